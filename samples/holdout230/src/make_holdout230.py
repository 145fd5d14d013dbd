#!/usr/bin/env python3
"""Generate the holdout230 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network.  Output goes to the folder above this script.
PDF versions are rendered from a temporary .docx with LibreOffice (soffice).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[cells], ...])  first row = header
#   ("toc", [entries])
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


# ---------------------------------------------------------------------------
# Shared filler (deliberately element-neutral: passing mentions only)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het vierde plan sinds de "
          f"invoering van passend onderwijs in 2014, en tegelijk een plan dat anders is opgebouwd dan zijn voorgangers. "
          f"Waar eerdere plannen vooral beschreven wat er allemaal geregeld moest worden, willen we nu laten zien hoe "
          f"we als {c['n_besturen']} schoolbesturen samen de schouders zetten onder goed onderwijs voor alle "
          f"{c['n_lln']} leerlingen in onze regio, en voor hun ouders."),
        P("De afgelopen jaren waren niet eenvoudig. Het lerarentekort, de nasleep van de coronaperiode, de toename "
          "van het aantal leerlingen met een complexe vraag en de onzekerheid rond landelijke wetgeving hebben veel "
          "gevraagd van leraren, intern begeleiders, ondersteuningscoördinatoren en directeuren. Tegelijk hebben we "
          "gezien hoeveel er mogelijk is als scholen elkaar opzoeken, kennis delen en niet in de eerste plaats "
          "denken in regels, maar in kinderen en jongeren."),
        P("Dit plan kwam tot stand in een reeks werksessies met directeuren, bestuurders, medewerkers van het "
          "samenwerkingsverband en vertegenwoordigers van de gemeenten. De ondersteuningsplanraad heeft het concept "
          "kritisch gelezen en op onderdelen verbeterd. Wij danken iedereen die heeft bijgedragen, in het bijzonder "
          "de leden van de klankbordgroep, die op dinsdagavonden na een volle werkdag bleven doorpraten over "
          "arrangementen, toelaatbaarheid, middelen en resultaten."),
        P(f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n"
          f"{c['director']}, directeur-bestuurder"),
    ]


def inleiding(c):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"{c['name']} ({c['code']}) is een stichting waarin {c['n_besturen']} schoolbesturen samenwerken. "
          f"Het werkgebied omvat de gemeenten {c['gemeenten']}. In het gebied liggen {c['n_scholen']} "
          f"schoollocaties. Op de teldatum van 1 oktober 2024 telde het samenwerkingsverband {c['n_lln']} "
          f"leerlingen."),
        P("Dit ondersteuningsplan is het strategische document van het samenwerkingsverband voor de komende "
          "planperiode. Het beschrijft op hoofdlijnen waar wij voor staan en hoe wij de wettelijke taken uitvoeren. "
          "De concrete activiteiten per jaar staan in het jaarplan; de financiële uitwerking per jaar in de "
          "jaarbegroting. Jaarplan en jaarbegroting worden ieder jaar door het bestuur vastgesteld en besproken "
          "met de ondersteuningsplanraad."),
        P("Het plan is als volgt opgebouwd. Na de visie en missie beschrijven wij de organisatie van het "
          "samenwerkingsverband. Daarna volgen de inhoudelijke hoofdstukken over ondersteuning, toelaatbaarheid, "
          "samenwerking en middelen. Het plan sluit af met de planning, de procedure van vaststelling en een "
          "begrippenlijst. Waar in dit plan 'ouders' staat, bedoelen wij ook verzorgers en voogden. Waar wij "
          "'scholen' schrijven, bedoelen wij alle vestigingen van de aangesloten besturen."),
    ]


def visie(c):
    return [
        H1("Visie en missie"),
        H2("Onze missie"),
        P("Iedere leerling verdient onderwijs dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis en "
          "samen met leeftijdgenoten. Dat is de kern van onze missie. Wij geloven dat scholen die elkaar kennen en "
          "vertrouwen meer kunnen bereiken dan scholen die ieder voor zich werken. Het samenwerkingsverband is "
          "daarom in de eerste plaats een netwerkorganisatie: wij faciliteren, verbinden en stimuleren, en nemen "
          "alleen zelf taken op ons waar dat wettelijk zo is geregeld of waar schaal echt nodig is."),
        H2("Onze visie"),
        P("In onze visie staat de leerling centraal, met zijn mogelijkheden en niet met zijn beperkingen. Leraren "
          "zijn de belangrijkste professionals; zij moeten zich gesteund voelen door intern begeleiders, "
          "ondersteuningscoördinatoren, gedragsspecialisten en orthopedagogen. Ouders zijn onmisbaar als kenners "
          "van hun kind. Wij denken vanuit kansen, werken handelingsgericht en zijn resultaatgericht: wij willen "
          "weten of wat we doen ook werkt. Wij kiezen voor eenvoud in procedures, omdat bureaucratie tijd kost die "
          "beter aan leerlingen besteed kan worden."),
        P("Vijf kernwaarden sturen ons handelen: vertrouwen, eigenaarschap, nabijheid, transparantie en "
          "vakmanschap. Vertrouwen betekent dat wij uitgaan van de professionaliteit van scholen. Eigenaarschap "
          "betekent dat het schoolbestuur verantwoordelijk blijft voor de ondersteuning van de eigen leerlingen. "
          "Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de leerling en de leraar wordt "
          "georganiseerd. Transparantie betekent dat wij open zijn over keuzes en middelen. Vakmanschap betekent "
          "dat wij investeren in de kennis en vaardigheden van iedereen die met leerlingen werkt."),
        H2("Ambities voor de planperiode"),
        P("Wij hebben voor deze planperiode vier ambities geformuleerd, die in de volgende hoofdstukken terugkomen: "
          "(1) meer leerlingen krijgen passende ondersteuning in de eigen wijk; (2) leraren voelen zich toegerust "
          "om verschillen tussen leerlingen op te vangen; (3) de samenwerking met gemeenten en jeugdhulp wordt "
          "vanzelfsprekend; (4) de organisatie van het samenwerkingsverband is wendbaar en financieel gezond. "
          "Deze ambities zijn richtinggevend en worden in de jaarplannen vertaald naar activiteiten."),
    ]


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"{c['name']} is een stichting. De statuten zijn voor het laatst gewijzigd op 14 december 2021. Het "
          "samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder "
          "vormt het bestuur in de zin van de wet en is verantwoordelijk voor de dagelijkse leiding. De raad van "
          "toezicht bestaat uit vijf leden, van wie drie afkomstig zijn uit de kring van de aangesloten "
          "schoolbesturen en twee onafhankelijke leden met expertise op het terrein van financiën en jeugdzorg."),
        P("De algemene vergadering van aangesloten schoolbesturen (ALV) komt vier keer per jaar bijeen. De ALV "
          "benoemt de leden van de raad van toezicht, keurt de jaarrekening goed en wordt betrokken bij "
          "strategische keuzes zoals de vaststelling van dit ondersteuningsplan. Het directeurenoverleg adviseert "
          "de directeur-bestuurder over de uitvoering en is de plek waar schoolleiders ervaringen uitwisselen."),
        P("Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Het bestuursverslag en de "
          "jaarrekening worden jaarlijks vóór 1 juli gepubliceerd. De accountant controleert de jaarrekening en "
          "rapporteert aan de raad van toezicht. Een integriteitscode en een klokkenluidersregeling zijn van "
          "toepassing op alle medewerkers."),
        H2("Het bureau"),
        P(f"Het bureau van het samenwerkingsverband is gevestigd in {c['seat']}. Er werken ongeveer {c['fte']} fte, "
          "onder wie de directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat, "
          "orthopedagogen en consulenten. De medewerkers zijn in dienst van de stichting of worden gedetacheerd "
          "door een van de aangesloten besturen. Het bureau heeft een eigen medezeggenschapsraad voor het "
          "personeel."),
    ]


def opr(c):
    return [
        H1("Medezeggenschap: de ondersteuningsplanraad"),
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van het "
          "ondersteuningsplan. De OPR bestaat uit acht leden die worden afgevaardigd door de "
          "medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar en heeft een "
          "eigen reglement en een eigen budget voor scholing en ondersteuning."),
        P(f"De OPR heeft op {c['opr_date']} ingestemd met dit ondersteuningsplan. Daarnaast ontvangt de OPR jaarlijks "
          "het jaarplan, de begroting en het jaarverslag ter informatie. Tweemaal per jaar is er een "
          "overlegvergadering met de directeur-bestuurder. Een delegatie van de raad van toezicht sluit eenmaal "
          "per jaar aan."),
    ]


def oogo(c, topics=True):
    agenda = [P("Op de agenda stonden onder meer leerlingenvervoer, onderwijshuisvesting, de aansluiting met de "
                "lokale teams en de jeugdhulp, en de overgang naar het volgende onderwijstype.")] if topics else []
    return [
        H1("Op overeenstemming gericht overleg"),
        P(f"Het concept van dit plan is op {c['oogo_date']} besproken in het op overeenstemming gericht overleg "
          f"(OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het overleg vond plaats "
          "volgens het protocol OOGO dat samenwerkingsverband en gemeenten in 2019 hebben vastgesteld; daarin is "
          "ook een geschillenregeling opgenomen. Het overleg is afgesloten met een gezamenlijke verklaring waarin "
          "de gemeenten aangeven geen bedenkingen te hebben tegen het plan."),
    ] + agenda + [
        P(f"Ook is overleg gevoerd met het samenwerkingsverband {c['other_swv']} waarvan het werkgebied overlapt; "
          f"dit overleg vond plaats op {c['swv_overleg_date']}."),
    ]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen die het uitvoeren. De schoolbesturen "
          "zijn werkgever van de leraren en ondersteuners op de scholen; het samenwerkingsverband draagt bij "
          "aan hun professionalisering. Wij organiseren jaarlijks een studiedag voor intern begeleiders en "
          "ondersteuningscoördinatoren, en bieden een leergang handelingsgericht werken aan voor nieuwe "
          "collega's. De netwerken van gedragsspecialisten, taalspecialisten en specialisten meer- en "
          "hoogbegaafdheid worden door het bureau gefaciliteerd."),
        P("Het lerarentekort raakt ook ons. Scholen met veel leerlingen met een ondersteuningsvraag hebben "
          "moeite om vacatures te vervullen. In de planperiode verkennen wij met de besturen of een gezamenlijke "
          "invalpool voor ondersteuners haalbaar is. De formatie van het bureau groeit niet; groei van taken "
          "vangen wij op door slimmer te organiseren."),
        P("Voor het eigen personeel van het samenwerkingsverband geldt een jaarlijkse gesprekkencyclus. "
          "Medewerkers hebben een individueel scholingsbudget. Het ziekteverzuim op het bureau bedroeg in 2024 "
          "3,1 procent."),
    ]


def ict(c):
    return [
        H1("ICT, privacy en informatiebeveiliging"),
        P("Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van "
          "leerlinggegevens met scholen. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben "
          "toegang. Wij hebben een functionaris gegevensbescherming aangesteld, die wordt gedeeld met twee andere "
          "samenwerkingsverbanden. Het privacyreglement is in 2023 geactualiseerd en voldoet aan de AVG."),
        P("Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor de "
          "wettelijke taken en worden niet langer bewaard dan wettelijk is toegestaan. Datalekken worden gemeld "
          "bij de functionaris en zo nodig bij de Autoriteit Persoonsgegevens. In de planperiode vervangen wij "
          "het verouderde registratiesysteem; de aanbesteding start in het voorjaar van 2026."),
    ]


def planning(c):
    return [
        H1("Planning en procedure van vaststelling"),
        P(f"Dit plan geldt voor de schooljaren {c['period']} en loopt van 1 augustus {c['period'][:4]} tot en "
          f"met 31 juli {c['period'][-4:]}. De procedure van vaststelling verliep als volgt."),
        TABLE(["Stap", "Datum"],
              ["Concept besproken in directeurenoverleg", c["dir_date"]],
              ["OOGO met gemeenten", c["oogo_date"]],
              ["Instemming ondersteuningsplanraad", c["opr_date"]],
              ["Vaststelling door directeur-bestuurder na goedkeuring RvT", c["vast_date"]],
              ["Toezending aan de inspectie", c["insp_date"]]),
        P("Wijzigingen in het plan worden ter instemming aan de ondersteuningsplanraad voorgelegd. Het plan wordt "
          "gepubliceerd op de website van het samenwerkingsverband en ligt ter inzage op het bureau."),
    ]


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | vastgesteld"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            for part in val.split("\n\n"):
                doc.add_paragraph(part)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(path)


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
        elif kind == "ul":
            out.append("\n".join(f"- {x}" for x in val) + "\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.append("\n".join(f"{i + 1}. {x}" for i, x in enumerate(val)) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout230_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc(entries):
    return ("toc", entries)


def headings(blocks):
    return [v for k, v in blocks if k == "h1"]


def with_toc(title_blocks, body):
    return title_blocks + [toc(headings(body)), ("pagebreak", None)] + body


def landelijk(c):
    return [
        H1("Landelijke ontwikkelingen en de regio"),
        H2("Landelijke ontwikkelingen"),
        P("Passend onderwijs is sinds de evaluatie van 2020 volop in beweging. Het ministerie werkt aan een "
          "verbeteraanpak met een groot aantal maatregelen, waarvan een deel wetgeving vraagt. Het kabinet wil "
          "toewerken naar inclusiever onderwijs, waarin meer kinderen met een beperking of ondersteuningsbehoefte "
          "in de eigen wijk naar school kunnen. Ook wordt gewerkt aan een landelijke norm voor wat scholen minimaal "
          "moeten bieden, en aan een vereenvoudiging van de bekostiging. Wanneer deze wetgeving precies in werking "
          "treedt, is bij het schrijven van dit plan nog niet bekend. Wij volgen de ontwikkelingen via de "
          "sectorraden en passen het plan zo nodig tussentijds aan, met instemming van de ondersteuningsplanraad."),
        P("Daarnaast hebben ontwikkelingen buiten het onderwijs invloed op ons werk. De jeugdzorg staat onder druk, "
          "wachttijden bij specialistische hulp zijn lang en gemeenten moeten bezuinigen. Het tekort aan leraren "
          "en ondersteuners is in sommige delen van het land nijpend. Deze ontwikkelingen kunnen wij niet "
          "beïnvloeden, maar wij houden er wel rekening mee in onze keuzes."),
        H2("De regio in beeld"),
        P(f"Het werkgebied van {c['name']} is gevarieerd. Naast een aantal grotere kernen met een stedelijk "
          "karakter liggen er kleine dorpen waar de school vaak de enige voorziening is die nog over is. Het "
          "aantal leerlingen daalt de komende jaren licht, vooral in de kleinere kernen; in de grotere kernen "
          "worden nieuwe woonwijken gebouwd die de daling deels compenseren. De bevolking is de afgelopen jaren "
          "diverser geworden, onder meer door de komst van arbeidsmigranten en statushouders."),
        P("De besturen in de regio verschillen in omvang en identiteit: er zijn openbare, protestants-christelijke, "
          "katholieke en algemeen bijzondere scholen, en een enkel bestuur met een bijzondere pedagogische "
          "grondslag. Die verscheidenheid zien wij als een kracht. Ouders hebben in onze regio echt iets te "
          "kiezen, ook al betekent een grote spreiding van kleine scholen dat niet iedere school alles kan."),
    ]


def kennis(c):
    return [
        H1("Kennisdeling en netwerken"),
        P("Kennis die op één school is opgebouwd, moet ook andere scholen ten goede komen. Het samenwerkingsverband "
          "organiseert daarom netwerken waarin professionals van verschillende besturen elkaar ontmoeten. Er zijn "
          "netwerken voor intern begeleiders of ondersteuningscoördinatoren, voor gedragsspecialisten, voor "
          "taal- en leesspecialisten en voor schoolleiders. De netwerken komen vier tot zes keer per jaar bijeen "
          "en bepalen hun eigen agenda. Het bureau zorgt voor een ruimte, een voorzitter en zo nodig een "
          "inhoudelijke spreker."),
        P("Eens per jaar houden wij een regionale conferentie met workshops die door leraren zelf worden verzorgd. "
          "De conferentie van 2024 stond in het teken van executieve functies en trok bijna driehonderd "
          "deelnemers. Presentaties en materialen worden gedeeld via de digitale kennisbank, die voor alle "
          "medewerkers van de aangesloten scholen toegankelijk is. In de planperiode willen wij de kennisbank "
          "uitbreiden met korte video's en praktijkvoorbeelden."),
        H1("Huisvesting en duurzaamheid van het bureau"),
        P(f"Het bureau huurt sinds 2021 een verdieping in een multifunctioneel gebouw in {c['seat']}, dat goed "
          "bereikbaar is met het openbaar vervoer. Vergaderruimtes worden gedeeld met andere huurders. Wij "
          "stimuleren medewerkers om met de fiets of het openbaar vervoer te reizen en zoveel mogelijk digitaal "
          "te vergaderen. Bij de vervanging van laptops en telefoons kiezen wij voor refurbished apparatuur waar "
          "dat kan. Het huurcontract loopt tot en met 2027; in 2026 besluiten wij of verlenging wenselijk is."),
    ]


def begrippen(entries):
    return [H1("Begrippenlijst en afkortingen"),
            TABLE(["Begrip", "Betekenis"], *entries)]


# ---------------------------------------------------------------------------
# Plan 1: PO, .docx, long prose
# ---------------------------------------------------------------------------
C1 = dict(name="Samenwerkingsverband Passend Primair Rivierenland-Oost", code="PO 26-11", period="2025-2029",
          n_besturen=9, n_lln="14.860", n_scholen=58, gemeenten="Lingewaard, Overbetuwe-Noord en Rijnwaarden",
          director="drs. M.A. (Marjolein) Verhoef", seat="Elst", fte=14, other_swv="VO Rivierenland-Oost (VO 26-12)",
          oogo_date="4 februari 2025", swv_overleg_date="11 februari 2025", opr_date="18 maart 2025",
          dir_date="14 januari 2025", vast_date="25 maart 2025", insp_date="3 april 2025")


def plan1():
    c = C1
    body = voorwoord(c) + inleiding(c) + landelijk(c) + [
        H1("Terugblik op de vorige planperiode"),
        P("In de vorige planperiode lag de nadruk op het versterken van de samenwerking tussen de besturen en op "
          "het verkleinen van de bureaucratie rond aanvragen. Het aantal formulieren is gehalveerd, het "
          "aanvraagportaal is vernieuwd en de consulenten zijn per cluster van scholen georganiseerd. Directeuren "
          "gaven in gesprekken aan dat zij het samenwerkingsverband beter weten te vinden. Tegelijk bleek dat "
          "afspraken niet overal op dezelfde manier werden uitgevoerd. Dat is een belangrijke aanleiding voor de "
          "keuzes in dit plan."),
    ] + visie(c) + governance(c) + opr(c) + [
        H1("Wat elke school in Rivierenland-Oost biedt"),
        P("De besturen hebben afgesproken dat iedere vestiging van iedere aangesloten school, ongeacht bestuur, "
          "denominatie of grootte, ten minste hetzelfde niveau van ondersteuning biedt. Dit afgesproken minimum "
          "noemen wij de basisondersteuning. Het is geen streven maar een ondergrens: een school die het niveau "
          "niet haalt, stelt samen met haar bestuur een verbeterplan op. De basisondersteuning is het deel van de "
          "ondersteuning dat een school zonder aanvraag bij het samenwerkingsverband en zonder extra middelen "
          "levert, binnen de eigen formatie en het eigen budget."),
        P("Concreet kunnen ouders op elke school in de regio het volgende verwachten. Er is een intern begeleider "
          "met ten minste 0,4 fte per 200 leerlingen, die op vaste momenten groepsbesprekingen voert met de "
          "leraren. De school werkt met een dyslexieprotocol en een dyscalculieprotocol en biedt leerlingen met "
          "lees- of rekenproblemen drie keer per week verlengde instructie in een kleine groep. Iedere school "
          "heeft een gedragsspecialist of heeft toegang tot de gedragsspecialist van het eigen bestuur, en "
          "hanteert een methode voor sociaal-emotioneel leren met een jaarlijkse signalering. Leerlingen die meer "
          "aankunnen krijgen verrijkingsstof en ten minste een uur per week werken zij met ontwikkelingsgelijken. "
          "De school kan eenvoudige medische handelingen uitvoeren volgens het protocol medisch handelen, en heeft "
          "een aandachtsfunctionaris voor de meldcode. Nieuwkomers krijgen in hun eerste jaar dagelijks extra "
          "taalaanbod. Tot slot werkt iedere school handelingsgericht: de onderwijsbehoeften van leerlingen zijn "
          "vastgelegd in groepsplannen of groepsoverzichten en worden drie keer per jaar besproken."),
        P("De scholen beschrijven in hun schoolgids hoe zij deze basisondersteuning invullen. De consulenten van "
          "het samenwerkingsverband bespreken jaarlijks met elke directeur aan de hand van een kijkwijzer of de "
          "afspraken worden nagekomen; bevindingen worden aan het bestuur gerapporteerd."),
        H1("Ondersteuningsaanbod binnen en tussen scholen"),
        P("Wanneer de basisondersteuning niet toereikend is, kan de school een beroep doen op extra ondersteuning. "
          "Ons aanbod is opgebouwd in drie lagen. In de eerste laag zet de school een arrangement op maat in, "
          "gefinancierd uit het schoolbudget; denk aan een onderwijsassistent voor een deel van de week, een "
          "individueel leesprogramma of begeleiding door een ambulant begeleider. In de tweede laag kan de school "
          "gebruikmaken van de bovenschoolse voorzieningen: de observatiegroep De Wissel in Elst (twaalf plaatsen), "
          "de plusklas voor meer- en hoogbegaafde leerlingen op vier locaties en de taalklas voor nieuwkomers in "
          "Bemmel. In de derde laag gaat het om plaatsing in het speciaal basisonderwijs (twee sbo-scholen: De "
          "Bongerd en Het Anker) of in het speciaal onderwijs van cluster 3 en 4 (De Linde, De Brink en het "
          "Kompas)."),
        P("Met de jeugdhulpaanbieders en de gemeenten werken wij aan onderwijs-zorgarrangementen voor leerlingen "
          "bij wie onderwijs en zorg niet los van elkaar kunnen worden gezien. Twee van zulke arrangementen "
          "draaien al op sbo De Bongerd."),
        P("Over een dekkend netwerk spreken wij pas als iedere leerling een plek heeft. Het aantal thuiszitters "
          "in onze regio baart ons zorgen. Hoe wij signaleren waar het aanbod tekortschiet en wat wij dan doen, "
          "is onderwerp van de werkgroep Thuisnabij; haar voorstellen verwachten wij in de loop van schooljaar "
          "2026-2027."),
        H1("Toelaatbaarheid tot sbo en so"),
        P("Voor plaatsing op een sbo-school of een so-school is een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband nodig. Het schoolbestuur van de school waar de leerling staat ingeschreven vraagt "
          "de TLV aan via het digitale aanvraagportaal. Bij de aanvraag horen het ontwikkelingsperspectief, het "
          "verslag van het multidisciplinair overleg waarin ouders hun zienswijze hebben gegeven en een overzicht "
          "van de ingezette ondersteuning. Een consulent controleert binnen vijf werkdagen of de aanvraag volledig "
          "is. Daarna brengen twee deskundigen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog "
          "of psycholoog, en afhankelijk van de leerling een kinderpsychiater, maatschappelijk werker of arts. "
          "Geen van beide deskundigen is betrokken geweest bij de aanvraag. De Commissie Toelaatbaarheid, die "
          "namens de directeur-bestuurder besluit, neemt binnen zes weken na ontvangst van de volledige aanvraag "
          "een besluit. Het schoolbestuur en de ouders ontvangen het besluit schriftelijk, met een afschrift van "
          "beide adviezen."),
        P("Een leerling is toelaatbaar tot het sbo wanneer (a) de ondersteuningsbehoefte de mogelijkheden van de "
          "basisondersteuning en van ten minste twee arrangementen van zes maanden aantoonbaar te boven gaat, "
          "(b) de achterstand op ten minste twee kerndomeinen structureel groter is dan een jaar of het "
          "sociaal-emotioneel functioneren de ontwikkeling ernstig belemmert, en (c) de deskundigen onderschrijven "
          "dat een kleinere groep met gespecialiseerde begeleiding nodig is. Voor het so geldt daarnaast dat de "
          "leerling een intensieve, langdurige ondersteuningsbehoefte heeft op het gebied van leren, gedrag, "
          "lichamelijke of verstandelijke mogelijkheden, die ook in het sbo niet kan worden geboden."),
        P("Een TLV sbo wordt afgegeven voor twee schooljaren; een TLV so in de regel voor drie schooljaren, in "
          "de bekostigingscategorie laag, midden of hoog die de deskundigen adviseren. Wie het niet eens is met "
          "het besluit, kan binnen zes weken bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt "
          "voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        P("Leerlingen die na hun periode in het sbo of so weer naar een basisschool kunnen, willen wij daar zo "
          "goed mogelijk bij helpen. Ons uitgangspunt is dat een plaats in het speciaal onderwijs geen "
          "eindstation hoeft te zijn. Terugkeer is aan de orde wanneer het ontwikkelingsperspectief laat zien dat "
          "de leerling in een reguliere groep tot ontwikkeling kan komen en een basisschool in de buurt de "
          "benodigde ondersteuning kan organiseren. Na de overstap krijgt de ontvangende basisschool een "
          "terugkeerarrangement van € 4.500 voor het eerste halfjaar, en begeleidt een ambulant begeleider van de "
          "sbo- of so-school de leerling en de leraar gedurende twintig weken. Het precieze stappenplan, met "
          "wie wat wanneer doet, leggen wij vast in de handreiking terugplaatsing die de sbo- en so-scholen "
          "samen met ons bureau opstellen; de eerste versie verschijnt naar verwachting begin 2027."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk de middelen voor lichte en zware "
          "ondersteuning. Na aftrek van de afdrachten aan sbo en so voor de geplaatste leerlingen resteert een "
          "bedrag dat wij volgens een vaste sleutel verdelen. Ieder schoolbestuur ontvangt een schoolbudget van "
          "€ 142 per ingeschreven leerling op de teldatum van 1 oktober van het voorgaande jaar, plus een vaste "
          "voet van € 6.000 per vestiging. Scholen met een hoog aandeel leerlingen met een ondersteuningsvraag "
          "(gemeten met de CBS-onderwijsachterstandsindicator) ontvangen een toeslag van ten hoogste 20 procent. "
          "De directeur-bestuurder stelt de bedragen jaarlijks vóór 1 juni vast, na advies van de ALV."),
        P("Met het schoolbudget bekostigen de besturen de arrangementen in laag 1. Zij leggen in hun "
          "bestuursverslag verantwoording af over de besteding, aan de hand van een vast format met aantallen "
          "leerlingen en ingezette uren. Het budget voor de bovenschoolse voorzieningen beheert het "
          "samenwerkingsverband zelf."),
        P("De meerjarenbegroting ziet er als volgt uit (bedragen × € 1.000)."),
        TABLE(["Post", "2025", "2026", "2027", "2028"],
              ["Baten ondersteuningsmiddelen", "16.910", "16.780", "16.590", "16.420"],
              ["Afdrachten sbo/so (DUO)", "-8.640", "-8.590", "-8.520", "-8.470"],
              ["Schoolbudgetten besturen", "5.210", "5.150", "5.070", "5.000"],
              ["Bovenschoolse voorzieningen", "1.640", "1.660", "1.680", "1.680"],
              ["Terugkeerarrangementen", "90", "110", "120", "120"],
              ["Bureau en personeel", "1.260", "1.280", "1.290", "1.300"],
              ["Resultaat", "60", "-10", "-90", "-150"]),
        P("De algemene reserve bedroeg op 31 december 2024 € 2,1 miljoen. Dat is boven de signaleringswaarde; "
          "met de negatieve begrotingsresultaten van 2026 tot en met 2028 brengen wij de reserve terug naar het "
          "niveau dat nodig is om risico's op te vangen."),
    ] + oogo(c) + [
        H1("Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
          "schoolbesturen, scholen, gemeenten en partners via een digitale nieuwsbrief die zes keer per jaar "
          "verschijnt en via het directeurenoverleg."),
        P("Ouders willen vooral weten wat zij van de school van hun kind mogen verwachten. Op de website staat "
          "een ouderpagina met uitleg over basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de "
          "TLV-procedure, in eenvoudige taal en vertaald in het Engels, Arabisch en Pools. Iedere school reikt bij "
          "de intake de folder 'Passend onderwijs in Rivierenland-Oost' uit. Twee keer per jaar organiseren wij "
          "een informatieavond voor ouders, en het bureau heeft op werkdagen een telefonisch spreekuur."),
        P("Soms lopen ouders vast in het contact met school. Zij kunnen dan kosteloos terecht bij het Ouder- en "
          "Jeugdsteunpunt Rivierenland, dat onafhankelijk van scholen en samenwerkingsverband werkt en met ouders "
          "meedenkt, meeleest en zo nodig meegaat naar gesprekken. Daarnaast verwijzen wij naar de "
          "Onderwijsconsulenten en, bij een klacht over het samenwerkingsverband, naar de klachtencommissie "
          "waarbij wij zijn aangesloten."),
        H1("Kwaliteit en resultaten"),
        P("Wij willen een lerende organisatie zijn. De beoogde resultaten voor deze planperiode formuleren wij in "
          "het eerste jaarplan, nadat de ondersteuningsplanraad en de ALV daarover zijn gehoord. Hoe wij die "
          "resultaten gaan volgen en aan wie wij erover rapporteren, is nog onderwerp van gesprek."),
    ] + personeel(c) + kennis(c) + ict(c) + planning(c) + begrippen([
        ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, duur en inzet."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
        ["Dekkend netwerk", "Een geheel van voorzieningen waarbinnen iedere leerling een passende plek vindt."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het basisonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling niet naar school gaat."],
    ])
    title = [("title", f"Ondersteuningsplan {c['period']}"),
             P(f"{c['name']} ({c['code']})\n\nVastgesteld op {c['vast_date']}")]
    return with_toc(title, body)


LABEL1 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Wat elke school in Rivierenland-Oost biedt': minimum for every vestiging plus concrete list (IB 0,4 fte, protocols, verlengde instructie); kijkwijzer = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': portal, 5 werkdagen check, two separate deskundigen, Commissie binnen zes weken; criteria a-c; duration, categorie, bezwaar LBT.",
        "terugstroom": "Last paragraph of the TLV chapter gives policy (aims, conditions, terugkeerarrangement EUR 4.500 + 20 weeks AB) but the stappenplan is deferred to a handreiking 'begin 2027'.",
        "financien": "Under 'Geld en middelen': EUR 142 per leerling + vaste voet + toeslag (verdeling), meerjarenbegroting 2025-2028 (besteding), reserve EUR 2,1 mln.",
        "dekkend-aanbod": "Three-layer continuum with named voorzieningen is described; gap detection/thuiszitters only deferred to werkgroep Thuisnabij ('in de loop van 2026-2027').",
        "resultaten": "'Kwaliteit en resultaten' only defers goals to the first jaarplan and monitoring 'nog onderwerp van gesprek'; rest is TOC/glossary/visie value words.",
        "ouders": "Inside chapter 'Communicatie': ouderpagina, folder, informatieavonden (informatie); OJSP Rivierenland, Onderwijsconsulenten, klachtencommissie (steunpunt).",
    })


# ---------------------------------------------------------------------------
# Plan 2: VO, .pdf (from docx), content in tables
# ---------------------------------------------------------------------------
C2 = dict(name="Samenwerkingsverband VO Kempenrand", code="VO 30-04", period="2025-2029",
          n_besturen=6, n_lln="11.240", n_scholen=17, gemeenten="Bergeijk, Bladel, Eersel en Reusel-De Mierden",
          director="J.P. (Joost) van Dinther MEd", seat="Eersel", fte=11,
          other_swv="PO Kempenrand (PO 30-03)", oogo_date="21 januari 2025", swv_overleg_date="28 januari 2025",
          opr_date="11 maart 2025", dir_date="9 december 2024", vast_date="20 maart 2025",
          insp_date="1 april 2025")


def plan2():
    c = C2
    body = voorwoord(c) + inleiding(c) + landelijk(c) + [
        H1("Kengetallen"),
        P("Onderstaande tabel geeft een beeld van de regio. De prognoses laten een lichte krimp zien."),
        TABLE(["Kengetal", "2022", "2023", "2024", "Prognose 2028"],
              ["Leerlingen vo (incl. pro)", "11.610", "11.430", "11.240", "10.690"],
              ["Leerlingen vso (in eigen regio)", "318", "327", "334", "330"],
              ["Scholen / vestigingen", "6 / 17", "6 / 17", "6 / 17", "6 / 16"]),
    ] + visie(c) + governance(c) + opr(c) + [
        H1("Het ondersteuningsaanbod: niveau 1, 2 en 3"),
        H2("Niveau 1: basisondersteuning"),
        P("Alle vestigingen in de Kempenrand bieden dezelfde basisondersteuning. Deze regionale standaard is door "
          "alle zes besturen onderschreven en geldt als ondergrens voor iedere vestiging, van praktijkonderwijs tot "
          "gymnasium. De twaalf standaarden met hun concretiseringen zijn opgenomen in bijlage 2 "
          "(Kwaliteitskaart basisondersteuning). Elke vestiging wordt eens per twee jaar door twee collega-"
          "ondersteuningscoördinatoren gevisiteerd op deze standaarden; het verslag gaat naar het bestuur van "
          "de school en naar het samenwerkingsverband."),
        H2("Niveau 2: arrangementen en bovenschoolse voorzieningen"),
        P("Waar de basisondersteuning niet volstaat, zet de school extra ondersteuning in. De volgende voorzieningen "
          "staan ter beschikking:"),
        TABLE(["Voorziening", "Voor wie", "Plaatsen", "Duur"],
              ["Ondersteuningsarrangement op de eigen school", "leerlingen met leer- of gedragsvraag", "n.v.t.", "max. 1 jaar, verlengbaar"],
              ["Rebound De Kempen (Bladel)", "leerlingen met ernstige gedragsproblematiek, time-out", "24", "12 weken"],
              ["OPDC Het Startpunt (Eersel)", "leerlingen die tijdelijk niet in de reguliere klas passen", "40", "max. 2 jaar"],
              ["Schakelklas nieuwkomers", "nieuwkomers 12-18 jaar", "30", "1-2 jaar"],
              ["Onderwijs-zorgarrangement (met jeugdhulp)", "leerlingen met gecombineerde onderwijs- en zorgvraag", "8", "maatwerk, max. 1 jaar"]),
        H2("Niveau 3: voortgezet speciaal onderwijs"),
        P("Voor leerlingen met een intensieve ondersteuningsbehoefte zijn er binnen de regio twee vso-scholen "
          "(cluster 3 en cluster 4) en daarbuiten drie scholen waarmee wij afspraken hebben. Het praktijkonderwijs "
          "en het leerwegondersteunend onderwijs maken deel uit van het regulier onderwijs."),
        H1("Toewijzing en toelaatbaarheid"),
        P("De Commissie Toewijzing van het samenwerkingsverband beslist over toelaatbaarheid tot het vso en over "
          "toewijzing van lwoo en pro. De aanvraag wordt ingediend door de school waar de leerling is aangemeld of "
          "ingeschreven. Het verloop is als volgt."),
        TABLE(["Stap", "Wie", "Termijn"],
              ["1. Aanvraag met OPP, handelingsdeel en onderzoeksgegevens via het portaal", "ondersteuningscoördinator school", "-"],
              ["2. Ontvankelijkheidstoets", "secretaris Commissie Toewijzing", "binnen 5 werkdagen"],
              ["3. Twee onafhankelijke schriftelijke deskundigenadviezen (orthopedagoog/psycholoog + tweede deskundige)", "deskundigen pool SWV", "binnen 3 weken"],
              ["4. Besluit", "Commissie Toewijzing namens directeur-bestuurder", "binnen 6 weken na ontvankelijke aanvraag"],
              ["5. Toezending besluit met adviezen", "secretariaat", "binnen 3 werkdagen na besluit"]),
        P("De Commissie hanteert de volgende criteria."),
        TABLE(["Voorziening", "Criteria"],
              ["vso", "De ondersteuningsbehoefte overstijgt niveau 1 en 2; ten minste één arrangement van niveau 2 is doorlopen en geëvalueerd, of uit de deskundigenadviezen blijkt dat dit niet zinvol is; de leerling heeft een langdurige, intensieve behoefte aan een gespecialiseerde setting."],
              ["lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand op ten minste twee domeinen (25-50%), of IQ 91-120 met achterstand én sociaal-emotionele problematiek. Het SWV hanteert geen eigen criteria."],
              ["pro", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste 50% op twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen."]),
        P("Een TLV vso wordt afgegeven voor de duur van één, twee of drie schooljaren en vermeldt de "
          "bekostigingscategorie (laag, midden of hoog). Een aanwijzing lwoo of pro geldt voor de gehele "
          "schoolloopbaan in het vo."),
        H2("Afschalen: de weg terug naar het regulier voortgezet onderwijs"),
        P("Een plaatsing in het vso is voor ons tijdelijk waar dat kan. Ons beleid is dat iedere vso-leerling "
          "jaarlijks wordt bekeken op de vraag of overstap naar een reguliere vo-school mogelijk is. "
          "Voorwaarden zijn dat de evaluatie van het OPP laat zien dat de leerling de uitstroombestemming in het "
          "regulier onderwijs kan halen en dat een ontvangende school de benodigde ondersteuning kan bieden. "
          "Na de overstap blijft de leerling recht houden op een overstaparrangement: een half jaar "
          "begeleiding door de vso-school (vier uur per week) en een budget van € 3.000 voor de ontvangende school."),
        TABLE(["Moment", "Handeling", "Verantwoordelijk"],
              ["Jaarlijkse OPP-evaluatie (uiterlijk maart)", "Vso-school toetst of overstap haalbaar is", "commissie van begeleiding vso"],
              ["Laatste schooljaar van de TLV, vóór 1 februari", "Vso-school meldt de leerling aan bij het SWV: verlenging of overstap", "vso-school"],
              ["Binnen 4 weken na melding", "Overstapgesprek met vso, beoogde school en consulent SWV", "consulent SWV"],
              ["Vóór 1 mei", "Besluit: nieuwe TLV of overstap per 1 augustus; bij overstap vervalt de TLV", "Commissie Toewijzing"],
              ["6 weken en 6 maanden na overstap", "Evaluatie overstaparrangement", "ontvangende school + consulent"]),
        P("In 2023-2024 stapten 14 vso-leerlingen over naar een reguliere vo-school; in 2022-2023 waren dat er 9."),
        H1("Thuiszitters en dekkend netwerk"),
        P("Wij spreken van een dekkend netwerk als voor iedere jongere binnen redelijke tijd een passende plek "
          "beschikbaar is. Wij brengen tekorten op drie manieren in beeld: (1) elke maand bespreekt de "
          "thuiszitterstafel, met leerplicht, jeugdhulp en het SWV, iedere jongere die langer dan vier weken "
          "niet of gedeeltelijk naar school gaat; (2) elk kwartaal rapporteren de voorzieningen hun wachtlijsten; "
          "(3) jaarlijks analyseert het bureau alle aanmeldingen waarvoor binnen de zorgplichttermijn van zes plus "
          "vier weken geen plek werd gevonden."),
        P("Blijkt dat een jongere geen passende plek heeft, dan wijst de directeur-bestuurder binnen twee weken "
          "een school aan die de regie neemt (doorzettingsmacht), met zo nodig een maatwerkbudget. Structurele "
          "tekorten leiden tot een voorstel aan de ALV voor uitbreiding van het aanbod; zo is in 2024 de "
          "schakelklas nieuwkomers met tien plaatsen uitgebreid."),
        H1("Resultaten"),
        P("Het samenwerkingsverband heeft voor deze planperiode de volgende beoogde resultaten vastgesteld. "
          "De nulmeting is van 1 oktober 2024."),
        TABLE(["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
              ["Deelnamepercentage vso (peildatum 1 oktober)", "2,97%", "≤ 2,75%"],
              ["Thuiszitters langer dan 3 maanden", "11", "≤ 4"],
              ["Doorlooptijd TLV-aanvraag (mediaan)", "31 werkdagen", "≤ 25 werkdagen"],
              ["Overstap vso → regulier vo per jaar", "14", "≥ 18"],
              ["Leerlingen OPDC die binnen 2 jaar terugkeren naar regulier", "68%", "≥ 80%"]),
        P("Het bureau verzamelt de gegevens uit DUO-bestanden, de leerplichtregistratie en het aanvraagportaal. "
          "Twee keer per jaar (februari en september) bespreken directeuren, bestuur en raad van toezicht een "
          "voortgangsrapportage. Het jaarverslag bevat de bereikte resultaten ten opzichte van de streefwaarden "
          "en de inzet van middelen per voorziening; afwijkingen van meer dan tien procent leiden tot een "
          "verbeteractie in het volgende jaarplan."),
        H1("Financieel beleid"),
        P("De middelen voor lichte ondersteuning en de resterende middelen voor zware ondersteuning worden via "
          "onderstaande verdeelsleutel aan de schoolbesturen toegekend. De verdeling wordt jaarlijks vóór 1 mei "
          "door de directeur-bestuurder vastgesteld."),
        TABLE(["Onderdeel", "Grondslag", "Bedrag"],
              ["Lichte ondersteuning (basis)", "per leerling op teldatum 1 oktober t-1", "€ 118 per leerling"],
              ["Vaste voet", "per vestiging", "€ 9.500"],
              ["Lwoo/pro", "doorbetaling rijksbekostiging aan de school", "volgens DUO-beschikking"],
              ["Niveau 2-voorzieningen", "capaciteitsfinanciering aan de penvoerende school", "per plaats"]),
        P("Meerjarenbegroting 2025-2029: p.m. De cijfers worden ingevoegd zodra de definitieve beschikking van "
          "het ministerie bekend is en de ALV de begroting heeft goedgekeurd."),
        H1("Leerlingen en ouders"),
        P("Het communicatieplan richting ouders en leerlingen is in voorbereiding en wordt na de zomer van 2026 aan "
          "de ondersteuningsplanraad voorgelegd."),
    ] + oogo(c) + personeel(c) + kennis(c) + ict(c) + planning(c) + begrippen([
        ["Afschalen", "Overgang naar een lichtere vorm van ondersteuning."],
        ["Basisondersteuning", "Niveau 1; zie bijlage 2."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt; onafhankelijk steunpunt voor ouders en jongeren."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Pro", "Praktijkonderwijs."],
        ["Terugplaatsing", "Overstap van vso naar regulier vo."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelsleutel", "Regels voor toekenning van middelen aan besturen."],
    ])
    title = [("title", f"Ondersteuningsplan {c['period']}"),
             P(f"{c['name']} ({c['code']})\n\nVersie na instemming OPR, {c['opr_date']}")]
    return with_toc(title, body)


LABEL2 = dict(
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "'Niveau 1': same standard as minimum for every vestiging, visitatie (borging), but the twelve standaarden are only in absent bijlage 2.",
        "plaatsing": "'Toewijzing en toelaatbaarheid': steps/termijnen table, Commissie Toewijzing decides, criteria table for vso/lwoo/pro, duration + categorie; no bezwaar.",
        "terugstroom": "Hidden in TLV chapter 'Afschalen': policy (yearly check, conditions, overstaparrangement) and table with moments/actors/end of TLV; figures 14 and 9.",
        "financien": "'Financieel beleid' gives verdeelsleutel table (EUR 118 per leerling, vaste voet); meerjarenbegroting is 'p.m.'.",
        "dekkend-aanbod": "Niveau 1-2-3 tables (continuum); 'Thuiszitters en dekkend netwerk' covers gap detection and doorzettingsmacht (lacunes).",
        "resultaten": "'Resultaten': indicator table with nulmeting and streefwaarden; monitoring via DUO data, twice-yearly rapportage, jaarverslag.",
        "ouders": "Only a deferral ('communicatieplan ... na de zomer van 2026') under 'Leerlingen en ouders' plus glossary OJSP entry and passing mentions.",
    })


# ---------------------------------------------------------------------------
# Plan 3: PO, .pdf (from docx), long prose
# ---------------------------------------------------------------------------
C3 = dict(name="Stichting Samenwerkingsverband De Brug", code="PO 24-07", period="2024-2028",
          n_besturen=7, n_lln="9.730", n_scholen=41, gemeenten="Heerde, Hattem en Oldebroek",
          director="R. (Rik) Brouwer", seat="Hattem", fte=9, other_swv="VO Noord-Veluwe (VO 24-08)",
          oogo_date="6 februari 2024", swv_overleg_date="13 februari 2024", opr_date="26 maart 2024",
          dir_date="16 januari 2024", vast_date="9 april 2024", insp_date="23 april 2024")


def plan3():
    c = C3
    body = voorwoord(c) + inleiding(c) + landelijk(c) + visie(c) + [
        H1("Wat scholen zelf bieden"),
        P("Over de basisondersteuning is de afgelopen jaren veel gesproken, in onze regio en landelijk. Het "
          "kabinet heeft aangekondigd dat er een landelijke norm voor de basisondersteuning komt. Wij kiezen er "
          "daarom bewust voor om in deze planperiode geen eigen regionale lijst op te stellen: zodra de norm "
          "wettelijk is verankerd, nemen wij deze over en passen wij dit hoofdstuk aan. Tot die tijd beschrijft "
          "iedere school in haar schoolgids wat zij aan ondersteuning biedt."),
    ] + governance(c) + opr(c) + [
        H1("Een passende plek voor ieder kind"),
        P("De Brug wil dat ieder kind in de regio onderwijs krijgt op een plek die past, en dat er geen kind thuis "
          "komt te zitten omdat er nergens plaats is. Daarvoor is een samenhangend aanbod nodig, binnen de scholen "
          "en tussen de scholen, van lichte extra hulp in de groep tot een plaats in het speciaal onderwijs."),
        P("Het aanbod ziet er als volgt uit. Op schoolniveau zet de school, bovenop wat zij zelf biedt, een "
          "arrangement in waarvoor zij middelen van haar bestuur ontvangt: extra handen in de groep, een "
          "remedial teacher, een training sociale vaardigheden of begeleiding door een ambulant begeleider van het "
          "expertisecentrum. Tussen de scholen zijn er vier bovenschoolse voorzieningen: de Kiemklas voor jonge "
          "kinderen met een ontwikkelingsvraag (Heerde), de Denkwerkplaats voor hoogbegaafde leerlingen (één dag "
          "per week, drie locaties), de Taalbrug voor nieuwkomers (Oldebroek) en de Time-outgroep De Haven voor "
          "leerlingen die tijdelijk een rustige plek nodig hebben (maximaal twaalf weken). Tot slot zijn er het "
          "speciaal basisonderwijs (sbo De Regenboog) en het speciaal onderwijs (so De Sprong voor cluster 4 en "
          "de so-afdeling van De Twijn voor cluster 3)."),
        P("Met de drie gemeenten hebben wij afgesproken dat jeugdhulp onder schooltijd op school kan worden "
          "geboden. Een schoolmaatschappelijk werker is aan iedere school verbonden."),
        H2("Waar het aanbod tekortschiet"),
        P("Ondanks dit aanbod zijn er kinderen voor wie het niet lukt. Op 1 oktober 2023 waren er in ons gebied "
          "zeven thuiszitters en dertien kinderen met een vrijstelling. De wachtlijst voor De Sprong liep op tot "
          "negen kinderen. Iedere school meldt een kind dat langer dan twee weken ongeoorloofd of zonder passend "
          "aanbod thuis is binnen drie werkdagen bij het Expertiseteam van De Brug. Het Expertiseteam belegt "
          "binnen tien werkdagen een overleg met ouders, school, leerplicht en jeugdhulp en maakt een plan met "
          "een einddatum. Lukt dat niet, dan beslist de directeur-bestuurder welke school de plaatsing uitvoert. "
          "Twee keer per jaar maakt het Expertiseteam een analyse van de meldingen en de wachtlijsten; "
          "structurele tekorten worden met de besturen besproken en leiden tot aanpassing van het aanbod, zoals "
          "in 2023 de uitbreiding van De Haven met zes plaatsen."),
        H1("Toelaatbaarheid"),
        P("Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig. De procedure verloopt in "
          "vier stappen. Eerst bespreekt de school de situatie in een multidisciplinair overleg met ouders, de "
          "consulent van De Brug en zo nodig een jeugdprofessional. Vervolgens dient het schoolbestuur de aanvraag "
          "in bij de Commissie Toelaatbaarheid, met het ontwikkelingsperspectief en de verslagen van de "
          "ondersteuning. Daarna adviseren een orthopedagoog en een tweede deskundige, ieder afzonderlijk. Ten "
          "slotte besluit de Commissie binnen zes weken. Tegen het besluit staat bezwaar open; De Brug is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie."),
        P("Aan de hand van welke criteria de Commissie beoordeelt of een kind toelaatbaar is, wordt in de loop van "
          "schooljaar 2024-2025 opnieuw vastgesteld, na afstemming met de sbo- en so-scholen. De uitkomst wordt "
          "in een protocol vastgelegd."),
        H1("Terug naar de wijkschool"),
        P("Veel kinderen in sbo en so kunnen na een aantal jaren weer naar een basisschool in de eigen wijk. De "
          "Brug vindt dat belangrijk: thuisnabij onderwijs is ons uitgangspunt en een verwijzing is geen "
          "eindpunt. Wij stellen drie voorwaarden aan een terugkeer: het kind heeft de doelen uit het "
          "ontwikkelingsperspectief voor gedrag en werkhouding grotendeels bereikt, het kind kan zich in een groep "
          "van 25 of meer kinderen handhaven met de ondersteuning die een basisschool kan organiseren, en ouders "
          "staan achter de overstap. Na terugkeer ontvangt de basisschool een overstaparrangement voor maximaal een "
          "jaar en begeleidt een leerkracht van de sbo- of so-school de eerste drie maanden."),
        P("De werkwijze is als volgt. De sbo- of so-school bespreekt bij iedere evaluatie van het "
          "ontwikkelingsperspectief (tweemaal per jaar) of terugkeer in beeld is. In het laatste jaar van de TLV "
          "is die bespreking verplicht en neemt de consulent van De Brug eraan deel. Is terugkeer haalbaar, dan "
          "zoekt de sbo- of so-school samen met ouders een basisschool, volgt een proefperiode van zes weken "
          "waarin het kind twee dagen per week op de nieuwe school is, en besluit de Commissie Toelaatbaarheid na "
          "een eindgesprek of de TLV wordt beëindigd. Is terugkeer nog niet haalbaar, dan vraagt de school tijdig "
          "een nieuwe TLV aan."),
        H1("Middelen"),
        P("De Brug ontvangt de rijksmiddelen voor ondersteuning. Na de afdrachten aan sbo en so resteert een bedrag "
          "voor de schoolbesturen en voor de bovenschoolse voorzieningen. Het huidige verdeelmodel is in 2016 "
          "vastgesteld en sluit niet meer aan bij onze ambities. Een werkgroep van bestuurders ontwikkelt daarom "
          "in 2024-2025 een nieuw verdeelmodel; tot de vaststelling daarvan worden de middelen op de bestaande "
          "wijze toegekend."),
        P("De meerjarenbegroting (bedragen in euro's):"),
        TABLE(["", "2024", "2025", "2026", "2027"],
              ["Rijksbijdrage ondersteuning", "11.240.000", "11.105.000", "10.990.000", "10.870.000"],
              ["Afdracht sbo/so", "5.930.000", "5.880.000", "5.850.000", "5.820.000"],
              ["Middelen schoolbesturen (arrangementen)", "3.390.000", "3.340.000", "3.290.000", "3.230.000"],
              ["Bovenschoolse voorzieningen", "1.120.000", "1.150.000", "1.150.000", "1.150.000"],
              ["Expertiseteam en consulenten", "520.000", "530.000", "540.000", "545.000"],
              ["Bureau, huisvesting, ICT", "395.000", "400.000", "405.000", "410.000"],
              ["Saldo", "-115.000", "-195.000", "-245.000", "-285.000"]),
        P("De reserves bedragen € 1,6 miljoen. De tekorten in de begroting zijn bewust: zo wordt de reserve in vier "
          "jaar teruggebracht tot ongeveer € 760.000, wat het weerstandsvermogen is dat past bij onze risico's."),
        H1("Onze doelen"),
        P("In deze planperiode willen wij de volgende resultaten bereiken voor kinderen met een "
          "ondersteuningsbehoefte:"),
        UL("in 2028 zit geen enkel kind langer dan drie maanden thuis zonder passend aanbod;",
           "het percentage leerlingen in sbo en so daalt van 3,4% (2023) naar 3,0% in 2028;",
           "ten minste 15 kinderen per jaar keren vanuit sbo of so terug naar de basisschool;",
           "90% van de ouders van kinderen met een arrangement is tevreden over de ondersteuning."),
        P("Hoe wij de voortgang op deze doelen in beeld brengen en verantwoorden, werken wij uit in een "
          "monitoringskader dat in het voorjaar van 2025 aan het bestuur wordt voorgelegd."),
        H1("Informatie voor ouders"),
        P("Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die kunnen krijgen. De Brug heeft daarom "
          "een ouderbrochure, die op alle scholen ligt en bij iedere aanmelding wordt meegegeven. Op de website "
          "staat een overzicht van alle arrangementen en bovenschoolse voorzieningen, met de contactpersoon per "
          "voorziening. In oktober en maart houden wij een inloopavond voor ouders op het bureau. De intern "
          "begeleider van de school is voor ouders het eerste aanspreekpunt."),
        P("Voor onafhankelijk advies en ondersteuning verwijzen wij ouders naar de pagina 'Hulp voor ouders' op "
          "onze website."),
    ] + oogo(c) + personeel(c) + kennis(c) + ict(c) + planning(c) + begrippen([
        ["Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband bieden, met "
                               "onder meer preventieve en licht curatieve interventies."],
        ["Expertiseteam", "Team van De Brug voor complexe vragen en thuiszitters."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."],
        ["OPP", "Ontwikkelingsperspectief."],
        ["TLV", "Toelaatbaarheidsverklaring; criteria: zie protocol."],
        ["Verdeelmodel", "Wijze waarop middelen over de besturen worden verdeeld."],
    ])
    title = [("title", "Ondersteuningsplan De Brug"), P(f"{c['code']} – planperiode {c['period']}")]
    return with_toc(title, body)


LABEL3 = dict(
    sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Wat scholen zelf bieden' explicitly sets no regional level (waits for landelijke norm, refers to schoolgidsen); definition only in begrippenlijst.",
        "plaatsing": "'Toelaatbaarheid': four-step procedure, Commissie, zes weken, deskundigen, bezwaar; criteria deferred ('in de loop van schooljaar 2024-2025 opnieuw vastgesteld').",
        "terugstroom": "'Terug naar de wijkschool': conditions, overstaparrangement (beleid) and OPP-evaluations, proefperiode, Commissie ends TLV (procedure).",
        "financien": "'Middelen': meerjarenbegroting table with amounts and reserves, but new verdeelmodel deferred and the current one not described.",
        "dekkend-aanbod": "'Een passende plek voor ieder kind': continuum with named voorzieningen; 'Waar het aanbod tekortschiet': thuiszitters, Expertiseteam, analysis, doorzettingsmacht.",
        "resultaten": "'Onze doelen' lists measurable goals; monitoring deferred to a monitoringskader 'voorjaar 2025'.",
        "ouders": "'Informatie voor ouders': brochure, website overview, inloopavonden; independent support only a website reference; Onderwijsconsulenten only in begrippenlijst.",
    })


# ---------------------------------------------------------------------------
# Plan 4: VO, .docx, tables
# ---------------------------------------------------------------------------
C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Zuid-Haven", code="VO 28-09", period="2026-2030",
          n_besturen=5, n_lln="16.020", n_scholen=22, gemeenten="Hellevoetsluis, Brielle en Westvoorne",
          director="dr. S. (Samira) El Amrani", seat="Hellevoetsluis", fte=16,
          other_swv="PO Voorne-Haven (PO 28-08)", oogo_date="3 februari 2026", swv_overleg_date="10 februari 2026",
          opr_date="17 maart 2026", dir_date="13 januari 2026", vast_date="24 maart 2026",
          insp_date="7 april 2026")


def plan4():
    c = C4
    body = voorwoord(c) + inleiding(c) + landelijk(c) + visie(c) + governance(c) + opr(c) + [
        H1("Basisondersteuning"),
        P("In Zuid-Haven hebben de vijf besturen één gezamenlijk niveau van basisondersteuning afgesproken. Dit "
          "niveau geldt voor iedere vestiging, inclusief het praktijkonderwijs en de scholen met alleen havo en "
          "vwo. Het is wat een leerling op elke school kan verwachten zonder dat daarvoor een aanvraag nodig is. "
          "De tabel hieronder is de afgesproken ondergrens."),
        TABLE(["Onderdeel", "Wat iedere vestiging minimaal biedt"],
              ["Ondersteuningsstructuur", "Een ondersteuningscoördinator (min. 0,5 fte per 500 leerlingen), mentor met 1 mentoruur per week, zorg- en adviesteam minimaal 6x per jaar"],
              ["Leren", "Dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, auditieve ondersteuning); huiswerkbegeleiding 2 middagen per week"],
              ["Gedrag en welbevinden", "Anti-pestprogramma met jaarlijkse monitor; trainingen faalangst en sociale vaardigheden; een vaste time-outplek binnen de school"],
              ["Executieve functies", "Coaching bij plannen en organiseren (check-in/check-out) voor leerlingen die dat nodig hebben"],
              ["Medisch", "Protocol medisch handelen; aangepaste roosters bij chronische ziekte"],
              ["Samenwerking", "Schoolmaatschappelijk werk en jeugdarts op vaste spreekuren; aandachtsfunctionaris meldcode"]),
        P("Scholen leggen hun invulling vast in de schoolgids. Eens per jaar voert de beleidsadviseur van het "
          "samenwerkingsverband een audit uit op een kwart van de vestigingen."),
        H1("Toewijzing van vso, lwoo en pro"),
        P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en over de toewijzing van lwoo en pro. "
          "Hoe een aanvraag wordt ingediend, welke stappen volgen en welke termijnen gelden, staat beschreven in het "
          "Toewijzingsprotocol Zuid-Haven op onze website. In dit plan beperken wij ons tot de criteria."),
        TABLE(["Voorziening", "Toelaatbaar wanneer", "Geldigheid"],
              ["vso", "Het zorg- en adviesteam van de school heeft met een arrangement van ten minste 20 weken gewerkt aan de doelen uit het OPP, en twee deskundigen stellen vast dat de leerling een langdurige, intensieve ondersteuningsbehoefte heeft die een reguliere vo-school ook met extra ondersteuning niet kan bieden.", "1 tot 4 schooljaren; categorie laag/midden/hoog"],
              ["lwoo", "Opting out: leerachterstand van ten minste 1,5 jaar op twee van de drie domeinen (begrijpend lezen, technisch lezen, rekenen) in combinatie met een sociaal-emotionele of cognitieve belemmering, vastgesteld met een capaciteitenonderzoek.", "vmbo-loopbaan"],
              ["pro", "Landelijke criteria: IQ 55-80 en achterstand van ten minste drie jaar op twee domeinen.", "gehele schoolloopbaan"]),
        H1("Doorstroom en uitstroom"),
        P("Bij de overstap van groep 8 naar de brugklas is een warme overdracht de norm. Basisscholen en vo-scholen "
          "gebruiken hetzelfde overdrachtsformulier, en in juni voeren zij voor iedere leerling met een "
          "ondersteuningsbehoefte een overdrachtsgesprek. Na de herfstvakantie volgt een terugkoppeling aan de "
          "basisschool."),
        P("Aan het eind van het vo stromen leerlingen uit naar mbo, hbo, wo of werk. Voor leerlingen van pro en vso "
          "werken wij met de gemeenten aan een sluitende aanpak richting arbeid, met een jobcoach die de jongere "
          "tot een jaar na uitstroom volgt."),
        H1("Geen jongere aan de kant"),
        P("Een overzicht van het ondersteuningsaanbod van de scholen en de bovenschoolse voorzieningen "
          "(de Sociale Kaart Zuid-Haven) verschijnt in het schooljaar 2026-2027 en wordt daarna als bijlage aan dit "
          "plan toegevoegd."),
        P("Wel hebben wij een vaste aanpak wanneer een jongere tussen wal en schip dreigt te raken:"),
        TABLE(["Signaal", "Actie", "Wie", "Termijn"],
              ["Aangemelde leerling waarvoor de school binnen 6+4 weken geen plek vindt", "Melding bij de Plaatsingstafel", "school", "direct na afloop termijn"],
              ["Melding Plaatsingstafel", "Voorstel voor plek of maatwerktraject", "Plaatsingstafel (SWV, leerplicht, besturen)", "binnen 2 weken"],
              ["Geen overeenstemming", "Directeur-bestuurder wijst regisserende school aan", "directeur-bestuurder", "binnen 1 week"],
              ["Thuiszitter > 4 weken", "Casusoverleg met jeugdhulp en leerplicht; plan met einddatum", "consulent SWV", "binnen 10 werkdagen"],
              ["Wachtlijst of structureel tekort", "Analyse en voorstel uitbreiding aan ALV", "bureau SWV", "jaarlijks in november"]),
        H1("Middelen en begroting"),
        P("Het samenwerkingsverband kiest voor een schoolmodel: het grootste deel van de middelen gaat naar de "
          "besturen, die zelf bepalen welke ondersteuning zij organiseren. Ieder bestuur ontvangt € 205 per "
          "leerling (teldatum 1 oktober t-1), met een correctie voor het aandeel vmbo-basis/kader (+ € 60 per "
          "leerling) en een vaste voet van € 12.000 per vestiging. Lwoo- en pro-middelen worden volledig "
          "doorbetaald aan de scholen die lwoo en pro verzorgen. Het bestuur stelt de verdeling jaarlijks in april "
          "vast op voorstel van het directeurenoverleg. Besturen verantwoorden de inzet in een jaarlijkse "
          "bestedingsrapportage aan de hand van het format van het samenwerkingsverband."),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Baten lichte + zware ondersteuning", "21.480", "21.310", "21.150", "20.980"],
              ["Afdracht vso (DUO)", "-7.920", "-7.900", "-7.880", "-7.860"],
              ["Lwoo en pro (doorbetaling)", "7.150", "7.080", "7.000", "6.930"],
              ["Schoolbudgetten besturen", "4.610", "4.560", "4.520", "4.480"],
              ["Plaatsingstafel en maatwerktrajecten", "420", "420", "420", "420"],
              ["Bureau", "1.350", "1.370", "1.390", "1.410"],
              ["Saldo", "30", "-20", "-60", "-120"]),
        H1("Kwaliteitszorg"),
        P("Het samenwerkingsverband werkt met een kwaliteitscyclus. Het bureau houdt een dashboard bij met onder "
          "meer het deelnamepercentage vso, het aantal thuiszitters, de doorlooptijd van aanvragen en de "
          "uitstroom van pro- en vso-leerlingen. Het dashboard wordt gevoed met DUO-gegevens en de registratie van "
          "leerplicht en wordt in januari en juni besproken in het directeurenoverleg en de raad van toezicht. "
          "Jaarlijks peilen wij de tevredenheid van scholen en ouders. In het jaarverslag rapporteren wij over wat "
          "is bereikt; in 2025 bedroeg het deelnamepercentage vso 3,4% en waren er 19 thuiszitters."),
        P("De beoogde resultaten voor de planperiode formuleren wij na de nulmeting die in het schooljaar 2026-2027 "
          "wordt uitgevoerd."),
        H1("Communicatie en voorlichting"),
        P("Ouders en leerlingen vinden op zuidhaven-vo.nl per school wat zij aan ondersteuning kunnen verwachten, "
          "welke voorzieningen er zijn en hoe een aanvraag verloopt. De brochure 'Extra steun op de middelbare "
          "school' wordt in groep 8 via de basisscholen aan alle ouders uitgereikt. Op de open dagen van de vo-"
          "scholen is een ondersteuningscoördinator aanwezig om vragen te beantwoorden, en in november houdt het "
          "samenwerkingsverband een ouderavond per gemeente."),
        P("Loopt het gesprek met school vast, dan hoeven ouders en jongeren het niet alleen op te lossen. Het "
          "Steunpunt Ouders & Jongeren Zuid-Haven is gratis, staat los van scholen en samenwerkingsverband en helpt "
          "bij vragen, bij het voorbereiden van gesprekken en bij onenigheid. Ouders kunnen ook terecht bij de "
          "Onderwijsconsulenten en bij de Geschillencommissie passend onderwijs."),
    ] + oogo(c) + personeel(c) + kennis(c) + ict(c) + planning(c) + begrippen([
        ["Beoogde resultaten", "Doelen die het samenwerkingsverband zich stelt voor leerlingen met een ondersteuningsbehoefte."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waarmee iedere leerling een passende plek krijgt."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["Plaatsingstafel", "Overleg voor leerlingen zonder passende plek."],
        ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ])
    title = [("title", f"Ondersteuningsplan {c['period']}"),
             P(f"{c['name']} ({c['code']})")]
    return with_toc(title, body)


LABEL4 = dict(
    sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "'Basisondersteuning': common minimum for every vestiging; concrete content only in the table; audit = borging.",
        "plaatsing": "Criteria only in the table (vso, lwoo opting out, pro) with duration/categorie; the procedure is referred to the Toewijzingsprotocol on the website.",
        "terugstroom": "Nothing: 'Doorstroom en uitstroom' is PO-VO overdracht and uitstroom to mbo/werk (near-misses); terugplaatsing only in begrippenlijst.",
        "financien": "'Middelen en begroting': EUR 205 per leerling + correctie + vaste voet, decided in April (verdeling); meerjarenbegroting table (besteding); bestedingsrapportage.",
        "dekkend-aanbod": "'Geen jongere aan de kant': the overview of the aanbod (Sociale Kaart) is deferred to 2026-2027; gap handling table (Plaatsingstafel, zorgplicht 6+4, thuiszitters) addresses lacunes.",
        "resultaten": "'Kwaliteitszorg': dashboard, DUO data, twice-yearly review, jaarverslag (monitoring); beoogde resultaten deferred until after nulmeting.",
        "ouders": "'Communicatie en voorlichting': website, brochure, ouderavonden (informatie); Steunpunt Ouders & Jongeren, Onderwijsconsulenten, Geschillencommissie (steunpunt).",
    })


# ---------------------------------------------------------------------------
# Plan 5: PO, .md
# ---------------------------------------------------------------------------
C5 = dict(name="Samenwerkingsverband Passend Onderwijs Waterland-West", code="PO 27-02", period="2025-2029",
          n_besturen=8, n_lln="12.380", n_scholen=49, gemeenten="Purmerend-Noord, Beemster-Oost en Edam-Zuid",
          director="A. (Anouk) de Graaf", seat="Purmerend", fte=12, other_swv="VO Waterland (VO 27-05)",
          oogo_date="28 januari 2025", swv_overleg_date="4 februari 2025", opr_date="25 maart 2025",
          dir_date="21 januari 2025", vast_date="8 april 2025", insp_date="22 april 2025")


def plan5():
    c = C5
    body = voorwoord(c) + inleiding(c) + landelijk(c) + visie(c) + governance(c) + opr(c) + [
        H1("De ondergrens: wat ieder kind overal krijgt"),
        P("Een kind dat in Waterland-West naar school gaat, moet erop kunnen rekenen dat de school een stevige basis "
          "biedt, of het nu om een kleine dorpsschool gaat of om een grote school in de stad. De acht besturen "
          "hebben daarom één ondergrens afgesproken die voor elke schoollocatie geldt. Een school mag meer doen, "
          "nooit minder. Het gaat om vijf pijlers."),
        P("Pijler 1, goed onderwijs in de basis: alle scholen hebben van de inspectie ten minste het oordeel "
          "voldoende en werken met een leerlingvolgsysteem dat drie keer per jaar wordt geanalyseerd. Pijler 2, "
          "vroeg signaleren: in groep 1 en 2 worden alle kinderen gevolgd met een observatie-instrument, en vanaf "
          "groep 3 worden lees- en rekenproblemen binnen acht weken opgepakt met intensieve begeleiding volgens het "
          "dyslexie- en dyscalculieprotocol. Pijler 3, gedrag en veiligheid: iedere school heeft een "
          "gedragsprotocol, een anti-pestcoördinator en een programma voor sociaal-emotioneel leren. Pijler 4, "
          "deskundigheid in huis: een intern begeleider, een leesspecialist en een gedragsspecialist of toegang tot "
          "die van het bestuur; toegang tot een orthopedagoog van het bestuur voor consultatie. Pijler 5, "
          "samen met ouders: kinderen met een eigen leerlijn hebben een ontwikkelingsperspectief dat met ouders "
          "wordt besproken."),
        P("De besturen toetsen jaarlijks met een zelfevaluatie of hun scholen aan de ondergrens voldoen; het "
          "samenwerkingsverband bundelt de uitkomsten in het jaarverslag."),
        H1("Het ondersteuningsaanbod in de regio"),
        P("Het dekkend aanbod en de aanpak van thuiszitters werken wij in deze planperiode opnieuw uit in het "
          "Koersdocument Thuisnabij 2026. Dat document wordt na vaststelling door het algemeen bestuur als bijlage "
          "aan dit plan toegevoegd."),
        H1("Toelaatbaarheid"),
        P("De procedure voor het aanvragen van een toelaatbaarheidsverklaring en de criteria die de commissie "
          "hanteert, zijn opgenomen in bijlage 3 (Routeboek toelaatbaarheid sbo en so)."),
        H1("Van sbo en so terug naar de basisschool"),
        P("Wanneer een kind op het sbo of so zit, wordt de vraag of het weer naar een basisschool kan op vaste "
          "momenten gesteld. De werkwijze is als volgt."),
        UL("Stap 1 – Bij iedere evaluatie van het ontwikkelingsperspectief (in november en in mei) beoordeelt de "
           "commissie van begeleiding van de sbo- of so-school of terugkeer tot de mogelijkheden behoort.",
           "Stap 2 – In het laatste jaar van de looptijd van de TLV meldt de sbo- of so-school vóór 1 maart bij het "
           "samenwerkingsverband of zij verlenging of terugkeer voorstelt.",
           "Stap 3 – Bij een voorstel tot terugkeer organiseert de consulent van het samenwerkingsverband binnen "
           "vier weken een overstapgesprek met ouders, de huidige school en de beoogde basisschool.",
           "Stap 4 – De beoogde basisschool besluit binnen zes weken na het overstapgesprek over inschrijving; het "
           "samenwerkingsverband registreert de afloop van de TLV per de datum van overstap.",
           "Stap 5 – Zes weken na de overstap evalueren de basisschool, ouders en de consulent hoe het gaat."),
        P("Welke uitgangspunten wij hanteren voor terugplaatsing en welke hulp de basisschool en het kind na de "
          "overstap krijgen, bespreken wij dit jaar met de sbo- en so-scholen; de uitkomst nemen wij op in de "
          "eerstvolgende wijziging van dit plan."),
        H1("Geld"),
        P("De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting zijn vastgelegd in het Financieel "
          "Kader Waterland-West 2025-2029, dat als afzonderlijk document door het algemeen bestuur wordt "
          "vastgesteld en op aanvraag verkrijgbaar is."),
        H1("Wat wij willen bereiken en hoe wij dat volgen"),
        P("In 2029 willen wij het volgende hebben bereikt voor kinderen met een ondersteuningsbehoefte:"),
        TABLE(["Doel", "Vertrekpunt (1-10-2024)", "In 2029"],
              ["Scholen die volgens de zelfevaluatie volledig aan de ondergrens voldoen", "71%", "100%"],
              ["Leraren die zich toegerust voelen voor verschillen in de klas (peiling)", "58%", "75%"],
              ["Kinderen die vanuit sbo/so terugkeren naar een basisschool per jaar", "11", "16"],
              ["Deelnamepercentage sbo + so", "3,9%", "3,5%"],
              ["Ouders van kinderen met een OPP die tevreden zijn over de ondersteuning", "onbekend (nulmeting 2025)", "80%"]),
        P("Wij volgen deze doelen met een vaste cyclus. In september leveren de besturen de uitkomsten van de "
          "zelfevaluaties aan; in oktober haalt het bureau de teldata van DUO op; in het voorjaar wordt de peiling "
          "onder leraren en ouders afgenomen. De beleidsmedewerker kwaliteit stelt in maart een rapportage op die "
          "wordt besproken met de directeuren, de raad van toezicht en de ondersteuningsplanraad. Het jaarverslag "
          "vermeldt per doel de stand en de acties als een doel achterblijft."),
        H1("Ouders"),
        P("Een ouderwijzer met uitleg over de ondersteuningsmogelijkheden in de regio wordt ontwikkeld en verschijnt "
          "naar verwachting in het voorjaar van 2026."),
        P("Als ouders en school er samen niet uitkomen, is er hulp die losstaat van de school. Het Ouder- en "
          "Jeugdsteunpunt Waterland, dat het samenwerkingsverband samen met het VO-verband financiert maar dat "
          "onafhankelijk werkt, luistert naar ouders, denkt mee over een oplossing en kan bemiddelen. Daarnaast "
          "kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Het steunpunt is bereikbaar via "
          "telefoon, e-mail en een wekelijks inloopuur in de bibliotheek van Purmerend."),
    ] + oogo(c, topics=False) + personeel(c) + kennis(c) + ict(c) + [
        H1("Thuiszitters"),
        P("Het aantal kinderen dat niet naar school gaat, is ook in onze regio een zorg. Met leerplicht wordt de "
          "aanpak herijkt; het voorstel volgt na de zomer."),
    ] + planning(c) + begrippen([
        ["Arrangement", "Afspraak over extra ondersteuning."],
        ["Dekkend aanbod", "Voor ieder kind een passende plek."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren; zie Financieel Kader."],
        ["Ondergrens", "Basisondersteuning: het niveau dat iedere school biedt."],
        ["Sbo / so", "Speciaal basisonderwijs / speciaal onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring, af te geven door het samenwerkingsverband."],
        ["Verdeelmodel", "Regels voor de verdeling van middelen."],
    ])
    title = [("title", f"Ondersteuningsplan {c['period']} – {c['name']}"),
             P(f"Registratienummer {c['code']}. Vastgesteld {c['vast_date']}.")]
    return with_toc(title, body)


LABEL5 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="missing",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'De ondergrens': one minimum for every schoollocatie, five pijlers with concrete content (unusual wording, term only in glossary); zelfevaluatie = borging.",
        "plaatsing": "'Toelaatbaarheid' only refers to absent bijlage 3 (Routeboek); TLV otherwise only in glossary and in the return steps.",
        "terugstroom": "'Van sbo en so terug naar de basisschool': five numbered steps with actors, dates, end of TLV (procedure); uitgangspunten and support after return deferred to a later plan change.",
        "financien": "'Geld' only refers to a separate Financieel Kader; no amounts, no verdeling criteria anywhere in the body.",
        "dekkend-aanbod": "'Het ondersteuningsaanbod in de regio' and 'Thuiszitters' are pure deferrals (Koersdocument 2026, 'voorstel volgt'); OOGO section is procedural only.",
        "resultaten": "'Wat wij willen bereiken en hoe wij dat volgen': table with vertrekpunt and 2029 targets plus monitoring cycle and jaarverslag.",
        "ouders": "Under 'Ouders': ouderwijzer deferred to 'voorjaar 2026' (informatie missing); OJSP Waterland and Onderwijsconsulenten described (steunpunt).",
    })


# ---------------------------------------------------------------------------
# Near-miss: a school-level "ondersteuningsplan" of one basisschool
# ---------------------------------------------------------------------------
def nearmiss():
    body = [
        H1("Inleiding"),
        P("In dit ondersteuningsplan beschrijft OBS De Vlinderboom hoe de ondersteuning aan de leerlingen van onze "
          "school is georganiseerd in het schooljaar 2025-2026. Het plan is bedoeld voor het team, voor de "
          "medezeggenschapsraad en voor ouders die willen weten hoe wij werken. Het plan wordt ieder jaar in juni "
          "geëvalueerd door de intern begeleider en de directeur en besproken in de MR."),
        P("De Vlinderboom is een openbare basisschool met 312 leerlingen in 13 groepen. De school maakt deel uit van "
          "Stichting Openbaar Onderwijs Lingestroom en is aangesloten bij het samenwerkingsverband passend "
          "onderwijs in de regio. Het schoolondersteuningsprofiel (SOP) staat in de schoolgids; dit plan is de "
          "uitwerking voor het team."),
        H1("De zorgniveaus op De Vlinderboom"),
        P("Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep voor alle leerlingen, met "
          "instructie op drie niveaus. Niveau 2 is extra zorg in de groep door de leerkracht, bijvoorbeeld "
          "verlengde instructie of pre-teaching. Niveau 3 is speciale zorg na een consultatieve leerlingbespreking "
          "met de intern begeleider, vastgelegd in een handelingsplan. Niveau 4 is zorg met inzet van externe "
          "deskundigen, zoals de orthopedagoog van het bestuur of de ambulant begeleider van het samenwerkingsverband. "
          "Niveau 5 is de situatie waarin de school samen met ouders een toelaatbaarheidsverklaring voor het "
          "speciaal basisonderwijs of speciaal onderwijs aanvraagt bij het samenwerkingsverband."),
        P("Niveau 1 tot en met 3 vormen samen onze basisondersteuning. Deze basisondersteuning is beschreven in "
          "ons SOP en sluit aan bij de afspraken die binnen het samenwerkingsverband zijn gemaakt."),
        H1("Jaarplanning zorg"),
        TABLE(["Maand", "Activiteit", "Wie"],
              ["september", "Startgesprekken met ouders en leerlingen", "leerkrachten"],
              ["oktober", "Groepsbesprekingen ronde 1", "IB + leerkracht"],
              ["november", "Leerlingbesprekingen; aanmelden bij het zorgteam", "IB"],
              ["januari", "Midden-toetsen leerlingvolgsysteem; analyse", "leerkrachten, IB"],
              ["februari", "Groepsbesprekingen ronde 2; rapportgesprekken", "IB, leerkrachten, ouders"],
              ["april", "Overleg met de ambulant begeleider en de schoolmaatschappelijk werker", "IB"],
              ["juni", "Eind-toetsen; evaluatie handelingsplannen; overdracht naar nieuwe groep", "team"]),
        H1("Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar bespreekt de intern begeleider met iedere leerkracht de groep aan de hand van het "
          "groepsoverzicht. Wij kijken naar de resultaten van de toetsen, naar het welbevinden en naar wat de groep "
          "nodig heeft. Leerlingen bij wie meer aan de hand is, worden besproken in een leerlingbespreking. Daaruit "
          "kan een handelingsplan volgen of een bespreking in het zorgteam, waarin ook de schoolmaatschappelijk "
          "werker en de jeugdverpleegkundige zitten."),
        P("Wanneer een leerling een eigen leerlijn volgt, stelt de school een ontwikkelingsperspectief (OPP) op. Het "
          "OPP wordt met ouders besproken; ouders hebben op het handelingsdeel instemmingsrecht. Leerlingen worden "
          "gehoord over hun OPP."),
        H1("Extra ondersteuning en arrangementen"),
        P("Voor leerlingen die meer nodig hebben dan de school zelf kan bieden, kan De Vlinderboom bij het "
          "samenwerkingsverband een arrangement aanvragen. Wij hebben op dit moment vier leerlingen met een "
          "arrangement: drie met begeleiding door een ambulant begeleider en één met extra inzet van een "
          "onderwijsassistent. De middelen die de school via het bestuur van het samenwerkingsverband ontvangt, "
          "ongeveer € 31.000 per jaar, besteden wij aan de formatie van onze onderwijsassistent en aan de "
          "leesspecialist."),
        H1("Verwijzing naar sbo of so"),
        P("Soms is een andere school beter voor een leerling. De school bespreekt dit dan eerst met ouders. Samen met "
          "ouders en de consulent van het samenwerkingsverband wordt een multidisciplinair overleg gehouden. Het "
          "bestuur vraagt vervolgens een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het besluit "
          "ligt bij het samenwerkingsverband. In 2024-2025 zijn twee leerlingen van onze school naar het sbo "
          "verwezen en is één leerling van het sbo bij ons teruggekomen; die leerling kreeg de eerste maanden "
          "begeleiding vanuit de sbo-school."),
        H1("Dyslexie, dyscalculie en meer- en hoogbegaafdheid"),
        P("De Vlinderboom volgt het protocol leesproblemen en dyslexie. Vanaf groep 3 signaleren wij drie keer per "
          "jaar. Leerlingen met hardnekkige leesproblemen krijgen vier keer per week extra leesbegeleiding. Voor "
          "rekenen gebruiken wij het protocol ernstige reken-wiskundeproblemen en dyscalculie."),
        P("Leerlingen die meer aankunnen, werken met compacten en verrijken en nemen één ochtend per week deel aan "
          "de Denkklas van onze school. Een leerkracht met de opleiding specialist hoogbegaafdheid coördineert dit."),
        H1("Ouders"),
        P("Wij zien ouders als partners. Ouders worden door de leerkracht op de hoogte gehouden via het "
          "ouderportaal en in de gesprekscyclus (startgesprek, twee rapportgesprekken). Bij zorgen nemen wij altijd "
          "contact op. Ouders die vragen hebben over de ondersteuning kunnen een afspraak maken met de intern "
          "begeleider. Bij een klacht volgen wij de klachtenregeling van het bestuur; ouders kunnen ook terecht bij "
          "de vertrouwenspersoon of bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        H1("Resultaten en evaluatie"),
        P("Wij evalueren de ondersteuning jaarlijks. Doelen voor dit jaar: 80% van de leerlingen met een "
          "handelingsplan behaalt de doelen; de groepsbesprekingen vinden in alle groepen drie keer plaats; het "
          "team volgt een studiedag over executieve functies. De resultaten worden in juni met het team en de MR "
          "besproken."),
        H1("Personeel en taken"),
        P("De intern begeleider heeft 0,6 fte. De directeur is eindverantwoordelijk. Het team bestaat uit 18 "
          "leerkrachten, een onderwijsassistent, een leesspecialist en een gedragsspecialist. Taken en "
          "verantwoordelijkheden staan in het taakbeleid."),
    ]
    title = [("title", "Ondersteuningsplan 2025-2026"),
             P("OBS De Vlinderboom – zorgstructuur en ondersteuning op school\n\nVastgesteld door de directeur na "
               "advies van de MR, 30 juni 2025")]
    return with_toc(title, body)


NEARMISS_NOTE = ("School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, groepsbesprekingen, jaarplanning "
                 "zorg, IB-taken), adopted by the school director with MR advice; it refers to 'het "
                 "samenwerkingsverband' as an outside body and has no OPR, OOGO, SWV code, planperiode or verdeling "
                 "over schools, so it is not an ondersteuningsplan of a samenwerkingsverband (domain 5.4).")


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(stem, documents, lab):
    lines = [f"documents: [{', '.join(documents)}]"]
    if lab is None:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}",
                  "notes:", f"  document: {q(NEARMISS_NOTE)}"]
    else:
        # consistency check of the status rule
        for el in ELEMENTS:
            crit = [lab["criteria"][k] for k in CORE if k.startswith(el + ".")]
            adv = lab["advisory"].get(el, [])
            want = "present" if all(crit) else ("partial" if any(crit) or adv else "missing")
            assert lab["elements"][el] == want, (stem, el, lab["elements"][el], want)
        lines += [f"sector: {lab['sector']}", "looks_like_plan: true",
                  "elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}",
                  "criteria:"]
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in CORE]
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if lab["advisory"].get(el):
                lines.append(f"  {el}: [{', '.join(lab['advisory'][el])}]")
        lines.append("notes:")
        for el in ELEMENTS:
            lines.append(f"  {el}: {q(lab['notes'][el])}")
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-rivierenland-oost-2025-2029", "docx", plan1, LABEL1, C1),
        ("vo-kempenrand-2025-2029", "pdf", plan2, LABEL2, C2),
        ("po-de-brug-2024-2028", "pdf", plan3, LABEL3, C3),
        ("vo-zuid-haven-2026-2030", "docx", plan4, LABEL4, C4),
        ("po-waterland-west-2025-2029", "md", plan5, LABEL5, C5),
    ]
    for stem, fmt, fn, lab, c in jobs:
        blocks = fn()
        header = f"{c['name']} – Ondersteuningsplan {c['period']}"
        target = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, target, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, target, header)
        else:
            write_md(blocks, target)
        write_label(stem, [target.name], lab)
    stem = "obs-vlinderboom-schoolondersteuningsplan-2025-2026"
    write_docx(nearmiss(), OUT / f"{stem}.docx", "OBS De Vlinderboom – Ondersteuningsplan 2025-2026")
    write_label(stem, [f"{stem}.docx"], None)


if __name__ == "__main__":
    main()
