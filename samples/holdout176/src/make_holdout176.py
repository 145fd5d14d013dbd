#!/usr/bin/env python3
"""Generate the holdout176 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school's ondersteuningsprofiel), plus the .expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------
# rendering helpers
# blocks: ("title", t) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", [[..]..])
#         ("toc", [..]) ("small", t)


def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "Bureau samenwerkingsverband"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            para = d.add_paragraph()
            r = para.add_run(val)
            r.font.size = Pt(8.5)
            r.italic = True
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for it in val:
                d.add_paragraph(it)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, path, title, header, footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "nav{font-size:90%;background:#eef}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:3px}</style>", "</head>", "<body>",
           f'<header><div class="topbar">{esc(header)}</div></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind == "small":
            out.append(f"<p><small>{esc(val)}</small></p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{esc(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", f"<footer><p>{esc(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout176_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile",
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
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
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes):
    """criteria: set of core criterion ids that are addressed. Status is derived
    from criteria + advisory by the Part A rule."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             "looks_like_plan: true"]
    el = []
    for e in ELEMENTS:
        cs = [c for c in CORE if c.split(".")[0] == e]
        hit = [c for c in cs if c in criteria]
        if len(hit) == len(cs):
            st = "present"
        elif hit or advisory.get(e):
            st = "partial"
        else:
            st = "missing"
        el.append(f"{e}: {st}")
    lines.append("elements: {" + ", ".join(el) + "}")
    lines.append("criteria:")
    for c in CORE:
        lines.append(f"  {c}: {'true' if c in criteria else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append(f"  {e}: {q(notes[e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
# shared filler (written so that it never addresses a core or advisory
# criterion by itself; element content is written per plan below)

def voorwoord(p):
    return [("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Het is het derde "
                  f"plan sinds de invoering van passend onderwijs in 2014 en het is tot stand gekomen in een "
                  f"periode waarin veel van ons werd gevraagd. Het lerarentekort in {p['regio']} is groot, "
                  f"de groepen zijn vol en de vragen van kinderen worden complexer. Tegelijkertijd zien we op "
                  f"onze scholen elke dag leerkrachten, intern begeleiders en directeuren die met veel "
                  f"betrokkenheid zoeken naar wat een kind nodig heeft. Dit plan is vooral voor hen geschreven, "
                  f"maar ook voor ouders, voor onze partners bij de gemeenten en voor iedereen die wil weten "
                  f"waar het samenwerkingsverband voor staat."),
            ("p", "Bij het schrijven hebben we veel gesprekken gevoerd: met schoolbesturen, met directeuren "
                  "in de regiobijeenkomsten, met de ondersteuningsplanraad en met wethouders en beleidsmedewerkers "
                  "van de gemeenten. Die gesprekken gingen niet alleen over middelen en regels, maar vooral over de "
                  "vraag hoe we samen zorgen dat kinderen zich kunnen ontwikkelen in hun eigen buurt. We hebben "
                  "geprobeerd het plan compact en leesbaar te houden. Waar het nodig is verwijzen we naar "
                  "uitwerkingen in het jaarplan."),
            ("p", f"Ik wil iedereen die heeft meegedacht hartelijk bedanken. Een plan is pas waardevol als het "
                  f"wordt gebruikt. Ik nodig u dan ook uit om het te lezen, te bespreken en ons aan te spreken "
                  f"als u denkt dat het beter kan."),
            ("p", f"{p['dir']}, directeur-bestuurder {p['short']}")]


def leeswijzer(p, chapters):
    txt = ("Dit plan is als volgt opgebouwd. Na een schets van de regio en onze visie volgen de hoofdstukken "
           "over de inhoud van de ondersteuning. " + " ".join(chapters) +
           " Achter in het document vindt u een begrippenlijst met de afkortingen die in het onderwijs veel "
           "worden gebruikt.")
    return [("h2", "Leeswijzer"), ("p", txt)]


def regio(p, extra=""):
    return [("h1", "Onze regio"),
            ("p", f"{p['name']} (registratienummer {p['code']}) is een stichting waarin {p['besturen']} "
                  f"schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {p['gemeenten']}. In het "
                  f"gebied staan {p['n_scholen']} scholen met samen ongeveer {p['n_lln']} leerlingen. De regio "
                  f"kent grote verschillen: naast dichtbebouwde stadswijken met veel jonge gezinnen zijn er "
                  f"dorpskernen waar het aantal leerlingen al jaren daalt. Die verschillen vragen om maatwerk "
                  f"per gebied. Het bureau van het samenwerkingsverband is gevestigd in {p['stad']}."),
            ("p", "De scholen in ons verband verschillen in denominatie, grootte en onderwijsconcept. Er zijn "
                  "openbare, katholieke, protestants-christelijke en algemeen bijzondere scholen, Montessori- en "
                  "Daltonscholen, een Vrije School en enkele scholen met een islamitische grondslag. Die "
                  "verscheidenheid zien wij als een kracht: ouders hebben iets te kiezen. Het betekent ook dat "
                  "afspraken helder moeten zijn, zodat ze op iedere school op dezelfde manier worden begrepen."
                  + extra)]


def visie(p, with_ambitie=True):
    b = [("h1", "Visie en missie"),
         ("p", "Wij gaan ervan uit dat ieder kind zich wil ontwikkelen en dat ieder kind recht heeft op "
               "onderwijs dat bij hem of haar past. Dat onderwijs vindt zoveel mogelijk plaats in de eigen wijk, "
               "samen met leeftijdgenoten. Wij kijken naar wat een kind nodig heeft en niet naar wat een kind "
               "'heeft'. De leerkracht doet ertoe: hij of zij maakt het verschil in de klas en verdient daarbij "
               "alle steun die we kunnen geven."),
         ("p", "Onze missie is kort samen te vatten: samen zorgen voor passend onderwijs, dichtbij als het kan en "
               "gespecialiseerd als het moet. Samen betekent: schoolbesturen, scholen, ouders, gemeenten en "
               "jeugdhulp die elkaar kennen en vertrouwen. Dichtbij betekent dat we de expertise naar het kind "
               "brengen en niet andersom. Gespecialiseerd betekent dat we niet aarzelen als een kind meer nodig "
               "heeft dan een reguliere school kan bieden."),
         ("p", "Bij deze visie horen kernwaarden die we in alle gesprekken terug laten komen: vertrouwen, "
               "eigenaarschap, transparantie en eenvoud. Eenvoud is daarbij misschien het belangrijkst. Wij willen "
               "dat een leerkracht niet eerst een formulier hoeft in te vullen voordat er hulp komt, en dat een "
               "ouder begrijpt wie waarover beslist.")]
    if with_ambitie:
        b.append(("p", "Deze visie vertalen we in de hoofdstukken hierna naar afspraken. Waar we in deze "
                       "planperiode concreet naartoe willen werken, staat in het hoofdstuk over de doelen van "
                       "deze planperiode."))
    return b


def governance(p, jaarverslag=True):
    b = [("h1", "Organisatie en governance"),
         ("p", f"De stichting kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder is "
               f"het bestuur van de stichting en wordt ondersteund door een klein bureau met een "
               f"beleidsadviseur, een controller, een managementassistent en een team van "
               f"{p['n_consulenten']} consulenten en orthopedagogen. De raad van toezicht bestaat uit "
               f"bestuurders van de aangesloten schoolbesturen en twee onafhankelijke leden. De algemene "
               f"vergadering van aangesloten besturen komt twee keer per jaar bijeen en stelt onder meer de "
               f"statuten en de samenstelling van de raad van toezicht vast."),
         ("p", "Directeuren van de scholen zijn georganiseerd in vier regionale netwerken. In die netwerken "
               "worden casussen besproken, wordt kennis gedeeld en worden signalen opgehaald die het bureau "
               "gebruikt bij de beleidsvorming. De voorzitters van de netwerken vormen samen het "
               "directeurenberaad, dat de directeur-bestuurder gevraagd en ongevraagd adviseert."),
         ("p", "De statuten bevatten een regeling voor geschillen tussen aangesloten besturen en de stichting. "
               "Deze regeling is in de afgelopen planperiode niet gebruikt.")]
    if jaarverslag:
        b.append(("p", "Jaarlijks stelt de directeur-bestuurder een jaarplan op, dat na goedkeuring door de "
                       "raad van toezicht het kader is voor het werk van het bureau. Over de uitvoering "
                       "legt het bestuur verantwoording af in het bestuursverslag."))
    return b


def opr(p, composition=True):
    b = [("h1", "Totstandkoming, ondersteuningsplanraad en overleg")]
    if composition:
        b.append(("p", f"De ondersteuningsplanraad (OPR) bestaat uit {p['opr_n']} leden: de helft is ouder "
                       f"van een leerling op een van onze scholen, de andere helft is personeelslid. De leden "
                       f"worden afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op "
                       f"het ondersteuningsplan en op wijzigingen daarvan."))
    b.append(("p", f"Het concept van dit plan is besproken in de directeurennetwerken in het najaar van 2025. "
                   f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en "
                   f"wethouders vond plaats op {p['oogo']}. Het overleg met het samenwerkingsverband "
                   f"{p['overlap']} vond plaats op dezelfde dag. De ondersteuningsplanraad heeft op "
                   f"{p['opr_date']} ingestemd. Het algemeen bestuur heeft het plan vastgesteld op "
                   f"{p['vast']}. Het plan is daarna voor 1 mei 2026 naar de Inspectie van het Onderwijs "
                   f"gestuurd."))
    b.append(("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Tussentijdse wijzigingen "
                   "leggen we opnieuw voor aan de ondersteuningsplanraad."))
    return b


def personeel(p):
    return [("h1", "Personeel en professionalisering"),
            ("p", f"Het samenwerkingsverband heeft zelf {p['fte']} fte in dienst. Het grootste deel daarvan "
                  "bestaat uit consulenten passend onderwijs, orthopedagogen en gedragsspecialisten die "
                  "scholen adviseren en begeleiden. Het verband is een aantrekkelijke werkgever als het lukt "
                  "om de expertise van deze medewerkers op peil te houden en hen ruimte te geven voor eigen "
                  "ontwikkeling. Ieder jaar voeren we met alle medewerkers een ontwikkelgesprek."),
            ("p", "Voor de scholen organiseert het verband een scholingsaanbod. Denk aan een leergang voor "
                  "intern begeleiders, een netwerk voor gedragsspecialisten en korte trainingen over thema's "
                  "als executieve functies, trauma-sensitief lesgeven en meertaligheid. De scholingen worden "
                  "gegeven door eigen medewerkers en door externe partners. Het lerarentekort raakt ook dit "
                  "aanbod: vrijgeroosterde tijd is schaars, en we kiezen daarom vaker voor korte bijeenkomsten "
                  "op de school zelf."),
            ("p", "Wij vinden het belangrijk dat de werkdruk van leerkrachten serieus wordt genomen. Nieuwe "
                  "afspraken toetsen we daarom altijd op de vraag wat zij betekenen voor de leerkracht in de klas.")]


def ict_privacy(p):
    return [("h1", "ICT, gegevensbescherming en privacy"),
            ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen "
                  "aanvragen indienen en documenten delen. Medewerkers van het bureau hebben alleen toegang tot "
                  "gegevens die zij voor hun taak nodig hebben. Het verband heeft een functionaris voor "
                  "gegevensbescherming aangesteld, die jaarlijks rapporteert aan de directeur-bestuurder."),
            ("p", "Persoonsgegevens, waaronder gegevens over gezondheid, verwerken we alleen voor zover dat "
                  "nodig is voor de wettelijke taken. Dossiers worden tot drie jaar na het laatste besluit "
                  "bewaard en daarna vernietigd. Het privacyreglement is vastgesteld door het bestuur en ligt "
                  "ter inzage op het bureau. Bij een datalek volgen we de meldprocedure die in het reglement "
                  "staat."),
            ("p", "In de planperiode vervangen we het aanvraagportaal. Scholen worden tijdig betrokken bij de "
                  "keuze van het nieuwe systeem, zodat het aansluit op de leerlingvolgsystemen die zij "
                  "gebruiken.")]


def planning(p):
    return [("h1", "Planning en jaarcyclus"),
            ("p", "Het ondersteuningsplan is een plan voor vier jaar. Jaarlijks werken we het uit in een "
                  "jaarplan met activiteiten. In het voorjaar bespreken we het concept-jaarplan met het "
                  "directeurenberaad en de ondersteuningsplanraad; in juni stelt het bestuur het vast. De "
                  "volgende mijlpalen staan al vast:"),
            ("ul", ["schooljaar 2026-2027: vervanging van het aanvraagportaal en herijking van de "
                    "netwerkstructuur;",
                    "schooljaar 2027-2028: tussentijdse bespreking van het plan met de ondersteuningsplanraad;",
                    "schooljaar 2028-2029: start van de voorbereiding van het volgende plan;",
                    "voorjaar 2030: vaststelling van het ondersteuningsplan 2030-2034."]),
            ("p", "Deze planning is indicatief. Als landelijke ontwikkelingen daartoe aanleiding geven, passen "
                  "we haar aan.")]


def hb_nieuwkomers(p):
    return [("h1", "Hoogbegaafdheid en nieuwkomers"),
            ("p", "In de afgelopen jaren is er landelijk extra aandacht gekomen voor kinderen die meer- of "
                  "hoogbegaafd zijn. Ook op onze scholen zien we dat deze kinderen soms vastlopen. Met de "
                  "tijdelijke subsidie voor hoogbegaafdheid zijn in de regio netwerken van specialisten "
                  "opgezet. Directeuren geven aan dat zij behoefte hebben aan het delen van materialen en "
                  "ervaringen."),
            ("p", "Daarnaast wonen er in onze gemeenten veel gezinnen die kort geleden naar Nederland zijn "
                  "gekomen. De gemeenten zijn verantwoordelijk voor het onderwijs aan nieuwkomers in de "
                  "eerste periode; de scholen ontvangen daarvoor aanvullende bekostiging. Het "
                  "samenwerkingsverband denkt mee als blijkt dat een nieuwkomer naast taalonderwijs ook "
                  "andere ondersteuning nodig heeft.")]


def landelijk(p):
    return [("h1", "Landelijke ontwikkelingen"),
            ("p", "Passend onderwijs staat landelijk volop in de aandacht. Na de evaluatie van 2020 heeft het "
                  "kabinet een verbeteraanpak ingezet met een groot aantal maatregelen. Een deel daarvan raakt "
                  "samenwerkingsverbanden direct, bijvoorbeeld de afspraken over de versterking van het intern "
                  "toezicht en de beweging naar inclusiever onderwijs in 2035. "
                  "Daarnaast wordt er gewerkt aan een landelijke norm voor de basisondersteuning. Hoe die norm "
                  "eruit komt te zien en per wanneer zij geldt, is bij het schrijven van dit plan nog niet bekend."),
            ("p", "Ook andere ontwikkelingen beïnvloeden ons werk: de krapte op de arbeidsmarkt, de groeiende "
                  "wachtlijsten in de jeugd-ggz, de aandacht voor kansengelijkheid en de vereenvoudiging van de "
                  "bekostiging. We volgen deze ontwikkelingen via de sectororganisaties en het landelijk netwerk "
                  "van samenwerkingsverbanden. Als een wetswijziging daartoe dwingt, passen we dit plan tussentijds "
                  "aan en leggen we de wijziging voor aan de ondersteuningsplanraad."),
            ("p", "Wij willen niet alleen reageren op landelijk beleid, maar ook zelf signalen afgeven. Daarom "
                  "nemen we deel aan de regionale overleggen van de sectorraden en delen we onze ervaringen met "
                  "het ministerie als daarom wordt gevraagd.")]


def arbeidsmarkt(p):
    return [("h1", "Lerarentekort en regionale samenwerking"),
            ("p", f"In {p['regio']} staan op dit moment tientallen vacatures open voor leraren en "
                  "begeleiders. Vooral scholen in wijken met veel kinderen met een taalachterstand hebben moeite om "
                  "hun formatie rond te krijgen. Dat heeft gevolgen voor wat scholen kunnen bieden: een leraar "
                  "die er alleen voor staat in een groep van dertig leerlingen, heeft minder ruimte voor "
                  "differentiatie. Het samenwerkingsverband is geen werkgever van leraren, maar kan wel "
                  "bijdragen aan oplossingen."),
            ("p", "Samen met de schoolbesturen en de lerarenopleidingen in de regio nemen we deel aan het "
                  "regionale arbeidsmarktplatform. Daar maken we afspraken over zij-instromers, stageplaatsen en "
                  "de begeleiding van startende leraren. De consulenten van het verband verzorgen voor "
                  "startende leraren een korte module over omgaan met verschillen in de klas. Daarnaast "
                  "verkennen we of medewerkers van het speciaal onderwijs vaker kunnen meewerken op reguliere "
                  "scholen, en andersom, zodat kennis in de regio blijft circuleren.")]


def goed_bestuur(p):
    return [("h1", "Integriteit en goed bestuur"),
            ("p", "Het samenwerkingsverband volgt de code goed bestuur van de sector. Bestuurders en "
                  "toezichthouders melden hun nevenfuncties, die op de website worden gepubliceerd. Jaarlijks "
                  "evalueert de raad van toezicht zijn eigen functioneren, eens in de drie jaar onder externe "
                  "begeleiding. Er is een integriteitscode voor medewerkers en een regeling voor het melden van "
                  "vermoedens van misstanden."),
            ("p", "Omdat het verband zowel besluit over de inzet van expertise als adviseert aan scholen, zijn "
                  "we alert op belangenverstrengeling. Medewerkers die een leerling eerder hebben begeleid, "
                  "nemen niet deel aan de bespreking van diezelfde leerling in een andere rol. Het bureau heeft "
                  "een eigen medezeggenschapsraad voor het personeel, die instemmings- en adviesrecht heeft op "
                  "zaken die het personeel betreffen, zoals het formatieplan en de werktijdenregeling."),
            ("p", "De communicatie met scholen verloopt via een maandelijkse nieuwsbrief voor directeuren en "
                  "intern begeleiders, het scholenportaal en de netwerkbijeenkomsten. Eens per jaar organiseren "
                  "we een regiodag voor alle scholen, waar we goede voorbeelden uit de regio delen.")]


def begrippen(extra):
    base = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgesproken pakket van ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het geheel van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden."],
            ["IB'er", "Intern begeleider van een school."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SBO", "Speciaal basisonderwijs."],
            ["SO", "Speciaal onderwijs."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["TLV", "Toelaatbaarheidsverklaring: besluit dat een leerling toelaatbaar is tot het sbo of so."],
            ["Terugplaatsing", "De terugkeer van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."]]
    return [("h1", "Bijlage: begrippenlijst en afkortingen"), ("table", base + extra)]


# --------------------------------------------------------------------------
# Plan A: PO, Word. Terugstroom hidden inside the TLV chapter; financien
# without any budget (besteding referred to website); ouders without an
# independent steunpunt (OJSP deferred until the law is in force).

A = dict(name="Stichting Passend Onderwijs Amstel & Venen", short="PO Amstel & Venen", code="PO 27-91",
         regio="de Amstelstreek", gemeenten="Aalsmeer, Amstelveen-Zuid, Ouder-Amstel, Uithoorn en De Ronde Venen",
         besturen="elf", n_scholen="58", n_lln="14.900", stad="Uithoorn", dir="Marieke van der Sluis",
         period="2026-2030", n_consulenten="veertien", opr_n="twaalf", oogo="12 februari 2026",
         overlap="VO Amstel & Venen", opr_date="17 maart 2026", vast="2 april 2026", fte="21,4")


def plan_a():
    p = A
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", f"{p['name']} | Samenwerkingsverband primair onderwijs {p['code']}"),
         ("p", "Versie 1.0 – vastgesteld door het algemeen bestuur op 2 april 2026"),
         ("toc", ["Voorwoord", "1 Onze regio", "2 Visie en missie", "3 Basisondersteuning: de vloer onder elke school",
                  "4 Extra ondersteuning en een dekkend netwerk", "5 Toelaatbaarheid tot sbo en so",
                  "   5.6 Terugplaatsing en overplaatsing", "6 Doelen en resultaten", "7 Ouders",
                  "8 Financiën en meerjarenbegroting", "9 Samenwerking met gemeenten", "10 Organisatie en governance",
                  "11 Totstandkoming en ondersteuningsplanraad", "12 Personeel en professionalisering",
                  "13 ICT en privacy", "14 Planning", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Meerjarenbegroting 2026-2030 (separaat)"]),
         ("pagebreak", None)]
    b += voorwoord(p)
    b += leeswijzer(p, ["Hoofdstuk 3 beschrijft de basisondersteuning, hoofdstuk 4 het netwerk van extra "
                        "ondersteuning en hoofdstuk 5 de toelaatbaarheid tot het speciaal (basis)onderwijs.",
                        "Daarna volgen de doelen, de informatie aan ouders en de financiën."])
    b += regio(p, " In de afgelopen planperiode daalde het aantal leerlingen in de dorpskernen met ongeveer "
                  "zes procent, terwijl Amstelveen-Zuid en Uithoorn groeiden door nieuwbouw.")
    b += visie(p)
    b += [("h1", "3 Basisondersteuning: de vloer onder elke school"),
          ("p", "Alle elf schoolbesturen hebben met elkaar afgesproken welke ondersteuning iedere school in ons "
                "verband minimaal biedt. Die afspraak noemen we de basisondersteuning. Zij geldt voor elke "
                "vestiging, dus ook voor een kleine dorpsschool of een nevenvestiging, en ook voor scholen die in "
                "de planperiode nieuw worden gesticht. Een school mag meer bieden – dat staat dan in haar "
                "schoolondersteuningsprofiel – maar nooit minder. De basisondersteuning wordt betaald uit de "
                "reguliere bekostiging van de school en uit het schoolbudget dat het verband verstrekt; ouders "
                "hoeven er niets voor aan te vragen."),
          ("p", "Wat mag een ouder op iedere school verwachten? De besturen hebben dat in acht afspraken "
                "vastgelegd:"),
          ("ul", ["Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die "
                  "leerkrachten coacht en de ondersteuning in de school coördineert.",
                  "De school werkt handelingsgericht: de leerkracht stelt minimaal twee keer per jaar een "
                  "groepsoverzicht op en bespreekt dit met de intern begeleider.",
                  "De school heeft een dyslexie- en een dyscalculieprotocol en biedt de begeleiding die daarin "
                  "staat, inclusief het aanvragen van vergoed onderzoek via de gemeente.",
                  "De school heeft een aanbod voor sociaal-emotionele ontwikkeling en een aanpak tegen pesten, "
                  "met een vast aanspreekpunt.",
                  "De school biedt leerlingen die meer aankunnen een verrijkingsaanbod binnen de groep.",
                  "De school kan eenvoudige medische handelingen uitvoeren volgens het protocol medisch handelen.",
                  "Binnen zes weken na een zorgsignaal voert de school een gesprek met ouders en legt de afspraken vast.",
                  "De school kan een consulent van het verband inschakelen voor advies, zonder wachttijd en zonder "
                  "aanvraagformulier."]),
          ("p", "De afspraken zijn in 2025 uitgewerkt in de 'kwaliteitskaart basisondersteuning'. Elk jaar "
                "vult iedere school die kaart in. De consulent bespreekt de uitkomst met de directeur. Als een "
                "school op een onderdeel onder de afspraak blijft, maken directeur en consulent een "
                "verbeterplan met een termijn van ten hoogste één schooljaar; de directeur-bestuurder "
                "spreekt het schoolbestuur aan als het plan niet wordt uitgevoerd.")]
    b += [("h1", "4 Extra ondersteuning en een dekkend netwerk"),
          ("p", "Soms heeft een kind meer nodig dan de basisondersteuning. Ons netwerk van ondersteuning is "
                "opgebouwd in drie lagen, die op elkaar aansluiten:"),
          ("table", [["Laag", "Wat", "Waar"],
                     ["1 Basis", "De acht afspraken uit hoofdstuk 3", "Iedere school"],
                     ["2 Extra", "Arrangementen op maat: begeleiding door een specialist, een aangepaste "
                      "leerroute, een time-out in de taalklas of de observatiegroep", "Eigen school of een "
                      "bovenschoolse voorziening (taalklas Uithoorn, observatiegroep De Haven, plusklassen in drie kernen)"],
                     ["3 Specialistisch", "Speciaal basisonderwijs of speciaal onderwijs cluster 3 en 4; "
                      "onderwijs-zorgarrangementen met jeugdhulp", "Twee sbo-scholen en vier so-scholen in en "
                      "rond de regio"]]),
          ("p", "Een arrangement in laag 2 vraagt de school aan bij het ondersteuningsteam, waarin de intern "
                "begeleider, de ouders, de consulent en zo nodig de jeugdverpleegkundige zitten. Het team besluit "
                "binnen vier weken. Een onderwijs-zorgarrangement spreken we af met de gemeente, die de "
                "jeugdhulp in de school bekostigt."),
          ("h2", "Waar het netwerk nog niet sluit"),
          ("p", "Een netwerk is pas dekkend als er voor elk kind een plek is. Elk jaar in november maken de "
                "consulenten een overzicht van kinderen die geen passende plek hebben, thuiszitten of op een "
                "wachtlijst staan. In 2024-2025 ging het om 23 kinderen; acht van hen zaten langer dan vier "
                "weken thuis. Het overzicht laat twee gaten zien: jonge kinderen met een combinatie van "
                "ernstige gedragsproblemen en een ontwikkelingsachterstand, en kinderen die door angst niet "
                "naar school gaan. Voor de eerste groep openen we in augustus 2027 een tweede observatiegroep; "
                "voor de tweede groep starten we samen met de jeugdhulp een programma 'Stap voor stap terug', "
                "met maximaal twaalf plekken."),
          ("p", "Iedere maand komt het thuiszittersoverleg bijeen met de leerplichtambtenaren. Als een kind "
                "langer dan vier weken thuiszit, wijst het verband een casusregisseur aan die mag doorzetten: "
                "binnen twee weken ligt er een plan met een school of voorziening. Schoolbesturen blijven "
                "daarbij hun zorgplicht houden; als de eigen school geen passend aanbod kan doen, zoekt het "
                "bestuur samen met het verband een andere school.")]
    b += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("h2", "5.1 Wie vraagt aan"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school "
                "waar het kind staat ingeschreven, of, bij een kind dat nog niet op school zit, van de school "
                "waar het is aangemeld. Ouders vragen dus niet zelf aan, maar zij worden vanaf het begin "
                "betrokken en geven hun zienswijze op de aanvraag."),
          ("h2", "5.2 Stappen en termijnen"),
          ("ul", ["Stap 1 – Het ondersteuningsteam bespreekt het kind en concludeert dat de ondersteuningsbehoefte "
                  "de mogelijkheden van laag 1 en 2 overstijgt.",
                  "Stap 2 – De school stuurt via het portaal het groeidocument, het ontwikkelingsperspectief, het "
                  "verslag van het ondersteuningsteam en de zienswijze van de ouders.",
                  "Stap 3 – Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
                  "psycholoog en, afhankelijk van het kind, een kinderarts, maatschappelijk werker of "
                  "kinderpsychiater. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                  "Stap 4 – De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na "
                  "ontvangst van een volledige aanvraag.",
                  "Stap 5 – Ouders en school ontvangen het besluit en een afschrift van de adviezen."]),
          ("h2", "5.3 Wanneer is een kind toelaatbaar?"),
          ("p", "De commissie verklaart een kind toelaatbaar tot het speciaal basisonderwijs als aan alle drie "
                "de volgende voorwaarden is voldaan: (a) de school heeft ten minste twee cycli van extra "
                "ondersteuning in laag 2 uitgevoerd en geëvalueerd; (b) het kind heeft op meer dan één gebied "
                "(leren, gedrag, sociaal-emotioneel, werkhouding) een ondersteuningsbehoefte die een kleinere "
                "groep en een aangepast programma vraagt; (c) de verwachting is dat het kind in het sbo wel tot "
                "ontwikkeling komt."),
          ("p", "Voor het speciaal onderwijs geldt daarnaast dat het kind zorg en begeleiding gedurende de hele "
                "schooldag nodig heeft, of een zo ernstige verstandelijke, lichamelijke of gedragsmatige "
                "beperking dat het onderwijsprogramma wezenlijk moet worden aangepast. Bij twijfel tussen sbo en "
                "so kiest de commissie de minst ingrijpende plek die nog passend is."),
          ("h2", "5.4 Duur en categorie"),
          ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het "
                "so geeft de commissie af voor twee schooljaren, tot 31 juli. De bekostigingscategorie is laag, "
                "tenzij het kind een lichamelijke beperking heeft (midden) of een meervoudige beperking (hoog)."),
          ("h2", "5.5 Kinderen van buiten de regio"),
          ("p", "Voor kinderen die verhuizen of die een school net buiten de regio bezoeken maken we afspraken "
                "met de omliggende verbanden volgens de landelijke regeling."),
          ("h2", "5.6 Terugplaatsing en overplaatsing"),
          ("p", "Een TLV is geen eindstation. Ons uitgangspunt is dat ieder kind in het sbo of so de kans krijgt "
                "om terug te gaan naar een reguliere basisschool in de buurt, als dat past bij zijn "
                "ontwikkeling. Een kind gaat terug als het ontwikkelingsperspectief laat zien dat de "
                "ondersteuningsbehoefte binnen laag 1 of 2 kan worden opgevangen, en als er een school is die "
                "het kind met een overstaparrangement kan ontvangen. Dat overstaparrangement houdt in dat een "
                "begeleider van de sbo- of so-school het kind en de leerkracht een half jaar volgt en dat de "
                "ontvangende school het eerste jaar een budget van € 4.000 krijgt."),
          ("p", "De werkwijze is als volgt. De sbo- of so-school evalueert het ontwikkelingsperspectief van elk "
                "kind twee keer per jaar. In het laatste jaar van de TLV organiseert de school vóór 1 februari "
                "een overleg met ouders, consulent en een mogelijke ontvangende school. Daarin wordt besloten of "
                "het kind teruggaat, wordt overgeplaatst naar een andere speciale school, of dat de school een "
                "nieuwe TLV aanvraagt. Bij terugkeer stelt de consulent vóór 1 april het overstaparrangement op; "
                "de ontvangende school schrijft het kind in per 1 augustus. Vraagt de school geen nieuwe TLV aan, "
                "dan eindigt de TLV op 31 juli en is de terugkeer de vaste route.")]
    b += [("h1", "6 Doelen en resultaten"),
          ("p", "In de vorige planperiode hebben we vooral gebouwd aan de structuur. De komende vier jaar "
                "willen we laten zien wat die structuur voor kinderen oplevert. We hebben daarom vijf doelen met "
                "een meetbare streefwaarde vastgesteld:"),
          ("table", [["Doel", "Stand 2025", "Streefwaarde 2030"],
                     ["Deelnamepercentage so (peildatum 1 oktober)", "1,8%", "ten hoogste 1,5%"],
                     ["Kinderen die langer dan vier weken thuiszitten", "8", "0"],
                     ["TLV-besluiten binnen zes weken", "81%", "95%"],
                     ["Terugplaatsingen vanuit sbo/so per jaar", "6", "12"],
                     ["Scholen die aan alle acht afspraken basisondersteuning voldoen", "71%", "100%"]]),
          ("p", "We volgen deze doelen met een dashboard dat het bureau twee keer per jaar bijwerkt met "
                "gegevens uit DUO, het portaal en de thuiszittersregistratie. In april en november bespreekt de "
                "directeur-bestuurder de stand met de raad van toezicht en met het directeurenberaad. De "
                "ondersteuningsplanraad ontvangt het dashboard na elke actualisatie. In het bestuursverslag "
                "rapporteren we per doel wat is bereikt en welke middelen ervoor zijn ingezet. Na twee jaar "
                "voeren we een tussenevaluatie uit, waarin we ook scholen en ouders vragen naar hun ervaring.")]
    b += [("h1", "7 Ouders"),
          ("p", "Ouders kennen hun kind het best. Wij zien hen als partner: in het ondersteuningsteam, bij het "
                "ontwikkelingsperspectief en bij de aanvraag van een TLV. Dat kan alleen als ouders weten welke "
                "ondersteuning er is."),
          ("p", "Wij informeren ouders op verschillende manieren. Op de ouderpagina van onze website staat per "
                "school het schoolondersteuningsprofiel en een uitleg over de drie lagen van ondersteuning. Bij "
                "de aanmelding op een basisschool krijgen ouders de folder 'Passend onderwijs in tien vragen', "
                "in het Nederlands, Engels, Turks en Arabisch. In de schoolgids van iedere school staat een "
                "vaste paragraaf over de basisondersteuning en de route naar extra ondersteuning. Twee keer per "
                "jaar organiseren we een informatieavond voor ouders, en de consulenten houden een wekelijks "
                "telefonisch spreekuur."),
          ("p", "Het wetsvoorstel versterking positie ouders en leerlingen verplicht samenwerkingsverbanden om "
                "een ouder- en jeugdsteunpunt in te richten. Wij volgen die ontwikkeling. Op welke manier wij het "
                "steunpunt vormgeven en met wie we daarbij samenwerken, bepalen we zodra de wet in werking is "
                "getreden. Tot die tijd is de intern begeleider van de school het eerste aanspreekpunt voor "
                "vragen.")]
    b += [("h1", "8 Financiën en meerjarenbegroting"),
          ("p", "Het verband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van "
                "de afdrachten aan het so, die DUO rechtstreeks inhoudt, en van de bijdrage aan het sbo volgens "
                "de peildatum van 1 februari, verdelen wij het resterende budget volgens een vast model."),
          ("p", "Zeventig procent gaat rechtstreeks naar de schoolbesturen als schoolbudget: een bedrag van "
                "€ 142 per leerling op basis van de teldatum van 1 oktober, plus een vaste voet van € 6.500 per "
                "vestiging. Dertig procent blijft bovenschools; toekenning daaruit gebeurt op aanvraag, via het "
                "ondersteuningsteam en de commissie, volgens de criteria uit hoofdstuk 4 en 5. Het bestuur stelt de verdeling ieder jaar in december vast; wijzigingen in "
                "het model leggen we voor aan de ondersteuningsplanraad."),
          ("p", "De algemene reserve lag eind 2024 boven de signaleringswaarde van de Inspectie. Het bestuur "
                "heeft besloten het bovenmatige deel in de planperiode af te bouwen."),
          ("p", "Een meerjarenbegroting maakt geen deel uit van dit plan. De begroting wordt ieder jaar opnieuw "
                "door het bestuur vastgesteld en op de website geplaatst; zie ook bijlage 2.")]
    b += [("h1", "9 Samenwerking met gemeenten"),
          ("p", "Met de vijf gemeenten voeren we twee keer per jaar bestuurlijk overleg, naast het formele OOGO "
                "over dit plan. De gezamenlijke agenda bevat de aansluiting tussen onderwijs en jeugdhulp, "
                "leerlingenvervoer, onderwijshuisvesting en de overgang naar het voortgezet onderwijs. In de "
                "vorige periode hebben we afspraken gemaakt over jeugdhulp onder schooltijd; die afspraken "
                "zetten we voort.")]
    b += governance(p) + opr(p) + personeel(p) + ict_privacy(p) + planning(p)
    b += begrippen([["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
                    ["Meerjarenbegroting", "Begroting over meerdere jaren."]])
    return b


# --------------------------------------------------------------------------
# Plan B: PO, PDF. Basisondersteuning defined but content only on website;
# TLV procedure without criteria (deferred); no terugplaatsing at all
# (only glossary / uitstroom / terugblik traps); financien under "Geld en
# middelen" with a table; results: targets but monitoring deferred; ouders
# inside the chapter "Communicatie".

B = dict(name="Samenwerkingsverband Passend Onderwijs Rijn en Veen PO", short="SWV Rijn en Veen",
         code="PO 28-93", regio="het Groene Hart", gemeenten="Alphen aan den Rijn, Kaag en Braassem en Nieuwkoop",
         besturen="negen", n_scholen="61", n_lln="15.300", stad="Alphen aan den Rijn", dir="Jeroen Bakhuizen",
         period="2026-2030", n_consulenten="elf", opr_n="tien", oogo="5 februari 2026",
         overlap="VO Rijn en Veen", opr_date="10 maart 2026", vast="26 maart 2026", fte="16,8")


def plan_b():
    p = B
    b = [("title", "Ondersteuningsplan 2026-2030 'Samen sterk in de klas'"),
         ("p", f"{p['name']} ({p['code']})"),
         ("toc", ["Voorwoord", "1 Terugblik op 2022-2026", "2 Onze regio", "3 Visie en missie", "4 Basisondersteuning",
                  "5 Ondersteuningsroute en arrangementen", "6 Toelaatbaarheid en plaatsing in sbo en so",
                  "7 Overstap naar het voortgezet onderwijs", "8 Ambities 2026-2030", "9 Geld en middelen",
                  "10 Communicatie", "11 Organisatie en governance", "12 Totstandkoming en OPR",
                  "13 Personeel", "14 ICT en privacy", "15 Hoogbegaafdheid en nieuwkomers",
                  "16 Planning", "Bijlage Begrippenlijst (o.a. terugplaatsing, monitoring)"]),
         ("pagebreak", None)]
    b += voorwoord(p)
    b += [("h1", "1 Terugblik op 2022-2026"),
          ("p", "In de vorige planperiode hebben we de ondersteuningsroute vereenvoudigd, het aantal "
                "formulieren gehalveerd en de consulenten dichter bij de scholen georganiseerd. De coronajaren "
                "en het lerarentekort hebben veel van de scholen gevraagd. Veel plannen konden we uitvoeren, "
                "andere schoven door. De terugblik bij dit plan is dan ook vooral een verhaal over leren: wat "
                "werkte, wat niet, en wat nemen we mee. Directeuren noemen de korte lijnen met de consulent als "
                "het belangrijkste resultaat van de afgelopen jaren."),
          ("p", "Wat we meenemen: de kracht van het gesprek aan tafel met ouders en school, en het besef dat "
                "regels eenvoudig moeten blijven. Wat we anders willen: scherper zijn in wat we willen bereiken.")]
    b += regio(p) + visie(p)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is in Rijn en Veen het afgesproken niveau van ondersteuning dat iedere "
                "basisschool binnen ons verband ten minste biedt, op elke locatie, ongeacht het schoolbestuur. "
                "De negen besturen hebben dit niveau samen vastgesteld en het geldt voor alle 61 scholen. Een "
                "school kan daarbovenop eigen expertise hebben; dat beschrijft zij in haar "
                "schoolondersteuningsprofiel. Onder het afgesproken niveau zakken mag niet: een school die dat "
                "niet waarmaakt, wordt daarop door haar eigen bestuur aangesproken."),
          ("p", "Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, hebben we "
                "beschreven in de Kaart Basisondersteuning Rijn en Veen. Die kaart wordt jaarlijks "
                "geactualiseerd en staat daarom niet in dit plan, maar op onze website onder 'Voor scholen'.")]
    b += [("h1", "5 Ondersteuningsroute en arrangementen"),
          ("p", "Wanneer de basisondersteuning niet genoeg is, volgt de school de ondersteuningsroute. De route "
                "kent vier treden. Op trede 1 past de leerkracht het aanbod in de groep aan. Op trede 2 schakelt "
                "de intern begeleider de consulent van het verband in, die meekijkt en adviseert. Op trede 3 "
                "wordt een arrangement toegekend: een individuele begeleiding door een specialist uit het "
                "expertiseteam, een plek in een van de drie bovenschoolse groepen (de Taalboot in Alphen, de "
                "Plusgroep in Nieuwkoop, de Kanjerklas voor jonge kinderen met gedragsvragen) of een "
                "onderwijs-zorgarrangement samen met de jeugdhulp. Op trede 4 gaat het om een plaatsing in het "
                "speciaal basisonderwijs of het speciaal onderwijs; in de regio staan twee sbo-scholen en drie "
                "so-scholen."),
          ("p", "Arrangementen worden toegekend door het arrangeerteam, dat elke twee weken vergadert. Een "
                "arrangement duurt in de regel een half jaar en kan eenmaal worden verlengd."),
          ("h2", "Geen kind buiten beeld"),
          ("p", "Elk kind dat niet of niet volledig naar school gaat, is voor ons een signaal dat het netwerk "
                "een gat vertoont. Scholen melden thuiszitters binnen vijf schooldagen bij het verband. Een vaste "
                "thuiszitterstafel met leerplicht, jeugdhulp en de consulent komt iedere drie weken bijeen en "
                "maakt binnen twee weken een plan om het kind terug naar school te begeleiden. Lukt dat niet, "
                "dan beslist de directeur-bestuurder welke school of voorziening het kind tijdelijk opvangt."),
          ("p", "Daarnaast houden we een plekkenoverzicht bij van de bovenschoolse groepen en het speciaal "
                "onderwijs. Ontstaat er een wachtlijst van meer dan vier weken, dan bespreekt het bestuur binnen "
                "een maand of een extra groep of tijdelijke uitbreiding nodig is. Uit de analyse van 2025 blijkt "
                "dat er te weinig plekken zijn voor kinderen met een ernstige taalontwikkelingsstoornis die net "
                "geen cluster-2-indicatie hebben; per augustus 2026 breiden we de Taalboot daarom uit met een "
                "tweede groep.")]
    b += [("h1", "6 Toelaatbaarheid en plaatsing in sbo en so"),
          ("p", "Als de school en de ouders samen concluderen dat het kind is aangewezen op het speciaal "
                "basisonderwijs of het speciaal onderwijs, vraagt het schoolbestuur een toelaatbaarheidsverklaring "
                "aan bij het Loket van het samenwerkingsverband. De aanvraag bevat het groeidocument, het "
                "ontwikkelingsperspectiefplan, de verslagen van de besprekingen op trede 2 en 3 en een "
                "handtekening van de ouders voor gezien."),
          ("p", "Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is. Daarna brengen twee "
                "deskundigen elk een eigen advies uit: een orthopedagoog of GZ-psycholoog van het verband en een "
                "tweede deskundige, afhankelijk van de vraag een jeugdarts, maatschappelijk werker of "
                "kinderpsychiater. De Commissie Toelaatbaarheid neemt binnen zes weken na de volledige aanvraag "
                "een besluit namens het bestuur. Het besluit wordt toegestuurd aan het schoolbestuur en de ouders."),
          ("p", "Waarop de commissie haar besluit baseert, is maatwerk: iedere aanvraag wordt op haar eigen "
                "merites gewogen. De toetsingscriteria die de commissie daarbij hanteert, herzien we in het "
                "eerste jaar van deze planperiode. De herziene criteria publiceren we na vaststelling door het "
                "bestuur op de website."),
          ("p", "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het "
                "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen.")]
    b += [("h1", "7 Overstap naar het voortgezet onderwijs"),
          ("p", "Voor de overstap naar het voortgezet onderwijs werken we samen met het VO-verband. Iedere "
                "leerling met een ontwikkelingsperspectief krijgt een warme overdracht: de intern begeleider "
                "bespreekt de leerling in het voorjaar met de ondersteuningscoördinator van de nieuwe school. "
                "Ook voor de uitstroom vanuit het sbo en so naar het voortgezet (speciaal) onderwijs geldt deze "
                "warme overdracht.")]
    b += [("h1", "8 Ambities 2026-2030"),
          ("p", "We hebben ons voorgenomen scherper te zijn in wat we willen bereiken. Voor leerlingen die extra "
                "ondersteuning nodig hebben, streven we in de planperiode de volgende resultaten na:"),
          ("ul", ["In 2030 gaat ten minste 97% van de leerlingen met een arrangement op trede 3 naar een "
                  "reguliere basisschool in de eigen woonkern.",
                  "Het aantal thuiszitters op 1 oktober daalt van 14 (2025) naar minder dan 5.",
                  "Geen kind wacht langer dan vier weken op een plek in een bovenschoolse groep.",
                  "Ten minste 80% van de ouders van kinderen met een arrangement geeft de samenwerking met school "
                  "en verband een voldoende.",
                  "Het deelnamepercentage so blijft onder het landelijk gemiddelde."]),
          ("p", "Hoe en wanneer we de voortgang op deze ambities meten en aan wie we daarover rapporteren, leggen "
                "we vast in een monitoringskader. Dat kader is in voorbereiding en wordt na de zomer van 2026 "
                "aan het bestuur voorgelegd.")]
    b += [("h1", "9 Geld en middelen"),
          ("p", "Rijn en Veen werkt met een schoolmodel: het grootste deel van het geld gaat naar de besturen, "
                "zodat scholen zelf snel kunnen handelen. Per schooljaar ontvangt elk bestuur voor lichte "
                "ondersteuning € 165 per leerling (teldatum 1 oktober van het voorgaande jaar). Daarnaast "
                "ontvangt een bestuur € 48 per leerling uit de middelen voor zware ondersteuning, te besteden "
                "aan arrangementen op de eigen scholen. De middelen voor de bovenschoolse groepen, het "
                "expertiseteam en het bureau houdt het verband zelf. Arrangementen op trede 3 worden betaald uit "
                "een centraal budget en door het arrangeerteam toegekend volgens de regels van hoofdstuk 5."),
          ("p", "Scholen verantwoorden jaarlijks in een korte rapportage per bestuur welke arrangementen zij met "
                "de middelen hebben uitgevoerd en voor hoeveel leerlingen. De meerjarenbegroting ziet er als "
                "volgt uit (bedragen × € 1.000):"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbudget (na afdrachten)", "11.420", "11.310", "11.190", "11.050"],
                     ["Doorbetaling besturen lichte ondersteuning", "2.525", "2.500", "2.470", "2.440"],
                     ["Doorbetaling besturen zware ondersteuning", "734", "727", "718", "710"],
                     ["Afdracht sbo (groei en 2%-regeling)", "3.610", "3.580", "3.560", "3.530"],
                     ["Bovenschoolse groepen", "1.650", "1.820", "1.820", "1.820"],
                     ["Arrangementen trede 3", "1.480", "1.450", "1.420", "1.400"],
                     ["Expertiseteam en consulenten", "1.590", "1.560", "1.540", "1.520"],
                     ["Bureau en bestuur", "610", "600", "600", "590"],
                     ["Resultaat", "-779", "-927", "-938", "-960"]]),
          ("p", "Het negatieve resultaat is bewust: we bouwen de reserve af tot het niveau van de "
                "signaleringswaarde. Daarna sluit de begroting weer sluitend.")]
    b += [("h1", "10 Communicatie"),
          ("p", "Goede communicatie is de basis voor vertrouwen. We communiceren met scholen via een maandelijkse "
                "nieuwsbrief en het scholenportaal. Voor ouders hebben we een eigen lijn ingericht."),
          ("h2", "Ouders"),
          ("p", "Ouders vinden op de website een ouderdeel met uitleg over de ondersteuningsroute, de treden, "
                "de bovenschoolse groepen en het speciaal (basis)onderwijs, en per school de link naar het "
                "schoolondersteuningsprofiel in de schoolgids. Iedere school reikt bij de intake de ouderfolder "
                "van Rijn en Veen uit. In het najaar houden we drie ouderavonden, één per gemeente. Ouders "
                "kunnen daarnaast op werkdagen bellen met de ouderlijn van het verband."),
          ("p", "Wie onafhankelijk advies wil, bijvoorbeeld omdat het gesprek met school is vastgelopen, kan "
                "terecht bij het Ouder- en Jeugdsteunpunt Groene Hart. Het steunpunt is ondergebracht bij een "
                "onafhankelijke stichting, staat los van de schoolbesturen en helpt kosteloos. Ook de landelijke "
                "Onderwijsconsulenten kunnen worden ingeschakeld. Bij een klacht over het samenwerkingsverband "
                "geldt de klachtenregeling, die aansluit bij de Landelijke Klachtencommissie Onderwijs.")]
    b += governance(p, jaarverslag=False) + opr(p) + personeel(p) + ict_privacy(p) + hb_nieuwkomers(p) + planning(p)
    b += begrippen([["Monitoring", "Het volgen van de voortgang op de ambities."],
                    ["Terugplaatsingsarrangement", "Ondersteuning bij de overstap van sbo/so naar regulier."]])
    return b


# --------------------------------------------------------------------------
# Plan C: PO, PDF. Basisondersteuning content only in a table; full TLV
# chapter; terugplaatsing policy without procedure (stappenplan deferred);
# budget table but the verdeelmodel is being redesigned (deferred); continuum
# without gap analysis (deferred); no results at all (heading + deferral).

C = dict(name="Stichting Passend Onderwijs Delft en Westland", short="PODW", code="PO 28-97",
         regio="Delft en het Westland", gemeenten="Delft, Midden-Delfland en Westland",
         besturen="acht", n_scholen="72", n_lln="19.600", stad="Delft", dir="Fatma Yilmaz-de Groot",
         period="2026-2030", n_consulenten="zestien", opr_n="veertien", oogo="29 januari 2026",
         overlap="VO Delft en Westland", opr_date="3 maart 2026", vast="19 maart 2026", fte="24,2")


def plan_c():
    p = C
    b = [("title", "Ondersteuningsplan Passend Onderwijs Delft en Westland 2026-2030"),
         ("p", f"{p['code']} – definitieve versie"),
         ("toc", ["Voorwoord", "1 Onze regio", "2 Visie", "3 Wat elk kind op elke school mag verwachten",
                  "4 Van basis naar specialistisch: het ondersteuningscontinuüm", "5 Toelaatbaarheid sbo en so",
                  "6 Terugplaatsing", "7 Ouders als partner", "8 Kwaliteit en resultaten", "9 Financieel beleid",
                  "10 Organisatie en governance", "11 Totstandkoming en OPR", "12 Personeel", "13 ICT en privacy",
                  "14 Hoogbegaafdheid en nieuwkomers", "15 Planning", "Bijlage Begrippenlijst"]),
         ("pagebreak", None)]
    b += voorwoord(p)
    b += leeswijzer(p, ["In hoofdstuk 3 en 4 beschrijven we de ondersteuning op en tussen de scholen; "
                        "hoofdstuk 5 en 6 gaan over het speciaal (basis)onderwijs.",
                        "Hoofdstuk 8 gaat over kwaliteit en resultaten, hoofdstuk 9 over de financiën."])
    b += regio(p) + visie(p, with_ambitie=False)
    b += [("h1", "3 Wat elk kind op elke school mag verwachten"),
          ("p", "Iedere school in Delft en Westland biedt hetzelfde fundament van ondersteuning. De acht "
                "besturen hebben in 2025 vastgelegd dat onderstaande voorzieningen op elke vestiging aanwezig "
                "zijn, van de grootste stadsschool tot de kleinste school in het glastuinbouwgebied. Wat hier "
                "staat, is dus geen ambitie maar een ondergrens waar een ouder de school op mag aanspreken."),
          ("table", [["Onderdeel", "Wat de school biedt"],
                     ["Ondersteuningsstructuur", "Een intern begeleider; een ondersteuningsteam dat ten minste zes "
                      "keer per jaar bijeenkomt; een vaste consulent van het verband."],
                     ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; extra instructie in kleine groepjes; "
                      "compenserende software (voorleessoftware) waar nodig."],
                     ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren; een anti-pestcoördinator; "
                      "een time-out-afspraak binnen de school."],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; verrijkingsmateriaal en "
                      "compacten van de leerstof."],
                     ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2."],
                     ["Medisch", "Uitvoering van eenvoudige medische handelingen volgens protocol."],
                     ["Werkwijze", "Handelingsgericht werken met groepsplannen die twee keer per jaar worden "
                      "geëvalueerd; een ontwikkelingsperspectief bij een eigen leerlijn."]]),
          ("p", "Elke school beschrijft in haar schoolondersteuningsprofiel hoe zij dit fundament invult en wat "
                "zij daarnaast biedt.")]
    b += [("h1", "4 Van basis naar specialistisch: het ondersteuningscontinuüm"),
          ("p", "Boven op het fundament bouwen we een doorlopend aanbod. Het continuüm loopt van lichte "
                "aanpassingen in de klas tot een plaats in een speciale school:"),
          ("ul", ["Extra ondersteuning op de eigen school: de school krijgt een arrangement voor een kind of een "
                  "groepje kinderen, bijvoorbeeld ambulante begeleiding door een specialist van het so of een "
                  "gedragsspecialist van het verband.",
                  "Bovenschoolse voorzieningen: de Delftse Schakelklas voor kinderen met een grote taalachterstand, "
                  "twee voltijd hoogbegaafdenklassen in Delft en Naaldwijk, en de Observatiegroep Westland voor "
                  "jonge kinderen bij wie nog niet duidelijk is wat zij nodig hebben.",
                  "Speciaal basisonderwijs: drie sbo-scholen, waarvan één met een aparte afdeling voor kinderen "
                  "met autisme.",
                  "Speciaal onderwijs: een so-school voor zeer moeilijk lerende kinderen (cluster 3) en twee "
                  "so-scholen cluster 4, een daarvan met een onderwijs-zorggroep waar jeugdhulp en onderwijs "
                  "samen in de klas staan."]),
          ("p", "Het ondersteuningsteam van de school bepaalt samen met de consulent welke stap past. Voor "
                "bovenschoolse voorzieningen en sbo/so geldt de route van hoofdstuk 5."),
          ("p", "Of dit aanbod voor alle kinderen in de regio dekkend is, weten we op dit moment niet goed. "
                "Een analyse daarvan staat op de agenda van het eerste planjaar; de uitkomsten en eventuele "
                "maatregelen volgen in een aanvulling op dit plan. Ook over thuiszitters maken we in het "
                "komende OOGO nadere afspraken met de drie gemeenten.")]
    b += [("h1", "5 Toelaatbaarheid sbo en so"),
          ("p", "Het bestuur van de school waar het kind is ingeschreven, vraagt de toelaatbaarheidsverklaring "
                "aan bij de Commissie van Toelaatbaarheid (CvT) van PODW. Dat gebeurt digitaal met het "
                "aanvraagformulier, het groeidocument, het ontwikkelingsperspectief en het verslag van het "
                "ondersteuningsteam waarin ouders hun zienswijze hebben gegeven."),
          ("p", "De CvT bestaat uit een orthopedagoog, een GZ-psycholoog en een jeugdarts. Bij elke aanvraag "
                "adviseren ten minste twee van hen afzonderlijk en schriftelijk; een lid dat het kind eerder heeft "
                "begeleid, adviseert niet. Binnen twee weken na ontvangst krijgt de school bericht of de aanvraag "
                "compleet is; binnen zes weken daarna neemt de directeur-bestuurder het besluit. Bij spoed kan "
                "dat binnen tien werkdagen."),
          ("h2", "Criteria"),
          ("p", "Een kind is toelaatbaar tot het sbo als: de school de basisondersteuning en ten minste één "
                "arrangement heeft ingezet en geëvalueerd; het kind op het gebied van leren én op het gebied van "
                "gedrag of werkhouding is vastgelopen; en een kleinere groep met een specialistisch team naar "
                "verwachting wel ontwikkeling mogelijk maakt. Een kind is toelaatbaar tot het so als daarnaast "
                "sprake is van een zodanige beperking of stoornis dat de hele schooldag specifieke "
                "deskundigheid nodig is die het sbo niet kan bieden, zoals bij een IQ onder 55 (cluster 3) of "
                "ernstige psychiatrische problematiek (cluster 4)."),
          ("h2", "Duur en bezwaar"),
          ("p", "TLV's sbo worden afgegeven tot het einde van de basisschoolperiode, TLV's so voor maximaal "
                "drie schooljaren in de categorie die past bij de beperking (laag, midden of hoog). Ouders en "
                "school kunnen binnen zes weken bezwaar maken. PODW is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert.")]
    b += [("h1", "6 Terugplaatsing"),
          ("p", "Wij vinden dat kinderen zo dicht mogelijk bij huis naar school moeten kunnen gaan. Daarom willen "
                "we dat elk kind in het sbo of so dat daaraan toe is, kan terugkeren naar een reguliere "
                "basisschool, bij voorkeur in de eigen woonplaats. Voorwaarde is dat het kind zich volgens het "
                "ontwikkelingsperspectief zo heeft ontwikkeld dat het met extra ondersteuning op een reguliere "
                "school kan functioneren. Bij terugkeer krijgt de ontvangende school een terugplaatsingsarrangement: "
                "gedurende één schooljaar ambulante begeleiding door de sbo- of so-school en een budget van "
                "€ 3.500 voor extra handen in de klas. Terugplaatsing mag niet afketsen op geld of op het ontbreken "
                "van een plek: de besturen hebben afgesproken dat de school van herkomst of een andere school "
                "van hetzelfde bestuur het kind opneemt."),
          ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, op welke momenten er wordt "
                "geëvalueerd en wie besluit – werken we in schooljaar 2026-2027 samen met de sbo- en so-scholen "
                "uit in een handreiking.")]
    b += [("h1", "7 Ouders als partner"),
          ("p", "Ouders worden bij alle stappen betrokken: in het ondersteuningsteam, bij het opstellen van het "
                "ontwikkelingsperspectief en bij de aanvraag van een TLV."),
          ("p", "Over het aanbod informeren we ouders via drie kanalen. Op de website staat een oudergids met "
                "het fundament uit hoofdstuk 3, een overzicht van de bovenschoolse voorzieningen en de speciale "
                "scholen en een uitleg van de TLV-procedure. De schoolgids van iedere school verwijst naar die "
                "gids. Ten slotte organiseert PODW ieder voorjaar een ouderavond in Delft en in Naaldwijk, met "
                "vertaling in het Pools, Arabisch en Turks."),
          ("p", "Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Delfland, dat "
                "PODW samen met het VO-verband financiert maar dat inhoudelijk onafhankelijk werkt. Ook verwijzen "
                "we naar de Onderwijsconsulenten en naar Ouders & Onderwijs. Bij een geschil over toelating, "
                "verwijdering of het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie passend "
                "onderwijs.")]
    b += [("h1", "8 Kwaliteit en resultaten"),
          ("p", "De wet vraagt het samenwerkingsverband de beoogde en bereikte resultaten te beschrijven. Omdat "
                "we de komende periode eerst een nieuw kwaliteitskader ontwikkelen, nemen wij deze niet op in dit "
                "plan. Zodra het kwaliteitskader gereed is, krijgen de doelen en de manier van volgen een plek in "
                "het jaarplan."),
          ("p", "Scholen blijven verantwoordelijk voor de kwaliteit van hun eigen onderwijs en de leerresultaten "
                "van hun leerlingen; daarop houdt de Inspectie toezicht.")]
    b += [("h1", "9 Financieel beleid"),
          ("p", "PODW ontvangt het ondersteuningsbudget van het Rijk. Na de afdrachten aan het so en de "
                "overdracht aan het sbo blijft er een budget over dat we inzetten voor de voorzieningen uit "
                "hoofdstuk 4. Het huidige verdeelmodel loopt af op 31 juli 2026. Een nieuwe systematiek voor de "
                "verdeling over besturen en voorzieningen is in voorbereiding; het algemeen bestuur neemt daar "
                "naar verwachting in het voorjaar van 2027 een besluit over."),
          ("p", "De meerjarenbegroting (bedragen in euro's):"),
          ("table", [["", "2026", "2027", "2028", "2029"],
                     ["Ondersteuningsbudget na afdrachten", "9.840.000", "9.720.000", "9.610.000", "9.500.000"],
                     ["Overdracht sbo", "3.920.000", "3.900.000", "3.880.000", "3.860.000"],
                     ["Budgetten schoolbesturen", "3.100.000", "3.050.000", "3.000.000", "2.960.000"],
                     ["Bovenschoolse voorzieningen", "1.640.000", "1.640.000", "1.640.000", "1.640.000"],
                     ["Arrangementen", "720.000", "700.000", "680.000", "660.000"],
                     ["Consulenten en bureau", "1.020.000", "1.010.000", "1.000.000", "990.000"],
                     ["Saldo", "-560.000", "-580.000", "-590.000", "-610.000"]]),
          ("p", "Het negatieve saldo wordt gedekt uit de reserve, die daarmee in 2030 op het niveau van de "
                "signaleringswaarde komt.")]
    b += governance(p, jaarverslag=False) + goed_bestuur(p) + opr(p) + personeel(p) + ict_privacy(p) + hb_nieuwkomers(p) + planning(p)
    b += begrippen([["Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken voor leerlingen met extra ondersteuning."],
                    ["Dekkend aanbod", "Situatie waarin voor ieder kind een passende plek beschikbaar is."]])
    return b


# --------------------------------------------------------------------------
# Plan D: PO, HTML web version. Basisondersteuning only referred to an
# absent note; no continuum/gap description at all; TLV criteria present but
# the procedure only in an absent "Routewijzer"; full terugplaatsing section;
# financien complete; results inside "Kwaliteitszorg en verantwoording";
# ouders: independent help present, information channels deferred.

D = dict(name="Samenwerkingsverband Primair Onderwijs Zaan & Waterland", short="SWV Zaan & Waterland",
         code="PO 27-94", regio="de Zaanstreek en Waterland", gemeenten="Zaanstad, Wormerland, Oostzaan en Landsmeer",
         besturen="zeven", n_scholen="66", n_lln="17.200", stad="Zaandam", dir="Henk Pronk",
         period="2026-2030", n_consulenten="twaalf", opr_n="tien", oogo="3 februari 2026",
         overlap="VO Zaanstreek", opr_date="24 februari 2026", vast="12 maart 2026", fte="18,0")


def plan_d():
    p = D
    b = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
         ("p", f"{p['name']} ({p['code']}). Deze webversie bevat de volledige tekst van het plan zoals "
               f"vastgesteld op {p['vast']}. De bijlagen zijn als losse documenten beschikbaar."),
         ("toc", ["Voorwoord", "Onze regio", "Visie en missie", "Basisondersteuning", "Toelaatbaarheid sbo en so",
                  "Terug naar het regulier onderwijs", "Financiën", "Kwaliteitszorg en verantwoording", "Ouders",
                  "Organisatie en governance", "Totstandkoming en OPR", "Personeel", "ICT en privacy", "Planning",
                  "Begrippenlijst"])]
    b += [("h2", "Over deze webversie"),
          ("p", "Wij publiceren het ondersteuningsplan als webpagina, zodat het goed leesbaar is op telefoon en "
                "tablet en zodat voorleessoftware de tekst kan voorlezen. De inhoud is gelijk aan de versie die de "
                "ondersteuningsplanraad heeft ingestemd en het bestuur heeft vastgesteld. Wijzigingen die in de "
                "planperiode worden aangebracht, markeren we met een datum onderaan de betreffende paragraaf. Een "
                "afdrukbare versie kunt u opvragen bij het secretariaat. Heeft u een opmerking over de "
                "toegankelijkheid van deze pagina, laat het ons weten via het contactformulier.")]
    b += voorwoord(p) + regio(p) + visie(p)
    b += [("h1", "Basisondersteuning"),
          ("p", "De afspraken over de basisondersteuning op onze scholen zijn in de afgelopen planperiode "
                "geëvalueerd. De geactualiseerde afspraken worden opgenomen in de notitie 'Basis op orde in "
                "Zaan & Waterland' (bijlage 2). Die notitie wordt in de loop van schooljaar 2026-2027 aan het "
                "bestuur voorgelegd; tot die tijd blijven de afspraken uit het vorige plan gelden.")]
    b += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "De stappen, de termijnen en wie waarover beslist, staan beschreven in de Routewijzer TLV op het "
                "scholenportaal. Hieronder beschrijven we op welke gronden een kind in aanmerking komt voor het "
                "speciaal basisonderwijs of het speciaal onderwijs."),
          ("h2", "Wanneer komt een kind in aanmerking voor het sbo?"),
          ("ul", ["De ontwikkeling van het kind stagneert op het gebied van leren, gedrag of sociaal-emotioneel "
                  "functioneren, ondanks ten minste een half jaar gerichte extra ondersteuning die is vastgelegd "
                  "in een ontwikkelingsperspectiefplan.",
                  "Het kind heeft voor een langere periode behoefte aan een kleine groep (maximaal vijftien "
                  "leerlingen) en een leerkracht met specialistische kennis.",
                  "Het kind kan – eventueel met hulp – het programma van een reguliere groep niet meer volgen, ook "
                  "niet met een eigen leerlijn voor één of twee vakken."]),
          ("h2", "Wanneer komt een kind in aanmerking voor het so?"),
          ("ul", ["Er is sprake van een verstandelijke beperking (IQ lager dan 55 of lager dan 70 met bijkomende "
                  "problematiek), een langdurige ziekte of een lichamelijke beperking waardoor het kind "
                  "voortdurend zorg of medische begeleiding nodig heeft (cluster 3); of",
                  "er is sprake van ernstige gedrags- of psychiatrische problematiek waardoor het kind gedurende "
                  "de gehele schooldag een gestructureerde, therapeutische omgeving nodig heeft (cluster 4); en",
                  "een sbo-school kan deze ondersteuning niet bieden."]),
          ("p", "Een TLV voor het so wordt in de regel afgegeven voor twee schooljaren, in bekostigingscategorie "
                "laag, tenzij de beperking om categorie midden of hoog vraagt.")]
    b += [("h1", "Terug naar het regulier onderwijs"),
          ("p", "Elk kind heeft het recht om opnieuw te worden bekeken. Ons beleid is dat een plaatsing in het "
                "sbo of so in principe tijdelijk is. Waar een kind zich zo ontwikkelt dat het weer op een "
                "reguliere school past, werken we aan een terugkeer. Dat doen we alleen als het kind, de ouders en "
                "beide scholen er vertrouwen in hebben. De ontvangende school krijgt daarvoor een "
                "terugkeerarrangement: zes maanden ambulante begeleiding door de sbo- of so-school en twee uur "
                "per week extra inzet van een onderwijsassistent, betaald door het samenwerkingsverband."),
          ("p", "Het initiatief ligt bij de sbo- of so-school. Zij bespreekt ieder kind jaarlijks in de "
                "commissie voor de begeleiding aan de hand van het ontwikkelingsperspectief. In het laatste "
                "jaar van een TLV meldt de school uiterlijk 1 maart bij het samenwerkingsverband of zij een "
                "verlenging aanvraagt of een terugkeer voorbereidt. Bij terugkeer organiseert de consulent "
                "een overdrachtsgesprek met de ouders en de nieuwe school, die uiterlijk 1 juni besluit over "
                "inschrijving. Het samenwerkingsverband beslist over het terugkeerarrangement. Een half jaar na "
                "de overstap evalueren de scholen, de ouders en de consulent hoe het gaat.")]
    b += [("h1", "Financiën"),
          ("p", "Het ondersteuningsbudget wordt na aftrek van de afdrachten aan so en sbo in drie delen verdeeld. "
                "(1) Schoolbudget: elk bestuur ontvangt € 155 per leerling volgens de teldatum 1 oktober, voor de "
                "ondersteuning op de eigen scholen. (2) Centraal budget: toegekend per kind door de directeur-bestuurder op "
                "voordracht van de consulent, onder meer voor terugkeerarrangementen. (3) Organisatie: "
                "maximaal 8% van het budget voor bureau, consulenten en bestuur. Besturen verantwoorden het "
                "schoolbudget jaarlijks vóór 1 mei in een bestedingsverslag."),
          ("table", [["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten na afdrachten", "10.960", "10.880", "10.760", "10.650"],
                     ["Schoolbudgetten", "2.666", "2.640", "2.610", "2.580"],
                     ["Afdracht sbo", "4.120", "4.090", "4.060", "4.030"],
                     ["Centraal budget", "2.950", "2.930", "2.900", "2.870"],
                     ["Organisatie", "870", "860", "850", "840"],
                     ["Saldo", "354", "360", "340", "330"]]),
          ("p", "Het weerstandsvermogen ligt met 9% van de baten onder de signaleringswaarde.")]
    b += [("h1", "Kwaliteitszorg en verantwoording"),
          ("p", "Kwaliteitszorg betekent voor ons: weten wat je wilt bereiken, meten of het lukt en bijsturen "
                "als dat nodig is. Voor leerlingen met een extra ondersteuningsbehoefte hebben we voor deze "
                "planperiode de volgende beoogde resultaten vastgesteld."),
          ("table", [["Beoogd resultaat", "Indicator", "2025", "Norm 2030"],
                     ["Minder kinderen in het so", "Deelnamepercentage so op 1 oktober", "2,1%", "1,7%"],
                     ["Sneller duidelijkheid", "TLV-besluit binnen 6 weken", "74%", "95%"],
                     ["Meer kinderen terug naar regulier", "Terugplaatsingen per jaar", "4", "10"],
                     ["Tevreden ouders", "Waardering ouders (1-10) in peiling", "6,8", "7,5"]]),
          ("p", "Het bureau verzamelt de gegevens twee keer per jaar: DUO-data over deelname, de "
                "registratie in het portaal over doorlooptijden en terugplaatsingen, en de oudertevredenheid "
                "via een tweejaarlijkse peiling. De uitkomsten gaan naar de raad van toezicht en de "
                "ondersteuningsplanraad. In het bestuursverslag rapporteren we de bereikte resultaten en de "
                "kosten per voorziening; in 2028 laten we een externe tussenevaluatie uitvoeren.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders die vragen hebben of het oneens zijn met een school of met het samenwerkingsverband, "
                "kunnen terecht bij het Ouderpunt Zaan & Waterland. Het Ouderpunt is een onafhankelijk ouder- en "
                "jeugdsteunpunt, ondergebracht bij de stichting MEE, en helpt ouders kosteloos bij gesprekken met "
                "school, het lezen van een ontwikkelingsperspectief of het maken van bezwaar. Daarnaast kunnen "
                "ouders de landelijke Onderwijsconsulenten inschakelen en een klacht indienen bij de "
                "klachtencommissie waarbij het verband is aangesloten."),
          ("p", "De informatievoorziening aan ouders over het ondersteuningsaanbod herzien we. Welke kanalen "
                "we daarvoor gaan gebruiken en wat ouders daar vinden, werken we uit in een nieuw "
                "communicatieplan, dat in schooljaar 2026-2027 verschijnt.")]
    b += governance(p) + goed_bestuur(p) + opr(p) + personeel(p) + arbeidsmarkt(p) + ict_privacy(p) + landelijk(p) + planning(p)
    b += begrippen([["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een passende plek heeft."],
                    ["Thuiszitter", "Leerplichtig kind dat zonder vrijstelling niet naar school gaat."]])
    return b


# --------------------------------------------------------------------------
# Plan E: VO, Word, "op hoofdlijnen". Basisondersteuning complete; dekkend
# aanbod complete (OPDC, thuiszitters); toewijzing (TLV vso, lwoo, pro) only
# in an absent reglement; terugplaatsing procedure without policy; financien
# only in a separate "Financieel kader" + p.m.; monitoring without targets;
# no ouders content at all (only glossary/passing words).

E = dict(name="Samenwerkingsverband Voortgezet Onderwijs Zoetermeer-Oost", short="SWV VO Zoetermeer-Oost",
         code="VO 28-92", regio="Zoetermeer en omgeving", gemeenten="Zoetermeer, Pijnacker-Nootdorp en Lansingerland",
         besturen="zes", n_scholen="19 scholen voor voortgezet (speciaal) onderwijs", n_lln="16.400",
         stad="Zoetermeer", dir="Anouk Verbeek", period="2026-2030", n_consulenten="negen", opr_n="acht",
         oogo="10 februari 2026", overlap="PO Zoetermeer", opr_date="16 maart 2026", vast="30 maart 2026",
         fte="14,5")


def plan_e():
    p = E
    b = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
         ("p", f"{p['name']} ({p['code']})"),
         ("toc", ["Voorwoord", "1 Onze regio", "2 Visie en missie", "3 Basisondersteuning",
                  "4 Ondersteuningsstructuur en voorzieningen", "5 Toewijzing: vso, lwoo en praktijkonderwijs",
                  "6 Terugplaatsing vanuit het vso", "7 Monitoring en verantwoording", "8 Financieel kader",
                  "9 Organisatie en governance", "10 Medezeggenschap en overleg", "11 Personeel",
                  "12 ICT en privacy", "13 Planning", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Toewijzingsreglement 2026 (separaat)", "Bijlage 3 Financieel kader 2026-2030 (separaat)"]),
         ("pagebreak", None)]
    b += voorwoord(p)
    b += [("p", "Dit plan is bewust op hoofdlijnen geschreven. Het beschrijft wat we samen willen en welke "
                "afspraken voor alle scholen gelden. Uitvoeringsregels staan in afzonderlijke reglementen, die "
                "het bestuur vaststelt en die we sneller kunnen aanpassen dan het plan zelf.")]
    b += regio(p, " In de regio staan scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs, een "
                  "school voor voortgezet speciaal onderwijs cluster 4 en een vso-afdeling cluster 3.")
    b += visie(p, with_ambitie=False)
    b += [("h1", "3 Basisondersteuning"),
          ("p", "De basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen "
                "in ons verband minimaal bieden, in elke leerweg en elk leerjaar. De zes besturen hebben dit "
                "niveau in 2025 opnieuw met elkaar vastgesteld. Iedere school beschrijft in de schoolgids hoe zij "
                "het invult; minder bieden dan het afgesproken niveau is niet toegestaan."),
          ("p", "Concreet betekent dit dat een leerling op elke school in ons verband kan rekenen op:"),
          ("ul", ["een mentor die de leerling ten minste drie keer per jaar individueel spreekt;",
                  "een ondersteuningscoördinator en een zorg- en adviesteam dat ten minste zes keer per jaar "
                  "bijeenkomt met de jeugdarts, de schoolmaatschappelijk werker en de leerplichtambtenaar;",
                  "begeleiding bij dyslexie en dyscalculie volgens protocol, met faciliteiten als extra tijd en "
                  "voorleessoftware;",
                  "een training faalangstreductie en een training sociale vaardigheden;",
                  "begeleiding bij plannen en organiseren (executieve functies) en huiswerkbegeleiding op school;",
                  "een time-out-voorziening met een vaste opvang binnen de school;",
                  "een ontwikkelingsperspectiefplan voor iedere leerling die extra ondersteuning krijgt;",
                  "een aanpak voor verzuim die binnen drie dagen na ongeoorloofd verzuim in werking treedt."]),
          ("p", "Het verband toetst eens per twee jaar met een collegiale audit of de scholen dit niveau halen.")]
    b += [("h1", "4 Ondersteuningsstructuur en voorzieningen"),
          ("p", "Boven op de basisondersteuning staat een samenhangend geheel van voorzieningen binnen en tussen "
                "de scholen. We onderscheiden drie niveaus:"),
          ("ul", ["Extra ondersteuning in de school: arrangementen die de school zelf inzet, zoals een "
                  "autismeklas, een trajectvoorziening of begeleiding door een gedragsspecialist.",
                  "Bovenschoolse voorzieningen: het Orthopedagogisch-Didactisch Centrum (OPDC) De Brug, waar "
                  "leerlingen maximaal een jaar in een kleine groep les krijgen; de Rebound voor een time-out van "
                  "maximaal twaalf weken; en de Schakelgroep voor leerlingen die na langdurig verzuim weer "
                  "instromen.",
                  "Voortgezet speciaal onderwijs en praktijkonderwijs, en onderwijs-zorgarrangementen samen met de "
                  "jeugdhulp en de gemeenten."]),
          ("h2", "Gaten in het netwerk"),
          ("p", "Ieder voorjaar maken we met de scholen en de gemeenten een witte-vlekkenanalyse: voor welke "
                "leerlingen is er geen passend aanbod, waar ontstaan wachtlijsten, waar lopen leerlingen vast bij "
                "de overgang naar het mbo? De analyse van 2025 liet zien dat er geen passend aanbod is voor "
                "havo-/vwo-leerlingen met ernstige angstklachten. Daarom start in augustus 2026 op één havo-school "
                "een kleinschalige bovenbouwgroep, die het verband drie jaar lang financiert."),
          ("p", "Leerlingen die thuiszitten, worden binnen een week aangemeld bij de Doorbraaktafel, waar "
                "school, leerplicht, jeugdhulp en een consulent van het verband samen een plan maken. Als er na "
                "zes weken geen oplossing is, wijst de directeur-bestuurder een school aan die de leerling "
                "tijdelijk opneemt. De besturen dragen hun zorgplicht samen: een school die een leerling niet kan "
                "plaatsen, blijft verantwoordelijk tot een andere school de leerling heeft ingeschreven.")]
    b += [("h2", "Overgangen: van po naar vo en van vo naar mbo"),
          ("p", "Veel vragen ontstaan bij een overgang. Met het PO-verband hebben we een overstapkalender "
                "afgesproken: in januari ontvangen de vo-scholen de onderwijskundige rapporten, in februari "
                "voeren basisschool en vo-school een warme overdracht voor iedere leerling met een "
                "ontwikkelingsperspectief, en in juni is er een tweede gesprek als de start in de brugklas "
                "extra aandacht vraagt. Voor leerlingen uit het speciaal basisonderwijs sluit de "
                "sbo-school aan bij dat gesprek."),
          ("p", "Aan het eind van het voortgezet onderwijs werken we samen met de twee mbo-instellingen in de "
                "regio. Leerlingen uit het praktijkonderwijs en het vso met een arbeidsmarktprofiel krijgen "
                "begeleiding van een jobcoach die ook het eerste half jaar na uitstroom betrokken blijft. Voor "
                "leerlingen van de entreeopleiding en niveau 2 die in hun vo-periode extra ondersteuning "
                "hadden, organiseren we een overdracht naar het mbo-steunpunt. Zo voorkomen we dat jongeren "
                "in de zomer tussen twee scholen uit beeld raken. De gemeenten zijn hierbij betrokken via het "
                "regionaal meld- en coördinatiepunt voortijdig schoolverlaten."),
          ("p", "Voor nieuwkomers heeft de regio een internationale schakelklas (ISK) op twee locaties. "
                "Leerlingen stromen daaruit door naar een reguliere vo-school of naar het mbo. De ISK valt "
                "onder een van de aangesloten besturen en werkt met een eigen ondersteuningsstructuur.")]
    b += [("h1", "5 Toewijzing: vso, lwoo en praktijkonderwijs"),
          ("p", "De toewijzing van voortgezet speciaal onderwijs, praktijkonderwijs en leerwegondersteunend "
                "onderwijs is een wettelijke taak van het verband. Hoe die toewijzing verloopt en welke "
                "criteria daarbij gelden, is vastgelegd in het Toewijzingsreglement 2026 (bijlage 2). Dat "
                "reglement stelt het bestuur afzonderlijk vast en wordt jaarlijks geactualiseerd.")]
    b += [("h1", "6 Terugplaatsing vanuit het vso"),
          ("p", "De vso-school evalueert het ontwikkelingsperspectief van iedere leerling jaarlijks in de "
                "commissie van begeleiding. In het laatste jaar van de TLV stelt de vso-school vóór 1 februari "
                "het verband op de hoogte van haar advies: verlenging, overplaatsing naar een andere vso-school "
                "of terugplaatsing naar het regulier voortgezet onderwijs. Bij terugplaatsing organiseert de "
                "consulent vóór 1 april een overdrachtsgesprek met de leerling, de vso-school en de ontvangende "
                "school; de directeur-bestuurder beslist. De leerling stroomt in per 1 augustus, en een half jaar "
                "later vindt een evaluatie plaats."),
          ("p", "Welke uitgangspunten we hanteren bij terugplaatsing en welke ondersteuning een leerling na de "
                "overstap krijgt, bespreken we de komende tijd met de vso-scholen; de uitkomst daarvan leggen we "
                "vast in het Toewijzingsreglement.")]
    b += [("h1", "7 Monitoring en verantwoording"),
          ("p", "Het verband werkt met een jaarcyclus van plannen, meten en bijsturen. Het bureau houdt een "
                "dashboard bij met deelnamecijfers vso, pro en lwoo op peildatum 1 oktober (bron DUO), het aantal "
                "thuiszitters per kwartaal (bron leerplicht), het aantal leerlingen in het OPDC en de Rebound en "
                "de doorlooptijd van aanvragen. Iedere twee jaar peilen we de tevredenheid van scholen."),
          ("p", "In 2024-2025 zaten 41 leerlingen langer dan vier weken thuis (2023-2024: 52); het "
                "deelnamepercentage vso daalde van 3,6% naar 3,3%. De kwartaalcijfers gaan naar de raad van "
                "toezicht en de OPR; in het bestuursverslag rapporteren we jaarlijks de bereikte resultaten. Welke "
                "doelen we aan deze cijfers verbinden, bepaalt het bestuur per jaar in het jaarplan.")]
    b += [("h1", "8 Financieel kader"),
          ("p", "De verdeling en besteding van de middelen is uitgewerkt in het Financieel kader 2026-2030 "
                "(bijlage 3), met daarin het verdeelmodel en de meerjarenbegroting. Het financieel kader wordt "
                "jaarlijks door het bestuur vastgesteld."),
          ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                     ["Totaal baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Totaal lasten", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += governance(p)
    b += [("h1", "10 Medezeggenschap en overleg")] + opr(p, composition=False)[1:]
    b += goed_bestuur(p) + personeel(p) + arbeidsmarkt(p) + ict_privacy(p) + landelijk(p) + planning(p)
    b += begrippen([["LWOO", "Leerwegondersteunend onderwijs."], ["PrO", "Praktijkonderwijs."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen."],
                    ["VSO", "Voortgezet speciaal onderwijs."]])
    return b


# --------------------------------------------------------------------------
# Near miss: a school's own schoolondersteuningsprofiel (PO), full of the
# same vocabulary but not an ondersteuningsplan of a samenwerkingsverband.

def near_miss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("p", "OBS De Vlinderboom, Haarlem-Schalkwijk – onderdeel van Stichting Openbaar Onderwijs Spaarne "
               "en aangesloten bij het samenwerkingsverband passend onderwijs Zuid-Kennemerland"),
         ("toc", ["1 Inleiding", "2 Onze school in het kort", "3 Basisondersteuning op De Vlinderboom",
                  "4 Extra ondersteuning en arrangementen", "5 Grenzen aan onze ondersteuning en "
                  "toelaatbaarheid sbo/so", "6 Ouders", "7 Middelen", "8 Ambities van de school"]),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school stelt een schoolondersteuningsprofiel (SOP) op. Daarin beschrijft de school "
               "welke ondersteuning zij biedt aan leerlingen en welke ambities zij heeft. Dit SOP is opgesteld "
               "door het team van De Vlinderboom, besproken met de medezeggenschapsraad (die er advies over "
               "heeft uitgebracht) en wordt gebruikt bij het ondersteuningsplan van het samenwerkingsverband. "
               "Het SOP geldt voor één schooljaar en wordt opgenomen in de schoolgids."),
         ("h1", "2 Onze school in het kort"),
         ("p", "De Vlinderboom is een openbare basisschool met 312 leerlingen in dertien groepen. We werken "
               "met het jaarklassensysteem en combinatiegroepen in de onderbouw. Ongeveer 40% van onze "
               "leerlingen spreekt thuis naast Nederlands een andere taal. Het team bestaat uit 24 "
               "medewerkers, onder wie twee intern begeleiders, een rekenspecialist, een gedragsspecialist en "
               "een taalcoördinator."),
         ("h1", "3 Basisondersteuning op De Vlinderboom"),
         ("p", "Het samenwerkingsverband heeft met alle scholen afgesproken wat de basisondersteuning is. Op De "
               "Vlinderboom betekent dat: handelingsgericht werken met groepsplannen, een dyslexie- en "
               "dyscalculieprotocol, de Kanjertraining in alle groepen, een verrijkingsaanbod voor "
               "meerbegaafde leerlingen, en een ondersteuningsteam waarin de intern begeleider, de "
               "schoolmaatschappelijk werker en de consulent van het samenwerkingsverband zitten."),
         ("h1", "4 Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, kan de school een arrangement inzetten. Wij hebben "
               "ervaring met leerlingen met ADHD, autisme en een taalontwikkelingsstoornis. Twee ochtenden per "
               "week is er een plusgroep. Met het schoolbudget van het samenwerkingsverband betalen wij de inzet "
               "van een onderwijsassistent in groep 3 en 4 en de gedragsspecialist."),
         ("h1", "5 Grenzen aan onze ondersteuning en toelaatbaarheid sbo/so"),
         ("p", "Wij lopen tegen grenzen aan als een leerling voortdurend één-op-één begeleiding nodig heeft of "
               "als de veiligheid van de leerling of de groep in het geding is. Als blijkt dat een leerling "
               "beter op zijn plaats is in het speciaal basisonderwijs of speciaal onderwijs, vraagt ons "
               "bestuur in overleg met de ouders een toelaatbaarheidsverklaring aan bij het "
               "samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het "
               "samenwerkingsverband. Leerlingen die vanuit het sbo terugkeren, verwelkomen wij graag; de "
               "afgelopen twee jaar ontvingen wij er drie."),
         ("h1", "6 Ouders"),
         ("p", "Ouders zijn onze partners. Bij zorgen over hun kind voeren wij eerst een gesprek met de "
               "leerkracht, daarna met de intern begeleider. Informatie over passend onderwijs vinden ouders in "
               "onze schoolgids en op de website van het samenwerkingsverband. Voor onafhankelijk advies "
               "kunnen ouders terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de "
               "Onderwijsconsulenten. Klachten behandelen wij volgens de klachtenregeling van ons bestuur."),
         ("h1", "7 Middelen"),
         ("p", "De school ontvangt van ons bestuur een deel van de middelen die het samenwerkingsverband "
               "verdeelt. Voor 2025-2026 gaat het om ongeveer € 48.000. Wij zetten dit in voor de "
               "onderwijsassistent, scholing van het team en materialen voor de plusgroep."),
         ("h1", "8 Ambities van de school"),
         ("p", "In de komende twee jaar willen wij onze expertise op het gebied van meertaligheid en "
               "hoogbegaafdheid verder versterken. Alle leerkrachten volgen in 2026 de training 'Taal in elke "
               "les'. In 2027 willen wij een eigen plusklas voor leerlingen uit groep 5 tot en met 8 hebben. "
               "Wij evalueren dit profiel elk jaar in juni met het team en de medezeggenschapsraad.")]
    return b


def main():
    hdr = "Ondersteuningsplan 2026-2030"
    # A: Word
    render_docx(plan_a(), OUT / "po-amstelvenen-op-2026-2030.docx",
                header=f"{A['short']} | {hdr} | basisondersteuning – toelaatbaarheid – terugplaatsing",
                footer="Concept besproken met OPR en gemeenten – pagina")
    write_label("po-amstelvenen-op-2026-2030", ["po-amstelvenen-op-2026-2030.docx"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                 "resultaten.monitoring", "ouders.informatie"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 'de vloer onder elke school': minimum for every vestiging + eight concrete afspraken + kwaliteitskaart",
                 "plaatsing": "H5.1-5.5: applicant, stappen 1-5, CvT within 6 weeks, sbo/so criteria, two deskundigen, duur/categorie; no bezwaar route",
                 "terugstroom": "hidden as 5.6 inside the TLV chapter: policy + overstaparrangement and steps/deadlines (1 feb, 1 apr, 31 juli); terugplaatsingen target in H6",
                 "financien": "H8: verdeelmodel (70/30, EUR 142 per leerling, vaste voet) addressed; no begroting, meerjarenbegroting referred to website/absent bijlage 2",
                 "dekkend-aanbod": "H4: three-layer table + gap analysis, thuiszittersoverleg, new observatiegroep 2027",
                 "resultaten": "H6: table of targets 2030 and dashboard/reporting cycle",
                 "ouders": "H7: website, folder, schoolgids, info evenings; OJSP deferred until law in force, only IB as contact -> steunpunt not addressed"})
    # B: PDF
    render_pdf(plan_b(), OUT / "po-rijnenveen-ondersteuningsplan.pdf",
               header=f"{B['short']} – {hdr}", footer="Samen sterk in de klas")
    write_label("po-rijnenveen-ondersteuningsplan", ["po-rijnenveen-ondersteuningsplan.pdf"], "po",
                {"basisondersteuning.niveau", "plaatsing.procedure", "financien.verdeling",
                 "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                 "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H4 defines the agreed minimum for every location, but the concrete voorzieningen are only in the 'Kaart Basisondersteuning' on the website",
                 "plaatsing": "H6: loket, dossier, two deskundigen, CvT within 6 weeks, bezwaar via LBT; criteria 'maatwerk' and to be revised/published later -> criteria false",
                 "terugstroom": "nothing: only glossary entries, 'terugblik', warme overdracht/uitstroom to VO and thuiszitters 'terug naar school' (near-misses)",
                 "financien": "H9 'Geld en middelen': schoolmodel with per-leerling amounts + meerjarenbegroting table 2026-2029",
                 "dekkend-aanbod": "H5: four treden, bovenschoolse groepen, sbo/so; 'Geen kind buiten beeld': thuiszitterstafel, plekkenoverzicht, Taalboot expansion",
                 "resultaten": "H8 'Ambities': measurable targets; monitoringskader 'in voorbereiding' -> monitoring false",
                 "ouders": "inside H10 'Communicatie': website ouderdeel, folder, ouderavonden, ouderlijn; independent OJSP Groene Hart + Onderwijsconsulenten"})
    # C: PDF
    render_pdf(plan_c(), OUT / "po-delftwestland-op.pdf",
               header=f"{C['short']} | {hdr}", footer="PODW – definitieve versie")
    write_label("po-delftwestland-op", ["po-delftwestland-op.pdf"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "plaatsing.criteria", "terugstroom.beleid", "financien.besteding",
                 "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                 "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 'Wat elk kind op elke school mag verwachten': ondergrens on every vestiging, content only in a table",
                 "plaatsing": "H5: applicant, dossier, CvT, separate advices, termijnen, sbo/so criteria, duur/categorie, bezwaar LBT",
                 "terugstroom": "H6: policy (thuisnabij, conditions, arrangement EUR 3.500) but stappenplan deferred to a 2026-2027 handreiking -> procedure false",
                 "financien": "H9: meerjarenbegroting table with amounts; verdeelmodel expires, new systematiek 'in voorbereiding', decision spring 2027 -> verdeling false",
                 "dekkend-aanbod": "H4: continuum (arrangementen, bovenschoolse voorzieningen, sbo, so); gap analysis 'staat op de agenda' and thuiszitters deferred to OOGO -> lacunes false",
                 "resultaten": "H8 'Kwaliteit en resultaten' only says results are not included and will come in the jaarplan; glossary entry 'Beoogde resultaten' is a trap",
                 "ouders": "H7 'Ouders als partner': oudergids on website, schoolgids, ouderavonden; OJSP Delfland, Onderwijsconsulenten, GPO"})
    # D: HTML
    render_html(plan_d(), OUT / "po-zaanwaterland-op-web.html", title=f"{hdr} | {D['short']}",
                header=f"{D['short']} › Over ons › Ondersteuningsplan › basisondersteuning · dekkend netwerk · ouders",
                footer=f"© {D['short']} – Zaandam – contact – privacy – cookies")
    write_label("po-zaanwaterland-op-web", ["po-zaanwaterland-op-web.html"], "po",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                 "financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
                {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                 "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "section 'Basisondersteuning' only refers to the absent note 'Basis op orde' (bijlage 2) to be presented in 2026-2027; definition only in begrippenlijst",
                 "plaatsing": "'Toelaatbaarheid': criteria lists for sbo and so + duration/category; steps, termijnen, deciding body only in the absent 'Routewijzer TLV' -> procedure false",
                 "terugstroom": "'Terug naar het regulier onderwijs': policy, terugkeerarrangement, initiative, 1 maart / 1 juni, decision, evaluation",
                 "financien": "'Financien': three-part verdeling with EUR 155 per leerling + meerjarenbegroting table",
                 "dekkend-aanbod": "no continuum, no gap/thuiszitters approach; only begrippenlijst and header breadcrumb mention 'dekkend netwerk'",
                 "resultaten": "inside 'Kwaliteitszorg en verantwoording': table of beoogde resultaten with norms + data collection and reporting",
                 "ouders": "'Ouders': Ouderpunt (independent OJSP), Onderwijsconsulenten, klachtencommissie; information channels deferred to communicatieplan 2026-2027 -> informatie false"})
    # E: Word, VO
    render_docx(plan_e(), OUT / "vo-zoetermeer-oost-op-hoofdlijnen.docx",
                header=f"{E['short']} – {hdr} – ouders, leerlingen en scholen samen",
                footer="Op hoofdlijnen – uitwerking in reglementen")
    write_label("vo-zoetermeer-oost-op-hoofdlijnen", ["vo-zoetermeer-oost-op-hoofdlijnen.docx"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure",
                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H3: minimum for all schools/vestigingen + eight concrete provisions; audit every two years",
                 "plaatsing": "H5 only states toewijzing vso/lwoo/pro is a task and refers to the absent Toewijzingsreglement (bijlage 2)",
                 "terugstroom": "H6: steps, 1 februari/1 april, decision by directeur-bestuurder, evaluation; policy and post-return support deferred -> beleid false",
                 "financien": "H8 refers to the separate Financieel kader (bijlage 3); meerjarenbegroting table only p.m.",
                 "dekkend-aanbod": "H4: three levels incl. OPDC/Rebound/vso, witte-vlekkenanalyse, Doorbraaktafel, zorgplicht",
                 "resultaten": "H7: dashboard, sources, reported figures, reporting lines; targets left to yearly jaarplan -> doelen false",
                 "ouders": "nothing addressed: no chapter; only passing mentions, running header and glossary (OJSP)"})
    # near miss
    render_docx(near_miss(), OUT / "sop-obs-de-vlinderboom-2025.docx",
                header="OBS De Vlinderboom – Schoolondersteuningsprofiel", footer="Schoolgids 2025-2026, bijlage")
    (OUT / "sop-obs-de-vlinderboom-2025.expected.yaml").write_text(
        "documents: [sop-obs-de-vlinderboom-2025.docx]\nsector: po\nlooks_like_plan: false\n"
        "elements: {}\ncriteria: {}\nnotes:\n"
        "  document: \"A single basisschool's schoolondersteuningsprofiel (SOP, part of the schoolgids): it refers to "
        "the samenwerkingsverband's plan for TLV procedure/criteria; not an ondersteuningsplan of a samenwerkingsverband\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
