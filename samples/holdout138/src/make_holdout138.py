#!/usr/bin/env python3
"""Generate the holdout138 labelled test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) plus one near-miss document
(a school-level 'ondersteuningsplan' of a basisschool), each with a label file
<name>.expected.yaml. Deterministic, no network. PDFs are rendered from .docx
with LibreOffice in a private temporary directory.
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
import os
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------- blocks
# A document is a list of blocks: (kind, payload)
#   ("title", [lines])  title page            ("toc", [lines])  table of contents
#   ("h1", text) ("h2", text) ("h3", text)    ("p", text)
#   ("ul", [items])  ("ol", [items])          ("table", [[cells], ...])  first row = header


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(items):
    return ("ol", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if isinstance(payload, str):
            n += len(payload.split())
        else:
            for item in payload:
                if isinstance(item, (list, tuple)):
                    n += sum(len(str(c).split()) for c in item)
                else:
                    n += len(str(item).split())
    return n


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "holdout138"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout138"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            for i, line in enumerate(payload):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(26 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoud", style="Title")
            for line in payload:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in payload:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx container with fixed timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, title, header_text, footer_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<header class="site-header"><p>%s</p></header>' % html.escape(header_text), "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append("<h1>%s</h1>" % html.escape(payload[0]))
            for line in payload[1:]:
                out.append("<p>%s</p>" % html.escape(line))
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            for line in payload:
                out.append("<li>%s</li>" % html.escape(line))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(payload))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % html.escape(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(payload))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            for item in payload:
                out.append("<li>%s</li>" % html.escape(item))
            out.append("</%s>" % kind)
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(str(c)) for c in payload[0]))
            for row in payload[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in row))
            out.append("</table>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append('<footer class="site-footer"><p>%s</p></footer>' % html.escape(footer_text))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
    out = []
    for kind, payload in blocks:
        if kind == "title":
            out.append("# " + payload[0])
            out.extend(["", *payload[1:], ""])
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.extend("- " + l for l in payload)
            out.append("")
        elif kind in ("h1", "h2", "h3"):
            out.append("#" * (int(kind[1]) + 1) + " " + payload + "\n")
        elif kind == "p":
            out.append(payload + "\n")
        elif kind == "ul":
            out.extend("- " + i for i in payload)
            out.append("")
        elif kind == "ol":
            out.extend("%d. %s" % (n + 1, i) for n, i in enumerate(payload))
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(map(str, payload[0])) + " |")
            out.append("|" + "---|" * len(payload[0]))
            for row in payload[1:]:
                out.append("| " + " | ".join(map(str, row)) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target, workdir):
    profile = Path(workdir) / "lo_profile"
    cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
           "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path)]
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(FIXED_DATE.replace(tzinfo=datetime.timezone.utc).timestamp())))
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, env=env)
    produced = Path(workdir) / (Path(docx_path).stem + ".pdf")
    shutil.copyfile(produced, pdf_target)


# ---------------------------------------------------------------- labels
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
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes, looks_like_plan=True):
    path = OUT / (name + ".expected.yaml")
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, yaml_str(v)))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    assert set(criteria) == set(CORE), name
    st = status_from(criteria, advisory)
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, st[e]) for e in ELEMENTS))
    lines.append("criteria:")
    for c in CORE:
        lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append("  %s: %s" % (el, yaml_str(notes[el])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def yaml_str(s):
    return '"%s"' % " ".join(s.split()).replace("\\", "\\\\").replace('"', "'")


# ---------------------------------------------------------------- shared filler
# Filler sections are written so that they mention element vocabulary only in
# passing; they never address a core criterion.

def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan volgt het plan
        {c['prev']} op en beschrijft hoe de {c['n_boards']} aangesloten schoolbesturen de komende vier jaar samen
        werken aan passend onderwijs voor alle {c['kids']} in {c['region']}. Het plan is geschreven in een periode
        waarin veel in beweging was. Het lerarentekort raakte onze scholen hard, de vragen van {c['kids']} en
        gezinnen werden complexer en de landelijke verbeteraanpak passend onderwijs vroeg om scherpere keuzes.
        Tegelijk zien we veel om trots op te zijn: leraren, intern begeleiders, ondersteuningscoördinatoren,
        schoolleiders en onze eigen medewerkers hebben zich ook in lastige omstandigheden ingezet om voor ieder
        kind een plek te vinden waar het zich kan ontwikkelen."""),
        P(f"""In de aanloop naar dit plan hebben we op veel plekken het gesprek gevoerd: in studiemiddagen met
        schoolleiders, in een klankbordgroep van leraren, in twee avonden met ouders, met jeugdprofessionals van
        de gemeenten en uiteraard met de ondersteuningsplanraad. Die gesprekken waren openhartig en soms kritisch.
        Wat ons het meest is bijgebleven, is de wens om het eenvoudiger te maken: minder formulieren, kortere
        lijnen, meer vertrouwen in de professional. Die wens hebben we als rode draad door dit plan gevlochten."""),
        P(f"""Een ondersteuningsplan is geen eindpunt. Het is een gezamenlijke afspraak die we elk jaar opnieuw
        toetsen aan de praktijk van de scholen. Ik dank de leden van de ondersteuningsplanraad voor hun kritische
        en constructieve bijdrage, de wethouders en beleidsadviseurs van {', '.join(c['gemeenten'][:-1])} en
        {c['gemeenten'][-1]} voor het overleg, en alle collega's die met hun ervaring hebben bijgedragen aan de
        tekst. Ik wens u veel leesplezier en nodig u uit om met ons in gesprek te blijven."""),
        P(f"""{c['director']}, directeur-bestuurder {c['short']}"""),
    ]


def samenvatting(c, topics):
    return [
        H1("Samenvatting"),
        P(f"""Dit ondersteuningsplan is het beleidsplan van {c['short']} voor de periode {c['period']}. Het
        beschrijft de koers van het samenwerkingsverband en de afspraken die de schoolbesturen met elkaar hebben
        gemaakt. Het plan is opgebouwd rond de onderwerpen die de wet voor een ondersteuningsplan noemt, aangevuld
        met onderwerpen die wij zelf belangrijk vinden, zoals de samenwerking met de gemeenten en de positie
        van de professionals in de school."""),
        P(f"""Na een korte schets van onze visie en van de regio komen achtereenvolgens aan bod: {topics}.
        Het plan sluit af met de organisatie van het samenwerkingsverband, de medezeggenschap, de planning voor
        de komende jaren en een lijst met begrippen. Waar in dit plan 'scholen' staat, bedoelen we alle
        vestigingen die onder het samenwerkingsverband vallen, tenzij anders vermeld."""),
        P(f"""Het plan is een kaderstellend document. Concrete activiteiten en de begroting per jaar worden
        vastgelegd in het jaarplan en de jaarbegroting, die het bestuur elk jaar vaststelt na advies van de
        directeurenoverleggen. Beide documenten worden aan de ondersteuningsplanraad voorgelegd."""),
    ]


def visie(c, extra="", ambities=True):
    k = c["kids"]
    blocks = [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"""{c['short']} is er voor alle {k} in {c['region']}. Samen met de scholen zorgen we dat ieder kind
        onderwijs krijgt dat bij hem of haar past, dichtbij huis waar het kan en verder weg waar het moet. Wij
        zijn geen onderwijsinstelling: de scholen geven het onderwijs, het samenwerkingsverband faciliteert,
        verbindt en bewaakt de afspraken."""),
        H2("Visie"),
        P(f"""Wij gaan uit van de mogelijkheden van {k}, niet van hun beperkingen. Elk kind heeft recht op een
        ononderbroken ontwikkeling en op leraren die weten wat het nodig heeft. Dat vraagt om scholen die
        handelingsgericht werken, die ouders als partner zien en die niet wachten tot een probleem groot is. Het
        samenwerkingsverband stelt zich daarbij dienend op: we willen dat middelen zo dicht mogelijk bij het kind
        terechtkomen en dat bureaucratie het gesprek over het kind niet in de weg zit."""),
        P(f"""Wij zien passend onderwijs als een gezamenlijke opdracht van onderwijs, jeugdhulp en gemeenten. Geen
        enkele partij kan het alleen. Daarom investeren we in relaties, in korte lijnen en in het elkaar
        aanspreken op afspraken. Inclusiever onderwijs is het perspectief waar we naartoe werken; we zijn ons er
        tegelijk van bewust dat dit een ontwikkeling van jaren is en dat niet elke school morgen alles kan."""),
        H2("Kernwaarden"),
        UL([
            "Vertrouwen: we gaan uit van de professionaliteit van leraren en schoolleiders.",
            "Eigenaarschap: de school is eigenaar van de ondersteuningsvraag; het samenwerkingsverband denkt mee.",
            "Transparantie: we zijn open over keuzes, over geld en over wat goed en minder goed gaat.",
            "Samen: we lossen vragen op met ouders, met het kind en met de partners om de school heen.",
        ]),
    ]
    if not ambities:
        return blocks
    blocks += [
        H2("Ambities voor de planperiode"),
        P(f"""Voor de komende vier jaar hebben we vier ambities geformuleerd, die als richting dienen voor de
        hoofdstukken die volgen: (1) sterke scholen die met vertrouwen ondersteuning bieden; (2) een aanbod dat
        aansluit bij wat {k} nodig hebben; (3) eenvoudige en snelle toegang tot extra ondersteuning; (4) een
        goede samenwerking met ouders en met de jeugdhulp. {extra}"""),
    ]
    return blocks


def context(c, rows):
    return [
        H1("Onze regio"),
        P(f"""Het werkgebied van {c['short']} omvat de gemeenten {', '.join(c['gemeenten'])}. Het is een regio
        met een stedelijke kern en een uitgestrekt landelijk gebied met kleine kernen. De bereikbaarheid van
        speciale voorzieningen is in het buitengebied een aandachtspunt; reistijden van meer dan een half uur zijn
        voor sommige {c['kids']} eerder regel dan uitzondering."""),
        P(f"""Bij het samenwerkingsverband zijn {c['n_boards']} schoolbesturen aangesloten met samen {c['n_schools']}
        vestigingen. Het aantal leerlingen daalt licht; de prognoses van de gemeenten laten tot het einde van de
        planperiode een verdere krimp zien van enkele procenten per jaar, met grote verschillen tussen de kernen.
        Hieronder staan de leerlingaantallen op de teldatum van 1 oktober, zoals vastgesteld door DUO."""),
        TABLE(rows),
        P("""De cijfers zijn ontleend aan de openbare bestanden van DUO en aan de eigen registratie van het
        bureau. Kleine verschillen met andere publicaties kunnen ontstaan door afronding en door de peildatum."""),
    ]


def governance(c, model="raad van toezicht"):
    return [
        H1("Organisatie en governance"),
        H2("Rechtsvorm en bestuur"),
        P(f"""{c['name']} is een stichting, opgericht in 2013. De stichting is statutair gevestigd in
        {c['seat']}. Alle schoolbesturen met een of meer vestigingen in het werkgebied zijn aangesloten. De
        statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten besturen en het
        samenwerkingsverband."""),
        P(f"""Sinds 2020 kent de stichting een scheiding van bestuur en toezicht. Het bestuur wordt gevormd door
        een directeur-bestuurder. Het toezicht ligt bij een {model} van vijf leden, van wie twee onafhankelijke
        leden met expertise op het gebied van financiën en jeugdhulp. De algemene vergadering van schoolbesturen
        benoemt de leden van het toezichthoudend orgaan en stelt het ondersteuningsplan vast op voordracht van de
        directeur-bestuurder. De Code Goed Bestuur is van toepassing; het bestuursreglement en het
        toezichtskader staan op de website."""),
        H2("Bureau"),
        P(f"""Het bureau is gevestigd in {c['seat']}. Het bureau ondersteunt de directeur-bestuurder, voert de
        secretariële werkzaamheden uit voor de commissies en is het aanspreekpunt voor scholen. De formatie is in
        het hoofdstuk Personeel beschreven. De administratie wordt uitgevoerd door een extern administratiekantoor;
        de jaarrekening wordt gecontroleerd door een onafhankelijke accountant."""),
        H2("Overlegstructuur"),
        UL([
            "Algemene vergadering van schoolbesturen: vier keer per jaar.",
            "Directeurenoverleg per subregio: zes keer per jaar, voorbereid door het bureau.",
            "Netwerk intern begeleiders / ondersteuningscoördinatoren: vier bijeenkomsten per jaar.",
            "Strategisch overleg met de gemeenten: twee keer per jaar, ambtelijk vaker.",
        ]),
    ]


def medezeggenschap(c, parents_phrase="ouders"):
    return [
        H1("Medezeggenschap"),
        P(f"""Het samenwerkingsverband kent een ondersteuningsplanraad (OPR). De OPR bestaat uit {c['opr_n']}
        leden; de helft is ouder{' of leerling' if c['sector']=='vo' else ''} en de helft is personeelslid van
        een van de aangesloten scholen. De leden worden afgevaardigd door de medezeggenschapsraden. De OPR heeft
        instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het bureau een eigen
        medezeggenschapsraad voor de medewerkers van het samenwerkingsverband."""),
        P(f"""De OPR is in een vroeg stadium betrokken geweest bij dit plan. In drie werksessies zijn de
        concepthoofdstukken besproken. De OPR heeft op {c['opr_date']} ingestemd met het ontwerp. De OPR vergadert
        zes keer per jaar, waarvan één keer met de directeur-bestuurder en één keer met een delegatie van de raad
        van toezicht. De leden ontvangen een vrijwilligersvergoeding en kunnen scholing volgen bij een landelijk
        steunpunt voor medezeggenschap."""),
    ]


def oogo(c, substance=True):
    blocks = [
        H1("Samenwerking met gemeenten"),
        H2("Op overeenstemming gericht overleg"),
        P(f"""Het ontwerp van dit ondersteuningsplan is op {c['oogo_date']} besproken in het op overeenstemming
        gericht overleg (OOGO) met de colleges van burgemeester en wethouders van {', '.join(c['gemeenten'])}.
        Het overleg volgde de procedure die het samenwerkingsverband en de gemeenten in 2014 hebben afgesproken,
        inclusief de regeling voor het geval geen overeenstemming wordt bereikt. Ook is het ontwerp besproken met
        het samenwerkingsverband {c['other_swv']} waarvan het werkgebied overlapt met het onze."""),
    ]
    if substance:
        blocks += [
            P(f"""De gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda opgesteld met vier
            thema's: de aansluiting tussen ondersteuning op school en jeugdhulp, leerlingenvervoer,
            onderwijshuisvesting voor voorzieningen en de overgang naar vervolgonderwijs en arbeid. Voor elk
            thema is een ambtelijk trekker aangewezen. Jeugdprofessionals van de gemeentelijke teams zijn
            gekoppeld aan de scholen en nemen deel aan het ondersteuningsteam wanneer de vraag van een kind
            daarom vraagt. Voor {c['kids']} die naast onderwijs zorg nodig hebben, sluiten school, zorgaanbieder en
            gemeente een onderwijs-zorgarrangement af, waarin is vastgelegd wie wat betaalt."""),
        ]
    else:
        blocks += [
            P("""Het verslag van het OOGO is door beide partijen vastgesteld en is bij het bureau op te vragen.
            Er zijn geen punten van verschil overgebleven."""),
        ]
    return blocks


def personeel(c, fte_rows):
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het samenwerkingsverband heeft een klein bureau; de eigen organisatie is bewust compact
        gehouden. De onderstaande tabel geeft de formatie
        per 1 januari van het jaar waarin dit plan is vastgesteld."""),
        TABLE(fte_rows),
        P("""De medewerkers vallen onder de cao van de sector. Het samenwerkingsverband voert een eigen
        gesprekkencyclus en heeft een professionaliseringsbudget per medewerker. Voor gedragswetenschappers geldt
        een registratie-eis (NIP of NVO); het samenwerkingsverband faciliteert de herregistratie."""),
        H2("Deskundigheid in de scholen"),
        P(f"""De scholen blijven verantwoordelijk voor de professionalisering van hun eigen personeel. Het
        samenwerkingsverband organiseert wel een regionaal aanbod van netwerkbijeenkomsten en
        studiemiddagen voor intern begeleiders, ondersteuningscoördinatoren en schoolleiders. Thema's in de
        afgelopen jaren waren onder meer gedrag in de klas, executieve functies, meertaligheid en het voeren van
        moeilijke gesprekken met ouders. Het lerarentekort maakt het moeilijk om leraren vrij te roosteren;
        daarom bieden we een deel van het aanbod online en op de scholen zelf aan."""),
    ]


def ict_privacy(c):
    return [
        H1("Informatievoorziening en privacy"),
        P(f"""Voor de aanvragen bij het samenwerkingsverband gebruiken scholen een beveiligde online omgeving. In
        deze omgeving worden de dossiers van leerlingen opgebouwd en gedeeld met de medewerkers die daarvoor
        bevoegd zijn. Het samenwerkingsverband heeft met de leverancier een verwerkersovereenkomst gesloten. Ouders
        geven, waar dat nodig is, toestemming voor het delen van gegevens; de school informeert ouders over welke
        gegevens worden gedeeld en waarom."""),
        P("""Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, gedeeld met twee
        andere samenwerkingsverbanden in de provincie. Datalekken worden gemeld volgens de interne procedure.
        Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor de
        wettelijke taken, en worden niet langer bewaard dan de wet toestaat. Het privacyreglement is in 2024
        geactualiseerd en door de OPR besproken."""),
        P("""Voor de komende periode staat de vervanging van het registratiesysteem op de planning. We kiezen
        daarbij voor een systeem dat aansluit bij de leerlingadministratiesystemen van de scholen, zodat gegevens
        niet dubbel hoeven te worden ingevoerd."""),
    ]


def planning(c, rows):
    return [
        H1("Planning en jaarcyclus"),
        P(f"""Het ondersteuningsplan geldt voor de periode {c['period']}. Elk jaar stelt het bestuur een jaarplan
        en een jaarbegroting vast, waarin de ambities uit dit plan worden vertaald naar activiteiten. Het bureau
        bereidt het jaarplan in het voorjaar voor, zodat het vóór de zomervakantie kan worden vastgesteld. De
        globale planning staat hieronder."""),
        TABLE(rows),
        P(f"""Het plan is op {c['vaststelling']} vastgesteld door de algemene vergadering van schoolbesturen, na
        instemming van de OPR en na het OOGO met de gemeenten. Het plan is vóór 1 mei toegezonden aan de
        inspectie van het onderwijs."""),
    ]


def wettelijk_kader(c):
    art = "artikel 18a van de Wet op het primair onderwijs" if c["sector"] == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    return [
        H1("Wettelijk kader"),
        P(f"""Het samenwerkingsverband is ingesteld op grond van {art}. De wet draagt het samenwerkingsverband
        op om een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren,
        zodat {c['kids']} een ononderbroken ontwikkelingsproces kunnen doormaken. Het samenwerkingsverband stelt
        ten minste eens in de vier jaar een ondersteuningsplan vast."""),
        P("""Volgens de wet bevat het ondersteuningsplan in elk geval: de wijze waarop het samenhangend geheel van
        voorzieningen wordt gerealiseerd, inclusief de basisondersteuning op alle vestigingen; de procedure en
        criteria voor de verdeling, besteding en toewijzing van ondersteuningsmiddelen, mede in het licht van een
        meerjarenbegroting; de procedure en criteria voor de toelaatbaarheid tot het speciaal onderwijs; de
        procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten; en de
        wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke
        ondersteuningsmogelijkheden. In de hoofdstukken van dit plan geven wij hier invulling aan, voor zover
        de uitwerking niet in afzonderlijke reglementen of in het jaarplan is opgenomen."""),
        P("""Het ondersteuningsplan wordt vastgesteld na op overeenstemming gericht overleg met de gemeenten,
        na overleg met de samenwerkingsverbanden waarvan het werkgebied overlapt en na instemming van de
        ondersteuningsplanraad. Het vastgestelde plan wordt vóór 1 mei aan de inspectie gezonden."""),
    ]


def totstandkoming(c):
    return [
        H1("Totstandkoming van dit plan"),
        P(f"""Het schrijven van dit plan begon in het voorjaar voorafgaand aan de planperiode met een serie van
        vier werksessies met schoolleiders, intern begeleiders en bestuurders. Een schrijfgroep van zes mensen
        verwerkte de opbrengst in een eerste concept. Dat concept is in het najaar besproken in de
        directeurenoverleggen, met de OPR en met de beleidsadviseurs onderwijs en jeugd van de gemeenten."""),
        P("""Daarna is het concept op twee punten ingrijpend herschreven. In de eerste plaats is het plan korter
        geworden: details die jaarlijks veranderen, horen in het jaarplan of in een reglement, niet in een plan
        voor vier jaar. In de tweede plaats is de taal eenvoudiger gemaakt, zodat het plan ook leesbaar is voor
        wie niet dagelijks met passend onderwijs bezig is. Een meelezer vanuit de ouders heeft daarbij geholpen."""),
        P(f"""De tijdlijn was als volgt: concept gereed in november, bespreking met de OPR in december en januari,
        instemming van de OPR op {c['opr_date']}, OOGO op {c['oogo_date']} en vaststelling op {c['vaststelling']}.
        De publicatie van het plan gebeurt op de website van het samenwerkingsverband; scholen ontvangen een
        digitale versie en een samenvatting op één pagina voor in de teamkamer."""),
    ]


def begrippen(extra_rows):
    rows = [["Begrip", "Omschrijving"]] + extra_rows
    return [H1("Bijlage: Begrippenlijst"), TABLE(rows)]


# ================================================================ plan 1 (PO, docx)
def plan_lingedal():
    c = dict(name="Stichting Samenwerkingsverband Passend Primair Onderwijs Lingedal", short="SWV Lingedal",
             code="PO 25-19", sector="po", kids="kinderen", region="het Lingedal en de Tielerwaard",
             gemeenten=["Geldermalsen-West", "Lingewaal", "Tielerwaard", "Neerbosch"], n_boards=9,
             n_schools=58, period="2025-2029", prev="2021-2025", director="drs. M.A. (Marieke) van Doorn",
             seat="Tielerwaard", opr_n=12, opr_date="11 februari 2025", oogo_date="4 maart 2025",
             other_swv="VO Rivierenland", vaststelling="18 maart 2025")
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Samen sterk voor ieder kind in het Lingedal",
                    c["name"] + " (" + c["code"] + ")",
                    "Vastgesteld door de algemene vergadering op 18 maart 2025",
                    "Met instemming van de ondersteuningsplanraad d.d. 11 februari 2025"]),
         ("toc", ["Voorwoord ........ 3", "Samenvatting ........ 4", "1 Missie, visie en ambities ........ 5",
                  "2 Onze regio ........ 7", "3 Basisondersteuning: wat iedere school biedt ........ 8",
                  "4 Extra ondersteuning en een dekkend aanbod ........ 11",
                  "5 Toelaatbaarheid tot sbo en so ........ 14", "6 Communicatie en samenwerking ........ 18",
                  "7 Resultaten en kwaliteit ........ 20", "8 Financiën ........ 22",
                  "9 Organisatie en governance ........ 25", "10 Medezeggenschap ........ 27",
                  "11 Samenwerking met gemeenten ........ 28", "12 Personeel en professionalisering ........ 29",
                  "13 Informatievoorziening en privacy ........ 30", "14 Planning en jaarcyclus ........ 31",
                  "Bijlage: Begrippenlijst (terugplaatsing, meerjarenbegroting, monitoring, ouder- en jeugdsteunpunt) ........ 32"])]
    b += voorwoord(c)
    b += samenvatting(c, """de basisondersteuning die elke school biedt, de extra ondersteuning en het dekkend
        aanbod, de toelaatbaarheid tot het speciaal (basis)onderwijs, de communicatie met ouders, de resultaten die we
        willen bereiken en de financiën""")
    b += visie(c, "Bij elke ambitie hoort een beoogd resultaat; die staan in hoofdstuk 7.")
    b += context(c, [["Schooltype", "2021", "2022", "2023", "2024"],
                     ["Basisonderwijs", "10.912", "10.804", "10.655", "10.540"],
                     ["Speciaal basisonderwijs (sbo De Regenboog)", "196", "201", "207", "212"],
                     ["Aantal vestigingen bao + sbo", "59", "59", "58", "58"]])
    b += [
        H1("Basisondersteuning: wat iedere school biedt"),
        H2("Een gezamenlijke ondergrens"),
        P("""In het Lingedal verstaan we onder basisondersteuning het geheel van preventieve en licht curatieve
        ondersteuning dat iedere vestiging van iedere aangesloten school biedt, zonder dat daarvoor een aanvraag bij
        het samenwerkingsverband nodig is. Het is een ondergrens: alle negen besturen hebben zich eraan
        gecommitteerd en het geldt voor alle 58 vestigingen, ook voor sbo De Regenboog. Het niveau is vastgelegd in
        de 'Lingedalse standaard', die de algemene vergadering op 12 november 2024 heeft vastgesteld. Een school mag
        meer bieden dan de standaard, nooit minder."""),
        P("""Basisondersteuning is iets anders dan basiskwaliteit. Basiskwaliteit is wat de inspectie van elke
        school verlangt; de Lingedalse standaard gaat daar op onderdelen bovenuit. Waar basisondersteuning ophoudt,
        begint extra ondersteuning (hoofdstuk 4)."""),
        H2("De twaalf standaarden"),
        P("""Ouders kunnen op elke school in het Lingedal rekenen op het volgende:"""),
        OL([
            """Een intern begeleider met een afgeronde opleiding, met ten minste 0,1 fte per 100 leerlingen en
            minimaal 0,4 fte per vestiging.""",
            """Een ondersteuningsteam dat minimaal drie keer per jaar bijeenkomt, met de intern begeleider, de
            schoolmaatschappelijk werker of jeugdprofessional van de gemeente en een orthopedagoog van het
            samenwerkingsverband; ouders worden voor de bespreking van hun kind uitgenodigd.""",
            """Handelingsgericht werken: groepsoverzichten en een cyclus van signaleren, analyseren, plannen en
            evalueren, drie keer per jaar.""",
            """Een dyslexieprotocol volgens het landelijk Protocol Leesproblemen en Dyslexie, met extra
            leesbegeleiding van ten minste drie keer twintig minuten per week voor leerlingen in de
            interventiefase.""",
            """Een rekenprotocol (ERWD) en materiaal voor leerlingen met ernstige rekenproblemen.""",
            """Een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep: compacten en verrijken, en
            toegang tot de bovenschoolse plusklas van het eigen bestuur.""",
            """Een schoolbrede aanpak voor sociale veiligheid en gedrag, met een gedragsprotocol en een
            geregistreerde methode voor sociaal-emotioneel leren.""",
            """Een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, opgesteld
            met ouders en jaarlijks geëvalueerd.""",
            """Een protocol medisch handelen en afspraken over het geven van medicijnen.""",
            """Ondersteuning bij Nederlands als tweede taal voor nieuwkomers die na een jaar schakelklas
            instromen.""",
            """Een warme overdracht bij de overstap naar het voortgezet onderwijs, met gebruik van het
            regionale overstapdossier.""",
            """Een toegankelijk gebouw voor zover de huisvesting dat toelaat, en afspraken met het bestuur over
            aanpassingen als een leerling met een lichamelijke beperking zich aanmeldt.""",
        ]),
        H2("Hoe we de standaard bewaken"),
        P("""Iedere school beschrijft in de schoolgids hoe zij de twaalf standaarden invult. Eens per twee jaar
        voert een consulent van het samenwerkingsverband met de directeur en de intern begeleider het gesprek
        'Basis op orde' aan de hand van de kwaliteitskaart. Voldoet een school op een standaard niet, dan stelt het
        bestuur binnen drie maanden een verbeterplan op, dat het samenwerkingsverband een jaar later opnieuw
        bespreekt."""),
        H1("Extra ondersteuning en een dekkend aanbod"),
        H2("Van basis naar specialistisch"),
        P("""Niet elk kind is geholpen met de basisondersteuning. Voor die kinderen kent het Lingedal een
        opbouw in vijf niveaus. Niveau 1 en 2 vallen binnen de basisondersteuning (de groep en de school). Op
        niveau 3 zet de school een arrangement in met middelen uit het schoolbudget van het bestuur, bijvoorbeeld
        een onderwijsassistent of een training. Op niveau 4 vraagt de school via het ondersteuningsloket een
        bovenschools arrangement aan. Niveau 5 is plaatsing in het speciaal basisonderwijs of het speciaal
        onderwijs."""),
        TABLE([["Niveau", "Wat", "Voorbeelden in het Lingedal"],
               ["1", "Basisondersteuning in de groep", "Differentiatie, dyslexiebegeleiding, compacten en verrijken"],
               ["2", "Basisondersteuning in de school", "Ondersteuningsteam, OPP, inzet IB, schoolmaatschappelijk werk"],
               ["3", "Schoolarrangement", "Onderwijsassistent, faalangsttraining, plusklas van het bestuur"],
               ["4", "Bovenschools arrangement",
                "Taalklas De Brug (nieuwkomers), observatiegroep Het Kompas (max. 12 weken), voltijd HB-groep Kiem, ambulante begeleiding"],
               ["5", "Speciale voorziening", "Sbo De Regenboog; so cluster 3 De Hoeksteen; so cluster 4 De Bolder; so buiten de regio"]]),
        P("""Een bovenschools arrangement wordt toegekend door het ondersteuningsloket na een gesprek met school
        en ouders (het 'arrangeergesprek'). Het loket streeft naar een besluit binnen vier weken."""),
        H2("Zicht op wie buiten de boot valt"),
        P("""Een dekkend aanbod betekent dat er voor ieder kind een plek is. Om te weten waar dat niet lukt, houdt
        het ondersteuningsloket een register bij van kinderen die niet of niet volledig naar school gaan, kinderen
        op een wachtlijst voor een voorziening en kinderen voor wie geen passend aanbod beschikbaar is. Scholen en
        leerplichtambtenaren melden zo'n kind binnen één week bij het loket. Het loket organiseert binnen vier
        weken een rondetafelgesprek met school, ouders, leerplicht en jeugdhulp. Als er na acht weken geen
        oplossing is, neemt de directeur-bestuurder de regie en kan zij een bestuur vragen een kind tijdelijk te
        plaatsen (doorzettingsmacht, afgesproken in de samenwerkingsovereenkomst)."""),
        P("""Het register wordt twee keer per jaar geanalyseerd. Blijkt daaruit dat een bepaald type aanbod
        structureel ontbreekt, dan legt de directeur-bestuurder de algemene vergadering een voorstel voor om het
        aanbod uit te breiden. Op grond van zo'n analyse is in 2023 de HB-groep Kiem gestart en wordt in 2025 de
        observatiegroep uitgebreid met een tweede locatie in het oosten van de regio."""),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Wie vraagt aan en hoe"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bevoegd gezag
        van de school waar de leerling staat ingeschreven. Voor kinderen die nog niet op school zitten (bijvoorbeeld
        vanuit een kinderdagcentrum) vraagt de school van aanmelding aan. De procedure verloopt in zes stappen:"""),
        OL([
            "De school bespreekt de leerling in het ondersteuningsteam en stelt met ouders vast dat een TLV nodig lijkt.",
            """De school vult het groeidocument aan met het OPP, de evaluatie van ingezette arrangementen en de
            zienswijze van ouders, en dient de aanvraag in via de online omgeving.""",
            """Het loket controleert binnen vijf werkdagen of het dossier compleet is.""",
            """Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of psycholoog
            en, afhankelijk van de vraag, een tweede deskundige (kinderpsychiater, maatschappelijk werker,
            pedagoog of arts). De deskundigen zijn niet betrokken geweest bij de aanvraag.""",
            """De Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder een besluit, binnen
            zes weken na ontvangst van het complete dossier.""",
            """Ouders en school ontvangen het besluit met een afschrift van beide adviezen.""",
        ]),
        H2("Wanneer is een kind toelaatbaar"),
        P("""De CvT toetst aan de volgende criteria. Voor het sbo: (a) de school heeft de basisondersteuning en
        ten minste één schoolarrangement of bovenschools arrangement aantoonbaar ingezet en geëvalueerd; (b) de
        ondersteuningsbehoefte vraagt structureel om een kleinere groep en specifieke didactiek of gedragsaanpak die
        de reguliere school ook met extra ondersteuning niet kan bieden; (c) er is een ontwikkelingsperspectief
        waaruit blijkt dat het kind in het sbo naar verwachting tot een betere ontwikkeling komt. Voor het so komt
        daarbij: (d) er is sprake van een ernstige belemmering (verstandelijk, lichamelijk, langdurig ziek of
        ernstige gedrags- of psychiatrische problematiek) die een intensieve combinatie van onderwijs en zorg
        vraagt; (e) het sbo biedt onvoldoende perspectief."""),
        H2("Duur en bekostigingscategorie"),
        P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt
        afgegeven voor twee schooljaren, voor kinderen met een meervoudige beperking voor de gehele
        schoolperiode. Bij een TLV so stelt de CvT de bekostigingscategorie vast: laag, midden of hoog. Categorie
        midden of hoog wordt alleen afgegeven op grond van een lichamelijke of meervoudige beperking."""),
        H2("Bezwaar"),
        P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het
        samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen;
        deze brengt advies uit aan de directeur-bestuurder, die daarna opnieuw beslist."""),
        H2("Afloop van de toelaatbaarheidsverklaring"),
        P("""Een TLV is geen eindstation. Het samenwerkingsverband gaat ervan uit dat een kind zo thuisnabij en zo
        regulier mogelijk onderwijs volgt en dat een plaatsing in het sbo of so waar mogelijk tijdelijk is. Een
        kind keert terug naar een basisschool wanneer uit het OPP blijkt dat de ondersteuningsbehoefte met de
        basisondersteuning en eventueel een arrangement in een reguliere school kan worden beantwoord, en ouders
        daarmee instemmen."""),
        P("""In het laatste jaar van de TLV, uiterlijk op 1 februari, evalueert de sbo- of so-school samen met
        ouders het OPP. De school neemt daarbij het initiatief en nodigt een consulent van het samenwerkingsverband
        uit. De uitkomst is een van drie: (1) het kind gaat terug naar een basisschool; (2) het kind stroomt door
        naar een andere speciale school; (3) de school vraagt een nieuwe TLV aan, die de CvT op dezelfde wijze
        beoordeelt als een eerste aanvraag. Kiezen ouders en school voor terugkeer, dan zoeken zij samen met de
        consulent vóór 1 april een basisschool, bij voorkeur in de eigen kern. Tussentijdse terugkeer is altijd
        mogelijk na een evaluatie van het OPP."""),
        P("""De ontvangende basisschool krijgt een terugkeerarrangement: gedurende twintig weken begeleidt een
        leerkracht van de sbo- of so-school het kind en de nieuwe leerkracht, en de basisschool ontvangt een
        bedrag van € 2.500 voor extra handen in de klas. Na twintig weken en na een jaar evalueren school,
        ouders en consulent de plaatsing."""),
        H1("Communicatie en samenwerking"),
        H2("Communicatie met scholen"),
        P("""Het samenwerkingsverband informeert de scholen via een nieuwsbrief die zes keer per jaar verschijnt,
        via het directeurenoverleg en via het netwerk van intern begeleiders."""),
        H2("Ouders weten waar ze aan toe zijn"),
        P("""Ouders moeten kunnen weten wat de school en het samenwerkingsverband voor hun kind kunnen doen. Wij
        informeren ouders daarom langs verschillende wegen over de ondersteuning die er is. De website bevat een
        ouderdeel met uitleg over de Lingedalse standaard, de arrangementen en de TLV-procedure. Iedere school
        reikt bij de intake de folder 'Passend onderwijs in het Lingedal' uit, die ook in het Engels, Arabisch en
        Pools beschikbaar is. De schoolgids beschrijft welke ondersteuning de school biedt. Twee keer per jaar
        organiseert het samenwerkingsverband een ouderavond over een actueel thema, en elke woensdagochtend houdt
        een consulent een telefonisch spreekuur voor ouders."""),
        P("""Ouders met vragen of een verschil van mening kunnen terecht bij het Ouder- en Jeugdsteunpunt
        Lingedal. Het steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband: de ouderadviseurs
        zijn in dienst van de stichting MEE en staan uitsluitend naast ouders en kind. Daarnaast kunnen ouders
        gebruikmaken van de onderwijsconsulenten, die kosteloos bemiddelen bij problemen rond toelating,
        verwijdering of ondersteuning. Voor klachten geldt de klachtenregeling van het samenwerkingsverband;
        geschillen over de ondersteuning kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
        P("""Ouders zijn ook betrokken bij het beleid: de helft van de OPR bestaat uit ouders, en ouders worden
        bij elke bespreking van hun kind in het ondersteuningsteam uitgenodigd."""),
        H1("Resultaten en kwaliteit"),
        H2("Wat we willen bereiken"),
        P("""Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd. Ze sluiten aan op de vier
        ambities uit hoofdstuk 1."""),
        TABLE([["Ambitie", "Beoogd resultaat in 2029"],
               ["Sterke scholen", "Alle 58 vestigingen voldoen aan de twaalf standaarden van de Lingedalse standaard."],
               ["Passend aanbod", "Het aandeel leerlingen in sbo en so blijft onder 3,2% van het totaal aantal leerlingen."],
               ["Snelle toegang", "Een besluit over een bovenschools arrangement volgt in 90% van de gevallen binnen vier weken."],
               ["Samenwerking", "Geen enkel kind is langer dan drie maanden thuiszitter; ten minste 80% van de ouders is tevreden over het arrangeergesprek."]]),
        P("""Hoe we de voortgang op deze resultaten gaan meten en erover rapporteren, leggen we vast in een
        monitoringskader. Dat kader werken we in de loop van schooljaar 2025-2026 uit met de besturen en de OPR.
        Tot die tijd geldt: p.m."""),
        H1("Financiën"),
        H2("Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Een deel
        van het budget voor zware ondersteuning wordt door DUO rechtstreeks ingehouden en afgedragen aan de so-scholen
        waar leerlingen uit onze regio met een TLV staan ingeschreven."""),
        H2("Verdeelmodel"),
        P("""De middelen die na de afdrachten overblijven, verdelen we volgens het verdeelmodel dat sinds 2021
        geldt. 70% van het budget gaat als schoolbudget naar de besturen, verdeeld naar rato van het aantal
        leerlingen op 1 oktober van het voorgaande jaar; dat komt in 2025 neer op € 152 per leerling. De besturen
        bepalen zelf hoe zij het schoolbudget over hun scholen verdelen, met als voorwaarde dat iedere school de
        Lingedalse standaard kan waarmaken. 30% blijft bij het samenwerkingsverband en is bestemd voor de
        bovenschoolse arrangementen (niveau 4), de groeibekostiging van sbo De Regenboog, het
        ondersteuningsloket en het bureau. Bovenschoolse arrangementen worden toegekend volgens de criteria in
        hoofdstuk 4; er is geen vast budget per school."""),
        H2("Reserves"),
        P("""De algemene reserve bedroeg eind 2024 circa 9% van de jaarlijkse baten. Het bestuur hanteert een
        ondergrens van 5% en een signaleringswaarde conform de methodiek van de inspectie; middelen boven de
        signaleringswaarde worden in de planperiode ingezet voor de uitbreiding van de observatiegroep."""),
        H2("Meerjarenbegroting"),
        P("""De meerjarenbegroting 2025-2029 wordt na vaststelling van de jaarrekening 2024 aan dit plan
        toegevoegd. Meerjarenbegroting: p.m."""),
    ]
    b += governance(c)
    b += medezeggenschap(c)
    b += oogo(c, substance=True)
    b += personeel(c, [["Functie", "fte"], ["Directeur-bestuurder", "1,0"], ["Orthopedagogen / consulenten", "5,6"],
                       ["Loketmedewerkers", "1,8"], ["Beleidsmedewerker en controller", "1,2"], ["Secretariaat", "1,4"]])
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar", "Belangrijkste activiteiten"],
                      ["2025-2026", "Uitbreiding observatiegroep; monitoringskader uitwerken; evaluatie arrangeergesprek"],
                      ["2026-2027", "Eerste ronde 'Basis op orde' onder de nieuwe standaard afgerond"],
                      ["2027-2028", "Tussenevaluatie verdeelmodel met de besturen"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["CvT", "Commissie van Toelaatbaarheid."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
        ["Monitoring", "Het volgen van ontwikkelingen aan de hand van gegevens."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
        ["OPP", "Ontwikkelingsperspectief(plan)."],
        ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het regulier basisonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring, af te geven door het samenwerkingsverband."],
    ])
    crit = {k: True for k in CORE}
    crit["financien.besteding"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning: wat iedere school biedt': ondergrens for all 58 vestigingen + twelve concrete standards; borging via 'Basis op orde' gesprek.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': six-step procedure, CvT, 6 weeks, criteria (a)-(e) for sbo/so, two deskundigen, duration/category, bezwaar via LBT.",
        "terugstroom": "Hidden in §'Afloop van de toelaatbaarheidsverklaring' inside the TLV chapter (no 'terugplaatsing' heading): policy (thuisnabij, conditions, terugkeerarrangement 20 weeks) and procedure (evaluation by 1 Feb, school initiates, three outcomes, CvT for new TLV).",
        "financien": "Verdeelmodel 70/30 with € 152 per leerling addressed; meerjarenbegroting is 'p.m.' and deferred until after jaarrekening, no budget with amounts -> besteding false. Reserves paragraph present.",
        "dekkend-aanbod": "Ch. 'Extra ondersteuning en een dekkend aanbod': five-level continuum table; 'Zicht op wie buiten de boot valt' covers register of thuiszitters/wachtlijst, rondetafel, doorzettingsmacht, gap analysis.",
        "resultaten": "Ch. 'Resultaten en kwaliteit': beoogde resultaten table with targets; monitoring explicitly deferred ('monitoringskader ... in de loop van 2025-2026', p.m.).",
        "ouders": "Inside ch. 'Communicatie en samenwerking': website, folder in 4 languages, schoolgids, ouderavonden, spreekuur; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, geschillencommissie.",
    }
    return c, b, crit, adv, notes


# ================================================================ plan 2 (VO, docx)
def plan_heuvelrand():
    c = dict(name="Stichting Samenwerkingsverband Voortgezet Onderwijs Heuvelrand", short="SWV VO Heuvelrand",
             code="VO 26-08", sector="vo", kids="jongeren", region="de Heuvelrand en het Eemdal",
             gemeenten=["Heuvelrand", "Eemdal", "Soestbergen"], n_boards=7, n_schools=16,
             period="2025-2029", prev="2021-2025", director="J.P. (Jeroen) Kortekaas MSc",
             seat="Soestbergen", opr_n=10, opr_date="5 maart 2025", oogo_date="12 februari 2025",
             other_swv="PO Eemland-Zuid", vaststelling="26 maart 2025")
    b = [("title", ["Ondersteuningsplan 2025-2029", "Elke jongere een passende plek",
                    c["name"] + " - " + c["code"], "Definitieve versie, maart 2025"]),
         ("toc", ["Voorwoord", "Samenvatting", "1 Missie, visie en ambities", "Wettelijk kader", "2 Onze regio",
                  "3 Het ondersteuningsaanbod", "   3.1 Niveau 1: basisondersteuning in de school",
                  "   3.2 Niveau 2: bovenschoolse arrangementen", "   3.3 Niveau 3: voortgezet speciaal onderwijs",
                  "   3.4 Een dekkend netwerk", "4 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
                  "5 Ouders en leerlingen", "6 Kwaliteitszorg", "7 Geld en middelen",
                  "8 Samenwerking met gemeenten", "9 Organisatie en governance", "10 Medezeggenschap",
                  "11 Personeel en professionalisering", "12 Informatievoorziening en privacy",
                  "13 Planning en jaarcyclus", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Kwaliteitskaart basisondersteuning (afzonderlijk gepubliceerd)",
                  "Bijlage 3 Ouder- en jeugdsteunpunt en klachtenroute (zie website)"])]
    b += voorwoord(c)
    b += samenvatting(c, """het ondersteuningsaanbod op drie niveaus, de toewijzing van vso, lwoo en
        praktijkonderwijs, de informatie aan ouders en leerlingen, de kwaliteitszorg en het financieel beleid""")
    b += visie(c, "Voor jongeren in het vo betekent dat ook: meepraten over de eigen ondersteuning.")
    b += wettelijk_kader(c)
    b += context(c, [["Schoolsoort", "2021", "2022", "2023", "2024"],
                     ["Vmbo (incl. lwoo)", "3.402", "3.377", "3.320", "3.296"],
                     ["Havo/vwo", "5.118", "5.164", "5.130", "5.087"],
                     ["Praktijkonderwijs", "311", "306", "318", "322"],
                     ["Vso (3 scholen)", "447", "452", "466", "471"]])
    b += [
        H1("Het ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in de Heuvelrand is georganiseerd in drie niveaus. Elke school heeft haar
        aanbod beschreven in het schoolondersteuningsprofiel, dat vanaf 2025 opgaat in de schoolgids. Dit hoofdstuk
        beschrijft hoe de niveaus samenhangen."""),
        H2("Niveau 1: basisondersteuning in de school"),
        P("""Alle 16 vestigingen in ons samenwerkingsverband bieden minimaal hetzelfde, met alle besturen
        afgesproken niveau van basisondersteuning; dat is de ondergrens voor iedere vestiging, van praktijkschool
        tot gymnasium. Wat dat niveau precies inhoudt, is per onderdeel uitgewerkt in de Kwaliteitskaart
        basisondersteuning (bijlage 2). De kwaliteitskaart wordt afzonderlijk gepubliceerd en maakt geen deel
        uit van dit document."""),
        H2("Niveau 2: bovenschoolse arrangementen"),
        P("""Wanneer een leerling meer nodig heeft dan de school kan bieden, kan de school een bovenschools
        arrangement inzetten. Het samenwerkingsverband kent de volgende voorzieningen:"""),
        UL([
            """OPDC De Overstap (Soestbergen): tijdelijke plaatsing van maximaal één schooljaar voor leerlingen
            in vmbo en praktijkonderwijs die in een kleine setting moeten werken aan gedrag en leren, met als doel
            terugkeer naar de eigen school.""",
            """Rebound Heuvelrand: kortdurende opvang (acht tot twaalf weken) voor leerlingen die tijdelijk niet
            in de klas kunnen functioneren, voor alle schoolsoorten.""",
            """Op-Maat-klassen op twee havo/vwo-scholen voor leerlingen met een diagnose in het autismespectrum
            die cognitief goed mee kunnen.""",
            """Ambulante begeleiding door het expertisecentrum van het vso, op aanvraag van de school.""",
            """Taalroute voor nieuwkomers: ISK in Soestbergen, met doorstroom naar alle schoolsoorten.""",
        ]),
        H2("Niveau 3: voortgezet speciaal onderwijs"),
        P("""Voor jongeren die een intensieve combinatie van onderwijs en zorg nodig hebben, zijn er in de regio
        drie vso-scholen: een school voor cluster 4 met uitstroomprofielen vervolgonderwijs, arbeidsmarkt en
        dagbesteding, een school voor zeer moeilijk lerende leerlingen en een school voor leerlingen met een
        lichamelijke beperking of langdurige ziekte. Voor leerlingen met een visuele of auditieve beperking
        (cluster 1 en 2) werken we samen met de landelijke instellingen; zij vallen niet onder de toelaatbaarheid
        van het samenwerkingsverband."""),
        H2("Een dekkend netwerk"),
        P("""Het samenwerkingsverband wil dat er voor iedere jongere een passende plek is. Of ons netwerk van
        voorzieningen werkelijk dekkend is, gaan we in 2026 onderzoeken; daarbij betrekken we ook de aanpak van
        thuiszitters, die we met de leerplichtambtenaren nader uitwerken. De uitkomsten verwerken we in het
        jaarplan 2027."""),
        H1("Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        H2("Toelaatbaarheid tot het vso"),
        P("""De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door de school waar de leerling
        staat ingeschreven, via het Loket Heuvelrand. Bij de aanvraag horen het OPP, het onderwijskundig rapport,
        een overzicht van de ingezette ondersteuning en de zienswijze van ouders en leerling. De Commissie
        Toewijzing beoordeelt de aanvraag. Zij wint het advies in van twee deskundigen: een orthopedagoog of
        psycholoog, en een tweede deskundige die past bij de vraag van de leerling (bijvoorbeeld een
        kinder- en jeugdpsychiater of een maatschappelijk werker). De directeur-bestuurder beslist binnen zes weken
        na ontvangst van een volledig dossier; ouders en school ontvangen het besluit en de adviezen."""),
        P("""Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de school
        heeft de basisondersteuning en ten minste één bovenschools arrangement ingezet en geëvalueerd; uit het OPP
        blijkt dat de leerling ook met aanpassingen in het regulier onderwijs geen ontwikkeling meer doormaakt of dat
        zijn veiligheid of die van anderen in het geding is; en de onderwijsbehoefte vraagt om een setting met
        kleine groepen, specialistische begeleiding en structurele inzet van zorg binnen de school."""),
        P("""De TLV wordt in de regel afgegeven voor twee schooljaren, bij een ernstig meervoudige of
        levensduurbepalende beperking voor de gehele schoolloopbaan. De Commissie Toewijzing stelt de
        bekostigingscategorie laag, midden of hoog vast."""),
        H2("Leerwegondersteunend onderwijs"),
        P("""Het samenwerkingsverband hanteert de landelijke criteria voor lwoo (geen opting out). De vmbo-school
        dient de aanvraag uiterlijk 1 maart voorafgaand aan het schooljaar in bij het Loket, met de gegevens over
        intelligentie, leerachterstanden en sociaal-emotionele problematiek. De Commissie Toewijzing beslist binnen
        vier weken. Een aanwijzing lwoo geldt voor de duur van de vmbo-opleiding."""),
        H2("Praktijkonderwijs"),
        P("""Voor praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van
        ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen). De
        praktijkschool vraagt de TLV pro aan bij het Loket; de Commissie Toewijzing beslist binnen vier weken. De
        TLV pro geldt voor de hele schoolloopbaan in het praktijkonderwijs."""),
        H1("Ouders en leerlingen"),
        P("""Ouders en leerlingen zijn de eerste ervaringsdeskundigen. Wij vinden het belangrijk dat zij weten
        welke ondersteuning er is en hoe zij daar gebruik van kunnen maken. Het samenwerkingsverband informeert
        ouders en leerlingen over de ondersteuningsvoorzieningen via:"""),
        UL([
            "de website, met een apart deel voor ouders en een deel voor leerlingen in eenvoudige taal;",
            "de brochure 'Van groep 8 naar het vo met extra ondersteuning', die alle basisscholen in de regio in groep 7 meegeven;",
            "de schoolgids van iedere vo-school, waarin de school haar ondersteuningsaanbod beschrijft;",
            "een informatieavond over het OPDC en het vso in november, samen met het PO-samenwerkingsverband;",
            "de mentor en de ondersteuningscoördinator van de school, die ouders bij de start van een arrangement uitleggen wat het inhoudt.",
        ]),
        P("""Voor onafhankelijke ondersteuning van ouders en leerlingen verwijzen wij naar onze website; de
        actuele contactgegevens en de klachtenroute staan in bijlage 3."""),
        P("""Leerlingen worden vanaf 12 jaar gehoord over hun OPP. In de OPR zitten naast ouders twee leerlingen."""),
        H1("Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt met een kwaliteitscyclus die aansluit bij de jaarplanning. Onze doelen
        voor de planperiode en de manier waarop we ze volgen, staan in de tabel."""),
        TABLE([["Doel", "Indicator", "Stand 2024 (bereikt)", "Streefwaarde 2029", "Bron en meetmoment"],
               ["Passende uitstroom vso", "% vso-leerlingen dat uitstroomt conform het uitstroomperspectief in het OPP", "78%", "85%", "Uitstroommonitor vso, jaarlijks in september"],
               ["Terugkeer vanuit OPDC", "% leerlingen OPDC dat binnen één jaar terugkeert naar een reguliere klas", "61%", "75%", "Registratie Loket, na elk schooljaar"],
               ["Thuisnabij onderwijs", "Deelname vso als % van alle leerlingen (peildatum 1 oktober)", "4,9%", "≤ 4,5%", "DUO-telling, jaarlijks"],
               ["Snelle toewijzing", "% TLV-besluiten binnen zes weken", "82%", "95%", "Registratie Loket, per kwartaal"],
               ["Tevreden ouders", "Gemiddelde waardering ouders over de toewijzing", "7,1", "7,5", "Tevredenheidspeiling, tweejaarlijks"]]),
        P("""De resultaten worden elk kwartaal besproken in het managementoverleg, jaarlijks gerapporteerd in het
        jaarverslag en met de OPR besproken."""),
        H1("Geld en middelen"),
        H2("Hoe verdelen we"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, voor zware ondersteuning en
        voor lwoo en praktijkonderwijs. De middelen voor lwoo en pro worden doorgegeven aan de besturen op basis
        van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober. Van de middelen lichte
        ondersteuning gaat een vast bedrag van € 310 per leerling naar de besturen, op basis van de teldatum 1
        oktober; de besturen verantwoorden de besteding in hun jaarverslag aan de hand van een vast format. De
        middelen zware ondersteuning zijn bestemd voor de afdrachten aan het vso, het OPDC, de rebound en de
        Op-Maat-klassen; de bovenschoolse voorzieningen worden bekostigd op basis van een vooraf afgesproken aantal
        plaatsen."""),
        H2("Meerjarenbegroting"),
        TABLE([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
               ["Baten lichte ondersteuning", "3.820", "3.790", "3.755", "3.720"],
               ["Baten zware ondersteuning", "7.410", "7.360", "7.300", "7.240"],
               ["Baten lwoo en pro", "5.210", "5.180", "5.150", "5.120"],
               ["Afdrachten vso (DUO)", "5.960", "5.990", "6.010", "6.020"],
               ["Doorbetaling lwoo en pro aan besturen", "5.210", "5.180", "5.150", "5.120"],
               ["Schoolbudgetten lichte ondersteuning", "2.740", "2.715", "2.690", "2.665"],
               ["OPDC, rebound, Op-Maat-klassen", "1.680", "1.650", "1.620", "1.590"],
               ["Bureau, loket en commissie", "910", "915", "920", "925"],
               ["Resultaat", "-60", "-120", "-185", "-240"]]),
        P("""De negatieve resultaten zijn bewust begroot: de reserve ligt boven de signaleringswaarde en wordt in
        de planperiode afgebouwd tot ongeveer 8% van de baten."""),
    ]
    b += oogo(c, substance=True)
    b += governance(c)
    b += medezeggenschap(c)
    b += personeel(c, [["Functie", "fte"], ["Directeur-bestuurder", "1,0"], ["Loket en Commissie Toewijzing", "3,2"],
                       ["Beleid en control", "1,0"], ["Secretariaat", "1,0"]])
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar", "Belangrijkste activiteiten"],
                      ["2025-2026", "Herziening Kwaliteitskaart basisondersteuning; start ouderpanel"],
                      ["2026-2027", "Onderzoek dekkend netwerk; verwerking in jaarplan 2027"],
                      ["2027-2028", "Evaluatie OPDC De Overstap"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen([
        ["Basisondersteuning", "Het met alle besturen afgesproken niveau van ondersteuning."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijke plek waar ouders en jongeren terechtkunnen met vragen en zorgen."],
        ["Overplaatsing", "Overstap van een leerling van het vso naar een andere school."],
        ["Terugplaatsing", "Terugkeer van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
    ])
    crit = {k: True for k in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["ouders.steunpunt"] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "§3.1 states the agreed minimum level for all 16 vestigingen (niveau), but the content is only in the absent 'Kwaliteitskaart basisondersteuning (bijlage 2)' -> inhoud false (verwezen).",
        "plaatsing": "Ch. 4: vso procedure (Loket, dossier, Commissie Toewijzing, two deskundigen, 6 weeks) and criteria; lwoo (national criteria, 1 March) and pro (national criteria). No bezwaar route described.",
        "terugstroom": "Nothing in body text: 'terugplaatsing'/'overplaatsing' only in the begrippenlijst; OPDC return to the own school is a bovenschools arrangement, not return from vso.",
        "financien": "Ch. 'Geld en middelen' (non-standard heading): € 310 per leerling, lwoo/pro pass-through, zware ondersteuning use; meerjarenbegroting table 2025-2028 with amounts; reserves.",
        "dekkend-aanbod": "Three-level continuum (OPDC, rebound, Op-Maat, ISK, three vso schools) addressed; gaps/thuiszitters only deferred ('gaan we in 2026 onderzoeken', 'nader uitwerken') -> lacunes false.",
        "resultaten": "Ch. 'Kwaliteitszorg': goals, indicators, achieved 2024 values, targets and sources given only in a table, plus quarterly/annual reporting sentence.",
        "ouders": "Information channels (website, brochure, schoolgids, informatieavond, mentor) addressed; independent support only 'verwijzen wij naar onze website' / absent bijlage 3 -> steunpunt false.",
    }
    return c, b, crit, adv, notes


# ================================================================ plan 3 (PO, pdf)
def plan_kempenbroek():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Kempenbroek", short="SWV Kempenbroek",
             code="PO 30-06", sector="po", kids="kinderen", region="de Kempenbroek",
             gemeenten=["Bergeijkerveld", "Valkenhorst", "Budelschoot", "Leenderbos", "Maarheeze-Oost"],
             n_boards=6, n_schools=47, period="2026-2030", prev="2022-2026",
             director="dr. H. (Hatice) Yılmaz", seat="Valkenhorst", opr_n=8, opr_date="20 januari 2026",
             oogo_date="10 februari 2026", other_swv="VO Kempenland-Zuid", vaststelling="3 maart 2026")
    b = [("title", ["Ondersteuningsplan 2026-2030", "Dichtbij waar het kan, speciaal waar het moet",
                    c["name"], "Registratienummer " + c["code"]]),
         ("toc", ["Voorwoord 2", "Samenvatting 3", "1 Missie en visie 4", "Totstandkoming van dit plan 5", "2 Onze regio 5",
                  "3 Wat elke school in de Kempenbroek waarmaakt 6", "4 Van licht naar zwaar 9",
                  "5 Geen kind buiten beeld 11", "6 Toelaatbaarheid en terugplaatsing 12",
                  "7 Ouders als partner 15", "8 Kwaliteit en resultaten 17", "9 Financieel beleid 18",
                  "10 Organisatie en governance 21", "11 Medezeggenschap 22", "12 Samenwerking met gemeenten 23",
                  "13 Personeel en professionalisering 24", "14 Informatievoorziening en privacy 25",
                  "15 Planning en jaarcyclus 26", "Bijlage Begrippenlijst 27"])]
    b += voorwoord(c)
    b += samenvatting(c, """wat elke school waarmaakt, de opbouw van licht naar zwaar, de aanpak voor kinderen
        zonder passende plek, toelaatbaarheid en terugplaatsing, ouders, kwaliteit en resultaten en het financieel
        beleid""")
    b += visie(c, ambities=False)
    b += totstandkoming(c)
    b += context(c, [["", "2022", "2023", "2024", "2025"],
                     ["Leerlingen basisonderwijs", "8.730", "8.655", "8.590", "8.512"],
                     ["Leerlingen sbo (2 scholen)", "288", "295", "301", "297"],
                     ["Vestigingen", "49", "48", "47", "47"]])
    b += [
        H1("Wat elke school in de Kempenbroek waarmaakt"),
        P("""De zes besturen hebben met elkaar een ondergrens afgesproken: wat een kind op iedere locatie in de
        Kempenbroek mag verwachten, ongeacht de school, het bestuur of de grootte van de kern. Die afspraak is
        bindend voor alle 47 locaties en vormt de norm waaraan de besturen elkaar houden. We noemen dit in dit plan
        niet met het bekende woord, maar met wat het is: de dingen die elke school waarmaakt."""),
        H2("Mensen"),
        UL([
            "Op elke locatie is een intern begeleider beschikbaar, op locaties onder 100 leerlingen gedeeld met een andere locatie, maar altijd minimaal één dag per week aanwezig.",
            "Elke school heeft toegang tot een gedragsspecialist en een taal-/leesspecialist van het eigen bestuur.",
            "Elke school heeft een vaste contactpersoon (schoolcontactpersoon) van het samenwerkingsverband: een orthopedagoog die minimaal zes keer per jaar op school is.",
        ]),
        H2("Aanpak in de klas"),
        UL([
            "Werken met groepsplannen of groepsoverzichten en een vaste cyclus van evalueren en bijstellen.",
            "Vroegtijdige signalering van lees-, spelling- en rekenproblemen in groep 1 tot en met 3, en extra instructie in een kleine groep (ten minste drie keer per week).",
            "Begeleiding van leerlingen met dyslexie volgens het protocol, inclusief compenserende en dispenserende middelen (voorleessoftware, extra tijd).",
            "Een aanbod voor kinderen die meer aankunnen: verrijkingsstof in de klas en minimaal een halve dag per week een plusgroep op school- of bestuursniveau.",
            "Een programma voor sociaal-emotionele ontwikkeling en een pestprotocol.",
        ]),
        H2("Structuur en samenwerking"),
        UL([
            "Een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt, met de jeugdverpleegkundige van de GGD en de jeugdprofessional van de gemeente.",
            "Een ontwikkelingsperspectief voor iedere leerling met een eigen leerlijn, besproken met ouders.",
            "Afspraken over medische handelingen en over de zorg voor kinderen met een chronische ziekte.",
            "Een warme overdracht van voorschool naar groep 1 en van groep 8 naar het voortgezet onderwijs.",
        ]),
        P("""Elke school legt in haar schoolgids vast hoe zij deze afspraken uitwerkt. Het bureau leest de
        schoolgidsen jaarlijks na en bespreekt afwijkingen met het bestuur."""),
        H1("Van licht naar zwaar"),
        P("""Bovenop wat elke school waarmaakt, kent de Kempenbroek een samenhangend geheel van voorzieningen,
        van licht naar zwaar. Het uitgangspunt is dat een kind zo lang mogelijk op de eigen school blijft, met de
        ondersteuning die daar nodig is."""),
        OL([
            """Extra ondersteuning op de eigen school, in overleg met de schoolcontactpersoon: bijvoorbeeld een
            individuele begeleider voor een aantal uren per week, gefinancierd uit het schoolbudget.""",
            """Een arrangement van het samenwerkingsverband: de school vraagt in het OT, met ouders, een
            arrangement aan bij het Team Toewijzing. Voorbeelden zijn ambulante begeleiding door de
            expertisescholen, een NT2-traject of een kortdurende training.""",
            """Een bovenschoolse voorziening: de Schakelklas (nieuwkomers), de Tussenklas (kinderen die
            tijdelijk een kleine groep nodig hebben, met terugkeer naar de eigen school) en de Dagklas voor
            kinderen met een ontwikkelingsvraag die nog niet duidelijk is.""",
            """Speciaal basisonderwijs: sbo De Kempenaer en sbo Het Baken.""",
            """Speciaal onderwijs: so De Zonnewijzer (cluster 3) en so De Horizon (cluster 4), beide in Valkenhorst, en
            enkele so-scholen buiten de regio voor specifieke vragen.""",
        ]),
        P("""Daarnaast kent de regio twee onderwijs-zorgarrangementen waarin onderwijs en dagbehandeling op één
        locatie worden gecombineerd. Deze worden door de gemeenten en het samenwerkingsverband samen
        gefinancierd."""),
        H1("Geen kind buiten beeld"),
        P("""Het samenwerkingsverband en de besturen delen de zorgplicht: een bestuur dat een kind niet passend
        kan plaatsen, zoekt samen met het samenwerkingsverband een school die dat wel kan. Om te voorkomen dat
        kinderen tussen wal en schip raken, hebben we de volgende afspraken gemaakt."""),
        UL([
            "Elke school meldt een kind dat langer dan twee weken niet of gedeeltelijk naar school gaat bij het samenwerkingsverband en bij leerplicht.",
            "Binnen tien werkdagen na de melding is er een gesprek met ouders, school, leerplicht en zo nodig jeugdhulp, onder regie van een trajectbegeleider van het samenwerkingsverband.",
            "Voor elk kind zonder passende plek wordt een plan met een datum voor terugkeer naar onderwijs opgesteld; de trajectbegeleider bewaakt die datum.",
            "Lukt het niet binnen drie maanden, dan bespreekt de directeur-bestuurder het kind met de bestuurders; zij kunnen een bestuur aanwijzen dat het kind tijdelijk plaatst.",
            "Twee keer per jaar brengt het bureau in kaart voor welke vragen geen aanbod in de regio is (witte vlekken); de algemene vergadering besluit over het al dan niet opzetten van nieuw aanbod.",
        ]),
        H1("Toelaatbaarheid en terugplaatsing"),
        H2("De aanvraag"),
        P("""Een toelaatbaarheidsverklaring voor sbo of so wordt aangevraagd door het bestuur van de school waar
        het kind is ingeschreven. De aanvraag wordt voorbereid in het OT, met ouders, en ingediend bij het Team
        Toewijzing. Het dossier bevat het OPP, de verslagen van het OT, de evaluatie van eerdere arrangementen en
        het gesprek met ouders. Twee deskundigen – de orthopedagoog van het Team Toewijzing en een tweede
        deskundige die bij de vraag past – geven elk schriftelijk advies. De directeur-bestuurder besluit binnen
        zes weken en stuurt het besluit met de adviezen naar ouders en school."""),
        P("""Een TLV sbo geldt tot het einde van de basisschoolperiode, een TLV so in de regel twee jaar. Tegen het
        besluit kan binnen zes weken bezwaar worden gemaakt; het samenwerkingsverband vraagt dan advies aan de
        Landelijke Bezwaaradviescommissie."""),
        H2("Afweging"),
        P("""Het Team Toewijzing weegt elke aanvraag zorgvuldig en in samenhang, met oog voor het kind, de
        ouders en de school. Het afwegingskader met de criteria voor sbo en so wordt in de loop van 2026 door het
        bestuur vastgesteld en daarna aan dit plan toegevoegd. Tot die tijd beslist het Team Toewijzing op basis
        van de deskundigenadviezen."""),
        H2("Terug naar de basisschool"),
        P("""Wij willen dat kinderen in het speciaal (basis)onderwijs, als dat kan, weer naar een basisschool in
        de eigen omgeving gaan. Dat is geen doel op zich: terugkeer is alleen aan de orde als het kind daar klaar
        voor is, als ouders erachter staan en als er een basisschool is die het kind met vertrouwen ontvangt. Een
        kind dat terugkeert, krijgt gedurende een jaar een terugplaatsingsarrangement: ambulante begeleiding door
        de eigen sbo- of so-school (maximaal vier uur per week) en een budget van € 3.000 voor de ontvangende
        school. De ontvangende basisschool kan in dat jaar altijd een beroep doen op de schoolcontactpersoon."""),
        P("""Het stappenplan terugplaatsing – wie wanneer het initiatief neemt en hoe de evaluatie rond het einde
        van de TLV verloopt – stellen we in 2026 samen met de sbo- en so-scholen op. Het stappenplan verschijnt
        naar verwachting voor de zomer van 2026."""),
        H1("Ouders als partner"),
        H2("Goed geïnformeerd"),
        P("""Het samenwerkingsverband wil dat ouders gemakkelijk kunnen vinden welke ondersteuning er is. Daarom
        publiceren we op de website per school een 'ondersteuningskaart' met wat de school biedt, geven we ieder
        jaar in september een ouderkrant uit die via de scholen wordt verspreid, en beschrijven alle scholen in
        hun schoolgids de ondersteuning en de weg naar het samenwerkingsverband. Ouders kunnen daarnaast elke
        werkdag bellen of mailen met de ouderlijn van het bureau."""),
        H2("Onafhankelijke hulp"),
        P("""Soms lopen ouders vast, of zijn zij het niet eens met de school. Ouders kunnen dan terecht bij het
        Ouder- en Jeugdsteunpunt Kempenbroek, dat onafhankelijk van scholen en samenwerkingsverband werkt en
        ouders kosteloos bijstaat in gesprekken. Ouders kunnen ook een onderwijsconsulent inschakelen. Een
        klacht over het samenwerkingsverband kan worden ingediend bij de Landelijke Klachtencommissie Onderwijs;
        een geschil over de ondersteuning bij de Geschillencommissie passend onderwijs."""),
        H1("Kwaliteit en resultaten"),
        P("""Het samenwerkingsverband is resultaatgericht en wil leren van wat goed gaat. De scholen blijven
        verantwoordelijk voor de opbrengsten van hun onderwijs; zij rapporteren over eindtoetsresultaten en
        referentieniveaus aan hun eigen bestuur en de inspectie."""),
        P("""Een kwaliteitskader voor het samenwerkingsverband zelf is in voorbereiding. Welke resultaten wij in
        deze planperiode nastreven en hoe wij die volgen, werken we uit in het eerste jaarplan onder dit
        ondersteuningsplan."""),
        H1("Financieel beleid"),
        H2("Uitgangspunten"),
        P("""Het geld volgt de ondersteuningsvraag, zo dicht mogelijk bij het kind. Het samenwerkingsverband
        hanteert een schoolmodel: het grootste deel van de middelen gaat naar de besturen, die het inzetten voor
        de ondersteuning op hun scholen."""),
        H2("Verdeling over de besturen"),
        P("""Elk bestuur ontvangt jaarlijks een schoolbudget dat bestaat uit een vaste voet van € 5.000 per
        locatie en een bedrag per leerling op de teldatum van 1 oktober (€ 128 in 2026). Arrangementen van het
        samenwerkingsverband worden toegekend door het Team Toewijzing op basis van de aanvraag van de school; het
        bedrag hangt af van de zwaarte (licht € 2.500, middel € 5.000, zwaar € 9.000 per schooljaar). De
        bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband bekostigd. Besturen
        verantwoorden de inzet van het schoolbudget jaarlijks met een korte rapportage per school."""),
        H2("Meerjarenbegroting"),
        TABLE([["x € 1.000", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage lichte ondersteuning", "4.310", "4.270", "4.230", "4.190"],
               ["Rijksbijdrage zware ondersteuning (na DUO-afdracht so)", "2.120", "2.090", "2.060", "2.030"],
               ["Totaal baten", "6.430", "6.360", "6.290", "6.220"],
               ["Afdracht sbo (incl. groeibekostiging)", "2.350", "2.360", "2.370", "2.380"],
               ["Schoolbudgetten besturen", "1.325", "1.315", "1.305", "1.295"],
               ["Arrangementen en bovenschoolse voorzieningen", "1.690", "1.640", "1.590", "1.540"],
               ["Terugplaatsingsarrangementen", "60", "60", "60", "60"],
               ["Bureau en Team Toewijzing", "1.040", "1.050", "1.060", "1.070"],
               ["Totaal lasten", "6.465", "6.425", "6.385", "6.345"],
               ["Saldo", "-35", "-65", "-95", "-125"]]),
        P("""Het negatieve saldo wordt gedekt uit de algemene reserve, die daarmee in 2030 uitkomt op het niveau
        dat het bestuur als ondergrens heeft vastgesteld."""),
    ]
    b += governance(c)
    b += medezeggenschap(c)
    b += oogo(c, substance=True)
    b += personeel(c, [["Functie", "fte"], ["Directeur-bestuurder", "0,8"], ["Team Toewijzing (orthopedagogen)", "3,4"],
                       ["Schoolcontactpersonen", "4,0"], ["Trajectbegeleiders", "1,6"], ["Bedrijfsvoering", "1,6"]])
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar", "Belangrijkste activiteiten"],
                      ["2026-2027", "Afwegingskader toelaatbaarheid; stappenplan terugplaatsing; kwaliteitskader"],
                      ["2027-2028", "Herijking schoolbudget en arrangementbedragen"],
                      ["2028-2029", "Uitbreiding Tussenklas naar tweede locatie"],
                      ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen([
        ["Basisondersteuning", "Wat elke school in de Kempenbroek waarmaakt (hoofdstuk 3)."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
        ["OT", "Ondersteuningsteam van de school."],
        ["Team Toewijzing", "Team van het samenwerkingsverband dat arrangementen en TLV's toekent."],
        ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
        ["Witte vlek", "Ondersteuningsvraag waarvoor in de regio geen aanbod is."],
    ])
    crit = {k: True for k in CORE}
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "Ch. 'Wat elke school in de Kempenbroek waarmaakt' avoids the word basisondersteuning: binding ondergrens for all 47 locaties plus concrete lists (mensen, aanpak, structuur); schoolgids check as borging.",
        "plaatsing": "§'De aanvraag' gives who applies, dossier, two deskundigen, 6 weeks, duration, bezwaar; §'Afweging' defers the criteria ('afwegingskader ... in de loop van 2026') -> criteria false.",
        "terugstroom": "§'Terug naar de basisschool' gives policy (conditions, terugplaatsingsarrangement one year, € 3.000); the procedure (stappenplan, initiative, evaluation at TLV end) is deferred to summer 2026 -> procedure false.",
        "financien": "Ch. 'Financieel beleid': schoolmodel with vaste voet € 5.000 + € 128 per leerling, arrangement amounts, verantwoording; meerjarenbegroting table 2026-2029; reserve sentence.",
        "dekkend-aanbod": "Ch. 'Van licht naar zwaar' (five-step continuum, OZA with gemeenten) and ch. 'Geen kind buiten beeld' (zorgplicht, melding, trajectbegeleider, doorzettingsmacht, witte vlekken).",
        "resultaten": "Missing: ch. 'Kwaliteit en resultaten' only has value words ('resultaatgericht'), school opbrengsten/eindtoets near-miss and a deferral of goals and monitoring to the first jaarplan; no visie ambitions; begrippenlijst entry only.",
        "ouders": "Ch. 'Ouders als partner': ondersteuningskaart per school on website, ouderkrant, schoolgids, ouderlijn; independent OJSP, onderwijsconsulent, klachten/geschillencommissie.",
    }
    return c, b, crit, adv, notes


# ================================================================ plan 4 (VO, pdf)
def plan_drentsevenen():
    c = dict(name="Stichting Samenwerkingsverband VO Drentse Venen", short="SWV Drentse Venen",
             code="VO 22-04", sector="vo", kids="jongeren", region="Zuidoost-Drenthe",
             gemeenten=["Venendal", "Aa en Veen", "Schoonloo-Oost"], n_boards=5, n_schools=12,
             period="2025-2029", prev="2021-2025", director="A. (Anton) Hofsteenge",
             seat="Venendal", opr_n=10, opr_date="18 maart 2025", oogo_date="25 februari 2025",
             other_swv="PO Drentse Venen", vaststelling="8 april 2025")
    b = [("title", ["Ondersteuningsplan", "2025 - 2029", c["name"], c["code"],
                    "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financiën - Ouders"]),
         ("toc", ["Voorwoord", "Samenvatting", "1. Missie, visie en ambities", "2. Onze regio",
                  "3. Basisondersteuning", "4. Het ondersteuningsaanbod en de aanpak thuiszitters",
                  "5. Toelaatbaarheid vso, lwoo en praktijkonderwijs",
                  "6. Doorlopende leer- en ondersteuningslijnen", "7. Kwaliteitszorg",
                  "8. Informatie en ondersteuning voor ouders", "9. Financiën", "10. Samenwerking met gemeenten",
                  "11. Organisatie en governance", "12. Medezeggenschap", "13. Personeel en professionalisering",
                  "14. Informatievoorziening en privacy", "15. Planning en jaarcyclus", "Bijlage A. Afkortingen en begrippen",
                  "Bijlage 6. Meerjarenbegroting en verdeelmodel (afzonderlijk document)"])]
    b += voorwoord(c)
    b += samenvatting(c, """de basisondersteuning, het ondersteuningsaanbod en de aanpak van thuiszitters, de
        toelaatbaarheid tot vso, lwoo en praktijkonderwijs, de doorlopende lijnen, de kwaliteitszorg, de informatie
        voor ouders en de financiën""")
    b += visie(c, "De ambities zijn in hoofdstuk 7 vertaald naar meetbare doelen.")
    b += context(c, [["Schoolsoort", "2021", "2022", "2023", "2024"],
                     ["Vmbo (waarvan lwoo)", "2.905 (712)", "2.861 (701)", "2.830 (688)", "2.790 (679)"],
                     ["Havo/vwo", "3.640", "3.602", "3.588", "3.551"],
                     ["Praktijkonderwijs", "243", "251", "247", "255"],
                     ["Vso", "298", "305", "312", "309"]])
    b += [
        H1("Basisondersteuning"),
        P("""De afgelopen planperiode hebben de scholen veel geïnvesteerd in hun ondersteuningsstructuur. De
        afspraken uit 2014 over het gezamenlijke niveau zijn echter verouderd en sluiten niet meer aan bij de
        landelijke ontwikkelingen. Het samenwerkingsverband stelt daarom in schooljaar 2025-2026, samen met de
        ondersteuningscoördinatoren, een nieuw kader op. Daarbij wachten we de uitkomst van de landelijke
        discussie over een norm af."""),
        P("""Tot het nieuwe kader is vastgesteld, verwijzen we voor de ondersteuning die een school biedt naar de
        schoolondersteuningsprofielen op de websites van de scholen."""),
        H1("Het ondersteuningsaanbod en de aanpak thuiszitters"),
        H2("Een samenhangend aanbod"),
        P("""Wanneer de ondersteuning die de school zelf biedt niet toereikend is, kan een jongere gebruikmaken
        van het aanbod van het samenwerkingsverband. Het aanbod is zo opgebouwd dat een jongere zo min mogelijk
        hoeft te wisselen van school:"""),
        TABLE([["Voorziening", "Voor wie", "Duur", "Toegang"],
               ["Trajectvoorziening op elke vmbo-school", "Jongeren die tijdelijk uit de les moeten of een eigen rooster nodig hebben", "Weken tot maanden", "Ondersteuningscoördinator"],
               ["Ambulante begeleiding (expertisecentrum vso)", "Jongeren met gedrags- of ontwikkelingsvragen in het regulier vo", "Max. 1 schooljaar, verlengbaar", "Aanvraag bij Loket"],
               ["OPDC De Brink", "Vmbo- en pro-leerlingen die een kleine setting nodig hebben", "Max. 2 jaar", "Commissie Toewijzing"],
               ["Rebound", "Alle schoolsoorten; time-out na ernstig incident", "8-12 weken", "Loket"],
               ["Plusvoorziening havo/vwo 'Atlas'", "Jongeren met autisme of faalangst die cognitief havo/vwo aankunnen", "Doorlopend", "Commissie Toewijzing"],
               ["Vso De Venen (cluster 4) en vso De Linde (cluster 3)", "Jongeren met een TLV", "Volgens TLV", "TLV"]]),
        P("""De voorzieningen zijn ondergebracht bij de besturen; het samenwerkingsverband maakt met die besturen
        afspraken over het aantal plaatsen en de kwaliteit."""),
        H2("Thuiszitters en wachtlijsten"),
        P("""Iedere jongere die langer dan vier weken niet naar school gaat, wordt besproken aan de
        Thuiszitterstafel, een maandelijks overleg van het samenwerkingsverband, de leerplichtambtenaren en de
        jeugdconsulenten van de drie gemeenten. Voor iedere jongere wordt een casusregisseur aangewezen die binnen
        twee weken met ouders en jongere een plan maakt. Scholen en samenwerkingsverband hebben afgesproken dat
        geen school een jongere uitschrijft zonder dat er een andere school is gevonden (zorgplicht). Als een
        school en het samenwerkingsverband er samen niet uitkomen, kan de directeur-bestuurder de escalatieladder
        inzetten tot en met een besluit van de bestuurders."""),
        P("""Eens per half jaar analyseren we de casussen van de Thuiszitterstafel en de wachtlijsten van OPDC en
        vso. In 2024 leidde die analyse tot een tussenvoorziening voor jongeren met schoolangst; voor 2026 staat een
        onderzoek naar de wachtlijst van de plusvoorziening op de agenda."""),
        H1("Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        H2("Wanneer toelaatbaar tot het vso"),
        P("""Een jongere is toelaatbaar tot het vso als: (1) de ondersteuningsbehoefte zo intensief is dat
        ook met een arrangement van het samenwerkingsverband en inzet van jeugdhulp geen passend onderwijs in het
        regulier vo mogelijk is; (2) de jongere structureel een combinatie van kleine groep, specialistische
        didactiek en zorg in de school nodig heeft; en (3) het OPP een uitstroomperspectief beschrijft dat in het
        vso beter haalbaar is. Bij jongeren met een lichamelijke beperking of langdurige ziekte weegt bovendien
        mee of de school fysiek toegankelijk is en of de benodigde medische zorg in het regulier vo kan worden
        geboden."""),
        P("""Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren, of voor de resterende schoolloopbaan bij
        een blijvende ernstige beperking. De TLV vermeldt de bekostigingscategorie laag, midden of hoog."""),
        H2("Lwoo en praktijkonderwijs"),
        P("""Het samenwerkingsverband hanteert voor lwoo en pro de landelijke criteria. Voor lwoo zijn dat een IQ
        tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of een IQ tussen
        91 en 120 met een leerachterstand en sociaal-emotionele problematiek. Voor pro zijn dat een IQ tussen 55
        en 80 en een leerachterstand van ten minste drie jaar op twee domeinen."""),
        H2("Werkwijze"),
        P("""De werkwijze van de Commissie Toewijzing, de aanvraagformulieren en de termijnen staan in het
        Reglement toewijzing op de website van het samenwerkingsverband. Het reglement wordt afzonderlijk door de
        directeur-bestuurder vastgesteld."""),
        H1("Doorlopende leer- en ondersteuningslijnen"),
        H2("Van po naar vo"),
        P("""Leerlingen uit groep 8 met een ondersteuningsvraag worden in een warme overdracht besproken tussen
        basisschool en vo-school. Het PO- en het VO-samenwerkingsverband houden elk voorjaar samen een
        overstapmarkt voor ouders van leerlingen die extra ondersteuning nodig hebben."""),
        H2("Weer naar het regulier"),
        P("""Een plek in het vso is voor veel jongeren de juiste plek voor de rest van hun schooltijd. Maar voor
        een deel van hen is het vso een tussenstation. Ons beleid is dat iedere jongere met een TLV de kans krijgt
        om terug te keren naar het regulier voortgezet onderwijs zodra zijn OPP dat rechtvaardigt, en dat de
        overstap zorgvuldig wordt begeleid. Terugkeer is aan de orde als de jongere in het vso een stabiele
        ontwikkeling laat zien, als het uitstroomperspectief in het regulier vo haalbaar is en als jongere en
        ouders het willen."""),
        OL([
            """Elk jaar, uiterlijk in december, bespreekt de vso-school in de commissie voor de begeleiding met de
            jongere en de ouders of terugkeer aan de orde is. In het laatste jaar van de TLV is deze bespreking
            verplicht en schuift een medewerker van het Loket aan.""",
            """Als terugkeer haalbaar lijkt, neemt de vso-school contact op met het Loket. Het Loket zoekt met
            ouders een reguliere school en organiseert een overdrachtsgesprek vóór 1 april.""",
            """De jongere kan een proefperiode van zes tot acht weken volgen op de nieuwe school, met behoud van de
            inschrijving in het vso.""",
            """Na de proefperiode besluiten jongere, ouders en beide scholen over de definitieve overstap. Is
            terugkeer (nog) niet haalbaar, dan bespreekt de vso-school met ouders en jongere het vervolg in het vso.""",
            """Na de overstap krijgt de jongere een jaar ambulante begeleiding van de vso-school. De nieuwe school
            en het Loket evalueren na drie en na twaalf maanden.""",
        ]),
        H2("Van vo naar mbo en arbeid"),
        P("""Voor de overstap naar het mbo werken we samen met de twee roc's in de regio. Jongeren uit het
        praktijkonderwijs en het vso met uitstroomprofiel arbeid worden begeleid door een jobcoach."""),
        H1("Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. Voor
        deze planperiode hebben we de volgende beoogde resultaten vastgesteld:"""),
        UL([
            "Het aantal thuiszitters (langer dan vier weken) daalt van 19 in 2024 naar maximaal 8 in 2029.",
            "Minimaal 12 jongeren per jaar keren vanuit het vso terug naar het regulier vo (2024: 7).",
            "90% van de jongeren die het OPDC verlaten, zit een jaar later nog op de nieuwe school.",
            "Het deelnamepercentage vso daalt naar het landelijk gemiddelde (2024: 4,2%, landelijk 3,6%).",
            "Ouders waarderen de toewijzing gemiddeld met minimaal een 7.",
        ]),
        P("""We volgen deze resultaten met de gegevens van DUO (teldatum 1 oktober), de registraties van het
        Loket en de Thuiszitterstafel en een tweejaarlijkse tevredenheidspeiling onder ouders. Het bureau
        rapporteert elk half jaar een dashboard aan de directeur-bestuurder en het toezicht; in het jaarverslag
        verantwoorden we de bereikte resultaten en bespreken we die met de OPR."""),
        H1("Informatie en ondersteuning voor ouders"),
        P("""Hoe we ouders de komende jaren informeren over de ondersteuningsvoorzieningen, werken we uit in een
        nieuw communicatieplan. Het plan volgt begin 2026 en wordt voorgelegd aan de OPR."""),
        P("""Ouders die vastlopen of het niet eens zijn met de school of met het samenwerkingsverband, kunnen
        terecht bij Steunpunt Ouder & Jeugd Drentse Venen. Het steunpunt werkt onafhankelijk: de medewerkers zijn
        in dienst van een welzijnsorganisatie en staan alleen naast ouders en jongere. Het steunpunt helpt bij
        gesprekken, bij het ordenen van vragen en bij het vinden van de weg naar bezwaar of klacht. Ouders kunnen
        ook gratis een onderwijsconsulent inschakelen. Daarnaast is het samenwerkingsverband aangesloten bij de
        Landelijke Klachtencommissie en de Geschillencommissie passend onderwijs."""),
        H1("Financiën"),
        P("""De meerjarenbegroting en het verdeelmodel worden jaarlijks afzonderlijk vastgesteld en zijn als
        bijlage 6 bij dit plan gevoegd. Wijzigingen in het verdeelmodel worden, zoals in de wet bepaald, aan de OPR
        voorgelegd."""),
        TABLE([["Onderdeel", "Stand"], ["Verdeelmodel 2025-2029", "zie bijlage 6"], ["Meerjarenbegroting", "p.m."],
               ["Risicoparagraaf", "n.t.b."]]),
    ]
    b += oogo(c, substance=True)
    b += governance(c)
    b += medezeggenschap(c)
    b += personeel(c, [["Functie", "fte"], ["Directeur-bestuurder", "1,0"], ["Loket en Commissie Toewijzing", "2,6"],
                       ["Casusregisseurs", "1,5"], ["Staf en secretariaat", "1,8"]])
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar", "Belangrijkste activiteiten"],
                      ["2025-2026", "Nieuw kader basisondersteuning; communicatieplan ouders"],
                      ["2026-2027", "Onderzoek wachtlijst plusvoorziening"],
                      ["2027-2028", "Evaluatie Thuiszitterstafel"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += [H1("Bijlage A. Afkortingen en begrippen"),
          TABLE([["Afkorting/begrip", "Betekenis"],
                 ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle vo-scholen bieden, zoals preventieve en licht curatieve interventies."],
                 ["Lwoo", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                 ["OJSP", "Ouder- en jeugdsteunpunt"], ["Pro", "Praktijkonderwijs"],
                 ["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen over de besturen"],
                 ["Vso", "Voortgezet speciaal onderwijs"]])]
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "financien.verdeling", "financien.besteding", "ouders.informatie"]:
        crit[k] = False
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Missing: ch. 3 'Basisondersteuning' only says a new kader is drawn up in 2025-2026 and refers to the SOP's on school websites; definition only in the afkortingenlijst, words also in title page and TOC.",
        "plaatsing": "Ch. 5 gives vso criteria (1)-(3) and national lwoo/pro criteria, duration and category; procedure (who applies, steps, deciding body, terms) only referred to the 'Reglement toewijzing op de website' -> procedure false.",
        "terugstroom": "Hidden under ch. 6 'Doorlopende leer- en ondersteuningslijnen', §'Weer naar het regulier': policy/conditions and five-step procedure with proefperiode, dates, ambulante begeleiding; target of 12 returns per year in Kwaliteitszorg.",
        "financien": "Missing: ch. 'Financiën' only refers to absent bijlage 6 and a table with 'zie bijlage 6', 'p.m.', 'n.t.b.'; no verdeling criteria, no amounts.",
        "dekkend-aanbod": "Ch. 4: continuum table (trajectvoorziening, AB, OPDC, rebound, plusvoorziening, vso) and Thuiszitterstafel, casusregisseur, zorgplicht, escalatieladder, half-yearly gap analysis.",
        "resultaten": "Ch. 7 'Kwaliteitszorg': five beoogde resultaten with numbers; monitoring via DUO, Loket, Thuiszitterstafel, dashboard, jaarverslag.",
        "ouders": "Ch. 8: information to parents deferred to a communicatieplan 'begin 2026' -> informatie false; independent Steunpunt Ouder & Jeugd, onderwijsconsulent, klachten/geschillen addressed -> steunpunt true.",
    }
    return c, b, crit, adv, notes


# ================================================================ plan 5 (PO, html)
def plan_wolderkwartier():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Wolderkwartier (PO)", short="SWV Wolderkwartier",
             code="PO 20-11", sector="po", kids="kinderen", region="het Wolderkwartier",
             gemeenten=["Wolderkwartier", "Midden-Hunze"], n_boards=4, n_schools=39,
             period="2025-2029", prev="2021-2025", director="R. (Riemke) Bosscher",
             seat="Wolderhuizen", opr_n=8, opr_date="28 januari 2025", oogo_date="11 februari 2025",
             other_swv="VO Groningen-Noordwest", vaststelling="4 maart 2025")
    b = [("title", ["Ondersteuningsplan 2025-2029 op hoofdlijnen", c["name"], c["code"],
                    "Webversie - hoofdstukken en bijlagen"]),
         ("toc", ["Voorwoord", "Samenvatting", "Wettelijk kader", "Totstandkoming van dit plan",
                  "1 Missie en visie", "2 Onze regio",
                  "3 Basisondersteuning en schoolgids", "4 Ondersteuningsaanbod en dekkend netwerk",
                  "5 Toelaatbaarheid sbo en so", "6 Terugplaatsing", "7 Resultaten en kwaliteitszorg",
                  "8 Financiën en meerjarenbegroting", "9 Ouders", "10 Organisatie en governance",
                  "11 Medezeggenschap", "12 Samenwerking met gemeenten", "13 Personeel en professionalisering",
                  "14 Informatievoorziening en privacy", "15 Planning en jaarcyclus", "Begrippenlijst"])]
    b += voorwoord(c)
    b += samenvatting(c, """de basisondersteuning en de schoolgids, het ondersteuningsaanbod, de toelaatbaarheid tot
        sbo en so, de terugplaatsing, de resultaten en de kwaliteitszorg, de financiën en de ouders""")
    b += [P("""Dit is een plan op hoofdlijnen. Waar de uitwerking in een afzonderlijk reglement of in het jaarplan
        staat, vermelden we dat.""")]
    b += wettelijk_kader(c)
    b += totstandkoming(c)
    b += visie(c, ambities=False)
    b += context(c, [["", "2021", "2022", "2023", "2024"],
                     ["Leerlingen basisonderwijs", "6.215", "6.140", "6.092", "6.030"],
                     ["Leerlingen sbo De Wierde", "121", "118", "124", "127"],
                     ["Aantal vestigingen", "41", "40", "39", "39"]])
    b += [
        H1("Basisondersteuning en schoolgids"),
        P("""Iedere school in het Wolderkwartier beschrijft in de schoolgids welke ondersteuning zij biedt. Het
        bureau van het samenwerkingsverband controleert elk jaar vóór 1 oktober of alle schoolgidsen die
        beschrijving bevatten en of die actueel is. Ontbreekt de beschrijving of is die verouderd, dan spreekt de
        directeur-bestuurder het betreffende bestuur daarop aan en volgt binnen twee maanden een aangepaste
        versie."""),
        P("""Een gezamenlijk niveau van basisondersteuning voor alle scholen van het samenwerkingsverband stellen we
        vast zodra de landelijke norm basisondersteuning wettelijk is verankerd. Tot dat moment bepaalt iedere
        school dat zelf."""),
        H1("Ondersteuningsaanbod en dekkend netwerk"),
        P("""Een actueel overzicht van het ondersteuningsaanbod in de regio en een analyse van de vraag of dat
        aanbod dekkend is, volgen in 2026. Het bestuur heeft hiervoor een externe opdracht verstrekt; de
        uitkomsten worden als aanvulling op dit plan aan de OPR voorgelegd."""),
        H1("Toelaatbaarheid sbo en so"),
        P("""Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en
        het speciaal onderwijs. De procedure en de criteria zijn vastgelegd in het Reglement toelaatbaarheid
        Wolderkwartier. Het reglement maakt geen deel uit van dit plan en is op verzoek verkrijgbaar bij het
        bureau."""),
        H1("Terugplaatsing"),
        P("""Voor leerlingen in het sbo en so verloopt de terugplaatsing naar een basisschool als volgt. De sbo- of
        so-school bespreekt jaarlijks in het OPP-gesprek met ouders de voortgang. In het laatste jaar van de TLV
        evalueert de school vóór 1 maart, samen met ouders en de consulent van het samenwerkingsverband, of het kind
        naar een basisschool kan overstappen. De sbo- of so-school neemt hiervoor het initiatief en legt de uitkomst
        vast in het OPP. Kiezen ouders en school voor een overstap, dan meldt de school het kind vóór 1 april aan bij
        een basisschool naar keuze van de ouders; de consulent organiseert een overdrachtsgesprek tussen beide
        scholen. De TLV eindigt op 31 juli van het laatste schooljaar. Blijft het kind op de speciale school, dan
        vraagt de school tijdig een verlenging aan."""),
        H1("Resultaten en kwaliteitszorg"),
        P("""Het samenwerkingsverband volgt jaarlijks een vaste set indicatoren: het deelnamepercentage sbo en so
        op de teldatum van 1 oktober (bron DUO), het aantal afgegeven TLV's en arrangementen, de doorlooptijd van
        aanvragen, het aantal terugplaatsingen en de tevredenheid van scholen en ouders (tweejaarlijkse peiling).
        Het bureau rapporteert deze gegevens twee keer per jaar aan het bestuur en jaarlijks in het jaarverslag,
        dat met de OPR wordt besproken. In 2024 was het deelnamepercentage sbo 2,1% en so 1,4%."""),
        P("""De beoogde resultaten voor deze planperiode stellen we in de loop van 2026 vast, na de nulmeting die in
        het eerste planjaar wordt uitgevoerd."""),
        H1("Financiën en meerjarenbegroting"),
        P("""Het verdeelmodel wordt in 2026 geëvalueerd. De huidige verdeling van de middelen over de besturen is
        vastgelegd in het financieel reglement op onze website."""),
        TABLE([["Bedragen in euro's", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuningsmiddelen (na afdracht so)", "3.954.000", "3.912.000", "3.870.000", "3.826.000"],
               ["Afdracht en groeibekostiging sbo", "1.210.000", "1.220.000", "1.225.000", "1.230.000"],
               ["Middelen naar besturen", "1.980.000", "1.955.000", "1.930.000", "1.905.000"],
               ["Bovenschoolse arrangementen", "410.000", "400.000", "390.000", "380.000"],
               ["Bureau en consulenten", "395.000", "399.000", "403.000", "407.000"],
               ["Saldo", "-41.000", "-62.000", "-78.000", "-96.000"]]),
        P("""De tekorten worden gedekt uit de algemene reserve, die boven de signaleringswaarde ligt."""),
        H1("Ouders"),
        H2("Informatie"),
        P("""Ouders vinden op de website van het samenwerkingsverband per school een link naar de schoolgids met
        de beschrijving van de ondersteuning, een uitleg over sbo en so en antwoorden op veelgestelde vragen. Bij
        de aanmelding op een basisschool ontvangen ouders de folder 'Passend onderwijs in het Wolderkwartier'.
        Twee keer per jaar organiseren we samen met de bibliotheek een inloopochtend voor ouders. De intern
        begeleider is op iedere school het eerste aanspreekpunt voor vragen over ondersteuning."""),
        H2("Onafhankelijke ondersteuning"),
        P("""Ouders die het niet eens zijn met de school of het samenwerkingsverband, of die behoefte hebben aan
        iemand die met hen meedenkt, kunnen terecht bij het onafhankelijke ouder- en jeugdsteunpunt 'Ouderwijzer
        Groningen', bij de onderwijsconsulenten en bij de Geschillencommissie passend onderwijs. Het
        samenwerkingsverband betaalt mee aan Ouderwijzer, maar heeft geen zeggenschap over de adviezen aan
        ouders."""),
    ]
    b += governance(c)
    b += medezeggenschap(c)
    b += oogo(c, substance=False)
    b += [H1("Bedrijfsvoering"),
          P("""Het bureau van het samenwerkingsverband is gehuisvest in het gemeentelijk onderwijscentrum in
          Wolderhuizen, samen met de leerplichtafdeling en het VO-samenwerkingsverband. De huur is tot 2028
          vastgelegd. Het samenwerkingsverband besteedt de salarisadministratie en de financiële administratie uit
          aan een administratiekantoor; de inkoop verloopt via een inkoopcombinatie van schoolbesturen in de
          provincie, waardoor ook een kleine organisatie voordeel heeft bij Europese aanbestedingen."""),
          P("""Het samenwerkingsverband heeft een auditcommissie uit het toezichthoudend orgaan die twee keer per
          jaar de managementrapportage bespreekt. Voor de ICT maakt het bureau gebruik van de voorzieningen van een
          van de aangesloten besturen; de werkplekken zijn in 2024 vervangen. Het bureau werkt papierarm: dossiers
          worden alleen digitaal opgeslagen en het archief wordt na afloop van de bewaartermijn vernietigd.
          Medewerkers werken deels thuis en deels op locatie bij de scholen; het bureau is op werkdagen van 8.30
          tot 16.30 uur telefonisch bereikbaar.""")]
    b += personeel(c, [["Functie", "fte"], ["Directeur-bestuurder", "0,6"], ["Consulenten", "2,2"],
                       ["Bedrijfsvoering en secretariaat", "1,0"]])
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar", "Belangrijkste activiteiten"],
                      ["2025-2026", "Nulmeting; evaluatie verdeelmodel; inventarisatie ondersteuningsaanbod"],
                      ["2026-2027", "Vaststellen beoogde resultaten; aanvulling dekkend netwerk"],
                      ["2027-2028", "Tussenevaluatie plan"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen([
        ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep."],
        ["Basisondersteuning", "De ondersteuning die iedere school biedt."],
        ["Dekkend netwerk", "Een aanbod waarin voor ieder kind een passende plek is."],
        ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de middelen verdeelt."],
    ])
    crit = {k: False for k in CORE}
    for k in ["terugstroom.procedure", "financien.besteding", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]:
        crit[k] = True
    adv = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Partial via advisory only: 'Basisondersteuning en schoolgids' describes the yearly check of schoolgidsen (borging) but defers a common level and gives no content -> niveau and inhoud false.",
        "plaatsing": "Missing: ch. 'Toelaatbaarheid sbo en so' only refers to the Reglement toelaatbaarheid that is not part of the plan; no procedure, criteria, deskundigen or bezwaar.",
        "terugstroom": "Ch. 'Terugplaatsing' gives a procedure (yearly OPP-gesprek, evaluation before 1 March in last TLV year, school initiates, aanmelding before 1 April, TLV ends 31 July) but no policy, conditions or support after return -> beleid false.",
        "financien": "Meerjarenbegroting table 2025-2028 with amounts (besteding); verdeling deferred ('wordt in 2026 geëvalueerd') and referred to the financieel reglement on the website -> verdeling false.",
        "dekkend-aanbod": "Missing: 'Ondersteuningsaanbod en dekkend netwerk' is a deferral to 2026; OOGO paragraph is procedural only; arrangement/thuiszitter/dekkend netwerk only in begrippenlijst.",
        "resultaten": "Monitoring addressed (indicator set, DUO, reporting twice a year and in jaarverslag, 2024 figures); beoogde resultaten deferred to 2026 after nulmeting -> doelen false.",
        "ouders": "Ch. 'Ouders': website with schoolgids links, folder, inloopochtend, IB as contact; independent OJSP 'Ouderwijzer', onderwijsconsulenten, Geschillencommissie.",
    }
    return c, b, crit, adv, notes


# ================================================================ near miss (school-level plan, md)
def nearmiss_vlinderboom():
    b = [("title", ["Ondersteuningsplan OBS De Vlinderboom", "Schooljaar 2025-2026",
                    "Openbare basisschool De Vlinderboom, Tielerwaard - onderdeel van Stichting Openbaar Onderwijs Rivierenland",
                    "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lingedal"]),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur van onze school",
                  "4 Zorgniveaus en de cyclus van handelingsgericht werken", "5 Basisondersteuning op De Vlinderboom",
                  "6 Extra ondersteuning en de rol van het samenwerkingsverband", "7 Verwijzing naar sbo of so",
                  "8 Leerlingen die terugkomen uit het sbo", "9 Ouders", "10 Inzet van middelen",
                  "11 Opbrengsten en evaluatie", "12 Jaarplanning zorg 2025-2026"])]
    b += [
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe wij op OBS De Vlinderboom de ondersteuning aan onze leerlingen
        organiseren. Het plan is bedoeld voor het team, voor de medezeggenschapsraad en voor ouders die willen
        weten hoe de zorg op onze school is ingericht. Het plan wordt elk jaar in juni geactualiseerd door de intern
        begeleider en de directeur en besproken in de MR. Het is afgeleid van het schoolondersteuningsprofiel en
        sluit aan bij het ondersteuningsplan van ons samenwerkingsverband, dat op de website van het
        samenwerkingsverband staat."""),
        P("""De Vlinderboom is een openbare basisschool met 214 leerlingen in negen groepen. De school staat in een
        wijk met veel jonge gezinnen en een gemengde bevolking. Ongeveer 18% van de leerlingen spreekt thuis een
        andere taal dan het Nederlands."""),
        H1("Onze leerlingen"),
        P("""Ieder jaar brengen wij de ondersteuningsbehoeften van onze leerlingen in kaart. In schooljaar
        2024-2025 hadden 31 leerlingen een dyslexieverklaring of zaten in het dyslexietraject, hadden 9 leerlingen
        een OPP met een eigen leerlijn voor een of meer vakken en ontvingen 4 leerlingen ambulante begeleiding
        vanuit het speciaal onderwijs. Twee leerlingen zijn in dat jaar met een toelaatbaarheidsverklaring naar het
        speciaal basisonderwijs gegaan; één leerling is vanuit het sbo bij ons ingestroomd."""),
        H1("De ondersteuningsstructuur van onze school"),
        P("""De groepsleerkracht is verantwoordelijk voor het onderwijs aan alle leerlingen in de groep. De
        intern begeleider (IB'er, 0,6 fte) ondersteunt de leerkrachten, coördineert de zorg en is het aanspreekpunt
        voor externe partners. De directeur is eindverantwoordelijk. Daarnaast heeft de school een
        gedragsspecialist (1 dag per week), een leesspecialist en een onderwijsassistent voor de ondersteuning in
        kleine groepjes."""),
        P("""Drie keer per jaar houdt de IB'er groepsbesprekingen met iedere leerkracht. Leerlingen over wie de
        leerkracht zich zorgen maakt, worden besproken in een leerlingbespreking. Zes keer per jaar komt het
        ondersteuningsteam (OT) bijeen: de IB'er, de directeur, de schoolmaatschappelijk werker, de
        jeugdverpleegkundige en de schoolcontactpersoon van het samenwerkingsverband."""),
        H1("Zorgniveaus en de cyclus van handelingsgericht werken"),
        P("""Wij werken met vijf zorgniveaus:"""),
        OL([
            "Niveau 1: algemene zorg in de groep door de leerkracht (differentiatie in drie instructieniveaus).",
            "Niveau 2: extra zorg in de groep, bijvoorbeeld verlengde instructie of een pre-teaching groepje.",
            "Niveau 3: speciale zorg na intern onderzoek door de IB'er, met een individueel handelingsplan.",
            "Niveau 4: speciale zorg na extern onderzoek of met inzet van het samenwerkingsverband (arrangement).",
            "Niveau 5: verwijzing naar het speciaal (basis)onderwijs met een toelaatbaarheidsverklaring.",
        ]),
        P("""De cyclus van handelingsgericht werken doorlopen wij drie keer per jaar: na de toetsperiodes in
        januari en juni en na de startgesprekken in oktober. De leerkracht evalueert het groepsplan, analyseert de
        toetsgegevens en stelt het nieuwe plan op. Bij twee opeenvolgende onvoldoende evaluaties wordt de leerling
        besproken in de leerlingbespreking."""),
        H1("Basisondersteuning op De Vlinderboom"),
        P("""Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet
        betekent dat op De Vlinderboom: het dyslexieprotocol met extra leesbegeleiding, het rekenprotocol, een
        plusgroep op dinsdagochtend voor leerlingen die meer aankunnen, de Kanjertraining in alle groepen, een
        NT2-aanbod voor leerlingen die nog maar kort in Nederland zijn, en het protocol medisch handelen. Voor
        leerlingen met een eigen leerlijn stellen wij samen met ouders een OPP op."""),
        H1("Extra ondersteuning en de rol van het samenwerkingsverband"),
        P("""Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, bespreken wij
        dit in het OT met ouders. Samen met de schoolcontactpersoon van het samenwerkingsverband kijken we of een
        arrangement nodig is. De IB'er vult daarvoor het groeidocument in. In 2024-2025 hebben wij voor vijf
        leerlingen een arrangement aangevraagd, waarvan vier zijn toegekend."""),
        H1("Verwijzing naar sbo of so"),
        P("""Wanneer wij als school niet langer in de onderwijsbehoeften van een leerling kunnen voorzien,
        bespreken wij met ouders een mogelijke overstap naar het speciaal basisonderwijs of het speciaal onderwijs.
        De IB'er stelt het dossier samen en ons bestuur dient de aanvraag voor een toelaatbaarheidsverklaring in bij
        het samenwerkingsverband. Het samenwerkingsverband beslist. De IB'er houdt ouders gedurende de procedure op
        de hoogte."""),
        H1("Leerlingen die terugkomen uit het sbo"),
        P("""Wij staan open voor leerlingen die vanuit het sbo of so terugkeren naar het reguliere onderwijs. Bij
        zo'n overstap vindt altijd een overdrachtsgesprek plaats tussen de IB'er van de sbo-school en onze IB'er. De
        leerling krijgt een maatje in de klas en de leerkracht krijgt begeleiding van de sbo-school."""),
        H1("Ouders"),
        P("""Wij zien ouders als partners. Bij de start van het schooljaar voeren wij met alle ouders een
        startgesprek. Ouders van leerlingen met een OPP worden minimaal drie keer per jaar uitgenodigd voor een
        gesprek. Ouders worden altijd betrokken voordat hun kind in het OT wordt besproken. Informatie over de
        ondersteuning vinden ouders in de schoolgids en in dit ondersteuningsplan. Ouders die het niet eens zijn
        met de school kunnen terecht bij de directeur, bij de vertrouwenspersoon van de school, en bij het ouder-
        en jeugdsteunpunt van het samenwerkingsverband."""),
        H1("Inzet van middelen"),
        P("""De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen van het
        samenwerkingsverband. In 2025-2026 bedraagt dat budget € 32.500. Wij zetten het in voor de
        onderwijsassistent (0,4 fte), de gedragsspecialist (0,2 fte) en voor materialen en scholing. De
        verantwoording loopt via het jaarverslag van het bestuur."""),
        H1("Opbrengsten en evaluatie"),
        P("""De eindtoetsresultaten van groep 8 lagen in 2025 boven de signaleringswaarde van de inspectie:
        68% behaalde het streefniveau voor lezen en 49% voor rekenen. Het doel voor 2026 is dat 55% het streefniveau
        rekenen haalt. Wij evalueren de ondersteuning jaarlijks in juni met het team en in de MR."""),
        H1("Jaarplanning zorg 2025-2026"),
        TABLE([["Maand", "Activiteit"], ["September", "Startgesprekken met ouders; overdracht groepen"],
               ["Oktober", "Groepsbesprekingen ronde 1"], ["November", "OT"],
               ["Januari", "Toetsperiode; groepsbesprekingen ronde 2"], ["Maart", "OT; voorlopig advies groep 8"],
               ["Juni", "Toetsperiode; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"],
               ["Juli", "Overdracht naar volgende leerkracht"]]),
    ]
    notes = {"document": """School-level 'ondersteuningsplan' of one basisschool (OBS De Vlinderboom), annual
             (schooljaar 2025-2026), about zorgniveaus, groepsbesprekingen, IB'er and the school's own budget; it
             only refers to the samenwerkingsverband it belongs to. Not the ondersteuningsplan of a
             samenwerkingsverband (no planperiode, OPR, OOGO, verdeelmodel, TLV procedure of its own)."""}
    return b, notes


# ================================================================ main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout138_make_"))
    try:
        plans = [
            ("po-swv-lingedal-ondersteuningsplan-2025-2029", "docx", plan_lingedal),
            ("vo-swv-heuvelrand-ondersteuningsplan-2025-2029", "docx", plan_heuvelrand),
            ("po-swv-kempenbroek-ondersteuningsplan-2026-2030", "pdf", plan_kempenbroek),
            ("vo-swv-drentse-venen-ondersteuningsplan-2025-2029", "pdf", plan_drentsevenen),
            ("po-swv-wolderkwartier-ondersteuningsplan-2025-2029", "html", plan_wolderkwartier),
        ]
        for stem, fmt, fn in plans:
            c, blocks, crit, adv, notes = fn()
            header = "Ondersteuningsplan %s | %s" % (c["period"], c["short"])
            footer = "%s - %s - vastgesteld %s" % (c["name"], c["code"], c["vaststelling"])
            fname = stem + "." + fmt
            if fmt == "docx":
                render_docx(blocks, OUT / fname, header, footer)
            elif fmt == "pdf":
                src = tmp / (stem + ".docx")
                render_docx(blocks, src, header, footer)
                docx_to_pdf(src, OUT / fname, tmp)
            elif fmt == "html":
                render_html(blocks, OUT / fname, "Ondersteuningsplan %s - %s" % (c["period"], c["short"]),
                            header, footer)
            write_label(stem, [fname], c["sector"], crit, adv, notes)
            print("%-60s %5d words  %s" % (fname, word_count(blocks), status_from(crit, adv)))
        blocks, notes = nearmiss_vlinderboom()
        stem = "nearmiss-obs-de-vlinderboom-schoolondersteuningsplan-2025-2026"
        render_md(blocks, OUT / (stem + ".md"))
        write_label(stem, [stem + ".md"], "po", None, None, notes, looks_like_plan=False)
        print("%-60s %5d words  (not a plan)" % (stem + ".md", word_count(blocks)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
