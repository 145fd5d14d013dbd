#!/usr/bin/env python3
"""Generate the holdout239 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus their .expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[cells], ...])  first row is header;  ("toc", None) inserts generated TOC;
#   ("pb", None) page break
# ---------------------------------------------------------------------------------------------


def toc_lines(blocks):
    lines = []
    for kind, val in blocks:
        if kind == "h1":
            lines.append(val)
        elif kind == "h2":
            lines.append("    " + val)
    return lines


def write_docx(blocks, path, header_text, font="Calibri", color=(0x1F, 0x4E, 0x79)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.color.rgb = RGBColor(*color)
        doc.styles[name].font.name = font
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | concept voor OPR en OOGO"
    for kind, val in blocks:
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.runs[0].italic = True
        elif kind == "h1":
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
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in toc_lines(blocks):
                doc.add_paragraph(line)
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:52em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
           "</style>", "</head>", "<body>",
           '<header><nav><a href="/">Home</a><a href="/over-ons">Over ons</a>'
           '<a href="/ouders">Ouders</a><a href="/scholen">Scholen</a><a href="/tlv">TLV aanvragen</a>'
           '<a href="/documenten">Documenten</a><a href="/contact">Contact</a></nav></header>',
           "<main>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(val)}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Op deze pagina</h2><ul>'
                       + "".join(f"<li>{e(l.strip())}</li>" for l in toc_lines(blocks)) + "</ul></nav>")
    out += ["</main>",
            "<footer><p>Samenwerkingsverband Passend Primair Onderwijs Waardenland | PO 28-16 | "
            "Ouders | Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financi\u00ebn | "
            "Privacyverklaring | Cookies</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout239_soffice_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title", "sub"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------------------------------------
# shared filler (checked not to address any core criterion; flags switch off risky bits)
# ---------------------------------------------------------------------------------------------


def f_voorwoord(v):
    return [
        ("h1", v["n"] + "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['period']} van {v['name']}. Het is het derde plan "
              f"sinds de invoering van passend onderwijs in 2014 en het eerste plan dat tot stand is gekomen "
              f"na de Verbeteraanpak passend onderwijs. Dit plan is geschreven in een periode waarin veel "
              f"in beweging is: het lerarentekort raakt onze scholen hard, de vraag naar jeugdhulp blijft "
              f"groeien en de landelijke politiek werkt aan een norm voor de basisondersteuning en aan een "
              f"sterkere positie van ouders en leerlingen."),
        ("p", f"Wij hebben dit plan niet achter een bureau geschreven. In het afgelopen jaar spraken we met "
              f"directeuren, intern begeleiders en ondersteuningscoördinatoren, met leerkrachten, met de "
              f"leden van de ondersteuningsplanraad, met wethouders en beleidsmedewerkers van "
              f"{v['gemeenten']}, en met ouders en leerlingen tijdens een reeks gesprekstafels. Hun "
              f"opbrengsten vindt u terug in de keuzes die we maken. Soms zijn die keuzes ingrijpend, soms "
              f"bouwen we rustig voort op wat er al staat."),
        ("p", "Een ondersteuningsplan is geen document dat in een la verdwijnt. Het is ons kompas voor de "
              "komende vier jaar, en tegelijk een afsprakenset waar scholen, ouders en partners ons op "
              "mogen aanspreken. Waar we nog niet alles weten, zeggen we dat eerlijk. Waar we keuzes "
              "maken, leggen we uit waarom."),
        ("p", "Ik dank iedereen die heeft meegedacht, meegeschreven en kritisch heeft meegelezen. In het "
              "bijzonder dank ik de leden van de ondersteuningsplanraad voor hun scherpe vragen en de "
              "directeuren van de scholen voor hun betrokkenheid bij de werkgroepen."),
        ("p", f"{v['director']}, directeur-bestuurder\n{v['city']}, {v['vdate']}"),
    ]


def f_context(v, with_rates=True):
    b = [
        ("h1", v["n"] + "Ons samenwerkingsverband"),
        ("p", f"{v['name']} (registratienummer {v['code']}) is een stichting waarin {v['n_besturen']} "
              f"schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {v['gemeenten']}. Binnen dat "
              f"gebied liggen {v['n_scholen']} scholen{v['schooltypes']}. In totaal gaan ongeveer "
              f"{v['n_lln']} leerlingen in ons werkgebied naar school."),
        ("p", "Het gebied kent grote verschillen. In de kernen aan de rand van de regio daalt het aantal "
              "leerlingen al jaren, terwijl in de grotere plaatsen nieuwbouwwijken juist voor groei zorgen. "
              "Dat heeft gevolgen voor de spreiding van voorzieningen, voor het leerlingenvervoer en voor de "
              "vraag welke scholen over vijf jaar nog levensvatbaar zijn. Besturen maken daar afspraken over "
              "in het kader van de regionale huisvestingsplanning; het samenwerkingsverband is daarbij "
              "gesprekspartner, geen beslisser."),
        ("p", "Daarnaast zien we dat de samenstelling van de leerlingpopulatie verandert. Het aandeel "
              "leerlingen dat thuis een andere taal spreekt neemt toe, net als het aantal gezinnen dat "
              "te maken heeft met armoede of schulden. Schoolleiders geven aan dat de problematiek in de "
              "klas complexer wordt en dat zij vaker te maken hebben met kinderen en jongeren bij wie "
              "onderwijs en zorg niet los van elkaar te zien zijn."),
    ]
    if with_rates:
        b.append(("table", v["kengetallen"]))
        b.append(("p", "Bron: DUO, teldatum 1 oktober 2024; bewerking samenwerkingsverband. De cijfers zijn "
                       "bedoeld als achtergrond bij dit plan."))
    return b


def f_visie(v):
    return [
        ("h1", v["n"] + "Missie en visie"),
        ("p", f"Onze missie is kort: {v['missie']} Daar staan we voor, met alle besturen samen. Die missie "
              "is niet nieuw, maar we hebben haar in de gesprekstafels opnieuw getoetst. De uitkomst was "
              "helder: de woorden kloppen nog, de uitvoering kan beter."),
        ("p", "Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning hoort zo dicht "
              "mogelijk bij de leerling en de groep georganiseerd te worden, door de mensen die de leerling "
              "kennen. De tweede is vakmanschap: leraren en begeleiders moeten de ruimte, de tijd en de "
              "kennis hebben om goed onderwijs te geven aan een diverse groep. De derde is samenwerking: "
              "geen school, bestuur of gemeente kan dit alleen. De vierde is vertrouwen: we werken vanuit "
              "de bedoeling en beperken de regels tot wat echt nodig is."),
        ("p", "Die pijlers klinken vanzelfsprekend, maar ze vragen keuzes. Nabijheid betekent dat we "
              "middelen en expertise liever in de school brengen dan leerlingen naar de middelen te "
              "sturen. Vakmanschap betekent dat we investeren in professionalisering, ook als dat op korte "
              "termijn minder zichtbaar is. Samenwerking betekent dat we de grens tussen onderwijs en zorg "
              "niet als muur zien maar als gedeelde verantwoordelijkheid. Vertrouwen betekent dat we "
              "verantwoording vragen die in verhouding staat tot het doel."),
        ("p", "Wij kijken daarbij nadrukkelijk naar wat een leerling nodig heeft en niet naar wat een "
              "leerling mankeert. Het woord 'zorgleerling' gebruiken we daarom niet meer. We spreken over "
              "leerlingen met een ondersteuningsbehoefte, en we realiseren ons dat die behoefte soms "
              "tijdelijk is en soms blijvend."),
    ]


def f_governance(v, opr_parents=True):
    b = [
        ("h1", v["n"] + "Bestuur, toezicht en medezeggenschap"),
        ("p", f"Het samenwerkingsverband is een stichting. Het bestuur is in handen van een "
              f"directeur-bestuurder; het intern toezicht ligt bij een raad van toezicht van vijf leden, "
              f"waarvan twee onafhankelijk. De schoolbesturen vormen samen het {v['overleg']}, dat "
              f"adviseert over de hoofdlijnen van beleid en begroting. De taken en bevoegdheden zijn "
              f"vastgelegd in de statuten, het bestuursreglement en het toezichtskader. De statuten bevatten "
              f"een regeling voor geschillen tussen de aangesloten besturen."),
        ("p", "De raad van toezicht vergadert vijf keer per jaar en keurt onder meer het ondersteuningsplan, "
              "de begroting en het jaarverslag goed. De raad hanteert de Code Goed Bestuur en evalueert "
              "jaarlijks zijn eigen functioneren. De directeur-bestuurder legt verantwoording af over de "
              "uitvoering van dit plan in het bestuursverslag."),
        ("h2", v["n2"] + "Ondersteuningsplanraad"),
    ]
    if opr_parents:
        b.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
                       f"bestaat uit {v['opr_size']} leden: de helft ouders{v['opr_lln']}, de helft personeelsleden "
                       f"van de aangesloten scholen. Ouders in de OPR brengen het perspectief van gezinnen in "
                       f"bij alle grote besluiten van het samenwerkingsverband. De OPR heeft op {v['opr_date']} "
                       f"ingestemd met dit plan."))
    else:
        b.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                       f"wijzigingen daarvan. De OPR heeft op {v['opr_date']} ingestemd met dit plan. Het "
                       f"reglement en de jaarplanning van de OPR zijn op de website gepubliceerd."))
    b += [
        ("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel "
              "van het bureau. Die raad adviseert over onder meer het formatieplan en het "
              "werkverdelingsbeleid van het bureau."),
        ("h2", v["n2"] + "Totstandkoming en vaststelling"),
        ("p", f"Het concept van dit plan is op {v['oogo_date']} besproken in het op overeenstemming gericht "
              f"overleg (OOGO) met de colleges van {v['gemeenten']}. {v['overleg_ander']} Het bestuur heeft "
              f"het plan op {v['vast_date']} vastgesteld, na instemming van de OPR. Het plan is voor "
              f"1 mei 2025 aan de Inspectie van het Onderwijs toegezonden."),
    ]
    return b


def f_personeel(v, deskundigen_ok=True):
    extra = (" De orthopedagogen en psychologen van het bureau stellen onder meer de deskundigenadviezen "
             "op en begeleiden de ondersteuningsteams." if deskundigen_ok else
             " De adviseurs van het bureau ondersteunen scholen bij vragen over groepsdynamiek, "
             "gedrag en leerproblemen.")
    return [
        ("h1", v["n"] + "Personeel en organisatie"),
        ("p", f"Het bureau van het samenwerkingsverband telt {v['fte']} fte, verdeeld over een "
              f"directeur-bestuurder, beleidsmedewerkers, een controller, een secretariaat en een team van "
              f"adviseurs.{extra} Het bureau is gevestigd in {v['city']}."),
        ("p", "Ook het samenwerkingsverband merkt het tekort aan onderwijspersoneel en aan "
              "gedragswetenschappers. We investeren daarom in het opleiden van eigen mensen, werken met "
              "traineeplaatsen voor startende orthopedagogen en bieden stageplaatsen aan studenten van de "
              "pabo en de lerarenopleiding. Samen met de besturen voeren we een regionaal arbeidsmarktbeleid, "
              "waarin ook aandacht is voor zij-instromers en onderwijsassistenten."),
        ("p", "Effecten van dit plan op het personeel van de scholen bespreken de besturen met hun eigen "
              "(gemeenschappelijke) medezeggenschapsraden. Het samenwerkingsverband levert daarvoor de "
              "benodigde informatie aan. Professionalisering van leraren, intern begeleiders en "
              "ondersteuningscoördinatoren organiseren we via de academie van het samenwerkingsverband, "
              "met een jaarlijks aanbod van netwerkbijeenkomsten, trainingen en intervisie."),
    ]


def f_privacy(v):
    return [
        ("h1", v["n"] + "Privacy, ICT en informatievoorziening"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder soms "
              "gezondheidsgegevens. Dat doen we alleen voor zover dat nodig is voor onze wettelijke taken. "
              "We hebben een functionaris gegevensbescherming aangesteld, voeren een verwerkingsregister en "
              "hebben een privacyreglement dat jaarlijks wordt geactualiseerd."),
        ("p", f"Dossiers worden digitaal uitgewisseld via {v['ict']}. Scholen hebben alleen toegang tot de "
              "dossiers van hun eigen leerlingen. Het bureau werkt met tweestapsverificatie, versleutelde "
              "opslag en een vast protocol voor het melden van datalekken. Bewaartermijnen zijn vastgelegd "
              "in het privacyreglement."),
        ("p", "In de planperiode vervangen we de huidige registratieomgeving door een systeem dat beter "
              "aansluit op de leerlingadministratie van de scholen. Doel is dat scholen minder dubbel hoeven "
              "te registreren en dat het bureau betrouwbaarder stuurinformatie krijgt."),
    ]


def f_planning(v, rows):
    return [
        ("h1", v["n"] + "Planning van de planperiode"),
        ("p", "Onderstaand overzicht geeft de belangrijkste mijlpalen van de planperiode. Het is een "
              "hulpmiddel voor de jaarplannen; de jaarplannen zelf worden elk jaar door het bestuur "
              "vastgesteld en met de OPR besproken."),
        ("table", [["Schooljaar", "Mijlpalen"]] + rows),
        ("p", "Halverwege de planperiode evalueren we met de besturen, de OPR en de gemeenten of de koers "
              "van dit plan nog klopt. Als dat nodig is, passen we het plan aan; wijzigingen leggen we "
              "opnieuw ter instemming aan de OPR voor."),
    ]


def f_extra(v, sector):
    overstap = ("De overstap van de basisschool naar het voortgezet onderwijs verdient aandacht. Samen met het "
                "samenwerkingsverband VO maken we afspraken over de warme overdracht: de basisschool stelt het "
                "onderwijskundig rapport op, bespreekt het met ouders en draagt het voor 1 april over aan de "
                "vo-school. Voor kinderen die meer nodig hebben volgt een persoonlijk overdrachtsgesprek tussen "
                "de intern begeleider en de mentor of ondersteuningscoördinator."
                if sector == "po" else
                "De overstap van het vo naar het mbo verdient aandacht. Samen met de regionale mbo-instellingen "
                "organiseren we een warme overdracht voor jongeren die extra begeleiding nodig hebben: de "
                "mentor en de loopbaanbegeleider van de mbo-opleiding voeren voor de zomer een "
                "overdrachtsgesprek, en in het eerste mbo-jaar is er een vast aanspreekpunt. Daarnaast "
                "werken we met het regionaal meld- en coördinatiepunt aan het voorkomen van voortijdig "
                "schoolverlaten.")
    return [
        ("h1", v["n"] + "Kennisdeling en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen in de school. De academie van het "
              "samenwerkingsverband organiseert jaarlijks een programma met netwerkbijeenkomsten voor intern "
              "begeleiders en ondersteuningscoördinatoren, leergemeenschappen over gedrag, taal en "
              "hoogbegaafdheid, en trainingen voor leraren en onderwijsassistenten. Het programma wordt elk "
              "voorjaar samengesteld op basis van de vragen die scholen aandragen en de thema's die de "
              "adviseurs in de scholen tegenkomen."),
        ("p", "Daarnaast stimuleren we dat scholen van elkaar leren. Scholen met een bijzondere expertise, "
              "bijvoorbeeld op het gebied van autisme, meertaligheid of traumasensitief lesgeven, stellen hun "
              "kennis beschikbaar via collegiale consultatie en open lessen. Het samenwerkingsverband vergoedt "
              "de vervangingskosten. Eens per jaar organiseren we een regionale conferentie waarin leraren, "
              "schoolleiders en partners inspiratie opdoen en praktijkvoorbeelden uitwisselen."),
        ("p", "Voor nieuwe intern begeleiders en ondersteuningscoördinatoren is er een inwerkprogramma van "
              "een jaar, met een vast maatje uit een andere school. Zo bouwen we aan een regionaal netwerk "
              "van professionals die elkaar weten te vinden."),
        ("h1", v["n"] + "Doorgaande lijnen"),
        ("p", overstap),
        ("p", "Ook binnen de eigen sector zijn overgangen kwetsbaar: bij een verhuizing, bij een wisseling "
              "van school na een conflict of na een lange periode van ziekte. Scholen dragen in die gevallen "
              "het dossier over binnen de wettelijke termijnen en nemen contact op met de ontvangende school."),
        ("h1", v["n"] + "Communicatie met scholen en partners"),
        ("p", "Het samenwerkingsverband communiceert met de scholen via een maandelijkse nieuwsbrief voor "
              "directeuren en intern begeleiders of ondersteuningscoördinatoren, een besloten deel van de "
              "website met formulieren en handreikingen, en vaste contactpersonen per school. Besturen worden "
              "geïnformeerd via het bestuurlijk overleg en een kwartaalbericht van de directeur-bestuurder."),
        ("p", "Met onze vaste partners delen we een jaarkalender van overleggen. Nieuwe medewerkers van "
              "scholen en partners ontvangen een digitale welkomstmap met de belangrijkste afspraken in de "
              "regio. We meten eens in de twee jaar hoe scholen de dienstverlening van het bureau ervaren en "
              "gebruiken de uitkomsten om onze werkwijze te verbeteren."),
    ]


def f_ontwikkelingen(v):
    return [
        ("h1", v["n"] + "Landelijke ontwikkelingen"),
        ("p", "Dit plan is geschreven in een tijd van veel landelijke veranderingen. Na de evaluatie van passend "
              "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met vijfentwintig maatregelen. "
              "Een deel daarvan raakt ons direct: de afbouw van bovenmatige reserves, de wens om meer "
              "duidelijkheid te geven over wat scholen minimaal bieden, en de ambitie om het onderwijs op termijn "
              "inclusiever te maken. Het ministerie werkt aan een landelijke norm; wanneer die van kracht wordt "
              "en wat die precies inhoudt, is bij het schrijven van dit plan nog niet bekend."),
        ("p", "Daarnaast is de wet- en regelgeving rond de positie van ouders en leerlingen in beweging, en wordt "
              "de bekostiging van het onderwijs vereenvoudigd. Die vereenvoudiging heeft gevolgen voor de "
              "teldata en voor de manier waarop afdrachten worden berekend. We volgen deze ontwikkelingen op de "
              "voet via de sectorraden en de landelijke netwerken van samenwerkingsverbanden, en we informeren "
              "besturen en OPR als wijzigingen van het plan nodig zijn."),
        ("p", "Ten slotte verandert het toezicht. De Inspectie van het Onderwijs bezoekt ieder "
              "samenwerkingsverband ten minste eens in de vier jaar en spreekt dan ook met de OPR. Het laatste "
              "bezoek aan ons samenwerkingsverband vond plaats in het najaar van 2023; het rapport is op de "
              "website van de Inspectie gepubliceerd."),
    ]


def glossary(title, entries):
    b = [("h1", title)]
    b.append(("table", [["Begrip", "Omschrijving"]] + entries))
    return b


GLOSS_COMMON = [
    ["AB", "Algemeen bestuur / ambulante begeleiding (afhankelijk van context)"],
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende plek is."],
    ["IB / IB'er", "Intern begeleider"],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
    ["OOGO", "Op overeenstemming gericht overleg met gemeenten"],
    ["OPP", "Ontwikkelingsperspectiefplan"],
    ["OPR", "Ondersteuningsplanraad"],
    ["SOP", "Schoolondersteuningsprofiel"],
    ["Terugplaatsing", "Overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring"],
]


# ---------------------------------------------------------------------------------------------
# Plan 1: PO Lingeland (docx)
# ---------------------------------------------------------------------------------------------

def plan1():
    v = dict(name="Samenwerkingsverband Passend Primair Onderwijs Lingeland", code="PO 26-07",
             period="2025-2029", director="drs. M.J. (Marieke) van Arkel", city="Geldermalsen-Oost",
             vdate="juni 2025", gemeenten="Lingehoeve, Neder-Waal, Tielerwaard en Buren-Zuid",
             n_besturen=9, n_scholen=41, n_lln="11.400",
             schooltypes=": 37 basisscholen, twee scholen voor speciaal basisonderwijs en twee so-locaties",
             missie="ieder kind in Lingeland leert en groeit op een school die bij hem of haar past, zo "
                    "dicht mogelijk bij huis.",
             overleg="bestuurlijk overleg", opr_size=12, opr_lln="", opr_date="3 april 2025",
             oogo_date="12 maart 2025", vast_date="17 april 2025",
             overleg_ander="Met het samenwerkingsverband VO Rivierenland is op 20 maart 2025 overleg gevoerd.",
             fte="14,6", ict="het digitale dossiersysteem Kindkans",
             kengetallen=[["Kengetal", "2022", "2023", "2024"],
                          ["Leerlingen basisonderwijs", "11.020", "10.960", "10.870"],
                          ["Leerlingen sbo", "265", "271", "284"],
                          ["Leerlingen so (cluster 3 en 4)", "188", "193", "201"]])
    n = iter(range(1, 40))

    def H(t):
        return ("h1", f"{next(n)}. {t}")
    v["n"] = ""
    v["n2"] = ""
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Lingeland (PO 26-07) - 'Samen sterk voor elk kind'"),
         ("p", "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Dekkend aanbod - Ouders - Financiën - Resultaten"),
         ("toc", None), ("pb", None)]
    sec = []
    vw = f_voorwoord(v); vw[0] = H("Voorwoord"); sec += vw
    sec += [H("Samenvatting"),
            ("p", "Dit plan beschrijft hoe de negen besturen in Lingeland samen zorgen voor passend onderwijs. "
                  "Het bouwt voort op het plan 2021-2025 en kiest drie accenten: een stevige, overal gelijke "
                  "basis in de school; snellere en lichtere routes naar extra ondersteuning; en geen enkel kind "
                  "langer dan nodig zonder onderwijs. In de hoofdstukken hierna werken we deze accenten uit. "
                  "Hoofdstuk 5 tot en met 8 beschrijven het ondersteuningsaanbod en de toewijzing; hoofdstuk 9 "
                  "gaat over ouders en communicatie; hoofdstuk 10 en 11 over ambities en geld.")]
    c = f_context(v); c[0] = H("Ons samenwerkingsverband"); sec += c
    vi = f_visie(v); vi[0] = H("Missie en visie"); sec += vi
    sec += [
        H("Basisondersteuning: de Lingelandse standaard"),
        ("p", "In Lingeland spreken we niet van 'basisondersteuning op hoofdlijnen', maar van de Lingelandse "
              "standaard. De standaard is de ondergrens: wat iedere vestiging van iedere aangesloten school, "
              "groot of klein, in de stad of in een dorpskern, ten minste waarmaakt voor elk kind, zonder dat "
              "daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het bestuurlijk overleg heeft de "
              "standaard op 14 november 2024 vastgesteld; hij geldt voor alle 41 vestigingen. Wat boven de "
              "standaard uitgaat, beschrijft een school in haar schoolgids als extra ondersteuning."),
        ("p", "De standaard bestaat uit tien onderdelen. Een ouder mag erop rekenen dat de school van zijn of "
              "haar kind elk van deze onderdelen in huis heeft:"),
        ("ul", ["Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leerkrachten "
                "begeleidt en de ondersteuning in de school coördineert.",
                "Een vaste cyclus van handelingsgericht werken: groepsbesprekingen drie keer per jaar, "
                "leerlingbesprekingen waar nodig en een groepsplan of groepsoverzicht per groep.",
                "Signalering en begeleiding van leesproblemen en dyslexie volgens het Protocol Leesproblemen en "
                "Dyslexie, inclusief de aanvraag van een dyslexieonderzoek binnen de vergoede zorg.",
                "Een aanpak voor rekenproblemen en dyscalculie met een rekenspecialist (eigen of van het bestuur).",
                "Een programma voor sociaal-emotionele ontwikkeling en een gedragsprotocol; jaarlijkse "
                "monitoring van de sociale veiligheid.",
                "Aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (compacten en verrijken) en een "
                "plusgroep op school- of bestuursniveau.",
                "Ondersteuning bij Nederlands als tweede taal voor kinderen die korter dan vier jaar in "
                "Nederland zijn, met een taalcoördinator op school.",
                "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
                "Een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die op een eigen leerlijn "
                "werkt, met doelen die twee keer per jaar worden geëvalueerd.",
                "Een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt, met de intern "
                "begeleider, een adviseur van het samenwerkingsverband en de schoolmaatschappelijk werker of "
                "jeugdprofessional van de gemeente."]),
        ("p", "Elk jaar voert een adviseur van het samenwerkingsverband met iedere school een gesprek aan de "
              "hand van de kwaliteitskaart Lingelandse standaard. Voldoet een school op een onderdeel niet, "
              "dan maakt het bestuur binnen drie maanden een verbeterplan; de voortgang komt terug in het "
              "bestuurlijk overleg."),
        H("Extra ondersteuning en arrangementen"),
        ("p", "Wanneer de standaard niet genoeg is, volgt extra ondersteuning. Die is in Lingeland opgebouwd in "
              "vier treden. Trede 1 is de basisondersteuning zelf. Op trede 2 zet de school, met het "
              "schoolbudget dat zij van het samenwerkingsverband ontvangt, een schoolarrangement in: extra "
              "handen in de groep, een gedragsspecialist, een time-in voorziening. Op trede 3 vraagt de school "
              "via het ondersteuningsteam een bovenschools arrangement aan, bijvoorbeeld plaatsing in de "
              "Taalklas Lingeland, de Plusklas, de observatiegroep 'De Wissel' of ambulante begeleiding vanuit "
              "het so. Trede 4 is het speciaal basisonderwijs en het speciaal onderwijs, waarvoor een "
              "toelaatbaarheidsverklaring nodig is."),
        ("p", "De treden zijn geen trap die een leerling moet beklimmen. Als vanaf het begin duidelijk is dat een "
              "kind meer nodig heeft, kan het ondersteuningsteam direct een arrangement op trede 3 of een "
              "TLV adviseren. Omgekeerd kan een kind met een arrangement na een jaar weer met de "
              "basisondersteuning toe. Het overzicht van alle bovenschoolse arrangementen met plaatsen, "
              "locaties en doelgroepen staat in de tabel hieronder."),
        ("table", [["Arrangement", "Doelgroep", "Plaatsen", "Locatie"],
                   ["Taalklas Lingeland", "Nieuwkomers 6-12 jaar", "32", "Lingehoeve"],
                   ["Plusklas", "Hoogbegaafde leerlingen groep 5-8", "48 (1 dag p/w)", "Neder-Waal, Buren-Zuid"],
                   ["Observatiegroep De Wissel", "Leerlingen met onduidelijke ondersteuningsvraag", "8", "sbo De Linge"],
                   ["Ambulante begeleiding so", "Leerlingen met gedrags- of ontwikkelingsvragen", "ca. 60 trajecten", "alle scholen"]]),
        H("Toelaatbaarheid tot het sbo en so"),
        ("h2", "Wie vraagt aan en hoe verloopt het?"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar "
              "de leerling staat ingeschreven, in de praktijk de directeur of intern begeleider namens het "
              "bestuur. De aanvraag loopt via het Loket Lingeland in Kindkans. De school levert een groeidocument "
              "of OPP, het verslag van het ondersteuningsteam waarin ouders aanwezig waren, en de zienswijze van "
              "de ouders. Het loket controleert binnen vijf werkdagen of het dossier compleet is."),
        ("p", "Daarna beoordelen twee deskundigen de aanvraag: een orthopedagoog-generalist of GZ-psycholoog "
              "van het samenwerkingsverband, en afhankelijk van de vraag een tweede deskundige (jeugdarts, "
              "kinderpsychiater, maatschappelijk werker of pedagoog). Zij brengen ieder een eigen, schriftelijk "
              "advies uit en zijn niet betrokken geweest bij de aanvraag. De Commissie Toelaatbaarheid neemt "
              "namens de directeur-bestuurder het besluit, binnen zes weken na ontvangst van het complete "
              "dossier. Ouders ontvangen het besluit en een kopie van beide adviezen."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende "
              "voorwaarden is voldaan: (1) de school heeft de Lingelandse standaard en ten minste een half jaar "
              "een arrangement op trede 2 of 3 ingezet en geëvalueerd; (2) de ondersteuningsbehoefte vraagt om "
              "kleinere groepen en een doorlopend specialistisch pedagogisch klimaat gedurende de hele "
              "schooldag; (3) het ondersteuningsteam en de deskundigen concluderen dat de reguliere school, ook "
              "met een arrangement, niet kan bieden wat nodig is."),
        ("p", "Voor het speciaal onderwijs (cluster 3 en 4) geldt daarnaast dat de leerling een structurele "
              "beperking of stoornis heeft die intensieve, specialistische ondersteuning vraagt op meerdere "
              "domeinen (leren, gedrag, communicatie, zelfredzaamheid of lichamelijk functioneren), die ook "
              "in het sbo niet geboden kan worden."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot en met 31 juli van het schooljaar waarin de leerling "
              "naar verwachting de basisschoolperiode afrondt, met een maximum van vier jaar. Een TLV voor het "
              "so wordt afgegeven voor twee schooljaren. Bij een TLV so stelt de commissie de "
              "bekostigingscategorie laag, midden of hoog vast, op basis van het advies van de tweede "
              "deskundige."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. "
              "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT) van Stichting Onderwijsgeschillen, die het bestuur adviseert."),
        ("h2", "Na afloop van de TLV"),
        ("p", "In Lingeland is een TLV een tijdelijk besluit. Ons beleid is dat iedere leerling in het sbo of so "
              "de kans krijgt terug te keren naar een basisschool zodra dat verantwoord is, en dat een "
              "terugkeer altijd gepaard gaat met ondersteuning. Voorwaarden zijn dat de leerling de "
              "ontwikkeling heeft doorgemaakt die in het OPP is beschreven, dat de ontvangende school de "
              "benodigde ondersteuning kan organiseren en dat ouders met de terugkeer instemmen. Na de "
              "overstap krijgt de ontvangende school een terugkeerarrangement: een jaar lang begeleiding door "
              "een ambulant begeleider van de sbo- of so-school en een budget van 5.000 euro."),
        ("p", "De werkwijze is als volgt. Elk jaar in februari bespreekt de commissie van begeleiding van de "
              "sbo- of so-school bij iedere leerling of terugkeer in beeld is. In het laatste jaar van de TLV is "
              "dit gesprek verplicht. Is terugkeer mogelijk, dan nodigt de sbo- of so-school ouders, de "
              "beoogde basisschool en een adviseur van het samenwerkingsverband uit voor een "
              "overstapgesprek; de basisschool neemt vervolgens binnen vier weken een besluit over "
              "inschrijving. De overstap gebeurt bij voorkeur na de zomervakantie, wanneer de TLV op 31 juli "
              "afloopt. Na zes weken en na zes maanden evalueren ouders, school en ambulant begeleider de "
              "overstap. Is verlenging van het sbo of so nodig, dan vraagt de sbo- of so-school tijdig een "
              "nieuwe TLV aan."),
        ("p", "In 2024 zijn in Lingeland 14 leerlingen vanuit het sbo en 3 leerlingen vanuit het so "
              "teruggekeerd naar een basisschool."),
        H("Dekkend aanbod en thuiszitters"),
        ("p", "Een dekkend aanbod betekent voor ons dat er voor ieder kind in Lingeland een plek is waar het "
              "onderwijs krijgt. Om te zien waar dat niet lukt, houdt het bureau een registratie bij van alle "
              "leerplichtige kinderen die geen of gedeeltelijk onderwijs volgen, samen met de "
              "leerplichtambtenaren van de vier gemeenten. Drie keer per jaar bespreekt de Tafel Dekkend "
              "Aanbod (besturen, sbo en so, leerplicht en jeugdhulp) deze registratie en de signalen uit de "
              "ondersteuningsteams: voor welke groepen kinderen ontbreekt een passend aanbod?"),
        ("p", "Wanneer een school haar zorgplicht niet rond krijgt, of wanneer een kind langer dan vier weken "
              "thuiszit, schakelt de school de adviseur van het samenwerkingsverband in. Lukt het dan niet "
              "binnen twee weken een oplossing te vinden, dan escaleert de adviseur naar de directeur-bestuurder, "
              "die de betrokken besturen bijeenroept. Hiaten die structureel blijken, leiden tot een voorstel "
              "voor een nieuw arrangement; zo ontstond in 2023 de observatiegroep De Wissel."),
        ("p", "Met de gemeenten hebben we afspraken gemaakt over onderwijs-zorgarrangementen. Voor kinderen die "
              "naast onderwijs ook jeugdhulp nodig hebben, financieren gemeente en samenwerkingsverband samen "
              "een arrangement, volgens de werkwijze die in het OOGO van 2024 is afgesproken."),
        H("Ouders en communicatie"),
        ("p", "Scholen en samenwerkingsverband hebben elk een eigen rol in de communicatie met ouders. Hoe wij die "
              "rol invullen en waar ouders met vragen of onenigheid terechtkunnen, leggen we vast in het "
              "communicatieplan 2026. Dat plan wordt na instemming van de OPR als voortgangsparagraaf aan dit "
              "ondersteuningsplan toegevoegd."),
        ("p", "Tot die tijd blijven de bestaande kanalen in gebruik. In de gesprekstafels is gebleken dat er op "
              "dit punt nog een wereld te winnen valt."),
        H("Ambities voor 2029"),
        ("p", "Wij hebben onze ambities voor de planperiode zo concreet mogelijk geformuleerd. Ze gaan over de "
              "leerlingen voor wie we dit alles doen."),
        ("table", [["Ambitie", "Streefwaarde 2029"],
                   ["Kinderen die langer dan drie maanden zonder onderwijs thuiszitten", "maximaal 3 per jaar"],
                   ["Vestigingen die volledig voldoen aan de Lingelandse standaard", "100%"],
                   ["Leerlingen met een bovenschools arrangement die na afloop in de eigen school verder kunnen", "ten minste 75%"],
                   ["Leerlingen in sbo/so die jaarlijks terugkeren naar het basisonderwijs", "ten minste 20"],
                   ["Doorlooptijd TLV-besluit na compleet dossier", "gemiddeld minder dan 4 weken"]]),
        ("p", "Hoe en wanneer we de voortgang op deze ambities meten en rapporteren, werken we uit in het "
              "kwaliteitskader dat in de loop van 2026 verschijnt."),
        H("Geld en verdeling"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ondersteuningsmiddelen van het Rijk. Het bestuurlijk "
              "overleg heeft in 2024 het volgende verdeelmodel vastgesteld. Iedere aangesloten school ontvangt "
              "een schoolbudget dat bestaat uit een vaste voet van 12.500 euro per vestiging plus 142 euro per "
              "leerling op de teldatum 1 oktober van het voorgaande jaar. Het schoolbudget wordt in vier termijnen "
              "aan het bestuur overgemaakt en is bedoeld voor schoolarrangementen op trede 2."),
        ("p", "Bovenschoolse arrangementen op trede 3 worden per toekenning bekostigd: het ondersteuningsteam "
              "stelt de omvang vast volgens de normbedragen in het arrangementenboek (bijvoorbeeld 4.200 euro "
              "per leerling per jaar voor de Plusklas). De kosten van sbo en so worden door DUO rechtstreeks op "
              "onze rijksbijdrage ingehouden. Besturen leggen in hun jaarverslag per school verantwoording af "
              "over de inzet van het schoolbudget."),
        ("p", "De meerjarenbegroting 2025-2029, met de verwachte bedragen per post, wordt na vaststelling door "
              "het bestuur in december 2025 als bijlage 3 aan dit plan toegevoegd. Het samenwerkingsverband "
              "houdt een weerstandsvermogen aan van ten hoogste 5 procent van de baten, conform de "
              "signaleringswaarde van de Inspectie."),
    ]
    g = f_governance(v, opr_parents=False); g[0] = H("Bestuur, toezicht en medezeggenschap"); sec += g
    p = f_personeel(v); p[0] = H("Personeel en organisatie"); sec += p
    pr = f_privacy(v); pr[0] = H("Privacy, ICT en informatievoorziening"); sec += pr
    pl = f_planning(v, [["2025-2026", "Invoering Lingelandse standaard; start Tafel Dekkend Aanbod nieuwe stijl"],
                        ["2026-2027", "Communicatieplan; kwaliteitskader; nieuw registratiesysteem"],
                        ["2027-2028", "Tussenevaluatie plan; herijking arrangementenboek"],
                        ["2028-2029", "Eindevaluatie; voorbereiding ondersteuningsplan 2029-2033"]])
    pl[0] = H("Planning van de planperiode"); sec += pl
    gl = glossary("Bijlage 1 Begrippenlijst", GLOSS_COMMON + [
        ["Ouderbetrokkenheid", "De actieve rol van ouders bij de ondersteuning van hun kind."],
        ["Meerjarenbegroting", "Begroting over meerdere jaren, zie bijlage 3."]])
    sec += gl
    sec += [("h1", "Bijlage 2 Samenstelling werkgroepen"),
            ("p", "Werkgroep standaard: vijf directeuren, drie intern begeleiders, twee adviseurs. Werkgroep "
                  "toewijzing: twee orthopedagogen, de voorzitter van de Commissie Toelaatbaarheid, twee "
                  "directeuren sbo. Werkgroep geld: controller en drie bestuurders.")]
    return b + sec, v


def label1():
    return dict(
        documents=["po-lingeland-ondersteuningsplan-2025-2029.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 5 'de Lingelandse standaard': minimum for all 41 vestigingen + ten concrete items; kwaliteitskaart = borging.",
               "plaatsing": "Ch. 7: procedure via Loket/Commissie Toelaatbaarheid, criteria sbo and so, two deskundigen, duur/categorie, LBT bezwaar.",
               "terugstroom": "Hidden in ch. 7 subsection 'Na afloop van de TLV': beleid (aims, conditions, terugkeerarrangement) + steps/evaluation; 2024 figures.",
               "financien": "Ch. 11 'Geld en verdeling' gives verdeelmodel (vaste voet + 142 euro p.l.); meerjarenbegroting deferred to absent bijlage 3.",
               "dekkend-aanbod": "Ch. 6 four treden + arrangement table (continuum); ch. 8 Tafel Dekkend Aanbod, thuiszitters registration, escalation (lacunes).",
               "resultaten": "Ch. 10 ambition table with streefwaarden; monitoring deferred to 'kwaliteitskader dat in de loop van 2026 verschijnt'.",
               "ouders": "Ch. 9 'Ouders en communicatie' only defers to communicatieplan 2026; OJSP only in begrippenlijst; OPR section without parent role; parent mentions in the TLV/terugkeer text (zienswijze, copy of advice, consent) belong to plaatsing/terugstroom."})


# ---------------------------------------------------------------------------------------------
# Plan 2: VO Eemvallei (docx + pdf)
# ---------------------------------------------------------------------------------------------

def plan2():
    v = dict(name="Stichting Samenwerkingsverband VO Eemvallei", code="VO 26-03", period="2025-2029",
             director="ir. J.P. (Jan-Pieter) Wolters", city="Amersfoort-Noord", vdate="mei 2025",
             gemeenten="Eemhoven, Leusderberg, Baarnveld en Soestdal", n_besturen=7, n_scholen=17,
             n_lln="19.800",
             schooltypes=" voor voortgezet onderwijs (vestigingen), waaronder twee scholen voor praktijkonderwijs "
                         "en drie vso-scholen",
             missie="iedere jongere in de Eemvallei haalt een diploma of certificaat dat past bij zijn "
                    "talenten en stroomt door naar vervolgonderwijs of werk.",
             overleg="Algemeen Bestuurlijk Overleg (ABO)", opr_size=14, opr_lln=" en leerlingen",
             opr_date="8 april 2025", oogo_date="19 februari 2025", vast_date="22 april 2025",
             overleg_ander="Het overleg met de PO-samenwerkingsverbanden Eemland en Heuvelrug-Oost vond plaats op 5 maart 2025.",
             fte="11,2", ict="het beveiligde platform Onderwijstransparant",
             kengetallen=[["Kengetal (1 oktober)", "2022", "2023", "2024"],
                          ["Leerlingen vo totaal", "19.640", "19.710", "19.800"],
                          ["Leerlingen met lwoo", "1.210", "1.188", "1.173"],
                          ["Leerlingen pro", "590", "602", "611"],
                          ["Leerlingen vso", "612", "628", "641"]])
    v["n"] = ""
    v["n2"] = ""
    cnt = [0]

    def H(t):
        cnt[0] += 1
        return ("h1", f"Hoofdstuk {cnt[0]} - {t}")
    b = [("title", "Koersplan passend onderwijs 2025-2029"),
         ("sub", "Ondersteuningsplan van Stichting Samenwerkingsverband VO Eemvallei (VO 26-03)"),
         ("toc", None), ("pb", None)]
    vw = f_voorwoord(v); vw[0] = ("h1", "Voorwoord"); b += vw
    b += [H("Inleiding en leeswijzer"),
          ("p", "Dit koersplan is het ondersteuningsplan van ons samenwerkingsverband in de zin van artikel 17a WVO "
                "(nu artikel 2.47 en verder van de WVO 2020). Elk inhoudelijk hoofdstuk is opgebouwd uit drie "
                "vragen: Waar staan we? Wat willen we bereiken? Wat doen we daarvoor? Zo willen we het plan "
                "leesbaar houden voor iedereen: docenten, mentoren, ondersteuningscoördinatoren, ouders, "
                "leerlingen en partners. Het plan is opgesteld voor de periode 1 augustus 2025 tot en met "
                "31 juli 2029."),
          ("p", "Waar we in dit plan 'ouders' schrijven, bedoelen we ook verzorgers. Waar we 'school' schrijven, "
                "bedoelen we de vestiging waar de leerling staat ingeschreven.")]
    c = f_context(v); c[0] = H("Regio en kengetallen"); b += c
    vi = f_visie(v); vi[0] = H("Missie, visie en koers"); b += vi
    b += [
        H("Ondersteuning op de vo-scholen"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "Waar staan we? Basisondersteuning is in de Eemvallei het afgesproken minimum aan ondersteuning dat "
              "iedere vestiging van iedere aangesloten school biedt, ongeacht schoolsoort of bestuur. De besturen "
              "hebben dat minimumniveau in 2023 bestuurlijk vastgelegd en in 2025 bevestigd voor deze "
              "planperiode."),
        ("p", "Wat houdt het in? De onderdelen van de basisondersteuning en de wijze waarop zij op de vestigingen "
              "zichtbaar moeten zijn, staan uitgewerkt in de Kwaliteitskaart Basisondersteuning Eemvallei "
              "(bijlage 2) en worden door iedere school toegelicht in haar schoolgids. Het gaat om een breed "
              "palet aan voorzieningen dat in de afgelopen jaren samen met de ondersteuningscoördinatoren is "
              "ontwikkeld."),
        ("p", "Wat doen we? Een auditteam van het samenwerkingsverband (twee ondersteuningscoördinatoren van "
              "andere scholen en een adviseur) bezoekt iedere vestiging eens per twee jaar en beoordeelt de "
              "basisondersteuning aan de hand van de kwaliteitskaart. Scoort een vestiging op een onderdeel "
              "onvoldoende, dan spreekt de directeur-bestuurder het bestuur aan en volgt binnen een half jaar "
              "een herhaalbezoek."),
        ("h2", "4.2 Van basis naar specialistisch: het continuüm"),
        ("p", "Waar staan we? In de Eemvallei onderscheiden we vier niveaus. Niveau 1 is de basisondersteuning op "
              "iedere vestiging. Niveau 2 is extra ondersteuning binnen de eigen school: de school zet haar "
              "ondersteuningsbudget in voor bijvoorbeeld een trajectvoorziening, een time-out ruimte met "
              "begeleider, faalangstreductie of intensieve coaching. Niveau 3 zijn de bovenschoolse "
              "voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Overstap voor tijdelijke "
              "opvang met terugkeer naar de eigen school, de Rebound voor leerlingen die tijdelijk uit de klas "
              "moeten, en de Schakelklas voor nieuwkomers. Niveau 4 is het voortgezet speciaal onderwijs en het "
              "praktijkonderwijs."),
        ("p", "Wat willen we bereiken? Dat een leerling zonder onnodige wachttijd op het niveau terechtkomt "
              "dat past, en daar niet langer blijft dan nodig. Wat doen we? Iedere school heeft een "
              "ondersteuningsteam waarin de ondersteuningscoördinator, de mentor, een adviseur van het "
              "samenwerkingsverband en de jeugdprofessional van de gemeente zitten. Dat team besluit over "
              "niveau 2 en adviseert over niveau 3 en 4. Plaatsing op het OPDC duurt maximaal zes maanden."),
        ("h2", "4.3 Waar het schuurt"),
        ("p", "We weten dat er leerlingen zijn voor wie het aanbod nog niet past. Over thuiszitters en "
              "vrijstellingen rapporteren we in het jaarverslag. Een analyse van de hiaten in het aanbod, en "
              "de manier waarop we die in de toekomst opsporen en oplossen, maken we in het schooljaar "
              "2026-2027 samen met de besturen en de gemeenten."),
        ("p", "Met de gemeenten werken we samen in het Regionaal Overleg Onderwijs-Jeugd, dat vier keer per jaar "
              "bijeenkomt. In het OOGO van 2025 zijn afspraken gemaakt over jeugdhulp op school, over "
              "leerlingenvervoer voor vso-leerlingen en over de inzet van schoolmaatschappelijk werk op alle "
              "vestigingen."),
        H("Toewijzing en toelaatbaarheid"),
        ("h2", "5.1 Toelaatbaarheidsverklaring vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe leerling, "
              "waar de leerling is aangemeld) vraagt de TLV aan bij de Toewijzingscommissie Eemvallei (TCE). De "
              "aanvraag bevat het OPP met de evaluatie van de geboden ondersteuning, het verslag van het "
              "ondersteuningsteam en het perspectief van ouders en leerling. De TCE wint advies in van twee "
              "deskundigen: een orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag "
              "(jeugdarts, kinder- en jeugdpsychiater, maatschappelijk werker). De TCE besluit binnen zes "
              "weken; in spoedsituaties binnen tien werkdagen."),
        ("p", "De TCE beoordeelt iedere aanvraag aan de hand van de volgende criteria:"),
        ("table", [["Criterium", "Toelichting"],
                   ["A. Ondersteuningsbehoefte", "De leerling heeft een langdurige ondersteuningsbehoefte op het gebied "
                    "van leren, gedrag, communicatie of lichamelijk functioneren die de mogelijkheden van niveau 1 tot en met 3 overstijgt."],
                   ["B. Handelingsgericht traject", "De school heeft ten minste zes maanden extra ondersteuning "
                    "(niveau 2 of 3) geboden en geëvalueerd, tenzij aantoonbaar is dat dit niet verantwoord is."],
                   ["C. Specialistische setting", "De leerling heeft een setting nodig met een kleine groep, "
                    "intensieve begeleiding en specialistische expertise die alleen het vso biedt."],
                   ["D. Perspectief", "Er is een uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) in het OPP beschreven."]]),
        ("p", "Een TLV vso wordt afgegeven voor één, twee of drie schooljaren, en eindigt altijd op 31 juli. De "
              "TCE stelt de bekostigingscategorie laag, midden of hoog vast."),
        ("h2", "5.2 Leerwegondersteunend onderwijs"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 met een "
              "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen "
              "of inzichtelijk rekenen, of een IQ tussen 91 en 120 met dezelfde leerachterstand en een "
              "sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld vraagt de aanwijzing "
              "lwoo aan voor 1 maart van het jaar van overstap; de TCE besluit binnen vier weken."),
        ("h2", "5.3 Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van 50 procent of meer op ten minste twee domeinen, waarvan één begrijpend "
              "lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV pro aan; de TCE "
              "besluit binnen vier weken. Een TLV pro geldt voor de gehele schoolloopbaan in het pro."),
        ("h2", "5.4 Bezwaar"),
        ("p", "Tegen een besluit van de TCE kunnen ouders (en leerlingen vanaf 16 jaar) binnen zes weken bezwaar "
              "maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de "
              "Landelijke Bezwaaradviescommissie (LBT)."),
        H("Terugkeer uit het vso"),
        ("p", "Waar staan we? Een TLV is in de Eemvallei nooit een eindstation. Ons uitgangspunt is dat iedere "
              "vso-leerling voor wie het regulier onderwijs in beeld komt, de kans krijgt die overstap te maken. "
              "Wat willen we bereiken? Dat terugkeer een reëel perspectief is, en dat een leerling die "
              "terugkeert, daar de ondersteuning vindt die nodig is. Voorwaarden voor terugkeer zijn dat het "
              "OPP dit perspectief onderbouwt, dat de ontvangende vestiging het benodigde aanbod kan bieden, en "
              "dat ouders en leerling ermee instemmen."),
        ("p", "Wat doen we? De ontvangende school krijgt een terugkeerarrangement van 6.500 euro voor het eerste "
              "jaar, en de leerling houdt een jaar lang een vaste coach vanuit de vso-school. In 2024 keerden "
              "elf leerlingen uit het vso terug naar een reguliere vo-school; zes van hen zaten een jaar later "
              "nog op die school."),
        ("p", "Het draaiboek voor de terugkeer - wie het initiatief neemt, welke stappen worden gezet en wie "
              "besluit - stellen we in het schooljaar 2026-2027 op met de drie vso-scholen."),
        H("Resultaten"),
        ("p", "Wat willen we bereiken? Wij hebben voor deze planperiode vijf beoogde resultaten geformuleerd voor "
              "leerlingen die extra ondersteuning nodig hebben. De tabel toont per resultaat de nulmeting en de "
              "streefwaarde."),
        ("table", [["Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Leerlingen met extra ondersteuning die zonder vertraging overgaan", "81%", "88%"],
                   ["Leerlingen van het OPDC die binnen zes maanden terug zijn op de eigen school", "64%", "80%"],
                   ["Vso-leerlingen die uitstromen met een diploma, certificaat of arbeidsplaats", "71%", "80%"],
                   ["Jongeren langer dan drie maanden zonder onderwijs", "19", "maximaal 8"],
                   ["Leerlingen en ouders tevreden over de ondersteuning (enquête)", "7,0", "7,5"]]),
        ("p", "Wat doen we daarvoor? Het bureau verzamelt twee keer per jaar, per 1 oktober en per 1 maart, de "
              "gegevens in de Monitor Passend Onderwijs Eemvallei. De controller en de beleidsmedewerker "
              "kwaliteit analyseren de cijfers en bespreken ze met iedere school in het jaarlijkse "
              "ontwikkelgesprek. Het bestuur rapporteert de bereikte resultaten in het jaarverslag en "
              "bespreekt ze met het ABO, de raad van toezicht en de OPR. Als een streefwaarde twee jaar op rij "
              "niet gehaald wordt, stelt het bestuur met de betrokken scholen een verbeterplan op."),
        H("Communicatie"),
        ("p", "Ouders en leerlingen moeten weten waar ze aan toe zijn. Het samenwerkingsverband informeert "
              "ouders over de ondersteuningsmogelijkheden via de website eemvallei-vo.nl, met per school het "
              "ondersteuningsaanbod, via de brochure 'Extra ondersteuning op het vo' die in vijf talen "
              "beschikbaar is, en via twee voorlichtingsavonden per jaar voor ouders van leerlingen in groep 8. "
              "Iedere school beschrijft haar ondersteuning bovendien in de schoolgids. Bij iedere aanvraag "
              "voor een TLV of arrangement ontvangen ouders een informatiebrief met uitleg en contactgegevens."),
        ("p", "Wie vragen heeft of het niet eens is met de school of met het samenwerkingsverband, kan terecht bij "
              "het Ouder- en Jeugdsteunpunt Eemvallei. Het steunpunt is ondergebracht bij de onafhankelijke "
              "Stichting Wijzer in Onderwijs en staat los van scholen en samenwerkingsverband; het is bereikbaar "
              "via telefoon, mail en een wekelijks inloopspreekuur. Ook de landelijke Onderwijsconsulenten "
              "kunnen kosteloos bemiddelen. Voor klachten geldt de klachtenregeling van het "
              "samenwerkingsverband; het samenwerkingsverband is aangesloten bij de Geschillencommissie "
              "passend onderwijs."),
        ("p", "Ouders en leerlingen worden uitgenodigd bij ieder gesprek over het OPP. Leerlingen hebben daarbij "
              "hoorrecht."),
        H("Geld en middelen"),
        ("p", "Waar staan we? Het samenwerkingsverband ontvangt ruim 16 miljoen euro aan ondersteuningsmiddelen. "
              "Wat doen we? De middelen voor lichte ondersteuning gaan volledig naar de besturen, naar rato van "
              "het aantal leerlingen per 1 oktober. Daarnaast ontvangt iedere school een ondersteuningsbudget "
              "van 188 euro per leerling voor niveau 2. De bovenschoolse voorzieningen (niveau 3) worden "
              "centraal bekostigd. De lwoo- en pro-middelen worden doorbetaald op basis van het aantal "
              "aanwijzingen en TLV's per 1 oktober."),
        ("table", [["Meerjarenbegroting (x 1.000 euro)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen (incl. lwoo/pro)", "16.420", "16.350", "16.210", "16.080"],
                   ["Afdracht vso (DUO)", "5.980", "6.040", "6.090", "6.120"],
                   ["Lichte ondersteuning naar besturen", "2.260", "2.250", "2.230", "2.210"],
                   ["Ondersteuningsbudget scholen (188 euro p.l.)", "3.720", "3.710", "3.690", "3.670"],
                   ["Lwoo en pro doorbetaling", "2.640", "2.600", "2.560", "2.530"],
                   ["OPDC, Rebound en Schakelklas", "1.150", "1.150", "1.150", "1.150"],
                   ["Terugkeerarrangementen", "80", "90", "100", "100"],
                   ["Bureau en ondersteuningsteams", "720", "710", "700", "700"],
                   ["Resultaat", "-130", "-200", "-310", "-400"]]),
        ("p", "Het negatieve resultaat is bewust: de reserve van 1,9 miljoen euro wordt in deze planperiode "
              "afgebouwd tot de signaleringswaarde. Besturen verantwoorden de besteding van het "
              "ondersteuningsbudget jaarlijks in een korte rapportage per vestiging."),
    ]
    g = f_governance(v, opr_parents=True); g[0] = H("Organisatie en medezeggenschap"); b += g
    p = f_personeel(v); p[0] = H("Personeel en professionalisering"); b += p
    pr = f_privacy(v); pr[0] = H("Privacy en informatievoorziening"); b += pr
    pl = f_planning(v, [["2025-2026", "Nieuwe TCE-werkwijze; audits ronde 1"],
                        ["2026-2027", "Draaiboek terugkeer; hiatenanalyse"],
                        ["2027-2028", "Tussenevaluatie; audits ronde 2"],
                        ["2028-2029", "Eindevaluatie en nieuw koersplan"]])
    pl[0] = H("Planning"); b += pl
    b += glossary("Bijlage 1 Afkortingen en begrippen", GLOSS_COMMON + [
        ["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"], ["TCE", "Toewijzingscommissie Eemvallei"],
        ["Thuiszitter", "Leerplichtige jongere die niet staat ingeschreven of langer dan vier weken verzuimt."]])
    b += [("h1", "Bijlage 2 Kwaliteitskaart Basisondersteuning"),
          ("p", "De kwaliteitskaart wordt als afzonderlijk document gepubliceerd op eemvallei-vo.nl/documenten.")]
    return b, v


def label2():
    return dict(
        documents=["vo-eemvallei-koersplan-2025-2029.docx", "vo-eemvallei-koersplan-2025-2029.pdf"],
        sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 defines the minimum for every vestiging, but content only by reference to the Kwaliteitskaart (bijlage 2, published separately) and schoolgidsen; audit = borging.",
               "plaatsing": "Ch. 5: TCE procedure with termijnen, criteria table A-D, lwoo and pro criteria + procedure, duur/categorie, bezwaar via LBT.",
               "terugstroom": "Ch. 6 gives policy, conditions, terugkeerarrangement and 2024 figures; the draaiboek (steps, initiator, decider) is deferred to 2026-2027.",
               "financien": "Ch. 'Geld en middelen': verdeling (rato, 188 euro p.l., central niveau 3) + meerjarenbegroting table 2025-2028, reserve afbouw.",
               "dekkend-aanbod": "4.2 four-level continuum with OPDC/Rebound/Schakelklas; 4.3 defers gap analysis to 2026-2027 and refers thuiszitters to jaarverslag.",
               "resultaten": "Ch. 'Resultaten': five beoogde resultaten with nulmeting/streefwaarde; Monitor twice a year, jaarverslag, OPR.",
               "ouders": "Content sits under 'Communicatie': website, brochure, voorlichtingsavonden; OJSP Eemvallei, Onderwijsconsulenten, Geschillencommissie."})


# ---------------------------------------------------------------------------------------------
# Plan 3: PO De Kempenbrug (pdf)
# ---------------------------------------------------------------------------------------------

def plan3():
    v = dict(name="Stichting Samenwerkingsverband Primair Onderwijs De Kempenbrug", code="PO 30-11",
             period="2025-2029", director="mr. drs. H.A.M. (Henk) Verhoeven", city="Bergeijk-Zuid",
             vdate="april 2025", gemeenten="Kempenveld, Aalst-Dommel, Hoogeloon-West en Reusel-Heide",
             n_besturen=6, n_scholen=33, n_lln="7.900",
             schooltypes=": 31 basisscholen, één school voor speciaal basisonderwijs en één school voor "
                         "speciaal onderwijs",
             missie="de Kempenbrug verbindt scholen, zodat kinderen in hun eigen omgeving naar school kunnen.",
             overleg="Bestuurdersoverleg", opr_size=10, opr_lln="", opr_date="26 maart 2025",
             oogo_date="4 februari 2025", vast_date="9 april 2025",
             overleg_ander="Het overleg met het samenwerkingsverband VO Kempen vond schriftelijk plaats.",
             fte="8,4", ict="een beveiligde uitwisselomgeving", kengetallen=None)
    v["n"] = ""
    v["n2"] = ""
    b = [("title", "ONDERSTEUNINGSPLAN 2025 - 2029"),
         ("sub", "Stichting Samenwerkingsverband Primair Onderwijs De Kempenbrug - PO 30-11"),
         ("p", "Vastgesteld door het bestuur op 9 april 2025 na instemming van de ondersteuningsplanraad op "
               "26 maart 2025."),
         ("toc", None), ("pb", None)]
    vw = f_voorwoord(v); vw[0] = ("h1", "Voorwoord"); b += vw
    b += [("h1", "1 Doel en totstandkoming"),
          ("p", "1.1 Dit ondersteuningsplan geeft uitvoering aan artikel 18a, achtste lid, van de Wet op het "
                "primair onderwijs. Het plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029."),
          ("p", "1.2 Het plan is voorbereid door een stuurgroep van directeuren en intern begeleiders, onder "
                "leiding van de directeur-bestuurder. Het concept is besproken met het Bestuurdersoverleg, de "
                "ondersteuningsplanraad en de colleges van burgemeester en wethouders."),
          ("p", "1.3 De ondersteuningsplanraad bestaat uit tien leden: vijf ouders en vijf personeelsleden, "
                "gekozen uit en door de medezeggenschapsraden. De ouders in de raad vertegenwoordigen de "
                "achterban van gezinnen met kinderen op onze scholen en hebben instemmingsrecht op dit plan.")]
    c = f_context(v, with_rates=False); c[0] = ("h1", "2 Het samenwerkingsverband"); b += c
    vi = f_visie(v); vi[0] = ("h1", "3 Missie en visie"); b += vi
    b += [
        ("h1", "4 Basisondersteuning"),
        ("p", "4.1 Onder basisondersteuning verstaat De Kempenbrug het geheel van voorzieningen dat iedere "
              "school, op iedere vestiging, ten minste biedt. Dit niveau is door het Bestuurdersoverleg "
              "vastgesteld en is bindend voor alle 33 scholen; een school mag meer bieden, niet minder."),
        ("p", "4.2 De voorzieningen per domein zijn opgenomen in tabel 1."),
        ("table", [["Domein", "Wat iedere school ten minste biedt"],
                   ["Leren: lezen en dyslexie", "Signalering vanaf groep 1; dyslexieprotocol; remedial teaching "
                    "2x per week 30 minuten voor leerlingen in de risicogroep; voorleessoftware vanaf groep 5"],
                   ["Leren: rekenen", "Diagnostisch rekengesprek; rekenspecialist op bestuursniveau; "
                    "aangepaste leerlijn met OPP waar nodig"],
                   ["Gedrag en sociaal-emotioneel", "Methode voor sociaal-emotioneel leren in alle groepen; "
                    "gedragsspecialist op school of bestuur; time-in plek in de school"],
                   ["Meer- en hoogbegaafdheid", "Signaleringsinstrument; verrijkingsmateriaal in de groep; "
                    "plusgroep één dagdeel per week"],
                   ["Taal en NT2", "Taalcoördinator; extra woordenschatprogramma; samenwerking met voorschool"],
                   ["Medisch en fysiek", "Protocol medisch handelen; aangepast meubilair op aanvraag binnen 6 weken"],
                   ["Structuur", "Intern begeleider (min. 2 dagen per week per 250 leerlingen); "
                    "groepsbespreking 3x per jaar; ondersteuningsteam 4x per jaar"],
                   ["Samenwerking", "Vaste contactpersoon jeugdhulp van de gemeente; schoolmaatschappelijk werk"]]),
        ("p", "4.3 Tabel 1 is leidend voor de schoolondersteuningsprofielen en voor de informatie in de "
              "schoolgidsen."),
        ("h1", "5 Dekkend netwerk"),
        ("p", "5.1 Het samenwerkingsverband onderschrijft het belang van een dekkend netwerk van voorzieningen. "
              "In de planperiode wordt een netwerkanalyse uitgevoerd; de uitkomsten worden opgenomen in de "
              "voortgangsrapportage 2026."),
        ("p", "5.2 Het protocol thuiszitters is gepubliceerd op de website van het samenwerkingsverband."),
        ("h1", "6 Toelaatbaarheid"),
        ("h2", "6.1 Procedure"),
        ("p", "6.1.1 Een aanvraag voor een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het "
              "speciaal onderwijs wordt ingediend door het bevoegd gezag van de school waar de leerling is "
              "ingeschreven."),
        ("p", "6.1.2 De procedure verloopt in vijf stappen. Stap 1: de school bespreekt de leerling in het "
              "ondersteuningsteam, met ouders. Stap 2: de school dient de aanvraag met het groeidocument, het "
              "OPP en de zienswijze van ouders in bij het Bureau Toewijzing. Stap 3: het bureau toetst de "
              "volledigheid binnen tien werkdagen. Stap 4: twee deskundigen - een orthopedagoog of "
              "psycholoog en een tweede deskundige naar gelang de vraag - brengen afzonderlijk schriftelijk "
              "advies uit. Stap 5: de Commissie van Toelaatbaarheid besluit namens het bestuur binnen acht "
              "weken na ontvangst van de volledige aanvraag en deelt het besluit schriftelijk mee aan ouders "
              "en school."),
        ("p", "6.1.3 De inhoudelijke criteria voor toelaatbaarheid worden in 2026 herijkt en vastgelegd in het "
              "Kader Toelaatbaarheid Kempenbrug. Tot die tijd beoordeelt de commissie iedere aanvraag op maat."),
        ("h2", "6.2 Geldigheid en bezwaar"),
        ("p", "6.2.1 Een TLV voor het sbo is twee schooljaren geldig; een TLV voor het so één of twee "
              "schooljaren, met vermelding van de bekostigingscategorie."),
        ("p", "6.2.2 Tegen het besluit kan binnen zes weken bezwaar worden gemaakt. Het bestuur wint advies in "
              "bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "6.3 Terug naar het basisonderwijs"),
        ("p", "6.3.1 Dit onderdeel wordt in het voorjaar van 2026 aangevuld na het overleg met de directies van "
              "het sbo en het so."),
        ("h1", "7 Financiën"),
        ("h2", "7.1 Verdeling"),
        ("p", "7.1.1 De ondersteuningsmiddelen worden als volgt verdeeld. Na aftrek van de afdrachten voor sbo "
              "en so en de kosten van het bureau ontvangt ieder bestuur een bedrag van 95 euro per leerling, "
              "berekend op de teldatum 1 oktober van het jaar voorafgaand aan het kalenderjaar. Daarnaast "
              "ontvangt ieder bestuur een vast bedrag van 8.000 euro per school voor de inzet van de intern "
              "begeleider boven het minimum van tabel 1."),
        ("p", "7.1.2 Voor leerlingen met een zware ondersteuningsbehoefte in de reguliere school kan het bestuur "
              "een individueel budget aanvragen bij het Bureau Toewijzing. Het bureau kent het budget toe aan "
              "de hand van drie staffels: 2.500 euro, 5.000 euro of 7.500 euro per schooljaar, afhankelijk van "
              "het aantal uren begeleiding dat in het OPP is onderbouwd."),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [["Post (bedragen in euro)", "2025", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "6.480.000", "6.410.000", "6.350.000", "6.300.000", "6.260.000"],
                   ["Afdracht sbo en so", "2.910.000", "2.950.000", "2.980.000", "3.000.000", "3.010.000"],
                   ["Doorbetaling besturen (95 euro p.l.)", "750.500", "741.000", "733.000", "725.000", "718.000"],
                   ["Vaste bedragen per school", "264.000", "264.000", "256.000", "256.000", "256.000"],
                   ["Individuele budgetten", "1.150.000", "1.150.000", "1.130.000", "1.120.000", "1.100.000"],
                   ["Personeel bureau en commissie", "820.000", "835.000", "845.000", "855.000", "865.000"],
                   ["Huisvesting, ICT en overig", "180.000", "175.000", "175.000", "170.000", "170.000"],
                   ["Exploitatieresultaat", "405.500", "295.000", "231.000", "174.000", "141.000"]]),
        ("p", "7.2.1 Het positieve exploitatieresultaat wordt toegevoegd aan de algemene reserve. Het "
              "Bestuurdersoverleg besluit in 2026 over een bestemming."),
        ("h1", "8 Opbrengsten en verantwoording"),
        ("p", "8.1 De resultatenparagraaf wordt aan dit plan toegevoegd zodra de landelijke indicatoren voor "
              "samenwerkingsverbanden beschikbaar zijn. Naar verwachting is dat in het voorjaar van 2027."),
        ("h1", "9 Informatie voor ouders"),
        ("p", "9.1 Ouders ontvangen bij de inschrijving op een school de Ouderwijzer Kempenbrug, een boekje "
              "waarin staat welke ondersteuning iedere school biedt (tabel 1), hoe een arrangement of TLV "
              "wordt aangevraagd en wie ouders daarbij kunnen helpen. De Ouderwijzer staat ook op de website, "
              "samen met een kaart van alle scholen en hun schoolondersteuningsprofielen. In iedere gemeente "
              "organiseert het samenwerkingsverband jaarlijks een informatieavond voor ouders."),
        ("p", "9.2 Wie er met de school of met ons niet uitkomt, hoeft dat niet alleen op te lossen. Ouders "
              "kunnen kosteloos terecht bij de Oudervraagbaak Kempen: een onafhankelijk team van ervaren "
              "ouders en een jurist, dat meedenkt, meegaat naar gesprekken en zo nodig bemiddelt. De "
              "Oudervraagbaak is ondergebracht bij de regionale welzijnsstichting en werkt niet in opdracht "
              "van scholen. Verder kunnen ouders de Onderwijsconsulenten inschakelen, en een klacht of geschil "
              "voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    g = f_governance(v, opr_parents=True); g[0] = ("h1", "10 Bestuur en organisatie"); g[1] = ("p", "10.1 " + g[1][1])
    b += g
    p = f_personeel(v); p[0] = ("h1", "11 Personeel"); b += p
    pr = f_privacy(v); pr[0] = ("h1", "12 Privacy en gegevensbescherming"); b += pr
    ex = f_extra(v, "po") + f_ontwikkelingen(v)
    k = 13
    for i, (kind, val) in enumerate(ex):
        if kind == "h1":
            ex[i] = ("h1", f"{k} {val}")
            k += 1
    b += ex
    pl = f_planning(v, [["2025-2026", "Kader Toelaatbaarheid; netwerkanalyse"],
                        ["2026-2027", "Aanvulling terugplaatsing; voortgangsrapportage"],
                        ["2027-2028", "Resultatenparagraaf; tussenevaluatie"],
                        ["2028-2029", "Evaluatie en nieuw plan"]])
    pl[0] = ("h1", "17 Jaarplanning"); b += pl
    b += glossary("Bijlage Begrippenlijst", GLOSS_COMMON + [
        ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["Arrangement", "Een op maat samengesteld pakket van extra ondersteuning."]])
    return b, v


def label3():
    return dict(
        documents=["po-kempenbrug-ondersteuningsplan-2025-2029.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="missing",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 binding minimum for all 33 scholen; the concrete content is only in table 1 (domains x voorzieningen).",
               "plaatsing": "6.1 five-step procedure with Commissie van Toelaatbaarheid and termijnen; criteria deferred to 'Kader Toelaatbaarheid' (2026, 'op maat' until then).",
               "terugstroom": "Heading 6.3 'Terug naar het basisonderwijs' exists (and TOC/begrippenlijst) but only says it will be filled in spring 2026.",
               "financien": "7.1 verdeling (95 euro p.l., 8.000 per school, staffels individual budgets) + 7.2 meerjarenbegroting 2025-2029 table; reserve.",
               "dekkend-aanbod": "Ch. 5 only endorses a dekkend netwerk, defers the netwerkanalyse and refers the thuiszittersprotocol to the website; no continuum described.",
               "resultaten": "Ch. 8 'Opbrengsten en verantwoording' defers the resultatenparagraaf to spring 2027; the term appears only in the begrippenlijst.",
               "ouders": "9.1 Ouderwijzer, website, information evenings; 9.2 independent 'Oudervraagbaak Kempen', Onderwijsconsulenten, Geschillencommissie; OPR parents in 1.3."})


# ---------------------------------------------------------------------------------------------
# Plan 4: VO Marne en Wold (pdf)
# ---------------------------------------------------------------------------------------------

def plan4():
    v = dict(name="Samenwerkingsverband Voortgezet Onderwijs Marne en Wold", code="VO 20-09",
             period="2025-2029", director="E. (Eelco) Bosscher MEd", city="Zuidhorn-Wold",
             vdate="april 2025", gemeenten="Marnewold, Westerhaven en Leekster-Ee", n_besturen=5,
             n_scholen=11, n_lln="8.300",
             schooltypes=" voor voortgezet onderwijs, waaronder één school voor praktijkonderwijs en twee "
                         "vso-locaties",
             missie="elke jongere in Marne en Wold krijgt de kans om zich te ontwikkelen tot een zelfstandige, "
                    "betrokken volwassene.",
             overleg="Bestuurdersplatform", opr_size=8, opr_lln=" en leerlingen", opr_date="1 april 2025",
             oogo_date="28 januari 2025", vast_date="15 april 2025",
             overleg_ander="Met de drie PO-samenwerkingsverbanden in de regio is op 11 februari 2025 overleg gevoerd.",
             fte="6,8", ict="een beveiligd dossiersysteem",
             kengetallen=[["Kengetal (1 oktober)", "2022", "2023", "2024"],
                          ["Leerlingen vo", "8.420", "8.360", "8.300"],
                          ["Leerlingen vso", "298", "305", "311"],
                          ["Leerlingen pro", "240", "236", "229"]])
    v["n"] = ""
    v["n2"] = ""
    b = [("title", "Samen verder - ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Marne en Wold | VO 20-09"),
         ("p", "Zes bouwstenen voor passend onderwijs in het Noorden: Ondersteuning op school - "
               "Toewijzing - Terug naar het regulier - Elke jongere een plek - Resultaten - Ouders en jongeren"),
         ("toc", None), ("pb", None)]
    vw = f_voorwoord(v); vw[0] = ("h1", "Voorwoord"); b += vw
    b += [("h1", "Terugblik 2021-2025"),
          ("p", "De vorige planperiode stond in het teken van de coronapandemie en de nasleep daarvan. Scholen "
                "hebben veel energie gestoken in het opvangen van achterstanden en in het welbevinden van "
                "jongeren. Het samenwerkingsverband heeft in die periode zijn eigen organisatie verkleind en "
                "meer middelen naar de scholen gebracht. De evaluatie door een extern bureau (2024) was "
                "positief over de korte lijnen en kritisch over de transparantie van de geldstromen."),
          ("p", "Die kritiek nemen we ter harte. In dit plan kiezen we voor zes bouwstenen, met bij iedere "
                "bouwsteen wat we willen bereiken en hoe we dat gaan doen.")]
    c = f_context(v); c[0] = ("h1", "Regio Marne en Wold"); b += c
    vi = f_visie(v); vi[0] = ("h1", "Onze koers"); b += vi
    b += [
        ("h1", "Bouwsteen 1 - Ondersteuning op school"),
        ("p", "Iedere school beschrijft in haar schoolgids welke ondersteuning zij biedt. In de afgelopen periode "
              "hebben de scholen daarin veel geïnvesteerd: er zijn zorgadviesteams, mentoren met extra tijd en "
              "op de meeste scholen een vorm van trajectbegeleiding."),
        ("p", "Wat wij in Marne en Wold onder basisondersteuning verstaan, stellen wij in de loop van 2026 samen "
              "met de schoolleiders vast, mede in het licht van de landelijke norm basisondersteuning die het "
              "ministerie voorbereidt. Tot dat moment blijven de profielen van de scholen leidend."),
        ("h1", "Bouwsteen 2 - Toewijzing"),
        ("p", "Voor de toelaatbaarheid tot het voortgezet speciaal onderwijs en het praktijkonderwijs, en voor "
              "de aanwijzing leerwegondersteunend onderwijs, geldt het Toewijzingsreglement Marne en Wold 2025 "
              "(bijlage C). Het reglement wordt afzonderlijk door het bestuur vastgesteld en op de website "
              "gepubliceerd, zodat het bij wijzigingen in wet- en regelgeving snel kan worden aangepast."),
        ("p", "Jaarlijks geeft het samenwerkingsverband ongeveer 120 toelaatbaarheidsverklaringen af."),
        ("h1", "Bouwsteen 3 - Terug naar het regulier"),
        ("p", "Wat willen we bereiken? Wij vinden dat een plek in het vso een tussenstation kan zijn. Ons beleid "
              "is dat iedere vso-leerling jaarlijks de vraag krijgt of, en zo ja wanneer, een overstap naar het "
              "reguliere vo mogelijk is. Voorwaarden voor een overstap zijn: de leerling heeft de doelen uit het "
              "OPP op het gebied van werkhouding en zelfregulatie grotendeels behaald, de ontvangende school "
              "heeft de benodigde begeleiding beschikbaar, en leerling en ouders staan achter de keuze."),
        ("p", "Hoe gaat het in zijn werk? Uiterlijk in oktober van het laatste jaar van de TLV bespreekt de "
              "commissie van begeleiding van de vso-school, met ouders en leerling, of terugkeer haalbaar is. Is "
              "dat zo, dan neemt de vso-school het initiatief voor een terugkeergesprek met de "
              "ondersteuningscoördinator van de beoogde vo-school. Samen stellen zij een overdrachtsplan op met "
              "de startdatum, de begeleiding en de evaluatiemomenten. De directeur van de vo-school besluit over "
              "de inschrijving; de directeur-bestuurder van het samenwerkingsverband besluit over het "
              "terugkeerbudget. De TLV loopt af op 31 juli; de overstap vindt plaats bij de start van het nieuwe "
              "schooljaar, of - als dat beter is - na een proefperiode van zes weken met dubbele inschrijving. "
              "Evaluatie vindt plaats na zes weken, na drie maanden en aan het einde van het schooljaar."),
        ("p", "Wat doen we na de terugkeer? De ontvangende school krijgt een terugkeerbudget van 7.000 euro voor "
              "het eerste schooljaar en de leerling houdt een jaar ambulante begeleiding vanuit de vso-school. In "
              "2023-2024 maakten 9 leerlingen de overstap; in 2024-2025 waren dat er 12."),
        ("h1", "Bouwsteen 4 - Elke jongere een plek"),
        ("p", "Geen jongere mag thuis zitten. Het bureau houdt samen met de leerplichtambtenaren van de drie "
              "gemeenten een actuele lijst bij van jongeren die niet of niet volledig naar school gaan. Iedere "
              "maand bespreekt de Doorbraaktafel, met de besturen, leerplicht, jeugdhulp en het "
              "samenwerkingsverband, iedere jongere die langer dan vier weken thuiszit. De tafel wijst een "
              "regisseur aan die binnen twee weken een plan maakt en mag daarbij afwijken van de gebruikelijke "
              "regels."),
        ("p", "Schoolbesturen melden het samenwerkingsverband wanneer zij hun zorgplicht niet kunnen waarmaken. "
              "Wanneer een bestuur binnen zes weken geen passende plek vindt, neemt het samenwerkingsverband de "
              "regie over. Tekorten in het aanbod die de tafel vaker ziet - bijvoorbeeld voor jongeren met "
              "angstklachten of een combinatie van autisme en hoogbegaafdheid - agenderen we twee keer per jaar "
              "in het Bestuurdersplatform, dat besluit over een aanvullend arrangement. Met de gemeenten is in "
              "het OOGO afgesproken dat jeugdhulp binnen de school kan worden ingezet zonder aparte beschikking."),
        ("h1", "Bouwsteen 5 - Resultaten"),
        ("p", "Wat willen we bereiken? Voor jongeren met een ondersteuningsbehoefte hebben we de volgende "
              "resultaten voor ogen."),
        ("table", [["Resultaat", "2024 (gerealiseerd)", "Doel 2029"],
                   ["Thuiszitters langer dan drie maanden", "14", "minder dan 5"],
                   ["Leerlingen met extra ondersteuning die het diploma halen", "83%", "90%"],
                   ["Overstappers vso naar regulier die na een jaar nog op die school zitten", "67%", "80%"],
                   ["Pro-leerlingen met een plek op de arbeidsmarkt of in het mbo na uitstroom", "78%", "85%"]]),
        ("p", "Hoe volgen we dat? Twee keer per jaar leveren de scholen hun gegevens aan voor de "
              "Ondersteuningsmonitor. De beleidsmedewerker kwaliteit maakt een rapportage die in het "
              "Bestuurdersplatform en de OPR wordt besproken. In het bestuursverslag verantwoorden we jaarlijks "
              "de behaalde resultaten en wat we daarvoor hebben uitgegeven. Bij grote afwijkingen vraagt het "
              "bestuur een verbeterplan van de betrokken scholen."),
        ("h1", "Bouwsteen 6 - Ouders en jongeren"),
        ("p", "Ouders en jongeren hebben recht op duidelijke informatie. Het samenwerkingsverband verzorgt de "
              "website marne-en-wold.nl met een overzicht van het ondersteuningsaanbod per school, geeft twee "
              "keer per jaar de Ouderkrant uit die via de scholen wordt verspreid, en organiseert in januari voor "
              "ouders van leerlingen in groep 8 drie informatieavonden over de overstap en de ondersteuning in het "
              "vo. Daarnaast schrijft iedere school de ondersteuning in haar schoolgids."),
        ("p", "Het ouder- en jeugdsteunpunt wordt in 2026 ingericht samen met de andere samenwerkingsverbanden "
              "in de provincie. Tot dan verwijzen we voor vragen naar de pagina 'Hulp voor ouders' op onze "
              "website."),
        ("h1", "Geld"),
        ("p", "De verdeelsystematiek herzien we in 2026 in het project 'Geld volgt ondersteuning'; tot dan blijven "
              "de bestaande afspraken met de besturen van kracht. De meerjarenbegroting voor de planperiode ziet er "
              "als volgt uit."),
        ("table", [["x 1.000 euro", "2025", "2026", "2027", "2028"],
                   ["Baten rijk (ondersteuning, lwoo, pro)", "7.410", "7.350", "7.290", "7.230"],
                   ["Afdracht vso", "2.720", "2.760", "2.790", "2.810"],
                   ["Doorbetaling aan schoolbesturen", "3.150", "3.100", "3.050", "3.000"],
                   ["Doorbraaktafel en maatwerk", "260", "270", "280", "290"],
                   ["Terugkeerbudgetten", "90", "100", "110", "110"],
                   ["Bureau en Ondersteuningsmonitor", "640", "650", "660", "670"],
                   ["Saldo", "550", "470", "400", "350"]]),
        ("p", "De algemene reserve bedraagt op 1 januari 2025 2,4 miljoen euro. Het overschot is bestemd voor "
              "de inrichting van het ouder- en jeugdsteunpunt en voor het project 'Geld volgt ondersteuning'."),
    ]
    g = f_governance(v, opr_parents=True); g[0] = ("h1", "Organisatie en medezeggenschap"); b += g
    p = f_personeel(v, deskundigen_ok=False); p[0] = ("h1", "Mensen"); b += p
    pr = f_privacy(v); pr[0] = ("h1", "Privacy en ICT"); b += pr
    b += f_extra(v, "vo")
    b += f_ontwikkelingen(v)
    pl = f_planning(v, [["2025-2026", "Doorbraaktafel maandelijks; Ondersteuningsmonitor 2.0"],
                        ["2026-2027", "Basisondersteuning vastgesteld; OJSP; nieuwe verdeelsystematiek"],
                        ["2027-2028", "Tussenevaluatie"],
                        ["2028-2029", "Nieuw plan"]])
    pl[0] = ("h1", "Planning"); b += pl
    b += glossary("Lijst van afkortingen en begrippen", GLOSS_COMMON + [
        ["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
        ["Toewijzingsreglement", "Reglement met de procedure en criteria voor TLV vso, TLV pro en aanwijzing lwoo (bijlage C)."],
        ["Bekostigingscategorie", "Laag, midden of hoog: bepaalt de bekostiging van een vso-plaats."]])
    return b, v


def label4():
    return dict(
        documents=["vo-marne-en-wold-ondersteuningsplan-2025-2029.pdf"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="present",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"terugstroom": ["monitoring"], "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Bouwsteen 1 refers to schoolgidsen and defers the definition to 'in de loop van 2026'; term otherwise only in title page, TOC and glossary.",
               "plaatsing": "Bouwsteen 2 only refers to the Toewijzingsreglement (bijlage C, published separately); a TLV count is a passing mention. Glossary terms don't count.",
               "terugstroom": "Bouwsteen 3: policy + conditions, steps (initiative vso-school, deciders, 31 July, evaluations), terugkeerbudget, figures.",
               "financien": "'Geld' has a meerjarenbegroting table and reserve, but the verdeelsystematiek is deferred to project 'Geld volgt ondersteuning' (2026).",
               "dekkend-aanbod": "Bouwsteen 4 handles gaps (thuiszitterslijst, Doorbraaktafel, zorgplicht escalation, OOGO); no continuum of provisions is described.",
               "resultaten": "Bouwsteen 5: table of realised 2024 values and 2029 goals; Ondersteuningsmonitor twice a year, OPR, bestuursverslag.",
               "ouders": "Bouwsteen 6 informs via website, Ouderkrant, groep-8 evenings; the OJSP is deferred to 2026 and otherwise only a website page is referenced."})


# ---------------------------------------------------------------------------------------------
# Plan 5: PO Waardenland (html)
# ---------------------------------------------------------------------------------------------

def plan5():
    v = dict(name="Samenwerkingsverband Passend Primair Onderwijs Waardenland", code="PO 28-16",
             period="2025-2029", director="drs. S. (Sanne) de Korte-Bakker", city="Gorinchem-West",
             vdate="mei 2025", gemeenten="Waardenburg-Merwede, Altena-Oost en Giessenwaard", n_besturen=8,
             n_scholen=46, n_lln="10.100",
             schooltypes=": 43 basisscholen, twee scholen voor speciaal basisonderwijs (waaronder sbo De Kei) "
                         "en één so-school",
             missie="samen zorgen we dat elk kind in Waardenland een passende onderwijsplek heeft en zich "
                    "gezien voelt.",
             overleg="Directeurenberaad", opr_size=12, opr_lln="", opr_date="10 april 2025",
             oogo_date="6 maart 2025", vast_date="24 april 2025",
             overleg_ander="Het overleg met het samenwerkingsverband VO Merwede-Lingestreek vond plaats op 13 maart 2025.",
             fte="12,0", ict="Kindkans",
             kengetallen=[["Kengetal (1 oktober)", "2022", "2023", "2024"],
                          ["Leerlingen basisonderwijs", "9.820", "9.760", "9.690"],
                          ["Leerlingen sbo", "236", "241", "252"],
                          ["Leerlingen so", "151", "158", "160"]])
    v["n"] = ""
    v["n2"] = ""
    b = [("title", "Ondersteuningsplan 2025-2029 - online versie"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Waardenland (PO 28-16). Dit is de webversie "
                 "van ons plan op hoofdlijnen. De pdf-versie kunt u downloaden onder Documenten."),
         ("toc", None)]
    vw = f_voorwoord(v); vw[0] = ("h1", "Welkom"); b += vw
    c = f_context(v); c[0] = ("h1", "Over Waardenland"); b += c
    vi = f_visie(v); vi[0] = ("h1", "Waar we voor staan"); b += vi
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Wat de basisondersteuning precies inhoudt, is vastgelegd in de regionale afspraken "
              "basisondersteuning, een bijlage bij het jaarplan. Die afspraken worden herzien zodra de "
              "landelijke norm basisondersteuning van kracht is."),
        ("p", "Hoe bewaken we dat scholen doen wat is afgesproken? Iedere school heeft jaarlijks een "
              "kwaliteitsgesprek met een adviseur van het samenwerkingsverband, aan de hand van de kwaliteitskaart "
              "basisondersteuning. Als een school onder de afgesproken lat blijft, stelt het bestuur binnen drie "
              "maanden een verbeterplan op, dat in het Directeurenberaad wordt gevolgd."),
        ("h1", "Van basis naar speciaal: de ondersteuningsroute"),
        ("p", "De ondersteuning in Waardenland is opgebouwd als een route. Eerst is er de basisondersteuning in "
              "de eigen groep en school. Is meer nodig, dan zet de school extra ondersteuning in met haar "
              "arrangementsbudget, bijvoorbeeld een onderwijsassistent, een gedragscoach of een "
              "leesinterventie. De volgende stap is een arrangement via het Steunpunt Waardenland: ambulante "
              "begeleiding, de taalklas, de plusklas of een tijdelijke plek in de Ontdekgroep op sbo De Kei. "
              "Daarna volgen het speciaal basisonderwijs en het speciaal onderwijs. De route is een "
              "samenhangend geheel: iedere stap wordt besproken in het multidisciplinair overleg van de school, "
              "waar ouders altijd bij zijn."),
        ("h1", "Niemand buiten spel"),
        ("p", "Het overleg 'Niemand buiten spel' komt iedere zes weken bijeen: de leerplichtambtenaren, de "
              "jeugdteams, de sbo- en so-directies en een adviseur van het samenwerkingsverband. Scholen melden "
              "hier ieder kind dat langer dan drie weken geen of onvolledig onderwijs krijgt. Per kind wordt een "
              "casusregisseur aangewezen. Eens per jaar stelt het overleg een lijst op van groepen kinderen voor "
              "wie het aanbod tekortschiet; het bestuur besluit daarna of er een nieuw arrangement komt, zoals "
              "in 2024 de zorg-onderwijsgroep voor jonge kinderen met een ontwikkelingsachterstand, die samen "
              "met de gemeenten wordt gefinancierd."),
        ("h1", "Naar het sbo of so"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als de ondersteuningsbehoefte zo groot is "
              "dat het een kleine groep nodig heeft met een dagelijks aangepast programma, en de basisschool ook "
              "met een arrangement van het Steunpunt dit aantoonbaar niet kan bieden. Voor het speciaal "
              "onderwijs geldt bovendien dat het kind langdurig intensieve, specialistische ondersteuning "
              "nodig heeft door een ernstige beperking, stoornis of gedragsproblematiek, die ook het sbo niet "
              "kan bieden. Een TLV voor het sbo loopt in de regel tot het einde van de basisschoolperiode."),
        ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en wie beslist, is beschreven in het "
              "TLV-reglement op de pagina TLV aanvragen."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Elk jaar in maart kijkt de sbo- of so-school met ouders naar de vraag of een kind terug kan naar "
              "een basisschool. Ziet de school daar kansen, dan neemt zij contact op met een basisschool in de "
              "buurt van het gezin en organiseert zij een overdrachtsgesprek met ouders, de intern begeleider "
              "van die basisschool en een adviseur van het Steunpunt. De directeur van de basisschool beslist, "
              "binnen zes weken na het gesprek, over de inschrijving. Wanneer de TLV afloopt, wordt die niet "
              "verlengd; de overstap vindt plaats per 1 augustus. Na tien weken en na een half jaar volgt een "
              "evaluatie met ouders en beide scholen."),
        ("p", "Wat we als samenwerkingsverband willen met terugplaatsing, onder welke voorwaarden en welke "
              "ondersteuning kinderen na de overstap krijgen, werken we in het schooljaar 2025-2026 uit met de "
              "sbo- en so-scholen."),
        ("h1", "Wat we bereiken"),
        ("p", "Iedere zes maanden verzamelen we in ons dashboard de cijfers over thuiszitters, aanvragen bij het "
              "Steunpunt, TLV's, terugplaatsingen en de tevredenheid van ouders en scholen. De adviseurs "
              "bespreken die cijfers met iedere school; het bestuur rapporteert jaarlijks in het jaarverslag "
              "aan de raad van toezicht, de OPR en de gemeenten. In 2024 zaten 7 kinderen langer dan drie "
              "maanden thuis, werden 58 TLV's afgegeven en keerden 9 kinderen terug naar een basisschool."),
        ("p", "Welke resultaten we in deze planperiode willen bereiken, formuleren we na de evaluatie van het "
              "vorige plan in het voorjaar van 2026."),
        ("h1", "Hulp voor ouders"),
        ("p", "Heeft u een vraag over de ondersteuning van uw kind, of loopt u vast in het contact met school? "
              "Het Ouder- en Jeugdsteunpunt Waardenland helpt u verder. Het steunpunt is onafhankelijk: het "
              "werkt vanuit het belang van uw kind, niet in opdracht van de school. U kunt bellen, mailen of "
              "langskomen op het spreekuur in de bibliotheek van Gorinchem-West (woensdagochtend). Daarnaast "
              "kunt u gratis hulp vragen aan de Onderwijsconsulenten. Een klacht kunt u indienen bij de "
              "klachtencommissie waarbij het samenwerkingsverband is aangesloten; geschillen over "
              "toelating of verwijdering kunt u voorleggen aan de Geschillencommissie passend onderwijs."),
        ("p", "Onze communicatie-aanpak voor ouders vernieuwen we dit jaar."),
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband ontvangt ondersteuningsmiddelen van het Rijk. Hoe we deze middelen "
              "verdelen en waaraan we ze besteden, staat in de meerjarenbegroting en het jaarplan. Die worden "
              "ieder jaar afzonderlijk door het bestuur vastgesteld en zijn te vinden onder Documenten."),
    ]
    g = f_governance(v, opr_parents=True); g[0] = ("h1", "Organisatie en inspraak"); b += g
    p = f_personeel(v); p[0] = ("h1", "Ons team"); b += p
    pr = f_privacy(v); pr[0] = ("h1", "Privacy"); b += pr
    b += f_extra(v, "po")
    b += f_ontwikkelingen(v)
    pl = f_planning(v, [["2025-2026", "Uitwerking terugplaatsingsbeleid; evaluatie vorig plan"],
                        ["2026-2027", "Nieuwe ambities; nieuwe kwaliteitskaart"],
                        ["2027-2028", "Tussenevaluatie"],
                        ["2028-2029", "Nieuw plan"]])
    pl[0] = ("h1", "Planning"); b += pl
    b += [("h1", "Veelgestelde vragen"),
          ("p", "Mag een school mijn kind weigeren? Een school heeft zorgplicht: als u uw kind aanmeldt en het "
                "heeft extra ondersteuning nodig, dan moet de school een passende plek bieden, op de eigen school "
                "of op een andere school die het kind toelaat."),
          ("p", "Wat is een OPP? Een ontwikkelingsperspectiefplan beschrijft wat een kind nodig heeft en welke "
                "doelen de school met het kind wil bereiken. Ouders hebben instemmingsrecht op het handelingsdeel."),
          ("p", "Wat is het verschil tussen sbo en so? Het speciaal basisonderwijs is bedoeld voor kinderen die "
                "in kleinere groepen met meer structuur en begeleiding verder kunnen. Het speciaal onderwijs is "
                "er voor kinderen met een ernstige beperking, stoornis of gedragsproblematiek en werkt met "
                "gespecialiseerde teams. Beide schoolsoorten maken deel uit van de ondersteuningsroute."),
          ("p", "Wie zit er in de ondersteuningsplanraad? De OPR bestaat uit ouders en personeelsleden die zijn "
                "afgevaardigd door de medezeggenschapsraden van de scholen. Vergaderingen zijn openbaar; de data "
                "staan in de agenda."),
          ("p", "Krijgt mijn kind vervoer naar het sbo? Leerlingenvervoer is een taak van de gemeente. U vraagt "
                "het aan bij de gemeente waar u woont.")]
    b += glossary("Begrippen", GLOSS_COMMON + [
        ["Financiën", "De ondersteuningsmiddelen en hun verdeling over de scholen."],
        ["Steunpunt Waardenland", "Het team van adviseurs van het samenwerkingsverband dat arrangementen toekent."]])
    return b, v


def label5():
    return dict(
        documents=["po-waardenland-ondersteuningsplan-2025-2029.html"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                            "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Only borging (kwaliteitskaart, verbeterplan) is addressed; level and content are referred to schoolgidsen and a web page.",
               "plaatsing": "'Naar het sbo of so' gives criteria for sbo and so and TLV duration; the procedure is referred to the page 'TLV aanvragen'.",
               "terugstroom": "'Terug naar de basisschool' gives steps, initiator, decider, 1 August, evaluations; policy/conditions/support deferred to 2025-2026.",
               "financien": "'Financien' only refers to the separately adopted meerjarenbegroting and jaarplan under Documenten; footer/begrippen are traps.",
               "dekkend-aanbod": "Ondersteuningsroute (basis > extra > Steunpunt arrangementen > sbo/so) and 'Niemand buiten spel' for gaps and thuiszitters.",
               "resultaten": "'Wat we bereiken': half-yearly dashboard and annual reporting with 2024 figures; intended results deferred to spring 2026.",
               "ouders": "'Hulp voor ouders' covers OJSP, Onderwijsconsulenten, klachten/geschillen; how parents are informed is deferred ('vernieuwen we dit jaar')."})


# ---------------------------------------------------------------------------------------------
# Near miss: a school's own 'ondersteuningsplan' (docx)
# ---------------------------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "OBS De Vlonder, Neder-Waal - aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lingeland (PO 26-07)"),
         ("toc", None),
         ("h1", "1. Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Vlonder de ondersteuning aan haar 214 leerlingen "
               "organiseert in het schooljaar 2025-2026. Het plan is opgesteld door het zorgteam (directeur, "
               "intern begeleider en gedragsspecialist) en besproken in de medezeggenschapsraad van de school. "
               "Het is een uitwerking van ons schoolondersteuningsprofiel en van de afspraken die in het "
               "samenwerkingsverband Lingeland gelden."),
         ("p", "Passend onderwijs betekent voor ons dat ieder kind op De Vlonder onderwijs krijgt dat past bij "
               "zijn of haar mogelijkheden. Wij werken handelingsgericht en gaan uit van de onderwijsbehoeften "
               "van kinderen, niet van hun beperkingen. Ouders zijn onze partners: zij kennen hun kind het best."),
         ("h1", "2. Zorgniveaus op De Vlonder"),
         ("p", "Wij onderscheiden vijf zorgniveaus. Niveau 1: algemene zorg door de leerkracht in de groep. Niveau 2: "
               "extra zorg in de groep, bijvoorbeeld verlengde instructie of een aangepaste leerlijn. Niveau 3: "
               "speciale zorg na bespreking met de intern begeleider, zoals remedial teaching. Niveau 4: speciale "
               "zorg met inzet van externe deskundigen of een arrangement van het samenwerkingsverband. Niveau 5: "
               "verwijzing naar het speciaal basisonderwijs of speciaal onderwijs."),
         ("h1", "3. Basisondersteuning op onze school"),
         ("p", "De Vlonder voldoet aan de Lingelandse standaard van het samenwerkingsverband. Op onze school "
               "betekent dat onder meer: een intern begeleider voor drie dagen per week, een dyslexiespecialist, "
               "de methode Kwink voor sociaal-emotionele ontwikkeling, een plusgroep op woensdag en een "
               "time-in plek bij de directiekamer. Kinderen met een eigen leerlijn krijgen een OPP."),
         ("h1", "4. Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar (oktober, februari en juni) bespreekt de intern begeleider met iedere leerkracht "
               "de groep aan de hand van het groepsoverzicht en de toetsresultaten van Cito en Leerlijnen. Na de "
               "groepsbespreking volgt, als dat nodig is, een leerlingbespreking. Daarbij zijn ouders altijd "
               "welkom. Afspraken worden vastgelegd in ParnasSys."),
         ("table", [["Periode", "Activiteit", "Wie"],
                    ["September", "Startgesprekken met ouders en kind", "Leerkracht"],
                    ["Oktober", "Groepsbespreking 1", "IB'er en leerkracht"],
                    ["Januari", "Midden-toetsen; analyse", "Leerkracht en IB'er"],
                    ["Februari", "Groepsbespreking 2; ondersteuningsteam", "IB'er, adviseur SWV"],
                    ["Juni", "Groepsbespreking 3; overdracht", "Alle leerkrachten"]]),
         ("h1", "5. Ondersteuningsteam en arrangementen"),
         ("p", "Vier keer per jaar komt het ondersteuningsteam (OT) van De Vlonder bijeen: de intern begeleider, "
               "de adviseur van het samenwerkingsverband, de schoolmaatschappelijk werker en - als ouders dat "
               "willen - de jeugdverpleegkundige. Het OT kan een schoolarrangement inzetten uit het schoolbudget "
               "dat de school van het samenwerkingsverband ontvangt, of een bovenschools arrangement aanvragen."),
         ("p", "In het schooljaar 2024-2025 maakten 11 leerlingen gebruik van een schoolarrangement en 4 "
               "leerlingen van de Plusklas Lingeland."),
         ("h1", "6. Verwijzing naar sbo of so"),
         ("p", "Als de ondersteuning op De Vlonder niet toereikend is, kan de school - na bespreking in het OT en "
               "met instemming van ouders - een toelaatbaarheidsverklaring aanvragen bij het Loket Lingeland van "
               "het samenwerkingsverband. De intern begeleider stelt het dossier op. Het samenwerkingsverband "
               "beslist. Afgelopen schooljaar is voor twee leerlingen een TLV aangevraagd."),
         ("h1", "7. Ouders"),
         ("p", "Wij informeren ouders via de schoolgids, de nieuwsbrief en de ouderapp. Bij zorgen over een kind "
               "neemt de leerkracht contact op met ouders; ouders kunnen ook zelf altijd een afspraak maken met "
               "de intern begeleider. Heeft u een klacht, dan kunt u terecht bij de interne "
               "vertrouwenspersoon van de school of bij de klachtenregeling van ons bestuur."),
         ("h1", "8. Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van ongeveer 42.900 euro. Dit "
               "bedrag zetten wij in voor een onderwijsassistent (0,6 fte), voor de plusgroep en voor scholing "
               "van het team in handelingsgericht werken."),
         ("h1", "9. Evaluatie"),
         ("p", "Aan het einde van het schooljaar evalueert het zorgteam dit plan met het team en de MR. De "
               "uitkomsten gebruiken wij voor het plan van volgend schooljaar en voor ons schoolplan."),
         ("h1", "10. Scholing en professionalisering"),
         ("p", "Het team volgt in 2025-2026 een tweedaagse training over executieve functies. De intern "
               "begeleider neemt deel aan het IB-netwerk van het samenwerkingsverband en de gedragsspecialist "
               "aan de leergemeenschap gedrag. Twee leerkrachten starten met de opleiding rekenspecialist.")]
    return b


def label_nm():
    return dict(documents=["obs-de-vlonder-ondersteuningsplan-2025-2026.docx"], sector="po",
                looks_like_plan=False, elements={}, criteria={},
                notes={"document": "A single school's own one-year 'ondersteuningsplan' (zorgniveaus, groepsbesprekingen, "
                                   "schoolbudget) that merely refers to its samenwerkingsverband; not the SWV plan of art. 18a WPO "
                                   "(no planperiode, no OPR/OOGO, no SWV-wide toewijzing or verdeling)."})


# ---------------------------------------------------------------------------------------------

def dump_label(data, name):
    order = ["documents", "sector", "looks_like_plan", "elements", "criteria", "advisory_addressed", "notes"]
    lines = []
    for k in order:
        if k not in data:
            continue
        val = data[k]
        if k == "documents":
            lines.append("documents: [" + ", ".join(val) + "]")
        elif k in ("sector",):
            lines.append(f"{k}: {val}")
        elif k == "looks_like_plan":
            lines.append(f"{k}: {'true' if val else 'false'}")
        elif k == "elements":
            lines.append("elements: {" + ", ".join(f"{a}: {b}" for a, b in val.items()) + "}")
        elif k == "criteria":
            if not val:
                lines.append("criteria: {}")
            else:
                lines.append("criteria:")
                lines += [f"  {a}: {'true' if b else 'false'}" for a, b in val.items()]
        elif k == "advisory_addressed":
            lines.append("advisory_addressed:")
            lines += [f"  {a}: [{', '.join(b)}]" for a, b in val.items()]
        elif k == "notes":
            lines.append("notes:")
            lines += [f"  {a}: {yaml.safe_dump(b, allow_unicode=True, width=10000, default_style=chr(34)).strip()}"
                      for a, b in val.items()]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    b, _ = plan1()
    write_docx(b, OUT / "po-lingeland-ondersteuningsplan-2025-2029.docx",
               "SWV Passend Primair Onderwijs Lingeland - Ondersteuningsplan 2025-2029")
    dump_label(label1(), "po-lingeland-ondersteuningsplan-2025-2029.expected.yaml")
    report.append(("plan1", words(b)))

    b, _ = plan2()
    d = OUT / "vo-eemvallei-koersplan-2025-2029.docx"
    write_docx(b, d, "Koersplan passend onderwijs 2025-2029 | SWV VO Eemvallei", font="Arial",
               color=(0x00, 0x6B, 0x5F))
    docx_to_pdf(d, OUT / "vo-eemvallei-koersplan-2025-2029.pdf")
    dump_label(label2(), "vo-eemvallei-koersplan-2025-2029.expected.yaml")
    report.append(("plan2", words(b)))

    tmpdir = Path(tempfile.mkdtemp(prefix="holdout239_docx_"))
    try:
        b, _ = plan3()
        d = tmpdir / "po-kempenbrug-ondersteuningsplan-2025-2029.docx"
        write_docx(b, d, "De Kempenbrug PO 30-11 | Ondersteuningsplan 2025-2029", font="Times New Roman",
                   color=(0x40, 0x40, 0x40))
        docx_to_pdf(d, OUT / "po-kempenbrug-ondersteuningsplan-2025-2029.pdf")
        dump_label(label3(), "po-kempenbrug-ondersteuningsplan-2025-2029.expected.yaml")
        report.append(("plan3", words(b)))

        b, _ = plan4()
        d = tmpdir / "vo-marne-en-wold-ondersteuningsplan-2025-2029.docx"
        write_docx(b, d, "Samen verder | SWV VO Marne en Wold", font="Verdana", color=(0x8B, 0x1E, 0x3F))
        docx_to_pdf(d, OUT / "vo-marne-en-wold-ondersteuningsplan-2025-2029.pdf")
        dump_label(label4(), "vo-marne-en-wold-ondersteuningsplan-2025-2029.expected.yaml")
        report.append(("plan4", words(b)))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    b, _ = plan5()
    write_html(b, OUT / "po-waardenland-ondersteuningsplan-2025-2029.html",
               "Ondersteuningsplan 2025-2029 | SWV PO Waardenland")
    dump_label(label5(), "po-waardenland-ondersteuningsplan-2025-2029.expected.yaml")
    report.append(("plan5", words(b)))

    b = nearmiss()
    write_docx(b, OUT / "obs-de-vlonder-ondersteuningsplan-2025-2026.docx", "OBS De Vlonder - Ondersteuningsplan 2025-2026")
    dump_label(label_nm(), "obs-de-vlonder-ondersteuningsplan-2025-2026.expected.yaml")
    report.append(("nearmiss", words(b)))

    for name, n in report:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
