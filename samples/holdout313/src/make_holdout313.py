#!/usr/bin/env python3
"""Generate the holdout313 test set: 5 fictional ondersteuningsplannen (PO/VO) and 1 near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# document model: list of blocks (kind, payload)
#   ("title", str) ("h1", str) ("h2", str) ("p", str) ("bullets", [str]) ("table", [[str]])
#   ("toc", [str]) ("header", str)
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header=None):
    d = docx.Document()
    d.core_properties.author = "samenwerkingsverband"
    d.core_properties.created = __import__("datetime").datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = d.core_properties.created
    if header:
        d.sections[0].header.paragraphs[0].text = header
        d.sections[0].footer.paragraphs[0].text = header + " - concept ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, 0)
        elif kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for b in val:
                d.add_paragraph(b, style="List Bullet")
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, t in enumerate(val, 1):
                d.add_paragraph(f"{t} ........ {3 + 2 * i}")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in enumerate(row):
                    cells[c].text = txt
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    for p in d.paragraphs:
        for r in p.runs:
            if r.font.size is None and p.style.name == "Normal":
                r.font.size = Pt(10.5)
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {b}" for b in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n")
            out.append("\n".join(f"{i}. {t}" for i, t in enumerate(val, 1)) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout313_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
        elif val:
            n += sum(len(v.split()) for v in val)
    return n


# ---------------------------------------------------------------------------
# neutral filler shared (with parameters) by the plans. It mentions element words
# only in passing; it never addresses a core or advisory criterion.
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van de Wet passend onderwijs en het eerste plan dat wij volledig samen met de scholen, de "
              f"ondersteuningsplanraad en de gemeenten {c['gemeenten']} hebben opgesteld. In de afgelopen periode is veel "
              f"bereikt, maar we zijn er nog niet. Leerlingen, ouders en professionals verwachten terecht dat passend "
              f"onderwijs niet alleen een begrip op papier is, maar dagelijks merkbaar is in de klas."),
        ("p", f"Dit plan is geschreven in een periode waarin het onderwijs onder druk staat. Het lerarentekort, de "
              f"toenemende complexiteit van ondersteuningsvragen en de wachtlijsten in de jeugdhulp vragen veel van "
              f"onze scholen. Tegelijkertijd zien we veel energie: docenten die net dat stapje extra zetten, "
              f"mentoren die de tijd nemen voor een gesprek en schoolleiders die samen over de grenzen van hun eigen "
              f"school heen kijken. Dat is waar dit samenwerkingsverband op gebouwd is."),
        ("p", f"Ik dank iedereen die aan dit plan heeft bijgedragen: de leden van de werkgroepen, de "
              f"ondersteuningscoördinatoren, de schoolleiders, de leden van de ondersteuningsplanraad en de "
              f"beleidsmedewerkers van de gemeenten. Zonder hun kritische vragen was dit plan niet geworden wat "
              f"het nu is. Ik wens u veel leesplezier en nodig u uit om met ons in gesprek te blijven."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder {c['kort']}"),
    ]


def leeswijzer(c):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is opgebouwd uit drie delen. Deel 1 beschrijft wie we zijn, waar we staan en waar we naartoe "
              "willen. Deel 2 bevat de inhoudelijke hoofdstukken over de ondersteuning, de toewijzing en de "
              "samenwerking. Deel 3 gaat over organisatie, middelen en planning. Waar in de tekst 'school' staat, "
              "bedoelen we iedere vestiging van een aangesloten schoolbestuur. Waar 'ouders' staat, bedoelen we "
              "ook verzorgers en voogden. Achter in het plan vindt u een begrippenlijst en een overzicht van "
              "afkortingen."),
    ]


def context(c):
    rows = [["Kengetal", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"]] + c["kengetallen"]
    return [
        ("h1", "Het samenwerkingsverband in cijfers"),
        ("p", f"{c['naam']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. In het verband werken "
              f"{c['nbesturen']} schoolbesturen samen, met in totaal {c['nscholen']} scholen en vestigingen. "
              f"{c['regio_tekst']}"),
        ("p", "Onderstaande tabel geeft de belangrijkste leerlingaantallen weer. De cijfers zijn ontleend aan "
              "de telling van DUO op de genoemde peildata."),
        ("table", rows),
        ("p", f"De verwachting is dat het aantal leerlingen in de regio de komende jaren {c['krimp']}. Dat heeft "
              f"gevolgen voor de scholen, voor de spreiding van voorzieningen en voor de leerlingstromen. We volgen "
              f"deze ontwikkeling samen met de besturen en bespreken haar jaarlijks in de algemene vergadering."),
    ]


def visie_missie(c):
    return [
        ("h1", "Visie, missie en ambities"),
        ("h2", "Missie"),
        ("p", f"{c['kort']} zorgt er samen met de aangesloten besturen voor dat iedere jongere in de regio "
              f"onderwijs krijgt dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis en zo "
              f"regulier als mogelijk. Wij geloven dat iedere leerling het recht heeft om zich te ontwikkelen en "
              f"mee te doen. Dat is geen taak van de school alleen, maar van ons allemaal."),
        ("h2", "Visie"),
        ("p", "Onze visie rust op vier pijlers. Ten eerste: de leerling staat centraal, niet het systeem. Ten "
              "tweede: ondersteuning begint in de klas, bij de docent en de mentor. Ten derde: ouders en "
              "leerlingen zijn partners en worden serieus genomen. Ten vierde: we werken vanuit vertrouwen en "
              "leggen verantwoording af over wat we doen. Deze pijlers zijn in 2025 in een reeks "
              "bijeenkomsten met schoolleiders, ondersteuningscoördinatoren en leden van de "
              "ondersteuningsplanraad opnieuw bevestigd."),
        ("p", "Passend onderwijs is geen doel op zich. Het gaat om het bieden van kansen. Soms betekent dat een "
              "arrangement binnen de eigen school, soms een tijdelijke plek elders. Wij kiezen nadrukkelijk voor "
              "een inclusieve beweging. Dat vraagt om lef, om samenwerking en om geduld."),
        ("h2", "Ambities voor deze planperiode"),
        ("p", "Onze ambities zijn in deze planperiode gegroepeerd in vier thema's: vakmanschap, "
              "samenwerking, aanwezigheid en inclusiviteit. Deze thema's worden uitgewerkt in de jaarplannen. De "
              "jaarplannen worden elk jaar voor 1 juli door het bestuur vastgesteld, na advisering door de "
              "directeurenoverleggen."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['kort']} is een {c['rechtsvorm']}. Het bestuur wordt gevormd door {c['bestuursvorm']}. De "
              f"scheiding tussen bestuur en toezicht is geregeld in de statuten en in het bestuursreglement. "
              f"De directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding van het bureau en legt "
              f"verantwoording af aan het toezichthoudend orgaan."),
        ("p", "Het bureau van het samenwerkingsverband is klein en wendbaar. Er werken een directeur-bestuurder, "
              "een beleidsmedewerker, een managementassistent, een controller (gedetacheerd), orthopedagogen en "
              "consulenten. De consulenten zijn het eerste aanspreekpunt voor de scholen. Het bureau is "
              "gevestigd in een gedeeld onderwijskantoor dat ook door de leerplichtambtenaren wordt gebruikt."),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur van de sectororganisatie. Jaarlijks vindt een "
              "zelfevaluatie van het intern toezicht plaats. In de statuten is een regeling voor "
              "geschilbeslechting tussen de aangesloten besturen opgenomen, zoals de wet voorschrijft. Sinds de "
              "laatste statutenwijziging is de integriteitscode uitgebreid met bepalingen over "
              "nevenfuncties."),
    ]


def opr(c):
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan. De OPR van "
              f"{c['kort']} telt {c['opr_leden']} leden, afgevaardigd door de medezeggenschapsraden van de "
              f"aangesloten scholen. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk "
              f"secretaris. Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
              f"personeel van het bureau."),
        ("p", f"Het concept van dit plan is op {c['opr_datum_concept']} aan de OPR voorgelegd. De raad heeft in "
              f"twee themavergaderingen vragen gesteld over onder meer de leesbaarheid en de planning. De OPR "
              f"heeft op {c['opr_datum']} met het plan ingestemd. Het instemmingsbesluit is bij de "
              f"stukken van het bestuur gevoegd."),
    ]


def oogo(c):
    return [
        ("h1", "Op overeenstemming gericht overleg (OOGO)"),
        ("p", f"Het concept-ondersteuningsplan is besproken in het op overeenstemming gericht overleg met de "
              f"colleges van burgemeester en wethouders van de gemeenten {c['gemeenten']}. Het OOGO vond plaats op "
              f"{c['oogo_datum']}. De gemeenten hebben aangegeven in te stemmen met het plan. Het verslag van het "
              f"overleg is vastgesteld door beide partijen. Daarnaast is overleg gevoerd met het "
              f"{c['ander_swv']}, waarvan het werkgebied overlapt met het onze."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van de ondersteuning staat of valt met de mensen die haar bieden. Daarom investeert "
              "het samenwerkingsverband in de professionalisering van docenten, mentoren en "
              "ondersteuningscoördinatoren. Er is een netwerk van ondersteuningscoördinatoren dat zes keer per "
              "jaar bijeenkomt. Daarnaast zijn er leernetwerken over gedrag, over executieve functies en over "
              "het gesprek met ouders."),
        ("p", "Het personeel in dienst van het samenwerkingsverband valt onder de cao van de sector. Het "
              "bureau hanteert een gesprekkencyclus met jaarlijks een ontwikkelgesprek. Bij vacatures wordt "
              "eerst binnen de aangesloten besturen geworven. Het samenwerkingsverband kent geen eigen "
              "payroll-constructies; detacheringen worden schriftelijk vastgelegd tussen de besturen."),
        ("p", "Gezien het tekort aan orthopedagogen en psychologen in de regio werken we samen met de "
              "hogeschool en de universiteit aan stageplaatsen. In 2025 liepen vier masterstudenten stage bij "
              "het bureau. Deze samenwerking willen we voortzetten."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, gegevensbescherming en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over gezondheid. Dat gebeurt alleen voor zover dat nodig is voor de wettelijke taken. "
              "Er is een functionaris gegevensbescherming aangesteld, gedeeld met twee andere "
              "samenwerkingsverbanden. Het privacyreglement is in 2024 geactualiseerd."),
        ("p", "Dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen gebruiken hiervoor "
              "een vaste koppeling; e-mail wordt niet gebruikt voor het verzenden van dossiers. Gegevens worden "
              "niet langer bewaard dan wettelijk is toegestaan. Het samenwerkingsverband voert jaarlijks een "
              "audit uit op de toegangsrechten."),
    ]


def thuiszitters_passend(c):
    # passing mention only: no procedure, no approach, no figures
    return [
        ("h2", "Een woord over thuiszitters"),
        ("p", "Het onderwerp thuiszitters raakt ons allemaal. Geen jongere hoort thuis te zitten. In de gesprekken "
              "met de scholen en met de gemeenten komt het regelmatig ter sprake. Het is een onderwerp dat ons "
              "blijvend bezighoudt."),
    ]


def aansluiting(c):
    return [
        ("h1", "Doorlopende leerlijnen en overgangen"),
        ("p", f"Overgangen zijn kwetsbare momenten. De overstap van {c['overgang']} vraagt om een goede overdracht. "
              f"Hierover zijn afspraken gemaakt in de regionale overstapkalender, die jaarlijks door de besturen "
              f"wordt vastgesteld. Scholen gebruiken een digitaal overdrachtsdossier. Een warme overdracht is "
              f"het uitgangspunt wanneer een leerling extra aandacht nodig heeft."),
        ("p", "De overstapkalender kent vaste data voor aanmelding, overdracht en plaatsing in de brugklas. "
              "Deze plaatsing in de brugklas is een besluit van de ontvangende school en valt niet onder de "
              "taken van het samenwerkingsverband."),
    ]


def planning(c, extra=""):
    return [
        ("h1", "Planning en vaststelling"),
        ("p", f"Dit ondersteuningsplan geldt voor de periode {c['periode']}. Het plan wordt uiterlijk voor 1 mei "
              f"voorafgaand aan de planperiode aan de Inspectie van het Onderwijs gezonden. Het bestuur heeft het "
              f"plan op {c['vaststelling']} vastgesteld, na instemming van de OPR en na afronding van het OOGO. "
              f"{extra}"),
        ("table", [["Fase", "Activiteit", "Wanneer"],
                   ["1", "Evaluatie vorig plan en startnotitie", "voorjaar 2025"],
                   ["2", "Werkgroepen en conceptteksten", "najaar 2025"],
                   ["3", "Consultatie scholen en OOGO", c["oogo_datum"]],
                   ["4", "Instemming OPR", c["opr_datum"]],
                   ["5", "Vaststelling door het bestuur", c["vaststelling"]],
                   ["6", "Toezending aan de Inspectie", "voor 1 mei 2026"]]),
    ]


def totstandkoming(c):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", f"Het schrijven van dit plan begon in het voorjaar van 2025 met een startnotitie van het bestuur. "
              f"Daarin stonden de vragen die we met elkaar wilden beantwoorden en de planning tot de "
              f"vaststelling. Vervolgens zijn vier werkgroepen aan de slag gegaan, elk met een bestuurder als "
              f"voorzitter en met schoolleiders, ondersteuningscoördinatoren, een lid van de "
              f"ondersteuningsplanraad en een beleidsmedewerker van het bureau. De werkgroepen kwamen ieder "
              f"vijf keer bijeen."),
        ("p", f"In oktober 2025 hebben we in drie regiobijeenkomsten in {c['gemeenten']} de eerste "
              f"conceptteksten besproken met ruim honderd professionals. De opbrengst van die avonden is "
              f"verwerkt in de tweede conceptversie. Daarnaast hebben we de teksten laten lezen door een "
              f"klankbordgroep van leerlingen uit verschillende leerjaren, die ons vooral hielpen om de taal "
              f"begrijpelijker te maken. Alle verslagen zijn op te vragen bij het bureau."),
        ("p", "Het plan is bewust compacter dan het vorige. Wat jaarlijks verandert, zoals activiteiten en "
              "planningen, staat in het jaarplan. Dit plan bevat de afspraken voor de langere termijn. Waar "
              "nodig wordt het plan tussentijds gewijzigd; een wijziging volgt dezelfde route van "
              "instemming als het plan zelf."),
    ]


def kennisdeling(c):
    return [
        ("h1", "Kennisdeling en deskundigheidsbevordering"),
        ("p", "Kennis over passend onderwijs zit verspreid over de scholen. Om die kennis te delen organiseert "
              "het samenwerkingsverband jaarlijks een regionale studiedag voor alle docenten en "
              "ondersteuners, met workshops die door collega's zelf worden gegeven. In 2025 trok de studiedag "
              "ruim zeshonderd deelnemers. Daarnaast is er een digitale kennisbank met voorbeelden uit de "
              "praktijk, lesmateriaal en handreikingen."),
        ("p", "Scholen kunnen bij elkaar op bezoek gaan in het programma 'Kijken in de keuken'. Een "
              "docententeam bezoekt dan een andere school en bespreekt na afloop wat het heeft gezien. "
              "Dit programma wordt gecoördineerd door een beleidsmedewerker van het bureau. Ook de "
              "schoolleiders hebben een eigen leernetwerk, dat vier keer per jaar bijeenkomt rondom een "
              "thema dat zij zelf kiezen, zoals teamontwikkeling of de inrichting van het mentoraat."),
        ("p", "Het bureau stelt jaarlijks een professionaliseringsagenda op. Die wordt besproken in het "
              "directeurenoverleg en ligt ter inzage voor de medezeggenschap. Nieuwe medewerkers van het "
              "bureau volgen een inwerkprogramma waarin zij alle scholen bezoeken."),
    ]


def arbeidsmarkt(c):
    return [
        ("h1", "Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        ("p", "Voor jongeren is het voortgezet onderwijs een tussenstation. De scholen werken samen met de "
              "mbo-instellingen in de regio aan doorlopende leerroutes, zoals de vakroutes techniek en zorg. "
              "Loopbaanoriëntatie en -begeleiding is op alle scholen onderdeel van het mentoraat. Met het "
              "regionale werkgeversservicepunt zijn afspraken gemaakt over stageplaatsen."),
        ("p", "De overstap naar het mbo verloopt via de regionale overstapservice. Scholen dragen dossiers "
              "digitaal over, met toestemming van de leerling of, bij minderjarigen, van de ouders. Het "
              "samenwerkingsverband is hierin geen partij, maar volgt de afspraken in het regionale overleg "
              "tussen vo en mbo."),
    ]


def huisvesting_po(c):
    return [
        ("h1", "Kleine scholen, huisvesting en bereikbaarheid"),
        ("p", "In het landelijke deel van de regio staan veel kleine basisscholen, soms met minder dan vijftig "
              "leerlingen. Deze scholen zijn belangrijk voor de leefbaarheid van de dorpen, maar hebben ook te "
              "maken met combinatieklassen en een kwetsbare bezetting. De besturen overleggen met de "
              "gemeenten in het kader van het integraal huisvestingsplan over de toekomst van deze scholen. "
              "Het samenwerkingsverband is bij dat overleg toehoorder."),
        ("p", "De afstanden in de regio zijn groot. Voor kinderen die een school buiten hun eigen dorp bezoeken, "
              "is de bereikbaarheid een aandachtspunt. Het leerlingenvervoer is een taak van de gemeenten en "
              "valt buiten dit plan. Wel signaleert het bureau knelpunten die scholen melden, zodat die in het "
              "reguliere overleg met de gemeenten kunnen worden besproken."),
        ("p", "Tot slot vraagt de spreiding van de scholen om slimme keuzes bij bijeenkomsten en scholing. Het "
              "bureau organiseert daarom bijeenkomsten afwisselend in het noorden en het zuiden van de regio "
              "en biedt veel scholing ook online aan, zodat leerkrachten van kleine scholen niet een halve "
              "dag kwijt zijn aan reistijd."),
        ("p", "Ook de digitale bereikbaarheid verdient aandacht. Niet alle dorpsscholen beschikken over een "
              "snelle en stabiele internetverbinding, wat online overleg en het digitaal uitwisselen van "
              "dossiers bemoeilijkt. De besturen hebben afgesproken dit in 2026 gezamenlijk te "
              "inventariseren en waar nodig met de gemeenten en de provincie naar oplossingen te zoeken. "
              "Tot die tijd kunnen scholen voor overleggen gebruikmaken van de vergaderruimte van het bureau."),
    ]


def krimp_vo(c):
    return [
        ("h2", "Krimp als gezamenlijke opgave"),
        ("p", "De daling van het aantal leerlingen raakt alle besturen. Kleinere scholen kunnen minder "
              "keuzevakken aanbieden en hebben meer moeite om specialistische docenten te behouden. De "
              "besturen hebben daarom in 2025 een regionaal onderwijsoverleg ingericht, los van het "
              "samenwerkingsverband, waarin zij afspraken maken over het profielaanbod en over de "
              "gezamenlijke inzet van docenten in tekortvakken. Het samenwerkingsverband volgt deze "
              "gesprekken, omdat keuzes over het onderwijsaanbod ook gevolgen hebben voor de plekken waar "
              "leerlingen naartoe kunnen. Een eerste verkenning wordt in het najaar van 2026 besproken."),
        ("p", "Krimp biedt ook kansen. Klassen worden kleiner, er komt ruimte in gebouwen vrij en scholen "
              "zoeken elkaar vaker op. Die beweging willen we benutten, zonder vooruit te lopen op de "
              "besluiten die de besturen zelf nemen over hun onderwijsaanbod en hun gebouwen."),
    ]


def begrippen(rows):
    return [("h1", "Begrippenlijst en afkortingen"), ("table", [["Begrip", "Betekenis"]] + rows)]


GLOSS_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek is."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke informatie en steun voor ouders en jongeren."],
    ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
    ["OPDC", "Orthopedagogisch-didactisch centrum."],
    ["OPR", "Ondersteuningsplanraad."],
    ["PrO", "Praktijkonderwijs."],
    ["Terugplaatsing", "Overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs."],
    ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen verdeelt."],
    ["VSO", "Voortgezet speciaal onderwijs."],
]


# ---------------------------------------------------------------------------
# Plan 1: small VO verband, .docx
# ---------------------------------------------------------------------------
C1 = dict(
    naam="Samenwerkingsverband VO Zaanvliet", kort="SWV Zaanvliet", code="VO 27-91",
    periode="2026-2030", gemeenten="Zaanvliet, Oostwaard en Kreekdijk", nbesturen="vier", nscholen="zes",
    regio_tekst="Het is een klein verband: er zijn drie scholen voor vmbo/havo/vwo, één school voor "
                "praktijkonderwijs en twee vso-locaties, waarvan één buiten de regio maar met veel leerlingen uit "
                "onze gemeenten.",
    kengetallen=[["Leerlingen regulier vo", "3.884", "3.861", "3.812"],
                 ["Leerlingen praktijkonderwijs", "164", "171", "168"],
                 ["Leerlingen vso (uit de regio)", "118", "121", "127"],
                 ["Aantal scholen en vestigingen", "6", "6", "6"]],
    krimp="licht zal dalen, met ongeveer één procent per jaar", bestuurder="M. Hoekstra-de Wit",
    rechtsvorm="stichting", bestuursvorm="een algemeen bestuur van de vier bestuurders en een onafhankelijk "
    "voorzitter; het toezicht is belegd bij het algemeen bestuur zelf (one-tier model)",
    opr_leden="acht", opr_datum_concept="14 januari 2026", opr_datum="4 maart 2026",
    oogo_datum="10 februari 2026", ander_swv="SWV PO Zaanvliet en Waterland", overgang="po naar vo",
    vaststelling="18 maart 2026",
)


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Zaanvliet"),
         ("p", "Samen sterk voor iedere leerling - VO 27-91 - vastgesteld door het algemeen bestuur op 18 maart 2026"),
         ("toc", ["Voorwoord", "Het samenwerkingsverband in cijfers", "Visie, missie en ambities",
                  "Basisondersteuning: wat elke school biedt", "Extra ondersteuning en het ondersteuningsaanbod",
                  "Toelaatbaarheid vso, lwoo en pro", "Terugplaatsing", "Resultaten en ambities",
                  "Communicatie", "Geld en middelen", "Organisatie en governance",
                  "Medezeggenschap", "OOGO", "Personeel", "ICT en privacy", "Planning",
                  "Begrippenlijst"]),
         ("pagebreak", None)]
    b += voorwoord(c) + leeswijzer(c) + totstandkoming(c) + context(c) + visie_missie(c)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "De besturen van SWV Zaanvliet hebben in 2025 opnieuw afgesproken welke ondersteuning iedere "
              "vestiging in het verband minimaal biedt. Dit afgesproken niveau noemen we de basisondersteuning. "
              "Het geldt voor alle zes scholen, ook voor de school voor praktijkonderwijs, en het is voor een "
              "leerling niet nodig om er iets voor aan te vragen. Een school mag meer bieden dan dit niveau, "
              "maar niet minder. Het niveau is vastgelegd in een bestuurlijke afspraak die deel uitmaakt van dit "
              "plan."),
        ("p", "Wat mag u als ouder van elke school verwachten? De tabel hieronder geeft de afspraken weer."),
        ("table", [["Onderdeel", "Wat elke school in het verband biedt"],
                   ["Ondersteuningsstructuur", "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, een "
                    "intern ondersteuningsteam dat minstens zes keer per jaar overlegt, en een vaste mentor per klas."],
                   ["Dyslexie en dyscalculie", "Werken volgens het regionale protocol, met vergroot lettertype, extra tijd en "
                    "voorleessoftware bij toetsen voor iedere leerling met een verklaring."],
                   ["Sociaal-emotionele ontwikkeling", "Een sociale-veiligheidsmonitor, een antipestcoördinator en een "
                    "faalangstreductietraining in leerjaar 1 en 2."],
                   ["Executieve functies", "Huiswerkbegeleiding en planningscoaching op school, tenminste twee middagen per week."],
                   ["Time-out en opvang", "Een vaste opvangruimte met begeleiding gedurende alle lesuren."],
                   ["Medisch handelen", "Een protocol medisch handelen en een aanspreekpunt voor leerlingen met een "
                    "chronische ziekte."],
                   ["Samenwerking", "Een schoolmaatschappelijk werker en een jeugdarts die op vaste momenten op school zijn."]]),
        ("p", "Een leerling die meer nodig heeft dan dit, komt in aanmerking voor extra ondersteuning. De school "
              "bespreekt de leerling dan in het ondersteuningsteam en stelt een ontwikkelingsperspectief op."),
        ("h1", "Extra ondersteuning en het ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod in Zaanvliet is opgebouwd in vier niveaus die op elkaar aansluiten. "
              "Niveau 1 is de basisondersteuning op iedere school. Niveau 2 omvat de schoolarrangementen: "
              "ondersteuning die een school met middelen van het verband zelf organiseert, bijvoorbeeld een "
              "trajectklas of een plusklas voor leerlingen met autisme. Niveau 3 zijn de bovenschoolse "
              "arrangementen: het OPDC 'De Overstap', waar leerlingen voor maximaal twee periodes van twaalf "
              "weken terechtkunnen, en de rebound-voorziening. Niveau 4 is het voortgezet speciaal onderwijs en "
              "het praktijkonderwijs."),
        ("p", "Tussen de niveaus bestaan vaste verbindingen. Een leerling in het OPDC blijft ingeschreven op "
              "de eigen school. Het OPDC werkt met een handelingsplan dat samen met de mentor van de school "
              "wordt opgesteld. De vso-scholen bieden ambulante consultatie aan de reguliere scholen. Zo "
              "vormen basis-, extra en specialistische ondersteuning één samenhangend geheel."),
    ]
    b += thuiszitters_passend(c)
    b += [
        ("p", "Samen met de gemeenten blijven we zoeken naar oplossingen. We zetten in op goede gesprekken en "
              "waar mogelijk maatwerk."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het voortgezet "
              "speciaal onderwijs en over de toewijzing van leerwegondersteuning en praktijkonderwijs. De "
              "procedure is voor alle drie dezelfde en verloopt in vijf stappen."),
        ("bullets", [
            "Stap 1. De school waar de leerling is ingeschreven of aangemeld, bespreekt de leerling met de ouders en in "
            "het ondersteuningsteam. Ouders geven hun zienswijze schriftelijk.",
            "Stap 2. Het schoolbestuur dient de aanvraag in bij het Loket van het samenwerkingsverband, met het "
            "ontwikkelingsperspectief, het onderwijskundig rapport en de zienswijze van ouders.",
            "Stap 3. Het Loket controleert binnen vijf werkdagen of het dossier volledig is.",
            "Stap 4. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
            "psycholoog van het bureau en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld "
            "een kinder- en jeugdpsychiater of een maatschappelijk werker). Zij zijn niet betrokken geweest bij "
            "de aanvraag.",
            "Stap 5. De directeur-bestuurder neemt binnen zes weken na ontvangst van het volledige dossier een "
            "besluit en stuurt dit aan school en ouders.",
        ]),
        ("p", "De criteria voor toelaatbaarheid tot het vso, en de afwegingskaders voor lwoo en pro, worden in "
              "het schooljaar 2026-2027 in een afzonderlijke notitie uitgewerkt en daarna aan het bestuur "
              "voorgelegd. Tot die tijd beslist het Loket per geval."),
        ("h1", "Terugplaatsing"),
        ("p", "P.m. Deze paragraaf wordt aangevuld zodra de gesprekken met de vso-scholen over de "
              "gezamenlijke werkwijze zijn afgerond."),
        ("h1", "Resultaten en ambities"),
        ("p", "Voor deze planperiode heeft het bestuur de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("bullets", [
            "In 2030 stroomt ten minste 85 procent van de leerlingen die een OPDC-traject volgen binnen zes maanden "
            "terug naar een reguliere klas op de eigen school.",
            "Het aantal leerlingen dat zonder startkwalificatie het onderwijs verlaat daalt van 31 (2024-2025) naar "
            "hoogstens 20 per jaar.",
            "Elke leerling met een ontwikkelingsperspectief heeft binnen zes weken na de start van het arrangement "
            "een besproken en ondertekend plan.",
            "Het deelnamepercentage vso blijft onder de 3,2 procent.",
        ]),
        ("p", "Hoe wij deze resultaten gaan volgen, en met welke instrumenten, werken we in het eerste jaar van de "
              "planperiode uit met de kwaliteitsmedewerkers van de besturen."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert via "
              "de website, een nieuwsbrief voor professionals en sociale media."),
        ("h2", "Informatie voor ouders"),
        ("p", "Ouders vinden op de website van het verband een apart deel 'Voor ouders' met uitleg over de "
              "ondersteuning op iedere school, over arrangementen en over de toelaatbaarheidsprocedure. Elke "
              "school neemt in de schoolgids een hoofdstuk op over de ondersteuning die zij biedt. Ieder najaar "
              "organiseert het verband twee informatieavonden voor ouders van leerlingen in groep 8 en in de "
              "brugklas, en er is een folder 'Extra hulp op school' in het Nederlands, Engels, Arabisch en "
              "Pools die via de mentoren wordt verspreid."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Ouders en leerlingen die vragen hebben of het niet eens zijn met de school of met het verband, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt Zaan (telefonisch op werkdagen en via een "
              "inloopspreekuur op woensdag). Het steunpunt is ondergebracht bij een onafhankelijke stichting en "
              "werkt alleen in het belang van de jongere. Daarnaast kunnen ouders gratis een beroep doen op de "
              "landelijke onderwijsconsulenten, en bij een geschil over toelating of verwijdering op de "
              "Geschillencommissie passend onderwijs."),
        ("h1", "Geld en middelen"),
        ("p", "SWV Zaanvliet ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning en de "
              "middelen voor lwoo en pro. De middelen worden volgens een vast model verdeeld."),
        ("bullets", [
            "Na aftrek van de afdracht aan het vso gaat 72 procent van de middelen lichte ondersteuning als "
            "schoolbudget naar de besturen, verdeeld naar rato van het aantal leerlingen op 1 oktober "
            "(in 2026 ongeveer EUR 148 per leerling).",
            "De lwoo- en pro-middelen worden volledig doorgegeven aan de scholen op basis van het aantal "
            "toegewezen leerlingen op 1 oktober.",
            "Het OPDC en de rebound worden centraal bekostigd; scholen betalen geen eigen bijdrage.",
            "Voor individuele arrangementen vraagt een school een bedrag aan bij het Loket; het Loket toetst "
            "aan het ontwikkelingsperspectief en kent maximaal EUR 6.500 per leerling per jaar toe.",
        ]),
        ("table", [["Meerjarenbegroting (x EUR 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "6.410", "6.352", "6.298", "6.240"],
                   ["Afdracht vso (DUO)", "2.215", "2.240", "2.262", "2.280"],
                   ["Schoolbudgetten besturen", "2.995", "2.950", "2.905", "2.862"],
                   ["OPDC en rebound", "610", "615", "620", "625"],
                   ["Individuele arrangementen", "240", "240", "240", "240"],
                   ["Bureau en personeel", "398", "402", "406", "410"],
                   ["Saldo", "-58", "-95", "-135", "-177"]]),
        ("p", "Het negatieve saldo is bewust gekozen: het verband bouwt daarmee de reserve af tot het niveau "
              "dat de risicoanalyse noodzakelijk acht."),
    ]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + aansluiting(c) + arbeidsmarkt(c) + planning(c)
    b += begrippen(GLOSS_VO)
    return b


# ---------------------------------------------------------------------------
# Plan 2: large VO verband, .docx + .pdf (same text)
# ---------------------------------------------------------------------------
C2 = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Rijnstroom-Midden", kort="SWV Rijnstroom-Midden",
    code="VO 26-14", periode="2026-2030",
    gemeenten="Rijnstroom, Amerhoven, Lekkerveld, Bosschenoord, Vaartwijk en Zuid-Gelderwaard",
    nbesturen="veertien", nscholen="31",
    regio_tekst="Het gaat om een groot en divers gebied, met een stedelijke kern en een uitgestrekt "
                "platteland. Er zijn 24 scholen voor regulier voortgezet onderwijs, vier scholen voor "
                "praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs.",
    kengetallen=[["Leerlingen regulier vo", "23.120", "23.305", "23.410"],
                 ["Leerlingen met lwoo", "2.310", "2.284", "2.251"],
                 ["Leerlingen praktijkonderwijs", "812", "826", "841"],
                 ["Leerlingen vso", "702", "714", "733"]],
    krimp="in de stad nog licht groeit en op het platteland daalt", bestuurder="drs. R.J. Okkerse",
    rechtsvorm="vereniging", bestuursvorm="de algemene ledenvergadering van de veertien besturen; het "
    "toezicht ligt bij een raad van toezicht van vijf onafhankelijke leden",
    opr_leden="zestien", opr_datum_concept="9 december 2025", opr_datum="24 februari 2026",
    oogo_datum="27 januari 2026", ander_swv="Samenwerkingsverband PO Rijnstroom en Lekkerveld",
    overgang="po naar vo en van vo naar mbo", vaststelling="12 maart 2026",
)


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs Rijnstroom-Midden (VO 26-14)"),
         ("p", "Iedere jongere een passende plek - definitieve versie, maart 2026"),
         ("toc", ["Voorwoord", "Samenvatting", "Het samenwerkingsverband in cijfers", "Visie, missie en ambities",
                  "Het ondersteuningscontinuüm: basisondersteuning, extra ondersteuning en vso",
                  "Ondersteuningstoewijzing (TLV, lwoo, pro) en terugplaatsing",
                  "Dekkend aanbod en thuiszitters", "Samenwerking met gemeenten en jeugdhulp",
                  "Kwaliteit en resultaten", "Ouders en leerlingen", "Financiën en meerjarenbegroting",
                  "Organisatie en governance", "Medezeggenschap", "Personeel", "Privacy",
                  "Planning", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += voorwoord(c)
    b += [("h1", "Samenvatting"),
          ("p", "Dit plan beschrijft hoe de veertien besturen in Rijnstroom-Midden de komende vier jaar samen "
                "zorgen voor passend onderwijs. We zetten de ingezette koers voort: ondersteuning zo dicht "
                "mogelijk bij de klas, een stevig dekkend netwerk, heldere toewijzing en meer aandacht voor "
                "de terugkeer van leerlingen uit het vso. Nieuw is het dashboard passend onderwijs, waarmee "
                "we onze resultaten voortaan twee keer per jaar openbaar maken. Over de middelen maken we "
                "heldere afspraken met de besturen.")]
    b += context(c) + visie_missie(c)
    b += [
        ("h1", "Het ondersteuningscontinuüm: basisondersteuning, extra ondersteuning en vso"),
        ("h2", "Basisondersteuning"),
        ("p", "In Rijnstroom-Midden geldt één niveau van basisondersteuning voor alle 31 scholen en al hun "
              "vestigingen, inclusief het praktijkonderwijs en de scholen voor vso. Het is de ondergrens die het "
              "bestuur van het verband heeft vastgesteld: geen school biedt minder, en de leerling hoeft er geen "
              "aanvraag voor te doen. Het niveau is een gezamenlijke afspraak van de besturen."),
        ("p", "De concrete invulling van de basisondersteuning verschilt per school en staat in het "
              "schoolondersteuningsprofiel en de schoolgids van iedere school. Deze zijn te vinden op de "
              "websites van de scholen."),
        ("p", "Het samenwerkingsverband toetst elk jaar bij twee van de vier scholen per bestuur of de "
              "schoolgids het afgesproken niveau weergeeft. De uitkomst wordt besproken met de "
              "bestuurder; bij een tekortkoming maakt de school binnen drie maanden een verbeterplan."),
        ("h2", "Extra ondersteuning en arrangementen"),
        ("p", "Boven de basisondersteuning staat de extra ondersteuning. Elke school krijgt een budget voor "
              "lichte ondersteuning waaruit zij eigen arrangementen bekostigt, zoals een trajectvoorziening of "
              "een prikkelarme klas. Wanneer de school handelingsverlegen is, kan zij een bovenschools "
              "arrangement aanvragen: het OPDC in Rijnstroom (drie locaties), de Herstart-klas voor "
              "leerlingen met langdurig verzuim en het hoogbegaafdheidsprogramma Plus op twee scholen."),
        ("h2", "Speciaal onderwijs"),
        ("p", "De drie vso-scholen in de regio vormen het meest specialistische deel van het continuüm. Zij "
              "werken met de reguliere scholen samen in 'tussenvormen': vso-docenten geven les op een reguliere "
              "school, en vso-leerlingen volgen vakken op een reguliere school. Zo ontstaat een samenhangend "
              "geheel van voorzieningen binnen en tussen scholen."),
        ("h1", "Ondersteuningstoewijzing (TLV, lwoo, pro) en terugplaatsing"),
        ("h2", "Hoe verloopt de aanvraag?"),
        ("p", "De school waar de leerling staat ingeschreven, of de school waar hij is aangemeld, vraagt via het "
              "digitale loket van het verband een toelaatbaarheidsverklaring vso, een aanwijzing lwoo of een "
              "toelaatbaarheidsverklaring pro aan. De aanvraag bevat het groeidocument, de resultaten van de "
              "toetsen en de zienswijze van de ouders. De Commissie Toewijzing, bestaande uit een "
              "orthopedagoog-generalist en een GZ-psycholoog, beoordeelt de aanvraag. Beide deskundigen "
              "schrijven een eigen advies. Bij een vso-aanvraag wordt, waar nodig, een derde deskundige "
              "(kinderpsychiater of jeugdarts) ingeschakeld. De directeur-bestuurder besluit binnen zes "
              "weken; bij lwoo en pro binnen vier weken, en voor aanvragen vanuit groep 8 uiterlijk 1 maart."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("table", [["Voorziening", "Criteria"],
                   ["vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van de basis- en extra "
                    "ondersteuning én van een bovenschools arrangement aantoonbaar overstijgt; er is ten minste "
                    "een half jaar met een ontwikkelingsperspectief gewerkt en geëvalueerd; en de ondersteuning "
                    "vereist een combinatie van onderwijs en zorg, een kleine groep en specialistische expertise "
                    "die op een reguliere school niet te organiseren is."],
                   ["lwoo", "De landelijke criteria: IQ tussen 75 en 90 met een achterstand van 25 tot 50 procent op "
                    "ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen, of IQ 91-120 "
                    "met die achterstand én een sociaal-emotionele problematiek."],
                   ["pro", "De landelijke criteria: IQ 55-80 en een leerachterstand van 50 procent of meer op ten "
                    "minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."]]),
        ("h2", "Duur, bekostigingscategorie en bezwaar"),
        ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, midden of "
              "hoog, afhankelijk van de aard van de problematiek (categorie midden en hoog bij lichamelijke of "
              "meervoudige beperkingen). Een TLV pro en een aanwijzing lwoo gelden voor de gehele "
              "schoolloopbaan. Ouders en school die het oneens zijn met een besluit kunnen binnen zes weken "
              "bezwaar maken; het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert."),
        ("h2", "Terugplaatsing naar het regulier onderwijs"),
        ("p", "Het uitgangspunt van ons beleid is dat het vso een tijdelijke plek kan zijn. Wij willen dat "
              "iedere vso-leerling bij wie dat verantwoord is, binnen de planperiode de overstap naar het "
              "regulier vo kan maken. Voorwaarden daarvoor zijn dat de leerling het onderwijsprogramma van de "
              "ontvangende school kan volgen, dat de ondersteuning die hij nodig heeft binnen de basis- of "
              "extra ondersteuning past en dat ouders en leerling de overstap willen."),
        ("p", "Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende het eerste jaar na de "
              "overstap is een begeleider van de vso-school wekelijks beschikbaar, en de ontvangende school "
              "ontvangt hiervoor EUR 4.000 uit het centrale budget. Hoe de overstap zelf precies verloopt "
              "(wie het initiatief neemt, de evaluatiemomenten en de rol van de Commissie Toewijzing aan het "
              "einde van de TLV) leggen we in de loop van 2027 vast in een convenant met de vso-scholen."),
        ("h1", "Dekkend aanbod en thuiszitters"),
        ("p", "Een dekkend aanbod betekent voor ons dat geen jongere in de regio zonder passende plek zit. "
              "Het bureau houdt een actueel overzicht bij van alle leerlingen die langer dan vier weken "
              "niet naar school gaan, gevoed door de meldingen van de leerplichtambtenaren en de scholen. "
              "Deze leerlingen worden binnen twee weken besproken in het Thuiszittersoverleg, waarin de "
              "school, de leerplicht, het wijkteam en een consulent van het verband zitten."),
        ("p", "Als de scholen en het wijkteam er na acht weken niet uitkomen, neemt de directeur-bestuurder de "
              "regie: hij kan een school aanwijzen die de leerling plaatst en zo nodig een arrangement "
              "bekostigen. Eens per jaar analyseert het verband met de besturen welke groepen leerlingen "
              "structureel tussen wal en schip vallen. Die analyse leidde in 2024 tot de Herstart-klas en in "
              "2025 tot uitbreiding van het aanbod voor hoogbegaafde leerlingen."),
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Met de zes gemeenten is een gezamenlijke agenda opgesteld. Daarin staan afspraken over de "
              "inzet van schoolmaatschappelijk werk, over onderwijs-zorgarrangementen op de vso-scholen en "
              "over het leerlingenvervoer. In elke school is een vaste contactpersoon van het wijkteam."),
    ]
    b += oogo(c)
    b += [
        ("h1", "Kwaliteit en resultaten"),
        ("p", "De beoogde resultaten voor deze planperiode staan in de tabel hieronder."),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Minder thuiszitters", "Leerlingen langer dan 4 weken zonder onderwijs op 1 oktober", "47", "max. 25"],
                   ["Meer terugkeer uit vso", "Overstappen vso naar regulier vo per jaar", "11", "25"],
                   ["Tijdige toewijzing", "Aandeel besluiten binnen de termijn", "81%", "98%"],
                   ["Diploma's", "Aandeel vso-leerlingen in uitstroomprofiel vervolgonderwijs met diploma", "54%", "65%"],
                   ["Tevredenheid ouders", "Gemiddeld cijfer in ouderpeiling", "6,8", "7,5"]]),
        ("p", "De voortgang wordt gemeten in het dashboard passend onderwijs, dat de gegevens van DUO, de "
              "leerplichtadministraties en de eigen registratie combineert. Twee keer per jaar bespreekt het "
              "bestuur de uitkomsten; in het jaarverslag rapporteren we de bereikte resultaten per doel, met "
              "een toelichting bij afwijkingen en de kosten. Halverwege de planperiode laat het verband een "
              "externe tussenevaluatie uitvoeren."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen worden op verschillende manieren geïnformeerd over de ondersteuning in de "
              "regio. De website van het verband heeft een ouderportaal met uitleg, filmpjes en een "
              "zoekfunctie die per school toont welke arrangementen er zijn. Jaarlijks in oktober verschijnt "
              "de 'Gids passend onderwijs' die via de basisscholen aan alle ouders van groep 8 wordt "
              "uitgereikt. Ook staat in de schoolgids van iedere school een vaste paragraaf over het "
              "samenwerkingsverband."),
        ("p", "Het wettelijk voorgeschreven ouder- en jeugdsteunpunt wordt in het schooljaar 2026-2027 "
              "ingericht. Tot die tijd kunnen ouders met vragen terecht bij de ondersteuningscoördinator "
              "van de school van hun kind of bij de consulent van het verband."),
        ("p", "Ouders zijn voor ons gelijkwaardige partners. Zij worden betrokken bij het opstellen van het "
              "ontwikkelingsperspectief, en leerlingen hebben hoorrecht."),
        ("h1", "Financiën en meerjarenbegroting"),
        ("h2", "Verdeling van de middelen"),
        ("p", "Het verband verdeelt de middelen volgens het verdeelmodel 2026, dat door de algemene "
              "ledenvergadering is vastgesteld. Van de middelen lichte ondersteuning gaat een vaste voet van "
              "EUR 25.000 naar iedere school en de rest naar rato van het aantal leerlingen op 1 oktober. De "
              "middelen zware ondersteuning worden, na de verplichte afdracht aan DUO voor de vso-leerlingen, "
              "ingezet voor de bovenschoolse arrangementen (OPDC, Herstart-klas, Plus) en voor een "
              "solidariteitsbudget dat het bureau op aanvraag toekent aan scholen met een relatief hoog "
              "aantal leerlingen met een ontwikkelingsperspectief. De lwoo- en pro-middelen gaan per "
              "toegewezen leerling naar de school."),
        ("p", "Scholen verantwoorden de inzet van hun budget in een jaarlijkse rapportage volgens een vast "
              "format. De meerjarenbegroting wordt jaarlijks in december afzonderlijk vastgesteld en is na "
              "vaststelling te vinden op onze website."),
    ]
    b += governance(c) + opr(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + aansluiting(c) + arbeidsmarkt(c) + planning(c)
    b += begrippen(GLOSS_VO + [["Commissie Toewijzing", "Commissie van deskundigen die adviseert over TLV, lwoo en pro."],
                               ["Dashboard", "Overzicht van de resultaten passend onderwijs van het verband."]])
    return b


# ---------------------------------------------------------------------------
# Plan 3: PO verband, .pdf only (rendered from a temporary .docx)
# ---------------------------------------------------------------------------
C3 = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs De Kempenbogen", kort="SWV De Kempenbogen",
    code="PO 30-08", periode="2026-2030", gemeenten="Kempenbogen, Heidebeek, Veldhoven-Zuid en Aarle-Loon",
    nbesturen="negen", nscholen="58",
    regio_tekst="Binnen het verband liggen 54 basisscholen, twee scholen voor speciaal basisonderwijs en twee "
                "locaties voor speciaal onderwijs (cluster 3 en cluster 4).",
    kengetallen=[["Leerlingen basisonderwijs", "11.940", "11.802", "11.691"],
                 ["Leerlingen sbo", "262", "270", "268"],
                 ["Leerlingen so", "158", "161", "166"],
                 ["Aantal basisscholen", "55", "54", "54"]],
    krimp="verder zal dalen, vooral in de kleine kernen", bestuurder="J. van der Heijden",
    rechtsvorm="stichting", bestuursvorm="een bestuur van negen bestuurders; het intern toezicht ligt bij een "
    "toezichthoudend orgaan van drie onafhankelijke leden",
    opr_leden="twaalf", opr_datum_concept="20 januari 2026", opr_datum="10 maart 2026",
    oogo_datum="3 februari 2026", ander_swv="Samenwerkingsverband VO Kempen en Peel",
    overgang="de voorschoolse periode naar groep 1 en van groep 8 naar het vo", vaststelling="19 maart 2026",
)


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan De Kempenbogen 2026-2030"),
         ("p", "Samenwerkingsverband PO 30-08 - Samen zorgen dat elk kind kan meedoen"),
         ("toc", ["Voorwoord", "Kengetallen", "Visie en ambities", "Wat elke school biedt",
                  "Toelaatbaarheid sbo en so, terugkeer naar de basisschool", "Zorgplicht en thuiszitters",
                  "Bekostiging van de ondersteuning", "Resultaten en kwaliteitszorg", "Ouders",
                  "Organisatie", "Medezeggenschap", "OOGO", "Personeel", "Privacy", "Planning",
                  "Begrippen"]),
         ("pagebreak", None)]
    b += voorwoord(c) + leeswijzer(c) + totstandkoming(c) + context(c) + visie_missie(c)
    b += [
        ("h1", "Wat elke school biedt"),
        ("p", "Alle 54 basisscholen van De Kempenbogen, en ook de sbo-scholen, bieden minimaal het niveau van "
              "ondersteuning dat de besturen in het Referentiekader Kempenbogen hebben afgesproken. Wij noemen "
              "dat de 'gemeenschappelijke bodem'. Voor ouders betekent dit: op welke school uw kind ook zit, "
              "de volgende ondersteuning is er altijd, zonder dat er iets voor aangevraagd hoeft te worden."),
        ("bullets", [
            "een intern begeleider met ten minste één dag per week per 100 leerlingen;",
            "handelingsgericht werken met groepsbesprekingen drie keer per jaar en een leerlingvolgsysteem;",
            "een dyslexieprotocol tot en met het aanvragen van diagnostiek, en een dyscalculieprotocol;",
            "een aanbod voor kinderen die meer aankunnen: verrijkingsmateriaal in de klas en een plusgroep per "
            "bestuur;",
            "een methode voor sociaal-emotioneel leren en een antipestprotocol;",
            "taalondersteuning voor nieuwkomers via de schakelklas in Kempenbogen-centrum;",
            "afspraken over medisch handelen en over de samenwerking met het consultatiebureau en de jeugdarts.",
        ]),
        ("h1", "Toelaatbaarheid sbo en so, terugkeer naar de basisschool"),
        ("p", "Hoe een school een toelaatbaarheidsverklaring (TLV) aanvraagt, welke stukken daarvoor nodig zijn "
              "en welke termijnen gelden, leest u op www.kempenbogen-po.nl/tlv. Hieronder beschrijven we de "
              "criteria waarop de TLV-commissie haar besluit baseert."),
        ("h2", "Criteria voor het speciaal basisonderwijs"),
        ("p", "Een leerling is toelaatbaar tot het sbo wanneer (a) de basisschool met inzet van de "
              "basisondersteuning en ten minste één arrangement gedurende minimaal twintig weken heeft "
              "gewerkt aan de doelen uit het ontwikkelingsperspectief, (b) de leerling op twee of meer "
              "leergebieden een achterstand heeft van meer dan een jaar ten opzichte van zijn leeftijdgenoten "
              "of zijn sociaal-emotionele ontwikkeling het leren ernstig belemmert, en (c) de leerling baat "
              "heeft bij een kleinere groep met een specialistisch pedagogisch klimaat."),
        ("h2", "Criteria voor het speciaal onderwijs"),
        ("p", "Voor het so (cluster 3 en 4) geldt dat de leerling daarnaast een intensieve en structurele "
              "combinatie van onderwijs en zorg nodig heeft, die ook in het sbo niet geboden kan worden. Bij "
              "cluster 3 gaat het om een verstandelijke, lichamelijke of meervoudige beperking of langdurige "
              "ziekte; bij cluster 4 om ernstige gedrags- of psychiatrische problematiek. De commissie "
              "bepaalt de bekostigingscategorie (laag, midden of hoog) aan de hand van de beperking. Een TLV "
              "wordt afgegeven tot het einde van het schooljaar waarin de leerling 12 jaar wordt, tenzij de "
              "commissie een kortere termijn nodig acht."),
        ("h2", "Terugkeer naar de basisschool"),
        ("p", "Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Het beleid van De "
              "Kempenbogen is dat bij iedere leerling in het speciaal (basis)onderwijs jaarlijks wordt "
              "bekeken of terugkeer naar een basisschool mogelijk is. Terugkeer is aan de orde wanneer de "
              "doelen van het ontwikkelingsperspectief zijn bereikt en de basisschool met de "
              "basisondersteuning en hooguit een arrangement de leerling verder kan helpen. Na de terugkeer "
              "blijft de sbo- of so-school een half jaar beschikbaar voor consultatie, en krijgt de "
              "basisschool een terugkeerbudget van EUR 2.500."),
        ("p", "De werkwijze is als volgt. De sbo- of so-school bespreekt in het voorjaar van elk schooljaar, "
              "in de evaluatie van het ontwikkelingsperspectief, met de ouders of terugkeer haalbaar is. "
              "Vindt de school dat dit zo is, dan neemt zij contact op met een basisschool naar keuze van de "
              "ouders. Samen stellen zij een overstapplan op met een wenperiode van vier tot zes weken. De "
              "TLV-commissie wordt geïnformeerd. Loopt de TLV af, dan beoordeelt de commissie uiterlijk in "
              "maart van het laatste jaar op verzoek van de sbo- of so-school of een nieuwe TLV nodig is; is "
              "dat niet zo, dan eindigt de TLV op 31 juli en start de leerling na de zomer op de basisschool."),
        ("h1", "Zorgplicht en thuiszitters"),
        ("p", "Iedere school heeft zorgplicht: zij moet een leerling die extra ondersteuning nodig heeft een "
              "passende plek bieden, op de eigen school of op een andere school. Lukt dat niet binnen de "
              "wettelijke termijn van zes weken (met eenmalig vier weken verlenging), dan meldt de school de "
              "leerling bij het Meldpunt Passende Plek van het verband. Het meldpunt roept binnen tien "
              "werkdagen een overleg bijeen met school, ouders, leerplicht en zo nodig de jeugdhulp."),
        ("p", "Kinderen die thuiszitten of dreigen thuis te zitten, worden maandelijks besproken in het "
              "regionale thuiszittersoverleg. Het verband houdt een lijst bij en rapporteert het aantal "
              "elk kwartaal aan de gemeenten. Als er in de regio voor een groep kinderen structureel geen "
              "passende plek is, maakt het bestuur met de gemeenten een plan voor een nieuwe voorziening."),
        ("h1", "Bekostiging van de ondersteuning"),
        ("p", "De ondersteuningsmiddelen worden verdeeld volgens drie regels. De afdracht voor so en sbo "
              "wordt eerst van de rijksbijdrage afgetrokken. Van het restant gaat 80 procent rechtstreeks naar "
              "de schoolbesturen, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. "
              "De overige 20 procent blijft bij het verband voor de TLV-commissie, de expertise van het bureau "
              "en een vangnetbudget voor scholen met een onvoorziene ondersteuningsvraag (aanvraag bij het "
              "bureau, besluit door de directeur-bestuurder binnen vier weken)."),
        ("table", [["Begroting (EUR)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "8.912.000", "8.840.000", "8.770.000", "8.695.000"],
                   ["Afdracht so en sbo", "3.604.000", "3.640.000", "3.660.000", "3.680.000"],
                   ["Budget schoolbesturen (80%)", "4.246.000", "4.160.000", "4.088.000", "4.012.000"],
                   ["TLV-commissie en bureau", "610.000", "620.000", "630.000", "640.000"],
                   ["Vangnetbudget", "300.000", "300.000", "300.000", "300.000"],
                   ["Terugkeerbudgetten", "40.000", "40.000", "40.000", "40.000"],
                   ["Resultaat", "112.000", "80.000", "52.000", "23.000"]]),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Resultaten zijn belangrijk. Welke resultaten wij in deze planperiode voor kinderen met een "
              "ondersteuningsbehoefte nastreven, en hoe wij die gaan meten en verantwoorden, stellen we in "
              "de loop van 2027 vast, nadat het nieuwe leerlingvolgsysteem bij alle besturen is ingevoerd."),
        ("h1", "Ouders"),
        ("p", "Samen met ouders bereiken we meer. Ouders kennen hun kind als geen ander. Het verband hecht "
              "eraan dat ouders zich welkom voelen op school."),
    ]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + aansluiting(c) + huisvesting_po(c) + planning(c)
    b += begrippen([
        ["Basisondersteuning", "Gemeenschappelijke bodem van ondersteuning op alle scholen."],
        ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders kosteloos helpt bij een vastgelopen situatie."],
        ["Ouder- en kindadviseur", "Medewerker die ouders informeert over passend onderwijs."],
        ["SBO", "Speciaal basisonderwijs."],
        ["SO", "Speciaal onderwijs."],
        ["Resultaten", "De opbrengsten van het onderwijs aan kinderen met een ondersteuningsbehoefte."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden."],
    ])
    return b


# ---------------------------------------------------------------------------
# Plan 4: VO verband, Markdown (web version of the plan)
# ---------------------------------------------------------------------------
C4 = dict(
    naam="Samenwerkingsverband VO Hollandse Delta-Noord", kort="SWV Delta-Noord", code="VO 28-06",
    periode="2026-2030", gemeenten="Maasdelta, Oud-Beijerwaard, Spijkenisse-Noord en Rozenhoek",
    nbesturen="zeven", nscholen="17",
    regio_tekst="Het verband telt veertien scholen voor regulier voortgezet onderwijs, één school voor "
                "praktijkonderwijs en twee vso-scholen, een voor cluster 3 en een voor cluster 4.",
    kengetallen=[["Leerlingen regulier vo", "10.420", "10.386", "10.301"],
                 ["Leerlingen met lwoo", "1.012", "998", "975"],
                 ["Leerlingen pro", "402", "397", "405"],
                 ["Leerlingen vso", "388", "401", "409"]],
    krimp="stabiel blijft", bestuurder="A. Bouzian", rechtsvorm="stichting",
    bestuursvorm="een bestuur van zeven bestuurders met een raad van toezicht van vier leden",
    opr_leden="veertien", opr_datum_concept="16 december 2025", opr_datum="17 februari 2026",
    oogo_datum="21 januari 2026", ander_swv="SWV PO Delta-Noord", overgang="po naar vo en van vo naar mbo",
    vaststelling="5 maart 2026",
)


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan SWV VO Hollandse Delta-Noord 2026-2030 (webversie)"),
         ("p", "*Deze webversie is gelijk aan de pdf-versie die op 5 maart 2026 door het bestuur is vastgesteld. "
               "Code samenwerkingsverband: VO 28-06.*"),
         ("toc", ["Voorwoord", "Delta-Noord in cijfers", "Visie en missie", "Basisondersteuning",
                  "Het aanbod na de basis", "Toewijzing: vso, lwoo en pro", "Overstap van vso naar regulier",
                  "Geen kind tussen wal en schip", "Monitoring en resultaten", "Voor ouders en jongeren",
                  "Financiën", "Organisatie", "Medezeggenschap en OOGO", "Personeel", "Privacy", "Planning",
                  "Begrippenlijst"])]
    b += voorwoord(c) + leeswijzer(c) + totstandkoming(c) + context(c) + visie_missie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De herijking van de basisondersteuning is een van de grote opdrachten voor deze planperiode. "
              "De landelijke norm basisondersteuning is in voorbereiding; zodra die bekend is, stellen wij in "
              "overleg met de scholen vast wat dit voor Delta-Noord betekent. Dit hoofdstuk wordt daarna "
              "aangevuld via een voortgangsparagraaf."),
        ("h1", "Het aanbod na de basis"),
        ("p", "Wanneer een school met haar eigen mogelijkheden niet verder komt, is er in Delta-Noord een "
              "trapsgewijs opgebouwd aanbod. Elke reguliere school heeft een of meer schoolarrangementen, "
              "zoals een tussenvoorziening of een klas met extra begeleiding voor leerlingen met autisme; in "
              "de arrangementenkaart op de volgende pagina ziet u welke school wat aanbiedt."),
        ("table", [["Arrangement", "Voor wie", "Waar", "Duur"],
                   ["Focusklas", "leerlingen met autisme, havo/vwo", "Erasmus Lyceum Maasdelta", "doorlopend"],
                   ["Tussenvoorziening Anker", "vmbo-leerlingen met gedragsvragen", "Beijerwaard College", "max. 1 jaar"],
                   ["OPDC De Kade", "leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren", "bovenschools", "12-24 weken"],
                   ["Rebound Noord", "leerlingen na schorsing of incident", "bovenschools", "max. 12 weken"],
                   ["Onderwijs-zorgarrangement", "vso-leerlingen met intensieve zorg", "vso De Singel", "per schooljaar"]]),
        ("p", "Het OPDC en de rebound zijn van alle scholen samen; de leerling blijft ingeschreven op de "
              "eigen school, die ook verantwoordelijk blijft. Na het OPDC volgt een begeleide terugkeer naar "
              "de eigen klas. Voor leerlingen met een intensieve ondersteuningsvraag zijn er de twee "
              "vso-scholen, die met de reguliere scholen samenwerken in gezamenlijke trajecten. Zo sluiten "
              "schoolarrangementen, bovenschoolse voorzieningen en vso op elkaar aan."),
        ("h1", "Toewijzing: vso, lwoo en pro"),
        ("h2", "Procedure"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven, dient de aanvraag in via het "
              "aanvraagportaal. Voor leerlingen uit groep 8 doet de vo-school waar de leerling is aangemeld "
              "de aanvraag, uiterlijk op 1 april. De Adviescommissie Toewijzing (een orthopedagoog en een "
              "psycholoog die beiden een eigen advies schrijven, en indien nodig een jeugdarts) beoordeelt "
              "het dossier. Het bestuur van het verband besluit binnen zes weken. Ouders ontvangen een kopie "
              "van de adviezen. Bezwaar is mogelijk bij het verband, dat de Landelijke Bezwaaradviescommissie "
              "om advies vraagt."),
        ("h2", "Criteria"),
        ("p", "Delta-Noord heeft voor lwoo gekozen voor eigen criteria (opting out). Een leerling krijgt lwoo als "
              "hij in het basis- of kaderberoepsgerichte leerweg start en volgens het onderwijskundig rapport "
              "en de doorstroomtoets op ten minste één van de domeinen lezen, taalverzorging of rekenen "
              "onder het referentieniveau 1F presteert, of als de school met het ondersteuningsteam "
              "onderbouwt dat sociaal-emotionele of motivationele factoren het leren ernstig belemmeren. "
              "De aanwijzing lwoo geldt voor twee schooljaren en wordt daarna door de school geëvalueerd."),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria (IQ 55 tot 80 en leerachterstanden van "
              "ten minste 50 procent op twee domeinen). Een leerling is toelaatbaar tot het vso als de "
              "school aantoonbaar een jaar met een ontwikkelingsperspectief heeft gewerkt, er een "
              "bovenschools arrangement is ingezet of overwogen, en de leerling een combinatie van "
              "onderwijs, zorg en kleine groep nodig heeft die in het regulier onderwijs niet te bieden is."),
        ("h1", "Overstap van vso naar regulier"),
        ("p", "Elke vso-leerling heeft een ontwikkelingsperspectief met een uitstroombestemming. Bij de "
              "jaarlijkse evaluatie in februari beoordeelt de commissie van begeleiding van de vso-school of "
              "een overstap naar het regulier vo tot de mogelijkheden behoort. Zo ja, dan meldt de vso-school "
              "de leerling vóór 1 april aan bij de consulent van het verband, die een reguliere school zoekt "
              "in overleg met de ouders. Er volgt een proefplaatsing van zes weken, waarna de ontvangende "
              "school, de vso-school en de ouders in een eindgesprek besluiten. In het laatste jaar van de "
              "TLV vraagt de vso-school alleen een nieuwe TLV aan als de overstap niet haalbaar is gebleken; "
              "anders eindigt de TLV op 31 juli."),
        ("h1", "Geen kind tussen wal en schip"),
        ("p", "Scholen melden elke leerling die zonder passende plek dreigt te raken bij het Zorgloket van "
              "het verband. De consulent van het verband organiseert binnen vijf werkdagen een overleg met "
              "school, ouders en leerplicht. Lukt een plaatsing niet binnen zes weken, dan wijst het bestuur "
              "een school aan die de leerling tijdelijk opneemt. Ieder jaar maakt het verband met de gemeenten "
              "een 'witte vlekkenanalyse': welke jongeren konden niet passend worden geplaatst, en wat "
              "ontbreekt in het aanbod? De uitkomst leidde in 2025 tot de start van Rebound Noord."),
        ("p", "Met de gemeenten zijn in de Lokale Educatieve Agenda afspraken gemaakt over jeugdhulp op "
              "school, de inzet van wijkteams en het leerlingenvervoer. In elke vso-school werkt een "
              "jeugdhulpteam in de school."),
        ("h1", "Monitoring en resultaten"),
        ("p", "Het verband verzamelt vier keer per jaar gegevens over het aantal aanvragen, toewijzingen, "
              "thuiszitters, vrijstellingen, overstappen vanuit het vso en de doorlooptijd van de toewijzing. "
              "De gegevens komen uit het aanvraagportaal en uit de leerplichtregistratie. Het bureau maakt "
              "hiervan een kwartaalrapportage voor het bestuur en de OPR. Eens per jaar houden we een "
              "evaluatiesessie met de ondersteuningscoördinatoren, waarin we de cijfers duiden, en in het "
              "jaarverslag staan de bereikte resultaten per school en voor het verband als geheel."),
        ("p", "Welke doelen we daarbij nastreven, leggen de besturen vast in de jaarplannen; die worden "
              "jaarlijks vastgesteld en maken geen deel uit van dit plan."),
        ("h1", "Voor ouders en jongeren"),
        ("p", "Hoe weet u wat er mogelijk is voor uw kind? Op de website van Delta-Noord staat per school wat "
              "er aan ondersteuning en arrangementen is. De ondersteuningscoördinatoren houden in november "
              "op iedere school een ouderavond over ondersteuning, en de brugklasmentor bespreekt in het "
              "eerste kennismakingsgesprek wat de school kan bieden. Wie liever belt, kan op dinsdag- en "
              "donderdagochtend terecht bij de informatielijn van het verband."),
        ("p", "Waar kunt u terecht als u er samen met school niet uitkomt? Bij Steunpunt Ouders & Jongeren "
              "Delta, dat los van de scholen en van het verband werkt en u gratis helpt, bijvoorbeeld door "
              "mee te gaan naar een gesprek. U kunt ook een onderwijsconsulent inschakelen, en een klacht "
              "over de school kunt u voorleggen aan de landelijke klachtencommissie waarbij het bestuur is "
              "aangesloten."),
        ("h1", "Financiën"),
        ("p", "Passend onderwijs vraagt om een verstandige inzet van middelen. De verdeling van de middelen "
              "over de scholen en de meerjarenbegroting vindt u in het document 'Financieel kader "
              "2026-2030' op www.deltanoord-vo.nl/financien."),
    ]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + aansluiting(c) + arbeidsmarkt(c) + planning(c)
    b += begrippen(GLOSS_VO + [["Witte vlekkenanalyse", "Jaarlijkse analyse van ontbrekend aanbod."]])
    return b


# ---------------------------------------------------------------------------
# Plan 5: VO verband, .docx
# ---------------------------------------------------------------------------
C5 = dict(
    naam="Stichting Samenwerkingsverband VO Twentevaart", kort="SWV Twentevaart", code="VO 23-12",
    periode="2026-2030", gemeenten="Twentevaart, Dinkelbroek en Haaksveen", nbesturen="vijf", nscholen="elf",
    regio_tekst="Er zijn acht scholen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en "
                "twee vso-locaties van één bestuur.",
    kengetallen=[["Leerlingen regulier vo", "7.204", "7.150", "7.088"],
                 ["Leerlingen pro", "261", "255", "259"],
                 ["Leerlingen vso", "231", "236", "229"],
                 ["Scholen en vestigingen", "11", "11", "11"]],
    krimp="met circa vijf procent zal afnemen", bestuurder="drs. E. Nijhuis", rechtsvorm="stichting",
    bestuursvorm="een bestuur van de vijf bestuurders, met een onafhankelijke voorzitter en een "
    "auditcommissie", opr_leden="tien", opr_datum_concept="6 januari 2026", opr_datum="3 maart 2026",
    oogo_datum="5 februari 2026", ander_swv="SWV PO Twentevaart-Dinkel", overgang="po naar vo",
    vaststelling="16 maart 2026",
)


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030 SWV VO Twentevaart"),
         ("p", "VO 23-12 - 'Iedereen doet mee' - ter instemming voorgelegd aan de ondersteuningsplanraad"),
         ("toc", ["Voorwoord", "Kerngegevens", "Visie, missie en ambities", "De vloer: wat iedere school waarmaakt",
                  "Toelaatbaarheid en plaatsing", "Terug naar het regulier onderwijs", "Dekkend aanbod",
                  "Wat willen we bereiken en hoe houden we de vinger aan de pols", "Samenwerken met thuis",
                  "Financiële paragraaf", "Bestuur en organisatie", "Medezeggenschap", "OOGO", "Personeel",
                  "Privacy", "Planning", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += voorwoord(c) + leeswijzer(c) + totstandkoming(c) + context(c) + visie_missie(c) + krimp_vo(c)
    b += [
        ("h1", "De vloer: wat iedere school waarmaakt"),
        ("p", "De vijf besturen hebben met elkaar een vloer gelegd: een set afspraken waar geen enkele vestiging "
              "in Twentevaart onder zakt, van het gymnasium tot het praktijkonderwijs. Een leerling hoeft "
              "nergens om te vragen om hiervan gebruik te maken. Scholen die meer willen bieden, mogen dat; de "
              "vloer is het minimum."),
        ("table", [["Thema", "Afspraak voor iedere vestiging"],
                   ["Begeleiding", "Iedere leerling heeft een mentor die minimaal drie keer per jaar een "
                    "individueel gesprek voert; iedere vestiging heeft een ondersteuningscoördinator en een "
                    "vertrouwenspersoon."],
                   ["Leren leren", "Studievaardigheden en plannen in het lesrooster van leerjaar 1; "
                    "huiswerkklas vier middagen per week."],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculiebeleid met vaste faciliteiten (extra tijd, "
                    "auditieve ondersteuning, rekenkaart) en een remediërend programma in leerjaar 1 en 2."],
                   ["Welbevinden", "Een aanpak sociale veiligheid, een trainingsaanbod weerbaarheid en een "
                    "time-outvoorziening met toezicht."],
                   ["Gezondheid", "Een protocol medicijnverstrekking en medisch handelen; een vast contact met "
                    "de jeugdverpleegkundige."],
                   ["Overleg", "Een ondersteuningsteam met ondersteuningscoördinator, zorgcoördinator van de "
                    "afdeling, schoolmaatschappelijk werk en leerplicht, dat ten minste acht keer per jaar "
                    "bijeenkomt."]]),
        ("p", "Ieder voorjaar legt elke vestiging in een zelfevaluatie vast of zij de vloer waarmaakt; het "
              "bureau bezoekt jaarlijks drie vestigingen en bespreekt de uitkomst met de schoolleider."),
        ("h1", "Toelaatbaarheid en plaatsing"),
        ("p", "De route voor aanvragen van toelaatbaarheidsverklaringen voor het vso en het praktijkonderwijs, "
              "en de bijbehorende afwegingskaders, zijn opgenomen in de Handreiking Toewijzing Twentevaart "
              "(bijlage 6 bij dit plan)."),
        ("h1", "Terug naar het regulier onderwijs"),
        ("p", "Afspraken met de vso-locaties over de overstap naar het regulier vo:"),
        ("table", [["Onderwerp", "Afspraak"],
                   ["Doel", "Iedere vso-leerling voor wie het regulier onderwijs haalbaar is, maakt die overstap "
                    "zo vroeg als verantwoord; het verband wil dat een terugplaatsing niet afhangt van toeval."],
                   ["Wanneer kan het", "Als de leerling in het vso twee opeenvolgende perioden de doelen van het "
                    "ontwikkelingsperspectief haalt, zonder dagelijkse time-out, en het uitstroomprofiel bij "
                    "een leerweg van een reguliere school past."],
                   ["Wie neemt het initiatief", "De commissie van begeleiding van de vso-locatie, bij de "
                    "OPP-evaluatie in januari; ouders kunnen het ook zelf vragen."],
                   ["Stappen", "1. vso-locatie meldt de leerling bij het bureau (voor 1 maart). 2. De consulent "
                    "zoekt met ouders een reguliere school. 3. Overdrachtsgesprek en twee meeloopdagen. "
                    "4. Start bij voorkeur na een vakantie."],
                   ["Wie beslist", "De ontvangende school besluit tot inschrijving; het bureau stelt vast dat de "
                    "TLV bij de overstap vervalt."],
                   ["Evaluatie", "Na zes weken en na zes maanden evalueren ontvangende school, vso-locatie en ouders."],
                   ["Nazorg", "Een jaar lang ambulante begeleiding vanuit de vso-locatie, zes uur per maand, "
                    "betaald uit het centrale budget."]]),
        ("h1", "Dekkend aanbod"),
        ("p", "Wij streven naar een dekkend aanbod voor alle jongeren in Twentevaart. Dat is een gezamenlijke "
              "verantwoordelijkheid van de besturen."),
    ]
    b += thuiszitters_passend(c)
    b += [
        ("h1", "Wat willen we bereiken en hoe houden we de vinger aan de pols"),
        ("p", "Voor leerlingen die extra ondersteuning krijgen, willen we in 2030 het volgende bereikt hebben. "
              "Ten eerste haalt ten minste 90 procent van de leerlingen met een ontwikkelingsperspectief de "
              "doelen die daarin voor dat jaar staan (nu 76 procent). Ten tweede stromen jaarlijks ten minste "
              "acht vso-leerlingen door naar het regulier vo (2025: drie). Ten derde verlaat geen enkele "
              "pro-leerling de school zonder arbeidsplaats, vervolgopleiding of dagbesteding. Ten vierde "
              "scoren leerlingen met extra ondersteuning in de jaarlijkse leerlingenpeiling op "
              "welbevinden minimaal een 7."),
        ("p", "Om te weten of we op koers liggen, levert iedere school in oktober en maart de gegevens aan over "
              "de OPP-doelen, de uitstroom en de peiling. Het bureau bundelt dit tot een halfjaarrapportage "
              "die in het bestuur en in de OPR wordt besproken. Blijft een school twee keer achter, dan volgt "
              "een verbetergesprek met de bestuurder. In het jaarverslag leggen we per doel verantwoording af "
              "over wat bereikt is."),
        ("h1", "Samenwerken met thuis"),
        ("p", "Ouders moeten kunnen weten wat hun kind op school aan hulp kan krijgen. Daarom maakt iedere "
              "school de vloer en haar eigen aanvullende aanbod bekend in de schoolgids, en bespreekt de "
              "mentor dit in het intakegesprek. Het verband geeft twee keer per jaar een digitale "
              "oudernieuwsbrief uit en heeft op de website een vragenrubriek. Bij de open dagen ligt een "
              "flyer met de vloer in begrijpelijke taal."),
        ("p", "Soms lopen gesprekken vast. Ouders kunnen dan kosteloos terecht bij het onafhankelijke "
              "Ouder- en Jeugdsteunpunt Twente-Noord, dat meedenkt, meegaat naar gesprekken en signalen "
              "bundelt voor het bestuur. Ook de landelijke onderwijsconsulenten zijn voor ouders beschikbaar."),
        ("h1", "Financiële paragraaf"),
        ("p", "Het verband ontvangt de rijksmiddelen voor lichte en zware ondersteuning en voor lwoo en pro. "
              "Het huidige verdeelmodel wordt in deze planperiode herzien; het nieuwe model werken we in "
              "2026-2027 met de besturen nader uit. De meerjarenbegroting ziet er als volgt uit."),
        ("table", [["Lasten (x EUR 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "3.410", "3.420", "3.395", "3.380"],
                   ["Budgetten scholen", "3.120", "3.050", "2.990", "2.930"],
                   ["Lwoo- en pro-middelen scholen", "4.880", "4.810", "4.760", "4.700"],
                   ["Nazorg terugplaatsing", "60", "60", "60", "60"],
                   ["Bureau, consulenten en commissie", "520", "530", "540", "550"],
                   ["Totaal lasten", "11.990", "11.870", "11.745", "11.620"],
                   ["Totaal baten", "11.860", "11.780", "11.700", "11.630"]]),
        ("p", "Het tekort in de eerste jaren wordt gedekt uit de algemene reserve, die eind 2025 EUR 1,4 "
              "miljoen bedroeg."),
    ]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict_privacy(c) + aansluiting(c) + arbeidsmarkt(c) + planning(c)
    b += begrippen(GLOSS_VO + [["Vloer", "Het minimum aan ondersteuning op iedere vestiging (basisondersteuning)."],
                               ["Handreiking Toewijzing", "Document met de route voor TLV-aanvragen (bijlage 6)."]])
    return b


# ---------------------------------------------------------------------------
# Near-miss: a school's schoolondersteuningsprofiel (not an SWV plan), .docx
# ---------------------------------------------------------------------------

def near_miss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026 - Vaartcollege Twentevaart (vmbo-havo)"),
         ("p", "Onderdeel van de schoolgids - vastgesteld door de schoolleiding na advies van de MR"),
         ("h1", "Inleiding"),
         ("p", "In dit schoolondersteuningsprofiel beschrijft het Vaartcollege welke ondersteuning onze school "
               "biedt aan leerlingen. Het Vaartcollege is aangesloten bij het Samenwerkingsverband VO "
               "Twentevaart. De basisondersteuning die alle scholen in het samenwerkingsverband bieden is in "
               "het ondersteuningsplan van het samenwerkingsverband vastgelegd; in dit profiel leest u hoe "
               "wij dat op onze school invullen en wat wij daarnaast bieden."),
         ("h1", "Onze school"),
         ("p", "Het Vaartcollege telt 1.140 leerlingen in vmbo-basis, kader, gemengde leerweg en havo. Ongeveer "
               "180 leerlingen hebben lwoo. De school heeft een ondersteuningscoördinator, twee "
               "zorgcoördinatoren, een orthopedagoog (0,6 fte), een schoolmaatschappelijk werker en een "
               "vertrouwenspersoon. Het ondersteuningsteam komt elke drie weken bijeen."),
         ("h1", "Basisondersteuning op het Vaartcollege"),
         ("bullets", ["Mentoraat met wekelijks mentoruur en drie individuele gesprekken per jaar.",
                      "Dyslexie- en dyscalculiefaciliteiten volgens het beleid van het samenwerkingsverband.",
                      "Huiswerkklas op maandag tot en met donderdag.",
                      "Faalangstreductietraining en weerbaarheidstraining in leerjaar 1.",
                      "Het Rustpunt: een time-outruimte die het hele lesrooster bemand is."]),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, biedt het Vaartcollege de Focusgroep (kleine klas "
               "voor leerlingen met autisme in vmbo-kader en gemengde leerweg) en individuele begeleiding "
               "door de orthopedagoog. Als wij een leerling niet passend kunnen begeleiden, zoeken wij samen "
               "met de ouders en het samenwerkingsverband een andere school (zorgplicht). In het uiterste geval "
               "vragen wij bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) voor het vso aan; "
               "het samenwerkingsverband beslist daarover."),
         ("h1", "Grenzen aan onze ondersteuning"),
         ("p", "Onze school is niet toegerust voor leerlingen die intensieve medische verzorging nodig hebben "
               "of die langdurig één-op-één begeleiding nodig hebben. Ook voor leerlingen met ernstige "
               "gedragsproblematiek die de veiligheid van anderen in gevaar brengt, zijn onze mogelijkheden "
               "beperkt."),
         ("h1", "Ambities van de school"),
         ("p", "In schooljaar 2025-2026 willen wij de Focusgroep uitbreiden naar havo en alle mentoren "
               "scholen in oplossingsgericht werken. Wij meten de resultaten van de ondersteuning met de "
               "tevredenheidspeiling onder leerlingen en ouders."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn welkom bij het ondersteuningsteam als hun kind besproken wordt. Het "
               "ontwikkelingsperspectief wordt met ouders en leerling besproken. Voor onafhankelijk advies "
               "kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Twente-Noord."),
         ("h1", "Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget en lwoo-middelen. Wij zetten "
               "deze in voor de ondersteuningscoördinator, de Focusgroep en het Rustpunt."),
         ]
    # pad with more realistic school-profile prose
    b += [("h1", "Contact"),
          ("p", "Vragen over ondersteuning kunt u stellen aan de ondersteuningscoördinator, mevrouw S. Ter Horst, "
                "via de administratie van de school. Het volledige ondersteuningsplan van het "
                "samenwerkingsverband vindt u op de website van het samenwerkingsverband.")]
    return b


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"]}


def status(el, crit, advisory):
    vals = [crit[f"{el}.{k}"] for k in CORE[el]]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_crit, advisory, notes, expect):
    crit = {f"{el}.{k}": True for el in ELEMENTS for k in CORE[el]}
    for k in false_crit:
        assert k in crit, k
        crit[k] = False
    els = {el: status(el, crit, advisory) for el in ELEMENTS}
    assert els == expect, (name, els)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {els[el]}" for el in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def labels():
    write_label(
        "vo-zaanvliet-ondersteuningsplan-2026-2030", ["vo-zaanvliet-ondersteuningsplan-2026-2030.docx"], "vo",
        ["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
         "resultaten.monitoring"],
        {"plaatsing": ["deskundigen"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
        {"basisondersteuning": "'Basisondersteuning: wat elke school biedt': agreed minimum for all six schools plus a table of concrete voorzieningen.",
         "plaatsing": "'Toelaatbaarheid vso, lwoo en pro' has a 5-step procedure (Loket, two deskundigen, 6 weeks) but the criteria are deferred to a 2026-2027 notitie.",
         "terugstroom": "Chapter 'Terugplaatsing' is only 'P.m.'; the term otherwise only in TOC and begrippenlijst. The OPDC target ('stroomt terug naar een reguliere klas') is not vso-terugstroom.",
         "financien": "Under 'Geld en middelen': verdeelregels (72% per leerling, lwoo/pro per toegewezen leerling, max EUR 6.500 arrangement) and meerjarenbegroting table; reserve afbouw.",
         "dekkend-aanbod": "Continuum niveau 1-4 (schoolarrangementen, OPDC, rebound, vso) described; thuiszitters only a passing 'raakt ons allemaal' / 'waar mogelijk maatwerk', no approach to gaps.",
         "resultaten": "'Resultaten en ambities' lists measurable beoogde resultaten; how they are monitored is deferred ('werken we in het eerste jaar uit').",
         "ouders": "Inside chapter 'Communicatie': website section, schoolgids, information evenings, multilingual folder; independent Ouder- en Jeugdsteunpunt Zaan and onderwijsconsulenten."},
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing", "financien": "present",
         "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"})
    write_label(
        "vo-rijnstroom-midden-op-2026-2030",
        ["vo-rijnstroom-midden-op-2026-2030.docx", "vo-rijnstroom-midden-op-2026-2030.pdf"], "vo",
        ["basisondersteuning.inhoud", "terugstroom.procedure", "financien.besteding", "ouders.steunpunt"],
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Continuum chapter defines one SWV-wide minimum level (and a yearly check), but the concrete content is referred to the schools' SOP/schoolgids websites.",
         "plaatsing": "'Ondersteuningstoewijzing (TLV, lwoo, pro)': digital loket, Commissie Toewijzing, terms; criteria table for vso/lwoo/pro; duur, categorie, LBT-bezwaar.",
         "terugstroom": "Subsection inside the TLV chapter gives policy (aim, conditions, terugkeerarrangement EUR 4.000) but the procedure is deferred to a 2027 convenant; figures only in the results table.",
         "financien": "Verdeelmodel 2026 (vaste voet EUR 25.000, per leerling, solidariteitsbudget) described; the meerjarenbegroting is separate and only on the website.",
         "dekkend-aanbod": "Basis/extra/OPDC/Herstart/Plus/vso continuum plus Thuiszittersoverleg, regie of directeur-bestuurder after 8 weeks, yearly gap analysis; gemeenten agenda.",
         "resultaten": "'Kwaliteit en resultaten': doelen only in a table (nulmeting/streefwaarde) plus dashboard, twice-yearly bestuur review, jaarverslag.",
         "ouders": "'Ouders en leerlingen': ouderportaal, yearly Gids, schoolgids paragraph; the OJSP is deferred to 2026-2027 and the stopgap (school coordinator, SWV consulent) is not independent."},
        {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "partial",
         "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"})
    write_label(
        "po-kempenbogen-ondersteuningsplan", ["po-kempenbogen-ondersteuningsplan.pdf"], "po",
        ["plaatsing.procedure", "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"],
        {"plaatsing": ["duur-categorie"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"]},
        {"basisondersteuning": "'Wat elke school biedt': 'gemeenschappelijke bodem' for all 54 basisscholen and sbo, with a concrete list (IB-tijd, HGW, protocols, plusgroep).",
         "plaatsing": "TLV chapter gives sbo and so criteria (and categorie/duur) but the procedure is only a reference to www.kempenbogen-po.nl/tlv.",
         "terugstroom": "Hidden in the TLV chapter 'Terugkeer naar de basisschool': yearly review policy, conditions, terugkeerbudget, steps, TLV end on 31 juli.",
         "financien": "'Bekostiging van de ondersteuning': 80/20 distribution rule, vangnetbudget procedure and a multi-year table with amounts.",
         "dekkend-aanbod": "'Zorgplicht en thuiszitters' covers gaps (Meldpunt Passende Plek, thuiszittersoverleg, new voorziening); the set of extra/specialised provisions is never described.",
         "resultaten": "Only a deferral ('stellen we in de loop van 2027 vast'); 'Resultaten' also in TOC and begrippenlijst.",
         "ouders": "Chapter 'Ouders' is three general sentences; onderwijsconsulent and ouder- en kindadviseur appear only in the begrippenlijst."},
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present", "financien": "present",
         "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "missing"})
    write_label(
        "vo-deltanoord-ondersteuningsplan-web", ["vo-deltanoord-ondersteuningsplan-web.md"], "vo",
        ["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid", "financien.verdeling",
         "financien.besteding", "resultaten.doelen"],
        {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": [], "ouders": []},
        {"basisondersteuning": "Chapter 'Basisondersteuning' only defers (herijking after the landelijke norm, 'wordt daarna aangevuld'); definition only in the begrippenlijst.",
         "plaatsing": "'Toewijzing: vso, lwoo en pro': portal, Adviescommissie Toewijzing with two advices, 6 weeks, bezwaar; own lwoo criteria (opting out), pro and vso criteria.",
         "terugstroom": "'Overstap van vso naar regulier' gives the steps (February evaluation, melding before 1 April, proefplaatsing, end of TLV 31 juli) but no policy aims, conditions or after-care.",
         "financien": "'Financien' only refers to a separate 'Financieel kader' on the website; elsewhere 'middelen' in passing.",
         "dekkend-aanbod": "'Het aanbod na de basis' arrangementen table/OPDC/rebound/vso, and 'Geen kind tussen wal en schip' (Zorgloket, 6 weeks, witte vlekkenanalyse).",
         "resultaten": "'Monitoring en resultaten' describes quarterly data, rapportage and jaarverslag, but the goals are left to the yearly jaarplannen outside the plan.",
         "ouders": "'Voor ouders en jongeren': website per school, ouderavonden, informatielijn; independent Steunpunt Ouders & Jongeren Delta and onderwijsconsulent."},
        {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial", "financien": "missing",
         "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"})
    write_label(
        "vo-twentevaart-ondersteuningsplan", ["vo-twentevaart-ondersteuningsplan.docx"], "vo",
        ["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes"],
        {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
         "resultaten": ["meetbaar"]},
        {"basisondersteuning": "Unusual wording 'De vloer: wat iedere school waarmaakt': minimum for every vestiging with a table of concrete afspraken, plus self-evaluation and visits.",
         "plaatsing": "Chapter 'Toelaatbaarheid en plaatsing' only refers to an absent 'Handreiking Toewijzing (bijlage 6)'; nothing else on TLV/lwoo/pro procedure or criteria.",
         "terugstroom": "Content only in a table in 'Terug naar het regulier onderwijs': aim, conditions, initiator, steps, decision, evaluation moments, nazorg.",
         "financien": "'Financiele paragraaf' has a meerjarenbegroting table and reserve, but the verdeelmodel is deferred ('werken we in 2026-2027 nader uit').",
         "dekkend-aanbod": "'Dekkend aanbod' is one aspirational sentence ('Wij streven naar') plus a passing thuiszitters paragraph; OOGO chapter is purely procedural.",
         "resultaten": "'Wat willen we bereiken en hoe houden we de vinger aan de pols': four measurable goals for 2030 and half-year rapportage, verbetergesprek, jaarverslag.",
         "ouders": "'Samenwerken met thuis': schoolgids, intake, nieuwsbrief, website, flyer; independent Ouder- en Jeugdsteunpunt Twente-Noord and onderwijsconsulenten."},
        {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present", "financien": "partial",
         "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"})
    (OUT / "vo-vaartcollege-schoolondersteuningsprofiel.expected.yaml").write_text(
        "documents: [vo-vaartcollege-schoolondersteuningsprofiel.docx]\n"
        "sector: vo\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"Schoolondersteuningsprofiel of one VO school (Vaartcollege), part of its schoolgids: describes "
        "the school's own basis/extra ondersteuning and refers to the SWV's ondersteuningsplan; no SWV planperiode, "
        "OPR, OOGO, verdeling or toelaatbaarheid procedure of its own.\"\n",
        encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docs = {
        "vo-zaanvliet-ondersteuningsplan-2026-2030": (plan1(), C1),
        "vo-rijnstroom-midden-op-2026-2030": (plan2(), C2),
        "po-kempenbogen-ondersteuningsplan": (plan3(), C3),
        "vo-deltanoord-ondersteuningsplan-web": (plan4(), C4),
        "vo-twentevaart-ondersteuningsplan": (plan5(), C5),
    }
    for name, (blocks, c) in docs.items():
        n = words(blocks)
        assert n >= 3000, (name, n)
        print(f"{name}: {n} words")
    hdr = lambda c: f"{c['kort']} - Ondersteuningsplan {c['periode']}"
    write_docx(docs["vo-zaanvliet-ondersteuningsplan-2026-2030"][0], OUT / "vo-zaanvliet-ondersteuningsplan-2026-2030.docx", hdr(C1))
    write_docx(docs["vo-rijnstroom-midden-op-2026-2030"][0], OUT / "vo-rijnstroom-midden-op-2026-2030.docx", hdr(C2))
    docx_to_pdf(docs["vo-rijnstroom-midden-op-2026-2030"][0], OUT / "vo-rijnstroom-midden-op-2026-2030.pdf", hdr(C2))
    docx_to_pdf(docs["po-kempenbogen-ondersteuningsplan"][0], OUT / "po-kempenbogen-ondersteuningsplan.pdf", hdr(C3))
    write_md(docs["vo-deltanoord-ondersteuningsplan-web"][0], OUT / "vo-deltanoord-ondersteuningsplan-web.md")
    write_docx(docs["vo-twentevaart-ondersteuningsplan"][0], OUT / "vo-twentevaart-ondersteuningsplan.docx", hdr(C5))
    write_docx(near_miss(), OUT / "vo-vaartcollege-schoolondersteuningsprofiel.docx", "Vaartcollege - schoolgids 2025-2026")
    labels()


if __name__ == "__main__":
    main()
