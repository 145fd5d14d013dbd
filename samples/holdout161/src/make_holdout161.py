#!/usr/bin/env python3
"""Generate holdout set 161: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Label files (<name>.expected.yaml) are written alongside the documents.
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", [lines])   title page (docx: own page)
#   ("toc", [entries])    inhoudsopgave
#   ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows]) ("box", text)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Concept ter instemming OPR – niet verspreiden"
    for kind, content in blocks:
        if kind == "title":
            for i, line in enumerate(content):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for e in content:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "box":
            p = doc.add_paragraph()
            r = p.add_run(content)
            r.italic = True
        elif kind == "ul":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)


def render_md(blocks, path):
    out = []
    for kind, content in blocks:
        if kind == "title":
            out.append("# " + content[0])
            out.extend("**" + c + "**  " for c in content[1:])
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud")
            out.extend("- " + e for e in content)
            out.append("")
        elif kind == "h1":
            out.append("## " + content)
            out.append("")
        elif kind == "h2":
            out.append("### " + content)
            out.append("")
        elif kind == "p":
            out.append(content)
            out.append("")
        elif kind == "box":
            out.append("> " + content)
            out.append("")
        elif kind == "ul":
            out.extend("- " + i for i in content)
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(content[0]) + " |")
            out.append("|" + "---|" * len(content[0]))
            for row in content[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout161_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, content in blocks:
        if isinstance(content, str):
            n += len(content.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in content for c in row)
        else:
            n += sum(len(c.split()) for c in content)
    return n


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


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, missing_criteria, advisory, notes):
    criteria = {c: c not in missing_criteria for c in CORE}
    elements = status_from(criteria, advisory)
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": advisory,
        "notes": notes,
    }
    (OUT / (name + ".expected.yaml")).write_text(dump_label(data), encoding="utf-8")
    return elements


def dump_label(data):
    """Dump like the label contract: documents and elements in flow style, the rest in block style."""
    head = ("documents", "sector", "looks_like_plan", "elements")
    tail = {k: v for k, v in data.items() if k not in head}
    lines = []
    for key in ("documents", "sector", "looks_like_plan"):
        lines.append(yaml.safe_dump({key: data[key]}, allow_unicode=True, width=400, default_flow_style=True).strip()[1:-1])
    lines.append(yaml.safe_dump({"elements": data["elements"]}, allow_unicode=True, width=400, sort_keys=False,
                                default_flow_style=True).strip()[1:-1])
    text = "\n".join(lines) + "\n"
    text += yaml.safe_dump(tail, sort_keys=False, allow_unicode=True, width=200)
    return text


# ---------------------------------------------------------------------------
# Shared neutral filler (parameterised). None of these blocks addresses a core criterion.
# ---------------------------------------------------------------------------

def filler_governance(naam, rechtsvorm, n_besturen, opr_samenstelling):
    blocks = [
        ("p", f"{naam} is een {rechtsvorm}. Alle {n_besturen} schoolbesturen in de regio zijn aangesloten; "
              "zij vormen samen het algemeen bestuur, dat viermaal per jaar vergadert. De dagelijkse leiding ligt bij de "
              "directeur-bestuurder, die verantwoording aflegt aan het intern toezicht. Bestuur en toezicht zijn gescheiden "
              "volgens de Code Goed Bestuur; de statuten bevatten een geschillenregeling, zoals de wet voorschrijft."),
        ("p", "Het intern toezicht bestaat uit vijf leden, van wie er twee op voordracht van de schoolbesturen en drie op "
              "basis van een open profiel zijn benoemd. Het intern toezicht keurt de begroting en het jaarverslag goed, "
              "benoemt de accountant en voert jaarlijks een zelfevaluatie uit. In 2025 is een remuneratiecommissie ingesteld "
              "en is het toezichtkader geactualiseerd. De leden ontvangen een vergoeding binnen de WNT-normen."),
        ("h2", "Medezeggenschap en ondersteuningsplanraad"),
    ]
    if opr_samenstelling:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) telt acht leden: de helft is ouder of leerling, de helft "
                            "personeelslid. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten "
                            "scholen. De OPR heeft instemmingsrecht op dit plan en op elke wijziging ervan en wordt daarnaast "
                            "gevraagd mee te denken bij de jaarlijkse evaluatie van de planning."))
    else:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op elke wijziging "
                            "ervan. Het reglement van de OPR is in 2024 herzien; de raad vergadert zes keer per jaar met de "
                            "directeur-bestuurder en heeft een eigen scholingsbudget."))
    blocks.append(("p", "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van "
                        "het bureau. Deze raad heeft advies- en instemmingsrecht op de personele onderwerpen in dit plan."))
    return blocks


def filler_personeel(fte, functies):
    return [
        ("p", f"Het bureau van het samenwerkingsverband telt circa {fte} fte. Er werken {functies}. "
              "Het bureau is gehuisvest in een verbouwd schoolgebouw, waar ook de vergaderruimte voor bestuur en OPR is."),
        ("p", "Wij investeren in de deskundigheid van onze eigen medewerkers: iedere medewerker heeft een persoonlijk "
              "ontwikkelplan en een scholingsbudget. Intervisie vindt maandelijks plaats. Het ziekteverzuim op het bureau "
              "lag de afgelopen jaren onder het landelijk gemiddelde voor de sector; wij willen dat zo houden door aandacht "
              "voor werkdruk en een zorgvuldige taakverdeling."),
        ("p", "Het samenwerkingsverband is werkgever volgens de cao van de sector. Medewerkers die op scholen werken, "
              "zijn gedetacheerd of in dienst van een schoolbestuur; daarover zijn detacheringsovereenkomsten gesloten. "
              "Het personeelsbeleid wordt uitgewerkt in een strategisch personeelsplan dat in 2027 wordt geactualiseerd."),
    ]


def filler_ict(systeem):
    return [
        ("p", f"Voor de registratie van aanvragen en dossiers werken wij met {systeem}. Scholen hebben toegang via een "
              "beveiligde omgeving met tweestapsverificatie. Het samenwerkingsverband heeft een functionaris "
              "gegevensbescherming (FG) aangesteld, gedeeld met twee andere samenwerkingsverbanden in de provincie."),
        ("p", "Persoonsgegevens worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken. Bijzondere "
              "persoonsgegevens, zoals gegevens over gezondheid, worden niet langer bewaard dan de wet toestaat. "
              "Een datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens. Het privacyreglement is te "
              "vinden op onze website en wordt elke twee jaar herzien."),
        ("p", "In de planperiode vervangen we de kantoorautomatisering van het bureau en stappen we over op een "
              "nieuwe vergaderapp voor bestuur en toezicht. De kosten daarvan zijn bescheiden."),
    ]


def filler_oogo(gemeenten, datum):
    return [
        ("p", f"Over het concept van dit plan is op {datum} op overeenstemming gericht overleg (OOGO) gevoerd met de "
              f"colleges van burgemeester en wethouders van {gemeenten}. Ook is overleg gevoerd met het samenwerkingsverband "
              "van de andere onderwijssector in dezelfde regio. Het verslag van het OOGO is bij de stukken voor het "
              "algemeen bestuur gevoegd."),
        ("p", "De gemeenten en het samenwerkingsverband hebben afgesproken dit overleg ook in de planperiode twee keer per "
              "jaar te voeren. Vaste thema's zijn leerlingenvervoer, onderwijshuisvesting, de aansluiting tussen onderwijs "
              "en jeugdhulp en de overgang naar vervolgonderwijs."),
    ]


def filler_planning(jaren):
    return [
        ("p", "De onderstaande planning geeft de belangrijkste organisatorische mijlpalen van de planperiode weer. "
              "De inhoudelijke activiteiten zijn in de hoofdstukken zelf beschreven."),
        ("table", [["Schooljaar", "Mijlpaal"],
                   [jaren[0], "Nieuwe website en huisstijl; herziening statuten; start nieuwe OPR-zittingstermijn"],
                   [jaren[1], "Vervanging kantoorautomatisering; verhuizing archief; aanbesteding accountant"],
                   [jaren[2], "Tussentijdse bespreking van dit plan met bestuur en OPR; vernieuwing reglementen"],
                   [jaren[3], "Voorbereiding nieuw ondersteuningsplan; OOGO; instemming OPR; indiening vóór 1 mei"]]),
    ]


def filler_visie(naam, kernwoorden):
    return [
        ("p", f"{naam} wil dat iedere jongere in de regio onderwijs krijgt dat past bij wat hij of zij kan en nodig heeft, "
              f"zo thuisnabij als mogelijk. Onze kernwoorden zijn {kernwoorden}. Wij geloven dat goede ondersteuning begint "
              "in de klas, bij een leraar die de leerling kent en die niet alleen staat."),
        ("p", "Passend onderwijs is een gezamenlijke verantwoordelijkheid van schoolbesturen, scholen, ouders, jeugdhulp "
              "en gemeenten. Het samenwerkingsverband is daarbij geen loket op afstand, maar een partner die meedenkt, "
              "verbindt en waar nodig knopen doorhakt. We kijken naar mogelijkheden, niet naar beperkingen, en we "
              "spreken over 'ondersteuningsbehoeften' en niet over 'zorgleerlingen'."),
        ("p", "Onze missie vertaalt zich in drie ambities voor de komende vier jaar: we maken de ondersteuning "
              "eenvoudiger en sneller, we brengen expertise dichter bij de klas, en we werken zichtbaar samen met "
              "partners buiten het onderwijs. Deze ambities zijn richtinggevend; de uitwerking staat in de volgende "
              "hoofdstukken."),
    ]


def filler_totstandkoming(start, opr_datum, besluit_datum):
    return [
        ("p", f"Het schrijfproces startte in {start} met een evaluatie van het vorige plan in het algemeen bestuur. "
              "Daarna volgden vijf werksessies met schoolleiders, begeleiders en beleidsmedewerkers, een digitale "
              "enquête onder medewerkers van de scholen en twee gesprekken met leerlingenraden. Een schrijfgroep van "
              "vier personen verwerkte de opbrengsten in een eerste concept."),
        ("p", "Het eerste concept is besproken in de directeurenoverleggen en in een themabijeenkomst van de OPR. Het "
              "tweede concept is voorgelegd aan de gemeenten en aan het samenwerkingsverband van de andere sector. Na "
              f"verwerking van de reacties heeft de OPR op {opr_datum} ingestemd. Het bestuur heeft het plan op "
              f"{besluit_datum} vastgesteld. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden."),
        ("p", "Wij hebben geprobeerd het plan zo te schrijven dat het voor een brede groep lezers begrijpelijk is. Waar "
              "vaktaal onvermijdelijk was, verwijzen wij naar de begrippenlijst. Opmerkingen over de leesbaarheid nemen "
              "wij mee bij de eerstvolgende wijziging."),
    ]


def filler_landelijk():
    return [
        ("p", "Het plan is geschreven tegen de achtergrond van landelijke ontwikkelingen. Na de evaluatie van passend "
              "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met vijfentwintig maatregelen, gericht op "
              "duidelijkheid, haalbaarheid en een sterkere positie van leerlingen en ouders. Daarnaast is de ambitie "
              "uitgesproken om het onderwijs in Nederland stap voor stap inclusiever te maken, met als horizon 2035."),
        ("p", "Ook buiten het onderwijs verandert er veel. De hervorming van de jeugdzorg, de krapte op de arbeidsmarkt en "
              "de toenemende kansenongelijkheid raken de scholen direct. Leraren zien meer leerlingen met complexe "
              "vragen, terwijl het moeilijker wordt vacatures te vervullen. Wij kunnen deze ontwikkelingen niet "
              "oplossen, maar we willen er wel bewust mee omgaan."),
        ("p", "Waar landelijke wet- en regelgeving in de planperiode verandert, passen wij dit plan aan. Wijzigingen van "
              "betekenis leggen wij ter instemming voor aan de OPR."),
    ]


def filler_integriteit():
    return [
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor bestuurders, toezichthouders en medewerkers. "
              "Nevenfuncties worden gemeld en jaarlijks in het bestuursverslag vermeld. Er is een "
              "klokkenluidersregeling voor het melden van vermoedens van misstanden binnen de organisatie; meldingen "
              "worden behandeld door een externe vertrouwenspersoon."),
        ("p", "Wij willen een organisatie zijn die duurzaam werkt. Het bureau is gehuisvest in een gebouw met "
              "energielabel A, medewerkers reizen zo veel mogelijk met het openbaar vervoer en vergaderingen vinden bij "
              "voorkeur plaats op een centrale locatie. Ook bij inkoop letten we op duurzaamheid."),
    ]


def filler_deskundigheid(netwerk):
    return [
        ("p", f"Het samenwerkingsverband organiseert netwerken waarin professionals van verschillende scholen elkaar "
              f"ontmoeten, waaronder het {netwerk}. Deze netwerken komen vier tot zes keer per jaar bijeen en worden "
              "door de deelnemers zelf geagendeerd. Daarnaast organiseren we elk jaar een regionale studiedag met "
              "workshops van scholen en externe sprekers."),
        ("p", "Scholen kunnen een beroep doen op de consulenten voor een teamscholing op maat, bijvoorbeeld over "
              "omgaan met spanning in de klas of over het voeren van gesprekken met jongeren. De kosten daarvan "
              "draagt de school zelf. Kennis die in de ene school is opgedaan, willen we sneller beschikbaar maken voor "
              "andere scholen; daartoe zetten we in de planperiode een digitale kennisbank op."),
    ]


def filler_wettelijk(rows):
    return [
        ("p", "De wet schrijft voor welke onderwerpen een ondersteuningsplan ten minste moet bevatten. De tabel hieronder "
              "laat zien waar in dit plan (of in welk ander document) elk onderwerp aan bod komt."),
        ("table", [["Wettelijk onderwerp", "Waar te vinden"]] + rows),
    ]


def filler_regio(gebied, kenmerk):
    return [
        ("p", f"Het werkgebied omvat {gebied}. {kenmerk} De bevolking vergrijst, en in een aantal kernen daalt het "
              "aantal jonge gezinnen. Tegelijk groeien de grotere kernen door nieuwbouw en door de komst van "
              "arbeidsmigranten en hun gezinnen."),
        ("p", "De sociaaleconomische verschillen binnen de regio zijn groot. In sommige wijken groeit een op de vijf "
              "kinderen op in een gezin met een laag inkomen; in andere wijken is dat veel minder. Scholen in die "
              "wijken krijgen extra middelen vanuit het onderwijsachterstandenbeleid van het Rijk, die los staan van "
              "de middelen voor passend onderwijs."),
        ("p", "Het openbaar vervoer is buiten de kernen beperkt. Voor veel kinderen en jongeren is de fiets het "
              "belangrijkste vervoermiddel, en reistijd speelt een rol bij de keuze van een school. Dat is een "
              "gegeven waar iedere school en ieder bestuur in de regio rekening mee houdt."),
    ]


def filler_jaarcyclus():
    return [
        ("p", "De bestuurlijke jaarcyclus van het samenwerkingsverband volgt het kalenderjaar voor de financiën en het "
              "schooljaar voor de inhoud. In september verschijnt de kaderbrief, in november bespreekt het bestuur "
              "de conceptbegroting en in december wordt de begroting vastgesteld. In mei volgt de jaarrekening en in "
              "juni het bestuursverslag. Het intern toezicht wordt bij iedere stap betrokken."),
        ("p", "Daarnaast kent het bestuur twee heidagen per jaar, waarin zonder besluitvorming wordt gesproken over "
              "strategische vragen, zoals de toekomst van kleine scholen en de samenwerking met de kinderopvang."),
    ]


def filler_overstap_vo_mbo():
    return [
        ("p", "Leerlingen in het voortgezet onderwijs maken keuzes die hun verdere loopbaan bepalen. Alle scholen in de "
              "regio werken met een programma voor loopbaanoriëntatie en -begeleiding (LOB) en hebben afspraken met de "
              "mbo-instellingen over open dagen, meeloopdagen en de overdracht van gegevens."),
        ("p", "Bij de overstap naar het mbo vindt voor iedere leerling met een ondersteuningsbehoefte een warme "
              "overdracht plaats, als de leerling en ouders daarmee instemmen. De mbo-instellingen nemen deel aan "
              "het regionale netwerk van ondersteuningscoördinatoren."),
    ]


def filler_overstap_po_vo():
    return [
        ("p", "De overstap van de basisschool naar het voortgezet onderwijs is een belangrijk moment. De scholen in "
              "de regio volgen de regionale POVO-kalender: het schooladvies wordt uiterlijk 24 maart gegeven, de "
              "doorstroomtoets wordt in februari afgenomen en de aanmelding bij het vo vindt plaats in de week na de "
              "voorjaarsvakantie."),
        ("p", "Voor iedere leerling stelt de basisschool een onderwijskundig rapport op in het digitale "
              "overdrachtssysteem. Bij leerlingen met een ondersteuningsbehoefte voert de leerkracht daarnaast een "
              "gesprek met de mentor of de ondersteuningscoördinator van de vo-school. In juni volgt een terugkoppeling "
              "van de vo-scholen aan de basisscholen."),
    ]


def filler_kernwaarden(woorden):
    toelichting = {
        "thuisnabij": "Kinderen gaan bij voorkeur naar school in hun eigen dorp of wijk, samen met vriendjes en buren.",
        "eerlijk": "Wij maken afspraken die voor alle besturen gelijk zijn, en we zijn open over wat wel en niet lukt.",
        "eenvoudig": "Regels en formulieren houden we zo beperkt mogelijk, zodat leraren tijd overhouden voor kinderen.",
    }
    out = []
    for w in woorden:
        out.append(("p", f"{w.capitalize()}. {toelichting[w]} Deze waarde is in de werksessies voor dit plan het vaakst "
                         "genoemd. Zij vraagt van iedereen in het samenwerkingsverband dat we steeds opnieuw de vraag stellen "
                         "wat deze waarde betekent voor de keuzes die we maken, in de school, in het bestuur en op het bureau."))
    return out


# ---------------------------------------------------------------------------
# Plan A: VO Rivierland (docx)
# ---------------------------------------------------------------------------

def plan_rivierland():
    naam = "Samenwerkingsverband VO Rivierland"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Samenwerkingsverband VO Rivierland (VO 26-04)",
                        "Basisondersteuning · toelaatbaarheid · terugplaatsing · middelen · resultaten · ouders",
                        "Vastgesteld door het algemeen bestuur op 16 april 2026, na instemming van de OPR op 9 april 2026"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Ons verband in vogelvlucht", "3 Missie en visie",
                      "4 Basisondersteuning: wat elke school biedt", "5 Extra ondersteuning en een dekkend aanbod",
                      "6 Toelaatbaarheid vso, pro en lwoo", "7 Thuiszitters en verzuim", "8 Communicatie",
                      "9 Samenwerking met gemeenten", "10 Kwaliteit en resultaten", "11 Geld en middelen",
                      "12 Organisatie en medezeggenschap", "13 Personeel, ICT en privacy", "14 Planning",
                      "Bijlage A Begrippenlijst", "Bijlage B Meerjarenbegroting 2026–2030 (separaat)"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband VO Rivierland. Het is geschreven in "
                   "een periode waarin het onderwijs in de regio onder druk staat: het lerarentekort is voelbaar, de "
                   "vraag naar jeugdhulp blijft groot en steeds meer jongeren hebben te maken met psychische klachten. "
                   "Tegelijk zien we veel goeds. Scholen weten elkaar beter te vinden, de lijnen met de gemeenten zijn "
                   "korter geworden en de eerste resultaten van de regionale aanpak rond verzuim worden zichtbaar."))
    b.append(("p", "Dit plan is tot stand gekomen in een reeks werksessies met schoolleiders, ondersteuningscoördinatoren, "
                   "mentoren, leerlingen, ouders en beleidsmedewerkers van de gemeenten. Wij danken iedereen die heeft "
                   "meegedacht, en in het bijzonder de leden van de ondersteuningsplanraad voor hun kritische vragen."))
    b.append(("p", "Ik wens u veel leesplezier. — M. van Dalen, directeur-bestuurder"))
    b.append(("h1", "1 Inleiding en leeswijzer"))
    b.append(("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan "
                   "geldt voor de schooljaren 2026–2027 tot en met 2029–2030. Het beschrijft hoe de scholen in Rivierland "
                   "samen zorgen voor passend onderwijs voor alle leerlingen, van praktijkonderwijs tot gymnasium."))
    b.append(("p", "Hoofdstuk 2 en 3 schetsen de context en onze visie. Hoofdstuk 4 tot en met 7 gaan over de "
                   "ondersteuning zelf: de basis, de extra ondersteuning, de toelaatbaarheid voor het voortgezet speciaal "
                   "onderwijs (vso), het praktijkonderwijs (pro) en het leerwegondersteunend onderwijs (lwoo), en de aanpak "
                   "van thuiszitten. Hoofdstuk 8 gaat over de communicatie met ouders en scholen. Daarna volgen "
                   "samenwerking, kwaliteit, geld en organisatie. In de begrippenlijst achterin worden de belangrijkste "
                   "termen uitgelegd."))
    b.append(("h1", "2 Ons verband in vogelvlucht"))
    b.append(("p", "Rivierland omvat zes gemeenten langs de rivier, met een mix van kleine kernen en twee middelgrote "
                   "steden. Er zijn elf schoolbesturen aangesloten met samen 23 vestigingen: veertien scholen voor vmbo, "
                   "havo en vwo, twee scholen voor praktijkonderwijs, drie locaties voor vso en vier kleinere vestigingen "
                   "met een specifiek profiel, waaronder een internationale schakelklas (ISK). In totaal gaan ruim 16.400 "
                   "leerlingen in de regio naar school."))
    b.append(("p", "Het aantal leerlingen zal volgens de prognoses in de planperiode licht dalen, vooral in de kleine "
                   "kernen. Dat heeft gevolgen voor de spreiding van het aanbod en voor de middelen van scholen. We volgen "
                   "deze ontwikkeling samen met de besturen en de gemeenten."))
    b.extend([("h2", "Hoe dit plan tot stand kwam")] + filler_totstandkoming("september 2024", "9 april 2026", "16 april 2026"))
    b.extend([("h2", "Landelijke ontwikkelingen")] + filler_landelijk())
    b.extend([("h1", "3 Missie en visie")] + filler_visie(naam, "nabij, samen en eerlijk"))
    # --- basisondersteuning: present ---
    b.append(("h1", "4 Basisondersteuning: wat elke school biedt"))
    b.append(("p", "In Rivierland hebben de elf schoolbesturen afgesproken dat iedere vestiging – van praktijkonderwijs tot "
                   "gymnasium – dezelfde ondergrens aan ondersteuning biedt. Die ondergrens noemen we de "
                   "basisondersteuning. Zij geldt voor alle 23 vestigingen, is bindend voor alle besturen en wordt geboden "
                   "zonder dat er een aanvraag bij het samenwerkingsverband nodig is. Wat daarboven komt, noemen we extra "
                   "ondersteuning (hoofdstuk 5)."))
    b.append(("p", "De basisondersteuning bestaat uit tien standaarden. Iedere ouder en iedere leerling mag erop rekenen "
                   "dat elke vestiging in Rivierland ten minste het volgende biedt:"))
    b.append(("ul", [
        "een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die aanspreekpunt is voor ouders, mentoren en externe partners;",
        "een mentor die iedere leerling ten minste eens per week spreekt, met een vast mentoruur in de onderbouw;",
        "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware bij toetsen;",
        "trainingen in sociale vaardigheden en faalangstreductie, minstens eenmaal per schooljaar aangeboden;",
        "begeleiding bij plannen en organiseren (executieve functies), in een huiswerkklas of via coaching;",
        "een time-out- en opvangvoorziening met een vaste begeleider, zodat een leerling die even uit de les moet niet op de gang belandt;",
        "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de jeugdarts, de leerplichtambtenaar en schoolmaatschappelijk werk;",
        "een ontwikkelingsperspectiefplan (OPP) binnen zes weken voor iedere leerling die extra ondersteuning krijgt, opgesteld met ouders en leerling;",
        "een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische ziekte;",
        "aanvullend taalonderwijs voor leerlingen met een taalachterstand of Nederlands als tweede taal.",
    ]))
    b.append(("p", "Elke vestiging beschrijft in de schoolgids hoe zij deze standaarden invult. Eens in de twee jaar voert "
                   "het bureau met iedere vestiging een gesprek 'Basis in beeld', waarin de schoolleider laat zien hoe de "
                   "standaarden in de praktijk worden gewaarborgd. Voldoet een vestiging op onderdelen niet, dan maakt het "
                   "bestuur een verbeterplan dat binnen een jaar opnieuw wordt besproken."))
    # --- dekkend aanbod: present ---
    b.append(("h1", "5 Extra ondersteuning en een dekkend aanbod"))
    b.append(("p", "Boven de basisondersteuning kent Rivierland een doorlopende reeks voorzieningen, van licht naar zwaar. "
                   "Het uitgangspunt is dat een leerling zo lang mogelijk op de eigen school blijft en dat de stap naar een "
                   "zwaardere voorziening pas wordt gezet als de lichtere mogelijkheden zijn benut."))
    b.append(("table", [
        ["Niveau", "Voorziening", "Waar"],
        ["1", "Basisondersteuning (tien standaarden)", "Alle 23 vestigingen"],
        ["2", "Extra ondersteuning op school: schoolarrangement, trajectbegeleiding, Op de Rails-klas", "Op of vanuit de eigen school"],
        ["3", "OPDC De Overstap met rebound en tussenvoorziening voor nieuwkomers", "Twee locaties, bovenschools"],
        ["4", "Praktijkonderwijs en voortgezet speciaal onderwijs (cluster 3 De Linde, cluster 4 De Bolder)", "Vier scholen in de regio"],
    ]))
    b.append(("p", "Het OPDC De Overstap biedt tijdelijke plaatsing voor leerlingen die op de eigen school vastlopen. Een "
                   "rebound-traject duurt maximaal twaalf weken; de leerling blijft ingeschreven op de eigen school en keert "
                   "daarna terug, met een overdrachtsgesprek en een nazorgafspraak van zes weken."))
    b.append(("p", "Ieder jaar in oktober maakt het bureau met de besturen een 'kaart van het aanbod': welke voorzieningen "
                   "zijn er, hoeveel plaatsen zijn bezet, voor welke leerlingen is in de regio geen passende plek? "
                   "Signaleert een school dat zij ondanks haar zorgplicht geen passend aanbod kan doen, dan meldt zij de "
                   "leerling bij het Doorbraakoverleg. Dat overleg – met bestuurders, de leerplichtambtenaar en jeugdhulp – "
                   "zorgt binnen tien werkdagen voor een plek of een tijdelijke oplossing. Structurele gaten in het aanbod "
                   "die de kaart laat zien, leiden tot een voorstel aan het algemeen bestuur, bijvoorbeeld voor een nieuwe "
                   "groep of een onderwijs-zorgarrangement met de gemeenten."))
    # --- plaatsing: partial (procedure yes, criteria no) + terugstroom hidden in this chapter ---
    b.append(("h1", "6 Toelaatbaarheid vso, pro en lwoo"))
    b.append(("h2", "6.1 De aanvraag"))
    b.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het schoolbestuur van de "
                   "school waar de leerling staat ingeschreven of is aangemeld. De aanvraag loopt via het digitale loket "
                   "'Route Rivierland' en kent vier stappen. Stap 1: het ondersteuningsteam van de school bespreekt de "
                   "leerling met ouders en leerling en legt de zienswijze van ouders vast. Stap 2: de school levert het "
                   "dossier aan, met het OPP, een verslag van de geboden ondersteuning en het onderwijskundig rapport. "
                   "Stap 3: de Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband bespreekt de aanvraag; twee "
                   "deskundigen – een orthopedagoog of psycholoog en, afhankelijk van de leerling, een jeugdarts, "
                   "kinderpsychiater of maatschappelijk werker – geven ieder een eigen schriftelijk advies. Stap 4: de "
                   "directeur-bestuurder neemt namens het samenwerkingsverband binnen zes weken na ontvangst van het "
                   "volledige dossier een besluit. Ouders ontvangen een afschrift van het besluit en van beide adviezen."))
    b.append(("p", "Voor praktijkonderwijs en lwoo vraagt de vo-school waar de leerling is aangemeld de toelaatbaarheid of "
                   "aanwijzing aan, uiterlijk op 1 maart voorafgaand aan het schooljaar. De CvT beslist binnen vier weken. "
                   "Voor zij-instromers geldt dezelfde route, met een beslistermijn van twee weken."))
    b.append(("h2", "6.2 Waarop de commissie let"))
    b.append(("p", "De inhoudelijke toets waarmee de CvT bepaalt of een leerling toelaatbaar is, wordt in het eerste jaar "
                   "van de planperiode opnieuw opgebouwd, samen met de vso-scholen en het praktijkonderwijs. Totdat dat "
                   "kader er ligt, weegt de commissie iedere aanvraag afzonderlijk en in goed overleg. Het nieuwe kader "
                   "wordt na instemming van de OPR als aanvulling bij dit plan gevoegd."))
    b.append(("h2", "6.3 Looptijd en categorie"))
    b.append(("p", "Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren en loopt altijd tot en met 31 juli. "
                   "Bij een eerste TLV bepaalt de CvT ook de bekostigingscategorie: laag, midden of hoog. Bent u het niet "
                   "eens met een besluit, dan kunt u binnen zes weken bezwaar maken; het samenwerkingsverband is "
                   "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    b.append(("h2", "6.4 Einde van de TLV"))
    b.append(("p", "Uiterlijk op 1 februari van het laatste jaar van de TLV bespreekt de vso-school in het OPP-evaluatiegesprek "
                   "met ouders en leerling of een overstap naar een reguliere vo-school haalbaar is. De vso-school neemt "
                   "daarvoor het initiatief en nodigt de ondersteuningscoördinator van de beoogde school uit. Is de conclusie "
                   "positief, dan meldt de vso-school de leerling vóór 1 april aan bij de nieuwe school, die onder haar "
                   "zorgplicht over de plaatsing beslist. Is verder vso nodig, dan dient de vso-school een nieuwe aanvraag in "
                   "bij de CvT. Zes weken en zes maanden na de overstap volgt een evaluatiegesprek met ouders, leerling en "
                   "beide scholen."))
    b.append(("p", "Ons uitgangspunt is dat geen leerling langer in het vso blijft dan nodig is. Een gedeeltelijke overstap – "
                   "een aantal dagen per week op een reguliere school, of één examenvak daar – is uitdrukkelijk mogelijk. "
                   "Voorwaarden zijn dat de belangrijkste doelen uit het OPP zijn behaald, dat leerling en ouders achter de "
                   "stap staan en dat de ontvangende school een passend programma kan bieden. Na de overstap houdt de leerling "
                   "een jaar lang een vaste begeleider van de vso-school, die ook de mentor van de nieuwe school ondersteunt. "
                   "Het samenwerkingsverband betaalt die begeleiding uit het budget 'Overstap'."))
    b.append(("h1", "7 Thuiszitters en verzuim"))
    b.append(("p", "Iedere jongere hoort op school. Samen met de leerplichtambtenaren werken wij met één regionale "
                   "verzuimaanpak: scholen melden ongeoorloofd verzuim na zestien uur binnen vier weken, en een leerling die "
                   "langer dan vier weken thuiszit, wordt binnen een week besproken aan de thuiszitterstafel. Aan die tafel "
                   "zitten de school, leerplicht, jeugdhulp en een consulent van het samenwerkingsverband, die een casusregisseur "
                   "aanwijzen. Ouders en leerling worden uitgenodigd. Het doel is een plan binnen drie weken."))
    b.append(("p", "Vrijstellingen van de leerplicht worden alleen gegeven na overleg met het samenwerkingsverband; bij elke "
                   "vrijstelling wordt jaarlijks bekeken of onderwijs weer mogelijk is."))
    # --- ouders: present, hidden under Communicatie ---
    b.append(("h1", "8 Communicatie"))
    b.append(("p", "Goede communicatie is voor een samenwerkingsverband geen bijzaak. Wij communiceren met drie groepen: "
                   "professionals in en rond de scholen, bestuurders en toezichthouders, en ouders en leerlingen."))
    b.append(("p", "Professionals ontvangen zes keer per jaar de nieuwsbrief 'Stroomopwaarts' en kunnen terecht op het "
                   "besloten deel van de website. Bestuurders krijgen een kwartaalrapportage."))
    b.append(("p", "Ouders en leerlingen vinden op de ouderpagina van onze website in begrijpelijke taal wat er in Rivierland "
                   "aan ondersteuning is, met per vestiging een link naar de schoolgids waarin de school haar ondersteuning "
                   "beschrijft. De brochure 'Passend onderwijs in Rivierland' is er in het Nederlands, Engels, Arabisch en "
                   "Pools en wordt via de basisscholen aan alle ouders van groep 8 meegegeven. Elk jaar in november "
                   "organiseren we twee informatieavonden over de overstap naar het voortgezet onderwijs en over extra "
                   "ondersteuning."))
    b.append(("p", "Soms lopen ouders vast, of zijn zij het niet eens met de school. Dan kunnen zij terecht bij het Ouder- en "
                   "Jeugdsteunpunt Rivierland, dat onafhankelijk van scholen en samenwerkingsverband werkt en op dinsdag en "
                   "donderdag een telefonisch spreekuur heeft. Ouders kunnen ook kosteloos een onderwijsconsulent "
                   "inschakelen. Klachten over het samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs; "
                   "geschillen over toelating en verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend "
                   "onderwijs."))
    b.append(("p", "Ouders en leerlingen hebben een eigen stem: in de OPR, in de medezeggenschapsraden en bij het opstellen "
                   "van het OPP, waarop leerlingen hun mening mogen geven."))
    b.extend([("h1", "9 Samenwerking met gemeenten")] + filler_oogo("de zes gemeenten in Rivierland", "3 maart 2026"))
    b.append(("p", "Met de gemeenten is de pilot 'Jeugdhulp op school' voortgezet: op zes vestigingen werkt een jeugdhulpverlener "
                   "vier dagdelen per week in het schoolgebouw."))
    # --- resultaten: missing ---
    b.append(("h1", "10 Kwaliteit en resultaten"))
    b.append(("p", "Scholen in Rivierland zijn terecht trots op wat zij met hun leerlingen bereiken. Het samenwerkingsverband "
                   "wil daar in de komende jaren beter zicht op krijgen. In het eerste jaar van de planperiode bouwen we "
                   "daarom een nieuw kwaliteitskader op, samen met de schoolbesturen en de OPR. Welke doelen we stellen en "
                   "hoe we die gaan volgen, wordt in dat kader vastgelegd. Dit plan bevat daarom nog geen eigen "
                   "resultaatafspraken."))
    b.append(("p", "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband en bezoekt ons ten minste eens "
                   "in de vier jaar. Het laatste bezoek was in het voorjaar van 2024."))
    # --- financien: partial (verdeling yes, besteding only referred to absent bijlage) ---
    b.append(("h1", "11 Geld en middelen"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. De "
                   "lwoo- en pro-middelen worden rechtstreeks aan de scholen doorgegeven op basis van het aantal "
                   "leerlingen met een aanwijzing of TLV op 1 oktober. Van de middelen voor zware ondersteuning wordt eerst "
                   "de afdracht voor het vso betaald, die DUO rechtstreeks inhoudt."))
    b.append(("p", "Het restant verdelen we volgens het verdeelmodel dat het algemeen bestuur in 2025 heeft vastgesteld. "
                   "Iedere vestiging krijgt een schoolbudget, bestaande uit een vaste voet van € 25.000 en € 62 per "
                   "leerling, op basis van de teldatum van 1 oktober van het voorgaande jaar. Daarnaast is er een "
                   "bovenschools budget voor arrangementen. Een school vraagt een arrangement aan bij het loket; het loket "
                   "kent het toe als het OPP laat zien dat de basisondersteuning en het schoolbudget zijn benut, en als de "
                   "gevraagde inzet tijdelijk is en doelen bevat. Het OPDC wordt bekostigd per plaats."))
    b.append(("p", "Hoe de middelen over de jaren worden besteed, is uitgewerkt in de meerjarenbegroting 2026–2030, die als "
                   "bijlage B separaat bij dit plan wordt gevoegd. De bedragen daarin worden definitief zodra de "
                   "rijksbekostiging voor 2027 bekend is."))
    b.append(("p", "Scholen verantwoorden jaarlijks vóór 1 juli hoe zij het schoolbudget hebben ingezet, met een korte "
                   "inhoudelijke toelichting. Het samenwerkingsverband houdt een reserve aan die niet hoger is dan de "
                   "signaleringswaarde; het bedrag daarboven is in 2024 en 2025 afgebouwd."))
    b.extend([("h1", "12 Organisatie en medezeggenschap")] +
             filler_governance(naam, "stichting", "elf", True) + [("h2", "Integriteit en duurzaamheid")] + filler_integriteit())
    b.extend([("h1", "13 Personeel, ICT en privacy")] +
             filler_personeel("14", "consulenten passend onderwijs, twee orthopedagogen, een secretaris van de CvT, "
                              "een controller en een officemanager") + filler_ict("het registratiesysteem Route Rivierland") + [("h2", "Deskundigheidsbevordering en netwerken")] + filler_deskundigheid("netwerk van ondersteuningscoördinatoren"))
    b.extend([("h1", "14 Planning")] + filler_planning(["2026–2027", "2027–2028", "2028–2029", "2029–2030"]))
    b.append(("h1", "Bijlage A Begrippenlijst"))
    b.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende plek is."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren."],
        ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse voorziening."],
        ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."],
        ["Terugplaatsing", "Overstap van een leerling van het vso naar het reguliere voortgezet onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor vso of pro."],
        ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar, met verdeling van de middelen."],
    ]))
    return b


def label_rivierland(name):
    return write_label(
        name, [name + ".docx"], "vo",
        {"plaatsing.criteria", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4: SWV-wide binding minimum for all 23 vestigingen + ten concrete standards; borging via 'Basis in beeld'.",
         "plaatsing": "Ch. 6.1 gives a full vso/pro/lwoo procedure; 6.2 defers the criteria ('wordt in het eerste jaar opnieuw opgebouwd') -> criteria not addressed.",
         "terugstroom": "Hidden in TLV chapter 6.4 'Einde van de TLV': steps, initiator, 1 feb/1 april, evaluations, plus policy (gedeeltelijke overstap, voorwaarden, nazorg een jaar).",
         "financien": "Ch. 11 'Geld en middelen' gives verdeelmodel (vaste voet, per leerling, loket-criteria); the meerjarenbegroting is only a separate bijlage B not in the input.",
         "dekkend-aanbod": "Ch. 5 table niveaus 1-4 incl. OPDC/pro/vso; kaart van het aanbod + Doorbraakoverleg for pupils without a place; ch. 7 thuiszitters.",
         "resultaten": "Ch. 10 'Kwaliteit en resultaten' only defers to a future kwaliteitskader and states the plan has no resultaatafspraken; glossary entry is a trap.",
         "ouders": "Inside ch. 8 'Communicatie': ouderpagina, brochure in 4 languages, informatieavonden; OJSP Rivierland, onderwijsconsulenten, klachten/geschillen."})


# ---------------------------------------------------------------------------
# Plan B: VO Kustlanden (pdf from docx)
# ---------------------------------------------------------------------------

def plan_kustlanden():
    naam = "Stichting Passend Onderwijs Kustlanden VO"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Stichting Passend Onderwijs Kustlanden VO (VO 27-02)",
                        "Samen sterk voor elke leerling aan de kust",
                        "Versie 1.3 – instemming OPR 26 maart 2026 – vastgesteld 7 april 2026"]))
    b.append(("toc", ["Voorwoord", "Samenvatting voor ouders en leerlingen", "1 Wie zijn wij", "2 Visie en koers",
                      "3 Ondersteuning in vier niveaus", "4 Toewijzing en toelaatbaarheid",
                      "5 Terugplaatsing en overstap", "6 Geld en middelen",
                      "7 Wat willen we bereiken en wat hebben we bereikt", "8 Informatie voor ouders",
                      "9 Samenwerking met gemeenten en jeugdhulp", "10 Organisatie", "11 Personeel en ICT",
                      "12 Planning", "Begrippenlijst"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Kustlanden is een bijzondere regio. Veel leerlingen reizen dagelijks lange afstanden, in de zomer "
                   "draait de economie op toerisme en in de winter is het stil. Scholen zijn klein en hebben elkaar hard "
                   "nodig. Dat maakt samenwerking in passend onderwijs hier geen keuze, maar een noodzaak."))
    b.append(("p", "In de afgelopen periode hebben we veel geleerd. We hebben de toewijzing van ondersteuning vereenvoudigd, "
                   "een nieuwe bovenschoolse voorziening geopend en de samenwerking met de jeugdhulp versterkt. Niet alles "
                   "lukte: de wachttijden voor specialistische jeugdhulp zijn nog altijd lang. In dit plan kijken we vooruit."))
    b.append(("h1", "Samenvatting voor ouders en leerlingen"))
    b.append(("box", "In gewone taal. Elke school in Kustlanden biedt een vaste basis aan hulp. Heeft je kind meer nodig, "
                     "dan kan de school extra hulp regelen. Soms is een andere school beter, zoals het praktijkonderwijs of "
                     "het voortgezet speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring nodig. In dit plan lees "
                     "je hoe dat werkt, wie beslist en waar het geld naartoe gaat. Vragen? Stel ze eerst aan de mentor of de "
                     "ondersteuningscoördinator van de school."))
    b.append(("h1", "1 Wie zijn wij"))
    b.append(("p", "Stichting Passend Onderwijs Kustlanden VO is het samenwerkingsverband voor het voortgezet onderwijs in "
                   "vijf kustgemeenten. Zeven schoolbesturen met samen twaalf vestigingen zijn aangesloten: acht scholen voor "
                   "vmbo, havo en vwo, één school voor praktijkonderwijs (Praktijkschool Kustlanden) en drie locaties voor "
                   "vso. Samen hebben de scholen ongeveer 7.900 leerlingen."))
    b.append(("p", "Het samenwerkingsverband werkt nauw samen met het samenwerkingsverband voor het primair onderwijs in "
                   "dezelfde regio, onder meer bij de overstap van groep 8 naar de brugklas."))
    b.extend(filler_regio("vijf kustgemeenten met samen ruim 110.000 inwoners", "In de zomer verdubbelt in sommige dorpen het aantal inwoners door het toerisme."))
    b.extend([("h2", "1.1 Totstandkoming")] + filler_totstandkoming("oktober 2024", "26 maart 2026", "7 april 2026"))
    b.extend([("h2", "1.2 Landelijke ontwikkelingen")] + filler_landelijk())
    b.extend([("h2", "1.3 Wettelijke eisen")] + filler_wettelijk([
        ["Basisondersteuningsvoorzieningen op alle vestigingen", "Hoofdstuk 3.1 en Kaart Basisondersteuning (website)"],
        ["Samenhangend geheel van ondersteuningsvoorzieningen", "Hoofdstuk 3"],
        ["Procedure en criteria toelaatbaarheid vso, pro en lwoo", "Hoofdstuk 4"],
        ["Procedure en beleid terugplaatsing en overplaatsing", "Hoofdstuk 5 (addendum volgt)"],
        ["Verdeling, besteding en toewijzing van middelen; meerjarenbegroting", "Hoofdstuk 6"],
        ["Beoogde en bereikte resultaten", "Hoofdstuk 7"],
        ["Informatie aan ouders; onafhankelijke ondersteuning van ouders", "Hoofdstuk 8"],
    ]))
    b.extend([("h1", "2 Visie en koers")] + filler_visie(naam, "dichtbij, doen en durven"))
    # --- basisondersteuning: partial (niveau yes, inhoud only via website) ; dekkend: continuum yes, lacunes no ---
    b.append(("h1", "3 Ondersteuning in vier niveaus"))
    b.append(("p", "In Kustlanden onderscheiden we vier niveaus van ondersteuning. Zij vormen samen één doorgaande lijn "
                   "binnen en tussen de scholen: van wat iedere school zelf doet, via extra hulp op school en tijdelijke "
                   "bovenschoolse opvang, tot het speciaal onderwijs."))
    b.append(("h2", "3.1 Niveau 1: basisondersteuning"))
    b.append(("p", "Niveau 1 is de basisondersteuning: de afgesproken ondergrens die iedere school en iedere vestiging in "
                   "Kustlanden waarmaakt, zonder aanvraag bij het samenwerkingsverband. De schoolbesturen hebben met elkaar "
                   "vastgelegd dat geen vestiging daaronder mag zakken. Welke voorzieningen er precies onder vallen, staat "
                   "op de Kaart Basisondersteuning, die op onze website is gepubliceerd en elk jaar in september wordt "
                   "bijgewerkt."))
    b.append(("h2", "3.2 Niveau 2 tot en met 4"))
    b.append(("table", [
        ["Niveau", "Wat", "Voor wie", "Wie regelt het"],
        ["2 Extra ondersteuning op school", "Arrangement op maat: extra begeleiding, aangepast rooster, trajectklas", "Leerlingen bij wie de basis niet voldoende is", "School, met budget van het SWV"],
        ["3 Bovenschools", "OPDC De Branding: rebound (max. 16 weken) en Tussenvoorziening (max. 1 jaar)", "Leerlingen die tijdelijk niet op de eigen school kunnen leren", "Loket van het SWV"],
        ["4 Speciaal", "Praktijkschool Kustlanden; vso De Zeester (cluster 4) en De Duinroos (cluster 3)", "Leerlingen met een TLV", "Commissie Toewijzing"],
    ]))
    b.append(("p", "Leerlingen die in de rebound van De Branding zitten, blijven ingeschreven op hun eigen school. Na maximaal "
                   "zestien weken keren zij daar terug; de rebound-begeleider draagt de leerling in een driegesprek over aan "
                   "de mentor en houdt daarna nog zes weken contact met de school. De Tussenvoorziening is bedoeld voor "
                   "leerlingen die een langere stabilisatie nodig hebben, bijvoorbeeld na een opname."))
    b.append(("p", "Leerlingen die (dreigen) thuis (te) zitten, hebben onze volle aandacht. Hoe wij de regionale aanpak "
                   "daarvan inrichten, werken wij in de planperiode samen met de gemeenten verder uit."))
    # --- plaatsing: present (tables) ---
    b.append(("h1", "4 Toewijzing en toelaatbaarheid"))
    b.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
                   "aanwijzing voor lwoo. Dat doet de Commissie Toewijzing, die uit een voorzitter, twee orthopedagogen-"
                   "generalist en een secretaris bestaat."))
    b.append(("h2", "4.1 Zo gaat een aanvraag voor het vso"))
    b.append(("table", [
        ["Stap", "Wat gebeurt er", "Wie", "Termijn"],
        ["1", "Bespreking in het ondersteuningsteam, met ouders en leerling; zienswijze ouders vastgelegd", "School", "—"],
        ["2", "Aanvraag met OPP, evaluatie van het arrangement en onderwijskundig rapport", "Schoolbestuur van de huidige school", "—"],
        ["3", "Twee deskundigenadviezen: orthopedagoog of psycholoog, plus een tweede deskundige passend bij de leerling", "Commissie Toewijzing", "binnen 3 weken"],
        ["4", "Besluit en afschrift aan ouders", "Directeur-bestuurder namens het SWV", "binnen 6 weken na volledige aanvraag"],
    ]))
    b.append(("h2", "4.2 Wanneer is een leerling toelaatbaar?"))
    b.append(("table", [
        ["Voorziening", "Criteria"],
        ["vso", "(a) De ondersteuningsbehoefte gaat aantoonbaar boven niveau 1 en 2 uit: twee cycli handelingsgericht werken met een arrangement zijn geëvalueerd zonder voldoende resultaat; (b) de leerling heeft een intensieve combinatie van onderwijs en zorg nodig die de reguliere school ook met een arrangement niet kan bieden; (c) de deskundigen onderschrijven dat het vso de leerling beter in staat stelt zijn OPP-doelen te halen."],
        ["pro", "Landelijke criteria: IQ tussen 55 en 80 én een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (inzichtelijk rekenen, begrijpend lezen, technisch lezen, spelling), waarvan één rekenen of begrijpend lezen."],
        ["lwoo", "IQ tussen 75 en 90 met een leerachterstand van 1,5 tot 3 jaar op twee domeinen, of IQ 91–120 met die achterstand én een sociaal-emotionele problematiek die het leren belemmert."],
    ]))
    b.append(("p", "Aanvragen voor pro en lwoo worden ingediend door de vo-school waar de leerling is aangemeld, vóór 1 maart, "
                   "via het systeem Onderwijs Transparant. De commissie besluit binnen vier weken."))
    b.append(("h2", "4.3 Duur en categorie"))
    b.append(("p", "Een TLV voor het vso geldt voor één, twee of drie schooljaren en eindigt op 31 juli. De commissie kiest "
                   "bij het vso een bekostigingscategorie (laag, midden of hoog) op basis van de deskundigenadviezen. Een "
                   "TLV voor pro en een aanwijzing lwoo gelden voor de hele schoolloopbaan in het voortgezet onderwijs."))
    # --- terugstroom: missing (heading + deferral only) ---
    b.append(("h1", "5 Terugplaatsing en overstap"))
    b.append(("p", "Het beleid en de werkwijze voor terugplaatsing en overplaatsing van vso-leerlingen naar het regulier "
                   "voortgezet onderwijs worden in het eerste jaar van de planperiode samen met de vso-scholen opgesteld. "
                   "Zodra de OPR heeft ingestemd, voegen wij dit als addendum aan het plan toe."))
    # --- financien: present under 'Geld en middelen' ---
    b.append(("h1", "6 Geld en middelen"))
    b.append(("p", "Kustlanden ontvangt jaarlijks ongeveer € 9,6 miljoen aan rijksmiddelen voor ondersteuning. Na aftrek "
                   "van de vso-afdracht en de rechtstreeks doorgegeven lwoo- en pro-middelen verdelen we het restant "
                   "volgens drie regels. Eén: elke school krijgt een ondersteuningsbudget van € 95 per leerling (teldatum "
                   "1 oktober), waaruit zij niveau 2 bekostigt. Twee: de bovenschoolse voorzieningen op niveau 3 worden "
                   "centraal bekostigd per beschikbare plaats. Drie: voor arrangementen die het schoolbudget te boven "
                   "gaan, kent het loket aanvullend budget toe als het OPP aantoont dat de school haar eigen budget heeft "
                   "ingezet; het loket beslist binnen drie weken."))
    b.append(("table", [
        ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten rijksbijdrage ondersteuning", "9.620", "9.540", "9.460", "9.380"],
        ["Afdracht vso (DUO)", "-3.910", "-3.880", "-3.850", "-3.820"],
        ["Doorbetaling lwoo/pro", "-2.350", "-2.330", "-2.300", "-2.280"],
        ["Schoolbudgetten niveau 2", "-1.750", "-1.730", "-1.710", "-1.690"],
        ["OPDC De Branding", "-960", "-960", "-960", "-960"],
        ["Aanvullende arrangementen", "-280", "-270", "-270", "-260"],
        ["Bureau, commissie en bestuur", "-520", "-530", "-540", "-550"],
        ["Resultaat", "-150", "-160", "-170", "-180"],
    ]))
    b.append(("p", "Het negatieve resultaat is bewust: de reserve boven de signaleringswaarde wordt in vier jaar afgebouwd. "
                   "Scholen leggen jaarlijks vóór 1 juni verantwoording af over de inzet van hun schoolbudget."))
    # --- resultaten: present (unusual wording) ---
    b.append(("h1", "7 Wat willen we bereiken en wat hebben we bereikt"))
    b.append(("p", "Wij maken aan leerlingen met een ondersteuningsbehoefte vier beloften voor 2030. Aan elke belofte "
                   "hangt een getal, zodat we kunnen zien of we haar waarmaken."))
    b.append(("table", [
        ["Belofte", "Waar staan we (2024–2025)", "Waar willen we in 2030 staan"],
        ["Leerlingen met een arrangement halen hun diploma of startkwalificatie", "78%", "ten minste 85%"],
        ["Leerlingen in de rebound keren binnen 16 weken terug naar de eigen school", "71%", "ten minste 80%"],
        ["Leerlingen met een OPP die hun OPP-doelen voor minstens de helft halen", "64%", "ten minste 75%"],
        ["Ouders die tevreden zijn over de ondersteuning (peiling, rapportcijfer)", "6,9", "7,5 of hoger"],
    ]))
    b.append(("p", "Elk voorjaar zet het bureau de cijfers op een rij uit DUO-gegevens, de verzuimregistratie, de OPP-"
                   "evaluaties van de scholen en een oudertevredenheidspeiling. Het algemeen bestuur en de OPR bespreken "
                   "in juni 'De Staat van Kustlanden', waarin per belofte staat wat bereikt is. Waar we achterblijven, "
                   "spreken we maatregelen af voor het volgende schooljaar; het jaarverslag bevat de cijfers en die "
                   "maatregelen."))
    # --- ouders: partial (informatie yes, steunpunt deferred) ---
    b.append(("h1", "8 Informatie voor ouders"))
    b.append(("p", "Ouders vinden informatie over de ondersteuning op de website van het samenwerkingsverband, in de "
                   "schoolgids van iedere school en in de folder 'Extra hulp op school, hoe werkt dat?', die elke school "
                   "bij de aanmelding meegeeft. Twee keer per jaar houden wij een ouderavond over passend onderwijs, één in "
                   "het noorden en één in het zuiden van de regio. Bij iedere aanvraag voor het vso ontvangen ouders een "
                   "brief met uitleg over de procedure."))
    b.append(("p", "Een eigen ouder- en jeugdsteunpunt staat op onze agenda. Hoe en wanneer dat wordt ingericht, is nog "
                   "onderwerp van gesprek met de gemeenten; wij informeren ouders zodra daar meer over bekend is."))
    b.append(("p", "Ouders zijn vertegenwoordigd in de OPR en praten mee over het OPP van hun kind."))
    b.extend([("h1", "9 Samenwerking met gemeenten en jeugdhulp")] +
             filler_oogo("de vijf kustgemeenten", "12 februari 2026"))
    b.extend([("h2", "9.1 Aansluiting op het mbo")] + filler_overstap_vo_mbo())
    b.extend([("h1", "10 Organisatie")] + filler_governance(naam, "stichting", "zeven", True) + [("h2", "Integriteit en duurzaamheid")] + filler_integriteit())
    b.extend([("h1", "11 Personeel en ICT")] +
             filler_personeel("9", "twee orthopedagogen, drie consulenten, een loketmedewerker, een controller en "
                              "een secretaresse") + filler_ict("Onderwijs Transparant") + [("h2", "Deskundigheidsbevordering en netwerken")] + filler_deskundigheid("netwerk van ondersteuningscoördinatoren"))
    b.extend([("h1", "12 Planning")] + filler_planning(["2026–2027", "2027–2028", "2028–2029", "2029–2030"]))
    b.append(("h1", "Begrippenlijst"))
    b.append(("ul", [
        "Basisondersteuning – het minimum aan ondersteuning dat elke school biedt, zoals begeleiding door mentor en ondersteuningscoördinator, dyslexiefaciliteiten en een time-out-plek.",
        "Terugplaatsing – de overstap van een leerling uit het vso naar een reguliere school aan het einde van de TLV, met begeleiding van de vso-school.",
        "Thuiszitter – een leerplichtige jongere die zonder geldige vrijstelling langer dan vier weken niet naar school gaat.",
        "Ouder- en jeugdsteunpunt (OJSP) – onafhankelijk steunpunt voor ouders en jongeren.",
        "Zorgplicht – de plicht van een school om voor een aangemelde leerling een passende plek te zoeken.",
        "OPDC – orthopedagogisch-didactisch centrum.",
    ]))
    return b


def label_kustlanden(name):
    return write_label(
        name, [name + ".pdf"], "vo",
        {"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
         "dekkend-aanbod.lacunes", "ouders.steunpunt"},
        {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "3.1 defines niveau 1 as binding minimum for every vestiging, but the content is only on a 'Kaart Basisondersteuning' on the website; concrete examples appear only in the begrippenlijst (trap).",
         "plaatsing": "Ch. 4 'Toewijzing en toelaatbaarheid': procedure table (steps, who, termijnen) and criteria table for vso/pro/lwoo; no bezwaar route.",
         "terugstroom": "Ch. 5 only defers ('worden in het eerste jaar opgesteld... als addendum'); rebound return to own school in 3.2 is OPDC, not vso; glossary definition is a trap.",
         "financien": "Ch. 6 'Geld en middelen': three distribution rules with € per leerling + meerjarenbegroting table 2026-2029.",
         "dekkend-aanbod": "Continuum in ch. 3 table (niveau 1-4, OPDC, pro, vso); thuiszitters approach deferred, no zorgplicht/gaps handling in body (zorgplicht only in glossary).",
         "resultaten": "Ch. 7 'beloften' with baseline and 2030 targets; yearly 'Staat van Kustlanden' in June with bestuur and OPR + jaarverslag.",
         "ouders": "Ch. 8 informatie via website, schoolgids, folder, ouderavonden; OJSP only 'staat op onze agenda' (deferral), no klachten/consulenten."})


# ---------------------------------------------------------------------------
# Plan C: PO De Heidevelden (pdf from docx)
# ---------------------------------------------------------------------------

def plan_heidevelden():
    naam = "Samenwerkingsverband PO De Heidevelden"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026–2030",
                        "Samenwerkingsverband PO De Heidevelden (PO 25-11)",
                        "Ieder kind een plek die past",
                        "Financiën · Toelaatbaarheid · Terugplaatsing · Resultaten · Ouders"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Terugblik 2022–2026", "3 Visie en ambities",
                      "4 Basisondersteuning", "5 Van extra ondersteuning tot speciaal onderwijs",
                      "6 Toelaatbaarheid sbo en so", "7 Terug naar de basisschool", "8 Resultaten en ambities",
                      "9 Ouders", "10 Gemeenten en jeugdhulp", "11 Financiën", "12 Organisatie",
                      "13 Personeel en ICT", "14 Planning", "Begrippenlijst en afkortingen"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "De Heidevelden is een samenwerkingsverband van veertien schoolbesturen met 71 basisscholen, twee scholen "
                   "voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs. Wij zijn een verband van dorpen "
                   "en een stad, van kleine scholen met drie groepen en grote scholen met vierhonderd leerlingen."))
    b.append(("p", "Dit plan is het resultaat van een jaar praten, luisteren en schrijven. Intern begeleiders, directeuren, "
                   "ouders en gemeenten hebben meegedacht. De OPR heeft op 2 april 2026 ingestemd. Wij zijn er trots op."))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit ondersteuningsplan beschrijft hoe de scholen in De Heidevelden samen zorgen voor een passende "
                   "onderwijsplek voor ieder kind van vier tot ongeveer twaalf jaar. Het plan geldt van 1 augustus 2026 tot "
                   "31 juli 2030 en is opgesteld volgens de Wet op het primair onderwijs."))
    b.extend(filler_regio("vier gemeenten op de zandgronden, met één stad en negentien dorpen", "Landbouw, recreatie en de zorgsector zijn de grootste werkgevers."))
    b.append(("p", "Het plan is geschreven voor drie lezers: professionals in de scholen, bestuurders en toezichthouders, "
                   "en ouders. Voor ouders staat aan het begin van sommige hoofdstukken een korte uitleg in gewone taal."))
    b.append(("h1", "2 Terugblik 2022–2026"))
    b.append(("p", "In de vorige planperiode hebben we de organisatie flink veranderd. Het loket is vernieuwd en werkt nu met "
                   "een digitaal aanvraagformulier. De consulenten zijn per gemeente georganiseerd, zodat scholen één vast "
                   "aanspreekpunt hebben. Met de gemeenten zijn convenanten gesloten over de inzet van jeugdhulp in de school. "
                   "Ook is het bureau verhuisd naar een centraler gelegen pand."))
    b.append(("p", "Een evaluatie van de opbrengsten voor leerlingen over de vorige periode is niet uitgevoerd; de "
                   "beschikbare gegevens waren daarvoor niet volledig genoeg."))
    b.extend([("h2", "Totstandkoming")] + filler_totstandkoming("november 2024", "2 april 2026", "9 april 2026"))
    b.extend([("h2", "Landelijke ontwikkelingen")] + filler_landelijk())
    b.extend([("h2", "Wettelijke eisen en waar u ze vindt")] + filler_wettelijk([
        ["Basisondersteuning op alle scholen", "Hoofdstuk 4"],
        ["Samenhangend geheel van voorzieningen", "Hoofdstuk 5"],
        ["Procedure en criteria toelaatbaarheid sbo en so", "Hoofdstuk 6"],
        ["Terugplaatsing naar het basisonderwijs", "Hoofdstuk 7"],
        ["Verdeling en besteding van de ondersteuningsmiddelen; meerjarenbegroting", "Hoofdstuk 11 en document 'Begroting en verdeelmodel'"],
        ["Beoogde en bereikte resultaten", "Hoofdstuk 8"],
        ["Informatie aan ouders en onafhankelijke ondersteuningsmogelijkheden", "Hoofdstuk 9"],
    ]))
    b.extend([("h1", "3 Visie en ambities")] + filler_visie(naam, "vertrouwen, vakmanschap en verbinding"))
    # --- basisondersteuning: present ---
    b.append(("h1", "4 Basisondersteuning"))
    b.append(("box", "In gewone taal: op elke basisschool in De Heidevelden krijgt uw kind dezelfde basis aan hulp. "
                     "Hieronder staat wat dat is."))
    b.append(("p", "De besturen hebben het niveau van de basisondersteuning vastgelegd in twaalf afspraken. Deze gelden voor "
                   "alle 71 basisscholen en hun nevenvestigingen; een school mag meer doen, maar niet minder. Ook de "
                   "sbo-scholen bieden ten minste dit niveau."))
    b.append(("table", [
        ["Nr.", "Afspraak basisondersteuning"],
        ["1", "Elke school heeft een intern begeleider met ten minste één dag per week per 150 leerlingen."],
        ["2", "Leerkrachten werken handelingsgericht: de groep wordt ten minste drie keer per jaar besproken."],
        ["3", "De school heeft een dyslexieprotocol en een protocol ernstige rekenproblemen en voert die uit."],
        ["4", "Er is een aanbod voor kinderen die meer aankunnen, binnen en buiten de groep."],
        ["5", "De school werkt met een methode voor sociaal-emotioneel leren en volgt het welbevinden twee keer per jaar."],
        ["6", "De school heeft een ondersteuningsteam met ouders, IB, schoolmaatschappelijk werk en op afroep de consulent."],
        ["7", "Er is een aanpak voor kinderen met een taalachterstand, inclusief NT2-leerlingen."],
        ["8", "De school heeft een protocol medisch handelen."],
        ["9", "De school kan korte preventieve interventies bieden, zoals een weerbaarheidstraining of een leesinterventie."],
        ["10", "Het gebouw is toegankelijk of er is een plan om een leerling met een fysieke beperking te ontvangen."],
        ["11", "Voor ieder kind met extra ondersteuning is er binnen zes weken een OPP, besproken met de ouders."],
        ["12", "De overdracht naar het voortgezet onderwijs is warm, met een gesprek tussen leerkracht en mentor."],
    ]))
    b.append(("p", "Iedere school beschrijft in de schoolgids hoe zij deze afspraken waarmaakt. De consulent bespreekt dat "
                   "jaarlijks met de directeur en intern begeleider."))
    # --- dekkend aanbod: present (without allocation rules) ---
    b.append(("h1", "5 Van extra ondersteuning tot speciaal onderwijs"))
    b.append(("p", "Wat de school niet in de basis kan bieden, organiseren we in lagen. Eerst extra ondersteuning op de "
                   "eigen school, met hulp van het ondersteuningsteam en de consulent van het samenwerkingsverband. Dan "
                   "ambulante begeleiding door specialisten van de sbo- en so-scholen. Daarna de observatiegroep 'De "
                   "Kijkdoos', waar een kind maximaal twaalf weken twee dagen per week leert terwijl het op de eigen school "
                   "ingeschreven blijft. En tot slot het speciaal basisonderwijs (De Horizon en De Brug) en het speciaal "
                   "onderwijs (cluster 3: De Regenboog; cluster 4: Het Baken en De Sterrenwacht)."))
    b.append(("p", "Voor kinderen voor wie geen passende plek lijkt te bestaan, is er de Onderwijs-Zorgtafel. Een school die "
                   "onder haar zorgplicht vastloopt, meldt het kind daar aan; binnen twee weken komen school, ouders, "
                   "consulent, jeugdhulp en zo nodig de leerplichtambtenaar bijeen en wordt één regisseur aangewezen. "
                   "Elk kind dat langer dan vier weken niet of gedeeltelijk naar school gaat, wordt aan deze tafel "
                   "besproken. Eens per jaar analyseert het bureau de aanmeldingen bij de tafel op patronen; waar een groep "
                   "kinderen steeds geen plek vindt, legt het bureau het bestuur een voorstel voor om het aanbod aan te vullen."))
    # --- plaatsing: present ---
    b.append(("h1", "6 Toelaatbaarheid sbo en so"))
    b.append(("box", "In gewone taal: soms past een speciale school beter. Daarvoor beslist het samenwerkingsverband of uw "
                     "kind toelaatbaar is. U bent daar altijd bij betrokken."))
    b.append(("p", "Het bestuur van de school waar het kind staat ingeschreven, vraagt de toelaatbaarheidsverklaring aan bij "
                   "het loket. De aanvraag bevat het OPP, de verslagen van het ondersteuningsteam, de evaluatie van de "
                   "geboden extra ondersteuning en de zienswijze van de ouders. Het loket controleert binnen vijf werkdagen "
                   "of het dossier compleet is. Twee deskundigen geven elk afzonderlijk schriftelijk advies: altijd een "
                   "orthopedagoog of psycholoog, en als tweede deskundige een jeugdarts, maatschappelijk werker of "
                   "kinderpsychiater, afhankelijk van de vraag. De deskundigen zijn niet betrokken geweest bij de aanvraag. "
                   "De Commissie Toelaatbaarheid besluit binnen zes weken na een compleet dossier."))
    b.append(("p", "Een kind is toelaatbaar tot het sbo als (1) de school aantoonbaar twee periodes van extra ondersteuning "
                   "heeft geboden en geëvalueerd, (2) het kind een kleinere groep met meer structuur nodig heeft dan de "
                   "basisschool kan bieden, en (3) verwacht mag worden dat het kind zich in het sbo beter ontwikkelt. Een kind "
                   "is toelaatbaar tot het so als daarnaast een specialistische combinatie van onderwijs en zorg of behandeling "
                   "nodig is die het sbo niet kan bieden, bijvoorbeeld bij een ernstige verstandelijke beperking (cluster 3) of "
                   "ernstige gedrags- of psychiatrische problematiek (cluster 4)."))
    b.append(("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode; een TLV voor het so voor "
                   "twee schooljaren, in categorie laag, midden of hoog. Ouders kunnen binnen zes weken bezwaar maken; de "
                   "Landelijke Bezwaaradviescommissie geeft dan advies aan het samenwerkingsverband."))
    # --- terugstroom: partial (beleid yes, procedure deferred) ---
    b.append(("h1", "7 Terug naar de basisschool"))
    b.append(("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Wij willen dat kinderen terugkeren naar een "
                   "basisschool zodra dat in hun belang is. Terugkeer ligt voor de hand als het kind de doelen uit het OPP "
                   "heeft bereikt, als de ondersteuningsbehoefte binnen de twaalf afspraken van de basisondersteuning past, "
                   "en als ouders en kind achter de stap staan. Bij voorkeur keert het kind terug naar de eigen oude school "
                   "of een school dicht bij huis. De ontvangende basisschool krijgt het eerste jaar begeleiding van de sbo- "
                   "of so-school, zodat de leerkracht niet alleen staat."))
    b.append(("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, op welke momenten wordt geëvalueerd en "
                   "hoe het besluit wordt genomen – wordt in schooljaar 2026–2027 met de sbo- en so-scholen uitgewerkt."))
    # --- resultaten: partial (doelen yes, monitoring deferred) ---
    b.append(("h1", "8 Resultaten en ambities"))
    b.append(("p", "Voor kinderen met een ondersteuningsbehoefte stellen we ons voor 2030 de volgende doelen:"))
    b.append(("ul", [
        "het aantal kinderen dat langer dan vier weken thuiszit, daalt van 19 (teldatum 1 oktober 2025) naar hoogstens 8;",
        "ten minste 90% van de kinderen met een OPP zit aan het eind van groep 8 op of boven het uitstroomprofiel uit het OPP;",
        "het deelnamepercentage so blijft onder 1,8% en het deelnamepercentage sbo onder 2,2%;",
        "ten minste 15 kinderen per jaar maken de overstap van sbo of so naar een basisschool.",
    ]))
    b.append(("p", "Hoe we deze doelen gaan volgen, met welke bronnen en op welke momenten we erover rapporteren, leggen we "
                   "in de loop van 2027 vast in een monitoringsplan."))
    # --- ouders: present ---
    b.append(("h1", "9 Ouders"))
    b.append(("p", "Ouders kennen hun kind het best. Zij zijn partner in het OT en tekenen voor gezien bij het OPP."))
    b.append(("p", "Ouders worden geïnformeerd via de schoolgids van iedere school, waarin de school haar ondersteuning "
                   "beschrijft, en via de ouderpagina op onze website met filmpjes over de route naar extra ondersteuning. "
                   "Bij de eerste bespreking in het ondersteuningsteam krijgen ouders de folder 'Uw kind en extra "
                   "ondersteuning'. Jaarlijks organiseren we samen met de bibliotheek drie inloopochtenden."))
    b.append(("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
                   "Jeugdsteunpunt Heide, dat los van scholen en samenwerkingsverband werkt en gratis advies en "
                   "bemiddeling biedt. Ook kunnen zij een onderwijsconsulent inschakelen. Klachten kunnen worden "
                   "ingediend bij de landelijke klachtencommissie waarbij het samenwerkingsverband is aangesloten."))
    b.extend([("h1", "10 Gemeenten en jeugdhulp")] + filler_oogo("de vier gemeenten", "5 maart 2026"))
    b.extend([("h2", "Overstap naar het voortgezet onderwijs")] + filler_overstap_po_vo())
    # --- financien: missing ---
    b.append(("h1", "11 Financiën"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor de ondersteuning van leerlingen. Over de "
                   "verdeling en de inzet van deze middelen maakt het algemeen bestuur jaarlijks afspraken. Die afspraken en "
                   "de meerjarenbegroting zijn opgenomen in het afzonderlijke document 'Begroting en verdeelmodel', dat "
                   "elk najaar op de website wordt geplaatst."))
    b.append(("p", "Wij vinden het belangrijk dat het geld zo veel mogelijk in de klas terechtkomt."))
    b.extend([("h1", "12 Organisatie")] + filler_governance(naam, "vereniging", "veertien", True) + [("h2", "Integriteit en duurzaamheid")] + filler_integriteit())
    b.extend([("h1", "13 Personeel en ICT")] +
             filler_personeel("18", "negen consulenten, drie orthopedagogen, twee loketmedewerkers, een "
                              "beleidsmedewerker, een controller en twee secretaresses") +
             filler_ict("het aanvraagportaal Kindkans") + [("h2", "Deskundigheidsbevordering en netwerken")] + filler_deskundigheid("IB-netwerk en het netwerk van directeuren"))
    b.extend([("h1", "14 Planning")] + filler_planning(["2026–2027", "2027–2028", "2028–2029", "2029–2030"]))
    b.append(("h1", "Begrippenlijst en afkortingen"))
    b.append(("table", [
        ["Term", "Betekenis"],
        ["Meerjarenbegroting", "Begroting voor vier jaar waarin staat hoeveel geld naar scholen, arrangementen en sbo/so gaat."],
        ["Verdeelmodel", "De regels waarmee de ondersteuningsmiddelen over de schoolbesturen worden verdeeld."],
        ["Monitoring", "Het volgen van de resultaten met cijfers, twee keer per jaar besproken in het bestuur."],
        ["Terugplaatsing", "Terugkeer van een kind van sbo of so naar het basisonderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["sbo / so", "Speciaal basisonderwijs / speciaal onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ]))
    return b


def label_heidevelden(name):
    return write_label(
        name, [name + ".pdf"], "po",
        {"terugstroom.procedure", "financien.verdeling", "financien.besteding", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4: twelve afspraken in a table, binding for all 71 schools ('mag meer doen, niet minder').",
         "plaatsing": "Ch. 6: aanvraag by bestuur via loket, dossier, two separate deskundigen, CvT within 6 weeks; sbo and so criteria (1)-(3); duration, category, bezwaar.",
         "terugstroom": "Ch. 7 gives the policy (aims, conditions, support in first year) but the stappenplan is deferred to 2026-2027.",
         "financien": "Ch. 11 'Financiën' only refers to a separate document 'Begroting en verdeelmodel' on the website; glossary defines meerjarenbegroting/verdeelmodel (trap).",
         "dekkend-aanbod": "Ch. 5 layers (extra op school, AB, observatiegroep, sbo, so) + Onderwijs-Zorgtafel for children without a place, thuiszitters, yearly analysis of gaps.",
         "resultaten": "Ch. 8 has numeric goals for 2030, but how they are monitored is deferred ('in de loop van 2027 ... monitoringsplan'); terugblik says no evaluation; glossary 'Monitoring' is a trap.",
         "ouders": "Ch. 9: schoolgids, ouderpagina with films, folder, inloopochtenden; OJSP Heide, onderwijsconsulent, klachtencommissie."})


# ---------------------------------------------------------------------------
# Plan D: VO Stedenband (markdown, with plain-language boxes)
# ---------------------------------------------------------------------------

def plan_stedenband():
    naam = "Passend Onderwijs Stedenband VO"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026–2030 Passend Onderwijs Stedenband VO",
                        "Samenwerkingsverband VO 23-07",
                        "Webversie – met uitleg in gewone taal voor ouders en leerlingen",
                        "Instemming OPR: 19 maart 2026 · Vastgesteld door het bestuur: 2 april 2026"]))
    b.append(("toc", ["Voorwoord", "Leeswijzer", "1 Het samenwerkingsverband", "2 Visie",
                      "3 Basisondersteuning", "4 Het aanbod: van mentor tot vso",
                      "5 Toelaatbaarheid: vso, pro en lwoo", "6 Terugkeer uit het vso",
                      "7 Financiën en meerjarenbegroting", "8 Doelen en resultaten", "9 Voor ouders en leerlingen",
                      "10 Gemeenten", "11 Organisatie en OPR", "12 Personeel en ICT", "13 Planning",
                      "Bijlage A Begrippen"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Stedenband is een samenwerkingsverband van drie middelgrote steden en de dorpen daartussen. Onze "
                   "scholen verschillen sterk: van een kleine vmbo-school met veel leerlingen uit de techniek tot een "
                   "groot lyceum met bijna tweeduizend leerlingen. Wat hen bindt, is de overtuiging dat elke jongere "
                   "recht heeft op onderwijs dat bij hem of haar past."))
    b.append(("p", "Dit plan is korter dan het vorige. We hebben bewust gekozen voor een plan dat leesbaar is voor "
                   "iedereen. Daarom staat bij elk hoofdstuk een korte uitleg in gewone taal. Wie meer wil weten, vindt "
                   "de formele tekst direct daaronder."))
    b.append(("h1", "Leeswijzer"))
    b.append(("p", "Elk hoofdstuk begint met een blok 'In gewone taal'. Dat blok is bedoeld voor ouders en leerlingen en "
                   "vervangt de formele tekst niet. Waar in dit plan 'school' staat, bedoelen we iedere vestiging van een "
                   "school die bij het samenwerkingsverband is aangesloten."))
    b.append(("h1", "1 Het samenwerkingsverband"))
    b.append(("box", "In gewone taal: alle middelbare scholen in onze regio werken samen. Samen zorgen ze ervoor dat "
                     "iedere leerling een goede plek op school heeft."))
    b.append(("p", "Passend Onderwijs Stedenband VO is een vereniging van negen schoolbesturen met negentien vestigingen: "
                   "dertien scholen voor regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs (De Werkplaats "
                   "en Pro Oost) en vier vestigingen voor vso (twee cluster 4, één cluster 3 en één voor zeer moeilijk "
                   "lerende leerlingen). Ongeveer 14.100 leerlingen gaan in de regio naar school."))
    b.extend(filler_regio("drie middelgrote steden en vier dorpsgemeenten", "De steden zijn met elkaar verbonden door een spoorlijn en een snelweg, die het gebied zijn naam gaven."))
    b.extend([("h2", "Zo kwam dit plan tot stand")] + filler_totstandkoming("januari 2025", "19 maart 2026", "2 april 2026"))
    b.extend([("h2", "Landelijke ontwikkelingen")] + filler_landelijk())
    b.extend([("h1", "2 Visie")] + filler_visie(naam, "gewoon waar het kan, speciaal waar het moet"))
    # --- basisondersteuning: missing ---
    b.append(("h1", "3 Basisondersteuning"))
    b.append(("box", "In gewone taal: wat elke school minimaal voor uw kind moet doen, schrijven we later opnieuw op."))
    b.append(("p", "Op 24 april 2025 is landelijk advies uitgebracht over een norm voor de basisondersteuning. Wij wachten de "
                   "wettelijke verankering daarvan af. Zodra die er is, stellen we samen met de schoolbesturen een nieuwe "
                   "beschrijving op, die we als aanvulling op dit plan aan de OPR voorleggen. Tot die tijd bevat dit plan "
                   "geen eigen beschrijving van de basisondersteuning."))
    # --- dekkend aanbod: present ---
    b.append(("h1", "4 Het aanbod: van mentor tot vso"))
    b.append(("box", "In gewone taal: is de hulp op school niet genoeg, dan zijn er andere mogelijkheden. Soms tijdelijk, "
                     "soms op een andere school. Niemand hoort thuis te zitten."))
    b.append(("p", "Wat een school zelf aan ondersteuning biedt, verschilt per school en staat in de schoolgids. Daarboven "
                   "kent Stedenband een samenhangend aanbod, dat van licht naar zwaar oploopt:"))
    b.append(("ul", [
        "extra ondersteuning op de eigen school, zoals een trajectvoorziening, een plusklas of een begeleider voor een deel van de week;",
        "de Flexklas: een bovenschoolse groep voor leerlingen met angst- of stemmingsklachten, die gedeeltelijk op de eigen school blijven;",
        "OPDC Het Kompas, met een rebound-voorziening (maximaal drie maanden) en een tussenvoorziening voor leerlingen die een jaar nodig hebben om weer in te stromen;",
        "praktijkonderwijs op twee scholen;",
        "vso op vier vestigingen, met uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding.",
    ]))
    b.append(("p", "Geen jongere hoort thuis te zitten. Iedere school meldt een leerling die twee weken niet naar school "
                   "komt bij de consulent van het samenwerkingsverband. Na vier weken wordt de leerling besproken in het "
                   "Thuiszittersoverleg, met school, leerplicht en jeugdhulp; binnen twee weken ligt er een plan met één "
                   "verantwoordelijke. Kan een school ondanks haar zorgplicht geen passende plek vinden, dan zoekt het "
                   "samenwerkingsverband binnen tien schooldagen met de andere scholen een plek. Ieder halfjaar brengen "
                   "we in beeld welke leerlingen tussen wal en schip vielen en waarom; ontbreekt er structureel een "
                   "voorziening, dan legt de directeur een voorstel voor aan het bestuur. Op 1 oktober 2025 zaten 11 "
                   "jongeren langer dan vier weken thuis."))
    # --- plaatsing: partial (criteria yes, procedure referred to website) ---
    b.append(("h1", "5 Toelaatbaarheid: vso, pro en lwoo"))
    b.append(("box", "In gewone taal: voor het vso en het praktijkonderwijs heeft uw kind een verklaring nodig. Hieronder "
                     "staat wanneer uw kind die krijgt."))
    b.append(("p", "Hoe de aanvraag verloopt, wie wat aanlevert, wie beslist en binnen welke termijn, staat in het "
                   "Loketprotocol op onze website."))
    b.append(("p", "Een leerling is toelaatbaar tot het vso als aan drie voorwaarden is voldaan. Ten eerste heeft de school "
                   "ten minste een half jaar extra ondersteuning geboden en die geëvalueerd. Ten tweede heeft de leerling "
                   "een ondersteuningsbehoefte op meerdere gebieden tegelijk (leren, gedrag, gezondheid of zelfredzaamheid) "
                   "die om een kleine groep en een geïntegreerd aanbod van onderwijs en zorg vraagt. Ten derde is het "
                   "aannemelijk dat de leerling in het vso wel tot ontwikkeling komt, gemeten aan het uitstroomperspectief."))
    b.append(("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van "
                   "ten minste drie jaar op twee of meer domeinen, waaronder rekenen of begrijpend lezen. Voor lwoo gebruikt "
                   "Stedenband sinds 2019 eigen criteria: een leerling komt in aanmerking als de basisschool een "
                   "leerachterstand van ten minste 1,5 jaar op twee domeinen vaststelt én de vo-school verwacht dat de "
                   "leerling zonder extra begeleiding het basis- of kaderdiploma niet haalt. Een IQ-test is dan niet nodig."))
    b.append(("p", "Een TLV voor het vso geldt in de regel voor twee schooljaren, in bekostigingscategorie laag, midden of "
                   "hoog. Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken; het "
                   "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie."))
    # --- terugstroom: partial (procedure yes, beleid deferred) ---
    b.append(("h1", "6 Terugkeer uit het vso"))
    b.append(("box", "In gewone taal: elk jaar kijken we of uw kind weer naar een gewone school kan."))
    b.append(("p", "In elk OPP-evaluatiegesprek van de vso-school, in november en in maart, staat de vraag op de agenda of "
                   "de leerling geheel of gedeeltelijk naar het regulier voortgezet onderwijs kan. In het laatste jaar van "
                   "de TLV meldt de vso-school de leerling uiterlijk 1 december bij het loket. De consulent van het "
                   "samenwerkingsverband organiseert dan een overleg met ouders, leerling, de vso-school en de "
                   "ondersteuningscoördinator van een mogelijke ontvangende school. Vóór 1 april besluit het loket of de "
                   "leerling overstapt of dat de vso-school een nieuwe TLV moet aanvragen. Bij een overstap stelt de "
                   "vso-school een overdrachtsdossier op; tien weken na de start op de nieuwe school volgt een evaluatie."))
    b.append(("p", "Welke ambitie we hebben voor de terugkeer naar het regulier onderwijs, onder welke voorwaarden een "
                   "overstap verantwoord is en welke begeleiding de ontvangende school daarbij krijgt, beschrijven we in de "
                   "notitie 'Terug naar regulier', die na de zomer van 2026 verschijnt."))
    # --- financien: partial (besteding yes, verdeling p.m.) ---
    b.append(("h1", "7 Financiën en meerjarenbegroting"))
    b.append(("box", "In gewone taal: hier staat hoeveel geld we hebben en waaraan we het uitgeven."))
    b.append(("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. De "
                   "meerjarenbegroting ziet er als volgt uit:"))
    b.append(("table", [
        ["Post (bedragen in euro)", "2026", "2027", "2028", "2029"],
        ["Rijksbijdrage ondersteuning", "17.840.000", "17.620.000", "17.410.000", "17.230.000"],
        ["Afdracht vso", "6.980.000", "6.900.000", "6.850.000", "6.800.000"],
        ["lwoo en pro naar scholen", "5.210.000", "5.150.000", "5.090.000", "5.040.000"],
        ["Schoolbudgetten (verdeling p.m.)", "3.100.000", "3.050.000", "3.000.000", "2.950.000"],
        ["OPDC Het Kompas en Flexklas", "1.420.000", "1.420.000", "1.420.000", "1.420.000"],
        ["Thuiszittersaanpak en consulenten", "640.000", "650.000", "660.000", "670.000"],
        ["Bureau en bestuur", "590.000", "600.000", "610.000", "620.000"],
        ["Saldo", "-100.000", "-150.000", "-220.000", "-270.000"],
    ]))
    b.append(("p", "Het verdeelmodel voor de schoolbudgetten wordt herzien. Zolang het bestuur niet over de nieuwe "
                   "verdeelsleutel heeft besloten, staat de post in de begroting als totaalbedrag; hoe die over de "
                   "scholen wordt verdeeld, volgt."))
    b.append(("p", "De negatieve saldi zijn het gevolg van de afbouw van de reserve tot het niveau dat de risicoanalyse "
                   "vraagt (weerstandsvermogen van ongeveer 5% van de baten)."))
    # --- resultaten: present ---
    b.append(("h1", "8 Doelen en resultaten"))
    b.append(("box", "In gewone taal: we schrijven op wat we willen bereiken en we kijken elk jaar of het lukt."))
    b.append(("table", [
        ["Wat willen we voor leerlingen met extra ondersteuning?", "Meetpunt 2025", "Doel 2029"],
        ["Minder thuiszitters (> 4 weken)", "11", "hoogstens 5"],
        ["Leerlingen uit OPDC die binnen een jaar weer regulier onderwijs volgen", "68%", "80%"],
        ["Vso-leerlingen die uitstromen naar het profiel uit hun OPP", "74%", "85%"],
        ["Pro-leerlingen met werk of vervolgopleiding een jaar na uitstroom", "81%", "88%"],
    ]))
    b.append(("p", "Meten is weten. Het bureau houdt een dashboard bij met deze cijfers, gevoed door de verzuimregistratie, "
                   "de uitstroomgegevens van DUO en de OPP-evaluaties. Twee keer per jaar bespreekt het bestuur het "
                   "dashboard; de OPR ontvangt het ook. In het jaarverslag staan per doel de behaalde waarde en een "
                   "toelichting, en wat we doen als een doel niet binnen bereik ligt."))
    # --- ouders: present ---
    b.append(("h1", "9 Voor ouders en leerlingen"))
    b.append(("box", "In gewone taal: waar vindt u informatie, en waar kunt u terecht als het niet goed gaat?"))
    b.append(("p", "Informatie over ondersteuning vindt u in de schoolgids van uw school, op de website van Stedenband "
                   "(met een aparte pagina voor leerlingen) en in de 'Wegwijzer passend onderwijs', die alle ouders van "
                   "groep 8 in de regio via de basisschool ontvangen. In oktober houden we in elke stad een "
                   "informatiebijeenkomst."))
    b.append(("p", "Gaat het niet goed, of bent u het niet eens met de school? Dan kunt u terecht bij het Stedenband "
                   "Steunpunt Ouders & Jongeren. Dat steunpunt is onafhankelijk van de scholen en het "
                   "samenwerkingsverband, is bereikbaar via telefoon, app en mail en kan een gesprek met de school "
                   "begeleiden. U kunt ook een onderwijsconsulent inschakelen; dat is gratis. Voor geschillen over "
                   "toelating, verwijdering of het OPP kunt u naar de Geschillencommissie passend onderwijs."))
    b.append(("p", "Leerlingen hebben het recht om hun mening te geven over hun OPP. De helft van de OPR bestaat uit "
                   "ouders en leerlingen."))
    b.extend([("h1", "10 Gemeenten")] + filler_oogo("de drie steden en vier dorpsgemeenten", "26 februari 2026"))
    b.extend([("h2", "Van vo naar mbo")] + filler_overstap_vo_mbo())
    b.extend([("h1", "11 Organisatie en OPR")] + filler_governance(naam, "vereniging", "negen", False) + [("h2", "Integriteit en duurzaamheid")] + filler_integriteit() + [("h2", "Jaarcyclus")] + filler_jaarcyclus())
    b.extend([("h1", "12 Personeel en ICT")] +
             filler_personeel("12", "vijf consulenten, twee orthopedagogen, een loketcoördinator, een controller en "
                              "twee administratief medewerkers") + filler_ict("het dossiersysteem Loket Stedenband") + [("h2", "Deskundigheidsbevordering en netwerken")] + filler_deskundigheid("netwerk van ondersteuningscoördinatoren"))
    b.extend([("h1", "13 Planning")] + filler_planning(["2026–2027", "2027–2028", "2028–2029", "2029–2030"]))
    b.append(("h1", "Bijlage A Begrippen"))
    b.append(("ul", [
        "Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband ten minste biedt, zoals een mentor, een ondersteuningscoördinator, dyslexiebegeleiding en een time-outvoorziening.",
        "Dekkend aanbod: een aanbod waarin voor iedere leerling een passende plek is.",
        "Flexklas: bovenschoolse groep voor leerlingen met angst- of stemmingsklachten.",
        "Loket: het punt waar scholen een TLV aanvragen; het loket beslist binnen zes weken.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "Verdeelmodel: regels voor de verdeling van geld over de scholen, op basis van leerlingaantallen.",
    ]))
    return b


def label_stedenband(name):
    return write_label(
        name, [name + ".md"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
         "terugstroom.beleid", "financien.verdeling"},
        {"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 3 only defers until a landelijke norm; ch. 4 says support differs per school; content only in Bijlage A Begrippen (trap).",
         "plaatsing": "Ch. 5 gives criteria for vso, pro and own lwoo criteria, duration and bezwaar, but the aanvraag procedure is only 'in het Loketprotocol op onze website'; glossary line 'beslist binnen zes weken' does not count.",
         "terugstroom": "Ch. 6 procedure (evaluations Nov/March, melding 1 Dec, besluit loket voor 1 april, evaluatie na 10 weken); policy deferred to notitie 'Terug naar regulier'.",
         "financien": "Ch. 7 meerjarenbegroting table with amounts and reserve; verdeelmodel 'wordt herzien ... volgt', 'verdeling p.m.'; glossary definition is a trap.",
         "dekkend-aanbod": "Ch. 4: continuum list (extra op school, Flexklas, OPDC/rebound, pro, vso) and thuiszitters/zorgplicht/half-yearly gap analysis.",
         "resultaten": "Ch. 8 table with meetpunt 2025 and doel 2029, dashboard twice a year, jaarverslag per doel.",
         "ouders": "Ch. 9 'Voor ouders en leerlingen': schoolgids, website, Wegwijzer, bijeenkomsten; independent Steunpunt, onderwijsconsulent, Geschillencommissie."})


# ---------------------------------------------------------------------------
# Plan E: PO Zuiderpolder (docx), 'op hoofdlijnen'
# ---------------------------------------------------------------------------

def plan_zuiderpolder():
    naam = "Samenwerkingsverband Primair Onderwijs Zuiderpolder"
    b = []
    b.append(("title", ["Ondersteuningsplan 2026–2030 op hoofdlijnen",
                        "Samenwerkingsverband Primair Onderwijs Zuiderpolder (PO 24-08)",
                        "Dekkend netwerk · toelaatbaarheid · ouders en communicatie · middelen",
                        "Definitieve versie na instemming OPR (14 april 2026)"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Missie, visie en kernwaarden",
                      "3 Basisondersteuning in Zuiderpolder", "4 Toelaatbaarheid", "5 Terugplaatsing naar de basisschool",
                      "6 Dekkend netwerk en thuiszitters", "7 Middelen en meerjarenbegroting", "8 Kwaliteitszorg",
                      "9 Communicatie", "10 Bestuur en organisatie", "11 Personeel", "12 Huisvesting en ICT",
                      "13 Planning 2026–2030", "Afkortingenlijst"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Zuiderpolder is een jong land. De dorpen zijn gebouwd rond scholen en kerken, en nog altijd speelt de "
                   "basisschool een grote rol in het dorpsleven. Dat zie je terug in ons samenwerkingsverband: scholen "
                   "voelen zich verantwoordelijk voor alle kinderen uit hun dorp."))
    b.append(("p", "Dit plan is een plan op hoofdlijnen. Het beschrijft wat we samen afspreken; de scholen en besturen "
                   "bepalen hoe ze dat uitvoeren. Een aantal onderdelen werken we in de eerste jaren van de planperiode "
                   "verder uit; dat staat in de betreffende hoofdstukken aangegeven."))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Het samenwerkingsverband is opgericht in 2014 en omvat zes schoolbesturen met 38 basisscholen, één school "
                   "voor speciaal basisonderwijs (De Ankerplaats) en twee so-scholen (De Vaart, cluster 4, en De Korenbloem, "
                   "cluster 3). Samen bedienen zij ongeveer 8.200 leerlingen."))
    b.extend(filler_regio("drie polderdorpen en een kleine stad", "Het gebied is na de drooglegging planmatig ingericht, met brede wegen en ruime kavels."))
    b.append(("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het vervangt het plan 2022–2026. De "
                   "belangrijkste wijzigingen zijn een nieuwe beschrijving van de basisondersteuning, een eenvoudiger "
                   "verdeling van de middelen en een vernieuwde werkwijze voor terugplaatsing."))
    b.append(("p", "Leeswijzer. Hoofdstuk 2 beschrijft waar wij voor staan. De hoofdstukken 3 tot en met 8 gaan over de "
                   "inhoud van de ondersteuning en over geld en kwaliteit. Hoofdstuk 9 tot en met 13 beschrijven de "
                   "organisatie: communicatie, bestuur, personeel, huisvesting en planning. Achterin staat een lijst met "
                   "afkortingen. Waar dit plan verwijst naar een handboek of een bijlage, is dat document op aanvraag "
                   "verkrijgbaar bij het bureau."))
    b.append(("p", "Dit plan is bewust compact gehouden. Het vorige plan telde ruim honderd pagina's en werd, zo bleek uit "
                   "de evaluatie, door weinig mensen helemaal gelezen. Met een korter plan hopen we dat meer mensen in de "
                   "scholen weten wat we samen hebben afgesproken en waarom."))
    b.extend([("h2", "1.1 Totstandkoming")] + filler_totstandkoming("februari 2025", "14 april 2026", "21 april 2026"))
    b.extend([("h2", "1.2 Landelijke ontwikkelingen")] + filler_landelijk())
    b.extend([("h2", "1.3 Wettelijke eisen")] + filler_wettelijk([
        ["Basisondersteuning op alle vestigingen", "Hoofdstuk 3"],
        ["Samenhangend geheel van voorzieningen (dekkend netwerk)", "Hoofdstuk 6"],
        ["Procedure en criteria toelaatbaarheid sbo en so", "Hoofdstuk 4 en Handboek Toelaatbaarheid"],
        ["Terugplaatsing en overplaatsing", "Hoofdstuk 5"],
        ["Verdeling en besteding middelen, meerjarenbegroting", "Hoofdstuk 7"],
        ["Beoogde en bereikte resultaten", "Hoofdstuk 8"],
        ["Informatie aan ouders en onafhankelijke ondersteuning", "Hoofdstuk 9"],
    ]))
    b.extend([("h1", "2 Missie, visie en kernwaarden")] + filler_visie(naam, "thuisnabij, eerlijk en eenvoudig") + filler_kernwaarden(["thuisnabij", "eerlijk", "eenvoudig"]))
    # --- basisondersteuning: present ---
    b.append(("h1", "3 Basisondersteuning in Zuiderpolder"))
    b.append(("p", "De besturen in Zuiderpolder hebben één gezamenlijk niveau van basisondersteuning vastgesteld. Dat niveau "
                   "geldt voor elke school en elke nevenvestiging, ongeacht bestuur of denominatie, en geldt als minimum: "
                   "een school mag meer bieden, maar niet minder. Het niveau bestaat uit vier onderdelen."))
    b.append(("table", [
        ["Onderdeel", "Wat elke school in Zuiderpolder ten minste biedt"],
        ["Basiskwaliteit", "Onderwijs dat door de Inspectie als voldoende is beoordeeld; een leerlingvolgsysteem dat twee keer per jaar wordt geanalyseerd."],
        ["Preventieve en licht curatieve interventies", "Leesinterventie voor zwakke lezers vanaf groep 2; dyslexieprotocol; rekenprotocol; een training sociale vaardigheden; een aanbod voor meer- en hoogbegaafde leerlingen (verrijking en compacten)."],
        ["Ondersteuningsstructuur", "Een intern begeleider (minimaal 0,1 fte per 50 leerlingen); een ondersteuningsteam dat vier keer per jaar bijeenkomt met schoolmaatschappelijk werk en jeugdverpleegkundige; een OPP voor elke leerling met een eigen leerlijn."],
        ["Planmatig werken", "Groepsplannen of groepsoverzichten, drie groepsbesprekingen per jaar, handelingsgericht werken met evaluatie na zes tot acht weken."],
    ]))
    b.append(("p", "Twee keer in de planperiode voert het samenwerkingsverband op iedere school een korte audit uit op deze "
                   "vier onderdelen. Scholen die onder het niveau blijven, stellen binnen drie maanden een verbeterplan op."))
    # --- plaatsing: missing ---
    b.append(("h1", "4 Toelaatbaarheid"))
    b.append(("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
                   "speciaal onderwijs. Procedure en criteria zijn vastgelegd in het Handboek Toelaatbaarheid Zuiderpolder "
                   "(bijlage 2), dat jaarlijks door het bestuur wordt vastgesteld en op het besloten deel van de website "
                   "staat."))
    # --- terugstroom: present ---
    b.append(("h1", "5 Terugplaatsing naar de basisschool"))
    b.append(("p", "Zuiderpolder wil dat kinderen in het sbo of so niet langer blijven dan nodig. Ons doel is dat ieder kind "
                   "voor wie het kan, binnen de looptijd van de TLV geheel of gedeeltelijk terugkeert naar een basisschool "
                   "in de eigen woonplaats. Terugkeer is aan de orde als het kind de doelen uit het OPP grotendeels heeft "
                   "gehaald en de ondersteuningsbehoefte binnen het niveau van de basisondersteuning past. De "
                   "ontvangende school krijgt na de terugkeer een jaar lang coaching door een leerkracht van De Ankerplaats "
                   "of de so-school, en een terugkeerbudget (zie hoofdstuk 7)."))
    b.append(("p", "De procedure is als volgt. (1) De sbo- of so-school beoordeelt bij elke OPP-evaluatie, twee keer per jaar, "
                   "of terugkeer mogelijk is. (2) Is dat zo, of loopt de TLV binnen een jaar af, dan neemt de sbo- of "
                   "so-school het initiatief tot een terugkeeroverleg met de beoogde basisschool en de consulent van het "
                   "samenwerkingsverband. (3) De basisschool besluit binnen zes weken over de inschrijving. (4) Na drie en "
                   "na zes maanden evalueren de scholen de terugkeer. Loopt de TLV af zonder dat terugkeer verantwoord is, "
                   "dan vraagt de sbo- of so-school uiterlijk drie maanden voor de einddatum een nieuwe TLV aan."))
    # --- dekkend aanbod: missing ---
    b.append(("h1", "6 Dekkend netwerk en thuiszitters"))
    b.append(("p", "Het samenwerkingsverband heeft de ambitie een dekkend netwerk te realiseren. In schooljaar 2026–2027 "
                   "voeren we een inventarisatie uit; de uitkomsten en een plan van aanpak volgen in de eerste "
                   "voortgangsrapportage."))
    b.append(("p", "Thuiszitters hebben onze aandacht. De aanpak wordt met de leerplichtambtenaren nader uitgewerkt."))
    # --- financien: present ---
    b.append(("h1", "7 Middelen en meerjarenbegroting"))
    b.append(("p", "Van de rijksmiddelen voor zware ondersteuning worden eerst de afdrachten voor het so en de "
                   "overdrachtsbekostiging voor het sbo ingehouden. Het restant verdelen we op één eenvoudige manier: "
                   "ieder schoolbestuur ontvangt € 118 per leerling, op basis van het aantal leerlingen op 1 oktober van het "
                   "voorgaande jaar. Besturen zetten dit bedrag in voor extra ondersteuning op hun scholen en verantwoorden "
                   "de inzet jaarlijks in een korte rapportage. Daarnaast houdt het samenwerkingsverband een terugkeerbudget "
                   "aan: de ontvangende basisschool krijgt € 3.000 per teruggekeerd kind."))
    b.append(("table", [
        ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Rijksmiddelen zware ondersteuning", "6.480", "6.420", "6.370", "6.320"],
        ["Rijksmiddelen lichte ondersteuning", "1.390", "1.380", "1.370", "1.360"],
        ["Afdracht so (DUO)", "-3.210", "-3.190", "-3.170", "-3.150"],
        ["Overdracht sbo", "-1.280", "-1.270", "-1.260", "-1.250"],
        ["Middelen naar besturen (€ 118 per leerling)", "-968", "-955", "-942", "-930"],
        ["Lichte ondersteuning naar besturen", "-1.390", "-1.380", "-1.370", "-1.360"],
        ["Terugkeerbudget", "-36", "-42", "-45", "-45"],
        ["Consulenten en bureau", "-890", "-905", "-920", "-935"],
        ["Saldo", "96", "58", "43", "10"],
    ]))
    b.append(("p", "Het weerstandsvermogen ligt met 9% van de baten binnen de bandbreedte die het bestuur heeft vastgesteld."))
    # --- resultaten: partial (monitoring yes, doelen deferred) ---
    b.append(("h1", "8 Kwaliteitszorg"))
    b.append(("p", "Twee keer per jaar, in februari en september, verzamelt het bureau kengetallen over de leerlingen die "
                   "extra ondersteuning krijgen: de deelname aan sbo en so, het aantal teruggekeerde kinderen, de uitstroom "
                   "naar het voortgezet onderwijs in vergelijking met het schooladvies en het aandeel OPP-doelen dat is "
                   "behaald. Het bestuur bespreekt deze cijfers telkens in de eerstvolgende vergadering; de OPR ontvangt ze "
                   "ter informatie. Het jaarverslag, dat vóór 1 juli verschijnt, bevat de cijfers met een analyse."))
    b.append(("p", "De beoogde resultaten voor deze planperiode formuleren we na de nulmeting in het voorjaar van 2027."))
    # --- ouders: missing ---
    b.append(("h1", "9 Communicatie"))
    b.append(("p", "Het samenwerkingsverband communiceert met schoolbesturen, directeuren en intern begeleiders via een "
                   "maandelijkse nieuwsbrief, het IB-netwerk en het besloten deel van de website. Een communicatieplan "
                   "voor andere doelgroepen wordt in schooljaar 2026–2027 opgesteld."))
    b.extend([("h1", "10 Bestuur en organisatie")] + filler_governance(naam, "stichting", "zes", False) + [("h2", "Integriteit en duurzaamheid")] + filler_integriteit() + [("h2", "Jaarcyclus")] + filler_jaarcyclus() + [("h2", "Overstap naar het voortgezet onderwijs")] + filler_overstap_po_vo())
    b.extend([("h1", "11 Personeel")] +
             filler_personeel("8", "vier consulenten, een orthopedagoog, een controller en twee ondersteunende medewerkers") +
             [("h2", "Deskundigheidsbevordering en netwerken")] + filler_deskundigheid("netwerk van intern begeleiders"))
    b.extend([("h1", "12 Huisvesting en ICT")] + filler_ict("het digitale dossier OnderwijsOnline"))
    b.append(("p", "Het bureau huurt sinds 2023 ruimte in een multifunctioneel centrum in het centrale dorp. Het "
                   "huurcontract loopt tot 2031."))
    b.extend([("h1", "13 Planning 2026–2030")] + filler_planning(["2026–2027", "2027–2028", "2028–2029", "2029–2030"]))
    b.append(("p", "In de planperiode ronden we ook de inventarisatie van het dekkend netwerk af, stellen we het "
                   "communicatieplan vast en formuleren we na de nulmeting de beoogde resultaten."))
    b.append(("h1", "Afkortingenlijst"))
    b.append(("table", [
        ["Afkorting", "Betekenis"],
        ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders terechtkunnen met vragen en onenigheid"],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten"],
        ["OPR", "Ondersteuningsplanraad, bestaande uit ouders en personeel"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["sbo", "Speciaal basisonderwijs"],
        ["so", "Speciaal onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring; geldig voor 1 of 2 schooljaren, categorie laag, midden of hoog"],
    ]))
    return b


def label_zuiderpolder(name):
    return write_label(
        name, [name + ".docx"], "po",
        {"plaatsing.procedure", "plaatsing.criteria", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
         "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"]},
        {"basisondersteuning": "Ch. 3: one SWV-wide minimum for every school/nevenvestiging + table of four onderdelen with concrete voorzieningen; audit twice per period.",
         "plaatsing": "Ch. 4 only refers to 'Handboek Toelaatbaarheid (bijlage 2)', not in the input; TLV duration/category appear only in the afkortingenlijst (trap).",
         "terugstroom": "Ch. 5: aims and conditions, coaching + terugkeerbudget after return, numbered procedure with initiator, 6-week decision, evaluations at 3 and 6 months, new TLV 3 months before end.",
         "financien": "Ch. 7: € 118 per leerling to besturen on 1 October count, terugkeerbudget € 3.000, meerjarenbegroting table, weerstandsvermogen, yearly verantwoording.",
         "dekkend-aanbod": "Ch. 6 only states ambition and defers (inventarisatie 2026-2027, aanpak 'nader uitgewerkt'); no continuum of provisions described; OOGO only in the afkortingenlijst.",
         "resultaten": "Ch. 8 'Kwaliteitszorg': kengetallen twice a year, bestuur/OPR, jaarverslag (monitoring); beoogde resultaten deferred until after nulmeting 2027.",
         "ouders": "Ch. 9 'Communicatie' addresses only professionals and defers a plan 'voor andere doelgroepen'; OJSP and OPR composition appear only in the afkortingenlijst."})


# ---------------------------------------------------------------------------
# Near-miss F: school-level 'ondersteuningsplan' of one VO school (html)
# ---------------------------------------------------------------------------

NEAR_MISS_HTML = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Ondersteuningsplan 2025-2026 – Lindecollege</title></head>
<body>
<header><p>Lindecollege – vmbo · havo · vwo – locatie Rivierweg</p></header>
<h1>Ondersteuningsplan 2025–2026</h1>
<p><strong>Lindecollege, locatie Rivierweg</strong><br>Vastgesteld door de schoolleiding op 1 september 2025, na advies van
de medezeggenschapsraad. Dit plan is onderdeel van de schoolgids en vormt tevens ons schoolondersteuningsprofiel (SOP).</p>

<h2>Inhoud</h2>
<ol>
<li>Inleiding</li><li>Ondersteuningsstructuur van de school</li><li>Basisondersteuning op het Lindecollege</li>
<li>Extra ondersteuning en arrangementen</li><li>Toelaatbaarheid vso en praktijkonderwijs</li>
<li>Terugplaatsing en instroom vanuit het vso</li><li>Financiën van de ondersteuning</li><li>Resultaten</li>
<li>Ouders</li><li>Jaarplanning zorg en ondersteuning</li>
</ol>

<h2>1 Inleiding</h2>
<p>Het Lindecollege is een brede scholengemeenschap met ongeveer 1.350 leerlingen, van vmbo-basis tot vwo. De school is
aangesloten bij Samenwerkingsverband VO Rivierland (VO 26-04). Het samenwerkingsverband stelt eens in de vier jaar een
ondersteuningsplan vast; dit document beschrijft hoe <em>onze school</em> de ondersteuning in schooljaar 2025–2026
organiseert. Het wordt elk jaar in september herzien.</p>
<p>In dit plan beschrijven we de zorgniveaus binnen de school, de taken van mentor, ondersteuningscoördinator en
zorgteam, en de jaarplanning van de leerlingbesprekingen.</p>

<h2>2 Ondersteuningsstructuur van de school</h2>
<p>De ondersteuning op het Lindecollege is georganiseerd in vier zorgniveaus. Niveau 0 is de zorg die iedere docent in de
les biedt. Niveau 1 is de begeleiding door de mentor, die elke leerling kent en de eerste contactpersoon voor ouders is.
Niveau 2 is de ondersteuning door de ondersteuningscoördinator, de orthopedagoog en de leerlingbegeleiders. Niveau 3 is
het zorg- en adviesteam (ZAT), waarin ook de jeugdarts, de leerplichtambtenaar en schoolmaatschappelijk werk zitten.</p>
<p>Het ZAT komt elke drie weken bijeen. Aanmelding bij het ZAT gebeurt door de ondersteuningscoördinator, na overleg met
de mentor en met toestemming van de ouders.</p>

<h2>3 Basisondersteuning op het Lindecollege</h2>
<p>Onze school biedt de basisondersteuning die binnen het samenwerkingsverband is afgesproken. Concreet betekent dat
voor onze leerlingen: dyslexie- en dyscalculiebegeleiding met faciliteitenpas, faalangstreductietraining in leerjaar 1 en 2,
huiswerkbegeleiding op dinsdag en donderdag, een time-outruimte met vaste begeleider (het Trefpunt), een
remedial teacher voor Nederlands en Engels, en begeleiding bij plannen en organiseren.</p>
<p>De ondersteuningscoördinator bewaakt dat de afspraken uit het OPP worden nagekomen. Docenten volgen jaarlijks een
studiemiddag over handelingsgericht werken.</p>

<h2>4 Extra ondersteuning en arrangementen</h2>
<p>Heeft een leerling meer nodig dan de basisondersteuning, dan stelt de school met ouders en leerling een OPP op en
vraagt zij zo nodig een arrangement aan bij het loket van het samenwerkingsverband. Het Lindecollege heeft een eigen
Plusklas voor leerlingen met autisme in de onderbouw (maximaal 12 leerlingen) en werkt samen met OPDC De Overstap voor
rebound-trajecten.</p>

<h2>5 Toelaatbaarheid vso en praktijkonderwijs</h2>
<p>Als een leerling op het Lindecollege ook met extra ondersteuning niet verder kan, bespreekt het ZAT met ouders of het
voortgezet speciaal onderwijs of praktijkonderwijs passender is. De ondersteuningscoördinator stelt dan het dossier op en
het bestuur vraagt een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. Het samenwerkingsverband beslist.
Voor lwoo vraagt onze school de aanwijzing aan bij de aanmelding van nieuwe brugklassers.</p>

<h2>6 Terugplaatsing en instroom vanuit het vso</h2>
<p>Het Lindecollege staat open voor leerlingen die vanuit het vso willen overstappen. Bij een aanmelding vanuit het vso
voert de ondersteuningscoördinator altijd een intakegesprek met de leerling, ouders en de vso-school.</p>

<h2>7 Financiën van de ondersteuning</h2>
<p>De school ontvangt van het samenwerkingsverband een schoolbudget voor ondersteuning. In 2025 bedroeg dat € 109.000. Het
wordt besteed aan de formatie van de ondersteuningscoördinator (0,8 fte), de orthopedagoog (0,4 fte), het Trefpunt en de
faalangsttrainingen. De lwoo-middelen worden ingezet voor kleinere klassen in vmbo-basis en -kader.</p>

<h2>8 Resultaten</h2>
<p>In schooljaar 2024–2025 slaagde 94% van onze examenkandidaten. Van de leerlingen met een OPP stroomde 88% door naar het
volgende leerjaar of naar een vervolgopleiding. Wij bespreken deze cijfers jaarlijks in de MR.</p>

<h2>9 Ouders</h2>
<p>Ouders zijn onze partners. De mentor neemt in de eerste zes weken contact op met alle ouders. Ouders van leerlingen met
een OPP worden drie keer per jaar uitgenodigd voor een gesprek. Informatie over de ondersteuning staat in de schoolgids en op
onze website. Heeft u een klacht, dan kunt u terecht bij de klachtencontactpersoon van de school; ook kunt u contact zoeken
met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband.</p>

<h2>10 Jaarplanning zorg en ondersteuning</h2>
<table border="1">
<tr><th>Periode</th><th>Activiteit</th></tr>
<tr><td>September</td><td>Overdracht basisscholen; startgesprekken mentoren</td></tr>
<tr><td>November</td><td>Leerlingbespreking leerjaar 1 en 2; faalangsttraining start</td></tr>
<tr><td>Januari</td><td>Evaluatie OPP's; aanvragen arrangementen bij het samenwerkingsverband</td></tr>
<tr><td>Maart</td><td>Aanmelding nieuwe brugklassers; lwoo-aanvragen</td></tr>
<tr><td>Juni</td><td>Evaluatie ondersteuningsstructuur; bijstellen ondersteuningsplan school</td></tr>
</table>

<footer><p>Lindecollege · Rivierweg 12 · ondersteuning@lindecollege.example</p></footer>
</body>
</html>
"""


def label_near_miss(name):
    data = {
        "documents": [name + ".html"],
        "sector": "vo",
        "looks_like_plan": False,
        "elements": {},
        "criteria": {},
        "notes": {"document": "School-level 'Ondersteuningsplan' of one VO school (zorgniveaus, ZAT, schoolgids/SOP) that is "
                              "merely 'aangesloten bij' SWV VO Rivierland; not an ondersteuningsplan of a samenwerkingsverband "
                              "despite chapters on basisondersteuning, TLV, terugplaatsing, financien, resultaten and ouders."},
    }
    (OUT / (name + ".expected.yaml")).write_text(dump_label(data), encoding="utf-8")


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    name = "vo-rivierland-2026"
    blocks = plan_rivierland()
    render_docx(blocks, OUT / (name + ".docx"), "SWV VO Rivierland – Ondersteuningsplan 2026–2030 – resultaten en middelen")
    report.append((name, word_count(blocks), label_rivierland(name)))

    name = "vo-kustlanden-2026"
    blocks = plan_kustlanden()
    docx_to_pdf(blocks, OUT / (name + ".pdf"), "Kustlanden VO · Ondersteuningsplan · terugplaatsing en overstap")
    report.append((name, word_count(blocks), label_kustlanden(name)))

    name = "po-heidevelden-2026"
    blocks = plan_heidevelden()
    docx_to_pdf(blocks, OUT / (name + ".pdf"), "De Heidevelden – Ondersteuningsplan 2026–2030 – financiën en resultaten")
    report.append((name, word_count(blocks), label_heidevelden(name)))

    name = "vo-stedenband-2026"
    blocks = plan_stedenband()
    render_md(blocks, OUT / (name + ".md"))
    report.append((name, word_count(blocks), label_stedenband(name)))

    name = "po-zuiderpolder-2026"
    blocks = plan_zuiderpolder()
    render_docx(blocks, OUT / (name + ".docx"), "Zuiderpolder PO – Ondersteuningsplan op hoofdlijnen – ouders en dekkend netwerk")
    report.append((name, word_count(blocks), label_zuiderpolder(name)))

    name = "vo-lindecollege-ondersteuningsplan-2025"
    (OUT / (name + ".html")).write_text(NEAR_MISS_HTML, encoding="utf-8")
    label_near_miss(name)

    for n, wc, st in report:
        print(f"{n}: {wc} words; {st}")


if __name__ == "__main__":
    main()
