#!/usr/bin/env python3
"""Generate the holdout129 sample set: five fictional ondersteuningsplannen (four VO, one PO) and one
near-miss document (a school-level ondersteuningsplan), each with a <name>.expected.yaml label file.

Deterministic and offline. Writes into the folder above src/: python3 src/make_holdout129.py

Documents are lists of blocks: ("title", lines), ("toc", None), ("h1", text), ("h2", text),
("p", text), ("ul", [items]), ("table", [[cells], ...]), ("pagebreak", None).
"""

import html
from datetime import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def TOC():
    return ("toc", None)


def BR():
    return ("pagebreak", None)


def TITLE(*lines):
    return ("title", list(lines))


def toc_lines(blocks):
    """Build table-of-contents lines (with fake page numbers) from the headings."""
    lines = []
    page = 3
    n1 = 0
    n2 = 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            lines.append((1, f"{val}", page))
            page += 2
        elif kind == "h2":
            n2 += 1
            lines.append((2, f"{val}", page))
            page += 1
    return lines


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("ul", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


def render_docx(blocks, path, header_text):
    doc = Document()
    cp = doc.core_properties  # fixed metadata keeps the output reproducible
    cp.author = cp.last_modified_by = header_text.split("|")[0].strip()
    cp.created = cp.modified = datetime(2025, 3, 1, 12, 0, 0)
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " – concept voor OPR en OOGO"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for lvl, text, page in toc_lines(blocks):
                indent = "" if lvl == 1 else "    "
                doc.add_paragraph(f"{indent}{text} {'.' * 8} {page}")
            doc.add_page_break()
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
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed member timestamps so repeated runs give identical bytes."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout129.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            zout.writestr(zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)
    os.replace(tmp, path)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{html.escape(title)}</p>'
           '<nav><a href="/">Home</a> | <a href="/ouders">Ouders</a> | <a href="/loket">Loket</a> | '
           '<a href="/organisatie">Organisatie</a> | <a href="/contact">Contact</a></nav></header>', "<main>"]
    hid = 0
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{html.escape(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Op deze pagina</h2><ol>')
            for i, (lvl, text, _page) in enumerate(toc_lines(blocks)):
                out.append(f'<li class="l{lvl}"><a href="#s{i + 1}">{html.escape(text)}</a></li>')
            out.append("</ol></nav>")
        elif kind in ("h1", "h2"):
            hid += 1
            tag = "h2" if kind == "h1" else "h3"
            out.append(f'<{tag} id="s{hid}">{html.escape(val)}</{tag}>')
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>© {html.escape(title)} · Privacyverklaring · Cookies · "
            "Toegankelijkheid</p></footer>", "</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    """Render blocks to a temporary .docx and convert it with LibreOffice."""
    tmp = Path(tempfile.mkdtemp(prefix="holdout129_pdf_"))
    try:
        stem = Path(pdf_path).stem
        src = tmp / f"{stem}.docx"
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / f"{stem}.pdf"), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)




# --------------------------------------------------------------------------------------------
# Boilerplate chapters (mention element vocabulary only in passing; flags switch off sentences)
# --------------------------------------------------------------------------------------------



def voorwoord(v):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde plan
        sinds de invoering van de Wet passend onderwijs in 2014, en het eerste plan dat we schrijven na een
        periode waarin veel is veranderd: de coronajaren liggen achter ons, het lerarentekort raakt ook onze
        scholen, en de landelijke verbeteraanpak passend onderwijs vraagt van samenwerkingsverbanden dat zij
        scherper kiezen. Dit plan is daarom korter en zakelijker dan zijn voorgangers. We beschrijven wat we
        samen met de schoolbesturen hebben afgesproken en wat leerlingen, {v['ouders_woord']} en
        professionals van ons mogen verwachten."""),
        P(f"""Het plan is tot stand gekomen in een traject van ruim een jaar. Directeuren, ondersteuningscoördinatoren,
        leraren, de ondersteuningsplanraad en de gemeenten {v['gemeenten_tekst']} hebben meegedacht in
        werksessies en via een digitale enquête. Wij zijn iedereen die daaraan heeft bijgedragen veel dank
        verschuldigd. Een ondersteuningsplan is nooit af; de ambities die hier staan werken wij elk jaar uit in
        een jaarplan en een jaarbegroting."""),
        P(f"""Tot slot een woord over de toon. Passend onderwijs is geen systeem maar een belofte aan
        jongeren: dat zij op een school terechtkomen waar zij zich kunnen ontwikkelen. Waar wij in dit plan
        spreken over arrangementen, middelen en procedures, gaat het uiteindelijk om die belofte."""),
        P(f"""{v['bestuurder']}, directeur-bestuurder {v['kort']}"""),
    ]


def kader(v, po=False):
    art = "artikel 18a van de Wet op het primair onderwijs" if po else \
        "artikel 17a van de Wet op het voortgezet onderwijs (sinds 2021 opgenomen in de WVO 2020)"
    return [
        H1("Inleiding en wettelijk kader"),
        H2("Waarom een ondersteuningsplan"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast.
        De wettelijke basis is {art}. De wet noemt een aantal onderwerpen die het plan in elk geval moet
        bevatten: de manier waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd,
        inclusief de basisondersteuning; de verdeling en besteding van de ondersteuningsmiddelen; de procedure
        en criteria voor toelaatbaarheid; het beleid voor terugplaatsing; de beoogde en bereikte resultaten en
        de manier waarop ouders worden geïnformeerd. Dit hoofdstuk geeft alleen het kader; de inhoud volgt in
        de hoofdstukken hierna."""),
        P(f"""Het plan geldt voor de schooljaren {v['periode']}, van 1 augustus {v['start']} tot en met
        31 juli {v['eind']}. Het wordt voor 1 mei {v['start']} aan de Inspectie van het Onderwijs gezonden.
        Tussentijdse wijzigingen leggen wij ter instemming voor aan de ondersteuningsplanraad."""),
        H2("Leeswijzer"),
        P("""Hoofdstuk 2 schetst onze regio en de belangrijkste kengetallen. Daarna volgen visie en
        ambities, de inhoudelijke hoofdstukken, de organisatie en de financiën. Achterin staan de
        begrippenlijst en een overzicht van de bijlagen. Waar wij in de tekst 'scholen' schrijven, bedoelen wij
        alle vestigingen van de aangesloten schoolbesturen."""),
    ]


def regio(v, extra_rows=None, extra_text=None):
    rows = [["Gemeente", "Aantal vestigingen", "Leerlingen (1 oktober 2024)"]] + v["regio_rows"]
    blocks = [
        H1("Onze regio"),
        P(f"""{v['naam']} omvat de gemeenten {v['gemeenten_tekst']}. Het gebied is deels stedelijk en
        deels landelijk; de afstanden tussen de kernen zijn voor sommige leerlingen aanzienlijk, wat gevolgen
        heeft voor leerlingenvervoer en voor de bereikbaarheid van bovenschoolse voorzieningen. Bij het
        samenwerkingsverband zijn {v['besturen']} schoolbesturen aangesloten."""),
        T(rows),
        P("""De leerlingaantallen dalen naar verwachting de komende vier jaar met ongeveer vier procent.
        Die krimp is niet gelijk verdeeld: in de kleinere kernen is zij groter dan in de stad. Voor scholen
        betekent dit dat formatie onder druk staat; voor het samenwerkingsverband betekent het dat de
        rijksmiddelen, die per leerling worden berekend, licht zullen dalen."""),
    ]
    if extra_text:
        blocks.append(P(extra_text))
    if extra_rows:
        blocks.append(T(extra_rows))
    return blocks


def visie(v):
    return [
        H1("Visie en missie"),
        H2("Onze missie"),
        P(f"""{v['kort']} staat voor een regio waarin iedere jongere een passende plek heeft in het
        onderwijs, zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. Wij doen dat samen:
        scholen, {v['ouders_woord']}, gemeenten en partners in zorg en jeugdhulp. Het samenwerkingsverband is
        daarbij geen loket op afstand, maar een partner die meedenkt en meebetaalt."""),
        H2("Onze visie"),
        P("""Wij geloven dat goed onderwijs begint in de klas. De leraar is de belangrijkste factor voor
        het welbevinden en de ontwikkeling van de leerling. Ondersteuning is daarom geen apart circuit naast het
        onderwijs, maar zit zoveel mogelijk in het gewone onderwijs. Pas als de mogelijkheden van de school en
        het schoolbestuur zijn benut, komt het samenwerkingsverband in beeld. Wij denken in mogelijkheden,
        niet in beperkingen, en in wat een leerling nodig heeft in plaats van in labels of diagnoses."""),
        P("""Onze kernwaarden zijn vertrouwen, eigenaarschap en transparantie. Vertrouwen, omdat
        professionals in de scholen het beste zicht hebben op wat een leerling nodig heeft. Eigenaarschap, omdat
        ieder schoolbestuur verantwoordelijk is voor een passend aanbod voor de leerlingen die bij hem zijn
        aangemeld. Transparantie, omdat wij openbaar maken waar de middelen naartoe gaan en wat zij
        opleveren."""),
        H2("Ambities voor de planperiode"),
        P(f"""In de gesprekken voor dit plan kwamen steeds dezelfde thema's terug: minder bureaucratie,
        sneller schakelen als het vastloopt, beter samenwerken met jeugdhulp en meer aandacht voor het
        welbevinden van leraren. Deze thema's vormen de rode draad van het plan. Wij willen dat scholen
        over vier jaar merken dat aanvragen eenvoudiger zijn geworden en dat zij vaker samen met partners een
        oplossing vinden, en dat {v['ouders_woord']} het samenwerkingsverband ervaren als benaderbaar."""),
    ]


def governance(v, tlv_sentence=True):
    t = [
        H1("Organisatie en governance"),
        H2("Rechtsvorm en bestuur"),
        P(f"""{v['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur
        (AB), dat de hoofdlijnen van beleid, de begroting en het jaarverslag vaststelt. De dagelijkse leiding
        is belegd bij een directeur-bestuurder, die verantwoording aflegt aan het AB. Het interne toezicht is
        sinds 2020 gescheiden van het bestuur: een raad van toezicht van drie onafhankelijke leden houdt
        toezicht op de directeur-bestuurder en keurt de begroting en het jaarverslag goed."""),
        P("""De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen. Komen
        besturen er onderling niet uit, dan wordt het geschil voorgelegd aan een commissie van drie leden,
        waarvan één door beide partijen gezamenlijk wordt aangewezen. Van deze regeling is in de vorige
        planperiode geen gebruik gemaakt."""),
        H2("Bureau en overlegstructuur"),
        P("""Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een
        beleidsmedewerker, een controller (gedetacheerd), twee secretariaatsmedewerkers en een team van
        consulenten en orthopedagogen. Het bureau is gehuisvest in een gebouw dat wij delen met een van de
        aangesloten besturen. De directeuren van de scholen komen vijf keer per jaar bijeen in het
        directeurenoverleg; de ondersteuningscoördinatoren zes keer per jaar in een netwerk waarin zij
        casuïstiek en ervaringen delen."""),
    ]
    if tlv_sentence:
        t.append(P("""Het AB heeft de bevoegdheid om te beslissen over toelaatbaarheid gemandateerd aan de
        directeur-bestuurder, die zich daarbij laat adviseren door de commissie die verderop in dit plan
        wordt beschreven."""))
    return t


def opr(v, ouders_rol=True):
    if ouders_rol:
        samen = f"""De OPR telt {v['opr_leden']} leden: de helft is personeelslid, de andere helft
        {v['opr_ouders']}. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten
        scholen. De OPR vergadert zes keer per jaar met de directeur-bestuurder."""
    else:
        samen = """De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen.
        De OPR vergadert zes keer per jaar met de directeur-bestuurder."""
    return [
        H1("Medezeggenschap"),
        P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). {samen} De OPR heeft
        instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het
        samenwerkingsverband, als werkgever van het eigen personeel, een medezeggenschapsraad voor het bureau."""),
        P(f"""De OPR heeft op {v['opr_datum']} ingestemd met dit plan. Bij de behandeling heeft de OPR
        vragen gesteld over de doorlooptijden bij aanvragen, over de verdeling van de middelen en over de
        leesbaarheid van het plan. Die vragen hebben geleid tot aanpassingen in de definitieve tekst. De
        OPR krijgt jaarlijks scholing, gefinancierd door het samenwerkingsverband."""),
    ]


def oogo(v, inhoud=True, verzuim=True):
    if verzuim:
        themes = """In het OOGO hebben wij vier gezamenlijke thema's benoemd: (1) een sluitende aanpak van
        verzuim, met de leerplichtambtenaren als vaste partner; (2) jeugdhulp op school, waarbij
        jeugdprofessionals van de gemeentelijke toegang structureel aanschuiven in de ondersteuningsteams van
        de scholen; (3) onderwijs-zorgarrangementen voor jongeren die zowel onderwijs als zorg nodig hebben,
        waarbij gemeente en samenwerkingsverband samen de kosten dragen; en (4) de overgang naar
        vervolgonderwijs en werk. Leerlingenvervoer en onderwijshuisvesting blijven verantwoordelijkheden van
        de gemeenten; wij bespreken ze wel in het OOGO."""
    else:
        themes = """In het OOGO hebben wij drie gezamenlijke thema's benoemd: (1) jeugdhulp op school,
        waarbij jeugdprofessionals van de gemeentelijke toegang structureel aanschuiven in de
        ondersteuningsteams van de scholen; (2) onderwijs-zorgarrangementen voor kinderen die zowel onderwijs
        als zorg nodig hebben; en (3) de doorgaande lijn van voorschoolse voorziening naar basisschool.
        Leerlingenvervoer en onderwijshuisvesting blijven verantwoordelijkheden van de gemeenten; wij
        bespreken ze wel in het OOGO."""
    b = [H1("Samenwerking met gemeenten")]
    if not inhoud:
        b.append(P(f"""Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg
        (OOGO) met de gemeenten {v['gemeenten_tekst']}. Het OOGO is afgerond op {v['oogo_datum']}; het verslag
        is bij het bestuursbureau op te vragen. Met de overlappende samenwerkingsverbanden heeft overleg
        plaatsgevonden."""))
        return b
    b += [
        P(f"""Onderwijs en jeugdhulp raken elkaar op veel punten. Wij hebben het ontwerp van dit plan
        besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten
        {v['gemeenten_tekst']}, dat op {v['oogo_datum']} is afgerond. Het ondersteuningsplan van het
        samenwerkingsverband en de beleidsplannen jeugd van de gemeenten zijn op elkaar afgestemd."""),
        P(themes),
        P("""Twee keer per jaar is er een bestuurlijk overleg tussen de directeur-bestuurder en de
        wethouders onderwijs en jeugd. Op uitvoeringsniveau is er een maandelijks afstemmingsoverleg met de
        teamleiders van de jeugdteams. Met de overlappende samenwerkingsverbanden in de regio voeren wij
        jaarlijks overleg."""),
    ]
    return b


def personeel(v):
    return [
        H1("Personeel en professionalisering"),
        P("""Het samenwerkingsverband heeft zelf een beperkt aantal medewerkers in dienst. De meeste
        ondersteuning wordt gegeven door medewerkers van de scholen. Het lerarentekort en de krapte aan
        orthopedagogen en psychologen raken ons daarom direct: een arrangement op papier helpt een leerling
        niet als er niemand is om het uit te voeren. Wij investeren in de deskundigheid van leraren en
        ondersteuningsspecialisten en in het behoud van mensen die met veel inzet ondersteuning bieden."""),
        P("""Concreet bieden wij jaarlijks een scholingsprogramma aan voor mentoren en
        ondersteuningscoördinatoren, met thema's als gedrag in de klas, omgaan met angst en somberheid,
        signaleren van schoolverzuim en gespreksvoering. Nieuwe ondersteuningscoördinatoren volgen een
        introductietraject van vier bijeenkomsten. Daarnaast ondersteunen wij intervisie en collegiale
        consultatie tussen scholen. De effecten op het personeel van het samenwerkingsverband zelf zijn
        besproken in de medezeggenschapsraad van het bureau."""),
        P("""Bij de inzet van externe deskundigen letten wij op kwaliteit en continuïteit. Wij werken
        bij voorkeur met vaste partners en maken afspraken over bereikbaarheid, verslaglegging en de manier
        waarop kennis wordt overgedragen aan de scholen."""),
    ]


def ict_privacy(v):
    return [
        H1("ICT, privacy en gegevensbeheer"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij
        aanvragen en adviezen. Wij doen dat op grond van de wet en de Algemene verordening
        gegevensbescherming (AVG). Wij verwerken niet meer gegevens dan nodig, beveiligen ze volgens de normen
        van het sectorale privacyconvenant en bewaren ze niet langer dan de wettelijke termijn. Het
        samenwerkingsverband heeft een functionaris gegevensbescherming, die wij delen met twee andere
        samenwerkingsverbanden."""),
        P("""Aanvragen en dossiers lopen via een beveiligde digitale omgeving. Scholen loggen in met
        tweestapsverificatie. In de planperiode vervangen wij het huidige systeem, waarvan het contract in
        2026 afloopt; de aanbesteding verloopt samen met drie andere samenwerkingsverbanden. Wij letten
        daarbij op gebruiksgemak voor scholen en op de mogelijkheid om zonder extra werk managementinformatie
        te halen uit de systemen."""),
        P("""Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de
        Autoriteit Persoonsgegevens. In de vorige planperiode zijn twee kleine incidenten gemeld; beide
        hadden te maken met e-mails aan een verkeerde ontvanger."""),
    ]


def totstandkoming(v):
    return [
        H1("Totstandkoming en planning"),
        P(f"""Dit plan is in de periode september {int(v['start']) - 1} tot maart {v['start']} opgesteld.
        Een schrijfgroep met twee directeuren, twee ondersteuningscoördinatoren, de beleidsmedewerker en de
        directeur-bestuurder schreef de teksten; de klankbordgroep van het directeurenoverleg las mee.
        Het ontwerp is op {v['oogo_datum']} besproken in het OOGO. Het AB heeft het plan op
        {v['vastgesteld']} voorlopig vastgesteld; na instemming van de OPR volgde de definitieve
        vaststelling. Het plan is daarna aan de inspectie gezonden."""),
        T([["Moment", "Wie", "Datum"],
           ["Startbijeenkomst", "directeuren en ondersteuningscoördinatoren", f"september {int(v['start']) - 1}"],
           ["Ontwerp gereed", "schrijfgroep", f"januari {v['start']}"],
           ["OOGO afgerond", "gemeenten en samenwerkingsverband", v["oogo_datum"]],
           ["Instemming", "ondersteuningsplanraad", v["opr_datum"]],
           ["Vaststelling", "algemeen bestuur", v["vastgesteld"]],
           ["Toezending inspectie", "directeur-bestuurder", f"vóór 1 mei {v['start']}"]]),
    ]


def samenvatting(v, onderwerpen):
    return [
        H1("Samenvatting"),
        P(f"""Dit ondersteuningsplan beschrijft hoe {v['naam']} in de periode {v['periode']} invulling geeft
        aan passend onderwijs. {onderwerpen} Het plan is een gezamenlijk product van de aangesloten
        schoolbesturen en is besproken met de ondersteuningsplanraad en met de gemeenten. Wie snel wil weten
        wat er voor een leerling geregeld is, kan het beste beginnen bij de hoofdstukken over ondersteuning
        en over ouders; wie wil weten hoe het samenwerkingsverband is georganiseerd, leest de hoofdstukken
        over governance en medezeggenschap."""),
    ]


def vervoer_huisvesting(v):
    return [
        H1("Leerlingenvervoer en onderwijshuisvesting"),
        P(f"""Leerlingenvervoer en onderwijshuisvesting zijn wettelijke taken van de gemeenten
        {v['gemeenten_tekst']}. Het samenwerkingsverband heeft hierin geen eigen middelen of bevoegdheden. Wel
        merken wij dat de keuze voor een school soms afhangt van de vraag of vervoer geregeld kan worden,
        en dat krappe huisvesting het lastig maakt om kleine groepen in te richten. Daarom bespreken wij
        beide onderwerpen jaarlijks met de wethouders. De gemeenten hebben toegezegd bij de actualisering van
        hun verordening leerlingenvervoer de gevolgen voor leerlingen met een ondersteuningsbehoefte mee te
        wegen. Over de huisvesting van voorzieningen maken de schoolbesturen zelf afspraken met de
        gemeente waarin de voorziening staat."""),
    ]


def klachten(v):
    return [
        H1("Klachten, bezwaar en geschillen"),
        P("""Het samenwerkingsverband heeft een klachtenregeling. Klachten over de werkwijze van het
        samenwerkingsverband, bijvoorbeeld over de bejegening door een medewerker of over de duur van een
        procedure, kunnen worden ingediend bij de directeur-bestuurder; als het gesprek niet tot een
        oplossing leidt, kan de klacht worden voorgelegd aan de landelijke klachtencommissie waarbij wij zijn
        aangesloten. Voor geschillen over toelating en verwijdering van leerlingen en over het
        ontwikkelingsperspectief kunnen ouders terecht bij de Geschillencommissie passend onderwijs.
        Geschillen over het ondersteuningsplan tussen bestuur en OPR gaan naar de Landelijke Commissie voor
        Geschillen WMS. In de vorige planperiode ontving het samenwerkingsverband vier klachten; geen ervan
        leidde tot een procedure bij een commissie."""),
    ]


def samenwerking_besturen(v):
    return [
        H1("Samenwerking tussen de schoolbesturen"),
        P(f"""De {v['besturen']} schoolbesturen in het samenwerkingsverband verschillen in omvang,
        denominatie en schoolsoorten. Dat maakt de samenwerking rijk, maar soms ook ingewikkeld. In de
        afgelopen periode hebben de besturen afgesproken dat zij elkaar aanspreken op de gemaakte
        afspraken, dat zij besluiten in het algemeen bestuur zoveel mogelijk bij consensus nemen en dat zij
        informatie over leerlingstromen met elkaar delen. Elk voorjaar is er een heidag van het algemeen
        bestuur, waarin de bestuurders zonder vaste agenda de samenwerking evalueren."""),
        P("""De besturen hebben ook afgesproken dat zij bij het aannemen van leerlingen uit een andere
        regio vooraf contact opnemen met het samenwerkingsverband van herkomst, en dat zij elkaar informeren
        als een school overweegt haar profiel of onderwijsaanbod ingrijpend te wijzigen. Deze afspraken zijn
        vastgelegd in een convenant dat als bijlage bij de statuten is gevoegd."""),
    ]


def begrippen(extra, drop=()):
    base = [
        ("AB", "Algemeen bestuur van het samenwerkingsverband."),
        ("Arrangement", "Een pakket ondersteuning dat op een leerling of groep is afgestemd."),
        ("Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband bieden."),
        ("Extra ondersteuning", "Alle ondersteuning die de basisondersteuning overstijgt."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("OPR", "Ondersteuningsplanraad."),
        ("Pro", "Praktijkonderwijs."),
        ("SOP", "Schoolondersteuningsprofiel."),
        ("TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in het (voortgezet) speciaal onderwijs."),
        ("Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar een reguliere school."),
        ("Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("Verevening", "Verrekening van de rijksmiddelen op basis van het aantal leerlingen in het speciaal onderwijs."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over onderwijs."),
    ]
    base = [x for x in base if x[0] not in drop]
    items = sorted(base + extra, key=lambda x: x[0].lower())
    return [H1("Begrippenlijst"), T([["Begrip", "Betekenis"]] + [[a, b] for a, b in items])]


def plan_a():
    """VO, docx: solid plan. terugstroom partial (procedure deferred), resultaten partial (monitoring deferred)."""
    v = dict(
        naam="Samenwerkingsverband Voortgezet Onderwijs Weidebeek en Holtenburg", kort="SWV VO Weidebeek",
        periode="2025-2029", start="2025", eind="2029", bestuurder="Marieke van Doorn",
        gemeenten_tekst="Weidebeek, Holtenburg en Aldersum", besturen="zes", ouders_woord="ouders",
        opr_leden="twaalf", opr_ouders="ouder of leerling", opr_datum="18 maart 2025",
        oogo_datum="25 februari 2025", vastgesteld="4 maart 2025",
        regio_rows=[["Weidebeek", "7", "6.210"], ["Holtenburg", "5", "3.480"], ["Aldersum", "2", "1.150"],
                    ["Totaal (incl. vso en pro)", "16", "11.420"]],
    )
    b = [TITLE("Ondersteuningsplan 2025-2029", v["naam"], "VO 26-04",
               "Samen zorgen voor een passende plek", "Vastgesteld door het algemeen bestuur op 4 maart 2025"),
         TOC()]
    b += voorwoord(v)
    b += kader(v)
    b += regio(v, extra_text="""Op 1 oktober 2024 volgden 412 leerlingen voortgezet speciaal onderwijs
        (3,6 procent van alle leerlingen; landelijk 3,4 procent), 498 leerlingen praktijkonderwijs en
        ontvingen 1.310 leerlingen leerwegondersteunend onderwijs.""")
    b += visie(v)
    # ---------------- basisondersteuning: present --------------
    b += [
        H1("Ondersteuning op drie niveaus"),
        P("""Ons ondersteuningsaanbod is opgebouwd in drie niveaus: de basisondersteuning die iedere
        school biedt (niveau 1), extra ondersteuning binnen of tussen scholen in de vorm van arrangementen
        (niveau 2) en gespecialiseerde plaatsen in het voortgezet speciaal onderwijs (niveau 3). De niveaus
        sluiten op elkaar aan; een leerling gaat pas naar een volgend niveau als duidelijk is dat het vorige
        niet volstaat, en keert zo mogelijk terug."""),
        H2("Niveau 1: basisondersteuning"),
        P("""De schoolbesturen hebben met elkaar afgesproken welke ondersteuning elke vestiging in ons
        samenwerkingsverband ten minste biedt, ongeacht schoolsoort of leerweg. Deze afspraken vormen samen
        de basisondersteuning. Zij zijn bindend voor alle zestien vestigingen; een school kan meer bieden,
        maar niet minder. Het niveau is in 2024 opnieuw vastgesteld door het AB na een ronde langs alle
        scholen."""),
        P("""Concreet kan iedere leerling, en iedere ouder, op elke school van het samenwerkingsverband
        het volgende verwachten:"""),
        UL("""Een vaste mentor die de leerling ten minste eenmaal per zes weken individueel spreekt, en
           een wekelijks mentoruur in de onderbouw.""",
           """Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het eerste
           aanspreekpunt is voor leerlingen, ouders en mentoren.""",
           """Een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de
           ondersteuningscoördinator, de jeugdarts of jeugdverpleegkundige van de GGD, de
           schoolmaatschappelijk werker en de leerplichtambtenaar.""",
           """Een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergroot
           lettertype en voorleessoftware, ook bij toetsen en examens.""",
           """Trainingen in sociale vaardigheden en faalangstreductie, minstens eenmaal per schooljaar
           aangeboden op de school of in samenwerking met een andere school.""",
           """Een time-outvoorziening met opvang door een vaste medewerker, en afspraken over terugkeer
           in de les.""",
           """Een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte.""",
           """Begeleiding bij de overstap van po naar vo met een warme overdracht voor iedere leerling
           met een ondersteuningsbehoefte."""),
        P("""De basisondersteuning staat beschreven in het schoolondersteuningsprofiel van iedere school
        en, vanaf het schooljaar 2025-2026, in de schoolgids. Elke twee jaar voert het samenwerkingsverband
        met iedere school een kwaliteitsdialoog over de basisondersteuning, aan de hand van een
        kwaliteitskaart met de acht punten hierboven. Voldoet een school op een onderdeel niet, dan maken
        bestuur en samenwerkingsverband een verbeterafspraak met een termijn van maximaal één schooljaar."""),
        H2("Niveau 2: arrangementen"),
        P("""Als de basisondersteuning niet volstaat, kan de school een arrangement inzetten. Het
        samenwerkingsverband onderscheidt schoolarrangementen, die de school uit het eigen schoolbudget
        betaalt (bijvoorbeeld een kleine klas of een individuele begeleider), en bovenschoolse
        arrangementen. De bovenschoolse voorzieningen in onze regio zijn: het OPDC De Overstap in
        Weidebeek (48 plaatsen, tijdelijke plaatsing tot maximaal twee jaar), de reboundvoorziening
        't Kompas (16 plaatsen, trajecten van twaalf weken), de plusvoorziening voor hoogbegaafde leerlingen
        op het Holtenburgs Lyceum en de schakelklas voor nieuwkomers (ISK) in Aldersum."""),
        H2("Niveau 3: voortgezet speciaal onderwijs en praktijkonderwijs"),
        P("""In de regio zijn twee vso-scholen: De Zeilmaker (cluster 4, uitstroomprofielen
        vervolgonderwijs en arbeidsmarkt) en Het Anker (cluster 3, inclusief een afdeling voor leerlingen
        met een zeer moeilijk lerend profiel). Twee scholen voor praktijkonderwijs bieden pro in Weidebeek
        en Holtenburg. Voor enkele leerlingen is een plaats buiten de regio nodig, bijvoorbeeld in een
        residentiële setting."""),
    ]
    # ---------------- dekkend aanbod: present --------------
    b += [
        H1("Thuiszitters en een dekkend netwerk"),
        P("""Een dekkend netwerk betekent dat er voor iedere leerling een passende plek is. Dat is nog
        niet altijd zo. Op 1 oktober 2024 stonden in onze regio 23 leerlingen langer dan vier weken thuis
        zonder onderwijs; elf van hen hadden een vrijstelling. De leerplichtambtenaren melden
        thuiszitters direct aan het samenwerkingsverband. Iedere maand bespreekt het thuiszittersoverleg,
        met leerplicht, de jeugdteams en een consulent van het samenwerkingsverband, alle bekende
        leerlingen. Als partijen niet tot een oplossing komen, neemt de directeur-bestuurder binnen twee
        weken een besluit (doorzettingsmacht)."""),
        P("""Jaarlijks in het voorjaar maken wij een analyse van de plekken waar het aanbod tekortschiet.
        Wij gebruiken daarvoor de aanmeldingen bij het loket, de wachtlijsten van de voorzieningen en de
        signalen uit het thuiszittersoverleg. De analyse van 2024 liet twee lacunes zien: havo- en
        vwo-leerlingen met een autismespectrumstoornis die vastlopen in grote klassen, en jongeren met
        ernstige angstklachten. Voor de eerste groep start in augustus 2025 een kleinschalige
        havo-onderbouwvoorziening op het Holtenburgs Lyceum met twintig plaatsen; voor de tweede groep
        ontwikkelen wij met de gemeenten en de GGZ een onderwijs-zorgarrangement, dat in januari 2026
        moet starten."""),
    ]
    # ---------------- plaatsing: present --------------
    b += [
        H1("Toewijzing en toelaatbaarheid"),
        H2("De route naar een toelaatbaarheidsverklaring"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag
        van de school waar de leerling staat ingeschreven of is aangemeld. De aanvraag wordt ingediend via
        het digitale loket van het samenwerkingsverband en bevat het groeidocument of OPP, een
        onderwijskundig rapport, de verslagen van de laatste twee OT-besprekingen en de zienswijze van
        ouders en leerling. Een consulent beoordeelt binnen vijf werkdagen of het dossier compleet is."""),
        P("""Daarna vragen wij advies aan twee deskundigen. De eerste is altijd een orthopedagoog of
        psycholoog; de tweede is, afhankelijk van de vraag, een kinder- en jeugdpsychiater, een
        maatschappelijk werker, een arts of een pedagoog. Beide geven een eigen, schriftelijk advies. Een
        deskundige die betrokken was bij de aanvraag kan niet adviseren. De Commissie Toewijzing, die
        namens de directeur-bestuurder beslist, neemt een besluit binnen zes weken na ontvangst van het
        complete dossier. Ouders ontvangen een afschrift van beide adviezen."""),
        H2("Wanneer is een leerling toelaatbaar tot het vso?"),
        P("""De Commissie Toewijzing verklaart een leerling toelaatbaar tot het vso wanneer aan alle
        volgende voorwaarden is voldaan:"""),
        UL("""de ondersteuningsbehoefte van de leerling is in kaart gebracht in een OPP, en de school heeft
           ten minste één schooljaar (bij acute veiligheidsrisico's: twaalf weken) planmatig gewerkt met
           extra ondersteuning, die is geëvalueerd;""",
           """ook met een bovenschools arrangement kan de regulier school niet bieden wat de leerling
           nodig heeft, bijvoorbeeld omdat de leerling een kleine groep met intensieve begeleiding
           gedurende de hele schooldag nodig heeft;""",
           """de vso-school kan wél bieden wat de leerling nodig heeft, zoals blijkt uit het advies van de
           deskundigen."""),
        P("""De bekostigingscategorie (laag, midden of hoog) volgt uit de zorgbehoefte: leerlingen met
        een lichamelijke beperking of langdurige ziekte krijgen categorie midden, leerlingen met
        meervoudige beperkingen categorie hoog, overige leerlingen categorie laag. Een TLV wordt in de
        regel afgegeven tot het einde van het schooljaar volgend op het jaar van afgifte. Bij een blijvende
        beperking kan de TLV worden afgegeven tot het einde van de vso-periode."""),
        H2("Praktijkonderwijs en lwoo"),
        P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
        leerachterstand van ten minste 50 procent op twee of meer domeinen, waarvan één begrijpend lezen of
        inzichtelijk rekenen is. Voor leerwegondersteunend onderwijs hanteren wij eveneens de landelijke
        criteria (IQ 75 tot 90 met een leerachterstand van 25 tot 50 procent op twee domeinen, of IQ 91 tot
        120 met zo'n achterstand en sociaal-emotionele problematiek). De vo-school vraagt pro of lwoo aan
        vóór 1 maart voorafgaand aan het eerste leerjaar; het samenwerkingsverband besluit voor 1 mei."""),
        H2("Bezwaar"),
        P("""Ouders en het bevoegd gezag kunnen binnen zes weken na dagtekening bezwaar maken tegen
        een besluit over toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert. Het bestuur
        besluit op het bezwaar binnen zes weken na het advies."""),
    ]
    # ---------------- terugstroom: partial (beleid only) --------------
    b += [
        H1("Terug naar het regulier onderwijs"),
        P("""Plaatsing in het vso is voor veel leerlingen niet bedoeld als eindstation. Ons uitgangspunt
        is dat een leerling terugkeert naar een reguliere school zodra hij daar met ondersteuning kan
        slagen. Voorwaarden zijn dat de doelen in het OPP grotendeels zijn behaald, dat de leerling zelf wil
        en dat er een ontvangende school is die het aanbod kan realiseren. Na terugkeer krijgt de leerling een
        overgangsarrangement van maximaal één schooljaar, met ambulante begeleiding vanuit de vso-school en
        een vast aanspreekpunt op de nieuwe school. De kosten van het overgangsarrangement betaalt het
        samenwerkingsverband."""),
        P("""Hoe de terugkeer stap voor stap verloopt, wie het initiatief neemt en op welke momenten
        wordt geëvalueerd, leggen wij in het eerste planjaar samen met De Zeilmaker en Het Anker vast in
        een werkafspraak. Tot die tijd handelen de scholen per leerling in onderling overleg."""),
    ]
    # ---------------- financien: present (under "Geld en middelen") --------------
    b += [
        H1("Geld en middelen"),
        H2("Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte ondersteuning
        (waaronder lwoo en pro) en een budget voor zware ondersteuning. Van het budget zware ondersteuning
        houdt DUO rechtstreeks de bekostiging voor vso-leerlingen in (de afdracht). Voor 2025 verwachten wij
        in totaal € 14,9 miljoen aan inkomsten, waarvan € 5,1 miljoen na afdracht vrij te besteden is."""),
        H2("Verdeling over de scholen"),
        P("""Wij verdelen de vrij besteedbare middelen volgens het verdeelmodel dat het AB in 2023 heeft
        vastgesteld. Iedere vestiging ontvangt een vaste voet van € 15.000 en een bedrag van € 110 per
        leerling, op basis van de leerlingtelling van 1 oktober van het voorgaande jaar. Dit schoolbudget is
        bedoeld voor de basisondersteuning en voor schoolarrangementen. Bovenschoolse arrangementen
        worden per leerling toegekend na een aanvraag bij het loket; de voorzieningen OPDC en rebound krijgen
        een vaste bijdrage per plaats (€ 9.800 per OPDC-plaats, € 6.200 per reboundplaats). Het AB stelt
        het model elk jaar in december vast voor het volgende kalenderjaar."""),
        H2("Meerjarenbegroting"),
        T([["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
           ["Inkomsten na afdracht vso", "5.120", "5.060", "4.990", "4.940"],
           ["Schoolbudgetten (vaste voet + per leerling)", "1.490", "1.480", "1.460", "1.440"],
           ["OPDC De Overstap en rebound", "570", "570", "570", "570"],
           ["Bovenschoolse arrangementen", "1.250", "1.280", "1.280", "1.250"],
           ["Onderwijs-zorgarrangementen", "180", "240", "240", "240"],
           ["Overgangsarrangementen terugkeer", "90", "110", "120", "120"],
           ["Plusvoorziening en havo-onderbouwvoorziening", "260", "310", "310", "310"],
           ["Bureau, loket en deskundigen", "1.030", "1.040", "1.050", "1.060"],
           ["Saldo", "250", "30", "-40", "-50"]]),
        P("""De reserve bedroeg eind 2024 € 2,1 miljoen. Het weerstandsvermogen ligt daarmee boven de
        signaleringswaarde; wij bouwen het overschot af door de tekorten in 2027 en 2028 uit de reserve te
        dekken. De besturen verantwoorden jaarlijks vóór 1 april met een vast format waaraan zij het
        schoolbudget hebben besteed."""),
    ]
    # ---------------- resultaten: partial (doelen; monitoring deferred) --------------
    b += [
        H1("Wat we willen bereiken"),
        P("""Voor de planperiode hebben wij de volgende beoogde resultaten voor leerlingen met een
        ondersteuningsbehoefte geformuleerd:"""),
        T([["Doel", "Uitgangssituatie", "Streefwaarde 2029"],
           ["Thuiszitters langer dan vier weken", "23", "maximaal 10"],
           ["Deelname vso", "3,6%", "3,3% of lager"],
           ["Besluit op TLV-aanvraag binnen zes weken", "71%", "95%"],
           ["Leerlingen OPDC die binnen twee jaar terugkeren naar een reguliere school", "58%", "75%"],
           ["Vo-scholen die voldoen aan alle punten van de kwaliteitskaart", "11 van 16", "16 van 16"]]),
        P("""Hoe wij de voortgang op deze doelen gaan meten, met welke bronnen en op welke momenten wij
        erover rapporteren, werken wij uit in een kwaliteitskader. Het AB stelt dat kader naar verwachting
        in het voorjaar van 2026 vast."""),
    ]
    # ---------------- ouders: present, inside "Communicatie" --------------
    b += [
        H1("Communicatie"),
        H2("Communicatie met scholen en partners"),
        P("""Scholen ontvangen vier keer per jaar een nieuwsbrief en kunnen dagelijks terecht bij hun
        vaste consulent. Gemeenten en partners informeren wij via het bestuurlijk overleg en via een
        jaarlijkse netwerkbijeenkomst."""),
        H2("Informatie voor ouders en leerlingen"),
        P("""Ouders vinden op onze website een ouderpagina met uitleg over de basisondersteuning, de
        arrangementen, de voorzieningen en de manier waarop een toelaatbaarheidsverklaring wordt
        aangevraagd. Wij hebben een ouderbrochure in het Nederlands, Engels, Arabisch en Pools die alle
        scholen meegeven bij de aanmelding. Iedere school beschrijft haar ondersteuningsaanbod in de
        schoolgids. Elk najaar organiseren wij in Weidebeek en Holtenburg een informatieavond voor ouders
        van leerlingen in groep 8 met een ondersteuningsvraag."""),
        P("""Ouders die er met de school niet uitkomen of onafhankelijk advies willen, kunnen terecht
        bij het Ouder- en Jeugdsteunpunt Weidebeek. Het steunpunt is onafhankelijk van scholen en
        samenwerkingsverband, is bereikbaar via telefoon, e-mail en een inloopspreekuur, en verwijst waar
        nodig door naar de Onderwijsconsulenten. Voor klachten en geschillen over toelating, verwijdering
        en het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."""),
    ]
    b += governance(v)
    b += opr(v)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += totstandkoming(v)
    b += begrippen([("Commissie Toewijzing", "Commissie die namens het bestuur besluit over TLV's, lwoo en pro."),
                    ("OPDC", "Orthopedagogisch-didactisch centrum."),
                    ("Kwaliteitskaart", "Instrument om de basisondersteuning per school te beschrijven."),
                    ("Resultaten", "Zie hoofdstuk 'Wat we willen bereiken'.")])
    b += [H1("Bijlagen"),
          UL("Bijlage 1 Kwaliteitskaart basisondersteuning", "Bijlage 2 Stroomschema toewijzing",
             "Bijlage 3 Verslag OOGO", "Bijlage 4 Instemmingsbrief OPR")]
    return v, b


def plan_b():
    """VO, docx: thin plan 'op hoofdlijnen'. basis missing, plaatsing partial (criteria), terugstroom missing,
    financien partial (besteding), dekkend missing, resultaten partial (doelen), ouders present."""
    v = dict(
        naam="Samenwerkingsverband VO Zuiderzoom", kort="SWV Zuiderzoom",
        periode="2026-2030", start="2026", eind="2030", bestuurder="drs. H.J. (Henk) Kuipers",
        gemeenten_tekst="Zuiderzoom en Ransdorp", besturen="vier", ouders_woord="ouders",
        opr_leden="acht", opr_ouders="ouder of leerling", opr_datum="10 maart 2026",
        oogo_datum="3 februari 2026", vastgesteld="24 februari 2026",
        regio_rows=[["Zuiderzoom", "6", "5.940"], ["Ransdorp", "3", "2.310"], ["Totaal", "9", "8.250"]],
    )
    b = [TITLE("Ondersteuningsplan 2026-2030", v["naam"], "Beleidsplan op hoofdlijnen",
               "Versie 1.3 – definitief"), TOC()]
    b += samenvatting(v, """In het plan leest u hoe de ondersteuningsmiddelen worden verdeeld, hoe
        toelaatbaarheid tot vso, pro en lwoo geregeld is, hoe wij de kwaliteit bewaken en hoe ouders worden
        geïnformeerd. Basisondersteuning, terugplaatsing en het dekkend aanbod komen in de jaarplannen
        aan de orde.""")
    b += voorwoord(v)
    b += kader(v)
    b += [H2("Een plan op hoofdlijnen"),
          P("""Anders dan het vorige plan is dit een plan op hoofdlijnen. Het beschrijft wat wij willen en
          welke kaders gelden; hoe de scholen dit uitvoeren, beschrijven zij in hun schoolgids en
          schoolplan. De uitwerking per jaar staat in het jaarplan. Zo blijft het plan leesbaar en hoeven
          wij het niet bij iedere wijziging aan te passen.""")]
    b += regio(v)
    b += visie(v)
    b += [
        H1("Ondersteuning in Zuiderzoom"),
        P("""Alle scholen in Zuiderzoom bieden basisondersteuning; wat dat per school inhoudt, staat in de
        schoolgids van de school. In het schooljaar 2026-2027 gaan wij samen met de scholen de afspraken over
        de basisondersteuning herijken, mede in het licht van de landelijke norm die de minister heeft
        aangekondigd. Tot die tijd gelden de afspraken uit het vorige plan."""),
        P("""Wij streven naar een dekkend aanbod in de regio, zodat iedere leerling een passende plek
        vindt. In 2027 laten wij een analyse maken van het aanbod en van eventuele witte vlekken; op basis
        daarvan bepaalt het AB welke voorzieningen nodig zijn. Over leerlingen die (dreigen) thuis te zitten
        maken wij nadere afspraken met de gemeenten."""),
    ]
    b += [
        H1("Toelaatbaarheid"),
        P("""Voor plaatsing in het voortgezet speciaal onderwijs, het praktijkonderwijs of een
        lwoo-afdeling is een besluit van het samenwerkingsverband nodig. De procedure is als volgt."""),
        UL("""Stap 1. De school waar de leerling is ingeschreven of aangemeld, bespreekt de
           ondersteuningsvraag in het ondersteuningsteam, met ouders en leerling.""",
           """Stap 2. De school dient de aanvraag in bij het Loket van het samenwerkingsverband, met het
           OPP, de evaluatie van de geboden ondersteuning en de zienswijze van ouders.""",
           """Stap 3. Het Loket controleert binnen een week of de aanvraag compleet is.""",
           """Stap 4. Twee deskundigen, van wie één orthopedagoog of psycholoog, brengen ieder een eigen
           advies uit.""",
           """Stap 5. De Toewijzingscommissie neemt binnen zes weken na ontvangst van de complete aanvraag
           een besluit en stuurt dit naar school en ouders, met een afschrift van de adviezen."""),
        P("""Voor lwoo en pro volgt het Loket dezelfde route, met dien verstande dat aanvragen voor het
        eerste leerjaar vóór 15 maart binnen moeten zijn. Ouders die het niet eens zijn met een besluit,
        kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt dan advies aan de Landelijke
        Bezwaaradviescommissie."""),
        P("""De Toewijzingscommissie beoordeelt bij iedere aanvraag of de ondersteuningsbehoefte van de
        leerling het beste in het vso, het praktijkonderwijs of met lwoo kan worden beantwoord. De criteria
        die de commissie daarbij hanteert, worden in het schooljaar 2026-2027 geactualiseerd en daarna op de
        website gepubliceerd."""),
    ]
    b += [
        H1("Financiën"),
        H2("Verdeling van de middelen"),
        P("""Het samenwerkingsverband verdeelt de ondersteuningsmiddelen zo veel mogelijk direct naar de
        scholen. Het AB heeft daarvoor het volgende verdeelmodel vastgesteld:"""),
        UL("""iedere vestiging ontvangt een vaste voet van € 8.000 per jaar;""",
           """daarnaast ontvangt iedere school € 145 per leerling, op basis van de teldatum 1 oktober van het
           voorgaande jaar;""",
           """scholen met lwoo ontvangen de lwoo-middelen naar rato van het aantal leerlingen met een
           lwoo-aanwijzing;""",
           """de scholen voor praktijkonderwijs ontvangen de pro-middelen naar rato van hun leerlingaantal;""",
           """een deel van de middelen blijft centraal voor individuele arrangementen, waarvoor scholen een
           aanvraag indienen bij het Loket."""),
        P("""Het AB stelt het verdeelmodel jaarlijks in december vast. Wijzigingen in het model worden
        vooraf besproken in het directeurenoverleg en ter instemming voorgelegd aan de OPR."""),
        H2("Begroting"),
        P("""De meerjarenbegroting maakt geen deel uit van dit plan. Het AB stelt haar jaarlijks vast,
        tegelijk met het jaarplan; de actuele begroting is op te vragen bij het bestuursbureau. Over de
        besteding leggen wij verantwoording af in het jaarverslag."""),
    ]
    b += [
        H1("Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In januari verzamelt het
        bureau de kengetallen over het afgelopen jaar: het aantal aanvragen en besluiten, de doorlooptijd van
        aanvragen, het aantal leerlingen in vso, pro en lwoo, het aantal thuiszitters volgens de
        leerplichtadministratie en de inzet van arrangementen. In februari en maart voert de
        directeur-bestuurder met ieder schoolbestuur een kwaliteitsgesprek over deze cijfers. In april
        bespreekt het AB de uitkomsten; het jaarverslag, dat vóór 1 juli wordt vastgesteld, rapporteert
        over de bereikte resultaten en wordt besproken met de OPR. Eens per twee jaar houden wij een
        tevredenheidsonderzoek onder scholen en ouders."""),
        P("""De ambities voor de planperiode en de daarbij horende doelen werken wij jaarlijks uit in het
        jaarplan."""),
    ]
    b += [
        H1("Ouders"),
        P("""Ouders zijn de eerste partner van de school. Wij vinden het belangrijk dat zij weten waar zij
        aan toe zijn. Het samenwerkingsverband informeert ouders langs drie wegen: via de website, waarop
        een ouderpagina staat met uitleg over ondersteuning, arrangementen en aanvragen; via een folder
        die iedere vo-school bij de kennismaking uitreikt; en via de schoolgids van de school, waarin het
        ondersteuningsaanbod van de school staat. Ouders kunnen met vragen ook rechtstreeks bellen met het
        Loket; een consulent belt binnen twee werkdagen terug."""),
        P("""Voor onafhankelijke ondersteuning kunnen ouders en jongeren terecht bij het Steunpunt Ouders
        & Jeugd Zuiderzoom, dat wij sinds 2025 samen met de gemeenten financieren maar dat onafhankelijk
        werkt. Het steunpunt helpt bij gesprekken met school, bij een aanvraag of bij een meningsverschil.
        Ouders kunnen ook contact opnemen met de Onderwijsconsulenten. Bij een klacht over het
        samenwerkingsverband geldt de klachtenregeling, die op de website staat."""),
    ]
    b += governance(v)
    b += opr(v)
    b += [H1("Samenwerking met gemeenten"),
          P(f"""Met de gemeenten {v['gemeenten_tekst']} voeren wij het op overeenstemming gericht overleg
          (OOGO). Het ontwerp van dit plan is in het OOGO van {v['oogo_datum']} besproken; de gemeenten
          hebben geen bezwaren geuit. Een gezamenlijke agenda voor onderwijs en jeugd is in voorbereiding en
          volgt in de loop van 2026.""")]
    b += samenwerking_besturen(v)
    b += klachten(v)
    b += vervoer_huisvesting(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += totstandkoming(v)
    b += begrippen([("Loket", "Het aanmeldpunt van het samenwerkingsverband voor aanvragen."),
                    ("Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek is."),
                    ("Toewijzingscommissie", "Commissie die besluit over toelaatbaarheid, lwoo en pro.")])
    return v, b


def plan_c():
    """VO, pdf: basis present (table), plaatsing partial (procedure only in absent annex), terugstroom present
    (inside the TLV chapter), financien partial (verdeling deferred), dekkend present, resultaten present,
    ouders missing."""
    v = dict(
        naam="Samenwerkingsverband Passend Onderwijs VO Aldersum e.o.", kort="SWV VO Aldersum",
        periode="2025-2029", start="2025", eind="2029", bestuurder="Jeroen Bakhuis",
        gemeenten_tekst="Aldersum, Veldhove, Oostermeer en Kampweerd", besturen="vijf", ouders_woord="ouders",
        opr_leden="tien", opr_ouders="ouder of leerling", opr_datum="26 maart 2025",
        oogo_datum="13 februari 2025", vastgesteld="11 maart 2025",
        regio_rows=[["Aldersum", "6", "5.020"], ["Veldhove", "3", "2.140"], ["Oostermeer", "2", "1.380"],
                    ["Kampweerd", "1", "760"], ["Totaal", "12", "9.300"]],
    )
    b = [TITLE("Ondersteuningsplan 2025-2029", v["naam"], "VO 23-05",
               "Met elkaar, voor elke leerling"), TOC()]
    b += voorwoord(v)
    b += kader(v)
    b += regio(v)
    b += visie(v)
    b += [
        H1("Terugblik op de vorige planperiode"),
        P("""Het vorige plan (2021-2025) had vier doelen. Hieronder staat in hoeverre zij zijn bereikt.
        De cijfers komen uit onze eigen registratie, de leerplichttellingen van de gemeenten en de
        kijkglasgegevens van DUO, met peildatum 1 oktober 2024."""),
        T([["Doel 2021-2025", "Streefwaarde", "Bereikt (2024)", "Beoordeling"],
           ["Deelnamepercentage vso", "≤ 3,5%", "3,9%", "niet gehaald"],
           ["Thuiszitters langer dan 3 maanden", "≤ 8", "6", "gehaald"],
           ["Doorlooptijd aanvraag tot besluit", "≤ 6 weken", "gemiddeld 5,2 weken", "gehaald"],
           ["Terugplaatsingen vso → regulier per jaar", "≥ 15", "11", "niet gehaald"]]),
        P("""Dat het vso-percentage is gestegen, heeft meerdere oorzaken: een toename van leerlingen met
        angst- en stemmingsproblematiek, de krappe arbeidsmarkt in de reguliere scholen en het beperkte
        aanbod tussen regulier en vso. Die analyse ligt ten grondslag aan de keuzes in dit plan."""),
    ]
    b += [
        H1("Basisondersteuning"),
        P("""De basisondersteuning is het afgesproken minimumniveau van ondersteuning dat iedere
        vestiging in het samenwerkingsverband biedt. De besturen hebben het niveau vastgelegd in een
        kwaliteitskaart met acht standaarden. Geen enkele vestiging mag onder dit niveau zakken; waar een
        school meer biedt, staat dat in haar schoolondersteuningsprofiel. De standaarden zijn:"""),
        T([["Standaard", "Wat dit op iedere vestiging betekent"],
           ["1 Ondersteuningsstructuur", "ondersteuningscoördinator (min. 0,5 fte per 600 leerlingen) en OT dat minstens 5x per jaar bijeenkomt"],
           ["2 Mentoraat", "vaste mentor, individueel mentorgesprek minimaal 3x per jaar"],
           ["3 Leesproblemen en dyslexie", "dyslexieprotocol, voorleessoftware, extra tijd bij toetsen"],
           ["4 Rekenproblemen en dyscalculie", "dyscalculieprotocol, rekenhulpkaart, remediëring 1 uur per week"],
           ["5 Sociaal-emotioneel", "SoVa- en faalangsttraining, anti-pestcoördinator, veiligheidsmonitor"],
           ["6 Gedrag", "time-outvoorziening met vaste opvang en een handelingsprotocol"],
           ["7 Medisch", "protocol medisch handelen, rustruimte, afspraken over aangepast rooster"],
           ["8 Overgang", "warme overdracht po-vo en vo-mbo voor elke leerling met een OPP"]]),
        P("""Iedere school toetst zichzelf jaarlijks aan de kwaliteitskaart; om de twee jaar bezoekt een
        auditteam van het samenwerkingsverband de school. Bij een tekortkoming stelt het bestuur binnen drie
        maanden een verbeterplan op."""),
    ]
    b += [
        H1("Het ondersteuningscontinuüm"),
        P("""Boven op de basisondersteuning bieden scholen extra ondersteuning. Scholen zetten
        schoolarrangementen in, zoals een klas met minder leerlingen in de onderbouw of individuele
        coaching. Daarnaast kent de regio bovenschoolse voorzieningen: de tussenvoorziening De Brug in
        Aldersum voor leerlingen die tijdelijk niet in een gewone klas kunnen functioneren (tot 40
        plaatsen, maximaal een jaar), het reboundtraject (8 tot 12 weken), de ISK in Veldhove en een
        hoogbegaafdenvoorziening (dagdeel per week) op twee havo/vwo-scholen. Voor leerlingen die meer nodig
        hebben zijn er twee vso-scholen: De Kaap (cluster 4) en Het Palet (cluster 3)."""),
        P("""Zorgplicht en dekkend netwerk. Iedere school heeft zorgplicht voor leerlingen die zich
        aanmelden. Lukt het niet om binnen de termijn een passende plek te vinden, dan schakelt de school de
        plaatsingsconsulent van het samenwerkingsverband in, die binnen tien werkdagen met betrokken
        scholen een oplossing zoekt. Het samenwerkingsverband houdt een actueel overzicht bij van leerlingen
        zonder passende plek en van wachtlijsten bij De Brug en de vso-scholen. Dit overzicht wordt elk
        kwartaal besproken met de leerplichtambtenaren. In 2025 richten wij een tweede groep in De Brug in
        voor leerlingen met angstproblematiek, omdat de wachtlijst daar structureel boven de tien
        leerlingen lag."""),
    ]
    b += [
        H1("Toelaatbaarheid tot vso, pro en lwoo"),
        H2("Procedure"),
        P("""De procedure voor het aanvragen van een toelaatbaarheidsverklaring, de in te dienen stukken
        en de termijnen zijn beschreven in bijlage 5 (Procedure toewijzing en stroomschema). Deze bijlage
        wordt jaarlijks geactualiseerd."""),
        H2("Criteria"),
        P("""De commissie toetst iedere aanvraag aan de volgende criteria:"""),
        T([["Voorziening", "Criteria"],
           ["vso cluster 4", "ernstige gedrags- of psychiatrische problematiek; de ondersteuningsbehoefte overstijgt wat regulier vo met arrangement of De Brug kan bieden; minimaal zes maanden extra ondersteuning ingezet en geëvalueerd in een OPP"],
           ["vso cluster 3", "verstandelijke beperking (IQ < 70), lichamelijke beperking of langdurige ziekte, waardoor de leerling aangewezen is op een specifieke leeromgeving; OPP met uitstroomprofiel"],
           ["praktijkonderwijs", "landelijke criteria: IQ 55-80 en leerachterstand ≥ 50% op minimaal twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen"],
           ["lwoo", "landelijke criteria: IQ 75-120 met leerachterstand 25-50% op twee domeinen; bij IQ 91-120 ook sociaal-emotionele problematiek"]]),
        P("""Een TLV voor het vso geldt in de regel twee schooljaren. De commissie bepaalt daarbij de
        bekostigingscategorie: laag voor cluster 4 en zml, midden voor leerlingen met een lichamelijke
        beperking of langdurige ziekte, hoog voor leerlingen met meervoudige beperkingen."""),
        H2("Afloop van de TLV en terugkeer naar het regulier"),
        P("""Het samenwerkingsverband wil dat vso-leerlingen die dat kunnen, terugkeren naar het
        reguliere vo. Terugkeer is het uitgangspunt zodra de leerling de doelen uit het OPP grotendeels heeft
        bereikt en een reguliere school met (tijdelijke) extra ondersteuning kan bieden wat nodig is."""),
        P("""De vso-school evalueert het OPP van iedere leerling ten minste eenmaal per jaar. In het
        laatste jaar van de TLV, uiterlijk op 1 maart, bespreekt de vso-school in een multidisciplinair
        overleg, met een consulent van het samenwerkingsverband, of de leerling kan terugkeren, een ander
        vervolg nodig heeft of langer op het vso moet blijven. Adviseert de vso-school terugkeer, dan zoekt
        de consulent binnen zes weken een ontvangende school en stelt samen met beide scholen een
        terugkeerplan op. Is langer vso nodig, dan volgt de vso-school de procedure voor een nieuwe TLV (bijlage 5)."""),
        P("""Na terugkeer ontvangt de reguliere school gedurende zes maanden een terugkeerarrangement:
        ambulante begeleiding door de vso-school (twee uur per week) en een budget van € 3.500 voor extra
        inzet. Na drie en zes maanden evalueren beide scholen de overstap. In 2024 keerden elf leerlingen
        terug; negen van hen zaten een jaar later nog op de reguliere school."""),
    ]
    b += [
        H1("Financiën"),
        P("""Het huidige verdeelmodel dateert uit 2019 en sluit niet meer aan bij de keuzes in dit plan.
        In 2025-2026 evalueren wij het model met de besturen; de nieuwe verdeelsystematiek werken wij in de
        loop van het schooljaar 2026-2027 uit en leggen wij daarna ter instemming voor aan de OPR. Tot die
        tijd blijft de huidige verdeling van kracht."""),
        P("""De meerjarenbegroting voor de planperiode ziet er als volgt uit (bedragen in euro's):"""),
        T([["", "2025", "2026", "2027", "2028"],
           ["Rijksbijdrage lichte ondersteuning (incl. lwoo en pro)", "6.840.000", "6.790.000", "6.720.000", "6.650.000"],
           ["Rijksbijdrage zware ondersteuning na afdracht vso", "2.310.000", "2.250.000", "2.200.000", "2.160.000"],
           ["Toewijzing aan schoolbesturen", "5.920.000", "5.880.000", "5.820.000", "5.760.000"],
           ["Tussenvoorziening De Brug", "1.150.000", "1.390.000", "1.390.000", "1.390.000"],
           ["Rebound en hoogbegaafdenvoorziening", "420.000", "420.000", "420.000", "420.000"],
           ["Terugkeerarrangementen", "55.000", "70.000", "70.000", "70.000"],
           ["Bureau, commissie en deskundigen", "1.190.000", "1.210.000", "1.230.000", "1.250.000"],
           ["Resultaat", "415.000", "70.000", "-10.000", "-80.000"]]),
        P("""Het eigen vermogen bedraagt eind 2024 € 1,4 miljoen, wat overeenkomt met een
        weerstandsvermogen van 12 procent. Dat is binnen de bandbreedte die het bestuur hanteert (5 tot 15
        procent)."""),
    ]
    b += [
        H1("Resultaten en kwaliteitszorg"),
        H2("Beoogde resultaten 2025-2029"),
        T([["Resultaat voor leerlingen", "Indicator", "Streefwaarde 2029"],
           ["Minder leerlingen buiten het regulier onderwijs", "deelnamepercentage vso (1 oktober)", "≤ 3,6%"],
           ["Geen leerling langer dan drie maanden thuis", "thuiszitters > 3 maanden", "0 (2026: ≤ 4)"],
           ["Meer leerlingen terug naar het regulier", "terugplaatsingen per jaar", "≥ 15"],
           ["Leerlingen in De Brug keren terug in de klas", "% terug binnen een jaar", "≥ 80%"]]),
        H2("Zo volgen wij de resultaten"),
        P("""Het bureau rapporteert twee keer per jaar (maart en oktober) aan het bestuur over de
        indicatoren, in een dashboard dat ook met de OPR en de directeuren wordt gedeeld. Iedere zomer
        evalueren wij het jaarplan en stellen wij zo nodig bij. In het jaarverslag verantwoorden wij de
        bereikte resultaten en de kosten per voorziening. Halverwege de planperiode, in 2027, laten wij een
        externe evaluatie uitvoeren."""),
    ]
    b += [
        H1("Communicatie"),
        P("""Goede communicatie met scholen en partners is een voorwaarde voor samenwerking. Het
        samenwerkingsverband verstuurt maandelijks een digitale nieuwsbrief aan directeuren,
        ondersteuningscoördinatoren en gemeenten. De website is in 2024 vernieuwd en is vooral gericht op
        professionals. In het jaarplan 2026 werken wij een communicatieplan uit, waarin ook de
        informatievoorziening aan ouders een plek krijgt."""),
    ]
    b += governance(v, tlv_sentence=False)
    b += opr(v, ouders_rol=False)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += totstandkoming(v)
    b += begrippen([("De Brug", "Tussenvoorziening van het samenwerkingsverband."),
                    ("Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders en scholen."),
                    ("Kwaliteitskaart", "Overzicht van de standaarden van de basisondersteuning.")])
    b += [H1("Bijlagen"),
          UL("Bijlage 1 Kwaliteitskaart basisondersteuning (uitgebreid)", "Bijlage 2 Adressen scholen",
             "Bijlage 3 Verslag OOGO", "Bijlage 4 Jaarplan 2025", "Bijlage 5 Procedure toewijzing en stroomschema",
             "Bijlage 6 Informatie voor ouders")]
    return v, b


def plan_d():
    """PO, pdf: basis present, plaatsing present, terugstroom present (inside TLV chapter), financien present
    (amounts only in a table), dekkend partial (lacunes missing), resultaten missing (deferred),
    ouders partial (steunpunt deferred)."""
    v = dict(
        naam="Samenwerkingsverband Passend Primair Onderwijs Holtenburg", kort="SWV PPO Holtenburg",
        periode="2026-2030", start="2026", eind="2030", bestuurder="Annelies Vermeer-de Wit",
        gemeenten_tekst="Holtenburg, Veldhove en Lindewaard", besturen="elf", ouders_woord="ouders",
        opr_leden="twaalf", opr_ouders="ouder", opr_datum="17 maart 2026",
        oogo_datum="5 februari 2026", vastgesteld="3 maart 2026",
        regio_rows=[["Holtenburg", "24", "5.870"], ["Veldhove", "11", "1.940"], ["Lindewaard", "9", "1.310"],
                    ["Sbo De Wegwijzer en sbo Het Baken", "2", "286"], ["So De Linde (cluster 3 en 4)", "1", "204"],
                    ["Totaal", "47", "9.610"]],
    )
    b = [TITLE("Ondersteuningsplan 2026-2030", v["naam"], "PO 24-07",
               "Elk kind een passende plek, zo thuisnabij mogelijk",
               "Vastgesteld door het algemeen bestuur op 3 maart 2026"), TOC()]
    b += voorwoord(v)
    b += kader(v, po=True)
    b += regio(v)
    b += visie(v)
    b += [
        H1("Basisondersteuning: wat elke school biedt"),
        P("""De basisondersteuning is in ons samenwerkingsverband het niveau van ondersteuning dat alle
        44 basisscholen, op iedere locatie, ten minste bieden. De schoolbesturen hebben dit niveau samen
        vastgesteld en het geldt voor elke school, groot of klein. Wat een school daarbovenop kan bieden,
        staat in de schoolgids. Wij volgen de vier onderdelen van het landelijke referentiekader:
        basiskwaliteit, preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en
        planmatig werken. Voor ouders betekent dit concreet dat iedere school:"""),
        UL("""een intern begeleider heeft met ten minste één dag per week per 150 leerlingen;""",
           """de ontwikkeling van ieder kind twee keer per jaar volgt met een leerlingvolgsysteem en
           de uitkomsten met ouders bespreekt;""",
           """werkt volgens het landelijke protocol leesproblemen en dyslexie en het protocol ernstige
           reken-wiskundeproblemen en dyscalculie;""",
           """een aanbod heeft voor kinderen die meer aankunnen, zoals verrijkingsstof en compacten;""",
           """een methode of programma gebruikt voor sociaal-emotionele ontwikkeling en een
           anti-pestprotocol heeft;""",
           """een ondersteuningsteam heeft waarin de intern begeleider, de ouders, een
           onderwijsadviseur van het samenwerkingsverband en zo nodig de jeugdverpleegkundige of het
           jeugdteam meedenken;""",
           """afspraken heeft over medische handelingen en over de zorg voor zieke kinderen."""),
        P("""Om de twee jaar bespreekt het samenwerkingsverband met ieder schoolbestuur in een
        bestuursgesprek of de scholen aan deze afspraken voldoen."""),
    ]
    b += [
        H1("Van basis naar extra ondersteuning"),
        P("""Het samenwerkingsverband kent een getrapte ondersteuningsstructuur. Binnen de
        basisondersteuning lost de school zelf zo veel mogelijk op. Is meer nodig, dan kan de school met
        het schoolbudget een arrangement inzetten, bijvoorbeeld extra begeleiding in de klas of een
        observatie. Wanneer ook dat onvoldoende is, kan de school een bovenschools arrangement aanvragen:
        een plaats in de taalklas voor nieuwkomers in Holtenburg, een plaats in de plusklas (één dag per
        week) voor hoogbegaafde leerlingen, ambulante begeleiding door de specialisten van so De Linde, of
        een onderwijs-zorgarrangement dat wij samen met de gemeente bekostigen. Voor kinderen die
        intensievere ondersteuning nodig hebben, zijn er twee sbo-scholen en één so-school in de regio; voor
        cluster 1 en 2 wordt verwezen naar de landelijke instellingen."""),
        P("""Een aanpak voor kinderen die thuiszitten of geen passende plek hebben, stellen wij in 2026
        samen met de gemeenten en de leerplichtambtenaren op. Tot die tijd bekijken wij de situatie per
        kind."""),
    ]
    b += [
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Aanvraag en besluit"),
        P("""Het schoolbestuur van de school waar het kind staat ingeschreven, vraagt de
        toelaatbaarheidsverklaring aan. Voorafgaand aan de aanvraag is het kind ten minste twee keer besproken
        in het ondersteuningsteam van de school, met ouders en een onderwijsadviseur van het
        samenwerkingsverband. De aanvraag bevat het groeidocument met ontwikkelingsperspectief, de
        handelingsplannen en de zienswijze van de ouders. De Commissie van Toelaatbaarheid (CvT) beslist
        namens het bestuur binnen vier weken na ontvangst van de complete aanvraag; in spoedsituaties
        binnen vijf werkdagen."""),
        P("""Bij iedere aanvraag brengen twee deskundigen een eigen schriftelijk advies uit: een
        orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige zoals een
        maatschappelijk werker, een arts of een kinderpsychiater. De deskundigen zijn niet betrokken geweest
        bij de begeleiding van het kind. Ouders ontvangen een kopie van beide adviezen."""),
        H2("Criteria"),
        P("""Een kind is toelaatbaar tot het speciaal basisonderwijs als de basisschool met inzet van
        arrangementen gedurende ten minste een half jaar onvoldoende tegemoet kan komen aan de
        ondersteuningsbehoefte, terwijl het sbo met een kleinere groep en een meer gespecialiseerd team dat
        wel kan. Een kind is toelaatbaar tot het speciaal onderwijs als het een ondersteuningsbehoefte heeft
        op meerdere domeinen (leren, gedrag, communicatie, lichamelijke of medische zorg) die ook in het sbo
        niet kan worden geboden. Voor het so bepaalt de CvT de bekostigingscategorie laag, midden of hoog.
        De TLV wordt afgegeven voor de duur van twee schooljaren, of korter als de CvT dat nodig vindt."""),
        H2("Bezwaar"),
        P("""Ouders kunnen binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan
        de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."""),
        H2("Geldigheid, einde en terugplaatsing"),
        P("""Wij vinden het belangrijk dat kinderen niet langer dan nodig in het speciaal (basis)onderwijs
        blijven. Als een kind met extra ondersteuning weer op een basisschool in de buurt kan leren, is
        terugplaatsing het doel. Voorwaarden zijn dat de ontwikkeling volgens het ontwikkelingsperspectief
        verloopt en dat de ontvangende school, met ondersteuning, aan de onderwijsbehoefte kan voldoen."""),
        P("""De sbo- of so-school evalueert jaarlijks het ontwikkelingsperspectief met de ouders. In het
        laatste jaar van de TLV neemt de school vóór 1 februari het initiatief voor een gesprek met ouders
        en een onderwijsadviseur van het samenwerkingsverband over het vervolg. Adviseert de school
        terugplaatsing, dan zoeken ouders en onderwijsadviseur samen een basisschool; de CvT wordt
        geïnformeerd. Is verlenging nodig, dan vraagt de school uiterlijk 1 april een nieuwe TLV aan. Na
        terugplaatsing krijgt de basisschool een terugplaatsingsarrangement: een jaar lang begeleiding door
        de sbo- of so-school en een budget voor extra handen in de klas."""),
    ]
    b += [
        H1("Financieel beleid"),
        P("""Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning. Een
        deel gaat via verevening en afdrachten direct naar het sbo en so; het overige verdelen wij volgens de
        tabel hieronder, die het AB elk jaar in november vaststelt."""),
        T([["Verdeling ondersteuningsmiddelen", "Grondslag", "Bedrag"],
           ["Schoolbudget basisscholen", "per leerling (teldatum 1 oktober t-1)", "€ 95"],
           ["Vaste voet per school", "per school", "€ 6.000"],
           ["Groeibekostiging sbo/so", "groei tussen 1 oktober en 1 februari", "volgens wettelijke regeling"],
           ["Bovenschoolse arrangementen", "na toekenning door de CvT", "budget per arrangement"]]),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten na afdrachten", "6.410", "6.330", "6.270", "6.220"],
           ["Schoolbudgetten en vaste voet", "1.180", "1.170", "1.160", "1.150"],
           ["Bovenschoolse arrangementen en OZA", "1.460", "1.460", "1.450", "1.440"],
           ["Plusklas en taalklas", "380", "380", "380", "380"],
           ["Ambulante begeleiding en terugplaatsing", "520", "520", "520", "520"],
           ["Sbo boven 2%-grens (overdracht)", "2.190", "2.150", "2.120", "2.090"],
           ["Bureau en onderwijsadviseurs", "760", "770", "780", "790"],
           ["Resultaat", "-80", "-120", "-140", "-150"]]),
        P("""De negatieve resultaten dekken wij uit de reserve, die eind 2025 € 1,6 miljoen bedraagt."""),
    ]
    b += [
        H1("Beoogde en bereikte resultaten"),
        P("""Dit hoofdstuk wordt aangevuld zodra de evaluatie van het vorige ondersteuningsplan is
        afgerond. Die evaluatie loopt in het schooljaar 2025-2026; de uitkomsten en de daarop gebaseerde
        doelen voor deze planperiode legt het bestuur daarna vast in een addendum bij dit plan."""),
    ]
    b += [
        H1("Ouders"),
        P("""Ouders zijn de deskundigen als het om hun kind gaat. Zij zijn aanwezig bij de besprekingen
        in het ondersteuningsteam en geven hun zienswijze bij een aanvraag."""),
        P("""Wij informeren ouders op verschillende manieren. Op onze website staat een ouderdeel met
        uitleg over de basisondersteuning, arrangementen, de TLV-procedure en de sbo- en so-scholen in de
        regio. Iedere basisschool geeft ouders bij de inschrijving onze folder 'Passend onderwijs in
        Holtenburg' mee en beschrijft haar ondersteuningsaanbod in de schoolgids. Twee keer per jaar houden
        wij een ouderavond, samen met de sbo- en so-scholen."""),
        P("""Het samenwerkingsverband richt in de loop van 2026 een ouder- en jeugdsteunpunt in. Over
        de vorm en de organisatie daarvan besluit het bestuur na advies van de OPR."""),
    ]
    b += governance(v)
    b += opr(v)
    b += oogo(v, verzuim=False)
    b += personeel(v)
    b += ict_privacy(v)
    b += totstandkoming(v)
    b += begrippen([("CvT", "Commissie van Toelaatbaarheid."),
                    ("Sbo", "Speciaal basisonderwijs."), ("So", "Speciaal onderwijs."),
                    ("Resultaten", "Beoogde en bereikte resultaten van het samenwerkingsverband."),
                    ("Dekkend netwerk", "Voor elk kind is er een passende plek.")],
                   drop=("Lwoo", "Pro"))
    return v, b


def plan_e():
    """VO, html web version: basis partial (inhoud only via school profiles), plaatsing missing (web page
    reference), terugstroom partial (procedure, no beleid), financien missing, dekkend present,
    resultaten present, ouders partial (informatie deferred)."""
    v = dict(
        naam="Samenwerkingsverband VO Ransdorp-Vechtdal", kort="SWV Ransdorp-Vechtdal",
        periode="2025-2029", start="2025", eind="2029", bestuurder="Fatima El Khatib",
        gemeenten_tekst="Ransdorp, Vechtdal en Oudeweer", besturen="drie", ouders_woord="ouders",
        opr_leden="acht", opr_ouders="ouder of leerling", opr_datum="20 maart 2025",
        oogo_datum="30 januari 2025", vastgesteld="12 maart 2025",
        regio_rows=[["Ransdorp", "4", "4.120"], ["Vechtdal", "3", "2.680"], ["Oudeweer", "1", "890"],
                    ["Totaal", "8", "7.690"]],
    )
    b = [TITLE("Ondersteuningsplan 2025-2029", v["naam"] + " (VO 23-12)",
               "Webversie – de pdf-versie kunt u downloaden onderaan deze pagina"), TOC()]
    b += samenvatting(v, """U leest hier wat iedere school minimaal biedt, welke voorzieningen er in de
        regio zijn, hoe wij thuiszitten tegengaan, welke resultaten wij willen bereiken en waar ouders
        terechtkunnen. Toelaatbaarheid en financiën staan op aparte pagina's van deze website.""")
    b += voorwoord(v)
    b += kader(v)
    b += regio(v, extra_text="""Op 1 oktober 2024 zaten 268 leerlingen uit onze regio in het vso (3,5 procent)
        en stonden 17 leerlingen langer dan vier weken thuis.""")
    b += visie(v)
    b += [
        H1("Basisondersteuning"),
        P("""Alle vo-scholen in Ransdorp-Vechtdal hebben afgesproken dat iedere vestiging ten minste
        hetzelfde niveau van basisondersteuning biedt. Dit gezamenlijke minimum is de ondergrens: geen
        school biedt minder, en alle scholen zijn erop aanspreekbaar. Het niveau is in 2023 door de
        besturen vastgesteld."""),
        P("""Welke voorzieningen en begeleiding dit per school concreet betekent, leest u in het
        ondersteuningsprofiel op de website van de school zelf. De scholen actualiseren deze profielen
        jaarlijks."""),
    ]
    b += [
        H1("Een passende plek voor iedere leerling"),
        H2("Van licht naar zwaar"),
        P("""Wij organiseren de ondersteuning als een doorlopende reeks. Iedere school biedt
        basisondersteuning. Daarboven zet de school extra ondersteuning in met het eigen budget, zoals
        coaching, een kleine klas of een aangepast rooster. Tussen regulier en speciaal onderwijs staan de
        bovenschoolse voorzieningen: het Vechtdal Opvangcentrum (OPDC, 36 plaatsen) voor leerlingen die
        tijdelijk uit de gewone klas moeten, het reboundprogramma Kans+ (tien weken, drie dagdelen per week
        op de eigen school en twee op de reboundlocatie) en de Schakelklas voor nieuwkomers in Ransdorp. Het
        vso is in de regio vertegenwoordigd door De Horizon (cluster 4) en Het Rondeel (cluster 3).
        Praktijkonderwijs wordt gegeven op twee locaties."""),
        H2("Thuiszitters en witte vlekken"),
        P("""Iedere thuiszitter is er een te veel. De leerplichtambtenaren, de jeugdteams en het
        samenwerkingsverband bespreken elke zes weken alle leerlingen die langer dan vier weken thuis zijn.
        Voor iedere leerling wordt een regisseur aangewezen, die binnen twee weken een plan maakt. Lukt
        het niet om binnen drie maanden een passende plek te vinden, dan wordt de casus voorgelegd aan het
        escalatieoverleg van de directeur-bestuurder en de wethouder jeugd."""),
        P("""Jaarlijks analyseren wij waar het aanbod tekortschiet. In 2024 bleek dat er te weinig plek is
        voor leerlingen die door angst of somberheid niet naar school komen. In het schooljaar 2025-2026
        start daarom een herstelgroep met twaalf plaatsen op het OPDC, met inzet van een GGZ-behandelaar
        in onderwijstijd. Verder maken wij met de mbo-instellingen afspraken over leerlingen die na het vso
        of pro zonder vervolgplek dreigen te raken."""),
    ]
    b += [
        H1("Toewijzing"),
        P("""Informatie over het aanvragen van een toelaatbaarheidsverklaring voor het vso, over lwoo en
        over praktijkonderwijs vindt u op de pagina Loket van deze website. Daar staan ook de formulieren
        voor scholen."""),
    ]
    b += [
        H1("Na het vso: het vervolg"),
        P("""De vso-school bespreekt het ontwikkelingsperspectief van iedere leerling twee keer per jaar,
        in oktober en in maart, met leerling en ouders. In het laatste jaar van de TLV geeft de vso-school in
        de bespreking van oktober aan of terugkeer naar het regulier vo, verlenging of uitstroom naar
        vervolgonderwijs of werk in beeld is. Bij terugkeer vraagt de vso-school uiterlijk 1 december het
        samenwerkingsverband om een overstapgesprek. De consulent van het samenwerkingsverband organiseert
        dit gesprek met de vso-school, een ontvangende vo-school, de leerling en de ouders, en legt de
        afspraken vast. De directeur van de ontvangende school besluit over de inschrijving; de overstap
        vindt bij voorkeur plaats aan het begin van een schooljaar of na de kerstvakantie."""),
    ]
    b += [
        H1("Onze resultaten"),
        H2("Wat we willen bereiken"),
        P("""Voor leerlingen die extra ondersteuning nodig hebben, hebben wij drie doelen voor 2029:"""),
        UL("""Niet meer dan vijf leerlingen staan langer dan vier weken thuis (nu: 17).""",
           """Van de leerlingen die het OPDC verlaten, gaat ten minste 80 procent terug naar een reguliere
           school (nu: 64 procent).""",
           """Het aandeel leerlingen in het vso daalt van 3,5 naar 3,2 procent."""),
        H2("Hoe we dat volgen"),
        P("""Wij volgen deze doelen met gegevens uit ons registratiesysteem, de verzuimcijfers van
        leerplicht en de DUO-gegevens per 1 oktober. Het bureau maakt ieder kwartaal een monitor die
        besproken wordt in het directeurenoverleg en het bestuur. In het jaarverslag, dat de OPR ontvangt,
        rapporteren wij over de bereikte resultaten en geven wij een toelichting als een doel niet wordt
        gehaald."""),
    ]
    b += [
        H1("Ouders en leerlingen"),
        P("""Ouders en leerlingen zijn belangrijke gesprekspartners. Leerlingen in het vo hebben het recht
        om gehoord te worden over hun ontwikkelingsperspectief, en wij vragen scholen om hen actief te
        betrekken bij gesprekken over hun ondersteuning."""),
        P("""Een ouderpagina en een brochure over passend onderwijs in de regio zijn in ontwikkeling. Zij
        verschijnen naar verwachting in het voorjaar van 2026."""),
        P("""Heeft u als ouder een vraag of een meningsverschil met de school of het samenwerkingsverband,
        en wilt u onafhankelijk advies? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Vechtdal
        (maandag tot en met donderdag bereikbaar via telefoon en e-mail), dat los staat van scholen en
        samenwerkingsverband. Ook de Onderwijsconsulenten kunnen kosteloos bemiddelen. Voor klachten over
        het samenwerkingsverband geldt onze klachtenregeling; de klachtencommissie is ondergebracht bij
        Stichting Onderwijsgeschillen."""),
    ]
    b += [H1("Financiën"),
          P("""De financiële verantwoording en de meerjarenbegroting van het samenwerkingsverband vindt u op
          de pagina Organisatie, onder 'Jaarstukken'.""")]
    b += governance(v, tlv_sentence=False)
    b += samenwerking_besturen(v)
    b += opr(v)
    b += oogo(v)
    b += vervoer_huisvesting(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += totstandkoming(v)
    b += begrippen([("OPDC", "Orthopedagogisch-didactisch centrum."),
                    ("Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een vso-plaats."),
                    ("Verdeelmodel", "De regels volgens welke de middelen over de scholen worden verdeeld.")])
    return v, b


def doc_f():
    """Near miss: the school-level 'ondersteuningsplan' of one VO school (zorgstructuur), not an SWV plan."""
    b = [TITLE("Ondersteuningsplan 2025-2026", "Het Baken College – vmbo, havo, vwo",
               "Locatie Weidebeek", "Vastgesteld door de schoolleiding, besproken met de MR op 8 oktober 2025"),
         TOC()]
    b += [
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Het Baken College leerlingen begeleidt die extra
        aandacht of ondersteuning nodig hebben. Het plan is bedoeld voor medewerkers, ouders en leerlingen,
        en wordt ieder schooljaar geactualiseerd. Het sluit aan op het schoolondersteuningsprofiel (SOP) en
        op het ondersteuningsplan van het samenwerkingsverband VO Weidebeek, waarbij onze school is
        aangesloten. Waar dit plan spreekt over 'ondersteuning', gaat het om alles wat wij naast het gewone
        lesprogramma doen om leerlingen te helpen zich te ontwikkelen."""),
        P("""Het Baken College telt ruim 1.350 leerlingen, verdeeld over vmbo basis/kader met lwoo,
        vmbo-tl, havo en vwo. Ongeveer 210 leerlingen hebben een lwoo-aanwijzing; 46 leerlingen hebben een
        ontwikkelingsperspectiefplan (OPP)."""),
        H1("Onze visie op begeleiding"),
        P("""Wij zien iedere leerling als uniek. Goede begeleiding begint bij de mentor en bij leraren
        die hun leerlingen kennen. Wij werken handelingsgericht: we kijken naar wat een leerling nodig
        heeft, niet naar wat er mis is. Ouders zijn onze partners; zonder hun kennis van hun kind kunnen wij
        ons werk niet goed doen."""),
        H1("De ondersteuningsstructuur van de school"),
        H2("Eerste lijn: de mentor"),
        P("""Iedere klas heeft een mentor. De mentor is het eerste aanspreekpunt voor leerling en ouders,
        voert drie keer per jaar een voortgangsgesprek met de leerling en houdt contact met ouders. In de
        onderbouw is er wekelijks een mentoruur met aandacht voor studievaardigheden, sociale omgang en
        planning."""),
        H2("Tweede lijn: de zorgcoördinator en het ondersteuningsteam"),
        P("""Als de mentor zich zorgen maakt, overlegt hij met de teamleider en de zorgcoördinator. De
        zorgcoördinator kan een leerling bespreken in het interne zorgoverleg, dat elke twee weken bijeenkomt.
        Zijn externe partners nodig, dan volgt een bespreking in het ondersteuningsteam (OT), waarin de
        jeugdverpleegkundige, de schoolmaatschappelijk werker, de leerplichtambtenaar en zo nodig de consulent
        van het samenwerkingsverband aanschuiven. Ouders worden altijd uitgenodigd voor een OT-bespreking
        over hun kind."""),
        H2("Derde lijn: specialistische ondersteuning"),
        P("""Binnen de school zijn een orthopedagoog (0,6 fte), twee dyslexiecoaches, een faalangsttrainer
        en een begeleider passend onderwijs beschikbaar. Leerlingen met een OPP krijgen een vaste coach. In
        het Trajectlokaal kunnen leerlingen tijdelijk een deel van de lessen volgen onder begeleiding."""),
        H1("Zorgniveaus"),
        T([["Niveau", "Omschrijving", "Wie"],
           ["1", "Algemene begeleiding in de klas", "docent, mentor"],
           ["2", "Extra aandacht binnen het team", "mentor, teamleider"],
           ["3", "Specifieke ondersteuning op school", "zorgcoördinator, orthopedagoog, coaches"],
           ["4", "Ondersteuning met externe partners", "ondersteuningsteam"],
           ["5", "Verwijzing naar een andere voorziening", "zorgcoördinator met samenwerkingsverband"]]),
        H1("Protocollen"),
        UL("Dyslexieprotocol: faciliteiten zoals extra tijd, vergroot lettertype en voorleessoftware.",
           "Dyscalculieprotocol: rekenkaart en extra tijd bij wiskundetoetsen.",
           "Protocol medisch handelen: afspraken over medicijnen en noodsituaties.",
           "Verzuimprotocol: melding bij leerplicht na 16 uur ongeoorloofd verzuim in vier weken.",
           "Pestprotocol en sociaal veiligheidsplan."),
        H1("Basisondersteuning op Het Baken"),
        P("""Het Baken biedt de basisondersteuning die binnen het samenwerkingsverband is afgesproken,
        aangevuld met eigen voorzieningen zoals het Trajectlokaal en huiswerkbegeleiding in de
        middaguren. Een volledig overzicht staat in ons schoolondersteuningsprofiel."""),
        H1("Lwoo en praktijkonderwijs"),
        P("""Leerlingen met een lwoo-aanwijzing volgen les in kleinere klassen in de basis- en
        kaderberoepsgerichte leerweg. De aanwijzing wordt door de basisschool aangevraagd bij het
        samenwerkingsverband. Past het Baken niet, omdat een leerling praktijkonderwijs nodig heeft, dan
        verwijzen wij naar een van de pro-scholen in de regio."""),
        H1("Als onze school niet genoeg kan bieden"),
        P("""Soms heeft een leerling meer nodig dan wij kunnen bieden. In overleg met ouders kan de
        zorgcoördinator dan een tijdelijke plaatsing aanvragen in het OPDC van het samenwerkingsverband, of
        een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs. De aanvraag loopt via
        het loket van het samenwerkingsverband; het samenwerkingsverband besluit. Terugkeer uit het OPDC naar
        Het Baken bereiden wij voor met een terugkeergesprek met leerling, ouders en mentor."""),
        H1("Ouders"),
        P("""Ouders kunnen met vragen over begeleiding altijd terecht bij de mentor. Op de website van de
        school staan het schoolondersteuningsprofiel en dit ondersteuningsplan. Twee keer per jaar is er
        een ouderavond over passend onderwijs. Ouders die er met de school niet uitkomen, kunnen contact
        opnemen met het Ouder- en Jeugdsteunpunt Weidebeek of met de Onderwijsconsulenten. Voor klachten
        geldt de klachtenregeling van de stichting."""),
        H1("Middelen"),
        P("""De school ontvangt van het samenwerkingsverband een schoolbudget voor basisondersteuning en
        schoolarrangementen, en lwoo-middelen. In 2025-2026 besteden wij deze middelen aan de formatie van
        de zorgcoördinator, de orthopedagoog, de coaches en het Trajectlokaal, en aan kleinere klassen in
        de lwoo-leerwegen."""),
        T([["Post", "Bedrag 2025-2026"], ["Zorgcoördinatie en orthopedagoog", "€ 148.000"],
           ["Coaches en Trajectlokaal", "€ 121.000"], ["Kleinere klassen lwoo", "€ 690.000"],
           ["Trainingen en materialen", "€ 18.000"]]),
        H1("Evaluatie"),
        P("""Aan het einde van het schooljaar evalueert het zorgteam dit plan aan de hand van het aantal
        OPP's, het verzuim, de tevredenheid van leerlingen en ouders en de doorstroomcijfers. De uitkomsten
        worden besproken met de MR en verwerkt in het plan voor het volgende schooljaar."""),
        H1("Begrippenlijst"),
        T([["Begrip", "Betekenis"], ["OPP", "Ontwikkelingsperspectiefplan"],
           ["OT", "Ondersteuningsteam"], ["SOP", "Schoolondersteuningsprofiel"],
           ["SWV", "Samenwerkingsverband passend onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
           ["Lwoo", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"]]),
    ]
    return b




# --------------------------------------------------------------------------------------------
# Labels and main
# --------------------------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    return vals


def label_yaml(documents, sector, false_crit, elements, advisory, notes):
    crit = {c: c not in false_crit for c in CORE}
    for el in ELEMENTS:  # sanity: status must follow Part A from the core criteria
        vals = status(crit, el)
        if all(vals):
            assert elements[el] == "present", el
        elif any(vals):
            assert elements[el] == "partial", el
        else:
            assert elements[el] in ("partial", "missing"), el
            if elements[el] == "partial":
                assert advisory.get(el), el
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: \"{notes[el]}\"")
    return "\n".join(lines) + "\n"


LABELS = {
    "weidebeek-vo-2025": dict(
        sector="vo", false_crit={"terugstroom.procedure", "resultaten.monitoring"},
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        advisory=dict(basisondersteuning=["borging"], plaatsing=["deskundigen", "duur-categorie", "bezwaar"],
                      financien=["reserves", "verantwoording"], **{"dekkend-aanbod": ["ketenpartners"]},
                      resultaten=["meetbaar"], ouders=["betrokkenheid"]),
        notes=dict(
            basisondersteuning="'Niveau 1: basisondersteuning': binding minimum for all 16 vestigingen plus an 8-point list; kwaliteitsdialoog every two years.",
            plaatsing="'Toewijzing en toelaatbaarheid': loket, dossier, two written deskundigenadviezen, Commissie Toewijzing within 6 weeks, vso criteria list, categories, duration, pro/lwoo national criteria, LBT bezwaar.",
            terugstroom="'Terug naar het regulier onderwijs' gives policy (aim, conditions, overgangsarrangement paid by SWV) but the steps/initiative/evaluation moments are deferred to a werkafspraak in the first plan year.",
            financien="Chapter 'Geld en middelen': verdeelmodel (vaste voet EUR 15.000 + EUR 110 per leerling, per-place amounts) and a 2025-2028 table with amounts; reserve and verantwoording format.",
            **{"dekkend-aanbod": "Continuum in 'Ondersteuning op drie niveaus' (OPDC, rebound, plus, ISK, vso, pro); gaps in 'Thuiszitters en een dekkend netwerk' (thuiszittersoverleg, doorzettingsmacht, 2024 lacune analysis with actions)."},
            resultaten="'Wat we willen bereiken' has a target table with baselines, but how results are measured and reported is deferred to a kwaliteitskader expected in spring 2026; context figures in 'Onze regio' are not a monitoring approach.",
            ouders="Inside 'Communicatie' (subsection 'Informatie voor ouders en leerlingen'): ouderpagina, brochure in 4 languages, schoolgids, info evening; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."),
    ),
    "zuiderzoom-vo-2026": dict(
        sector="vo", false_crit={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
                                 "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
                                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"},
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="missing", financien="partial",
                      **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
        advisory=dict(plaatsing=["deskundigen", "bezwaar"], ouders=["betrokkenheid"]),
        notes=dict(
            basisondersteuning="'Ondersteuning in Zuiderzoom' only says schools describe it in their schoolgids, the old plan's afspraken still apply and the level is 'herijkt' in 2026-2027: reference plus deferral, no agreed minimum or content.",
            plaatsing="'Toelaatbaarheid' has a 5-step procedure (loket, two deskundigen, commissie within 6 weeks, bezwaar) but the criteria are 'geactualiseerd in 2026-2027 en daarna op de website gepubliceerd'.",
            terugstroom="Nothing in the body; terugplaatsing only in the wettelijk-kader list and the begrippenlijst.",
            financien="'Verdeling van de middelen' gives the verdeelmodel (vaste voet EUR 8.000, EUR 145 per leerling, lwoo/pro naar rato); 'Begroting' says the meerjarenbegroting is not part of the plan.",
            **{"dekkend-aanbod": "Only a 'we streven naar een dekkend aanbod' sentence with an analysis planned for 2027, a deferral on thuiszitters and an OOGO paragraph that only records the date and a forthcoming agenda."},
            resultaten="'Kwaliteitszorg' describes the yearly monitoring cycle (kengetallen in January, kwaliteitsgesprekken, AB in April, jaarverslag before 1 July) but the goals are left to the jaarplan.",
            ouders="Chapter 'Ouders': website ouderpagina, folder, schoolgids, Loket callback; independent Steunpunt Ouders & Jeugd Zuiderzoom and Onderwijsconsulenten."),
    ),
    "aldersum-vo-2025": dict(
        sector="vo", false_crit={"plaatsing.procedure", "financien.verdeling", "ouders.informatie", "ouders.steunpunt"},
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        advisory=dict(basisondersteuning=["borging"], plaatsing=["duur-categorie"], terugstroom=["monitoring"],
                      financien=["reserves"], **{"dekkend-aanbod": ["ketenpartners"]}, resultaten=["meetbaar"]),
        notes=dict(
            basisondersteuning="Chapter 'Basisondersteuning': afgesproken minimumniveau per vestiging; the content is only in the kwaliteitskaart table (8 standaarden); audit every two years.",
            plaatsing="Criteria for vso cl. 3/4, pro and lwoo are in a table, with duration and category; the procedure itself is only a reference to bijlage 5, which is not part of the document.",
            terugstroom="Hidden in the TLV chapter, subsection 'Afloop van de TLV en terugkeer naar het regulier': aim/conditions, yearly OPP evaluation, MDO before 1 March, consulent, terugkeerarrangement, 2024 figures.",
            financien="'Financiën' has a 2025-2028 begroting with amounts, but the verdeelmodel is being evaluated and the new verdeelsystematiek 'werken wij in de loop van 2026-2027 uit'.",
            **{"dekkend-aanbod": "'Het ondersteuningscontinuüm': schoolarrangementen, De Brug, rebound, ISK, HB, vso; zorgplicht/plaatsingsconsulent, overview of pupils without a place, wachtlijst-driven extra group."},
            resultaten="'Terugblik' table with achieved figures, 'Beoogde resultaten 2025-2029' table and 'Zo volgen wij de resultaten' (dashboard twice a year, jaarverslag, external midterm evaluation).",
            ouders="No body text: 'Communicatie' addresses schools and partners only and defers parent information to a 2026 communicatieplan; OJSP/Onderwijsconsulenten appear only in the begrippenlijst, 'Informatie voor ouders' only as an annex title."),
    ),
    "holtenburg-po-2026": dict(
        sector="po", false_crit={"dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="present",
                      **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="partial"),
        advisory=dict(basisondersteuning=["borging"], plaatsing=["deskundigen", "duur-categorie", "bezwaar"],
                      financien=["reserves"], **{"dekkend-aanbod": ["ketenpartners"]}, ouders=["betrokkenheid"]),
        notes=dict(
            basisondersteuning="'Basisondersteuning: wat elke school biedt': level for all 44 schools per locatie plus a 7-item list; bestuursgesprek every two years.",
            plaatsing="'Toelaatbaarheid tot sbo en so': bestuur applies, OT twice, CvT within 4 weeks, two deskundigen, sbo and so criteria, category, two-year duration, LBT bezwaar.",
            terugstroom="Inside the TLV chapter, 'Geldigheid, einde en terugplaatsing': aim and conditions, yearly OPP evaluation, initiative before 1 February in the last TLV year, renewal by 1 April, terugplaatsingsarrangement.",
            financien="'Financieel beleid': verdeling and the meerjarenbegroting only as tables (EUR 95 per leerling, vaste voet EUR 6.000; 2026-2029 amounts).",
            **{"dekkend-aanbod": "'Van basis naar extra ondersteuning' describes the continuum, but the approach to thuiszitters/kinderen zonder plek is deferred ('stellen wij in 2026 ... op')."},
            resultaten="'Beoogde en bereikte resultaten' only says it will be completed after the evaluation in 2025-2026 (addendum); no goals or monitoring anywhere.",
            ouders="'Ouders' describes website, folder, schoolgids and ouderavonden; the ouder- en jeugdsteunpunt is only announced for 'de loop van 2026' and no independent help is named."),
    ),
    "ransdorp-vechtdal-vo-2025": dict(
        sector="vo", false_crit={"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                                 "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                                 "ouders.informatie"},
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        advisory=dict(**{"dekkend-aanbod": ["ketenpartners"]}, resultaten=["meetbaar"], ouders=["betrokkenheid"]),
        notes=dict(
            basisondersteuning="'Basisondersteuning' states the shared minimum for every vestiging, but the content is left to each school's ondersteuningsprofiel on the school website.",
            plaatsing="'Toewijzing' only refers to the website page Loket; TLV/bekostigingscategorie appear only in the begrippenlijst and the wettelijk-kader list.",
            terugstroom="'Na het vso: het vervolg' gives the procedure (OPP twice a year, last-year decision in October, overstapgesprek requested by 1 December, consulent, receiving director decides) but no policy aims, conditions or support after return.",
            financien="'Financiën' only refers to the page Organisatie/Jaarstukken; no verdeling, no begroting.",
            **{"dekkend-aanbod": "'Een passende plek voor iedere leerling': continuum (OPDC, Kans+, schakelklas, vso, pro) and 'Thuiszitters en witte vlekken' (six-weekly overleg, regisseur, escalation, 2024 analysis, herstelgroep)."},
            resultaten="'Onze resultaten': three targets with baselines and 'Hoe we dat volgen' (quarterly monitor, jaarverslag).",
            ouders="'Ouders en leerlingen': independent Ouder- en Jeugdsteunpunt Vechtdal and Onderwijsconsulenten, but the ouderpagina and brochure are 'in ontwikkeling' (spring 2026)."),
    ),
}

NEAR_MISS_LABEL = """documents: [het-baken-college-ondersteuningsplan-2025.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one VO school (zorgstructuur, zorgniveaus, mentor/zorgcoordinator, school budget); it refers to the samenwerkingsverband and its plan but is not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode, TLV decisions)."
"""


def main():
    out = Path(__file__).resolve().parent.parent
    plans = [("weidebeek-vo-2025", plan_a, ["docx"]), ("zuiderzoom-vo-2026", plan_b, ["docx"]),
             ("aldersum-vo-2025", plan_c, ["pdf"]), ("holtenburg-po-2026", plan_d, ["pdf"]),
             ("ransdorp-vechtdal-vo-2025", plan_e, ["html"])]
    for stem, fn, fmts in plans:
        v, blocks = fn()
        header = f"{v['naam']} | Ondersteuningsplan {v['periode']}"
        docs = []
        for fmt in fmts:
            path = out / f"{stem}.{fmt}"
            if fmt == "docx":
                render_docx(blocks, path, header)
            elif fmt == "pdf":
                docx_to_pdf(blocks, path, header)
            elif fmt == "html":
                render_html(blocks, path, v["naam"])
            docs.append(path.name)
        lab = LABELS[stem]
        (out / f"{stem}.expected.yaml").write_text(
            label_yaml(docs, lab["sector"], lab["false_crit"], lab["elements"], lab["advisory"], lab["notes"]),
            encoding="utf-8")
        print(f"{stem}: {word_count(blocks)} words -> {', '.join(docs)}")
    fb = doc_f()
    render_docx(fb, out / "het-baken-college-ondersteuningsplan-2025.docx", "Het Baken College | Ondersteuningsplan 2025-2026")
    (out / "het-baken-college-ondersteuningsplan-2025.expected.yaml").write_text(NEAR_MISS_LABEL, encoding="utf-8")
    print(f"het-baken-college: {word_count(fb)} words")


if __name__ == "__main__":
    main()

