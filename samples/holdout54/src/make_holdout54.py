#!/usr/bin/env python3
"""Generate holdout set 54 for opcheck: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Requires python-docx and PyYAML; PDFs are rendered from .docx with
`soffice --headless --convert-to pdf` (LibreOffice). Run:  python3 src/make_holdout54.py
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DATE = datetime.datetime(2026, 3, 1, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# A tiny document model: a list of (kind, payload) blocks rendered to docx or html.
#   ("title", str) ("subtitle", str) ("h1", str) ("h2", str) ("p", str) ("bullets", [str])
#   ("numbered", [str]) ("table", [[str]]) ("pagebreak", None) ("toc", [str])
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, header=""):
        self.blocks = []
        self.header = header

    def add(self, kind, payload=None):
        self.blocks.append((kind, payload))
        return self

    def title(self, t): return self.add("title", t)
    def subtitle(self, t): return self.add("subtitle", t)
    def h1(self, t): return self.add("h1", t)
    def h2(self, t): return self.add("h2", t)
    def p(self, *ts):
        for t in ts:
            self.add("p", " ".join(t.split()))
        return self
    def bullets(self, items): return self.add("bullets", [" ".join(i.split()) for i in items])
    def numbered(self, items): return self.add("numbered", [" ".join(i.split()) for i in items])
    def table(self, rows): return self.add("table", rows)
    def pagebreak(self): return self.add("pagebreak")
    def toc(self, items): return self.add("toc", items)

    def words(self):
        n = 0
        for kind, pl in self.blocks:
            if pl is None:
                continue
            if isinstance(pl, str):
                n += len(pl.split())
            else:
                for x in pl:
                    if isinstance(x, list):
                        n += sum(len(c.split()) for c in x)
                    else:
                        n += len(x.split())
        return n


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout54"
    cp.author = "holdout54"
    cp.revision = 1
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
        d.sections[0].footer.paragraphs[0].text = doc.header.split("|")[0].strip() + " - pagina"
    for kind, pl in doc.blocks:
        if kind == "title":
            d.add_heading(pl, level=0)
        elif kind == "subtitle":
            para = d.add_paragraph()
            r = para.add_run(pl)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h1":
            d.add_heading(pl, level=1)
        elif kind == "h2":
            d.add_heading(pl, level=2)
        elif kind == "p":
            d.add_paragraph(pl)
        elif kind == "bullets":
            for it in pl:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in pl:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for it in pl:
                d.add_paragraph(it)
        elif kind == "table":
            t = d.add_table(rows=len(pl), cols=len(pl[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def render_html(doc, path, lang="nl"):
    e = html.escape
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">']
    first_title = next((pl for k, pl in doc.blocks if k == "title"), "Ondersteuningsplan")
    out.append(f"<title>{e(first_title)}</title>")
    out.append("<style>body{font-family:sans-serif;max-width:50em;margin:auto} "
               "table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px}</style>")
    out.append("</head><body>")
    if doc.header:
        out.append(f'<header class="site-header"><p>{e(doc.header)}</p>'
                   '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
                   '<a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>')
    out.append("<main>")
    for kind, pl in doc.blocks:
        if kind == "title":
            out.append(f"<h1>{e(pl)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><strong>{e(pl)}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(pl)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(pl)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(pl)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in pl) + "</ul>")
        elif kind == "numbered":
            out.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in pl) + "</ol>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' +
                       "".join(f"<li>{e(i)}</li>" for i in pl) + "</ul></nav>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in pl[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in pl[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out.append("</main>")
    if doc.header:
        out.append(f"<footer><p>{e(doc.header)} &middot; privacyverklaring &middot; "
                   "cookiebeleid</p></footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="h54_")
    try:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# Shared filler: the prose real plans carry around the legally required elements. Each function
# takes flags so that a plan whose label says "missing"/"not addressed" does not get that content
# through the back door.
# ----------------------------------------------------------------------------------------------
def vocab(P):
    if P["sector"] == "po":
        return dict(kids="kinderen", kid="kind", school="basisschool", schools="basisscholen",
                    spec="het sbo en het so", sector_long="primair onderwijs", age="4 tot 13 jaar")
    return dict(kids="jongeren", kid="jongere", school="vo-school", schools="scholen voor voortgezet onderwijs",
                spec="het vso", sector_long="voortgezet onderwijs", age="12 tot 20 jaar")


def titlepage(d, P, extra=""):
    d.title(f"Ondersteuningsplan {P['period']}")
    d.subtitle(f"{P['name']} ({P['code']})")
    d.p(f"Versie {P['version']} — vastgesteld door {P['adopter']} op {P['adopt_date']}, na instemming van "
        f"de ondersteuningsplanraad op {P['opr_date']}.")
    if extra:
        d.p(extra)
    d.p(f"Planperiode: 1 augustus {P['period'][:4]} tot en met 31 juli {P['period'][-4:]}.")
    d.pagebreak()


def voorwoord(d, P, words=None):
    v = vocab(P)
    d.h1("Voorwoord")
    d.p(f"Voor u ligt het ondersteuningsplan {P['period']} van {P['name']}. Het is het derde plan sinds de "
        f"invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven in een tijd waarin de "
        f"landelijke verbeteraanpak passend onderwijs op volle toeren draait. Dat merken we aan alles: aan de "
        f"gesprekken met scholen, aan de vragen van ouders en aan de verwachtingen van gemeenten. Iedereen wil "
        f"dat passend onderwijs eenvoudiger, dichterbij en voorspelbaarder wordt.")
    d.p(f"In de afgelopen planperiode hebben we veel geleerd. We hebben gezien dat {v['kids']} het meest gebaat "
        f"zijn bij een leraar die zich gesteund voelt, bij een team dat weet waar het terecht kan en bij korte "
        f"lijnen met jeugdhulp. We hebben ook gezien dat regels en formulieren soms in de weg zitten. Dit plan is "
        f"daarom korter van stof waar het kan en preciezer waar het moet.")
    d.p(f"Het plan is tot stand gekomen in een intensief traject met schoolleiders, intern begeleiders en "
        f"ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, ouders, wethouders en "
        f"beleidsmedewerkers van de {len(P['gemeenten'])} gemeenten in onze regio. In {P['sessions']} "
        f"werksessies is gesproken over wat goed gaat en wat beter moet. Wij danken iedereen die heeft "
        f"meegedacht, meegeschreven en kritisch heeft meegelezen.")
    d.p(f"Een ondersteuningsplan is geen eindpunt. Het is een afsprakenkader waar scholen, besturen en het "
        f"samenwerkingsverband elkaar op mogen aanspreken. Wij nodigen iedereen uit om dat ook te doen.")
    d.p(f"{P['director']}, directeur-bestuurder")


def leeswijzer(d, P, text):
    d.h1("Leeswijzer")
    d.p(text)


def context(d, P, extra_rows=None):
    v = vocab(P)
    d.h1("Onze regio in cijfers")
    d.p(f"{P['name']} omvat de gemeenten {', '.join(P['gemeenten'][:-1])} en {P['gemeenten'][-1]}. In het "
        f"gebied wonen ruim {P['inwoners']} inwoners. Er zijn {P['n_boards']} schoolbesturen aangesloten met samen "
        f"{P['n_schools']} scholen en {P['n_pupils']} leerlingen (teldatum 1 oktober 2025). De regio kent een "
        f"stedelijke kern en een uitgestrekt landelijk gebied met kleine kernen; de reisafstanden voor "
        f"{v['kids']} die niet in hun eigen dorp naar school kunnen, zijn soms aanzienlijk.")
    d.p(f"Het leerlingaantal neemt de komende jaren licht af. De prognose van de gemeenten laat een teruglopend "
        f"leerlingaantal zien van ongeveer {P['krimp']} procent tot 2030, met grote verschillen tussen kernen. Voor "
        f"kleine scholen betekent dit dat zij onder druk staan; voor het samenwerkingsverband betekent het dat de "
        f"inkomsten, die grotendeels per leerling worden berekend, meebewegen.")
    rows = [["Kengetal", "2023", "2024", "2025"],
            ["Aantal aangesloten besturen", str(P['n_boards']), str(P['n_boards']), str(P['n_boards'])],
            ["Aantal scholen/vestigingen", str(P['n_schools'] + 2), str(P['n_schools'] + 1), str(P['n_schools'])],
            ["Aantal leerlingen (1 oktober)", P['pupils_hist'][0], P['pupils_hist'][1], P['n_pupils']]]
    if extra_rows:
        rows += extra_rows
    d.table(rows)
    d.p("Bron: DUO, telling 1 oktober; bewerking bureau samenwerkingsverband.")


def missie_visie(d, P, parents=True):
    v = vocab(P)
    d.h1("Missie, visie en kernwaarden")
    d.h2("Missie")
    d.p(f"{P['name']} bestaat om scholen te helpen elk {v['kid']} een plek te geven waar het zich kan "
        f"ontwikkelen. Wij zijn van en voor de scholen: de besturen dragen samen de verantwoordelijkheid en het "
        f"samenwerkingsverband is het instrument waarmee zij die verantwoordelijkheid waarmaken.")
    d.h2("Visie")
    who = f"Leraren, ouders en {v['kids']} zelf" if parents else f"Leraren en {v['kids']} zelf"
    d.p(f"Wij geloven dat {v['kids']} het best leren in hun eigen omgeving, samen met leeftijdgenoten uit hun "
        f"buurt. Niet het etiket maar de onderwijsbehoefte staat centraal. {who} "
        f"zijn de belangrijkste bronnen van kennis over wat nodig is. Ondersteuning is geen aparte wereld naast "
        f"het onderwijs, maar hoort bij goed onderwijs.")
    d.p(f"Wij geloven ook dat samenwerking loont. Geen school kan alles alleen. Door expertise te delen, "
        f"middelen slim in te zetten en elkaar scherp te houden, ontstaat een regio waarin scholen "
        f"elkaars sterke kanten benutten. Dat vraagt vertrouwen, maar ook duidelijke afspraken.")
    d.h2("Kernwaarden")
    d.bullets(["Dichtbij: ondersteuning zo dicht mogelijk bij het kind en de klas.",
               ("Samen: school, ouders, jeugdhulp en samenwerkingsverband trekken op als één team." if parents
                else "Samen: scholen, jeugdhulp en samenwerkingsverband trekken op als één team."),
               "Eenvoudig: zo min mogelijk formulieren, zo veel mogelijk gesprek.",
               "Eerlijk: transparant over keuzes, over geld en over wat (nog) niet lukt."])


def governance(d, P):
    d.h1("Organisatie en governance")
    d.p(f"{P['name']} is een stichting. De aangesloten schoolbesturen vormen samen de algemene "
        f"ledenvergadering (ALV) en benoemen de leden van de raad van toezicht (RvT). De dagelijkse leiding ligt "
        f"bij de directeur-bestuurder, die het bestuur vormt in de zin van de statuten. Bestuur en toezicht zijn "
        f"daarmee gescheiden, zoals de Code Goed Bestuur in het onderwijs vraagt.")
    d.p("De raad van toezicht bestaat uit vijf leden, van wie er twee onafhankelijk zijn en geen band hebben met "
        "een aangesloten bestuur. De RvT houdt toezicht op het beleid en de algemene gang van zaken, keurt het "
        "jaarverslag en de jaarrekening goed en is werkgever van de directeur-bestuurder. De RvT heeft een "
        "auditcommissie en een remuneratiecommissie.")
    d.p(f"Het bureau van het samenwerkingsverband is gevestigd in {P['seat']}. Het bureau ondersteunt de "
        f"directeur-bestuurder en voert de taken uit die het samenwerkingsverband wettelijk heeft. Het bureau "
        f"telt {P['fte']} fte, onder wie beleidsmedewerkers, orthopedagogen, consulenten en een controller.")
    d.p("Scholen en besturen ontmoeten elkaar in het directeurenoverleg, dat zes keer per jaar bijeenkomt, en in "
        "de netwerken van intern begeleiders en ondersteuningscoördinatoren. Deze overleggen hebben geen formele "
        "bevoegdheden, maar zijn in de praktijk de plek waar beleid wordt voorbereid en getoetst.")


def opr(d, P, parents=True):
    d.h1("Medezeggenschap: de ondersteuningsplanraad")
    if parents:
        d.p(f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
            f"daarvan. De OPR bestaat uit {P['opr_size']} leden: de helft vertegenwoordigt het personeel, de andere "
            f"helft de ouders{' en leerlingen' if P['sector'] == 'vo' else ''}. De leden worden afgevaardigd door "
            f"de medezeggenschapsraden van de aangesloten scholen.")
    else:
        d.p(f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
            f"daarvan. De OPR telt {P['opr_size']} leden, die worden afgevaardigd door de "
            f"medezeggenschapsraden van de aangesloten scholen volgens het reglement van de OPR.")
    d.p("De OPR vergadert vijf keer per jaar met de directeur-bestuurder. Daarnaast is er een werkgroep die "
        "het concept van dit plan in een vroeg stadium heeft besproken. De OPR heeft een eigen budget voor "
        "scholing en ondersteuning en kan zich laten adviseren door een externe deskundige. De samenwerking "
        "tussen de OPR en de medezeggenschapsraad van het samenwerkingsverband zelf is vastgelegd in een "
        "convenant.")


def oogo(d, P, content=True, thuiszitters=True):
    d.h1("Samenwerking met gemeenten")
    if not content:
        d.p(f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
            f"colleges van burgemeester en wethouders van de gemeenten in de regio op {P['oogo_date']}. Het "
            f"verslag van dat overleg is door alle partijen ondertekend. Tevens heeft overleg plaatsgevonden met "
            f"{P['other_swv']}.")
        return
    d.p(f"Het samenwerkingsverband en de gemeenten {', '.join(P['gemeenten'])} voeren ten minste twee keer per "
        f"jaar op overeenstemming gericht overleg (OOGO) over de ondersteuningsplannen van het "
        f"samenwerkingsverband en de jeugdhulpplannen van de gemeenten. Het OOGO over dit plan vond plaats op "
        f"{P['oogo_date']}.")
    themes = ["de aansluiting tussen ondersteuning op school en jeugdhulp, inclusief jeugdhulp onder "
              "schooltijd en onderwijs-zorgarrangementen;",
              "leerlingenvervoer naar scholen buiten de eigen gemeente;",
              "onderwijshuisvesting, in het bijzonder voor speciale voorzieningen;",
              "de overgang van voorschoolse voorzieningen naar de basisschool en van de basisschool naar het "
              "voortgezet onderwijs."]
    if thuiszitters:
        themes.append("thuiszitters en verzuim, samen met leerplicht.")
    d.p("In het OOGO zijn de volgende gezamenlijke thema's afgesproken:")
    d.bullets(themes)
    d.p("Met de lokale teams is afgesproken dat iedere school een vaste contactpersoon heeft. Schoolmaatschappelijk "
        "werk wordt door de gemeenten bekostigd en door het samenwerkingsverband gecoördineerd. Bij een "
        "geschil over de uitvoering van deze afspraken is de geschillenregeling uit het OOGO-convenant van "
        "toepassing.")


def personeel(d, P):
    d.h1("Personeel en professionalisering")
    d.p(f"Passend onderwijs valt of staat met de mensen die het doen. De werkdruk in het onderwijs is hoog en het "
        f"lerarentekort raakt ook onze regio. Vacatures voor intern begeleiders, orthopedagogen en leraren in het "
        f"speciaal onderwijs zijn moeilijk te vervullen. Het samenwerkingsverband kan dat tekort niet oplossen, maar "
        f"kan wel bijdragen aan aantrekkelijk werk en goede scholing.")
    d.p("Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor leraren, intern begeleiders en "
        "schoolleiders, met onder meer leergangen over gedrag in de klas, handelingsgericht werken, "
        "hoogbegaafdheid en het voeren van gesprekken met ouders. Het aanbod wordt samengesteld met de besturen "
        "en sluit aan bij hun eigen opleidingsplannen.")
    d.p(f"Het bureau werkt met een eigen formatieplan. Medewerkers van het samenwerkingsverband zijn in dienst van "
        f"de stichting of worden gedetacheerd vanuit een aangesloten bestuur. Voor de planperiode verwachten wij "
        f"geen grote wijzigingen in de formatie van {P['fte']} fte.")


def ict_privacy(d, P):
    d.h1("Informatievoorziening en privacy")
    d.p("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, "
        "voor zover dat nodig is voor het toewijzen van ondersteuning en het beoordelen van aanvragen. De "
        "verwerking vindt plaats in een beveiligde digitale omgeving. Scholen leveren gegevens aan via een "
        "beveiligde koppeling; e-mail wordt voor dossiers niet gebruikt.")
    d.p("Gegevens worden niet langer bewaard dan nodig. Dossiers die betrekking hebben op een besluit van het "
        "samenwerkingsverband worden tot drie jaar na dat besluit bewaard en daarna vernietigd. Het "
        "samenwerkingsverband heeft een functionaris gegevensbescherming en een privacyreglement dat jaarlijks "
        "wordt geëvalueerd. Datalekken worden gemeld volgens de geldende regels.")
    d.p("In de planperiode vervangen we het huidige registratiesysteem. De keuze voor een nieuw systeem maken we "
        "samen met andere samenwerkingsverbanden in de provincie, zodat scholen niet met verschillende systemen "
        "hoeven te werken.")


def huisvesting(d, P):
    d.h1("Huisvesting en leerlingenvervoer")
    d.p("Gemeenten zijn verantwoordelijk voor onderwijshuisvesting en leerlingenvervoer. Het samenwerkingsverband "
        "heeft daarin geen eigen middelen of bevoegdheden, maar wordt wel betrokken bij de integrale "
        "huisvestingsplannen. Wij pleiten voor gebouwen waarin regulier en speciaal onderwijs elkaar kunnen "
        "ontmoeten en voor vervoer dat rekening houdt met de belastbaarheid van leerlingen.")
    d.p("Het leerlingenvervoer wordt door de gemeenten aanbesteed. Klachten over het vervoer worden door de "
        "gemeenten afgehandeld; het samenwerkingsverband kan signalen doorgeven maar is geen partij in de "
        "aanbesteding.")


def kennisdeling(d, P):
    v = vocab(P)
    d.h1("Kennisdeling en netwerken")
    d.p(f"Scholen in de regio beschikken samen over veel kennis. Die kennis zit vaak in de hoofden van enkele "
        f"mensen en blijft binnen de muren van één school. Het samenwerkingsverband wil dat veranderen. Wij "
        f"organiseren daarom netwerken waarin professionals van verschillende scholen en besturen elkaar "
        f"ontmoeten, casuïstiek bespreken en van elkaar leren.")
    d.p("Er zijn in de planperiode vier vaste netwerken: het netwerk van intern begeleiders en "
        "ondersteuningscoördinatoren, het netwerk gedrag, het netwerk taal en lezen en het netwerk van "
        "schoolleiders. Ieder netwerk komt vier keer per jaar bijeen en heeft een trekker uit een van de "
        "scholen. Het bureau zorgt voor de organisatie, een digitale omgeving om materialen te delen en een "
        "klein budget voor externe sprekers.")
    d.p(f"Daarnaast stimuleren wij dat leraren bij elkaar in de klas kijken. Een leraar die wil zien hoe een "
        f"collega op een andere {v['school']} omgaat met een groep met veel verschillen, kan via het bureau een "
        f"bezoek regelen. Ook leraren uit {v['spec']} en het reguliere onderwijs bezoeken elkaar. Wij merken dat "
        f"juist die ontmoetingen het wederzijds begrip vergroten.")
    d.p("Tot slot werken wij samen met de regionale pabo en de lerarenopleidingen van de hogeschool. Studenten "
        "lopen stage op scholen met een bijzonder profiel en docenten van de opleidingen nemen deel aan de "
        "netwerken. Zo hopen wij ook bij te dragen aan de instroom van nieuwe collega's in de regio.")


def communicatie_scholen(d, P):
    d.h1("Communicatie met scholen en besturen")
    d.p("Een samenwerkingsverband is pas sterk als scholen weten wat er speelt en waar zij terecht kunnen. Het "
        "bureau verstuurt daarom zes keer per jaar een digitale nieuwsbrief aan directeuren, intern begeleiders "
        "en ondersteuningscoördinatoren. Daarin staan ontwikkelingen in beleid, data van netwerken en "
        "scholingen, en korte verhalen uit de praktijk van scholen.")
    d.p("Op het besloten deel van de website vinden scholen alle formats, handreikingen en contactgegevens van "
        "het bureau. Wij streven ernaar dat een vraag van een school binnen twee werkdagen wordt beantwoord. "
        "Twee keer per jaar organiseert het samenwerkingsverband een regiobijeenkomst voor alle scholen, waar "
        "het bestuur verantwoording aflegt over de gemaakte keuzes en waar scholen hun ervaringen inbrengen.")
    d.p("Met de besturen is er daarnaast een vast bestuurlijk overleg, voorafgaand aan iedere vergadering van de "
        "algemene ledenvergadering. Daarin worden voorstellen voorbereid en signalen uit de scholen besproken. "
        "Wij vinden het belangrijk dat besturen zich eigenaar voelen van het beleid van het "
        "samenwerkingsverband en niet alleen afnemer zijn van diensten.")


def totstandkoming(d, P):
    d.h1("Totstandkoming en procedure")
    d.p(f"Het concept van dit plan is in het najaar van 2025 besproken met de schoolbesturen en de "
        f"directeuren. Het OOGO met de gemeenten vond plaats op {P['oogo_date']}; het overleg met "
        f"{P['other_swv']} op {P['swv_overleg_date']}. De ondersteuningsplanraad heeft op {P['opr_date']} "
        f"ingestemd. Het plan is op {P['adopt_date']} vastgesteld door {P['adopter']} en vóór 1 mei 2026 aan de "
        f"Inspectie van het Onderwijs gezonden.")
    d.p("Tussentijdse wijzigingen van dit plan worden, voor zover zij het plan inhoudelijk raken, opnieuw aan de "
        "ondersteuningsplanraad voorgelegd.")


def planning(d, P, rows, pdca=True):
    d.h1("Planning van de planperiode")
    if pdca:
        d.p("Het ondersteuningsplan is het kader voor vier jaar. Elk jaar werken we het uit in een jaarplan met "
            "een jaarbegroting. Het jaarplan wordt in het voorjaar voorbereid, in juni besproken met de "
            "directeuren en vóór de zomer vastgesteld. In het jaarverslag leggen wij verantwoording af over de "
            "uitvoering van het jaarplan.")
    else:
        d.p("Het ondersteuningsplan is het kader voor vier jaar. De onderstaande planning geeft aan welke "
            "activiteiten wij in welk schooljaar uitvoeren. De planning is indicatief en kan worden bijgesteld.")
    d.table([["Schooljaar", "Activiteiten"]] + rows)


def begrippen(d, P, entries):
    d.h1("Begrippenlijst")
    for term, expl in entries:
        d.p(f"{term}: {expl}")


def afkortingen(d, P, entries):
    d.h1("Lijst van afkortingen")
    d.table([["Afkorting", "Betekenis"]] + [list(e) for e in entries])


GLOSS = {
    "basis": ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen binnen het "
              "samenwerkingsverband bieden, planmatig en op een overeengekomen kwaliteitsniveau."),
    "extra": ("Extra ondersteuning", "ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van "
              "een arrangement."),
    "tlv": ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling "
            "toelaatbaar is tot het speciaal (basis)onderwijs of het voortgezet speciaal onderwijs."),
    "terug": ("Terugplaatsing", "de overstap van een leerling uit het speciaal (basis)onderwijs naar het "
              "reguliere onderwijs."),
    "ojsp": ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt waar ouders en leerlingen terecht "
             "kunnen met vragen over passend onderwijs."),
    "oc": ("Onderwijsconsulenten", "landelijke organisatie die ouders en scholen kosteloos en onafhankelijk "
           "adviseert als zij er samen niet uitkomen."),
    "verdeel": ("Verdeelmodel", "de afspraken over de manier waarop het samenwerkingsverband de middelen voor "
                "ondersteuning over scholen en besturen verdeelt."),
    "mjb": ("Meerjarenbegroting", "begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    "dekkend": ("Dekkend aanbod", "een samenhangend geheel van ondersteuningsvoorzieningen, zodat voor iedere "
                "leerling een passende plek beschikbaar is."),
    "thuis": ("Thuiszitter", "leerplichtige leerling die zonder geldige reden niet naar school gaat of niet "
              "ingeschreven staat."),
    "res": ("Beoogde resultaten", "de resultaten die het samenwerkingsverband in de planperiode wil bereiken."),
    "arr": ("Arrangement", "een samenhangend pakket van extra ondersteuning voor een leerling of groep."),
    "opp": ("Ontwikkelingsperspectief (OPP)", "document waarin de school het verwachte uitstroomniveau en de "
            "ondersteuning van een leerling vastlegt."),
    "sop": ("Schoolondersteuningsprofiel (SOP)", "beschrijving van de ondersteuning die een school biedt."),
    "zorgplicht": ("Zorgplicht", "de plicht van een schoolbestuur om een aangemelde leerling die extra "
                   "ondersteuning nodig heeft een passende plek te bieden."),
}

ABBR = {
    "alv": ("ALV", "Algemene ledenvergadering"), "ib": ("IB", "Intern begeleider"),
    "lbt": ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
    "ojsp": ("OJSP", "Ouder- en jeugdsteunpunt"), "oogo": ("OOGO", "Op overeenstemming gericht overleg"),
    "opp": ("OPP", "Ontwikkelingsperspectief"), "opr": ("OPR", "Ondersteuningsplanraad"),
    "ot": ("OT", "Ondersteuningsteam"), "rvt": ("RvT", "Raad van toezicht"),
    "sbo": ("SBO", "Speciaal basisonderwijs"), "so": ("SO", "Speciaal onderwijs"),
    "sop": ("SOP", "Schoolondersteuningsprofiel"), "swv": ("SWV", "Samenwerkingsverband"),
    "tlv": ("TLV", "Toelaatbaarheidsverklaring"), "vso": ("VSO", "Voortgezet speciaal onderwijs"),
    "lwoo": ("LWOO", "Leerwegondersteunend onderwijs"), "pro": ("PrO", "Praktijkonderwijs"),
    "opdc": ("OPDC", "Orthopedagogisch-didactisch centrum"), "cvt": ("CvT", "Commissie van toelaatbaarheid"),
    "hgw": ("HGW", "Handelingsgericht werken"), "pdca": ("PDCA", "Plan-do-check-act"),
}


# ==============================================================================================
# Plan A — PO, genuinely strong everywhere (all seven elements present), with content in
# unexpected places: terugplaatsing inside the TLV chapter, ouders inside "Communicatie",
# financien under "Geld en middelen", results mainly in a table.
# ==============================================================================================
PA = dict(name="Samenwerkingsverband Passend Primair Onderwijs Lindewaard", short="Lindewaard",
          code="PO 27-91", sector="po", period="2026-2030", version="1.0", adopter="het bestuur",
          adopt_date="14 april 2026", opr_date="24 maart 2026", oogo_date="10 februari 2026",
          swv_overleg_date="3 februari 2026", other_swv="het samenwerkingsverband VO Lindewaard-Oost",
          gemeenten=["Lindewaard", "Oudersloot", "Hemmen", "Beekvliet"], inwoners="142.000",
          n_boards=11, n_schools=71, n_pupils="18.420", pupils_hist=["18.980", "18.710"], krimp=6,
          director="mr. A.J. (Anneke) Verduin", seat="Lindewaard", fte="17,4", opr_size=12, sessions=9)


def plan_a():
    P = PA
    d = Doc(header=f"{P['short']} | Ondersteuningsplan {P['period']} | definitieve versie")
    titlepage(d, P)
    d.toc(["Voorwoord", "Leeswijzer", "1 Onze regio in cijfers", "2 Missie, visie en kernwaarden",
           "3 Terugblik 2022-2026", "4 Het fundament: wat elke school waarmaakt",
           "5 Van extra ondersteuning tot speciale plek", "6 Geen kind tussen wal en schip",
           "7 Toelaatbaarheid en de weg terug", "8 Geld en middelen", "9 Wat we willen bereiken",
           "10 Communicatie", "11 Organisatie en governance", "12 Medezeggenschap",
           "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
           "15 Informatievoorziening en privacy", "16 Huisvesting en leerlingenvervoer",
           "17 Totstandkoming en procedure", "18 Planning", "Begrippenlijst", "Lijst van afkortingen"])
    voorwoord(d, P)
    leeswijzer(d, P, "Dit plan volgt niet de volgorde van de wet, maar de weg die een kind en een school "
               "afleggen. Hoofdstuk 4 beschrijft het fundament dat elke school biedt. Hoofdstuk 5 en 6 gaan over "
               "het geheel van voorzieningen en over kinderen die (dreigen) buiten de boot (te) vallen. In "
               "hoofdstuk 7 leest u hoe een kind toelaatbaar wordt verklaard tot het sbo of so en hoe het weer "
               "terug kan naar een basisschool. Hoofdstuk 8 gaat over geld, hoofdstuk 9 over de resultaten "
               "die wij willen bereiken en hoofdstuk 10 over de manier waarop wij ouders informeren.")
    context(d, P, extra_rows=[["Deelname sbo (% van alle leerlingen)", "2,41", "2,36", "2,30"],
                              ["Deelname so (% van alle leerlingen)", "1,62", "1,60", "1,57"]])
    missie_visie(d, P)

    d.h1("Terugblik 2022-2026")
    d.p("Het vorige plan had vier speerpunten: een stevige basis op iedere school, snellere toewijzing, "
        "minder thuiszitters en meer terugplaatsingen vanuit het sbo. Hieronder staat per speerpunt wat er "
        "is bereikt. De cijfers zijn afkomstig uit ons eigen registratiesysteem en uit DUO-gegevens.")
    d.table([["Speerpunt 2022-2026", "Doel", "Bereikt (peildatum 1 oktober 2025)"],
             ["Basis op orde", "alle scholen voldoen aan de standaarden", "66 van de 71 scholen (93%)"],
             ["Doorlooptijd TLV", "binnen 6 weken", "gemiddeld 4,8 weken; 91% binnen 6 weken"],
             ["Thuiszitters langer dan 3 maanden", "maximaal 5", "7"],
             ["Terugplaatsingen vanuit sbo", "20 per jaar", "14 (2024-2025)"]])
    d.p("Niet alles is gelukt. Het aantal langdurige thuiszitters is niet gedaald tot het gewenste niveau en "
        "het aantal terugplaatsingen bleef achter. In dit plan trekken wij daaruit lessen: de weg terug naar de "
        "basisschool wordt onderdeel van iedere TLV (hoofdstuk 7) en het thuiszittersoverleg krijgt "
        "doorzettingsmacht (hoofdstuk 6).")

    d.h1("Het fundament: wat elke school waarmaakt")
    d.p("In Lindewaard noemen we de basisondersteuning 'het fundament'. Het fundament is de ondergrens die de "
        "besturen in de algemene ledenvergadering van 9 december 2025 samen hebben vastgesteld: iedere vestiging "
        "van iedere aangesloten basisschool biedt ten minste wat hieronder staat, zonder dat daarvoor een "
        "aanvraag bij het samenwerkingsverband nodig is. Het fundament geldt voor alle 71 scholen, groot of "
        "klein, in de stad of op het platteland. Een school mag meer bieden en legt dat vast in haar "
        "schoolondersteuningsprofiel en schoolgids, maar nooit minder.")
    d.p("Het fundament bestaat uit tien standaarden. Ouders kunnen er bij iedere school op rekenen dat:")
    d.numbered([
        "er een intern begeleider is met ten minste één dag per week per 100 leerlingen, die de ondersteuning "
        "in de school coördineert en aanspreekpunt is voor ouders;",
        "de school het Protocol Leesproblemen en Dyslexie volgt, vanaf groep 2 signaleert en leerlingen met "
        "ernstige lees- en spellingproblemen begeleidt tot en met het vergoedingstraject;",
        "de school een aanpak voor ernstige rekenproblemen en dyscalculie hanteert volgens het protocol ERWD;",
        "de school een aanpak tegen pesten heeft en het sociaal-emotioneel functioneren van ieder kind twee keer "
        "per jaar in kaart brengt;",
        "er in iedere groep een aanbod is voor leerlingen die meer aankunnen (compacten en verrijken) en op "
        "iedere school een verrijkingsgroep of samenwerking met een buurschool;",
        "kinderen met een taalachterstand of een andere thuistaal extra taalaanbod krijgen (NT2) binnen de groep;",
        "de school een protocol medisch handelen heeft en eenvoudige medische handelingen kan uitvoeren na "
        "instructie;",
        "de school planmatig werkt: leerlingbesprekingen ten minste drie keer per jaar, groepsoverzichten en "
        "handelingsgericht werken volgens de cyclus van HGW;",
        "er een ondersteuningsteam (OT) is waarin de intern begeleider, de consulent van het samenwerkingsverband "
        "en het schoolmaatschappelijk werk ten minste vier keer per jaar met ouders overleggen over kinderen "
        "die vastlopen;",
        "de school een aanspreekbare, veilige omgeving biedt en ouders vanaf de eerste zorg betrekt bij het "
        "opstellen en evalueren van de aanpak."])
    d.p("De grens tussen het fundament en extra ondersteuning ligt waar een kind structureel meer nodig heeft "
        "dan deze tien standaarden bieden, ook nadat het OT twee cycli van zes tot acht weken heeft "
        "doorlopen. Dan kan de school een arrangement aanvragen (hoofdstuk 5).")
    d.h2("Hoe wij het fundament bewaken")
    d.p("Elke school wordt eens per twee jaar bezocht door een auditteam van twee intern begeleiders van andere "
        "besturen en een orthopedagoog van het samenwerkingsverband. Zij gebruiken de kwaliteitskaart "
        "'Fundament op orde'. Voldoet een school op een standaard niet, dan stelt het bestuur binnen drie "
        "maanden een verbeterplan op; na een jaar volgt een hercontrole. De uitkomsten per school worden "
        "geanonimiseerd gerapporteerd aan de OPR.")

    d.h1("Van extra ondersteuning tot speciale plek")
    d.p("Het samenwerkingsverband zorgt samen met de besturen voor een samenhangend geheel van voorzieningen. "
        "Wij onderscheiden vijf treden. Kinderen bewegen tussen de treden op en af: het is geen ladder die "
        "alleen omhoog gaat.")
    d.table([["Trede", "Wat", "Waar", "Hoe toegang"],
             ["1", "Fundament in de groep", "Iedere school", "Geen aanvraag"],
             ["2", "Fundament met OT en consulent", "Iedere school", "Aanmelding bij OT door IB"],
             ["3", "Extra ondersteuning: school- of groepsarrangement", "Eigen school", "Aanvraag bij Loket"],
             ["4", "Bovenschoolse voorziening: observatiegroep De Brug, plusklas Denkwerk, taalklas "
                   "Nieuwland, jonge-kindgroep", "Vier locaties in de regio", "Aanvraag bij Loket"],
             ["5", "Speciaal basisonderwijs (De Vlonder, Het Palet) of speciaal onderwijs cluster 3 "
                   "(De Horizon) en cluster 4 (De Kei)", "Lindewaard en Hemmen", "Toelaatbaarheidsverklaring"]])
    d.p("Arrangementen op trede 3 worden toegekend voor maximaal een schooljaar en kunnen worden verlengd. "
        "Een arrangement kan bestaan uit extra handen in de klas, begeleiding door een ambulant begeleider, "
        "materialen of een combinatie. Voor kinderen die naast onderwijs zorg nodig hebben, sluiten "
        "samenwerkingsverband, school en gemeente een onderwijs-zorgarrangement, waarin jeugdhulp onder "
        "schooltijd wordt geboden. Afspraken daarover zijn gemaakt in het OOGO (hoofdstuk 13).")
    d.p("De bovenschoolse voorzieningen zijn tijdelijk: kinderen blijven ingeschreven op hun eigen school en "
        "gaan na maximaal twaalf maanden terug naar hun groep, met een overdrachtsplan.")

    d.h1("Geen kind tussen wal en schip")
    d.p("Een dekkend netwerk betekent dat er voor elk kind een plek is. Dat is in Lindewaard nog niet altijd zo. "
        "Op 1 oktober 2025 waren er 19 thuiszitters, van wie 7 langer dan drie maanden. Daarnaast staan er "
        "gemiddeld 11 kinderen op de wachtlijst van De Kei (cluster 4).")
    d.p("Wij vinden witte vlekken op drie manieren. Ten eerste bespreekt het thuiszittersoverleg, met "
        "leerplicht, de consulenten en het lokale team, iedere maand alle kinderen die langer dan vier weken "
        "niet of gedeeltelijk naar school gaan. Ten tweede rapporteren scholen via het Loket elke aanvraag die "
        "niet binnen zes weken tot een passende plek leidt. Ten derde maken wij ieder voorjaar een analyse van "
        "wachtlijsten, afwijzingen en verwijzingen buiten de regio.")
    d.p("Als een kind na drie maanden nog geen passende plek heeft, neemt de directeur-bestuurder de regie "
        "over (doorzettingsmacht). Zij kan een school vragen een kind tijdelijk te plaatsen met een "
        "arrangement dat het samenwerkingsverband volledig bekostigt. Voor de planperiode zijn twee acties "
        "gepland om witte vlekken te sluiten: in augustus 2027 opent een jonge-kindgroep voor kinderen van 4 "
        "tot 6 jaar met complexe ontwikkelingsvragen, en met De Kei is afgesproken dat de capaciteit vanaf "
        "2026-2027 met 16 plaatsen toeneemt. Besturen houden zich aan hun zorgplicht: geen enkel bestuur "
        "weigert een kind zonder dat het Loket een alternatief heeft gevonden.")

    d.h1("Toelaatbaarheid en de weg terug")
    d.h2("Wie vraagt aan en hoe verloopt het")
    d.p("Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het schoolbestuur "
        "van de school waar het kind staat ingeschreven of is aangemeld. In de praktijk doet de intern "
        "begeleider de aanvraag namens het bestuur. De stappen zijn:")
    d.numbered([
        "De school bespreekt het kind in het OT, met ouders, en stelt vast dat de ondersteuningsbehoefte de "
        "mogelijkheden van trede 1 tot en met 4 overstijgt.",
        "De school dient de aanvraag in bij het Loket met het groeidocument, het OPP, het onderwijskundig "
        "rapport en de zienswijze van de ouders. Ouders ontvangen een afschrift.",
        "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog, "
        "en afhankelijk van het kind een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of "
        "pedagoog). Deskundigen die bij de aanvraag betrokken waren, adviseren niet. Ouders krijgen een kopie "
        "van de adviezen.",
        "De Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband besluit binnen zes weken na "
        "ontvangst van de volledige aanvraag. In spoedsituaties binnen tien werkdagen.",
        "Het besluit wordt schriftelijk aan ouders en school meegedeeld, met een volgnummer."])
    d.h2("Wanneer is een kind toelaatbaar")
    d.p("De CvT verklaart een kind toelaatbaar tot het sbo als aan alle drie de volgende voorwaarden is voldaan: "
        "(a) het kind heeft een ondersteuningsbehoefte op ten minste twee gebieden (leren, gedrag, "
        "sociaal-emotioneel, communicatie); (b) de school heeft aantoonbaar het fundament en ten minste één "
        "arrangement ingezet en geëvalueerd; (c) de deskundigen adviseren dat het kind in een kleinere groep "
        "met een specifiek aanbod beter tot ontwikkeling komt. Voor het so geldt daarnaast dat de "
        "ondersteuningsbehoefte zo intensief of specialistisch is dat ook het sbo haar niet kan bieden, "
        "bijvoorbeeld bij een ernstige verstandelijke beperking, een langdurige ziekte of ernstige "
        "gedragsproblematiek in combinatie met een psychiatrische stoornis.")
    d.h2("Geldigheid, categorie en bezwaar")
    d.p("Een TLV voor het sbo geldt in de regel twee schooljaren, een TLV voor het so één of twee schooljaren. "
        "Voor so-leerlingen stelt de CvT de bekostigingscategorie vast: laag, midden of hoog, afhankelijk van "
        "de zorgzwaarte. Ouders en school die het niet eens zijn met het besluit kunnen binnen zes weken "
        "bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
        "Toelaatbaarheidsverklaringen (LBT), die adviseert over het bezwaar.")
    d.h2("De weg terug")
    d.p("Een TLV is in Lindewaard nooit een enkeltje. Ons beleid is dat ieder kind in het sbo of so de kans "
        "krijgt om terug te keren naar een basisschool zodra dat kan, bij voorkeur een school dicht bij huis. "
        "Voorwaarden zijn dat de ontwikkeling volgens het OPP stabiel is, dat de ondersteuning die het kind nog "
        "nodig heeft binnen het fundament plus een arrangement past, en dat ouders instemmen. Wij willen het "
        "aantal terugplaatsingen in de planperiode verhogen (zie hoofdstuk 9).")
    d.p("De route is als volgt. Elk jaar in november evalueert de sbo- of so-school het OPP van ieder kind en "
        "beoordeelt of terugkeer tot de mogelijkheden behoort. In het laatste jaar van de TLV is die evaluatie "
        "verplicht en neemt de consulent van het samenwerkingsverband deel. Acht de sbo- of so-school terugkeer "
        "haalbaar, dan initieert zij vóór 1 februari een overstapgesprek met ouders en een ontvangende "
        "basisschool. De ontvangende school besluit, met het samenwerkingsverband, over inschrijving en over het "
        "terugkeerarrangement. De overstap vindt bij voorkeur plaats na de zomer; de TLV eindigt dan op 31 juli.")
    d.p("Na terugkeer krijgt het kind een terugkeerarrangement van een jaar: de sbo- of so-school biedt "
        "ambulante begeleiding aan de leraar en het kind, en het samenwerkingsverband stelt een budget van "
        "€ 4.500 beschikbaar. Na zes weken en na zes maanden evalueren ontvangende school, ouders en "
        "consulent de overstap. Lukt de terugkeer niet, dan kan de school zonder nieuwe deskundigenronde een "
        "nieuwe TLV aanvragen binnen de geldigheid van de oude. Is terugkeer niet haalbaar, dan vraagt de "
        "sbo- of so-school uiterlijk 1 april een verlenging aan. In 2024-2025 keerden 14 kinderen terug.")

    d.h1("Geld en middelen")
    d.h2("Hoe wij verdelen")
    d.p("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek "
        "van de afdrachten aan het so en de overdracht aan het sbo verdelen wij de middelen volgens een "
        "verdeelmodel dat de ALV op 9 december 2025 heeft vastgesteld:")
    d.bullets([
        "Schoolbudget: ieder bestuur ontvangt per leerling € 130 (teldatum 1 oktober van het voorgaande jaar) "
        "plus een vaste voet van € 5.000 per vestiging. Dit budget is bestemd voor het fundament en trede 2.",
        "Arrangementen: op aanvraag via het Loket, op basis van de criteria in hoofdstuk 5 (ondersteuningsbehoefte "
        "boven het fundament, inzet OT aantoonbaar). Bedragen volgens een vaste staffel: licht € 2.500, "
        "midden € 6.000, intensief € 12.000 per schooljaar.",
        "Bovenschoolse voorzieningen: rechtstreeks bekostigd door het samenwerkingsverband, op basis van "
        "een vast aantal plaatsen per voorziening.",
        "Terugkeerarrangementen: € 4.500 per kind, aangevraagd door de ontvangende school."])
    d.p("Besturen ontvangen het schoolbudget in twaalf maandelijkse termijnen. Zij verantwoorden jaarlijks vóór "
        "1 maart met een vast format waaraan zij de middelen hebben besteed; het bureau toetst die "
        "verantwoording en rapporteert aan de RvT.")
    d.h2("Meerjarenbegroting")
    d.p("De meerjarenbegroting (bedragen x € 1.000) laat zien waaraan de middelen worden besteed:")
    d.table([["Post", "2026", "2027", "2028", "2029"],
             ["Baten lichte ondersteuning", "3.320", "3.280", "3.240", "3.200"],
             ["Baten zware ondersteuning", "11.050", "10.920", "10.800", "10.690"],
             ["Overige baten", "150", "150", "150", "150"],
             ["Totaal baten", "14.520", "14.350", "14.190", "14.040"],
             ["Afdracht so (DUO)", "5.900", "5.830", "5.760", "5.700"],
             ["Overdracht sbo boven 2%", "1.150", "1.100", "1.050", "1.000"],
             ["Schoolbudgetten besturen", "2.750", "2.720", "2.690", "2.660"],
             ["Arrangementen", "2.050", "2.050", "2.050", "2.050"],
             ["Bovenschoolse voorzieningen (incl. jonge-kindgroep vanaf 2027)", "1.100", "1.280", "1.280", "1.280"],
             ["Terugkeerarrangementen", "90", "110", "120", "130"],
             ["Expertise, consulenten en OT", "680", "680", "680", "680"],
             ["Bureau en organisatie", "820", "820", "820", "820"],
             ["Totaal lasten", "14.540", "14.590", "14.450", "14.320"],
             ["Resultaat", "-20", "-240", "-260", "-280"]])
    d.p("De negatieve resultaten worden gedekt uit de reserve. Het weerstandsvermogen bedraagt eind 2025 "
        "€ 2,1 miljoen, boven de signaleringswaarde. In de planperiode brengen wij de reserve terug tot het "
        "niveau dat nodig is om de risico's op te vangen (€ 1,3 miljoen).")

    d.h1("Wat we willen bereiken")
    d.p("Hieronder staan de beoogde resultaten voor kinderen die extra ondersteuning nodig hebben, met een "
        "indicator, de nulmeting en de streefwaarde voor 2030.")
    d.table([["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Alle scholen bieden het fundament", "% scholen zonder tekort bij audit", "93%", "100%"],
             ["Kinderen krijgen snel duidelijkheid", "% TLV-besluiten binnen 6 weken", "91%", "98%"],
             ["Meer kinderen keren terug naar de basisschool", "terugplaatsingen per jaar", "14", "25"],
             ["Geen langdurige thuiszitters", "thuiszitters > 3 maanden", "7", "0"],
             ["Ouders zijn tevreden over de ondersteuning", "tevredenheid (schaal 1-10)", "7,1", "7,8"],
             ["Kinderen met een arrangement ontwikkelen zich volgens verwachting", "% arrangementen met doelen "
              "behaald bij evaluatie", "72%", "85%"]])
    d.p("Wij volgen de resultaten in een dashboard dat het bureau ieder kwartaal bijwerkt met gegevens uit het "
        "Loket, de audits, DUO en leerplicht. De directeur-bestuurder bespreekt het dashboard twee keer per jaar "
        "met de ALV en de RvT en jaarlijks met de OPR. De tevredenheid van ouders en scholen meten wij om de "
        "twee jaar met een peiling. In het jaarverslag rapporteren wij per indicator wat is bereikt en welke "
        "middelen daarvoor zijn ingezet; wijkt een resultaat meer dan tien procent af van de lijn naar de "
        "streefwaarde, dan stelt het bureau een verbeteractie voor.")

    d.h1("Communicatie")
    d.p("Goede communicatie is voor een samenwerkingsverband geen bijzaak. Wij communiceren met scholen, "
        "besturen, gemeenten en ouders. In dit hoofdstuk staat hoe wij dat doen.")
    d.h2("Scholen en besturen")
    d.p("Scholen ontvangen zes keer per jaar een nieuwsbrief. Het intranet bevat alle formats, procedures en "
        "contactgegevens. Elke school heeft een vaste consulent.")
    d.h2("Ouders")
    d.p("Ouders vinden op de website een eigen ouderpagina met uitleg over het fundament, de arrangementen, de "
        "bovenschoolse voorzieningen en de toelaatbaarheid, en met een overzicht per school van wat de school "
        "extra biedt. Elke school beschrijft haar ondersteuning in de schoolgids. Er is een brochure "
        "'Passend onderwijs in Lindewaard' in het Nederlands, Engels, Arabisch en Pools, die scholen bij de "
        "aanmelding meegeven. Twee keer per jaar organiseren wij een informatieavond voor ouders, in het voorjaar "
        "over de overstap naar het voortgezet onderwijs. Ouders kunnen op werkdagen de ouderlijn van het "
        "samenwerkingsverband bellen voor uitleg over de mogelijkheden.")
    d.p("Ouders die onafhankelijke hulp willen, kunnen terecht bij het ouder- en jeugdsteunpunt 'Ouderwijzer', "
        "dat in opdracht van de gezamenlijke samenwerkingsverbanden wordt uitgevoerd door een organisatie die los "
        "staat van scholen en samenwerkingsverband. Ouderwijzer is bereikbaar via telefoon, e-mail en een "
        "spreekuur in de bibliotheek van Lindewaard, en denkt mee bij vragen of als ouders en school het niet "
        "eens worden. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Bij "
        "geschillen over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de "
        "Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband zelf worden behandeld "
        "volgens onze klachtenregeling.")
    d.h2("Gemeenten")
    d.p("Gemeenten worden geïnformeerd via het OOGO en via een jaarlijkse rapportage per gemeente.")

    governance(d, P)
    opr(d, P)
    oogo(d, P)
    personeel(d, P)
    ict_privacy(d, P)
    huisvesting(d, P)
    totstandkoming(d, P)
    planning(d, P, [["2026-2027", "Invoering nieuw verdeelmodel; eerste audits nieuwe kwaliteitskaart"],
                    ["2027-2028", "Opening jonge-kindgroep; evaluatie terugkeerarrangement"],
                    ["2028-2029", "Tussenevaluatie plan; tevredenheidspeiling"],
                    ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    begrippen(d, P, [GLOSS[k] for k in ("arr", "basis", "dekkend", "extra", "mjb", "opp", "ojsp", "sop",
                                         "terug", "thuis", "tlv", "verdeel", "zorgplicht")])
    afkortingen(d, P, [ABBR[k] for k in ("alv", "cvt", "hgw", "ib", "lbt", "ojsp", "oogo", "opp", "opr", "ot",
                                          "rvt", "sbo", "so", "sop", "swv", "tlv")])
    return d


# ==============================================================================================
# Plan B — VO, long chapters that only gesture at one core criterion:
#   basisondersteuning: level agreed, content only "in bijlage 2" + Referentiekader definition
#   terugstroom: policy and ambitions at length, no procedure ("protocol volgt")
#   financien: verdeelmodel + income table, no spending side
#   resultaten: monitoring cycle described, goals deferred until after a nulmeting
#   ouders: chapter deferred to an addendum (missing)
# ==============================================================================================
PB = dict(name="Samenwerkingsverband Voortgezet Onderwijs Oosterkempen", short="SWV VO Oosterkempen",
          code="VO 30-94", sector="vo", period="2026-2030", version="2.1", adopter="de directeur-bestuurder",
          adopt_date="7 april 2026", opr_date="31 maart 2026", oogo_date="20 januari 2026",
          swv_overleg_date="27 januari 2026", other_swv="het samenwerkingsverband PO Oosterkempen",
          gemeenten=["Oosterkempen", "Heeseind", "Valkenbroek", "Sint-Aarle"], inwoners="118.000",
          n_boards=6, n_schools=14, n_pupils="9.810", pupils_hist=["10.060", "9.940"], krimp=8,
          director="drs. H. (Hamid) El Amrani", seat="Heeseind", fte="11,8", opr_size=10, sessions=6)


def plan_b():
    P = PB
    d = Doc(header=f"{P['short']} | Ondersteuningsplan {P['period']} | versie 2.1")
    titlepage(d, P, extra="Dit plan vervangt het ondersteuningsplan 2022-2026 en de aanvulling lwoo/pro uit 2016.")
    d.toc(["Voorwoord", "1 Onze regio in cijfers", "2 Missie, visie en kernwaarden",
           "3 Basisondersteuning: de gemeenschappelijke vloer", "4 Het ondersteuningsaanbod in de regio",
           "5 Thuiszitters en dekkend netwerk", "6 Toelaatbaarheid vso, lwoo en praktijkonderwijs",
           "7 Terugplaatsing en overstap naar het regulier vo", "8 Financieel beleid",
           "9 Kwaliteitszorg en resultaten", "10 Ouders en leerlingen (addendum volgt)",
           "11 Organisatie en governance", "12 Medezeggenschap", "13 Samenwerking met gemeenten",
           "14 Personeel en professionalisering", "15 Informatievoorziening en privacy",
           "16 Totstandkoming", "17 Planning", "Begrippenlijst", "Afkortingen",
           "Bijlage 1 Overzicht scholen", "Bijlage 2 Standaarden basisondersteuning",
           "Bijlage 3 Meerjarenbegroting 2026-2030"])
    voorwoord(d, P)
    context(d, P, extra_rows=[["Leerlingen met lwoo-aanwijzing", "1.210", "1.180", "1.150"],
                              ["Leerlingen praktijkonderwijs", "402", "396", "388"],
                              ["Leerlingen vso (woonachtig in regio)", "331", "338", "342"]])
    missie_visie(d, P, parents=False)

    d.h1("Basisondersteuning: de gemeenschappelijke vloer")
    d.p("Basisondersteuning is de ondersteuning die iedere school binnen het samenwerkingsverband biedt aan "
        "iedere leerling die dat nodig heeft, binnen de eigen onderwijsstructuur, zonder tussenkomst van het "
        "samenwerkingsverband. De besturen hebben afgesproken dat alle vestigingen van alle aangesloten scholen, "
        "van praktijkonderwijs tot gymnasium, ten minste hetzelfde niveau van basisondersteuning bieden. Dat "
        "niveau noemen wij de gemeenschappelijke vloer. De vloer is bindend: een school die eronder zakt, moet "
        "haar ondersteuning op orde brengen voordat zij nieuwe arrangementen aanvraagt.")
    d.p("Wij sluiten aan bij het landelijke Referentiekader passend onderwijs. Daarin bestaat basisondersteuning "
        "uit vier aspecten: basiskwaliteit zoals de Inspectie die beoordeelt, preventieve en licht curatieve "
        "interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken. Die vier aspecten "
        "vormen de kapstok van onze vloer.")
    d.p("De concrete standaarden van de gemeenschappelijke vloer — welke interventies, welke deskundigheid en "
        "welke voorzieningen iedere vestiging ten minste in huis heeft — zijn uitgewerkt in bijlage 2 "
        "'Standaarden basisondersteuning'. Die bijlage wordt jaarlijks door het directeurenoverleg geactualiseerd "
        "en is daarom niet in dit plan opgenomen; de actuele versie staat op de website van het "
        "samenwerkingsverband.")
    d.p("De vloer is in de vorige planperiode sterk in ontwikkeling geweest. Veel scholen hebben hun "
        "ondersteuningsstructuur vernieuwd en de rol van de ondersteuningscoördinator versterkt. Tegelijk zien "
        "wij grote verschillen tussen scholen in hoe de vloer in de praktijk wordt ingevuld. Die verschillen "
        "zijn niet altijd te verklaren uit verschillen in populatie. In de planperiode gaan wij daarom met "
        "scholen in gesprek over wat de vloer in de dagelijkse praktijk betekent.")
    d.p("Iedere school legt haar basisondersteuning en haar extra ondersteuning vast in het "
        "schoolondersteuningsprofiel, dat eens per vier jaar wordt herzien. Na invoering van de wet die het "
        "profiel laat opgaan in de schoolgids, nemen de scholen deze informatie op in hun schoolgids.")

    d.h1("Het ondersteuningsaanbod in de regio")
    d.p("Het samenwerkingsverband zorgt samen met de besturen voor een samenhangend geheel van "
        "ondersteuningsvoorzieningen binnen en tussen de scholen. Het aanbod is opgebouwd in drie niveaus.")
    d.h2("Niveau 1: basis en extra ondersteuning op de eigen school")
    d.p("Iedere school biedt de gemeenschappelijke vloer. Daarboven kunnen scholen extra ondersteuning bieden "
        "met een schoolarrangement, bijvoorbeeld een ondersteuningsklas, een time-in voorziening, een "
        "trajectgroep of intensieve begeleiding door een orthopedagoog. Zes scholen hebben een lwoo-licentie en "
        "bieden leerwegondersteuning in kleine klassen; de praktijkschool De Werf biedt praktijkonderwijs.")
    d.h2("Niveau 2: bovenschoolse voorzieningen")
    d.p("Voor leerlingen die tijdelijk meer nodig hebben dan hun school kan bieden, zijn er bovenschoolse "
        "voorzieningen: het OPDC De Overstap (48 plaatsen, maximaal een jaar, met terugkeer naar de eigen of een "
        "andere reguliere school), de reboundvoorziening Reset (16 plaatsen, maximaal twaalf weken), de "
        "Internationale Schakelklas voor nieuwkomers en een onderwijs-zorgvoorziening op het terrein van de "
        "jeugdhulpaanbieder, waar onderwijs en behandeling worden gecombineerd.")
    d.h2("Niveau 3: voortgezet speciaal onderwijs")
    d.p("In de regio zijn twee vso-scholen gevestigd: De Brink (cluster 4, uitstroomprofielen vervolgonderwijs en "
        "arbeidsmarkt) en De Akker (cluster 3, uitstroomprofielen arbeidsmarkt en dagbesteding). Leerlingen met "
        "een zeer specifieke ondersteuningsbehoefte gaan naar vso-scholen buiten de regio, waarmee wij "
        "afspraken hebben gemaakt over plaatsing en vervoer.")
    d.p("De routes tussen de niveaus lopen via het Loket van het samenwerkingsverband. De consulent van het "
        "samenwerkingsverband is voor iedere school het eerste aanspreekpunt en denkt mee over de passende "
        "voorziening.")

    d.h1("Thuiszitters en dekkend netwerk")
    d.p("Op de teldatum van 1 oktober 2025 telde de regio 23 thuiszitters en 9 jongeren met een vrijstelling van "
        "de leerplicht op grond van artikel 5a. Daarnaast hebben wij signalen dat een onbekend aantal "
        "jongeren wel is ingeschreven maar nauwelijks op school komt.")
    d.p("De aanpak is als volgt. Iedere school meldt een jongere die vier weken of langer niet of gedeeltelijk "
        "naar school gaat bij leerplicht en bij de consulent. De consulent roept binnen twee weken een "
        "multidisciplinair overleg bijeen met school, leerplicht en, zo nodig, jeugdhulp. Lukt het niet om binnen "
        "acht weken een passend traject te starten, dan wordt de jongere besproken aan de regionale "
        "thuiszitterstafel, die maandelijks bijeenkomt onder voorzitterschap van de directeur-bestuurder. De "
        "thuiszitterstafel kan een school opdragen een jongere tijdelijk op te nemen, met een arrangement dat "
        "het samenwerkingsverband bekostigt.")
    d.p("Eens per jaar analyseren wij samen met de gemeenten welke jongeren geen passende plek vonden en waarom. "
        "Uit de analyse van 2025 bleek dat vooral een plek ontbreekt voor jongeren met een havo/vwo-niveau en "
        "ernstige angstproblematiek. Vanaf augustus 2026 start daarom op het Veenland College een kleinschalige "
        "havo/vwo-voorziening voor twaalf leerlingen. Besturen vullen hun zorgplicht gezamenlijk in: het "
        "bestuur waar een jongere is aangemeld blijft verantwoordelijk tot een andere school de inschrijving "
        "heeft bevestigd.")

    d.h1("Toelaatbaarheid vso, lwoo en praktijkonderwijs")
    d.h2("Voortgezet speciaal onderwijs")
    d.p("De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van de school "
        "waar de leerling is ingeschreven, of — bij de overstap vanuit het primair onderwijs — door het "
        "bevoegd gezag van de school waar de leerling is aangemeld. De aanvraag loopt via het Loket en bevat het "
        "groeidocument, het OPP en de verslagen van het multidisciplinair overleg.")
    d.p("De Commissie Toelaatbaarheid beoordeelt de aanvraag. Zij vraagt advies aan twee deskundigen: een "
        "orthopedagoog of GZ-psycholoog en een tweede deskundige, afhankelijk van de problematiek een "
        "kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker. De commissie besluit binnen "
        "zes weken na ontvangst van de volledige aanvraag. De TLV geldt voor een, twee of drie schooljaren; voor "
        "leerlingen met een blijvende beperking kan de commissie een TLV afgeven tot het einde van de "
        "vso-loopbaan. Bij een TLV voor cluster 3 stelt de commissie de bekostigingscategorie vast.")
    d.p("Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte op het gebied van leren, "
        "gedrag, communicatie of lichamelijk en medisch functioneren niet binnen niveau 1 en 2 kan worden "
        "geboden, (2) de school aantoonbaar een arrangement heeft ingezet en geëvalueerd, of een plaatsing in "
        "een bovenschoolse voorziening heeft plaatsgevonden of aantoonbaar niet passend is, en (3) de "
        "deskundigen adviseren dat het vso de ondersteuning kan bieden die nodig is om het "
        "uitstroomperspectief te halen.")
    d.h2("Leerwegondersteunend onderwijs en praktijkonderwijs")
    d.p("Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria. Een leerling "
        "is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van 50 "
        "procent of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of "
        "inzichtelijk rekenen. Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een "
        "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of bij een IQ tussen 91 en 120 met "
        "een leerachterstand en een belemmerende sociaal-emotionele problematiek.")
    d.p("De vo-school waar de leerling is aangemeld, dient de aanvraag uiterlijk 1 april in via het Loket, met het "
        "onderwijskundig rapport van de basisschool en de testgegevens. De Commissie Toelaatbaarheid toetst de "
        "aanvraag aan de criteria en besluit binnen vier weken; bij twijfel vraagt zij aanvullend onderzoek. Een "
        "aanwijzing lwoo geldt voor de hele vo-loopbaan op de school; een toelaatbaarheidsverklaring pro geldt "
        "tot het einde van de opleiding.")

    d.h1("Terugplaatsing en overstap naar het regulier vo")
    d.p("Het samenwerkingsverband wil dat het vso voor zoveel mogelijk jongeren een tussenstation is en geen "
        "eindstation. Uitgangspunt van ons beleid is dat iedere vso-leerling die daar klaar voor is, de kans "
        "krijgt om (weer) naar het regulier voortgezet onderwijs of het mbo te gaan. Dat geldt in het bijzonder "
        "voor jongeren die in een crisissituatie in het vso terechtkwamen en inmiddels stabiel zijn.")
    d.p("Voorwaarden voor een terugplaatsing zijn dat de jongere het niveau van de ontvangende opleiding aankan, "
        "dat de ondersteuning die nog nodig is binnen de gemeenschappelijke vloer of met een schoolarrangement "
        "kan worden geboden, en dat de jongere zelf gemotiveerd is. Na de overstap krijgt de jongere een "
        "overstaparrangement: gedurende zes maanden blijft een begeleider van de vso-school betrokken, die de "
        "mentor coacht en wekelijks contact heeft met de jongere. Het samenwerkingsverband bekostigt de inzet van "
        "deze begeleider.")
    d.p("Wij beseffen dat een overstap uit het vso spannend is, voor de jongere en voor de ontvangende school. "
        "Daarom investeren wij in ontmoeting tussen vso en regulier vo: docenten lopen bij elkaar stage, en "
        "vso-leerlingen kunnen al tijdens hun vso-periode lessen volgen op een reguliere school. Die "
        "ervaringen willen wij de komende jaren uitbreiden.")
    d.p("Hoe een terugplaatsing precies verloopt — wie het initiatief neemt, op welke momenten de mogelijkheid "
        "wordt bekeken en wie uiteindelijk beslist — leggen wij in het schooljaar 2026-2027 samen met De Brink "
        "en De Akker vast in een protocol 'Terug naar regulier'. Tot die tijd maken scholen hierover "
        "onderling afspraken per leerling.")

    d.h1("Financieel beleid")
    d.p("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (inclusief de middelen voor lwoo "
        "en praktijkonderwijs) en voor zware ondersteuning. De middelen voor het vso worden door DUO rechtstreeks "
        "verrekend. Hieronder de verwachte baten voor de planperiode (bedragen x € 1.000).")
    d.table([["Baten", "2026", "2027", "2028", "2029"],
             ["Lichte ondersteuning, waarvan lwoo en pro", "8.950", "8.830", "8.700", "8.560"],
             ["Zware ondersteuning (na verrekening vso)", "3.120", "3.050", "2.990", "2.930"],
             ["Overige baten (gemeenten, subsidies)", "120", "120", "80", "80"],
             ["Totaal baten", "12.190", "12.000", "11.770", "11.570"]])
    d.p("De daling van de baten hangt samen met het dalende leerlingaantal en met de gevolgen van de verevening. "
        "Wij verwachten dat de baten in 2030 ongeveer 6 procent lager zijn dan in 2026.")
    d.h2("Verdeelmodel")
    d.p("De middelen voor lwoo en praktijkonderwijs worden doorgegeven aan de scholen met een lwoo-licentie en "
        "aan De Werf, naar rato van het aantal leerlingen met een aanwijzing lwoo of een "
        "toelaatbaarheidsverklaring pro op 1 oktober van het voorgaande jaar, tegen het landelijke normbedrag. "
        "Van de overige middelen ontvangt ieder bestuur een schoolbudget van € 145 per leerling, dat in vier "
        "kwartaaltermijnen wordt overgemaakt. Arrangementen boven de vloer worden per leerling toegekend door "
        "het Loket volgens de criteria van hoofdstuk 6, met een maximum van € 9.000 per leerling per schooljaar. "
        "De overige middelen blijven bij het samenwerkingsverband voor de bovenschoolse voorzieningen en de "
        "organisatie.")
    d.p("Aan de lastenkant werken wij in de jaarbegroting. De meerjarenbegroting met de verwachte lasten per "
        "post is opgenomen als bijlage 3 en wordt jaarlijks in december door de raad van toezicht goedgekeurd. "
        "Reserves boven de signaleringswaarde zetten wij in de planperiode in voor de nieuwe havo/vwo-voorziening.")

    d.h1("Kwaliteitszorg en resultaten")
    d.p("Het samenwerkingsverband werkt volgens een cyclus van plannen, uitvoeren, meten en bijsturen. Het is "
        "voor ons belangrijk om te weten of onze inspanningen iets opleveren voor jongeren. Wij verzamelen "
        "daarom systematisch gegevens en bespreken die met scholen, besturen, OPR en gemeenten.")
    d.p("Het bureau houdt een monitor bij met kengetallen: het aantal arrangementen en toelaatbaarheidsverklaringen, "
        "de doorlooptijd van aanvragen, het aantal thuiszitters en vrijstellingen, de deelname aan vso, pro en "
        "lwoo in vergelijking met het landelijk gemiddelde, de instroom en uitstroom van het OPDC en het aantal "
        "overstappen vanuit het vso. De monitor wordt twee keer per jaar, in februari en in september, "
        "geactualiseerd en besproken in het directeurenoverleg en met de raad van toezicht. Iedere school "
        "ontvangt een eigen schoolrapportage, die de consulent met de schoolleiding bespreekt.")
    d.p("Daarnaast evalueren wij ieder arrangement na afloop met de school, op basis van de doelen die de school "
        "bij de aanvraag heeft geformuleerd. Eens per twee jaar houden wij een tevredenheidsonderzoek onder "
        "scholen. In het jaarverslag doen wij verslag van de kengetallen, de evaluaties en de inzet van middelen.")
    d.p("De doelen en streefwaarden voor deze planperiode formuleren wij nadat in het najaar van 2026 de "
        "nulmeting met de nieuwe monitor is afgerond. Zij worden vervolgens in het jaarplan 2027 opgenomen.")

    d.h1("Ouders en leerlingen")
    d.p("Dit hoofdstuk wordt herschreven zodra de Wet versterking positie ouders en leerlingen in het passend "
        "onderwijs in werking is getreden en het ouder- en jeugdsteunpunt in de regio is ingericht. De herziene "
        "tekst wordt als addendum aan de ondersteuningsplanraad voorgelegd.")

    governance(d, P)
    opr(d, P, parents=False)
    oogo(d, P)
    personeel(d, P)
    ict_privacy(d, P)
    totstandkoming(d, P)
    planning(d, P, [["2026-2027", "Nulmeting monitor; protocol 'Terug naar regulier'; start havo/vwo-voorziening"],
                    ["2027-2028", "Eerste jaarplan met streefwaarden; evaluatie verdeelmodel"],
                    ["2028-2029", "Tussenevaluatie; herziening standaarden basisondersteuning"],
                    ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    begrippen(d, P, [GLOSS[k] for k in ("arr", "basis", "dekkend", "mjb", "oc", "ojsp", "opp", "res", "sop",
                                         "terug", "thuis", "tlv", "verdeel")])
    afkortingen(d, P, [ABBR[k] for k in ("lwoo", "ojsp", "oogo", "opdc", "opp", "opr", "pro", "rvt", "sop",
                                          "swv", "tlv", "vso")])
    return d


# ==============================================================================================
# Plan C — PO, web version (HTML). Ambitions without procedures, a vision on parents without
# information channels, no results at all and no terugplaatsing at all.
# ==============================================================================================
PC = dict(name="Samenwerkingsverband Passend Onderwijs Heuvelzoom PO", short="Passend Onderwijs Heuvelzoom",
          code="PO 25-93", sector="po", period="2026-2030", version="1.0 (webversie)",
          adopter="het algemeen bestuur", adopt_date="21 april 2026", opr_date="15 april 2026",
          oogo_date="5 maart 2026", swv_overleg_date="12 maart 2026",
          other_swv="het samenwerkingsverband VO Heuvelzoom en Dal",
          gemeenten=["Heuvelzoom", "Oldenhorst", "Lageveen", "Wissendaal", "Ter Marsch"], inwoners="96.000",
          n_boards=8, n_schools=49, n_pupils="11.240", pupils_hist=["11.630", "11.420"], krimp=4,
          director="J. (Joost) Hartkamp MEd", seat="Oldenhorst", fte="9,6", opr_size=8, sessions=7)


def plan_c():
    P = PC
    d = Doc(header=f"{P['short']} — samen voor ieder kind | Ondersteuningsplan {P['period']}")
    titlepage(d, P, extra="Dit is de webversie van het ondersteuningsplan. De hoofdstukken zijn ook "
                          "afzonderlijk te lezen via het menu.")
    d.toc(["Voorwoord", "Onze regio", "Missie en visie", "Basisondersteuning in Heuvelzoom",
           "Het ondersteuningsaanbod", "Een dekkend netwerk", "Toelaatbaarheid sbo en so",
           "Waar het geld naartoe gaat", "Ouders als partner", "Organisatie", "Medezeggenschap",
           "Gemeenten en jeugdhulp", "Personeel", "Privacy", "Huisvesting en vervoer",
           "Totstandkoming", "Planning", "Begrippen"])
    voorwoord(d, P)
    context(d, P)
    missie_visie(d, P)

    d.h1("Basisondersteuning in Heuvelzoom")
    d.p("Alle basisscholen in Heuvelzoom hebben met elkaar afgesproken wat zij ieder kind minimaal bieden. Dat "
        "noemen wij basisondersteuning. De afspraak geldt voor iedere vestiging van iedere school die bij ons "
        "samenwerkingsverband is aangesloten; het algemeen bestuur heeft het niveau vastgesteld op 2 oktober "
        "2025. Scholen die meer bieden, beschrijven dat in hun eigen profiel.")
    d.p("De basisondersteuning in Heuvelzoom bestaat uit de volgende onderdelen:")
    d.table([["Onderdeel", "Wat dit op iedere school inhoudt"],
             ["Ondersteuningsstructuur", "Een intern begeleider (minimaal 0,4 fte per 225 leerlingen), een "
              "ondersteuningsteam dat ten minste vijf keer per jaar bijeenkomt, een vaste contactpersoon van het "
              "samenwerkingsverband"],
             ["Lezen en spellen", "Signalering vanaf groep 1, werken volgens het dyslexieprotocol, "
              "voorleessoftware en aangepaste toetsing waar nodig"],
             ["Rekenen", "Een rekenspecialist op bestuursniveau, protocol ernstige rekenproblemen, "
              "hulpmiddelen zoals tafelkaarten en rekenmachine"],
             ["Gedrag en welbevinden", "Een schoolbreed programma voor sociale veiligheid, een "
              "anti-pestcoördinator, monitoring van welbevinden in groep 5 tot en met 8"],
             ["Meer- en hoogbegaafdheid", "Signalering met een vastgesteld instrument, compacten en "
              "verrijken in de groep"],
             ["Taal en nieuwkomers", "Extra taalaanbod voor kinderen met een taalachterstand; "
              "schakelmomenten met de taalklas"],
             ["Medisch", "Protocol medisch handelen, toegankelijk gebouw of afspraken met een "
              "buurschool"],
             ["Planmatig werken", "Leerlingbespreking drie keer per jaar, groepsplannen, een "
              "ontwikkelingsperspectief voor kinderen met een eigen leerlijn"]])
    d.p("Wat niet in deze tabel staat, valt onder extra ondersteuning. Een school kan daarvoor een beroep doen op "
        "het ondersteuningsaanbod van het samenwerkingsverband.")

    d.h1("Het ondersteuningsaanbod")
    d.p("Naast de basisondersteuning is er in Heuvelzoom een samenhangend aanbod van extra ondersteuning, "
        "bovenschoolse voorzieningen en speciaal (basis)onderwijs. Samen vormen zij het ondersteuningscontinuüm "
        "van onze regio.")
    d.bullets([
        "Extra ondersteuning op de eigen school: een arrangement met extra begeleiding, ambulante begeleiding "
        "vanuit het so of inzet van een gedragsspecialist. Het arrangement wordt opgesteld door de school en "
        "betaald uit het ondersteuningsbudget van het bestuur.",
        "Bovenschoolse voorzieningen: de plusklas De Uitdaging (één dag per week, voor kinderen uit groep 5 tot "
        "en met 8), de taalklas voor nieuwkomers in Oldenhorst (maximaal een jaar) en de observatiegroep "
        "De Kiem (maximaal 12 weken, het kind blijft ingeschreven op de eigen school).",
        "Speciaal basisonderwijs: sbo De Linde in Heuvelzoom en sbo Het Anker in Lageveen.",
        "Speciaal onderwijs: so De Zonnewijzer (cluster 3) en so Het Kompas (cluster 4), beide in Heuvelzoom. "
        "Kinderen met een zeer specifieke vraag gaan naar een so-school in een andere regio."])
    d.p("Voor kinderen die naast onderwijs ook jeugdhulp nodig hebben, maken de school, de jeugdhulpaanbieder "
        "en het lokale team afspraken over een onderwijs-zorgarrangement. Het samenwerkingsverband draagt bij "
        "aan het onderwijsdeel.")

    d.h1("Een dekkend netwerk")
    d.p("Wij streven naar een dekkend netwerk van voorzieningen waarin voor ieder kind een passende plek is. "
        "Dat is een gezamenlijke opdracht van alle besturen. Het aantal thuiszitters is in onze regio "
        "gelukkig laag, maar ook één thuiszitter is er een te veel.")
    d.p("Een systematische inventarisatie van witte vlekken in het aanbod en een aanpak voor kinderen zonder "
        "passende plek nemen wij op in het jaarplan 2027-2028, na de evaluatie van de nieuwe werkwijze van de "
        "ondersteuningsteams.")

    d.h1("Toelaatbaarheid sbo en so")
    d.p("Sommige kinderen hebben meer nodig dan een basisschool met extra ondersteuning kan bieden. Voor hen is "
        "er het speciaal basisonderwijs en het speciaal onderwijs. Voor een plaatsing is een "
        "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.")
    d.h2("Onze ambities voor de route naar een TLV")
    d.p("Scholen en ouders hebben de afgelopen jaren aangegeven dat de route naar een TLV als ingewikkeld en "
        "bureaucratisch wordt ervaren. Wij willen dat het aanvragen van een TLV in deze planperiode eenvoudiger, "
        "sneller en menselijker wordt: één digitaal dossier, ouders vanaf het begin aan tafel en een besluit "
        "binnen een redelijke termijn. Het gesprek over het kind moet belangrijker zijn dan het formulier.")
    d.p("De nieuwe route — met de stappen, de rol van de commissie en de termijnen — ontwerpen wij in het "
        "eerste planjaar samen met intern begeleiders en het speciaal (basis)onderwijs. Zodra de route is "
        "vastgesteld, publiceren wij haar op de website.")
    d.h2("Wanneer is een kind toelaatbaar")
    d.p("De criteria voor toelaatbaarheid zijn wel al vastgesteld en gelden vanaf 1 augustus 2026:")
    d.bullets([
        "Sbo: het kind heeft een ondersteuningsbehoefte die structureel om een kleinere groep en een aangepast "
        "didactisch aanbod vraagt; de basisschool heeft ten minste zes maanden extra ondersteuning geboden "
        "en geëvalueerd; het kind heeft een verwacht uitstroomniveau dat past bij het sbo.",
        "So cluster 3: het kind heeft een verstandelijke, lichamelijke of meervoudige beperking of een "
        "langdurige ziekte waardoor het onderwijs in een reguliere setting niet haalbaar is, ook niet met "
        "een arrangement.",
        "So cluster 4: het kind heeft ernstige gedrags- of psychiatrische problematiek die vraagt om een "
        "gespecialiseerde, therapeutische leeromgeving, en de extra ondersteuning in het regulier of sbo is "
        "onvoldoende gebleken.",
        "In alle gevallen weegt het advies van de deskundigen zwaar."])
    d.p("Zoals de wet voorschrijft, adviseren bij ieder besluit twee deskundigen: een orthopedagoog of "
        "psycholoog en een tweede deskundige die past bij de vraag van het kind. Een TLV voor het sbo geldt tot "
        "het einde van het schooljaar waarin het kind 12 jaar wordt; een TLV voor het so geldt twee schooljaren.")

    d.h1("Waar het geld naartoe gaat")
    d.h2("Verdeling")
    d.p("Heuvelzoom werkt met een schoolmodel: het grootste deel van het geld gaat naar de besturen, die daarmee "
        "zelf de ondersteuning op hun scholen organiseren. De verdeling is als volgt:")
    d.bullets([
        "Ieder bestuur ontvangt een ondersteuningsbudget van € 205 per leerling, op basis van het aantal "
        "leerlingen op 1 oktober van het voorgaande schooljaar. Dit budget is bedoeld voor de "
        "basisondersteuning boven het niveau van de lumpsum en voor arrangementen op de eigen scholen.",
        "De bovenschoolse voorzieningen worden centraal bekostigd op basis van het aantal plaatsen.",
        "De kosten van het sbo boven de 2 procent van het leerlingaantal en de afdrachten voor het so worden "
        "eerst van de totale middelen afgetrokken; het restant wordt verdeeld zoals hierboven.",
        "Besturen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van het "
        "ondersteuningsbudget aan de hand van een vast format."])
    d.h2("Meerjarenbegroting")
    d.p("De onderstaande tabel geeft de verwachte lasten en baten voor de planperiode (bedragen x € 1.000).")
    d.table([["", "2026", "2027", "2028", "2029"],
             ["Totaal baten", "8.910", "8.830", "8.760", "8.700"],
             ["Afdrachten so (via DUO)", "3.480", "3.450", "3.420", "3.400"],
             ["Overdracht sbo boven 2%", "760", "740", "720", "700"],
             ["Ondersteuningsbudgetten besturen", "2.300", "2.280", "2.260", "2.240"],
             ["Bovenschoolse voorzieningen", "1.240", "1.240", "1.240", "1.240"],
             ["Ondersteuningsteams en consulenten", "620", "620", "620", "620"],
             ["Bureau, bestuur en huisvesting", "560", "560", "570", "570"],
             ["Totaal lasten", "8.960", "8.890", "8.830", "8.770"],
             ["Saldo", "-50", "-60", "-70", "-70"]])
    d.p("Het tekort wordt gedekt uit de algemene reserve, die eind 2025 € 0,9 miljoen bedraagt.")

    d.h1("Ouders als partner")
    d.p("Ouders zijn de eerste deskundigen als het gaat om hun kind. Zij kennen hun kind het langst en het best. "
        "Wij zien ouders daarom als gelijkwaardige partners van de school: in het gesprek over de ondersteuning, "
        "in het ondersteuningsteam en bij de aanvraag van een arrangement of een TLV. Dat vraagt van scholen dat "
        "zij ouders serieus nemen, ook als ouders kritisch zijn, en van ouders dat zij open zijn over wat zij "
        "thuis zien.")
    d.p("Educatief partnerschap is geen vrijblijvend begrip. Het betekent dat ouders vanaf het eerste signaal "
        "worden betrokken, dat het ontwikkelingsperspectief met ouders wordt besproken en dat ouders meedenken "
        "over de doelen. Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad, waar zij meepraten "
        "over het beleid van het samenwerkingsverband.")
    d.p("Ouders moeten goed op de hoogte zijn van wat er voor hun kind mogelijk is. Hoe wij ouders in de "
        "komende jaren informeren, werken wij uit in een communicatieplan dat in 2026-2027 samen met de "
        "ondersteuningsplanraad wordt opgesteld.")
    d.h2("Als het schuurt")
    d.p("Soms worden ouders en school het niet eens. Ouders kunnen dan terecht bij het Steunpunt Ouders "
        "Heuvelzoom, een onafhankelijk ouder- en jeugdsteunpunt dat wordt uitgevoerd door een stichting zonder "
        "banden met scholen of samenwerkingsverband. Het steunpunt is bereikbaar via telefoonnummer 0800-4383 "
        "en houdt wekelijks spreekuur in Oldenhorst. Een medewerker kan ouders bijstaan in gesprekken met de "
        "school. Ouders kunnen zich ook kosteloos wenden tot de Onderwijsconsulenten. Komen ouders en "
        "school er niet uit, dan staat de weg open naar de Geschillencommissie passend onderwijs.")

    governance(d, P)
    opr(d, P)
    oogo(d, P, thuiszitters=False)
    personeel(d, P)
    kennisdeling(d, P)
    communicatie_scholen(d, P)
    ict_privacy(d, P)
    huisvesting(d, P)
    totstandkoming(d, P)
    d.p("Een paragraaf over beoogde en bereikte resultaten wordt opgenomen in de eerste voortgangsparagraaf, "
        "die in het voorjaar van 2027 aan de ondersteuningsplanraad wordt voorgelegd.")
    planning(d, P, [["2026-2027", "Ontwerp nieuwe TLV-route; communicatieplan; eerste voortgangsparagraaf"],
                    ["2027-2028", "Invoering digitaal dossier; inventarisatie aanbod"],
                    ["2028-2029", "Herijking verdeling ondersteuningsbudget"],
                    ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]], pdca=False)
    begrippen(d, P, [GLOSS[k] for k in ("arr", "basis", "dekkend", "extra", "mjb", "oc", "ojsp", "opp", "res",
                                         "sop", "terug", "thuis", "tlv", "verdeel", "zorgplicht")])
    return d


# ==============================================================================================
# Plan D — VO, rendered to PDF only. Basisondersteuning and financien only referred to separate
# documents; TLV procedure without criteria; goals without monitoring; thuiszitters approach
# without a described continuum; strong terugplaatsing and ouders.
# ==============================================================================================
PD = dict(name="Samenwerkingsverband Voortgezet Onderwijs Veenhorst e.o.", short="SWV VO Veenhorst",
          code="VO 28-96", sector="vo", period="2026-2030", version="0.9 (ter instemming OPR)",
          adopter="het bestuur", adopt_date="16 april 2026", opr_date="9 april 2026",
          oogo_date="18 februari 2026", swv_overleg_date="25 februari 2026",
          other_swv="het samenwerkingsverband PO Veenhorst",
          gemeenten=["Veenhorst", "Dalerbroek", "Emmerveld"], inwoners="87.000",
          n_boards=5, n_schools=11, n_pupils="7.360", pupils_hist=["7.590", "7.480"], krimp=9,
          director="ir. M. (Marloes) Wijnbergen", seat="Veenhorst", fte="8,2", opr_size=8, sessions=5)


def plan_d():
    P = PD
    d = Doc(header=f"{P['short']} | Ondersteuningsplan {P['period']} | CONCEPT ter instemming")
    titlepage(d, P, extra="Dit plan wordt gelezen in samenhang met het Kader basisondersteuning VO Veenhorst, de "
                          "Toewijzingsregeling VO Veenhorst en het Financieel Kader 2026-2030.")
    d.toc(["Voorwoord", "1 Onze regio in cijfers", "2 Missie, visie en kernwaarden", "3 Basisondersteuning",
           "4 Toewijzing en toelaatbaarheid", "5 Herbeoordeling en de stap naar een reguliere school",
           "6 Niemand thuis", "7 Ambities 2026-2030", "8 Financiën", "9 Informatie voor ouders en jongeren",
           "10 Klachten, bezwaar en onafhankelijke hulp", "11 Organisatie en governance", "12 Medezeggenschap",
           "13 Samenwerking met gemeenten", "14 Personeel en professionalisering", "15 Privacy",
           "16 Totstandkoming", "17 Planning", "Begrippenlijst", "Afkortingen"])
    voorwoord(d, P)
    context(d, P)
    missie_visie(d, P)

    d.h1("Basisondersteuning")
    d.p("Over de invulling van de basisondersteuning op de scholen verwijzen wij naar het Kader "
        "basisondersteuning VO Veenhorst. Dat kader wordt in het voorjaar van 2026 herijkt in het licht van "
        "de landelijke norm basisondersteuning en de uitkomsten van de gesprekken met de scholen. Dit "
        "ondersteuningsplan loopt daar niet op vooruit; na de herijking wordt het kader als bijlage aan dit "
        "plan toegevoegd.")

    d.h1("Toewijzing en toelaatbaarheid")
    d.p("Het samenwerkingsverband besluit over de toelaatbaarheid tot het voortgezet speciaal onderwijs en tot "
        "het praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs.")
    d.h2("Aanvraag van een toelaatbaarheidsverklaring vso")
    d.numbered([
        "De school waar de jongere is ingeschreven of aangemeld, bespreekt de jongere in het "
        "ondersteuningsteam, in aanwezigheid van ouders en — vanaf 12 jaar — de jongere zelf.",
        "De ondersteuningscoördinator dient namens het bevoegd gezag de aanvraag in via het digitale Loket. "
        "De aanvraag bevat het OPP, het groeidocument, het verslag van het ondersteuningsteam en de zienswijze "
        "van ouders en jongere.",
        "Het Loket toetst binnen vijf werkdagen of de aanvraag volledig is.",
        "Twee onafhankelijke deskundigen — een orthopedagoog of psycholoog en, afhankelijk van de vraag, een "
        "jeugdarts, psychiater of maatschappelijk werker — brengen ieder een eigen schriftelijk advies uit. Zij "
        "zijn niet betrokken geweest bij de aanvraag.",
        "De Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige aanvraag en legt het "
        "besluit schriftelijk vast, met een volgnummer en een kopie van de adviezen voor ouders.",
        "De TLV geldt voor de duur die de commissie vaststelt, ten hoogste drie schooljaren, en eindigt altijd "
        "op 31 juli."])
    d.p("Ouders en jongere kunnen binnen zes weken na de bekendmaking bezwaar maken tegen het besluit. Het "
        "samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie "
        "Toelaatbaarheidsverklaringen en beslist binnen tien weken.")
    d.h2("Lwoo en praktijkonderwijs")
    d.p("Voor lwoo en praktijkonderwijs dient de vo-school waar de leerling is aangemeld de aanvraag in vóór 15 "
        "maart, met het onderwijskundig rapport en de gegevens uit het leerlingvolgsysteem van de basisschool. "
        "De Commissie Toewijzing besluit vóór 1 mei, zodat de leerling bij de start van het schooljaar weet waar "
        "hij aan toe is. Aanvragen die later binnenkomen, worden binnen vier weken afgehandeld.")
    d.h2("Afwegingskader")
    d.p("De commissie weegt iedere aanvraag op haar eigen merites en kijkt naar de jongere als geheel. De "
        "inhoudelijke afwegingskaders die de commissie hanteert voor vso, lwoo en praktijkonderwijs zijn "
        "beschreven in de Toewijzingsregeling VO Veenhorst. Voor lwoo en praktijkonderwijs volgt het "
        "samenwerkingsverband de landelijke regelgeving.")

    d.h1("Herbeoordeling en de stap naar een reguliere school")
    d.p("Het samenwerkingsverband gaat ervan uit dat een plaatsing in het vso voor veel jongeren tijdelijk kan "
        "zijn. Een vso-plaatsing is een middel om een jongere weer op koers te brengen, niet een eindbestemming. "
        "Wij willen dat iedere jongere in het vso die daartoe in staat is, de overstap maakt naar een reguliere "
        "vo-school of naar het mbo, bij voorkeur in de eigen woonplaats. Een overstap is aan de orde als de "
        "jongere het onderwijsprogramma van de ontvangende school kan volgen, de gedrags- of "
        "ondersteuningsvraag met de ondersteuning van die school kan worden opgevangen en de jongere en zijn "
        "ouders de overstap willen.")
    d.p("Het verloop is als volgt. De vso-school evalueert het OPP van iedere jongere twee keer per jaar en "
        "bespreekt daarbij steeds de vraag of een overstap mogelijk is. In het laatste jaar van de TLV voert "
        "de vso-school vóór 1 december een herbeoordeling uit, samen met de consulent van het "
        "samenwerkingsverband. Concludeert de herbeoordeling dat een overstap haalbaar is, dan neemt de "
        "vso-school contact op met een ontvangende school en organiseert zij een overdrachtsgesprek met "
        "jongere, ouders en de ondersteuningscoördinator van die school. De ontvangende school beslist over "
        "de inschrijving. Is een overstap niet haalbaar, dan vraagt de vso-school vóór 1 maart een nieuwe TLV "
        "aan bij de Commissie Toewijzing.")
    d.p("De overstap begint met een proefperiode van acht weken waarin de jongere dubbel staat ingeschreven. Na "
        "de proefperiode evalueren beide scholen, jongere en ouders de overstap en wordt de inschrijving op de "
        "vso-school beëindigd. Daarna biedt de vso-school nog zes maanden nazorg: een vaste begeleider coacht de "
        "mentor en heeft wekelijks contact met de jongere.")

    d.h1("Niemand thuis")
    d.p("Geen enkele jongere hoort thuis te zitten. Toch telde de regio op 1 oktober 2025 17 thuiszitters en 6 "
        "jongeren met een vrijstelling. Wij pakken dit aan met een vaste werkwijze die in het OOGO met de drie "
        "gemeenten is afgesproken.")
    d.bullets([
        "Signaleren: scholen melden ongeoorloofd verzuim vanaf 16 uur in vier weken bij leerplicht, en melden "
        "iedere jongere die langer dan twee weken niet naar school gaat bij de consulent.",
        "Schakelen: binnen tien werkdagen na de melding organiseert de consulent een overleg met school, "
        "leerplicht, jongere, ouders en zo nodig het lokale team of de jeugdhulpaanbieder; er wordt een plan "
        "gemaakt met een datum waarop de jongere weer (gedeeltelijk) onderwijs volgt.",
        "Escaleren: lukt dat niet binnen zes weken, dan agendeert de consulent de jongere aan de "
        "Thuiszittertafel Veenhorst, die iedere drie weken bijeenkomt. De directeur-bestuurder heeft daar "
        "doorzettingsmacht en kan een bestuur vragen een jongere tijdelijk op te nemen.",
        "Leren: ieder halfjaar analyseert het samenwerkingsverband met leerplicht welke jongeren geen passende "
        "plek vonden en welke voorziening ontbrak. De analyse wordt besproken met de besturen, die hun "
        "zorgplicht gezamenlijk invullen."])
    d.p("Een overzicht van alle voorzieningen in de regio, van de ondersteuning in de klas tot de vso-scholen, "
        "is te vinden op de sociale kaart op onze website en wordt niet in dit plan opgenomen.")

    d.h1("Ambities 2026-2030")
    d.p("In de planperiode willen wij de volgende resultaten bereiken voor jongeren die extra ondersteuning "
        "nodig hebben:")
    d.table([["Ambitie", "Indicator", "Streefwaarde 2030"],
             ["Jongeren zitten niet thuis", "aantal thuiszitters op 1 oktober", "maximaal 5"],
             ["Snelle duidelijkheid", "besluiten TLV binnen 6 weken", "95 procent"],
             ["Vso waar nodig, regulier waar mogelijk", "overstappen vso naar regulier per jaar", "ten minste 18"],
             ["Succesvolle overstap", "jongeren die een jaar na de overstap nog op de ontvangende school zitten",
              "80 procent"],
             ["Diploma of startkwalificatie", "vso-leerlingen met uitstroomprofiel vervolgonderwijs die een "
              "diploma halen", "75 procent"]])
    d.p("Hoe wij de voortgang op deze ambities meten, wie daarover rapporteert en op welke momenten, leggen wij "
        "vast in een monitoringsplan dat in het schooljaar 2026-2027 wordt opgesteld. Een nulmeting volgt.")

    d.h1("Financiën")
    d.p("Het financiële beleid, het verdeelmodel en de meerjarenbegroting 2026-2030 zijn opgenomen in het "
        "afzonderlijke Financieel Kader 2026-2030, dat tegelijk met dit plan ter instemming aan de "
        "ondersteuningsplanraad wordt voorgelegd. Paragraaf 8.2 (verdeling over de besturen): p.m.")

    d.h1("Informatie voor ouders en jongeren")
    d.p("Ouders en jongeren moeten kunnen weten welke ondersteuning er is en hoe zij die kunnen krijgen. Het "
        "samenwerkingsverband informeert hen op de volgende manieren:")
    d.bullets([
        "de website van het samenwerkingsverband, met een aparte rubriek voor ouders en een rubriek voor "
        "jongeren, waarin het ondersteuningsaanbod per school en de route naar een TLV of aanwijzing lwoo "
        "worden uitgelegd;",
        "de schoolgids en het schoolondersteuningsprofiel van iedere school, die bij de aanmelding worden "
        "gedeeld en op de website van de school staan;",
        "de folder 'Wegwijs in passend onderwijs', die iedere basisschool in groep 8 meegeeft;",
        "een jaarlijkse informatieavond in oktober voor ouders van leerlingen in groep 8 en klas 1;",
        "een wekelijks telefonisch spreekuur van de consulenten voor vragen van ouders."])

    d.h1("Klachten, bezwaar en onafhankelijke hulp")
    d.p("Ouders en jongeren die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
        "terecht bij het Ouder- en Jongerenpunt Veenhorst. Dat is een onafhankelijk steunpunt, ondergebracht "
        "bij een welzijnsorganisatie, dat ouders en jongeren informeert, adviseert en zo nodig begeleidt naar "
        "gesprekken. Het steunpunt is bereikbaar via een eigen telefoonnummer en e-mailadres en houdt "
        "spreekuur in de drie gemeenten. Signalen die het steunpunt ontvangt, bundelt het twee keer per jaar in "
        "een rapportage aan het bestuur.")
    d.p("Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Klachten over het "
        "samenwerkingsverband worden behandeld volgens de klachtenregeling; geschillen over toelating, "
        "verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs. "
        "Bezwaar tegen een besluit over toelaatbaarheid verloopt zoals beschreven in hoofdstuk 4.")

    governance(d, P)
    opr(d, P)
    oogo(d, P)
    personeel(d, P)
    kennisdeling(d, P)
    communicatie_scholen(d, P)
    ict_privacy(d, P)
    totstandkoming(d, P)
    planning(d, P, [["2026-2027", "Monitoringsplan en nulmeting; herijking kader basisondersteuning"],
                    ["2027-2028", "Evaluatie Thuiszittertafel"],
                    ["2028-2029", "Tussenevaluatie"],
                    ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]], pdca=False)
    begrippen(d, P, [GLOSS[k] for k in ("arr", "basis", "dekkend", "mjb", "ojsp", "opp", "sop", "terug",
                                         "thuis", "tlv", "verdeel", "zorgplicht")])
    afkortingen(d, P, [ABBR[k] for k in ("lbt", "lwoo", "ojsp", "oogo", "opp", "opr", "ot", "pro", "swv", "tlv",
                                          "vso")])
    return d


# ==============================================================================================
# Plan E — PO, docx + pdf. Basisondersteuning only as quality assurance (level and content in a
# website document); toelaatbaarheid only referred to a separate regulation; a return procedure
# without a policy; a budget with spending but the verdeelmodel deferred; results only in tables;
# information channels for parents but no independent help; no dekkend aanbod at all.
# ==============================================================================================
PE = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Zuidwaard", short="SWV PO Zuidwaard",
          code="PO 29-92", sector="po", period="2026-2030", version="1.2", adopter="het bestuur",
          adopt_date="8 april 2026", opr_date="1 april 2026", oogo_date="26 februari 2026",
          swv_overleg_date="4 maart 2026", other_swv="het samenwerkingsverband VO Zuidwaard",
          gemeenten=["Zuidwaard", "Grevelingen", "Moerkapelle-West"], inwoners="73.000",
          n_boards=7, n_schools=38, n_pupils="7.980", pupils_hist=["8.210", "8.090"], krimp=5,
          director="drs. P. (Petra) de Looze", seat="Zuidwaard", fte="6,9", opr_size=8, sessions=4)


def plan_e():
    P = PE
    d = Doc(header=f"{P['short']} | Ondersteuningsplan {P['period']}")
    titlepage(d, P)
    d.toc(["Voorwoord", "1 Onze regio in cijfers", "2 Missie, visie en kernwaarden", "3 Strategische koers",
           "4 Kwaliteit van de basisondersteuning", "5 Toelaatbaarheid", "6 Als de TLV afloopt",
           "7 Begroting en meerjarenperspectief", "8 Resultaten", "9 Ouders informeren",
           "10 Organisatie en governance", "11 Medezeggenschap", "12 Samenwerking met gemeenten",
           "13 Personeel en professionalisering", "14 Informatievoorziening en privacy",
           "15 Huisvesting en leerlingenvervoer", "16 Totstandkoming", "17 Planning",
           "Begrippenlijst", "Afkortingen"])
    voorwoord(d, P)
    context(d, P, extra_rows=[["Deelname sbo (%)", "2,51", "2,44", "2,40"],
                              ["Deelname so (%)", "1,49", "1,55", "1,58"]])
    missie_visie(d, P)

    d.h1("Terugblik op de vorige planperiode")
    d.p("In de planperiode 2022-2026 heeft het samenwerkingsverband zich vooral gericht op de eigen organisatie. "
        "De governance is aangepast: sinds 2023 is er een directeur-bestuurder met een raad van toezicht. Het "
        "bureau is verhuisd naar een pand in het centrum van Zuidwaard, dichter bij de scholen. De "
        "kwaliteitsgesprekken met scholen zijn in 2024 gestart en inmiddels op alle 38 scholen gevoerd.")
    d.p("Op het gebied van professionalisering namen in de afgelopen vier jaar ruim 600 leraren en intern "
        "begeleiders deel aan een leergang of studiedag van het samenwerkingsverband. De evaluaties waren "
        "overwegend positief: gemiddeld gaven deelnemers een 7,9. Minder goed ging de vervanging van het "
        "registratiesysteem, die twee keer is uitgesteld en nu in 2026 wordt afgerond.")
    d.p("De deelname aan het sbo daalde licht, van 2,51 naar 2,40 procent; de deelname aan het so steeg van 1,49 "
        "naar 1,58 procent. De stijging in het so hangt vooral samen met een grotere groep jonge kinderen met "
        "complexe ontwikkelingsvragen.")

    d.h1("Strategische koers")
    d.p("Het bestuur heeft voor de planperiode drie koerslijnen vastgesteld: eenvoud, vakmanschap en "
        "verbinding. Eenvoud betekent dat wij regels en formulieren alleen gebruiken als ze iets toevoegen. "
        "Vakmanschap betekent dat wij investeren in de deskundigheid van leraren en intern begeleiders. "
        "Verbinding betekent dat wij de samenwerking tussen scholen, besturen en gemeenten versterken.")
    d.p("De koerslijnen zijn richtinggevend voor de keuzes in de jaarplannen. Zij zijn bewust algemeen "
        "geformuleerd: de besturen vullen ze in op een manier die past bij hun eigen scholen en populatie. Het "
        "samenwerkingsverband faciliteert en verbindt, en neemt alleen zelf de regie waar dat wettelijk is "
        "voorgeschreven of waar besturen daarom vragen.")
    d.p("Bij eenvoud hoort ook dat wij dit plan beperken tot de hoofdlijnen. Uitwerkingen staan in afzonderlijke "
        "documenten die het bestuur vaststelt en die op de website worden gepubliceerd.")

    d.h1("Kwaliteit van de basisondersteuning")
    d.p("Het niveau en de inhoud van de basisondersteuning zijn vastgelegd in het document 'Basisondersteuning in "
        "Zuidwaard', dat op de website van het samenwerkingsverband staat. In dit hoofdstuk beschrijven wij hoe wij "
        "erop toezien dat scholen de afspraken nakomen.")
    d.p("Iedere school voert jaarlijks in het voorjaar een kwaliteitsgesprek met de consulent van het "
        "samenwerkingsverband. Het gesprek wordt voorbereid met een kijkwijzer die de school zelf invult en die "
        "de consulent aanvult met een klassenbezoek en een gesprek met de intern begeleider. De uitkomst wordt "
        "vastgelegd in een kort verslag, dat naar het bestuur van de school gaat.")
    d.p("Blijkt uit het gesprek dat een school de afspraken op een of meer onderdelen niet nakomt, dan stelt het "
        "bestuur binnen twee maanden een verbeterplan op. De consulent begeleidt de uitvoering. Na een jaar volgt "
        "een tweede gesprek. Is er dan onvoldoende verbetering, dan bespreekt de directeur-bestuurder de situatie "
        "met het bestuur van de school en kan het samenwerkingsverband aanvullende voorwaarden verbinden aan de "
        "middelen die het bestuur ontvangt. De uitkomsten worden jaarlijks geanonimiseerd gedeeld met de OPR.")

    d.h1("Toelaatbaarheid")
    d.p("De procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal "
        "onderwijs zijn met ingang van 1 augustus 2025 vastgelegd in de Regeling toelaatbaarheid Zuidwaard. Die "
        "regeling is als zelfstandig document door het bestuur vastgesteld en staat op de website. Dit plan "
        "herhaalt de regeling niet.")

    d.h1("Als de TLV afloopt")
    d.p("In het laatste jaar van de toelaatbaarheidsverklaring bespreekt de sbo- of so-school in de evaluatie van "
        "het ontwikkelingsperspectief in januari of een overstap naar een basisschool mogelijk is. De consulent "
        "van het samenwerkingsverband neemt aan deze evaluatie deel. Is een overstap mogelijk, dan neemt de "
        "sbo- of so-school vóór 1 maart het initiatief voor een gesprek met de ouders en een basisschool. De "
        "basisschool beslist, na dat gesprek, over de inschrijving. De TLV loopt af op 31 juli.")
    d.p("Is een overstap niet mogelijk, dan vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan bij de "
        "commissie van toelaatbaarheid. Drie maanden na een overstap evalueren de basisschool, de ouders en de "
        "consulent hoe het gaat.")
    d.p("Het beleid ten aanzien van terugplaatsing — wanneer wij een overstap nastreven en wat een kind daarna "
        "nodig heeft — is onderwerp van gesprek met de sbo- en so-scholen en wordt in 2027 vastgesteld.")

    d.h1("Begroting en meerjarenperspectief")
    d.p("Het verdeelmodel wordt in 2026 herzien. Tot de herziening blijft het verdeelmodel uit de vorige "
        "planperiode van kracht; de uitwerking daarvan staat in de jaarbegroting 2026. Onderstaande "
        "meerjarenbegroting geeft de verwachte baten en de besteding van de middelen weer (bedragen x € 1.000).")
    d.table([["", "2026", "2027", "2028", "2029"],
             ["Rijksbijdrage lichte ondersteuning", "1.440", "1.420", "1.400", "1.390"],
             ["Rijksbijdrage zware ondersteuning", "4.810", "4.760", "4.710", "4.660"],
             ["Totaal baten", "6.250", "6.180", "6.110", "6.050"],
             ["Afdracht so (DUO)", "2.290", "2.310", "2.330", "2.340"],
             ["Overdracht sbo", "690", "660", "640", "620"],
             ["Schoolbudgetten besturen", "2.120", "2.090", "2.060", "2.030"],
             ["Expertiseteam en consulenten", "560", "560", "560", "560"],
             ["Professionalisering", "120", "120", "110", "110"],
             ["Bureau en bestuur", "530", "530", "530", "530"],
             ["Totaal lasten", "6.310", "6.270", "6.230", "6.190"],
             ["Saldo", "-60", "-90", "-120", "-140"]])
    d.p("De tekorten in de begroting worden gedekt uit de algemene reserve, die eind 2025 € 1,4 miljoen bedraagt. "
        "Daarmee brengen wij de reserve in vier jaar terug naar de signaleringswaarde van de Inspectie.")
    d.h2("Risico's")
    d.p("De belangrijkste financiële risico's zijn een verdere stijging van het aantal leerlingen in het so, "
        "waardoor de afdracht via DUO toeneemt, en onzekerheid over de landelijke bekostiging na de invoering "
        "van een landelijke norm basisondersteuning. Wij houden voor deze risico's een weerstandsvermogen "
        "aan van ten minste € 450.000. De controller rapporteert ieder kwartaal aan de directeur-bestuurder "
        "over de ontwikkeling van de afdrachten.")

    d.h1("Resultaten")
    d.p("De tabellen hieronder geven de beoogde resultaten en de manier waarop wij die volgen.")
    d.table([["Beoogd resultaat 2030", "Indicator", "Stand 2025", "Streefwaarde"],
             ["Kinderen leren zo thuisnabij mogelijk", "deelname sbo", "2,40%", "≤ 2,20%"],
             ["", "deelname so", "1,58%", "≤ 1,50%"],
             ["Scholen komen de afspraken basisondersteuning na", "scholen zonder verbeterplan", "31 van 38",
              "38 van 38"],
             ["Kinderen met een OPP ontwikkelen zich volgens plan", "OPP's waarvan de doelen bij evaluatie zijn "
              "behaald", "68%", "80%"],
             ["Ouders voelen zich gehoord", "tevredenheid ouders (1-10)", "7,0", "≥ 7,5"]])
    d.table([["Wat", "Hoe gemeten", "Wie", "Wanneer gerapporteerd"],
             ["Deelname sbo en so", "DUO-telling 1 oktober", "bureau", "jaarverslag (juni)"],
             ["Basisondersteuning", "verslagen kwaliteitsgesprekken", "consulenten", "OPR en bestuur (maart)"],
             ["OPP-doelen", "evaluaties aangeleverd door scholen", "scholen, bureau", "halfjaarrapportage"],
             ["Tevredenheid ouders", "peiling onder ouders van kinderen met een OPP", "extern bureau",
              "tweejaarlijks, jaarverslag"],
             ["Voortgang alle indicatoren", "dashboard", "directeur-bestuurder", "bestuur en RvT, twee keer per "
              "jaar; bijsturing in jaarplan"]])

    d.h1("Ouders informeren")
    d.p("Ouders hebben recht op heldere informatie over de ondersteuning die voor hun kind mogelijk is. Het "
        "samenwerkingsverband informeert ouders via de website, waar een ouderpagina uitlegt wat scholen bieden "
        "en hoe extra ondersteuning wordt aangevraagd. Iedere school neemt in de schoolgids een beschrijving op "
        "van haar ondersteuning en verwijst naar de ouderpagina. Scholen geven ouders bij de aanmelding de "
        "'Ouderwegwijzer Zuidwaard' mee. Eens per jaar organiseert het samenwerkingsverband een "
        "informatiebijeenkomst voor ouders, en ouders kunnen met vragen over de mogelijkheden terecht bij de "
        "consulent van het samenwerkingsverband.")
    d.p("Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wet daartoe verplicht. De verkenning "
        "daarvan start in 2026 samen met het samenwerkingsverband VO Zuidwaard.")
    d.h2("De stem van kinderen")
    d.p("Ook kinderen hebben een stem. Scholen bespreken het ontwikkelingsperspectief met kinderen vanaf groep 5 "
        "en noteren wat het kind zelf belangrijk vindt. Het samenwerkingsverband organiseert eens per jaar een "
        "kinderpanel met leerlingen uit groep 7 en 8 van verschillende scholen, dat meedenkt over vragen als: "
        "wat helpt jou als het moeilijk gaat in de klas?")

    governance(d, P)
    opr(d, P)
    oogo(d, P, content=False)
    personeel(d, P)
    kennisdeling(d, P)
    communicatie_scholen(d, P)
    ict_privacy(d, P)
    huisvesting(d, P)
    totstandkoming(d, P)
    planning(d, P, [["2026-2027", "Herziening verdeelmodel; verkenning ouder- en jeugdsteunpunt"],
                    ["2027-2028", "Vaststelling terugplaatsingsbeleid"],
                    ["2028-2029", "Tussenevaluatie; tevredenheidspeiling"],
                    ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    begrippen(d, P, [GLOSS[k] for k in ("arr", "basis", "dekkend", "mjb", "oc", "ojsp", "opp", "sop", "terug",
                                         "thuis", "tlv", "verdeel", "zorgplicht")])
    afkortingen(d, P, [ABBR[k] for k in ("cvt", "ib", "ojsp", "oogo", "opp", "opr", "rvt", "sbo", "so", "swv",
                                          "tlv")])
    return d


# ==============================================================================================
# F — near miss: a single school's own "ondersteuningsplan" (zorgniveaus, groepsbesprekingen),
# full of SWV vocabulary but not a plan of a samenwerkingsverband.
# ==============================================================================================
def doc_f():
    d = Doc(header="IKC De Wilgenhoek | Ondersteuningsplan 2025-2026 | Team en MR")
    d.title("Ondersteuningsplan 2025-2026")
    d.subtitle("Integraal Kindcentrum De Wilgenhoek, Lindewaard — onderdeel van Stichting Lindeschool")
    d.p("Vastgesteld door de directie na advies van het team en instemming van de medezeggenschapsraad op 30 "
        "september 2025. Dit plan geldt voor één schooljaar en wordt jaarlijks geactualiseerd.")
    d.pagebreak()
    d.toc(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wilgenhoek", "4 De zorgniveaus",
           "5 Groepsbesprekingen en leerlingbesprekingen", "6 Extra ondersteuning en arrangementen",
           "7 Verwijzing naar sbo of so", "8 Terugplaatsing vanuit het sbo", "9 Ouders",
           "10 Middelen en formatie", "11 Resultaten en evaluatie", "12 Jaarplanning ondersteuning"])
    d.h1("Inleiding")
    d.p("Dit ondersteuningsplan beschrijft hoe wij op IKC De Wilgenhoek de ondersteuning aan onze leerlingen "
        "organiseren. Het is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen weten hoe wij "
        "werken. Het plan sluit aan bij ons schoolondersteuningsprofiel en bij de afspraken over "
        "basisondersteuning van het Samenwerkingsverband Passend Primair Onderwijs Lindewaard, waarbij onze "
        "stichting is aangesloten. Het ondersteuningsplan van het samenwerkingsverband zelf is te vinden op de "
        "website van het samenwerkingsverband; dit document is ons eigen, schoolspecifieke plan.")
    d.p("De Wilgenhoek is een integraal kindcentrum met een peuteropvang, buitenschoolse opvang en een "
        "basisschool met 312 leerlingen in 13 groepen. De school staat in een wijk met een gemengde bevolking; "
        "ongeveer een kwart van de leerlingen spreekt thuis een andere taal dan het Nederlands.")
    d.h1("Onze leerlingen")
    d.p("Van onze leerlingen heeft ruim 20 procent een vorm van extra aandacht nodig, variërend van een "
        "aangepaste leerroute voor rekenen tot intensieve begeleiding bij gedrag. Negen leerlingen hebben een "
        "ontwikkelingsperspectief (OPP). In het afgelopen schooljaar zijn drie leerlingen verwezen naar het "
        "speciaal basisonderwijs en één naar het speciaal onderwijs cluster 4; één leerling is vanuit het sbo "
        "teruggekomen.")
    d.h1("Basisondersteuning op De Wilgenhoek")
    d.p("Wij bieden de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet "
        "betekent dit voor onze school: een intern begeleider voor vier dagen per week, een "
        "gedragsspecialist voor één dag, werken volgens het dyslexieprotocol, een plusgroep voor leerlingen "
        "die meer aankunnen, een taalklas in de ochtenden voor nieuwkomers en een aanpak voor sociale "
        "veiligheid met de Kanjertraining. Wij werken handelingsgericht en stellen per groep een groepsplan op.")
    d.h1("De zorgniveaus")
    d.p("Wij onderscheiden vijf zorgniveaus, zoals gebruikelijk in het basisonderwijs:")
    d.numbered([
        "Niveau 1 — algemene zorg door de leraar in de groep: goed lesgeven, differentiëren in drie "
        "niveaus, observeren en registreren.",
        "Niveau 2 — extra zorg in de groep: de leraar biedt verlengde instructie of een aangepast "
        "programma, na overleg met collega's in de groepsbespreking.",
        "Niveau 3 — speciale zorg na intern onderzoek: de intern begeleider doet aanvullend onderzoek en stelt "
        "met de leraar een handelingsplan op.",
        "Niveau 4 — speciale zorg na extern onderzoek: de school schakelt het ondersteuningsteam en externe "
        "deskundigen in, zoals de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker of "
        "een orthopedagoog.",
        "Niveau 5 — verwijzing: de leerling heeft meer nodig dan de school kan bieden, ook met een "
        "arrangement. De school vraagt dan een toelaatbaarheidsverklaring aan bij het samenwerkingsverband."])
    d.h1("Groepsbesprekingen en leerlingbesprekingen")
    d.p("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de intern begeleider met "
        "iedere leraar een groepsbespreking. Daarin worden de resultaten van de groep besproken, de groepsplannen "
        "geëvalueerd en leerlingen gesignaleerd die extra aandacht nodig hebben. Leerlingen over wie zorgen zijn, "
        "worden daarna besproken in een leerlingbespreking met de intern begeleider en, zo nodig, de "
        "gedragsspecialist.")
    d.p("Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Het bestaat uit de intern "
        "begeleider, de directeur, de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker "
        "en de jeugdverpleegkundige. Ouders worden altijd uitgenodigd als hun kind wordt besproken.")
    d.h1("Extra ondersteuning en arrangementen")
    d.p("Als de basisondersteuning niet voldoende is, kan de school een arrangement aanvragen bij het Loket van "
        "het samenwerkingsverband. In het afgelopen jaar hadden wij vier arrangementen: twee voor extra "
        "begeleiding bij gedrag, één voor een leerling met een lichamelijke beperking en één voor een "
        "leerling met een ernstige taalontwikkelingsstoornis, in samenwerking met cluster 2.")
    d.h1("Verwijzing naar sbo of so")
    d.p("Als wij, samen met de ouders, tot de conclusie komen dat een leerling beter op zijn plaats is in het "
        "speciaal basisonderwijs of het speciaal onderwijs, vraagt de intern begeleider namens het bestuur een "
        "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt daarvoor het "
        "groeidocument op. Het samenwerkingsverband beslist over de aanvraag volgens zijn eigen procedure.")
    d.h1("Terugplaatsing vanuit het sbo")
    d.p("Wij staan open voor leerlingen die vanuit het sbo of so terugkomen naar de basisschool. Bij een "
        "terugplaatsing maken wij met de sbo-school en de ouders afspraken over de overdracht en over de "
        "begeleiding in de eerste maanden.")
    d.h1("Ouders")
    d.p("Ouders zijn onze partners. Zij worden betrokken vanaf het moment dat de leraar zich zorgen maakt. "
        "Ouders ontvangen een kopie van ieder handelingsplan en ieder OPP en tekenen voor akkoord. Ouders die "
        "vragen hebben over de ondersteuning van hun kind, kunnen terecht bij de leraar en de intern begeleider. "
        "Algemene informatie over passend onderwijs staat in onze schoolgids.")
    d.h1("Middelen en formatie")
    d.p("De school ontvangt van het bestuur een deel van het schoolbudget dat het samenwerkingsverband aan de "
        "stichting toekent. Dit jaar is dat € 41.000. Wij besteden dit aan de gedragsspecialist (0,2 fte), de "
        "plusgroep en extra uren voor de intern begeleider. Arrangementen worden apart bekostigd.")
    d.h1("Resultaten en evaluatie")
    d.p("Aan het einde van het schooljaar evalueren wij dit plan met het team. Wij kijken naar de resultaten van "
        "de leerlingen op de methode-onafhankelijke toetsen, naar de doelen in de OPP's en naar de tevredenheid "
        "van ouders. In 2024-2025 behaalde 81 procent van de leerlingen met een OPP de doelen. De uitkomsten "
        "worden besproken met de medezeggenschapsraad.")
    d.h1("Jaarplanning ondersteuning")
    d.table([["Maand", "Activiteit"],
             ["September", "Startgesprekken met ouders; overdracht tussen groepen"],
             ["Oktober", "Toetsperiode; groepsbesprekingen"],
             ["Januari-februari", "Toetsperiode; groepsbesprekingen; evaluatie OPP's"],
             ["Maart", "Ondersteuningsteam; voorbereiding aanvragen samenwerkingsverband"],
             ["Juni", "Groepsbesprekingen; evaluatie ondersteuningsplan; overdracht naar nieuwe groep"]])
    return d


# ----------------------------------------------------------------------------------------------
# Labels (hand-decided by a strict reader; see notes)
# ----------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]


def status_from(crit, advisory, el):
    core = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(core):
        return "present"
    if any(core) or advisory.get(el):
        return "partial"
    return "missing"


LABELS = {
    "po-lindewaard": dict(
        documents=["po-lindewaard.docx", "po-lindewaard.pdf"], sector="po", false=[],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 'Het fundament: wat elke school waarmaakt' = agreed floor for every vestiging "
                                  "+ ten concrete standards; borging via audit/kwaliteitskaart (heading avoids the word "
                                  "'basisondersteuning').",
            "plaatsing": "ch. 'Toelaatbaarheid en de weg terug': applicant, 5 steps, CvT within 6 weeks, sbo/so "
                         "criteria, two deskundigen, duration, categorie, LBT bezwaar.",
            "terugstroom": "hidden in the TLV chapter, section 'De weg terug': policy+conditions+terugkeerarrangement "
                           "and procedure (november evaluation, initiative before 1 Feb, TLV ends 31 July).",
            "financien": "under 'Geld en middelen': verdeelmodel (EUR 130 per leerling + vaste voet, staffel "
                         "arrangementen) and a 2026-2029 meerjarenbegroting with lasten; reserves.",
            "dekkend-aanbod": "continuum in 'Van extra ondersteuning tot speciale plek' (trede table); lacunes in "
                              "'Geen kind tussen wal en schip' (thuiszittersoverleg, doorzettingsmacht, actions).",
            "resultaten": "'Wat we willen bereiken': goals table with nulmeting/streefwaarde + dashboard/jaarverslag "
                          "monitoring; achieved results in 'Terugblik 2022-2026'.",
            "ouders": "inside 'Communicatie', subsection Ouders: ouderpagina, schoolgids, brochure, info-avonden, "
                      "ouderlijn; OJSP 'Ouderwijzer', Onderwijsconsulenten, Geschillencommissie."}),
    "vo-oosterkempen": dict(
        documents=["vo-oosterkempen.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "terugstroom.procedure", "financien.besteding", "resultaten.doelen",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
                  "ouders": []},
        notes={
            "basisondersteuning": "'de gemeenschappelijke vloer' is a binding floor for all vestigingen (niveau), but "
                                  "content is only the 4-aspect Referentiekader definition + 'uitgewerkt in bijlage 2' "
                                  "(absent, website) -> inhoud not addressed.",
            "plaatsing": "ch. 6: vso procedure (bevoegd gezag, Loket, commissie, 6 weken) and criteria (3 "
                         "conditions); lwoo/pro national criteria stated with numbers, aanvraag by 1 april.",
            "terugstroom": "ch. 7 long on aims, conditions and overstaparrangement (beleid), but who initiates, "
                           "moments and decider deferred to protocol 'Terug naar regulier' 2026-2027.",
            "financien": "ch. 8 'Financieel beleid': income-only table + verdeelmodel (EUR 145 per leerling, lwoo/pro "
                         "pass-through); lasten/meerjarenbegroting only 'bijlage 3' (absent).",
            "dekkend-aanbod": "ch. 4 three-level continuum (OPDC, rebound, ISK, vso); ch. 5 thuiszitters route, "
                              "thuiszitterstafel, yearly gap analysis, new havo/vwo-voorziening.",
            "resultaten": "ch. 9 describes monitor, twice-yearly reporting, jaarverslag (monitoring) but goals and "
                          "streefwaarden deferred until after the 2026 nulmeting.",
            "ouders": "ch. 10 'Ouders en leerlingen' only says it will be rewritten as addendum; OJSP and "
                      "Onderwijsconsulenten appear only in the begrippenlijst/TOC; OPR text names no parents."}),
    "po-heuvelzoom": dict(
        documents=["po-heuvelzoom.html"], sector="po",
        false=["plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
               "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"],
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": [], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Basisondersteuning in Heuvelzoom': level set by algemeen bestuur for every "
                                  "vestiging + table of concrete content.",
            "plaatsing": "'Toelaatbaarheid sbo en so': criteria for sbo/so3/so4 listed, but the route (steps, "
                         "commission, termijnen) is only an ambition to be designed in year 1.",
            "terugstroom": "nothing: only the begrippenlijst defines terugplaatsing; no return from sbo/so anywhere.",
            "financien": "'Waar het geld naartoe gaat': schoolmodel EUR 205 per leerling, deductions, plus "
                         "2026-2029 lasten table.",
            "dekkend-aanbod": "'Het ondersteuningsaanbod' gives the continuum; 'Een dekkend netwerk' only says "
                              "thuiszitters are few and defers the gap inventory to jaarplan 2027-2028.",
            "resultaten": "nothing: one sentence in 'Totstandkoming' defers results to a 2027 voortgangsparagraaf; "
                          "'Beoogde resultaten' only in the begrippenlijst.",
            "ouders": "'Ouders als partner' is a long partnership vision and defers information to a "
                      "communicatieplan; 'Als het schuurt' names Steunpunt Ouders Heuvelzoom and Onderwijsconsulenten."}),
    "vo-veenhorst": dict(
        documents=["vo-veenhorst.pdf"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
               "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
               "resultaten.monitoring"],
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 3 only refers to the separate 'Kader basisondersteuning' being herijkt; "
                                  "should be reported as verwezen.",
            "plaatsing": "ch. 4: full numbered vso procedure plus lwoo/pro dates, deskundigen, bezwaar; criteria only "
                         "'in de Toewijzingsregeling' / 'landelijke regelgeving' -> criteria not addressed.",
            "terugstroom": "ch. 5 'Herbeoordeling en de stap naar een reguliere school' (no 'terugplaatsing' word): "
                           "aims/conditions/nazorg and herbeoordeling before 1 Dec, proefperiode, decider.",
            "financien": "ch. 8 only refers to the separate Financieel Kader and says 'p.m.'; no amounts anywhere.",
            "dekkend-aanbod": "ch. 6 'Niemand thuis' handles thuiszitters/zorgplicht in detail; the set of "
                              "provisions is only 'op de sociale kaart op onze website'.",
            "resultaten": "ch. 7 'Ambities 2026-2030' has a target table; how progress is measured/reported is "
                          "deferred to a monitoringsplan 2026-2027.",
            "ouders": "ch. 9 lists website, schoolgids, folder, info-avond, spreekuur; ch. 10 'Klachten, bezwaar "
                      "en onafhankelijke hulp' names the Ouder- en Jongerenpunt and Onderwijsconsulenten."}),
    "po-zuidwaard": dict(
        documents=["po-zuidwaard.docx", "po-zuidwaard.pdf"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [],
                  "financien": ["reserves"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 4 'Kwaliteit van de basisondersteuning' only describes borging (kwaliteitsgesprek, "
                                  "verbeterplan); level and content are in a website document -> partial via advisory.",
            "plaatsing": "ch. 5 only refers to the separate 'Regeling toelaatbaarheid Zuidwaard' (verwezen); "
                         "nothing on procedure, criteria, deskundigen, duration or bezwaar.",
            "terugstroom": "ch. 6 'Als de TLV afloopt' gives the procedure (January evaluation, initiative before "
                           "1 March, school decides, 31 July); policy explicitly deferred to 2027.",
            "financien": "ch. 7 meerjarenbegroting with spending lines (besteding); verdeelmodel 'wordt in 2026 "
                         "herzien' and referred to the jaarbegroting.",
            "dekkend-aanbod": "nothing: no continuum, thuiszitters or gaps; OOGO only as a procedural date; "
                              "'Dekkend aanbod'/'Thuiszitter' only in the begrippenlijst.",
            "resultaten": "ch. 8 'Resultaten' is two tables only: goals with stand/streefwaarde and how/who/when "
                          "reported.",
            "ouders": "ch. 9 'Ouders informeren': website, schoolgids, Ouderwegwijzer, bijeenkomst; independent "
                      "help deferred ('richten wij in zodra de wet daartoe verplicht'); the SWV consulent is not "
                      "independent."}),
}


def label_yaml(name, L):
    crit = {f"{e}.{c}": (f"{e}.{c}" not in L["false"]) for e, c in CORE}
    elements = {el: status_from(crit, L["advisory"], el) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(L['documents'])}]", f"sector: {L['sector']}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {elements[el]}" for el in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    lines += [f"  {el}: [{', '.join(L['advisory'][el])}]" for el in ELEMENTS]
    lines.append("notes:")
    lines += [f"  {el}: \"{L['notes'][el]}\"" for el in ELEMENTS]
    return "\n".join(lines) + "\n", elements


NOT_A_PLAN_YAML = """documents: [school-wilgenhoek-ondersteuningsplan.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A single school's own 'Ondersteuningsplan 2025-2026' (IKC De Wilgenhoek): zorgniveaus 1-5, groepsbesprekingen, MR instead of OPR, one school year; it refers to the SWV's plan as a separate document. Not an ondersteuningsplan of a samenwerkingsverband."
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h54src_")
    summary = []
    try:
        builds = [("po-lindewaard", plan_a, ("docx", "pdf")), ("vo-oosterkempen", plan_b, ("docx",)),
                  ("po-heuvelzoom", plan_c, ("html",)), ("vo-veenhorst", plan_d, ("pdf",)),
                  ("po-zuidwaard", plan_e, ("docx", "pdf"))]
        for name, fn, fmts in builds:
            doc = fn()
            src = os.path.join(tmp, name + ".docx")
            render_docx(doc, src)
            if "docx" in fmts:
                shutil.copy(src, os.path.join(OUT, name + ".docx"))
            if "pdf" in fmts:
                docx_to_pdf(src, os.path.join(OUT, name + ".pdf"))
            if "html" in fmts:
                render_html(doc, os.path.join(OUT, name + ".html"))
            text, elements = label_yaml(name, LABELS[name])
            with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                f.write(text)
            summary.append((name, doc.words(), elements))
        f_doc = doc_f()
        render_docx(f_doc, os.path.join(OUT, "school-wilgenhoek-ondersteuningsplan.docx"))
        with open(os.path.join(OUT, "school-wilgenhoek-ondersteuningsplan.expected.yaml"), "w",
                  encoding="utf-8") as f:
            f.write(NOT_A_PLAN_YAML)
        summary.append(("school-wilgenhoek-ondersteuningsplan", f_doc.words(), {}))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, words, el in summary:
        print(f"{name}: {words} words; " + ", ".join(f"{k}={v}" for k, v in el.items()))


if __name__ == "__main__":
    sys.exit(main())
