#!/usr/bin/env python3
"""Generate the holdout55 test set: five fictional ondersteuningsplannen (PO and VO) organised around
the verband's own themes, plus one near-miss document (a school-level 'ondersteuningsplan').

Deterministic, no network. Requires python-docx and (for the PDFs) LibreOffice `soffice`.
Run:  python3 src/make_holdout55.py        (writes into the folder above src/)
The label files (*.expected.yaml) are written by this script as well.
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

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)


# ---------------------------------------------------------------- block helpers
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TBL(*rows):
    return ("table", [list(r) for r in rows])


def TOC(*entries):
    return ("toc", list(entries))


def BREAK():
    return ("break", None)


def TITLE(*lines):
    return ("title", list(lines))


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(val.split())
        elif kind in ("ul", "ol", "toc", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------- renderers
def render_docx(blocks, path, header=None, footer=None, author="Bureau samenwerkingsverband"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the docx with fixed zip timestamps so that repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def render_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    if header:
        out.append('<header class="site-header"><p>%s</p></header>' % e(header))
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append("<h1>%s</h1>" % e(val[0]))
            out += ["<p>%s</p>" % e(x) for x in val[1:]]
            out.append("</section>")
        elif kind == "break":
            continue
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            out += ["<li>%s</li>" % e(x) for x in val]
            out.append("</%s>" % kind)
        elif kind == "toc":
            out.append('<nav class="inhoud"><ul>')
            out += ["<li>%s</li>" % e(x) for x in val]
            out.append("</ul></nav>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % e(c) for c in val[0]))
            for r in val[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r))
            out.append("</table>")
    out.append("</main>")
    if footer:
        out.append('<footer class="site-footer"><p>%s</p></footer>' % e(footer))
    out += ["</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def docx_to_pdf(docx_path, pdf_dir):
    profile = tempfile.mkdtemp(prefix="lo_h55_")
    # LibreOffice stamps the PDF metadata with the conversion time; the text layer is identical per run.
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", pdf_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def write_label(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


# ---------------------------------------------------------------- shared, element-neutral filler
def governance(naam, besturen, scholen, extra=""):
    return [
        H2("Bestuur en intern toezicht"),
        P("%s is een stichting. Aangesloten zijn %d schoolbesturen met samen %d scholen. Het bestuursmodel "
          "kent een scheiding tussen bestuur en toezicht: de directeur-bestuurder is het bestuur in de zin van de "
          "statuten, de raad van toezicht bestaat uit vijf leden die door de aangesloten schoolbesturen in de "
          "algemene vergadering worden benoemd. Twee leden van de raad van toezicht zijn onafhankelijk en hebben "
          "geen binding met een van de aangesloten besturen. De algemene vergadering stelt onder meer de "
          "statuten vast, benoemt de toezichthouders en keurt het ondersteuningsplan goed voordat de "
          "directeur-bestuurder het vaststelt." % (naam, besturen, scholen)),
        P("De raad van toezicht vergadert zes keer per jaar, heeft een auditcommissie en een remuneratiecommissie "
          "en hanteert de Code Goed Bestuur. Het toezichtkader is in 2024 geactualiseerd. Eén keer per jaar "
          "evalueert de raad zijn eigen functioneren, in één op de drie jaar onder externe begeleiding. "
          "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen onderling "
          "of tussen een bestuur en het samenwerkingsverband. " + extra),
        H2("Het bureau"),
        P("Het bureau ondersteunt het bestuur en voert de dagelijkse werkzaamheden uit. Op het bureau werken een "
          "directeur-bestuurder, een controller, een beleidsmedewerker, twee secretariële medewerkers en een "
          "team van consulenten en orthopedagogen. Het bureau is gehuisvest in een verzamelgebouw waar ook de "
          "leerplichtafdeling van de regio zit, wat korte lijnen oplevert. Het bureau streeft naar een "
          "dienstverlenende houding: scholen moeten snel een vraag kunnen stellen en weten wie ze kunnen bellen."),
    ]


def personeel(naam):
    return [
        H1("Personeel en professionalisering"),
        P("Passend onderwijs staat of valt met leraren die zich toegerust voelen. De afgelopen jaren hebben "
          "leraren en schoolleiders aangegeven dat de werkdruk rond leerlingen met een ondersteuningsbehoefte "
          "hoog is en dat het lerarentekort het moeilijker maakt om afspraken na te komen. %s neemt dat serieus. "
          "De personele gevolgen van dit plan voor het eigen bureau zijn beperkt: de formatie blijft in de "
          "planperiode vrijwel gelijk. Wel verschuift het accent van individuele dossierbehandeling naar "
          "begeleiding van teams op de werkvloer." % naam),
        P("Voor de scholen organiseren we jaarlijks een gevarieerd scholingsaanbod: netwerken voor intern "
          "begeleiders en ondersteuningscoördinatoren, studiemiddagen over gedrag, taal en meerbegaafdheid, "
          "intervisie voor schoolleiders en een leergang 'Werken met het groeidocument'. Het aanbod wordt in "
          "het voorjaar met de besturen afgestemd. Deelname is vrijwillig; de kosten worden deels door het "
          "samenwerkingsverband gedragen. Kennisdeling tussen scholen stimuleren we door collegiale "
          "consultatie en door de jaarlijkse inspiratiedag, waar scholen elkaar laten zien wat werkt."),
        P("Het personeel van het bureau volgt zelf ook scholing. Consulenten en orthopedagogen zijn "
          "geregistreerd (NIP/NVO of SKJ) en houden hun registratie bij. Nieuwe medewerkers krijgen een "
          "inwerkprogramma en een buddy. Het ziekteverzuim op het bureau was in 2025 laag; het bestuur blijft "
          "aandacht houden voor een evenwichtige werkbelasting."),
    ]


def ict_privacy(naam):
    return [
        H1("ICT, gegevens en privacy"),
        P("Voor aanvragen, dossiers en overleg werkt %s met een beveiligde digitale omgeving. Scholen leveren "
          "gegevens aan via een portaal; e-mail wordt niet gebruikt voor het versturen van leerlingdossiers. "
          "De verwerking van persoonsgegevens, waaronder gegevens over gezondheid, gebeurt op grond van de "
          "wet en alleen voor zover nodig voor de taken van het samenwerkingsverband. Gegevens worden "
          "bewaard tot drie jaar na het besluit waarop ze betrekking hebben en daarna vernietigd." % naam),
        P("Het samenwerkingsverband heeft een functionaris gegevensbescherming, een verwerkingsregister en een "
          "procedure voor datalekken. Met de leverancier van het portaal is een verwerkersovereenkomst "
          "gesloten. Jaarlijks voeren we een interne controle uit op autorisaties. In de planperiode "
          "onderzoeken we of de koppeling met de leerlingadministratiesystemen van de scholen veiliger en "
          "eenvoudiger kan, zodat scholen gegevens niet dubbel hoeven in te voeren."),
    ]


def opr(naam, parents=True):
    if parents:
        return [
            H2("Medezeggenschap: de ondersteuningsplanraad"),
            P("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, "
              "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
              "instemmingsrecht op dit ondersteuningsplan en op elke wijziging ervan. Voor de ouders in de OPR is "
              "dit de plek om de ervaringen van gezinnen in te brengen: zij raadplegen daarvoor hun achterban via "
              "de medezeggenschapsraden. %s overlegt minimaal vier keer per jaar met de OPR en betrekt de raad "
              "vroeg bij de voorbereiding van nieuw beleid. De OPR heeft een eigen budget voor scholing en "
              "ondersteuning." % naam),
        ]
    return [
        H2("Medezeggenschap"),
        P("%s heeft een ondersteuningsplanraad (OPR) conform de Wet medezeggenschap op scholen. Het reglement "
          "van de OPR is in 2023 vernieuwd. De OPR vergadert vier keer per jaar met de directeur-bestuurder." % naam),
    ]


def vaststelling(naam, opr_datum, oogo_datum, vast_datum, periode):
    return [
        H2("Totstandkoming en vaststelling"),
        P("Dit ondersteuningsplan is tussen september 2025 en maart 2026 tot stand gekomen. In werksessies met "
          "schoolleiders, intern begeleiders en ondersteuningscoördinatoren, bestuurders en medewerkers van het "
          "bureau is de evaluatie van het vorige plan besproken en zijn de thema's voor de komende jaren bepaald. "
          "Het concept is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten op %s en "
          "afgestemd met het samenwerkingsverband in de andere sector. De ondersteuningsplanraad heeft op %s "
          "ingestemd. De directeur-bestuurder heeft het plan na goedkeuring door de algemene vergadering "
          "vastgesteld op %s. Het plan is voor 1 mei 2026 toegezonden aan de inspectie van het onderwijs en geldt "
          "voor de schooljaren %s." % (oogo_datum, opr_datum, vast_datum, periode)),
    ]


# =============================================================================================
# Plan 1 - PO, docx: SWV Passend Primair Onderwijs Tielerwaard-Linge (PO 26-09)
# =============================================================================================
def plan1():
    naam = "SWV Tielerwaard-Linge"
    b = [
        TITLE("Ondersteuningsplan 2026-2030",
              "Samen sterk - Thuisnabij - Iedereen doet mee",
              "Samenwerkingsverband Passend Primair Onderwijs Tielerwaard-Linge (PO 26-09)",
              "Vastgesteld op 14 april 2026"),
        BREAK(),
        H1("Inhoud"),
        TOC("1 Voorwoord", "2 Samenvatting", "3 Onze regio", "4 Visie en missie",
            "5 Samen sterk: wat elke school biedt", "   5.1 Basisondersteuning", "   5.2 De kwaliteitskaart",
            "6 Thuisnabij: de route naar passende ondersteuning", "   6.1 Extra ondersteuning en arrangementen",
            "   6.2 Toelaatbaarheid sbo en so", "   6.3 Wanneer is een leerling toelaatbaar?",
            "   6.4 Terugplaatsing naar de basisschool",
            "7 Iedereen doet mee", "   7.1 Ouders als partner", "   7.2 Gemeenten en jeugdhulp", "   7.3 Thuiszitters",
            "8 Wat we willen bereiken", "9 Organisatie en middelen", "   9.1 Verdeling van de middelen",
            "   9.2 Meerjarenbegroting", "10 Personeel en professionalisering", "11 ICT, gegevens en privacy",
            "12 Planning", "Bijlage A Begrippenlijst"),
        BREAK(),
        H1("1 Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs "
          "Tielerwaard-Linge. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs. In de "
          "afgelopen jaren hebben we veel geleerd. We zagen dat scholen steeds beter in staat zijn om leerlingen met "
          "uiteenlopende onderwijsbehoeften een plek te bieden, maar ook dat de druk op leraren groot is en dat "
          "sommige kinderen nog te lang moeten wachten op de juiste ondersteuning. Dit plan bouwt voort op wat goed "
          "ging en pakt aan wat beter moet."),
        P("We hebben het plan opgebouwd rond drie thema's die in de gesprekken met scholen, ouders en partners "
          "steeds terugkwamen: Samen sterk, Thuisnabij en Iedereen doet mee. Die thema's vormen de rode draad van "
          "dit document. U vindt dus geen hoofdstukken per wetsartikel, maar per thema; de wettelijke onderdelen "
          "komen daarin aan bod. Wij danken iedereen die heeft meegedacht: leraren, intern begeleiders, "
          "schoolleiders, ouders in de ondersteuningsplanraad, de gemeenten en onze partners in de jeugdhulp."),
        P("Wij hopen dat dit plan richting geeft aan het werk op de scholen en dat ouders er in terugvinden wat "
          "zij mogen verwachten. Een plan is nooit af; we zullen het jaarlijks in een voortgangsparagraaf "
          "bijstellen waar dat nodig is. - Marieke van Soest, directeur-bestuurder"),
        H1("2 Samenvatting"),
        P("Het samenwerkingsverband wil dat elk kind in Tielerwaard-Linge zich kan ontwikkelen op een school "
          "die bij hem of haar past, zo dicht mogelijk bij huis. Alle basisscholen bieden hetzelfde, vastgelegde "
          "niveau van basisondersteuning. Waar meer nodig is, kan de school via het loket een arrangement "
          "aanvragen. Voor kinderen die op het speciaal (basis)onderwijs zijn aangewezen, beslist de Commissie "
          "Toelaatbaarheid op basis van heldere criteria. De middelen gaan voor het grootste deel naar de "
          "schoolbesturen via een transparant verdeelmodel. In hoofdstuk 8 staan de resultaten die we in 2030 "
          "willen hebben bereikt en hoe we die volgen."),
        H1("3 Onze regio"),
        P("Het samenwerkingsverband omvat de gemeenten Tiel, Culemborg, Buren, Geldermalsen en Lingewaal-West. In "
          "het gebied wonen ongeveer 140.000 mensen. Het is een regio met een stedelijke kern en veel kleine "
          "dorpen; een aantal scholen heeft minder dan honderd leerlingen. Er zijn negen schoolbesturen aangesloten "
          "met samen 58 basisscholen, één school voor speciaal basisonderwijs (De Kleine Prins, twee locaties) en "
          "één school voor speciaal onderwijs cluster 4 (De Bolder). Voor cluster 3 zijn leerlingen aangewezen op "
          "scholen buiten de regio, vooral in Nijmegen en Utrecht."),
        TBL(("Kengetal (1 oktober 2025)", "Aantal"),
            ("Leerlingen basisonderwijs", "12.410"),
            ("Leerlingen sbo", "298"),
            ("Leerlingen so (alle clusters, woonachtig in regio)", "161"),
            ("Aangesloten schoolbesturen", "9"),
            ("Scholen (vestigingen)", "60")),
        P("Het leerlingaantal daalt licht: naar verwachting zijn er in 2030 ongeveer vier procent minder "
          "leerlingen dan nu. Dat heeft gevolgen voor de kleine dorpsscholen en voor de inkomsten van het "
          "samenwerkingsverband. Tegelijk zien we meer kinderen met complexe vragen op het snijvlak van onderwijs "
          "en zorg, en een groeiende groep nieuwkomers in Tiel en Culemborg."),
        H1("4 Visie en missie"),
        P("Onze missie: ieder kind in onze regio krijgt het onderwijs en de ondersteuning die het nodig heeft om "
          "zich zo goed mogelijk te ontwikkelen, zo thuisnabij als mogelijk. Wij geloven dat kinderen het meest "
          "leren in een omgeving waarin ze zich veilig en gezien voelen, samen met leeftijdsgenoten uit hun eigen "
          "buurt. Inclusie is voor ons geen eindpunt maar een richting: we bouwen stap voor stap aan scholen die "
          "meer kinderen kunnen bedienen."),
        P("Die visie vertalen we in drie thema's. Samen sterk: scholen en besturen dragen samen de "
          "verantwoordelijkheid voor alle kinderen in de regio, ook als een kind niet op de eigen school past. "
          "Thuisnabij: de ondersteuning komt zoveel mogelijk naar het kind toe, in plaats van dat het kind naar de "
          "ondersteuning moet reizen. Iedereen doet mee: ouders, kinderen, gemeenten en zorgpartners zijn partner "
          "en worden serieus genomen. Onze kernwaarden zijn vertrouwen, eigenaarschap en transparantie. Middelen "
          "zetten we in waar ze het meeste effect hebben, dicht bij de leraar in de klas."),
        H1("5 Samen sterk: wat elke school biedt"),
        H2("5.1 Basisondersteuning"),
        P("De schoolbesturen in Tielerwaard-Linge hebben met elkaar afgesproken dat iedere vestiging van iedere "
          "basisschool in het samenwerkingsverband ten minste hetzelfde niveau van basisondersteuning biedt. Dit "
          "niveau is de ondergrens: geen school mag eronder zitten, ook niet de kleinste dorpsschool. Scholen "
          "kunnen meer bieden en beschrijven dat in hun schoolondersteuningsprofiel en in de schoolgids. "
          "Basisondersteuning is ondersteuning waarvoor geen aanvraag bij het samenwerkingsverband nodig is; het "
          "is wat u als ouder op elke school mag verwachten."),
        P("Concreet betekent dit dat elke school in ons samenwerkingsverband het volgende heeft en doet:"),
        UL("een intern begeleider met ten minste één dag per week per 150 leerlingen, die de leerlingenzorg "
           "coördineert en leraren coacht;",
           "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, "
           "de schoolmaatschappelijk werker, de jeugdverpleegkundige en op afroep de consulent van het "
           "samenwerkingsverband;",
           "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief signalering vanaf "
           "groep 2 en inzet van compenserende middelen zoals voorleessoftware;",
           "een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of een vergelijkbaar "
           "programma) en een jaarlijkse monitoring van het welbevinden van leerlingen;",
           "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep: compacten, verrijken en ten "
           "minste één uur per week werken aan een eigen uitdaging;",
           "een eerste opvang voor nieuwkomers en leerlingen met een taalachterstand, met een taalprogramma en "
           "afspraken over doorverwijzing naar de taalklas;",
           "een protocol medisch handelen en afspraken over medicijngebruik onder schooltijd;",
           "handelingsgericht en planmatig werken: groepsplannen of -overzichten, twee keer per jaar een "
           "groepsbespreking en voor leerlingen met een eigen leerlijn een ontwikkelingsperspectief (OPP);",
           "een fysiek toegankelijk gebouw of, als dat niet kan, afspraken met een nabijgelegen school."),
        P("Deze afspraken zijn uitgewerkt in het document 'Basisondersteuning Tielerwaard-Linge', maar de lijst "
          "hierboven is de kern en geldt rechtstreeks. Wat een school daarbovenop biedt, is extra ondersteuning "
          "(zie hoofdstuk 6)."),
        H2("5.2 De kwaliteitskaart"),
        P("Om te weten of scholen de basisondersteuning waarmaken, vult elke school jaarlijks in maart de "
          "kwaliteitskaart basisondersteuning in. De consulent bespreekt de uitkomsten met de directeur en de "
          "intern begeleider. Scoort een school op een of meer onderdelen onvoldoende, dan stelt het bestuur van "
          "die school binnen zes maanden een verbeterplan op, dat het samenwerkingsverband volgt. Eens per vier "
          "jaar vindt op elke school een audit plaats door een collega-ib'er en een orthopedagoog van het bureau."),
        H1("6 Thuisnabij: de route naar passende ondersteuning"),
        P("Thuisnabij betekent voor ons dat een kind zo lang als het kan op de eigen school blijft en dat de "
          "ondersteuning naar het kind toe komt. Pas als dat echt niet meer gaat, kijken we naar een andere "
          "school. Dit hoofdstuk beschrijft de route die een school en ouders dan doorlopen."),
        H2("6.1 Extra ondersteuning en arrangementen"),
        P("Ons ondersteuningsaanbod kent drie lagen die op elkaar aansluiten. De eerste laag is de "
          "basisondersteuning op elke school (hoofdstuk 5). De tweede laag is extra ondersteuning: wanneer de "
          "basisondersteuning niet volstaat, vraagt de school via het digitale loket een arrangement aan. Dat "
          "kan een individueel arrangement zijn (bijvoorbeeld extra begeleiding door een specialist, een "
          "dagdeel per week ambulante begeleiding of inzet van een onderwijsassistent) of een groepsarrangement. "
          "Daarnaast kent de regio drie bovenschoolse voorzieningen: de plusklas De Uitdaging voor "
          "hoogbegaafde leerlingen (één dag per week, op twee locaties), de taalklas in Tiel voor nieuwkomers "
          "(maximaal een jaar) en de observatiegroep De Brug, waar een kind maximaal twaalf weken kan "
          "verblijven om zijn onderwijsbehoeften goed in beeld te krijgen. De derde laag is het speciaal "
          "basisonderwijs en het speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring nodig is."),
        P("Tussen de lagen bestaan overgangen in beide richtingen: een leerling met een arrangement kan weer "
          "terug naar alleen basisondersteuning, en het sbo en so bieden ambulante begeleiding aan reguliere "
          "scholen. Zo vormen de scholen samen één samenhangend geheel."),
        H2("6.2 Toelaatbaarheid sbo en so"),
        P("Als een leerling is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, vraagt het "
          "bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) een "
          "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De route is als volgt:"),
        OL("Stap 1. Het ondersteuningsteam van de school bespreekt de leerling met ouders en de consulent van "
           "het samenwerkingsverband en stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school, "
           "ook met een arrangement, te boven gaat.",
           "Stap 2. De school vult het groeidocument aan met het OPP, de evaluatie van de ingezette "
           "ondersteuning en de zienswijze van de ouders, en dient de aanvraag in via het digitale loket.",
           "Stap 3. Het bureau controleert binnen vijf werkdagen of het dossier compleet is.",
           "Stap 4. Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
           "psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige "
           "(kinderarts, maatschappelijk werker, pedagoog of kinderpsychiater). Zij zijn niet betrokken geweest "
           "bij de aanvraag.",
           "Stap 5. De Commissie Toelaatbaarheid, die namens de directeur-bestuurder besluit, neemt binnen zes "
           "weken na ontvangst van het complete dossier een besluit. Ouders ontvangen het besluit en een "
           "afschrift van de adviezen."),
        P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor één tot drie "
          "schooljaren, met bekostigingscategorie laag, midden of hoog, afhankelijk van de benodigde "
          "ondersteuning en zorg. Tegen een besluit kan binnen zes weken bezwaar worden gemaakt bij het "
          "samenwerkingsverband; wij vragen dan advies aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT)."),
        H2("6.3 Wanneer is een leerling toelaatbaar?"),
        P("De Commissie Toelaatbaarheid toetst elke aanvraag aan de volgende criteria."),
        TBL(("Soort TLV", "Een leerling is toelaatbaar als ..."),
            ("Speciaal basisonderwijs", "de school aantoonbaar ten minste twee periodes van zes maanden "
             "handelingsgericht heeft gewerkt met extra ondersteuning of een arrangement en die onvoldoende "
             "effect had; EN de leerling is aangewezen op een kleinere groep met meer structuur en specialistische "
             "didactiek; EN de leerachterstand of sociaal-emotionele problematiek zodanig is dat ontwikkeling in "
             "het regulier onderwijs stagneert"),
            ("Speciaal onderwijs cluster 3", "de leerling een verstandelijke, lichamelijke of meervoudige "
             "beperking of langdurige ziekte heeft die een intensieve combinatie van onderwijs, zorg en "
             "behandeling vraagt die een reguliere school of het sbo niet kan bieden"),
            ("Speciaal onderwijs cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft, "
             "die ondanks inzet van een arrangement en jeugdhulp leidt tot een onveilige situatie of stilstand in "
             "de ontwikkeling, en de leerling is aangewezen op een therapeutisch pedagogisch klimaat")),
        P("Bij twijfel tussen sbo en so kiest de commissie voor de meest thuisnabije passende plek. Voor "
          "leerlingen met ernstige meervoudige beperkingen geldt een verkorte procedure zonder wachttijd."),
        H2("6.4 Terugplaatsing naar de basisschool"),
        P("Plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat een leerling zo snel als "
          "dat verantwoord is terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonplaats. "
          "Voorwaarden zijn dat de onderwijsbehoeften van de leerling met extra ondersteuning in het regulier "
          "onderwijs kunnen worden ingevuld en dat er een ontvangende school is die zich daartoe in staat acht. "
          "De ontvangende school krijgt een terugplaatsingsarrangement van maximaal 4.500 euro voor het eerste "
          "jaar en de sbo- of so-school biedt in dat jaar ambulante begeleiding."),
        P("Het stappenplan voor terugplaatsing - wie het initiatief neemt, wanneer het gesprek plaatsvindt en wie "
          "uiteindelijk besluit - werken we in het eerste planjaar samen met De Kleine Prins en De Bolder uit. "
          "In schooljaar 2024-2025 keerden zeven leerlingen vanuit het sbo terug naar een basisschool."),
        H1("7 Iedereen doet mee"),
        H2("7.1 Ouders als partner"),
        P("Ouders kennen hun kind het best. Daarom betrekken scholen ouders vanaf het eerste signaal bij de "
          "ondersteuning en zijn ouders altijd uitgenodigd bij het ondersteuningsteam. Het samenwerkingsverband "
          "informeert ouders op verschillende manieren over de ondersteuning die de scholen en het "
          "samenwerkingsverband bieden. Op de ouderpagina van onze website staat per school wat zij biedt en hoe "
          "de route naar extra ondersteuning loopt. De brochure 'Wat mag ik van de school verwachten?' wordt bij "
          "inschrijving aan alle ouders meegegeven en is beschikbaar in het Nederlands, Arabisch, Turks en "
          "Pools. Twee keer per jaar organiseren we een informatieavond voor ouders, afwisselend in Tiel en "
          "Culemborg. Daarnaast beschrijft iedere school de ondersteuning in de schoolgids."),
        P("Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de wetgeving daartoe verplicht; hoe "
          "dat eruit komt te zien, is nog onderwerp van gesprek met de besturen. Tot die tijd blijft de intern "
          "begeleider van de school het eerste aanspreekpunt voor vragen van ouders."),
        H2("7.2 Gemeenten en jeugdhulp"),
        P("Met de vijf gemeenten voeren we jaarlijks het op overeenstemming gericht overleg. De gemeenten en het "
          "samenwerkingsverband hebben een gezamenlijke agenda met vier afspraken: elke school heeft een vaste "
          "contactpersoon in het lokale team; jeugdhulp kan onder schooltijd op school worden geboden; voor "
          "kinderen die onderwijs en zorg nodig hebben, maken we onderwijs-zorgarrangementen met een "
          "gezamenlijke financiering; en we stemmen leerlingenvervoer en huisvesting van het sbo af."),
        H2("7.3 Thuiszitters"),
        P("Ook het thema thuiszitters verdient aandacht. Het aantal kinderen in het primair onderwijs dat thuis "
          "zit is in onze regio klein, maar ieder kind is er een te veel. Samen met de leerplichtambtenaren "
          "bekijken we in 2026 hoe we dit thema het beste kunnen oppakken. Ook een analyse van mogelijke witte "
          "vlekken in ons aanbod staat voor de komende planperiode op de agenda."),
        H1("8 Wat we willen bereiken"),
        P("Per thema hebben we beoogde resultaten geformuleerd voor leerlingen die extra ondersteuning nodig "
          "hebben. De tabel geeft de streefwaarden voor 2030 en de stand van 2025."),
        TBL(("Thema", "Beoogd resultaat", "Stand 2025", "Streefwaarde 2030"),
            ("Samen sterk", "Scholen die op alle onderdelen van de kwaliteitskaart voldoen", "81%", "95%"),
            ("Thuisnabij", "Deelnamepercentage sbo + so op 1 oktober", "3,7%", "3,3%"),
            ("Thuisnabij", "Doorlooptijd TLV-aanvraag (compleet dossier tot besluit)", "7,5 weken", "max. 6 weken"),
            ("Thuisnabij", "Leerlingen die terugkeren van sbo naar basisonderwijs", "7 per jaar", "12 per jaar"),
            ("Iedereen doet mee", "Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "7,6"),
            ("Iedereen doet mee", "Leerlingen met arrangement die het doel uit het OPP halen", "68%", "80%")),
        P("We volgen de resultaten op drie manieren. Twee keer per jaar stelt het bureau een monitor samen met "
          "de kengetallen uit de tabel, gebaseerd op DUO-gegevens, de registratie van het loket en de "
          "kwaliteitskaarten. De monitor wordt besproken met de directeuren, het bestuur en de OPR. Jaarlijks "
          "verschijnt een jaarverslag met een verantwoording van de bereikte resultaten en de bijbehorende "
          "kosten. En om de twee jaar houden we een tevredenheidspeiling onder ouders en scholen. Blijft een "
          "resultaat achter, dan bespreekt het bestuur welke bijsturing nodig is; die bijsturing komt in de "
          "voortgangsparagraaf."),
        H1("9 Organisatie en middelen"),
    ]
    b += governance(naam, 9, 60)
    b += opr(naam, parents=True)
    b += [
        H2("9.1 Verdeling van de middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek "
          "van de afdrachten aan het sbo en so (via DUO) resteert het deel dat wij zelf verdelen. Wij werken "
          "met een schoolmodel: het grootste deel gaat rechtstreeks naar de schoolbesturen, zodat scholen zelf "
          "ondersteuning kunnen organiseren. De verdeling werkt als volgt:"),
        UL("elk bestuur ontvangt een bedrag van 165 euro per leerling op de teldatum van 1 oktober van het "
           "voorgaande jaar;",
           "daarnaast ontvangt elk bestuur een vaste voet van 5.000 euro per vestiging, om kleine scholen niet "
           "te benadelen;",
           "arrangementen via het loket worden per toekenning betaald uit het arrangementenbudget van het "
           "samenwerkingsverband, volgens vaste tarieven per type arrangement;",
           "de groeibekostiging van het sbo en so op de peildatum 1 februari betaalt het samenwerkingsverband "
           "uit de reserve."),
        P("Besturen verantwoorden jaarlijks voor 1 mei aan de hand van een vast format waaraan zij de middelen "
          "hebben besteed. Het bestuur van het samenwerkingsverband stelt het verdeelmodel jaarlijks vast bij "
          "de begroting, na advies van de directeuren en instemming van de OPR bij wijzigingen."),
        H2("9.2 Meerjarenbegroting"),
        TBL(("Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"),
            ("Baten ondersteuningsbudget (na verevening)", "9.840", "9.760", "9.690", "9.610"),
            ("Afdrachten sbo en so (DUO)", "4.120", "4.050", "3.990", "3.940"),
            ("Schoolbudgetten besturen", "2.210", "2.190", "2.170", "2.150"),
            ("Arrangementen en bovenschoolse voorzieningen", "1.980", "2.010", "2.030", "2.040"),
            ("Terugplaatsingsarrangementen", "30", "45", "50", "55"),
            ("Bureau, personeel en deskundigen", "1.260", "1.280", "1.300", "1.320"),
            ("Resultaat", "240", "185", "150", "105")),
        P("Het weerstandsvermogen bedraagt eind 2025 9,4% van de baten; de signaleringswaarde voor bovenmatige "
          "reserves wordt niet overschreden. De positieve resultaten in de begroting worden aangehouden als "
          "buffer voor de groeibekostiging."),
    ]
    b += personeel(naam)
    b += ict_privacy(naam)
    b += [H1("12 Planning"),
          P("De uitvoering van dit plan werken we jaarlijks uit in een jaarplan met een jaarbegroting. In 2026-2027 "
            "ligt het accent op de nieuwe kwaliteitskaart en het verkorten van de doorlooptijden; in 2027-2028 op "
            "de bovenschoolse voorzieningen; in 2028-2029 op ouderbetrokkenheid; in 2029-2030 evalueren we het "
            "plan en bereiden we het volgende voor.")]
    b += vaststelling(naam, "10 maart 2026", "4 februari 2026", "14 april 2026", "2026-2027 tot en met 2029-2030")
    b += [H1("Bijlage A Begrippenlijst"),
          UL("Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
             "Dekkend aanbod: het geheel van voorzieningen waarmee voor elke leerling een passende plek is.",
             "OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders en jongeren.",
             "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier onderwijs.",
             "TLV: toelaatbaarheidsverklaring voor sbo of so.",
             "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden of te vinden.",
             "Verdeelmodel: de wijze waarop het samenwerkingsverband middelen over de besturen verdeelt.")]
    return b


# =============================================================================================
# Plan 2 - VO, docx + pdf: Samenwerkingsverband VO Vechtdal-Oost (VO 23-04)
# =============================================================================================
def plan2():
    naam = "Samenwerkingsverband VO Vechtdal-Oost"
    b = [
        TITLE("Ondersteuningsplan 2026 - 2030",
              "Thuisnabij | Samen sterk | Kansrijk verder",
              "Samenwerkingsverband Voortgezet Onderwijs Vechtdal-Oost (VO 23-04)",
              "Definitieve versie na instemming OPR"),
        BREAK(),
        H1("Inhoudsopgave"),
        TOC("Voorwoord", "1. Waar we staan", "2. Waar we voor gaan: visie en ambities",
            "3. Samen sterk: de basis op orde", "4. Thuisnabij: de juiste plek voor elke leerling",
            "   4.1 Het ondersteuningsaanbod in de regio", "   4.2 Toelaatbaarheid vso",
            "   4.3 Leerwegondersteunend onderwijs en praktijkonderwijs", "   4.4 Na de TLV",
            "   4.5 Geen leerling tussen wal en schip", "5. Kansrijk verder: samen met partners",
            "6. Communicatie", "7. Geld volgt de leerling", "8. Organisatie", "9. Personeel", "10. ICT en privacy",
            "11. Planning en vervolg", "Bijlage 5 Meerjarenbegroting", "Afkortingenlijst"),
        BREAK(),
        H1("Voorwoord"),
        P("Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband Voortgezet "
          "Onderwijs Vechtdal-Oost. Dit plan is het resultaat van een jaar lang gesprekken met scholen, "
          "leerlingen, ouders, gemeenten en partners. We hebben gemerkt hoe groot de betrokkenheid is bij het "
          "thema passend onderwijs: iedereen wil dat jongeren in onze regio een diploma of een passende plek op "
          "de arbeidsmarkt halen, ook als het even tegenzit."),
        P("Het plan is geordend rond drie thema's: Thuisnabij, Samen sterk en Kansrijk verder. Deze thema's "
          "bepalen ook de agenda van het bestuur voor de komende vier jaar. Waar dat helpt, verwijzen we naar "
          "uitgewerkte documenten op onze website. Het bestuur dankt in het bijzonder de leerlingen van de "
          "leerlingenpanels, die ons scherp hielden op wat er in de klas echt gebeurt."),
        H1("1. Waar we staan"),
        P("Het samenwerkingsverband omvat de gemeenten Hardenberg, Ommen, Dalfsen, Coevorden en Twenterand. In "
          "het gebied staan veertien vestigingen van voortgezet onderwijs, verdeeld over zes schoolbesturen: "
          "acht vestigingen met vmbo, havo en vwo in verschillende combinaties, twee scholen voor "
          "praktijkonderwijs, twee vso-scholen (cluster 4 De Twijn en cluster 3 De Esch) en het "
          "orthopedagogisch-didactisch centrum De Overstap. Op 1 oktober 2025 telden de scholen samen 11.620 "
          "leerlingen."),
        P("De regio is uitgestrekt. Veel leerlingen reizen dagelijks twintig kilometer of meer, vaak met de "
          "fiets of het openbaar vervoer. Dat maakt thuisnabijheid in het voortgezet onderwijs een andere opgave "
          "dan in het primair onderwijs: een school in de eigen kern is er niet altijd. De bevolking krimpt "
          "licht in de oostelijke dorpen en groeit in Hardenberg en Dalfsen."),
        TBL(("Vestigingen", "Aantal", "Leerlingen 1-10-2025"),
            ("Regulier vo (vmbo/havo/vwo)", "8", "10.240"),
            ("Praktijkonderwijs", "2", "612"),
            ("Voortgezet speciaal onderwijs", "2", "538"),
            ("OPDC De Overstap (tijdelijke plaatsing)", "1", "48"),
            ("Overig (nevenvestigingen)", "1", "182")),
        H1("2. Waar we voor gaan: visie en ambities"),
        P("Wij willen dat iedere jongere in Vechtdal-Oost onderwijs volgt op een plek die past bij zijn "
          "mogelijkheden, en dat hij daar de ondersteuning krijgt die hij nodig heeft om een diploma, "
          "certificaat of werkplek te halen. Dat doen we zo thuisnabij als de regio toelaat en samen met de "
          "jongere en zijn ouders."),
        P("Drie ambities geven richting. Samen sterk: de scholen staan samen garant voor een stevige basis, "
          "zodat een leerling op iedere school dezelfde zekerheid heeft. Thuisnabij: extra ondersteuning wordt "
          "zo veel mogelijk binnen of dicht bij de eigen school georganiseerd, speciale voorzieningen zijn er "
          "voor wie ze echt nodig heeft. Kansrijk verder: we werken met gemeenten, jeugdhulp, mbo en werkgevers "
          "aan doorlopende lijnen, zodat jongeren niet uitvallen bij een overstap. Wij kiezen daarbij bewust "
          "voor vertrouwen in de professional, eenvoud in regels en eerlijkheid over wat wel en niet kan."),
        H2("Leerlingen aan het woord"),
        P("In de voorbereiding van dit plan hebben we met ruim zestig leerlingen gesproken, van het "
          "praktijkonderwijs tot het gymnasium. Zij vertelden ons dat ze vooral behoefte hebben aan één vaste "
          "persoon op school die hen kent, aan rust in de klas en aan docenten die uitleggen waarom een "
          "afspraak wordt gemaakt. Een leerling van De Twijn zei: 'Ik wil niet steeds opnieuw mijn verhaal doen.' "
          "Die boodschap nemen we mee. Leerlingen hebben het recht om hun mening te geven over hun "
          "ontwikkelingsperspectief; scholen bespreken het OPP daarom altijd ook met de leerling zelf. Het "
          "leerlingenpanel blijft de komende jaren bestaan en krijgt een vaste plek in de jaarcyclus van het "
          "bestuur, zodat de stem van jongeren niet alleen bij het schrijven van een plan wordt gehoord."),
        H1("3. Samen sterk: de basis op orde"),
        P("Basisondersteuning is in ons samenwerkingsverband het afgesproken minimum aan ondersteuning dat "
          "iedere vestiging van iedere aangesloten school biedt, ongeacht het schooltype of de leerweg. Het "
          "gaat om ondersteuning die een leerling krijgt zonder dat daarvoor een aanvraag bij het "
          "samenwerkingsverband nodig is. Alle veertien vestigingen hebben zich aan dit minimum verbonden; een "
          "school die (nog) niet voldoet, maakt een plan om dat binnen een schooljaar te bereiken."),
        P("Welke voorzieningen, interventies en expertise daar precies onder vallen, beschrijft elke school in "
          "haar schoolondersteuningsprofiel en, zodra de wet dat voorschrijft, in de schoolgids. De gezamenlijke "
          "standaarden uit 2019 zijn verouderd; de werkgroep Basis herijkt ze in schooljaar 2026-2027, mede in "
          "het licht van de landelijke norm voor basisondersteuning die in voorbereiding is. Tot de nieuwe "
          "standaarden zijn vastgesteld, houden de scholen de afspraken uit hun eigen profiel aan."),
        P("Jaarlijks voert de directeur-bestuurder met elke schoolleider een gesprek over de basisondersteuning, "
          "aan de hand van het profiel en de ervaringen van de consulent. De uitkomsten worden geanonimiseerd "
          "gedeeld in het directeurenoverleg, zodat scholen van elkaar kunnen leren."),
        H1("4. Thuisnabij: de juiste plek voor elke leerling"),
        H2("4.1 Het ondersteuningsaanbod in de regio"),
        P("Het aanbod in Vechtdal-Oost is opgebouwd als een doorlopende reeks. Op iedere school is er de "
          "basisondersteuning. Daarnaast heeft iedere school extra ondersteuning in de vorm van een "
          "trajectvoorziening: een ruimte met een trajectbegeleider waar leerlingen tijdelijk of voor een deel "
          "van de week terechtkunnen, bijvoorbeeld bij gedragsproblemen, faalangst of na een periode van "
          "verzuim. De trajectvoorziening wordt gefinancierd uit het schoolbudget. Lukt het met de "
          "trajectvoorziening niet, dan is er een bovenschools arrangement mogelijk: een plaatsing in OPDC De "
          "Overstap (maximaal twee jaar, met terugkeer naar de eigen school als doel), de reboundvoorziening "
          "(maximaal twaalf weken) of een individueel onderwijs-zorgarrangement samen met de gemeente. Het "
          "praktijkonderwijs en het voortgezet speciaal onderwijs vormen het meest specialistische deel van "
          "het aanbod. Voor cluster 3 met een ernstig meervoudige beperking zijn leerlingen aangewezen op een "
          "school in Zwolle, waarmee we vaste afspraken hebben."),
        H2("4.2 Toelaatbaarheid vso"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de "
          "toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag "
          "bevat het ontwikkelingsperspectief, een overzicht van de ondersteuning die de school heeft geboden en "
          "het effect daarvan, het advies van het ondersteuningsteam en de zienswijze van ouders en leerling. "
          "De commissie bestaat uit een voorzitter, een orthopedagoog of psycholoog en een tweede deskundige "
          "die per aanvraag wordt gekozen (bijvoorbeeld een kinder- en jeugdpsychiater of een maatschappelijk "
          "werker); de deskundigen adviseren ieder schriftelijk. De commissie beslist binnen zes weken na "
          "ontvangst van de volledige aanvraag; in spoedsituaties binnen vijf werkdagen."),
        P("Een leerling is toelaatbaar tot het vso als hij is aangewezen op een combinatie van onderwijs en "
          "ondersteuning die een reguliere school, ook met een arrangement of plaatsing in het OPDC, niet kan "
          "bieden; als dat blijkt uit ten minste één geëvalueerde ondersteuningsperiode in het regulier "
          "onderwijs (behalve bij instroom vanuit het so); en als de ondersteuningsbehoefte voortkomt uit een "
          "langdurige beperking of stoornis die de ontwikkeling ernstig belemmert. Bij cluster 3 gaat het om "
          "een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte, bij cluster 4 om "
          "ernstige gedrags- of psychiatrische problematiek."),
        P("De TLV wordt afgegeven voor een periode van één tot vier schooljaren, met bekostigingscategorie "
          "laag, midden of hoog. Tegen het besluit kunnen ouders en de aanvragende school binnen zes weken "
          "bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        H2("4.3 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs volgt Vechtdal-Oost de landelijke criteria; wij hebben niet gekozen "
          "voor eigen lwoo-criteria. Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een "
          "leerachterstand van ten minste 1,5 jaar in één of twee van de domeinen begrijpend lezen, inzichtelijk "
          "rekenen, technisch lezen en spellen, of bij een IQ tussen 91 en 120 met een leerachterstand en "
          "sociaal-emotionele problematiek. Voor praktijkonderwijs geldt een IQ tussen 55 en 80 en een "
          "leerachterstand van ten minste drie jaar in twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen."),
        P("De vo-school waar de leerling is aangemeld, dient de aanvraag voor 1 mei in via het digitale loket, "
          "met het onderwijskundig rapport van de basisschool en de testgegevens. Het secretariaat van de "
          "Commissie Toewijzing toetst de aanvraag; bij twijfel adviseert een orthopedagoog. Het besluit volgt "
          "binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een toelaatbaarheid tot "
          "het praktijkonderwijs ook."),
        H2("4.4 Na de TLV"),
        P("Een plaatsing in het vso is in Vechtdal-Oost een tijdelijke stap als dat kan. Ons beleid is dat elke "
          "leerling in het vso een reëel perspectief op terugkeer naar het regulier voortgezet onderwijs of "
          "doorstroom naar mbo of werk krijgt, en dat terugkeer zorgvuldig wordt voorbereid. Een leerling gaat "
          "terug als het OPP laat zien dat hij met de ondersteuning die een reguliere school (inclusief "
          "trajectvoorziening) kan bieden, verder kan. Na de overstap krijgt de leerling een "
          "overstaparrangement: één schooljaar begeleiding door een coach van de vso-school en een vast "
          "aanspreekpunt op de nieuwe school."),
        P("De procedure is als volgt. In oktober van het laatste jaar van de TLV evalueert de commissie van "
          "begeleiding van de vso-school het OPP en geeft aan of terugkeer reëel is. Is dat zo, dan organiseert "
          "de consulent van het samenwerkingsverband voor 1 februari een trajectoverleg met de vso-school, de "
          "leerling, de ouders en een mogelijke ontvangende school. De ontvangende school besluit over "
          "inschrijving; het samenwerkingsverband kent het overstaparrangement toe. De TLV loopt af op 31 "
          "juli. Is terugkeer niet verantwoord, dan vraagt de vso-school voor 1 april een nieuwe TLV aan."),
        H2("4.5 Geen leerling tussen wal en schip"),
        P("Ondanks al deze voorzieningen zijn er jongeren die geen passende plek hebben of langdurig verzuimen. "
          "Iedere school meldt een leerling die vier weken of langer niet naar school gaat bij de "
          "thuiszitterstafel. Aan deze tafel zitten de leerplichtambtenaar, de consulent van het "
          "samenwerkingsverband, de school en waar nodig jeugdhulp; zij komen maandelijks bijeen en maken voor "
          "iedere leerling binnen twee weken een plan. Lukt dat niet, dan heeft de directeur-bestuurder "
          "doorzettingsmacht om een school of voorziening te vragen de leerling (tijdelijk) op te nemen."),
        P("Jaarlijks brengt het bureau de knelpunten in het aanbod in kaart: wachtlijsten in het vso, "
          "leerlingen die buiten de regio naar school gaan omdat er hier niets passends is, en vragen die "
          "scholen niet kunnen beantwoorden. Voor 2026 is als witte vlek benoemd: hoogbegaafde leerlingen met "
          "autisme die in de reguliere klas vastlopen. Voor hen start in augustus 2026 een pilot met een "
          "kleinschalige havo/vwo-groep op een van de scholen in Hardenberg."),
        H1("5. Kansrijk verder: samen met partners"),
        P("Het samenwerkingsverband werkt samen met de vijf gemeenten in het OOGO en in de regionale agenda "
          "'Kansrijk verder'. Afspraken zijn er over jeugdhulp in de school (schoolmaatschappelijk werk en een "
          "jeugdhulpverlener op elke vestiging), over onderwijs-zorgarrangementen, over leerlingenvervoer naar "
          "het vso en over de aansluiting op het mbo. Met het mbo-college in de regio is een overstapprotocol "
          "opgesteld voor leerlingen met een ondersteuningsbehoefte. Met het samenwerkingsverband PO zijn "
          "afspraken gemaakt over de overdracht van groep 8 naar de brugklas."),
        H1("6. Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
          "scholen via het directeurenoverleg en de nieuwsbrief, en met ouders en leerlingen langs meerdere "
          "wegen. Over de ondersteuning die scholen en samenwerkingsverband bieden, informeren wij ouders via de "
          "website, waar per school de ondersteuning en de contactpersoon staan, via de folder 'Extra "
          "ondersteuning in het vo', die in groep 8 en in de brugklas wordt uitgedeeld, en via twee webinars per "
          "jaar. Ondersteuningscoördinatoren leggen in een kennismakingsgesprek aan ouders uit welke "
          "ondersteuning de school biedt. Belangrijke informatie is ook beschikbaar in eenvoudige taal en in het "
          "Engels, Arabisch en Tigrinya."),
        P("Ouders en leerlingen die een vraag hebben of het niet eens zijn met de school of met het "
          "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Vechtdal. Het steunpunt is "
          "ondergebracht bij een stichting die los staat van de scholen; de medewerkers luisteren, geven advies "
          "en gaan zo nodig mee naar gesprekken. Daarnaast verwijzen we naar de Onderwijsconsulenten, die "
          "kosteloos bemiddelen bij een dreigende of bestaande thuiszitsituatie, en naar de klachtenregeling van "
          "het samenwerkingsverband en de Geschillencommissie passend onderwijs."),
        P("Ouders en leerlingen hebben een stem in het samenwerkingsverband via de ondersteuningsplanraad en "
          "via het leerlingenpanel, dat twee keer per jaar met het bestuur spreekt."),
        H1("7. Geld volgt de leerling"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de voormalige "
          "lwoo- en pro-middelen) en zware ondersteuning. Na de verplichte afdrachten voor vso, lwoo en pro "
          "verdelen wij het resterende budget volgens de volgende regels. Iedere vestiging ontvangt een "
          "schoolbudget van 198 euro per leerling op de teldatum van 1 oktober, plus een vaste voet van 12.500 "
          "euro. De besturen dragen gezamenlijk het OPDC; het samenwerkingsverband betaalt daarvoor een "
          "bijdrage per bezette plaats. Bovenschoolse arrangementen en onderwijs-zorgarrangementen worden per "
          "leerling toegekend door de Commissie Toewijzing uit het arrangementenbudget. Het bestuur stelt de "
          "bedragen jaarlijks vast bij de begroting, na advies van de directeuren."),
        P("De meerjarenbegroting 2026-2030 met de toelichting op de bestedingen is opgenomen in bijlage 5 van "
          "dit plan."),
        H1("8. Organisatie"),
    ]
    b += governance(naam, 6, 14, "Het samenwerkingsverband heeft geen eigen scholen in beheer.")
    b += opr(naam, parents=True)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += [H1("11. Planning en vervolg"),
          P("Dit plan wordt uitgewerkt in jaarplannen. Wat we met dit plan voor leerlingen willen bereiken en hoe "
            "we dat gaan volgen, werken we per jaar uit in het jaarplan; een resultatenkader voor de hele "
            "planperiode is in voorbereiding en wordt in het voorjaar van 2027 aan de OPR voorgelegd."),
          P("In 2026-2027 staan de herijking van de basisstandaarden en de pilot voor hoogbegaafde leerlingen met "
            "autisme centraal. In 2027-2028 volgt een herziening van het verdeelmodel. In 2028-2029 kijken we "
            "naar de positie van het OPDC. In 2029-2030 bereiden we het volgende plan voor.")]
    b += vaststelling(naam, "17 maart 2026", "12 februari 2026", "7 april 2026", "2026-2027 tot en met 2029-2030")
    b += [H1("Afkortingenlijst"),
          TBL(("Afkorting", "Betekenis"),
              ("lwoo", "leerwegondersteunend onderwijs"),
              ("OJSP", "ouder- en jeugdsteunpunt"),
              ("OPDC", "orthopedagogisch-didactisch centrum"),
              ("OPP", "ontwikkelingsperspectief(plan)"),
              ("OPR", "ondersteuningsplanraad"),
              ("pro", "praktijkonderwijs"),
              ("TLV", "toelaatbaarheidsverklaring"),
              ("vso", "voortgezet speciaal onderwijs"))]
    return b


# =============================================================================================
# Plan 3 - PO, pdf only: Samenwerkingsverband PO Duin- en Bollenrand (PO 28-14)
# =============================================================================================
def plan3():
    naam = "Samenwerkingsverband Duin- en Bollenrand"
    b = [
        TITLE("Iedereen doet mee",
              "Ondersteuningsplan Samenwerkingsverband Primair Onderwijs Duin- en Bollenrand 2026-2030",
              "PO 28-14",
              "Versie 1.0 - instemming OPR 24 maart 2026"),
        BREAK(),
        H1("Inhoud"),
        TOC("1 Een woord vooraf", "2 Terugblik op 2022-2026", "3 Onze koers", "4 Iedereen doet mee",
            "   4.1 De tien standaarden van onze basisondersteuning", "   4.2 Extra ondersteuning en het aanbodboek",
            "5 Dichtbij", "   5.1 Als de eigen school handelingsverlegen is", "   5.2 Toelaatbaarheidsverklaringen",
            "   5.3 Thuiszitters en zorgplicht", "6 Samen leren", "   6.1 Professionalisering",
            "   6.2 Ouders", "   6.3 Resultaten", "7 Geld en middelen", "8 Organisatie en medezeggenschap",
            "9 ICT, gegevens en privacy", "10 Jaarplanning", "Begrippenlijst"),
        BREAK(),
        H1("1 Een woord vooraf"),
        P("Iedereen doet mee. Met die woorden begonnen we vier jaar geleden aan ons vorige plan, en ze zijn "
          "nog steeds actueel. In de Duin- en Bollenstreek gaan ruim 15.000 kinderen naar de basisschool. De "
          "meesten van hen hebben genoeg aan wat de school hun dagelijks biedt. Een deel heeft meer nodig: een "
          "aangepaste aanpak, een specialist die meekijkt, soms een andere school. Voor al die kinderen willen "
          "we dat er een plek is waar ze kunnen leren en meedoen."),
        P("Dit plan beschrijft hoe we dat de komende vier jaar doen. We hebben het geschreven vanuit onze drie "
          "kernwoorden: iedereen doet mee, dichtbij en samen leren. Die woorden komen uit de gesprekken die we "
          "in 2025 voerden met directeuren, intern begeleiders, leraren en partners. We hebben geprobeerd het "
          "plan kort en leesbaar te houden; waar het kan, verwijzen we naar documenten op onze website."),
        P("Het plan is tot stand gekomen onder grote tijdsdruk, omdat de evaluatie van het vorige plan later "
          "gereed was dan voorzien. Enkele onderdelen werken we daarom in het eerste planjaar verder uit; we "
          "geven dat in de tekst steeds aan. - Het bestuur"),
        H1("2 Terugblik op 2022-2026"),
        P("In de vorige planperiode hebben we het loket opnieuw ingericht, een nieuwe werkwijze voor de "
          "consulenten ingevoerd en de samenwerking met de jeugdteams verstevigd. De evaluatierapportage over "
          "de vorige planperiode wordt na afronding afzonderlijk gepubliceerd. In de gesprekken gaven scholen aan "
          "dat zij de korte lijnen met de consulenten waarderen; ouders gaven aan dat zij niet altijd wisten waar "
          "ze terechtkonden. De inspectie bezocht ons in 2024 en was positief over de governance, maar vroeg "
          "aandacht voor het concreet maken van doelen."),
        P("Die bevindingen hebben we meegenomen. In de werksessies in het najaar van 2025 hebben we met "
          "directeuren en intern begeleiders besproken wat we willen behouden en wat anders moet. Een "
          "belangrijke les was dat een plan alleen werkt als het op de werkvloer herkenbaar is. Daarom is dit "
          "plan compacter dan het vorige en ligt de nadruk op afspraken die scholen zelf kunnen toepassen."),
        H1("3 Onze koers"),
        P("Ons samenwerkingsverband staat voor onderwijs waarin kinderen met en zonder ondersteuningsbehoefte "
          "samen opgroeien. We willen dat elk kind zich gezien voelt en dat leraren zich gesteund voelen. We "
          "geloven in de kracht van de school als gemeenschap en in de kracht van ouders. Onze koers rust op "
          "drie pijlers. Iedereen doet mee: elk kind hoort erbij en krijgt de kans om zich te ontwikkelen. "
          "Dichtbij: ondersteuning zo dicht mogelijk bij het kind, bij de leraar en bij huis. Samen leren: "
          "scholen, ouders en partners leren van en met elkaar."),
        H2("Wat we horen van leraren en directeuren"),
        P("In het najaar van 2025 hebben we een korte vragenlijst uitgezet onder alle leraren en directeuren. "
          "Ruim 600 mensen reageerden. Het beeld is herkenbaar: leraren voelen zich betrokken bij leerlingen die "
          "meer nodig hebben, maar ervaren de administratieve last rond formulieren als zwaar. Directeuren vragen "
          "om snellere besluiten en om consulenten die de school goed kennen. Veel respondenten noemden de "
          "samenwerking met jeugdhulp als iets dat beter kan, vooral bij wachttijden voor behandeling. Een "
          "opvallend punt was dat jonge leraren behoefte hebben aan een collega om mee te sparren over gedrag "
          "in de klas. Deze signalen hebben we gebruikt bij het kiezen van onze drie kernwoorden en bij het "
          "vereenvoudigen van het loket. We blijven ook in de komende jaren leraren en directeuren bevragen, "
          "want een samenwerkingsverband dat niet luistert naar de werkvloer, verliest zijn bestaansrecht."),
        H2("Onze waarden"),
        P("Bij alles wat we doen, laten we ons leiden door vier waarden. Vertrouwen: we gaan ervan uit dat "
          "scholen en ouders het beste willen voor het kind. Eenvoud: we houden procedures zo licht als "
          "verantwoord is. Openheid: we zijn eerlijk over wat wel en niet kan. Verbinding: we zoeken de "
          "samenwerking op, ook als dat lastig is."),
        P("Deze koers betekent ook dat we keuzes maken. We investeren liever in de leraar in de klas dan in "
          "dure trajecten buiten de school. We maken liever één goed gesprek dan drie formulieren. En we "
          "accepteren dat maatwerk soms betekent dat een oplossing er voor het ene kind anders uitziet dan voor "
          "het andere."),
        H1("4 Iedereen doet mee"),
        H2("4.1 De tien standaarden van onze basisondersteuning"),
        P("Alle schoolbesturen in Duin- en Bollenrand hebben zich eraan verbonden dat iedere school, op iedere "
          "locatie, ten minste voldoet aan tien standaarden. Samen vormen zij het afgesproken niveau van "
          "basisondersteuning in ons samenwerkingsverband. Voor ouders betekent dit: op welke basisschool in de "
          "regio uw kind ook zit, dit is wat de school in ieder geval biedt."),
        TBL(("Standaard", "Wat dit op elke school betekent"),
            ("1 Veilig klimaat", "Een vastgesteld veiligheidsbeleid, een anti-pestcoördinator en jaarlijks een "
             "veiligheidsmeting onder leerlingen vanaf groep 5"),
            ("2 Zicht op ontwikkeling", "Een leerlingvolgsysteem, twee keer per jaar groepsbesprekingen en "
             "leerlingbesprekingen met de intern begeleider"),
            ("3 Lezen en dyslexie", "Werken volgens het protocol leesproblemen en dyslexie, extra "
             "leesinstructie en ondersteunende software"),
            ("4 Rekenen en dyscalculie", "Werken volgens het protocol ernstige reken-wiskundeproblemen en "
             "dyscalculie"),
            ("5 Gedrag", "Een schoolbrede gedragsaanpak en een time-in-plek in de school waar een leerling "
             "even tot rust kan komen"),
            ("6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de "
             "groep"),
            ("7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand"),
            ("8 Medische zorg", "Een protocol medisch handelen en afspraken met de jeugdgezondheidszorg"),
            ("9 Ondersteuningsteam", "Een ondersteuningsteam met intern begeleider, jeugdverpleegkundige en "
             "consulent, minimaal vijf keer per jaar"),
            ("10 Planmatig werken", "Een OPP voor elke leerling met een eigen leerlijn, opgesteld en "
             "geëvalueerd met ouders")),
        P("Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij de standaarden invullen en wat zij "
          "daarnaast aan extra ondersteuning bieden. Het samenwerkingsverband bespreekt het profiel eens per twee "
          "jaar met de school tijdens het schoolbezoek."),
        H2("4.2 Extra ondersteuning en het aanbodboek"),
        P("Wat er boven de basisondersteuning in de regio beschikbaar is aan arrangementen, bovenschoolse "
          "voorzieningen en speciale scholen, staat beschreven in ons aanbodboek op de website. Het aanbodboek "
          "is geen onderdeel van dit ondersteuningsplan en wordt ieder jaar in september geactualiseerd."),
        H1("5 Dichtbij"),
        H2("5.1 Als de eigen school handelingsverlegen is"),
        P("Dichtbij betekent dat we eerst kijken wat er in en rond de eigen school mogelijk is. Als een school "
          "vastloopt, bespreekt de intern begeleider de leerling in het ondersteuningsteam. De consulent van het "
          "samenwerkingsverband denkt mee en kan een observatie of een handelingsgericht onderzoek doen. Samen "
          "met ouders wordt bepaald welke stap nodig is."),
        H2("5.2 Toelaatbaarheidsverklaringen"),
        P("Voor plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is een "
          "toelaatbaarheidsverklaring nodig. De aanvraag wordt gedaan door het schoolbestuur van de school waar "
          "het kind is ingeschreven, via het loket van het samenwerkingsverband. Bij de aanvraag horen het "
          "groeidocument, het OPP met de evaluatie van de geboden ondersteuning en de ondertekende zienswijze "
          "van de ouders. Het loket controleert de volledigheid binnen een week. Daarna brengen een "
          "orthopedagoog en een tweede deskundige, die niet bij de aanvraag betrokken waren, ieder een eigen "
          "schriftelijk advies uit. De toelaatbaarheidscommissie neemt binnen acht weken na de volledige "
          "aanvraag een besluit en stuurt dat met de adviezen naar school en ouders."),
        P("De commissie kijkt daarbij naar de onderwijsbehoeften van het kind zoals beschreven in het "
          "groeidocument en weegt elke aanvraag op maat. Een nieuw afwegingskader met de criteria voor "
          "toelaatbaarheid tot sbo en so wordt in schooljaar 2026-2027 samen met de scholen voor speciaal "
          "(basis)onderwijs opgesteld. Een TLV wordt afgegeven voor ten hoogste twee schooljaren; voor het so "
          "bepaalt de commissie de bekostigingscategorie. Afspraken over wat er gebeurt als een TLV afloopt, "
          "maken we in het nieuwe planjaar met de s(b)o-scholen."),
        P("Ouders of school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. De "
          "bezwaarschriftencommissie van het samenwerkingsverband adviseert het bestuur."),
        H2("5.3 Thuiszitters en zorgplicht"),
        P("Geen kind hoort thuis te zitten. Toch gebeurt het, ook in onze regio: op de teldatum van 1 november "
          "2025 zaten negen basisschoolleerlingen langer dan vier weken thuis zonder passend aanbod. Daarom "
          "spreken we af dat een school een leerling die dreigt uit te vallen direct meldt bij het "
          "samenwerkingsverband en de leerplichtambtenaar. Elke maand bespreken de consulent, de "
          "leerplichtambtenaar en het jeugdteam alle gemelde kinderen in het Thuiszittersoverleg. Binnen vier "
          "weken na melding ligt er een plan voor gedeeltelijke of volledige terugkeer naar onderwijs. Lukt "
          "dat niet, dan escaleert de consulent naar de directeur van het samenwerkingsverband, die de besturen "
          "bijeenroept om een oplossing te vinden."),
        P("Scholen hebben zorgplicht. Als een school na aanmelding binnen zes weken (met verlenging tien weken) "
          "geen passende plek kan bieden, zoekt zij samen met het samenwerkingsverband een andere school. Het "
          "bureau houdt bij welke aanmeldingen niet slagen en voor welke kinderen er wachtlijsten zijn. Die "
          "overzichten bespreken we twee keer per jaar met de besturen om te bepalen of er een voorziening "
          "ontbreekt; in 2025 leidde dat tot een extra groep in het sbo voor jonge kinderen met "
          "taalontwikkelingsproblemen."),
        H1("6 Samen leren"),
        H2("6.1 Professionalisering"),
        P("Samen leren doen we in netwerken: het ib-netwerk komt zes keer per jaar bijeen, er is een netwerk "
          "voor hoogbegaafdheidsspecialisten en een leerteam gedrag. Het samenwerkingsverband betaalt de "
          "begeleiding van de netwerken. Scholen kunnen bovendien een beroep doen op de consulenten voor "
          "teamscholing. In de planperiode starten we een traineeship voor jonge intern begeleiders."),
        H2("6.2 Ouders"),
        P("Ouders zijn onze belangrijkste partners. Zij worden betrokken bij elke stap in de ondersteuning van "
          "hun kind, ze ondertekenen het OPP en zijn welkom in het ondersteuningsteam. Vier ouders hebben zitting "
          "in de ondersteuningsplanraad."),
        P("Soms hebben ouders behoefte aan iemand die naast hen staat. Sinds januari 2026 kunnen ouders en "
          "kinderen daarvoor terecht bij het Ouder- en Jeugdsteunpunt Duin en Bollen, dat wordt uitgevoerd door "
          "een onafhankelijke stichting en gefinancierd door de samenwerkingsverbanden PO en VO samen. Het "
          "steunpunt is telefonisch en via een chat bereikbaar en kan een onafhankelijk ondersteuner meesturen "
          "naar gesprekken op school. Verder kunnen ouders gratis een beroep doen op de Onderwijsconsulenten en "
          "op het landelijke informatiepunt Ouders & Onderwijs."),
        P("Een communicatieplan richting ouders, waarin staat hoe en wanneer wij ouders over de "
          "ondersteuningsmogelijkheden informeren, volgt in het eerste planjaar."),
        H2("6.3 Resultaten"),
        P("Voor deze planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
          "ondersteuningsbehoefte vastgesteld:"),
        UL("In 2030 voldoen alle scholen aan alle tien standaarden van de basisondersteuning.",
           "Het aantal thuiszitters in het primair onderwijs is in 2030 gehalveerd ten opzichte van 2025.",
           "Het deelnamepercentage speciaal basisonderwijs blijft onder het landelijk gemiddelde.",
           "Ten minste 80 procent van de leerlingen met een arrangement behaalt de doelen uit het OPP.",
           "Geen enkele leerling wacht langer dan tien weken op een besluit over toelaatbaarheid."),
        P("Hoe we de voortgang op deze resultaten meten, vastleggen en rapporteren, beschrijven we in een "
          "monitoringsplan dat in het najaar van 2026 met de ondersteuningsplanraad wordt besproken."),
        H1("7 Geld en middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer 10,5 miljoen euro aan ondersteuningsmiddelen. "
          "Na de afdrachten voor het speciaal onderwijs en het speciaal basisonderwijs blijft er ongeveer 5,9 "
          "miljoen euro over. Dat bedrag verdelen we op de volgende manier. Ieder schoolbestuur ontvangt per "
          "leerling op 1 oktober een basisbedrag van 170 euro voor de ondersteuning op de eigen scholen. "
          "Besturen met een bovengemiddeld aandeel leerlingen met een hoge onderwijsachterstandsscore krijgen "
          "daarbovenop een toeslag van 40 euro per leerling. Arrangementen worden aangevraagd bij het loket en "
          "door de consulent toegekend op basis van het groeidocument; daarvoor is een vast arrangementenbudget. "
          "Het sbo ontvangt bij groei boven de 2% de groeibekostiging op basis van de peildatum 1 februari. "
          "Wijzigingen in de verdeelsystematiek worden met instemming van de OPR vastgesteld."),
        TBL(("Begroting (x 1.000 euro)", "2026", "2027", "2028", "2029"),
            ("Rijksbijdrage ondersteuning", "10.480", "10.420", "10.350", "10.300"),
            ("Afdrachten so en sbo", "4.590", "4.560", "4.540", "4.520"),
            ("Basisbedrag en toeslag besturen", "2.810", "2.790", "2.770", "2.750"),
            ("Arrangementen loket", "1.640", "1.660", "1.680", "1.690"),
            ("Thuiszittersaanpak en ouder- en jeugdsteunpunt", "210", "220", "220", "225"),
            ("Consulenten en deskundigen", "890", "900", "910", "920"),
            ("Bureau en bestuur", "410", "415", "420", "425"),
            ("Saldo", "-70", "-125", "-190", "-230")),
        P("De negatieve saldi zijn bewust: de reserve is boven de signaleringswaarde en wordt in de planperiode "
          "afgebouwd naar een weerstandsvermogen van ongeveer 7 procent. Besturen verantwoorden de besteding "
          "van het basisbedrag in hun jaarverslag, met een paragraaf passend onderwijs volgens een gezamenlijk "
          "format."),
        H1("8 Organisatie en medezeggenschap"),
    ]
    b += governance(naam, 11, 71)
    b += opr(naam, parents=True)
    b += [H2("Samenwerking met gemeenten"),
          P("Met de gemeenten Katwijk, Noordwijk, Teylingen, Hillegom en Lisse voeren wij het OOGO. De "
            "onderwerpen zijn jeugdhulp op school, leerlingenvervoer, huisvesting en de aanpak van verzuim. Met "
            "de gemeenten is afgesproken dat jeugdhulp en onderwijs samen één plan maken voor kinderen die beide "
            "nodig hebben.")]
    b += personeel(naam)
    b += ict_privacy(naam)
    b += [H1("10 Jaarplanning"),
          P("Schooljaar 2026-2027: afwegingskader toelaatbaarheid, monitoringsplan, communicatieplan ouders. "
            "Schooljaar 2027-2028: evaluatie tien standaarden en aanbodboek. Schooljaar 2028-2029: herijking "
            "verdeelmodel. Schooljaar 2029-2030: evaluatie en nieuw ondersteuningsplan.")]
    b += vaststelling(naam, "24 maart 2026", "5 maart 2026", "9 april 2026", "2026-2027 tot en met 2029-2030")
    b += [H1("Begrippenlijst"),
          UL("Aanbodboek: overzicht van arrangementen en voorzieningen in de regio.",
             "Basisondersteuning: de tien standaarden die elke school biedt.",
             "Dekkend netwerk: een aanbod waarin voor ieder kind een passende plek is.",
             "Informatievoorziening ouders: de manier waarop ouders worden geïnformeerd.",
             "Monitoring: het periodiek volgen van de resultaten.",
             "Terugplaatsing: de terugkeer van een leerling uit het s(b)o naar de basisschool.",
             "TLV: toelaatbaarheidsverklaring.")]
    return b


# =============================================================================================
# Plan 4 - VO, docx: Samenwerkingsverband Voortgezet Onderwijs Maas en Peel (VO 31-06)
# =============================================================================================
def plan4():
    naam = "SWV VO Maas en Peel"
    b = [
        TITLE("Ondersteuningsplan 2026-2030",
              "Samen sterk - Elke leerling een plek - Groeien",
              "Samenwerkingsverband Voortgezet Onderwijs Maas en Peel (VO 31-06)",
              "Vastgesteld door het bestuur op 21 april 2026"),
        BREAK(),
        H1("Inhoudsopgave"),
        TOC("Voorwoord", "Leeswijzer", "Deel A Context en koers", "   A1 De regio", "   A2 Missie, visie en koers",
            "Deel B Samen sterk", "   B1 Basisondersteuning: de belofte van elke school",
            "   B2 Deskundigheid en netwerken", "Deel C Elke leerling een plek",
            "   C1 Van basis tot specialistisch", "   C2 Toewijzing en toelaatbaarheid (vso, pro, lwoo)",
            "   C3 Overstap vanuit het vso", "   C4 Dekkend aanbod en thuiszitters",
            "Deel D Groeien", "   D1 Doelen en indicatoren", "   D2 Zo volgen we onze resultaten",
            "Deel E Organisatie", "   E1 Bestuur en bureau", "   E2 Communicatie", "   E3 Financiën",
            "   E4 Personeel", "   E5 ICT en privacy", "   E6 Vaststelling", "Begrippen"),
        BREAK(),
        H1("Voorwoord"),
        P("Dit ondersteuningsplan beschrijft hoe de scholen voor voortgezet onderwijs in Maas en Peel de "
          "komende vier jaar samen zorgen voor passend onderwijs. Het is een plan van de scholen zelf: "
          "schoolleiders, ondersteuningscoördinatoren en bestuurders hebben het in een reeks werkconferenties "
          "opgesteld. De titel - Samen sterk, Elke leerling een plek, Groeien - vat samen wat we willen."),
        P("Er is de afgelopen jaren veel bereikt. Het aantal leerlingen dat zonder onderwijs thuis zit, is "
          "gedaald, de rebound is uitgegroeid tot een stevige voorziening en scholen weten elkaar beter te vinden. "
          "Tegelijk zijn er zorgen: het lerarentekort, de toename van psychische problematiek onder jongeren en "
          "de krimp in het noorden van de regio. Dit plan geeft richting zonder alles dicht te regelen. "
          "Uitwerkingen staan in werkwijzers, jaarplannen en de kadernota."),
        P("Wij danken de schoolleiders, ondersteuningscoördinatoren, mentoren en bestuurders die in de "
          "werkconferenties hun ervaring hebben ingebracht, en de leden van de ondersteuningsplanraad voor hun "
          "kritische vragen. Ook de gemeenten en de partners in de jeugdhulp en het mbo hebben meegelezen. Hun "
          "opmerkingen hebben het plan scherper gemaakt. - Ruud Hendrix, directeur-bestuurder"),
        H2("Leeswijzer"),
        P("Deel A schetst de context en onze koers. De delen B, C en D volgen onze drie thema's. Deel E gaat over "
          "de organisatie. Achterin staat een lijst met begrippen."),
        H1("Deel A Context en koers"),
        H2("A1 De regio"),
        P("Het samenwerkingsverband omvat de gemeenten Venray, Horst aan de Maas, Peel en Maas, Gennep en "
          "Bergen. Er zijn vijf schoolbesturen aangesloten met elf vestigingen voor voortgezet onderwijs, één "
          "school voor praktijkonderwijs en drie vso-scholen (twee cluster 4, één cluster 3). Het totaal aantal "
          "leerlingen is ongeveer 9.400. De regio is landelijk, met twee middelgrote kernen. Veel jongeren gaan "
          "na het vmbo naar het mbo in Venlo of Venray; een deel van de havo- en vwo-leerlingen reist naar "
          "Nijmegen of Eindhoven voor vervolgonderwijs."),
        P("De arbeidsmarkt in de regio is krap, vooral in techniek, logistiek en zorg. Werkgevers zijn bereid "
          "jongeren met een ondersteuningsbehoefte een kans te geven, mits de begeleiding goed geregeld is. Dat "
          "biedt kansen voor leerlingen van het praktijkonderwijs en het vso."),
        H2("A2 Missie, visie en koers"),
        P("Onze missie is dat iedere jongere in Maas en Peel een passende onderwijsplek heeft en zich daar kan "
          "ontwikkelen tot een zelfstandig en betrokken burger. Leerlingen en ouders moeten erop kunnen rekenen "
          "dat de scholen in de regio samen verantwoordelijkheid nemen. Wij geloven in regulier waar het kan en "
          "speciaal waar het moet, in vroeg signaleren en in samenwerking met de partners rond de jongere."),
        P("De koers voor 2026-2030 is samengevat in drie thema's. Samen sterk: iedere school biedt een stevige "
          "basis en scholen delen hun expertise. Elke leerling een plek: er is een dekkend aanbod en niemand zit "
          "thuis. Groeien: we stellen concrete doelen en leren van de resultaten. Bij die thema's horen "
          "kernwaarden: we zijn betrouwbaar, we durven te kiezen en we zijn zuinig op de mensen in de school."),
        H2("A3 Wat we leerden van de vorige periode"),
        P("Het vorige ondersteuningsplan liep van 2022 tot 2026. In die periode is de rebound uitgebreid van "
          "één naar twee locaties, is het OPDC verhuisd naar een beter bereikbaar gebouw en is de samenwerking "
          "met de leerplichtafdelingen van de vijf gemeenten vastgelegd in een convenant. De externe evaluatie "
          "van 2025 liet zien dat scholen de consulenten als betrokken en deskundig ervaren, maar dat de "
          "afspraken over basisondersteuning op papier sterker waren dan in de praktijk. Ook bleek dat doelen in "
          "het vorige plan te algemeen waren geformuleerd om er echt op te kunnen sturen. Daarom werken we in "
          "dit plan met een beperkt aantal doelen en indicatoren met een nulmeting (deel D) en met een audit van "
          "de basisondersteuning (deel B). Een derde les betrof de werkdruk in de ondersteuningsteams: het "
          "aantal overleggen nam toe zonder dat leerlingen daar altijd beter van werden. In dit plan kiezen we "
          "daarom voor minder, maar beter voorbereide besprekingen."),
        H1("Deel B Samen sterk"),
        H2("B1 Basisondersteuning: de belofte van elke school"),
        P("Basisondersteuning is in Maas en Peel het niveau van ondersteuning waarvoor alle aangesloten scholen, "
          "op al hun vestigingen, samen garant staan. Het is de gezamenlijke ondergrens: een leerling moet op "
          "iedere vestiging ten minste het volgende kunnen krijgen, zonder aanvraag bij het samenwerkingsverband "
          "en ongeacht de leerweg."),
        UL("Een mentor die de leerling wekelijks ziet en met wie de leerling een persoonlijk gesprek heeft over "
           "voortgang en welbevinden.",
           "Een ondersteuningscoördinator en een intern ondersteuningsteam dat elke twee weken bijeenkomt, met "
           "toegang tot een orthopedagoog of psycholoog.",
           "Begeleiding bij dyslexie en dyscalculie: faciliteiten zoals extra tijd, vergroot lettertype en "
           "voorleessoftware, bij toetsen en examens.",
           "Trainingen voor faalangst, sociale vaardigheden en examenvrees, ten minste één keer per schooljaar "
           "aangeboden.",
           "Hulp bij plannen en organiseren (executieve functies), bijvoorbeeld via huiswerkbegeleiding of een "
           "coachuur.",
           "Een time-outvoorziening in de school met een vaste begeleider en afspraken over terugkeer in de les.",
           "Een aanpak van verzuim volgens de regionale verzuimkaart, met vroegtijdige signalering na "
           "drie ongeoorloofde uren.",
           "Een schoolmaatschappelijk werker of jeugdhulpverlener die wekelijks op school aanwezig is.",
           "Een ontwikkelingsperspectief voor iedere leerling die extra ondersteuning ontvangt."),
        P("Jaarlijks voert iedere school een zelfevaluatie uit op deze punten. Een auditteam van collega's "
          "uit andere scholen bezoekt iedere school eens per twee jaar. Waar een school tekortschiet, maakt het "
          "bestuur van die school afspraken over verbetering met een termijn van ten hoogste één schooljaar."),
        H2("B2 Deskundigheid en netwerken"),
        P("Scholen delen kennis in vier netwerken: ondersteuningscoördinatoren, mentoren, "
          "vertrouwenspersonen en decanen. Het samenwerkingsverband faciliteert deze netwerken en organiseert "
          "twee keer per jaar een studiedag. In de planperiode ligt het accent op psychische problematiek bij "
          "jongeren, zoals angst en depressie, en op het werken met leerlingen met autisme in grote scholen. "
          "Nieuw is een leergang voor mentoren van de onderbouw, ontwikkeld samen met de lerarenopleiding in "
          "Nijmegen. Daarnaast willen we dat ondersteuningscoördinatoren vaker bij elkaar in de keuken kijken; "
          "iedere coördinator bezoekt daarom jaarlijks ten minste één andere school."),
        H1("Deel C Elke leerling een plek"),
        H2("C1 Van basis tot specialistisch"),
        P("Het aanbod in Maas en Peel is opgebouwd in vier niveaus. Niveau 1 is de basisondersteuning op iedere "
          "school (B1). Niveau 2 is extra ondersteuning in de eigen school: iedere school heeft een "
          "ondersteuningsruimte en kan voor een leerling een arrangement inzetten, bijvoorbeeld individuele "
          "begeleiding door een gedragsspecialist of een aangepast rooster. Niveau 3 zijn de bovenschoolse "
          "voorzieningen: de reboundvoorziening (tijdelijke opvang van maximaal drie maanden met terugkeer naar "
          "de eigen school), het OPDC Het Kompas (maximaal twee jaar, vmbo-basis tot havo-onderbouw) en de "
          "schakelklas voor nieuwkomers. Niveau 4 is het speciaal: het praktijkonderwijs en het voortgezet "
          "speciaal onderwijs. Leerlingen kunnen tussen de niveaus op- en afschalen; de consulent van het "
          "samenwerkingsverband is daarbij het vaste aanspreekpunt voor de school."),
        H2("C2 Toewijzing en toelaatbaarheid (vso, pro, lwoo)"),
        P("Voor plaatsing in het vso en het praktijkonderwijs en voor leerwegondersteuning gelden de volgende "
          "criteria. Het samenwerkingsverband volgt voor lwoo en pro de landelijke criteria."),
        TBL(("Voorziening", "Criteria"),
            ("Vso cluster 4", "Ernstige gedrags- of psychiatrische problematiek, vastgesteld door een "
             "deskundige; niveau 2 en 3 zijn aantoonbaar ingezet en geëvalueerd; de leerling heeft een "
             "therapeutisch klimaat en een kleine groep nodig"),
            ("Vso cluster 3", "Een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte "
             "waardoor de leerling is aangewezen op een intensieve combinatie van onderwijs en zorg"),
            ("Praktijkonderwijs", "IQ 55 tot en met 80 en leerachterstand van ten minste drie jaar op twee "
             "domeinen, waarvan ten minste één begrijpend lezen of inzichtelijk rekenen"),
            ("Lwoo", "IQ 75 tot en met 90 en leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen; of "
             "IQ 91 tot en met 120 met leerachterstand en sociaal-emotionele problematiek")),
        P("De aanvraagroute, de benodigde documenten, de beslistermijnen en de samenstelling van de commissie "
          "staan beschreven in de Werkwijzer Toewijzing 2026, te vinden op www.swvmaasenpeel-vo.nl. Een TLV voor "
          "het vso wordt in de regel afgegeven voor twee schooljaren."),
        H2("C3 Overstap vanuit het vso"),
        P("In het laatste schooljaar van een TLV bespreekt de commissie van begeleiding van de vso-school "
          "uiterlijk 1 december met de consulent van het samenwerkingsverband of de leerling kan overstappen naar "
          "het regulier voortgezet onderwijs. Is dat het geval, dan zoekt de vso-school samen met de consulent "
          "een ontvangende school en vindt voor 1 maart een overdrachtsgesprek plaats. De ontvangende school "
          "beslist over de inschrijving per 1 augustus. Is overstap nog niet mogelijk, dan vraagt de vso-school "
          "uiterlijk 1 april een nieuwe TLV aan. De lopende TLV eindigt op 31 juli."),
        P("Het beleid rond terugplaatsing - welke doelen we ons stellen, onder welke voorwaarden een overstap "
          "verantwoord is en welke begeleiding de leerling na de overstap krijgt - herijken we in 2026-2027. "
          "Het resultaat komt in de eerste voortgangsparagraaf bij dit plan."),
        H2("C4 Dekkend aanbod en thuiszitters"),
        P("Elk jaar stelt het bureau de Monitor Dekkend Aanbod op. Daarin staat voor welke leerlingen in het "
          "afgelopen jaar geen passende plek binnen de regio kon worden gevonden, hoe lang leerlingen op een "
          "plek in het vso of het OPDC wachtten en welke vragen scholen niet konden beantwoorden. De directeuren "
          "bespreken de monitor in juni en spreken per knelpunt af welke school of voorziening het oppakt en "
          "wanneer. Uit de monitor van 2025 bleek bijvoorbeeld dat er te weinig plaatsen zijn voor leerlingen "
          "met een combinatie van autisme en angst op havo/vwo-niveau; in 2026 opent daarom een kleine "
          "havo-onderbouwgroep in Venray."),
        P("Voor thuiszitters hanteren we een vaste aanpak. Een school meldt een leerling die drie weken niet "
          "naar school komt of dreigt uit te vallen bij de consulent en de leerplichtambtenaar. Binnen tien "
          "werkdagen is er een overleg met school, consulent, leerplicht en zo nodig de jeugdhulp, waarin een "
          "plan voor terugkeer naar onderwijs wordt gemaakt. De consulent bewaakt de voortgang. Als scholen het "
          "niet eens worden over de vraag wie de leerling opneemt, besluit de directeur van het "
          "samenwerkingsverband (doorzettingsmacht). Met de gemeenten is in het OOGO afgesproken dat jeugdhulp "
          "binnen vier weken beschikbaar is voor leerlingen die in deze aanpak zitten."),
        H2("C5 Doorlopende lijnen"),
        P("Overstappen zijn kwetsbare momenten. Met het samenwerkingsverband primair onderwijs in de regio is "
          "afgesproken dat voor iedere leerling met een ondersteuningsbehoefte in groep 8 een overdrachtsgesprek "
          "plaatsvindt tussen de intern begeleider en de ondersteuningscoördinator van de vo-school, en dat "
          "het OPP wordt overgedragen. Voor de overstap naar het mbo werken we met het regionale "
          "overstapprotocol: de vo-school draagt de ondersteuningsbehoefte over aan het mbo-college en een "
          "loopbaanbegeleider volgt de jongere tot het eerste rapport. Voor leerlingen uit het praktijkonderwijs "
          "en het vso die naar werk gaan, is er een nazorgperiode van een jaar, uitgevoerd door de school in "
          "samenwerking met het werkgeversservicepunt. In de planperiode onderzoeken we met de mbo-instellingen "
          "of een gezamenlijke entreeopleiding op een van de vso-locaties haalbaar is."),
        H1("Deel D Groeien"),
        H2("D1 Doelen en indicatoren"),
        TBL(("Thema", "Doel voor leerlingen met een ondersteuningsbehoefte", "Indicator", "Nulmeting 2025",
             "Doel 2030"),
            ("Samen sterk", "Alle vestigingen bieden de afgesproken basisondersteuning",
             "Aandeel vestigingen dat voldoet bij de audit", "73%", "100%"),
            ("Elke leerling een plek", "Minder leerlingen zonder passende onderwijsplek",
             "Thuiszitters langer dan 3 maanden (teldatum 1 oktober)", "14", "max. 5"),
            ("Elke leerling een plek", "Meer leerlingen in het regulier onderwijs", "Deelnamepercentage vso",
             "4,1%", "3,6%"),
            ("Elke leerling een plek", "Overstap van vso naar regulier vo", "Aantal overstappers per jaar",
             "11", "18"),
            ("Groeien", "Leerlingen met extra ondersteuning halen een diploma of startkwalificatie",
             "Aandeel leerlingen met arrangement dat diploma of certificaat behaalt", "76%", "85%"),
            ("Groeien", "Leerlingen na rebound of OPDC terug op een reguliere school",
             "Aandeel dat binnen twee jaar op de eigen of een andere reguliere school zit", "64%", "75%")),
        H2("D2 Zo volgen we onze resultaten"),
        P("Het bureau verzamelt de gegevens voor de indicatoren uit DUO-bestanden, de registratie van het "
          "loket, de auditrapporten en de leerplichtregistratie. Ieder kwartaal verschijnt een dashboard voor het "
          "bestuur en de directeuren. Twee keer per jaar, in november en mei, bespreken de directeuren de "
          "voortgang en maken zij zo nodig aanvullende afspraken. In het jaarverslag rapporteert het "
          "samenwerkingsverband per doel wat is bereikt en verklaart het verschillen met de streefwaarde. "
          "Halverwege de planperiode, in het voorjaar van 2028, laten we de resultaten extern evalueren; de "
          "uitkomst kan leiden tot bijstelling van de doelen in een voortgangsparagraaf."),
        H1("Deel E Organisatie"),
        H2("E1 Bestuur en bureau"),
    ]
    b += governance(naam, 5, 15)[1:]
    b += opr(naam, parents=False)
    b += [
        H2("E2 Communicatie"),
        P("Onze communicatie richt zich in de eerste plaats op de professionals in de scholen. Zij ontvangen "
          "maandelijks een nieuwsbrief, hebben toegang tot de kennisbank op het besloten deel van de website en "
          "ontmoeten elkaar in de netwerken. Het bestuur informeert de schoolbesturen via de kwartaalrapportage. "
          "Over de inrichting van het wettelijk verplichte ouder- en jeugdsteunpunt besluit het bestuur na de "
          "inwerkingtreding van de wet; tot die tijd is er geen apart steunpunt."),
        H2("E3 Financiën"),
        P("De financiële uitwerking van dit plan - de verdeling van de ondersteuningsmiddelen over de besturen "
          "en de meerjarenbegroting - legt het bestuur vast in de kadernota 2026-2030 en in de jaarbegroting. "
          "Beide documenten worden na vaststelling afzonderlijk aan de ondersteuningsplanraad voorgelegd."),
    ]
    b += personeel(naam)
    b += ict_privacy(naam)
    b += vaststelling(naam, "26 maart 2026", "2 maart 2026", "21 april 2026", "2026-2027 tot en met 2029-2030")
    b += [H1("Begrippen"),
          UL("Arrangement: een afgesproken pakket van extra ondersteuning voor een leerling.",
             "Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar.",
             "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met "
             "vragen over passend onderwijs.",
             "Schoolgids: jaarlijkse informatie van de school aan ouders en leerlingen.",
             "TLV: toelaatbaarheidsverklaring voor het vso.",
             "Terugplaatsing: de overstap van het vso naar het regulier voortgezet onderwijs.",
             "Verdeelmodel: de regels voor de verdeling van middelen over de besturen.")]
    return b


# =============================================================================================
# Plan 5 - PO, html (web version 'op hoofdlijnen'): SWV PO Delta-Eilanden (PO 30-07)
# =============================================================================================
def plan5():
    naam = "SWV Delta-Eilanden"
    b = [
        TITLE("Ondersteuningsplan 2026-2030 op hoofdlijnen",
              "Samenwerkingsverband Passend Primair Onderwijs Delta-Eilanden (PO 30-07)",
              "Iedereen doet mee | Thuisnabij | Samen sterk",
              "Webversie - laatst bijgewerkt 15 april 2026"),
        H1("Inhoud"),
        TOC("Voorwoord", "Over dit plan", "Onze eilanden in beeld", "Visie: iedereen doet mee",
            "Basisondersteuning", "Thuisnabij: ondersteuning dichtbij", "Terug naar de basisschool",
            "Samen sterk: ouders en school", "Kwaliteit en resultaten", "Financiën", "Organisatie",
            "Personeel", "ICT en privacy", "Vaststelling", "Bijlagen (aparte documenten): 1 Meerjarenbegroting "
            "detail, 2 Overzicht scholen, 3 Werkwijzer toelaatbaarheid, 4 Dekkend aanbod", "Begrippenlijst"),
        H1("Voorwoord"),
        P("Welkom op de webversie van ons ondersteuningsplan 2026-2030. Voor het eerst kiezen we voor een plan "
          "op hoofdlijnen: het plan zelf beschrijft de koers en de belangrijkste afspraken, de uitwerking staat "
          "in bijlagen en werkwijzers die we afzonderlijk publiceren en actueel houden. Zo hoeft niet het hele "
          "plan te worden herzien als een werkwijze verandert."),
        P("De webversie is zo gemaakt dat zij goed leesbaar is op een telefoon en geschikt voor voorleessoftware. "
          "Wie liever een papieren versie heeft, kan die opvragen bij het bureau. Ook is er een samenvatting van "
          "twee pagina's in eenvoudige taal. Wij hebben geprobeerd om jargon te vermijden; waar dat niet lukte, "
          "vindt u de uitleg in de begrippenlijst onderaan deze pagina. Heeft u suggesties om het plan "
          "begrijpelijker te maken, dan horen wij dat graag. Reacties die we ontvangen, verzamelen we en nemen we "
          "mee bij de jaarlijkse actualisatie van de webversie."),
        P("Ons samenwerkingsverband is klein en bijzonder: de scholen liggen verspreid over drie eilanden en een "
          "deel van het vasteland, en veel scholen zijn klein. Dat vraagt om creativiteit. De thema's van dit "
          "plan - Iedereen doet mee, Thuisnabij en Samen sterk - zijn gekozen door de schoolleiders en de "
          "ondersteuningsplanraad samen. Wij danken iedereen die heeft bijgedragen. - Anke de Visser, "
          "directeur-bestuurder"),
        H1("Over dit plan"),
        P("Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het geldt "
          "voor vier schooljaren. Het plan op hoofdlijnen wordt aangevuld met vier bijlagen: een gedetailleerde "
          "meerjarenbegroting, een overzicht van de scholen, de werkwijzer toelaatbaarheid en een beschrijving "
          "van het dekkend aanbod. Deze bijlagen worden afzonderlijk vastgesteld en staan op onze website. "
          "Jaarlijks verschijnen een jaarplan en een jaarverslag."),
        P("Voor wie snel wil lezen: de belangrijkste afspraken staan aan het begin van elk hoofdstuk. Wie meer "
          "wil weten over een onderwerp, vindt onderaan de pagina verwijzingen naar de uitwerkingen. Vragen over "
          "dit plan kunt u stellen via het contactformulier op de website."),
        H1("Onze eilanden in beeld"),
        P("Het samenwerkingsverband omvat de gemeenten Schouwen-Duiveland, Noord-Beveland, Tholen en een deel "
          "van Goeree-Overflakkee. Er zijn zeven schoolbesturen aangesloten met 41 basisscholen, een school voor "
          "speciaal basisonderwijs met twee locaties (De Zeester) en een school voor speciaal onderwijs (De "
          "Getijden, cluster 3 en 4). Op 1 oktober 2025 gingen er 6.940 leerlingen naar een basisschool, 151 "
          "naar het sbo en 96 leerlingen uit de regio naar het so."),
        P("Het leerlingaantal neemt af. Verschillende dorpsscholen hebben minder dan 60 leerlingen, en in de "
          "planperiode zullen enkele scholen fuseren of samenwerken in een kindcentrum. De afstanden zijn groot: "
          "van de westpunt van Schouwen naar de sbo-locatie in Zierikzee is het bijna veertig minuten met de bus. "
          "Dat maakt thuisnabijheid voor ons geen vanzelfsprekendheid, maar een opgave."),
        P("De regio kent een relatief oude bevolking, een groeiende groep arbeidsmigranten in de landbouw en de "
          "recreatie, en een beperkt aanbod aan jeugdhulp op de eilanden zelf. Veel specialistische hulp zit in "
          "Goes, Middelburg of Rotterdam. Scholen zijn daardoor vaker dan elders de eerste plek waar zorgen over "
          "een kind zichtbaar worden."),
        H2("Kleine scholen, kindcentra en krimp"),
        P("De daling van het aantal leerlingen raakt de eilanden hard. In de planperiode verwachten we dat "
          "vier dorpsscholen onder de opheffingsnorm komen. Besturen onderzoeken samen met de gemeenten of "
          "scholen kunnen samengaan in een kindcentrum met kinderopvang, of dat een school als nevenvestiging "
          "kan blijven bestaan. Voor het samenwerkingsverband is het van belang dat ook bij fusies en sluitingen "
          "de afspraken in dit plan blijven gelden. We vragen besturen daarom om ons vroeg te informeren over "
          "plannen die gevolgen hebben voor de spreiding van scholen."),
        P("Kleine scholen hebben vaak een kleine formatie en geen eigen specialisten. Het samenwerkingsverband "
          "stimuleert daarom dat scholen op hetzelfde eiland samenwerken in clusters: een intern begeleider "
          "werkt dan voor twee of drie scholen, en leraren volgen samen scholing. Dit sluit aan bij de "
          "afspraken in de regionale onderwijsagenda."),
        H2("Terugblik op 2022-2026"),
        P("In de vorige planperiode hebben we het loket gedigitaliseerd, de werkwijze van de consulenten "
          "herzien en een start gemaakt met beeldbellen tussen scholen en specialisten. De samenwerking tussen "
          "de besturen is gegroeid: waar besturen vroeger vooral hun eigen scholen zagen, is er nu een "
          "gezamenlijk directeurenoverleg dat elke zes weken bijeenkomt. Minder goed ging het invoeren van een "
          "gezamenlijk groeidocument: niet alle scholen gebruiken het. Ook hebben we te weinig tijd gestoken in "
          "het actualiseren van afspraken, waardoor sommige documenten verouderd zijn geraakt. Dat is een van de "
          "redenen voor de keuze voor een plan op hoofdlijnen met afzonderlijk te actualiseren bijlagen."),
        H1("Visie: iedereen doet mee"),
        P("Wij willen dat kinderen op de eilanden samen opgroeien en samen naar school gaan. Iedereen doet mee "
          "betekent voor ons dat een kind niet wordt uitgesloten van het onderwijs in zijn eigen dorp omdat het "
          "iets extra's nodig heeft. Het betekent ook dat we ouders en kinderen serieus nemen als "
          "gesprekspartner, en dat we scholen helpen om steeds meer kinderen een plek te bieden."),
        P("Thuisnabij betekent dat we de ondersteuning zoveel mogelijk naar het kind toe brengen. Samen sterk "
          "betekent dat de zeven besturen zich gezamenlijk verantwoordelijk voelen voor alle kinderen in de "
          "regio. Onze kernwaarden zijn nabijheid, vertrouwen en vakmanschap. We werken vanuit de overtuiging "
          "dat de leraar het verschil maakt, en dat ons samenwerkingsverband er is om de leraar te ondersteunen."),
        H1("Basisondersteuning"),
        P("Basisondersteuning is een belangrijk begrip in passend onderwijs. De afspraken over basisondersteuning "
          "uit 2018 sluiten niet meer aan bij de praktijk en bij de landelijke ontwikkelingen. Een nieuwe, "
          "gezamenlijke beschrijving stellen we in de loop van schooljaar 2026-2027 vast met de schoolbesturen, "
          "nadat de landelijke norm bekend is. Tot die tijd beschrijven de scholen hun ondersteuning in hun "
          "eigen schoolgids."),
        H1("Thuisnabij: ondersteuning dichtbij"),
        P("Thuisnabij is voor ons samenwerkingsverband meer dan een woord. Op de eilanden betekent het dat we "
          "kiezen voor oplossingen die het kind in het eigen dorp houden: een specialist die naar de school "
          "reist in plaats van een kind dat naar de specialist reist, en een leraar die via beeldbellen met een "
          "collega op een andere school kan overleggen. De consulenten van het samenwerkingsverband hebben elk "
          "een vast aantal scholen en zijn daar minstens één dagdeel per maand aanwezig."),
        P("Soms is een plaatsing in het speciaal basisonderwijs of speciaal onderwijs nodig. De procedure en de "
          "criteria voor toelaatbaarheid tot sbo en so, de samenstelling van de commissie en de "
          "bezwaarmogelijkheden zijn opgenomen in bijlage 3, 'Werkwijzer toelaatbaarheid'."),
        H1("Terug naar de basisschool"),
        P("Een plaatsing in het sbo of so is voor ons geen eindstation. Het beleid van ons samenwerkingsverband "
          "is dat elk kind in het speciaal (basis)onderwijs een perspectief op terugkeer krijgt, en dat die "
          "terugkeer actief wordt onderzocht zodra het ontwikkelingsperspectief daar aanleiding toe geeft. "
          "Terugkeer naar een reguliere basisschool in de eigen woonplaats heeft daarbij de voorkeur. Een kind "
          "keert terug als de ondersteuning die het nodig heeft, met een arrangement, op een reguliere school "
          "kan worden geboden. De ontvangende school krijgt voor het eerste jaar een terugplaatsingsarrangement "
          "van 3.800 euro en de sbo- of so-school levert in dat jaar ambulante begeleiding. Na een half jaar "
          "evalueren beide scholen samen met de ouders hoe het gaat."),
        P("De procedure verloopt in vier stappen:"),
        OL("Stap 1 - Signaleren. Bij de jaarlijkse evaluatie van het OPP bespreekt de sbo- of so-school met "
           "ouders of terugkeer naar het regulier onderwijs haalbaar is. In het laatste jaar van de TLV gebeurt "
           "dit uiterlijk in november.",
           "Stap 2 - Verkennen. Als terugkeer haalbaar lijkt, meldt de school dit bij de consulent van het "
           "samenwerkingsverband. De consulent zoekt samen met ouders een ontvangende school, bij voorkeur in de "
           "woonplaats van het kind.",
           "Stap 3 - Afspreken. In een overdrachtsgesprek (uiterlijk in maart) maken de scholen, de ouders en de "
           "consulent afspraken over de start, de ondersteuning en de ambulante begeleiding. Een proefplaatsing "
           "van enkele dagdelen is mogelijk.",
           "Stap 4 - Besluiten. De directeur van de ontvangende school besluit over inschrijving; het "
           "samenwerkingsverband kent het terugplaatsingsarrangement toe. De TLV eindigt op 31 juli, of eerder als "
           "de overstap tussentijds plaatsvindt."),
        P("Lukt terugkeer niet, dan vraagt de sbo- of so-school tijdig een nieuwe TLV aan. In de afgelopen "
          "planperiode keerden gemiddeld vijf leerlingen per jaar terug naar het regulier basisonderwijs."),
        H1("Samen sterk: ouders en school"),
        P("Ouders zijn partner in de ondersteuning van hun kind. Het samenwerkingsverband informeert ouders over "
          "de ondersteuningsmogelijkheden op verschillende manieren. Op de website staat een ouderdeel met "
          "uitleg over de ondersteuning die scholen en het samenwerkingsverband bieden, met filmpjes en een "
          "overzicht van veelgestelde vragen. Iedere school geeft de informatie over ondersteuning door in de "
          "schoolgids en bij het intakegesprek. Bij elke aanvraag van een arrangement krijgen ouders de "
          "ouderfolder 'Samen kijken naar wat uw kind nodig heeft'. Twee keer per jaar is er een ouderavond op "
          "een van de eilanden, die ook online te volgen is."),
        P("Voor onafhankelijke informatie en steun kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
          "Zeeland, dat wij samen met de andere Zeeuwse samenwerkingsverbanden financieren. De medewerkers van "
          "het steunpunt werken niet voor een school of samenwerkingsverband en helpen ouders en kinderen bij "
          "vragen, twijfels of meningsverschillen. Daarnaast kunnen ouders een beroep doen op de "
          "Onderwijsconsulenten en bij een klacht terecht bij de klachtencommissie waarbij wij zijn aangesloten. "
          "Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
        H1("Kwaliteit en resultaten"),
        P("Het samenwerkingsverband werkt met een kwaliteitscyclus. Elk half jaar bespreekt het bestuur een "
          "dashboard met kengetallen: het deelnamepercentage sbo en so op 1 oktober, het aantal afgegeven TLV's en "
          "arrangementen, het aantal terugplaatsingen, de doorlooptijd van aanvragen en de tevredenheid van "
          "scholen over de consulenten. De gegevens komen uit DUO, het eigen registratiesysteem en een korte "
          "vragenlijst na elk afgerond traject. Het jaarverslag beschrijft de bereikte resultaten en wordt "
          "besproken met de OPR en de schoolbesturen."),
        P("In de vorige planperiode daalde het deelnamepercentage sbo van 2,6 naar 2,2 procent en het "
          "deelnamepercentage so van 1,6 naar 1,4 procent. De gemiddelde doorlooptijd van een aanvraag daalde "
          "van negen naar zes weken. De tevredenheid van scholen over de consulenten bleef stabiel op 7,8."),
        P("Nieuwe beoogde resultaten voor deze planperiode formuleren we na een nulmeting in het najaar van "
          "2026. Ze worden opgenomen in het jaarplan 2027."),
        H1("Financiën"),
        P("Het samenwerkingsverband ontvangt middelen van het Rijk voor de ondersteuning van leerlingen. Na de "
          "afdrachten voor het sbo en so gaat het grootste deel naar de schoolbesturen. Hieronder staat de "
          "meerjarenbegroting op hoofdlijnen; de gedetailleerde begroting staat in bijlage 1."),
        TBL(("x 1.000 euro", "2026", "2027", "2028", "2029"),
            ("Baten ondersteuningsmiddelen", "5.620", "5.540", "5.470", "5.400"),
            ("Afdrachten sbo en so", "2.690", "2.660", "2.640", "2.620"),
            ("Schoolbudgetten besturen", "1.710", "1.690", "1.660", "1.640"),
            ("Terugplaatsingsarrangementen", "20", "25", "25", "30"),
            ("Consulenten en loket", "640", "650", "660", "670"),
            ("Bureau, bestuur en huisvesting", "410", "415", "420", "425"),
            ("Ouder- en jeugdsteunpunt (bijdrage)", "45", "45", "45", "45"),
            ("Saldo", "105", "55", "20", "-30")),
        P("Het weerstandsvermogen ligt met 6 procent van de baten onder de signaleringswaarde. De manier waarop "
          "de schoolbudgetten over de besturen worden verdeeld, herzien we in 2026; het nieuwe verdeelmodel "
          "wordt na besluitvorming in de algemene vergadering als aanvulling op dit plan gepubliceerd."),
        H1("Organisatie"),
    ]
    b += governance(naam, 7, 44)
    b += [H2("Bereikbaarheid en leerlingenvervoer"),
          P("Op de eilanden is vervoer een terugkerend onderwerp. Kinderen die naar de sbo-locatie in Zierikzee of "
            "naar De Getijden gaan, zijn vaak lang onderweg. Het leerlingenvervoer is een taak van de gemeenten; "
            "het samenwerkingsverband heeft daarin geen eigen rol of budget. Wel geven wij signalen van scholen "
            "en ouders over lange reistijden door aan de gemeenten, en vragen wij bij nieuwe locaties of "
            "verhuizingen van scholen om rekening te houden met de bereikbaarheid. In 2025 is op ons verzoek een "
            "extra vervoersroute ingesteld voor de kinderen van Noord-Beveland."),
          H2("Communicatie met scholen en partners"),
          P("Scholen ontvangen zes keer per jaar een digitale nieuwsbrief met nieuws over regelingen, scholing "
            "en goede voorbeelden. Directeuren en intern begeleiders hebben toegang tot een besloten deel van de "
            "website met formulieren en werkwijzers. Het bestuur publiceert jaarlijks een publieksversie van het "
            "jaarverslag. Persvragen lopen via de directeur-bestuurder."),
          H2("Samenwerking tussen de besturen"),
          P("De zeven besturen werken samen in de algemene vergadering en in het directeurenoverleg. Besluiten "
            "worden zoveel mogelijk in consensus genomen. Waar besturen van mening verschillen, geldt de "
            "geschillenregeling uit de statuten. In de planperiode willen we de samenwerking verder versterken, "
            "bijvoorbeeld door gezamenlijke inkoop van scholing en door uitwisseling van personeel tussen "
            "scholen op hetzelfde eiland.")]
    b += opr(naam, parents=True)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += [H1("Planning"),
          P("Dit plan wordt elk jaar uitgewerkt in een jaarplan met een jaarbegroting. Het jaarverslag legt "
            "verantwoording af over de uitvoering. De planning op hoofdlijnen is als volgt."),
          UL("2026-2027: nulmeting en nieuwe beoogde resultaten; nieuw verdeelmodel; beschrijving "
             "basisondersteuning; actualisatie van de bijlagen 3 en 4.",
             "2027-2028: invoering gezamenlijk groeidocument op alle scholen; evaluatie van de consulentenrol.",
             "2028-2029: tussentijdse evaluatie van het plan met de ondersteuningsplanraad en de besturen.",
             "2029-2030: evaluatie en voorbereiding van het volgende ondersteuningsplan."),
          P("Wijzigingen in het plan of in de bijlagen worden voorgelegd aan de ondersteuningsplanraad. Kleine, "
            "redactionele aanpassingen in de webversie worden onderaan de pagina vermeld met de datum."),
          H1("Vaststelling")]
    b += vaststelling(naam, "19 maart 2026", "26 februari 2026", "15 april 2026", "2026-2027 tot en met 2029-2030")[1:]
    b += [H1("Begrippenlijst"),
          UL("Arrangement: extra ondersteuning voor een leerling of groep, toegekend door het samenwerkingsverband.",
             "Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband bieden.",
             "Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat voor elk kind een plek is.",
             "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
             "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.",
             "Toelaatbaarheidscommissie: de commissie die namens het bestuur over TLV's besluit.",
             "Zorgplicht: de plicht van het schoolbestuur om een passende plek te bieden.")]
    return b


# =============================================================================================
# Near miss - school-level 'ondersteuningsplan' of one basisschool (not an SWV plan), pdf
# =============================================================================================
def nearmiss():
    b = [
        TITLE("Ondersteuningsplan OBS De Regenboog",
              "Schooljaar 2025-2026",
              "Openbare basisschool De Regenboog, Culemborg - onderdeel van Stichting Openbaar Onderwijs Rivierenland",
              "Besproken met de medezeggenschapsraad op 30 september 2025"),
        BREAK(),
        H1("Inhoud"),
        TOC("1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur van onze school",
            "4 Zorgniveaus 1 tot en met 5", "5 Groeps- en leerlingbesprekingen", "6 Het ondersteuningsteam",
            "7 Samenwerking met het samenwerkingsverband", "8 Ouders", "9 Inzet van middelen",
            "10 Opbrengsten en evaluatie", "11 Jaarplanning zorg"),
        BREAK(),
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Regenboog de ondersteuning aan leerlingen organiseert. "
          "Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders die willen weten hoe de zorg op "
          "onze school is geregeld. Het wordt elk schooljaar door de intern begeleider en de directeur "
          "geactualiseerd. Het plan sluit aan bij ons schoolondersteuningsprofiel en bij de afspraken over "
          "basisondersteuning in het Samenwerkingsverband Passend Primair Onderwijs Tielerwaard-Linge, waarbij "
          "onze school is aangesloten. Het ondersteuningsplan van het samenwerkingsverband zelf is te vinden op de "
          "website van het samenwerkingsverband."),
        H1("2 Onze leerlingen"),
        P("De Regenboog telt op 1 oktober 2025 248 leerlingen in tien groepen. De school staat in een wijk met "
          "een gemengde bevolking. Ongeveer een kwart van de leerlingen spreekt thuis een andere taal dan het "
          "Nederlands. Het aantal leerlingen met een ontwikkelingsperspectief is dit jaar elf; zes leerlingen "
          "hebben een arrangement van het samenwerkingsverband. Twee leerlingen zijn vorig jaar met een "
          "toelaatbaarheidsverklaring naar het speciaal basisonderwijs gegaan."),
        H1("3 De ondersteuningsstructuur van onze school"),
        P("Onze school werkt handelingsgericht. Dat betekent dat we uitgaan van wat een leerling nodig heeft en "
          "niet van wat er mis is. Leraren maken voor hun groep een groepsoverzicht en een groepsplan per "
          "vakgebied, met drie instructieniveaus. De intern begeleider (ib'er) coördineert de leerlingenzorg en "
          "coacht leraren. Zij is vier dagen per week op school. Daarnaast hebben we een rekenspecialist, een "
          "taalspecialist, een gedragsspecialist en een specialist meer- en hoogbegaafdheid in het team."),
        H1("4 Zorgniveaus 1 tot en met 5"),
        UL("Niveau 1 - Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus.",
           "Niveau 2 - Extra zorg in de groep: verlengde instructie, pre-teaching, extra oefening.",
           "Niveau 3 - Speciale zorg na intern onderzoek: een handelingsplan opgesteld met de ib'er.",
           "Niveau 4 - Speciale zorg na extern onderzoek: inzet van een deskundige van buiten de school, "
           "bijvoorbeeld de orthopedagoog van het samenwerkingsverband; eventueel een arrangement.",
           "Niveau 5 - Verwijzing: de school vraagt via het samenwerkingsverband een toelaatbaarheidsverklaring "
           "aan voor het speciaal basisonderwijs of het speciaal onderwijs."),
        P("Niveau 1 tot en met 3 vallen binnen de basisondersteuning van onze school. Voor niveau 4 en 5 "
          "werken we samen met het samenwerkingsverband."),
        H1("5 Groeps- en leerlingbesprekingen"),
        P("Drie keer per jaar, in oktober, februari en juni, voert de ib'er met elke leerkracht een "
          "groepsbespreking. Daarin kijken we naar de resultaten van de methodetoetsen en de toetsen van het "
          "leerlingvolgsysteem, naar het welbevinden van de groep en naar leerlingen die opvallen. Leerlingen die "
          "extra aandacht nodig hebben, worden besproken in een leerlingbespreking. Daar wordt afgesproken welke "
          "aanpak we kiezen en wanneer we evalueren. De afspraken worden vastgelegd in het leerlingdossier."),
        H1("6 Het ondersteuningsteam"),
        P("Zes keer per jaar komt het ondersteuningsteam (OT) bijeen. Daarin zitten de ib'er, de directeur, de "
          "schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD en de consulent van het "
          "samenwerkingsverband. Ouders worden altijd uitgenodigd als hun kind wordt besproken. In het OT "
          "bespreken we leerlingen bij wie de aanpak op niveau 3 onvoldoende effect heeft. Het OT kan besluiten "
          "tot een extern onderzoek, tot een aanvraag voor een arrangement of tot een verwijzing naar jeugdhulp."),
        H1("7 Samenwerking met het samenwerkingsverband"),
        P("Voor leerlingen die meer nodig hebben dan onze basisondersteuning, kan de school een arrangement "
          "aanvragen bij het loket van het samenwerkingsverband. De ib'er stelt de aanvraag op met het "
          "groeidocument. Als een leerling aangewezen is op het speciaal basisonderwijs of het speciaal "
          "onderwijs, vraagt ons schoolbestuur een toelaatbaarheidsverklaring aan. De Commissie Toelaatbaarheid "
          "van het samenwerkingsverband beslist; de procedure en de criteria staan in het ondersteuningsplan van "
          "het samenwerkingsverband. Wanneer een leerling vanuit het sbo terugkeert naar onze school, maken we "
          "samen met de sbo-school en de ouders afspraken over begeleiding in de eerste maanden."),
        H1("8 Ouders"),
        P("Ouders zijn onze partners. Bij zorgen over een kind nemen we altijd contact op met de ouders, en "
          "ouders kunnen ook zelf aan de bel trekken bij de leerkracht of de ib'er. Ouders tekenen het "
          "ontwikkelingsperspectief en worden uitgenodigd voor het OT. In de schoolgids en op de website van de "
          "school staat beschreven welke ondersteuning onze school biedt. Ouders die het niet eens zijn met een "
          "besluit van de school, kunnen zich wenden tot de directeur en daarna tot de klachtencommissie van de "
          "stichting. Ouders kunnen ook terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        H1("9 Inzet van middelen"),
        P("De school ontvangt van het schoolbestuur een deel van het budget dat het samenwerkingsverband aan het "
          "bestuur toekent. Voor schooljaar 2025-2026 gaat het om 38.500 euro. Daarvan betalen we een "
          "onderwijsassistent voor twintig uur per week (26.000 euro), de rekenspecialist voor één dag per week "
          "(9.000 euro) en materialen en scholing (3.500 euro). Arrangementen van het samenwerkingsverband komen "
          "daar bovenop en worden per leerling toegekend."),
        H1("10 Opbrengsten en evaluatie"),
        P("De school evalueert het ondersteuningsplan jaarlijks in juni. We kijken daarbij naar de resultaten op "
          "de doorstroomtoets van groep 8, naar de tussentijdse resultaten van het leerlingvolgsysteem en naar de "
          "ervaringen van leerkrachten en ouders. In 2024-2025 behaalde 64 procent van de leerlingen van groep 8 "
          "het streefniveau 1F en 2F voor lezen; ons doel voor dit jaar is 70 procent. De conclusies worden "
          "besproken met het team en de medezeggenschapsraad."),
        H1("11 Jaarplanning zorg"),
        TBL(("Maand", "Activiteit"),
            ("September", "Overdracht tussen leerkrachten, start groepsplannen"),
            ("Oktober", "Groepsbesprekingen, OT"),
            ("Januari/februari", "Midden-toetsen leerlingvolgsysteem, groepsbesprekingen, OT"),
            ("April", "Doorstroomtoets groep 8"),
            ("Juni", "Eind-toetsen, groepsbesprekingen, evaluatie ondersteuningsplan"),
            ("Juli", "Overdracht naar volgende groep")),
    ]
    return b


# ---------------------------------------------------------------- labels
LABELS = {
"po-tielerwaard-linge.expected.yaml": """
documents: [po-tielerwaard-linge.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
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
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 5.1 'Samen sterk' states the shared minimum for every vestiging and lists the concrete voorzieningen; 5.2 kwaliteitskaart = borging."
  plaatsing: "Ch. 6.2 numbered TLV route (stap 1-5, Commissie Toelaatbaarheid, 6 weken, two deskundigen, duur/categorie, LBT bezwaar); criteria only in the table of 6.3."
  terugstroom: "Ch. 6.4 gives the policy (aim, conditions, terugplaatsingsarrangement, AB) but defers the stappenplan (initiative, moments, decision) to the first plan year; 7 pupils returned = monitoring."
  financien: "Ch. 9 'Organisatie en middelen': verdeelmodel (165 euro per leerling, vaste voet 5.000, tarieven arrangementen) and meerjarenbegroting table 2026-2029; weerstandsvermogen; verantwoording by besturen."
  dekkend-aanbod: "Ch. 6.1 describes the three-layer continuum and bovenschoolse voorzieningen; 7.3 on thuiszitters/witte vlekken only defers to 2026 ('bekijken we in 2026'), so lacunes not addressed; zorgplicht only in begrippenlijst. OOGO agreements in 7.2 = ketenpartners."
  resultaten: "Ch. 8 table with beoogde resultaten, stand 2025 and streefwaarden 2030, plus monitor/jaarverslag/peiling cycle."
  ouders: "Ch. 7.1 informs via ouderpagina, brochure, informatieavonden, schoolgids; the ouder- en jeugdsteunpunt is deferred ('richten we in zodra...') and the ib'er is not independent help; OJSP appears otherwise only in the begrippenlijst. TLV bezwaar in 6.2 counted under plaatsing.bezwaar, not as independent parent support."
""",
"vo-vechtdal-oost.expected.yaml": """
documents: [vo-vechtdal-oost.docx, vo-vechtdal-oost.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
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
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 'Samen sterk: de basis op orde' defines the agreed minimum for all 14 vestigingen, but the content is left to each school's SOP and the 2019 standards are being 'herijkt in 2026-2027'; jaarlijks gesprek = borging."
  plaatsing: "Ch. 4.2 vso TLV (Commissie Toewijzing, dossier, two deskundigen, 6 weken, criteria, 1-4 jaar, categorie, bezwaar) and 4.3 lwoo/pro (landelijke criteria, aanvraag voor 1 mei, 4 weken)."
  terugstroom: "Inside the TLV chapter, 4.4 'Na de TLV': policy (perspectief op terugkeer, condition via OPP, overstaparrangement) and procedure (oktober evaluatie, trajectoverleg voor 1 februari, ontvangende school besluit, TLV ends 31 juli)."
  financien: "Ch. 7 'Geld volgt de leerling' gives the allocation rules (198 euro per leerling, vaste voet 12.500, OPDC, arrangementen); the meerjarenbegroting is only referred to 'bijlage 5', which is not in the document."
  dekkend-aanbod: "4.1 continuum (trajectvoorziening, OPDC, rebound, OZA, pro, vso) and 4.5 thuiszitterstafel, doorzettingsmacht, yearly knelpuntenanalyse with a named witte vlek; OOGO in ch. 5."
  resultaten: "No intended results or monitoring: ch. 11 only defers ('werken we per jaar uit in het jaarplan; een resultatenkader ... in het voorjaar van 2027'). Context table holds pupil counts only."
  ouders: "Ch. 6 'Communicatie': website per school, folder, webinars, translated info; Ouder- en Jeugdsteunpunt Vechtdal (independent stichting), Onderwijsconsulenten, klachtenregeling, Geschillencommissie; OPR/leerlingenpanel/hoorrecht."
""",
"po-duinrand.expected.yaml": """
documents: [po-duinrand.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4.1 (theme 'Iedereen doet mee'): all boards committed to ten standaarden for every locatie, content only in the table; SOP discussed every two years = borging."
  plaatsing: "Ch. 5.2 describes the route (schoolbestuur via loket, dossier, two deskundigen, commissie, 8 weken, bezwaar, max two years) but no criteria: 'weegt elke aanvraag op maat' and a new afwegingskader with criteria 'wordt in 2026-2027 opgesteld'."
  terugstroom: "Nothing: only the deferral 'Afspraken over wat er gebeurt als een TLV afloopt, maken we in het nieuwe planjaar' in 5.2, and 'Terugplaatsing' in the begrippenlijst."
  financien: "Ch. 7 'Geld en middelen': basisbedrag 170 euro per leerling, toeslag 40 euro, arrangementenbudget, 2%-groeiregeling, plus begroting 2026-2029 table; reserve afbouw; verantwoording in jaarverslag besturen."
  dekkend-aanbod: "Lacunes in 5.3 'Thuiszitters en zorgplicht' (Thuiszittersoverleg, 4 weken plan, escalatie, wachtlijst overview leading to an extra sbo group); the continuum of arrangementen/voorzieningen is only referred to the 'aanbodboek' on the website, explicitly 'geen onderdeel van dit plan'. OOGO paragraph in ch. 8 = ketenpartners."
  resultaten: "Ch. 6.3 lists beoogde resultaten with targets, but how they are measured and reported is deferred to 'een monitoringsplan dat in het najaar van 2026 ... wordt besproken'; the terugblik (ch. 2) reports no achieved results and says the evaluation will be published separately."
  ouders: "Ch. 6.2: Ouder- en Jeugdsteunpunt Duin en Bollen (independent stichting), Onderwijsconsulenten, Ouders & Onderwijs; how parents are informed about the support facilities is deferred ('Een communicatieplan richting ouders ... volgt')."
""",
"vo-maas-peel.expected.yaml": """
documents: [vo-maas-peel.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Deel B1 'de belofte van elke school': gezamenlijke ondergrens for all vestigingen plus a list of nine voorzieningen; zelfevaluatie and audit every two years = borging."
  plaatsing: "C2 has a criteria table for vso cluster 3/4, pro and lwoo, but the procedure (route, documents, termijnen, commissie) is only referred to the Werkwijzer Toewijzing on the website; 'in de regel twee schooljaren' = duur."
  terugstroom: "C3 'Overstap vanuit het vso' gives the procedure (1 december, 1 maart, ontvangende school beslist, nieuwe TLV voor 1 april, 31 juli) but the policy (aims, conditions, support after return) is explicitly deferred to 2026-2027; overstappers count in D1 table."
  financien: "Nothing: E3 'Financiën' only refers to the kadernota and jaarbegroting; 'Meerjarenbegroting' and 'Verdeelmodel' appear only in the begrippenlijst and the TOC."
  dekkend-aanbod: "C1 four-level continuum (schakelklas, rebound, OPDC, pro, vso); C4 Monitor Dekkend Aanbod with actions, thuiszittersaanpak with doorzettingsmacht; OOGO agreement on jeugdhulp = ketenpartners."
  resultaten: "Doelen with indicators, nulmeting and doel 2030 only in the D1 table; D2 text on dashboard, halfjaarlijkse bespreking, jaarverslag and mid-term evaluation."
  ouders: "Nothing: E2 'Communicatie' addresses only professionals; the OJSP is deferred ('besluit het bestuur na de inwerkingtreding van de wet; tot die tijd is er geen apart steunpunt'); OPR mentioned without its parent role; 'ouders' only in passing in the missie and in the begrippenlijst."
""",
"po-delta-eilanden.expected.yaml": """
documents: [po-delta-eilanden.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Nothing: the section 'Basisondersteuning' only says the 2018 afspraken are outdated and a new description 'stellen we in de loop van schooljaar 2026-2027 vast'; schools describe support in their own schoolgids (not a shared minimum)."
  plaatsing: "Nothing: procedure, criteria, commissie and bezwaar are referred to 'bijlage 3, Werkwijzer toelaatbaarheid', which is a separate document not in the input; TLV/Toelaatbaarheidscommissie only in the begrippenlijst."
  terugstroom: "'Terug naar de basisschool': policy (perspectief op terugkeer, condition, terugplaatsingsarrangement 3.800 euro, AB, evaluation after six months) and four-step procedure ending with TLV end 31 juli; five returns per year = monitoring."
  financien: "Meerjarenbegroting table 2026-2029 with amounts (besteding) and weerstandsvermogen; the verdeling over besturen is deferred ('herzien we in 2026; het nieuwe verdeelmodel wordt ... gepubliceerd')."
  dekkend-aanbod: "Nothing: the dekkend aanbod is only referred to absent bijlage 4; thuiszitters, zorgplicht and dekkend aanbod appear only in the begrippenlijst; the 'Thuisnabij' section is vision on consultants visiting schools and OOGO is only mentioned as a procedural date."
  resultaten: "'Kwaliteit en resultaten' describes the dashboard, sources, jaarverslag and achieved figures of the previous period, but new beoogde resultaten are deferred until after a nulmeting in autumn 2026."
  ouders: "'Samen sterk: ouders en school': website ouderdeel, schoolgids, ouderfolder, ouderavonden; independent Ouder- en Jeugdsteunpunt Zeeland, Onderwijsconsulenten, klachtencommissie, Geschillencommissie passend onderwijs; OPR parents."
""",
"school-regenboog-ondersteuningsplan.expected.yaml": """
documents: [school-regenboog-ondersteuningsplan.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, OT, the school's own budget and toetsresultaten), written for team and MR; it refers to the samenwerkingsverband's own ondersteuningsplan and is not a plan of a samenwerkingsverband (no OPR, OOGO, planperiode, verbandwide policy)."
""",
}


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h55_")
    try:
        # plan 1: docx
        render_docx(plan1(), os.path.join(OUT, "po-tielerwaard-linge.docx"),
                    header="Ondersteuningsplan 2026-2030 | SWV Tielerwaard-Linge",
                    footer="Samen sterk - Thuisnabij - Iedereen doet mee")
        # plan 2: docx + pdf of the same docx
        p2 = os.path.join(OUT, "vo-vechtdal-oost.docx")
        render_docx(plan2(), p2, header="SWV VO Vechtdal-Oost - Ondersteuningsplan 2026-2030",
                    footer="Thuisnabij | Samen sterk | Kansrijk verder")
        docx_to_pdf(p2, OUT)
        # plan 3: pdf only (docx rendered in a temp dir)
        p3 = os.path.join(tmp, "po-duinrand.docx")
        render_docx(plan3(), p3, header="Iedereen doet mee - Ondersteuningsplan SWV Duin- en Bollenrand",
                    footer="PO 28-14 | versie 1.0")
        docx_to_pdf(p3, OUT)
        # plan 4: docx
        render_docx(plan4(), os.path.join(OUT, "vo-maas-peel.docx"),
                    header="Ondersteuningsplan 2026-2030 SWV VO Maas en Peel",
                    footer="Samen sterk | Elke leerling een plek | Groeien")
        # plan 5: html
        render_html(plan5(), os.path.join(OUT, "po-delta-eilanden.html"),
                    title="Ondersteuningsplan 2026-2030 op hoofdlijnen - SWV Delta-Eilanden",
                    header="SWV Delta-Eilanden | Home | Ouders | Scholen | Ondersteuningsplan | Contact",
                    footer="SWV Delta-Eilanden - Postbus 104 - Zierikzee - privacyverklaring - cookies")
        # near miss: pdf only
        pn = os.path.join(tmp, "school-regenboog-ondersteuningsplan.docx")
        render_docx(nearmiss(), pn, header="OBS De Regenboog - Ondersteuningsplan 2025-2026",
                    footer="Stichting Openbaar Onderwijs Rivierenland", author="Intern begeleider")
        docx_to_pdf(pn, OUT)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, text in LABELS.items():
        write_label(name, text)
    for f in (plan1, plan2, plan3, plan4, plan5, nearmiss):
        print("%-10s %5d words" % (f.__name__, words(f())))


if __name__ == "__main__":
    sys.exit(main())
