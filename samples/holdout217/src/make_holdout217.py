#!/usr/bin/env python3
"""Generate the holdout217 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO, compact 'small team' style)
and one near-miss document (a school-level ondersteuningsplan), plus label files.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx, PyYAML and (for PDFs) LibreOffice ('soffice').
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# ---------------------------------------------------------------- renderers
# A document is a list of blocks: ("title", text), ("h1", text), ("h2", text),
# ("p", text), ("bullets", [..]), ("table", [[..], ..]), ("pagebreak", None),
# ("header", text) (running header, docx only).

def write_docx(blocks, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    for kind, val in blocks:
        if kind == "header":
            doc.sections[0].header.paragraphs[0].text = val
        elif kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_md(blocks, path):
    lines = []
    for kind, val in blocks:
        if kind == "header":
            continue
        if kind == "title":
            lines += ["# " + val, ""]
        elif kind == "subtitle":
            lines += ["*" + val + "*", ""]
        elif kind == "h1":
            lines += ["## " + val, ""]
        elif kind == "h2":
            lines += ["### " + val, ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "bullets":
            lines += ["- " + x for x in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        elif kind == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout217_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless",
                        "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copy(tmp / (docx_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for x in val:
                if isinstance(x, list):
                    n += sum(len(c.split()) for c in x)
                else:
                    n += len(x.split())
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, plan=True):
    data = {"documents": documents, "sector": sector, "looks_like_plan": plan,
            "elements": elements, "criteria": criteria}
    if advisory:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    if plan:
        assert set(criteria) == set(CORE), name
        assert set(elements) == set(ELEMENTS), name
        # status rule consistency
        for el in ELEMENTS:
            crit = [criteria[c] for c in CORE if c.startswith(el + ".")]
            if all(crit):
                assert elements[el] == "present", (name, el)
            elif any(crit) or advisory.get(el):
                assert elements[el] == "partial", (name, el)
            else:
                assert elements[el] == "missing", (name, el)
    head = {"documents": data.pop("documents")}
    elems = data.pop("elements")
    flow = lambda d: yaml.safe_dump(d, default_flow_style=True, allow_unicode=True, width=400, sort_keys=False).strip()
    text = flow(head)[1:-1] + "\n" + yaml.safe_dump(
        {"sector": data.pop("sector"), "looks_like_plan": data.pop("looks_like_plan")},
        sort_keys=False)
    text += "elements: " + flow(elems) + "\n"
    text += yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    with open(OUT / (name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


# ---------------------------------------------------------------- shared filler
def voorwoord(c, with_parents=True):
    who = ("de vele ouders, leraren en intern begeleiders die hun ervaringen deelden"
           if with_parents else "de vele leraren, mentoren en ondersteuners die hun ervaringen deelden")
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het "
              f"{c['nr']} plan sinds de invoering van passend onderwijs in 2014. We zijn een klein "
              f"bureau en hebben dit plan met een kleine schrijfgroep gemaakt. We hebben bewust "
              f"gekozen voor korte hoofdstukken in gewone taal. Wat we samen afspreken staat in dit "
              f"plan; hoe een school dat uitvoert, legt de school zelf vast."),
        ("p", "De afgelopen jaren is er veel gebeurd. Scholen merken dat meer kinderen extra aandacht "
              "nodig hebben, de middelen zijn niet onbeperkt en het lerarentekort is ook in onze regio "
              "voelbaar. We zijn trots op de resultaten die scholen ondanks dat hebben geboekt, maar we "
              "weten ook dat het beter kan. Dit plan is daarom vooral een plan van keuzes."),
        ("p", f"Ik dank iedereen die heeft meegedacht: de leden van de ondersteuningsplanraad, de "
              f"schoolbesturen, de gemeenten en {who} tijdens onze bijeenkomsten in het najaar. "
              f"— {c['dir']}, directeur-bestuurder"),
    ]


def context_chapter(c):
    rows = [["Kengetal (1 oktober 2024)", "Aantal"]] + c["kengetallen"]
    return [
        ("h1", "Onze regio"),
        ("p", f"{c['naam']} ({c['code']}) werkt in de gemeenten {c['gemeenten']}. In het verband "
              f"werken {c['besturen']} schoolbesturen samen. Het gebied is deels landelijk en deels "
              f"stedelijk; de afstanden tussen de kernen zijn voor sommige leerlingen groot."),
        ("p", "De tabel hieronder geeft een beeld van de omvang van het verband. Het leerlingaantal "
              "daalt licht, vooral in de kleine kernen. Dat heeft gevolgen voor de kleinste scholen "
              "en voor de omvang van het budget dat het verband van het Rijk ontvangt."),
        ("table", rows),
    ]


def visie_chapter(c):
    return [
        ("h1", "Missie en visie"),
        ("p", f"Onze missie is kort: {c['missie']} Dat doen we samen, want geen school kan dat alleen. "
              "Besturen zijn samen verantwoordelijk en spreken elkaar daarop aan."),
        ("p", "Onze visie rust op drie woorden: dichtbij, samen en eenvoudig. Dichtbij betekent dat "
              "ondersteuning zo veel mogelijk in de eigen klas en de eigen wijk plaatsvindt. Samen "
              "betekent dat school, leerling, gezin en partners als gelijken aan tafel zitten. "
              "Eenvoudig betekent dat we zo weinig mogelijk formulieren vragen en snel beslissen."),
        ("p", "We geloven dat elk kind talenten heeft en dat verschillen normaal zijn. Een arrangement "
              "of een toelaatbaarheidsverklaring is daarom geen doel op zich, maar een middel. Waar het "
              "kan, brengen we de expertise naar het kind in plaats van het kind naar de expertise."),
    ]


def governance_chapter(c):
    return [
        ("h1", "Organisatie en bestuur"),
        ("p", f"{c['naam']} is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de "
              f"aangesloten schoolbesturen en houdt toezicht. De dagelijkse leiding ligt bij de "
              f"directeur-bestuurder, {c['dir']}. Bestuur en toezicht zijn zo van elkaar gescheiden, "
              "zoals de Code Goed Bestuur vraagt."),
        ("p", f"Het bureau is klein: {c['fte']} fte, verdeeld over de directeur, een beleidsmedewerker, "
              "een secretariaat en een groep consulenten en orthopedagogen. Het bureau is gevestigd in "
              f"{c['plaats']}. Het bestuur vergadert zes keer per jaar; de agenda en besluitenlijst "
              "staan op de website."),
    ]


def opr_chapter(c, with_parents=True):
    if with_parents:
        samenstelling = ("De OPR bestaat uit acht leden: vier namens het personeel en vier namens de "
                         "ouders" + (" en leerlingen" if c["sector"] == "vo" else "") +
                         ". De leden worden afgevaardigd door de medezeggenschapsraden van de scholen.")
    else:
        samenstelling = ("De OPR bestaat uit acht leden die worden afgevaardigd door de "
                         "medezeggenschapsraden van de scholen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het verband heeft een ondersteuningsplanraad (OPR). " + samenstelling +
              " De OPR heeft instemmingsrecht op dit plan en op wijzigingen ervan."),
        ("p", f"De OPR heeft op {c['opr_datum']} ingestemd met dit plan. Daarnaast heeft het bureau "
              "een eigen medezeggenschapsraad voor het personeel van het verband. Beide raden "
              "ontvangen jaarlijks het jaarplan en de begroting ter informatie."),
    ]


def oogo_chapter(c, substantive=True):
    if not substantive:
        return [
            ("h1", "Overleg met gemeenten"),
            ("p", f"Dit is een conceptversie. Het op overeenstemming gericht overleg (OOGO) met de "
                  f"gemeenten {c['gemeenten']} staat gepland op {c['oogo_datum']}. Het verslag "
                  "van dat overleg voegen we toe aan de definitieve versie."),
            ("p", "Ook het overleg met het samenwerkingsverband voor het andere onderwijstype, waarmee "
                  "ons gebied overlapt, vindt na de zomer plaats. Thema's en afspraken uit die "
                  "overleggen zijn in dit concept nog niet opgenomen."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten"),
        ("p", f"Over het concept van dit plan is op {c['oogo_datum']} op overeenstemming gericht "
              f"overleg (OOGO) gevoerd met de wethouders van {c['gemeenten']}. De gemeenten konden "
              "zich vinden in het plan. Het verslag is vastgesteld in het eerstvolgende overleg."),
        ("p", "Met de gemeenten werken we aan drie gezamenlijke thema's: de aansluiting tussen "
              "onderwijs en jeugdhulp, het leerlingenvervoer en de huisvesting van voorzieningen. Op "
              "elke school is een vaste contactpersoon van het lokale team, die aansluit bij het "
              "ondersteuningsteam van de school. Zo hoeven gezinnen hun verhaal maar één keer te vertellen."),
        ("p", "Voor leerlingen die naast onderwijs ook zorg nodig hebben, sluiten school, gemeente en "
              "zorgaanbieder samen een onderwijs-zorgarrangement af. De gemeente betaalt het zorgdeel."),
    ]


def personeel_chapter(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van ondersteuning staat of valt met de mensen in de klas. Het verband "
              "organiseert daarom netwerken voor intern begeleiders en ondersteuningscoördinatoren, "
              "die vier keer per jaar bij elkaar komen. Onderwerpen kiezen de deelnemers zelf."),
        ("p", "De eigen medewerkers van het verband volgen jaarlijks scholing. Orthopedagogen en "
              "psychologen houden hun registratie bij. We werken met een functiehuis dat in 2023 is "
              "herzien. Het lerarentekort raakt ook het verband: vacatures voor ambulant begeleiders "
              "zijn soms lastig te vullen."),
    ]


def ict_chapter(c):
    return [
        ("h1", "ICT en privacy"),
        ("p", "Aanvragen en dossiers lopen via een beveiligde digitale omgeving. Scholen loggen in met "
              "tweestapsverificatie. We verwerken alleen de gegevens die nodig zijn voor onze taken "
              "en bewaren dossiers niet langer dan drie jaar na het laatste besluit."),
        ("p", "Het verband heeft een functionaris gegevensbescherming, gedeeld met twee andere "
              "verbanden. Het privacyreglement is in 2024 vernieuwd en door de OPR besproken."),
    ]


def planning_chapter(c):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", "Dit plan is in vier stappen gemaakt. In het najaar hielden we bijeenkomsten met scholen "
              "en partners. Daarna schreef de werkgroep een eerste versie, die in het directeurenoverleg "
              "en het bestuur is besproken. Vervolgens volgden de OPR en het overleg met de gemeenten."),
        ("table", [["Stap", "Wanneer"],
                   ["Bijeenkomsten met scholen en partners", "september–november"],
                   ["Eerste versie werkgroep", "december"],
                   ["Bespreking bestuur", "januari"],
                   ["Instemming OPR", c["opr_datum"]],
                   ["OOGO gemeenten", c["oogo_datum"]],
                   ["Vaststelling en toezending aan de inspectie", "vóór 1 mei"]]),
        ("p", "Het plan geldt voor vier schooljaren. Halverwege de planperiode kijken we of bijstelling "
              "nodig is; wijzigingen leggen we opnieuw voor aan de OPR."),
    ]


def ondertekening(c):
    return [
        ("h1", "Vaststelling"),
        ("p", f"Vastgesteld door het algemeen bestuur van {c['naam']} op {c['vast_datum']}, na "
              f"instemming van de ondersteuningsplanraad op {c['opr_datum']}."),
    ]


def toc(items):
    return [("h1", "Inhoud"), ("bullets", items)]


def title_page(c, extra=""):
    return [
        ("header", f"{c['naam']} · Ondersteuningsplan {c['periode']}"),
        ("title", f"Ondersteuningsplan {c['periode']}"),
        ("subtitle", f"{c['naam']} ({c['code']}) {extra}".strip()),
        ("subtitle", "Samen zorgen voor passend onderwijs voor elk kind"),
        ("pagebreak", None),
    ]


def leeswijzer(c):
    return [
        ("h1", "Leeswijzer"),
        ("p", "Dit plan is kort gehouden. Na een schets van onze regio en onze visie volgen de hoofdstukken "
              "over ondersteuning, toelaatbaarheid, geld, resultaten en ouders. We sluiten af met de "
              "organisatie, de medezeggenschap en de planning. Waar we naar een ander document verwijzen, "
              "staat dat er duidelijk bij."),
        ("p", "Waar 'school' staat, bedoelen we ook een locatie of vestiging. Waar 'ouders' staat, bedoelen "
              "we ook verzorgers. De afkortingen staan achterin."),
    ]


def kernwaarden(c):
    return [
        ("h1", "Kernwaarden"),
        ("p", "Vier kernwaarden zijn richtinggevend voor ons werk: vertrouwen, eigenaarschap, "
              "nabijheid en transparantie. Vertrouwen betekent dat we uitgaan van de professionaliteit van "
              "scholen en niet alles willen controleren. Eigenaarschap betekent dat de school eigenaar is "
              "van de vraag en het verband helpt, maar het niet overneemt."),
        ("p", "Nabijheid betekent dat beslissingen zo dicht mogelijk bij de klas worden genomen. "
              "Transparantie betekent dat iedereen kan zien hoe besluiten tot stand komen. Die waarden "
              "klinken vanzelfsprekend, maar in de praktijk schuren ze soms. Een school die eigenaar is, "
              "wil ook ruimte; een bestuur dat transparant wil zijn, vraagt om informatie. We zoeken daarin "
              "steeds het gesprek, in het directeurenoverleg en in de bestuursvergadering."),
    ]


def bureau_chapter(c):
    return [
        ("h1", "Het bureau"),
        ("p", f"Het bureau van het verband is gevestigd in {c['plaats']}. Het gebouw delen we met een "
              "kinderopvangorganisatie en een bibliotheek. Er is een vergaderzaal die scholen gratis "
              "kunnen gebruiken voor netwerkbijeenkomsten en studiemiddagen."),
        ("p", "Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur. Medewerkers werken "
              "een deel van de week op de scholen. We hebben bewust gekozen voor een klein bureau: elke "
              "euro die niet naar het bureau gaat, kan naar de klas. Tegelijk merken we dat een klein "
              "team kwetsbaar is bij ziekte of vertrek. Daarom werken we met duo's die elkaars werk kennen."),
    ]


def kennisdeling(c):
    return [
        ("h1", "Kennisdeling"),
        ("p", "Scholen weten vaak meer dan ze denken. Daarom organiseren we vier keer per jaar een "
              "leernetwerk waarin scholen elkaar laten zien wat werkt. Onderwerpen van de afgelopen jaren "
              "waren onder meer executieve functies, samenwerken met de jeugdarts en het voeren van "
              "lastige gesprekken. Elk leernetwerk wordt voorbereid door twee scholen."),
        ("p", "Daarnaast houden we elk jaar in november een studiedag voor alle intern begeleiders, "
              "ondersteuningscoördinatoren en directeuren. Sprekers komen van hogescholen, landelijke "
              "kenniscentra en uit de eigen regio. Presentaties en materialen delen we via het digitale "
              "kennisplatform van het verband, waar inmiddels ruim 300 professionals een account hebben."),
    ]


def werkdruk(c):
    return [
        ("h1", "Werkdruk en lerarentekort"),
        ("p", "Ook in onze regio zijn er te weinig leraren. Dat raakt leerlingen die extra aandacht nodig "
              "hebben het eerst: een groep met een invaller of een ingekorte week is voor hen extra "
              "lastig. Scholen geven aan dat de werkdruk van intern begeleiders en mentoren hoog is."),
        ("p", "Het verband kan het tekort niet oplossen, maar wel helpen het werk lichter te maken. Daarom "
              "vragen we minder formulieren, zijn consulenten flexibel inzetbaar en delen we goede "
              "voorbeelden van slimme organisatie. Met de besturen bespreken we jaarlijks hoe het gaat; "
              "de uitkomsten nemen we mee in de gesprekken over het jaarplan."),
    ]


def inspectie_chapter(c):
    return [
        ("h1", "Toezicht door de inspectie"),
        ("p", "De inspectie van het onderwijs houdt toezicht op het verband. Het laatste vierjaarlijkse "
              "onderzoek vond plaats in 2023. Het rapport is openbaar en staat op de website van de "
              "inspectie. De inspectie sprak tijdens dat bezoek ook met de OPR en met een aantal "
              "schoolleiders."),
        ("p", "Dit ondersteuningsplan sturen we na vaststelling vóór 1 mei naar de inspectie. Tussentijdse "
              "wijzigingen melden we eveneens. De planperiode loopt, zoals voorgeschreven, in schooljaren: "
              "van 1 augustus tot en met 31 juli."),
    ]


def interne_communicatie(c):
    return [
        ("h1", "Interne communicatie"),
        ("p", "Met de scholen communiceren we vooral persoonlijk, via de vaste consulent. Daarnaast "
              "verschijnt zes keer per jaar een digitale nieuwsbrief voor directeuren, intern begeleiders "
              "en ondersteuningscoördinatoren. Daarin staan wijzigingen in werkwijzen, data van "
              "bijeenkomsten en korte verhalen uit de praktijk."),
        ("p", "Het directeurenoverleg komt vijf keer per jaar bij elkaar en is de plek waar beleid wordt "
              "voorbereid. Besturen ontvangen na elke bestuursvergadering een korte terugkoppeling die zij "
              "met hun scholen kunnen delen."),
    ]


def besluitvorming(c):
    return [
        ("h1", "Besluitvorming en mandaat"),
        ("p", "Het algemeen bestuur stelt het ondersteuningsplan, het jaarplan en de jaarrekening vast. "
              "De directeur-bestuurder heeft mandaat voor de dagelijkse gang van zaken, binnen de kaders "
              "die het bestuur heeft gesteld, en voor de uitvoering van de besluiten van het bestuur. Over "
              "bezwaarlijke of principiële zaken beslist het bestuur zelf."),
        ("p", "Voorstellen aan het bestuur worden eerst besproken in het directeurenoverleg. Zo weten "
              "schoolleiders wat er speelt en kunnen zij hun ervaring inbrengen voordat er besloten wordt. "
              "Besluiten worden vastgelegd in een besluitenlijst die op de website wordt geplaatst."),
    ]


def innovatie(c):
    return [
        ("h1", "Vernieuwing en onderzoek"),
        ("p", "We willen leren van wat we doen. Met een hogeschool in de regio doen we onderzoek naar "
              "de vaardigheden die leraren nodig hebben in groepen met grote verschillen. Twee scholen "
              "werken in een pilot met een digitaal groeidocument dat leerling, school en verband samen "
              "invullen. Na twee jaar beslissen we of het groeidocument voor alle scholen gaat gelden."),
        ("p", "Verder kopen we gezamenlijk scholing en toetsmateriaal in, zodat kleine scholen dezelfde "
              "mogelijkheden hebben als grote. Ideeën voor nieuwe projecten kunnen scholen het hele jaar "
              "indienen bij de beleidsmedewerker."),
    ]


def buurverbanden(c):
    return [
        ("h1", "Samenwerking met andere verbanden"),
        ("p", "Ons gebied grenst aan drie andere samenwerkingsverbanden en overlapt met het verband voor "
              "het andere onderwijstype. Met hen overleggen we twee keer per jaar, onder meer over "
              "leerlingen die in het ene gebied wonen en in het andere naar school gaan, en over "
              "gezamenlijke inkoop. Over dit plan is met het overlappende verband overleg gevoerd."),
        ("p", "Landelijk zijn we lid van de sectororganisatie van samenwerkingsverbanden en nemen we deel "
              "aan een regionaal netwerk van directeuren van verbanden."),
    ]


def ontwikkelingen(c):
    return [
        ("h1", "Ontwikkelingen om ons heen"),
        ("p", "Passend onderwijs staat landelijk in de belangstelling. Na de evaluatie van 2020 volgde een "
              "verbeteraanpak met vijfentwintig maatregelen. Er wordt gewerkt aan een landelijke norm voor "
              "basisondersteuning, en de wet ter versterking van de positie van ouders en leerlingen "
              "verplicht verbanden onder meer om een ouder- en jeugdsteunpunt te hebben. Wat die "
              "ontwikkelingen precies voor ons betekenen, is nog niet in alle opzichten duidelijk."),
        ("p", "In de regio zelf zien we drie bewegingen. Het aantal leerlingen krimpt, vooral in de kleine "
              "kernen. De wachttijden in de jeugdhulp zijn lang, waardoor scholen vaker zelf vragen "
              "opvangen die niet over onderwijs gaan. En de vraag naar ondersteuning wordt complexer: "
              "meer kinderen hebben tegelijk te maken met leer-, gedrags- en thuisproblemen."),
        ("p", "Die ontwikkelingen vragen om een verband dat wendbaar is. Daarom leggen we in dit plan de "
              "grote lijnen vast en laten we ruimte om tussentijds bij te sturen."),
    ]


def besturen_chapter(c):
    return [
        ("h1", "Samen met de schoolbesturen"),
        ("p", f"De {c['besturen']} schoolbesturen in het verband verschillen in grootte en in "
              "levensbeschouwelijke achtergrond. Het kleinste bestuur heeft één school, het grootste "
              "ruim twintig. Toch hebben alle besturen evenveel stem in het algemeen bestuur. Dat is een "
              "bewuste keuze: het verband is van iedereen."),
        ("p", "Besturen spreken elkaar aan als afspraken niet worden nagekomen. Lukt dat niet, dan "
              "bespreekt de voorzitter het in het bestuur. Voor geschillen tussen besturen kennen de "
              "statuten een geschillenregeling; die is sinds de oprichting niet gebruikt."),
    ]


def tot_slot(c):
    return [
        ("h1", "Tot slot"),
        ("p", "Een plan is pas waardevol als het wordt gebruikt. We nodigen scholen, besturen, "
              "partners en de OPR uit om ons aan te spreken op wat hier staat. Heeft u vragen over dit "
              "plan, neem dan contact op met het bureau."),
    ]


def stem_leerlingen(c):
    wie = "kinderen" if c["sector"] == "po" else "jongeren"
    return [
        ("h1", "De stem van " + wie),
        ("p", f"Over {wie} wordt veel gepraat, maar niet altijd met hen. Bij de voorbereiding van dit plan "
              f"hebben we daarom met groepjes {wie} van verschillende scholen gesproken. Ze vertelden wat "
              "hen helpt: een leraar die tijd neemt, een rustige plek om te werken, en niet steeds opnieuw "
              "hun verhaal hoeven te doen."),
        ("p", f"Wij vinden dat {wie} mogen meepraten over hun eigen ontwikkelingsperspectief. Scholen "
              "vragen hun mening voordat het perspectief wordt vastgesteld en leggen die vast. We willen "
              "in de komende jaren ook vaker gewoon vragen hoe het gaat, bijvoorbeeld in een korte "
              "jaarlijkse vragenlijst."),
    ]


def filler_extra(c):
    out = []
    for f in (kernwaarden, ontwikkelingen, besturen_chapter, bureau_chapter, besluitvorming, interne_communicatie, kennisdeling,
              werkdruk, innovatie, buurverbanden, inspectie_chapter, tot_slot):
        out += f(c)
    return out


# ---------------------------------------------------------------- plan 1: PO De Linge
def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Linge", code="PO 25-11",
             periode="2025-2029", nr="derde", dir="Marieke van Oosterwijk", sector="po",
             gemeenten="Lingedal, Deestwaard en Ommerwaard", besturen="7", fte="9,4",
             plaats="Deestwaard", opr_datum="18 maart 2025", oogo_datum="25 maart 2025",
             vast_datum="9 april 2025",
             missie="elk kind in de Lingestreek krijgt onderwijs dat bij hem past, zo dicht mogelijk bij huis.",
             kengetallen=[["Basisscholen", "46"], ["Sbo-scholen", "2"], ["So-locaties (cluster 3 en 4)", "3"],
                          ["Leerlingen basisonderwijs", "9.870"], ["Leerlingen sbo", "214"],
                          ["Leerlingen so", "168"]])
    b = title_page(c)
    b += toc(["Voorwoord", "1. Onze regio", "2. Missie en visie", "3. Basisondersteuning",
              "4. Ondersteuningsroute en arrangementen", "5. Toelaatbaarheid sbo en so",
              "6. Thuiszitters en dekkend netwerk", "7. Geld en verdeling",
              "8. Resultaten en kwaliteit", "9. Communicatie", "10. Samenwerking met gemeenten",
              "11. Organisatie en bestuur", "12. Medezeggenschap", "13. Personeel en professionalisering",
              "14. ICT en privacy", "15. Totstandkoming en planning", "Begrippenlijst"])
    b += voorwoord(c)
    b += leeswijzer(c)
    b += context_chapter(c)
    b += visie_chapter(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is bij ons de afgesproken ondergrens: wat iedere basisschool in het "
              "verband, op iedere vestiging, zonder aanvraag bij het verband biedt. Alle zeven besturen "
              "hebben dit niveau in 2024 opnieuw onderschreven. Wat een school daarboven biedt, staat in "
              "het schoolondersteuningsprofiel van die school."),
        ("p", "Concreet kunnen ouders op elke school het volgende verwachten:"),
        ("bullets", ["een intern begeleider met minimaal één dag per week per 200 leerlingen;",
                     "handelingsgericht werken met groepsplannen en twee groepsbesprekingen per jaar;",
                     "een dyslexie- en dyscalculieprotocol, inclusief signalering in groep 2 en 3;",
                     "een aanpak voor sociale veiligheid en een anti-pestcoördinator;",
                     "aanbod voor leerlingen die meer aankunnen, in of naast de groep;",
                     "een ondersteuningsteam met de orthopedagoog van het verband en het lokale team;",
                     "afspraken over medisch handelen en het geven van medicijnen."]),
        ("p", "Twee keer per planperiode bezoekt een orthopedagoog van het verband elke school voor een "
              "gesprek over de basisondersteuning aan de hand van de kwaliteitskaart. Komt een school "
              "onder de ondergrens, dan maakt het bestuur binnen drie maanden een verbeterplan."),
        ("h1", "Ondersteuningsroute en arrangementen"),
        ("p", "Ons aanbod is opgebouwd in vier lagen. Laag 1 is de basisondersteuning op elke school. "
              "Laag 2 is extra ondersteuning op de eigen school met een arrangement van het verband, "
              "bijvoorbeeld ambulante begeleiding of extra handen in de groep. Laag 3 zijn de "
              "bovenschoolse voorzieningen: de observatiegroep De Brug in Deestwaard, twee plusklassen "
              "en de taalklas voor nieuwkomers in Lingedal. Laag 4 is het speciaal (basis)onderwijs."),
        ("p", "De route begint altijd bij het ondersteuningsteam van de school. Daar zit een consulent van "
              "het verband aan tafel. Is meer nodig dan de school zelf kan bieden, dan vraagt de school "
              "een arrangement aan bij het Loket. Het Loket besluit binnen vier weken."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Voor plaatsing op een sbo-school of so-school is een toelaatbaarheidsverklaring (TLV) "
              "nodig. Het bestuur van de school waar het kind staat ingeschreven vraagt de TLV aan bij "
              "het Loket, met het groeidocument, het ontwikkelingsperspectief en de zienswijze van de "
              "ouders. Twee deskundigen geven elk een eigen schriftelijk advies: altijd een "
              "orthopedagoog of psycholoog, en daarnaast afhankelijk van het kind een arts, "
              "maatschappelijk werker of kinderpsychiater. Zij zijn niet betrokken geweest bij de "
              "aanvraag. De Commissie Toelaatbaarheid besluit binnen zes weken na een volledige aanvraag."),
        ("p", "Over de vraag wanneer een kind toelaatbaar is, zijn we met de besturen nog in gesprek. De "
              "huidige criteria uit 2019 werken niet goed meer; nieuwe criteria voor sbo en so stellen "
              "we in het voorjaar van 2026 vast. Tot die tijd weegt de commissie elke aanvraag "
              "afzonderlijk. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken "
              "bezwaar maken; het verband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("p", "Een TLV voor het so geldt bij ons in de regel twee schooljaren, een TLV voor het sbo tot "
              "het einde van de basisschoolperiode. De commissie legt voor het so de categorie laag, "
              "midden of hoog vast. In het laatste schooljaar van een so-TLV nodigt de so-school de "
              "ouders, de consulent van het verband en zo mogelijk de beoogde basisschool uit voor een "
              "evaluatie van het ontwikkelingsperspectief, uiterlijk 1 maart. Uit dat gesprek komt een "
              "advies: terug naar het regulier onderwijs, of een nieuwe TLV. De Commissie "
              "Toelaatbaarheid neemt daarover vóór 1 mei een besluit."),
        ("p", "Ons uitgangspunt is dat een kind teruggaat naar een gewone school zodra dat verantwoord "
              "kan, bij voorkeur in de eigen woonplaats. Een terugkeer begint met een proefperiode van "
              "zes weken. Daarna krijgt de ontvangende school een half jaar ambulante begeleiding van "
              "de so-school en een overgangsarrangement van het verband. Dat geldt ook voor kinderen "
              "die vanuit het sbo terugkeren."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Geen kind hoort thuis te zitten. Meldt een school een leerling die langer dan vier weken "
              "niet naar school gaat, dan komt binnen tien werkdagen het thuiszittersoverleg bij elkaar: "
              "school, leerplichtambtenaar, consulent en zo nodig jeugdhulp. De directeur-bestuurder "
              "heeft doorzettingsmacht als partijen er samen niet uitkomen."),
        ("p", "Elk voorjaar brengen we met de besturen in kaart waar het aanbod tekortschiet: "
              "wachtlijsten bij het so, kinderen zonder passende plek en vragen die geen school kan "
              "beantwoorden. Op basis daarvan besluit het bestuur over nieuwe voorzieningen. Voor "
              "2025-2026 is een tweede observatiegroep in Ommerwaard gepland."),
        ("h1", "Geld en verdeling"),
        ("p", "Het verband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek "
              "van de bekostiging van het so en het sbo verdelen we het resterende budget zo: elke "
              "basisschool ontvangt een vaste voet van € 6.000 plus € 95 per leerling op 1 oktober. "
              "Het bedrag per leerling wordt "
              "jaarlijks vóór 1 juni door het algemeen bestuur vastgesteld."),
        ("p", "Arrangementen kennen we toe op aanvraag via het Loket; de kosten daarvan betaalt het "
              "verband rechtstreeks. De besturen verantwoorden in hun jaarverslag hoe zij de middelen "
              "hebben ingezet. De reserve van het verband blijft onder de signaleringswaarde."),
        ("p", "De meerjarenbegroting 2025-2029 is als bijlage 5 bij dit plan gevoegd."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "Kwaliteit is voor ons geen papieren zaak. In het najaar van 2025 ontwikkelen we samen met "
              "de directeuren een kwaliteitskader voor het verband. Welke resultaten we voor kinderen "
              "met een ondersteuningsbehoefte willen bereiken en hoe we die volgen, beschrijven we "
              "daarin. Het kader wordt in de loop van 2026 aan de OPR voorgelegd."),
        ("h1", "Communicatie"),
        ("p", "Ouders vinden op onze website een aparte ouderpagina met uitleg over de "
              "basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de TLV. Elke "
              "school neemt een korte tekst over het ondersteuningsaanbod op in de schoolgids en geeft "
              "nieuwe ouders bij de intake de folder 'Extra steun nodig?'. Twee keer per jaar "
              "organiseren we een informatieavond."),
        ("p", "Wil een ouder onafhankelijk advies, of loopt het gesprek met school vast? Dan kan hij "
              "terecht bij het Ouder- en Jeugdsteunpunt Lingestreek, dat los van de scholen werkt, en bij "
              "de Onderwijsconsulenten. Beide staan met telefoonnummer in de folder en op de website."),
        ("p", "Ouders zijn gelijkwaardige partners. Zij denken mee over het ontwikkelingsperspectief en "
              "zijn altijd uitgenodigd bij het ondersteuningsteam."),
    ]
    b += oogo_chapter(c)
    b += governance_chapter(c)
    b += opr_chapter(c)
    b += personeel_chapter(c)
    b += ict_chapter(c)
    b += filler_extra(c)
    b += planning_chapter(c)
    b += ondertekening(c)
    b += [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Beoogde resultaten", "De resultaten die het verband wil bereiken voor leerlingen met extra ondersteuning."],
                   ["Kwaliteitszorg", "De manier waarop het verband de resultaten meet, volgt en verantwoordt."],
                   ["Meerjarenbegroting", "Begroting met de verwachte baten en lasten voor vier jaar."],
                   ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                   ["Terugplaatsing", "De overstap van sbo of so terug naar het regulier onderwijs."],
                   ["OJSP", "Ouder- en jeugdsteunpunt."]]),
    ]
    elements = dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                    financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing",
                    ouders="present")
    criteria = {k: True for k in CORE}
    criteria.update({"plaatsing.criteria": False, "financien.besteding": False,
                     "resultaten.doelen": False, "resultaten.monitoring": False})
    advisory = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': ondergrens for every vestiging + concrete bullet list; borging via kwaliteitskaart.",
        "plaatsing": "Ch. 'Toelaatbaarheid sbo en so' gives full procedure (Loket, 2 deskundigen, commissie, 6 weken) but criteria are deferred to spring 2026 ('weegt elke aanvraag afzonderlijk').",
        "terugstroom": "Hidden in the TLV chapter (3rd/4th paragraph): evaluation in last TLV year by 1 March, decision before 1 May (procedure) + uitgangspunt, proefperiode, ambulante begeleiding (beleid).",
        "financien": "Ch. 'Geld en verdeling': vaste voet EUR 6.000 + EUR 95 per leerling (verdeling); meerjarenbegroting only 'als bijlage 5 bij dit plan gevoegd' (absent) -> besteding not addressed.",
        "dekkend-aanbod": "Ch. 'Ondersteuningsroute en arrangementen' (4 lagen) + 'Thuiszitters en dekkend netwerk' (yearly gap analysis, thuiszittersoverleg).",
        "resultaten": "Ch. 'Resultaten en kwaliteit' only defers to a kwaliteitskader (najaar 2025 / 2026); 'resultaten' otherwise only in voorwoord, TOC and begrippenlijst.",
        "ouders": "Ch. 'Communicatie': ouderpagina, schoolgids, folder, informatieavond + OJSP Lingestreek and Onderwijsconsulenten.",
    }
    return "po-de-linge-op-2025-2029", b, "po", elements, criteria, advisory, notes


# ---------------------------------------------------------------- plan 2: VO Kempenrand
def plan2():
    c = dict(naam="Samenwerkingsverband VO Kempenrand", code="VO 30-09", periode="2024-2028",
             nr="derde", dir="Joost Verhagen", sector="vo", gemeenten="Bergeijkerveld, Hoogdonk en Leende-Heide",
             besturen="5", fte="7,2", plaats="Hoogdonk", opr_datum="6 februari 2024",
             oogo_datum="13 februari 2024", vast_datum="7 maart 2024",
             missie="iedere jongere in de Kempenrand haalt een diploma of startkwalificatie op een school die bij hem past.",
             kengetallen=[["Vo-scholen (vestigingen)", "9"], ["Scholen voor praktijkonderwijs", "1"],
                          ["Vso-scholen", "2"], ["Leerlingen regulier vo", "6.480"],
                          ["Leerlingen met lwoo", "512"], ["Leerlingen pro", "188"], ["Leerlingen vso", "141"]])
    b = title_page(c)
    b += toc(["Voorwoord", "1. Onze regio", "2. Missie en visie", "3. Het ondersteuningsaanbod",
              "4. Het Loket: toewijzing en toelaatbaarheid", "5. Terug naar het regulier vo",
              "6. Thuiszitters", "7. Geld en middelen", "8. Doelen voor de planperiode",
              "9. Kwaliteitszorg", "10. Ouders en leerlingen", "11. Samenwerking met gemeenten",
              "12. Organisatie en bestuur", "13. Medezeggenschap", "14. Personeel", "15. ICT en privacy",
              "16. Totstandkoming", "Afkortingen en begrippen"])
    b += voorwoord(c, with_parents=False)
    b += leeswijzer(c)
    b += context_chapter(c)
    b += visie_chapter(c)
    b += terugblik_chapter(c)
    b += [
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Alle vo-scholen in de Kempenrand bieden hetzelfde niveau van basisondersteuning. Dat is "
              "de afgesproken ondergrens voor elke vestiging, ook voor de kleinste locatie in "
              "Leende-Heide. De standaarden daarvan zijn uitgewerkt in het document 'Basisondersteuning "
              "Kempenrand 2024' (bijlage 2)."),
        ("p", "Het aanbod kent drie niveaus. Niveau 1 is de basisondersteuning in de klas en op de "
              "school. Niveau 2 zijn de arrangementen: extra ondersteuning op de eigen school, betaald "
              "uit het schoolbudget, en bovenschoolse arrangementen zoals het OPDC De Overstap in Hoogdonk "
              "(maximaal 40 plaatsen, verblijf tot een jaar) en de rebound-voorziening voor leerlingen die "
              "tijdelijk niet in de klas kunnen functioneren. Niveau 3 is het voortgezet speciaal onderwijs "
              "op de twee vso-scholen in de regio."),
        ("p", "Voor leerlingen met een specifieke vraag zijn er daarnaast een ISK-afdeling voor nieuwkomers "
              "en een hoogbegaafdheidsprogramma op twee scholen. Het praktijkonderwijs en het lwoo zijn "
              "onderdeel van het reguliere aanbod."),
        ("p", "Of dit aanbod voor alle jongeren voldoende is, weten we nog niet goed. Een analyse van "
              "witte vlekken en wachttijden voeren we uit in het schooljaar 2025-2026; de uitkomsten "
              "nemen we mee bij de tussentijdse bijstelling van dit plan."),
        ("h1", "Het Loket: toewijzing en toelaatbaarheid"),
        ("p", "Alle aanvragen voor bovenschoolse arrangementen, vso, lwoo en pro komen binnen bij het "
              "Loket van het verband. De aanvraag komt altijd van het bevoegd gezag van de school waar de "
              "leerling staat ingeschreven of is aangemeld."),
        ("p", "Vso. De school dient een aanvraag in met het ontwikkelingsperspectief, het verslag van het "
              "multidisciplinair overleg en de resultaten van de geboden ondersteuning. Een orthopedagoog "
              "of psycholoog van het verband en een tweede deskundige, afhankelijk van de leerling een arts "
              "of maatschappelijk werker, geven elk schriftelijk advies. De Commissie Toewijzing besluit "
              "binnen zes weken. Een leerling is toelaatbaar tot het vso als (1) de school aantoonbaar een "
              "jaar lang ondersteuning op niveau 2 heeft geboden, (2) de ondersteuningsbehoefte op meerdere "
              "gebieden ligt (leren, gedrag, medisch) en (3) een reguliere school ook met een arrangement "
              "niet kan bieden wat nodig is. De TLV geldt één of twee schooljaren, in categorie laag, "
              "midden of hoog. Bezwaar loopt via de Landelijke Bezwaaradviescommissie."),
        ("p", "Lwoo en pro. Voor lwoo en pro gelden de landelijke criteria (IQ, leerachterstand en "
              "sociaal-emotionele problematiek). De basisschool levert het onderwijskundig rapport en de "
              "testgegevens uiterlijk 1 maart aan; het Loket beoordeelt het dossier en geeft binnen vier "
              "weken de aanwijzing lwoo of de toelaatbaarheidsverklaring pro af. Een aanwijzing lwoo "
              "geldt voor de hele schoolloopbaan."),
        ("h1", "Terug naar het regulier vo"),
        ("p", "Het vso is bij ons geen eindstation. Het beleid van het verband is dat een vso-leerling "
              "terugkeert naar een reguliere vo-school zodra zijn ontwikkeling dat toelaat en de "
              "ontvangende school de benodigde ondersteuning kan bieden. We kiezen daarbij voor een school "
              "dicht bij huis. Na terugkeer krijgt de school gedurende een half jaar begeleiding van een "
              "ambulant begeleider van de vso-school, betaald door het verband."),
        ("p", "Hoe de terugkeer precies verloopt — wie het initiatief neemt, op welk moment en wie beslist "
              "— leggen we in 2025 vast in een stappenplan dat we samen met de vso-scholen opstellen."),
        ("h1", "Thuiszitters"),
        ("p", "Het aantal thuiszitters in de regio is een zorg. Met de leerplichtambtenaren van de drie "
              "gemeenten hebben we afgesproken dat we de aanpak in de loop van de planperiode opnieuw "
              "bekijken. Een voorstel daarvoor volgt."),
        ("h1", "Geld en middelen"),
        ("p", "Het verband ontvangt circa € 6,9 miljoen per jaar aan middelen voor lichte en zware "
              "ondersteuning. De verdeling is eenvoudig: na aftrek van de afdrachten voor vso, lwoo en pro "
              "en de kosten van het OPDC en het bureau gaat het resterende deel naar de scholen, volgens "
              "een bedrag van € 145 per leerling (teldatum 1 oktober). Bovenschoolse arrangementen kent "
              "het Loket toe op aanvraag. Het algemeen bestuur stelt het bedrag per leerling jaarlijks "
              "in december vast."),
        ("table", [["(x € 1.000)", "2024", "2025", "2026", "2027"],
                   ["Baten ondersteuningsbudget", "6.910", "6.850", "6.790", "6.720"],
                   ["Afdracht vso (DUO)", "2.640", "2.660", "2.680", "2.700"],
                   ["Lwoo en pro", "1.920", "1.900", "1.880", "1.860"],
                   ["OPDC De Overstap en rebound", "780", "790", "800", "800"],
                   ["Budget scholen (€ 145 p.l.)", "940", "930", "920", "910"],
                   ["Bureau en Loket", "560", "570", "580", "590"],
                   ["Saldo", "70", "0", "-70", "-140"]]),
        ("p", "Het negatieve saldo vanaf 2026 vangen we op uit de reserve, die daarmee tot onder de "
              "signaleringswaarde daalt. De scholen leggen jaarlijks in een korte rapportage verantwoording "
              "af over de inzet van het schoolbudget."),
        ("h1", "Doelen voor de planperiode"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte willen we in 2028 het volgende bereikt hebben:"),
        ("bullets", ["het deelnamepercentage vso daalt van 2,1% naar maximaal 1,8%;",
                     "minimaal 85% van de leerlingen in het OPDC keert binnen een jaar terug naar een reguliere klas;",
                     "90% van de TLV-besluiten wordt binnen zes weken genomen;",
                     "het aantal leerlingen zonder schoolplek daalt naar minder dan 5 op de teldatum."]),
        ("h1", "Kwaliteitszorg"),
        ("p", "Hoe we de voortgang op deze doelen gaan volgen en waar we erover rapporteren, werken we "
              "uit in een monitoringsplan. Dat plan verschijnt in het voorjaar van 2025 en wordt daarna "
              "onderdeel van onze jaarcyclus."),
        ("p", "Tot die tijd vertrouwen we op de gesprekken die de directeur-bestuurder met de "
              "schoolleiders voert."),
    ]
    b += oogo_chapter(c)
    b += governance_chapter(c)
    b += opr_chapter(c, with_parents=False)
    b += personeel_chapter(c)
    b += ict_chapter(c)
    b += filler_extra(c)
    b += planning_chapter(c)
    b += ondertekening(c)
    b += [
        ("h1", "Afkortingen en begrippen"),
        ("table", [["Afkorting/begrip", "Betekenis"],
                   ["Informatie aan ouders", "Hoe het verband ouders informeert over de ondersteuningsvoorzieningen."],
                   ["Lwoo", "Leerwegondersteunend onderwijs"],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."],
                   ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen schoolsituaties."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum"],
                   ["Pro", "Praktijkonderwijs"],
                   ["TLV", "Toelaatbaarheidsverklaring"],
                   ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden."]]),
    ]
    elements = dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                    financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                    ouders="missing")
    criteria = {k: True for k in CORE}
    criteria.update({"basisondersteuning.inhoud": False, "terugstroom.procedure": False,
                     "dekkend-aanbod.lacunes": False, "resultaten.monitoring": False,
                     "ouders.informatie": False, "ouders.steunpunt": False})
    advisory = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 'Het ondersteuningsaanbod' states the ondergrens for every vestiging (niveau) but the standards are only in an absent 'bijlage 2' -> inhoud not addressed.",
        "plaatsing": "Ch. 'Het Loket': vso procedure + 3 criteria, deskundigen, 6 weken, TLV duration/category, LBT; lwoo/pro procedure with national criteria.",
        "terugstroom": "Ch. 'Terug naar het regulier vo' gives policy (aim, thuisnabij, half year AB) but the procedure is deferred to a stappenplan in 2025.",
        "financien": "Ch. 'Geld en middelen': EUR 145 per leerling, decided in December (verdeling) + meerjarenbegroting table 2024-2027 (besteding).",
        "dekkend-aanbod": "Continuum in 'Het ondersteuningsaanbod' (niveau 1-3, OPDC, rebound, ISK); gap analysis deferred to 2025-2026 and thuiszitters chapter only says 'een voorstel volgt'.",
        "resultaten": "Ch. 'Doelen voor de planperiode' has measurable targets; 'Kwaliteitszorg' defers monitoring to a monitoringsplan (voorjaar 2025).",
        "ouders": "No chapter content despite TOC item 'Ouders en leerlingen' (chapter absent); informatie/OJSP/onderwijsconsulent appear only in the afkortingenlijst.",
    }
    return "vo-kempenrand-op-2024-2028", b, "vo", elements, criteria, advisory, notes


def terugblik_chapter(c):
    return [
        ("h1", "Terugblik"),
        ("p", "De vorige planperiode was onrustig. De schoolsluitingen in de coronajaren, het vertrek van "
              "de vorige directeur en de verhuizing van het bureau vroegen veel aandacht. Het bureau is "
              "nu gehuisvest in een gebouw samen met het lokale team, wat de lijnen korter maakt."),
        ("p", "In de evaluatie met scholen kwam steeds hetzelfde terug: de procedures waren te ingewikkeld "
              "en de formulieren te lang. We hebben het aanvraagformulier teruggebracht van twaalf naar "
              "vier pagina's en de website vernieuwd. Daarop bouwen we in dit plan verder."),
    ]


def werkwijze_chapter(c):
    return [
        ("h1", "Zo werken we"),
        ("p", "Wij werken handelingsgericht: we kijken naar wat een leerling nodig heeft, niet naar een "
              "etiket. Een diagnose is niet nodig om ondersteuning te krijgen. Gesprekken voeren we met "
              "de school, de leerling en het gezin samen, zodat iedereen hetzelfde verhaal hoort."),
        ("p", "De consulenten van het verband zijn het eerste aanspreekpunt voor de scholen. Elke school "
              "heeft een vaste consulent, die het team kent en op afspraak langskomt. Zo blijft de "
              "afstand tussen bureau en klas klein."),
    ]


# ---------------------------------------------------------------- plan 3: PO Kustlanden (markdown)
def plan3():
    c = dict(naam="Samenwerkingsverband PO Kustlanden", code="PO 29-04", periode="2025-2029",
             nr="derde", dir="Anneke de Visser", sector="po", gemeenten="Westkapelle-Duin, Zandvoorde en Oostgat",
             besturen="4", fte="5,8", plaats="Zandvoorde", opr_datum="4 maart 2025",
             oogo_datum="11 maart 2025", vast_datum="2 april 2025",
             missie="ieder kind aan de kust gaat met plezier naar een school die past.",
             kengetallen=[["Basisscholen", "31"], ["Sbo-school", "1"], ["So-school (cluster 4)", "1"],
                          ["Leerlingen basisonderwijs", "5.940"], ["Leerlingen sbo", "128"],
                          ["Leerlingen so", "77"]])
    b = [("title", f"Ondersteuningsplan {c['periode']}"),
         ("subtitle", f"{c['naam']} ({c['code']}) — versie voor de website"),
         ("p", "Inhoud: Voorwoord · Onze regio · Missie en visie · Terugblik · Basisondersteuning · "
               "Arrangementen en voorzieningen · Toelaatbaarheid · Terugplaatsing en overplaatsing · "
               "Geen kind thuis · Financiën · Resultaten · Ouders · Gemeenten · Bestuur · OPR · "
               "Personeel · ICT · Planning · Woordenlijst")]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += context_chapter(c)
    b += visie_chapter(c)
    b += terugblik_chapter(c)
    b += werkwijze_chapter(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle 31 basisscholen bieden ten minste dezelfde basisondersteuning; dat is wat wij met "
              "elkaar als minimum hebben afgesproken. Per school kan het aanbod hoger liggen."),
        ("table", [["Wat elke school biedt", "Concreet"],
                   ["Begeleiding", "Intern begeleider, minimaal 0,4 fte per school"],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol, extra instructie in de groep"],
                   ["Gedrag", "Methode voor sociaal-emotionele ontwikkeling; gedragsspecialist op afroep"],
                   ["Meer- en hoogbegaafd", "Verrijkingsaanbod in de eigen groep"],
                   ["Taal", "NT2-aanbod voor kinderen die korter dan twee jaar in Nederland zijn"],
                   ["Structuur", "Ondersteuningsteam met orthopedagoog, drie keer per jaar"]]),
        ("h1", "Arrangementen en voorzieningen"),
        ("p", "Welke arrangementen en bovenschoolse voorzieningen er in de regio zijn, hoe die in elkaar "
              "grijpen en voor wie ze bedoeld zijn, staat in de Sociale Kaart op www.kustlanden-po.nl/aanbod. "
              "Die kaart houden we los van dit plan actueel, omdat het aanbod vaak verandert."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, leest u in de Routekaart TLV op "
              "onze website. Hieronder staan de criteria die de commissie hanteert."),
        ("table", [["Soort", "Een kind is toelaatbaar als …", "Looptijd"],
                   ["Sbo", "de basisschool ten minste zes maanden een arrangement heeft uitgevoerd en geëvalueerd, "
                           "het kind een achterstand van meer dan anderhalf jaar heeft op twee of meer "
                           "vakgebieden en de groepsgrootte van de basisschool onvoldoende is voor de benodigde aandacht",
                    "tot einde basisschool"],
                   ["So categorie laag", "de ondersteuningsbehoefte op het gebied van gedrag of leren zo groot is "
                                         "dat een kleine groep met een specialistisch team nodig is",
                    "twee schooljaren"],
                   ["So categorie midden/hoog", "er sprake is van een lichamelijke beperking, langdurige ziekte "
                                                "of meervoudige beperking waarbij verzorging onder schooltijd nodig is",
                    "vier schooljaren"]]),
        ("h1", "Geen kind thuis"),
        ("p", "Zit een kind langer dan drie weken thuis zonder onderwijs, dan meldt de school dat bij de "
              "consulent. Binnen tien werkdagen zit de thuiszitterstafel bij elkaar met school, leerplicht, "
              "ouders en het lokale team. Lukt het niet binnen zes weken een plek te vinden, dan beslist de "
              "directeur welke school het kind tijdelijk opvangt."),
        ("p", "Elk half jaar bespreken de bestuurders de lijst met kinderen die op een plek wachten en de "
              "vragen waarvoor geen school een antwoord heeft. Zijn dat er meer dan vijf van hetzelfde "
              "soort, dan zet het bestuur een werkgroep in die binnen drie maanden met een voorstel komt. "
              "Zo vullen we de zorgplicht samen in."),
        ("h1", "Financiën"),
        ("p", "Van het budget dat het verband na de afdrachten voor sbo en so overhoudt, gaat 80% naar de "
              "schoolbesturen (€ 120 per leerling) en 20% naar arrangementen die de consulent toewijst. "
              "Het bestuur stelt de verdeling elk jaar in juni vast."),
        ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Inkomsten", "4.310", "4.260", "4.200", "4.150"],
                   ["Afdracht sbo en so", "2.480", "2.470", "2.460", "2.450"],
                   ["Besturen (€ 120 p.l.)", "713", "700", "690", "680"],
                   ["Arrangementen", "180", "175", "170", "165"],
                   ["Bureau en consulenten", "820", "830", "840", "850"],
                   ["Resultaat", "117", "85", "40", "5"]]),
        ("h1", "Resultaten"),
        ("table", [["Doel 2029", "Nu (2024)", "Streefwaarde"],
                   ["Thuiszitters langer dan drie maanden", "6", "hoogstens 2"],
                   ["Deelname sbo", "2,1%", "2,0% of lager"],
                   ["TLV-besluit binnen zes weken", "72%", "95%"],
                   ["Uitstroom naar vo volgens advies", "91%", "ten minste 93%"]]),
        ("p", "Twee keer per jaar bespreekt het bestuur een dashboard met deze cijfers. In het jaarverslag "
              "staan de bereikte resultaten; de OPR bespreekt het jaarverslag elk jaar in juni."),
        ("h1", "Ouders"),
        ("p", "Elke school beschrijft in de schoolgids wat zij aan ondersteuning biedt en verwijst naar de "
              "ouderpagina van het verband. Daar staan ook de folder 'Extra ondersteuning, hoe werkt dat?' "
              "en de data van de ouderavonden die we twee keer per jaar houden."),
        ("p", "Over een onafhankelijk steunpunt voor ouders maken we in 2026 afspraken met de buurverbanden. "
              "Tot die tijd kunnen ouders met vragen terecht bij de intern begeleider van de school."),
    ]
    b += stem_leerlingen(c)
    b += oogo_chapter(c)
    b += governance_chapter(c)
    b += opr_chapter(c)
    b += personeel_chapter(c)
    b += ict_chapter(c)
    b += filler_extra(c)
    b += planning_chapter(c)
    b += ondertekening(c)
    b += [
        ("h1", "Woordenlijst"),
        ("bullets", ["Terugplaatsing: de overstap van een leerling van sbo of so naar een reguliere basisschool.",
                     "Overplaatsing: overstap tussen scholen voor speciaal (basis)onderwijs.",
                     "Onderwijsconsulent: onafhankelijke adviseur voor ouders.",
                     "Ouder- en jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en kinderen.",
                     "Dekkend aanbod: alle voorzieningen samen, zodat er voor elk kind een plek is.",
                     "Warme overdracht: gesprek tussen basisschool en vo-school bij de overstap."]),
    ]
    elements = dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                    financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                    ouders="partial")
    criteria = {k: True for k in CORE}
    criteria.update({"plaatsing.procedure": False, "terugstroom.procedure": False,
                     "terugstroom.beleid": False, "dekkend-aanbod.continuum": False,
                     "ouders.steunpunt": False})
    advisory = {"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': agreed minimum for all 31 schools + table with concrete content.",
        "plaatsing": "Ch. 'Toelaatbaarheid': criteria table (sbo/so, looptijd, categories) but procedure only 'Routekaart TLV op onze website'.",
        "terugstroom": "Only in the inline TOC ('Terugplaatsing en overplaatsing', no such chapter) and the woordenlijst; 'uitstroom naar vo' in resultaten is a near-miss.",
        "financien": "Ch. 'Financiën': 80/20 split, EUR 120 per leerling, decided in June + begroting table 2025-2028.",
        "dekkend-aanbod": "Lacunes in 'Geen kind thuis' (thuiszitterstafel, half-yearly waiting-list review, zorgplicht); continuum only referred to the Sociale Kaart website.",
        "resultaten": "Ch. 'Resultaten': targets table + dashboard twice a year, jaarverslag, OPR.",
        "ouders": "Ch. 'Ouders': schoolgids, ouderpagina, folder, ouderavonden (informatie); independent steunpunt deferred to 2026, IB'er is not independent.",
    }
    return "po-kustlanden-ondersteuningsplan-2025-2029", b, "po", elements, criteria, advisory, notes


# ---------------------------------------------------------------- plan 4: VO Hunzeland (concept, pdf)
def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Hunzeland", code="VO 21-05",
             periode="2025-2029", nr="derde", dir="Harm Bosscher", sector="vo",
             gemeenten="Hunzedal, Eexterveen en Drouwenmond", besturen="4", fte="6,5",
             plaats="Eexterveen", opr_datum="(gepland) 22 april 2025", oogo_datum="3 april 2025",
             vast_datum="(gepland) 29 april 2025",
             missie="elke jongere in Hunzeland krijgt de kans om zijn talenten te ontwikkelen en een diploma te halen.",
             kengetallen=[["Vo-scholen (locaties)", "7"], ["Praktijkonderwijs", "1"], ["Vso-school", "1"],
                          ["Leerlingen vo", "4.720"], ["Leerlingen met lwoo", "365"],
                          ["Leerlingen pro", "142"], ["Leerlingen vso", "96"]])
    b = title_page(c, extra="— CONCEPT voor OPR en OOGO")
    b += toc(["Voorwoord", "1. Onze regio", "2. Missie en visie", "3. Basisondersteuning (volgt)",
              "4. Aanmelden en verwijzen", "5. Dekkend aanbod (volgt)", "6. Geld",
              "7. Kwaliteit en verantwoording", "8. Communicatie", "9. Overleg met gemeenten",
              "10. Organisatie en bestuur", "11. Medezeggenschap", "12. Personeel", "13. ICT en privacy",
              "14. Planning", "Begrippen"])
    b += voorwoord(c)
    b += leeswijzer(c)
    b += context_chapter(c)
    b += visie_chapter(c)
    b += terugblik_chapter(c)
    b += werkwijze_chapter(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "[Tekst volgt.] De werkgroep basisondersteuning wacht de landelijke norm af. Zodra die "
              "bekend is, beschrijven we hier wat elke school minimaal biedt. Dit hoofdstuk wordt als "
              "aanvulling aan de OPR voorgelegd."),
        ("h1", "Aanmelden en verwijzen"),
        ("p", "Alle aanvragen lopen via de Commissie van Toelaatbaarheid (CvT) van het verband. Alleen de "
              "school waar de leerling is ingeschreven of aangemeld kan een aanvraag doen. De school "
              "voegt het ontwikkelingsperspectief, een verslag van het overleg met ouders en leerling en "
              "de evaluatie van de geboden ondersteuning toe. De CvT vraagt advies aan twee deskundigen: "
              "een GZ-psycholoog of orthopedagoog en, per leerling, een jeugdarts of maatschappelijk "
              "werker. De CvT besluit binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer hij ten minste op twee van de drie gebieden "
              "(leren, gedrag, lichamelijk/medisch) langdurig meer nodig heeft dan een reguliere school met "
              "een arrangement kan bieden, en de school dit met een geëvalueerd OPP aantoont. De TLV geldt "
              "standaard twee schooljaren, bekostigingscategorie laag tenzij de CvT anders besluit. Tegen "
              "een besluit kunnen ouders bezwaar maken bij de Landelijke Bezwaaradviescommissie."),
        ("p", "Voor lwoo en pro volgen we de landelijke criteria. De basisschool meldt leerlingen vóór "
              "1 februari aan; de CvT beslist vóór 15 april zodat de leerling op tijd zijn plek weet."),
        ("p", "Uiterlijk 1 februari van het laatste TLV-jaar evalueert de vso-school samen met ouders en "
              "leerling het OPP en stuurt een advies aan de CvT: verlengen of terugplaatsen. Een consulent "
              "van het verband neemt deel aan dat gesprek. De CvT besluit vóór 1 april; bij terugplaatsing "
              "loopt de TLV af op 31 juli en meldt de vso-school de leerling aan bij de ontvangende school. "
              "Welke uitgangspunten en welke begeleiding na terugkeer gelden, leggen we vast in de "
              "beleidsnotitie Terugplaatsing die na de zomer verschijnt."),
        ("h1", "Dekkend aanbod"),
        ("p", "[Volgt na het OOGO.] Dit hoofdstuk schrijven we samen met de gemeenten."),
        ("h1", "Geld"),
        ("p", "Met ingang van 1 augustus 2026 werken we met een nieuw verdeelmodel. Dat model wordt in het "
              "najaar van 2025 samen met de besturen uitgewerkt; tot die tijd blijft de bestaande "
              "verdeling van kracht."),
        ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "4.980", "4.930", "4.890", "4.840"],
                   ["Afdracht vso", "1.760", "1.770", "1.780", "1.790"],
                   ["Lwoo en pro", "1.420", "1.400", "1.390", "1.370"],
                   ["Doorbetaling aan schoolbesturen", "1.180", "1.150", "1.120", "1.090"],
                   ["Arrangementen en CvT", "310", "320", "320", "320"],
                   ["Bureau", "390", "400", "410", "420"],
                   ["Saldo", "-80", "-110", "-130", "-150"]]),
        ("p", "De negatieve saldi zijn bewust: daarmee bouwen we de reserve in vier jaar af tot de "
              "signaleringswaarde van de inspectie."),
        ("h1", "Kwaliteit en verantwoording"),
        ("p", "We volgen de ontwikkelingen met een dashboard dat twee keer per jaar in het bestuur en de "
              "OPR wordt besproken: aantallen TLV's en arrangementen, doorlooptijden van de CvT, "
              "thuiszitters op de teldatum en het deelnamepercentage vso. Elk jaar verschijnt in juni een "
              "jaarverslag met de bereikte resultaten; scholen bespreken hun eigen cijfers in het "
              "jaarlijkse gesprek met de directeur."),
        ("p", "Welke resultaten we in deze planperiode willen halen, formuleren we per thema in het "
              "jaarplan 2025-2026."),
        ("h1", "Communicatie"),
        ("p", "Ouders en leerlingen vinden op www.swv-hunzeland.nl een overzicht van de "
              "ondersteuningsmogelijkheden op elke school, de routes naar de CvT en de voorzieningen in de "
              "regio. Iedere school geeft bij de aanmelding de brochure 'Ondersteuning op onze school' mee "
              "en de mentor is het eerste aanspreekpunt."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Hunzeland (telefonisch spreekuur elke werkdag) en bij de Onderwijsconsulenten. Klachten over "
              "het verband behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += stem_leerlingen(c)
    b += oogo_chapter(c, substantive=False)
    b += governance_chapter(c)
    b += opr_chapter(c)
    b += personeel_chapter(c)
    b += ict_chapter(c)
    b += filler_extra(c)
    b += planning_chapter(c)
    b += [
        ("h1", "Begrippen"),
        ("table", [["Begrip", "Uitleg"],
                   ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
                   ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat er voor elke jongere een plek is."],
                   ["Thuiszitter", "Leerplichtige jongere die zonder vrijstelling niet naar school gaat."],
                   ["Terugplaatsing", "Terugkeer van vso naar regulier vo."],
                   ["Verdeelmodel", "De regels waarmee het verband het budget over de besturen verdeelt."]]),
    ]
    elements = dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                    financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial",
                    ouders="present")
    criteria = {k: True for k in CORE}
    criteria.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "terugstroom.beleid": False, "financien.verdeling": False,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": False})
    advisory = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Concept: chapter is '[Tekst volgt.]' waiting for the landelijke norm; the definition only in the begrippenlijst.",
        "plaatsing": "Ch. 'Aanmelden en verwijzen': CvT procedure, 2 deskundigen, 6 weken, vso criteria, 2 jaar/laag, LBT, lwoo/pro with dates.",
        "terugstroom": "Last paragraph of 'Aanmelden en verwijzen': 1 Feb evaluation, CvT decides before 1 April, TLV ends 31 July (procedure); policy/support deferred to a beleidsnotitie.",
        "financien": "Ch. 'Geld': multi-year table with amounts (besteding); verdeelmodel deferred to najaar 2025 ('bestaande verdeling blijft van kracht' without criteria).",
        "dekkend-aanbod": "Chapter '[Volgt na het OOGO.]'; OOGO chapter is only a planning note; dekkend aanbod/thuiszitter only in the begrippenlijst.",
        "resultaten": "Ch. 'Kwaliteit en verantwoording': dashboard twice a year + jaarverslag (monitoring); goals deferred to jaarplan 2025-2026.",
        "ouders": "Ch. 'Communicatie': website overview, brochure, mentor (informatie) + OJSP Hunzeland, Onderwijsconsulenten, klachtencommissie.",
    }
    return "vo-hunzeland-concept-op-2025-2029", b, "vo", elements, criteria, advisory, notes


# ---------------------------------------------------------------- plan 5: PO Venestreek (docx)
def plan5():
    c = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Venestreek", code="PO 31-02",
             periode="2026-2030", nr="vierde", dir="Sandra Kuipers", sector="po",
             gemeenten="Venloord, Maasbroek en Heldenrade", besturen="6", fte="8,0",
             plaats="Maasbroek", opr_datum="10 februari 2026", oogo_datum="17 februari 2026",
             vast_datum="12 maart 2026",
             missie="wij zorgen er samen voor dat ieder kind zich op school kan ontwikkelen.",
             kengetallen=[["Basisscholen", "38"], ["Sbo-scholen", "1"], ["So-scholen", "2"],
                          ["Leerlingen basisonderwijs", "7.310"], ["Leerlingen sbo", "156"],
                          ["Leerlingen so", "119"]])
    b = title_page(c)
    b += toc(["Voorwoord", "1. Onze regio", "2. Missie en visie", "3. Zo werken we",
              "4. Wat elk kind mag verwachten", "5. Van licht naar zwaar: het aanbod",
              "6. Als er geen plek is", "7. Toelaatbaarheid", "8. Weer naar de basisschool",
              "9. Financiën", "10. Wat we willen bereiken", "11. Ouders", "12. Gemeenten",
              "13. Organisatie", "14. Medezeggenschap", "15. Personeel", "16. ICT en privacy",
              "17. Planning", "Bijlagen en begrippen"])
    b += voorwoord(c)
    b += leeswijzer(c)
    b += context_chapter(c)
    b += visie_chapter(c)
    b += werkwijze_chapter(c)
    b += terugblik_chapter(c)
    b += [
        ("h1", "Wat elk kind mag verwachten"),
        ("p", "Elk kind mag op elke school in de Venestreek, op elke locatie, hetzelfde minimum aan "
              "ondersteuning verwachten. Dat minimum hebben de zes besturen samen vastgelegd; geen "
              "school zakt eronder. Het gaat om: een intern begeleider die de ondersteuning coördineert; "
              "een leesspecialist en een protocol voor dyslexie; een gedragsaanpak die in de hele school "
              "hetzelfde is; een ontwikkelingsperspectief voor elk kind dat op een eigen leerlijn werkt; "
              "en een ondersteuningsteam waarin de schoolcontactpersoon van het verband meepraat."),
        ("p", "Het verband bezoekt elke school eens per twee jaar om dit minimum te bespreken."),
        ("h1", "Van licht naar zwaar: het aanbod"),
        ("p", "Lukt het met de basisondersteuning niet, dan kan de school een arrangement krijgen: "
              "begeleiding door een specialist van het verband in de klas, of een tijdelijke plek in een "
              "van de bovenschoolse groepen. Dat zijn de observatiegroep in Venloord (maximaal 12 kinderen, "
              "zes maanden), de Plusgroep voor hoogbegaafde kinderen (één dag per week) en de "
              "taalschool voor nieuwkomers in Maasbroek. Daarboven staan de sbo-school en de twee "
              "so-scholen, die ook ambulante begeleiding geven aan basisscholen."),
        ("p", "Zo vormen basisschool, arrangement, bovenschoolse groep en speciaal (basis)onderwijs één "
              "keten. Kinderen kunnen daarin heen en weer bewegen zonder dat ze telkens opnieuw worden "
              "onderzocht."),
        ("h1", "Als er geen plek is"),
        ("p", "Elk jaar in februari vragen we alle scholen welke kinderen zij niet passend konden "
              "helpen en waarom. De directeur legt die lijst voor aan het bestuur, dat beslist welk "
              "nieuw aanbod nodig is. Zo is in 2024 de Plusgroep ontstaan."),
        ("p", "Een kind dat thuis zit, bespreken we binnen twee weken in het Overleg Thuiszitters met "
              "school, leerplicht en jeugdhulp. Er wordt één regisseur aangewezen die pas stopt als het "
              "kind weer naar school gaat."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor het sbo en het so is een toelaatbaarheidsverklaring nodig. Procedure en criteria staan "
              "in het Reglement toelaatbaarheid Venestreek (bijlage 3), dat het bestuur afzonderlijk "
              "vaststelt."),
        ("h1", "Weer naar de basisschool"),
        ("p", "Kinderen in het sbo of so gaan terug naar een basisschool zodra hun OPP laat zien dat zij "
              "daar met een arrangement verder kunnen; wij verwachten dan ook dat de basisschool in de "
              "buurt hen opneemt en de so-school een jaar lang begeleiding blijft geven."),
        ("p", "In het laatste jaar van elke TLV bespreken de speciale school, de ouders en onze "
              "schoolcontactpersoon vóór 1 maart of terugkeer mogelijk is; de directeur van het verband "
              "neemt het besluit en bij terugkeer eindigt de TLV op 31 juli."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf van dit plan volgt in het Jaarplan en de Begroting 2026-2027. Die "
              "worden afzonderlijk gepubliceerd."),
        ("h1", "Wat we willen bereiken"),
        ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we aan het eind van deze "
              "planperiode (juli 2030):"),
        ("bullets", ["geen kind langer dan vier weken thuis zonder onderwijs;",
                     "minstens 8 kinderen per jaar die vanuit sbo of so teruggaan naar een basisschool;",
                     "een tevredenheid van ouders over de ondersteuning van ten minste 7,5;",
                     "een observatiegroep waar 80% van de kinderen binnen zes maanden een passende vervolgplek heeft."]),
        ("p", "We meten deze resultaten elk jaar op 1 oktober en met een ouderpeiling in het voorjaar. "
              "De cijfers komen in de voortgangsrapportage die we in december aan het bestuur en de OPR "
              "sturen; halverwege de periode doen we een tussenevaluatie."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn voor ons de eerste deskundigen over hun kind. Zij praten mee in het "
              "ondersteuningsteam en tekenen het OPP. Hoe we ouders over het aanbod informeren, beschrijven "
              "we in een communicatieplan dat de werkgroep Communicatie nog opstelt."),
        ("p", "Ouders die vastlopen, kunnen altijd terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt "
              "Venestreek (spreekuur op dinsdag en donderdag) en bij de landelijke Onderwijsconsulenten. "
              "Het steunpunt werkt los van het verband en de scholen."),
    ]
    b += stem_leerlingen(c)
    b += oogo_chapter(c)
    b += governance_chapter(c)
    b += opr_chapter(c)
    b += personeel_chapter(c)
    b += ict_chapter(c)
    b += filler_extra(c)
    b += planning_chapter(c)
    b += ondertekening(c)
    b += [
        ("h1", "Bijlagen en begrippen"),
        ("p", "Bijlage 1 Meerjarenbegroting 2026-2030 (wordt nagezonden). Bijlage 2 Verdeelmodel. "
              "Bijlage 3 Reglement toelaatbaarheid. Bijlage 4 Communicatieplan (in voorbereiding)."),
        ("table", [["Begrip", "Betekenis"],
                   ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt het bedrag dat een so-school ontvangt."],
                   ["Deskundigenadvies", "Advies van twee deskundigen bij elke TLV."],
                   ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
                   ["Schoolgids", "Gids waarin de school ouders informeert over onder meer de ondersteuning."],
                   ["TLV", "Toelaatbaarheidsverklaring."],
                   ["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen."]]),
    ]
    elements = dict(basisondersteuning="present", plaatsing="missing", terugstroom="present",
                    financien="missing", **{"dekkend-aanbod": "present"}, resultaten="present",
                    ouders="partial")
    criteria = {k: True for k in CORE}
    criteria.update({"plaatsing.procedure": False, "plaatsing.criteria": False,
                     "financien.verdeling": False, "financien.besteding": False,
                     "ouders.informatie": False})
    advisory = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Wat elk kind mag verwachten': minimum on every location (unusual wording) + concrete list in one long sentence.",
        "plaatsing": "Ch. 'Toelaatbaarheid' only refers to an absent 'Reglement toelaatbaarheid (bijlage 3)'; deskundigen/LBT/categorie only in begrippenlijst.",
        "terugstroom": "Ch. 'Weer naar de basisschool': two sentences — policy (OPP-based, nearby school, one year support) and procedure (last TLV year, before 1 March, director decides, ends 31 July); target of 8 terugplaatsingen under resultaten.",
        "financien": "Ch. 'Financiën' defers to a separately published Jaarplan/Begroting; begroting and verdeelmodel annexes not included ('wordt nagezonden').",
        "dekkend-aanbod": "Ch. 'Van licht naar zwaar' (continuum) + 'Als er geen plek is' (yearly gap inventory, Overleg Thuiszitters).",
        "resultaten": "Ch. 'Wat we willen bereiken': targets for 2030 + yearly measurement on 1 October, ouderpeiling, voortgangsrapportage in December.",
        "ouders": "Ch. 'Ouders': OJSP Venestreek and Onderwijsconsulenten (steunpunt); informing parents deferred to a communicatieplan; schoolgids only in begrippenlijst.",
    }
    return "po-venestreek-op-2026-2030", b, "po", elements, criteria, advisory, notes


# ---------------------------------------------------------------- near miss: school-level plan
def nearmiss():
    b = [
        ("header", "CBS De Kiem · Ondersteuningsplan 2025-2026"),
        ("title", "Ondersteuningsplan 2025-2026"),
        ("subtitle", "CBS De Kiem, Venloord — onderdeel van Stichting Protestants-Christelijk Onderwijs Maasvallei"),
        ("subtitle", "Aangesloten bij Samenwerkingsverband PO Venestreek"),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe CBS De Kiem de ondersteuning aan haar leerlingen "
              "organiseert in het schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en "
              "de directeur en besproken in het team en in de medezeggenschapsraad. Het is een uitwerking "
              "van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
              "samenwerkingsverband."),
        ("p", "De Kiem telt 212 leerlingen in negen groepen. Ongeveer een vijfde van de leerlingen heeft "
              "een vorm van extra aandacht nodig, van extra instructie tot een eigen leerlijn."),
        ("h1", "2. Onze zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de goede basis in de groep. Niveau 2 is extra "
              "instructie in een subgroep. Niveau 3 is specifieke ondersteuning na overleg met de intern "
              "begeleider. Niveau 4 is ondersteuning met hulp van externe deskundigen, bijvoorbeeld de "
              "schoolcontactpersoon van het samenwerkingsverband. Niveau 5 is verwijzing naar het "
              "speciaal (basis)onderwijs."),
        ("table", [["Niveau", "Wie", "Vastgelegd in"],
                   ["1", "Leerkracht", "Groepsoverzicht"],
                   ["2", "Leerkracht", "Groepsplan"],
                   ["3", "Leerkracht en IB'er", "Handelingsplan"],
                   ["4", "IB'er, ouders, externe deskundige", "Groeidocument / OPP"],
                   ["5", "Ondersteuningsteam, samenwerkingsverband", "TLV-aanvraag"]]),
        ("h1", "3. Basisondersteuning op De Kiem"),
        ("p", "Onze basisondersteuning bestaat uit een dyslexieprotocol, het rekenprotocol ERWD, de methode "
              "Kwink voor sociaal-emotionele ontwikkeling en een plusgroep voor groep 5 tot en met 8. De "
              "intern begeleider is drie dagen per week aanwezig. Onze onderwijsassistent begeleidt "
              "kleine groepjes bij lezen."),
        ("h1", "4. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar bespreekt de intern begeleider met elke leerkracht de groep, na de "
              "toetsperiodes in oktober, februari en juni. Leerlingen over wie zorgen zijn, komen in de "
              "leerlingbespreking. Daar besluiten we of een handelingsplan nodig is."),
        ("p", "Vijf keer per jaar komt ons ondersteuningsteam bij elkaar: de intern begeleider, de "
              "directeur, de schoolcontactpersoon van het samenwerkingsverband en de medewerker van het "
              "lokale team. Ouders zijn bij de bespreking van hun kind altijd welkom."),
        ("h1", "5. Arrangementen en toelaatbaarheid"),
        ("p", "Als wij een kind niet voldoende kunnen helpen, vragen wij via het samenwerkingsverband een "
              "arrangement aan. Soms is een overstap naar het speciaal basisonderwijs of speciaal onderwijs "
              "beter. Dan vraagt ons bestuur een toelaatbaarheidsverklaring (TLV) aan bij het "
              "samenwerkingsverband. Dat gebeurt altijd in overleg met de ouders."),
        ("p", "In het schooljaar 2024-2025 kregen vier leerlingen een arrangement en gingen twee leerlingen "
              "met een TLV naar het sbo. Eén leerling keerde vanuit het sbo terug in groep 6."),
        ("h1", "6. Ouders"),
        ("p", "Ouders informeren wij via de schoolgids, de nieuwsbrief en gesprekken met de leerkracht. "
              "Bij zorgen nemen wij altijd eerst contact op met de ouders. Ouders kunnen ook zelf een "
              "gesprek met de intern begeleider aanvragen. Voor onafhankelijk advies verwijzen wij naar het "
              "Ouder- en Jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "7. Middelen"),
        ("p", "De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het "
              "samenwerkingsverband: in 2025 ongeveer € 19.500. Daarvan betalen wij de onderwijsassistent "
              "(0,3 fte) en de extra uren van de intern begeleider."),
        ("h1", "8. Resultaten en evaluatie"),
        ("p", "Onze eindtoetsresultaten lagen de afgelopen drie jaar boven de signaleringswaarde. In juni "
              "evalueren wij dit ondersteuningsplan in het team. Verbeterpunten nemen wij op in het "
              "jaarplan van de school."),
        ("h1", "9. Scholing"),
        ("p", "Dit jaar volgt het team een scholing over gedrag in de klas. De intern begeleider neemt deel "
              "aan het IB-netwerk van het samenwerkingsverband."),
    ]
    notes = {"document": "School-level ondersteuningsplan of one basisschool (CBS De Kiem) for one school "
                         "year: zorgniveaus, groepsbesprekingen, own basisondersteuning and budget. It refers "
                         "to the samenwerkingsverband but is not the SWV's ondersteuningsplan (no planperiode "
                         "of the verband, no OPR/OOGO, no verdeling over schools)."}
    return "bs-de-kiem-schoolondersteuningsplan-2025-2026", b, notes


def main():
    tmp = Path(tempfile.mkdtemp(prefix="holdout217_build_"))
    try:
        # plan 1: docx + pdf
        name, b, sector, el, cr, adv, notes = plan1()
        assert word_count(b) >= 3000, (name, word_count(b))
        write_docx(b, OUT / (name + ".docx"))
        docx_to_pdf(OUT / (name + ".docx"), OUT / (name + ".pdf"))
        write_label(name, [name + ".docx", name + ".pdf"], sector, el, cr, adv, notes)
        # plan 2: docx
        name, b, sector, el, cr, adv, notes = plan2()
        assert word_count(b) >= 3000, (name, word_count(b))
        write_docx(b, OUT / (name + ".docx"))
        write_label(name, [name + ".docx"], sector, el, cr, adv, notes)
        # plan 3: markdown
        name, b, sector, el, cr, adv, notes = plan3()
        assert word_count(b) >= 3000, (name, word_count(b))
        write_md(b, OUT / (name + ".md"))
        write_label(name, [name + ".md"], sector, el, cr, adv, notes)
        # plan 4: pdf only (rendered from a temporary docx)
        name, b, sector, el, cr, adv, notes = plan4()
        assert word_count(b) >= 3000, (name, word_count(b))
        write_docx(b, tmp / (name + ".docx"))
        docx_to_pdf(tmp / (name + ".docx"), OUT / (name + ".pdf"))
        write_label(name, [name + ".pdf"], sector, el, cr, adv, notes)
        # plan 5: docx
        name, b, sector, el, cr, adv, notes = plan5()
        assert word_count(b) >= 3000, (name, word_count(b))
        write_docx(b, OUT / (name + ".docx"))
        write_label(name, [name + ".docx"], sector, el, cr, adv, notes)
        # near miss: pdf (from temporary docx)
        name, b, notes = nearmiss()
        write_docx(b, tmp / (name + ".docx"))
        docx_to_pdf(tmp / (name + ".docx"), OUT / (name + ".pdf"))
        write_label(name, [name + ".pdf"], "po", {}, {}, {}, notes, plan=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
