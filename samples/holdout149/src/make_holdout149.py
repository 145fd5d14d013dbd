#!/usr/bin/env python3
"""Generate holdout set 149: five fictional ondersteuningsplannen (4 VO, 1 PO) and one near-miss
document (a school's ondersteuningsprofiel), plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- block helpers
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("ul", list(items))


def TB(rows):
    return ("table", [list(r) for r in rows])


def TOC(items):
    return ("toc", list(items))


def TITLE(lines):
    return ("title", list(lines))


def words(blocks):
    n = 0
    for kind, c in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(c.split())
        elif kind in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in c)
        elif kind == "table":
            n += sum(len(str(x).split()) for r in c for x in r)
    return n


# --------------------------------------------------------------------------- renderers
def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text + " | pagina"
    for kind, c in blocks:
        if kind == "title":
            doc.add_heading(c[0], level=0)
            for line in c[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in c:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(c, level=1)
        elif kind == "h2":
            doc.add_heading(c, level=2)
        elif kind == "p":
            doc.add_paragraph(c)
        elif kind == "ul":
            for it in c:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(c), cols=len(c[0]))
            t.style = "Table Grid"
            for i, r in enumerate(c):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
            doc.add_paragraph("")
    doc.save(str(path))


def write_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout149_render_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + str(tmp / "profile"),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(header_text), "</head>", "<body>",
           '<header><nav><a href="#">Home</a> | <a href="#">Over ons</a> | <a href="#">Ouders</a> | '
           '<a href="#">Scholen</a> | <a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>',
           "<main>"]
    for kind, c in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(c[0]))
            for line in c[1:]:
                out.append("<p class=\"sub\">%s</p>" % e(line))
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % e(x) for x in c]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(c))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(c))
        elif kind == "p":
            out.append("<p>%s</p>" % e(c))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in c) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join("<th>%s</th>" % e(str(x)) for x in c[0]) + "</tr>")
            for r in c[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(str(x)) for x in r) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer>%s &middot; privacyverklaring &middot; cookies</footer>" % e(header_text),
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- shared filler
def voorwoord(v):
    return [
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan %s van %s. Dit plan is het resultaat van een traject van "
          "ruim een jaar waarin schoolleiders, ondersteuningscoördinatoren, bestuurders, de "
          "ondersteuningsplanraad en onze partners bij de gemeenten met elkaar in gesprek zijn gegaan over de "
          "vraag wat passend onderwijs in onze regio de komende jaren moet betekenen. Wij zijn iedereen die "
          "heeft meegedacht, meegelezen en kritische vragen heeft gesteld daarvoor zeer erkentelijk." % (v["period"], v["name"])),
        P("Passend onderwijs is geen doel op zich. Het gaat om jongeren die, soms tijdelijk en soms langdurig, "
          "meer nodig hebben dan wat een school gewoonlijk biedt. Achter elke aanvraag, elk arrangement en elke "
          "toelaatbaarheidsverklaring staat een leerling met ouders die willen dat hun kind zich kan "
          "ontwikkelen. Dat vraagt van scholen en van het samenwerkingsverband dat we over de grenzen van de "
          "eigen organisatie heen kijken. De afgelopen planperiode hebben we daarin stappen gezet, maar we zien "
          "ook dat de druk op het onderwijs toeneemt: het lerarentekort, de wachtlijsten in de jeugdhulp en de "
          "toename van het aantal jongeren met psychische klachten raken alle scholen."),
        P("Dit plan is bewust compact gehouden. Het beschrijft de koers en de afspraken die we met elkaar "
          "maken; de uitwerking per jaar vindt plaats in het jaarplan en de jaarbegroting. Wij hopen dat het "
          "plan een bruikbaar document is voor iedereen die in onze regio met passend onderwijs bezig is."),
        P("%s, directeur-bestuurder" % v["director"]),
    ]


def inleiding(v):
    return [
        H1("Inleiding en leeswijzer"),
        P("Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. In het "
          "plan legt het samenwerkingsverband vast hoe het zijn wettelijke opdracht uitvoert: zorgen voor een "
          "samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen "
          "een ononderbroken ontwikkelingsproces kunnen doorlopen. Het plan geldt voor de periode van 1 augustus "
          "%s tot en met 31 juli %s." % (v["start"], v["end"])),
        P("Het plan is tot stand gekomen in een aantal stappen. In het voorjaar van %s zijn in vier "
          "werkbijeenkomsten met schoolleiders en ondersteuningscoördinatoren de ervaringen met het vorige plan "
          "opgehaald. Daarna is een concept besproken in het directeurenoverleg en het bestuur. Het concept is "
          "op %s voorgelegd aan de ondersteuningsplanraad en besproken in het op overeenstemming gericht overleg "
          "met de gemeenten. Na verwerking van de reacties is het plan op %s definitief vastgesteld en "
          "toegezonden aan de inspectie." % (v["prev"], v["opr_date"], v["adopt_date"])),
        P("In de hoofdstukken die volgen beschrijven we eerst onze visie en de context van de regio. Daarna "
          "komen de inhoudelijke onderdelen aan bod. We sluiten af met de organisatie, de planning en een "
          "begrippenlijst. Waar in dit plan 'school' staat, bedoelen we steeds de vestiging van een school "
          "die bij het samenwerkingsverband is aangesloten."),
    ]


def context(v):
    return [
        H1("Onze regio"),
        P("%s omvat de gemeenten %s. In de regio wonen ongeveer %s inwoners. Bij het samenwerkingsverband zijn "
          "%s schoolbesturen aangesloten met samen %s vestigingen. Op de teldatum van 1 oktober %s telden deze "
          "scholen samen %s leerlingen." % (v["name"], v["gemeenten"], v["inwoners"], v["besturen"], v["vestigingen"], v["prev"], v["leerlingen"])),
        P("De regio is divers. In de stedelijke kern liggen grote scholengemeenschappen met alle leerwegen, in "
          "de kleinere kernen liggen kleinere scholen met een beperkter aanbod. Veel leerlingen reizen voor hun "
          "opleiding naar een andere gemeente. Het leerlingaantal zal volgens de prognoses de komende jaren "
          "licht dalen; in sommige kernen is die daling sterker. Voor de scholen betekent dat dat zij keuzes "
          "moeten maken in hun aanbod, wat ook gevolgen heeft voor de ondersteuning die zij kunnen organiseren."),
        P("De kengetallen die wij in dit hoofdstuk noemen zijn ontleend aan de gegevens van DUO en aan de "
          "registratie van het samenwerkingsverband. Een uitgebreider overzicht van de ontwikkeling van "
          "leerlingaantallen per school is te vinden in het jaarverslag."),
    ]


def visie(v):
    return [
        H1("Visie en missie"),
        P("Onze missie is kort samen te vatten: iedere jongere in %s krijgt het onderwijs en de ondersteuning "
          "die hij of zij nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk. Dat betekent dat "
          "we uitgaan van de mogelijkheden van de leerling en niet van de beperkingen. Het betekent ook dat we "
          "samen verantwoordelijk zijn: geen school staat er alleen voor." % v["regio"]),
        P("Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning wordt zoveel mogelijk in de "
          "klas en op de eigen school geboden. De tweede is vertrouwen: we gaan ervan uit dat professionals in "
          "de school het beste weten wat een leerling nodig heeft, en we beperken de bureaucratie. De derde is "
          "samenwerking: met ouders, met jeugdhulp, met gemeenten en met de scholen voor voortgezet speciaal "
          "onderwijs. De vierde is leren: we kijken kritisch naar wat werkt en passen onze aanpak aan."),
        P("Deze pijlers zijn geen loze woorden. Ze komen terug in de keuzes die wij in dit plan maken, in de "
          "manier waarop middelen worden ingezet en in de gesprekken die we met scholen voeren. Tegelijk "
          "beseffen we dat een visie pas betekenis krijgt als ze zichtbaar wordt in het dagelijks werk van "
          "mentoren, docenten en ondersteuners. Daar ligt de komende jaren onze grootste opgave."),
    ]


def governance(v):
    return [
        H1("Organisatie en governance"),
        P("%s is een stichting. Het bestuur van de stichting bestaat uit een directeur-bestuurder; het intern "
          "toezicht is belegd bij de raad van toezicht, waarin een afvaardiging van de aangesloten schoolbesturen "
          "en twee onafhankelijke leden zitting hebben. De taken en bevoegdheden zijn vastgelegd in de statuten "
          "en in het bestuursreglement. De raad van toezicht keurt de begroting en het jaarverslag goed en "
          "benoemt de accountant." % v["name"]),
        P("Het directeurenoverleg, waarin de schoolleiders van alle vestigingen zitting hebben, adviseert de "
          "directeur-bestuurder over het beleid. Daarnaast is er een netwerk van ondersteuningscoördinatoren "
          "dat zes keer per jaar bijeenkomt. Het bureau van het samenwerkingsverband bestaat uit de "
          "directeur-bestuurder, een beleidsmedewerker, een controller, consulenten passend onderwijs en een "
          "secretariaat. Het bureau is gehuisvest in %s." % v["seat"]),
        P("De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen. Het "
          "samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. "
          "Het samenwerkingsverband volgt de Code Goed Bestuur van de sector."),
    ]


def opr(v, parents=True):
    blocks = [H1("Medezeggenschap: de ondersteuningsplanraad")]
    if parents:
        blocks.append(P(
            "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
            "daarvan. De OPR bestaat uit %s leden; de helft is afkomstig uit het personeel van de scholen, de "
            "andere helft bestaat uit ouders en leerlingen. De leden worden afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen. De OPR heeft op %s ingestemd met dit "
            "ondersteuningsplan." % (v["opr_size"], v["opr_consent"])))
    else:
        blocks.append(P(
            "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
            "daarvan. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De "
            "OPR heeft op %s ingestemd met dit ondersteuningsplan." % v["opr_consent"]))
    blocks.append(P(
        "De directeur-bestuurder overlegt minimaal vier keer per jaar met de OPR. De OPR ontvangt de concept-"
        "begroting, het jaarplan en het jaarverslag. Het samenwerkingsverband faciliteert de OPR met scholing "
        "en een vergoeding per vergadering. De werkwijze is vastgelegd in het medezeggenschapsreglement en het "
        "huishoudelijk reglement van de OPR."))
    return blocks


def oogo(v, mention_thuiszitters=True):
    themes = ("de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, "
              "de overgang naar mbo en arbeid" + (" en thuiszitters" if mention_thuiszitters else ""))
    return [
        H1("Samenwerking met gemeenten"),
        P("Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
          "colleges van burgemeester en wethouders van %s. Het OOGO vond plaats op %s. De gemeenten hebben "
          "aangegeven zich te kunnen vinden in de hoofdlijnen van het plan. Omgekeerd is het samenwerkingsverband "
          "betrokken bij het opstellen van het regionale beleidsplan jeugd." % (v["gemeenten"], v["oogo_date"])),
        P("In het OOGO komen jaarlijks de gezamenlijke thema's aan de orde: %s. Per thema is een ambtelijke "
          "werkgroep actief. Afspraken worden vastgelegd in een gezamenlijke agenda die ieder jaar wordt "
          "geactualiseerd. Geschillen in het OOGO worden voorgelegd aan een onafhankelijke voorzitter, conform de "
          "afgesproken procedure." % themes),
        P("We merken dat de samenwerking op uitvoerend niveau goed loopt, maar dat de financiële druk bij de "
          "gemeenten de komende jaren groot is. Dat kan gevolgen hebben voor de beschikbaarheid van jeugdhulp "
          "op en rond school. We blijven daarover met de gemeenten in gesprek."),
    ]


def personeel(v):
    return [
        H1("Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort "
          "raakt ook onze regio; op een aantal scholen zijn vacatures voor ondersteunende functies moeilijk "
          "te vervullen. Het samenwerkingsverband heeft zelf %s fte in dienst, vooral consulenten en "
          "orthopedagogen, en huurt daarnaast expertise in." % v["fte"]),
        P("We investeren in professionalisering via een jaarlijks scholingsaanbod voor mentoren, docenten en "
          "ondersteuningscoördinatoren. Onderwerpen zijn onder meer het werken met een ontwikkelingsperspectief, "
          "omgaan met gedrag in de klas, executieve functies en gesprekken met ouders. Het aanbod wordt "
          "vastgesteld na een behoeftepeiling onder de scholen. Daarnaast organiseren we netwerkbijeenkomsten "
          "waar scholen van elkaar leren."),
        P("Voor de eigen medewerkers hanteert het samenwerkingsverband de cao VO. Er is een functiebouwwerk en "
          "een gesprekkencyclus. De werkdruk van consulenten wordt periodiek besproken in het teamoverleg."),
    ]


def ict_privacy(v):
    return [
        H1("ICT en privacy"),
        P("Het samenwerkingsverband werkt met een digitaal registratiesysteem waarin aanvragen en besluiten "
          "worden vastgelegd. Het systeem voldoet aan de "
          "eisen van de Algemene verordening gegevensbescherming (AVG). Alleen medewerkers die de gegevens "
          "nodig hebben voor hun taak hebben toegang."),
        P("Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor de "
          "wettelijke taken van het samenwerkingsverband. De bewaartermijn is drie jaar na het besluit. Het "
          "samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en een privacyreglement "
          "vastgesteld. Datalekken worden gemeld volgens het protocol."),
    ]


def planning(v):
    return [
        H1("Planning en jaarcyclus"),
        P("Het ondersteuningsplan geeft de koers voor vier jaar. Ieder jaar stellen we een jaarplan en een "
          "jaarbegroting op, die in het voorjaar met het directeurenoverleg en de OPR worden besproken. In het "
          "najaar verschijnt het jaarverslag. Halverwege de planperiode houden we een tussenbalans, waarna het "
          "plan zo nodig wordt bijgesteld; een wijziging van het plan wordt ter instemming voorgelegd aan de OPR."),
        TB([["Wanneer", "Wat"],
            ["september", "start jaarplan, netwerkbijeenkomst ondersteuningscoördinatoren"],
            ["november", "vaststelling jaarverslag en jaarrekening vorig jaar"],
            ["maart", "bespreking concept-jaarplan en begroting met OPR"],
            ["juni", "vaststelling jaarplan en begroting"],
            ["jaarlijks", "OOGO met gemeenten"]]),
    ]


def overstap_povo(v):
    return [
        H1("Overstap van primair naar voortgezet onderwijs"),
        P("Met het samenwerkingsverband primair onderwijs in de regio maken we afspraken over de overstap van "
          "groep 8 naar het voortgezet onderwijs. Basisscholen dragen de gegevens van leerlingen over via het "
          "onderwijskundig rapport. Voor leerlingen met een ondersteuningsbehoefte vindt een warme overdracht "
          "plaats, waarbij de basisschool, de ouders en de ontvangende school samen bespreken wat de leerling "
          "nodig heeft. De aanmelddatum en de procedure worden ieder jaar regionaal afgestemd."),
        P("De samenwerkingsverbanden PO en VO hebben over dit plan overleg gevoerd, zoals de wet voorschrijft. "
          "Daarbij is ook gesproken over leerlingen van het speciaal onderwijs die naar het voortgezet (speciaal) "
          "onderwijs gaan."),
    ]


PO_SWAPS = [
    ("iedere jongere", "ieder kind"), ("jongeren", "kinderen"), ("jongere", "kind"),
    ("scholen voor voortgezet speciaal onderwijs", "scholen voor speciaal (basis)onderwijs"),
    ("mentoren, docenten", "leerkrachten, intern begeleiders"), ("mentoren", "leerkrachten"), ("cao VO", "cao PO"),
    ("grote scholengemeenschappen met alle leerwegen", "grote basisscholen en twee sbo-scholen"),
    ("Veel leerlingen reizen voor hun opleiding naar een andere gemeente.",
     "In veel dorpen staat maar één basisschool."),
    ("de overgang naar mbo en arbeid", "de overgang naar het voortgezet onderwijs"),
    ("ondersteuningscoördinatoren", "intern begeleiders"), ("van het praktijkonderwijs tot het gymnasium", ""),
]


def po_adapt(blocks):
    """Rewrite VO-flavoured filler wording for a PO plan."""
    out = []
    for kind, c in blocks:
        if kind == "p":
            for a, b in PO_SWAPS:
                c = c.replace(a, b)
        elif kind == "table":
            c = [[str(x) for x in r] for r in c]
            for a, b in PO_SWAPS:
                c = [[x.replace(a, b) for x in r] for r in c]
        out.append((kind, c))
    return out


def samenvatting(v):
    return [
        H1("Samenvatting"),
        P("Dit ondersteuningsplan beschrijft hoe %s de komende vier jaar invulling geeft aan passend onderwijs. "
          "Het plan gaat in op wat scholen ten minste bieden, op de ondersteuning die daarbovenop mogelijk is, op "
          "de toegang tot het speciaal onderwijs, op de inzet van middelen en op wat we willen bereiken. Het plan "
          "is vastgesteld na instemming van de ondersteuningsplanraad en na overleg met de gemeenten." % v["name"]),
        P("Drie keuzes lopen als een rode draad door dit plan. Ten eerste willen we dat ondersteuning zo dicht "
          "mogelijk bij de leerling wordt georganiseerd, in de klas en door de eigen leraar. Ten tweede willen we "
          "de administratieve lasten voor scholen verminderen: minder formulieren, meer gesprekken. Ten derde "
          "investeren we in de deskundigheid van teams, omdat we zien dat leraren zich niet altijd toegerust "
          "voelen voor de leerlingen die zij in de klas hebben."),
        P("Het plan is geen blauwdruk. Het geeft richting, maar laat ruimte voor de scholen om het op hun eigen "
          "manier in te vullen. Waar dat nodig is, werken we onderdelen verder uit in het jaarplan. Wij nodigen "
          "iedereen uit om mee te denken over de uitvoering en om ons aan te spreken als de praktijk anders "
          "blijkt dan het papier."),
    ]


def landelijk(v):
    return [
        H1("Landelijke ontwikkelingen"),
        P("Passend onderwijs is sinds 1 augustus 2014 van kracht. Uit de landelijke evaluatie in 2020 bleek dat "
          "er veel is bereikt, maar dat de verwachtingen niet altijd zijn waargemaakt. Leraren ervaren werkdruk, "
          "ouders ervaren soms een strijd om de juiste ondersteuning en het aantal thuiszitters is landelijk "
          "niet gedaald. Het kabinet heeft daarop een verbeteraanpak ingezet met vijfentwintig maatregelen, die "
          "ook voor ons samenwerkingsverband gevolgen hebben."),
        P("Een aantal ontwikkelingen zal in de komende planperiode op ons afkomen. Er wordt gewerkt aan een "
          "landelijke norm voor basisondersteuning, die mogelijk wettelijk wordt vastgelegd. Het wetsvoorstel "
          "versterking positie ouders en leerlingen regelt onder meer dat het schoolondersteuningsprofiel opgaat "
          "in de schoolgids, dat leerlingen een hoorrecht krijgen bij het ontwikkelingsperspectief en dat elk "
          "samenwerkingsverband een ouder- en jeugdsteunpunt moet hebben. Daarnaast is de ambitie uitgesproken "
          "dat het onderwijs in 2035 inclusiever is, waarbij het regulier en het speciaal onderwijs dichter naar "
          "elkaar toe groeien."),
        P("Wij volgen deze ontwikkelingen nauwgezet. Zodra wetgeving in werking treedt, passen we dit plan en "
          "onze werkwijze daarop aan. Wijzigingen leggen we ter instemming voor aan de ondersteuningsplanraad."),
    ]


def kennisdeling(v):
    return [
        H1("Kennisdeling en innovatie"),
        P("Scholen weten veel, maar delen nog te weinig. Het samenwerkingsverband wil een plek zijn waar "
          "kennis wordt uitgewisseld. Daarom organiseren we leernetwerken rond thema's die scholen zelf "
          "aandragen, zoals het werken met leerlingen met autisme, het signaleren van angst en somberheid en "
          "het omgaan met schoolverzuim. Een leernetwerk bestaat uit professionals van verschillende scholen en "
          "komt vier tot zes keer per jaar bijeen onder begeleiding van een medewerker van het bureau."),
        P("Daarnaast stimuleren we vernieuwing. Scholen die een nieuwe aanpak willen uitproberen, kunnen "
          "daarvoor ondersteuning krijgen van het bureau, bijvoorbeeld bij het opzetten van een evaluatie. "
          "Geslaagde aanpakken worden gedeeld op de jaarlijkse studiedag, waar alle scholen elkaar ontmoeten. "
          "In de vorige planperiode leidde dit onder meer tot een gezamenlijke training voor mentoren en tot een "
          "regionaal netwerk van leraren die zich bezighouden met taalontwikkeling."),
        P("Ook werken we samen met de lerarenopleidingen in de regio. Studenten lopen stage op scholen met een "
          "sterke ondersteuningsstructuur en het samenwerkingsverband verzorgt gastlessen over passend "
          "onderwijs."),
    ]


def arbeidsmarkt(v):
    return [
        H1("Aansluiting op vervolgonderwijs en arbeid"),
        P("Voor jongeren in het voortgezet onderwijs is de overstap naar het mbo of naar werk een kwetsbaar "
          "moment. Met de mbo-instellingen in de regio hebben we afspraken gemaakt over de overdracht van "
          "informatie over leerlingen met een ondersteuningsbehoefte. Loopbaanoriëntatie en -begeleiding "
          "(LOB) begint al in de onderbouw. Voor leerlingen uit het praktijkonderwijs en het vso met "
          "uitstroomprofiel arbeid werken we samen met het werkgeversservicepunt en met de gemeenten, zodat "
          "jongeren na school een baan of dagbesteding hebben."),
        P("Het regionaal meld- en coördinatiepunt voortijdig schoolverlaten (RMC) volgt jongeren die zonder "
          "startkwalificatie de school verlaten. Het samenwerkingsverband neemt deel aan het regionale overleg "
          "over voortijdig schoolverlaten."),
    ]


# --------------------------------------------------------------------------- plan 1: VO, good, docx
def plan1():
    v = dict(name="Samenwerkingsverband VO Rijnstreek Midden (VO 26-11)", regio="de Rijnstreek",
             period="2025-2029", start="2025", end="2029", prev="2024", director="drs. M.J. Verhoef",
             opr_date="4 februari 2025", adopt_date="18 maart 2025",
             gemeenten="Alphen aan den Rijn, Kaag en Braassem en Nieuwkoop", inwoners="180.000",
             besturen="7", vestigingen="16", leerlingen="11.240", seat="Alphen aan den Rijn",
             opr_size="twaalf", opr_consent="11 maart 2025", oogo_date="26 februari 2025", fte="14,6")
    b = [TITLE(["Ondersteuningsplan 2025-2029", v["name"], "Samen sterk voor elke jongere",
                "Vastgesteld door de directeur-bestuurder op 18 maart 2025"]),
         TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie en missie",
              "4 Basisondersteuning: wat elke school biedt", "5 Extra ondersteuning en het dekkend aanbod",
              "6 Toelaatbaarheid vso, lwoo en pro", "7 Terugplaatsing en overplaatsing",
              "8 Geld en middelen", "9 Kwaliteit en resultaten", "10 Communicatie met ouders en leerlingen",
              "11 Samenwerking met gemeenten", "12 Personeel en professionalisering", "13 ICT en privacy",
              "14 Organisatie en governance", "15 Medezeggenschap", "16 Planning en jaarcyclus",
              "Bijlage 1 Begrippenlijst"])]
    b += voorwoord(v) + inleiding(v) + context(v) + visie(v)
    b += [
        H1("Basisondersteuning: wat elke school biedt"),
        P("Basisondersteuning is het geheel van ondersteuning dat iedere vestiging van iedere school in ons "
          "samenwerkingsverband ten minste biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
          "nodig is. De besturen hebben dit niveau samen afgesproken; het geldt voor alle zestien vestigingen, "
          "van het praktijkonderwijs tot het gymnasium. Een school mag meer bieden, maar nooit minder."),
        P("Wij hebben de basisondersteuning uitgewerkt in negen afspraken. Ouders kunnen erop rekenen dat zij "
          "deze voorzieningen op elke school aantreffen. De tabel hieronder geeft per afspraak aan wat dat "
          "concreet inhoudt."),
        TB([["Afspraak", "Wat dit concreet betekent op elke vestiging"],
            ["1 Mentoraat", "Elke leerling heeft een mentor met minimaal één uur mentoruur per week in leerjaar 1 en 2 en een individueel gesprek ten minste drie keer per jaar."],
            ["2 Ondersteuningscoördinator", "Elke vestiging heeft een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, bereikbaar voor ouders."],
            ["3 Ondersteuningsteam", "Een intern zorg- en adviesteam met schoolmaatschappelijk werk, jeugdarts en leerplicht komt ten minste zes keer per jaar bijeen."],
            ["4 Dyslexie en dyscalculie", "Er is een protocol dyslexie en dyscalculie met faciliteiten zoals extra tijd, voorleessoftware en aangepaste toetsen."],
            ["5 Sociale veiligheid", "Er is een anti-pestprogramma, een aandachtsfunctionaris en een aanspreekpunt pesten."],
            ["6 Executieve functies", "Leerlingen die moeite hebben met plannen en organiseren krijgen huiswerkbegeleiding of een planningstraining binnen de school."],
            ["7 Faalangst en examenvrees", "Er is een training faalangstreductie of examenvreestraining, minimaal één keer per jaar."],
            ["8 Opvang en time-out", "Er is een vaste plek en een vaste volwassene waar een leerling terechtkan die even niet in de klas kan zijn."],
            ["9 Medisch handelen", "Er is een protocol medicijnverstrekking en medisch handelen, en afspraken bij langdurige ziekte."]]),
        P("De scholen beschrijven in hun schoolondersteuningsprofiel en vanaf de wettelijke wijziging in de "
          "schoolgids hoe zij deze afspraken invullen. Het samenwerkingsverband bezoekt elke vestiging eens per "
          "twee jaar voor een gesprek over de basisondersteuning aan de hand van een kijkwijzer. Als een "
          "vestiging een afspraak niet waarmaakt, maken de consulent en de schoolleider een verbeterafspraak "
          "met een termijn van ten hoogste één schooljaar; de directeur-bestuurder meldt dit aan het bestuur "
          "van de school."),
        H1("Extra ondersteuning en het dekkend aanbod"),
        P("Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning organiseren. "
          "Wij onderscheiden vier niveaus. Niveau 1 is de basisondersteuning. Niveau 2 is extra ondersteuning "
          "binnen de eigen school, bekostigd uit het schoolbudget: bijvoorbeeld een trajectvoorziening, een "
          "rebound-uur of begeleiding door een orthopedagoog van de school. Niveau 3 omvat de bovenschoolse "
          "arrangementen: het Rijnstreek OPDC met 48 plaatsen voor tijdelijke opvang van maximaal een jaar, de "
          "Time-Out-voorziening met 12 plaatsen voor maximaal twaalf weken, het Nieuwkomersprogramma (ISK) en de "
          "onderwijs-zorgarrangementen die samen met jeugdhulp worden uitgevoerd. Niveau 4 is het voortgezet "
          "speciaal onderwijs: in de regio staan twee vso-scholen voor cluster 4 en één voor cluster 3; "
          "daarnaast maken leerlingen gebruik van vso-scholen in Leiden en Gouda."),
        P("De consulenten van het samenwerkingsverband zijn het aanspreekpunt voor scholen die handelingsverlegen "
          "zijn. Zij sluiten aan bij het ondersteuningsteam en helpen bij het vinden van een passende plek. De "
          "besturen hebben afgesproken dat zij hun zorgplicht gezamenlijk invullen: als een school geen passend "
          "aanbod heeft, zoekt zij met het samenwerkingsverband naar een andere school. Een leerling wordt pas "
          "uitgeschreven als een andere school hem heeft ingeschreven."),
        P("Om te weten of ons aanbod dekkend is, houden we twee keer per jaar een analyse van de aanvragen die "
          "niet of te laat konden worden gehonoreerd, de wachtlijsten bij OPDC en vso, en het aantal thuiszitters. "
          "Die analyse wordt besproken in het directeurenoverleg. Tekorten worden vertaald in concrete acties in "
          "het jaarplan. In de afgelopen periode leidde dit tot uitbreiding van de Time-Out-voorziening en tot een "
          "aanbod voor hoogbegaafde leerlingen op twee vestigingen. Voor thuiszitters is er een thuiszitterstafel "
          "met de leerplichtambtenaren, die elke maand bijeenkomt; bij vastgelopen situaties heeft de "
          "directeur-bestuurder doorzettingsmacht om een plek af te dwingen binnen de aangesloten scholen."),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Toelaatbaarheidsverklaring voortgezet speciaal onderwijs"),
        P("Een leerling kan alleen worden ingeschreven op een school voor voortgezet speciaal onderwijs als het "
          "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt gedaan "
          "door het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld. Ouders "
          "tekenen de aanvraag voor gezien en geven hun zienswijze. De aanvraag bevat het ontwikkelingsperspectief, "
          "een verslag van de ingezette ondersteuning en, indien aanwezig, onderzoeksverslagen."),
        P("Het bureau van het samenwerkingsverband controleert binnen vijf werkdagen of het dossier compleet is. "
          "Vervolgens brengen twee deskundigen elk een eigen schriftelijk advies uit: een orthopedagoog of "
          "psycholoog en, afhankelijk van de situatie, een kinder- en jeugdpsychiater, een maatschappelijk werker "
          "of een jeugdarts. De deskundigen zijn niet betrokken geweest bij de aanvraag. De Commissie "
          "Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het complete "
          "dossier."),
        P("De commissie hanteert de volgende criteria. Een leerling is toelaatbaar tot het vso als aan alle "
          "drie de voorwaarden is voldaan:"),
        UL(["de ondersteuningsbehoefte is zo groot dat de regulier school deze ook met extra ondersteuning van niveau 2 en 3 niet kan bieden, wat blijkt uit een periode van ten minste zes maanden planmatige ondersteuning volgens het ontwikkelingsperspectief (behalve in crisissituaties);",
            "de leerling heeft een intensieve combinatie van onderwijs en zorg nodig, zoals een structurele kleine groep van maximaal twaalf leerlingen of specialistische begeleiding gedurende de hele schooldag;",
            "de vso-school kan aantoonbaar bieden wat de leerling nodig heeft."]),
        P("De TLV wordt afgegeven voor één, twee of drie schooljaren en loopt altijd tot en met 31 juli. De "
          "commissie bepaalt ook de bekostigingscategorie: laag voor de meeste leerlingen in cluster 4 en ZML, "
          "midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met "
          "een meervoudige beperking. Ouders die het niet eens zijn met het besluit kunnen binnen zes weken "
          "bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria voor "
          "intelligentie (IQ 75-90 voor lwoo, 55-80 voor pro), leerachterstand (ten minste 1,5 jaar voor lwoo, "
          "ten minste 3 jaar op twee domeinen voor pro) en, bij lwoo, sociaal-emotionele problematiek. De "
          "basisschool of de vo-school dient de aanvraag in via het digitale systeem, uiterlijk 1 maart van het "
          "jaar waarin de leerling instroomt. De Commissie Toelaatbaarheid besluit binnen vier weken. Een "
          "aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro voor de duur van de inschrijving."),
        H1("Terugplaatsing en overplaatsing"),
        P("Ons uitgangspunt is dat een plaatsing in het vso geen eindstation hoeft te zijn. Als een leerling zich "
          "zo heeft ontwikkeld dat onderwijs op een reguliere school weer haalbaar is, zetten we ons in voor "
          "terugplaatsing, bij voorkeur naar een school in de buurt van de woonplaats. Voorwaarde is dat de "
          "leerling en de ouders dat willen en dat de ontvangende school met steun van het samenwerkingsverband "
          "kan bieden wat nodig is. Na terugplaatsing krijgt de leerling een overgangsarrangement: gedurende een "
          "jaar begeleiding door een ambulant begeleider van de vso-school, betaald door het samenwerkingsverband."),
        P("In de vorige planperiode keerden 14 leerlingen vanuit het vso terug naar het regulier voortgezet "
          "onderwijs. De werkwijze rond het einde van een TLV, de evaluatiemomenten en wie het initiatief neemt "
          "leggen we in 2026 vast in een protocol dat samen met de vso-scholen wordt opgesteld."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na "
          "aftrek van de afdrachten aan het vso die DUO rechtstreeks inhoudt, resteert een bedrag dat het "
          "samenwerkingsverband verdeelt. De verdeling is als volgt geregeld."),
        UL(["Schoolbudget: elk schoolbestuur ontvangt € 165 per leerling (teldatum 1 oktober van het voorgaande jaar) voor extra ondersteuning op niveau 2, plus een vaste voet van € 20.000 per vestiging.",
            "Lwoo en pro: de middelen voor leerwegondersteuning en praktijkonderwijs worden volledig doorgegeven aan de besturen op basis van het aantal leerlingen met een aanwijzing of TLV.",
            "Bovenschoolse arrangementen (OPDC, Time-Out, onderwijs-zorgarrangementen) worden centraal bekostigd; plaatsing kost de school niets.",
            "Een innovatiebudget van € 150.000 per jaar wordt op aanvraag toegekend aan projecten van scholen, na advies van het directeurenoverleg."]),
        P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juli in een korte "
          "rapportage aan de hand van een vast format. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000)."),
        TB([["Post", "2025", "2026", "2027", "2028"],
            ["Baten ondersteuningsbudget (na afdracht vso)", "6.940", "6.870", "6.800", "6.740"],
            ["Schoolbudgetten besturen", "2.175", "2.150", "2.120", "2.100"],
            ["Lwoo en pro (doorbetaling)", "2.310", "2.290", "2.270", "2.250"],
            ["OPDC en Time-Out", "1.180", "1.180", "1.190", "1.190"],
            ["Onderwijs-zorgarrangementen", "420", "420", "420", "420"],
            ["Innovatiebudget", "150", "150", "150", "150"],
            ["Bureau en personeel", "860", "870", "880", "890"],
            ["Resultaat", "-155", "-190", "-230", "-260"]]),
        P("Het samenwerkingsverband heeft een weerstandsvermogen boven de signaleringswaarde. De negatieve "
          "resultaten in de begroting zijn bewust: we bouwen de reserve af tot het niveau van de "
          "signaleringswaarde in 2028."),
        H1("Kwaliteit en resultaten"),
        P("Voor deze planperiode hebben we vijf beoogde resultaten geformuleerd voor leerlingen die extra "
          "ondersteuning nodig hebben. Ze staan in de tabel met de uitgangssituatie en de streefwaarde voor 2029."),
        TB([["Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
            ["Deelnamepercentage vso (peildatum 1 oktober)", "3,9%", "3,5%"],
            ["Aantal thuiszitters langer dan 3 maanden", "21", "minder dan 10"],
            ["Leerlingen OPDC die binnen een jaar terug zijn op een reguliere school", "71%", "80%"],
            ["Doorlooptijd TLV-aanvraag", "gemiddeld 7 weken", "maximaal 6 weken"],
            ["Tevredenheid ouders over ondersteuning (peiling)", "6,8", "7,5"]]),
        P("We monitoren deze resultaten twee keer per jaar met een dashboard dat het bureau vult uit de "
          "registratie en de DUO-gegevens. Het dashboard wordt besproken in het directeurenoverleg en met de "
          "raad van toezicht. Eens per twee jaar houden we een tevredenheidspeiling onder ouders en scholen. In "
          "het jaarverslag rapporteren we de bereikte resultaten en de kosten van de voorzieningen. Blijft een "
          "resultaat achter, dan stellen we in het jaarplan een verbeteractie vast."),
        H1("Communicatie met ouders en leerlingen"),
        P("Ouders moeten weten waar zij aan toe zijn. De website van het samenwerkingsverband bevat een "
          "ouderpagina met uitleg over de basisondersteuning, de bovenschoolse voorzieningen en de manier waarop "
          "een TLV wordt aangevraagd. Er is een ouderbrochure in het Nederlands, Engels, Arabisch en Turks, die "
          "via de scholen wordt verspreid. De schoolgids van elke school beschrijft wat de school biedt. Twee "
          "keer per jaar organiseren we een informatieavond voor ouders."),
        P("Ouders en jongeren die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, "
          "kunnen terecht bij het Ouder- en Jeugdsteunpunt Rijnstreek. Het steunpunt werkt onafhankelijk van de "
          "scholen, is gratis en is bereikbaar via telefoon, e-mail en een inloopspreekuur. Daarnaast kunnen "
          "ouders een beroep doen op de landelijke Onderwijsconsulenten en op de Geschillencommissie passend "
          "onderwijs. Klachten over het samenwerkingsverband zelf worden behandeld volgens de klachtenregeling."),
    ]
    b += oogo(v) + overstap_povo(v) + personeel(v) + ict_privacy(v) + governance(v) + opr(v) + planning(v)
    b += [
        H1("Bijlage 1 Begrippenlijst"),
        TB([["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["TLV", "Toelaatbaarheidsverklaring voor het vso of pro."],
            ["Terugplaatsing", "Overstap van een leerling van het vso naar een reguliere school."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."]]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4: SWV-wide minimum for all 16 vestigingen; content only in the table of nine afspraken; kijkwijzer visits as borging.",
        "plaatsing": "H6: TLV vso procedure (bevoegd gezag, 2 deskundigen, commissie, 6 weken), three criteria, duur/categorie, bezwaar LBT; lwoo/pro criteria and procedure.",
        "terugstroom": "H7: policy (aim, conditions, 1-year overgangsarrangement) present; procedure deferred to a protocol 'in 2026' -> partial.",
        "financien": "H8 'Geld en middelen': per-leerling bedrag + vaste voet, lwoo/pro doorbetaling; meerjarenbegroting table 2025-2028; reserve afbouw.",
        "dekkend-aanbod": "H5: niveaus 1-4, OPDC/Time-Out/ISK/OZA/vso; half-yearly gap analysis, thuiszitterstafel, doorzettingsmacht.",
        "resultaten": "H9: table of beoogde resultaten with nulmeting and streefwaarde; dashboard twice a year, jaarverslag.",
        "ouders": "H10 'Communicatie': ouderpagina, brochure, informatieavond; OJSP Rijnstreek, Onderwijsconsulenten.",
    }
    status = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "present"}
    return dict(blocks=b, header="Ondersteuningsplan 2025-2029 | SWV VO Rijnstreek Midden", sector="vo",
                status=status, crit=crit, adv=adv, notes=notes)


# --------------------------------------------------------------------------- plan 2: VO, thin "op hoofdlijnen", pdf
def plan2():
    v = dict(name="Stichting Samenwerkingsverband Passend Onderwijs VO Kempenland (VO 30-07)", regio="de Kempen",
             period="2024-2028", start="2024", end="2028", prev="2023", director="J.A.M. van Gerwen MEd",
             opr_date="9 januari 2024", adopt_date="10 april 2024",
             gemeenten="Bergeijk, Bladel, Eersel, Oirschot en Reusel-De Mierden", inwoners="105.000",
             besturen="4", vestigingen="7", leerlingen="6.380", seat="Eersel",
             opr_size="acht", opr_consent="26 maart 2024", oogo_date="14 maart 2024", fte="6,2")
    b = [TITLE(["Ondersteuningsplan op hoofdlijnen 2024-2028", v["name"],
                "Versie 1.3 - definitief"]),
         TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik 2020-2024", "3 Onze regio", "4 Visie en missie",
              "5 Ondersteuning in de Kempen", "  5.1 Basisondersteuning", "  5.2 Extra ondersteuning en arrangementen",
              "  5.3 Dekkend aanbod", "6 Toewijzing en toelaatbaarheid", "7 Financiën", "8 Ambities en resultaten",
              "9 Ouders", "10 Personeel en professionalisering", "11 ICT en privacy",
              "12 Organisatie en governance", "13 Medezeggenschap", "14 Planning en jaarcyclus",
              "Bijlage 1 Afkortingen", "Bijlage 4 Meerjarenbegroting 2024-2028"])]
    b += voorwoord(v) + samenvatting(v) + inleiding(v)
    b += [
        H1("Terugblik 2020-2024"),
        P("De vorige planperiode stond in het teken van de coronapandemie en de nasleep daarvan. Scholen "
          "hadden te maken met leerlingen die achterstanden hadden opgelopen en met een toename van "
          "sociaal-emotionele problematiek. Het samenwerkingsverband heeft in die periode extra middelen "
          "ingezet voor begeleiding op de scholen."),
        P("Uit de evaluatie met schoolleiders en ondersteuningscoördinatoren kwam naar voren dat het "
          "ondersteuningsplan 2020-2024 te veel een beschrijving van procedures was en te weinig richting gaf. "
          "Daarom kiezen we nu voor een plan op hoofdlijnen: het samenwerkingsverband beschrijft het wat, de "
          "scholen bepalen het hoe. De uitwerking vindt plaats in jaarplannen en in de schoolondersteuningsprofielen."),
        P("Een aantal ambities uit het vorige plan is niet gerealiseerd. Zo is het niet gelukt om een "
          "gezamenlijke voorziening voor hoogbegaafde leerlingen op te zetten. De resultaten van de vorige "
          "periode zijn uitgebreid beschreven in de jaarverslagen 2020 tot en met 2023."),
    ]
    b += context(v) + visie(v)
    b += [
        H1("Ondersteuning in de Kempen"),
        H2("Basisondersteuning"),
        P("In de Kempen hebben de vier besturen afgesproken welk niveau van basisondersteuning elke vestiging "
          "ten minste biedt. Dat niveau geldt voor alle zeven vestigingen en voor alle leerwegen; een leerling "
          "hoeft voor basisondersteuning geen aanvraag te doen en de school hoeft daarvoor niet naar het "
          "samenwerkingsverband. Basisondersteuning is daarmee de ondergrens: wat daaronder zit, is niet "
          "acceptabel."),
        P("Hoe elke school de basisondersteuning concreet invult, beschrijft de school in haar "
          "schoolondersteuningsprofiel. De scholen verschillen daarin, omdat zij verschillende leerlingen en "
          "verschillende teams hebben. De standaarden voor basisondersteuning die de besturen hanteren, worden "
          "in het schooljaar 2024-2025 geactualiseerd aan de hand van de landelijke ontwikkelingen rond de norm "
          "voor basisondersteuning."),
        H2("Extra ondersteuning en arrangementen"),
        P("Als een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning "
          "inzetten. Welke extra ondersteuning een school biedt en hoe zij die organiseert, bepaalt de school "
          "zelf; zij legt dat vast in haar schoolondersteuningsprofiel. Een actueel overzicht van de "
          "arrangementen en voorzieningen in de regio wordt bijgehouden op de website van het "
          "samenwerkingsverband. Het samenwerkingsverband gaat uit van vertrouwen in de professionals en "
          "schrijft de scholen geen vaste vorm voor."),
        P("In het directeurenoverleg is afgesproken dat de scholen de komende periode onderzoeken of zij meer "
          "gezamenlijk kunnen optrekken, bijvoorbeeld bij leerlingen met complexe gedragsproblematiek. Voorstellen "
          "daarvoor worden in 2025 aan het bestuur voorgelegd."),
        H2("Dekkend aanbod"),
        P("Het samenwerkingsverband heeft de opdracht om te zorgen voor een dekkend aanbod. Wij zien dit als een "
          "belangrijk thema voor de komende jaren. In het eerste jaar van deze planperiode wordt een werkgroep "
          "ingericht die een analyse maakt van het aanbod en de knelpunten. Op basis daarvan stellen we in het "
          "jaarplan 2025-2026 vast welke acties nodig zijn. Tot die tijd bespreken we signalen in het "
          "directeurenoverleg."),
        H1("Toewijzing en toelaatbaarheid"),
        P("Het samenwerkingsverband beslist over toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
          "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Voor al deze aanvragen "
          "geldt één route via het Loket Kempenland."),
        P("De procedure verloopt in vier stappen. Stap 1: de school waar de leerling is ingeschreven of "
          "aangemeld bespreekt de situatie in het ondersteuningsteam en met de ouders, en besluit tot een "
          "aanvraag. Stap 2: het bevoegd gezag dient de aanvraag digitaal in bij het Loket, met het "
          "ontwikkelingsperspectief en het groeidocument. Stap 3: het Loket vraagt advies aan twee deskundigen, "
          "van wie één orthopedagoog of psycholoog is; de tweede deskundige wordt gekozen op basis van de "
          "problematiek. Stap 4: de Commissie Toewijzing besluit binnen zes weken en stuurt het besluit aan "
          "het bevoegd gezag en de ouders. Aanvragen voor lwoo en pro voor nieuwe brugklasleerlingen moeten "
          "uiterlijk 1 maart zijn ingediend."),
        P("De criteria voor toelaatbaarheid tot het vso worden in de loop van 2024-2025 samen met de "
          "vso-scholen in de regio opnieuw vastgesteld en daarna als wijziging aan dit plan toegevoegd. Tot die "
          "tijd beoordeelt de Commissie Toewijzing elke aanvraag op haar eigen merites."),
        H1("Financiën"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor het "
          "vso worden door DUO rechtstreeks afgedragen aan de vso-scholen. Van het resterende budget gaat het "
          "grootste deel naar de besturen."),
        P("De verdeling gebeurt volgens het verdeelmodel Kempenland. Elk bestuur ontvangt een vast bedrag van "
          "€ 142 per leerling op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar, plus een "
          "vaste voet van € 15.000 per vestiging. De middelen voor lwoo en pro worden doorgegeven op basis van "
          "het aantal leerlingen met een aanwijzing of toelaatbaarheidsverklaring. De directeur-bestuurder stelt jaarlijks in juni de bedragen vast na advies van het "
          "directeurenoverleg."),
        P("De meerjarenbegroting is als bijlage 4 bij dit plan gevoegd. De begroting wordt ieder jaar "
          "geactualiseerd."),
        H1("Ambities en resultaten"),
        P("Voor de planperiode 2024-2028 hebben we de volgende ambities voor leerlingen die extra ondersteuning "
          "nodig hebben geformuleerd:"),
        UL(["In 2028 is het deelnamepercentage vso gedaald van 4,1% naar 3,6%.",
            "In 2028 heeft ten minste 90% van de leerlingen met een ontwikkelingsperspectief een plan dat twee keer per jaar met leerling en ouders is besproken.",
            "In 2028 wordt elke aanvraag bij het Loket binnen zes weken afgehandeld.",
            "Leerlingen met een ontwikkelingsperspectief behalen in 2028 in ten minste 70% van de gevallen een startkwalificatie of stromen door naar passend vervolgonderwijs."]),
        P("Hoe we deze ambities gaan volgen en waar we over rapporteren, werken we in het eerste jaar van deze "
          "planperiode uit in een monitor. We streven ernaar de monitor vanaf 2025 te gebruiken."),
        H1("Ouders"),
        P("Ouders zijn onmisbare partners. Het samenwerkingsverband informeert ouders via de website, waar "
          "uitleg staat over de basisondersteuning, de extra ondersteuning en de route via het "
          "Loket. De scholen informeren ouders via de schoolgids en het schoolondersteuningsprofiel; bij de "
          "overstap naar het voortgezet onderwijs ontvangen ouders van groep 8-leerlingen een ouderfolder. "
          "Eens per jaar organiseren we samen met het samenwerkingsverband PO een informatieavond over "
          "ondersteuning in het voortgezet onderwijs."),
        P("Ouders worden betrokken bij het opstellen van het ontwikkelingsperspectief en worden uitgenodigd "
          "voor gesprekken in het ondersteuningsteam."),
    ]
    b += personeel(v) + kennisdeling(v) + ict_privacy(v) + governance(v) + opr(v) + landelijk(v) + planning(v)
    b += [
        H1("Bijlage 1 Afkortingen"),
        TB([["Afkorting", "Betekenis"],
            ["BO", "Basisondersteuning"], ["TLV", "Toelaatbaarheidsverklaring"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPP", "Ontwikkelingsperspectief"],
            ["OZA", "Onderwijs-zorgarrangement"], ["SOP", "Schoolondersteuningsprofiel"],
            ["vso", "Voortgezet speciaal onderwijs"]]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False}
    status = {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial"}
    adv = {"plaatsing": ["deskundigen"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "5.1: level defined as the agreed minimum for all 7 vestigingen, but the content is left to each school's SOP and standards are 'geactualiseerd' later -> inhoud not addressed.",
        "plaatsing": "Ch 6: four-step Loket procedure with 2 deskundigen and 6-week term; vso criteria deferred ('in de loop van 2024-2025 opnieuw vastgesteld'), none for lwoo/pro.",
        "terugstroom": "Nothing on return from vso to regular vo anywhere in the body.",
        "financien": "Ch 7: verdeelmodel (EUR 142 per leerling + vaste voet, lwoo/pro doorbetaling); meerjarenbegroting only in absent bijlage 4 -> besteding not addressed.",
        "dekkend-aanbod": "5.2 leaves extra support to each school's SOP and refers to the website; 5.3 'Dekkend aanbod' only announces a werkgroep; no OOGO/jeugdhulp chapter -> nothing addressed despite headings in TOC.",
        "resultaten": "Ch 8: four measurable ambities; monitoring deferred to a monitor to be worked out in year one.",
        "ouders": "Ch 9 'Ouders': website, schoolgids/SOP, ouderfolder, informatieavond; no independent support (OJSP only in the afkortingen list and as a national bill in 'Landelijke ontwikkelingen').",
    }
    return dict(blocks=b, header="Ondersteuningsplan op hoofdlijnen 2024-2028 | SWV VO Kempenland", sector="vo",
                status=status, crit=crit, adv=adv, notes=notes)


# --------------------------------------------------------------------------- plan 3: VO, medium, pdf
def plan3():
    v = dict(name="Samenwerkingsverband Voortgezet Onderwijs Waterland (VO 27-02)", regio="Waterland",
             period="2025-2029", start="2025", end="2029", prev="2024", director="mr. E.S. de Boer",
             opr_date="21 januari 2025", adopt_date="15 april 2025",
             gemeenten="Purmerend, Edam-Volendam, Landsmeer, Oostzaan en Waterland", inwoners="170.000",
             besturen="6", vestigingen="13", leerlingen="9.870", seat="Purmerend",
             opr_size="tien", opr_consent="8 april 2025", oogo_date="1 april 2025", fte="9,4")
    b = [TITLE(["Ondersteuningsplan 2025-2029", v["name"], "Koers houden in Waterland"]),
         TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie en missie",
              "4 Het ondersteuningsaanbod", "  4.1 Basisondersteuning", "  4.2 Extra ondersteuning op school",
              "  4.3 Bovenschoolse voorzieningen", "  4.4 Voortgezet speciaal onderwijs",
              "5 Toelaatbaarheid", "  5.1 Vso", "  5.2 Lwoo en pro", "  5.3 Bezwaar", "  5.4 Afloop van de TLV",
              "6 Financieel beleid", "7 Communicatie", "8 Samenwerking met gemeenten",
              "9 Overstap PO-VO", "10 Personeel", "11 ICT en privacy", "12 Organisatie", "13 Medezeggenschap",
              "14 Planning", "Bijlage Begrippenlijst (o.a. resultaten, dekkend aanbod, terugplaatsing)"])]
    b += voorwoord(v) + inleiding(v) + context(v) + landelijk(v) + visie(v)
    b += [
        H1("Het ondersteuningsaanbod"),
        H2("Basisondersteuning"),
        P("Alle scholen in Waterland bieden hetzelfde basisniveau van ondersteuning. Dit is vastgelegd in de "
          "Standaarden Basisondersteuning Waterland, die door alle besturen zijn onderschreven en die gelden op "
          "iedere vestiging, ongeacht leerweg of grootte. Wat ouders en leerlingen op elke school mogen "
          "verwachten:"),
        UL(["een mentor die de leerling en de ouders kent en het eerste aanspreekpunt is;",
            "een ondersteuningscoördinator en een zorg- en adviesteam waarin de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk deelnemen;",
            "begeleiding bij dyslexie en dyscalculie volgens het landelijke protocol, inclusief hulpmiddelen;",
            "een aanbod voor sociale vaardigheden en weerbaarheid, zoals een training in leerjaar 1;",
            "een time-outplek op school met opvang door een vaste medewerker;",
            "afspraken voor leerlingen met een chronische ziekte of fysieke beperking, zoals een aangepast rooster en lift of aangepast meubilair;",
            "handelingsgericht werken: de school signaleert vroeg, legt afspraken vast in een handelingsplan en evalueert die ten minste twee keer per jaar."]),
        H2("Extra ondersteuning op school"),
        P("Wanneer een leerling meer nodig heeft, zet de school extra ondersteuning in. Dat kan gaan om "
          "individuele begeleiding door een begeleider passend onderwijs, een plek in een kleine groep voor een "
          "deel van de week of de inzet van een orthopedagoog. De school legt dit vast in een "
          "ontwikkelingsperspectief. De scholen ontvangen hiervoor middelen van het samenwerkingsverband."),
        H2("Bovenschoolse voorzieningen"),
        P("Waterland heeft drie bovenschoolse voorzieningen. Het Waterland College OPDC biedt plaats aan 40 "
          "leerlingen uit vmbo-basis en -kader die een jaar lang in kleine groepen werken aan hun terugkeer. "
          "De Rebound biedt kortdurende opvang van acht tot twaalf weken voor leerlingen die op school zijn "
          "vastgelopen door gedrag. Het traject Zorg op School biedt jeugdhulp in onderwijstijd voor leerlingen "
          "met psychische problematiek, in samenwerking met twee jeugdhulpaanbieders."),
        H2("Voortgezet speciaal onderwijs"),
        P("Voor leerlingen die het regulier onderwijs ook met extra ondersteuning niet kan bedienen, is er het "
          "voortgezet speciaal onderwijs. In Purmerend staan een vso-school voor cluster 4 (uitstroomprofielen "
          "vervolgonderwijs en arbeidsmarkt) en een school voor zeer moeilijk lerende leerlingen. Leerlingen met "
          "een lichamelijke beperking gaan naar scholen in Amsterdam. Zo ontstaat een doorlopende lijn van "
          "basisondersteuning via extra ondersteuning en bovenschoolse voorzieningen naar het vso."),
        P("Of dit aanbod voldoende is voor alle leerlingen in de regio, gaan we in de loop van de planperiode "
          "onderzoeken. De resultaten van dat onderzoek verwerken we in een volgend jaarplan."),
        H1("Toelaatbaarheid"),
        H2("Vso"),
        P("De school waar de leerling is ingeschreven vraagt, na overleg met de ouders, een toelaatbaarheids"
          "verklaring aan bij de Commissie Toelaatbaarheid Waterland (CTW). De aanvraag bevat het "
          "ontwikkelingsperspectief, een overzicht van de ingezette ondersteuning van ten minste een half jaar "
          "en de zienswijze van de ouders. Een orthopedagoog of GZ-psycholoog en een tweede deskundige "
          "(maatschappelijk werker, jeugdarts of kinderpsychiater) geven ieder schriftelijk advies. De CTW "
          "besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte op meerdere gebieden "
          "(leren, gedrag, sociaal-emotioneel, medisch) zo groot is dat een reguliere school met de extra "
          "ondersteuning en de bovenschoolse voorzieningen niet toereikend is, en als blijkt dat de leerling "
          "een kleine, gestructureerde leeromgeving met intensieve zorg de hele schooldag nodig heeft. Bij "
          "leerlingen die door hun beperking niet kunnen functioneren in een grote groep, zoals leerlingen met "
          "ernstige autisme of ernstige angstproblematiek, kan de CTW zonder voorafgaand traject besluiten. De "
          "TLV geldt voor maximaal twee schooljaren; voor leerlingen met een ZML-profiel tot het einde van de "
          "schoolloopbaan. De CTW stelt de bekostigingscategorie vast."),
        H2("Lwoo en pro"),
        P("Voor lwoo en praktijkonderwijs volgen we de landelijke criteria: voor pro een IQ tussen 55 en 80 en "
          "een leerachterstand van ten minste drie jaar op ten minste twee van de vier domeinen; voor lwoo een "
          "IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar, of een hoger IQ in combinatie "
          "met sociaal-emotionele problematiek. De basisschool levert de gegevens aan via het overstapdossier; "
          "de ontvangende vo-school dient de aanvraag in vóór 15 maart. De CTW besluit binnen vier weken."),
        H2("Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit van de CTW. Het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheids"
          "verklaringen, die het bezwaar behandelt en het bestuur adviseert."),
        H2("Afloop van de TLV"),
        P("Een TLV is geen eindbestemming. Wij willen dat leerlingen die het kunnen, teruggaan naar een "
          "reguliere school, zo mogelijk dicht bij huis. Elke vso-leerling heeft daarom in het "
          "ontwikkelingsperspectief een uitstroomperspectief waarin ook de mogelijkheid van terugkeer wordt "
          "meegenomen. Terugplaatsing gebeurt alleen als de leerling, de ouders en de ontvangende school "
          "erachter staan."),
        P("In het laatste jaar van de TLV evalueert de vso-school vóór 1 februari met de ouders en de leerling "
          "of voortzetting van het vso nodig is. Is terugplaatsing haalbaar, dan meldt de vso-school de leerling "
          "aan bij de consulent van het samenwerkingsverband, die samen met de vso-school en een reguliere "
          "school een overstapplan maakt. De reguliere school beslist over de inschrijving. De leerling kan "
          "eerst een proefperiode van zes weken volgen met behoud van de vso-inschrijving. Na de overstap "
          "ontvangt de reguliere school een terugplaatsingsarrangement: één jaar begeleiding door de ambulante "
          "dienst van de vso-school. "
          "Is voortzetting van het vso nodig, dan vraagt de vso-school tijdig een nieuwe TLV aan bij de CTW, "
          "uiterlijk 1 april; de TLV eindigt anders op 31 juli."),
        H1("Financieel beleid"),
        P("De middelen van het samenwerkingsverband bestaan uit de rijksbijdrage voor lichte en zware "
          "ondersteuning. Een groot deel van de zware ondersteuning wordt door DUO rechtstreeks aan het vso "
          "afgedragen. Het bestuur streeft naar een sluitende begroting en een verantwoord weerstandsvermogen."),
        P("De verdeling van de middelen over de besturen wordt in het eerste jaar van deze planperiode opnieuw "
          "bekeken in een nieuw allocatiemodel. Het huidige model blijft gelden tot het nieuwe model is "
          "vastgesteld. Hieronder volgt de meerjarenbegroting (bedragen in euro's)."),
        TB([["Post", "2025", "2026", "2027", "2028"],
            ["Rijksbijdrage ondersteuning", "11.820.000", "11.690.000", "11.560.000", "11.470.000"],
            ["Afdracht vso via DUO", "-4.980.000", "-5.010.000", "-5.040.000", "-5.060.000"],
            ["Middelen naar besturen", "3.940.000", "3.880.000", "3.820.000", "3.780.000"],
            ["Lwoo en pro", "1.650.000", "1.630.000", "1.610.000", "1.590.000"],
            ["OPDC en Rebound", "720.000", "720.000", "730.000", "730.000"],
            ["Zorg op School", "210.000", "210.000", "210.000", "210.000"],
            ["Terugplaatsingsarrangementen", "40.000", "40.000", "40.000", "40.000"],
            ["Bureau, personeel en huisvesting", "330.000", "335.000", "340.000", "345.000"],
            ["Saldo", "-50.000", "-135.000", "-230.000", "-285.000"]]),
        P("De tekorten worden gedekt uit de algemene reserve, die daarmee in 2028 op het niveau van de "
          "signaleringswaarde komt."),
        H1("Communicatie"),
        P("Goede communicatie met ouders, leerlingen en scholen is een voorwaarde voor passend onderwijs. Op de "
          "website staat een ouderpagina met uitleg over wat elke school biedt, over de bovenschoolse "
          "voorzieningen en over de toelaatbaarheidsprocedure. Er is een folder 'Passend onderwijs in Waterland' "
          "die elke brugklasleerling mee naar huis krijgt. Ouders kunnen een afspraak maken met een consulent "
          "voor uitleg over hun situatie. De scholen beschrijven hun aanbod in de schoolgids."),
        P("Ouders die er met de school niet uitkomen of onafhankelijk advies willen, kunnen terecht bij het "
          "Ouder- en Jeugdsteunpunt Zaanstreek-Waterland, dat samen met het samenwerkingsverband PO wordt "
          "gefinancierd maar onafhankelijk werkt. Ook kunnen zij contact opnemen met de Onderwijsconsulenten of "
          "een klacht indienen volgens de klachtenregeling van het samenwerkingsverband. Geschillen over "
          "toelating, verwijdering of het ontwikkelingsperspectief kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
        P("We publiceren vier keer per jaar een nieuwsbrief voor scholen en partners."),
    ]
    b += oogo(v) + overstap_povo(v) + arbeidsmarkt(v) + personeel(v) + ict_privacy(v) + governance(v) + opr(v)
    b += planning(v)
    b += [
        H1("Bijlage Begrippenlijst"),
        TB([["Begrip", "Uitleg"],
            ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken met leerlingen die extra ondersteuning nodig hebben."],
            ["Dekkend aanbod", "Een aanbod waarin voor elke leerling een passende plek is."],
            ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
            ["Verdeelmodel", "De manier waarop middelen over de besturen worden verdeeld."],
            ["Terugplaatsing", "De overstap van het vso naar een reguliere school."],
            ["CTW", "Commissie Toelaatbaarheid Waterland."]]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True}
    status = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "5.1: Standaarden Basisondersteuning Waterland on every vestiging, with a list of seven concrete provisions.",
        "plaatsing": "Ch 6: CTW procedure (school applies, 2 deskundigen, 6 weken), vso criteria, lwoo/pro national criteria and procedure, duur, bezwaar via LBT.",
        "terugstroom": "Hidden in 6.4 'Afloop van de TLV' inside the toelaatbaarheid chapter: aim/conditions, evaluation before 1 Feb, consulent, proefperiode, one-year terugplaatsingsarrangement, new TLV by 1 April.",
        "financien": "Ch 7: meerjarenbegroting table with amounts (besteding); verdeling deferred to a new allocatiemodel and the 'huidige model' is not described.",
        "dekkend-aanbod": "5.2-5.4 describe the continuum (extra, OPDC, Rebound, Zorg op School, vso); gaps only 'gaan we onderzoeken'; thuiszitters only in OOGO theme list and glossary.",
        "resultaten": "No intended results and no monitoring; 'resultaten' appears only in TOC/glossary and passing phrases (OOGO, jaarverslag).",
        "ouders": "Ch 8 'Communicatie': ouderpagina, folder, consulent, schoolgids; OJSP Zaanstreek-Waterland, Onderwijsconsulenten, klachtenregeling, GPO.",
    }
    return dict(blocks=b, header="Ondersteuningsplan 2025-2029 | SWV VO Waterland", sector="vo",
                status=status, crit=crit, adv=adv, notes=notes)


# --------------------------------------------------------------------------- plan 4: PO, docx
def plan4():
    v = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Linge (PO 25-09)", regio="de Betuwe",
             period="2025-2029", start="2025", end="2029", prev="2024", director="drs. H. Kok",
             opr_date="28 januari 2025", adopt_date="22 april 2025",
             gemeenten="Lingewaard, Overbetuwe en Neder-Betuwe", inwoners="125.000",
             besturen="9", vestigingen="58", leerlingen="10.950", seat="Elst",
             opr_size="twaalf", opr_consent="15 april 2025", oogo_date="3 april 2025", fte="11,0")
    b = [TITLE(["Ondersteuningsplan 2025-2029", v["name"], "Elk kind een plek"]),
         TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie en missie",
              "4 Basisondersteuning", "5 Toelaatbaarheid sbo en so", "6 Terug naar het basisonderwijs",
              "7 Thuiszitters en het dekkend netwerk", "8 Financiën", "9 Kwaliteitszorg",
              "10 Samenwerking met gemeenten", "11 Personeel", "12 ICT en privacy", "13 Organisatie",
              "14 Medezeggenschap", "15 Planning", "Bijlage Begrippenlijst"])]
    b += po_adapt(voorwoord(v) + samenvatting(v) + inleiding(v) + context(v) + visie(v) + landelijk(v))
    b += [
        H1("Basisondersteuning"),
        P("De basisondersteuning is beschreven in het document 'Basisondersteuning De Linge 2025', dat "
          "gelijktijdig met dit plan door het algemeen bestuur wordt vastgesteld en op de website wordt "
          "gepubliceerd. Dat document vormt de grondslag voor de schoolondersteuningsprofielen van de "
          "scholen."),
        P("In het voorjaar van 2026 evalueren we met de intern begeleiders of de basisondersteuning aansluit "
          "bij de praktijk in de groepen."),
        H1("Toelaatbaarheid sbo en so"),
        P("De wijze waarop een toelaatbaarheidsverklaring wordt aangevraagd, is te vinden op de website van het "
          "samenwerkingsverband onder 'Voor scholen'. Daar staan ook de formulieren. In dit plan beschrijven we "
          "de criteria die het samenwerkingsverband hanteert."),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als de leerling een combinatie van "
          "leer- en ontwikkelingsproblemen heeft waardoor hij of zij in een groep van 25 tot 30 leerlingen ook "
          "met arrangementen onvoldoende tot ontwikkeling komt, en de leerling gebaat is bij een kleinere groep "
          "van ongeveer 15 leerlingen met meer specialistische begeleiding. Daarbij moet de basisschool ten "
          "minste één jaar handelingsgericht hebben gewerkt met een ontwikkelingsperspectief en externe "
          "expertise hebben ingeschakeld. Bij een IQ tussen 55 en 70 zonder bijkomende gedragsproblematiek "
          "wordt eerst bekeken of het sbo kan volstaan."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 als sprake is van een ernstige "
          "verstandelijke beperking (IQ onder 55 of IQ onder 70 met een beperkte zelfredzaamheid), een "
          "lichamelijke beperking of een langdurige ziekte waardoor de leerling niet in het basisonderwijs of "
          "het sbo kan worden begeleid. Een leerling is toelaatbaar tot het speciaal onderwijs cluster 4 als "
          "ernstige gedrags- of psychiatrische problematiek leidt tot een ondersteuningsbehoefte die zo groot "
          "is dat het sbo niet toereikend is, bijvoorbeeld omdat de leerling voortdurend individuele "
          "begeleiding en een zeer voorspelbare omgeving nodig heeft."),
        H1("Terug naar het basisonderwijs"),
        P("Het samenwerkingsverband vindt dat een plaatsing in het speciaal (basis)onderwijs zo mogelijk "
          "tijdelijk is. Wij willen dat kinderen die dat kunnen, weer naar een basisschool in hun eigen "
          "omgeving gaan. Een terugplaatsing slaagt alleen als de ontvangende school goed is voorbereid en "
          "ondersteuning krijgt. Daarom krijgt de basisschool die een leerling uit het sbo of so opneemt een "
          "terugplaatsingsarrangement: een jaar lang begeleiding door een specialist van de s(b)o-school en een "
          "bedrag van € 3.500 voor extra inzet in de groep."),
        P("De procedure is als volgt. Elke sbo- en so-school bespreekt ieder jaar in het voorjaar bij de "
          "evaluatie van het ontwikkelingsperspectief of terugplaatsing haalbaar is. In het laatste jaar van de "
          "TLV doet de s(b)o-school dat uiterlijk op 1 maart. Als terugplaatsing haalbaar lijkt, neemt de "
          "s(b)o-school contact op met de consulent van het samenwerkingsverband. De consulent organiseert een "
          "overleg met de s(b)o-school en een basisschool, en zij stellen samen een plan voor de overstap op, "
          "met een wenperiode van vier tot zes weken. De basisschool besluit over de inschrijving. Als "
          "terugplaatsing niet haalbaar is, vraagt de s(b)o-school vóór 1 april een nieuwe TLV aan; anders "
          "eindigt de TLV op 31 juli. De consulent evalueert elke terugplaatsing na drie en na twaalf maanden."),
        P("In 2024 werden 19 leerlingen teruggeplaatst vanuit het sbo en 3 vanuit het so."),
        H1("Thuiszitters en het dekkend netwerk"),
        P("Geen kind hoort thuis te zitten. Toch zijn er in onze regio op elk moment enkele leerlingen die "
          "geen onderwijs volgen of alleen een beperkt rooster hebben. Het samenwerkingsverband registreert "
          "samen met leerplicht iedere leerling die langer dan vier weken niet of slechts gedeeltelijk naar "
          "school gaat. Elke maand komt een thuiszittersoverleg bijeen met leerplicht, de consulenten en de "
          "jeugdteams van de drie gemeenten. Voor elke thuiszitter wordt binnen twee weken een regisseur "
          "aangewezen en binnen zes weken een plan opgesteld."),
        P("Twee keer per jaar maken we een analyse van het netwerk: voor welke kinderen konden we geen passende "
          "plek vinden, hoe lang zijn de wachtlijsten bij sbo en so, waar liepen aanvragen vast? De uitkomsten "
          "bespreken we met de besturen en leiden tot afspraken over nieuwe voorzieningen; zo is in 2024 een "
          "wachtlijstarrangement ingericht voor kinderen die op een plek in het so wachten. Als een bestuur zijn "
          "zorgplicht niet kan waarmaken, kan de directeur een bestuur binnen het samenwerkingsverband vragen "
          "de leerling op te nemen; de besturen hebben afgesproken dat zij dat verzoek opvolgen."),
        H1("Financiën"),
        P("Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat "
          "rechtstreeks naar de besturen, die daarmee op hun scholen ondersteuning organiseren. De verdeling is "
          "als volgt."),
        TB([["Onderdeel", "Verdeelsleutel", "Bedrag 2025"],
            ["Schoolbudget extra ondersteuning", "€ 178 per leerling (teldatum 1 oktober)", "€ 1.949.000"],
            ["Vaste voet kleine scholen", "€ 8.000 per school met minder dan 100 leerlingen", "€ 112.000"],
            ["Afdracht sbo (boven 2%)", "volgens wettelijke groeiregeling, peildatum 1 februari", "€ 1.280.000"],
            ["Afdracht so (via DUO)", "op basis van TLV's en bekostigingscategorie", "€ 3.640.000"],
            ["Terugplaatsingsarrangementen", "€ 3.500 per teruggeplaatste leerling", "€ 80.000"],
            ["Thuiszittersaanpak en wachtlijstarrangementen", "op aanvraag, besluit directeur", "€ 150.000"]]),
        P("Besturen verantwoorden jaarlijks in hun jaarverslag waaraan zij het schoolbudget hebben besteed. De "
          "meerjarenbegroting ziet er als volgt uit (x € 1.000)."),
        TB([["", "2025", "2026", "2027", "2028"],
            ["Baten", "7.620", "7.540", "7.470", "7.410"],
            ["Afdrachten sbo en so", "4.920", "4.960", "4.990", "5.010"],
            ["Schoolbudgetten", "2.061", "2.020", "1.980", "1.950"],
            ["Arrangementen en thuiszitters", "230", "230", "230", "230"],
            ["Bureau", "640", "650", "660", "670"],
            ["Saldo", "-231", "-320", "-390", "-450"]]),
        H1("Kwaliteitszorg"),
        P("Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen: het "
          "deelnamepercentage sbo en so op de peildatum 1 oktober, het aantal aangevraagde en afgegeven TLV's, "
          "het aantal thuiszitters en vrijstellingen, het aantal terugplaatsingen en de doorlooptijd van "
          "aanvragen. De kengetallen worden elk half jaar in een rapportage aan het algemeen bestuur "
          "gepresenteerd en vergeleken met het landelijk gemiddelde. Eens per jaar bespreken we de uitkomsten "
          "met de intern begeleiders en in het jaarverslag leggen we verantwoording af over wat bereikt is."),
        P("De beoogde resultaten voor de nieuwe planperiode worden opgenomen in het jaarplan 2025-2026, dat na "
          "de zomer van 2025 wordt vastgesteld."),
    ]
    b += po_adapt(oogo(v) + personeel(v) + kennisdeling(v) + ict_privacy(v) + governance(v) + opr(v, parents=False)
                  + planning(v))
    b += [
        H1("Bijlage Begrippenlijst"),
        TB([["Begrip", "Uitleg"],
            ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle scholen bieden."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
            ["Arrangement", "Een afgesproken pakket extra ondersteuning."],
            ["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."]]),
    ]
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False}
    status = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "missing"}
    adv = {"terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "Ch 5 only refers to a separate document 'Basisondersteuning De Linge 2025' (not part of the input) and an evaluation in 2026; definition only in begrippenlijst.",
        "plaatsing": "Ch 6: detailed criteria for sbo, so cluster 3 and cluster 4; the procedure is only referred to the website -> procedure not addressed.",
        "terugstroom": "Ch 7: policy (tijdelijk, thuisnabij, arrangement EUR 3.500 + begeleiding) and procedure (yearly OPP evaluation, 1 maart, consulent, new TLV by 1 April, evaluation after 3/12 months).",
        "financien": "Ch 9: schoolmodel with verdeelsleutel table and meerjarenbegroting 2025-2028; verantwoording via jaarverslag besturen.",
        "dekkend-aanbod": "Ch 8: thuiszitters registration, monthly overleg, half-yearly gap analysis, zorgplicht escalation; no description of the set of provisions (no extra ondersteuning/arrangementen continuum).",
        "resultaten": "Ch 10 'Kwaliteitszorg': kengetallen monitored half-yearly and in jaarverslag; beoogde resultaten deferred to jaarplan 2025-2026.",
        "ouders": "No information channels for parents and no independent support; OJSP only in the begrippenlijst and as a national bill in 'Landelijke ontwikkelingen'; ouders only in passing (voorwoord, visie, scholing topic).",
    }
    return dict(blocks=b, header="Ondersteuningsplan 2025-2029 | SWV PO De Linge", sector="po",
                status=status, crit=crit, adv=adv, notes=notes)


# --------------------------------------------------------------------------- plan 5: VO, html web version
def plan5():
    v = dict(name="Samenwerkingsverband VO Zuid-Kennemerland Oost (VO 26-04)", regio="Zuid-Kennemerland Oost",
             period="2026-2030", start="2026", end="2030", prev="2025", director="dr. A. Lindeman",
             opr_date="3 februari 2026", adopt_date="14 april 2026",
             gemeenten="Haarlemmermeer-Noord, Heemstede en Bloemendaal", inwoners="140.000",
             besturen="5", vestigingen="11", leerlingen="8.420", seat="Heemstede",
             opr_size="acht", opr_consent="7 april 2026", oogo_date="24 maart 2026", fte="8,0")
    b = [TITLE(["Ondersteuningsplan 2026-2030 (webversie)", v["name"],
                "Deze webversie is gelijk aan de vastgestelde pdf-versie."]),
         TOC(["Voorwoord", "Inleiding", "Onze regio", "Visie", "Basisondersteuning", "Het ondersteuningsaanbod",
              "Toewijzing", "Van vso naar regulier", "Resultaten en monitoring", "Ouders en jongeren",
              "Gemeenten", "Personeel", "Organisatie", "Medezeggenschap", "Financiën", "Planning"])]
    b += voorwoord(v) + samenvatting(v) + inleiding(v) + context(v) + visie(v) + landelijk(v)
    b += [
        H1("Basisondersteuning"),
        P("Basisondersteuning is de ondersteuning die alle elf vestigingen in ons samenwerkingsverband bieden "
          "aan iedere leerling die dat nodig heeft. Het niveau is door de vijf besturen samen vastgesteld en is "
          "voor iedere school gelijk. Het gaat om de volgende onderdelen."),
        P("Ondersteuningsstructuur. Elke school heeft een mentor voor elke klas, een ondersteuningscoördinator, "
          "een vertrouwenspersoon en een ondersteuningsteam dat ten minste vijf keer per jaar bijeenkomt met "
          "schoolmaatschappelijk werk en de jeugdarts. Leerlingbegeleiding. Elke school biedt huiswerk- en "
          "planningsbegeleiding, faalangstreductietraining, een aanpak voor dyslexie (voorleessoftware, extra "
          "tijd, vergrote toetsen) en dyscalculie (rekenmachine, formulekaart). Veiligheid. Elke school heeft "
          "een protocol tegen pesten, een meldcode huiselijk geweld en een plek voor time-out. Medisch. Elke "
          "school heeft afspraken over medicijngebruik en past het rooster aan bij ziekte. Werkwijze. Scholen "
          "werken handelingsgericht en leggen de ondersteuning vast in een ontwikkelingsperspectief zodra er "
          "meer nodig is dan de groepsaanpak."),
        H1("Het ondersteuningsaanbod"),
        P("Naast de basisondersteuning organiseert elke school extra ondersteuning, zoals een "
          "ondersteuningsklas, een rebound-lokaal of begeleiding door een orthopedagoog. Daarnaast zijn er "
          "bovenschoolse voorzieningen: het OPDC Spaarne (30 plaatsen), de Time-Out Kennemerland (10 plaatsen, "
          "maximaal 10 weken), een schakelklas voor nieuwkomers en onderwijs-zorgarrangementen met de "
          "gemeentelijke jeugdhulp. Voor leerlingen die meer nodig hebben is er het vso in Haarlem en "
          "Hoofddorp."),
        P("Om gaten in het aanbod te voorkomen, houdt het samenwerkingsverband een wachtlijstregistratie bij en "
          "bespreekt het iedere maand met leerplicht de leerlingen die thuiszitten of dreigen uit te vallen. "
          "Voor iedere thuiszitter stelt de consulent binnen vier weken een terugkeerplan op. Eén keer per jaar "
          "stellen we vast waar het aanbod ontoereikend is en spreken we met de besturen af welke school of "
          "voorziening de ontbrekende plekken organiseert. Zo is voor 2026-2027 een kleine groep voor "
          "leerlingen met autisme en hoge angst afgesproken op een havo/vwo-vestiging."),
        H1("Toewijzing"),
        P("Het samenwerkingsverband beslist over toelaatbaarheidsverklaringen voor het vso en het "
          "praktijkonderwijs en over de aanwijzing voor lwoo. De procedures en de criteria hiervoor zijn "
          "opgenomen in het Handboek Toewijzing 2026 (bijlage 2). Het handboek wordt jaarlijks geactualiseerd en "
          "door de directeur-bestuurder vastgesteld."),
        H1("Van vso naar regulier"),
        P("In het laatste jaar van de toelaatbaarheidsverklaring bespreekt de vso-school bij de evaluatie van "
          "het ontwikkelingsperspectief, uiterlijk in januari, met de leerling en de ouders of een overstap naar "
          "het regulier voortgezet onderwijs aan de orde is. De vso-school neemt daartoe het initiatief. Is een "
          "overstap aan de orde, dan meldt de vso-school de leerling vóór 1 maart bij de consulent van het "
          "samenwerkingsverband. De consulent brengt de vso-school, de ouders en een passende reguliere school "
          "bij elkaar. De reguliere school besluit binnen zes weken over de inschrijving. Als verlenging van "
          "het vso nodig is, volgt de vso-school de aanvraagroute uit het Handboek Toewijzing. De TLV loopt af "
          "op 31 juli."),
        H1("Resultaten en monitoring"),
        P("Wij hebben voor deze planperiode vier doelen voor leerlingen met een ondersteuningsbehoefte "
          "geformuleerd:"),
        UL(["Het aantal thuiszitters dat langer dan drie maanden thuis zit daalt van 12 (2025) naar maximaal 5 in 2030.",
            "Ten minste 75% van de leerlingen die het OPDC verlaten, stroomt door naar een reguliere school of het mbo (2025: 64%).",
            "Het deelnamepercentage vso blijft onder het landelijk gemiddelde.",
            "95% van de leerlingen met een ontwikkelingsperspectief heeft een actueel, met de leerling besproken plan."]),
        P("Het bureau verzamelt de gegevens per kwartaal uit de registratie, de leerplichtadministratie en DUO "
          "en rapporteert ze in een dashboard aan het directeurenoverleg. Eens per jaar worden de bereikte "
          "resultaten in het jaarverslag gepubliceerd en besproken met de OPR. Bij achterblijvende resultaten "
          "stelt het directeurenoverleg bijsturingsmaatregelen voor."),
        H1("Ouders en jongeren"),
        P("Soms lopen ouders en jongeren vast in hun contact met de school of weten zij niet welke weg zij "
          "moeten bewandelen. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Kennemerland, dat "
          "onafhankelijk werkt van scholen en samenwerkingsverband. Het steunpunt denkt mee, gaat mee naar "
          "gesprekken en bemiddelt waar nodig. Daarnaast kunnen ouders kosteloos een beroep doen op de "
          "Onderwijsconsulenten. Bij een verschil van mening over toelating, verwijdering of het "
          "ontwikkelingsperspectief staat de weg open naar de Geschillencommissie passend onderwijs."),
        P("Het steunpunt bundelt de signalen die het ontvangt en bespreekt die twee keer per jaar met de "
          "directeur-bestuurder."),
    ]
    b += oogo(v) + overstap_povo(v) + arbeidsmarkt(v) + personeel(v) + kennisdeling(v) + ict_privacy(v)
    b += governance(v) + opr(v)
    b += [
        H1("Financiën"),
        P("De financiële paragraaf van dit plan, met het verdeelmodel en de meerjarenbegroting 2026-2030, wordt "
          "na vaststelling van de begroting 2026 door de raad van toezicht aan dit plan toegevoegd (p.m.)."),
    ]
    b += planning(v)
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True}
    status = {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"}
    adv = {"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Section 'Basisondersteuning': same level for all 11 vestigingen, concrete provisions in run-in paragraph labels (structuur, begeleiding, veiligheid, medisch).",
        "plaatsing": "Section 'Toewijzing' only refers to the Handboek Toewijzing 2026 (bijlage 2, not in input); no procedure, criteria, deskundigen or bezwaar in the body.",
        "terugstroom": "'Van vso naar regulier': procedure (initiative vso-school, January evaluation, consulent before 1 March, regular school decides) but no policy aims/conditions/support after return.",
        "financien": "Section 'Financien' is a p.m. deferral; no verdeling or begroting anywhere.",
        "dekkend-aanbod": "'Het ondersteuningsaanbod': extra -> OPDC/Time-Out/schakelklas/OZA -> vso; wachtlijsten, monthly thuiszitters overleg, yearly gap decision.",
        "resultaten": "Four measurable doelen with baselines; quarterly dashboard, jaarverslag, bijsturing.",
        "ouders": "'Ouders en jongeren': OJSP Kennemerland, Onderwijsconsulenten, GPO; no statement on how parents are informed about the support facilities.",
    }
    return dict(blocks=b, header="Ondersteuningsplan 2026-2030 | SWV VO Zuid-Kennemerland Oost", sector="vo",
                status=status, crit=crit, adv=adv, notes=notes)


# --------------------------------------------------------------------------- near-miss: school SOP (VO)
def nearmiss():
    b = [TITLE(["Schoolondersteuningsprofiel 2025-2026", "Het Vechtdal Lyceum, locatie Ommen",
                "vmbo - havo - vwo | aangesloten bij Samenwerkingsverband VO Vechtdal (VO 23-03)"]),
         TOC(["1 Inleiding", "2 Onze school", "3 Basisondersteuning op Het Vechtdal Lyceum",
              "4 Extra ondersteuning", "5 Toelaatbaarheid en het samenwerkingsverband",
              "6 Ouders", "7 Grenzen aan onze ondersteuning", "8 Ambities van de school"])]
    b += [
        H1("Inleiding"),
        P("Elke school in Nederland stelt een schoolondersteuningsprofiel (SOP) op. Daarin beschrijft de school "
          "welke ondersteuning zij aan leerlingen kan bieden. Dit profiel is opgesteld door het zorgteam van "
          "Het Vechtdal Lyceum, locatie Ommen, en besproken met de medezeggenschapsraad. Het profiel past binnen "
          "het ondersteuningsplan van het Samenwerkingsverband VO Vechtdal, waar onze school bij is aangesloten. "
          "Het ondersteuningsplan van het samenwerkingsverband zelf vindt u op de website van het "
          "samenwerkingsverband; dit document gaat alleen over onze eigen school."),
        P("Het profiel wordt elk jaar geactualiseerd en vanaf volgend schooljaar opgenomen in de schoolgids."),
        H1("Onze school"),
        P("Het Vechtdal Lyceum in Ommen telt 1.140 leerlingen in de vmbo-basis, -kader, -gemengde leerweg, "
          "havo en vwo. We hebben 112 medewerkers. Onze school is een open christelijke school waar leerlingen "
          "leren in een veilige omgeving. We vinden het belangrijk dat iedere leerling gezien wordt."),
        P("Onze leerlingen komen uit Ommen, Hardenberg en Dalfsen en de omliggende dorpen. Ongeveer 14 procent "
          "van onze vmbo-leerlingen heeft een aanwijzing voor leerwegondersteunend onderwijs."),
        H1("Basisondersteuning op Het Vechtdal Lyceum"),
        P("De basisondersteuning is de ondersteuning die wij aan alle leerlingen bieden. Binnen het "
          "samenwerkingsverband is afgesproken wat elke school ten minste biedt; op onze school betekent dat:"),
        UL(["Elke klas heeft een mentor; in leerjaar 1 en 2 is er een mentoruur per week.",
            "Onze ondersteuningscoördinator is mevrouw J. Hulsbeek (0,8 fte).",
            "Er is een dyslexiecoach en een protocol dyslexie en dyscalculie.",
            "We bieden faalangstreductietraining en een training sociale vaardigheden.",
            "Er is een time-outruimte, 'De Haven', met een vaste begeleider.",
            "Het zorg- en adviesteam komt zes keer per jaar bijeen met de jeugdarts, leerplicht en het schoolmaatschappelijk werk."]),
        H1("Extra ondersteuning"),
        P("Voor leerlingen die meer nodig hebben, hebben we de Trajectgroep: een kleine groep van maximaal 12 "
          "leerlingen waar leerlingen een deel van de week les krijgen en begeleiding ontvangen. Ook is er "
          "begeleiding door onze orthopedagoog. Voor deze extra ondersteuning stellen we samen met ouders en "
          "leerling een ontwikkelingsperspectief (OPP) op, dat twee keer per jaar wordt geëvalueerd. De middelen "
          "hiervoor ontvangt ons schoolbestuur van het samenwerkingsverband."),
        P("Als wij een leerling niet de ondersteuning kunnen bieden die nodig is, kunnen we gebruikmaken van "
          "het OPDC van het samenwerkingsverband in Hardenberg, of van de Rebound-voorziening."),
        H1("Toelaatbaarheid en het samenwerkingsverband"),
        P("Soms blijkt dat een leerling op een school voor voortgezet speciaal onderwijs beter op zijn plek is. "
          "Dan vraagt onze school, in overleg met ouders, een toelaatbaarheidsverklaring aan bij het "
          "samenwerkingsverband. Het samenwerkingsverband beslist daarover. Ook voor lwoo en praktijkonderwijs "
          "beslist het samenwerkingsverband. Wij begeleiden ouders in dat proces."),
        P("Leerlingen die vanuit het vso naar onze school terugkeren, krijgen een begeleidingsgesprek met de "
          "ondersteuningscoördinator en zo nodig een plek in de Trajectgroep."),
        H1("Ouders"),
        P("Ouders zijn voor ons belangrijke partners. We informeren ouders via de schoolgids, de website en "
          "ouderavonden. Bij zorgen kunnen ouders altijd contact opnemen met de mentor of de "
          "ondersteuningscoördinator. Voor onafhankelijk advies kunnen ouders terecht bij het ouder- en "
          "jeugdsteunpunt van het samenwerkingsverband of bij de Onderwijsconsulenten."),
        H1("Grenzen aan onze ondersteuning"),
        P("Wij kunnen niet alles. Leerlingen die voortdurend één-op-één begeleiding nodig hebben, of leerlingen "
          "met ernstige lichamelijke beperkingen waarvoor ons gebouw niet is ingericht, kunnen we niet altijd "
          "passend onderwijs bieden. Het gebouw heeft geen lift in de oudbouw. In die gevallen zoeken we samen met "
          "ouders en het samenwerkingsverband naar een passende plek (zorgplicht)."),
        H1("Ambities van de school"),
        P("In 2025-2026 willen we de Trajectgroep uitbreiden naar de havo-afdeling, alle mentoren scholen in "
          "het voeren van gesprekken met leerlingen en ouders, en de samenwerking met het jeugdteam van de "
          "gemeente Ommen versterken. Daarnaast willen we het aantal leerlingen dat uitvalt verminderen."),
        P("Wij evalueren dit profiel jaarlijks in het zorgteam en met de medezeggenschapsraad. Vragen over dit "
          "profiel kunt u stellen aan de ondersteuningscoördinator."),
    ]
    return b


# --------------------------------------------------------------------------- labels
CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEM_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
              "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_text(docs, p):
    lines = ["documents: [%s]" % ", ".join(docs), "sector: %s" % p["sector"], "looks_like_plan: true"]
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, p["status"][e]) for e in ELEM_ORDER))
    lines.append("criteria:")
    for c in CRIT_ORDER:
        lines.append("  %s: %s" % (c, "true" if p["crit"][c] else "false"))
    lines.append("advisory_addressed:")
    if p["adv"]:
        for e in ELEM_ORDER:
            if e in p["adv"]:
                lines.append("  %s: [%s]" % (e, ", ".join(p["adv"][e])))
    else:
        lines[-1] = "advisory_addressed: {}"
    lines.append("notes:")
    for e in ELEM_ORDER:
        lines.append("  %s: %s" % (e, q(p["notes"][e])))
    return "\n".join(lines) + "\n"


def check_status(p):
    """Status must follow Part A strictly from the core criteria (and advisory for partial)."""
    for e in ELEM_ORDER:
        cs = [p["crit"][c] for c in CRIT_ORDER if c.startswith(e + ".")]
        if all(cs):
            want = "present"
        elif any(cs) or p["adv"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert p["status"][e] == want, (e, p["status"][e], want)


def autotoc(blocks):
    """Rebuild the table of contents from the headings so that it matches the body."""
    items, n, m = [], 0, 0
    for kind, c in blocks:
        if kind == "h1":
            if c.startswith(("Voorwoord", "Samenvatting", "Bijlage")):
                items.append(c)
            else:
                n, m = n + 1, 0
                items.append("%d %s" % (n, c))
        elif kind == "h2" and n:
            m += 1
            items.append("    %d.%d %s" % (n, m, c))
    return [TOC(items) if kind == "toc" else (kind, c) for kind, c in blocks]


def main():
    plans = [
        ("vo-rijnstreek-midden-op-2025-2029", plan1(), "docx"),
        ("vo-kempenland-op-hoofdlijnen-2024-2028", plan2(), "pdf"),
        ("vo-waterland-ondersteuningsplan-2025", plan3(), "pdf"),
        ("po-de-linge-ondersteuningsplan-2025-2029", plan4(), "docx"),
        ("vo-zuid-kennemerland-oost-op-2026-2030", plan5(), "html"),
    ]
    for stem, p, fmt in plans:
        check_status(p)
        p["blocks"] = autotoc(p["blocks"])
        n = words(p["blocks"])
        assert n >= 3000, (stem, n)
        fname = stem + "." + fmt
        path = OUT / fname
        if fmt == "docx":
            write_docx(p["blocks"], path, p["header"])
        elif fmt == "pdf":
            write_pdf(p["blocks"], path, p["header"])
        else:
            write_html(p["blocks"], path, p["header"])
        (OUT / (stem + ".expected.yaml")).write_text(label_text([fname], p), encoding="utf-8")
        print("%-50s %5d words" % (fname, n))

    stem = "vo-vechtdal-lyceum-schoolondersteuningsprofiel"
    nb = autotoc(nearmiss())
    write_docx(nb, OUT / (stem + ".docx"), "Schoolondersteuningsprofiel Het Vechtdal Lyceum 2025-2026")
    (OUT / (stem + ".expected.yaml")).write_text(
        "documents: [%s.docx]\nsector: vo\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
        "advisory_addressed: {}\nnotes:\n  document: %s\n" % (stem, q(
            "School-level schoolondersteuningsprofiel of one VO school (Het Vechtdal Lyceum, Ommen): describes its "
            "own basis/extra support, refers to the SWV's plan on the SWV website; no SWV-level verdeling, "
            "TLV procedure/criteria, OPR/OOGO or planperiode.")), encoding="utf-8")
    print("%-50s %5d words" % (stem + ".docx", words(nb)))


if __name__ == "__main__":
    main()
