#!/usr/bin/env python3
"""Generate the holdout4 evaluation set for opcheck.

Eight fictional documents (7 ondersteuningsplannen + 1 jaarplan that is not a plan) with hand-made
labels in <slug>.expected.yaml.  The label contract is Part A of ../shared/domain.md: an element is
present iff every core criterion is addressed in body text, missing iff nothing of the element (core
or advisory) is addressed, partial otherwise.  The generator refuses labels that break that rule.

Run from anywhere:  python3 make_holdout4.py            (writes .docx/.md/.html/.txt/.yaml)
                    python3 make_holdout4.py --no-pdf   (skip the LibreOffice PDF rendering)

All verbanden, schools, municipalities, people and SWV codes are fictional.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # samples/holdout4

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
ADVISORY = {
    "basisondersteuning": ["borging"],
    "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
    "terugstroom": ["monitoring"],
    "financien": ["reserves", "verantwoording"],
    "dekkend-aanbod": ["ketenpartners"],
    "resultaten": ["meetbaar"],
    "ouders": ["betrokkenheid"],
}


# --------------------------------------------------------------------------------------------
# label bookkeeping
# --------------------------------------------------------------------------------------------
def status_from(core, adv):
    if all(core.values()):
        return "present"
    if any(core.values()) or any(adv.values()):
        return "partial"
    return "missing"


def check_and_write_labels(slug, meta):
    """meta: documents, sector, looks_like_plan, status{el}, core{el.crit}, adv{el.crit}, notes"""
    if not meta["looks_like_plan"]:
        body = ["documents: [%s]" % ", ".join(meta["documents"]),
                "sector: %s" % (meta["sector"] or "null"),
                "looks_like_plan: false",
                "elements: {}",
                "criteria: {}"]
        if meta.get("notes"):
            body.append("notes:")
            for k, v in meta["notes"].items():
                body.append("  %s: %s" % (k, yq(v)))
        write(slug + ".expected.yaml", "\n".join(body) + "\n")
        return
    core, adv, status = meta["core"], meta["adv"], meta["status"]
    expected_keys = {"%s.%s" % (e, c) for e in ELEMENTS for c in CORE[e]}
    if set(core) != expected_keys:
        raise SystemExit("%s: core criteria keys wrong: %s" % (slug, set(core) ^ expected_keys))
    for k in adv:
        e, c = k.split(".", 1)
        if c not in ADVISORY[e]:
            raise SystemExit("%s: unknown advisory criterion %s" % (slug, k))
    for e in ELEMENTS:
        c = {k: v for k, v in core.items() if k.startswith(e + ".")}
        a = {k: v for k, v in adv.items() if k.startswith(e + ".")}
        s = status_from(c, a)
        if s != status[e]:
            raise SystemExit("%s: label %s=%s inconsistent with criteria (rule gives %s)"
                             % (slug, e, status[e], s))
    lines = ["documents: [%s]" % ", ".join(meta["documents"]),
             "sector: %s" % meta["sector"],
             "looks_like_plan: true",
             "elements: {%s}" % ", ".join("%s: %s" % (e, status[e]) for e in ELEMENTS),
             "criteria:"]
    for e in ELEMENTS:
        for c in CORE[e]:
            k = "%s.%s" % (e, c)
            lines.append("  %s: %s" % (k, "true" if core[k] else "false"))
    lines.append("advisory_addressed:  # informative only; the contract decides on core criteria")
    for k in sorted(k for k, v in adv.items() if v):
        lines.append("  %s: true" % k)
    lines.append("notes:")
    for k, v in meta["notes"].items():
        lines.append("  %s: %s" % (k, yq(v)))
    write(slug + ".expected.yaml", "\n".join(lines) + "\n")


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------
# docx rendering of a simple block list
# --------------------------------------------------------------------------------------------
def add_field(paragraph, instr):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def render_docx(path, blocks, header=None, footer=None, font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(footer + (" – pagina " if footer else "pagina "))
        r.font.size = Pt(8)
        add_field(fp, "PAGE")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(24)
        elif kind == "subtitle":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(14)
        elif kind == "small":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(9); r.italic = True
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(13)
            for level, text, page in b[2]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(14 * (level - 1))
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.tab_stops.add_tab_stop(Pt(420))
                p.add_run("%s\t%s" % (text, page))
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "pb":  # paragraph with bold lead-in
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; p.add_run(" " + b[2])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(cell)
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
            doc.add_paragraph()
        elif kind == "caption":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(9)
        else:
            raise ValueError(kind)
    doc.save(path)


def to_pdf(docx_path):
    lo = shutil.which("libreoffice") or shutil.which("soffice")
    if not lo:
        print("  (libreoffice not found; skipping PDF for %s)" % os.path.basename(docx_path))
        return None
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([lo, "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", OUT, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else "x" * 1000
    if len(txt.strip()) < 500:
        raise SystemExit("PDF without text layer: " + pdf)
    return pdf


# ============================================================================================
# A. De Kieftenhorst PO 33-04 – expertisecentra / onderwijsarrangementen (docx + pdf)
# ============================================================================================
def doc_a():
    slug = "po-kieftenhorst-expertisecentra"
    B = []
    B += [("title", "Ondersteuningsplan 2026–2030"),
          ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs De Kieftenhorst (PO 33-04)"),
          ("subtitle", "Arrangeren dichtbij: drie expertisecentra, één verband"),
          ("small", "Vastgesteld door het algemeen bestuur op 7 april 2026, na instemming van de "
                    "ondersteuningsplanraad (24 maart 2026) en OOGO met de gemeenten Aaveld, "
                    "Kieftendorp en Wolde-Broek (12 februari 2026)."),
          ("pagebreak",),
          ("toc", "Inhoud", [(1, "1  Inleiding", 3), (1, "2  Onze koers: arrangeren vanuit expertisecentra", 4),
                             (1, "3  Basisondersteuning: de vloer onder elke school", 5),
                             (1, "4  Onderwijsarrangementen en het dekkend netwerk", 7),
                             (1, "5  Toelaatbaarheid sbo en so", 9),
                             (1, "6  Terugplaatsing en overplaatsing", 11),
                             (1, "7  Ouders", 12), (1, "8  Kwaliteit en resultaten", 13),
                             (1, "9  Financiën en meerjarenbegroting", 14),
                             (1, "Bijlage  Begrippenlijst", 16)]),
          ("pagebreak",)]
    B += [("h1", "1  Inleiding"),
          ("p", "Voor u ligt het derde ondersteuningsplan van De Kieftenhorst. Het plan beschrijft hoe veertien "
                "schoolbesturen met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Wending in "
                "Aaveld en Het Palet in Kieftendorp) en drie so-locaties in cluster 3 en 4 ervoor zorgen dat ieder "
                "kind in onze regio een zo passend mogelijke plek krijgt. Op 1 oktober 2025 telde het verband "
                "9.412 leerlingen. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030."),
          ("p", "Wie eerdere plannen kent, ziet een verschuiving. We spreken minder over ‘zorg’ en ‘indicaties’ en meer "
                "over arrangeren: samen met ouders en school kijken wat een kind nodig heeft, en dat dan ook "
                "organiseren – zo dicht mogelijk bij huis. De drie regionale expertisecentra zijn daarin de spil."),
          ("h1", "2  Onze koers: arrangeren vanuit expertisecentra"),
          ("p", "De Kieftenhorst heeft geen centraal loket meer. In plaats daarvan werken we met drie expertisecentra: "
                "Noord (gehuisvest bij sbo De Wending), Midden (bij so De Kei, cluster 4) en Zuid (bij het "
                "kindcentrum De Horst in Wolde-Broek). In elk expertisecentrum werken orthopedagogen, "
                "onderwijsspecialisten uit sbo en so, een jeugdverpleegkundige van de GGD en een gedragswetenschapper "
                "van het lokale jeugdteam. Iedere basisschool heeft een vaste contactpersoon in ‘haar’ expertisecentrum."),
          ("p", "Ons motto voor deze planperiode is ‘eerst de school versterken, dan het kind verplaatsen’. Dat betekent "
                "niet dat speciaal onderwijs een laatste redmiddel is: voor sommige kinderen is het sbo of so vanaf het "
                "begin de beste plek. Het betekent wel dat we eerst willen weten wat er in de eigen groep mogelijk is.")]
    B += [("h1", "3  Basisondersteuning: de vloer onder elke school"),
          ("p", "De besturen hebben met elkaar vastgelegd welke basisondersteuning op iedere vestiging van De Kieftenhorst "
                "aanwezig is, van de grootste stadsschool tot de kleinste dorpsschool met veertig leerlingen. Dat niveau is "
                "een ondergrens: een school mag meer bieden, maar niet minder. Ouders kunnen er dus op rekenen dat hun kind "
                "op elke school in de regio in elk geval het volgende krijgt:"),
          ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die groepsbesprekingen voert en "
                  "het ondersteuningsteam voorzit;",
                  "signalering en begeleiding van dyslexie en rekenproblemen volgens de landelijke protocollen, inclusief "
                  "de aanvraag voor vergoede dyslexiezorg;",
                  "een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de groep en een verrijkingsmap "
                  "per leerjaar;",
                  "een methode voor sociaal-emotionele ontwikkeling, een jaarlijkse veiligheidsmonitor en een "
                  "anti-pestcoördinator;",
                  "handelingsgericht werken: groepsoverzichten, een ontwikkelingsperspectief (OPP) voor kinderen die "
                  "op een eigen leerlijn werken, en evaluatie met ouders ten minste twee keer per jaar;",
                  "afspraken over medisch handelen en het toedienen van medicijnen, vastgelegd in een protocol;",
                  "eerste opvang voor nieuwkomers met NT2-materiaal, tot plaatsing in de taalklas;",
                  "consultatie door het expertisecentrum: tot zes uur per leerling per schooljaar, zonder aanvraag "
                  "of beschikking."]),
          ("p", "Iedere school beschrijft in haar schoolgids hoe zij deze basisondersteuning invult. Een kwaliteitsmedewerker "
                "van het verband bezoekt elke school eens per twee jaar met de kwaliteitskaart basisondersteuning. Scoort "
                "een school op een onderdeel onder de afgesproken ondergrens, dan maakt het bestuur binnen drie maanden "
                "een verbeterplan; het expertisecentrum ondersteunt daarbij.")]
    B += [("h1", "4  Onderwijsarrangementen en het dekkend netwerk"),
          ("p", "Wat een school niet zelf binnen de basisondersteuning kan bieden, organiseren we als onderwijsarrangement. "
                "We onderscheiden vier treden, die op elkaar aansluiten:"),
          ("table", [["Trede", "Wat", "Waar", "Hoe toegekend"],
                     ["1 Basis", "Basisondersteuning, consultatie expertisecentrum", "Elke school", "Geen aanvraag"],
                     ["2 Arrangement op school", "Extra handen of expertise in de groep, ambulante begeleiding, "
                      "materialen, een onderwijsassistent voor een periode van 10–40 weken", "Eigen school",
                      "Groeidocument naar expertisecentrum; besluit binnen 4 weken"],
                     ["3 Groepsarrangement", "Plusklas De Uitdaging (1 dag per week), taalklas voor nieuwkomers, "
                      "observatiegroep (max. 12 weken), Samen-naar-school-klas (onderwijs en jeugdhulp)",
                      "Expertisecentra Noord, Midden, Zuid", "Expertisecentrum, na overleg met ouders"],
                     ["4 Speciale school", "sbo De Wending, sbo Het Palet, so De Kei (cluster 4), so De Lindeboom "
                      "(cluster 3, ZML/LG)", "Regio", "Toelaatbaarheidsverklaring (hoofdstuk 5)"]]),
          ("p", "De treden zijn geen ladder die elk kind moet beklimmen. Een kind met een ernstige meervoudige beperking "
                "kan direct naar trede 4; een kind dat na een observatieperiode weer goed in de eigen groep functioneert, "
                "gaat terug naar trede 2. De Samen-naar-school-klas is een onderwijs-zorgarrangement dat we samen met de "
                "drie gemeenten bekostigen; jeugdhulp wordt er onder schooltijd geboden."),
          ("h2", "Waar het netwerk nog niet sluit"),
          ("p", "Een dekkend netwerk is nooit af. Elk expertisecentrum bespreekt jaarlijks in oktober met de besturen "
                "welke kinderen geen passende plek hebben, hoe lang de wachtlijsten zijn en welke vragen niet beantwoord "
                "konden worden. Daarnaast komt de thuiszitterstafel (verband, leerplicht en jeugdteam) iedere zes weken "
                "bijeen. Uitgangspunt: geen enkel kind zit langer dan drie maanden thuis zonder passend onderwijsaanbod; "
                "na zes weken krijgt de directeur-bestuurder doorzettingsmacht."),
          ("p", "In de afgelopen periode bleek er een witte vlek te zijn bij jonge kinderen (4 tot 6 jaar) met ernstig "
                "probleemgedrag: de observatiegroep was te vol en de so-school had een wachtlijst van gemiddeld vijf "
                "maanden. Per 1 januari 2027 start daarom een kleine instroomgroep in Kieftendorp. Schoolbesturen blijven "
                "hun zorgplicht houden; als een school geen passende plek kan bieden, zoekt zij met het expertisecentrum "
                "een school die dat wel kan.")]
    B += [("h1", "5  Toelaatbaarheid sbo en so"),
          ("h2", "5.1 Zo verloopt een aanvraag"),
          ("ol", ["De school bespreekt het kind in het ondersteuningsteam, met ouders en de contactpersoon van het "
                  "expertisecentrum, en vult het groeidocument aan.",
                  "Het bestuur van de school waar het kind staat ingeschreven dient de aanvraag in bij de Commissie "
                  "Arrangeren en Toelaatbaarheid (CAT). De ouders geven hun zienswijze, die bij het dossier wordt gevoegd.",
                  "Twee deskundigen geven elk afzonderlijk schriftelijk advies: een orthopedagoog-generalist of "
                  "GZ-psycholoog en, afhankelijk van de vraag, een kinderpsychiater, maatschappelijk werker, jeugdarts "
                  "of pedagoog. Geen van beiden is bij de aanvraag betrokken geweest.",
                  "De CAT besluit namens de directeur-bestuurder binnen zes weken na ontvangst van een volledig dossier. "
                  "Ouders ontvangen een afschrift van beide adviezen.",
                  "Is de ouder het niet eens met het besluit, dan kan hij binnen zes weken bezwaar maken. De Kieftenhorst "
                  "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."]),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geeft de CAT af "
                "voor één of twee schooljaren, in bekostigingscategorie laag, midden of hoog; de categorie volgt uit de "
                "zwaarte van de ondersteuningsbehoefte zoals de deskundigen die beschrijven."),
          ("h2", "5.2 Wanneer is een kind toelaatbaar?"),
          ("p", "De CAT verklaart een kind toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan:"),
          ("ul", ["de ondersteuningsbehoefte gaat aantoonbaar uit boven wat de school met basisondersteuning en een "
                  "arrangement op trede 2 of 3 kan bieden; er zijn ten minste twee evaluaties van een arrangement "
                  "beschikbaar;",
                  "het kind heeft voor het grootste deel van de dag een kleine, gestructureerde groep nodig;",
                  "de ontwikkelingsvoorsprong of -achterstand, het gedrag of de werkhouding vraagt een aanbod dat in een "
                  "reguliere groep van 25 of meer kinderen niet te organiseren is."]),
          ("p", "Voor het so (cluster 3 of 4) gelden aanvullend: een intensieve combinatie van onderwijs en zorg of "
                "behandeling, een (vermoedelijke) diagnose of beperking die het leren ernstig belemmert – bijvoorbeeld "
                "een ernstige verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige psychiatrische "
                "problematiek – en het oordeel van beide deskundigen dat sbo niet volstaat. Bij een acute "
                "veiligheidssituatie kan de CAT zonder eerdere arrangementen beslissen.")]
    B += [("h1", "6  Terugplaatsing en overplaatsing"),
          ("p", "Het verband werkt in schooljaar 2026-2027 samen met de expertisecentra en de speciale scholen een "
                "terugplaatsingsbeleid uit. Het bestuur stelt dit naar verwachting in het voorjaar van 2027 vast; de "
                "uitwerking volgt.")]
    B += [("h1", "7  Ouders"),
          ("p", "Ouders zijn de eerste deskundigen van hun kind. Zij zitten aan tafel bij elk gesprek in het "
                "ondersteuningsteam en tekenen mee voor het OPP. Daarnaast zorgen we dat ouders weten waar zij aan toe zijn:"),
          ("ul", ["op de ouderpagina van onze website staat per expertisecentrum welke arrangementen er zijn, met een "
                  "kaart van alle scholen en hun schoolgids;",
                  "de folder ‘Wat mag ik van de school verwachten?’ (ook in het Arabisch, Pools en Tigrinya) beschrijft de "
                  "basisondersteuning en de weg naar een arrangement; de intern begeleider geeft hem mee bij het eerste "
                  "gesprek;",
                  "elk expertisecentrum houdt twee keer per jaar een open ouderavond."]),
          ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school of het verband. Zij kunnen dan terecht bij "
                "het Ouder- en Jeugdsteunpunt Kieftenhorst. Het steunpunt is ondergebracht bij Stichting MeeWijzer en werkt "
                "onafhankelijk van scholen en verband: het luistert, denkt mee, gaat mee naar gesprekken en kan bemiddelen. "
                "Het steunpunt is bereikbaar via telefoon, app en een wekelijks inloopspreekuur in de bibliotheek van "
                "Kieftendorp. Ouders kunnen ook kosteloos een beroep doen op Onderwijsconsulenten. Voor een klacht over het "
                "verband geldt de klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen naar de "
                "Geschillencommissie passend onderwijs.")]
    B += [("h1", "8  Kwaliteit en resultaten"),
          ("p", "Wat willen we in 2030 bereikt hebben? We hebben onze ambities zo concreet mogelijk gemaakt:"),
          ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                     ["Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 2,3% naar ten hoogste 1,9%; het "
                      "sbo-percentage blijft onder 2,5%."],
                     ["Niemand thuis", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod; het aantal "
                      "vrijstellingen op grond van artikel 5a daalt van 11 naar ten hoogste 5."],
                     ["Arrangementen die werken", "Ten minste 80% van de arrangementen op trede 2 en 3 haalt de doelen "
                      "uit het groeidocument."],
                     ["Tevreden ouders", "Ouders waarderen de ondersteuning met gemiddeld ten minste een 7,5."],
                     ["Sterke basis", "Alle 58 scholen voldoen aan de kwaliteitskaart basisondersteuning."]]),
          ("p", "Deze ambities vormen het kader voor de jaarplannen van het verband en van de expertisecentra.")]
    B += [("h1", "9  Financiën en meerjarenbegroting"),
          ("p", "De Kieftenhorst ontvangt in 2026 naar verwachting € 9,1 miljoen aan ondersteuningsmiddelen. Daarvan "
                "draagt DUO rechtstreeks € 3,4 miljoen af aan de sbo- en so-scholen voor de leerlingen met een TLV. Het "
                "restant verdelen we volgens een vaste sleutel:"),
          ("ul", ["55% gaat als schoolbudget naar de besturen: € 182 per leerling op de teldatum 1 oktober, plus een "
                  "vaste voet van € 4.000 per vestiging. Besturen zetten dit in voor de basisondersteuning en lichte "
                  "arrangementen;",
                  "35% gaat naar de expertisecentra voor de arrangementen op trede 2 en 3; de CAT kent deze toe op basis "
                  "van het groeidocument;",
                  "10% is bestemd voor organisatie, kwaliteitszorg en het steunpunt."]),
          ("p", "Besturen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte rapportage per school. "
                "Het verband houdt een weerstandsvermogen aan van maximaal 5% van de baten; daarboven vloeien middelen "
                "terug naar de scholen."),
          ("caption", "Tabel 9.1 Meerjarenbegroting (bedragen × € 1.000)"),
          ("table", [["", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "9.110", "9.020", "8.960", "8.900"],
                     ["Afdracht sbo/so (DUO)", "-3.400", "-3.310", "-3.220", "-3.150"],
                     ["Beschikbaar", "5.710", "5.710", "5.740", "5.750"],
                     ["Schoolbudgetten besturen", "3.140", "3.140", "3.157", "3.162"],
                     ["Arrangementen expertisecentra", "1.999", "1.999", "2.009", "2.013"],
                     ["Instroomgroep jonge kinderen", "0", "180", "240", "240"],
                     ["Organisatie, kwaliteit, steunpunt", "571", "391", "334", "335"],
                     ["Resultaat", "0", "0", "0", "0"]])]
    B += [("pagebreak",), ("h1", "Bijlage  Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Arrangement", "Afspraak over extra ondersteuning voor een kind of groep, met doel en duur."],
                     ["Monitoring", "Het systematisch volgen van resultaten en kengetallen, bijvoorbeeld in een dashboard."],
                     ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar een basisschool, zo mogelijk "
                      "met een overgangsarrangement en begeleiding door de speciale school."],
                     ["TLV", "Toelaatbaarheidsverklaring: besluit van het verband dat een kind naar sbo of so mag."],
                     ["OPP", "Ontwikkelingsperspectiefplan."]])]
    docx = os.path.join(OUT, slug + ".docx")
    render_docx(docx, B, header="SWV De Kieftenhorst PO 33-04 · Ondersteuningsplan 2026–2030",
                footer="Ondersteuningsplan 2026–2030")
    docs = [slug + ".docx"]
    if DO_PDF and to_pdf(docx):
        docs.append(slug + ".pdf")
    meta = dict(documents=docs, sector="po", looks_like_plan=True,
                status={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                        "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                        "ouders": "present"},
                core={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                      "plaatsing.procedure": True, "plaatsing.criteria": True,
                      "terugstroom.procedure": False, "terugstroom.beleid": False,
                      "financien.verdeling": True, "financien.besteding": True,
                      "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                      "resultaten.doelen": True, "resultaten.monitoring": False,
                      "ouders.informatie": True, "ouders.steunpunt": True},
                adv={"basisondersteuning.borging": True, "plaatsing.deskundigen": True,
                     "plaatsing.duur-categorie": True, "plaatsing.bezwaar": True,
                     "financien.reserves": True, "financien.verantwoording": True,
                     "dekkend-aanbod.ketenpartners": True, "resultaten.meetbaar": True,
                     "ouders.betrokkenheid": True},
                notes={"terugstroom": "Hoofdstuk 6 'Terugplaatsing en overplaatsing' only defers (beleid wordt in "
                                      "2026-2027 uitgewerkt, 'de uitwerking volgt'). The only substantive description is in "
                                      "the Bijlage Begrippenlijst (definition of Terugplaatsing), which does not count; "
                                      "the word also appears in the TOC and in table 4 trede-text ('gaat terug naar trede 2', "
                                      "a near-miss about observation groups, not s(b)o return).",
                       "resultaten": "H8 gives measurable beoogde resultaten for 2030 (table) but says nothing about how "
                                     "results are measured, monitored, evaluated or reported; 'Monitoring' occurs only in "
                                     "the begrippenlijst. monitoring=false -> partial.",
                       "dekkend-aanbod": "H4 four treden table (continuum) + 'Waar het netwerk nog niet sluit' "
                                         "(thuiszitterstafel, witte vlek jonge kinderen, zorgplicht) -> present.",
                       "plaatsing": "H5.1 numbered procedure (CAT, two deskundigen, 6 weken, LBT), H5.2 criteria sbo and so.",
                       "financien": "H9 verdeelsleutel 55/35/10 with €182 per leerling + vaste voet; meerjarenbegroting table 9.1.",
                       "basisondersteuning": "H3: ondergrens for every vestiging + 8 concrete voorzieningen + kwaliteitskaart audit.",
                       "ouders": "H7: ouderpagina/folder/ouderavond + Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, "
                                 "klachtenregeling, Geschillencommissie."})
    check_and_write_labels(slug, meta)
    return meta


# ============================================================================================
# B. Zandmeer-Lauwerzijl VO 34-12 – lwoo, pro and tussenvoorzieningen (docx + pdf)
# ============================================================================================
def doc_b():
    slug = "vo-zandmeer-lauwerzijl-lwoo-pro"
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Samenwerkingsverband Voortgezet Onderwijs Zandmeer-Lauwerzijl, VO 34-12"),
          ("small", "Versie voor instemming OPR – 3 maart 2026"),
          ("pagebreak",),
          ("toc", "Inhoudsopgave", [(1, "1. Het verband in vogelvlucht", 3), (1, "2. Basisondersteuning", 4),
                                    (1, "3. Lwoo, praktijkonderwijs en vso", 5),
                                    (1, "4. Tussenvoorzieningen en het dekkend aanbod", 8),
                                    (1, "5. Terug naar het regulier onderwijs", 10),
                                    (1, "6. Middelen en verdeling", 12),
                                    (1, "7. Ouders en leerlingen", 13),
                                    (1, "8. Kwaliteit en resultaten", 14),
                                    (1, "Begrippen", 15)]),
          ("pagebreak",)]
    B += [("h1", "1. Het verband in vogelvlucht"),
          ("p", "In Zandmeer-Lauwerzijl werken zes schoolbesturen samen. Zij hebben elf scholen voor vmbo, havo en vwo, "
                "twee praktijkscholen (Praktijkschool De Zeilmaker in Zandmeer en Praktijkcollege Lauwerzijl) en één "
                "school voor voortgezet speciaal onderwijs, Het Kompaspunt (cluster 4). Voor cluster 3 maken we gebruik "
                "van de vso-afdeling van De Meerkoet in het naburige verband. Op 1 oktober 2025 telde het verband "
                "7.960 leerlingen, van wie 1.310 met een lwoo-aanwijzing en 412 in het praktijkonderwijs."),
          ("p", "Onze regio is uitgestrekt en dunbevolkt; veel leerlingen reizen dagelijks meer dan twintig kilometer. "
                "De scholen behalen examenresultaten die rond het landelijk gemiddelde liggen en twee vmbo-locaties hebben "
                "het predicaat ‘excellent’. Het verband heeft een directeur-bestuurder en een raad van toezicht; de "
                "ondersteuningsplanraad telt vier ouders of leerlingen en vier personeelsleden."),
          ("h1", "2. Basisondersteuning"),
          ("p", "Alle scholen in ons verband bieden dezelfde, met elkaar afgesproken basisondersteuning. Dat is de bodem die "
                "op iedere vestiging geldt, ongeacht de leerweg of het bestuur: een leerling die van school wisselt, kan "
                "op de nieuwe school minstens op hetzelfde rekenen. Extra ondersteuning en tussenvoorzieningen komen daar "
                "bovenop."),
          ("p", "De uitgewerkte standaarden zijn opgenomen in bijlage 2, ‘Kaart basisondersteuning VO 34-12’.")]
    B += [("h1", "3. Lwoo, praktijkonderwijs en vso"),
          ("p", "Sinds de integratie van lwoo en pro in passend onderwijs beslist het verband over de aanwijzing voor "
                "leerwegondersteunend onderwijs, over toelaatbaarheid tot het praktijkonderwijs en over toelaatbaarheid tot "
                "het vso. Alle drie lopen via de Commissie Toewijzing Zandmeer-Lauwerzijl (CTZL)."),
          ("h2", "3.1 Leerwegondersteunend onderwijs"),
          ("p", "Zandmeer-Lauwerzijl hanteert de landelijke criteria; we hebben niet gekozen voor opting out. Een leerling "
                "komt in aanmerking voor lwoo als hij een IQ heeft tussen 75 en 90 en op ten minste twee van de domeinen "
                "begrijpend lezen, inzichtelijk rekenen, technisch lezen en spelling een leerachterstand van 25% tot 50% "
                "heeft, waarvan één in begrijpend lezen of inzichtelijk rekenen. Ook een leerling met een IQ tussen 91 en "
                "120 en die leerachterstand kan lwoo krijgen als er sprake is van sociaal-emotionele problematiek die het "
                "leren belemmert (prestatiemotivatie, faalangst of emotionele instabiliteit)."),
          ("p", "De VO-school waar de leerling is aangemeld, dient de aanvraag uiterlijk 1 maart in via het digitale "
                "overdrachtsdossier, met de gegevens van de basisschool en zo nodig aanvullend psychodiagnostisch "
                "onderzoek. De CTZL besluit binnen vier weken. De aanwijzing geldt voor de gehele schoolloopbaan in het "
                "vmbo."),
          ("h2", "3.2 Praktijkonderwijs"),
          ("p", "Voor pro gelden de landelijke criteria, die het verband niet kan vervangen: een IQ tussen 55 en 80 en "
                "leerachterstanden van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of "
                "inzichtelijk rekenen. De praktijkschool vraagt de TLV aan; de CTZL beslist binnen vier weken. De TLV pro "
                "geldt zolang de leerling praktijkonderwijs volgt."),
          ("h2", "3.3 Voortgezet speciaal onderwijs"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, dient de aanvraag in. Het dossier "
                "bevat het OPP met evaluaties, het verslag van het multidisciplinair overleg en de zienswijze van ouders "
                "en leerling. Twee deskundigen – een orthopedagoog of GZ-psycholoog en, afhankelijk van de situatie, een "
                "kinder- en jeugdpsychiater, maatschappelijk werker of arts – adviseren elk schriftelijk. De CTZL beslist "
                "binnen zes weken en kent een bekostigingscategorie laag, midden of hoog toe. De TLV geldt voor één tot "
                "drie schooljaren."),
          ("p", "Een leerling is toelaatbaar tot het vso als:"),
          ("ul", ["de reguliere school, met extra ondersteuning en een traject in een tussenvoorziening van ten minste "
                  "twaalf weken, de ondersteuningsbehoefte niet kan beantwoorden (bij acute onveiligheid kan dat traject "
                  "vervallen);",
                  "de leerling een intensieve combinatie van onderwijs en behandeling of zorg nodig heeft in een kleine "
                  "groep met een therapeutisch klimaat;",
                  "beide deskundigen onafhankelijk van elkaar tot dat oordeel komen."]),
          ("p", "Bezwaar tegen een besluit van de CTZL kan binnen zes weken. Het verband legt bezwaren voor aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    B += [("h1", "4. Tussenvoorzieningen en het dekkend aanbod"),
          ("p", "Tussen de reguliere school en het vso ligt in onze regio een reeks tussenvoorzieningen. Samen met de "
                "extra ondersteuning op de scholen en de speciale voorzieningen vormen ze een doorlopend aanbod:"),
          ("table", [["Voorziening", "Voor wie", "Duur / capaciteit"],
                     ["Extra ondersteuning op school (trajectgroep, coaching, lwoo-klassen)", "Leerlingen die meer nodig "
                      "hebben dan de basis", "Schooljaar, door de school zelf ingezet"],
                     ["Rebound Zijlpoort", "Leerlingen die even uit de school moeten vanwege gedrag", "8 weken, 2 dagen "
                      "per week op de rebound, 3 dagen op school; 16 plaatsen"],
                     ["OPDC De Overstap", "Vmbo-leerlingen met leer- en gedragsproblemen, vaak lwoo", "Maximaal 1 jaar; "
                      "60 plaatsen"],
                     ["Flexcollege", "Havo/vwo-leerlingen met psychische klachten die (dreigen te) verzuimen", "Maatwerk, "
                      "maximaal 2 jaar; 20 plaatsen"],
                     ["Praktijkonderwijs", "Leerlingen met TLV pro", "Tot uitstroom naar werk of mbo-1"],
                     ["Vso Het Kompaspunt", "Leerlingen met TLV vso (cluster 4)", "Duur van de TLV"],
                     ["Schakelroute vso-mbo", "Vso-leerlingen die naar de entreeopleiding gaan", "1 jaar"]]),
          ("p", "Voor leerlingen die tussen wal en schip vallen hebben we een aparte route. Iedere maand bespreekt het "
                "thuiszittersoverleg – verband, Regionaal Bureau Leerplicht, jeugdteams en de betrokken school – alle "
                "leerlingen die langer dan vier weken niet of nauwelijks naar school gaan. Binnen twee weken na melding is "
                "er een casusregisseur. Lukt het niet binnen drie maanden een passende plek te vinden, dan neemt de "
                "directeur-bestuurder het besluit namens alle besturen."),
          ("p", "Twee keer per jaar inventariseert het verband de wachtlijsten van de tussenvoorzieningen en het vso. De "
                "wachttijd voor de OPDC mag niet langer zijn dan zes weken. In 2025 bleek een gat in het aanbod voor "
                "havo/vwo-leerlingen met angststoornissen; het Flexcollege is daarom per 1 augustus 2026 uitgebreid van "
                "twaalf naar twintig plaatsen. Met de gemeenten maakten we in het OOGO afspraken over jeugdhulp op school en "
                "leerlingenvervoer naar de tussenvoorzieningen.")]
    B += [("h1", "5. Terug naar het regulier onderwijs"),
          ("p", "Een plek in een tussenvoorziening of in het vso is in onze ogen tijdelijk, tenzij de ontwikkeling van de "
                "leerling duidelijk iets anders laat zien. Ons beleid is dat een leerling terugkeert naar een reguliere school "
                "zodra het OPP aangeeft dat dat haalbaar is – bij voorkeur naar de eigen school, anders naar een school dicht "
                "bij huis. Voorwaarden zijn dat de ontvangende school de benodigde ondersteuning kan bieden en dat ouders en "
                "leerling de overstap zien zitten. Elke teruggeplaatste leerling krijgt een terugkeerarrangement: twintig "
                "weken begeleiding door een coach van de tussenvoorziening of het vso, die ook de mentor van de nieuwe school "
                "ondersteunt. Het verband betaalt deze begeleiding."),
          ("h2", "Stappen bij terugkeer uit het vso"),
          ("ol", ["In het laatste jaar van de TLV evalueert de vso-school uiterlijk 1 december het OPP met ouders en "
                  "leerling, met de vraag of terugkeer naar het regulier vo mogelijk is.",
                  "Is dat zo, dan organiseert de vso-school vóór 1 februari een terugplaatsingsoverleg met de consulent van "
                  "het verband en een mogelijke ontvangende school.",
                  "Het bevoegd gezag van de ontvangende school beslist over de inschrijving, gehoord het advies van de CTZL; "
                  "de TLV loopt af op 31 juli.",
                  "Is terugkeer nog niet verantwoord, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan.",
                  "Na drie en na twaalf maanden evalueert de coach samen met de nieuwe school en de ouders."]),
          ("p", "Bij de OPDC en het Flexcollege gelden evaluatiemomenten na tien en na dertig weken; de plaatsingscommissie "
                "van de voorziening besluit dan over terugkeer. In schooljaar 2024-2025 gingen 9 leerlingen vanuit het vso "
                "en 41 vanuit de OPDC terug naar een reguliere school.")]
    B += [("h1", "6. Middelen en verdeling"),
          ("p", "Het verband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor lwoo en pro die het "
                "verband van DUO ontvangt, gaan volledig door naar de scholen: de pro-middelen per leerling naar de twee "
                "praktijkscholen, de lwoo-middelen naar rato van het aantal leerlingen met een lwoo-aanwijzing per school "
                "op 1 oktober. Het deel voor extra ondersteuning verdelen we naar leerlingaantal: € 148 per leerling gaat "
                "rechtstreeks naar de besturen. De tussenvoorzieningen worden gezamenlijk gefinancierd volgens een "
                "verdeelsleutel naar leerlingaantal per bestuur; de afdracht voor het vso verloopt via DUO."),
          ("p", "De begroting 2026 en de meerjarenraming 2026-2030 zijn opgenomen in bijlage 5.")]
    B += [("h1", "7. Ouders en leerlingen"),
          ("p", "Ouders en leerlingen die vastlopen in het contact met een school, of het niet eens zijn met een besluit, "
                "kunnen terecht bij het Ouder- en Jeugdsteunpunt Lauwerzijl. Het steunpunt is onafhankelijk van scholen "
                "en verband; het is ondergebracht bij Stichting Zorgbrug en heeft een eigen budget. Medewerkers luisteren, "
                "denken mee, gaan mee naar gesprekken en kunnen bemiddelen. Daarnaast kunnen ouders gratis een beroep doen "
                "op Onderwijsconsulenten, en bij een geschil over toelating, verwijdering of het OPP op de "
                "Geschillencommissie passend onderwijs."),
          ("p", "Leerlingen mogen hun mening geven over hun OPP (hoorrecht). Het steunpunt bundelt de signalen van ouders "
                "en leerlingen en bespreekt die twee keer per jaar met de directeur-bestuurder."),
          ("h1", "8. Kwaliteit en resultaten"),
          ("p", "Hoofdstuk in ontwikkeling; wordt na instemming van de OPR aangevuld (p.m.).")]
    B += [("pagebreak",), ("h1", "Begrippen"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt, zoals "
                      "begeleiding door een mentor, een ondersteuningscoördinator en faciliteiten bij dyslexie."],
                     ["Beoogde resultaten", "De doelen die het verband zich stelt, bijvoorbeeld een daling van het aantal "
                      "thuiszitters, gemeten met jaarlijkse kengetallen."],
                     ["Kwaliteitszorg", "Het cyclisch evalueren en verbeteren van het beleid (PDCA)."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Steunpunt", "Zie Ouder- en Jeugdsteunpunt."]])]
    docx = os.path.join(OUT, slug + ".docx")
    render_docx(docx, B, header="Ondersteuningsplan 2026-2030 | SWV VO Zandmeer-Lauwerzijl",
                footer="", font="Arial", size=10)
    docs = [slug + ".docx"]
    if DO_PDF and to_pdf(docx):
        docs.append(slug + ".pdf")
    meta = dict(documents=docs, sector="vo", looks_like_plan=True,
                status={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                        "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                        "ouders": "partial"},
                core={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                      "plaatsing.procedure": True, "plaatsing.criteria": True,
                      "terugstroom.procedure": True, "terugstroom.beleid": True,
                      "financien.verdeling": True, "financien.besteding": False,
                      "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                      "resultaten.doelen": False, "resultaten.monitoring": False,
                      "ouders.informatie": False, "ouders.steunpunt": True},
                adv={"plaatsing.deskundigen": True, "plaatsing.duur-categorie": True, "plaatsing.bezwaar": True,
                     "terugstroom.monitoring": True, "dekkend-aanbod.ketenpartners": True,
                     "ouders.betrokkenheid": True},
                notes={"basisondersteuning": "H2 states the agreed minimum for every vestiging (niveau) but the "
                                             "concrete standards are only 'opgenomen in bijlage 2', which is not part of the "
                                             "input. The Begrippen list names mentor/ondersteuningscoördinator/dyslexie, "
                                             "which is a glossary and does not count. inhoud=false -> partial.",
                       "financien": "H6 gives the verdeling (pro per leerling, lwoo per aanwijzing on 1 oktober, €148 "
                                    "per leerling, verdeelsleutel tussenvoorzieningen) but no begroting/amounts of spending: "
                                    "'begroting 2026 en meerjarenraming ... in bijlage 5' (absent annex). besteding=false.",
                       "resultaten": "H8 'Kwaliteit en resultaten' is a placeholder ('in ontwikkeling ... p.m.'); 'Beoogde "
                                     "resultaten' and 'Kwaliteitszorg' occur only in the Begrippen list; examenresultaten "
                                     "in H1 are school quality (near-miss); figures in H4/H5 (OPDC wachttijd max 6 weken, "
                                     "9 + 41 terugplaatsingen) belong to dekkend-aanbod/terugstroom. Nothing addressed -> missing.",
                       "ouders": "H7 covers the independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie "
                                 "(steunpunt) and hoorrecht, but nowhere how parents are informed about the support "
                                 "facilities (no website/folder/schoolgids/meeting). informatie=false -> partial.",
                       "terugstroom": "H5: policy (temporary placement, conditions, 20-week terugkeerarrangement paid by SWV) "
                                      "+ numbered steps for vso return with dates, plus figures 2024-2025.",
                       "plaatsing": "H3: lwoo (national criteria, aanvraag 1 maart, CTZL 4 weken), pro (national criteria), "
                                    "vso procedure + criteria + deskundigen + categorie + LBT.",
                       "dekkend-aanbod": "H4: table of tussenvoorzieningen (continuum) + thuiszittersoverleg, wachtlijsten, "
                                         "gap havo/vwo angst -> present."})
    check_and_write_labels(slug, meta)
    return meta


# ============================================================================================
# C. De Zwiedse Marken PO 35-02 – small rural verband, very short chapters (.md)
# ============================================================================================
def doc_c():
    slug = "po-zwiedse-marken-kort"
    md = """# Ondersteuningsplan 2026–2030

**Samenwerkingsverband De Zwiedse Marken – PO 35-02**
Passend onderwijs in negentien dorpen

*Instemming ondersteuningsplanraad: 10 maart 2026 · OOGO gemeente Zwiedewold: 4 februari 2026 · vastgesteld door het bestuur: 26 maart 2026*

---

## 1. Wie we zijn

Vier besturen, negentien dorpsscholen en één sbo-school (De Brug in Zwiedeveen). Samen 2.140 leerlingen. Een so-school hebben we niet in de regio; kinderen die so nodig hebben gaan naar De Horizon of Het Anker in Hoogeveld, 25 km verderop.

Klein zijn heeft voordelen. Iedereen kent elkaar, lijnen zijn kort. Het heeft ook nadelen: een specialist voor één kind is duur en reizen kost tijd. Daarom dit korte plan, met heldere afspraken.

De eindtoetsresultaten van onze scholen liggen al jaren boven het landelijk gemiddelde. Daar zijn we trots op, maar dit plan gaat over iets anders: kinderen die meer nodig hebben.

## 2. Basisondersteuning

Wat elke school van De Zwiedse Marken minimaal biedt – afgesproken door alle vier besturen, voor alle negentien locaties:

- een intern begeleider (ook op de kleinste school minstens één dag per week);
- een dyslexie- en dyscalculieprotocol, met hulpmiddelen als voorleessoftware;
- een aanbod voor kinderen die meer aankunnen, in de eigen groep;
- een anti-pestprogramma en jaarlijks een meting van de sociale veiligheid;
- een OPP voor ieder kind dat een eigen leerlijn volgt, besproken met ouders;
- twee keer per jaar een ondersteuningsteam met de orthopedagoog van het verband, het schoolmaatschappelijk werk en de jeugdverpleegkundige.

De scholen beschrijven dit in hun schoolgids. De coördinator van het verband loopt één keer per jaar met elke school de lijst na.

## 3. Meer dan de basis

Is de basis niet genoeg? Dan is er dit aanbod, van licht naar zwaar:

1. **Advies op maat** – de orthopedagoog van het verband kijkt mee, observeert in de groep en adviseert de leerkracht.
2. **Arrangement op school** – extra begeleiding of een onderwijsassistent, voor een periode van maximaal een schooljaar.
3. **Plusklas Kiem** – één ochtend per week in Zwiedeveen voor kinderen die veel meer uitdaging nodig hebben.
4. **Taalklas** – voor nieuwkomers, op de Meidoornschool in Marum-Zwiede, maximaal een jaar.
5. **Ambulante begeleiding** – door specialisten van De Horizon of Het Anker, op de eigen school.
6. **Sbo De Brug** – voor kinderen die een kleine groep en veel structuur nodig hebben.
7. **So in Hoogeveld** – cluster 3 en 4, met busvervoer via de gemeente.

## 4. Naar sbo of so

Als een overstap naar sbo of so aan de orde is, gaat het zo:

- de intern begeleider bespreekt het kind in het ondersteuningsteam, samen met de ouders;
- het bestuur van de school vraagt een toelaatbaarheidsverklaring (TLV) aan bij het Loket van het verband;
- twee deskundigen (de orthopedagoog van het verband en een psycholoog of jeugdarts) geven ieder een eigen schriftelijk advies;
- de coördinator besluit namens het bestuur binnen zes weken;
- een TLV voor het sbo geldt twee jaar, een TLV voor het so één tot drie jaar (categorie laag, midden of hoog);
- bezwaar? Dat kan binnen zes weken; wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie.

## 5. Na groep 8

Alle kinderen, ook die van De Brug, krijgen in groep 8 een warme overdracht naar het voortgezet onderwijs. De intern begeleider belt met de mentor van de nieuwe school. Voor kinderen die meer nodig hebben, schuift ook de ambulant begeleider aan.

## 6. Geld

In 2026 krijgen we ongeveer € 1,46 miljoen. Via DUO gaat € 0,52 miljoen rechtstreeks naar De Brug en de so-scholen. De rest verdelen we zo:

- iedere school krijgt een vaste voet van € 6.000, plus € 95 per leerling (teldatum 1 oktober);
- € 210.000 houden we apart voor arrangementen, plusklas en taalklas; het Loket kent die toe;
- het overige is voor de orthopedagoog, de coördinator en het bureau.

| Begroting (× € 1.000) | 2026 | 2027 | 2028 | 2029 |
|---|---:|---:|---:|---:|
| Ondersteuningsmiddelen | 1.460 | 1.440 | 1.425 | 1.410 |
| Afdracht DUO sbo/so | -520 | -515 | -510 | -505 |
| Schoolbudgetten | 317 | 315 | 312 | 309 |
| Arrangementen, plusklas, taalklas | 210 | 210 | 210 | 210 |
| Orthopedagoog en coördinator | 248 | 252 | 256 | 260 |
| Bureau en OPR | 95 | 96 | 97 | 98 |
| Saldo | 70 | 52 | 40 | 28 |

Het positieve saldo gebruiken we de komende jaren om de reserve af te bouwen naar het afgesproken niveau.

## 7. Ouders

- Op www.zwiedsemarken.nl staat welke ondersteuning er is en hoe u die aanvraagt.
- Iedere school geeft u de folder *Passend onderwijs in de Zwiedse Marken*.
- Eén keer per jaar is er een ouderavond in het dorpshuis van Zwiedeveen.

Wilt u onafhankelijk advies, of loopt u vast? Bel het Ouder- en Jeugdsteunpunt Drentse Marken (ook voor ons verband) of de Onderwijsconsulenten. Beide zijn gratis en staan los van school en verband.

## 8. Meedenken

De ondersteuningsplanraad (drie ouders, drie leerkrachten) heeft met dit plan ingestemd. Met de gemeente Zwiedewold voerden we OOGO over jeugdhulp op school en leerlingenvervoer.
"""
    write(slug + ".md", md)
    meta = dict(documents=[slug + ".md"], sector="po", looks_like_plan=True,
                status={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                        "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                        "ouders": "present"},
                core={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                      "plaatsing.procedure": True, "plaatsing.criteria": False,
                      "terugstroom.procedure": False, "terugstroom.beleid": False,
                      "financien.verdeling": True, "financien.besteding": True,
                      "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                      "resultaten.doelen": False, "resultaten.monitoring": False,
                      "ouders.informatie": True, "ouders.steunpunt": True},
                adv={"basisondersteuning.borging": True, "plaatsing.deskundigen": True,
                     "plaatsing.duur-categorie": True, "plaatsing.bezwaar": True,
                     "financien.reserves": True, "dekkend-aanbod.ketenpartners": True,
                     "ouders.betrokkenheid": True},
                notes={"plaatsing": "Section 4 gives the procedure (IB/OT, bestuur vraagt TLV aan bij Loket, two "
                                    "deskundigen, besluit binnen zes weken, duur, LBT) but no criteria for when a child is "
                                    "toelaatbaar ('als een overstap aan de orde is'). criteria=false -> partial.",
                       "terugstroom": "No section or sentence on return from sbo/so to regular education. Section 5 "
                                      "'Na groep 8' is a near-miss (warme overdracht PO-VO, also for De Brug pupils). -> missing.",
                       "dekkend-aanbod": "Section 3 lists the continuum (7 steps from advies op maat to so). Nothing on "
                                         "gaps, thuiszitters, wachtlijsten, zorgplicht or pupils without a place. "
                                         "lacunes=false -> partial. OOGO on jeugdhulp/vervoer (section 8) is advisory.",
                       "resultaten": "No intended or achieved results and no monitoring; the eindtoets sentence in "
                                     "section 1 is a near-miss (school quality) and is explicitly set aside. -> missing.",
                       "financien": "Section 6: vaste voet €6.000 + €95 per leerling, arrangementen budget via Loket, "
                                    "begroting 2026-2029 table.",
                       "basisondersteuning": "Section 2: minimum for all 19 locations + six concrete provisions.",
                       "ouders": "Section 7: website, folder, ouderavond + OJSP Drentse Marken and Onderwijsconsulenten."})
    check_and_write_labels(slug, meta)
    return meta


# ============================================================================================
# D. Oostpolder-Ringvaart VO 36-09 – almost everything in Word tables (docx only)
# ============================================================================================
def doc_d():
    slug = "vo-oostpolder-ringvaart-tabellen"
    B = []
    B += [("title", "Ondersteuningsplan 2026–2030 in tabellen"),
          ("subtitle", "Stichting Samenwerkingsverband VO Oostpolder-Ringvaart (VO 36-09)"),
          ("small", "Dit plan is bewust kort gehouden: per onderwerp één tabel met de afspraken."),
          ("h1", "1. Kerngegevens"),
          ("p", "De situatie op de teldatum 1 oktober 2025."),
          ("table", [["Gegeven", "Aantal"],
                     ["Aangesloten schoolbesturen", "5"],
                     ["Scholen voor vmbo/havo/vwo", "9 (waarvan 5 met lwoo-licentie)"],
                     ["Praktijkschool", "1 (Praktijkschool Ringvaart)"],
                     ["Vso-school", "1 (De Dijkwachter, cluster 4)"],
                     ["Leerlingen totaal", "8.720"],
                     ["Leerlingen met lwoo-aanwijzing", "1.044"],
                     ["Leerlingen vso (TLV afgegeven door ons verband)", "176"],
                     ["Deelnamepercentage vso", "2,0% (landelijk 3,4%)"]]),
          ("h1", "2. Basisondersteuning"),
          ("p", "Elke vestiging van elk aangesloten bestuur voldoet ten minste aan onderstaande standaard."),
          ("table", [["Domein", "Wat elke school minimaal biedt", "Hoe geborgd"],
                     ["Ondersteuningsstructuur", "Ondersteuningscoördinator (min. 0,5 fte per 600 leerlingen); "
                      "zorgadviesteam met jeugdarts, leerplicht en schoolmaatschappelijk werk, 6× per jaar",
                      "Jaarlijkse audit door het verband"],
                     ["Leren", "Faciliteiten bij dyslexie en dyscalculie: extra tijd, vergroot lettertype, "
                      "voorleessoftware, rekenkaart", "Audit + steekproef lesbezoek"],
                     ["Sociaal-emotioneel", "Faalangstreductietraining en sociale-vaardigheidstraining, "
                      "minimaal 2× per jaar aangeboden", "Audit"],
                     ["Executieve functies", "Huiswerkbegeleiding en planningscoaching in de eigen school", "Audit"],
                     ["Medisch", "Protocol medicijnverstrekking en medisch handelen; rustruimte", "Audit"],
                     ["Veiligheid", "Anti-pestcoördinator, jaarlijkse veiligheidsmonitor", "Monitor + audit"],
                     ["Handelingsgericht werken", "OPP voor iedere leerling met extra ondersteuning, 2× per jaar "
                      "geëvalueerd", "Steekproef dossiers"]]),
          ("p", "Een school die bij de audit op een domein onvoldoende scoort, levert binnen drie maanden een "
                "verbeterplan aan bij de directeur."),
          ("h1", "3. Toewijzing en toelaatbaarheid"),
          ("p", "Het verband beslist over lwoo, pro en vso volgens onderstaande afspraken."),
          ("table", [["", "Lwoo", "Praktijkonderwijs", "Vso cluster 3", "Vso cluster 4"],
                     ["Aanvrager", "VO-school van aanmelding", "Praktijkschool", "Bevoegd gezag school van inschrijving",
                      "Bevoegd gezag school van inschrijving"],
                     ["Criteria", "Landelijke criteria: IQ 75–90 én leerachterstand 25–50% op ≥ 2 domeinen "
                      "(waarvan één begrijpend lezen of inzichtelijk rekenen); of IQ 91–120 met die achterstand en "
                      "sociaal-emotionele problematiek",
                      "Landelijke criteria: IQ 55–80 én leerachterstand ≥ 50% op ≥ 2 domeinen (waarvan één "
                      "begrijpend lezen of inzichtelijk rekenen)",
                      "Verstandelijke of lichamelijke beperking of langdurige ziekte die een aangepast "
                      "onderwijsprogramma met zorg vraagt, die de reguliere school ook met arrangement niet kan bieden",
                      "Ernstige gedrags- of psychiatrische problematiek; OPP met ten minste twee geëvalueerde "
                      "ondersteuningsperiodes laat zien dat regulier onderwijs niet volstaat"],
                     ["Deskundigen", "Orthopedagoog verband", "Orthopedagoog verband",
                      "Orthopedagoog/GZ-psycholoog + arts of maatschappelijk werker, elk afzonderlijk advies",
                      "Orthopedagoog/GZ-psycholoog + kinderpsychiater of maatschappelijk werker, elk afzonderlijk advies"],
                     ["Besluit door", "Toewijzingscommissie", "Toewijzingscommissie", "Toewijzingscommissie",
                      "Toewijzingscommissie"],
                     ["Termijn besluit", "4 weken; aanvraag vóór 15 maart", "4 weken", "6 weken", "6 weken"],
                     ["Geldigheid", "Hele vmbo-loopbaan", "Hele pro-loopbaan", "1–3 jaar, categorie midden of hoog",
                      "1–2 jaar, categorie laag"],
                     ["Bezwaar", "Binnen 6 weken; Landelijke Bezwaaradviescommissie", "Idem", "Idem", "Idem"]]),
          ("h1", "4. Terugplaatsing"),
          ("p", "De route vanuit het vso terug naar het regulier vo verloopt in vijf stappen."),
          ("table", [["Stap", "Wanneer", "Wie", "Wat"],
                     ["1", "Laatste TLV-jaar, vóór 1 december", "Vso-school", "Evaluatie OPP: is terugkeer naar het "
                      "regulier vo haalbaar?"],
                     ["2", "Vóór 1 februari", "Vso-school + consulent verband", "Terugplaatsingsoverleg met een "
                      "mogelijke ontvangende school"],
                     ["3", "Vóór 1 april", "Bevoegd gezag ontvangende school", "Besluit over inschrijving; bij "
                      "inschrijving eindigt de TLV op 31 juli"],
                     ["4", "Vóór 1 mei", "Vso-school", "Als terugkeer niet haalbaar is: aanvraag nieuwe TLV bij "
                      "de toewijzingscommissie"],
                     ["5", "Vóór 1 juli", "Vso-school", "Overdracht van het dossier aan de ontvangende school"]]),
          ("h1", "5. Knelpunten in het aanbod"),
          ("p", "Waar het aanbod in de regio tekortschiet, en wat we eraan doen."),
          ("table", [["Knelpunt", "Omvang (1-10-2025)", "Aanpak", "Gereed"],
                     ["Thuiszitters", "14 leerlingen, van wie 5 langer dan 3 maanden", "Maandelijkse thuiszitterstafel "
                      "met leerplicht en jeugdhulp; casusregie door consulent verband; escalatie naar directeur na "
                      "8 weken", "Doorlopend"],
                     ["Wachtlijst vso cluster 4", "11 leerlingen, gemiddeld 14 weken", "Extra groep De Dijkwachter "
                      "(12 plaatsen)", "1-8-2026"],
                     ["Geen aanbod havo/vwo-leerlingen met ernstige angst", "ca. 20 leerlingen per jaar",
                      "Pilot kleine onderwijsgroep bij een havo/vwo-school", "1-1-2027"],
                     ["Vrijstellingen art. 5 onder a", "6 leerlingen", "Herbeoordeling van elke vrijstelling met "
                      "GGD-arts en orthopedagoog", "1-2-2027"],
                     ["Leerlingen zonder school na verhuizing", "4 leerlingen in 2024-2025", "Verband wijst binnen "
                      "2 weken een school aan die de zorgplicht overneemt", "Doorlopend"]]),
          ("h1", "6. Financiën"),
          ("p", "Verdeling van de ondersteuningsmiddelen na afdrachten."),
          ("table", [["Budget", "Verdeelsleutel", "Bedrag 2026"],
                     ["Lwoo-middelen", "Naar rato aantal lwoo-leerlingen per school op 1 oktober", "€ 4.280.000"],
                     ["Pro-middelen", "Volledig naar de praktijkschool", "€ 1.730.000"],
                     ["Schoolbudget extra ondersteuning", "€ 135 per leerling naar het bestuur", "€ 1.177.000"],
                     ["Kleine onderwijsgroepen en pilot", "Op aanvraag, besluit toewijzingscommissie", "€ 410.000"],
                     ["Thuiszitterstafel en consulenten", "Centraal", "€ 265.000"],
                     ["Bureau en bestuur", "Centraal", "€ 312.000"]]),
          ("p", "Meerjarenbegroting (× € 1.000)."),
          ("table", [["", "2026", "2027", "2028", "2029", "2030"],
                     ["Baten lichte + zware ondersteuning", "13.960", "13.870", "13.790", "13.700", "13.640"],
                     ["Afdracht vso (DUO)", "-5.786", "-5.820", "-5.850", "-5.870", "-5.880"],
                     ["Lwoo + pro naar scholen", "-6.010", "-5.930", "-5.870", "-5.810", "-5.770"],
                     ["Schoolbudgetten", "-1.177", "-1.170", "-1.162", "-1.155", "-1.150"],
                     ["Groepen, pilot, thuiszitterstafel", "-675", "-690", "-700", "-700", "-700"],
                     ["Bureau en bestuur", "-312", "-318", "-324", "-330", "-336"],
                     ["Saldo", "0", "-58", "-116", "-165", "-196"],
                     ["Reserve ultimo jaar", "1.210", "1.152", "1.036", "871", "675"]]),
          ("h1", "7. Resultaten"),
          ("p", "Onze doelen voor de planperiode, met de manier waarop we ze volgen. We rapporteren halfjaarlijks aan het "
                "bestuur en jaarlijks in het jaarverslag (1 juni)."),
          ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030", "Hoe gevolgd"],
                     ["Minder thuiszitters", "Aantal thuiszitters > 4 weken", "14", "≤ 5",
                      "Maandelijkse leerplichttelling"],
                     ["Snelle toewijzing", "Doorlooptijd TLV-besluit", "7,5 week", "≤ 6 weken",
                      "Registratie toewijzingscommissie, per kwartaal"],
                     ["Terug naar regulier", "Terugplaatsingen uit vso per jaar", "6", "≥ 12",
                      "Telling per 1 oktober"],
                     ["Sterke basis", "Scholen die de audit basisondersteuning volledig halen", "6 van 9", "9 van 9",
                      "Jaarlijkse audit"],
                     ["Tevredenheid scholen", "Gemiddeld rapportcijfer dienstverlening verband", "6,9", "≥ 7,5",
                      "Tweejaarlijkse enquête"]]),
          ("h1", "8. Vaststelling"),
          ("p", "Vastgesteld door het algemeen bestuur op 14 april 2026, na OOGO met de gemeenten Oostpolder en "
                "Ringvaart (3 februari 2026)."),
          ("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["GZ", "Gezondheidszorg"], ["lwoo", "Leerwegondersteunend onderwijs"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPP", "Ontwikkelingsperspectief(plan)"],
                     ["OPR", "Ondersteuningsplanraad"], ["pro", "Praktijkonderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["vso", "Voortgezet speciaal onderwijs"]])]
    docx = os.path.join(OUT, slug + ".docx")
    render_docx(docx, B, header="SWV VO 36-09 Oostpolder-Ringvaart – Ondersteuningsplan 2026–2030", footer="")
    meta = dict(documents=[slug + ".docx"], sector="vo", looks_like_plan=True,
                status={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                        "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                        "ouders": "missing"},
                core={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                      "plaatsing.procedure": True, "plaatsing.criteria": True,
                      "terugstroom.procedure": True, "terugstroom.beleid": False,
                      "financien.verdeling": True, "financien.besteding": True,
                      "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                      "resultaten.doelen": True, "resultaten.monitoring": True,
                      "ouders.informatie": False, "ouders.steunpunt": False},
                adv={"basisondersteuning.borging": True, "plaatsing.deskundigen": True,
                     "plaatsing.duur-categorie": True, "plaatsing.bezwaar": True,
                     "terugstroom.monitoring": True, "financien.reserves": True,
                     "dekkend-aanbod.ketenpartners": True, "resultaten.meetbaar": True},
                notes={"terugstroom": "Table 4 gives the five-step procedure (who, when, decision, end of TLV, new TLV). "
                                      "No policy: no aims, conditions or support after return. beleid=false -> partial. "
                                      "The results table (7) has a terugplaatsing indicator (advisory monitoring).",
                       "dekkend-aanbod": "Table 5 'Knelpunten in het aanbod' covers gaps (thuiszitters, wachtlijst, "
                                         "angst, vrijstellingen, zorgplicht after moving) -> lacunes. The plan never "
                                         "describes the coherent set of provisions (no arrangementen/levels/voorzieningen "
                                         "overview); lwoo/pro/vso appear only as placement routes and the kerngegevens "
                                         "table only counts schools. continuum=false -> partial.",
                       "ouders": "Parents are not mentioned anywhere in the body (no information channels, no independent "
                                 "support, no role in procedures). OJSP and OPR appear only in the Afkortingen table, "
                                 "which does not count. -> missing.",
                       "resultaten": "Table 7: doelen with indicators, nulmeting, streefwaarde 2030, and how followed; "
                                     "halfjaarlijkse rapportage + jaarverslag -> present.",
                       "financien": "Table 6 verdeelsleutel with amounts + meerjarenbegroting 2026-2030 with reserve.",
                       "plaatsing": "Table 3: aanvrager, criteria, deskundigen, besluit, termijn, geldigheid, bezwaar for "
                                    "lwoo, pro, vso 3 and 4.",
                       "basisondersteuning": "Table 2: 'elke vestiging ... ten minste' + seven domains with concrete "
                                             "voorzieningen and borging."})
    check_and_write_labels(slug, meta)
    return meta


# ============================================================================================
# E. Het Elzenbroek PO 32-11 – "actualisatie 2026", only changed topics (docx + pdf)
# ============================================================================================
def doc_e():
    slug = "po-elzenbroek-actualisatie-2026"
    ONG = "ongewijzigd ten opzichte van het plan 2022-2026"
    B = []
    B += [("title", "Actualisatie 2026"),
          ("subtitle", "Ondersteuningsplan Samenwerkingsverband Het Elzenbroek, PO 32-11"),
          ("subtitle", "Planperiode 1 augustus 2026 – 31 juli 2030"),
          ("small", "Dit document vormt samen met het Ondersteuningsplan 2022-2026 het geldende ondersteuningsplan."),
          ("pagebreak",),
          ("toc", "Inhoud", [(1, "1  Waarom een actualisatie?", 2), (1, "2  Wat is er veranderd?", 2),
                             (1, "3  Basisondersteuning", 3), (1, "4  Toelaatbaarheid", 3),
                             (1, "5  Terugplaatsing en overplaatsing (nieuw)", 3),
                             (1, "6  Verdeling van de middelen (gewijzigd)", 5),
                             (1, "7  Dekkend aanbod", 6), (1, "8  Ambities 2026-2030", 6),
                             (1, "9  Ouders (gewijzigd)", 7), (1, "10 Vaststelling", 8)]),
          ("pagebreak",)]
    B += [("h1", "1  Waarom een actualisatie?"),
          ("p", "Het algemeen bestuur van Het Elzenbroek heeft in juni 2025 besloten het ondersteuningsplan niet opnieuw "
                "van voor naar achter te schrijven. De evaluatie met scholen, ouders en gemeenten liet zien dat het plan "
                "2022-2026 op de meeste punten goed werkt. Waar wel iets moest veranderen, is dat in deze actualisatie "
                "opgenomen. Voor alle andere onderwerpen geldt de tekst van het plan 2022-2026, dat op onze website te "
                "vinden is."),
          ("p", "Het Elzenbroek omvat zeven besturen met 41 basisscholen, sbo De Elzenhof en so-school De Vlonder "
                "(cluster 3 en 4), in de gemeenten Elzendorp, Broekhuizen en Tweewaters."),
          ("h1", "2  Wat is er veranderd?"),
          ("table", [["Onderwerp", "Status in deze actualisatie", "Paragraaf"],
                     ["Basisondersteuning", ONG.capitalize(), "3"],
                     ["Toelaatbaarheid sbo en so", ONG.capitalize(), "4"],
                     ["Terugplaatsing en overplaatsing", "Nieuw beleid en nieuwe procedure", "5"],
                     ["Verdeling van de middelen", "Nieuw verdeelmodel per 1 augustus 2026", "6"],
                     ["Meerjarenbegroting", ONG.capitalize() + "; jaarlijkse actualisatie via de begroting", "6"],
                     ["Dekkend aanbod", ONG.capitalize(), "7"],
                     ["Ambities", "Nieuwe ambities voor 2026-2030", "8"],
                     ["Monitoring en verantwoording", ONG.capitalize(), "8"],
                     ["Informatie aan ouders", "Nieuw ouderportaal", "9"],
                     ["Onafhankelijke ondersteuning van ouders", "In voorbereiding", "9"]]),
          ("h1", "3  Basisondersteuning"),
          ("p", "De afspraken over basisondersteuning zijn " + ONG + ". De standaarden uit dat plan blijven van kracht."),
          ("h1", "4  Toelaatbaarheid"),
          ("p", "De procedure en de criteria voor toelaatbaarheid tot sbo en so zijn " + ONG + ".")]
    B += [("h1", "5  Terugplaatsing en overplaatsing (nieuw)"),
          ("p", "De evaluatie van het vorige plan liet een duidelijke lacune zien: leerlingen die eenmaal op het sbo of "
                "so zaten, bleven daar vrijwel altijd tot het einde van hun basisschooltijd, ook als het goed met hen ging. "
                "In 2024-2025 keerden slechts 8 van de 512 leerlingen in sbo en so terug naar een basisschool. Daarom is er "
                "nu een uitgewerkt beleid."),
          ("h2", "5.1 Uitgangspunten"),
          ("ul", ["Een plaatsing in sbo of so is geen eindstation. Bij elke evaluatie van het OPP stellen school en ouders "
                  "de vraag: kan dit kind weer thuisnabij naar een gewone basisschool, geheel of gedeeltelijk?",
                  "Terugplaatsing gebeurt alleen als de ontvangende school de ondersteuning kan bieden die in het OPP "
                  "staat, en als ouders ermee instemmen.",
                  "Ieder teruggeplaatst kind krijgt een terugkeerarrangement: zes tot twaalf maanden ambulante begeleiding "
                  "door een leerkracht van De Elzenhof of De Vlonder, die ook de nieuwe leerkracht coacht. Het verband "
                  "betaalt hiervoor € 4.500 per leerling.",
                  "Een gedeeltelijke terugkeer (bijvoorbeeld twee dagen basisschool, drie dagen sbo) is mogelijk als "
                  "tussenstap, voor maximaal een half jaar."]),
          ("h2", "5.2 Procedure"),
          ("ol", ["De sbo- of so-school bespreekt bij de OPP-evaluaties in november en juni met ouders of terugplaatsing "
                  "aan de orde is.",
                  "In het laatste jaar van de TLV vindt uiterlijk 1 maart een terugplaatsingsgesprek plaats met ouders, "
                  "de speciale school, de beoogde basisschool en de consulent van het verband.",
                  "Het bestuur van de ontvangende basisschool besluit binnen zes weken over de inschrijving; de consulent "
                  "legt de afspraken over het terugkeerarrangement vast.",
                  "Een proefplaatsing van maximaal zes weken is mogelijk voordat het besluit valt.",
                  "De TLV eindigt op 31 juli. Is terugkeer nog niet verantwoord, dan vraagt de school een nieuwe TLV aan.",
                  "Drie en negen maanden na de terugkeer evalueert de consulent met ouders en school hoe het gaat."])]
    B += [("h1", "6  Verdeling van de middelen (gewijzigd)"),
          ("p", "Per 1 augustus 2026 stapt Het Elzenbroek over van een volledig schoolmodel naar een gemengd model. Tot nu "
                "toe ging vrijwel het hele budget per leerling naar de besturen. Voortaan verdelen we de middelen die na "
                "de afdrachten aan sbo en so via DUO resteren als volgt:"),
          ("table", [["Onderdeel", "Verdeelcriterium", "Wie beslist"],
                     ["Schoolbudget", "€ 120 per leerling (teldatum 1 oktober) + vaste voet € 5.000 per school",
                      "Automatisch, uitbetaling in twee termijnen"],
                     ["Arrangementenbudget", "Op aanvraag per leerling of groep, op basis van het groeidocument",
                      "Consulent verband; boven € 10.000 de directeur"],
                     ["Terugkeerarrangementen", "€ 4.500 per teruggeplaatste leerling", "Consulent verband"],
                     ["Bovenschoolse taken", "Vast bedrag volgens de begroting", "Algemeen bestuur"]]),
          ("p", "De meerjarenbegroting is " + ONG + " en wordt jaarlijks geactualiseerd in de begroting van het verband."),
          ("h1", "7  Dekkend aanbod"),
          ("p", "De beschrijving van het dekkend aanbod is " + ONG + ".")]
    B += [("h1", "8  Ambities 2026-2030"),
          ("p", "Voor de komende planperiode stellen we ons vier concrete doelen:"),
          ("table", [["Ambitie", "Uitgangssituatie 2024-2025", "Doel in 2029-2030"],
                     ["Meer kinderen terug naar het regulier", "8 terugplaatsingen per jaar", "Ten minste 20 per jaar"],
                     ["Terugplaatsingen die slagen", "Niet bekend", "85% zit na een jaar nog op de basisschool"],
                     ["Thuisnabij onderwijs", "Deelname sbo + so 4,6%", "Ten hoogste 4,0%"],
                     ["Ouders goed geïnformeerd", "Rapportcijfer informatievoorziening 6,4", "Ten minste 7,5"]]),
          ("p", "De manier waarop wij resultaten volgen en verantwoorden is " + ONG + ".")]
    B += [("h1", "9  Ouders (gewijzigd)"),
          ("p", "Ouders gaven in de evaluatie aan dat zij de weg naar ondersteuning moeilijk vinden. Daarom zijn de "
                "informatiekanalen vernieuwd:"),
          ("ul", ["het ouderportaal Elzenwijzer (sinds januari 2026) toont per school welke basisondersteuning en extra "
                  "ondersteuning er is, met een link naar de schoolgids, en legt in gewone taal uit hoe een arrangement of "
                  "TLV wordt aangevraagd;",
                  "de ouderfolder is herschreven op taalniveau B1 en verkrijgbaar in vijf talen;",
                  "iedere eerste woensdag van de maand is er een informatiespreekuur op het bureau van het verband, waar "
                  "ouders uitleg krijgen over het aanbod."]),
          ("p", "Het ouder- en jeugdsteunpunt richten we in 2027 in, samen met het VO-verband in de regio; de uitwerking "
                "volgt. De regeling voor klachten en geschillen is " + ONG + "."),
          ("h1", "10 Vaststelling"),
          ("p", "De ondersteuningsplanraad stemde op 17 maart 2026 in met deze actualisatie. Het OOGO met de drie gemeenten "
                "vond plaats op 29 januari 2026; het overleg met het VO-verband op 5 februari 2026. Het algemeen bestuur "
                "stelde de actualisatie vast op 8 april 2026.")]
    docx = os.path.join(OUT, slug + ".docx")
    render_docx(docx, B, header="Het Elzenbroek PO 32-11 – Actualisatie 2026 ondersteuningsplan",
                footer="Actualisatie 2026", font="Cambria", size=11)
    docs = [slug + ".docx"]
    if DO_PDF and to_pdf(docx):
        docs.append(slug + ".pdf")
    meta = dict(documents=docs, sector="po", looks_like_plan=True,
                status={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "present",
                        "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial",
                        "ouders": "partial"},
                core={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                      "plaatsing.procedure": False, "plaatsing.criteria": False,
                      "terugstroom.procedure": True, "terugstroom.beleid": True,
                      "financien.verdeling": True, "financien.besteding": False,
                      "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                      "resultaten.doelen": True, "resultaten.monitoring": False,
                      "ouders.informatie": True, "ouders.steunpunt": False},
                adv={"terugstroom.monitoring": True, "resultaten.meetbaar": True, "ouders.betrokkenheid": True},
                notes={"basisondersteuning": "Section 3 and the overview table only say 'ongewijzigd ten opzichte van het "
                                             "plan 2022-2026' (document not part of the input). The ouderportaal bullet in "
                                             "section 9 names basisondersteuning only as a topic of the portal. -> missing.",
                       "plaatsing": "Section 4 'ongewijzigd'; 'nieuwe TLV aanvragen' in 5.2 and 'hoe een TLV wordt "
                                    "aangevraagd' in 9 are passing mentions. -> missing.",
                       "dekkend-aanbod": "Section 7 'ongewijzigd'. The word 'lacune' in 5 refers to terugplaatsing. "
                                         "-> missing.",
                       "financien": "Section 6 gives the new verdeelmodel (€120 per leerling + vaste voet, arrangementen "
                                    "on request, who decides). Meerjarenbegroting 'ongewijzigd ... jaarlijks geactualiseerd' "
                                    "-> besteding=false -> partial.",
                       "resultaten": "Section 8 gives measurable targets; monitoring/verantwoording 'ongewijzigd' -> "
                                     "monitoring=false -> partial.",
                       "ouders": "Section 9: ouderportaal, folder, spreekuur (informatie). The OJSP is deferred ('richten we "
                                 "in 2027 in; de uitwerking volgt'), klachten/geschillen 'ongewijzigd'; the spreekuur is run "
                                 "by the verband itself, not independent. steunpunt=false -> partial.",
                       "terugstroom": "Section 5: uitgangspunten (aim, conditions, terugkeerarrangement €4.500) + six-step "
                                      "procedure with dates and decision owner."})
    check_and_write_labels(slug, meta)
    return meta
