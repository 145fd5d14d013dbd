#!/usr/bin/env python3
"""Generate the holdout227 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document
(a school-level 'ondersteuningsplan' of a single kindcentrum), plus label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", title, [subtitle lines])   ("toc", [entries])
#   ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [header], [[row], ...])    ("pb",)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header_text:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec = doc.sections[0]
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
            for line in b[2]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout227"
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output bytes are reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, header_text=None, footer_text=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">']
    title = next((b[1] for b in blocks if b[0] == "title"), "Document")
    out.append("<title>%s</title>" % e(title))
    out.append("<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>")
    out.append("</head>")
    out.append("<body>")
    if header_text:
        out.append('<header class="site-header"><p>%s</p></header>' % e(header_text))
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titelpagina"><h1>%s</h1>' % e(b[1]))
            for line in b[2]:
                out.append("<p>%s</p>" % e(line))
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            for it in b[1]:
                out.append("<li>%s</li>" % e(it))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind == "ul":
            out.append("<ul>")
            for it in b[1]:
                out.append("<li>%s</li>" % e(it))
            out.append("</ul>")
        elif kind == "table":
            out.append("<table><thead><tr>%s</tr></thead><tbody>" %
                       "".join("<th>%s</th>" % e(h) for h in b[1]))
            for r in b[2]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r))
            out.append("</tbody></table>")
        elif kind == "pb":
            pass
    out.append("</main>")
    if footer_text:
        out.append('<footer><p>%s</p></footer>' % e(footer_text))
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path, tmpdir):
    profile = Path(tmpdir) / "lo_profile_holdout227"
    cmd = ["soffice", "-env:UserInstallation=file://%s" % profile, "--headless",
           "--convert-to", "pdf", "--outdir", str(tmpdir), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = Path(tmpdir) / (Path(docx_path).stem + ".pdf")
    shutil.move(str(produced), str(pdf_path))


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] == "title":
            n += len(b[1].split()) + sum(len(x.split()) for x in b[2])
        elif b[0] in ("ul", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(x.split()) for x in b[1])
            n += sum(len(x.split()) for r in b[2] for x in r)
    return n


# ---------------------------------------------------------------------------
# Label files
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]
CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, advisory, notes, looks_like_plan=True,
                extra_note=None):
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  "  document: %s" % q(extra_note)]
        (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    status = {}
    for el in ELEMENTS:
        vals = [crit[el + "." + c] for c in CORE[el]]
        if all(vals):
            status[el] = "present"
        elif any(vals) or advisory.get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, status[el]) for el in ELEMENTS))
    lines.append("criteria:")
    for el in ELEMENTS:
        for c in CORE[el]:
            lines.append("  %s.%s: %s" % (el, c, "true" if crit[el + "." + c] else "false"))
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append("  %s: %s" % (el, q(notes[el])))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


# ---------------------------------------------------------------------------
# Shared filler: text real plans contain that does not address any element.
# Words such as ouders, middelen, arrangement, toelaatbaarheid and resultaten
# appear only in passing.
# ---------------------------------------------------------------------------

def sector_words(ctx):
    if ctx["po"]:
        return dict(scholen="basisscholen, scholen voor speciaal basisonderwijs (sbo) en scholen voor speciaal onderwijs (so)",
                    kinderen="kinderen", school_kort="basisschool", spec="sbo en so",
                    wet="artikel 18a van de Wet op het primair onderwijs")
    return dict(scholen="scholen voor vmbo, havo en vwo, het praktijkonderwijs en het voortgezet speciaal onderwijs (vso)",
                kinderen="jongeren", school_kort="school voor voortgezet onderwijs", spec="vso en pro",
                wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)")


def filler_visie(ctx):
    w = sector_words(ctx)
    return [
        ("h1", ctx["ch_visie"] + " Visie en missie"),
        ("p", "Het {name} is opgericht door de schoolbesturen in de regio om samen vorm te geven aan passend onderwijs. "
              "Aan het samenwerkingsverband nemen {nbesturen} schoolbesturen deel met in totaal {nscholen} scholen: {scholen}. "
              "Het werkgebied omvat de gemeenten {gem}. Wij zijn een rechtspersoon in de vorm van een {rv}; de statuten "
              "bevatten een regeling voor de beslechting van geschillen tussen de deelnemende besturen.".format(
                  name=ctx["name"], nbesturen=ctx["nbesturen"], nscholen=ctx["nscholen"], scholen=w["scholen"],
                  gem=ctx["gem"], rv=ctx["rv"])),
        ("p", "Onze missie laat zich samenvatten in één zin: {motto}. Daarmee bedoelen we dat de besturen zich gezamenlijk "
              "verantwoordelijk voelen voor alle {kinderen} in de regio, ook voor {kinderen} die niet op een van hun eigen "
              "scholen zitten. Passend onderwijs is in onze ogen geen apart programma naast het gewone onderwijs, maar een "
              "manier van kijken: wat heeft deze leerling nodig, en wie kan dat het beste bieden? Die vraag stellen we in "
              "de klas, in het team, op bestuursniveau en in het samenwerkingsverband.".format(motto=ctx["motto"], kinderen=w["kinderen"])),
        ("p", "Onze visie rust op vier pijlers. De eerste pijler is vertrouwen: we gaan ervan uit dat professionals in de "
              "scholen de juiste afwegingen maken en we organiseren verantwoording zo licht als verantwoord is. De tweede "
              "pijler is eigenaarschap: het schoolbestuur is en blijft verantwoordelijk voor de kwaliteit van het onderwijs op "
              "zijn scholen, het samenwerkingsverband faciliteert en verbindt. De derde pijler is nabijheid: we organiseren "
              "zaken zo dicht mogelijk bij de leerling, de leerkracht en de wijk. De vierde pijler is transparantie: we zijn "
              "open over onze keuzes, ook als die schuren."),
        ("p", "Deze pijlers zijn tot stand gekomen in een reeks werkconferenties met directeuren, intern begeleiders, "
              "ondersteuningscoördinatoren, leden van de medezeggenschapsraden en vertegenwoordigers van gemeenten. Tijdens "
              "die bijeenkomsten is veel gesproken over de spanning tussen regie en ruimte. Besturen willen ruimte om eigen "
              "keuzes te maken; tegelijkertijd is er behoefte aan gezamenlijke afspraken die voor iedereen gelden. In dit "
              "plan proberen we die balans te vinden. Waar we afspraken maken, zijn die bindend; waar we ruimte laten, "
              "zeggen we dat ook."),
        ("p", "Wij kiezen uitdrukkelijk voor een lerende organisatie. Dat betekent dat we het gesprek over wat werkt en wat "
              "niet werkt blijven voeren, dat we fouten benoemen en dat we elkaar aanspreken. Ouders, leerlingen, "
              "leerkrachten en ketenpartners zijn daarbij belangrijke gesprekspartners. Het woord 'samen' staat daarom niet "
              "voor niets in onze naam en in onze missie. Tegelijk beseffen we dat mooie woorden pas iets betekenen als ze "
              "in de dagelijkse praktijk herkenbaar zijn; de volgende hoofdstukken beschrijven hoe we dat willen bereiken."),
    ]


def filler_governance(ctx):
    return [
        ("h1", ctx["ch_gov"] + " Organisatie en governance"),
        ("p", "Het samenwerkingsverband werkt met een model waarin bestuur en toezicht zijn gescheiden. De dagelijkse leiding "
              "en het bestuur liggen bij de directeur-bestuurder. Het intern toezicht is belegd bij {toezicht}, waarin "
              "bestuurders van de deelnemende schoolbesturen en {onafh} onafhankelijke leden zitting hebben. De "
              "algemene vergadering van aangesloten besturen stelt het ondersteuningsplan, de begroting en de jaarrekening "
              "vast op voorstel van de directeur-bestuurder.".format(toezicht=ctx["toezicht"], onafh=ctx["onafh"])),
        ("p", "De code goed bestuur van de sectorraad is van toepassing. Het toezichthoudend orgaan heeft een "
              "toezichtkader vastgesteld en evalueert jaarlijks het eigen functioneren, bij voorkeur onder externe "
              "begeleiding. Er zijn twee commissies: een auditcommissie, die het toezichthoudend orgaan adviseert over "
              "financiële en bedrijfsmatige vraagstukken, en een remuneratiecommissie, die de werkgeversrol ten opzichte "
              "van de directeur-bestuurder voorbereidt. De nevenfuncties van bestuurder en toezichthouders worden jaarlijks "
              "in het jaarverslag gepubliceerd."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bestuursbureau. Daarnaast kent het "
              "samenwerkingsverband een directeurenoverleg, waarin de directeuren onderwijs of beleidsmedewerkers van de "
              "besturen adviseren over beleidsvoornemens. Dit overleg heeft geen besluitvormende bevoegdheid, maar speelt "
              "een belangrijke rol in het draagvlak voor besluiten. Het directeurenoverleg komt zes keer per jaar bijeen."),
        ("p", "Integriteit vinden we vanzelfsprekend. Er is een regeling voor het melden van vermoedens van misstanden, "
              "een integriteitscode voor medewerkers en bestuurders en een vertrouwenspersoon voor medewerkers van het "
              "bureau. Belangenverstrengeling wordt voorkomen doordat een toezichthouder niet meestemt over onderwerpen "
              "waarbij het eigen bestuur een direct belang heeft. Bij besluiten over de inrichting van voorzieningen of de "
              "toekenning van middelen aan een bestuur onthoudt de betreffende bestuurder zich van stemming."),
        ("p", "In de afgelopen planperiode is de governance geëvalueerd. Die evaluatie leidde tot een aanpassing van de "
              "statuten en tot een profielschets voor de onafhankelijke toezichthouders. Een belangrijk aandachtspunt blijft "
              "de dubbele pet van bestuurders die zowel het eigen bestuur vertegenwoordigen als verantwoordelijkheid dragen "
              "voor het samenwerkingsverband als geheel. We bespreken die spanning jaarlijks in een gezamenlijke sessie van "
              "toezichthouders en bestuurders."),
    ]


def filler_opr(ctx):
    if ctx["opr_parents"]:
        samen = ("De OPR telt {n} leden. De leden worden gekozen uit en door de medezeggenschapsraden van de aangesloten "
                 "scholen; de helft van de leden komt uit de personeelsgeleding en de helft uit de {geleding}. De OPR "
                 "is daarmee ook een plek waar ouders rechtstreeks meepraten over het beleid van het "
                 "samenwerkingsverband.").format(n=ctx["opr_n"], geleding=("oudergeleding" if ctx["po"] else "ouder- en leerlinggeleding"))
    else:
        samen = ("De OPR telt {n} leden, die worden afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
                 "scholen. De raad kiest uit zijn midden een voorzitter en een secretaris.").format(n=ctx["opr_n"])
    return [
        ("h1", ctx["ch_opr"] + " Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) op grond van artikel 4a van de Wet "
              "medezeggenschap op scholen. " + samen),
        ("p", "De OPR heeft instemmingsrecht op de vaststelling en op iedere wijziging van het ondersteuningsplan. Over dit "
              "plan is de OPR vanaf het begin meegenomen: de raad nam deel aan twee werkconferenties, ontving de "
              "conceptteksten per hoofdstuk en besprak het integrale concept in twee vergaderingen. De OPR heeft op {d} "
              "ingestemd met het plan. Waar de raad vragen stelde, zijn die in de tekst verwerkt of in een "
              "reactiebrief beantwoord.".format(d=ctx["opr_date"])),
        ("p", "Naast de OPR heeft het samenwerkingsverband als werkgever een medezeggenschapsraad voor het eigen "
              "personeel. De MR heeft adviesrecht en instemmingsrecht op onderwerpen die het personeel van het bureau "
              "betreffen, zoals het formatieplan en het werkverdelingsbeleid. De OPR en de MR hebben elk een eigen "
              "reglement; de reglementen zijn in 2025 geactualiseerd."),
        ("p", "Het samenwerkingsverband faciliteert de OPR met een ambtelijk secretaris, een scholingsbudget en een "
              "jaarlijkse vergoeding voor de leden. De directeur-bestuurder is bij het overleg aanwezig voor toelichting. "
              "Tweemaal per jaar spreekt de OPR met een delegatie van het toezichthoudend orgaan. De raad vergadert "
              "ongeveer zes keer per jaar; de vergaderingen zijn openbaar, tenzij vertrouwelijke onderwerpen aan de orde zijn."),
    ]


def filler_oogo(ctx):
    blocks = [
        ("h1", ctx["ch_oogo"] + " Overleg met gemeenten en met het samenwerkingsverband " + ("VO" if ctx["po"] else "PO")),
        ("p", "Voordat het ondersteuningsplan werd vastgesteld, is op {d} op overeenstemming gericht overleg (OOGO) "
              "gevoerd met de colleges van burgemeester en wethouders van {gem}. Het overleg verliep volgens de "
              "procedure die het samenwerkingsverband en de gemeenten in 2022 hebben afgesproken, inclusief de regeling "
              "voor geschillen. Het OOGO is afgesloten met een door beide partijen ondertekend verslag.".format(
                  d=ctx["oogo_date"], gem=ctx["gem"])),
        ("p", "Daarnaast is het concept besproken met het samenwerkingsverband {other} waarvan het werkgebied overlapt "
              "met het onze. Dat overleg leverde geen knelpunten op. Beide samenwerkingsverbanden hebben afgesproken de "
              "planperiodes zoveel mogelijk op elkaar te laten aansluiten.".format(other=ctx["other_swv"])),
    ]
    if ctx["oogo_coop"]:
        blocks.append(("p", "Met de gemeenten werken we inhoudelijk samen aan de aansluiting tussen onderwijs en jeugdhulp. "
                            "Op iedere school is een vaste contactpersoon van het wijkteam of de jeugdhulpaanbieder "
                            "beschikbaar, die aanschuift bij het ondersteuningsteam van de school. Voor leerlingen die "
                            "zowel onderwijs- als zorgondersteuning nodig hebben, stellen school, gemeente en "
                            "zorgaanbieder samen een onderwijs-zorgarrangement op, waarbij de gemeente de zorgcomponent "
                            "financiert. Leerlingenvervoer en onderwijshuisvesting blijven de verantwoordelijkheid van de "
                            "gemeenten en komen in het OOGO jaarlijks aan de orde."))
    return blocks


def filler_personeel(ctx):
    return [
        ("h1", ctx["ch_pers"] + " Personeel en professionalisering"),
        ("p", "Het bestuursbureau telt op dit moment {fte} fte, verdeeld over de directeur-bestuurder, een "
              "beleidsadviseur, een controller, een managementassistent en een aantal inhoudelijk deskundigen. De "
              "medewerkers zijn in dienst van het samenwerkingsverband of worden gedetacheerd vanuit een van de "
              "aangesloten besturen. Voor het personeel geldt de cao {cao}.".format(fte=ctx["fte"], cao=("primair onderwijs" if ctx["po"] else "voortgezet onderwijs"))),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Scholen geven aan dat het steeds moeilijker wordt om "
              "vacatures voor intern begeleiders, ondersteuningscoördinatoren en gespecialiseerde leerkrachten te "
              "vervullen. Het samenwerkingsverband heeft geen eigen rol in de werving van leerkrachten, maar denkt mee in "
              "de regionale aanpak van het tekort en stelt zijn netwerk beschikbaar voor zij-instromers die zich willen "
              "specialiseren."),
        ("p", "Professionalisering organiseren we grotendeels in de vorm van lerende netwerken. Er zijn netwerken voor "
              "intern begeleiders en ondersteuningscoördinatoren, voor directeuren en voor gedragsspecialisten. De netwerken "
              "komen vier tot zes keer per jaar bijeen en kiezen hun eigen thema's. Het samenwerkingsverband organiseert de "
              "begeleiding van de netwerken en een jaarlijkse studiedag. Besturen blijven zelf verantwoordelijk voor de "
              "scholing van hun medewerkers."),
        ("p", "Het ondersteuningsplan heeft gevolgen voor de medewerkers van scholen en bureau. Nieuwe afspraken vragen "
              "soms om andere taken of een andere inzet van uren. Besturen bespreken die gevolgen met hun eigen "
              "(gemeenschappelijke) medezeggenschapsraad. Voor het bureau is een formatieplan voor de planperiode "
              "opgesteld, waarover de MR van het samenwerkingsverband heeft geadviseerd. Werkdruk en verzuim worden in "
              "het jaarlijkse medewerkersgesprek besproken; het verzuim op het bureau lag de afgelopen jaren onder het "
              "landelijke gemiddelde."),
    ]


def filler_ict(ctx):
    return [
        ("h1", ctx["ch_ict"] + " Privacy, gegevensbeheer en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij adviesaanvragen en bij "
              "beslissingen over toelaatbaarheid. Dat gebeurt op basis van de wettelijke taak en met inachtneming van de "
              "Algemene verordening gegevensbescherming. Gegevens over gezondheid worden alleen verwerkt voor zover dat "
              "noodzakelijk is voor de uitvoering van de wettelijke taken en worden niet langer bewaard dan drie jaar na "
              "het besluit waarvoor ze zijn verzameld."),
        ("p", "Voor de uitwisseling van dossiers gebruiken scholen en samenwerkingsverband een beveiligde digitale "
              "omgeving, {sys}. Alleen medewerkers die de gegevens voor hun taak nodig hebben, hebben toegang. Er is een "
              "verwerkingsregister, een privacyreglement en een procedure voor het melden van datalekken. De functionaris "
              "gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden en brengt jaarlijks verslag uit "
              "aan de directeur-bestuurder.".format(sys=ctx["sys"])),
        ("p", "De ICT-voorzieningen van het bureau zijn ondergebracht bij een externe dienstverlener. Medewerkers werken "
              "met tweestapsverificatie en met versleutelde laptops. In 2025 is een informatiebeveiligingsaudit uitgevoerd; "
              "de aanbevelingen daaruit, waaronder een strikter wachtwoordbeleid en een jaarlijkse bewustwordingstraining, "
              "zijn inmiddels uitgevoerd. Scholen worden gevraagd geen dossiers per gewone e-mail te versturen."),
    ]


def filler_planning(ctx):
    return [
        ("h1", ctx["ch_plan"] + " Totstandkoming, planning en cyclus"),
        ("p", "Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. Na een evaluatie van het "
              "vorige plan volgden werkconferenties, gesprekken met besturen en een consultatieronde onder de scholen. "
              "Het concept is daarna voorgelegd aan de OPR, besproken in het OOGO en in het overleg met het "
              "samenwerkingsverband " + ("VO" if ctx["po"] else "PO") + ". Het plan is op {d} vastgesteld en "
              "vóór 1 mei toegezonden aan de Inspectie van het Onderwijs.".format(d=ctx["ab_date"])),
        ("p", "Het plan geldt voor de schooljaren {p}. Het plan is op hoofdlijnen geschreven; de jaarlijkse uitwerking "
              "staat in het jaarplan en de jaarbegroting. Het jaarplan wordt ieder jaar vóór de zomer vastgesteld en "
              "aan de OPR ter informatie toegezonden. Als tussentijds belangrijke wijzigingen nodig zijn, bijvoorbeeld "
              "door nieuwe wetgeving, passen we het plan aan; ook daarvoor is instemming van de OPR nodig.".format(p=ctx["period"])),
        ("table", ["Moment", "Activiteit", "Betrokken"],
         [["september", "Start schooljaar, bijeenkomst netwerken", "bureau, scholen"],
          ["november", "Bestuurlijk overleg en OOGO-voorbereiding", "bestuur, gemeenten"],
          ["maart", "Werkconferentie directeuren", "directeuren, bureau"],
          ["juni", "Vaststelling jaarplan en begroting", "bestuur, toezicht, OPR"],
          ["juli", "Afsluiting schooljaar", "bureau"]]),
        ("p", ctx.get("slot", "Aan het eind van de planperiode evalueren we het plan als geheel. Die evaluatie vormt de basis voor het "
              "volgende ondersteuningsplan. We betrekken daarbij opnieuw scholen, besturen, de OPR en de gemeenten.")),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO, .docx — SWV Veenhoven
# ---------------------------------------------------------------------------

def plan_veenhoven():
    ctx = dict(name="Samenwerkingsverband Passend Primair Onderwijs Veenhoven", po=True, nbesturen=9, nscholen=44,
               gem="Veenhoven, Oldemarke en Stellendam-Noord", rv="stichting", motto="samen sterk voor ieder kind, zo dichtbij als het kan",
               toezicht="een raad van toezicht", onafh="twee", opr_parents=True, opr_n=12, opr_date="17 maart 2026",
               oogo_date="5 februari 2026", other_swv="VO Veenhoven-Stellendam", oogo_coop=False, fte="8,6",
               sys="het Groeidossier Online", ab_date="24 maart 2026", period="2026-2027 tot en met 2029-2030",
               ch_visie="2", ch_gov="10", ch_opr="11", ch_oogo="12", ch_pers="13", ch_ict="14", ch_plan="15")
    b = []
    b.append(("title", "Ondersteuningsplan 2026-2030", [
        "Samenwerkingsverband Passend Primair Onderwijs Veenhoven (PO 29-04)",
        "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Dekkend aanbod · Resultaten · Ouders · Financiën",
        "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 17 maart 2026"]))
    b.append(("toc", [
        "Samenvatting ........................................... 3",
        "1 Voorwoord ............................................. 5",
        "2 Visie en missie ....................................... 6",
        "3 Onze regio in cijfers ................................. 8",
        "4 Basisondersteuning: wat elke school biedt ............. 9",
        "5 Toelaatbaarheid tot sbo en so ......................... 12",
        "   5.5 Na afloop van de TLV ............................. 15",
        "6 Dekkend aanbod en thuiszitters ........................ 16",
        "7 Beoogde resultaten en kwaliteitszorg .................. 17",
        "8 Samen met ouders ...................................... 19",
        "9 Geld en middelen ...................................... 21",
        "10 Organisatie en governance ............................ 24",
        "11 Medezeggenschap: de ondersteuningsplanraad ........... 26",
        "12 Overleg met gemeenten en met het samenwerkingsverband VO 27",
        "13 Personeel en professionalisering ..................... 28",
        "14 Privacy, gegevensbeheer en ICT ....................... 29",
        "15 Totstandkoming, planning en cyclus ................... 30",
        "Bijlage 1 Begrippenlijst ................................ 32",
        "Bijlage 2 Protocol terugplaatsing en dekkend netwerk .... 34",
        "Bijlage 3 Instemmingsverklaring OPR ..................... 36"]))
    b += [
        ("h1", "Samenvatting"),
        ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Passend Primair Onderwijs "
              "Veenhoven. Het plan beschrijft hoe de negen aangesloten schoolbesturen er samen voor zorgen dat ieder kind in "
              "de regio onderwijs krijgt dat bij hem of haar past. De belangrijkste keuzes op een rij:"),
        ("ul", ["Alle scholen bieden ten minste de Veenhovense Standaard voor basisondersteuning (hoofdstuk 4).",
                "De Commissie Toelaatbaarheid beslist over toelaatbaarheid tot sbo en so; de procedure is vereenvoudigd (hoofdstuk 5).",
                "Terugplaatsing naar het reguliere onderwijs heeft onze blijvende aandacht.",
                "Het dekkend netwerk en de aanpak van thuiszitters krijgen in deze planperiode nadrukkelijk aandacht (hoofdstuk 6).",
                "We formuleren vier beoogde resultaten voor de planperiode (hoofdstuk 7).",
                "Ouders kunnen terecht bij een onafhankelijk steunpunt (hoofdstuk 8).",
                "De middelen gaan voor het grootste deel rechtstreeks naar de schoolbesturen (hoofdstuk 9)."]),
        ("p", "Het plan is geschreven voor schoolbesturen, scholen, ouders, gemeenten en de ondersteuningsplanraad. Waar "
              "onderwerpen nog verder worden uitgewerkt, is dat in de tekst aangegeven. Voor de leesbaarheid zijn "
              "procedures en protocollen zoveel mogelijk opgenomen als bijlage."),
        ("h1", "1 Voorwoord"),
        ("p", "Met trots presenteren wij het derde ondersteuningsplan van ons samenwerkingsverband. Toen passend onderwijs "
              "in 2014 van start ging, was er veel onzekerheid. Inmiddels zijn we tien jaar verder en is er veel bereikt: "
              "scholen weten elkaar te vinden, intern begeleiders werken samen in netwerken en de procedure voor een "
              "toelaatbaarheidsverklaring is voor iedereen helder. Tegelijk is er nog genoeg te doen. Niet ieder kind vindt "
              "vanzelf een passende plek, en de druk op leerkrachten is groot."),
        ("p", "Dit plan is in nauwe samenwerking met de scholen, de besturen, de ondersteuningsplanraad en de gemeenten "
              "tot stand gekomen. Ik dank iedereen die heeft meegedacht, meegeschreven en kritische vragen heeft gesteld. "
              "In het bijzonder dank ik de leden van de OPR, die met grote betrokkenheid elk hoofdstuk hebben gelezen. "
              "Hun vragen hebben het plan beter gemaakt."),
        ("p", "Wij hopen dat dit plan houvast biedt, maar vooral dat het in de scholen herkend wordt. Een plan op papier "
              "verandert niets; het zijn de mensen in de scholen die het verschil maken. — Drs. H.M. Kuipers-Brand, "
              "directeur-bestuurder"),
    ]
    b += filler_visie(ctx)
    b += [
        ("h1", "3 Onze regio in cijfers"),
        ("p", "Het werkgebied is een overwegend landelijke regio met drie kernen en een groot aantal kleine dorpen. Het "
              "aantal leerlingen daalt licht: van 10.940 op 1 oktober 2021 naar 10.310 op 1 oktober 2025. De verwachting "
              "is dat deze daling zich in de planperiode met ongeveer één procent per jaar voortzet. Dat heeft gevolgen "
              "voor kleine scholen, die in sommige dorpen onder de opheffingsnorm dreigen te komen."),
        ("table", ["Kengetal (1 oktober 2025)", "Aantal"],
         [["Schoolbesturen", "9"], ["Basisscholen", "41"], ["Scholen voor sbo", "2"], ["So-scholen (cluster 3 en 4)", "1 (twee locaties)"],
          ["Leerlingen totaal", "10.310"], ["Leerlingen sbo", "212"], ["Leerlingen so (uit de regio)", "151"]]),
        ("p", "Het deelnamepercentage sbo ligt met 2,1 procent iets boven het landelijk gemiddelde; het deelnamepercentage "
              "so ligt er iets onder. Beide percentages zijn de afgelopen vier jaar vrijwel stabiel gebleven. Deze cijfers "
              "geven context en zijn geen doel op zich."),
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken minimum aan ondersteuning dat iedere "
              "school en iedere vestiging binnen Veenhoven biedt, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. De besturen hebben dit niveau vastgelegd in de Veenhovense Standaard. Geen "
              "enkele school mag daaronder zitten; scholen mogen uiteraard meer bieden. Wat een school boven de Standaard "
              "biedt, beschrijft zij in haar schoolondersteuningsprofiel."),
        ("p", "De Veenhovense Standaard bestaat uit negen afspraken. Ouders mogen van iedere school in de regio "
              "verwachten dat deze afspraken worden nagekomen:"),
        ("ul", ["Iedere school heeft een intern begeleider met een afgeronde opleiding, die minimaal één dag per week per "
                "200 leerlingen beschikbaar is voor leerlingbesprekingen en overleg met ouders.",
                "Iedere school werkt met een leerlingvolgsysteem en bespreekt drie keer per jaar in groepsbesprekingen de "
                "ontwikkeling van alle leerlingen; de uitkomsten worden vastgelegd in een groepsoverzicht.",
                "Iedere school voert het regionale dyslexieprotocol en het protocol ernstige rekenproblemen en dyscalculie "
                "uit, inclusief signalering vanaf groep 2 en extra lees- en rekentijd in kleine groepjes.",
                "Iedere school heeft een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met daarin "
                "de intern begeleider, de directeur en een vaste orthopedagoog.",
                "Iedere school gebruikt een programma voor sociaal-emotioneel leren en een gedragsprotocol, met een "
                "aandachtsfunctionaris voor signalen van kindermishandeling.",
                "Iedere school kan een ontwikkelingsperspectief (OPP) opstellen en bespreekt dat ten minste twee keer per "
                "jaar met de ouders.",
                "Iedere school biedt verrijking voor leerlingen die meer aankunnen, ten minste in de vorm van "
                "compacten en een verrijkingsmap of plusgroep.",
                "Iedere school heeft een medisch protocol en kan eenvoudige medische handelingen uitvoeren na "
                "schriftelijke toestemming.",
                "Iedere school zorgt voor een warme overdracht bij de overgang naar een andere school of naar het voortgezet onderwijs."]),
        ("p", "Het bestuursbureau bezoekt iedere school één keer per twee jaar voor een gesprek over de Standaard aan de "
              "hand van een kwaliteitskaart. Blijkt een school op een onderdeel onder het afgesproken niveau te zitten, dan "
              "maakt het bestuur van die school binnen drie maanden een verbeterplan, waarvan de uitvoering in het "
              "volgende bezoek wordt besproken."),
        ("h1", "5 Toelaatbaarheid tot sbo en so"),
        ("h2", "5.1 Wanneer is een TLV nodig?"),
        ("p", "Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of een so-school "
              "in cluster 3 of 4 als het samenwerkingsverband hem toelaatbaar heeft verklaard. Dat besluit heet de "
              "toelaatbaarheidsverklaring (TLV). Cluster 1 en 2 vallen buiten de verantwoordelijkheid van het "
              "samenwerkingsverband; daarvoor gelden de landelijke procedures van de instellingen."),
        ("h2", "5.2 De procedure"),
        ("p", "De aanvraag voor een TLV wordt ingediend door het bevoegd gezag van de school waar de leerling is "
              "ingeschreven of aangemeld. De procedure verloopt in vijf stappen:"),
        ("ul", ["Stap 1 — Het ondersteuningsteam van de school bespreekt de leerling en concludeert, in overleg met de "
                "ouders, dat een TLV wordt aangevraagd.",
                "Stap 2 — De school dient de aanvraag in via het Groeidossier Online, met het OPP, het groeidocument, een "
                "onderwijskundig rapport en de zienswijze van de ouders.",
                "Stap 3 — Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Stap 4 — Twee deskundigen brengen elk afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
                "psycholoog, en afhankelijk van de leerling een tweede deskundige (bijvoorbeeld een maatschappelijk "
                "werker, kinderarts of jeugdarts). Deskundigen die betrokken waren bij de aanvraag adviseren niet.",
                "Stap 5 — De Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst van het complete dossier een "
                "besluit. Ouders ontvangen het besluit en een afschrift van beide adviezen."]),
        ("h2", "5.3 Criteria"),
        ("p", "De Commissie Toelaatbaarheid toetst of een aanvraag voldoet aan de criteria van het samenwerkingsverband. "
              "De inhoudelijke criteria voor sbo en so worden op dit moment regionaal herijkt, samen met de twee "
              "sbo-scholen en de so-school. De uitkomst van die herijking wordt als addendum aan dit plan toegevoegd "
              "zodra het bestuur daarover heeft besloten; de OPR wordt daarbij om instemming gevraagd."),
        ("h2", "5.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode van de leerling. Een TLV "
              "voor het so wordt afgegeven voor ten hoogste drie schooljaren en eindigt altijd op 31 juli. Bij een TLV so "
              "stelt de commissie de bekostigingscategorie vast: laag, midden of hoog. Ouders en school die het niet eens "
              "zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband; het bezwaar "
              "wordt voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "5.5 Na afloop van de TLV"),
        ("p", "Een plaatsing in het sbo of so is in Veenhoven geen eindpunt. Ons beleid is dat een leerling teruggaat naar "
              "een reguliere basisschool, bij voorkeur in de eigen woonplaats, zodra de ontwikkeling dat toelaat en de "
              "ontvangende school de benodigde ondersteuning kan bieden. Voorwaarden zijn dat het OPP laat zien dat de "
              "leerling de ondersteuningsbehoefte uit de TLV grotendeels ontgroeid is en dat er een reguliere school is "
              "die, eventueel met hulp, aan de resterende behoefte kan voldoen."),
        ("p", "De werkwijze is als volgt. De sbo- of so-school evalueert ieder jaar in de OPP-bespreking met ouders of "
              "terugplaatsing aan de orde is. In het laatste jaar van de TLV houdt de school vóór 1 februari een "
              "perspectiefgesprek met ouders en de beoogde reguliere school. De sbo- of so-school neemt het initiatief en "
              "legt vóór 1 maart een advies voor aan de Commissie Toelaatbaarheid. De commissie beslist of de leerling "
              "wordt teruggeplaatst of dat een nieuwe TLV nodig is. Wordt geen nieuwe TLV afgegeven, dan eindigt de TLV "
              "op 31 juli en wordt de leerling per 1 augustus ingeschreven op de reguliere school."),
        ("p", "Na de terugplaatsing krijgt de ontvangende school gedurende twintig weken ambulante begeleiding vanuit de "
              "sbo- of so-school, die door het samenwerkingsverband wordt betaald. Na tien weken en na twintig weken volgt "
              "een evaluatie. Het volledige protocol is opgenomen in bijlage 2."),
        ("h1", "6 Dekkend aanbod en thuiszitters"),
        ("p", "Een dekkend aanbod is een wettelijke opdracht van ieder samenwerkingsverband. De besturen hebben "
              "afgesproken dat de beschrijving van de extra ondersteuning, de samenhang tussen de voorzieningen binnen en "
              "tussen scholen en de manier waarop wij signaleren waar het aanbod tekortschiet, worden vastgelegd in een "
              "afzonderlijk Koersdocument Dekkend Netwerk. Een werkgroep met vertegenwoordigers van besturen en gemeenten "
              "bereidt dat document voor; de eerste versie verschijnt in het schooljaar 2027-2028."),
        ("p", "Voor de aanpak van thuiszitters verwijzen wij naar het regionale Thuiszittersprotocol, dat op onze "
              "website staat, en naar bijlage 2."),
        ("h1", "7 Beoogde resultaten en kwaliteitszorg"),
        ("p", "Voor de planperiode hebben de besturen vier beoogde resultaten geformuleerd voor leerlingen die extra "
              "ondersteuning nodig hebben. Ze zijn bewust concreet gemaakt, zodat we aan het eind van de periode kunnen "
              "zeggen of we ze hebben bereikt."),
        ("table", ["Beoogd resultaat", "Streefwaarde 2030"],
         [["Leerlingen met een OPP halen het uitstroomniveau dat in hun OPP is vastgelegd", "ten minste 80% van de leerlingen"],
          ["Leerlingen in het sbo keren terug naar het regulier onderwijs", "ten minste 12 leerlingen per schooljaar"],
          ["Verwijzingen naar het sbo gaan omlaag", "deelnamepercentage sbo maximaal 1,8%"],
          ["Leerlingen met een OPP ervaren de school als veilig (leerlingvragenlijst)", "ten minste 90% positief"]]),
        ("p", "Hoe wij de voortgang op deze resultaten gaan volgen en daarover rapporteren, ligt nog niet vast. Het "
              "bureau ontwikkelt daarvoor een kwaliteitshandboek; wanneer dat gereed is, wordt de OPR geïnformeerd."),
        ("h1", "8 Samen met ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij worden betrokken bij het opstellen en "
              "bespreken van het OPP en hebben een plaats in de ondersteuningsplanraad. Om goed mee te kunnen praten, "
              "moeten ouders weten welke ondersteuning er is."),
        ("p", "Ouders worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden. Iedere school "
              "beschrijft in de schoolgids welke basis- en extra ondersteuning zij biedt. Het samenwerkingsverband "
              "publiceert de ouderbrochure 'Wegwijs in passend onderwijs', die bij aanmelding op iedere school wordt "
              "meegegeven, en heeft op de website een oudersectie met uitleg over de Veenhovense Standaard en de "
              "TLV-procedure. Twee keer per jaar organiseren we een informatieavond voor ouders, afwisselend in Veenhoven en Oldemarke."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Veenhoven. Het "
              "steunpunt is ondergebracht bij een stichting die los staat van de schoolbesturen en het "
              "samenwerkingsverband; de medewerkers adviseren uitsluitend in het belang van het kind. Daarnaast kunnen "
              "ouders gratis een beroep doen op de landelijke onderwijsconsulenten. Bij een geschil over toelating of "
              "verwijdering of over het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        ("h1", "9 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Van de zware "
              "ondersteuning gaat een deel rechtstreeks via DUO naar de so-scholen (afdracht). Ook de kosten van "
              "sbo-leerlingen boven de twee procent dragen wij af aan de sbo-scholen; de peildatum is 1 februari."),
        ("p", "De verdeling is als volgt geregeld. Na aftrek van de afdrachten, de kosten van Loket en Commissie en de "
              "bureaukosten ontvangt ieder schoolbestuur een schoolbudget van € 187 per leerling, op basis van het "
              "leerlingaantal op 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.500 per school. Het "
              "bestuur stelt de bedragen jaarlijks in juni vast bij de begroting. Besturen zetten het schoolbudget in "
              "voor de Veenhovense Standaard en voor extra ondersteuning op hun scholen en leggen daarover jaarlijks "
              "verantwoording af met een vast format, dat in het jaarverslag wordt samengevat."),
        ("table", ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
         [["Baten ondersteuningsmiddelen", "9.420", "9.330", "9.240", "9.160"],
          ["Afdracht so (DUO)", "3.610", "3.580", "3.560", "3.540"],
          ["Afdracht sbo (groeiregeling)", "420", "400", "380", "360"],
          ["Schoolbudgetten besturen", "2.215", "2.195", "2.170", "2.150"],
          ["Terugplaatsingsbegeleiding", "110", "110", "110", "110"],
          ["Loket en Commissie Toelaatbaarheid", "380", "385", "390", "395"],
          ["Ouder- en Jeugdsteunpunt", "95", "95", "95", "95"],
          ["Bureau en bestuur", "690", "700", "710", "720"],
          ["Resultaat", "-100", "-135", "-175", "-210"]]),
        ("p", "De begroting kent een bewust negatief resultaat: de reserve van het samenwerkingsverband bedroeg eind 2025 "
              "€ 1,9 miljoen en ligt daarmee boven de signaleringswaarde. Met de geplande tekorten bouwen we de reserve "
              "in vier jaar af tot een weerstandsvermogen van ongeveer 8 procent van de baten."),
    ]
    b += filler_governance(ctx) + filler_opr(ctx) + filler_oogo(ctx) + filler_personeel(ctx) + filler_ict(ctx) + filler_planning(ctx)
    b += [
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", ["Begrip", "Betekenis"],
         [["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
          ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende plek is."],
          ["Kwaliteitszorg", "Het systematisch bewaken en verbeteren van de kwaliteit, inclusief het meten van resultaten."],
          ["OJSP", "Ouder- en jeugdsteunpunt."],
          ["Terugplaatsing", "De overstap van een leerling uit sbo of so naar het regulier basisonderwijs."],
          ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
          ["TLV", "Toelaatbaarheidsverklaring."],
          ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."]]),
        ("h1", "Bijlage 2 Protocol terugplaatsing en dekkend netwerk"),
        ("p", "Deze bijlage wordt als afzonderlijk document gepubliceerd op de website van het samenwerkingsverband."),
        ("h1", "Bijlage 3 Instemmingsverklaring OPR"),
        ("p", "Niet opgenomen in deze versie."),
    ]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": [],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 defines the Veenhovense Standaard as minimum for every school and lists nine concrete agreements; borging via kwaliteitskaart visits and verbeterplan.",
        "plaatsing": "H5.2 gives five-step procedure, Loket, Commissie, 6 weeks; H5.3 only says criteria are being 'herijkt' and will be added as addendum later -> criteria not addressed.",
        "terugstroom": "Hidden in H5.5 'Na afloop van de TLV' inside the TLV chapter: policy (thuisnabij, conditions, 20 weeks AB) and procedure (yearly OPP, 1 Feb / 1 Mar, Commissie decides, TLV ends 31 July). Bijlage 2 is absent but not needed.",
        "financien": "Under 'Geld en middelen' (H9): verdeling € 187 per leerling + vaste voet, afdrachten; besteding in meerjarenbegroting table 2026-2029; reserves and verantwoording format.",
        "dekkend-aanbod": "H6 only defers to a Koersdocument Dekkend Netwerk (2027-2028) and refers thuiszitters to a website protocol/absent bijlage 2; summary line 'krijgt nadrukkelijk aandacht' is passing; OOGO chapter is procedural only.",
        "resultaten": "H7 has four beoogde resultaten with streefwaarden in a table; monitoring/reporting explicitly 'ligt nog niet vast' (kwaliteitshandboek later) -> monitoring missing.",
        "ouders": "H8 'Samen met ouders': schoolgids, brochure, website, informatieavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, Geschillencommissie.",
    }
    return ctx, b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 2: VO, .docx — SWV VO Berkelstroom
# ---------------------------------------------------------------------------

def plan_berkelstroom():
    ctx = dict(name="Samenwerkingsverband Voortgezet Onderwijs Berkelstroom", po=False, nbesturen=7, nscholen=14,
               gem="Berkelo, Harderwolde, Ruurveen en Lochemstad", rv="vereniging",
               motto="elke jongere een plek waar hij kan leren, meedoen en groeien",
               toezicht="de algemene ledenvergadering, met een toezichtcommissie", onafh="drie", opr_parents=True, opr_n=10,
               opr_date="10 maart 2026", oogo_date="22 januari 2026", other_swv="PO Berkelland-Oost", oogo_coop=True,
               fte="11,4", sys="de beveiligde omgeving DossierVO", ab_date="31 maart 2026", period="2026-2027 tot en met 2029-2030",
               ch_visie="2", ch_gov="11", ch_opr="12", ch_oogo="13", ch_pers="14", ch_ict="15", ch_plan="16")
    b = []
    b.append(("title", "Ondersteuningsplan Berkelstroom 2026-2030", [
        "Samenwerkingsverband Voortgezet Onderwijs Berkelstroom (VO 26-11)",
        "Versie ter instemming voorgelegd aan de OPR — definitief na instemming op 10 maart 2026",
        "Vastgesteld door de algemene ledenvergadering op 31 maart 2026"]))
    b.append(("toc", [
        "Samenvatting", "1 Inleiding", "2 Visie en missie", "3 Terugblik en context",
        "4 Ondersteuning in drie lagen", "   4.1 Laag 1: basisondersteuning", "   4.2 Laag 2: extra ondersteuning op en tussen scholen",
        "   4.3 Laag 3: voortgezet speciaal onderwijs", "5 Dekkend netwerk en thuiszitters",
        "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "7 Terugplaatsing vanuit het vso", "8 Kwaliteit en resultaten",
        "9 Ouders en leerlingen", "10 Financieel kader", "11 Organisatie en governance",
        "12 Medezeggenschap: de ondersteuningsplanraad", "13 Overleg met gemeenten en met het samenwerkingsverband PO",
        "14 Personeel en professionalisering", "15 Privacy, gegevensbeheer en ICT", "16 Totstandkoming, planning en cyclus",
        "Bijlage 1 Afkortingenlijst", "Bijlage 2 Kadernota Financiën 2026-2030", "Bijlage 6 Protocol terugplaatsing vso-vo"]))
    b += [
        ("h1", "Samenvatting"),
        ("p", "Berkelstroom is het samenwerkingsverband van zeven besturen voor voortgezet onderwijs in de Achterhoekse "
              "Berkelstreek. In dit plan leggen we vast hoe we de komende vier jaar passend onderwijs organiseren. We "
              "houden vast aan ons model in drie lagen, dat in de vorige periode goed werkte: basisondersteuning op "
              "iedere school, extra ondersteuning op en tussen scholen, en het voortgezet speciaal onderwijs. Nieuw zijn "
              "een vaste thuiszitterstafel, een vereenvoudigde toewijzing van lwoo en een scherpere set beoogde "
              "resultaten. De financiële kaders zijn uitgewerkt in een afzonderlijke kadernota. Het plan is geschreven "
              "op hoofdlijnen: de scholen bepalen binnen de gemaakte afspraken zelf hoe zij de ondersteuning organiseren."),
        ("h1", "1 Inleiding"),
        ("p", "Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Berkelstroom voor de "
              "periode 2026-2030. Het plan voldoet aan de eisen van artikel 17a WVO en is besproken met de gemeenten en met "
              "het samenwerkingsverband primair onderwijs in onze regio. Het plan is bedoeld voor iedereen die betrokken is "
              "bij het onderwijs aan jongeren met een ondersteuningsbehoefte: schoolleiders, mentoren, "
              "ondersteuningscoördinatoren, ouders, leerlingen, gemeenten en ketenpartners."),
        ("p", "In de vorige planperiode is veel bereikt, maar de wereld om ons heen verandert snel. Het aantal leerlingen "
              "met complexe vragen neemt toe, het lerarentekort is voelbaar en de verwachtingen van ouders en leerlingen "
              "zijn hoog. Dit plan is onze gezamenlijke reactie op die ontwikkelingen."),
    ]
    b += filler_visie(ctx)
    b += [
        ("h1", "3 Terugblik en context"),
        ("p", "Op 1 oktober 2025 telde Berkelstroom 9.870 leerlingen, verdeeld over veertien scholen en drie "
              "vso-locaties. Het aantal leerlingen daalt de komende jaren met ongeveer 2 procent per jaar. In de vorige "
              "planperiode daalde het aantal thuiszitters van 31 naar 17, steeg het aantal leerlingen in het vso licht van "
              "2,9 naar 3,1 procent en werden 11 leerlingen vanuit het vso teruggeplaatst in het regulier onderwijs."),
        ("h1", "4 Ondersteuning in drie lagen"),
        ("h2", "4.1 Laag 1: basisondersteuning"),
        ("p", "Basisondersteuning is bij ons het gezamenlijk afgesproken niveau van ondersteuning dat alle veertien "
              "scholen, op iedere vestiging, ten minste bieden aan iedere leerling die dat nodig heeft. Dit niveau is "
              "bindend voor alle aangesloten besturen. Wat een leerling binnen de basisondersteuning concreet kan "
              "verwachten, verschilt per school en staat in het schoolondersteuningsprofiel van iedere school, dat op de "
              "website van de school is te vinden. De gezamenlijke lijst met standaarden uit de vorige planperiode wordt "
              "in de loop van 2026 herzien en daarna opnieuw aan de OPR voorgelegd."),
        ("h2", "4.2 Laag 2: extra ondersteuning op en tussen scholen"),
        ("p", "Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Dat gebeurt in "
              "de vorm van arrangementen: een afgesproken pakket ondersteuning voor een leerling of een groep leerlingen, "
              "met een doel, een duur en een evaluatiemoment. We onderscheiden:"),
        ("ul", ["Arrangementen op de eigen school, zoals een ondersteuningsklas, een time-outvoorziening of extra "
                "begeleiding door een gedragsspecialist.",
                "Bovenschoolse arrangementen: het Orthopedagogisch-didactisch centrum (OPDC) De Overstap voor leerlingen "
                "die tijdelijk niet op de eigen school kunnen leren (maximaal één jaar), en de Rebound voor leerlingen "
                "die na een incident tijdelijk uit de klas moeten (maximaal twaalf weken).",
                "Onderwijs-zorgarrangementen, in samenwerking met jeugdhulp (zie hoofdstuk 13).",
                "De Schakelklas voor nieuwkomers, die voorbereidt op instroom in het regulier voortgezet onderwijs."]),
        ("p", "De lagen hangen samen: een leerling stroomt alleen door naar een zwaardere vorm als de lichtere vorm "
              "aantoonbaar onvoldoende is, en keert terug naar een lichtere vorm zodra dat kan. Zo ontstaat een "
              "doorlopend geheel van ondersteuning binnen en tussen de scholen."),
        ("h2", "4.3 Laag 3: voortgezet speciaal onderwijs"),
        ("p", "Voor leerlingen die ook met extra ondersteuning niet op een reguliere school kunnen leren, zijn er drie "
              "vso-locaties in de regio: twee voor cluster 4 en één voor cluster 3. Leerlingen met een auditieve of "
              "visuele beperking (cluster 1 en 2) kunnen gebruikmaken van landelijke instellingen; die vallen buiten de "
              "toewijzing door het samenwerkingsverband."),
        ("h1", "5 Dekkend netwerk en thuiszitters"),
        ("p", "Wij willen dat geen enkele jongere thuis komt te zitten. Iedere school heeft zorgplicht: zij moet een "
              "aangemelde leerling een passende plek bieden, op de eigen school of elders. Toch lukt dat niet altijd. "
              "Daarom hebben we de volgende werkwijze afgesproken om hiaten in het aanbod te vinden en op te lossen:"),
        ("ul", ["Iedere school meldt een leerling die langer dan vier weken niet of grotendeels niet naar school gaat "
                "bij de Thuiszitterstafel.",
                "De Thuiszitterstafel (leerplicht, het samenwerkingsverband, de betrokken school en jeugdhulp) komt elke "
                "zes weken bijeen en maakt per leerling binnen tien werkdagen een plan met een eigenaar.",
                "Lukt het niet om binnen drie maanden een passende plek te vinden, dan gebruikt de directeur van het "
                "samenwerkingsverband zijn doorzettingsmacht: hij kan een school opdragen een leerling tijdelijk op te nemen.",
                "Eens per jaar analyseert het bureau de casussen van de Thuiszitterstafel op patronen. Blijkt dat een "
                "bepaalde groep leerlingen structureel geen plek vindt, dan stelt het bestuur een nieuwe voorziening "
                "voor; in 2025 leidde dat tot de start van een kleinschalige havo-groep voor leerlingen met autisme."]),
        ("h1", "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        ("h2", "6.1 Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij de "
              "Commissie Toewijzing van Berkelstroom. De aanvraag bevat het OPP, een verslag van het "
              "multidisciplinair overleg, de zienswijze van ouders en leerling en een overzicht van de ondersteuning die "
              "al is geboden. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of GZ-psycholoog en, "
              "afhankelijk van de leerling, een jeugdarts, psychiater of maatschappelijk werker. Beide geven een "
              "eigen schriftelijk advies. De commissie besluit binnen zes weken; in spoedgevallen binnen tien werkdagen."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan:"),
        ("table", ["Criterium", "Toelichting"],
         [["1. Ondersteuningsbehoefte overstijgt laag 2", "Het OPP laat zien dat de extra ondersteuning in laag 2 gedurende ten minste een half jaar is ingezet en onvoldoende effect had."],
          ["2. Structurele beperking", "Er is sprake van een gedrags- of psychiatrische problematiek (cluster 4) of een verstandelijke, lichamelijke of langdurige medische beperking (cluster 3), vastgesteld door een deskundige."],
          ["3. Specifieke onderwijsbehoefte", "De leerling heeft structureel een kleine groep, een aangepast programma of specialistische begeleiding nodig die een reguliere school ook met een arrangement niet kan bieden."]]),
        ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, tenzij de deskundigen een langere duur adviseren; bij "
              "leerlingen met een ernstige meervoudige beperking kan de TLV gelden tot het einde van de schoolloopbaan. "
              "De commissie stelt ook de bekostigingscategorie vast (laag, midden of hoog). Tegen het besluit kunnen "
              "ouders binnen zes weken bezwaar maken; Berkelstroom is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Berkelstroom hanteert de landelijke criteria voor lwoo en pro. Voor lwoo gaat het om een IQ tussen 75 en "
              "90 en een leerachterstand van 25 tot 50 procent op ten minste twee van de vier domeinen, of een IQ tussen "
              "91 en 120 met daarnaast sociaal-emotionele problematiek. Voor pro gaat het om een IQ tussen 55 en 80 en "
              "een leerachterstand van ten minste 50 procent op ten minste twee domeinen, waaronder begrijpend lezen of "
              "inzichtelijk rekenen. De vo-school waar de leerling is aangemeld, vraagt vóór 1 maart de aanwijzing lwoo of "
              "de TLV pro aan bij de Commissie Toewijzing, met de testgegevens uit het basisonderwijs; de commissie "
              "beslist binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("h1", "7 Terugplaatsing vanuit het vso"),
        ("p", "Het vso is voor veel leerlingen een goede plek, maar het mag geen eindstation zijn als dat niet nodig is. "
              "Ons uitgangspunt is dat iedere vso-leerling zo regulier en zo dicht bij huis mogelijk onderwijs volgt. "
              "Terugkeer naar een reguliere school is aan de orde als de leerling zich in het vso zo heeft ontwikkeld dat "
              "hij met ondersteuning uit laag 1 of 2 verder kan, en als de ontvangende school kan bieden wat in het OPP "
              "staat. Een leerling die terugkeert, krijgt gedurende het eerste jaar een overstapcoach vanuit het vso, die "
              "wekelijks contact heeft met leerling en mentor."),
        ("p", "De stappen, wie het initiatief neemt en op welke momenten wordt geëvalueerd, zijn vastgelegd in het Protocol "
              "terugplaatsing vso-vo (bijlage 6)."),
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "Wij formuleren voor deze planperiode de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("table", ["Beoogd resultaat", "Nulwaarde 2025", "Streefwaarde 2030"],
         [["Aantal thuiszitters langer dan drie maanden", "17", "minder dan 8"],
          ["Leerlingen in OPDC De Overstap die binnen een jaar terugkeren naar een reguliere klas", "71%", "ten minste 80%"],
          ["Vso-leerlingen die een diploma of certificaat behalen of uitstromen naar werk of dagbesteding volgens OPP", "84%", "ten minste 90%"],
          ["Scholen die voldoen aan de afspraken over basisondersteuning", "12 van 14", "14 van 14"]]),
        ("p", "Wij volgen de voortgang met de Monitor Passend Onderwijs Berkelstroom. Het bureau verzamelt twee keer per "
              "jaar, op 1 oktober en 1 maart, de gegevens over thuiszitters, arrangementen, TLV's en uitstroom. De "
              "uitkomsten worden per school besproken in een verantwoordingsgesprek tussen de directeur van het "
              "samenwerkingsverband en de schoolleiding. Het bestuur bespreekt de monitor in april en oktober; de "
              "bereikte resultaten worden ieder jaar gerapporteerd in het jaarverslag en besproken met de OPR. Halverwege "
              "de planperiode laten we een externe tussenevaluatie uitvoeren."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Wij informeren hen op de volgende manieren over de "
              "ondersteuning die scholen en samenwerkingsverband bieden:"),
        ("ul", ["Iedere school beschrijft in de schoolgids haar basisondersteuning en extra ondersteuning.",
                "Bij de aanmelding in groep 8 ontvangen ouders de folder 'Naar het vo met een steuntje in de rug', die "
                "uitlegt welke arrangementen en voorzieningen er in de regio zijn.",
                "De website van Berkelstroom heeft een ouderpagina met uitleg over lwoo, pro, vso en de OPDC.",
                "In januari organiseren we samen met het samenwerkingsverband PO een informatieavond over de overstap."]),
        ("p", "Leerlingen hebben het recht om gehoord te worden over hun OPP. Scholen leggen hun mening vast in het OPP. "
              "In de OPR zijn ouders en leerlingen vertegenwoordigd."),
        ("p", "Een onafhankelijk ouder- en jeugdsteunpunt wordt in de loop van het schooljaar 2026-2027 ingericht. Tot die "
              "tijd zijn vragen van ouders welkom bij het bureau van het samenwerkingsverband."),
        ("h1", "10 Financieel kader"),
        ("p", "Het financieel kader van het samenwerkingsverband, met daarin de verdeling van de middelen over de besturen "
              "en de meerjarenbegroting, is beschreven in de Kadernota Financiën 2026-2030 (bijlage 2). De kadernota is "
              "als afzonderlijk document ter instemming aan de OPR voorgelegd en maakt geen deel uit van deze tekst."),
    ]
    b += filler_governance(ctx) + filler_opr(ctx) + filler_oogo(ctx) + filler_personeel(ctx) + filler_ict(ctx) + filler_planning(ctx)
    b += [
        ("h1", "Bijlage 1 Afkortingenlijst"),
        ("table", ["Afkorting", "Betekenis"],
         [["ALV", "Algemene ledenvergadering"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
          ["lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen"],
          ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectiefplan"],
          ["OPR", "Ondersteuningsplanraad"], ["pro", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
          ["TLV", "Toelaatbaarheidsverklaring"], ["vso", "Voortgezet speciaal onderwijs"]]),
        ("h1", "Bijlage 2 Kadernota Financiën 2026-2030"),
        ("p", "Afzonderlijk document."),
        ("h1", "Bijlage 6 Protocol terugplaatsing vso-vo"),
        ("p", "Afzonderlijk document; op te vragen bij het bureau."),
    ]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4.1 states the binding minimum level for all vestigingen, but the content is left to each school's SOP on its website and the joint list 'wordt in 2026 herzien' -> inhoud missing.",
        "plaatsing": "H6: vso procedure (Commissie Toewijzing, dossier, two deskundigen, 6 weeks), criteria table, duration/category, LBT bezwaar; lwoo/pro criteria and procedure in 6.2.",
        "terugstroom": "H7 gives policy (zo regulier mogelijk, conditions, overstapcoach) but steps/initiative/evaluation moments are only in absent Bijlage 6 -> procedure missing. H3 reports 11 terugplaatsingen (monitoring).",
        "financien": "H10 'Financieel kader' only refers to the separate Kadernota Financiën (bijlage 2, not included); no verdeling or begroting in the text.",
        "dekkend-aanbod": "H4.2-4.3 describe the three-layer continuum (arrangementen, OPDC, Rebound, vso); H5 Thuiszitterstafel, doorzettingsmacht, yearly gap analysis; jeugdhulp cooperation in H13.",
        "resultaten": "H8: table with nulwaarde and streefwaarden; Monitor twice a year, verantwoordingsgesprekken, jaarverslag.",
        "ouders": "H9 informs via schoolgids, folder, website, informatieavond; independent steunpunt only 'wordt in de loop van 2026-2027 ingericht', bureau of the SWV is not independent; the TLV bezwaar route in H6 is counted under plaatsing.bezwaar -> steunpunt missing.",
    }
    return ctx, b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 3: PO, .pdf (from .docx) — Stichting Passend Primair Onderwijs Duin en Polder
# ---------------------------------------------------------------------------

def plan_duinenpolder():
    ctx = dict(name="Samenwerkingsverband Duin en Polder", po=True, nbesturen=12, nscholen=58,
               gem="Zandwijk, Polderveen, Noordermeer en Strandhoven", rv="stichting",
               motto="ieder kind telt mee, in de eigen wijk waar het kan",
               toezicht="een raad van toezicht", onafh="drie", opr_parents=True, opr_n=16, opr_date="3 maart 2026",
               oogo_date="29 januari 2026", other_swv="VO Kust en Polder", oogo_coop=True, fte="13,2",
               sys="Kindkompas", ab_date="19 maart 2026", period="2026-2027 tot en met 2029-2030",
               ch_visie="2", ch_gov="12", ch_opr="13", ch_oogo="14", ch_pers="15", ch_ict="16", ch_plan="17",
               slot="Het volgende ondersteuningsplan bereiden we voor in het laatste jaar van deze periode, opnieuw samen "
                    "met scholen, besturen, de OPR en de gemeenten.")
    b = []
    b.append(("title", "Ondersteuningsplan Duin en Polder 2026-2030", [
        "Stichting Passend Primair Onderwijs Duin en Polder (PO 27-08)",
        "'Ieder kind telt mee'",
        "Vastgesteld door de directeur-bestuurder op 19 maart 2026, na goedkeuring door de raad van toezicht"]))
    b.append(("toc", [
        "Samenvatting", "1 Voorwoord", "2 Visie en missie", "3 Ons werkgebied",
        "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Witte vlekken en thuiszitters",
        "7 De route naar sbo en so", "8 Terug naar de basisschool", "9 Kwaliteit, ambities en resultaten",
        "10 Ouders", "11 Financiën en verdeelmodel", "12 Organisatie en governance",
        "13 Medezeggenschap: de ondersteuningsplanraad", "14 Overleg met gemeenten en met het samenwerkingsverband VO",
        "15 Personeel en professionalisering", "16 Privacy, gegevensbeheer en ICT", "17 Totstandkoming, planning en cyclus",
        "Bijlage A Begrippenlijst", "Bijlage B Meerjarenbegroting 2026-2030"]))
    b += [
        ("h1", "Samenvatting"),
        ("p", "Duin en Polder is het samenwerkingsverband voor primair onderwijs in vier kustgemeenten. Twaalf "
              "schoolbesturen werken samen om voor ieder kind een passende plek te vinden, zo dicht mogelijk bij huis. "
              "Dit plan beschrijft het ondersteuningscontinuüm van de scholen, de route naar het speciaal "
              "(basis)onderwijs en terug, de manier waarop we witte vlekken in het aanbod opsporen, de steun die ouders "
              "kunnen krijgen en de manier waarop we de middelen verdelen."),
        ("p", "Voor een aantal onderwerpen kiezen we bewust voor een latere uitwerking. Dat geldt voor de afspraken over "
              "basisondersteuning, waarvoor we de landelijke norm afwachten, en voor de ambities voor de planperiode, die "
              "we formuleren na de evaluatie van het vorige plan. Ook de meerjarenbegroting wordt later toegevoegd. "
              "Resultaten en kwaliteit blijven daarbij onverminderd belangrijk."),
        ("h1", "1 Voorwoord"),
        ("p", "Het schrijven van een ondersteuningsplan is elke vier jaar een moment om stil te staan. Wat hebben we "
              "bereikt? Wat willen we anders? De afgelopen jaren waren voor ons samenwerkingsverband bewogen. Na de fusie "
              "van twee samenwerkingsverbanden in 2023 moesten werkwijzen op elkaar worden afgestemd, kregen we te maken "
              "met een nieuwe directeur-bestuurder en verhuisde het bureau naar Polderveen. Dat alles vroeg veel energie."),
        ("p", "In dit plan kiezen we voor rust en duidelijkheid. We bouwen voort op wat goed gaat en zijn eerlijk over "
              "wat nog niet af is. Ik dank de scholen, de besturen, de OPR en de gemeenten voor hun bijdragen en hun "
              "geduld. — M. de Ruijter, directeur-bestuurder"),
    ]
    b += filler_visie(ctx)
    b += [
        ("h1", "3 Ons werkgebied"),
        ("p", "Het werkgebied strekt zich uit van de duinen tot de droogmakerijen in het oosten. Er zijn twee "
              "middelgrote kernen en een groot aantal dorpen. In de zomermaanden trekt de kust veel toeristen; een deel "
              "van de ouders werkt seizoensgebonden. Het aantal nieuwkomers is de afgelopen jaren gestegen, vooral in "
              "Strandhoven en Noordermeer."),
        ("table", ["Organisatie", "Aantal"],
         [["Schoolbesturen", "12"], ["Basisscholen", "53"], ["Scholen voor sbo", "3"], ["So-scholen (cluster 3 en 4)", "2"],
          ["Gemeenten", "4"]]),
        ("h1", "4 Basisondersteuning"),
        ("p", "Over de vraag wat iedere school in ons verband ten minste moet bieden, zijn de besturen na de fusie nog "
              "niet tot één lijn gekomen. De twee voormalige samenwerkingsverbanden hanteerden elk hun eigen afspraken. "
              "Omdat er landelijk wordt gewerkt aan een norm voor basisondersteuning, hebben de besturen besloten geen "
              "nieuwe regionale afspraken vast te leggen voordat die norm bekend is. Zodra de landelijke norm is "
              "vastgesteld, werken we die voor Duin en Polder uit en leggen we de uitwerking ter instemming voor aan de OPR."),
        ("h1", "5 Het ondersteuningscontinuüm"),
        ("p", "Ondersteuning is bij ons geen kwestie van hokjes maar van een glijdende schaal. We onderscheiden vier "
              "niveaus, die op elkaar aansluiten:"),
        ("table", ["Niveau", "Wat", "Waar"],
         [["1", "Ondersteuning door de leerkracht en de intern begeleider", "de eigen school"],
          ["2", "Extra ondersteuning met een schoolarrangement: inzet van een specialist, kleine groep, aangepast programma", "de eigen school, betaald uit het schoolbudget"],
          ["3", "Bovenschools arrangement: Observatiegroep De Kim (maximaal 16 weken), de Taalklas voor nieuwkomers, de voltijd plusklas Vonk voor hoogbegaafde kinderen", "een bovenschoolse voorziening, kind blijft ingeschreven op de eigen school"],
          ["4", "Speciaal basisonderwijs of speciaal onderwijs", "sbo-school of so-school, met een verklaring van toegang"]]),
        ("p", "Een kind gaat pas naar een volgend niveau als het vorige aantoonbaar onvoldoende biedt, en gaat terug naar "
              "een lichter niveau zodra dat kan. Scholen binnen één bestuur of één wijk werken samen in clusters, zodat "
              "expertise van de ene school beschikbaar is voor de andere. De sbo-scholen bieden consultatie en ambulante "
              "begeleiding aan de basisscholen in hun cluster."),
        ("h1", "6 Witte vlekken en thuiszitters"),
        ("p", "Niet voor ieder kind is er meteen een passende plek. We noemen zulke hiaten witte vlekken. Om ze tijdig te "
              "zien, organiseren we elk jaar in maart een witte-vlekkensessie met alle besturen, de sbo- en so-scholen en "
              "de leerplichtambtenaren. Daarin bespreken we welke kinderen geen passende plek vonden of te lang moesten "
              "wachten en waarom. Wat de sessie oplevert, vertaalt het bestuur vóór de zomer in een besluit: een nieuw "
              "bovenschools arrangement, een afspraak tussen besturen of een vraag aan de gemeente."),
        ("p", "Kinderen die thuiszitten of dreigen thuis te komen zitten, worden door de school binnen twee weken gemeld bij "
              "het Loket. Een consulent van het samenwerkingsverband roept binnen vijf werkdagen een overleg bijeen met "
              "school, ouders, leerplicht en, waar nodig, jeugdhulp. De school waar het kind is ingeschreven of aangemeld "
              "houdt zorgplicht tot er een passende plek is. Lukt het niet om binnen zes weken een oplossing te vinden, "
              "dan neemt de directeur-bestuurder de regie en kan hij besturen vragen een kind tijdelijk op te nemen."),
        ("h1", "7 De route naar sbo en so"),
        ("p", "Voor plaatsing op een sbo-school of een so-school (cluster 3 of 4) is een verklaring van het "
              "samenwerkingsverband nodig. In Duin en Polder noemen we die verklaring de 'verklaring van toegang'; "
              "juridisch is het de toelaatbaarheidsverklaring uit de wet."),
        ("p", "Het schoolbestuur van de school waar het kind staat ingeschreven of is aangemeld, vraagt de verklaring aan "
              "bij het Loket van Duin en Polder, met het groeidocument, het OPP, de handelingsplannen van het afgelopen "
              "half jaar en het standpunt van de ouders. Het Loket beoordeelt de volledigheid binnen een week en legt het "
              "dossier voor aan twee deskundigen: een orthopedagoog of psycholoog, en een tweede deskundige die past bij "
              "de vraag van het kind, zoals een jeugdarts of een maatschappelijk werker. Zij adviseren ieder afzonderlijk "
              "en schriftelijk. Op basis van beide adviezen beslist de directeur-bestuurder namens het bestuur binnen zes "
              "weken na de volledige aanvraag."),
        ("p", "Toegang tot het sbo wordt verleend als (a) de school aantoonbaar de ondersteuning op niveau 1 tot en met 3 "
              "heeft ingezet gedurende ten minste twintig weken, (b) het kind een achterstand heeft van ten minste "
              "anderhalf jaar op twee of meer hoofdvakken of een gedragsvraag die de mogelijkheden van de groep "
              "overstijgt, en (c) de deskundigen verwachten dat het kind in een kleine groep met een aangepast "
              "programma tot ontwikkeling komt. Toegang tot het so wordt verleend als daarnaast sprake is van een "
              "vastgestelde verstandelijke, lichamelijke of langdurig medische beperking (cluster 3) of van ernstige "
              "gedrags- of psychiatrische problematiek (cluster 4), en de ondersteuningsbehoefte ook in het sbo niet "
              "kan worden beantwoord."),
        ("p", "Een verklaring voor het sbo geldt tot de leerling de basisschoolleeftijd verlaat; een verklaring voor het "
              "so geldt voor twee schooljaren en eindigt op 31 juli. Voor het so wordt de categorie laag, midden of hoog "
              "vastgesteld. Ouders en school kunnen binnen zes weken bezwaar maken; het samenwerkingsverband legt het "
              "bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "8 Terug naar de basisschool"),
        ("p", "Voor leerlingen in sbo en so kent Duin en Polder een vaste werkwijze rond het einde van de verklaring van "
              "toegang:"),
        ("ul", ["Elk jaar in het voorjaar beoordeelt de commissie van begeleiding van de sbo- of so-school, aan de hand van "
                "het OPP, of een overstap naar een reguliere basisschool aan de orde is.",
                "In het laatste jaar van de verklaring meldt de sbo- of so-school vóór 1 maart aan het Loket of de leerling "
                "kan terugkeren of dat een nieuwe verklaring wordt aangevraagd.",
                "Bij terugkeer zoekt de sbo- of so-school samen met de ouders een basisschool; het Loket bemiddelt als dat "
                "binnen vier weken niet lukt.",
                "Het besluit over een nieuwe verklaring neemt de directeur-bestuurder volgens de procedure van hoofdstuk 7. "
                "Zonder nieuwe verklaring eindigt de verklaring op 31 juli en start de leerling op 1 augustus op de basisschool."]),
        ("p", "Welke uitgangspunten en voorwaarden het samenwerkingsverband voor terugplaatsing hanteert en welke "
              "begeleiding een kind na de overstap krijgt, bepalen we in het schooljaar 2026-2027 samen met de sbo- en "
              "so-scholen."),
        ("h1", "9 Kwaliteit, ambities en resultaten"),
        ("p", "De evaluatie van het vorige ondersteuningsplan is door de fusie en de bestuurswisseling vertraagd. We vinden "
              "het niet verstandig om ambities te formuleren voordat die evaluatie is afgerond. De directeur-bestuurder "
              "legt de ambities voor deze planperiode, en de manier waarop we volgen of die worden waargemaakt, in het "
              "najaar van 2026 voor aan de raad van toezicht en de OPR."),
        ("h1", "10 Ouders"),
        ("p", "Ouders zijn onmisbaar als partner van de school. Zij kennen hun kind als geen ander. In de OPR praten ouders "
              "mee over het beleid van het samenwerkingsverband. Hoe wij ouders informeren over de "
              "ondersteuningsmogelijkheden in de regio, werken we uit in een communicatieplan dat nog in voorbereiding is."),
        ("p", "Soms lopen gesprekken tussen ouders en school vast, of weten ouders niet goed waar zij aan toe zijn. Ouders "
              "kunnen dan terecht bij het Steunpunt Ouders Duin en Polder: een onafhankelijk ouder- en jeugdsteunpunt dat "
              "ondergebracht is bij de regionale welzijnsorganisatie en geen verantwoording aflegt aan de besturen. Het "
              "steunpunt is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in Polderveen. Ook kunnen "
              "ouders kosteloos een onderwijsconsulent inschakelen. Voor klachten over de uitvoering van taken door het "
              "samenwerkingsverband zelf is er een klachtenregeling met een onafhankelijke klachtencommissie; geschillen "
              "over het OPP of over toelating en verwijdering kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs."),
        ("h1", "11 Financiën en verdeelmodel"),
        ("p", "Duin en Polder werkt met een schoolmodel: het grootste deel van de middelen gaat naar de besturen, die "
              "zelf bepalen hoe zij de extra ondersteuning op hun scholen organiseren. Na aftrek van de verplichte "
              "afdrachten aan sbo en so verdelen we de beschikbare ondersteuningsmiddelen volgens een vaste sleutel:"),
        ("ul", ["78 procent gaat naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het "
                "voorgaande jaar; in 2026 komt dat neer op € 162 per leerling.",
                "14 procent is bestemd voor bovenschoolse arrangementen (niveau 3). Het Loket kent die toe op aanvraag "
                "van een school, als de school kan aantonen dat niveau 1 en 2 zijn ingezet en het arrangement een "
                "doel en een einddatum heeft.",
                "8 procent is bestemd voor het Loket, de deskundigen en het bureau."]),
        ("p", "De sleutel wordt eens per twee jaar door het bestuur herzien op voorstel van het directeurenoverleg. De "
              "meerjarenbegroting 2026-2030 wordt opgesteld na vaststelling van de jaarrekening 2025 en volgt als "
              "bijlage B bij dit plan."),
    ]
    b += filler_governance(ctx) + filler_opr(ctx) + filler_oogo(ctx) + filler_personeel(ctx) + filler_ict(ctx) + filler_planning(ctx)
    b += [
        ("h1", "Bijlage A Begrippenlijst"),
        ("table", ["Begrip", "Omschrijving"],
         [["Basisondersteuning", "De ondersteuning die alle scholen bieden, met vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de ondersteuningsstructuur en planmatig werken."],
          ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken voor leerlingen met extra ondersteuning."],
          ["Meerjarenbegroting", "Begroting voor ten minste vier jaar, met daarin de besteding van de middelen."],
          ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
          ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het regulier basisonderwijs, met begeleiding."],
          ["Verklaring van toegang", "Het Duin-en-Poldermodel voor de toelaatbaarheidsverklaring (TLV)."]]),
        ("h1", "Bijlage B Meerjarenbegroting 2026-2030"),
        ("p", "Volgt."),
    ]
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": [], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 only says no regional level is fixed until the landelijke norm exists; the 4-aspect definition appears only in Bijlage A Begrippenlijst; 'niveau 1' in the continuum table is a label, not a level.",
        "plaatsing": "H7 'De route naar sbo en so' calls the TLV 'verklaring van toegang': Loket, dossier, two deskundigen, directeur-bestuurder decides within 6 weeks; sbo and so criteria (a)-(c); duration, categorie, bezwaar.",
        "terugstroom": "H8 has a procedure (yearly OPP check, melding vóór 1 maart, Loket, decision, end 31 July) but policy/conditions/support after return are deferred to 2026-2027 -> beleid missing.",
        "financien": "H11 verdeelsleutel 78/14/8 with € 162 per leerling and allocation criteria for arrangements; meerjarenbegroting 'volgt' (Bijlage B says 'Volgt.') -> besteding missing.",
        "dekkend-aanbod": "H5 four-level continuum table with bovenschoolse voorzieningen; H6 witte-vlekkensessie, thuiszitters melding, zorgplicht, regie; OOGO chapter covers jeugdhulp/OZA.",
        "resultaten": "H9 defers ambitions and how they are followed to autumn 2026; summary sentence 'Resultaten en kwaliteit blijven belangrijk' and glossary entry are not substance.",
        "ouders": "H10 has independent Steunpunt Ouders, onderwijsconsulenten, klachtencommissie and Geschillencommissie; how parents are informed is deferred to a communicatieplan 'in voorbereiding' -> informatie missing.",
    }
    return ctx, b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 4: VO, .pdf (from .docx) — SWV VO Lindeveld
# ---------------------------------------------------------------------------

def plan_lindeveld():
    ctx = dict(name="Samenwerkingsverband VO Lindeveld", po=False, nbesturen=6, nscholen=11,
               gem="Lindeveld, Oosterkamp en Weerdinge-West", rv="stichting",
               motto="iedere jongere op de goede plek, op tijd en met perspectief",
               toezicht="een raad van toezicht", onafh="twee", opr_parents=True, opr_n=8, opr_date="24 februari 2026",
               oogo_date="12 februari 2026", other_swv="PO Lindeveld e.o.", oogo_coop=True, fte="7,8",
               sys="het regionale leerlingdossier RDL", ab_date="17 maart 2026", period="2026-2027 tot en met 2029-2030",
               ch_visie="2", ch_gov="12", ch_opr="13", ch_oogo="14", ch_pers="15", ch_ict="16", ch_plan="17")
    b = []
    b.append(("title", "Ondersteuningsplan 2026-2030", [
        "Samenwerkingsverband VO Lindeveld (VO 31-02)",
        "Definitieve versie — vastgesteld 17 maart 2026",
        "Met instemming van de ondersteuningsplanraad (24 februari 2026)"]))
    b.append(("toc", [
        "Samenvatting ..................................................... 2",
        "1 Inleiding ....................................................... 4",
        "2 Visie en missie ................................................. 5",
        "3 Terugblik: wat hebben we bereikt? ............................... 7",
        "4 Basisondersteuning .............................................. 8",
        "5 Een passende plek voor iedere jongere ........................... 10",
        "6 Toelaatbaarheid vso, lwoo en pro ................................ 12",
        "7 Doorstroom, terugplaatsing en uitstroom ......................... 14",
        "8 Kwaliteitszorg en resultaten .................................... 15",
        "9 Ouders en leerlingen ............................................ 17",
        "10 Communicatie ................................................... 18",
        "11 Bedrijfsvoering ................................................ 19",
        "12 Organisatie en governance ...................................... 22",
        "13 Medezeggenschap: de ondersteuningsplanraad ..................... 24",
        "14 Overleg met gemeenten en met het samenwerkingsverband PO ........ 25",
        "15 Personeel en professionalisering ............................... 26",
        "16 Privacy, gegevensbeheer en ICT ................................. 27",
        "17 Totstandkoming, planning en cyclus ............................. 28",
        "Bijlage 1 Begrippenlijst .......................................... 30",
        "Bijlage 5 Handboek Toewijzing Lindeveld ........................... 32"]))
    b += [
        ("h1", "Samenvatting"),
        ("p", "Samenwerkingsverband VO Lindeveld verbindt zes besturen met elf scholen voor voortgezet onderwijs, "
              "waaronder één school voor praktijkonderwijs en één school voor vso. Dit ondersteuningsplan beschrijft "
              "de afspraken voor de periode 2026-2030. We zetten in op een stevige basisondersteuning op iedere "
              "vestiging, op een snelle aanpak van thuiszitten en op heldere criteria voor vso, lwoo en pro. Ook de "
              "terugkeer van leerlingen uit het vso krijgt in deze planperiode aandacht. In hoofdstuk 11 staat hoe we "
              "de middelen verdelen en besteden."),
        ("p", "Dit plan is bewust compact gehouden. Procedures die regelmatig wijzigen, zoals de aanvraagprocedure voor "
              "een TLV, staan in het Handboek Toewijzing en op onze website."),
        ("h1", "1 Inleiding"),
        ("p", "Voor u ligt het vierde ondersteuningsplan van Samenwerkingsverband VO Lindeveld. Het plan is het resultaat "
              "van een jaar praten, schrijven en schrappen. In de regio is de afgelopen jaren veel veranderd: het "
              "leerlingenaantal krimpt, twee scholen zijn gefuseerd en de vraag naar ondersteuning is complexer "
              "geworden. Tegelijk zien we veel goede voorbeelden van scholen die met creativiteit en inzet jongeren "
              "een plek bieden."),
        ("p", "Het plan volgt de wettelijke opdracht uit de Wet op het voortgezet onderwijs en is afgestemd met de "
              "gemeenten in ons werkgebied. Het is geschreven voor schoolleiders en ondersteuningscoördinatoren, maar ook "
              "voor ouders, leerlingen en partners die willen weten hoe passend onderwijs in Lindeveld werkt."),
    ]
    b += filler_visie(ctx)
    b += [
        ("h1", "3 Terugblik: wat hebben we bereikt?"),
        ("p", "De vorige planperiode stond in het teken van de opbouw van een gezamenlijke aanpak van verzuim en "
              "thuiszitten. De cijfers laten zien dat die aanpak effect heeft gehad:"),
        ("table", ["Indicator", "2021-2022", "2024-2025"],
         [["Thuiszitters (langer dan 4 weken, peildatum 1 juni)", "24", "11"],
          ["Leerlingen met een TLV vso", "298", "305"],
          ["Aanwijzingen lwoo", "612", "574"],
          ["Leerlingen in het praktijkonderwijs", "241", "236"],
          ["Vso-leerlingen met uitstroom naar werk, mbo of dagbesteding volgens OPP", "78%", "86%"]]),
        ("h1", "4 Basisondersteuning"),
        ("p", "In Lindeveld is basisondersteuning het met alle besturen afgesproken minimum aan ondersteuning dat iedere "
              "vestiging biedt aan iedere leerling, zonder aanvraag bij het samenwerkingsverband. Een school mag meer "
              "bieden, maar nooit minder. De afspraken per domein staan in tabel 2."),
        ("table", ["Tabel 2 — Domein", "Wat elke vestiging minimaal biedt"],
         [["Begeleiding", "Iedere leerling heeft een mentor met ten minste één individueel gesprek per periode; iedere vestiging heeft een ondersteuningscoördinator."],
          ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, auditieve ondersteuning, rekenkaart); huiswerkbegeleiding twee middagen per week."],
          ["Gedrag en welbevinden", "Een training sociale vaardigheden, een faalangstreductietraining en een vaste time-outplek met begeleiding."],
          ["Executieve functies", "Coaching op plannen en organiseren voor leerlingen die daar moeite mee hebben, ten minste zes weken."],
          ["Deskundigheid", "Een orthopedagoog of psycholoog is ten minste één dagdeel per week beschikbaar voor consultatie."],
          ["Samenwerking", "Een zorg- en adviesteam (ZAT) met jeugdarts, leerplicht en schoolmaatschappelijk werk, vijf keer per jaar."],
          ["Medisch", "Een protocol medicijnverstrekking en medisch handelen."]]),
        ("p", "Iedere vestiging vult jaarlijks een kwaliteitskaart in over tabel 2. Het bureau bespreekt die kaart met de "
              "schoolleiding; als een vestiging op een domein achterblijft, legt het bestuur binnen een half jaar vast "
              "hoe het achterstand wegwerkt."),
        ("h1", "5 Een passende plek voor iedere jongere"),
        ("p", "Het samenwerkingsverband is verantwoordelijk voor een dekkend aanbod. Een volledig overzicht van de "
              "voorzieningen binnen en tussen de scholen en van de manier waarop die op elkaar aansluiten, is in "
              "ontwikkeling onder de werktitel Aanbodkaart Lindeveld en komt in 2027 beschikbaar."),
        ("p", "Al wel vastgelegd is hoe we omgaan met jongeren voor wie op dit moment geen passende plek is. Iedere "
              "school heeft zorgplicht. Een jongere die niet naar school gaat of voor wie de school geen passend aanbod "
              "heeft, wordt binnen tien schooldagen aangemeld bij de Regiotafel. Aan die tafel zitten de leerplichtambtenaar, "
              "een consulent van het samenwerkingsverband, de school en het jeugdteam. Binnen tien werkdagen na "
              "aanmelding ligt er een maatwerkplan met een eigenaar en een datum voor terugkeer naar onderwijs. "
              "Stagneert het plan langer dan zes weken, dan beslist de directeur-bestuurder welke school de jongere "
              "opvangt. Ieder halfjaar brengt het bureau in kaart welke vragen niet beantwoord konden worden; die "
              "analyse gaat naar het bestuur en naar de gemeenten."),
        ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het voortgezet speciaal onderwijs, over de "
              "aanwijzing voor leerwegondersteunend onderwijs en over toelaatbaarheid tot het praktijkonderwijs. De "
              "aanvraagprocedure — wie aanvraagt, welke stukken nodig zijn, wie adviseert en wie beslist, en binnen "
              "welke termijn — is beschreven in het Handboek Toewijzing Lindeveld (bijlage 5) en op onze website. "
              "In dit plan leggen we de criteria vast."),
        ("p", "Vso. Een jongere is toelaatbaar tot het vso als (1) de school de basisondersteuning en aanvullende "
              "ondersteuning aantoonbaar en planmatig heeft ingezet gedurende ten minste zes maanden, (2) sprake is van "
              "een blijvende beperking of stoornis die door een deskundige is vastgesteld, en (3) de jongere voor het "
              "leren structureel is aangewezen op een kleine groep en een specialistische pedagogische aanpak die in het "
              "regulier onderwijs niet haalbaar is."),
        ("p", "Lwoo. Lindeveld heeft niet gekozen voor eigen criteria en volgt de landelijke criteria: een IQ tussen 75 "
              "en 90 met een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of een IQ tussen 91 en "
              "120 met daarnaast prestatiemotivatie-, faalangst- of emotionele problematiek."),
        ("p", "Pro. Ook voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste 50 procent op twee of meer domeinen, waarvan ten minste één begrijpend "
              "lezen of inzichtelijk rekenen is."),
        ("p", "Wie het niet eens is met een besluit over toelaatbaarheid, kan daartegen bezwaar maken. Het "
              "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "7 Doorstroom, terugplaatsing en uitstroom"),
        ("p", "De overstap van het primair naar het voortgezet onderwijs is een kwetsbaar moment. Samen met het "
              "samenwerkingsverband PO organiseren we een warme overdracht voor alle leerlingen met een "
              "ondersteuningsbehoefte. In april vinden overdrachtsgesprekken plaats tussen de intern begeleiders van de "
              "basisscholen en de ondersteuningscoördinatoren van de vo-scholen."),
        ("p", "Aan het eind van het voortgezet onderwijs volgt de overstap naar mbo, werk of dagbesteding. Voor "
              "vso-leerlingen en leerlingen uit het praktijkonderwijs is een uitstroomprofiel vastgelegd in het OPP. "
              "De scholen werken samen met het UWV, de gemeenten en werkgevers in de regio aan stageplaatsen en "
              "baanafspraken. Voor jongeren in een kwetsbare positie is er een nazorgperiode van een jaar."),
        ("h1", "8 Kwaliteitszorg en resultaten"),
        ("p", "Het samenwerkingsverband volgt systematisch hoe het gaat met jongeren die ondersteuning nodig hebben. "
              "Het bureau houdt een dashboard bij met onder meer het aantal thuiszitters, het verzuim, het aantal TLV's "
              "vso, de aanwijzingen lwoo en pro, de uitstroom van vso-leerlingen en de doorlooptijd van aanvragen. Het "
              "dashboard wordt ieder kwartaal bijgewerkt en twee keer per jaar besproken met de schoolleiders en het "
              "bestuur. Jaarlijks rapporteren we de bereikte resultaten in het jaarverslag, dat ook met de OPR en de "
              "gemeenten wordt besproken. Eens in de twee jaar houden we een tevredenheidsonderzoek onder scholen, "
              "ouders en leerlingen."),
        ("p", "Concrete beoogde resultaten voor deze planperiode stellen we vast na een nulmeting in het schooljaar "
              "2026-2027. Tot dat moment is het dashboard vooral bedoeld om ontwikkelingen te signaleren."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn gelijkwaardige gesprekspartners. Bij het opstellen en evalueren van het OPP "
              "zijn ouders en leerling altijd aanwezig; de school legt hun mening vast. Leerlingen hebben hoorrecht "
              "over hun OPP. In de ondersteuningsplanraad hebben ouders en leerlingen samen de helft van de zetels."),
        ("h1", "10 Communicatie"),
        ("p", "Goede communicatie is de basis van vertrouwen. Het samenwerkingsverband communiceert met scholen via een "
              "maandelijkse nieuwsbrief en met gemeenten via het bestuurlijk overleg."),
        ("p", "Ouders informeren we over de ondersteuningsmogelijkheden via de website, waarop per school de "
              "basisondersteuning en extra ondersteuning staan beschreven, via de folder 'Ouderwijzer' die alle ouders "
              "bij de aanmelding in het vo ontvangen, en via twee informatieavonden per jaar. Iedere school neemt een "
              "beschrijving van haar ondersteuning op in de schoolgids."),
        ("p", "Ouders en jongeren die een onafhankelijk advies zoeken of het niet eens zijn met de school, kunnen terecht "
              "bij het Ouder- en Jeugdsteunpunt Lindeveld. Het steunpunt werkt onafhankelijk van scholen en "
              "samenwerkingsverband en wordt uitgevoerd door een landelijke oudervereniging. Daarnaast kunnen ouders "
              "gebruikmaken van de onderwijsconsulenten en van de Geschillencommissie passend onderwijs. Voor klachten over "
              "het samenwerkingsverband is er een klachtenregeling; het samenwerkingsverband is aangesloten bij de "
              "Landelijke Klachtencommissie Onderwijs."),
        ("h1", "11 Bedrijfsvoering"),
        ("h2", "11.1 Verdeling van de middelen"),
        ("p", "Na aftrek van de afdrachten aan het vso (via DUO) en de kosten van het bureau verdeelt Lindeveld de "
              "ondersteuningsmiddelen als volgt. Ieder bestuur ontvangt voor lichte ondersteuning € 145 per leerling op "
              "basis van de teldatum 1 oktober van het voorgaande jaar, met een vaste voet van € 15.000 per vestiging. De "
              "middelen voor lwoo en pro worden doorbetaald aan de scholen naar rato van het aantal aanwijzingen lwoo en "
              "leerlingen pro op 1 oktober. Het bestuur stelt de bedragen ieder jaar in juni vast. Besturen leggen "
              "jaarlijks vóór 1 mei verantwoording af over de inzet van de middelen met een vast format."),
        ("h2", "11.2 Meerjarenbegroting"),
        ("table", ["Bedragen x € 1.000", "2026", "2027", "2028", "2029", "2030"],
         [["Rijksbijdrage lichte ondersteuning", "2.310", "2.270", "2.230", "2.190", "2.160"],
          ["Rijksbijdrage zware ondersteuning", "5.940", "5.870", "5.800", "5.740", "5.680"],
          ["Lwoo en pro", "4.120", "4.060", "4.000", "3.950", "3.900"],
          ["Afdracht vso (DUO)", "-4.480", "-4.450", "-4.420", "-4.390", "-4.360"],
          ["Middelen lichte ondersteuning besturen", "-1.690", "-1.660", "-1.630", "-1.600", "-1.580"],
          ["Doorbetaling lwoo en pro", "-4.120", "-4.060", "-4.000", "-3.950", "-3.900"],
          ["Regiotafel en maatwerkplannen", "-640", "-640", "-640", "-640", "-640"],
          ["Ouder- en Jeugdsteunpunt", "-80", "-80", "-80", "-80", "-80"],
          ["Bureau en bestuur", "-1.460", "-1.470", "-1.480", "-1.490", "-1.500"],
          ["Saldo", "-100", "-160", "-220", "-260", "-320"]]),
        ("h2", "11.3 Reserves"),
        ("p", "De algemene reserve bedroeg op 31 december 2025 € 2,4 miljoen. De bovenmatige reserve wordt in de "
              "planperiode afgebouwd via de negatieve saldi in de meerjarenbegroting. Het risicoprofiel rechtvaardigt een "
              "weerstandsvermogen van circa 10 procent van de baten."),
    ]
    b += filler_governance(ctx) + filler_opr(ctx) + filler_oogo(ctx) + filler_personeel(ctx) + filler_ict(ctx) + filler_planning(ctx)
    b += [
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", ["Begrip", "Uitleg"],
         [["Aanbodkaart", "Overzicht van alle ondersteuningsvoorzieningen binnen en tussen de scholen."],
          ["Dekkend aanbod", "Voor iedere jongere is een passende plek beschikbaar."],
          ["Procedure TLV", "Aanvraag door het schoolbestuur; advies door twee deskundigen; besluit binnen zes weken."],
          ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de TLV."],
          ["Thuiszitter", "Jongere die niet naar school gaat zonder geldige reden of vrijstelling."],
          ["Zorgplicht", "De plicht van een school om een passende plek te bieden of te vinden."]]),
        ("h1", "Bijlage 5 Handboek Toewijzing Lindeveld"),
        ("p", "Het handboek is te raadplegen via de website van het samenwerkingsverband."),
    ]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["bezwaar"],
           "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 defines the minimum for every vestiging in prose; the concrete content is only in table 2 (domains); borging via yearly kwaliteitskaart.",
        "plaatsing": "H6 fixes vso criteria and national lwoo/pro criteria, plus bezwaar via LBT; the procedure is only referenced to the Handboek Toewijzing (bijlage 5, website) and described in the Begrippenlijst -> procedure missing.",
        "terugstroom": "Nothing addressed: summary 'krijgt aandacht' is passing; H7, despite its heading naming terugplaatsing, only covers PO-VO overstap and uitstroom; definition only in Begrippenlijst.",
        "financien": "H11 'Bedrijfsvoering': € 145 per leerling + vaste voet, lwoo/pro doorbetaling, verantwoording vóór 1 mei; meerjarenbegroting 2026-2030 table; reserves.",
        "dekkend-aanbod": "H5: overview of voorzieningen/samenhang deferred to Aanbodkaart (2027) -> continuum missing; Regiotafel, zorgplicht, maatwerkplan, half-yearly gap analysis address lacunes; jeugdhulp in H14.",
        "resultaten": "H8 dashboard, quarterly update, twice-yearly review, jaarverslag (monitoring); beoogde resultaten only after a nulmeting in 2026-2027 -> doelen missing. H3 gives achieved figures.",
        "ouders": "Core content hides in H10 'Communicatie' (website, folder Ouderwijzer, informatieavonden, schoolgids; independent Ouder- en Jeugdsteunpunt, consulenten, geschillen/klachten); H9 'Ouders en leerlingen' only covers involvement.",
    }
    return ctx, b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 5: PO, .html — SWV Primair Onderwijs Oeverland
# ---------------------------------------------------------------------------

def plan_oeverland():
    ctx = dict(name="Samenwerkingsverband Primair Onderwijs Oeverland", po=True, nbesturen=6, nscholen=33,
               gem="Oeverland, Rijnwaarde en Gors", rv="stichting",
               motto="een doorgaande leerweg voor ieder kind, zonder onnodige omwegen",
               toezicht="een raad van toezicht", onafh="twee", opr_parents=False, opr_n=10, opr_date="9 maart 2026",
               oogo_date="20 januari 2026", other_swv="VO Rivierland-Oeverland", oogo_coop=True, fte="6,4",
               sys="het OT-dossier", ab_date="26 maart 2026", period="2026-2027 tot en met 2029-2030",
               ch_visie="2", ch_gov="12", ch_opr="13", ch_oogo="14", ch_pers="15", ch_ict="16", ch_plan="17")
    b = []
    b.append(("title", "Ondersteuningsplan Oeverland 2026-2030 — webversie", [
        "Samenwerkingsverband Primair Onderwijs Oeverland (PO 28-16)",
        "Deze webversie is gelijk aan de vastgestelde tekst van 26 maart 2026. Bijlagen zijn afzonderlijk te downloaden."]))
    b.append(("toc", [
        "Samenvatting", "1 Voorwoord", "2 Visie en missie", "3 Kengetallen en terugblik", "4 Basisondersteuning",
        "5 Het aanbod in samenhang", "6 Thuiszitters en een passende plek", "7 Toelaatbaarheid sbo en so",
        "8 De weg terug naar de wijkschool", "9 Resultaten: wat willen we bereiken en hoe volgen we dat?",
        "10 Communicatie", "11 Middelen", "12 Organisatie en governance", "13 Medezeggenschap: de ondersteuningsplanraad",
        "14 Overleg met gemeenten en met het samenwerkingsverband VO", "15 Personeel en professionalisering",
        "16 Privacy, gegevensbeheer en ICT", "17 Totstandkoming, planning en cyclus",
        "Bijlage A Begrippenlijst", "Bijlage B Reglement Toelaatbaarheid Oeverland", "Bijlage C Informatie voor ouders"]))
    b += [
        ("h1", "Samenvatting"),
        ("p", "Oeverland is een klein samenwerkingsverband met zes besturen en 33 scholen in het rivierengebied. In deze "
              "planperiode zetten we drie accenten: een aanbod dat beter op elkaar aansluit, een actieve aanpak van de weg "
              "terug uit het speciaal (basis)onderwijs en meetbare resultaten die we twee keer per jaar volgen. De "
              "financiële verdeling wordt herzien. Ook de informatievoorziening aan ouders en de toelaatbaarheid komen in "
              "dit plan aan de orde."),
        ("h1", "1 Voorwoord"),
        ("p", "Dit is het ondersteuningsplan van Oeverland voor de jaren 2026 tot en met 2030. Het is korter dan het "
              "vorige plan: we hebben geschrapt wat niet meer actueel was en procedures die vaak wijzigen, opgenomen in "
              "afzonderlijke reglementen. Zo blijft het plan leesbaar en kunnen we reglementen aanpassen zonder het hele "
              "plan te herzien."),
        ("p", "Ik wil iedereen bedanken die heeft bijgedragen: de intern begeleiders die hun praktijkvoorbeelden deelden, "
              "de directeuren die kritisch meelazen, de leden van de OPR en de ambtenaren van de drie gemeenten. — "
              "J. Verbeek, directeur-bestuurder"),
    ]
    b += filler_visie(ctx)
    b += [
        ("h1", "3 Kengetallen en terugblik"),
        ("table", ["Kengetal", "1-10-2021", "1-10-2025"],
         [["Leerlingen basisonderwijs", "6.980", "6.610"], ["Deelname sbo", "2,4%", "2,0%"], ["Deelname so", "1,6%", "1,5%"],
          ["Afgegeven TLV's (schooljaar)", "61", "48"], ["Leerlingen met een OPP", "412", "377"]]),
        ("p", "In de vorige planperiode is de deelname aan het sbo gedaald, vooral doordat scholen meer ondersteuning in "
              "de eigen groep zijn gaan bieden. Het aantal afgegeven TLV's daalde van 61 naar 48 per jaar."),
        ("h1", "4 Basisondersteuning"),
        ("p", "Een formeel door alle besturen vastgesteld minimumniveau voor de basisondersteuning heeft Oeverland nog "
              "niet; ieder bestuur legt de lat voor de eigen scholen. De besturen wachten de landelijke norm af voordat "
              "zij gezamenlijk een ondergrens vastleggen."),
        ("p", "Wel weten we wat er in de praktijk op de scholen gebeurt. Uit de inventarisatie van het najaar van 2025 "
              "blijkt dat alle 33 scholen in Oeverland het volgende bieden:"),
        ("ul", ["een intern begeleider die de groepsbesprekingen leidt en leerkrachten coacht;",
                "drie keer per jaar een groepsbespreking en twee keer per jaar een leerlingbespreking per groep;",
                "de uitvoering van het landelijk dyslexieprotocol, met extra leestijd vanaf groep 3;",
                "een aanbod voor kinderen die meer aankunnen, in de vorm van compacten en verrijken in de eigen groep;",
                "een methode voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator;",
                "een ondersteuningsteam met de intern begeleider, de directeur en een orthopedagoog van het "
                "samenwerkingsverband, ten minste vier keer per jaar;",
                "een protocol voor medicijngebruik en medisch handelen."]),
        ("h1", "5 Het aanbod in samenhang"),
        ("p", "Het aanbod in Oeverland is opgebouwd als een trap. Iedere tree is lichter dan de volgende; een kind zet "
              "alleen een stap omhoog als dat echt nodig is, en gaat weer omlaag zodra het kan."),
        ("ul", ["Tree 1 — De ondersteuning in de eigen groep en op de eigen school, zoals hierboven beschreven.",
                "Tree 2 — Een arrangement op de eigen school: extra handen in de groep, een specialist voor gedrag of "
                "taal, een aangepast leerprogramma. Arrangementen worden uitgevoerd onder verantwoordelijkheid van de school.",
                "Tree 3 — Een bovenschoolse voorziening: de Kiemgroep voor jonge kinderen met een ontwikkelingsvraag "
                "(groep 1-2, maximaal een jaar), de Rots-klas voor kinderen met gedragsvragen (maximaal twintig weken, "
                "daarna terug naar de eigen groep) en de Taalschakelklas voor nieuwkomers.",
                "Tree 4 — Speciaal basisonderwijs op De Brug of De Aanloop.",
                "Tree 5 — Speciaal onderwijs op de so-school Het Anker (cluster 3 en 4)."]),
        ("p", "De sbo-scholen en de so-school zijn expertisecentra voor de basisscholen: hun specialisten geven "
              "consultatie en begeleiding op de basisscholen. Zo ontstaat een samenhangend geheel van voorzieningen "
              "binnen en tussen de scholen. Voor kinderen die naast onderwijs ook zorg nodig hebben, maken school, "
              "gemeente en zorgaanbieder een onderwijs-zorgarrangement."),
        ("h1", "6 Thuiszitters en een passende plek"),
        ("p", "Het huidige thuiszittersconvenant met de gemeenten loopt op 31 juli 2026 af. Over de aanpak van "
              "thuiszitters, over kinderen voor wie geen passende plek beschikbaar is en over de manier waarop we "
              "tekorten in het aanbod opsporen, maken we in het OOGO van het najaar van 2026 nieuwe afspraken. Die "
              "afspraken worden daarna aan dit plan toegevoegd."),
        ("h1", "7 Toelaatbaarheid sbo en so"),
        ("p", "Voor plaatsing op een sbo-school of op de so-school is een toelaatbaarheidsverklaring (TLV) van het "
              "samenwerkingsverband nodig. De procedure en de criteria voor het afgeven van een TLV zijn opgenomen in het "
              "Reglement Toelaatbaarheid Oeverland (bijlage B). Het reglement wordt na de evaluatie in het voorjaar van 2026 "
              "geactualiseerd en daarna opnieuw gepubliceerd."),
        ("h1", "8 De weg terug naar de wijkschool"),
        ("p", "Een plek in het sbo of so is in Oeverland een tussenstation, geen eindstation. Ons uitgangspunt is dat een "
              "kind dat in het sbo of so tot ontwikkeling is gekomen, teruggaat naar een basisschool in de eigen wijk of "
              "het eigen dorp — de wijkschool — zodra dat verantwoord is. Dat is verantwoord als het OPP laat zien dat "
              "het kind het verwachte niveau haalt, als het kind zich in een grote groep staande kan houden en als de "
              "wijkschool met tree 1 of tree 2 de nog resterende ondersteuning kan bieden."),
        ("p", "Kinderen die overstappen, worden niet aan hun lot overgelaten. Gedurende ten minste zes maanden komt een "
              "ambulant begeleider van de sbo- of so-school wekelijks op de wijkschool om kind en leerkracht te "
              "begeleiden. Die terugkeerbegeleiding wordt betaald uit het bovenschoolse budget van het samenwerkingsverband."),
        ("p", "De werkwijze is als volgt:"),
        ("ul", ["Bij iedere OPP-evaluatie, twee keer per jaar, beantwoordt de sbo- of so-school de vraag: kan dit kind terug?",
                "In het laatste jaar van de TLV neemt de sbo- of so-school vóór 1 maart het initiatief tot een "
                "overstapgesprek met de beoogde wijkschool.",
                "De directeur van de sbo- of so-school en de directeur van de wijkschool besluiten samen vóór 1 mei over "
                "de overstap; bij verschil van inzicht beslist de directeur-bestuurder van het samenwerkingsverband.",
                "Bij een positief besluit eindigt de TLV op 31 juli en begint het kind na de zomervakantie op de "
                "wijkschool; de eerste evaluatie volgt na tien weken.",
                "Is terugkeer (nog) niet verantwoord, dan vraagt de school tijdig een nieuwe TLV aan."]),
        ("h1", "9 Resultaten: wat willen we bereiken en hoe volgen we dat?"),
        ("table", ["Beoogd resultaat voor kinderen met extra ondersteuning", "Stand 2025", "Doel 2030"],
         [["Kinderen die vanuit sbo of so overstappen naar een wijkschool", "7 per jaar", "ten minste 15 per jaar"],
          ["Kinderen met een OPP die het beoogde uitstroomniveau halen", "72%", "ten minste 80%"],
          ["Kinderen in de Rots-klas die binnen twintig weken terug zijn in de eigen groep", "63%", "ten minste 75%"],
          ["Deelname sbo", "2,0%", "maximaal 1,8%"]]),
        ("p", "We volgen deze resultaten met de Oeverland-monitor. Scholen leveren op 1 november en 1 april de gegevens "
              "aan; het bureau analyseert die en bespreekt de uitkomsten per bestuur in een voortgangsgesprek. Twee keer "
              "per jaar ontvangt het bestuur een voortgangsrapportage. Aan het eind van ieder schooljaar verschijnt een "
              "resultatenrapportage, die in het jaarverslag wordt opgenomen en met de raad van toezicht en de OPR wordt "
              "besproken. Blijft een resultaat achter, dan stelt het bestuur maatregelen voor."),
        ("h1", "10 Communicatie"),
        ("p", "Het samenwerkingsverband communiceert vooral met professionals. Intern begeleiders en directeuren "
              "ontvangen zes keer per jaar een digitale nieuwsbrief. Op de website staan formulieren, handreikingen en "
              "de reglementen. Het bureau is actief op LinkedIn en presenteert het jaarverslag in een bijeenkomst voor "
              "besturen en gemeenten."),
        ("h1", "11 Middelen"),
        ("p", "Het verdeelmodel van Oeverland wordt in 2026 herzien. De huidige verdeling sluit niet meer aan bij de "
              "ontwikkeling van de leerlingaantallen en bij de wens om meer geld in te zetten voor tree 3. Een nieuwe "
              "verdeelsystematiek is nog niet vastgesteld; tot die tijd wordt de bestaande werkwijze voortgezet."),
        ("p", "De begroting voor de planperiode ziet er als volgt uit:"),
        ("table", ["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
         [["Baten ondersteuningsmiddelen", "6.150.000", "6.060.000", "5.980.000", "5.910.000"],
          ["Afdracht so en sbo", "2.740.000", "2.700.000", "2.670.000", "2.640.000"],
          ["Budget schoolbesturen (tree 2)", "1.520.000", "1.490.000", "1.460.000", "1.440.000"],
          ["Bovenschoolse voorzieningen (tree 3)", "980.000", "1.010.000", "1.040.000", "1.060.000"],
          ["Terugkeerbegeleiding", "90.000", "110.000", "130.000", "140.000"],
          ["Orthopedagogen ondersteuningsteams", "410.000", "410.000", "410.000", "410.000"],
          ["Bureau en bestuur", "520.000", "525.000", "530.000", "535.000"],
          ["Saldo", "-110.000", "-185.000", "-260.000", "-315.000"]]),
    ]
    b += filler_governance(ctx) + filler_opr(ctx) + filler_oogo(ctx) + filler_personeel(ctx) + filler_ict(ctx) + filler_planning(ctx)
    b += [
        ("h1", "Bijlage A Begrippenlijst"),
        ("table", ["Begrip", "Betekenis"],
         [["CvT", "Commissie van Toelaatbaarheid: adviseert over TLV-aanvragen met twee deskundigen."],
          ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders bij vragen en meningsverschillen."],
          ["OPP", "Ontwikkelingsperspectief."],
          ["Schoolgids", "Document waarin de school ouders informeert, ook over ondersteuning."],
          ["TLV", "Toelaatbaarheidsverklaring voor sbo of so; geldig voor een of meer schooljaren."],
          ["Wijkschool", "De reguliere basisschool in de buurt van het kind."]]),
        ("h1", "Bijlage B Reglement Toelaatbaarheid Oeverland"),
        ("p", "Afzonderlijk te downloaden."),
        ("h1", "Bijlage C Informatie voor ouders"),
        ("p", "Afzonderlijk te downloaden."),
    ]
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"basisondersteuning": [], "plaatsing": [],
           "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": []}
    notes = {
        "basisondersteuning": "H4 lists concrete provisions found at all 33 schools (inventory 2025) but explicitly says no agreed minimum level exists yet ('ieder bestuur legt de lat') -> niveau missing.",
        "plaatsing": "H7 only refers to the Reglement Toelaatbaarheid (bijlage B, separate download) which 'wordt geactualiseerd'; CvT/deskundigen/TLV duration appear only in Bijlage A Begrippenlijst.",
        "terugstroom": "H8 'De weg terug naar de wijkschool' (unusual wording): policy (tussenstation, conditions, 6 months ambulant begeleider) and procedure (OPP check twice a year, 1 maart, decision vóór 1 mei, TLV ends 31 juli); goal/figure in H9.",
        "financien": "H11 'Middelen' gives a begroting 2026-2029 with amounts; the verdeelmodel is 'wordt herzien', 'bestaande werkwijze voortgezet' without description -> verdeling missing.",
        "dekkend-aanbod": "H5 'Het aanbod in samenhang': five-tree continuum with Kiemgroep, Rots-klas, Taalschakelklas, sbo, so and OZA; H6 defers thuiszitters/gaps to OOGO autumn 2026 -> lacunes missing.",
        "resultaten": "H9 table with stand 2025 and doel 2030; Oeverland-monitor (1 Nov/1 Apr), voortgangsrapportage, resultatenrapportage in jaarverslag.",
        "ouders": "Nothing addressed: H10 'Communicatie' is aimed at professionals only; Bijlage C 'Informatie voor ouders' is a separate download; OJSP/schoolgids only in the Begrippenlijst; OPR described without parent geleding; summary claim is passing.",
    }
    return ctx, b, crit, adv, notes


# ---------------------------------------------------------------------------
# Near-miss: a school-level 'ondersteuningsplan' of one kindcentrum (not an SWV plan)
# ---------------------------------------------------------------------------

def nearmiss_wilgenhoek():
    b = []
    b.append(("title", "Ondersteuningsplan 2025-2026", [
        "Kindcentrum De Wilgenhoek — basisschool en peuteropvang",
        "Onderdeel van Stichting Openbaar Onderwijs Veenhoven; aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Veenhoven",
        "Vastgesteld door het MT op 1 september 2025, besproken met de MR op 16 september 2025"]))
    b.append(("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De zorgniveaus op De Wilgenhoek", "4 Basisondersteuning op onze school",
                      "5 Extra ondersteuning en arrangementen", "6 Verwijzing naar sbo of so en terugkeer",
                      "7 Ouders als partner", "8 Inzet van middelen", "9 Opbrengsten en resultaten", "10 Jaarplanning zorg"]))
    b += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Kindcentrum De Wilgenhoek de ondersteuning aan leerlingen "
              "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad en "
              "ouders. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan "
              "2026-2030 van het samenwerkingsverband Veenhoven (PO 29-04), waarmee de ondersteuningsplanraad (OPR) heeft "
              "ingestemd na OOGO met de gemeenten, en bij de Veenhovense Standaard voor basisondersteuning. Het plan "
              "wordt ieder jaar in augustus geactualiseerd door de intern begeleider en de directeur."),
        ("p", "De Wilgenhoek is een openbare basisschool in de wijk Wilgenhoek in Veenhoven, met een peuteropvang in "
              "hetzelfde gebouw. De school telt 286 leerlingen in twaalf groepen. Het team bestaat uit 24 medewerkers, "
              "onder wie een intern begeleider (0,8 fte), een gedragsspecialist (0,4 fte) en twee onderwijsassistenten."),
        ("h1", "2 Onze leerlingen"),
        ("p", "De leerlingpopulatie is divers. Ongeveer 18 procent van de leerlingen heeft een meertalige achtergrond. "
              "Het schoolgewicht ligt iets boven het landelijk gemiddelde. In de bovenbouw zien we een groeiende groep "
              "leerlingen met een dyslexieverklaring en een kleine groep leerlingen met gedragsvragen. In schooljaar "
              "2024-2025 hadden 14 leerlingen een ontwikkelingsperspectief (OPP)."),
        ("h1", "3 De zorgniveaus op De Wilgenhoek"),
        ("p", "Wij werken handelingsgericht en onderscheiden vijf zorgniveaus:"),
        ("ul", ["Niveau 1 — Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus, dagelijkse observatie.",
                "Niveau 2 — Extra zorg in de groep: verlengde instructie, pre-teaching en een aangepaste weektaak, "
                "vastgelegd in het groepsplan.",
                "Niveau 3 — Speciale zorg na intern onderzoek: de intern begeleider doet aanvullend onderzoek en stelt "
                "samen met de leerkracht een individueel handelingsplan op.",
                "Niveau 4 — Speciale zorg na extern onderzoek: inschakeling van de orthopedagoog van het "
                "samenwerkingsverband of een externe deskundige; bespreking in het ondersteuningsteam.",
                "Niveau 5 — Verwijzing: de leerling heeft meer nodig dan de school kan bieden."]),
        ("p", "Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere leerkracht een "
              "groepsbespreking. Daarin bespreken we de resultaten van de groep, de groepsplannen en de leerlingen die "
              "extra aandacht nodig hebben. Tussendoor zijn er leerlingbesprekingen op aanvraag van de leerkracht."),
        ("h1", "4 Basisondersteuning op onze school"),
        ("p", "De Wilgenhoek biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent "
              "dat voor onze school: een dyslexieaanpak met Bouw! en extra leesbegeleiding, het programma Kwink voor "
              "sociaal-emotionele ontwikkeling, een plusgroep voor groep 5 tot en met 8 op dinsdagmiddag, een "
              "gedragsspecialist die kan observeren en coachen, en een ondersteuningsteam dat zes keer per jaar bijeenkomt "
              "met de jeugdverpleegkundige en de schoolmaatschappelijk werker."),
        ("h1", "5 Extra ondersteuning en arrangementen"),
        ("p", "Als een leerling meer nodig heeft dan de basisondersteuning, zetten we extra ondersteuning in. Dat "
              "financieren we uit het schoolbudget dat ons bestuur van het samenwerkingsverband ontvangt. Voorbeelden "
              "zijn extra inzet van een onderwijsassistent, een individuele leesbegeleiding of een weerbaarheidstraining. "
              "Voor iedere leerling met extra ondersteuning stellen we een OPP of handelingsplan op, dat we twee keer per "
              "jaar met ouders evalueren."),
        ("h1", "6 Verwijzing naar sbo of so en terugkeer"),
        ("p", "Soms blijkt dat een leerling beter op zijn plek is in het speciaal basisonderwijs of speciaal onderwijs. "
              "De school vraagt dan, met instemming van het bestuur en na overleg met ouders, een toelaatbaarheidsverklaring "
              "aan bij het samenwerkingsverband. De intern begeleider stelt het groeidocument op. Het samenwerkingsverband "
              "beslist over de aanvraag volgens zijn eigen procedure."),
        ("p", "Leerlingen die vanuit het sbo terugkeren naar onze school, worden zorgvuldig opgevangen. De intern "
              "begeleider heeft vooraf een overdrachtsgesprek met de sbo-school en de leerkracht krijgt begeleiding van "
              "de ambulant begeleider. In 2024-2025 keerde één leerling terug."),
        ("h1", "7 Ouders als partner"),
        ("p", "Wij zien ouders als partner. Bij zorgen over een leerling nemen we binnen een week contact op met ouders. "
              "Ouders zijn altijd welkom bij de bespreking van het OPP. Informatie over onze ondersteuning staat in de "
              "schoolgids en op de website van de school. Ouders die er met ons niet uitkomen, kunnen contact opnemen met "
              "de directeur, met de klachtencontactpersoon van de school of met het Ouder- en Jeugdsteunpunt Veenhoven."),
        ("h1", "8 Inzet van middelen"),
        ("table", ["Post", "Bedrag 2025-2026"],
         [["Onderwijsassistent extra ondersteuning (0,6 fte)", "€ 31.500"], ["Gedragsspecialist (0,4 fte)", "€ 29.800"],
          ["Leesbegeleiding en materialen", "€ 6.200"], ["Scholing team (handelingsgericht werken)", "€ 4.500"],
          ["Totaal uit schoolbudget samenwerkingsverband", "€ 72.000"]]),
        ("h1", "9 Opbrengsten en resultaten"),
        ("p", "Onze schooldoelen voor 2025-2026: 85 procent van de leerlingen haalt aan het eind van groep 8 ten minste "
              "het fundamentele niveau 1F voor lezen en rekenen, en 55 procent het streefniveau 2F/1S. Leerlingen met een "
              "OPP halen het verwachte uitstroomniveau. We analyseren de resultaten twee keer per jaar in het team en "
              "rapporteren erover in het jaarverslag van de school en aan de MR."),
        ("h1", "10 Jaarplanning zorg"),
        ("table", ["Maand", "Activiteit"],
         [["september", "Startgesprekken met ouders; overdracht groepen"], ["oktober", "Groepsbesprekingen ronde 1"],
          ["januari", "Toetsen leerlingvolgsysteem; analyse"], ["februari", "Groepsbesprekingen ronde 2; OPP-evaluaties"],
          ["juni", "Groepsbesprekingen ronde 3; toetsen; overdracht"], ["juli", "Evaluatie ondersteuningsplan school"]]),
    ]
    return b


# ---------------------------------------------------------------------------

def main():
    tmp = Path(tempfile.mkdtemp(prefix="holdout227_gen_"))
    try:
        plans = [
            ("po-veenhoven-ondersteuningsplan-2026-2030", plan_veenhoven, "docx"),
            ("vo-berkelstroom-ondersteuningsplan-2026-2030", plan_berkelstroom, "docx"),
            ("po-duinenpolder-ondersteuningsplan-2026-2030", plan_duinenpolder, "pdf"),
            ("vo-lindeveld-ondersteuningsplan-2026-2030", plan_lindeveld, "pdf"),
            ("po-oeverland-ondersteuningsplan-2026-2030", plan_oeverland, "html"),
        ]
        for name, fn, fmt in plans:
            ctx, blocks, crit, adv, notes = fn()
            header = "Ondersteuningsplan 2026-2030 — " + ctx["name"]
            footer = "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Dekkend aanbod · Resultaten · Ouders"
            wc = word_count(blocks)
            if wc < 3000:
                raise SystemExit("%s has only %d words" % (name, wc))
            if fmt == "docx":
                render_docx(blocks, OUT / (name + ".docx"), header, footer)
            elif fmt == "pdf":
                d = tmp / (name + ".docx")
                render_docx(blocks, d, header, footer)
                docx_to_pdf(d, OUT / (name + ".pdf"), tmp)
            else:
                render_html(blocks, OUT / (name + ".html"), header, footer)
            write_label(name, [name + "." + fmt], "po" if ctx["po"] else "vo", crit, adv, notes)
            print("%-48s %-5s %5d words" % (name, fmt, wc))
        nm = "nm-kindcentrum-wilgenhoek-schoolondersteuningsplan"
        blocks = nearmiss_wilgenhoek()
        render_docx(blocks, OUT / (nm + ".docx"), "Kindcentrum De Wilgenhoek — Ondersteuningsplan 2025-2026", None)
        write_label(nm, [nm + ".docx"], "po", None, None, None, looks_like_plan=False,
                    extra_note="School-level ondersteuningsplan of one kindcentrum (zorgniveaus, groepsbesprekingen, "
                               "schoolbudget, schooldoelen); it refers to the samenwerkingsverband's plan and TLV procedure "
                               "but is not itself a plan of a samenwerkingsverband (no OPR, OOGO, verdeling over besturen, planperiode).")
        print("%-48s %-5s %5d words" % (nm, "docx", word_count(blocks)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
