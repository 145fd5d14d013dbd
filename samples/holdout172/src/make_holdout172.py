#!/usr/bin/env python3
"""Generate holdout172: five fictional ondersteuningsplannen (PO/VO) and one near-miss document,
each with an .expected.yaml label file. Deterministic, no network.

Output directory: the folder above this script (holdout172/).
"""
import html
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]

# --------------------------------------------------------------------------------------------
# Document model: list of (kind, payload). kinds: title, h1, h2, p, bullets, table, toc, pagebreak
# --------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(*items):
    return ("bullets", list(items))


def T(rows):
    return ("table", rows)


# ------------------------------- shared filler ----------------------------------------------

def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan "
          f"sinds de invoering van passend onderwijs in 2014, en het eerste dat volledig is geschreven "
          f"in de nieuwe bestuurlijke opzet van ons verband. In de afgelopen maanden hebben we gesproken "
          f"met directeuren, intern begeleiders, leerkrachten, schoolbesturen, de ondersteuningsplanraad, "
          f"gemeenten en ketenpartners. Wat ons opviel in al die gesprekken: iedereen wil hetzelfde, "
          f"namelijk dat kinderen zich kunnen ontwikkelen op een plek die bij hen past, dichtbij huis en "
          f"samen met leeftijdgenoten."),
        P("Tegelijk merken we dat de druk op scholen toeneemt. Het lerarentekort, de groei van het aantal "
          "kinderen met complexe vragen en de wachtlijsten in de jeugdhulp maken het werk er niet "
          "eenvoudiger op. Dit plan is daarom geen opsomming van mooie voornemens, maar een werkdocument. "
          "Het beschrijft wat we samen hebben afgesproken, wie waarvoor aan de lat staat en waar we de "
          "komende jaren in willen investeren. We zijn trots op wat scholen, ouders en partners de "
          "afgelopen periode samen hebben neergezet, en we realiseren ons dat de resultaten van die "
          "inspanning niet altijd direct zichtbaar zijn in cijfers."),
        P(f"Een woord van dank aan alle collega's die hebben meegelezen en meegeschreven. Zonder hun "
          f"scherpe vragen was dit plan minder leesbaar geworden. Wij wensen u veel leesplezier en "
          f"nodigen u uit om met ons in gesprek te blijven.\n\n{c['director']}, directeur-bestuurder"),
    ]


def leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P("Hoofdstuk 1 schetst de context van ons verband: de regio, de aangesloten besturen en de "
          "leerlingaantallen. Daarna volgen onze visie en missie en de manier waarop het verband is "
          "georganiseerd. De inhoudelijke hoofdstukken beschrijven de ondersteuning, de toewijzing en "
          "de samenwerking met partners. Het plan sluit af met de bedrijfsvoering, de planning van de "
          "komende jaren en een lijst met begrippen en afkortingen. Waar in de tekst een schoolbestuur "
          "wordt genoemd, bedoelen we het bevoegd gezag van de school waar de leerling staat ingeschreven."),
    ]


def context(c):
    rows = [["Schoolbestuur", "Aantal scholen", "Leerlingen (1-10-2025)"]]
    rows += c["boards"]
    return [
        H1("1. Ons samenwerkingsverband"),
        H2("1.1 De regio"),
        P(f"{c['name']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. Het gebied kent een mix van "
          f"kleine kernen en een middelgrote stad. In de kleinere dorpen staan scholen met soms minder "
          f"dan honderd leerlingen, terwijl in de stad scholen met meer dan vijfhonderd leerlingen "
          f"voorkomen. Die verscheidenheid vraagt om afspraken die voor alle scholen werkbaar zijn. "
          f"De leerlingaantallen dalen licht in de dorpen en stijgen in de nieuwbouwwijken van de stad. "
          f"De prognose voor de planperiode is een daling van circa twee procent over vier jaar."),
        P(f"Bij het verband zijn {len(c['boards'])} schoolbesturen aangesloten. Zij zijn samen "
          f"verantwoordelijk voor {c['nschools']} scholen. Daarnaast werken we samen met de scholen voor "
          f"speciaal onderwijs in en buiten de regio en met de samenwerkingsverbanden die aan ons "
          f"gebied grenzen."),
        H2("1.2 Aangesloten besturen en scholen"),
        T(rows),
        P("Bron: DUO, teldatum 1 oktober 2025. De aantallen zijn afgerond op hele leerlingen."),
    ]


def visie(c):
    return [
        H1("2. Visie, missie en ambities"),
        H2("2.1 Visie"),
        P("Wij geloven dat ieder kind recht heeft op onderwijs dat aansluit bij wat het kind nodig heeft. "
          "Dat onderwijs vindt bij voorkeur plaats in de eigen wijk of het eigen dorp, samen met "
          "leeftijdgenoten. Verschillen tussen kinderen zien we niet als probleem, maar als gegeven waar "
          "goed onderwijs mee om kan gaan. Scholen, ouders en partners werken daarbij samen vanuit "
          "vertrouwen en met oog voor elkaars rol. We kijken naar wat een kind nodig heeft en niet naar "
          "wat een kind mankeert."),
        P("Passend onderwijs is voor ons geen project, maar een manier van werken. Het vraagt leerkrachten "
          "die zich gesteund voelen, schoolleiders die ruimte geven en besturen die over hun eigen "
          "grenzen heen kijken. Het samenwerkingsverband faciliteert, verbindt en bewaakt de afspraken."),
        H2("2.2 Missie"),
        P(f"{c['short']} organiseert samen met de aangesloten besturen een samenhangend stelsel van "
          f"ondersteuning, zodat kinderen een ononderbroken ontwikkeling kunnen doormaken. Wij doen dat "
          f"dichtbij, doelmatig en transparant."),
        H2("2.3 Kernwaarden"),
        B("Dichtbij: ondersteuning zo dicht mogelijk bij het kind en de groep.",
          "Samen: besturen, scholen, ouders en partners delen verantwoordelijkheid.",
          "Eenvoudig: weinig bureaucratie, korte lijnen, heldere afspraken.",
          "Lerend: we leren van wat werkt en passen ons aan waar dat nodig is."),
    ]


def governance(c):
    return [
        H1(f"{c['gov_nr']}. Organisatie en governance"),
        H2(f"{c['gov_nr']}.1 Rechtsvorm en bestuursmodel"),
        P(f"{c['short']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; "
          f"het intern toezicht is belegd bij een raad van toezicht van vijf leden, van wie twee "
          f"onafhankelijk zijn. De aangesloten schoolbesturen vormen samen de Algemene Vergadering, die "
          f"onder meer de leden van de raad van toezicht benoemt en de statuten kan wijzigen. Het "
          f"managementstatuut en het toezichtskader zijn in 2024 geactualiseerd en sluiten aan bij de "
          f"{c.get('code_gb', 'Code Goed Bestuur in het primair onderwijs')}."),
        P("De directeur-bestuurder legt elk kwartaal verantwoording af aan de raad van toezicht. De raad "
          "heeft een auditcommissie en een commissie kwaliteit. Eenmaal per jaar evalueert de raad zijn "
          "eigen functioneren, eens in de drie jaar onder externe begeleiding."),
        H2(f"{c['gov_nr']}.2 Het bureau"),
        P(f"Het bureau van het samenwerkingsverband is gevestigd in {c['city']}. Er werken een "
          f"directeur-bestuurder, een beleidsmedewerker, een controller (gedeeld met een ander verband), "
          f"twee orthopedagogen, een secretaresse en een team van ondersteuningsconsulenten. In totaal gaat "
          f"het om circa {c['fte']} fte. Het bureau is bereikbaar op werkdagen tussen 8.30 en 16.30 uur."),
        H2(f"{c['gov_nr']}.3 Geschillen tussen besturen"),
        P("De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen en "
          "het samenwerkingsverband. Geschillen worden eerst bestuurlijk besproken; komen partijen er niet "
          "uit, dan wordt het geschil voorgelegd aan de Landelijke Geschillencommissie Passend Onderwijs."),
    ]


def opr(c):
    return [
        H2(f"{c['gov_nr']}.4 Medezeggenschap: de ondersteuningsplanraad"),
        P(f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan. De OPR telt "
          f"twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De raad "
          f"vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris. De OPR heeft "
          f"op {c['opr_date']} ingestemd met dit plan. Daarnaast heeft het samenwerkingsverband een eigen "
          f"medezeggenschapsraad voor het personeel van het bureau."),
    ]


def oogo(c, full=True):
    blocks = [H1(f"{c['oogo_nr']}. Samenwerking met gemeenten")]
    if full:
        blocks += [
            P(f"Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met "
              f"de gemeenten {c['gemeenten']} op {c['oogo_date']}. Gemeenten en samenwerkingsverband hebben "
              f"een gezamenlijke agenda opgesteld met afspraken over de aansluiting tussen onderwijs en "
              f"jeugdhulp. Per kern is een vaste contactpersoon van het sociaal team gekoppeld aan de "
              f"scholen, die aanschuift bij het ondersteuningsteam van de school wanneer dat nodig is."),
            P("Onderwerpen op de gezamenlijke agenda zijn onder meer leerlingenvervoer, onderwijshuisvesting, "
              "thuiszitters, de voorschoolse educatie en de inzet van jeugdhulp onder schooltijd. Voor "
              "kinderen die zowel onderwijs als zorg nodig hebben, maken school, jeugdhulpaanbieder en "
              "gemeente één plan met één regisseur (onderwijs-zorgarrangement). De bekostiging daarvan "
              "wordt per situatie afgesproken tussen gemeente en schoolbestuur."),
        ]
    else:
        blocks += [
            P(f"Het ontwerp van dit plan is voorgelegd aan de colleges van burgemeester en wethouders van "
              f"{c['gemeenten']}. Het op overeenstemming gericht overleg (OOGO) vond plaats op "
              f"{c['oogo_date']}; het verslag is ter inzage bij het bureau. De gemeenten hebben geen "
              f"bezwaren tegen het plan geuit."),
        ]
    return blocks


def personeel(c):
    return [
        H1(f"{c['pers_nr']}. Personeel en professionalisering"),
        P("Passend onderwijs staat of valt met de mensen in de school. Het lerarentekort raakt ook onze "
          "regio: op een aantal scholen zijn vacatures langdurig onvervuld en worden groepen verdeeld. "
          "Dat heeft gevolgen voor de ondersteuning die een school kan bieden. We volgen deze "
          "ontwikkeling met de besturen en zoeken samen naar oplossingen, zoals een gezamenlijke pool "
          "van onderwijsassistenten en het delen van specialisten tussen scholen."),
        P("Het samenwerkingsverband organiseert jaarlijks een netwerk voor intern begeleiders, een "
          "leergang voor nieuwe IB'ers en thematische bijeenkomsten voor leerkrachten, bijvoorbeeld over "
          "gedrag, meer- en hoogbegaafdheid en traumasensitief lesgeven. Deelname is kosteloos. Het "
          "personeel van het bureau volgt een eigen professionaliseringsplan; de orthopedagogen zijn "
          "geregistreerd in het BIG- of NVO-register en volgen intervisie."),
        P("Voor het personeel van de aangesloten scholen heeft dit plan geen directe rechtspositionele "
          "gevolgen. Personeel dat bij het samenwerkingsverband in dienst is, valt onder de " + c.get("cao", "cao po") + ". "
          "Bij gedetacheerde medewerkers blijft het schoolbestuur werkgever."),
    ]


def ict(c):
    return [
        H1(f"{c['ict_nr']}. ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gezondheidsgegevens, "
          "voor zover dat nodig is voor de wettelijke taken. Dossiers worden uitgewisseld via een beveiligde "
          "digitale omgeving die voldoet aan de AVG en de NEN 7510. Scholen sturen geen dossiers per "
          "e-mail. Toegang tot een dossier is beperkt tot de medewerkers die betrokken zijn bij de aanvraag."),
        P("Gegevens worden bewaard tot drie jaar na het besluit waarvoor ze zijn verzameld. Het samenwerkingsverband "
          "heeft een functionaris gegevensbescherming, gedeeld met vier andere verbanden, en een "
          "privacyreglement dat jaarlijks wordt getoetst. Datalekken worden binnen 72 uur gemeld bij de "
          "Autoriteit Persoonsgegevens. In 2025 is een nieuwe verwerkersovereenkomst gesloten met de "
          "leverancier van het dossierplatform."),
    ]


def planning(c, jaarverslag=True):
    rows = [["Periode", "Activiteit", "Verantwoordelijk"],
            ["september", "Start schooljaar, netwerk IB", "bureau"],
            ["november", "Gesprekken met besturen", "directeur-bestuurder"],
            ["december", "Vaststelling begroting", "directeur-bestuurder / RvT"],
            ["maart", "Tussentijdse evaluatie jaarplan", "bureau"],
            ["juni", "Jaarplan volgend schooljaar", "directeur-bestuurder"]]
    if jaarverslag:
        rows.append(["juni", "Jaarverslag en jaarrekening", "controller / RvT"])
    return [
        H1(f"{c['plan_nr']}. Planning en jaarcyclus"),
        P("Dit ondersteuningsplan geldt voor vier schooljaren. Het plan wordt uitgewerkt in een jaarplan "
          "per schooljaar. De jaarcyclus ziet er als volgt uit:"),
        T(rows),
        P("Wijzigingen in dit plan tijdens de planperiode worden voorgelegd aan de ondersteuningsplanraad. "
          "Het plan is vóór 1 mei voorafgaand aan de planperiode toegezonden aan de Inspectie van het "
          "Onderwijs."),
    ]


def begrippen(c, extra=(), items=None):
    items = items or [
        "Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep.",
        "Basisondersteuning: het afgesproken geheel van preventieve en licht curatieve interventies "
        "dat alle scholen van het samenwerkingsverband bieden.",
        "Dekkend aanbod: het geheel van voorzieningen waardoor elke leerling een passende plek heeft.",
        "IB'er: intern begeleider.",
        "OJSP: ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders en jongeren.",
        "OOGO: op overeenstemming gericht overleg met de gemeenten.",
        "OPP: ontwikkelingsperspectiefplan.",
        "OPR: ondersteuningsplanraad.",
        "Ouders: ouders, verzorgers en wettelijk vertegenwoordigers.",
        "SBO: speciaal basisonderwijs.",
        "SO: speciaal onderwijs (cluster 3 en 4).",
        "Terugplaatsing: de overstap van een leerling uit het s(b)o naar het regulier onderwijs.",
        "TLV: toelaatbaarheidsverklaring, het besluit van het samenwerkingsverband dat een leerling "
        "toelaatbaar is tot het sbo of so.",
        "Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen.",
    ] + list(extra)
    return [H1("Bijlage: Begrippen en afkortingen"), B(*sorted(items))]


# ------------------------------------- renderers --------------------------------------------

def toc_block(entries):
    return ("toc", entries)


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan - concept voor instemming OPR en OOGO"
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            for part in payload.split("\n\n"):
                doc.add_paragraph(part)
        elif kind == "bullets":
            for it in payload:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in payload:
                doc.add_paragraph(e)
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, title, nav):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>",
           '<header><nav><ul>' + "".join(f'<li><a href="#">{html.escape(n)}</a></li>' for n in nav)
           + "</ul></nav></header>", "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(payload)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(payload)}</h3>")
        elif kind == "p":
            for part in payload.split("\n\n"):
                out.append(f"<p>{html.escape(part)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in payload) + "</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(payload):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(x))}</{tag}>" for x in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>'
                       + "".join(f"<li>{html.escape(e)}</li>" for e in payload) + "</ol></nav>")
    out += ["</main>",
            "<footer><p>© Samenwerkingsverband. Thema's: basisondersteuning, dekkend aanbod, "
            "toelaatbaarheid, ouders.</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text, tmpdir):
    tmp_docx = Path(tmpdir) / (path.stem + ".docx")
    render_docx(blocks, tmp_docx, header_text)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmpdir}/lo_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(tmp_docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(Path(tmpdir) / (path.stem + ".pdf"), path)


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("title", "h1", "h2", "p"):
            n += len(payload.split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in payload)
        elif kind == "table":
            n += sum(len(str(x).split()) for row in payload for x in row)
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks=True):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria, "advisory_addressed": advisory,
            "notes": notes}
    if looks:
        assert list(criteria) == CORE, name
        for el, st in elements.items():
            vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
            exp = "present" if all(vals) else ("partial" if any(vals) or advisory.get(el) else "missing")
            assert exp == st, (name, el, st, exp)
    # flow style for documents/elements, block style for the rest
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def crit(**kw):
    out = {}
    for k in CORE:
        out[k] = kw[k.replace("-", "_").replace(".", "__")]
    return out


# =============================== Plan A: po-lingedal.docx ====================================

def plan_a():
    c = dict(name="Samenwerkingsverband Passend Primair Lingedal", short="SWV Lingedal", code="PO 29-04",
             period="2026-2030", director="drs. M.J. (Marieke) van Hulten", city="Geldermalsen-Oost",
             gemeenten="Lingewaal-Oost, Beesd en Asperen-Haaften", nschools=41, fte="9,8",
             opr_date="10 maart 2026", oogo_date="24 februari 2026",
             boards=[["Stichting Lingeschool", "14", "3.412"], ["PCO De Waard", "11", "2.207"],
                     ["Stichting Katholiek Onderwijs Rivierenland", "9", "1.954"],
                     ["SBO De Brug (Stichting Lingeschool)", "1", "148"],
                     ["Eenpitters (5 besturen)", "6", "1.036"]],
             gov_nr=8, oogo_nr=7, pers_nr=9, ict_nr=10, plan_nr=11)
    bl = [("title", "Ondersteuningsplan 2026-2030 - Samen sterk voor elk kind"),
          P(f"{c['name']} ({c['code']})\nVastgesteld door de directeur-bestuurder op 17 maart 2026, na "
            f"instemming van de OPR en na OOGO met de gemeenten."),
          toc_block(["Voorwoord", "1. Ons samenwerkingsverband", "2. Visie, missie en ambities",
                     "3. Basisondersteuning: wat elke school biedt",
                     "4. Extra ondersteuning, arrangementen en dekkend aanbod",
                     "5. Toelaatbaarheid en plaatsing in sbo en so",
                     "6. Ambities en beoogde resultaten", "7. Samenwerking met gemeenten",
                     "8. Organisatie en governance", "9. Personeel en professionalisering",
                     "10. ICT, privacy en gegevensbescherming", "11. Planning en jaarcyclus",
                     "12. Geld en middelen", "13. Communicatie",
                     "Bijlage: Begrippen en afkortingen (ouders, terugplaatsing, TLV, verdeelmodel)"])]
    bl += voorwoord(c) + totstandkoming(c) + leeswijzer(c) + context(c) + visie(c) + landelijk(c)
    bl += [
        H1("3. Basisondersteuning: wat elke school biedt"),
        P("In ons verband hebben de besturen afgesproken welk niveau van ondersteuning iedere school, op "
          "iedere vestiging, minimaal biedt. Dat afgesproken niveau noemen we de basisondersteuning. Het is "
          "de ondergrens: geen enkele school in Lingedal mag eronder zitten, ook niet een kleine dorpsschool "
          "met twee combinatiegroepen. Ouders kunnen dus van elke school hetzelfde minimum verwachten, "
          "ongeacht het bestuur of de denominatie van de school."),
        P("De basisondersteuning bestaat uit tien afspraken. Iedere school:"),
        B("heeft een intern begeleider die minimaal één dag per week per 150 leerlingen beschikbaar is;",
          "werkt handelingsgericht, met groepsbesprekingen en leerlingbesprekingen minimaal drie keer per jaar;",
          "voert het landelijke protocol leesproblemen en dyslexie uit, inclusief de signalering in groep 2 en 3;",
          "heeft een aanpak voor rekenproblemen en dyscalculie volgens het protocol ERWD;",
          "biedt een programma voor sociale veiligheid en monitort dit jaarlijks met een gevalideerd instrument;",
          "heeft een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
          "kan NT2-leerlingen opvangen met een taalaanbod in de eigen groep;",
          "heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren;",
          "werkt samen met de jeugdverpleegkundige en het sociaal team van de gemeente;",
          "kan een ontwikkelingsperspectiefplan opstellen en bespreekt dit met ouders."),
        P("Deze tien afspraken zijn uitgewerkt in een kwaliteitskaart. Elke school beschrijft in de schoolgids "
          "hoe zij de afspraken invult. Eens in de twee jaar voert het bureau samen met de schoolleider een "
          "kort gesprek over de kwaliteitskaart; scholen die op onderdelen onder het niveau zitten, maken een "
          "verbeterplan met een termijn van maximaal een jaar."),
        H1("4. Extra ondersteuning, arrangementen en dekkend aanbod"),
        H2("4.1 Van basis naar extra"),
        P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school de leerling "
          "in het ondersteuningsteam (OT). Daarin zitten de IB'er, de ouders, de consulent van het "
          "samenwerkingsverband en waar nodig de contactpersoon van het sociaal team. Het OT kan de volgende "
          "vormen van extra ondersteuning inzetten:"),
        T([["Niveau", "Vorm", "Waar"],
           ["1", "Basisondersteuning", "elke school"],
           ["2", "Licht arrangement: advies en begeleiding door een consulent, max. 10 weken", "eigen school"],
           ["3", "Arrangement op maat: extra handen of specialist in de groep, 3-12 maanden", "eigen school"],
           ["4", "Groepsarrangement: Taalklas, Plusklas (1 dag per week), Observatiegroep De Stap", "3 locaties"],
           ["5", "Speciaal basisonderwijs", "SBO De Brug"],
           ["6", "Speciaal onderwijs cluster 3 en 4", "SO-scholen in en buiten de regio"]]),
        P("De niveaus sluiten op elkaar aan: een leerling kan van een licht arrangement doorstromen naar een "
          "arrangement op maat zonder nieuwe aanvraag, en de observatiegroep De Stap is bedoeld als "
          "tussenstap waarna het kind meestal terugkeert naar de eigen school."),
        H2("4.2 Een passende plek voor elk kind"),
        P("Wij willen dat geen kind thuis zit. Het bureau houdt daarom per kwartaal met de leerplichtambtenaren "
          "een overzicht bij van alle thuiszitters en van leerlingen met een (gedeeltelijke) vrijstelling. "
          "Binnen vijf werkdagen na een melding belegt de consulent een overleg met school, ouders en "
          "leerplicht, en wordt een casusregisseur aangewezen. Lukt het niet binnen zes weken een passende "
          "plek te vinden, dan schaalt de consulent op naar de directeur-bestuurder, die met de besturen "
          "een plek afdwingt binnen de zorgplicht."),
        P("Eens per jaar analyseren we met de besturen waar het aanbod tekortschiet. De laatste analyse (2025) "
          "liet zien dat er geen passend aanbod is voor jonge kinderen met ernstige gedragsproblemen in de "
          "dorpen. Daarom starten we in 2026 een tweede observatiegroep in Asperen-Haaften. Ook is het "
          "aantal plekken in de Plusklas uitgebreid van 24 naar 36."),
        H1("5. Toelaatbaarheid en plaatsing in sbo en so"),
        P("Soms is een plek in het speciaal basisonderwijs of het speciaal onderwijs de beste oplossing. "
          "Het samenwerkingsverband geeft daarvoor een toelaatbaarheidsverklaring af. De werkwijze, de "
          "formulieren en de afspraken rond deze aanvragen zijn opgenomen in het Handboek Toewijzing "
          "Lingedal, dat op onze website staat en jaarlijks wordt bijgewerkt. Schoolbesturen en ouders "
          "vinden daar alle informatie."),
        H2("5.1 Einde van de TLV en terug naar de basisschool"),
        P("Een plaatsing in het sbo of so is niet altijd blijvend. Voor iedere leerling met een TLV geldt "
          "de volgende werkwijze. In het laatste schooljaar waarvoor de TLV geldt, bespreekt de s(b)o-school "
          "uiterlijk in januari in het multidisciplinair overleg of de leerling kan terugkeren naar een "
          "reguliere basisschool. De s(b)o-school neemt daartoe het initiatief en nodigt de ouders en de "
          "consulent van het samenwerkingsverband uit. Blijkt terugkeer mogelijk, dan zoeken ouders met "
          "hulp van de consulent een basisschool; de s(b)o-school en de ontvangende school maken vóór "
          "1 mei een overdrachtsplan. De ontvangende schooldirecteur besluit over de inschrijving. Na drie "
          "en na zes maanden evalueren beide scholen met de ouders hoe het gaat. Blijkt terugkeer niet "
          "mogelijk, dan vraagt de s(b)o-school vóór 1 april een nieuwe TLV aan."),
        P("Welke ambities het samenwerkingsverband heeft op het gebied van terugplaatsing en welke "
          "voorwaarden we daaraan verbinden, bepalen we in de loop van de planperiode samen met het sbo en "
          "de so-scholen."),
        H1("6. Ambities en beoogde resultaten"),
        P("Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
          "ondersteuningsbehoefte geformuleerd:"),
        T([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
           ["Aantal thuiszitters langer dan 4 weken", "9", "maximaal 3"],
           ["Deelnamepercentage sbo", "2,1%", "ten hoogste 2,0%"],
           ["Leerlingen met arrangement dat doelen OPP haalt", "61%", "ten minste 75%"],
           ["Scholen die alle 10 afspraken basisondersteuning halen", "33 van 41", "41 van 41"],
           ["Wachttijd tot start arrangement", "7 weken", "binnen 4 weken"]]),
        P("Hoe en door wie deze resultaten gevolgd gaan worden en hoe we erover rapporteren, leggen we vast "
          "in een kwaliteitskader dat in de loop van 2027 wordt opgesteld. Tot die tijd zijn de streefwaarden "
          "richtinggevend."),
    ]
    bl += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c, jaarverslag=False)
    bl += [
        H1("12. Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. In "
          "2026 gaat het om ruim 5,1 miljoen euro. Na aftrek van de afdrachten voor het so en het sbo "
          "resteert een bedrag dat we als volgt verdelen. Elk schoolbestuur ontvangt een vast bedrag van "
          "€ 95 per leerling (teldatum 1 oktober voorafgaand) voor de basisondersteuning en lichte arrangementen. "
          "Daarnaast ontvangt elke school een vaste voet van € 6.000, zodat ook kleine scholen een IB'er kunnen "
          "inzetten. De arrangementen op maat en de groepsarrangementen worden centraal bekostigd: het OT "
          "vraagt aan, de consulent toetst aan de criteria van het arrangement en het bureau kent het "
          "budget toe binnen tien werkdagen."),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten rijksbijdrage", "5.120", "5.060", "5.010", "4.960"],
           ["Afdracht so (DUO)", "1.580", "1.560", "1.540", "1.520"],
           ["Afdracht sbo / groei", "720", "715", "705", "700"],
           ["Budget per leerling naar besturen", "830", "820", "815", "805"],
           ["Vaste voet scholen", "246", "246", "240", "240"],
           ["Arrangementen op maat en groepsarrangementen", "1.090", "1.070", "1.060", "1.050"],
           ["Bureau en consulenten", "640", "650", "660", "665"],
           ["Resultaat", "14", "-1", "-10", "-20"]]),
        P("Het weerstandsvermogen ligt eind 2025 op 9%. We houden een signaleringswaarde aan van 5% en bouwen "
          "de reserve de komende jaren licht af. Schoolbesturen leggen jaarlijks vóór 1 juni verantwoording af "
          "over de besteding van het budget per leerling, met een korte inhoudelijke toelichting."),
        H1("13. Communicatie"),
        P("Goede informatie voorkomt misverstanden. Het samenwerkingsverband informeert ouders over de "
          "ondersteuningsmogelijkheden via de website, een ouderbrochure die elke school uitdeelt bij "
          "aanmelding, en twee informatieavonden per jaar in verschillende kernen. Scholen beschrijven hun "
          "ondersteuning in de schoolgids. Intern begeleiders hebben een informatiemap voor het eerste "
          "gesprek met ouders."),
        P("Ouders die een vraag hebben of het niet eens zijn met de school of het samenwerkingsverband, "
          "kunnen terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland (telefonisch, per "
          "mail of op het spreekuur in de bibliotheek). Ook kunnen ouders kosteloos een onderwijsconsulent "
          "inschakelen. Voor klachten geldt de klachtenregeling van het samenwerkingsverband; het verband is "
          "aangesloten bij de Landelijke Klachtencommissie Onderwijs. Ouders zijn vertegenwoordigd in de "
          "OPR en zijn volwaardig gesprekspartner in het ondersteuningsteam."),
        P("Voor professionals verschijnt vier keer per jaar een nieuwsbrief. Het bureau is actief op "
          "LinkedIn en organiseert jaarlijks een regiodag voor alle intern begeleiders."),
    ]
    bl += begrippen(c)
    return c, bl


def labels_a():
    cr = crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=True,
              plaatsing__procedure=False, plaatsing__criteria=False,
              terugstroom__procedure=True, terugstroom__beleid=False,
              financien__verdeling=True, financien__besteding=True,
              dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=True,
              resultaten__doelen=True, resultaten__monitoring=False,
              ouders__informatie=True, ouders__steunpunt=True)
    el = dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present")
    adv = {"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3: niveau for every vestiging plus ten concrete afspraken; kwaliteitskaart gesprek = borging.",
        "plaatsing": "H5 only says the TLV is issued and refers to the Handboek Toewijzing on the website; no procedure, criteria, deskundigen, duration or bezwaar in the text.",
        "terugstroom": "Procedure hidden in 5.1 inside the TLV chapter (initiative s(b)o, January MDO, overdrachtsplan before 1 May, evaluations); policy explicitly deferred ('bepalen we in de loop van de planperiode').",
        "financien": "H12 'Geld en middelen': EUR 95 per leerling + vaste voet + central arrangements; meerjarenbegroting table; weerstandsvermogen; verantwoording before 1 June.",
        "dekkend-aanbod": "H4 continuum table niveau 1-6; 4.2 thuiszitters approach, annual gap analysis; H7 OOGO agenda.",
        "resultaten": "H6 target table with nulmeting and streefwaarden; monitoring/reporting deferred to a kwaliteitskader 'in de loop van 2027'.",
        "ouders": "Only in H13 'Communicatie': website, brochure, info evenings; OJSP Rivierenland, onderwijsconsulenten, klachtenregeling.",
    }
    return cr, el, adv, notes


# =============================== Plan B: po-bredekring.docx ==================================

def plan_b():
    c = dict(name="Samenwerkingsverband PO De Brede Kring", short="De Brede Kring", code="PO 27-12",
             period="2026-2030", director="J.A. (Jeroen) Schreuder MEd", city="Zuidwolde-Kring",
             gemeenten="Hoogeveld, Zandwijk en Oosterkamp", nschools=52, fte="12,4",
             opr_date="2 april 2026", oogo_date="12 maart 2026",
             boards=[["Stichting Openbaar Onderwijs Hoogeveld", "19", "4.980"],
                     ["Vereniging CBO Zandwijk", "16", "3.711"], ["Stichting Kindwijs", "12", "2.630"],
                     ["Stichting SBO De Kring", "2", "262"], ["Eenpitters", "3", "410"]],
             gov_nr=7, oogo_nr=6, pers_nr=8, ict_nr=9, plan_nr=10)
    bl = [("title", "Ondersteuningsplan De Brede Kring 2026-2030"),
          P(f"{c['name']} - {c['code']}\nVersie 1.3, definitief na instemming OPR"),
          toc_block(["Voorwoord", "1 Ons samenwerkingsverband", "2 Visie, missie en ambities",
                     "3 Basisondersteuning", "4 Het ondersteuningscontinuüm",
                     "5 Toewijzing: toelaatbaarheidsverklaringen sbo en so",
                     "   5.5 Terugplaatsing en overplaatsing",
                     "6 Samenwerking met gemeenten", "7 Organisatie en governance",
                     "8 Personeel", "9 ICT en privacy", "10 Planning", "11 Kwaliteit en resultaten",
                     "12 Financiën en meerjarenbegroting", "13 Ouders: informatie en onafhankelijke steun",
                     "Bijlage 1 Begrippen", "Bijlage 2 Kwaliteitskaart basisondersteuning (apart document)"])]
    bl += voorwoord(c) + totstandkoming(c) + leeswijzer(c) + context(c) + visie(c) + landelijk(c) + inclusie(c)
    bl += [
        H1("3 Basisondersteuning"),
        P("De basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen binnen "
          "De Brede Kring ten minste bieden. Het is een gezamenlijke afspraak van de besturen en geldt als "
          "minimumniveau: een school mag meer bieden, maar nooit minder. Het niveau is in 2025 door de "
          "besturen opnieuw bekrachtigd."),
        P("Welke voorzieningen, interventies en expertise daar precies onder vallen, is beschreven in de "
          "Kwaliteitskaart basisondersteuning De Brede Kring (bijlage 2). De kwaliteitskaart is als apart "
          "document beschikbaar bij het bureau. Elke school toetst zichzelf eenmaal per twee jaar aan de "
          "kwaliteitskaart; daarna volgt een audit door twee collega-directeuren en de beleidsmedewerker. "
          "Scholen die niet aan de kaart voldoen, stellen binnen drie maanden een verbeterplan op dat "
          "met het bestuur wordt besproken."),
        P("Het samenwerkingsverband heeft de ambitie om de basisondersteuning de komende jaren te laten "
          "aansluiten bij de landelijke norm, zodra die er is. De besturen zijn daarover met elkaar in gesprek."),
        H1("4 Het ondersteuningscontinuüm"),
        P("Ondersteuning in De Brede Kring is opgebouwd als een doorlopende lijn. Wat de basisondersteuning "
          "overstijgt, wordt eerst binnen de school en het eigen bestuur opgepakt, daarna met hulp van het "
          "samenwerkingsverband en pas als laatste in een speciale voorziening."),
        T([["Fase", "Ondersteuning", "Wie beslist"],
           ["A", "Basisondersteuning in de groep", "school"],
           ["B", "Bestuursarrangementen (remedial teaching, gedragsspecialist, taalondersteuning)", "bestuur"],
           ["C", "Kringarrangement: ambulante begeleiding of specialist uit het expertiseteam, max. 1 jaar",
            "bureau, na OT"],
           ["D", "Plusvoorziening De Kei (voltijds, 24 plaatsen) en Taalschool voor nieuwkomers", "bureau"],
           ["E", "Speciaal basisonderwijs (2 locaties)", "Commissie Toelaatbaarheid"],
           ["F", "Speciaal onderwijs cluster 3 en 4", "Commissie Toelaatbaarheid"]]),
        P("Geen kind valt tussen wal en schip. Elke leerling die langer dan twee weken niet naar school gaat "
          "zonder geldige reden, wordt door de school gemeld bij het thuiszittersoverleg. Dat overleg komt "
          "elke maand bijeen en bestaat uit leerplicht, een consulent van het verband en een "
          "gedragswetenschapper. Binnen tien schooldagen ligt er een plan met een datum waarop de leerling "
          "weer onderwijs volgt. Komt een bestuur zijn zorgplicht niet na, dan heeft de directeur-bestuurder "
          "doorzettingsmacht om een tijdelijke plek op een andere school te regelen. Tweemaal per jaar "
          "bespreken we met de besturen welke leerlingen geen passend aanbod vonden, en welke voorzieningen "
          "daarom nodig zijn."),
        H1("5 Toewijzing: toelaatbaarheidsverklaringen sbo en so"),
        H2("5.1 De aanvraag"),
        P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar "
          "de leerling is ingeschreven of is aangemeld. De school dient de aanvraag in via het digitale loket. "
          "Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectiefplan, het verslag van het "
          "ondersteuningsteam en het onderwijskundig rapport. Een aanvraag is pas compleet als al deze "
          "stukken aanwezig zijn."),
        H2("5.2 Besluitvorming en deskundigen"),
        P("De Commissie Toelaatbaarheid van het samenwerkingsverband neemt het besluit namens de "
          "directeur-bestuurder, binnen zes weken na ontvangst van een complete aanvraag. Voor ieder besluit "
          "vraagt de commissie advies aan twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk "
          "van de leerling een tweede deskundige (kinderpsychiater, maatschappelijk werker, pedagoog of arts). "
          "Beide deskundigen brengen ieder een eigen schriftelijk advies uit. Een deskundige die betrokken "
          "was bij de aanvraag, adviseert niet over dezelfde leerling."),
        H2("5.3 Criteria"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
        B("de school heeft de basisondersteuning en ten minste één kringarrangement (fase C) gedurende "
          "minimaal zes maanden ingezet en geëvalueerd;",
          "de leerling heeft een ondersteuningsbehoefte op twee of meer gebieden (leren, gedrag, werkhouding, "
          "sociaal-emotioneel) die in een groep van 25 leerlingen niet kan worden geboden;",
          "de leerling profiteert naar verwachting van een kleinere groep en een aangepast curriculum."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs als de ondersteuningsbehoefte intensieve "
          "specialistische begeleiding, een vorm van behandeling of zorg onder schooltijd vraagt die ook in "
          "het sbo niet kan worden geboden, of als de leerling een zeer laag ontwikkelingsperspectief heeft "
          "(uitstroombestemming dagbesteding of arbeid)."),
        H2("5.4 Duur en categorie"),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
          "afgegeven voor één of twee schooljaren en loopt altijd tot 31 juli. De commissie bepaalt bij een "
          "TLV voor het so de bekostigingscategorie: laag (cluster 4 en zmlk), midden (langdurig zieke "
          "en lichamelijk gehandicapte leerlingen) of hoog (meervoudig gehandicapte leerlingen)."),
        H2("5.5 Terugplaatsing en overplaatsing"),
        P("Een plaatsing in het s(b)o is in De Brede Kring bedoeld als tijdelijke stap wanneer dat kan. Ons "
          "beleid is dat elke leerling in het sbo of so jaarlijks wordt bekeken op de mogelijkheid van "
          "terugplaatsing naar een basisschool, het liefst in de eigen wijk. Voorwaarde is dat het "
          "ontwikkelingsperspectief en de ondersteuningsbehoefte dat toelaten en dat een basisschool de "
          "benodigde ondersteuning kan bieden. Na terugplaatsing krijgt de ontvangende school automatisch "
          "een kringarrangement van één jaar, met ambulante begeleiding vanuit de s(b)o-school."),
        P("De werkwijze is als volgt. Stap 1: de s(b)o-school bespreekt elk voorjaar in de commissie van "
          "begeleiding alle leerlingen van wie de TLV afloopt. Stap 2: acht zij terugplaatsing haalbaar, dan "
          "meldt de s(b)o-school de leerling vóór 1 maart bij het bureau. Stap 3: de consulent zoekt met "
          "de s(b)o-school een geschikte basisschool en organiseert een warme overdracht. Stap 4: de "
          "ontvangende school besluit over toelating; de TLV eindigt op 31 juli. Stap 5: na drie maanden en "
          "aan het eind van het eerste jaar evalueren school en consulent de plaatsing. In schooljaar "
          "2024-2025 keerden 23 leerlingen uit het sbo en 4 uit het so terug naar het basisonderwijs."),
    ]
    bl += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c, jaarverslag=True)
    bl += [
        H1("11 Kwaliteit en resultaten"),
        P("Voor deze planperiode streven we de volgende resultaten na voor leerlingen die extra ondersteuning nodig hebben:"),
        B("in 2030 zit geen enkele leerling langer dan drie maanden thuis (2025: 6 leerlingen);",
          "het percentage leerlingen in het sbo daalt van 2,4% naar 2,0%;",
          "80% van de kringarrangementen bereikt de doelen die bij de start zijn geformuleerd;",
          "elk jaar keren ten minste 20 leerlingen terug uit het s(b)o naar het basisonderwijs."),
        P("Het bureau monitort deze resultaten met een jaarlijkse monitor passend onderwijs. De monitor "
          "bevat per bestuur de deelnamepercentages, het aantal thuiszitters en vrijstellingen, de "
          "doelrealisatie van arrangementen (op basis van de evaluatieformulieren) en de uitkomst van een "
          "tevredenheidspeiling onder intern begeleiders. De bereikte resultaten worden besproken met de "
          "besturen en de raad van toezicht en gerapporteerd in het jaarverslag. Halverwege de planperiode, "
          "in 2028, laten we een externe tussenevaluatie uitvoeren."),
        H1("12 Financiën en meerjarenbegroting"),
        P("De Brede Kring verdeelt de ondersteuningsmiddelen volgens een verdeelmodel dat door de besturen is "
          "vastgesteld. Na aftrek van de verplichte afdrachten aan DUO voor het so en het sbo gaat 70% van de "
          "middelen voor lichte ondersteuning rechtstreeks naar de besturen, op basis van het leerlingaantal "
          "op 1 oktober (in 2026 circa € 110 per leerling). De overige 30% vormt het kringbudget waaruit de "
          "kringarrangementen en de plusvoorziening worden betaald. Het bureau kent kringarrangementen toe na "
          "een aanvraag van het OT, getoetst aan de criteria in hoofdstuk 4."),
        T([["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
           ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Afdrachten so/sbo", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Middelen naar besturen", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Kringbudget", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("De bedragen in de meerjarenbegroting worden ingevuld zodra de definitieve rijksbijdrage bekend is "
          "en de begroting 2027 door de raad van toezicht is goedgekeurd."),
        H1("13 Ouders: informatie en onafhankelijke steun"),
        P("De uitwerking van dit hoofdstuk volgt bij de eerste actualisatie van dit plan, zodra het "
          "landelijke kader voor ouder- en jeugdsteunpunten bekend is."),
    ]
    bl += begrippen(c)
    bl += [H1("Bijlage 2 Kwaliteitskaart basisondersteuning"),
           P("Opgenomen als afzonderlijk document.")]
    return c, bl


def labels_b():
    cr = crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=False,
              plaatsing__procedure=True, plaatsing__criteria=True,
              terugstroom__procedure=True, terugstroom__beleid=True,
              financien__verdeling=True, financien__besteding=False,
              dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=True,
              resultaten__doelen=True, resultaten__monitoring=True,
              ouders__informatie=False, ouders__steunpunt=False)
    el = dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
              **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H3 defines the minimum level for all vestigingen, but the concrete content is only in the Kwaliteitskaart (bijlage 2, 'apart document', not included).",
        "plaatsing": "H5.1-5.4: loket, dossier, Commissie Toelaatbaarheid within 6 weeks, two deskundigen, sbo/so criteria, duration and categorie; no bezwaar route.",
        "terugstroom": "5.5 inside the TLV chapter: policy (yearly review, conditions, kringarrangement after return) and 5-step procedure with figures.",
        "financien": "H12 verdeelmodel 70/30 with EUR 110 per leerling; meerjarenbegroting is all 'p.m.' (besteding not addressed).",
        "dekkend-aanbod": "H4 continuum table A-F plus thuiszittersoverleg, doorzettingsmacht and twice-yearly gap review; H6 OOGO.",
        "resultaten": "H11 four measurable targets plus jaarlijkse monitor, reporting to besturen/RvT/jaarverslag.",
        "ouders": "H13 'Ouders: informatie en onafhankelijke steun' only defers ('uitwerking volgt'); OJSP only in begrippenlijst and as a national legal duty in 'Landelijke ontwikkelingen'; the geschillenregeling is between besturen; no parent information or support text.",
    }
    return cr, el, adv, notes


def terugblik(c):
    return [
        H2("Terugblik op de vorige planperiode"),
        P("De vorige planperiode stond in het teken van de overgang naar een kleiner bureau en meer "
          "verantwoordelijkheid bij de besturen. We hebben de overlegstructuur vereenvoudigd: in plaats "
          "van vier werkgroepen is er nu één beleidsoverleg met de besturen dat zes keer per jaar bijeenkomt. "
          "Het bureau is verhuisd naar een locatie in het centrum, dichter bij de scholen. Er is een nieuw "
          "digitaal dossiersysteem in gebruik genomen en de website is vernieuwd. De samenwerking met de "
          "gemeenten is geïntensiveerd, mede door de gezamenlijke regiodagen. Niet alles is gelukt: "
          "de voorgenomen herziening van de overlegstructuur met het voortgezet onderwijs is vertraagd "
          "door personele wisselingen bij beide verbanden."),
    ]


def doorgaande_lijn(c):
    return [
        H2("Doorgaande lijn voorschool - basisschool - voortgezet onderwijs"),
        P("Een goede start begint vóór de basisschool. Met de kinderopvang en de peuteropvang is afgesproken "
          "dat kinderen met een vroegtijdig gesignaleerde ontwikkelingsvraag met een warme overdracht naar "
          "de basisschool gaan. Aan het einde van de basisschool werken we samen met het samenwerkingsverband "
          "voortgezet onderwijs aan een zorgvuldige overstap, met een gezamenlijk overdrachtsformulier en "
          "een overstapservice. Ook de overstap tussen basisscholen bij verhuizing krijgt aandacht: de "
          "verzendende school draagt het dossier over binnen twee weken."),
    ]


def landelijk(c):
    return [
        H2("Landelijke ontwikkelingen"),
        P("Dit plan verschijnt in een periode waarin passend onderwijs landelijk in beweging is. Na de "
          "evaluatie van passend onderwijs in 2020 heeft het ministerie een verbeteraanpak ingezet met "
          "vijfentwintig maatregelen. Een deel daarvan raakt samenwerkingsverbanden direct, zoals de afbouw "
          "van bovenmatige reserves, de versterking van het toezicht en het streven naar inclusiever "
          "onderwijs in 2035. De Wet versterking positie ouders en leerlingen regelt onder meer het "
          "hoorrecht van leerlingen bij het ontwikkelingsperspectief en verplicht elk samenwerkingsverband "
          "om een ouder- en jeugdsteunpunt te hebben. Daarnaast wordt gewerkt aan een landelijke norm voor "
          "de basisondersteuning."),
        P("Deze ontwikkelingen vragen om een plan dat wendbaar is. Waar landelijke besluitvorming nog "
          "loopt, kiezen we in dit plan voor afspraken die nu werkbaar zijn en passen we het plan aan "
          "wanneer de wet- en regelgeving wijzigt. Wijzigingen leggen we altijd voor aan de "
          "ondersteuningsplanraad. We volgen de landelijke ontwikkelingen via de PO-Raad, de VO-raad, "
          "het Steunpunt Passend Onderwijs en de regionale netwerken van directeuren van "
          "samenwerkingsverbanden."),
    ]


def totstandkoming(c):
    return [
        H2("Hoe dit plan tot stand kwam"),
        P(f"Het schrijven van dit plan begon in het voorjaar van 2025 met een evaluatie van het vorige plan. "
          f"Daarna volgden vier werksessies met directeuren en intern begeleiders, twee bijeenkomsten met de "
          f"besturen en een gesprek met de wethouders onderwijs en jeugd van {c['gemeenten']}. De "
          f"ondersteuningsplanraad is vanaf het begin meegenomen: in drie informele sessies is de raad "
          f"geïnformeerd over de keuzes en zijn vragen van de raad verwerkt. Een schrijfgroep van vijf "
          f"personen heeft de teksten opgesteld; een externe adviseur heeft het concept gelezen op "
          f"leesbaarheid en samenhang."),
        P("We hebben bewust gekozen voor een compacter plan dan voorheen. Waar mogelijk verwijzen we niet "
          "naar andere documenten, zodat het plan op zichzelf leesbaar is. Wel wordt het plan uitgewerkt in "
          "een jaarplan, waarin de activiteiten per schooljaar staan."),
    ]


def inclusie(c):
    return [
        H2("Op weg naar inclusiever onderwijs"),
        P("De samenleving verandert en het onderwijs verandert mee. Steeds meer kinderen groeien op in "
          "gezinnen die onder druk staan, en steeds meer kinderen hebben vragen die niet alleen door het "
          "onderwijs beantwoord kunnen worden. Tegelijk zien we scholen die met creativiteit en "
          "doorzettingsvermogen laten zien dat er veel mogelijk is. Inclusiever onderwijs betekent voor ons "
          "niet dat elk kind in dezelfde klas zit, maar dat elk kind erbij hoort en zich kan ontwikkelen. "
          "We willen de komende jaren leren van scholen die hierin voorop lopen, en die kennis delen met "
          "de hele regio. Daarbij hoort ook eerlijkheid over wat niet kan: een school is geen zorginstelling, "
          "en leerkrachten moeten hun werk kunnen blijven doen."),
    ]


def aansluiting_mbo(c):
    return [
        H2("Aansluiting op mbo en arbeidsmarkt"),
        P("Voor veel jongeren is de overstap naar het mbo een kwetsbaar moment. Met de mbo-instellingen in de "
          "regio en de gemeenten is een overstapprotocol afgesproken, met een warme overdracht voor "
          "jongeren met een ondersteuningsbehoefte. Voor leerlingen van het praktijkonderwijs en het vso met "
          "uitstroomprofiel arbeid werken scholen samen met het werkgeversservicepunt en de regionale "
          "leerbedrijven. Elk jaar organiseren we een netwerkbijeenkomst met decanen en loopbaanbegeleiders."),
    ]


def werkwijze_bureau(c):
    return [
        H2("Werkwijze van het bureau"),
        P("Het bureau werkt met een jaarkalender waarin alle vaste overleggen zijn opgenomen: het "
          "beleidsoverleg met de besturen, het directeurenoverleg, de vergaderingen van de raad van toezicht "
          "en de ondersteuningsplanraad. Medewerkers werken deels op kantoor en deels op de scholen. Elke "
          "maandag is er een teamoverleg waarin lopende zaken worden verdeeld. Het bureau gebruikt een "
          "digitaal registratiesysteem voor aanvragen en een gedeelde omgeving voor beleidsdocumenten. "
          "Eenmaal per jaar organiseert het bureau een studiedag voor het eigen team, en twee keer per jaar "
          "een werkbezoek aan een ander samenwerkingsverband om van elkaar te leren. Nieuwe medewerkers "
          "krijgen een inwerkprogramma van zes weken met een vaste buddy."),
    ]


# =============================== Plan C: po-heuvelrand.pdf ===================================

def plan_c():
    c = dict(name="Stichting Passend Onderwijs Heuvelrand-Zuid", short="Passend Onderwijs Heuvelrand-Zuid",
             code="PO 26-07", period="2026-2030", director="A. (Anouk) Brinkman", city="Doornveld",
             gemeenten="Doornveld, Heuvelzicht en Leusbroek", nschools=36, fte="7,6",
             opr_date="19 maart 2026", oogo_date="5 maart 2026",
             boards=[["Stichting Heuvelrandscholen", "15", "3.604"], ["Stichting PCPO Doornveld", "10", "2.218"],
                     ["Stichting Katholiek Primair Onderwijs Zuid", "8", "1.497"],
                     ["SBO Het Baken", "1", "121"], ["Vrije School Leusbroek", "2", "305"]],
             gov_nr=10, oogo_nr=9, pers_nr=11, ict_nr=12, plan_nr=13)
    bl = [("title", "Ondersteuningsplan 2026-2030: Zo dichtbij als kan"),
          P(f"{c['name']} ({c['code']})"),
          toc_block(["Voorwoord", "1 Ons samenwerkingsverband", "2 Visie, missie en ambities",
                     "3 Basisondersteuning", "4 Ondersteuningsniveaus en dekkend aanbod",
                     "5 Ouders en leerlingen", "6 Toelaatbaarheid sbo en so",
                     "   6.1 Aanvraag  6.2 Besluit  6.3 Criteria  6.4 Terugplaatsing  6.5 Bezwaar",
                     "7 Kwaliteitszorg en resultaten", "8 Geld en middelen",
                     "9 Samenwerking met gemeenten", "10 Organisatie en governance", "11 Personeel",
                     "12 ICT en privacy", "13 Planning", "Bijlage Begrippen"])]
    bl += voorwoord(c) + totstandkoming(c) + leeswijzer(c) + context(c) + terugblik(c) + visie(c) + landelijk(c) + inclusie(c)
    bl += [
        H1("3 Basisondersteuning"),
        P("Alle scholen en vestigingen van Heuvelrand-Zuid bieden dezelfde basisondersteuning. Dit is het "
          "door de besturen vastgestelde minimumniveau: het is voor ouders de garantie van wat elke school "
          "in ons gebied kan. Het niveau is afgeleid van het referentiekader passend onderwijs en "
          "aangescherpt met eigen afspraken."),
        T([["Onderdeel", "Wat u van elke school mag verwachten"],
           ["Basiskwaliteit", "De school heeft van de inspectie het oordeel voldoende of beter."],
           ["Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam dat minimaal 6 keer "
            "per jaar bijeenkomt, en een vaste schoolcontactpersoon van het SWV."],
           ["Planmatig werken", "Groepsplannen of groepsoverzichten, drie keer per jaar een groepsbespreking, "
            "een OPP voor iedere leerling met een eigen leerlijn."],
           ["Preventieve interventies", "Dyslexie- en dyscalculieprotocol, een anti-pestprogramma, "
            "een aanbod voor meerbegaafde leerlingen, Nederlands als tweede taal in de groep."],
           ["Licht curatieve interventies", "Korte individuele of groepsgerichte interventies (max. 12 weken) "
            "bij lees-, reken- of gedragsproblemen; sociale vaardigheidstraining; medisch handelen "
            "volgens protocol."]]),
        P("Het bureau bezoekt elke school eenmaal per twee jaar voor een gesprek over de basisondersteuning, "
          "aan de hand van een korte vragenlijst. De uitkomsten worden besproken in het beleidsoverleg."),
        H1("4 Ondersteuningsniveaus en dekkend aanbod"),
        P("Ons aanbod is opgebouwd in vier niveaus. Niveau 1 is de basisondersteuning in de groep. Op "
          "niveau 2 zet de school, eventueel met advies van de schoolcontactpersoon, extra interventies in "
          "vanuit het eigen schoolbudget. Op niveau 3 kan de school een arrangement aanvragen bij het "
          "samenwerkingsverband: inzet van een ambulant begeleider, een gedragsspecialist of een "
          "onderwijsassistent voor een beperkte periode. Daarnaast zijn er bovenschoolse voorzieningen: de "
          "Kangoeroeklas voor meerbegaafde leerlingen (één ochtend per week, vier locaties) en de "
          "taalklas voor nieuwkomers in Doornveld. Niveau 4 is het speciaal basisonderwijs of het speciaal "
          "onderwijs."),
        P("Met dit stelsel van niveaus willen we een dekkend aanbod bieden. Een analyse van de vraag welke "
          "kinderen in onze regio nu buiten de boot vallen en welke voorzieningen daarvoor ontbreken, "
          "maken we in schooljaar 2026-2027. De uitkomsten en de vervolgstappen volgen in een addendum "
          "bij dit plan."),
        H1("5 Ouders en leerlingen"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Ouders worden over de "
          "ondersteuningsmogelijkheden geïnformeerd via de schoolgids van hun school, via de ouderpagina "
          "op onze website (met een filmpje over de ondersteuningsniveaus) en via een folder die de "
          "intern begeleider meegeeft bij het eerste gesprek over extra ondersteuning. Daarnaast "
          "organiseren we twee keer per jaar een ouderavond over een actueel thema."),
        P("Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Utrechtse "
          "Heuvelrug-Zuid. De medewerkers daar werken niet voor de school of het samenwerkingsverband en "
          "denken mee bij vragen, onenigheid of een vastgelopen situatie. Ouders kunnen ook een beroep doen "
          "op de onderwijsconsulenten van het ministerie. Leerlingen mogen hun mening geven over hun OPP "
          "(hoorrecht); de school legt die mening vast."),
        H1("6 Toelaatbaarheid sbo en so"),
        H2("6.1 Aanvraag"),
        P("Als het ondersteuningsteam van de school concludeert dat een leerling is aangewezen op het sbo of "
          "het so, vraagt het bevoegd gezag van de school een toelaatbaarheidsverklaring aan bij de "
          "Commissie Toelaatbaarheid. Bij de aanvraag horen het OPP, een verslag van het ondersteuningsteam "
          "en de handtekening van de ouders voor gezien. De commissie bevestigt de ontvangst binnen vijf werkdagen."),
        H2("6.2 Besluit"),
        P("De commissie vraagt schriftelijk advies aan twee deskundigen: een orthopedagoog of psycholoog en "
          "een tweede deskundige, afhankelijk van de problematiek. Op basis van die adviezen besluit de "
          "commissie binnen zes weken namens het bestuur van het samenwerkingsverband. Een TLV voor het sbo "
          "wordt afgegeven voor maximaal vier schooljaren, een TLV voor het so voor één tot drie "
          "schooljaren, telkens tot en met 31 juli. Bij een TLV so stelt de commissie de categorie "
          "laag, midden of hoog vast."),
        H2("6.3 Criteria"),
        P("De commissie weegt elke aanvraag zorgvuldig en in samenhang. De criteria voor toelaatbaarheid "
          "worden in schooljaar 2026-2027 opnieuw vastgesteld, samen met het sbo en de so-scholen. Tot "
          "die tijd besluit de commissie per situatie, met het belang van het kind als leidraad."),
        H2("6.4 Terugplaatsing"),
        P("Deze paragraaf wordt bij de eerstvolgende actualisatie van het plan toegevoegd."),
        H2("6.5 Bezwaar"),
        P("Is een schoolbestuur of zijn ouders het niet eens met het besluit, dan kan binnen zes weken "
          "bezwaar worden gemaakt bij het samenwerkingsverband. Het bezwaar wordt voorgelegd aan de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        H1("7 Kwaliteitszorg en resultaten"),
        P("Kwaliteitszorg betekent voor ons: weten wat we doen, meten wat het oplevert en bijsturen waar "
          "nodig. Het bureau verzamelt jaarlijks per school en per bestuur de deelnamepercentages sbo en so, "
          "het aantal en de aard van de arrangementen, de mate waarin arrangementen hun doelen halen "
          "(evaluatie door het OT na afloop) en de tevredenheid van scholen over de dienstverlening. Deze "
          "gegevens staan in de rapportage Stand van Passend Onderwijs, die elk najaar in het beleidsoverleg "
          "en door de raad van toezicht wordt besproken en in het jaarverslag wordt opgenomen."),
        T([["Bereikt", "2022-2023", "2023-2024", "2024-2025"],
           ["Deelname sbo", "2,6%", "2,5%", "2,5%"],
           ["Deelname so", "1,7%", "1,8%", "1,9%"],
           ["Arrangementen niveau 3", "112", "131", "140"],
           ["Arrangementen met doelen behaald", "68%", "71%", "70%"]]),
        P("De beoogde resultaten voor de nieuwe planperiode stellen we in het najaar van 2026 samen met de "
          "besturen vast; ze worden daarna in het jaarplan opgenomen."),
        H1("8 Geld en middelen"),
        P("De verdeling en besteding van de ondersteuningsmiddelen zijn samengevat in de tabellen hieronder."),
        T([["Post", "Grondslag / criterium", "Toekenning"],
           ["Schoolbudget", "€ 82 per leerling (teldatum 1 oktober) + € 4.500 per vestiging",
            "jaarlijks in augustus aan het bestuur"],
           ["Arrangement niveau 3", "aanvraag OT; toets door consulent aan ondersteuningsbehoefte en "
            "ingezette interventies niveau 2", "binnen 3 weken, max. 1 schooljaar"],
           ["Kangoeroeklas / taalklas", "vaste formatie per locatie", "centraal"],
           ["Afdracht so / sbo", "aantal TLV's en peildatum 1 februari", "via DUO"]]),
        T([["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
           ["Baten", "4.310.000", "4.275.000", "4.240.000", "4.200.000"],
           ["Afdracht so", "1.290.000", "1.300.000", "1.305.000", "1.310.000"],
           ["Afdracht sbo", "540.000", "535.000", "530.000", "525.000"],
           ["Schoolbudgetten", "791.000", "785.000", "778.000", "770.000"],
           ["Arrangementen niveau 3", "880.000", "870.000", "860.000", "850.000"],
           ["Bovenschoolse voorzieningen", "330.000", "330.000", "330.000", "330.000"],
           ["Bureau", "505.000", "510.000", "515.000", "520.000"],
           ["Saldo", "-26.000", "-55.000", "-78.000", "-105.000"]]),
        P("Het negatieve saldo is bewust: de reserve wordt teruggebracht tot de signaleringswaarde."),
    ]
    bl += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c) + doorgaande_lijn(c)
    bl += begrippen(c)
    return c, bl


def labels_c():
    cr = crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=True,
              plaatsing__procedure=True, plaatsing__criteria=False,
              terugstroom__procedure=False, terugstroom__beleid=False,
              financien__verdeling=True, financien__besteding=True,
              dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=False,
              resultaten__doelen=False, resultaten__monitoring=True,
              ouders__informatie=True, ouders__steunpunt=True)
    el = dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
              **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3 minimum for all vestigingen plus table of concrete content per onderdeel; biennial visit = borging.",
        "plaatsing": "6.1/6.2 procedure, deskundigen, duration, categorie; 6.5 bezwaar; 6.3 criteria deferred to 2026-2027 ('besluit per situatie').",
        "terugstroom": "Only TOC entry, begrippenlijst and an empty 6.4 ('wordt bij de eerstvolgende actualisatie toegevoegd'); nothing in the body.",
        "financien": "H8 'Geld en middelen': verdeling only in a table (EUR 82 per leerling + EUR 4.500 per vestiging, criteria arrangements) and meerjarenbegroting table.",
        "dekkend-aanbod": "H4 four-level continuum with bovenschoolse voorzieningen; gap analysis deferred to an addendum; thuiszitters only as OOGO agenda word.",
        "resultaten": "H7 monitoring (Stand van Passend Onderwijs, achieved figures table); beoogde resultaten deferred to autumn 2026.",
        "ouders": "H5: schoolgids, website, folder, ouderavonden; OJSP and onderwijsconsulenten; hoorrecht.",
    }
    return cr, el, adv, notes


# =============================== Plan D: vo-kanaalzone.pdf ===================================

def plan_d():
    c = dict(name="Samenwerkingsverband VO Kanaalzone", short="SWV VO Kanaalzone", code="VO 28-03",
             period="2026-2030", director="drs. R. (Rachid) El Amrani", city="Sluiskade",
             gemeenten="Sluiskade, Terhaven en Oostkanaal", nschools=14, fte="11,2",
             opr_date="26 maart 2026", oogo_date="10 maart 2026", cao="cao vo",
             code_gb="Code Goed Onderwijsbestuur VO",
             boards=[["Stichting Kanaalcollege", "4 (8 vestigingen)", "6.214"],
                     ["Stichting Christelijk VO Terhaven", "3", "3.890"],
                     ["Stichting Praktijkonderwijs Kanaalzone", "1", "402"],
                     ["Stichting VSO De Sluis", "1", "288"], ["Overige besturen", "5", "2.930"]],
             gov_nr=8, oogo_nr=7, pers_nr=9, ict_nr=10, plan_nr=11)
    bl = [("title", "Ondersteuningsplan Samenwerkingsverband VO Kanaalzone 2026-2030"),
          P(f"{c['code']} - vastgesteld op 15 april 2026"),
          toc_block(["Voorwoord", "1 Ons samenwerkingsverband", "2 Visie, missie en ambities",
                     "3 Basisondersteuning in het voortgezet onderwijs",
                     "4 Extra ondersteuning en het dekkend netwerk",
                     "5 Toelaatbaarheid vso, lwoo en praktijkonderwijs",
                     "6 Terug naar het regulier voortgezet onderwijs", "7 Samenwerking met gemeenten",
                     "8 Organisatie en governance", "9 Personeel", "10 ICT en privacy", "11 Planning",
                     "12 Ouders en leerlingen", "13 Financiën",
                     "Bijlage Begrippen (o.a. resultaten, kwaliteitszorg, meerjarenbegroting)"])]
    bl += voorwoord(c) + totstandkoming(c) + leeswijzer(c) + context(c) + visie(c) + landelijk(c) + inclusie(c) + aansluiting_mbo(c)
    bl += [
        H1("3 Basisondersteuning in het voortgezet onderwijs"),
        P("Alle VO-scholen en alle vestigingen in de Kanaalzone bieden de basisondersteuning die de besturen "
          "samen hebben vastgesteld. Dit niveau is de gemeenschappelijke ondergrens; ook het "
          "praktijkonderwijs en de kleine vestigingen voldoen eraan. Concreet betekent dit dat elke school:"),
        B("een ondersteuningscoördinator heeft en een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar overlegt;",
          "beschikt over een orthopedagoog of psycholoog (eigen dienst of ingehuurd) voor diagnostiek en advies;",
          "dyslexie- en dyscalculiebegeleiding biedt volgens een vastgesteld protocol, inclusief faciliteiten bij toetsen;",
          "trainingen aanbiedt voor faalangst, sociale vaardigheden en executieve functies;",
          "een mentor per klas heeft die ten minste drie keer per jaar een individueel gesprek met de leerling voert;",
          "een time-out- of opvangvoorziening heeft met een vaste begeleider;",
          "een protocol heeft voor verzuim, met melding aan leerplicht volgens de wettelijke termijnen;",
          "medische handelingen kan uitvoeren volgens protocol."),
        P("Het samenwerkingsverband voert elke twee jaar met iedere school een audit uit op deze afspraken. "
          "Scholen die onder de ondergrens blijven, krijgen een verbetertraject met begeleiding van het bureau."),
        H1("4 Extra ondersteuning en het dekkend netwerk"),
        P("Boven de basisondersteuning is een samenhangend aanbod georganiseerd. Elke school heeft een "
          "schoolbudget voor extra ondersteuning binnen de eigen school, bijvoorbeeld een trajectvoorziening "
          "of een kleine klas. Daarnaast zijn er bovenschoolse voorzieningen: het OPDC De Overstap "
          "(maximaal één jaar, 45 plaatsen, met begeleiding terug naar de eigen school), de Rebound "
          "(korte opvang van 6 tot 12 weken bij ernstige gedragsproblemen) en de Schakelklas voor "
          "nieuwkomers. Het vso in de Kanaalzone (VSO De Sluis) biedt cluster 4-onderwijs in de uitstroomprofielen "
          "vervolgonderwijs en arbeidsmarkt; voor cluster 3 werken we met twee vso-scholen buiten de regio."),
        P("Leerlingen die dreigen thuis te komen zitten, worden binnen drie werkdagen gemeld bij het "
          "Kanaalzone Thuiszittersteam. Dit team bestaat uit een trajectbegeleider van het verband, de "
          "leerplichtambtenaar en een medewerker jeugdhulp. Zij stellen binnen twee weken een plan op met "
          "een route terug naar onderwijs. Het team houdt een actuele lijst bij van leerlingen zonder "
          "passende plek en bespreekt elk kwartaal met de directeuren welke voorzieningen ontbreken. Zo is "
          "in 2025 besloten tot een onderwijs-zorgvoorziening voor jongeren met psychiatrische problematiek, "
          "samen met de gemeenten."),
        H1("5 Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        H2("5.1 Toelaatbaarheidsverklaring vso"),
        P("Het bevoegd gezag van de VO-school waar de leerling is ingeschreven of aangemeld, vraagt de TLV "
          "aan bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP, het "
          "verslag van het ZAT, de zienswijze van ouders en leerling en recente diagnostische gegevens. De "
          "commissie vraagt twee deskundigen om een eigen, schriftelijk advies: een orthopedagoog of "
          "psycholoog en, afhankelijk van de leerling, een kinder- en jeugdpsychiater, maatschappelijk "
          "werker of arts. De commissie besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als (1) de school aantoonbaar de basisondersteuning en "
          "ten minste één schooljaar extra ondersteuning heeft geboden, (2) het OPP laat zien dat de doelen "
          "in het regulier onderwijs niet haalbaar zijn, en (3) de leerling een combinatie van onderwijs en "
          "intensieve begeleiding of behandeling nodig heeft die alleen het vso kan bieden. De TLV wordt "
          "afgegeven voor één, twee of drie schooljaren, met bekostigingscategorie laag, midden of hoog."),
        H2("5.2 Leerwegondersteunend onderwijs"),
        P("Voor lwoo hanteert het samenwerkingsverband de landelijke criteria (intelligentie, "
          "leerachterstand en zo nodig sociaal-emotionele problematiek). De VO-school vraagt de aanwijzing "
          "aan bij de Commissie Toewijzing met de gegevens uit het overstapdossier; de commissie besluit "
          "binnen vier weken. Een aanwijzing geldt voor de hele schoolloopbaan in het vmbo."),
        H2("5.3 Praktijkonderwijs"),
        P("De toelaatbaarheid tot het praktijkonderwijs wordt aangevraagd door de school voor "
          "praktijkonderwijs. De commissie toetst aan de landelijke criteria (IQ tussen 55 en 80 en "
          "leerachterstanden op minimaal twee van de vier domeinen van drie jaar of meer) en besluit "
          "binnen vier weken. Een TLV pro geldt voor de gehele schoolloopbaan."),
        H2("5.4 Bezwaar"),
        P("Tegen een besluit over toelaatbaarheid kunnen ouders of het schoolbestuur binnen zes weken "
          "bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies uitbrengt aan het bestuur."),
        H1("6 Terug naar het regulier voortgezet onderwijs"),
        P("Ons uitgangspunt is dat het vso een tussenstation kan zijn. We willen dat leerlingen die dat "
          "kunnen, terugkeren naar het regulier voortgezet onderwijs of doorstromen naar het mbo, met "
          "behoud van begeleiding. Voorwaarden zijn dat de leerling een diplomagericht perspectief heeft "
          "in het regulier onderwijs en dat de ontvangende school de ondersteuning uit het OPP kan bieden. "
          "De ontvangende school krijgt gedurende een jaar een vaste begeleider vanuit het vso."),
        P("In het laatste jaar van elke TLV bespreekt de commissie voor de begeleiding van het vso vóór "
          "1 februari of terugplaatsing mogelijk is. Het vso neemt het initiatief, betrekt ouders, leerling "
          "en de trajectbegeleider van het samenwerkingsverband en zoekt samen met hen een ontvangende "
          "school. De ontvangende school beslist over toelating; de overstap vindt plaats per 1 augustus "
          "of, in overleg, per 1 januari. Na zes weken en na een half jaar volgt een evaluatie. In 2024-2025 "
          "zijn 11 leerlingen vanuit het vso teruggeplaatst."),
    ]
    bl += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c, jaarverslag=False)
    bl += [
        H1("12 Ouders en leerlingen"),
        P("Ouders en leerlingen zijn belangrijke partners. Hoe wij ouders informeren over het "
          "ondersteuningsaanbod in de Kanaalzone, werken we in schooljaar 2026-2027 uit in een "
          "communicatieplan."),
        P("Ouders en leerlingen die vragen hebben over passend onderwijs, het niet eens zijn met een school "
          "of vastlopen, kunnen kosteloos terecht bij het Ouder- en Jeugdsteunpunt Kanaalzone. Het steunpunt "
          "werkt onafhankelijk van scholen en samenwerkingsverband, luistert, denkt mee en kan bemiddelen. "
          "Ouders kunnen ook een onderwijsconsulent inschakelen. Voor klachten over het "
          "samenwerkingsverband geldt de klachtenregeling; het verband is aangesloten bij Onderwijsgeschillen."),
        H1("13 Financiën"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. "
          "De verdeling van deze middelen over scholen en voorzieningen en de meerjarenbegroting zijn "
          "uitgewerkt in het Financieel Kader 2026-2030 en de jaarlijkse begroting. Beide documenten zijn te "
          "vinden op www.swvkanaalzone.nl/financien."),
    ]
    bl += begrippen(c, items=[
        "Kwaliteitszorg: het systematisch werken aan het verbeteren van het onderwijs en de ondersteuning.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "Meerjarenbegroting: begroting voor vier jaar.",
        "OJSP: ouder- en jeugdsteunpunt.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "OPR: ondersteuningsplanraad.",
        "Pro: praktijkonderwijs.",
        "Resultaten: de opbrengsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte.",
        "TLV: toelaatbaarheidsverklaring.",
        "Vso: voortgezet speciaal onderwijs.",
        "ZAT: zorg- en adviesteam."])
    return c, bl


def labels_d():
    cr = crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=True,
              plaatsing__procedure=True, plaatsing__criteria=True,
              terugstroom__procedure=True, terugstroom__beleid=True,
              financien__verdeling=False, financien__besteding=False,
              dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=True,
              resultaten__doelen=False, resultaten__monitoring=False,
              ouders__informatie=False, ouders__steunpunt=True)
    el = dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="missing",
              **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "H3: ondergrens for all vestigingen with eight concrete provisions; biennial audit.",
        "plaatsing": "H5: vso procedure (Commissie Toewijzing, two deskundigen, 6 weken), criteria, duration/category; lwoo and pro procedures with national criteria; 5.4 bezwaar.",
        "terugstroom": "H6: policy (aims, conditions, begeleider for a year) and procedure (vso initiative before 1 Feb, evaluations), 11 teruggeplaatst.",
        "financien": "H13 only refers to the Financieel Kader and begroting on the website; no distribution rule or amounts in the text (H4 'elke school heeft een schoolbudget' and the national reserves remark are passing mentions).",
        "dekkend-aanbod": "H4: schoolbudget, OPDC, Rebound, Schakelklas, vso; Thuiszittersteam and quarterly gap review; H7 OOGO.",
        "resultaten": "No chapter, no targets, no monitoring; 'resultaten' only in voorwoord in passing and in the begrippenlijst.",
        "ouders": "H12: informing parents deferred to a communicatieplan 2026-2027; OJSP Kanaalzone, onderwijsconsulent and klachtenregeling present.",
    }
    return cr, el, adv, notes


# =============================== Plan E: po-waterlandnoord.html ==============================

def plan_e():
    c = dict(name="Samenwerkingsverband Primair Passend Waterland-Noord", short="SWV Waterland-Noord",
             code="PO 22-15", period="2026-2030", director="P. (Petra) de Boer-Visser", city="Noordmeer",
             gemeenten="Noordmeer, Polderveen en Kogerdijk", nschools=33, fte="6,9",
             opr_date="24 maart 2026", oogo_date="17 maart 2026",
             boards=[["Stichting Openbaar Primair Onderwijs Waterland", "13", "2.890"],
                     ["Stichting Christelijk Onderwijs Noordmeer", "9", "2.115"],
                     ["Stichting RK Basisonderwijs Polderveen", "7", "1.402"],
                     ["SBO De Windwijzer", "1", "132"], ["Eenpitters", "3", "388"]],
             gov_nr=8, oogo_nr=7, pers_nr=9, ict_nr=10, plan_nr=11)
    bl = [("title", "Ondersteuningsplan 2026-2030 SWV Waterland-Noord (webversie)"),
          P(f"{c['name']} ({c['code']}). Deze webversie is gelijk aan de vastgestelde pdf-versie."),
          toc_block(["Voorwoord", "1 Ons samenwerkingsverband", "2 Basisondersteuning",
                     "3 Visie, missie en ambities", "4 Toelaatbaarheid sbo en so",
                     "5 Terugplaatsing naar het basisonderwijs", "6 Doelen en resultaten",
                     "7 Samenwerking met gemeenten", "8 Organisatie en governance", "9 Personeel",
                     "10 ICT en privacy", "11 Planning", "12 Financiën", "13 Informatie voor ouders",
                     "14 Dekkend aanbod", "Begrippen"])]
    bl += voorwoord(c) + totstandkoming(c) + leeswijzer(c) + context(c) + terugblik(c) + landelijk(c) + inclusie(c) + werkwijze_bureau(c)
    bl += [
        H1("2 Basisondersteuning"),
        P("Het niveau en de inhoud van de basisondersteuning worden in 2026 door de besturen opnieuw "
          "vastgesteld, in afwachting van de landelijke norm basisondersteuning. Tot die tijd blijven de "
          "afspraken uit het ondersteuningsplan 2020-2024 van kracht."),
    ]
    bl += visie(c)
    bl += [
        H1("4 Toelaatbaarheid sbo en so"),
        P("Voor een plaatsing op SBO De Windwijzer of op een school voor speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure kent vier stappen."),
        B("Stap 1 - Voorbereiding: de intern begeleider stelt met de leerkracht en de ouders het "
          "groeidocument op en laat zien welke ondersteuning is geboden en met welk effect.",
          "Stap 2 - Aanvraag: het schoolbestuur dient de aanvraag in bij het Loket Toewijzing van het "
          "samenwerkingsverband, met groeidocument, OPP en onderwijskundig rapport.",
          "Stap 3 - Advies: twee deskundigen, een orthopedagoog of GZ-psycholoog en een tweede deskundige "
          "(bijvoorbeeld jeugdarts of maatschappelijk werker), brengen ieder afzonderlijk schriftelijk advies uit.",
          "Stap 4 - Besluit: de directeur-bestuurder besluit binnen vier weken na ontvangst van de "
          "complete aanvraag en stuurt het besluit met de adviezen aan school en ouders."),
        P("Toelaatbaar tot het sbo is een leerling bij wie de school ten minste een jaar handelingsgericht "
          "heeft gewerkt met extra ondersteuning, bij wie de leerachterstand op twee of meer kernvakken "
          "groter is dan anderhalf jaar of de gedragsproblematiek het leren in de groep structureel "
          "belemmert, en voor wie een kleinere groep met meer structuur naar verwachting tot betere "
          "ontwikkeling leidt. Toelaatbaar tot het so is een leerling die daarnaast intensieve zorg of "
          "behandeling nodig heeft die in het sbo niet beschikbaar is, of een verstandelijke of lichamelijke "
          "beperking heeft waarvoor het so een specifiek aanbod heeft."),
        P("Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so wordt afgegeven voor twee "
          "schooljaren en loopt tot 31 juli. De bekostigingscategorie (laag, midden, hoog) wordt door de "
          "directeur-bestuurder bij het besluit vastgesteld op advies van de deskundigen."),
        H1("5 Terugplaatsing naar het basisonderwijs"),
        P("Een plaats in het sbo of so is bij ons geen eindstation. Ons beleid is dat we voor iedere leerling "
          "het perspectief op terugkeer naar een reguliere basisschool openhouden. Terugplaatsing is aan de "
          "orde wanneer de leerling zich zo heeft ontwikkeld dat de ondersteuning op een basisschool "
          "geboden kan worden en ouders achter de overstap staan. We streven ernaar dat jaarlijks ten "
          "minste 10% van de sbo-leerlingen teruggaat. Na de overstap ondersteunt een ambulant begeleider "
          "van het s(b)o de ontvangende basisschool gedurende minimaal een half jaar."),
        P("Het stappenplan voor terugplaatsing, met de momenten waarop en de personen door wie de "
          "mogelijkheid wordt besproken, werken we in 2026-2027 uit met SBO De Windwijzer en de so-scholen."),
        H1("6 Doelen en resultaten"),
        P("Het samenwerkingsverband heeft voor leerlingen met extra ondersteuningsbehoeften de volgende "
          "doelen voor de planperiode:"),
        T([["Doel", "Indicator", "Streefwaarde 2030", "Stand 2025"],
           ["Snelle toewijzing", "doorlooptijd TLV-aanvraag", "90% binnen 4 weken", "72%"],
           ["Kinderen thuisnabij", "deelname sbo + so", "ten hoogste 3,5%", "3,9%"],
           ["Terugkeer mogelijk", "terugplaatsingen uit sbo", "ten minste 10% per jaar", "6%"],
           ["Ontwikkeling volgens plan", "OPP-doelen behaald", "ten minste 75%", "64%"]]),
        P("Het bureau meet deze indicatoren twee keer per jaar (peildata 1 oktober en 1 maart) op basis van "
          "de registratie in het dossiersysteem en de OPP-evaluaties die scholen aanleveren. De uitkomsten "
          "worden besproken met de besturen en de raad van toezicht; bij een afwijking van meer dan vijf "
          "procentpunten van de streefwaarde stelt de directeur-bestuurder een verbeteractie voor. Jaarlijks "
          "rapporteren we de bereikte resultaten in het jaarverslag."),
    ]
    bl += oogo(c, full=False) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c, jaarverslag=True)
    bl += [
        H1("12 Financiën"),
        P("Het verdeelmodel van het samenwerkingsverband wordt in deze planperiode herzien. De nieuwe "
          "verdeelsystematiek wordt in het voorjaar van 2027 door de raad van toezicht goedgekeurd en "
          "daarna aan dit plan toegevoegd. De meerjarenbegroting ziet er als volgt uit:"),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Rijksbijdrage ondersteuning", "3.980", "3.950", "3.915", "3.880"],
           ["Afdracht so en sbo", "1.710", "1.705", "1.700", "1.695"],
           ["Middelen naar schoolbesturen", "1.420", "1.400", "1.380", "1.360"],
           ["Loket Toewijzing en deskundigen", "210", "215", "220", "225"],
           ["Ambulante begeleiding terugplaatsing", "95", "100", "105", "110"],
           ["Bureau en huisvesting", "480", "490", "500", "505"],
           ["Saldo", "65", "40", "10", "-15"]]),
        H1("13 Informatie voor ouders"),
        P("Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden op verschillende "
          "manieren. Op de website staat een ouderpagina met uitleg over extra ondersteuning en de TLV. "
          "Iedere school deelt bij de intake de brochure 'Passend onderwijs in Waterland-Noord' uit en "
          "beschrijft in de schoolgids welke ondersteuning zij biedt. Eenmaal per jaar is er een "
          "informatiemarkt voor ouders in Noordmeer, waar ook het sbo en so zich presenteren."),
        P("Het ouder- en jeugdsteunpunt van Waterland-Noord wordt per 1 augustus 2026 ingericht. Hoe ouders "
          "het steunpunt kunnen bereiken en welke rol het krijgt, maken wij later bekend."),
        H1("14 Dekkend aanbod"),
        P("Het dekkend aanbod in onze regio brengen we in schooljaar 2026-2027 in kaart. De resultaten "
          "en de eventuele maatregelen volgen in een addendum bij dit plan."),        H1("Contact"),
        P("Samenwerkingsverband Primair Passend Waterland-Noord, Havenstraat 14, Noordmeer. Het bureau is "
          "op werkdagen bereikbaar van 8.30 tot 16.30 uur. Voor vragen over een lopende aanvraag kunnen "
          "scholen contact opnemen met het Loket Toewijzing; de medewerkers van het loket zijn op maandag, "
          "dinsdag en donderdag telefonisch bereikbaar. Pers en gemeenten kunnen contact opnemen met de "
          "directeur-bestuurder. Deze webversie van het ondersteuningsplan is voor het laatst bijgewerkt op "
          "15 april 2026; bij verschillen tussen deze webversie en de vastgestelde versie is de vastgestelde "
          "versie leidend."),
    ]
    bl += begrippen(c)
    return c, bl


def labels_e():
    cr = crit(basisondersteuning__niveau=False, basisondersteuning__inhoud=False,
              plaatsing__procedure=True, plaatsing__criteria=True,
              terugstroom__procedure=False, terugstroom__beleid=True,
              financien__verdeling=False, financien__besteding=True,
              dekkend_aanbod__continuum=False, dekkend_aanbod__lacunes=False,
              resultaten__doelen=True, resultaten__monitoring=True,
              ouders__informatie=True, ouders__steunpunt=False)
    el = dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="partial",
              **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial")
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H2 only defers to 2026 and refers to the old 2020-2024 plan (not included); term also in nav menu, TOC and begrippen.",
        "plaatsing": "H4: four steps, Loket Toewijzing, two deskundigen, decision within 4 weeks, sbo/so criteria, duration and categorie; no bezwaar.",
        "terugstroom": "H5 policy (aim 10%, conditions, ambulant begeleider half a year); stappenplan deferred to 2026-2027.",
        "financien": "H12 meerjarenbegroting with amounts; verdeelmodel 'wordt herzien', new systematiek only in spring 2027.",
        "dekkend-aanbod": "H14 only defers ('brengen we in 2026-2027 in kaart', addendum); OOGO paragraph is procedural only; no continuum or thuiszitters approach.",
        "resultaten": "H6 indicator table with streefwaarden and stand 2025; measured twice a year, reported to besturen/RvT/jaarverslag.",
        "ouders": "H13 website, brochure, schoolgids, informatiemarkt; ouder- en jeugdsteunpunt only announced for 1 Aug 2026 ('maken wij later bekend').",
    }
    return cr, el, adv, notes


# =============================== F: near-miss school-level plan ===============================

def doc_f():
    bl = [("title", "Ondersteuningsplan OBS De Wilgenhoek 2025-2026"),
          P("Schoolondersteuningsplan van openbare basisschool De Wilgenhoek, Noordmeer. Aangesloten bij "
            "Samenwerkingsverband Primair Passend Waterland-Noord (PO 22-15). Vastgesteld door de directie "
            "na advies van de medezeggenschapsraad, september 2025."),
          toc_block(["1 Inleiding", "2 Onze school en onze leerlingen", "3 Basisondersteuning op De Wilgenhoek",
                     "4 De zorgniveaus", "5 De ondersteuningscyclus", "6 Extra ondersteuning en arrangementen",
                     "7 Verwijzing naar sbo en so", "8 Ouders", "9 Formatie en middelen", "10 Jaarplanning"]),
          H1("1 Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe wij op De Wilgenhoek de ondersteuning aan onze leerlingen "
            "organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. Het vult het "
            "schoolondersteuningsprofiel aan en wordt elk schooljaar door de intern begeleider en de directeur "
            "geactualiseerd. Het ondersteuningsplan van het samenwerkingsverband vormt het kader; dit plan "
            "beschrijft de uitwerking op onze eigen school."),
          P("Op De Wilgenhoek werken we handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig "
            "heeft, dat we samenwerken met ouders en dat we doelgericht werken. Leerkrachten zijn de spil: zij "
            "kennen de kinderen het best en zijn verantwoordelijk voor de ondersteuning in de groep."),
          H1("2 Onze school en onze leerlingen"),
          P("De Wilgenhoek telt 214 leerlingen in negen groepen. De school staat in een wijk met een gemengde "
            "bevolking; ongeveer twintig procent van de leerlingen heeft een meertalige achtergrond. Het team "
            "bestaat uit zestien leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten, een "
            "vakleerkracht bewegingsonderwijs en een directeur. In schooljaar 2024-2025 hadden 14 leerlingen "
            "een ontwikkelingsperspectiefplan en stroomden 2 leerlingen uit naar het speciaal basisonderwijs."),
          H1("3 Basisondersteuning op De Wilgenhoek"),
          P("Onze basisondersteuning volgt de afspraken van het samenwerkingsverband. Concreet betekent dit "
            "dat wij een dyslexieprotocol hanteren, een anti-pestprogramma (KiVa) gebruiken, een plusgroep "
            "hebben voor meerbegaafde leerlingen (één middag per week) en een taalaanbod voor nieuwkomers in "
            "de groep. De intern begeleider is vier dagen per week aanwezig."),
          H1("4 De zorgniveaus"),
          B("Zorgniveau 1: algemene zorg in de groep door de leerkracht.",
            "Zorgniveau 2: extra zorg in de groep, bijvoorbeeld verlengde instructie.",
            "Zorgniveau 3: speciale zorg na consultatie van de intern begeleider.",
            "Zorgniveau 4: speciale zorg na extern onderzoek, met een individueel handelingsplan of OPP.",
            "Zorgniveau 5: verwijzing naar sbo of so, of een arrangement van het samenwerkingsverband."),
          H1("5 De ondersteuningscyclus"),
          P("Drie keer per jaar houden we groepsbesprekingen (oktober, februari, juni), waarin leerkracht en "
            "intern begeleider de groepsoverzichten en de resultaten van de methode-onafhankelijke toetsen "
            "bespreken. Leerlingen die opvallen, worden besproken in een leerlingbespreking. Twee keer per jaar "
            "analyseren we de resultaten op schoolniveau en stellen we ambities bij. De resultaten worden "
            "besproken in het team en met de medezeggenschapsraad."),
          P("Voor leerlingen met een eigen leerlijn stellen we een OPP op. Het OPP wordt met ouders besproken "
            "en twee keer per jaar geëvalueerd. Ouders tekenen voor akkoord op het handelingsdeel."),
          H1("6 Extra ondersteuning en arrangementen"),
          P("Als de school handelingsverlegen is, vraagt de intern begeleider een consultatie aan bij de "
            "schoolcontactpersoon van het samenwerkingsverband. Samen met ouders kijken we in het "
            "ondersteuningsteam of een arrangement nodig is. In 2024-2025 ontvingen wij drie arrangementen: "
            "twee voor gedrag en één voor een leerling met een taalontwikkelingsstoornis (cluster 2, via "
            "Kentalis)."),
          H1("7 Verwijzing naar sbo en so"),
          P("Wanneer ook met een arrangement onze school niet (meer) kan bieden wat een leerling nodig heeft, "
            "bespreken we met ouders een mogelijke plaatsing in het sbo of so. De school vraagt dan via het "
            "schoolbestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het "
            "samenwerkingsverband beslist over de toelaatbaarheid volgens de procedure in zijn "
            "ondersteuningsplan. Als een leerling later terug kan naar onze school, ontvangen wij hem of haar "
            "graag; we maken dan een overdrachtsplan met de s(b)o-school."),
          H1("8 Ouders"),
          P("Ouders zijn partners. We informeren ouders via de schoolgids, de nieuwsbrief en de Parro-app. "
            "Bij zorgen over een kind neemt de leerkracht contact op; ouders worden uitgenodigd bij het "
            "ondersteuningsteam. Ouders die vragen hebben over passend onderwijs kunnen ook terecht bij de "
            "intern begeleider of bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband. Klachten "
            "behandelen wij volgens de klachtenregeling van het bestuur."),
          H1("9 Formatie en middelen"),
          P("De school ontvangt van het bestuur een budget voor ondersteuning, afgeleid van de middelen die het "
            "samenwerkingsverband aan het bestuur toekent. In 2025-2026 gaat het om € 24.300. Dit budget "
            "besteden we aan de uren van de intern begeleider (deels), twee onderwijsassistenten (samen 0,8 fte) "
            "en de plusgroep. Verantwoording vindt plaats in het jaarverslag van de school."),
          T([["Post", "Bedrag 2025-2026"], ["Onderwijsassistenten", "€ 15.800"],
             ["Plusgroep", "€ 4.200"], ["Materialen en scholing", "€ 4.300"]]),
          H1("10 Jaarplanning"),
          T([["Maand", "Activiteit"], ["september", "Startgesprekken met ouders"],
             ["oktober", "Groepsbesprekingen ronde 1"], ["januari", "Midden-toetsen en analyse"],
             ["februari", "Groepsbesprekingen ronde 2"], ["juni", "Eind-toetsen, groepsbesprekingen ronde 3, "
              "overdracht"]]),
          ]
    # pad with realistic school-plan prose to plan-like length
    bl += [
        H1("11 Gedrag en sociale veiligheid"),
        P("Een veilige school is de basis voor leren. Wij werken met KiVa en hebben een gedragsprotocol met "
          "duidelijke afspraken over wat we doen bij pesten, agressie en grensoverschrijdend gedrag. Elk jaar "
          "meten we de sociale veiligheid met de KiVa-monitor in groep 5 tot en met 8. De uitkomsten bespreken "
          "we met het team en de medezeggenschapsraad. Bij ernstige incidenten worden ouders dezelfde dag "
          "geïnformeerd en maken we een registratie in ParnasSys."),
        H1("12 Meer- en hoogbegaafdheid"),
        P("Leerlingen die meer aankunnen, krijgen compacting en verrijking in de groep. Voor leerlingen die "
          "daarnaast meer uitdaging nodig hebben, is er de plusgroep op woensdagmiddag. Voor een kleine groep "
          "leerlingen maakt de intern begeleider gebruik van de Kangoeroeklas van het samenwerkingsverband."),
    ]
    return bl


def label_f():
    return {"notes": {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                                  "school budget); it refers to the SWV plan but is not the ondersteuningsplan of a "
                                  "samenwerkingsverband (no verband-wide basisondersteuning, TLV procedure, verdeelmodel, OPR/OOGO)."}}


# ===================================== main ==================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="holdout172_gen_")
    try:
        plans = [("po-lingedal", "docx", "po", plan_a, labels_a),
                 ("po-bredekring", "docx", "po", plan_b, labels_b),
                 ("po-heuvelrand", "pdf", "po", plan_c, labels_c),
                 ("vo-kanaalzone", "pdf", "vo", plan_d, labels_d),
                 ("po-waterlandnoord", "html", "po", plan_e, labels_e)]
        for name, fmt, sector, build, lab in plans:
            c, blocks = build()
            wc = word_count(blocks)
            assert wc >= 3000, (name, wc)
            header = f"{c['short']} | Ondersteuningsplan {c['period']} | basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders"
            path = OUT / f"{name}.{fmt}"
            if fmt == "docx":
                render_docx(blocks, path, header)
            elif fmt == "pdf":
                render_pdf(blocks, path, header, tmpdir)
            else:
                render_html(blocks, path, f"Ondersteuningsplan {c['short']}",
                            ["Home", "Basisondersteuning", "Dekkend aanbod", "Toelaatbaarheid", "Terugplaatsing",
                             "Ouders", "Financiën", "Resultaten", "Contact"])
            cr, el, adv, notes = lab()
            write_label(name, [path.name], sector, el, cr, adv, notes)
            print(f"{path.name}: {wc} words")
        fb = doc_f()
        render_docx(fb, OUT / "school-wilgenhoek-ondersteuningsplan.docx",
                    "OBS De Wilgenhoek | Ondersteuningsplan school 2025-2026")
        write_label("school-wilgenhoek-ondersteuningsplan", ["school-wilgenhoek-ondersteuningsplan.docx"], "po",
                    {}, {}, {}, label_f()["notes"], looks=False)
        print(f"school-wilgenhoek-ondersteuningsplan.docx: {word_count(fb)} words")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
