#!/usr/bin/env python3
"""Generate the holdout181 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 30, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
# --------------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("ul", list(items))


def TABLE(rows):
    return ("table", [list(r) for r in rows])


def toc(blocks, start_page=3):
    """A table of contents built from the headings, with fictitious page numbers."""
    lines, page, num1, num2 = [], start_page, 0, 0
    for kind, payload in blocks:
        if kind == "h1":
            num1 += 1
            num2 = 0
            lines.append(f"{num1}. {payload} ........ {page}")
            page += 2
        elif kind == "h2":
            num2 += 1
            lines.append(f"    {num1}.{num2} {payload} ........ {page}")
            page += 1
    return lines


def write_docx(path, title_lines, blocks, header_text=None, with_toc=True):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.title = title_lines[0]
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
        doc.sections[0].footer.paragraphs[0].text = title_lines[0] + " | versie definitief"
    doc.add_heading(title_lines[0], level=0)
    for t in title_lines[1:]:
        doc.add_paragraph(t)
    doc.add_page_break()
    if with_toc:
        doc.add_heading("Inhoudsopgave", level=1)
        for line in toc(blocks):
            doc.add_paragraph(line)
        doc.add_page_break()
    for kind, payload in blocks:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for it in payload:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tbl = doc.add_table(rows=len(payload), cols=len(payload[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    tbl.cell(i, j).text = str(cell)
            doc.add_paragraph("")
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so that repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_pdf(path, title_lines, blocks, header_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout181_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(src, title_lines, blocks, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(path, title_lines, blocks, nav_items, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title_lines[0])}</title>", "</head>", "<body>", "<header>",
           f"<p class=\"logo\">{e(title_lines[1])}</p>", "<nav><ul>"]
    for n in nav_items:
        out.append(f'<li><a href="#">{e(n)}</a></li>')
    out += ["</ul></nav>", "</header>", "<main>", f"<h1>{e(title_lines[0])}</h1>"]
    for t in title_lines[2:]:
        out.append(f"<p class=\"meta\">{e(t)}</p>")
    out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>')
    for kind, payload in blocks:
        if kind == "h1":
            out.append(f"<li>{e(payload)}</li>")
    out.append("</ol></aside>")
    for kind, payload in blocks:
        if kind == "h1":
            out.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(payload)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in payload) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(payload):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>{e(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    order = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
             "resultaten", "ouders"]
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f'  {k}: "{v}"')
        (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    lines.append("elements: {" + ", ".join(f"{k}: {elements[k]}" for k in order) + "}")
    lines.append("criteria:")
    crit_order = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                  "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                  "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
                  "ouders.informatie", "ouders.steunpunt"]
    for c in crit_order:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    # status consistency check (Part A rule)
    for el in order:
        cs = [v for k, v in criteria.items() if k.split(".")[0] == el]
        adv = advisory.get(el, [])
        if all(cs):
            expect = "present"
        elif any(cs) or adv:
            expect = "partial"
        else:
            expect = "missing"
        assert elements[el] == expect, (name, el, elements[el], expect)
    lines.append("advisory_addressed:")
    for el in order:
        lines.append(f"  {el}: [{', '.join(advisory.get(el, []))}]")
    lines.append("notes:")
    for el in order:
        lines.append(f'  {el}: "{notes[el]}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# shared filler (parameterised so that it never addresses a criterion by accident)
# --------------------------------------------------------------------------------------------
def voorwoord(naam, periode, spreker, gesprekspartners):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de "
          "invoering van de Wet passend onderwijs in 2014 en het eerste dat we schrijven na de afronding van "
          "de Verbeteraanpak passend onderwijs. Er is in vier jaar veel veranderd. Het aantal leerlingen in "
          "onze regio daalt, het tekort aan leraren en ondersteuners is op iedere school voelbaar, en de "
          "vragen waarmee leerlingen op school komen zijn complexer geworden. Tegelijk zien we dat scholen, "
          "besturen en gemeenten elkaar beter weten te vinden dan bij de start van de vorige planperiode."),
        P(f"Bij het schrijven van dit plan hebben we met veel mensen gesproken: {gesprekspartners}. In "
          "werksessies op verschillende locaties hebben we gevraagd wat goed gaat, wat schuurt en wat er de "
          "komende jaren anders moet. Die gesprekken waren openhartig en soms ongemakkelijk. We hebben "
          "geprobeerd de opbrengst daarvan zo getrouw mogelijk in dit plan te verwerken. Waar we keuzes "
          "hebben gemaakt die niet iedereen deelt, leggen we uit waarom."),
        P("Een ondersteuningsplan is geen doel op zich. Het is het gezamenlijke afsprakenkader van de "
          "schoolbesturen, dat richting geeft aan het dagelijkse werk op de scholen en in de klas. De echte "
          "verandering gebeurt niet op papier maar in het gesprek tussen een mentor en een leerling, in het "
          "overleg tussen een ondersteuningscoördinator en een jeugdprofessional, en in de keuzes die "
          "schoolleiders iedere dag maken. Dit plan wil die keuzes makkelijker maken."),
        P(f"Ik dank iedereen die heeft meegedacht, meegeschreven en kritisch heeft meegelezen. In het "
          f"bijzonder dank ik de leden van de ondersteuningsplanraad voor hun scherpe vragen.\n\n{spreker}"),
    ]


def regio(naam, sector, besturen, scholen, leerlingen, gemeenten, extra_rows=None):
    soort = "scholen voor voortgezet onderwijs" if sector == "vo" else "basisscholen"
    rows = [["Kenmerk", "Aantal (1 oktober 2025)"],
            ["Aangesloten schoolbesturen", str(besturen)],
            [f"Aantal {soort} (vestigingen)", str(scholen)],
            ["Aantal leerlingen", leerlingen],
            ["Gemeenten in het werkgebied", str(len(gemeenten))]]
    if extra_rows:
        rows += extra_rows
    return [
        H1("Onze regio"),
        P(f"Het werkgebied van {naam} omvat de gemeenten {', '.join(gemeenten[:-1])} en {gemeenten[-1]}. "
          "Het is een regio met een stedelijke kern en een groot landelijk gebied met kleinere kernen. De "
          "afstanden zijn voor een deel van de leerlingen aanzienlijk; openbaar vervoer is buiten de kernen "
          "beperkt. Dat heeft gevolgen voor de keuzes die ouders en leerlingen maken en voor de spreiding "
          "van voorzieningen over het gebied."),
        P("De prognoses laten voor de komende planperiode een daling van het aantal leerlingen zien van "
          "ongeveer zeven procent, met grote verschillen tussen de kernen. Vooral de kleinere locaties "
          "krijgen hiermee te maken. Besturen oriënteren zich op samenwerking en in enkele gevallen op "
          "fusie van locaties. Het samenwerkingsverband volgt deze ontwikkelingen nauwgezet, omdat ze "
          "invloed hebben op de spreiding van expertise in de regio."),
        TABLE(rows),
        P("Naast de scholen in het eigen werkgebied maken leerlingen uit onze regio gebruik van scholen "
          "buiten de regio, en omgekeerd. Deze grensverkeerstromen zijn al jaren redelijk stabiel. Met de "
          "omliggende samenwerkingsverbanden bestaan afspraken over de uitwisseling van gegevens en over "
          "de afstemming van het beleid in de grensgebieden."),
    ]


def visie(naam, met_ouders=True):
    wie = "leerlingen, ouders en professionals" if met_ouders else "leerlingen en professionals"
    return [
        H1("Visie en missie"),
        P(f"{naam} gelooft dat iedere jongere het recht heeft om zich te ontwikkelen in een omgeving die "
          "bij hem of haar past, zo dicht mogelijk bij huis en zo gewoon als het kan. Passend onderwijs is "
          "voor ons geen apart systeem naast het gewone onderwijs, maar een manier van kijken: naar wat een "
          "leerling nodig heeft, in plaats van naar wat er mis is. Dat vraagt om scholen die zich "
          "gezamenlijk verantwoordelijk voelen en om professionals die over de grenzen van hun eigen school "
          "heen durven te kijken."),
        P(f"Onze missie is het organiseren van een stevig en samenhangend netwerk rond de jongere, waarin "
          f"{wie} elkaar kennen en vertrouwen. We kiezen daarbij voor drie kernwaarden: nabijheid, "
          "eenvoud en eigenaarschap. Nabijheid betekent dat hulp zo dicht mogelijk bij de leerling wordt "
          "georganiseerd. Eenvoud betekent dat procedures niet ingewikkelder zijn dan nodig en dat "
          "formulieren geen doel op zich worden. Eigenaarschap betekent dat de school die een leerling "
          "inschrijft, verantwoordelijk blijft totdat een andere passende plek daadwerkelijk beschikbaar is."),
        P("Deze waarden klinken eenvoudig, maar vragen in de praktijk veel. Ze vragen om vertrouwen tussen "
          "besturen die elkaar in andere opzichten als concurrenten zien. Ze vragen om leraren die ruimte "
          "krijgen om te leren en om fouten te maken. En ze vragen om een samenwerkingsverband dat zich "
          "dienstbaar opstelt en niet de rol van toezichthouder op zich neemt. In dit plan werken we uit "
          "wat dat betekent voor de komende vier jaar."),
    ]


def governance(naam, rechtsvorm="stichting", met_geld=True):
    geld = (" Het bestuur stelt jaarlijks de begroting en de jaarrekening vast; een externe accountant "
            "controleert de jaarrekening." if met_geld else "")
    return [
        H1("Organisatie en governance"),
        P(f"{naam} is een {rechtsvorm} waarin alle schoolbesturen met scholen in het werkgebied zijn "
          "vertegenwoordigd. De statuten voorzien in een scheiding tussen bestuur en intern toezicht. Een "
          "directeur-bestuurder is belast met het bestuur en de dagelijkse leiding. De raad van toezicht "
          "houdt toezicht op het bestuur en staat de directeur-bestuurder met raad terzijde. De algemene "
          "ledenvergadering, waarin de aangesloten schoolbesturen zitting hebben, benoemt de leden van de "
          "raad van toezicht en stelt het ondersteuningsplan vast op voorstel van de directeur-bestuurder."
          + geld),
        P("Het bureau van het samenwerkingsverband is klein gehouden. Het bestaat uit de "
          "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
          "orthopedagogen en consulenten. Het bureau ondersteunt de scholen, bereidt besluiten voor en "
          "onderhoudt de contacten met gemeenten en ketenpartners. Het bureau is gehuisvest in een "
          "verzamelgebouw waarin ook andere onderwijsorganisaties gevestigd zijn."),
        P("Het directeurenoverleg, waarin de schoolleiders van alle aangesloten scholen zitting hebben, "
          "komt zes keer per jaar bijeen. Het overleg adviseert de directeur-bestuurder over beleid en "
          "uitvoering en is de plek waar scholen van elkaar leren. Daarnaast is er een netwerk van "
          "ondersteuningscoördinatoren, dat maandelijks bijeenkomt en een belangrijke rol speelt in de "
          "uitwisseling van kennis en casuïstiek. De code goed bestuur van de sector is leidend."),
    ]


def opr(naam, datum, met_ouders=True):
    if met_ouders:
        samenstelling = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en "
                         "zes ouders of leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de "
                         "aangesloten scholen. De ouder- en leerlinggeleding zorgt ervoor dat het "
                         "perspectief van gezinnen rechtstreeks doorklinkt in de besluitvorming. ")
    else:
        samenstelling = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden die worden afgevaardigd "
                         "vanuit de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        H1("Medezeggenschap"),
        P(samenstelling + "De OPR heeft instemmingsrecht op de vaststelling en iedere wijziging van het "
          f"ondersteuningsplan. De OPR heeft met dit plan ingestemd op {datum}."),
        P(f"Daarnaast heeft {naam} een eigen medezeggenschapsraad voor het personeel van het bureau. De "
          "OPR en de directeur-bestuurder overleggen ten minste vier keer per jaar. De OPR ontvangt "
          "scholing via een extern bureau en beschikt over een eigen budget voor ondersteuning en "
          "deskundigheidsbevordering. De werkwijze van de OPR is vastgelegd in een reglement dat in 2024 "
          "is geactualiseerd."),
    ]


def oogo(naam, gemeenten, datum, met_inhoud=True):
    blocks = [H1("Samenwerking met gemeenten")]
    blocks.append(P(f"Het concept van dit plan is op {datum} besproken in het op overeenstemming gericht "
                    f"overleg (OOGO) met de colleges van de gemeenten {', '.join(gemeenten)}. De gemeenten "
                    "hebben hun overeenstemming met het plan uitgesproken."))
    if met_inhoud:
        blocks.append(P("Onderwijs en jeugdhulp werken in onze regio op drie manieren samen. Op iedere "
                        "school is een vaste contactpersoon van het lokale jeugdteam aanwezig, die "
                        "aanschuift bij het ondersteuningsteam van de school. Voor leerlingen bij wie "
                        "onderwijs en zorg in één traject nodig zijn, bestaan onderwijs-zorgarrangementen "
                        "die het samenwerkingsverband en de gemeente samen inrichten. En "
                        "op bestuurlijk niveau bespreken de wethouders en de schoolbesturen twee keer per "
                        "jaar de gezamenlijke agenda, met onderwerpen als leerlingenvervoer, "
                        "onderwijshuisvesting, de aansluiting op de arbeidsmarkt en vroegsignalering."))
        blocks.append(P("In de regionale jeugdhulpregio is afgesproken dat zorg onder schooltijd mogelijk "
                        "is als dat nodig is om een leerling naar school te laten gaan. De aanvraag "
                        "daarvoor loopt via het jeugdteam; de school denkt mee over de vorm waarin de zorg "
                        "met het lesprogramma kan worden gecombineerd."))
    return blocks


def personeel(naam):
    return [
        H1("Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort "
          "raakt ook onze regio: vacatures voor ondersteuningscoördinatoren, orthopedagogen en "
          "onderwijsassistenten zijn moeilijk te vervullen. Besturen werken samen in een regionaal "
          "opleidingsnetwerk om zij-instromers en studenten sneller en beter voor te bereiden. Het "
          "samenwerkingsverband draagt hieraan bij met een module over het werken met leerlingen met een "
          "ondersteuningsbehoefte."),
        P(f"{naam} organiseert jaarlijks een programma van leerbijeenkomsten voor mentoren, "
          "ondersteuningscoördinatoren en schoolleiders. Onderwerpen zijn onder meer het omgaan met "
          "gedrag in de klas, executieve functies, angst en somberheid bij jongeren, het voeren van "
          "gesprekken met leerlingen en het werken met een ontwikkelingsperspectief. Deze bijeenkomsten "
          "zijn kosteloos voor de aangesloten scholen. We meten de tevredenheid van deelnemers en passen het "
          "programma daarop aan."),
        P("Daarnaast stimuleren we intervisie tussen scholen. Ondersteuningscoördinatoren van verschillende "
          "besturen bespreken in kleine groepen casuïstiek en leren zo van elkaars aanpak. De "
          "personeelsleden van het bureau hebben zelf een persoonlijk ontwikkelplan en volgen jaarlijks "
          "scholing die past bij hun rol. Voor de orthopedagogen geldt de verplichting tot herregistratie."),
    ]


def privacy_ict():
    return [
        H1("Privacy en ICT"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor "
          "de uitvoering van zijn wettelijke taken. Daarbij gaat het onder meer om gegevens die nodig zijn "
          "voor de beoordeling van aanvragen. Gegevens worden niet langer bewaard dan noodzakelijk; de "
          "wettelijke bewaartermijn voor gegevens die verband houden met een besluit is drie jaar. Het "
          "samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die wordt gedeeld "
          "met enkele andere samenwerkingsverbanden."),
        P("Aanvragen en dossiers worden uitsluitend digitaal uitgewisseld via een beveiligde omgeving. "
          "E-mail wordt niet gebruikt voor het versturen van dossiers. In 2025 is een nieuw "
          "registratiesysteem in gebruik genomen, waarin de scholen zelf de status van een aanvraag kunnen "
          "volgen. Medewerkers volgen jaarlijks een korte training over informatiebeveiliging. Een "
          "verwerkingsregister en een privacyreglement zijn vastgesteld en worden periodiek geactualiseerd."),
    ]


def planning(naam, periode, opr_datum, oogo_datum, vast_datum):
    return [
        H1("Totstandkoming en planning"),
        P(f"Dit plan is in de loop van 2025 voorbereid door een schrijfgroep met vertegenwoordigers van de "
          f"besturen, ondersteuningscoördinatoren en medewerkers van het bureau van {naam}. Het concept is "
          "in december 2025 besproken in het directeurenoverleg en daarna aangepast."),
        TABLE([["Stap", "Datum"],
               ["OOGO met de gemeenten", oogo_datum],
               ["Overleg met het aangrenzende samenwerkingsverband", "20 januari 2026"],
               ["Instemming ondersteuningsplanraad", opr_datum],
               ["Vaststelling door het bestuur", vast_datum],
               ["Toezending aan de inspectie", "uiterlijk 30 april 2026"]]),
        P(f"Het plan geldt voor de schooljaren {periode}, van 1 augustus 2026 tot en met 31 juli 2030. "
          "Tussentijdse wijzigingen worden ter instemming aan de OPR voorgelegd."),
    ]


def glossary(entries, titel="Begrippenlijst"):
    rows = [["Begrip", "Omschrijving"]] + [[k, v] for k, v in entries]
    return [H1(f"Bijlage: {titel}"), TABLE(rows)]


# ============================================================================================
# PLAN A  --  VO, docx
# ============================================================================================
def plan_a():
    naam = "Samenwerkingsverband VO Maas en Linge"
    gemeenten = ["Linge-Oost", "Maasbommel", "Westerwaard", "Heukelom"]
    b = []
    b += voorwoord(naam, "2026-2030", "Ir. H.J. (Hanneke) Verbeek, directeur-bestuurder",
                   "schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, leerplichtambtenaren "
                   "en medewerkers van jeugdhulpaanbieders")
    b += [H1("Inleiding en leeswijzer"),
          P(f"{naam} (VO 29-07) is het samenwerkingsverband voor voortgezet onderwijs in het rivierengebied "
            "tussen Maas en Linge. In dit ondersteuningsplan beschrijven we hoe de aangesloten besturen de "
            "komende vier jaar samen zorgen voor passend onderwijs. Het plan volgt de wettelijke opdracht uit "
            "de Wet voortgezet onderwijs 2020 en is tegelijk bedoeld als praktisch werkdocument voor scholen."),
          P("Hoofdstuk 3 en 4 beschrijven de regio en onze visie. Hoofdstuk 5 beschrijft het "
            "ondersteuningsaanbod, van de basis op iedere school tot de specialistische plekken. Hoofdstuk 6 "
            "gaat over toelaatbaarheid tot het voortgezet speciaal onderwijs, leerwegondersteunend onderwijs "
            "en praktijkonderwijs, en hoofdstuk 7 over de weg terug naar het regulier onderwijs. Daarna volgen "
            "de samenwerking met gemeenten, de communicatie, onze ambities en de financiën. Het plan sluit af "
            "met de organisatie, de medezeggenschap en de planning. Een begrippenlijst is achter in het plan "
            "opgenomen.")]
    b += regio(naam, "vo", 9, 17, "11.940", gemeenten,
               [["Leerlingen in het vso (woonachtig in de regio)", "412"],
                ["Leerlingen in het praktijkonderwijs", "386"]])
    b += visie(naam)
    b += [H1("Het ondersteuningsaanbod"),
          P("Het ondersteuningsaanbod in onze regio is opgebouwd in vier niveaus. Hoe verder een leerling in "
            "dit continuüm komt, hoe specialistischer en hoe minder thuisnabij de ondersteuning is. Het "
            "uitgangspunt is steeds dat een leerling niet verder in het continuüm terechtkomt dan nodig is."),
          H2("Niveau 1: de basisondersteuning op iedere school"),
          P("De aangesloten besturen hebben afgesproken dat iedere vestiging van iedere school in het "
            "samenwerkingsverband ten minste hetzelfde niveau van basisondersteuning biedt. Dat niveau is de "
            "ondergrens: geen school mag eronder zitten, en een school mag er uiteraard boven uitstijgen. "
            "Basisondersteuning is ondersteuning die een leerling krijgt zonder dat er een aanvraag bij het "
            "samenwerkingsverband nodig is en zonder dat er een ontwikkelingsperspectief wordt opgesteld."),
          P("Concreet betekent dit dat ouders en leerlingen op iedere vestiging het volgende kunnen verwachten:"),
          UL(["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die aanspreekpunt is voor "
              "ouders, mentoren en externe partners;",
              "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met een vaste contactpersoon van "
              "het jeugdteam en de jeugdarts;",
              "mentoren die jaarlijks ten minste drie individuele gesprekken met iedere mentorleerling voeren;",
              "een dyslexie- en dyscalculieprotocol, met faciliteiten zoals extra tijd, vergrote opgaven en "
              "voorleessoftware bij toetsen;",
              "een aanbod voor sociaal-emotionele ontwikkeling, waaronder een faalangst- en weerbaarheidstraining;",
              "begeleiding bij executieve functies (plannen en organiseren) in de onderbouw;",
              "een rustige werkplek of time-in-ruimte waar een leerling onder toezicht tijdelijk kan werken;",
              "afspraken over medisch handelen en over het verzuimbeleid volgens de regionale verzuimkaart;",
              "een aanbod voor leerlingen die meer aankunnen, zoals versnelling of verrijking in ten minste twee vakken."]),
          P("De basisondersteuning is uitgewerkt in de Kwaliteitskaart Basisondersteuning Maas en Linge. "
            "Iedere school beschrijft in de schoolgids hoe zij de kaart invult. Het samenwerkingsverband "
            "bezoekt iedere vestiging eens in de twee jaar voor een gesprek aan de hand van de kaart. Als een "
            "vestiging op onderdelen onder de afgesproken ondergrens blijkt te zitten, maakt de school binnen "
            "drie maanden een verbeterplan, dat in het directeurenoverleg wordt besproken en na een jaar "
            "opnieuw wordt bekeken."),
          H2("Niveau 2: extra ondersteuning op school"),
          P("Wanneer de basisondersteuning niet volstaat, biedt de school extra ondersteuning in de vorm van "
            "een arrangement. Voorbeelden zijn een plusvoorziening in de eigen school, een traject met een "
            "gedragsspecialist of een aangepast rooster in combinatie met begeleiding door een "
            "onderwijsassistent. Voor iedere leerling met een arrangement stelt de school een "
            "ontwikkelingsperspectief op, waarover met ouders en leerling op overeenstemming gericht overleg "
            "wordt gevoerd. Scholen bekostigen deze arrangementen uit hun schoolbudget (zie hoofdstuk 11)."),
          H2("Niveau 3: bovenschoolse voorzieningen"),
          P("Voor leerlingen voor wie ook een arrangement op de eigen school niet toereikend is, kent de "
            "regio twee bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De "
            "Overstap in Linge-Oost, met plaats voor 48 leerlingen, en de reboundvoorziening Tussenstation, "
            "waar leerlingen maximaal twaalf weken een time-out krijgen met behoud van hun inschrijving op de "
            "eigen school. Daarnaast is er op twee locaties een voorziening voor nieuwkomers (ISK)."),
          H2("Niveau 4: voortgezet speciaal onderwijs en praktijkonderwijs"),
          P("Het speciale aanbod bestaat uit twee vso-scholen in de regio (cluster 4 en cluster 3) en twee "
            "scholen voor praktijkonderwijs. Leerlingen met een ondersteuningsbehoefte die binnen de regio "
            "niet kan worden beantwoord, kunnen een plek vinden bij een vso-school in een aangrenzende regio."),
          H2("Een sluitend netwerk"),
          P("Het samenwerkingsverband brengt ieder jaar in februari in beeld waar het aanbod tekortschiet. "
            "We combineren daarvoor drie bronnen: de wachtlijsten van het OPDC en de vso-scholen, de "
            "meldingen van leerlingen die langer dan vier weken geen passend onderwijs volgen, en de signalen "
            "uit het netwerk van ondersteuningscoördinatoren. De uitkomst wordt besproken met de besturen en "
            "leidt zo nodig tot een besluit over uitbreiding of aanpassing van het aanbod."),
          P("Voor thuiszitters werken we met een regionale thuiszitterstafel, waar leerplicht, jeugdteam, "
            "school en samenwerkingsverband iedere leerling bespreken die langer dan vier weken thuis zit. Als "
            "er na acht weken geen perspectief is, neemt de directeur-bestuurder de regie en kan hij een "
            "school of voorziening vragen de leerling tijdelijk op te vangen. Besturen hebben afgesproken dat "
            "zij de zorgplicht gezamenlijk dragen: geen bestuur laat een leerling vallen voordat een andere "
            "passende plek daadwerkelijk is gevonden.")]
    b += [H1("Toelaatbaarheid tot vso, lwoo en pro"),
          H2("Toelaatbaarheid tot het voortgezet speciaal onderwijs"),
          P("Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van "
            "de school waar de leerling is ingeschreven of aangemeld. De aanvraag gaat via het digitale loket "
            "van het samenwerkingsverband en bevat ten minste het ontwikkelingsperspectief, een beschrijving "
            "van de geboden ondersteuning en de resultaten daarvan, en de zienswijze van ouders en leerling. "
            "Een consulent controleert binnen vijf werkdagen of de aanvraag compleet is. De Commissie "
            "Toelaatbaarheid, die namens de directeur-bestuurder beslist, neemt binnen zes weken na "
            "ontvangst van de complete aanvraag een besluit."),
          P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de "
            "ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met basis- en extra "
            "ondersteuning en een bovenschoolse voorziening kan bieden; de ondersteuning is ten minste één "
            "schooljaar planmatig uitgevoerd en geëvalueerd, tenzij er sprake is van een crisissituatie; en "
            "de ondersteuningsbehoefte vraagt om een intensieve combinatie van onderwijs en zorg, een "
            "kleine groep met een hoge mate van structuur of specialistische expertise die alleen het vso "
            "heeft."),
          P("Over iedere aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk: een orthopedagoog "
            "of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een "
            "kinderpsychiater, een maatschappelijk werker of een arts. De deskundigen zijn niet betrokken "
            "geweest bij de aanvraag. Ouders ontvangen een afschrift van beide adviezen."),
          P("Een TLV wordt afgegeven voor ten minste één en ten hoogste drie schooljaren, steeds tot en met "
            "31 juli. De commissie bepaalt daarbij de bekostigingscategorie: laag, midden of hoog. Tegen het "
            "besluit kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband vraagt advies aan "
            "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Voor lwoo en pro volgt het samenwerkingsverband de landelijke criteria. De aanvraag wordt ingediend "
            "door de vo-school waar de leerling is aangemeld, vóór 1 april van het jaar waarin de leerling "
            "instroomt, op basis van het onderwijskundig rapport van de basisschool en de gegevens over "
            "intelligentie, leerachterstanden en sociaal-emotionele problematiek. De Commissie "
            "Toelaatbaarheid beslist binnen vier weken. Voor lwoo geldt de aanwijzing voor de duur van de "
            "opleiding; een toelaatbaarheidsverklaring pro geldt eveneens voor de gehele opleiding.")]
    b += [H1("Van vso terug naar het regulier onderwijs"),
          P("Een plek in het vso is voor veel leerlingen de juiste plek, maar niet altijd voor altijd. Ons "
            "beleid is erop gericht dat een leerling die in het vso voldoende is gegroeid, de kans krijgt om "
            "terug te keren naar een reguliere school, bij voorkeur dicht bij huis. We beschouwen "
            "terugplaatsing als een gewone mogelijkheid en niet als een uitzondering."),
          P("Terugkeer is aan de orde wanneer de leerling de uitstroomdoelen uit het "
            "ontwikkelingsperspectief op koers volgt, zich in een grotere groep staande kan houden en "
            "wanneer de ontvangende school met de ondersteuning die zij kan bieden voldoende is toegerust. "
            "Na de overstap krijgt de leerling gedurende ten minste een half jaar begeleiding van een "
            "ambulant begeleider vanuit de vso-school. De ontvangende school kan daarvoor een "
            "terugkeerarrangement inzetten dat volledig door het samenwerkingsverband wordt betaald."),
          P("Het stappenplan dat hierbij hoort - wie het initiatief neemt, op welke momenten we evalueren en "
            "wie uiteindelijk beslist - maken we in het eerste planjaar samen met de vso-scholen. Tot die tijd "
            "maken de scholen per leerling afspraken.")]
    b += oogo(naam, gemeenten, "4 februari 2026")
    b += [H1("Communicatie"),
          P("Het samenwerkingsverband communiceert met veel partijen: besturen, scholen, gemeenten, "
            "jeugdhulp en natuurlijk met ouders en leerlingen. Voor scholen verschijnt zes keer per jaar een "
            "digitale nieuwsbrief, en het bureau organiseert twee keer per jaar een regiobijeenkomst."),
          P("Ouders vinden op de ouderpagina van onze website een overzicht van alle voorzieningen in het "
            "continuüm, met per voorziening voor wie zij bedoeld is en hoe een leerling er terechtkomt. De "
            "brochure 'Welke steun past?' is op iedere school beschikbaar en wordt aan het begin van ieder "
            "schooljaar aan alle ouders van brugklasleerlingen uitgereikt. In oktober organiseren we een "
            "informatieavond voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte. Iedere "
            "school beschrijft in de schoolgids welke ondersteuning zij biedt en wie het aanspreekpunt is."),
          P("Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouderpunt Maas "
            "en Linge, het ouder- en jeugdsteunpunt dat het samenwerkingsverband samen met het "
            "samenwerkingsverband PO onderhoudt. Het Ouderpunt werkt onafhankelijk van scholen en besturen, "
            "is bereikbaar via telefoon en e-mail en houdt iedere woensdag een inloopspreekuur. Daarnaast "
            "wijzen we ouders op de Onderwijsconsulenten en op de Geschillencommissie passend onderwijs. Voor "
            "klachten over het samenwerkingsverband zelf geldt onze klachtenregeling.")]
    b += [H1("Ambities en beoogde resultaten"),
          P("Voor de planperiode hebben de besturen vijf ambities geformuleerd. Bij iedere ambitie horen "
            "concrete beoogde resultaten voor leerlingen met een ondersteuningsbehoefte."),
          TABLE([["Ambitie", "Beoogd resultaat in 2030"],
                 ["Meer leerlingen thuisnabij", "Het deelnamepercentage vso daalt van 3,4% naar 3,0%"],
                 ["Geen leerling zonder onderwijs", "Geen enkele leerling zit langer dan drie maanden thuis"],
                 ["Snelle toewijzing", "90% van de TLV-besluiten binnen zes weken"],
                 ["Tevreden ouders", "Ouders waarderen de ondersteuning gemiddeld met ten minste een 7,5"],
                 ["Succesvolle overstap", "80% van de leerlingen met een arrangement stroomt door zonder vertraging"]]),
          P("Hoe we de voortgang op deze ambities meten en aan wie we daarover rapporteren, werken we uit "
            "zodra het nieuwe registratiesysteem volledig in gebruik is. Daarover besluit het bestuur naar "
            "verwachting in de loop van het schooljaar 2026-2027.")]
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van de rijksoverheid middelen voor lichte en zware "
            "ondersteuning. Na aftrek van de afdrachten aan het vso verdelen we de middelen volgens een "
            "verdeelmodel dat in 2025 door het bestuur is vastgesteld. Dat model kent drie delen:"),
          UL(["een schoolbudget van € 142 per ingeschreven leerling op de teldatum 1 oktober, plus een vaste voet "
              "van € 25.000 per vestiging;",
              "een budget voor de bovenschoolse voorzieningen (OPDC en rebound), toegekend op basis van het "
              "aantal geplaatste leerlingen op 1 oktober en 1 februari;",
              "een budget voor individuele arrangementen, dat scholen per leerling aanvragen en dat de "
              "Commissie Toelaatbaarheid toekent op basis van het ontwikkelingsperspectief."]),
          P("De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed (bedragen "
            "in duizenden euro's):"),
          TABLE([["Post", "2026", "2027", "2028", "2029"],
                 ["Afdrachten vso (DUO)", "6.480", "6.390", "6.300", "6.250"],
                 ["Schoolbudgetten", "2.120", "2.090", "2.060", "2.030"],
                 ["OPDC en rebound", "1.410", "1.410", "1.390", "1.390"],
                 ["Individuele arrangementen", "620", "640", "650", "650"],
                 ["Ouderpunt en thuiszitterstafel", "180", "185", "190", "190"],
                 ["Bureau en personeel", "890", "905", "915", "925"],
                 ["Totaal lasten", "11.700", "11.620", "11.505", "11.435"]]),
          P("De algemene reserve bedraagt eind 2025 € 1,6 miljoen. Het bestuur hanteert een "
            "signaleringswaarde die is afgeleid van de risico's in de risicoparagraaf. De reserve boven die "
            "waarde wordt in 2026 en 2027 ingezet voor het terugkeerarrangement en de uitbreiding van het "
            "Ouderpunt.")]
    b += governance(naam)
    b += opr(naam, "12 maart 2026")
    b += personeel(naam)
    b += privacy_ict()
    b += planning(naam, "2026-2027 tot en met 2029-2030", "12 maart 2026", "4 februari 2026", "26 maart 2026")
    b += glossary([
        ("Basisondersteuning", "De ondersteuning die iedere school biedt zonder aanvraag bij het samenwerkingsverband."),
        ("Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."),
        ("Monitoring", "Het systematisch volgen van gegevens om de voortgang van beleid zichtbaar te maken."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."),
        ("OPR", "Ondersteuningsplanraad."),
        ("OOGO", "Op overeenstemming gericht overleg."),
    ])
    title = ["Ondersteuningsplan 2026-2030", naam, "VO 29-07",
             "Vastgesteld door de algemene ledenvergadering op 26 maart 2026"]
    return title, b


def label_a(docs):
    crit = {k: True for k in CRITS}
    crit["terugstroom.procedure"] = False
    crit["resultaten.monitoring"] = False
    el = dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Par. 5.1 'Niveau 1': agreed minimum for every vestiging plus a concrete list; borging via kwaliteitskaart visits and verbeterplan.",
        "plaatsing": "Ch. 6: loket, dossier, Commissie Toelaatbaarheid, 6 weeks, criteria list, two deskundigen, 1-3 years, categorie, LBT bezwaar; lwoo/pro procedure.",
        "terugstroom": "Ch. 7 gives policy (aims, conditions, ambulante begeleiding, terugkeerarrangement) but the stappenplan (initiative, evaluation, decision) is deferred to the first plan year.",
        "financien": "Ch. 11 'Geld en middelen': verdeelmodel with per-leerling amount and vaste voet, meerjarenbegroting table 2026-2029, reserve.",
        "dekkend-aanbod": "Ch. 5 four-level continuum (arrangementen, OPDC, rebound, vso) and par. 'Een sluitend netwerk' (annual gap analysis, thuiszitterstafel, shared zorgplicht).",
        "resultaten": "Ch. 10 table of beoogde resultaten with targets; how progress is measured/reported is explicitly deferred to 2026-2027.",
        "ouders": "Ch. 9 'Communicatie': ouderpagina, brochure, informatieavond, schoolgids; Ouderpunt (OJSP), Onderwijsconsulenten, GPO.",
    }
    return el, crit, adv, notes


CRITS = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
         "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
         "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"]


def extra_filler(naam, met_arbeidsmarkt=True):
    """Sections every real plan has, without substance on any element."""
    blocks = [
        H1("Onderwijs en arbeidsmarkt"),
        P("Een goede overgang naar vervolgonderwijs en werk is voor jongeren met een ondersteuningsbehoefte "
          "extra belangrijk. In de regio werken de scholen samen met de mbo-instellingen in een regionaal "
          "overstapoverleg. Daarin worden afspraken gemaakt over de warme overdracht van leerlingen en over "
          "het delen van informatie, met toestemming van de leerling. Daarnaast nemen de scholen deel aan "
          "het regionale programma tegen voortijdig schoolverlaten, dat door de gemeenten wordt gecoördineerd."),
        P("Voor leerlingen uit het praktijkonderwijs en het vso die naar werk uitstromen, werken de scholen "
          "samen met het regionale werkbedrijf. Stages worden zoveel mogelijk georganiseerd in de eigen "
          "woonplaats van de leerling. Over deze samenwerking spreken scholen en gemeenten twee keer per "
          "jaar in het bestuurlijk overleg."),
    ]
    if not met_arbeidsmarkt:
        blocks = []
    return blocks + [
        H1("Huisvesting en bereikbaarheid"),
        P(f"{naam} heeft geen eigen gebouwen; het bureau huurt ruimte en eventuele voorzieningen zijn gehuisvest in gebouwen van de "
          "schoolbesturen, die daarvoor een huurvergoeding ontvangen. Het integraal huisvestingsplan van de "
          "gemeenten is leidend voor de locatiekeuzes. Bij nieuwbouw en renovatie vragen de besturen aandacht "
          "voor prikkelarme ruimtes, kleine werkplekken en toegankelijkheid voor leerlingen met een "
          "lichamelijke beperking. Leerlingenvervoer is een taak van de gemeenten; het samenwerkingsverband "
          "denkt mee wanneer de bereikbaarheid van een voorziening in het geding is."),
    ]


# ============================================================================================
# PLAN B  --  VO, docx
# ============================================================================================
def plan_b():
    naam = "Samenwerkingsverband VO Kromme Vaart"
    gemeenten = ["Vaartstad", "Oudebrug", "Hellendijk"]
    b = []
    b += voorwoord(naam, "2026-2030", "Drs. R. (Rachid) El Amrani, directeur-bestuurder",
                   "schoolleiders, ondersteuningscoördinatoren, leerlingen, ouders en medewerkers van de gemeenten")
    b += [H1("Samenvatting"),
          P("Dit plan beschrijft in hoofdlijnen en waar nodig in detail hoe de elf aangesloten besturen in de "
            "regio Kromme Vaart passend onderwijs organiseren. De belangrijkste keuzes zijn: we investeren "
            "in de eerste lijn, de mentor en het ondersteuningsteam van de school; we maken de weg naar "
            "specialistische ondersteuning korter en eenvoudiger; en we zorgen dat leerlingen die in het "
            "vso zijn geplaatst, niet langer blijven dan nodig is. Daarnaast richten we samen met het "
            "samenwerkingsverband PO een ouder- en jeugdsteunpunt in."),
          P("Het plan is geschreven voor schoolleiders en ondersteuningscoördinatoren, voor de leden van de "
            "ondersteuningsplanraad en voor gemeenten. Een publieksversie verschijnt later.")]
    b += regio(naam, "vo", 11, 21, "14.210", gemeenten)
    b += visie(naam)
    b += [H1("Basisondersteuning"),
          P("Basisondersteuning is in ons samenwerkingsverband het afgesproken, gezamenlijke niveau van "
            "ondersteuning dat iedere vestiging van iedere aangesloten school ten minste biedt, voor iedere "
            "leerling die dat nodig heeft, zonder tussenkomst van het samenwerkingsverband. De besturen hebben "
            "afgesproken dat dit niveau voor alle vestigingen gelijk is. Het bestaat uit vier onderdelen: de "
            "basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, "
            "een sluitende ondersteuningsstructuur binnen de school en planmatig, handelingsgericht werken."),
          P("De concrete invulling - welke voorzieningen, interventies en deskundigheid leerlingen en ouders "
            "op iedere school kunnen verwachten - beschrijven de besturen samen in de Kaart Basisondersteuning. "
            "De werkgroep die deze kaart opstelt, start in september 2026 en levert haar voorstel in het "
            "voorjaar van 2027 op. Tot die tijd blijven de bestaande afspraken per school van kracht."),
          P("Extra ondersteuning is ondersteuning die de basis overstijgt en waarvoor een arrangement of een "
            "plek buiten de eigen school nodig is. Daarover gaat het volgende hoofdstuk.")]
    b += [H1("Ondersteuningsroute en dekkend aanbod"),
          P("Het ondersteuningsteam (OT) van de school, waarin ook een consulent van het "
            "samenwerkingsverband meedenkt, is de spil van de ondersteuningsroute. Als een leerling meer nodig heeft dan de "
            "basis, stelt het OT een ontwikkelingsperspectief op en kiest het een passende vorm van extra "
            "ondersteuning. Het aanbod in de regio bestaat uit:"),
          TABLE([["Voorziening", "Voor wie", "Capaciteit"],
                 ["Schoolarrangement (eigen school)", "leerlingen met een tijdelijke extra behoefte", "per school"],
                 ["Trajectvoorziening (zeven scholen)", "leerlingen die tijdelijk buiten de klas werken", "8-12 per school"],
                 ["OPDC Vaartwijs", "leerlingen met gedrags- of leerproblematiek, max. 2 jaar", "60"],
                 ["Reboundvoorziening De Luwte", "time-out tot 12 weken", "16"],
                 ["Internationale schakelklas", "nieuwkomers", "120"],
                 ["Vso cluster 3 en 4 (drie scholen)", "leerlingen met een TLV", "ca. 520"],
                 ["Praktijkonderwijs (twee scholen)", "leerlingen met een TLV pro", "ca. 410"]]),
          P("Om te voorkomen dat leerlingen tussen wal en schip raken, houdt het bureau een overzicht bij van "
            "de wachtlijsten van het OPDC en de vso-scholen en van alle leerlingen die geen of slechts een "
            "deel van het onderwijs volgen. Iedere maand bespreekt het casusoverleg thuiszitters de "
            "leerlingen die langer dan twee weken thuiszitten; leerplicht en jeugdteam schuiven aan. Als een "
            "plek ontbreekt, kan de directeur-bestuurder een maatwerkvoorziening inrichten. Blijkt een tekort "
            "structureel, dan legt de directeur-bestuurder binnen drie maanden een voorstel aan het bestuur "
            "voor om het aanbod uit te breiden.")]
    b += [H1("Toewijzing en toelaatbaarheid"),
          H2("Wie vraagt aan en hoe"),
          P("Een aanvraag voor een toelaatbaarheidsverklaring voor het vso of voor praktijkonderwijs, of "
            "voor een aanwijzing lwoo, wordt ingediend door de school waar de leerling staat ingeschreven "
            "of is aangemeld. Dat gebeurt via het aanvraagportaal. Bij de aanvraag horen het "
            "ontwikkelingsperspectief of het groeidocument, het onderwijskundig rapport en de zienswijze van "
            "ouders en leerling. De Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband "
            "beslist binnen zes weken, in spoedsituaties binnen tien werkdagen."),
          H2("Wanneer is een leerling toelaatbaar"),
          P("De CvT verklaart een leerling toelaatbaar tot het vso wanneer (a) de school aantoonbaar de "
            "basisondersteuning en ten minste één arrangement heeft ingezet, (b) de leerling ook met die "
            "ondersteuning onvoldoende tot ontwikkeling komt, gemeten aan de doelen in het "
            "ontwikkelingsperspectief, en (c) de leerling is aangewezen op een setting die alleen het vso "
            "biedt, zoals een groep van maximaal twaalf leerlingen met een combinatie van onderwijs en "
            "behandeling. Voor praktijkonderwijs en lwoo gelden de landelijke criteria voor IQ en "
            "leerachterstand; voor lwoo heeft het samenwerkingsverband geen eigen criteria vastgesteld."),
          H2("Deskundigen, duur en bezwaar"),
          P("Iedere aanvraag voor het vso wordt afzonderlijk beoordeeld door een orthopedagoog of "
            "GZ-psycholoog en door een tweede deskundige, die per leerling wordt gekozen. Beide leggen hun "
            "advies schriftelijk vast. De TLV geldt in de regel twee schooljaren en eindigt op 31 juli. De CvT "
            "stelt de bekostigingscategorie vast. Ouders en school kunnen binnen zes weken bezwaar maken bij "
            "het bestuur, dat de Landelijke Bezwaaradviescommissie om advies vraagt."),
          H2("Na afloop van de TLV"),
          P("Het samenwerkingsverband streeft ernaar dat een leerling niet langer in het vso blijft dan "
            "nodig. Terugkeer naar een reguliere school is het uitgangspunt zodra de leerling de benodigde "
            "vaardigheden heeft ontwikkeld en een reguliere school de ondersteuning kan bieden. Na de "
            "overstap heeft de leerling recht op een overgangsarrangement van een half jaar, waarin de "
            "vso-school ambulante begeleiding geeft en de ontvangende school extra mentortijd inzet."),
          P("De werkwijze is als volgt. Ieder jaar in januari evalueert de vso-school het "
            "ontwikkelingsperspectief van iedere leerling. In het laatste jaar van de TLV bespreekt de "
            "vso-school uiterlijk 1 februari met ouders, leerling en de consulent van het "
            "samenwerkingsverband of terugplaatsing mogelijk is. Is dat het geval, dan meldt de vso-school de "
            "leerling vóór 1 april aan bij een reguliere school en stelt zij samen met die school een "
            "overdrachtsplan op. Is terugplaatsing (nog) niet verantwoord, dan vraagt de vso-school vóór 1 "
            "april een nieuwe TLV aan en motiveert zij waarom. De CvT beslist in beide gevallen.")]
    b += [H1("Ouders en leerlingen"),
          P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Scholen betrekken ouders bij het "
            "opstellen en evalueren van het ontwikkelingsperspectief, en leerlingen hebben hoorrecht: zij "
            "mogen hun mening geven over het deel van het ontwikkelingsperspectief dat over hen gaat. Ouders "
            "en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad."),
          P("Voor vragen, twijfel of onenigheid kunnen ouders en leerlingen terecht bij het Steunpunt Ouders "
            "en Jeugd Kromme Vaart, het onafhankelijke ouder- en jeugdsteunpunt dat we met het "
            "samenwerkingsverband PO financieren maar dat onder een eigen stichting valt. Het steunpunt is op "
            "werkdagen telefonisch bereikbaar en helpt ook bij gesprekken op school. Ouders kunnen zich "
            "daarnaast kosteloos laten adviseren door de Onderwijsconsulenten. Bij een geschil over "
            "toelating, verwijdering of het ontwikkelingsperspectief kunnen zij zich wenden tot de "
            "Geschillencommissie passend onderwijs."),
          P("Hoe wij ouders in het algemeen informeren over het ondersteuningsaanbod in de regio, leggen we "
            "vast in een communicatieplan. Dat plan wordt na de zomer van 2026 opgesteld, samen met de "
            "ouders in de OPR.")]
    b += [H1("Kwaliteitszorg"),
          P("Het bestuur wil de kwaliteit van het werk van het samenwerkingsverband systematischer volgen "
            "dan in de vorige periode. De beoogde resultaten voor deze planperiode en de manier waarop we "
            "zichtbaar maken of die worden bereikt, worden beschreven in het Kwaliteitskader Kromme Vaart. "
            "Dat kader wordt na de vaststelling van dit plan opgesteld en ter instemming aan de OPR "
            "voorgelegd.")]
    b += [H1("Financieel beleid"),
          P("Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning volledig door naar de "
            "schoolbesturen. De verdeling gebeurt op basis van het aantal leerlingen op de teldatum van 1 "
            "oktober van het voorgaande jaar, met een bedrag van € 118 per leerling en een vaste voet van "
            "€ 20.000 per vestiging. Middelen voor zware ondersteuning worden, na aftrek van de afdrachten "
            "aan het vso, toegekend per arrangement: de CvT kent een arrangement toe op basis van het "
            "ontwikkelingsperspectief, in drie tarieven (licht € 3.500, midden € 7.000 en intensief € 11.000 "
            "per schooljaar)."),
          P("De besturen verantwoorden de besteding van hun middelen jaarlijks vóór 1 mei met een vast "
            "verantwoordingsformat, dat in het directeurenoverleg wordt besproken."),
          P("De meerjarenbegroting 2026-2030, met de verwachte inkomsten en de uitgaven per onderdeel, wordt "
            "na vaststelling door het bestuur als bijlage 5 aan dit plan toegevoegd.")]
    b += oogo(naam, gemeenten, "28 januari 2026")
    b += governance(naam, met_geld=True)
    b += opr(naam, "10 maart 2026")
    b += personeel(naam)
    b += extra_filler(naam)
    b += privacy_ict()
    b += planning(naam, "2026-2027 tot en met 2029-2030", "10 maart 2026", "28 januari 2026", "24 maart 2026")
    b += glossary([
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband met zijn beleid wil bereiken."),
        ("Kwaliteitszorg", "Het geheel van activiteiten waarmee de kwaliteit wordt bewaakt en verbeterd."),
        ("Meerjarenbegroting", "Overzicht van verwachte inkomsten en uitgaven voor meerdere jaren."),
        ("Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd over het ondersteuningsaanbod."),
        ("Kaart Basisondersteuning", "Overzicht van de voorzieningen die iedere school biedt."),
        ("CvT", "Commissie van Toelaatbaarheid."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ], titel="Begrippen en afkortingen")
    title = ["Ondersteuningsplan 2026-2030", naam, "VO 27-03",
             "Versie ter vaststelling, maart 2026"]
    return title, b


def label_b(docs):
    crit = {k: True for k in CRITS}
    crit["basisondersteuning.inhoud"] = False
    crit["financien.besteding"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    el = dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
              **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial")
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning' defines the shared minimum for all vestigingen (4 aspects) but the concrete content is deferred to the Kaart Basisondersteuning (spring 2027).",
        "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid': portal, dossier, CvT, 6 weeks; criteria (a)-(c); two deskundigen, 2 years, categorie, bezwaar via LBT.",
        "terugstroom": "Hidden in par. 'Na afloop van de TLV' inside the TLV chapter: policy (uitgangspunt, overgangsarrangement) and procedure (January evaluation, 1 Feb talk, 1 April, CvT decides).",
        "financien": "Ch. 'Financieel beleid' gives verdeling (per-leerling, vaste voet, arrangement tariffs) and verantwoording, but the meerjarenbegroting is only promised as absent bijlage 5.",
        "dekkend-aanbod": "Ch. 'Ondersteuningsroute en dekkend aanbod': table of provisions; wachtlijsten, casusoverleg thuiszitters, maatwerk, structural-shortage procedure.",
        "resultaten": "Ch. 'Kwaliteitszorg' only defers beoogde resultaten and monitoring to a future Kwaliteitskader; glossary entry is a trap.",
        "ouders": "Ch. 'Ouders en leerlingen': steunpunt, Onderwijsconsulenten, GPO and hoorrecht; informing parents is deferred to a communicatieplan after summer 2026.",
    }
    return el, crit, adv, notes


# ============================================================================================
# PLAN C  --  VO, pdf (rendered from docx)
# ============================================================================================
def plan_c():
    naam = "Stichting Passend Voortgezet Onderwijs Zeestroom"
    gemeenten = ["Zeestroom", "Duinkerke", "Polderwijk", "Nieuw-Haven", "Westkapelle-Noord"]
    b = []
    b += voorwoord(naam, "2026-2030", "Mr. drs. C.M. (Carla) de Ridder, voorzitter College van Bestuur",
                   "schoolleiders, ondersteuningscoördinatoren, orthopedagogen, wethouders en beleidsmedewerkers")
    b += [H1("Inleiding"),
          P(f"{naam} (VO 31-02) verbindt de scholen voor voortgezet onderwijs in de kustregio. Dit plan "
            "beschrijft het ondersteuningsaanbod, de wijze van toewijzen, de financiën en de kwaliteitszorg "
            "voor de periode 2026-2030. Het plan is een bestuurlijk kader; de uitvoering wordt jaarlijks "
            "uitgewerkt in het jaarplan en de jaarbegroting."),
          P("Het plan is tot stand gekomen in een periode van grote veranderingen. Drie scholen in de regio "
            "zijn in de afgelopen jaren gefuseerd, één vso-school heeft een nieuwe locatie betrokken en het "
            "aantal nieuwkomers is sterk toegenomen. Tegelijk is de financiële ruimte kleiner geworden. Het "
            "plan maakt daarom keuzes: we doen minder dingen, maar die doen we beter.")]
    b += regio(naam, "vo", 7, 14, "9.870", gemeenten,
               [["Deelnamepercentage vso", "3,9% (landelijk 3,6%)"],
                ["Leerlingen met lwoo", "1.140"]])
    b += visie(naam, met_ouders=False)
    b += [H1("Basisondersteuning"),
          P("Alle scholen van de stichting hebben zich verbonden aan één gezamenlijk niveau van "
            "basisondersteuning. Dit is de ondergrens die op iedere vestiging geldt, ongeacht het bestuur of de "
            "onderwijssoort. Scholen die meer bieden, beschrijven dat in hun eigen profiel. De afspraken zijn "
            "samengevat in onderstaand overzicht, dat in 2025 door alle besturen is onderschreven."),
          TABLE([["Domein", "Wat iedere vestiging ten minste biedt"],
                 ["Leren", "Dyslexie- en dyscalculiebeleid met compenserende en dispenserende maatregelen; "
                           "bijlessen Nederlands en wiskunde in de onderbouw"],
                 ["Gedrag en welbevinden", "Mentoraat met wekelijks mentoruur; training sociale vaardigheden; "
                                           "anti-pestcoördinator; time-in-plek met begeleiding"],
                 ["Structuur", "Ondersteuningscoördinator (min. 0,5 fte per vestiging); ondersteuningsteam "
                               "met jeugdarts en jeugdteam, maandelijks"],
                 ["Werkwijze", "Handelingsgericht werken; leerlingbespreking drie keer per jaar; "
                               "ontwikkelingsperspectief voor iedere leerling met extra ondersteuning"],
                 ["Fysiek en medisch", "Protocol medisch handelen; aangepast rooster bij chronische ziekte; "
                                       "toegankelijke lokalen op de begane grond"]]),
          P("Een auditteam van ondersteuningscoördinatoren van andere scholen bezoekt iedere vestiging eens "
            "per drie jaar. Het auditteam rapporteert aan de schoolleider en aan het bestuur van de "
            "stichting; tekortkomingen leiden tot afspraken over verbetering die bij het volgende bezoek "
            "worden gecontroleerd.")]
    b += [H1("Het ondersteuningscontinuüm"),
          P("Boven op de basisondersteuning kent de regio een opbouw van steeds intensievere vormen van "
            "ondersteuning. Scholen zetten eerst extra ondersteuning in de eigen school in, in de vorm van "
            "een arrangement dat door het ondersteuningsteam wordt vastgesteld. Daarna komen de "
            "bovenschoolse voorzieningen in beeld: het OPDC Kustlijn voor leerlingen die tijdelijk een "
            "kleinere setting nodig hebben, de Taalbrug voor nieuwkomers en het project Op de Rails voor "
            "leerlingen met complexe gedragsproblematiek, in samenwerking met de jeugdhulpaanbieder. Het "
            "meest specialistische deel van het continuüm bestaat uit twee vso-scholen en twee scholen voor "
            "praktijkonderwijs."),
          P("Leerlingen stromen in principe naar de minst ingrijpende voorziening die past. De voorzieningen "
            "werken met een gezamenlijke intake, zodat een leerling niet op meerdere plekken hoeft te "
            "worden aangemeld."),
          P("Hoe we witte vlekken in het aanbod systematisch opsporen, en hoe we leerlingen die thuiszitten "
            "of geen passende plek hebben sneller terug naar onderwijs begeleiden, werken we uit in een "
            "aparte notitie 'Sluitend netwerk'. Die notitie verschijnt in het najaar van 2026 en wordt "
            "daarna aan de medezeggenschap voorgelegd.")]
    b += [H1("Toelaatbaarheid en toewijzing"),
          P("Het bevoegd gezag van de school waar een leerling is ingeschreven, dient een aanvraag voor een "
            "toelaatbaarheidsverklaring vso in bij het Loket Zeestroom. De aanvraag bevat het "
            "ontwikkelingsperspectief, een overzicht van de ingezette ondersteuning over ten minste de "
            "laatste twaalf maanden en het verslag van het multidisciplinair overleg. Het loket toetst de "
            "aanvraag op volledigheid binnen vijf werkdagen. De Toewijzingscommissie beslist binnen acht "
            "weken; de directeur-bestuurder ondertekent het besluit."),
          P("Twee deskundigen - een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
            "vraag van de leerling - brengen ieder afzonderlijk schriftelijk advies uit. Een TLV wordt "
            "afgegeven voor één of twee schooljaren, tot uiterlijk 31 juli, met vermelding van de "
            "bekostigingscategorie laag, midden of hoog."),
          P("De inhoudelijke criteria op basis waarvan de Toewijzingscommissie besluit of een leerling "
            "toelaatbaar is, staan in het Toewijzingsprotocol Zeestroom (bijlage 2)."),
          P("Aanvragen voor lwoo en praktijkonderwijs dienen de vo-scholen vóór 15 maart in bij het loket, "
            "met het onderwijskundig rapport en de testgegevens. De Toewijzingscommissie beslist binnen vier "
            "weken. De gehanteerde criteria zijn eveneens opgenomen in bijlage 2.")]
    b += [H1("Doorstroom naar vervolgonderwijs"),
          P("De overstap van het primair naar het voortgezet onderwijs verloopt via de regionale "
            "overstapprocedure. Basisscholen dragen leerlingen warm over; voor leerlingen met een "
            "ondersteuningsbehoefte vindt een overdrachtsgesprek plaats met de ondersteuningscoördinator van "
            "de ontvangende school. Aan het eind van het voortgezet onderwijs stromen leerlingen door naar "
            "het mbo, hbo of wo, of naar werk. De uitstroom van vso- en pro-leerlingen wordt gevolgd in "
            "samenwerking met het regionale meld- en coördinatiepunt.")]
    b += [H1("Kwaliteit en resultaten"),
          P("Voor deze planperiode heeft het bestuur de volgende beoogde resultaten vastgesteld. Ze zijn "
            "gebaseerd op de nulmeting van oktober 2025."),
          TABLE([["Indicator", "Nulmeting 2025", "Streefwaarde 2028", "Streefwaarde 2030"],
                 ["Deelnamepercentage vso", "3,9%", "3,7%", "3,5%"],
                 ["TLV-besluiten binnen acht weken", "71%", "85%", "95%"],
                 ["Leerlingen OPDC binnen twee jaar terug in regulier onderwijs", "58%", "65%", "70%"],
                 ["Vso-leerlingen met diploma of certificaat bij uitstroom", "62%", "66%", "70%"],
                 ["Tevredenheid scholen over het loket (schaal 1-10)", "6,8", "7,3", "7,5"]]),
          P("De controller stelt ieder kwartaal een rapportage op met de stand van deze indicatoren, op basis "
            "van de gegevens uit het registratiesysteem, DUO en de tevredenheidspeiling onder scholen. De "
            "rapportage wordt besproken in het bestuur en in het directeurenoverleg. In het jaarverslag "
            "leggen we verantwoording af over de bereikte resultaten en over de middelen die daaraan zijn "
            "besteed. Halverwege de planperiode, in het voorjaar van 2028, voert een extern bureau een "
            "tussenevaluatie uit, waarvan de uitkomsten ter bespreking aan de OPR worden voorgelegd.")]
    b += [H1("Financiën"),
          P("De stichting verdeelt de middelen volgens een schoolmodel. Na aftrek van de afdrachten aan het "
            "vso en de kosten van de bovenschoolse voorzieningen ontvangen de besturen een budget op basis "
            "van het aantal leerlingen op 1 oktober (€ 131 per leerling) en een bedrag per leerling met lwoo "
            "(€ 1.950). Het bestuur stelt de verdeling jaarlijks vast bij de begroting; besturen kunnen "
            "voorafgaand aan de vaststelling een zienswijze geven."),
          TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten rijksbijdragen", "12.850", "12.640", "12.480", "12.300"],
                 ["Afdrachten vso", "5.920", "5.840", "5.760", "5.700"],
                 ["Budgetten besturen", "3.710", "3.650", "3.600", "3.540"],
                 ["OPDC Kustlijn en Taalbrug", "1.820", "1.820", "1.800", "1.790"],
                 ["Op de Rails", "390", "400", "400", "400"],
                 ["Loket en bureau", "980", "990", "1.000", "1.010"],
                 ["Resultaat", "30", "-60", "-80", "-140"]]),
          P("De negatieve resultaten vanaf 2027 zijn bewust begroot: de reserve ligt boven de "
            "signaleringswaarde van de inspectie en wordt in vier jaar teruggebracht tot het niveau dat "
            "nodig is om de financiële risico's op te vangen.")]
    b += oogo(naam, gemeenten, "11 februari 2026")
    b += governance(naam)
    b += opr(naam, "5 maart 2026", met_ouders=False)
    b += personeel(naam)
    b += extra_filler(naam)
    b += privacy_ict()
    b += planning(naam, "2026-2027 tot en met 2029-2030", "5 maart 2026", "11 februari 2026", "19 maart 2026")
    b += glossary([
        ("Terugplaatsing", "Overstap van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de TLV."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."),
        ("Informatievoorziening", "Het informeren van ouders en leerlingen over ondersteuningsmogelijkheden."),
        ("Witte vlekken", "Ontbrekend aanbod in de regio."),
        ("Toewijzingsprotocol", "Document met de criteria voor toelaatbaarheid (bijlage 2)."),
    ], titel="Afkortingen en begrippen")
    title = ["Ondersteuningsplan Zeestroom 2026-2030", naam, "VO 31-02",
             "Vastgesteld door het bestuur op 19 maart 2026"]
    return title, b


def label_c(docs):
    crit = {k: True for k in CRITS}
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["ouders.informatie"] = False
    crit["ouders.steunpunt"] = False
    el = dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
              **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': shared minimum for every vestiging; the concrete content is only in the domain table; auditteam every 3 years.",
        "plaatsing": "Ch. 'Toelaatbaarheid en toewijzing': procedure, deskundigen, duration and categorie are given, but the criteria are only referred to the absent Toewijzingsprotocol (bijlage 2); no bezwaar.",
        "terugstroom": "Nothing in the body; 'Doorstroom naar vervolgonderwijs' is PO-VO/uitstroom (near-miss), the OPDC return indicator is not vso terugplaatsing, and 'Terugplaatsing' appears only in the glossary and running header.",
        "financien": "Ch. 'Financiën': schoolmodel with per-leerling and per-lwoo amounts, meerjarenbegroting table, reserve reduction.",
        "dekkend-aanbod": "Ch. 'Het ondersteuningscontinuüm' describes the continuum; finding gaps/thuiszitters is deferred to the 'Sluitend netwerk' notitie (autumn 2026).",
        "resultaten": "Ch. 'Kwaliteit en resultaten': table with nulmeting and streefwaarden; quarterly report, jaarverslag, external mid-term evaluation 2028.",
        "ouders": "No information channels, steunpunt or parental role in the body (OPR section names no parents); OJSP and Onderwijsconsulenten only in the glossary, 'ouders' only in the running header.",
    }
    return el, crit, adv, notes


# ============================================================================================
# PLAN D  --  PO, pdf (rendered from docx)
# ============================================================================================
def plan_d():
    naam = "Samenwerkingsverband Passend Primair Onderwijs De Heidezoom"
    gemeenten = ["Heidezoom", "Berkenrode", "Vennendal"]
    b = []
    b += voorwoord(naam, "2026-2030", "Drs. P. (Pieter) Sanders, directeur-bestuurder",
                   "directeuren, intern begeleiders, leerkrachten, ouders, kinderen uit groep 7 en 8, "
                   "jeugdverpleegkundigen en medewerkers van de gemeenten")
    b += [H1("Inleiding"),
          P(f"{naam} (PO 30-11) is het samenwerkingsverband voor primair onderwijs in de regio Heidezoom. "
            "Aan het samenwerkingsverband nemen zes schoolbesturen deel, met samen 48 basisscholen, twee "
            "scholen voor speciaal basisonderwijs en drie so-locaties. Dit plan is een plan op hoofdlijnen: "
            "het beschrijft de koers en de belangrijkste afspraken. Uitwerkingen staan in afzonderlijke "
            "documenten die het bestuur vaststelt."),
          P("We hebben gekozen voor een compact plan met een duidelijke structuur. Na de terugblik en de "
            "beschrijving van onze regio volgen de hoofdstukken over ondersteuning, toelaatbaarheid, "
            "terugplaatsing, kwaliteit, ouders en financiën. Het plan sluit af met de samenwerking met "
            "gemeenten, de organisatie en de planning.")]
    b += [H1("Terugblik op de planperiode 2022-2026"),
          P("In de vorige planperiode hebben we veel bereikt, maar niet alles. Hieronder een overzicht van "
            "de belangrijkste cijfers, zoals gerapporteerd in de jaarverslagen."),
          TABLE([["Kengetal", "2021-2022", "2024-2025"],
                 ["Deelnamepercentage sbo", "2,6%", "2,3%"],
                 ["Deelnamepercentage so", "1,9%", "1,8%"],
                 ["Aantal afgegeven TLV's", "188", "164"],
                 ["Terugplaatsingen van sbo/so naar basisonderwijs", "9", "17"],
                 ["Kinderen langer dan vier weken zonder onderwijs (peildatum 1 oktober)", "14", "6"],
                 ["Tevredenheid ouders over de ondersteuning (1-10)", "7,1", "7,4"]]),
          P("De daling van het aantal kinderen zonder onderwijs is het resultaat van de thuiszitterstafel "
            "die in 2023 is ingericht. Minder goed ging het met de wachtlijst voor het so cluster 4: die "
            "liep op tot ruim twintig kinderen, mede door een tekort aan personeel. Het aantal "
            "terugplaatsingen is bijna verdubbeld, na de invoering van het terugplaatsingsarrangement.")]
    b += regio(naam, "po", 6, 53, "9.420", gemeenten)
    b += visie(naam)
    b += [H1("Basisondersteuning"),
          P("Alle basisscholen in ons samenwerkingsverband bieden ten minste de afgesproken "
            "basisondersteuning. Dit niveau geldt voor iedere school en iedere vestiging en is de ondergrens "
            "waaronder geen school mag zakken. Basisondersteuning vraagt geen toestemming of budget van het "
            "samenwerkingsverband: het is wat een kind op iedere school mag verwachten."),
          P("Welke voorzieningen, interventies en deskundigheid een school precies biedt, is beschreven in het "
            "schoolondersteuningsprofiel (SOP) van de school. Ouders vinden de SOP's van alle scholen op "
            "scholenopdekaart.nl en op de website van de school.")]
    b += [H1("Arrangementen en dekkend aanbod"),
          P("Wanneer een kind meer nodig heeft dan de basisondersteuning, bespreekt de school dat in het "
            "ondersteuningsteam, met de ouders, de intern begeleider en de onderwijsspecialist van het "
            "samenwerkingsverband. Samen stellen zij een arrangement vast. Het aanbod is als volgt opgebouwd:"),
          UL(["arrangementen op de eigen school, zoals begeleiding door een gedragsspecialist of een "
              "onderwijsassistent, een aangepast programma of inzet van ambulante begeleiding;",
              "bovenschoolse groepen: twee plusklassen voor meer- en hoogbegaafde kinderen, de "
              "taalklas voor nieuwkomers en de observatiegroep De Brug (maximaal twaalf weken);",
              "het speciaal basisonderwijs op twee locaties;",
              "het speciaal onderwijs cluster 3 en 4 op drie locaties, waarvan één met een "
              "onderwijs-zorggroep voor jonge kinderen."]),
          P("Om gaten in het aanbod op te sporen, houdt het samenwerkingsverband maandelijks een overzicht "
            "bij van alle kinderen op een wachtlijst en van alle kinderen die geen of gedeeltelijk onderwijs "
            "volgen. De thuiszitterstafel, met leerplicht, het jeugdteam, de school en het "
            "samenwerkingsverband, bespreekt iedere melding binnen twee weken en spreekt af wie de regie "
            "heeft. Lukt het niet om binnen zes weken een passende plek te vinden, dan schakelt de "
            "directeur-bestuurder de besturen in, die op grond van hun gezamenlijke zorgplicht een tijdelijke "
            "plek organiseren. Eén keer per jaar bespreekt het bestuur welke tekorten structureel zijn en "
            "welk nieuw aanbod daarvoor nodig is; in 2025 leidde dat tot de start van de tweede plusklas.")]
    b += [H1("Toelaatbaarheid tot sbo en so"),
          P("De procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het "
            "speciaal onderwijs zijn beschreven in het Handboek Toewijzing De Heidezoom 2026, dat het "
            "bestuur afzonderlijk vaststelt en dat als bijlage 3 bij dit plan hoort.")]
    b += [H1("Terugplaatsing en overplaatsing"),
          P("We willen dat kinderen in het sbo en so, als dat kan, terugkeren naar een basisschool in hun "
            "eigen wijk of dorp. Een plek in het speciaal (basis)onderwijs is voor ons geen eindstation. "
            "Voorwaarden voor terugkeer zijn dat de ontwikkeling van het kind volgens het "
            "ontwikkelingsperspectief verloopt, dat het kind baat heeft bij de grotere groep en dat de "
            "ontvangende basisschool met de ondersteuning die zij kan bieden aansluit bij wat het kind nodig "
            "heeft. Na terugkeer krijgt het kind gedurende een jaar een terugplaatsingsarrangement: "
            "begeleiding door een leerkracht van de sbo- of so-school en extra handen in de klas."),
          P("Procedure:"),
          UL(["De sbo- of so-school bespreekt bij iedere OPP-evaluatie (twee keer per jaar) of terugplaatsing "
              "een reële optie is.",
              "In het schooljaar waarin de TLV afloopt, neemt de school uiterlijk in januari het initiatief "
              "voor een gesprek met ouders en de onderwijsspecialist van het samenwerkingsverband.",
              "Als terugkeer passend is, zoekt de school samen met ouders een basisschool; de intern "
              "begeleider van die school wordt bij het overdrachtsgesprek betrokken.",
              "De ontvangende basisschool besluit over de inschrijving; het samenwerkingsverband kent het "
              "terugplaatsingsarrangement toe.",
              "Als terugkeer (nog) niet passend is, dient de school tijdig een nieuwe aanvraag in.",
              "Na drie en na zes maanden evalueren de scholen en de ouders de terugplaatsing."])]
    b += [H1("Kwaliteitszorg en resultaten"),
          P("Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen: de "
            "deelnamepercentages sbo en so op 1 oktober, het aantal TLV's en arrangementen, het aantal "
            "terugplaatsingen, het aantal kinderen zonder onderwijs, de wachttijden en de tevredenheid van "
            "ouders en scholen. De gegevens komen uit DUO, het registratiesysteem van het "
            "samenwerkingsverband en een jaarlijkse peiling onder ouders en scholen. Iedere vier maanden "
            "bespreekt het bestuur een rapportage; in het jaarverslag rapporteren we over de bereikte "
            "resultaten. Aan het eind van de planperiode evalueren we het plan met de OPR."),
          P("De beoogde resultaten voor de planperiode 2026-2030 formuleren we na de nulmeting die in het "
            "voorjaar van 2026 plaatsvindt. Ze worden opgenomen in het jaarplan 2026-2027.")]
    b += [H1("Ouders"),
          P("Ouders zijn partner in de ontwikkeling van hun kind. Zij worden betrokken bij ieder gesprek over "
            "de ondersteuning van hun kind en bij het opstellen van het ontwikkelingsperspectief."),
          P("Ouders vinden informatie over de ondersteuning in onze regio op de ouderpagina van de website "
            "van het samenwerkingsverband, met uitleg over basisondersteuning, arrangementen, sbo en so, en "
            "in de ouderbrochure 'Samen op weg', die iedere school bij de intake meegeeft. Twee keer per jaar "
            "organiseren we een informatieavond. Iedere school beschrijft in de schoolgids wie het "
            "aanspreekpunt voor ondersteuning is."),
          P("Samen met het samenwerkingsverband VO onderzoeken we de inrichting van een ouder- en "
            "jeugdsteunpunt. Een besluit daarover volgt na de zomer van 2026.")]
    b += [H1("Financiën"),
          P("De verdeling en de besteding van de ondersteuningsmiddelen zijn vastgelegd in het financieel "
            "beleidsplan en de meerjarenbegroting van het samenwerkingsverband. Beide documenten worden "
            "jaarlijks door het bestuur vastgesteld en zijn te vinden op onze website.")]
    b += oogo(naam, gemeenten, "21 januari 2026")
    b += governance(naam, rechtsvorm="vereniging", met_geld=False)
    b += opr(naam, "4 maart 2026")
    b += personeel(naam)
    b += extra_filler(naam, met_arbeidsmarkt=False)
    b += privacy_ict()
    b += planning(naam, "2026-2027 tot en met 2029-2030", "4 maart 2026", "21 januari 2026", "18 maart 2026")
    b += glossary([
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven door het samenwerkingsverband."),
        ("Toelaatbaarheidscriteria", "Criteria op grond waarvan een kind toelaatbaar is tot sbo of so."),
        ("Verdeelmodel", "De manier waarop de middelen over de besturen worden verdeeld."),
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("SOP", "Schoolondersteuningsprofiel."),
    ])
    title = ["Ondersteuningsplan 2026-2030", naam, "PO 30-11",
             "Vastgesteld door de algemene ledenvergadering op 18 maart 2026"]
    return title, b


def label_d(docs):
    crit = {k: True for k in CRITS}
    crit["basisondersteuning.inhoud"] = False
    crit["plaatsing.procedure"] = False
    crit["plaatsing.criteria"] = False
    crit["financien.verdeling"] = False
    crit["financien.besteding"] = False
    crit["resultaten.doelen"] = False
    crit["ouders.steunpunt"] = False
    el = dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present", financien="missing",
              **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial")
    adv = {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning' states the minimum for every school but refers the concrete voorzieningen to the SOPs on scholenopdekaart.nl.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so' only refers to the Handboek Toewijzing (absent bijlage 3); no procedure, criteria, deskundigen, duration or bezwaar anywhere.",
        "terugstroom": "Ch. 'Terugplaatsing en overplaatsing': policy (thuisnabij, conditions, terugplaatsingsarrangement) and a step list with initiative, moments, decision and evaluation; numbers in the terugblik.",
        "financien": "Ch. 'Financiën' only refers to the financieel beleidsplan and meerjarenbegroting on the website; no verdeling, amounts or budget in the plan.",
        "dekkend-aanbod": "Ch. 'Arrangementen en dekkend aanbod': continuum list plus monthly gap overview, thuiszitterstafel, zorgplicht escalation, yearly structural-shortage review.",
        "resultaten": "Ch. 'Kwaliteitszorg en resultaten' describes kengetallen, sources, 4-monthly reporting, jaarverslag; beoogde resultaten deferred to after the spring 2026 nulmeting.",
        "ouders": "Ch. 'Ouders': ouderpagina, brochure, informatieavonden, schoolgids; an independent steunpunt is only being explored (decision after summer 2026).",
    }
    return el, crit, adv, notes


# ============================================================================================
# PLAN E  --  VO, html web version
# ============================================================================================
def plan_e():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Eemkring"
    gemeenten = ["Eemstede", "Hoogland-Oost", "Soestbergen", "Bunschoten-Veld"]
    b = []
    b += voorwoord(naam, "2026-2030", "M. (Marloes) Kuipers MEd, directeur-bestuurder",
                   "schoolleiders, mentoren, leerlingen, ouders, leerplichtambtenaren en wethouders")
    b += [H1("Over dit plan"),
          P("Dit is de webversie van het ondersteuningsplan 2026-2030. De webversie is inhoudelijk gelijk aan "
            "de pdf die de inspectie heeft ontvangen; alleen de opmaak verschilt. Bijlagen zijn als "
            "afzonderlijke downloads beschikbaar."),
          P("In dit plan leggen we de nadruk op de onderdelen waar de besturen de afgelopen periode het "
            "meest over hebben gesproken: de toewijzing van specialistische plekken, de weg terug naar het "
            "regulier onderwijs, de inzet van het geld en de positie van ouders en leerlingen.")]
    b += regio(naam, "vo", 8, 15, "12.630", gemeenten)
    b += visie(naam)
    b += [H1("Basisondersteuning en extra ondersteuning"),
          P("De schoolbesturen werken aan een gezamenlijke ondergrens voor de ondersteuning die iedere school "
            "biedt. Dat traject loopt tot in 2027. Tot het is afgerond, verwijzen we voor de ondersteuning "
            "per school naar de schoolgids van de betreffende school.")]
    b += [H1("Ondersteuningsaanbod in de regio"),
          P("Een volledige beschrijving van het aanbod in de regio - van de ondersteuning op de scholen tot de "
            "specialistische voorzieningen - en van onze aanpak van leerlingen zonder passende plek, komt "
            "beschikbaar in de online Ondersteuningswijzer. De Ondersteuningswijzer gaat in het schooljaar "
            "2026-2027 live.")]
    b += [H1("Toelaatbaarheid"),
          H2("Vso"),
          P("De school waar de leerling staat ingeschreven of is aangemeld, vraagt de "
            "toelaatbaarheidsverklaring aan bij het Toewijzingsloket Eemkring. Bij de aanvraag voegt de "
            "school het ontwikkelingsperspectief, het verslag van het laatste multidisciplinair overleg en de "
            "ondertekende zienswijze van ouders en leerling. Het loket plant binnen tien werkdagen een "
            "gesprek met school, ouders en leerling. De TLV-commissie besluit binnen zes weken na "
            "ontvangst van de volledige aanvraag."),
          P("Een leerling is toelaatbaar tot het vso wanneer zijn ondersteuningsbehoefte op ten minste twee "
            "van de volgende gebieden zo groot is dat de reguliere school, ook met extra inzet, niet "
            "toereikend is: (1) leren en ontwikkeling, (2) gedrag en sociaal-emotioneel functioneren, (3) "
            "medische of lichamelijke zorg tijdens de schooldag, (4) de noodzaak van een zeer kleine groep "
            "met een vaste structuur gedurende de hele schooldag. De school moet bovendien aantonen dat zij "
            "gedurende ten minste zes maanden een passend arrangement heeft ingezet en geëvalueerd, behalve "
            "wanneer de veiligheid van de leerling of anderen in het geding is."),
          P("Twee onafhankelijke deskundigen - altijd een orthopedagoog of psycholoog, en daarnaast een "
            "deskundige die past bij de vraag, zoals een jeugdarts of kinder- en jeugdpsychiater - geven "
            "ieder een eigen schriftelijk advies. De TLV-commissie bepaalt de duur (één tot vier "
            "schooljaren, steeds eindigend op 31 juli) en de bekostigingscategorie laag, midden of hoog. "
            "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken; het "
            "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
          H2("Lwoo en praktijkonderwijs"),
          P("Voor lwoo en praktijkonderwijs gelden de landelijke criteria voor intelligentie, "
            "leerachterstand en, bij lwoo, sociaal-emotionele problematiek. De vo-school dient de aanvraag "
            "uiterlijk 1 april in; het loket beslist binnen vier weken. De aanwijzing lwoo en de TLV "
            "praktijkonderwijs gelden voor de duur van de opleiding.")]
    b += [H1("Terugplaatsing"),
          P("In het laatste jaar van de TLV doorloopt de vso-school de volgende stappen. Vóór 1 december "
            "beoordeelt de commissie van begeleiding van de vso-school of de leerling kan overstappen naar "
            "het regulier onderwijs. Vóór 15 januari bespreekt de vso-school de uitkomst met ouders en "
            "leerling. Bij een positieve uitkomst meldt de vso-school de leerling vóór 1 maart aan bij een "
            "reguliere school; de ondersteuningscoördinatoren van beide scholen stellen samen een "
            "overdrachtsdossier op. Bij een negatieve uitkomst vraagt de vso-school vóór 1 maart een "
            "verlenging aan bij het Toewijzingsloket. In beide gevallen neemt de TLV-commissie het "
            "besluit. Na de overstap evalueren beide scholen na tien weken."),
          P("Wat we met terugplaatsing willen bereiken, onder welke voorwaarden een leerling teruggaat en "
            "welke begeleiding hij daarna krijgt, beschrijven we in de beleidsnotitie 'Terug naar "
            "regulier'. Die notitie wordt in het voorjaar van 2027 aan het bestuur voorgelegd.")]
    b += [H1("Resultaten"),
          P("Voor leerlingen met een ondersteuningsbehoefte willen we in 2030 de volgende resultaten hebben "
            "bereikt:"),
          UL(["het deelnamepercentage vso is gedaald van 4,1% (2025) naar 3,6%;",
              "95% van de TLV-aanvragen is binnen zes weken afgehandeld (2025: 78%);",
              "ten minste 75% van de leerlingen met een arrangement behaalt het diploma of stroomt door "
              "naar het niveau dat in het ontwikkelingsperspectief is voorzien;",
              "ouders waarderen de informatie en ondersteuning van het samenwerkingsverband met ten minste "
              "een 7,5."]),
          P("We volgen deze resultaten met een dashboard dat maandelijks wordt bijgewerkt vanuit het "
            "registratiesysteem en DUO. Twee keer per jaar bespreekt het bestuur een voortgangsrapportage. In "
            "het jaarverslag rapporteren we over de bereikte resultaten en de kosten die daarmee gemoeid "
            "waren. De OPR ontvangt de rapportages en bespreekt ze met de directeur-bestuurder.")]
    b += [H1("Ouders en leerlingen"),
          P("Ouders en leerlingen krijgen informatie over de ondersteuningsmogelijkheden via de ouderpagina "
            "op deze website, via de folder 'Passend onderwijs in de Eemkring' die in het Nederlands, Engels, "
            "Arabisch en Turks beschikbaar is, en via de schoolgids van iedere school. Iedere vo-school "
            "organiseert bij de start van het schooljaar een ouderavond waarin de ondersteuningscoördinator "
            "vertelt welke hulp er is en hoe je die krijgt."),
          P("Bij vragen of als ouders en school er samen niet uitkomen, kunnen ouders en leerlingen terecht bij "
            "het Ouder- en Jeugdsteunpunt Eemkring. Het steunpunt is onafhankelijk van de scholen, heeft "
            "een eigen telefoonnummer en spreekuur, en kan bemiddelen. Ook de Onderwijsconsulenten kunnen "
            "kosteloos adviseren. Leerlingen hebben hoorrecht bij het opstellen van hun "
            "ontwikkelingsperspectief.")]
    b += [H1("Financiën"),
          P("Het samenwerkingsverband verdeelt de middelen volgens het model 'geld volgt leerling'. Iedere "
            "school ontvangt € 160 per leerling op 1 oktober, plus € 2.100 per leerling met lwoo. Daarnaast "
            "kunnen scholen bij het Toewijzingsloket een aanvullend budget aanvragen voor een leerling die "
            "meer nodig heeft; het loket beslist aan de hand van het ontwikkelingsperspectief en kent een "
            "bedrag toe van maximaal € 9.000 per schooljaar. Scholen verantwoorden de besteding jaarlijks "
            "in een verantwoordingsgesprek met het bureau."),
          TABLE([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Afdrachten vso en pro", "7.210", "7.150", "7.080", "7.010"],
                 ["Schoolbudgetten (per leerling)", "2.020", "1.990", "1.960", "1.930"],
                 ["Lwoo-budgetten", "2.480", "2.450", "2.420", "2.400"],
                 ["Aanvullende budgetten", "540", "560", "580", "580"],
                 ["Ouder- en Jeugdsteunpunt", "120", "125", "125", "130"],
                 ["Bureau en loket", "1.060", "1.070", "1.080", "1.090"]]),
          P("De algemene reserve bedraagt € 2,1 miljoen en ligt onder de signaleringswaarde.")]
    b += [H1("De stem van leerlingen"),
          P("In de vorige planperiode is een leerlingenpanel opgericht met twaalf leerlingen van verschillende "
            "scholen en onderwijssoorten. Het panel komt vier keer per jaar bijeen en geeft gevraagd en "
            "ongevraagd advies aan de directeur-bestuurder. Het panel heeft meegelezen met dit plan en heeft "
            "onder meer gevraagd om eenvoudiger taal in brieven aan leerlingen en om meer aandacht voor "
            "leerlingen die zich op school niet veilig voelen. Beide adviezen zijn overgenomen. Leden van het "
            "panel ontvangen een vrijwilligersvergoeding en een certificaat."),
          H1("Communicatie met scholen en partners"),
          P("Het bureau informeert de scholen via een maandelijkse nieuwsbrief en een besloten deel van de "
            "website, waar formulieren, handreikingen en verslagen van het directeurenoverleg te vinden zijn. "
            "Voor ondersteuningscoördinatoren is er een digitaal platform waarop zij vragen aan elkaar en "
            "aan het bureau kunnen stellen. Gemeenten en ketenpartners ontvangen twee keer per jaar een "
            "bestuurlijke nieuwsbrief. Het bureau streeft ernaar vragen van scholen binnen twee werkdagen te "
            "beantwoorden. In 2027 evalueren we met een korte enquête onder schoolleiders of de "
            "communicatiemiddelen nog aansluiten bij hun behoefte."),
          P("Voor de pers en andere belangstellenden is de directeur-bestuurder het aanspreekpunt. Het "
            "samenwerkingsverband publiceert zijn jaarverslag, dit ondersteuningsplan en de verslagen van de "
            "openbare vergaderingen van de OPR op de website. Vergaderstukken van het bestuur zijn op verzoek "
            "in te zien, met uitzondering van stukken die tot individuele leerlingen herleidbaar zijn. Bij "
            "incidenten of calamiteiten volgt het bureau het crisiscommunicatieprotocol dat in 2024 samen met "
            "de schoolbesturen is opgesteld."),
          H1("Samenwerking met gemeenten"),
          P(f"Het concept van dit plan is op 29 januari 2026 besproken in het OOGO met de gemeenten "
            f"{', '.join(gemeenten)}. Het verslag van het OOGO is opgenomen in bijlage 6.")]
    b += governance(naam)
    b += opr(naam, "11 maart 2026")
    b += personeel(naam)
    b += extra_filler(naam, met_arbeidsmarkt=False)
    b += privacy_ict()
    b += planning(naam, "2026-2027 tot en met 2029-2030", "11 maart 2026", "29 januari 2026", "25 maart 2026")
    b += [H1("Begrippen"),
          UL(["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen in het "
              "samenwerkingsverband bieden, zoals een ondersteuningscoördinator, een dyslexieprotocol en "
              "een ondersteuningsteam.",
              "Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat voor iedere leerling een "
              "passende plek is.",
              "Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.",
              "Arrangement: een afgesproken pakket extra ondersteuning voor een leerling.",
              "TLV: toelaatbaarheidsverklaring."])]
    title = ["Ondersteuningsplan 2026-2030", naam, "VO 26-05 | vastgesteld 25 maart 2026"]
    nav = ["Home", "Over ons", "Basisondersteuning", "Dekkend aanbod", "Toelaatbaarheid", "Terugplaatsing",
           "Resultaten", "Ouders", "Financiën", "Contact"]
    footer = (f"© 2026 {naam} | Ouders? Bel het Ouder- en Jeugdsteunpunt | Privacyverklaring | "
              "Basisondersteuning | Thuiszitters")
    return title, b, nav, footer


def label_e(docs):
    crit = {k: True for k in CRITS}
    crit["basisondersteuning.niveau"] = False
    crit["basisondersteuning.inhoud"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["dekkend-aanbod.lacunes"] = False
    el = dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present")
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Section 'Basisondersteuning en extra ondersteuning' only says a common minimum is being developed until 2027 and refers to schoolgidsen; definition only in 'Begrippen', nav and footer.",
        "plaatsing": "Section 'Toelaatbaarheid': loket, dossier, 10 days/6 weeks, four-area criteria, two deskundigen, 1-4 years, categorie, LBT bezwaar; lwoo/pro.",
        "terugstroom": "Section 'Terugplaatsing' gives dated steps and the deciding body, but aims/conditions/support after return are deferred to the notitie 'Terug naar regulier' (spring 2027).",
        "financien": "Section 'Financiën': geld-volgt-leerling amounts, aanvullend budget criteria, verantwoordingsgesprek, begroting 2026-2029 table, reserve.",
        "dekkend-aanbod": "Section 'Ondersteuningsaanbod in de regio' defers everything to the online Ondersteuningswijzer; OOGO only procedural with the verslag in absent bijlage 6; 'Dekkend aanbod'/'Thuiszitter' only in Begrippen/nav/footer.",
        "resultaten": "Section 'Resultaten': four targets with baselines, monthly dashboard, half-yearly report, jaarverslag.",
        "ouders": "Section 'Ouders en leerlingen': ouderpagina, multilingual folder, schoolgids, ouderavond; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, hoorrecht.",
    }
    return el, crit, adv, notes


# ============================================================================================
# F  --  NOT a plan: school-level schoolondersteuningsprofiel of one VO school (docx)
# ============================================================================================
def near_miss():
    school = "Vaartcollege, locatie Oudebrug"
    b = [
        H1("Inleiding"),
        P(f"Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning het {school} biedt aan "
          "leerlingen die dat nodig hebben. Het profiel is opgesteld door het ondersteuningsteam van de "
          "school en vastgesteld door de directie, na advies van de medezeggenschapsraad. Wij zijn aangesloten "
          "bij Samenwerkingsverband VO Kromme Vaart; de afspraken in het ondersteuningsplan van het "
          "samenwerkingsverband vormen het kader voor dit profiel. Dit profiel geldt voor het schooljaar "
          "2025-2026 en wordt jaarlijks geactualiseerd."),
        P("Het Vaartcollege, locatie Oudebrug, is een school voor vmbo (basis, kader en gemengde leerweg) en "
          "havo, met ruim 900 leerlingen. Ongeveer 180 leerlingen hebben een aanwijzing lwoo. De school heeft "
          "een eigen trajectvoorziening en werkt nauw samen met het OPDC Vaartwijs."),
        H1("Onze visie op ondersteuning"),
        P("Wij willen dat iedere leerling zich op onze school gezien voelt. Goed onderwijs begint in de les: "
          "een duidelijke structuur, een voorspelbare docent en een mentor die de leerling kent. Pas als dat "
          "niet genoeg is, zetten we extra ondersteuning in. Ouders zijn daarbij onze partner; we nemen "
          "geen besluit over de ondersteuning van een leerling zonder met ouders en leerling te hebben "
          "gesproken."),
        H1("Basisondersteuning op onze school"),
        P("Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Op "
          "onze locatie betekent dat concreet:"),
        UL(["iedere klas heeft een mentor met een wekelijks mentoruur;",
            "de ondersteuningscoördinator (0,8 fte) is het aanspreekpunt voor ouders;",
            "leerlingen met dyslexie of dyscalculie krijgen een faciliteitenpas;",
            "we bieden een faalangstreductietraining en een training sociale vaardigheden;",
            "in het Leerplein kunnen leerlingen onder begeleiding tijdelijk buiten de klas werken;",
            "het ondersteuningsteam komt iedere zes weken bijeen met de jeugdarts en het jeugdteam."]),
        H1("Extra ondersteuning"),
        P("Leerlingen met een aanwijzing lwoo volgen les in kleinere klassen en krijgen extra begeleiding "
          "bij Nederlands en rekenen. Voor leerlingen die meer nodig hebben, stelt de school een "
          "ontwikkelingsperspectief op en vraagt zij zo nodig een arrangement aan bij het "
          "samenwerkingsverband. Onze trajectvoorziening biedt plaats aan tien leerlingen."),
        P("Als een leerling niet op onze school kan blijven, zoeken we samen met ouders en het "
          "samenwerkingsverband naar een passende plek. Een toelaatbaarheidsverklaring voor het vso wordt "
          "aangevraagd bij het samenwerkingsverband; de procedure en de criteria staan in het "
          "ondersteuningsplan van het samenwerkingsverband. Leerlingen die terugkeren uit het vso, "
          "ontvangen wij graag; we maken dan afspraken met de vso-school over de overdracht."),
        H1("Grenzen aan onze ondersteuning"),
        P("Onze school kan geen onderwijs bieden aan leerlingen die de hele dag één-op-één begeleiding nodig "
          "hebben of die intensieve medische zorg vragen die wij niet kunnen bieden. Ook leerlingen die "
          "structureel een zeer kleine groep nodig hebben, kunnen wij niet passend begeleiden. In die "
          "gevallen verwijzen wij naar het samenwerkingsverband."),
        H1("Ouders"),
        P("Ouders kunnen met vragen over ondersteuning terecht bij de mentor en de ondersteuningscoördinator. "
          "Informatie over de ondersteuning staat ook in de schoolgids. Voor onafhankelijk advies kunnen "
          "ouders contact opnemen met het Steunpunt Ouders en Jeugd Kromme Vaart of met de "
          "Onderwijsconsulenten. Klachten behandelen wij volgens de klachtenregeling van ons bestuur."),
        H1("Ambities voor volgend schooljaar"),
        P("In 2026-2027 willen wij het aantal leerlingen dat gebruikmaakt van het Leerplein terugbrengen door "
          "meer ondersteuning in de klas te bieden. Alle docenten volgen een training over executieve "
          "functies. De resultaten daarvan evalueren we met het ondersteuningsteam."),
    ]
    title = ["Schoolondersteuningsprofiel 2025-2026", school,
             "Aangesloten bij Samenwerkingsverband VO Kromme Vaart"]
    return title, b


# ============================================================================================
def main():
    for stale in OUT.glob("*.expected.yaml"):
        stale.unlink()
    # A: VO docx
    t, b = plan_a()
    write_docx(OUT / "vo-maas-en-linge-op-2026-2030.docx", t, b,
               header_text="Ondersteuningsplan 2026-2030 | Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Resultaten")
    write_label("vo-maas-en-linge-op-2026-2030", ["vo-maas-en-linge-op-2026-2030.docx"], "vo", *label_a(None))
    # B: VO docx
    t, b = plan_b()
    write_docx(OUT / "vo-kromme-vaart-ondersteuningsplan.docx", t, b,
               header_text="Ondersteuningsplan 2026-2030 - resultaten, financiën en ouders")
    write_label("vo-kromme-vaart-ondersteuningsplan", ["vo-kromme-vaart-ondersteuningsplan.docx"], "vo",
                *label_b(None))
    # C: VO pdf
    t, b = plan_c()
    write_pdf(OUT / "vo-zeestroom-op-2026-2030.pdf", t, b,
              header_text="Ondersteuningsplan Zeestroom 2026-2030 | ouders - terugplaatsing - resultaten")
    write_label("vo-zeestroom-op-2026-2030", ["vo-zeestroom-op-2026-2030.pdf"], "vo", *label_c(None))
    # D: PO pdf
    t, b = plan_d()
    write_pdf(OUT / "po-heidezoom-ondersteuningsplan.pdf", t, b,
              header_text="SWV PO De Heidezoom - Ondersteuningsplan 2026-2030")
    write_label("po-heidezoom-ondersteuningsplan", ["po-heidezoom-ondersteuningsplan.pdf"], "po", *label_d(None))
    # E: VO html
    t, b, nav, footer = plan_e()
    write_html(OUT / "vo-eemkring-ondersteuningsplan.html", t, b, nav, footer)
    write_label("vo-eemkring-ondersteuningsplan", ["vo-eemkring-ondersteuningsplan.html"], "vo", *label_e(None))
    # F: near miss
    t, b = near_miss()
    write_docx(OUT / "vaartcollege-schoolondersteuningsprofiel.docx", t, b, with_toc=False)
    write_label("vaartcollege-schoolondersteuningsprofiel", ["vaartcollege-schoolondersteuningsprofiel.docx"],
                "vo", {}, {}, {},
                {"document": "Schoolondersteuningsprofiel (SOP) of one VO school location; it describes the "
                             "school's own basis- and extra ondersteuning and refers to the SWV plan for TLV "
                             "procedure and criteria. Not an ondersteuningsplan of a samenwerkingsverband."},
                looks_like_plan=False)


if __name__ == "__main__":
    main()
