#!/usr/bin/env python3
"""Generate holdout set 82: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless --convert-to pdf).
Labels (<name>.expected.yaml) are written by hand-maintained dictionaries at the end of this file.
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------- block helpers
def T(text):            # title-page line
    return ("title", text)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def P(text):
    return ("p", text)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TBL(*rows):
    return ("table", [list(r) for r in rows])


def TOC(*entries):
    return ("toc", list(entries))


def BR():
    return ("pagebreak", None)


def NOTE(text):         # boxed / italic remark
    return ("note", text)


# ---------------------------------------------------------------- renderers
def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for e in val:
                doc.add_paragraph(e)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j in range(ncol):
                    cells[j].text = row[j] if j < len(row) else ""
                    if i == 0:
                        for rr in cells[j].paragraphs[0].runs:
                            rr.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout82"
    cp.author = "holdout82"
    doc.save(str(path))


def write_pdf(blocks, path, header=None, footer=None):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: cannot render " + path.name)
    with tempfile.TemporaryDirectory() as td:
        tmp_docx = Path(td) / (path.stem + ".docx")
        write_docx(blocks, tmp_docx, header, footer)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + td + "/lo",
                        "--convert-to", "pdf", "--outdir", td, str(tmp_docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(td) / (path.stem + ".pdf"), path)


def write_html(blocks, path, site_title, nav, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(site_title),
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           ".note{background:#eef;padding:6px}</style>",
           "</head>", "<body>", '<header><p class="site">%s</p>' % e(site_title), "<nav>"]
    for label, anchor in nav:
        out.append('<a href="#%s">%s</a>' % (anchor, e(label)))
    out += ["</nav>", "</header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "h1":
            text, _, anchor = val.partition("|")
            out.append('<h2 id="%s">%s</h2>' % (e(anchor or text.lower()), e(text)))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "note":
            out.append('<p class="note">%s</p>' % e(val))
        elif kind in ("ul", "ol"):
            tag = kind
            out.append("<%s>" % tag + "".join("<li>%s</li>" % e(i) for i in val) + "</%s>" % tag)
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append("<p><strong>Op deze pagina</strong></p><ul>" +
                       "".join("<li>%s</li>" % e(i) for i in val) + "</ul>")
        elif kind == "pagebreak":
            pass
        elif kind == "dl":
            out.append("<dl>" + "".join("<dt>%s</dt><dd>%s</dd>" % (e(a), e(b)) for a, b in val) + "</dl>")
        else:
            raise ValueError(kind)
    out += ["</main>", "<footer><p>%s</p></footer>" % e(footer), "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("title", "h1", "h2", "p", "note"):
            n += len(val.split())
        elif kind in ("ul", "ol", "toc"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        elif kind == "dl":
            n += sum(len(a.split()) + len(b.split()) for a, b in val)
    return n


# =====================================================================================
# Plan 1 - PO, .docx - SWV Passend Onderwijs Lingehoek (PO 26-14), classic Word house style.
# Combined chapter 6: toelaatbaarheid + terugplaatsing. Communicatie chapter holds ouders info.
# =====================================================================================
P1 = [
    T("Ondersteuningsplan 2026-2030"),
    T("Samenwerkingsverband Passend Onderwijs Lingehoek (PO 26-14)"),
    P("Planperiode: 1 augustus 2026 tot en met 31 juli 2030. Vastgesteld door het algemeen bestuur op 24 maart 2026, "
      "na instemming van de ondersteuningsplanraad op 10 maart 2026 en op overeenstemming gericht overleg met de "
      "gemeenten Lingewaard-Noord, Betuwezoom en Heukelhoven op 26 februari 2026."),
    P("Versie 1.0 - definitief"),
    BR(),
    TOC("Voorwoord ........................................................ 3",
        "1 Inleiding en totstandkoming ....................................... 4",
        "2 Ons verband in cijfers ............................................ 5",
        "3 Visie, missie en ambities ......................................... 6",
        "4 Basisondersteuning: wat elke school biedt ......................... 8",
        "5 Extra ondersteuning en het dekkend aanbod ......................... 11",
        "6 Toelaatbaarheid, terugplaatsing en overplaatsing .................. 14",
        "7 Thuiszitters en verzuim ........................................... 18",
        "8 Samenwerking met gemeenten en jeugdhulp (OOGO) .................... 19",
        "9 Communicatie ...................................................... 21",
        "10 Financien ........................................................ 22",
        "11 Kwaliteitszorg en resultaten ..................................... 24",
        "12 Organisatie en governance ........................................ 25",
        "13 Personeel en professionalisering ................................. 27",
        "14 Privacy en ICT ................................................... 28",
        "15 Planning 2026-2030 ............................................... 29",
        "Bijlage 1 Begrippenlijst ............................................ 30"),
    BR(),
    H1("Voorwoord"),
    P("Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Onderwijs Lingehoek. Het is het "
      "derde plan sinds de invoering van passend onderwijs in 2014. In die twaalf jaar is er veel veranderd: scholen "
      "zijn beter toegerust, de lijnen met de gemeenten zijn korter geworden en ouders weten ons steeds beter te "
      "vinden. Tegelijk zien we dat de vraag naar ondersteuning complexer wordt, dat het lerarentekort ook onze "
      "scholen raakt en dat sommige kinderen nog steeds te lang wachten op een passende plek."),
    P("Dit plan is tot stand gekomen in een intensief traject met schoolbesturen, directeuren, intern begeleiders, "
      "de ondersteuningsplanraad en onze partners in de drie gemeenten. Wij danken iedereen die heeft meegedacht, "
      "meegelezen en soms ook stevig heeft meegediscussieerd. Juist die gesprekken hebben het plan beter gemaakt. "
      "We kijken met trots terug op wat er in de vorige planperiode in gang is gezet en kijken met vertrouwen "
      "vooruit. Het motto van dit plan is 'Dichtbij waar het kan, speciaal waar het moet'."),
    P("Namens het bestuur, drs. M.A. (Marieke) van Dalen, directeur-bestuurder"),
    H1("1 Inleiding en totstandkoming"),
    P("Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a, "
      "zevende lid, van de Wet op het primair onderwijs). Het plan beschrijft hoe wij als verband zorgen voor een "
      "samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een "
      "ononderbroken ontwikkelingsproces kunnen doorlopen. Het plan is daarmee het kader waarbinnen schoolbesturen, "
      "scholen en het bureau van het samenwerkingsverband de komende vier schooljaren werken."),
    P("Het plan is opgesteld door een schrijfgroep met vertegenwoordigers van vier schoolbesturen, twee "
      "intern begeleiders, een sbo-directeur, een so-directeur en de beleidsmedewerker van het bureau. Tussen "
      "september 2025 en januari 2026 zijn vier werksessies gehouden, waaronder een avond voor ouders van leerlingen "
      "met een ondersteuningsbehoefte. Het concept is besproken in het directeurenoverleg van 14 januari 2026, in de "
      "ondersteuningsplanraad (OPR) en in het OOGO met de drie gemeenten. De OPR heeft op 10 maart 2026 ingestemd. "
      "Het plan is op 24 maart 2026 vastgesteld en vóór 1 mei 2026 aan de Inspectie van het Onderwijs gezonden."),
    P("Leeswijzer. Hoofdstuk 2 tot en met 3 schetsen de context en de koers. De hoofdstukken 4 tot en met 8 gaan over "
      "de inhoud van de ondersteuning: wat elke school biedt, wat er daarna mogelijk is en hoe leerlingen naar het "
      "speciaal (basis)onderwijs gaan en weer terugkeren. Hoofdstuk 9 tot en met 11 gaan over communicatie, geld en "
      "kwaliteit, en de hoofdstukken 12 tot en met 15 over organisatie, personeel, ICT en planning. In de bijlage "
      "vindt u een begrippenlijst."),
    H1("2 Ons verband in cijfers"),
    P("Samenwerkingsverband Lingehoek omvat het primair onderwijs in drie gemeenten in het rivierengebied. Aan het "
      "verband nemen elf schoolbesturen deel met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs "
      "(De Kade en Het Veer) en drie so-locaties van cluster 3 en 4 die binnen ons gebied liggen. Daarnaast bezoekt "
      "een deel van onze leerlingen so-scholen buiten de regio, vooral in Nijmegen en Tiel."),
    TBL(["Kengetal (teldatum 1 oktober 2025)", "Aantal"],
        ["Schoolbesturen", "11"],
        ["Basisscholen (vestigingen)", "58"],
        ["Leerlingen basisonderwijs", "14.230"],
        ["Leerlingen sbo", "412"],
        ["Leerlingen so (alle locaties, woonachtig in het verband)", "198"],
        ["Medewerkers bureau samenwerkingsverband (fte)", "9,6"]),
    P("De prognoses laten een lichte daling van het aantal leerlingen zien, van ruim 14.800 in 2025 naar naar "
      "verwachting 14.100 in 2030. De daling is ongelijk verdeeld: in de kleine kernen loopt het aantal leerlingen "
      "sterker terug dan in de twee grotere plaatsen. Dat heeft gevolgen voor de spreiding van voorzieningen en "
      "voor de middelen die het verband van het Rijk ontvangt."),
    H1("3 Visie, missie en ambities"),
    P("Missie. Samenwerkingsverband Lingehoek zorgt er samen met de scholen voor dat ieder kind in de regio onderwijs "
      "krijgt dat past bij wat het kind nodig heeft, zo dicht mogelijk bij huis. Wij werken resultaatgericht, "
      "dichtbij en met vertrouwen in de professionaliteit van de scholen."),
    P("Visie. Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. Een kind hoort erbij: in de "
      "klas, op school en in de wijk. Leraren zijn de belangrijkste factor voor goed onderwijs en verdienen daarom "
      "alle steun. Ondersteuning wordt zo licht als mogelijk en zo zwaar als nodig georganiseerd. Wij willen dat "
      "school, ouders en jeugdhulp samen optrekken rond een kind, met één plan en zonder dat ouders hun verhaal steeds "
      "opnieuw moeten vertellen. Het samenwerkingsverband is daarbij geen loket dat beslist, maar een partner die "
      "meedenkt."),
    P("Ambities voor de planperiode. In de planperiode 2026-2030 staan vier thema's centraal: de "
      "basisondersteuning, passende plekken voor alle kinderen, de samenwerking tussen onderwijs en jeugdhulp, en de "
      "samenwerking tussen het speciaal (basis)onderwijs en het reguliere onderwijs. Deze thema's komen terug "
      "in de volgende hoofdstukken en in de jaarplannen van het bureau."),
    H1("4 Basisondersteuning: wat elke school biedt"),
    P("Basisondersteuning is in ons verband het door alle elf schoolbesturen samen afgesproken niveau van "
      "ondersteuning dat iedere vestiging van iedere aangesloten school ten minste biedt, zonder dat daarvoor een "
      "aanvraag bij het samenwerkingsverband nodig is. Het is de ondergrens: geen enkele school in Lingehoek mag "
      "daaronder zitten, en scholen mogen er uiteraard boven zitten. Het niveau is voor het eerst vastgesteld in 2014 "
      "en in 2025 herijkt. De basisondersteuning bouwt voort op de basiskwaliteit die de Inspectie van elke school "
      "vraagt, maar gaat daar op een aantal punten bovenuit."),
    P("Ouders kunnen op elke school in ons verband ten minste het volgende verwachten:"),
    OL("Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert "
       "en leraren coacht.",
       "Handelingsgericht en planmatig werken: de school brengt twee keer per jaar de ontwikkeling van alle leerlingen "
       "in kaart, bespreekt groepen en leerlingen in groeps- en leerlingbesprekingen en legt afspraken vast.",
       "Een dyslexieprotocol en een dyscalculieprotocol, inclusief vroegsignalering in groep 2 en 3 en extra "
       "oefentijd voor leerlingen die dat nodig hebben.",
       "Een aanbod voor meer- en hoogbegaafde leerlingen binnen de eigen groep: compacten, verrijken en een "
       "verrijkingsgroep op school of bovenschools.",
       "Een schoolbrede aanpak voor sociale veiligheid en gedrag (bijvoorbeeld PBS of de Vreedzame School), een "
       "anti-pestcoördinator en een jaarlijkse monitoring van de sociale veiligheid.",
       "Een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die op een of meer vakgebieden een eigen leerlijn "
       "volgt, opgesteld en jaarlijks geëvalueerd in overleg met de ouders.",
       "Een ondersteuningsteam (OT) op school, waarin de intern begeleider, de ouders, de jeugdverpleegkundige en zo "
       "nodig de schoolmaatschappelijk werker en een consulent van het samenwerkingsverband samen een "
       "ondersteuningsvraag bespreken.",
       "Een protocol medisch handelen en afspraken over het geven van medicijnen.",
       "Eerste opvang van nieuwkomers en leerlingen met een taalachterstand, met een basisaanbod NT2 in de eigen groep.",
       "Toegang tot preventieve ambulante begeleiding en consultatie door een orthopedagoog van het "
       "samenwerkingsverband, zonder aanvraagprocedure, voor ten hoogste zes contactmomenten per leerling per jaar."),
    P("Iedere school beschrijft in het schoolondersteuningsprofiel (en vanaf de wettelijke verplichting in de "
      "schoolgids) hoe zij deze tien standaarden invult en welke extra ondersteuning zij daarnaast biedt."),
    H2("4.1 Borging"),
    P("Het bureau bezoekt elke school eens in de twee jaar met de 'kijkwijzer basisondersteuning'. Tijdens dat bezoek "
      "worden de tien standaarden langsgelopen met de directeur en de intern begeleider. Voldoet een school op een of "
      "meer standaarden niet, dan maakt de school binnen drie maanden een verbeterplan, dat de consulent van het "
      "verband na een jaar opnieuw bekijkt. Bij structurele tekortkomingen spreekt de directeur-bestuurder het "
      "betreffende schoolbestuur aan."),
    H1("5 Extra ondersteuning en het dekkend aanbod"),
    P("Niet elk kind redt het met de basisondersteuning. Voor die kinderen kent ons verband een opbouw in vijf "
      "niveaus, die samen het ondersteuningscontinuüm van Lingehoek vormen:"),
    TBL(["Niveau", "Wat", "Waar", "Toegang"],
        ["1", "Basisondersteuning (tien standaarden, zie hoofdstuk 4)", "Elke school", "Vrij"],
        ["2", "Extra ondersteuning in de school: arrangement voor een leerling of groep, bijvoorbeeld extra "
              "begeleiding door een onderwijsassistent of een gedragsspecialist", "Eigen school",
         "Arrangement via het Loket"],
        ["3", "Bovenschoolse voorzieningen: observatiegroep Het Baken (4-7 jaar), plusklas Denkrijk, "
              "taalklas voor nieuwkomers", "Drie locaties in het verband", "Plaatsing via het Loket"],
        ["4", "Speciaal basisonderwijs", "De Kade, Het Veer", "Toelaatbaarheidsverklaring"],
        ["5", "Speciaal onderwijs cluster 3 en 4, onderwijs-zorgarrangementen", "So-locaties binnen en buiten de regio",
         "Toelaatbaarheidsverklaring"]),
    P("Een school die meer nodig heeft dan de basisondersteuning, bespreekt de leerling eerst in het "
      "ondersteuningsteam. Lukt het niet met de middelen van de school, dan vraagt de school een arrangement aan bij het "
      "Loket van het samenwerkingsverband. Een arrangement duurt in de regel een schooljaar en wordt halverwege "
      "geëvalueerd. De consulent van het verband is vast aanspreekpunt voor elke school."),
    H2("5.1 Een dekkend aanbod: hoe wij gaten signaleren en dichten"),
    P("Het samenwerkingsverband heeft de opdracht te zorgen voor een dekkend aanbod, zodat voor elk kind een passende "
      "plek beschikbaar is. Schoolbesturen hebben zorgplicht: een school waar een kind wordt aangemeld, zoekt een "
      "passende plek op de eigen school of, als dat niet kan, op een andere school die het kind wil toelaten. Lukt dat "
      "niet binnen de wettelijke termijn van zes (uiterlijk tien) weken, dan meldt de school het kind bij het Loket "
      "en neemt de consulent de regie over het zoeken naar een plek."),
    P("Om gaten in het aanbod zichtbaar te maken houdt het Loket een signaleringslijst bij van kinderen die op een "
      "wachtlijst staan, die (gedeeltelijk) thuiszitten of voor wie geen passende voorziening beschikbaar is. Twee keer "
      "per jaar bespreekt het directeurenoverleg deze lijst, en eenmaal per jaar stelt het bestuur vast welke "
      "voorzieningen ontbreken. In 2025 bleek er een tekort aan plekken voor jonge kinderen met ernstige "
      "gedragsproblematiek en een lange wachttijd voor het so cluster 4. Daarom opent per 1 augustus 2026 een tweede "
      "observatiegroep in Heukelhoven en maken wij met de so-besturen afspraken over een tijdelijke extra groep "
      "van twaalf plaatsen. Voor leerlingen die moeilijk lerend en zeer jong zijn, zoeken wij samen met de gemeenten "
      "een onderwijs-zorgarrangement in de bestaande kinderdagcentra."),
    H1("6 Toelaatbaarheid, terugplaatsing en overplaatsing"),
    P("Dit hoofdstuk beschrijft hoe een leerling toelaatbaar wordt verklaard tot het speciaal basisonderwijs (sbo) of "
      "het speciaal onderwijs (so), en hoe een leerling vanuit het sbo of so weer terugkeert naar het reguliere "
      "basisonderwijs of overstapt naar een andere school. Wij hebben deze onderwerpen bewust in één hoofdstuk "
      "gezet: wie een kind naar het speciaal onderwijs laat gaan, moet vanaf de eerste dag ook nadenken over de "
      "weg terug."),
    H2("6.1 De aanvraag van een toelaatbaarheidsverklaring"),
    P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de leerling is "
      "ingeschreven of is aangemeld. Ouders kunnen niet zelf een TLV aanvragen, maar worden bij elke stap betrokken. De "
      "procedure verloopt in vijf stappen:"),
    OL("Voorbereiding in het ondersteuningsteam van de school. Het OT stelt vast dat de ondersteuningsbehoefte de "
       "mogelijkheden van de school (ook met een arrangement) te boven gaat.",
       "Aanvraag bij het Loket. De school dient via het digitale aanvraagportaal het groeidocument in, met het "
       "ontwikkelingsperspectief, de evaluatie van de geboden ondersteuning, het onderwijskundig rapport en de "
       "zienswijze van de ouders.",
       "Deskundigenadvies. Het Loket vraagt twee deskundigen om ieder afzonderlijk een schriftelijk advies: een "
       "orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige (bijvoorbeeld een "
       "kinderpsychiater, maatschappelijk werker of jeugdarts). De deskundigen zijn niet betrokken geweest bij de "
       "aanvraag.",
       "Besluit. De Commissie Toelaatbaarheid en Arrangementen (TLA-commissie) besluit namens het bestuur binnen "
       "zes weken na ontvangst van de volledige aanvraag. Bij spoed kan dit binnen tien werkdagen.",
       "Afgifte en kopie. De school en de ouders ontvangen het besluit met de deskundigenadviezen. De ontvangende sbo- "
       "of so-school ontvangt de TLV met een uniek volgnummer."),
    H2("6.2 Criteria"),
    P("De TLA-commissie verklaart een leerling toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
      "leerling heeft op meerdere ontwikkelingsgebieden een ondersteuningsbehoefte die vraagt om een kleine groep en "
      "specialistische didactiek; de school heeft aantoonbaar ten minste een jaar handelingsgericht gewerkt, inclusief "
      "een arrangement van niveau 2; en de verwachting is dat de leerling in het sbo een duidelijk betere ontwikkeling "
      "doormaakt. Voor het so geldt daarnaast dat de ondersteuningsbehoefte zo intensief of specifiek is dat "
      "zij vraagt om de expertise van het so (bijvoorbeeld bij een zeer moeilijk lerende leerling, een ernstige "
      "gedrags- of psychiatrische problematiek of een lichamelijke beperking waarvoor dagelijkse zorg nodig is), en "
      "dat deze expertise niet met een onderwijsarrangement in het regulier of sbo kan worden geboden."),
    P("Bij een TLV voor het so bepaalt de commissie de bekostigingscategorie: laag (onder meer zeer moeilijk lerende "
      "kinderen en kinderen met gedragsproblematiek), midden (langdurig zieke en lichamelijk gehandicapte kinderen) of "
      "hoog (meervoudig gehandicapte kinderen)."),
    H2("6.3 Geldigheid"),
    P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor "
      "twee schooljaren, bij ernstig meervoudige beperkingen voor de hele schoolloopbaan in het so. Een TLV die na 1 "
      "januari wordt afgegeven, loopt tot het einde van het schooljaar waarin zij is afgegeven plus de aangegeven "
      "duur."),
    H2("6.4 Terugplaatsing en overplaatsing: ons beleid"),
    P("Ons uitgangspunt is dat het speciaal (basis)onderwijs een plek is waar een kind zich kan herstellen en "
      "ontwikkelen, en niet per se een eindstation. Wij streven ernaar dat leerlingen zodra het kan terugkeren naar "
      "een reguliere basisschool, bij voorkeur dicht bij huis. Voorwaarden daarbij zijn dat het OPP laat zien dat de "
      "leerling de ontwikkeling in een grote groep kan volgen, dat de ouders de terugkeer steunen en dat een "
      "ontvangende school bereid en toegerust is. Na terugkeer krijgt de leerling standaard een "
      "terugplaatsingsarrangement: gedurende een jaar begeleiding door een ambulant begeleider van de sbo- of "
      "so-school, zes uur per week extra inzet van een onderwijsassistent en een vast contactpersoon op het Loket. "
      "Het verband betaalt dit arrangement volledig. Overplaatsing van het so naar het sbo, of tussen twee so-scholen, "
      "is ook mogelijk als de ondersteuningsbehoefte verandert."),
    H2("6.5 Terugplaatsing: de procedure"),
    P("De sbo- of so-school evalueert het OPP van iedere leerling ten minste eenmaal per jaar en bekijkt daarbij "
      "expliciet of terugplaatsing mogelijk is. In het laatste jaar van de TLV organiseert de so-school vóór 1 februari "
      "een multidisciplinair overleg met de ouders, een consulent van het verband en, als die al bekend is, de "
      "ontvangende basisschool. Het MDO brengt advies uit aan de TLA-commissie, die vóór 1 april besluit: de leerling "
      "stroomt per 1 augustus terug naar het regulier onderwijs, of de school vraagt een nieuwe TLV aan. Voor sbo-leerlingen "
      "geldt dezelfde jaarlijkse toets, maar kan het initiatief ook bij de ouders liggen. De consulent van het verband "
      "zoekt samen met de ouders een ontvangende school. Zes weken en zes maanden na de overstap volgt een evaluatie met "
      "ouders, school en ambulant begeleider. Als de terugplaatsing niet slaagt, kan de leerling binnen het lopende "
      "schooljaar terug naar de sbo- of so-school zolang de oude TLV nog geldig is."),
    H1("7 Thuiszitters en verzuim"),
    P("Geen kind hoort thuis te zitten. Toch zijn er ook in onze regio kinderen die langer dan vier weken "
      "geen onderwijs volgen, soms omdat er geen passende plek is en soms omdat zorg en onderwijs niet op elkaar aansluiten. Samen met de leerplichtambtenaren van de drie gemeenten hebben wij een "
      "thuiszitterstafel ingericht die elke maand bijeenkomt. Elke school meldt een leerling die dreigt uit te vallen "
      "binnen twee weken bij de leerplichtambtenaar en bij het Loket. De directeur-bestuurder heeft in overleg met de "
      "schoolbesturen doorzettingsmacht: als partijen het na zes weken niet eens worden over een plek, neemt zij een "
      "besluit over de school die de leerling plaatst en het arrangement dat het verband daarbij betaalt."),
    P("Vrijstellingen van de leerplicht op grond van artikel 5 onder a van de Leerplichtwet zijn voor ons een "
      "signaal. Wij bespreken elke nieuwe vrijstelling met de gemeente en onderzoeken of een "
      "onderwijs-zorgarrangement mogelijk is, zodat een kind toch (een deel van de week) onderwijs kan volgen."),
    H1("8 Samenwerking met gemeenten en jeugdhulp (OOGO)"),
    P("Met de drie gemeenten voeren wij twee keer per jaar op overeenstemming gericht overleg (OOGO). De "
      "thema's voor deze planperiode zijn: de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, "
      "leerlingenvervoer, onderwijshuisvesting voor de observatiegroepen en de overgang van voorschoolse voorziening "
      "naar de basisschool. Elke school heeft een vaste jeugdverpleegkundige en een contactpersoon van het lokale "
      "team. Jeugdhulp onder schooltijd wordt georganiseerd via een gezamenlijk convenant 'Zorg in onderwijstijd', "
      "waarin staat wie welke kosten draagt."),
    P("Het OOGO over dit plan vond plaats op 26 februari 2026. De gemeenten hebben ingestemd met de "
      "uitgangspunten en vroegen extra aandacht voor kinderen in de voorschoolse periode. Die vraag is "
      "verwerkt in paragraaf 5.1. Met het samenwerkingsverband voortgezet onderwijs is overleg gevoerd over de "
      "overstap van groep 8 naar het voortgezet onderwijs en de warme overdracht van leerlingen met een OPP."),
    H1("9 Communicatie"),
    P("Goede communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert met "
      "scholen, ketenpartners en ouders. Voor scholen is er een nieuwsbrief die zes keer per jaar verschijnt en een "
      "besloten deel van de website met formulieren en handreikingen."),
    P("Ouders informeren wij op verschillende manieren over de ondersteuning die in de regio beschikbaar is. Op de "
      "website staat een aparte rubriek 'Voor ouders' met uitleg over de basisondersteuning, arrangementen, de "
      "bovenschoolse voorzieningen en het speciaal (basis)onderwijs. De folder 'Passend onderwijs in Lingehoek' is "
      "beschikbaar in het Nederlands, Engels, Arabisch en Pools en ligt op elke school. Elk najaar houden wij in elke "
      "gemeente een informatieavond voor ouders. Scholen beschrijven hun ondersteuningsaanbod in het "
      "schoolondersteuningsprofiel en de schoolgids, die ouders bij aanmelding ontvangen. Ouders met een vraag over de "
      "ondersteuningsroute kunnen bovendien terecht bij de consulent van het samenwerkingsverband."),
    P("Het ouder- en jeugdsteunpunt dat de nieuwe wet aan samenwerkingsverbanden voorschrijft, zal worden ingericht "
      "zodra de wet in werking treedt. Over de vorm en de eventuele samenwerking met andere verbanden besluit het "
      "bestuur op een later moment."),
    H1("10 Financien"),
    P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Van het budget "
      "voor zware ondersteuning houdt DUO de bekostiging van het so voor onze leerlingen direct in; voor de groei van "
      "het sbo boven twee procent van het leerlingaantal draagt het verband eveneens bij. De teldatum voor de "
      "groeiregeling is 1 februari."),
    H2("10.1 Verdeling"),
    P("Na aftrek van de afdrachten en de kosten van het bureau verdelen wij de middelen volgens een vast verdeelmodel. "
      "Zeventig procent gaat rechtstreeks naar de schoolbesturen, op basis van het aantal leerlingen op 1 oktober van "
      "het voorgaande jaar; voor 2026-2027 komt dit neer op € 178 per leerling. Dertig procent blijft bij het verband "
      "voor arrangementen op niveau 2 en 3 en voor de bovenschoolse voorzieningen; de TLA-commissie kent deze "
      "arrangementen toe aan de hand van de aanvraag en het groeidocument. Wijzigingen in het verdeelmodel "
      "worden door het algemeen bestuur vastgesteld na advies van het directeurenoverleg en instemming van de OPR."),
    H2("10.2 Reserves"),
    P("Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves volgens de landelijke methodiek. "
      "Eind 2025 lag het eigen vermogen op 3,8 procent van de baten en daarmee onder de signaleringswaarde. Er is "
      "geen sprake van bovenmatige reserves. Het weerstandsvermogen is toereikend om de risico's van de dalende "
      "leerlingaantallen op te vangen."),
    H2("10.3 Begroting"),
    P("De meerjarenbegroting 2026-2030, met een overzicht van baten en lasten per jaar, is als bijlage 3 bij dit plan "
      "gevoegd en wordt jaarlijks in december door het algemeen bestuur geactualiseerd."),
    H1("11 Kwaliteitszorg en resultaten"),
    P("Het samenwerkingsverband werkt aan een nieuw kwaliteitskader. Welke resultaten wij in de planperiode "
      "nastreven en hoe wij die gaan volgen, leggen wij vast in het Kwaliteitskader Lingehoek, dat het bestuur vóór de "
      "zomer van 2027 vaststelt. In dat kader zullen ook de indicatoren en de wijze van rapporteren aan bestuur, OPR "
      "en gemeenten worden opgenomen. Tot die tijd blijven de bestaande afspraken van kracht."),
    H1("12 Organisatie en governance"),
    P("Het samenwerkingsverband is een stichting. Het bestuur is georganiseerd volgens het model van een "
      "directeur-bestuurder en een raad van toezicht. De elf schoolbesturen vormen samen het algemeen bestuur, dat "
      "het ondersteuningsplan, de begroting en de jaarrekening vaststelt. De raad van toezicht bestaat uit vijf leden, "
      "van wie drie onafhankelijk zijn van de aangesloten besturen."),
    P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR bestaat uit twaalf "
      "leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
      "De OPR vergadert zes keer per jaar, waarvan eenmaal met de raad van toezicht. Ouderleden van de OPR "
      "raadplegen hun achterban via een jaarlijkse bijeenkomst. Het samenwerkingsverband heeft daarnaast een eigen "
      "medezeggenschapsraad voor het personeel van het bureau."),
    P("Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, een "
      "controller (0,4 fte), vier consulenten, twee orthopedagogen en een managementassistent. Het Loket is de "
      "centrale ingang voor alle aanvragen van scholen."),
    H1("13 Personeel en professionalisering"),
    P("De kwaliteit van passend onderwijs staat of valt met de leraar. Het samenwerkingsverband investeert daarom "
      "in scholing en kennisdeling. Jaarlijks organiseren wij een netwerk voor intern begeleiders (zes bijeenkomsten), "
      "een leergang gedrag voor leraren en een studiedag voor alle scholen. De consulenten en orthopedagogen van het "
      "verband volgen jaarlijks minimaal veertig uur scholing. Het personeel van de sbo- en so-scholen deelt zijn "
      "expertise via ambulante begeleiding en via de 'expertisebank' waarin scholen elkaars specialisten kunnen "
      "inschakelen."),
    P("Het lerarentekort raakt ook onze regio. Samen met de Pabo en het regionale opleidingsnetwerk zoeken wij naar "
      "manieren om startende leraren beter voor te bereiden op kinderen met een ondersteuningsbehoefte, onder meer "
      "door stageplaatsen in het sbo en so."),
    H1("14 Privacy en ICT"),
    P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, "
      "voor zover dat nodig is voor het toewijzen van arrangementen en het afgeven van toelaatbaarheidsverklaringen. "
      "Wij hebben een functionaris gegevensbescherming aangesteld en werken met een beveiligd digitaal aanvraagportaal. "
      "Dossiers worden drie jaar na het laatste besluit vernietigd. Scholen delen alleen de gegevens die voor de "
      "aanvraag noodzakelijk zijn, en ouders kunnen hun dossier altijd inzien."),
    P("In de planperiode vervangen wij het aanvraagportaal, dat einde levensduur is. De nieuwe omgeving moet beter "
      "aansluiten op de leerlingadministratiesystemen van de scholen, zodat gegevens niet dubbel hoeven te worden "
      "ingevoerd."),
    H1("15 Planning 2026-2030"),
    TBL(["Schooljaar", "Belangrijkste activiteiten"],
        ["2026-2027", "Opening tweede observatiegroep; kijkwijzer basisondersteuning op alle scholen; vervanging aanvraagportaal"],
        ["2027-2028", "Vaststellen Kwaliteitskader Lingehoek; evaluatie verdeelmodel; herziening convenant Zorg in onderwijstijd"],
        ["2028-2029", "Tussenevaluatie ondersteuningsplan met OPR en gemeenten"],
        ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034"]),
    P("De planning wordt jaarlijks uitgewerkt in een jaarplan met bijbehorende begroting, die het algemeen bestuur "
      "na instemming van de OPR vaststelt."),
    H1("Bijlage 1 Begrippenlijst"),
    TBL(["Begrip", "Betekenis"],
        ["Arrangement", "Extra ondersteuning voor een leerling of groep, toegekend door het samenwerkingsverband."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het verband bieden."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken met de ondersteuning."],
        ["Bezwaar", "De mogelijkheid om een besluit van het samenwerkingsverband te laten heroverwegen."],
        ["Dekkend aanbod", "Een aanbod waarin voor elk kind een passende plek beschikbaar is."],
        ["Meerjarenbegroting", "Begroting die de baten en lasten voor meerdere jaren weergeeft."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
        ["OPR", "Ondersteuningsplanraad: medezeggenschapsorgaan van het samenwerkingsverband."],
        ["Terugplaatsing", "De overstap van een leerling van het sbo of so naar het regulier onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
        ["Verdeelmodel", "De afspraken over hoe de ondersteuningsmiddelen over schoolbesturen worden verdeeld."]),
]
P1_HEADER = "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs Lingehoek"
P1_FOOTER = "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financien - Ouders | www.swvlingehoek.nl"

# =====================================================================================
# Plan 2 - VO, .docx - Samenwerkingsverband VO Maas en Peel (VO 30-09), "koersdocument" style.
# Geld en middelen chapter; no terugplaatsing at all (only glossary + doorstroom traps).
# =====================================================================================
P2 = [
    T("Koers 2030"),
    T("Ondersteuningsplan Samenwerkingsverband VO Maas en Peel 2026-2030"),
    P("Samenwerkingsverband passend onderwijs voortgezet onderwijs Maas en Peel, VO 30-09"),
    P("Instemming ondersteuningsplanraad: 18 maart 2026. Vaststelling algemene ledenvergadering: 31 maart 2026."),
    BR(),
    TOC("Voorwoord",
        "Samenvatting",
        "1 Waar staan we? Terugblik en context",
        "2 Koers: visie en uitgangspunten",
        "3 De ondersteuning op onze scholen",
        "4 Het ondersteuningscontinuüm",
        "5 Dekkend aanbod en thuiszitters",
        "6 Toewijzing van extra ondersteuning: TLV vso, lwoo en pro",
        "7 Doorlopende lijnen: van po naar vo en van vo naar mbo",
        "8 Ouders en jongeren",
        "9 Ambities en beoogde resultaten",
        "10 Geld en middelen",
        "11 Organisatie, medezeggenschap en samenwerking met gemeenten",
        "12 Personeel en deskundigheid",
        "Bijlage: afkortingen en begrippen"),
    BR(),
    H1("Voorwoord"),
    P("Jongeren in Maas en Peel verdienen een school waar zij zich thuis voelen en waar zij het beste uit zichzelf "
      "kunnen halen. Dat is de kern van passend onderwijs en de kern van dit ondersteuningsplan, dat wij 'Koers 2030' "
      "hebben genoemd. Het plan is geschreven in een periode waarin veel op ons afkomt: de landelijke "
      "verbeteraanpak passend onderwijs, de wet over de positie van ouders en leerlingen, krimp in een deel van de "
      "regio en een groeiende vraag naar ondersteuning bij psychische problemen van jongeren."),
    P("Wij hebben bewust gekozen voor een compact plan dat richting geeft, en niet voor een handboek waarin elke "
      "procedure tot in detail staat. Scholen krijgen de ruimte om de ondersteuning in te richten op een manier die "
      "past bij hun leerlingen. Tegelijk vragen wij van elkaar dat wij afspraken nakomen en dat wij elkaar aanspreken "
      "als dat niet gebeurt. Ik dank de leden van de ondersteuningsplanraad, de schoolleiders, de "
      "ondersteuningscoördinatoren, de leerlingen die meepraatten in de jongerenpanels en de wethouders van de zes "
      "gemeenten voor hun bijdrage."),
    P("Ir. J.P. (Joost) Hendriks, directeur-bestuurder"),
    H1("Samenvatting"),
    P("Samenwerkingsverband VO Maas en Peel verbindt negen schoolbesturen met 21 vestigingen voor voortgezet "
      "onderwijs, twee scholen voor praktijkonderwijs en drie vso-scholen. Koers 2030 zet in op vijf lijnen: een "
      "stevige basis op elke school, een ondersteuningscontinuüm zonder gaten, snelle en heldere toewijzing, een "
      "goede positie voor ouders en jongeren, en transparante inzet van geld. In hoofdstuk 9 staan de ambities die "
      "wij in 2030 willen hebben bereikt. Hoofdstuk 10 laat zien hoe wij de middelen verdelen en waaraan wij ze "
      "besteden."),
    H1("1 Waar staan we? Terugblik en context"),
    P("In de vorige planperiode (2022-2026) is het Loket van het samenwerkingsverband ingericht als centrale ingang "
      "voor scholen, is het OPDC verhuisd naar een nieuw gebouw in Venlo-Zuid en is een tweede rebound-locatie "
      "geopend. Ook is een jongerenpanel gestart dat het bestuur twee keer per jaar adviseert. Niet alles is gelukt: de "
      "samenwerking met de jeugdhulp blijft lastig, onder meer door wachtlijsten bij de specialistische GGZ, en de "
      "afspraken over de basisondersteuning bleken te vrijblijvend."),
    P("De regio is divers. In de stedelijke kern groeit het aantal leerlingen licht; in de kleinere gemeenten aan "
      "de oostkant daalt het aantal leerlingen tot 2032 met ruim vijftien procent. Ongeveer een op de acht leerlingen "
      "volgt lwoo. Het aandeel leerlingen in het vso ligt iets boven het landelijk gemiddelde."),
    TBL(["Context (1 oktober 2025)", "Aantal"],
        ["Leerlingen regulier vo (incl. lwoo)", "16.940"],
        ["Leerlingen praktijkonderwijs", "612"],
        ["Leerlingen vso (woonachtig in de regio)", "598"],
        ["Vestigingen regulier vo", "21"],
        ["Aangesloten schoolbesturen", "9"]),
    H2("1.1 Wettelijk kader en totstandkoming"),
    P("Dit plan is opgesteld op grond van de Wet voortgezet onderwijs 2020, die voorschrijft dat een "
      "samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Het plan heeft de "
      "instemming nodig van de ondersteuningsplanraad en wordt niet vastgesteld voordat op overeenstemming gericht "
      "overleg met de gemeenten en overleg met de samenwerkingsverbanden primair onderwijs heeft plaatsgevonden. Het "
      "vastgestelde plan gaat vóór 1 mei naar de Inspectie van het Onderwijs."),
    P("De voorbereiding begon in het voorjaar van 2025 met een reeks gesprekken op alle 21 vestigingen. "
      "Schoolleiders, ondersteuningscoördinatoren, mentoren en leerlingen vertelden wat goed gaat en wat beter kan. "
      "In september 2025 volgden drie themabijeenkomsten, over de basis op school, over thuiszitters en over de "
      "toewijzing van ondersteuning. Een schrijfgroep verwerkte de opbrengst in een eerste concept, dat in december "
      "in de algemene ledenvergadering en in januari in de OPR is besproken. Het jongerenpanel las een samenvatting in "
      "begrijpelijke taal en gaf advies over de hoofdstukken over ouders en jongeren. Dat advies is grotendeels "
      "overgenomen."),
    H1("2 Koers: visie en uitgangspunten"),
    P("Wij geloven dat iedere jongere talent heeft en recht heeft op een ononderbroken schoolloopbaan. Ondersteuning "
      "begint in de klas, bij de mentor en de docent. Als het nodig is, schalen wij snel en zonder bureaucratie op. "
      "Jongeren en hun ouders praten mee over de ondersteuning, want zij kennen de situatie het best. En de middelen "
      "van het samenwerkingsverband gaan zoveel mogelijk naar de scholen en naar de jongeren zelf."),
    P("Uitgangspunten zijn: (1) thuisnabij waar het kan; (2) eerst de school, dan het verband; (3) één jongere, één "
      "plan; (4) geen jongere tussen wal en schip; (5) verantwoording over wat wij doen en wat het oplevert. De "
      "koers is vertaald naar de ambities in hoofdstuk 9. Onze kernwaarden zijn nabijheid, vertrouwen en "
      "eigenaarschap."),
    H1("3 De ondersteuning op onze scholen"),
    P("Basisondersteuning is in Maas en Peel de ondersteuning die alle scholen voor voortgezet onderwijs, op al hun "
      "vestigingen, ten minste bieden. De negen besturen hebben deze ondergrens gezamenlijk afgesproken; een school "
      "mag meer bieden, maar niet minder. Voor de scholen voor praktijkonderwijs geldt hetzelfde niveau, aangevuld met "
      "wat zij vanuit hun eigen opdracht al bieden. Basisondersteuning is voor iedere leerling beschikbaar zonder "
      "aanvraag bij het samenwerkingsverband."),
    P("De afspraken over basisondersteuning uit de vorige planperiode bleken te algemeen. Welke voorzieningen, "
      "interventies en deskundigheid een ouder op iedere school mag verwachten, leggen de besturen daarom opnieuw "
      "vast in een 'Kaart basisondersteuning', die in de loop van schooljaar 2026-2027 wordt opgesteld en daarna "
      "als aanvulling op dit plan ter instemming aan de OPR wordt voorgelegd. Daarbij nemen wij de landelijke norm "
      "basisondersteuning mee zodra die bekend is."),
    P("Boven de basisondersteuning bieden scholen extra ondersteuning, die zij beschrijven in hun "
      "schoolondersteuningsprofiel. Het samenwerkingsverband ondersteunt de scholen daarbij met een budget voor "
      "lichte ondersteuning (zie hoofdstuk 10) en met consultatie door de orthopedagogen van het Loket."),
    H1("4 Het ondersteuningscontinuüm"),
    P("Het ondersteuningscontinuüm beschrijft de samenhang tussen de voorzieningen binnen en tussen de scholen. Het "
      "bestaat in Maas en Peel uit vier niveaus."),
    TBL(["Niveau", "Ondersteuning", "Voorbeelden", "Toegang"],
        ["1", "Basisondersteuning", "Zie hoofdstuk 3", "Op elke school"],
        ["2", "Extra ondersteuning binnen de school", "Ondersteuningsklas of trajectgroep, examentraining, "
         "faalangstreductie, begeleiding door een gedragsspecialist, lwoo", "Besluit school; lwoo na aanwijzing"],
        ["3", "Bovenschoolse voorzieningen", "OPDC Venlo-Zuid (tijdelijke plaatsing tot maximaal een schooljaar), "
         "rebound-locaties Venray en Horst, onderwijs-zorgarrangement De Brug met de GGZ, "
         "hoogbegaafdenvoorziening 'Spectrum'", "Via het Loket"],
        ["4", "Speciaal onderwijs en praktijkonderwijs", "Drie vso-scholen (cluster 3 en 4), twee scholen voor "
         "praktijkonderwijs, vso buiten de regio", "TLV vso of toelaatbaarheid pro"]),
    P("Binnen niveau 2 hebben de scholen veel ruimte. Sommige scholen werken met een ondersteuningsklas voor "
      "leerlingen met autisme, andere met een flexibele trajectvoorziening. Het Loket houdt een overzicht bij van wat "
      "elke school op niveau 2 biedt, zodat een school die een leerling niet zelf kan helpen weet waar dat wel kan. "
      "Leerlingen in het OPDC of op een rebound-locatie blijven ingeschreven op hun eigen school, die "
      "verantwoordelijk blijft voor hun onderwijs."),
    H1("5 Dekkend aanbod en thuiszitters"),
    P("Een dekkend aanbod betekent dat er voor iedere jongere in de regio een passende plek is. Wij brengen elk "
      "jaar in februari met de scholen en de gemeenten in kaart waar het aanbod tekortschiet: welke jongeren "
      "staan op een wachtlijst, welke jongeren zitten (gedeeltelijk) thuis, voor welke groepen is geen passende "
      "voorziening in de regio. Die 'aanbodsanalyse' bespreekt het bestuur in april; het bestuur besluit dan over "
      "maatregelen voor het volgende schooljaar."),
    P("Uit de analyse van 2025 kwamen drie witte vlekken naar voren: jongeren met ernstige angst- en "
      "stemmingsproblemen die niet naar school kunnen, hoogbegaafde jongeren met een dubbel bijzondere "
      "ondersteuningsbehoefte en nieuwkomers ouder dan zestien. Voor de eerste groep starten wij in augustus 2026 "
      "een tweede onderwijs-zorgarrangement, samen met de GGZ en twee gemeenten; voor de tweede groep wordt "
      "'Spectrum' uitgebreid met een deeltijdgroep; voor nieuwkomers maken wij afspraken met het mbo over een "
      "schakeltraject."),
    P("Thuiszitters. Elke school meldt een jongere die langer dan vier weken niet naar school gaat bij de "
      "leerplichtambtenaar en bij het Loket. Elke thuiszittende jongere wordt binnen twee weken besproken aan de "
      "thuiszitterstafel van de gemeente, waar school, leerplicht, jeugdhulp en het samenwerkingsverband samen "
      "een plan maken. Als partijen er niet uitkomen, besluit de directeur-bestuurder binnen vier weken welke school "
      "de jongere plaatst; het samenwerkingsverband financiert het benodigde arrangement. Zo geven wij samen invulling "
      "aan de zorgplicht van de besturen."),
    H1("6 Toewijzing van extra ondersteuning: TLV vso, lwoo en pro"),
    P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
      "praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs. Alle aanvragen lopen via het "
      "Loket."),
    H2("6.1 Toelaatbaarheidsverklaring vso"),
    P("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de jongere is ingeschreven of is "
      "aangemeld. De school voegt het groeidocument met het ontwikkelingsperspectief, een verslag van het "
      "multidisciplinair overleg en de zienswijze van ouders en jongere bij. Het Loket controleert binnen vijf "
      "werkdagen of de aanvraag compleet is. Vervolgens brengen twee deskundigen ieder een eigen schriftelijk advies "
      "uit: een orthopedagoog of psycholoog en een tweede deskundige die past bij de problematiek van de jongere. De "
      "Commissie van Toelaatbaarheid (CvT) besluit binnen zes weken na de complete aanvraag en stelt daarbij de "
      "geldigheidsduur (in de regel twee schooljaren) en de bekostigingscategorie (laag, midden of hoog) vast. "
      "Ouders en school ontvangen het besluit met een kopie van de adviezen."),
    H2("6.2 Lwoo en praktijkonderwijs"),
    P("Voor leerlingen uit groep 8 vraagt de ontvangende vo-school de aanwijzing voor lwoo of de toelaatbaarheid tot "
      "het praktijkonderwijs aan vóór 1 maart. Voor zittende leerlingen kan dat het hele jaar. De CvT besluit binnen "
      "vier weken op basis van het dossier van de basisschool en eventueel aanvullend onderzoek door de "
      "orthopedagoog van het Loket. Een aanwijzing lwoo geldt voor de duur van de opleiding; een toelaatbaarheid pro "
      "eveneens."),
    H2("6.3 Criteria"),
    P("De criteria aan de hand waarvan de CvT beslist, zijn opgenomen in het 'Toetsingskader toelaatbaarheid "
      "Maas en Peel 2026', dat het bestuur afzonderlijk vaststelt en dat op onze website staat. Voor lwoo en pro "
      "volgen wij de landelijke regelgeving."),
    H2("6.4 Bezwaar"),
    P("Ouders en school die het niet eens zijn met een besluit over toelaatbaarheid of lwoo, kunnen binnen zes weken "
      "bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
      "Toelaatbaarheidsverklaringen (LBT) voordat het op het bezwaar beslist."),
    H1("7 Doorlopende lijnen: van po naar vo en van vo naar mbo"),
    P("De overstap van de basisschool naar het voortgezet onderwijs is voor veel jongeren met een "
      "ondersteuningsbehoefte een spannend moment. Met de twee samenwerkingsverbanden primair onderwijs in onze "
      "regio hebben wij afspraken over de warme overdracht: voor iedere leerling met een OPP vindt vóór 1 april een "
      "overdrachtsgesprek plaats tussen de basisschool, de ouders en de ontvangende school. De doorstroom van groep 8 "
      "naar het vo verloopt via de regionale POVO-procedure."),
    P("Aan de andere kant van de schoolloopbaan werken wij met het mbo en de gemeenten aan een goede doorstroom "
      "naar vervolgonderwijs en werk. Jongeren uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid "
      "krijgen tot een jaar na uitstroom nazorg van hun school. Voor jongeren die het mbo willen "
      "verkennen organiseren vo-scholen en mbo-instellingen samen meeloopdagen en een gezamenlijke open dag."),
    H1("8 Ouders en jongeren"),
    P("Ouders en jongeren zijn partners in de ondersteuning. Het samenwerkingsverband informeert hen op meerdere "
      "manieren over de ondersteuningsmogelijkheden in de regio. Op de website staat een ouderpagina met uitleg over "
      "de basisondersteuning, de ondersteuning op niveau 2 en 3, het vso, lwoo en pro, en de route om die "
      "ondersteuning te krijgen. Iedere ouder van een leerling in groep 8 ontvangt via de basisschool de brochure "
      "'Naar het vo met extra ondersteuning'. Elk najaar organiseren wij twee informatieavonden voor ouders, in "
      "Venlo en in Venray. Scholen beschrijven hun aanbod in de schoolgids; de mentor is voor ouders het eerste "
      "aanspreekpunt."),
    P("Onafhankelijke hulp. Ouders en jongeren die vragen hebben of het niet eens zijn met de school of het "
      "samenwerkingsverband, kunnen terecht bij het Ouder- en Jongerensteunpunt Maas en Peel. Het steunpunt is "
      "ondergebracht bij een onafhankelijke stichting voor cliëntondersteuning, werkt alleen in het belang van de "
      "jongere en is telefonisch en via chat bereikbaar. Het steunpunt bundelt signalen en bespreekt die twee keer per "
      "jaar met het bestuur. Daarnaast kunnen ouders gratis een beroep doen op de Onderwijsconsulenten. Bij "
      "geschillen over toelating, verwijdering of het OPP kunnen zij zich wenden tot de Geschillencommissie passend "
      "onderwijs; over het handelen van het samenwerkingsverband zelf kan een klacht worden ingediend volgens de "
      "klachtenregeling op de website."),
    P("Jongeren hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief. Het jongerenpanel adviseert het "
      "bestuur over beleid, en in de OPR zitten drie ouders en drie leerlingen."),
    H1("9 Ambities en beoogde resultaten"),
    P("Onze koers is vertaald naar zes ambities. Bij elke ambitie hoort een beoogd resultaat voor 2030."),
    TBL(["Ambitie", "Beoogd resultaat in 2030"],
        ["Een stevige basis op elke school", "Alle 21 vestigingen voldoen aan de Kaart basisondersteuning."],
        ["Geen jongere thuis", "Maximaal 10 thuiszitters op de peildatum 1 oktober; geen jongere langer dan drie "
         "maanden zonder onderwijsaanbod."],
        ["Snelle toewijzing", "95% van de aanvragen TLV vso binnen zes weken afgehandeld."],
        ["Thuisnabij onderwijs", "Het deelnamepercentage vso daalt naar het landelijk gemiddelde."],
        ["Tevreden ouders en jongeren", "Ouders en jongeren waarderen de ondersteuning gemiddeld met ten minste een 7,5."],
        ["Goede doorstroom", "90% van de jongeren uit pro en vso heeft een jaar na uitstroom werk of een opleiding."]),
    P("Hoe en wanneer wij de voortgang op deze ambities gaan meten en waar wij daarover rapporteren, werken wij uit "
      "in een monitoringsplan. Dat plan wordt in het voorjaar van 2027 aan het bestuur voorgelegd."),
    H1("10 Geld en middelen"),
    P("Het samenwerkingsverband ontvangt jaarlijks ongeveer 19 miljoen euro van het Rijk: middelen voor lichte en "
      "zware ondersteuning, voor lwoo en voor praktijkonderwijs. Een groot deel daarvan gaat direct door: DUO houdt "
      "de bekostiging van het vso in op onze middelen, en de lwoo- en pro-middelen betalen wij door aan de scholen."),
    H2("10.1 Hoe verdelen wij de middelen?"),
    P("Wij verdelen de middelen volgens de volgende afspraken, die het bestuur jaarlijks in november vaststelt:"),
    UL("Lwoo en pro: de scholen ontvangen per aangewezen lwoo-leerling en per pro-leerling het bedrag dat het "
       "verband daarvoor van het Rijk ontvangt (teldatum 1 oktober).",
       "Schoolbudget lichte ondersteuning: iedere school ontvangt een vaste voet van € 25.000 per vestiging plus "
       "€ 185 per leerling (teldatum 1 oktober), voor de extra ondersteuning op niveau 2.",
       "Bovenschoolse voorzieningen: OPDC, rebound, onderwijs-zorgarrangementen en Spectrum worden door het verband "
       "bekostigd; scholen plaatsen via het Loket zonder eigen bijdrage.",
       "Individuele arrangementen: voor jongeren die meer nodig hebben dan de school op niveau 2 kan bieden, kent het "
       "Loket een arrangement toe van maximaal € 12.000 per schooljaar."),
    P("Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 maart met een vast format, waarin zij "
      "aangeven welke ondersteuning zij met het budget hebben ingezet en voor hoeveel leerlingen."),
    H2("10.2 Meerjarenbegroting"),
    TBL(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
        ["Baten: lichte ondersteuning", "4.120", "4.060", "3.990", "3.930"],
        ["Baten: zware ondersteuning", "7.840", "7.720", "7.610", "7.500"],
        ["Baten: lwoo en pro", "7.150", "7.090", "7.020", "6.960"],
        ["Totaal baten", "19.110", "18.870", "18.620", "18.390"],
        ["Afdracht vso (DUO)", "5.980", "5.920", "5.850", "5.790"],
        ["Doorbetaling lwoo en pro", "7.150", "7.090", "7.020", "6.960"],
        ["Schoolbudgetten lichte ondersteuning", "3.660", "3.600", "3.540", "3.490"],
        ["Bovenschoolse voorzieningen", "1.420", "1.440", "1.450", "1.450"],
        ["Individuele arrangementen", "350", "360", "360", "360"],
        ["Bureau, Loket en steunpunt", "790", "800", "810", "820"],
        ["Totaal lasten", "19.350", "19.210", "19.030", "18.870"],
        ["Resultaat", "-240", "-340", "-410", "-480"]),
    P("De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt zijn reserve af tot het niveau van "
      "de signaleringswaarde. Eind 2029 bedraagt het eigen vermogen naar verwachting 1,3 miljoen euro, voldoende om "
      "de risico's van krimp en van een stijgende vso-deelname op te vangen."),
    H1("11 Organisatie, medezeggenschap en samenwerking met gemeenten"),
    P("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering, waarin de negen besturen zitting "
      "hebben, houdt toezicht op de directeur-bestuurder. De directeur-bestuurder is verantwoordelijk voor het beleid "
      "en de dagelijkse leiding van het bureau, het Loket, het OPDC en de rebound-locaties. Een auditcommissie uit "
      "de ALV adviseert over de begroting en de jaarrekening."),
    P("De ondersteuningsplanraad (OPR) telt twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De OPR "
      "heeft instemmingsrecht op het ondersteuningsplan en wordt betrokken bij de jaarlijkse begroting."),
    P("Met de zes gemeenten in de regio voeren wij op overeenstemming gericht overleg. Het OOGO over dit plan vond "
      "plaats op 5 maart 2026. Gezamenlijke thema's zijn thuiszitters, onderwijs-zorgarrangementen, "
      "leerlingenvervoer naar het vso en de aansluiting op de arbeidsmarkt. De samenwerking is vastgelegd in een "
      "regionaal convenant dat tot 2028 loopt."),
    H1("12 Personeel en deskundigheid"),
    P("Het bureau van het samenwerkingsverband telt 22 medewerkers, inclusief de docenten en begeleiders van het OPDC "
      "en de rebound-locaties. Het samenwerkingsverband investeert in de deskundigheid van mentoren en "
      "ondersteuningscoördinatoren via een jaarlijks scholingsaanbod en een netwerk van ondersteuningscoördinatoren "
      "dat vijf keer per jaar bijeenkomt. Thema's voor de komende jaren zijn omgaan met angst en somberheid, "
      "executieve functies en het voeren van goede gesprekken met ouders."),
    P("Het lerarentekort maakt het lastiger om ondersteuning in de klas te organiseren. Het samenwerkingsverband "
      "denkt mee over slimme oplossingen, zoals de inzet van ondersteuningsassistenten en gedeelde specialisten voor "
      "meerdere scholen."),
    P("Voor het eigen personeel van het samenwerkingsverband is in 2025 een strategisch personeelsbeleid "
      "vastgesteld. Belangrijke onderdelen zijn een gesprekscyclus met jaarlijkse ontwikkelgesprekken, een "
      "scholingsbudget per medewerker, aandacht voor werkdruk in het OPDC en de rebound-voorzieningen, en een "
      "mobiliteitsregeling waarmee docenten van het OPDC tijdelijk op een reguliere vestiging kunnen werken en "
      "omgekeerd. Zo blijft de expertise van de tussenvoorzieningen verbonden met de praktijk van de scholen."),
    H2("12.1 Huisvesting en bedrijfsvoering"),
    P("Het bureau van het samenwerkingsverband verhuist in 2027 naar het onderwijsplein in Venlo, waar ook het OPDC "
      "is gevestigd. Daarmee komen de medewerkers van het Loket en het OPDC dichter bij elkaar. De bedrijfsvoering "
      "(salarisadministratie, ICT en inkoop) is sinds 2024 ondergebracht bij een administratiekantoor dat ook voor drie "
      "aangesloten besturen werkt. Het samenwerkingsverband werkt met een aanbestedingsbeleid en een treasurystatuut. "
      "Voor de digitale aanvragen gebruikt het Loket een beveiligde omgeving waarin alleen medewerkers met een "
      "functionele noodzaak toegang hebben tot dossiers; dossiers worden na drie jaar vernietigd."),
    H1("Bijlage: afkortingen en begrippen"),
    TBL(["Afkorting / begrip", "Betekenis"],
        ["CvT", "Commissie van Toelaatbaarheid"],
        ["Kaart basisondersteuning", "Overzicht van de basisondersteuning die elke school biedt"],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugplaatsing", "De overstap van een jongere van het vso naar het regulier voortgezet onderwijs na afloop "
         "van de toelaatbaarheidsverklaring"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"]),
]
P2_HEADER = "Koers 2030 - Ondersteuningsplan SWV VO Maas en Peel"
P2_FOOTER = "VO 30-09 | Ondersteuningsplan 2026-2030"

# =====================================================================================
# Plan 3 - PO, .pdf (rendered from docx) - Stichting Samenwerkingsverband De Brug (PO 28-03).
# Modern "wij"-style with 'In het kort' boxes. TLV chapter only refers to a separate Handreiking.
# =====================================================================================
P3 = [
    T("Samen sterk voor elk kind"),
    T("Ondersteuningsplan 2026-2030"),
    P("Stichting Samenwerkingsverband Passend Primair Onderwijs De Brug - PO 28-03"),
    P("Dit ondersteuningsplan heeft de instemming van de ondersteuningsplanraad (3 maart 2026) en is vastgesteld door "
      "het bestuur op 17 maart 2026. Het OOGO met de gemeenten Oosterbrug, Dalfsen-West en Ommerveld is gevoerd op "
      "12 februari 2026."),
    BR(),
    TOC("Voorwoord 2",
        "1 Over De Brug 3",
        "2 Onze opdracht en visie 5",
        "3 Basisondersteuning 7",
        "4 Van basis tot speciaal: het ondersteuningscontinuüm 10",
        "5 Samenwerking met gemeenten en jeugdhulp 13",
        "6 Toelaatbaarheid 15",
        "7 Terugplaatsing 16",
        "8 Geld en middelen 17",
        "9 Resultaten en kwaliteitszorg 20",
        "10 Ouders 23",
        "11 Organisatie en medezeggenschap 25",
        "12 Personeel en deskundigheid 27",
        "13 ICT en privacy 28",
        "Begrippenlijst 29"),
    BR(),
    H1("Voorwoord"),
    P("Beste lezer, wat fijn dat u ons nieuwe ondersteuningsplan openslaat. In dit plan leest u wat wij de komende "
      "vier jaar samen met de scholen willen doen, zodat ieder kind in onze regio zich kan ontwikkelen. Wij hebben "
      "geprobeerd het plan zo te schrijven dat het ook leesbaar is voor wie niet dagelijks met passend onderwijs bezig "
      "is. Daarom begint ieder hoofdstuk met een kader 'In het kort'."),
    P("Dit plan is gemaakt met heel veel mensen: leerkrachten, intern begeleiders, directeuren, ouders, leerlingen "
      "van de leerlingenraden, de ondersteuningsplanraad, onze collega's van de gemeenten en de jeugdhulp. Iedereen "
      "dank voor het meedenken. Wij kijken uit naar de komende jaren en hopen dat dit plan voor iedereen een "
      "bruikbaar kompas is."),
    P("Anne-Fleur Koster, directeur-bestuurder"),
    H1("1 Over De Brug"),
    NOTE("In het kort: De Brug is het samenwerkingsverband voor het primair onderwijs in drie gemeenten. Er werken "
         "zeven schoolbesturen samen, met 41 basisscholen, één school voor speciaal basisonderwijs en twee so-scholen."),
    P("Samenwerkingsverband De Brug is in 2013 opgericht als stichting. Aan het verband zijn zeven schoolbesturen "
      "verbonden: vier openbare en christelijke besturen, twee eenpitters en het bestuur van de sbo- en so-scholen. "
      "Samen verzorgen zij onderwijs aan ruim 9.600 leerlingen. De regio is landelijk, met veel kleine scholen in "
      "dorpen en één middelgrote stad. Dat betekent dat afstanden groot kunnen zijn en dat een speciale voorziening "
      "voor sommige kinderen ver van huis ligt."),
    P("Het bureau van De Brug is gevestigd in Oosterbrug. Er werken twaalf mensen: de directeur-bestuurder, een "
      "office manager, een controller, vijf onderwijsadviseurs, twee orthopedagogen, een GZ-psycholoog en een "
      "beleidsmedewerker kwaliteit. De onderwijsadviseurs zijn aan vaste scholen gekoppeld en zijn het eerste "
      "aanspreekpunt voor de intern begeleiders."),
    P("In de planperiode verwachten wij een daling van het aantal leerlingen met ongeveer zes procent. Twee kleine "
      "scholen zullen naar verwachting fuseren. Dat vraagt van ons dat wij de ondersteuning in de dorpen op peil "
      "houden, ook als scholen kleiner worden."),
    H1("2 Onze opdracht en visie"),
    NOTE("In het kort: Wij willen dat ieder kind naar een school kan gaan die past, het liefst in de eigen buurt."),
    P("De wet geeft ons de opdracht te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen "
      "en tussen de scholen, zodat kinderen een ononderbroken ontwikkeling kunnen doormaken en kinderen die extra "
      "ondersteuning nodig hebben een zo passend mogelijke plek krijgen. Wij vertalen die opdracht in drie "
      "woorden: dichtbij, samen en deskundig."),
    P("Dichtbij betekent dat ondersteuning zo veel mogelijk in de eigen klas en op de eigen school wordt geboden. "
      "Samen betekent dat scholen, ouders, jeugdhulp en gemeenten één team vormen rond het kind. Deskundig betekent "
      "dat leerkrachten en intern begeleiders kunnen rekenen op de kennis van specialisten wanneer dat nodig is, en "
      "dat wij blijven leren van wat werkt. Het speciaal (basis)onderwijs is voor ons een volwaardig onderdeel van het "
      "aanbod, geen eindstation."),
    P("Deze visie sluit aan bij de landelijke verbeteraanpak passend onderwijs en bij de ambitie om in 2035 te komen "
      "tot inclusiever onderwijs. Wij zetten daarvoor de komende jaren stappen, onder meer door samen met het so "
      "te onderzoeken hoe so-groepen op reguliere scholen kunnen worden gehuisvest."),
    H2("2.1 Stip op de horizon: inclusiever onderwijs"),
    P("Nederland werkt toe naar inclusiever onderwijs, waarin kinderen met en zonder beperking zo veel mogelijk samen "
      "naar school gaan. Wij omarmen die beweging, maar zijn ook realistisch: inclusie vraagt om gebouwen die "
      "toegankelijk zijn, om voldoende leerkrachten en om tijd. Wij kiezen daarom voor kleine, zichtbare stappen. In "
      "de komende jaren verkennen wij met het so en twee basisscholen hoe een so-groep onder één dak met een "
      "basisschool kan werken, en wat leerkrachten van elkaar kunnen leren. De ervaringen delen wij met alle scholen."),
    P("Wij luisteren daarbij ook naar kinderen zelf. In 2025 hebben wij met leerlingenraden van zes scholen gesproken "
      "over wat zij nodig hebben om zich thuis te voelen op school. Dat leverde verrassende antwoorden op: een rustige "
      "plek in de pauze, een juf of meester die echt luistert, en uitleg die je ook later nog eens kunt terugkijken. "
      "Die antwoorden nemen wij mee in het scholingsaanbod voor leerkrachten."),
    H2("2.2 Wettelijk kader"),
    P("De Wet op het primair onderwijs (artikel 18a) bepaalt wat een ondersteuningsplan ten minste moet bevatten en "
      "hoe het tot stand komt: met instemming van de ondersteuningsplanraad, na op overeenstemming gericht overleg met "
      "de gemeenten en overleg met het samenwerkingsverband voortgezet onderwijs. Het plan wordt vóór 1 mei aan de "
      "Inspectie van het Onderwijs toegezonden. De Inspectie houdt toezicht op het samenwerkingsverband en bezoekt ons "
      "ten minste eens in de vier jaar."),
    H1("3 Basisondersteuning"),
    NOTE("In het kort: Basisondersteuning is wat u van iedere school in De Brug mag verwachten. Wij hebben dat "
         "vastgelegd in twaalf afspraken."),
    P("Alle scholen in De Brug bieden hetzelfde minimale niveau van ondersteuning: de basisondersteuning. Dat niveau "
      "hebben de zeven besturen samen vastgesteld en het geldt voor iedere vestiging, groot of klein. Wat daarbinnen "
      "valt, kan ieder kind krijgen zonder tussenkomst van het samenwerkingsverband en zonder aparte aanvraag. De "
      "afspraken zijn gebaseerd op de vier onderdelen uit het landelijke referentiekader (basiskwaliteit, preventieve "
      "en licht curatieve interventies, een ondersteuningsstructuur en planmatig werken) en zijn in 2025 samen met "
      "de intern begeleiders concreet gemaakt."),
    TBL(["Nr.", "Afspraak basisondersteuning De Brug"],
        ["1", "De school voldoet aan de basiskwaliteit van de Inspectie."],
        ["2", "Iedere school heeft een intern begeleider met een opleiding op masterniveau of een daaraan gelijkwaardige opleiding."],
        ["3", "De school signaleert leer- en ontwikkelingsproblemen vroeg en werkt met groepsoverzichten en een groepsplan of plan van aanpak."],
        ["4", "De school voert het landelijke protocol leesproblemen en dyslexie uit en biedt dyslectische kinderen "
              "compenserende en dispenserende middelen, waaronder voorleessoftware."],
        ["5", "De school heeft een aanbod voor kinderen met rekenproblemen, inclusief de inzet van concreet materiaal en extra instructietijd."],
        ["6", "De school biedt meer- en hoogbegaafde kinderen een verrijkt en verdiept aanbod in de eigen groep."],
        ["7", "De school werkt met een methode voor sociaal-emotionele ontwikkeling en heeft een pestprotocol."],
        ["8", "De school kan korte, preventieve trainingen bieden, zoals een sociale-vaardigheidstraining of faalangsttraining."],
        ["9", "De school stelt een OPP op voor iedere leerling met een eigen leerlijn en bespreekt dat met de ouders."],
        ["10", "De school heeft een ondersteuningsteam waarin de onderwijsadviseur van De Brug en het lokale team deelnemen."],
        ["11", "De school heeft afspraken over medisch handelen en over de toegankelijkheid van het gebouw."],
        ["12", "De school kan per leerling tot vijf keer kosteloos consultatie vragen bij de orthopedagoog van De Brug."]),
    P("Scholen beschrijven in hun schoolgids hoe zij deze afspraken uitvoeren. Iedere twee jaar voeren de "
      "onderwijsadviseurs met elke school een 'basis-op-orde-gesprek' aan de hand van deze lijst. Als een school op "
      "een afspraak tekortschiet, maken school en bestuur binnen twee maanden een verbeterplan."),
    H1("4 Van basis tot speciaal: het ondersteuningscontinuüm"),
    NOTE("In het kort: Als de basisondersteuning niet genoeg is, is er meer mogelijk, eerst op de eigen school en "
         "als het moet op een andere plek."),
    P("Het ondersteuningscontinuüm van De Brug bestaat uit vier lagen die op elkaar aansluiten:"),
    UL("Laag 1 - basisondersteuning op iedere school (zie hoofdstuk 3).",
       "Laag 2 - extra ondersteuning op de eigen school. De school kan een arrangement krijgen voor een leerling of "
       "een groep leerlingen, bijvoorbeeld voor extra handen in de klas, begeleiding door een specialist of een "
       "aangepast lesprogramma. Scholen vragen arrangementen aan bij hun onderwijsadviseur.",
       "Laag 3 - bovenschoolse voorzieningen: de Plusklas voor hoogbegaafde kinderen (één dag per week, twee "
       "locaties), de Taalklas voor nieuwkomers in Oosterbrug, en de Kijkgroep voor jonge kinderen bij wie nog niet "
       "duidelijk is welke ondersteuning zij nodig hebben.",
       "Laag 4 - speciaal basisonderwijs (sbo De Wegwijzer) en speciaal onderwijs (so De Horizon, cluster 4; so "
       "De Klimop, cluster 3), en so-scholen buiten de regio voor kinderen met een zeer specifieke behoefte."),
    P("Tussen de lagen werken scholen samen. Het sbo en het so bieden ambulante begeleiding aan reguliere scholen, "
      "en leerkrachten van reguliere scholen kunnen een dag meelopen in het sbo of so. De Kijkgroep wordt samen met "
      "de kinderopvang en de jeugdgezondheidszorg georganiseerd. Ook werken wij met twee onderwijs-zorgarrangementen "
      "voor kinderen die naast onderwijs ook intensieve zorg nodig hebben, in samenwerking met een zorgaanbieder in "
      "Ommerveld."),
    H1("5 Samenwerking met gemeenten en jeugdhulp"),
    NOTE("In het kort: Onderwijs en jeugdhulp hebben elkaar nodig. Wij maken daar afspraken over met de gemeenten."),
    P("Met de drie gemeenten voeren wij jaarlijks op overeenstemming gericht overleg over de aansluiting tussen "
      "onderwijs en jeugdhulp. Iedere school heeft een vaste contactpersoon van het lokale team, die deelneemt aan "
      "het ondersteuningsteam van de school. Voor jeugdhulp onder schooltijd is een gezamenlijke regeling afgesproken: "
      "de gemeente betaalt de zorg, de school zorgt voor een passende ruimte en afstemming met het lesprogramma."),
    P("Thuiszitters verdienen bijzondere aandacht. Samen met de leerplichtambtenaren willen wij dat geen enkel kind "
      "thuis komt te zitten. De werkwijze daarvoor wordt in 2026 samen met de gemeenten uitgewerkt in een "
      "thuiszittersprotocol. Ook laten wij in de tweede helft van de planperiode onderzoeken of ons aanbod voor alle "
      "kinderen toereikend is; de uitkomsten daarvan volgen in een volgend jaarplan."),
    P("Andere OOGO-thema's zijn het leerlingenvervoer naar het sbo en so, de huisvesting van de Kijkgroep en de "
      "overgang van de voorschoolse educatie naar groep 1."),
    H1("6 Toelaatbaarheid"),
    NOTE("In het kort: Soms is een speciale school de beste plek. Daarvoor is een toelaatbaarheidsverklaring nodig."),
    P("De Brug geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het speciaal onderwijs. "
      "Hoe een aanvraag verloopt en welke criteria daarbij gelden, staat in de 'Handreiking Toelaatbaarheid De Brug "
      "2026', die het bestuur los van dit plan vaststelt en die u kunt downloaden van onze website. De handreiking "
      "wordt jaarlijks geactualiseerd."),
    H1("7 Terugplaatsing"),
    NOTE("In het kort: Wie naar het sbo of so gaat, kan later ook weer terug naar een gewone basisschool."),
    P("Wij vinden dat ieder kind in het speciaal (basis)onderwijs de kans moet krijgen om terug te keren naar een "
      "reguliere basisschool als dat in het belang van het kind is. Terugplaatsing is een doel, niet een uitzondering. "
      "Voorwaarden zijn dat het kind zich in het sbo of so zo heeft ontwikkeld dat het met ondersteuning op laag 2 "
      "in een reguliere groep kan functioneren, dat de ouders achter de overstap staan en dat er een basisschool is die "
      "het kind kan ontvangen, bij voorkeur in de eigen woonplaats. Een kind dat terugkeert, krijgt gedurende ten "
      "minste een schooljaar een terugplaatsingsarrangement: begeleiding door de eigen leerkracht van het sbo of so, "
      "extra uren voor de ontvangende school en een warme overdracht. De Brug bekostigt dit arrangement."),
    P("Een stappenplan voor terugplaatsing, met daarin wie het initiatief neemt, wanneer de evaluatiemomenten zijn en "
      "wie besluit, stellen wij in schooljaar 2026-2027 op samen met de sbo- en so-scholen."),
    H1("8 Geld en middelen"),
    NOTE("In het kort: Het meeste geld gaat naar de scholen en naar de kinderen die extra ondersteuning nodig hebben."),
    P("De Brug ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Een deel daarvan wordt direct "
      "ingehouden voor de bekostiging van het so (afdracht via DUO) en voor de groei van het sbo. Wat overblijft, "
      "verdelen wij volgens het verdeelmodel dat het bestuur op advies van de directeuren heeft vastgesteld."),
    H2("8.1 Verdeelmodel"),
    P("Het verdeelmodel kent drie onderdelen. (a) Schoolbudget: iedere school ontvangt een vaste voet van € 8.000 "
      "plus € 120 per leerling op de teldatum 1 oktober, voor de versterking van de basisondersteuning en voor "
      "arrangementen op laag 2 die de school zelf organiseert. (b) Arrangementenbudget: voor arrangementen die de "
      "mogelijkheden van het schoolbudget te boven gaan, kunnen scholen een aanvraag doen bij hun onderwijsadviseur; "
      "de Arrangementencommissie beslist binnen vier weken aan de hand van het groeidocument. (c) Voorzieningenbudget: "
      "de bovenschoolse voorzieningen van laag 3 worden rechtstreeks door De Brug bekostigd."),
    P("Scholen leggen in hun jaarverslag verantwoording af over de besteding van het schoolbudget; de controller van "
      "De Brug maakt daarvan jaarlijks een overzicht voor het bestuur en de OPR."),
    H2("8.2 Meerjarenbegroting"),
    TBL(["Bedragen in euro's", "2026", "2027", "2028", "2029"],
        ["Rijksbijdrage lichte ondersteuning", "1.520.000", "1.495.000", "1.470.000", "1.445.000"],
        ["Rijksbijdrage zware ondersteuning", "4.380.000", "4.310.000", "4.240.000", "4.170.000"],
        ["Totaal inkomsten", "5.900.000", "5.805.000", "5.710.000", "5.615.000"],
        ["Afdracht so (DUO) en groei sbo", "2.510.000", "2.480.000", "2.450.000", "2.420.000"],
        ["Schoolbudgetten", "1.480.000", "1.450.000", "1.420.000", "1.390.000"],
        ["Arrangementen laag 2 (aanvraag)", "640.000", "640.000", "640.000", "640.000"],
        ["Bovenschoolse voorzieningen (laag 3)", "420.000", "430.000", "440.000", "450.000"],
        ["Terugplaatsingsarrangementen", "60.000", "70.000", "80.000", "80.000"],
        ["Bureau en onderwijsadviseurs", "850.000", "860.000", "870.000", "880.000"],
        ["Totaal uitgaven", "5.960.000", "5.930.000", "5.900.000", "5.860.000"],
        ["Saldo", "-60.000", "-125.000", "-190.000", "-245.000"]),
    P("De tekorten worden gedekt uit de reserve, die eind 2025 ruim boven de signaleringswaarde lag. Aan het eind van "
      "de planperiode ligt de reserve op het niveau dat nodig is om de financiële risico's te dragen."),
    H1("9 Resultaten en kwaliteitszorg"),
    NOTE("In het kort: Wij willen weten of wat wij doen ook werkt. Daarom hebben wij doelen gesteld en volgen wij "
         "de resultaten."),
    P("Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld. Daarbij staat ook wat wij in de "
      "vorige planperiode hebben bereikt."),
    TBL(["Indicator", "Bereikt 2024-2025", "Doel 2029-2030"],
        ["Scholen die voldoen aan alle twaalf afspraken basisondersteuning", "78%", "100%"],
        ["Deelnamepercentage sbo (1 oktober)", "2,9%", "2,5%"],
        ["Deelnamepercentage so (1 oktober)", "1,8%", "1,6%"],
        ["Leerlingen dat na terugplaatsing een jaar later nog op de reguliere school zit", "80%", "90%"],
        ["Gemiddelde waardering ouders voor de ondersteuning (schaal 1-10)", "7,1", "7,5"],
        ["Arrangementen waarvan de doelen bij evaluatie zijn behaald", "64%", "75%"]),
    P("Hoe wij de resultaten volgen. De beleidsmedewerker kwaliteit verzamelt twee keer per jaar, op 1 oktober en "
      "op 1 maart, de gegevens uit het aanvraagsysteem, de leerlingtellingen van DUO en de evaluaties van "
      "arrangementen. Elke twee jaar houden wij een tevredenheidsonderzoek onder ouders en scholen. De uitkomsten "
      "worden besproken in het bestuur, in de OPR en in het directeurenoverleg, en gepubliceerd in het jaarverslag "
      "dat vóór 1 juli op de website verschijnt. Als een doel buiten bereik dreigt te raken, stelt het bureau "
      "verbeteracties voor. Zo werken wij in een vaste cyclus van plannen, uitvoeren, meten en bijsturen."),
    P("In het jaarverslag koppelen wij de resultaten aan de inzet van middelen: per laag laten wij zien hoeveel geld "
      "is besteed en wat dat heeft opgeleverd."),
    H1("10 Ouders"),
    NOTE("In het kort: Ouders zijn de eerste deskundigen van hun kind. Zij moeten weten wat er mogelijk is en waar zij "
         "terecht kunnen."),
    P("Informatie. Ouders vinden op de website van De Brug een ouderdeel met uitleg over basisondersteuning, "
      "arrangementen, de Plusklas, Taalklas en Kijkgroep en het speciaal (basis)onderwijs, met filmpjes en "
      "voorbeelden. Iedere school geeft in de schoolgids aan welke ondersteuning zij biedt. Bij de aanmelding op een "
      "basisschool ontvangen ouders de flyer 'Passend onderwijs in De Brug', en twee keer per jaar organiseren wij een "
      "ouderavond over een thema, zoals dyslexie of de overstap naar het voortgezet onderwijs."),
    P("Onafhankelijke ondersteuning. Heeft u vragen of loopt u vast in het contact met de school of met De Brug? Dan "
      "kunt u terecht bij het Ouderpunt, het ouder- en jeugdsteunpunt dat De Brug samen met het samenwerkingsverband "
      "voortgezet onderwijs heeft ondergebracht bij een onafhankelijke organisatie. Het Ouderpunt is gratis en werkt "
      "alleen in het belang van uw kind. U kunt ook contact opnemen met de Onderwijsconsulenten of met het landelijke "
      "informatiepunt Ouders & Onderwijs. Voor klachten en geschillen verwijzen wij naar de klachtenregeling van "
      "De Brug en de Geschillencommissie passend onderwijs."),
    P("Betrokkenheid. Ouders zijn betrokken bij het opstellen van het OPP en nemen deel aan het ondersteuningsteam. "
      "In de OPR hebben vier ouders zitting."),
    H1("11 Organisatie en medezeggenschap"),
    P("De Brug is een stichting met een raad van toezicht en een directeur-bestuurder. De zeven aangesloten "
      "schoolbesturen vormen de algemene vergadering, die onder meer de begroting en het ondersteuningsplan "
      "goedkeurt. De raad van toezicht heeft vijf leden, onder wie twee leden met een achtergrond in de jeugdzorg en "
      "de financiële sector."),
    P("De ondersteuningsplanraad telt acht leden, vier personeelsleden en vier ouders. De OPR heeft instemmingsrecht "
      "op het ondersteuningsplan. Het bestuur en de OPR overleggen ten minste vier keer per jaar. Het directeurenoverleg "
      "adviseert het bestuur over de uitvoering van het plan en komt zes keer per jaar bijeen."),
    P("De Brug neemt deel aan het regionale overleg met het samenwerkingsverband voortgezet onderwijs en met de twee "
      "aangrenzende samenwerkingsverbanden primair onderwijs. Met het vo zijn afspraken gemaakt over de overstap van "
      "leerlingen met een OPP en over een gezamenlijk ouder- en jeugdsteunpunt."),
    H1("12 Personeel en deskundigheid"),
    P("Goed passend onderwijs vraagt om deskundige leerkrachten. De Brug biedt jaarlijks een scholingsprogramma "
      "aan, met onder meer een cursus omgaan met gedrag, een netwerk hoogbegaafdheid, een netwerk voor intern "
      "begeleiders en intervisie voor startende leerkrachten. Het sbo en het so delen hun kennis via ambulante "
      "begeleiding en via open lesdagen."),
    P("De medewerkers van het bureau van De Brug zijn in dienst van de stichting. Er is een eigen "
      "personeelsgeleding in de medezeggenschapsraad van het bureau. Het functiebouwwerk is in 2025 herzien."),
    H1("13 ICT en privacy"),
    P("De Brug werkt met een digitaal groeidocument dat scholen, ouders en het bureau delen. Toegang is beveiligd met "
      "tweestapsverificatie. Wij verwerken alleen de persoonsgegevens die nodig zijn voor onze taken en bewaren "
      "dossiers niet langer dan drie jaar na het laatste besluit. Er is een privacyreglement en een functionaris "
      "gegevensbescherming. Ouders kunnen hun gegevens inzien en laten corrigeren."),
    P("In de planperiode vervangen wij het digitale groeidocument door een nieuwe versie die beter aansluit op de "
      "leerlingadministratie van de scholen. Scholen hoeven dan gegevens niet meer dubbel in te voeren. De overstap "
      "wordt voorbereid met een werkgroep van intern begeleiders en gebeurt in de zomer van 2027, zodat scholen bij "
      "de start van het schooljaar met het nieuwe systeem kunnen werken. Tot die tijd blijft het huidige systeem in "
      "gebruik en worden er geen nieuwe functies aan toegevoegd."),
    H1("Begrippenlijst"),
    TBL(["Begrip", "Uitleg"],
        ["Arrangement", "Een afgesproken pakket extra ondersteuning voor een leerling of groep."],
        ["Bezwaar", "Ouders en scholen kunnen bezwaar maken tegen een besluit over een TLV."],
        ["Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een toelaatbaarheidsverklaring."],
        ["Dekkend aanbod", "Voor ieder kind is er een passende plek."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Sbo", "Speciaal basisonderwijs."],
        ["So", "Speciaal onderwijs."],
        ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring: nodig voor plaatsing in het sbo of so; geldig voor een bepaalde duur."],
        ["Zorgplicht", "De plicht van een schoolbestuur om voor een aangemeld kind een passende plek te zoeken."]),
]
P3_HEADER = "Samen sterk voor elk kind - Ondersteuningsplan De Brug 2026-2030"
P3_FOOTER = "SWV De Brug PO 28-03 | www.swvdebrug.nl"

# =====================================================================================
# Plan 4 - VO, .pdf (rendered from docx) - SWV Voortgezet Onderwijs Westkust (VO 27-05).
# "Kaderplan in tabellen": nearly all content in tables. Finance and parents not in this plan.
# =====================================================================================
P4 = [
    T("Ondersteuningsplan 2026-2030 in tabellen"),
    T("Samenwerkingsverband Voortgezet Onderwijs Westkust (VO 27-05)"),
    P("Kaderplan passend onderwijs voor de planperiode 1 augustus 2026 - 31 juli 2030. Instemming OPR: 3 maart 2026. "
      "OOGO gemeenten: 19 februari 2026. Vastgesteld door het bestuur: 16 maart 2026."),
    BR(),
    TOC("0 Leeswijzer",
        "1 Kerngegevens",
        "2 Visie en opdracht",
        "3 Ondersteuningsstructuur en basisondersteuning",
        "4 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
        "5 Terugplaatsing en overstap",
        "6 Dekkend aanbod",
        "7 Doelen en monitoring",
        "8 Samenwerking met gemeenten en ketenpartners",
        "9 Organisatie en medezeggenschap",
        "10 Personeel, kennis en ICT",
        "11 Planning",
        "Afkortingen"),
    BR(),
    H1("0 Leeswijzer"),
    P("Dit ondersteuningsplan is een kaderplan. Wij hebben ervoor gekozen de afspraken zo veel mogelijk in "
      "overzichtelijke tabellen weer te geven, zodat schoolleiders, ondersteuningscoördinatoren, ouders en "
      "ketenpartners snel kunnen vinden wat zij zoeken. Elk hoofdstuk opent met een korte toelichting, gevolgd door "
      "een of meer tabellen. De uitwerking van de kaders in activiteiten gebeurt in het jaarplan van het "
      "samenwerkingsverband, dat elk jaar in juni wordt vastgesteld."),
    P("Niet alles staat in dit plan. De begroting, de meerjarenbegroting en het verdeelmodel van het "
      "samenwerkingsverband zijn geen onderdeel van dit kaderplan; het bestuur stelt deze documenten jaarlijks "
      "afzonderlijk vast en publiceert ze op www.swvwestkust.nl/documenten. Ook de communicatie met ouders en "
      "leerlingen wordt in een afzonderlijk communicatieplan beschreven."),
    H2("0.1 Wettelijk kader en totstandkoming"),
    TBL(["Onderdeel", "Grondslag", "Stand van zaken"],
        ["Vaststelling ondersteuningsplan, ten minste eens per vier jaar", "Wet voortgezet onderwijs 2020",
         "Vastgesteld 16 maart 2026"],
        ["Instemming ondersteuningsplanraad", "Wet medezeggenschap op scholen, art. 14a", "Verkregen 3 maart 2026"],
        ["Op overeenstemming gericht overleg gemeenten", "Wet voortgezet onderwijs 2020; Jeugdwet", "Gevoerd 19 februari 2026"],
        ["Overleg samenwerkingsverband po", "Wet voortgezet onderwijs 2020", "Gevoerd 28 januari 2026"],
        ["Toezending Inspectie", "Vóór 1 mei", "Verzonden 20 maart 2026"]),
    P("Het plan is voorbereid door een werkgroep van vier ondersteuningscoördinatoren, twee schoolleiders, de "
      "directeur van een vso-school en twee beleidsmedewerkers van het bureau. De werkgroep kwam tussen mei 2025 en "
      "januari 2026 negen keer bijeen. Tussentijds zijn conceptteksten voorgelegd aan het schoolleidersoverleg, aan "
      "de ondersteuningsplanraad en aan de beleidsmedewerkers onderwijs en jeugd van de vier gemeenten. De belangrijkste "
      "wijziging ten opzichte van het vorige plan is de keuze voor een compact kaderplan met tabellen in plaats van een "
      "uitgebreid beleidsdocument: de vorige versie telde meer dan honderd pagina's en werd in de praktijk weinig "
      "geraadpleegd."),
    H1("1 Kerngegevens"),
    P("Het samenwerkingsverband omvat het voortgezet onderwijs in vier kustgemeenten. De tabel geeft de "
      "belangrijkste kengetallen op de teldatum 1 oktober 2025."),
    TBL(["Kengetal", "Waarde"],
        ["Aangesloten schoolbesturen", "7"],
        ["Vestigingen regulier vo / pro / vso", "14 / 2 / 3"],
        ["Leerlingen regulier vo", "11.870"],
        ["Leerlingen met aanwijzing lwoo", "1.210"],
        ["Leerlingen praktijkonderwijs", "455"],
        ["Leerlingen vso (woonachtig in de regio)", "402"],
        ["Deelnamepercentage vso", "3,2% (landelijk 3,6%)"],
        ["Afgegeven TLV's vso 2024-2025", "131"],
        ["Terugplaatsingen vso naar regulier vo 2024-2025", "11"],
        ["Thuiszitters > 4 weken (1 oktober 2025)", "19"],
        ["Leerlingen met vrijstelling art. 5a Leerplichtwet", "14"]),
    P("Het aantal leerlingen in de regio daalt tot 2031 met ongeveer acht procent. De krimp is het sterkst in de "
      "twee noordelijke gemeenten. Het aantal aanvragen voor een TLV is de laatste drie jaar juist licht gestegen, "
      "vooral bij jongeren met psychische problematiek."),
    H1("2 Visie en opdracht"),
    P("Iedere jongere in de Westkust krijgt onderwijs dat past, op een school zo dicht mogelijk bij huis, en "
      "maakt een ononderbroken ontwikkeling door van de basisschool tot en met de overstap naar mbo, hbo of werk. Dat "
      "is onze wettelijke opdracht en onze ambitie. Wij gaan uit van wat een jongere kan en nodig heeft, niet van "
      "labels. Scholen zijn samen verantwoordelijk voor alle jongeren in de regio; het samenwerkingsverband faciliteert, "
      "verbindt en beslist waar de wet dat vraagt."),
    TBL(["Uitgangspunt", "Wat betekent het?"],
        ["Regulier waar het kan", "Extra ondersteuning wordt eerst in de reguliere school georganiseerd."],
        ["Snel en dichtbij", "Geen wachttijden bij het Loket; de consulent komt naar de school."],
        ["Eén jongere, één plan", "Onderwijs en jeugdhulp werken vanuit één ontwikkelingsperspectief."],
        ["Samen verantwoordelijk", "Besturen delen de zorgplicht; geen enkele jongere valt tussen wal en schip."],
        ["Meten is weten", "Wij volgen systematisch of onze aanpak werkt (hoofdstuk 7)."]),
    P("De visie is in 2025 getoetst in vier dialoogsessies met schoolleiders en ondersteuningscoördinatoren. "
      "Daarin kwam naar voren dat scholen vooral behoefte hebben aan snelheid en voorspelbaarheid: een school wil weten "
      "waar zij aan toe is als zij een jongere aanmeldt bij het Loket. Ook werd gevraagd om meer aandacht voor de "
      "mentor, die in het voortgezet onderwijs de spil is van de begeleiding. Beide punten zijn verwerkt in de "
      "uitgangspunten en in de procedures in hoofdstuk 4. Daarnaast willen scholen dat het samenwerkingsverband "
      "zich uitspreekt over de spanning tussen inclusie en de belastbaarheid van docenten. Wij kiezen hier voor een "
      "nuchtere lijn: wij verwachten veel van scholen, maar niet het onmogelijke, en wij zorgen dat de expertise van "
      "het vso en de tussenvoorzieningen beschikbaar is voor de reguliere vestigingen."),
    H1("3 Ondersteuningsstructuur en basisondersteuning"),
    P("De ondersteuning in de Westkust is opgebouwd in vijf niveaus. Niveau 1 en 2 zijn de verantwoordelijkheid van de "
      "school, niveau 3 tot en met 5 worden via het samenwerkingsverband georganiseerd."),
    H2("3.1 Basisondersteuning"),
    P("Basisondersteuning is het niveau van ondersteuning dat de zeven besturen hebben afgesproken en dat op elke "
      "vestiging in de Westkust beschikbaar is voor iedere leerling, zonder tussenkomst van het samenwerkingsverband. "
      "Wij hanteren de vier onderdelen van het landelijke referentiekader:"),
    TBL(["Onderdeel", "Afspraak in de Westkust"],
        ["Basiskwaliteit", "De school voldoet aan de eisen van de Inspectie van het Onderwijs."],
        ["Preventieve en licht curatieve interventies", "De school biedt interventies die passen bij haar "
         "leerlingpopulatie; welke dat zijn beschrijft zij in haar schoolondersteuningsprofiel."],
        ["Onderwijsondersteuningsstructuur", "De school heeft een ondersteuningsstructuur ingericht; de invulling "
         "staat in het schoolondersteuningsprofiel."],
        ["Planmatig werken", "De school werkt handelingsgericht en planmatig."]),
    P("De concrete invulling van de basisondersteuning verschilt per school en is te vinden in het "
      "schoolondersteuningsprofiel van iedere school op de website van die school."),
    H2("3.2 Het ondersteuningscontinuüm"),
    TBL(["Niveau", "Omschrijving", "Voorzieningen", "Toegang"],
        ["1", "Basisondersteuning", "Zie 3.1", "Iedere leerling"],
        ["2", "Extra ondersteuning in de school", "Ondersteuningsklassen (4 vestigingen), trajectvoorziening, "
         "plusprogramma, lwoo-klassen, faalangst- en examenvreesbegeleiding", "Besluit school (lwoo na aanwijzing)"],
        ["3", "Bovenschoolse tijdelijke voorzieningen", "Rebound Westkust (max. 13 weken), OPDC De Duinen "
         "(max. 1 schooljaar), schakelklas nieuwkomers", "Aanmelding via het Loket"],
        ["4", "Onderwijs-zorgarrangementen", "Kustlicht (onderwijs en GGZ-behandeling, 24 plaatsen), "
         "zorgleerroute voor jongeren met een vrijstelling", "Loket + gemeente"],
        ["5", "Speciaal en praktijkonderwijs", "Vso cluster 3 (1 school), vso cluster 4 (2 scholen), "
         "praktijkonderwijs (2 scholen), vso buiten de regio", "TLV vso / toelaatbaarheid pro"]),
    H2("3.3 Specifieke doelgroepen"),
    TBL(["Doelgroep", "Aanbod in de regio", "Afspraak"],
        ["Hoogbegaafde leerlingen", "Plusprogramma op 5 vestigingen; regionale HB-klas (havo/vwo, 1 dag per week)",
         "Aanmelding door school via Loket; toelating na intake"],
        ["Nieuwkomers 12-18 jaar", "Schakelklas nieuwkomers Duinwijk (ISK-route)", "Doorstroom naar regulier na "
         "gemiddeld 2 jaar; begeleiding door ISK-mentor"],
        ["Jongeren met een chronische ziekte", "Consulenten onderwijsondersteuning zieke leerlingen; afstandsonderwijs",
         "Inzet binnen 2 weken na melding"],
        ["Jonge moeders / zwangere leerlingen", "Maatwerkrooster op eigen school", "Afstemming met jeugdhulp"],
        ["Jongeren met een vrijstelling", "Zorgleerroute (niveau 4)", "Jaarlijkse herbeoordeling met leerplicht"]),
    H1("4 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
    P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
      "aanwijzing voor lwoo. De Commissie Toewijzing (CT) neemt deze besluiten namens het bestuur. De CT bestaat uit "
      "een voorzitter (consulent), een orthopedagoog-generalist en een GZ-psycholoog."),
    P("Het Loket is voor scholen het vaste aanspreekpunt. Iedere vestiging heeft een eigen consulent, die minimaal "
      "eens per maand op school aanwezig is en aansluit bij het zorg- en adviesteam. Scholen worden aangemoedigd de "
      "consulent vroeg te betrekken, ruim voordat een aanvraag aan de orde is. In de praktijk blijkt dat veel "
      "vragen dan al op niveau 2 of 3 kunnen worden opgelost. De Commissie Toewijzing werkt met vaste "
      "vergaderdata, twee keer per maand, en in spoedsituaties met een digitale afhandeling."),
    H2("4.1 Procedure TLV vso"),
    TBL(["Stap", "Wat", "Wie", "Termijn"],
        ["1", "Bespreking in het zorg- en adviesteam van de school; vaststellen dat niveau 1-4 onvoldoende is",
         "School", "-"],
        ["2", "Aanvraag TLV met groeidocument, OPP en evaluatie van de geboden ondersteuning", "Bevoegd gezag van de "
         "school van inschrijving of aanmelding", "Het hele jaar"],
        ["3", "Ontvankelijkheidstoets", "Loket", "Binnen 5 werkdagen"],
        ["4", "Twee afzonderlijke schriftelijke deskundigenadviezen: orthopedagoog of psycholoog + tweede deskundige "
         "afhankelijk van de jongere (bv. kinder- en jeugdpsychiater, maatschappelijk werker, arts)",
         "Onafhankelijke deskundigen, niet betrokken bij de aanvraag", "Binnen 3 weken"],
        ["5", "Besluit toelaatbaarheid, geldigheidsduur en bekostigingscategorie", "Commissie Toewijzing",
         "Binnen 6 weken na ontvankelijkheid"],
        ["6", "Verzending besluit met deskundigenadviezen; TLV met volgnummer aan vso-school", "Loket",
         "Binnen 3 werkdagen na besluit"]),
    H2("4.2 Criteria TLV vso"),
    TBL(["Criterium", "Toelichting"],
        ["1. Ondersteuningsbehoefte overstijgt niveau 1-4", "Aantoonbaar is dat de ondersteuning op niveau 2 en 3 "
         "gedurende ten minste zes maanden is ingezet en geëvalueerd, zonder voldoende resultaat."],
        ["2. Intensieve, langdurige behoefte", "De jongere heeft op meerdere domeinen (leren, gedrag, "
         "sociaal-emotioneel, fysiek/medisch) een intensieve behoefte die naar verwachting langer dan een jaar duurt."],
        ["3. Specifieke expertise vso nodig", "De benodigde expertise, groepsgrootte of structuur is alleen in het vso "
         "beschikbaar en kan niet via een arrangement in het regulier vo worden geboden."],
        ["4. Perspectief", "Het OPP laat zien dat de jongere in het vso een passend uitstroomperspectief heeft "
         "(vervolgonderwijs, arbeid of dagbesteding)."]),
    P("Een TLV wordt toegekend als aan criterium 1 en ten minste twee van de criteria 2 tot en met 4 is voldaan."),
    H2("4.3 Geldigheid en bekostigingscategorie"),
    TBL(["Situatie", "Geldigheidsduur", "Categorie"],
        ["Gedrags- of psychiatrische problematiek, zeer moeilijk lerend", "2 schooljaren", "Laag"],
        ["Langdurig ziek of lichamelijke beperking", "3 schooljaren", "Midden"],
        ["Meervoudige beperking (EMB)", "Tot einde vso-loopbaan", "Hoog"],
        ["Spoedplaatsing / observatie", "Max. 6 maanden", "Laag"]),
    H2("4.4 Lwoo en pro"),
    TBL(["Onderwerp", "Lwoo", "Praktijkonderwijs"],
        ["Wie vraagt aan", "Ontvangende vo-school", "Ontvangende pro-school"],
        ["Termijn aanvraag groep 8", "Vóór 1 maart", "Vóór 1 maart"],
        ["Criteria", "Landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op ten minste één van "
         "de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen of spellen; of IQ 91-120 met een "
         "leerachterstand en sociaal-emotionele problematiek", "Landelijke criteria: IQ 55-80 en een leerachterstand "
         "van ten minste 3 jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
        ["Besluit", "CT binnen 4 weken", "CT binnen 4 weken, na deskundigenadvies"],
        ["Duur", "Gehele opleiding", "Gehele opleiding"]),
    H1("5 Terugplaatsing en overstap"),
    P("Ook jongeren in het vso kunnen weer naar het regulier voortgezet onderwijs. Tabel 5.1 geeft de procedure "
      "bij het aflopen van een TLV. Het terugplaatsingsbeleid, met de doelen, de voorwaarden en de begeleiding na "
      "terugkeer, wordt in schooljaar 2026-2027 samen met de vso-scholen herijkt en daarna als aanvulling op dit plan "
      "ter instemming aan de OPR voorgelegd."),
    TBL(["Stap", "Wat", "Wie", "Wanneer"],
        ["1", "Jaarlijkse evaluatie OPP, met expliciete vraag of terugplaatsing of overplaatsing mogelijk is",
         "Vso-school (commissie van begeleiding)", "Uiterlijk 1 maart van ieder schooljaar"],
        ["2", "Melding aan het Loket van jongeren van wie de TLV aan het einde van het schooljaar afloopt",
         "Vso-school", "Uiterlijk 1 november van het laatste TLV-jaar"],
        ["3", "Overstapoverleg: vso-school, consulent Loket, beoogde ontvangende vo-school", "Consulent Loket (regie)",
         "Uiterlijk 1 april van het laatste TLV-jaar"],
        ["4", "Besluit: terugplaatsing naar regulier vo, overplaatsing naar ander vso of aanvraag nieuwe TLV",
         "Commissie Toewijzing", "Uiterlijk 15 mei"],
        ["5", "Inschrijving op ontvangende school en overdracht dossier", "Ontvangende vo-school", "Vóór 1 juli"],
        ["6", "Evaluatie van de overstap", "Consulent Loket met ontvangende school", "Na 3 en na 12 maanden"]),
    H2("5.2 Overstap po-vo en vo-mbo"),
    P("Naast terugplaatsing vanuit het vso kent de schoolloopbaan twee andere belangrijke overgangen: de overstap van "
      "de basisschool naar het voortgezet onderwijs en de doorstroom naar mbo, hbo of werk. Deze overgangen vallen "
      "niet onder de terugplaatsingsprocedure, maar vragen wel om afspraken tussen scholen."),
    TBL(["Overgang", "Afspraak", "Wanneer"],
        ["Groep 8 naar vo", "Warme overdracht voor iedere leerling met een OPP of een aanvraag lwoo/pro, via het "
         "regionale overstapdossier", "Vóór 15 april"],
        ["Groep 8 naar vso", "Overdrachtsgesprek so/sbo-school en vso-school", "Vóór 1 juni"],
        ["Vmbo/pro/vso naar mbo", "Doorstroomgesprek en overdrachtsdocument voor leerlingen met extra ondersteuning",
         "Vóór 1 mei van het examenjaar"],
        ["Vso/pro naar arbeid", "Nazorg door de school tot een jaar na uitstroom", "Doorlopend"]),
    H1("6 Dekkend aanbod"),
    P("Het samenwerkingsverband brengt ieder jaar in kaart of het aanbod dekkend is. Bronnen zijn de "
      "thuiszittersregistratie van de leerplichtambtenaren, de wachtlijsten van de voorzieningen op niveau 3 tot en met "
      "5, de meldingen van scholen die binnen de zorgplichttermijn geen passende plek vonden en de "
      "aanbodsanalyse van de vso-scholen. Het bestuur bespreekt de analyse in januari en stelt maatregelen vast."),
    TBL(["Signaal (analyse 2025)", "Wat ontbreekt", "Maatregel", "Gereed"],
        ["19 thuiszitters, van wie 11 met angst- of stemmingsklachten", "Tussenvoorziening met behandeling dicht bij "
         "huis", "Uitbreiding Kustlicht met 8 plaatsen op tweede locatie", "1 augustus 2027"],
        ["Wachtlijst vso cluster 4: gemiddeld 9 weken", "Voldoende vso-plaatsen", "Tijdelijke vso-groep op "
         "reguliere vestiging (nevenvestiging)", "1 augustus 2026"],
        ["5 zorgplichtmeldingen zonder plek binnen 10 weken", "Snelle escalatie", "Plaatsingstafel met "
         "doorzettingsmacht directeur-bestuurder: besluit binnen 4 weken", "Per direct"],
        ["Nieuwkomers 16+", "Route naar mbo", "Schakelklas nieuwkomers uitbreiden met een entreegroep", "1 januari 2027"]),
    P("Thuiszitters worden binnen twee weken na melding besproken in het thuiszittersoverleg met leerplicht, "
      "jeugdhulp en school. De consulent van het Loket is casusregisseur tot de jongere weer onderwijs volgt."),
    H1("7 Doelen en monitoring"),
    P("Onze beoogde resultaten voor de planperiode staan in tabel 7.1. In tabel 7.2 staat hoe wij meten of wij die "
      "resultaten halen."),
    H2("7.1 Beoogde resultaten"),
    TBL(["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2029-2030"],
        ["Minder thuiszitters", "Thuiszitters > 4 weken op 1 oktober", "19", "Maximaal 8"],
        ["Snelle toewijzing", "Doorlooptijd TLV-aanvraag (gemiddeld)", "5,8 weken", "Maximaal 4 weken"],
        ["Thuisnabij onderwijs", "Deelnamepercentage vso", "3,2%", "3,0%"],
        ["Effectieve tussenvoorzieningen", "Leerlingen dat na OPDC/Rebound binnen 1 jaar regulier onderwijs volgt",
         "71%", "85%"],
        ["Tevreden scholen", "Waardering scholen voor het Loket (1-10)", "7,0", "7,8"]),
    H2("7.2 Monitoring"),
    TBL(["Wat", "Bron / instrument", "Frequentie", "Rapportage aan"],
        ["Kengetallen (deelname, TLV's, doorlooptijden)", "Registratiesysteem Loket, DUO-tellingen", "Per kwartaal",
         "Bestuur; jaarlijks OPR"],
        ["Thuiszitters en vrijstellingen", "Leerplichtregistratie", "Maandelijks", "Thuiszittersoverleg; bestuur"],
        ["Effect voorzieningen niveau 3-4", "Uitstroomregistratie OPDC, Rebound, Kustlicht", "Halfjaarlijks",
         "Bestuur; schoolleidersoverleg"],
        ["Tevredenheid", "Enquête onder scholen", "Tweejaarlijks", "Bestuur; OPR"],
        ["Totale voortgang plan", "Jaarverslag met evaluatie doelen", "Jaarlijks vóór 1 juli", "Bestuur, OPR, "
         "gemeenten, website"]),
    P("Blijft een indicator twee metingen achter ten opzichte van het verwachte verloop, dan stelt de "
      "directeur-bestuurder een verbeterplan op dat in het bestuur wordt besproken."),
    H1("8 Samenwerking met gemeenten en ketenpartners"),
    P("De samenwerking met de vier gemeenten is vastgelegd in de regionale agenda onderwijs-jeugd. Het OOGO over dit "
      "plan vond plaats op 19 februari 2026."),
    TBL(["Thema", "Afspraak", "Trekker"],
        ["Onderwijs-zorgarrangementen", "Gezamenlijke inrichting Kustlicht; zorg in onderwijstijd via convenant",
         "SWV + gemeente Duinwijk"],
        ["Thuiszitters", "Thuiszittersoverleg maandelijks; doorzettingsmacht bij directeur-bestuurder", "SWV + leerplicht"],
        ["Jeugdhulp op school", "Schoolmaatschappelijk werk op elke vestiging, 8 uur per week per 1.000 leerlingen",
         "Gemeenten"],
        ["Leerlingenvervoer", "Afstemming bij plaatsing in vso buiten de regio", "Gemeenten"],
        ["Overgang vo-mbo", "Gezamenlijke aanpak voortijdig schoolverlaten met het RMC", "RMC-regio"]),
    P("De samenwerking met de gemeenten is de afgelopen jaren sterk verbeterd. Waar vroeger vooral over geld en "
      "vervoer werd gesproken, gaat het gesprek nu vaker over jongeren: wat heeft een jongere nodig, en wie zorgt "
      "ervoor dat het er komt? In de planperiode willen wij samen met de gemeenten de jeugdhulp op school verder "
      "uitbouwen, zodat jongeren en docenten niet eerst een verwijzing nodig hebben voordat er hulp kan worden "
      "geboden. De afspraken daarover worden vastgelegd in de jaarlijkse uitvoeringsagenda."),
    H1("9 Organisatie en medezeggenschap"),
    P("Het samenwerkingsverband is een stichting met een toezichthoudend bestuur (de bestuurders van de zeven "
      "aangesloten schoolbesturen) en een directeur-bestuurder. Het bureau is gevestigd in Duinwijk."),
    TBL(["Orgaan", "Samenstelling", "Taken"],
        ["Toezichthoudend bestuur", "7 bestuurders van de aangesloten besturen + 1 onafhankelijk voorzitter",
         "Toezicht, goedkeuring ondersteuningsplan, jaarplan en jaarverslag"],
        ["Directeur-bestuurder", "1", "Bestuur en leiding bureau en Loket"],
        ["Commissie Toewijzing", "Consulent (vz), orthopedagoog, GZ-psycholoog", "Besluiten TLV, lwoo, pro"],
        ["Schoolleidersoverleg", "Schoolleiders alle vestigingen", "Advies over beleid en uitvoering"],
        ["Ondersteuningsplanraad", "12 leden, afgevaardigd uit de medezeggenschapsraden", "Instemming ondersteuningsplan"],
        ["Loket", "4 consulenten, 2 orthopedagogen, administratie", "Ingang voor alle aanvragen van scholen"]),
    H1("10 Personeel, kennis en ICT"),
    TBL(["Onderwerp", "Afspraak"],
        ["Professionalisering", "Netwerk ondersteuningscoördinatoren (5x per jaar); leergang mentoraat; scholing "
         "signaleren psychische problemen voor alle mentoren in 2026-2028"],
        ["Kennisdeling", "Vso-scholen bieden ambulante begeleiding en consultatie aan reguliere vestigingen"],
        ["Personeel bureau", "14 medewerkers (11,2 fte); eigen personeelsgeleding in de MR van het bureau"],
        ["ICT", "Nieuw aanvraag- en registratiesysteem per 1 januari 2027"],
        ["Privacy", "Verwerkingsregister, functionaris gegevensbescherming, bewaartermijn dossiers 3 jaar na besluit"]),
    H2("10.1 Kwaliteitscultuur en governance"),
    P("Het bestuur onderschrijft de Code Goed Bestuur van de VO-raad. Er is een scheiding tussen bestuur en "
      "intern toezicht: het toezichthoudend bestuur houdt toezicht op de directeur-bestuurder en keurt de belangrijkste "
      "besluiten goed. Jaarlijks evalueert het toezichthoudend bestuur zijn eigen functioneren, eens in de drie jaar met "
      "een externe begeleider. Het bureau werkt met een jaarplan dat is afgeleid van dit kaderplan; de voortgang wordt "
      "per kwartaal besproken in het managementoverleg."),
    P("Wij willen een lerende organisatie zijn. Dat betekent dat wij casuïstiek gebruiken om procedures te verbeteren: "
      "na iedere complexe casus, bijvoorbeeld een jongere die lang thuiszat of een plaatsing die misliep, houdt het "
      "Loket een korte nabespreking met de betrokken school. De lessen daaruit worden twee keer per jaar in het "
      "schoolleidersoverleg gedeeld. Ook bezoeken consulenten elkaars gesprekken op scholen en geven zij elkaar "
      "feedback."),
    P("Het bureau is gevestigd in een verduurzaamd pand in Duinwijk, dat wordt gedeeld met de leerplichtafdeling van "
      "de gemeente en het Regionaal Meld- en Coördinatiepunt. Die nabijheid maakt korte lijnen mogelijk. De "
      "medewerkers van het Loket werken daarnaast een groot deel van de week op de vestigingen zelf."),
    P("Personeel. De kwaliteit van de ondersteuning hangt af van de mensen die haar bieden. Het samenwerkingsverband "
      "investeert daarom in de consulenten en orthopedagogen van het Loket, die ieder jaar ten minste vijftig uur aan "
      "professionalisering besteden, en in de ondersteuningscoördinatoren van de scholen, voor wie een tweejarige "
      "leergang is ontwikkeld samen met een hogeschool. De docenten van het OPDC en Rebound Westkust zijn in dienst "
      "van een van de aangesloten besturen en worden gedetacheerd bij het samenwerkingsverband. Voor hen geldt een "
      "eigen scholingsplan, gericht op traumasensitief lesgeven en het begeleiden van jongeren met "
      "schoolverzuim."),
    P("Kennis. Het samenwerkingsverband doet mee aan het regionale kenniscentrum passend onderwijs, waarin drie "
      "samenwerkingsverbanden, een hogeschool en een universitair onderzoeksinstituut samenwerken. In de planperiode "
      "loopt daar onderzoek naar de effecten van tussenvoorzieningen op de schoolloopbaan van jongeren; de uitkomsten "
      "worden gebruikt bij de evaluatie van de ondersteuningsstructuur in 2028-2029."),
    H1("11 Planning"),
    TBL(["Schooljaar", "Mijlpalen"],
        ["2026-2027", "Tijdelijke vso-groep open; herijking terugplaatsingsbeleid; nieuw registratiesysteem"],
        ["2027-2028", "Uitbreiding Kustlicht; tussenevaluatie doelen"],
        ["2028-2029", "Evaluatie ondersteuningsstructuur en Loket"],
        ["2029-2030", "Eindevaluatie; voorbereiding ondersteuningsplan 2030-2034"]),
    H1("Afkortingen"),
    TBL(["Afkorting", "Betekenis"],
        ["CT", "Commissie Toewijzing"],
        ["EMB", "Ernstig meervoudig beperkt"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief(plan)"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"]),
]
P4_HEADER = "SWV VO Westkust | Ondersteuningsplan 2026-2030"
P4_FOOTER = "Kaderplan passend onderwijs - tabellen"

# =====================================================================================
# Plan 5 - PO, .html web version - SWV Passend Primair Onderwijs Duin en Polder (PO 27-02).
# One-page web edition with navigation menu, 'Geld en middelen', glossary as <dl>.
# =====================================================================================
P5_NAV = [("Home", "welkom"), ("Over ons", "over-ons"), ("Koers", "koers"), ("Basisondersteuning", "ondersteuning"),
          ("Toelaatbaarheid", "tlv"), ("Terug naar de basisschool", "terug"), ("Dekkend aanbod", "speerpunten"),
          ("Geld en middelen", "geld"), ("Resultaten", "resultaten"), ("Voor ouders", "ouders"),
          ("Organisatie", "organisatie"), ("Begrippen", "begrippen")]
P5 = [
    T("Ondersteuningsplan 2026-2030 - webversie"),
    P("Samenwerkingsverband Passend Primair Onderwijs Duin en Polder (PO 27-02). Dit is de webversie van ons "
      "ondersteuningsplan. De tekst is gelijk aan de vastgestelde versie; alleen de opmaak is aangepast voor de website. "
      "Laatst bijgewerkt: 2 april 2026."),
    H1("Welkom|welkom"),
    P("Welkom bij het ondersteuningsplan van Duin en Polder. In dit plan beschrijven wij hoe de 46 basisscholen, de "
      "school voor speciaal basisonderwijs en de drie so-scholen in onze regio samenwerken, zodat ieder kind de "
      "ondersteuning krijgt die het nodig heeft. Wij hebben het plan bewust kort gehouden: het is een plan op "
      "hoofdlijnen. De uitwerking volgt in onze jaarplannen, die wij ieder jaar in juli op deze website zetten."),
    P("Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het is vastgesteld door het algemeen "
      "bestuur op 25 maart 2026, na instemming van de ondersteuningsplanraad op 11 maart 2026. Over het concept is op "
      "overeenstemming gericht overleg gevoerd met de colleges van burgemeester en wethouders van de vijf gemeenten in "
      "ons gebied (17 februari 2026) en overleg met het samenwerkingsverband voortgezet onderwijs (3 februari 2026)."),
    H2("Wat is er veranderd sinds het vorige plan?"),
    P("Sinds het vorige ondersteuningsplan is er landelijk veel in beweging gekomen. De minister heeft een "
      "verbeteraanpak voor passend onderwijs gepresenteerd, met maatregelen over onder meer de reserves van "
      "samenwerkingsverbanden, de positie van ouders en leerlingen en de samenwerking met de jeugdhulp. Er komt een "
      "wet die ouders en leerlingen een sterkere positie geeft, met onder meer hoorrecht voor leerlingen bij het "
      "ontwikkelingsperspectief. En er wordt gewerkt aan een landelijke norm voor de basisondersteuning. Wij hebben "
      "ervoor gekozen dit plan zo in te richten dat wij die landelijke ontwikkelingen in de jaarplannen kunnen "
      "verwerken, zonder dat het hele plan opnieuw hoeft te worden vastgesteld."),
    P("Ook in onze eigen regio is veel veranderd. Twee schoolbesturen zijn gefuseerd, het aantal leerlingen in de "
      "kustdorpen is gedaald en de wachttijden in de jeugdhulp zijn opgelopen. Daarnaast hebben wij in 2024 een nieuwe "
      "directeur gekregen en is het bureau verhuisd naar het onderwijscentrum in Polderhaven."),
    H1("Over ons|over-ons"),
    P("Duin en Polder is een vereniging van negen schoolbesturen. Samen hebben zij 46 basisscholen, één school voor "
      "speciaal basisonderwijs (De Tweede Kans, met twee locaties) en drie so-scholen. Ruim 11.300 kinderen gaan in "
      "onze regio naar school. De regio bestaat uit een kustgebied met toeristische dorpen en een agrarisch "
      "polderlandschap. Die verschillen zie je terug in de scholen: van grote scholen met meer dan vierhonderd "
      "leerlingen tot dorpsscholen met drie combinatiegroepen."),
    P("Het bureau van Duin en Polder is klein: een directeur, een secretaris van de commissie toelaatbaarheid, "
      "drie onderwijsadviseurs, een orthopedagoog en een medewerker financiën en administratie. Wij zijn gehuisvest "
      "in het onderwijscentrum in Polderhaven. De onderwijsadviseurs werken vooral op de scholen zelf."),
    H1("Onze koers|koers"),
    P("Ons motto is 'Elk kind telt, elke school doet mee'. Wij geloven dat kinderen het best opgroeien in hun eigen "
      "omgeving, met vriendjes uit de buurt en op een school die hen kent. Daarom willen wij dat ondersteuning zo veel "
      "mogelijk op de eigen school plaatsvindt. Als een kind tijdelijk meer nodig heeft dan een reguliere school kan "
      "bieden, dan is het speciaal (basis)onderwijs er. Maar wij blijven kijken of het kind daarna weer terug kan."),
    P("Wij werken vanuit vertrouwen in de professionals op de scholen. Schoolbesturen zijn zelf verantwoordelijk voor "
      "goed onderwijs en voor de ondersteuning op hun scholen; het samenwerkingsverband stelt kaders, verdeelt middelen "
      "en beslist over toelaatbaarheid. Wij streven naar zo weinig mogelijk bureaucratie: een formulier invullen mag "
      "nooit belangrijker worden dan het gesprek over het kind."),
    P("Voor de planperiode hebben wij vier speerpunten gekozen: de basisondersteuning, het dekkend aanbod, "
      "terugplaatsing en informatie voor ouders. De speerpunten worden hieronder verder toegelicht."),
    P("Minder regels, meer tijd voor kinderen. Scholen vertellen ons dat zij te veel tijd kwijt zijn aan formulieren "
      "en verslagen. Daarom hebben wij het aantal formulieren in de afgelopen twee jaar gehalveerd en gaan wij verder "
      "met het vereenvoudigen van onze werkwijze. Wij vragen alleen nog informatie die wij echt nodig hebben voor een "
      "besluit, en wij hergebruiken gegevens die een school al eerder heeft aangeleverd. Ook bij onszelf kijken wij "
      "kritisch: elke nieuwe regel moet een duidelijk doel hebben, en een regel die geen doel meer dient, schaffen wij "
      "af. In de jaarplannen laten wij zien welke stappen wij daarin zetten."),
    H1("Ondersteuning op school|ondersteuning"),
    P("Iedere basisschool in Duin en Polder biedt ondersteuning aan kinderen die dat nodig hebben. Wat de school van "
      "uw kind precies biedt, leest u in de schoolgids en het schoolondersteuningsprofiel van die school, die u op de "
      "website van de school vindt. Landelijk wordt op dit moment gewerkt aan een norm voor de basisondersteuning. "
      "Zodra die norm bekend is, leggen wij samen met de schoolbesturen vast wat iedere school in onze regio ten minste "
      "moet bieden. Dat verwachten wij in de loop van het schooljaar 2027-2028 te doen."),
    H1("Toelaatbaarheid|tlv"),
    P("Sommige kinderen hebben zoveel of zo specifieke ondersteuning nodig dat een reguliere basisschool die niet kan "
      "bieden, ook niet met extra hulp. Voor hen zijn er de school voor speciaal basisonderwijs en de so-scholen. Om "
      "daar naartoe te kunnen, is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
    H2("Wanneer is een kind toelaatbaar?"),
    P("De commissie toelaatbaarheid van Duin en Polder geeft een TLV voor het speciaal basisonderwijs af als:"),
    UL("de ondersteuningsbehoefte van het kind de mogelijkheden van de basisschool aantoonbaar te boven gaat, ook nadat "
       "de school ten minste twee perioden van zes tot acht weken gerichte extra ondersteuning heeft geboden en "
       "geëvalueerd;",
       "het kind op twee of meer gebieden (leren, taal-spraak, werkhouding, gedrag of sociaal-emotionele ontwikkeling) "
       "een achterstand of behoefte heeft die vraagt om een kleine groep en een aangepaste aanpak;",
       "en er een reëel perspectief is dat het kind zich in het sbo beter kan ontwikkelen dan op de basisschool."),
    P("Voor een TLV voor het speciaal onderwijs geldt daarnaast dat het kind een ernstige beperking, stoornis of "
      "ziekte heeft (bijvoorbeeld een verstandelijke beperking, een lichamelijke beperking, een langdurige ziekte of "
      "ernstige gedrags- of psychiatrische problematiek) en dat de specifieke deskundigheid, de behandeling of de "
      "voorzieningen die het kind nodig heeft alleen in het so aanwezig zijn."),
    H2("Hoe lang geldt een TLV?"),
    P("Een TLV voor het speciaal basisonderwijs geldt tot het einde van de basisschoolperiode. Een TLV voor het "
      "speciaal onderwijs geldt meestal twee schooljaren; bij kinderen met een ernstige meervoudige beperking geven wij "
      "een TLV af voor de hele periode in het so."),
    H2("Hoe vraagt de school een TLV aan?"),
    P("De stappen van de aanvraag, de benodigde formulieren en de termijnen vindt u in de Routekaart TLV, die als "
      "pdf op de pagina 'Voor scholen' staat."),
    H1("Terug naar de basisschool|terug"),
    P("Wij vinden het belangrijk dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons beleid is dat "
      "ieder kind in het speciaal (basis)onderwijs minstens één keer per jaar de kans krijgt op een gesprek over "
      "terugkeer naar een reguliere basisschool. Terugplaatsing heeft de voorkeur als het kind zich goed heeft "
      "ontwikkeld, als het in een grotere groep kan leren met de ondersteuning die een basisschool (eventueel met een "
      "arrangement) kan bieden, en als ouders de overstap zien zitten. Een kind gaat bij voorkeur terug naar een school "
      "in de eigen woonplaats. Na de overstap krijgt het kind een terugplaatsingsarrangement van een schooljaar: de "
      "leerkracht van de sbo- of so-school komt regelmatig langs op de nieuwe school, en de nieuwe school krijgt extra "
      "uren voor begeleiding in de klas. Duin en Polder betaalt dit arrangement."),
    H2("Zo gaat het in zijn werk"),
    OL("Jaarlijkse evaluatie. De sbo- of so-school bespreekt in het voorjaar bij de evaluatie van het "
       "ontwikkelingsperspectief met de ouders of terugplaatsing mogelijk is.",
       "Signaal. Denken school of ouders dat terugkeer kan, dan meldt de sbo- of so-school het kind vóór 1 maart bij de "
       "onderwijsadviseur van Duin en Polder. Ouders kunnen ook zelf het initiatief nemen.",
       "Overleg. De onderwijsadviseur organiseert binnen vier weken een overleg met ouders, de huidige school en een "
       "basisschool die het kind kan ontvangen. In dat overleg wordt een overstapplan gemaakt.",
       "Besluit. De ontvangende basisschool besluit over de inschrijving; de commissie toelaatbaarheid kent het "
       "terugplaatsingsarrangement toe. Dit gebeurt vóór 1 mei, zodat de overstap na de zomervakantie kan plaatsvinden.",
       "Evaluatie. Na zes weken en na zes maanden evalueren de ouders, de nieuwe school en de onderwijsadviseur de "
       "overstap. Gaat het niet goed, dan kan het kind in hetzelfde schooljaar terug naar de sbo- of so-school zolang "
       "de TLV nog geldig is.",
       "Aflopen TLV. In het laatste jaar van een TLV voor het so bekijkt de so-school altijd eerst of terugplaatsing "
       "mogelijk is, voordat een verlenging wordt overwogen."),
    H1("Speerpunt: een dekkend aanbod|speerpunten"),
    P("Een dekkend aanbod betekent dat er voor ieder kind in de regio een passende plek is. Wij weten dat dat nu niet "
      "altijd lukt, en dat sommige kinderen te lang wachten. Het in kaart brengen van ons aanbod en van de plekken die "
      "ontbreken, is daarom een belangrijke opdracht voor de nieuwe planperiode. In het schooljaar 2026-2027 laten wij "
      "een analyse uitvoeren; de uitkomsten en de maatregelen die daaruit volgen, komen in het jaarplan 2027-2028."),
    H1("Geld en middelen|geld"),
    P("Duin en Polder krijgt van het Rijk geld voor lichte en zware ondersteuning. Een deel daarvan gaat rechtstreeks "
      "naar het so: DUO houdt dit geld in op onze bekostiging. Met de rest betalen wij de ondersteuning op de "
      "scholen, het speciaal basisonderwijs, de terugplaatsingsarrangementen en ons bureau."),
    P("De begroting voor de komende jaren ziet er als volgt uit (bedragen in euro's):"),
    TBL(["Post", "2026", "2027", "2028", "2029"],
        ["Inkomsten lichte ondersteuning", "1.810.000", "1.790.000", "1.770.000", "1.750.000"],
        ["Inkomsten zware ondersteuning", "5.240.000", "5.190.000", "5.140.000", "5.090.000"],
        ["Totaal inkomsten", "7.050.000", "6.980.000", "6.910.000", "6.840.000"],
        ["Afdracht so via DUO", "2.690.000", "2.670.000", "2.650.000", "2.630.000"],
        ["Bijdrage speciaal basisonderwijs (boven 2%)", "610.000", "600.000", "590.000", "580.000"],
        ["Ondersteuningsbudget naar schoolbesturen", "2.850.000", "2.800.000", "2.760.000", "2.720.000"],
        ["Arrangementen (incl. terugplaatsing)", "310.000", "320.000", "320.000", "320.000"],
        ["Bureau en commissie toelaatbaarheid", "640.000", "650.000", "660.000", "670.000"],
        ["Totaal uitgaven", "7.100.000", "7.040.000", "6.980.000", "6.920.000"],
        ["Saldo (onttrekking reserve)", "-50.000", "-60.000", "-70.000", "-80.000"]),
    P("Hoe het ondersteuningsbudget over de schoolbesturen wordt verdeeld, wordt in 2026 opnieuw bekeken. Het bestuur "
      "legt een nieuw verdeelmodel, met de criteria voor de verdeling over besturen en scholen, na instemming van de "
      "ondersteuningsplanraad vóór 1 januari 2027 vast."),
    P("De reserve van Duin en Polder ligt boven de signaleringswaarde. Wij bouwen deze in de planperiode geleidelijk "
      "af door jaarlijks een klein tekort te begroten."),
    H1("Resultaten|resultaten"),
    P("Wij willen weten wat onze inzet oplevert. Daarom volgen wij ieder jaar een vaste set gegevens: het aantal "
      "afgegeven TLV's voor sbo en so, het deelnamepercentage sbo en so op 1 oktober, het aantal terugplaatsingen, de "
      "doorlooptijd van aanvragen en de tevredenheid van ouders "
      "en scholen. De gegevens komen uit onze eigen registratie, de tellingen van DUO en een korte vragenlijst die "
      "ouders na afloop van een TLV-aanvraag of terugplaatsing ontvangen."),
    P("De directeur rapporteert twee keer per jaar aan het bestuur over deze gegevens, in december en in juni. In het "
      "jaarverslag, dat vóór 1 juli verschijnt en met de ondersteuningsplanraad wordt besproken, zetten wij de cijfers "
      "naast die van voorgaande jaren en naast het landelijk gemiddelde. In schooljaar 2024-2025 lag het "
      "deelnamepercentage sbo op 2,4% en so op 1,7%; er werden 14 kinderen teruggeplaatst naar een reguliere basisschool."),
    P("Welke doelen wij ons voor deze onderwerpen stellen, leggen wij per schooljaar vast in het jaarplan."),
    H1("Voor ouders|ouders"),
    H2("Informatie"),
    P("Wij willen dat ouders weten welke ondersteuning er in onze regio is en hoe zij die kunnen krijgen. Op deze "
      "website vindt u onder 'Voor ouders' uitleg over extra ondersteuning op school, arrangementen, het speciaal "
      "basisonderwijs en het speciaal onderwijs, en over de toelaatbaarheidsverklaring. Er is een ouderbrochure in "
      "eenvoudige taal, die ook in het Engels, Pools en Turks beschikbaar is. Ieder voorjaar houden wij twee "
      "informatiebijeenkomsten voor ouders, en de intern begeleider van de school kan u alles vertellen over de "
      "ondersteuning op die school. Ouders kunnen ook zelf contact opnemen met het bureau: wij zijn op werkdagen "
      "telefonisch bereikbaar."),
    H2("Onafhankelijk advies en hulp"),
    P("Soms wilt u met iemand praten die niet van de school of van het samenwerkingsverband is. Dat kan bij het "
      "Ouder- en Jeugdsteunpunt Kust, dat wij samen met twee andere samenwerkingsverbanden hebben ingericht bij een "
      "onafhankelijke stichting. De medewerkers geven gratis informatie en advies, gaan desgewenst mee naar gesprekken "
      "op school en helpen bij het zoeken naar een oplossing als u het niet eens bent met de school. U kunt ook terecht "
      "bij de Onderwijsconsulenten (gratis, landelijk) en bij Ouders & Onderwijs. Heeft u een klacht over Duin en "
      "Polder, dan kunt u gebruik maken van onze klachtenregeling; bij een geschil over toelating, verwijdering of het "
      "ontwikkelingsperspectief kunt u naar de Geschillencommissie passend onderwijs. Tegen een besluit over een TLV "
      "kunnen ouders binnen zes weken bezwaar maken bij het bestuur, dat daarover advies vraagt aan de Landelijke "
      "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    H2("Meedenken"),
    P("Ouders denken mee via de ondersteuningsplanraad, waarin vijf ouders zitting hebben, en natuurlijk bij het "
      "opstellen van het ontwikkelingsperspectief van hun eigen kind."),
    H1("Organisatie|organisatie"),
    P("Duin en Polder is een vereniging. De leden zijn de negen aangesloten schoolbesturen. De algemene "
      "ledenvergadering houdt toezicht op het bestuur, dat bestaat uit drie bestuurders van aangesloten besturen en een "
      "onafhankelijk voorzitter. De directeur heeft een mandaat voor de dagelijkse leiding. In de planperiode "
      "onderzoeken wij of een model met een directeur-bestuurder en een onafhankelijke raad van toezicht beter past."),
    P("De ondersteuningsplanraad (OPR) heeft tien leden: vijf ouders en vijf personeelsleden, afgevaardigd door de "
      "medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarin."),
    P("Personeel. Het bureau werkt met een klein, vast team. Voor specialistische vragen huren wij expertise in bij "
      "de so-scholen. De onderwijsadviseurs volgen jaarlijks scholing en nemen deel aan een landelijk netwerk. Voor "
      "de scholen organiseren wij twee keer per jaar een themamiddag voor intern begeleiders."),
    P("Privacy. Wij gaan zorgvuldig om met de gegevens van kinderen. Alleen medewerkers die de gegevens nodig hebben "
      "voor hun werk hebben toegang. Dossiers van TLV-aanvragen bewaren wij drie jaar na het laatste besluit. Meer "
      "informatie vindt u in onze privacyverklaring. Wij hebben een functionaris gegevensbescherming, die wij delen met "
      "twee andere samenwerkingsverbanden. Iedere verwerking van persoonsgegevens staat in ons verwerkingsregister. "
      "Medewerkers melden een mogelijk datalek direct bij de functionaris, die beoordeelt of een melding bij de "
      "Autoriteit Persoonsgegevens nodig is. Ouders kunnen hun gegevens altijd inzien en laten corrigeren, en kunnen "
      "een verzoek doen om gegevens te laten verwijderen als die niet meer nodig zijn."),
    P("Planning. De uitwerking van dit plan volgt in de jaarplannen. Belangrijke momenten zijn: 2026 nieuw "
      "verdeelmodel; 2026-2027 analyse dekkend aanbod; 2027-2028 afspraken over de basisondersteuning; 2028 "
      "tussenevaluatie met OPR en gemeenten; 2029-2030 nieuw ondersteuningsplan."),
    H2("Communicatie met scholen"),
    P("Scholen ontvangen zes keer per jaar onze digitale nieuwsbrief met nieuws over regelgeving, scholing en de "
      "werkwijze van het bureau. Op het besloten deel van de website vinden intern begeleiders en directeuren alle "
      "formulieren, de vergaderdata van de commissie toelaatbaarheid en verslagen van het netwerk intern begeleiders. "
      "Twee keer per jaar organiseren wij een directeurenbijeenkomst waarin wij de koers van het samenwerkingsverband "
      "bespreken en scholen elkaar ontmoeten. Wij merken dat scholen het waarderen als wij kort en helder "
      "communiceren; daarom beperken wij het aantal berichten en sturen wij geen informatie die scholen al via hun "
      "eigen bestuur ontvangen. Vragen van scholen beantwoorden wij binnen twee werkdagen. Ook de schoolbesturen "
      "krijgen ieder kwartaal een korte rapportage over de belangrijkste ontwikkelingen, zodat zij hun scholen goed "
      "kunnen aansturen."),
    H2("Totstandkoming van dit plan"),
    P("Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 hebben wij alle directeuren en intern "
      "begeleiders gevraagd wat zij van het samenwerkingsverband verwachten. Dat leverde een duidelijke boodschap op: "
      "minder papier, meer meedenken op de werkvloer, en snellere besluiten. In het najaar volgden twee bijeenkomsten "
      "met de ondersteuningsplanraad en een avond voor ouders, waar ruim veertig ouders op af kwamen. De opmerkingen "
      "van ouders gingen vooral over de vindbaarheid van informatie en over het gevoel dat zij soms van het kastje naar "
      "de muur worden gestuurd. Die opmerkingen hebben geleid tot een herschreven ouderdeel op de website en tot de "
      "afspraken over onafhankelijke ondersteuning die u onder 'Voor ouders' leest."),
    P("Het concept is in januari 2026 besproken met de schoolbesturen in de algemene ledenvergadering. Daarna volgden "
      "het overleg met de gemeenten en het samenwerkingsverband voortgezet onderwijs, en de instemming van de "
      "ondersteuningsplanraad. Het plan is toegezonden aan de Inspectie van het Onderwijs."),
    H2("ICT en bereikbaarheid"),
    P("In 2026 vernieuwen wij onze website, zodat deze beter leesbaar is op een telefoon en voldoet aan de eisen voor "
      "digitale toegankelijkheid. De aanvragen van scholen lopen via een beveiligd portaal. Medewerkers van het bureau "
      "werken met tweestapsverificatie en krijgen jaarlijks een training over informatiebeveiliging."),
    H2("Medezeggenschap en toezicht"),
    P("De ondersteuningsplanraad vergadert vijf keer per jaar. Voorafgaand aan iedere vergadering is er een "
      "vooroverleg met de directeur. De OPR krijgt ieder jaar de conceptbegroting en het jaarplan ter bespreking en "
      "heeft een eigen scholingsbudget. Leden van de OPR ontvangen een vrijwilligersvergoeding. Twee keer per jaar "
      "spreekt een delegatie van de OPR met het bestuur over de koers van het samenwerkingsverband."),
    P("De Inspectie van het Onderwijs houdt toezicht op Duin en Polder. Bij het laatste onderzoek, in 2023, "
      "beoordeelde de Inspectie het financieel beheer als voldoende en gaf zij als aandachtspunt mee dat het "
      "samenwerkingsverband de eigen ambities concreter mag maken. Dat aandachtspunt werken wij uit in de "
      "jaarplannen."),
    H2("Personeel en professionalisering"),
    P("De medewerkers van het bureau zijn in dienst van de vereniging. Wij vinden het belangrijk dat zij hun vak "
      "bijhouden: iedere onderwijsadviseur heeft een eigen scholingsbudget en neemt deel aan intervisie. De "
      "orthopedagoog is geregistreerd bij het NIP/NVO. Omdat het bureau klein is, zijn wij kwetsbaar bij ziekte of "
      "vertrek. Daarom werken wij samen met een naburig samenwerkingsverband, zodat medewerkers elkaar kunnen "
      "vervangen. Voor de scholen blijft het aanbod van themamiddagen en het netwerk voor intern begeleiders bestaan."),
    H1("Begrippen|begrippen"),
    ("dl", [("Arrangement", "Extra ondersteuning voor een kind, bijvoorbeeld extra begeleiding in de klas."),
            ("Basisondersteuning", "De ondersteuning die iedere school in de regio ten minste biedt."),
            ("Dekkend aanbod", "Voor ieder kind is een passende plek beschikbaar."),
            ("Meerjarenbegroting", "Begroting voor meerdere jaren."),
            ("OPR", "Ondersteuningsplanraad."),
            ("Routekaart TLV", "Overzicht van de stappen voor het aanvragen van een toelaatbaarheidsverklaring."),
            ("TLV", "Toelaatbaarheidsverklaring."),
            ("Thuiszitter", "Een kind dat langer dan vier weken niet naar school gaat."),
            ("Verdeelmodel", "De afspraken over de verdeling van het geld over de schoolbesturen.")]),
]
P5_TITLE = "Ondersteuningsplan 2026-2030 | Samenwerkingsverband Duin en Polder"
P5_FOOTER = ("Samenwerkingsverband Passend Primair Onderwijs Duin en Polder, Havenweg 12, Polderhaven | "
             "basisondersteuning - toelaatbaarheid - ouders - privacyverklaring")

# =====================================================================================
# Near-miss - school-level "ondersteuningsplan" of one basisschool (.docx). Not an SWV plan.
# =====================================================================================
N1 = [
    T("Ondersteuningsplan 2025-2026"),
    T("IKC De Regenboog - Heukelhoven"),
    P("Openbaar integraal kindcentrum voor kinderen van 0 tot 13 jaar. Onderdeel van Stichting Openbaar Onderwijs "
      "Lingestroom. Aangesloten bij Samenwerkingsverband Passend Onderwijs Lingehoek (PO 26-14)."),
    P("Vastgesteld door de directie op 1 september 2025; besproken in de medezeggenschapsraad op 16 september 2025."),
    BR(),
    TOC("1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Regenboog", "4 De ondersteuningsniveaus",
        "5 Taken en verantwoordelijkheden", "6 Extra ondersteuning en arrangementen",
        "7 Toelaatbaarheidsverklaring en terugplaatsing", "8 Ouders", "9 Middelen", "10 Resultaten en evaluatie",
        "11 Jaarplanning zorg"),
    H1("1 Inleiding"),
    P("Dit ondersteuningsplan beschrijft hoe wij op IKC De Regenboog de ondersteuning aan onze leerlingen hebben "
      "georganiseerd. Het plan is bedoeld voor leerkrachten, onderwijsassistenten, pedagogisch medewerkers en "
      "ouders, en wordt ieder schooljaar door de intern begeleider en de directie geactualiseerd. Het plan is een "
      "uitwerking van ons schoolondersteuningsprofiel (SOP) en sluit aan bij het ondersteuningsplan van het "
      "samenwerkingsverband Lingehoek en de afspraken over basisondersteuning die daar zijn gemaakt."),
    P("Op De Regenboog werken wij handelingsgericht. Dat betekent dat wij uitgaan van de onderwijsbehoeften van de "
      "leerling, dat wij positieve aspecten van kinderen, leerkrachten en ouders benutten en dat wij doelgericht en "
      "planmatig werken. Wij werken met de cyclus van handelingsgericht werken: waarnemen, begrijpen, plannen en "
      "realiseren."),
    H1("2 Onze leerlingen"),
    P("De Regenboog telt op 1 oktober 2025 312 leerlingen, verdeeld over dertien groepen. Het kindcentrum staat in "
      "een wijk met veel jonge gezinnen en een groeiend aantal gezinnen met een migratieachtergrond. Ongeveer vijftien "
      "procent van de leerlingen heeft een leerlinggewicht. Vier leerlingen volgen een eigen leerlijn met een "
      "ontwikkelingsperspectiefplan. In schooljaar 2024-2025 zijn twee leerlingen naar het speciaal basisonderwijs "
      "gegaan en is één leerling vanuit het sbo bij ons ingestroomd."),
    H1("3 Basisondersteuning op De Regenboog"),
    P("Basisondersteuning is de ondersteuning die iedere school in het samenwerkingsverband ten minste biedt. Op De "
      "Regenboog betekent dit concreet: een intern begeleider (0,8 fte), een dyslexieprotocol, een aanbod voor "
      "meerbegaafde leerlingen in de vorm van een plusgroep, de Kanjertraining voor sociaal-emotionele ontwikkeling, "
      "een leesspecialist en een rekenspecialist, en twee onderwijsassistenten voor ondersteuning in de groepen 3 tot "
      "en met 5. In ons SOP staat beschreven wat wij daarnaast kunnen bieden en waar onze grenzen liggen."),
    H1("4 De ondersteuningsniveaus"),
    P("Wij onderscheiden op school vijf ondersteuningsniveaus:"),
    TBL(["Niveau", "Omschrijving", "Wie"],
        ["1", "Algemene zorg in de groep: goede instructie volgens het directe instructiemodel, drie niveaus in de groep", "Leerkracht"],
        ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, extra oefentijd", "Leerkracht"],
        ["3", "Speciale zorg na intern onderzoek: individueel handelingsplan of groepje onder begeleiding van een "
              "onderwijsassistent of specialist", "Leerkracht, IB, specialist"],
        ["4", "Speciale zorg na extern onderzoek: bijvoorbeeld onderzoek door een orthopedagoog, ondersteuning vanuit "
              "het samenwerkingsverband of een arrangement", "IB, externen, ondersteuningsteam"],
        ["5", "Verwijzing naar sbo of so, of een onderwijs-zorgarrangement", "IB, directie, samenwerkingsverband"]),
    P("Groepsbesprekingen vinden drie keer per jaar plaats, na de M-toetsen, de E-toetsen en in het voorjaar. In de "
      "groepsbespreking bespreken leerkracht en intern begeleider de groep als geheel en de leerlingen die opvallen. "
      "Leerlingbesprekingen vinden plaats wanneer een leerling niet voldoende profiteert van de ondersteuning op "
      "niveau 1 en 2."),
    H1("5 Taken en verantwoordelijkheden"),
    P("De leerkracht is verantwoordelijk voor het onderwijs aan alle leerlingen in de groep, ook aan leerlingen met "
      "een ondersteuningsbehoefte. De intern begeleider coördineert de zorg, coacht leerkrachten, voert "
      "groepsbesprekingen, onderhoudt de contacten met externe partners en het samenwerkingsverband, en bewaakt "
      "de kwaliteit van de ondersteuning. De directeur is eindverantwoordelijk en beslist over de inzet van "
      "middelen en over aanvragen bij het samenwerkingsverband."),
    P("Het ondersteuningsteam (OT) komt zes keer per jaar bijeen. In het OT zitten de intern begeleider, de "
      "jeugdverpleegkundige, de schoolmaatschappelijk werker, de consulent van het samenwerkingsverband en de ouders "
      "van de leerling die besproken wordt."),
    H1("6 Extra ondersteuning en arrangementen"),
    P("Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, vragen wij een "
      "arrangement aan bij het Loket van het samenwerkingsverband. Dat kan bijvoorbeeld extra begeleiding door een "
      "onderwijsassistent zijn, een plek in de observatiegroep of begeleiding door een gedragsspecialist. De intern "
      "begeleider vult daarvoor samen met de leerkracht en de ouders het groeidocument in."),
    H1("7 Toelaatbaarheidsverklaring en terugplaatsing"),
    P("Wanneer de school de ondersteuning die een leerling nodig heeft niet kan bieden, ook niet met een arrangement, "
      "kan de school in overleg met de ouders een toelaatbaarheidsverklaring aanvragen bij het samenwerkingsverband. "
      "Het samenwerkingsverband beslist daarover na advies van twee deskundigen. De procedure en de criteria staan "
      "in het ondersteuningsplan van het samenwerkingsverband. Wanneer een leerling vanuit het sbo of so terugkeert "
      "naar De Regenboog, maken wij samen met de school van herkomst een overstapplan en zetten wij de eerste weken "
      "extra begeleiding in."),
    H1("8 Ouders"),
    P("Wij zien ouders als partners. Ouders worden altijd geïnformeerd als hun kind extra ondersteuning krijgt en "
      "worden uitgenodigd voor het ondersteuningsteam. Bij een OPP vragen wij de ouders om in te stemmen met het "
      "handelingsdeel. Ouders kunnen met vragen altijd terecht bij de leerkracht en de intern begeleider. Meer "
      "informatie over passend onderwijs vinden ouders in onze schoolgids en op de website van het "
      "samenwerkingsverband. Voor onafhankelijk advies kunnen ouders contact opnemen met de Onderwijsconsulenten."),
    H1("9 Middelen"),
    P("De school ontvangt van het samenwerkingsverband via het schoolbestuur een budget voor extra ondersteuning. In "
      "2025-2026 gebruiken wij dit budget voor de inzet van twee onderwijsassistenten (samen 1,4 fte), de plusgroep "
      "en scholing van het team op het gebied van gedrag. De directeur legt aan het bestuur verantwoording af over de "
      "besteding."),
    H1("10 Resultaten en evaluatie"),
    P("Wij evalueren de ondersteuning twee keer per jaar in het team, aan de hand van de resultaten van de toetsen "
      "uit het leerlingvolgsysteem, de groepsoverzichten en de doorstroomtoets in groep 8. In schooljaar 2024-2025 "
      "behaalde 96% van de leerlingen in groep 8 ten minste het fundamentele niveau 1F voor lezen en rekenen. Ons doel "
      "voor 2025-2026 is dat ten minste 60% van de leerlingen het streefniveau 2F/1S haalt voor lezen."),
    H1("11 Jaarplanning zorg"),
    TBL(["Maand", "Activiteit"],
        ["September", "Startgesprekken met ouders; groepsoverzichten bijwerken"],
        ["Oktober", "Groepsbespreking 1; OT"],
        ["Januari/februari", "M-toetsen; groepsbespreking 2"],
        ["Maart", "Evaluatie OPP's met ouders"],
        ["Juni", "E-toetsen; groepsbespreking 3; overdracht naar volgende groep"],
        ["Juli", "Evaluatie ondersteuningsplan school; bijstellen voor volgend schooljaar"]),
]
N1_HEADER = "IKC De Regenboog - Ondersteuningsplan 2025-2026"
N1_FOOTER = "Stichting Openbaar Onderwijs Lingestroom"


# =====================================================================================
# Labels (hand-assigned, strict Part A reading)
# =====================================================================================
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def crit(false_ids):
    return {c: (c not in false_ids) for c in CORE}


LABELS = {
    "po-lingehoek-ondersteuningsplan-2026-2030": dict(
        documents=["po-lingehoek-ondersteuningsplan-2026-2030.docx"], sector="po", looks_like_plan=True,
        false=["financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4 defines the shared minimum for every vestiging and lists ten concrete standards; 4.1 kijkwijzer = borging.",
            "plaatsing": "Combined H6 (6.1-6.3): five-step TLV procedure, sbo/so criteria, two deskundigen, duration and category; no bezwaar route.",
            "terugstroom": "Inside combined H6: 6.4 policy (aims, conditions, terugplaatsingsarrangement) and 6.5 procedure (MDO before 1 Feb, TLA decides before 1 Apr).",
            "financien": "H10.1 gives the verdeelmodel (70/30, EUR 178 per leerling); the meerjarenbegroting is only referred to as bijlage 3, which is not in the document; reserves in 10.2.",
            "dekkend-aanbod": "H5 table of five levels plus 5.1 signaleringslijst, zorgplicht route and actions for gaps; H7 thuiszitters; H8 OOGO.",
            "resultaten": "H11 'Kwaliteitszorg en resultaten' only defers to a Kwaliteitskader to be adopted in 2027; no goals, no monitoring; TOC/glossary/footer traps.",
            "ouders": "H9 'Communicatie' says how parents are informed (website, folder in 4 languages, info evenings); no independent help: OJSP deferred, only school IB / SWV consultant; OPR parents = betrokkenheid.",
        }),
    "vo-maasenpeel-ondersteuningsplan-2026-2030": dict(
        documents=["vo-maasenpeel-ondersteuningsplan-2026-2030.docx"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3 defines the agreed minimum for all vestigingen but defers the concrete content to a 'Kaart basisondersteuning' to be drawn up in 2026-2027.",
            "plaatsing": "H6.1/6.2 give procedure for TLV vso, lwoo and pro (Loket, CvT, termijnen); 6.3 only refers criteria to a separate Toetsingskader on the website / national rules; 6.4 bezwaar via LBT.",
            "terugstroom": "Nothing in the body: terugplaatsing only in the glossary; H7 is about PO-VO overstap and vo-mbo doorstroom (near-miss).",
            "financien": "H10 'Geld en middelen': allocation rules (vaste voet + EUR 185 per leerling, lwoo/pro doorbetaling, arrangementen) and a 2026-2029 meerjarenbegroting table; reserves and school verantwoording.",
            "dekkend-aanbod": "H4 continuum table (4 levels incl. OPDC, rebound, OZA, vso/pro) and H5 yearly aanbodsanalyse, witte vlekken with actions, thuiszitterstafel, zorgplicht.",
            "resultaten": "H9 table of beoogde resultaten for 2030 with targets; how they are measured/reported is deferred to a monitoringsplan in spring 2027.",
            "ouders": "H8: ouderpagina, brochure groep 8, info evenings (informatie) and independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, geschillencommissie (steunpunt).",
        }),
    "po-debrug-ondersteuningsplan-2026-2030": dict(
        documents=["po-debrug-ondersteuningsplan-2026-2030.pdf"], sector="po", looks_like_plan=True,
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "dekkend-aanbod.lacunes"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3: shared minimum level for every vestiging plus a table of twelve concrete afspraken; basis-op-orde-gesprek = borging.",
            "plaatsing": "H6 'Toelaatbaarheid' only refers to a separately adopted Handreiking on the website; deskundigen/bezwaar/duration appear only in the begrippenlijst.",
            "terugstroom": "H7 states the policy (aim, conditions, one-year terugplaatsingsarrangement) but the stappenplan (who initiates, evaluation, decision) is deferred to 2026-2027; H9 table has a terugplaatsing indicator.",
            "financien": "H8 'Geld en middelen': verdeelmodel (vaste voet EUR 8.000 + EUR 120 per leerling, arrangementen via commissie) and 2026-2029 budget table.",
            "dekkend-aanbod": "H4 describes the four-layer continuum; gaps/thuiszitters only deferred in H5 (thuiszittersprotocol to be worked out in 2026, analysis later); OOGO cooperation present.",
            "resultaten": "H9: table of achieved 2024-2025 and target 2029-2030 values; twice-yearly data collection, reporting to bestuur/OPR, jaarverslag, PDCA.",
            "ouders": "H10: website ouderdeel, schoolgids, flyer, ouderavonden; independent Ouderpunt (OJSP), Onderwijsconsulenten, Ouders & Onderwijs, geschillencommissie.",
        }),
    "vo-westkust-ondersteuningsplan-2026-2030": dict(
        documents=["vo-westkust-ondersteuningsplan-2026-2030.pdf"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.inhoud", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "3.1 states the agreed level for every vestiging but the table only copies the four generic Referentiekader aspects and refers the content to each school's SOP.",
            "plaatsing": "H4 tables: six-step TLV vso procedure with termijnen, criteria table, duration/category table, lwoo/pro table with criteria; no bezwaar.",
            "terugstroom": "H5 table gives the procedure at TLV expiry (evaluation, Loket, CT decides, evaluation after 3/12 months); the policy (aims, conditions, support after return) is deferred to 2026-2027.",
            "financien": "Nothing in the plan: leeswijzer says begroting, meerjarenbegroting and verdeelmodel are separate documents on the website; no amounts anywhere.",
            "dekkend-aanbod": "3.2 continuum table (5 levels) and H6 yearly analysis with gap/action table, thuiszittersoverleg, zorgplicht escalation; H8 ketenpartner table.",
            "resultaten": "H7: table 7.1 with indicators, nulmeting and streefwaarden; table 7.2 monitoring (source, frequency, reported to).",
            "ouders": "Nothing: leeswijzer refers communication with parents to a separate communicatieplan; 'ouders' appears only in passing (audience) and OJSP only in the abbreviation list.",
        }),
    "po-duinenpolder-ondersteuningsplan-2026-2030": dict(
        documents=["po-duinenpolder-ondersteuningsplan-2026-2030.html"], sector="po", looks_like_plan=True,
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"],
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Ondersteuning op school' (nav label 'Basisondersteuning') only refers to schools' schoolgids/SOP and defers the minimum to 2027-2028 after the landelijke norm; glossary only.",
            "plaatsing": "'Toelaatbaarheid' gives sbo and so criteria and TLV duration; the application procedure is only referred to a Routekaart pdf on the website; bezwaar under 'Voor ouders'.",
            "terugstroom": "'Terug naar de basisschool': policy (yearly chance, conditions, one-year arrangement paid by SWV) and six numbered steps with dates and decision owners.",
            "financien": "'Geld en middelen' has a 2026-2029 budget table with amounts; the verdeelmodel/criteria are deferred to a new model before 1 January 2027; reserve paragraph.",
            "dekkend-aanbod": "Only a speerpunt that defers the analysis of the aanbod to 2026-2027 and measures to the jaarplan 2027-2028; no continuum, no gap handling; OOGO only as procedural date.",
            "resultaten": "'Resultaten' describes what is tracked, sources, twice-yearly reporting and jaarverslag (monitoring) with 2024-2025 figures; goals are deferred to yearly jaarplannen.",
            "ouders": "'Voor ouders': website, brochure in easy language and 3 languages, info meetings (informatie); independent Ouder- en Jeugdsteunpunt Kust, Onderwijsconsulenten, klachten/GPO (steunpunt).",
        }),
}

NEAR_MISS = {
    "nearmiss-ikc-deregenboog-schoolondersteuningsplan": dict(
        documents=["nearmiss-ikc-deregenboog-schoolondersteuningsplan.docx"], sector="po",
        note=("School-level 'Ondersteuningsplan' of one basisschool (IKC De Regenboog): zorgniveaus, groepsbesprekingen, "
              "IB tasks and school budget use; it refers to the samenwerkingsverband's plan but is not the plan of a "
              "samenwerkingsverband (no verband-wide basisondersteuning, TLV procedure, verdeelmodel, OPR/OOGO, planperiode)."))
}


def status(false_ids, element, advisory):
    core = [c for c in CORE if c.startswith(element + ".")]
    hit = [c for c in core if c not in false_ids]
    if len(hit) == len(core):
        return "present"
    if hit or advisory.get(element):
        return "partial"
    return "missing"


class _Flow(list):
    pass


def _flow_repr(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


class _FlowMap(dict):
    pass


def _flowmap_repr(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


yaml.add_representer(_Flow, _flow_repr)
yaml.add_representer(_FlowMap, _flowmap_repr)


def write_label(name, spec):
    els = _FlowMap((e, status(spec["false"], e, spec["advisory"])) for e in ELEMENTS)
    data = {
        "documents": _Flow(spec["documents"]),
        "sector": spec["sector"],
        "looks_like_plan": True,
        "elements": els,
        "criteria": crit(spec["false"]),
        "advisory_addressed": {k: _Flow(v) for k, v in spec["advisory"].items()},
        "notes": spec["notes"],
    }
    txt = yaml.dump(data, sort_keys=False, allow_unicode=True, width=1000)
    (OUT / (name + ".expected.yaml")).write_text(txt, encoding="utf-8")


def write_nearmiss_label(name, spec):
    data = {"documents": _Flow(spec["documents"]), "sector": spec["sector"], "looks_like_plan": False,
            "elements": {}, "criteria": {}, "notes": {"document": spec["note"]}}
    txt = yaml.dump(data, sort_keys=False, allow_unicode=True, width=1000)
    (OUT / (name + ".expected.yaml")).write_text(txt, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [
        ("po-lingehoek-ondersteuningsplan-2026-2030.docx", P1, P1_HEADER, P1_FOOTER),
        ("vo-maasenpeel-ondersteuningsplan-2026-2030.docx", P2, P2_HEADER, P2_FOOTER),
        ("po-debrug-ondersteuningsplan-2026-2030.pdf", P3, P3_HEADER, P3_FOOTER),
        ("vo-westkust-ondersteuningsplan-2026-2030.pdf", P4, P4_HEADER, P4_FOOTER),
        ("nearmiss-ikc-deregenboog-schoolondersteuningsplan.docx", N1, N1_HEADER, N1_FOOTER),
    ]
    for fname, blocks, hdr, ftr in docs:
        path = OUT / fname
        if fname.endswith(".pdf"):
            write_pdf(blocks, path, hdr, ftr)
        else:
            write_docx(blocks, path, hdr, ftr)
        print("%-60s %5d words" % (fname, word_count(blocks)))
    fname = "po-duinenpolder-ondersteuningsplan-2026-2030.html"
    write_html(P5, OUT / fname, P5_TITLE, P5_NAV, P5_FOOTER)
    print("%-60s %5d words" % (fname, word_count(P5)))
    for name, spec in LABELS.items():
        write_label(name, spec)
    for name, spec in NEAR_MISS.items():
        write_nearmiss_label(name, spec)


if __name__ == "__main__":
    main()
