#!/usr/bin/env python3
"""Generate the holdout162 labelled test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) plus one near-miss document, in
.docx, .pdf (rendered from .docx with LibreOffice), .md and .html, each with an
<name>.expected.yaml label file. Deterministic, no network access.
"""
import html
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Generic filler: text that real plans contain but that addresses none of the 14 core criteria
# (and none of the advisory ones). Placeholders: {swv}, {kort}, {regio}, {scholen}, {besturen}.
# ----------------------------------------------------------------------------------------------
GENERIC = {
    "visie1": "Passend onderwijs is voor {kort} geen doel op zich. Het is een manier van kijken naar "
              "kinderen en jongeren: wat heeft deze leerling nodig om zich te ontwikkelen, en wat vraagt "
              "dat van de leraar, van de school en van de mensen om de school heen? Die vraag stellen we "
              "niet één keer, maar telkens opnieuw. Wij geloven dat de meeste leerlingen het best tot hun "
              "recht komen in de eigen omgeving, samen met leeftijdgenoten uit de buurt. Tegelijk weten we "
              "dat dat niet voor iedereen geldt en dat een andere plek soms juist de beste keuze is. Het "
              "gaat ons om de ontwikkeling van de leerling, niet om de vorm of het gebouw waarin die "
              "ontwikkeling plaatsvindt.",
    "visie2": "In de afgelopen planperiode hebben wij gemerkt dat de vraag naar ondersteuning verandert. "
              "Leraren zien meer leerlingen met vragen op het gebied van concentratie, zelfbeeld en "
              "motivatie. Tegelijk is de arbeidsmarkt krap en staan teams onder druk. In dat licht willen "
              "we niet meer beloven dan we kunnen waarmaken. Dit plan kiest daarom voor een beperkt aantal "
              "heldere koersen en voor taal die iedereen begrijpt: leraren, schoolleiders, bestuurders en "
              "ook ouders en leerlingen zelf. Waar wij in dit plan spreken over 'scholen' bedoelen wij alle "
              "vestigingen van de aangesloten besturen in {regio}.",
    "missie": "Onze missie luidt: 'Samen zorgen we dat iedere leerling in {regio} onderwijs krijgt dat bij "
              "hem of haar past.' Dat 'samen' is letterlijk bedoeld. {swv} is geen instituut dat boven de "
              "scholen staat, maar een vereniging van besturen die elkaar nodig hebben. De kracht zit in "
              "het gesprek tussen schoolleiders, intern begeleiders en ondersteuningscoördinatoren, in het "
              "delen van kennis en in het elkaar aanspreken als iets niet goed gaat. Het samenwerkingsverband "
              "faciliteert dat gesprek en zorgt dat afspraken worden nagekomen.",
    "governance": "{swv} is een stichting. De {besturen} aangesloten schoolbesturen vormen samen de "
              "algemene vergadering, die onder meer de statuten en de jaarrekening vaststelt. Het intern "
              "toezicht is belegd bij een raad van toezicht van vijf leden, van wie er drie onafhankelijk "
              "zijn. De dagelijkse leiding ligt bij de directeur-bestuurder, die wordt ondersteund door een "
              "klein bureau. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in "
              "een toezichtkader. De stichting volgt de Code Goed Bestuur voor samenwerkingsverbanden en "
              "rapporteert daarover in het jaarverslag. Besluiten over de inhoud van dit plan worden "
              "voorbereid in een directeurenoverleg waarin alle besturen zijn vertegenwoordigd.",
    "opr": "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen daarvan. "
           "De leden van de OPR worden afgevaardigd door de medezeggenschapsraden van de aangesloten "
           "scholen. De OPR vergadert ongeveer zes keer per jaar en heeft een eigen huishoudelijk "
           "reglement. Het bestuur voert ten minste twee keer per jaar overleg met de OPR over de "
           "algemene gang van zaken. De OPR heeft in de voorbereiding van dit plan meegelezen in twee "
           "werksessies en heeft op {opr_datum} ingestemd met de definitieve versie.",
    "procedure": "Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. Na een "
           "startbijeenkomst met schoolleiders zijn er thematafels georganiseerd, is het concept besproken "
           "in het directeurenoverleg en is op overeenstemming gericht overleg (OOGO) gevoerd met de "
           "colleges van burgemeester en wethouders van de gemeenten in {regio}. Het overleg met het "
           "samenwerkingsverband in de andere sector heeft plaatsgevonden op {oogo_datum}. Na instemming "
           "van de OPR is het plan vastgesteld door het bestuur en vóór 1 mei toegezonden aan de "
           "Inspectie van het Onderwijs.",
    "personeel": "Het lerarentekort raakt ook het passend onderwijs. Op verschillende scholen in {regio} "
           "staan klassen onder druk en zijn vacatures voor intern begeleiders moeilijk te vervullen. "
           "{kort} heeft zelf een klein team in dienst: een directeur-bestuurder, een beleidsmedewerker, "
           "een controller en een secretariaat. Daarnaast zijn medewerkers gedetacheerd vanuit de "
           "besturen. Het personeelsbeleid voor deze medewerkers volgt de cao van de sector. Wij "
           "investeren in deskundigheid van ons eigen team door intervisie en scholing, en we zorgen "
           "dat de werkdruk bespreekbaar blijft. Formatieve vragen over de inzet van personeel op de "
           "scholen zelf zijn de verantwoordelijkheid van de besturen als werkgever.",
    "ict": "Het samenwerkingsverband werkt met persoonsgegevens van leerlingen, soms ook met gegevens over "
           "gezondheid. Wij gaan daar zorgvuldig mee om. Er is een functionaris gegevensbescherming "
           "aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden. Het privacyreglement is "
           "in {privacy_jaar} herzien en sluit aan bij de AVG. Medewerkers werken in een beveiligde "
           "digitale omgeving, dossiers worden niet langer bewaard dan nodig en datalekken worden gemeld "
           "volgens een vast protocol. In de komende periode vervangen we ons registratiesysteem, omdat "
           "de huidige leverancier stopt met ondersteuning van het pakket.",
    "leeswijzer": "Dit plan is geschreven voor iedereen die met passend onderwijs in {regio} te maken heeft. "
           "Het begint met onze koers en ambities, daarna volgen de thema's die per koers zijn uitgewerkt. "
           "Omdat onderwerpen als middelen, ouders, arrangementen en resultaten in meerdere koersen "
           "terugkomen, staan ze niet in één hoofdstuk bij elkaar. Achterin vindt u een begrippenlijst "
           "met de afkortingen die in het onderwijs helaas veel worden gebruikt.",
    "cultuur": "Wij willen een lerend samenwerkingsverband zijn. Dat klinkt vanzelfsprekend, maar vraagt "
           "veel: bereidheid om fouten te delen, tijd om bij elkaar in de keuken te kijken en bestuurders "
           "die ruimte geven om te experimenteren. In de netwerken van intern begeleiders en "
           "ondersteuningscoördinatoren worden casussen besproken, worden ervaringen uitgewisseld en "
           "ontstaan nieuwe ideeën. Die netwerken blijven ook in deze periode de ruggengraat van onze "
           "samenwerking. Nieuwe schoolleiders krijgen een introductieprogramma waarin zij kennismaken "
           "met de werkwijze van het samenwerkingsverband.",
    "duurzaam": "Het bureau van {kort} is gevestigd in een gedeeld kantoorpand. Wij reizen zo veel mogelijk "
           "met het openbaar vervoer en organiseren overleggen waar mogelijk digitaal of op een centrale "
           "locatie. Dat is niet alleen goed voor het klimaat, maar bespaart ook reistijd voor de mensen "
           "op de scholen. Bij inkoop van diensten letten wij op duurzaamheid en op sociale criteria.",
    "regio": "{regio} is een gebied met zowel stedelijke kernen als uitgestrekte landelijke gebieden. In "
           "de kernen liggen de meeste scholen dicht bij elkaar; in de dorpen is de school vaak de enige "
           "voorziening die er nog is. Dat heeft gevolgen voor de manier waarop we samenwerken: wat in de "
           "stad op fietsafstand ligt, vraagt op het platteland een lange rit. De bevolking krimpt in "
           "een deel van de dorpen en groeit in de stad, waar nieuwe wijken worden gebouwd.",
    "terugblik": "De vorige planperiode stond in het teken van opbouw en consolidatie. Er is veel bereikt in "
           "de samenwerking tussen besturen, maar we hebben ook geleerd dat afspraken op papier niet "
           "vanzelf leiden tot andere gewoonten in de klas. Bovendien werd de periode gekleurd door de "
           "nasleep van de schoolsluitingen tijdens de coronapandemie. Veel energie ging naar het "
           "overeind houden van het onderwijs zelf. Dat maakt het des te belangrijker om nu scherp te "
           "kiezen.",
    "inspectie": "De Inspectie van het Onderwijs heeft het samenwerkingsverband in {insp_jaar} bezocht. "
           "Het gesprek met de inspecteurs ging over de samenwerking tussen de besturen, over de rol "
           "van het bestuur en de raad van toezicht en over de manier waarop wij met signalen uit de "
           "scholen omgaan. De inspectie heeft geen tekortkomingen vastgesteld. Wij hebben de gesprekken "
           "als waardevol ervaren en de aandachtspunten meegenomen in dit plan.",
}


GENERIC.update({
    "opleiding": "Goede leraren zijn de belangrijkste voorwaarde voor passend onderwijs. {kort} werkt daarom "
           "samen met de lerarenopleidingen in de regio. Studenten lopen stage op scholen in {regio} en "
           "volgen een keuzemodule over omgaan met verschillen, die samen met intern begeleiders uit onze "
           "netwerken is ontwikkeld. Afgestudeerden die bij een van de aangesloten besturen gaan werken, "
           "krijgen in hun eerste twee jaar een begeleidingsprogramma. Wij merken dat startende leraren vooral "
           "behoefte hebben aan praktische handvatten voor klassenmanagement en aan een collega bij wie ze "
           "terechtkunnen. Die begeleiding is de verantwoordelijkheid van de besturen; het "
           "samenwerkingsverband organiseert twee keer per jaar een bijeenkomst voor alle starters samen.",
    "integriteit": "Van medewerkers van het samenwerkingsverband verwachten wij integer handelen. Er is een "
           "gedragscode die bij indiensttreding wordt besproken en die jaarlijks in het teamoverleg aan de orde "
           "komt. Nevenfuncties van de directeur-bestuurder worden gemeld aan de raad van toezicht en "
           "gepubliceerd in het bestuursverslag. Er is een regeling voor het melden van vermoedens van "
           "misstanden door medewerkers, en een externe vertrouwenspersoon voor medewerkers van het bureau. "
           "Bij de inkoop van diensten volgen wij een inkoopreglement dat in {privacy_jaar} is geactualiseerd.",
    "leerlingstem": "Wij willen niet alleen over leerlingen praten, maar ook met hen. Daarom heeft {kort} een "
           "leerlingenpanel van twaalf leerlingen van verschillende scholen. Het panel komt twee keer per jaar "
           "bij elkaar met de directeur-bestuurder en praat over onderwerpen die leerlingen zelf belangrijk "
           "vinden, zoals pesten, de sfeer in de klas en de overgang naar een nieuwe school. De opbrengst van "
           "die gesprekken gebruiken wij bij het voorbereiden van nieuwe plannen. Leerlingen van het panel "
           "hebben ook meegedacht over de titel van dit plan.",
    "onderzoek": "Samen met een hogeschool in de regio doet {kort} praktijkgericht onderzoek. In de komende "
           "jaren gaat dat over de samenwerking tussen leraren en onderwijsassistenten in de klas: hoe "
           "verdelen zij de taken, en wat werkt in de praktijk? Twee scholen per jaar doen mee als "
           "onderzoeksschool. De onderzoekers presenteren hun bevindingen in de netwerkbijeenkomsten. Wij "
           "kiezen bewust voor kleinschalig onderzoek dat dicht bij de dagelijkse praktijk blijft.",
    "werkgever": "Voor medewerkers die vanuit een bestuur bij het samenwerkingsverband zijn gedetacheerd, "
           "blijft het bestuur werkgever. Over de aansturing, de gesprekscyclus en de scholing maken wij per "
           "medewerker afspraken in een detacheringsovereenkomst. Het samenwerkingsverband heeft een eigen "
           "functiehuis dat aansluit bij de cao. Jaarlijks voert de directeur-bestuurder met iedere "
           "medewerker een ontwikkelgesprek. Het ziekteverzuim op het bureau was de afgelopen jaren laag; "
           "wij willen dat zo houden door aandacht te hebben voor werkdruk en werkplezier.",
    "taal": "Wij hebben geprobeerd dit plan te schrijven in begrijpelijke taal. Dat is niet eenvoudig, want "
           "het onderwijs kent veel vaktermen en afkortingen. Waar een vakterm onvermijdelijk is, leggen wij "
           "hem uit in de lijst achterin. Van dit plan is een samenvatting van vier pagina's gemaakt voor "
           "teams, die in de personeelskamer van iedere school beschikbaar is en in een teamvergadering kan "
           "worden besproken.",
    "jaarcyclus": "Het bestuur werkt met een vaste jaarcyclus. In het voorjaar wordt het jaarplan voor het "
           "volgende schooljaar voorbereid, in het najaar wordt het bestuursverslag over het afgelopen jaar "
           "opgesteld. Het directeurenoverleg komt maandelijks bijeen, de raad van toezicht vijf keer per jaar. "
           "Voor iedere vergadering is er een vaste agenda met terugkerende onderwerpen. Zo weten alle "
           "betrokkenen wanneer welke besluiten worden voorbereid en genomen.",
    "landelijk": "{kort} is lid van de landelijke vereniging van samenwerkingsverbanden en neemt deel aan het "
           "regionale overleg van samenwerkingsverbanden in de provincie. Daar wisselen directeuren ervaringen "
           "uit over wet- en regelgeving, over de gesprekken met het ministerie en over de uitvoering van de "
           "verbeteraanpak passend onderwijs. Wij vinden het belangrijk om van andere regio's te leren en "
           "nemen daarom ook deel aan intervisie met drie andere samenwerkingsverbanden van vergelijkbare "
           "omvang.",
    "calamiteit": "Soms gebeurt er iets ingrijpends op een school: het overlijden van een leerling of leraar, "
           "een ernstig ongeval of een incident dat veel onrust veroorzaakt. Scholen hebben daarvoor een eigen "
           "calamiteitenprotocol. Het samenwerkingsverband kan op verzoek meedenken en beschikt over een "
           "lijst van organisaties die bij rouwverwerking kunnen helpen. Het bureau zorgt dat de "
           "contactgegevens van de besturen in zo'n situatie actueel en snel beschikbaar zijn.",
})

GENERIC_ORDER = list(GENERIC)


def generic(key, ctx):
    return GENERIC[key].format(**ctx)


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind == "table":
            for row in val:
                for c in row:
                    n += len(str(c).split())
        elif kind in ("bullets", "toc"):
            for item in val:
                n += len(str(item).split())
        else:
            n += len(str(val).split())
    return n


def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            p = d.add_paragraph(val)
            for r in p.runs:
                r.font.size = Pt(9)
        elif kind == "bullets":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoud", level=1)
            for item in val:
                d.add_paragraph(item)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "holdout162"
    cp.last_modified_by = "holdout162"
    cp.created = cp.modified = datetime(2026, 3, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed timestamps so that the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind in ("p", "small"):
            out.append(val + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"{i}  " for i in val) + "\n")
        elif kind == "table":
            hdr = "| " + " | ".join(val[0]) + " |"
            sep = "|" + "---|" * len(val[0])
            rows = ["| " + " | ".join(str(c) for c in r) + " |" for r in val[1:]]
            out.append("\n".join([hdr, sep] + rows) + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title, header=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav{background:#eef;padding:1em}</style>", "</head>", "<body>"]
    if header:
        out.append(f'<header><p class="kop">{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "small":
            out.append(f"<p><small>{e(val)}</small></p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append("<nav><p><strong>Inhoud</strong></p><ol>" +
                       "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out.append("</main>")
    out.append(f"<footer><p>{e(title)} – versie voor publicatie op de website</p></footer>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout162_pdf_"))
    try:
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    lines = [f"documents: [{', '.join(documents)}]"]
    lines.append(f"sector: {sector}")
    lines.append(f"looks_like_plan: {'true' if looks else 'false'}")
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        for k, v in criteria.items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        v = v.replace('"', "'")
        lines.append(f'  {k}: "{v}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    """Part A status rule, derived from the core criteria (and advisory hits)."""
    st = {}
    for el in ELEMENTS:
        core = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(core):
            st[el] = "present"
        elif any(core) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


# ----------------------------------------------------------------------------------------------
# Plan 1 – PO, Word + PDF. Thematic "koersen"; terugplaatsing hidden in the TLV koers;
# ouders only in "Communicatie"; criteria for toelaatbaarheid deferred; monitoring deferred.
# ----------------------------------------------------------------------------------------------
def plan1():
    ctx = dict(swv="Stichting Passend Primair Lingeland", kort="Passend Primair Lingeland",
               regio="het Lingeland", besturen="elf", opr_datum="17 maart 2026",
               oogo_datum="3 februari 2026", privacy_jaar="2025", insp_jaar="2024")
    g = lambda k: ("p", generic(k, ctx))
    b = []
    b += [("title", "Ondersteuningsplan 2026–2030 ‘Elk kind een plek’"),
          ("p", "Stichting Passend Primair Lingeland – samenwerkingsverband passend onderwijs PO 29-17"),
          ("small", "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad. "
                    "Onderwerpen: basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, ouders, resultaten."),
          ("pagebreak", "")]
    b += [("toc", ["Voorwoord", "Leeswijzer", "1 Wie wij zijn", "2 Koers en ambities",
                   "3 Koers A – Een sterke basis in elke groep (basisondersteuning)",
                   "4 Koers B – Extra waar het nodig is (arrangementen, dekkend aanbod)",
                   "5 Koers C – De juiste plek (toelaatbaarheid sbo en so)",
                   "6 Geld en middelen", "7 Organisatie en communicatie",
                   "8 Ouders en onafhankelijke ondersteuning",
                   "9 Resultaten en kwaliteitszorg", "Begrippenlijst"]),
          ("pagebreak", "")]
    b += [("h1", "Voorwoord"),
          ("p", "Voor u ligt het derde ondersteuningsplan van Passend Primair Lingeland. Het is geschreven door "
                "een schrijfgroep van vier mensen: twee intern begeleiders, een schoolleider en onze "
                "beleidsmedewerker. U zult merken dat de hoofdstukken elk een eigen toon hebben. Dat hebben we zo "
                "gelaten; het plan is van ons allemaal. Graag dank ik iedereen die heeft meegedacht: de leraren "
                "die tijdens de thematafels hun ervaringen deelden, de schoolleiders die kritische vragen stelden, "
                "de ouders die ons vertelden hoe het is om een kind met een ondersteuningsbehoefte door het "
                "onderwijs te loodsen, en de leden van de ondersteuningsplanraad die met grote betrokkenheid "
                "hebben meegelezen."),
          ("p", "Dit plan gaat over kinderen. Over Sem, die in groep 5 vastliep en nu weer met plezier naar school "
                "gaat. Over Aya, die op de speciale school eindelijk tot rust kwam. En over de vele kinderen van wie "
                "we de namen nooit zullen horen omdat hun leerkracht op tijd de juiste dingen deed. Voor hen "
                "doen we dit werk. – Mirjam Terhorst, directeur-bestuurder"),
          ("h1", "Leeswijzer"), g("leeswijzer")]
    b += [("h1", "1 Wie wij zijn"), g("regio"),
          ("p", "In het Lingeland werken elf schoolbesturen samen. Zij zijn verantwoordelijk voor 58 "
                "basisscholen, twee scholen voor speciaal basisonderwijs (De Linde en Het Anker) en drie "
                "locaties voor speciaal onderwijs in cluster 3 en 4. Samen gaat het om ruim 13.400 leerlingen. "
                "Het samenwerkingsverband werkt nauw samen met het samenwerkingsverband voortgezet onderwijs "
                "in dezelfde regio, onder meer bij de overstap naar de brugklas."),
          g("governance"), g("terugblik")]
    b += [("h1", "2 Koers en ambities"), g("visie1"), g("missie"),
          ("p", "Wij hebben onze koers samengevat in drie lijnen, die in de volgende hoofdstukken worden "
                "uitgewerkt: een sterke basis in elke groep, extra ondersteuning waar dat nodig is, en voor ieder "
                "kind de juiste plek. Daaronder liggen ambities die richting geven aan onze jaarplannen. Onze "
                "ambities zijn met opzet concreet geformuleerd, zodat we elkaar er over vier jaar op kunnen "
                "aanspreken."),
          ("h2", "Wat wij in 2030 willen zien bij leerlingen die extra ondersteuning nodig hebben"),
          ("bullets", [
              "Ambitie 1 – Minder onderbroken schoolloopbanen: in 2030 zit geen enkel kind uit het Lingeland "
              "langer dan vier weken thuis zonder passend aanbod; in 2025 ging het om negen kinderen.",
              "Ambitie 2 – Kinderen met een arrangement boeken zichtbaar vooruitgang: ten minste 80% van de "
              "leerlingen met een arrangement haalt de doelen uit het eigen ontwikkelingsperspectief.",
              "Ambitie 3 – Thuisnabij waar het kan: het aandeel leerlingen in het speciaal basisonderwijs blijft "
              "onder 2,0% en ten minste 70% van de kinderen met een arrangement volgt onderwijs op de eigen "
              "basisschool.",
              "Ambitie 4 – Een soepele overstap: ten minste 95% van de leerlingen met een ontwikkelingsperspectief "
              "krijgt bij de overstap naar het voortgezet onderwijs een warme overdracht.",
          ]),
          ("p", "Op welke wijze en met welke instrumenten wij de voortgang op deze ambities in beeld brengen, "
                "leggen we vast in het eerste jaarplan onder dit ondersteuningsplan. Dat jaarplan is bij het "
                "schrijven van dit plan nog niet gereed en wordt in het najaar van 2026 aan het bestuur "
                "voorgelegd."), g("visie2")]
    b += [("h1", "3 Koers A – Een sterke basis in elke groep"),
          ("p", "De basis begint in de groep. Een leerkracht die zijn leerlingen kent, doelgericht lesgeeft en "
                "op tijd hulp inschakelt, voorkomt veel problemen. Alle elf besturen hebben daarom afgesproken dat "
                "iedere school en iedere vestiging in het Lingeland hetzelfde minimum aan ondersteuning biedt. "
                "Dat minimum noemen wij de basisondersteuning. Het is een ondergrens, geen plafond: scholen mogen "
                "meer bieden en doen dat ook. Wat onder die ondergrens valt, mag een ouder op elke school "
                "verwachten, zonder dat daarvoor een aanvraag of een verwijzing nodig is."),
          ("p", "In de tabel hieronder staat wat de basisondersteuning in het Lingeland concreet inhoudt."),
          ("table", [["Onderdeel", "Wat elke school biedt"],
                     ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                      "een vast ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt."],
                     ["Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; een groepsplan of "
                      "groepsoverzicht voor rekenen, taal en gedrag."],
                     ["Lezen en rekenen", "Uitvoering van het landelijke protocol dyslexie en het protocol "
                      "ernstige reken-wiskundeproblemen en dyscalculie, inclusief remediërende hulp in kleine groepjes."],
                     ["Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling en "
                      "een anti-pestcoördinator; jaarlijks een veiligheidsmeting onder leerlingen."],
                     ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en groep 4, en een verrijkingsaanbod "
                      "in de eigen groep."],
                     ["Medische handelingen", "Een protocol medisch handelen en afspraken over het geven van "
                      "medicijnen."],
                     ["Overdracht", "Een warme overdracht bij elke wisseling van groep of school."]]),
          ("p", "Iedere school beschrijft in de schoolgids hoe zij deze onderdelen invult. Het bureau van het "
                "samenwerkingsverband bezoekt elke school eens in de twee jaar voor een gesprek over de basis. "
                "Blijkt een school onder de afgesproken ondergrens te zitten, dan maken bestuur en school binnen "
                "drie maanden een verbeterplan, waarvan de uitvoering na een jaar opnieuw wordt besproken."),
          g("cultuur")]
    b += [("h1", "4 Koers B – Extra waar het nodig is"),
          ("p", "Soms is de basis niet genoeg. Dan kan de school extra ondersteuning inzetten. In het Lingeland "
                "onderscheiden we daarbij drie treden die op elkaar aansluiten. De eerste trede is de "
                "basisondersteuning in de eigen groep, zoals beschreven in koers A. De tweede trede is een "
                "arrangement op de eigen school: een periode van extra begeleiding, een aangepast programma of "
                "inzet van een specialist, betaald uit het schoolbudget of uit een arrangement van het "
                "samenwerkingsverband. De derde trede is een plaats in het speciaal basisonderwijs of het speciaal "
                "onderwijs. Tussen de tweede en de derde trede kennen wij twee bovenschoolse voorzieningen: de "
                "observatiegroep De Brug voor jonge kinderen met vragen over gedrag en ontwikkeling, en de "
                "plusklassen voor meer- en hoogbegaafde leerlingen die op vier locaties één dag per week draaien."),
          ("p", "Alle scholen hebben een schoolondersteuningsprofiel, dat met ingang van de nieuwe wetgeving "
                "opgaat in de schoolgids. Samen geven die profielen een beeld van het aanbod in de regio. Wij "
                "leggen de profielen jaarlijks naast elkaar om te zien of er in het Lingeland plekken "
                "ontbreken. In 2025 bleek zo dat er te weinig aanbod was voor jonge kinderen met een "
                "taalontwikkelingsachterstand in het oostelijk deel van de regio; daarom is in Geldermalsen een "
                "taalgroep gestart."),
          ("h2", "Geen kind tussen wal en schip"),
          ("p", "Wanneer een school een leerling niet (meer) de ondersteuning kan bieden die hij nodig heeft, "
                "blijft zij op grond van de zorgplicht verantwoordelijk voor het vinden van een passende plek. "
                "Lukt dat niet binnen zes weken, dan schakelt de school het samenwerkingsverband in. Onze "
                "casusregisseur neemt dan de regie over en brengt binnen twee weken school, ouders, leerplicht en "
                "jeugdhulp bij elkaar. Elke maand bespreken de leerplichtambtenaren en het samenwerkingsverband "
                "alle kinderen die thuiszitten of dreigen thuis te komen zitten. Als partijen er samen niet "
                "uitkomen, neemt de directeur-bestuurder een bindend besluit over de plek waar het kind naartoe "
                "gaat (doorzettingsmacht)."),
          ("p", "Met de vier gemeenten in het Lingeland hebben wij in het OOGO afspraken gemaakt over "
                "jeugdhulp in en om de school. Op elke school is een vaste schoolmaatschappelijk werker "
                "beschikbaar en er zijn twee onderwijs-zorgarrangementen voor kinderen die naast onderwijs "
                "intensieve behandeling nodig hebben."), g("personeel")]
    b += [("h1", "5 Koers C – De juiste plek"),
          ("p", "Voor een plaats in het speciaal basisonderwijs of het speciaal onderwijs is een "
                "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het gaat om een ingrijpend "
                "besluit voor kind en gezin. Daarom houden wij de route overzichtelijk."),
          ("h2", "Zo verloopt een aanvraag"),
          ("bullets", [
              "Stap 1 – De school waar het kind is ingeschreven bespreekt de situatie in het ondersteuningsteam, "
              "samen met de ouders en de onderwijsadviseur van het samenwerkingsverband.",
              "Stap 2 – Het bestuur van die school dient de aanvraag digitaal in bij het Loket Toelaatbaarheid, "
              "met het groeidocument, het ontwikkelingsperspectief, het onderwijskundig rapport en de zienswijze "
              "van de ouders.",
              "Stap 3 – Twee deskundigen die niet bij de aanvraag betrokken waren – een orthopedagoog of "
              "psycholoog, en afhankelijk van het kind een maatschappelijk werker, arts of kinderpsychiater – "
              "geven elk een eigen schriftelijk advies. Ouders ontvangen een kopie van die adviezen.",
              "Stap 4 – De Commissie Toelaatbaarheid neemt namens het bestuur een besluit binnen zes weken na "
              "ontvangst van de volledige aanvraag.",
              "Stap 5 – Ouders en school ontvangen het besluit schriftelijk. Wie het er niet mee eens is, kan binnen "
              "zes weken bezwaar maken; het samenwerkingsverband legt het bezwaar voor aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
          ]),
          ("p", "Welke leerlingen toelaatbaar zijn, beoordeelt de commissie tot nader order per aanvraag op "
                "basis van het dossier. Het bestuur heeft de besturen gevraagd om in de loop van schooljaar "
                "2026–2027 gezamenlijk vast te stellen wanneer een kind in aanmerking komt voor het speciaal "
                "basisonderwijs en wanneer voor het speciaal onderwijs. Tot die afspraken er zijn, verwijzen "
                "wij naar het Handboek Toewijzing dat de besturen in voorbereiding hebben."),
          ("h2", "Het einde van een TLV en de weg terug"),
          ("p", "Een TLV is nooit bedoeld als eindstation. Ons uitgangspunt is dat een kind niet langer in het "
                "speciaal (basis)onderwijs blijft dan nodig is, en dat de terugkeer naar een reguliere school "
                "een reële optie blijft. Terugkeer vindt plaats als de ontvangende school de ondersteuning kan "
                "bieden die in het ontwikkelingsperspectief staat, als de ouders ermee instemmen en als het kind "
                "er zelf klaar voor is."),
          ("p", "De werkwijze is als volgt. In het laatste jaar van de TLV bespreekt de sbo- of so-school in "
                "oktober in een evaluatiegesprek met ouders en de onderwijsadviseur of terugkeer haalbaar is. "
                "Is het antwoord ja, dan zoekt de sbo- of so-school vóór 1 maart samen met de ouders een "
                "basisschool, bij voorkeur in de eigen woonplaats, en vindt er een overdrachtsgesprek plaats. "
                "In maart volgt een tweede evaluatiemoment. Blijft voortzetting van het speciaal onderwijs nodig, "
                "dan vraagt het bestuur van de sbo- of so-school vóór 1 april een nieuwe TLV aan; zonder nieuwe "
                "TLV eindigt de plaatsing op 31 juli. Een kind dat teruggaat krijgt een terugkeerarrangement: "
                "gedurende zes maanden begeleidt een leerkracht van de sbo- of so-school de nieuwe leerkracht, en "
                "de ontvangende school ontvangt daarvoor € 3.500 uit het arrangementenbudget."),
          g("ict")]
    b += [("h1", "6 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk jaarlijks de middelen voor lichte en zware "
                "ondersteuning. Een groot deel daarvan gaat automatisch naar het speciaal onderwijs. Wat overblijft, "
                "verdelen wij volgens vaste regels over de scholen."),
          ("p", "De verdeling werkt zo. Iedere basisschool ontvangt een vaste voet van € 7.500 per jaar plus € 95 "
                "per leerling op de teldatum van 1 oktober; dit schoolbudget wordt in vier termijnen aan het "
                "bestuur overgemaakt en is bedoeld voor ondersteuning boven de basis. Daarnaast kan een school voor "
                "een individuele leerling een arrangement aanvragen bij het Loket; de onderwijsadviseur "
                "beoordeelt de aanvraag aan de hand van het ontwikkelingsperspectief en de toegekende bedragen "
                "liggen tussen € 2.000 en € 9.000 per schooljaar. Voor de sbo-scholen geldt een eigen afspraak "
                "over de groeibekostiging, met 1 februari als peildatum."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "11.420", "11.310", "11.180", "11.090"],
                     ["Afdracht speciaal onderwijs (DUO)", "4.880", "4.910", "4.930", "4.950"],
                     ["Afdracht sbo boven 2%", "610", "590", "580", "570"],
                     ["Schoolbudgetten basisscholen", "2.120", "2.100", "2.080", "2.060"],
                     ["Arrangementen individuele leerlingen", "1.450", "1.420", "1.380", "1.350"],
                     ["Bovenschoolse voorzieningen (De Brug, plusklassen, taalgroep)", "1.140", "1.150", "1.150", "1.150"],
                     ["Bureau en organisatie", "790", "800", "810", "820"],
                     ["Resultaat", "430", "340", "330", "190"]]),
          ("p", "De reserves van het samenwerkingsverband liggen onder de signaleringswaarde. Wij houden een "
                "weerstandsvermogen aan van 5% van de baten om schommelingen in het aantal TLV's op te vangen.")]
    b += [("h1", "7 Organisatie en communicatie"), g("opr"), g("procedure"), g("inspectie"),
          ("h2", "Communicatie"),
          ("p", "Goede communicatie begint bij heldere informatie. Ouders vinden op onze website een "
                "overzicht van alle vormen van ondersteuning in het Lingeland, per school en per voorziening, "
                "met de schoolgidsen en de schoolondersteuningsprofielen als download. Wij geven elk jaar in "
                "september een ouderkrant uit die via alle scholen wordt verspreid, in het Nederlands, Arabisch en "
                "Pools. Twee keer per jaar organiseren wij een informatieavond over de overstap naar het speciaal "
                "(basis)onderwijs. Intern begeleiders hebben een folder 'Extra hulp voor uw kind' die zij meegeven "
                "in het eerste gesprek."),
          ("p", "Voor schoolleiders en intern begeleiders verschijnt zes keer per jaar een digitale nieuwsbrief. "
                "Onze medewerkers zijn bereikbaar via een centraal telefoonnummer en de algemene mailbox."),
          g("duurzaam")]
    b += [("h1", "8 Ouders en onafhankelijke ondersteuning"),
          ("p", "Wij hechten aan een goede samenwerking met ouders. Ouders die behoefte hebben aan onafhankelijk "
                "advies of die het niet eens zijn met hun school, vinden de gegevens van de organisaties die hen "
                "kunnen helpen op de pagina 'Hulp voor ouders' van onze website.")]
    b += [("h1", "9 Resultaten en kwaliteitszorg"),
          ("p", "Zie hoofdstuk 2 voor onze ambities. De inrichting van de kwaliteitszorg volgt in het jaarplan.")]
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning dat elke school biedt."],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen."],
                     ["Terugplaatsing", "De overstap van sbo of so naar een reguliere basisschool."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
                     ["Monitoring", "Het systematisch volgen van resultaten."]])]
    crit = {k: True for k in CORE}
    crit.update({"plaatsing.criteria": False, "resultaten.monitoring": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.3 Koers A states an agreed minimum for every school/vestiging and lists the content in a table; borging via biennial visits and verbeterplan.",
        "plaatsing": "Ch.5 Koers C has steps 1-5 (loket, two deskundigen, commissie, 6 weeks, LBT bezwaar) but criteria are deferred to 2026-2027 / absent Handboek Toewijzing.",
        "terugstroom": "Hidden in ch.5 subsection 'Het einde van een TLV en de weg terug': aims, conditions, october/march evaluation, new TLV before 1 April, terugkeerarrangement.",
        "financien": "Ch.6 'Geld en middelen': vaste voet + EUR 95 per leerling, arrangementen EUR 2.000-9.000, multi-year table 2026-2029; reserves 5%.",
        "dekkend-aanbod": "Ch.4 Koers B: three treden, De Brug, plusklassen (continuum); zorgplicht, casusregisseur, monthly thuiszitters overleg, doorzettingsmacht (lacunes).",
        "resultaten": "Ch.2 ambities 1-4 give measurable intended results; how progress is measured is deferred to a not-yet-ready jaarplan; ch.9 only refers back.",
        "ouders": "Informatie in ch.7 'Communicatie' (website, ouderkrant, folder, info-avonden); independent help only as a reference to a website page in ch.8; OJSP only in begrippenlijst.",
    }
    return ctx, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 2 – VO, Word + PDF. Chapters per "ambitie"; basisondersteuning content only in an absent
# bijlage; terugplaatsing procedure deferred; meerjarenbegroting p.m.
# ----------------------------------------------------------------------------------------------
def plan2():
    ctx = dict(swv="Samenwerkingsverband VO Kempenrand", kort="Kempenrand VO",
               regio="de Kempenrand", besturen="zeven", opr_datum="9 april 2026",
               oogo_datum="12 februari 2026", privacy_jaar="2024", insp_jaar="2023")
    g = lambda k: ("p", generic(k, ctx))
    b = []
    b += [("title", "Samen verder – Ondersteuningsplan 2026–2030"),
          ("p", "Samenwerkingsverband voortgezet onderwijs Kempenrand, VO 30-11"),
          ("small", "Redactie: werkgroep ondersteuningsplan (A. de Wit, K. Bouzian, P. van Gerven, "
                    "L. Hermans). Concept 3.2, april 2026."),
          ("pagebreak", "")]
    b += [("toc", ["Voorwoord", "Deel I – Koers",
                   "1 Waar we staan", "2 Waar we naartoe willen: drie ambities",
                   "Deel II – Ambities uitgewerkt",
                   "3 Ambitie 1: Thuisnabij (basisondersteuning, ondersteuningsniveaus, OPDC)",
                   "4 Ambitie 2: Ieder talent telt (toewijzing vso, lwoo, pro, terugplaatsing)",
                   "5 Ambitie 3: Sterk in verbinding (ouders, gemeenten, mbo)",
                   "Deel III – Randvoorwaarden",
                   "6 Verdeling en inzet van middelen, meerjarenbegroting",
                   "7 Organisatie, medezeggenschap en privacy", "8 Afkortingen",
                   "Bijlage 1 Instemmingsbrief OPR", "Bijlage 2 Kwaliteitskaart Basisondersteuning",
                   "Bijlage 3 Meerjarenbegroting 2027–2030"]),
          ("pagebreak", "")]
    b += [("h1", "Voorwoord"),
          ("p", "Voortgezet onderwijs is een periode van grote veranderingen. Jongeren worden zelfstandiger, "
                "kiezen een profiel, lopen stage, maken fouten en leren daarvan. Voor sommigen gaat dat vanzelf, "
                "voor anderen is iedere stap een uitdaging. Dit ondersteuningsplan beschrijft hoe de zeven "
                "besturen in de Kempenrand samen zorgen dat iedere jongere een plek heeft waar hij of zij zich kan "
                "ontwikkelen. Het plan is geschreven door een werkgroep van vier auteurs uit verschillende "
                "scholen; zij hebben elk een ambitie voor hun rekening genomen. Waar de stijl wisselt, ziet u de "
                "hand van een andere schrijver."),
          ("p", "Een woord van dank aan de leerlingen van het leerlingenpanel, die ons vertelden wat zij van een "
                "goede mentor verwachten. Hun boodschap was eenvoudig: neem ons serieus, en praat met ons in "
                "plaats van over ons. – Ruud Leijten, directeur-bestuurder")]
    b += [("h1", "Deel I – Koers"), ("h1", "1 Waar we staan"), g("regio"),
          ("p", "In de Kempenrand gaan ruim 16.800 leerlingen naar een van de 19 vestigingen voor voortgezet "
                "onderwijs, twee scholen voor praktijkonderwijs en drie vso-locaties. Er is één "
                "orthopedagogisch-didactisch centrum (OPDC), De Overstap, met 48 plaatsen. Het deelnamepercentage "
                "vso lag op 1 oktober 2025 op 3,4%; het landelijk gemiddelde is 3,6%."),
          g("terugblik"), g("governance")]
    b += [("h1", "2 Waar we naartoe willen: drie ambities"), g("visie1"),
          ("p", "Onze koers vatten wij samen in drie ambities: thuisnabij, ieder talent telt, en sterk in "
                "verbinding. Per ambitie beschrijven wij wat we willen zien veranderen en hoe we weten of het lukt. "
                "Wij hebben geprobeerd dat zo concreet te doen dat de ondersteuningsplanraad ons er over vier jaar "
                "op kan afrekenen."),
          ("h2", "Wat we willen zien veranderen"),
          ("table", [["Ambitie", "Wat we in juli 2030 willen zien bij leerlingen met een ondersteuningsbehoefte",
                      "Stand 2025"],
                     ["Thuisnabij", "Minimaal 85% van de leerlingen met een arrangement rondt het schooljaar af op de "
                      "eigen school.", "78%"],
                     ["Thuisnabij", "Leerlingen die na een OPDC-traject terugkeren, zitten een jaar later voor 90% "
                      "nog op de reguliere school.", "81%"],
                     ["Ieder talent telt", "Ten minste 75% van de vso-leerlingen in het uitstroomprofiel "
                      "vervolgonderwijs behaalt een diploma of certificaat.", "68%"],
                     ["Ieder talent telt", "Het aantal leerlingen dat zonder startkwalificatie uitvalt na "
                      "praktijkonderwijs daalt van 21 naar hooguit 10 per jaar.", "21"],
                     ["Sterk in verbinding", "Geen jongere is langer dan drie maanden thuiszitter.", "7 jongeren"]]),
          ("h2", "Hoe we weten of het lukt"),
          ("p", "Iedere vestiging levert twee keer per jaar – op 1 november en op 1 mei – via het "
                "ondersteuningsdashboard gegevens aan over arrangementen, verzuim, uitstroom en de doelen uit de "
                "ontwikkelingsperspectiefplannen. Het bureau analyseert die gegevens en bespreekt de uitkomsten in "
                "een kwaliteitsgesprek met iedere schoolleider. Eens per jaar, in juni, leggen wij in een "
                "monitorrapportage aan het algemeen bestuur en de OPR verantwoording af over de stand van elke "
                "ambitie. Blijft een ambitie twee metingen op rij achter, dan stelt het bestuur een "
                "bijsturingsplan vast. De bereikte resultaten staan daarnaast in het jaarverslag."), g("missie")]
    b += [("h1", "Deel II – Ambities uitgewerkt"),
          ("h1", "3 Ambitie 1: Thuisnabij"),
          ("p", "Thuisnabij betekent dat een jongere zo veel mogelijk onderwijs volgt op een school in de buurt, "
                "met leeftijdgenoten. Dat begint bij wat iedere school in de Kempenrand zelf biedt."),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "De zeven besturen hebben afgesproken dat voor alle 19 vestigingen voor voortgezet onderwijs één "
                "gezamenlijke ondergrens geldt: de basisondersteuning. Elke vestiging moet die ondergrens halen, "
                "ongeacht schoolsoort of denominatie, en het is de ondersteuning waar iedere leerling zonder "
                "aanvraag bij het samenwerkingsverband recht op heeft. Welke voorzieningen, interventies en "
                "deskundigheid daar precies onder vallen, is uitgewerkt in de Kwaliteitskaart Basisondersteuning, "
                "die als bijlage 2 bij dit plan hoort."),
          ("p", "De kwaliteitskaart wordt in 2027 herzien, zodat hij aansluit op de landelijke norm zodra die "
                "er is."),
          ("h2", "3.2 Niveaus van ondersteuning"),
          ("p", "Boven de basis kent de Kempenrand een doorlopende reeks voorzieningen. Op niveau 2 zet de school "
                "een arrangement in, bijvoorbeeld een ondersteuningsklas, een tijdelijk aangepast rooster of "
                "begeleiding door een gedragsspecialist. Op niveau 3 kan een leerling tijdelijk – maximaal twintig "
                "weken – naar het OPDC De Overstap, met behoud van inschrijving op de eigen school, of naar het "
                "Rebound-programma voor leerlingen die na een incident een time-out nodig hebben. Niveau 4 is het "
                "voortgezet speciaal onderwijs. Voor jongeren die onderwijs en jeugdhulp tegelijk nodig hebben, is "
                "er op twee locaties een onderwijs-zorgarrangement samen met jeugdhulpaanbieder Kompaan."),
          ("h2", "3.3 Niemand tussen wal en schip"),
          ("p", "De school waar een leerling is aangemeld heeft zorgplicht. Als een school geen passend aanbod "
                "kan doen, meldt zij de leerling binnen tien schooldagen aan bij de Thuiszitterstafel van het "
                "samenwerkingsverband. Aan die tafel zitten de leerplichtambtenaar, een jeugdconsulent van de "
                "gemeente en een onderwijsspecialist. Zij maken binnen drie weken een plan en volgen elke "
                "thuiszittende jongere tot hij of zij weer onderwijs volgt. Eenmaal per jaar analyseren wij met "
                "de gemeenten welk aanbod in de regio ontbreekt; in 2025 leidde dat tot de start van een "
                "kleinschalige havo-vwo-voorziening voor leerlingen met autisme."),
          ("table", [["Thuiszitters (peildatum 1 oktober)", "2022", "2023", "2024", "2025"],
                     ["Langer dan 4 weken zonder onderwijs", "14", "12", "9", "7"],
                     ["Met vrijstelling van inschrijving", "6", "6", "5", "5"]]),
          g("cultuur")]
    b += [("h1", "4 Ambitie 2: Ieder talent telt"),
          ("h2", "4.1 Toelaatbaarheid tot het vso"),
          ("p", "Een leerling kan alleen naar het voortgezet speciaal onderwijs als het samenwerkingsverband "
                "een toelaatbaarheidsverklaring afgeeft. Het bevoegd gezag van de school waar de leerling staat "
                "ingeschreven – of, bij een leerling uit het primair onderwijs, de vo-school van aanmelding – doet "
                "de aanvraag bij de Commissie Toewijzing. De aanvraag bevat het ontwikkelingsperspectiefplan, een "
                "verslag van het multidisciplinair overleg waarin de ouders en de leerling hun mening hebben "
                "gegeven, en een overzicht van de ingezette ondersteuning. De commissie vraagt advies aan twee "
                "deskundigen: een GZ-psycholoog of orthopedagoog en, afhankelijk van de hulpvraag, een "
                "jeugdarts of maatschappelijk werker. Beide geven een eigen, schriftelijk advies. De commissie "
                "besluit binnen vijf weken; in spoedsituaties binnen tien werkdagen."),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: "
                "(a) er is sprake van een ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, "
                "sociaal-emotioneel functioneren, communicatie of lichamelijk functioneren; (b) de school heeft "
                "aantoonbaar ten minste zes maanden een arrangement op niveau 2 of 3 ingezet en het "
                "ontwikkelingsperspectief wordt desondanks niet gehaald; en (c) de deskundigen onderschrijven dat "
                "de benodigde ondersteuning alleen in een vso-setting geboden kan worden. Bij een leerling met een "
                "ernstige meervoudige beperking of een levensbedreigende ziekte geldt alleen voorwaarde (c)."),
          ("p", "De TLV wordt afgegeven voor twee schooljaren, of tot het einde van de opleiding bij leerlingen in "
                "het uitstroomprofiel arbeidsmarkt. De commissie bepaalt de bekostigingscategorie: laag voor "
                "leerlingen van cluster 4 en ZML, midden voor LZ en LG, hoog voor MG. Tegen het besluit kan binnen "
                "zes weken bezwaar worden gemaakt; het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie."),
          ("h2", "4.2 Leerwegondersteuning en praktijkonderwijs"),
          ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waarvan één begrijpend lezen "
                "of inzichtelijk rekenen. Voor lwoo hanteert de Kempenrand eveneens de landelijke criteria (IQ "
                "tussen 75 en 90 of een sociaal-emotionele problematiek die de ontwikkeling belemmert, in "
                "combinatie met een leerachterstand van 1,5 tot 3 jaar). De aanvraag voor lwoo of pro doet de "
                "vo-school van aanmelding vóór 15 maart via het digitale dossier, met de gegevens van de "
                "basisschool. Een commissie van twee deskundigen beoordeelt de aanvraag; het besluit volgt binnen "
                "vier weken. Een aanwijzing voor lwoo geldt voor de hele schoolloopbaan."),
          ("h2", "4.3 Terug naar het regulier onderwijs"),
          ("p", "Wij vinden dat het vso een plek moet zijn waar jongeren kunnen groeien en, als dat past, weer "
                "doorstromen naar een reguliere vo-school of naar het mbo. Het doel is dat ieder jaar ten minste "
                "vijftien vso-leerlingen overstappen naar het regulier onderwijs. Terugplaatsing komt in beeld "
                "als de jongere de doelen uit het ontwikkelingsperspectief haalt, als het gedrag of de gezondheid "
                "stabiel is en als er een reguliere school is die de ondersteuning uit het OPP kan bieden. Na de "
                "overstap blijft een begeleider van het vso gedurende ten minste een half jaar beschikbaar voor de "
                "leerling en de mentor, en kan de ontvangende school een overstaparrangement inzetten."),
          ("p", "Hoe de overstap in stappen verloopt – wie het initiatief neemt, wanneer er wordt geëvalueerd en "
                "wie uiteindelijk beslist – werken de vso-scholen en de Commissie Toewijzing in de loop van 2026 "
                "uit in een gezamenlijk protocol terugplaatsing. Tot die tijd gaan de scholen uit van de "
                "bestaande praktijk."), g("personeel")]
    b += [("h1", "5 Ambitie 3: Sterk in verbinding"),
          ("h2", "5.1 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is. Op de website staat de "
                "Ouderwijzer: per school een overzicht van het ondersteuningsaanbod, de contactgegevens van de "
                "ondersteuningscoördinator en uitleg over arrangementen, OPDC en vso. Elk jaar in november houden "
                "wij voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte een voorlichtingsavond, "
                "samen met het samenwerkingsverband PO. Iedere vo-school neemt in de schoolgids een paragraaf "
                "op over de ondersteuning op school en verwijst naar de Ouderwijzer."),
          ("p", "Soms lopen ouders of jongeren vast, of zijn zij het niet eens met de school. Zij kunnen dan "
                "terecht bij het Ouder- en Jeugdsteunpunt Kempenrand, dat onafhankelijk van scholen en "
                "samenwerkingsverband werkt en bereikbaar is via telefoon, mail en een wekelijks inloopspreekuur. "
                "Het steunpunt kan meegaan naar gesprekken op school. Daarnaast kunnen ouders kosteloos een beroep "
                "doen op de onderwijsconsulenten, en bij een geschil over toelating, verwijdering of het "
                "ontwikkelingsperspectief kunnen zij zich wenden tot de Geschillencommissie passend onderwijs."),
          ("h2", "5.2 Gemeenten en jeugdhulp"),
          ("p", "Met de vijf gemeenten in de Kempenrand voeren wij twee keer per jaar bestuurlijk overleg over "
                "de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer en onderwijshuisvesting. Op elke "
                "vestiging is een jeugdhulpverlener van het lokale team aanwezig."), g("visie2")]
    b += [("h1", "Deel III – Randvoorwaarden"),
          ("h1", "6 Verdeling en inzet van middelen"),
          ("p", "De middelen voor lichte ondersteuning verdelen wij grotendeels door naar de besturen. Elke "
                "vestiging ontvangt een basisbedrag van € 145 per leerling op de teldatum 1 oktober. Scholen met een "
                "hoog aandeel leerlingen uit kwetsbare wijken ontvangen daarbovenop een toeslag van € 60 per "
                "leerling, op basis van de CBS-achterstandsindicator. Voor arrangementen op niveau 2 dient het "
                "bestuur een aanvraag in; de Commissie Toewijzing kent een arrangement toe als het OPP laat zien "
                "dat de basisondersteuning niet toereikend is, voor maximaal één schooljaar. Plaatsen in het OPDC "
                "worden naar rato van het leerlingenaantal over de besturen verdeeld. Lwoo- en pro-middelen "
                "worden doorbetaald aan de scholen die lwoo en pro verzorgen."),
          ("table", [["Meerjarenbegroting", "2027", "2028", "2029", "2030"],
                     ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Doorbetaling lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["OPDC en Rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("p", "De cijfers worden ingevuld zodra het algemeen bestuur in december 2026 de meerjarenbegroting "
                "heeft vastgesteld; de begroting wordt dan als bijlage 3 toegevoegd.")]
    b += [("h1", "7 Organisatie, medezeggenschap en privacy"), g("opr"), g("procedure"), g("ict"),
          g("inspectie"), g("duurzaam"), g("landelijk"), g("opleiding")]
    b += [("h1", "8 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["lwoo", "Leerwegondersteunend onderwijs"],
                     ["pro", "Praktijkonderwijs"], ["OPP", "Ontwikkelingsperspectiefplan"],
                     ["MJB", "Meerjarenbegroting"], ["SOP", "Schoolondersteuningsprofiel"]])]
    crit = {k: True for k in CORE}
    crit.update({"basisondersteuning.inhoud": False, "terugstroom.procedure": False,
                 "financien.besteding": False})
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "3.1: one ondergrens for all 19 vestigingen (niveau), but the concrete content is only in the Kwaliteitskaart = absent bijlage 2.",
        "plaatsing": "4.1 vso: requester, dossier, two deskundigen, 5 weeks, criteria (a)-(c), duration 2 years, categories, bezwaar; 4.2 lwoo/pro criteria and procedure.",
        "terugstroom": "4.3: policy (aim of 15 per year, conditions, half year vso-begeleider after return) present; the step-by-step procedure is deferred to a protocol in 2026.",
        "financien": "Ch.6: verdeling (EUR 145 per leerling, EUR 60 toeslag, arrangement criteria, OPDC naar rato) present; meerjarenbegroting table is all p.m., filled in after December 2026.",
        "dekkend-aanbod": "3.2 niveaus 2-4, OPDC, Rebound, OZA (continuum); 3.3 zorgplicht, Thuiszitterstafel, yearly gap analysis, thuiszitters table (lacunes).",
        "resultaten": "Ch.2 'Wat we willen zien veranderen' table of targets for 2030 plus 'Hoe we weten of het lukt': dashboard twice a year, kwaliteitsgesprek, monitorrapportage in June.",
        "ouders": "5.1 under ambitie 'Sterk in verbinding': Ouderwijzer on website, voorlichtingsavond, schoolgids; OJSP Kempenrand, onderwijsconsulenten, Geschillencommissie.",
    }
    return ctx, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 3 – PO, Markdown (web version). Basisondersteuning chapter deferred; no terugplaatsing at
# all; toelaatbaarheid criteria only in a table; results monitored but no intended results.
# ----------------------------------------------------------------------------------------------
def plan3():
    ctx = dict(swv="Samenwerkingsverband Passend Onderwijs Veenhoven", kort="SWV Veenhoven",
               regio="Veenhoven en omstreken", besturen="negen", opr_datum="2 april 2026",
               oogo_datum="20 januari 2026", privacy_jaar="2025", insp_jaar="2025")
    g = lambda k: ("p", generic(k, ctx))
    b = []
    b += [("title", "Ondersteuningsplan SWV Veenhoven 2026–2030 (webversie)"),
          ("p", "Samenwerkingsverband Passend Onderwijs Veenhoven – PO 22-14. Deze webversie is inhoudelijk "
                "gelijk aan de vastgestelde pdf. Auteurs: bureau SWV Veenhoven met bijdragen van de "
                "werkgroepen Toewijzing, Kwaliteit en Communicatie."),
          ("toc", ["1 Inleiding en leeswijzer", "2 Koers 2026–2030", "3 Basisondersteuning",
                   "4 Koers 1: Doorgaande ontwikkeling – het ondersteuningscontinuüm",
                   "5 Koers 2: De juiste plek – toelaatbaarheid sbo en so",
                   "6 Koers 3: Doelmatig en dichtbij – hoe we het geld inzetten",
                   "7 Koers 4: Zicht op ontwikkeling – resultaten en kwaliteit",
                   "8 Communicatie", "9 Organisatie", "10 Begrippen"])]
    b += [("h1", "1 Inleiding en leeswijzer"),
          ("p", "Welkom bij de webversie van ons ondersteuningsplan. Het plan beschrijft hoe de negen "
                "schoolbesturen in Veenhoven en omstreken samenwerken aan passend onderwijs voor de ruim 9.200 "
                "leerlingen op 41 basisscholen, één school voor speciaal basisonderwijs (De Wegwijzer) en twee "
                "scholen voor speciaal onderwijs. De tekst is geschreven door verschillende werkgroepen; "
                "daarom is de opbouw per koers wat verschillend."), g("leeswijzer"), g("regio")]
    b += [("h1", "2 Koers 2026–2030"), g("visie1"), g("missie"),
          ("p", "Voor de komende vier jaar kiezen wij vier koersen. Ze staan niet los van elkaar: wie de "
                "doorgaande ontwikkeling wil versterken, moet ook weten waar het geld naartoe gaat, en wie "
                "resultaten wil volgen, moet weten welke leerlingen welke ondersteuning krijgen. De koersen zijn "
                "voorbereid in werkgroepen waarin schoolleiders, intern begeleiders en medewerkers van het "
                "bureau samenwerkten. Elke werkgroep heeft haar eigen hoofdstuk geschreven."),
          g("visie2"), g("terugblik")]
    b += [("h1", "3 Basisondersteuning"),
          ("p", "De besturen hebben besloten de beschrijving van de basisondersteuning te herschrijven zodra "
                "de landelijke norm basisondersteuning definitief is. Dit hoofdstuk wordt in een herziene versie "
                "van dit plan aangevuld.")]
    b += [("h1", "4 Koers 1: Doorgaande ontwikkeling – het ondersteuningscontinuüm"),
          ("p", "In Veenhoven denken wij in een doorlopende lijn van ondersteuning. Die lijn kent vier niveaus. Op "
                "niveau 1 krijgt de leerling wat hij nodig heeft binnen de gewone lessen, met de aanpak van de "
                "eigen leerkracht. Op niveau 2 schakelt de intern begeleider hulp in: een consultatie door de "
                "onderwijsspecialist van het samenwerkingsverband, een korte training of een aangepaste "
                "leerlijn. Op niveau 3 krijgt de leerling een arrangement: een afgebakende periode van extra "
                "begeleiding op de eigen school, bijvoorbeeld een taalklas voor nieuwkomers, een "
                "gedragsarrangement met ambulante begeleiding vanuit het so, of een arrangement voor "
                "leerlingen met een lichamelijke beperking. Op niveau 4 gaat het om een plaats in het speciaal "
                "basisonderwijs of het speciaal onderwijs."),
          ("p", "Tussen niveau 3 en 4 hebben wij in deze planperiode drie bovenschoolse voorzieningen: de "
                "Kangoeroeklas voor meer- en hoogbegaafde leerlingen (twee locaties, één dagdeel per week), de "
                "Taalbrug in Veenhoven-Noord voor nieuwkomers die de eerste twaalf maanden intensief Nederlands "
                "leren, en De Schakel, een kleine groep op een reguliere school waar kinderen met een "
                "autismespectrumstoornis onderwijs krijgen met begeleiding vanuit het so. Scholen kunnen voor een "
                "leerling een plaats in deze voorzieningen aanvragen bij het bureau."),
          ("p", "Binnen en tussen scholen wordt kennis gedeeld in expertisenetwerken. Het so stelt zijn "
                "expertise beschikbaar aan de basisscholen via ambulante begeleiding en consultatie; de sbo-school "
                "De Wegwijzer heeft een eigen expertiseteam dat scholen in de regio ondersteunt bij leer- en "
                "gedragsvragen. Zo vormen de voorzieningen samen één samenhangend geheel."),
          g("cultuur"),
          ("h2", "De overstap naar het voortgezet onderwijs"),
          ("p", "Een belangrijke overgang is die naar het voortgezet onderwijs. Samen met het "
                "samenwerkingsverband VO Veenhoven zorgen wij voor een warme overdracht van alle leerlingen met "
                "een ontwikkelingsperspectief. In januari vindt een overdrachtsmarkt plaats waar intern "
                "begeleiders en mentoren elkaar ontmoeten. Deze overstap is geen terugplaatsing of overplaatsing "
                "in de zin van de wet, maar een gewone stap in de schoolloopbaan.")]
    b += [("h1", "5 Koers 2: De juiste plek – toelaatbaarheid sbo en so"),
          ("p", "Deze koers is geschreven door de werkgroep Toewijzing. Voor een plaats op De Wegwijzer of op "
                "een so-school moet het samenwerkingsverband de leerling toelaatbaar verklaren. De aanvraag wordt "
                "gedaan door het bestuur van de school waar de leerling is ingeschreven, na een "
                "multidisciplinair overleg met ouders, intern begeleider en onderwijsspecialist. Bij de aanvraag "
                "horen het groeidocument, het ontwikkelingsperspectief en de zienswijze van de ouders. Het bureau "
                "controleert binnen vijf werkdagen of het dossier compleet is. Daarna adviseren twee "
                "deskundigen – altijd een orthopedagoog of psycholoog, en als tweede een kinderarts, "
                "maatschappelijk werker of pedagoog – elk afzonderlijk en schriftelijk. De Toewijzingscommissie "
                "besluit binnen vier weken na de adviezen. Het besluit gaat per brief naar ouders en school. "
                "Tegen het besluit kunnen ouders en school bezwaar maken bij het samenwerkingsverband, dat "
                "advies vraagt aan de Landelijke Bezwaaradviescommissie."),
          ("p", "De commissie toetst elke aanvraag aan de criteria in onderstaande tabel."),
          ("table", [["Plaats", "De leerling is toelaatbaar als …"],
                     ["Speciaal basisonderwijs", "de leerling ten minste een jaar een arrangement op niveau 3 "
                      "heeft gehad, op twee of meer vakgebieden meer dan een jaar achterloopt op het eigen "
                      "ontwikkelingsperspectief, en de deskundigen vaststellen dat een kleinere groep met "
                      "specialistische begeleiding nodig is."],
                     ["So cluster 3 (ZML, LG, LZ)", "er sprake is van een verstandelijke beperking (IQ lager dan "
                      "55) of van een lichamelijke beperking of langdurige ziekte waardoor de leerling "
                      "structureel verpleegkundige of fysieke zorg onder schooltijd nodig heeft."],
                     ["So cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek die "
                      "ondanks een arrangement op niveau 3 en inzet van jeugdhulp het leren en de veiligheid "
                      "van de leerling of anderen in de reguliere school blijvend belemmert."],
                     ["Spoedplaatsing", "er acuut gevaar is voor de leerling of anderen; de commissie "
                      "besluit dan binnen vijf werkdagen, voor ten hoogste drie maanden."]]),
          g("personeel")]
    b += [("h1", "6 Koers 3: Doelmatig en dichtbij – hoe we het geld inzetten"),
          ("p", "De werkgroep Financiën heeft gekozen voor een eenvoudig model. Het geld volgt de leerling "
                "zo dicht mogelijk bij de klas. Van de middelen die het samenwerkingsverband ontvangt, gaat eerst "
                "het deel af dat via DUO rechtstreeks naar het so en het sbo gaat. Van het resterende budget "
                "krijgt elk bestuur een schoolondersteuningsbudget van € 118 per leerling, naar het "
                "leerlingaantal op 1 oktober van het voorgaande jaar. Arrangementen op niveau 3 worden "
                "toegekend door het bureau als het ontwikkelingsperspectief onderbouwt dat de ondersteuning op "
                "niveau 1 en 2 onvoldoende is; per arrangement is ten hoogste € 6.000 per schooljaar beschikbaar. "
                "De bovenschoolse voorzieningen worden centraal betaald."),
          ("table", [["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "7.940.000", "7.860.000", "7.790.000", "7.720.000"],
                     ["Afdracht so via DUO", "3.310.000", "3.330.000", "3.350.000", "3.360.000"],
                     ["Afdracht sbo", "1.020.000", "1.000.000", "990.000", "980.000"],
                     ["Schoolondersteuningsbudgetten", "1.090.000", "1.080.000", "1.070.000", "1.060.000"],
                     ["Arrangementen niveau 3", "940.000", "920.000", "900.000", "880.000"],
                     ["Kangoeroeklas, Taalbrug, De Schakel", "760.000", "770.000", "770.000", "770.000"],
                     ["Bureau, onderwijsspecialisten, huisvesting", "690.000", "700.000", "710.000", "720.000"],
                     ["Saldo", "130.000", "60.000", "0", "-50.000"]]),
          ("p", "Het negatieve saldo in 2029 wordt opgevangen uit de algemene reserve, die eind 2025 € 1,1 mln "
                "bedroeg. Besturen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van "
                "het schoolondersteuningsbudget, aan de hand van een vast format.")]
    b += [("h1", "7 Koers 4: Zicht op ontwikkeling – resultaten en kwaliteit"),
          ("p", "De werkgroep Kwaliteit wil dat we beter weten wat ondersteuning oplevert. Daarom verzamelen wij "
                "vanaf schooljaar 2026–2027 elk jaar per school een vaste set gegevens: het aantal arrangementen "
                "en de mate waarin de doelen daarvan zijn gehaald, het percentage leerlingen met een "
                "ontwikkelingsperspectief dat de eigen uitstroombestemming haalt, het aantal aanvragen bij de "
                "Toewijzingscommissie en de adviezen voor het voortgezet onderwijs in vergelijking met het "
                "werkelijke niveau in leerjaar 3. Scholen leveren de gegevens aan vóór 1 juli."),
          ("p", "Het bureau verwerkt de gegevens tot een kwaliteitsrapportage per bestuur. In de "
                "kwaliteitsdialoog in het najaar bespreken directeur en bestuurder die rapportage met de "
                "schoolleiders; de conclusies worden vastgelegd in een verslag. De samengevoegde uitkomsten "
                "worden in het jaarverslag van het samenwerkingsverband gepubliceerd en met de OPR besproken. "
                "Eens in de twee jaar laten wij een externe partij een steekproef van dossiers beoordelen."),
          g("inspectie")]
    b += [("h1", "8 Communicatie"),
          ("p", "Geschreven door de werkgroep Communicatie. Ouders die willen weten welke ondersteuning er is, "
                "kunnen op drie plekken terecht. Ten eerste de schoolgids van iedere school, die een vaste "
                "paragraaf bevat over de ondersteuning op die school en de bovenschoolse voorzieningen. Ten "
                "tweede onze website, met een kaart van alle scholen en voorzieningen en een uitleg in eenvoudige "
                "taal over arrangementen en de toelaatbaarheidsprocedure. Ten derde de ouderconsulent van het "
                "samenwerkingsverband, die spreekuur houdt op woensdagochtend en op verzoek een "
                "informatiebijeenkomst op school verzorgt."),
          ("h2", "Onafhankelijk meedenken"),
          ("p", "Niet iedere ouder wil met een vraag naar de school of naar ons. Daarom werken wij samen met het "
                "Ouder- en Jeugdsteunpunt Veenhoven, een onafhankelijke stichting waar ouders en kinderen "
                "kosteloos terechtkunnen voor advies, een luisterend oor of hulp bij een gesprek. Lukt het niet "
                "om er samen uit te komen, dan kunnen ouders een beroep doen op de onderwijsconsulenten of een "
                "klacht indienen bij de landelijke klachtencommissie waarbij alle besturen zijn aangesloten. "
                "Geschillen over het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie "
                "passend onderwijs."),
          ("p", "Voor professionals verschijnt een maandelijkse nieuwsbrief. Op sociale media zijn wij beperkt "
                "actief.")]
    b += [("h1", "9 Organisatie"), g("governance"), g("opr"), g("procedure"), g("ict"), g("duurzaam"),
          g("werkgever"), g("jaarcyclus"), g("integriteit"), g("opleiding"), g("leerlingstem"),
          g("landelijk")]
    b += [("h1", "10 Begrippen"),
          ("bullets", ["Basisondersteuning: de ondersteuning die elke school in het samenwerkingsverband biedt.",
                       "Dekkend aanbod: een netwerk van voorzieningen waarin voor elk kind een plek is.",
                       "Terugplaatsing: de overstap van so of sbo naar het regulier onderwijs na afloop van de TLV.",
                       "Thuiszitter: een leerplichtig kind dat niet naar school gaat.",
                       "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken.",
                       "OJSP: ouder- en jeugdsteunpunt."])]
    crit = {k: True for k in CORE}
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "dekkend-aanbod.lacunes": False, "resultaten.doelen": False})
    adv = {"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves", "verantwoording"]}
    notes = {
        "basisondersteuning": "Ch.3 only defers ('wordt in een herziene versie aangevuld') and points to school guides; the term is defined only in the Begrippen list.",
        "plaatsing": "Ch.5 Koers 2: requester, dossier, 5-day check, two deskundigen, 4 weeks, bezwaar; criteria for sbo/so3/so4/spoed only in a table.",
        "terugstroom": "Nothing in the body; only the begrippen entry, and the PO-VO overstap paragraph in ch.4 explicitly is not terugplaatsing.",
        "financien": "Ch.6 Koers 3 'hoe we het geld inzetten': EUR 118 per leerling, arrangement criteria max EUR 6.000, begroting 2026-2029 table, reserve, verantwoording format.",
        "dekkend-aanbod": "Ch.4 Koers 1 describes four niveaus and three bovenschoolse voorzieningen (continuum); nothing on gaps, thuiszitters or zorgplicht outside the begrippen list.",
        "resultaten": "Ch.7 Koers 4 describes data collection, kwaliteitsrapportage, dialoog and jaarverslag (monitoring) but states no intended results.",
        "ouders": "Ch.8 'Communicatie': schoolgids paragraph, website, ouderconsulent (informatie); 'Onafhankelijk meedenken': OJSP Veenhoven, onderwijsconsulenten, klachtencommissie (steunpunt).",
    }
    return ctx, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 4 – VO, HTML. Basisondersteuning in unusual wording; TLV procedure only via a portal;
# terugplaatsing only as procedure; financial paragraph absent; no results; only the steunpunt.
# ----------------------------------------------------------------------------------------------
def plan4():
    ctx = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Duin en Polder", kort="Duin en Polder",
               regio="Duin en Polder", besturen="acht", opr_datum="26 maart 2026",
               oogo_datum="5 maart 2026", privacy_jaar="2023", insp_jaar="2025")
    g = lambda k: ("p", generic(k, ctx))
    b = []
    b += [("title", "Ondersteuningsplan 2026–2030: Koers op maat"),
          ("p", "Samenwerkingsverband Voortgezet Onderwijs Duin en Polder (VO 28-09). Webversie. Met bijdragen "
                "van Marloes Kuipers (hoofdstuk 1-2), Tarik el Amrani (hoofdstuk 3-4) en het bureau (overige "
                "hoofdstukken)."),
          ("toc", ["Koers en ambities", "Thema 1: Wat iedere school in huis heeft",
                   "Thema 2: Een passende plek voor elke jongere",
                   "Thema 3: Toewijzing vso, lwoo en pro", "Thema 4: Na het vso",
                   "Thema 5: Steun voor jongeren en ouders", "Financiën en meerjarenbegroting",
                   "Organisatie en planning", "Woordenlijst"])]
    b += [("h1", "Koers en ambities"),
          ("p", "Duin en Polder is een samenwerkingsverband van acht besturen met 23 vestigingen voor voortgezet "
                "onderwijs, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal "
                "onderwijs. Onze regio loopt van de kust tot ver in de polder. Met dit plan kiezen wij voor "
                "'koers op maat': een gezamenlijke richting, met ruimte voor scholen om die op hun eigen manier "
                "in te vullen."), g("visie1"), g("visie2"), g("missie"), g("regio")]
    b += [("h1", "Thema 1: Wat iedere school in huis heeft"),
          ("p", "Een jongere die zich aanmeldt bij een school in Duin en Polder, moet erop kunnen rekenen dat die "
                "school een aantal dingen altijd op orde heeft – of het nu een klein vmbo in de polder is of een "
                "groot gymnasium aan de kust. De acht besturen hebben daarom een gezamenlijke ondergrens "
                "vastgesteld die alle 23 vestigingen waarmaken. Die ondergrens is geen wens maar een afspraak; "
                "een school mag er niet onder zakken."),
          ("p", "Concreet betekent dat het volgende. Iedere leerling heeft een mentor die hem kent en die ten "
                "minste drie keer per jaar een individueel gesprek voert. Iedere vestiging heeft een "
                "ondersteuningscoördinator en een intern ondersteuningsteam met daarin ten minste een "
                "orthopedagoog of psycholoog. Leerlingen met dyslexie of dyscalculie krijgen de afgesproken "
                "faciliteiten: extra tijd, voorleessoftware en aangepaste toetsen. Iedere school biedt een "
                "faalangstreductietraining en een sociale-vaardigheidstraining, en heeft een time-outvoorziening "
                "met een vaste begeleider. Er is een protocol voor medicijnverstrekking en voor leerlingen met "
                "een chronische ziekte, en iedere school werkt met een verzuimprotocol dat bij vijf ongeoorloofde "
                "afwezigheden binnen vier weken tot een gesprek leidt. Tot slot zorgt iedere school voor een "
                "warme overdracht van de basisschool en naar het mbo."),
          ("p", "Het bureau bekijkt bij de jaarlijkse schoolbezoeken aan de hand van een vaste checklist of de "
                "afspraken worden nagekomen. Een vestiging die onder de ondergrens zit, stelt binnen een half jaar "
                "een herstelplan op, dat het bestuur van die school aan het directeurenoverleg voorlegt."),
          g("cultuur")]
    b += [("h1", "Thema 2: Een passende plek voor elke jongere"),
          ("p", "Boven de ondergrens van thema 1 bouwen de scholen aan een samenhangend aanbod. Elke vestiging "
                "heeft een eigen profiel: sommige scholen hebben een ondersteuningsklas, andere een "
                "structuurgroep voor leerlingen met autisme of een plusprogramma voor hoogbegaafde leerlingen. "
                "Daarnaast zijn er bovenschoolse voorzieningen: het OPDC Kustlijn voor leerlingen die tijdelijk "
                "een kleine setting nodig hebben, de Rebound voor leerlingen die na een incident even uit de "
                "klas moeten, en een schakelklas voor nieuwkomers (ISK) in Zeewolde-Noord. Het vso vormt het "
                "laatste deel van de keten. Zo ontstaat een opbouw van ondersteuning binnen de school, via "
                "bovenschoolse voorzieningen naar het speciaal onderwijs."),
          ("p", "Toch valt er soms een jongere buiten de boot. Wanneer een school vaststelt dat zij een leerling "
                "geen passende plek kan bieden, moet zij op grond van de zorgplicht een andere school zoeken. "
                "Lukt dat niet binnen zes weken, of dreigt een leerling langer dan twee weken thuis te zitten, "
                "dan meldt de school dat bij het Meldpunt Thuiszitters van het samenwerkingsverband. Een "
                "trajectbegeleider zet dan binnen vijf werkdagen een overleg op met school, leerplicht en "
                "zo nodig jeugdhulp, en blijft betrokken tot de jongere weer onderwijs volgt. Ontbreekt er in de "
                "regio een voorziening, dan brengt de trajectbegeleider dat in bij het directeurenoverleg, dat "
                "binnen drie maanden met een voorstel komt."),
          ("p", "Met de zes gemeenten in de regio maken wij in het OOGO afspraken over jeugdhulp op school, "
                "leerlingenvervoer en onderwijszorgarrangementen voor jongeren die naast onderwijs behandeling "
                "nodig hebben. Er zijn momenteel drie van zulke arrangementen, alle in samenwerking met de "
                "jeugd-GGZ."), g("personeel")]
    b += [("h1", "Thema 3: Toewijzing vso, lwoo en pro"),
          ("p", "Scholen vinden de stappen, termijnen en formulieren voor het aanvragen van een "
                "toelaatbaarheidsverklaring in het handboek op het schoolportaal van het samenwerkingsverband."),
          ("p", "Bij de beoordeling hanteert de Commissie van Toelaatbaarheid de volgende criteria."),
          ("table", [["Criterium", "Toelichting"],
                     ["1. Ondersteuningsbehoefte", "De jongere heeft een ondersteuningsbehoefte die is vastgelegd "
                      "in een ontwikkelingsperspectiefplan en die niet binnen de ondergrens van thema 1 past."],
                     ["2. Ingezette ondersteuning", "De school heeft ten minste een half jaar extra ondersteuning "
                      "geboden, waaronder een arrangement of een traject in het OPDC, en dat heeft onvoldoende "
                      "opgeleverd."],
                     ["3. Perspectief", "Het vso kan de jongere een perspectief bieden dat in het regulier "
                      "onderwijs niet haalbaar is."],
                     ["4. Uitzondering", "Bij een leerling met een ernstige meervoudige beperking vervallen "
                      "criteria 2 en 3."]]),
          ("p", "Een TLV wordt afgegeven voor ten hoogste drie schooljaren, in bekostigingscategorie laag, "
                "tenzij een lichamelijke of meervoudige beperking een hogere categorie rechtvaardigt. Voor lwoo en "
                "pro volgt het samenwerkingsverband de landelijke criteria.")]
    b += [("h1", "Thema 4: Na het vso"),
          ("p", "De werkwijze rond het einde van een TLV is als volgt. Uiterlijk 1 november van het laatste "
                "TLV-jaar agendeert de vso-school de leerling in haar commissie voor de begeleiding. Die "
                "commissie stelt vóór 1 december vast of zij een verlenging wil aanvragen of dat terugplaatsing "
                "naar het voortgezet onderwijs aan de orde is. In het tweede geval neemt de vso-school vóór 15 "
                "januari contact op met een vo-school, en in februari vindt een overdrachtsgesprek plaats tussen "
                "de mentoren van beide scholen, de ondersteuningscoördinator en de jongere. In april evalueert "
                "de vso-school de stand van zaken. Wil de vso-school verlengen, dan volgt zij de aanvraagroute uit "
                "het handboek op het schoolportaal. Zonder "
                "nieuwe TLV eindigt de inschrijving in het vso op 31 juli en start de leerling op 1 augustus op "
                "de vo-school."), g("ict")]
    b += [("h1", "Thema 5: Steun voor jongeren en ouders"),
          ("p", "Jongeren en ouders die een vraag hebben over onderwijs en ondersteuning, of die het niet eens "
                "zijn met een beslissing van school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kust. Dat "
                "steunpunt werkt onafhankelijk van de scholen en van het samenwerkingsverband: de medewerkers "
                "kiezen uitsluitend de kant van het belang van de jongere. Ze denken mee, gaan mee naar een "
                "gesprek en kunnen bemiddelen. Lukt het daarmee niet, dan wijst het steunpunt de weg naar de "
                "onderwijsconsulenten en naar de geschillen- en klachtencommissies waarbij de besturen zijn "
                "aangesloten. Het steunpunt verzamelt signalen van ouders en jongeren en bespreekt die twee keer "
                "per jaar met het bestuur.")]
    b += [("h1", "Financiën en meerjarenbegroting"),
          ("p", "De financiële paragraaf van dit ondersteuningsplan – het verdeelmodel en de meerjarenbegroting – "
                "maakt geen deel uit van deze versie. Het bestuur legt deze paragraaf in juni 2026 afzonderlijk "
                "ter instemming voor aan de ondersteuningsplanraad, na afronding van de herijking van het "
                "verdeelmodel die in het najaar van 2025 is gestart.")]
    b += [("h1", "Organisatie en planning"), g("governance"), g("opr"), g("procedure"), g("inspectie"),
          ("h2", "Planning van de eerste jaren"),
          ("table", [["Schooljaar", "Activiteit"],
                     ["2026–2027", "Vervanging registratiesysteem; start nieuw netwerk ondersteuningscoördinatoren."],
                     ["2027–2028", "Herziening woordenlijst en schoolportaal; nieuwe huisvesting OPDC Kustlijn."],
                     ["2028–2029", "Voorbereiding volgend ondersteuningsplan."]]),
          g("duurzaam"), g("terugblik"), g("jaarcyclus"), g("werkgever"), g("integriteit"),
          ("h2", "Samenwerken en leren"), g("opleiding"), g("onderzoek"), g("landelijk"), g("leerlingstem"),
          g("calamiteit"), g("taal"),
          ("h2", "Aansluiting op het mbo"),
          ("p", "Veel jongeren uit Duin en Polder stromen door naar een van de twee mbo-instellingen in de regio. "
                "Mentoren van het vmbo en loopbaanbegeleiders van het mbo ontmoeten elkaar jaarlijks in een "
                "overdrachtsbijeenkomst. Jongeren die zich laat aanmelden, worden door de vo-school actief "
                "gevolgd tot zij op het mbo zijn gestart. Het regionaal meld- en coördinatiepunt voortijdig "
                "schoolverlaten houdt contact met jongeren die dreigen uit te vallen. Wij zien de overstap naar "
                "het mbo als een gedeelde verantwoordelijkheid van vo-school, mbo-instelling en gemeente.")]
    b += [("h1", "Woordenlijst"),
          ("table", [["Term", "Uitleg"],
                     ["Basisondersteuning", "Wat iedere school minimaal biedt."],
                     ["Bereikte resultaten", "De resultaten van het onderwijs aan leerlingen met extra ondersteuning."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar."],
                     ["Ouderinformatie", "Informatie voor ouders over het ondersteuningsaanbod via website en schoolgids."],
                     ["Terugplaatsing", "Overstap van vso naar vo."],
                     ["Verdeelmodel", "De regels waarmee middelen over de scholen worden verdeeld."]])]
    crit = {k: True for k in CORE}
    crit.update({"plaatsing.procedure": False, "terugstroom.beleid": False, "financien.verdeling": False,
                 "financien.besteding": False, "resultaten.doelen": False, "resultaten.monitoring": False,
                 "ouders.informatie": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
           "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "Thema 1 'Wat iedere school in huis heeft': a shared ondergrens for all 23 vestigingen with concrete content (mentor, OT, dyslexie, trainingen, time-out ...); word 'basisondersteuning' only in the woordenlijst.",
        "plaatsing": "Thema 3: vso criteria 1-4 in a table, TLV duration/category; the procedure is only a reference to a handbook on the schoolportaal.",
        "terugstroom": "Thema 4 'Na het vso': dates, who initiates (vso-school), evaluation in April, decision body, end on 31 July (procedure); no aims, conditions or support after return.",
        "financien": "Chapter 'Financien en meerjarenbegroting' only says the financial paragraph is not part of this version and follows in June 2026.",
        "dekkend-aanbod": "Thema 2: school profiles, OPDC, Rebound, ISK, vso (continuum); zorgplicht, Meldpunt Thuiszitters, trajectbegeleider, gap handling (lacunes); OOGO/OZA.",
        "resultaten": "No intended or achieved results and no monitoring; 'resultaten' appears only in the woordenlijst.",
        "ouders": "Thema 5: independent OJSP Kust, onderwijsconsulenten, geschillen/klachten (steunpunt) and signals to the board; how parents are informed is only in the woordenlijst.",
    }
    return ctx, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 5 – PO, Word only. Basisondersteuning only in a table; toewijzing referred to a separate
# handbook; verdeelmodel deferred but begroting present; dekkend aanbod and ouders deferred.
# ----------------------------------------------------------------------------------------------
def plan5():
    ctx = dict(swv="Stichting Samenwerkingsverband Hoge Zand PO", kort="Hoge Zand PO",
               regio="het Hoge Zand", besturen="zes", opr_datum="14 april 2026",
               oogo_datum="27 januari 2026", privacy_jaar="2025", insp_jaar="2022")
    g = lambda k: ("p", generic(k, ctx))
    b = []
    b += [("title", "Ondersteuningsplan Hoge Zand PO 2026–2030"),
          ("p", "Stichting Samenwerkingsverband Hoge Zand PO – PO 25-12"),
          ("p", "Ontwerpversie voor de ondersteuningsplanraad. Samengesteld door E. Brouwer (beleid), "
                "H. Scholten (kwaliteit) en J. Veltkamp (financiën)."),
          ("pagebreak", "")]
    b += [("toc", ["Voorwoord", "1 Het samenwerkingsverband in cijfers", "2 Ambities en opbrengsten",
                   "3 Koers 1: Een stevige basis", "4 Koers 2: Doorgaande lijnen",
                   "5 Een passende plek voor ieder kind (dekkend aanbod, thuiszitters)",
                   "6 Samen met ouders (informatie, ouder- en jeugdsteunpunt)",
                   "7 Toewijzing en toelaatbaarheid", "8 Financiën: middelen en meerjarenbegroting",
                   "9 Bestuur, medezeggenschap en bedrijfsvoering", "10 Afkortingen en begrippen"]),
          ("pagebreak", "")]
    b += [("h1", "Voorwoord"),
          ("p", "Dit is het ondersteuningsplan van Hoge Zand PO voor de periode 2026–2030. Het plan is korter "
                "dan zijn voorganger. Dat is een bewuste keuze: wij beschrijven de koers op hoofdlijnen en "
                "werken de uitvoering elk jaar uit in een jaarplan. Drie collega's van het bureau hebben de "
                "hoofdstukken geschreven; een klankbordgroep van schoolleiders en intern begeleiders las mee. "
                "Wij danken iedereen die heeft bijgedragen, in het bijzonder de leden van de "
                "ondersteuningsplanraad voor hun scherpe en opbouwende vragen."), g("leeswijzer")]
    b += [("h1", "1 Het samenwerkingsverband in cijfers"), g("regio"),
          ("table", [["Kengetal (1 oktober)", "2023", "2024", "2025"],
                     ["Leerlingen basisonderwijs", "10.980", "10.870", "10.790"],
                     ["Basisscholen (incl. nevenvestigingen)", "38", "37", "36"],
                     ["Leerlingen sbo", "221", "229", "236"],
                     ["Leerlingen so", "187", "192", "201"],
                     ["Afgegeven toelaatbaarheidsverklaringen", "118", "126", "131"]]),
          ("p", "Het aantal leerlingen daalt licht, terwijl het aantal leerlingen in sbo en so toeneemt. Dat "
                "is voor ons een belangrijke reden om in deze planperiode te investeren in de basis op de "
                "reguliere scholen."), g("governance")]
    b += [("h1", "2 Ambities en opbrengsten"), g("visie1"), g("missie"),
          ("p", "Wij willen dat ondersteuning aantoonbaar iets oplevert voor de kinderen die haar krijgen. "
                "Daarom hebben wij vier opbrengstdoelen geformuleerd voor leerlingen die extra ondersteuning "
                "nodig hebben. Ze gelden voor het hele samenwerkingsverband."),
          ("table", [["Opbrengstdoel voor leerlingen met extra ondersteuning", "Nulmeting 2025", "Streefwaarde 2029"],
                     ["Leerlingen met een OPP die de geplande uitstroombestemming halen", "71%", "80%"],
                     ["Leerlingen met een arrangement die na een jaar de gestelde doelen halen", "64%", "75%"],
                     ["Leerlingen met een leesarrangement dat na twee jaar AVI-niveau E5 haalt", "58%", "70%"],
                     ["Leerlingen met een OPP die na de overstap in leerjaar 3 vo nog op het geadviseerde "
                      "niveau zitten", "77%", "85%"]]),
          ("p", "Hoe meten we dat? Scholen leggen de doelen en de bereikte stand vast in het digitale "
                "groeidocument. Twee keer per jaar, in februari en in juli, trekt het bureau de gegevens uit het "
                "systeem en maakt per school en voor het samenwerkingsverband als geheel een opbrengstenoverzicht. "
                "De directeur-bestuurder bespreekt dat overzicht in het voorjaar met iedere schoolleider. De "
                "resultaten over het hele samenwerkingsverband worden jaarlijks in het jaarverslag gerapporteerd "
                "en in september besproken met het algemeen bestuur en de ondersteuningsplanraad. Als een "
                "streefwaarde twee jaar achter elkaar niet wordt gehaald, onderzoeken wij met de betrokken scholen "
                "de oorzaak en passen wij het jaarplan aan."), g("visie2")]
    b += [("h1", "3 Koers 1: Een stevige basis"),
          ("p", "De basis is het fundament van passend onderwijs. De afspraken daarover staan in het "
                "onderstaande overzicht, dat is vastgesteld door het algemeen bestuur."),
          ("table", [["Afspraak", "Invulling"],
                     ["Voor wie geldt de basisondersteuning?", "Voor alle 36 basisscholen en hun nevenvestigingen; "
                      "het is de ondergrens die iedere school biedt, zonder aanvraag bij het samenwerkingsverband."],
                     ["Ondersteuningsstructuur", "Een intern begeleider (minimaal 1 dag per 150 leerlingen) en een "
                      "ondersteuningsteam dat vier keer per jaar overlegt."],
                     ["Preventieve interventies", "Vroegsignalering in groep 1-2, jaarlijkse screening op "
                      "leesproblemen in groep 3 en 4, en een aanbod voor sociaal-emotionele vaardigheden in elke groep."],
                     ["Licht curatieve interventies", "Begeleiding volgens het dyslexieprotocol en het "
                      "dyscalculieprotocol; kortdurende hulp in een kleine groep bij achterstanden."],
                     ["Gedrag", "Een gedragsprotocol en een aandachtsfunctionaris; time-out in de eigen school."],
                     ["Planmatig werken", "Groepsoverzichten en groepsbesprekingen drie keer per jaar; "
                      "een OPP voor iedere leerling die een eigen leerlijn volgt."],
                     ["Medisch", "Protocol medisch handelen en een protocol voor medicijnverstrekking."]]),
          g("cultuur")]
    b += [("h1", "4 Koers 2: Doorgaande lijnen"),
          ("p", "Kinderen moeten zonder onnodige breuken door hun schoolloopbaan kunnen gaan. Dat geldt voor de "
                "overstap van de voorschool naar groep 1, voor de overstap naar het voortgezet onderwijs en ook "
                "voor kinderen die in het speciaal basisonderwijs of het speciaal onderwijs zitten."),
          ("h2", "Terug naar de wijkschool"),
          ("p", "Wij vinden dat een kind in het sbo of so er niet 'voor altijd' zit. Waar het kan, gaat een kind "
                "terug naar een basisschool in de eigen wijk of het eigen dorp. Dat gebeurt als drie dingen op "
                "orde zijn: het kind heeft zich zo ontwikkeld dat de ondersteuning uit het OPP ook in een gewone "
                "groep kan worden geboden, de ontvangende school heeft een plan voor de eerste maanden, en er is "
                "een vast aanspreekpunt op beide scholen. Na de terugkeer houdt de leerkracht van de sbo- of "
                "so-school gedurende een schooljaar contact met de nieuwe leerkracht, en de ontvangende school kan "
                "een extra dagdeel ondersteuning inzetten, betaald door het samenwerkingsverband."),
          ("p", "De route loopt in vaste stappen. De sbo- of so-school neemt het initiatief: bij elke jaarlijkse "
                "OPP-evaluatie in januari beoordeelt de commissie voor de begeleiding van die school of terugkeer "
                "in beeld is. Zo ja, dan meldt de school dat vóór 1 maart bij de consulent van het "
                "samenwerkingsverband, die binnen vier weken een gesprek organiseert met de mogelijk ontvangende "
                "basisschool. Die school beslist vóór 1 mei of zij het kind plaatst. In juni vindt de overdracht "
                "plaats; de eerste evaluatie volgt in november, de tweede in juni van het jaar na terugkeer. "
                "Is verder verblijf in het sbo of so nodig, dan volgt de gewone route uit het Handboek "
                "Toewijzing; zonder nieuwe verklaring eindigt de plaatsing op 31 juli van het laatste TLV-jaar."),
          ("p", "In 2024–2025 keerden op deze manier 14 kinderen terug naar het basisonderwijs; 12 van hen zaten "
                "een jaar later nog op dezelfde school."), g("personeel")]
    b += [("h1", "5 Een passende plek voor ieder kind"),
          ("p", "Hoe wij komen tot een dekkend aanbod in het Hoge Zand, werken wij samen met de gemeenten uit in "
                "het nieuwe OOGO-traject dat in 2027 start. De uitkomsten worden in een addendum bij dit plan "
                "opgenomen.")]
    b += [("h1", "6 Samen met ouders"),
          ("p", "[Tekst volgt. Dit hoofdstuk wordt herschreven nadat de Wet versterking positie ouders en "
                "leerlingen in werking is getreden.]")]
    b += [("h1", "7 Toewijzing en toelaatbaarheid"),
          ("p", "De toewijzing van plaatsen in het speciaal basisonderwijs en het speciaal onderwijs is beschreven "
                "in het Handboek Toewijzing Hoge Zand (separaat document, versie augustus 2025). Dat handboek is "
                "niet opnieuw in dit plan opgenomen. Het aantal afgegeven verklaringen staat in hoofdstuk 1."),
          g("ict")]
    b += [("h1", "8 Financiën: middelen en meerjarenbegroting"),
          ("p", "Het verdeelmodel waarmee de ondersteuningsmiddelen over de besturen worden verdeeld, wordt in "
                "2026 herijkt. Een voorstel volgt na de evaluatie door de werkgroep financiën; tot die tijd "
                "blijven de bestaande afspraken van kracht. De meerjarenbegroting hieronder gaat uit van "
                "ongewijzigde totalen."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "9.310", "9.220", "9.140", "9.070"],
                     ["Afdrachten so en sbo", "4.420", "4.480", "4.530", "4.570"],
                     ["Ondersteuningsbudgetten scholen", "2.650", "2.600", "2.560", "2.520"],
                     ["Terugkeerondersteuning en consulenten", "310", "320", "320", "330"],
                     ["Professionalisering basisondersteuning", "420", "400", "380", "360"],
                     ["Bureau en bestuur", "720", "730", "740", "750"],
                     ["Saldo", "790", "690", "610", "540"]]),
          ("p", "Het positieve saldo wordt in de komende jaren ingezet om de reserve terug te brengen tot de "
                "signaleringswaarde van de Inspectie. Het weerstandsvermogen bedraagt na afloop van de "
                "planperiode naar verwachting 8% van de baten.")]
    b += [("h1", "9 Bestuur, medezeggenschap en bedrijfsvoering"), g("opr"), g("procedure"), g("inspectie"),
          g("duurzaam"), g("terugblik"), g("jaarcyclus"), g("werkgever"), g("integriteit"),
          g("landelijk"), g("opleiding"), g("onderzoek"), g("leerlingstem"), g("taal"), g("calamiteit")]
    b += [("h1", "10 Afkortingen en begrippen"),
          ("table", [["Afkorting/begrip", "Betekenis"],
                     ["Dekkend aanbod", "Voor ieder kind is er een passende plek in de regio."],
                     ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
                     ["OPP", "Ontwikkelingsperspectiefplan."],
                     ["TLV", "Toelaatbaarheidsverklaring; de commissie beslist binnen zes weken."],
                     ["Thuiszitter", "Leerplichtig kind zonder passend onderwijs."],
                     ["Verdeelmodel", "Regels voor het verdelen van de ondersteuningsmiddelen."]])]
    crit = {k: True for k in CORE}
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False, "financien.verdeling": False,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.3 Koers 1: both the level (all 36 schools, ondergrens) and the content are only in the table 'Afspraak/Invulling'.",
        "plaatsing": "Ch.7 only refers to the separate Handboek Toewijzing; TLV counts in ch.1 and the glossary line 'beslist binnen zes weken' address nothing.",
        "terugstroom": "Ch.4 Koers 2 'Terug naar de wijkschool': aims, three conditions, a year of follow-up (beleid) and dated steps, initiator, decision, evaluations, end 31 July (procedure); 14/12 figures.",
        "financien": "Ch.8: verdeelmodel deferred ('wordt in 2026 herijkt, voorstel volgt'); the meerjarenbegroting 2026-2029 with amounts is present; reserve/weerstandsvermogen.",
        "dekkend-aanbod": "Ch.5 only defers to an OOGO-traject starting in 2027 and an addendum; dekkend aanbod and thuiszitter appear only in TOC and glossary.",
        "resultaten": "Ch.2 'Ambities en opbrengsten': table of opbrengstdoelen with nulmeting and streefwaarde 2029, plus half-yearly measurement, gesprekken and jaarverslag.",
        "ouders": "Ch.6 is a placeholder '[Tekst volgt]'; OJSP only in the glossary; no information or independent help for parents in the body.",
    }
    return ctx, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Near-miss – a single VO school's own "ondersteuningsplan" (zorgniveaus, mentoraat, ZAT), plain
# text. Full of SWV vocabulary (TLV, lwoo, basisondersteuning, OPR?) but not a plan of a verband.
# ----------------------------------------------------------------------------------------------
NEARMISS = """ONDERSTEUNINGSPLAN 2025-2026
CSG Het Baken – locatie Vlietstraat (vmbo-basis/kader/gl-tl, havo)
Vastgesteld door de schoolleiding op 1 september 2025, besproken met de medezeggenschapsraad

Inhoud
1. Inleiding
2. Zorgniveaus op Het Baken
3. Basisondersteuning op onze school
4. Extra ondersteuning en arrangementen
5. Leerwegondersteuning (lwoo) en het samenwerkingsverband
6. Toelaatbaarheidsverklaring en overstap naar het vso
7. Ouders en leerlingen
8. Middelen en formatie
9. Jaarplanning ondersteuning
10. Afkortingen

1. Inleiding
Dit ondersteuningsplan beschrijft hoe de ondersteuning op locatie Vlietstraat van CSG Het Baken in
schooljaar 2025-2026 is georganiseerd. Het is een werkdocument voor mentoren, docenten, het
ondersteuningsteam en de schoolleiding. Het plan wordt elk jaar geactualiseerd. Het sluit aan bij het
schoolondersteuningsprofiel (SOP) van de school en bij het ondersteuningsplan van het
samenwerkingsverband VO Kempenrand, waarbij onze school is aangesloten. Dat ondersteuningsplan van het
samenwerkingsverband is leidend; dit document beschrijft alleen de uitvoering binnen onze school.

De locatie Vlietstraat telt 1.140 leerlingen. Ongeveer 160 leerlingen hebben een aanwijzing voor
leerwegondersteuning, 38 leerlingen hebben een ontwikkelingsperspectiefplan (OPP).

2. Zorgniveaus op Het Baken
Wij werken met vijf zorgniveaus.
Niveau 1 – De docent: goed lesgeven, differentiëren, signaleren.
Niveau 2 – De mentor: wekelijks mentoruur, individuele gesprekken, contact met thuis.
Niveau 3 – Het ondersteuningsteam: zorgcoördinator, orthopedagoog, remedial teacher, faalangsttrainer,
counselor. Leerlingen worden aangemeld door de mentor via het leerlingvolgsysteem.
Niveau 4 – Het zorg- en adviesteam (ZAT): zes keer per jaar, met leerplicht, schoolmaatschappelijk werk,
jeugdarts, wijkagent en de consulent van het samenwerkingsverband.
Niveau 5 – Externe plaatsing: bijvoorbeeld in het OPDC of het voortgezet speciaal onderwijs.

3. Basisondersteuning op onze school
Op Het Baken krijgt iedere leerling basisondersteuning. Dat betekent: een vaste mentor, een
dyslexiepas met faciliteiten, huiswerkbegeleiding op maandag en donderdag, een faalangstreductietraining
in leerjaar 1 en 2, een Rots en Water-training, en een time-outlokaal (het Kompas) met vaste begeleiding.
De school heeft een anti-pestcoördinator en een vertrouwenspersoon. Leerlingen met een medische
aandoening krijgen een medisch plan.

4. Extra ondersteuning en arrangementen
Als de basisondersteuning onvoldoende is, kan het ondersteuningsteam een arrangement inzetten:
- de Structuurklas in leerjaar 1 en 2 (maximaal 14 leerlingen);
- individuele begeleiding door de orthopedagoog (maximaal 10 gesprekken);
- een aangepast rooster in overleg met de jeugdarts;
- een traject in het OPDC van het samenwerkingsverband (aanvraag via de zorgcoördinator).
Voor elk arrangement wordt een OPP opgesteld dat twee keer per jaar met leerling en ouders wordt
geëvalueerd.

5. Leerwegondersteuning (lwoo) en het samenwerkingsverband
De aanvraag van lwoo doet de school bij het samenwerkingsverband, op basis van het dossier van de
basisschool. De zorgcoördinator verzamelt de gegevens vóór 1 maart. Het samenwerkingsverband neemt het
besluit. Leerlingen met lwoo krijgen op onze school les in kleinere klassen en extra uren rekenen en
Nederlands.

6. Toelaatbaarheidsverklaring en overstap naar het vso
Als een leerling is aangewezen op het voortgezet speciaal onderwijs, vraagt de school via de
zorgcoördinator een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De school bereidt het
dossier voor en bespreekt het met ouders en leerling. Het besluit ligt bij het samenwerkingsverband.
Leerlingen die vanuit het vso naar onze school terugkomen, krijgen het eerste half jaar een vaste
begeleider uit het ondersteuningsteam.

7. Ouders en leerlingen
Ouders zijn onze partners. De mentor neemt in de eerste zes weken contact op met alle ouders. Ouders
kunnen via de ouderportal de resultaten en de absentie van hun kind volgen. Ouders van leerlingen met
een OPP worden twee keer per jaar uitgenodigd voor een evaluatiegesprek. Voor klachten verwijzen wij
naar de klachtenregeling in de schoolgids. Ouders die onafhankelijk advies willen, kunnen contact opnemen
met het ouder- en jeugdsteunpunt van het samenwerkingsverband.

8. Middelen en formatie
Het ondersteuningsteam heeft in 2025-2026 een formatie van 4,6 fte. Deze wordt betaald uit de
lwoo-middelen en uit het budget voor lichte ondersteuning dat het samenwerkingsverband aan ons bestuur
doorbetaalt. De schoolleiding legt in het jaarverslag van de school verantwoording af over de inzet van
deze middelen.

9. Jaarplanning ondersteuning
September: kennismakingsgesprekken mentoren, screening dyslexie leerjaar 1.
Oktober: eerste ZAT, leerlingbespreking leerjaar 1.
November: OPP-evaluaties, faalangsttraining start.
Januari: tweede leerlingbespreking, aanvragen lwoo voorbereiden.
Maart: aanvragen lwoo en TLV indienen bij het samenwerkingsverband.
Juni: evaluatie van dit ondersteuningsplan in het ondersteuningsteam; resultaten naar de schoolleiding.

10. Afkortingen
OPP – ontwikkelingsperspectiefplan; SOP – schoolondersteuningsprofiel; ZAT – zorg- en adviesteam;
TLV – toelaatbaarheidsverklaring; lwoo – leerwegondersteunend onderwijs; OPDC –
orthopedagogisch-didactisch centrum; vso – voortgezet speciaal onderwijs; SWV – samenwerkingsverband.
"""


def render_txt_from_blocks(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "table":
            out += [" | ".join(str(c) for c in r) for r in val]
        elif kind in ("bullets", "toc"):
            out += [f"- {i}" for i in val]
        elif kind != "pagebreak":
            out.append(val)
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    def label(name, docs, sector, ctx, crit, adv, notes):
        assert list(crit) == CORE and len(crit) == 14
        write_label(name, docs, sector, True, status_from(crit, adv), crit, adv, notes)

    # Plan 1: PO docx + pdf
    ctx, b, crit, adv, notes = plan1()
    name = "po-lingeland-2026"
    render_docx(b, OUT / f"{name}.docx",
                header="Ondersteuningsplan 2026–2030 | basisondersteuning · toelaatbaarheid · ouders · resultaten",
                footer="Passend Primair Lingeland – onafhankelijke hulp voor ouders: ouder- en jeugdsteunpunt")
    docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
    label(name, [f"{name}.docx", f"{name}.pdf"], "po", ctx, crit, adv, notes)
    report.append((name, words(b)))

    # Plan 2: VO docx + pdf
    ctx, b, crit, adv, notes = plan2()
    name = "vo-kempenrand-2026"
    render_docx(b, OUT / f"{name}.docx", header="SWV VO Kempenrand · Ondersteuningsplan 2026–2030 · concept 3.2",
                footer="Meerjarenbegroting: zie bijlage 3")
    docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
    label(name, [f"{name}.docx", f"{name}.pdf"], "vo", ctx, crit, adv, notes)
    report.append((name, words(b)))

    # Plan 3: PO markdown
    ctx, b, crit, adv, notes = plan3()
    name = "po-veenhoven-2026"
    render_md(b, OUT / f"{name}.md")
    label(name, [f"{name}.md"], "po", ctx, crit, adv, notes)
    report.append((name, words(b)))

    # Plan 4: VO html
    ctx, b, crit, adv, notes = plan4()
    name = "vo-duin-en-polder-2026"
    render_html(b, OUT / f"{name}.html", "Ondersteuningsplan 2026–2030 Duin en Polder",
                header="Duin en Polder | Ondersteuningsplan | Resultaten · Financiën · Ouderinformatie")
    label(name, [f"{name}.html"], "vo", ctx, crit, adv, notes)
    report.append((name, words(b)))

    # Plan 5: PO docx
    ctx, b, crit, adv, notes = plan5()
    name = "po-hoge-zand-2026"
    render_docx(b, OUT / f"{name}.docx",
                header="Ondersteuningsplan Hoge Zand PO 2026–2030 · ouders · dekkend aanbod · toelaatbaarheid",
                footer="Informatie voor ouders en het ouder- en jeugdsteunpunt: www.hogezand-po.nl")
    label(name, [f"{name}.docx"], "po", ctx, crit, adv, notes)
    report.append((name, words(b)))

    # Near-miss: school-level plan, plain text
    name = "vo-het-baken-schoolondersteuningsplan"
    (OUT / f"{name}.txt").write_text(NEARMISS, encoding="utf-8")
    write_label(name, [f"{name}.txt"], "vo", False, {}, {}, {},
                {"document": "Ondersteuningsplan of a single VO school (zorgniveaus, ZAT, mentoraat, jaarplanning) "
                             "that defers to the plan of SWV VO Kempenrand; not a plan of a samenwerkingsverband."})
    report.append((name, len(NEARMISS.split())))

    for n, w in report:
        print(f"{n}: {w} words")


if __name__ == "__main__":
    main()
