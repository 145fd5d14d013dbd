#!/usr/bin/env python3
"""Generate the holdout295 test set: 5 fictional ondersteuningsplannen + 1 near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Shared filler (safe: addresses no core criterion of any element)
# ---------------------------------------------------------------------------------------------
F = {}
F["leeswijzer"] = (
    "Dit plan is als volgt opgebouwd. Na een korte schets van de regio beschrijven we onze visie en ambities. "
    "Daarna volgen de hoofdstukken over de inhoud van ons werk, de organisatie en de planning. Waar wij in de tekst "
    "spreken over 'scholen' bedoelen wij alle vestigingen van de aangesloten schoolbesturen. Waar wij 'ouders' "
    "schrijven, bedoelen wij ook verzorgers en voogden. Om het plan leesbaar te houden, hebben we technische "
    "uitwerkingen zoveel mogelijk beperkt. Achterin vindt u een begrippenlijst. Het plan is geschreven voor een brede "
    "groep lezers: schoolleiders, intern begeleiders, leraren, bestuurders, medezeggenschapsraden, gemeenten en "
    "iedereen die wil weten hoe passend onderwijs in onze regio is georganiseerd.")
F["visie1"] = (
    "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis "
    "en samen met leeftijdsgenoten. Passend onderwijs is daarbij geen doel op zich, maar een middel om kinderen en "
    "jongeren een ononderbroken ontwikkeling te laten doormaken. Dat vraagt om scholen die zich eigenaar voelen van de "
    "ondersteuning, om leraren die handelingsbekwaam zijn en om besturen die elkaar aanspreken op gezamenlijke "
    "afspraken. Het samenwerkingsverband is daarbij geen loket dat problemen overneemt, maar een netwerk dat scholen "
    "helpt om zelf passende antwoorden te vinden. We werken vanuit vertrouwen en maken zichtbaar wat we doen.")
F["visie2"] = (
    "Inclusiever onderwijs is de richting waarin wij ons de komende jaren willen bewegen. Dat betekent niet dat elke "
    "leerling op elke school terecht kan, maar wel dat wij de scheidslijnen tussen regulier en speciaal onderwijs "
    "kleiner willen maken. We zien kansen in samenwerking tussen scholen in dezelfde kern of wijk, in het delen van "
    "expertise en in flexibele vormen van onderwijs. Daarbij willen we nadrukkelijk aansluiten bij de landelijke "
    "beweging naar inclusiever onderwijs in 2035. Wat dat concreet voor onze regio betekent, willen we in de komende "
    "planperiode samen met scholen, ouders en partners verkennen.")
F["missie"] = (
    "Onze missie luidt: 'Samen zorgen we ervoor dat elk kind in onze regio een passende onderwijsplek heeft en zich "
    "optimaal kan ontwikkelen.' Deze missie is in 2025 opnieuw geformuleerd tijdens een reeks werksessies met "
    "directeuren, intern begeleiders en bestuurders. Uit die sessies kwamen vier kernwaarden naar voren: nabijheid, "
    "eigenaarschap, vakmanschap en transparantie. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de "
    "leerling wordt georganiseerd. Eigenaarschap betekent dat de school verantwoordelijk is en blijft voor de leerling. "
    "Vakmanschap betekent dat we investeren in de kennis en vaardigheden van mensen. Transparantie betekent dat we "
    "open zijn over keuzes en over de inzet van middelen.")
F["governance1"] = (
    "{naam} is een stichting waarin de aangesloten schoolbesturen samenwerken. De stichting kent een scheiding tussen "
    "bestuur en intern toezicht. Het bestuur wordt gevormd door een onafhankelijke directeur-bestuurder, die "
    "verantwoordelijk is voor de dagelijkse gang van zaken en de uitvoering van dit plan. De raad van toezicht bestaat "
    "uit vijf leden, van wie drie worden voorgedragen door de aangesloten besturen en twee onafhankelijk zijn. De "
    "algemene vergadering van aangesloten besturen stelt onder meer de statuten vast en benoemt de leden van de raad "
    "van toezicht. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen onderling en met "
    "het samenwerkingsverband, zoals de wet voorschrijft.")
F["governance2"] = (
    "De code goed bestuur voor samenwerkingsverbanden is leidend voor de inrichting van onze governance. Jaarlijks "
    "evalueert de raad van toezicht het eigen functioneren en voert zij een gesprek met de directeur-bestuurder. De "
    "raad heeft een auditcommissie en een remuneratiecommissie. De accountant rapporteert jaarlijks over de "
    "jaarrekening aan de raad van toezicht. De directeur-bestuurder overlegt maandelijks met een afvaardiging van de "
    "schoolbestuurders in het bestuurlijk overleg, en zes keer per jaar met de directeuren in het directeurenberaad.")
F["opr_neutral"] = (
    "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert vijf keer per "
    "jaar met de directeur-bestuurder. Het reglement en het medezeggenschapsstatuut zijn in 2024 geactualiseerd. Leden "
    "worden gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. Het concept van dit plan is op "
    "{datum_opr} aan de OPR voorgelegd.")
F["opr_ouders"] = (
    "De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden van de aangesloten "
    "scholen. Via de OPR hebben ouders rechtstreeks invloed op het beleid van het samenwerkingsverband: de OPR heeft "
    "instemmingsrecht op dit plan. De OPR vergadert vijf keer per jaar met de directeur-bestuurder en wordt jaarlijks "
    "geschoold. Het concept van dit plan is op {datum_opr} aan de OPR voorgelegd.")
F["oogo_proc"] = (
    "Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten "
    "{gemeenten} op {datum_oogo}. De gemeenten hebben schriftelijk laten weten in te stemmen met het concept. Het "
    "verslag van het OOGO is opgenomen in het vaststellingsdossier. Ook heeft overleg plaatsgevonden met het "
    "samenwerkingsverband {ander} waarvan het werkgebied overlapt.")
F["oogo_keten"] = (
    "Met de gemeenten maken we afspraken over de aansluiting tussen onderwijs en jeugdhulp. Sinds 2024 schuift in elk "
    "ondersteuningsteam een jeugd- en gezinscoach van het lokale team aan. Voor leerlingen die zowel onderwijs als zorg "
    "nodig hebben, organiseren we onderwijs-zorgarrangementen die gezamenlijk door samenwerkingsverband en gemeente "
    "worden bekostigd; de verdeling van de kosten is vastgelegd in een convenant. Leerlingenvervoer, leerplicht en "
    "jeugdhulp zijn vaste thema's in het OOGO, dat twee keer per jaar plaatsvindt.")
F["personeel1"] = (
    "Het bureau van het samenwerkingsverband bestaat uit {fte} fte. Naast de directeur-bestuurder werken er een "
    "beleidsmedewerker, een controller, een secretariaatsmedewerker en een team van orthopedagogen en "
    "onderwijsadviseurs. Het personeel is in dienst van de stichting; enkele medewerkers worden gedetacheerd vanuit de "
    "aangesloten besturen. Wij volgen de cao van de sector. Jaarlijks voeren wij met alle medewerkers een "
    "ontwikkelgesprek, en het ziekteverzuim bespreken we elk kwartaal in het managementoverleg.")
F["personeel2"] = (
    "Het lerarentekort raakt ook passend onderwijs. Op een aantal scholen staan groepen regelmatig zonder bevoegde "
    "leraar, en intern begeleiders worden ingezet voor vervanging. Dat heeft gevolgen voor de ondersteuning in de "
    "klas. Samen met de besturen zoeken we naar oplossingen, zoals het opleiden van onderwijsassistenten en het delen "
    "van specialisten tussen scholen. Deskundigheidsbevordering blijft een belangrijke pijler: jaarlijks organiseren "
    "wij een studiedag voor intern begeleiders en ondersteuningscoördinatoren en bieden wij netwerkbijeenkomsten over "
    "thema's als gedrag, taalontwikkeling en hoogbegaafdheid.")
F["ict"] = (
    "Voor de uitvoering van onze taken verwerken wij persoonsgegevens van leerlingen, waaronder gegevens over "
    "gezondheid. Dat doen wij alleen voor zover dat noodzakelijk is voor de toewijzing van middelen, de beoordeling "
    "van toelaatbaarheid en het geven van adviezen. Wij werken met een beveiligde digitale omgeving voor aanvragen en "
    "dossiers. Medewerkers hebben alleen toegang tot de gegevens die zij nodig hebben. Gegevens worden niet langer "
    "bewaard dan de wet toestaat. Onze functionaris gegevensbescherming ziet toe op de naleving van de AVG; het "
    "privacyreglement is in 2024 herzien. In 2026 vervangen we het huidige aanvraagsysteem door een nieuwe applicatie "
    "die beter aansluit op de leerlingadministratie van de scholen.")
F["planning"] = (
    "Dit ondersteuningsplan geldt voor de periode {periode}. Elk jaar vertalen wij het plan in een jaarplan met "
    "activiteiten en een jaarbegroting. Het jaarplan wordt voor 1 augustus vastgesteld, na advies van het "
    "directeurenberaad. Halverwege de planperiode houden we een bijeenkomst met alle betrokkenen om de koers zo nodig "
    "bij te stellen. De voorbereiding van het volgende plan start in het najaar van {voorbereiding}.")
F["inspectie"] = (
    "De inspectie van het onderwijs houdt toezicht op samenwerkingsverbanden. Het laatste vierjaarlijkse onderzoek "
    "vond plaats in 2023; de inspectie beoordeelde het bestuur toen als voldoende en gaf het samenwerkingsverband een "
    "aantal aandachtspunten mee, onder meer over de concreetheid van het vorige plan. Met dit plan willen wij die "
    "aandachtspunten oppakken. Het plan wordt voor 1 mei 2026 aan de inspectie toegezonden.")
F["kennisdeling"] = (
    "Kennis delen is een van de manieren waarop we de ondersteuning in de scholen willen versterken. Intern "
    "begeleiders en ondersteuningscoördinatoren ontmoeten elkaar vier keer per jaar in regionale netwerken. Daarnaast "
    "zijn er leernetwerken rond thema's die scholen zelf aandragen. Goede voorbeelden uit de scholen delen we via onze "
    "nieuwsbrief voor professionals en tijdens de jaarlijkse conferentie passend onderwijs. We merken dat scholen veel "
    "van elkaar kunnen leren, juist omdat de context zo verschillend is.")
F["vaststelling"] = (
    "Het bestuur heeft dit plan op {datum_vast} vastgesteld, nadat de ondersteuningsplanraad op {datum_opr_inst} had "
    "ingestemd en het OOGO op {datum_oogo} was afgerond. Het plan treedt in werking op 1 augustus 2026.")
F["krimp"] = (
    "Het aantal leerlingen in de regio neemt de komende jaren naar verwachting licht af, vooral in de kleinere kernen. "
    "Voor sommige scholen betekent dat een zoektocht naar samenwerking of fusie. Krimp heeft ook gevolgen voor de "
    "rijksbekostiging die het samenwerkingsverband ontvangt, omdat die is gebaseerd op het totale aantal leerlingen. "
    "Tegelijk groeien enkele nieuwbouwwijken sterk, waardoor de spreiding van voorzieningen onder druk kan komen te "
    "staan. Wij volgen de prognoses van de gemeenten nauwgezet.")
F["povo"] = (
    "De overstap van het primair naar het voortgezet onderwijs is een kwetsbaar moment, zeker voor leerlingen die "
    "extra aandacht nodig hebben. Samen met het samenwerkingsverband {ander} organiseren we jaarlijks een "
    "warme-overdrachtsmarkt waar leerkrachten van groep 8 en mentoren van de brugklassen elkaar ontmoeten. De "
    "afspraken over de overdracht van gegevens zijn vastgelegd in de regionale overstapkalender.")

F["landelijk"] = (
    "Dit plan verschijnt in een periode van landelijke verandering. De Verbeteraanpak passend onderwijs, de "
    "voorbereiding van een landelijke norm voor basisondersteuning, de Wet versterking positie ouders en "
    "leerlingen en de beweging naar inclusiever onderwijs hebben allemaal gevolgen voor ons werk. Niet alles is al "
    "duidelijk: over een aantal wetsvoorstellen moet het parlement nog besluiten. Wij kiezen ervoor om niet te "
    "wachten, maar om de richting die landelijk is ingezet nu al te volgen waar dat kan. Waar landelijke besluiten "
    "tot aanpassingen leiden, passen wij dit plan tussentijds aan na instemming van de ondersteuningsplanraad.")
F["huisvesting"] = (
    "Het bureau van het samenwerkingsverband is sinds 2023 gehuisvest in een verzamelgebouw waarin ook de "
    "leerplichtafdeling van de gemeente en een aantal jeugdhulpaanbieders zijn gevestigd. Dat maakt korte lijnen "
    "mogelijk. Het huurcontract loopt tot 2028; in 2027 besluit het bestuur over verlenging. Medewerkers werken "
    "deels op de scholen en deels op kantoor. Vergaderingen met directeuren vinden bij voorkeur plaats op een van de "
    "scholen, zodat we zien hoe het onderwijs in de praktijk georganiseerd is.")
F["comm_scholen"] = (
    "Met de scholen communiceren wij via een maandelijkse nieuwsbrief voor directeuren en intern begeleiders, een "
    "kennisbank met formats en handreikingen, en een jaarlijkse conferentie. Iedere school heeft een vaste "
    "contactpersoon bij het bureau. Wij merken dat informatie niet altijd de leerkracht in de klas bereikt. Daarom "
    "experimenteren we met korte video's en met bijeenkomsten op schoolniveau. Ook bestuurders informeren wij "
    "periodiek via een bestuurlijke rapportage met de belangrijkste ontwikkelingen.")
F["leerlingstem"] = (
    "Ook kinderen en jongeren zelf hebben een stem. In de voorbereiding van dit plan spraken wij met "
    "leerlingenraden van vier scholen. Zij vertelden wat voor hen een goede school is: een leerkracht die luistert, "
    "een rustige plek om te werken en de mogelijkheid om zelf mee te denken over wat helpt. Die uitspraken hebben "
    "we als citaten in de werksessies gebruikt. We willen leerlingen ook de komende jaren blijven betrekken, "
    "bijvoorbeeld door een jaarlijkse bijeenkomst met leerlingenraden.")
F["regio_swv"] = (
    "Wij werken nauw samen met de omliggende samenwerkingsverbanden. Zo hebben we afspraken gemaakt over "
    "leerlingen die over de grens van het verband naar school gaan, en delen we een aantal specialisten. Eens per "
    "kwartaal komen de directeuren van de samenwerkingsverbanden in de regio bijeen om kennis te delen en "
    "gezamenlijke vraagstukken te bespreken, zoals de arbeidsmarkt, leerlingenvervoer en de regionale "
    "ontwikkeling van het speciaal onderwijs. Met de regionale pabo is afgesproken dat studenten stage kunnen lopen "
    "bij het bureau.")
F["inzetbaarheid"] = (
    "Het werk in passend onderwijs is intensief. Wij vinden het belangrijk dat medewerkers van het bureau het werk "
    "goed en gezond kunnen blijven doen. Daarom bieden wij intervisie, coaching en een budget voor persoonlijke "
    "ontwikkeling. Nieuwe medewerkers krijgen een inwerkprogramma van drie maanden met een vaste buddy. In 2027 "
    "voeren wij een medewerkerstevredenheidsonderzoek uit; de uitkomsten bespreken we met het team.")


def fill(key, **kw):
    return F[key].format(**kw)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------
FIXED = datetime.datetime(2025, 11, 3, 9, 0, 0)


def render_docx(blocks, path, header=None, footer=None, title_meta=""):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "holdout295"
    cp.author = "holdout295"
    cp.title = title_meta
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1])
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for line in b[2]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed zip timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<nav class="site-nav"><a href="/">Home</a> | <a href="/ouders">Ouders</a> | '
           '<a href="/tlv">Toelaatbaarheid</a> | <a href="/contact">Contact</a></nav>', "<main>"]
    for b in blocks:
        kind = b[0]
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="lead">{e(b[1])}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append(f'<nav class="toc"><h2>{e(b[1])}</h2><ul>' +
                       "".join(f"<li>{e(i)}</li>" for i in b[2]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", '<footer>&copy; 2025 Samenwerkingsverband Passend Onderwijs Groene Delta &middot; '
            'Ondersteuningsplan &middot; Ouders &middot; Privacy</footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout295_lo_"))
    try:
        profile = tmp / "profile"
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "toc":
            n += sum(len(i.split()) for i in b[2])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------------------------
# Plan 1 - PO, numbered chapters, Word concept (docx)
# ---------------------------------------------------------------------------------------------
def plan1():
    n = "Samenwerkingsverband Passend Primair Onderwijs Lingewaard-Betuwe"
    kw = dict(naam=n, datum_opr="12 februari 2026", datum_opr_inst="2 april 2026", datum_oogo="19 maart 2026",
              datum_vast="9 april 2026", gemeenten="Lingewaard, Overbetuwe en Neder-Betuwe",
              ander="VO Betuwe-Noord (VO 25-05)", fte="11,4", periode="2026-2030", voorbereiding="2028")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("sub", n + " (PO 25-11)"),
          ("sub", "CONCEPT versie 0.9 - ter bespreking in OPR en OOGO - februari 2026"),
          ("toc", "Inhoudsopgave", [
              "1 Voorwoord", "2 Leeswijzer en samenvatting", "3 Ons verband in cijfers", "4 Visie en missie",
              "5 Basisondersteuning", "6 Extra ondersteuning en het dekkend aanbod", "7 Toelaatbaarheid sbo en so",
              "8 Terugplaatsing", "9 Thuiszitters en zorgplicht", "10 Ouders: informatie en onafhankelijke ondersteuning",
              "11 Samenwerking met gemeenten (OOGO)", "12 Kwaliteit en resultaten", "13 Organisatie en governance",
              "14 Personeel en professionalisering", "15 Geld: financien en meerjarenbegroting",
              "16 Planning 2026-2030", "Bijlage A Begrippenlijst"]),
          ("pagebreak",)]
    B += [("h1", "1 Voorwoord"),
          ("p", "Voor u ligt het concept van het ondersteuningsplan 2026-2030 van " + n + ". Het is het derde plan "
                "sinds de invoering van de Wet passend onderwijs. Het plan kwam tot stand in een jaar waarin veel "
                "gebeurde: de landelijke norm voor basisondersteuning kreeg vorm, het lerarentekort liep op en de "
                "vraag naar speciaal onderwijs bleef in onze regio hoger dan we hadden gehoopt. Tegelijk zagen we "
                "hoeveel scholen, leraren en ouders bereid zijn om samen op te trekken. Dat geeft vertrouwen."),
          ("p", "Wij danken iedereen die heeft bijgedragen: de directeuren en intern begeleiders die in de "
                "werksessies hun ervaringen deelden, de leden van de ondersteuningsplanraad, de beleidsmedewerkers "
                "van de gemeenten en de collega's van het bureau. Dit plan is van ons allemaal."),
          ("p", "Drs. H.J. van Wijngaarden, directeur-bestuurder"),
          ("h1", "2 Leeswijzer en samenvatting"),
          ("p", fill("leeswijzer")),
          ("p", "Samengevat kiezen wij voor drie speerpunten: versterken van de basis in elke school, sneller en "
                "dichter bij huis een passende plek voor kinderen die meer nodig hebben, en een eerlijke en "
                "transparante verdeling van middelen. Per hoofdstuk leest u wat dat betekent. In hoofdstuk 16 staat "
                "de planning. Deze conceptversie bevat nog enkele onderdelen die na de inspraakronde worden "
                "aangevuld; die zijn in de tekst aangegeven."),
          ("h1", "3 Ons verband in cijfers"),
          ("p", "Het samenwerkingsverband omvat het grondgebied van de gemeenten Lingewaard, Overbetuwe en "
                "Neder-Betuwe. Er zijn negen schoolbesturen aangesloten met samen 58 basisscholen, een school voor "
                "speciaal basisonderwijs (sbo De Lindeboom, twee locaties) en twee so-scholen in de regio. Op de "
                "teldatum 1 oktober 2025 telde het verband 13.960 leerlingen in het basisonderwijs en 312 leerlingen "
                "in het sbo."),
          ("p", fill("krimp")),
          ("h1", "4 Visie en missie"),
          ("p", fill("visie1")), ("p", fill("visie2")), ("p", fill("missie")),
          ("p", "Onze visie vertalen we in dit plan naar concrete afspraken. Waar dat nog niet kan, geven we aan "
                "wanneer de uitwerking volgt. Dat is een bewuste keuze: we schrijven liever op wat we echt gaan "
                "doen dan wat we hopen.")]
    B += [("h1", "5 Basisondersteuning"),
          ("p", "De aangesloten besturen hebben afgesproken dat elke basisschool in ons verband, op iedere vestiging, "
                "ten minste het niveau van basisondersteuning biedt dat in dit hoofdstuk is beschreven. Dit is de "
                "ondergrens: geen school mag eronder zitten, en een school mag de ondersteuning breder maken. Het "
                "niveau sluit aan bij de landelijke norm basisondersteuning, die wij als vertrekpunt nemen."),
          ("h2", "5.1 Wat elke school biedt"),
          ("p", "Concreet kan een ouder op elke school in het verband het volgende aantreffen:"),
          ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leerlingenzorg "
                  "coördineert en het ondersteuningsteam voorzit;",
                  "handelingsgericht werken: ten minste drie keer per jaar een groepsbespreking en waar nodig een "
                  "leerlingbespreking;",
                  "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de orthopedagoog "
                  "van het samenwerkingsverband en de jeugd- en gezinscoach;",
                  "protocollen voor dyslexie en dyscalculie, inclusief de inzet van ondersteunende software;",
                  "een aanbod voor leerlingen die meer uitdaging nodig hebben (verrijking in de groep en een "
                  "plusgroep op school- of clusterniveau);",
                  "een methode voor sociaal-emotionele ontwikkeling en een aantoonbaar anti-pestbeleid met een "
                  "aanspreekpunt pesten;",
                  "een ontwikkelingsperspectief (OPP) voor iedere leerling die op onderdelen een eigen leerlijn volgt;",
                  "een fysiek toegankelijk gebouw of, als dat niet haalbaar is, een afspraak met een nabije school."]),
          ("h2", "5.2 Hoe wij de basis bewaken"),
          ("p", "Elke school beschrijft in het schoolondersteuningsprofiel (SOP) hoe zij de basisondersteuning "
                "invult. Het SOP wordt iedere vier jaar geactualiseerd. De orthopedagoog van het verband voert "
                "jaarlijks een gesprek met directeur en intern begeleider aan de hand van een kwaliteitskaart. "
                "Blijkt een school onder de afgesproken basis te zitten, dan maakt de directeur-bestuurder met het "
                "schoolbestuur een verbeterafspraak met een termijn van ten hoogste een schooljaar.")]
    B += [("h1", "6 Extra ondersteuning en het dekkend aanbod"),
          ("p", "Ons ondersteuningsaanbod is opgebouwd in drie lagen die op elkaar aansluiten. De eerste laag is "
                "de basisondersteuning uit hoofdstuk 5. De tweede laag is de extra ondersteuning: arrangementen "
                "die de school zelf inzet uit het schoolbudget, en bovenschoolse arrangementen die het verband "
                "organiseert. De derde laag is het gespecialiseerd onderwijs: sbo De Lindeboom en de so-scholen "
                "voor cluster 3 en 4."),
          ("table", [["Laag", "Voorziening", "Voor wie", "Toegang"],
                     ["Extra (school)", "Arrangement op school: extra handen, remedial teaching, gedragsspecialist",
                      "Leerlingen met een OPP", "Besluit school, na OT"],
                     ["Extra (bovenschools)", "Taalklas De Brug (4 ochtenden per week)",
                      "Leerlingen groep 3-5 met ernstige taalachterstand", "Aanvraag bij loket SWV"],
                     ["Extra (bovenschools)", "Observatiegroep De Kikker (12 weken)",
                      "Jonge kinderen met onduidelijke ondersteuningsvraag", "Aanvraag bij loket SWV"],
                     ["Extra (bovenschools)", "Plusklas Lingewaard", "Hoogbegaafde leerlingen groep 5-8",
                      "Aanmelding door school"],
                     ["Gespecialiseerd", "sbo De Lindeboom", "Leerlingen met een TLV sbo", "TLV"],
                     ["Gespecialiseerd", "so cluster 3 en 4", "Leerlingen met een TLV so", "TLV"]]),
          ("p", "Tussen de lagen bestaan doorgaande lijnen: de ambulant begeleiders van het so ondersteunen "
                "leerkrachten in het regulier onderwijs, en sbo De Lindeboom biedt consultatie aan scholen in de "
                "omgeving."),
          ("h1", "7 Toelaatbaarheid sbo en so"),
          ("p", "Wanneer een leerling meer nodig heeft dan de reguliere school met extra ondersteuning kan bieden, "
                "kan het schoolbestuur een toelaatbaarheidsverklaring (TLV) aanvragen voor het sbo of het so. Het "
                "samenwerkingsverband beslist over de aanvraag."),
          ("h2", "7.1 Procedure"),
          ("ol", ["Stap 1. Het ondersteuningsteam van de school bespreekt de leerling en stelt vast dat de "
                  "ondersteuningsbehoefte de mogelijkheden van de school overstijgt.",
                  "Stap 2. Het schoolbestuur (in de praktijk de directeur namens het bestuur) dient de aanvraag in "
                  "via het digitale loket, met het OPP, de evaluatie van de ingezette arrangementen en het verslag "
                  "van het OT.",
                  "Stap 3. Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
                  "Stap 4. Twee deskundigen brengen advies uit: altijd een orthopedagoog of psycholoog, en "
                  "afhankelijk van de vraag een tweede deskundige, bijvoorbeeld een maatschappelijk werker, een "
                  "kinderarts of een kinder- en jeugdpsychiater.",
                  "Stap 5. De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na "
                  "ontvangst van het volledige dossier. Bij spoed kan binnen tien werkdagen worden besloten."]),
          ("h2", "7.2 Criteria"),
          ("p", "Een leerling wordt toelaatbaar verklaard tot het sbo of so als aan alle volgende voorwaarden is "
                "voldaan:"),
          ("ul", ["de school heeft de basisondersteuning aantoonbaar ingezet en ten minste zes maanden een "
                  "arrangement geboden dat is geëvalueerd;",
                  "de ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of lichamelijke "
                  "ontwikkeling is zo groot dat de leerling zich in het regulier onderwijs niet volgens het OPP "
                  "kan ontwikkelen;",
                  "de beoogde school voor sbo of so kan aan die behoefte tegemoetkomen;",
                  "voor het so: er is sprake van een ondersteuningsbehoefte die intensieve begeleiding in kleine "
                  "groepen en specialistische expertise vraagt die het sbo niet kan bieden."]),
          ("h2", "7.3 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren. Een TLV voor het so geldt twee "
                "schooljaren, en bij een structurele beperking tot het einde van de basisschoolperiode. Bij een TLV "
                "voor het so stelt de commissie de bekostigingscategorie vast: laag, midden of hoog.")]
    B += [("h1", "8 Terugplaatsing"),
          ("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat iedere "
                "leerling in het speciaal (basis)onderwijs zo mogelijk terugkeert naar een reguliere basisschool, "
                "bij voorkeur in de eigen woonplaats. Terugplaatsing is aan de orde wanneer de ondersteuningsbehoefte "
                "van de leerling weer past binnen de basisondersteuning of een arrangement van een reguliere school, "
                "en er een ontvangende school is die de leerling een plek kan bieden."),
          ("p", "Wij ondersteunen een geslaagde terugkeer met een terugplaatsingsarrangement: de ontvangende school "
                "krijgt een budget van 4.000 euro voor ten hoogste een schooljaar, en een ambulant begeleider van de "
                "sbo- of so-school begeleidt de leerkracht gedurende de eerste zes maanden. Ook een gedeeltelijke "
                "terugkeer, met enkele dagen per week op de reguliere school, is mogelijk."),
          ("p", "Het stappenplan voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt "
                "geëvalueerd en wie beslist - stellen wij in het eerste planjaar op samen met de directeuren van "
                "het sbo en so. Tot die tijd wordt per leerling bekeken hoe het verloopt."),
          ("h1", "9 Thuiszitters en zorgplicht"),
          ("p", "Geen kind hoort thuis te zitten. Toch lukt het niet altijd om direct een passende plek te vinden. "
                "Wij zien het als onze taak om gaten in het aanbod op te sporen en te dichten. Elk jaar in "
                "september brengen wij met de scholen in kaart voor welke groepen leerlingen geen passend aanbod "
                "bestaat. Uit die analyse bleek in 2024 dat er onvoldoende plekken waren voor jonge kinderen met "
                "een ontwikkelingsachterstand; daarop is observatiegroep De Kikker gestart."),
          ("p", "Scholen melden een leerling die langer dan vier weken geen onderwijs volgt binnen vijf werkdagen "
                "bij het verband. Het thuiszittersoverleg, met leerplicht, de jeugdarts en de casemanager van het "
                "verband, bespreekt elke gemelde leerling en zorgt binnen zes weken voor een onderwijsplek of een "
                "tijdelijk maatwerktraject. Lukt dat niet, dan escaleert de casemanager naar de "
                "directeur-bestuurder, die de betrokken besturen bijeenroept. De zorgplicht blijft bij het bestuur "
                "van de school waar de leerling is ingeschreven of aangemeld."),
          ("h1", "10 Ouders: informatie en onafhankelijke ondersteuning"),
          ("p", "[Dit hoofdstuk wordt na de inspraakronde aangevuld. De paragrafen over de informatievoorziening "
                "en over onafhankelijke ondersteuning volgen in de definitieve versie, na overleg met de "
                "werkgroep communicatie.]"),
          ("h1", "11 Samenwerking met gemeenten (OOGO)"),
          ("p", fill("oogo_keten")), ("p", fill("oogo_proc", **kw)), ("p", fill("povo", **kw))]
    B += [("h1", "12 Kwaliteit en resultaten"),
          ("p", "Wij willen dat de afspraken in dit plan merkbaar verschil maken voor leerlingen. Daarom hebben "
                "wij voor de planperiode de volgende beoogde resultaten geformuleerd:"),
          ("ol", ["In 2028 voldoen alle 58 basisscholen aantoonbaar aan de afgesproken basisondersteuning.",
                  "Het deelnamepercentage aan sbo en so samen daalt van 3,1% (oktober 2025) naar 2,6% in oktober 2029.",
                  "In 2028 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod.",
                  "Ten minste 85% van de leerlingen met een arrangement ontwikkelt zich volgens het OPP.",
                  "Per schooljaar keren ten minste vijftien leerlingen uit sbo of so terug naar het regulier onderwijs."]),
          ("p", "Hoe wij de voortgang op deze resultaten gaan volgen, welke bronnen we daarbij gebruiken en hoe we "
                "erover rapporteren, werken wij in de loop van 2026 uit in een kwaliteitskader, samen met de "
                "directeuren en de raad van toezicht."),
          ("h1", "13 Organisatie en governance"),
          ("p", fill("governance1", **kw)), ("p", fill("governance2")), ("p", fill("opr_neutral", **kw)),
          ("p", fill("inspectie")),
          ("h1", "14 Personeel en professionalisering"),
          ("p", fill("personeel1", **kw)), ("p", fill("personeel2")), ("p", fill("kennisdeling")),
          ("h2", "14.1 Privacy en ICT"), ("p", fill("ict"))]
    B += [("h1", "15 Geld: financien en meerjarenbegroting"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksbekostiging voor lichte en zware ondersteuning. "
                "Voor 2026 gaat het om circa 9,8 miljoen euro. Een deel daarvan gaat rechtstreeks naar het so en "
                "het sbo via de wettelijke afdrachten."),
          ("h2", "15.1 Verdeelmodel"),
          ("p", "Het resterende budget verdelen wij volgens een vast model, dat het algemeen bestuur jaarlijks in "
                "december voor het volgende kalenderjaar bevestigt:"),
          ("ul", ["Schoolbudget: elke school ontvangt 185 euro per leerling, op basis van het aantal leerlingen op "
                  "de teldatum 1 oktober van het voorgaande jaar. Scholen met meer dan 20% leerlingen met een hoog "
                  "risicoprofiel (CBS-achterstandsindicator) ontvangen een toeslag van 40 euro per leerling.",
                  "Bovenschoolse arrangementen: toegekend door het loket op aanvraag van de school, als de leerling "
                  "een OPP heeft en de school de basisondersteuning aantoonbaar heeft ingezet.",
                  "Bureau en expertise: orthopedagogen, loket en thuiszittersaanpak."]),
          ("h2", "15.2 Meerjarenbegroting"),
          ("table", [["(x 1.000 euro)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage", "9.812", "9.744", "9.690", "9.655"],
                     ["Afdracht so en sbo", "4.930", "4.880", "4.790", "4.720"],
                     ["Schoolbudgetten", "2.650", "2.640", "2.630", "2.620"],
                     ["Bovenschoolse arrangementen", "1.120", "1.150", "1.170", "1.190"],
                     ["Terugplaatsingsarrangementen", "60", "60", "60", "60"],
                     ["Bureau en expertise", "1.010", "1.020", "1.030", "1.040"],
                     ["Resultaat", "42", "-6", "10", "25"]]),
          ("p", "De reserve bedraagt eind 2025 1,9 miljoen euro. Wij hanteren een signaleringswaarde voor het "
                "weerstandsvermogen van 10% van de baten. Scholen verantwoorden de besteding van hun schoolbudget "
                "jaarlijks voor 1 maart in een korte bestedingsrapportage."),
          ("h1", "16 Planning 2026-2030"),
          ("p", fill("planning", **kw)),
          ("table", [["Jaar", "Belangrijkste activiteiten"],
                     ["2026-2027", "Kwaliteitskader opstellen; stappenplan terugplaatsing; nieuw aanvraagsysteem"],
                     ["2027-2028", "Audit basisondersteuning op alle scholen; evaluatie verdeelmodel"],
                     ["2028-2029", "Tussenevaluatie met OPR en gemeenten"],
                     ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]]),
          ("p", fill("vaststelling", **kw))]
    B += [("h1", "Bijlage A Begrippenlijst"),
          ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                  "Onderwijsconsulent: onafhankelijke deskundige die ouders en scholen kosteloos adviseert bij "
                  "problemen rond toelating of passend onderwijs.",
                  "Ouder- en Jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met "
                  "vragen over passend onderwijs.",
                  "OPR: ondersteuningsplanraad.",
                  "OOGO: op overeenstemming gericht overleg met de gemeenten.",
                  "Terugplaatsing: de overstap van een leerling uit sbo of so naar het regulier onderwijs.",
                  "TLV: toelaatbaarheidsverklaring voor sbo of so.",
                  "Bezwaar: de mogelijkheid om een besluit van het samenwerkingsverband te laten heroverwegen."])]
    return B, n


LABEL1 = """documents: [po-lingewaard-betuwe-op-2026.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 5 states the agreed minimum for every vestiging and lists concrete provisions; 5.2 covers borging via SOP/kwaliteitskaart."
  plaatsing: "Ch. 7 gives steps, deciding Commissie Toelaatbaarheid, termijnen, criteria list, deskundigen, duration and categorie; no bezwaar route anywhere."
  terugstroom: "Ch. 8 gives policy (aim, conditions, terugplaatsingsarrangement) but defers the stappenplan (initiative, evaluation moments, decision) to the first plan year."
  financien: "Ch. 15 'Geld' has the verdeelmodel (185 euro per leerling, teldatum, arrangement criteria) and a 2026-2029 meerjarenbegroting table."
  dekkend-aanbod: "Ch. 6 layered continuum with table; ch. 9 yearly gap analysis, thuiszittersoverleg, escalation and zorgplicht."
  resultaten: "Ch. 12 lists measurable beoogde resultaten but explicitly defers how they will be monitored/reported to a 2026 kwaliteitskader."
  ouders: "Ch. 10 is a placeholder ('wordt na de inspraakronde aangevuld'); steunpunt/onderwijsconsulent only in the begrippenlijst; OPR described without parents' role; other mentions of ouders are passing."
"""


# ---------------------------------------------------------------------------------------------
# Plan 2 - VO, question headings, docx
# ---------------------------------------------------------------------------------------------
def plan2():
    n = "Samenwerkingsverband Voortgezet Onderwijs De Kempenpoort"
    kw = dict(naam=n, datum_opr="15 januari 2026", datum_opr_inst="11 maart 2026", datum_oogo="26 februari 2026",
              datum_vast="18 maart 2026", gemeenten="Bergeijk, Bladel, Eersel en Reusel-De Mierden",
              ander="PO De Kempen-Zuid (PO 30-06)", fte="14,2", periode="2026-2030", voorbereiding="2028")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030: Samen verder in de Kempen"),
          ("sub", n + " - VO 30-04"),
          ("toc", "Inhoud", [
              "Waarom dit plan?", "Wie zijn wij?", "Waar staan we voor?",
              "Wat mag je van elke school verwachten? (basisondersteuning)",
              "Welke ondersteuning is er naast de basis?", "Wat als er geen passende plek is?",
              "Hoe kom je in het vso, lwoo of pro?", "Hoe werken we samen met gemeenten?",
              "Hoe houden we iedereen op de hoogte?", "Wat willen we bereiken en hoe weten we of het lukt?",
              "Hoe is het geld verdeeld?", "Wie beslist wat?", "Wie werken er?", "Hoe gaan we om met gegevens?",
              "Wanneer doen we wat?", "Begrippenlijst"]),
          ("pagebreak",),
          ("h1", "Waarom dit plan?"),
          ("p", "Elke vier jaar stelt een samenwerkingsverband een ondersteuningsplan vast. Dat is een wettelijke "
                "plicht, maar voor ons is het vooral een kans om met elkaar scherp te krijgen waar we staan en waar "
                "we heen willen. Dit plan is het resultaat van een jaar lang praten, schrijven en herschrijven: met "
                "mentoren en zorgcoördinatoren, met leerlingen uit de leerlingenraden, met de OPR en met de "
                "wethouders van de vier Kempengemeenten."),
          ("p", "We hebben geprobeerd het plan zo te schrijven dat het te lezen is voor iedereen die ermee te maken "
                "heeft. Daarom zijn de hoofdstukken geformuleerd als vragen. Wie snel wil weten hoe iets werkt, kan "
                "direct naar het hoofdstuk met de bijbehorende vraag."),
          ("p", fill("leeswijzer")),
          ("h1", "Wie zijn wij?"),
          ("p", "In ons verband werken zes schoolbesturen samen met elf scholen voor voortgezet onderwijs: "
                "scholengemeenschappen voor vmbo, havo en vwo, een school voor praktijkonderwijs (De Vaart) en een "
                "vso-school voor cluster 4 (De Kempenhorst). Op 1 oktober 2025 telde het verband 7.420 leerlingen, "
                "van wie 512 in het praktijkonderwijs en 1.090 met een indicatie voor leerwegondersteuning."),
          ("p", fill("krimp")),
          ("h1", "Waar staan we voor?"),
          ("p", fill("visie1")), ("p", fill("visie2")), ("p", fill("missie"))]
    B += [("h1", "Wat mag je van elke school verwachten?"),
          ("p", "Alle scholen in de Kempenpoort hebben met elkaar afgesproken welk niveau van ondersteuning "
                "iedere school en iedere vestiging ten minste biedt: de basisondersteuning. Dat niveau is voor alle "
                "scholen gelijk en geldt voor elke leerling, ongeacht de leerweg. Daarmee is het de vloer waarop "
                "alle andere ondersteuning rust. Scholen mogen meer bieden, maar niet minder."),
          ("p", "Welke voorzieningen, interventies en expertise dat precies zijn, legt iedere school vast in haar "
                "schoolondersteuningsprofiel. Een actueel overzicht van het afgesproken pakket vindt u op "
                "www.kempenpoort-vo.nl/basis."),
          ("p", "Het samenwerkingsverband bespreekt het schoolondersteuningsprofiel ieder jaar met de "
                "zorgcoördinator en de teamleider ondersteuning. Daarbij gebruiken we een vaste gesprekskaart. Als "
                "blijkt dat een school de afgesproken basis niet waarmaakt, maken we een verbeterafspraak die na "
                "een half jaar wordt besproken; het bestuur van de school wordt hierover geïnformeerd."),
          ("h1", "Welke ondersteuning is er naast de basis?"),
          ("p", "Naast de basis kennen we extra ondersteuning in de school en bovenschoolse voorzieningen. Samen "
                "vormen zij een doorlopende reeks, van licht naar zwaar:"),
          ("ul", ["Extra ondersteuning in de school: elke school heeft een ondersteuningsruimte (trajectvoorziening) "
                  "waar leerlingen tijdelijk of gedeeltelijk begeleid worden, bekostigd uit het schoolbudget.",
                  "Lwoo binnen de vmbo-scholen: kleinere klassen en extra begeleiding bij leren.",
                  "Praktijkonderwijs op De Vaart.",
                  "OPDC 't Baken: tijdelijke plaatsing (maximaal een jaar) voor leerlingen die vastlopen in de klas, "
                  "met terugkeer naar de eigen school als doel.",
                  "Reboundvoorziening: een time-out van 6 tot 12 weken.",
                  "Vso De Kempenhorst voor leerlingen die langdurig specialistisch onderwijs nodig hebben."]),
          ("p", "Scholen, OPDC en vso werken samen in één ondersteuningsnetwerk. De coördinatoren van de "
                "voorzieningen komen maandelijks bijeen om in- en uitstroom af te stemmen."),
          ("h1", "Wat als er geen passende plek is?"),
          ("p", "Het komt voor dat een leerling nergens goed past, of dat er een wachttijd is. Wij vinden dat "
                "onacceptabel. Twee keer per jaar, in november en in mei, brengt het bureau met de "
                "zorgcoördinatoren in kaart welke leerlingen geen passend aanbod hebben of dreigen uit te vallen. "
                "De uitkomst bespreken we in het directeurenoverleg; daar wordt besloten welk aanbod ontbreekt en "
                "welke school of voorziening het ontwikkelt. Zo ontstond in 2025 een kleinschalige havo-groep voor "
                "leerlingen met autisme."),
          ("p", "Voor thuiszitters geldt een vaste aanpak: melding bij het verband binnen tien schooldagen, een "
                "casusoverleg met leerplicht en jeugdhulp binnen twee weken en een plan met een eerste "
                "onderwijsactiviteit binnen zes weken. De school waar de leerling staat ingeschreven houdt de "
                "zorgplicht; het verband regisseert als het vastloopt.")]
    B += [("h1", "Hoe kom je in het vso, lwoo of pro?"),
          ("h2", "Wie vraagt aan en wie beslist?"),
          ("p", "Een aanvraag voor een toelaatbaarheidsverklaring voor het vso, voor toelating tot het "
                "praktijkonderwijs of voor leerwegondersteuning wordt gedaan door het bevoegd gezag van de school "
                "waar de leerling is ingeschreven of aangemeld. Voor leerlingen uit groep 8 doet de vo-school van "
                "aanmelding de aanvraag, uiterlijk 1 maart."),
          ("ol", ["De school stuurt het aanvraagformulier met het OPP, het groeidocument en de toetsgegevens naar "
                  "het bureau.",
                  "Het bureau zet de aanvraag binnen vijf werkdagen door naar de Commissie Toewijzing.",
                  "Twee deskundigen adviseren: een orthopedagoog of GZ-psycholoog en, afhankelijk van de "
                  "ondersteuningsvraag, een jeugdarts, maatschappelijk werker of psychiater.",
                  "De Commissie Toewijzing besluit binnen zes weken namens het bestuur. Lwoo- en pro-aanvragen voor "
                  "nieuwe brugklassers worden uiterlijk 15 mei afgehandeld.",
                  "De school en de leerling ontvangen het besluit schriftelijk, met een kopie van het "
                  "deskundigenadvies."]),
          ("h2", "Wanneer is een leerling toelaatbaar?"),
          ("p", "De criteria die de Commissie Toewijzing hanteert voor vso, lwoo en pro zijn opgenomen in het "
                "Toewijzingsprotocol (bijlage 3). Bijlage 3 wordt ieder jaar door het bestuur opnieuw vastgesteld."),
          ("h2", "Wat als je het niet eens bent met het besluit?"),
          ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het "
                "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie toelaatbaarheid "
                "voordat het op het bezwaar beslist."),
          ("h2", "Hoe lang geldt een TLV en wat gebeurt daarna?"),
          ("p", "Een TLV vso geldt in ons verband twee schooljaren; voor leerlingen met een structurele beperking "
                "kan de commissie een TLV tot het einde van de vso-loopbaan afgeven. Bij elke TLV wordt de "
                "bekostigingscategorie laag, midden of hoog vastgesteld."),
          ("p", "In het voorlaatste schooljaar van de TLV evalueert de vso-school het OPP met de leerling en de "
                "ouders. Uiterlijk 1 februari van het laatste TLV-jaar adviseert de commissie van begeleiding van "
                "de vso-school of terugkeer naar het regulier voortgezet onderwijs mogelijk is. Als dat zo is, "
                "zoekt de vso-school samen met het bureau een ontvangende school en stelt een overdrachtsplan op; "
                "de TLV eindigt dan op 31 juli. Is verlenging nodig, dan vraagt de vso-school voor 1 maart een "
                "nieuwe TLV aan."),
          ("p", "Ons beleid is dat de vso-plaatsing zo kort duurt als nodig is. Wij willen dat jaarlijks ten "
                "minste 10% van de vso-leerlingen doorstroomt naar regulier vo of mbo. Voorwaarde voor terugkeer is "
                "dat de leerling de lessen in een reguliere klas met extra ondersteuning kan volgen. De ontvangende "
                "school krijgt voor elke teruggeplaatste leerling een jaar lang een arrangement van 3.500 euro en "
                "een coach van de vso-school voor acht uur per maand. In 2024-2025 keerden 14 leerlingen terug.")]
    B += [("h1", "Hoe werken we samen met gemeenten?"),
          ("p", fill("oogo_keten")), ("p", fill("oogo_proc", **kw)), ("p", fill("povo", **kw)),
          ("h1", "Hoe houden we iedereen op de hoogte?"),
          ("p", "Goede communicatie is voorwaarde voor alles wat in dit plan staat. Voor scholen en professionals "
                "hebben we een nieuwsbrief en een kennisbank. Voor ouders en leerlingen doen we het volgende:"),
          ("ul", ["Iedere school beschrijft in haar schoolgids welke ondersteuning zij biedt en hoe ouders het "
                  "schoolondersteuningsprofiel kunnen inzien.",
                  "Op de website van het verband staat een ouderpagina met uitleg over basisondersteuning, extra "
                  "ondersteuning, lwoo, pro en vso, en met een overzicht van alle voorzieningen.",
                  "Bij de overstap van groep 8 organiseren we in januari twee informatieavonden voor ouders van "
                  "leerlingen die extra ondersteuning krijgen.",
                  "We geven de folder 'Passend onderwijs in de Kempen' uit, in het Nederlands, Engels en Pools."]),
          ("p", "Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Kempen, dat onafhankelijk van de scholen en van het samenwerkingsverband werkt. Lukt het niet om er samen uit te komen, dan kunnen ouders "
                "kosteloos een onderwijsconsulent inschakelen of een geschil voorleggen aan de Geschillencommissie "
                "passend onderwijs. Over de zorgplicht van de school kunnen ouders ook klagen bij de "
                "klachtencommissie van het schoolbestuur."),
          ("p", fill("opr_ouders", **kw))]
    B += [("h1", "Wat willen we bereiken en hoe weten we of het lukt?"),
          ("p", "Voor de planperiode hebben we vier resultaten afgesproken die we willen bereiken voor leerlingen "
                "die extra ondersteuning nodig hebben:"),
          ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Thuiszitters langer dan 4 weken", "23", "minder dan 5"],
                     ["Leerlingen met lwoo die een diploma halen binnen de nominale duur", "78%", "85%"],
                     ["Doorstroom vso naar regulier vo of mbo", "6%", "10%"],
                     ["Leerlingen OPDC die binnen een jaar terugkeren naar de eigen school", "61%", "75%"]]),
          ("p", "Het bureau verzamelt de gegevens twee keer per jaar uit de leerlingadministratie, de registratie "
                "van leerplicht en de eigen aanvraagapplicatie. De resultaten bespreken we in juni met het "
                "directeurenoverleg en de OPR. In het jaarverslag rapporteren we per indicator wat bereikt is, en "
                "halverwege de planperiode laten we een externe evaluatie uitvoeren. Wanneer een indicator twee "
                "metingen achter elkaar achterblijft, stelt de directeur-bestuurder een verbeterplan op."),
          ("h1", "Hoe is het geld verdeeld?"),
          ("p", "De ondersteuningsmiddelen verdelen we volgens drie principes: het geld volgt de leerling, scholen "
                "krijgen zoveel mogelijk zelf budget, en bovenschoolse voorzieningen worden gezamenlijk gedragen."),
          ("ul", ["70% van de middelen voor lichte ondersteuning gaat als schoolbudget naar de scholen, naar rato "
                  "van het aantal leerlingen op 1 oktober; scholen met lwoo-leerlingen krijgen een opslag per "
                  "lwoo-leerling.",
                  "20% gaat naar het OPDC en de reboundvoorziening; scholen betalen geen bijdrage per geplaatste "
                  "leerling.",
                  "10% is bestemd voor het bureau, de Commissie Toewijzing en de thuiszittersaanpak.",
                  "De middelen voor zware ondersteuning gaan via DUO naar het vso op basis van de afgegeven TLV's."]),
          ("p", "De meerjarenbegroting 2026-2029 wordt in december door het bestuur vastgesteld en daarna aan dit "
                "plan toegevoegd. De bedragen per post zijn op dit moment nog p.m."),
          ("h1", "Wie beslist wat?"),
          ("p", fill("governance1", **kw)), ("p", fill("governance2")), ("p", fill("inspectie")),
          ("h1", "Wie werken er?"),
          ("p", fill("personeel1", **kw)), ("p", fill("personeel2")), ("p", fill("kennisdeling")),
          ("p", fill("inzetbaarheid")), ("p", fill("leerlingstem")),
          ("h1", "Hoe gaan we om met gegevens?"), ("p", fill("ict")),
          ("h1", "Wanneer doen we wat?"), ("p", fill("planning", **kw)), ("p", fill("vaststelling", **kw)),
          ("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Ondersteuning die iedere school biedt (zie hoofdstuk 4)."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar vooruit."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Terugplaatsing", "Terugkeer van vso naar regulier onderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    return B, n


LABEL2 = """documents: [vo-kempenpoort-op-2026.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Wat mag je van elke school verwachten?' states the common minimum level but leaves the content to each SOP and a website page; borging via yearly gesprekskaart."
  plaatsing: "'Hoe kom je in het vso, lwoo of pro?' gives applicant, steps, Commissie Toewijzing, termijnen, deskundigen and bezwaar; criteria only by reference to an absent bijlage 3."
  terugstroom: "Hidden inside the TLV chapter ('Hoe lang geldt een TLV en wat gebeurt daarna?'): evaluation moments, who advises, end of TLV on 31 juli, plus policy, conditions, support after return and a figure."
  financien: "'Hoe is het geld verdeeld?' gives the verdeelsleutel (70/20/10, per leerling, teldatum); the meerjarenbegroting is deferred and amounts are p.m."
  dekkend-aanbod: "Continuum list from school to vso; gap analysis twice a year and thuiszitters approach with termijnen."
  resultaten: "Table with nulmeting and streefwaarden; data collection, reporting in jaarverslag and external evaluation."
  ouders: "Under 'Hoe houden we iedereen op de hoogte?' (communication chapter): schoolgids, website, information evenings, folder; Ouder- en Jeugdsteunpunt, onderwijsconsulent, geschillencommissie."
"""


# ---------------------------------------------------------------------------------------------
# Plan 3 - PO, thematic chapters, PDF from docx
# ---------------------------------------------------------------------------------------------
def plan3():
    n = "Samenwerkingsverband Primair Onderwijs Kroonwaard"
    kw = dict(naam=n, datum_opr="4 februari 2026", datum_opr_inst="25 maart 2026", datum_oogo="10 maart 2026",
              datum_vast="31 maart 2026", gemeenten="Kroonwaard, Oosterveld en Holtmeer",
              ander="VO Kroonwaard e.o.", fte="8,6", periode="2026-2030", voorbereiding="2028")
    B = []
    B += [("title", "Koers op Kroonwaard"),
          ("sub", "Ondersteuningsplan 2026-2030 - " + n + " (PO 27-08)"),
          ("toc", "Inhoud", [
              "Voorwoord", "Thema 1 - Samen sterk in de basis", "Thema 2 - Een plek voor ieder kind",
              "    2.1 Ondersteuningsroute  2.2 Toelaatbaarheid  2.3 Terugplaatsing en doorstroom",
              "Thema 3 - Geld en middelen", "Thema 4 - Ouders als partner", "Thema 5 - Samen met de gemeenten",
              "Thema 6 - Organisatie en mensen", "Thema 7 - Op weg naar 2030: kwaliteit en resultaten",
              "Afkortingen en begrippen"]),
          ("pagebreak",),
          ("h1", "Voorwoord"),
          ("p", "Met 'Koers op Kroonwaard' zetten wij de lijn voort die we in 2022 hebben ingezet: meer "
                "eigenaarschap bij de scholen, minder bureaucratie en een samenwerkingsverband dat dienstbaar is. "
                "We hebben het plan opgebouwd rond zeven thema's in plaats van de gebruikelijke hoofdstukindeling. "
                "Elk thema begint met onze ambitie en beschrijft daarna wat we afspreken."),
          ("p", "In de voorbereiding spraken we met meer dan honderd mensen: leerkrachten, intern begeleiders, "
                "directeuren, bestuurders, ouders en medewerkers van gemeenten en jeugdhulp. Wat ons opviel was "
                "de grote betrokkenheid bij kinderen die het moeilijk hebben, en de behoefte aan heldere afspraken."),
          ("p", fill("leeswijzer")),
          ("p", "Kroonwaard telt 41 basisscholen van zes besturen, een sbo-school (De Wissel) en een so-school "
                "voor cluster 4 (De Horizon). Samen hebben zij ruim 9.300 leerlingen. " + fill("krimp")),
          ("h1", "Thema 1 - Samen sterk in de basis"),
          ("p", "Ambitie: op iedere school in Kroonwaard krijgt een kind dezelfde stevige basis aan ondersteuning."),
          ("p", "Alle besturen hebben zich verbonden aan één gezamenlijk niveau van basisondersteuning. Dat niveau "
                "geldt voor iedere vestiging en is de minimale ondersteuning die een kind in Kroonwaard overal mag "
                "verwachten. Het bestaat uit vier bouwstenen:"),
          ("table", [["Bouwsteen", "Wat dit op elke school betekent"],
                     ["Preventieve ondersteuning", "Signalering van leer- en gedragsproblemen vanaf groep 1; "
                      "dyslexie- en dyscalculieprotocol; taalbeleid voor NT2-leerlingen"],
                     ["Ondersteuning in de groep", "Handelingsgericht werken met drie niveaus in de instructie; "
                      "aanbod voor meer- en hoogbegaafde leerlingen; inzet van een onderwijsassistent bij kleine "
                      "interventies"],
                     ["Ondersteuningsstructuur", "Intern begeleider; ondersteuningsteam met orthopedagoog van het "
                      "verband, minimaal vijf keer per jaar; OPP waar nodig"],
                     ["Veiligheid en welbevinden", "Programma sociale veiligheid; jaarlijkse monitor welbevinden; "
                      "anti-pestcoördinator"]]),
          ("p", "Hoe scholen dit invullen, staat in hun schoolondersteuningsprofiel. Het verband bezoekt elke "
                "school eens per twee jaar voor een kwaliteitsgesprek over de basisondersteuning."),
          ("p", fill("visie1")), ("p", fill("missie"))]
    B += [("h1", "Thema 2 - Een plek voor ieder kind"),
          ("p", "Ambitie: elk kind krijgt zo snel mogelijk en zo dicht mogelijk bij huis de ondersteuning die het "
                "nodig heeft."),
          ("h2", "2.1 Ondersteuningsroute"),
          ("p", "Wij denken in een route met vier stappen die op elkaar aansluiten. Stap 1 is de "
                "basisondersteuning in de eigen groep. Stap 2 is een arrangement op de eigen school, betaald uit het "
                "schoolbudget: bijvoorbeeld extra begeleiding door een gedragsspecialist of een individueel "
                "leesprogramma. Stap 3 is een bovenschools arrangement: de schakelgroep Kroonwaard voor kinderen "
                "met ernstige gedragsproblemen (maximaal twintig weken), de taalklas voor nieuwkomers en het "
                "plusprogramma Denkwerk. Stap 4 is plaatsing in het speciaal basisonderwijs (De Wissel) of het "
                "speciaal onderwijs (De Horizon en so-scholen buiten de regio). Expertise van sbo en so wordt via "
                "consultatie en ambulante begeleiding ook in de reguliere scholen ingezet."),
          ("p", "Thuiszitters blijven onze aandacht vragen. Of het aanbod in Kroonwaard dekkend is, brengen we in de "
                "komende planperiode in kaart; daarna bepalen we welke stappen nodig zijn."),
          ("h2", "2.2 Toelaatbaarheid"),
          ("p", "Voor plaatsing in sbo of so is een toelaatbaarheidsverklaring nodig. De aanvraagprocedure wordt "
                "per 1 augustus 2026 gedigitaliseerd en opnieuw ingericht; de nieuwe werkwijze beschrijven wij in "
                "de Handreiking Toelaatbaarheid die dan verschijnt. Wel liggen de inhoudelijke criteria vast:"),
          ("table", [["Criterium", "sbo", "so"],
                     ["Basisondersteuning en arrangement (stap 1-3) zijn aantoonbaar ingezet en geëvalueerd",
                      "ja", "ja"],
                     ["Het kind ontwikkelt zich ondanks arrangement niet volgens het OPP", "ja", "ja"],
                     ["Er is behoefte aan onderwijs in een kleine groep met een aangepast programma", "ja", "ja"],
                     ["Er is behoefte aan specialistische behandeling of begeleiding binnen de schooldag "
                      "(cluster 3 of 4)", "nee", "ja"],
                     ["Geldigheidsduur TLV", "2 schooljaren", "2 schooljaren, categorie laag/midden/hoog"]]),
          ("h2", "2.3 Terugplaatsing en doorstroom"),
          ("p", "Ook terugplaatsing en doorstroom krijgen de komende jaren aandacht. We merken dat scholen hier "
                "verschillend mee omgaan."),
          ("p", fill("visie2"))]
    B += [("h1", "Thema 3 - Geld en middelen"),
          ("p", "Ambitie: het geld gaat naar de plek waar het kind is, en iedereen kan zien waar het blijft."),
          ("p", "Na aftrek van de verplichte afdrachten aan sbo en so verdelen wij de middelen in twee stromen. "
                "De eerste stroom is het schoolbudget: iedere school krijgt een vast bedrag per leerling op basis "
                "van het leerlingaantal op 1 oktober, aangevuld met een vaste voet per vestiging, zodat kleine "
                "scholen in de dorpen een minimaal budget hebben. De tweede stroom is het arrangementenbudget: "
                "scholen vragen een bovenschools arrangement aan bij het bureau, dat toekent als stap 1 en 2 van de "
                "route zijn doorlopen en er een OPP is. Het bestuur stelt de bedragen per leerling en de vaste voet "
                "jaarlijks vast bij de begroting."),
          ("table", [["Meerjarenbegroting (euro)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "6.540.000", "6.495.000", "6.440.000", "6.410.000"],
                     ["Afdrachten sbo en so", "3.310.000", "3.290.000", "3.260.000", "3.240.000"],
                     ["Schoolbudgetten (150 euro per leerling + vaste voet 5.000 euro)", "1.600.000",
                      "1.590.000", "1.575.000", "1.565.000"],
                     ["Arrangementenbudget", "980.000", "985.000", "990.000", "995.000"],
                     ["Schakelgroep en taalklas", "310.000", "310.000", "310.000", "310.000"],
                     ["Bureau en ondersteuningsteams", "320.000", "325.000", "330.000", "335.000"],
                     ["Saldo", "20.000", "-5.000", "-25.000", "-35.000"]]),
          ("p", "Het negatieve saldo vanaf 2027 wordt bewust ingezet om de reserve terug te brengen naar het "
                "niveau dat het bestuur passend vindt."),
          ("h1", "Thema 4 - Ouders als partner"),
          ("p", "Ambitie: ouders weten wat ze mogen verwachten en worden als gelijkwaardige partner betrokken."),
          ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning in Kroonwaard. Iedere "
                "school neemt in de schoolgids een paragraaf op over basisondersteuning en het "
                "schoolondersteuningsprofiel. Het verband publiceert op de website een ouderwijzer met uitleg over "
                "de ondersteuningsroute en alle bovenschoolse voorzieningen. Twee keer per jaar organiseren we een "
                "ouderavond in samenwerking met de oudervereniging van De Wissel, en voor nieuwe ouders is er een "
                "folder die via de consultatiebureaus wordt verspreid."),
          ("p", "Bij het opstellen van een OPP is de school verplicht op overeenstemming gericht overleg met "
                "ouders te voeren. Ouders met vragen over de ondersteuning van hun kind kunnen altijd terecht bij "
                "de intern begeleider of de directeur van de school."),
          ("p", fill("opr_ouders", **kw)),
          ("h1", "Thema 5 - Samen met de gemeenten"),
          ("p", fill("oogo_keten")), ("p", fill("oogo_proc", **kw)), ("p", fill("povo", **kw))]
    B += [("h1", "Thema 6 - Organisatie en mensen"),
          ("p", fill("governance1", **kw)), ("p", fill("governance2")),
          ("p", fill("personeel1", **kw)), ("p", fill("personeel2")), ("p", fill("kennisdeling")),
          ("p", fill("ict")), ("p", fill("inspectie")), ("p", fill("landelijk")), ("p", fill("huisvesting")),
          ("p", fill("comm_scholen")), ("p", fill("leerlingstem")), ("p", fill("regio_swv")),
          ("p", fill("inzetbaarheid")),
          ("h1", "Thema 7 - Op weg naar 2030: kwaliteit en resultaten"),
          ("p", "Ambitie: we weten wat passend onderwijs oplevert voor kinderen."),
          ("p", "Een kwaliteitskader met beoogde resultaten en bijbehorende indicatoren stellen wij in schooljaar "
                "2026-2027 op, samen met de directeuren en de OPR. Tot die tijd richten we ons op de uitvoering van "
                "de afspraken in dit plan. Goede resultaten voor alle kinderen blijven daarbij ons kompas."),
          ("p", fill("planning", **kw)),
          ("table", [["Wanneer", "Wat"],
                     ["1 augustus 2026", "Nieuwe digitale aanvraagprocedure toelaatbaarheid"],
                     ["2026-2027", "Kwaliteitskader; inventarisatie dekkend aanbod"],
                     ["2027-2028", "Evaluatie verdeling schoolbudgetten"],
                     ["2029", "Start voorbereiding nieuw plan"]]),
          ("p", fill("vaststelling", **kw)),
          ("h1", "Afkortingen en begrippen"),
          ("ul", ["Basisondersteuning - ondersteuning die iedere school biedt",
                  "Dekkend aanbod - het geheel van voorzieningen waardoor elk kind een plek heeft",
                  "OJSP - Ouder- en Jeugdsteunpunt, onafhankelijk aanspreekpunt voor ouders",
                  "OOGO - op overeenstemming gericht overleg",
                  "OPP - ontwikkelingsperspectief",
                  "Resultaten - de beoogde en bereikte effecten van passend onderwijs",
                  "Terugplaatsing - terugkeer uit sbo of so naar de basisschool",
                  "TLV - toelaatbaarheidsverklaring",
                  "Zorgplicht - de plicht van het schoolbestuur om een passende plek te bieden"])]
    return B, n


LABEL3 = """documents: [po-kroonwaard-op-2026.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Thema 1 states one common minimum level for every vestiging; the four bouwstenen are only in a table; kwaliteitsgesprek every two years."
  plaatsing: "2.2 defers the aanvraagprocedure to a future Handreiking; the criteria (and TLV duration/categorie) are only in a table."
  terugstroom: "2.3 has a heading and one passing sentence ('krijgen de komende jaren aandacht'); otherwise only TOC and begrippenlijst."
  financien: "Thema 3 'Geld en middelen': verdeling in prose (per leerling, teldatum, vaste voet, arrangement criteria); amounts only in the meerjarenbegroting table."
  dekkend-aanbod: "2.1 describes the four-step route basis -> school arrangement -> bovenschools -> sbo/so; gaps/thuiszitters only a passing remark plus a deferral ('brengen we in de komende planperiode in kaart')."
  resultaten: "Thema 7 defers the kwaliteitskader with beoogde resultaten to 2026-2027; 'goede resultaten' is a passing phrase; no monitoring described."
  ouders: "Thema 4 covers information (schoolgids, ouderwijzer on website, ouderavonden, folder) but the only help for questions is the school's own IB/directeur; OJSP appears only in the begrippenlijst."
"""


# ---------------------------------------------------------------------------------------------
# Plan 4 - VO, numbered chapters with paragraphs, PDF from docx
# ---------------------------------------------------------------------------------------------
def plan4():
    n = "Samenwerkingsverband Voortgezet Onderwijs IJsselmonde-Oost"
    kw = dict(naam=n, datum_opr="21 januari 2026", datum_opr_inst="18 maart 2026", datum_oogo="5 maart 2026",
              datum_vast="25 maart 2026", gemeenten="Ridderkerk, Barendrecht en Albrandswaard-Oost",
              ander="PO IJsselmonde-Oost (PO 28-09)", fte="16,0", periode="2026-2030", voorbereiding="2028")
    B = []
    B += [("title", "Ondersteuningsplan 2026 - 2030"),
          ("sub", n + " | VO 28-02"),
          ("sub", "Vastgesteld door het bestuur op 25 maart 2026"),
          ("toc", "Inhoudsopgave", [
              "Hoofdstuk 1 Inleiding", "Hoofdstuk 2 Terugblik 2022-2026", "Hoofdstuk 3 Missie, visie en kernwaarden",
              "Hoofdstuk 4 Basisondersteuning", "Hoofdstuk 5 Het ondersteuningsaanbod",
              "Hoofdstuk 6 Thuiszitters en dekkend netwerk", "Hoofdstuk 7 Toewijzing: vso, lwoo en pro",
              "    7.5 Terugplaatsing en overplaatsing", "Hoofdstuk 8 Kwaliteit en resultaten",
              "Hoofdstuk 9 Ouders en leerlingen", "Hoofdstuk 10 Samenwerking met gemeenten",
              "Hoofdstuk 11 Organisatie en medezeggenschap", "Hoofdstuk 12 Financien",
              "Hoofdstuk 13 Personeel", "Bijlage Afkortingen en begrippen"]),
          ("pagebreak",),
          ("h1", "Hoofdstuk 1 Inleiding"),
          ("p", "Dit is het ondersteuningsplan van " + n + " voor de schooljaren 2026-2027 tot en met 2029-2030. "
                "In het verband werken negen besturen samen met zestien scholen voor voortgezet onderwijs, twee "
                "scholen voor praktijkonderwijs en drie vso-scholen. Samen tellen zij ongeveer 11.800 leerlingen."),
          ("p", fill("leeswijzer")),
          ("h1", "Hoofdstuk 2 Terugblik 2022-2026"),
          ("p", "In de vorige planperiode stonden drie thema's centraal: de inrichting van het OPDC, de aanpak van "
                "thuiszitters en de overgang naar nieuwe lwoo-criteria. Het OPDC is in 2023 geopend en is "
                "uitgegroeid tot een vaste voorziening. Het aantal thuiszitters daalde van 41 in 2022 naar 27 in "
                "2025. De eigen lwoo-criteria zijn ingevoerd in 2023 en in 2025 geëvalueerd."),
          ("p", "Minder goed ging de samenwerking met de jeugdhulp: wachtlijsten bleven lang en de afstemming "
                "tussen school en hulpverlening was wisselend. Dit plan zet daarom in op vaste jeugdhulp in de school."),
          ("h1", "Hoofdstuk 3 Missie, visie en kernwaarden"),
          ("p", fill("visie1")), ("p", fill("visie2")), ("p", fill("missie")),
          ("h1", "Hoofdstuk 4 Basisondersteuning"),
          ("p", "De afspraken over basisondersteuning in ons verband worden in schooljaar 2025-2026 herijkt, in "
                "lijn met de landelijke norm basisondersteuning die het ministerie voorbereidt. De nieuwe "
                "beschrijving wordt, zodra het algemeen bestuur haar heeft vastgesteld, als bijlage 2 aan dit plan "
                "toegevoegd."),
          ("h1", "Hoofdstuk 5 Het ondersteuningsaanbod"),
          ("p", "§ 5.1 Opbouw. Wanneer een leerling meer nodig heeft dan de mentor en het team in de klas kunnen "
                "bieden, staat er een samenhangend aanbod klaar, van licht naar intensief:"),
          ("table", [["Niveau", "Voorziening", "Duur", "Toegang"],
                     ["A", "Trajectvoorziening op de eigen school of een partnerschool", "flexibel", "school"],
                     ["B", "Lwoo in vmbo-basis en -kader", "gehele opleiding", "aanwijzing lwoo"],
                     ["C", "OPDC De Oever (tijdelijke plaatsing, terugkeer naar eigen school)", "max. 1 jaar",
                      "besluit Commissie Toewijzing"],
                     ["D", "Rebound en time-out", "6-12 weken", "aanvraag school"],
                     ["E", "Praktijkonderwijs", "gehele opleiding", "toelaatbaarheid pro"],
                     ["F", "Vso cluster 3 en 4", "duur TLV", "TLV"]]),
          ("p", "§ 5.2 Samenhang. De voorzieningen werken met één doorlopend groeidocument, zodat een leerling niet "
                "bij elke stap opnieuw hoeft te beginnen. Vso-scholen bieden daarnaast consultatie en ambulante "
                "begeleiding aan de reguliere scholen.")]
    B += [("h1", "Hoofdstuk 6 Thuiszitters en dekkend netwerk"),
          ("p", "§ 6.1 Signaleren. Scholen melden iedere leerling die tien schooldagen of langer geen onderwijs "
                "volgt bij het verband. Het verband houdt een actueel thuiszittersoverzicht bij en bespreekt dat "
                "maandelijks met leerplicht."),
          ("p", "§ 6.2 Aanpak. Voor elke thuiszitter wordt binnen tien werkdagen een casusoverleg belegd met de "
                "school, leerplicht, jeugdhulp en de leerling zelf. Doel is binnen zes weken een onderwijsaanbod, "
                "desnoods gedeeltelijk of via een tussenvoorziening. De school houdt de zorgplicht."),
          ("p", "§ 6.3 Lacunes. Jaarlijks in juni analyseert het verband waar het netwerk niet dekkend is, op basis "
                "van de thuiszittersgegevens, afwijzingen en wachtlijsten. Voor 2026 zijn twee lacunes vastgesteld: "
                "er is geen passend aanbod voor havo/vwo-leerlingen met ernstige angstproblematiek, en er is een "
                "wachtlijst voor het vso cluster 3. Voor beide ontwikkelt een werkgroep van directeuren voor 1 "
                "februari 2027 een oplossing, die het bestuur financiert uit het innovatiebudget."),
          ("h1", "Hoofdstuk 7 Toewijzing: vso, lwoo en pro"),
          ("p", "§ 7.1 Aanvraag. De aanvraag voor een TLV vso, een aanwijzing lwoo of toelaatbaarheid tot pro "
                "wordt ingediend door het bevoegd gezag van de school van inschrijving of aanmelding, via het "
                "digitale loket. Voor leerlingen uit groep 8 loopt de aanvraag via de vo-school van aanmelding, "
                "uiterlijk 1 maart."),
          ("p", "§ 7.2 Beoordeling en besluit. Na ontvangst toetst het loket de volledigheid binnen vijf werkdagen. "
                "Voor de TLV vso adviseren twee deskundigen: een orthopedagoog of psycholoog en een tweede "
                "deskundige die past bij de vraag (kinderpsychiater, maatschappelijk werker of arts). De Commissie "
                "Toewijzing neemt binnen zes weken een besluit namens het bestuur; voor lwoo en pro van nieuwe "
                "brugklassers uiterlijk 1 juni."),
          ("p", "§ 7.3 Criteria."),
          ("table", [["Voorziening", "Criteria"],
                     ["Vso", "De school heeft een OPP opgesteld en ten minste een half jaar extra ondersteuning op "
                      "niveau A-D ingezet; de leerling heeft langdurig een onderwijsaanbod in een kleine groep met "
                      "specialistische begeleiding nodig; het vso kan de benodigde ondersteuning bieden."],
                     ["Lwoo (eigen criteria)", "Leerachterstand van ten minste 1,5 jaar op twee van de vier "
                      "domeinen (begrijpend lezen, technisch lezen, spellen, rekenen) en een IQ tussen 75 en 90, of "
                      "een IQ tussen 91 en 120 met een sociaal-emotionele problematiek die het leren belemmert."],
                     ["Pro (landelijke criteria)", "IQ tussen 55 en 80 en een leerachterstand van ten minste drie "
                      "jaar op twee domeinen, waaronder begrijpend lezen of rekenen."]]),
          ("p", "§ 7.4 Duur en bezwaar. Een TLV vso geldt twee schooljaren; bij een TLV wordt ook de "
                "bekostigingscategorie laag, midden of hoog vastgesteld. Een lwoo-aanwijzing en een "
                "toelaatbaarheid tot pro gelden voor de gehele opleiding. Tegen een besluit kan binnen zes weken "
                "bezwaar worden gemaakt; het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
          ("p", "§ 7.5 Terugplaatsing en overplaatsing. Het verband streeft ernaar dat een leerling niet langer in "
                "het vso blijft dan nodig. Terugkeer naar het regulier vo of overstap naar het mbo staat bij elke "
                "jaarlijkse evaluatie van het OPP op de agenda. Uiterlijk vier maanden voor het aflopen van de TLV "
                "bespreekt de vso-school in een multidisciplinair overleg met de leerling, de ouders en een "
                "consulent van het verband of terugplaatsing mogelijk is. Het initiatief ligt bij de commissie van "
                "begeleiding van de vso-school; de Commissie Toewijzing beslist, binnen vier weken, over een "
                "eventuele nieuwe TLV. Is er geen nieuwe TLV, dan eindigt de plaatsing aan het einde van het "
                "schooljaar en regelt de vso-school met de ontvangende school de overdracht."),
          ("p", "Voorwaarden voor terugplaatsing zijn dat de leerling een reguliere lesdag aankan met ondersteuning "
                "op niveau A-D en dat er een ontvangende school is. De ontvangende school krijgt een "
                "plaatsingsbudget voor een jaar en de leerling houdt gedurende een half jaar een vaste begeleider "
                "van het vso. In 2024-2025 keerden 19 vso-leerlingen terug naar het regulier vo en stroomden 31 "
                "leerlingen door naar het mbo.")]
    B += [("h1", "Hoofdstuk 8 Kwaliteit en resultaten"),
          ("p", "§ 8.1 Beoogde resultaten. Voor leerlingen met extra ondersteuning streven wij in deze "
                "planperiode de volgende resultaten na: (1) het aantal thuiszitters daalt van 27 naar maximaal 10; "
                "(2) 90% van de OPDC-leerlingen keert binnen een jaar terug naar een reguliere school; (3) ten "
                "minste 80% van de pro-leerlingen stroomt uit naar werk of een mbo-opleiding; (4) 85% van de "
                "vso-leerlingen behaalt het in het OPP vastgelegde uitstroomprofiel."),
          ("p", "§ 8.2 Monitoring en verantwoording. Elk kwartaal stelt het bureau een dashboard op met de "
                "indicatoren uit § 8.1, gevoed door de leerlingadministratie, DUO-gegevens en de "
                "thuiszittersregistratie. Het bestuur bespreekt het dashboard twee keer per jaar met de directeuren "
                "en de OPR. Jaarlijks verantwoorden wij de bereikte resultaten in het bestuursverslag. In 2028 laten "
                "we een onafhankelijke tussenevaluatie uitvoeren."),
          ("h1", "Hoofdstuk 9 Ouders en leerlingen"),
          ("p", "§ 9.1 Informatie. Een communicatieplan waarin wij beschrijven langs welke kanalen ouders en "
                "leerlingen over het ondersteuningsaanbod worden geïnformeerd, verschijnt in de loop van 2026."),
          ("p", "§ 9.2 Onafhankelijke ondersteuning. Ouders die vragen hebben of het niet eens zijn met een "
                "school of met het verband, kunnen gratis terecht bij het Ouder- en Jeugdsteunpunt "
                "IJsselmonde (telefonisch spreekuur op werkdagen) en bij de onderwijsconsulenten. Bij een "
                "geschil over de zorgplicht of het OPP kunnen ouders zich wenden tot de Geschillencommissie "
                "passend onderwijs; klachten over het verband behandelt de landelijke klachtencommissie waarbij het "
                "verband is aangesloten."),
          ("p", "§ 9.3 Betrokkenheid. " + fill("opr_ouders", **kw) + " Leerlingen hebben hoorrecht bij het "
                "opstellen van hun OPP."),
          ("h1", "Hoofdstuk 10 Samenwerking met gemeenten"),
          ("p", fill("oogo_keten")), ("p", fill("oogo_proc", **kw)), ("p", fill("povo", **kw)),
          ("h1", "Hoofdstuk 11 Organisatie en medezeggenschap"),
          ("p", fill("governance1", **kw)), ("p", fill("governance2")), ("p", fill("inspectie")),
          ("p", fill("ict")), ("p", fill("landelijk")), ("p", fill("regio_swv")), ("p", fill("comm_scholen"))]
    B += [("h1", "Hoofdstuk 12 Financien"),
          ("p", "§ 12.1 Verdeling. Het verdeelmodel uit het vorige ondersteuningsplan wordt in 2025-2026 "
                "geëvalueerd. De uitkomst, inclusief de nieuwe verdeelsleutel naar de scholen, volgt in een "
                "addendum bij dit plan."),
          ("p", "§ 12.2 Meerjarenbegroting."),
          ("table", [["Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbekostiging", "14.230", "14.120", "14.010", "13.950"],
                     ["Afdrachten vso", "6.880", "6.900", "6.920", "6.940"],
                     ["Lwoo en pro", "3.950", "3.900", "3.850", "3.820"],
                     ["OPDC De Oever", "1.280", "1.290", "1.300", "1.310"],
                     ["Middelen naar scholen", "1.150", "1.100", "1.050", "1.000"],
                     ["Thuiszitters en innovatie", "420", "430", "440", "450"],
                     ["Bureau", "640", "650", "660", "670"],
                     ["Exploitatieresultaat", "-90", "-150", "-210", "-240"]]),
          ("p", "§ 12.3 Reserves. Het eigen vermogen bedraagt eind 2025 4,6 miljoen euro. De negatieve "
                "resultaten zijn een bewuste afbouw van de bovenmatige reserve; het weerstandsvermogen blijft "
                "boven de ondergrens van 8% van de baten."),
          ("h1", "Hoofdstuk 13 Personeel"),
          ("p", fill("personeel1", **kw)), ("p", fill("personeel2")), ("p", fill("kennisdeling")),
          ("p", fill("planning", **kw)), ("p", fill("vaststelling", **kw)),
          ("h1", "Bijlage Afkortingen en begrippen"),
          ("table", [["Afkorting/begrip", "Toelichting"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt, "
                      "zoals preventieve interventies en een ondersteuningsstructuur"],
                     ["Lwoo", "Leerwegondersteunend onderwijs"],
                     ["OJSP", "Ouder- en Jeugdsteunpunt"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["Pro", "Praktijkonderwijs"],
                     ["SOP", "Schoolondersteuningsprofiel"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Vso", "Voortgezet speciaal onderwijs"]])]
    return B, n


LABEL4 = """documents: [vo-ijsselmonde-oost-op-2026.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Hoofdstuk 4 only defers (herijking, to be added as bijlage 2 after vaststelling); the only description is in the begrippenlijst."
  plaatsing: "Ch. 7 covers applicant, steps, deciding Commissie Toewijzing, termijnen; criteria for vso, lwoo and pro in a table; deskundigen, duration, categorie and bezwaar in 7.2/7.4."
  terugstroom: "§ 7.5 inside the Toewijzing chapter: initiative, MDO four months before end of TLV, decision, end of placement, conditions and support after return, plus figures."
  financien: "Ch. 12 has a meerjarenbegroting table with amounts and reserves, but the verdeelmodel is deferred to an addendum; a budget line 'Middelen naar scholen' is not a distribution procedure."
  dekkend-aanbod: "Ch. 5 table of provisions A-F with samenhang; ch. 6 thuiszitters approach and yearly lacune-analyse with named gaps."
  resultaten: "§ 8.1 four quantified beoogde resultaten; § 8.2 quarterly dashboard, reporting and tussenevaluatie."
  ouders: "§ 9.2 names OJSP, onderwijsconsulenten, geschillencommissie; § 9.1 defers how parents are informed to a 2026 communicatieplan."
"""


# ---------------------------------------------------------------------------------------------
# Plan 5 - PO, web version (html), thematic pages "op hoofdlijnen"
# ---------------------------------------------------------------------------------------------
def plan5():
    n = "Samenwerkingsverband Passend Onderwijs Groene Delta"
    kw = dict(naam=n, datum_opr="28 januari 2026", datum_opr_inst="8 april 2026", datum_oogo="24 maart 2026",
              datum_vast="15 april 2026", gemeenten="Deltadorp, Westmeer en Schelpenburg",
              ander="VO Delta-West (VO 24-08)", fte="9,2", periode="2026-2030", voorbereiding="2028")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
          ("sub", n + " (PO 24-13). Webversie. Een pdf-versie is op te vragen bij het bureau."),
          ("toc", "Op deze pagina", [
              "Over ons", "Onze koers", "Basisondersteuning: wat biedt elke school?", "Toelaatbaarheid",
              "Terug naar de reguliere basisschool", "Ouders", "Resultaten en kwaliteit", "Financien",
              "Organisatie en medezeggenschap", "Mensen en deskundigheid", "Privacy", "Planning en vaststelling",
              "Begrippen"]),
          ("h1", "Over ons"),
          ("p", n + " is het samenwerkingsverband voor primair onderwijs in de gemeenten Deltadorp, Westmeer en "
                "Schelpenburg. Zeven schoolbesturen werken samen voor 44 basisscholen, een school voor speciaal "
                "basisonderwijs en een so-school. Samen gaan ruim 10.100 kinderen naar school in ons gebied."),
          ("p", "Dit ondersteuningsplan is bewust op hoofdlijnen geschreven. Uitgewerkte regelingen en "
                "procedures staan in afzonderlijke documenten die het bestuur vaststelt en die via onze website te "
                "vinden zijn. Zo blijft het plan leesbaar en kunnen we regelingen bijstellen zonder het hele plan "
                "te wijzigen."),
          ("p", fill("leeswijzer")), ("p", fill("krimp")),
          ("p", "Ons werkgebied is landelijk, met veel kleine dorpskernen en twee grotere kernen. Ruim een derde "
                "van de scholen heeft minder dan honderd leerlingen. Dat vraagt om creatieve oplossingen: kleine "
                "teams kunnen niet alle expertise zelf in huis hebben, en reistijden voor leerlingen en "
                "medewerkers zijn lang. Samenwerking tussen scholen in dezelfde kern, over de grenzen van besturen "
                "heen, is voor ons daarom vanzelfsprekend."),
          ("h1", "Onze koers"),
          ("p", fill("visie1")), ("p", fill("missie")),
          ("p", "In de vorige planperiode hebben we veel geleerd. De invoering van de gezamenlijke "
                "basisondersteuning in 2022 gaf scholen houvast, al bleek de invulling per school nog sterk te "
                "verschillen. De samenwerking met de kinderopvang en de peuterspeelzalen is verbeterd, waardoor "
                "kinderen beter voorbereid naar groep 1 gaan. Een evaluatie onder directeuren in 2025 liet zien "
                "dat de administratieve last van aanvragen als te hoog werd ervaren. Daarom hebben we die "
                "vereenvoudigd."),
          ("p", "Voor de komende vier jaar kiezen we drie accenten: de basis op orde op iedere school, "
                "vakmanschap van leerkrachten en intern begeleiders, en een goede samenwerking met ouders."),
          ("h2", "De basis op orde"),
          ("p", "Het eerste accent betekent dat wij de komende jaren vooral investeren in wat er op iedere school "
                "gebeurt. De afspraken over basisondersteuning staan; nu gaat het om de uitvoering in elke groep. "
                "Directeuren en intern begeleiders bespreken in hun netwerken hoe ze de afspraken waarmaken, en het "
                "bureau ondersteunt waar dat gevraagd wordt. We willen dat een ouder die verhuist binnen ons gebied "
                "op de nieuwe school dezelfde basis herkent."),
          ("h2", "Vakmanschap"),
          ("p", "Het tweede accent is vakmanschap. Leerkrachten staan voor grote groepen met zeer verschillende "
                "leerlingen. Zij verdienen steun in de vorm van scholing, coaching in de klas en tijd om van "
                "elkaar te leren. Voor intern begeleiders start in 2026 een leergang van tien bijeenkomsten, "
                "samen met de regionale pabo. Voor startende leerkrachten organiseren we een introductiedag over "
                "passend onderwijs in Groene Delta. Het bureau stelt zijn orthopedagogen beschikbaar voor "
                "consultatie op de werkvloer."),
          ("h2", "Samen met ouders"),
          ("p", "Het derde accent is de samenwerking met ouders. Ouders willen serieus genomen worden en willen "
                "weten waar ze aan toe zijn. Wat wij ouders bieden, leest u op de pagina Ouders."),
          ("h2", "Waarom op hoofdlijnen?"),
          ("p", "Eerdere plannen waren dik en werden weinig gelezen. Met deze webversie kiezen we voor een kort "
                "plan dat de koers aangeeft, en voor afzonderlijke regelingen die we kunnen aanpassen wanneer de "
                "praktijk daarom vraagt. Wie een regeling zoekt, vindt die op de website.")]
    B += [("h1", "Basisondersteuning: wat biedt elke school?"),
          ("p", "Basisondersteuning is het door alle besturen in Groene Delta afgesproken minimum aan "
                "ondersteuning dat iedere basisschool, op elke locatie, aan ieder kind biedt. Het is dus geen "
                "streven maar een garantie: waar uw kind ook naar school gaat in ons gebied, dit is er altijd."),
          ("p", "Op iedere school in Groene Delta vindt u:"),
          ("ul", ["Een intern begeleider die tijd heeft voor overleg met leerkrachten en ouders (ten minste een "
                  "dag per week per 150 leerlingen).",
                  "Een leerlingvolgsysteem en een vaste cyclus van groeps- en leerlingbesprekingen, drie keer per "
                  "jaar.",
                  "Vroegtijdige signalering van taal- en rekenproblemen vanaf groep 1 en een dyslexieprotocol met "
                  "begeleiding tot aan de vergoede diagnostiek.",
                  "Een aanbod voor kinderen die meer uitdaging nodig hebben, in en buiten de groep.",
                  "Een veilig schoolklimaat: een programma voor sociaal-emotionele ontwikkeling, een "
                  "pestprotocol en een vertrouwenspersoon.",
                  "Een ondersteuningsteam waarin de intern begeleider, de orthopedagoog van het "
                  "samenwerkingsverband en de schoolmaatschappelijk werker samen met ouders meedenken.",
                  "Medisch handelen volgens een protocol, zodat kinderen met bijvoorbeeld diabetes of epilepsie "
                  "veilig naar school kunnen.",
                  "Een ontwikkelingsperspectief (OPP) voor kinderen die op een of meer vakken een eigen leerlijn "
                  "volgen."]),
          ("p", "Iedere school legt de uitwerking vast in het schoolondersteuningsprofiel. Het "
                "samenwerkingsverband voert om de twee jaar een auditgesprek op elke school aan de hand van deze "
                "lijst; een samenvatting van alle audits verschijnt in het jaarverslag."),
          ("h1", "Toelaatbaarheid"),
          ("p", "Voor een plaatsing op de school voor speciaal basisonderwijs of een so-school is een "
                "toelaatbaarheidsverklaring (TLV) nodig. Het aantal aanvragen is de afgelopen jaren gestegen, "
                "vooral voor jonge kinderen. Voor de procedure en de criteria voor een TLV verwijzen wij naar de "
                "Regeling Toelaatbaarheid Groene Delta op www.groenedelta-po.nl/tlv."),
          ("h1", "Terug naar de reguliere basisschool"),
          ("p", "Een TLV is altijd tijdelijk. In het laatste jaar van de TLV verloopt de terugkeer naar een "
                "reguliere basisschool als volgt:"),
          ("ol", ["Uiterlijk 1 november van het laatste TLV-jaar evalueert de sbo- of so-school het OPP en "
                  "beoordeelt de commissie van begeleiding of terugplaatsing mogelijk is.",
                  "De sbo- of so-school neemt het initiatief voor een gesprek met ouders, de beoogde ontvangende "
                  "school en de orthopedagoog van het samenwerkingsverband, uiterlijk 1 februari.",
                  "Het bevoegd gezag van de ontvangende school besluit over inschrijving; het "
                  "samenwerkingsverband besluit uiterlijk 1 april over een eventuele nieuwe TLV als terugplaatsing "
                  "(nog) niet passend is.",
                  "Zonder nieuwe TLV eindigt de plaatsing op 31 juli en gaat de leerling na de zomer naar de "
                  "ontvangende school; de overdracht verloopt via een warme overdracht tussen de leerkrachten."]),
          ("p", "Welk beleid wij als samenwerkingsverband voeren rond terugplaatsing, en wat scholen daarbij van "
                "ons kunnen verwachten, werken wij uit in de actualisatie van dit plan in 2027.")]
    B += [("h1", "Ouders"),
          ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten welke ondersteuning er is "
                "en waar ze met vragen terechtkunnen."),
          ("h2", "Hoe informeren wij ouders?"),
          ("ul", ["Elke school beschrijft in de schoolgids de basisondersteuning en verwijst naar het "
                  "schoolondersteuningsprofiel, dat op de website van de school staat.",
                  "Op www.groenedelta-po.nl staat een ouderpagina met uitleg over de ondersteuning op school, "
                  "de TLV en de ondersteuningsteams, in begrijpelijke taal en met animaties.",
                  "Het bureau houdt elke woensdagochtend een telefonisch ouderspreekuur voor algemene vragen.",
                  "Twee keer per jaar organiseren we met de OPR een informatieavond voor ouders."]),
          ("h2", "Onafhankelijk advies en hulp bij onenigheid"),
          ("p", "Ouders die er met de school niet uitkomen, kunnen kosteloos hulp vragen bij het Ouder- en "
                "Jeugdsteunpunt Zeeland-Zuid, dat onafhankelijk is van scholen en samenwerkingsverband. Ook "
                "kunnen zij een onderwijsconsulent inschakelen. Geschillen over toelating, verwijdering of het "
                "OPP kunnen worden voorgelegd aan de landelijke Geschillencommissie passend onderwijs."),
          ("p", fill("opr_ouders", **kw)),
          ("h1", "Resultaten en kwaliteit"),
          ("p", "Wij volgen de ontwikkelingen in ons verband nauwgezet. Elk jaar in oktober verzamelen wij de "
                "gegevens over het aantal TLV's per soort en categorie, het aantal leerlingen dat uit het sbo of so "
                "terugkeert naar het regulier onderwijs, het aantal OPP's per school en de uitkomsten van de "
                "tweejaarlijkse tevredenheidspeiling onder ouders en scholen. De analyse bespreekt het bestuur in "
                "december met de directeuren en de OPR, en de bereikte resultaten maken we openbaar in het "
                "jaarverslag, uiterlijk 1 juli."),
          ("p", "De beoogde resultaten voor deze planperiode stellen we vast nadat de nulmeting van schooljaar "
                "2026-2027 beschikbaar is. Tot die tijd monitoren we de ontwikkeling zonder streefwaarden."),
          ("h1", "Financien"),
          ("p", "De verdeling van de middelen en de meerjarenbegroting worden jaarlijks vastgesteld in de "
                "begroting van het samenwerkingsverband, die als afzonderlijk document op de website wordt "
                "gepubliceerd. Wij verwijzen daarnaar.")]
    B += [("h1", "Organisatie en medezeggenschap"),
          ("p", fill("governance1", **kw)), ("p", fill("governance2")), ("p", fill("inspectie")),
          ("p", fill("oogo_proc", **kw)),
          ("h1", "Mensen en deskundigheid"),
          ("p", fill("personeel1", **kw)), ("p", fill("personeel2")), ("p", fill("kennisdeling")),
          ("p", fill("povo", **kw)), ("p", fill("inzetbaarheid")), ("p", fill("huisvesting")),
          ("p", fill("comm_scholen")), ("p", fill("regio_swv")), ("p", fill("leerlingstem")),
          ("h1", "Privacy"), ("p", fill("ict")), ("p", fill("landelijk")),
          ("h1", "Planning en vaststelling"), ("p", fill("planning", **kw)), ("p", fill("vaststelling", **kw)),
          ("h1", "Begrippen"),
          ("ul", ["Arrangement: extra ondersteuning op maat, bovenop de basisondersteuning.",
                  "Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een plek is.",
                  "Meerjarenbegroting: begroting over vier jaar.",
                  "Thuiszitter: leerplichtig kind dat zonder geldige reden geen onderwijs volgt.",
                  "TLV: toelaatbaarheidsverklaring voor sbo of so.",
                  "Zorgplicht: de plicht van het schoolbestuur om een passende plek te bieden of te zoeken."])]
    return B, n


LABEL5 = """documents: [po-groene-delta-op-2026.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Defined as the guaranteed minimum for every school/locatie plus an eight-item list; biennial audit as borging."
  plaatsing: "'Toelaatbaarheid' only notes rising numbers and refers procedure and criteria to a regulation on the website."
  terugstroom: "'Terug naar de reguliere basisschool' gives dated steps, initiative, deciding bodies and end of placement; the policy is deferred to a 2027 actualisatie."
  financien: "'Financien' only refers to a separately published begroting; no verdeling or amounts; 'middelen' elsewhere is passing."
  dekkend-aanbod: "No continuum of extra/specialised provisions, no thuiszitters/gap approach; OOGO only as a procedural step; arrangement, dekkend aanbod, thuiszitter and zorgplicht only in the begrippenlijst."
  resultaten: "Yearly data collection, analysis and reporting in the jaarverslag, but beoogde resultaten are deferred until after a nulmeting."
  ouders: "Schoolgids, website ouderpagina, spreekuur, information evenings; OJSP, onderwijsconsulent, geschillencommissie."
"""


# ---------------------------------------------------------------------------------------------
# Near-miss - school-level "ondersteuningsplan" of one basisschool (zorgplan), docx
# ---------------------------------------------------------------------------------------------
def nearmiss():
    n = "OBS De Wilgenhoek"
    B = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", n + " - Wilgenlaan 14, Deltadorp - aangesloten bij Samenwerkingsverband Passend Onderwijs Groene Delta"),
         ("toc", "Inhoud", ["1 Inleiding", "2 Onze visie op ondersteuning", "3 De ondersteuningsniveaus",
                            "4 Basisondersteuning op De Wilgenhoek", "5 Extra ondersteuning en arrangementen",
                            "6 Verwijzing naar sbo of so en terugplaatsing", "7 Ouders", "8 Middelen",
                            "9 Resultaten van de ondersteuning", "10 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen "
               "organiseert in schooljaar 2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad "
               "en ouders. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het "
               "ondersteuningsplan van ons samenwerkingsverband Groene Delta. Het plan wordt ieder jaar in juni "
               "door de intern begeleider en de directeur geactualiseerd en met het team besproken."),
         ("p", "De Wilgenhoek telt 236 leerlingen in tien groepen. Het team bestaat uit 19 leerkrachten, twee "
               "onderwijsassistenten, een intern begeleider (0,8 fte) en een directeur."),
         ("h1", "2 Onze visie op ondersteuning"),
         ("p", "Wij willen dat ieder kind zich op De Wilgenhoek gezien voelt. Goed onderwijs begint in de groep, "
               "bij een leerkracht die weet wat een kind nodig heeft. Daarom werken wij handelingsgericht: we "
               "kijken naar wat een kind nodig heeft, niet naar wat er mis is. Ouders zijn daarbij onze "
               "belangrijkste partner, want zij kennen hun kind het best."),
         ("h1", "3 De ondersteuningsniveaus"),
         ("table", [["Niveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: instructie op drie niveaus", "leerkracht"],
                    ["2", "Extra zorg in de groep na groepsbespreking", "leerkracht, IB"],
                    ["3", "Speciale zorg na leerlingbespreking, handelingsplan", "IB, remedial teacher"],
                    ["4", "Ondersteuningsteam met externe deskundigen, OPP", "IB, orthopedagoog SWV, ouders"],
                    ["5", "Arrangement van het samenwerkingsverband of verwijzing sbo/so", "directeur, SWV"]]),
         ("p", "Groepsbesprekingen vinden plaats in oktober, februari en juni. De leerkracht bereidt de "
               "bespreking voor met het groepsoverzicht. Leerlingbesprekingen plannen we op aanvraag van de "
               "leerkracht, binnen twee weken."),
         ("h1", "4 Basisondersteuning op De Wilgenhoek"),
         ("p", "De Wilgenhoek biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
               "betekent dat bij ons: een dyslexieprotocol, een plusklas op dinsdagmiddag, het programma "
               "Kwink voor sociaal-emotionele ontwikkeling, twee onderwijsassistenten voor kleine interventies en "
               "een intern begeleider die vier dagen per week aanwezig is."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet voldoende is, bespreken we de leerling in het "
               "ondersteuningsteam. Vanuit het schoolbudget van het samenwerkingsverband zetten we een "
               "arrangement in, bijvoorbeeld extra begeleiding door een gedragsspecialist. In 2024-2025 hadden 14 "
               "leerlingen een arrangement. Voor een bovenschools arrangement doet de directeur een aanvraag bij "
               "het loket van het samenwerkingsverband."),
         ("h1", "6 Verwijzing naar sbo of so en terugplaatsing"),
         ("p", "Als een leerling meer nodig heeft dan wij kunnen bieden, kan de school na overleg met ouders een "
               "toelaatbaarheidsverklaring (TLV) aanvragen bij het samenwerkingsverband. De intern begeleider "
               "stelt het dossier samen. Het samenwerkingsverband besluit. In 2024-2025 werden twee leerlingen "
               "verwezen naar het sbo. Wanneer een leerling uit het sbo of so terugkeert naar onze school, "
               "plannen wij een overdrachtsgesprek en houden we na zes weken een evaluatie met ouders."),
         ("h1", "7 Ouders"),
         ("p", "Ouders worden bij elke stap betrokken. Na iedere groepsbespreking waarin hun kind is besproken, "
               "informeert de leerkracht de ouders. Bij een OPP voeren we op overeenstemming gericht overleg. "
               "Informatie over onze ondersteuning staat in de schoolgids en op de website. Bij klachten volgen "
               "we de klachtenregeling van ons bestuur; ouders kunnen ook terecht bij het Ouder- en "
               "Jeugdsteunpunt of een onderwijsconsulent."),
         ("h1", "8 Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van ongeveer 36.000 euro per "
               "jaar. Wij besteden dit aan de onderwijsassistenten (0,6 fte), de remedial teaching en "
               "scholing van het team op het gebied van gedrag."),
         ("h1", "9 Resultaten van de ondersteuning"),
         ("p", "Twee keer per jaar analyseren we de toetsresultaten per groep en per leerling met een OPP. In "
               "2024-2025 haalde 82% van de leerlingen met een OPP de gestelde doelen. Ons doel voor 2025-2026 is "
               "dat 85% van de leerlingen met een OPP de doelen haalt. De analyse bespreken we met het team en de "
               "medezeggenschapsraad."),
         ("h1", "10 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
                    ["oktober", "Groepsbesprekingen 1"],
                    ["januari", "Midden-toetsen; analyse"],
                    ["februari", "Groepsbesprekingen 2; ondersteuningsteam"],
                    ["juni", "Eind-toetsen; groepsbesprekingen 3; actualisatie ondersteuningsplan"]])]
    return B, n


LABEL6 = """documents: [obs-wilgenhoek-ondersteuningsplan-2025.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan (zorgplan) of one basisschool: zorgniveaus 1-5, groepsbesprekingen, its own schoolbudget; it refers to the samenwerkingsverband but has no verband-wide content (no OPR, OOGO, verdeling over schools, planperiode, TLV decisions). Not an ondersteuningsplan of a samenwerkingsverband."
"""


# ---------------------------------------------------------------------------------------------
def main():
    plans = [
        ("po-lingewaard-betuwe-op-2026", plan1, ["docx"], LABEL1),
        ("vo-kempenpoort-op-2026", plan2, ["docx"], LABEL2),
        ("po-kroonwaard-op-2026", plan3, ["pdf"], LABEL3),
        ("vo-ijsselmonde-oost-op-2026", plan4, ["pdf"], LABEL4),
        ("po-groene-delta-op-2026", plan5, ["html"], LABEL5),
        ("obs-wilgenhoek-ondersteuningsplan-2025", nearmiss, ["docx"], LABEL6),
    ]
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout295_gen_"))
    try:
        for stem, fn, fmts, label in plans:
            blocks, naam = fn()
            print(f"{stem}: {word_count(blocks)} words")
            header = f"{naam} - Ondersteuningsplan" if stem != "obs-wilgenhoek-ondersteuningsplan-2025" else naam
            footer = "Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financien | Ouders"
            if "docx" in fmts:
                render_docx(blocks, OUT / f"{stem}.docx", header=header, footer=footer, title_meta=naam)
            if "pdf" in fmts:
                tmp_docx = tmpdir / f"{stem}.docx"
                render_docx(blocks, tmp_docx, header=header, footer=footer, title_meta=naam)
                docx_to_pdf(tmp_docx, OUT / f"{stem}.pdf")
            if "html" in fmts:
                render_html(blocks, OUT / f"{stem}.html", title=f"Ondersteuningsplan 2026-2030 | {naam}")
            (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
