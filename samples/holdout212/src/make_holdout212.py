#!/usr/bin/env python3
"""Generate the holdout212 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document
(a school's schoolondersteuningsprofiel), plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
import yaml

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

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


# ---------------------------------------------------------------------------
# shared filler (deliberately free of element substance; uses the vocabulary
# in passing only)
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['swv']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste dat wij hebben geschreven na de grote "
              f"herijking van onze organisatie. Wij hebben het plan geschreven voor iedereen die bij het onderwijs "
              f"in {c['region']} betrokken is: schoolbesturen, directeuren, leraren, intern begeleiders, "
              f"ondersteuningscoördinatoren, gemeenten, jeugdhulpaanbieders en natuurlijk ouders en leerlingen."),
        ("p", "Een plan is nooit af. Veel van wat wij in de afgelopen jaren hebben geleerd, is in gesprekken "
              "ontstaan: aan de keukentafel bij ouders, in de teamkamer, in de raadszaal en in de vergaderingen van "
              "het bestuur. Wij danken iedereen die heeft meegelezen, meegedacht en soms ook kritisch heeft "
              "tegengesproken. In het bijzonder danken wij de leden van de ondersteuningsplanraad, die de "
              "conceptversies met grote betrokkenheid hebben besproken."),
        ("p", f"Passend onderwijs vraagt veel van scholen. De middelen zijn niet onbeperkt, de personeelstekorten "
              f"zijn voelbaar en de vragen van leerlingen worden complexer. Tegelijk zien wij elke dag leraren die met "
              f"vakmanschap en geduld het verschil maken. Dit plan wil hen ondersteunen en geen extra last opleggen. "
              f"Daarom is het korter dan het vorige plan en verwijst het waar dat kan naar documenten die al bestaan."),
        ("p", f"{c['director']}, directeur-bestuurder"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de context van ons verband en de wettelijke opdracht. Daarna volgen onze visie "
              "en de ambities voor de komende planperiode. De hoofdstukken daarna beschrijven het "
              "ondersteuningsaanbod, de toewijzing van ondersteuning, de samenwerking met partners, de organisatie "
              "en de planning. Waar in de tekst een begrip voor het eerst voorkomt dat niet iedereen kent, is het "
              "opgenomen in de begrippenlijst achterin. " + extra),
    ]


def context(c):
    return [
        ("h1", "Context en wettelijke opdracht"),
        ("p", f"{c['swv']} (registratienummer {c['code']}) is een stichting waarin {c['boards']} schoolbesturen "
              f"samenwerken. Het verband omvat het grondgebied van de gemeenten {c['gemeenten']}. In het "
              f"werkgebied staan {c['schools']} scholen met samen ongeveer {c['pupils']} leerlingen. Het "
              f"leerlingenaantal daalt licht: de prognose van de gemeenten gaat uit van een krimp van enkele "
              f"procenten in de komende vier jaar, met grote verschillen tussen de kernen."),
        ("p", f"De wet ({c['law']}) verplicht het samenwerkingsverband om ten minste eens in de vier jaar een "
              f"ondersteuningsplan vast te stellen. Het plan moet voor de vaststelling worden besproken met de "
              f"gemeenten in een op overeenstemming gericht overleg (OOGO) en heeft de instemming nodig van de "
              f"ondersteuningsplanraad. Het vastgestelde plan sturen wij voor 1 mei naar de Inspectie van het "
              f"Onderwijs. Dit plan geldt van 1 augustus {c['start']} tot en met 31 juli {c['start'] + 4}."),
        ("p", "De regio kent een mengeling van stedelijke wijken en kleine dorpen. In een aantal dorpen is de "
              "school de laatste publieke voorziening. Dat maakt keuzes over spreiding en huisvesting gevoelig. "
              "Het verband heeft zelf geen zeggenschap over huisvesting of vervoer, maar bespreekt deze thema's wel "
              "met de gemeenten en de schoolbesturen."),
    ]


def visie(c):
    return [
        ("h1", "Visie, missie en ambities"),
        ("h2", "Missie"),
        ("p", f"{c['swv']} bestaat om schoolbesturen in staat te stellen hun gezamenlijke opdracht waar te maken. "
              "Wij zijn geen school en geven zelf geen les. Wij verbinden, faciliteren en stellen kaders, en wij nemen "
              "de besluiten die de wet aan het samenwerkingsverband toekent."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat elk kind en elke jongere recht heeft op onderwijs dat past bij wie hij of zij is. "
              "Passend onderwijs is voor ons geen systeem maar een houding: kijken naar wat een leerling nodig "
              "heeft, in plaats van naar wat hij niet kan. Dat vraagt om leraren die zich gesteund voelen, om "
              "scholen die van elkaar leren en om ouders die als partner worden gezien. Het vraagt ook om "
              "bescheidenheid: niet alles is in het onderwijs op te lossen."),
        ("p", "Onze kernwaarden zijn nabijheid, vertrouwen en eenvoud. Nabijheid betekent dat ondersteuning zo "
              "dicht mogelijk bij de leerling en de leraar wordt georganiseerd. Vertrouwen betekent dat wij de "
              "professionaliteit van scholen als vertrekpunt nemen en verantwoording zo licht mogelijk houden. "
              "Eenvoud betekent dat wij regels alleen maken als ze nodig zijn en dat wij ze uitleggen in taal die "
              "iedereen begrijpt."),
        ("h2", "Ambities in hoofdlijnen"),
        ("p", "Voor de komende planperiode formuleren wij drie richtinggevende ambities: wij versterken het "
              "vakmanschap in de klas, wij maken de weg naar extra ondersteuning korter en wij werken beter samen "
              "met de partners rondom het kind. Deze ambities zijn bewust breed geformuleerd; zij geven richting "
              "aan de jaarplannen en vragen om voortdurende dialoog."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"De stichting {c['swv']} kent een scheiding tussen bestuur en intern toezicht. De "
              f"directeur-bestuurder vormt het bestuur in de zin van de statuten. Het intern toezicht ligt bij de "
              f"raad van toezicht, die bestaat uit vijf leden, van wie drie op voordracht van de aangesloten "
              f"schoolbesturen en twee onafhankelijke leden. De algemene vergadering van aangesloten besturen "
              f"stelt onder meer het ondersteuningsplan en de jaarrekening vast."),
        ("p", "Het bureau van het samenwerkingsverband is klein. Het bestaat uit de directeur-bestuurder, een "
              "controller, een beleidsmedewerker, een secretariaat en een team van orthopedagogen en consulenten. "
              "De medewerkers van het bureau zijn in dienst van de stichting; een deel van de consulenten is "
              "gedetacheerd vanuit de schoolbesturen. De organisatie is gehuisvest in een gedeeld kantoor met de "
              "leerplichtafdeling van de centrumgemeente."),
        ("p", "De statuten bevatten een regeling voor geschillen tussen aangesloten besturen en het "
              "samenwerkingsverband. Die regeling voorziet in bemiddeling en, als dat niet tot een oplossing leidt, "
              "in bindend advies door een onafhankelijke commissie. In de afgelopen planperiode is van deze "
              "regeling geen gebruik gemaakt."),
        ("p", "Het bestuur legt jaarlijks verantwoording af over het gevoerde beleid in het bestuursverslag, dat "
              "samen met de jaarrekening voor 1 juli wordt vastgesteld. De raad van toezicht hanteert de Code Goed "
              "Bestuur van de sectorraad en evalueert jaarlijks het eigen functioneren."),
    ]


def opr(c, with_parents=True):
    if with_parents:
        return [
            ("h2", "Ondersteuningsplanraad"),
            ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                  "wijzigingen daarvan. De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders (in het "
                  "voortgezet onderwijs ouders of leerlingen), gekozen uit en door de medezeggenschapsraden van de "
                  "aangesloten scholen. Ouders in de OPR brengen de ervaringen van gezinnen in; wij vragen hen "
                  "actief om signalen uit hun achterban. De OPR vergadert zes keer per jaar en heeft een eigen "
                  "scholingsbudget."),
        ]
    return [
        ("h2", "Medezeggenschap"),
        ("p", "De ondersteuningsplanraad heeft op grond van de Wet medezeggenschap op scholen instemmingsrecht op "
              "dit plan. De raad heeft het concept in drie vergaderingen besproken en op de datum die in het "
              "hoofdstuk Planning staat ingestemd. Het reglement en het huishoudelijk reglement van de raad zijn "
              "in 2025 geactualiseerd."),
    ]


def oogo(c, content=True):
    blocks = [("h2", "Op overeenstemming gericht overleg (OOGO)")]
    blocks.append(("p", f"Het concept van dit plan is op {c['oogo_date']} besproken in het OOGO met de wethouders "
                        f"onderwijs en jeugd van {c['gemeenten']}. De gemeenten hebben schriftelijk laten weten "
                        f"geen bezwaar te hebben tegen het plan. Ook is het concept besproken met het aangrenzende "
                        f"samenwerkingsverband {c['other_swv']}."))
    if content:
        blocks.append(("p", "Met de gemeenten maken wij afspraken over de aansluiting tussen onderwijs en "
                            "jeugdhulp. Jeugdhulp in en om de school wordt gezamenlijk ingekocht; schoolmaatschappelijk "
                            "werk is op elke school beschikbaar via de gemeentelijke toegang. Wanneer onderwijs en "
                            "zorg samen nodig zijn, stellen school, jeugdhulp en ouders een onderwijs-zorgarrangement "
                            "op; de gemeente en het verband dragen elk hun deel van de kosten. Leerlingenvervoer en "
                            "onderwijshuisvesting blijven gemeentelijke taken, maar staan tweemaal per jaar op de "
                            "agenda van het bestuurlijk overleg."))
    return blocks


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Wanneer een klas geen vaste leraar heeft, komt de "
              "ondersteuning aan leerlingen als eerste onder druk. Het samenwerkingsverband kan het tekort niet "
              "oplossen, maar draagt bij door professionalisering dicht bij de praktijk te organiseren. Wij "
              "bieden leernetwerken aan voor intern begeleiders en ondersteuningscoördinatoren, een jaarlijkse "
              "studiedag en intervisie voor beginnende leraren die met complexe klassen werken."),
        ("p", "Het personeel van het bureau volgt een eigen professionaliseringsplan. Orthopedagogen houden hun "
              "registratie bij en nemen deel aan landelijke kennisnetwerken. De functiebeschrijvingen zijn in "
              "2025 opnieuw gewaardeerd volgens de cao. Het ziekteverzuim op het bureau lag de afgelopen jaren "
              "onder het sectorgemiddelde."),
        ("p", "De personele gevolgen van dit plan voor de scholen zijn beperkt. Er verandert niets aan "
              "detacheringen die al bestaan; nieuwe taken worden zoveel mogelijk belegd bij bestaande functies. "
              "Waar een wijziging wel gevolgen heeft voor personeel, volgen de schoolbesturen hun eigen "
              "personeelsbeleid en de afspraken met de vakbonden."),
    ]


def ict(c):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Voor aanvragen en dossiers werkt het samenwerkingsverband met een beveiligde digitale "
              "omgeving. Scholen, ouders en het bureau hebben ieder hun eigen rechten in die omgeving. Wij "
              "verwerken alleen gegevens die nodig zijn voor onze wettelijke taken, waaronder gegevens over de "
              "gezondheid van leerlingen. Daarvoor geldt een strikt autorisatiebeleid en een bewaartermijn van drie "
              "jaar na het besluit."),
        ("p", "Het verband heeft een functionaris gegevensbescherming die gedeeld wordt met twee andere "
              "samenwerkingsverbanden. Jaarlijks voert een externe partij een audit uit op de informatiebeveiliging. "
              "Datalekken worden gemeld volgens de procedure van de Autoriteit Persoonsgegevens. In 2025 is een "
              "gegevensbeschermingseffectbeoordeling uitgevoerd op het digitale aanvraagsysteem."),
        ("p", "Tot slot willen wij het aantal systemen beperken. Scholen werken met hun eigen leerlingvolgsysteem; "
              "wij vragen niet om gegevens die al op een andere plek beschikbaar zijn en wij bouwen geen eigen "
              "dashboards als de scholen die zelf al hebben."),
    ]


def planning(c, opr_date, vast_date):
    return [
        ("h1", "Planning en procedure van vaststelling"),
        ("p", "Dit plan is tot stand gekomen in een traject van ruim een jaar. Onderstaande tabel geeft de "
              "belangrijkste stappen weer."),
        ("table", [["Stap", "Datum"],
                   ["Start werkgroep ondersteuningsplan", f"september {c['start'] - 2}"],
                   ["Consultatie directeurenoverleg", f"november {c['start'] - 2}"],
                   ["Concept naar OPR en gemeenten", f"januari {c['start'] - 1}"],
                   ["OOGO met gemeenten", c['oogo_date']],
                   ["Instemming ondersteuningsplanraad", opr_date],
                   ["Vaststelling door het bestuur", vast_date],
                   ["Toezending aan de Inspectie", f"uiterlijk 30 april {c['start']}"]]),
        ("p", "Jaarlijks stellen wij een jaarplan op dat de ambities uit dit plan vertaalt naar activiteiten "
              "voor het komende schooljaar. Het jaarplan wordt met de algemene vergadering besproken. Halverwege "
              "de planperiode bespreken wij met de besturen en de ondersteuningsplanraad of dit plan op onderdelen "
              "moet worden bijgesteld."),
    ]


def terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"De vorige planperiode stond in het teken van verandering. In {c['start'] - 4} is het verband "
              "overgestapt van een verenigingsmodel naar een stichting met een raad van toezicht. Het bureau is "
              "verhuisd, het digitale aanvraagsysteem is vervangen en de helft van de medewerkers is nieuw. "
              "De coronajaren hebben veel gevraagd van scholen en gezinnen; een deel van de plannen uit het vorige "
              "ondersteuningsplan is daardoor later of anders uitgevoerd dan bedoeld."),
        ("p", "In het voorjaar van het afgelopen schooljaar hebben wij de vorige periode geëvalueerd met "
              "directeuren, intern begeleiders, de ondersteuningsplanraad en een klankbordgroep van gemeenten. De "
              "gesprekken leverden drie lessen op. Ten eerste: scholen waarderen de korte lijnen met het bureau, "
              "maar vinden de formulieren te lang. Ten tweede: de taal van het verband is voor veel mensen "
              "onbegrijpelijk; woorden als arrangement, toelaatbaarheid en groeidocument zeggen buitenstaanders "
              "weinig. Ten derde: besturen willen meer van elkaar leren en minder vergaderen."),
        ("p", "Deze lessen zijn verwerkt in dit plan. Het plan is korter, de taal is eenvoudiger en wij hebben "
              "afspraken die weinig opleverden laten vervallen. Zo is de jaarlijkse verantwoordingsbijeenkomst "
              "vervangen door een korte digitale uitvraag en is het aantal werkgroepen teruggebracht van negen "
              "naar vier. Wat goed werkte, zoals de consultatie op locatie en de studiedag, zetten wij voort."),
    ]


def leren_en_innoveren(c):
    return [
        ("h1", "Leren en innoveren"),
        ("p", "Het verband stimuleert scholen om nieuwe werkwijzen uit te proberen. Jaarlijks is er een kleine "
              "innovatieregeling waarvoor teams een voorstel kunnen indienen; een jury van directeuren en een lid "
              "van de ondersteuningsplanraad kiest de voorstellen. De opgedane kennis delen wij in "
              "kennisateliers, waarin scholen laten zien wat zij hebben geleerd, ook als iets niet werkte."),
        ("p", "Wij werken samen met de regionale lerarenopleiding en met een lectoraat van de hogeschool. "
              "Studenten doen praktijkonderzoek op scholen in het verband en presenteren hun bevindingen aan "
              "de teams. Zo ontstaat een netwerk van leraren die onderzoekend werken en die elkaar weten te "
              "vinden. Daarnaast nemen medewerkers van het bureau deel aan landelijke netwerken van "
              "samenwerkingsverbanden, waar ervaringen met wetgeving, bekostiging en medezeggenschap worden "
              "uitgewisseld."),
        ("p", "Digitale middelen spelen daarbij een bescheiden rol. Wij kiezen voor toepassingen die leraren "
              "tijd besparen, zoals gedeelde lesmaterialen en een vraagbaak, en niet voor nieuwe systemen die "
              "registratielast opleveren. Nieuwe initiatieven toetsen wij vooraf op privacy en op de vraag of "
              "ze in de klas echt verschil maken."),
    ]


def regio(c):
    return [
        ("h1", "Regionale ontwikkelingen"),
        ("p", f"De komende jaren verandert {c['region']} snel. In de grotere kernen worden nieuwe wijken gebouwd, "
              "terwijl in de buitengebieden het aantal jonge gezinnen afneemt. Werkgevers trekken arbeidsmigranten "
              "aan, van wie een deel met kinderen in de regio komt wonen. Tegelijk vergrijst de bevolking en "
              "staan voorzieningen in kleine dorpen onder druk. Deze ontwikkelingen hebben gevolgen voor "
              "de scholen: sommige groeien uit hun gebouw, andere komen onder de opheffingsnorm."),
        ("p", "De gemeenten hebben een gezamenlijke woonvisie en een regionale arbeidsmarktagenda opgesteld. Het "
              "verband heeft aan beide meegedacht vanuit de vraag wat zij betekenen voor het onderwijs. Wij "
              "delen onze prognoses met de gemeenten en de besturen, zodat keuzes over spreiding van scholen op "
              "dezelfde cijfers berusten. Over de inrichting van nieuwe schoolgebouwen adviseren wij alleen als "
              "een bestuur daarom vraagt."),
        ("p", "Ook de arbeidsmarkt in het onderwijs zelf verandert. Het aantal zij-instromers groeit, net als het "
              "aantal onderwijsassistenten en leraren in opleiding. Zij brengen nieuwe energie mee, maar hebben "
              "ook begeleiding nodig. Besturen werken daarom samen in een regionaal opleidingsnetwerk, waarin "
              "het verband een bescheiden, verbindende rol speelt."),
    ]


def pagebreak():
    return [("pagebreak",)]


def words_of(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "subtitle"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(cell.split()) for row in b[1] for cell in row)
    return n


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def write_docx(blocks, path, header_text):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout212"
    cp.author = "holdout212"
    cp.title = header_text
    d.sections[0].header.paragraphs[0].text = header_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            d.add_paragraph(b[1])
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for item in b[1]:
                d.add_paragraph(item)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(header_text)}</title>", "</head>", "<body>",
           f'<header><p class="kop">{esc(header_text)}</p></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitel">{esc(b[1])}</p>')
        elif kind == "h1":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>'
                       + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            h = "".join(f"<th>{esc(x)}</th>" for x in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
            out.append(f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f'<footer><p>{esc(header_text)} &middot; versie vastgesteld</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout212_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (docx_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks}
    if looks:
        assert set(criteria) == set(CORE), name
        assert set(elements) == set(ELEMENTS), name
        # consistency of the status rule
        for el in ELEMENTS:
            vals = [criteria[k] for k in CORE if k.startswith(el + ".")]
            if all(vals):
                exp = "present"
            elif any(vals) or advisory.get(el):
                exp = "partial"
            else:
                exp = "missing"
            assert elements[el] == exp, (name, el, elements[el], exp)
    data["elements"] = elements
    data["criteria"] = criteria
    data["advisory_addressed"] = advisory
    data["notes"] = notes
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def crit(false_keys):
    return {k: (k not in false_keys) for k in CORE}


# ---------------------------------------------------------------------------
# Plan 1: PO Rivierland (docx + pdf). Handboek Toewijzing included as annex A.
# ---------------------------------------------------------------------------

def plan_rivierland():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Rivierland", code="PO 26-14",
             region="Rivierland", period="2026-2030", director="drs. M. (Marieke) van Heteren",
             boards=11, gemeenten="Tiel, Culemborg, Buren en West Betuwe", schools=72, pupils="14.300",
             law="artikel 18a van de Wet op het primair onderwijs", start=2026,
             oogo_date="12 februari 2026", other_swv="VO Rivierenland (VO 26-13)")
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['swv']} · {c['code']} · Samen sterk voor elk kind in de Betuwe"),
         ("subtitle", "Vastgesteld door het bestuur op 26 maart 2026, na instemming van de ondersteuningsplanraad"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 Wat elke school biedt", "4 Het ondersteuningscontinuüm", "5 Toewijzing en toelaatbaarheid",
                  "6 Geld en middelen", "7 Kwaliteit", "8 Samenwerking", "9 Communicatie",
                  "10 Organisatie en governance", "11 Personeel en professionalisering", "12 ICT, gegevens en privacy",
                  "13 Planning en procedure van vaststelling", "Bijlage A Handboek Toewijzing 2026",
                  "Bijlage B Begrippenlijst", "(Bijlage C Meerjarenbegroting: apart document)"]),
         ("pagebreak",)]
    b += voorwoord(c) + leeswijzer(c, "Het Handboek Toewijzing is in deze versie als bijlage A integraal opgenomen, "
                                      "zodat scholen en ouders alles op één plek vinden.")
    b += context(c) + terugblik(c) + visie(c) + regio(c)
    b += [("h1", "3 Wat elke school biedt"),
          ("p", "De besturen in Rivierland hebben met elkaar afgesproken wat iedere school, ook de kleinste "
                "dorpsschool met één combinatiegroep, zonder aanvraag of indicatie biedt. Dit is de ondergrens die "
                "voor elke vestiging in het verband geldt; een school mag meer bieden, maar nooit minder. Wij spreken "
                "van basisondersteuning. De afspraak is bindend voor alle aangesloten besturen en is opgenomen in de "
                "schoolondersteuningsprofielen en de schoolgidsen."),
          ("p", "In de tabel hieronder staat per onderdeel wat een ouder op iedere school in Rivierland mag "
                "verwachten."),
          ("table", [["Onderdeel", "Wat u op elke school in Rivierland mag verwachten"],
                     ["Ondersteuningsstructuur", "Een intern begeleider met ten minste één dag per week per 100 "
                      "leerlingen; vier keer per jaar groepsbesprekingen; een ondersteuningsteam (school, ouders, "
                      "consulent van het verband) dat binnen vier weken na aanmelding bijeenkomt."],
                     ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; "
                      "signalering vanaf groep 2; extra leestijd van minimaal 3 x 20 minuten per week voor "
                      "risicolezers."],
                     ["Rekenen en dyscalculie", "Werken volgens het protocol ERWD; een rekenspecialist binnen het "
                      "bestuur die de school kan consulteren."],
                     ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociale veiligheid, een "
                      "anti-pestcoördinator en jaarlijkse monitoring van het welbevinden."],
                     ["Ontwikkelingsperspectief", "Een ontwikkelingsperspectief (OPP) voor elke leerling die "
                      "extra ondersteuning ontvangt, opgesteld na overleg met ouders."],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingsstof in de "
                      "groep."],
                     ["Fysieke toegankelijkheid", "Een rolstoeltoegankelijke begane grond en een "
                      "prikkelarme werkplek per bouw."],
                     ["Samenwerking", "Vaste contactpersoon bij het sociaal team van de gemeente en "
                      "spreekuur van de jeugdverpleegkundige."]]),
          ("p", "Om de twee jaar voert het bureau met elke school een kwaliteitsgesprek aan de hand van de "
                "kwaliteitskaart basisondersteuning. Blijkt dat een school op een onderdeel onder de ondergrens "
                "blijft, dan stelt het bestuur van die school binnen drie maanden een verbeterplan op; de consulent "
                "volgt de uitvoering en rapporteert aan de directeur-bestuurder."),
          ]
    b += [("h1", "4 Het ondersteuningscontinuüm"),
          ("p", "Het aanbod in Rivierland is opgebouwd als een doorgaande lijn. Wat de school niet zelf kan bieden, "
                "organiseert zij samen met het verband, zonder dat een leerling eerst hoeft te falen."),
          ("ol", ["Basisondersteuning in de groep (hoofdstuk 3).",
                  "Schoolarrangement: extra begeleiding op de eigen school, bekostigd uit het schoolbudget, "
                  "bijvoorbeeld een onderwijsassistent of een taalklas.",
                  "Bovenschools arrangement: de Plusklas Betuwe voor meer- en hoogbegaafde leerlingen, de "
                  "observatiegroep De Brug (maximaal 12 weken) en ambulante begeleiding vanuit het so.",
                  "Speciaal basisonderwijs: sbo De Kade (Tiel) en sbo Het Kompas (Culemborg).",
                  "Speciaal onderwijs: so-locaties van cluster 3 en 4 binnen en buiten de regio."]),
          ("h2", "Zicht op hiaten en thuiszitters"),
          ("p", "Elk jaar in mei bespreken de besturen de analyse dekkend aanbod: per type ondersteuningsvraag "
                "bekijken wij of er binnen redelijke reisafstand een passende plek is. Ontbreekt die, dan wijst het "
                "bestuur een eigenaar aan die binnen zes maanden met een voorstel komt. Zo is in 2024 de "
                "observatiegroep De Brug ontstaan. Meldt een school een leerling die langer dan vier weken thuiszit, "
                "dan belegt de consulent binnen tien schooldagen een overleg met ouders, school, leerplicht en "
                "jeugdhulp. Het schoolbestuur waar de leerling is aangemeld blijft zorgplicht houden totdat een "
                "passende plek is gevonden."),
          ]
    b += [("h1", "5 Toewijzing en toelaatbaarheid"),
          ("p", "Extra ondersteuning begint altijd in het ondersteuningsteam van de school. Pas als de "
                "mogelijkheden van basisondersteuning en arrangementen zijn benut, komt een verwijzing naar sbo of "
                "so in beeld. De toelaatbaarheid, de procedure en de termijnen zijn uitgewerkt in het Handboek "
                "Toewijzing 2026, dat als bijlage A integraal bij dit plan is opgenomen en daarmee deel uitmaakt "
                "van het plan."),
          ("p", "In de afgelopen periode is het aantal aanvragen voor een toelaatbaarheidsverklaring gestegen. "
                "Wij zien daarin ook een signaal dat scholen handelingsverlegen raken. Daarom investeren wij in "
                "snellere consultatie."),
          ]
    b += [("h1", "6 Geld en middelen"),
          ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na aftrek van de "
                "wettelijke afdrachten voor sbo en so verdelen wij de beschikbare middelen volgens een vaste sleutel "
                "die het bestuur in januari 2026 heeft vastgesteld:"),
          ("ul", ["70 procent gaat als schoolbudget naar de besturen, naar rato van het aantal leerlingen op de "
                  "teldatum 1 oktober van het voorgaande jaar; kleine scholen (minder dan 100 leerlingen) "
                  "ontvangen daarnaast een vaste voet;",
                  "20 procent is bestemd voor bovenschoolse arrangementen, die een school aanvraagt bij het loket; "
                  "toekenning volgt als het ondersteuningsteam heeft vastgesteld dat de vraag de basisondersteuning "
                  "en het schoolbudget overstijgt;",
                  "10 procent dekt de kosten van het bureau, de consulenten en de commissie toewijzing."]),
          ("p", "De meerjarenbegroting 2026-2030 met de bedragen per post staat in bijlage C en wordt jaarlijks "
                "geactualiseerd. Het verband streeft naar een weerstandsvermogen tussen 5 en 10 procent van de "
                "baten; middelen boven de signaleringswaarde van de Inspectie worden binnen twee jaar ingezet voor "
                "arrangementen. Besturen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 maart met "
                "een vast format waarin zij per post aangeven waaraan het geld is uitgegeven."),
          ]
    b += [("h1", "7 Kwaliteit"),
          ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten voor leerlingen met een "
                "ondersteuningsbehoefte vastgesteld."),
          ("table", [["Beoogd resultaat", "Indicator", "Streefwaarde 2030"],
                     ["Elke school biedt basisondersteuning op de ondergrens", "Kwaliteitsgesprek op orde",
                      "100% van de scholen"],
                     ["Geen kind langer dan drie maanden thuis", "Aantal langdurig thuiszittenden", "0"],
                     ["Leerlingen met een OPP maken verwachte voortgang", "OPP-evaluaties met doelen behaald",
                      "ten minste 80%"],
                     ["Ouders tevreden over de ondersteuning", "Oudertevredenheidspeiling", "gemiddeld 7,5"]]),
          ("p", "Wij volgen deze resultaten met een vaste cyclus. In november en mei leveren scholen de gegevens "
                "uit hun leerlingvolgsysteem en de OPP-evaluaties aan; het bureau bundelt die in een monitor die "
                "het bestuur en de OPR bespreken. In het jaarverslag rapporteren wij de bereikte resultaten ten "
                "opzichte van de streefwaarden. Blijven resultaten achter, dan passen wij het jaarplan aan."),
          ]
    b += [("h1", "8 Samenwerking")] + opr(c, True) + oogo(c, True)
    b += [("h1", "9 Communicatie"),
          ("p", "Goede communicatie begint bij begrijpelijke taal. Het verband publiceert dit plan, een "
                "samenvatting in eenvoudige taal en een poster voor de teamkamer."),
          ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden langs vier wegen: de website met per "
                "school het schoolondersteuningsprofiel, de ouderbrochure 'Wat als mijn kind meer nodig heeft?' die "
                "elke school bij inschrijving meegeeft, twee ouderavonden per jaar in Tiel en Culemborg, en het "
                "gesprek met de intern begeleider. De schoolgids van elke school beschrijft de basisondersteuning."),
          ("p", "Hebben ouders een vraag of verschillen zij van mening met school of verband, dan kunnen zij terecht "
                "bij het Ouder- en Jeugdsteunpunt Rivierland. Dat steunpunt is onafhankelijk van scholen en "
                "verband, telefonisch bereikbaar op werkdagen en denkt mee bij aanmelding, OPP en conflicten. "
                "Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen en een klacht of geschil "
                "voorleggen aan de Geschillencommissie passend onderwijs."),
          ]
    b += governance(c) + personeel(c) + leren_en_innoveren(c) + ict(c) + planning(c, "19 maart 2026", "26 maart 2026")
    b += [("pagebreak",), ("h1", "Bijlage A Handboek Toewijzing 2026"),
          ("p", "Dit handboek is vastgesteld door het bestuur op 15 januari 2026 en maakt deel uit van het "
                "ondersteuningsplan."),
          ("h2", "Artikel 1 Aanvraag"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, dient de aanvraag voor een "
                "toelaatbaarheidsverklaring (TLV) voor sbo of so in via het digitale loket. Bij de aanvraag horen "
                "het groeidocument of OPP, het verslag van het ondersteuningsteam en de handtekening van ouders "
                "voor gezien. Ouders kunnen hun zienswijze toevoegen."),
          ("h2", "Artikel 2 Behandeling en besluit"),
          ("p", "De Commissie Toewijzing controleert de aanvraag binnen vijf werkdagen op volledigheid. Twee "
                "deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog "
                "en, afhankelijk van de leerling, een tweede deskundige (kinderarts, maatschappelijk werker of "
                "jeugdarts). Geen van beiden is betrokken geweest bij de aanvraag. De directeur-bestuurder besluit "
                "namens het verband binnen zes weken na ontvangst van de volledige aanvraag; deze termijn kan "
                "eenmaal met vier weken worden verlengd."),
          ("h2", "Artikel 3 Criteria"),
          ("p", "Een leerling wordt toelaatbaar verklaard tot sbo of so als aan alle volgende criteria is voldaan:"),
          ("ol", ["de ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en wat met een "
                  "school- of bovenschools arrangement haalbaar is;",
                  "de school heeft ten minste twee cycli handelingsgericht werken doorlopen en geëvalueerd;",
                  "het ondersteuningsteam heeft met ouders besproken welk aanbod nodig is;",
                  "beide deskundigen adviseren positief;",
                  "voor so: de leerling heeft een ondersteuningsbehoefte op het gebied van leren, gedrag, "
                  "lichamelijke of meervoudige beperking die specialistische expertise in de groep vraagt."]),
          ("h2", "Artikel 4 Duur en categorie"),
          ("p", "Een TLV voor sbo geldt voor twee schooljaren, een TLV voor so voor één tot drie schooljaren. Bij "
                "so vermeldt de TLV de bekostigingscategorie laag, midden of hoog."),
          ("h2", "Artikel 5 Bezwaar"),
          ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken bij het bestuur van het "
                "verband. De adviescommissie bezwaar TLV adviseert; het verband is daarnaast aangesloten bij de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "Artikel 6 Afloop van de TLV en terugplaatsing"),
          ("p", "Uiterlijk 1 februari van het laatste schooljaar waarvoor de TLV geldt, nodigt de sbo- of so-school "
                "ouders, de consulent van het verband en, als dat al bekend is, de beoogde basisschool uit voor een "
                "evaluatiegesprek. Het gesprek toetst of de leerling met een arrangement op een basisschool verder "
                "kan. De sbo- of so-school stelt het advies op; de Commissie Toewijzing besluit voor 1 april of de "
                "leerling wordt teruggeplaatst of dat een nieuwe TLV nodig is. Zonder nieuwe TLV eindigt de "
                "plaatsing op 31 juli."),
          ("p", "Uitgangspunt van het verband is dat een plek in het speciaal (basis)onderwijs tijdelijk kan zijn: "
                "wij willen dat kinderen waar het kan weer thuisnabij naar school gaan. Voorwaarden zijn dat de "
                "ontvangende school het OPP overneemt en dat ouders instemmen. Na terugkeer krijgt de basisschool "
                "een terugkeerarrangement: een jaar ambulante begeleiding door een leerkracht van de sbo- of "
                "so-school en voorrang bij het loket. In 2024-2025 keerden elf leerlingen terug naar het "
                "basisonderwijs; wij rapporteren dit aantal jaarlijks."),
          ("pagebreak",), ("h1", "Bijlage B Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["Dekkend aanbod", "Een passende plek voor iedere leerling binnen het verband."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar, zie bijlage C."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."]]),
          ]
    return c, b


# ---------------------------------------------------------------------------
# Plan 2: VO Kempenrand (docx). Kwaliteitskader basisondersteuning included as
# bijlage 1; Reglement Toelaatbaarheid only referred to.
# ---------------------------------------------------------------------------

def plan_kempenrand():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", code="VO 30-05",
             region="de Kempenrand", period="2026-2030", director="J.P. (Joost) Verhagen MBA",
             boards=7, gemeenten="Eersel, Bladel, Reusel-De Mierden, Bergeijk en Veldhoven", schools=14,
             pupils="9.800", law="artikel 17a van de Wet op het voortgezet onderwijs (thans art. 2.47 e.v. WVO 2020)",
             start=2026, oogo_date="5 februari 2026", other_swv="PO De Kempen (PO 30-06)")
    b = [("title", "Ondersteuningsplan Kempenrand 2026-2030"),
         ("subtitle", f"{c['swv']} ({c['code']})"),
         ("subtitle", "Definitieve versie · instemming OPR 24 maart 2026 · vastgesteld 2 april 2026"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 Basisondersteuning", "4 Van extra ondersteuning tot vso", "5 Toelaatbaarheid vso, lwoo en pro",
                  "6 Thuiszitters en zorgplicht", "7 Geld en middelen", "8 Opbrengsten", "9 Ouders en leerlingen",
                  "10 Samenwerking met gemeenten", "11 Organisatie en governance",
                  "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Planning",
                  "Bijlage 1 Kwaliteitskader Basisondersteuning Kempenrand",
                  "Bijlage 2 Afkortingen en begrippen"]),
         ("pagebreak",)]
    b += voorwoord(c) + leeswijzer(c, "Het Reglement Toelaatbaarheid en het protocol OPDC zijn zelfstandige "
                                      "documenten die op de website staan.")
    b += context(c) + terugblik(c) + visie(c) + regio(c)
    b += [("h1", "3 Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan wij in de Kempenrand de ondersteuning die elke vestiging van "
                "iedere aangesloten school, van praktijkonderwijs tot gymnasium, aan al haar leerlingen biedt. Het "
                "is een minimum dat de besturen samen hebben afgesproken en dat voor iedere vestiging gelijk is. "
                "De uitwerking in standaarden staat in het Kwaliteitskader Basisondersteuning Kempenrand; dat "
                "kwaliteitskader is als bijlage 1 achterin dit plan opgenomen en daarmee onderdeel van het plan."),
          ("p", "Scholen beschrijven in hun schoolgids hoe zij de standaarden vormgeven en wat zij daarbovenop "
                "aanbieden. Het verschil tussen scholen zit dus niet in de basis, maar in de extra ondersteuning."),
          ]
    b += [("h1", "4 Van extra ondersteuning tot vso"),
          ("p", "Boven op de basisondersteuning kent de Kempenrand drie treden. Op de eerste trede zet de school "
                "extra ondersteuning in uit het eigen budget: een trajectvoorziening, een rebound-plek in de school "
                "of een begeleider passend onderwijs. Op de tweede trede volgt een bovenschools arrangement: het "
                "orthopedagogisch-didactisch centrum (OPDC) De Brug in Veldhoven voor maximaal een jaar, of de "
                "Time-out Kempen voor maximaal twaalf weken. De derde trede is het voortgezet speciaal onderwijs: "
                "vso De Rijt (cluster 4) en vso Hondsberg-Kempen (cluster 3)."),
          ("p", "Leerlingen in het praktijkonderwijs en leerlingen met leerwegondersteuning volgen onderwijs in "
                "het regulier voortgezet onderwijs; pro en lwoo zijn geen aparte treden maar onderdeel van het "
                "aanbod van de scholen."),
          ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
          ("p", "De aanvraag voor een toelaatbaarheidsverklaring vso wordt door de school van inschrijving "
                "ingediend bij het Loket Kempenrand. Het loket controleert binnen een week de volledigheid. De "
                "Commissie van Toelaatbaarheid (CvT) vraagt advies aan twee deskundigen, van wie er één "
                "orthopedagoog of psycholoog is; de tweede deskundige wordt gekozen op basis van de vraag van de "
                "leerling. De CvT besluit namens het bestuur binnen zes weken en stuurt het besluit aan ouders en "
                "school. Voor lwoo en pro dient de vo-school de aanvraag in voor 1 maart van het jaar waarin de "
                "leerling instroomt; de CvT besluit voor 1 mei."),
          ("p", "Welke criteria de CvT hanteert, wanneer een leerling dus toelaatbaar is, en hoe ouders bezwaar "
                "maken, is vastgelegd in het Reglement Toelaatbaarheid Kempenrand, te downloaden van onze "
                "website. Dat reglement wordt jaarlijks geactualiseerd en is daarom niet in dit plan opgenomen."),
          ("p", "Afspraken over de terug- en overplaatsing van leerlingen vanuit het vso naar het regulier "
                "voortgezet onderwijs werken wij in de loop van 2027 samen met de vso-scholen uit in een apart "
                "protocol."),
          ("h1", "6 Thuiszitters en zorgplicht"),
          ("p", "Elke maand bespreekt de thuiszitterstafel, met leerplicht, het bureau en de betrokken scholen, "
                "alle leerlingen die langer dan vier weken geen onderwijs volgen. Voor iedere leerling wordt een "
                "regisseur aangewezen en binnen vier weken een plan gemaakt. De school van aanmelding houdt de "
                "zorgplicht. Eenmaal per jaar analyseert het bureau welke vragen niet binnen de regio beantwoord "
                "konden worden; het bestuur besluit dan of een nieuwe voorziening nodig is. Zo is in 2025 besloten "
                "tot een kleinschalige havo-vwo-groep voor leerlingen met autisme."),
          ]
    b += [("h1", "7 Geld en middelen"),
          ("p", "Het verband verdeelt de middelen voor lichte ondersteuning volgens een eenvoudig model. Elke "
                "vestiging ontvangt een vaste voet van € 25.000 plus € 38 per leerling op de teldatum 1 oktober. "
                "Voor de lwoo- en pro-middelen geldt dat wij ze volledig doorgeven aan de scholen naar rato van het "
                "aantal leerlingen met een aanwijzing lwoo of een TLV pro. Bovenschoolse arrangementen (OPDC, "
                "Time-out) worden centraal bekostigd; scholen dragen per geplaatste leerling een eigen bijdrage "
                "van € 1.500 per halfjaar."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten lichte ondersteuning", "3.920", "3.880", "3.840", "3.790"],
                     ["Baten zware ondersteuning (na afdracht vso)", "2.610", "2.580", "2.550", "2.520"],
                     ["Schoolbudgetten (vaste voet + per leerling)", "1.045", "1.040", "1.030", "1.020"],
                     ["OPDC De Brug en Time-out Kempen", "2.150", "2.150", "2.100", "2.100"],
                     ["Lwoo en pro (doorgegeven)", "2.480", "2.450", "2.420", "2.380"],
                     ["Bureau, CvT en consulenten", "690", "700", "710", "720"],
                     ["Thuiszitterstafel en maatwerktrajecten", "165", "120", "130", "90"],
                     ["Saldo", "0", "0", "0", "0"]]),
          ("p", "Het weerstandsvermogen bedroeg eind 2025 7,8 procent van de baten; dat is binnen de bandbreedte "
                "die het bestuur hanteert. De begroting is sluitend."),
          ("h1", "8 Opbrengsten"),
          ("p", "Wat willen wij in 2030 bereikt hebben voor leerlingen die extra ondersteuning nodig hebben?"),
          ("ul", ["het aantal thuiszitters is gehalveerd ten opzichte van de teldatum 1 oktober 2025 (toen 22);",
                  "ten minste 85 procent van de leerlingen die het OPDC verlaten, volgt een jaar later nog onderwijs "
                  "op een reguliere school;",
                  "elke leerling met een OPP heeft het OPP besproken met ouders en (vanaf 16 jaar) zelf getekend;",
                  "het aantal voortijdig schoolverlaters met een ondersteuningsbehoefte daalt tot onder 1 procent."]),
          ("p", "Hoe wij deze opbrengsten gaan meten en wanneer wij erover rapporteren, werken wij uit in een "
                "monitoringskader dat in 2027 aan het bestuur wordt voorgelegd (p.m.)."),
          ("h1", "9 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen vinden informatie over de ondersteuningsmogelijkheden op de website van het "
                "verband, in de brochure 'Passend naar het vo' die in groep 8 wordt uitgedeeld, op de "
                "voorlichtingsavonden van de vo-scholen en in de schoolgids van elke school. Voor iedere leerling "
                "met extra ondersteuning is er op school een vaste contactpersoon die ouders op de hoogte houdt."),
          ("p", "De wet vraagt samenwerkingsverbanden een ouder- en jeugdsteunpunt in te richten. Wij richten dit "
                "steunpunt in zodra de wettelijke regeling in werking treedt; hoe het eruit gaat zien, volgt."),
          ] + opr(c, True)
    b += [("h1", "10 Samenwerking met gemeenten")] + oogo(c, True)
    b += governance(c) + personeel(c) + leren_en_innoveren(c) + ict(c) + planning(c, "24 maart 2026", "2 april 2026")
    b += [("pagebreak",), ("h1", "Bijlage 1 Kwaliteitskader Basisondersteuning Kempenrand"),
          ("p", "Vastgesteld door het algemeen bestuur op 11 december 2025. Elke vestiging van een aangesloten "
                "school voldoet aan de volgende standaarden."),
          ("table", [["Standaard", "Inhoud"],
                     ["B1 Mentoraat", "Iedere leerling heeft een mentor met ten minste één uur mentorles per week "
                      "in de onderbouw en een individueel gesprek per periode."],
                     ["B2 Ondersteuningscoördinator", "Elke vestiging heeft een ondersteuningscoördinator met "
                      "ten minste 0,4 fte per 500 leerlingen."],
                     ["B3 Dyslexie en dyscalculie", "Faciliteiten volgens het schoolprotocol: extra tijd, "
                      "voorleessoftware, aangepaste toetsen."],
                     ["B4 Sociaal-emotioneel", "Faalangstreductietraining en sociale vaardigheidstraining "
                      "minimaal eenmaal per jaar op de vestiging."],
                     ["B5 Ondersteuningsteam", "Een intern zorg- en adviesteam met jeugdarts, schoolmaatschappelijk "
                      "werk en leerplicht, dat ten minste zes keer per jaar bijeenkomt."],
                     ["B6 Pauze en prikkelarme ruimte", "Een stille ruimte waar leerlingen tijdens pauzes "
                      "terechtkunnen."],
                     ["B7 Overdracht", "Warme overdracht po-vo voor elke leerling met een OPP."]]),
          ("p", "Het bureau voert eenmaal per drie jaar een audit uit op elke vestiging. Voldoet een vestiging "
                "niet aan een standaard, dan maakt het bestuur binnen een schooljaar afspraken over herstel."),
          ("pagebreak",), ("h1", "Bijlage 2 Afkortingen en begrippen"),
          ("table", [["Term", "Betekenis"],
                     ["CvT", "Commissie van Toelaatbaarheid"],
                     ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OJSP", "ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren"],
                     ["pro", "praktijkonderwijs"],
                     ["Terugplaatsing", "de overstap van vso naar regulier vo na afloop van de TLV"],
                     ["Opbrengsten", "de bereikte resultaten van leerlingen, gemeten in de kwaliteitsmonitor"]]),
          ]
    return c, b


# ---------------------------------------------------------------------------
# Plan 3: PO De Linge (pdf only). SOP referred to; terugplaatsingsprotocol
# deferred; financien chapter is p.m.; resultaten deferred.
# ---------------------------------------------------------------------------

def plan_linge():
    c = dict(swv="Stichting Samenwerkingsverband Primair Onderwijs De Linge", code="PO 25-08",
             region="het Lingegebied", period="2026-2030", director="A. (Anouk) de Wilde",
             boards=9, gemeenten="Lingewaard, Overbetuwe en Zevenaar", schools=58, pupils="11.200",
             law="artikel 18a van de Wet op het primair onderwijs", start=2026,
             oogo_date="29 januari 2026", other_swv="VO Arnhem-Zevenaar (VO 25-04)")
    b = [("title", "Ondersteuningsplan De Linge 2026-2030"),
         ("subtitle", f"{c['swv']} · {c['code']}"),
         ("subtitle", "Versie 1.0 · vastgesteld door het algemeen bestuur op 19 maart 2026"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 De basis op orde", "4 Arrangeren: van school tot speciaal onderwijs",
                  "5 Toelaatbaarheid sbo en so", "6 Na het speciaal onderwijs", "7 Ieder kind een plek",
                  "8 Kwaliteit en resultaten", "9 Financiën", "10 Communicatie", "11 Organisatie en governance",
                  "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Planning",
                  "Begrippenlijst"]),
         ("pagebreak",)]
    b += voorwoord(c) + leeswijzer(c) + context(c) + terugblik(c) + visie(c) + regio(c)
    b += [("h1", "3 De basis op orde"),
          ("p", "Elke school in De Linge biedt ten minste basisondersteuning op het niveau dat de besturen samen "
                "hebben afgesproken. Dat niveau is voor iedere vestiging gelijk: het is de ondergrens, en een "
                "school die daaronder blijft, spreekt het verband daarop aan."),
          ("p", "Welke voorzieningen, interventies en expertise dat op een bepaalde school concreet betekent, "
                "leest u in het schoolondersteuningsprofiel van die school. De profielen zijn te vinden via "
                "Scholen op de kaart en op de websites van de scholen; zij zijn geen onderdeel van dit plan."),
          ("h1", "4 Arrangeren: van school tot speciaal onderwijs"),
          ("p", "Het ondersteuningsaanbod in De Linge kent vier lagen die op elkaar aansluiten. De eerste laag is "
                "de basisondersteuning op iedere school. In de tweede laag zet de school een arrangement in, "
                "bijvoorbeeld extra begeleiding door een gespecialiseerde leerkracht of een taalklas voor "
                "nieuwkomers in Elst. In de derde laag gaat het om bovenschoolse voorzieningen: de "
                "Lingeklas voor kinderen met een complexe gedragsvraag, de Denkwerkplaats voor meer- en "
                "hoogbegaafde leerlingen en het arrangement Samen naar School voor kinderen die onderwijs en zorg "
                "combineren. De vierde laag vormen het speciaal basisonderwijs (sbo De Wissel in Huissen) en het "
                "speciaal onderwijs (so De Lindenhof en so Het Mozaïek)."),
          ("p", "Jeugdhulp is op de locaties van Samen naar School dagelijks aanwezig. De gemeenten financieren het "
                "zorgdeel, het verband het onderwijsdeel."),
          ("h1", "5 Toelaatbaarheid sbo en so"),
          ("p", "Een toelaatbaarheidsverklaring wordt aangevraagd door het schoolbestuur van de school waar de "
                "leerling is ingeschreven of aangemeld. De procedure verloopt in vijf stappen:"),
          ("ol", ["Het ondersteuningsteam van de school (met ouders en de consulent) stelt vast dat verwijzing "
                  "nodig lijkt en vult het aanvraagformulier in.",
                  "Het bestuur dient de aanvraag in bij de Adviescommissie Toelaatbaarheid (ACT) van het verband.",
                  "Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een jeugdarts of "
                  "maatschappelijk werker) geven elk een eigen schriftelijk advies.",
                  "De directeur-bestuurder neemt binnen zes weken na de volledige aanvraag een besluit.",
                  "Ouders en school ontvangen het besluit met de geldigheidsduur en, bij so, de "
                  "bekostigingscategorie."]),
          ("p", "De ACT toetst de aanvraag aan de volgende criteria."),
          ("table", [["Criterium", "Toelichting"],
                     ["Handelingsverlegenheid aangetoond", "De school heeft de basisondersteuning en ten minste "
                      "één arrangement ingezet en geëvalueerd (minimaal 20 weken)."],
                     ["Ondersteuningsbehoefte", "De behoefte op leren, gedrag of ontwikkeling vraagt een "
                      "setting met kleine groepen en specialistische expertise die regulier niet haalbaar is."],
                     ["Perspectief", "Het OPP laat zien dat de leerling in sbo of so beter tot ontwikkeling komt."],
                     ["Advies deskundigen", "Beide deskundigen onderschrijven de toelaatbaarheid."]]),
          ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het verband "
                "legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h1", "6 Na het speciaal onderwijs"),
          ("p", "Een plaatsing in sbo of so is in De Linge nooit bedoeld als eindstation. Ons beleid is dat iedere "
                "leerling in het speciaal (basis)onderwijs het perspectief houdt op terugkeer naar een reguliere "
                "school dicht bij huis, wanneer zijn ontwikkeling dat toelaat. Voorwaarde is dat de ontvangende "
                "school met een arrangement kan bieden wat de leerling nodig heeft. Een kind dat terugkeert, "
                "neemt een terugkeerbudget mee: de ontvangende basisschool krijgt gedurende twintig weken "
                "begeleiding door een leerkracht van de sbo- of so-school."),
          ("p", "De concrete stappen, wie het initiatief neemt, de evaluatiemomenten en wie besluit, leggen wij vast "
                "in een protocol terugplaatsing dat in het voorjaar van 2027 beschikbaar komt."),
          ("h1", "7 Ieder kind een plek"),
          ("p", "Ondanks alle inspanningen zijn er kinderen die (tijdelijk) geen passende plek hebben. Wij willen "
                "die kinderen snel in beeld hebben. Scholen melden elk kind dat meer dan tien dagen ongeoorloofd of "
                "geoorloofd verzuimt zonder perspectief op terugkeer bij het Doorbraakteam. Dat team (verband, "
                "leerplicht, wijkteam) komt binnen vijf werkdagen bijeen en wijst een casusregisseur aan. "
                "Twee keer per jaar brengt het team in kaart welke ondersteuningsvragen in de regio niet beantwoord "
                "kunnen worden; het bestuur beslist over een oplossing, bijvoorbeeld een nieuwe bovenschoolse "
                "groep of een afspraak met een verband buiten de regio."),
          ("h1", "8 Kwaliteit en resultaten"),
          ("p", "In de loop van 2027 stellen wij samen met de directeuren en de OPR vast welke resultaten wij voor "
                "leerlingen met een ondersteuningsbehoefte willen bereiken en hoe wij die gaan volgen. Tot die tijd "
                "blijven de afspraken uit het vorige plan van kracht. De resultaten van de zelfevaluatie van het "
                "bureau in 2025 zijn verwerkt in de hoofdstukken van dit plan."),
          ("h1", "9 Financiën"),
          ("p", "Dit hoofdstuk wordt aangevuld na vaststelling van de begroting 2027. De inzet van de middelen "
                "wordt jaarlijks in het jaarplan en de begroting uitgewerkt (p.m.)."),
          ("h1", "10 Communicatie"),
          ("p", "Het verband communiceert via de website, een nieuwsbrief voor professionals (zes keer per jaar) en "
                "LinkedIn. Voor ouders is er een aparte pagina 'Voor ouders' op de website met uitleg over "
                "basisondersteuning, arrangementen en de weg naar sbo en so, en een overzicht per school. Elke "
                "school reikt bij aanmelding de folder 'Passend onderwijs in De Linge' uit, en twee keer per jaar "
                "organiseren wij een inloopavond waar ouders met vragen over de ondersteuningsmogelijkheden "
                "terechtkunnen."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij Wegwijzer Linge, het ouder- en jeugdsteunpunt "
                "dat door het verband wordt gefinancierd maar onafhankelijk werkt; en bij de onderwijsconsulenten "
                "van het Rijk. Klachten over het verband behandelt de Landelijke Klachtencommissie Onderwijs."),
          ] + opr(c, True)
    b += oogo(c, True) + governance(c) + personeel(c) + leren_en_innoveren(c) + ict(c) + planning(c, "12 maart 2026", "19 maart 2026")
    b += [("pagebreak",), ("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het door de besturen afgesproken minimumniveau van ondersteuning; "
                      "omvat onder meer dyslexiebegeleiding, een intern begeleider en een aanpak voor gedrag."],
                     ["Meerjarenbegroting", "Begroting van het verband voor vier jaar met de verdeling van de "
                      "middelen over scholen en arrangementen."],
                     ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen met een "
                      "ondersteuningsbehoefte."],
                     ["Terugplaatsing", "De overstap van sbo/so naar het basisonderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring."]]),
          ]
    return c, b


# ---------------------------------------------------------------------------
# Plan 4: VO Zuidkust (pdf + docx). Kader basisondersteuning and Handboek
# Dekkend Netwerk only referred to; Reglement TLV en terugplaatsing included.
# ---------------------------------------------------------------------------

def plan_zuidkust():
    c = dict(swv="Samenwerkingsverband VO Zuidkust", code="VO 41-02", region="de Zuidkust",
             period="2026-2030", director="R. (Ruud) Schellekens", boards=6,
             gemeenten="Vlissingen, Middelburg, Veere en Borsele", schools=12, pupils="8.100",
             law="de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)", start=2026,
             oogo_date="10 februari 2026", other_swv="PO Walcheren (PO 41-01)")
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['swv']} · {c['code']}"),
         ("subtitle", "Met bijlage: Reglement Toelaatbaarheid en Terugplaatsing (versie 2026)"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 Basisondersteuning", "4 Het continuüm van extra ondersteuning", "5 Dekkend netwerk",
                  "6 Toelaatbaarheid vso, lwoo en pro", "7 Geld en middelen", "8 Kwaliteitszorg",
                  "9 Communicatie", "10 Samenwerking", "11 Organisatie en governance",
                  "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Planning",
                  "Bijlage 1 Kader Basisondersteuning Zuidkust (apart document)",
                  "Bijlage 2 Reglement Toelaatbaarheid en Terugplaatsing",
                  "Bijlage 3 Afkortingenlijst"]),
         ("pagebreak",)]
    b += voorwoord(c) + leeswijzer(c) + context(c) + terugblik(c) + visie(c) + regio(c)
    b += [("h1", "3 Basisondersteuning"),
          ("p", "De basisondersteuning is geen onderdeel van dit ondersteuningsplan. Welk niveau iedere vestiging "
                "moet halen en welke voorzieningen daarbij horen, staat in het Kader Basisondersteuning Zuidkust, "
                "dat het bestuur afzonderlijk vaststelt en dat als bijlage 1 op de website van het verband staat. "
                "Het kader wordt in 2026-2027 herzien in het licht van de landelijke norm."),
          ("h1", "4 Het continuüm van extra ondersteuning"),
          ("p", "Boven op wat in het kader is geregeld, kent de Zuidkust vier treden van extra ondersteuning die "
                "op elkaar aansluiten en tussen scholen samenhangen:"),
          ("ol", ["Extra ondersteuning op de eigen school, bekostigd uit het schoolbudget: bijvoorbeeld een "
                  "ondersteuningsklas, een coach passend onderwijs of een aangepast rooster.",
                  "Het Rebound-traject Walcheren: een tijdelijke plek (acht tot twaalf weken) buiten de eigen "
                  "school, met terugkeer naar de eigen school als doel.",
                  "Het OPDC De Schelde in Vlissingen: een jaar onderwijs in een kleine groep met "
                  "orthopedagogische begeleiding, voor leerlingen met een vmbo- of havo-perspectief.",
                  "Het voortgezet speciaal onderwijs: vso De Sprienke (cluster 4) en vso Het Schutsluis "
                  "(cluster 3) in Middelburg."]),
          ("p", "Voor leerlingen die onderwijs en jeugdhulp tegelijk nodig hebben, bieden vso De Sprienke en "
                "zorgaanbieder Emergis samen het onderwijs-zorgarrangement 'Kustlijn' aan."),
          ("h1", "5 Dekkend netwerk"),
          ("p", "Het verband draagt er zorg voor dat er voor iedere leerling een passende plek is. Hoe wij hiaten "
                "in het aanbod opsporen, hoe wij omgaan met leerlingen die thuiszitten of geen passende plek hebben "
                "en welke afspraken er met leerplicht gelden, staat in het Handboek Dekkend Netwerk (versie 2025), "
                "op te vragen bij het bureau."),
          ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Het verband besluit over toelaatbaarheid tot het vso, over de aanwijzing voor "
                "leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. De volledige "
                "procedure, de criteria, de termijnen en de afspraken over terug- en overplaatsing staan in het "
                "Reglement Toelaatbaarheid en Terugplaatsing, dat als bijlage 2 integraal in dit plan is "
                "opgenomen. In het kort: de school dient de aanvraag in bij de Toelaatbaarheidscommissie Zuidkust, "
                "die na advies van twee deskundigen binnen zes weken besluit."),
          ("p", "Voor lwoo hanteert de Zuidkust de landelijke criteria; het verband maakt geen gebruik van de "
                "mogelijkheid om eigen criteria vast te stellen. Voor pro gelden de landelijke criteria."),
          ("h1", "7 Geld en middelen"),
          ("p", "De verdeling van de ondersteuningsmiddelen volgt drie regels. Eén: de lwoo- en pro-middelen gaan "
                "volledig naar de scholen met lwoo- of pro-leerlingen, per leerling met een aanwijzing of TLV op 1 "
                "oktober. Twee: elke school ontvangt een basisbudget van € 62 per leerling voor extra ondersteuning "
                "op de eigen school (trede 1). Drie: de treden 2 tot en met 4 worden centraal bekostigd; scholen "
                "betalen geen eigen bijdrage. Het bestuur kan een school op aanvraag een aanvullend budget "
                "toekennen als het aantal leerlingen met een OPP meer dan 1,5 keer het regiogemiddelde bedraagt."),
          ("table", [["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                     ["Totaal baten", "9.460.000", "9.380.000", "9.250.000", "9.140.000"],
                     ["Afdracht vso", "3.120.000", "3.100.000", "3.080.000", "3.050.000"],
                     ["Lwoo en pro naar scholen", "3.410.000", "3.380.000", "3.330.000", "3.290.000"],
                     ["Basisbudgetten scholen", "502.000", "495.000", "488.000", "480.000"],
                     ["Rebound en OPDC", "1.640.000", "1.640.000", "1.600.000", "1.600.000"],
                     ["Kustlijn (onderwijsdeel)", "310.000", "310.000", "310.000", "310.000"],
                     ["Bureau en commissie", "478.000", "455.000", "442.000", "410.000"],
                     ["Resultaat", "0", "0", "0", "0"]]),
          ("p", "Scholen leggen jaarlijks voor 1 april verantwoording af over de besteding van het basisbudget in "
                "de vorm van een korte rapportage met aantallen leerlingen en ingezette ondersteuning."),
          ("h1", "8 Kwaliteitszorg"),
          ("p", "De Zuidkust werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. Voor de planperiode "
                "zijn de beoogde resultaten:"),
          ("ul", ["negen van de tien leerlingen die het Rebound-traject afronden, zitten drie maanden later weer "
                  "op hun eigen school;",
                  "ten minste 70 procent van de OPDC-leerlingen stroomt door naar regulier vo of mbo;",
                  "het aandeel leerlingen in het vso daalt van 3,4 procent (2025) naar 3,0 procent in 2030;",
                  "elke leerling in het vso heeft een OPP met een uitstroombestemming die jaarlijks wordt "
                  "geëvalueerd."]),
          ("p", "Het bureau verzamelt elk kwartaal de gegevens van Rebound, OPDC en vso en publiceert twee keer "
                "per jaar een kwaliteitsmonitor. Het bestuur bespreekt de monitor in juni en december; de "
                "bereikte resultaten staan in het jaarverslag, dat voor 1 juli wordt vastgesteld. Elk voorjaar "
                "voert een externe partij een audit uit op één trede van het continuüm."),
          ("h1", "9 Communicatie"),
          ("p", "Het verband communiceert vooral met en via de scholen. Directeuren en ondersteuningscoördinatoren "
                "ontvangen maandelijks een nieuwsbrief; de gemeenten krijgen een halfjaarlijkse rapportage. De "
                "communicatie richting ouders werken wij uit in het communicatieplan 2027."),
          ("h1", "10 Samenwerking")] + opr(c, False) + oogo(c, True)
    b += governance(c) + personeel(c) + leren_en_innoveren(c) + ict(c) + planning(c, "17 maart 2026", "31 maart 2026")
    b += [("pagebreak",), ("h1", "Bijlage 2 Reglement Toelaatbaarheid en Terugplaatsing"),
          ("p", "Vastgesteld door het bestuur van het Samenwerkingsverband VO Zuidkust op 8 januari 2026."),
          ("h2", "Artikel 1 Aanvraag"),
          ("p", "De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van de "
                "school waar de leerling is ingeschreven, of, bij een nieuwe leerling, van de school van aanmelding. "
                "Bij de aanvraag horen het OPP, een verslag van het multidisciplinair overleg en de zienswijze van "
                "ouders en leerling."),
          ("h2", "Artikel 2 Deskundigen en besluit"),
          ("p", "De Toelaatbaarheidscommissie vraagt advies aan een orthopedagoog of psycholoog en aan een tweede "
                "deskundige die past bij de vraag van de leerling. Elke deskundige brengt afzonderlijk advies uit. "
                "De commissie besluit namens het bestuur binnen zes weken."),
          ("h2", "Artikel 3 Criteria vso"),
          ("p", "Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar trede 1 tot en met 3 heeft "
                "overwogen of ingezet en dat is geëvalueerd, (b) de leerling een intensieve, structurele "
                "ondersteuningsbehoefte heeft op het gebied van gedrag, leren of lichamelijke of verstandelijke "
                "beperking die een vso-setting vraagt, en (c) beide deskundigen dit onderschrijven."),
          ("h2", "Artikel 4 Lwoo en pro"),
          ("p", "De vo-school dient de aanvraag voor lwoo of pro in voor 1 maart voorafgaand aan het schooljaar. "
                "De commissie toetst aan de landelijke criteria (intelligentie, leerachterstanden en, voor lwoo, "
                "sociaal-emotionele problematiek) en besluit binnen vier weken."),
          ("h2", "Artikel 5 Duur"),
          ("p", "Een TLV vso geldt voor één, twee of drie schooljaren, afhankelijk van de verwachte ontwikkeling, "
                "en vermeldt de bekostigingscategorie laag, midden of hoog."),
          ("h2", "Artikel 9 Terugplaatsing en overplaatsing"),
          ("p", "In het laatste jaar van de TLV organiseert de vso-school voor 1 maart een evaluatie met de "
                "leerling, ouders en een consulent van het verband. De vso-school neemt daartoe het initiatief. "
                "Blijkt terugplaatsing naar het regulier vo mogelijk, dan zoekt de vso-school samen met ouders een "
                "ontvangende school en vindt voor 1 mei een overdrachtsgesprek plaats. De Toelaatbaarheidscommissie "
                "besluit of een nieuwe TLV wordt afgegeven; zonder nieuwe TLV eindigt de inschrijving op 31 juli."),
          ("h2", "Artikel 10 Beleid na terugkeer"),
          ("p", "Het verband streeft ernaar dat jongeren na het vso een diploma of startkwalificatie halen op een "
                "reguliere school. Terugplaatsing gebeurt alleen als de ontvangende school het OPP kan uitvoeren. "
                "De ontvangende school krijgt een half jaar lang begeleiding van een ambulant begeleider van de "
                "vso-school, en de leerling behoudt gedurende dat halfjaar voorrang bij het Rebound-traject. "
                "Het bureau registreert jaarlijks het aantal teruggeplaatste leerlingen."),
          ("pagebreak",), ("h1", "Bijlage 3 Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"],
                     ["BO", "basisondersteuning"], ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"], ["OPR", "ondersteuningsplanraad"],
                     ["TLV", "toelaatbaarheidsverklaring"], ["vso", "voortgezet speciaal onderwijs"]]),
          ]
    return c, b


# ---------------------------------------------------------------------------
# Plan 5: PO Veenstreek (html). Handboek Toelaatbaarheid only referred to.
# ---------------------------------------------------------------------------

def plan_veenstreek():
    c = dict(swv="Samenwerkingsverband Passend Onderwijs Veenstreek", code="PO 20-11", region="de Veenstreek",
             period="2026-2030", director="H. (Henk) Oosterhuis", boards=8,
             gemeenten="Emmen, Borger-Odoorn en Coevorden", schools=46, pupils="8.900",
             law="artikel 18a van de Wet op het primair onderwijs", start=2026,
             oogo_date="3 februari 2026", other_swv="VO Zuidoost-Drenthe (VO 20-10)")
    b = [("title", "Ondersteuningsplan Veenstreek 2026-2030 (webversie)"),
         ("subtitle", f"{c['swv']} · {c['code']} · Elk kind telt mee"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 Wat ieder kind overal krijgt", "4 Toelaatbaarheid", "5 Terug naar de basisschool",
                  "6 Waar staan we in 2030?", "7 Geldzaken", "8 Communicatie", "9 Organisatie en governance",
                  "10 Personeel en professionalisering", "11 ICT, gegevens en privacy", "12 Planning",
                  "Begrippen"])]
    b += voorwoord(c) + leeswijzer(c) + context(c) + terugblik(c) + visie(c) + regio(c)
    b += [("h2", "Samenvatting in eenvoudige taal"),
          ("p", "Dit plan gaat over kinderen die op school wat extra hulp nodig hebben. In de Veenstreek werken "
                "acht schoolbesturen samen om die hulp goed te regelen. In dit plan staat wat iedere school in elk "
                "geval doet, hoe een kind na een tijd op een speciale school weer naar een gewone basisschool kan, "
                "wat wij willen bereiken en hoe wij het geld uitgeven. Over toelaatbaarheid tot het speciaal "
                "(basis)onderwijs leest u meer in hoofdstuk 4. Over uw rechten als ouder leest u meer in "
                "hoofdstuk 8."),
          ("p", "Wij hebben het plan geschreven met hulp van ouders, leraren en directeuren. De "
                "ondersteuningsplanraad, waarin ook ouders zitten, heeft ermee ingestemd. De gemeenten hebben het "
                "plan gelezen en erover meegepraat. Het plan geldt vier jaar. Elk jaar kijken wij of het goed "
                "gaat en passen wij zo nodig ons jaarplan aan. Hebt u een vraag over dit plan, bel of mail dan "
                "met het bureau; de gegevens staan op de website. Wij beantwoorden vragen binnen vijf werkdagen. "
                "Dit plan is ook als poster verkrijgbaar en hangt in de teamkamer van elke school."),
          ("p", "Samen bouwen wij verder aan een dekkend aanbod in de Veenstreek; dat is een opdracht voor de lange "
                "adem."),
          ("h1", "3 Wat ieder kind overal krijgt"),
          ("p", "Of een kind nu in Emmen-centrum, in Nieuw-Amsterdam of in een kleine school in Sleen naar school "
                "gaat: op alle 46 scholen geldt dezelfde ondergrens. Die ondergrens hebben de acht besturen in 2025 "
                "met elkaar vastgelegd en niemand zakt eronder. Concreet betekent dit dat u op iedere school kunt "
                "rekenen op:"),
          ("ul", ["een intern begeleider die ouders binnen twee weken na een vraag spreekt;",
                  "vroegtijdige signalering van taal- en leesproblemen en dyslexiebegeleiding tot aan de "
                  "vergoede zorg;",
                  "een aanbod voor kinderen die meer aankunnen (verrijkingsgroep binnen de school);",
                  "een vaste aanpak voor sociale veiligheid en gedrag, met een aandachtsfunctionaris;",
                  "een ontwikkelingsperspectief voor kinderen die op een eigen leerlijn werken;",
                  "consultatie door een orthopedagoog van het verband, zonder wachttijd en zonder aanvraag;",
                  "een school die ouders betrekt bij elk besluit over de ondersteuning van hun kind."]),
          ("h1", "4 Toelaatbaarheid"),
          ("p", "Voor de toelaatbaarheid tot sbo en so volgt het verband het Handboek Toelaatbaarheid Veenstreek. "
                "Dat handboek is een zelfstandig document en geen onderdeel van dit plan; het staat op "
                "www.swv-veenstreek.example/handboek en wordt jaarlijks door het bestuur bijgesteld."),
          ("h1", "5 Terug naar de basisschool"),
          ("p", "Wanneer een toelaatbaarheidsverklaring afloopt, verloopt de overstap terug naar een basisschool "
                "als volgt. Uiterlijk 1 maart van het laatste schooljaar van de TLV nodigt de sbo- of so-school de "
                "ouders en de consulent van het verband uit voor een evaluatiegesprek. De sbo- of so-school neemt "
                "dit initiatief en legt de uitkomst vast in het OPP. Is terugkeer haalbaar, dan meldt de ouder het "
                "kind aan bij een basisschool en volgt voor 15 mei een overdrachtsgesprek tussen beide scholen. "
                "De directeur van de sbo- of so-school besluit samen met ouders over de terugplaatsing; wil de "
                "school de plaatsing voortzetten, dan vraagt zij een nieuwe TLV aan volgens het handboek. Na zes "
                "weken op de nieuwe school volgt een evaluatie met ouders."),
          ("p", "Het beleid rond terugplaatsing – welke doelen wij stellen, onder welke voorwaarden en welke "
                "begeleiding een kind na terugkeer krijgt – wordt nader uitgewerkt."),
          ("h1", "6 Waar staan we in 2030?"),
          ("p", "Wij willen dat kinderen die extra ondersteuning nodig hebben, aantoonbaar vooruitgaan. Daarom "
                "leggen wij vast wat wij in 2030 zien:"),
          ("table", [["Wat we zien in 2030", "Hoe we het weten", "Nu (2025)"],
                     ["Minstens vier op de vijf kinderen met een OPP halen hun tussendoelen",
                      "OPP-evaluaties", "68%"],
                     ["Elk kind met extra ondersteuning stroomt uit naar het vo met een passend advies",
                      "Uitstroomgegevens DUO", "93%"],
                     ["Ouders geven de samenwerking met school rond ondersteuning minstens een 7,5",
                      "Ouderpeiling", "7,1"]]),
          ("p", "Zo houden we de vinger aan de pols: scholen leveren in februari en september de OPP-evaluaties "
                "aan, het bureau analyseert de uitstroomgegevens in oktober en de ouderpeiling vindt om het jaar in "
                "maart plaats. De uitkomsten bespreken het bestuur en de OPR in hun vergadering van november; in "
                "het jaarverslag staan de bereikte resultaten naast de streefwaarden."),
          ("h1", "7 Geldzaken"),
          ("p", "De verdeelsleutel voor de schoolbudgetten en de criteria voor het toekennen van extra middelen "
                "worden in 2027 herzien; de nieuwe sleutel volgt na besluitvorming in de algemene vergadering. "
                "Onderstaande meerjarenbegroting laat zien waaraan het verband de middelen besteedt."),
          ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Afdracht sbo en so", "2.940", "2.910", "2.880", "2.860"],
                     ["Schoolbudgetten (verdeling p.m.)", "1.380", "1.370", "1.350", "1.330"],
                     ["Consultatie orthopedagogen", "420", "420", "430", "430"],
                     ["Scholing en netwerken", "85", "90", "95", "95"],
                     ["Bureau en bestuur", "510", "500", "495", "490"],
                     ["Totaal", "5.335", "5.290", "5.250", "5.205"]]),
          ("p", "Het weerstandsvermogen ligt met 6 procent binnen de bandbreedte die het bestuur hanteert."),
          ("h1", "8 Communicatie"),
          ("p", "Ouders willen weten waar hun kind recht op heeft. Op onze website staat per school het "
                "ondersteuningsprofiel en een uitleg in gewone taal over wat ieder kind overal krijgt. Scholen "
                "bespreken de ondersteuning in het intakegesprek en in de schoolgids. Twee keer per jaar houden wij "
                "in Emmen en Coevorden een spreekuur voor ouders."),
          ("p", "Loopt het gesprek met school vast, of wil een ouder iemand die naast hem staat, dan kan hij gratis "
                "terecht bij het Ouder- en Jeugdsteunpunt Drenthe, dat onafhankelijk van scholen en verband werkt, "
                "of bij een onderwijsconsulent. Klachten over het verband gaan naar de Geschillencommissie passend "
                "onderwijs."),
          ] + opr(c, True) + oogo(c, False)
    b += governance(c) + personeel(c) + leren_en_innoveren(c) + ict(c) + planning(c, "10 maart 2026", "24 maart 2026")
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Arrangement", "Extra ondersteuning bovenop de basis, op of buiten de school."],
                     ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een passende plek heeft."],
                     ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden geen onderwijs volgt."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven door de commissie van "
                      "toelaatbaarheid na advies van twee deskundigen."],
                     ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden."]])]
    return c, b


# ---------------------------------------------------------------------------
# Near miss: a VO school's schoolondersteuningsprofiel (not an SWV plan)
# ---------------------------------------------------------------------------

def sop_het_baken():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("subtitle", "Openbare Scholengemeenschap Het Baken · vmbo-havo-vwo · Vlissingen"),
         ("subtitle", "Aangesloten bij Samenwerkingsverband VO Zuidkust (VO 41-02)"),
         ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op Het Baken", "4 Extra ondersteuning",
                  "5 Toelaatbaarheid, lwoo en vso", "6 Ouders", "7 Kwaliteit en resultaten", "8 Middelen"]),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij biedt. Dit "
               "profiel is vastgesteld door de directie na advies van de medezeggenschapsraad en maakt deel uit van "
               "de schoolgids. Het samenwerkingsverband gebruikt de profielen van alle scholen bij het opstellen van "
               "zijn ondersteuningsplan. Dit document is dus het profiel van één school en geen ondersteuningsplan "
               "van het samenwerkingsverband."),
         ("h1", "2 Onze school"),
         ("p", "Het Baken telt 1.140 leerlingen verdeeld over vmbo-basis/kader met lwoo, vmbo-gt, havo en vwo. De "
               "school heeft twee gebouwen aan de Kanaalweg. Wij werken met kleine mentorgroepen in de onderbouw en "
               "een eigen ondersteuningsteam. Onze missie: 'Koers houden, ook als het waait'."),
         ("p", "Onze leerlingen komen uit Vlissingen, Middelburg en de dorpen van Walcheren. Ongeveer 14 procent "
               "van de leerlingen heeft een aanwijzing lwoo. Het aantal leerlingen met een ontwikkelingsperspectief "
               "ligt rond de 60."),
         ("h1", "3 Basisondersteuning op Het Baken"),
         ("p", "Het Baken biedt de basisondersteuning zoals afgesproken in het Kader Basisondersteuning Zuidkust. "
               "Concreet betekent dat voor onze leerlingen: een mentor met een wekelijks mentoruur, een "
               "ondersteuningscoördinator, dyslexie- en dyscalculiefaciliteiten, faalangsttraining, een "
               "huiswerkklas vier middagen per week, en een vertrouwenspersoon. Ieder trimester bespreekt het "
               "mentorenteam alle leerlingen in een leerlingbespreking."),
         ("p", "Onze school heeft daarnaast een Trajectvoorziening: een lokaal waar leerlingen tijdelijk kunnen "
               "werken onder begeleiding van een trajectbegeleider, met als doel terugkeer in de klas binnen zes "
               "weken."),
         ("h1", "4 Extra ondersteuning"),
         ("p", "Als de basisondersteuning niet genoeg is, bespreekt het ondersteuningsteam (ondersteuningscoördinator, "
               "orthopedagoog, jeugdarts, schoolmaatschappelijk werk en leerplicht) met ouders en leerling welke "
               "extra ondersteuning nodig is. Dat kan een arrangement op school zijn, een aanmelding voor het "
               "Rebound-traject van het samenwerkingsverband of een plek in het OPDC. Wij stellen een OPP op "
               "dat we twee keer per jaar met ouders en leerling evalueren. Leerlingen hebben hoorrecht: hun "
               "mening over het OPP wordt vastgelegd."),
         ("p", "Grenzen van onze school: wij kunnen leerlingen die voortdurende één-op-éénbegeleiding nodig hebben "
               "of die ernstig en herhaald grensoverschrijdend gedrag vertonen, niet de benodigde ondersteuning "
               "bieden. Ook is ons tweede gebouw niet rolstoeltoegankelijk."),
         ("h1", "5 Toelaatbaarheid, lwoo en vso"),
         ("p", "Voor lwoo, pro en vso is een besluit van het samenwerkingsverband nodig. De school verzorgt de "
               "aanvraag en begeleidt ouders daarbij. De procedure en de criteria staan in het Reglement "
               "Toelaatbaarheid en Terugplaatsing van het samenwerkingsverband. Leerlingen die vanuit het vso "
               "terugkeren, ontvangen wij met een warme overdracht en een vaste coach."),
         ("h1", "6 Ouders"),
         ("p", "Ouders zijn voor ons partners. Wij informeren ouders via de schoolgids, de ouderportal, drie "
               "ouderavonden per jaar en het mentorcontact. Over de ondersteuning van hun kind spreken wij ouders "
               "minstens twee keer per jaar. Heeft u een klacht, dan volgt u de klachtenregeling van de school; "
               "u kunt ook contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met "
               "een onderwijsconsulent."),
         ("h1", "7 Kwaliteit en resultaten"),
         ("p", "Onze doelen voor dit schooljaar: ten minste 95 procent van de leerlingen met een OPP stroomt door "
               "naar het volgende leerjaar of behaalt een diploma; het aantal schorsingen daalt met een kwart. "
               "Wij meten dit met ons leerlingvolgsysteem en rapporteren erover in het jaarverslag van de school."),
         ("h1", "8 Middelen"),
         ("p", "Het Baken ontvangt van het samenwerkingsverband een basisbudget per leerling en de lwoo-middelen. "
               "Wij besteden deze middelen aan de Trajectvoorziening (1,6 fte), extra uren "
               "ondersteuningscoördinatie (0,8 fte) en de huiswerkklas. Over de besteding leggen wij jaarlijks "
               "verantwoording af aan het samenwerkingsverband."),
         ("h1", "9 Vaststelling"),
         ("p", "Dit profiel is vastgesteld door de directie op 30 september 2025, na positief advies van de "
               "medezeggenschapsraad op 23 september 2025. Het profiel wordt jaarlijks geactualiseerd."),
         ]
    return b


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

def dump_label(name, data):
    """Write the label in the documented layout (elements as a flow map,
    criteria one per line) and check that it round-trips through PyYAML."""
    def q(s):
        return yaml.safe_dump(s, allow_unicode=True, width=10000, default_style='"').strip()
    lines = [f"documents: [{', '.join(data['documents'])}]",
             f"sector: {data['sector']}",
             f"looks_like_plan: {'true' if data['looks_like_plan'] else 'false'}"]
    if data["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in data["elements"].items()) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if data['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in data["advisory"].items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in data["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    text = "\n".join(lines) + "\n"
    parsed = yaml.safe_load(text)
    assert parsed["documents"] == data["documents"]
    assert parsed["notes"] == data["notes"], name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def label(name, documents, sector, false_keys, advisory, notes):
    criteria = crit(false_keys)
    elements = {}
    for el in ELEMENTS:
        vals = [criteria[k] for k in CORE if k.startswith(el + ".")]
        if all(vals):
            elements[el] = "present"
        elif any(vals) or advisory.get(el):
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    assert set(notes) >= set(ELEMENTS), name
    dump_label(name, dict(documents=documents, sector=sector, looks_like_plan=True, elements=elements,
                          criteria=criteria, advisory={k: v for k, v in advisory.items() if v}, notes=notes))
    return elements


LABELS = {
    "po-rivierland-2026": dict(
        documents=["po-rivierland-2026.docx", "po-rivierland-2026.pdf"], sector="po",
        false_keys={"financien.besteding"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 3 'Wat elke school biedt': ondergrens for every vestiging in prose; the content is only in the table (IB-tijd, dyslexie, OPP, ...); kwaliteitsgesprek/verbeterplan = borging.",
            "plaatsing": "ch. 5 only points to the annex, but Bijlage A Handboek Toewijzing is included in full: art. 1-2 procedure/termijnen, art. 3 criteria, art. 4 duur/categorie, art. 5 bezwaar/LBT.",
            "terugstroom": "no terugstroom chapter; covered inside the TLV annex, Bijlage A art. 6 (evaluation by 1 Feb, Commissie decides by 1 April, end 31 July; thuisnabij policy, terugkeerarrangement; 11 pupils 2024-2025).",
            "financien": "ch. 6 'Geld en middelen' gives the 70/20/10 verdeelsleutel with criteria, reserves and school verantwoording, but the meerjarenbegroting is only 'bijlage C', which is not in the document (TOC says apart document).",
            "dekkend-aanbod": "ch. 4 five-step continuum; 'Zicht op hiaten en thuiszitters' gives the yearly gap analysis, thuiszitters procedure and zorgplicht; OOGO jeugdhulp in ch. 8.",
            "resultaten": "ch. 7 'Kwaliteit': table of beoogde resultaten with streefwaarden plus November/May monitor and jaarverslag.",
            "ouders": "ch. 9 'Communicatie': website/brochure/ouderavonden and Ouder- en Jeugdsteunpunt Rivierland, onderwijsconsulenten, Geschillencommissie; OPR composition in ch. 8.",
        }),
    "vo-kempenrand-2026": dict(
        documents=["vo-kempenrand-2026.docx"], sector="vo",
        false_keys={"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                    "resultaten.monitoring", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 3 defines the minimum per vestiging; the content is in the Kwaliteitskader, which IS included as Bijlage 1 (standards B1-B7, audit every 3 years).",
            "plaatsing": "ch. 5 gives the vso and lwoo/pro procedure (Loket, CvT, 2 deskundigen, 6 weeks, 1 March/1 May) but the criteria and bezwaar are only in the Reglement Toelaatbaarheid on the website (not included).",
            "terugstroom": "only a deferral at the end of ch. 5 ('werken wij in de loop van 2027 ... uit in een apart protocol') and a glossary entry in Bijlage 2; OPDC return is not vso terugstroom.",
            "financien": "ch. 7 'Geld en middelen': vaste voet EUR 25.000 + EUR 38 per pupil, lwoo/pro doorgegeven, meerjarenbegroting table 2026-2029, weerstandsvermogen.",
            "dekkend-aanbod": "ch. 4 three treden (school, OPDC/Time-out, vso); ch. 6 thuiszitterstafel, zorgplicht, yearly gap analysis; OOGO jeugdhulp in ch. 10.",
            "resultaten": "ch. 8 'Opbrengsten' lists measurable targets for 2030, but measuring/reporting is deferred to a monitoringskader 'in 2027 (p.m.)'; glossary 'gemeten in de kwaliteitsmonitor' does not count.",
            "ouders": "ch. 9: information via website, brochure, voorlichtingsavonden, schoolgids; the ouder- en jeugdsteunpunt is only announced ('hoe het eruit gaat zien, volgt'); OJSP only in the abbreviation list.",
        }),
    "po-de-linge-2026": dict(
        documents=["po-de-linge-2026.pdf"], sector="po",
        false_keys={"basisondersteuning.inhoud", "terugstroom.procedure", "financien.verdeling",
                    "financien.besteding", "resultaten.doelen", "resultaten.monitoring"},
        advisory={"plaatsing": ["deskundigen", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 3 'De basis op orde' states the ondergrens per vestiging, but the concrete voorzieningen are referred to the schools' SOPs (not included); the begrippenlijst lists contents (trap, does not count).",
            "plaatsing": "ch. 5: five numbered steps (bestuur applies to ACT, 2 deskundigen, besluit within 6 weeks), criteria only in a table, bezwaar via LBT; duration/category only named, not specified.",
            "terugstroom": "ch. 6 'Na het speciaal onderwijs' states policy (not an eindstation, conditions, 20-week terugkeerbegeleiding) but steps/initiative/decision are deferred to a protocol 'in het voorjaar van 2027'.",
            "financien": "ch. 9 'Financiën' exists in the TOC but only says it will be completed after the 2027 begroting (p.m.); meerjarenbegroting only in the begrippenlijst.",
            "dekkend-aanbod": "ch. 4 four layers incl. Lingeklas, Denkwerkplaats, Samen naar School (onderwijs-zorg); ch. 7 'Ieder kind een plek': Doorbraakteam within 5 days, twice-yearly gap inventory.",
            "resultaten": "ch. 8 'Kwaliteit en resultaten' only defers ('In de loop van 2027 stellen wij ... vast') and refers to the previous plan; glossary definition does not count.",
            "ouders": "ch. 10 'Communicatie': 'Voor ouders' web page, folder, inloopavond; Wegwijzer Linge ouder- en jeugdsteunpunt, onderwijsconsulenten, klachtencommissie.",
        }),
    "vo-zuidkust-2026": dict(
        documents=["vo-zuidkust-2026.pdf", "vo-zuidkust-2026.docx"], sector="vo",
        false_keys={"basisondersteuning.niveau", "basisondersteuning.inhoud", "dekkend-aanbod.lacunes",
                    "ouders.informatie", "ouders.steunpunt"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "ch. 3 says basisondersteuning is not part of the plan and points to the Kader Basisondersteuning on the website (bijlage 1 'apart document', not included); 'BO' only in the abbreviation list.",
            "plaatsing": "ch. 6 summary plus the included Bijlage 2 Reglement: art. 1-2 procedure (commissie, 2 deskundigen, 6 weeks), art. 3 vso criteria, art. 4 lwoo/pro, art. 5 duration/category; no bezwaar.",
            "terugstroom": "not in the body: Bijlage 2 art. 9 (vso initiates evaluation before 1 March, overdracht before 1 May, commissie decides, ends 31 July) and art. 10 policy and support after return, yearly registration.",
            "financien": "ch. 7 'Geld en middelen': three distribution rules (EUR 62 per pupil etc.), begroting table 2026-2029, verantwoording before 1 April.",
            "dekkend-aanbod": "ch. 4 four treden plus Kustlijn onderwijs-zorgarrangement = continuum; ch. 5 'Dekkend netwerk' refers gap handling/thuiszitters to the Handboek Dekkend Netwerk, not included.",
            "resultaten": "ch. 8 'Kwaliteitszorg': four beoogde resultaten with figures, quarterly data, twice-yearly monitor, jaarverslag before 1 July.",
            "ouders": "nothing: ch. 9 'Communicatie' addresses schools and gemeenten and defers parents to 'communicatieplan 2027'; OPR paragraph is procedural; OJSP only in the abbreviation list; 'ouders' only in passing.",
        }),
    "po-veenstreek-2026": dict(
        documents=["po-veenstreek-2026.html"], sector="po",
        false_keys={"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"},
        advisory={"financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 3 'Wat ieder kind overal krijgt': same ondergrens on all 46 schools, agreed by the 8 boards, followed by the concrete list (IB within 2 weeks, dyslexie, OPP, consultatie ...).",
            "plaatsing": "ch. 4 'Toelaatbaarheid' only refers to the Handboek Toelaatbaarheid on the website ('geen onderdeel van dit plan'); deskundigen/commissie only in the Begrippen table.",
            "terugstroom": "ch. 5 'Terug naar de basisschool' gives the steps (1 March evaluation, overdracht before 15 May, who initiates/decides, 6-week evaluation) but policy is 'wordt nader uitgewerkt'.",
            "financien": "ch. 7 'Geldzaken' has a meerjarenbegroting with amounts (besteding) and weerstandsvermogen, but the verdeelsleutel/criteria are deferred to 2027 ('verdeling p.m.').",
            "dekkend-aanbod": "only a passing sentence 'Samen bouwen wij verder aan een dekkend aanbod' and glossary entries (dekkend netwerk, thuiszitter, zorgplicht); OOGO paragraph is procedural only.",
            "resultaten": "ch. 6 'Waar staan we in 2030?': table of targets with 2025 baseline; 'Zo houden we de vinger aan de pols' gives data moments and reporting.",
            "ouders": "ch. 8 'Communicatie': website, intake, schoolgids, spreekuur; Ouder- en Jeugdsteunpunt Drenthe, onderwijsconsulent, Geschillencommissie; OPR with parents.",
        }),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = {"po-rivierland-2026": plan_rivierland, "vo-kempenrand-2026": plan_kempenrand,
             "po-de-linge-2026": plan_linge, "vo-zuidkust-2026": plan_zuidkust,
             "po-veenstreek-2026": plan_veenstreek}
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout212_gen_"))
    try:
        for name, fn in plans.items():
            c, blocks = fn()
            header = f"{c['swv']} · Ondersteuningsplan {c['period']}"
            n = words_of(blocks)
            assert n >= 3000, (name, n)
            docs = LABELS[name]["documents"]
            if any(d.endswith(".html") for d in docs):
                write_html(blocks, OUT / f"{name}.html", header)
            if any(d.endswith(".docx") or d.endswith(".pdf") for d in docs):
                tmp_docx = tmpdir / f"{name}.docx"
                write_docx(blocks, tmp_docx, header)
                if f"{name}.docx" in docs:
                    shutil.copy(tmp_docx, OUT / f"{name}.docx")
                if f"{name}.pdf" in docs:
                    docx_to_pdf(tmp_docx, OUT / f"{name}.pdf")
            lab = LABELS[name]
            els = label(name, lab["documents"], lab["sector"], lab["false_keys"], lab["advisory"], lab["notes"])
            print(f"{name}: {n} words, {els}")
        write_docx(sop_het_baken(), OUT / "vo-sop-het-baken.docx", "OSG Het Baken · Schoolondersteuningsprofiel")
        dump_label("vo-sop-het-baken", dict(
            documents=["vo-sop-het-baken.docx"], sector="vo", looks_like_plan=False, elements={}, criteria={},
            advisory={}, notes={"document": "A single school's schoolondersteuningsprofiel (part of the schoolgids, "
                                            "adopted by the directie after MR advice), not an ondersteuningsplan of "
                                            "the samenwerkingsverband: no OPR, OOGO, planperiode or verdeelmodel; "
                                            "it only refers to the SWV's Reglement and Kader."}))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
