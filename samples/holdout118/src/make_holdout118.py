#!/usr/bin/env python3
"""Build the holdout118 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script (../).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
#              ("table", [[header...], [row...], ...]) ("toc", [lines]) ("pagebreak", None)
# ----------------------------------------------------------------------------------------------


def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "holdout118"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_pdf(blocks, path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout118_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_md_slides(blocks, path):
    """Slide-deck-like markdown: every h1 starts a new slide."""
    out = []
    slide = 0
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            slide += 1
            out.append("\n---\n\n## Dia %d - %s\n" % (slide, val))
        elif kind == "h2":
            out.append("\n### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind in ("ul", "toc"):
            out.extend("- " + item for item in val)
            out.append("")
        elif kind == "ol":
            out.extend("%d. %s" % (i + 1, item) for i, item in enumerate(val))
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            pass
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    import html
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("ul", "toc"):
            out.append("<ul>" + "".join("<li>%s</li>" % e(i) for i in val) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % e(i) for i in val) + "</ol>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in val[1:]]
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
        else:
            n += sum(len(i.split()) for i in val)
    return n


def P(*paras):
    return [("p", x) for x in paras]


# ----------------------------------------------------------------------------------------------
# Shared filler: governance, medezeggenschap, personeel, ICT/privacy, professionalisering, planning.
# These texts mention element vocabulary only in passing and address no criterion, except
# gemeenten() which addresses dekkend-aanbod.ketenpartners (advisory) and is left out of doc 5.
# ----------------------------------------------------------------------------------------------


def governance(swv):
    return [
        ("h2", "Bestuursmodel"),
        *P(
            f"{swv} is een stichting met volledige rechtspersoonlijkheid. De statuten zijn laatstelijk gewijzigd "
            "bij notariële akte in 2023. Het bestuursmodel scheidt bestuur en intern toezicht: een directeur-bestuurder "
            "is belast met het bestuur, een Raad van Toezicht (RvT) houdt toezicht en staat de directeur-bestuurder met "
            "raad terzijde. De aangesloten schoolbesturen vormen samen de Algemene Vergadering, die onder meer de "
            "leden van de RvT benoemt, de statuten wijzigt en jaarlijks de koers bespreekt.",
            "De RvT bestaat uit vijf leden, geworven op basis van een openbare profielschets. Leden van de RvT "
            "vervullen geen functie bij een aangesloten schoolbestuur, zodat de onafhankelijkheid van het toezicht "
            "gewaarborgd is. De RvT kent een auditcommissie en een remuneratiecommissie. Het toezichtkader, het "
            "bestuursreglement en het reglement van de auditcommissie liggen ter inzage op het bureau.",
            "De RvT ziet er in algemene zin op toe dat middelen rechtmatig worden verworven en besteed en dat het "
            "samenwerkingsverband zijn wettelijke taken uitvoert. Hij keurt het jaarverslag goed en wijst de "
            "accountant aan. De directeur-bestuurder legt viermaal per jaar verantwoording af in een bestuurlijke "
            "rapportage. Eenmaal per jaar evalueert de RvT zijn eigen functioneren, eens in de drie jaar onder "
            "externe begeleiding.",
            "Het samenwerkingsverband onderschrijft de Code Goed Bestuur van de sectorraad. Afwijkingen van de code "
            "worden in het jaarverslag gemotiveerd. Statuten bevatten, zoals de wet vraagt, een regeling voor de "
            "beslechting van geschillen tussen de aangesloten besturen.",
        ),
    ]


def medezeggenschap(swv, with_parents=True):
    blocks = [("h2", "Medezeggenschap")]
    txt = (
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en op iedere wijziging van het "
        "ondersteuningsplan. De OPR vergadert zes keer per jaar met de directeur-bestuurder en heeft een eigen "
        "reglement en een jaarbudget voor scholing en ondersteuning door een externe adviseur. "
    )
    if with_parents:
        txt += (
            "De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen; de helft van de "
            "zetels is bestemd voor ouders (in het vo: ouders of leerlingen), de andere helft voor personeelsleden. "
        )
    txt += (
        "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor de medewerkers van het "
        "bureau, die adviesrecht heeft op onder meer het formatieplan en de arbeidsomstandigheden."
    )
    blocks += P(
        txt,
        f"In de aanloop naar dit plan heeft {swv} de OPR al vroeg betrokken: in drie themabijeenkomsten is met de "
        "raad gesproken over de hoofdlijnen, de planning en de wijze van besluitvorming. De definitieve instemming "
        "is schriftelijk vastgelegd en als procedurele stap opgenomen in het hoofdstuk planning.",
    )
    return blocks


def personeel(swv):
    return [
        ("h2", "Personeel en organisatie van het bureau"),
        *P(
            f"Het bureau van {swv} telt op 1 januari 2026 circa 14 fte, verdeeld over een directeur-bestuurder, een "
            "controller, een beleidsmedewerker, een secretariaat, vier orthopedagogen, twee consulenten en een "
            "functionaris voor communicatie. Het bureau is gehuisvest in een verzamelgebouw met een kinderopvang en "
            "een wijkteam, wat de lijnen kort houdt.",
            "Het personeelsbeleid van het samenwerkingsverband volgt de cao van de sector. Alle medewerkers voeren "
            "jaarlijks een ontwikkelgesprek; scholing wordt gefinancierd uit een afzonderlijk scholingsbudget. Het "
            "bureau werkt met een formatieplan dat jaarlijks met de eigen medezeggenschapsraad wordt besproken. "
            "Het lerarentekort in de regio raakt ook het samenwerkingsverband: vacatures voor orthopedagogen staan "
            "soms maanden open. We werken daarom samen met een hogeschool aan een traineeship.",
            "Ziekteverzuim lag in 2025 onder het landelijk gemiddelde van de sector. Er is een vertrouwenspersoon "
            "voor medewerkers en een integriteitscode. Medewerkers van het bureau zijn niet in dienst van een "
            "aangesloten schoolbestuur; waar gedetacheerd personeel wordt ingezet, is dat vastgelegd in een "
            "detacheringsovereenkomst.",
        ),
    ]


def ict(swv):
    return [
        ("h2", "ICT, gegevens en privacy"),
        *P(
            f"{swv} verwerkt persoonsgegevens van leerlingen, waaronder soms gegevens over gezondheid, voor zover "
            "dat nodig is voor de wettelijke taken. Het verwerkingsregister is actueel; er is een functionaris "
            "gegevensbescherming aangesteld die rechtstreeks rapporteert aan de directeur-bestuurder. Gegevens in "
            "dossiers worden bewaard tot drie jaar na het besluit waarop zij betrekking hebben en daarna vernietigd.",
            "Dossiers worden uitgewisseld via een beveiligde digitale omgeving; e-mail met bijlagen over leerlingen "
            "is niet toegestaan. Medewerkers volgen jaarlijks een korte training informatiebeveiliging. Een "
            "datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens, volgens het protocol "
            "datalekken. Met alle leveranciers zijn verwerkersovereenkomsten gesloten.",
            "Voor de komende planperiode staat de vervanging van het registratiesysteem op de agenda. Een "
            "werkgroep met vertegenwoordigers van de scholen stelt een programma van eisen op; de aanbesteding "
            "volgt de Europese regels indien de drempelwaarde wordt overschreden.",
        ),
    ]


def professionalisering(swv):
    return [
        ("h2", "Kennisdeling en professionalisering"),
        *P(
            f"{swv} organiseert netwerkbijeenkomsten voor intern begeleiders, ondersteuningscoördinatoren en "
            "directeuren. Daarnaast zijn er leergemeenschappen rond thema's als gedrag, taal, meer- en "
            "hoogbegaafdheid en de samenwerking met jeugdhulp. Eens per jaar is er een regionale studiedag, die "
            "afwisselend door een van de besturen wordt georganiseerd.",
            "Professionalisering is in de eerste plaats een verantwoordelijkheid van de schoolbesturen. Het "
            "samenwerkingsverband richt zich op wat scholen niet alleen kunnen: het verbinden van expertise tussen "
            "scholen, het delen van goede voorbeelden en het ontsluiten van kennis van het speciaal onderwijs. "
            "Deelname aan de netwerken is vrijwillig, maar wordt door de besturen sterk aangemoedigd.",
        ),
    ]


def gemeenten(swv, gemeenten_txt, funding=True):
    return [
        ("h2", "Samenwerking met gemeenten en jeugdhulp"),
        *P(
            f"{swv} voert op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten_txt}. Het OOGO over "
            "dit plan vond plaats op 12 februari 2026; het verslag is door beide partijen ondertekend. In het "
            "OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijsondersteuning en jeugdhulp, over "
            "leerlingenvervoer en over onderwijshuisvesting voor de speciale voorzieningen.",
            "Concreet betekent dit dat op iedere school een vaste contactpersoon van het lokale wijk- of jeugdteam "
            "aanschuift bij het ondersteuningsoverleg, minimaal zes keer per jaar. Voor leerlingen die zowel "
            "onderwijsondersteuning als jeugdhulp nodig hebben, worden onderwijs-zorgarrangementen gemaakt"
            + (", waarbij de gemeente de zorgcomponent en het samenwerkingsverband de onderwijscomponent financiert. "
               if funding else ", met een gezamenlijk plan voor school en thuis. ")
            + "Een gezamenlijke regiegroep van wethouders en besturen komt twee keer per jaar bijeen.",
        ),
    ]



def inspectie(swv):
    return [
        ("h2", "Toezicht door de Inspectie"),
        *P(
            f"De Inspectie van het Onderwijs houdt toezicht op {swv}. Zij bezoekt het samenwerkingsverband ten "
            "minste eens in de vier jaar en spreekt daarbij met het bestuur, de RvT, de OPR, schoolleiders en "
            "partners. In het onderzoekskader staan standaarden over onder meer het dekkend netwerk, de "
            "toelaatbaarheid, de visie en doelen, de kwaliteitscultuur en het financieel beheer. Het laatste "
            "vierjaarlijks onderzoek vond plaats in het voorjaar van 2024; er werden geen herstelopdrachten gegeven.",
            "Naast het vierjaarlijks onderzoek beoordeelt de Inspectie ieder nieuw ondersteuningsplan op de "
            "wettelijke eisen en op de gevolgde procedure. Het plan moet voor 1 mei voorafgaand aan het eerste "
            "schooljaar zijn ingediend. Uitstel is niet mogelijk. Het samenwerkingsverband gebruikt de "
            "aandachtspunten uit het vorige onderzoek als agenda voor het gesprek met de RvT.",
        ),
    ]


def landelijk(swv):
    return [
        ("h2", "Landelijke ontwikkelingen"),
        *P(
            "Passend onderwijs is sinds 2014 voortdurend in beweging. Na de landelijke evaluatie in 2020 is de "
            "Verbeteraanpak passend onderwijs gestart, met maatregelen op het gebied van onder meer reserves, "
            "thuiszitters, de positie van ouders en leerlingen en de samenwerking met zorg. Het wetsvoorstel "
            "versterking positie ouders en leerlingen voorziet onder meer in hoorrecht voor leerlingen en in een "
            "ouder- en jeugdsteunpunt per samenwerkingsverband. Het kabinet werkt daarnaast aan een landelijke "
            "norm voor basisondersteuning.",
            f"{swv} volgt deze ontwikkelingen via de sectorraad en de regionale netwerken van directeuren van "
            "samenwerkingsverbanden. Waar landelijke wijzigingen gevolgen hebben voor dit plan, wordt het plan "
            "via de gebruikelijke procedure gewijzigd, met instemming van de OPR. Wij kiezen er bewust voor niet "
            "vooruit te lopen op wetgeving die nog niet in werking is getreden.",
            "Ook de krapte op de arbeidsmarkt, de groei van het aantal kinderen met complexe vragen en de "
            "ontwikkelingen rond inclusief onderwijs in het licht van het VN-verdrag handicap vragen de komende "
            "jaren aandacht. Deze thema's worden besproken in de jaarlijkse strategiedag van de besturen.",
        ),
    ]


def integriteit(swv):
    return [
        ("h2", "Integriteit en klachten van medewerkers"),
        *P(
            f"{swv} heeft een integriteitscode, een klokkenluidersregeling en een regeling voor het melden van "
            "vermoedens van misstanden. Medewerkers van het bureau kunnen terecht bij een externe "
            "vertrouwenspersoon. Nevenfuncties van de directeur-bestuurder en van de leden van de RvT worden in "
            "het jaarverslag vermeld.",
            "Meldingen worden vertrouwelijk behandeld. Jaarlijks rapporteert de vertrouwenspersoon geanonimiseerd "
            "over het aantal en de aard van de meldingen aan de directeur-bestuurder en de RvT. In 2025 waren er "
            "geen meldingen die tot nader onderzoek leidden.",
        ),
    ]


def interne_communicatie(swv):
    return [
        ("h2", "Communicatie met scholen en besturen"),
        *P(
            f"{swv} communiceert met scholen en besturen via een maandelijkse digitale nieuwsbrief, een "
            "besloten deel van de website met formulieren en handreikingen, en de vaste overleggen van directeuren "
            "en intern begeleiders of ondersteuningscoordinatoren. Nieuwe directeuren krijgen een "
            "kennismakingsgesprek met de directeur-bestuurder.",
            "Vragen van scholen worden binnen twee werkdagen beantwoord. Het bureau houdt bij welke vragen vaak "
            "terugkomen en past de handreikingen daarop aan. Twee keer per jaar peilen wij met een korte "
            "vragenlijst hoe scholen de dienstverlening van het bureau ervaren; de uitkomsten bespreken wij in "
            "het directeurenoverleg.",
        ),
    ]


def bedrijfsvoering(swv):
    return [
        ("h2", "Bedrijfsvoering, inkoop en huisvesting van het bureau"),
        *P(
            f"De financiele administratie en de salarisadministratie van {swv} zijn uitbesteed aan een "
            "administratiekantoor dat ook voor enkele aangesloten besturen werkt. De controller van het bureau "
            "is verantwoordelijk voor de interne controle. Het inkoopbeleid schrijft voor dat bij opdrachten "
            "boven de 50.000 euro minimaal drie offertes worden gevraagd.",
            "Het bureau huurt kantoorruimte voor een periode van vijf jaar. Vergaderingen met scholen vinden "
            "zoveel mogelijk op de scholen zelf plaats, zodat medewerkers van het bureau zichtbaar zijn in het "
            "werkveld. Het wagenpark is in 2025 volledig elektrisch geworden; medewerkers reizen waar mogelijk met "
            "het openbaar vervoer.",
            "De archivering is digitaal ingericht volgens een archiefbeleid met bewaartermijnen per "
            "documentsoort. Jaarlijks wordt een deel van het archief vernietigd volgens de selectielijst.",
        ),
    ]

def kerngetallen(rows):
    return [("table", [["Kerngegeven", "Aantal (1 oktober 2025)"]] + rows)]


# ==============================================================================================
# Doc 1 - PO, written by an external consultant (dense, abstract). Format: .docx
# ==============================================================================================

def doc1():
    swv = "Samenwerkingsverband De Brede Delta"
    b = [
        ("title", "Ondersteuningsplan 2026-2030 - Koersdocument passend onderwijs"),
        *P(
            "Samenwerkingsverband De Brede Delta, PO 31-07",
            "Opgesteld door Kader & Koers Organisatieadvies in opdracht van het bestuur. Versie 1.0, vastgesteld "
            "door de directeur-bestuurder op 14 april 2026.",
            "Thema's: basisondersteuning - ondersteuningscontinuum - toelaatbaarheid - terugplaatsing - "
            "financien en meerjarenbegroting - resultaten - ouders en stakeholders",
        ),
        ("pagebreak", None),
        ("h1", "Inhoud"),
        ("toc", [
            "1 Voorwoord",
            "2 Managementsamenvatting",
            "3 Context en opgave",
            "4 Visie, missie en strategische koers",
            "5 Basisondersteuning als fundament",
            "6 Ondersteuningscontinuum en voorzieningenarchitectuur",
            "7 Toelaatbaarheid en toewijzing",
            "8 Doorstroom en doorlopende lijnen",
            "9 Allocatie- en bekostigingsarchitectuur",
            "10 Resultaatsturing en kwaliteitsborging",
            "11 Stakeholderstrategie (ouders, gemeenten, partners)",
            "12 Governance, medezeggenschap en bedrijfsvoering",
            "13 Implementatie en planning",
            "Bijlage A Begrippenlijst",
            "Bijlage B Terugplaatsingsprotocol (separaat)",
        ]),
        ("h1", "1 Voorwoord"),
        *P(
            "Dit koersdocument is het resultaat van een traject van acht maanden waarin besturen, directeuren, "
            "intern begeleiders en bestuurlijke partners hun perspectief op de opgave van het samenwerkingsverband "
            "hebben ingebracht. De rol van Kader & Koers was die van procesbegeleider en redacteur; de inhoudelijke "
            "keuzes zijn die van het bestuur.",
            "Het plan is geschreven vanuit de overtuiging dat passend onderwijs geen project meer is maar een "
            "staande organisatie, die haar legitimiteit ontleent aan aantoonbare maatschappelijke waarde. Dat vraagt "
            "om een explicieter sturingsmodel, een herijkte allocatie van middelen en een heldere positionering van "
            "het verband tussen schoolbesturen, gemeenten en jeugdhulp. Wij danken alle betrokkenen, in het "
            "bijzonder de leden van de klankbordgroep, voor hun constructief-kritische inbreng.",
        ),
        ("h1", "2 Managementsamenvatting"),
        *P(
            "De kern van dit plan laat zich samenvatten in drie strategische bewegingen. Ten eerste een versterking "
            "van het fundament: een gedeelde, toetsbare basisondersteuning op iedere vestiging. Ten tweede een "
            "verschuiving van middelen van individuele toekenning naar schoolbudgetten met een transparante "
            "verantwoording. Ten derde een resultaatgerichte sturing met een beperkt aantal indicatoren, die "
            "periodiek op bestuursniveau worden besproken.",
            "Daarnaast signaleert het plan een aantal ontwikkelopgaven die in de planperiode nadere uitwerking "
            "behoeven. Deze zijn in hoofdstuk 13 geprioriteerd. Het plan is nadrukkelijk een koersdocument: de "
            "operationalisering vindt plaats in jaarplannen, die binnen de kaders van dit plan door de "
            "directeur-bestuurder worden vastgesteld.",
        ),
        ("h1", "3 Context en opgave"),
        *P(
            "Het verband omvat elf schoolbesturen met samen 58 basisscholen, twee scholen voor speciaal "
            "basisonderwijs en drie so-locaties in cluster 3 en 4. Het werkgebied beslaat vier gemeenten in een "
            "overwegend landelijke regio met twee middelgrote kernen. De leerlingaantallen dalen licht, met "
            "uitzondering van de groeikern in het noorden van het werkgebied.",
        ),
        *kerngetallen([
            ["Aangesloten schoolbesturen", "11"],
            ["Basisscholen (vestigingen)", "58"],
            ["Scholen voor sbo", "2"],
            ["So-locaties (cluster 3 en 4)", "3"],
            ["Leerlingen basisonderwijs", "12.940"],
            ["Leerlingen sbo", "281"],
        ]),
        *P(
            "De opgave laat zich typeren als een complex adaptief vraagstuk: de ondersteuningsvraag neemt in "
            "zwaarte toe, terwijl de arbeidsmarkt krap is en de financiele ruimte door de afbouw van reserves "
            "afneemt. De evaluatie van de vorige planperiode wees uit dat de sturingsinformatie versnipperd was en "
            "dat het verband onvoldoende zicht had op de effectiviteit van de inzet. Dit plan adresseert die "
            "bevinding expliciet.",
        ),
        ("h1", "4 Visie, missie en strategische koers"),
        *P(
            "Missie: De Brede Delta faciliteert schoolbesturen bij het realiseren van een passend onderwijsaanbod "
            "voor ieder kind in de regio, zo thuisnabij als mogelijk en zo specialistisch als nodig.",
            "Visie: Het verband opereert als netwerkorganisatie. Het legt de verantwoordelijkheid voor de uitvoering "
            "zo laag mogelijk in de organisatie, bij de school en het schoolbestuur, en organiseert bovenschools "
            "uitsluitend datgene wat schaalvoordelen oplevert of specialistische expertise vereist. Sturing vindt "
            "plaats op basis van afspraken over resultaten, niet op basis van input of procesvoorschriften.",
            "De strategische koers is vertaald in vier pijlers: fundament, continuum, allocatie en sturing. Iedere "
            "pijler kent een eigenaar binnen het bureau en een bestuurlijk portefeuillehouder uit de Algemene "
            "Vergadering. De pijlers zijn in de navolgende hoofdstukken uitgewerkt.",
        ),
        ("h1", "5 Basisondersteuning als fundament"),
        *P(
            "Basisondersteuning wordt in dit plan gedefinieerd als het door alle aangesloten schoolbesturen "
            "bindend overeengekomen minimumniveau van ondersteuning dat iedere vestiging van iedere school in het "
            "verband biedt, zonder tussenkomst van het samenwerkingsverband en zonder aanvraagprocedure. Het niveau "
            "geldt dus niet als streefbeeld maar als ondergrens; scholen kunnen in hun schoolondersteuningsprofiel "
            "meer bieden, niet minder.",
            "De operationalisering van het niveau volgt vier domeinen. Per domein is vastgelegd welke voorzieningen "
            "en expertise een ouder op iedere vestiging mag verwachten.",
        ),
        ("table", [
            ["Domein", "Minimale voorziening op iedere vestiging"],
            ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een "
             "ondersteuningsteam dat ten minste zes keer per jaar overlegt met een orthopedagoog van het verband"],
            ["Preventieve en licht curatieve interventies", "Uitvoering van het dyslexieprotocol tot en met de "
             "aanvraag van vergoede diagnostiek; een aanpak voor rekenproblemen en dyscalculie; een "
             "anti-pestprogramma en een methode voor sociaal-emotionele ontwikkeling; aanbod voor leerlingen met "
             "een ontwikkelingsvoorsprong binnen de groep"],
            ["Planmatig en handelingsgericht werken", "Groepsoverzichten, twee keer per jaar een analyse van "
             "toetsgegevens, een ontwikkelingsperspectief (OPP) waar een leerling een eigen leerlijn volgt"],
            ["Fysieke en medische toegankelijkheid", "Afspraken over medisch handelen volgens het regionale "
             "protocol; een prikkelarme werkplek in ieder gebouw"],
        ]),
        *P(
            "Borging van het niveau vindt plaats via een jaarlijkse kwaliteitskaart die iedere school invult en "
            "die door de orthopedagoog van het verband met de directeur wordt besproken. Blijkt een vestiging "
            "structureel onder het niveau te presteren, dan maakt het schoolbestuur binnen drie maanden een "
            "verbeterplan, dat in de Algemene Vergadering wordt gevolgd.",
        ),
        ("h1", "6 Ondersteuningscontinuum en voorzieningenarchitectuur"),
        *P(
            "Het ondersteuningscontinuum is opgebouwd uit drie lagen die naadloos op elkaar aansluiten. Laag 1 "
            "is de basisondersteuning zoals beschreven in hoofdstuk 5. Laag 2 omvat extra ondersteuning binnen de "
            "reguliere school, gerealiseerd via schoolbudgetten en bovenschoolse arrangementen, zoals de "
            "taalklas voor nieuwkomers in de twee kernen, de plusklas voor (hoog)begaafde leerlingen en "
            "ambulante begeleiding vanuit het so. Laag 3 omvat het speciaal basisonderwijs (twee scholen) en het "
            "speciaal onderwijs in cluster 3 en 4.",
            "Tussen de lagen bestaan overgangsarrangementen, zoals de observatieplaatsing van maximaal twaalf weken "
            "in het sbo en de symbiose-afspraak waarbij een leerling deels op de basisschool en deels op het so "
            "onderwijs volgt. De architectuur gaat uit van subsidiariteit: een leerling ontvangt ondersteuning in "
            "de laag die zo dicht mogelijk bij de reguliere groep ligt.",
            "Ten aanzien van eventuele witte vlekken in het aanbod, leerlingen zonder passende plek en thuiszitters "
            "constateert het plan een informatieprobleem: de huidige data laten geen betrouwbare analyse toe. Een "
            "integrale lacuneanalyse is daarom geagendeerd voor het tweede planjaar; de uitkomsten en het daaruit "
            "voortvloeiende handelingsrepertoire worden te zijner tijd in een addendum bij dit plan opgenomen. "
            "Tot dat moment blijft de bestaande praktijk ongewijzigd en wordt hierover niets nieuws vastgelegd.",
        ),
        *gemeenten(swv, "Deltastad, Oosterwijde, Polderwaard en Schoonrade"),
        ("h1", "7 Toelaatbaarheid en toewijzing"),
        *P(
            "Het verband besluit op verzoek van het bevoegd gezag van de school waar de leerling is ingeschreven "
            "over de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs. De aanvraagroute is "
            "als volgt ingericht. De school brengt de casus in het ondersteuningsteam in; vervolgens dient het bevoegd gezag via het digitale loket een aanvraag in met het "
            "groeidocument, het OPP, het onderwijskundig rapport en de handelingsadviezen van het ondersteuningsteam. Het loket toetst "
            "binnen vijf werkdagen op volledigheid.",
            "Een compleet dossier wordt voorgelegd aan twee deskundigen: een orthopedagoog of psycholoog en, "
            "afhankelijk van de problematiek, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts "
            "of pedagoog). Beide brengen een eigen, schriftelijk advies uit en zijn niet betrokken geweest bij de "
            "aanvraag. De Commissie Toelaatbaarheid neemt vervolgens binnen zes weken na ontvangst van het "
            "complete dossier een besluit, dat schriftelijk aan het bevoegd gezag wordt verzonden.",
            "Een toelaatbaarheidsverklaring wordt afgegeven voor ten hoogste twee schooljaren en loopt af op 31 juli. "
            "Voor het so vermeldt de verklaring de bekostigingscategorie laag, midden of hoog. Tegen het besluit "
            "kan binnen zes weken bezwaar worden gemaakt; het verband is aangesloten bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
            "De materiele toetsingscriteria - de vraag wanneer een leerling toelaatbaar is tot het sbo dan wel het "
            "so - vergen een herijking in het licht van de nieuwe ondersteuningsarchitectuur. Het bureau "
            "ontwikkelt in de loop van het schooljaar 2026-2027 een beoordelingskader, dat na consultatie van de "
            "besturen wordt vastgesteld. In de tussentijd beoordeelt de commissie aanvragen casuistisch.",
        ),
        ("h1", "8 Doorstroom en doorlopende lijnen"),
        *P(
            "Het verband hecht aan doorlopende ontwikkellijnen op de overgangsmomenten van voorschoolse "
            "voorziening naar basisschool en van basisschool naar voortgezet onderwijs. Voor de eerste overgang "
            "wordt een warme overdracht gehanteerd tussen kinderopvang, peuterspeelzaal en school; voor de "
            "tweede sluit het verband aan bij de regionale POVO-procedure van het samenwerkingsverband VO.",
            "De POVO-procedure voorziet in een gezamenlijke kalender voor aanmelding, schooladvies en overdracht. "
            "Voor leerlingen met een ondersteuningsbehoefte wordt het onderwijskundig rapport aangevuld met het "
            "OPP en vindt een overdrachtsgesprek plaats. Doorstroom binnen het verband, bijvoorbeeld van groep 8 "
            "van het sbo naar het praktijkonderwijs, volgt dezelfde kalender. De monitoring van deze overgangen "
            "valt onder de regionale POVO-werkgroep.",
        ),
        ("h1", "9 Allocatie- en bekostigingsarchitectuur"),
        *P(
            "Het allocatiemodel rust op het principe dat middelen de leerling volgen tot op het niveau waar de "
            "ondersteuningsbeslissing wordt genomen. Concreet betekent dit dat de rijksbekostiging voor lichte "
            "ondersteuning en het resterende budget voor zware ondersteuning, na aftrek van de afdrachten voor "
            "het sbo en so en de bureaukosten, langs drie kanalen worden gealloceerd.",
        ),
        ("ol", [
            "Schoolbudget: iedere school ontvangt een bedrag van EUR 172 per leerling (teldatum 1 oktober van het "
            "voorafgaande jaar) plus een vaste voet van EUR 6.000 per vestiging. Het schoolbestuur beslist over "
            "de inzet binnen de kaders van het schoolondersteuningsprofiel.",
            "Bovenschoolse arrangementen: aanvragen voor laag 2-arrangementen worden door het ondersteuningsteam "
            "van de school ingediend en door het bureau binnen vier weken beoordeeld aan de hand van drie criteria: "
            "de ondersteuningsbehoefte overstijgt de basisondersteuning, de school heeft de eigen mogelijkheden "
            "aantoonbaar benut, en er is een doelgericht OPP.",
            "Centrale voorzieningen: taalklas, plusklas en ambulante begeleiding worden centraal ingekocht en "
            "naar rato van leerlingaantal beschikbaar gesteld.",
        ]),
        *P("De meerjarenbegroting vertaalt deze keuzes als volgt (bedragen x EUR 1.000):"),
        ("table", [
            ["Post", "2026", "2027", "2028", "2029"],
            ["Rijksbekostiging ondersteuning", "10.410", "10.290", "10.180", "10.100"],
            ["Afdracht sbo en so (incl. groei)", "5.120", "5.090", "5.060", "5.030"],
            ["Schoolbudgetten", "2.576", "2.560", "2.545", "2.530"],
            ["Bovenschoolse arrangementen", "1.150", "1.100", "1.080", "1.060"],
            ["Centrale voorzieningen", "780", "780", "770", "770"],
            ["Bureau en bestuur", "890", "880", "870", "860"],
            ["Resultaat", "-106", "-120", "-145", "-150"],
        ]),
        *P(
            "De negatieve resultaten zijn bewust begroot: de algemene reserve wordt daarmee in vier jaar "
            "teruggebracht tot de signaleringswaarde van de Inspectie. Het weerstandsvermogen blijft boven de "
            "ondergrens van 5 procent. Schoolbesturen verantwoorden de inzet van het schoolbudget jaarlijks voor "
            "1 mei via een vast format, dat in de bestuurlijke rapportage wordt geaggregeerd.",
        ),
        ("h1", "10 Resultaatsturing en kwaliteitsborging"),
        *P(
            "Het verband stuurt op een beperkt aantal beoogde resultaten voor leerlingen met een "
            "ondersteuningsbehoefte. Deze resultaten zijn afgeleid van de missie en vertaald naar indicatoren met "
            "een nulmeting (2025) en een streefwaarde voor 2030.",
        ),
        ("table", [
            ["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Leerlingen ontvangen ondersteuning in de reguliere school", "Deelname sbo + so", "3,6%", "3,2%"],
            ["OPP-leerlingen ontwikkelen zich volgens plan", "Aandeel OPP's met behaalde doelen", "61%", "75%"],
            ["Snelle toewijzing", "Doorlooptijd arrangementaanvraag", "7 weken", "4 weken"],
            ["Tevreden scholen", "Waardering dienstverlening bureau", "6,9", "7,5"],
        ]),
        *P(
            "De monitoring verloopt via een dashboard dat het bureau ieder kwartaal actualiseert op basis van de "
            "registratie van arrangementen, TLV's en OPP-evaluaties. De directeur-bestuurder bespreekt het dashboard "
            "in de Algemene Vergadering en de RvT. Jaarlijks worden de bereikte resultaten, afgezet tegen de "
            "streefwaarden en de ingezette middelen, in het jaarverslag gerapporteerd; de OPR ontvangt dit "
            "verslag ter bespreking. Halverwege de planperiode, in 2028, vindt een externe tussenevaluatie plaats.",
        ),
        ("h1", "11 Stakeholderstrategie (ouders, gemeenten, partners)"),
        *P(
            "De stakeholderanalyse onderscheidt primaire stakeholders (schoolbesturen, scholen), bestuurlijke "
            "partners (gemeenten, jeugdhulpregio, het samenwerkingsverband VO) en maatschappelijke stakeholders "
            "(kinderopvang, huisartsen, wijkteams). Voor iedere groep is een relatie-eigenaar binnen het bureau "
            "aangewezen.",
            "Ook ouders en verzorgers vormen een relevante stakeholdergroep. De positionering van het verband ten "
            "opzichte van deze doelgroep - waaronder kanaalkeuze, boodschap en de inrichting van onafhankelijke "
            "ondersteuning - wordt geadresseerd in de communicatiestrategie, waarvan de ontwikkeling is "
            "voorzien voor 2027. Dit plan loopt daarop niet vooruit.",
        ),
        ("h1", "12 Governance, medezeggenschap en bedrijfsvoering"),
        *governance(swv),
        *medezeggenschap(swv, with_parents=False),
        *personeel(swv),
        *ict(swv),
        *professionalisering(swv),
        ("h1", "13 Implementatie en planning"),
        *P(
            "De implementatie kent drie fasen: inrichten (2026), uitvoeren en bijstellen (2027-2028) en evalueren "
            "en vernieuwen (2029-2030). De volgende ontwikkelopgaven zijn geprioriteerd: het beoordelingskader "
            "toelaatbaarheid (2026-2027), de lacuneanalyse (2027), de communicatiestrategie (2027), de herziening "
            "van het registratiesysteem (2027) en de voorbereiding van het volgende plan (2029).",
            "Procedureel is het plan als volgt tot stand gekomen: consultatie van de besturen in november 2025, "
            "OOGO met de gemeenten op 12 februari 2026, overleg met het samenwerkingsverband VO op 3 maart 2026, "
            "instemming van de OPR op 24 maart 2026 en vaststelling op 14 april 2026. Het plan is op 20 april 2026 "
            "bij de Inspectie van het Onderwijs ingediend.",
        ),
        ("h1", "Bijlage A Begrippenlijst"),
        ("table", [
            ["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met "
             "vragen en bij onenigheid over ondersteuning."],
            ["Onderwijsconsulent", "Onafhankelijk adviseur die ouders helpt bij een verschil van mening met school."],
            ["Terugplaatsing", "Terugkeer van een leerling uit het sbo of so naar het reguliere basisonderwijs "
             "na afloop van de toelaatbaarheidsverklaring."],
            ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
            ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["Zorgplicht", "Plicht van het schoolbestuur om een passende onderwijsplek te bieden of te zoeken."],
        ]),
        ("h1", "Bijlage B Terugplaatsingsprotocol"),
        *P("Het terugplaatsingsprotocol is een separaat document en maakt geen deel uit van deze uitgave."),
    ]
    return b


# ==============================================================================================
# Doc 2 - VO, written by the director of the verband (personal, 'wij'/'ik'). Format: .pdf
# ==============================================================================================

def doc2():
    swv = "Samenwerkingsverband VO Heuvelrand-Zuid"
    b = [
        ("title", "Samen verder - Ondersteuningsplan 2026-2030"),
        *P(
            "Samenwerkingsverband VO Heuvelrand-Zuid (VO 31-12)",
            "Een plan over basisondersteuning, extra ondersteuning, toelaatbaarheid (vso, lwoo, pro), "
            "terugplaatsing, resultaten en de inzet van middelen.",
        ),
        ("pagebreak", None),
        ("h1", "Inhoudsopgave"),
        ("toc", [
            "Voorwoord",
            "1 Wie wij zijn",
            "2 Waar wij voor staan",
            "3 Terugblik: wat wij de afgelopen jaren leerden",
            "4 De ondersteuningsstandaard",
            "5 Extra ondersteuning en ons dekkend aanbod",
            "6 Toelaatbaarheid: vso, lwoo en pro",
            "7 Niemand aan de kant: thuiszitters en maatwerk",
            "8 Samen met gemeenten",
            "9 Communicatie",
            "10 Geld en middelen",
            "11 Kwaliteitszorg en resultaten",
            "12 Organisatie, medezeggenschap en personeel",
            "13 Tot slot",
            "Bijlage 1 Afkortingen en begrippen",
            "Bijlage 2 Ondersteuningskaart (afzonderlijk document)",
        ]),
        ("h1", "Voorwoord"),
        *P(
            "Toen ik in 2019 als directeur-bestuurder bij dit samenwerkingsverband begon, zat ik in mijn eerste week "
            "aan de keukentafel bij een moeder van een jongen van veertien die al vijf maanden thuis zat. Ze zei: "
            "'Iedereen is aardig, maar niemand is verantwoordelijk.' Die zin is mij bijgebleven. Dit plan gaat "
            "voor een groot deel over het antwoord daarop: wie doet wat, en wanneer.",
            "Wij hebben dit plan niet achter een bureau geschreven. Ons team heeft het afgelopen jaar alle "
            "veertien scholen bezocht, gesproken met mentoren, ondersteuningscoordinatoren, leerlingen en ouders, "
            "en met de wethouders van onze vijf gemeenten. Ik ben iedereen daar dankbaar voor. Waar dit plan "
            "scherp is, komt dat door hen; waar het nog vaag is, ligt dat bij ons, en dat zeggen wij er dan ook "
            "eerlijk bij.",
            "Ik hoop dat u dit plan niet alleen leest, maar ook gebruikt: als schoolleider om afspraken na te slaan, "
            "als ouder om te weten waar u recht op heeft, en als OPR-lid om ons scherp te houden.",
            "Mirjam Oosterbeek, directeur-bestuurder",
        ),
        ("h1", "1 Wie wij zijn"),
        *P(
            "Ons samenwerkingsverband bestaat uit zes schoolbesturen met samen veertien scholen voor voortgezet "
            "onderwijs, waaronder twee scholen voor praktijkonderwijs en een school voor voortgezet speciaal "
            "onderwijs in cluster 4. Daarnaast werken wij samen met twee vso-scholen voor cluster 3 die buiten "
            "onze regio staan maar waar leerlingen uit onze gemeenten naartoe gaan.",
        ),
        *kerngetallen([
            ["Aangesloten schoolbesturen", "6"],
            ["Scholen voor vo (incl. pro)", "13"],
            ["Scholen voor vso in de regio", "1"],
            ["Leerlingen vo", "9.870"],
            ["Gemeenten in het werkgebied", "5"],
        ]),
        ("h1", "2 Waar wij voor staan"),
        *P(
            "Wij geloven dat iedere jongere ergens goed in is, en dat een school de plek is waar je dat ontdekt. "
            "Wij geloven ook dat scholen dat niet alleen kunnen. Daarom bestaan wij. Wij zijn er niet om scholen "
            "te controleren, maar om ervoor te zorgen dat geen school en geen jongere er alleen voor staat.",
            "Drie woorden komen in dit plan steeds terug: dichtbij, samen en eerlijk. Dichtbij, omdat hulp het "
            "beste werkt in de eigen klas. Samen, omdat een school, een gezin en een wijkteam meer kunnen dan "
            "ieder apart. En eerlijk, omdat wij keuzes moeten maken met beperkt geld en die keuzes willen "
            "uitleggen.",
        ),
        ("h1", "3 Terugblik: wat wij de afgelopen jaren leerden"),
        *P(
            "De afgelopen planperiode hebben wij vooral aan onszelf gewerkt. Wij hebben het bestuur en het toezicht "
            "gescheiden, een nieuw bureau ingericht en de samenwerking met de gemeenten op een nieuwe leest geschoeid. "
            "Dat was nodig, maar het heeft ook tijd gekost die wij liever aan de scholen hadden besteed.",
            "Wij leerden dat afspraken op papier weinig betekenen als niemand ze kent. Veel mentoren wisten niet wat "
            "ze van het samenwerkingsverband mochten verwachten. Daarom hebben wij in dit plan geprobeerd zo "
            "concreet mogelijk te zijn over wie wat doet. Wij leerden ook dat een goed gesprek op tijd meer oplevert "
            "dan een perfecte procedure te laat.",
        ),
        ("h1", "4 De ondersteuningsstandaard"),
        *P(
            "Met alle zes besturen hebben wij afgesproken dat iedere vestiging in ons samenwerkingsverband "
            "hetzelfde minimumniveau van basisondersteuning biedt. Wij noemen dat de ondersteuningsstandaard. "
            "Het is een harde ondergrens: een school mag meer doen, maar geen enkele locatie mag eronder zitten, "
            "ook niet de kleine nevenvestigingen.",
            "Wat die standaard precies inhoudt - welke voorzieningen, welke expertise en welke aanpak een leerling "
            "en zijn ouders op elke school kunnen verwachten - hebben wij samen met de ondersteuningscoordinatoren "
            "uitgewerkt in de Ondersteuningskaart. Die kaart is opgenomen als bijlage 2 bij dit plan. Wij hebben "
            "bewust gekozen voor een aparte kaart, omdat die vaker wordt bijgewerkt dan het plan zelf.",
            "Wij zijn trots op de manier waarop die kaart tot stand kwam: niet door ons bedacht, maar door de mensen "
            "die het werk doen. Dat maakt haar sterker dan welke tekst van ons ook.",
        ),
        ("h1", "5 Extra ondersteuning en ons dekkend aanbod"),
        *P(
            "Boven op de ondersteuningsstandaard hebben wij een aanbod opgebouwd dat loopt van licht naar zwaar. "
            "Op iedere school is een ondersteuningsbudget voor extra begeleiding in de eigen klas of in een "
            "rustruimte. Daarboven staan drie bovenschoolse voorzieningen: De Overstap, een "
            "trajectvoorziening waar leerlingen maximaal twaalf weken een deel van de week les krijgen met "
            "begeleiding; het OPDC De Brug voor leerlingen die een langere periode in een kleine setting nodig "
            "hebben; en een ambulant team dat op scholen komt bij gedrags- en angstproblematiek.",
            "Voor jongeren met een ondersteuningsbehoefte die het vo niet kan bieden, is er het vso. Tussen vo en "
            "vso bestaan tussenvormen: een symbiose-traject, waarbij een leerling deels vo en deels vso volgt, en "
            "de plusvoorziening op twee havo/vwo-scholen voor hoogbegaafde leerlingen die vastlopen. Samen vormen "
            "deze voorzieningen het dekkend aanbod dat wij in de regio willen bieden.",
            "Wij weten dat ons aanbod niet af is. Daarom bespreken wij ieder voorjaar met alle "
            "ondersteuningscoordinatoren en de vso-school welke leerlingen het afgelopen jaar geen passende plek "
            "konden vinden en waarom. Wat daar naar boven komt, leggen wij aan het bestuur voor met een voorstel: "
            "een nieuwe voorziening, een andere afspraak of extra expertise op een school. Zo hebben wij in 2024 de "
            "plusvoorziening opgezet, nadat bleek dat vooral hoogbegaafde jongeren met faalangst uitvielen.",
        ),
        ("h1", "6 Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "6.1 Hoe een TLV voor het vso tot stand komt"),
        *P(
            "Een toelaatbaarheidsverklaring (TLV) voor het vso vraagt de school aan waar de leerling staat "
            "ingeschreven, of bij een nieuwe aanmelding de school die de zorgplicht heeft. Wij vragen daarbij altijd "
            "het OPP, een verslag van het multidisciplinair overleg waarin ouders en leerling hun kant hebben "
            "kunnen vertellen, en de handelingsadviezen die al zijn uitgevoerd. Ons Loket kijkt binnen een week of het "
            "dossier compleet is.",
            "Daarna geven twee deskundigen ieder een eigen schriftelijk advies: altijd een orthopedagoog of "
            "psycholoog, en afhankelijk van de vraag een tweede deskundige, bijvoorbeeld een jeugdarts of een "
            "maatschappelijk werker. Deskundigen die zelf bij de aanvraag betrokken waren, doen niet mee. De "
            "Commissie van Toelaatbaarheid besluit binnen zes weken. Ouders krijgen het besluit en een kopie van "
            "beide adviezen.",
        ),
        ("h2", "6.2 Wanneer een leerling toelaatbaar is"),
        *P(
            "Wij geven een TLV vso af als aan alle vier de volgende voorwaarden is voldaan. Ten eerste is de "
            "ondersteuningsbehoefte van de leerling groter dan wat de school met de ondersteuningsstandaard en "
            "het aanbod uit hoofdstuk 5 kan bieden. Ten tweede heeft de school minstens een half jaar een OPP "
            "uitgevoerd en geevalueerd, of is er sprake van een acute veiligheidssituatie. Ten derde is de "
            "ondersteuningsbehoefte langdurig, dat wil zeggen naar verwachting langer dan een schooljaar. Ten "
            "vierde adviseren beide deskundigen positief. De bekostigingscategorie (laag, midden of hoog) hangt af "
            "van het cluster en van de intensiteit van de zorg die de leerling nodig heeft.",
            "Een TLV geldt in de regel voor twee schooljaren en eindigt op 31 juli. Ouders die het niet eens zijn "
            "met het besluit, kunnen binnen zes weken bezwaar maken. Wij leggen dat bezwaar voor aan de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen en nemen daarna een nieuw besluit.",
        ),
        ("h2", "6.3 Lwoo en praktijkonderwijs"),
        *P(
            "Voor leerwegondersteunend onderwijs en praktijkonderwijs volgen wij de landelijke criteria; wij "
            "hebben niet gekozen voor eigen lwoo-criteria. Voor pro betekent dat: een IQ tussen 55 en 80 en een "
            "leerachterstand van minstens 50 procent op ten minste twee domeinen, waarvan een begrijpend lezen of "
            "inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van 25 tot 50 procent "
            "op twee domeinen, of een IQ tussen 91 en 120 met zo'n leerachterstand en daarnaast sociaal-emotionele "
            "problematiek.",
            "De vo-school vraagt de aanwijzing lwoo of de TLV pro aan via het Loket, uiterlijk 1 maart van het "
            "jaar waarin de leerling in de brugklas begint. De basisschool levert de toetsgegevens en het "
            "onderwijskundig rapport aan. Onze Commissie van Toelaatbaarheid besluit binnen vier weken. Een "
            "aanwijzing lwoo geldt voor de hele vo-loopbaan; een TLV pro voor de duur van de opleiding.",
        ),
        ("h2", "6.4 Als de TLV afloopt"),
        *P(
            "Het vso is voor ons geen eindstation, tenzij het dat voor een jongere echt moet zijn. Ons uitgangspunt "
            "is dat een leerling teruggaat naar het reguliere vo zodra dat verantwoord is. Voorwaarden zijn dat de "
            "leerling dat zelf wil, dat de ondersteuningsbehoefte past binnen wat een vo-school met extra "
            "ondersteuning kan bieden, en dat er een ontvangende school is die de leerling kent voordat hij "
            "overstapt.",
            "Hoe gaat dat in de praktijk? In het laatste jaar van de TLV organiseert de vso-school uiterlijk op "
            "1 februari een evaluatiegesprek met de leerling, de ouders en een consulent van ons Loket. Daarin "
            "wordt besloten of een nieuwe TLV wordt aangevraagd of dat terugplaatsing wordt voorbereid. Kiezen "
            "wij voor terugkeer, dan zoekt de consulent samen met ouders een vo-school; die school is daarna aan "
            "zet en heeft vanaf dat moment zorgplicht. De leerling loopt voor 1 juni minstens twee dagen mee op de "
            "nieuwe school. Wordt er geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli.",
            "Na de overstap krijgt de leerling een jaar lang begeleiding van een ambulant begeleider van de "
            "vso-school, betaald door het samenwerkingsverband. Dit is voor ons geen gunst maar een voorwaarde: "
            "een terugkeer zonder vangnet vinden wij onverantwoord.",
        ),
        ("h1", "7 Niemand aan de kant: thuiszitters en maatwerk"),
        *P(
            "De zin van die moeder aan de keukentafel hebben wij letterlijk genomen. Sinds 2025 heeft iedere "
            "jongere die thuiszit of dreigt thuis te zitten, binnen twee weken een vaste casusregisseur bij ons "
            "samenwerkingsverband. Die regisseur blijft betrokken tot de jongere weer naar school gaat, ook als "
            "dat via een andere school of een onderwijs-zorgarrangement verloopt.",
            "Scholen melden een dreigende thuiszitter bij ons en bij de leerplichtambtenaar zodra een leerling "
            "vier weken niet of nauwelijks naar school komt. Wij bespreken alle thuiszitters iedere maand in het "
            "thuiszittersoverleg met leerplicht en de jeugdteams. Lukt het niet om binnen drie maanden een plek te "
            "vinden, dan escaleert de casusregisseur naar de directeur-bestuurder, die met de betrokken "
            "bestuurders een oplossing afdwingt. Daarbij geldt de zorgplicht van de school van aanmelding onverkort.",
        ),
        ("h1", "8 Samen met gemeenten"),
        *gemeenten(swv, "Heuvelstein, Ravenweerd, Zuiderbos, Dalen en Hoogeveld"),
        ("h1", "9 Communicatie"),
        *P(
            "Goede communicatie begint bij de vraag: wie moet wat weten, en wanneer? Wij hebben daarom voor "
            "drie groepen een aanpak gekozen: scholen, ouders en partners.",
            "Ouders informeren wij op verschillende manieren over de ondersteuning die er in onze regio is. Op onze "
            "website staat een ouderpagina met de ondersteuningsstandaard in gewone taal, een overzicht van alle "
            "voorzieningen en het ondersteuningsprofiel van iedere school. In iedere schoolgids staat een vaste "
            "paragraaf over extra ondersteuning, met de naam van een contactpersoon. Ieder jaar in "
            "november organiseren wij twee informatieavonden voor ouders van leerlingen in groep 8 en de "
            "brugklas. En bij ieder aanmeldgesprek krijgen ouders de folder 'Extra ondersteuning in het vo' mee.",
            "Soms zijn ouders het niet eens met de school of met ons, of weten ze de weg niet. Dan kunnen zij "
            "terecht bij het Ouder- en Jeugdsteunpunt Heuvelrand. Dat steunpunt is onafhankelijk: het werkt "
            "alleen in het belang van de jongere, niet van de school of van ons. Het steunpunt heeft een "
            "telefonisch spreekuur op werkdagen en kan ouders doorverwijzen naar de onderwijsconsulenten van het "
            "ministerie. Voor klachten is er de klachtenregeling van het schoolbestuur en de landelijke "
            "Geschillencommissie passend onderwijs, waar ouders kosteloos terechtkunnen bij een geschil over "
            "toelating, verwijdering of het OPP.",
            "Met scholen communiceren wij via een maandelijkse nieuwsbrief en de netwerken. Met partners via het "
            "OOGO en de regiegroep. Intern gebruiken wij een gedeelde agenda en een wekelijks teamoverleg.",
        ),
        ("h1", "10 Geld en middelen"),
        *P(
            "Wij krijgen ons geld van het Rijk. Een groot deel daarvan gaat meteen door naar het vso en naar de "
            "scholen voor lwoo en pro. Wat overblijft, verdelen wij volgens de afspraken in de tabel hieronder. "
            "Die afspraken zijn met alle besturen gemaakt en gelden de hele planperiode.",
        ),
        ("table", [
            ["Middelen", "Hoe verdeeld", "Wie beslist"],
            ["Lichte ondersteuning", "EUR 118 per leerling (teldatum 1 oktober) plus een vaste voet van EUR 25.000 "
             "per vestiging, als schoolbudget", "Schoolbestuur, binnen de ondersteuningsstandaard"],
            ["Lwoo en pro", "Doorgezet naar de scholen volgens het aantal aangewezen leerlingen op 1 oktober",
             "Automatisch, geen aanvraag"],
            ["Trajectvoorziening en OPDC", "Centraal gefinancierd; plaatsing op voordracht van de school",
             "Toelatingsoverleg van de voorziening"],
            ["Individuele arrangementen", "Op aanvraag, maximaal EUR 9.000 per leerling per schooljaar",
             "Loket, binnen vier weken"],
        ]),
        *P(
            "Onze reserves waren in 2021 te hoog. Wij hebben ze sindsdien afgebouwd; eind 2025 lagen ze onder de "
            "signaleringswaarde. Scholen laten ieder jaar voor 1 juni met een kort verantwoordingsformat zien "
            "waaraan zij hun schoolbudget hebben uitgegeven.",
            "Een meerjarenbegroting met bedragen per jaar zit niet in dit plan. Het bestuur stelt die vast nadat "
            "de definitieve rijksbekostiging bekend is; zodra dat gebeurd is, voegen wij haar als addendum toe. "
            "Ik realiseer mij dat dit voor de lezer onbevredigend is, maar ik wil geen bedragen opschrijven waar "
            "ik niet voor kan instaan.",
        ),
        ("h1", "11 Kwaliteitszorg en resultaten"),
        *P(
            "Eerlijk is eerlijk: hier zijn wij nog niet waar wij willen zijn. Wij hebben de afgelopen jaren wel "
            "veel gedaan, maar te weinig vastgelegd wat het opleverde. Hoe wij kwaliteitszorg en het volgen van "
            "resultaten gaan inrichten, werken wij in het eerste planjaar uit in een apart kwaliteitskader. "
            "Dat kader leggen wij ter instemming voor aan de OPR.",
            "Wel hebben wij in 2025 de resultaten van een audit op onze financiele administratie gekregen; die "
            "waren goed. Ook de uitkomsten van het OOGO zijn positief.",
        ),
        ("h1", "12 Organisatie, medezeggenschap en personeel"),
        *governance(swv),
        *medezeggenschap(swv, with_parents=True),
        *personeel(swv),
        *ict(swv),
        *professionalisering(swv),
        ("h1", "13 Tot slot"),
        *P(
            "Een plan is zo goed als de mensen die het uitvoeren. Ik vertrouw erop dat wij de komende vier jaar "
            "met elkaar laten zien dat 'niemand is verantwoordelijk' niet meer klopt. Dit plan is op 10 maart 2026 "
            "met instemming van de OPR door het bestuur vastgesteld, na OOGO met de gemeenten en overleg met het "
            "samenwerkingsverband PO, en voor 1 mei 2026 naar de Inspectie gestuurd.",
        ),
        ("h1", "Bijlage 1 Afkortingen en begrippen"),
        ("table", [
            ["Afkorting / begrip", "Betekenis"],
            ["Basisondersteuning", "Ondersteuning die iedere school biedt; bij ons: de ondersteuningsstandaard"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["Meerjarenbegroting", "Begroting voor vier jaar"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["Pro", "Praktijkonderwijs"],
            ["Resultaten", "Wat onze inzet voor leerlingen oplevert"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"],
        ]),
    ]
    return b


# ==============================================================================================
# Doc 3 - PO, written by a working group of intern begeleiders (practical, lists). Format: .docx
# ==============================================================================================

def doc3():
    swv = "SWV Het Vlechtwerk"
    b = [
        ("title", "Ondersteuningsplan 2026-2030 SWV Het Vlechtwerk (PO 31-15)"),
        *P(
            "Geschreven door de werkgroep intern begeleiders, in opdracht van het bestuur.",
            "Werkgroep: Anouk (IB De Klimop), Bas (IB De Regenboog), Fatima (IB Al Amal), Gert-Jan (IB sbo De "
            "Brug), Ingrid (IB De Tweemaster) en Lotte (orthopedagoog SWV).",
        ),
        ("pagebreak", None),
        ("h1", "Inhoud"),
        ("toc", [
            "Voor wie is dit plan?",
            "Zo werken wij: de ondersteuningsroute in het kort",
            "1 Basisondersteuning: de checklist",
            "2 Als de basis niet genoeg is",
            "3 Naar het sbo of so: de TLV",
            "4 Terug naar de basisschool",
            "5 Geen kind thuis",
            "6 Samenwerken met thuis",
            "7 Samenwerken met jeugdhulp en gemeenten",
            "8 Wat willen we bereiken?",
            "9 IB-netwerk en scholing",
            "10 Geld",
            "11 Organisatie",
            "12 Planning",
            "Begrippenlijst",
        ]),
        ("h1", "Voor wie is dit plan?"),
        *P(
            "Voor iedereen die op een school van Het Vlechtwerk werkt: leerkrachten, IB'ers, directeuren. Ook voor "
            "ouders die willen weten hoe het zit, en voor de OPR. We hebben geprobeerd het plan te schrijven zoals "
            "we zelf graag een plan lezen: kort, met lijstjes, en met antwoorden op de vragen die we in de praktijk "
            "krijgen. Wat het bestuur moet weten over geld en organisatie staat achterin.",
        ),
        ("ul", [
            "Het Vlechtwerk: 9 besturen, 41 basisscholen, 1 sbo-school (De Brug), 2 so-scholen (cluster 3 en 4).",
            "Ongeveer 9.300 leerlingen.",
            "Drie gemeenten: Vlechtum, Rietdijk en Overmaas.",
            "Bureau: directeur, orthopedagogen, secretariaat. Zie hoofdstuk 11.",
        ]),
        ("h1", "Zo werken wij: de ondersteuningsroute in het kort"),
        ("ol", [
            "De leerkracht signaleert en werkt handelingsgericht in de groep.",
            "Lukt het niet? Groepsbespreking met de IB'er.",
            "Nog niet genoeg? Leerlingbespreking; ouders doen mee.",
            "Daarna: ondersteuningsteam (OT) op school, met de orthopedagoog van het SWV.",
            "Het OT kan het expertiseteam inschakelen (hoofdstuk 2) of een TLV voorbereiden (hoofdstuk 3).",
        ]),
        *P(
            "Belangrijk: de stappen hoeven niet altijd na elkaar. Als het nodig is, slaan we een stap over. "
            "Het groeidocument loopt de hele route mee, zodat niemand steeds opnieuw hetzelfde hoeft te vragen.",
        ),
        ("h1", "1 Basisondersteuning: de checklist"),
        *P(
            "Alle besturen hebben afgesproken dat elke school en elke vestiging minstens dit niveau haalt. Dit is "
            "dus de ondergrens in heel Het Vlechtwerk, niet een wensenlijst. Ouders mogen dit van elke school "
            "verwachten. Wat een school daarbovenop doet, staat in haar schoolondersteuningsprofiel.",
        ),
        ("table", [
            ["Onderdeel", "Wat elke school heeft of doet"],
            ["IB", "Een intern begeleider, minimaal 1 dag per week per 100 leerlingen"],
            ["OT", "Een ondersteuningsteam, minstens 5 keer per jaar, met orthopedagoog van het SWV"],
            ["Lezen", "Dyslexieprotocol, extra leestijd groep 3-4, begeleiding tot en met aanvraag dyslexiezorg"],
            ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie"],
            ["Gedrag", "Een schoolbrede gedragsaanpak (bijvoorbeeld PBS) en een anti-pestcoordinator"],
            ["Slimme kinderen", "Verrijkingsmateriaal in de groep en signalering met een vast instrument"],
            ["Taal", "NT2-aanpak voor kinderen die korter dan 2 jaar in Nederland zijn"],
            ["Medisch", "Afspraken over medicijnen en medisch handelen volgens het protocol"],
            ["Planmatig", "Groepsplan of groepsoverzicht, OPP als een kind een eigen leerlijn volgt"],
        ]),
        ("ul", [
            "Elk jaar in het voorjaar vult elke school de checklist zelf in.",
            "De orthopedagoog van het SWV bespreekt de uitkomst met de directeur.",
            "Mist er iets? Dan maakt de school een plan van aanpak, en het bestuur volgt dat.",
        ]),
        ("h1", "2 Als de basis niet genoeg is"),
        *P("Extra ondersteuning regelen we zo dicht mogelijk bij de groep. Dit is er, van licht naar zwaar:"),
        ("ol", [
            "Extra ondersteuning op de eigen school, met advies van de orthopedagoog in het OT.",
            "Expertiseteam Het Vlechtwerk: gedragsspecialist, taal-/spraakspecialist, specialist jonge kind. Komt op "
            "school, kijkt mee in de klas, coacht de leerkracht. Inschakelen via het OT.",
            "Plusklas (1 ochtend per week) voor kinderen die meer uitdaging nodig hebben, op 3 locaties.",
            "Taalklas voor nieuwkomers in Vlechtum (1 jaar, daarna terug naar de eigen school).",
            "Ambulante begeleiding vanuit het so, bijvoorbeeld bij autisme of een lichamelijke beperking.",
            "Speciaal basisonderwijs: De Brug.",
            "Speciaal onderwijs: cluster 3 (De Horizon) en cluster 4 (De Kern).",
        ]),
        *P(
            "Tussen de gewone school en het sbo kan ook een combinatie: een kind gaat bijvoorbeeld twee dagen per "
            "week naar De Brug en de rest van de week naar de eigen school. Dat heet bij ons een schakeltraject.",
        ),
        ("h1", "3 Naar het sbo of so: de TLV"),
        ("h2", "Wanneer kan een kind naar het sbo?"),
        ("ul", [
            "De school heeft de basisondersteuning en extra ondersteuning (hoofdstuk 2) minstens een half jaar "
            "ingezet en geevalueerd in het OPP, en",
            "het kind heeft structureel een kleine groep en meer specialistische begeleiding nodig dan een "
            "basisschool kan geven, en",
            "de ontwikkeling stagneert ondanks die ondersteuning (op leren, gedrag of werkhouding).",
        ]),
        ("h2", "Wanneer kan een kind naar het so?"),
        ("ul", [
            "Alle punten hierboven, en daarnaast:",
            "cluster 3: er is een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die "
            "de ondersteuningsbehoefte bepaalt;",
            "cluster 4: er zijn ernstige gedrags- of psychiatrische problemen, waarvoor ook jeugdhulp nodig is of al "
            "is ingezet.",
        ]),
        ("h2", "Hoe vraag je een TLV aan? Stap voor stap"),
        ("ol", [
            "Het OT bespreekt het kind; ouders zijn erbij.",
            "De school (namens het bestuur) vult het aanvraagformulier in het digitale loket in en voegt toe: "
            "groeidocument, OPP, onderwijskundig rapport, zienswijze van de ouders.",
            "Het secretariaat kijkt binnen 5 werkdagen of alles compleet is.",
            "Twee deskundigen geven ieder een eigen advies: een orthopedagoog of psycholoog, plus een tweede "
            "deskundige (bijvoorbeeld jeugdarts of maatschappelijk werker). Ze zijn niet betrokken bij het kind.",
            "De commissie TLV besluit binnen 6 weken na een complete aanvraag.",
            "School en ouders krijgen het besluit en de adviezen op papier.",
        ]),
        ("ul", [
            "Geldigheid: een TLV sbo loopt tot het einde van de basisschool; een TLV so krijgt een einddatum "
            "(meestal 31 juli na 2 jaar) en een categorie laag, midden of hoog.",
            "Niet eens met het besluit? Ouders en school kunnen binnen 6 weken bezwaar maken bij het SWV. Het SWV "
            "vraagt advies aan de Landelijke Bezwaaradviescommissie TLV.",
            "Spoed? Bij een onveilige situatie kan de commissie binnen 5 werkdagen een tijdelijke TLV afgeven.",
        ]),
        ("h1", "4 Terug naar de basisschool"),
        *P("Waar staan we voor? Onze afspraken over terugplaatsing:"),
        ("ul", [
            "Sbo en so zijn er voor zolang het nodig is, niet langer. Terug naar een gewone school is altijd het "
            "doel als dat kan.",
            "Een kind gaat terug als het de ondersteuning in de nieuwe school kan krijgen en als ouders en kind "
            "erachter staan.",
            "Het liefst gaat het kind terug naar de eigen oude school, of anders naar een school dicht bij huis.",
            "Na de overstap krijgt het kind een half jaar begeleiding van een ambulant begeleider van De Brug of "
            "het so. De nieuwe school krijgt extra tijd van het expertiseteam.",
        ]),
        *P(
            "Hoe het precies loopt - wie het initiatief neemt, welke stappen er zijn, wanneer er geevalueerd wordt "
            "en wie beslist - leggen we nog vast. Dat doen we samen met De Brug en de so-scholen. We verwachten de "
            "werkwijze voor de zomer van 2027 klaar te hebben. Tot die tijd: maatwerk per kind.",
        ),
        ("h1", "5 Geen kind thuis"),
        ("ul", [
            "Zit een kind thuis of dreigt dat? De school meldt het binnen 1 week bij de leerplichtambtenaar en bij "
            "de orthopedagoog van het SWV.",
            "Binnen 2 weken is er een overleg met ouders, school, leerplicht en wijkteam. Het SWV zit dit overleg voor.",
            "Eens per maand bespreken het SWV en leerplicht alle kinderen die thuiszitten of geen passende plek "
            "hebben.",
            "Lukt het niet binnen 3 maanden? Dan gaat het naar de directeur van het SWV, die de besturen bij "
            "elkaar roept. Het bestuur van de school van aanmelding houdt zorgplicht.",
            "Blijkt dat een groep kinderen nergens goed past, dan zoekt het SWV met de besturen naar een nieuw "
            "aanbod. Zo is de taalklas ontstaan.",
        ]),
        ("h1", "6 Samenwerken met thuis"),
        *P("Ouders zijn de eerste deskundigen over hun kind. Zo nemen we ouders mee:"),
        ("ul", [
            "Elke school zet de basisondersteuning en het eigen ondersteuningsprofiel in de schoolgids en op de "
            "website.",
            "Op de website van het SWV staat een pagina voor ouders met de ondersteuningsroute, de checklist uit "
            "hoofdstuk 1 en het aanbod uit hoofdstuk 2.",
            "Ouders krijgen bij het eerste OT-gesprek de folder 'Wat als mijn kind meer nodig heeft?'.",
            "Eens per jaar is er een ouderavond van het SWV, met een andere gemeente als gastheer.",
            "Ouders zitten altijd aan tafel bij het OT en hebben inspraak in het OPP.",
        ]),
        *P("Onafhankelijke hulp voor ouders:"),
        ("ul", [
            "Ouder- en Jeugdsteunpunt Vlechtwerk: gratis en onafhankelijk, voor vragen of als ouders het niet eens "
            "zijn met school of SWV. Bereikbaar per telefoon, mail en op het inloopspreekuur op dinsdag.",
            "Onderwijsconsulenten (landelijk, gratis): helpen bij een vastgelopen situatie.",
            "Klachtenregeling van het schoolbestuur en de Geschillencommissie passend onderwijs.",
        ]),
        ("h1", "7 Samenwerken met jeugdhulp en gemeenten"),
        *gemeenten(swv, "Vlechtum, Rietdijk en Overmaas", funding=False),
        ("h1", "8 Wat willen we bereiken?"),
        *P("Dit zijn onze doelen voor kinderen die extra ondersteuning nodig hebben, voor 2030:"),
        ("ol", [
            "Meer kinderen krijgen hulp op de eigen school: het aandeel leerlingen in sbo en so blijft onder 3%.",
            "Elk kind met een OPP haalt de meeste doelen uit dat OPP.",
            "Geen kind zit langer dan 3 maanden thuis zonder onderwijs.",
            "Elke school haalt de hele checklist basisondersteuning.",
            "Ouders geven de samenwerking met school minimaal een 7.",
        ]),
        *P(
            "Hoe we dit gaan meten, hoe vaak en aan wie we erover rapporteren, moeten we nog afspreken met het "
            "bestuur. Er wordt gewerkt aan een monitor; daarover later meer.",
        ),
        ("h1", "9 IB-netwerk en scholing"),
        ("ul", [
            "IB-netwerk: 5 keer per jaar, per gemeente.",
            "Intervisie voor nieuwe IB'ers: 6 bijeenkomsten in het eerste jaar.",
            "Scholing: jaarlijks aanbod van het expertiseteam (gedrag, taal, jonge kind).",
            "Kijkje in de keuken: IB'ers lopen een dag mee op De Brug of het so.",
        ]),
        *professionalisering(swv),
        ("h1", "10 Geld"),
        *P(
            "Over het geld van het SWV gaat het bestuur, niet de werkgroep. We hebben daarom in dit plan niets "
            "over geld opgenomen. De begroting en het verdeelmodel staan op de website van het SWV onder "
            "'Documenten'. Vragen over middelen kunt u stellen aan de controller van het bureau.",
        ),
        ("h1", "11 Organisatie"),
        *governance(swv),
        *medezeggenschap(swv, with_parents=True),
        *personeel(swv),
        *ict(swv),
        *inspectie(swv),
        *landelijk(swv),
        *interne_communicatie(swv),
        *bedrijfsvoering(swv),
        ("h1", "12 Planning"),
        ("table", [
            ["Wanneer", "Wat"],
            ["Najaar 2025", "Werkgroep schrijft concept; bespreking in IB-netwerken"],
            ["Januari 2026", "Concept naar besturen en OPR"],
            ["Februari 2026", "OOGO met de gemeenten; overleg met SWV VO"],
            ["Maart 2026", "Instemming OPR en vaststelling door het bestuur"],
            ["Voor 1 mei 2026", "Plan naar de Inspectie"],
            ["Schooljaar 2026-2027", "Werkwijze terugplaatsing uitwerken met De Brug en so"],
        ]),
        ("h1", "Begrippenlijst"),
        ("ul", [
            "Arrangement: afspraak over extra ondersteuning voor een kind.",
            "Basisondersteuning: wat elke school minimaal biedt.",
            "Dekkend aanbod: voor elk kind een passende plek in de regio.",
            "Meerjarenbegroting: de begroting van het SWV voor vier jaar.",
            "OT: ondersteuningsteam.",
            "Terugplaatsing: een kind gaat van sbo of so terug naar de basisschool.",
            "TLV: toelaatbaarheidsverklaring.",
            "Verdeelmodel: de afspraken over hoe het geld over de scholen wordt verdeeld.",
        ]),
    ]
    return b


# ==============================================================================================
# Doc 4 - VO, plain language (taalniveau B1). Format: .pdf
# ==============================================================================================

def doc4():
    swv = "Samenwerkingsverband VO Zeekant"
    b = [
        ("title", "Ondersteuningsplan 2026-2030 in gewone taal"),
        *P(
            "Samenwerkingsverband VO Zeekant (VO 31-04)",
            "Over: basisondersteuning, extra hulp, vso en praktijkonderwijs, teruggaan naar een gewone school, "
            "geld, resultaten en informatie voor ouders.",
        ),
        ("pagebreak", None),
        ("h1", "Inhoud"),
        ("toc", [
            "1 Over dit plan",
            "2 Wat is een samenwerkingsverband?",
            "3 Wat vinden wij belangrijk?",
            "4 Wat krijgt elke leerling op elke school?",
            "5 Als uw kind meer hulp nodig heeft",
            "6 Naar het vso of het praktijkonderwijs",
            "7 Terug naar een gewone school",
            "8 Niemand thuis",
            "9 Geld: waar gaat het naartoe?",
            "10 Hoe houden wij bij of het goed gaat?",
            "11 Informatie voor ouders",
            "12 Wie praat er mee?",
            "13 Hoe wij werken",
            "14 Woordenlijst",
        ]),
        ("h1", "1 Over dit plan"),
        *P(
            "Dit is het ondersteuningsplan van Samenwerkingsverband VO Zeekant. Wij hebben het plan in gewone taal "
            "geschreven. Zo kan iedereen het lezen: ouders, leerlingen, leraren en andere mensen.",
            "Het plan is voor vier schooljaren: van augustus 2026 tot en met juli 2030. Elke vier jaar moeten wij "
            "een nieuw plan maken. Dat staat in de wet.",
            "In het plan staat hoe wij zorgen dat elke leerling de hulp krijgt die hij of zij nodig heeft. Wij "
            "schrijven 'hij' in dit plan. Wij bedoelen daarmee elke leerling.",
        ),
        ("h1", "2 Wat is een samenwerkingsverband?"),
        *P(
            "In een samenwerkingsverband werken scholen samen. Bij ons zijn dat alle middelbare scholen in de "
            "gemeenten Zeehaven, Duinkerk en Westmolen. Het gaat om 11 scholen voor vmbo, havo en vwo, 1 school "
            "voor praktijkonderwijs en 1 school voor voortgezet speciaal onderwijs (vso).",
            "Samen hebben de scholen ongeveer 7.400 leerlingen. De scholen horen bij 5 schoolbesturen. De besturen "
            "zijn samen de baas van het samenwerkingsverband.",
            "Het samenwerkingsverband heeft een klein kantoor met 11 medewerkers. Zij helpen de scholen. Zij "
            "beslissen ook over sommige dingen, bijvoorbeeld of een leerling naar het vso mag.",
        ),
        ("h1", "3 Wat vinden wij belangrijk?"),
        ("ul", [
            "Elke leerling hoort erbij.",
            "Hulp moet zo dichtbij mogelijk zijn: het liefst in de eigen klas.",
            "Wij praten mét leerlingen en ouders, niet over hen.",
            "Wij zijn duidelijk. Als iets niet kan, zeggen wij dat.",
            "Scholen helpen elkaar.",
        ]),
        *P(
            "Deze punten hebben wij samen met leerlingen bedacht. In 2025 hebben wij met 40 leerlingen gepraat. "
            "Zij vertelden wat zij belangrijk vinden op school. Veel leerlingen zeiden: 'Ik wil één vaste persoon "
            "bij wie ik terecht kan.' Dat vinden wij ook belangrijk.",
        ),
        ("h1", "4 Wat krijgt elke leerling op elke school?"),
        *P(
            "Alle scholen hebben samen afgesproken wat zij minimaal bieden. Dat heet basisondersteuning. Elke "
            "school moet dit hebben. Ook elke locatie van een school. Uw kind hoeft hier niets voor aan te vragen.",
            "Dit krijgt elke leerling op elke school van Zeekant:",
        ),
        ("ul", [
            "Een mentor die uw kind goed kent en die u kunt bellen of mailen.",
            "Een ondersteuningscoördinator. Dat is de persoon die de extra hulp op school regelt.",
            "Hulp bij dyslexie en dyscalculie. Bijvoorbeeld meer tijd bij toetsen en voorleessoftware.",
            "Een training voor leerlingen die moeite hebben met plannen en huiswerk.",
            "Een rustige plek in de school voor leerlingen die even niet in de klas kunnen zijn.",
            "Een vertrouwenspersoon en een aanpak tegen pesten.",
            "Hulp van een schoolmaatschappelijk werker als het thuis moeilijk is.",
            "Een zorgteam dat elke 6 weken praat over leerlingen die meer nodig hebben.",
        ]),
        *P(
            "Elk jaar kijken wij samen met de school of alles er is. Is iets niet in orde? Dan maakt de school "
            "een plan om het te verbeteren.",
        ),
        ("h1", "5 Als uw kind meer hulp nodig heeft"),
        *P(
            "Soms is basisondersteuning niet genoeg. Dan kan uw kind extra ondersteuning krijgen. Dat kan op "
            "verschillende manieren. Van licht naar zwaar:",
        ),
        ("ol", [
            "Extra hulp op de eigen school. Bijvoorbeeld begeleiding door een coach of een aangepast rooster.",
            "Hulp van het Zeekant-team. Dat zijn specialisten van het samenwerkingsverband. Zij komen naar school.",
            "De Zeekant-klas. Daar krijgt uw kind een tijdje les in een kleine groep. Dat duurt maximaal 16 weken. "
            "Daarna gaat uw kind terug naar de eigen klas.",
            "Een plek op twee scholen tegelijk: een deel van de week op de gewone school en een deel op het vso.",
            "Het vso of het praktijkonderwijs. Zie hoofdstuk 6.",
        ]),
        *P(
            "De school praat eerst met u en uw kind. Samen maakt u een plan. Dat plan heet een OPP. In het OPP "
            "staat wat uw kind nodig heeft en wat de school gaat doen.",
        ),
        ("h1", "6 Naar het vso of het praktijkonderwijs"),
        *P(
            "Voor het vso heeft uw kind een toelaatbaarheidsverklaring nodig. Wij zeggen TLV. Ook voor het "
            "praktijkonderwijs is een TLV nodig.",
        ),
        ("h2", "Wanneer krijgt een leerling een TLV voor het vso?"),
        ("ul", [
            "De school heeft minstens 6 maanden extra ondersteuning gegeven. Dit staat in het OPP.",
            "Die hulp was niet genoeg. Uw kind komt niet verder.",
            "Uw kind heeft langer dan 1 jaar veel hulp nodig. Meer dan een gewone school kan geven, ook met hulp "
            "van het Zeekant-team.",
            "Uw kind heeft een kleine klas nodig en hulp van specialisten, de hele dag.",
        ]),
        ("h2", "Wanneer krijgt een leerling een TLV voor het praktijkonderwijs?"),
        *P(
            "Daarvoor zijn landelijke regels. Uw kind heeft een IQ tussen 55 en 80. En uw kind heeft op minstens "
            "twee vakken een grote achterstand: minstens de helft van wat andere kinderen van die leeftijd kunnen. "
            "Eén van die vakken is begrijpend lezen of rekenen.",
            "Voor leerwegondersteuning (lwoo) gelden ook landelijke regels. Wij gebruiken geen eigen regels.",
        ),
        ("h2", "Hoe lang geldt een TLV?"),
        *P(
            "Een TLV voor het vso geldt meestal 2 schooljaren. Soms korter of langer. Op de TLV staat ook een "
            "categorie: laag, midden of hoog. Dat zegt hoeveel geld de vso-school voor uw kind krijgt.",
            "Hoe de aanvraag van een TLV precies werkt, staat in ons Handboek Toewijzing. Dat handboek is een "
            "apart document. U vindt het op onze website.",
        ),
        ("h1", "7 Terug naar een gewone school"),
        *P(
            "Een TLV stopt op een vaste datum. In het laatste jaar van de TLV gebeurt dit:",
        ),
        ("ol", [
            "Voor 1 maart praat de vso-school met u en uw kind. Ook iemand van het samenwerkingsverband is erbij. "
            "Samen kijkt u hoe het gaat en wat uw kind nog nodig heeft.",
            "De vso-school schrijft op wat het advies is: blijven op het vso of naar een gewone school.",
            "Is het advies blijven? Dan is er een nieuwe TLV nodig.",
            "Komt er geen nieuwe TLV? Dan stopt de TLV op 31 juli. De vso-school zoekt samen met u een gewone "
            "school. De vso-school stuurt het dossier naar die school.",
            "In juni praat de nieuwe school met u, uw kind en de vso-school.",
        ]),
        *P(
            "Wat wij als samenwerkingsverband willen bereiken met teruggaan naar een gewone school, en welke hulp "
            "een leerling krijgt na de overstap, hebben wij nog niet opgeschreven. Dat doen wij in het "
            "schooljaar 2026-2027, samen met de vso-school en de OPR.",
        ),
        ("h1", "8 Niemand thuis"),
        *P(
            "Sommige leerlingen gaan niet naar school. Soms weken of maanden. Wij noemen dat thuiszitten. Wij "
            "willen dat dit zo snel mogelijk stopt. Zo pakken wij het aan:",
        ),
        ("ul", [
            "Is uw kind 3 weken (bijna) niet op school? Dan meldt de school dat bij de leerplichtambtenaar en bij "
            "ons.",
            "Binnen 10 schooldagen is er een gesprek met u, uw kind, de school en iemand van ons.",
            "Wij maken samen een plan. Eén persoon van ons houdt het overzicht. Dat is de trajectbegeleider.",
            "Elke maand bespreken wij alle thuiszitters met leerplicht en de gemeente.",
            "Is er geen school die past? Dan zoekt het samenwerkingsverband mee. De school waar uw kind is "
            "aangemeld, blijft verantwoordelijk. Dat heet zorgplicht.",
            "Zien wij vaker dezelfde soort leerlingen thuiszitten? Dan bedenken wij met de scholen iets nieuws. "
            "Zo is in 2024 de Zeekant-klas begonnen.",
        ]),
        *gemeenten(swv, "Zeehaven, Duinkerk en Westmolen"),
        ("h1", "9 Geld: waar gaat het naartoe?"),
        *P(
            "Het samenwerkingsverband krijgt elk jaar geld van de overheid. Met dat geld betalen wij de extra "
            "hulp. Zo verdelen wij het geld:",
        ),
        ("ul", [
            "Elke school krijgt 150 euro per leerling. De school betaalt daarmee extra hulp op school.",
            "Elke school krijgt ook een vast bedrag van 20.000 euro. Kleine scholen hebben dat nodig.",
            "Het geld voor lwoo en praktijkonderwijs gaat naar de scholen met lwoo- en pro-leerlingen. Hoeveel "
            "dat is, hangt af van het aantal leerlingen op 1 oktober.",
            "Het geld voor het vso gaat naar de vso-school. Het bedrag hangt af van de categorie op de TLV.",
            "Voor het Zeekant-team en de Zeekant-klas betalen scholen niets. Dat betaalt het samenwerkingsverband.",
        ]),
        *P("Dit is onze begroting voor de komende jaren. De bedragen zijn in euro's."),
        ("table", [
            ["Waaraan", "2026", "2027", "2028", "2029"],
            ["Vso-scholen", "3.950.000", "3.900.000", "3.880.000", "3.850.000"],
            ["Lwoo en praktijkonderwijs", "2.610.000", "2.580.000", "2.560.000", "2.540.000"],
            ["Geld voor scholen (150 euro per leerling + vast bedrag)", "1.330.000", "1.310.000", "1.300.000",
             "1.290.000"],
            ["Zeekant-team en Zeekant-klas", "690.000", "700.000", "700.000", "710.000"],
            ["Thuiszitters en maatwerk", "180.000", "180.000", "180.000", "180.000"],
            ["Kantoor en bestuur", "720.000", "720.000", "730.000", "730.000"],
            ["Totaal", "9.480.000", "9.390.000", "9.350.000", "9.300.000"],
        ]),
        *P(
            "Elke school laat elk jaar zien waaraan zij het geld heeft uitgegeven. Wij hebben ook wat geld in "
            "reserve. Dat is voor als er iets onverwachts gebeurt. De reserve is niet groter dan nodig.",
        ),
        ("h1", "10 Hoe houden wij bij of het goed gaat?"),
        ("ul", [
            "Elk jaar in januari verzamelen wij cijfers. Bijvoorbeeld: hoeveel leerlingen een TLV hebben, hoeveel "
            "leerlingen thuiszitten en hoeveel leerlingen teruggaan naar een gewone school.",
            "Wij vragen elk jaar aan ouders en leerlingen wat zij van de hulp vinden. Dat doen wij met een korte "
            "vragenlijst.",
            "Wij verzamelen gegevens over hoe het gaat met leerlingen met een OPP. De scholen geven die "
            "informatie twee keer per jaar door.",
            "Wij schrijven alles op in het jaarverslag. Het jaarverslag staat elk jaar in juni op onze website.",
            "Het bestuur en de OPR bespreken het jaarverslag. Gaat iets niet goed? Dan passen wij onze aanpak aan.",
        ]),
        *P(
            "Welke doelen wij in 2030 willen halen, hebben wij nog niet vastgesteld. Die doelen spreken wij in "
            "2026 af met de scholen. Ze komen in het jaarplan 2027.",
        ),
        ("h1", "11 Informatie voor ouders"),
        *P("Wij willen dat ouders weten welke hulp er is. Daarom:"),
        ("ul", [
            "Op onze website staat alle informatie voor ouders. Ook dit plan staat erop.",
            "In de schoolgids van elke school staat welke hulp de school geeft.",
            "Elk jaar in oktober is er een informatieavond voor ouders van leerlingen in groep 8.",
            "Elke school heeft een folder over extra hulp. U krijgt die bij de aanmelding.",
            "U kunt altijd bellen met ons kantoor. Wij leggen het graag uit.",
        ]),
        *P(
            "Bent u het niet eens met de school? Of zoekt u hulp van iemand die niet bij de school hoort? Wij "
            "werken aan een ouder- en jeugdsteunpunt. Dat steunpunt start naar verwachting in 2027. Wat het "
            "steunpunt precies gaat doen, schrijven wij later op.",
        ),
        ("h1", "12 Wie praat er mee?"),
        *P(
            "Bij het samenwerkingsverband is een ondersteuningsplanraad. Wij zeggen OPR. In de OPR zitten ouders, "
            "leerlingen en leraren. De OPR moet instemmen met dit plan. Dat betekent: de OPR moet 'ja' zeggen. "
            "De OPR heeft op 17 maart 2026 'ja' gezegd.",
            "Ouders en leerlingen praten ook mee over het OPP. De school vraagt altijd wat u en uw kind ervan "
            "vinden. Leerlingen mogen zelf zeggen wat zij willen. Dat heet hoorrecht.",
        ),
        ("h1", "13 Hoe wij werken"),
        *governance(swv),
        *personeel(swv),
        *ict(swv),
        *professionalisering(swv),
        *inspectie(swv),
        *interne_communicatie(swv),
        *integriteit(swv),
        *bedrijfsvoering(swv),
        ("h1", "14 Woordenlijst"),
        ("ul", [
            "Basisondersteuning: de hulp die elke school minimaal geeft.",
            "Begroting: een plan voor hoeveel geld je uitgeeft en waaraan.",
            "Lwoo: leerwegondersteunend onderwijs. Extra hulp in het vmbo.",
            "Onderwijsconsulent: iemand die ouders gratis helpt als het vastloopt met school.",
            "OPP: ontwikkelingsperspectiefplan.",
            "Ouder- en jeugdsteunpunt: een plek waar ouders en jongeren terechtkunnen met vragen.",
            "Resultaten: wat wij met onze hulp bereiken.",
            "TLV: toelaatbaarheidsverklaring.",
            "Vso: voortgezet speciaal onderwijs.",
            "Zorgplicht: de school moet zorgen voor een passende plek voor uw kind.",
        ]),
    ]
    return b


# ==============================================================================================
# Doc 5 - PO, slide-deck-like document (short bullets + speaker notes). Format: .md
# ==============================================================================================

def doc5():
    swv = "SWV PO Duinstreek-Midden"
    note = lambda t: ("p", "Toelichting: " + t)
    b = [
        ("title", "Ondersteuningsplan 2026-2030 SWV PO Duinstreek-Midden (PO 31-21) - presentatieversie"),
        ("p", "Presentatie voor de Algemene Vergadering en de OPR, 9 maart 2026. Deze presentatieversie is het "
              "ondersteuningsplan; er is geen aparte tekstversie."),
        ("h1", "Agenda"),
        ("toc", [
            "Waarom een nieuw plan?",
            "Terugblik 2022-2026",
            "Kerngetallen",
            "Visie en missie",
            "Ambities 2030",
            "Basisondersteuning",
            "Toelaatbaarheid en dekkend aanbod",
            "Terugplaatsing (2 dia's)",
            "Financien en meerjarenbegroting",
            "Resultaten (2 dia's)",
            "Ouders",
            "Governance, medezeggenschap, personeel, ICT",
            "Planning en vaststelling",
            "Begrippen",
        ]),
        ("h1", "Waarom een nieuw plan?"),
        ("ul", [
            "Wettelijke plicht: elke 4 jaar een nieuw plan",
            "Vorig plan loopt af op 31 juli 2026",
            "Nieuwe directeur-bestuurder sinds 2024",
            "Wens besturen: korter, scherper, leesbaarder",
            "Daarom: dit plan in presentatievorm",
        ]),
        note("De besturen hebben in 2025 uitgesproken dat het vorige plan van 94 pagina's door vrijwel niemand "
             "werd gelezen. De keuze voor een presentatievorm is een bewuste: kort waar het kan, met verwijzingen "
             "naar uitwerkingen waar het moet. De uitwerkingen worden apart vastgesteld. "
             "De presentatie is in februari 2026 besproken in het directeurenoverleg en in twee bijeenkomsten "
             "met de OPR. De opmerkingen uit die bijeenkomsten zijn verwerkt; een overzicht daarvan is bij de "
             "secretaris van de Algemene Vergadering op te vragen. Wij realiseren ons dat een presentatievorm "
             "keuzes vraagt: niet alles past op een dia. Daarom is bij iedere dia een korte toelichting "
             "opgenomen, die onderdeel is van het plan."),
        ("h1", "Terugblik 2022-2026"),
        ("ul", [
            "Nieuw bureau betrokken (2023)",
            "Scheiding bestuur en toezicht doorgevoerd (2023)",
            "Nieuwe directeur-bestuurder (2024)",
            "Reserves afgebouwd conform afspraken (2022-2025)",
            "Evaluatie vorig plan: te weinig sturing op resultaten",
        ]),
        note("De evaluatie van het vorige plan is uitgevoerd door een extern bureau. Belangrijkste conclusie: "
             "het verband deed veel, maar wist te weinig wat het opleverde. Daarom krijgen resultaten in dit plan "
             "een prominente plaats, met streefwaarden en een vaste meetcyclus."),
        ("h1", "Kerngetallen"),
        ("table", [
            ["Kerngegeven", "2025"],
            ["Schoolbesturen", "7"],
            ["Basisscholen", "36"],
            ["Sbo-scholen", "1"],
            ["So-scholen (cluster 3 en 4)", "2"],
            ["Leerlingen (1 oktober)", "8.150"],
            ["Gemeenten", "3"],
        ]),
        ("h1", "Visie en missie"),
        ("ul", [
            "Missie: elk kind in Duinstreek-Midden leert en ontwikkelt zich op een school die bij hem past",
            "Visie: thuisnabij, samen, vertrouwen",
            "Wij zijn er voor scholen; scholen zijn er voor kinderen",
            "Ouders zijn partners",
        ]),
        note("De visie is in drie sessies met directeuren, IB'ers en OPR-leden opgesteld. 'Thuisnabij' betekent "
             "voor ons dat een kind zo veel mogelijk in de eigen buurt naar school gaat. 'Samen' verwijst naar "
             "de gezamenlijke verantwoordelijkheid van de besturen. 'Vertrouwen' betekent dat we scholen "
             "ruimte geven en niet alles willen voorschrijven."),
        ("h1", "Ambities 2030"),
        ("ul", [
            "Minder bureaucratie voor scholen",
            "Sterkere verbinding tussen besturen",
            "Transparant over geld",
            "Sturen op resultaten",
            "Duidelijke afspraken over terugplaatsing",
        ]),
        note("Minder bureaucratie betekent voor ons: geen formulier als een gesprek volstaat, en nooit twee keer "
             "om dezelfde informatie vragen. Sterkere verbinding tussen besturen betekent dat besturen elkaars "
             "scholen beter leren kennen, bijvoorbeeld via collegiale visitaties van directeuren. Transparant "
             "over geld betekent dat iedere bestuurder, ieder OPR-lid en iedere geinteresseerde kan zien waar het "
             "geld van het verband naartoe gaat. Sturen op resultaten betekent dat wij vooraf zeggen wat wij "
             "willen bereiken en achteraf laten zien of dat gelukt is. Duidelijke afspraken over terugplaatsing "
             "tot slot betekent dat ieder kind in het sbo of so weet dat terugkeer een reele mogelijkheid is. "
             "Deze vijf ambities komen terug in de jaarplannen; per ambitie is een bestuurder eigenaar."),
        ("h1", "Basisondersteuning"),
        ("ul", [
            "Uitgewerkt in de notitie 'Basis op orde 2.0' (bijlage A, separaat document)",
            "Vaststelling notitie door de Algemene Vergadering: najaar 2026",
            "Inhoud en standaarden: p.m.",
            "Tot vaststelling: afspraken uit vorig plan blijven gelden",
        ]),
        note("De werkgroep basisondersteuning is nog bezig. De uitkomsten worden in het najaar voorgelegd. We "
             "hebben er bewust voor gekozen daar in deze presentatie niet op vooruit te lopen."),
        ("h1", "Toelaatbaarheid en dekkend aanbod"),
        ("ul", [
            "TLV-reglement: zie website > Documenten > Toewijzing",
            "Organisatie van de toewijzing: in herijking",
            "Notitie dekkend aanbod: in voorbereiding, gereed 2027",
            "Zie ook: planning",
        ]),
        note("Over de toewijzing en het aanbod lopen nog gesprekken met de besturen en de so-scholen. De "
             "resultaten daarvan worden in de loop van de planperiode aan dit plan toegevoegd."),
        ("h1", "Terugplaatsing (1): ons beleid"),
        ("ul", [
            "Uitgangspunt: sbo en so zijn tijdelijk waar dat kan",
            "Doel: elk kind zo snel als verantwoord terug naar een basisschool dicht bij huis",
            "Voorwaarde: ontvangende school kan de ondersteuning bieden (ondersteuningsprofiel)",
            "Voorwaarde: ouders en kind zijn betrokken en akkoord",
            "Na terugkeer: 6 maanden ambulante begeleiding vanuit sbo/so, betaald door SWV",
            "Warme overdracht: leerkracht sbo/so en nieuwe leerkracht spreken elkaar voor de start",
        ]),
        ("h1", "Terugplaatsing (2): zo werkt het"),
        ("ol", [
            "Elk jaar: evaluatie OPP op sbo/so, met de vraag 'kan terug?'",
            "Laatste jaar TLV: voor 1 maart gesprek sbo/so, ouders, consulent SWV",
            "Sbo/so stelt advies op: terugplaatsing of verlenging",
            "Bij verlenging: er is een nieuwe TLV nodig",
            "Bij terugplaatsing: consulent SWV zoekt met ouders een basisschool; de directeur van het SWV "
            "besluit over de inzet van de ambulante begeleiding",
            "TLV eindigt 31 juli; start op nieuwe school 1 augustus",
            "Evaluatie na 3 en na 6 maanden door nieuwe school, ouders en ambulant begeleider",
        ]),
        ("ul", [
            "Monitoring: 2024-2025 teruggeplaatst: 9 leerlingen (sbo 7, so 2)",
            "Na 1 jaar nog op basisschool: 8 van de 9",
        ]),
        ("h1", "Financien en meerjarenbegroting"),
        ("table", [
            ["Post (x EUR 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten rijksbekostiging", "6.540", "6.470", "6.420", "6.380"],
            ["Afdracht sbo", "1.910", "1.890", "1.870", "1.860"],
            ["Afdracht so", "2.330", "2.310", "2.300", "2.290"],
            ["Middelen naar scholen", "1.350", "1.340", "1.330", "1.320"],
            ["Ambulante begeleiding en terugplaatsing", "240", "240", "250", "250"],
            ["Bureau en bestuur", "610", "600", "600", "590"],
            ["Saldo", "100", "90", "70", "70"],
        ]),
        ("ul", [
            "Verdeelmodel: in herziening",
            "Besluit nieuw verdeelmodel: voorjaar 2027",
            "Bedragen per school: p.m.",
            "Reserve: op signaleringswaarde sinds eind 2025",
        ]),
        note("De begroting laat een klein positief saldo zien, dat wordt toegevoegd aan de bestemmingsreserve "
             "voor het nieuwe registratiesysteem. Hoe de middelen naar scholen worden verdeeld, wordt bepaald "
             "in het nieuwe verdeelmodel; tot die tijd loopt de huidige betaling door zonder dat het plan daar "
             "een uitspraak over doet."),
        ("h1", "Resultaten (1): wat willen we bereiken?"),
        ("table", [
            ["Beoogd resultaat voor leerlingen met extra ondersteuning", "Nu (2025)", "Doel 2030"],
            ["Aandeel OPP-leerlingen dat de OPP-doelen haalt", "58%", "75%"],
            ["Terugplaatsingen per jaar", "9", "15"],
            ["Leerlingen met TLV die binnen 2 jaar terug zijn in het regulier", "11%", "20%"],
            ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"],
        ]),
        ("h1", "Resultaten (2): hoe meten we?"),
        ("ul", [
            "Dashboard: elk kwartaal bijgewerkt door de beleidsmedewerker",
            "Bronnen: OPP-evaluaties scholen (2x per jaar), TLV-registratie, oudervragenlijst (jaarlijks, mei)",
            "Bespreking: kwartaalrapportage in de Algemene Vergadering",
            "Jaarverslag: bereikte resultaten naast doelen en kosten; bespreking met OPR in juni",
            "Tussenevaluatie 2028: bijsturen waar doelen buiten bereik zijn",
        ]),
        ("h1", "Ouders"),
        ("ul", [
            "Onafhankelijke hulp: Ouder- en Jeugdsteunpunt Duinstreek (gratis, spreekuur ma/wo/vr)",
            "Onderwijsconsulenten: bij vastgelopen situaties, landelijk en kosteloos",
            "Klachten: klachtenregeling schoolbestuur; geschillen: Geschillencommissie passend onderwijs",
            "Ouders in de OPR: 6 van de 12 zetels",
            "Ouders praten mee over het OPP van hun kind",
            "Hoe informeren we ouders over het aanbod? -> nieuw communicatieplan, gereed Q3 2026",
        ]),
        note("Het Ouder- en Jeugdsteunpunt is in 2025 gestart samen met het samenwerkingsverband VO. Het steunpunt "
             "is onafhankelijk van de scholen en van het verband, en helpt ouders bij vragen en bij onenigheid. "
             "Het communicatieplan wordt in de zomer van 2026 opgesteld."),
        ("h1", "Governance"),
        ("ul", ["Stichting", "Directeur-bestuurder + Raad van Toezicht", "Algemene Vergadering van besturen"]),
        *governance(swv),
        ("h1", "Medezeggenschap"),
        ("ul", ["OPR: instemmingsrecht", "MR voor personeel bureau"]),
        *medezeggenschap(swv, with_parents=True),
        ("h1", "Personeel"),
        ("ul", ["Ca. 14 fte", "Krapte orthopedagogen", "Traineeship met hogeschool"]),
        *personeel(swv),
        ("h1", "ICT en privacy"),
        ("ul", ["AVG op orde", "Nieuw registratiesysteem in 2027"]),
        *ict(swv),
        ("h1", "Jaarplancyclus"),
        ("ul", [
            "Plan (4 jaar) -> jaarplan (1 jaar) -> kwartaalrapportage",
            "Jaarplan: vastgesteld in juni voor het volgende schooljaar",
            "Jaarverslag: uiterlijk 1 juli",
            "Strategiedag besturen: elk najaar",
        ]),
        note("Het ondersteuningsplan geeft de koers voor vier jaar. Ieder jaar vertaalt de directeur-bestuurder "
             "die koers in een jaarplan met activiteiten, verantwoordelijken en planning. Het jaarplan wordt in "
             "juni vastgesteld, na bespreking in de Algemene Vergadering en met de OPR. In de kwartaalrapportage "
             "legt de directeur-bestuurder verantwoording af over de voortgang van het jaarplan. Op de jaarlijkse "
             "strategiedag kijken de besturen samen vooruit: wat gaat goed, wat moet anders, welke landelijke "
             "ontwikkelingen komen op ons af. De strategiedag wordt begeleid door een externe voorzitter, zodat "
             "alle bestuurders vrijuit kunnen spreken. De uitkomsten worden verwerkt in het volgende jaarplan."),
        ("h1", "Onze rol als werkgever"),
        ("ul", [
            "Klein bureau, grote opdracht",
            "Investeren in vakmanschap",
            "Gezond en veilig werken",
            "Goed opdrachtgeverschap bij inhuur",
        ]),
        note("Het bureau is klein en daardoor kwetsbaar. Bij uitval van een medewerker is er weinig "
             "vervangingscapaciteit. Daarom investeren wij in kennisdeling binnen het team, in heldere "
             "werkprocessen en in goede afspraken met externe partijen die wij inhuren. Inhuur vindt alleen plaats "
             "op basis van een schriftelijke opdracht met duidelijke resultaatafspraken. Medewerkers hebben een "
             "persoonlijk ontwikkelbudget en kunnen eens per jaar een training naar keuze volgen. Wij voeren iedere "
             "twee jaar een risico-inventarisatie en -evaluatie uit en volgen het plan van aanpak daarvan in het "
             "teamoverleg. Het ziekteverzuim en het verloop worden ieder kwartaal gemonitord."),
        ("h1", "Samenwerking tussen besturen"),
        ("ul", [
            "7 besturen, 1 verband",
            "Portefeuilleverdeling in de Algemene Vergadering",
            "Afspraken over gezamenlijke inkoop",
            "Elkaar aanspreken",
        ]),
        note("De zeven besturen verschillen in omvang, denominatie en cultuur. Dat is een kracht, maar vraagt ook "
             "om heldere spelregels. In de Algemene Vergadering heeft ieder bestuur een portefeuille, bijvoorbeeld "
             "personeel, huisvesting van het bureau of ICT. De portefeuillehouders bereiden besluiten voor samen "
             "met het bureau. Besturen hebben afgesproken elkaar aan te spreken als afspraken niet worden "
             "nagekomen, eerst bilateraal en daarna in de Algemene Vergadering. Voor geschillen tussen besturen "
             "bevatten de statuten een regeling. Waar het voordeel oplevert, kopen besturen gezamenlijk in, "
             "bijvoorbeeld scholing en licenties. Dat gebeurt via een raamovereenkomst die het bureau beheert. "
             "Iedere twee jaar evalueren de besturen hun onderlinge samenwerking met een korte enquete en een "
             "gesprek onder leiding van de voorzitter van de RvT."),
        ("h1", "Landelijke ontwikkelingen"),
        ("ul", ["Verbeteraanpak passend onderwijs", "Wetsvoorstel positie ouders en leerlingen",
                "Landelijke norm basisondersteuning in voorbereiding"]),
        *landelijk(swv),
        ("h1", "Inspectie"),
        ("ul", ["Vierjaarlijks onderzoek: voorjaar 2024, geen herstelopdrachten", "Plan indienen voor 1 mei"]),
        *inspectie(swv),
        ("h1", "Integriteit"),
        ("ul", ["Integriteitscode", "Klokkenluidersregeling", "Externe vertrouwenspersoon"]),
        *integriteit(swv),
        ("h1", "Communicatie met scholen"),
        ("ul", ["Maandelijkse nieuwsbrief", "Besloten deel website", "Vaste overleggen"]),
        *interne_communicatie(swv),
        ("h1", "Bedrijfsvoering"),
        ("ul", ["Administratie uitbesteed", "Inkoopbeleid", "Digitaal archief"]),
        *bedrijfsvoering(swv),
        ("h1", "Planning en vaststelling"),
        ("table", [
            ["Wanneer", "Wat"],
            ["9 maart 2026", "Presentatie Algemene Vergadering en OPR"],
            ["23 maart 2026", "Instemming OPR"],
            ["7 april 2026", "Vaststelling door directeur-bestuurder"],
            ["Voor 1 mei 2026", "Indienen bij Inspectie"],
            ["Q3 2026", "Communicatieplan ouders"],
            ["Najaar 2026", "Notitie Basis op orde 2.0"],
            ["Voorjaar 2027", "Nieuw verdeelmodel"],
            ["2027", "Notitie dekkend aanbod"],
        ]),
        ("h1", "Begrippen"),
        ("ul", [
            "Basisondersteuning: wat elke school in het SWV minimaal biedt",
            "Continuum van ondersteuning: de opbouw van basis naar extra naar speciaal",
            "Dekkend aanbod: voor elk kind een passende plek",
            "OJSP: ouder- en jeugdsteunpunt",
            "Thuiszitter: leerplichtig kind zonder passend onderwijs",
            "TLV: toelaatbaarheidsverklaring voor sbo of so",
            "Zorgplicht: plicht van het schoolbestuur om een passende plek te bieden",
        ]),
        ("h1", "Vragen?"),
        ("ul", ["Contact: bureau SWV PO Duinstreek-Midden", "Dank voor uw aandacht"]),
    ]
    return b


# ==============================================================================================
# Doc 6 - near miss: a single school's ondersteuningsprofiel / school-level ondersteuningsplan.
# Format: .html
# ==============================================================================================

def doc6():
    b = [
        ("title", "Ondersteuningsplan en schoolondersteuningsprofiel 2025-2026 - OBS De Wilgenhoek"),
        *P(
            "OBS De Wilgenhoek, Wilgenlaan 4, Vlechtum. Onderdeel van Stichting Openbaar Onderwijs Rietland. "
            "Aangesloten bij SWV Het Vlechtwerk (PO 31-15).",
            "Vastgesteld door de directie na advies van de MR op 2 juli 2025. Dit document hoort bij de schoolgids.",
        ),
        ("h1", "Inhoud"),
        ("toc", [
            "1 Inleiding",
            "2 Onze school in cijfers",
            "3 Basisondersteuning op De Wilgenhoek",
            "4 Zorgniveaus en de ondersteuningscyclus",
            "5 Extra ondersteuning en arrangementen",
            "6 Aanvraag TLV en verwijzing naar sbo of so",
            "7 Terugplaatsing en instroom",
            "8 Ouders",
            "9 Middelen en budget",
            "10 Ambities en resultaten",
        ]),
        ("h1", "1 Inleiding"),
        *P(
            "In dit ondersteuningsplan beschrijft OBS De Wilgenhoek hoe wij de ondersteuning aan onze leerlingen "
            "organiseren. Het plan is tegelijk ons schoolondersteuningsprofiel (SOP). Het wordt ieder schooljaar "
            "geactualiseerd en besproken met het team en de medezeggenschapsraad. Het ondersteuningsplan van het "
            "samenwerkingsverband Het Vlechtwerk vormt het kader; dit plan beschrijft hoe wij dat op onze school "
            "invullen.",
        ),
        ("h1", "2 Onze school in cijfers"),
        ("table", [
            ["Gegeven", "Aantal"],
            ["Leerlingen 1 oktober 2024", "312"],
            ["Groepen", "13"],
            ["Leerlingen met een OPP", "9"],
            ["Leerlingen met een arrangement van het SWV", "4"],
            ["Verwijzingen naar sbo/so in 2024-2025", "2"],
        ]),
        ("h1", "3 Basisondersteuning op De Wilgenhoek"),
        *P(
            "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent dat "
            "op onze school: een intern begeleider (3 dagen per week), een ondersteuningsteam dat zes keer per jaar "
            "bij elkaar komt, het dyslexieprotocol, een aanpak voor rekenproblemen, de Kanjertraining in alle "
            "groepen en een plusgroep op donderdagochtend. Onze leerkrachten werken handelingsgericht met "
            "groepsoverzichten.",
        ),
        ("h1", "4 Zorgniveaus en de ondersteuningscyclus"),
        ("ol", [
            "Zorgniveau 1: goed lesgeven in de groep, voor alle leerlingen.",
            "Zorgniveau 2: extra instructie en oefening in de groep, bijvoorbeeld aan de instructietafel.",
            "Zorgniveau 3: specifieke interventies na overleg met de IB'er, vastgelegd in het groepsplan.",
            "Zorgniveau 4: ondersteuning met externe deskundigen via het ondersteuningsteam; eventueel een OPP.",
            "Zorgniveau 5: verwijzing naar het speciaal (basis)onderwijs.",
        ]),
        *P(
            "Drie keer per jaar houden wij groepsbesprekingen tussen leerkracht en IB'er, na de "
            "toetsperiodes in januari en juni en in oktober. In november en maart zijn er leerlingbesprekingen. "
            "De resultaten van de methodeonafhankelijke toetsen worden in het team geanalyseerd tijdens de "
            "studiedagen.",
        ),
        ("h1", "5 Extra ondersteuning en arrangementen"),
        *P(
            "Als de basisondersteuning niet voldoende is, bespreken wij de leerling in het ondersteuningsteam, "
            "met de orthopedagoog van het samenwerkingsverband en met de ouders. Wij kunnen dan het expertiseteam "
            "van het samenwerkingsverband inschakelen of een arrangement aanvragen. Op dit moment hebben vier "
            "leerlingen een arrangement, onder meer voor begeleiding bij gedrag en voor een aangepast "
            "leesprogramma.",
        ),
        ("h1", "6 Aanvraag TLV en verwijzing naar sbo of so"),
        *P(
            "Als wij na zorgvuldige afweging niet (meer) aan de ondersteuningsbehoefte van een leerling kunnen "
            "voldoen, vragen wij in overleg met ouders een toelaatbaarheidsverklaring aan bij het "
            "samenwerkingsverband. De procedure en criteria staan in het ondersteuningsplan van het "
            "samenwerkingsverband. Binnen onze school is de intern begeleider verantwoordelijk voor het "
            "samenstellen van het dossier; de directeur ondertekent de aanvraag namens het bestuur.",
        ),
        ("h1", "7 Terugplaatsing en instroom"),
        *P(
            "Wij staan open voor leerlingen die vanuit het sbo of so terugkeren. Bij instroom vindt altijd een "
            "overdrachtsgesprek plaats met de vorige school. Wij kijken samen met ouders of wij de benodigde "
            "ondersteuning kunnen bieden.",
        ),
        ("h1", "8 Ouders"),
        *P(
            "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
            "ouderportal. Ouders worden altijd betrokken bij de groepsplannen en bij het OPP van hun kind en "
            "zijn welkom bij de bespreking in het ondersteuningsteam. Voor vragen kunnen ouders terecht bij de "
            "leerkracht, de IB'er of de directeur. Voor onafhankelijk advies verwijzen wij naar het ouder- en "
            "jeugdsteunpunt van het samenwerkingsverband.",
        ),
        ("h1", "9 Middelen en budget"),
        *P(
            "De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. In "
            "2025-2026 gebruiken wij dat voor een extra dag IB, de plusgroep en een onderwijsassistent in de "
            "groepen 3 en 4. Wij verantwoorden de besteding jaarlijks aan het samenwerkingsverband.",
        ),
        ("h1", "10 Ambities en resultaten"),
        ("ul", [
            "Het team volgt in 2025-2026 een scholing over executieve functies.",
            "Wij breiden de plusgroep uit naar groep 4.",
            "Wij willen dat ten minste 80 procent van de leerlingen met een OPP de doelen uit het OPP haalt.",
            "De tevredenheid van ouders over de begeleiding meten wij in het voorjaar met een vragenlijst.",
        ]),
    ]
    return b


# ==============================================================================================
# Labels (written literally so that the format matches the contract exactly)
# ==============================================================================================

LABELS = {}

LABELS["po-adviesbureau-koersdocument"] = """\
documents: [po-adviesbureau-koersdocument.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Ch. 5 defines the binding minimum level for every vestiging and lists concrete provisions per domain in a table; kwaliteitskaart = borging."
  plaatsing: "Ch. 7 gives applicant, dossier, two deskundigen, Commissie Toelaatbaarheid, 6 weeks, duration, category, LBT bezwaar; the toelaatbaarheid criteria are deferred to a beoordelingskader in 2026-2027. The three criteria in ch. 9 are for bovenschoolse arrangementen, not for TLV (trap)."
  terugstroom: "Only in the title page, TOC ('Bijlage B Terugplaatsingsprotocol (separaat)', annex absent) and begrippenlijst; ch. 8 'Doorstroom' is about PO-VO transition and observation/symbiosis, not return after a TLV."
  financien: "Ch. 9 'Allocatie- en bekostigingsarchitectuur': EUR 172 per leerling + vaste voet, criteria for arrangementen, meerjarenbegroting table 2026-2029, reserves and verantwoording format."
  dekkend-aanbod: "Ch. 6 describes three layers and provisions (continuum); gaps/thuiszitters explicitly deferred to a 2027 lacuneanalyse 'te zijner tijd' addendum. OOGO paragraph = ketenpartners."
  resultaten: "Ch. 10 table of beoogde resultaten with nulmeting and streefwaarde 2030, plus quarterly dashboard, jaarverslag, OPR, midterm evaluation."
  ouders: "Only passing mentions and a deferral to a 2027 communicatiestrategie in ch. 11; OJSP/onderwijsconsulent appear only in the begrippenlijst; OPR text names no parents."
"""

LABELS["vo-directeur-samen-verder"] = """\
documents: [vo-directeur-samen-verder.pdf]
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
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'De ondersteuningsstandaard' states a binding minimum for every vestiging, but the content is only in bijlage 2 'Ondersteuningskaart', which is a separate document not included."
  plaatsing: "Ch. 6.1-6.3: vso procedure (applicant, dossier, Loket, two deskundigen, Commissie van Toelaatbaarheid, 6 weeks), four vso criteria, national lwoo/pro criteria with procedure and deadline 1 maart, 2-year TLV, LBT bezwaar."
  terugstroom: "Hidden in ch. 6.4 'Als de TLV afloopt' inside the TLV chapter: policy (uitgangspunt, conditions, one year ambulant support after return) and procedure (evaluation by 1 februari, decision, consultant finds vo-school, end 31 juli)."
  financien: "Ch. 10 'Geld en middelen': allocation table (EUR 118 per leerling, vaste voet, arrangementen up to EUR 9.000) but the meerjarenbegroting is explicitly left out and promised as a later addendum."
  dekkend-aanbod: "Ch. 5 continuum (schoolbudget, trajectvoorziening, OPDC, ambulant team, symbiose, vso, plusvoorziening) plus yearly gap review; ch. 7 thuiszitters approach with casusregisseur and escalation."
  resultaten: "Ch. 11 'Kwaliteitszorg en resultaten' only defers to a kwaliteitskader to be written in year one; other 'resultaten' are of a financial audit and the OOGO."
  ouders: "Ch. 9 'Communicatie': website ouderpagina, schoolgids paragraph, November info evenings, folder; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, Geschillencommissie."
"""

LABELS["po-ib-werkgroep"] = """\
documents: [po-ib-werkgroep.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 1: minimum for every school and vestiging, checklist table with concrete provisions, yearly self-check discussed with the orthopedagoog (borging)."
  plaatsing: "Ch. 3: criteria lists for sbo and so (cluster 3/4) and a numbered step-by-step procedure with deciding commissie TLV, 6 weeks, two deskundigen, duration/category, bezwaar via LBT."
  terugstroom: "Ch. 4 gives policy (aim, conditions, half a year ambulant support); who initiates, steps, evaluation and decision are explicitly still to be laid down before summer 2027."
  financien: "Ch. 10 'Geld' says the plan contains nothing on money and refers to the website; only begrippenlijst entries for meerjarenbegroting/verdeelmodel and passing 'middelen'."
  dekkend-aanbod: "Ch. 2 numbered continuum from school to expertiseteam, plusklas, taalklas, AB, sbo, so and schakeltraject; ch. 5 'Geen kind thuis' handles thuiszitters and new provisions."
  resultaten: "Ch. 8 lists five goals for 2030 with numbers; how, how often and to whom they are measured is still to be agreed ('er wordt gewerkt aan een monitor')."
  ouders: "Ch. 6 'Samenwerken met thuis': schoolgids, SWV website page, folder, yearly ouderavond; independent OJSP, onderwijsconsulenten, klachten/geschillen."
"""

LABELS["vo-b1-gewone-taal"] = """\
documents: [vo-b1-gewone-taal.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'Wat krijgt elke leerling op elke school?': agreed minimum for every school and location, bullet list of provisions, yearly check."
  plaatsing: "Ch. 6 gives vso criteria and national pro/lwoo criteria plus duration and category, but the application procedure is only referred to the separate 'Handboek Toewijzing' on the website; ch. 2's 'zij beslissen ... of een leerling naar het vso mag' is a passing mention."
  terugstroom: "Ch. 7: steps in the last TLV year (talk before 1 maart, advice, new TLV or end on 31 juli, vso-school finds a school, June meeting); aims and support after return explicitly not yet written (2026-2027)."
  financien: "Ch. 9 'Geld: waar gaat het naartoe?': 150 euro per leerling + 20.000 vast, lwoo/pro/vso rules, begroting table 2026-2029 with amounts, reserve and school accountability."
  dekkend-aanbod: "Ch. 5 continuum light to heavy (school, Zeekant-team, Zeekant-klas, dual placement, vso/pro); ch. 8 'Niemand thuis' thuiszitters approach and new provisions."
  resultaten: "Ch. 10: yearly data collection, questionnaire, jaarverslag in June, discussed by bestuur and OPR; the goals themselves are deferred to the jaarplan 2027."
  ouders: "Ch. 11: website, schoolgids, October info evening, folder; independent help is only announced ('wij werken aan een ouder- en jeugdsteunpunt ... start naar verwachting in 2027'); onderwijsconsulent only in woordenlijst. Ch. 12 OPR/hoorrecht = betrokkenheid."
"""

LABELS["po-presentatie-duinstreek"] = """\
documents: [po-presentatie-duinstreek.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: partial}
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
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Slide 'Basisondersteuning' only refers to the separate notitie 'Basis op orde 2.0' (bijlage A, not included) and says 'p.m.'; the definition is only in the Begrippen slide."
  plaatsing: "Slide 'Toelaatbaarheid en dekkend aanbod' only points to the TLV-reglement on the website and says the organisation is 'in herijking'; 'nieuwe TLV nodig' and 'TLV eindigt 31 juli' belong to the terugplaatsing steps."
  terugstroom: "Two terugplaatsing slides: policy (temporary, conditions, 6 months AB, warm overdracht) and numbered procedure (yearly OPP check, talk before 1 maart, advice, decision, end 31 juli, evaluations), plus figures 2024-2025."
  financien: "Meerjarenbegroting table 2026-2029 with amounts; verdeelmodel 'in herziening', 'bedragen per school: p.m.', notes say the plan makes no statement on distribution."
  dekkend-aanbod: "Only an agenda item, a 'notitie dekkend aanbod in voorbereiding, gereed 2027' bullet and Begrippen-slide definitions (continuum, dekkend aanbod, thuiszitter, zorgplicht); no OOGO content."
  resultaten: "Slide 'Resultaten (1)' table of beoogde resultaten with nu/doel 2030; 'Resultaten (2)' quarterly dashboard, sources, AV, jaarverslag with OPR, tussenevaluatie 2028."
  ouders: "Slide 'Ouders' names OJSP, onderwijsconsulenten, klachten/geschillen and OPR/OPP role, but how parents are informed is deferred to a communicatieplan (Q3 2026)."
"""

LABELS["po-school-sop-wilgenhoek"] = """\
documents: [po-school-sop-wilgenhoek.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "School-level ondersteuningsplan/schoolondersteuningsprofiel of one basisschool (zorgniveaus 1-5, groepsbesprekingen, schoolbudget); it refers to the SWV's own ondersteuningsplan as its framework and is not the plan of a samenwerkingsverband."
"""


DOCS = [
    ("po-adviesbureau-koersdocument", "docx", doc1,
     "SWV De Brede Delta - Ondersteuningsplan 2026-2030 - basisondersteuning | toelaatbaarheid | terugplaatsing | financien"),
    ("vo-directeur-samen-verder", "pdf", doc2, "Samen verder - Ondersteuningsplan 2026-2030 - SWV VO Heuvelrand-Zuid"),
    ("po-ib-werkgroep", "docx", doc3,
     "SWV Het Vlechtwerk - Ondersteuningsplan 2026-2030 - ouders, geld, terugplaatsing, resultaten"),
    ("vo-b1-gewone-taal", "pdf", doc4, "SWV VO Zeekant - Ondersteuningsplan in gewone taal"),
    ("po-presentatie-duinstreek", "md", doc5, None),
    ("po-school-sop-wilgenhoek", "html", doc6, None),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fmt, fn, header in DOCS:
        blocks = fn()
        path = OUT / (name + "." + fmt)
        if fmt == "docx":
            write_docx(blocks, path, header_text=header, footer_text="Ondersteuningsplan 2026-2030")
        elif fmt == "pdf":
            write_pdf(blocks, path, header_text=header, footer_text="Ondersteuningsplan 2026-2030")
        elif fmt == "md":
            write_md_slides(blocks, path)
        elif fmt == "html":
            write_html(blocks, path, title=blocks[0][1])
        (OUT / (name + ".expected.yaml")).write_text(LABELS[name], encoding="utf-8")
        print("%-32s %-5s %5d words" % (name, fmt, word_count(blocks)))


if __name__ == "__main__":
    main()
