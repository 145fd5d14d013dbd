#!/usr/bin/env python3
"""Generate the holdout30 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level "ondersteuningsplan" of a single VO school), plus hand-written label
files (<name>.expected.yaml). All names, codes, amounts and figures are invented.

Deterministic, no network. Requires python-docx and PyYAML; PDFs are rendered from .docx with
`soffice --headless --convert-to pdf` (LibreOffice). Run:  python3 src/make_holdout30.py
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile

import yaml
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED_DT = datetime.datetime(2026, 3, 2, 9, 0, 0)


# --------------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("h3", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [header], [[row], ...]) ("pb",) ("toc",)
# ("toc",) is replaced by a generated table of contents with fictitious page numbers.
# --------------------------------------------------------------------------------------------------

def _words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for c in b[1])
            n += sum(len(c.split()) for r in b[2] for c in r)
    return n


def toc_lines(blocks, levels=("h1", "h2")):
    """Table of contents with plausible page numbers (about 380 words per page)."""
    lines, words, started = [], 0, False
    for b in blocks:
        if b[0] == "toc":
            started = True
            continue
        if not started:
            continue
        if b[0] in levels:
            page = 3 + words // 380
            indent = "    " if b[0] == "h2" else ""
            lines.append((indent + b[1], page))
        words += _words([b])
    return lines


def render_docx(blocks, path, header_text, footer_text, title, author):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(26)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(14)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(16)
            for line, page in toc_lines(blocks):
                doc.add_paragraph("%s%s%d" % (line, " " + "." * max(3, 70 - len(line)) + " ", page))
            doc.add_page_break()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    tmp = path + ".tmp"
    doc.save(tmp)
    # rewrite the zip with fixed timestamps so that reruns give byte-identical .docx files
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    os.remove(tmp)


def render_pdf(blocks, path, header_text, footer_text, title, author):
    tmpdir = tempfile.mkdtemp(prefix="holdout30_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmpdir, base + ".docx")
        render_docx(blocks, src, header_text, footer_text, title, author)
        env = dict(os.environ, HOME=tmpdir)
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmpdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300)
        shutil.move(os.path.join(tmpdir, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def render_html(blocks, path, header_text, footer_text, title, author):
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           '<meta name="author" content="%s">' % e(author), '<title>%s</title>' % e(title),
           '<style>body{font-family:sans-serif;max-width:60em;margin:auto} table{border-collapse:collapse}'
           ' td,th{border:1px solid #999;padding:4px} nav{background:#f4f4f4;padding:1em}</style>',
           '</head>', '<body>', '<header class="site-header"><p>%s</p></header>' % e(header_text), '<main>']
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1 class=\"doc-title\">%s</h1>" % e(b[1]))
        elif kind == "sub":
            out.append("<p class=\"subtitle\"><strong>%s</strong></p>" % e(b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind + "".join("<li>%s</li>" % e(i) for i in b[1]) + "</%s>" % kind)
        elif kind == "table":
            rows = "<tr>" + "".join("<th>%s</th>" % e(h) for h in b[1]) + "</tr>"
            for r in b[2]:
                rows += "<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>"
            out.append("<table>%s</table>" % rows)
        elif kind == "toc":
            items = "".join("<li>%s</li>" % e(l.strip()) for l, _ in toc_lines(blocks))
            out.append('<nav aria-label="Inhoudsopgave"><h2>Inhoudsopgave</h2><ul>%s</ul></nav>' % items)
    out += ['</main>', '<footer><p>%s</p></footer>' % e(footer_text), '</body>', '</html>']
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


RENDER = {"docx": render_docx, "pdf": render_pdf, "html": render_html}


def write_label(name, label):
    """Write the label in the block layout of the brief (criteria one per line, notes quoted)."""
    import json
    q = lambda v: json.dumps(v, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar
    lines = ["# holdout30 label: hand-assigned by a strict human reader following domain.md Part A",
             "documents: [%s]" % ", ".join(label["documents"]),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    if label["elements"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % kv for kv in label["elements"].items()))
        lines.append("criteria:")
        lines += ["  %s: %s" % (c, "true" if v else "false") for c, v in label["criteria"].items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    if label.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        lines += ["  %s: [%s]" % (el, ", ".join(v)) for el, v in label["advisory_addressed"].items()]
    lines.append("notes:")
    lines += ["  %s: %s" % (el, q(v)) for el, v in label["notes"].items()]
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    assert yaml.safe_load(open(path, encoding="utf-8")) == label, path


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def make_label(documents, sector, false_criteria, advisory, notes):
    """Build a label; every core criterion is true unless listed in false_criteria.
    The element status is derived with the Part A rule; 'missing' only when no core criterion is
    addressed and no advisory criterion is listed for the element."""
    criteria = {c: (c not in false_criteria) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = [v for c, v in criteria.items() if c.split(".")[0] == el]
        if all(vals):
            elements[el] = "present"
        elif any(vals) or advisory.get(el):
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {"documents": documents, "sector": sector, "looks_like_plan": True, "elements": elements,
            "criteria": criteria, "advisory_addressed": {k: v for k, v in advisory.items() if v},
            "notes": notes}


# --------------------------------------------------------------------------------------------------
# Element-neutral filler sections (organisation, governance, staff ...). Real plans contain pages of
# this; it mentions ouders, middelen, scholen and so on in passing without addressing any element.
# --------------------------------------------------------------------------------------------------

FILLER = {
    "governance": ("Governance en integriteit",
        "{org} onderschrijft de Code Goed Bestuur van de sectorraad. Bestuur en intern toezicht zijn "
        "gescheiden: de bestuurder is verantwoordelijk voor de dagelijkse gang van zaken, het toezichthoudend "
        "orgaan ziet toe op de uitvoering van de wettelijke taken en op de rechtmatigheid en doelmatigheid van "
        "het handelen. Het toezichthoudend orgaan evalueert jaarlijks zijn eigen functioneren, waarbij eens in de "
        "drie jaar een externe begeleider wordt ingeschakeld. Nevenfuncties van bestuurder en toezichthouders "
        "worden op de website gepubliceerd. Er is een integriteitscode die geldt voor alle medewerkers van het "
        "bureau en voor iedereen die namens het samenwerkingsverband adviseert of besluit, en een "
        "klokkenluidersregeling. Belangenverstrengeling wordt voorkomen doordat leden van commissies niet "
        "adviseren of besluiten over leerlingen van hun eigen school of bestuur."),
    "statuten": ("Rechtsvorm en statuten",
        "De statuten van {org} zijn in 2023 gewijzigd om ze in lijn te brengen met de Wet bestuur en toezicht "
        "rechtspersonen. De statuten regelen onder meer de samenstelling van de organen, de besluitvorming en de "
        "toetreding en uittreding van schoolbesturen. Zoals de wet voorschrijft, bevatten de statuten een regeling "
        "voor de beslechting van geschillen tussen de aangesloten schoolbesturen onderling en tussen een "
        "schoolbestuur en het samenwerkingsverband. Zulke geschillen worden voorgelegd aan een onafhankelijke "
        "commissie van drie leden, die binnen acht weken een bindend advies uitbrengt. Sinds de oprichting is "
        "deze regeling één keer gebruikt, in 2019, bij een meningsverschil over de huisvesting van een "
        "voorziening."),
    "professionalisering": ("Professionalisering en kennisdeling",
        "Kennis over ondersteuning zit vooral in de hoofden van professionals op de scholen. {org} wil die kennis "
        "beter laten stromen. Daarom organiseren wij netwerken waarin intern begeleiders, "
        "ondersteuningscoördinatoren, gedragsspecialisten en directeuren ervaringen uitwisselen, en twee keer per "
        "jaar een regionale studiedag. Medewerkers van het bureau volgen jaarlijks ten minste veertig uur scholing, "
        "onder meer over gespreksvoering, het ontwikkelingsperspectief en de rol van de jeugdhulp. Wij stimuleren "
        "dat leerkrachten bij elkaar in de klas kijken, ook over de grenzen van het eigen bestuur heen, en wij "
        "werken samen met de pabo en de lerarenopleidingen in de regio om passend onderwijs een vaste plek in "
        "het curriculum te geven."),
    "administratief": ("Administratieve lasten",
        "Scholen ervaren de administratieve lasten rond ondersteuning als zwaar. In de afgelopen jaren hebben wij "
        "formulieren samengevoegd en het aantal verplichte bijlagen verminderd. In de komende planperiode gaan "
        "wij verder: gegevens die al in het leerlingvolgsysteem staan, hoeven niet opnieuw te worden ingevuld, en "
        "de consulent helpt de school bij het samenstellen van een dossier. Een werkgroep van intern begeleiders "
        "beoordeelt ieder nieuw formulier voordat het in gebruik wordt genomen. Het uitgangspunt is dat "
        "verantwoording in dienst staat van het gesprek over het kind en niet andersom."),
    "vervoer": ("Leerlingenvervoer en onderwijshuisvesting",
        "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten, maar zij raken direct aan passend "
        "onderwijs. Een kind dat naar een school verder weg gaat, is afhankelijk van de vervoersregeling van de "
        "gemeente; een school die een groep met extra ondersteuning wil starten, heeft een geschikt lokaal nodig. "
        "In het bestuurlijk overleg met de gemeenten bespreken wij daarom twee keer per jaar de knelpunten in het "
        "vervoer, zoals lange reistijden en wisselende chauffeurs, en de plannen uit het integraal "
        "huisvestingsplan. Wij vragen de gemeenten om bij nieuwbouw en renovatie rekening te houden met "
        "prikkelarme ruimtes en toegankelijkheid."),
    "arbeidsmarkt": ("Lerarentekort en arbeidsmarkt",
        "Het lerarentekort raakt alle scholen in de regio, maar in het bijzonder de scholen met veel leerlingen "
        "die extra ondersteuning nodig hebben. Vacatures voor intern begeleiders, gedragsspecialisten en "
        "orthopedagogen blijven lang open staan. {org} werkt met de schoolbesturen samen in het regionaal "
        "arbeidsmarktplatform. Samen ontwikkelen wij een gezamenlijke aanpak voor het werven en opleiden van "
        "zij-instromers en onderwijsassistenten, en een regionale pool van invalkrachten. Medewerkers van het "
        "bureau kunnen op verzoek tijdelijk op een school worden ingezet wanneer daar door vacatures de "
        "continuïteit van de begeleiding in gevaar komt."),
    "informatiebeveiliging": ("Informatiebeveiliging",
        "{org} werkt met gevoelige gegevens over kinderen en gezinnen. Wij hebben daarom een "
        "informatiebeveiligingsbeleid vastgesteld op basis van de normen van het referentiekader van de sector. "
        "Met alle leveranciers van digitale systemen zijn verwerkersovereenkomsten gesloten. Medewerkers volgen "
        "jaarlijks een training in veilig werken, en het bureau oefent eens per jaar met een datalek. Incidenten "
        "worden geregistreerd en waar nodig binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens. De "
        "functionaris gegevensbescherming rapporteert jaarlijks aan de bestuurder."),
    "grensverkeer": ("Samenwerking met andere samenwerkingsverbanden",
        "Niet alle leerlingen gaan naar school in de regio waar zij wonen. {org} maakt daarom afspraken met de "
        "omliggende samenwerkingsverbanden over het zogenoemde grensverkeer, over gezamenlijk gebruik van "
        "schaarse expertise en over de uitwisseling van informatie. Met de landelijke instellingen voor cluster 1 "
        "en 2 bestaan werkafspraken over de samenwerking op scholen waar leerlingen met een visuele of "
        "auditieve beperking onderwijs volgen. Deze instellingen vallen niet onder het samenwerkingsverband."),
    "jaarplan": ("Van plan naar jaarplan",
        "Dit ondersteuningsplan beschrijft de koers voor vier jaar. Ieder jaar vertalen wij die koers in een "
        "jaarplan met concrete activiteiten, een verantwoordelijke per activiteit en een planning. Het jaarplan "
        "wordt in december door het bestuur vastgesteld, tegelijk met de begroting, en besproken met de "
        "ondersteuningsplanraad. Op die manier blijft het plan een levend document, dat richting geeft aan het "
        "werk van het bureau en van de scholen."),
    "landelijk": ("Landelijke ontwikkelingen",
        "De planperiode valt samen met een aantal landelijke ontwikkelingen die het werk van {org} zullen "
        "beïnvloeden. De Verbeteraanpak passend onderwijs, die na de evaluatie van 2020 is ingezet, loopt door tot "
        "2035 en richt zich op een inclusiever onderwijsstelsel. De wet die de positie van ouders en leerlingen in "
        "het passend onderwijs versterkt, verplicht ieder samenwerkingsverband tot het organiseren van een ouder- "
        "en jeugdsteunpunt en geeft leerlingen hoorrecht bij het ontwikkelingsperspectief. Daarnaast werkt het "
        "ministerie aan een landelijke norm voor basisondersteuning. Wij volgen deze ontwikkelingen nauwgezet via "
        "de sectororganisaties en passen onze afspraken aan zodra de regelgeving definitief is."),
    "bedrijfsvoering": ("Bedrijfsvoering en administratie",
        "De salaris- en financiële administratie van {org} is uitbesteed aan een administratiekantoor dat ook "
        "voor een aantal aangesloten schoolbesturen werkt. De controller bewaakt de planning-en-controlcyclus en "
        "is aanspreekpunt voor de accountant. Inkoop van diensten boven 50.000 euro gebeurt volgens het "
        "inkoopbeleid, met ten minste drie offertes. Het bureau werkt papierarm; dossiers worden digitaal "
        "bewaard en na afloop van de bewaartermijn automatisch vernietigd. Het secretariaat is op werkdagen "
        "tussen 8.30 en 16.30 uur telefonisch bereikbaar voor scholen."),
}


def filler(keys, chapter, start, org):
    out = []
    for i, k in enumerate(keys):
        title, text = FILLER[k]
        out += [("h2", "%d.%d %s" % (chapter, start + i, title)), ("p", text.format(org=org))]
    return out


# ==================================================================================================
# Plan 1 - PO, .docx - SWV Passend Primair Onderwijs De Vlietlanden (PO 27-11)
# ==================================================================================================

def plan_vlietlanden():
    N = "Samenwerkingsverband Passend Primair Onderwijs De Vlietlanden"
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("sub", "Samen sterk voor elk kind"),
          ("sub", N + " (PO 27-11)"),
          ("p", "Vastgesteld door het algemeen bestuur op 14 april 2026, na op overeenstemming gericht overleg "
                "met de gemeenten op 24 maart 2026 en instemming van de ondersteuningsplanraad op 7 april 2026."),
          ("p", "Trefwoorden: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, dekkend aanbod, "
                "resultaten, ouders."),
          ("pb",), ("toc",)]

    B += [("h1", "Voorwoord"),
          ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van De Vlietlanden. Het is het derde plan sinds de "
                "invoering van passend onderwijs in 2014 en het eerste plan dat wij volledig samen met intern "
                "begeleiders, directeuren, ouders en gemeenten hebben geschreven. In het afgelopen jaar hebben wij "
                "op elf bijeenkomsten met ruim tweehonderd betrokkenen gesproken over de vraag wat er nodig is om elk "
                "kind in onze regio een goede plek te geven. Die gesprekken hebben ons veel geleerd. Leerkrachten "
                "vroegen om minder formulieren en meer handen in de klas. Ouders vroegen om duidelijkheid: wat mag ik "
                "verwachten van de school van mijn kind, en bij wie kan ik terecht als het vastloopt? Gemeenten "
                "vroegen om één aanspreekpunt wanneer onderwijs en jeugdhulp elkaar moeten vinden."),
          ("p", "Dit plan geeft op die vragen zo concreet mogelijk antwoord. Het beschrijft wat iedere school in de "
                "regio biedt, hoe de weg naar extra ondersteuning en speciaal (basis)onderwijs loopt, hoe een kind "
                "weer terugkeert naar een gewone basisschool, hoe wij de middelen verdelen en welke resultaten wij "
                "nastreven. Het plan is geen eindpunt. Passend onderwijs is mensenwerk en vraagt elke dag opnieuw om "
                "afstemming tussen school, ouders en kind. Wij danken iedereen die aan dit plan heeft bijgedragen, in "
                "het bijzonder de leden van de ondersteuningsplanraad, die het concept kritisch en opbouwend hebben "
                "gelezen."),
          ("p", "Namens het bestuur, drs. M. (Marieke) Terlouw, directeur-bestuurder."),
          ]

    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Aanleiding en wettelijk kader"),
          ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het "
                "plan is gebaseerd op artikel 18a van de Wet op het primair onderwijs. De wet noemt een aantal "
                "onderwerpen die het plan in elk geval moet bevatten, waaronder de basisondersteuning, de verdeling "
                "van de middelen, de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, de "
                "terugplaatsing, de resultaten en de informatie aan ouders. In de leeswijzer (paragraaf 1.3) geven wij "
                "aan in welk hoofdstuk deze onderwerpen aan bod komen."),
          ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het vervangt het ondersteuningsplan "
                "2022-2026. Jaarlijks werken wij het plan uit in een jaarplan en een begroting. Wijzigingen die de "
                "kern van het plan raken, leggen wij opnieuw voor aan de ondersteuningsplanraad."),
          ("h2", "1.2 Totstandkoming van dit plan"),
          ("p", "Het plan is in drie fasen tot stand gekomen. In de verkenningsfase (september tot december 2025) "
                "hebben wij de ervaringen met het vorige plan opgehaald in gesprekken met scholen, ouders en "
                "ketenpartners. In de schrijffase (januari en februari 2026) heeft een schrijfgroep van directeuren, "
                "intern begeleiders en medewerkers van het bureau de hoofdstukken opgesteld. In de consultatiefase "
                "(februari tot april 2026) is het concept besproken met de directeurenoverleggen, de vier gemeenten "
                "en de ondersteuningsplanraad. Het op overeenstemming gericht overleg met de gemeenten vond plaats op "
                "24 maart 2026. Het overleg met het samenwerkingsverband voortgezet onderwijs, waarvan het gebied "
                "grotendeels samenvalt met het onze, vond plaats op 10 maart 2026."),
          ("h2", "1.3 Leeswijzer"),
          ("p", "Hoofdstuk 2 schetst de regio en de scholen. Hoofdstuk 3 beschrijft onze missie, visie en ambities. "
                "Hoofdstuk 4 gaat over de ondersteuning in en tussen de scholen: de basisondersteuning, de extra "
                "ondersteuning en het dekkend aanbod. Hoofdstuk 5 beschrijft de toelaatbaarheid tot het sbo en so en "
                "alles wat daarmee samenhangt. Hoofdstuk 6 gaat over de financiën, hoofdstuk 7 over kwaliteitszorg en "
                "resultaten. In hoofdstuk 8 staan de communicatie met scholen en ouders en de medezeggenschap. "
                "Hoofdstuk 9 beschrijft de organisatie, het personeel en de planning. Achterin vindt u een "
                "begrippenlijst en een lijst met afkortingen."),
          ]

    B += [("h1", "2 Het samenwerkingsverband in beeld"),
          ("h2", "2.1 Regio en besturen"),
          ("p", "De Vlietlanden omvat de gemeenten Vlietdam, Oudebroek, Harderwoude en Sint-Maartensveen. Het is een "
                "gebied met twee middelgrote kernen en een groot aantal kleine dorpen. Zeven schoolbesturen zijn "
                "aangesloten: vier besturen voor katholiek en protestants-christelijk onderwijs, twee besturen voor "
                "openbaar onderwijs en één bestuur voor algemeen bijzonder onderwijs. Samen hebben zij 41 "
                "basisscholen, twee scholen voor speciaal basisonderwijs (SBO De Kreek in Vlietdam en SBO Het Anker "
                "in Harderwoude) en drie locaties voor speciaal onderwijs in cluster 3 en 4 (SO De Wilgenhoek, "
                "SO Ruimzicht en de so-afdeling van Kindcentrum Polderlicht)."),
          ("p", "De kleine scholen op het platteland staan onder druk door dalende leerlingaantallen. Tegelijk groeit "
                "Vlietdam door nieuwbouwwijken. Dat vraagt om een verschillende aanpak per deel van de regio: in de "
                "dorpen gaat het vooral om het behouden van expertise op kleine scholen, in Vlietdam om het opvangen "
                "van groei en van nieuwkomers."),
          ("h2", "2.2 Kengetallen"),
          ("p", "De onderstaande tabel geeft het aantal scholen en leerlingen per bestuur op de teldatum 1 oktober 2025."),
          ("table", ["Bestuur", "Scholen", "Leerlingen"],
           [["Stichting Katholiek Onderwijs Vliet", "12", "3.140"], ["PCO De Waarden", "9", "2.310"],
            ["Openbaar Onderwijs Vlietdam", "7", "2.085"], ["OBS-stichting Oudebroek", "5", "1.020"],
            ["Stichting Christelijk Onderwijs Harderwoude", "5", "1.265"], ["Algemeen Bijzonder Onderwijs De Horizon", "3", "540"],
            ["Stichting Speciaal Onderwijs Polderlicht (so)", "3 locaties", "412"], ["Totaal (inclusief sbo)", "46", "11.187"]]),
          ("h2", "2.3 Terugblik op de vorige planperiode"),
          ("p", "In de planperiode 2022-2026 hebben wij de organisatie van het samenwerkingsverband vernieuwd. Het "
                "bureau is verhuisd naar het onderwijshuis in Vlietdam, waar ook de leerplichtambtenaren en het "
                "centrum voor jeugd en gezin gehuisvest zijn. Het Loket Toelaatbaarheid is ingericht als vast "
                "aanspreekpunt voor scholen. De consulenten zijn gekoppeld aan vaste scholen. Er zijn "
                "netwerkbijeenkomsten voor intern begeleiders georganiseerd over gedrag, dyslexie en meer- en "
                "hoogbegaafdheid. Deze activiteiten vormen de basis waarop wij in dit plan verder bouwen."),
          ]

    B += [("h1", "3 Missie, visie en ambities"),
          ("h2", "3.1 Missie"),
          ("p", "De Vlietlanden is er om samen met de scholen te zorgen dat ieder kind in de regio onderwijs krijgt "
                "dat past bij wat het kan en nodig heeft, zo dicht mogelijk bij huis. Wij doen dat door scholen te "
                "ondersteunen, middelen eerlijk te verdelen, te besluiten over toelaatbaarheid en de samenwerking "
                "met ouders en gemeenten te organiseren."),
          ("h2", "3.2 Visie op passend onderwijs"),
          ("p", "Wij geloven dat kinderen het meest leren in een omgeving waar zij zich veilig en gezien voelen. Dat "
                "begint in de eigen groep, bij een leerkracht die het kind kent. Passend onderwijs is in onze ogen "
                "daarom in de eerste plaats goed onderwijs in de gewone klas. Waar dat niet genoeg is, organiseren "
                "wij ondersteuning rond het kind, liefst op de eigen school. Speciaal basisonderwijs en speciaal "
                "onderwijs zijn waardevolle onderdelen van ons aanbod; zij zijn er voor kinderen die op dat moment "
                "meer nodig hebben dan een basisschool kan bieden."),
          ("p", "Ouders zijn de eerste deskundigen van hun kind. Wij willen dat zij vanaf het begin betrokken zijn bij "
                "gesprekken over de ondersteuning. Leerkrachten en intern begeleiders zijn de spil van het onderwijs; "
                "zij verdienen tijd, scholing en collega's met wie zij kunnen overleggen. Middelen volgen in onze "
                "visie de ondersteuningsbehoefte van kinderen, niet de belangen van organisaties."),
          ("h2", "3.3 Ambities 2026-2030"),
          ("p", "Voor de komende vier jaar hebben wij vier ambities geformuleerd: (1) elke school biedt de afgesproken "
                "basisondersteuning van goede kwaliteit; (2) geen kind zit thuis zonder passend aanbod; (3) kinderen "
                "gaan zo thuisnabij mogelijk naar school; (4) ouders weten waar zij terechtkunnen. In hoofdstuk 7 "
                "hebben wij deze ambities vertaald in meetbare resultaten."),
          ]

    B += [("h1", "4 Ondersteuning in en tussen de scholen"),
          ("h2", "4.1 Basisondersteuning"),
          ("h3", "4.1.1 Het afgesproken niveau"),
          ("p", "Basisondersteuning is in De Vlietlanden de ondersteuning die iedere basisschool en iedere vestiging "
                "van een basisschool in ons samenwerkingsverband ten minste biedt, voor ieder kind en zonder dat "
                "daarvoor een aanvraag bij het samenwerkingsverband nodig is. De zeven besturen hebben dit niveau in "
                "januari 2026 gezamenlijk vastgesteld. Het niveau geldt als ondergrens: scholen mogen meer bieden en "
                "beschrijven dat in hun schoolondersteuningsprofiel, maar geen school biedt minder. Alles wat boven "
                "dit niveau uitgaat en waarvoor de school de hulp van het samenwerkingsverband inroept, noemen wij "
                "extra ondersteuning (paragraaf 4.2)."),
          ("h3", "4.1.2 Wat elke school biedt"),
          ("p", "De onderstaande tabel beschrijft per onderdeel wat ouders op iedere school in de regio mogen "
                "verwachten."),
          ("table", ["Onderdeel", "Wat iedere school biedt"],
           [["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt; vaste contactpersoon van het samenwerkingsverband."],
            ["Handelingsgericht werken", "Groepsoverzichten en groepsplannen (of een vergelijkbare cyclus) twee keer per jaar; leerlingbesprekingen na elke toetsperiode; een ontwikkelingsperspectief voor iedere leerling met een eigen leerlijn."],
            ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leestijd in kleine groepjes vanaf groep 2; begeleiding bij vergoede dyslexiezorg."],
            ["Rekenen en dyscalculie", "Signalering volgens het Protocol ERWD; inzet van concrete materialen en verlengde instructie."],
            ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociale veiligheid; een gedragsspecialist of een leerkracht met aantoonbare scholing in gedrag; een aanpak tegen pesten."],
            ["Meer- en hoogbegaafdheid", "Signalering in groep 1 tot en met 8; verrijkingsstof in de klas; een plusaanbod op school of bij een buurschool."],
            ["Taal en nieuwkomers", "Extra aandacht voor woordenschat; samenwerking met de schakelklas in Vlietdam."],
            ["Medische handelingen", "Een protocol medisch handelen; afspraken met ouders over medicijngebruik."],
            ["Samenwerking met ketenpartners", "Vaste contacten met het jeugd- en gezinsteam en de jeugdarts; deelname aan het ondersteuningsteam door de schoolmaatschappelijk werker."]]),
          ("h3", "4.1.3 Borging van de basisondersteuning"),
          ("p", "Iedere school legt de basisondersteuning vast in de schoolgids en het schoolondersteuningsprofiel. "
                "Het samenwerkingsverband voert eens per twee jaar met iedere school een kwaliteitsgesprek aan de hand "
                "van de kwaliteitskaart basisondersteuning. Blijkt dat een school onderdelen niet op orde heeft, dan "
                "maakt de school binnen drie maanden een verbeterplan en bespreekt de directeur-bestuurder de "
                "voortgang met het schoolbestuur."),
          ("h2", "4.2 Extra ondersteuning en arrangementen"),
          ("h3", "4.2.1 Schoolarrangementen"),
          ("p", "Als een kind meer nodig heeft dan de basisondersteuning, stelt de school samen met ouders een "
                "ontwikkelingsperspectief op en organiseert de school een arrangement. Dat kan een individueel "
                "arrangement zijn, zoals extra begeleiding door een onderwijsassistent, of een groepsarrangement, "
                "zoals een taalklas of een groep voor kinderen met een grote behoefte aan structuur. De consulent "
                "van het samenwerkingsverband denkt mee in het ondersteuningsteam."),
          ("h3", "4.2.2 Bovenschoolse voorzieningen"),
          ("p", "Naast de arrangementen op de scholen kent De Vlietlanden drie bovenschoolse voorzieningen: de "
                "Observatiegroep in Vlietdam (maximaal twaalf weken, voor kinderen van 4 tot 7 jaar bij wie nog niet "
                "duidelijk is wat zij nodig hebben), de Plusklas voor hoogbegaafde leerlingen (één dag per week, "
                "vier locaties) en de Taalschakelklas voor nieuwkomers (maximaal één jaar). Deze voorzieningen "
                "vormen samen met de arrangementen, het sbo en het so het ondersteuningscontinuüm dat hieronder "
                "wordt beschreven."),
          ("h2", "4.3 Dekkend aanbod"),
          ("h3", "4.3.1 Het ondersteuningscontinuüm"),
          ("p", "Ons aanbod is opgebouwd uit vijf lagen die op elkaar aansluiten. Laag 1 is de basisondersteuning "
                "op iedere school. Laag 2 bestaat uit de schoolarrangementen, die de school zelf organiseert met "
                "het schoolbudget. Laag 3 zijn de bovenschoolse voorzieningen. Laag 4 is het speciaal "
                "basisonderwijs op SBO De Kreek en SBO Het Anker, ieder met een eigen profiel (De Kreek met "
                "kleine groepen voor kinderen met een taal- en leerachterstand, Het Anker met een afdeling voor "
                "jonge risicoleerlingen). Laag 5 is het speciaal onderwijs in cluster 3 en 4. Tussen de lagen "
                "bestaan doorgaande afspraken: een kind dat van de ene naar de andere laag gaat, neemt zijn "
                "ontwikkelingsperspectief mee en de school die het kind ontvangt, krijgt een warme overdracht."),
          ("h3", "4.3.2 Thuiszitters en kinderen zonder passende plek"),
          ("p", "Een kind dat langer dan vier weken niet of nauwelijks naar school gaat, wordt door de school binnen "
                "een week gemeld bij het Thuiszittersoverleg, waarin de leerplichtambtenaar, de consulent van het "
                "samenwerkingsverband en een medewerker van het jeugd- en gezinsteam zitten. Dit overleg stelt "
                "binnen twee weken een plan op met een concrete terugkeerdatum. Lukt het niet om binnen zes weken een "
                "passende plek te vinden, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school "
                "of voorziening vragen het kind tijdelijk op te nemen en zet daarvoor zo nodig een "
                "overbruggingsarrangement in. Daarnaast brengen wij twee keer per jaar in kaart waar in de regio "
                "wachtlijsten of witte vlekken in het aanbod ontstaan; knelpunten worden binnen het bestuur besproken "
                "en leiden tot een concrete actie met een datum, bijvoorbeeld het openen van een extra groep."),
          ("h3", "4.3.3 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Met de vier gemeenten hebben wij in het OOGO afspraken gemaakt over de aansluiting tussen onderwijs "
                "en jeugdhulp, over leerlingenvervoer en over onderwijshuisvesting. Op iedere school is een vaste "
                "medewerker van het jeugd- en gezinsteam beschikbaar. Voor kinderen die zowel onderwijs als zorg nodig "
                "hebben, maken wij onderwijs-zorgarrangementen, waarbij de gemeente de zorg en het samenwerkingsverband "
                "de onderwijskundige ondersteuning bekostigt."),
          ]

    B += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Dit hoofdstuk beschrijft hoe "
                "een TLV wordt aangevraagd en afgegeven, welke criteria gelden, hoe lang een TLV geldt en wat er "
                "gebeurt als de TLV afloopt."),
          ("h2", "5.1 Procedure"),
          ("h3", "5.1.1 Aanvraag"),
          ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven, vraagt de TLV aan bij het Loket "
                "Toelaatbaarheid van het samenwerkingsverband. In de praktijk doet de intern begeleider dat namens de "
                "directeur. De aanvraag bevat het ontwikkelingsperspectief, een verslag van de bespreking in het "
                "ondersteuningsteam, het groeidocument met een overzicht van de geboden ondersteuning en de "
                "zienswijze van de ouders. Voor kinderen die nog niet op een school staan ingeschreven (bijvoorbeeld "
                "vanuit een kinderdagcentrum), vraagt de so- of sbo-school waar het kind wordt aangemeld de TLV aan."),
          ("h3", "5.1.2 Deskundigenadvies"),
          ("p", "Het Loket vraagt bij iedere aanvraag het advies van twee deskundigen. De eerste deskundige is altijd "
                "een orthopedagoog of psycholoog; de tweede is, afhankelijk van de vraag, een kinder- en "
                "jeugdpsycholoog, pedagoog, maatschappelijk werker, arts of kinderpsychiater. Beide deskundigen "
                "geven ieder een eigen schriftelijk advies. Een deskundige die betrokken was bij het opstellen van "
                "de aanvraag, adviseert niet over dezelfde aanvraag. Ouders ontvangen een afschrift van de adviezen."),
          ("h3", "5.1.3 Besluit en termijnen"),
          ("p", "De Commissie van Toelaatbaarheid, bestaande uit de voorzitter van het Loket en de twee deskundigen, "
                "neemt binnen zes weken na ontvangst van een volledige aanvraag namens het bestuur een besluit. Bij "
                "spoed (bijvoorbeeld bij dreigend thuiszitten) besluit de commissie binnen tien werkdagen. Het besluit "
                "wordt schriftelijk meegedeeld aan de aanvragende school, aan de ouders en aan de school voor sbo of "
                "so waar het kind wordt geplaatst."),
          ("h2", "5.2 Criteria"),
          ("p", "De commissie verklaart een kind toelaatbaar als aan alle criteria uit de onderstaande tabel is "
                "voldaan."),
          ("table", ["Voorziening", "Het kind is toelaatbaar als ..."],
           [["Speciaal basisonderwijs", "de basisschool aantoonbaar de basisondersteuning en ten minste twee arrangementen van samen minimaal een half schooljaar heeft ingezet; het kind een ontwikkelingsperspectief heeft met een uitstroomniveau lager dan 1F bij het einde van groep 8 of er sprake is van een leerachterstand van ten minste 25 procent op twee domeinen; en de ondersteuningsbehoefte vraagt om een kleinere groep met meer structuur dan een basisschool kan bieden."],
            ["Speciaal onderwijs cluster 3", "het kind een verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte heeft die blijkt uit een diagnose van een arts of orthopedagoog; en de ondersteuningsbehoefte de mogelijkheden van het sbo overstijgt."],
            ["Speciaal onderwijs cluster 4", "het kind ernstige gedrags- of psychiatrische problemen heeft in de school en thuis of in de vrije tijd; jeugdhulp betrokken is of wordt; en een arrangement in het regulier onderwijs of sbo onvoldoende resultaat heeft gehad."]]),
          ("h2", "5.3 Geldigheidsduur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren, een TLV voor het so twee tot vier "
                "schooljaren, altijd tot en met 31 juli van het laatste schooljaar. Voor het so stelt de commissie de "
                "bekostigingscategorie laag, midden of hoog vast op basis van de ondersteuningsbehoefte: categorie "
                "laag voor het merendeel van de leerlingen in cluster 4 en ZML, midden voor leerlingen met een "
                "lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een meervoudige beperking."),
          ("h2", "5.4 Afloop van de toelaatbaarheidsverklaring"),
          ("p", "Plaatsing in het sbo of so is in De Vlietlanden nadrukkelijk geen eindstation. Ons beleid is dat "
                "ieder kind in het sbo of so de kans krijgt om terug te keren naar een reguliere basisschool, zodra "
                "zijn ontwikkeling dat toelaat. Voorwaarden daarbij zijn dat het ontwikkelingsperspectief laat zien "
                "dat het kind met een arrangement in een reguliere groep kan functioneren, dat een basisschool "
                "dichtbij huis de benodigde ondersteuning kan bieden en dat ouders instemmen. De basisschool die een "
                "kind terugneemt, ontvangt in het eerste jaar een terugplaatsingsarrangement van 4.500 euro en het "
                "kind krijgt gedurende zes maanden ambulante begeleiding vanuit de sbo- of so-school, zodat de "
                "overstap niet op de eerste drempel strandt."),
          ("p", "De werkwijze is als volgt. In het laatste schooljaar van de TLV bespreekt de sbo- of so-school bij de "
                "evaluatie van het ontwikkelingsperspectief in oktober of terugkeer naar het regulier onderwijs "
                "mogelijk is. Aan dit gesprek nemen de ouders, de intern begeleider van de sbo- of so-school en de "
                "consulent van het samenwerkingsverband deel. Uiterlijk 1 maart legt de school haar advies vast. Is "
                "terugkeer mogelijk, dan zoekt de consulent samen met de ouders een basisschool en maken beide "
                "scholen een overstapplan met een startdatum; de Commissie van Toelaatbaarheid stelt vast dat de TLV "
                "per 31 juli eindigt. Is verdere plaatsing nodig, dan vraagt de sbo- of so-school vóór 1 april een "
                "nieuwe TLV aan volgens paragraaf 5.1. Ook tussentijds, bij een positieve evaluatie, kan de school "
                "het initiatief tot terugkeer nemen."),
          ("h2", "5.5 Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het "
                "bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar. "
                "Het bestuur beslist binnen tien weken na afloop van de bezwaartermijn."),
          ]

    B += [("h1", "6 Financiën"),
          ("h2", "6.1 Inkomsten"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
                "ondersteuning. Op dit budget worden de bedragen voor leerlingen in het so en het sbo boven de "
                "twee procent ingehouden of overgedragen. Daarnaast ontvangen wij incidenteel subsidies van de "
                "gemeenten voor onderwijs-zorgarrangementen."),
          ("h2", "6.2 Verdeling van de middelen"),
          ("p", "Het algemeen bestuur stelt het verdeelmodel jaarlijks vóór 1 december vast, na advies van het "
                "directeurenoverleg. Ieder schoolbestuur ontvangt een schoolbudget dat bestaat uit een vast bedrag van "
                "9.000 euro per vestiging en een bedrag van 162 euro per leerling op de teldatum 1 oktober van het "
                "voorgaande jaar. Kleine scholen met minder dan 100 leerlingen ontvangen een toeslag van 3.000 euro, "
                "zodat ook daar de basisondersteuning overeind blijft. Middelen voor bovenschoolse arrangementen "
                "worden niet vooraf verdeeld maar op aanvraag toegekend: de school dient een aanvraag in bij het Loket, "
                "dat binnen vier weken beslist op basis van het ontwikkelingsperspectief en de vraag of de "
                "basisondersteuning en de schoolarrangementen zijn ingezet."),
          ("h2", "6.3 Meerjarenbegroting"),
          ("p", "De meerjarenbegroting 2026-2030 wordt opgesteld zodra de definitieve beschikkingen van DUO voor het "
                "schooljaar 2026-2027 bekend zijn. Zij verschijnt na vaststelling door het algemeen bestuur als "
                "aanvulling op dit plan. Tot die tijd geldt de begroting van het lopende jaar."),
          ("h2", "6.4 Reserves en weerstandsvermogen"),
          ("p", "Het bestuur hanteert een bandbreedte voor het weerstandsvermogen van 5 tot 10 procent van de "
                "totale baten. Ligt het weerstandsvermogen boven de signaleringswaarde van de Inspectie, dan maakt "
                "het bestuur een bestedingsplan voor het meerdere. De risico's worden jaarlijks beschreven in een "
                "risicoparagraaf."),
          ]

    B += [("h1", "7 Kwaliteitszorg en resultaten"),
          ("h2", "7.1 Beoogde resultaten"),
          ("p", "De ambities uit hoofdstuk 3 hebben wij vertaald in de volgende beoogde resultaten voor kinderen die "
                "extra ondersteuning nodig hebben."),
          ("table", ["Ambitie", "Beoogd resultaat in 2030"],
           [["Basisondersteuning op orde", "Alle 41 basisscholen voldoen bij het kwaliteitsgesprek aan alle onderdelen van de kwaliteitskaart."],
            ["Geen thuiszitters", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod; het aantal vrijstellingen op grond van artikel 5a Leerplichtwet daalt met 25 procent."],
            ["Thuisnabij onderwijs", "Het deelnamepercentage so blijft onder 1,9 procent; het deelnamepercentage sbo is lager dan 2,4 procent."],
            ["Terugkeer", "Ten minste 12 kinderen per jaar keren met succes terug van het sbo of so naar een basisschool."],
            ["Ouders weten de weg", "80 procent van de ouders van kinderen met een arrangement geeft aan te weten waar zij met vragen terechtkunnen."]]),
          ("h2", "7.2 Kwaliteitszorg"),
          ("p", "Wij houden de ontwikkeling van deze resultaten goed in de gaten en stellen ons beleid bij waar dat "
                "nodig blijkt."),
          ("p", "Kwaliteit zit voor ons vooral in de dagelijkse samenwerking: in de manier waarop consulenten en "
                "intern begeleiders samen een vraag verhelderen, in de snelheid waarmee het Loket reageert en in de "
                "zorgvuldigheid van de gesprekken met ouders. Medewerkers van het bureau volgen jaarlijks scholing "
                "over handelingsgericht werken en over de omgang met ouders in complexe situaties."),
          ]

    B += [("h1", "8 Communicatie en samenwerking"),
          ("h2", "8.1 Communicatie met scholen"),
          ("p", "De directeuren ontvangen maandelijks een nieuwsbrief van het samenwerkingsverband. Intern "
                "begeleiders komen vier keer per jaar bijeen in regionale netwerken. Wijzigingen in procedures worden "
                "altijd vooraf besproken in het directeurenoverleg."),
          ("h2", "8.2 Informatie voor ouders"),
          ("p", "Ouders vinden informatie over de ondersteuningsmogelijkheden op drie plaatsen. Op de website "
                "www.devlietlanden-po.nl staat een ouderpagina met uitleg over basisondersteuning, arrangementen, "
                "bovenschoolse voorzieningen, sbo en so, in gewone taal en met voorbeelden. Iedere school beschrijft "
                "in de schoolgids welke ondersteuning zij biedt en verwijst naar deze pagina. Daarnaast verschijnt "
                "jaarlijks in september de ouderfolder 'Wat als mijn kind meer nodig heeft?', die op iedere school "
                "wordt uitgereikt en ook in het Arabisch, Pools en Turks beschikbaar is. Twee keer per jaar "
                "organiseren wij een informatieavond voor ouders van kinderen met een arrangement."),
          ("h2", "8.3 Onafhankelijke ondersteuning voor ouders"),
          ("p", "Soms hebben ouders behoefte aan iemand die los van school en samenwerkingsverband met hen meedenkt. "
                "Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt De Vlietlanden, dat onafhankelijk van "
                "scholen en samenwerkingsverband werkt en bereikbaar is via telefoon, e-mail en een wekelijks "
                "inloopspreekuur in het onderwijshuis. Ouders kunnen ook kosteloos een beroep doen op de landelijke "
                "Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief "
                "kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; voor klachten over het "
                "samenwerkingsverband geldt onze klachtenregeling, die is aangesloten bij de Landelijke "
                "Klachtencommissie Onderwijs."),
          ("h2", "8.4 Medezeggenschap"),
          ("p", "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd "
                "door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en komt "
                "zes keer per jaar bijeen. Het bestuur ondersteunt de OPR met een eigen budget voor scholing."),
          ]

    B += [("h1", "9 Organisatie, personeel en planning"),
          ("h2", "9.1 Bestuur en toezicht"),
          ("p", "De Vlietlanden is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het intern "
                "toezicht ligt bij een raad van toezicht van vijf leden, van wie drie worden voorgedragen door de "
                "schoolbesturen en twee onafhankelijk zijn. De raad van toezicht keurt de begroting en het "
                "jaarplan goed en houdt toezicht op de uitvoering van dit plan. Het algemeen bestuur van "
                "schoolbestuurders stelt het ondersteuningsplan en het verdeelmodel vast."),
          ("h2", "9.2 Personeel"),
          ("p", "Het bureau telt 14,2 fte: een directeur-bestuurder, een controller, een beleidsmedewerker, zes "
                "consulenten, twee orthopedagogen, een secretaris van het Loket en twee medewerkers "
                "bedrijfsvoering. Het personeel van de bovenschoolse voorzieningen is in dienst van de schoolbesturen "
                "en wordt gedetacheerd. Wij investeren in deskundigheid: iedere medewerker heeft een persoonlijk "
                "ontwikkelplan en een scholingsbudget. Het lerarentekort raakt ook ons; wij werken met de besturen "
                "aan een gezamenlijke pool van onderwijsassistenten."),
          ("h2", "9.3 ICT en privacy"),
          ("p", "Aanvragen voor arrangementen en TLV's worden ingediend via een beveiligde digitale omgeving. Het "
                "samenwerkingsverband verwerkt gezondheidsgegevens alleen voor zover nodig voor de taken uit "
                "artikel 18a, zesde lid, en bewaart dossiers tot drie jaar na het besluit. Er is een functionaris "
                "gegevensbescherming aangesteld en een privacyreglement vastgesteld."),
          ("h2", "9.4 Planning en procedure"),
          ("table", ["Datum", "Stap"],
           [["10 maart 2026", "Overleg met het samenwerkingsverband VO"], ["24 maart 2026", "Op overeenstemming gericht overleg met de vier gemeenten"],
            ["7 april 2026", "Instemming ondersteuningsplanraad"], ["14 april 2026", "Vaststelling door het algemeen bestuur"],
            ["28 april 2026", "Toezending aan de Inspectie van het Onderwijs"], ["1 augustus 2026", "Inwerkingtreding"]]),
          ]

    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                  "Dekkend aanbod: het geheel van voorzieningen waarmee voor ieder kind een passende plek is.",
                  "Meerjarenbegroting: de begroting voor de komende vier jaar.",
                  "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
                  "Resultaten: wat het samenwerkingsverband wil bereiken en heeft bereikt.",
                  "Terugplaatsing: de overstap van sbo of so naar het regulier basisonderwijs.",
                  "Toelaatbaarheidsverklaring (TLV): het besluit dat een kind toelaatbaar is tot het sbo of so."]),
          ("h1", "Bijlage 2 Afkortingen"),
          ("ul", ["DUO - Dienst Uitvoering Onderwijs", "OJSP - ouder- en jeugdsteunpunt", "OOGO - op overeenstemming gericht overleg",
                  "OPP - ontwikkelingsperspectief", "OPR - ondersteuningsplanraad", "SBO - speciaal basisonderwijs",
                  "SO - speciaal onderwijs", "SOP - schoolondersteuningsprofiel", "TLV - toelaatbaarheidsverklaring"]),
          ]

    label = make_label(
        ["po-vlietlanden-2026-2030.docx"], "po",
        false_criteria={"financien.besteding", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "4.1.1 defines the agreed minimum for every school and vestiging; 4.1.2 table lists the concrete voorzieningen; 4.1.3 borging via kwaliteitskaart.",
            "plaatsing": "Ch. 5: 5.1 aanvraag/Loket/Commissie van Toelaatbaarheid/6 weeks, 5.2 criteria table sbo/so3/so4, 5.1.2 two deskundigen, 5.3 duration+category, 5.5 bezwaar (LBT).",
            "terugstroom": "Hidden in 5.4 'Afloop van de toelaatbaarheidsverklaring' inside the TLV chapter: policy (aim, conditions, terugplaatsingsarrangement, AB) and procedure (October evaluation, 1 March advice, CvT ends TLV).",
            "financien": "6.2 gives procedure and criteria of the verdeelmodel (vaste voet, per-leerling amount, arrangementen on request); besteding missing: 6.3 defers the meerjarenbegroting ('verschijnt ... als aanvulling'); 6.4 reserves only.",
            "dekkend-aanbod": "4.3.1 five-layer continuum; 4.3.2 thuiszitters procedure, doorzettingsmacht and twice-yearly gap inventory with actions; 4.3.3 OOGO/OZA.",
            "resultaten": "7.1 measurable beoogde resultaten table; monitoring only the single vague sentence in 7.2 ('Wij houden de ontwikkeling ... goed in de gaten') - not addressed. 2.3 'Terugblik' lists activities, not results.",
            "ouders": "Found under ch. 8 'Communicatie en samenwerking': 8.2 website/schoolgids/ouderfolder/information evenings; 8.3 independent OJSP, Onderwijsconsulenten, geschillen/klachten; 8.4 OPR.",
        })
    return dict(name="po-vlietlanden-2026-2030", fmt="docx", blocks=B,
                header="Ondersteuningsplan 2026-2030 | De Vlietlanden PO 27-11",
                footer="Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financiën - Resultaten - Ouders",
                title="Ondersteuningsplan 2026-2030 De Vlietlanden", author=N, label=label)


# ==================================================================================================
# Plan 2 - VO, .docx - Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-09)
# ==================================================================================================

def plan_kempenrand():
    N = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
    B = []
    B += [("title", "Ondersteuningsplan 2026 - 2030"),
          ("sub", N + " - VO 30-09"),
          ("sub", "Definitieve versie na instemming OPR (versie 3.1, 19 maart 2026)"),
          ("pb",), ("toc",)]

    B += [("h1", "Voorwoord"),
          ("p", "Met trots presenteren wij het ondersteuningsplan 2026-2030 van Kempenrand. In dit plan leggen de "
                "negen schoolbesturen voor voortgezet onderwijs in de regio vast hoe zij de komende vier jaar samen "
                "zorgen voor passend onderwijs voor alle jongeren van twaalf tot achttien jaar. Het plan is "
                "geschreven in een periode waarin veel verandert: het aantal leerlingen in de regio daalt, het "
                "lerarentekort is voelbaar op iedere school, en het rijk werkt aan een landelijke norm voor "
                "basisondersteuning en aan de versterking van de positie van ouders en leerlingen. Tegelijk zien wij "
                "dat scholen de afgelopen jaren veel hebben geleerd over het begeleiden van jongeren met "
                "uiteenlopende ondersteuningsbehoeften."),
          ("p", "Dit plan is een gezamenlijk product. Mentoren, ondersteuningscoördinatoren, teamleiders, "
                "bestuurders, leerlingen, ouders en gemeenten hebben meegedacht. Waar wij nog geen antwoord hebben, "
                "zeggen wij dat eerlijk. Wij danken de ondersteuningsplanraad voor de kritische vragen en de "
                "constructieve houding in het instemmingstraject."),
          ("p", "Ir. J. (Jeroen) van Beek, directeur-bestuurder"),
          ]

    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Wettelijk kader"),
          ("p", "Ieder samenwerkingsverband voortgezet onderwijs stelt ten minste eens per vier jaar een "
                "ondersteuningsplan vast (artikel 17a WVO, tegenwoordig opgenomen in de Wet voortgezet onderwijs "
                "2020). Het plan beschrijft onder meer hoe een samenhangend geheel van ondersteuningsvoorzieningen "
                "wordt gerealiseerd, hoe de middelen worden verdeeld en besteed, hoe de toelaatbaarheid tot het "
                "voortgezet speciaal onderwijs en het praktijkonderwijs en de aanwijzing voor leerwegondersteunend "
                "onderwijs zijn geregeld, en hoe leerlingen terugkeren uit het vso. Het plan wordt na op "
                "overeenstemming gericht overleg met de gemeenten en na instemming van de ondersteuningsplanraad "
                "vastgesteld en vóór 1 mei aan de Inspectie gezonden."),
          ("h2", "1.2 Het proces"),
          ("p", "In het najaar van 2025 zijn vijf werkgroepen aan de slag gegaan, ieder met een vertegenwoordiging "
                "van scholen, het samenwerkingsverband en waar mogelijk ouders en leerlingen. De werkgroepen richtten "
                "zich op basisondersteuning, extra ondersteuning, toewijzing, financiën en communicatie. Hun "
                "bevindingen zijn besproken op een regionale conferentie op 27 november 2025 met ruim honderd "
                "deelnemers. Het concept is in januari 2026 voorgelegd aan het bestuur, de gemeenten en de OPR."),
          ("h2", "1.3 Relatie met andere documenten"),
          ("p", "Het ondersteuningsplan beschrijft de koers en de afspraken voor vier jaar. Jaarlijks stellen wij een "
                "jaarplan en een begroting vast. Scholen beschrijven hun eigen ondersteuning in de schoolgids en het "
                "schoolondersteuningsprofiel. Waar in dit plan wordt verwezen naar andere documenten, zijn die "
                "documenten op de website van het samenwerkingsverband te vinden."),
          ]

    B += [("h1", "2 Context"),
          ("h2", "2.1 De regio"),
          ("p", "Kempenrand beslaat zes gemeenten in het zuidoosten van de provincie: Eindwijk, Bergeyk-Oost, "
                "Veldhoven-Zuid, Aalsterbroek, Leenderheide en Heezewoud. Ongeveer 11.400 leerlingen volgen "
                "voortgezet onderwijs op een van de scholen in de regio. De regio kent een sterke binding met de "
                "stedelijke omgeving van Eindwijk, waar het grootste deel van de scholen staat. Jongeren uit de "
                "kleinere kernen reizen dagelijks met de fiets of het openbaar vervoer naar school."),
          ("h2", "2.2 Besturen en scholen"),
          ("table", ["School", "Onderwijstype", "Leerlingen (1-10-2025)"],
           [["Eindwijk College", "vmbo-havo-vwo", "2.410"], ["Stedelijk Lyceum Eindwijk", "havo-vwo", "1.630"],
            ["Kempen Vakcollege", "vmbo bb-kb-gl", "1.120"], ["Heezewoud Scholengemeenschap", "vmbo-havo", "980"],
            ["Aalsterbroek College", "vmbo-havo-vwo", "1.540"], ["Leenderheide Montessori", "vmbo-t-havo-vwo", "760"],
            ["Praktijkschool Eindwijk", "praktijkonderwijs", "310"], ["Praktijkcollege De Kempen", "praktijkonderwijs", "190"],
            ["VSO De Zwaluw", "vso cluster 4", "260"], ["VSO Het Palet", "vso cluster 3", "175"],
            ["Overige locaties (5)", "diverse", "2.025"]]),
          ("h2", "2.3 Ontwikkelingen"),
          ("p", "Drie ontwikkelingen bepalen de komende jaren. Ten eerste daalt het aantal leerlingen tot 2032 met "
                "naar verwachting twaalf procent, vooral in de kleinere kernen. Ten tweede is het lerarentekort in "
                "de bètavakken en in het vmbo groot; scholen zoeken naar andere manieren om onderwijs te organiseren. "
                "Ten derde neemt het aantal jongeren met psychische klachten toe, wat een groter beroep doet op "
                "mentoren en op de samenwerking met jeugdhulp."),
          ]

    B += [("h1", "3 Visie en uitgangspunten"),
          ("h2", "3.1 Missie"),
          ("p", "Kempenrand is het netwerk van alle scholen voor voortgezet onderwijs in de regio. Wij zijn samen "
                "verantwoordelijk voor passend onderwijs aan iedere jongere die in onze regio woont of naar school "
                "gaat. Het samenwerkingsverband faciliteert, verbindt en besluit waar de wet dat vraagt; de scholen "
                "organiseren het onderwijs en de ondersteuning."),
          ("h2", "3.2 Uitgangspunten"),
          ("ul", ["De school is de eerste plek waar ondersteuning wordt georganiseerd, zo dicht mogelijk bij de les.",
                  "Wij denken vanuit de ondersteuningsbehoefte van de jongere, niet vanuit diagnoses of labels.",
                  "Ouders en leerlingen worden vanaf het begin betrokken bij gesprekken over ondersteuning.",
                  "Bureaucratie beperken wij tot wat nodig is voor een zorgvuldig besluit.",
                  "Onderwijs en jeugdhulp werken samen, met één plan per jongere waar dat kan."]),
          ("h2", "3.3 De stem van de leerling"),
          ("p", "In het voortgezet onderwijs zijn leerlingen zelf gesprekspartner. Tijdens de voorbereiding van dit "
                "plan hebben wij met een leerlingpanel van veertien jongeren gesproken. Zij gaven aan dat zij vooral "
                "behoefte hebben aan één vaste persoon op school die hen kent, aan rust in het rooster en aan "
                "begrip voor wat er thuis speelt. Wij nemen deze boodschap mee in de uitwerking van het plan."),
          ]

    B += [("h1", "4 Basisondersteuning"),
          ("h2", "4.1 Wat verstaan wij onder basisondersteuning"),
          ("p", "Basisondersteuning is in Kempenrand het geheel van ondersteuning dat alle scholen en alle "
                "vestigingen van de aangesloten besturen ten minste bieden aan iedere leerling, binnen de "
                "onderwijsstructuur van de school, planmatig en onder regie van de school, zonder dat daarvoor een "
                "beroep op het samenwerkingsverband nodig is. Het is een gezamenlijke ondergrens die door alle "
                "negen besturen is onderschreven; het vso en het praktijkonderwijs maken hierover aanvullende "
                "afspraken die passen bij hun leerlingen. Wat boven deze ondergrens uitgaat, is extra ondersteuning."),
          ("h2", "4.2 Uitwerking"),
          ("p", "De werkgroep basisondersteuning heeft vastgesteld dat de afspraken uit het vorige plan verouderd "
                "zijn. Omdat de landelijke norm basisondersteuning nog in voorbereiding is, stellen wij de concrete "
                "standaarden pas vast wanneer die norm bekend is. De werkgroep legt in het schooljaar 2026-2027 een "
                "voorstel voor aan het bestuur; tot die tijd beschrijven de scholen hun ondersteuning in de eigen "
                "schoolgids."),
          ("h2", "4.3 Borging"),
          ("p", "Het samenwerkingsverband voert jaarlijks een ondersteuningsgesprek met iedere school, waarin de "
                "teamleider zorg, de ondersteuningscoördinator en de consulent de ontwikkeling van de ondersteuning "
                "bespreken. Wanneer een school langer dan een jaar achterblijft bij de afspraken, bespreekt de "
                "directeur-bestuurder dit met het schoolbestuur en worden verbeterafspraken gemaakt."),
          ]

    B += [("h1", "5 Extra ondersteuning en dekkend aanbod"),
          ("h2", "5.1 De ondersteuningsroute"),
          ("p", "De ondersteuning in Kempenrand is georganiseerd in vier niveaus. Op niveau 1 biedt de school de "
                "basisondersteuning. Op niveau 2 zet de school extra ondersteuning in binnen de eigen school, "
                "bijvoorbeeld een trajectvoorziening, een individuele coach of een aangepast rooster; de school "
                "bekostigt dit uit het schoolbudget. Op niveau 3 gaat het om bovenschoolse arrangementen: het "
                "OPDC De Overstap, het Rebound-traject en de onderwijs-zorgarrangementen. Op niveau 4 staan het "
                "voortgezet speciaal onderwijs (VSO De Zwaluw en VSO Het Palet) en het praktijkonderwijs. Een "
                "leerling kan tussen de niveaus op en neer bewegen; het ondersteuningsteam van de school bewaakt de "
                "samenhang en het ontwikkelingsperspectiefplan gaat mee."),
          ("h2", "5.2 OPDC De Overstap en Rebound"),
          ("p", "Het orthopedagogisch-didactisch centrum De Overstap biedt plaats aan ongeveer veertig leerlingen "
                "die tijdelijk niet in een reguliere klas kunnen functioneren. Een plaatsing duurt in de regel "
                "twaalf tot twintig weken, met een uitloop tot een schooljaar. Een plaatsing is altijd tijdelijk: "
                "de leerling gaat daarna terug naar de eigen school of naar een andere passende school. Rebound is een kortdurend traject "
                "(maximaal tien weken) voor leerlingen bij wie het gedrag op school is vastgelopen; de leerling "
                "blijft ingeschreven op de eigen school."),
          ("h2", "5.3 Onderwijs-zorgarrangementen"),
          ("p", "Voor jongeren die naast onderwijs ook jeugdhulp nodig hebben, ontwikkelen wij met de gemeenten "
                "onderwijs-zorgarrangementen. Op twee scholen is een zorgklas ingericht waar een "
                "jeugdhulpverlener dagelijks aanwezig is. De afspraken over bekostiging zijn vastgelegd in een "
                "convenant met de zes gemeenten."),
          ("h2", "5.4 Thuiszitters en het dekkend netwerk"),
          ("p", "Iedere leerling die twee weken ongeoorloofd verzuimt of langer dan vier weken thuiszit, wordt door "
                "de school gemeld bij de leerplichtambtenaar en het samenwerkingsverband. Het Thuiszitterstafel-"
                "overleg, waarin leerplicht, jeugdhulp, de consulent en de school zitten, komt iedere twee weken "
                "bijeen en bespreekt alle gemelde jongeren tot zij weer onderwijs volgen. Komen school en "
                "partners er niet uit, dan beslist de directeur-bestuurder binnen vijf werkdagen welke school of "
                "voorziening de jongere tijdelijk opvangt. Eens per jaar maken wij met de scholen een "
                "witte-vlekkenanalyse: voor welke jongeren was er geen passende plek, waar ontstonden wachtlijsten? "
                "De uitkomsten leiden tot een actieplan met eigenaar en datum; in 2025 leidde dit tot de opening "
                "van een tweede zorgklas."),
          ]

    B += [("h1", "6 Toewijzing en toelaatbaarheid"),
          ("h2", "6.1 Toelaatbaarheid tot het vso"),
          ("p", "Plaatsing in het vso vraagt een toelaatbaarheidsverklaring van het samenwerkingsverband. De school "
                "waar de leerling staat ingeschreven, dient de aanvraag in bij de Commissie Toewijzing. De aanvraag "
                "bestaat uit het ontwikkelingsperspectiefplan, een overzicht van de ondersteuning die de school heeft "
                "geboden en de resultaten daarvan, het verslag van het multidisciplinair overleg en de zienswijze van "
                "ouders en leerling. De Commissie Toewijzing bestaat uit een voorzitter en twee deskundigen: een "
                "orthopedagoog of psycholoog en, afhankelijk van de leerling, een jeugdarts, maatschappelijk werker "
                "of kinder- en jeugdpsychiater. De commissie neemt binnen zes weken een besluit en stuurt dit naar de "
                "school, de ouders en de vso-school."),
          ("h2", "6.2 Criteria voor het vso"),
          ("p", "De commissie geeft een TLV af als (a) de ondersteuningsbehoefte van de leerling de mogelijkheden "
                "van het regulier onderwijs en van het OPDC aantoonbaar overstijgt, (b) de school de mogelijkheden "
                "van niveau 2 en 3 heeft benut of onderbouwd kan aangeven waarom die niet passend zijn, en (c) de "
                "leerling aangewezen is op een kleine groep met specifieke expertise op het gebied van gedrag, "
                "psychiatrie, een verstandelijke beperking of een langdurige ziekte. Voor leerlingen die "
                "rechtstreeks vanuit het so komen, volstaat een onderbouwing door de so-school dat voortzetting van "
                "het speciaal onderwijs nodig is."),
          ("h2", "6.3 Leerwegondersteunend onderwijs"),
          ("p", "Kempenrand hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de mogelijkheid van "
                "opting out. De basisschool levert de gegevens aan via het onderwijskundig rapport; de VO-school "
                "waar de leerling is aangemeld, vraagt vóór 1 mei de aanwijzing aan. De Commissie Toewijzing besluit "
                "binnen vier weken. De aanwijzing geldt voor de gehele schoolloopbaan in het vmbo."),
          ("h2", "6.4 Praktijkonderwijs"),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen "
                "of inzichtelijk rekenen. De praktijkschool vraagt de TLV aan; de Commissie Toewijzing toetst of aan "
                "de criteria is voldaan en besluit binnen vier weken. Een TLV voor het praktijkonderwijs geldt voor "
                "de duur van de opleiding."),
          ("h2", "6.5 Duur en bekostigingscategorie"),
          ("p", "Een TLV vso wordt afgegeven voor ten minste één en ten hoogste vier schooljaren, tot 31 juli. De "
                "commissie stelt de categorie laag, midden of hoog vast aan de hand van de aard van de "
                "ondersteuningsbehoefte."),
          ("h2", "6.6 Terug naar het regulier voortgezet onderwijs"),
          ("p", "Kempenrand vindt dat een plaatsing in het vso een tijdelijke plaatsing moet kunnen zijn. Ons beleid "
                "is erop gericht dat een jongere die dat kan, na het vso terugkeert naar het regulier voortgezet "
                "onderwijs of daar een diploma haalt, bij voorkeur op een school in de eigen woonplaats. Een "
                "overstap is aan de orde als de jongere zich in het vso zo heeft ontwikkeld dat hij met extra "
                "ondersteuning op niveau 2 of 3 in het regulier onderwijs verder kan en de ontvangende school "
                "die ondersteuning kan bieden. Het samenwerkingsverband stelt voor iedere overstap een "
                "overstaparrangement beschikbaar van maximaal een schooljaar, waarin een begeleider van het vso "
                "de jongere en de mentor op de nieuwe school coacht."),
          ("p", "Hoe de terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten wordt "
                "besloten, leggen wij in de loop van de planperiode samen met de vso-scholen vast in een protocol "
                "terugplaatsing."),
          ]

    B += [("h1", "7 Geld en middelen"),
          ("h2", "7.1 Inkomsten"),
          ("p", "Kempenrand ontvangt jaarlijks circa 14,8 miljoen euro aan rijksmiddelen voor lichte en zware "
                "ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Hiervan gaat ongeveer 5,6 "
                "miljoen euro rechtstreeks via DUO naar het vso als afdracht voor de leerlingen met een TLV."),
          ("h2", "7.2 Verdeling over de besturen"),
          ("p", "De middelen voor lichte ondersteuning worden verdeeld via een schoolbudget per bestuur. Het "
                "schoolbudget is het aantal leerlingen op 1 oktober maal 95 euro, vermeerderd met 40.000 euro per "
                "vestiging. Vmbo-scholen ontvangen een opslag van 30 procent op het leerlingdeel, omdat zij naar "
                "verhouding meer leerlingen met een ondersteuningsbehoefte hebben. De lwoo-middelen en de middelen "
                "voor het praktijkonderwijs worden doorgegeven naar rato van het aantal leerlingen met een "
                "aanwijzing of TLV. Bovenschoolse arrangementen worden door de Commissie Toewijzing toegekend op "
                "aanvraag van de school. Het bestuur stelt de verdeling jaarlijks in oktober vast."),
          ("h2", "7.3 Besteding en meerjarenbegroting"),
          ("p", "De onderstaande tabel geeft de meerjarenbegroting voor de planperiode (bedragen in duizenden euro's)."),
          ("table", ["Post", "2026", "2027", "2028", "2029"],
           [["Afdracht vso (DUO)", "5.600", "5.520", "5.450", "5.400"], ["Schoolbudgetten lichte ondersteuning", "2.350", "2.310", "2.270", "2.230"],
            ["Lwoo en praktijkonderwijs (doorbetaling)", "4.900", "4.800", "4.700", "4.620"], ["OPDC De Overstap en Rebound", "980", "980", "990", "1.000"],
            ["Onderwijs-zorgarrangementen en zorgklassen", "310", "360", "360", "360"], ["Overstaparrangementen vso-vo", "60", "80", "90", "90"],
            ["Bureau en Commissie Toewijzing", "640", "650", "660", "670"], ["Totaal lasten", "14.840", "14.700", "14.520", "14.370"]]),
          ("h2", "7.4 Reserves en risico's"),
          ("p", "Het samenwerkingsverband houdt een algemene reserve aan van ten hoogste 4 procent van de baten. "
                "De belangrijkste risico's zijn een stijging van het aantal TLV's, onzekerheid over de landelijke "
                "bekostiging en de krimp van het leerlingaantal. Deze risico's zijn financieel gekwantificeerd in de "
                "risicoparagraaf bij de jaarbegroting."),
          ("h2", "7.5 Verantwoording door de besturen"),
          ("p", "Ieder bestuur legt jaarlijks vóór 1 juni in een korte rapportage verantwoording af over de inzet "
                "van het schoolbudget, per school uitgesplitst naar personeel, materiaal en externe inhuur."),
          ]

    B += [("h1", "8 Ouders, leerlingen en communicatie"),
          ("h2", "8.1 Informatie voor ouders en leerlingen"),
          ("p", "Ouders en leerlingen worden op drie manieren geïnformeerd over de ondersteuningsmogelijkheden in "
                "de regio. Op de website van Kempenrand staat per school welke ondersteuning daar geboden wordt en "
                "hoe de ondersteuningsroute werkt, met een aparte pagina over het OPDC, het vso, lwoo en "
                "praktijkonderwijs. Iedere school neemt in de schoolgids een paragraaf op over passend onderwijs "
                "en over de contactpersoon voor ondersteuning. In groep 8 ontvangen alle ouders via de basisschool "
                "de brochure 'Naar het voortgezet onderwijs met extra ondersteuning'. Ieder najaar is er een "
                "informatieavond voor ouders van leerlingen in het eerste leerjaar."),
          ("h2", "8.2 Vragen van ouders"),
          ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, kunnen terecht bij de mentor en de "
                "ondersteuningscoördinator van de school. Als ouders en school er samen niet uitkomen, kan de "
                "teamleider of de schoolleiding worden ingeschakeld. De consulent van het samenwerkingsverband kan op "
                "verzoek van de school aansluiten bij een gesprek. In de planperiode verkennen wij hoe wij in de "
                "toekomst invulling geven aan de wettelijke taak om een ouder- en jeugdsteunpunt te organiseren."),
          ("h2", "8.3 Medezeggenschap"),
          ("p", "De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. Er "
                "zitten op dit moment twee leerlingen in de OPR. De OPR heeft instemmingsrecht op dit plan en "
                "wordt ten minste vier keer per jaar door de directeur-bestuurder bijgepraat."),
          ]

    B += [("h1", "9 Organisatie, samenwerking en planning"),
          ("h2", "9.1 Bestuur en toezicht"),
          ("p", "Kempenrand is een vereniging. De algemene ledenvergadering bestaat uit de negen schoolbesturen en "
                "houdt toezicht op de directeur-bestuurder. De ledenvergadering stelt het ondersteuningsplan, de "
                "begroting en de jaarrekening vast. Er is een auditcommissie van twee leden die de financiële "
                "stukken voorbereidt."),
          ("h2", "9.2 Personeel en expertise"),
          ("p", "Het bureau bestaat uit 9,6 fte. Daarnaast zijn 21 medewerkers van het OPDC gedetacheerd vanuit de "
                "besturen. Het samenwerkingsverband organiseert jaarlijks een leergang voor "
                "ondersteuningscoördinatoren en een netwerk voor mentoren. De krapte op de arbeidsmarkt maakt het "
                "moeilijk om orthopedagogen te vinden; wij werken daarom samen met de hogeschool aan een "
                "traineeship."),
          ("h2", "9.3 Samenwerking met gemeenten"),
          ("p", "Met de zes gemeenten voeren wij twee keer per jaar bestuurlijk overleg en eens per vier jaar het "
                "op overeenstemming gericht overleg over dit plan. Het OOGO over dit plan vond plaats op 4 maart "
                "2026; de resultaten van het overleg zijn vastgelegd in een verslag dat aan de OPR is verstrekt. "
                "Belangrijke thema's zijn leerlingenvervoer, jeugdhulp op school en de aansluiting van vo op mbo en "
                "arbeidsmarkt. Met het samenwerkingsverband primair onderwijs is op 26 februari 2026 overleg "
                "gevoerd."),
          ("h2", "9.4 Privacy en ICT"),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, uitsluitend "
                "voor de toewijzing van ondersteuning en de toelaatbaarheid. Dossiers worden na drie jaar "
                "vernietigd. Aanvragen verlopen via een beveiligd digitaal aanvraagsysteem."),
          ("h2", "9.5 Vaststelling en planning"),
          ("p", "Het plan is besproken met het samenwerkingsverband PO (26 februari 2026) en de gemeenten (4 maart "
                "2026), heeft de instemming van de OPR gekregen (17 maart 2026) en is door de algemene "
                "ledenvergadering vastgesteld op 19 maart 2026. Het plan is op 2 april 2026 aan de Inspectie "
                "gezonden."),
          ]

    B += filler(["statuten", "professionalisering", "vervoer", "bedrijfsvoering"], 9, 6, "Kempenrand")

    B += [("h1", "Begrippenlijst"),
          ("table", ["Begrip", "Omschrijving"],
           [["Basisondersteuning", "Het door alle besturen afgesproken niveau van ondersteuning, zie hoofdstuk 4."],
            ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
            ["Kwaliteitszorg", "Het systematisch bewaken en verbeteren van de kwaliteit."],
            ["Onafhankelijke cliëntondersteuning", "Hulp voor ouders door iemand die onafhankelijk is van school en samenwerkingsverband."],
            ["Terugplaatsing", "De overstap van vso naar regulier voortgezet onderwijs."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."]]),
          ]

    label = make_label(
        ["vo-kempenrand-2026-2030.docx"], "vo",
        false_criteria={"basisondersteuning.inhoud", "terugstroom.procedure", "resultaten.doelen",
                        "resultaten.monitoring", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "4.1 defines the shared minimum for all schools and vestigingen (niveau); 4.2 defers the concrete standards to 2026-2027 and points to each school's schoolgids - inhoud not addressed; 4.3 borging.",
            "plaatsing": "Ch. 6: vso procedure (Commissie Toewijzing, dossier, 6 weeks), vso criteria a-c, lwoo (national criteria, aanvraag before 1 May) and pro (IQ 55-80, 3 years behind); two deskundigen; no bezwaar route described.",
            "terugstroom": "6.6 gives the policy (aim, conditions, overstaparrangement with vso coach); the procedure (steps, initiative, decision moments) is deferred to a future 'protocol terugplaatsing'.",
            "financien": "Under 'Geld en middelen' (ch. 7): 7.2 verdeling (95 euro per leerling, 40.000 per vestiging, vmbo opslag, annual decision) and 7.3 meerjarenbegroting table with amounts; 7.4 reserves; 7.5 verantwoording.",
            "dekkend-aanbod": "5.1 four-level continuum, 5.2 OPDC/Rebound, 5.3 OZA, 5.4 thuiszitterstafel, doorzettingsmacht and yearly witte-vlekkenanalyse with action plan.",
            "resultaten": "No intended results and no monitoring anywhere; only traps: 'de resultaten van het overleg' (OOGO, 9.3), 'resultaten daarvan' in the TLV dossier (6.1), glossary entries 'Beoogde resultaten' and 'Kwaliteitszorg'.",
            "ouders": "8.1 informs via website, schoolgids, brochure, information evening; no independent help: 8.2 only mentor/school and a vague 'verkennen' of an ouder- en jeugdsteunpunt; glossary defines onafhankelijke clientondersteuning only there; 9.6 geschillenregeling is between school boards.",
        })
    return dict(name="vo-kempenrand-2026-2030", fmt="docx", blocks=B,
                header="Samenwerkingsverband VO Kempenrand - Ondersteuningsplan 2026-2030",
                footer="Kempenrand VO 30-09 | versie 3.1 | pagina",
                title="Ondersteuningsplan 2026-2030 Kempenrand", author=N, label=label)


# ==================================================================================================
# Plan 3 - PO, .pdf (rendered from .docx) - Stichting Passend Onderwijs Hoornveen (PO 24-05)
# ==================================================================================================

def plan_hoornveen():
    N = "Stichting Samenwerkingsverband Passend Onderwijs Hoornveen"
    B = []
    B += [("title", "Koers op kansen"),
          ("sub", "Ondersteuningsplan 2026-2030"),
          ("sub", N + " | PO 24-05"),
          ("p", "Vastgesteld door het bestuur op 21 april 2026. Instemming ondersteuningsplanraad: 14 april 2026. "
                "OOGO met de gemeenten Hoornveen, Westerlaan en Dijkmeer: 31 maart 2026."),
          ("pb",), ("toc",)]

    B += [("h1", "Voorwoord"),
          ("p", "Koers op kansen. Met die titel willen wij uitdrukken waar het in de komende vier jaar om draait: "
                "kansen voor ieder kind, ongeacht waar het woont, wat zijn ouders verdienen of wat het nodig heeft "
                "om te leren. Passend onderwijs is geen project meer, maar een gewoon onderdeel van het werk op "
                "iedere school. Toch is er nog veel te winnen. Scholen ervaren de administratieve last als zwaar, "
                "ouders vinden de weg naar ondersteuning niet altijd vanzelfsprekend, en de samenwerking met de "
                "jeugdhulp kan beter."),
          ("p", "Dit plan bouwt voort op wat goed gaat en maakt keuzes waar dat nodig is. Het is tot stand gekomen "
                "in nauwe samenwerking met de schoolbesturen, de directeuren, de intern begeleiders, de "
                "ondersteuningsplanraad en de drie gemeenten. Wij zijn iedereen dankbaar voor de tijd en "
                "betrokkenheid. Wij nodigen iedere lezer uit om met ons in gesprek te blijven over de uitvoering."),
          ("p", "Mr. drs. A. (Annelies) Groeneveld, voorzitter van het bestuur"),
          ]

    B += [("h1", "Samenvatting"),
          ("p", "Het samenwerkingsverband Hoornveen omvat 33 basisscholen, één school voor speciaal basisonderwijs "
                "en twee scholen voor speciaal onderwijs. In dit plan leggen wij vast hoe wij de komende vier jaar "
                "passend onderwijs organiseren. In hoofdstuk 2 staat onze koers, met de basisondersteuning als "
                "fundament. Hoofdstuk 3 beschrijft het ondersteuningsaanbod van licht naar zwaar. Hoofdstuk 4 gaat "
                "over de samenwerking met gemeenten en jeugdhulp. In hoofdstuk 5 beschrijven wij de "
                "toelaatbaarheid en de terugplaatsing. Hoofdstuk 6 gaat over de middelen, hoofdstuk 7 over wat wij "
                "willen bereiken en hoe wij dat volgen, hoofdstuk 8 over ouders als partner. Hoofdstuk 9 behandelt "
                "de organisatie en de planning."),
          ]

    B += [("h1", "1 Inleiding en verantwoording"),
          ("h2", "1.1 Het wettelijk kader"),
          ("p", "Het ondersteuningsplan is voorgeschreven in artikel 18a, achtste lid, van de Wet op het primair "
                "onderwijs. Volgens de wet omvat het plan in elk geval: de wijze waarop een samenhangend geheel van "
                "ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; de procedure en "
                "criteria voor de verdeling en toewijzing van middelen; de procedure en criteria voor plaatsing in "
                "het sbo en so; de procedure en het beleid voor terugplaatsing of overplaatsing naar het "
                "basisonderwijs; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd. "
                "Daarnaast regelt de wet de procedure van vaststelling: overleg met de gemeenten en het "
                "samenwerkingsverband voortgezet onderwijs, instemming van de ondersteuningsplanraad en toezending "
                "aan de Inspectie vóór 1 mei."),
          ("h2", "1.2 Totstandkoming"),
          ("p", "Het plan is geschreven door een kerngroep van twee directeuren, twee intern begeleiders, een "
                "bestuurder en de beleidsmedewerker van het samenwerkingsverband. De kerngroep heeft tussen "
                "oktober 2025 en februari 2026 acht keer vergaderd. Tussentijds zijn de hoofdstukken voorgelegd aan "
                "het netwerk van intern begeleiders en aan een klankbordgroep van ouders. Op 3 februari 2026 was er "
                "een open bijeenkomst voor alle betrokkenen in het gemeentehuis van Westerlaan."),
          ("h2", "1.3 Terugblik op 2022-2026"),
          ("p", "In de vorige planperiode hebben wij ons gericht op drie speerpunten: het versterken van de "
                "basisondersteuning, het verkorten van de doorlooptijd van aanvragen en het beter betrekken van "
                "ouders. De evaluatie laat zien dat de doorlooptijd van een TLV-aanvraag is gedaald van gemiddeld "
                "negen naar zes weken. Het deelnamepercentage sbo daalde van 2,9 procent in 2021 naar 2,5 procent "
                "in 2025; het deelnamepercentage so bleef stabiel rond 1,6 procent. In de tevredenheidspeiling van "
                "2025 gaven intern begeleiders het samenwerkingsverband een 7,4 (2021: 6,6). Het betrekken van "
                "ouders is minder goed gelukt dan gehoopt: slechts 48 procent van de ondervraagde ouders wist waar "
                "zij met vragen terechtkonden."),
          ]

    B += [("h1", "2 Onze koers"),
          ("h2", "2.1 Visie"),
          ("p", "Ieder kind heeft recht op onderwijs waarin het zich kan ontwikkelen, in een omgeving waar het zich "
                "thuis voelt. Wij geloven in de kracht van de reguliere basisschool en in de deskundigheid van "
                "leerkrachten. Tegelijk erkennen wij dat sommige kinderen gebaat zijn bij een gespecialiseerde "
                "omgeving. Het sbo en so zijn daarom volwaardige partners binnen ons verband. Wij kiezen voor "
                "vertrouwen in professionals, voor eenvoud in procedures en voor openheid naar ouders."),
          ("h2", "2.2 Basisondersteuning als fundament"),
          ("p", "Het fundament onder passend onderwijs in Hoornveen is een stevige basisondersteuning. Daarmee "
                "bedoelen wij het geheel van preventieve en licht curatieve interventies, de "
                "ondersteuningsstructuur en de planmatige werkwijze die iedere basisschool en iedere "
                "nevenvestiging in het samenwerkingsverband ten minste biedt. De besturen hebben dit minimum "
                "gezamenlijk vastgesteld; het is voor alle scholen gelijk en niet vrijblijvend. De concrete "
                "standaarden - wat ouders op iedere school mogen verwachten - zijn uitgewerkt in bijlage B van dit "
                "plan. Scholen die meer bieden, beschrijven dat in hun schoolondersteuningsprofiel."),
          ("h2", "2.3 Ambities"),
          ("p", "Onze koers vertaalt zich in vier ambities voor 2030. Wij willen dat meer kinderen met een "
                "ondersteuningsbehoefte thuisnabij onderwijs volgen, dat ouders de weg kennen, dat aanvragen snel "
                "en zonder onnodige formulieren worden afgehandeld en dat iedere school de basisondersteuning "
                "volledig op orde heeft. In hoofdstuk 7 zijn deze ambities uitgewerkt in concrete resultaten."),
          ]

    B += [("h1", "3 Het ondersteuningsaanbod"),
          ("h2", "3.1 Van licht naar zwaar"),
          ("p", "Het aanbod in Hoornveen is georganiseerd als een doorlopende reeks. Iedere school biedt de "
                "basisondersteuning (bijlage B). Heeft een kind meer nodig, dan zet de school een arrangement in, "
                "eventueel met hulp van het samenwerkingsverband. Voor kinderen die tijdelijk een andere "
                "leeromgeving nodig hebben, zijn er bovenschoolse voorzieningen. Voor kinderen die langdurig "
                "gespecialiseerde ondersteuning nodig hebben, zijn er het speciaal basisonderwijs (SBO De "
                "Regenboog) en het speciaal onderwijs (SO De Vuurtoren, cluster 4, en SO Het Kompas, cluster 3). "
                "De overgang tussen de onderdelen verloopt via het ondersteuningsteam van de school en, waar een "
                "TLV nodig is, via de Commissie Toelaatbaarheid."),
          ("h2", "3.2 Arrangementen"),
          ("h3", "3.2.1 Groepsarrangementen"),
          ("p", "Een groepsarrangement is een aanbod voor een groep kinderen met een vergelijkbare "
                "ondersteuningsbehoefte. In Hoornveen bestaan in 2026 de volgende groepsarrangementen: de "
                "Taalklas voor nieuwkomers in Hoornveen-Centrum, de Prikkelarme groep op de Jan Ligthartschool, "
                "de Bovenbouwplusklas voor meer- en hoogbegaafde kinderen op drie locaties en de Kleutergroep "
                "Extra op het terrein van SBO De Regenboog. De scholen melden kinderen aan via het "
                "ondersteuningsteam."),
          ("h3", "3.2.2 Individuele arrangementen"),
          ("p", "Een individueel arrangement is maatwerk voor één kind, bijvoorbeeld extra begeleiding door een "
                "onderwijsassistent, specialistische begeleiding door een ambulant begeleider van het so of een "
                "aangepast lesprogramma. De school vraagt het arrangement aan bij het samenwerkingsverband; de "
                "consulent beoordeelt de aanvraag samen met de intern begeleider."),
          ("h2", "3.3 Bovenschoolse voorzieningen"),
          ("p", "De Observatiegroep De Brug biedt tijdelijk plaats aan maximaal tien kinderen van 4 tot 8 jaar bij "
                "wie nader onderzoek nodig is naar de ondersteuningsbehoefte; een plaatsing duurt maximaal zestien "
                "weken. Het Time-outproject in Dijkmeer vangt kinderen op die tijdelijk niet in hun eigen groep "
                "kunnen zijn, met een maximum van zes weken en altijd met een terugkeerplan naar de eigen groep. "
                "Het Expertisecentrum Gedrag levert ambulante begeleiding aan scholen."),
          ("h2", "3.4 Aanbod en behoefte"),
          ("p", "Of ons aanbod in alle delen van de regio aansluit bij de behoefte, weten wij nog onvoldoende. In het "
                "voorjaar van 2027 ronden wij een aanbodanalyse af; op basis daarvan bepaalt het bestuur welke "
                "voorzieningen aanvulling of bijstelling nodig hebben."),
          ]

    B += [("h1", "4 Samenwerking met gemeenten en jeugdhulp"),
          ("h2", "4.1 Op overeenstemming gericht overleg"),
          ("p", "Het samenwerkingsverband voert met de drie gemeenten het op overeenstemming gericht overleg over dit "
                "plan. In het OOGO van 31 maart 2026 zijn afspraken gemaakt over de thema's jeugdhulp in en om de "
                "school, thuiszitters, leerlingenvervoer, onderwijshuisvesting en de overgang van voorschoolse "
                "voorzieningen naar de basisschool. De gemeenten hebben ingestemd met het plan."),
          ("h2", "4.2 Onderwijs-zorgarrangementen"),
          ("p", "Kinderen die naast onderwijs jeugdhulp nodig hebben, krijgen waar mogelijk één "
                "onderwijs-zorgarrangement, waarbij school, jeugdhulpaanbieder en ouders samen één plan maken. De "
                "gemeente bekostigt het zorgdeel, het samenwerkingsverband het onderwijsdeel. In 2026 lopen er "
                "zorgklassen op SO De Vuurtoren en op twee basisscholen."),
          ("h2", "4.3 Jeugd- en gezinsteams"),
          ("p", "Op iedere school is een medewerker van het jeugd- en gezinsteam aanwezig, die laagdrempelig "
                "beschikbaar is voor ouders en leerkrachten. De medewerker neemt op verzoek deel aan het "
                "ondersteuningsteam."),
          ]

    B += [("h1", "5 Toelaatbaarheid"),
          ("h2", "5.1 Wat is een toelaatbaarheidsverklaring?"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) is een besluit van het samenwerkingsverband dat een kind "
                "toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. Zonder TLV kan een sbo- "
                "of so-school een kind niet inschrijven. De TLV is een besluit in de zin van de Algemene wet "
                "bestuursrecht."),
          ("h2", "5.2 De procedure"),
          ("p", "De procedure verloopt in vijf stappen."),
          ("ol", ["Stap 1 - Vooroverleg: de intern begeleider bespreekt de situatie in het ondersteuningsteam, met de ouders en de consulent van het samenwerkingsverband.",
                  "Stap 2 - Aanvraag: het bevoegd gezag van de school waar het kind is ingeschreven, dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid, met het groeidocument, het ontwikkelingsperspectief en het ouderformulier.",
                  "Stap 3 - Deskundigenadvies: twee deskundigen die niet bij de aanvraag betrokken waren, geven ieder afzonderlijk een schriftelijk advies; de eerste is een orthopedagoog of GZ-psycholoog, de tweede een maatschappelijk werker, jeugdarts of kinderpsychiater.",
                  "Stap 4 - Besluit: de Commissie Toelaatbaarheid besluit namens het bestuur binnen acht weken na ontvangst van de volledige aanvraag.",
                  "Stap 5 - Bekendmaking: het besluit wordt binnen vijf werkdagen toegezonden aan de ouders, de aanvragende school en de ontvangende school; ouders ontvangen ook een afschrift van beide adviezen."]),
          ("h2", "5.3 Afwegingskader"),
          ("p", "De Commissie Toelaatbaarheid weegt iedere aanvraag op haar eigen merites. De criteria waaraan "
                "aanvragen worden getoetst, zijn opgenomen in de Handreiking Toelaatbaarheid op "
                "www.passendonderwijshoornveen.nl/tlv en worden jaarlijks door het bestuur geactualiseerd."),
          ("h2", "5.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV sbo wordt afgegeven voor twee schooljaren, een TLV so voor drie schooljaren, steeds tot en "
                "met 31 juli. Bij een TLV so stelt de commissie de bekostigingscategorie laag, midden of hoog vast. "
                "Een TLV die tussentijds wordt afgegeven, geldt voor de rest van het lopende schooljaar plus de "
                "genoemde periode."),
          ("h2", "5.5 Bezwaar"),
          ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en het schoolbestuur binnen zes weken bezwaar "
                "maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen en beslist binnen twaalf weken."),
          ]

    B += [("h1", "6 Middelen en financiën"),
          ("h2", "6.1 Het ondersteuningsbudget"),
          ("p", "Hoornveen ontvangt in 2026 naar verwachting 8,2 miljoen euro aan ondersteuningsmiddelen. Daarvan "
                "wordt 2,9 miljoen euro door DUO ingehouden voor de bekostiging van leerlingen in het so en 0,7 "
                "miljoen euro overgedragen aan het sbo. De rest, 4,6 miljoen euro, verdeelt het samenwerkingsverband "
                "zelf."),
          ("h2", "6.2 Verdeling"),
          ("p", "Het samenwerkingsverband werkt met een schoolmodel. Ieder schoolbestuur ontvangt per school een "
                "basisbedrag van 12.500 euro en 118 euro per leerling op 1 oktober. Scholen met een hoge "
                "schoolweging (boven 32) ontvangen een opslag van 15 procent op het leerlingdeel. De middelen voor "
                "groepsarrangementen en bovenschoolse voorzieningen blijven centraal en worden per plaatsing "
                "toegekend. Het bestuur stelt de verdeling vast bij de begroting in december, na advies van het "
                "directeurenberaad."),
          ("h2", "6.3 Meerjarenbegroting"),
          ("table", ["Bestemming (x 1.000 euro)", "2026", "2027", "2028", "2029", "2030"],
           [["Schoolbudgetten", "2.650", "2.620", "2.600", "2.580", "2.560"], ["Groepsarrangementen", "640", "660", "670", "680", "690"],
            ["Individuele arrangementen", "520", "520", "520", "520", "520"], ["Observatiegroep en Time-out", "390", "395", "400", "405", "410"],
            ["Onderwijsdeel onderwijs-zorgarrangementen", "120", "140", "150", "150", "150"], ["Organisatie en Commissie Toelaatbaarheid", "330", "335", "340", "345", "350"],
            ["Totaal", "4.650", "4.670", "4.680", "4.680", "4.680"]]),
          ("h2", "6.4 Reserves"),
          ("p", "Op 1 januari 2026 bedraagt de algemene reserve 1,1 miljoen euro. Het bestuur houdt een buffer aan "
                "van 6 procent van de baten. Het bedrag daarboven wordt in 2026 en 2027 ingezet voor de uitbreiding "
                "van de groepsarrangementen."),
          ("h2", "6.5 Verantwoording"),
          ("p", "Schoolbesturen verantwoorden jaarlijks in een standaardformat hoe zij het schoolbudget hebben "
                "ingezet. Het samenwerkingsverband bespreekt de verantwoording in het bestuur."),
          ]

    B += [("h1", "7 Wat willen we bereiken en hoe weten we dat?"),
          ("h2", "7.1 Wat we willen bereiken"),
          ("table", ["Ambitie", "Indicator", "Streefwaarde 2030"],
           [["Thuisnabij onderwijs", "Deelnamepercentage sbo op 1 oktober", "2,2 procent of lager"],
            ["Thuisnabij onderwijs", "Deelnamepercentage so op 1 oktober", "1,6 procent of lager"],
            ["Ouders kennen de weg", "Percentage ouders dat weet waar het terechtkan", "75 procent"],
            ["Snelle afhandeling", "Gemiddelde doorlooptijd TLV-aanvraag", "maximaal 5 weken"],
            ["Basisondersteuning op orde", "Scholen die alle standaarden uit bijlage B halen", "33 van de 33"]]),
          ("h2", "7.2 Hoe we weten of het werkt"),
          ("p", "Twee keer per jaar, in februari en september, verzamelen wij de gegevens over deze indicatoren uit "
                "de registratie van de Commissie Toelaatbaarheid, de teldata van DUO en onze eigen administratie. "
                "De gegevens worden weergegeven in een dashboard dat het bestuur en de OPR ontvangen. Elke twee "
                "jaar houden wij een tevredenheidspeiling onder ouders, intern begeleiders en directeuren. Eens per "
                "twee jaar voert de beleidsmedewerker met iedere school een kwaliteitsgesprek over de standaarden "
                "uit bijlage B. De uitkomsten verantwoorden wij in het jaarverslag, dat vóór 1 juli wordt "
                "vastgesteld; wanneer een indicator achterblijft, beschrijft het bestuur in het jaarplan welke "
                "maatregelen het neemt."),
          ]

    B += [("h1", "8 Ouders als partner"),
          ("h2", "8.1 Waar vinden ouders informatie?"),
          ("p", "De 'Ouderwijzer Hoornveen' is een boekje en een webpagina waarin in begrijpelijke taal staat welke "
                "ondersteuning iedere school biedt, welke arrangementen en voorzieningen er in de regio zijn en hoe "
                "een aanvraag verloopt. De Ouderwijzer wordt bij de inschrijving op iedere basisschool meegegeven. "
                "Iedere school verwijst in de schoolgids naar de Ouderwijzer en vermeldt de naam van de intern "
                "begeleider als eerste aanspreekpunt. Twee keer per jaar houdt het samenwerkingsverband een "
                "inloopavond voor ouders."),
          ("h2", "8.2 Er samen niet uitkomen?"),
          ("p", "Het kan gebeuren dat ouders en school van mening verschillen over wat een kind nodig heeft. Ouders "
                "hoeven dan niet alleen te blijven zitten met hun zorgen. Het Steunpunt Ouders Hoornveen is een "
                "onafhankelijk steunpunt, ondergebracht bij de stichting MEE, dat ouders gratis adviseert en zo "
                "nodig meegaat naar gesprekken op school. Ouders kunnen ook terecht bij de Onderwijsconsulenten "
                "van het ministerie. Komen partijen er dan nog niet uit, dan staat de weg open naar de "
                "Geschillencommissie passend onderwijs."),
          ("h2", "8.3 Ouders in de ondersteuningsplanraad"),
          ("p", "De ondersteuningsplanraad bestaat uit zes ouders en zes personeelsleden. De OPR heeft ingestemd met "
                "dit plan op 14 april 2026."),
          ]

    B += [("h1", "9 Organisatie en planning"),
          ("h2", "9.1 Bestuur"),
          ("p", "De stichting kent een bestuur van vijf schoolbestuurders en een onafhankelijke voorzitter, en een "
                "directeur die de dagelijkse leiding heeft. Het bestuur stelt de begroting, het jaarplan en het "
                "jaarverslag vast. Intern toezicht is belegd bij een toezichtscommissie van drie leden."),
          ("h2", "9.2 Personeel"),
          ("p", "Het samenwerkingsverband heeft 7,8 fte in dienst: een directeur, een beleidsmedewerker, vier "
                "consulenten, een secretaris van de Commissie Toelaatbaarheid en een administratief medewerker. De "
                "deskundigen van de commissie worden ingehuurd. Wij besteden aandacht aan duurzame inzetbaarheid en "
                "aan de werkdruk van consulenten, die in de afgelopen jaren is toegenomen."),
          ("h2", "9.3 ICT en gegevensbescherming"),
          ("p", "Voor het indienen en behandelen van aanvragen gebruiken wij een beveiligd digitaal platform. Een "
                "functionaris gegevensbescherming ziet toe op de naleving van de AVG."),
          ("h2", "9.4 Planning"),
          ("p", "Het plan wordt jaarlijks uitgewerkt in een jaarplan. Halverwege de planperiode, in het voorjaar "
                "van 2028, vindt een tussentijdse evaluatie plaats met de OPR en de gemeenten."),
          ]

    B += filler(["governance", "arbeidsmarkt", "vervoer", "administratief", "landelijk"], 9, 5, "Hoornveen")

    B += [("h1", "Bijlage A Begrippenlijst"),
          ("ul", ["Arrangement: een samenhangend ondersteuningsaanbod voor een kind of groep kinderen.",
                  "Dekkend aanbod: een netwerk van voorzieningen dat voor ieder kind een passende plek biedt.",
                  "Overplaatsing: de overstap van een leerling van het so naar het sbo of omgekeerd.",
                  "Terugplaatsing: de overstap van een leerling van sbo of so naar het reguliere basisonderwijs na afloop van de TLV.",
                  "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
                  "Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]),
          ("h1", "Bijlage B Standaarden basisondersteuning"),
          ("p", "Iedere school en iedere vestiging in het samenwerkingsverband Hoornveen biedt ten minste het "
                "volgende:"),
          ("ol", ["Een intern begeleider met ten minste één dag per week per 150 leerlingen en een ondersteuningsteam met de consulent en het jeugd- en gezinsteam.",
                  "Een leerlingvolgsysteem en twee keer per jaar een groepsbespreking en een analyse van de opbrengsten.",
                  "Een aanpak voor lees- en spellingproblemen volgens het landelijke dyslexieprotocol, met extra leestijd voor risicolezers vanaf groep 3.",
                  "Een aanbod voor kinderen die meer aankunnen, met verrijking in de klas en deelname aan de Bovenbouwplusklas.",
                  "Een programma voor sociale veiligheid en een anti-pestcoördinator.",
                  "Een ontwikkelingsperspectief voor ieder kind dat op een eigen leerlijn werkt.",
                  "Afspraken over medisch handelen en een toegankelijk gebouw voor zover de huisvesting dat toelaat.",
                  "Ondersteuning bij de overgang naar het voortgezet onderwijs met een warme overdracht."]),
          ("h1", "Bijlage C Afkortingen"),
          ("ul", ["IB - intern begeleider", "OPP - ontwikkelingsperspectief", "OPR - ondersteuningsplanraad",
                  "SBO - speciaal basisonderwijs", "SO - speciaal onderwijs", "TLV - toelaatbaarheidsverklaring"]),
          ]

    label = make_label(
        ["po-hoornveen-2026-2030.pdf"], "po",
        false_criteria={"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Spread out: niveau in the visie chapter 2.2 ('minimum ... iedere basisschool en iedere nevenvestiging'), inhoud in Bijlage B (part of this document, eight standards); borging via kwaliteitsgesprek in 7.2.",
            "plaatsing": "5.2 five-step procedure (bevoegd gezag, Commissie Toelaatbaarheid, 8 weeks, two deskundigen); criteria not in the plan: 5.3 only refers to a Handreiking on the website; 5.4 duration/category, 5.5 bezwaar.",
            "terugstroom": "Not addressed: only in the legal list (1.1), the Samenvatting's pointer to chapter 5 (which has no such content) and the Bijlage A glossary entries Terugplaatsing/Overplaatsing.",
            "financien": "Ch. 6 'Middelen en financien': 6.2 schoolmodel (12.500 per school, 118 per leerling, weging opslag, decision in December), 6.3 meerjarenbegroting 2026-2030 table, 6.4 reserves, 6.5 verantwoording.",
            "dekkend-aanbod": "Continuum in 3.1-3.3 (arrangementen, bovenschoolse voorzieningen, sbo/so); lacunes not addressed: 3.4 defers the aanbodanalyse to spring 2027, thuiszitters only named as an OOGO theme (4.1), zorgplicht only in the glossary; OZA in 4.2.",
            "resultaten": "Unusual heading 'Wat willen we bereiken en hoe weten we dat?': 7.1 indicator table with streefwaarden, 7.2 twice-yearly data collection, dashboard, peilingen, jaarverslag; achieved figures in 1.3.",
            "ouders": "8.1 Ouderwijzer/schoolgids/inloopavond; 8.2 'Er samen niet uitkomen?' independent Steunpunt Ouders Hoornveen, Onderwijsconsulenten, Geschillencommissie; 8.3 OPR.",
        })
    return dict(name="po-hoornveen-2026-2030", fmt="pdf", blocks=B,
                header="Koers op kansen - Ondersteuningsplan 2026-2030 - SWV Hoornveen PO 24-05",
                footer="Stichting Samenwerkingsverband Passend Onderwijs Hoornveen",
                title="Koers op kansen - Ondersteuningsplan 2026-2030", author=N, label=label)


# ==================================================================================================
# Plan 4 - VO, .pdf (rendered from .docx) - SWV Voortgezet Onderwijs Zuidwaard-Delta (VO 28-14)
# ==================================================================================================

def plan_zuidwaard():
    N = "Samenwerkingsverband Voortgezet Onderwijs Zuidwaard-Delta"
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("sub", N),
          ("sub", "Regio VO 28-14 | planperiode 1 augustus 2026 - 31 juli 2030"),
          ("p", "Dit plan is vastgesteld door het algemeen bestuur op 16 april 2026. De ondersteuningsplanraad "
                "heeft op 9 april 2026 ingestemd. Het op overeenstemming gericht overleg met de gemeenten "
                "Zuidwaard, Deltadorp en Kreekrak is gevoerd op 25 maart 2026."),
          ("pb",), ("toc",)]

    B += [("h1", "Voorwoord"),
          ("p", "Passend onderwijs in het voortgezet onderwijs vraagt om scholen die elkaar kennen en vertrouwen. "
                "In Zuidwaard-Delta werken elf scholen voor vo, twee praktijkscholen en twee scholen voor vso "
                "samen, met een gezamenlijk OPDC en een Rebound-voorziening. De afgelopen jaren hebben wij geleerd "
                "dat samenwerking geen vanzelfsprekendheid is: het vraagt om duidelijke afspraken, om elkaar "
                "aanspreken en om de bereidheid om over de grenzen van de eigen school te kijken. Dit "
                "ondersteuningsplan legt die afspraken vast voor de periode 2026-2030."),
          ("p", "Het plan is ambitieus en realistisch tegelijk. Wij willen dat iedere jongere een diploma of "
                "startkwalificatie haalt op het hoogst haalbare niveau, maar wij weten ook dat de arbeidsmarkt "
                "krap is en dat scholen niet alles kunnen. Daarom kiezen wij voor een beperkt aantal speerpunten "
                "en voor heldere resultaten waarop wij ons laten aanspreken."),
          ("p", "Drs. H. (Hanneke) Bosschaert, directeur-bestuurder"),
          ]

    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Doel van dit plan"),
          ("p", "Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband de wettelijke opdracht uitvoert om "
                "te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, "
                "zodat alle leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. Het plan is het "
                "kader voor de jaarplannen van het samenwerkingsverband en voor de schoolondersteuningsprofielen "
                "van de scholen."),
          ("h2", "1.2 Opbouw"),
          ("p", "Na een beschrijving van de regio (hoofdstuk 2) en onze visie (hoofdstuk 3) beschrijven wij in "
                "hoofdstuk 4 de ondersteuning op drie niveaus. Hoofdstuk 5 gaat over toewijzing, toelaatbaarheid, "
                "lwoo en praktijkonderwijs. Hoofdstuk 6 behandelt de doorlopende leer- en ondersteuningslijnen, "
                "hoofdstuk 7 kwaliteitszorg en resultaten. Hoofdstuk 8 gaat over de bedrijfsvoering, hoofdstuk 9 "
                "over samenwerking, medezeggenschap en planning."),
          ]

    B += [("h1", "2 Wie wij zijn"),
          ("h2", "2.1 De regio"),
          ("p", "Zuidwaard-Delta ligt in een landelijk gebied met één stad (Zuidwaard, 54.000 inwoners) en een "
                "groot aantal dorpen. Veel jongeren reizen meer dan tien kilometer naar school. De bevolking "
                "vergrijst en het aantal leerlingen in het voortgezet onderwijs neemt tot 2031 met ongeveer tien "
                "procent af. Tegelijk groeit het aantal nieuwkomers door de arbeidsmigratie in de tuinbouw."),
          ("h2", "2.2 Scholen en voorzieningen"),
          ("p", "Bij het samenwerkingsverband zijn zes schoolbesturen aangesloten met elf scholen voor regulier "
                "voortgezet onderwijs, twee praktijkscholen (Praktijkschool Zuidwaard en De Delta Praktijk) en "
                "twee scholen voor voortgezet speciaal onderwijs (VSO De Kreek, cluster 4, en VSO Zeehoeve, "
                "cluster 3). Daarnaast zijn er het OPDC Zuidwaard, de Rebound-voorziening en de "
                "Internationale Schakelklas (ISK)."),
          ("table", ["Kengetal (1 oktober 2025)", "Aantal"],
           [["Leerlingen regulier vo", "8.940"], ["Leerlingen met lwoo-aanwijzing", "1.020"],
            ["Leerlingen praktijkonderwijs", "415"], ["Leerlingen vso", "388"], ["Leerlingen OPDC", "46"],
            ["Deelnamepercentage vso", "3,7 procent"]]),
          ]

    B += [("h1", "3 Visie en koers"),
          ("h2", "3.1 Visie"),
          ("p", "Wij zien iedere jongere als iemand met talenten en mogelijkheden. Onderwijs is er om die talenten "
                "te ontwikkelen, zodat jongeren zelfstandig kunnen deelnemen aan de samenleving. Ondersteuning is "
                "daarbij een middel, geen doel. De reguliere school is de eerste plek waar ondersteuning "
                "plaatsvindt; gespecialiseerde voorzieningen zijn er voor wie dat nodig heeft, zo kort als "
                "mogelijk en zo lang als nodig. Samen met leerlingen, ouders, scholen en gemeenten bouwen wij aan "
                "een regio waarin geen jongere tussen wal en schip valt."),
          ("h2", "3.2 Koers 2026-2030"),
          ("p", "Voor de planperiode kiezen wij drie speerpunten: (1) versterking van de basisondersteuning op "
                "iedere school, met speciale aandacht voor mentoraat en mentale gezondheid; (2) een sluitende "
                "aanpak voor jongeren die dreigen uit te vallen; (3) betere doorlopende lijnen, met name van vso "
                "terug naar het regulier onderwijs en van vo naar mbo en werk. De speerpunten zijn in hoofdstuk 7 "
                "vertaald in meetbare resultaten."),
          ]

    B += [("h1", "4 Ondersteuning op drie niveaus"),
          ("h2", "4.1 Niveau 1: basisondersteuning"),
          ("p", "Niveau 1 is de basisondersteuning: de ondersteuning die iedere vo-school en iedere vestiging in "
                "Zuidwaard-Delta aan al haar leerlingen biedt, binnen de eigen organisatie en zonder aanvraag bij "
                "het samenwerkingsverband. De zes besturen hebben de basisondersteuning vastgelegd in negen "
                "standaarden, die voor alle scholen gelden. Het praktijkonderwijs en het vso bieden daarnaast de "
                "ondersteuning die bij hun onderwijstype hoort."),
          ("h3", "4.1.1 De standaarden"),
          ("ol", ["Iedere leerling heeft een mentor die hem kent, met ten minste drie individuele mentorgesprekken per jaar.",
                  "Iedere school heeft een ondersteuningscoördinator en een ondersteuningsteam dat wekelijks overlegt.",
                  "Er is een aanbod voor leerlingen met dyslexie en dyscalculie, met faciliteiten zoals voorleessoftware en extra tijd bij toetsen.",
                  "Er is een aanbod voor sociale vaardigheden en faalangstreductie in leerjaar 1 en 2.",
                  "Iedere school biedt begeleiding bij executieve functies (plannen en organiseren), bijvoorbeeld via huiswerkbegeleiding.",
                  "Er is een time-outplek met begeleiding voor leerlingen die tijdelijk niet in de les kunnen zijn.",
                  "Iedere school heeft een aandachtsfunctionaris voor mentale gezondheid en samenwerkt met de schoolmaatschappelijk werker en de jeugdarts.",
                  "Voor leerlingen die een eigen leerroute volgen, stelt de school een ontwikkelingsperspectiefplan op.",
                  "Het gebouw en de organisatie bieden ruimte aan leerlingen met een lichte fysieke beperking of een chronische ziekte."]),
          ("h3", "4.1.2 De kwaliteitskaart"),
          ("p", "Iedere school vult jaarlijks vóór 1 december de kwaliteitskaart basisondersteuning in. De "
                "consulent bespreekt de kaart met de ondersteuningscoördinator. Scholen die een standaard niet "
                "halen, stellen een verbeterplan op; het algemeen bestuur bespreekt jaarlijks een overzicht van "
                "alle scholen."),
          ("h2", "4.2 Niveau 2: bovenschoolse ondersteuning"),
          ("p", "Niveau 2 omvat de voorzieningen die de scholen samen organiseren voor leerlingen die tijdelijk "
                "meer nodig hebben dan de basisondersteuning. Het OPDC Zuidwaard biedt plaats aan ongeveer vijftig "
                "leerlingen in het vmbo die in een kleine setting werken aan hun leerachterstand of gedrag, met als "
                "uitgangspunt terugkeer naar de eigen school binnen een jaar. De Rebound-voorziening biedt een "
                "traject van acht tot twaalf weken voor leerlingen die in gedrag zijn vastgelopen. De "
                "Internationale Schakelklas bereidt nieuwkomers in maximaal twee jaar voor op doorstroom naar het "
                "regulier onderwijs of het mbo. Ambulante begeleiders vanuit het vso ondersteunen leerlingen en "
                "docenten op de reguliere scholen."),
          ("h2", "4.3 Niveau 3: speciaal onderwijs"),
          ("p", "Niveau 3 is het voortgezet speciaal onderwijs. VSO De Kreek biedt onderwijs aan leerlingen met "
                "ernstige gedrags- en psychiatrische problematiek, met uitstroomprofielen vervolgonderwijs, "
                "arbeidsmarkt en dagbesteding. VSO Zeehoeve richt zich op leerlingen met een verstandelijke of "
                "lichamelijke beperking of een langdurige ziekte. Voor leerlingen die specialistische "
                "ondersteuning nodig hebben die in de regio niet beschikbaar is, werken wij samen met vso-scholen "
                "in de naburige regio's."),
          ("h2", "4.4 Een dekkend netwerk"),
          ("p", "Geen jongere mag tussen wal en schip vallen. Scholen melden iedere leerling die langer dan drie "
                "weken niet naar school gaat bij de leerplichtambtenaar en bij het samenwerkingsverband. Het "
                "Regionaal Thuiszittersoverleg bespreekt iedere melding binnen tien werkdagen en stelt een "
                "trajectbegeleider aan die het plan voor terugkeer naar onderwijs bewaakt. Wanneer scholen het "
                "niet eens worden over de vraag waar een leerling kan worden geplaatst, besluit de "
                "directeur-bestuurder; het bestuur heeft haar daartoe doorzettingsmacht gegeven. Twee keer per "
                "jaar analyseren wij de meldingen en de wachtlijsten van het OPDC en het vso. Als een groep "
                "jongeren structureel geen passend aanbod vindt, legt de directeur-bestuurder binnen drie maanden "
                "een voorstel voor een nieuwe voorziening of een aanpassing van het aanbod voor aan het bestuur. "
                "Zo is in 2025 besloten tot een tweede Rebound-groep voor de havo en het vwo."),
          ]

    B += [("h1", "5 Toewijzing, toelaatbaarheid, lwoo en praktijkonderwijs"),
          ("h2", "5.1 Procedure"),
          ("p", "De procedure voor het aanvragen van een toelaatbaarheidsverklaring voor het vso, een aanwijzing "
                "lwoo en een toelaatbaarheidsverklaring voor het praktijkonderwijs is beschreven in bijlage 3, het "
                "Handboek Toewijzing 2026, dat als afzonderlijk document wordt gepubliceerd."),
          ("h2", "5.2 Criteria voor het vso"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende voorwaarden is voldaan:"),
          ("table", ["Criterium", "Toelichting"],
           [["Ondersteuningsbehoefte", "De leerling heeft een ondersteuningsbehoefte op ten minste twee gebieden (leren, gedrag, sociaal-emotioneel, fysiek-medisch) die structureel meer vraagt dan niveau 1 en 2 kunnen bieden."],
            ["Benutte mogelijkheden", "Er is ten minste een half schooljaar een bovenschools arrangement ingezet, of er is onderbouwd waarom dit niet passend is."],
            ["Perspectief", "Het ontwikkelingsperspectiefplan laat zien dat de leerling in het vso een reëel uitstroomperspectief heeft."],
            ["Rechtstreekse instroom uit het so", "Voortzetting van speciaal onderwijs is noodzakelijk volgens de so-school en de deskundige."]]),
          ("h2", "5.3 Lwoo"),
          ("p", "Zuidwaard-Delta volgt de landelijke criteria voor leerwegondersteunend onderwijs: een IQ tussen 75 "
                "en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, waarvan één "
                "begrijpend lezen of inzichtelijk rekenen is, of een IQ tussen 91 en 120 met een leerachterstand "
                "en sociaal-emotionele problematiek. Voor leerlingen die net buiten deze criteria vallen, kan de "
                "school een onderbouwde uitzondering vragen."),
          ("h2", "5.4 Praktijkonderwijs"),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op ten minste twee domeinen, waaronder begrijpend lezen "
                "of inzichtelijk rekenen."),
          ("h2", "5.5 Geldigheid"),
          ("p", "Een TLV vso geldt voor één tot drie schooljaren en eindigt op 31 juli; bij de afgifte wordt de "
                "bekostigingscategorie laag, midden of hoog vastgesteld. Een aanwijzing lwoo en een TLV "
                "praktijkonderwijs gelden voor de hele opleiding."),
          ]

    B += [("h1", "6 Doorlopende leer- en ondersteuningslijnen"),
          ("h2", "6.1 Van primair naar voortgezet onderwijs"),
          ("p", "Met het samenwerkingsverband primair onderwijs hebben wij afspraken gemaakt over de warme "
                "overdracht. Basisscholen bespreken leerlingen met een ondersteuningsbehoefte vóór 1 maart met de "
                "ondersteuningscoördinator van de vo-school. Voor leerlingen uit het so en sbo is een vaste "
                "contactpersoon bij het samenwerkingsverband beschikbaar."),
          ("h2", "6.2 Retour regulier"),
          ("p", "Een plaatsing in het vso is in Zuidwaard-Delta geen eindpunt. Wij willen dat iedere leerling die "
                "daartoe in staat is, na het vso terugkeert naar een reguliere school voor voortgezet onderwijs, "
                "zo dicht mogelijk bij huis, en daar met de juiste begeleiding zijn diploma haalt. Een retour "
                "regulier is aan de orde wanneer het ontwikkelingsperspectiefplan laat zien dat de leerling het "
                "onderwijsniveau aankan, dat de gedragsdoelen grotendeels zijn bereikt en dat de ondersteuning "
                "die hij nog nodig heeft, met niveau 1 en 2 kan worden georganiseerd. Na de overstap ontvangt de "
                "leerling gedurende ten minste een half jaar ambulante begeleiding vanuit de vso-school, en de "
                "ontvangende school kan gebruikmaken van een plek in het OPDC als terugvaloptie."),
          ("p", "Iedere vso-leerling wordt jaarlijks in het voorjaar besproken in het ontwikkelingsperspectief-"
                "overleg van de vso-school, waaraan de consulent van het samenwerkingsverband deelneemt. Daar wordt "
                "expliciet de vraag gesteld of een retour regulier mogelijk is. Is dat zo, dan neemt de vso-school "
                "het initiatief: zij benadert vóór 1 april een passende vo-school, en beide scholen stellen samen "
                "een overstapplan op met een startdatum, meestal 1 augustus. Het samenwerkingsverband bevestigt "
                "de beëindiging van de TLV. In het laatste jaar van iedere TLV is deze bespreking verplicht; als "
                "terugkeer nog niet mogelijk is, vraagt de vso-school een nieuwe TLV aan. In het schooljaar "
                "2024-2025 keerden 17 leerlingen terug van het vso naar het regulier onderwijs."),
          ("h2", "6.3 Van voortgezet onderwijs naar mbo en werk"),
          ("p", "Met de twee mbo-instellingen in de regio werken wij aan een sluitende overdracht voor leerlingen "
                "met een ondersteuningsbehoefte. Voor leerlingen in het praktijkonderwijs en het vso met "
                "uitstroomprofiel arbeidsmarkt organiseren wij samen met de gemeenten en het UWV "
                "stagebegeleiding en nazorg gedurende een jaar na uitstroom."),
          ]

    B += [("h1", "7 Kwaliteitszorg en resultaten"),
          ("h2", "7.1 Beoogde resultaten 2026-2030"),
          ("table", ["Speerpunt", "Resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
           [["Basisondersteuning", "Scholen die alle negen standaarden halen", "7 van 11", "11 van 11"],
            ["Sluitende aanpak", "Jongeren langer dan drie maanden thuis zonder aanbod (peildatum 1 maart)", "14", "maximaal 4"],
            ["Sluitende aanpak", "Voortijdig schoolverlaters met een ondersteuningsbehoefte", "2,1 procent", "1,5 procent"],
            ["Doorlopende lijnen", "Leerlingen die per jaar van vso naar regulier teruggaan", "17", "25"],
            ["Doorlopende lijnen", "Vso-deelnamepercentage", "3,7 procent", "3,3 procent"],
            ["Tevredenheid", "Waardering scholen voor de dienstverlening van het SWV", "7,1", "7,5"]]),
          ("h2", "7.2 Monitoring en verantwoording"),
          ("p", "Wij werken volgens een vaste kwaliteitscyclus. Ieder kwartaal stelt de beleidsmedewerker een "
                "monitor op met de indicatoren uit paragraaf 7.1, gebaseerd op de registratie van de Commissie "
                "Toewijzing, de leerplichtadministratie van de gemeenten en de teldata van DUO. De monitor wordt "
                "besproken in het directeurenoverleg en in het bestuur. Eens per jaar, in het jaarverslag, "
                "rapporteren wij over de bereikte resultaten en vergelijken wij die met de streefwaarden; bij "
                "achterblijvende resultaten stelt het bestuur in het jaarplan bijsturende maatregelen vast. In "
                "2028 laten wij een onafhankelijke tussentijdse evaluatie uitvoeren."),
          ("h2", "7.3 Bereikte resultaten 2022-2026"),
          ("p", "In de vorige planperiode is het aantal thuiszitters gedaald van 23 naar 14. Het vso-"
                "deelnamepercentage steeg van 3,5 naar 3,7 procent, vooral door een toename van leerlingen met "
                "psychische problematiek. De doorlooptijd van aanvragen daalde naar gemiddeld vier weken."),
          ]

    B += [("h1", "8 Bedrijfsvoering"),
          ("h2", "8.1 Financieel beleid"),
          ("p", "Het financieel beleid van het samenwerkingsverband, waaronder het verdeelmodel en de "
                "meerjarenbegroting, is vastgelegd in de Kadernota Financiën 2026-2030. Deze kadernota wordt "
                "jaarlijks door het algemeen bestuur geactualiseerd en is als afzonderlijk document beschikbaar. "
                "De middelen worden ingezet in lijn met de speerpunten van dit plan."),
          ("h2", "8.2 Personeel"),
          ("p", "Het bureau van het samenwerkingsverband telt 11 fte, onder wie vijf consulenten en twee "
                "orthopedagogen. Het OPDC en de Rebound-voorziening worden bemenst door gedetacheerde docenten en "
                "begeleiders van de besturen. Wij investeren in scholing op het gebied van mentale gezondheid en "
                "traumasensitief lesgeven. Het bestuur bewaakt de werkdruk en het verzuim van medewerkers."),
          ("h2", "8.3 ICT en privacy"),
          ("p", "Alle aanvragen verlopen via een beveiligd digitaal systeem. Het samenwerkingsverband heeft een "
                "privacyreglement en een functionaris gegevensbescherming. Gegevens worden niet langer bewaard dan "
                "drie jaar na het besluit."),
          ("h2", "8.4 Huisvesting"),
          ("p", "Het OPDC en het bureau zijn gehuisvest in een gebouw van de gemeente Zuidwaard. De huurovereenkomst "
                "loopt tot 2029; met de gemeente wordt in het kader van het integraal huisvestingsplan gesproken "
                "over een nieuwe locatie."),
          ]

    B += filler(["governance", "informatiebeveiliging", "bedrijfsvoering"], 8, 5, "Zuidwaard-Delta")

    B += [("h1", "9 Samenwerking, medezeggenschap en planning"),
          ("h2", "9.1 Gemeenten en jeugdhulp"),
          ("p", "Met de drie gemeenten is in het OOGO afgesproken dat iedere school een vaste jeugdhulpverlener "
                "krijgt en dat onderwijs en jeugdhulp voor jongeren met een complexe vraag één gezamenlijk plan "
                "maken. Voor jongeren die door psychische problemen tijdelijk geen volledig programma kunnen volgen, "
                "organiseren wij met de gemeenten onderwijs-zorgarrangementen in het OPDC."),
          ("h2", "9.2 Medezeggenschap"),
          ("p", "De ondersteuningsplanraad heeft op 9 april 2026 ingestemd met dit plan. Het bestuur overlegt "
                "vier keer per jaar met de OPR over de uitvoering."),
          ("h2", "9.3 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met de scholen via een maandelijkse nieuwsbrief en via de "
                "netwerken van ondersteuningscoördinatoren. Een communicatieplan gericht op ouders en leerlingen, "
                "inclusief de inrichting van een ouder- en jeugdsteunpunt, stellen wij op in het schooljaar "
                "2026-2027."),
          ("h2", "9.4 Planning"),
          ("table", ["Moment", "Activiteit"],
           [["Ieder kwartaal", "Monitor resultaten in directeurenoverleg en bestuur"], ["Jaarlijks december", "Jaarplan en begroting"],
            ["Jaarlijks juni", "Jaarverslag"], ["2028", "Tussentijdse evaluatie"], ["Voorjaar 2030", "Nieuw ondersteuningsplan"]]),
          ]

    B += filler(["statuten", "grensverkeer", "professionalisering", "administratief", "landelijk"], 9, 5, "Zuidwaard-Delta")

    B += [("h1", "Begrippenlijst"),
          ("ul", ["Dekkend netwerk: het geheel van voorzieningen waardoor iedere jongere een passende plek heeft.",
                  "Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar.",
                  "Ouder- en jeugdsteunpunt (OJSP): een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs.",
                  "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen met passend onderwijs.",
                  "Retour regulier: terugkeer van een leerling van het vso naar het regulier voortgezet onderwijs.",
                  "Verdeelmodel: de regels volgens welke de ondersteuningsmiddelen worden verdeeld over de besturen."]),
          ]

    label = make_label(
        ["vo-zuidwaard-2026-2030.pdf"], "vo",
        false_criteria={"plaatsing.procedure", "financien.verdeling", "financien.besteding",
                        "ouders.informatie", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "4.1 'Niveau 1' defines the minimum for every school and vestiging; 4.1.1 nine concrete standards; 4.1.2 kwaliteitskaart (borging).",
            "plaatsing": "Criteria present (5.2 vso table, 5.3 lwoo, 5.4 pro); the procedure is only a reference to an absent 'bijlage 3 Handboek Toewijzing' (5.1) - not addressed; 5.5 duration and category.",
            "terugstroom": "Unusual wording 'Retour regulier' (6.2) in the doorlopende-lijnen chapter: policy (aim, conditions, AB and OPDC fallback) and procedure (yearly OPP review, vso initiative before 1 April, SWV ends TLV); 17 returns reported.",
            "financien": "Missing: 8.1 only refers to a separate 'Kadernota Financien 2026-2030' and says means follow the speerpunten; verdeelmodel/meerjarenbegroting only in the glossary and the TOC heading 'Financieel beleid'.",
            "dekkend-aanbod": "4.2-4.3 three-level continuum (OPDC, Rebound, ISK, vso), 4.4 thuiszittersoverleg, doorzettingsmacht, twice-yearly analysis with new provisions; 9.1 OOGO/OZA.",
            "resultaten": "7.1 table with nulmeting and streefwaarden, 7.2 quarterly monitor and yearly jaarverslag, 7.3 achieved results.",
            "ouders": "Missing: 9.3 defers a communicatieplan for ouders incl. an ouder- en jeugdsteunpunt to 2026-2027; OJSP/Onderwijsconsulenten only in the glossary; parents otherwise only in the visie sentence; 9.9 'Landelijke ontwikkelingen' only reports that the law requires an OJSP and gives pupils hoorrecht; 9.5 'Rechtsvorm en statuten' geschillen are between school boards.",
        })
    return dict(name="vo-zuidwaard-2026-2030", fmt="pdf", blocks=B,
                header="SWV VO Zuidwaard-Delta | Ondersteuningsplan 2026-2030",
                footer="Ondersteuningsplan 2026-2030 - vastgesteld 16 april 2026",
                title="Ondersteuningsplan 2026-2030 Zuidwaard-Delta", author=N, label=label)


# ==================================================================================================
# Plan 5 - PO, .html (web version) - Passend Onderwijs Gouwe-Noord (PO 28-21)
# ==================================================================================================

def plan_gouwenoord():
    N = "Stichting Passend Onderwijs Gouwe-Noord"
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 - webversie"),
          ("sub", N + " (samenwerkingsverband PO 28-21)"),
          ("p", "Dit is de integrale webversie van het ondersteuningsplan zoals vastgesteld door het bestuur op "
                "9 april 2026. Waar in de tekst naar pagina's van onze website wordt verwezen, vindt u die via het "
                "menu bovenaan de site."),
          ("toc",)]

    B += [("h1", "1 Over dit plan"),
          ("h2", "1.1 Een plan op hoofdlijnen"),
          ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van Passend Onderwijs Gouwe-Noord. Anders dan "
                "eerdere plannen is dit plan bewust op hoofdlijnen geschreven. Het bestuur heeft in 2025 besloten "
                "dat de uitwerking van procedures en afspraken voortaan plaatsvindt in afzonderlijke documenten en "
                "webpagina's, die sneller kunnen worden aangepast als de praktijk daarom vraagt. Het "
                "ondersteuningsplan geeft de richting; de jaarplannen en de website geven de details. Wij hebben "
                "voor deze aanpak gekozen omdat het vorige plan, met 96 pagina's, door weinig mensen werd gelezen "
                "en snel verouderde."),
          ("p", "Bovendien staan er landelijk belangrijke veranderingen op stapel. Het kabinet werkt aan een "
                "landelijke norm voor basisondersteuning, de positie van ouders en leerlingen wordt wettelijk "
                "versterkt en de bekostiging van het primair onderwijs is vereenvoudigd. Wij willen onze afspraken "
                "daarop laten aansluiten in plaats van ze nu vast te leggen en over een jaar weer te moeten "
                "wijzigen. Daarom bevat dit plan op een aantal plaatsen een ontwikkelopdracht voor de komende jaren "
                "(zie ook hoofdstuk 9)."),
          ("h2", "1.2 Wettelijke basis en procedure"),
          ("p", "Het samenwerkingsverband stelt op grond van artikel 18a van de Wet op het primair onderwijs ten "
                "minste eens per vier jaar een ondersteuningsplan vast. Over het concept is op 12 maart 2026 op "
                "overeenstemming gericht overleg gevoerd met de gemeenten Gouwedam, Noordwaarde en Reeuwijkerveld, "
                "en op 5 maart 2026 overleg met het samenwerkingsverband voortgezet onderwijs. De "
                "ondersteuningsplanraad heeft op 2 april 2026 ingestemd. Het plan is op 20 april 2026 aan de "
                "Inspectie van het Onderwijs gezonden."),
          ]

    B += [("h1", "2 Ons samenwerkingsverband"),
          ("h2", "2.1 Besturen en scholen"),
          ("p", "Bij Gouwe-Noord zijn negen schoolbesturen aangesloten met samen 38 basisscholen, twee scholen "
                "voor speciaal basisonderwijs (SBO De Gouwestroom en SBO De Lindeboom) en drie scholen voor "
                "speciaal onderwijs (SO Het Zonnehuis, SO De Ster en SO De Vlonder). Het cluster 2-onderwijs van "
                "Kentalis in Gouwedam valt niet onder het samenwerkingsverband. In totaal gaan ongeveer 9.600 kinderen naar een "
                "school binnen ons gebied."),
          ("h2", "2.2 Kenmerken van de regio"),
          ("p", "De regio bestaat uit een stedelijke kern rond Gouwedam en een landelijk gebied met veenweide en "
                "kleine dorpen. In Gouwedam wonen relatief veel gezinnen met een laag inkomen en veel kinderen met "
                "een meertalige achtergrond; in de dorpen zijn de scholen klein en de afstanden groot. Het aantal "
                "kinderen in de basisschoolleeftijd neemt de komende jaren licht af, behalve in de nieuwbouwwijk "
                "Gouwepark, waar in 2027 een nieuwe school opent."),
          ("table", ["Gemeente", "Basisscholen", "Leerlingen (1-10-2025)"],
           [["Gouwedam", "19", "5.480"], ["Noordwaarde", "11", "2.510"], ["Reeuwijkerveld", "8", "1.610"]]),
          ("h2", "2.3 Ons bureau"),
          ("p", "Het bureau van Gouwe-Noord is gevestigd in het Huis van het Kind in Gouwedam. Hier werken de "
                "directeur-bestuurder, het Loket Passend Onderwijs, de onderwijsconsulenten en de staf "
                "bedrijfsvoering. Het Loket is de centrale toegang voor scholen met vragen over ondersteuning."),
          ]

    B += [("h2", "2.4 Terugblik op 2022-2026"),
          ("p", "De vorige planperiode stond in het teken van de overgang naar een nieuw bureau en de inrichting "
                "van het Loket Passend Onderwijs. Wij hebben een nieuw digitaal aanvraagsysteem ingevoerd, de "
                "consulenten aan vaste scholen gekoppeld en een netwerk voor intern begeleiders opgezet dat zes "
                "keer per jaar bijeenkomt. Daarnaast hebben wij met de gemeenten een convenant gesloten over de "
                "inzet van jeugdhulp op school. De coronaperiode en het lerarentekort hebben veel gevraagd van "
                "scholen; een aantal voornemens uit het vorige plan is daardoor niet of later uitgevoerd. Een "
                "externe evaluatie uit 2025 concludeerde dat het vorige plan te gedetailleerd was om wendbaar te "
                "zijn. Dat advies hebben wij ter harte genomen bij het schrijven van dit plan."),
          ]

    B += [("h1", "3 Visie"),
          ("h2", "3.1 Waar wij voor staan"),
          ("p", "Gouwe-Noord is een samenwerkingsverband van en voor de scholen. Wij geloven dat scholen het beste "
                "weten wat kinderen nodig hebben en dat het samenwerkingsverband er vooral is om scholen in staat te "
                "stellen dat te bieden. Vertrouwen is daarom ons vertrekpunt: wij vragen niet meer verantwoording "
                "dan nodig, en wij maken procedures zo eenvoudig mogelijk. Wij werken vanuit drie kernwaarden: "
                "nabij, samen en open."),
          ("p", "Nabij betekent dat ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd, in de eigen "
                "klas en de eigen school. Samen betekent dat scholen, ouders, gemeenten en zorgpartners elkaar "
                "opzoeken en niet naar elkaar wijzen. Open betekent dat wij transparant zijn over onze keuzes en "
                "over het geld dat wij uitgeven."),
          ("h2", "3.2 Kansengelijkheid"),
          ("p", "In een deel van onze regio groeien kinderen op in armoede of in gezinnen waar de Nederlandse taal "
                "niet de thuistaal is. Passend onderwijs en kansengelijkheid hangen daarom nauw samen. Wij willen "
                "dat de middelen voor passend onderwijs niet alleen terechtkomen bij scholen met mondige ouders, "
                "maar juist ook bij scholen met veel kinderen die een steuntje in de rug nodig hebben. Dat is een "
                "van de redenen dat ons verdeelmodel rekening houdt met de schoolweging. Ook werken wij samen met "
                "de gemeenten aan vroegsignalering in de voorschoolse periode, zodat een ondersteuningsbehoefte zo "
                "vroeg mogelijk wordt gezien."),
          ("h2", "3.3 Onze rol"),
          ("p", "Het samenwerkingsverband heeft vier wettelijke taken: het vaststellen van het ondersteuningsplan, "
                "het verdelen en toewijzen van ondersteuningsmiddelen, het beoordelen van de toelaatbaarheid tot "
                "het sbo en so, en het adviseren over de ondersteuningsbehoefte van kinderen. Daarnaast ziet het "
                "samenwerkingsverband een rol voor zichzelf als verbinder tussen onderwijs en jeugdhulp en als "
                "kenniscentrum voor de scholen."),
          ]

    B += [("h1", "4 Ondersteuning in de regio"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "De basisondersteuning is het fundament van passend onderwijs. De afspraken over basisondersteuning "
                "uit het vorige plan zijn per 1 augustus 2026 vervallen. Het niveau en de inhoud van de "
                "basisondersteuning in Gouwe-Noord stellen wij opnieuw vast zodra de landelijke norm "
                "basisondersteuning is gepubliceerd; wij verwachten dit in de loop van 2027. Meer informatie vindt "
                "u op de pagina 'Basisondersteuning' van onze website."),
          ("h2", "4.2 Het ondersteuningsaanbod"),
          ("p", "Een overzicht van alle arrangementen en voorzieningen in de regio staat in de Sociale Kaart "
                "Passend Onderwijs op onze website. Deze kaart wordt door het Loket bijgehouden."),
          ("h2", "4.3 Ontwikkelopdracht dekkend aanbod"),
          ("p", "In 2026-2027 voert het samenwerkingsverband samen met de besturen een analyse uit van het dekkend "
                "aanbod in de regio. De uitkomsten en eventuele maatregelen worden opgenomen in het jaarplan 2028."),
          ]

    B += [("h1", "5 Toelaatbaarheid en terugplaatsing"),
          ("h2", "5.1 Toelaatbaarheid"),
          ("p", "Per 1 augustus 2026 herzien wij de procedure en de criteria voor de toelaatbaarheid tot het "
                "speciaal basisonderwijs en het speciaal onderwijs. De herziene regeling wordt na instemming van de "
                "ondersteuningsplanraad gepubliceerd op de pagina 'TLV aanvragen'. Tot die tijd blijft de regeling "
                "van 2022 van kracht."),
          ("h2", "5.2 Terugplaatsing"),
          ("p", "Voor kinderen op een sbo- of so-school die mogelijk weer naar een reguliere basisschool kunnen, "
                "geldt de volgende werkwijze."),
          ("ol", ["De sbo- of so-school evalueert ieder jaar het ontwikkelingsperspectief van het kind. In het laatste jaar van de toelaatbaarheidsverklaring doet zij dat uiterlijk in januari en beoordeelt zij expliciet of terugplaatsing mogelijk is.",
                  "Als terugplaatsing mogelijk lijkt, meldt de sbo- of so-school dit uiterlijk 1 februari bij het Loket Passend Onderwijs.",
                  "De onderwijsconsulent van het Loket organiseert binnen vier weken een overdrachtsgesprek met de ouders, de sbo- of so-school en de basisschool die de ouders op het oog hebben.",
                  "Het Loket besluit uiterlijk 1 mei of de toelaatbaarheidsverklaring per 31 juli wordt beëindigd; het besluit wordt schriftelijk aan ouders en beide scholen meegedeeld.",
                  "Drie maanden na de overstap evalueren de basisschool, de ouders en de onderwijsconsulent hoe het gaat."]),
          ("p", "Onder welke voorwaarden terugplaatsing wordt nagestreefd en welke ondersteuning een kind na "
                "terugkeer krijgt, beschrijven wij in de notitie Terugplaatsingsbeleid, die in 2027 aan het bestuur "
                "wordt voorgelegd."),
          ]

    B += [("h1", "6 Financiën"),
          ("h2", "6.1 Verdeling van de middelen"),
          ("p", "Na aftrek van de afdrachten aan het speciaal onderwijs en de overdrachten aan het speciaal "
                "basisonderwijs verdeelt het bestuur de ondersteuningsmiddelen volgens een vast model. Ieder "
                "schoolbestuur ontvangt per school een schoolbudget van 185 euro per leerling op de teldatum 1 "
                "oktober van het voorgaande jaar, met een minimum van 20.000 euro per school. Scholen met een "
                "schoolweging boven 34 ontvangen een toeslag van 40 euro per leerling. Het overige deel blijft "
                "centraal voor arrangementen, die scholen per kind aanvragen bij het Loket; het Loket beslist binnen "
                "vier weken. Het bestuur stelt het model jaarlijks in november vast, na advies van het "
                "directeurenberaad."),
          ("h2", "6.2 Begroting"),
          ("table", ["Post (x 1.000 euro)", "2026", "2027", "2028", "2029"],
           [["Afdracht en overdracht so/sbo", "3.420", "3.400", "3.380", "3.360"],
            ["Schoolbudgetten besturen", "1.890", "1.880", "1.870", "1.860"],
            ["Toeslag schoolweging", "96", "96", "96", "96"],
            ["Arrangementen via het Loket", "710", "720", "730", "740"],
            ["Ouder- en Jeugdsteunpunt", "85", "85", "85", "85"],
            ["Bureau en Loket", "560", "565", "570", "575"],
            ["Totaal", "6.761", "6.746", "6.731", "6.716"]]),
          ("h2", "6.3 Reserves"),
          ("p", "De reserves van het samenwerkingsverband liggen onder de signaleringswaarde. Het bestuur houdt "
                "een weerstandsvermogen aan van ten minste 5 procent van de baten."),
          ]

    B += [("h1", "7 Resultaten"),
          ("h2", "7.1 Wat wij volgen"),
          ("p", "Het Loket registreert iedere aanvraag en ieder besluit. Op basis daarvan en van de teldata van DUO "
                "volgen wij ieder kwartaal het aantal toelaatbaarheidsverklaringen, de deelnamepercentages sbo en so "
                "op 1 oktober, het aantal arrangementen, het aantal terugplaatsingen en de doorlooptijd van "
                "aanvragen. Eens per twee jaar houden wij een tevredenheidspeiling onder scholen en ouders. De "
                "gegevens worden twee keer per jaar, in maart en oktober, in een kwaliteitsrapportage besproken "
                "met het bestuur en de ondersteuningsplanraad, en jaarlijks verantwoord in het jaarverslag."),
          ("h2", "7.2 Ambities en streefwaarden"),
          ("p", "De beoogde resultaten voor de nieuwe planperiode stellen wij vast na de nulmeting in het voorjaar "
                "van 2027. Zij worden opgenomen in het jaarplan 2027-2028."),
          ]

    B += [("h1", "8 Ouders"),
          ("h2", "8.1 Ouder- en Jeugdsteunpunt Gouwe-Noord"),
          ("p", "Sinds 1 januari 2026 heeft Gouwe-Noord een eigen Ouder- en Jeugdsteunpunt. Het steunpunt is "
                "ondergebracht bij de onafhankelijke stichting Zorgbelang Gouwe en werkt los van de scholen en van "
                "het samenwerkingsverband. Ouders die vragen hebben over de ondersteuning van hun kind, of die het "
                "met school niet eens worden, kunnen gratis bij het steunpunt terecht via een telefonisch spreekuur "
                "(maandag tot en met donderdag) of een e-mail. Een ouderadviseur denkt mee, gaat op verzoek mee naar "
                "een gesprek op school en wijst zo nodig de weg naar de Onderwijsconsulenten of de "
                "Geschillencommissie passend onderwijs. Het steunpunt bundelt de signalen die het ontvangt en "
                "bespreekt die twee keer per jaar met het bestuur."),
          ("h2", "8.2 Informatie voor ouders"),
          ("p", "Hoe wij ouders in de toekomst informeren over het ondersteuningsaanbod van de scholen en het "
                "samenwerkingsverband, werken wij uit in een communicatieplan, dat in 2027 gereed is."),
          ("h2", "8.3 Ouders in de ondersteuningsplanraad"),
          ("p", "In de ondersteuningsplanraad hebben vijf ouders en vijf personeelsleden zitting. De OPR heeft "
                "instemmingsrecht op het ondersteuningsplan."),
          ]

    B += [("h1", "9 Organisatie en ontwikkelagenda"),
          ("h2", "9.1 Bestuur en toezicht"),
          ("p", "Gouwe-Noord is een stichting met een directeur-bestuurder en een raad van toezicht van vijf "
                "leden. De raad van toezicht keurt de begroting en het jaarverslag goed. De schoolbesturen zijn "
                "verenigd in een bestuurlijk overleg dat adviseert over het ondersteuningsplan, het verdeelmodel en "
                "de begroting."),
          ("h2", "9.2 Samenwerking met gemeenten"),
          ("p", "Met de drie gemeenten overlegt het samenwerkingsverband vier keer per jaar over onder meer "
                "jeugdhulp, leerlingenvervoer, thuiszitters en onderwijshuisvesting. Er is een gezamenlijke "
                "agenda onderwijs en jeugd 2026-2028 vastgesteld."),
          ("h2", "9.3 Personeel"),
          ("p", "Het bureau telt 8,4 fte. Wij werken met vaste onderwijsconsulenten per school. Het "
                "samenwerkingsverband biedt scholing aan intern begeleiders en directeuren en werkt met een "
                "jaarlijks professionaliseringsplan."),
          ("h2", "9.4 Huisvesting en ICT"),
          ("p", "Het bureau huurt ruimte in het Huis van het Kind, waar ook het centrum voor jeugd en gezin en de "
                "leerplichtambtenaren werken. Dat maakt korte lijnen mogelijk. Het digitale aanvraagsysteem wordt "
                "in 2027 vervangen; bij de aanbesteding letten wij op gebruiksgemak voor intern begeleiders, "
                "koppeling met de leerlingadministratiesystemen van de scholen en informatiebeveiliging."),
          ("h2", "9.5 Privacy"),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens volgens een privacyreglement. "
                "Gezondheidsgegevens worden alleen verwerkt voor zover nodig voor de wettelijke taken en niet "
                "langer bewaard dan drie jaar na het besluit."),
          ]
    B += filler(["governance", "statuten", "professionalisering", "administratief", "arbeidsmarkt",
                 "informatiebeveiliging", "grensverkeer", "jaarplan", "landelijk", "bedrijfsvoering", "vervoer"], 9, 6, "Gouwe-Noord")
    B += [("h2", "9.17 Ontwikkelagenda 2026-2028"),
          ("table", ["Onderwerp", "Opdracht", "Gereed"],
           [["Basisondersteuning", "Nieuw niveau en nieuwe standaarden na landelijke norm", "2027"],
            ["Toelaatbaarheid", "Herziene procedure en criteria TLV", "augustus 2026"],
            ["Terugplaatsing", "Notitie Terugplaatsingsbeleid", "2027"],
            ["Dekkend aanbod", "Analyse en maatregelen", "jaarplan 2028"],
            ["Resultaten", "Nulmeting en streefwaarden", "voorjaar 2027"],
            ["Communicatie", "Communicatieplan ouders", "2027"]]),
          ]

    B += [("h1", "Begrippen"),
          ("ul", ["Arrangement: extra ondersteuning voor een kind, bovenop de basisondersteuning.",
                  "Basisondersteuning: wat iedere school in de regio ten minste biedt, zoals dyslexiebegeleiding, een intern begeleider en een aanpak voor gedrag.",
                  "Dekkend aanbod: een aanbod waarin voor ieder kind een passende plek is.",
                  "Terugplaatsing: de overstap van een kind van het sbo of so naar een basisschool.",
                  "TLV (toelaatbaarheidsverklaring): besluit van het samenwerkingsverband dat een kind naar het sbo of so mag; een TLV geldt in de regel twee schooljaren.",
                  "Thuiszitter: een kind dat niet naar school gaat zonder vrijstelling."]),
          ]

    label = make_label(
        ["po-gouwenoord-2026-2030.html"], "po",
        false_criteria={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                        "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
                        "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"},
        advisory={"financien": ["reserves"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Missing: 4.1 says the old agreements lapsed and level and content will be set after the landelijke norm (2027), plus a website page reference; concrete items only in the 'Begrippen' glossary.",
            "plaatsing": "Missing: 5.1 defers the revised TLV procedure and criteria to a web page 'TLV aanvragen'; TLV duration only in the glossary; cluster 2 mention in 2.1 is not an SWV matter.",
            "terugstroom": "5.2 numbered procedure (yearly OPP evaluation, report to Loket by 1 February, overdrachtsgesprek, Loket decides by 1 May, evaluation after 3 months); policy (conditions, support after return) deferred to a 2027 notitie.",
            "financien": "6.1 verdelingsmodel (185 euro per leerling, minimum 20.000, weging toeslag, arrangementen via Loket, November decision); besteding only in the 6.2 begroting table; 6.3 reserves.",
            "dekkend-aanbod": "Missing: 4.2 refers to the Sociale Kaart on the website, 4.3 defers the dekkend-aanbod analysis to 2026-2027; thuiszitters only as an OOGO topic (9.2) and in the glossary.",
            "resultaten": "7.1 monitoring (quarterly indicators, peiling, March/October rapportage, jaarverslag); intended results deferred until after the nulmeting in spring 2027 (7.2).",
            "ouders": "8.1 independent Ouder- en Jeugdsteunpunt (Zorgbelang Gouwe), Onderwijsconsulenten, Geschillencommissie; information to parents deferred to a 2027 communicatieplan (8.2); 8.3 OPR.",
        })
    return dict(name="po-gouwenoord-2026-2030", fmt="html", blocks=B,
                header="Passend Onderwijs Gouwe-Noord | Home > Over ons > Ondersteuningsplan 2026-2030",
                footer="Stichting Passend Onderwijs Gouwe-Noord - Huis van het Kind, Gouwedam - privacyverklaring - cookies",
                title="Ondersteuningsplan 2026-2030 | Passend Onderwijs Gouwe-Noord", author=N, label=label)


# ==================================================================================================
# Near miss - school-level "ondersteuningsplan" of one VO school (not a samenwerkingsverband plan), .docx
# ==================================================================================================

def nearmiss_hetbaken():
    N = "Christelijk College Het Baken, locatie Parklaan"
    B = []
    B += [("title", "Ondersteuningsplan 2025-2026"),
          ("sub", N + " (vmbo-kader, mavo, havo)"),
          ("p", "Zorgstructuur, basisondersteuning en extra ondersteuning op onze school. Vastgesteld door de "
                "schoolleiding op 1 september 2025, met instemming van de medezeggenschapsraad."),
          ("pb",), ("toc",)]

    B += [("h1", "1 Inleiding"),
          ("p", "In dit ondersteuningsplan beschrijft Het Baken, locatie Parklaan, hoe de ondersteuning van "
                "leerlingen binnen onze school is georganiseerd in het schooljaar 2025-2026. Het plan is bedoeld "
                "voor medewerkers, ouders en leerlingen. Het sluit aan op het ondersteuningsplan van het "
                "samenwerkingsverband VO Kempenrand, waarbij onze school is aangesloten, en op ons "
                "schoolondersteuningsprofiel. Het plan wordt ieder schooljaar geactualiseerd door de "
                "zorgcoördinator en besproken in het zorgteam en de medezeggenschapsraad."),
          ("p", "Het Baken Parklaan telt ongeveer 820 leerlingen. Ongeveer 140 leerlingen hebben een aanwijzing "
                "lwoo; 38 leerlingen hebben een ontwikkelingsperspectiefplan."),
          ]

    B += [("h1", "2 Visie op begeleiding"),
          ("p", "Op Het Baken geloven wij dat iedere leerling gezien moet worden. De mentor is daarom de spil in "
                "de begeleiding. Wij werken handelingsgericht: wij kijken naar wat een leerling nodig heeft en "
                "wat de docent nodig heeft om dat te bieden. Ouders zijn onze partners; wij betrekken hen vanaf het "
                "eerste signaal bij de begeleiding van hun kind."),
          ]

    B += [("h1", "3 De zorgstructuur van de school"),
          ("h2", "3.1 Eerstelijnszorg: de mentor en de docenten"),
          ("p", "De mentor voert in leerjaar 1 en 2 wekelijks een mentorles en drie keer per jaar een "
                "individueel gesprek met iedere leerling. Docenten signaleren en bespreken zorgen met de mentor. "
                "De mentor houdt de gegevens bij in het leerlingvolgsysteem en neemt bij zorgen contact op met "
                "ouders."),
          ("h2", "3.2 Tweedelijnszorg: de zorgcoördinator en het zorgteam"),
          ("p", "Als de begeleiding door de mentor niet voldoende is, meldt de mentor de leerling aan bij de "
                "zorgcoördinator. Het interne zorgteam (zorgcoördinator, teamleiders, vertrouwenspersoon, "
                "dyslexiecoach en remedial teacher) komt iedere twee weken bijeen. Het zorgteam bespreekt de "
                "leerling en zet interne begeleiding in, zoals faalangsttraining, huiswerkbegeleiding of "
                "begeleiding door de remedial teacher."),
          ("h2", "3.3 Derdelijnszorg: het ZAT en externe partners"),
          ("p", "Zes keer per jaar komt het zorg- en adviesteam (ZAT) bijeen, met de schoolmaatschappelijk "
                "werker, de jeugdarts, de leerplichtambtenaar, de wijkagent en de consulent van het "
                "samenwerkingsverband. In het ZAT worden leerlingen besproken bij wie ook thuis of in de vrije "
                "tijd zorgen zijn. Ouders worden vooraf om toestemming gevraagd en zijn welkom bij de bespreking."),
          ("h2", "3.4 Leerlingbesprekingen en groepsbesprekingen"),
          ("p", "Na iedere rapportperiode houden de teams een groepsbespreking per klas en leerlingbesprekingen "
                "voor leerlingen over wie zorgen zijn. De afspraken worden vastgelegd in het leerlingvolgsysteem "
                "en door de mentor met de leerling en de ouders besproken."),
          ]

    B += [("h1", "4 Basisondersteuning op Het Baken"),
          ("p", "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
                "betekent dit voor onze leerlingen:"),
          ("ul", ["een mentor en mentorlessen in alle leerjaren;",
                  "dyslexiebegeleiding door een dyslexiecoach, met voorleessoftware en extra tijd bij toetsen;",
                  "faalangstreductietraining en een training sociale vaardigheden in leerjaar 1;",
                  "huiswerkbegeleiding vier middagen per week;",
                  "een time-outruimte met toezicht;",
                  "een vertrouwenspersoon en een anti-pestcoördinator;",
                  "een remedial teacher voor rekenen en taal."]),
          ("p", "Deze ondersteuning staat ook beschreven in ons schoolondersteuningsprofiel en in de schoolgids."),
          ]

    B += [("h1", "5 Extra ondersteuning"),
          ("h2", "5.1 Arrangementen binnen de school"),
          ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning, heeft de school het "
                "Trajectlokaal, een vaste ruimte waar leerlingen een deel van de dag onder begeleiding werken. "
                "Plaatsing in het Trajectlokaal gebeurt na bespreking in het zorgteam en in overleg met ouders en "
                "leerling, en wordt na zes weken geëvalueerd."),
          ("h2", "5.2 Ondersteuning via het samenwerkingsverband"),
          ("p", "Als ook het Trajectlokaal niet voldoende is, vraagt de zorgcoördinator via het samenwerkingsverband "
                "een bovenschools arrangement aan, bijvoorbeeld plaatsing in het OPDC of een Rebound-traject. "
                "Voor leerlingen die zijn aangewezen op het voortgezet speciaal onderwijs, vraagt de school bij de "
                "Commissie Toewijzing van het samenwerkingsverband een toelaatbaarheidsverklaring aan. De "
                "zorgcoördinator stelt daarvoor het dossier samen, met het ontwikkelingsperspectiefplan en de "
                "zienswijze van ouders. De criteria en termijnen staan in het ondersteuningsplan van het "
                "samenwerkingsverband."),
          ("h2", "5.3 Leerlingen die terugkomen uit het vso of het OPDC"),
          ("p", "Het Baken neemt graag leerlingen op die vanuit het OPDC of het vso terugkeren naar het regulier "
                "onderwijs. De zorgcoördinator maakt met de school van herkomst een overstapplan; de leerling "
                "krijgt in de eerste maanden een vaste coach en wekelijks een gesprek met de mentor."),
          ]

    B += [("h1", "6 Ouders en leerlingen"),
          ("p", "Ouders worden bij de aanmelding geïnformeerd over de ondersteuning op school via de schoolgids "
                "en een kennismakingsgesprek met de mentor. Bij zorgen neemt de mentor binnen een week contact op. "
                "Ouders kunnen met vragen ook terecht bij de zorgcoördinator. Heeft u een klacht, dan kunt u "
                "gebruikmaken van de klachtenregeling van de school; voor onafhankelijk advies kunt u terecht bij "
                "het Ouder- en Jeugdsteunpunt van het samenwerkingsverband. Leerlingen worden betrokken bij hun "
                "eigen ontwikkelingsperspectiefplan en mogen daarover hun mening geven."),
          ]

    B += [("h1", "7 Middelen"),
          ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor lichte ondersteuning en de "
                "lwoo-middelen. In 2025-2026 bedraagt het schoolbudget 118.000 euro. De school besteedt dit aan de "
                "formatie van de zorgcoördinator (0,8 fte), de remedial teacher (0,6 fte), het Trajectlokaal "
                "(1,0 fte begeleider) en scholing van mentoren. De schoolleiding legt jaarlijks verantwoording af "
                "aan het samenwerkingsverband over de inzet van het schoolbudget."),
          ("table", ["Post", "Bedrag 2025-2026"],
           [["Zorgcoördinator 0,8 fte", "64.000"], ["Remedial teacher 0,6 fte", "31.000"],
            ["Trajectlokaal (deel)", "15.000"], ["Scholing mentoren", "8.000"], ["Totaal", "118.000"]]),
          ]

    B += [("h1", "8 Evaluatie en resultaten"),
          ("p", "Aan het einde van ieder schooljaar evalueert het zorgteam de ondersteuning. Wij kijken naar het "
                "aantal leerlingen in het Trajectlokaal, het aantal aanvragen bij het samenwerkingsverband, het "
                "verzuim en de tevredenheid van leerlingen en ouders. De resultaten worden besproken met de "
                "schoolleiding en de medezeggenschapsraad en leiden tot aanpassingen in het ondersteuningsplan "
                "van het volgende schooljaar. Doel voor 2025-2026 is dat het aantal leerlingen dat langer dan "
                "twee weken verzuimt, daalt met 20 procent."),
          ]

    B += [("h1", "9 Jaarplanning zorg 2025-2026"),
          ("table", ["Periode", "Activiteit"],
           [["September", "Kennismakingsgesprekken mentor met leerlingen en ouders"], ["Oktober", "Screening dyslexie leerjaar 1"],
            ["November", "Groepsbesprekingen na periode 1"], ["Februari", "Groepsbesprekingen na periode 2; evaluatie OPP's"],
            ["April", "Overdracht nieuwe brugklassers vanuit het basisonderwijs"], ["Juni", "Evaluatie zorgstructuur en bijstelling ondersteuningsplan"]]),
          ("h1", "Begrippen"),
          ("ul", ["OPP: ontwikkelingsperspectiefplan", "ZAT: zorg- en adviesteam", "TLV: toelaatbaarheidsverklaring",
                  "OPDC: orthopedagogisch-didactisch centrum", "SWV: samenwerkingsverband"]),
          ]

    label = {"documents": ["nm-hetbaken-schoolondersteuningsplan-2025-2026.docx"], "sector": "vo",
             "looks_like_plan": False, "elements": {}, "criteria": {},
             "notes": {"document": "School-level 'ondersteuningsplan' of one VO school (zorgstructuur, mentor, zorgteam, ZAT, "
                                   "Trajectlokaal, the school's own budget), adopted by the schoolleiding with MR consent for one "
                                   "school year; it refers to the samenwerkingsverband's plan but is not an ondersteuningsplan of a "
                                   "samenwerkingsverband (no OPR, no OOGO, no four-year planperiode, no SWV-wide verdeling or TLV decisions)."}}
    return dict(name="nm-hetbaken-schoolondersteuningsplan-2025-2026", fmt="docx", blocks=B,
                header="Het Baken Parklaan - Ondersteuningsplan 2025-2026",
                footer="Christelijk College Het Baken | zorgcoördinatie",
                title="Ondersteuningsplan 2025-2026 Het Baken Parklaan", author="Christelijk College Het Baken", label=label)


# ==================================================================================================

DOCS = [plan_vlietlanden, plan_kempenrand, plan_hoornveen, plan_zuidwaard, plan_gouwenoord, nearmiss_hetbaken]


def main():
    for make in DOCS:
        d = make()
        path = os.path.join(OUT, "%s.%s" % (d["name"], d["fmt"]))
        RENDER[d["fmt"]](d["blocks"], path, d["header"], d["footer"], d["title"], d["author"])
        write_label(d["name"], d["label"])
        print("%-55s %5d words" % (os.path.basename(path), _words(d["blocks"])))


if __name__ == "__main__":
    main()
