#!/usr/bin/env python3
"""Generate the holdout10 test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO, .docx/.pdf/.html/.md) and one
near-miss document (a samenwerkingsverband jaarplan + begroting for one year).
All names, codes, schools and amounts are fictional.

Deterministic, no network.  PDFs are rendered from the .docx with LibreOffice
(`soffice --headless --convert-to pdf`).  Labels (*.expected.yaml) are written
by hand in this script (see LABELS at the bottom of each plan section).

Usage: python3 make_holdout10.py [outdir]   (default: the folder above src/)
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

# --------------------------------------------------------------------------
# document model: list of blocks
#   ("title", [lines]) ("toc", [lines]) ("h1", s) ("h2", s) ("p", s)
#   ("ul", [items]) ("table", [[hdr...], [row...], ...]) ("pb",)
# --------------------------------------------------------------------------


def render_docx(blocks, path, header, footer, title):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = title
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Title")
            for line in b[1]:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical across runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_md(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend("_" + x + "_  " for x in b[1][1:])
        elif kind == "toc":
            out.append("**Inhoud**\n")
            out.extend("- " + x for x in b[1])
        elif kind == "h1":
            out.append("## " + b[1])
        elif kind == "h2":
            out.append("### " + b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "ul":
            out.extend("- " + x for x in b[1])
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
        elif kind == "pb":
            out.append("---")
        out.append("")
    return "\n".join(out)


def html_blocks(blocks):
    e = html.escape
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif kind == "h2":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join("<th>%s</th>" % e(x) for x in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join("<td>%s</td>" % e(x) for x in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "title":
            out.append("<h1>%s</h1>" % e(b[1][0]) + "".join("<p class='sub'>%s</p>" % e(x) for x in b[1][1:]))
    return "\n".join(out)


def docx_to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", "pdf", "--outdir", outdir, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def word_count(blocks):
    n = 0
    for b in blocks:
        if len(b) < 2:
            continue
        x = b[1]
        if isinstance(x, str):
            n += len(x.split())
        else:
            for y in x:
                if isinstance(y, str):
                    n += len(y.split())
                else:
                    n += sum(len(c.split()) for c in y)
    return n


def write_label(name, text):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


# --------------------------------------------------------------------------
# Generic filler chapters.  They are written so that they do NOT address any
# core criterion: they mention element words only in passing.
# c: dict with keys naam, kort, code, sector, regio, gemeenten, periode,
#    nscholen, nleerlingen, nbesturen, variant (0/1)
# --------------------------------------------------------------------------

def f_voorwoord(c):
    v = c["variant"]
    a = [
        "Voor u ligt het ondersteuningsplan %s van %s. Het is het derde plan sinds de invoering van passend onderwijs "
        "in 2014 en het eerste plan dat we schrijven na de evaluatie van de Verbeteraanpak passend onderwijs. Het "
        "plan is tot stand gekomen in gesprekken met schoolleiders, intern begeleiders, ondersteuningscoördinatoren, "
        "leraren, ouders, leerlingen en onze partners bij de gemeenten %s." % (c["periode"], c["naam"], c["gemeenten"]),
        "Wie dit plan leest, zal merken dat we minder over structuren schrijven en meer over de leerling. Dat is een "
        "bewuste keuze. De afgelopen jaren hebben we veel geïnvesteerd in procedures, formulieren en overleggen. Die "
        "zijn niet overbodig, maar ze zijn ook geen doel op zich. Wat telt, is dat een kind of jongere op de juiste "
        "plek de juiste ondersteuning krijgt, en dat ouders en school daarover met elkaar in gesprek blijven.",
        "Een plan is nooit af. Onderweg verandert de wet, verandert de regio en leren we van wat wel en niet werkt. "
        "We nodigen iedereen uit om met ons mee te denken. Reacties zijn welkom via het bureau; we nemen ze mee in "
        "de jaarlijkse actualisatie.",
        "Graag dank ik iedereen die heeft bijgedragen. In het bijzonder dank ik de leden van de "
        "ondersteuningsplanraad voor hun kritische en betrokken vragen.",
        "Namens het bestuur,\n%s, directeur-bestuurder" % c["bestuurder"],
    ]
    if v:
        a[0] = ("Met trots presenteren wij het ondersteuningsplan %s van %s. In dit plan leest u hoe de aangesloten "
                "schoolbesturen de komende vier schooljaren samen werken aan passend onderwijs in de gemeenten %s."
                % (c["periode"], c["naam"], c["gemeenten"]))
    return [("h1", "Voorwoord")] + [("p", x) for x in a]


def f_leeswijzer(c):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is geschreven voor iedereen die betrokken is bij passend onderwijs in onze regio: "
              "schoolbesturen, schoolleiders, leraren, ondersteuners, ouders, leerlingen, gemeenten en "
              "ketenpartners. De hoofdstukken kunnen los van elkaar worden gelezen. Waar een onderwerp in meer "
              "hoofdstukken terugkomt, verwijzen we naar elkaar. Achterin vindt u een begrippenlijst en een "
              "overzicht van afkortingen."),
        ("p", "Het plan geldt voor de schooljaren %s. Het is vastgesteld door het bestuur van het "
              "samenwerkingsverband, nadat de ondersteuningsplanraad ermee heeft ingestemd en nadat op "
              "overeenstemming gericht overleg met de gemeenten is gevoerd. Het plan is vóór 1 mei aan de "
              "Inspectie van het Onderwijs toegezonden." % c["periode_sj"]),
    ]


def f_regio(c, table=True):
    out = [
        ("h1", c.get("regio_kop", "Onze regio")),
        ("p", "%s (%s) omvat de gemeenten %s. In de regio wonen ruim %s inwoners. Het gebied kent zowel stedelijke "
              "kernen als kleine dorpen; de afstanden tussen scholen lopen uiteen van enkele honderden meters tot "
              "meer dan twintig kilometer. Dat heeft gevolgen voor leerlingenvervoer en voor de bereikbaarheid van "
              "voorzieningen." % (c["naam"], c["code"], c["gemeenten"], c["inwoners"])),
        ("p", "Bij het samenwerkingsverband zijn %d schoolbesturen aangesloten met samen %d scholen en ongeveer %s "
              "leerlingen (teldatum 1 oktober 2024). De besturen verschillen sterk in omvang: het grootste bestuur "
              "heeft bijna de helft van de scholen, het kleinste bestuur één school." % (
                  c["nbesturen"], c["nscholen"], c["nleerlingen"])),
        ("p", "De bevolkingsprognose laat tot 2030 een lichte daling van het aantal %s zien, met uitzondering van de "
              "grootste gemeente, waar nieuwbouwwijken voor groei zorgen. Voor de besturen betekent dit dat de "
              "spreiding van scholen en de inzet van personeel de komende jaren aandacht vraagt." %
              ("kinderen van 4 tot 12 jaar" if c["sector"] == "po" else "jongeren van 12 tot 18 jaar")),
    ]
    if table:
        out.append(("table", c["besturen_tabel"]))
    return out


def f_visie(c):
    v = c["variant"]
    kind = "kind" if c["sector"] == "po" else "jongere"
    out = [
        ("h1", c.get("visie_kop", "Visie, missie en ambitie")),
        ("p", "Onze missie is kort: ieder %s in onze regio krijgt onderwijs dat past, zo dicht mogelijk bij huis en "
              "samen met leeftijdgenoten waar dat kan. We geloven dat %s het meest leren wanneer zij zich veilig "
              "voelen, gezien worden en uitgedaagd worden. Daarvoor is nodig dat school, ouders en ondersteuners elkaar "
              "kennen en vertrouwen." % (kind, "kinderen" if c["sector"] == "po" else "jongeren")),
        ("p", "Onze visie rust op vier pijlers: inclusief waar mogelijk, gespecialiseerd waar nodig; handelen vanuit "
              "de ondersteuningsbehoefte en niet vanuit een label; eenvoud in procedures; en gezamenlijke "
              "verantwoordelijkheid van besturen, gemeenten en ketenpartners. Deze pijlers komen in ieder hoofdstuk "
              "terug."),
        ("p", "Passend onderwijs is geen taak van het samenwerkingsverband alleen. De schoolbesturen zijn en blijven "
              "verantwoordelijk voor het onderwijs op hun scholen. Het samenwerkingsverband faciliteert, verbindt "
              "en stelt middelen beschikbaar. Het bestuur ziet erop toe dat de gemaakte afspraken worden nagekomen."),
    ]
    if v:
        out.append(("p", "In de afgelopen planperiode hebben we gemerkt dat de vraag naar ondersteuning complexer "
                         "wordt. Meer leerlingen hebben te maken met problemen thuis, met angst of met een "
                         "combinatie van leer- en gedragsvragen. Tegelijk is het lerarentekort voelbaar. Deze "
                         "ontwikkelingen vragen om keuzes; dit plan maakt die keuzes zichtbaar."))
    else:
        out.append(("p", "We kiezen voor een beperkt aantal ambities, zodat scholen ruimte houden voor hun eigen "
                         "ontwikkeling. Liever een paar dingen goed doen dan veel dingen half. De ambities worden "
                         "elk jaar vertaald naar het jaarplan van het bureau."))
    return out


def f_governance(c, jaarverslag=True):
    return [
        ("h1", c.get("gov_kop", "Organisatie en governance")),
        ("p", "%s is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat "
              "toezicht houdt op de directeur-bestuurder. De directeur-bestuurder is belast met de dagelijkse "
              "leiding en is eindverantwoordelijk voor het bureau. De scheiding tussen bestuur en toezicht is "
              "vastgelegd in de statuten en in het bestuursreglement. De statuten bevatten ook een regeling voor "
              "geschillen tussen de aangesloten besturen." % c["naam"]),
        ("p", "Het algemeen bestuur vergadert vijf keer per jaar. Het heeft een auditcommissie en een "
              "remuneratiecommissie ingesteld. Jaarlijks evalueert het algemeen bestuur zijn eigen functioneren, "
              "één keer in de twee jaar met een externe begeleider. De code goed bestuur van de sectorraad is van "
              "toepassing."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in %s. Het bureau ondersteunt de "
              "directeur-bestuurder, voert het secretariaat voor de commissies en is het eerste aanspreekpunt voor "
              "scholen.%s" % (c["plaats"], " Het bureau werkt met een jaarplan en een jaarverslag; het jaarplan wordt "
                         "vóór 1 december vastgesteld." if jaarverslag else "")),
        ("p", "Naast het algemeen bestuur kent het samenwerkingsverband een directeurenoverleg, waarin de "
              "schoolleiders van alle scholen eens per zes weken bijeenkomen, en een netwerk van %s. Deze "
              "overleggen hebben geen besluitvormende bevoegdheid, maar adviseren het bestuur gevraagd en "
              "ongevraagd." % ("intern begeleiders" if c["sector"] == "po" else "ondersteuningscoördinatoren")),
    ]


def f_opr(c, ouderrol=True):
    out = [("h1", c.get("opr_kop", "Medezeggenschap: de ondersteuningsplanraad"))]
    if ouderrol:
        out.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit %d leden: de helft is ouder van een leerling, "
                         "de andere helft is personeelslid van een van de scholen. Zij worden afgevaardigd door de "
                         "medezeggenschapsraden. De ouders in de OPR brengen het perspectief van gezinnen in en "
                         "toetsen plannen op begrijpelijkheid voor ouders." % c["opr_leden"]))
    else:
        out.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit %d leden, afgevaardigd door de "
                         "medezeggenschapsraden van de scholen volgens het medezeggenschapsreglement." % c["opr_leden"]))
    out += [
        ("p", "De OPR heeft instemmingsrecht op de vaststelling en op iedere wijziging van het ondersteuningsplan. De "
              "OPR heeft op %s ingestemd met dit plan. De raad vergadert zes keer per jaar, waarvan één keer met "
              "het algemeen bestuur. De OPR ontvangt jaarlijks een budget voor scholing en ondersteuning." % c["opr_datum"]),
        ("p", "Naast de OPR heeft het samenwerkingsverband een medezeggenschapsraad voor het personeel van het "
              "bureau. Die raad heeft de gebruikelijke bevoegdheden op grond van de Wet medezeggenschap op scholen."),
    ]
    return out


def f_totstandkoming(c, oogo_inhoud=True, ouderavonden=True):
    out = [
        ("h1", c.get("tot_kop", "Hoe dit plan tot stand kwam")),
        ("p", "Het schrijven van dit plan begon in het voorjaar van 2024 met een evaluatie van het vorige plan. Daarna "
              "volgden vier regionale dialoogsessies met schoolleiders en ondersteuners, %s"
              "een digitale enquête onder leraren. De opbrengst is verwerkt in een concept dat in het najaar van "
              "2024 is besproken met het algemeen bestuur." % ("twee avonden voor ouders en " if ouderavonden else "")),
        ("p", "Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders vond "
              "plaats op %s. Met het samenwerkingsverband %s, waarvan het gebied grotendeels overlapt met het "
              "onze, is op %s overleg gevoerd over het concept." % (c["oogo_datum"], c["ander_swv"], c["overleg_datum"])),
    ]
    if oogo_inhoud:
        out.append(("p", "In het OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijs en jeugdhulp, de "
                         "inzet van jeugdhulp op school, het leerlingenvervoer, onderwijshuisvesting en de aanpak van "
                         "verzuim. Het verslag van het OOGO is door beide partijen ondertekend."))
    out.append(("p", "Het bestuur heeft het plan definitief vastgesteld op %s en het daarna aan de Inspectie "
                     "gezonden." % c["vaststelling"]))
    return out


def f_personeel(c):
    return [
        ("h1", c.get("pers_kop", "Personeel en organisatie van het bureau")),
        ("p", "Het bureau heeft een formatie van %s fte. Daaronder vallen de directeur-bestuurder, een "
              "beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), een "
              "secretariaat, en een team van %s. De medewerkers van het bureau zijn in dienst van de stichting; "
              "enkele specialisten worden gedetacheerd vanuit de aangesloten besturen." % (
                  c["fte"], "onderwijsadviseurs en orthopedagogen" if c["sector"] == "po"
                  else "trajectbegeleiders, orthopedagogen en een jeugdarts")),
        ("p", "Het lerarentekort raakt ook het samenwerkingsverband. Specialisten zijn schaars. We investeren daarom "
              "in het behoud van medewerkers: iedere medewerker heeft een persoonlijk ontwikkelplan, er is "
              "intervisie en er is ruimte voor scholing. Het ziekteverzuim op het bureau lag in 2024 onder het "
              "sectorgemiddelde."),
        ("p", "Voor de scholen is de belangrijkste personele vraag hoe zij voldoende deskundigheid in huis houden. "
              "Het samenwerkingsverband neemt die verantwoordelijkheid niet over, maar ondersteunt met "
              "netwerken, scholing en het delen van expertise tussen scholen."),
    ]


def f_professionalisering(c):
    return [
        ("h1", c.get("prof_kop", "Kennisdeling en professionalisering")),
        ("p", "Leraren maken het verschil. Daarom organiseert het samenwerkingsverband elk jaar een programma met "
              "leernetwerken, studiemiddagen en een regionale conferentie. Thema's in de komende jaren zijn onder "
              "meer gedrag en relatie, executieve functies, meertaligheid, en samenwerken met ouders."),
        ("p", "Scholen kunnen ook zelf een scholingsvraag indienen. Het bureau zoekt dan samen met de school naar "
              "een passend aanbod, bij voorkeur met expertise uit de regio. Goede voorbeelden worden gedeeld via "
              "de nieuwsbrief en de kennisbank voor professionals."),
        ("p", "Met de lerarenopleidingen in de regio hebben we afspraken over stageplaatsen op gespecialiseerde "
              "scholen en over een minor passend onderwijs. Zo maken toekomstige leraren al tijdens hun opleiding "
              "kennis met de diversiteit aan leerlingen in onze regio."),
    ]


def f_privacy(c):
    return [
        ("h1", c.get("priv_kop", "Privacy, ICT en gegevensbeheer")),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. De verwerking is vastgelegd in het "
              "verwerkingsregister. Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld "
              "met twee andere samenwerkingsverbanden."),
        ("p", "Dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Medewerkers hebben alleen toegang "
              "tot de gegevens die zij voor hun taak nodig hebben. Gegevens worden niet langer bewaard dan drie "
              "jaar na het laatste besluit, tenzij een langere termijn wettelijk verplicht is."),
        ("p", "In 2026 vervangen we het huidige registratiesysteem. De aanbesteding loopt samen met andere "
              "samenwerkingsverbanden in de provincie. Bij de keuze wegen gebruiksgemak voor scholen, "
              "informatiebeveiliging en koppelingen met de leerlingadministratie zwaar."),
    ]


def f_planning(c, rows, jaarverslag=True):
    return [
        ("h1", c.get("plan_kop", "Planning en jaarcyclus")),
        ("p", "Dit plan wordt uitgewerkt in jaarplannen. Het jaarplan beschrijft welke activiteiten het bureau in "
              "een schooljaar uitvoert en wie daarvoor verantwoordelijk is. In onderstaande tabel staat de globale "
              "planning van de belangrijkste activiteiten in de planperiode."),
        ("table", [["Schooljaar", "Activiteit"]] + rows),
        ("p", "De jaarcyclus van het bestuur volgt een vast ritme: in het najaar worden het jaarplan en de "
              "jaarbegroting vastgesteld, %sen voor de zomer vindt een strategische sessie plaats over de koers "
              "van het volgende jaar." % ("in het voorjaar worden het jaarverslag en de jaarrekening besproken, "
                                          if jaarverslag else "")),
    ]


def f_begrippen(rows, kop="Bijlage: Begrippenlijst"):
    return [("h1", kop), ("table", [["Begrip", "Betekenis"]] + rows)]


# ==========================================================================
# PLAN 1 - PO, docx + pdf: "Samen sterk voor elk kind" (themed chapters)
# ==========================================================================
C1 = dict(
    naam="Samenwerkingsverband Passend Onderwijs De Lingestroom", kort="De Lingestroom", code="PO 26-09",
    sector="po", gemeenten="Lingedal, Overbrug en Waalwaard", inwoners="96.000", periode="2026-2030",
    periode_sj="2026-2027 tot en met 2029-2030", nscholen=44, nleerlingen="9.850", nbesturen=7,
    bestuurder="drs. M.A. (Marloes) Verhagen", plaats="Lingedal", fte="11,4", opr_leden=10,
    opr_datum="18 maart 2026", oogo_datum="29 januari 2026", ander_swv="VO Lingedal-Waal (VO 26-05)",
    overleg_datum="12 februari 2026", vaststelling="25 maart 2026", variant=0,
    visie_kop="Samen sterk voor elk kind: onze visie",
    besturen_tabel=[["Schoolbestuur", "Scholen", "Leerlingen"],
                    ["Stichting Primus Lingedal", "19", "4.310"],
                    ["Stichting Katholiek Onderwijs Waalwaard", "11", "2.380"],
                    ["Vereniging Chr. Basisonderwijs Overbrug", "6", "1.290"],
                    ["Stichting Speciaal Onderwijs De Kolk (so cluster 4)", "2", "260"],
                    ["Stichting Het Palet (so cluster 3)", "1", "140"],
                    ["Stichting Daltonscholen Linge", "4", "1.170"],
                    ["Stichting Vrije School Betuwe", "1", "300"]],
)


def plan1():
    c = C1
    b = [("title", ["Ondersteuningsplan 2026-2030", "Samen sterk voor elk kind",
                    c["naam"] + " (" + c["code"] + ")", "Vastgesteld door het bestuur op 25 maart 2026"])]
    b.append(("toc", [
        "Voorwoord ........ 3", "1 Onze regio ........ 5", "2 Samen sterk voor elk kind: onze visie ........ 7",
        "3 Wat elke school biedt: basisondersteuning ........ 9",
        "4 Samen sterk voor elk kind: van vraag naar aanbod ........ 12",
        "5 Naar het sbo of so: toelaatbaarheid ........ 16", "6 Van speciaal naar regulier ........ 20",
        "7 Geld en middelen ........ 22", "   7.1 Verdeling  7.2 Reserves  7.3 Meerjarenbegroting",
        "8 Communicatie ........ 26", "   8.1 Informatie voor ouders  8.2 Ouders als partner  "
        "8.3 Onafhankelijke ondersteuning en klachten",
        "9 Wat we bereikten en wat we willen bereiken ........ 29", "10 Samen met de gemeenten ........ 33",
        "11 Organisatie en governance ........ 35", "12 Medezeggenschap ........ 37",
        "13 Personeel en professionalisering ........ 38", "14 Privacy en ICT ........ 40",
        "15 Planning ........ 41", "Bijlage A Begrippenlijst ........ 43",
        "Bijlage B Verklaring instemming OPR ........ 45"]))
    b += f_voorwoord(c) + f_leeswijzer(c) + f_regio(c) + f_visie(c)

    # --- basisondersteuning: present (niveau + inhoud), borging advisory
    b += [
        ("h1", "Wat elke school biedt: basisondersteuning"),
        ("p", "De besturen van De Lingestroom hebben met elkaar afgesproken welke ondersteuning iedere school, en "
              "iedere vestiging van een school, ten minste biedt. Dit noemen we de basisondersteuning. Het is de "
              "gezamenlijke ondergrens: geen enkele basisschool in onze regio biedt minder, ook niet een kleine "
              "dorpsschool met twee combinatiegroepen. Ouders hoeven voor deze ondersteuning geen aanvraag te doen "
              "en de school ontvangt er geen apart budget voor van het samenwerkingsverband; de ondersteuning hoort "
              "bij het gewone werk van de school."),
        ("p", "De ondergrens is uitgewerkt in tien standaarden. Voor iedere standaard staat in de tabel wat ouders "
              "concreet op elke school mogen verwachten."),
        ("table", [["Standaard", "Wat u op elke school aantreft"],
                   ["1 Ondersteuningsstructuur", "Een intern begeleider met ten minste 8 uur per week per 200 "
                    "leerlingen; een vast ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt."],
                   ["2 Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; per kind met een "
                    "ondersteuningsvraag een groeidocument dat met ouders wordt besproken."],
                   ["3 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra "
                    "leesinterventie van 3 x 20 minuten per week voor kinderen met een leesachterstand."],
                   ["4 Rekenen en dyscalculie", "Werken volgens het protocol ERWD; verlengde instructie in de "
                    "groep."],
                   ["5 Sociale veiligheid en gedrag", "Een erkend programma voor sociaal-emotionele ontwikkeling; "
                    "een anti-pestcoördinator; een aanpak voor gedragsproblemen met een stappenplan."],
                   ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken "
                    "van de leerstof in de eigen groep."],
                   ["7 Taal en meertaligheid", "Extra woordenschatondersteuning voor kinderen met een "
                    "taalachterstand; samenwerking met de voorschoolse voorziening."],
                   ["8 Medische handelingen", "Een protocol medisch handelen; ten minste twee BHV'ers met "
                    "kinder-EHBO per locatie."],
                   ["9 Fysieke toegankelijkheid", "Een rolstoeltoegankelijke begane grond en een aangepast "
                    "toilet, of een afspraak met een nabije school van hetzelfde bestuur."],
                   ["10 Samenwerking", "Vaste contactpersoon van het sociaal team van de gemeente; warme "
                    "overdracht bij iedere schoolwisseling."]]),
        ("p", "Wat daarboven uitgaat, noemen we extra ondersteuning. Extra ondersteuning vraagt een arrangement en "
              "wordt beschreven in hoofdstuk 4."),
        ("h2", "Hoe we erop toezien"),
        ("p", "Iedere school beschrijft in haar schoolgids hoe zij de tien standaarden invult. Eens per twee jaar "
              "voert een onderwijsadviseur van het samenwerkingsverband met de school een kwaliteitsgesprek aan de "
              "hand van de kwaliteitskaart basisondersteuning. Voldoet een school aan een of meer standaarden niet, "
              "dan stelt het bestuur van die school binnen drie maanden een verbeterplan op; de directeur-bestuurder "
              "van het samenwerkingsverband bespreekt de voortgang in het bestuurlijk overleg."),
    ]

    # --- dekkend-aanbod: present (continuum + lacunes), ketenpartners advisory
    b += [
        ("h1", "Samen sterk voor elk kind: van vraag naar aanbod"),
        ("p", "Niet ieder kind heeft genoeg aan de basisondersteuning. Voor die kinderen bouwen we samen een "
              "doorlopende reeks aan voorzieningen: van hulp in de eigen groep tot een plek op een speciale school. "
              "Die reeks noemen we het ondersteuningscontinuüm. Het uitgangspunt is steeds de lichtst mogelijke "
              "oplossing die werkt."),
        ("table", [["Trede", "Wat", "Waar", "Toegang"],
                   ["1", "Basisondersteuning", "Elke school", "Geen aanvraag"],
                   ["2", "Arrangement op school (begeleiding, extra handen, expertise)", "Eigen school",
                    "Aanvraag door school na bespreking in ondersteuningsteam"],
                   ["3", "Bovenschoolse voorziening: plusklas De Uitdaging, taalklas voor nieuwkomers, "
                         "observatiegroep De Brug (maximaal 12 weken)", "Drie locaties in de regio",
                    "Aanmelding via het loket van het samenwerkingsverband"],
                   ["4", "Speciaal basisonderwijs (sbo De Wissel, sbo Het Baken)", "Lingedal en Waalwaard",
                    "Toelaatbaarheidsverklaring"],
                   ["5", "Speciaal onderwijs cluster 3 (Het Palet) en cluster 4 (De Kolk)", "Overbrug en Lingedal",
                    "Toelaatbaarheidsverklaring"]]),
        ("p", "Voor kinderen die zowel onderwijs als zorg nodig hebben, maken we met de gemeenten "
              "onderwijs-zorgarrangementen. Op de so-locaties is een jeugdhulpaanbieder aanwezig die behandeling "
              "onder schooltijd verzorgt; de gemeenten financieren de zorg, het samenwerkingsverband de "
              "onderwijskant."),
        ("h2", "Waar het nog niet sluit"),
        ("p", "Elk jaar in oktober maakt het bureau een analyse van het aanbod: hoe lang zijn de wachttijden voor "
              "de bovenschoolse voorzieningen, hoeveel kinderen zitten thuis of hebben een vrijstelling, en voor "
              "welke vragen vonden scholen geen passende plek? De analyse wordt besproken met het algemeen bestuur "
              "en met de leerplichtambtenaren, en leidt tot concrete acties in het jaarplan."),
        ("p", "De analyse van 2025 liet zien dat er geen passend aanbod is voor jonge kinderen (4 tot 6 jaar) met "
              "ernstige gedragsproblemen en een ontwikkelingsachterstand. In augustus 2026 start daarom op sbo De "
              "Wissel een kleine instroomgroep van acht plaatsen, samen met het so en een jeugdhulpaanbieder."),
        ("p", "Zit een kind thuis, dan meldt de school dat binnen vijf schooldagen bij het loket. Binnen twee "
              "weken volgt een overleg met ouders, school, leerplicht en een consulent van het samenwerkingsverband. "
              "Lukt het niet binnen zes weken een plek te vinden, dan neemt de directeur-bestuurder de regie over "
              "en kan hij besturen vragen een kind tijdelijk boven de formatie te plaatsen."),
    ]

    # --- plaatsing: present (procedure + criteria), deskundigen + duur-categorie advisory, no bezwaar
    b += [
        ("h1", "Naar het sbo of so: toelaatbaarheid"),
        ("p", "Een kind kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal "
              "onderwijs (cluster 3 of 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft "
              "afgegeven. In dit hoofdstuk staat hoe dat gaat."),
        ("h2", "Stap voor stap"),
        ("ul", ["Stap 1 - De school waar het kind staat ingeschreven bespreekt in het ondersteuningsteam, met ouders, "
                "dat de ondersteuning op de eigen school niet meer toereikend is.",
                "Stap 2 - Het bestuur van die school (in de praktijk de directeur) dient de aanvraag in via het "
                "digitale loket, met het groeidocument, het ontwikkelingsperspectief, het onderwijskundig rapport en "
                "de zienswijze van ouders.",
                "Stap 3 - Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Stap 4 - Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: altijd een "
                "orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige, zoals een "
                "kinderpsychiater, een arts of een maatschappelijk werker. De deskundigen zijn niet betrokken "
                "geweest bij de aanvraag. Ouders ontvangen een afschrift van beide adviezen.",
                "Stap 5 - De Commissie Toelaatbaarheid neemt namens het bestuur een besluit, binnen zes weken na "
                "ontvangst van het complete dossier.",
                "Stap 6 - Ouders en school ontvangen het besluit schriftelijk; bij een positief besluit meldt de "
                "school het kind aan bij de sbo- of so-school."]),
        ("h2", "Wanneer is een kind toelaatbaar?"),
        ("p", "Voor het speciaal basisonderwijs geldt dat een kind toelaatbaar is als aan alle volgende voorwaarden "
              "is voldaan: de school heeft aantoonbaar ten minste een half jaar een arrangement ingezet en "
              "geëvalueerd; het kind heeft een structurele ondersteuningsbehoefte op leren en/of gedrag die de "
              "mogelijkheden van de basisschool overstijgt; en de ontwikkeling van het kind stagneert ondanks die "
              "ondersteuning, blijkend uit het groeidocument."),
        ("p", "Voor het speciaal onderwijs geldt daarnaast dat de ondersteuningsbehoefte zo intensief is dat "
              "onderwijs in een kleine groep met specialistische begeleiding nodig is, vaak in combinatie met zorg. "
              "Voor cluster 3 gaat het om kinderen met een verstandelijke, lichamelijke of meervoudige beperking of "
              "een langdurige ziekte; voor cluster 4 om kinderen met ernstige gedrags- of psychiatrische problemen."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren. Een TLV voor het so geldt voor één tot "
              "drie schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. De categorie volgt uit "
              "het deskundigenadvies: hoog is voorbehouden aan kinderen met een meervoudige beperking. Een TLV "
              "eindigt altijd op 31 juli van het laatste schooljaar."),
        ("p", "In spoedsituaties kan de Commissie Toelaatbaarheid binnen vijf werkdagen een tijdelijke TLV van "
              "maximaal drie maanden afgeven, zodat het kind niet thuis komt te zitten."),
    ]

    # --- terugstroom: present (beleid + procedure), monitoring advisory
    b += [
        ("h1", "Van speciaal naar regulier"),
        ("p", "Een plek op het sbo of so is voor veel kinderen goed, maar hoeft niet blijvend te zijn. Ons "
              "uitgangspunt is dat een kind weer naar een gewone basisschool dicht bij huis gaat zodra het daar "
              "met de beschikbare ondersteuning verder kan. Dat doen we alleen als het kind er zelf aan toe is en "
              "als er een basisschool is die het kind kan bieden wat in het ontwikkelingsperspectief staat."),
        ("p", "De sbo- of so-school bespreekt ieder jaar in de OPP-bespreking met ouders of een overstap naar het "
              "regulier onderwijs in beeld is. In het laatste jaar van de TLV gebeurt dat uiterlijk in maart, met "
              "een consulent van het samenwerkingsverband erbij. De speciale school neemt het initiatief; ouders "
              "kunnen ook zelf om een bespreking vragen."),
        ("p", "Blijkt terugkeer haalbaar, dan zoekt de speciale school samen met ouders een basisschool. Beide "
              "scholen maken een overstapplan met een proefperiode van zes tot acht weken. De Commissie "
              "Toelaatbaarheid wordt geïnformeerd; een nieuwe TLV is dan niet nodig en de TLV eindigt op 31 juli. "
              "Is terugkeer niet haalbaar, dan vraagt de speciale school vóór 1 mei een nieuwe TLV aan."),
        ("p", "Een kind dat terugkeert krijgt een terugkeerarrangement: gedurende maximaal twaalf maanden begeleidt "
              "een ambulant begeleider van de speciale school de leerkracht, en de basisschool ontvangt een "
              "bedrag van € 4.000 voor extra handen in de groep. Na zes maanden volgt een evaluatie met ouders."),
        ("p", "In 2024-2025 keerden 23 kinderen vanuit het sbo en 6 kinderen vanuit het so terug naar een "
              "basisschool; 26 van hen zaten een jaar later nog op die school."),
    ]

    # --- financien: partial (verdeling yes, besteding deferred), reserves advisory
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een "
              "deel daarvan gaat rechtstreeks naar het sbo en so: voor iedere leerling met een TLV houdt DUO een "
              "bedrag in op onze middelen. De rest verdelen we volgens het verdeelmodel hieronder."),
        ("h2", "Verdeling"),
        ("p", "Het verdeelmodel kent drie stromen. Ten eerste ontvangt ieder schoolbestuur een schoolbudget van € 165 "
              "per leerling, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. Ten tweede "
              "kent het loket arrangementen toe op aanvraag van een school; een arrangement wordt toegekend als de "
              "ondersteuningsbehoefte de basisondersteuning overstijgt en het ondersteuningsteam een plan met doelen "
              "heeft opgesteld. Ten derde financiert het samenwerkingsverband de bovenschoolse voorzieningen "
              "rechtstreeks. Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting; wijziging van "
              "het verdeelmodel zelf vraagt instemming van de OPR."),
        ("h2", "Reserves"),
        ("p", "Het bestuur hanteert de signaleringswaarde van de Inspectie voor bovenmatige reserves. Blijft de "
              "algemene reserve onder die waarde, dan is er geen aanleiding tot bijsturing. In de jaarrekening is "
              "een risicoparagraaf opgenomen."),
        ("h2", "Meerjarenbegroting"),
        ("p", "De meerjarenbegroting voor de planperiode wordt door het algemeen bestuur in december 2026 "
              "vastgesteld, zodra de nieuwe bekostigingsbedragen bekend zijn. Zij wordt daarna als bijlage D aan "
              "dit plan toegevoegd."),
    ]

    # --- ouders: partial (informatie yes, steunpunt deferred), betrokkenheid advisory
    b += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is de basis van samenwerking. We communiceren met scholen via de nieuwsbrief, "
              "het directeurenoverleg en de netwerken van intern begeleiders. Met gemeenten en ketenpartners "
              "hebben we vaste overleggen."),
        ("h2", "Informatie voor ouders"),
        ("p", "Ouders vinden op de ouderpagina van onze website een overzicht van de basisondersteuning, de "
              "arrangementen en de scholen voor sbo en so, met per voorziening een korte uitleg en contactgegevens. "
              "De folder 'Samen sterk voor elk kind' legt in eenvoudige taal uit welke ondersteuning er is en hoe "
              "ouders die kunnen krijgen; de folder is er in het Nederlands, Engels, Arabisch en Pools en wordt door "
              "iedere school bij de inschrijving meegegeven. Twee keer per jaar organiseren we een "
              "informatieavond voor ouders over het ondersteuningsaanbod."),
        ("h2", "Ouders als partner"),
        ("p", "Ouders zijn de eerste deskundigen van hun kind. Zij worden betrokken bij het opstellen van het "
              "groeidocument en het ontwikkelingsperspectief, en zijn aanwezig bij de bespreking in het "
              "ondersteuningsteam. In de OPR zijn ouders voor de helft vertegenwoordigd."),
        ("h2", "Onafhankelijke ondersteuning en klachten"),
        ("p", "Deze paragraaf werken we uit zodra de wettelijke regeling voor het ouder- en jeugdsteunpunt in werking "
              "is getreden en de afspraken met de gemeenten daarover rond zijn. P.m."),
    ]

    # --- resultaten: present (doelen + monitoring), meetbaar
    b += [
        ("h1", "Wat we bereikten en wat we willen bereiken"),
        ("h2", "Terugblik 2022-2026"),
        ("p", "In de vorige planperiode wilden we het deelnamepercentage speciaal basisonderwijs stabiel houden en "
              "het aantal thuiszitters halveren. Het deelnamepercentage sbo bleef met 2,1% (peildatum 1 oktober 2025) "
              "onder het landelijk gemiddelde van 2,4%. Het aantal thuiszitters daalde van 14 in 2022 naar 9 in "
              "2025: het doel van halvering is dus niet gehaald. Ouders waardeerden de ondersteuning in de "
              "tevredenheidspeiling met gemiddeld een 7,4."),
        ("h2", "Beoogde resultaten 2026-2030"),
        ("table", [["Doel", "Indicator", "Nu (2025)", "Streefwaarde 2030"],
                   ["Meer kinderen in de eigen wijk", "Deelnamepercentage sbo + so", "3,4%", "ten hoogste 3,2%"],
                   ["Niemand thuis", "Thuiszitters langer dan 4 weken (telling 1 oktober)", "9", "ten hoogste 3"],
                   ["Snelle besluiten", "TLV-besluiten binnen zes weken", "81%", "95%"],
                   ["Arrangementen werken", "Arrangementen met behaalde doelen bij evaluatie", "onbekend", "80%"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer ouders", "7,4", "7,8"]]),
        ("h2", "Hoe we de resultaten volgen"),
        ("p", "Het bureau verzamelt twee keer per jaar de gegevens uit het registratiesysteem, de DUO-telling en de "
              "leerplichtadministratie in een dashboard. Het dashboard wordt in februari en september besproken in "
              "het algemeen bestuur en met de OPR. Eens per twee jaar houden we een tevredenheidspeiling onder "
              "ouders en scholen. De resultaten en de kosten van de voorzieningen rapporteren we in het jaarverslag, "
              "dat vóór 1 juli op de website verschijnt. Blijft een indicator twee metingen achter, dan stelt het "
              "bestuur een verbeteraanpak vast."),
    ]

    b += [("h1", "Samen met de gemeenten"),
          ("p", "Met de drie gemeenten werken we samen in een regionaal overleg onderwijs en jeugd. Belangrijke "
                "thema's zijn de aansluiting tussen school en sociaal team, het leerlingenvervoer en "
                "onderwijshuisvesting. Iedere basisschool heeft een vaste contactpersoon van het sociaal team. "
                "Met de gemeenten zijn afspraken gemaakt over jeugdhulp onder schooltijd en over de bekostiging "
                "van onderwijs-zorgarrangementen."),
          ("p", "Het leerlingenvervoer is een taak van de gemeenten. Het samenwerkingsverband denkt mee als een "
                "plaatsing op een speciale school tot lange reistijden leidt.")]
    b += f_totstandkoming(c) + f_governance(c) + f_opr(c) + f_personeel(c) + f_professionalisering(c) + f_privacy(c)
    b += f_planning(c, [["2026-2027", "Start instroomgroep jonge kinderen; nieuw registratiesysteem"],
                        ["2027-2028", "Evaluatie verdeelmodel; herziening kwaliteitskaart"],
                        ["2028-2029", "Tussenevaluatie plan; tevredenheidspeiling"],
                        ["2029-2030", "Evaluatie en voorbereiding nieuw ondersteuningsplan"]])
    b += f_begrippen([
        ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."],
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit dat een kind toelaatbaar is tot sbo of so."],
        ["Terugplaatsing", "De overstap van sbo of so naar het regulier basisonderwijs."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
        ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
        ["Bezwaar", "Procedure tegen een besluit van het samenwerkingsverband."],
        ["OPP", "Ontwikkelingsperspectief."], ["OOGO", "Op overeenstemming gericht overleg."],
        ["Arrangement", "Extra ondersteuning boven de basisondersteuning."]], kop="Bijlage A Begrippenlijst")
    b += [("h1", "Bijlage B Verklaring instemming OPR"),
          ("p", "De ondersteuningsplanraad van De Lingestroom verklaart op 18 maart 2026 in te stemmen met het "
                "ondersteuningsplan 2026-2030. Namens de OPR, de voorzitter.")]
    return b


LABEL1 = """
documents: [po-samen-sterk.docx, po-samen-sterk.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Wat elke school biedt': agreed ondergrens for every vestiging + table of 10 standards; borging via kwaliteitskaart/verbeterplan."
  plaatsing: "Ch. 'Naar het sbo of so': 6 numbered steps, Commissie Toelaatbaarheid, 6 weeks, sbo and so criteria, two deskundigen, duration + categorie; no bezwaar route anywhere (only in the begrippenlijst)."
  terugstroom: "Themed ch. 'Van speciaal naar regulier' (heading has no 'terugplaatsing'): policy (thuisnabij, conditions, terugkeerarrangement) and procedure (annual OPP review, March of last TLV year, initiator, new TLV before 1 May); 2024-2025 figures."
  financien: "Ch. 'Geld en middelen': verdeelmodel (EUR 165/leerling, arrangementen, bovenschools) addresses verdeling; §7.3 Meerjarenbegroting only defers ('december 2026 ... als bijlage D toegevoegd') and no spending amounts exist -> besteding not addressed. TOC lists 7.3 (trap)."
  dekkend-aanbod: "Ch. 'Samen sterk voor elk kind: van vraag naar aanbod': 5-trede continuum table; 'Waar het nog niet sluit': yearly gap analysis, 2025 gap + new instroomgroep, thuiszitter escalation."
  resultaten: "Ch. 'Wat we bereikten en wat we willen bereiken': terugblik with figures, target table 2030, dashboard twice a year, jaarverslag before 1 July."
  ouders: "Information in ch. 'Communicatie' §'Informatie voor ouders' (website, folder in 4 languages, info evenings); §'Onafhankelijke ondersteuning en klachten' is only a deferral + 'P.m.'; OJSP/bezwaar appear only in TOC and begrippenlijst -> steunpunt not addressed."
"""


# ==========================================================================
# PLAN 2 - VO, docx + pdf: lwoo, PrO, vso; plaatsingscommissie, Commissie Toelaatbaarheid
# ==========================================================================
C2 = dict(
    naam="Samenwerkingsverband VO Rivierenland-Oost", kort="Rivierenland-Oost", code="VO 25-11",
    sector="vo", gemeenten="Maasdriel-Oost, Zaltheuvel en Lingemond", inwoners="132.000", periode="2026-2030",
    periode_sj="2026-2027 tot en met 2029-2030", nscholen=16, nleerlingen="12.400", nbesturen=6,
    bestuurder="ir. J.P. (Joost) van Lienden", plaats="Zaltheuvel", fte="17,8", opr_leden=12,
    opr_datum="4 maart 2026", oogo_datum="22 januari 2026", ander_swv="PO Rivierenland (PO 25-10)",
    overleg_datum="5 februari 2026", vaststelling="11 maart 2026", variant=1,
    regio_kop="Rivierenland-Oost in cijfers", gov_kop="Bestuur en organisatie",
    besturen_tabel=[["Schoolbestuur", "Scholen/vestigingen", "Leerlingen"],
                    ["Stichting VO Rivierenland", "6", "5.900"],
                    ["Stichting Christelijk VO Zaltheuvel", "3", "2.750"],
                    ["Stichting Praktijkonderwijs De Werf (PrO)", "2", "410"],
                    ["Stichting vso De Horizon (cluster 4)", "2", "380"],
                    ["Stichting Katholiek Lyceum Lingemond", "2", "2.600"],
                    ["Stichting Montessori VO", "1", "360"]],
)


def plan2():
    c = C2
    b = [("title", ["Ondersteuningsplan 2026-2030", "Route op maat",
                    c["naam"] + " (" + c["code"] + ")", "Versie ter instemming OPR - definitief 11 maart 2026"])]
    b.append(("toc", [
        "Voorwoord", "1 Inleiding en wettelijk kader", "2 Rivierenland-Oost in cijfers", "3 Koers 2026-2030",
        "4 Basisondersteuning", "5 Het ondersteuningsaanbod: vier niveaus",
        "6 Toewijzing en toelaatbaarheid: vso, lwoo en praktijkonderwijs",
        "   6.5 Terugplaatsing en overplaatsing", "7 Thuiszitters en verzuim",
        "8 Kwaliteit en resultaten", "9 Ouders en leerlingen", "10 Samenwerking met gemeenten",
        "11 Geld en middelen", "12 Bestuur en organisatie", "13 Medezeggenschap", "14 Personeel",
        "15 Privacy", "16 Planning", "Bijlage 1 Begrippenlijst"]))
    b += f_voorwoord(c)
    b += [("h1", "Inleiding en wettelijk kader"),
          ("p", "Op grond van artikel 17a van de Wet op het voortgezet onderwijs (sinds 2021 de artikelen 2.47 en "
                "volgende van de WVO 2020) stelt het samenwerkingsverband ten minste eens per vier jaar een "
                "ondersteuningsplan vast. De wet schrijft voor dat het plan onder meer ingaat op het samenhangend "
                "geheel van ondersteuningsvoorzieningen, de basisondersteuning, de verdeling van middelen, de "
                "toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de toelaatbaarheid tot het "
                "praktijkonderwijs, de terugplaatsing of overplaatsing naar het voortgezet onderwijs, de beoogde en "
                "bereikte resultaten en de informatie aan ouders."),
          ("p", "Dit plan volgt die onderwerpen niet één op één. We hebben de hoofdstukken ingedeeld naar de route "
                "die een leerling aflegt: van de ondersteuning in de klas tot een plek in het vso. Waar een "
                "wettelijk onderwerp niet in een eigen hoofdstuk staat, is het in een ander hoofdstuk verwerkt.")]
    b += f_leeswijzer(c) + f_regio(c)
    b += [("h1", "Koers 2026-2030"),
          ("p", "Onze koers heet 'Route op maat'. Iedere jongere volgt zijn eigen route door het voortgezet "
                "onderwijs, en de ondersteuning beweegt mee. We willen dat jongeren zo veel mogelijk op een "
                "reguliere school hun diploma of startkwalificatie halen, en dat de overgang naar vervolgonderwijs "
                "of werk soepel verloopt."),
          ("p", "Drie speerpunten staan centraal: versterken van de ondersteuning in de klas, snellere en "
                "eenvoudigere toewijzing, en een sterkere verbinding met jeugdhulp. De middelen die we daarvoor "
                "inzetten staan in hoofdstuk 11.")]
    b += f_visie(c)

    # basisondersteuning: partial (niveau yes, inhoud no: only 4-aspect definition + deferral); borging advisory
    b += [("h1", "Basisondersteuning"),
          ("p", "Alle scholen en vestigingen in Rivierenland-Oost bieden ten minste het afgesproken niveau van "
                "basisondersteuning. Dat niveau is een gezamenlijke ondergrens: het geldt voor het vmbo, de havo en "
                "het vwo, en ook voor het praktijkonderwijs. Een school kan meer bieden, maar nooit minder."),
          ("p", "Zoals het Referentiekader passend onderwijs beschrijft, bestaat basisondersteuning uit vier "
                "aspecten: de basiskwaliteit zoals de Inspectie die beoordeelt, preventieve en licht curatieve "
                "interventies, de onderwijsondersteuningsstructuur en planmatig werken."),
          ("p", "De concrete invulling, dus welke voorzieningen, interventies en expertise een leerling op iedere "
                "school aantreft, leggen we opnieuw vast in de Standaard Basisondersteuning VO. De herziene "
                "standaard verschijnt na afronding van de landelijke normering in de loop van schooljaar 2026-2027 "
                "en wordt dan op de website gepubliceerd. Tot die tijd verwijzen we naar de "
                "schoolondersteuningsprofielen van de scholen."),
          ("p", "Elke twee jaar voert het samenwerkingsverband met iedere school een audit basisondersteuning uit. "
                "De uitkomst wordt besproken met het schoolbestuur; wanneer de school onder de ondergrens blijft, "
                "maken bestuur en samenwerkingsverband binnen zes weken afspraken over herstel.")]

    # dekkend-aanbod: partial (continuum yes; lacunes deferred); ketenpartners advisory
    b += [("h1", "Het ondersteuningsaanbod: vier niveaus"),
          ("p", "Het ondersteuningsaanbod in Rivierenland-Oost bestaat uit vier niveaus die op elkaar aansluiten."),
          ("table", [["Niveau", "Omschrijving", "Voorbeelden"],
                     ["1 Basis", "Ondersteuning die elke school biedt", "Mentoraat, ondersteuningscoördinator"],
                     ["2 Extra in de school", "Arrangementen binnen de eigen school, gefinancierd uit het "
                      "schoolbudget", "Trajectvoorziening, rustruimte, begeleiding door orthopedagoog"],
                     ["3 Bovenschools", "Tijdelijke voorzieningen buiten de eigen school", "OPDC De Overstap "
                      "(max. 16 weken), reboundvoorziening, Op de Rails (ziekte, angst)"],
                     ["4 Gespecialiseerd", "Vso en praktijkonderwijs", "vso De Horizon, PrO De Werf"]]),
          ("p", "Een leerling op het OPDC De Overstap blijft ingeschreven op de eigen school. Na maximaal zestien "
                "weken keert de leerling terug naar de eigen klas; de mentor en een trajectbegeleider bereiden die "
                "terugkeer samen voor."),
          ("p", "Voor jongeren die onderwijs en jeugdhulp nodig hebben, zijn er onderwijs-zorgarrangementen met de "
                "gemeenten. Op het vso werkt een jeugdhulpaanbieder in de school. Zie ook hoofdstuk 10.")]

    # plaatsing: present; deskundigen, duur-categorie, bezwaar advisory
    b += [("h1", "Toewijzing en toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
          ("h2", "Toelaatbaarheid tot het vso"),
          ("p", "Voor een plek in het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring nodig. De "
                "aanvraag wordt gedaan door de school waar de leerling is ingeschreven of, voor leerlingen die van "
                "het primair onderwijs komen, door de school waar de leerling is aangemeld. De aanvraag gaat via "
                "de ondersteuningscoördinator naar de Commissie Toelaatbaarheid (CT) van het samenwerkingsverband."),
          ("p", "Bij de aanvraag horen het ontwikkelingsperspectiefplan met evaluatie, een overzicht van de ingezette "
                "ondersteuning en de zienswijze van ouders en leerling. De CT vraagt advies aan twee deskundigen: "
                "een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een jeugdarts, kinderpsychiater "
                "of maatschappelijk werker. Beide geven ieder een eigen schriftelijk advies. De CT besluit binnen "
                "vier weken na ontvangst van de complete aanvraag."),
          ("p", "Een leerling is toelaatbaar tot het vso als: (1) de ondersteuningsbehoefte blijkens het OPP niet "
                "binnen niveau 1 tot en met 3 kan worden geboden, ook niet met een arrangement; (2) er sprake is van "
                "een structurele beperking of stoornis die intensieve begeleiding in een kleine groep vraagt; en "
                "(3) de ondersteuning minimaal een half jaar planmatig is ingezet en geëvalueerd, tenzij de "
                "veiligheid van de leerling of anderen direct in het geding is."),
          ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren, met bekostigingscategorie laag, midden "
                "of hoog. Categorie midden en hoog worden alleen toegekend op basis van een medisch of "
                "lichamelijk advies."),
          ("h2", "Lwoo en praktijkonderwijs: de plaatsingscommissie"),
          ("p", "Het samenwerkingsverband volgt voor leerwegondersteunend onderwijs (lwoo) en praktijkonderwijs de "
                "landelijke criteria. Voor lwoo gaat het om leerlingen met een IQ tussen 75 en 90 en een "
                "leerachterstand van ten minste 25% op twee van de vier domeinen (begrijpend lezen, technisch lezen, "
                "spellen, inzichtelijk rekenen), of met een IQ tussen 91 en 120, een achterstand op één domein en "
                "sociaal-emotionele problematiek. Voor praktijkonderwijs gaat het om een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste 50% op twee domeinen, waarvan één rekenen of begrijpend lezen."),
          ("p", "De vo-school waar de leerling is aangemeld, dient de aanvraag vóór 1 maart in bij de "
                "plaatsingscommissie lwoo/pro. De basisschool levert het onderwijskundig rapport en de "
                "testgegevens. De plaatsingscommissie, bestaande uit een orthopedagoog, een psycholoog en een "
                "ondersteuningscoördinator, besluit vóór 1 mei. Een aanwijzing lwoo geldt voor de hele schoolloopbaan "
                "op de vo-school; een TLV praktijkonderwijs geldt tot het einde van de opleiding."),
          ("h2", "Niet eens met een besluit"),
          ("p", "Ouders kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid. Het "
                "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheid, die "
                "het bestuur adviseert. Ouders kunnen daarnaast gratis advies vragen bij de Onderwijsconsulenten.")]

    # thuiszitters: deferral only -> lacunes not addressed
    b += [("h1", "Thuiszitters en verzuim"),
          ("p", "Thuiszitten is voor geen enkele jongere acceptabel. Het onderwerp staat hoog op de agenda van het "
                "bestuur en van de gemeenten."),
          ("p", "De aanpak van thuiszitters en de afspraken over het sluitend maken van het aanbod worden in de loop "
                "van 2026 samen met de gemeenten en de afdeling leerplicht opnieuw ingericht. De uitkomst daarvan "
                "leggen we vast in een regionaal thuiszitterspact dat na ondertekening als addendum aan dit plan "
                "wordt toegevoegd."),
          ("p", "Verzuim wordt door de scholen gemeld bij leerplicht volgens de wettelijke regels.")]

    # resultaten: present; meetbaar
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Kwaliteitszorg is bij ons een vaste cyclus van plannen, uitvoeren, meten en bijsturen. Het bureau "
                "legt elk kwartaal een kwaliteitsrapportage voor aan de directeur-bestuurder met de kengetallen uit "
                "de registratie: aantallen aanvragen, TLV's, doorlooptijden, plaatsingen op de bovenschoolse "
                "voorzieningen en de uitkomsten van evaluaties van arrangementen. Eens per jaar bespreken het "
                "algemeen bestuur en de OPR de rapportage, en in het jaarverslag leggen we verantwoording af."),
          ("p", "Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
          ("ul", ["Ten minste 85% van de leerlingen die op het OPDC De Overstap zijn geplaatst, zit een half jaar na "
                  "terugkeer nog op de eigen school (2025: 78%).",
                  "Het deelnamepercentage vso blijft onder 3,5% (2025: 3,6%).",
                  "90% van de TLV-besluiten wordt binnen vier weken genomen (2025: 72%).",
                  "Van de vso-leerlingen in het uitstroomprofiel arbeid heeft 70% een jaar na uitstroom werk of een "
                  "vervolgopleiding (2025: 64%).",
                  "Jongeren met een arrangement beoordelen de ondersteuning met gemiddeld ten minste een 7."])]

    # ouders: present; betrokkenheid
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen. Daarom "
                "publiceren we de brochure 'Route op maat' met een overzicht van de vier niveaus van ondersteuning, "
                "de bovenschoolse voorzieningen, het vso en het praktijkonderwijs. De brochure wordt op alle "
                "basisscholen in groep 8 uitgedeeld. Op de website staat per school een samenvatting van het "
                "ondersteuningsaanbod, en in november houden we in iedere gemeente een informatieavond."),
          ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Rivierenland. Het steunpunt is onafhankelijk van de scholen en van het "
                "samenwerkingsverband, werkt met ervaringsdeskundige ouders, en is bereikbaar via telefoon en "
                "spreekuur in de bibliotheek van Zaltheuvel. Ook de Onderwijsconsulenten en de Geschillencommissie "
                "passend onderwijs staan voor ouders open."),
          ("p", "Jongeren hebben het recht om gehoord te worden over hun ontwikkelingsperspectiefplan. In de OPR zijn "
                "zowel ouders als leerlingen vertegenwoordigd.")]

    b += [("h1", "Samenwerking met gemeenten"),
          ("p", "Met de drie gemeenten voeren we jaarlijks op overeenstemming gericht overleg. Per school is er een "
                "jeugdprofessional van het lokale team beschikbaar. Samen financieren we de onderwijs-"
                "zorgarrangementen op het vso en de inzet van de jeugdhulpaanbieder op het OPDC."),
          ("p", "Voor de overgang van vmbo en praktijkonderwijs naar mbo en werk zijn er afspraken met de regionale "
                "mbo-instellingen en het werkgeversservicepunt.")]

    # financien: present; reserves, verantwoording
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning, lwoo en "
                "praktijkonderwijs. De middelen voor lwoo en praktijkonderwijs worden volledig doorbetaald aan de "
                "scholen die lwoo of praktijkonderwijs verzorgen, op basis van het aantal leerlingen met een "
                "aanwijzing of TLV op 1 oktober."),
          ("p", "Van de middelen lichte ondersteuning ontvangt iedere school een vaste voet van € 30.000 per vestiging "
                "en € 120 per leerling. Voor niveau 3 en de bovenschoolse voorzieningen houdt het samenwerkingsverband "
                "budget centraal; scholen betalen daarvoor geen bijdrage. De afdrachten voor het vso worden door DUO "
                "ingehouden. Scholen verantwoorden jaarlijks vóór 1 maart met een vast format waaraan zij het "
                "schoolbudget hebben besteed."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuning (licht + zwaar)", "14.620", "14.480", "14.310", "14.150"],
                     ["Baten lwoo en pro", "6.940", "6.880", "6.820", "6.790"],
                     ["Doorbetaling lwoo en pro aan scholen", "6.940", "6.880", "6.820", "6.790"],
                     ["Afdracht DUO vso", "7.350", "7.300", "7.260", "7.200"],
                     ["Schoolbudgetten (vaste voet + per leerling)", "1.970", "1.960", "1.940", "1.920"],
                     ["OPDC De Overstap en rebound", "1.850", "1.850", "1.850", "1.850"],
                     ["Op de Rails en arrangementen", "1.420", "1.400", "1.380", "1.360"],
                     ["Bureau, commissies en personeel", "1.840", "1.860", "1.880", "1.900"],
                     ["Resultaat", "190", "110", "0", "-80"]]),
          ("p", "De algemene reserve bedroeg eind 2024 € 2,1 miljoen; het weerstandsvermogen ligt daarmee binnen de "
                "bandbreedte die het bestuur heeft vastgesteld.")]

    b += f_governance(c) + f_opr(c) + f_totstandkoming(c, oogo_inhoud=False) + f_personeel(c) + f_privacy(c)
    b += f_planning(c, [["2026-2027", "Herziening Standaard Basisondersteuning VO; thuiszitterspact"],
                        ["2027-2028", "Evaluatie plaatsingscommissie lwoo/pro"],
                        ["2028-2029", "Tussenevaluatie en midterm review"],
                        ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += f_begrippen([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen."],
        ["Commissie Toelaatbaarheid (CT)", "Commissie die namens het bestuur besluit over TLV's vso."],
        ["Lwoo", "Leerwegondersteunend onderwijs."], ["PrO", "Praktijkonderwijs."],
        ["Terugplaatsing", "Overstap van een leerling uit het vso naar het regulier voortgezet onderwijs na "
                           "afloop van de TLV."],
        ["Thuiszitter", "Leerplichtige jongere die zonder vrijstelling geen onderwijs volgt."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te zoeken."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."]], kop="Bijlage 1 Begrippenlijst")
    return b


LABEL2 = """
documents: [vo-route-op-maat.docx, vo-route-op-maat.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Basisondersteuning' states the common ondergrens for all vestigingen (niveau) but the content is only the copied 4-aspect Referentiekader definition plus a deferral ('Standaard ... in de loop van 2026-2027 ... website') and a referral to the SOPs -> inhoud not addressed; audit every two years = borging."
  plaatsing: "Ch. 6: vso procedure via Commissie Toelaatbaarheid (requester, dossier, 2 deskundigen, 4 weeks) and 3 vso criteria; lwoo/pro criteria and plaatsingscommissie (before 1 March / 1 May); duration + categorie; bezwaar via LBT."
  terugstroom: "Nothing: 'terugplaatsing' only in the legal list of ch. 1, the TOC entry 6.5 (no such section in the body), the running header and the begrippenlijst. The OPDC return to the own school (ch. 5) is not a return from vso; 'uitstroom' figures of vso are near-misses."
  financien: "Ch. 'Geld en middelen': vaste voet EUR 30.000 + EUR 120 per leerling, lwoo/pro doorbetaling, central budget; 4-year meerjarenbegroting table; reserve EUR 2,1 mln; verantwoording format before 1 March."
  dekkend-aanbod: "Four-level continuum table in ch. 5 (OPDC, rebound, vso, PrO); gaps/thuiszitters in ch. 7 only deferred to a future thuiszitterspact addendum -> lacunes not addressed."
  resultaten: "Ch. 'Kwaliteit en resultaten': quarterly quality report, yearly bestuur/OPR discussion, jaarverslag; five targets with 2025 baselines."
  ouders: "Ch. 'Ouders en leerlingen': brochure 'Route op maat', website per school, info evenings; independent Ouder- en Jeugdsteunpunt Rivierenland, Onderwijsconsulenten, Geschillencommissie; hoorrecht + OPR."
"""


# ==========================================================================
# PLAN 3 - VO, HTML web version (nav menu + footer on every page/section)
# ==========================================================================
C3 = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Kop van de Delta", kort="Kop van de Delta", code="VO 28-04",
    sector="vo", gemeenten="Veerhaven, Schouwkerke en Noordplaat", inwoners="88.000", periode="2026-2030",
    periode_sj="2026-2027 tot en met 2029-2030", nscholen=11, nleerlingen="7.300", nbesturen=5,
    bestuurder="mr. A. (Anouk) de Kraker", plaats="Veerhaven", fte="9,6", opr_leden=8,
    opr_datum="25 februari 2026", oogo_datum="15 januari 2026", ander_swv="PO Kop van de Delta (PO 28-03)",
    overleg_datum="28 januari 2026", vaststelling="4 maart 2026", variant=1,
    regio_kop="Over de regio", visie_kop="Visie en missie", gov_kop="Organisatie",
    besturen_tabel=[["Schoolbestuur", "Vestigingen", "Leerlingen"],
                    ["Stichting Deltacollege VO", "5", "3.900"],
                    ["Stichting Reformatorisch Onderwijs Delta", "2", "1.450"],
                    ["Stichting Praktijkschool Veerhaven (PrO)", "1", "290"],
                    ["Stichting vso De Branding (cluster 3 en 4)", "2", "310"],
                    ["Stichting Openbaar VO Noordplaat", "1", "1.350"]],
)

NAV3 = [("home", "Home"), ("wet", "Over dit plan"), ("visie", "Visie"), ("regio", "Regio"),
        ("basis", "Basisondersteuning"), ("doorgaand", "Doorgaande lijnen"),
        ("aanbod", "Ondersteuningsaanbod"), ("tlv", "Toelaatbaarheid"), ("terug", "Terugplaatsing"),
        ("kwaliteit", "Kwaliteit"), ("gemeenten", "Gemeenten"), ("organisatie", "Organisatie"),
        ("begrippen", "Begrippen"),
        ("ouders.html", "Ouders"), ("financien.html", "Financiën"), ("contact.html", "Contact")]
FOOTER3 = ("© 2026 Samenwerkingsverband Voortgezet Onderwijs Kop van de Delta (VO 28-04) · Havenkade 12, "
           "Veerhaven · Vragen of een meningsverschil met school? Bel het onafhankelijke Ouder- en Jeugdsteunpunt "
           "Kop van de Delta: 0113 745 200 · Onderwijsconsulenten · Financiën en jaarstukken · Privacyverklaring · "
           "Toegankelijkheid")


def plan3_pages():
    c = C3
    pages = []
    pages.append(("home", "Ondersteuningsplan 2026-2030", [
        ("p", "Welkom op de webversie van het ondersteuningsplan 2026-2030 van %s. Het plan beschrijft hoe de "
              "vijf aangesloten schoolbesturen samen zorgen voor passend onderwijs voor alle jongeren in de "
              "regio. Gebruik het menu om door de hoofdstukken te bladeren. De volledige pdf-versie met bijlagen "
              "kunt u downloaden via de pagina Documenten." % c["naam"]),
        ("p", "Het plan is op 4 maart 2026 vastgesteld door het bestuur, na instemming van de "
              "ondersteuningsplanraad op 25 februari 2026 en na het OOGO met de gemeenten Veerhaven, Schouwkerke en "
              "Noordplaat op 15 januari 2026.")] + f_voorwoord(c)[1:]))
    pages.append(("visie", "Visie en missie", f_visie(c)[1:] + [
        ("p", "Onze kernwaarden zijn: nabijheid, vakmanschap en eenvoud. Nabijheid betekent dat ondersteuning zo "
              "dicht mogelijk bij de jongere wordt georganiseerd. Vakmanschap betekent dat we investeren in de "
              "deskundigheid van mentoren en ondersteuners. Eenvoud betekent dat procedures niet meer vragen dan "
              "nodig is.")]))
    pages.append(("regio", "Over de regio", f_regio(c)[1:] + f_totstandkoming(c, ouderavonden=False)[1:]))

    pages.append(("basis", "Basisondersteuning: dit biedt elke school", [
        ("p", "Basisondersteuning is de ondersteuning die iedere vestiging van iedere school in Kop van de Delta "
              "biedt, ongeacht schoolsoort of bestuur. De besturen hebben dit niveau samen vastgesteld als "
              "ondergrens. Het praktijkonderwijs en het vso bieden de basisondersteuning ook, aangevuld met hun "
              "eigen specialistische aanbod."),
        ("p", "Op iedere school vindt een leerling ten minste:"),
        ("ul", ["een mentor met wekelijks mentoruur en een vast contactmoment per leerling per periode;",
                "een ondersteuningscoördinator en een zorgadviesteam dat ten minste zes keer per jaar overlegt;",
                "een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergrote teksten en "
                "voorleessoftware;",
                "trainingen faalangstreductie, sociale vaardigheden en examenvrees;",
                "ondersteuning bij plannen en organiseren (executieve functies) in de onderbouw;",
                "een time-out- en opvangvoorziening met een vaste medewerker;",
                "een anti-pestprotocol, een vertrouwenspersoon en een veiligheidscoördinator;",
                "begeleiding bij ziekte en bij langdurig verzuim in samenwerking met de jeugdarts;",
                "een warme overdracht met de basisschool en met het mbo."])]))

    pages.append(("aanbod", "Het ondersteuningsaanbod: van school tot vso", [
        ("p", "Boven op de basisondersteuning kent de regio een samenhangend aanbod. Het aanbod is ingericht als een "
              "trap: een leerling krijgt de ondersteuning die nodig is, zo dicht mogelijk bij de eigen klas."),
        ("table", [["Voorziening", "Voor wie", "Duur", "Toegang"],
                   ["Focusklas (op 3 vmbo-locaties)", "Leerlingen die tijdelijk een kleinere setting nodig hebben",
                    "tot 1 jaar", "Via zorgadviesteam"],
                   ["Arrangement op school", "Leerlingen met een specifieke ondersteuningsvraag", "per periode",
                    "Aanvraag bij loket SWV"],
                   ["OPDC Het Anker", "Leerlingen met gedrags- of motivatieproblemen", "max. 20 weken",
                    "Aanmelding via loket"],
                   ["Praktijkschool Veerhaven", "Leerlingen met TLV pro", "tot diploma of werk", "TLV pro"],
                   ["vso De Branding (cluster 3 en 4)", "Leerlingen met TLV vso", "per TLV", "TLV vso"]]),
        ("h2", "Witte vlekken en thuiszitters"),
        ("p", "Eens per maand komt de thuiszitterstafel bijeen: het samenwerkingsverband, leerplicht, het "
              "jeugdteam en de betrokken school. Iedere jongere die langer dan vier weken geen onderwijs volgt, "
              "wordt daar besproken tot er een plek of een passend traject is. Wanneer een school geen plek vindt, "
              "neemt de trajectbegeleider van het samenwerkingsverband de zoektocht over."),
        ("p", "Uit de analyse van de thuiszitterstafel blijkt dat er geen passend aanbod is voor jongeren die "
              "hoogbegaafd zijn en daarnaast psychische problemen hebben. In schooljaar 2027-2028 start daarom de "
              "Plusroute op het Deltacollege: een deeltijdprogramma met begeleiding door een orthopedagoog. Ook de "
              "wachtlijst voor het OPDC wordt ieder kwartaal bekeken; bij meer dan vijf wachtenden zet het bestuur "
              "tijdelijk extra plaatsen in."),
        ("p", "Met de gemeenten hebben we afspraken over onderwijs-zorgarrangementen en over jeugdhulp in de "
              "school. Op het vso en het OPDC werkt een vaste jeugdhulpaanbieder.")]))

    pages.append(("tlv", "Toelaatbaarheid: vso, praktijkonderwijs en lwoo", [
        ("h2", "Vso"),
        ("p", "Een TLV voor het vso wordt aangevraagd door de school waar de leerling staat ingeschreven. De "
              "ondersteuningscoördinator stuurt het digitale dossier, met het ontwikkelingsperspectiefplan en een "
              "verslag van de ingezette ondersteuning, naar de Commissie Toelaatbaarheid. De commissie vraagt "
              "twee deskundigen, een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag, "
              "om ieder een eigen schriftelijk advies. De commissie besluit binnen zes weken namens het bestuur."),
        ("p", "Een TLV vso geldt voor één tot drie schooljaren en vermeldt de bekostigingscategorie (laag, midden "
              "of hoog)."),
        ("p", "Aan de hand van welke criteria de commissie beoordeelt of een leerling toelaatbaar is, staat in het "
              "Toetsingskader TLV Kop van de Delta. Het toetsingskader kunt u downloaden via de pagina Documenten."),
        ("h2", "Praktijkonderwijs en lwoo"),
        ("p", "Voor praktijkonderwijs en leerwegondersteunend onderwijs gebruikt het samenwerkingsverband de "
              "landelijke criteria. De aanvraag wordt ingediend door de vo-school waar de leerling is aangemeld, "
              "uiterlijk 15 februari, met het onderwijskundig rapport van de basisschool en de resultaten van het "
              "capaciteiten- en didactisch onderzoek. De plaatsingscommissie lwoo/pro besluit uiterlijk 1 april, "
              "zodat de leerling op tijd weet waar hij in augustus start.")]))

    pages.append(("terug", "Van vso terug naar het regulier onderwijs", [
        ("p", "Het vso is er voor jongeren die dat echt nodig hebben, zo lang als ze het nodig hebben. Het "
              "samenwerkingsverband kiest er uitdrukkelijk voor om terugkeer naar het regulier voortgezet "
              "onderwijs of het praktijkonderwijs te bevorderen. Voorwaarde is dat de jongere op de reguliere "
              "school met een arrangement de doelen uit het ontwikkelingsperspectief kan halen, en dat de "
              "ontvangende school de benodigde ondersteuning kan bieden."),
        ("p", "Een jongere die terugkeert, krijgt een jaar lang begeleiding van een ambulant begeleider van De "
              "Branding en een arrangement van het samenwerkingsverband voor de ontvangende school. Lukt de "
              "terugkeer onverhoopt niet, dan kan de jongere zonder nieuwe aanvraag binnen het lopende schooljaar "
              "terug naar het vso."),
        ("p", "Het stappenplan terugplaatsing, met daarin wie het initiatief neemt, op welke momenten de "
              "mogelijkheid van terugkeer wordt beoordeeld en wie daarover beslist, wordt momenteel herschreven. "
              "Het nieuwe stappenplan wordt in het voorjaar van 2027 vastgesteld.")]))

    pages.append(("kwaliteit", "Kwaliteit en resultaten", [
        ("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus. Elk kwartaal verschijnt een dashboard met "
              "het aantal aanvragen en TLV's, de doorlooptijd van besluiten, het aantal leerlingen op de Focusklas "
              "en het OPDC, het aantal thuiszitters en het deelnamepercentage vso en praktijkonderwijs, "
              "vergeleken met het landelijk gemiddelde. Het dashboard wordt besproken in het directeurenoverleg en "
              "in het bestuur."),
        ("p", "Eens per jaar evalueren we iedere voorziening met leerlingen, scholen en de betrokken "
              "professionals. De resultaten van die evaluaties en van het dashboard publiceren we in het "
              "jaarverslag, dat vóór 1 juli verschijnt. De OPR krijgt het jaarverslag ter bespreking."),
        ("p", "Welke resultaten we in deze planperiode precies willen bereiken, bepalen we samen met de scholen in "
              "het eerste planjaar; de beoogde resultaten worden opgenomen in het jaarplan 2027.")]))

    pages.append(("wet", "Over dit plan: wettelijk kader en leeswijzer", [
        ("p", "Ieder samenwerkingsverband stelt ten minste eens per vier jaar een ondersteuningsplan vast. De wet "
              "noemt een aantal onderwerpen die in het plan aan bod moeten komen. Deze webversie volgt de "
              "hoofdstukken van het vastgestelde plan; enkele onderwerpen zijn op een eigen pagina van de website "
              "uitgewerkt en daarom hier niet opgenomen. U vindt die pagina's via het menu."),
        ("p", "De webversie is bedoeld voor schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, "
              "ouders en partners. Teksten zijn ingekort waar dat kon. Waar de webversie en de pdf-versie van "
              "elkaar afwijken, is de pdf-versie leidend."),
        ("p", "Het plan bouwt voort op het vorige ondersteuningsplan 2022-2026. Veel van wat toen is opgebouwd, "
              "zoals de Focusklassen en het OPDC, blijft bestaan. Nieuw zijn de Plusroute, de maandelijkse "
              "thuiszitterstafel en de digitale aanvraag via het loket.")]))
    pages.append(("doorgaand", "Doorgaande lijnen: van po naar vo en van vo naar mbo", [
        ("p", "Een goede overstap begint ruim voor de zomer. Met het samenwerkingsverband PO Kop van de Delta is "
              "afgesproken dat iedere leerling met een ondersteuningsbehoefte in groep 8 een warme overdracht "
              "krijgt. De basisschool en de ontvangende vo-school bespreken vóór 1 juni wat de leerling nodig "
              "heeft, en de vo-school maakt vóór de start van het schooljaar een plan."),
        ("p", "Voor leerlingen met een TLV so die naar het vso gaan, vraagt de so-school in het laatste jaar een "
              "nieuwe TLV vso aan. Voor leerlingen die vanuit het so naar het regulier vo gaan, is een "
              "overstaparrangement van een half jaar beschikbaar."),
        ("p", "Aan de andere kant van het vo werken we samen met de twee mbo-instellingen in de regio. Jongeren uit "
              "het praktijkonderwijs en het vso met uitstroomprofiel vervolgonderwijs krijgen een loopbaancoach die "
              "hen het eerste jaar op het mbo blijft volgen. Met het werkgeversservicepunt zijn afspraken gemaakt "
              "over leerwerkplekken en begeleid werken."),
        ("h2", "Nieuwkomers"),
        ("p", "Jongeren die korter dan twee jaar in Nederland zijn, starten in de internationale schakelklas (ISK) "
              "in Veerhaven. Na gemiddeld anderhalf jaar stromen zij door naar een passende vorm van vo of mbo. "
              "Leerlingen die na de ISK op een reguliere school starten, krijgen het eerste jaar een taalcoach."),
        ("h2", "Hoogbegaafde leerlingen"),
        ("p", "Iedere school heeft een contactpersoon voor meer- en hoogbegaafde leerlingen. Voor leerlingen die "
              "daarnaast vastlopen, start in 2027-2028 de Plusroute (zie de pagina Ondersteuningsaanbod).")]))
    pages.append(("gemeenten", "Samenwerking met gemeenten en jeugdhulp", [
        ("p", "Onderwijs en jeugdhulp raken elkaar elke dag. Een jongere die thuis in de problemen zit, leert "
              "slecht op school; een jongere die op school vastloopt, neemt dat mee naar huis. Daarom werken we "
              "nauw samen met de gemeenten Veerhaven, Schouwkerke en Noordplaat en met de jeugdhulpaanbieders in "
              "de regio."),
        ("p", "Iedere vo-school heeft een vaste jeugdprofessional van het lokale team, die wekelijks op school "
              "aanwezig is en aanschuift bij het zorgadviesteam. Jeugdhulp kan zo zonder wachttijd en zonder "
              "verwijzing worden ingezet voor lichte vragen. Voor zwaardere vragen verwijst de jeugdprofessional "
              "door; de school blijft betrokken."),
        ("p", "Met de gemeenten is in het OOGO afgesproken dat zij de zorg in onderwijs-zorgarrangementen bekostigen "
              "en dat het leerlingenvervoer voor leerlingen van het vso en het praktijkonderwijs jaarlijks samen "
              "wordt geëvalueerd. Verder werken we samen aan het terugdringen van schoolverzuim, met een "
              "gezamenlijke verzuimaanpak van scholen, leerplicht en jeugdgezondheidszorg."),
        ("p", "Het bestuur van het samenwerkingsverband en de wethouders onderwijs en jeugd overleggen twee keer "
              "per jaar. Daarnaast is er een ambtelijk overleg dat iedere zes weken bijeenkomt.")]))
    pages.append(("organisatie", "Organisatie en medezeggenschap",
                  f_governance(c)[1:] + f_opr(c, ouderrol=False) + f_personeel(c) + f_professionalisering(c)
                  + f_privacy(c) + f_planning(c, [
                      ["2026-2027", "Vaststellen beoogde resultaten; nieuw stappenplan terugplaatsing"],
                      ["2027-2028", "Start Plusroute"], ["2028-2029", "Tussenevaluatie"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])))
    pages.append(("begrippen", "Begrippenlijst", [
        ("table", [["Begrip", "Uitleg"],
                   ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een vso-plaats."],
                   ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar; zie Financiën."],
                   ["Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over "
                    "passend onderwijs."],
                   ["Toetsingskader TLV", "Document met de criteria voor toelaatbaarheid tot het vso."],
                   ["Terugplaatsing", "Overstap van het vso naar het regulier vo of praktijkonderwijs."],
                   ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."],
                   ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."], ["PrO", "Praktijkonderwijs."]])]))
    return pages


def render_html3(pages):
    e = html.escape
    nav = "<nav class='menu'><ul>" + "".join(
        "<li><a href='%s'>%s</a></li>" % (e(h if h.endswith(".html") else "#" + h), e(t)) for h, t in NAV3) + "</ul></nav>"
    parts = ["<!DOCTYPE html>", "<html lang='nl'><head><meta charset='utf-8'>",
             "<title>Ondersteuningsplan 2026-2030 | SWV VO Kop van de Delta</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto} nav ul{list-style:none;display:flex;"
             "flex-wrap:wrap;gap:1em;padding:0} footer{font-size:.8em;color:#555;border-top:1px solid #ccc;"
             "margin-top:2em} table{border-collapse:collapse} td,th{border:1px solid #999;padding:.3em}</style>",
             "</head><body>"]
    for pid, title, blocks in pages:
        parts.append("<section class='page' id='%s'>" % pid)
        parts.append("<header><div class='logo'>SWV VO Kop van de Delta</div>%s</header>" % nav)
        parts.append("<main><h1>%s</h1>" % e(title))
        parts.append(html_blocks(blocks))
        parts.append("</main><footer><p>%s</p></footer></section>" % e(FOOTER3))
    parts.append("</body></html>")
    return "\n".join(parts)


LABEL3 = """
documents: [vo-webversie.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
notes:
  basisondersteuning: "Page 'Basisondersteuning: dit biedt elke school': common ondergrens for every vestiging + list of 9 concrete provisions."
  plaatsing: "Page 'Toelaatbaarheid': vso procedure (requester, dossier, Commissie Toelaatbaarheid, 2 deskundigen, 6 weeks) and lwoo/pro procedure (15 Feb / 1 April); criteria only referred to the Toetsingskader download and to 'de landelijke criteria' without stating them -> criteria not addressed. No bezwaar."
  terugstroom: "Page 'Van vso terug naar het regulier onderwijs': policy, conditions and support after return; the stappenplan (initiator, moments, decision) is 'wordt momenteel herschreven ... voorjaar 2027' -> procedure not addressed."
  financien: "Nothing in the body: 'Financiën' only as a nav link to financien.html (not part of the input) and in the repeated footer; 'middelen'/'jaarbegroting' only in passing in visie/planning."
  dekkend-aanbod: "Page 'Het ondersteuningsaanbod': table of Focusklas, arrangement, OPDC, PrO, vso; thuiszitterstafel monthly, witte vlek + Plusroute 2027-2028, OPDC waiting list; OZA with gemeenten."
  resultaten: "Page 'Kwaliteit en resultaten': quarterly dashboard, yearly evaluation, jaarverslag before 1 July (monitoring); beoogde resultaten deferred to 'het jaarplan 2027' -> doelen not addressed."
  ouders: "Nothing in the body: the independent Ouder- en Jeugdsteunpunt and Onderwijsconsulenten appear only in the footer repeated on every section, and 'Ouders' is only a nav link to ouders.html (absent). OPR text does not describe a parent role."
"""


# ==========================================================================
# PLAN 4 - PO, Markdown, organised as questions parents ask
# ==========================================================================
C4 = dict(
    naam="Stichting Passend Onderwijs Duin en Polder", kort="Duin en Polder", code="PO 27-12",
    sector="po", gemeenten="Zandvoorde, Polderwijk, Hoogduin en Meerlanden", inwoners="141.000",
    periode="2026-2030", periode_sj="2026-2027 tot en met 2029-2030", nscholen=58, nleerlingen="13.600",
    nbesturen=9, bestuurder="dr. R. (Rachid) El Amrani", plaats="Polderwijk", fte="14,2", opr_leden=12,
    opr_datum="11 maart 2026", oogo_datum="3 februari 2026", ander_swv="VO Duin- en Bollenstreek (VO 27-09)",
    overleg_datum="10 februari 2026", vaststelling="18 maart 2026", variant=0,
    besturen_tabel=[["Schoolbestuur", "Scholen", "Leerlingen"],
                    ["Stichting Openbaar Onderwijs Duin", "17", "4.100"],
                    ["Stichting Katholiek Onderwijs Polder", "14", "3.320"],
                    ["Vereniging PCO Hoogduin", "9", "2.150"],
                    ["Stichting sbo De Duinroos en sbo Het Kompas", "2", "390"],
                    ["Stichting so De Meeuw (cluster 3) en so Zeezicht (cluster 4)", "3", "420"],
                    ["Overige besturen (4)", "13", "3.220"]],
)


def plan4():
    c = C4
    b = [("title", ["Ondersteuningsplan 2026-2030 - de vragen van ouders",
                    "Stichting Passend Onderwijs Duin en Polder (PO 27-12)",
                    "Vastgesteld op 18 maart 2026 | planperiode 1 augustus 2026 tot en met 31 juli 2030"])]
    b.append(("toc", [
        "Waarom dit plan in vragen?", "Wat is een samenwerkingsverband?",
        "Wat mag ik van elke school verwachten?", "Wat als mijn kind naar het speciaal onderwijs moet?",
        "Kan mijn kind ook weer terug naar een gewone basisschool?",
        "Wat gebeurt er als mijn kind thuis komt te zitten?", "Waar vind ik informatie?",
        "Bij wie kan ik terecht als ik het niet eens ben?", "Hoeveel geld is er en waar gaat het naartoe?",
        "Wat wil het samenwerkingsverband bereiken?", "Wie bepaalt wat er in dit plan staat?",
        "Wie werken er bij het samenwerkingsverband?", "Wat doet het samenwerkingsverband met de gegevens van mijn kind?",
        "Woordenlijst"]))
    b += [("h1", "Waarom dit plan in vragen?"),
          ("p", "Elk samenwerkingsverband moet eens in de vier jaar een ondersteuningsplan maken. Meestal zijn dat "
                "dikke documenten vol beleidstaal. De ouders in onze ondersteuningsplanraad vroegen ons het deze "
                "keer anders te doen: schrijf het plan op zoals ouders er vragen over stellen. Dat hebben we "
                "gedaan. Iedere paragraaf begint met een vraag die we de afgelopen jaren van ouders hebben "
                "gekregen, aan de telefoon, op informatieavonden en in het ouderpanel."),
          ("p", "Voor scholen, gemeenten en de Inspectie is dit plan net zo goed het officiële ondersteuningsplan. "
                "Waar de wet iets voorschrijft, staat dat erin; we hebben alleen geprobeerd het begrijpelijk op te "
                "schrijven. Voor de leesbaarheid spreken we over 'uw kind', ook als het over alle leerlingen gaat."),
          ("p", "Dit plan is het vervolg op het plan 2022-2026. We hebben de afgelopen jaren veel geleerd. Ouders "
                "gaven aan dat ze vaak niet wisten waar ze moesten beginnen, dat ze van loket naar loket werden "
                "gestuurd, en dat brieven van het samenwerkingsverband moeilijk te lezen waren. Daar willen we iets "
                "aan doen. Tegelijk zijn we eerlijk: niet alles is al af. Waar iets nog niet klaar is, schrijven we "
                "dat op."),
          ("p", "Een paar praktische punten. Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het plan "
                "is er ook als pdf om te printen, en op verzoek sturen we u een papieren versie. Woorden die u "
                "misschien niet kent, staan achterin in de woordenlijst. En als u liever met iemand praat dan "
                "leest: bel het bureau van het samenwerkingsverband; een medewerker neemt dan de vragen die voor "
                "u belangrijk zijn met u door.")]
    b += [("h1", "Wat is een samenwerkingsverband?"),
          ("p", "Alle basisscholen, scholen voor speciaal basisonderwijs (sbo) en scholen voor speciaal onderwijs "
                "(so) in de gemeenten Zandvoorde, Polderwijk, Hoogduin en Meerlanden werken samen in Stichting "
                "Passend Onderwijs Duin en Polder. Samen zijn dat 58 scholen van 9 schoolbesturen, met ongeveer "
                "13.600 leerlingen. De wet noemt zo'n samenwerking een samenwerkingsverband passend onderwijs."),
          ("table", c["besturen_tabel"]),
          ("p", "Het samenwerkingsverband is geen school en geeft zelf geen les. Het heeft vier wettelijke taken: het "
                "maakt dit ondersteuningsplan, het verdeelt het geld voor extra ondersteuning, het beslist of een "
                "kind naar het sbo of so mag, en het adviseert scholen over kinderen die extra ondersteuning nodig "
                "hebben."),
          ("p", "Onze visie in één zin: ieder kind gaat naar een school waar het zich thuis voelt en waar het kan "
                "leren, het liefst in de eigen buurt. We geloven dat kinderen veel van elkaar leren, ook van "
                "kinderen die anders zijn. Daarom willen we dat zo veel mogelijk kinderen naar een gewone "
                "basisschool gaan. Maar we weten ook dat sommige kinderen meer nodig hebben dan een gewone "
                "basisschool kan bieden. Voor hen zijn er het sbo en het so.")]

    # basisondersteuning: partial (niveau yes, inhoud deferred)
    b += [("h1", "Wat mag ik van elke school verwachten?"),
          ("p", "Alle 58 scholen in Duin en Polder hebben afgesproken dat zij dezelfde basis bieden. Die basis "
                "noemen we de basisondersteuning. Het is een ondergrens: elke school, en ook elke locatie van een "
                "school, moet deze ondersteuning kunnen geven, zonder dat u of de school daarvoor iets hoeft aan te "
                "vragen. Scholen mogen meer doen, en veel scholen doen dat ook."),
          ("p", "Wat die basis precies inhoudt, schrijven we op dit moment opnieuw op. De landelijke overheid werkt "
                "aan een norm voor basisondersteuning, en we willen onze afspraken daarop laten aansluiten. Zodra "
                "de nieuwe lijst klaar is, zetten we die op onze website en sturen we hem naar alle scholen. "
                "Wilt u nu al weten wat de school van uw kind biedt? Vraag het de intern begeleider of kijk in de "
                "schoolgids."),
          ("p", "Soms heeft een kind meer nodig dan de basis. De school bespreekt dat dan met u. In de volgende "
                "vraag leest u wat er gebeurt als de school uw kind niet meer voldoende kan helpen.")]

    # plaatsing: present; deskundigen, duur-categorie, bezwaar. terugstroom hidden inside.
    b += [("h1", "Wat als mijn kind naar het speciaal onderwijs moet?"),
          ("p", "Soms komt de school tot de conclusie dat uw kind beter op zijn plek is op een school voor speciaal "
                "basisonderwijs (sbo) of speciaal onderwijs (so). Om daar ingeschreven te worden, heeft uw kind "
                "een toelaatbaarheidsverklaring (TLV) nodig. Die wordt afgegeven door de Toelaatbaarheidscommissie "
                "van het samenwerkingsverband."),
          ("h2", "Hoe gaat de aanvraag?"),
          ("ul", ["De school bespreekt met u het groeidocument van uw kind. Daarin staat wat de school al heeft "
                  "gedaan en wat dat heeft opgeleverd. U schrijft in het groeidocument uw eigen mening op.",
                  "De directeur van de school dient namens het schoolbestuur de aanvraag in bij het "
                  "samenwerkingsverband. U krijgt daarvan een kopie.",
                  "Een orthopedagoog of psycholoog van het samenwerkingsverband bekijkt het dossier en spreekt "
                  "meestal ook met u en met de leerkracht. Daarnaast geeft een tweede deskundige advies, "
                  "bijvoorbeeld een jeugdarts of een maatschappelijk werker. Beide deskundigen schrijven ieder hun "
                  "eigen advies, en u krijgt een kopie van beide adviezen.",
                  "De Toelaatbaarheidscommissie beslist binnen zes weken nadat de aanvraag compleet is. U en de "
                  "school krijgen het besluit per brief."]),
          ("h2", "Wanneer krijgt mijn kind een TLV?"),
          ("p", "Voor het sbo krijgt een kind een TLV als de basisschool minstens een half jaar extra ondersteuning "
                "heeft gegeven volgens een plan, als dat plan is geëvalueerd, en als uit die evaluatie blijkt dat "
                "uw kind onvoldoende vooruitgaat op leren of gedrag. Ook moet de verwachting zijn dat uw kind in "
                "een kleinere groep met meer structuur wel tot ontwikkeling komt."),
          ("p", "Voor het so gelden strengere voorwaarden. Uw kind heeft dan een beperking, ziekte of stoornis die "
                "zo veel vraagt dat ook het sbo niet genoeg kan bieden. Voor so cluster 3 gaat het bijvoorbeeld om "
                "kinderen met een verstandelijke beperking (IQ lager dan 70) of een ernstige lichamelijke beperking. "
                "Voor so cluster 4 gaat het om kinderen met ernstige gedrags- of psychiatrische problemen, waarvoor "
                "ook behandeling nodig is."),
          ("h2", "Hoe lang geldt de TLV?"),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt meestal twee "
                "schooljaren. Bij het so staat er in de TLV ook een categorie: laag, midden of hoog. Die bepaalt "
                "hoeveel geld de so-school voor uw kind krijgt."),
          ("h2", "Bent u het niet eens met het besluit?"),
          ("p", "Dan kunt u binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur "
                "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Daarna neemt "
                "het bestuur een nieuw besluit. Bent u het daar ook niet mee eens, dan kunt u naar de rechter."),
          ("h2", "Kan mijn kind ook weer terug naar een gewone basisschool?"),
          ("p", "Elk jaar bespreekt de so-school met u het ontwikkelingsperspectief van uw kind. In het laatste "
                "schooljaar van de TLV doet de so-school dat uiterlijk op 1 maart, samen met een orthopedagoog van "
                "het samenwerkingsverband. Dan wordt gekeken of uw kind terug kan naar een basisschool. De so-school "
                "neemt het initiatief; u kunt ook zelf om een gesprek vragen."),
          ("p", "Als terugkeer mogelijk is, eindigt de TLV op 31 juli en meldt u uw kind samen met de so-school aan "
                "bij een basisschool. Is terugkeer nog niet mogelijk, dan vraagt de so-school vóór 1 mei een nieuwe "
                "TLV aan; de Toelaatbaarheidscommissie beslist daarover op dezelfde manier als bij de eerste "
                "aanvraag."),
          ("p", "Onder welke voorwaarden terugkeer verantwoord is en welke begeleiding uw kind en de nieuwe school "
                "daarna krijgen, beschrijven we in een aparte notitie terugplaatsing. Die notitie verschijnt in "
                "schooljaar 2026-2027.")]

    # dekkend-aanbod: missing (deferral only)
    b += [("h1", "Wat gebeurt er als mijn kind thuis komt te zitten?"),
          ("p", "Dat mag niet gebeuren, en toch gebeurt het. Neem in dat geval eerst contact op met de school: de "
                "school blijft verantwoordelijk voor uw kind zolang het daar is ingeschreven. U kunt ook altijd "
                "bellen met het Ouder- en Jeugdsteunpunt (zie verderop)."),
          ("p", "Hoe wij als samenwerkingsverband zorgen dat er voor ieder kind een passende plek is, en hoe we "
                "ontbrekende plekken opsporen en oplossen, werken we uit in deel 2 van dit plan. Dat deel schrijven "
                "we samen met de gemeenten; het verschijnt in 2027.")]

    # ouders: present
    b += [("h1", "Waar vind ik informatie?"),
          ("p", "Op onze website staat een ouderpagina met uitleg over de ondersteuning die scholen bieden, over het "
                "sbo en het so en over de manier waarop u een TLV kunt krijgen. Elke school heeft in de schoolgids "
                "een hoofdstuk over ondersteuning. In september en februari organiseren we in iedere gemeente een "
                "inloopavond voor ouders, en iedere school heeft de ouderfolder 'Uw kind, onze zorg' in het "
                "Nederlands, Engels, Turks en Arabisch. Bij het eerste gesprek over extra ondersteuning krijgt u "
                "de folder van de intern begeleider."),
          ("p", "U bent de belangrijkste partner van de school. U wordt altijd uitgenodigd bij gesprekken over uw "
                "kind, u denkt mee over het groeidocument en u geeft uw mening voordat er een TLV wordt aangevraagd. "
                "Uw kind mag zelf ook zeggen wat het van het ontwikkelingsperspectief vindt."),
          ("h1", "Bij wie kan ik terecht als ik het niet eens ben?"),
          ("p", "Het Ouder- en Jeugdsteunpunt Duin en Polder helpt u gratis en onafhankelijk. Het steunpunt valt "
                "niet onder een school of onder het samenwerkingsverband. U kunt er terecht met vragen, als u "
                "vastloopt of als u het niet eens bent met de school. Het steunpunt is bereikbaar op werkdagen van "
                "9 tot 17 uur en heeft spreekuren in de bibliotheken van Polderwijk en Zandvoorde."),
          ("p", "Verder kunt u terecht bij de Onderwijsconsulenten (landelijk, gratis), bij de klachtencommissie "
                "van het schoolbestuur en bij de Geschillencommissie passend onderwijs, bijvoorbeeld als de school "
                "uw kind weigert of als u het niet eens bent met het ontwikkelingsperspectief.")]

    # financien: partial (besteding yes via table, verdeling deferred); reserves
    b += [("h1", "Hoeveel geld is er en waar gaat het naartoe?"),
          ("p", "Het samenwerkingsverband krijgt elk jaar geld van de overheid voor extra ondersteuning. Een groot "
                "deel gaat meteen door naar het sbo en so. De tabel laat zien waaraan we het geld de komende jaren "
                "uitgeven."),
          ("table", [["Uitgaven (bedragen in euro's)", "2026", "2027", "2028", "2029"],
                     ["Bijdrage so (afdracht via DUO)", "5.420.000", "5.380.000", "5.350.000", "5.300.000"],
                     ["Bijdrage sbo boven 2% (groeiregeling)", "1.150.000", "1.120.000", "1.100.000", "1.080.000"],
                     ["Budget schoolbesturen voor ondersteuning", "3.960.000", "3.940.000", "3.910.000", "3.890.000"],
                     ["Orthopedagogen en onderwijsadviseurs", "980.000", "1.000.000", "1.020.000", "1.040.000"],
                     ["Ouder- en Jeugdsteunpunt (bijdrage)", "85.000", "85.000", "85.000", "85.000"],
                     ["Bureau en bestuur", "640.000", "650.000", "660.000", "670.000"],
                     ["Totaal", "12.235.000", "12.175.000", "12.125.000", "12.065.000"]]),
          ("p", "Hoe het budget voor de schoolbesturen over de besturen en scholen wordt verdeeld, ligt op dit moment "
                "bij het bestuur ter bespreking. Het nieuwe verdeelmodel volgt zodra het bestuur daarover een "
                "besluit heeft genomen."),
          ("h2", "Heeft het samenwerkingsverband geld op de plank?"),
          ("p", "Eind 2024 had het samenwerkingsverband € 1,4 miljoen reserve. Dat is minder dan de grens die de "
                "Inspectie als 'te veel' beschouwt. Het bestuur houdt een buffer aan voor onverwachte kosten, "
                "bijvoorbeeld als het aantal kinderen op het so plotseling stijgt.")]

    # resultaten: partial (doelen yes, monitoring deferred); meetbaar
    b += [("h1", "Wat wil het samenwerkingsverband bereiken?"),
          ("p", "In 2030 willen we het volgende hebben bereikt:"),
          ("ul", ["95% van de TLV-besluiten wordt binnen zes weken genomen (nu ongeveer 70%).",
                  "Het percentage kinderen op het so is niet hoger dan 1,6% (nu 1,8%).",
                  "Het percentage kinderen op het sbo is niet hoger dan 2,3% (nu 2,5%).",
                  "Ouders geven de ondersteuning van hun kind gemiddeld minimaal een 7,5."]),
          ("p", "Hoe we bijhouden of we deze doelen halen, en hoe we daarover aan u verslag doen, leggen we vast in "
                "een monitor. Die monitor bouwen we in 2026; vanaf 2027 is hij beschikbaar.")]

    b += [("h1", "Kan ik als ouder zelf een TLV aanvragen?"),
          ("p", "Nee. De wet bepaalt dat het schoolbestuur van de school waar uw kind staat ingeschreven de aanvraag "
                "doet. Is uw kind nog niet ingeschreven, bijvoorbeeld omdat u net bent verhuisd, dan doet de school "
                "waar u uw kind heeft aangemeld de aanvraag. Wel is uw mening altijd onderdeel van de aanvraag: "
                "zonder uw zienswijze neemt de Toelaatbaarheidscommissie geen aanvraag in behandeling."),
          ("p", "Denkt u dat uw kind naar het sbo of so zou moeten, maar ziet de school dat anders? Vraag dan om een "
                "gesprek met de intern begeleider en de directeur. Komt u er samen niet uit, dan kunt u het "
                "Ouder- en Jeugdsteunpunt inschakelen. Het steunpunt kan met u meegaan naar een gesprek."),
          ("h1", "Wat is het verschil tussen een klacht, een bezwaar en een geschil?"),
          ("p", "Een klacht gaat over de manier waarop u of uw kind is behandeld, bijvoorbeeld over de communicatie "
                "van de school. Een klacht dient u eerst in bij de school; komt u er niet uit, dan gaat de klacht "
                "naar de klachtencommissie van het schoolbestuur."),
          ("p", "Een bezwaar maakt u tegen een besluit van het samenwerkingsverband, bijvoorbeeld als uw kind geen "
                "TLV krijgt. Dat moet binnen zes weken na de datum van het besluit. Het bestuur van het "
                "samenwerkingsverband vraagt dan advies aan de landelijke bezwaaradviescommissie."),
          ("p", "Een geschil gaat over de toelating of verwijdering van uw kind of over het "
                "ontwikkelingsperspectief. Daarvoor kunt u terecht bij de landelijke Geschillencommissie passend "
                "onderwijs. Aan een procedure bij deze commissie zijn voor ouders geen kosten verbonden."),
          ("h1", "Wat verandert er door de nieuwe wet voor ouders?"),
          ("p", "De Tweede Kamer heeft in 2024 een wet aangenomen die de positie van ouders en leerlingen in het "
                "passend onderwijs versterkt. Leerlingen krijgen het recht om gehoord te worden over hun "
                "ontwikkelingsperspectief. Ieder samenwerkingsverband moet een ouder- en jeugdsteunpunt hebben. En "
                "scholen beschrijven hun ondersteuning voortaan in de schoolgids in plaats van in een apart "
                "schoolondersteuningsprofiel."),
          ("p", "Voor Duin en Polder verandert er door de wet niet veel: we hadden al een onafhankelijk steunpunt, "
                "en veel scholen vragen kinderen nu al naar hun mening. Wel passen we onze brieven en formulieren "
                "aan, zodat ook kinderen ze kunnen begrijpen. De ouders en leerkrachten in de OPR kijken mee."),
          ("h1", "Hoe is dit plan geschreven?"),
          ("p", "We begonnen in het voorjaar van 2025 met een vragenronde onder ouders. Ruim 400 ouders vulden de "
                "vragenlijst in; 35 ouders praatten mee in vier avonden. Daarna schreven we met intern begeleiders, "
                "schoolleiders en de ouders uit de OPR de teksten. Een taaladviseur heeft het plan nagelezen op "
                "begrijpelijkheid, op taalniveau B1."),
          ("p", "De vragen in dit plan zijn de vragen die ouders het vaakst stelden. Mist u een vraag? Laat het ons "
                "weten via het contactformulier op de website. We verzamelen de vragen en nemen ze mee bij de "
                "tussentijdse evaluatie van dit plan.")]
    b += [("h1", "Wie bepaalt wat er in dit plan staat?"),
          ("p", "Het bestuur van het samenwerkingsverband stelt het plan vast. Het bestuur bestaat uit de "
                "bestuurders van de negen schoolbesturen en een onafhankelijk voorzitter. Het dagelijks werk "
                "ligt bij de directeur-bestuurder, dr. R. El Amrani."),
          ("p", "Voordat het bestuur het plan mocht vaststellen, moest de ondersteuningsplanraad (OPR) ermee "
                "instemmen. In de OPR zitten zes ouders en zes leerkrachten of andere medewerkers van scholen. De "
                "OPR stemde op 11 maart 2026 in. Ook is over het plan gesproken met de vier gemeenten (dat heet OOGO, "
                "op 3 februari 2026) en met het samenwerkingsverband voor voortgezet onderwijs in de regio."),
          ("p", "Heeft u een idee of opmerking over dit plan? Laat het de ouders in de OPR weten. Hun namen en "
                "e-mailadressen staan op de website. De OPR vergadert openbaar; u bent welkom als toehoorder."),
          ("p", "Het bestuur vergadert vijf keer per jaar. Daarnaast is er een raad van toezicht van drie leden, die "
                "erop let dat het bestuur zijn werk goed doet. De regels daarvoor staan in de statuten en in het "
                "reglement van de raad van toezicht. Het samenwerkingsverband volgt de code goed bestuur."),
          ("h1", "Wie werken er bij het samenwerkingsverband?"),
          ("p", "Op het bureau in Polderwijk werken 19 mensen, samen 14,2 fte: orthopedagogen, onderwijsadviseurs, "
                "een secretaresse, een controller en de directeur-bestuurder. De orthopedagogen en "
                "onderwijsadviseurs zijn vaak op de scholen te vinden. Zij adviseren leerkrachten en intern "
                "begeleiders en zijn de deskundigen bij aanvragen voor een TLV."),
          ("p", "Net als op de scholen is het moeilijk om genoeg goede mensen te vinden. Daarom investeren we in "
                "onze medewerkers: iedereen heeft een ontwikkelplan en er is tijd voor scholing. Met de "
                "pabo's in de regio maken we afspraken over stages op het sbo en so, zodat nieuwe leerkrachten "
                "al tijdens de opleiding ervaring opdoen met kinderen die extra ondersteuning nodig hebben."),
          ("p", "Ook voor de leerkrachten op de scholen organiseren we scholing. In de komende jaren gaat het onder "
                "meer over omgaan met gedrag, over kinderen die thuis meer dan één taal spreken, en over "
                "samenwerken met ouders. De scholing is gratis voor alle scholen in Duin en Polder."),
          ("h1", "Wat doet het samenwerkingsverband met de gegevens van mijn kind?"),
          ("p", "Voor een TLV-aanvraag hebben we gegevens van uw kind nodig, soms ook over de gezondheid. We "
                "gebruiken die gegevens alleen voor de aanvraag en bewaren ze niet langer dan drie jaar na het "
                "besluit. Alleen de medewerkers die aan de aanvraag werken, kunnen ze inzien. U mag altijd vragen "
                "welke gegevens we van uw kind hebben."),
          ("p", "De gegevens worden uitgewisseld via een beveiligd systeem. We hebben een functionaris "
                "gegevensbescherming, die u kunt bereiken via de website. In 2026 stappen we over op een nieuw "
                "systeem; de school van uw kind merkt daar weinig van."),
          ("h1", "Hoe ziet de planning eruit?"),
          ("ul", ["Schooljaar 2026-2027: nieuwe lijst basisondersteuning; notitie terugplaatsing; monitor klaar.",
                  "Schooljaar 2027-2028: deel 2 van dit plan, samen met de gemeenten; nieuw verdeelmodel in werking.",
                  "Schooljaar 2028-2029: tussentijdse evaluatie met ouders, scholen en OPR.",
                  "Schooljaar 2029-2030: voorbereiding van het volgende ondersteuningsplan."])]
    b += [("h1", "Woordenlijst"),
          ("table", [["Woord", "Uitleg"],
                     ["Arrangement", "Extra ondersteuning voor een kind, bovenop de basis."],
                     ["Basisondersteuning", "Wat iedere school minstens moet kunnen bieden."],
                     ["Dekkend aanbod", "Voor ieder kind is er een passende plek."],
                     ["Monitor", "Overzicht waarmee we bijhouden hoe het gaat."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["Terugplaatsing", "Een kind gaat van het sbo of so terug naar een gewone basisschool."],
                     ["Thuiszitter", "Een kind dat niet naar school gaat terwijl het dat wel moet."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Verdeelmodel", "Afspraken over hoe het geld over de schoolbesturen wordt verdeeld."],
                     ["Zorgplicht", "De school moet een passende plek bieden of zoeken."]])]
    return b


LABEL4 = """
documents: [po-ouders-vragen.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Q 'Wat mag ik van elke school verwachten?': common ondergrens for every school/locatie (niveau), but the content is 'schrijven we op dit moment opnieuw op ... website' + referral to IB/schoolgids -> inhoud not addressed."
  plaatsing: "Q 'Wat als mijn kind naar het speciaal onderwijs moet?': 4 steps, Toelaatbaarheidscommissie, 6 weeks, sbo and so criteria, two deskundigen with own advice, duration + categorie, bezwaar via LBT."
  terugstroom: "Hidden as sub-question inside the TLV answer: yearly OPP review, 1 March of last TLV year, so-school initiates, TLV ends 31 July or new TLV before 1 May (procedure); conditions and support after return deferred to 'notitie terugplaatsing ... 2026-2027' -> beleid not addressed."
  financien: "Q 'Hoeveel geld is er...': 4-year spending table with amounts (besteding) and reserve; the verdeelmodel 'ligt ... ter bespreking ... volgt' -> verdeling not addressed."
  dekkend-aanbod: "Nothing: the thuiszitter question only tells parents to call school/steunpunt and defers the approach to 'deel 2 van dit plan ... in 2027'; no continuum of arrangements/voorzieningen is described; OOGO only as a procedural date; 'dekkend aanbod'/'arrangement'/'zorgplicht' only in the woordenlijst."
  resultaten: "Q 'Wat wil het samenwerkingsverband bereiken?': four numeric 2030 targets (doelen); measuring/reporting deferred to a monitor built in 2026 -> monitoring not addressed."
  ouders: "Q 'Waar vind ik informatie?' (website ouderpagina, schoolgids, inloopavonden, folder in 4 languages) and Q 'Bij wie kan ik terecht...' (independent OJSP Duin en Polder, Onderwijsconsulenten, Geschillencommissie); parents' role in groeidocument/OPR."
"""


# ==========================================================================
# PLAN 5 - VO, docx only: "op hoofdlijnen", money-heavy, content in annexes
# ==========================================================================
C5 = dict(
    naam="Samenwerkingsverband VO Venen en Plassen", kort="Venen en Plassen", code="VO 23-05",
    sector="vo", gemeenten="Veenendijk, Plassenburg, Loosvenen en Kortmeer", inwoners="118.000",
    periode="2026-2030", periode_sj="2026-2027 tot en met 2029-2030", nscholen=13, nleerlingen="10.100",
    nbesturen=6, bestuurder="drs. H. (Hester) Wijnbergen", plaats="Plassenburg", fte="12,0", opr_leden=10,
    opr_datum="24 februari 2026", oogo_datum="20 januari 2026", ander_swv="PO Venen en Plassen (PO 23-04)",
    overleg_datum="27 januari 2026", vaststelling="3 maart 2026", variant=0,
    visie_kop="Samen verder: visie en uitgangspunten", gov_kop="Governance", prof_kop="Professionalisering",
    besturen_tabel=[["Schoolbestuur", "Scholen", "Leerlingen"],
                    ["Stichting Openbaar VO Venen", "4", "3.650"],
                    ["Stichting Christelijk Lyceum Plassen", "3", "3.100"],
                    ["Stichting Katholiek VO Loosvenen", "2", "2.050"],
                    ["Stichting Praktijkonderwijs Kortmeer (PrO)", "1", "330"],
                    ["Stichting vso Het Veenpad (cluster 4)", "2", "420"],
                    ["Stichting Vrije School VO", "1", "550"]],
)


def plan5():
    c = C5
    b = [("title", ["Ondersteuningsplan op hoofdlijnen 2026-2030", "Samen verder",
                    c["naam"] + " (" + c["code"] + ")", "Vastgesteld door het bestuur op 3 maart 2026"])]
    b.append(("toc", [
        "Voorwoord", "1 Samen verder: visie en uitgangspunten", "2 De regio", "3 Basisondersteuning",
        "4 Toelaatbaarheid vso, lwoo en praktijkonderwijs", "5 Doorstromen en terugkeren",
        "6 Niemand buiten de boot", "7 Ambities en resultaten", "8 Geld en middelen",
        "   8.1 Verdeelmodel  8.2 Meerjarenbegroting  8.3 Reserves  8.4 Verantwoording",
        "9 Klachten, bezwaar en onafhankelijke hulp", "10 Gemeenten en jeugdhulp", "11 De stem van jongeren",
        "12 Huisvesting en bedrijfsvoering", "13 Governance", "14 Medezeggenschap", "15 Hoe dit plan tot stand kwam",
        "16 Personeel", "17 Professionalisering", "18 Privacy en ICT", "19 Planning",
        "Bijlagen (separaat document): 1 Begrippenlijst, 2 Ondersteuningsroute, 3 Reglement Toelaatbaarheid 2026, "
        "4 Jaarplan 2026-2027"]))
    b += f_voorwoord(c)
    b += [("h2", "Een plan op hoofdlijnen"),
          ("p", "Anders dan het vorige plan is dit een plan op hoofdlijnen. Het beschrijft de koers en de kaders; "
                "de uitwerking staat in bijlagen en in de jaarplannen, die we jaarlijks met de OPR bespreken. Zo "
                "kunnen we sneller inspelen op veranderingen zonder het hele plan te hoeven herzien. De bijlagen "
                "zijn gebundeld in een separaat document.")]
    b += f_visie(c)
    b += [("p", "We streven ernaar dat iedere jongere in Venen en Plassen zich gezien en gehoord voelt en met "
                "vertrouwen aan de toekomst werkt. Dat is geen doel dat je afvinkt; het is de bril waarmee we naar "
                "alles kijken wat we doen.")]
    b += f_regio(c)

    # basisondersteuning: missing (deferral only)
    b += [("h1", "Basisondersteuning"),
          ("p", "De afspraken over de basisondersteuning worden in schooljaar 2026-2027 opnieuw vastgesteld, in lijn "
                "met de landelijke norm basisondersteuning die naar verwachting dan beschikbaar is. De nieuwe "
                "afspraken worden na instemming van de OPR als addendum aan dit plan toegevoegd.")]

    # plaatsing: missing (reference to absent annex only)
    b += [("h1", "Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          ("p", "De procedures en criteria voor de toelaatbaarheid tot het voortgezet speciaal onderwijs, voor de "
                "aanwijzing voor leerwegondersteunend onderwijs en voor de toelaatbaarheid tot het "
                "praktijkonderwijs zijn vastgelegd in het Reglement Toelaatbaarheid 2026 (bijlage 3). Het "
                "reglement wordt jaarlijks geactualiseerd en door het bestuur vastgesteld."),
          ("p", "Het bureau ondersteunt de Commissie Toelaatbaarheid en de plaatsingscommissie lwoo/pro "
                "administratief.")]

    # terugstroom: present (beleid + procedure), in a themed chapter
    b += [("h1", "Doorstromen en terugkeren"),
          ("p", "De afspraken over de overstap van het primair naar het voortgezet onderwijs en van het vo naar het "
                "mbo staan in het regionale overstapprotocol, dat samen met het samenwerkingsverband PO en de "
                "mbo-instellingen is opgesteld."),
          ("h2", "Van het vso terug naar het regulier voortgezet onderwijs"),
          ("p", "Voor ons is een plek op het vso geen eindstation. Jongeren horen zo veel mogelijk thuis op een "
                "reguliere school in hun eigen omgeving, met leeftijdgenoten uit hun buurt. Daarom bekijken we bij "
                "iedere jongere op het vso regelmatig of terugkeer naar het regulier vo of het praktijkonderwijs "
                "mogelijk is. Terugkeer is aan de orde als de jongere in het vso stabiel functioneert, de "
                "uitstroombestemming in het ontwikkelingsperspectiefplan een reguliere opleiding is, en er een "
                "school is die met een arrangement de benodigde ondersteuning kan bieden."),
          ("p", "De werkwijze is als volgt. Het vso Het Veenpad evalueert het ontwikkelingsperspectiefplan twee keer "
                "per jaar met de jongere en de ouders. In het laatste jaar van de TLV organiseert het vso vóór 1 "
                "februari een overstapgesprek met de jongere, de ouders, de ondersteuningscoördinator van een "
                "mogelijke ontvangende school en een trajectbegeleider van het samenwerkingsverband. Op basis van "
                "dat gesprek adviseert de trajectbegeleider de directeur-bestuurder, die uiterlijk 1 april "
                "besluit of een terugplaatsingsarrangement wordt toegekend. Is terugkeer niet verantwoord, dan "
                "vraagt het vso vóór 1 mei een nieuwe TLV aan volgens het reglement in bijlage 3."),
          ("p", "Een jongere die terugkeert, start na de zomer op de reguliere school met een "
                "terugplaatsingsarrangement van twaalf maanden: een vast aanspreekpunt op de school, wekelijkse "
                "begeleiding door een ambulant begeleider van het vso in het eerste half jaar en maandelijks in het "
                "tweede half jaar, en de mogelijkheid om bij terugval tijdelijk gebruik te maken van de "
                "rustruimte van het vso. De ontvangende school ontvangt hiervoor € 6.500.")]

    # dekkend-aanbod: partial (lacunes yes; continuum only referred to annex/website); ketenpartners
    b += [("h1", "Niemand buiten de boot"),
          ("p", "Het overzicht van alle arrangementen en voorzieningen in de regio, van de ondersteuning op school "
                "tot het vso, is opgenomen in de Ondersteuningsroute (bijlage 2) en op de sociale kaart op onze "
                "website. In dit hoofdstuk gaat het over de jongeren voor wie het aanbod (nog) niet sluit."),
          ("p", "Elke school meldt een jongere die langer dan twee weken geen onderwijs volgt binnen drie werkdagen "
                "bij de trajectbegeleider van het samenwerkingsverband en bij leerplicht. De trajectbegeleider "
                "organiseert binnen tien werkdagen een overleg met de jongere, ouders, school en zo nodig jeugdhulp, "
                "en legt afspraken vast in een plan van aanpak met een einddatum."),
          ("p", "Lukt het binnen zes weken niet om een passend aanbod te realiseren, dan wordt de jongere besproken "
                "aan de regionale thuiszitterstafel. Aan die tafel zitten de directeur-bestuurder, de "
                "leerplichtambtenaar, een vertegenwoordiger van de jeugdhulp en de betrokken bestuurder. De "
                "directeur-bestuurder heeft doorzettingsmacht: hij of zij kan een bestuur verzoeken een jongere "
                "tijdelijk te plaatsen en kan maatwerk uit het maatwerkfonds toekennen."),
          ("p", "Twee keer per jaar inventariseert het bureau welke vragen aan de thuiszitterstafel terugkeren en "
                "waarvoor in de regio geen aanbod is. Het bestuur besluit op basis daarvan over nieuwe "
                "voorzieningen of afspraken met aanbieders buiten de regio. Ook schoolbesturen die hun zorgplicht "
                "niet rond krijgen, melden dat bij de trajectbegeleider; zij zoekt dan samen met de besturen een "
                "plek bij een andere school.")]

    # resultaten: missing (deferral only)
    b += [("h1", "Ambities en resultaten"),
          ("p", "De beoogde resultaten en de manier waarop we die volgen, worden per schooljaar vastgelegd in het "
                "jaarplan (bijlage 4). Op die manier blijven de ambities actueel.")]

    # financien: present; reserves, verantwoording
    b += [("h1", "Geld en middelen"),
          ("h2", "Verdeelmodel"),
          ("p", "Het samenwerkingsverband kiest voor een schoolmodel: het grootste deel van het geld gaat naar de "
                "schoolbesturen, die zelf de ondersteuning organiseren. Het verdeelmodel werkt als volgt:"),
          ("ul", ["middelen lwoo en praktijkonderwijs: 100% doorbetaald aan de besturen die lwoo of pro verzorgen, "
                  "op basis van het aantal leerlingen met een aanwijzing of TLV op de teldatum 1 oktober;",
                  "middelen lichte ondersteuning: een vaste voet van € 25.000 per vestiging plus € 210 per "
                  "leerling (teldatum 1 oktober voorafgaand aan het kalenderjaar);",
                  "maatwerkfonds: centraal budget, toegekend door de directeur-bestuurder op voorstel van de "
                  "trajectbegeleider, voor individuele jongeren;",
                  "terugplaatsingsarrangementen: € 6.500 per jongere, toegekend zoals beschreven in hoofdstuk 5."]),
          ("p", "Wijzigingen van het verdeelmodel worden door het algemeen bestuur vastgesteld na instemming van de "
                "OPR, uiterlijk op 1 juli voor het volgende kalenderjaar."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten lichte + zware ondersteuning", "11.980", "11.850", "11.720", "11.600"],
                     ["Baten lwoo en pro", "5.410", "5.360", "5.300", "5.260"],
                     ["Afdracht DUO vso", "6.120", "6.080", "6.030", "5.990"],
                     ["Doorbetaling lwoo en pro", "5.410", "5.360", "5.300", "5.260"],
                     ["Schoolbudgetten (vaste voet + per leerling)", "2.450", "2.420", "2.400", "2.380"],
                     ["Maatwerkfonds", "850", "850", "850", "850"],
                     ["Terugplaatsingsarrangementen", "78", "91", "98", "104"],
                     ["Trajectbegeleiding en bureau", "1.940", "1.960", "1.980", "2.000"],
                     ["Onttrekking algemene reserve", "-542", "-551", "-538", "-524"]]),
          ("h2", "Reserves"),
          ("p", "Eind 2024 bedroeg de algemene reserve € 3,8 miljoen, boven de signaleringswaarde. Het bestuur "
                "bouwt het bovenmatige deel in vier jaar af door de onttrekking in de meerjarenbegroting; in 2030 "
                "ligt de reserve rond de signaleringswaarde."),
          ("h2", "Verantwoording"),
          ("p", "Besturen verantwoorden jaarlijks vóór 1 april met een vast format hoeveel zij van het "
                "schoolbudget hebben besteed aan personeel, externe expertise en materialen. De controller toetst "
                "de verantwoording; ligt de besteding meer dan 10% onder het budget, dan wordt het verschil "
                "verrekend met het budget van het volgende jaar.")]

    # ouders: partial (steunpunt yes; informatie deferred); betrokkenheid via OPR filler
    b += [("h1", "Klachten, bezwaar en onafhankelijke hulp"),
          ("p", "Ouders en jongeren die het niet eens zijn met een school of met het samenwerkingsverband, of die "
                "vastlopen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Venen en Plassen. Het steunpunt is "
                "ondergebracht bij een onafhankelijke stichting en werkt uitsluitend in het belang van de jongere. "
                "Het steunpunt is bereikbaar via telefoon, e-mail en een wekelijks spreekuur, en bundelt signalen "
                "die het twee keer per jaar met het bestuur bespreekt."),
          ("p", "Daarnaast kunnen ouders gebruik maken van de Onderwijsconsulenten, van de klachtenregeling van het "
                "samenwerkingsverband en van de Geschillencommissie passend onderwijs. Tegen een besluit van het "
                "samenwerkingsverband kan bezwaar worden gemaakt; het bestuur vraagt dan advies aan de Landelijke "
                "Bezwaaradviescommissie."),
          ("p", "Hoe we ouders informeren over het ondersteuningsaanbod in de regio, werken we uit in het "
                "communicatieplan 2026-2027.")]

    b += [("h1", "Gemeenten en jeugdhulp"),
          ("p", "Met de vier gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp in en om de school. Op "
                "iedere vo-school werkt een schoolmaatschappelijk werker die wordt gefinancierd door de gemeente. "
                "Op het vso en het praktijkonderwijs zijn onderwijs-zorgarrangementen waarin de gemeente de zorg "
                "en het samenwerkingsverband het onderwijs bekostigt."),
          ("p", "Gezamenlijke thema's voor de komende jaren zijn het leerlingenvervoer, de aansluiting op de "
                "arbeidsmarkt voor jongeren uit het praktijkonderwijs en het vso, en de huisvesting van de "
                "tijdelijke voorzieningen.")]
    b += [("h1", "De stem van jongeren"),
          ("p", "Jongeren weten zelf vaak het beste wat ze nodig hebben. Daarom heeft het samenwerkingsverband sinds "
                "2024 een jongerenpanel van twaalf leerlingen uit het vmbo, havo, vwo, praktijkonderwijs en vso. Het "
                "panel komt vier keer per jaar bijeen en geeft het bestuur gevraagd en ongevraagd advies. Het panel "
                "heeft onder meer meegedacht over de tekst van dit plan en over de inrichting van de rustruimtes."),
          ("p", "Leerlingen hebben het recht om gehoord te worden over hun ontwikkelingsperspectiefplan. De scholen "
                "leggen in het plan vast wat de leerling zelf heeft ingebracht. In de OPR zijn twee plaatsen "
                "gereserveerd voor leerlingen."),
          ("h1", "Huisvesting en bedrijfsvoering"),
          ("p", "Het bureau is gehuisvest in een verbouwd schoolgebouw in Plassenburg, samen met het "
                "samenwerkingsverband PO en het Ouder- en Jeugdsteunpunt. De huurovereenkomst loopt tot 2031. De "
                "financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor; "
                "de controller bewaakt de kwaliteit daarvan."),
          ("p", "Het samenwerkingsverband is aangesloten bij de sectororganisatie en neemt deel aan het landelijke "
                "netwerk van directeuren van samenwerkingsverbanden. Zo blijven we op de hoogte van landelijke "
                "ontwikkelingen en kunnen we leren van andere regio's."),
          ("p", "In de planperiode besteden we extra aandacht aan duurzaamheid en digitale veiligheid. Het bureau "
                "werkt zo veel mogelijk papierloos, vergaderingen zijn waar mogelijk hybride, en alle medewerkers "
                "volgen jaarlijks een korte training over het veilig omgaan met gegevens. Bij de vervanging van "
                "laptops en telefoons kiezen we voor gereviseerde apparaten. Ook de inkoop van diensten, zoals "
                "schoonmaak en catering, toetsen we op duurzaamheid. Dat zijn kleine stappen, maar ze passen bij "
                "de waarden waarmee we als samenwerkingsverband werken.")]
    b += f_governance(c, jaarverslag=False) + f_opr(c) + f_totstandkoming(c, oogo_inhoud=False) + f_personeel(c)
    b += f_professionalisering(c) + f_privacy(c)
    b += f_planning(c, [["2026-2027", "Addendum basisondersteuning; communicatieplan"],
                        ["2027-2028", "Herijking Reglement Toelaatbaarheid"],
                        ["2028-2029", "Herijking verdeelmodel"],
                        ["2029-2030", "Nieuw ondersteuningsplan"]], jaarverslag=False)
    return b


LABEL5 = """
documents: [vo-hoofdlijnen.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Basisondersteuning' consists only of a deferral ('in schooljaar 2026-2027 opnieuw vastgesteld ... als addendum toegevoegd'); nothing else in the body."
  plaatsing: "Ch. 'Toelaatbaarheid vso, lwoo en praktijkonderwijs' only refers to the 'Reglement Toelaatbaarheid 2026 (bijlage 3)', which is not part of the input (should be reported as verwezen); Commissie Toelaatbaarheid / plaatsingscommissie only named as bodies the bureau supports."
  terugstroom: "Themed ch. 'Doorstromen en terugkeren' §'Van het vso terug naar het regulier voortgezet onderwijs': policy and conditions, twice-yearly OPP review, overstapgesprek before 1 Feb, decision by 1 April, new TLV before 1 May, 12-month terugplaatsingsarrangement EUR 6.500."
  financien: "Ch. 'Geld en middelen': schoolmodel verdeelmodel (vaste voet EUR 25.000 + EUR 210/leerling, lwoo/pro 100%, maatwerkfonds), 4-year table, reserve afbouw, verantwoording before 1 April."
  dekkend-aanbod: "Ch. 'Niemand buiten de boot': thuiszitter escalation, thuiszitterstafel with doorzettingsmacht, twice-yearly gap inventory, zorgplicht help (lacunes); the continuum itself is only referred to bijlage 2 and the website sociale kaart -> continuum not addressed; OZA with gemeenten."
  resultaten: "Nothing: ch. 'Ambities en resultaten' only refers to the jaarplan (bijlage 4); visie text 'We streven ernaar dat iedere jongere zich gezien ... voelt' is explicitly not a goal; no figures on results anywhere."
  ouders: "Ch. 'Klachten, bezwaar en onafhankelijke hulp': independent OJSP, Onderwijsconsulenten, klachtenregeling, Geschillencommissie (steunpunt); informing parents deferred to 'communicatieplan 2026-2027' -> informatie not addressed; OPR with parent half (betrokkenheid)."
"""


# ==========================================================================
# NOT A PLAN - SWV VO jaarplan + begroting for one calendar year (pdf)
# ==========================================================================
def np_jaarplan():
    b = [("title", ["Jaarplan en begroting 2026", "Samenwerkingsverband VO De Vaart en Vecht (VO 24-08)",
                    "Uitwerking van het ondersteuningsplan 2022-2026 voor het kalenderjaar 2026",
                    "Vastgesteld door het algemeen bestuur op 10 december 2025"])]
    b.append(("toc", ["1 Inleiding", "2 Terugblik op 2025 in het kort", "3 Speerpunten en activiteiten 2026",
                      "4 Begroting 2026", "5 Formatie van het bureau", "6 Risico's", "7 Vaststelling"]))
    b += [("h1", "Inleiding"),
          ("p", "Dit jaarplan beschrijft de activiteiten die het bureau van het samenwerkingsverband in het "
                "kalenderjaar 2026 uitvoert, en de begroting die daarbij hoort. Het jaarplan is een uitwerking van "
                "het ondersteuningsplan 2022-2026. Het ondersteuningsplan zelf, met de afspraken over "
                "basisondersteuning, toelaatbaarheid, terugplaatsing, de verdeling van middelen en de informatie "
                "aan ouders, blijft onverkort van kracht en wordt in dit jaarplan niet herhaald. Het nieuwe "
                "ondersteuningsplan 2026-2030 wordt in het voorjaar van 2026 vastgesteld en is een afzonderlijk "
                "document."),
          ("p", "Het jaarplan is besproken met het directeurenoverleg. De ondersteuningsplanraad heeft het jaarplan "
                "ter informatie ontvangen; de OPR heeft geen instemmingsrecht op het jaarplan, wel op het "
                "ondersteuningsplan. De begroting 2026 is vastgesteld door het algemeen bestuur."),
          ("h1", "Terugblik op 2025 in het kort"),
          ("p", "2025 stond in het teken van de evaluatie van het ondersteuningsplan en de voorbereiding van het "
                "nieuwe plan. Daarnaast is de nieuwe reboundvoorziening gestart en is het digitale aanvraagportaal "
                "voor toelaatbaarheidsverklaringen in gebruik genomen. Een volledige verantwoording volgt in het "
                "jaarverslag 2025, dat in juni 2026 verschijnt."),
          ("h1", "Speerpunten en activiteiten 2026"),
          ("p", "Voor 2026 heeft het bestuur vijf speerpunten benoemd. Per speerpunt staan in de tabel de "
                "activiteiten, de eigenaar en het moment waarop de activiteit klaar is."),
          ("table", [["Speerpunt", "Activiteit 2026", "Eigenaar", "Gereed"],
                     ["Basisondersteuning", "Audit basisondersteuning bij vijf scholen; bijeenkomst over de "
                      "landelijke norm", "Beleidsmedewerker", "december"],
                     ["Toelaatbaarheid", "Evaluatie digitaal aanvraagportaal; scholing nieuwe deskundigen",
                      "Voorzitter Commissie Toelaatbaarheid", "juni"],
                     ["Terugplaatsing", "Pilot met twee vso-scholen: drie terugplaatsingsgesprekken per school",
                      "Trajectbegeleider", "oktober"],
                     ["Thuiszitters", "Vier thuiszitterstafels; jaarlijkse telling met leerplicht",
                      "Directeur-bestuurder", "doorlopend"],
                     ["Ouders", "Twee informatieavonden; subsidie aan het ouder- en jeugdsteunpunt",
                      "Communicatieadviseur", "maart en oktober"],
                     ["Nieuw ondersteuningsplan", "Afronding concept, OOGO, instemming OPR, vaststelling",
                      "Directeur-bestuurder", "april"]]),
          ("p", "Bij ieder speerpunt hoort een korte toelichting. Bij basisondersteuning gaat het in 2026 vooral om "
                "het voorbereiden van de scholen op de landelijke norm. De audits worden uitgevoerd door een "
                "externe auditor samen met een ondersteuningscoördinator van een andere school."),
          ("p", "Bij toelaatbaarheid onderzoeken we of het digitale portaal de doorlooptijd heeft verkort. Nieuwe "
                "deskundigen volgen een inwerkprogramma. De procedure zelf verandert in 2026 niet."),
          ("p", "De pilot terugplaatsing is bedoeld om ervaring op te doen voor het nieuwe ondersteuningsplan. De "
                "uitkomsten worden in het najaar met de vso-scholen besproken."),
          ("p", "Voor ouders organiseren we in maart en oktober een informatieavond. Het samenwerkingsverband "
                "verleent in 2026 een subsidie van € 60.000 aan het ouder- en jeugdsteunpunt in de regio."),
          ("h1", "Begroting 2026"),
          ("table", [["Begroting 2026", "Bedrag (€)"],
                     ["Baten lichte en zware ondersteuning", "9.860.000"],
                     ["Baten lwoo en praktijkonderwijs", "4.120.000"],
                     ["Overige baten", "45.000"],
                     ["Afdracht DUO vso", "4.950.000"],
                     ["Doorbetaling lwoo en pro", "4.120.000"],
                     ["Schoolbudgetten", "2.980.000"],
                     ["Reboundvoorziening", "720.000"],
                     ["Maatwerk en thuiszitters", "410.000"],
                     ["Subsidie ouder- en jeugdsteunpunt", "60.000"],
                     ["Bureau, personeel en huisvesting", "1.010.000"],
                     ["Exploitatieresultaat", "-225.000"]]),
          ("p", "Het negatieve exploitatieresultaat wordt onttrokken aan de algemene reserve, conform het "
                "afbouwplan reserves. De meerjarenbegroting 2026-2029 wordt samen met het nieuwe "
                "ondersteuningsplan vastgesteld."),
          ("h1", "Formatie van het bureau"),
          ("p", "De formatie van het bureau bedraagt in 2026 8,6 fte. Ten opzichte van 2025 komt er 0,4 fte "
                "trajectbegeleiding bij voor de thuiszitterstafels. De functie van communicatieadviseur wordt "
                "gedeeld met het samenwerkingsverband PO."),
          ("h1", "Risico's"),
          ("p", "De belangrijkste financiële risico's voor 2026 zijn een stijging van het aantal leerlingen in het "
                "vso, waardoor de afdracht via DUO toeneemt, en de onzekerheid over de indexatie van de rijksbijdrage. "
                "Het weerstandsvermogen is voldoende om deze risico's op te vangen."),
          ("h1", "Vaststelling"),
          ("p", "Aldus vastgesteld door het algemeen bestuur van Samenwerkingsverband VO De Vaart en Vecht op 10 "
                "december 2025. De voorzitter, de secretaris.")]
    return b


LABEL_NP = """
documents: [np-vo-jaarplan-2026.pdf]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A samenwerkingsverband's one-year jaarplan + begroting 2026 ('uitwerking van het ondersteuningsplan 2022-2026'): activity table per speerpunt, one-year budget, formatie. It states explicitly that the ondersteuningsplan itself is a separate document and not repeated; OPR only informed (no instemming). Same vocabulary (basisondersteuning, toelaatbaarheid, terugplaatsing, OJSP, thuiszitters, afdracht DUO) but not an ondersteuningsplan."
"""


# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    stats = {}
    with tempfile.TemporaryDirectory() as tmp:
        # plan 1: docx + pdf
        b = plan1()
        stats["po-samen-sterk"] = word_count(b)
        p = os.path.join(OUT, "po-samen-sterk.docx")
        render_docx(b, p, "Ondersteuningsplan 2026-2030 · De Lingestroom (PO 26-09)",
                    "Samen sterk voor elk kind · basisondersteuning · toelaatbaarheid · terugplaatsing · "
                    "financiën · ouders", "Ondersteuningsplan 2026-2030 De Lingestroom")
        docx_to_pdf(p, OUT)
        write_label("po-samen-sterk", LABEL1)

        # plan 2: docx + pdf
        b = plan2()
        stats["vo-route-op-maat"] = word_count(b)
        p = os.path.join(OUT, "vo-route-op-maat.docx")
        render_docx(b, p, "Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · terugplaatsing · "
                          "middelen", "Samenwerkingsverband VO Rivierenland-Oost (VO 25-11) · Route op maat",
                    "Ondersteuningsplan 2026-2030 Route op maat")
        docx_to_pdf(p, OUT)
        write_label("vo-route-op-maat", LABEL2)

        # plan 3: html
        pages = plan3_pages()
        stats["vo-webversie"] = sum(word_count(bl) for _, _, bl in pages)
        with open(os.path.join(OUT, "vo-webversie.html"), "w", encoding="utf-8") as f:
            f.write(render_html3(pages))
        write_label("vo-webversie", LABEL3)

        # plan 4: markdown
        b = plan4()
        stats["po-ouders-vragen"] = word_count(b)
        with open(os.path.join(OUT, "po-ouders-vragen.md"), "w", encoding="utf-8") as f:
            f.write(render_md(b))
        write_label("po-ouders-vragen", LABEL4)

        # plan 5: docx only
        b = plan5()
        stats["vo-hoofdlijnen"] = word_count(b)
        render_docx(b, os.path.join(OUT, "vo-hoofdlijnen.docx"),
                    "Ondersteuningsplan op hoofdlijnen 2026-2030 | SWV VO Venen en Plassen (VO 23-05)",
                    "Samen verder · basisondersteuning · toelaatbaarheid · ambities en resultaten · ouders",
                    "Ondersteuningsplan op hoofdlijnen 2026-2030")
        write_label("vo-hoofdlijnen", LABEL5)

        # not a plan: pdf only (docx is an intermediate in tmp)
        b = np_jaarplan()
        stats["np-vo-jaarplan-2026"] = word_count(b)
        p = os.path.join(tmp, "np-vo-jaarplan-2026.docx")
        render_docx(b, p, "Jaarplan en begroting 2026 · SWV VO De Vaart en Vecht", "VO 24-08 · jaarplan 2026",
                    "Jaarplan en begroting 2026")
        docx_to_pdf(p, OUT)
        write_label("np-vo-jaarplan-2026", LABEL_NP)
    for k, v in stats.items():
        print("%-22s %5d words" % (k, v))


if __name__ == "__main__":
    main()
