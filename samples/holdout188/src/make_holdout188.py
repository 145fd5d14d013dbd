#!/usr/bin/env python3
"""Generate the holdout188 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus their labels (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt
import yaml

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# Block model: ("h1"|"h2"|"p"|"li"|"table"|"pb", payload)
# ---------------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def LI(*items):
    return ("li", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def toc_blocks(blocks):
    out = [H1("Inhoudsopgave")]
    for kind, val in blocks:
        if kind == "h1":
            out.append(P(val))
        elif kind == "h2":
            out.append(P("    " + val))
    return out


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind == "li":
            n += sum(len(v.split()) for v in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


def write_docx(path, title_lines, blocks, header_text):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " - versie vastgesteld"
    d.add_paragraph(title_lines[0], style="Title")
    for t in title_lines[1:]:
        d.add_paragraph(t)
    d.add_page_break()
    body = toc_blocks(blocks) + [("pb", None)] + blocks
    for kind, val in body:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "li":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = d.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
    d.save(str(path))


def write_pdf(path, title_lines, blocks, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout188_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(src, title_lines, blocks, header_text)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_md(path, title_lines, blocks):
    lines = ["# " + title_lines[0], ""] + [t + "  " for t in title_lines[1:]] + [""]
    lines += ["## Inhoud", ""]
    for kind, val in blocks:
        if kind == "h1":
            lines.append("- " + val)
        elif kind == "h2":
            lines.append("    - " + val)
    lines.append("")
    for kind, val in blocks:
        if kind == "h1":
            lines += ["## " + val, ""]
        elif kind == "h2":
            lines += ["### " + val, ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "li":
            lines += ["- " + v for v in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                lines.append("| " + " | ".join(r) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(path, title, blocks):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % e(title), "<header><p>%s</p></header>" % e(title),
           "<main>"]
    for kind, val in blocks:
        if kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "li":
            out.append("<ul>" + "".join("<li>%s</li>" % e(v) for v in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>Vastgesteld door de MR op 24 juni 2025</p></footer>", "</body></html>"]
    path.write_text("\n".join(out), encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, false_criteria, advisory, notes):
    criteria = {c: (c not in false_criteria) for c in CORE}
    elements = status_from(criteria, advisory)
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: true",
             "elements: {%s}" % ", ".join("%s: %s" % (k, v) for k, v in elements.items()),
             "criteria:"]
    lines += ["  %s: %s" % (c, "true" if criteria[c] else "false") for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append("  %s: %s" % (el, yaml.safe_dump(notes[el], allow_unicode=True,
                                                             default_style='"', width=10000).strip()))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elements


# ---------------------------------------------------------------------------------------------
# Shared filler (governance, OPR, personeel, ICT, planning ...). Parameterised per verband.
# None of these chapters addresses a core criterion; flags switch off parts that would touch
# an advisory criterion for plans where the element must stay 'missing'.
# ---------------------------------------------------------------------------------------------
def voorwoord(c):
    return [
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan %s van %s. Dit plan is het resultaat van een jaar lang "
          "gesprekken met schoolleiders, intern begeleiders, leerkrachten, ouders, gemeenten en "
          "partners in %s. Het vorige plan heeft ons veel gebracht: we kennen elkaar beter, we weten "
          "de weg naar elkaar te vinden en we spreken steeds vaker een gemeenschappelijke taal als het "
          "gaat om kinderen die iets extra's nodig hebben." % (c["periode"], c["naam"], c["regio"])),
        P("Tegelijk zien we dat de wereld om ons heen verandert. Het lerarentekort raakt onze scholen "
          "hard, de vraag naar jeugdhulp neemt toe en de landelijke verbeteraanpak passend onderwijs "
          "vraagt ons om keuzes scherper te maken. Dit plan is daarom geen dik naslagwerk geworden, maar "
          "een document waarin we vastleggen wat we samen hebben afgesproken en waar we elkaar op kunnen "
          "aanspreken. Waar in dit plan wordt gesproken over ouders, bedoelen we steeds ook verzorgers en "
          "voogden."),
        P("Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de "
          "ondersteuningsplanraad, die met scherpe vragen het plan beter hebben gemaakt. Ik wens u veel "
          "leesplezier en nodig u uit om met ons in gesprek te blijven over de vraag hoe we elk kind in "
          "onze regio een goede plek kunnen bieden."),
        P("%s, directeur-bestuurder" % c["directeur"]),
    ]


def regio(c, with_table=True):
    b = [
        H1("Onze regio en ons samenwerkingsverband"),
        P("%s (registratienummer %s) is een stichting waarin %d schoolbesturen samenwerken. Het "
          "werkgebied omvat de gemeenten %s. In totaal vallen %d schoolvestigingen onder het "
          "samenwerkingsverband, met samen ongeveer %s leerlingen op de teldatum van 1 oktober 2025."
          % (c["naam"], c["code"], c["besturen"], c["gemeenten"], c["scholen"], c["leerlingen"])),
        P("De regio kent grote verschillen. In de kernen zijn scholen groot en liggen voorzieningen dicht "
          "bij elkaar; in de buitengebieden staan kleine scholen met soms minder dan vijftig leerlingen, "
          "waar een leerkracht combinatiegroepen draagt en de intern begeleider ook een lesgevende taak "
          "heeft. Die verschillen vragen om afspraken die overal werken, maar die ruimte laten voor de "
          "eigen situatie van een school. De krimp van het leerlingaantal zet de komende jaren door; de "
          "prognose is een daling van ongeveer vier procent over de planperiode."),
    ]
    if with_table:
        b.append(TABLE(["Gemeente", "Aantal vestigingen", "Leerlingen (1-10-2025)"], *c["tabel_regio"]))
    return b


def visie(c):
    return [
        H1("Visie en missie"),
        P("Onze missie is eenvoudig te formuleren en lastig waar te maken: ieder kind in %s krijgt "
          "onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis. We geloven dat kinderen "
          "zich het best ontwikkelen in hun eigen omgeving, samen met leeftijdsgenoten uit hun buurt of dorp. "
          "Scholen, ouders en partners zijn samen verantwoordelijk; het samenwerkingsverband faciliteert, "
          "verbindt en bewaakt." % c["regio"]),
        P("Vanuit die missie hanteren we vijf kernwaarden: nabijheid, vakmanschap, vertrouwen, "
          "eigenaarschap en eenvoud. Nabijheid betekent dat we ondersteuning naar het kind brengen en niet "
          "andersom. Vakmanschap betekent dat we investeren in de deskundigheid van leerkrachten. "
          "Vertrouwen betekent dat we de professionele ruimte van scholen respecteren. Eigenaarschap "
          "betekent dat scholen zelf verantwoordelijkheid nemen voor hun resultaten en hun middelen. "
          "Eenvoud betekent dat we bureaucratie zoveel mogelijk beperken: geen formulier als een gesprek "
          "volstaat, geen arrangement als een goede aanpassing in de klas voldoende is."),
        P("We zien passend onderwijs niet als een systeem van loketten en toelaatbaarheid, maar als een "
          "houding. Elke leerkracht die een kind ziet vastlopen, stelt zich de vraag: wat heeft dit kind "
          "nodig, en wat heb ik nodig om dat te bieden? Het samenwerkingsverband wil dat die vraag op elke "
          "school een antwoord vindt. Inclusiever onderwijs is daarbij een richting, geen doel op zich: "
          "speciale voorzieningen blijven nodig voor kinderen die daar het best tot hun recht komen."),
    ]


def governance(c, kwaliteit_zin=True):
    b = [
        H1("Organisatie en governance"),
        P("Het samenwerkingsverband is een stichting. De statuten kennen een scheiding tussen bestuur en "
          "intern toezicht: de directeur-bestuurder bestuurt, de raad van toezicht houdt toezicht en de "
          "algemene vergadering van aangesloten schoolbesturen stelt op hoofdlijnen het beleid vast, "
          "waaronder dit ondersteuningsplan. De raad van toezicht bestaat uit vijf leden, van wie twee op "
          "voordracht van de algemene vergadering en één met een financiële achtergrond."),
        P("De directeur-bestuurder wordt ondersteund door een klein staf- en uitvoeringsbureau met een "
          "beleidsmedewerker, een controller, een secretaresse, orthopedagogen en consulenten. Het bureau "
          "is gevestigd in %s. Het bestuursreglement en het toezichtskader zijn op onze website gepubliceerd. "
          "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen, zoals "
          "de wet voorschrijft." % c["vestiging"]),
        P("Schoolleiders ontmoeten elkaar vier keer per jaar in het directeurenoverleg per subregio. Intern "
          "begeleiders komen samen in netwerken die door het samenwerkingsverband worden gefaciliteerd. "
          "Deze overlegvormen zijn geen besluitvormende organen, maar wel de plek waar beleid wordt "
          "voorbereid en getoetst aan de praktijk."),
    ]
    if kwaliteit_zin:
        b.append(P("De raad van toezicht hanteert de Code Goed Bestuur in het primair onderwijs en evalueert "
                   "jaarlijks het eigen functioneren. De accountant controleert jaarlijks de jaarrekening."))
    return b


def opr(c, met_ouders=True):
    if met_ouders:
        samenstelling = ("De OPR bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
                         "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De ouderleden "
                         "brengen het perspectief van gezinnen in en zorgen dat het plan leesbaar blijft voor "
                         "wie niet dagelijks in het onderwijs werkt.")
    else:
        samenstelling = ("De OPR telt tien leden, afgevaardigd vanuit de medezeggenschapsraden van de "
                         "aangesloten scholen, en vergadert zes keer per jaar.")
    return [
        H1("Medezeggenschap: de ondersteuningsplanraad"),
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
          "wijzigingen daarvan. " + samenstelling),
        P("De OPR heeft een eigen reglement en een eigen budget voor scholing en ondersteuning. De "
          "directeur-bestuurder voert minimaal vier keer per jaar overleg met de OPR. Naast de OPR kent het "
          "samenwerkingsverband een medezeggenschapsraad voor het eigen personeel. De OPR heeft op %s "
          "ingestemd met dit plan." % c["opr_datum"]),
    ]


def oogo(c):
    return [
        H1("Samenwerking met gemeenten"),
        P("Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten %s. "
          "Het OOGO over dit plan vond plaats op %s. De gemeenten hebben geen bezwaren ingebracht; hun "
          "reactie is verwerkt." % (c["gemeenten"], c["oogo_datum"])),
        P("Inhoudelijk werken we met de gemeenten samen aan de aansluiting tussen onderwijs en jeugdhulp. "
          "Op elke school is een vaste contactpersoon van het lokale team of wijkteam beschikbaar die "
          "aanschuift bij het ondersteuningsteam. Voor kinderen die zowel onderwijs als zorg nodig hebben, "
          "maken school, gemeente en zorgaanbieder een onderwijs-zorgarrangement, waarbij vooraf is "
          "afgesproken wie welk deel financiert. Leerlingenvervoer en onderwijshuisvesting blijven "
          "gemeentelijke taken; we stemmen jaarlijks af over de gevolgen van ons beleid daarvoor."),
        P("Daarnaast voeren we overleg met het samenwerkingsverband %s over de overstap van basisonderwijs "
          "naar voortgezet onderwijs, zodat de warme overdracht van leerlingen met een ondersteuningsbehoefte "
          "goed verloopt." % c["ander_swv"]),
    ]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("Het samenwerkingsverband heeft %s fte in dienst. Het grootste deel daarvan bestaat uit "
          "orthopedagogen, consulenten en ambulant begeleiders die scholen ondersteunen. Daarnaast heeft "
          "het verband een kleine staf. Het personeel is in dienst van de stichting en valt onder de cao "
          "primair onderwijs." % c["fte"]),
        P("Professionalisering staat hoog op de agenda. Ieder jaar biedt het samenwerkingsverband een "
          "scholingsaanbod voor intern begeleiders en leerkrachten, met thema's als gedrag in de klas, "
          "executieve functies, meertaligheid, rekenproblemen en het voeren van gesprekken met ouders. "
          "Scholen kunnen daarnaast een beroep doen op de expertise van collega's uit het speciaal "
          "(basis)onderwijs via het netwerk van expertteams. Het lerarentekort maakt dat we ook "
          "zij-instromers en onbevoegde leerkrachten gericht willen ondersteunen; daarvoor is een "
          "introductieprogramma ontwikkeld."),
        P("De werkdruk van intern begeleiders is een aandachtspunt. In de gesprekken over dit plan gaven "
          "veel IB'ers aan dat administratieve lasten rond aanvragen en verslaglegging zwaar wegen. We "
          "hebben daarom formulieren vereenvoudigd en bieden ondersteuning bij het opstellen van "
          "groeidocumenten."),
    ]


def ict(c):
    return [
        H1("ICT, privacy en gegevensbeheer"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor de wettelijke taken. We doen dat volgens de AVG en de "
          "regels in de onderwijswetgeving. Gegevens worden bewaard tot drie jaar na het besluit waarvoor ze "
          "zijn verzameld. Een functionaris gegevensbescherming, gedeeld met andere samenwerkingsverbanden, "
          "ziet toe op de naleving."),
        P("Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. E-mail wordt niet "
          "gebruikt voor het versturen van dossiers. Medewerkers van het samenwerkingsverband hebben alleen "
          "toegang tot dossiers waarmee zij werken. Het privacyreglement en het verwerkingsregister zijn "
          "opvraagbaar bij het bureau. In de planperiode vervangen we ons registratiesysteem; de aanbesteding "
          "daarvan loopt in 2026."),
    ]


def planning(c):
    return [
        H1("Totstandkoming en planning"),
        P("Dit ondersteuningsplan is opgesteld door een werkgroep van directeuren, intern begeleiders en "
          "stafmedewerkers, in opdracht van de directeur-bestuurder. Het concept is besproken in de "
          "directeurenoverleggen, met de OPR en met de gemeenten. De algemene vergadering heeft het plan op "
          "%s vastgesteld, nadat de OPR had ingestemd en het OOGO was afgerond. Het plan is vóór 1 mei 2026 "
          "toegezonden aan de Inspectie van het Onderwijs." % c["vaststelling"]),
        TABLE(["Moment", "Datum"],
              ["Concept gereed", "november 2025"],
              ["OOGO met gemeenten", c["oogo_datum"]],
              ["Instemming OPR", c["opr_datum"]],
              ["Vaststelling algemene vergadering", c["vaststelling"]],
              ["Toezending Inspectie", "vóór 1 mei 2026"],
              ["Ingangsdatum", "1 augustus 2026"]),
        P("Het plan loopt van 1 augustus 2026 tot en met 31 juli 2030. Jaarlijks werken we de plannen uit in "
          "een jaarplan. Tussentijdse wijzigingen van het plan leggen we ter instemming voor aan de OPR."),
    ]


def landelijk(c, met_ouderwet=True):
    b = [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. "
          "Na de evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met "
          "ruim twintig maatregelen. Een deel daarvan raakt samenwerkingsverbanden direct, zoals de afspraak "
          "dat samenwerkingsverbanden geen bovenmatige reserves aanhouden, de versterking van het toezicht "
          "door de inspectie en de ambitie om het onderwijs in Nederland stap voor stap inclusiever te maken, "
          "met als horizon het jaar 2035."),
        P("Daarnaast werkt het ministerie aan een landelijke norm voor basisondersteuning. Het advies daarover "
          "verscheen in 2025; wanneer en in welke vorm de norm wettelijk wordt vastgelegd, is bij het "
          "schrijven van dit plan nog niet bekend. We volgen deze ontwikkeling nauwgezet en bespreken de "
          "gevolgen tijdig met de besturen en de OPR. Ook de discussie over de bekostiging van het speciaal "
          "onderwijs en over de positie van kinderen met een vrijstelling van de leerplicht volgen we op de voet."),
    ]
    if met_ouderwet:
        b.append(P("De Wet versterking positie ouders en leerlingen in het passend onderwijs verandert op "
                   "een aantal punten de spelregels: leerlingen krijgen hoorrecht bij het "
                   "ontwikkelingsperspectief en de informatie over ondersteuning verhuist van het "
                   "schoolondersteuningsprofiel naar de schoolgids. Waar nodig passen we onze werkwijze aan "
                   "zodra de wet in werking treedt."))
    else:
        b.append(P("Ook de wetgeving rond het ontwikkelingsperspectief en de schoolgids verandert. Waar nodig "
                   "passen we onze werkwijze aan zodra nieuwe regels in werking treden."))
    return b


def communicatie_partners(c):
    return [
        H1("Communicatie met scholen en partners"),
        P("Het samenwerkingsverband wil een betrouwbare en goed bereikbare partner zijn voor scholen, "
          "gemeenten en zorgaanbieders. Scholen hebben in hun regioteam een vast aanspreekpunt, dat binnen "
          "twee werkdagen reageert op een vraag. Directeuren en intern begeleiders ontvangen maandelijks een "
          "digitale nieuwsbrief met actuele informatie, scholingsaanbod en voorbeelden uit de praktijk."),
        P("De website van het samenwerkingsverband is in 2025 vernieuwd en voldoet aan de landelijke "
          "toegankelijkheidsrichtlijnen. Voor vragen van de pers is de directeur-bestuurder woordvoerder. "
          "Een jaarlijkse regiobijeenkomst brengt bestuurders, schoolleiders en professionals samen rond een "
          "actueel thema. In 2025 was dat het lerarentekort en de gevolgen daarvan voor de kwaliteit van "
          "de lessen; in 2026 staat digitale geletterdheid centraal."),
    ]


def mbo(c):
    return [
        H1("Aansluiting op mbo en arbeidsmarkt"),
        P("Een goede overgang van het voortgezet onderwijs naar het mbo of naar werk is voor veel jongeren "
          "met een ondersteuningsbehoefte een kwetsbaar moment. Samen met de mbo-instellingen in de regio "
          "hebben we afgesproken dat iedere jongere met een ontwikkelingsperspectief een warme overdracht "
          "krijgt, waarbij de mentor van de VO-school en de studieloopbaanbegeleider van het mbo elkaar "
          "spreken vóór de start van het schooljaar. Het praktijkonderwijs en het vso werken met "
          "arbeidstoeleiding via stages en leerwerkplekken bij bedrijven in de regio."),
        P("Met de gemeenten en het werkgeversservicepunt werken we aan een sluitende aanpak voor jongeren "
          "die na het vso of het praktijkonderwijs een baan zoeken. Uitstroom naar arbeid wordt een jaar na "
          "het verlaten van school gevolgd door de school. Het samenwerkingsverband faciliteert de "
          "samenwerking en brengt partijen bij elkaar, maar de uitvoering ligt bij de scholen."),
        P("Voor nieuwkomers biedt de internationale schakelklas (ISK) in Oss onderwijs aan jongeren die "
          "korter dan twee jaar in Nederland zijn. Na de ISK stromen zij door naar een reguliere VO-school "
          "of naar het mbo; de ISK begeleidt die overstap."),
    ]


def inspectie(c):
    return [
        H1("Toezicht door de inspectie"),
        P("De Inspectie van het Onderwijs bezoekt ieder samenwerkingsverband minimaal eens in de vier jaar. "
          "Het laatste bezoek aan %s vond plaats in het voorjaar van 2023. De inspectie sprak met het bestuur, "
          "de raad van toezicht, de OPR, schooldirecteuren en intern begeleiders. Het eindoordeel was "
          "voldoende; er werden geen herstelopdrachten gegeven. De inspectie gaf ons wel twee adviezen mee: "
          "maak beleid minder afhankelijk van personen, en zorg dat afspraken op papier ook in de praktijk "
          "herkenbaar zijn." % c["naam"]),
        P("Die adviezen hebben we ter harte genomen bij het schrijven van dit plan. We hebben afspraken zo "
          "helder mogelijk geformuleerd en per hoofdstuk aangegeven wie verantwoordelijk is. Ook hebben we de "
          "taken van het bureau beter beschreven in functieprofielen, zodat de continuïteit niet afhangt van "
          "één of twee medewerkers. Het volgende vierjaarlijkse onderzoek verwachten we in 2027."),
    ]


def organisatie(c):
    return [
        H1("Organisatieontwikkeling en huisvesting"),
        P("Het bureau van het samenwerkingsverband is de afgelopen jaren gegroeid, van een handvol "
          "medewerkers naar een organisatie met %s fte. Die groei vraagt om een andere manier van "
          "organiseren. In 2025 zijn we overgestapt op een structuur met drie regioteams, elk met een eigen "
          "teamleider, een orthopedagoog en consulenten. De regioteams zijn het vaste aanspreekpunt voor de "
          "scholen in hun gebied. Het stafbureau ondersteunt de teams op het gebied van financiën, personeel, "
          "communicatie en secretariaat." % c["fte"]),
        P("Het bureau is gehuisvest in een verbouwd schoolgebouw in %s, dat we huren van een van de "
          "aangesloten besturen. Het gebouw biedt ook ruimte voor scholingsbijeenkomsten en overleggen. In de "
          "planperiode verduurzamen we het gebouw in overleg met de eigenaar. Medewerkers werken deels op "
          "scholen en deels op kantoor; thuiswerken is mogelijk volgens de regeling hybride werken."),
        P("Het ziekteverzuim onder medewerkers van het samenwerkingsverband lag in 2025 op 4,8 procent. We "
          "investeren in duurzame inzetbaarheid met een vitaliteitsbudget en jaarlijkse "
          "ontwikkelgesprekken. Bij vacatures werven we eerst intern en bij de aangesloten besturen, zodat "
          "expertise in de regio behouden blijft."),
    ]


def kennisdeling(c):
    return [
        H1("Samenwerking met andere samenwerkingsverbanden"),
        P("%s werkt samen met andere samenwerkingsverbanden in de provincie. Met hen delen we een "
          "functionaris gegevensbescherming, een controller voor de jaarrekening en een inkoopcontract voor "
          "het registratiesysteem. Daarnaast organiseren we jaarlijks een gezamenlijke studiedag voor "
          "intern begeleiders en ondersteuningscoördinatoren, waar scholen van elkaar leren en nieuwe "
          "inzichten uit onderzoek worden gedeeld." % c["naam"]),
        P("Ook landelijk zoeken we de verbinding. We nemen deel aan bijeenkomsten van de sectororganisaties "
          "en aan een lerend netwerk van samenwerkingsverbanden dat zich bezighoudt met inclusiever onderwijs. "
          "Wat we daar leren, brengen we terug naar de besturen en de directeurenoverleggen. Voor nieuwe "
          "medewerkers is er een inwerkprogramma waarin zij kennismaken met de scholen, de gemeenten en de "
          "collega-verbanden in de regio."),
        P("Tot slot investeren we in de samenwerking met de lerarenopleidingen en de pabo's in de regio. "
          "Studenten lopen stage op scholen in ons verband en krijgen via een minor de kans om kennis te "
          "maken met het speciaal onderwijs en het werk van de intern begeleider. Zo hopen we nieuwe "
          "leerkrachten te binden aan onze regio."),
    ]


# ---------------------------------------------------------------------------------------------
# Plan A: PO, north (Friesland coast), .docx. Rich plan; resultaten monitoring deferred,
# ouders steunpunt only by website reference; terugplaatsing hidden in the TLV chapter.
# ---------------------------------------------------------------------------------------------
def plan_a():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Waddenkust", code="PO 21-91",
             periode="2026-2030", regio="de Waddenkust", directeur="Geertje Hoekstra",
             besturen=11, gemeenten="Noardeast-Fryslân, Waadhoeke en Harlingen", scholen=64,
             leerlingen="8.950", vestiging="Dokkum", opr_datum="12 maart 2026",
             oogo_datum="17 februari 2026", vaststelling="26 maart 2026", fte="31,4",
             ander_swv="VO Noordwest-Fryslân",
             tabel_regio=[["Noardeast-Fryslân", "29", "4.210"], ["Waadhoeke", "27", "3.640"],
                          ["Harlingen", "8", "1.100"]])
    b = []
    b += voorwoord(c)
    b += regio(c)
    b += visie(c)
    b += [
        H1("Wat elke school biedt: basisondersteuning"),
        P("Basisondersteuning is in ons samenwerkingsverband geen los begrip. De algemene vergadering heeft "
          "op 4 december 2025 één gezamenlijk niveau vastgesteld: het minimum dat elke vestiging van elke "
          "aangesloten school biedt, ongeacht bestuur, omvang of denominatie. Geen enkele school mag onder "
          "dit niveau zakken; een school die meer biedt, beschrijft dat in haar schoolgids."),
        P("Wat u als ouder op iedere school in ons gebied mag verwachten, staat in de tabel hieronder."),
        TABLE(["Onderdeel", "Wat elke school in ieder geval heeft of doet"],
              ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met een orthopedagoog van het samenwerkingsverband"],
              ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegsignalering in groep 2 en 3; extra leestijd en voorleessoftware voor wie dat nodig heeft"],
              ["Rekenen", "Signalering van rekenproblemen met het protocol ERWD en een aanpak op maat van maximaal twaalf weken"],
              ["Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling, een anti-pestcoördinator en een time-in-plek in de school"],
              ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; deelname aan de bovenschoolse plusgroep vanaf groep 5"],
              ["Taal en meertaligheid", "Extra woordenschatonderwijs en ondersteuning voor Friestalige en anderstalige kinderen"],
              ["Medische handelingen", "Een protocol medisch handelen en afspraken met de jeugdgezondheidszorg"],
              ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten, twee keer per jaar leerlingbesprekingen, en een ontwikkelingsperspectief waar dat nodig is"]),
        P("Het samenwerkingsverband bezoekt elke school eens per twee jaar met de kwaliteitskaart "
          "basisondersteuning. Scoort een school op een onderdeel onder het afgesproken niveau, dan maakt het "
          "bestuur binnen drie maanden een verbeterplan en volgt na een jaar een herbezoek."),
        H1("Extra ondersteuning en ons aanbod"),
        P("Als de basisondersteuning niet voldoende is, kan een school extra ondersteuning inzetten. We "
          "onderscheiden vijf niveaus: (1) ondersteuning in de groep, (2) ondersteuning binnen de school met "
          "inzet van de intern begeleider, (3) een arrangement op de eigen school met expertise van buiten, "
          "(4) een bovenschoolse voorziening en (5) plaatsing in het speciaal basisonderwijs of speciaal "
          "onderwijs. De stappen volgen op elkaar, maar kunnen worden overgeslagen als duidelijk is wat een "
          "kind nodig heeft."),
        LI("Arrangementen op de eigen school: inzet van een ambulant begeleider, een gedragsspecialist of een "
           "onderwijsassistent voor maximaal één schooljaar, aangevraagd via het ondersteuningsteam.",
           "Plusgroep De Sterrekiker in Dokkum en Franeker: één dagdeel per week voor meer- en hoogbegaafde leerlingen.",
           "Taalklas Nieuwkomers in Harlingen: een jaar intensief Nederlands voor kinderen die korter dan een jaar in Nederland zijn.",
           "Sbo De Kompasroos (twee locaties) voor kinderen die een kleinere groep en meer structuur nodig hebben.",
           "So-locaties voor cluster 3 en 4 in Leeuwarden en Dokkum; voor cluster 1 en 2 werken we samen met de landelijke instellingen."),
        P("Ondanks dit aanbod zien we gaten. Jaarlijks in januari maken we met de besturen een overzicht van "
          "kinderen die geen passende plek hebben, die op een wachtlijst staan of die thuiszitten. Dat "
          "overzicht bespreken we in het thuiszittersoverleg met de leerplichtambtenaren, dat elke maand "
          "bijeenkomt. Voor ieder kind dat langer dan vier weken thuiszit, stelt een trajectbegeleider van het "
          "samenwerkingsverband binnen tien werkdagen een plan op; de directeur-bestuurder kan als het "
          "vastloopt een school of voorziening vragen een kind tijdelijk op te nemen. De grootste witte vlek "
          "is op dit moment een plek voor jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen: "
          "daarvoor start in augustus 2027 een observatiegroep op sbo De Kompasroos, waarvoor in de begroting "
          "€ 180.000 per jaar is gereserveerd."),
        H1("Toelaatbaarheid tot het sbo en so"),
        H2("De aanvraag"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
          "wordt aangevraagd door het bestuur van de school waar het kind is ingeschreven. De intern "
          "begeleider dient de aanvraag in bij het Loket van het samenwerkingsverband met het groeidocument, "
          "het ontwikkelingsperspectief, het verslag van het ondersteuningsteam en de zienswijze van de "
          "ouders. Het Loket toetst binnen vijf werkdagen of de aanvraag compleet is."),
        P("Twee deskundigen geven elk afzonderlijk een schriftelijk advies: altijd een orthopedagoog of "
          "psycholoog, en afhankelijk van het kind een tweede deskundige, zoals een maatschappelijk werker, "
          "jeugdarts of kinderpsychiater. Zij zijn niet betrokken geweest bij de aanvraag. De Commissie "
          "Toelaatbaarheid neemt namens het bestuur een besluit binnen zes weken na ontvangst van de complete "
          "aanvraag. De ouders ontvangen een afschrift van de adviezen."),
        H2("Wanneer is een kind toelaatbaar?"),
        P("Een kind is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school heeft "
          "ten minste twee cycli handelingsgericht gewerkt en ondersteuning op niveau 3 ingezet; het kind "
          "heeft een ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling die een kleinere "
          "groep en een aangepast programma vraagt; en uit het ontwikkelingsperspectief blijkt dat de "
          "reguliere school dit ook met extra ondersteuning niet kan bieden. Voor het so geldt daarnaast dat "
          "het kind een ernstige en langdurige beperking heeft (verstandelijk, lichamelijk, langdurig ziek of "
          "ernstige gedrags- of psychiatrische problematiek) die specialistische expertise en intensieve "
          "begeleiding gedurende de hele schooldag vereist."),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so wordt "
          "afgegeven voor één of twee schooljaren, met bekostigingscategorie laag, midden of hoog. De "
          "commissie motiveert de gekozen categorie. Voor informatie over bezwaar verwijzen wij naar de "
          "ouderpagina op onze website."),
        H2("Na de TLV: weer dichtbij huis"),
        P("Wij vinden dat een plek in het speciaal onderwijs geen eindstation hoeft te zijn. Uitgangspunt "
          "van ons beleid is dat elk kind teruggaat naar een reguliere school in de eigen woonomgeving zodra "
          "het daar met ondersteuning tot ontwikkeling kan komen. Voorwaarde is dat de ontvangende school de "
          "ondersteuning kan bieden die in het ontwikkelingsperspectief staat; het samenwerkingsverband "
          "betaalt daarvoor een overstaparrangement van één jaar ambulante begeleiding door de so- of "
          "sbo-school die het kind kent."),
        P("De werkwijze is als volgt. De sbo- of so-school bespreekt het ontwikkelingsperspectief elk jaar "
          "met ouders. In het laatste jaar van de TLV, uiterlijk in februari, neemt de school het initiatief "
          "tot een overstapgesprek met ouders, een consulent van het samenwerkingsverband en de beoogde "
          "reguliere school. Blijkt terugkeer haalbaar, dan maken de scholen een overstapplan met een "
          "proefperiode van zes weken; blijkt dat niet, dan vraagt de school tijdig een nieuwe TLV aan. De "
          "Commissie Toelaatbaarheid besluit over de verlenging vóór 1 mei, zodat ouders weten waar hun kind "
          "na de zomer naar school gaat."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 7,9 miljoen aan ondersteuningsmiddelen. "
          "Na de afdrachten aan DUO voor de leerlingen in het so en de overdracht aan het sbo boven de "
          "2%-grens verdelen we het resterende budget volgens het verdeelmodel dat de algemene vergadering "
          "in 2025 vaststelde."),
        LI("Schoolbudget: elk bestuur ontvangt € 142 per leerling op de teldatum van 1 oktober van het "
           "voorgaande jaar, plus een vaste voet van € 6.000 per vestiging, voor extra ondersteuning op de eigen scholen.",
           "Arrangementenbudget: het samenwerkingsverband kent arrangementen toe op aanvraag van het "
           "ondersteuningsteam; de consulent beoordeelt de aanvraag aan de hand van het ontwikkelingsperspectief.",
           "Bovenschoolse voorzieningen worden centraal bekostigd."),
        P("Besturen leggen in hun jaarverslag verantwoording af over de besteding van het schoolbudget, "
          "volgens een vast format. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
        TABLE(["Post", "2026", "2027", "2028", "2029"],
              ["Baten ondersteuningsmiddelen", "7.920", "7.850", "7.780", "7.700"],
              ["Afdrachten so (DUO)", "2.610", "2.640", "2.660", "2.680"],
              ["Overdracht sbo", "1.180", "1.160", "1.140", "1.120"],
              ["Schoolbudgetten besturen", "1.655", "1.640", "1.620", "1.600"],
              ["Arrangementen", "950", "930", "920", "900"],
              ["Bovenschoolse voorzieningen (incl. observatiegroep)", "610", "790", "790", "790"],
              ["Personeel en bureau", "980", "990", "1.000", "1.010"],
              ["Resultaat", "-65", "-300", "-350", "-400"]),
        P("De negatieve resultaten zijn bewust: de algemene reserve van € 2,1 miljoen is hoger dan de "
          "signaleringswaarde en wordt in de planperiode afgebouwd tot het niveau dat nodig is om risico's "
          "op te vangen."),
        H1("Ambities en beoogde resultaten"),
        P("Voor deze planperiode hebben we vier ambities geformuleerd, elk met een concreet doel voor "
          "leerlingen die extra ondersteuning nodig hebben."),
        TABLE(["Ambitie", "Beoogd resultaat in juli 2030"],
              ["Elke school op niveau", "Alle 64 vestigingen voldoen aan het niveau van basisondersteuning"],
              ["Thuisnabij onderwijs", "Het deelnamepercentage sbo en so samen daalt van 3,4% naar 3,0%"],
              ["Snel duidelijkheid", "90% van de TLV-besluiten binnen zes weken"],
              ["Geen kind thuis", "Geen kind zit langer dan drie maanden thuis zonder passend aanbod"]),
        P("Hoe we de voortgang op deze ambities gaan volgen en rapporteren, leggen we vast in een "
          "monitoringsplan dat de staf in het eerste planjaar opstelt."),
        H1("Communicatie"),
        P("Goede communicatie is essentieel om passend onderwijs te laten werken. Het samenwerkingsverband "
          "informeert ouders op verschillende manieren over de ondersteuning die scholen en het verband "
          "bieden. De website bevat een ouderpagina met uitleg over basisondersteuning, arrangementen en de "
          "TLV, in het Nederlands en het Fries. Iedere school neemt in de schoolgids een paragraaf op over de "
          "ondersteuning op die school en verwijst naar het samenwerkingsverband. Twee keer per jaar "
          "organiseren we een informatieavond voor ouders, en bij het Loket is op werkdagen een "
          "contactpersoon voor ouders bereikbaar. Nieuwe ouders krijgen bij inschrijving de folder "
          "'Passend onderwijs aan de Waddenkust'."),
        P("Ouders die er met de school niet uitkomen, kunnen terecht bij de instanties die op onze website "
          "staan vermeld. Een ouder- en jeugdsteunpunt richten we in zodra de wetgeving daartoe verplicht."),
        P("Voor scholen verschijnt vier keer per jaar een nieuwsbrief. Intern begeleiders ontvangen daarnaast "
          "een digitale IB-brief."),
    ]
    b += oogo(c)
    b += personeel(c)
    b += landelijk(c, met_ouderwet=True)
    b += inspectie(c)
    b += organisatie(c)
    b += kennisdeling(c)
    b += ict(c)
    b += governance(c, kwaliteit_zin=False)
    b += opr(c)
    b += planning(c)
    b += [
        H1("Bijlage: begrippenlijst"),
        TABLE(["Begrip", "Betekenis"],
              ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden"],
              ["Deelnamepercentage", "Het aandeel leerlingen in sbo of so"],
              ["Monitoring", "Het stelselmatig volgen van resultaten en ontwikkelingen"],
              ["Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij problemen rond toelating of passend onderwijs"],
              ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jeugdigen"],
              ["Terugplaatsing", "Overstap van sbo/so naar een reguliere school"],
              ["TLV", "Toelaatbaarheidsverklaring"],
              ["Verevening", "Correctie van het budget voor het verschil tussen het landelijke en het regionale deelnamepercentage"]),
    ]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan B: PO, south (Zuid-Limburg), PDF. Basis content in an absent annex; dekkend netwerk
# chapter deferred; terugplaatsing procedure deferred; ouders inside "Communicatie".
# ---------------------------------------------------------------------------------------------
def plan_b():
    c = dict(naam="Stichting Passend Primair Onderwijs Heuvelland-Parkstad", code="PO 31-88",
             periode="2026-2030", regio="Heuvelland en Parkstad", directeur="drs. Lambert Vliegen",
             besturen=9, gemeenten="Heerlen, Kerkrade, Landgraaf, Gulpen-Wittem en Vaals", scholen=71,
             leerlingen="11.300", vestiging="Heerlen", opr_datum="5 maart 2026",
             oogo_datum="10 februari 2026", vaststelling="19 maart 2026", fte="27,8",
             ander_swv="VO Parkstad",
             tabel_regio=[["Heerlen", "24", "4.050"], ["Kerkrade", "14", "2.200"], ["Landgraaf", "13", "2.150"],
                          ["Gulpen-Wittem", "11", "1.600"], ["Vaals", "9", "1.300"]])
    b = []
    b += voorwoord(c)
    b += [
        H1("Inleiding en wettelijk kader"),
        P("Artikel 18a van de Wet op het primair onderwijs schrijft voor dat het ondersteuningsplan in elk "
          "geval ingaat op: het samenhangend geheel van ondersteuningsvoorzieningen inclusief de "
          "basisondersteuning, de verdeling en besteding van middelen, de procedure en criteria voor "
          "plaatsing in sbo en so, terugplaatsing en overplaatsing, de beoogde en bereikte resultaten, en de "
          "informatie aan ouders over ondersteuningsvoorzieningen en onafhankelijke ondersteuning. In de "
          "volgende hoofdstukken geven we daaraan invulling."),
        P("Dit plan is geschreven op hoofdlijnen. De uitwerking van afspraken volgt in de jaarplannen en in "
          "handreikingen voor scholen."),
    ]
    b += regio(c)
    b += visie(c)
    b += [
        H1("Basisondersteuning"),
        P("In Heuvelland en Parkstad geldt één niveau van basisondersteuning voor alle scholen: de "
          "ondergrens die iedere vestiging van iedere aangesloten school waarmaakt, zonder dat daarvoor een "
          "aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft dit niveau in oktober "
          "2025 opnieuw bevestigd; het geldt voor alle besturen gelijk."),
        P("Basisondersteuning omvat, in de woorden van het landelijke referentiekader, de basiskwaliteit "
          "zoals de inspectie die toetst, preventieve en licht curatieve interventies, een "
          "onderwijsondersteuningsstructuur en planmatig werken. Welke voorzieningen daar concreet onder "
          "vallen, staat in de Kwaliteitskaart Basisondersteuning (bijlage 2)."),
        H1("Dekkend netwerk"),
        P("Dit hoofdstuk vullen we aan nadat in het voorjaar van 2027 de netwerkanalyse met de besturen is "
          "afgerond."),
        H1("Toewijzing en toelaatbaarheid"),
        P("Wanneer een school handelingsverlegen is en een leerling meer nodig heeft dan de school kan "
          "bieden, kan het bevoegd gezag een toelaatbaarheidsverklaring aanvragen. Dat gebeurt digitaal via "
          "het ondersteuningsloket. Bij de aanvraag horen het ontwikkelingsperspectiefplan, het verslag van "
          "het multidisciplinair overleg waarbij ouders aanwezig waren, en recente toetsgegevens."),
        P("Het loket wijst twee deskundigen aan: een orthopedagoog of GZ-psycholoog en een tweede "
          "deskundige die past bij de vraag van het kind. Elke deskundige brengt een eigen, schriftelijk "
          "advies uit. De Commissie van Toelaatbaarheid (CvT) besluit binnen vier weken; in spoedgevallen "
          "binnen vijf werkdagen. De criteria die de CvT hanteert, staan in onderstaande tabel."),
        TABLE(["", "Sbo", "So (cluster 3 en 4)"],
              ["Ondersteuningsbehoefte", "Meervoudig op leren en/of gedrag; intensieve begeleiding in een kleine groep nodig", "Ernstige, langdurige beperking (ZML, LG, LZ, EMB, ernstige gedrags- of psychiatrische problematiek)"],
              ["Voorafgaande inzet", "Minimaal een half jaar arrangement op niveau 3, aantoonbaar geëvalueerd", "Niveau 3 of 4 ingezet, of aantoonbaar niet passend"],
              ["Onderbouwing", "OPP met uitstroomperspectief en evaluaties", "OPP plus medisch of psychiatrisch onderzoek waar van toepassing"],
              ["Geldigheid", "Tot einde basisschoolperiode", "Eén tot drie schooljaren; categorie laag, midden of hoog"]),
        P("Ouders en scholen die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. "
          "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        H1("Terugplaatsing"),
        P("Ons beleid is erop gericht dat kinderen die in het sbo of so zitten, terugkeren naar een "
          "reguliere basisschool als dat in hun belang is. Het ontwikkelingsperspectief is daarbij leidend: "
          "als het kind de doelen haalt en de thuisnabije school de ondersteuning kan bieden die het nodig "
          "heeft, is terugplaatsing het uitgangspunt. Na de overstap ontvangt de ontvangende school een "
          "terugplaatsingsarrangement: gedurende één schooljaar begeleidt een ambulant begeleider van de "
          "sbo- of so-school het kind en de leerkracht, betaald door het samenwerkingsverband."),
        P("Het stappenplan – wie het initiatief neemt, op welke momenten geëvalueerd wordt en wie besluit – "
          "werken we in schooljaar 2026-2027 samen met de sbo- en so-scholen uit."),
        H1("Financiën"),
        P("Het samenwerkingsverband kiest voor een schoolmodel: het grootste deel van de middelen gaat naar "
          "de besturen, die zelf bepalen hoe zij extra ondersteuning op hun scholen organiseren. De verdeling "
          "is als volgt. Eerst worden de verplichte afdrachten voor so-leerlingen en de overdracht aan het "
          "sbo voldaan. Van het restant ontvangt elk bestuur € 155 per leerling (peildatum 1 oktober t-1) "
          "plus € 4.500 per vestiging. Een vast bedrag van € 250.000 blijft centraal voor het loket, de "
          "deskundigen en de terugplaatsingsarrangementen. Het algemeen bestuur stelt deze verdeling "
          "jaarlijks in december vast bij de begroting."),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Inkomsten lichte en zware ondersteuning", "9.480", "9.390", "9.310", "9.240"],
              ["Afdrachten so", "3.350", "3.330", "3.300", "3.280"],
              ["Overdracht sbo", "1.420", "1.400", "1.380", "1.360"],
              ["Schoolbudgetten (€ 155 p.l. + vaste voet)", "2.070", "2.040", "2.020", "2.000"],
              ["Centraal: loket, deskundigen, terugplaatsing", "250", "250", "250", "250"],
              ["Personeel bureau en ambulante dienst", "2.250", "2.280", "2.300", "2.320"],
              ["Overige lasten", "180", "180", "180", "180"],
              ["Saldo", "-40", "-90", "-120", "-150"]),
        P("Besturen verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 mei in een kort verslag "
          "aan het samenwerkingsverband."),
        H1("Kwaliteit: wat willen we bereiken en hoe weten we dat?"),
        P("Voor leerlingen met een ondersteuningsbehoefte willen we in 2030 het volgende bereikt hebben:"),
        LI("het aantal leerlingen dat vanuit sbo of so terugkeert naar het reguliere basisonderwijs stijgt van 14 per jaar naar 25 per jaar;",
           "de doorlooptijd van een TLV-aanvraag is bij 95% van de aanvragen korter dan vier weken;",
           "ten minste 80% van de ouders van kinderen met een arrangement of TLV is tevreden over de ondersteuning (nulmeting 2025: 68%);",
           "het deelnamepercentage sbo blijft onder 2,2%."),
        P("We volgen deze resultaten met een halfjaarlijkse monitor die het bureau opstelt uit de "
          "loketregistratie, de DUO-telling en een oudervragenlijst. De directeur-bestuurder bespreekt de "
          "monitor in september en maart met het algemeen bestuur en de OPR; de bereikte resultaten staan "
          "jaarlijks in het jaarverslag. Blijft een resultaat achter, dan neemt het bestuur maatregelen op in "
          "het volgende jaarplan."),
        H1("Communicatie"),
        P("Het samenwerkingsverband communiceert met scholen, ouders en partners via de website, een "
          "digitale nieuwsbrief en bijeenkomsten. Ouders vinden op de website een ouderdeel met uitleg over de "
          "ondersteuning op de scholen en de route naar een TLV. De folder 'Passend onderwijs in Parkstad' is "
          "beschikbaar in het Nederlands, Duits, Arabisch en Pools en ligt op elke school. Scholen beschrijven "
          "in hun schoolgids welke ondersteuning zij bieden. Elke dinsdagmiddag houdt een consulent een "
          "telefonisch spreekuur voor ouders."),
        P("Ouders die onafhankelijk advies zoeken, kunnen terecht bij het Steunpunt Ouders Heuvelland, een "
          "ouder- en jeugdsteunpunt dat los van de scholen en het samenwerkingsverband werkt en ouders en "
          "kinderen gratis bijstaat. Daarnaast wijzen we ouders op de Onderwijsconsulenten, die bemiddelen "
          "bij een vastgelopen schoolsituatie, en op de Geschillencommissie passend onderwijs voor geschillen "
          "over toelating, verwijdering of het ontwikkelingsperspectief."),
    ]
    b += personeel(c)
    b += landelijk(c, met_ouderwet=True)
    b += inspectie(c)
    b += communicatie_partners(c)
    b += organisatie(c)
    b += kennisdeling(c)
    b += ict(c)
    b += governance(c)
    b += opr(c)
    b += [
        H1("Totstandkoming en planning"),
        P("Dit ondersteuningsplan is opgesteld door een werkgroep van directeuren, intern begeleiders en "
          "stafmedewerkers. Het concept is besproken met de OPR en op %s in het OOGO met de gemeenten. Het "
          "verslag van het OOGO is opgenomen in bijlage 5. De OPR stemde in op %s; het algemeen bestuur "
          "stelde het plan vast op %s. Het plan is vóór 1 mei 2026 aan de inspectie gezonden en loopt van 1 "
          "augustus 2026 tot en met 31 juli 2030." % (c["oogo_datum"], c["opr_datum"], c["vaststelling"])),
        P("Jaarlijks werken we het plan uit in een jaarplan met activiteiten en een jaarbegroting. Het "
          "jaarplan wordt in juni vastgesteld."),
        H1("Bijlagen"),
        P("Bijlage 1 Begrippen; Bijlage 2 Kwaliteitskaart Basisondersteuning; Bijlage 3 Stroomschema TLV; "
          "Bijlage 4 Overzicht sbo- en so-scholen; Bijlage 5 Verslag OOGO. De bijlagen 2 tot en met 5 zijn "
          "als afzonderlijke documenten beschikbaar."),
        H2("Bijlage 1 Begrippen"),
        TABLE(["Begrip", "Uitleg"],
              ["Arrangement", "Een afgesproken pakket aan extra ondersteuning"],
              ["Dekkend netwerk", "Een samenhangend aanbod waarin voor ieder kind een passende plek is"],
              ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat"],
              ["Zorgplicht", "De plicht van een schoolbestuur om een aangemeld kind een passende plek te bieden"]),
    ]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan C: PO, north (Groningen), Markdown. Terugplaatsing section is only "p.m.";
# plaatsing criteria deferred; meerjarenbegroting published separately; no results chapter.
# ---------------------------------------------------------------------------------------------
def plan_c():
    c = dict(naam="Samenwerkingsverband PO Stad en Ommeland", code="PO 20-93",
             periode="2026-2030", regio="Groningen en de Ommelanden", directeur="Marjolein Wierenga",
             besturen=14, gemeenten="Groningen, Westerkwartier en Het Hogeland", scholen=118,
             leerlingen="19.400", vestiging="Groningen", opr_datum="26 februari 2026",
             oogo_datum="3 februari 2026", vaststelling="12 maart 2026", fte="44,0",
             ander_swv="VO Groningen Stad",
             tabel_regio=[["Groningen", "72", "13.100"], ["Westerkwartier", "27", "3.650"],
                          ["Het Hogeland", "19", "2.650"]])
    b = []
    b += voorwoord(c)
    b += regio(c)
    b += visie(c)
    b += [
        P("Resultaatgericht werken is een van onze kernwaarden: we willen dat onze inzet ertoe doet. "
          "Scholen blijven zelf verantwoordelijk voor hun opbrengsten en eindtoetsresultaten."),
        H1("Onze basisondersteuning: de afspraak"),
        P("Alle scholen in Stad en Ommeland hebben zich verbonden aan dezelfde afspraak over "
          "basisondersteuning. Die afspraak is de gezamenlijke ondergrens: elke vestiging, groot of klein, "
          "stad of dorp, biedt minstens het volgende aan ieder kind dat het nodig heeft."),
        LI("een intern begeleider die elke groep minstens drie keer per jaar bespreekt met de leerkracht;",
           "vroegtijdige signalering van taal-, lees- en rekenproblemen, met een dyslexieprotocol en extra instructie in kleine groepjes;",
           "een aanpak voor sociale veiligheid en gedrag, met een gedragsspecialist binnen het bestuur die binnen twee weken kan meekijken;",
           "een aanbod voor kinderen die meer aankunnen, zoals verrijkingsstof en een plusgroep binnen het bestuur;",
           "een ondersteuningsteam met ouders, school, de orthopedagoog van het samenwerkingsverband en zo nodig het wijkteam;",
           "aanpassingen voor kinderen met een lichamelijke beperking of medische aandoening, zoals een aangepaste werkplek en afspraken over medicijngebruik;",
           "een ontwikkelingsperspectief voor elk kind dat op een eigen leerlijn werkt."),
        P("De scholen beschrijven in hun schoolgids hoe zij deze afspraak invullen."),
        H1("De ondersteuningsroute en ons aanbod"),
        P("De ondersteuning in ons verband is opgebouwd als een route. Op de eerste trede staat de groep "
          "en de leerkracht; op de tweede de school met de intern begeleider; op de derde het "
          "ondersteuningsteam met de orthopedagoog; op de vierde een arrangement van het samenwerkingsverband "
          "(individueel of in een groep); op de vijfde een plek in het sbo of so. Het Expertisecentrum Stad en "
          "Ommeland bundelt de ambulante begeleiding, de gedragsexpertise en de taalexpertise en werkt op "
          "verzoek van scholen."),
        TABLE(["Voorziening", "Voor wie", "Plaatsen"],
              ["Schakelklas Taal (Groningen-Oost)", "Kinderen met een grote taalachterstand, groep 3-6", "24"],
              ["Nieuwkomersonderwijs De Poort", "Kinderen korter dan een jaar in Nederland", "60"],
              ["Plusklas (4 locaties)", "Meer- en hoogbegaafde leerlingen, groep 5-8", "96"],
              ["Observatiegroep De Brug", "Jonge kinderen (4-7) met een onduidelijke ondersteuningsvraag", "12"],
              ["Sbo (3 scholen)", "Kinderen die een kleine groep en een aangepast programma nodig hebben", "ca. 520"],
              ["So cluster 3 en 4 (5 locaties)", "Kinderen met een ernstige beperking of ernstige gedragsproblematiek", "ca. 610"]),
        H2("Gaten in het aanbod en thuiszitters"),
        P("Het samenwerkingsverband houdt per kwartaal een overzicht bij van kinderen zonder passende plek: "
          "thuiszitters, kinderen met een vrijstelling en kinderen op een wachtlijst. Het overzicht wordt "
          "besproken aan de Thuiszitterstafel, waar leerplicht, de gemeente, het samenwerkingsverband en de "
          "betrokken besturen binnen twee weken een oplossing afspreken. Lukt dat niet, dan beslist de "
          "directeur-bestuurder welk bestuur de zorgplicht invult (doorzettingsmacht). In 2025 bleek dat er "
          "een wachtlijst was voor so cluster 4 van gemiddeld vier maanden; daarom breiden we per 1 augustus "
          "2026 de capaciteit in Groningen uit met twee groepen en zetten we in de wachttijd een tijdelijk "
          "arrangement op de eigen school in."),
        H2("Doorstroom naar het voortgezet onderwijs"),
        P("Met het samenwerkingsverband VO Groningen Stad hebben we afspraken over de overstap naar het "
          "voortgezet onderwijs. Voor leerlingen met een ondersteuningsbehoefte vindt in groep 8 een warme "
          "overdracht plaats. Kinderen die lang thuis hebben gezeten, krijgen bij de terugkeer naar school "
          "een opbouwschema."),
        H1("Toelaatbaarheid"),
        H2("De weg naar een TLV"),
        P("Het bevoegd gezag van de school vraagt de TLV aan bij de Commissie van Toelaatbaarheid (CvT) van "
          "het samenwerkingsverband. Voorafgaand aan de aanvraag heeft het ondersteuningsteam, met ouders, "
          "de ondersteuningsbehoefte besproken en vastgelegd in het groeidocument. De CvT vraagt advies aan "
          "twee deskundigen, van wie ten minste één orthopedagoog of psycholoog is; de deskundigen hebben het "
          "kind niet eerder begeleid. De CvT beslist binnen vier weken na ontvangst van de volledige aanvraag "
          "en stuurt het besluit met de adviezen naar school en ouders."),
        P("Tegen het besluit kunnen ouders en school bezwaar maken bij het samenwerkingsverband; het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie. De termijn is zes "
          "weken."),
        H2("Beoordeling"),
        P("De CvT bekijkt elke aanvraag in samenhang en weegt het totaalbeeld van het kind. De criteria voor "
          "toelaatbaarheid formuleren we in 2026-2027 opnieuw, samen met het sbo en so; tot die tijd "
          "beoordeelt de commissie iedere aanvraag op maat."),
        H2("Terugplaatsing"),
        P("p.m."),
        H1("Middelen en verdeling"),
        P("De ondersteuningsmiddelen worden verdeeld volgens een gemengd model. Na aftrek van de "
          "verplichte afdrachten aan sbo en so gaat 70% van het budget naar de besturen, naar rato van hun "
          "leerlingaantal op 1 oktober van het voorgaande jaar. De overige 30% blijft bij het "
          "samenwerkingsverband voor de arrangementen, het Expertisecentrum en de voorzieningen uit de tabel "
          "hierboven. Arrangementen worden toegekend door het samenwerkingsverband op basis van een aanvraag "
          "van het ondersteuningsteam, als de school aantoonbaar de basisondersteuning heeft ingezet. Het "
          "verdeelmodel wordt elke twee jaar geëvalueerd door het bestuur."),
        P("De meerjarenbegroting 2026-2030 verschijnt als apart document, na vaststelling door het bestuur in "
          "december; bedragen nemen we daarom niet op in dit plan."),
        H1("Ouders als partner"),
        P("Ouders kennen hun kind het best. We vinden het belangrijk dat zij goed weten welke ondersteuning "
          "er is en hoe ze die kunnen krijgen. Daarom:"),
        LI("staat op de website van het samenwerkingsverband een ouderwegwijzer met alle voorzieningen, de ondersteuningsroute en veelgestelde vragen;",
           "geeft iedere school in de schoolgids aan welke ondersteuning zij biedt en wie de contactpersoon is;",
           "verschijnt twee keer per jaar de ouderbrochure 'Ouderwijzer' met uitleg over arrangementen en de TLV;",
           "organiseren we jaarlijks een ouderavond per subregio."),
        P("Ouders die vragen hebben of het niet eens zijn met een school, kunnen kosteloos terecht bij "
          "Ouderpunt Stad en Ommeland, het onafhankelijke ouder- en jeugdsteunpunt in onze regio. Het "
          "Ouderpunt luistert, geeft advies en gaat zo nodig mee naar gesprekken. Het Ouderpunt is bereikbaar "
          "via telefoon, mail en een inloopspreekuur in Groningen en Zuidhorn. Voor bemiddeling kunnen ouders "
          "ook de Onderwijsconsulenten inschakelen."),
    ]
    b += oogo(c)
    b += personeel(c)
    b += landelijk(c, met_ouderwet=True)
    b += inspectie(c)
    b += organisatie(c)
    b += kennisdeling(c)
    b += ict(c)
    b += governance(c)
    b += opr(c)
    b += planning(c)
    b += [
        H1("Begrippenlijst"),
        TABLE(["Begrip", "Betekenis"],
              ["Bereikte resultaten", "Wat in de planperiode daadwerkelijk is bereikt"],
              ["Meerjarenbegroting", "Begroting over meerdere jaren"],
              ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het regulier onderwijs"],
              ["TLV", "Toelaatbaarheidsverklaring voor sbo of so"]),
    ]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan D: VO, south (Brabant), PDF. Ouders chapter is a draft placeholder; verdeelmodel refers to
# previous plan; witte vlekken only "gaan we onderzoeken"; goals vague, monitoring concrete;
# terugplaatsing inside "Doorlopende lijnen".
# ---------------------------------------------------------------------------------------------
def plan_d():
    c = dict(naam="Samenwerkingsverband VO Maas en Peel", code="VO 30-97",
             periode="2026-2030", regio="Maas en Peel", directeur="Ruud van den Heuvel",
             besturen=6, gemeenten="Oss, Maashorst, Land van Cuijk en Boekel", scholen=19,
             leerlingen="14.800", vestiging="Oss", opr_datum="9 maart 2026",
             oogo_datum="2 februari 2026", vaststelling="23 maart 2026", fte="22,5",
             ander_swv="PO Maas en Peel",
             tabel_regio=[["Oss", "8", "6.900"], ["Maashorst", "5", "3.700"], ["Land van Cuijk", "5", "3.700"],
                          ["Boekel", "1", "500"]])
    b = []
    v = voorwoord(c)
    v[1] = P(v[1][1].replace("leerkrachten, ouders", "leerkrachten, mentoren"))
    b += v
    b += regio(c)
    b += [
        H1("Visie en koers"),
        P("Iedere jongere in Maas en Peel verdient een plek in het voortgezet onderwijs waar hij of zij "
          "zich kan ontwikkelen tot een zelfstandige volwassene. Dat is de kern van onze visie. We werken "
          "vanuit het principe 'regulier waar het kan, speciaal waar het moet' en zien het voortgezet "
          "onderwijs als een gezamenlijke verantwoordelijkheid van de zes besturen."),
        P("We streven naar zo passend en zo thuisnabij mogelijk onderwijs voor iedere jongere, met zo min "
          "mogelijk onderbrekingen in de schoolloopbaan. De concrete doelen per speerpunt formuleren we in de "
          "jaarplannen. Onze speerpunten zijn: een sterke basis, snelle hulp, soepele overgangen en een "
          "lerende organisatie."),
        H1("Basisondersteuning op alle scholen"),
        P("Alle VO-scholen in ons verband hanteren dezelfde standaarden voor basisondersteuning. Deze "
          "standaarden vormen het niveau dat iedere locatie minimaal biedt, ook de kleinste vmbo-locatie. Het "
          "algemeen bestuur heeft ze in 2025 vastgesteld na een ronde langs alle scholen."),
        TABLE(["Standaard", "Concreet op iedere school"],
              ["1 Mentoraat", "Een mentor per klas met minimaal één uur mentoruur per week en een gesprek met iedere leerling per periode"],
              ["2 Ondersteuningscoördinator", "Een ondersteuningscoördinator en een zorg- en adviesteam dat minstens maandelijks bijeenkomt"],
              ["3 Dyslexie en dyscalculie", "Dyslexiekaart, extra tijd, voorleessoftware en een dyscalculieprotocol"],
              ["4 Sociaal-emotioneel", "Faalangstreductietraining, sociale vaardigheidstraining en een vertrouwenspersoon"],
              ["5 Executieve functies", "Huiswerkbegeleiding en planningscoaching in de onderbouw"],
              ["6 Opvang", "Een time-outvoorziening met vaste begeleider op elke locatie"],
              ["7 Verzuim", "Verzuimregistratie en een verzuimprotocol volgens de regionale afspraken"]),
        H1("Het ondersteuningsaanbod"),
        P("Ons aanbod kent drie niveaus. Niveau 1 is de basisondersteuning op elke school. Niveau 2 omvat "
          "de extra ondersteuning binnen of tussen scholen: trajectvoorzieningen op elke locatie, een "
          "reboundvoorziening voor leerlingen die tijdelijk vastlopen, en het OPDC De Overstap in Oss, waar "
          "leerlingen maximaal een jaar onderwijs krijgen in een kleine setting met een gedragsspecialist. "
          "Niveau 3 is het voortgezet speciaal onderwijs in Oss en Uden (cluster 3 en 4) en het "
          "praktijkonderwijs in Oss en Boxmeer. Leerwegondersteunend onderwijs wordt gegeven op alle "
          "vmbo-locaties."),
        P("Het aantal thuiszitters is een zorg van ons allemaal. Waar in ons aanbod witte vlekken zitten, gaan "
          "we de komende planperiode onderzoeken."),
        H1("Toelaatbaarheid: vso, praktijkonderwijs en lwoo"),
        H2("Voortgezet speciaal onderwijs"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV vso "
          "aan bij de Commissie Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het "
          "ontwikkelingsperspectiefplan, het onderwijskundig rapport en de evaluatie van de tot dan toe "
          "ingezette ondersteuning. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of "
          "psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater). Beide "
          "adviezen zijn schriftelijk en afzonderlijk. De commissie besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte voortkomt uit een "
          "verstandelijke, lichamelijke, psychiatrische of ernstige gedragsbeperking, (b) niveau 2 is ingezet "
          "en geëvalueerd, of aantoonbaar niet toereikend is, en (c) de leerling structureel een beschermende, "
          "kleine setting met specialistische begeleiding nodig heeft. De TLV wordt afgegeven voor twee "
          "schooljaren, bij een leerling met een blijvende beperking voor de rest van de schoolloopbaan, met "
          "bekostigingscategorie laag, midden of hoog."),
        H2("Praktijkonderwijs en lwoo"),
        P("Voor praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand "
          "van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk "
          "rekenen). De school van aanmelding dient de aanvraag in bij de Commissie Toewijzing; die besluit "
          "binnen vier weken en geeft de toelaatbaarheid af voor de duur van de opleiding. Voor lwoo hanteren "
          "we eveneens de landelijke criteria; de aanvraag loopt via hetzelfde loket en de aanwijzing geldt "
          "voor de hele vmbo-periode."),
        H1("Doorlopende lijnen"),
        P("Soepele overgangen zijn een van onze speerpunten. Met het samenwerkingsverband PO Maas en Peel "
          "hebben we een overstapkalender afgesproken en met het mbo werken we aan een warme overdracht. "
          "Voor jongeren in het vso gaat het vaak om de stap naar arbeid of dagbesteding."),
        H2("Terug van vso naar vo"),
        P("Wij willen dat jongeren niet langer in het vso blijven dan nodig is. Een leerling keert terug naar "
          "een reguliere VO-school als het ontwikkelingsperspectief laat zien dat hij of zij daar met "
          "ondersteuning het diploma kan halen. De ontvangende school krijgt dan een terugkeerarrangement van "
          "een half jaar begeleiding door een vso-docent, bekostigd door het samenwerkingsverband."),
        P("De vso-school evalueert het ontwikkelingsperspectief van elke leerling ieder jaar in maart. In "
          "het laatste jaar van de TLV organiseert de vso-school vóór 1 april een overleg met de leerling, de "
          "consulent van het samenwerkingsverband en een mogelijke ontvangende school. De Commissie Toewijzing "
          "beslist vóór 1 juni over terugplaatsing of een nieuwe TLV. Na de overstap volgt na zes weken en "
          "na zes maanden een evaluatie."),
        H1("Financieel beleid"),
        P("De middelen van het samenwerkingsverband bestaan uit de middelen lichte ondersteuning, de middelen "
          "zware ondersteuning, lwoo en pro. Het verdeelmodel is in herziening; tot de herijking (verwacht "
          "voorjaar 2027) blijft de systematiek uit het vorige ondersteuningsplan van kracht."),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Baten lichte ondersteuning", "3.120", "3.080", "3.040", "3.000"],
              ["Baten zware ondersteuning", "6.940", "6.870", "6.800", "6.740"],
              ["Baten lwoo en pro", "9.310", "9.200", "9.080", "8.960"],
              ["Afdrachten vso (DUO)", "4.860", "4.880", "4.900", "4.920"],
              ["Lwoo- en pro-budgetten besturen", "9.310", "9.200", "9.080", "8.960"],
              ["Budgetten lichte ondersteuning besturen", "2.950", "2.900", "2.860", "2.820"],
              ["OPDC De Overstap en rebound", "1.150", "1.150", "1.150", "1.150"],
              ["Terugkeerarrangementen", "90", "90", "90", "90"],
              ["Bureau, commissie en personeel", "1.120", "1.130", "1.140", "1.150"],
              ["Saldo", "-110", "-200", "-300", "-390"]),
        P("Het negatieve saldo wordt gedekt uit de reserve, die daarmee in 2030 op het gewenste niveau komt."),
        H1("Monitoring en verantwoording"),
        P("Het bureau verzamelt twee keer per jaar (peildata 1 oktober en 1 maart) een vaste set "
          "kengetallen: het deelnamepercentage vso, pro en lwoo ten opzichte van het landelijk gemiddelde, "
          "het aantal OPDC-plaatsingen en het percentage leerlingen dat na het OPDC terugkeert naar de eigen "
          "school, de doorlooptijd van aanvragen bij de Commissie Toewijzing en de tevredenheid van scholen "
          "over de consulenten. De directeur-bestuurder rapporteert deze monitor aan het algemeen bestuur en "
          "de OPR, en de uitkomsten worden met een toelichting opgenomen in het jaarverslag. Eens per twee "
          "jaar bezoekt het bureau elke school voor een kwaliteitsgesprek over de basisondersteuning."),
        H1("Ouders en leerlingen"),
        P("[Tekst hoofdstuk 8 aanleveren door werkgroep communicatie - nog niet ontvangen, zie actielijst 12-01]"),
    ]
    g = governance(c)
    b += g
    b += opr(c, met_ouders=False)
    b += oogo(c)
    pers = personeel(c)
    pers[1] = P(pers[1][1].replace("cao primair onderwijs", "cao voortgezet onderwijs"))
    pers[2] = P(pers[2][1].replace("het voeren van gesprekken met ouders", "het voeren van mentorgesprekken"))
    pers[3] = P(pers[3][1].replace("intern begeleiders", "ondersteuningscoördinatoren").replace("IB'ers", "coördinatoren"))
    b += pers
    b += landelijk(c, met_ouderwet=False)
    b += inspectie(c)
    b += mbo(c)
    b += organisatie(c)
    b += kennisdeling(c)
    b += ict(c)
    b += planning(c)
    b += [
        H1("Afkortingen"),
        TABLE(["Afkorting", "Betekenis"],
              ["lwoo", "leerwegondersteunend onderwijs"],
              ["OJSP", "ouder- en jeugdsteunpunt"],
              ["OPDC", "orthopedagogisch-didactisch centrum"],
              ["OPR", "ondersteuningsplanraad"],
              ["pro", "praktijkonderwijs"],
              ["TLV", "toelaatbaarheidsverklaring"],
              ["vso", "voortgezet speciaal onderwijs"]),
    ]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan E: PO, north (Drenthe), .docx. "Koersplan"-style plan on hoofdlijnen: basisondersteuning,
# TLV and finances only by reference; terugplaatsing policy deferred; strong results and ouders.
# ---------------------------------------------------------------------------------------------
def plan_e():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Zuidoost-Drenthe", code="PO 22-95",
             periode="2026-2030", regio="Zuidoost-Drenthe", directeur="Harm Bruins",
             besturen=8, gemeenten="Emmen, Coevorden en Borger-Odoorn", scholen=82,
             leerlingen="10.600", vestiging="Emmen", opr_datum="18 februari 2026",
             oogo_datum="27 januari 2026", vaststelling="5 maart 2026", fte="29,0",
             ander_swv="VO Zuidoost-Drenthe",
             tabel_regio=[["Emmen", "45", "6.300"], ["Coevorden", "19", "2.200"], ["Borger-Odoorn", "18", "2.100"]])
    b = []
    b += voorwoord(c)
    b += [
        H1("Leeswijzer"),
        P("Dit ondersteuningsplan is een koersplan. Het beschrijft waar we in 2030 willen staan en hoe we "
          "dat samen met scholen, ouders en gemeenten bereiken. Uitvoeringsafspraken staan in afzonderlijke "
          "documenten die het bestuur vaststelt: het Referentiekader Basisondersteuning (2024), het Handboek "
          "Toewijzing en Toelaatbaarheid, de Sociale Kaart en de jaarlijkse begroting met meerjarenraming. "
          "Deze documenten zijn te vinden op onze website en maken geen deel uit van dit plan."),
    ]
    b += regio(c)
    b += visie(c)
    b += [
        H1("Een stevige basis"),
        P("Een stevige basis op orde is het fundament onder passend onderwijs. Het niveau van "
          "basisondersteuning is beschreven in het Referentiekader Basisondersteuning, dat de algemene "
          "vergadering in 2024 vaststelde. In de planperiode blijven we daarover met scholen in gesprek."),
        H1("Toewijzing van extra ondersteuning en TLV's"),
        P("Aanvragen voor arrangementen en toelaatbaarheidsverklaringen verlopen volgens het Handboek "
          "Toewijzing en Toelaatbaarheid. Het bestuur actualiseert het handboek jaarlijks."),
        H1("Iedereen een plek: thuiszitters en witte vlekken"),
        P("Geen kind in Zuidoost-Drenthe hoort thuis te zitten. Alle voorzieningen en arrangementen in de "
          "regio staan in de Sociale Kaart op onze website. Wat we in dit plan vastleggen, is hoe we gaten "
          "opsporen en dichten."),
        P("Elke zes weken komt de Thuiszitterstafel bijeen: de leerplichtambtenaren van de drie gemeenten, "
          "een consulent van het samenwerkingsverband, het betrokken schoolbestuur en zo nodig jeugdhulp. "
          "Iedere school meldt een kind dat langer dan twee weken ongeoorloofd of langdurig relatief verzuimt "
          "binnen vijf werkdagen bij de consulent. De tafel stelt binnen twee weken een plan op met een "
          "eigenaar en een datum voor terugkeer. Komt een plan niet van de grond, dan wijst de "
          "directeur-bestuurder binnen tien werkdagen een bestuur aan dat de leerling een plek biedt."),
        P("Jaarlijks in mei maken we een witte-vlekkenanalyse: welke vragen van kinderen konden we het "
          "afgelopen jaar niet of pas na lange tijd beantwoorden? De uitkomst bespreekt het bestuur met de "
          "directeuren en de gemeenten; iedere witte vlek krijgt een actie met een trekker en een "
          "termijn. De analyse van 2025 leverde twee acties op: een onderwijs-zorgarrangement voor jonge "
          "kinderen met een ontwikkelingsachterstand in Coevorden (start januari 2027) en een "
          "deeltijdvoorziening voor hoogbegaafde kinderen die dreigen uit te vallen (start augustus 2026)."),
        H1("Van speciaal naar regulier"),
        P("De sbo- en so-scholen bespreken het ontwikkelingsperspectief van iedere leerling twee keer per "
          "jaar, in november en in april. In het laatste jaar van de TLV nodigt de sbo- of so-school uiterlijk "
          "in januari de ouders, een consulent van het samenwerkingsverband en de intern begeleider van een "
          "reguliere school bij de woonplaats uit voor een overstapoverleg. Daarin wordt besproken of de "
          "leerling kan overstappen. De consulent legt de uitkomst vast. Besluit het overleg tot overstap, dan "
          "schrijft de reguliere school de leerling in per 1 augustus; is overstap niet aan de orde, dan vraagt "
          "de sbo- of so-school vóór 1 maart een nieuwe TLV aan. Uiterlijk zes weken na de overstap vindt een "
          "evaluatiegesprek plaats."),
        P("Het beleidskader voor terugplaatsing – doelen, voorwaarden en de ondersteuning na terugkeer – wordt "
          "door de werkgroep Doorstroom opgesteld en volgt in 2027."),
        H1("Waar staan we in 2030?"),
        P("We hebben de ambities van dit plan vertaald in zes meetbare doelen voor kinderen die extra "
          "ondersteuning nodig hebben. De cijfers van 2025 vormen de nulmeting."),
        TABLE(["Doel", "2025 (nulmeting)", "2030"],
              ["Kinderen die langer dan 4 weken thuiszitten", "17", "maximaal 3"],
              ["Vrijstellingen 5a leerplicht", "21", "maximaal 12"],
              ["Deelname sbo + so", "3,6%", "3,1%"],
              ["Overstappen van sbo/so naar regulier per jaar", "9", "20"],
              ["Ouders tevreden over ondersteuning (peiling)", "71%", "85%"],
              ["Scholen die zeggen snel hulp te krijgen van het SWV", "64%", "85%"]),
        H1("Zo houden we de vinger aan de pols"),
        P("Elk kwartaal stelt de controller samen met de beleidsmedewerker een rapportage op met de stand "
          "van zaken op de zes doelen, gebaseerd op de registratie van de consulenten, de leerplichtcijfers van "
          "de gemeenten en de DUO-telling. Eens per jaar, in oktober, peilen we de tevredenheid van ouders en "
          "scholen met een korte vragenlijst. De directeur-bestuurder bespreekt de rapportage met de raad van "
          "toezicht en de OPR. In het jaarverslag laten we per doel zien wat is bereikt en waarom; wijkt een "
          "doel twee kwartalen achter elkaar af, dan stelt het bestuur bij."),
        H1("Samen met ouders"),
        P("Ouders zijn de eerste deskundigen over hun kind. We informeren hen over de ondersteuning in de "
          "regio via de website (met een aparte ouderingang en een zoekfunctie op de Sociale Kaart), via een "
          "ouderfolder die iedere school bij inschrijving meegeeft, via de schoolgids waarin iedere school "
          "beschrijft welke ondersteuning zij biedt, en via de informatiebijeenkomst 'Passend onderwijs, hoe "
          "zit dat?' die we twee keer per jaar in Emmen en Coevorden houden. Consulenten van het "
          "samenwerkingsverband zijn voor ouders rechtstreeks telefonisch bereikbaar."),
        P("Wie onafhankelijk advies of steun wil, kan terecht bij Ouderkompas Drenthe, het ouder- en "
          "jeugdsteunpunt dat het samenwerkingsverband samen met het VO-verband financiert maar dat volledig "
          "onafhankelijk werkt. Ouderkompas helpt bij vragen, gaat mee naar gesprekken en brengt signalen van "
          "ouders jaarlijks in bij het bestuur. Bij een vastgelopen situatie kunnen ouders ook de "
          "Onderwijsconsulenten inschakelen; klachten over het samenwerkingsverband behandelt de landelijke "
          "klachtencommissie waarbij wij zijn aangesloten."),
        H1("Geld"),
        P("Het samenwerkingsverband zet zijn middelen in voor de ambities uit dit plan. De inkomsten en "
          "uitgaven zijn opgenomen in de jaarlijkse begroting en meerjarenraming die los van dit plan worden "
          "vastgesteld."),
    ]
    b += oogo(c)
    b += personeel(c)
    b += landelijk(c, met_ouderwet=True)
    b += inspectie(c)
    b += communicatie_partners(c)
    b += organisatie(c)
    b += kennisdeling(c)
    b += ict(c)
    b += governance(c, kwaliteit_zin=False)
    b += opr(c)
    b += planning(c)
    b += [
        H1("Begrippenlijst"),
        TABLE(["Begrip", "Uitleg"],
              ["Arrangement", "Extra ondersteuning voor een kind of groep, boven de basisondersteuning"],
              ["Basisondersteuning", "De ondersteuning die iedere school in het verband minimaal biedt"],
              ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een so-plaats"],
              ["Meerjarenraming", "Begroting voor de komende vier jaar"],
              ["Verdeelmodel", "De regels waarmee middelen over besturen worden verdeeld"],
              ["TLV", "Toelaatbaarheidsverklaring"]),
    ]
    return c, b


# ---------------------------------------------------------------------------------------------
# Near miss: a basisschool's schoolondersteuningsprofiel (HTML), same vocabulary, not an SWV plan.
# ---------------------------------------------------------------------------------------------
def near_miss():
    b = [
        H1("Schoolondersteuningsprofiel 2025-2026 - OBS De Wadloper, Holwerd"),
        P("Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning OBS De Wadloper biedt aan "
          "leerlingen. Onze school is aangesloten bij het samenwerkingsverband passend onderwijs in onze "
          "regio. Het ondersteuningsplan van het samenwerkingsverband legt de afspraken vast die voor alle "
          "scholen gelden; in dit profiel staat hoe wij die op onze eigen school invullen. De MR heeft advies "
          "gegeven over dit profiel."),
        H2("Onze school"),
        P("OBS De Wadloper telt 142 leerlingen in zes combinatiegroepen. Het team bestaat uit negen "
          "leerkrachten, een intern begeleider (0,4 fte), twee onderwijsassistenten en een directeur die "
          "ook leiding geeft aan een tweede school. Veel leerlingen groeien tweetalig op (Fries en Nederlands)."),
        H2("Basisondersteuning op De Wadloper"),
        P("Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent "
          "dit op onze school:"),
        ("li", ["dyslexiebegeleiding volgens het protocol, met voorleessoftware vanaf groep 5;",
                "een wekelijkse plusgroep voor meer- en hoogbegaafde leerlingen;",
                "de methode Kwink voor sociaal-emotionele ontwikkeling;",
                "een rustplek in de gang voor leerlingen die even tot zichzelf moeten komen;",
                "drie keer per jaar een groepsbespreking en twee keer per jaar een leerlingbespreking met de IB'er."]),
        H2("Extra ondersteuning en arrangementen"),
        P("Als een leerling meer nodig heeft, bespreken we dat in het ondersteuningsteam met ouders en de "
          "orthopedagoog van het samenwerkingsverband. Soms wordt een arrangement aangevraagd. Op dit moment "
          "hebben vier leerlingen een arrangement (ambulante begeleiding, extra handen in de klas). Als de "
          "school niet kan bieden wat een kind nodig heeft, kan het bestuur een toelaatbaarheidsverklaring "
          "voor het sbo of so aanvragen bij het samenwerkingsverband. In 2024-2025 gingen twee leerlingen "
          "naar het sbo. Eén leerling keerde terug van het sbo naar onze school."),
        H2("Grenzen aan onze ondersteuning"),
        P("Onze school heeft geen lift en is daarom beperkt toegankelijk voor leerlingen in een rolstoel. "
          "Voor leerlingen die voortdurend één-op-één begeleiding nodig hebben, kunnen wij in onze grote "
          "combinatiegroepen geen passend onderwijs bieden. We zoeken dan samen met ouders en het "
          "samenwerkingsverband naar een passende plek."),
        H2("Ambities"),
        P("In 2025-2026 scholen we het team in het werken met executieve functies en breiden we de "
          "plusgroep uit naar groep 4. Ons doel is dat alle leerlingen met een ontwikkelingsperspectief "
          "twee keer per jaar met hun ouders een voortgangsgesprek hebben."),
        H2("Ouders"),
        P("Ouders worden bij inschrijving geïnformeerd over de ondersteuning op school. Met vragen kunt u "
          "altijd terecht bij de leerkracht of de intern begeleider. Komt u er met ons niet uit, dan kunt u "
          "contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de "
          "Onderwijsconsulenten. De klachtenregeling staat in de schoolgids."),
        H2("Financiën"),
        P("De school ontvangt van het bestuur een deel van de middelen die het samenwerkingsverband aan het "
          "bestuur toekent. Op De Wadloper gebruiken we dit budget voor de inzet van onderwijsassistenten en "
          "de plusgroep (in 2025: € 21.300)."),
    ]
    return b


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}

    c, b = plan_a()
    name = "holdout188-po-waddenkust"
    title = ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")",
             "Basisondersteuning - toelaatbaarheid - terugplaatsing - ouders - middelen - resultaten"]
    write_docx(OUT / (name + ".docx"), title, b, "Ondersteuningsplan 2026-2030 | " + c["naam"])
    counts[name] = word_count(b)
    write_label(name, [name + ".docx"], "po", {"resultaten.monitoring", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": [], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Wat elke school biedt': AV-vastgesteld minimum per vestiging; concrete inhoud only in the table; kwaliteitskaart-bezoeken = borging",
                 "plaatsing": "'Toelaatbaarheid tot het sbo en so': aanvraag via Loket, 2 deskundigen, Commissie binnen 6 weken; criteria sbo/so; duur + categorie; bezwaar only 'zie website'",
                 "terugstroom": "hidden in TLV chapter, subsection 'Na de TLV: weer dichtbij huis': beleid (thuisnabij, overstaparrangement) and procedure (laatste TLV-jaar, februari, besluit voor 1 mei)",
                 "financien": "'Geld en middelen': verdeelmodel EUR 142 p.l. + vaste voet, arrangementen; meerjarenbegroting table; reserve afbouw",
                 "dekkend-aanbod": "'Extra ondersteuning en ons aanbod': 5 niveaus + voorzieningen; jaarlijks overzicht/thuiszittersoverleg, witte vlek observatiegroep",
                 "resultaten": "doelen in ambitie-table; monitoring deferred to a 'monitoringsplan dat de staf in het eerste planjaar opstelt'",
                 "ouders": "'Communicatie': website, folder, schoolgids, infoavond = informatie; steunpunt only 'instanties op onze website' + OJSP deferred; Onderwijsconsulenten only in begrippenlijst"})

    c, b = plan_b()
    name = "holdout188-po-heuvelland"
    title = ["Ondersteuningsplan 2026-2030", c["naam"], c["code"]]
    write_pdf(OUT / (name + ".pdf"), title, b, "SWV Heuvelland-Parkstad | Ondersteuningsplan")
    counts[name] = word_count(b)
    write_label(name, [name + ".pdf"], "po",
                {"basisondersteuning.inhoud", "terugstroom.procedure", "dekkend-aanbod.continuum",
                 "dekkend-aanbod.lacunes"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Basisondersteuning': one level for all vestigingen (niveau) but content = generic referentiekader 4 aspects + absent bijlage 2 Kwaliteitskaart",
                 "plaatsing": "'Toewijzing en toelaatbaarheid': loket, 2 deskundigen, CvT 4 weeks; criteria only in the sbo/so table; LBT bezwaar",
                 "terugstroom": "'Terugplaatsing': beleid (OPP leidend, terugplaatsingsarrangement 1 jaar) present; stappenplan deferred to 2026-2027",
                 "financien": "'Financien': schoolmodel EUR 155 p.l. + EUR 4.500 per vestiging, meerjarenbegroting table",
                 "dekkend-aanbod": "'Dekkend netwerk' chapter only says it will be added after netwerkanalyse 2027; OOGO only procedural (bijlage 5 absent); terms only in intro/begrippen",
                 "resultaten": "'Kwaliteit: wat willen we bereiken en hoe weten we dat?': 4 targets + halfjaarlijkse monitor, jaarverslag",
                 "ouders": "inside 'Communicatie': website, folder 4 talen, spreekuur; Steunpunt Ouders Heuvelland (OJSP), Onderwijsconsulenten, GPO"})

    c, b = plan_c()
    name = "holdout188-po-stadommeland"
    title = ["Ondersteuningsplan " + c["periode"], c["naam"] + " - " + c["code"]]
    write_md(OUT / (name + ".md"), title, b)
    counts[name] = word_count(b)
    write_label(name, [name + ".md"], "po",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                 "financien.besteding", "resultaten.doelen", "resultaten.monitoring"},
                {"plaatsing": ["deskundigen", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Onze basisondersteuning: de afspraak': gezamenlijke ondergrens for every vestiging + bullet list of voorzieningen",
                 "plaatsing": "'Toelaatbaarheid': procedure CvT, 2 deskundigen, 4 weeks, LBT; criteria deferred to 2026-2027 ('op maat')",
                 "terugstroom": "section 'Terugplaatsing' under Toelaatbaarheid contains only 'p.m.'; term otherwise only in TOC/begrippenlijst; 'doorstroom naar VO' and thuiszitter-terugkeer are near-misses",
                 "financien": "'Middelen en verdeling': 70/30 verdeling naar rato, arrangement criteria; meerjarenbegroting 'verschijnt als apart document', no amounts",
                 "dekkend-aanbod": "'De ondersteuningsroute en ons aanbod': 5 treden + voorzieningen table; thuiszitterstafel, doorzettingsmacht, wachtlijst cluster 4 action",
                 "resultaten": "no goals or monitoring; only 'resultaatgericht werken' value and schools' eindtoets results in passing",
                 "ouders": "'Ouders als partner': ouderwegwijzer, schoolgids, Ouderwijzer, ouderavond; Ouderpunt (OJSP) + Onderwijsconsulenten"})

    c, b = plan_d()
    name = "holdout188-vo-maasenpeel"
    title = ["Ondersteuningsplan 2026-2030 (concept ter vaststelling)", c["naam"], c["code"]]
    write_pdf(OUT / (name + ".pdf"), title, b, "SWV VO Maas en Peel - Ondersteuningsplan 2026-2030")
    counts[name] = word_count(b)
    write_label(name, [name + ".pdf"], "vo",
                {"financien.verdeling", "dekkend-aanbod.lacunes", "resultaten.doelen",
                 "ouders.informatie", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                 },
                {"basisondersteuning": "'Basisondersteuning op alle scholen': standaarden = minimum for every locatie; concrete content only in the table; kwaliteitsgesprek in monitoring chapter",
                 "plaatsing": "'Toelaatbaarheid: vso, praktijkonderwijs en lwoo': Commissie Toewijzing, 2 deskundigen, 6 weeks, vso criteria a-c, pro/lwoo national criteria + procedure + duration; no bezwaar",
                 "terugstroom": "inside 'Doorlopende lijnen' > 'Terug van vso naar vo': beleid + terugkeerarrangement, procedure (maart evaluatie, 1 april overleg, besluit voor 1 juni)",
                 "financien": "verdeelmodel 'in herziening', previous plan's systematiek applies (not in input) = verdeling not addressed; meerjarenbegroting table = besteding",
                 "dekkend-aanbod": "'Het ondersteuningsaanbod': 3 niveaus, OPDC, rebound, vso, pro, lwoo; thuiszitters only passing and witte vlekken 'gaan we onderzoeken'",
                 "resultaten": "goals only vague ('we streven naar') and deferred to jaarplannen; 'Monitoring en verantwoording' describes kengetallen twice a year, reporting to AB/OPR/jaarverslag",
                 "ouders": "chapter 'Ouders en leerlingen' is an unfilled draft placeholder; OPR without parent composition; OJSP only in afkortingen"})

    c, b = plan_e()
    name = "holdout188-po-zuidoostdrenthe"
    title = ["Ondersteuningsplan 2026-2030: Koers op passend onderwijs", c["naam"] + " (" + c["code"] + ")"]
    write_docx(OUT / (name + ".docx"), title, b, "Koersplan / ondersteuningsplan SWV Zuidoost-Drenthe")
    counts[name] = word_count(b)
    write_label(name, [name + ".docx"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                 "dekkend-aanbod.continuum"},
                {"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Een stevige basis': only reference to Referentiekader Basisondersteuning (separate document, not in input) + begrippenlijst",
                 "plaatsing": "'Toewijzing van extra ondersteuning en TLV's': only refers to the separate Handboek Toewijzing; bekostigingscategorie only in begrippenlijst",
                 "terugstroom": "'Van speciaal naar regulier': procedure (OPP nov/apr, overstapoverleg januari, nieuwe TLV voor 1 maart, evaluatie) present; beleidskader deferred to 2027",
                 "financien": "'Geld': only reference to separately adopted begroting/meerjarenraming; verdeelmodel only in begrippenlijst",
                 "dekkend-aanbod": "continuum only by reference to the Sociale Kaart website; lacunes: Thuiszitterstafel, meldtermijnen, doorzettingsmacht, witte-vlekkenanalyse with actions",
                 "resultaten": "'Waar staan we in 2030?' table with nulmeting and targets; 'Zo houden we de vinger aan de pols': kwartaalrapportage, peiling, jaarverslag",
                 "ouders": "'Samen met ouders': website, folder, schoolgids, bijeenkomsten; Ouderkompas Drenthe (OJSP), Onderwijsconsulenten, klachtencommissie"})

    b = near_miss()
    name = "holdout188-sop-dewadloper"
    write_html(OUT / (name + ".html"), "Schoolondersteuningsprofiel 2025-2026 OBS De Wadloper", b)
    counts[name] = word_count(b)
    (OUT / (name + ".expected.yaml")).write_text(
        "documents: [%s.html]\nsector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
        "notes:\n  document: \"Schoolondersteuningsprofiel (SOP) of one basisschool: describes its own "
        "basisondersteuning, arrangementen, TLV route and ouders, but it is a school-level document, not "
        "the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel, planperiode)\"\n"
        % name, encoding="utf-8")

    for k, v in counts.items():
        print("%-32s %5d words" % (k, v))


if __name__ == "__main__":
    main()
