#!/usr/bin/env python3
"""Build the independent holdout set 135 for opcheck: five fictional ondersteuningsplannen (PO/VO,
docx/pdf/html) and one near-miss document, each with a <name>.expected.yaml label file.
Deterministic, no network; output goes to the folder above src/."""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

# Block model: ("title", [lines]) ("toc", [entries]) ("h1", text) ("h2", text) ("p", text)
#              ("b", [items]) ("t", [[header...], [row...], ...]) ("pb",) page break


def body_words(blocks):
    n = 0
    skip = False
    for blk in blocks:
        kind = blk[0]
        if kind == "h1":
            skip = blk[1].lower().startswith(("bijlage", "begrippen", "afkortingen"))
        if kind in ("title", "toc") or skip:
            continue
        if kind in ("p", "h1", "h2"):
            n += len(blk[1].split())
        elif kind == "b":
            n += sum(len(x.split()) for x in blk[1])
        elif kind == "t":
            n += sum(len(str(c).split()) for row in blk[1] for c in row)
    return n


def _fixed_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1


def write_docx(blocks, path, styled=True, header=None, footer=None, title="Ondersteuningsplan"):
    doc = Document()
    _fixed_props(doc, title)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            for i, line in enumerate(blk[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_page_break()
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for e in blk[1]:
                doc.add_paragraph(e)
            doc.add_page_break()
        elif kind in ("h1", "h2"):
            if styled:
                doc.add_heading(blk[1], level=1 if kind == "h1" else 2)
            else:
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
                r.font.size = Pt(14 if kind == "h1" else 11.5)
                if kind == "h2":
                    r.italic = True
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "b":
            for item in blk[1]:
                if styled:
                    doc.add_paragraph(item, style="List Bullet")
                else:
                    doc.add_paragraph("\u2022 " + item)
        elif kind == "t":
            rows = blk[1]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    tbl.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in tbl.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed zip timestamps so that repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(str(path)) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_pdf(blocks, path, styled=True, header=None, footer=None, title="Ondersteuningsplan"):
    """Render via a temporary .docx and LibreOffice; only the PDF is kept."""
    path = Path(path)
    tmp = Path(tempfile.mkdtemp(prefix="holdout135_%d_" % os.getpid()))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, styled=styled, header=header, footer=footer, title=title)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(profile), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, site_header="", site_footer="", title="Ondersteuningsplan"):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title),
           "<style>body{font-family:Arial,sans-serif;max-width:56em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav{background:#eef;padding:6px}</style>", "</head>", "<body>"]
    if site_header:
        out.append('<header class="site-header"><p>%s</p></header>' % e(site_header))
    out.append("<main>")
    hcount = 0
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append("<h1>%s</h1>" % e(blk[1][0]))
            for line in blk[1][1:]:
                out.append('<p class="sub">%s</p>' % e(line))
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav aria-label="Inhoud"><strong>Inhoud</strong><ul>')
            for x in blk[1]:
                out.append("<li>%s</li>" % e(x))
            out.append("</ul></nav>")
        elif kind == "h1":
            hcount += 1
            out.append('<h2 id="h%d">%s</h2>' % (hcount, e(blk[1])))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(blk[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(blk[1]))
        elif kind == "b":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in blk[1]) + "</ul>")
        elif kind == "t":
            rows = blk[1]
            out.append("<table><thead><tr>" + "".join("<th>%s</th>" % e(str(c)) for c in rows[0]) + "</tr></thead><tbody>")
            for row in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</main>")
    if site_footer:
        out.append('<footer class="site-footer"><p>%s</p></footer>' % e(site_footer))
    out += ["</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


def write_md(blocks, path):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append("# " + blk[1][0])
            out.append("")
            out += ["*%s*  " % x for x in blk[1][1:]]
            out.append("")
        elif kind == "toc":
            out.append("**Inhoud**")
            out.append("")
            out += ["- " + x for x in blk[1]]
            out.append("")
        elif kind == "h1":
            out += ["## " + blk[1], ""]
        elif kind == "h2":
            out += ["### " + blk[1], ""]
        elif kind == "p":
            out += [blk[1], ""]
        elif kind == "b":
            out += ["- " + x for x in blk[1]]
            out.append("")
        elif kind == "t":
            rows = blk[1]
            out.append("| " + " | ".join(str(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    Path(path).write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------------------
# Shared filler: the prose real plans carry around the seven elements.
# Flags in the context dict keep the filler from addressing an element by accident:
#   parents_role   - may describe parents' role (OPR composition, participation)
#   pct            - may show participation percentages (a result figure)
#   jaarverslag    - may mention annual reporting/evaluation in the planning table
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(*items):
    return ("b", list(items))


def T(rows):
    return ("t", rows)


def f_voorwoord(c):
    meedenkers = ("directeuren, intern begeleiders, leraren, ouders, medewerkers van het bureau en beleidsadviseurs van de gemeenten"
                  if c["parents_role"] else
                  "directeuren, intern begeleiders, leraren, medewerkers van het bureau en beleidsadviseurs van de gemeenten")
    return [
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de invoering van "
          f"passend onderwijs in 2014 en het eerste dat volledig is geschreven na de landelijke evaluatie en de Verbeteraanpak "
          f"passend onderwijs. In de afgelopen jaren hebben wij veel geleerd: over wat werkt in de klas, over de grenzen van wat "
          f"een school alleen kan dragen, en over het belang van korte lijnen tussen {c['onderwijs']}, jeugdhulp en gemeenten. "
          f"Dit plan bouwt daarop voort en kiest bewust voor minder nieuwe projecten en meer vakmanschap in de bestaande structuur."),
        P(f"Het plan is niet achter een bureau geschreven. In {c['n_ateliers']} werkateliers hebben {meedenkers} "
          f"meegedacht over de koers. De opbrengst van die gesprekken is terug te vinden in de keuzes die wij maken. Niet alles "
          f"wat is aangedragen, heeft een plek gekregen; een plan voor vier jaar moet focus hebben. Wel hebben wij geprobeerd om "
          f"de toon van de gesprekken vast te houden: nuchter, betrokken en gericht op wat het kind of de jongere nodig heeft."),
        P(f"Passend onderwijs blijft mensenwerk. Achter elk getal in dit plan staat een leerling met een eigen verhaal, een "
          f"leraar die elke dag opnieuw zoekt naar wat werkt en een school die net dat stapje extra zet. Wij danken iedereen die "
          f"aan dit plan heeft bijgedragen en kijken uit naar de samenwerking in de komende jaren."),
        P(f"{c['directeur']}, directeur-bestuurder, {c['plaats']}, {c['datum_voorwoord']}"),
    ]


def f_wettelijk(c):
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs" if c["sector"] == "po" else \
        "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder van de WVO 2020)"
    return [
        P(f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Wat daarin in elk "
          f"geval moet staan, is geregeld in {art}. Het gaat onder meer om de wijze waarop het samenwerkingsverband een "
          f"samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning; de procedure en "
          f"criteria voor de verdeling, besteding en toewijzing van ondersteuningsmiddelen; de procedure en criteria voor "
          f"toelaatbaarheid; het beleid voor terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de wijze "
          f"waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuning."),
        P(f"Het plan geldt voor de periode van 1 augustus {c['start']} tot en met 31 juli {c['start'] + 4}. Het wordt vóór 1 mei "
          f"{c['start']} aan de Inspectie van het Onderwijs gezonden. Over het ontwerp is overleg gevoerd met de gemeenten in ons "
          f"gebied en met het samenwerkingsverband {'voortgezet' if c['sector'] == 'po' else 'primair'} onderwijs waarmee wij het "
          f"gebied delen. De ondersteuningsplanraad heeft ingestemd met het plan; de data staan in het hoofdstuk over de "
          f"totstandkoming."),
    ]


def f_leeswijzer(c, toc):
    chapters = [x for x in toc if x[:1].isdigit()]
    return [
        P("Dit plan is zo opgebouwd dat het zowel van voor naar achter kan worden gelezen als per onderwerp. De hoofdstukken "
          "zijn: " + "; ".join(chapters) + ". Begrippen en afkortingen worden achterin verklaard."),
        P("Waar in dit plan over 'de scholen' wordt gesproken, bedoelen wij alle vestigingen van de aangesloten besturen, "
          "inclusief de scholen voor speciaal onderwijs die in ons gebied liggen, tenzij uitdrukkelijk anders vermeld. Waar wij "
          "'hij' schrijven, kan ook 'zij' of 'hen' worden gelezen."),
    ]


def f_regio(c):
    out = [
        P(f"{c['naam_kort']} omvat de gemeenten {c['gemeenten']}. In het gebied werken {c['n_besturen']} schoolbesturen samen, "
          f"met in totaal {c['n_scholen']} {'scholen voor basisonderwijs' if c['sector'] == 'po' else 'scholen en vestigingen voor voortgezet onderwijs'}"
          f"{c['extra_scholen']}. Het gebied kent een mix van stedelijke kernen en kleine dorpen. Een aantal dorpsscholen "
          f"heeft minder dan honderd leerlingen; de grootste scholen tellen er meer dan {'zeshonderd' if c['sector'] == 'po' else 'tweeduizend'}."),
        P("Het leerlingaantal daalt licht. Volgens de prognoses van de gemeenten zet deze krimp de komende jaren door, vooral "
          "in de kleinere kernen. Tegelijk neemt het aantal leerlingen met een niet-Nederlandse achtergrond toe, onder meer door "
          "de opvang van nieuwkomers in twee gemeenten. Beide ontwikkelingen vragen om flexibiliteit van scholen en besturen en "
          "hebben invloed op de plannen in dit document."),
    ]
    rows = [["Peildatum 1 oktober", "2021", "2022", "2023", "2024"],
            ["Leerlingen regulier", *c["ll_regulier"]],
            ["Aantal scholen/vestigingen", *c["ll_scholen"]]]
    if c["pct"]:
        rows.append(["Deelname speciale voorzieningen (%)", *c["ll_pct"]])
    out.append(T(rows))
    out.append(P("Bron: DUO-telling en eigen registratie. De cijfers over 2024 zijn voorlopig."))
    return out


def f_visie(c):
    wie = "kind" if c["sector"] == "po" else "jongere"
    return [
        P(f"Wij geloven dat ieder {wie} recht heeft op onderwijs dat past bij wat hij kan en wil leren, zo dicht mogelijk bij huis "
          f"en samen met leeftijdgenoten. Dat is geen slogan maar een opdracht. Het vraagt van scholen dat zij het gewone "
          f"onderwijs zo inrichten dat verschillen erbij horen, en van het samenwerkingsverband dat het scholen daarin ondersteunt "
          f"met expertise, middelen en heldere afspraken."),
        P("Inclusiever onderwijs is voor ons een richting, geen eindpunt. Wij zien dat de regio de afgelopen jaren stappen heeft "
          "gezet, maar ook dat er leerlingen zijn voor wie de reguliere school niet de juiste plek is. Voor hen moeten "
          "gespecialiseerde voorzieningen van goede kwaliteit beschikbaar blijven. Het gaat er niet om of een leerling op een "
          "reguliere of een speciale school zit, maar of hij zich daar ontwikkelt."),
        P("Onze visie rust op vier pijlers. Ten eerste: de leraar doet ertoe; investeren in het vakmanschap van leraren is de "
          "beste investering in passend onderwijs. Ten tweede: vroeg signaleren en snel handelen voorkomt zwaardere problemen "
          "later. Ten derde: onderwijs en jeugdhulp zijn twee kanten van dezelfde medaille en moeten elkaar in de school kunnen "
          "vinden. Ten vierde: wij maken keuzes op basis van gegevens en gesprekken, niet op basis van gewoonte."),
        H2("Missie en kernwaarden"),
        P(f"Onze missie luidt: 'Samen zorgen wij ervoor dat ieder {wie} in onze regio een passende plek heeft waar hij tot "
          f"ontwikkeling komt.' Bij het uitvoeren van die missie laten wij ons leiden door vier kernwaarden:"),
        B("Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen en maken afspraken die werkbaar zijn.",
          "Eigenaarschap: wie het probleem ziet, neemt de eerste stap; niemand wacht op een ander.",
          "Transparantie: wij zijn open over keuzes, geld en dilemma's.",
          "Verbinding: wij zoeken de samenwerking op met partners binnen en buiten het onderwijs."),
    ]


def f_terugblik_activiteiten(c):
    return [
        P("In de vorige planperiode is veel in gang gezet. Zonder volledig te willen zijn, noemen wij de belangrijkste "
          "activiteiten:"),
        B("Er zijn per jaar vier netwerkbijeenkomsten georganiseerd voor intern begeleiders en ondersteuningscoördinatoren.",
          "Het bureau is verhuisd naar een centrale locatie met spreekkamers en een trainingsruimte.",
          "Er is een nieuwe website gebouwd en het digitale aanvraagsysteem is vervangen.",
          "De samenwerking met de jeugdteams is vastgelegd in een convenant.",
          "Er is een studiedag georganiseerd over gedrag in de klas, met ruim driehonderd deelnemers."),
        P("Deze activiteiten vormen het fundament waarop wij in deze planperiode verder bouwen. De ervaringen zijn meegenomen "
          "in de werkateliers en hebben geleid tot de keuzes in de volgende hoofdstukken."),
    ]


def f_governance(c):
    return [
        P(f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen de Algemene Vergadering, die de "
          f"strategische koers bepaalt, het ondersteuningsplan vaststelt en de leden van de raad van toezicht benoemt. De "
          f"dagelijkse leiding berust bij de directeur-bestuurder, die het bestuur van de stichting vormt. Zo zijn bestuur en "
          f"intern toezicht gescheiden, zoals de Code Goed Bestuur vraagt."),
        P("De raad van toezicht bestaat uit vijf leden, van wie er drie onafhankelijk zijn en twee op voordracht van de "
          "besturen worden benoemd. De raad kent een auditcommissie en een remuneratiecommissie. De raad vergadert ten minste "
          "vijf keer per jaar en legt in het jaarverslag verantwoording af over zijn werkwijze. De statuten bevatten een "
          "regeling voor de beslechting van geschillen tussen de aangesloten besturen en het samenwerkingsverband, zoals de wet "
          "voorschrijft."),
        P("Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per subregio. In dat overleg worden "
          "signalen uit de praktijk opgehaald en worden afspraken over de uitvoering voorbereid. Het directeurenoverleg heeft "
          "geen formele bevoegdheden, maar is in de praktijk een belangrijke schakel tussen beleid en werkvloer."),
    ]


def f_opr(c):
    if c["parents_role"]:
        samenstelling = ("De ondersteuningsplanraad (OPR) telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd "
                         "door de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen het perspectief "
                         "van gezinnen in en raadplegen daarvoor hun achterban.")
    else:
        samenstelling = ("De ondersteuningsplanraad (OPR) telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
                         "aangesloten scholen.")
    return [
        P(samenstelling + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast "
          "voert de OPR twee keer per jaar een overlegvergadering met de directeur-bestuurder."),
        P("Het samenwerkingsverband faciliteert de OPR met een ambtelijk secretaris, een scholingsbudget en een vergoeding "
          "per vergadering. Aan het begin van elk schooljaar stellen OPR en directeur-bestuurder samen een jaaragenda op, zodat "
          "de OPR tijdig bij de belangrijke besluiten betrokken is. Het reglement van de OPR is in 2024 geactualiseerd."),
        P("Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. Die raad "
          "heeft de gebruikelijke bevoegdheden ten aanzien van personeelsbeleid en organisatie van het bureau."),
    ]


def f_oogo(c):
    return [
        P(f"Onderwijs en jeugdhulp raken elkaar dagelijks. Daarom voeren wij met de gemeenten {c['gemeenten']} op overeenstemming "
          f"gericht overleg (OOGO) over dit ondersteuningsplan en over de jeugdplannen van de gemeenten. Het overleg vindt op "
          f"bestuurlijk niveau twee keer per jaar plaats, ambtelijk zes keer per jaar."),
        P("In het OOGO zijn voor deze planperiode de volgende gezamenlijke thema's afgesproken:"),
        B("jeugdhulp in en om de school: schoolmaatschappelijk werk en een vaste contactpersoon van het lokale team per school;",
          "onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben, met een gezamenlijke "
          "financieringsafspraak per arrangement;",
          "leerlingenvervoer en onderwijshuisvesting, waar keuzes van gemeenten en scholen elkaar raken;",
          "de overgang naar het vervolgonderwijs en, in het vo, de aansluiting op arbeidsmarkt en dagbesteding."),
        P("Bij een verschil van inzicht tussen gemeenten en samenwerkingsverband volgen partijen de geschillenregeling die in "
          "het convenant OOGO is vastgelegd. Die regeling voorziet in bemiddeling door een onafhankelijke voorzitter."),
    ]


def f_personeel(c):
    return [
        P(f"Het bureau van {c['naam_kort']} telt ongeveer {c['fte_bureau']} fte. Het team bestaat uit consulenten passend "
          f"onderwijs, orthopedagogen, een beleidsmedewerker, een controller, een managementassistent en een "
          f"functionaris voor de administratie. Daarnaast werkt het samenwerkingsverband met gedetacheerde specialisten van de "
          f"besturen, zodat expertise in de regio blijft."),
        P("Het personeelsbeleid is gericht op duurzame inzetbaarheid. Medewerkers hebben jaarlijks een ontwikkelgesprek en "
          "een persoonlijk scholingsbudget. Het ziekteverzuim van het bureau lag de afgelopen jaren onder het sectorgemiddelde. "
          "Voor de werving van orthopedagogen werken wij samen met twee besturen, omdat de arbeidsmarkt krap is."),
        H2("Professionalisering"),
        P("Het samenwerkingsverband organiseert netwerken voor intern begeleiders en ondersteuningscoördinatoren, een "
          "leergang handelingsgericht werken voor startende begeleiders en een jaarlijkse inspiratiedag. Scholen kunnen "
          "daarnaast een beroep doen op een scholingsaanbod rond gedrag, taalontwikkeling, rekenen en meer- en hoogbegaafdheid. "
          "Het aanbod wordt elk jaar aangepast aan de vragen die scholen inbrengen."),
    ]


def f_ict(c):
    return [
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover "
          "dat nodig is voor de uitvoering van zijn wettelijke taken. Wij doen dat volgens de AVG. Er is een functionaris "
          "gegevensbescherming aangesteld die wij delen met een ander samenwerkingsverband. Dossiers worden bewaard tot drie "
          "jaar na het laatste besluit en daarna vernietigd."),
        P("Aanvragen en dossiers worden uitgewisseld via een beveiligd digitaal systeem. Scholen hebben alleen toegang tot de "
          "dossiers van hun eigen leerlingen. Medewerkers van het bureau hebben een geheimhoudingsverklaring getekend. In 2024 "
          "is een informatiebeveiligingsaudit uitgevoerd; de aanbevelingen zijn inmiddels opgevolgd."),
        P("De ICT-omgeving van het bureau wordt beheerd door een externe partij. Het samenwerkingsverband werkt in de cloud, met "
          "tweestapsverificatie voor alle accounts. In de planperiode vervangen wij de telefonie en de vergaderfaciliteiten."),
    ]


def f_planning(c):
    rows = [["Periode", "Activiteit"],
            ["september", "Jaaragenda met OPR en directeurenoverleg"],
            ["oktober", "Teldatum leerlingen; start netwerken"],
            ["december", "Vaststelling begroting door het bestuur"],
            ["februari", "Peildatum; inspiratiedag"],
            ["april", "Voorbereiding jaarplan volgend schooljaar"],
            ["juni", "Vaststelling jaarplan"]]
    if c["jaarverslag"]:
        rows.insert(4, ["maart", "Evaluatie jaarplan en bespreking jaarverslag met OPR"])
    return [
        P("Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan. De jaarcyclus ziet er als volgt uit:"),
        T(rows),
        P(f"In het schooljaar {c['start'] + 2}-{c['start'] + 3} vindt een tussentijdse bespreking van het plan plaats met "
          f"besturen en OPR. Eventuele wijzigingen worden aan de OPR ter instemming voorgelegd."),
    ]


def f_totstandkoming(c, oogo=True):
    zin = [f"Het algemeen bestuur heeft het ontwerp op {c['d_ontwerp']} vastgesteld."]
    if oogo:
        zin.append(f"Het op overeenstemming gericht overleg met de gemeenten is op {c['d_oogo']} afgerond.")
    zin.append(f"De ondersteuningsplanraad heeft op {c['d_opr']} ingestemd. Het plan is op {c['d_vast']} definitief "
               f"vastgesteld en aansluitend aan de inspectie gezonden.")
    return [P(" ".join(zin))]


GLOSSARY = {
    "arrangement": "Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep, met doel en duur.",
    "basisondersteuning": "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen van het "
                          "samenwerkingsverband bieden.",
    "dekkend": "Dekkend aanbod: een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft.",
    "meerjarenbegroting": "Meerjarenbegroting: begroting die de verwachte baten en lasten voor meerdere jaren weergeeft.",
    "ojsp": "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen "
            "over passend onderwijs.",
    "opp": "Ontwikkelingsperspectief (OPP): document waarin de school het verwachte uitstroomniveau en de ondersteuning van "
           "een leerling vastlegt.",
    "terugplaatsing": "Terugplaatsing: de overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs.",
    "tlv": "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het "
           "speciaal (basis)onderwijs.",
    "verdeelmodel": "Verdeelmodel: de afspraken over de wijze waarop ondersteuningsmiddelen over besturen en voorzieningen "
                    "worden verdeeld.",
    "zorgplicht": "Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling die extra ondersteuning nodig heeft "
                  "een passende plek te bieden.",
    "resultaten": "Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil bereiken.",
    "oogo": "OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
    "lwoo": "Leerwegondersteunend onderwijs (lwoo): extra ondersteuning binnen de leerwegen van het vmbo.",
    "pro": "Praktijkonderwijs (pro): schoolsoort voor leerlingen die zijn aangewezen op praktijkgericht onderwijs.",
    "opdc": "OPDC: orthopedagogisch-didactisch centrum voor tijdelijke opvang van leerlingen in het vo.",
    "onderwijsconsulent": "Onderwijsconsulenten: onafhankelijke adviseurs die ouders kosteloos helpen bij "
                          "vastgelopen onderwijssituaties.",
}

ABBR = ["AB – ambulante begeleiding", "ALV – algemene vergadering", "AVG – Algemene verordening gegevensbescherming",
        "CvT – Commissie van Toelaatbaarheid", "DUO – Dienst Uitvoering Onderwijs", "IB – intern begeleider",
        "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg", "OPP – ontwikkelingsperspectief",
        "OPR – ondersteuningsplanraad", "OT – ondersteuningsteam", "SOP – schoolondersteuningsprofiel",
        "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring"]


def f_glossary(keys):
    return [B(*[GLOSSARY[k] for k in keys])]


def f_abbr(extra=()):
    return [B(*sorted(list(ABBR) + list(extra)))]


# ---------------------------------------------------------------------------
# Plan 1 - PO Vlietstreek, Word with heading styles.
# ---------------------------------------------------------------------------

CTX_VLIET = dict(
    naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Vlietstreek (PO 28-11)",
    naam_kort="SWV Vlietstreek", sector="po", onderwijs="basisonderwijs, speciaal onderwijs",
    periode="2025-2029", start=2025, n_ateliers="zes", directeur="drs. M. (Marieke) van Dorsser",
    plaats="Leidschendam", datum_voorwoord="maart 2025", gemeenten="Vlietmonde, Stompwijk-Veur en Rijnhoeve",
    n_besturen=10, n_scholen=71, extra_scholen=", twee locaties voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs",
    ll_regulier=["14.912", "14.780", "14.655", "14.490"], ll_scholen=["76", "76", "75", "74"],
    ll_pct=["2,9", "3,0", "3,0", "3,1"], fte_bureau=19, parents_role=False, pct=True, jaarverslag=False,
    d_ontwerp="14 januari 2025", d_oogo="4 maart 2025", d_opr="18 maart 2025", d_vast="25 maart 2025",
)


def plan_vliet():
    c = CTX_VLIET
    toc = ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Onze regio", "4 Visie en missie",
           "5 Basisondersteuning: wat elke school biedt", "6 Extra ondersteuning en het dekkend aanbod",
           "7 Toelaatbaarheid tot sbo en so", "8 Thuiszitters en zorgplicht", "9 Geld en middelen",
           "10 Ambities en beoogde resultaten", "11 Samenwerking met gemeenten (OOGO)", "12 Communicatie",
           "13 Organisatie, governance en medezeggenschap", "14 Personeel, professionalisering en ICT",
           "15 Planning en totstandkoming", "Bijlage A Begrippenlijst", "Bijlage B Afkortingen"]
    b = [("title", ["Ondersteuningsplan 2025–2029", "Samen sterk voor elk kind",
                    c["naam"], "Voor scholen, ouders en partners",
                    "Basisondersteuning · toelaatbaarheid · terugplaatsing · middelen · resultaten · informatie aan ouders"]),
         ("toc", toc)]
    b += [H1("1 Voorwoord")] + f_voorwoord(c)
    b += [H1("2 Inleiding en leeswijzer")] + f_wettelijk(c) + f_leeswijzer(c, toc)
    b += [H1("3 Onze regio")] + f_regio(c) + [H2("Terugblik op de vorige planperiode")] + f_terugblik_activiteiten(c)
    b += [H1("4 Visie en missie")] + f_visie(c)
    b += [
        H1("5 Basisondersteuning: wat elke school biedt"),
        P("In het Vlietstreek-kader 'Basis op orde' hebben de tien besturen vastgelegd welk niveau van basisondersteuning "
          "iedere vestiging – van de grootste stadsschool tot de kleinste dorpsschool – ten minste waarmaakt. Het kader is "
          "door de Algemene Vergadering vastgesteld en is bindend voor alle aangesloten besturen. Het is geen streefbeeld: het "
          "is de ondergrens. Een school mag meer bieden, nooit minder."),
        P("Concreet betekent dit dat een kind op elke basisschool in Vlietstreek in ieder geval kan rekenen op:"),
        B("een intern begeleider met ten minste 0,4 fte per tweehonderd leerlingen, die de ondersteuning in de school coördineert;",
          "drie groepsbesprekingen per jaar en ten minste vier keer per jaar een ondersteuningsteam waarin de orthopedagoog van "
          "het samenwerkingsverband aanschuift;",
          "een dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief vroegtijdige signalering vanaf groep 2;",
          "een schoolbrede aanpak van gedrag en sociale veiligheid (bijvoorbeeld PBS of een vergelijkbare methodiek) met een "
          "aandachtsfunctionaris en een jaarlijkse meting van de sociale veiligheid;",
          "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep: compacten, verrijken en een verrijkingsgroep op "
          "schoolniveau;",
          "ondersteuning bij taalachterstand en NT2, met een taalcoördinator of een vaste afspraak met een taalschool;",
          "een protocol medisch handelen en afspraken over toegankelijkheid van het gebouw;",
          "een ontwikkelingsperspectief (OPP) voor elke leerling die op een of meer vakken een eigen leerlijn volgt."),
        P("De grens tussen basisondersteuning en extra ondersteuning ligt waar een school, na een cyclus handelingsgericht "
          "werken met inzet van deze voorzieningen, onvoldoende resultaat ziet en meer nodig heeft dan binnen het kader past. "
          "Dan kan de school via het ondersteuningsteam een arrangement aanvragen (zie hoofdstuk 6)."),
        H2("5.1 Borging"),
        P("Elke school vult om de twee jaar de kwaliteitskaart 'Basis op orde' in. Een consulent van het samenwerkingsverband "
          "bespreekt de uitkomst met directeur en intern begeleider en legt een schoolbezoek af. Blijkt een school op een of "
          "meer onderdelen onder het afgesproken niveau te zitten, dan stelt het bestuur binnen drie maanden een verbeterplan "
          "op; het samenwerkingsverband volgt de uitvoering en rapporteert erover aan de Algemene Vergadering."),
        H1("6 Extra ondersteuning en het dekkend aanbod"),
        P("Het ondersteuningsaanbod in Vlietstreek is opgebouwd in vijf niveaus die op elkaar aansluiten. Samen vormen zij het "
          "samenhangende geheel van voorzieningen binnen en tussen de scholen dat de wet van ons vraagt:"),
        B("Niveau 1 – basisondersteuning in de groep, door de leraar.",
          "Niveau 2 – basisondersteuning met inzet van de intern begeleider en het ondersteuningsteam.",
          "Niveau 3 – extra ondersteuning op de eigen school via een individueel of groepsarrangement (bijvoorbeeld een "
          "gedragsspecialist twee dagdelen per week, of een kleine taalgroep).",
          "Niveau 4 – bovenschoolse voorzieningen: de Taalklas Vliet voor nieuwkomers (drie locaties), de plusklas De "
          "Uitdaging voor hoogbegaafde leerlingen (één dag per week) en de observatiegroep Het Anker voor jonge kinderen "
          "met een onduidelijke ondersteuningsbehoefte (maximaal twaalf weken).",
          "Niveau 5 – speciaal basisonderwijs (sbo De Wissel, twee locaties) en speciaal onderwijs: De Zonnehof (cluster 3) "
          "en Het Baken (cluster 4), en zo nodig scholen buiten de regio."),
        P("Scholen hebben elk een vaste consulent passend onderwijs. Die denkt mee in het ondersteuningsteam, helpt bij het "
          "opstellen van een arrangement en verwijst zo nodig door naar een bovenschoolse voorziening. Het loket van het "
          "samenwerkingsverband is het centrale aanspreekpunt voor scholen."),
        H2("6.1 Witte vlekken opsporen en dichten"),
        P("Elk jaar in maart voert het bureau een scan van het dekkend aanbod uit. Daarvoor gebruiken wij de wachtlijsten van "
          "de bovenschoolse voorzieningen en het s(b)o, de meldingen van leerlingen zonder passende plek, de signalen uit de "
          "ondersteuningsteams en de gesprekken met leerplicht. De uitkomst wordt besproken in de Algemene Vergadering, die "
          "binnen drie maanden besluit over maatregelen. Uit de scan van 2024 bleken twee witte vlekken:"),
        B("er is geen passende plek voor jonge kinderen (4–6 jaar) met ernstig externaliserend gedrag: vanaf augustus 2026 "
          "start de pilot 'Kleine Haven', een kleine groep binnen sbo De Wissel met inzet van jeugdhulp;",
          "er is geen voltijdsvoorziening voor hoogbegaafde leerlingen: met het buurverband is afgesproken dat maximaal acht "
          "leerlingen per jaar kunnen deelnemen aan de voltijdsklas in Rijswijk-Zuid."),
        H1("7 Toelaatbaarheid tot sbo en so"),
        P("Het samenwerkingsverband beslist op verzoek van een schoolbestuur of een leerling toelaatbaar is tot het speciaal "
          "basisonderwijs of het speciaal onderwijs. Dat besluit heet een toelaatbaarheidsverklaring (TLV)."),
        H2("7.1 Procedure"),
        B("Stap 1 – Het bestuur van de school waar de leerling is ingeschreven (of, bij een nieuwe aanmelding, de school "
          "waar de leerling is aangemeld) dient de aanvraag in via het digitale loket.",
          "Stap 2 – Bij de aanvraag horen het groeidocument of OPP, de evaluaties van de geboden ondersteuning en, als die er "
          "zijn, onderzoeksverslagen. De consulent controleert binnen vijf werkdagen of het dossier volledig is.",
          "Stap 3 – Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
          "GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (maatschappelijk werker, arts, "
          "kinderpsychiater of pedagoog). Geen van beiden is betrokken geweest bij de aanvraag.",
          "Stap 4 – De Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder het besluit, binnen zes weken "
          "na ontvangst van het volledige dossier. In spoedgevallen kan de commissie binnen vijf werkdagen beslissen."),
        H2("7.2 Criteria"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan de volgende voorwaarden is voldaan:"),
        B("de school heeft de basisondersteuning en ten minste één arrangement gedurende twee cycli van tien weken ingezet en "
          "geëvalueerd, zonder dat de leerling voldoende tot ontwikkeling komt;",
          "het OPP laat zien dat de leerling langdurig is aangewezen op onderwijs in een kleine groep met specifieke "
          "didactische of pedagogische expertise;",
          "de ondersteuningsbehoefte overstijgt wat binnen niveau 3 en 4 redelijkerwijs kan worden georganiseerd."),
        P("Voor het speciaal onderwijs geldt daarnaast dat de leerling een intensieve, doorgaande en specialistische "
          "ondersteuningsbehoefte heeft op het gebied van leren, gedrag of lichamelijke of verstandelijke ontwikkeling, die "
          "alleen in een setting van cluster 3 of 4 kan worden geboden. De commissie bepaalt daarbij de "
          "bekostigingscategorie: laag (de meeste leerlingen van cluster 4 en zml), midden (lichamelijk gehandicapte en "
          "langdurig zieke leerlingen) of hoog (meervoudig gehandicapte leerlingen)."),
        H2("7.3 Duur"),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor twee "
          "schooljaren; voor leerlingen jonger dan zes jaar voor één schooljaar. Een TLV die na 1 januari wordt afgegeven, "
          "wordt verlengd met de rest van het lopende schooljaar."),
        H2("7.4 Afloop van de TLV"),
        P("In het laatste jaar van een TLV voor het so evalueert de school voor speciaal onderwijs vóór 1 februari het OPP van "
          "de leerling. Laat die evaluatie zien dat onderwijs op een reguliere school of het sbo mogelijk is, dan meldt de "
          "so-school dat vóór 1 maart bij het loket. De consulent zoekt samen met de so-school een passende school; het bestuur "
          "van de ontvangende school beslist over de inschrijving. Is terugkeer nog niet mogelijk, dan dient het bestuur van de "
          "so-school vóór 1 april een aanvraag voor een nieuwe TLV in, die volgens de procedure van paragraaf 7.1 wordt "
          "behandeld."),
        P("Een uitgewerkt beleid voor terugplaatsing – met doelen, randvoorwaarden en afspraken over ondersteuning na de "
          "overstap – staat op de agenda voor het schooljaar 2026-2027. De werkgroep die dit voorbereidt, wordt in het "
          "eerste planjaar samengesteld."),
        H1("8 Thuiszitters en zorgplicht"),
        P("Geen kind hoort thuis te zitten. Toch gebeurt het, soms wekenlang. Met de leerplichtambtenaren van de drie "
          "gemeenten is afgesproken dat iedere leerling die langer dan vier weken geen onderwijs volgt, binnen twee weken na "
          "melding wordt besproken aan de thuiszitterstafel. Daar zitten de school, de consulent, leerplicht en het lokale team "
          "aan tafel. De directeur-bestuurder heeft doorzettingsmacht: als partijen er niet uitkomen, wijst zij binnen tien "
          "werkdagen een school of voorziening aan die de leerling tijdelijk opvangt."),
        P("Voor de zorgplicht hebben de besturen afgesproken dat de school van aanmelding binnen zes weken (eenmaal te "
          "verlengen met vier weken) een passende plek biedt, op de eigen of een andere school. Lukt dat niet, dan schakelt de "
          "school het loket in, dat binnen twee weken een casusoverleg organiseert met de besturen die een plek kunnen bieden."),
        H1("9 Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Na "
          "aftrek van de afdrachten aan DUO voor het speciaal onderwijs en de overdracht aan het sbo (de groeiregeling, "
          "peildatum 1 februari) verdelen wij de middelen volgens het verdeelmodel dat de Algemene Vergadering in december "
          "2024 heeft vastgesteld:"),
        B("schoolbudget: elk bestuur ontvangt € 172 per leerling op de teldatum 1 oktober van het voorgaande jaar, plus een "
          "vaste voet van € 7.500 per vestiging; het bestuur zet dit budget in voor arrangementen op niveau 3 in zijn scholen;",
          "bovenschoolse voorzieningen (niveau 4) worden rechtstreeks door het samenwerkingsverband bekostigd op basis van "
          "een jaarlijkse dienstverleningsovereenkomst met het bestuur dat de voorziening uitvoert;",
          "individuele arrangementen boven € 10.000 per leerling per jaar worden op aanvraag toegekend door de CvT, getoetst aan "
          "de criteria in het arrangementenreglement dat als bijlage C bij dit plan hoort en in dit hoofdstuk is samengevat: "
          "de ondersteuning is niet binnen het schoolbudget te organiseren, er is een OPP met meetbare doelen, en de duur is "
          "ten hoogste één schooljaar."),
        P("Meerjarenbegroting (bedragen x € 1.000):"),
        T([["", "2025", "2026", "2027", "2028"],
           ["Baten ondersteuningsbudget", "13.420", "13.260", "13.110", "12.980"],
           ["Afdrachten so en sbo", "-6.910", "-6.880", "-6.850", "-6.830"],
           ["Schoolbudgetten besturen", "3.120", "3.090", "3.060", "3.030"],
           ["Bovenschoolse voorzieningen", "1.640", "1.690", "1.720", "1.720"],
           ["Individuele arrangementen", "720", "700", "690", "680"],
           ["Bureau, loket en deskundigen", "1.210", "1.230", "1.240", "1.250"],
           ["Saldo", "-180", "-330", "-450", "-530"]]),
        P("De negatieve saldi zijn bewust begroot: het samenwerkingsverband bouwt zijn reserve af tot de signaleringswaarde. "
          "Eind 2024 bedroeg de algemene reserve € 2,9 miljoen; de signaleringswaarde ligt op € 1,4 miljoen. Het "
          "weerstandsvermogen blijft in de planperiode boven de ondergrens van 5% van de baten."),
        P("Besturen verantwoorden jaarlijks vóór 1 mei de besteding van hun schoolbudget in een bestedingsrapportage per "
          "school, volgens een vast format waarin het aantal arrangementen, de ingezette formatie en de uitgaven zijn "
          "opgenomen. Het bureau bundelt de rapportages voor de Algemene Vergadering."),
        H1("10 Ambities en beoogde resultaten"),
        P("Wij hebben voor deze planperiode vijf ambities geformuleerd. Bij elke ambitie hoort een beoogd resultaat voor "
          "leerlingen die extra ondersteuning nodig hebben:"),
        T([["Ambitie", "Beoogd resultaat uiterlijk juli 2029"],
           ["Basis op orde", "Alle 74 vestigingen voldoen aan het kader 'Basis op orde'."],
           ["Thuisnabij", "Het deelnamepercentage sbo en so blijft ten hoogste 3,1%."],
           ["Niemand thuis", "Op elke peildatum zitten maximaal vijf leerlingen langer dan vier weken thuis."],
           ["Snel duidelijkheid", "90% van de TLV-aanvragen is binnen zes weken afgehandeld."],
           ["Vakmanschap", "Elke school heeft een gecertificeerde gedragsspecialist of heeft er een afspraak over."]]),
        P("Hoe wij deze ambities gaan volgen, meten en erover rapporteren, leggen wij vast in een monitorings- en "
          "kwaliteitskader. Dat kader wordt in het eerste planjaar ontwikkeld en aan de OPR voorgelegd."),
        H1("11 Samenwerking met gemeenten (OOGO)")] + f_oogo(c)
    b += [
        H1("12 Communicatie"),
        P("Goede communicatie met scholen en partners is een voorwaarde voor de uitvoering van dit plan. Het "
          "samenwerkingsverband verstuurt zes keer per jaar een nieuwsbrief aan directeuren en intern begeleiders. Op het "
          "besloten deel van de website vinden scholen formulieren, handreikingen en het scholingsaanbod. Voor de gemeenten "
          "verschijnt twee keer per jaar een bestuurlijke notitie."),
        P("Ouders zijn voor ons een belangrijke doelgroep. Een communicatieplan gericht op ouders wordt in 2026 opgesteld; "
          "tot die tijd verwijzen wij voor actuele informatie naar de scholen zelf."),
        H1("13 Organisatie, governance en medezeggenschap")] + f_governance(c) + [H2("Medezeggenschap")] + f_opr(c)
    b += [H1("14 Personeel, professionalisering en ICT")] + f_personeel(c) + [H2("ICT en privacy")] + f_ict(c)
    b += [H1("15 Planning en totstandkoming")] + f_planning(c) + f_totstandkoming(c)
    b += [H1("Bijlage A Begrippenlijst")] + f_glossary(
        ["arrangement", "basisondersteuning", "dekkend", "meerjarenbegroting", "ojsp", "onderwijsconsulent", "opp",
         "terugplaatsing", "tlv", "verdeelmodel", "zorgplicht"])
    b += [H1("Bijlage B Afkortingen")] + f_abbr(["PBS – Positive Behavior Support", "sbo – speciaal basisonderwijs",
                                                 "so – speciaal onderwijs"])
    return b


LABEL_VLIET = dict(
    documents=["po-vlietstreek-ondersteuningsplan-2025-2029.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial", "financien": "present",
              "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "H5 'Basis op orde': binding minimum for every vestiging plus a concrete list of eight provisions; 5.1 kwaliteitskaart/verbeterplan = borging.",
        "plaatsing": "H7: steps 1-4 with CvT and 6-week term, sbo and so criteria, categories laag/midden/hoog, duration; no bezwaar route described.",
        "terugstroom": "Procedure only, hidden in 7.4 'Afloop van de TLV' (evaluation before 1 Feb, report to loket, new TLV before 1 April); policy deferred to 2026-2027.",
        "financien": "H9 'Geld en middelen': verdeelmodel (EUR 172 per leerling, vaste voet), meerjarenbegroting table, reserves, bestedingsrapportage.",
        "dekkend-aanbod": "H6 five-level continuum with named voorzieningen; 6.1 annual scan with two witte vlekken and actions; H8 thuiszitters; H11 OOGO.",
        "resultaten": "H10 table of beoogde resultaten with targets; monitoring explicitly deferred to a kader 'in het eerste planjaar'.",
        "ouders": "Only title page, legal list in H2, glossary (OJSP, onderwijsconsulenten) and H12 deferral of a communicatieplan for ouders (2026): nothing addressed.",
    },
)


# ---------------------------------------------------------------------------
# Plan 2 - VO Kempenrand, Word without heading styles (bold/italic Normal paragraphs).
# ---------------------------------------------------------------------------

CTX_KEMPEN = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-09)",
    naam_kort="Kempenrand", sector="vo", onderwijs="voortgezet onderwijs, voortgezet speciaal onderwijs",
    periode="2025-2029", start=2025, n_ateliers="vier", directeur="J.H. (Hans) Verhoeven MSc",
    plaats="Valkenswaard", datum_voorwoord="februari 2025", gemeenten="Bergeijk, Valkenswaard, Heeze-Leende, Cranendonck, Waalre en Eersel",
    n_besturen=7, n_scholen=11, extra_scholen=", een school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs",
    ll_regulier=["9.804", "9.770", "9.702", "9.615"], ll_scholen=["14", "14", "14", "14"],
    ll_pct=["3,4", "3,5", "3,5", "3,6"], fte_bureau=14, parents_role=True, pct=True, jaarverslag=True,
    d_ontwerp="21 januari 2025", d_oogo="12 maart 2025", d_opr="26 maart 2025", d_vast="2 april 2025",
)


def plan_kempen():
    c = CTX_KEMPEN
    toc = ["1. Voorwoord", "2. Wettelijk kader en leeswijzer", "3. De regio in cijfers", "4. Koers 2025-2029",
           "5. Basisondersteuning", "   5.1 Het niveau van basisondersteuning", "   5.2 Wat elke school biedt",
           "6. Het ondersteuningsaanbod in de regio", "7. Toewijzing: vso, lwoo en praktijkonderwijs",
           "8. Thuiszitters en verzuim", "9. Kwaliteit en resultaten", "10. Communicatie",
           "11. Gemeenten en jeugdhulp", "12. Organisatie en middelen", "13. Totstandkoming",
           "Bijlage 1 Begrippen", "Bijlage 2 Afkortingen"]
    b = [("title", ["Ondersteuningsplan Kempenrand 2025-2029", "Elke jongere een plek die past",
                    c["naam"], "Vastgesteld door het algemeen bestuur op 2 april 2025"]), ("toc", toc)]
    b += [H1("1. Voorwoord")] + f_voorwoord(c)
    b += [H1("2. Wettelijk kader en leeswijzer")] + f_wettelijk(c) + f_leeswijzer(c, toc)
    b += [H1("3. De regio in cijfers")] + f_regio(c)
    b += [H1("4. Koers 2025-2029")] + f_visie(c) + [H2("Terugblik")] + f_terugblik_activiteiten(c)
    b += [
        H1("5. Basisondersteuning"),
        H2("5.1 Het niveau van basisondersteuning"),
        P("Basisondersteuning is in Kempenrand het door alle besturen afgesproken minimumniveau van ondersteuning dat iedere "
          "school en iedere vestiging biedt, ook de school voor praktijkonderwijs. Het niveau is door het algemeen bestuur "
          "vastgesteld en geldt voor alle aangesloten scholen, ongeacht hun profiel of omvang. Een leerling hoeft voor "
          "basisondersteuning geen aanvraag te doen en er is geen besluit van het samenwerkingsverband voor nodig."),
        P("Basisondersteuning is daarmee iets anders dan de basiskwaliteit die de inspectie van elke school vraagt. Het gaat "
          "niet om de kwaliteit van het onderwijs in het algemeen, maar om de ondersteuning die een school zonder tussenkomst "
          "van het samenwerkingsverband kan geven."),
        H2("5.2 Wat elke school biedt"),
        P("De standaarden en de bijbehorende voorzieningen zijn vastgelegd in het Referentiedocument Basisondersteuning "
          "Kempenrand (bijlage 3, afzonderlijk gepubliceerd). Welke voorzieningen een school concreet inzet, lezen ouders en "
          "leerlingen in de schoolgids van de betreffende school. Het referentiedocument wordt in het schooljaar 2025-2026 "
          "geactualiseerd, mede in het licht van de landelijke norm basisondersteuning."),
        H1("6. Het ondersteuningsaanbod in de regio"),
        P("Het aanbod in Kempenrand loopt van lichte ondersteuning in de klas tot voortgezet speciaal onderwijs. De "
          "onderdelen sluiten op elkaar aan, zodat een jongere kan op- en afschalen zonder van voren af aan te beginnen:"),
        B("Extra ondersteuning op de eigen school: elke school heeft een ondersteuningscoördinator en een "
          "ondersteuningsteam, en kan bij het samenwerkingsverband een arrangement aanvragen, bijvoorbeeld begeleiding door "
          "een ambulant begeleider of een plek in de trajectklas van de school.",
          "Flexklassen op vier scholen: een kleinere groep met een eigen mentor voor leerlingen die (tijdelijk) niet in een "
          "gewone klas kunnen functioneren, met terugkeer naar de eigen klas als doel.",
          "OPDC De Overstap in Valkenswaard: tijdelijke plaatsing van maximaal één schooljaar voor leerlingen met een "
          "stagnerende schoolloopbaan, met behoud van inschrijving op de eigen school.",
          "Reboundvoorziening Kempenrand: opvang van zes tot twaalf weken bij ernstige gedragsproblemen.",
          "Voortgezet speciaal onderwijs: vso De Kempenhorst (cluster 4) en vso Het Spectrum (cluster 3), plus plaatsingen "
          "buiten de regio, onder meer voor zeer moeilijk lerende en meervoudig beperkte leerlingen.",
          "Praktijkonderwijs: Praktijkcollege Kempenrand, en lwoo binnen de vmbo-leerwegen van zes scholen."),
        P("Iedere school heeft een vaste onderwijsadviseur van het samenwerkingsverband. De adviseur schuift aan bij het "
          "ondersteuningsteam en is het eerste aanspreekpunt bij de route naar een arrangement of een voorziening."),
        H2("6.1 Waar het aanbod tekortschiet"),
        P("Twee keer per jaar, in november en in mei, brengt het bureau in kaart welke leerlingen geen passende plek hebben of "
          "op een wachtlijst staan. De besturen bespreken dit overzicht in het directeurenoverleg en spreken per leerling af "
          "welke school of voorziening de eerste verantwoordelijkheid neemt. Structurele gaten worden geagendeerd in het "
          "algemeen bestuur. Voor deze planperiode zijn de volgende tekorten vastgesteld en is actie afgesproken:"),
        B("hoogbegaafde leerlingen met autisme vallen tussen wal en schip; in 2026 start een kleinschalige "
          "havo/vwo-voorziening bij vso Het Spectrum, samen met het samenwerkingsverband in de buurregio;",
          "voor vmbo-leerlingen met een combinatie van psychiatrische problematiek en schoolverzuim is de wachttijd bij "
          "het OPDC opgelopen tot tien weken; vanaf januari 2026 worden acht extra plaatsen ingericht."),
        H1("7. Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("7.1 Toelaatbaarheid tot het vso"),
        P("Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt bij het Loket "
          "Kempenrand een toelaatbaarheidsverklaring aan. Bij de aanvraag horen het OPP met de evaluatie van ten minste één "
          "arrangement, het onderwijskundig rapport en de zienswijze van ouders en leerling. Het loket bevestigt de "
          "ontvangst binnen vijf werkdagen."),
        P("Twee deskundigen adviseren afzonderlijk en schriftelijk: een orthopedagoog of psycholoog, en een tweede "
          "deskundige die past bij de vraag van de leerling, zoals een kinder- en jeugdpsychiater, een maatschappelijk "
          "werker of een arts. Vervolgens beslist de TLV-commissie binnen zes weken; deze termijn kan eenmaal met vier weken "
          "worden verlengd. Ouders ontvangen het besluit en een kopie van beide adviezen."),
        P("Een leerling is toelaatbaar tot het vso wanneer: (a) de ondersteuningsbehoefte, blijkens het OPP, structureel groter "
          "is dan wat een reguliere school met arrangementen en de bovenschoolse voorzieningen kan bieden; (b) ten minste één "
          "arrangement is ingezet en geëvalueerd, behalve bij een crisis of een evident zware beperking; en (c) de leerling "
          "aangewezen is op een kleine, gespecialiseerde leeromgeving met een doorlopend pedagogisch klimaat. Bij cluster 3 "
          "bepaalt de commissie ook de bekostigingscategorie (laag, midden of hoog)."),
        P("Een TLV wordt afgegeven voor twee of drie schooljaren, tot uiterlijk 31 juli van het laatste jaar. Tegen het "
          "besluit kunnen ouders binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        H2("7.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs hanteert Kempenrand de landelijke criteria. Voor lwoo betekent dit een IQ tussen 75 "
          "en 90 met een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 "
          "met een leerachterstand en sociaal-emotionele problematiek. Voor praktijkonderwijs geldt een IQ tussen 55 en 80 en "
          "een leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk "
          "rekenen. De VO-school (voor pro: de school voor praktijkonderwijs) dient de aanvraag vóór 1 oktober in via het "
          "loket; de commissie beslist binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        H2("7.3 Na de TLV: terug naar het regulier"),
        P("Kempenrand wil dat een leerling niet langer in het vso blijft dan nodig is. Ons uitgangspunt is dat iedere "
          "vso-leerling die zich daarvoor eignet, terugkeert naar een reguliere school zo dicht mogelijk bij huis. "
          "Voorwaarden zijn dat het OPP laat zien dat de leerling het reguliere lesprogramma met ondersteuning kan volgen, "
          "dat de leerling en ouders achter de overstap staan en dat de ontvangende school een plan voor de begeleiding heeft. "
          "Na de overstap krijgt de leerling een terugkeerarrangement: een jaar lang begeleiding door een ambulant begeleider "
          "van de vso-school en een vast contactmoment per maand met de mentor."),
        P("De procedure is als volgt. De vso-school bespreekt jaarlijks bij de evaluatie van het OPP of terugkeer mogelijk is. "
          "In het laatste jaar van de TLV neemt de vso-school vóór 1 maart het initiatief voor een gesprek met leerling, "
          "ouders en de onderwijsadviseur. Kiest men voor terugkeer, dan zoekt de adviseur een ontvangende school en volgt "
          "een proefplaatsing van zes weken. De ontvangende school beslist daarna over de definitieve inschrijving. Na drie "
          "maanden evalueren alle betrokken partijen de overstap. Is terugkeer niet mogelijk, dan vraagt de vso-school vóór "
          "1 april een nieuwe TLV aan."),
        P("In het schooljaar 2023-2024 keerden 14 leerlingen uit het vso terug naar een reguliere school; 12 van hen zaten een "
          "jaar later nog op die school."),
        H1("8. Thuiszitters en verzuim"),
        P("Iedere jongere die langer dan vier weken niet naar school gaat, wordt binnen twee weken besproken in het "
          "thuiszittersoverleg van het samenwerkingsverband, met leerplicht, de school en het wijkteam. Er wordt een "
          "regisseur aangewezen die binnen zes weken een plan voor terugkeer naar onderwijs oplevert. Lukt dat niet, dan "
          "escaleert de regisseur naar de directeur-bestuurder, die met de besturen een plek afdwingt. Met de gemeenten is "
          "afgesproken dat vrijstellingen op grond van artikel 5 onder a van de Leerplichtwet alleen worden afgegeven na "
          "bespreking in dit overleg."),
        H1("9. Kwaliteit en resultaten"),
        P("Voor deze planperiode hebben wij beoogde resultaten geformuleerd voor leerlingen die extra ondersteuning nodig "
          "hebben. De resultaten zijn meetbaar en worden jaarlijks gevolgd."),
        T([["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
           ["Thuiszitters langer dan drie maanden (peildatum 1 oktober)", "23", "ten hoogste 10"],
           ["Leerlingen in het OPDC die binnen een jaar terugkeren naar de eigen school", "58%", "75%"],
           ["Leerlingen met een arrangement dat hun OPP-doelen haalt", "61%", "75%"],
           ["Doorlooptijd TLV binnen zes weken", "82%", "95%"],
           ["Tevredenheid van scholen over de onderwijsadviseur (schaal 1-10)", "7,1", "7,5 of hoger"]]),
        P("Wij volgen de resultaten met het dashboard Kempenrand, dat twee keer per jaar wordt gevuld met gegevens uit het "
          "loket, de leerplichtadministratie en de evaluaties van arrangementen. De uitkomsten worden in februari en "
          "september besproken met het directeurenoverleg, de raad van toezicht en de OPR. In het jaarverslag leggen wij "
          "verantwoording af over de bereikte resultaten en vergelijken die met de streefwaarden. Halverwege de "
          "planperiode, in 2027, laten wij een externe evaluatie uitvoeren."),
        P("In de vorige planperiode daalde het aantal langdurige thuiszitters van 31 naar 23 en steeg het aandeel "
          "TLV-besluiten binnen de termijn van 70% naar 82%. Niet alle doelen zijn gehaald: het aantal leerlingen in het "
          "OPDC dat terugkeerde naar de eigen school bleef achter."),
        H1("10. Communicatie"),
        P("Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is en hoe zij daar komen. Het "
          "samenwerkingsverband informeert hen langs verschillende wegen. Op de website staat een ouderpagina met uitleg over "
          "basisondersteuning, arrangementen, het OPDC, de rebound en het vso, en met de route naar een TLV. De folder 'Extra "
          "steun op de middelbare school' is verkrijgbaar in het Nederlands, Engels, Arabisch en Pools en wordt via de "
          "basisscholen meegegeven bij de overstap naar het vo. Elk najaar organiseren wij samen met het "
          "samenwerkingsverband PO twee informatieavonden over de overstap van leerlingen met een ondersteuningsbehoefte."),
        P("Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jongerensteunpunt Kempenrand. Het "
          "steunpunt wordt bemand door twee ervaringsdeskundige ouders en een jongerenwerker, werkt los van scholen en "
          "bureau, en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur. Ook kunnen ouders kosteloos een "
          "beroep doen op de Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld door de landelijke "
          "klachtencommissie waarbij wij zijn aangesloten; geschillen over toelating, verwijdering of het OPP kunnen worden "
          "voorgelegd aan de Geschillencommissie passend onderwijs."),
        P("De rol van ouders en leerlingen stopt niet bij informatie. Ouders en leerlingen worden betrokken bij het opstellen "
          "van het OPP; leerlingen hebben hoorrecht. In de OPR zijn ouders en leerlingen vertegenwoordigd."),
        H1("11. Gemeenten en jeugdhulp")] + f_oogo(c)
    b += [H1("12. Organisatie en middelen")] + f_governance(c) + [H2("Medezeggenschap")] + f_opr(c) + f_personeel(c) + [
        H2("Huisvesting en ICT")] + f_ict(c) + [
        P("De financiële vertaling van dit plan is opgenomen in de meerjarenbegroting, die het bestuur jaarlijks in december "
          "vaststelt en daarna aan de OPR toezendt.")]
    b += [H1("13. Totstandkoming")] + f_totstandkoming(c) + f_planning(c)
    b += [H1("Bijlage 1 Begrippen")] + f_glossary(
        ["arrangement", "basisondersteuning", "dekkend", "lwoo", "meerjarenbegroting", "ojsp", "opdc", "opp", "pro",
         "terugplaatsing", "tlv", "verdeelmodel"])
    b += [H1("Bijlage 2 Afkortingen")] + f_abbr(["lwoo – leerwegondersteunend onderwijs", "pro – praktijkonderwijs",
                                                 "vso – voortgezet speciaal onderwijs"])
    return b


LABEL_KEMPEN = dict(
    documents=["vo-kempenrand-ondersteuningsplan.docx"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present", "financien": "missing",
              "dekkend-aanbod": "present", "resultaten": "present", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "5.1 defines the binding minimum for every vestiging; 5.2 'Wat elke school biedt' only refers to an absent bijlage 3 and the schoolgidsen: inhoud not addressed.",
        "plaatsing": "H7: vso TLV procedure (loket, two deskundigen, TLV-commissie, 6+4 weeks), criteria (a)-(c), duration, LBT bezwaar; lwoo/pro criteria and procedure in 7.2.",
        "terugstroom": "Hidden in 7.3 'Na de TLV' inside the toewijzing chapter: policy (thuisnabij, conditions, terugkeerarrangement) and procedure (1 March, proefplaatsing, evaluation); 14 returns in 2023-2024.",
        "financien": "No verdeling or begroting anywhere; only a one-line reference to the separately adopted meerjarenbegroting in H12, governance passing mentions and glossary entries.",
        "dekkend-aanbod": "H6 continuum (flexklassen, OPDC, rebound, vso, pro/lwoo) and 6.1 twice-yearly gap inventory with actions; H8 thuiszitters; H11 OOGO.",
        "resultaten": "H9 table with nulmeting and streefwaarden 2029, dashboard twice a year, jaarverslag, external evaluation 2027, achieved figures previous period.",
        "ouders": "Under H10 'Communicatie': ouderpagina, multilingual folder, info evenings; independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, klachten/geschillen.",
    },
)


# ---------------------------------------------------------------------------
# Plan 3 - PO De Drechtlanden, Word with heading styles and many tables, delivered as PDF.
# ---------------------------------------------------------------------------

CTX_DRECHT = dict(
    naam="Samenwerkingsverband Passend Onderwijs De Drechtlanden PO (PO 24-06)",
    naam_kort="De Drechtlanden", sector="po", onderwijs="basisonderwijs, speciaal basisonderwijs",
    periode="2025-2029", start=2025, n_ateliers="vijf", directeur="A. (Anouk) Stoop",
    plaats="Zwijndrecht", datum_voorwoord="februari 2025", gemeenten="Zwijndrecht, Hendrik-Ido-Ambacht, Alblasserwaard-West en Papendrecht",
    n_besturen=9, n_scholen=64, extra_scholen=", drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
    ll_regulier=["13.140", "13.066", "12.990", "12.870"], ll_scholen=["69", "69", "69", "69"],
    ll_pct=["2,6", "2,7", "2,7", "2,8"], fte_bureau=16, parents_role=True, pct=True, jaarverslag=True,
    d_ontwerp="10 december 2024", d_oogo="20 februari 2025", d_opr="5 maart 2025", d_vast="12 maart 2025",
)


def plan_drecht():
    c = CTX_DRECHT
    toc = ["1 Voorwoord", "2 Inleiding", "3 De Drechtlanden in beeld", "4 Onze koers", "5 Ondersteuning op elke school",
           "6 Van basis naar speciaal", "7 Toelaatbaarheid", "8 Financieel kader", "9 Resultaten en kwaliteitszorg",
           "10 Ouders en school", "11 Jeugdhulp en gemeenten", "12 Bestuur, medezeggenschap en bureau",
           "13 Jaarcyclus en totstandkoming", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingenlijst"]
    b = [("title", ["Ondersteuningsplan 2025-2029", c["naam"],
                    "Basisondersteuning – toelaatbaarheid – terugplaatsing – financiën – resultaten – ouders"]),
         ("toc", toc)]
    b += [H1("1 Voorwoord")] + f_voorwoord(c)
    b += [H1("2 Inleiding")] + f_wettelijk(c) + f_leeswijzer(c, toc)
    b += [H1("3 De Drechtlanden in beeld")] + f_regio(c) + [
        P("De krimp in het leerlingaantal is niet overal even groot: in Zwijndrecht-Noord en Papendrecht is het "
          "leerlingaantal stabiel, terwijl enkele dorpsscholen in Alblasserwaard-West de afgelopen vijf jaar een teruglopend "
          "leerlingaantal van meer dan tien procent zagen. Dat heeft gevolgen voor de spreiding van expertise over de regio.")]
    b += [H2("Terugblik")] + f_terugblik_activiteiten(c)
    b += [H1("4 Onze koers")] + f_visie(c)
    b += [
        H1("5 Ondersteuning op elke school"),
        P("Alle 64 basisscholen in De Drechtlanden bieden hetzelfde niveau van basisondersteuning. Dat niveau is het minimum "
          "dat elke vestiging waarmaakt, ongeacht bestuur, denominatie of omvang, en is in 2024 door het algemeen bestuur "
          "opnieuw vastgesteld. Tabel 2 geeft weer wat u op iedere school mag verwachten."),
        P("Tabel 2 – Basisondersteuning in De Drechtlanden"),
        T([["Domein", "Wat elke school biedt"],
           ["Organisatie", "Intern begeleider (min. 1 dag per 150 leerlingen); ondersteuningsteam 4x per jaar met "
                           "schoolmaatschappelijk werk en orthopedagoog SWV"],
           ["Leren", "Dyslexieprotocol en protocol ernstige rekenproblemen; extra instructie in de groep; "
                     "leesinterventie groep 3-4"],
           ["Gedrag", "Schoolbrede gedragsaanpak; aandachtsfunctionaris; individueel gedragsplan na twee "
                      "incidentmeldingen"],
           ["Begaafdheid", "Compacten en verrijken; verrijkingsgroep op school vanaf groep 4"],
           ["Taal/NT2", "Taalondersteuning in de groep; schakelklas bij drie scholen toegankelijk voor alle scholen"],
           ["Fysiek/medisch", "Protocol medisch handelen; aangepast meubilair binnen twee weken beschikbaar"],
           ["Werkwijze", "Handelingsgericht werken; groepsplan of groepsoverzicht; OPP bij een eigen leerlijn"]]),
        P("Deze afspraken vormen samen de basis waarop extra ondersteuning voortbouwt. Scholen beschrijven in hun "
          "schoolgids hoe zij de basisondersteuning invullen en welke extra expertise zij daarnaast hebben."),
        H1("6 Van basis naar speciaal"),
        P("Het ondersteuningsaanbod in De Drechtlanden bestaat uit vier lagen die elkaar aanvullen. Tabel 3 laat zien welke "
          "voorziening bij welke laag hoort en wie de ondersteuning uitvoert."),
        T([["Laag", "Voorziening", "Uitvoering"],
           ["A – Basis", "Basisondersteuning (tabel 2)", "Leraar, IB'er, ondersteuningsteam"],
           ["B – Extra op school", "Arrangement in de school: ambulante begeleiding, RT, kleine groep", "School met "
            "expertise van SWV of sbo"],
           ["C – Bovenschools", "Taalschool De Brug; plusklas De Sprong (1 dag/week); Rots & Water-trainingen; "
                               "observatieplaatsing sbo (12 weken)", "Besturen in opdracht van het SWV"],
           ["D – Speciaal", "Sbo De Horizon, sbo De Vlieger, sbo Het Kompas; so De Pijler (cluster 4) en so De "
                            "Merwedehof (cluster 3)", "Sbo- en so-scholen"]]),
        P("Een school die vastloopt, bespreekt de leerling in het ondersteuningsteam. Het team kan een arrangement "
          "op laag B aanvragen bij het samenwerkingsverband of verwijzen naar een voorziening op laag C. De consulent van het "
          "samenwerkingsverband begeleidt die route."),
        P("Of ons aanbod voor alle leerlingen dekkend is, brengen wij in beeld zodra de regionale monitor van de gemeenten "
          "beschikbaar is; die wordt in de loop van 2026 verwacht. Het thema thuiszitters pakken wij op zodra de regionale "
          "thuiszittersaanpak is vastgesteld."),
        H1("7 Toelaatbaarheid"),
        P("Wanneer een leerling meer nodig heeft dan de lagen A tot en met C bieden, kan het schoolbestuur een "
          "toelaatbaarheidsverklaring voor het sbo of so aanvragen. De procedure verloopt als volgt:"),
        T([["Stap", "Wat gebeurt er", "Termijn"],
           ["1", "Het ondersteuningsteam van de school stelt het groeidocument op met de evaluatie van de geboden "
                 "ondersteuning", "–"],
           ["2", "Het schoolbestuur dient de aanvraag in bij het Steunpunt Toewijzing van het SWV", "–"],
           ["3", "Een orthopedagoog of psycholoog en een tweede deskundige brengen elk een eigen schriftelijk advies uit",
            "binnen 3 weken"],
           ["4", "De Commissie Toewijzing beslist en stuurt het besluit met de adviezen aan school en ouders",
            "binnen 6 weken na volledige aanvraag"]]),
        P("De huidige toelaatbaarheidscriteria dateren uit 2019 en sluiten niet meer aan bij de praktijk. Een werkgroep van "
          "intern begeleiders, sbo- en so-directeuren herijkt ze; de nieuwe criteria worden vóór de zomer van 2026 door het "
          "algemeen bestuur vastgesteld. Tot die tijd weegt de Commissie Toewijzing elke aanvraag op basis van de "
          "deskundigenadviezen en maatwerk."),
        H1("8 Financieel kader"),
        P("De middelen voor passend onderwijs zijn bedoeld voor leerlingen die extra ondersteuning nodig hebben. Het "
          "verdeelmodel van De Drechtlanden is een combinatie van een schoolmodel en een voorzieningenbudget. De kern is:"),
        T([["Onderdeel", "Verdeling", "Besluit door"],
           ["Schoolbudget", "€ 155 per leerling (teldatum 1 oktober t-1) aan het schoolbestuur", "Algemeen bestuur, "
            "jaarlijks in december"],
           ["Arrangementen laag B", "Toekenning per aanvraag; maximaal 1 schooljaar; bedrag op basis van normkosten",
            "Commissie Toewijzing"],
           ["Voorzieningen laag C", "Vast budget per voorziening op basis van aantal plaatsen", "Directeur-bestuurder"],
           ["Sbo en so", "Afdracht via DUO; groeibekostiging sbo met peildatum 1 februari", "Wettelijk"]]),
        P("Meerjarenbegroting (x € 1.000)"),
        T([["", "2025", "2026", "2027", "2028"],
           ["Baten", "11.960", "11.870", "11.790", "11.700"],
           ["Afdrachten sbo/so", "6.020", "6.010", "5.990", "5.980"],
           ["Schoolbudgetten", "2.010", "1.995", "1.980", "1.965"],
           ["Arrangementen laag B", "1.150", "1.150", "1.150", "1.150"],
           ["Voorzieningen laag C", "1.420", "1.420", "1.400", "1.380"],
           ["Organisatie en personeel", "1.240", "1.255", "1.270", "1.285"],
           ["Resultaat", "120", "40", "0", "-60"]]),
        P("De algemene reserve bedraagt op 1 januari 2025 € 1,6 miljoen en ligt daarmee iets onder de "
          "signaleringswaarde. Het bestuur houdt de reserve in de planperiode op dit niveau om risico's bij de afdrachten op "
          "te vangen."),
        H1("9 Resultaten en kwaliteitszorg"),
        P("Wij willen in 2029 het volgende bereikt hebben voor leerlingen met een ondersteuningsbehoefte:"),
        B("ten minste 80% van de arrangementen op laag B haalt de in het groeidocument gestelde doelen (2024: 68%);",
          "het deelnamepercentage sbo en so stijgt niet boven 2,8%;",
          "90% van de leerlingen in een voorziening op laag C keert binnen een jaar volledig terug in de eigen groep;",
          "alle scholen scoren bij de tweejaarlijkse zelfevaluatie voldoende op alle domeinen van tabel 2."),
        P("Elk kwartaal maakt het bureau een rapportage met kengetallen uit het aanvraagsysteem: aantallen en doorlooptijd "
          "van TLV's en arrangementen, gerealiseerde doelen per arrangement en bezetting van de voorzieningen. Twee keer per "
          "jaar worden de uitkomsten besproken met de besturen en de OPR, en in het jaarverslag rapporteren wij de bereikte "
          "resultaten naast de doelen. Het tevredenheidsonderzoek onder scholen en ouders wordt in 2026 en 2028 herhaald."),
        H1("10 Ouders en school"),
        P("Ouders kennen hun kind het best. Wij vinden het daarom belangrijk dat ouders weten welke ondersteuning er is en "
          "hoe zij daar samen met de school gebruik van kunnen maken. Op de website van het samenwerkingsverband staat een "
          "ouderwijzer die stap voor stap uitlegt wat basisondersteuning is, wat een arrangement inhoudt en hoe een "
          "toelaatbaarheidsverklaring wordt aangevraagd. Iedere school heeft de ouderfolder 'Passend onderwijs in De "
          "Drechtlanden' beschikbaar en verwijst in de schoolgids naar de ouderwijzer. Twee keer per jaar is er een "
          "thema-avond voor ouders, afwisselend in Zwijndrecht en Papendrecht."),
        P("Ouders zijn gesprekspartner bij het opstellen van het groeidocument en het OPP en worden uitgenodigd voor het "
          "ondersteuningsteam als hun kind wordt besproken. Zij tekenen voor gezien bij de aanvraag van een arrangement of TLV."),
        P("Met vragen over de ondersteuning van hun kind kunnen ouders in de eerste plaats terecht bij de leerkracht, de "
          "intern begeleider of de directeur van de school. Een onafhankelijk ouder- en jeugdsteunpunt richten wij in "
          "wanneer de wetgeving daartoe verplicht; de invulling daarvan volgt."),
        H1("11 Jeugdhulp en gemeenten")] + f_oogo(c)
    b += [H1("12 Bestuur, medezeggenschap en bureau")] + f_governance(c) + [H2("Ondersteuningsplanraad")] + f_opr(c) + [
        H2("Bureau en personeel")] + f_personeel(c) + [H2("Privacy en ICT")] + f_ict(c)
    b += [H1("13 Jaarcyclus en totstandkoming")] + f_planning(c) + f_totstandkoming(c)
    b += [H1("Bijlage 1 Begrippenlijst")] + f_glossary(
        ["arrangement", "basisondersteuning", "dekkend", "meerjarenbegroting", "ojsp", "onderwijsconsulent", "opp",
         "resultaten", "terugplaatsing", "tlv", "verdeelmodel", "zorgplicht"])
    b += [H1("Bijlage 2 Afkortingenlijst")] + f_abbr(["RT – remedial teaching", "sbo – speciaal basisonderwijs",
                                                     "so – speciaal onderwijs"])
    return b


LABEL_DRECHT = dict(
    documents=["po-drechtlanden-ondersteuningsplan-2025-2029.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing", "financien": "present",
              "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "H5: one-sentence level statement for all 64 schools; the concrete content is only in Tabel 2 (domains and provisions).",
        "plaatsing": "H7 procedure table (steps, Commissie Toewijzing, deskundigen, 6 weeks); criteria deferred: herijking, new criteria 'vóór de zomer van 2026', meanwhile 'maatwerk'.",
        "terugstroom": "Nothing: only 'terugplaatsing' in title page/glossary, 'teruglopend leerlingaantal', 'Terugblik', and return from a laag-C voorziening to the own group (not from s(b)o).",
        "financien": "H8 'Financieel kader': verdeelmodel table (EUR 155 per leerling, arrangements, voorzieningen, decision bodies) and meerjarenbegroting table; reserves.",
        "dekkend-aanbod": "H6 continuum in Tabel 3 (lagen A-D with named voorzieningen, route via OT/consulent); gap analysis and thuiszitters deferred to 2026 monitor; H11 OOGO.",
        "resultaten": "H9 four targets with 2024 baseline; quarterly kengetallen report, twice-yearly discussion, jaarverslag, tevredenheidsonderzoek.",
        "ouders": "H10 'Ouders en school': ouderwijzer, folder, thema-avonden (informatie); independent help only via school staff and a deferred OJSP ('de invulling volgt').",
    },
)


# ---------------------------------------------------------------------------
# Plan 4 - VO Zeeuwse Waarden, 'op hoofdlijnen', Word without heading styles, delivered as PDF.
# ---------------------------------------------------------------------------

CTX_ZEEUW = dict(
    naam="Stichting Passend Voortgezet Onderwijs Zeeuwse Waarden (VO 33-02)",
    naam_kort="Zeeuwse Waarden", sector="vo", onderwijs="voortgezet onderwijs",
    periode="2025-2029", start=2025, n_ateliers="drie", directeur="ir. P.C. (Pieter) Wisse",
    plaats="Goes", datum_voorwoord="april 2025", gemeenten="Goes, Borsele, Kapelle, Reimerswaal en Noord-Beveland",
    n_besturen=5, n_scholen=9, extra_scholen=", een school voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs",
    ll_regulier=["7.512", "7.460", "7.431", "7.388"], ll_scholen=["11", "11", "11", "11"],
    ll_pct=["3,9", "4,0", "4,0", "4,1"], fte_bureau=9, parents_role=True, pct=True, jaarverslag=True,
    d_ontwerp="28 januari 2025", d_oogo="-", d_opr="11 maart 2025", d_vast="18 maart 2025",
)


def plan_zeeuw():
    c = CTX_ZEEUW
    toc = ["1 Voorwoord", "2 Een plan op hoofdlijnen", "3 Onze regio", "4 Koers en ambities",
           "5 Basisondersteuning in Zeeuwse Waarden", "6 Toewijzing van vso, lwoo en pro",
           "7 Terug naar het regulier", "8 Middelen", "9 Monitoring en verantwoording", "10 Communicatie en informatie",
           "11 Leerlingen aan het woord", "12 Organisatie en medezeggenschap", "13 Bedrijfsvoering",
           "14 Vaststelling", "Bijlage Begrippen en afkortingen"]
    b = [("title", ["Ondersteuningsplan op hoofdlijnen 2025-2029", c["naam"],
                    "Samen werken aan een dekkend aanbod voor elke jongere"]), ("toc", toc)]
    b += [H1("1 Voorwoord")] + f_voorwoord(c)
    b += [
        H1("2 Een plan op hoofdlijnen"),
        P("Dit ondersteuningsplan is bewust compact. Het beschrijft wat wij als samenwerkingsverband willen bereiken en "
          "welke kaders wij daarvoor stellen. Hoe scholen dat in hun eigen praktijk vormgeven, bepalen zij grotendeels zelf. "
          "Uitwerkingen die vaker veranderen dan eens in de vier jaar – regelingen, formulieren, bedragen – staan niet in dit "
          "plan maar in afzonderlijke documenten en op de website. Zo blijft het plan leesbaar en blijven de uitwerkingen "
          "actueel.")] + f_wettelijk(c) + f_leeswijzer(c, toc)
    b += [H1("3 Onze regio")] + f_regio(c) + [
        P("De Bevelanden kennen een grote spreiding van kleine kernen. Veel leerlingen reizen dagelijks per bus of fiets "
          "naar Goes, waar het merendeel van de scholen staat. Reistijd is voor een deel van de leerlingen een factor bij de "
          "schoolkeuze, en dus ook bij de vraag welke ondersteuning thuisnabij beschikbaar is.")]
    b += [H1("4 Koers en ambities")] + f_visie(c) + [
        P("Het dekkend aanbod in onze regio brengen wij in 2026 in kaart in een afzonderlijke analyse. Geen enkele jongere "
          "mag thuiszitten; de aanpak daarvan werken wij samen met de gemeenten uit.")] + [
        H2("Terugblik")] + f_terugblik_activiteiten(c)
    b += [
        H1("5 Basisondersteuning in Zeeuwse Waarden"),
        P("De vijf besturen hebben afgesproken dat iedere vestiging in Zeeuwse Waarden, inclusief het praktijkonderwijs, ten "
          "minste hetzelfde niveau van basisondersteuning biedt. Dat niveau is de gezamenlijke ondergrens; het is door het "
          "bestuur vastgesteld en geldt zonder uitzondering. Voor basisondersteuning is geen aanvraag of besluit van het "
          "samenwerkingsverband nodig."),
        P("De afspraken zijn uitgewerkt in zes standaarden. Op iedere school in de regio kan een leerling rekenen op:"),
        B("een mentor die wekelijks tijd heeft voor de leerlingen in zijn groep en die de eerste signalen oppakt;",
          "een ondersteuningscoördinator en een ondersteuningsteam dat ten minste eens per zes weken bijeenkomt;",
          "begeleiding bij dyslexie en dyscalculie, met faciliteiten zoals extra tijd, auditieve ondersteuning en "
          "aangepaste toetsing;",
          "trainingen in sociale vaardigheden, faalangstreductie en examenvrees, minstens eenmaal per jaar op school;",
          "coaching bij plannen en organiseren (executieve functies) door een daarvoor geschoolde medewerker;",
          "een vaste opvangplek in de school met toezicht, waar een leerling die het in de les even niet redt terechtkan."),
        P("Iedere school legt in het voorjaar van 2026 en daarna om de twee jaar in een zelfevaluatie vast hoe zij aan de "
          "standaarden voldoet. Een collega-ondersteuningscoördinator van een andere school bezoekt de school en bespreekt "
          "de uitkomst. Schiet een school tekort, dan maakt het bestuur een verbeterplan en meldt het samenwerkingsverband "
          "de voortgang aan het bestuur."),
        H1("6 Toewijzing van vso, lwoo en pro"),
        P("De procedures en criteria voor de toelaatbaarheid tot het voortgezet speciaal onderwijs, de aanwijzing voor "
          "leerwegondersteunend onderwijs en de toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in de Regeling "
          "Toewijzing Zeeuwse Waarden. Die regeling is te raadplegen op www.zeeuwsewaarden-vo.nl/toewijzing en wordt jaarlijks "
          "bijgewerkt."),
        H1("7 Terug naar het regulier"),
        P("Voortgezet speciaal onderwijs is voor veel jongeren de juiste plek, maar niet altijd voor de hele schoolloopbaan. "
          "Ons beleid is erop gericht dat iedere vso-leerling die daaraan toe is, de overstap maakt naar een reguliere "
          "school of het praktijkonderwijs, bij voorkeur in de eigen woonplaats. Wij kiezen daarbij uitdrukkelijk voor een "
          "overstap aan het begin van een schooljaar of na een examenjaar, zodat de jongere niet midden in een lesprogramma "
          "instapt."),
        P("Voorwaarden voor terugkeer zijn: de jongere kan blijkens zijn OPP het programma van de reguliere school met "
          "ondersteuning volgen; jongere en ouders zijn het met de overstap eens; en de ontvangende school heeft een "
          "begeleidingsplan opgesteld. Na de overstap begeleidt het ambulante team van de vso-school de jongere gedurende "
          "een jaar, met ten minste één contactmoment per maand, en kan de ontvangende school bij terugval kosteloos "
          "consultatie inroepen."),
        P("Hoe de terugplaatsing stap voor stap verloopt – wie het initiatief neemt, welke evaluatiemomenten er zijn en wie "
          "besluit – werken de vso-school en het samenwerkingsverband samen uit in een draaiboek, dat in het voorjaar van "
          "2026 gereed moet zijn."),
        H1("8 Middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning. Na aftrek van de "
          "verplichte afdrachten voor het vso en het praktijkonderwijs verdeelt het bestuur de middelen als volgt:"),
        B("85% van de middelen voor lichte ondersteuning gaat naar de besturen, naar rato van hun leerlingaantal op 1 oktober "
          "van het voorgaande jaar;",
          "elke school ontvangt daarnaast een vaste voet van € 25.000, zodat ook kleine scholen een "
          "ondersteuningscoördinator kunnen bekostigen;",
          "15% blijft bij het samenwerkingsverband voor regionale taken en bovenschoolse afspraken die het bestuur jaarlijks "
          "vaststelt;",
          "het bestuur stelt de verdeling jaarlijks in december vast; besturen ontvangen de bedragen in twaalf termijnen."),
        P("Het weerstandsvermogen van het samenwerkingsverband ligt boven de signaleringswaarde. De afbouw van de bovenmatige "
          "reserve is in 2023 afgerond; het bestuur houdt een reserve aan van ongeveer 8% van de baten om risico's in de "
          "afdrachten op te vangen."),
        P("De meerjarenbegroting maakt geen deel uit van dit plan; zij wordt jaarlijks als afzonderlijk document door het "
          "bestuur vastgesteld. De besturen leggen in hun eigen bestedingsplannen vast waaraan zij de ontvangen middelen "
          "uitgeven."),
        H1("9 Monitoring en verantwoording"),
        P("Het samenwerkingsverband volgt de ontwikkelingen met de Monitor Zeeuwse Waarden. Twee keer per jaar, op 1 oktober en "
          "1 maart, worden daarin gegevens verzameld over het aantal leerlingen in vso, praktijkonderwijs en lwoo, het aantal "
          "terugplaatsingen, de doorlooptijd van aanvragen, het aantal verzuimmeldingen en de tevredenheid van scholen. De "
          "ondersteuningscoördinatoren leveren per school een korte kwalitatieve toelichting. De monitor wordt besproken in "
          "het bestuur en met de OPR; de uitkomsten worden gepubliceerd in het jaarverslag, dat ook een vergelijking met het "
          "voorgaande jaar bevat."),
        P("In het schooljaar 2023-2024 stonden 312 leerlingen ingeschreven in het vso (4,1% van alle leerlingen) en 268 in het "
          "praktijkonderwijs; negen leerlingen keerden terug uit het vso naar een reguliere school."),
        P("De beoogde resultaten voor deze planperiode worden na de nulmeting in het najaar van 2025 geformuleerd en in het "
          "jaarplan 2026 opgenomen."),
        H1("10 Communicatie en informatie"),
        P("Het samenwerkingsverband informeert ouders en jongeren over de ondersteuning in de regio via de website, de "
          "brochure 'Wegwijzer passend onderwijs' die iedere leerling van groep 8 bij de aanmelding ontvangt, en een "
          "informatieavond per school in het eerste leerjaar. In de wegwijzer staat welke basisondersteuning elke school "
          "biedt, welke extra ondersteuning mogelijk is en bij wie ouders op school terechtkunnen. Scholen nemen dezelfde "
          "informatie op in hun schoolgids."),
        P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jongerensteunpunt Zeeuwse Waarden, "
          "dat wij samen met het samenwerkingsverband PO financieren maar dat onafhankelijk werkt. Het steunpunt is "
          "bereikbaar op werkdagen via telefoon en app en houdt spreekuur in Goes en Kapelle. Ook kunnen ouders kosteloos "
          "een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt de klachtenregeling, "
          "die ouders kunnen voorleggen aan de onafhankelijke klachtencommissie waarbij wij zijn aangesloten."),
        H1("11 Leerlingen aan het woord"),
        P("Jongeren hebben het recht om gehoord te worden over hun eigen ondersteuning. Scholen betrekken leerlingen bij het "
          "opstellen en evalueren van het OPP, en leerlingen kunnen hun mening geven voordat het OPP wordt vastgesteld. Het "
          "samenwerkingsverband organiseert daarnaast eens per jaar een jongerenpanel, waarin leerlingen met "
          "ondersteuningservaring vertellen wat hen heeft geholpen en wat niet. De opbrengst van het panel wordt besproken "
          "in het bestuur en met de OPR."),
        P("Ook ouders worden betrokken: bij het OPP, in het ondersteuningsteam als hun kind wordt besproken en via de "
          "ondersteuningsplanraad. Wij zien ouders als partner bij het zoeken naar de juiste ondersteuning."),
        H1("12 Organisatie en medezeggenschap")] + f_governance(c) + [H2("Medezeggenschap")] + f_opr(c) + f_personeel(c)
    b += [H1("13 Bedrijfsvoering")] + f_ict(c) + [
        P("Het bureau is gehuisvest in een gedeeld kantoor met het samenwerkingsverband PO aan de Van de Spiegelstraat in "
          "Goes. De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor. De "
          "accountant controleert jaarlijks de jaarrekening en rapporteert over de rechtmatigheid."),
        P("Wij streven ernaar de bedrijfsvoering zo sober mogelijk te houden. De kosten van bureau en bestuur mogen niet "
          "meer bedragen dan een vast percentage van de baten; dat percentage wordt jaarlijks bij de begroting bepaald.")]
    b += [H1("14 Vaststelling")] + f_totstandkoming(c, oogo=False) + f_planning(c)
    b += [H1("Bijlage Begrippen en afkortingen")] + f_glossary(
        ["arrangement", "basisondersteuning", "dekkend", "lwoo", "meerjarenbegroting", "ojsp", "opdc", "opp", "pro",
         "resultaten", "terugplaatsing", "tlv", "verdeelmodel", "zorgplicht"]) + f_abbr(
        ["lwoo – leerwegondersteunend onderwijs", "pro – praktijkonderwijs", "vso – voortgezet speciaal onderwijs"])
    return b


LABEL_ZEEUW = dict(
    documents=["vo-zeeuwse-waarden-ondersteuningsplan.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial", "financien": "partial",
              "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "H5: binding minimum for every vestiging incl. pro, six concrete standaarden, biennial zelfevaluatie with verbeterplan.",
        "plaatsing": "H6 'Toewijzing van vso, lwoo en pro' only refers to the Regeling Toewijzing on the website: nothing addressed (report as verwezen).",
        "terugstroom": "H7: policy (aim thuisnabij, timing, conditions, one year ambulant support); the step-by-step procedure is deferred to a draaiboek 'voorjaar 2026'.",
        "financien": "H8 'Middelen': verdeling (85% naar rato 1 oktober, vaste voet EUR 25.000, 15% regional, decided in December) and reserves; begroting excluded from the plan, besteding left to the boards.",
        "dekkend-aanbod": "Nothing: 'dekkend aanbod' only on the title page, glossary and a 2026 deferral in H4; thuiszitters only a one-line intention; no continuum, no OOGO chapter.",
        "resultaten": "H9 Monitor twice a year, OPR, jaarverslag and 2023-2024 figures (monitoring); beoogde resultaten explicitly deferred to after the nulmeting (jaarplan 2026).",
        "ouders": "H10 'Communicatie en informatie': website, Wegwijzer brochure, info evenings, schoolgids; independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, klachtencommissie.",
    },
)


# ---------------------------------------------------------------------------
# Plan 5 - PO Veenkolonien-Noord, HTML web version.
# ---------------------------------------------------------------------------

CTX_VEEN = dict(
    naam="Samenwerkingsverband Primair Onderwijs Veenkoloniën-Noord (PO 21-04)",
    naam_kort="Veenkoloniën-Noord", sector="po", onderwijs="basisonderwijs, speciaal onderwijs",
    periode="2025-2029", start=2025, n_ateliers="vier", directeur="mr. H. (Hilde) Smid",
    plaats="Veendam", datum_voorwoord="maart 2025", gemeenten="Veendam, Pekela, Stadskanaal-Noord en Oldambt-Zuid",
    n_besturen=6, n_scholen=52, extra_scholen=", één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
    ll_regulier=["8.620", "8.533", "8.470", "8.391"], ll_scholen=["55", "55", "54", "54"],
    ll_pct=["-", "-", "-", "-"], fte_bureau=11, parents_role=True, pct=False, jaarverslag=False,
    d_ontwerp="3 december 2024", d_oogo="13 februari 2025", d_opr="26 februari 2025", d_vast="6 maart 2025",
)


def plan_veen():
    c = CTX_VEEN
    toc = ["1 Voorwoord", "2 Over dit plan", "3 Onze regio", "4 Visie: een stevige basis", "5 Toelaatbaarheid sbo en so",
           "6 Terug naar de basisschool", "7 Geen kind buiten beeld", "8 Financiën", "9 Ondersteuning voor ouders",
           "10 Gemeenten en jeugdhulp", "11 Organisatie", "12 Planning en vaststelling", "Begrippenlijst"]
    b = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], "Webversie – hoofdstukken 1 tot en met 12"]),
         ("toc", toc)]
    b += [H1("1 Voorwoord")] + f_voorwoord(c)
    b += [H1("2 Over dit plan")] + f_wettelijk(c) + f_leeswijzer(c, toc) + [
        P("Deze webversie is inhoudelijk gelijk aan de pdf-versie die de inspectie heeft ontvangen. Bij verschillen is de "
          "pdf-versie leidend.")]
    b += [H1("3 Onze regio")] + f_regio(c) + [
        P("Veenkoloniën-Noord is een gebied met relatief veel gezinnen die in armoede leven en met een bovengemiddeld "
          "gebruik van jeugdhulp. Scholen merken dat in de klas: meer leerlingen komen met een taalachterstand binnen, en "
          "problemen thuis werken door op school. Tegelijk kent de regio een sterke gemeenschapszin; scholen, "
          "dorpshuizen en verenigingen weten elkaar te vinden.")] + [H2("Terugblik")] + f_terugblik_activiteiten(c)
    b += [H1("4 Visie: een stevige basis")] + f_visie(c) + [
        P("Een stevige basis op iedere school is het fundament van passend onderwijs. De afspraken over het niveau en de "
          "inhoud van de basisondersteuning worden in 2026 herzien, in lijn met de landelijke norm basisondersteuning. Tot "
          "dan blijven de afspraken uit het ondersteuningsplan 2021-2025 van kracht.")]
    b += [
        H1("5 Toelaatbaarheid sbo en so"),
        P("De aanvraag van een toelaatbaarheidsverklaring verloopt volgens het Handboek Toewijzing 2025. Daarin staan de "
          "stappen, de termijnen, de samenstelling van de commissie en de formulieren. Het handboek is te vinden op de "
          "website van het samenwerkingsverband."),
        H2("Wanneer is een leerling toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle drie de volgende voorwaarden is "
          "voldaan:"),
        B("de leerling heeft een achterstand van ten minste anderhalf jaar op twee of meer van de domeinen technisch lezen, "
          "begrijpend lezen, spelling en rekenen, of laat gedrag zien dat het leren van de leerling en de groep structureel "
          "belemmert;",
          "de reguliere school heeft gedurende ten minste één schooljaar handelingsgericht gewerkt en een arrangement "
          "ingezet en geëvalueerd;",
          "de leerling heeft naar verwachting langer dan één jaar onderwijs nodig in een groep van ten hoogste vijftien "
          "leerlingen met specialistische begeleiding."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) wanneer de ondersteuningsbehoefte zo "
          "intensief en complex is dat ook het sbo die niet kan bieden, bijvoorbeeld door een (zeer) moeilijk lerende "
          "ontwikkeling, een ernstige lichamelijke beperking of langdurige ziekte, of ernstige psychiatrische problematiek "
          "waarvoor onderwijs en zorg gecombineerd moeten worden. De bekostigingscategorie (laag, midden of hoog) volgt uit "
          "de aard van de beperking: laag voor zml en cluster 4, midden voor lichamelijk gehandicapte en langdurig zieke "
          "leerlingen, hoog voor meervoudig gehandicapte leerlingen."),
        P("Een TLV voor het sbo wordt afgegeven voor de duur van de basisschoolperiode, een TLV voor het so voor twee "
          "schooljaren. Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken; het "
          "samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("6 Terug naar de basisschool"),
        P("Wij vinden dat een leerling in het sbo of so terug moet kunnen naar een gewone basisschool zodra dat past, zo "
          "dicht mogelijk bij huis. Terugplaatsing is geen doel op zichzelf: de leerling moet er beter van worden. Daarom "
          "hanteren wij drie voorwaarden: het OPP laat zien dat de leerling met ondersteuning het onderwijs op een "
          "reguliere school kan volgen; ouders stemmen in; en er is een ontvangende school die de leerling kan begeleiden."),
        P("Na de terugplaatsing krijgt de leerling een overgangsarrangement van één schooljaar: ambulante begeleiding vanuit "
          "de sbo- of so-school, een halfjaarlijks evaluatiegesprek en, als dat nodig is, extra handen in de klas."),
        P("Het initiatief ligt bij de sbo- of so-school. Die bespreekt bij elke jaarlijkse evaluatie van het OPP, en in elk "
          "geval vóór 1 februari van het laatste TLV-jaar, met de ouders of terugplaatsing mogelijk is. Is dat zo, dan "
          "meldt de school de leerling aan bij de consulent van het samenwerkingsverband, die binnen vier weken een "
          "overdrachtsgesprek organiseert met ouders, de huidige en de ontvangende school. De ontvangende school beslist "
          "over de inschrijving; de overstap vindt bij voorkeur plaats na een zomer- of kerstvakantie. Na drie maanden "
          "evalueren de betrokkenen de plaatsing. Als terugplaatsing (nog) niet mogelijk is, vraagt het bestuur van de "
          "sbo- of so-school tijdig een nieuwe TLV aan."),
        H1("7 Geen kind buiten beeld"),
        P("Het samenwerkingsverband en de besturen hebben samen de plicht om ervoor te zorgen dat geen kind zonder passend "
          "onderwijs thuiszit. Iedere school meldt een leerling die langer dan twee weken ongeoorloofd of geoorloofd afwezig "
          "is zonder perspectief op terugkeer bij de consulent. Binnen tien werkdagen is er een overleg met school, ouders, "
          "leerplicht en het gebiedsteam, waarin een casusregisseur wordt aangewezen. Komen partijen er binnen zes weken niet "
          "uit, dan neemt de directeur-bestuurder de regie en wijst een school of voorziening aan."),
        P("Elk voorjaar bespreekt het bureau met de besturen waar leerlingen vastlopen omdat er geen passend aanbod is. De "
          "analyse van 2024 liet drie knelpunten zien, waarvoor acties zijn afgesproken:"),
        B("de wachtlijst voor so cluster 4 (gemiddeld elf weken): vanaf augustus 2025 opent een dependance met twaalf "
          "plaatsen in Stadskanaal;",
          "het ontbreken van een voltijdsvoorziening voor hoogbegaafde leerlingen: in 2026 start een pilot met een "
          "voltijdsgroep, gefinancierd uit de middelen voor hoogbegaafdheid;",
          "kinderen die vanuit een crisisplaatsing in de jeugdzorg tijdelijk geen school hebben: met de gemeenten wordt per "
          "1 januari 2026 een vaste onderwijsplek bij de zorglocatie ingericht."),
        P("Een overzicht van alle ondersteuningsvoorzieningen binnen en tussen de scholen – van basis tot speciaal – wordt "
          "opgenomen in de Ondersteuningswijzer, die in 2026 verschijnt."),
        H1("8 Financiën"),
        P("Het samenwerkingsverband ontvangt de middelen voor passend onderwijs van het Rijk. De begroting laat zien waaraan "
          "die middelen de komende jaren worden besteed."),
        T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           ["Baten rijksbijdrage lichte en zware ondersteuning", "8.310", "8.240", "8.190", "8.120"],
           ["Baten hoogbegaafdheid en overig", "210", "190", "60", "40"],
           ["Afdrachten so/sbo (DUO)", "4.280", "4.300", "4.310", "4.320"],
           ["Schoolbudgetten besturen", "1.860", "1.830", "1.800", "1.770"],
           ["Dependance so cluster 4", "290", "420", "420", "420"],
           ["Voltijdsgroep hoogbegaafdheid", "0", "150", "190", "190"],
           ["Overgangsarrangementen terugplaatsing", "120", "120", "120", "120"],
           ["Consulenten, loket en deskundigen", "1.120", "1.140", "1.160", "1.180"],
           ["Bestuur en bedrijfsvoering", "510", "520", "530", "540"],
           ["Saldo", "340", "-50", "-140", "-180"]]),
        P("Het verdeelmodel wordt in het schooljaar 2025-2026 herzien. Tot de nieuwe verdeelsleutel is vastgesteld, "
          "volgen de besturen de afspraken uit het vorige plan."),
        P("De algemene reserve bedraagt begin 2025 € 1,9 miljoen. Het bestuur houdt een weerstandsvermogen aan van ten "
          "minste 5% van de baten; het deel daarboven wordt ingezet voor de dependance en de voltijdsgroep."),
        H1("9 Ondersteuning voor ouders"),
        P("Soms lopen ouders vast, of zijn zij het niet eens met de school. Dan is het fijn als er iemand is die "
          "onafhankelijk meekijkt. Ouders en jeugdigen kunnen daarvoor terecht bij het Ouder- en Jeugdsteunpunt "
          "Veenkoloniën, dat het samenwerkingsverband samen met de gemeenten heeft ingericht. Het steunpunt is "
          "onafhankelijk van scholen en besturen, is bereikbaar via telefoon, WhatsApp en e-mail en kan een ouder "
          "begeleiden naar een gesprek op school. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten en "
          "op de klachtenregeling van het samenwerkingsverband. Geschillen over toelating, verwijdering of het OPP kunnen "
          "worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        P("Het steunpunt bundelt jaarlijks de signalen die het van ouders krijgt en bespreekt die met de "
          "directeur-bestuurder. Een ouderwijzer en een vernieuwde ouderpagina op de website zijn in voorbereiding."),
        H1("10 Gemeenten en jeugdhulp")] + f_oogo(c)
    b += [H1("11 Organisatie")] + f_governance(c) + [H2("Ondersteuningsplanraad")] + f_opr(c) + [
        H2("Bureau")] + f_personeel(c) + [H2("Privacy")] + f_ict(c)
    b += [H1("12 Planning en vaststelling")] + f_planning(c) + f_totstandkoming(c)
    b += [H1("Begrippenlijst")] + f_glossary(
        ["arrangement", "basisondersteuning", "dekkend", "meerjarenbegroting", "ojsp", "opp", "resultaten",
         "terugplaatsing", "tlv", "verdeelmodel", "zorgplicht"]) + f_abbr()
    return b


LABEL_VEEN = dict(
    documents=["po-veenkolonien-noord-ondersteuningsplan.html"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present", "financien": "partial",
              "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Only H4 'Een stevige basis' slogan, a deferral (herzien in 2026) and a reference to the previous plan 2021-2025, plus glossary/site nav: nothing addressed.",
        "plaatsing": "H5 gives sbo and so criteria, categories, duration and bezwaar; the procedure (steps, termijnen, commissie) is only referred to the Handboek Toewijzing on the website.",
        "terugstroom": "H6 'Terug naar de basisschool': policy with three conditions and overgangsarrangement, plus procedure (initiative s(b)o school, before 1 Feb, consulent, evaluation after 3 months, new TLV).",
        "financien": "H8 meerjarenbegroting table with amounts and reserves; the verdeelmodel is being revised and defers to the previous plan: verdeling not addressed.",
        "dekkend-aanbod": "H7 'Geen kind buiten beeld': thuiszitters approach with doorzettingsmacht and annual gap analysis with three actions; overview of voorzieningen deferred to the 2026 Ondersteuningswijzer; H10 OOGO.",
        "resultaten": "No intended results and no monitoring; only an activities 'Terugblik', 'resultaten' in the glossary, and the RvT's jaarverslag in governance.",
        "ouders": "H9 'Ondersteuning voor ouders': independent OJSP, Onderwijsconsulenten, klachten/geschillen; information channels only 'in voorbereiding'.",
    },
)


# ---------------------------------------------------------------------------
# Near-miss - school-level 'ondersteuningsplan' of one primary school (Markdown).
# ---------------------------------------------------------------------------


def plan_wilgenhoek():
    toc = ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Wilgenhoek", "4 De ondersteuningsniveaus",
           "5 Groepsbesprekingen en leerlingbesprekingen", "6 Extra ondersteuning en arrangementen",
           "7 Als onze school niet meer passend is", "8 Middelen en formatie", "9 Ouders", "10 Evaluatie en planning"]
    b = [("title", ["Ondersteuningsplan 2025-2026", "IKC De Wilgenhoek – Nieuw-Vennep",
                    "Onderdeel van Stichting Openbaar Primair Onderwijs Haarlemmermeer-Zuid",
                    "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Haarlemmermeer (PO 27-09)",
                    "Vastgesteld door de directie na instemming van de MR, 30 september 2025"]), ("toc", toc)]
    b += [
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe IKC De Wilgenhoek de ondersteuning van leerlingen organiseert in het "
          "schooljaar 2025-2026. Het is een werkdocument voor het team: leerkrachten, onderwijsassistenten, de intern "
          "begeleider en de directie. Het plan sluit aan op het schoolondersteuningsprofiel (SOP) en op het "
          "ondersteuningsplan van ons samenwerkingsverband, waarin de afspraken tussen alle scholen in de regio staan."),
        P("Het plan wordt elk jaar in september geactualiseerd. De medezeggenschapsraad heeft op 23 september 2025 "
          "ingestemd met deze versie. Waar dit plan afwijkt van eerdere versies, staat dat aangegeven in de tekst."),
        H1("2 Onze school"),
        P("De Wilgenhoek is een openbaar integraal kindcentrum met 312 leerlingen in dertien groepen, een peuteropvang en "
          "buitenschoolse opvang. De school staat in een nieuwbouwwijk met veel jonge gezinnen. Ongeveer een kwart van de "
          "leerlingen spreekt thuis (ook) een andere taal dan het Nederlands. Het team bestaat uit 24 leerkrachten, vijf "
          "onderwijsassistenten, een intern begeleider (0,8 fte), een gedragsspecialist (0,2 fte) en een directeur."),
        P("Onze visie op ondersteuning is eenvoudig: goed onderwijs in de groep voorkomt veel problemen. Wij investeren "
          "daarom eerst in de kwaliteit van de instructie en het pedagogisch klimaat, en pas daarna in individuele "
          "ondersteuning."),
        H1("3 Basisondersteuning op De Wilgenhoek"),
        P("Het samenwerkingsverband heeft met alle besturen afgesproken wat elke school minimaal biedt. Op De Wilgenhoek "
          "vullen wij die basisondersteuning als volgt in:"),
        B("Leesinterventie in groep 3 en 4 (Bouw!) voor leerlingen met een risico op leesproblemen;",
          "dyslexieprotocol met signalering vanaf groep 2 en begeleiding tot en met de vergoede zorg;",
          "Kanjertraining in alle groepen en een pestprotocol;",
          "verrijkingsgroep voor meer- en hoogbegaafde leerlingen (groep 4 tot en met 8, wekelijks);",
          "NT2-ondersteuning door een onderwijsassistent, vier ochtenden per week;",
          "protocol medisch handelen en een aangepaste werkplek voor leerlingen met een fysieke beperking."),
        H1("4 De ondersteuningsniveaus"),
        P("Wij werken met vijf ondersteuningsniveaus:"),
        T([["Niveau", "Omschrijving", "Wie"],
           ["1", "Algemene zorg in de groep: goede instructie, differentiatie in drie niveaus", "Leerkracht"],
           ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
           ["3", "Speciale zorg na overleg met de intern begeleider: handelingsplan, onderzoek", "Leerkracht en IB"],
           ["4", "Speciale zorg met externe expertise: ondersteuningsteam, arrangement", "IB, OT, externen"],
           ["5", "Verwijzing naar sbo of so", "IB, directie, samenwerkingsverband"]]),
        P("De overgang naar een volgend niveau gebeurt altijd na een evaluatie van het vorige niveau. Leerkrachten "
          "registreren de ondersteuning in het leerlingvolgsysteem."),
        H1("5 Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
          "leerkracht een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd, het groepsoverzicht "
          "bijgewerkt en leerlingen besproken die extra aandacht nodig hebben. Na elke groepsbespreking past de leerkracht "
          "het groepsplan aan."),
        P("Leerlingen bij wie de ondersteuning op niveau 3 onvoldoende effect heeft, worden besproken in het "
          "ondersteuningsteam (OT). Aan het OT nemen de intern begeleider, de leerkracht, de ouders, de consulent van het "
          "samenwerkingsverband en, waar nodig, de schoolmaatschappelijk werker of jeugdverpleegkundige deel. Het OT komt "
          "zes keer per jaar bijeen."),
        H1("6 Extra ondersteuning en arrangementen"),
        P("Als een leerling meer nodig heeft dan de basisondersteuning, kan de school bij het samenwerkingsverband een "
          "arrangement aanvragen. Voorbeelden uit het afgelopen jaar zijn begeleiding door een ambulant begeleider voor een "
          "leerling met autisme en een kleine taalgroep voor nieuwkomers. De school stelt voor leerlingen met een "
          "arrangement een ontwikkelingsperspectief (OPP) op, dat met ouders wordt besproken en twee keer per jaar wordt "
          "geëvalueerd."),
        P("Het afgelopen schooljaar had De Wilgenhoek negen leerlingen met een arrangement en zeventien leerlingen met een "
          "OPP. Vier leerlingen namen deel aan de plusklas van het samenwerkingsverband."),
        H1("7 Als onze school niet meer passend is"),
        P("Soms blijkt dat een leerling ondanks alle inspanningen beter op zijn plek is in het speciaal basisonderwijs of "
          "het speciaal onderwijs. Dan vraagt het bestuur, na bespreking in het OT en in overleg met ouders, een "
          "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De intern begeleider stelt het dossier samen. "
          "Het samenwerkingsverband beslist; de procedure en de criteria staan in het ondersteuningsplan van het "
          "samenwerkingsverband."),
        P("Leerlingen die vanuit het sbo of so terugkeren naar De Wilgenhoek, krijgen een warme overdracht. De intern "
          "begeleider en de leerkracht bezoeken de leerling vooraf op de huidige school, en in de eerste maanden is er "
          "maandelijks contact met ouders. In 2024-2025 keerde één leerling terug uit het sbo."),
        H1("8 Middelen en formatie"),
        P("De school ontvangt van het bestuur een deel van het budget dat het samenwerkingsverband aan het bestuur "
          "toekent. Voor 2025-2026 is dat € 41.600. Dat bedrag zetten wij als volgt in:"),
        T([["Besteding", "Bedrag"],
           ["Onderwijsassistent NT2 (0,4 fte)", "€ 21.400"],
           ["Gedragsspecialist (0,2 fte)", "€ 14.200"],
           ["Materialen en scholing", "€ 6.000"]]),
        P("Arrangementen worden apart door het samenwerkingsverband bekostigd en komen niet ten laste van dit budget."),
        H1("9 Ouders"),
        P("Ouders zijn onze partners. Wij informeren ouders over de ondersteuning op school via de schoolgids, het SOP op de "
          "website, de informatieavond aan het begin van het schooljaar en de gesprekken met de leerkracht. Bij zorgen "
          "nemen wij altijd eerst contact op met ouders. Ouders zijn aanwezig bij het OT als hun kind wordt besproken."),
        P("Ouders die het niet eens zijn met de school, kunnen terecht bij de directeur, de contactpersoon van de school of "
          "de vertrouwenspersoon van het bestuur. Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt "
          "van het samenwerkingsverband en naar de Onderwijsconsulenten. De klachtenregeling staat in de schoolgids."),
        H1("10 Evaluatie en planning"),
        P("Het team evalueert dit plan in juni 2026. Speerpunten voor dit schooljaar zijn:"),
        B("alle leerkrachten werken met het nieuwe groepsoverzicht;",
          "de verrijkingsgroep wordt uitgebreid naar groep 3;",
          "het aantal leerlingen met een OPP daalt doordat de ondersteuning in de groep wordt versterkt;",
          "de samenwerking met de peuteropvang rond vroegsignalering wordt vastgelegd."),
        P("Na de evaluatie wordt het plan bijgesteld en in september 2026 opnieuw aan de MR voorgelegd."),
    ]
    return b


LABEL_WILGENHOEK = dict(
    documents=["ikc-wilgenhoek-ondersteuningsplan-2025-2026.md"], sector="po", looks_like_plan=False,
    elements={}, criteria={}, advisory={},
    notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, groepsbesprekingen, school "
                       "budget), adopted by the school's MR for one school year; it only refers to the SWV's plan. "
                       "Not an ondersteuningsplan of a samenwerkingsverband (domain 5.4)."},
)


# ---------------------------------------------------------------------------
# Main: write documents and label files next to src/.
# ---------------------------------------------------------------------------
import json

OUT = Path(__file__).resolve().parent.parent

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def write_label(label, path):
    q = lambda s: json.dumps(s, ensure_ascii=False)
    lines = ["documents: [%s]" % ", ".join(label["documents"]),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    if label["looks_like_plan"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, label["elements"][e]) for e in ELEMENTS))
        lines.append("criteria:")
        lines += ["  %s: %s" % (k, "true" if label["criteria"][k] else "false") for k in CORE]
        lines.append("advisory_addressed:")
        lines += ["  %s: [%s]" % (e, ", ".join(label["advisory"][e])) for e in ELEMENTS if e in label["advisory"]]
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    lines += ["  %s: %s" % (k, q(v)) for k, v in label["notes"].items()]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    if not label["looks_like_plan"]:
        return
    assert set(label["criteria"]) == set(CORE)
    for e in ELEMENTS:
        core = [label["criteria"][k] for k in CORE if k.startswith(e + ".")]
        if all(core):
            want = "present"
        elif any(core) or label["advisory"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (label["documents"], e, want)


def main():
    jobs = [
        (plan_vliet, "docx", True, LABEL_VLIET,
         "Ondersteuningsplan 2025-2029 | SWV Vlietstreek | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders",
         "Vastgesteld 25 maart 2025"),
        (plan_kempen, "docx", False, LABEL_KEMPEN,
         "Ondersteuningsplan Kempenrand 2025-2029 · basisondersteuning · toewijzing · middelen · ouders",
         "Kempenrand VO 30-09"),
        (plan_drecht, "pdf", True, LABEL_DRECHT,
         "De Drechtlanden PO 24-06 – Ondersteuningsplan 2025-2029 – terugplaatsing en ouders", "www.drechtlanden-po.nl"),
        (plan_zeeuw, "pdf", False, LABEL_ZEEUW,
         "Zeeuwse Waarden VO 33-02 | Ondersteuningsplan op hoofdlijnen | toewijzing vso, lwoo, pro | dekkend aanbod",
         "Zeeuwse Waarden – 2025-2029"),
        (plan_veen, "html", None, LABEL_VEEN,
         "SWV Veenkoloniën-Noord | Home | Ouders | Scholen | Basisondersteuning | Toewijzing | Resultaten | Contact",
         "© 2025 Samenwerkingsverband PO Veenkoloniën-Noord · Privacy · Klachten · Ouder- en jeugdsteunpunt"),
        (plan_wilgenhoek, "md", None, LABEL_WILGENHOEK, None, None),
    ]
    for build, fmt, styled, label, header, footer in jobs:
        check_label(label)
        blocks = build()
        name = label["documents"][0]
        target = OUT / name
        if fmt == "docx":
            write_docx(blocks, target, styled=styled, header=header, footer=footer, title=name)
        elif fmt == "pdf":
            write_pdf(blocks, target, styled=styled, header=header, footer=footer, title=name)
        elif fmt == "html":
            write_html(blocks, target, site_header=header, site_footer=footer, title="Ondersteuningsplan 2025-2029")
        else:
            write_md(blocks, target)
        write_label(label, OUT / (Path(name).stem + ".expected.yaml"))
        print("%-55s %5d body words" % (name, body_words(blocks)))


if __name__ == "__main__":
    main()
