#!/usr/bin/env python3
"""Generate the holdout213 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 4, 14, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Shared filler (must not address any core criterion; passing mentions only)
# ---------------------------------------------------------------------------------------------

FILLER = {
    "krimp": (
        "Onze regio kent al jaren een dalend leerlingaantal. Waar in 2012 nog ruim {oud} kinderen op de "
        "basisscholen van {regio} zaten, zijn dat er nu ongeveer {nu}. Veel dorpsscholen hebben minder dan "
        "honderd leerlingen en werken met combinatiegroepen. Dat vraagt veel van leraren, die in een groep met "
        "drie leerjaren ook nog recht moeten doen aan verschillen tussen kinderen. Tegelijk is de kleine school "
        "voor een dorp vaak de laatste voorziening die nog open is: het is de plek waar kinderen, hun ouders en "
        "de buurt elkaar ontmoeten. Het bestuur van {kort} kiest er daarom bewust voor om passend onderwijs zo "
        "dicht mogelijk bij huis te organiseren, ook als dat meer reistijd van onze medewerkers vraagt."
    ),
    "kernwaarden": (
        "Bij alles wat we doen laten we ons leiden door vier kernwaarden: nabij, eerlijk, samen en nuchter. "
        "Nabij betekent dat een kind zo veel mogelijk in het eigen dorp naar school gaat. Eerlijk betekent dat "
        "scholen transparant zijn over wat zij wel en niet kunnen. Samen betekent dat besturen over de grenzen "
        "van hun eigen stichting heen kijken. Nuchter betekent dat we geen ingewikkelde structuren bouwen waar "
        "een telefoontje volstaat. Deze waarden zijn in een reeks bijeenkomsten met directeuren, intern "
        "begeleiders en leden van de ondersteuningsplanraad opgehaald en vormen de rode draad van dit plan. "
        "Ze zijn geen doel op zich, maar een toetssteen bij lastige keuzes."
    ),
    "governance": (
        "{naam} is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel: de "
        "directeur-bestuurder bestuurt, de raad van toezicht houdt toezicht en bestaat uit bestuurders van de "
        "aangesloten schoolbesturen aangevuld met een onafhankelijke voorzitter. Eenmaal per jaar komt de "
        "algemene vergadering van aangesloten besturen bijeen. De statuten bevatten een regeling voor het "
        "beslechten van geschillen tussen de aangesloten besturen. Het verband volgt de Code Goed Bestuur in het "
        "primair onderwijs. De scheiding tussen bestuur en toezicht is vastgelegd in een toezichtkader en een "
        "bestuursreglement, die in 2024 zijn geactualiseerd."
    ),
    "opr": (
        "De ondersteuningsplanraad (OPR) telt {opr} leden, afgevaardigd vanuit de medezeggenschapsraden van "
        "de aangesloten scholen. De OPR heeft instemmingsrecht op de vaststelling en op elke wijziging van dit "
        "ondersteuningsplan. Het concept is in {maand} 2025 met de OPR besproken in twee werksessies en een "
        "formele vergadering. De OPR heeft op {opr_datum} ingestemd. De raad vergadert ten minste vier keer "
        "per jaar met de directeur-bestuurder en heeft een eigen budget voor scholing en ondersteuning. "
        "Het reglement van de OPR is te vinden op de website van het verband."
    ),
    "oogo": (
        "Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
        "gemeenten {gemeenten}. Het overleg vond plaats op {oogo_datum} met de wethouders onderwijs en jeugd. "
        "Onderwerpen die in het overleg aan de orde kwamen waren onder meer leerlingenvervoer, "
        "onderwijshuisvesting, de aansluiting met jeugdhulp en het aantal thuiszitters in de regio. De "
        "gemeenten hebben geen bezwaren tegen het plan ingebracht. Het verslag van het OOGO is bij het "
        "bestuur opvraagbaar. Ook met het samenwerkingsverband voortgezet onderwijs in de regio is over het "
        "concept overlegd."
    ),
    "vo": (
        "Jaarlijks gaan ongeveer {vo_n} leerlingen uit onze regio naar het voortgezet onderwijs. Met het "
        "samenwerkingsverband VO zijn afspraken gemaakt over de overstap: de warme overdracht vindt plaats "
        "tussen januari en maart, het onderwijskundig rapport wordt digitaal overgedragen en bij twijfel over "
        "het advies is er een gesprek tussen de leerkracht van groep 8 en de mentor van de brugklas. Deze "
        "afspraken staan in het regionale overstapprotocol PO-VO dat beide verbanden jaarlijks evalueren. "
        "Omdat de afstand tot de VO-scholen groot is, reizen veel kinderen vanaf hun twaalfde dagelijks meer "
        "dan twintig kilometer."
    ),
    "personeel": (
        "Het verband heeft een klein bureau: een directeur-bestuurder (0,8 fte), een beleidsmedewerker "
        "(0,6 fte), {cons} consulenten passend onderwijs, twee orthopedagogen en een secretaresse. "
        "Medewerkers werken grotendeels op locatie; het bureau is twee dagen per week bemand. Er is een "
        "regionaal tekort aan leraren en intern begeleiders. Dat raakt kleine scholen het hardst: een zieke "
        "leerkracht betekent daar soms dat een groep naar huis moet. Het verband maakt met de besturen "
        "afspraken over een gezamenlijke vervangingspool en over het delen van intern begeleiders tussen "
        "scholen die dicht bij elkaar liggen."
    ),
    "professionalisering": (
        "We investeren in kennisdeling. Intern begeleiders komen zes keer per jaar samen in drie regionale "
        "netwerken. Directeuren hebben een jaarlijkse studiedag. Daarnaast organiseert het verband "
        "leernetwerken over thema's die scholen zelf aandragen, zoals gedrag in de combinatiegroep, "
        "executieve functies en het voeren van lastige gesprekken. Nieuwe leraren kunnen deelnemen aan een "
        "introductieprogramma over passend onderwijs. Het scholingsaanbod wordt elk voorjaar in overleg met "
        "de besturen bepaald en via de nieuwsbrief voor professionals bekendgemaakt."
    ),
    "ict": (
        "Aanvragen en adviezen worden verwerkt in een beveiligde digitale omgeving. Scholen, consulenten en "
        "deskundigen werken in één dossier, zodat gegevens niet per e-mail hoeven te worden verstuurd. In "
        "2025 vervangen we het huidige systeem door een nieuwe applicatie die beter aansluit op de "
        "leerlingadministratiesystemen van de scholen. Medewerkers krijgen een training in veilig werken. De "
        "ICT-kosten zijn ondergebracht in de algemene bureaukosten."
    ),
    "privacy": (
        "Het verband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover "
        "dat nodig is voor zijn wettelijke taken. We houden een verwerkingsregister bij en hebben een "
        "functionaris gegevensbescherming aangewezen, gedeeld met een ander samenwerkingsverband. Dossiers "
        "worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. Alleen medewerkers die bij "
        "een dossier betrokken zijn, hebben toegang. Datalekken worden binnen 72 uur gemeld bij de Autoriteit "
        "Persoonsgegevens."
    ),
    "vaststelling": (
        "Dit plan is voorbereid door een werkgroep van directeuren, intern begeleiders en medewerkers van het "
        "verband. Het concept is besproken in de algemene vergadering en met de OPR, de gemeenten en het "
        "samenwerkingsverband VO. Na instemming van de OPR is het plan door het bestuur definitief vastgesteld "
        "en vóór 1 mei 2025 aan de inspectie gezonden. De planperiode loopt van 1 augustus 2025 tot en met "
        "31 juli 2029. Tussentijdse wijzigingen leggen we opnieuw ter instemming aan de OPR voor."
    ),
    "kantoor": (
        "Het bureau van het verband is gevestigd in {kantoor}, centraal in de regio en goed bereikbaar met het "
        "openbaar vervoer. We delen het gebouw met de bibliotheek en het consultatiebureau. Vergaderingen "
        "met scholen vinden zo veel mogelijk op de scholen zelf plaats. Sinds 2020 werken we ook veel online; "
        "dat scheelt reistijd in een uitgestrekt gebied en maakt het makkelijker om in korte tijd de juiste "
        "mensen aan tafel te krijgen."
    ),
    "werkdruk": (
        "Passend onderwijs mag niet betekenen dat de leraar er alleen voor staat. In gesprekken met teams "
        "horen we dat de administratieve last als zwaar wordt ervaren. We hebben daarom formulieren "
        "geschrapt, de aanvraagroutes vereenvoudigd en afgesproken dat een consulent binnen twee weken na "
        "een hulpvraag op school is. De besturen hebben toegezegd werkdrukmiddelen mede in te zetten voor "
        "ondersteuning in de klas. Of dit voldoende is, bespreken we jaarlijks met de OPR."
    ),
    "lerend": (
        "We zien ons als een lerende organisatie. Dat betekent dat we fouten durven te benoemen, dat we "
        "collega's uit andere verbanden uitnodigen om mee te kijken en dat we ons werk aanpassen als de "
        "praktijk daarom vraagt. De afgelopen planperiode leerde ons dat regels die op papier goed lijken, op "
        "een school met zestig leerlingen soms onuitvoerbaar zijn. In dit plan hebben we daarom gekozen voor "
        "minder regels en meer vertrouwen, met duidelijke afspraken waar dat nodig is."
    ),
    "regio": (
        "Het werkgebied van {kort} omvat de gemeenten {gemeenten}. Er zijn {besturen} schoolbesturen "
        "aangesloten, van een eenpitter met één dorpsschool tot een stichting met twintig scholen. De "
        "denominaties lopen uiteen: openbaar, protestants-christelijk, katholiek en algemeen bijzonder. Op "
        "enkele plaatsen is een samenwerkingsschool ontstaan omdat twee kleine scholen apart niet meer "
        "levensvatbaar waren. Het gebied is ruim vierhonderd vierkante kilometer groot; de grootste kern telt "
        "nog geen twintigduizend inwoners."
    ),
    "wet": (
        "Dit plan is opgesteld op grond van artikel {artikel}. De wet schrijft voor dat een ondersteuningsplan "
        "in elk geval ingaat op de basisondersteuning, de verdeling en besteding van de middelen, de procedure "
        "en criteria voor de toelaatbaarheid, de terugplaatsing en overplaatsing, de beoogde en bereikte "
        "resultaten en de informatie aan ouders, inclusief onafhankelijke ondersteuning. Wij hebben die "
        "onderwerpen niet als afzonderlijke wettelijke paragrafen opgenomen, maar verwerkt in de hoofdstukken "
        "waar ze in onze praktijk thuishoren. Waar een onderwerp in een afzonderlijk document is uitgewerkt, "
        "vermelden wij dat."
    ),
    "geschiedenis": (
        "Passend onderwijs bestaat sinds 1 augustus 2014. Daarvoor kenden we de leerlinggebonden financiering, "
        "beter bekend als het rugzakje, en de regionale expertisecentra die indicaties afgaven. Met de komst "
        "van passend onderwijs kregen de schoolbesturen zorgplicht en werden de samenwerkingsverbanden "
        "verantwoordelijk voor de toewijzing van ondersteuning. In 2020 volgde een landelijke evaluatie, die "
        "uitmondde in een verbeteraanpak met vijfentwintig maatregelen. Verschillende daarvan, zoals de "
        "afbouw van bovenmatige reserves en de versterking van de positie van ouders en leerlingen, hebben "
        "ook gevolgen voor ons verband."
    ),
    "inspectie": (
        "De inspectie van het onderwijs houdt toezicht op het verband. Het laatste vierjaarlijkse onderzoek "
        "vond plaats in het najaar van 2023. De inspectie sprak met het bestuur, de raad van toezicht, de "
        "ondersteuningsplanraad, directeuren en intern begeleiders. Het oordeel was voldoende. De inspectie "
        "gaf als aandachtspunt mee dat het verband de samenhang tussen visie, jaarplannen en uitvoering "
        "explicieter kan maken. Dat advies hebben we bij het schrijven van dit plan ter harte genomen."
    ),
    "communicatie_prof": (
        "Met scholen en professionals communiceren we via een maandelijkse digitale nieuwsbrief, een "
        "besloten deel van de website met formulieren en handreikingen, en de vaste netwerken van directeuren "
        "en intern begeleiders. Bij belangrijke wijzigingen organiseren we een informatiebijeenkomst per "
        "gemeente. We proberen het aantal berichten beperkt te houden: liever één heldere mail per maand dan "
        "tien losse berichten die niemand leest."
    ),
    "vervoer": (
        "Leerlingenvervoer is een taak van de gemeenten, maar het raakt ons werk direct. Een kind dat "
        "dagelijks lang onderweg is, komt vermoeid op school aan. In het overleg met de gemeenten pleiten wij "
        "voor korte reistijden en vaste chauffeurs. De gemeenten hebben toegezegd de aanbesteding van het "
        "vervoer in 2026 mede te beoordelen op reistijd en continuïteit. Het verband is niet verantwoordelijk "
        "voor de kosten van het vervoer en draagt daar ook niet aan bij."
    ),
    "verzuim_personeel": (
        "Het ziekteverzuim onder medewerkers van het bureau was in 2024 3,9 procent. We besteden aandacht aan "
        "duurzame inzetbaarheid: medewerkers hebben jaarlijks een ontwikkelgesprek, kunnen gebruikmaken van "
        "coaching en krijgen ruimte om hun kennis bij te houden. Nieuwe medewerkers worden ingewerkt door een "
        "ervaren collega. Vacatures zijn in onze regio lastig te vervullen; we werken daarom samen met een "
        "naburig verband bij het werven van orthopedagogen."
    ),
}


def fill(key, **kw):
    return FILLER[key].format(**kw)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def words(blocks):
    n = 0
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "title"):
            n += len(b[1].split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif kind == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


def render_docx(blocks, path, heading="bold", header_text=None, footer_text=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.title = "Ondersteuningsplan"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(20)
        elif kind == "h":
            p = doc.add_paragraph()
            text = b[1]
            if heading == "caps":
                r = p.add_run(text.upper())
                r.font.size = Pt(12)
            elif heading == "boldcaps":
                r = p.add_run(text.upper())
                r.bold = True
            else:
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(13)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph("\u2022 " + item)
        elif kind == "toc":
            for item in b[1]:
                doc.add_paragraph(item)
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
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_txt(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += ["", b[1].upper(), "#" * min(len(b[1]), 78), ""]
        elif kind == "h":
            out += ["", b[1].upper(), "=" * min(len(b[1]), 78), ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind in ("bullets",):
            out += ["  - " + x for x in b[1]] + [""]
        elif kind == "toc":
            out += ["  " + x for x in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for i, r in enumerate(rows):
                out.append(" | ".join(c.ljust(widths[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
        elif kind == "pagebreak":
            out += ["", "\f"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(b[1]))
        elif kind == "h":
            out.append("<h2>%s</h2>" % html.escape(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(b[1]))
        elif kind in ("bullets", "toc"):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            t = ["<table border=\"1\">"]
            t.append("<tr>" + "".join("<th>%s</th>" % html.escape(c) for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout213_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, **kw)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Plan 1: PO Hunzedal (.docx, bold paragraphs as headings, no heading styles)
# ---------------------------------------------------------------------------------------------

def plan_hunzedal():
    v = dict(naam="Samenwerkingsverband Passend Onderwijs PO 20-17 Hunzedal", kort="Hunzedal",
             regio="het Hunzedal", oud="6.900", nu="5.150", gemeenten="Aa en Hunze, Borger-Odoorn en Stadskanaal",
             opr="tien", maand="februari", opr_datum="11 maart 2025", oogo_datum="20 februari 2025",
             vo_n="560", cons="vier", kantoor="Gieten", besturen="zes")
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", "Samenwerkingsverband Passend Onderwijs PO 20-17 Hunzedal"),
          ("p", "Samen dichtbij: passend onderwijs in de dorpen van het Hunzedal"),
          ("p", "Vastgesteld door het bestuur op 14 april 2025, na instemming van de ondersteuningsplanraad"),
          ("pagebreak",)]
    B += [("h", "Inhoud"),
          ("toc", ["1. Voorwoord ........ 3", "2. Ons verband ........ 4", "3. Visie en koers ........ 6",
                   "4. Basisondersteuning: wat elke school biedt ........ 8",
                   "5. Dekkend aanbod, arrangementen en thuiszitters ........ 11",
                   "6. Toelaatbaarheid tot sbo en so ........ 13",
                   "7. Financiën en meerjarenbegroting ........ 17",
                   "8. Resultaten en kwaliteitszorg ........ 19", "9. Communicatie ........ 22",
                   "10. Organisatie, OPR en OOGO ........ 24", "11. Personeel en professionalisering ........ 26",
                   "12. Planning 2025-2029 ........ 27", "Bijlage A. Begrippenlijst ........ 29"]),
          ("pagebreak",)]
    B += [("h", "1. Voorwoord"),
          ("p", "Voor u ligt het derde ondersteuningsplan van Hunzedal. Het is een compact plan. Dat is een "
                "bewuste keuze: onze scholen zijn klein, onze lijnen kort, en een plan van honderd pagina's "
                "leest in een dorpsschool met drie leerkrachten niemand. Toch willen we helder zijn over wat "
                "ouders, leraren en besturen van ons mogen verwachten. In dit plan leest u hoe we de "
                "ondersteuning organiseren, hoe de toelaatbaarheid tot het speciaal (basis)onderwijs geregeld "
                "is, hoe de middelen over de besturen worden verdeeld en welke resultaten we willen halen."),
          ("p", "De afgelopen jaren stonden in het teken van krimp, personeelstekort en de nasleep van de "
                "coronaperiode. Het aantal thuiszitters baart ons zorgen en vraagt om een gezamenlijke aanpak "
                "met de gemeenten. Tegelijk zagen we veel moois: scholen die elkaar helpen, intern begeleiders "
                "die over de grenzen van hun bestuur kijken, ouders die kritisch en betrokken meedenken. Wij "
                "danken iedereen die aan dit plan heeft bijgedragen."),
          ("p", "Rianne Hoekstra, directeur-bestuurder")]
    B += [("h", "2. Ons verband"),
          ("p", fill("regio", **v)), ("p", fill("krimp", **v)),
          ("p", "Op 1 oktober 2024 telde het verband 5.148 leerlingen in het regulier basisonderwijs, verdeeld "
                "over 34 basisscholen. Daarnaast is er één school voor speciaal basisonderwijs, sbo De Hunze in "
                "Stadskanaal, met 142 leerlingen, en een so-locatie van cluster 4 (De Veenster) met 61 "
                "leerlingen uit ons gebied. Ongeveer 40 kinderen uit de regio bezoeken een so-school buiten ons "
                "gebied, vooral in Assen en Groningen."),
          ("table", [["Gemeente", "Scholen", "Leerlingen 1-10-2024"],
                     ["Aa en Hunze", "14", "2.011"], ["Borger-Odoorn", "11", "1.497"],
                     ["Stadskanaal", "9", "1.640"], ["Totaal", "34", "5.148"]])]
    B += [("h", "3. Visie en koers"),
          ("p", "Ieder kind in het Hunzedal heeft recht op onderwijs dat bij hem past, zo dicht mogelijk bij "
                "huis. Dat is geen vrijblijvend ideaal: de wet verplicht ons een samenhangend geheel van "
                "ondersteuningsvoorzieningen te realiseren. Wij vertalen dat naar een eenvoudige belofte: geen "
                "kind valt tussen wal en schip omdat het toevallig op een kleine school zit."),
          ("p", fill("kernwaarden", **v)), ("p", fill("lerend", **v)),
          ("p", "Voor de planperiode hebben we drie koersuitspraken geformuleerd. Eén: de basis op orde op elke "
                "school, ook op de kleinste. Twee: snelle, heldere besluiten als een kind meer nodig heeft dan "
                "de school kan bieden. Drie: verantwoording in getallen én verhalen. In de hoofdstukken hierna "
                "werken we deze uitspraken uit.")]
    B += [("h", "4. Basisondersteuning: wat elke school biedt"),
          ("p", "Basisondersteuning is in Hunzedal de ondersteuning die iedere vestiging van iedere aangesloten "
                "school biedt, zonder aanvraag bij het verband en zonder extra geld van het verband. De zes "
                "besturen hebben in december 2024 vastgesteld dat dit niveau voor alle 34 basisscholen gelijk "
                "is: de kleinste dorpsschool (38 leerlingen) biedt dezelfde ondergrens als de grootste school in "
                "Stadskanaal. Een school mag meer bieden, maar nooit minder."),
          ("p", "Concreet mag een ouder op elke school in ons verband het volgende verwachten:"),
          ("bullets", ["een intern begeleider met ten minste 0,2 fte per school of 1 fte per 250 leerlingen, "
                       "die de ondersteuning coördineert en ouders te woord staat;",
                       "werken volgens het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-"
                       "Wiskundeproblemen en Dyscalculie, inclusief signalering vanaf groep 2 en het aanvragen van "
                       "vergoed dyslexieonderzoek;",
                       "een schoolbreed programma voor sociaal-emotionele ontwikkeling en gedrag, met een "
                       "pestprotocol en een anti-pestcoördinator;",
                       "twee keer per jaar een groepsbespreking en een leerlingbespreking per groep, waarin "
                       "handelingsgericht wordt gekeken naar wat kinderen nodig hebben;",
                       "een ontwikkelingsperspectief (OPP) voor elk kind dat op een eigen leerlijn werkt, "
                       "opgesteld met en ondertekend door ouders;",
                       "verrijking en verdieping in de groep voor kinderen die meer aankunnen;",
                       "aanpassingen voor kinderen met een lichte fysieke of medische beperking, volgens het "
                       "protocol medisch handelen;",
                       "toegang tot een consulent van het verband voor advies binnen twee weken na een vraag."]),
          ("p", "Elke school beschrijft deze basisondersteuning in haar schoolgids, aangevuld met wat de school "
                "daarnaast biedt. Het verband bezoekt elke school eens per twee jaar voor een gesprek aan de "
                "hand van de kwaliteitskaart basisondersteuning. Voldoet een school niet aan een onderdeel, dan "
                "stelt het bestuur binnen drie maanden een verbeterplan op en bespreekt de directeur-bestuurder "
                "de voortgang na zes maanden met het betreffende schoolbestuur.")]
    B += [("h", "5. Dekkend aanbod, arrangementen en thuiszitters"),
          ("p", "Bij de start van de planperiode werken we aan een nieuwe netwerkanalyse samen met de drie "
                "gemeenten. Het bestuur heeft besloten de beschrijving van het dekkend aanbod niet op te nemen "
                "voordat die analyse klaar is. In dit hoofdstuk zal daarom, via een wijziging van het plan waar "
                "de OPR mee moet instemmen, worden beschreven welke arrangementen en voorzieningen er tussen de "
                "basisondersteuning en het speciaal onderwijs zijn en hoe we omgaan met kinderen voor wie nog "
                "geen passende plek is. We verwachten die wijziging in het voorjaar van 2026 voor te leggen."),
          ("p", "Tot die tijd blijven de bestaande afspraken uit het vorige plan van kracht. Het streven naar een "
                "dekkend aanbod in de eigen regio blijft onverminderd overeind.")]
    B += [("h", "6. Toelaatbaarheid tot sbo en so"),
          ("p", "Soms heeft een kind meer nodig dan een reguliere school, ook met hulp van het verband, kan "
                "bieden. Dan kan een plaats op de sbo-school of een so-school aan de orde zijn. Voor beide is een "
                "toelaatbaarheidsverklaring (TLV) van het verband nodig."),
          ("p", "De procedure verloopt als volgt. Stap 1: het bestuur van de school waar het kind staat "
                "ingeschreven dient de aanvraag in bij het Loket Hunzedal, via het digitale dossier. Het "
                "dossier bevat het groeidocument, het OPP met ten minste twee evaluaties, het onderwijskundig "
                "rapport en de zienswijze van de ouders. Stap 2: een consulent controleert binnen vijf "
                "werkdagen of het dossier compleet is. Stap 3: twee deskundigen geven elk afzonderlijk een "
                "schriftelijk advies; de eerste is altijd een orthopedagoog of psycholoog, de tweede is "
                "afhankelijk van de vraag een maatschappelijk werker, kinderarts of pedagoog. Geen van beiden "
                "is bij de aanvraag betrokken geweest. Stap 4: de Commissie Toelaatbaarheid, bestaande uit de "
                "directeur-bestuurder en twee consulenten, besluit binnen zes weken na ontvangst van het "
                "complete dossier. Ouders ontvangen een afschrift van beide adviezen en van het besluit."),
          ("p", "Aan welke voorwaarden een kind moet voldoen om toelaatbaar te worden verklaard, legt de "
                "commissie niet vooraf in een lijst vast. Zij weegt iedere aanvraag op zichzelf. Een set "
                "toetsingskaders wordt in overleg met sbo De Hunze en De Veenster voorbereid en verschijnt "
                "samen met het jaarplan 2026-2027."),
          ("p", "Een TLV voor het sbo geldt tot en met 31 juli van het tweede volledige schooljaar na het besluit. "
                "Een TLV voor het so vermeldt bovendien de bekostigingscategorie laag, midden of hoog. Ouders en "
                "het schoolbestuur kunnen binnen zes weken bezwaar maken; het verband is aangesloten bij de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert "
                "voordat het op het bezwaar beslist."),
          ("p", "Na afloop van de TLV. Het verband wil dat een verblijf in het speciaal (basis)onderwijs waar "
                "mogelijk tijdelijk is. Uitgangspunt is dat een kind terugkeert naar een reguliere school in de "
                "eigen woonplaats zodra het OPP laat zien dat de onderwijsbehoefte daar kan worden ingevuld. "
                "Voorwaarden zijn dat de ontvangende school de benodigde aanpassingen kan bieden en dat ouders "
                "instemmen. Een kind dat terugkeert krijgt een terugkeerarrangement: twintig weken begeleiding "
                "door een leerkracht van de sbo- of so-school op de nieuwe school, waarvoor het verband "
                "€ 2.500 per kind beschikbaar stelt. Na twintig weken volgt een evaluatie met ouders."),
          ("p", "De werkwijze is als volgt. De sbo- of so-school bespreekt het OPP ieder jaar met de ouders. In "
                "het laatste jaar van de TLV organiseert de sbo- of so-school vóór 1 februari een "
                "evaluatiegesprek met ouders, de consulent van het verband en, als dat al in beeld is, de "
                "beoogde reguliere school. De sbo- of so-school doet daarna een voorstel: terugplaatsing, "
                "verlenging via een nieuwe TLV-aanvraag, of overplaatsing naar een andere speciale school. De "
                "Commissie Toelaatbaarheid neemt vóór 1 april een besluit, zodat de overstap per 1 augustus "
                "kan plaatsvinden. Wordt geen nieuwe TLV afgegeven, dan eindigt de TLV op 31 juli."),
          ("p", "In het schooljaar 2023-2024 keerden zeven kinderen van sbo De Hunze terug naar een reguliere "
                "basisschool en één kind van De Veenster.")]
    B += [("h", "7. Financiën en meerjarenbegroting"),
          ("p", "Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de "
                "afdrachten voor leerlingen in het so en de groeiregeling voor het sbo, die DUO rechtstreeks "
                "verrekent, resteert het budget voor lichte ondersteuning en de eigen organisatie."),
          ("p", "Het verdeelmodel is eenvoudig. Van het budget lichte ondersteuning gaat 92 procent naar de "
                "schoolbesturen. Ieder bestuur ontvangt € 148 per leerling op basis van de teldatum 1 oktober "
                "van het voorafgaande jaar, plus een vaste voet van € 6.000 per vestiging, zodat ook de kleinste "
                "scholen een werkbaar budget hebben. De overige 8 procent blijft bij het verband voor het bureau, "
                "het loket, de consulenten en de deskundigen. Het bestuur stelt de bedragen elk jaar vóór 1 "
                "december vast; wijzigingen in het model vragen instemming van de OPR."),
          ("p", "De begroting voor 2026 en de meerjarenraming tot en met 2029 worden in december 2025 door het "
                "bestuur vastgesteld en daarna op de website gepubliceerd; zij maken geen deel uit van dit plan. "
                "Waaraan de besturen hun deel precies uitgeven, leggen zij vast in hun eigen jaarplannen."),
          ("p", "De algemene reserve van het verband bedroeg op 31 december 2024 € 410.000. Dat ligt onder de "
                "signaleringswaarde voor bovenmatige reserves. Het bestuur houdt een buffer aan voor "
                "onvoorziene groei van het aantal leerlingen in het so.")]
    B += [("h", "8. Resultaten en kwaliteitszorg"),
          ("p", "Wij willen in 2029 het volgende bereikt hebben voor kinderen die extra ondersteuning nodig "
                "hebben:"),
          ("table", [["Beoogd resultaat", "Indicator", "Nu (2024)", "Streefwaarde 2029"],
                     ["Kinderen blijven thuisnabij", "Deelnamepercentage sbo (1 oktober)", "2,7%", "2,3%"],
                     ["Snelle besluiten", "TLV-besluiten binnen 6 weken", "71%", "95%"],
                     ["Terugkeer waar het kan", "Terugplaatsingen per jaar", "8", "12"],
                     ["Elke school op niveau", "Scholen die voldoen aan de kwaliteitskaart", "28 van 34", "34 van 34"],
                     ["Tevreden ouders", "Gemiddeld rapportcijfer oudertevredenheid", "7,1", "7,8"]]),
          ("p", "In de vorige planperiode (2021-2025) wilden we vooral de doorlooptijd van aanvragen verkorten. Dat "
                "is maar ten dele gelukt. Wel daalde het deelnamepercentage "
                "sbo van 3,1 naar 2,7 procent en steeg het aantal scholen dat aan de kwaliteitskaart voldoet van "
                "19 naar 28."),
          ("p", "Hoe we meten en verantwoorden: het bureau verzamelt de indicatoren twee keer per jaar, op 1 "
                "oktober en 1 maart, uit de eigen registratie, de DUO-telling en de oudertevredenheidspeiling die "
                "elke twee jaar wordt gehouden. De directeur-bestuurder rapporteert de uitkomsten aan de raad van "
                "toezicht en bespreekt ze met de OPR. In het jaarverslag, dat vóór 1 juli verschijnt, staan de "
                "bereikte resultaten naast de streefwaarden en naast de kosten per voorziening. Blijft een "
                "indicator twee metingen achter, dan stelt het bureau een verbeteractie op.")]
    B += [("h", "9. Communicatie"),
          ("p", "Goede communicatie is voor een klein verband geen luxe. We communiceren met scholen via de "
                "maandelijkse nieuwsbrief voor professionals en via de IB-netwerken."),
          ("p", "Ouders informeren we op vier manieren. Op de website staat een ouderpagina met per school de "
                "basisondersteuning en een uitleg van de route naar extra ondersteuning en het speciaal "
                "(basis)onderwijs. Iedere school geeft bij de aanmelding de folder 'Wat mag ik van de school "
                "verwachten?' mee. De schoolgids beschrijft de ondersteuning van de school. En in het najaar "
                "houden we in Gieten, Borger en Stadskanaal een informatieavond voor ouders."),
          ("p", "Heeft een ouder een vraag of is er onenigheid met de school, dan kan hij of zij terecht bij het "
                "Ouder- en Jeugdsteunpunt Hunzedal. Het steunpunt is onafhankelijk van scholen en verband, is "
                "bereikbaar op werkdagen van 9.00 tot 12.00 uur en kan ouders doorverwijzen naar de "
                "Onderwijsconsulenten. Ouders kunnen ook een klacht indienen bij de klachtencommissie waarbij het "
                "verband is aangesloten. Ouders zijn vertegenwoordigd in de OPR: de helft van de leden is ouder.")]
    B += [("h", "10. Organisatie, OPR en OOGO"),
          ("p", fill("governance", **v)), ("p", fill("opr", **v)), ("p", fill("oogo", **v)),
          ("p", fill("vaststelling", **v)), ("p", fill("privacy", **v))]
    B += [("h", "11. Personeel en professionalisering"),
          ("p", fill("personeel", **v)), ("p", fill("professionalisering", **v)), ("p", fill("werkdruk", **v)),
          ("p", fill("ict", **v))]
    B += [("h", "12. Planning 2025-2029"),
          ("p", fill("kantoor", **v)), ("p", fill("vo", **v)),
          ("table", [["Schooljaar", "Mijlpaal"],
                     ["2025-2026", "Netwerkanalyse met gemeenten; nieuw digitaal dossier"],
                     ["2026-2027", "Toetsingskaders toelaatbaarheid; oudertevredenheidspeiling"],
                     ["2027-2028", "Tussenevaluatie plan; herijking verdeelmodel"],
                     ["2028-2029", "Eindevaluatie en voorbereiding nieuw plan"]]),
          ("p", "Elk jaar werken we dit plan uit in een jaarplan. Het jaarplan beschrijft de activiteiten van "
                "het bureau en wordt in juni met de OPR besproken.")]
    B += [("pagebreak",), ("h", "Bijlage A. Begrippenlijst"),
          ("bullets", ["Arrangement: een pakket extra ondersteuning voor een kind of groep, afgestemd op de "
                       "onderwijsbehoefte.",
                       "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                       "Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een passende plek is.",
                       "Meerjarenbegroting: een begroting voor meerdere jaren vooruit.",
                       "OPP: ontwikkelingsperspectief.",
                       "Ouder- en jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en jongeren.",
                       "Terugplaatsing: de overstap van het sbo of so naar het regulier onderwijs.",
                       "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
                       "TLV: toelaatbaarheidsverklaring voor sbo of so."])]
    return B


# ---------------------------------------------------------------------------------------------
# Plan 2: PO Kleine Dommel (.docx, capitalised paragraphs as headings, no bold, no heading styles)
# ---------------------------------------------------------------------------------------------

def plan_kleine_dommel():
    v = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Kleine Dommel (PO 30-11)",
             kort="Kleine Dommel", regio="de Kempen langs de Kleine Dommel", oud="7.400", nu="5.900",
             gemeenten="Heeze-Leende, Cranendonck en Someren", opr="acht", maand="januari",
             opr_datum="4 maart 2025", oogo_datum="12 februari 2025", vo_n="640", cons="drie",
             kantoor="Heeze", besturen="vijf")
    B = []
    B += [("title", "Ondersteuningsplan Kleine Dommel 2025-2029"),
          ("p", "Samenwerkingsverband Passend Primair Onderwijs Kleine Dommel, PO 30-11"),
          ("p", "Versie 1.0, april 2025"), ("pagebreak",)]
    B += [("h", "Inhoudsopgave"),
          ("toc", ["Voorwoord", "1 Wie wij zijn", "2 Visie", "3 Basisondersteuning en extra ondersteuning",
                   "4 Toewijzing, terugplaatsing en bekostiging", "5 Kwaliteit en opbrengsten",
                   "6 Bestuur, OPR en gemeenten", "7 Personeel, ICT en privacy", "8 Planning 2025-2029",
                   "Afkortingenlijst"]),
          ("pagebreak",)]
    B += [("h", "Voorwoord"),
          ("p", "Dit is het eerste ondersteuningsplan van Kleine Dommel na de fusie van de verbanden Heeze-"
                "Leende en Cranendonck-Someren op 1 januari 2025. Twee kleine verbanden, twee culturen, één "
                "gedeelde overtuiging: kinderen horen thuisnabij naar school te gaan. Het samenvoegen van twee "
                "werkwijzen kostte tijd, en niet alles is al gelijkgetrokken. Waar dat zo is, zeggen we dat in "
                "dit plan eerlijk. Wij hebben geprobeerd een plan te schrijven dat leraren, intern begeleiders, "
                "ouders en bestuurders kunnen gebruiken, en niet alleen een plan dat aan de wet voldoet."),
          ("p", "We danken de werkgroep, de ondersteuningsplanraad en de wethouders voor hun kritische blik. "
                "Een bijzonder woord van dank aan de intern begeleiders, die in vijf bijeenkomsten de praktijk "
                "van de scholen op tafel legden."),
          ("p", "Marco van den Heuvel, directeur-bestuurder")]
    B += [("h", "1 Wie wij zijn"),
          ("p", fill("regio", **v)), ("p", fill("krimp", **v)),
          ("p", "Aan het verband zijn 17 basisscholen verbonden, één school voor speciaal basisonderwijs (sbo "
                "De Linde in Someren) en de so-afdeling van De Korenaar (cluster 4) in Heeze. Op de teldatum "
                "1 oktober 2024 telden de basisscholen samen 5.874 leerlingen."),
          ("p", fill("kantoor", **v))]
    B += [("h", "2 Visie"),
          ("p", "Wij willen dat ieder kind in de Kempen zich kan ontwikkelen op een school die bij hem past, "
                "met leraren die weten wat het kind nodig heeft en met ouders die daarbij betrokken zijn. We "
                "werken vanuit vertrouwen in de professional en leggen verantwoordelijkheid zo laag mogelijk "
                "in de organisatie. Het verband is er om scholen te versterken, niet om het werk over te nemen."),
          ("p", fill("kernwaarden", **v)), ("p", fill("lerend", **v)),
          ("p", fill("wet", artikel="18a van de Wet op het primair onderwijs")), ("p", fill("geschiedenis"))]
    B += [("h", "3 Basisondersteuning en extra ondersteuning"),
          ("p", "Basisondersteuning is het niveau van ondersteuning dat elke vestiging van elke aangesloten school "
                "biedt, zonder tussenkomst van het verband. De ondergrens is voor alle zeventien basisscholen "
                "dezelfde: geen school mag daaronder zakken, ongeacht de omvang of het bestuur. Dit is in "
                "november 2024 door de vijf besturen bekrachtigd."),
          ("p", "Welke voorzieningen, interventies en deskundigheid precies bij die ondergrens horen, staat "
                "voorlopig in de schoolondersteuningsprofielen van de afzonderlijke scholen. Omdat de beide "
                "voormalige verbanden elk een eigen lijst hanteerden, stellen de IB-netwerken in het schooljaar "
                "2025-2026 een gezamenlijke kwaliteitskaart op met concrete standaarden. Die kaart wordt na "
                "instemming van de OPR als aanvulling op dit plan vastgesteld."),
          ("p", "Boven de basisondersteuning kent het verband een doorlopende reeks van extra ondersteuning:"),
          ("bullets", ["Schoolarrangement: extra begeleiding in de eigen school, gefinancierd uit het schoolbudget "
                       "(zie hoofdstuk 4), bijvoorbeeld een remedial teacher, een klein groepje voor lezen of "
                       "een gedragsaanpak met een ambulant begeleider.",
                       "Bovenschools arrangement: Schakelklas De Brug in Someren voor kinderen met een grote "
                       "taalachterstand (dagdelen, maximaal een jaar); plusklas Dommelvonk voor kinderen die "
                       "meer- of hoogbegaafd zijn (één dag per week); ambulante begeleiding vanuit De Korenaar "
                       "voor kinderen met gedragsvragen in de eigen klas.",
                       "Observatiegroep in sbo De Linde: tijdelijke plaatsing van ten hoogste twaalf weken voor "
                       "jonge kinderen bij wie de onderwijsbehoefte nog onduidelijk is.",
                       "Speciaal basisonderwijs: sbo De Linde.",
                       "Speciaal onderwijs: De Korenaar (cluster 4) en so-scholen van cluster 3 buiten de regio, "
                       "onder meer in Eindhoven en Helmond."]),
          ("p", "Het verband wil dat dit aanbod dekkend is. Of er witte vlekken zijn, hebben we sinds de fusie "
                "niet systematisch onderzocht; een analyse staat gepland voor 2027. Het onderwerp thuiszitters "
                "komt jaarlijks aan de orde in het overleg met de gemeenten.")]
    B += [("h", "4 Toewijzing, terugplaatsing en bekostiging"),
          ("p", "In dit hoofdstuk beschrijven we drie onderwerpen die in de praktijk nauw samenhangen: hoe een "
                "kind toegang krijgt tot sbo of so, hoe het weer terugkeert en hoe het geld wordt verdeeld."),
          ("p", "Toewijzing. Het schoolbestuur van de school waar het kind is ingeschreven vraagt de TLV aan bij "
                "de Commissie Toewijzing van het verband. Voorafgaand is er een multidisciplinair overleg op de "
                "school met ouders, de intern begeleider, de consulent van het verband en zo nodig jeugdhulp. "
                "De aanvraag bevat het groeidocument, het OPP en de zienswijze van de ouders. Twee deskundigen "
                "geven elk een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van "
                "de vraag, een maatschappelijk werker of een jeugdarts. De Commissie Toewijzing beslist binnen "
                "vier weken na ontvangst van een volledige aanvraag; in spoedgevallen binnen vijf werkdagen."),
          ("p", "Een kind is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: (a) de "
                "school heeft ten minste twee cycli van een handelingsgericht OPP uitgevoerd en geëvalueerd; "
                "(b) er is ten minste een half jaar een school- of bovenschools arrangement ingezet; (c) de "
                "deskundigen stellen vast dat de onderwijsbehoefte op meerdere gebieden tegelijk (leren, "
                "gedrag, werkhouding) de mogelijkheden van een reguliere school structureel overstijgt. Een kind "
                "is toelaatbaar tot het so wanneer daarnaast sprake is van een ontwikkelingsbeperking of "
                "ernstige gedrags- of psychiatrische problematiek waardoor een gespecialiseerde setting met kleine "
                "groepen en zorg in de school nodig is. De commissie kent bij een so-TLV een "
                "bekostigingscategorie toe: laag voor cluster 4 en de meeste cluster 3-leerlingen, midden voor "
                "leerlingen met een lichamelijke beperking, hoog voor meervoudig beperkte leerlingen. Een TLV "
                "sbo geldt in de regel voor twee schooljaren, een TLV so voor drie."),
          ("p", "Terugplaatsing. Wij zien het speciaal (basis)onderwijs als een plek waar een kind tijdelijk of "
                "blijvend kan zijn, afhankelijk van wat het nodig heeft. Terugkeer naar de eigen dorpsschool is "
                "ons uitgangspunt wanneer de onderwijsbehoefte dat toelaat; doorplaatsing naar een andere "
                "speciale school is mogelijk als dat beter past. Wie terugkeert, krijgt een overgangsarrangement "
                "van een half jaar waarin een leerkracht van De Linde of De Korenaar wekelijks meekijkt op de "
                "nieuwe school."),
          ("p", "De sbo- en so-school bespreken bij elke OPP-evaluatie met ouders of terugkeer in beeld is. Twaalf "
                "maanden voor het einde van de TLV nemen zij het initiatief voor een gesprek met ouders, de "
                "consulent en de mogelijke ontvangende school. Vóór 1 maart van het laatste TLV-jaar dient de "
                "speciale school een advies in bij de Commissie Toewijzing: terugplaatsing, verlenging of "
                "doorplaatsing. De commissie besluit vóór 15 april."),
          ("p", "Bekostiging. Het budget voor lichte ondersteuning verdelen we volgens het schoolmodel. Elke "
                "school krijgt een schoolbudget van € 165 per leerling (teldatum 1 oktober) plus een vaste voet "
                "van € 7.500 per vestiging. Daarnaast is er een bovenschools budget waaruit de commissie "
                "bovenschoolse arrangementen toekent op basis van de criteria in dit hoofdstuk. Het bestuur "
                "stelt de bedragen jaarlijks vóór 1 december vast. Besturen verantwoorden de besteding van de "
                "schoolbudgetten jaarlijks vóór 1 mei in een korte rapportage per school."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsbudget", "6.410", "6.280", "6.150", "6.040"],
                     ["Afdrachten DUO so en sbo-groei", "2.930", "2.900", "2.880", "2.860"],
                     ["Schoolbudgetten (17 scholen)", "1.097", "1.075", "1.052", "1.032"],
                     ["Bovenschoolse arrangementen", "940", "930", "920", "910"],
                     ["Overgangsarrangementen terugplaatsing", "60", "75", "90", "90"],
                     ["Loket, consulenten en deskundigen", "610", "600", "590", "580"],
                     ["Bureau en bestuur", "410", "400", "395", "390"],
                     ["Saldo", "363", "300", "223", "178"]]),
          ("p", "Het positieve saldo is bewust begroot om de reserve na de fusie op te bouwen tot het "
                "afgesproken niveau van 10 procent van de baten.")]
    B += [("h", "5 Kwaliteit en opbrengsten"),
          ("p", "Omdat dit het eerste plan na de fusie is, kunnen we nog geen bereikte resultaten over een "
                "volledige periode presenteren. Wel hebben we voor 2029 de volgende beoogde resultaten voor "
                "kinderen met een ondersteuningsbehoefte vastgesteld:"),
          ("bullets", ["ten minste 85 procent van de kinderen met een bovenschools arrangement blijft op de eigen "
                       "school;",
                       "het deelnamepercentage sbo en so samen daalt van 3,4 procent naar 3,0 procent;",
                       "jaarlijks keren ten minste zes kinderen terug van sbo of so naar een reguliere school;",
                       "negen van de tien aanvragen worden binnen de termijn afgehandeld."]),
          ("p", "Hoe we deze resultaten gaan meten, wie de gegevens verzamelt en aan wie en wanneer we erover "
                "rapporteren, werken we uit in een kwaliteitskader. Dat kader verschijnt in de loop van het "
                "schooljaar 2025-2026."),
          ("p", "Naast deze resultaten houden de scholen zelf zicht op hun opbrengsten, zoals de uitslagen van de "
                "doorstroomtoets. Dat is een verantwoordelijkheid van de schoolbesturen en valt buiten dit plan.")]
    B += [("h", "6 Bestuur, OPR en gemeenten"),
          ("p", fill("governance", **v)), ("p", fill("opr", **v)), ("p", fill("oogo", **v)),
          ("p", fill("vo", **v)), ("p", fill("vaststelling", **v))]
    B += [("h", "7 Personeel, ICT en privacy"),
          ("p", fill("personeel", **v)), ("p", fill("professionalisering", **v)), ("p", fill("ict", **v)),
          ("p", "Website en nieuwsbrief. De website van het verband is in 2025 vernieuwd. Voor ouders is er een "
                "aparte rubriek met de route van een eerste zorg tot extra ondersteuning, een overzicht van de "
                "arrangementen en per school een link naar het schoolondersteuningsprofiel. Elke school reikt "
                "ouders bij de intake de folder 'Passend onderwijs in de Kempen' uit, en twee keer per jaar "
                "verschijnt een digitale nieuwsbrief voor ouders. Bij vragen kunnen ouders zich wenden tot de "
                "intern begeleider of de directeur van de school. Zodra de wet daartoe verplicht, richten wij "
                "samen met het VO-verband een ouder- en jeugdsteunpunt in."),
          ("p", fill("privacy", **v)), ("p", fill("werkdruk", **v)),
          ("p", fill("communicatie_prof")), ("p", fill("verzuim_personeel"))]
    B += [("h", "8 Planning 2025-2029"),
          ("table", [["Periode", "Activiteit"],
                     ["2025-2026", "Kwaliteitskaart basisondersteuning; kwaliteitskader"],
                     ["2026-2027", "Harmonisatie werkwijzen voormalige verbanden; evaluatie verdeelmodel"],
                     ["2027-2028", "Analyse witte vlekken; tussenevaluatie"],
                     ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]]),
          ("p", "Het plan wordt jaarlijks vertaald in een jaarplan en een jaarbegroting. Beide worden in het "
                "voorjaar aan de OPR voorgelegd.")]
    B += [("pagebreak",), ("h", "Afkortingenlijst"),
          ("bullets", ["GZ: gezondheidszorg", "IB: intern begeleider", "LBT: Landelijke Bezwaaradviescommissie",
                       "OJSP: ouder- en jeugdsteunpunt, onafhankelijke hulp voor ouders",
                       "OPP: ontwikkelingsperspectief", "OPR: ondersteuningsplanraad",
                       "OOGO: op overeenstemming gericht overleg", "SBO: speciaal basisonderwijs",
                       "SO: speciaal onderwijs", "SOP: schoolondersteuningsprofiel",
                       "TLV: toelaatbaarheidsverklaring"])]
    return B


# ---------------------------------------------------------------------------------------------
# Plan 3: PO Land van Zuilen (.pdf via .docx, bold capitalised paragraphs as headings)
# ---------------------------------------------------------------------------------------------

def plan_land_van_zuilen():
    v = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Land van Zuilen (PO 26-12)",
             kort="Land van Zuilen", regio="het Land van Zuilen", oud="5.600", nu="4.300",
             gemeenten="Lopik, Montfoort en Oudewater", opr="acht", maand="maart",
             opr_datum="25 maart 2025", oogo_datum="6 maart 2025", vo_n="470", cons="drie",
             kantoor="Montfoort", besturen="zeven")
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", "Samenwerkingsverband Passend Primair Onderwijs Land van Zuilen, PO 26-12"),
          ("p", "Klein verband, grote betrokkenheid"), ("pagebreak",)]
    B += [("h", "Inhoud"),
          ("toc", ["1 Voorwoord en leeswijzer", "2 Ons verband", "3 Visie", "4 Basisondersteuning",
                   "5 Leerlingstromen: sbo, so en terugkeer", "6 Thuiszitters en witte vlekken",
                   "7 Geld en middelen", "8 Bestuur en medezeggenschap", "9 Organisatie en personeel",
                   "10 Planning", "Begrippenlijst",
                   "Bijlagen (afzonderlijk document): 1 Statuten, 2 Verslag OOGO, 3 Protocol Toelaatbaarheid "
                   "en Terugplaatsing, 4 Meerjarenbegroting, 5 Informatie voor ouders, 6 Resultatenmonitor"]),
          ("pagebreak",)]
    B += [("h", "1 Voorwoord en leeswijzer"),
          ("p", "Het Land van Zuilen is een van de kleinste samenwerkingsverbanden van de provincie. Dat heeft "
                "voordelen: iedereen kent elkaar, besluiten worden snel genomen en een intern begeleider kan de "
                "directeur-bestuurder gewoon bellen. Het heeft ook nadelen: we hebben weinig eigen voorzieningen "
                "en zijn voor het speciaal onderwijs sterk afhankelijk van scholen in Utrecht en Woerden. Dit "
                "plan beschrijft hoe wij in die situatie passend onderwijs organiseren voor de ruim vierduizend "
                "kinderen in ons gebied."),
          ("p", "Leeswijzer. Hoofdstuk 2 en 3 schetsen ons verband en onze visie. Hoofdstuk 4 beschrijft de "
                "basisondersteuning. Hoofdstuk 5 gaat over de leerlingstromen naar en vanuit het speciaal "
                "(basis)onderwijs, inclusief toelaatbaarheid en terugplaatsing. Hoofdstuk 6 behandelt "
                "thuiszitters en witte vlekken in het aanbod. Hoofdstuk 7 gaat over geld en middelen. De "
                "hoofdstukken 8 tot en met 10 gaan over bestuur, medezeggenschap, organisatie en planning. De "
                "informatie voor ouders, de resultatenmonitor en de procedures zijn opgenomen in de "
                "bijlagen, die als afzonderlijk document worden gepubliceerd."),
          ("p", "Willem Verhoef, directeur-bestuurder")]
    B += [("h", "2 Ons verband"),
          ("p", fill("regio", **v)), ("p", fill("krimp", **v)),
          ("table", [["Gemeente", "Basisscholen", "Leerlingen 1-10-2024"],
                     ["Lopik", "8", "1.402"], ["Montfoort", "7", "1.463"], ["Oudewater", "7", "1.431"],
                     ["Totaal", "22", "4.296"]]),
          ("p", "Het verband heeft geen eigen so-school. Er is één sbo-school, De Zuilenhof in Montfoort. "
                "Kinderen met een TLV voor het so gaan naar scholen in Utrecht, Woerden en Gouda."),
          ("p", fill("kantoor", **v))]
    B += [("h", "3 Visie"),
          ("p", "Wij geloven in een inclusieve samenleving die begint op school. Kinderen die anders leren, "
                "anders reageren of anders zijn, horen erbij. Wij willen dat leraren zich gesteund voelen en "
                "dat besturen gezamenlijk verantwoordelijkheid nemen voor alle kinderen in de regio, niet "
                "alleen voor de kinderen op hun eigen scholen. We zijn resultaatgericht en willen ons werk "
                "zichtbaar maken."),
          ("p", fill("kernwaarden", **v)), ("p", fill("lerend", **v)), ("p", fill("geschiedenis")),
          ("p", fill("wet", artikel="18a WPO")),
          ("p", "Beoogde resultaten en de bijbehorende indicatoren zullen we formuleren in het eerste jaarplan "
                "onder dit ondersteuningsplan. De scholen zelf bespreken hun leerresultaten en eindtoetsscores "
                "jaarlijks met hun bestuur en met de inspectie.")]
    B += [("h", "4 Basisondersteuning"),
          ("p", "In het Land van Zuilen verstaan we onder basisondersteuning de ondersteuning die ieder kind op "
                "ieder van de 22 basisscholen kan krijgen. De zeven besturen hebben afgesproken dat dit de "
                "minimale standaard is die elke vestiging waarmaakt; een school die daar (nog) niet aan voldoet, "
                "krijgt hulp van het verband om het niveau te bereiken. De afspraak is samengevat in de tabel."),
          ("table", [["Domein", "Wat elke school minimaal biedt"],
                     ["Lezen en spellen", "Dyslexieprotocol; extra leestijd vanaf groep 3; begeleiding tot "
                      "en met de aanvraag van vergoed onderzoek"],
                     ["Rekenen", "Protocol ERWD; inzet van concrete materialen en verlengde instructie"],
                     ["Gedrag en welbevinden", "Methode voor sociaal-emotionele ontwikkeling; "
                      "gedragsspecialist of IB'er met gedragsscholing; pestprotocol"],
                     ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; compacten en verrijken in de klas"],
                     ["Taal en NT2", "Extra woordenschatonderwijs; NT2-materialen voor nieuwkomers"],
                     ["Medisch en fysiek", "Protocol medisch handelen; aangepast meubilair waar nodig"],
                     ["Structuur", "IB'er op elke school; twee groepsbesprekingen per jaar; OPP voor elk "
                      "kind met een eigen leerlijn"],
                     ["Samenwerking", "Vast contact met jeugdverpleegkundige en lokaal team; consulent van het "
                      "verband op afroep"]]),
          ("p", "Elke school neemt dit overzicht op in haar schoolgids.")]
    B += [("h", "5 Leerlingstromen: sbo, so en terugkeer"),
          ("p", "Op 1 oktober 2024 zaten 118 kinderen uit ons verband op sbo De Zuilenhof en 57 op een so-school. De procedure en de criteria voor "
                "toelaatbaarheid tot het sbo en het so zijn vastgelegd in het Protocol Toelaatbaarheid en "
                "Terugplaatsing (bijlage 3)."),
          ("p", "Wij vinden dat het speciaal (basis)onderwijs geen eindstation hoeft te zijn. Het beleid van het "
                "verband is dat een kind met een TLV bij elke evaluatie van het OPP de kans krijgt om terug te "
                "keren naar een reguliere school, bij voorkeur in het eigen dorp. Terugkeer is aan de orde als "
                "het kind in het sbo of so een jaar stabiel heeft gefunctioneerd, de leerachterstand niet verder "
                "is opgelopen en een reguliere school met de basisondersteuning en een arrangement kan "
                "aansluiten bij wat het kind nodig heeft. Na de terugkeer krijgt het kind zes maanden "
                "ambulante begeleiding door de leerkracht van de sbo- of so-school, en de ontvangende school "
                "krijgt een eenmalig terugkeerbudget van € 3.000 voor extra handen in de klas. Kinderen voor "
                "wie terugkeer niet haalbaar is, worden niet onder druk gezet: voor hen blijft het speciaal "
                "onderwijs de passende plek."),
          ("p", "Hoe het traject verloopt, wie het initiatief neemt en op welke momenten wordt geëvalueerd, staat "
                "uitgewerkt in hetzelfde protocol (bijlage 3).")]
    B += [("h", "6 Thuiszitters en witte vlekken"),
          ("p", "Het ondersteuningscontinuüm en de bovenschoolse voorzieningen worden in de loop van 2026 herijkt. "
                "Een actueel overzicht van de arrangementen staat op onze website."),
          ("p", "Geen enkel kind mag thuis komen te zitten omdat er geen passende plek is. Onze aanpak kent vier "
                "stappen. Eén: elke school meldt een kind dat langer dan twee weken niet of gedeeltelijk naar "
                "school gaat binnen vijf schooldagen bij de leerplichtambtenaar en de consulent van het verband. "
                "Twee: binnen tien schooldagen is er een overleg met ouders, school, leerplicht en zo nodig "
                "jeugdhulp, waarin een plan met een datum voor (gedeeltelijke) terugkeer wordt afgesproken. "
                "Drie: elke zes weken bespreekt de thuiszitterstafel, met de drie leerplichtambtenaren en de "
                "consulenten, alle lopende situaties. Vier: lukt het niet binnen drie maanden een plek te "
                "vinden, dan neemt de directeur-bestuurder de regie en kan hij een bestuur vragen een kind "
                "tijdelijk te plaatsen; de besturen hebben hem die doorzettingsmacht gegeven."),
          ("p", "Zorgplicht. Wordt een kind aangemeld met een ondersteuningsvraag, dan onderzoekt de school binnen "
                "zes weken (eenmaal te verlengen met vier weken) of zij het kind kan plaatsen. Kan dat niet, dan "
                "zoekt de school met ondersteuning van de consulent een andere school in de regio; het verband "
                "houdt een overzicht bij van alle lopende zorgplichtsituaties."),
          ("p", "Witte vlekken. In 2024 heeft het verband met scholen en gemeenten geïnventariseerd waar het "
                "aanbod tekortschiet. Er bleken twee lacunes: jonge kinderen (4 tot 6 jaar) met een complexe "
                "ontwikkelingsvraag, voor wie nu alleen plekken buiten de regio bestaan, en kinderen met een "
                "combinatie van autisme en een ontwikkelingsvoorsprong. Voor de eerste groep start per 1 "
                "augustus 2026 een kleine groep bij De Zuilenhof in samenwerking met de kinderopvang; voor de "
                "tweede groep onderzoeken de besturen vóór de zomer van 2026 een bovenschoolse voorziening. "
                "De inventarisatie wordt elke twee jaar herhaald.")]
    B += [("h", "7 Geld en middelen"),
          ("p", "Het verband ontvangt jaarlijks ongeveer € 4,4 miljoen aan ondersteuningsmiddelen. Een groot deel "
                "daarvan wordt door DUO ingehouden voor de kinderen in het so en voor de groei van het sbo."),
          ("p", "Wat overblijft, verdelen we als volgt. De schoolbesturen ontvangen samen 85 procent, naar rato "
                "van het aantal leerlingen op 1 oktober (in 2025: € 121 per leerling) plus een vaste voet van "
                "€ 5.000 per school. Met dit geld bekostigen zij de ondersteuning op hun scholen. De overige 15 "
                "procent is voor het loket, de consulenten, de deskundigen, het bureau en het "
                "thuiszittersfonds. De verdeling wordt elk jaar in november door het algemeen bestuur "
                "vastgesteld; het percentage voor de besturen kan alleen met instemming van de OPR wijzigen."),
          ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Ondersteuningsmiddelen", "4.410", "4.350", "4.290", "4.240"],
                     ["Inhouding DUO so", "1.870", "1.860", "1.850", "1.840"],
                     ["Overdracht sbo De Zuilenhof", "910", "900", "890", "880"],
                     ["Budget schoolbesturen", "630", "617", "602", "590"],
                     ["Terugkeerbudgetten", "24", "30", "30", "30"],
                     ["Thuiszittersfonds", "60", "60", "60", "60"],
                     ["Loket, consulenten, deskundigen", "380", "375", "370", "365"],
                     ["Bureau en bestuur", "290", "285", "280", "275"],
                     ["Resultaat", "246", "223", "208", "200"]]),
          ("p", "De reserve van het verband ligt met 14 procent van de baten boven de norm. Het positieve "
                "resultaat in de tabel wordt gereserveerd voor de nieuwe groep jonge kinderen in Montfoort.")]
    B += [("h", "8 Bestuur en medezeggenschap"),
          ("p", fill("governance", **v)), ("p", fill("opr", **v)), ("p", fill("oogo", **v)),
          ("p", fill("vaststelling", **v))]
    B += [("h", "9 Organisatie en personeel"),
          ("p", fill("personeel", **v)), ("p", fill("professionalisering", **v)), ("p", fill("werkdruk", **v)),
          ("p", fill("ict", **v)), ("p", fill("privacy", **v)), ("p", fill("vo", **v)),
          ("p", fill("inspectie")), ("p", fill("communicatie_prof")), ("p", fill("vervoer"))]
    B += [("h", "10 Planning"),
          ("table", [["Wanneer", "Wat"],
                     ["Najaar 2025", "Eerste jaarplan met indicatoren"],
                     ["1 augustus 2026", "Start groep jonge kinderen De Zuilenhof"],
                     ["2026", "Herijking ondersteuningscontinuüm"],
                     ["2027", "Tweede inventarisatie witte vlekken"],
                     ["2028-2029", "Evaluatie en nieuw plan"]]),
          ("p", "Voor de informatie aan ouders verwijzen wij naar de ouderfolder (bijlage 5).")]
    B += [("pagebreak",), ("h", "Begrippenlijst"),
          ("bullets", ["Beoogde resultaten: de resultaten die het verband wil bereiken.",
                       "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen rond "
                       "toelating of ondersteuning.",
                       "Ouder- en jeugdsteunpunt: plek waar ouders onafhankelijk advies krijgen.",
                       "Toelaatbaarheidsverklaring (TLV): besluit dat een kind toelaatbaar is tot sbo of so.",
                       "Terugplaatsing: terugkeer van sbo of so naar het regulier onderwijs.",
                       "Verdeelmodel: de manier waarop middelen over besturen worden verdeeld.",
                       "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden of te zoeken."])]
    return B


# ---------------------------------------------------------------------------------------------
# Plan 4: VO Maas en Heide (.pdf via .docx, bold paragraphs as headings)
# ---------------------------------------------------------------------------------------------

def plan_maas_en_heide():
    v = dict(naam="Samenwerkingsverband VO Maas en Heide (VO 31-08)", kort="Maas en Heide",
             opr="twaalf", maand="februari", opr_datum="18 maart 2025", oogo_datum="27 februari 2025",
             kantoor="Boxmeer", gemeenten="Land van Cuijk, Boxmeer-Oost en Mill")
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", "Samenwerkingsverband Voortgezet Onderwijs Maas en Heide, VO 31-08"),
          ("p", "Elke leerling een plek die past"), ("pagebreak",)]
    B += [("h", "Inhoudsopgave"),
          ("toc", ["1 Inleiding", "2 Context en kengetallen", "3 Missie, visie en ambities",
                   "4 Het ondersteuningsaanbod in de regio", "5 Leerlingstromen: vso, pro en lwoo",
                   "6 Thuiszitters en zorgplicht", "7 Samen met ouders en leerlingen",
                   "8 Kwaliteitszorg en monitoring", "9 Geld en middelen", "10 Samenwerking met gemeenten",
                   "11 Organisatie en medezeggenschap", "12 Jaarplanning", "Begrippenlijst"]),
          ("pagebreak",)]
    B += [("h", "1 Inleiding"),
          ("p", "Maas en Heide is het samenwerkingsverband voor voortgezet onderwijs in het noordoosten van "
                "Brabant. Zeven scholen voor voortgezet onderwijs, een school voor praktijkonderwijs en twee "
                "vso-scholen werken samen om iedere jongere in de regio een passende plek te bieden. Dit "
                "ondersteuningsplan beschrijft voor de periode 2025-2029 hoe wij dat doen. Het plan is kort "
                "gehouden; uitwerkingen staan in de jaarplannen, de kadernota en de handleidingen van het loket."),
          ("p", "In de vorige planperiode hebben we veel geleerd. Het aantal jongeren met een vso-verklaring "
                "steeg, terwijl het aantal leerlingen in het regulier voortgezet onderwijs daalde. Scholen "
                "gaven aan dat de administratieve last van aanvragen te hoog was. En we zagen dat jongeren die "
                "tussen de voorzieningen in vallen, te lang moesten wachten. In dit plan trekken we daaruit "
                "lessen. Dank aan iedereen die meeschreef: mentoren, ondersteuningscoördinatoren, ouders, "
                "leerlingen, wethouders en leden van de OPR."),
          ("p", "Hoe dit plan tot stand kwam. In het voorjaar van 2024 zijn we begonnen met een reeks "
                "gesprekken op alle scholen. We spraken met mentoren, ondersteuningscoördinatoren, "
                "teamleiders en directeuren, en in vier sessies met leerlingen uit de leerlingenraden. Daarna "
                "heeft een schrijfgroep, met twee leden van de OPR als meelezers, een eerste versie gemaakt. Die "
                "versie is in november 2024 besproken in een bijeenkomst met ruim tachtig deelnemers uit "
                "onderwijs, jeugdhulp en gemeenten. De opbrengst van die middag was helder: minder papier, "
                "meer duidelijkheid over wie waarover beslist, en meer aandacht voor jongeren die tussen wal "
                "en schip vallen. Waar we die wensen in dit plan nog niet volledig konden waarmaken, hebben "
                "we dat aangegeven en een moment genoemd waarop we erop terugkomen."),
          ("p", "Leeswijzer. Na de context en de visie beschrijven we het aanbod in de regio, de "
                "leerlingstromen, de aanpak van thuiszitters en de samenwerking met ouders en leerlingen. "
                "Daarna volgen kwaliteitszorg, geld en middelen, de samenwerking met gemeenten en de "
                "organisatie. Achterin staat een begrippenlijst."),
          ("p", "Anouk Janssen, directeur-bestuurder")]
    B += [("h", "2 Context en kengetallen"),
          ("p", "Het verband beslaat een landelijk gebied langs de Maas met drie gemeenten. Op 1 oktober 2024 "
                "telde het verband 9.840 leerlingen in het regulier voortgezet onderwijs, 412 leerlingen in het "
                "praktijkonderwijs en 296 leerlingen in het vso. De prognose laat tot 2030 een daling van circa "
                "11 procent zien, die vooral de kleinere vestigingen in Mill en Cuijk treft. Drie vestigingen "
                "zijn kleiner dan 500 leerlingen en bieden slechts een deel van de leerwegen aan."),
          ("table", [["Schoolsoort", "Leerlingen 1-10-2022", "Leerlingen 1-10-2024"],
                     ["Regulier vo", "10.210", "9.840"], ["Praktijkonderwijs", "398", "412"],
                     ["Vso", "271", "296"], ["Waarvan met lwoo", "1.120", "1.084"]]),
          ("p", "De afstanden in de regio zijn groot. Veel leerlingen fietsen dagelijks meer dan vijftien "
                "kilometer of reizen met de streekbus. Leerlingenvervoer naar het vso is een taak van de "
                "gemeenten en een vast onderwerp in ons overleg met hen.")]
    B += [("h", "3 Missie, visie en ambities"),
          ("p", "Onze missie: iedere jongere in Maas en Heide krijgt het onderwijs en de ondersteuning die nodig "
                "zijn om een diploma of startkwalificatie te halen, of een duurzame plek op de arbeidsmarkt of "
                "in dagbesteding te vinden. Onze visie is dat dit het best lukt dicht bij huis, op een reguliere "
                "school waar dat kan en in een gespecialiseerde setting waar dat nodig is."),
          ("p", "Wij hebben vier ambities voor deze planperiode: minder wachten, minder schotten tussen "
                "onderwijs en jeugdhulp, meer zeggenschap voor leerlingen en een eerlijke verdeling van de "
                "middelen. Deze ambities zijn richtinggevend; concrete doelen en streefwaarden voor de "
                "resultaten van leerlingen met extra ondersteuning stellen we vast nadat in het najaar van 2025 "
                "de nulmeting met de nieuwe kwaliteitsmonitor is afgerond."),
          ("p", "De afspraken over de basisondersteuning die de besturen in 2019 maakten, worden herzien zodra de "
                "landelijke norm basisondersteuning is vastgesteld. Tot die tijd verwijzen we voor de "
                "ondersteuning van elke school naar haar schoolgids."),
          ("p", fill("kernwaarden", **v)), ("p", fill("wet", artikel="17a WVO (thans artikel 2.47 en "
                                                                   "volgende van de WVO 2020)")),
          ("p", fill("geschiedenis"))]
    B += [("h", "4 Het ondersteuningsaanbod in de regio"),
          ("p", "Het aanbod in de regio is opgebouwd als een doorlopende reeks. Elke stap is zwaarder, "
                "specialistischer en minder thuisnabij dan de vorige; we zetten pas een volgende stap als de "
                "vorige niet volstaat."),
          ("bullets", ["Arrangementen op de eigen school: de school vraagt bij het loket voor een individuele "
                       "leerling een arrangement aan, bijvoorbeeld een half jaar begeleiding door een ambulant "
                       "begeleider, een aangepast rooster met opvang in een rustruimte of begeleiding bij een "
                       "medische aandoening.",
                       "Bovenschoolse voorzieningen: OPDC De Overstap in Cuijk (maximaal 60 plaatsen, voor "
                       "leerlingen die tijdelijk een kleinere setting nodig hebben, in de regel een jaar); "
                       "reboundvoorziening Het Kompas (time-out van maximaal twaalf weken); de Internationale "
                       "Schakelklas in Boxmeer voor nieuwkomers.",
                       "Onderwijs-zorgarrangementen: voor jongeren die naast onderwijs jeugdhulp nodig hebben, "
                       "georganiseerd samen met de gemeenten; in 2024 waren er 23.",
                       "Praktijkonderwijs: Het Baken in Boxmeer.",
                       "Voortgezet speciaal onderwijs: De Ruimte (cluster 4) in Cuijk en, voor cluster 3, "
                       "scholen in Nijmegen en Oss."]),
          ("p", "Welke voorziening een leerling nodig heeft, wordt besproken in het ondersteuningsteam van de "
                "school, waarin de ondersteuningscoördinator, de mentor, ouders en de consulent van het verband "
                "zitten. De consulent is de vaste verbinding tussen school en bovenschoolse voorzieningen.")]
    B += [("h", "5 Leerlingstromen: vso, pro en lwoo"),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer aan de volgende criteria is voldaan. (1) De "
                "school heeft ten minste een half jaar een arrangement ingezet en geëvalueerd, of de leerling "
                "heeft een jaar in het OPDC doorgebracht. (2) De leerling heeft een ontwikkelingsperspectief "
                "waaruit blijkt dat de benodigde ondersteuning structureel de mogelijkheden van een reguliere "
                "school met bovenschoolse voorzieningen te boven gaat. (3) Voor cluster 4: er is sprake van "
                "ernstige gedrags- of psychiatrische problematiek die in elke onderwijssituatie tot uiting "
                "komt. Voor cluster 3: er is sprake van een verstandelijke, lichamelijke of langdurig "
                "medische beperking die een gespecialiseerde omgeving nodig maakt."),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één "
                "begrijpend lezen of inzichtelijk rekenen. Voor leerwegondersteunend onderwijs hanteren wij "
                "eveneens de landelijke criteria (IQ 75-90 met een leerachterstand van anderhalf tot drie jaar, "
                "of IQ 91-120 met een leerachterstand en sociaal-emotionele problematiek). Maas en Heide kiest "
                "niet voor eigen lwoo-criteria."),
          ("p", "Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren; voor leerlingen met een "
                "blijvende beperking kan de duur langer zijn. Het aanvragen van een TLV, de samenstelling van de "
                "commissie en de termijnen worden beschreven in de nieuwe Handleiding Loket, die in het voorjaar "
                "van 2026 wordt vastgesteld."),
          ("p", "Einde van een TLV. In het laatste jaar van de TLV organiseert de vso-school vóór 1 maart een "
                "evaluatiegesprek met de leerling, de ouders en de consulent van het verband. De vso-school "
                "neemt daartoe het initiatief en stelt aan de hand van het OPP een advies op: verlenging, "
                "overplaatsing naar een andere vso-school of plaatsing in het regulier voortgezet onderwijs. "
                "De directeur van het verband besluit binnen vier weken na ontvangst van dat advies. Besluit "
                "hij niet tot verlenging, dan eindigt de TLV op 31 juli van dat schooljaar.")]
    B += [("h", "6 Thuiszitters en zorgplicht"),
          ("p", "Thuiszitten is in onze regio geen randverschijnsel. Daarom hebben we met de leerplichtambtenaren van de drie "
                "gemeenten een gezamenlijke aanpak afgesproken. Verzuim wordt binnen een week gemeld. Elke "
                "maand bespreekt het thuiszittersoverleg alle jongeren die langer dan vier weken niet naar "
                "school gaan; het overleg wijst per jongere een regisseur aan. Lukt het niet binnen acht weken "
                "een plek te vinden, dan beslist de directeur-bestuurder welke school of voorziening de jongere "
                "tijdelijk opvangt."),
          ("p", "Om gaten in het aanbod op te sporen, houdt het verband een wachtlijstregistratie bij voor het "
                "OPDC, de rebound en het vso. Twee keer per jaar analyseert de beleidsmedewerker waar jongeren "
                "vastlopen. In 2024 bleek dat er geen passend aanbod was voor jongeren met een vso-verklaring "
                "die havo-niveau aankunnen. Met De Ruimte en het Elzendaal College is afgesproken dat per 1 "
                "augustus 2026 een havo-stroom binnen het vso start. Ook is de capaciteit van het OPDC per 1 "
                "januari 2025 met tien plaatsen uitgebreid om de wachtlijst weg te werken."),
          ("p", "Elk schoolbestuur heeft zorgplicht. Kan een school een aangemelde leerling niet de benodigde "
                "ondersteuning bieden, dan zoekt zij met hulp van de consulent binnen tien weken een andere "
                "school. Kan geen enkele school binnen het verband een plek bieden, dan zoekt het verband "
                "buiten de regio.")]
    B += [("h", "7 Samen met ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten weten waar ze aan toe zijn. Het verband publiceert op zijn website "
                "een ouder- en leerlingenpagina met een overzicht van alle voorzieningen uit hoofdstuk 4, de "
                "route naar extra ondersteuning en de contactgegevens van de consulenten. In groep 8 van de "
                "basisscholen en in de brugklas van elke vo-school ontvangen ouders de brochure 'Ondersteuning "
                "in het voortgezet onderwijs', beschikbaar in het Nederlands, Engels, Pools en Arabisch. Elke "
                "school organiseert in september een informatieavond waar de ondersteuningscoördinator het "
                "aanbod toelicht."),
          ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                "Maas en Heide, dat in 2024 samen met het PO-verband is opgericht en los van de scholen "
                "werkt. Het steunpunt is bereikbaar via telefoon, e-mail en een inloopspreekuur op woensdag. "
                "Ouders kunnen ook een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, "
                "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
          ("p", "Leerlingen hebben hoorrecht: zij mogen hun mening geven over hun ontwikkelingsperspectief, en de "
                "school legt die vast. In de OPR zitten namens de ouders en leerlingen zes leden.")]
    B += [("h", "8 Kwaliteitszorg en monitoring"),
          ("p", "Het verband werkt met een kwaliteitsmonitor die elk halfjaar wordt gevuld met gegevens uit de "
                "loketregistratie, de DUO-telling van 1 oktober, de verzuimregistratie van de gemeenten en een "
                "jaarlijkse enquête onder ouders, leerlingen en ondersteuningscoördinatoren. De "
                "beleidsmedewerker analyseert de uitkomsten; de directeur-bestuurder bespreekt ze met de raad "
                "van toezicht, de OPR en de directeuren. In het jaarverslag, dat jaarlijks vóór 1 juli wordt "
                "gepubliceerd, rapporteren we de bereikte resultaten. Halverwege de planperiode, in 2027, "
                "voert een externe partij een evaluatie uit."),
          ("p", "In de afgelopen planperiode zijn de volgende resultaten bereikt:"),
          ("table", [["Indicator", "2020-2021", "2023-2024"],
                     ["Deelnamepercentage vso", "2,6%", "2,9%"],
                     ["Leerlingen in OPDC die terugkeren naar regulier vo", "61%", "68%"],
                     ["Thuiszitters langer dan 3 maanden (peildatum 1 maart)", "14", "9"],
                     ["Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "5,1 week"],
                     ["Tevredenheid ouders (schaal 1-10)", "6,8", "7,3"]])]
    B += [("h", "9 Geld en middelen"),
          ("p", "De middelen die het verband van het Rijk ontvangt zijn bestemd voor de ondersteuning van "
                "leerlingen. Over de verdeling en besteding daarvan zijn afspraken gemaakt in de Kadernota "
                "Financiën 2025-2029 en de meerjarenbegroting. Beide documenten worden jaarlijks door het "
                "algemeen bestuur vastgesteld, met advies van de OPR, en zijn als afzonderlijke stukken "
                "beschikbaar; zij zijn niet in dit ondersteuningsplan opgenomen."),
          ("p", "Het bestuur blijft de komende jaren scherp op doelmatigheid. Middelen moeten zo dicht mogelijk "
                "bij de leerling worden ingezet.")]
    B += [("h", "10 Samenwerking met gemeenten"),
          ("p", "Met de gemeenten " + v["gemeenten"] + " is op " + v["oogo_datum"] + " het op overeenstemming "
                "gericht overleg gevoerd over het concept van dit plan. Besproken zijn de aansluiting tussen "
                "onderwijs en jeugdhulp, de onderwijs-zorgarrangementen, leerlingenvervoer, thuiszitters en de "
                "overgang naar mbo en arbeid. De gemeenten financieren een jeugdhulpcoach "
                "op elke vo-school. Ook met het samenwerkingsverband primair onderwijs is overleg gevoerd, met "
                "name over de overstap van groep 8 naar de brugklas."),
          ("p", "Met het mbo in de regio zijn afspraken gemaakt over een warme overdracht voor jongeren met een "
                "ondersteuningsbehoefte. Jongeren uit het praktijkonderwijs en het vso die uitstromen naar "
                "arbeid, worden tot een jaar na uitstroom gevolgd door de stagecoördinator.")]
    B += [("h", "11 Organisatie en medezeggenschap"),
          ("p", "Het verband is een stichting met een directeur-bestuurder en een raad van toezicht. De "
                "schoolbesturen vormen samen de algemene vergadering, die de begroting en het jaarverslag "
                "goedkeurt. Het bureau telt 9,4 fte: de directeur-bestuurder, een beleidsmedewerker, vijf "
                "consulenten, een orthopedagoog en een secretariaat."),
          ("p", fill("opr", **v)), ("p", fill("ict", **v)), ("p", fill("privacy", **v)),
          ("p", fill("kantoor", **v)), ("p", fill("werkdruk", **v)), ("p", fill("inspectie")),
          ("p", fill("communicatie_prof")), ("p", fill("verzuim_personeel")), ("p", fill("vervoer")),
          ("p", "Dit plan is na instemming van de OPR vastgesteld en vóór 1 mei 2025 aan de inspectie gezonden. "
                "De planperiode loopt van 1 augustus 2025 tot en met 31 juli 2029.")]
    B += [("h", "12 Jaarplanning"),
          ("table", [["Jaar", "Speerpunten"],
                     ["2025-2026", "Nulmeting kwaliteitsmonitor; Handleiding Loket; doelen en streefwaarden"],
                     ["2026-2027", "Start havo-stroom vso; evaluatie Kadernota Financiën"],
                     ["2027-2028", "Externe tussenevaluatie"],
                     ["2028-2029", "Voorbereiding nieuw plan"]])]
    B += [("pagebreak",), ("h", "Begrippenlijst"),
          ("bullets", ["Basisondersteuning: het door de besturen afgesproken niveau van ondersteuning dat iedere "
                       "school biedt, zoals een ondersteuningscoördinator, faalangsttraining en dyslexiebegeleiding.",
                       "Lwoo: leerwegondersteunend onderwijs.",
                       "Meerjarenbegroting: begroting voor vier jaar, met de verdeling van de middelen over "
                       "scholen en voorzieningen.",
                       "OPDC: orthopedagogisch-didactisch centrum.",
                       "Pro: praktijkonderwijs.",
                       "Terugplaatsing: terugkeer van vso naar het regulier voortgezet onderwijs; het verband "
                       "vindt dit belangrijk en ondersteunt dit met een terugplaatsingsarrangement.",
                       "TLV: toelaatbaarheidsverklaring.", "Vso: voortgezet speciaal onderwijs."])]
    return B


# ---------------------------------------------------------------------------------------------
# Plan 5: PO Waddenkust (.txt)
# ---------------------------------------------------------------------------------------------

def plan_waddenkust():
    v = dict(naam="Samenwerkingsverband Passend Onderwijs PO 20-21 Waddenkust", kort="Waddenkust",
             regio="de Waddenkust", oud="4.800", nu="3.650",
             gemeenten="Noardeast-Fryslân, Het Hogeland en Dongeradeel-Oost", opr="acht", maand="januari",
             opr_datum="27 februari 2025", oogo_datum="5 februari 2025", vo_n="390", cons="drie",
             kantoor="Dokkum", besturen="vijf")
    B = []
    B += [("title", "Ondersteuningsplan Waddenkust 2025-2029"),
          ("p", "Samenwerkingsverband Passend Onderwijs PO 20-21 Waddenkust"),
          ("p", "Tekstversie voor de website en voor schermlezers. Vastgesteld 10 april 2025.")]
    B += [("h", "Inhoud"),
          ("toc", ["1. Voorwoord", "2. Terugblik 2021-2025", "3. Onze regio", "4. Visie",
                   "5. Wat elk kind op elke school mag verwachten",
                   "6. Van extra steun tot speciale school: het aanbod en de gaten erin",
                   "7. De overstap naar sbo of so", "8. Wat we willen bereiken en hoe we dat volgen",
                   "9. Ouders: hulp en advies", "10. Begroting", "11. Bestuur, OPR, gemeenten",
                   "12. Organisatie", "13. Woordenlijst (terugplaatsing, verdeelmodel, OJSP en meer)"])]
    B += [("h", "1. Voorwoord"),
          ("p", "Langs de Waddenkust liggen de dorpen ver uit elkaar. Een kind uit Moddergat dat naar het speciaal "
                "onderwijs gaat, zit al snel anderhalf uur per dag in een taxibusje. Dat is voor ons de "
                "belangrijkste reden om passend onderwijs zo dichtbij mogelijk te organiseren. Dit plan laat "
                "zien hoe we dat de komende vier jaar doen. We hebben het geschreven in gewone taal, zodat ook "
                "ouders en leraren het kunnen lezen zonder woordenboek."),
          ("p", "Het plan kwam tot stand in een half jaar, met bijeenkomsten in Dokkum, Ternaard en Uithuizen. "
                "De terugkoppeling van scholen en de OPR hebben we zo goed mogelijk verwerkt."),
          ("p", "Jelle Postma, directeur-bestuurder")]
    B += [("h", "2. Terugblik 2021-2025"),
          ("p", "De vorige planperiode begon midden in de coronacrisis. Scholen waren maanden dicht, en daarna "
                "was er veel achterstand in te halen. Tegelijk liep het leerlingaantal verder terug: van 4.120 "
                "in 2021 naar 3.652 in 2024. Twee scholen sloten, drie fuseerden. Het teruglopende "
                "leerlingaantal betekent ook minder geld. We hebben daarom in 2023 het bureau verkleind."),
          ("p", "Er zijn ook mooie dingen gebeurd. De Wadklas in Holwerd, een bovenschoolse groep voor kinderen "
                "met gedragsvragen, is een succes: van de 19 kinderen die er sinds 2022 zaten, gingen er 15 "
                "terug naar hun eigen groep. En de thuiszitterstafel heeft ervoor gezorgd dat kinderen die lang "
                "thuis zaten sneller terug naar school gingen.")]
    B += [("h", "3. Onze regio"),
          ("p", fill("regio", **v)), ("p", fill("krimp", **v)), ("p", fill("kantoor", **v))]
    B += [("h", "4. Visie"),
          ("p", "Ieder kind hoort erbij, in zijn eigen dorp als het even kan. Scholen zijn samen "
                "verantwoordelijk voor alle kinderen in de regio. Wij helpen scholen om dat waar te maken, en we "
                "zijn eerlijk als het niet lukt."),
          ("p", fill("kernwaarden", **v)), ("p", fill("lerend", **v)), ("p", fill("inspectie")),
          ("p", fill("vervoer"))]
    B += [("h", "5. Wat elk kind op elke school mag verwachten"),
          ("p", "De vijf besturen hebben samen een gemeenschappelijke ondergrens afgesproken: de "
                "basisondersteuning. Dat is wat iedere school, op iedere locatie, zelf moet kunnen bieden, "
                "zonder dat er een aanvraag bij ons nodig is. Een school die meer kan, is welkom; een school die "
                "minder biedt, krijgt van ons een jaar de tijd en hulp om bij te trekken."),
          ("p", "Op elke school in ons verband kan een kind rekenen op:"),
          ("bullets", ["een leerkracht die handelingsgericht werkt en twee keer per jaar met de intern begeleider "
                       "bekijkt wat ieder kind nodig heeft;",
                       "een intern begeleider die ten minste één dag per week op school is;",
                       "een aanpak voor kinderen met lees- of rekenproblemen volgens de landelijke protocollen, "
                       "inclusief dyslexiebegeleiding;",
                       "een veilig klimaat met een vaste methode voor sociaal-emotionele ontwikkeling en een "
                       "pestcoördinator;",
                       "uitdaging voor kinderen die meer aankunnen, in de eigen klas;",
                       "een eigen leerlijn met een ontwikkelingsperspectief als dat nodig is;",
                       "hulp bij het innemen van medicijnen en eenvoudige medische handelingen, volgens protocol;",
                       "Nederlands als tweede taal voor kinderen die thuis een andere taal spreken, ook Fries "
                       "sprekende kleuters die nog weinig Nederlands kennen."])]
    B += [("h", "6. Van extra steun tot speciale school: het aanbod en de gaten erin"),
          ("p", "Als de basis niet genoeg is, zijn er vier treden. Trede 1: de school zet een arrangement in uit "
                "haar eigen schoolbudget, zoals extra handen in de klas of een remedial teacher. Trede 2: de "
                "consulent van het verband kijkt mee en de school kan een bovenschools arrangement aanvragen, "
                "bijvoorbeeld ambulante begeleiding of een plek in de Wadklas in Holwerd (maximaal 12 kinderen, "
                "ten hoogste een jaar). Trede 3: voor meer- en hoogbegaafde kinderen is er één dag per week de "
                "Plusklas in Dokkum; voor nieuwkomers de Taalklas in Uithuizen. Trede 4: speciaal "
                "basisonderwijs (sbo De Kwelder in Dokkum) of speciaal onderwijs (so De Wierde, cluster 4, en "
                "cluster 3-scholen in Leeuwarden en Groningen)."),
          ("p", "Gaten in het aanbod. Twee keer per jaar, in november en mei, brengt het verband met de scholen in "
                "kaart welke kinderen nergens passend terechtkunnen, hoe lang wachtlijsten zijn en welke "
                "kinderen thuiszitten. Elk kind dat vier weken of langer niet (volledig) naar school gaat, komt "
                "op de thuiszitterstafel, waar leerplicht, school, consulent en het gebiedsteam van de gemeente "
                "binnen twee weken een plan maken. Als geen school een plek kan bieden, beslist de directeur-"
                "bestuurder binnen een maand welke school het kind tijdelijk opneemt. Uit de laatste analyse "
                "bleek dat er in het oosten van de regio geen plek is voor jonge kinderen met ernstige "
                "gedragsproblemen; daarom opent per 1 januari 2026 een tweede Wadklas in Uithuizen."),
          ("p", "Met de gemeenten werken we samen in onderwijs-zorgarrangementen voor kinderen die naast onderwijs "
                "jeugdhulp nodig hebben. De afspraken daarover zijn in het OOGO van februari 2025 bevestigd.")]
    B += [("h", "7. De overstap naar sbo of so"),
          ("p", "Soms is een speciale school de beste plek. Daarvoor is een verklaring van het verband nodig dat "
                "het kind daar terecht mag: de toelaatbaarheidsverklaring."),
          ("p", "Zo gaat het. De school bespreekt de situatie eerst met ouders en de consulent. Vindt iedereen "
                "dat een speciale school nodig is, dan stuurt het schoolbestuur een aanvraag naar de Commissie "
                "Plaatsing van het verband, met het OPP, het groeidocument en de mening van de ouders. Een "
                "orthopedagoog en een tweede deskundige (meestal de jeugdarts of een maatschappelijk werker) "
                "geven elk hun eigen advies. De commissie besluit binnen zes weken. Ouders krijgen een kopie "
                "van de adviezen en van het besluit. Zijn ouders het er niet mee eens, dan kunnen zij binnen "
                "zes weken bezwaar maken; de Landelijke Bezwaaradviescommissie geeft het verband dan advies."),
          ("p", "Wanneer zegt het verband ja? Voor sbo De Kwelder: als het kind ondanks een bovenschools "
                "arrangement van ten minste een half jaar op twee of meer gebieden (leren, gedrag, "
                "werkhouding, sociaal-emotioneel) niet tot ontwikkeling komt en een kleinere groep met meer "
                "specialistische begeleiding nodig heeft. Voor het so: als er daarnaast sprake is van een "
                "stoornis of beperking die doorlopend specialistische zorg in de school vraagt, vastgesteld "
                "door de deskundigen. De commissie bepaalt bij het so ook de categorie (laag, midden of hoog). "
                "Een verklaring geldt tot 31 juli van het schooljaar waarin het kind twaalf wordt, tenzij de "
                "commissie een kortere termijn kiest.")]
    B += [("h", "8. Wat we willen bereiken en hoe we dat volgen"),
          ("table", [["Doel voor kinderen met extra ondersteuning", "2024", "2029"],
                     ["Kinderen uit de Wadklas terug in de eigen groep", "79%", "85%"],
                     ["Kinderen langer dan 4 weken thuis zonder plan", "5", "0"],
                     ["Deelname sbo en so samen", "3,3%", "3,0%"],
                     ["Aanvragen binnen 6 weken besloten", "80%", "95%"],
                     ["Scholen die de ondergrens halen", "24 van 29", "29 van 29"]]),
          ("p", "We volgen deze cijfers elk kwartaal in een dashboard dat de beleidsmedewerker bijhoudt. In maart "
                "bespreekt het bestuur met de directeuren en de OPR hoe het ervoor staat. In het jaarverslag "
                "staan de bereikte cijfers naast de doelen, met een toelichting in woorden. Halen we een doel "
                "niet, dan bespreken we in het jaarplan wat we anders gaan doen.")]
    B += [("h", "9. Ouders: hulp en advies"),
          ("p", "Hoe we ouders informeren over het ondersteuningsaanbod van scholen en verband, leggen we vast in "
                "een nieuw communicatieplan, dat in 2026 verschijnt."),
          ("p", "Ouders die het niet eens zijn met de school of die advies willen van iemand die er los van staat, "
                "kunnen bellen of mailen met het Ouder- en Jeugdsteunpunt Noordkust. Het steunpunt is "
                "onafhankelijk, gratis, en werkt voor het PO- en het VO-verband samen. Het helpt bij gesprekken "
                "met school en kan bemiddelen. Ook de Onderwijsconsulenten zijn kosteloos voor ouders. Voor "
                "klachten over het verband is er een klachtenregeling; het verband is aangesloten bij de "
                "Landelijke Klachtencommissie Onderwijs."),
          ("p", "Ouders zijn ook mede-eigenaar van dit plan: de helft van de OPR bestaat uit ouders.")]
    B += [("h", "10. Begroting"),
          ("p", "Het verdeelmodel wordt herzien. Tot het nieuwe model in de loop van 2026 is vastgesteld, gelden "
                "de afspraken van de vorige planperiode."),
          ("table", [["Begroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
                     ["Inkomsten ondersteuning", "3.940.000", "3.860.000", "3.790.000", "3.720.000"],
                     ["Afdracht so (DUO)", "1.480.000", "1.470.000", "1.460.000", "1.450.000"],
                     ["Sbo De Kwelder (overdracht)", "720.000", "705.000", "690.000", "680.000"],
                     ["Schoolbudgetten", "690.000", "675.000", "660.000", "645.000"],
                     ["Wadklassen Holwerd en Uithuizen", "310.000", "420.000", "420.000", "420.000"],
                     ["Plusklas en Taalklas", "140.000", "140.000", "140.000", "140.000"],
                     ["Consulenten en deskundigen", "330.000", "325.000", "320.000", "315.000"],
                     ["Bureau, bestuur, OPR", "230.000", "225.000", "220.000", "215.000"],
                     ["Saldo", "40.000", "-100.000", "-120.000", "-145.000"]]),
          ("p", "De tekorten vanaf 2026 worden gedekt uit de reserve, die eind 2024 € 1,1 miljoen bedroeg. Zo "
                "bouwen we de reserve in vier jaar af naar het afgesproken niveau.")]
    B += [("h", "11. Bestuur, OPR, gemeenten"),
          ("p", fill("governance", **v)), ("p", fill("opr", **v)), ("p", fill("oogo", **v)),
          ("p", fill("vo", **v)), ("p", fill("vaststelling", **v))]
    B += [("h", "12. Organisatie"),
          ("p", fill("personeel", **v)), ("p", fill("professionalisering", **v)), ("p", fill("werkdruk", **v)),
          ("p", fill("ict", **v)), ("p", fill("privacy", **v)), ("p", fill("communicatie_prof")),
          ("p", fill("verzuim_personeel"))]
    B += [("h", "13. Woordenlijst"),
          ("bullets", ["Arrangement: extra ondersteuning voor een kind of een groep.",
                       "OJSP: ouder- en jeugdsteunpunt.",
                       "Terugplaatsing: een kind gaat van sbo of so terug naar een gewone basisschool. Dit "
                       "gebeurt na een evaluatie van het OPP door de speciale school, met een begeleidingsperiode "
                       "op de nieuwe school.",
                       "Thuiszitterstafel: overleg over kinderen die niet naar school gaan.",
                       "TLV: toelaatbaarheidsverklaring.",
                       "Verdeelmodel: de regels waarmee het geld over de scholen wordt verdeeld, zoals een bedrag "
                       "per leerling en een vaste voet per school."])]
    return B


# ---------------------------------------------------------------------------------------------
# Near-miss: a school's own (internal) ondersteuningsplan (.html)
# ---------------------------------------------------------------------------------------------

def nearmiss_wegwijzer():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2026 CBS De Wegwijzer"),
          ("p", "Christelijke basisschool De Wegwijzer, Nieuw-Buinen. Aangesloten bij Samenwerkingsverband "
                "Passend Onderwijs PO 20-17 Hunzedal. Vastgesteld door het team op 2 september 2025, met "
                "instemming van de medezeggenschapsraad."),
          ("h", "Inhoud"),
          ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Zorgniveaus en ondersteuningsstructuur",
                   "4 Basisondersteuning op De Wegwijzer", "5 Extra ondersteuning en arrangementen",
                   "6 Toelaatbaarheid sbo/so en terugplaatsing", "7 Ouders", "8 Middelen en formatie",
                   "9 Resultaten en evaluatie", "10 Jaarplanning zorg"])]
    B += [("h", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Wegwijzer de ondersteuning aan onze leerlingen "
                "organiseren in het schooljaar 2025-2026. Het is ons interne werkdocument voor het team en "
                "vormt de uitwerking van ons schoolondersteuningsprofiel. Het plan van het samenwerkingsverband "
                "Hunzedal is het kader waarbinnen wij werken; dit document gaat alleen over onze eigen school. "
                "Het plan wordt elk jaar in augustus door de intern begeleider bijgesteld en in de eerste "
                "teamvergadering besproken.")]
    B += [("h", "2 Onze leerlingen"),
          ("p", "De Wegwijzer telt op 1 oktober 2025 naar verwachting 146 leerlingen in zes groepen, waarvan vier "
                "combinatiegroepen. Ongeveer een kwart van de leerlingen heeft een of andere vorm van extra "
                "aandacht nodig. Er zijn zeven leerlingen met een dyslexieverklaring, twee leerlingen met een "
                "eigen leerlijn rekenen en één leerling met een arrangement van het samenwerkingsverband voor "
                "gedrag. Het schoolgewicht is gemiddeld.")]
    B += [("h", "3 Zorgniveaus en ondersteuningsstructuur"),
          ("p", "Wij werken met vijf zorgniveaus. Niveau 1: algemene zorg in de groep door de leerkracht, met "
                "gedifferentieerde instructie in drie niveaus. Niveau 2: extra zorg in de groep, na signalering "
                "in de groepsbespreking; de leerkracht stelt een korte handelingsaanpak op. Niveau 3: speciale "
                "zorg na consultatie van de intern begeleider, met een individueel handelingsplan. Niveau 4: "
                "speciale zorg met hulp van externen (consulent samenwerkingsverband, logopedist, "
                "jeugdverpleegkundige). Niveau 5: de leerling heeft meer nodig dan de school kan bieden; er wordt "
                "een arrangement of een toelaatbaarheidsverklaring aangevraagd."),
          ("p", "Groepsbesprekingen vinden drie keer per jaar plaats, in oktober, februari en juni, na de "
                "toetsperiodes. Leerlingbesprekingen worden op verzoek van de leerkracht ingepland. Het "
                "ondersteuningsteam van de school (intern begeleider, directeur, consulent van het "
                "samenwerkingsverband en zo nodig schoolmaatschappelijk werk) komt zes keer per jaar bijeen.")]
    B += [("h", "4 Basisondersteuning op De Wegwijzer"),
          ("p", "De Wegwijzer biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet "
                "betekent dat bij ons: een intern begeleider voor twee dagen per week, werken volgens het "
                "dyslexieprotocol, de methode Kanjertraining voor sociaal-emotionele ontwikkeling, een "
                "plusgroep op vrijdagmiddag voor kinderen die meer uitdaging nodig hebben en een protocol "
                "medisch handelen. Onze leerkrachten volgen dit jaar een training in het werken met "
                "executieve functies.")]
    B += [("h", "5 Extra ondersteuning en arrangementen"),
          ("p", "Als de basisondersteuning niet voldoende is, bespreekt de intern begeleider de leerling met de "
                "consulent. Samen met ouders wordt een arrangement aangevraagd bij het samenwerkingsverband. Het "
                "arrangement wordt vastgelegd in het OPP en na zes maanden geëvalueerd. Dit schooljaar "
                "verwachten we twee nieuwe aanvragen.")]
    B += [("h", "6 Toelaatbaarheid sbo/so en terugplaatsing"),
          ("p", "Wanneer een leerling naar het speciaal basisonderwijs of speciaal onderwijs zou moeten, vraagt "
                "ons bestuur een TLV aan bij het samenwerkingsverband. De intern begeleider stelt daarvoor het "
                "groeidocument op. De procedure en criteria zijn die van het samenwerkingsverband. Leerlingen die "
                "vanuit het sbo bij ons terugkomen, worden begeleid met een warme overdracht; de leerkracht van "
                "het sbo komt de eerste maand een keer per week kijken.")]
    B += [("h", "7 Ouders"),
          ("p", "Ouders zijn onze partners. Wij betrekken ouders vanaf de eerste signalering. Ouders worden "
                "uitgenodigd voor een gesprek na elke groepsbespreking waarin hun kind besproken is en tekenen "
                "voor akkoord bij een OPP. Informatie over de ondersteuning staat in onze schoolgids en op de "
                "website. Ouders met vragen kunnen terecht bij de leerkracht, de intern begeleider of de "
                "directeur. Voor onafhankelijk advies verwijzen we naar het ouder- en jeugdsteunpunt van het "
                "samenwerkingsverband.")]
    B += [("h", "8 Middelen en formatie"),
          ("p", "De school ontvangt van het bestuur een deel van het budget voor lichte ondersteuning van het "
                "samenwerkingsverband: voor 2025-2026 € 21.600. Daarvan bekostigen we 0,2 fte remedial teaching "
                "en de plusgroep. De intern begeleider is aangesteld voor 0,4 fte uit de lumpsum. Het "
                "ouderbijdragebudget wordt niet voor ondersteuning gebruikt.")]
    B += [("h", "9 Resultaten en evaluatie"),
          ("p", "We evalueren de ondersteuning twee keer per jaar in het team, aan de hand van de toetsresultaten "
                "en de handelingsplannen. In juni 2025 haalde 94 procent van onze leerlingen in groep 8 ten "
                "minste het fundamentele niveau 1F voor lezen en rekenen. Ons doel is dat in 2026 ook de "
                "leerlingen met een eigen leerlijn hun OPP-doelen voor ten minste 80 procent halen.")]
    B += [("h", "10 Jaarplanning zorg"),
          ("table", [["Maand", "Activiteit"],
                     ["September", "Startgesprekken met ouders; overdracht groepen"],
                     ["Oktober", "Groepsbesprekingen; ondersteuningsteam"],
                     ["Januari-februari", "Midden-toetsen; groepsbesprekingen; OPP-evaluaties"],
                     ["Mei-juni", "Eind-toetsen; groepsbesprekingen; overdracht naar volgend schooljaar"],
                     ["Juli", "Evaluatie ondersteuningsplan en bijstelling door de intern begeleider"]]),
          ("p", "Vragen over dit plan kunnen gesteld worden aan de intern begeleider, mevrouw A. Bakker.")]
    return B


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(crit, advisory):
    out = {}
    for el in ELEMENTS:
        vals = [crit[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_crit, advisory, notes):
    crit = {c: (c not in false_crit) for c in CORE}
    for c in false_crit:
        assert c in CORE, c
    st = status_from(crit, advisory)
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + sector, "looks_like_plan: true",
             "elements: {" + ", ".join("%s: %s" % (e, st[e]) for e in ELEMENTS) + "}", "criteria:"]
    lines += ["  %s: %s" % (c, "true" if crit[c] else "false") for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append("  %s: %s" % (el, q(notes[el])))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return st


def write_nonplan_label(name, documents, sector, note):
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + sector, "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", "  document: " + q(note)]
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    # Plan 1
    b = plan_hunzedal()
    render_docx(b, OUT / "po-hunzedal-2025.docx", heading="bold",
                header_text="Ondersteuningsplan Hunzedal 2025-2029 | basisondersteuning - toelaatbaarheid - "
                            "terugplaatsing - financiën - dekkend aanbod - ouders",
                footer_text="SWV PO 20-17 Hunzedal")
    st = write_label("po-hunzedal-2025", ["po-hunzedal-2025.docx"], "po",
                     ["plaatsing.criteria", "financien.besteding", "dekkend-aanbod.continuum",
                      "dekkend-aanbod.lacunes"],
                     {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                      "terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"],
                      "ouders": ["betrokkenheid"]},
                     {"basisondersteuning": "ch. 4: same minimum for all 34 schools (niveau) plus bullet list of "
                                            "concrete provisions (inhoud); kwaliteitskaart visits + verbeterplan (borging)",
                      "plaatsing": "ch. 6: 4-step procedure via Loket, deskundigen, Commissie Toelaatbaarheid, 6 weeks, "
                                   "duration, category, LBT; criteria explicitly not fixed ('weegt iedere aanvraag', "
                                   "toetsingskaders follow with jaarplan 2026-2027)",
                      "terugstroom": "hidden in ch. 6 'Na afloop van de TLV': policy (thuisnabij, conditions, "
                                     "terugkeerarrangement EUR 2.500) and procedure (evaluation before 1 Feb, "
                                     "commission decides before 1 April); figures 2023-2024",
                      "financien": "ch. 7: verdeelmodel (92%, EUR 148 per leerling, vaste voet EUR 6.000) but the "
                                   "begroting/meerjarenraming is deferred to December 2025 and the website; only a "
                                   "reserve figure",
                      "dekkend-aanbod": "ch. 5 is a placeholder deferring the whole content to a 2026 amendment; TOC "
                                        "title, glossary and passing 'thuiszitters' in voorwoord/OOGO only",
                      "resultaten": "ch. 8: target table with streefwaarden 2029, achieved figures previous period, "
                                    "twice-yearly measurement and jaarverslag reporting",
                      "ouders": "ch. 9 'Communicatie': ouderpagina, folder, schoolgids, informatieavonden; "
                                "independent Ouder- en Jeugdsteunpunt Hunzedal, Onderwijsconsulenten, klachtencommissie"})
    report.append(("po-hunzedal-2025.docx", words(b), st))

    # Plan 2
    b = plan_kleine_dommel()
    render_docx(b, OUT / "po-kleine-dommel-2025.docx", heading="caps",
                header_text="Kleine Dommel | Ondersteuningsplan 2025-2029",
                footer_text="Toewijzing - terugplaatsing - bekostiging - ouders")
    st = write_label("po-kleine-dommel-2025", ["po-kleine-dommel-2025.docx"], "po",
                     ["basisondersteuning.inhoud", "dekkend-aanbod.lacunes", "resultaten.monitoring",
                      "ouders.steunpunt"],
                     {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                      "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                      "ouders": ["betrokkenheid"]},
                     {"basisondersteuning": "ch. 3: same ondergrens for all 17 schools (niveau), but the concrete "
                                            "provisions are left to each SOP and a kwaliteitskaart still to be made in "
                                            "2025-2026",
                      "plaatsing": "combined ch. 4 'Toewijzing, terugplaatsing en bekostiging': procedure (Commissie "
                                   "Toewijzing, two deskundigen, 4 weeks) and criteria (a)-(c) for sbo plus so "
                                   "criteria, bekostigingscategorie, duration",
                      "terugstroom": "combined ch. 4 'Terugplaatsing': policy (uitgangspunt, overgangsarrangement) and "
                                     "procedure (initiative 12 months before end, advice before 1 March, decision "
                                     "before 15 April)",
                      "financien": "combined ch. 4 'Bekostiging': schoolmodel EUR 165 per leerling + vaste voet and "
                                   "meerjarenbegroting table 2025-2028",
                      "dekkend-aanbod": "ch. 3: continuum of arrangementen and voorzieningen is listed; gap analysis "
                                        "postponed to 2027, thuiszitters only mentioned as OOGO topic",
                      "resultaten": "ch. 5 'Kwaliteit en opbrengsten': four beoogde resultaten with targets; how they are "
                                    "measured and reported deferred to a kwaliteitskader in 2025-2026",
                      "ouders": "parent information hidden in ch. 7 under 'Website en nieuwsbrief'; only school IB'er/"
                                "directeur for questions, OJSP deferred ('zodra de wet daartoe verplicht')"})
    report.append(("po-kleine-dommel-2025.docx", words(b), st))

    # Plan 3
    b = plan_land_van_zuilen()
    docx_to_pdf(b, OUT / "po-land-van-zuilen-2025.pdf", heading="boldcaps",
                header_text="Ondersteuningsplan 2025-2029 | basisondersteuning, toelaatbaarheid, resultaten, ouders",
                footer_text="SWV PPO Land van Zuilen")
    st = write_label("po-land-van-zuilen-2025", ["po-land-van-zuilen-2025.pdf"], "po",
                     ["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                      "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
                      "ouders.informatie", "ouders.steunpunt"],
                     {"financien": ["reserves"]},
                     {"basisondersteuning": "ch. 4: minimum standard for all 22 vestigingen in prose; the concrete "
                                            "content is only in the domain table",
                      "plaatsing": "ch. 5 only refers to 'Protocol Toelaatbaarheid en Terugplaatsing (bijlage 3)', an "
                                   "annex not part of the document; TLV only in passing, TOC and begrippenlijst",
                      "terugstroom": "ch. 5 'Leerlingstromen': policy with conditions and support after return "
                                     "(6 months AB, EUR 3.000); steps/initiative/evaluation moments referred to bijlage 3",
                      "financien": "ch. 7 'Geld en middelen': 85% to besturen, EUR 121 per leerling + EUR 5.000 vaste "
                                   "voet, decided each November; budget table 2025-2028; reserve 14%",
                      "dekkend-aanbod": "ch. 6: thuiszitters 4-step approach, zorgplicht, witte-vlekken inventory with "
                                        "actions; the continuum itself is deferred to 2026 and the website",
                      "resultaten": "nothing: ch. 3 defers beoogde resultaten/indicatoren to the first jaarplan; "
                                    "'resultaatgericht' and school leerresultaten are near-misses; bijlage 6 absent",
                      "ouders": "nothing: only 'ouderfolder (bijlage 5)' in ch. 10 and TOC (annex absent), glossary "
                                "entries for Onderwijsconsulenten/OJSP, running header"})
    report.append(("po-land-van-zuilen-2025.pdf", words(b), st))

    # Plan 4
    b = plan_maas_en_heide()
    docx_to_pdf(b, OUT / "vo-maas-en-heide-2025.pdf", heading="bold",
                header_text="SWV VO Maas en Heide - Ondersteuningsplan 2025-2029",
                footer_text="basisondersteuning | vso | lwoo | pro | financiën | ouders")
    st = write_label("vo-maas-en-heide-2025", ["vo-maas-en-heide-2025.pdf"], "vo",
                     ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                      "terugstroom.beleid", "financien.verdeling", "financien.besteding", "resultaten.doelen"],
                     {"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
                      "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                     {"basisondersteuning": "nothing: ch. 3 says the 2019 agreements will be revised and refers to "
                                            "schoolgidsen; the only concrete description is in the begrippenlijst",
                      "plaatsing": "ch. 5: criteria for vso (cluster 3/4), pro and lwoo (national) and TLV duration; "
                                   "application procedure, commission and termijnen deferred to Handleiding Loket 2026",
                      "terugstroom": "ch. 5 'Einde van een TLV': procedure (evaluation before 1 March, vso-school "
                                     "initiates, directeur decides within 4 weeks); no policy aims/conditions/support "
                                     "(only in glossary)",
                      "financien": "nothing: ch. 9 'Geld en middelen' refers to a separate Kadernota Financien and "
                                   "meerjarenbegroting not included; glossary entry only",
                      "dekkend-aanbod": "ch. 4 continuum (arrangementen, OPDC, rebound, ISK, OZA, pro, vso) and ch. 6 "
                                        "thuiszitters approach, wachtlijst analysis, new havo-stroom, zorgplicht",
                      "resultaten": "ch. 8: kwaliteitsmonitor, reporting and achieved figures table; ch. 3 defers "
                                    "concrete goals/streefwaarden until after the 2025 nulmeting",
                      "ouders": "ch. 7 'Samen met ouders en leerlingen': website page, brochure in 4 languages, "
                                "informatieavond; independent OJSP, Onderwijsconsulenten, Geschillencommissie"})
    report.append(("vo-maas-en-heide-2025.pdf", words(b), st))

    # Plan 5
    b = plan_waddenkust()
    render_txt(b, OUT / "po-waddenkust-2025.txt")
    st = write_label("po-waddenkust-2025", ["po-waddenkust-2025.txt"], "po",
                     ["terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "ouders.informatie"],
                     {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                      "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                      "ouders": ["betrokkenheid"]},
                     {"basisondersteuning": "section 5 'Wat elk kind op elke school mag verwachten': gemeenschappelijke "
                                            "ondergrens for every location plus concrete list",
                      "plaatsing": "section 7 'De overstap naar sbo of so': Commissie Plaatsing procedure, two experts, "
                                   "6 weeks, bezwaar; criteria under 'Wanneer zegt het verband ja?'",
                      "terugstroom": "nothing on return from sbo/so: only terugblik, teruglopend leerlingaantal, "
                                     "terugkoppeling, Wadklas pupils back to own group (not s(b)o), thuiszitters back to "
                                     "school; terugplaatsing described only in the woordenlijst",
                      "financien": "section 10 'Begroting': multi-year table with amounts (besteding) and reserves; "
                                   "verdeelmodel 'wordt herzien' and refers to previous plan period; glossary only",
                      "dekkend-aanbod": "section 6: four treden continuum and gap analysis twice a year, "
                                        "thuiszitterstafel, new Wadklas Uithuizen",
                      "resultaten": "section 8: target table 2024/2029 and quarterly dashboard, jaarverslag",
                      "ouders": "section 9: independent Ouder- en Jeugdsteunpunt Noordkust, Onderwijsconsulenten, "
                                "klachtenregeling; how parents are informed is deferred to a 2026 communicatieplan"})
    report.append(("po-waddenkust-2025.txt", words(b), st))

    # Near-miss
    b = nearmiss_wegwijzer()
    render_html(b, OUT / "school-op-wegwijzer-2025.html", "Ondersteuningsplan 2025-2026 CBS De Wegwijzer")
    write_nonplan_label("school-op-wegwijzer-2025", ["school-op-wegwijzer-2025.html"], "po",
                        "School-level internal ondersteuningsplan of one basisschool (zorgniveaus, "
                        "groepsbesprekingen, MR consent); it refers to the samenwerkingsverband's plan as its "
                        "framework and is not an ondersteuningsplan of a samenwerkingsverband")
    report.append(("school-op-wegwijzer-2025.html", words(b), {}))

    for name, n, st in report:
        print("%-32s %5d words  %s" % (name, n, " ".join("%s=%s" % (k, v[:4]) for k, v in st.items())))


if __name__ == "__main__":
    main()
