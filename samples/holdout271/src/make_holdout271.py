#!/usr/bin/env python3
"""Generate the holdout271 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document.

All organisations, schools, people, numbers and amounts are fictional.
Deterministic content; no network. Output goes next to this script's parent
folder (holdout271/). PDFs are rendered from a temporary .docx with LibreOffice.
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------- renderers
def render_docx(blocks, path, header=None, footer=None, title="Ondersteuningsplan"):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1]).runs[0].bold = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
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
            if len(b) > 2 and b[2]:
                doc.add_paragraph(b[2]).runs[0].italic = True
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title, header, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav.site a{margin-right:1em}</style>",
           "</head>", "<body>",
           '<header><nav class="site"><a href="#">Home</a><a href="#">Ouders</a>'
           '<a href="#">Scholen</a><a href="#">Toelaatbaarheid</a><a href="#">Basisondersteuning</a>'
           '<a href="#">Financi&euml;n</a><a href="#">Contact</a></nav>',
           f"<p>{e(header)}</p></header>", "<main>"]
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
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = ["<table>", "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"]
            for row in rows[1:]:
                s.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            s.append("</table>")
            if len(b) > 2 and b[2]:
                s.append(f"<p><em>{e(b[2])}</em></p>")
            out.append("".join(s))
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out += ["</main>", f"<footer><p>{e(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(blocks, name, tmpdir, **kw):
    src = Path(tmpdir) / (Path(name).stem + ".docx")
    render_docx(blocks, src, **kw)
    profile = Path(tmpdir) / "lo_profile_holdout271"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(Path(tmpdir) / (Path(name).stem + ".pdf"), OUT / name)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------- shared filler
# Filler is written so that it does NOT address any of the seven elements:
# it only mentions element vocabulary in passing.

def voorwoord(naam, periode, extra=""):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan is het resultaat van "
              "een intensief traject waarin schoolbesturen, directeuren, intern begeleiders, "
              "ondersteuningscoördinatoren, de ondersteuningsplanraad en onze gemeentelijke partners "
              "hebben meegedacht. Veel mensen hebben tijd en energie gestoken in gesprekken, "
              "werksessies en het lezen van conceptversies. Daarvoor zijn wij hen zeer erkentelijk."),
        ("p", "Passend onderwijs is geen eindpunt maar een beweging. De afgelopen jaren hebben we gezien "
              "dat scholen steeds vaker handelingsverlegen zijn, dat de vraag naar ondersteuning "
              "toeneemt en dat de krapte op de arbeidsmarkt ook ons werk raakt. Tegelijk zien we "
              "prachtige voorbeelden van leraren die met een kleine aanpassing een groot verschil "
              "maken voor een kind. Die voorbeelden willen we de komende jaren zichtbaar maken en "
              "verspreiden. Wij geloven dat goede ondersteuning begint in de klas, bij een leraar die "
              "zich gesteund weet door een team, een school en een regio."),
        ("p", "Dit plan is bewust compact gehouden waar dat kan en uitgebreid waar dat moet. " + extra +
              " Wij nodigen iedereen uit om met ons in gesprek te blijven over de uitvoering. "
              "Een plan wordt pas waardevol als het in de dagelijkse praktijk van scholen, "
              "kinderen en ouders het verschil maakt."),
        ("p", "Namens het bestuur en het bureau van het samenwerkingsverband,"),
        ("p", "de directeur-bestuurder"),
    ]


def leeswijzer(hoofdstukken):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit ondersteuningsplan is als volgt opgebouwd. " + hoofdstukken +
              " Waar in dit plan 'scholen' staat, bedoelen we alle vestigingen van de aangesloten "
              "schoolbesturen, tenzij anders vermeld. Waar 'ouders' staat, lezen we ook verzorgers en "
              "voogden. Een lijst met afkortingen en begrippen is achterin opgenomen."),
    ]


def context(naam, gemeenten, besturen, scholen, leerlingen, sector):
    soort = "basisscholen" if sector == "po" else "vestigingen voor voortgezet onderwijs"
    return [
        ("h1", "De regio in beeld"),
        ("p", f"{naam} omvat de gemeenten {gemeenten}. In het samenwerkingsverband werken {besturen} "
              f"schoolbesturen samen. Zij zijn verantwoordelijk voor {scholen} {soort} en de speciale "
              f"scholen in de regio. Op de teldatum van 1 oktober 2025 telde de regio circa {leerlingen} "
              "leerlingen. De regio kent zowel stedelijke kernen als uitgestrekte landelijke gebieden "
              "met kleine dorpsscholen."),
        ("p", "De bevolkingsprognoses laten voor de komende planperiode een licht teruglopend "
              "leerlingaantal zien, vooral in de kleinere kernen. In de stedelijke wijken neemt het "
              "aantal leerlingen juist iets toe, mede door nieuwbouw en de komst van gezinnen van "
              "buiten de regio. Deze verschuivingen hebben gevolgen voor de spreiding van scholen, voor "
              "de huisvesting en voor het leerlingenvervoer, onderwerpen die primair bij gemeenten en "
              "schoolbesturen liggen."),
        ("p", "De sociaaleconomische verschillen tussen de gemeenten zijn aanzienlijk. In een aantal "
              "wijken is het aandeel kinderen dat opgroeit in armoede bovengemiddeld, en ook het aantal "
              "gezinnen dat gebruikmaakt van jeugdhulp ligt daar hoger. Scholen in deze wijken ervaren "
              "een zwaardere onderwijsopdracht. In de gesprekken met gemeenten is dit een terugkerend "
              "thema."),
    ]


def missie_visie(naam, sector, dekkend_zin=True, ouders_partner=True):
    kind = "kind" if sector == "po" else "jongere"
    kinderen = "kinderen" if sector == "po" else "jongeren"
    ieder = "ieder" if sector == "po" else "iedere"
    res = [
        ("h1", "Missie, visie en ambities"),
        ("h2", "Missie"),
        ("p", f"{naam} zorgt er samen met de aangesloten schoolbesturen voor dat {ieder} {kind} in de "
              "regio onderwijs krijgt dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en "
              f"samen met andere {kinderen}. Wij doen dat in nauwe samenwerking met ouders, scholen, "
              "gemeenten en zorgpartners."),
        ("h2", "Visie"),
        ("p", f"Wij gaan uit van de mogelijkheden van {kinderen}, niet van hun beperkingen. Ieder "
              f"{kind} is welkom en hoort erbij. Leraren maken het verschil; zij verdienen tijd, "
              "ruimte en deskundige collega's om zich heen. Wij denken in mogelijkheden en kijken naar "
              "wat een leerling, een leraar en een groep nodig hebben om verder te komen."
              + (" Ouders zien wij als ervaringsdeskundigen en als partner van school." if ouders_partner else "")),
        ("p", "Wij organiseren ondersteuning zo licht als mogelijk en zo zwaar als nodig. Dat vraagt om "
              "vertrouwen tussen scholen en het samenwerkingsverband, om korte lijnen en om het "
              "eerlijk delen van middelen en expertise. Wij werken resultaatgericht, maar meten ons "
              "succes niet alleen in cijfers: de ervaring van een leerling die zich gezien voelt, telt "
              "net zo zwaar."),
    ]
    if dekkend_zin:
        res.append(("p", "Onze stip op de horizon is een regio waarin geen kind tussen wal en schip "
                         "valt. Wij streven naar een dekkend netwerk en naar inclusiever onderwijs, in "
                         "lijn met de landelijke ambities voor passend onderwijs richting 2035."))
    res += [
        ("h2", "Kernwaarden"),
        ("ul", ["Samen: we zijn er voor alle scholen en alle leerlingen in de regio.",
                "Dichtbij: ondersteuning zo veel mogelijk in de eigen school en de eigen wijk.",
                "Eenvoudig: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor de leerling.",
                "Transparant: we zijn open over keuzes, geld en uitkomsten.",
                "Lerend: we leren van wat goed gaat en van wat beter kan."]),
    ]
    return res


def governance(naam, opr_ouders=True, opr_datum="10 maart 2026"):
    opr = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden, afgevaardigd door de "
           "medezeggenschapsraden van de aangesloten scholen: vier ouders en vier personeelsleden. "
           "Ouders in de OPR brengen het perspectief van gezinnen in bij alle besluiten over het "
           "ondersteuningsplan; de OPR overlegt minimaal vier keer per jaar met de directeur-bestuurder "
           "en heeft een eigen budget voor scholing en achterbanraadpleging."
           if opr_ouders else
           "De ondersteuningsplanraad (OPR) bestaat uit leden die zijn afgevaardigd door de "
           "medezeggenschapsraden van de aangesloten scholen. De OPR overlegt minimaal vier keer per "
           "jaar met de directeur-bestuurder en heeft een eigen reglement.")
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{naam} is een stichting. De statuten zijn laatstelijk gewijzigd in 2023. De stichting "
              "kent een scheiding tussen bestuur en intern toezicht: de directeur-bestuurder bestuurt, "
              "de raad van toezicht (RvT) houdt toezicht. De aangesloten schoolbesturen vormen samen de "
              "algemene vergadering, die onder meer het ondersteuningsplan vaststelt na advies van "
              "de directeur-bestuurder en de benoeming van toezichthouders bekrachtigt."),
        ("p", "De raad van toezicht bestaat uit vijf leden met verschillende achtergronden: onderwijs, "
              "jeugdzorg, financiën, juridische zaken en openbaar bestuur. De RvT hanteert een "
              "toezichtkader en evalueert jaarlijks het eigen functioneren. Wij volgen de Code "
              "Goed Bestuur in het primair en voortgezet onderwijs waar die op samenwerkingsverbanden "
              "van toepassing is."),
        ("h2", "Medezeggenschap"),
        ("p", opr + f" De OPR heeft op {opr_datum} ingestemd met dit ondersteuningsplan. Daarnaast heeft het "
              "samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("h2", "Het bureau"),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt het bestuur en voert de dagelijkse "
              "taken uit. Op het bureau werken een directeur-bestuurder, een beleidsmedewerker, een "
              "controller (gedeeltelijk ingehuurd), een secretariaat en een team van orthopedagogen en "
              "consulenten. Het bureau is gevestigd in een gedeeld pand met de leerplichtafdeling van "
              "de grootste gemeente, wat de samenwerking ten goede komt."),
    ]


def oogo(gemeenten, datum, inhoudelijk=True):
    res = [
        ("h1", "Samenwerking met gemeenten"),
        ("p", f"Over het concept van dit ondersteuningsplan is op {datum} op overeenstemming gericht "
              f"overleg (OOGO) gevoerd met de colleges van burgemeester en wethouders van {gemeenten}. "
              "Het verslag van dit overleg is bij het samenwerkingsverband op te vragen. Ook is het "
              "concept besproken met het aangrenzende samenwerkingsverband in de andere sector."),
    ]
    if inhoudelijk:
        res += [
            ("p", "Met de gemeenten hebben wij een gezamenlijke agenda afgesproken. Daarin staan de "
                  "aansluiting tussen onderwijs en jeugdhulp, onderwijs-zorgarrangementen, "
                  "leerlingenvervoer, onderwijshuisvesting en de aanpak van schoolverzuim. Voor "
                  "leerlingen die naast onderwijs ook zorg nodig hebben, maken school, jeugdhulp en "
                  "het samenwerkingsverband één plan; de gemeente financiert het zorgdeel, het "
                  "samenwerkingsverband en de school het onderwijsdeel. Per gemeente is er een vaste "
                  "schakelfunctionaris die scholen binnen vijf werkdagen terugbelt."),
            ("p", "Twee keer per jaar is er een bestuurlijk overleg tussen de directeur-bestuurder en "
                  "de wethouders onderwijs en jeugd. Ambtelijk is er maandelijks contact. Geschillen "
                  "over de uitvoering van gezamenlijke afspraken worden eerst besproken in het "
                  "bestuurlijk overleg en kunnen daarna worden voorgelegd aan een onafhankelijke "
                  "voorzitter, zoals vastgelegd in de OOGO-procedure."),
        ]
    else:
        res += [
            ("p", "In het overleg kwamen onder meer leerlingenvervoer, huisvesting en thuiszitters ter "
                  "sprake. De gemeenten hebben aangegeven zich in de uitwerking van het lokale "
                  "jeugdbeleid te willen verhouden tot dit plan."),
        ]
    return res


def personeel(sector):
    rol = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren"
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Scholen geven aan dat specialistische "
              "functies lastig te vervullen zijn en dat vacatures voor gedragsspecialisten en "
              "orthopedagogen langer openstaan. Het samenwerkingsverband is zelf een kleine werkgever; "
              "het grootste deel van de mensen die ondersteuning bieden, is in dienst van de "
              "schoolbesturen."),
        ("p", f"Wij investeren in de deskundigheid van leraren en {rol}. Via onze leerlijn 'Passend "
              "in de praktijk' bieden wij jaarlijks scholing aan over onder meer gedrag, "
              "executieve functies, traumasensitief lesgeven en het voeren van gesprekken met "
              "leerlingen. Netwerkbijeenkomsten worden vier keer per jaar georganiseerd en zijn goed "
              "bezocht. Daarnaast faciliteren wij intervisie en collegiale consultatie tussen scholen."),
        ("p", "Voor het eigen personeel van het bureau hanteren wij een strategisch personeelsbeleid "
              "met aandacht voor duurzame inzetbaarheid, scholing en een evenwichtige werkdruk. "
              "De formatie van het bureau bedraagt bij de start van de planperiode ruim twaalf fte. "
              "Eventuele uitbreiding hangt af van de keuzes die in de jaarplannen worden gemaakt."),
        ("p", "Wij verkennen samen met de pabo's en lerarenopleidingen in de regio hoe "
              "aankomende leraren beter worden voorbereid op de diversiteit in de klas. Stagiairs "
              "kunnen een deel van hun stage lopen bij een speciale school of een bovenschoolse "
              "voorziening."),
    ]


def ict_privacy(loket_naam="Loket"):
    return [
        ("h1", "Informatievoorziening, ICT en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen "
              "gegevens over leerlingen veilig kunnen delen. Toegang is beperkt tot medewerkers die de "
              "gegevens voor hun taak nodig hebben. Het systeem is gekoppeld aan de "
              "leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden "
              "ingevoerd."),
        ("p", "Wij verwerken persoonsgegevens conform de Algemene verordening gegevensbescherming (AVG). "
              "Er is een privacyreglement en een functionaris gegevensbescherming, die wordt gedeeld "
              "met enkele andere samenwerkingsverbanden. Gegevens over de gezondheid van leerlingen "
              "worden alleen verwerkt voor zover dat noodzakelijk is voor onze wettelijke taken en "
              "worden niet langer bewaard dan drie jaar na het besluit waarvoor zij nodig waren."),
        ("p", f"In de planperiode vervangen wij de huidige website en het portaal van het {loket_naam}. "
              "Doel is dat scholen minder tijd kwijt zijn aan administratie. Ook onderzoeken wij of "
              "een dashboard met managementinformatie voor schoolbesturen meerwaarde heeft."),
    ]


def planning(periode, jaar, ouderbijeenkomst=True):
    return [
        ("h1", "Planning en totstandkoming"),
        ("p", f"Dit ondersteuningsplan geldt voor de schooljaren {periode}. Het is tot stand gekomen in "
              "een traject van ruim een jaar, met werksessies voor directeuren, intern begeleiders en "
              "ondersteuningscoördinatoren, " + ("een bijeenkomst voor ouders en " if ouderbijeenkomst else "")
              + "een consultatieronde bij de schoolbesturen."),
        ("table", [["Datum", "Stap"],
                   [f"september {jaar - 1}", "Start traject, vaststellen uitgangspunten"],
                   [f"november {jaar - 1}", "Werksessies met scholen en ketenpartners"],
                   [f"januari {jaar}", "Concept gereed; OOGO met gemeenten"],
                   [f"maart {jaar}", "Instemming ondersteuningsplanraad"],
                   [f"april {jaar}", "Vaststelling algemene vergadering; toezending inspectie"]],
         "Tabel: planning van de totstandkoming"),
        ("p", "Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan met activiteiten. "
              "Tussentijdse wijzigingen van dit plan worden ter instemming aan de OPR voorgelegd. "
              "Het plan is na vaststelling vóór 1 mei aan de inspectie toegezonden."),
    ]


def hb_nieuwkomers(sector):
    if sector == "po":
        return [
            ("h2", "Meer- en hoogbegaafde leerlingen"),
            ("p", "Voor leerlingen die meer uitdaging nodig hebben dan de groep biedt, is er op vier "
                  "locaties in de regio een plusklas, één dagdeel per week, voor leerlingen van groep 5 "
                  "tot en met 8. Aanmelding loopt via de school. Daarnaast is er op één basisschool een "
                  "voltijdsgroep voor hoogbegaafde leerlingen die in de reguliere groep vastlopen."),
            ("h2", "Nieuwkomers"),
            ("p", "Kinderen die korter dan een jaar in Nederland zijn en de Nederlandse taal nog niet "
                  "beheersen, kunnen terecht in een van de twee taalklassen in de regio. Na een jaar "
                  "stromen zij door naar een basisschool in de buurt, met een overdracht en een "
                  "nazorgperiode van drie maanden."),
        ]
    return [
        ("h2", "Hoogbegaafde leerlingen"),
        ("p", "Voor hoogbegaafde leerlingen die vastlopen, bieden twee scholen een begeleidingsprogramma "
              "met een coach, een aangepast rooster en verrijkingsmodules. Andere scholen kunnen "
              "leerlingen voor dit programma aanmelden."),
        ("h2", "Nieuwkomers"),
        ("p", "Jongeren die nieuw in Nederland zijn, starten in de internationale schakelklas (ISK). "
              "Na gemiddeld anderhalf jaar stromen zij door naar een passende leerweg in het "
              "regulier voortgezet onderwijs of naar het mbo."),
    ]


def extra_filler(kort, sector):
    kader = "intern begeleiders en directeuren" if sector == "po" else "ondersteuningscoördinatoren en teamleiders"
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", f"{kort} wil een lerende organisatie zijn. Wij stimuleren scholen om van elkaar te leren "
              "door bijeenkomsten, werkbezoeken en een jaarlijkse inspiratiedag. Scholen die een "
              "nieuwe aanpak uitproberen, presenteren hun ervaringen op de inspiratiedag, zodat de "
              "opgedane kennis ook op andere scholen terechtkomt. "
              "In de afgelopen jaren leverde dit onder meer een aanpak voor rekenangst, een "
              "prikkelarme werkplek in de klas en een training voor het voeren van kindgesprekken op."),
        ("p", "Wij werken samen met een hogeschool en een universiteit in de regio aan praktijkgericht "
              "onderzoek. Een lector begeleidt een kenniskring van leraren die onderzoek doen naar "
              "vragen uit hun eigen praktijk. De resultaten van deze onderzoeken worden gedeeld in "
              "korte publicaties en tijdens de inspiratiedag."),
        ("h1", "Communicatie met scholen en partners"),
        ("p", f"Voor {kader} verschijnt tien keer per jaar een digitale nieuwsbrief met actuele "
              "informatie over regelingen, scholing en netwerkbijeenkomsten. Op het besloten deel van "
              "de website staan formats, handreikingen en contactgegevens van de consulenten. Nieuwe "
              "directeuren krijgen in hun eerste jaar een kennismakingsgesprek met de "
              "directeur-bestuurder en een rondleiding langs de voorzieningen in de regio."),
        ("p", "Met zorgpartners, wijkteams en de jeugdgezondheidszorg houden wij contact via vaste "
              "contactpersonen. Wij streven naar heldere, korte communicatie zonder jargon. Een "
              "communicatieplan voor de planperiode wordt jaarlijks geactualiseerd."),
        ("h1", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het "
              "samenwerkingsverband heeft daarin geen eigen bevoegdheden, maar signaleert knelpunten. "
              "Lange reistijden voor leerlingen die naar een speciale school buiten hun woonplaats "
              "gaan, zijn een terugkerend aandachtspunt. De gemeenten hebben toegezegd bij de "
              "aanbesteding van het vervoer rekening te houden met maximale reistijden."),
        ("p", "Bij nieuwbouw en renovatie van scholen vragen wij gemeenten en schoolbesturen aandacht "
              "voor ruimtes waar leerlingen even tot rust kunnen komen en voor de toegankelijkheid "
              "voor leerlingen met een lichamelijke beperking."),
        ("h1", "Bedrijfsvoering"),
        ("p", "De bedrijfsvoering van het samenwerkingsverband is ingericht op eenvoud en "
              "betrouwbaarheid. Administratieve processen zijn zo veel mogelijk gedigitaliseerd. De "
              "salarisadministratie en de ICT-ondersteuning zijn uitbesteed. Inkoop gebeurt volgens "
              "een inkoopbeleid dat in 2024 is geactualiseerd. Wij letten bij de inrichting van ons "
              "kantoor en bij reizen op duurzaamheid, onder meer door het gebruik van het openbaar "
              "vervoer te stimuleren."),
        ("h1", "Ontwikkelingen en aandachtspunten voor de planperiode"),
        ("p", "De komende jaren spelen enkele landelijke ontwikkelingen die gevolgen kunnen hebben voor "
              "dit plan. De invoering van een landelijke norm voor basisondersteuning, de Wet "
              "versterking positie ouders en leerlingen in het passend onderwijs en de ambitie om het "
              "onderwijs inclusiever te maken, vragen mogelijk om aanpassingen. Wij volgen deze "
              "ontwikkelingen nauwgezet en leggen wijzigingen van dit plan tijdig voor aan de OPR."),
        ("p", "Daarnaast blijft het tekort aan leraren en specialisten een zorg. Wanneer scholen "
              "onvoldoende personeel hebben, staat de kwaliteit van de ondersteuning onder druk. Wij "
              "zoeken samen met de schoolbesturen naar creatieve oplossingen, zoals het delen van "
              "specialisten tussen scholen en het inzetten van zij-instromers met een achtergrond in "
              "de zorg."),
    ]


def glossary(entries, title="Begrippenlijst en afkortingen"):
    return [("h1", title), ("table", [["Begrip", "Betekenis"]] + [list(e) for e in entries], "")]


# ================================================================ PLAN A (PO, docx)
def plan_a():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Hollands Kroonland"
    kort = "SWV Kroonland"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{naam} (PO 31-07)"),
         ("p", "Vastgesteld door de algemene vergadering op 8 april 2026, na instemming van de "
               "ondersteuningsplanraad. Versie 1.0."),
         ("pagebreak",),
         ("toc", ["Voorwoord .......... 3", "1 De regio in beeld .......... 5",
                  "2 Missie, visie en ambities .......... 7",
                  "3 Basisondersteuning: de ondergrens voor elke school .......... 9",
                  "4 Van extra ondersteuning tot speciaal onderwijs .......... 12",
                  "5 Toelaatbaarheid tot sbo en so .......... 15",
                  "6 Thuiszitters en het dekkend netwerk .......... 19",
                  "7 Beoogde resultaten 2026-2030 .......... 22",
                  "8 Communicatie en samenwerking met ouders .......... 24",
                  "9 Samenwerking met gemeenten .......... 26",
                  "10 Financiën .......... 28", "11 Organisatie en governance .......... 31",
                  "12 Personeel en professionalisering .......... 33",
                  "13 Informatievoorziening, ICT en privacy .......... 34",
                  "14 Planning en totstandkoming .......... 35",
                  "Bijlage: Begrippenlijst en afkortingen .......... 36"]),
         ("pagebreak",)]
    b += voorwoord(kort, "2026-2030", "De meerjarenbegroting en de bezwaarregeling zijn, net als in "
                   "voorgaande jaren, als afzonderlijke documenten vastgesteld.")
    b += leeswijzer("Na een schets van de regio en onze visie beschrijven we in de hoofdstukken 3 tot "
                    "en met 6 het ondersteuningsaanbod, de toelaatbaarheid en onze aanpak van "
                    "thuiszitten. Daarna volgen resultaten, ouders, gemeenten, financiën en organisatie.")
    b += context(kort, "Kroonwijk, Duinhoeve, Lisserveld en Noordwaarde", 11, 74, "16.900", "po")
    b += missie_visie(kort, "po")
    # --- basisondersteuning: present
    b += [("h1", "3 Basisondersteuning: de ondergrens voor elke school"),
          ("p", "Basisondersteuning is in Kroonland de ondersteuning die iedere school van ieder "
                "aangesloten bestuur, op iedere vestiging, zelf biedt, zonder aanvraag bij het "
                "samenwerkingsverband en zonder extra middelen. De besturen hebben in 2025 met elkaar "
                "afgesproken dat het onderstaande de ondergrens is: geen vestiging biedt minder. Ook "
                "de sbo-scholen voldoen aan deze afspraken. Scholen mogen meer bieden dan deze "
                "ondergrens."),
          ("p", "Concreet betekent dit dat ouders op elke school in de regio het volgende mogen "
                "verwachten:"),
          ("table", [["Onderdeel", "Wat elke school minimaal doet"],
                     ["Leerlingvolgsysteem en signalering",
                      "Twee keer per jaar groepsbespreking en leerlingbespreking; signalering van "
                      "achterstanden en sociaal-emotionele problemen met een genormeerd instrument."],
                     ["Intern begeleider", "Een intern begeleider met ten minste 0,4 fte per 200 "
                      "leerlingen, die leraren coacht en het ondersteuningsteam voorzit."],
                     ["Dyslexie en dyscalculie", "Werken volgens het Protocol Leesproblemen en Dyslexie "
                      "en het Protocol ERWD; tijdige signalering en begeleiding in de groep."],
                     ["Gedrag", "Een schoolbrede aanpak voor gedrag en veiligheid (bijvoorbeeld PBS of "
                      "een vergelijkbare methodiek) met een gedragsspecialist op school of bestuur."],
                     ["Ontwikkelingsperspectief", "Voor leerlingen met een eigen leerlijn een OPP, "
                      "twee keer per jaar geëvalueerd."],
                     ["Consultatie", "Iedere school kan kosteloos een orthopedagoog van het "
                      "samenwerkingsverband consulteren (zes uur per school per jaar)."],
                     ["Meer- en hoogbegaafdheid", "Verrijking en compacting in de eigen groep."],
                     ["Medisch handelen", "Een protocol medisch handelen en instructie voor "
                      "personeel bij het toedienen van medicijnen."],
                     ["Fysieke toegankelijkheid", "Per school beschreven; waar nodig in overleg met "
                      "bestuur en gemeente aangepast."]],
           "Tabel 3.1: afspraken basisondersteuning Kroonland"),
          ("p", "Het samenwerkingsverband bezoekt iedere school eens in de twee jaar met de "
                "kwaliteitskaart basisondersteuning. Wanneer een school op een onderdeel onder de "
                "afgesproken ondergrens blijft, maakt het bestuur binnen drie maanden een "
                "verbeterplan; de orthopedagoog van het samenwerkingsverband volgt de uitvoering."),
          ("p", "De grens met extra ondersteuning ligt waar de school met de bovenstaande middelen en "
                "expertise, ook na consultatie, onvoldoende tegemoet kan komen aan wat de leerling "
                "nodig heeft. Dan kan de school een arrangement aanvragen (hoofdstuk 4)."),
          ]
    # --- continuum (dekkend-aanbod)
    b += [("h1", "4 Van extra ondersteuning tot speciaal onderwijs"),
          ("p", "Het ondersteuningsaanbod in Kroonland is opgebouwd in vier lagen die op elkaar "
                "aansluiten. Samen vormen zij het samenhangende geheel van voorzieningen binnen en "
                "tussen de scholen."),
          ("ol", ["Laag 1 – basisondersteuning op iedere school (hoofdstuk 3).",
                  "Laag 2 – extra ondersteuning op de eigen school met een arrangement van het "
                  "samenwerkingsverband: begeleiding door een ambulant begeleider, een "
                  "onderwijsassistent voor een periode of een specifiek programma, aangevraagd via "
                  "het ondersteuningsteam.",
                  "Laag 3 – bovenschoolse voorzieningen: de observatiegroep De Kroonkei (maximaal "
                  "twaalf weken), twee taalklassen, vier plusklassen en de voltijds "
                  "hoogbegaafdengroep.",
                  "Laag 4 – speciaal basisonderwijs (twee sbo-scholen) en speciaal onderwijs "
                  "(cluster 3 en 4, drie locaties), waarvoor een toelaatbaarheidsverklaring nodig is."]),
          ("p", "Een arrangement in laag 2 wordt aangevraagd door de school na bespreking in het "
                "ondersteuningsteam, waarin ook een consulent van het samenwerkingsverband zit. De "
                "consulent beslist binnen tien werkdagen. Arrangementen duren in de regel een "
                "half jaar en worden daarna geëvalueerd."),
          ]
    b += hb_nieuwkomers("po")
    # --- plaatsing + terugstroom hidden: present
    b += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("h2", "5.1 Wie vraagt aan"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de "
                "school waar de leerling is ingeschreven of is aangemeld. Ouders ondertekenen de "
                "aanvraag of geven hun zienswijze, die aan het dossier wordt toegevoegd."),
          ("h2", "5.2 Stappen en termijnen"),
          ("ol", ["Stap 1: het ondersteuningsteam van de school bespreekt de leerling en stelt vast "
                  "dat de mogelijkheden van laag 1 tot en met 3 zijn benut of niet passend zijn.",
                  "Stap 2: de school dient via het digitale loket de aanvraag in met het groeidocument, "
                  "het OPP en de evaluatie van eerdere ondersteuning.",
                  "Stap 3: twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een "
                  "orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige "
                  "(bijvoorbeeld een maatschappelijk werker, kinderpsychiater of arts). Deskundigen die "
                  "bij de aanvraag betrokken waren, adviseren niet.",
                  "Stap 4: de Commissie Toelaatbaarheid van het samenwerkingsverband besluit binnen "
                  "zes weken na ontvangst van de volledige aanvraag. Bij spoed is dat binnen tien "
                  "werkdagen."]),
          ("h2", "5.3 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle "
                "volgende voorwaarden is voldaan: de leerling heeft een ondersteuningsbehoefte op "
                "meerdere gebieden (leren, gedrag, ontwikkeling); de basisschool heeft ten minste "
                "twee evaluatiecycli van een arrangement doorlopen zonder voldoende effect; en de "
                "leerling is aangewezen op een kleinere groep met een structureel aangepast aanbod "
                "gedurende de hele schooldag."),
          ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 wanneer de "
                "ondersteuningsbehoefte zodanig intensief is dat de leerling is aangewezen op "
                "specialistische expertise en zorg die ook het sbo niet kan bieden, bijvoorbeeld bij "
                "een (zeer) moeilijk lerende leerling, een lichamelijke beperking met "
                "verzorgingsbehoefte of ernstige psychiatrische problematiek die in een sbo-groep niet "
                "veilig kan worden opgevangen."),
          ("h2", "5.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so "
                "geldt voor twee schooljaren, eindigend op 31 juli; bij een structurele beperking kan de "
                "commissie een langere duur toekennen. Voor het so stelt de commissie de "
                "bekostigingscategorie vast (laag, midden of hoog), op basis van het deskundigenadvies."),
          ("h2", "5.5 Bezwaar"),
          ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij "
                "het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bezwaar behandelt en "
                "advies uitbrengt. Ouders ontvangen altijd een afschrift van het deskundigenadvies."),
          ("h2", "5.6 Afloop van de TLV"),
          ("p", "Het samenwerkingsverband kiest voor thuisnabij onderwijs: een plaats in het sbo of so "
                "is een middel en geen eindstation. Ons uitgangspunt is dat iedere leerling in het "
                "sbo en so een perspectief op terugkeer naar een basisschool heeft, tenzij het OPP "
                "anders aangeeft. Een leerling gaat terug wanneer de ondersteuningsbehoefte met een "
                "arrangement op een basisschool kan worden beantwoord en de leerling zich in de "
                "speciale setting stabiel heeft ontwikkeld."),
          ("p", "In het laatste jaar van de TLV, uiterlijk in november, evalueert de speciale school "
                "het OPP samen met ouders en een consulent van het samenwerkingsverband. Daarbij wordt "
                "vastgesteld of de leerling kan terugkeren naar het regulier basisonderwijs. Is dat het "
                "geval, dan zoekt de consulent met ouders een basisschool en vindt een "
                "overdrachtsgesprek plaats. De leerling krijgt bij terugkeer een "
                "terugplaatsingsarrangement van maximaal een jaar, met ambulante begeleiding vanuit "
                "de speciale school en een proefperiode van zes weken. Is terugkeer niet mogelijk, dan "
                "vraagt de speciale school vóór 1 april een nieuwe TLV aan; de commissie besluit. "
                "Het samenwerkingsverband registreert jaarlijks het aantal teruggeplaatste leerlingen."),
          ]
    # --- dekkend-aanbod lacunes: present
    b += [("h1", "6 Thuiszitters en het dekkend netwerk"),
          ("p", "Ieder jaar brengen wij in maart, samen met leerplicht en de scholen, in kaart welke "
                "leerlingen geen passende plek hebben, langer dan vier weken verzuimen of op een "
                "wachtlijst staan voor het so of een bovenschoolse voorziening. Die inventarisatie "
                "bespreken wij met schoolbesturen en gemeenten; waar een structureel tekort blijkt, "
                "besluit het bestuur binnen drie maanden over een aanvullende voorziening."),
          ("p", "Voor individuele leerlingen die dreigen thuis te komen zitten, is er de "
                "Kroonlandtafel: een casusoverleg waarin leerplicht, jeugdhulp, de school en het "
                "samenwerkingsverband binnen twee weken een plan maken. Als een school er met andere "
                "scholen niet uitkomt wie de zorgplicht invult, neemt de directeur-bestuurder een "
                "bindend besluit (doorzettingsmacht)."),
          ("p", "Uit de inventarisatie van 2025 blijkt dat er onvoldoende plekken zijn voor jonge "
                "kinderen met ernstige gedragsproblemen en een ontwikkelingsachterstand. In 2026-2027 "
                "openen wij daarom, samen met een so-school en een basisschool, een kleine "
                "combinatiegroep voor maximaal tien leerlingen."),
          ]
    # --- resultaten: doelen present, monitoring deferred
    b += [("h1", "7 Beoogde resultaten 2026-2030"),
          ("p", "In deze planperiode willen wij de volgende resultaten voor leerlingen met een "
                "ondersteuningsbehoefte bereiken:"),
          ("table", [["Beoogd resultaat", "Streefwaarde 2030"],
                     ["Geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod",
                      "0 langdurige thuiszitters"],
                     ["Meer leerlingen met extra ondersteuning blijven op de eigen basisschool",
                      "deelname sbo en so samen van 3,4% naar 3,0%"],
                     ["Leerlingen die teruggaan naar de basisschool, blijven daar",
                      "90% is na een jaar nog op de basisschool"],
                     ["Scholen voldoen aan de afspraken basisondersteuning", "alle 74 scholen"],
                     ["Snellere hulp", "arrangementen binnen 10 werkdagen toegekend in 95% van de "
                      "gevallen"]],
           "Tabel 7.1: beoogde resultaten"),
          ("p", "Hoe wij de voortgang op deze resultaten precies gaan volgen en erover rapporteren, "
                "werken wij in het eerste planjaar uit in een monitoringskader. Tot die tijd "
                "bespreken wij de ontwikkelingen informeel met de besturen."),
          ]
    # --- ouders: steunpunt present, informatie deferred
    b += [("h1", "8 Communicatie en samenwerking met ouders"),
          ("p", "Ouders kennen hun kind het best. Wij willen dat zij vanaf het begin betrokken zijn "
                "bij gesprekken over de ondersteuning van hun kind, ook in het ondersteuningsteam en "
                "bij het opstellen van het OPP."),
          ("p", "De informatievoorziening aan ouders over het ondersteuningsaanbod in de regio wordt "
                "vernieuwd. Een nieuwe ouderwebsite en een ouderfolder volgen in de loop van 2027; "
                "tot die tijd wordt de informatie herzien."),
          ("p", "Het kan gebeuren dat ouders en school het niet eens worden, of dat ouders behoefte "
                "hebben aan iemand die onafhankelijk meekijkt. Ouders kunnen dan terecht bij "
                "Ouderpunt Kroonland, ons ouder- en jeugdsteunpunt. Ouderpunt Kroonland wordt "
                "uitgevoerd door een onafhankelijke stichting, staat los van scholen en het "
                "samenwerkingsverband, en is bereikbaar via telefoon en e-mail op werkdagen van 9.00 "
                "tot 16.00 uur. Daarnaast kunnen ouders kosteloos een beroep doen op de "
                "Onderwijsconsulenten en kunnen zij geschillen over toelating, verwijdering of het "
                "OPP voorleggen aan de Geschillencommissie passend onderwijs."),
          ]
    b += oogo("Kroonwijk, Duinhoeve, Lisserveld en Noordwaarde", "20 januari 2026")
    # --- financien: verdeling present, besteding only referred
    b += [("h1", "10 Financiën"),
          ("h2", "10.1 Verdeling van de middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware "
                "ondersteuning. Na aftrek van de afdrachten voor so en de groeibekostiging sbo "
                "verdelen wij de middelen volgens een vast verdeelmodel, dat het bestuur in 2025 "
                "heeft vastgesteld:"),
          ("ul", ["Iedere school ontvangt een vaste voet van € 7.500 per vestiging per jaar.",
                  "Daarnaast ontvangen de schoolbesturen € 145 per leerling op de teldatum van "
                  "1 oktober van het voorafgaande jaar.",
                  "Sbo-scholen ontvangen een aanvulling op basis van het aantal leerlingen boven de "
                  "2%-grens, volgens de wettelijke regeling.",
                  "Arrangementen (laag 2) en bovenschoolse voorzieningen (laag 3) worden centraal "
                  "bekostigd en toegekend door de consulenten."]),
          ("p", "Schoolbesturen verantwoorden de inzet van de schoolbudgetten jaarlijks vóór 1 mei in "
                "een korte rapportage per school."),
          ("h2", "10.2 Begroting"),
          ("p", "De meerjarenbegroting 2026-2030 is als bijlage 6 bij dit plan gevoegd en wordt jaarlijks "
                "geactualiseerd. De begroting voor het komende kalenderjaar stelt het bestuur in "
                "december vast."),
          ("h2", "10.3 Reserves"),
          ("p", "Het weerstandsvermogen bedroeg eind 2024 4,1% van de baten, onder de "
                "signaleringswaarde van de inspectie. Wij houden een ondergrens van 3% aan."),
          ]
    b += governance(kort, opr_ouders=True, opr_datum="10 maart 2026")
    b += personeel("po")
    b += ict_privacy("digitale loket")
    b += planning("2026-2027 tot en met 2029-2030", 2026)
    b += glossary([
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
        ("Terugplaatsing", "Overstap van een leerling uit sbo of so naar het regulier onderwijs."),
        ("Meerjarenbegroting", "Begroting voor meerdere jaren, met baten en lasten per jaar."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("OPR", "Ondersteuningsplanraad."),
        ("OOGO", "Op overeenstemming gericht overleg met gemeenten."),
        ("SOP", "Schoolondersteuningsprofiel."),
        ("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ])
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3: ondergrens for every vestiging agreed by all boards + table 3.1 with concrete content; kwaliteitskaart visit = borging.",
            "plaatsing": "H5.1-5.5: applicant, 4 steps, Commissie Toelaatbaarheid within 6 weeks, sbo and so criteria, two separate deskundigen, duration/categorie, bezwaar via LBT.",
            "terugstroom": "Hidden in H5.6 'Afloop van de TLV' inside the TLV chapter: policy (thuisnabij, conditions, terugplaatsingsarrangement) and procedure (evaluation by November of last TLV year, consulent, new TLV before 1 April).",
            "financien": "H10.1 verdeelmodel (vaste voet, EUR 145 per leerling) addresses verdeling; besteding only as reference to absent 'bijlage 6' meerjarenbegroting, so not addressed.",
            "dekkend-aanbod": "H4 four layers (continuum) and H6 yearly gap inventory, Kroonlandtafel, doorzettingsmacht, new combinatiegroep (lacunes).",
            "resultaten": "H7 table with beoogde resultaten and streefwaarden; monitoring explicitly deferred ('werken wij in het eerste planjaar uit').",
            "ouders": "H8 'Communicatie': informatie deferred ('ouderwebsite en folder volgen in 2027'); steunpunt addressed (Ouderpunt Kroonland, Onderwijsconsulenten, Geschillencommissie).",
        })
    return b, labels, dict(header=f"{kort} | Ondersteuningsplan 2026-2030",
                           footer="Ondersteuningsplan 2026-2030 – basisondersteuning, toelaatbaarheid, financiën")


# ================================================================ PLAN B (VO, docx)
def plan_b():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Vallei en Veenweide"
    kort = "SWV Vallei en Veenweide"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{naam} (VO 32-02)"),
         ("p", "Samen sterk voor iedere jongere. Definitieve versie, april 2026."),
         ("pagebreak",),
         ("toc", ["1 Inleiding", "2 De regio in beeld", "3 Missie, visie en ambities",
                  "4 Basisondersteuning", "5 Het ondersteuningsaanbod", "6 Toewijzing: vso, lwoo en pro",
                  "7 Overstap, doorstroom en terugplaatsing", "8 Thuiszitters en verzuim",
                  "9 Wat willen we bereiken en hoe volgen we dat", "10 Geld en middelen",
                  "11 Samenwerking met gemeenten", "12 Organisatie en governance",
                  "13 Personeel en professionalisering", "14 Informatievoorziening, ICT en privacy",
                  "15 Planning en totstandkoming", "Afkortingenlijst"]),
         ("pagebreak",)]
    b += [("h1", "1 Inleiding")]
    b += voorwoord(kort, "2026-2030", "Dit plan beschrijft het 'wat'; de scholen vullen het 'hoe' in.")[1:]
    b += leeswijzer("Hoofdstuk 4 tot en met 8 beschrijven de ondersteuning en de toewijzing; hoofdstuk 9 "
                    "gaat over doelen en monitoring, hoofdstuk 10 over geld en middelen.")
    b += context(kort, "Ederveld, Rhenenburg, Veenendam en Woudhuizen", 7, 19, "13.400", "vo")
    b += missie_visie(kort, "vo", ouders_partner=False)
    # --- basisondersteuning: niveau yes, inhoud no
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is in ons samenwerkingsverband het niveau van ondersteuning dat alle "
                "aangesloten scholen, op al hun vestigingen en in alle leerwegen, ten minste bieden. De "
                "besturen hebben dit niveau gezamenlijk vastgesteld; het geldt voor elke school, ongeacht "
                "de omvang of het onderwijsconcept."),
          ("p", "Wij sluiten aan bij het Referentiekader passend onderwijs. Basisondersteuning omvat "
                "daarin vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
                "onderwijsondersteuningsstructuur en planmatig werken."),
          ("p", "Hoe iedere school de basisondersteuning concreet invult, staat in de "
                "schoolondersteuningsprofielen van de scholen. In schooljaar "
                "2026-2027 bundelen wij de afspraken in een regionale kwaliteitskaart basisondersteuning, "
                "waarin de standaarden per onderdeel worden uitgewerkt."),
          ]
    # --- dekkend aanbod: present
    b += [("h1", "5 Het ondersteuningsaanbod"),
          ("p", "Het ondersteuningsaanbod in Vallei en Veenweide bestaat uit drie niveaus die samen "
                "het continuüm van ondersteuning vormen:"),
          ("table", [["Niveau", "Wat", "Waar"],
                     ["Basis", "Basisondersteuning", "Op iedere vestiging"],
                     ["Extra op school", "Trajectvoorziening: een vaste ruimte met een "
                      "trajectbegeleider waar leerlingen tijdelijk of deels les krijgen; "
                      "individuele arrangementen (coaching, begeleiding bij autisme, faalangst)",
                      "Op alle 19 vestigingen"],
                     ["Bovenschools", "OPDC De Brug (tijdelijke plaatsing tot 12 maanden), "
                      "reboundvoorziening, praktijkonderwijs, lwoo", "Twee locaties in de regio"],
                     ["Specialistisch", "Voortgezet speciaal onderwijs cluster 3 en 4",
                      "Drie vso-scholen, waarvan één buiten de regio"]],
           "Tabel 5.1: continuüm van ondersteuning"),
          ("p", "Leerlingen stromen zo nodig tussen de niveaus, waarbij wij altijd eerst kijken wat op "
                "de eigen school mogelijk is. Voor een plaatsing in het OPDC geldt een aparte "
                "aanmeldroute via de Commissie Arrangementen; na afloop keert de leerling terug naar de "
                "eigen school."),
          ]
    b += hb_nieuwkomers("vo")
    # --- plaatsing: procedure yes, criteria no
    b += [("h1", "6 Toewijzing: vso, lwoo en pro"),
          ("h2", "6.1 Toelaatbaarheid tot het vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de "
                "toelaatbaarheidsverklaring aan bij het Toewijzingsloket van het samenwerkingsverband. "
                "Bij de aanvraag horen het OPP, het groeidocument en een verslag van het "
                "multidisciplinair overleg. Het loket legt de aanvraag voor aan twee deskundigen: een "
                "orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag van de "
                "leerling; beiden adviseren schriftelijk en onafhankelijk van elkaar. De "
                "directeur-bestuurder neemt namens het bestuur binnen zes weken een besluit. Een TLV "
                "geldt in de regel tot 31 juli van het tweede schooljaar na afgifte."),
          ("h2", "6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          ("p", "Voor lwoo en pro vraagt de vo-school waar de leerling is aangemeld de aanwijzing of "
                "toelaatbaarheid aan, vóór 1 maart voor leerlingen die in augustus instromen. Het "
                "Toewijzingsloket beoordeelt de aanvraag op basis van de gegevens uit het "
                "basisonderwijs en eventueel aanvullend onderzoek, en besluit binnen vier weken. Een "
                "aanwijzing lwoo geldt voor de duur van de opleiding."),
          ("h2", "6.3 Toetsingskader"),
          ("p", "De criteria waaraan het Toewijzingsloket aanvragen voor vso, lwoo en pro toetst, zijn "
                "opgenomen in het Toetsingskader Toewijzing. Het bestuur stelt dit kader jaarlijks vast; "
                "het wordt gepubliceerd op onze website."),
          ]
    # --- terugstroom: nothing
    b += [("h1", "7 Overstap, doorstroom en terugplaatsing"),
          ("p", "Een goede overstap van het primair naar het voortgezet onderwijs begint vroeg. Met het "
                "samenwerkingsverband PO maken wij afspraken over de warme overdracht: de basisschool "
                "en de vo-school bespreken vóór 1 mei iedere leerling met een ondersteuningsbehoefte. "
                "Voor leerlingen van het speciaal basisonderwijs is er een extra overstapgesprek."),
          ("p", "Ook de doorstroom van vmbo naar mbo krijgt aandacht. Met de twee mbo-instellingen in "
                "de regio is een doorlopende ondersteuningslijn afgesproken, met een "
                "overdrachtsdocument en een contactpersoon per opleiding. Het uitstroomperspectief van "
                "leerlingen in het praktijkonderwijs wordt vanaf het derde leerjaar besproken."),
          ("p", "Over terugplaatsing en overplaatsing vanuit het vso maken wij in de loop van de "
                "planperiode nadere afspraken met de vso-scholen."),
          ]
    # --- lacunes: present
    b += [("h1", "8 Thuiszitters en verzuim"),
          ("p", "Iedere jongere hoort op school. Samen met de afdelingen leerplicht houden wij een "
                "actuele lijst bij van alle thuiszitters en van leerlingen met een vrijstelling. De "
                "lijst wordt iedere zes weken besproken aan de Regionale Plaatsingstafel, waar het "
                "samenwerkingsverband, leerplicht, jeugdhulp en de betrokken schoolbesturen per "
                "leerling afspreken wie wat doet en wanneer. Een leerling zonder passende plek heeft "
                "binnen drie maanden een aanbod."),
          ("p", "Wanneer meerdere leerlingen om dezelfde reden geen plek vinden, noemen wij dat een "
                "witte vlek in het netwerk. De plaatsingstafel rapporteert witte vlekken aan het "
                "bestuur, dat binnen een half jaar besluit over een oplossing. In 2025 leidde dit tot "
                "een deeltijdprogramma voor jongeren met angstklachten."),
          ]
    # --- resultaten: present
    b += [("h1", "9 Wat willen we bereiken en hoe volgen we dat"),
          ("p", "Voor deze planperiode hebben wij vier beoogde resultaten geformuleerd voor leerlingen "
                "die extra ondersteuning nodig hebben:"),
          ("ol", ["Het aantal thuiszitters daalt van 38 (1 oktober 2025) naar minder dan 15 in 2030.",
                  "85% van de leerlingen met een arrangement behaalt een diploma of certificaat binnen "
                  "de nominale duur plus één jaar.",
                  "Het deelnamepercentage vso daalt van 4,1% naar 3,6%.",
                  "Minimaal 80% van de leerlingen die een traject in het OPDC afronden, zit een half "
                  "jaar later nog op een reguliere school."]),
          ("p", "Wij volgen deze resultaten met een monitor die het bureau drie keer per jaar "
                "opstelt uit de gegevens van DUO, leerplicht en het dossiersysteem. De monitor wordt "
                "besproken in het algemeen bestuur en de OPR. In het jaarverslag rapporteren wij per "
                "resultaat wat bereikt is en welke middelen daaraan zijn besteed. Halverwege de "
                "planperiode laten wij een externe evaluatie uitvoeren."),
          ]
    # --- financien: present under 'Geld en middelen'
    b += [("h1", "10 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks circa 11,2 miljoen euro. Na de afdrachten "
                "aan DUO voor vso, lwoo en pro resteert een bedrag dat wij verdelen volgens het "
                "expertisemodel: het grootste deel gaat naar de schoolbesturen, zodat scholen zelf "
                "ondersteuning kunnen organiseren."),
          ("p", "De verdeling is als volgt: ieder schoolbestuur ontvangt € 190 per leerling (teldatum "
                "1 oktober) en een vaste voet van € 25.000 per vestiging. Het budget voor de "
                "trajectvoorziening wordt toegekend op basis van het aantal leerlingen in de "
                "basisberoepsgerichte en kaderberoepsgerichte leerweg. Bovenschoolse voorzieningen "
                "worden rechtstreeks door het samenwerkingsverband bekostigd."),
          ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage", "11.210", "11.080", "10.950", "10.870"],
                     ["Afdracht vso, lwoo en pro (DUO)", "6.420", "6.380", "6.300", "6.250"],
                     ["Budget schoolbesturen", "2.980", "2.940", "2.900", "2.880"],
                     ["Trajectvoorzieningen", "720", "720", "700", "700"],
                     ["OPDC en rebound", "640", "640", "640", "630"],
                     ["Bureau en toewijzing", "560", "560", "565", "570"],
                     ["Resultaat", "-110", "-160", "-155", "-160"]],
           "Tabel 10.1: meerjarenbegroting 2026-2029"),
          ("p", "De negatieve resultaten zijn bewust begroot om de reserve terug te brengen naar een "
                "verantwoord niveau. Schoolbesturen leggen jaarlijks in hun jaarverslag verantwoording "
                "af over de besteding van het budget."),
          ]
    b += oogo("Ederveld, Rhenenburg, Veenendam en Woudhuizen", "15 januari 2026")
    b += extra_filler(kort, "vo")
    b += governance(kort, opr_ouders=False, opr_datum="17 maart 2026")
    b += personeel("vo")
    b += ict_privacy("Toewijzingsloket")
    b += planning("2026-2027 tot en met 2029-2030", 2026, ouderbijeenkomst=False)
    b += glossary([
        ("Basisondersteuning", "Ondersteuning die iedere school biedt."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Pro", "Praktijkonderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."),
        ("Terugplaatsing", "Overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Vso", "Voortgezet speciaal onderwijs."),
    ], title="Afkortingenlijst")
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "H4 defines the level for all vestigingen (niveau) but content only as the four Referentiekader aspects, a reference to SOPs/schoolgidsen and a deferred kwaliteitskaart (inhoud not addressed).",
            "plaatsing": "H6.1/6.2 procedure for vso, lwoo and pro (applicant, dossier, deskundigen, deciding body, terms); criteria only referred to an external 'Toetsingskader Toewijzing' on the website.",
            "terugstroom": "H7 heading says 'terugplaatsing' but body covers PO-VO overstap and vmbo-mbo doorstroom; the only sentence on terugplaatsing defers ('maken wij in de loop van de planperiode nadere afspraken'); OPDC return to own school is not return from vso.",
            "financien": "H10 'Geld en middelen': EUR 190 per leerling + vaste voet (verdeling) and table 10.1 meerjarenbegroting with amounts (besteding).",
            "dekkend-aanbod": "H5 table 5.1 continuum and H8 thuiszitters list, Regionale Plaatsingstafel, witte vlekken to the board (lacunes).",
            "resultaten": "H9 four numeric beoogde resultaten and a monitor three times a year, jaarverslag, external mid-term evaluation.",
            "ouders": "Only passing mentions (missie 'in samenwerking met ouders', voorwoord, 'Wet versterking positie ouders' in aandachtspunten); OJSP and Onderwijsconsulenten appear only in the afkortingenlijst; OPR text does not describe a parental role.",
        })
    return b, labels, dict(header=f"{kort} – Ondersteuningsplan 2026-2030", footer="Samen sterk voor iedere jongere")


# ================================================================ PLAN C (PO, pdf)
def plan_c():
    naam = "Samenwerkingsverband Primair Onderwijs Zeeveld"
    kort = "SWV Zeeveld"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{naam} – PO 31-12"),
         ("p", "Elk kind een plek die past. Vastgesteld 3 april 2025."),
         ("pagebreak",),
         ("toc", ["Voorwoord", "Hoofdstuk 1 De regio in beeld", "Hoofdstuk 2 Missie, visie en ambities",
                  "Hoofdstuk 3 Het fundament: wat elke school waarmaakt",
                  "Hoofdstuk 4 Ondersteuningsroute en voorzieningen",
                  "Hoofdstuk 5 Toelaatbaarheid en terugplaatsing",
                  "Hoofdstuk 6 Communicatie", "Hoofdstuk 7 Geld en middelen",
                  "Hoofdstuk 8 Samenwerking met gemeenten", "Hoofdstuk 9 Organisatie en governance",
                  "Hoofdstuk 10 Personeel en professionalisering",
                  "Hoofdstuk 11 Informatievoorziening, ICT en privacy",
                  "Hoofdstuk 12 Kwaliteit en resultaten", "Hoofdstuk 13 Planning en totstandkoming",
                  "Bijlage 1 Begrippenlijst", "Bijlage 2 Meerjarenbegroting (zie hoofdstuk 7)",
                  "Bijlage 3 Routekaart toelaatbaarheid"]),
         ("pagebreak",)]
    b += voorwoord(kort, "2025-2029", "Waar dit plan de grote lijnen schetst, geven de jaarplannen "
                   "de uitwerking.")
    b += context(kort, "Zeeveld, Oosterhaven, Westkapelle-Binnen en Sint Adriaansdorp", 9, 58, "11.300", "po")
    b += missie_visie(kort, "po")
    # --- basisondersteuning: present, unusual wording
    b += [("h1", "Hoofdstuk 3 Het fundament: wat elke school waarmaakt"),
          ("p", "Alle negen schoolbesturen hebben samen vastgelegd wat iedere school in Zeeveld – elke "
                "locatie, groot of klein, openbaar of bijzonder – zonder tussenkomst van het "
                "samenwerkingsverband waarmaakt. Wij noemen dit het fundament; in de wet heet het "
                "basisondersteuning. Het fundament is de gemeenschappelijke ondergrens: een school "
                "die minder biedt, voldoet niet aan de afspraken in Zeeveld."),
          ("p", "Als ouder kunt u op elke school in Zeeveld rekenen op:"),
          ("ul", ["een leraar die lesstof en instructie afstemt op verschillen, met ten minste drie "
                  "instructieniveaus in de groep;",
                  "een intern begeleider die uw kind kent als er zorgen zijn en die twee keer per jaar "
                  "met de leraar alle leerlingen bespreekt;",
                  "een aanpak voor lees- en rekenproblemen, inclusief begeleiding bij (vermoedens van) "
                  "dyslexie volgens het landelijk protocol;",
                  "een veilig schoolklimaat met een anti-pestprogramma en afspraken over gedrag die in "
                  "alle groepen gelden;",
                  "aanbod voor leerlingen die meer aankunnen, zoals verrijkingsstof en een "
                  "compacte instructie;",
                  "een ondersteuningsteam waarin de school met ouders, de jeugdverpleegkundige en een "
                  "adviseur van het samenwerkingsverband meedenkt;",
                  "een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken;",
                  "afspraken over medische handelingen en de opvang van zieke kinderen."]),
          ("p", "Het fundament wordt bij het schoolbezoek van de adviseur eens per jaar doorgelopen. "
                "Ontbreekt een onderdeel, dan spreekt de adviseur het schoolbestuur daarop aan."),
          ]
    # --- continuum yes, lacunes deferred
    b += [("h1", "Hoofdstuk 4 Ondersteuningsroute en voorzieningen"),
          ("p", "Wanneer het fundament niet genoeg is, volgt extra ondersteuning. Het aanbod in Zeeveld "
                "loopt van licht naar zwaar:"),
          ("table", [["Stap", "Vorm van ondersteuning", "Aanvraag"],
                     ["Fundament", "Basisondersteuning op school", "Niet nodig"],
                     ["Extra op school", "Arrangement: inzet van een ambulant begeleider, "
                      "gedragsspecialist of extra handen in de klas, voor maximaal 20 weken",
                      "School via de adviseur"],
                     ["Bovenschools", "Observatiegroep Zeester (12 weken), plusklas, taalklas",
                      "School via de adviseur"],
                     ["Speciaal", "Sbo De Vlonder, so-school De Branding (cluster 3 en 4), "
                      "so-locatie in Oosterhaven", "TLV nodig"]],
           "Tabel 4.1: van licht naar zwaar"),
          ("p", "Onderwijs-zorgarrangementen voor kinderen die ook jeugdhulp ontvangen, worden samen met "
                "de gemeente georganiseerd; zie hoofdstuk 8."),
          ]
    b += hb_nieuwkomers("po")
    b += [("h2", "Thuiszitters"),
          ("p", "Wij streven naar een sluitend netwerk, waarin geen kind thuiszit. Op welke manier wij "
                "hiaten in het aanbod en thuiszitters structureel in beeld brengen, gaan wij de komende "
                "periode onderzoeken samen met leerplicht. Het voornemen is hierover in 2027 een "
                "voorstel aan het bestuur voor te leggen."),
          ]
    # --- plaatsing: criteria yes, procedure referred; terugstroom: beleid yes, procedure deferred
    b += [("h1", "Hoofdstuk 5 Toelaatbaarheid en terugplaatsing"),
          ("h2", "5.1 Route naar een toelaatbaarheidsverklaring"),
          ("p", "De route van aanvraag tot besluit, met alle stappen, betrokkenen en termijnen, is "
                "weergegeven in de Routekaart toelaatbaarheid (bijlage 3). Het reglement van de "
                "commissie is te vinden op www.swvzeeveld.nl."),
          ("h2", "5.2 Wanneer is een leerling toelaatbaar?"),
          ("p", "Voor het speciaal basisonderwijs is een leerling toelaatbaar als: (a) de leerling "
                "minstens een jaar een arrangement heeft gehad dat aantoonbaar is geëvalueerd; (b) de "
                "leerachterstand in de kernvakken groter is dan anderhalf jaar of de sociaal-emotionele "
                "ontwikkeling in de reguliere groep ernstig stagneert; en (c) de leerling voor het "
                "grootste deel van de dag is aangewezen op een groep van hooguit zestien leerlingen."),
          ("p", "Voor het speciaal onderwijs is een leerling toelaatbaar als: (a) de leerling een IQ "
                "heeft onder 55, of een IQ tussen 55 en 70 in combinatie met een beperking in de "
                "zelfredzaamheid (cluster 3, ZML); (b) een lichamelijke beperking of langdurige ziekte "
                "intensieve verzorging en aanpassingen vraagt (cluster 3, LG/LZ); of (c) de leerling "
                "ernstige gedrags- of psychiatrische problemen heeft waarvoor een specialistische "
                "behandelomgeving nodig is die het sbo niet kan bieden (cluster 4)."),
          ("h2", "5.3 Duur"),
          ("p", "Een TLV voor het sbo wordt afgegeven voor de rest van de basisschoolperiode. Een TLV "
                "voor het so geldt voor twee schooljaren; de bekostigingscategorie wordt op de TLV "
                "vermeld."),
          ("h2", "5.4 Terugplaatsing"),
          ("p", "Zeeveld kiest nadrukkelijk voor terugplaatsing waar dat kan. Het sbo en so zijn in onze "
                "visie een tijdelijke plek voor de meeste leerlingen. Voorwaarden voor terugkeer naar "
                "een basisschool zijn dat de leerling zich in de speciale setting stabiel ontwikkelt, "
                "dat de ondersteuningsbehoefte met een arrangement op een basisschool kan worden "
                "beantwoord, en dat er een school in de buurt is die de leerling kan opvangen. Na "
                "terugkeer ontvangt de basisschool een terugplaatsingsarrangement: een jaar lang "
                "ambulante begeleiding vanuit het sbo of so en een budget van € 4.000 voor extra "
                "handen in de klas."),
          ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, wanneer de evaluatie "
                "plaatsvindt en wie besluit – stellen wij in de loop van 2026 samen met de sbo- en "
                "so-scholen vast."),
          ]
    # --- ouders: present (in 'Communicatie')
    b += [("h1", "Hoofdstuk 6 Communicatie"),
          ("p", "Wij communiceren helder en tijdig met scholen, ouders en partners. Onze website "
                "www.swvzeeveld.nl heeft een aparte ouderpagina waarop per school staat welke "
                "ondersteuning wordt geboden en hoe extra ondersteuning wordt aangevraagd. Iedere "
                "school neemt in de schoolgids een paragraaf op over het fundament en de "
                "ondersteuning van het samenwerkingsverband. Twee keer per jaar organiseren wij een "
                "informatieavond voor ouders, en er is een ouderfolder 'Passend onderwijs in Zeeveld' "
                "in het Nederlands, Engels, Arabisch en Pools."),
          ("p", "Ouders met vragen kunnen ook rechtstreeks bellen met de ouderlijn van het "
                "samenwerkingsverband. Voor onafhankelijk advies verwijzen wij naar het Ouder- en "
                "Jeugdsteunpunt Zeeveld, dat wordt uitgevoerd door de stichting MEE en los staat van "
                "scholen en samenwerkingsverband, en naar Onderwijsconsulenten. Bij een conflict kunnen "
                "ouders gratis gebruikmaken van een onafhankelijke mediator; geschillen over het OPP "
                "of verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          ("p", "Bezwaar tegen een besluit over toelaatbaarheid kan binnen zes weken worden ingediend; "
                "het samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke "
                "Bezwaaradviescommissie."),
          ]
    # --- financien: present, besteding only in table
    b += [("h1", "Hoofdstuk 7 Geld en middelen"),
          ("p", "De ondersteuningsmiddelen worden verdeeld volgens het schoolmodel: 70% van de middelen "
                "lichte ondersteuning gaat rechtstreeks naar de schoolbesturen, naar rato van het "
                "aantal leerlingen op 1 oktober. De overige middelen blijven bij het "
                "samenwerkingsverband voor arrangementen, bovenschoolse voorzieningen en de "
                "afdrachten aan sbo en so. Arrangementen worden toegekend door de adviseur op basis "
                "van het ondersteuningsteam; het maximumbedrag per arrangement is € 12.000."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage ondersteuning", "8.940", "8.870", "8.790", "8.700"],
                     ["Afdracht so (DUO)", "3.150", "3.180", "3.200", "3.200"],
                     ["Groeibekostiging en afdracht sbo", "1.720", "1.700", "1.680", "1.660"],
                     ["Schoolbudgetten besturen", "2.310", "2.290", "2.270", "2.250"],
                     ["Arrangementen", "980", "960", "950", "940"],
                     ["Bovenschoolse voorzieningen", "420", "420", "410", "400"],
                     ["Terugplaatsingsarrangementen", "60", "70", "80", "80"],
                     ["Bureau en personeel", "390", "395", "400", "405"],
                     ["Saldo", "-90", "-145", "-200", "-235"]],
           "Tabel 7.1"),
          ]
    b += oogo("Zeeveld, Oosterhaven, Westkapelle-Binnen en Sint Adriaansdorp", "11 februari 2025")
    b += extra_filler(kort, "po")
    b += governance(kort, opr_ouders=True, opr_datum="18 maart 2025")
    b += personeel("po")
    b += ict_privacy("ouderportaal en het digitale loket")
    b += [("h1", "Hoofdstuk 12 Kwaliteit en resultaten"),
          ("p", "Een kwaliteitszorgsysteem voor het samenwerkingsverband is in ontwikkeling. Over de "
                "opzet en de wijze van rapporteren informeren wij de OPR en de besturen zodra dit "
                "gereed is. Tot die tijd blijven de resultaten van de scholen zelf – zoals de "
                "leerresultaten op de eindtoets – onderdeel van het kwaliteitsbeleid van de "
                "schoolbesturen.")]
    b += planning("2025-2026 tot en met 2028-2029", 2025)
    b += glossary([
        ("Beoogde resultaten", "De doelen die het samenwerkingsverband zich stelt voor leerlingen met extra ondersteuning."),
        ("Bereikte resultaten", "Wat daarvan in de praktijk is gerealiseerd."),
        ("Fundament", "Basisondersteuning in Zeeveld."),
        ("Routekaart", "Schematisch overzicht van de toelaatbaarheidsprocedure (bijlage 3)."),
        ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat."),
        ("Dekkend netwerk", "Samenhangend aanbod zonder hiaten."),
        ("Monitoring", "Het volgen van ontwikkelingen aan de hand van kengetallen."),
        ("OPR", "Ondersteuningsplanraad."),
    ], title="Bijlage 1 Begrippenlijst")
    b += [("h1", "Bijlage 2 Meerjarenbegroting"), ("p", "Zie hoofdstuk 7, tabel 7.1."),
          ("h1", "Bijlage 3 Routekaart toelaatbaarheid"),
          ("p", "De routekaart wordt als afzonderlijk document gepubliceerd op de website.")]
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3 uses 'fundament' wording: common ondergrens for every locatie agreed by all nine boards, bullet list of what a parent can count on.",
            "plaatsing": "H5.2 gives sbo and so criteria; procedure only referred to 'Routekaart toelaatbaarheid (bijlage 3)' and the website, and bijlage 3 itself is just a pointer; duration in 5.3; bezwaar sits in H6 Communicatie.",
            "terugstroom": "H5.4 policy (temporary place, conditions, terugplaatsingsarrangement with EUR 4.000); the stappenplan (who initiates, evaluation, decision) is deferred to 'in de loop van 2026'.",
            "financien": "H7 'Geld en middelen': schoolmodel 70% by leerlingaantal, arrangement maximum (verdeling); besteding only as table 7.1 meerjarenbegroting with amounts.",
            "dekkend-aanbod": "H4 table 4.1 continuum licht-zwaar; thuiszitters/hiaten only as intention ('gaan wij onderzoeken', proposal in 2027), so lacunes not addressed.",
            "resultaten": "No beoogde resultaten or monitoring: H12 'Kwaliteit en resultaten' only says the system 'is in ontwikkeling'; eindtoets results are school quality; glossary defines beoogde/bereikte resultaten (trap).",
            "ouders": "H6 'Communicatie': ouderpagina, schoolgids paragraph, info evenings, translated folder (informatie); OJSP Zeeveld, Onderwijsconsulenten, mediator, Geschillencommissie (steunpunt).",
        })
    return b, labels, dict(header=f"{kort} · Ondersteuningsplan 2025-2029", footer="Elk kind een plek die past")


# ================================================================ PLAN D (VO, pdf)
def plan_d():
    naam = "Stichting Passend Voortgezet Onderwijs Oostergo"
    kort = "Passend VO Oostergo"
    b = [("title", "Ondersteuningsplan 2026-2030: Koers op maat"),
         ("sub", f"{naam} (VO 33-05)"),
         ("p", "Strategisch deel. Het uitvoeringsdeel (toewijzing) en het financieel kader verschijnen "
               "als afzonderlijke documenten."),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 De regio in beeld", "2 Missie, visie en ambities",
                  "3 Basisondersteuning op elke school", "4 Een dekkend ondersteuningsaanbod",
                  "5 Toewijzing van vso, lwoo en praktijkonderwijs",
                  "6 Na het vso: overstap naar het regulier onderwijs",
                  "7 Ouders en leerlingen", "8 Samenwerking met gemeenten",
                  "9 Resultaten en kwaliteitszorg", "10 Financieel beleid",
                  "11 Organisatie en governance", "12 Personeel en professionalisering",
                  "13 Informatievoorziening, ICT en privacy", "14 Planning en totstandkoming",
                  "Begrippenlijst"]),
         ("pagebreak",)]
    b += voorwoord(kort, "2026-2030", "Dit strategische deel bevat onze koers; de uitvoering staat "
                   "in aparte documenten die het bestuur jaarlijks vaststelt.")
    b += context(kort, "Leeuwarderadeel-Oost, Dokkumerwâld, Burgumerdaam en Oostermar", 6, 23, "9.800", "vo")
    b += missie_visie(kort, "vo")
    b += [("h1", "3 Basisondersteuning op elke school"),
          ("p", "Alle scholen in Oostergo bieden, op iedere vestiging en in iedere leerweg, dezelfde "
                "basisondersteuning. Dit niveau is door de schoolbesturen in het algemeen bestuur "
                "vastgesteld en is voor iedere school bindend. Een jongere en zijn ouders mogen op "
                "elke school in de regio ten minste het volgende verwachten:"),
          ("table", [["Nr.", "Standaard"],
                     ["1", "Een mentor die de leerling wekelijks spreekt in het mentoruur en het eerste "
                      "aanspreekpunt is voor ouders."],
                     ["2", "Een ondersteuningscoördinator met ten minste 0,5 fte per 500 leerlingen."],
                     ["3", "Een dyslexie- en dyscalculiebeleid met faciliteiten als extra tijd, "
                      "voorleessoftware en aangepaste toetsing."],
                     ["4", "Trainingen sociale vaardigheden en faalangstreductie, minimaal twee keer "
                      "per jaar."],
                     ["5", "Begeleiding bij executieve functies (plannen en organiseren) in leerjaar 1 "
                      "en 2."],
                     ["6", "Een time-out- of opvangruimte met toezicht gedurende de hele schooldag."],
                     ["7", "Check-in/check-out voor leerlingen die dagelijkse structuur nodig hebben."],
                     ["8", "Consultatie van een orthopedagoog of psycholoog, op school of via het "
                      "bestuur."],
                     ["9", "Een ondersteuningsteam (OT) met de schoolmaatschappelijk werker, de "
                      "jeugdarts en de leerplichtambtenaar, minimaal zes keer per jaar."],
                     ["10", "Een OPP voor leerlingen met extra ondersteuning, twee keer per jaar "
                      "besproken met leerling en ouders."],
                     ["11", "Een protocol medisch handelen en afspraken over ziekteverzuim."],
                     ["12", "Een warme overdracht met de basisschool en met het mbo."]],
           "Tabel 3.1: de twaalf standaarden basisondersteuning"),
          ("p", "Het samenwerkingsverband toetst de standaarden iedere twee jaar in een audit. Scholen "
                "die een standaard niet halen, krijgen een verbetertraject met een termijn van een jaar."),
          ]
    b += [("h1", "4 Een dekkend ondersteuningsaanbod"),
          ("p", "Boven op de basisondersteuning kent Oostergo een samenhangend aanbod van extra "
                "ondersteuning binnen en tussen de scholen:"),
          ("ul", ["Ondersteuningsarrangementen op de eigen school, zoals een plusvoorziening voor "
                  "leerlingen met autisme of een begeleidingsklas in de onderbouw;",
                  "Het Rebound-traject Oostergo, een tijdelijke plek (maximaal 13 weken) voor leerlingen "
                  "die dreigen vast te lopen;",
                  "Het OPDC De Terp, voor leerlingen uit vmbo en praktijkonderwijs die een jaar "
                  "intensieve begeleiding nodig hebben;",
                  "Leerwegondersteunend onderwijs op vijf vmbo-scholen en twee scholen voor "
                  "praktijkonderwijs;",
                  "Voortgezet speciaal onderwijs cluster 3 en 4 op twee locaties in de regio, met "
                  "onderwijs-zorgarrangementen samen met de jeugdhulp."]),
          ("p", "Het samenwerkingsverband houdt een wachtlijstregistratie bij voor alle bovenschoolse "
                "voorzieningen en het vso. Eens per kwartaal bespreekt het managementoverleg met de "
                "schoolbesturen de leerlingen die langer dan vier weken wachten of zonder passende "
                "plek zijn. Voor iedere thuiszitter wordt binnen tien werkdagen een "
                "trajectbegeleider aangewezen die samen met leerplicht en jeugdhulp een plan maakt. "
                "Wanneer het bestaande aanbod tekortschiet, stelt het bestuur een tijdelijke "
                "voorziening in; in 2025 gebeurde dat voor zeven jongeren met een langdurig "
                "ziektebeeld."),
          ]
    b += hb_nieuwkomers("vo")
    b += [("h1", "5 Toewijzing van vso, lwoo en praktijkonderwijs"),
          ("p", "De procedures en criteria voor de toewijzing van vso, lwoo en praktijkonderwijs zijn "
                "opgenomen in het Uitvoeringsdocument Toewijzing 2026. Dit uitvoeringsdocument "
                "wordt afzonderlijk door het bestuur vastgesteld en jaarlijks geactualiseerd."),
          ]
    b += [("h1", "6 Na het vso: overstap naar het regulier onderwijs"),
          ("p", "Uiterlijk 1 februari in het laatste jaar van de toelaatbaarheidsverklaring bespreekt de "
                "vso-school in het OPP-overleg of de jongere kan overstappen naar het regulier voortgezet "
                "onderwijs. De vso-school neemt hiertoe het initiatief en nodigt de jongere, de ouders "
                "en de consulent van het samenwerkingsverband uit."),
          ("ol", ["Adviseert het overleg een overstap, dan meldt de vso-school de jongere vóór 1 april "
                  "aan bij een school voor regulier vo in de buurt.",
                  "De consulent bewaakt dat de ontvangende school binnen zes weken besluit en dat de "
                  "overdracht vóór de zomervakantie plaatsvindt.",
                  "Adviseert het overleg voortzetting van het vso, dan vraagt de vso-school vóór "
                  "1 april een nieuwe toelaatbaarheidsverklaring aan.",
                  "Zes maanden na de overstap evalueren de nieuwe school, de jongere, de ouders en de "
                  "consulent hoe het gaat."]),
          ("p", "Welke uitgangspunten en voorwaarden wij bij terugplaatsing hanteren en welke "
                "ondersteuning een jongere na de overstap krijgt, leggen wij in de loop van 2027 vast "
                "in een terugplaatsingsbeleid."),
          ]
    b += [("h1", "7 Ouders en leerlingen"),
          ("p", "Ouders en jongeren moeten weten waar zij aan toe zijn. Het samenwerkingsverband "
                "informeert hen via de website www.passendvo-oostergo.nl, waarop per school de "
                "basisondersteuning en de extra ondersteuning staan, via de brochure 'Passend VO in "
                "Oostergo' die iedere leerling in groep 8 ontvangt, en via de voorlichtingsavonden in "
                "november. Iedere school vermeldt in de schoolgids de ondersteuning die zij biedt en de "
                "contactgegevens van de ondersteuningscoördinator."),
          ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en "
                "Jeugdsteunpunt Noordoost, dat het samenwerkingsverband samen met het PO-verband "
                "financiert maar dat onafhankelijk werkt. Het steunpunt is bereikbaar via een gratis "
                "telefoonnummer en een wekelijks spreekuur in de bibliotheek. Ook de "
                "Onderwijsconsulenten en de Geschillencommissie passend onderwijs staan open voor "
                "ouders. Jongeren worden gehoord bij het opstellen van hun OPP."),
          ]
    b += oogo("Leeuwarderadeel-Oost, Dokkumerwâld, Burgumerdaam en Oostermar", "27 januari 2026")
    b += [("h1", "9 Resultaten en kwaliteitszorg"),
          ("p", "Voor de periode 2026-2030 streven wij naar de volgende resultaten:"),
          ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Thuiszitters langer dan 4 weken", "21", "≤ 8"],
                     ["Deelname vso (peildatum 1 oktober)", "3,8%", "3,4%"],
                     ["Leerlingen met lwoo die een diploma halen", "88%", "92%"],
                     ["Rebound-leerlingen terug op eigen school", "71%", "85%"],
                     ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]],
           "Tabel 9.1: beoogde resultaten"),
          ("p", "Wij meten deze indicatoren twee keer per jaar, op 1 oktober en 1 maart, en rapporteren "
                "erover in een halfjaarrapportage aan het algemeen bestuur, de raad van toezicht en de "
                "OPR. Het jaarverslag bevat een verantwoording van de bereikte resultaten ten opzichte "
                "van de streefwaarden. In 2028 vindt een tussenevaluatie plaats met een "
                "tevredenheidspeiling onder ouders, jongeren en scholen."),
          ]
    b += [("h1", "10 Financieel beleid"),
          ("p", "Het financieel beleid, met de verdeling van de middelen over de schoolbesturen en de "
                "meerjarenbegroting, is vastgelegd in het Financieel kader 2026-2030. Dit kader wordt "
                "afzonderlijk door het algemeen bestuur vastgesteld en maakt geen deel uit van dit "
                "strategische deel."),
          ]
    b += extra_filler(kort, "vo")
    b += governance(kort, opr_ouders=True, opr_datum="24 februari 2026")
    b += personeel("vo")
    b += ict_privacy("ondersteuningsloket")
    b += planning("2026-2027 tot en met 2029-2030", 2026)
    b += glossary([
        ("Basisondersteuning", "Het niveau van ondersteuning op iedere school."),
        ("Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het vso."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Meerjarenbegroting", "Begroting voor vier jaar, onderdeel van het Financieel kader."),
        ("Pro", "Praktijkonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring voor het vso, afgegeven door het samenwerkingsverband na advies van twee deskundigen."),
        ("Verdeelmodel", "Systematiek waarmee middelen over de schoolbesturen worden verdeeld."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ])
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3 binding level for every vestiging and leerweg plus table 3.1 with twelve standards; two-yearly audit (borging).",
            "plaatsing": "H5 only refers to the separate 'Uitvoeringsdocument Toewijzing 2026'; TLV/deskundigen/bekostigingscategorie appear only in the begrippenlijst.",
            "terugstroom": "H6 numbered procedure (OPP-overleg by 1 February of last TLV year, initiative vso-school, aanmelding before 1 April, new TLV, evaluation after 6 months); policy/conditions/support after return deferred to 2027.",
            "financien": "H10 'Financieel beleid' only refers to the separate 'Financieel kader 2026-2030'; no verdeling, no amounts; running footer mentions the kader.",
            "dekkend-aanbod": "H4 list of provisions (continuum) and wachtlijstregistratie, quarterly review, trajectbegeleider per thuiszitter, temporary provisions (lacunes).",
            "resultaten": "H9 table with nulmeting and streefwaarden; measured 1 October/1 March, halfjaarrapportage, jaarverslag, tussenevaluatie 2028.",
            "ouders": "H7: website per school, brochure, voorlichtingsavonden, schoolgids (informatie); Ouder- en Jeugdsteunpunt Noordoost, Onderwijsconsulenten, Geschillencommissie (steunpunt).",
        })
    return b, labels, dict(header=f"{kort} | Koers op maat 2026-2030",
                           footer="Toewijzing en financiën: zie Uitvoeringsdocument Toewijzing 2026 en Financieel kader 2026-2030")


# ================================================================ PLAN E (PO, html)
def plan_e():
    naam = "Samenwerkingsverband Kwartier Passend Onderwijs PO"
    kort = "SWV Kwartier"
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("sub", f"{naam} – PO 31-15"),
         ("p", "Laatst bijgewerkt: 2 mei 2026. Deze webversie is gelijk aan het vastgestelde plan; de "
               "pdf is te downloaden onderaan deze pagina."),
         ("toc", ["Voorwoord", "De regio in beeld", "Terugblik 2022-2026", "Missie, visie en ambities",
                  "Basisondersteuning", "Toelaatbaarheid sbo en so", "Terug naar de basisschool",
                  "Informatie voor ouders", "Financiën", "Monitoring en resultaten",
                  "Samenwerking met gemeenten", "Organisatie en governance",
                  "Personeel en professionalisering", "Informatievoorziening, ICT en privacy",
                  "Planning en totstandkoming", "Begrippen"])]
    b += voorwoord(kort, "2026-2030", "Op deze website vindt u het volledige plan, opgedeeld in "
                   "hoofdstukken.")
    b += [("h2", "Een woord van de ondersteuningsplanraad"),
          ("p", "Als OPR hebben wij het afgelopen jaar vier keer met het bureau om tafel gezeten over dit "
                "plan. Wij hebben kritische vragen gesteld, onder meer over de leesbaarheid en over de "
                "balans tussen ambitie en uitvoerbaarheid. Veel van onze opmerkingen zijn verwerkt. Op "
                "een aantal punten heeft het bestuur toegezegd in de komende jaren een nadere uitwerking "
                "aan ons voor te leggen; wij zullen daar scherp op blijven letten. Wij danken alle "
                "ouders en medewerkers die ons via de achterbanraadpleging hun ervaringen hebben "
                "meegegeven, en wij roepen iedereen op om ook tijdens de looptijd van dit plan signalen "
                "aan ons door te geven. Alleen samen maken we passend onderwijs in Kwartier een succes."),
          ("p", "Wij hebben op 14 april 2026 ingestemd met dit ondersteuningsplan.")]
    b += context(kort, "Kwartierstad, Hoogeloon-Noord en De Vennen", 5, 41, "8.600", "po")
    b += [("h1", "Terugblik 2022-2026"),
          ("p", "In de vorige planperiode hebben wij de organisatie van het samenwerkingsverband "
                "vernieuwd en de toewijzing vereenvoudigd. Het aantal afgegeven TLV's daalde van 71 in "
                "2021-2022 naar 61 in 2024-2025. Het deelnamepercentage sbo en so samen daalde in "
                "dezelfde periode van 3,2% naar 2,9% (peildatum 1 oktober). Het aantal leerlingen dat "
                "vanuit sbo of so terugkeerde naar een basisschool, steeg van 9 naar 14 per jaar. "
                "Minder goed ging het met de doorlooptijd van aanvragen: een besluit duurde in "
                "2024-2025 gemiddeld zeven weken."),
          ("p", "Uit de evaluatie met schoolbesturen en de OPR kwam naar voren dat scholen de korte "
                "lijnen met het bureau waarderen, maar dat de administratieve last bij aanvragen nog "
                "steeds als hoog wordt ervaren."),
          ]
    b += missie_visie(kort, "po", dekkend_zin=True)
    b += [("h1", "Basisondersteuning"),
          ("p", "Wat de basisondersteuning op een school inhoudt, leest u in de schoolgids van die "
                "school. Het niveau van de basisondersteuning in Kwartier stellen wij opnieuw vast zodra "
                "de landelijke norm basisondersteuning bekend is; tot die tijd blijft het document "
                "'Basisondersteuning Kwartier 2019' van kracht, dat u via de downloadpagina kunt "
                "vinden."),
          ]
    b += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden. Dan kan het kind naar "
                "het speciaal basisonderwijs of het speciaal onderwijs. Daarvoor is een "
                "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
          ("h2", "Zo werkt de aanvraag"),
          ("ol", ["De basisschool bespreekt het kind in het ondersteuningsteam, met ouders en de "
                  "onderwijsadviseur van het samenwerkingsverband.",
                  "Het schoolbestuur van de school waar het kind is ingeschreven, dient de aanvraag in "
                  "bij de Commissie Toelaatbaarheid Kwartier (CTK), met het groeidocument, het OPP en "
                  "de zienswijze van ouders.",
                  "Twee deskundigen adviseren ieder afzonderlijk en schriftelijk: een orthopedagoog of "
                  "psycholoog van de CTK en een tweede deskundige, bijvoorbeeld een kinderarts of "
                  "maatschappelijk werker, die niet bij de aanvraag betrokken was.",
                  "De CTK neemt binnen vijf weken een besluit en stuurt het besluit en beide adviezen "
                  "naar ouders en school."]),
          ("h2", "Wanneer is een kind toelaatbaar?"),
          ("table", [["Sbo", "So"],
                     ["Het kind heeft op minstens twee ontwikkelingsgebieden een ernstige "
                      "achterstand of stagnatie; de basisschool heeft aantoonbaar een jaar extra "
                      "ondersteuning geboden en geëvalueerd; het kind heeft een kleine groep en een "
                      "aangepast programma de hele dag nodig.",
                      "Het kind heeft een verstandelijke beperking (IQ < 70 met beperkte "
                      "zelfredzaamheid), een lichamelijke beperking of langdurige ziekte met "
                      "verzorgingsbehoefte, of ernstige gedrags- of psychiatrische problematiek "
                      "waarvoor specialistische behandeling in de school nodig is; het sbo is "
                      "onvoldoende."]],
           "Criteria toelaatbaarheid"),
          ("h2", "Hoe lang geldt een TLV?"),
          ("p", "Een TLV sbo geldt twee schooljaren. Een TLV so geldt twee schooljaren, met de "
                "bekostigingscategorie laag, midden of hoog die de CTK op advies van de deskundigen "
                "vaststelt."),
          ]
    b += [("h1", "Terug naar de basisschool"),
          ("p", "Kwartier wil dat kinderen zo thuisnabij mogelijk naar school gaan. Daarom is een TLV "
                "altijd tijdelijk en kijken we bij iedere leerling in het sbo en so of terugkeer naar "
                "een basisschool mogelijk is. Terugkeer is het doel wanneer het kind zich stabiel "
                "ontwikkelt, de ouders ermee instemmen en een basisschool met een terugkeerarrangement "
                "de benodigde ondersteuning kan bieden. Na de terugkeer krijgt de basisschool een jaar "
                "lang begeleiding door een ambulant begeleider van de speciale school en een budget "
                "voor extra ondersteuning in de klas."),
          ("p", "De speciale school evalueert het OPP elk jaar in januari. In het laatste jaar van de "
                "TLV neemt de speciale school het initiatief voor een terugkeergesprek met ouders, de "
                "onderwijsadviseur en een basisschool in de buurt. De CTK besluit vóór 1 mei of het "
                "kind teruggaat of dat een nieuwe TLV wordt afgegeven. Na terugkeer volgen "
                "evaluatiemomenten na zes weken, drie maanden en een jaar."),
          ]
    b += [("h1", "Informatie voor ouders"),
          ("p", "Op deze website vindt u onder 'Ouders' per school het ondersteuningsprofiel, de "
                "contactgegevens van de intern begeleider en een uitleg van de ondersteuningsroute. "
                "Iedere school neemt in de schoolgids op welke ondersteuning zij biedt en hoe ouders "
                "extra ondersteuning kunnen aanvragen. Jaarlijks in oktober organiseren wij een "
                "informatieavond voor ouders, en op ons kantoor is elke woensdagochtend een "
                "inloopspreekuur waar ouders met een medewerker van het samenwerkingsverband kunnen "
                "praten over de mogelijkheden voor hun kind."),
          ("p", "Het ouder- en jeugdsteunpunt van Kwartier is in oprichting. Over de vorm en de "
                "bereikbaarheid informeren wij u op deze website zodra het steunpunt van start gaat."),
          ]
    b += [("h1", "Financiën"),
          ("p", "De huidige verdeling van de middelen over de schoolbesturen wordt in 2026 geëvalueerd. "
                "Een nieuwe verdeelsystematiek volgt na besluitvorming in het algemeen bestuur; tot dat "
                "moment wordt p.m. geraamd voor wijzigingen in de schoolbudgetten."),
          ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbekostiging", "6.840.000", "6.790.000", "6.710.000", "6.650.000"],
                     ["Afdracht so via DUO", "2.410.000", "2.430.000", "2.440.000", "2.440.000"],
                     ["Afdracht en groeibekostiging sbo", "1.380.000", "1.360.000", "1.340.000", "1.320.000"],
                     ["Ondersteuningsbudget schoolbesturen", "2.150.000", "2.120.000", "2.090.000", "2.060.000"],
                     ["Terugkeerarrangementen", "90.000", "100.000", "110.000", "110.000"],
                     ["Commissie Toelaatbaarheid en deskundigen", "240.000", "240.000", "245.000", "245.000"],
                     ["Bureau en huisvesting", "610.000", "615.000", "620.000", "625.000"],
                     ["Saldo", "-40.000", "-75.000", "-135.000", "-150.000"]],
           "Meerjarenbegroting 2026-2029"),
          ("p", "Het negatieve saldo wordt gedekt uit de algemene reserve, die daarmee binnen de "
                "signaleringswaarde blijft."),
          ]
    b += [("h1", "Monitoring en resultaten"),
          ("p", "Het bureau verzamelt iedere drie maanden gegevens over het aantal aanvragen en TLV's, "
                "de doorlooptijd van besluiten, het deelnamepercentage sbo en so, het aantal "
                "terugkeerders en de tevredenheid van scholen over de toewijzing. Deze gegevens worden in een "
                "kwartaalrapportage besproken met het algemeen bestuur en twee keer per jaar met de "
                "OPR. In het jaarverslag verantwoorden wij wat er in het afgelopen jaar is bereikt."),
          ("p", "De beoogde resultaten voor deze planperiode formuleren wij in het najaar van 2026, "
                "nadat de nulmeting is afgerond."),
          ]
    b += oogo("Kwartierstad, Hoogeloon-Noord en De Vennen", "9 februari 2026", inhoudelijk=False)
    b += extra_filler(kort, "po")
    b += governance(kort, opr_ouders=True, opr_datum="14 april 2026")
    b += personeel("po")
    b += ict_privacy("aanvraagportaal")
    b += planning("2026-2027 tot en met 2029-2030", 2026)
    b += glossary([
        ("Basisondersteuning", "Wat iedere school in Kwartier minimaal biedt: signalering, een intern begeleider, een dyslexieprotocol en een gedragsaanpak."),
        ("Dekkend netwerk", "Een aanbod waarin voor ieder kind een passende plek is."),
        ("Arrangement", "Extra ondersteuning voor een leerling of groep."),
        ("CTK", "Commissie Toelaatbaarheid Kwartier."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Thuiszitter", "Leerplichtig kind zonder onderwijs."),
        ("Verdeelmodel", "Afspraken over de verdeling van middelen."),
    ], title="Begrippen")
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Basisondersteuning' only refers to schoolgidsen and a 2019 download and defers the new level to the landelijke norm; the content list exists only in the 'Begrippen' glossary (trap) and the site menu.",
            "plaatsing": "'Toelaatbaarheid sbo en so': 4-step procedure with CTK deciding within 5 weeks, two separate deskundigen, criteria table sbo/so, duration and categorie; no bezwaar route.",
            "terugstroom": "'Terug naar de basisschool': policy (thuisnabij, TLV temporary, conditions, support after return) and procedure (yearly OPP evaluation in January, initiative special school, CTK decides before 1 May, evaluations).",
            "financien": "Verdeling deferred ('wordt in 2026 geevalueerd', 'p.m.'); besteding addressed by the meerjarenbegroting table 2026-2029 with amounts.",
            "dekkend-aanbod": "No description of the support continuum or of gaps/thuiszitters approach: only the visie ambition 'streven naar een dekkend netwerk', thuiszitters named as an OOGO agenda item, OOGO held on the draft (procedural only), and glossary entries.",
            "resultaten": "'Monitoring en resultaten': quarterly data, kwartaalrapportage, jaarverslag (monitoring) and Terugblik with achieved figures; beoogde resultaten explicitly deferred to autumn 2026.",
            "ouders": "'Informatie voor ouders': website per school, schoolgids, informatieavond, inloopspreekuur (informatie); OJSP 'in oprichting', no other independent help named (steunpunt not addressed).",
        })
    return b, labels, dict(header=f"{naam} – Ondersteuningsplan 2026-2030",
                           footer="© SWV Kwartier · Privacyverklaring · Toegankelijkheid · Contact: info@swvkwartier.nl")


# ================================================================ NEAR-MISS (school-level plan, pdf)
def near_miss():
    school = "Veenhoven College"
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", f"{school} – vmbo, havo en vwo – locatie Molenwijk"),
         ("p", "Onderdeel van het schoolplan. Vastgesteld door de schoolleiding na advies van de "
               "medezeggenschapsraad, september 2025."),
         ("pagebreak",),
         ("toc", ["1 Inleiding", "2 Onze visie op ondersteuning", "3 Basisondersteuning op het Veenhoven",
                  "4 De ondersteuningsstructuur: zorgniveaus 1 tot en met 4", "5 Extra ondersteuning en arrangementen",
                  "6 Aanvragen bij het samenwerkingsverband: TLV vso, lwoo en pro",
                  "7 Terugplaatsing en instroom vanuit het vso", "8 Ouders", "9 Middelen en formatie",
                  "10 Resultaten en evaluatie", "Afkortingen"]),
         ("pagebreak",),
         ("h1", "1 Inleiding"),
         ("p", f"Dit ondersteuningsplan beschrijft hoe het {school}, locatie Molenwijk, de ondersteuning "
               "aan leerlingen organiseert in het schooljaar 2025-2026. Het is een uitwerking van ons "
               "schoolondersteuningsprofiel (SOP) en sluit aan op het ondersteuningsplan 2026-2030 van "
               "het samenwerkingsverband VO waarbij onze school is aangesloten. Waar het "
               "samenwerkingsverband afspraken maakt over toelaatbaarheid, verdeling van middelen en "
               "het dekkend aanbod in de regio, beschrijft dit plan wat dat betekent voor onze eigen "
               "leerlingen, mentoren en teams."),
         ("p", "Het plan is bedoeld voor medewerkers van de school en wordt jaarlijks geactualiseerd. "
               "Ouders vinden een samenvatting in de schoolgids."),
         ("h1", "2 Onze visie op ondersteuning"),
         ("p", "Op het Veenhoven staat de relatie tussen mentor en leerling centraal. Wij geloven dat "
               "leerlingen het beste leren in een veilige omgeving waarin zij gezien worden. "
               "Ondersteuning begint in de les: iedere docent stemt af op verschillen en signaleert "
               "tijdig wanneer een leerling vastloopt. Het ondersteuningsteam is er om docenten en "
               "mentoren te helpen, niet om de verantwoordelijkheid over te nemen."),
         ("p", "Wij werken handelingsgericht: we kijken naar wat een leerling nodig heeft in plaats van "
               "naar labels en diagnoses. Ouders en leerlingen worden als partner betrokken bij "
               "gesprekken over ondersteuning."),
         ("h1", "3 Basisondersteuning op het Veenhoven"),
         ("p", "De basisondersteuning op onze school voldoet aan de afspraken van het "
               "samenwerkingsverband. Concreet bieden wij: een mentoruur per week, een dyslexie- en "
               "dyscalculiebeleid met faciliteitenpas, faalangstreductietraining, huiswerkbegeleiding "
               "voor leerjaar 1 en 2, een trajectvoorziening ('Het Anker') en twee "
               "ondersteuningscoördinatoren. Een schoolmaatschappelijk werker en een jeugdarts zijn "
               "gekoppeld aan de school."),
         ("h1", "4 De ondersteuningsstructuur: zorgniveaus 1 tot en met 4"),
         ("table", [["Zorgniveau", "Wie", "Wat"],
                    ["1", "Docent", "Differentiatie in de les, signaleren, contact met mentor."],
                    ["2", "Mentor", "Begeleidingsgesprekken, contact met ouders, inschakelen "
                     "leerjaarcoördinator."],
                    ["3", "Ondersteuningscoördinator", "Handelingsplan of OPP, inzet Het Anker, "
                     "faalangsttraining, gesprek in het ondersteuningsteam."],
                    ["4", "Ondersteuningsteam met externe partners", "Inzet jeugdhulp, aanvraag "
                     "arrangement of TLV bij het samenwerkingsverband."]],
          "Tabel 4.1: zorgniveaus"),
         ("p", "Leerlingbesprekingen vinden drie keer per jaar plaats per leerjaar. De "
               "leerjaarcoördinator bereidt ze voor met de cijferoverzichten en de signaleringslijst "
               "van de mentoren. Leerlingen die in twee opeenvolgende besprekingen worden genoemd, "
               "worden aangemeld bij de ondersteuningscoördinator."),
         ("p", "Het ondersteuningsteam (OT) komt eens per twee weken bijeen. Vaste leden zijn de "
               "ondersteuningscoördinatoren, de schoolmaatschappelijk werker, de jeugdarts en de "
               "orthopedagoog van het bestuur. De leerplichtambtenaar sluit eens per maand aan. "
               "Ouders en leerling worden uitgenodigd wanneer hun situatie wordt besproken."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet volstaat, kan de school bij het samenwerkingsverband "
               "een arrangement aanvragen, bijvoorbeeld ambulante begeleiding bij autisme of een "
               "tijdelijke plaatsing in het OPDC. De ondersteuningscoördinator stelt de aanvraag op met "
               "de mentor; de teamleider ondertekent. Ook kunnen wij leerlingen aanmelden voor de "
               "reboundvoorziening van het samenwerkingsverband, voor maximaal dertien weken."),
         ("p", "Het Anker is onze eigen trajectvoorziening. Leerlingen kunnen er een deel van de dag "
               "terecht als het in de klas even niet gaat. Het Anker is dagelijks open van 8.30 tot "
               "16.00 uur en wordt bemand door twee trajectbegeleiders. Een verblijf in Het Anker wordt "
               "altijd gekoppeld aan een plan met doelen en een terugkeer naar de les."),
         ("h1", "6 Aanvragen bij het samenwerkingsverband: TLV vso, lwoo en pro"),
         ("p", "Soms is een plek in het voortgezet speciaal onderwijs beter voor een leerling. De "
               "ondersteuningscoördinator bereidt dan in overleg met ouders een aanvraag voor een "
               "toelaatbaarheidsverklaring voor. De aanvraag gaat via het digitale loket van het "
               "samenwerkingsverband; daar besluit de toewijzingscommissie op basis van het advies van "
               "twee deskundigen. De procedure en de criteria staan in het ondersteuningsplan van het "
               "samenwerkingsverband."),
         ("p", "Voor nieuwe leerlingen met een advies voor lwoo levert de basisschool de gegevens aan; "
               "de ondersteuningscoördinator controleert of het dossier compleet is en dient de "
               "aanvraag vóór 1 maart in. Voor praktijkonderwijs verwijzen wij naar de twee scholen "
               "voor praktijkonderwijs in de regio."),
         ("h1", "7 Terugplaatsing en instroom vanuit het vso"),
         ("p", "Het Veenhoven ontvangt jaarlijks enkele leerlingen die vanuit het vso terugkeren naar "
               "het regulier onderwijs. Voor deze leerlingen organiseren wij een intakegesprek met de "
               "vso-school, de ouders en de leerling, en een instroomplan met een vaste mentor en een "
               "wekelijks gesprek met de ondersteuningscoördinator in de eerste tien weken."),
         ("h1", "8 Ouders"),
         ("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, het "
               "ouderportaal, drie ouderavonden per jaar en een nieuwsbrief per maand. Bij zorgen "
               "nemen mentoren binnen twee werkdagen contact op. Ouders die het niet eens zijn met een "
               "beslissing van de school, kunnen terecht bij de teamleider, de klachtencommissie van "
               "het bestuur of de Onderwijsconsulenten."),
         ("h1", "9 Middelen en formatie"),
         ("p", "De school ontvangt van het samenwerkingsverband een ondersteuningsbudget van ongeveer "
               "€ 190 per leerling, aangevuld met een vast bedrag voor Het Anker. Met deze middelen "
               "bekostigen wij in 2025-2026 de volgende formatie:"),
         ("table", [["Functie", "fte", "Kosten (€)"],
                    ["Ondersteuningscoördinatoren", "1,6", "152.000"],
                    ["Trajectbegeleiders Het Anker", "2,0", "146.000"],
                    ["Huiswerkbegeleiding en faalangsttraining", "0,6", "41.000"],
                    ["Scholing mentoren", "-", "18.000"]],
          "Tabel 9.1: inzet ondersteuningsbudget 2025-2026"),
         ("h1", "10 Resultaten en evaluatie"),
         ("p", "In 2024-2025 maakten 62 leerlingen gebruik van Het Anker; 55 van hen keerden volledig "
               "terug in de les. Vier leerlingen kregen een TLV voor het vso. Het ondersteuningsteam "
               "evalueert het plan jaarlijks in juni; de uitkomsten worden besproken met de "
               "medezeggenschapsraad. Voor 2025-2026 is ons doel dat minimaal 90% van de leerlingen in "
               "Het Anker binnen zes weken terug is in de les."),
         ("h1", "11 Schooljaar 2025-2026: speerpunten"),
         ("ul", ["Scholing van alle mentoren in oplossingsgericht werken.",
                 "Uitbreiding van de openingstijden van Het Anker op woensdagmiddag.",
                 "Een nieuw format voor het OPP, in lijn met het hoorrecht van leerlingen.",
                 "Betere overdracht van leerlingen met een ondersteuningsbehoefte van de basisschool."]),
         ]
    b += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["OPP", "Ontwikkelingsperspectiefplan"], ["OT", "Ondersteuningsteam"],
                     ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["Vso", "Voortgezet speciaal onderwijs"]], "")]
    labels = dict(sector="vo", looks_like_plan=False,
                  note="School-level 'ondersteuningsplan' of one VO school (Veenhoven College, locatie Molenwijk): "
                       "its own zorgniveaus, OT, trajectvoorziening and school budget; it refers to the ondersteuningsplan "
                       "of the samenwerkingsverband for procedures and criteria. No OPR, OOGO, planperiode of an SWV; "
                       "adopted by schoolleiding after MR advice (domain B §5.4 school-level near-miss).")
    return b, labels, dict(header=f"{school} | Ondersteuningsplan 2025-2026", footer="Locatie Molenwijk")


# ================================================================ labels + main
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_status(lab):
    for el in ELEMENTS:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            exp = "present"
        elif any(vals) or lab["advisory"].get(el):
            exp = "partial"
        else:
            exp = "missing"
        assert lab["elements"][el] == exp, (el, lab["elements"][el], exp)


def write_label(stem, documents, lab):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {q(lab['note'])}"]
    else:
        check_status(lab)
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        lines += [f"  {c}: {'true' if lab['criteria'][c] else 'false'}" for c in CORE]
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if lab["advisory"].get(e):
                lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
        lines.append("notes:")
        lines += [f"  {e}: {q(lab['notes'][e])}" for e in ELEMENTS]
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    tmp = tempfile.mkdtemp(prefix="holdout271_gen_")
    try:
        jobs = [
            ("po-kroonland-ondersteuningsplan-2026-2030", "docx", plan_a),
            ("vo-vallei-veenweide-op-2026-2030", "docx", plan_b),
            ("po-zeeveld-ondersteuningsplan-2025-2029", "pdf", plan_c),
            ("vo-oostergo-koers-op-maat-2026-2030", "pdf", plan_d),
            ("po-kwartier-ondersteuningsplan-web", "html", plan_e),
            ("vo-veenhoven-college-schoolondersteuningsplan", "pdf", near_miss),
        ]
        for stem, fmt, fn in jobs:
            blocks, lab, hf = fn()
            name = f"{stem}.{fmt}"
            title = blocks[0][1]
            if fmt == "docx":
                render_docx(blocks, OUT / name, title=title, **hf)
            elif fmt == "pdf":
                to_pdf(blocks, name, tmp, title=title, **hf)
            else:
                render_html(blocks, OUT / name, title=title, **hf)
            write_label(stem, [name], lab)
            print(f"{name}: {words(blocks)} words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
