#!/usr/bin/env python3
"""Generate the holdout132 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 4, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------
# block helpers
# --------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def L(items):
    return ("ul", items)


def T(rows):
    return ("table", rows)


def TOC(entries):
    return ("toc", entries)


def TITLE(lines):
    return ("title", lines)


def PB():
    return ("pagebreak", None)


# --------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------
def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "bureau"
    cp.author = "bureau"
    cp.title = header_text
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 13)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            para = doc.add_paragraph()
            r = para.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for entry, page in val:
                doc.add_paragraph(f"{entry}\t{page}")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = val
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
                    if i == 0:
                        for para in table.cell(i, j).paragraphs:
                            for run in para.runs:
                                run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            info = zipfile.ZipInfo(fname, date_time=(2025, 4, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def write_html(blocks, path, title, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f"<p class=\"subtitle\">{e(line)}</p>")
        elif kind == "pagebreak":
            continue
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Inhoud</strong></p><ul>')
            for entry, _ in val:
                out.append(f"<li>{e(entry)}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer_text)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout132_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        produced = tmp / (pdf_path.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not produce {produced}")
        shutil.copyfile(produced, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
        elif kind == "title":
            n += sum(len(i.split()) for i in val)
        elif kind == "toc":
            n += sum(len(en.split()) for en, _ in val)
    return n


# --------------------------------------------------------------------------------------
# label files (written by hand-built dicts, dumped in a fixed key order)
# --------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]
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


def write_label(name, documents, sector, crit_false, partial_only_advisory=(), missing=(),
                advisory=None, notes=None):
    """crit_false: set of 'element.criterion' that are NOT addressed.
    missing: elements where nothing is addressed (all core false and no advisory)."""
    advisory = advisory or {}
    notes = notes or {}
    criteria = {}
    statuses = {}
    for el in ELEMENTS:
        vals = []
        for c in CORE[el]:
            key = f"{el}.{c}"
            v = key not in crit_false
            criteria[key] = v
            vals.append(v)
        if all(vals):
            statuses[el] = "present"
        elif el in missing:
            assert not any(vals) and not advisory.get(el), el
            statuses[el] = "missing"
        else:
            assert any(vals) or advisory.get(el), el
            statuses[el] = "partial"
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {statuses[el]}" for el in ELEMENTS) + "}",
             "criteria:"]
    for key, v in criteria.items():
        lines.append(f"  {key}: {'true' if v else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return statuses


def write_label_not_plan(name, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
             f"  document: {q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# shared filler (voorwoord, visie, governance, OPR, personeel, ICT, planning ...)
# These texts mention element words only in passing; they never address a core criterion.
# --------------------------------------------------------------------------------------
def filler_governance(c, variant):
    if variant == 1:
        return [
            P(f"{c['naam']} is een stichting. Aan de stichting nemen {c['besturen']} schoolbesturen deel, "
              f"die samen {c['scholen']} scholen voor primair onderwijs in stand houden in de gemeenten "
              f"{c['gemeenten']}. De statuten zijn voor het laatst gewijzigd in 2023, toen het verband "
              "overstapte van een bestuursmodel met een algemeen bestuur naar een raad-van-toezichtmodel."),
            P("De dagelijkse leiding ligt bij de directeur-bestuurder. Zij is het bevoegd gezag van de "
              "stichting in de zin van de statuten en legt verantwoording af aan de raad van toezicht (RvT). "
              "De RvT bestaat uit vijf leden, van wie drie op voordracht van de deelnemende schoolbesturen en "
              "twee onafhankelijke leden met expertise op het gebied van financiën en jeugdhulp. De RvT "
              "vergadert ten minste vijf keer per jaar, keurt de begroting en de jaarrekening goed en benoemt "
              "de accountant."),
            P("Naast de RvT kent het verband een Directeurenoverleg Passend Onderwijs, waarin per bestuur een "
              "directeur of beleidsmedewerker zitting heeft. Dit overleg adviseert de directeur-bestuurder "
              "gevraagd en ongevraagd over de uitvoering van dit plan. Wij volgen de Code Goed Bestuur in het "
              "primair onderwijs van de PO-Raad; afwijkingen worden in het jaarverslag gemotiveerd."),
            P("De scheiding tussen bestuur en toezicht is ook organisatorisch zichtbaar: de RvT heeft een eigen "
              "reglement, een auditcommissie en een remuneratiecommissie. Eén keer per jaar evalueert de RvT "
              "het eigen functioneren, eens in de drie jaar onder externe begeleiding."),
        ]
    if variant == 2:
        return [
            P(f"De rechtsvorm van {c['naam']} is een vereniging. De leden zijn de {c['besturen']} "
              "schoolbesturen die scholen in ons gebied in stand houden. De algemene ledenvergadering (ALV) "
              "benoemt het bestuur en stelt op voorstel van het bestuur het ondersteuningsplan, de begroting "
              "en de jaarrekening vast."),
            P("Het bestuur bestaat uit zeven leden: vijf bestuurders uit de aangesloten schoolbesturen en twee "
              "onafhankelijke leden, van wie één de voorzitter is. Het bestuur heeft de uitvoering gemandateerd "
              "aan de directeur. De bevoegdheden van de directeur zijn vastgelegd in een managementstatuut. "
              "Het intern toezicht is belegd bij de onafhankelijke leden, die samen de toezichtcommissie "
              "vormen."),
            P("Wij hebben bewust gekozen voor een compacte organisatie. Het bureau is gehuisvest in het "
              f"gemeentehuis van {c['hoofdplaats']} en telt ongeveer {c['fte_bureau']} fte. De meeste "
              "expertise zit niet op het bureau, maar in de scholen en bij de partners met wie wij "
              "samenwerken."),
        ]
    return [
        P(f"{c['naam']} is een stichting met een bestuur op afstand. Het algemeen bestuur, gevormd door "
          "een vertegenwoordiger van ieder aangesloten schoolbestuur, houdt toezicht. Het dagelijks bestuur "
          "is in handen van een directeur-bestuurder. Deze taakverdeling is vastgelegd in de statuten en "
          "in het bestuursreglement."),
        P("Het algemeen bestuur komt zes keer per jaar bijeen. Het stelt de koers vast, keurt de begroting "
          "en de jaarrekening goed en is werkgever van de directeur-bestuurder. Voor de voorbereiding van "
          "besluiten over geld kent het algemeen bestuur een financiële commissie; voor de kwaliteit van "
          "het onderwijs een commissie onderwijs en kwaliteit."),
        P("In de komende planperiode evalueren wij de governance. Aanleiding is de wens van een aantal "
          "besturen om meer zeggenschap te hebben over de bovenschoolse voorzieningen. Mogelijke uitkomsten "
          "worden eerst met het algemeen bestuur en de ondersteuningsplanraad besproken."),
    ]


def filler_opr(c, with_parents=True, date="12 maart 2025"):
    first = ("De ondersteuningsplanraad (OPR) is het medezeggenschapsorgaan van het samenwerkingsverband. "
             "De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    if with_parents:
        first += ("De helft van de leden is ouder van een leerling, de andere helft is personeelslid. "
                  "Zo klinkt zowel het perspectief van ouders als dat van leraren door in de besluitvorming.")
    else:
        first += ("De OPR telt twaalf leden en kiest uit zijn midden een voorzitter en een secretaris.")
    return [
        P(first),
        P("De OPR heeft instemmingsrecht op het ondersteuningsplan en op iedere wijziging daarvan. Wij "
          "betrekken de raad bij voorkeur vroeg: in de voorbereiding van dit plan zijn drie themabijeenkomsten "
          "gehouden, waarin de OPR heeft meegedacht over de hoofdlijnen voordat er een concept lag. "
          f"Het concept is op {date} met de OPR besproken; de OPR heeft daarna schriftelijk ingestemd."),
        P("De OPR heeft een eigen budget voor scholing en ondersteuning. De leden volgen bij de start van "
          "hun zittingstermijn een basistraining medezeggenschap. De directeur-bestuurder overlegt vier keer "
          "per jaar met de OPR; de agenda wordt samen met het dagelijks bestuur van de raad opgesteld."),
    ]


def filler_personeel(c, variant):
    if variant == 1:
        return [
            P(f"Het bureau van {c['afk']} heeft een bescheiden omvang. Naast de directeur-bestuurder werken er "
              "een beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), twee "
              "secretariaatsmedewerkers en een team van consulenten en orthopedagogen. De consulenten zijn "
              "het eerste aanspreekpunt voor de scholen."),
            P("Passend onderwijs staat of valt met de leraar. Wij investeren daarom in deskundigheid: in "
              "samenwerking met de pabo en de schoolbesturen bieden wij jaarlijks een scholingsaanbod aan, "
              "met onder meer leergangen voor intern begeleiders, bijeenkomsten over gedrag in de klas en "
              "een netwerk voor leraren in de onderbouw. Deelname staat open voor alle medewerkers van de "
              "aangesloten scholen."),
            P("Het lerarentekort raakt ook ons verband. Scholen geven aan dat het steeds moeilijker wordt om "
              "ondersteuning binnen de groep te organiseren als er onbevoegden voor de klas staan of als "
              "groepen worden samengevoegd. Wij gaan hierover in gesprek met de besturen en de pabo; "
              "het verband neemt zelf geen leraren in dienst."),
            P("Werkdruk is een terugkerend onderwerp in de OPR. De personeelsgeleding heeft gevraagd om bij "
              "nieuwe werkwijzen steeds na te gaan wat het betekent voor de tijd van intern begeleiders en "
              "leraren. Wij nemen die vraag mee in iedere evaluatie."),
        ]
    return [
        P("Het samenwerkingsverband heeft een klein eigen team. De formatie is vastgelegd in het "
          "formatieplan en bedraagt in 2025 ongeveer negen fte. De medewerkers zijn in dienst van de stichting "
          "en vallen onder de cao primair onderwijs."),
        P("Voor de deskundigheidsbevordering van leraren en intern begeleiders zijn de schoolbesturen zelf "
          "verantwoordelijk. Het verband organiseert daarnaast netwerkbijeenkomsten voor intern begeleiders "
          "(vier keer per jaar) en een jaarlijkse studiedag passend onderwijs. De thema's worden in overleg "
          "met de besturen gekozen; recent waren dat executieve functies, trauma-sensitief lesgeven en "
          "meertaligheid."),
        P("Wij merken dat het steeds lastiger wordt om orthopedagogen en schoolpsychologen te vinden. "
          "Daarom werken wij samen met twee andere samenwerkingsverbanden in een gezamenlijke pool en "
          "bieden wij stageplaatsen aan studenten pedagogische wetenschappen."),
    ]


def filler_ict_privacy(c, portal="Kindkans"):
    return [
        P(f"Voor aanvragen en dossiers werken wij met het digitale portaal {portal}. Scholen hebben toegang "
          "tot de dossiers van hun eigen leerlingen; medewerkers van het verband hebben alleen toegang tot "
          "dossiers waarin zij een taak hebben. Het portaal voldoet aan de eisen van de Algemene "
          "verordening gegevensbescherming (AVG); met de leverancier is een verwerkersovereenkomst gesloten."),
        P("Het verband heeft een functionaris gegevensbescherming (FG), die wordt gedeeld met enkele andere "
          "verbanden in de regio. Datalekken worden gemeld bij de FG en zo nodig bij de Autoriteit "
          "Persoonsgegevens. Persoonsgegevens worden niet langer bewaard dan nodig; de bewaartermijnen staan "
          "in het privacyreglement."),
        P("In de planperiode vervangen wij de verouderde laptops van de consulenten en stappen wij over op "
          "een nieuwe samenwerkingsomgeving. Daarbij besteden wij aandacht aan informatiebeveiliging en aan "
          "bewustwording bij de medewerkers, bijvoorbeeld met een jaarlijkse phishingtest."),
    ]


def filler_planning(c, rows):
    return [
        P("Het ondersteuningsplan geeft de koers voor vier schooljaren. Ieder jaar werken wij die koers uit "
          "in een jaarplan met een bijbehorende jaarbegroting. Het jaarplan wordt in juni vastgesteld, na "
          "advies van het directeurenoverleg en na bespreking met de OPR."),
        P("Onderstaand overzicht geeft de belangrijkste mijlpalen weer."),
        T(rows),
        P("Als de wet- en regelgeving in de planperiode verandert, bijvoorbeeld door nieuwe wetgeving over de "
          "positie van ouders en leerlingen, passen wij het plan tussentijds aan. Een wijziging van het plan "
          "wordt altijd ter instemming aan de OPR voorgelegd."),
    ]


def filler_totstandkoming(c, oogo_date, opr_date, vast_date, extra=""):
    return [
        P("Dit plan is tot stand gekomen in ongeveer een jaar. In het voorjaar van 2024 hebben wij het vorige "
          "plan geëvalueerd met de besturen, de directeuren en de intern begeleiders. In het najaar zijn "
          "werkgroepen aan de slag gegaan met de hoofdstukken. Het concept is in januari besproken in het "
          "directeurenoverleg."),
        P(f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten heeft plaatsgevonden op "
          f"{oogo_date}. De OPR heeft op {opr_date} ingestemd. Het plan is vastgesteld op {vast_date} en "
          "vóór 1 mei naar de Inspectie van het Onderwijs gestuurd. " + extra),
    ]


def filler_integriteit(c):
    return [
        P(f"{c['afk']} hecht aan integer handelen. Bestuurders, toezichthouders en medewerkers melden "
          "nevenfuncties, die jaarlijks in het jaarverslag worden vermeld. Er is een integriteitscode die "
          "in 2024 is geactualiseerd en die met alle medewerkers is besproken."),
        P("Medewerkers die een vermoeden van een misstand hebben, kunnen dat melden volgens de "
          "klokkenluidersregeling. Zij kunnen daarvoor ook terecht bij een externe vertrouwenspersoon. "
          "Opdrachten aan externe bureaus boven een bepaald bedrag worden altijd bij meerdere partijen "
          "uitgevraagd; de regels daarvoor staan in het inkoopbeleid."),
        P("Bij de benoeming van leden van commissies van het verband letten wij op mogelijke "
          "belangenverstrengeling. Wie bij een besluit een persoonlijk belang heeft, neemt niet deel aan de "
          "besluitvorming. Dit geldt voor bestuurders en toezichthouders, maar ook voor medewerkers van het "
          "bureau."),
    ]


def filler_communicatie_scholen(c):
    return [
        P(f"Het bureau van {c['afk']} communiceert met de scholen via een digitale nieuwsbrief, die tien keer "
          "per jaar verschijnt, en via een besloten deel van de website met formulieren, handreikingen en "
          "verslagen. Directeuren ontvangen na iedere bestuursvergadering een korte samenvatting van de "
          "besluiten."),
        P("Twee keer per jaar organiseert het verband een bijeenkomst voor alle directeuren en intern "
          "begeleiders. Daar worden ontwikkelingen toegelicht en kunnen scholen ervaringen uitwisselen. De "
          "bijeenkomsten worden goed bezocht; gemiddeld is driekwart van de scholen vertegenwoordigd."),
        P("Wij merken dat informatie niet altijd de leraren in de klas bereikt. In de komende periode "
          "onderzoeken wij, samen met de besturen, hoe wij leraren beter kunnen bereiken zonder hun "
          "mailbox verder te belasten."),
    ]


def filler_bovenregionaal(c):
    return [
        P(f"{c['afk']} werkt samen met de samenwerkingsverbanden in de omliggende regio's. Wij delen kennis "
          "in een provinciaal netwerk van directeuren van samenwerkingsverbanden, dat vier keer per jaar "
          "bijeenkomt. Onderwerpen zijn onder meer de landelijke wetgeving, de inkoop van gezamenlijke "
          "diensten en de aansluiting op de jeugdhulpregio."),
        P("Met twee naburige verbanden hebben wij een gezamenlijke leergang voor intern begeleiders en een "
          "gedeelde functionaris gegevensbescherming. Ook stemmen wij de planning van onze "
          "netwerkbijeenkomsten en studiedagen op elkaar af, zodat scholen aan beide kanten van de grens "
          "kunnen deelnemen."),
        P("Landelijk zijn wij aangesloten bij de PO-Raad en nemen wij deel aan netwerken van het Steunpunt "
          "Passend Onderwijs. Wij gebruiken die netwerken om te leren van andere verbanden."),
    ]


def filler_huisvesting(c):
    return [
        P(f"Het bureau van {c['afk']} is gevestigd in {c['hoofdplaats']}. Het pand wordt gehuurd van een van de "
          "deelnemende besturen. Het huurcontract loopt tot 2027; in 2026 besluiten wij of wij blijven of "
          "verhuizen naar een locatie die beter bereikbaar is met het openbaar vervoer."),
        P("Wij willen als organisatie bijdragen aan duurzaamheid. Medewerkers reizen waar mogelijk met de "
          "fiets of het openbaar vervoer, vergaderingen vinden steeds vaker online plaats en het bureau "
          "werkt papierarm. Bij de vervanging van apparatuur kiezen wij voor gerecyclede of duurzaam "
          "geproduceerde producten."),
        P("Voor de consulenten, die veel op de scholen zijn, zijn flexibele werkplekken ingericht. Op het "
          "bureau is een gespreksruimte beschikbaar voor overleg met scholen en partners."),
    ]


def filler_terugblik_org(c):
    return [
        P("Het vorige ondersteuningsplan liep van 2021 tot 2025. Het plan is in het voorjaar van 2024 "
          "geëvalueerd in gesprekken met bestuurders, directeuren, intern begeleiders en de OPR. De "
          "belangrijkste conclusies waren dat het plan te omvangrijk was, dat veel afspraken in de praktijk "
          "niet bekend waren bij leraren en dat de administratieve last voor scholen als hoog werd ervaren."),
        P("Ook bleek dat de samenwerking tussen de besturen in de afgelopen jaren is gegroeid. Besturen "
          "weten elkaar beter te vinden en er is meer bereidheid om kennis te delen. Tegelijk gaven directeuren "
          "aan dat zij meer ruimte willen voor eigen keuzes. Deze conclusies hebben geleid tot de keuze voor "
          "een korter plan op hoofdlijnen, met meer ruimte voor de besturen."),
        P("De wisseling van directeur in 2023 heeft ertoe geleid dat een aantal voorgenomen activiteiten is "
          "uitgesteld. Die activiteiten komen in dit plan opnieuw aan de orde."),
    ]


def filler_krimp(c):
    return [
        P(f"De prognoses voor het gebied van {c['afk']} laten voor de komende tien jaar een verdere daling van "
          "het aantal leerlingen zien, met uitzondering van een paar nieuwbouwwijken. De daling is het sterkst "
          "in de kleinere kernen. Voor een aantal scholen komt daarmee de opheffingsnorm in zicht. Besturen "
          "onderzoeken samenwerking, fusie of de vorming van integrale kindcentra."),
        P("Voor het verband betekent de daling dat de inkomsten teruglopen, omdat de rijksbijdrage afhangt "
          "van het aantal leerlingen. Tegelijk blijven veel kosten gelijk. Wij houden daar in de jaarlijkse "
          "begroting rekening mee en kiezen ervoor om de vaste lasten van het bureau laag te houden."),
        P("De daling heeft ook gevolgen voor het personeel. Scholen met dalende aantallen kunnen minder "
          "formatie inzetten, terwijl de vraag naar ondersteuning in de klas niet afneemt. Wij volgen deze "
          "ontwikkeling samen met de besturen en bespreken haar jaarlijks in het bestuur en met de OPR."),
        P("Verder zien wij dat kleine scholen kwetsbaar zijn bij ziekte of vertrek van een intern begeleider. "
          "Besturen lossen dat op door intern begeleiders over meerdere scholen in te zetten. Het verband "
          "faciliteert dit door de netwerken voor intern begeleiders open te stellen voor iedereen die die "
          "taak (tijdelijk) vervult."),
    ]


def begrippen(rows):
    return [T([["Begrip", "Betekenis"]] + rows)]


# ======================================================================================
# Plan 1 — PO, De Lindenkring, .docx (solid plan; resultaten.monitoring deferred)
# ======================================================================================
def plan_lindenkring():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs De Lindenkring", afk="De Lindenkring",
             besturen="elf", scholen="74", gemeenten="Oosterbroek, Heerveld, Wijkeren en Ammerlo",
             hoofdplaats="Heerveld", fte_bureau="14")
    b = []
    b.append(TITLE(["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Passend Onderwijs De Lindenkring (PO 29-11)",
                    "Samen zorgen dat ieder kind erbij hoort",
                    "Vastgesteld door de raad van toezicht op 9 april 2025"]))
    b.append(PB())
    b.append(TOC([("1 Voorwoord", 3), ("2 Inleiding en leeswijzer", 4), ("3 Terugblik 2021-2025", 5),
                  ("4 Onze regio", 7), ("5 Missie, visie en ambities", 9),
                  ("6 Basisondersteuning: wat elke school biedt", 12),
                  ("7 Extra ondersteuning en een dekkend aanbod", 16),
                  ("8 Toelaatbaarheid tot sbo en so", 21), ("9 Samenwerking met gemeenten en jeugdhulp", 26),
                  ("10 Communicatie", 28), ("11 Geld en middelen", 31), ("12 Organisatie en governance", 35),
                  ("13 Personeel en professionalisering", 37), ("14 Planning", 39),
                  ("Bijlage 1 Begrippenlijst", 41)]))
    b.append(PB())
    b += [H1("1 Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2025-2029 van De Lindenkring. Het is ons derde plan sinds de "
            "invoering van passend onderwijs in 2014. Veel is in die tien jaar veranderd. De scholen zijn "
            "beter toegerust, de lijnen met de gemeenten zijn korter en er is meer kennis over wat werkt. "
            "Tegelijk zien wij dat de vraag naar ondersteuning groeit en dat het lerarentekort de ruimte in "
            "de klas kleiner maakt."),
          P("Dit plan is geschreven met veel mensen: intern begeleiders, directeuren, bestuurders, ouders in de "
            "OPR, leerplichtambtenaren en jeugdprofessionals. Wij danken iedereen die heeft meegedacht. Wij "
            "hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die met passend onderwijs "
            "te maken heeft, en dat tegelijk concreet genoeg is om op te sturen."),
          P("Wij hebben één wens voor de komende vier jaar: dat ieder kind in onze regio naar een school kan "
            "gaan waar het zich thuis voelt en waar het zich kan ontwikkelen. Dat vraagt om scholen die "
            "durven, om samenwerking over de grenzen van besturen heen en om vertrouwen in elkaar."),
          P("Marieke Voskuilen, directeur-bestuurder"),
          H1("2 Inleiding en leeswijzer"),
          P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. In "
            "het plan staat hoe de scholen samen zorgen voor passend onderwijs voor alle leerlingen in de regio. "
            "De wet schrijft voor welke onderwerpen het plan in elk geval moet bevatten; wij hebben die "
            "onderwerpen verdeeld over de hoofdstukken van dit plan."),
          P("Hoofdstuk 3 kijkt terug op de vorige planperiode. Hoofdstuk 4 beschrijft de regio. In hoofdstuk 5 "
            "staan onze missie, visie en de ambities voor de komende vier jaar. De hoofdstukken 6 tot en met 8 "
            "gaan over de ondersteuning zelf: wat elke school biedt, welke extra ondersteuning er is en hoe een "
            "leerling naar het speciaal (basis)onderwijs kan gaan en weer terug. Daarna volgen de samenwerking "
            "met gemeenten, de communicatie, het geld, de organisatie, het personeel en de planning. "
            "Achterin vindt u een begrippenlijst."),
          P("Waar in dit plan 'ouders' staat, bedoelen wij ouders, verzorgers en andere wettelijk "
            "vertegenwoordigers. Waar 'school' staat, bedoelen wij iedere vestiging van een aangesloten school."),
          H1("3 Terugblik 2021-2025"),
          P("De vorige planperiode stond in het teken van drie veranderingen. Ten eerste zijn wij overgestapt "
            "van een model waarin scholen voor iedere leerling afzonderlijk een arrangement moesten aanvragen "
            "naar een model waarin het grootste deel van het geld rechtstreeks naar de besturen gaat. Ten "
            "tweede is het Loket De Lindenkring opgericht, waar scholen, ouders en partners met al hun vragen "
            "terechtkunnen. Ten derde zijn op alle scholen ondersteuningsteams (OT) ingericht, waarin de "
            "intern begeleider, een orthopedagoog van het verband en zo nodig een jeugdprofessional samen met "
            "ouders naar een leerling kijken."),
          P("De coronaperiode heeft veel van de plannen vertraagd. Het schooljaar 2020-2021 was vooral gericht "
            "op het overeind houden van het onderwijs; de OT's konden een groot deel van het jaar alleen "
            "online plaatsvinden. Vanaf 2022 is de draad weer opgepakt. Een externe evaluatie door een "
            "onderzoeksbureau in het voorjaar van 2024 liet zien dat scholen en partners de samenwerking "
            "waarderen, maar dat de werkwijze per bestuur sterk verschilt. Ook vonden directeuren de regels "
            "voor het aanvragen van een arrangement te ingewikkeld."),
          P("Deze bevindingen hebben wij meegenomen in dit plan. Wij vereenvoudigen de aanvraag van "
            "arrangementen, maken meer afspraken over wat iedere school minimaal biedt en investeren in "
            "voorzieningen voor jonge kinderen."),
          H1("4 Onze regio"),
          P("De Lindenkring omvat de gemeenten Oosterbroek, Heerveld, Wijkeren en Ammerlo. Het is een gebied "
            "met één middelgrote stad en veel kleine kernen. In de kleine kernen staan vaak scholen met minder "
            "dan honderd leerlingen; sommige daarvan hebben combinatiegroepen met drie leerjaren."),
          P("Aan het verband nemen elf schoolbesturen deel. Zij houden samen 74 basisscholen, twee scholen "
            "voor speciaal basisonderwijs (sbo) en twee scholen voor speciaal onderwijs (so) in stand. Eén "
            "so-school biedt onderwijs aan leerlingen van cluster 3, de andere aan leerlingen van cluster 4. "
            "Leerlingen met een visuele of auditieve beperking (cluster 1 en 2) vallen onder de landelijke "
            "instellingen; daarover gaat dit plan niet."),
          T([["Gemeente", "Aantal scholen", "Leerlingen (1-10-2024)"],
             ["Oosterbroek", "21", "4.310"], ["Heerveld", "29", "7.020"],
             ["Wijkeren", "14", "2.150"], ["Ammerlo", "14", "1.980"],
             ["Totaal", "78", "15.460"]]),
          P("Het leerlingenaantal daalt licht, vooral in de kleine kernen. In Heerveld neemt het aantal "
            "leerlingen juist toe door nieuwbouw. Het aandeel leerlingen met een andere thuistaal dan het "
            "Nederlands groeit, onder meer door de komst van gezinnen uit Oekraïne."),
          H1("5 Missie, visie en ambities"),
          H2("5.1 Missie"),
          P("De Lindenkring zorgt er samen met de scholen en partners voor dat ieder kind in de regio onderwijs "
            "krijgt dat past bij wat het nodig heeft, zo dicht mogelijk bij huis."),
          H2("5.2 Visie"),
          P("Wij geloven dat kinderen het meest leren in een omgeving waar zij erbij horen. Daarom kiezen wij "
            "waar het kan voor ondersteuning in de eigen groep, op de eigen school. Dat vraagt om leraren die "
            "zich gesteund voelen en om een ondersteuningsstructuur die snel en zonder bureaucratie werkt. "
            "Wij kijken naar wat een kind nodig heeft, niet naar een label of diagnose."),
          P("Ouders kennen hun kind het best. Zij zijn vanaf het begin gesprekspartner bij iedere vraag over "
            "ondersteuning. Ook het kind zelf heeft een stem: waar het kan, praat het mee over zijn eigen "
            "ontwikkelingsperspectief."),
          P("Geen enkele school kan alles. Samen kunnen de scholen wel heel veel. Wij zien het als onze taak om "
            "de kennis van het speciaal onderwijs en het speciaal basisonderwijs beschikbaar te maken voor de "
            "basisscholen, en om scholen te helpen van elkaar te leren."),
          H2("5.3 Ambities 2025-2029"),
          P("Voor de komende planperiode hebben wij vier ambities geformuleerd. Ze zijn tot stand gekomen in "
            "gesprekken met de besturen en de OPR en zijn bedoeld voor de leerlingen die extra ondersteuning "
            "nodig hebben."),
          T([["Ambitie", "Wat willen we bereiken?", "Uitgangssituatie"],
             ["1. Sterke basis", "In 2027 voldoen alle 74 basisscholen aan alle standaarden van de "
              "basisondersteuning uit hoofdstuk 6.", "58 van de 74 scholen (zelfevaluatie 2024)"],
             ["2. Thuisnabij", "Het percentage leerlingen in het so daalt niet, maar blijft in 2029 op of "
              "onder 1,9 procent van alle leerlingen.", "2,1 procent (1-10-2024)"],
             ["3. Niemand thuis", "In 2029 zit geen enkele leerling langer dan vier weken thuis zonder "
              "onderwijsaanbod.", "9 leerlingen langer dan vier weken (schooljaar 2023-2024)"],
             ["4. Jonge kinderen", "In 2028 kan ieder kind van 4 tot 6 jaar met een ontwikkelingsvraag binnen "
              "zes weken starten in een passende plek.", "wachttijd observatiegroep tot 14 weken"]]),
          P("Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen wij daarvoor gebruiken en op "
            "welke momenten wij daarover rapporteren, is nog niet uitgewerkt. Dat doen wij in het eerste "
            "planjaar samen met de OPR, zodat de opzet van de monitor aansluit op wat de raad wil weten."),
          ]
    # ----- basisondersteuning (present, with borging)
    b += [H1("6 Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is de ondersteuning die iedere school van De Lindenkring biedt aan ieder kind "
            "dat daar baat bij heeft, zonder dat daarvoor een aanvraag bij het verband nodig is. De besturen "
            "hebben in 2024 samen vastgelegd wat die basisondersteuning inhoudt. Het niveau geldt voor alle "
            "vestigingen, ook voor kleine scholen in de dorpen. Een school mag meer bieden, maar niet minder."),
          P("Wij hebben de afspraken geordend in tien standaarden. Per standaard staat beschreven wat ouders en "
            "leerlingen mogen verwachten."),
          L(["Standaard 1 – Handelingsgericht werken: iedere school werkt cyclisch met groepsoverzichten en "
             "bespreekt elke groep minimaal drie keer per jaar in een groepsbespreking met de intern begeleider.",
             "Standaard 2 – Intern begeleider: iedere school heeft een geschoolde intern begeleider, met ten "
             "minste één dag per week per 100 leerlingen en nooit minder dan één dag per week.",
             "Standaard 3 – Ondersteuningsteam: iedere school heeft een OT dat minimaal vier keer per jaar "
             "bijeenkomt, met de orthopedagoog van het verband als vast lid.",
             "Standaard 4 – Lezen en dyslexie: iedere school werkt met het Protocol Leesproblemen en Dyslexie, "
             "signaleert vanaf groep 2 en biedt extra leestijd en hulpmiddelen zoals voorleessoftware.",
             "Standaard 5 – Rekenen en dyscalculie: iedere school werkt met het protocol ERWD en biedt "
             "intensieve rekeninterventies in kleine groepjes.",
             "Standaard 6 – Gedrag en welbevinden: iedere school heeft een methode voor sociaal-emotioneel leren, "
             "een anti-pestcoördinator en monitort de sociale veiligheid jaarlijks.",
             "Standaard 7 – Meer- en hoogbegaafdheid: iedere school signaleert met een vast instrument en biedt "
             "verrijking en compacten in de eigen groep.",
             "Standaard 8 – Taal en meertaligheid: iedere school biedt extra taalondersteuning aan kinderen met "
             "een taalachterstand, ook voor nieuwkomers na hun periode in de taalklas.",
             "Standaard 9 – Medisch handelen: iedere school heeft een protocol medisch handelen en werkt samen "
             "met de jeugdverpleegkundige van de GGD.",
             "Standaard 10 – Samenwerking: iedere school werkt samen met het sociaal wijkteam en heeft een vaste "
             "contactpersoon bij het team jeugd van de gemeente."]),
          P("Iedere school beschrijft in haar schoolgids hoe zij deze standaarden invult en wat zij daarnaast "
            "biedt. De gidsen worden jaarlijks door de consulenten van het verband naast de standaarden gelegd."),
          P("Eenmaal per jaar voert de consulent een kwaliteitsgesprek met iedere school aan de hand van een "
            "zelfevaluatie. Voldoet een school aan een of meer standaarden niet, dan maakt de school samen "
            "met haar bestuur een verbeterplan met een termijn van maximaal één jaar. De directeur-bestuurder "
            "bespreekt de voortgang van de verbeterplannen twee keer per jaar met de bestuurders."),
          P("Wat niet onder de basisondersteuning valt, is extra ondersteuning. Daarover gaat het volgende "
            "hoofdstuk."),
          ]
    # ----- dekkend aanbod (present)
    b += [H1("7 Extra ondersteuning en een dekkend aanbod"),
          H2("7.1 Van basis naar extra"),
          P("Soms heeft een kind meer nodig dan de basisondersteuning. De school bespreekt de vraag dan in het "
            "OT. Het OT kan besluiten tot een arrangement: extra ondersteuning op maat, in of buiten de groep, "
            "voor een bepaalde tijd. Het verband kent drie soorten arrangementen."),
          L(["Schoolarrangementen: de school zet extra begeleiding in uit het schoolbudget, bijvoorbeeld een "
             "onderwijsassistent of een specialist van het eigen bestuur.",
             "Expertisearrangementen: een specialist van het sbo of so komt naar de basisschool om de leraar "
             "en het kind te begeleiden (ambulante begeleiding), meestal voor een half jaar.",
             "Plaatsingsarrangementen: het kind gaat tijdelijk of voor een deel van de week naar een "
             "bovenschoolse voorziening."]),
          H2("7.2 Bovenschoolse voorzieningen"),
          P("De Lindenkring heeft de volgende bovenschoolse voorzieningen. Zij zijn toegankelijk voor "
            "leerlingen van alle aangesloten scholen."),
          T([["Voorziening", "Voor wie", "Plaatsen"],
             ["Taalklas De Brug (Heerveld)", "nieuwkomers van 6 tot 12 jaar, eerste jaar in Nederland", "36"],
             ["Plusklas De Uitdaging (twee locaties)", "meer- en hoogbegaafde leerlingen groep 5-8, één dag per week", "60"],
             ["Observatiegroep De Kiem (bij sbo De Wegwijzer)", "kinderen van 4 tot 6 jaar met een onduidelijke "
              "ontwikkelingsvraag", "12"],
             ["Onderwijs-zorgarrangement Samen Sterk (bij so Het Baken)", "leerlingen die onderwijs en "
              "jeugdhulp op één plek nodig hebben", "10"]]),
          P("Daarna komen het speciaal basisonderwijs (sbo De Wegwijzer en sbo De Linde) en het speciaal "
            "onderwijs (so De Brug voor cluster 3 en so Het Baken voor cluster 4). Voor leerlingen die "
            "dat nodig hebben, werken wij ook samen met so-scholen buiten de regio, vooral voor kinderen "
            "met een ernstige meervoudige beperking."),
          H2("7.3 Een dekkend aanbod: wat ontbreekt er?"),
          P("Het verband moet ervoor zorgen dat er voor ieder kind een passende plek is. Wij kijken daarom elk "
            "jaar in maart samen met de besturen en de gemeenten waar het aanbod tekortschiet. Bronnen zijn de "
            "aanvragen bij het Loket, de wachtlijsten van de voorzieningen, de meldingen van leerplicht en de "
            "signalen uit de OT's. De uitkomst noemen wij de 'witte vlekkenkaart'. Voor iedere witte vlek "
            "spreken wij af wie aan zet is en wanneer er een oplossing moet zijn."),
          P("De witte vlekkenkaart van 2024 liet drie tekorten zien: een wachtlijst van ongeveer vier maanden "
            "bij het so voor cluster 4, te weinig plekken voor jonge kinderen met een ontwikkelingsvraag en "
            "geen passend aanbod voor hoogbegaafde leerlingen die thuiszitten. Voor het eerste tekort breidt "
            "so Het Baken per 1 augustus 2025 uit met twee groepen. Voor het tweede tekort wordt De Kiem "
            "uitgebreid. Voor het derde tekort start in januari 2026 een pilot met een deeltijdvoorziening."),
          H2("7.4 Thuiszitters"),
          P("Iedere leerling die langer dan vier weken niet naar school gaat, wordt door leerplicht gemeld bij "
            "het Loket. Binnen twee weken organiseert de consulent een overleg met school, ouders, leerplicht "
            "en jeugdhulp, waarin een plan voor terugkeer wordt gemaakt. Het Thuiszittersoverleg komt elke "
            "maand bijeen en volgt alle leerlingen die thuiszitten. Lukt het niet binnen drie maanden om een "
            "plek te vinden, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school of "
            "voorziening vragen de leerling te plaatsen, met financiële steun van het verband."),
          ]
    # ----- plaatsing + terugstroom (both present; terugstroom hidden inside TLV chapter)
    b += [H1("8 Toelaatbaarheid tot sbo en so"),
          H2("8.1 Wanneer een TLV?"),
          P("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs heeft een "
            "leerling een toelaatbaarheidsverklaring (TLV) nodig. De Lindenkring geeft die af. Een TLV is "
            "nodig voor het sbo, voor het so cluster 3 en voor het so cluster 4."),
          H2("8.2 Zo werkt de aanvraag"),
          L(["Stap 1: de school waar de leerling is ingeschreven bespreekt de leerling in het OT. Het OT "
             "concludeert dat de ondersteuningsbehoefte de mogelijkheden van de school, ook met een arrangement, "
             "te boven gaat.",
             "Stap 2: het bevoegd gezag van die school dient de aanvraag in via Kindkans. Bij de aanvraag horen "
             "het groeidocument, het ontwikkelingsperspectief (OPP), het verslag van het OT en de zienswijze "
             "van ouders. Bij een jong kind zonder school kan de ontvangende school de aanvraag doen.",
             "Stap 3: de Commissie van Toelaatbaarheid (CvT) van het verband controleert of het dossier "
             "compleet is en vraagt twee deskundigen om advies.",
             "Stap 4: de CvT neemt een besluit binnen zes weken na ontvangst van een compleet dossier. In "
             "spoedsituaties kan dat binnen vijf werkdagen.",
             "Stap 5: ouders en school ontvangen het besluit schriftelijk, samen met een kopie van beide "
             "deskundigenadviezen."]),
          H2("8.3 Deskundigen"),
          P("De eerste deskundige is altijd een orthopedagoog of een psycholoog. De tweede deskundige wordt "
            "gekozen op basis van de vraag van de leerling: een kinder- en jeugdpsycholoog, een "
            "maatschappelijk werker, een arts of een kinderpsychiater. Beide deskundigen geven ieder een "
            "eigen, schriftelijk advies. Een deskundige die bij de aanvraag betrokken was, mag niet adviseren."),
          H2("8.4 Criteria"),
          P("De CvT verklaart een leerling toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan:"),
          L(["de school heeft de basisondersteuning en ten minste één arrangement van minimaal een half jaar "
             "ingezet en geëvalueerd;",
             "de leerling heeft structureel, gedurende de hele schooldag, een kleinere groep en een aangepast "
             "aanbod nodig;",
             "de ontwikkeling blijft op twee of meer gebieden ernstig achter bij het verwachte perspectief, of het "
             "welbevinden van de leerling staat ernstig onder druk."]),
          P("Een leerling is toelaatbaar tot het so als hij naast het bovenstaande intensieve, specialistische "
            "begeleiding nodig heeft die het sbo niet kan bieden, bijvoorbeeld vanwege een verstandelijke "
            "beperking (cluster 3), een lichamelijke beperking of langdurige ziekte (cluster 3), of ernstige "
            "gedrags- of psychiatrische problematiek (cluster 4). De CvT stelt daarbij ook de "
            "bekostigingscategorie vast: laag, midden of hoog, afhankelijk van de intensiteit van de zorg."),
          H2("8.5 Duur en bezwaar"),
          P("Een TLV voor het sbo is geldig tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
            "afgegeven voor twee schooljaren; voor kinderen tot zes jaar voor één schooljaar. Ouders die het "
            "niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij de directeur-bestuurder. "
            "Het verband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("8.6 Aan het einde van de TLV"),
          P("Een plek in het sbo of so is voor veel kinderen de beste plek, maar niet altijd voor altijd. Ons "
            "uitgangspunt is dat een leerling teruggaat naar een basisschool in de buurt als dat in het "
            "belang van het kind is en de basisschool met steun de ondersteuning kan bieden. Een terugkeer "
            "moet goed worden voorbereid; een mislukte terugplaatsing is voor een kind zwaar."),
          P("De sbo- of so-school evalueert het OPP ieder jaar met ouders en kijkt daarbij uitdrukkelijk of "
            "terugkeer naar het basisonderwijs mogelijk is. Uiterlijk 1 februari van het laatste jaar van de "
            "TLV bespreekt de school met ouders en de consulent van het verband of de leerling kan "
            "terugkeren. Is dat zo, dan zoekt de school samen met ouders een basisschool en vindt er vóór de "
            "zomer een warme overdracht plaats. Is terugkeer nog niet verantwoord, dan vraagt de school vóór "
            "1 april een nieuwe TLV aan; de CvT beslist daarover volgens de procedure in 8.2."),
          P("Een leerling die terugkeert, krijgt een terugkeerarrangement. Gedurende maximaal een schooljaar "
            "begeleidt een leraar van de sbo- of so-school de leerling en de nieuwe leraar. Het verband "
            "betaalt hiervoor 4.500 euro per leerling aan de sbo- of so-school. Na een half jaar is er een "
            "evaluatie met ouders, beide scholen en de consulent."),
          ]
    b += [H1("9 Samenwerking met gemeenten en jeugdhulp"),
          P("Onderwijs en jeugdhulp raken elkaar voortdurend. Daarom maken wij met de vier gemeenten afspraken "
            "in het op overeenstemming gericht overleg (OOGO). Het OOGO vindt twee keer per jaar plaats met de "
            "wethouders onderwijs en jeugd. Vaste onderwerpen zijn de aansluiting tussen school en wijkteam, "
            "thuiszitters, leerlingenvervoer en onderwijshuisvesting."),
          P("Op iedere school is een schoolmaatschappelijk werker beschikbaar, betaald door de gemeenten. In het "
            "onderwijs-zorgarrangement Samen Sterk werken leraren en jeugdhulpverleners in één team. De "
            "financiering is gedeeld: het verband betaalt het onderwijsdeel, de gemeenten de jeugdhulp."),
          P("Met het samenwerkingsverband voor voortgezet onderwijs in onze regio hebben wij afspraken over de "
            "overstap naar het vo. Leerlingen met een ondersteuningsbehoefte krijgen een warme overdracht; "
            "voor leerlingen uit het sbo en so is er een overstapcoach."),
          ]
    # ----- ouders (present, in "Communicatie")
    b += [H1("10 Communicatie"),
          H2("10.1 Met scholen en besturen"),
          P("De Lindenkring communiceert met scholen via een maandelijkse nieuwsbrief, de website en de "
            "netwerken voor intern begeleiders. Besturen ontvangen viermaal per jaar een managementrapportage. "
            "Nieuwe directeuren en intern begeleiders krijgen een kennismakingsgesprek met de consulent."),
          H2("10.2 Met ouders"),
          P("Ouders moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Op de ouderpagina van "
            "onze website staat in gewone taal beschreven wat iedere school minimaal biedt, welke "
            "arrangementen en voorzieningen er zijn en hoe een toelaatbaarheidsverklaring wordt aangevraagd. "
            "De folder 'Wat mag ik van de school verwachten?' ligt op iedere school en is er in het "
            "Nederlands, Engels, Arabisch, Pools en Oekraïens."),
          P("Iedere school neemt in de schoolgids een samenvatting op van haar ondersteuningsaanbod en een "
            "verwijzing naar het Loket. Twee keer per jaar organiseren wij een ouderavond 'Passend onderwijs "
            "in gewone taal'. Ouders kunnen het Loket bellen of mailen met vragen; een consulent neemt binnen "
            "twee werkdagen contact op."),
          H2("10.3 Onafhankelijk advies voor ouders"),
          P("Soms willen ouders advies van iemand die niet bij de school of het verband hoort. Het Ouder- en "
            "Jeugdsteunpunt Lindenkring is daarvoor ingericht. Het steunpunt is ondergebracht bij de "
            "stichting MEE in de regio en werkt onafhankelijk van de scholen en het verband. Een "
            "ouderadviseur luistert, geeft informatie over rechten en plichten en gaat desgewenst mee naar "
            "een gesprek op school. Daarnaast kunnen ouders kosteloos terecht bij de Onderwijsconsulenten en "
            "bij de Geschillencommissie passend onderwijs. Het verband heeft een eigen klachtenregeling."),
          ]
    # ----- financien (present, under "Geld en middelen")
    b += [H1("11 Geld en middelen"),
          H2("11.1 Inkomsten"),
          P("De Lindenkring ontvangt van het Rijk een budget voor lichte en zware ondersteuning. In 2025 gaat "
            "het om ongeveer 14,2 miljoen euro. Een deel daarvan wordt door DUO direct ingehouden voor de "
            "bekostiging van het sbo en het so (de afdrachten)."),
          H2("11.2 Hoe wij het geld verdelen"),
          P("Het verband verdeelt de middelen volgens een vast verdeelmodel, dat het bestuur jaarlijks op "
            "1 december voor het volgende kalenderjaar vaststelt na advies van het directeurenoverleg:"),
          L(["eerst worden de afdrachten aan het sbo en so en de kosten van de bovenschoolse voorzieningen "
             "gereserveerd;",
             "daarna ontvangt ieder schoolbestuur een schoolbudget van 185 euro per leerling (teldatum "
             "1 oktober van het voorgaande jaar) plus een vaste voet van 7.500 euro per vestiging;",
             "het resterende bedrag is beschikbaar voor expertise- en plaatsingsarrangementen; die worden "
             "toegekend door het Loket op aanvraag van het OT, volgens de criteria uit het arrangementenkader;",
             "de kosten van het bureau en de orthopedagogen in de OT's bedragen maximaal 8 procent van de "
             "totale baten."]),
          H2("11.3 Meerjarenbegroting"),
          T([["(x 1.000 euro)", "2025", "2026", "2027", "2028"],
             ["Baten ondersteuningsbekostiging", "14.210", "14.080", "13.950", "13.860"],
             ["Afdrachten sbo en so (DUO)", "6.940", "6.900", "6.850", "6.800"],
             ["Schoolbudgetten besturen", "3.420", "3.390", "3.360", "3.330"],
             ["Bovenschoolse voorzieningen", "1.310", "1.420", "1.460", "1.460"],
             ["Expertise- en plaatsingsarrangementen", "1.250", "1.200", "1.150", "1.150"],
             ["Terugkeerarrangementen", "90", "90", "90", "90"],
             ["Bureau, Loket en orthopedagogen", "1.130", "1.120", "1.110", "1.100"],
             ["Resultaat", "70", "-40", "-70", "-70"]]),
          H2("11.4 Reserves en verantwoording"),
          P("Het weerstandsvermogen van het verband bedroeg eind 2024 ongeveer 11 procent van de baten. Dat "
            "ligt onder de signaleringswaarde. De negatieve resultaten in 2026 tot en met 2028 worden uit de "
            "reserve gedekt; het weerstandsvermogen blijft daarbij boven de door het bestuur gehanteerde "
            "ondergrens van 5 procent."),
          P("Besturen leggen ieder jaar vóór 1 juni verantwoording af over de besteding van het schoolbudget, "
            "met een vast format dat aansluit op hun jaarverslag. Het bureau bundelt deze verantwoordingen "
            "voor de raad van toezicht."),
          ]
    b += [H1("12 Organisatie en governance")] + filler_governance(c, 1)
    b += [H2("12.1 Medezeggenschap")] + filler_opr(c, True, "12 maart 2025")
    b += [H1("13 Personeel en professionalisering")] + filler_personeel(c, 1)
    b += [H2("13.1 ICT en privacy")] + filler_ict_privacy(c, "Kindkans")
    b += [H1("14 Planning")] + filler_planning(c, [
        ["Moment", "Activiteit"],
        ["februari 2025", "OOGO met de vier gemeenten over het concept"],
        ["12 maart 2025", "instemming OPR"],
        ["9 april 2025", "vaststelling door de raad van toezicht; daarna naar de Inspectie"],
        ["1 augustus 2025", "start planperiode; uitbreiding so Het Baken"],
        ["januari 2026", "start pilot deeltijdvoorziening hoogbegaafde thuiszitters"],
        ["juni van elk jaar", "vaststelling jaarplan en jaarbegroting"],
        ["najaar 2028", "start voorbereiding nieuw plan 2029-2033"]])
    b += [H2("14.1 Totstandkoming")] + filler_totstandkoming(c, "4 februari 2025", "12 maart 2025",
                                                            "9 april 2025")
    b += [H1("Bijlage 1 Begrippenlijst")] + begrippen([
        ["Arrangement", "Extra ondersteuning voor een leerling of groep, bovenop de basisondersteuning."],
        ["Basisondersteuning", "De ondersteuning die alle scholen van het verband bieden."],
        ["CvT", "Commissie van Toelaatbaarheid."],
        ["Dekkend aanbod", "Een passende plek en ondersteuning voor ieder kind in de regio."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke steun voor ouders en kinderen."],
        ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
        ["OPP", "Ontwikkelingsperspectief."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Resultaten", "Wat het verband met de inzet van middelen bereikt."],
        ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het basisonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]])
    return b


def label_lindenkring(docs):
    return write_label(
        "po-lindenkring-2025-2029", docs, "po",
        crit_false={"resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 6: agreed minimum for all vestigingen + ten standaarden; yearly kwaliteitsgesprek and verbeterplan (borging).",
               "plaatsing": "Ch. 8.2-8.5: five-step procedure, CvT, 6 weeks, two deskundigen, sbo/so criteria, categorie, duration, bezwaar via LBT.",
               "terugstroom": "Hidden in 8.6 'Aan het einde van de TLV' inside the TLV chapter: policy (thuisnabij, terugkeerarrangement 4.500 euro) and procedure (yearly OPP evaluation, 1 februari, new TLV before 1 april).",
               "financien": "Ch. 11 'Geld en middelen': verdeelmodel (185 euro per leerling, vaste voet 7.500) and meerjarenbegroting table 2025-2028; reserves + verantwoording by 1 juni.",
               "dekkend-aanbod": "Ch. 7: arrangementen, bovenschoolse voorzieningen table, sbo/so; witte vlekkenkaart with actions and thuiszitters approach (7.3-7.4).",
               "resultaten": "5.3 ambities table gives intended results with baselines; monitoring explicitly deferred ('is nog niet uitgewerkt ... in het eerste planjaar').",
               "ouders": "Ch. 10 'Communicatie' 10.2-10.3: ouderpagina, folder in five languages, schoolgids, ouderavonden; OJSP at MEE, Onderwijsconsulenten, Geschillencommissie."})


def filler_landelijk(c):
    return [
        P("Passend onderwijs bestaat sinds 1 augustus 2014. Na de landelijke evaluatie in 2020 heeft het "
          "kabinet een verbeteraanpak opgesteld met een reeks maatregelen. Een aantal daarvan raakt "
          "samenwerkingsverbanden direct, zoals de afspraken over het afbouwen van hoge reserves, de "
          "versterking van de positie van ouders en leerlingen en de ontwikkeling van een landelijke norm "
          "voor basisondersteuning."),
        P("Daarnaast wordt gewerkt aan inclusiever onderwijs: de ambitie is dat op termijn meer kinderen met "
          "een beperking of chronische ziekte samen met andere kinderen naar school gaan. Wat dit precies "
          "betekent voor de verhouding tussen regulier en speciaal onderwijs in onze regio, is nog niet te "
          "overzien. Wij volgen de landelijke ontwikkelingen via de PO-Raad en het Steunpunt Passend "
          "Onderwijs."),
        P("Ook de wetgeving rond medezeggenschap, burgerschap en sociale veiligheid is de afgelopen jaren "
          "aangepast. Scholen hebben daardoor meer taken gekregen. Wij houden daar rekening mee door geen "
          "nieuwe administratieve eisen te stellen zonder eerst na te gaan of ze echt nodig zijn."),
    ]


# ======================================================================================
# Plan 2 — PO, Deltawaarden, .docx (thin concept plan)
# ======================================================================================
def plan_deltawaarden():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Deltawaarden", afk="Deltawaarden",
             besturen="zes", scholen="41", gemeenten="Zandwijk, Oudevaart en Meerkerken-Polder",
             hoofdplaats="Zandwijk", fte_bureau="6")
    b = []
    b.append(TITLE(["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Passend Onderwijs Deltawaarden PO 28-06",
                    "CONCEPT – versie 0.9 ter instemming aan de OPR",
                    "Zandwijk, februari 2025"]))
    b.append(PB())
    b.append(TOC([("1 Inleiding", 3), ("2 Visie en missie", 4), ("3 Onze regio en organisatie", 6),
                  ("4 Ondersteuning op school", 9), ("4.1 Basisondersteuning", 9),
                  ("4.2 Extra ondersteuning en arrangementen", 10), ("5 Speciaal onderwijs", 11),
                  ("5.1 Toelaatbaarheidsverklaring", 11), ("5.2 Terugplaatsing", 12), ("6 Financiën", 13),
                  ("7 Ouders", 15), ("8 Medezeggenschap en gemeenten", 16), ("9 Kwaliteit en resultaten", 18),
                  ("10 Personeel", 19), ("11 Planning", 20),
                  ("Bijlage 1 Kwaliteitskaart basisondersteuning", 22), ("Bijlage 2 Begrippenlijst", 24)]))
    b.append(PB())
    b += [H1("1 Inleiding"),
          P("Dit is het ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Deltawaarden voor de "
            "schooljaren 2025-2026 tot en met 2028-2029. Het plan beschrijft op hoofdlijnen hoe de scholen in "
            "ons gebied samenwerken om alle leerlingen een passende onderwijsplek te bieden. De uitwerking "
            "vindt plaats in de jaarplannen en in de afspraken tussen de besturen."),
          P("Wij hebben bewust gekozen voor een beknopt plan. Het vorige plan telde bijna honderd pagina's en "
            "werd, zo bleek uit de evaluatie, weinig gelezen. Dit plan is korter en richt zich op de "
            "hoofdlijnen. Voor de details verwijzen wij naar onze website en naar de bijlagen."),
          P("Deze versie is een concept. Op een aantal plaatsen is nog tekst in voorbereiding; die plaatsen zijn "
            "gemarkeerd. Het concept wordt besproken met de OPR, de directeuren en de gemeenten."),
          H2("1.1 Wettelijk kader"),
          P("Het samenwerkingsverband is opgericht op grond van artikel 18a van de Wet op het primair onderwijs. "
            "Het verband heeft de taak om een samenhangend geheel van ondersteuningsvoorzieningen te "
            "realiseren binnen en tussen de scholen. Ook geeft het verband toelaatbaarheidsverklaringen af en "
            "verdeelt het de ondersteuningsmiddelen. Het plan wordt ten minste eens in de vier jaar vastgesteld."),
          ]
    b += [H1("2 Visie en missie"),
          P("Missie: Deltawaarden staat voor goed onderwijs voor ieder kind, dichtbij huis, met de ondersteuning "
            "die het nodig heeft."),
          P("Wij werken vanuit vijf kernwaarden: vertrouwen, eigenaarschap, samenwerking, eenvoud en "
            "transparantie. Vertrouwen betekent dat wij uitgaan van de professionaliteit van leraren en "
            "scholen. Eigenaarschap betekent dat de schoolbesturen verantwoordelijk zijn voor de ondersteuning "
            "op hun scholen. Samenwerking betekent dat wij over de grenzen van besturen en van onderwijs en "
            "zorg heen kijken. Eenvoud betekent dat regels en procedures zo licht mogelijk zijn. Transparantie "
            "betekent dat wij open zijn over keuzes en over geld."),
          P("Wij zien passend onderwijs niet als een taak van het samenwerkingsverband alleen. De scholen "
            "maken het verschil. Het verband faciliteert, verbindt en stelt kaders. Wij geloven in de kracht "
            "van de leraar en in de waarde van een goede relatie met ouders."),
          P("De komende jaren willen wij vooral werken aan het vergroten van de deskundigheid in de scholen, "
            "aan een betere samenwerking met de jeugdhulp en aan minder bureaucratie. Wij willen dat leraren "
            "hun tijd kunnen besteden aan de kinderen in plaats van aan formulieren."),
          P("Onze visie sluit aan bij de landelijke ontwikkeling naar inclusiever onderwijs. Wij zijn daarin "
            "realistisch: niet ieder kind kan op de basisschool om de hoek terecht, en het speciaal onderwijs "
            "blijft een belangrijke plek voor kinderen die intensieve ondersteuning nodig hebben."),
          ]
    b += [H2("2.1 Terugblik op het vorige plan")] + filler_terugblik_org(c)
    b += filler_landelijk(c)
    b += [H1("3 Onze regio en organisatie"),
          P("Deltawaarden omvat de gemeenten Zandwijk, Oudevaart en Meerkerken-Polder. Het is een landelijk "
            "gebied met veel kleine dorpen, een havenstad en een groeiend aantal arbeidsmigranten. In het "
            "gebied staan 41 basisscholen, één school voor speciaal basisonderwijs (sbo De Kreek) en één "
            "school voor speciaal onderwijs (so De Vlinder, cluster 3 en 4). Op 1 oktober 2024 telde het "
            "verband 7.940 leerlingen."),
          T([["Schoolbestuur", "Scholen", "Leerlingen 1-10-2024"],
             ["Stichting Openbaar Onderwijs Deltawaarden", "14", "2.610"],
             ["Stichting Katholiek Onderwijs De Waard", "11", "2.180"],
             ["Vereniging Christelijk Onderwijs Zandwijk", "9", "1.740"],
             ["Stichting Wereldwijs", "4", "690"],
             ["Stichting De Kreek (sbo)", "1", "176"],
             ["Stichting Het Kompas (so)", "1", "212"],
             ["Eenpitters (2)", "3", "332"]]),
          ] + filler_governance(c, 2) + [
          P("Het bureau ondersteunt het bestuur en voert de taken uit die de wet aan het verband geeft. Het "
            "bureau werkt nauw samen met het bureau van het samenwerkingsverband voor voortgezet onderwijs, "
            "met wie het de huisvesting en de financiële administratie deelt."),
          H2("3.1 Ontwikkeling leerlingaantallen")] + filler_krimp(c) + [
          H2("3.2 Communicatie met scholen")] + filler_communicatie_scholen(c) + [
          H2("3.3 Integriteit")] + filler_integriteit(c) + [
          H2("3.4 Samenwerking met andere verbanden")] + filler_bovenregionaal(c)
    # basisondersteuning: niveau yes, inhoud only in (absent) bijlage 1
    b += [H1("4 Ondersteuning op school"),
          H2("4.1 Basisondersteuning"),
          P("Basisondersteuning is het niveau van ondersteuning dat alle scholen binnen Deltawaarden minimaal "
            "bieden. De schoolbesturen hebben dit niveau in 2023 gezamenlijk vastgesteld en het is voor iedere "
            "vestiging gelijk. Een school die onder dit niveau blijft, voldoet niet aan de afspraken binnen het "
            "verband."),
          P("Welke voorzieningen precies tot de basisondersteuning behoren, is uitgewerkt in de Kwaliteitskaart "
            "basisondersteuning. Deze kaart is als bijlage 1 bij dit plan gevoegd. Iedere school beschrijft "
            "daarnaast in haar schoolondersteuningsprofiel hoe zij de basisondersteuning vormgeeft en welke "
            "extra mogelijkheden zij heeft."),
          H2("4.2 Extra ondersteuning en arrangementen"),
          P("[Tekst in voorbereiding.] De werkgroep Arrangeren, bestaande uit vijf intern begeleiders en de "
            "beleidsmedewerker, werkt aan een nieuwe opzet. Na afronding van de werkgroep wordt deze paragraaf "
            "aangevuld en opnieuw aan de OPR voorgelegd."),
          ]
    # plaatsing: procedure yes, criteria no (vague)
    b += [H1("5 Speciaal onderwijs"),
          H2("5.1 Toelaatbaarheidsverklaring"),
          P("Een leerling kan alleen worden ingeschreven op sbo De Kreek of op een school voor so als het "
            "samenwerkingsverband een toelaatbaarheidsverklaring heeft afgegeven."),
          P("De aanvraag wordt gedaan door het schoolbestuur van de school waar de leerling staat "
            "ingeschreven. De intern begeleider vult daarvoor het aanvraagformulier in en voegt het "
            "groeidocument, het ontwikkelingsperspectief en de zienswijze van ouders toe. De aanvraag gaat naar "
            "de Commissie Toelaatbaarheid (CTO). De CTO vraagt advies aan twee deskundigen: een orthopedagoog "
            "en, afhankelijk van de vraag, een tweede deskundige. Binnen zes weken na ontvangst van de "
            "volledige aanvraag neemt de directeur namens het bestuur een besluit."),
          P("Bij de beoordeling kijkt de CTO naar het totaalbeeld van de leerling en naar de vraag of de "
            "leerling is aangewezen op het speciaal (basis)onderwijs. Ieder kind is anders; daarom werken wij "
            "niet met vaste criteria of grenzen, maar met een zorgvuldige afweging per leerling."),
          P("Ouders die het niet eens zijn met het besluit, kunnen bezwaar maken bij het bestuur van het "
            "samenwerkingsverband. Het bestuur vraagt advies aan de landelijke bezwaaradviescommissie."),
          H2("5.2 Terugplaatsing"),
          P("[p.m. – deze paragraaf wordt geschreven samen met de directeuren van sbo De Kreek en so De "
            "Vlinder; tekst volgt vóór de zomer]"),
          ]
    # financien: verdeling yes, besteding only referred
    b += [H1("6 Financiën"),
          P("Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. "
            "Hiervan worden eerst de afdrachten voor het sbo en het so betaald, die DUO rechtstreeks inhoudt."),
          P("Deltawaarden werkt met een schoolmodel. Dat betekent dat het verband de middelen na aftrek van de "
            "afdrachten en de kosten van het bureau volledig doorzet naar de schoolbesturen. De verdeling "
            "gebeurt naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar. In 2025 komt dat "
            "neer op 212 euro per leerling. De besturen ontvangen het bedrag in twee termijnen, in januari "
            "en in juli."),
          P("De besturen zijn zelf verantwoordelijk voor de inzet van de middelen op hun scholen. Zij leggen "
            "daarover verantwoording af in hun eigen jaarverslag."),
          P("De meerjarenbegroting wordt elk jaar in december door het bestuur vastgesteld en is op te vragen "
            "bij het bureau. De reserve van het samenwerkingsverband lag op 31 december 2024 onder de "
            "signaleringswaarde van de inspectie; er is dus geen sprake van een bovenmatige reserve."),
          ]
    # ouders: informatie yes, steunpunt only via website
    b += [H1("7 Ouders"),
          P("Ouders zijn voor ons belangrijke partners. Zij kennen hun kind als geen ander en worden door de "
            "school betrokken bij het opstellen en evalueren van het ontwikkelingsperspectief."),
          P("Scholen informeren ouders via de schoolgids en het schoolondersteuningsprofiel over de "
            "ondersteuning die de school biedt. Daarnaast ligt op iedere school de folder 'Passend onderwijs in "
            "Deltawaarden'. Ouders ontvangen die folder bij de aanmelding van hun kind. In de folder staat wat "
            "iedere school aan ondersteuning biedt, hoe een school extra ondersteuning kan inzetten en hoe de "
            "aanvraag voor sbo of so verloopt. Dezelfde informatie staat op de ouderpagina van onze website."),
          P("Voor onafhankelijk advies en ondersteuning verwijzen wij ouders naar de ouderpagina van onze "
            "website, waar steeds de actuele contactgegevens staan."),
          ]
    b += [H1("8 Medezeggenschap en gemeenten"), H2("8.1 Ondersteuningsplanraad")] + filler_opr(c, True, "4 maart 2025")
    b += [H2("8.2 Gemeenten"),
          P("Het concept van dit plan is op 4 februari 2025 in het op overeenstemming gericht overleg (OOGO) "
            "met de wethouders van de drie gemeenten besproken. De gemeenten hadden geen inhoudelijke "
            "opmerkingen. Het verslag van het OOGO is opgenomen in het dossier van de vaststelling."),
          P("Het overleg met het samenwerkingsverband voor voortgezet onderwijs vond plaats op 22 januari "
            "2025."),
          ]
    b += [H1("9 Kwaliteit en resultaten"),
          P("Het samenwerkingsverband werkt aan een kwaliteitskader. Daarin komt te staan hoe wij de "
            "kwaliteit van ons werk bewaken. Het kader wordt in 2026 aan het bestuur voorgelegd."),
          ]
    b += [H1("10 Personeel")] + filler_personeel(c, 2) + [H2("10.1 Privacy en ICT")] + filler_ict_privacy(c, "OnderwijsTransparant")
    b += [H1("11 Planning")] + filler_planning(c, [
        ["Moment", "Activiteit"],
        ["4 februari 2025", "OOGO met gemeenten"],
        ["4 maart 2025", "bespreking met OPR"],
        ["maart 2025", "vaststelling door de ALV"],
        ["vóór 1 mei 2025", "toezending aan de inspectie"],
        ["voorjaar 2026", "kwaliteitskader naar het bestuur"]])
    b += [H2("11.1 Totstandkoming")] + filler_totstandkoming(c, "4 februari 2025", "4 maart 2025", "26 maart 2025")
    b += [H1("Bijlage 2 Begrippenlijst")] + begrippen([
        ["Arrangement", "Afspraak over extra ondersteuning voor een leerling."],
        ["Basisondersteuning", "Het minimale niveau van ondersteuning op iedere school."],
        ["CTO", "Commissie Toelaatbaarheid van het samenwerkingsverband."],
        ["Dekkend netwerk", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen rond passend onderwijs."],
        ["OPP", "Ontwikkelingsperspectief."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het reguliere basisonderwijs."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."]])
    return b


def label_deltawaarden(docs):
    return write_label(
        "po-deltawaarden-2025-2029", docs, "po",
        crit_false={"basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
                    "terugstroom.beleid", "financien.besteding", "dekkend-aanbod.continuum",
                    "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
                    "ouders.steunpunt"},
        missing={"terugstroom", "dekkend-aanbod", "resultaten"},
        advisory={"plaatsing": ["deskundigen", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 states the jointly agreed minimum level for every vestiging, but the content is only in Bijlage 1 Kwaliteitskaart, which is listed in the TOC but not included.",
               "plaatsing": "5.1: applicant, dossier, CTO, two deskundigen, six weeks, bezwaar; criteria explicitly refused ('niet met vaste criteria ... afweging per leerling').",
               "terugstroom": "5.2 is a p.m. placeholder ('tekst volgt vóór de zomer'); only TOC and begrippenlijst define terugplaatsing.",
               "financien": "Ch. 6: schoolmodel, 212 euro per leerling by teldatum 1 oktober (verdeling); meerjarenbegroting only 'op te vragen bij het bureau', no amounts spent; reserve sentence counts as advisory.",
               "dekkend-aanbod": "4.2 is '[Tekst in voorbereiding]'; 'samenhangend geheel' only as law paraphrase in 1.1, 'dekkend netwerk' and 'thuiszitter' only in begrippenlijst; OOGO in 8.2 is purely procedural (date, no content).",
               "resultaten": "Ch. 9 'Kwaliteit en resultaten' only announces a kwaliteitskader for 2026; no intended or achieved results.",
               "ouders": "Ch. 7: folder, schoolgids, SOP, ouderpagina inform about support; independent help only 'zie ouderpagina website'; OJSP/Onderwijsconsulent only in begrippenlijst."})


# ======================================================================================
# Plan 3 — PO, Kempenrand, .pdf (basisondersteuning content only in a table;
#          toelaatbaarheid only by reference; ouders absent apart from glossary)
# ======================================================================================
def plan_kempenrand():
    c = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Kempenrand", afk="Kempenrand",
             besturen="acht", scholen="52", gemeenten="Bergeijkerveld, Hoogeloon-Akker, Reusel-West en Duizel",
             hoofdplaats="Hoogeloon-Akker", fte_bureau="9")
    b = []
    b.append(TITLE(["Ondersteuningsplan 2024-2028",
                    "SWV Primair Onderwijs Kempenrand (PO 30-08)",
                    "Versie zoals vastgesteld door het algemeen bestuur op 18 april 2024"]))
    b.append(PB())
    b.append(TOC([("Voorwoord", 2), ("1 Wie zijn wij", 3), ("2 Visie en uitgangspunten", 5),
                  ("3 Het ondersteuningsaanbod", 7), ("3.1 Basisondersteuning", 7), ("3.2 Arrangementen", 9),
                  ("3.3 Speciaal basisonderwijs en speciaal onderwijs", 10),
                  ("3.4 Van s(b)o terug naar de basisschool", 11), ("3.5 Dekkend aanbod", 12),
                  ("4 Toelaatbaarheid", 13), ("5 Opbrengsten en kwaliteit", 14), ("6 Financieel beleid", 17),
                  ("7 Bestuur en medezeggenschap", 20), ("8 Samenwerking met gemeenten", 22),
                  ("9 Personeel en ICT", 24), ("10 Jaarplanning", 26),
                  ("Bijlage A Begrippenlijst", 27), ("Bijlage C Protocol toelaatbaarheid (apart document)", "-")]))
    b.append(PB())
    b += [H1("Voorwoord"),
          P("Met trots presenteren wij het ondersteuningsplan 2024-2028 van Kempenrand. Het plan bouwt voort op "
            "wat in de afgelopen jaren is bereikt en maakt keuzes voor de toekomst. De belangrijkste keuze is "
            "dat wij meer dan voorheen willen sturen op resultaten: wij willen weten wat de inzet van het "
            "verband oplevert voor kinderen."),
          P("Het plan is geschreven in een tijd van krapte. Er zijn te weinig leraren, te weinig specialisten en "
            "de middelen staan onder druk door de daling van het aantal leerlingen. Dat dwingt ons tot "
            "scherpe keuzes. Wij hebben ervoor gekozen om het geld zo dicht mogelijk bij de kinderen in te "
            "zetten en de organisatie van het verband klein te houden."),
          P("Wij danken de directeuren, intern begeleiders, bestuurders, leden van de OPR en de medewerkers van "
            "de gemeenten voor hun bijdragen."),
          P("Het algemeen bestuur van Kempenrand"),
          H1("1 Wie zijn wij"),
          P("Kempenrand is het samenwerkingsverband voor primair onderwijs in de gemeenten Bergeijkerveld, "
            "Hoogeloon-Akker, Reusel-West en Duizel. Acht schoolbesturen nemen deel; zij houden samen 52 "
            "basisscholen, twee sbo-scholen en één so-school voor cluster 4 in stand. Leerlingen die zijn "
            "aangewezen op het so voor cluster 3 gaan naar scholen in de omliggende steden."),
          P("Het gebied is overwegend landelijk. De afstanden tussen de dorpen zijn groot en het openbaar "
            "vervoer is beperkt. Dat betekent dat een plek in het speciaal onderwijs voor veel kinderen een "
            "lange reistijd met zich meebrengt. Het leerlingenaantal is de afgelopen vijf jaar met ongeveer "
            "zes procent gedaald en zal naar verwachting verder dalen."),
          T([["Kengetal", "1-10-2021", "1-10-2022", "1-10-2023"],
             ["Leerlingen basisonderwijs", "9.870", "9.710", "9.560"],
             ["Leerlingen sbo", "251", "244", "236"],
             ["Leerlingen so (alle clusters, woonachtig in regio)", "171", "168", "160"],
             ["Aantal basisscholen", "54", "53", "52"]]),
          H1("2 Visie en uitgangspunten"),
          P("Kempenrand wil dat ieder kind zich kan ontwikkelen op een school die bij hem past. Wij gaan uit "
            "van wat kinderen kunnen en wat zij nodig hebben. Wij willen de ondersteuning zo licht als mogelijk "
            "en zo zwaar als nodig organiseren, en zo dicht mogelijk bij huis."),
          P("Wij hanteren vier uitgangspunten. Ten eerste: de school is eigenaar van de ondersteuning. Ten "
            "tweede: er is één route voor iedere ondersteuningsvraag, zodat scholen niet hoeven te zoeken waar "
            "zij moeten aankloppen. Ten derde: het geld volgt de ondersteuningsbehoefte en niet de diagnose. Ten "
            "vierde: wij leren van wat wij doen en sturen bij op basis van gegevens."),
          P("Deze uitgangspunten zijn uitgewerkt in de hoofdstukken die volgen. Waar nodig zijn ze vertaald naar "
            "concrete afspraken tussen de besturen."),
          ]
    # 3.1 basisondersteuning — content only in table
    b += [H1("3 Het ondersteuningsaanbod"),
          H2("3.1 Basisondersteuning"),
          P("Binnen Kempenrand is de basisondersteuning het gezamenlijke fundament: wat iedere school, op "
            "elke locatie, zonder aanvraag bij het samenwerkingsverband aan leerlingen biedt. De besturen "
            "hebben de standaarden voor de basisondersteuning in 2023 opnieuw vastgesteld. Tabel 2 geeft ze "
            "weer."),
          T([["Standaard", "Wat u op iedere school aantreft"],
             ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
              "leerlingbespreking en groepsbespreking drie keer per jaar."],
             ["Vroegsignalering", "Screening van taal en motoriek in groep 1-2; overdracht van de "
              "voorschoolse voorziening met een vast formulier."],
             ["Lezen", "Protocol leesproblemen en dyslexie; dagelijkse extra leesinstructie voor zwakke lezers "
              "in groep 3 en 4."],
             ["Rekenen", "Protocol ERWD; verlengde instructie en rekenmuurtjes voor wie dat nodig heeft."],
             ["Gedrag", "Schoolbrede aanpak positief gedrag (bijvoorbeeld PBS of Kanjertraining); "
              "pestprotocol; jaarlijkse meting sociale veiligheid."],
             ["Ontwikkelingsvoorsprong", "Signaleringsinstrument en verrijkingsaanbod in de groep."],
             ["Fysiek en medisch", "Protocol medisch handelen; toegankelijk gebouw of aantoonbare afspraken "
              "met een nabijgelegen toegankelijke school."],
             ["Expertise", "Toegang tot het expertiseteam van het verband via het ondersteuningsteam."]]),
          P("Iedere school wordt eenmaal in de vier jaar bezocht door een auditteam van twee intern "
            "begeleiders van andere besturen en een medewerker van het verband. Het auditteam gebruikt de "
            "standaarden uit tabel 2. Als een school op een standaard onvoldoende scoort, maakt het bestuur "
            "binnen drie maanden een plan van aanpak; na een jaar volgt een hercontrole."),
          H2("3.2 Arrangementen"),
          P("Als een leerling meer nodig heeft dan de basisondersteuning, kan de school via het "
            "ondersteuningsteam een arrangement aanvragen. Een arrangement is extra ondersteuning voor een "
            "periode van drie tot twaalf maanden. Kempenrand kent individuele arrangementen (bijvoorbeeld "
            "extra begeleiding door een specialist), groepsarrangementen (bijvoorbeeld een "
            "rekenplusgroep op een cluster van scholen) en bovenschoolse arrangementen."),
          P("Bovenschoolse voorzieningen zijn de Taalschool Kempenrand voor nieuwkomers, de Denkklas voor "
            "meer- en hoogbegaafde leerlingen en het Expertiseteam Gedrag, dat leraren begeleidt bij "
            "ernstige gedragsproblemen in de klas. Het expertiseteam bestaat uit gedragsspecialisten van de "
            "so-school en orthopedagogen van het verband."),
          H2("3.3 Speciaal basisonderwijs en speciaal onderwijs"),
          P("Voor leerlingen die langdurig een intensievere vorm van ondersteuning nodig hebben, zijn er sbo "
            "De Boomgaard en sbo Het Klaverblad en so De Zevensprong voor cluster 4. De sbo-scholen bieden "
            "onderwijs in kleinere groepen met meer specialistische begeleiding. De so-school heeft daarnaast "
            "een eigen behandelvoorziening in samenwerking met een jeugd-GGZ-aanbieder."),
          H2("3.4 Van s(b)o terug naar de basisschool"),
          P("Kempenrand wil dat leerlingen niet langer in het sbo of so blijven dan nodig is. Waar het kan, "
            "keert een leerling terug naar een basisschool, bij voorkeur in het eigen dorp. Voorwaarde is dat "
            "de ontvangende basisschool, eventueel met steun, kan bieden wat de leerling nodig heeft en dat de "
            "leerling zich in de sbo- of so-periode voldoende heeft ontwikkeld om de overstap aan te kunnen."),
          P("Een leerling die terugkeert, krijgt altijd een terugplaatsingsarrangement: gedurende maximaal "
            "twaalf maanden begeleidt een specialist van de sbo- of so-school de leerling en de leraar op de "
            "nieuwe school. Het verband betaalt dit arrangement volledig, zodat de ontvangende school er "
            "geen kosten voor heeft."),
          P("Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welk moment de "
            "afweging wordt gemaakt, is nog in bewerking. Het stappenplan wordt na instemming van de OPR aan "
            "dit plan toegevoegd."),
          H2("3.5 Dekkend aanbod"),
          P("Het aanbod in 3.1 tot en met 3.4 vormt samen het ondersteuningscontinuüm van Kempenrand: van "
            "basisondersteuning via arrangementen en bovenschoolse voorzieningen naar het sbo en so."),
          P("Of dit aanbod dekkend is, gaan wij in het schooljaar 2024-2025 onderzoeken. De uitkomsten van "
            "deze inventarisatie, en de maatregelen die daaruit voortvloeien, nemen wij op in de eerste "
            "voortgangsrapportage bij dit plan."),
          ]
    # 4 toelaatbaarheid — only reference
    b += [H1("4 Toelaatbaarheid"),
          P("Voor inschrijving op een sbo- of so-school is een toelaatbaarheidsverklaring nodig. De werkwijze "
            "en de criteria die Kempenrand daarbij hanteert, zijn beschreven in het Protocol toelaatbaarheid "
            "Kempenrand 2024 (bijlage C). Dit protocol is een apart document en staat op de website van het "
            "verband."),
          ]
    # 5 resultaten — present
    b += [H1("5 Opbrengsten en kwaliteit"),
          H2("5.1 Wat willen wij bereiken?"),
          P("In de vorige planperiode hebben wij vooral activiteiten beschreven. In deze periode willen wij "
            "vastleggen welke resultaten wij voor leerlingen met een ondersteuningsbehoefte willen bereiken. "
            "Tabel 3 bevat de beoogde resultaten, met de stand van zaken bij de start en de streefwaarde "
            "voor 2028."),
          T([["Beoogd resultaat", "Indicator", "Stand 2023", "Streefwaarde 2028"],
             ["Meer kinderen thuisnabij", "Deelnamepercentage sbo", "2,4%", "2,1%"],
             ["", "Deelnamepercentage so (woonachtig in regio)", "1,7%", "maximaal 1,7%"],
             ["Arrangementen werken", "Aandeel arrangementen waarvan het doel bij evaluatie is behaald",
              "niet gemeten", "75%"],
             ["Snelle hulp", "Arrangementsaanvragen afgehandeld binnen vier weken", "61%", "90%"],
             ["Basis op orde", "Scholen die op alle standaarden voldoen (audit)", "38 van 52", "52 van 52"],
             ["Tevreden scholen", "Waardering intern begeleiders voor ondersteuning verband (1-10)",
              "6,8", "7,5"]]),
          H2("5.2 Hoe volgen wij dat?"),
          P("Twee keer per jaar, in november en in mei, stelt het bureau een monitor op. De gegevens komen uit "
            "het registratiesysteem van het verband, uit de telgegevens van DUO (peildatum 1 oktober), uit de "
            "auditverslagen en uit een korte vragenlijst onder intern begeleiders. In de monitor staat per "
            "indicator de actuele stand naast de streefwaarde."),
          P("De monitor wordt besproken in het algemeen bestuur en in de OPR. Als een indicator achterblijft, "
            "stelt de directeur-bestuurder een verbeteractie voor, die in het volgende jaarplan wordt "
            "opgenomen. In het jaarverslag rapporteren wij over de bereikte resultaten per indicator en over de "
            "kosten van de arrangementen en voorzieningen die eraan bijdragen."),
          P("Halverwege de planperiode, in het voorjaar van 2026, laten wij een externe tussenevaluatie "
            "uitvoeren. De uitkomsten kunnen leiden tot bijstelling van de streefwaarden."),
          ]
    # 6 financien — present
    b += [H1("6 Financieel beleid"),
          H2("6.1 Uitgangspunten"),
          P("Het financieel beleid volgt de uitgangspunten uit hoofdstuk 2: het geld gaat zo dicht mogelijk "
            "naar de kinderen, het bureau blijft klein en de reserves blijven beperkt."),
          H2("6.2 Verdeling"),
          P("Kempenrand kent een gemengd model. Na aftrek van de afdrachten aan sbo en so gaat 80 procent van "
            "de resterende middelen als schoolbudget naar de schoolbesturen, op basis van het aantal leerlingen "
            "op 1 oktober van het voorgaande jaar; in 2024 is dat 160 euro per leerling. De overige 20 "
            "procent blijft bij het verband voor de arrangementen, de bovenschoolse voorzieningen en het "
            "expertiseteam. Een arrangement wordt toegekend door de commissie arrangementen als de "
            "basisondersteuning aantoonbaar is ingezet en het ondersteuningsteam een concreet doel en een "
            "evaluatiedatum heeft vastgelegd."),
          P("Sbo-scholen die op de teldatum boven de 2 procent van het totaal aantal leerlingen uitkomen, "
            "ontvangen volgens de wettelijke regeling aanvullende bekostiging, die door het verband wordt "
            "overgedragen. De peildatum daarvoor is 1 februari."),
          H2("6.3 Meerjarenbegroting"),
          T([["Bedragen in euro", "2024", "2025", "2026", "2027"],
             ["Rijksbijdrage ondersteuning", "8.620.000", "8.510.000", "8.400.000", "8.300.000"],
             ["Afdrachten sbo en so", "3.950.000", "3.900.000", "3.860.000", "3.830.000"],
             ["Schoolbudgetten", "1.560.000", "1.540.000", "1.510.000", "1.490.000"],
             ["Arrangementen", "1.180.000", "1.150.000", "1.120.000", "1.080.000"],
             ["Bovenschoolse voorzieningen en expertiseteam", "1.020.000", "1.020.000", "1.010.000", "1.000.000"],
             ["Terugplaatsingsarrangementen", "60.000", "60.000", "60.000", "60.000"],
             ["Bureau en bestuur", "690.000", "700.000", "710.000", "720.000"],
             ["Saldo", "160.000", "140.000", "130.000", "120.000"]]),
          P("De begroting laat in alle jaren een klein positief saldo zien. Dat is nodig om de daling van de "
            "inkomsten door het dalend leerlingenaantal op te vangen. De algemene reserve bedraagt ongeveer "
            "1,3 miljoen euro en ligt onder de signaleringswaarde."),
          ]
    b += [H1("7 Bestuur en medezeggenschap")] + filler_governance(c, 3) + filler_opr(c, False, "27 maart 2024")
    b += [H1("8 Samenwerking met gemeenten"),
          P("Met de vier gemeenten voeren wij twee keer per jaar OOGO. Het concept van dit plan is op "
            "6 februari 2024 besproken. Afspraken zijn gemaakt over de inzet van jeugdhulp op school: iedere "
            "school heeft een vaste jeugdprofessional van het lokale team, die aansluit bij het "
            "ondersteuningsteam. Bij so De Zevensprong is een onderwijs-zorgarrangement ingericht voor "
            "kinderen die onderwijs en behandeling combineren; de gemeenten betalen het behandeldeel."),
          P("Andere onderwerpen in het OOGO zijn het leerlingenvervoer, de huisvesting van de bovenschoolse "
            "voorzieningen en de aanpak van schoolverzuim. Voor het leerlingenvervoer geldt dat de gemeenten "
            "verantwoordelijk zijn; het verband geeft zo nodig advies over de reisbaarheid van een leerling."),
          P("Met het samenwerkingsverband voor voortgezet onderwijs is overleg gevoerd op 15 januari 2024. "
            "Afgesproken is dat de overdracht van leerlingen met een ondersteuningsbehoefte vóór 1 april "
            "plaatsvindt."),
          ]
    b += [H1("9 Personeel en ICT")] + filler_personeel(c, 2) + filler_ict_privacy(c, "Kindkans")
    b += [H2("9.1 Integriteit")] + filler_integriteit(c) + [H2("9.2 Huisvesting en duurzaamheid")] + filler_huisvesting(c)
    b += [H1("10 Jaarplanning")] + filler_planning(c, [
        ["Moment", "Activiteit"],
        ["6 februari 2024", "OOGO gemeenten"],
        ["27 maart 2024", "instemming OPR"],
        ["18 april 2024", "vaststelling algemeen bestuur, toezending inspectie"],
        ["november en mei", "monitor resultaten naar bestuur en OPR"],
        ["voorjaar 2026", "externe tussenevaluatie"]])
    b += [H2("10.1 Totstandkoming")] + filler_totstandkoming(c, "6 februari 2024", "27 maart 2024", "18 april 2024")
    b += [H2("10.2 Landelijke ontwikkelingen")] + filler_landelijk(c)
    b += [H2("10.3 Ontwikkeling leerlingaantallen")] + filler_krimp(c)
    b += [H1("Bijlage A Begrippenlijst")] + begrippen([
        ["Basisondersteuning", "Wat iedere school zonder aanvraag biedt."],
        ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."],
        ["Deskundigenadvies", "Advies van twee deskundigen bij een aanvraag voor een TLV."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."],
        ["Ouder- en jeugdsteunpunt", "Plek waar ouders en kinderen terechtkunnen voor informatie en steun."],
        ["Schoolgids", "Jaarlijkse gids waarin de school ouders informeert."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Terugplaatsing", "Terugkeer van een leerling van sbo of so naar de basisschool."],
        ["Verdeelmodel", "Regels voor de verdeling van het geld over de besturen."]])
    return b


def label_kempenrand(docs):
    return write_label(
        "po-kempenrand-2024-2028", docs, "po",
        crit_false={"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                    "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
        missing={"plaatsing", "ouders"},
        advisory={"basisondersteuning": ["borging"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "3.1 defines the verband-wide minimum; the concrete voorzieningen are only in the standaarden table; audit every four years (borging).",
               "plaatsing": "Ch. 4 only refers to 'Protocol toelaatbaarheid ... bijlage C, apart document' (not part of the input); deskundigen/bezwaar only in begrippenlijst.",
               "terugstroom": "3.4 gives policy (thuisnabij, conditions, terugplaatsingsarrangement twelve months paid by verband); procedure explicitly 'nog in bewerking'.",
               "financien": "6.2 gemengd model 80/20, 160 euro per leerling, arrangement criteria; 6.3 meerjarenbegroting 2024-2027 with amounts; reserve sentence.",
               "dekkend-aanbod": "3.2-3.5 continuum (arrangementen, bovenschoolse voorzieningen, sbo/so); gap analysis deferred to 2024-2025 ('gaan wij ... onderzoeken'); OOGO/OZA in ch. 8 advisory.",
               "resultaten": "Ch. 5 'Opbrengsten en kwaliteit': beoogde resultaten table with streefwaarden 2028 and twice-yearly monitor, jaarverslag reporting.",
               "ouders": "No section on informing parents or independent support; Onderwijsconsulenten, ouder- en jeugdsteunpunt and schoolgids appear only in the begrippenlijst; OPR text does not mention parents."})


# ======================================================================================
# Plan 4 — VO, Rivierenrand, .pdf (goals deferred to jaarplan, verdeling deferred,
#          terugplaatsing procedure without policy)
# ======================================================================================
def plan_rivierenrand():
    c = dict(naam="Stichting Samenwerkingsverband Voortgezet Onderwijs Rivierenrand", afk="Rivierenrand",
             besturen="negen", scholen="23", gemeenten="Dijkhaven, Waalwerd en Lingeveen",
             hoofdplaats="Dijkhaven", fte_bureau="12")
    b = []
    b.append(TITLE(["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Voortgezet Onderwijs Rivierenrand (VO 27-04)",
                    "Elke leerling een plek, elke school een partner",
                    "Vastgesteld door het algemeen bestuur op 26 maart 2025"]))
    b.append(PB())
    b.append(TOC([("Voorwoord", 2), ("1 Inleiding", 3), ("2 Koers 2025-2029", 4),
                  ("3 Ondersteuning in het voortgezet onderwijs", 6), ("3.1 Basisondersteuning", 6),
                  ("3.2 De ondersteuningsroute", 8), ("3.3 Arrangementen en voorzieningen", 9),
                  ("4 Leerwegondersteunend onderwijs en praktijkonderwijs", 11),
                  ("5 Voortgezet speciaal onderwijs", 13), ("5.1 Toelaatbaarheidsverklaring", 13),
                  ("5.2 Na afloop van de TLV", 15), ("6 Dekkend netwerk en thuiszitters", 16),
                  ("7 Ouders en leerlingen", 18), ("8 Kwaliteitszorg en verantwoording", 20),
                  ("9 Financiën", 22), ("10 Organisatie", 25), ("11 Samenwerking met gemeenten en mbo", 27),
                  ("Begrippen en afkortingen", 29)]))
    b.append(PB())
    b += [H1("Voorwoord"),
          P("Dit is het vierde ondersteuningsplan van Rivierenrand. In de afgelopen jaren is er veel bereikt: "
            "de scholen werken beter samen, het OPDC heeft een vaste plek gekregen en het aantal leerlingen dat "
            "zonder onderwijs thuiszit is gedaald. Toch zijn wij niet tevreden. Nog te vaak moeten jongeren "
            "en hun ouders lang wachten op een passende plek, en nog te vaak lopen scholen vast."),
          P("In dit plan kiezen wij daarom voor een koers die uitgaat van de school als partner. Het verband "
            "ondersteunt, maar de scholen doen het werk. Dat vraagt om vertrouwen, om heldere afspraken en om "
            "de bereidheid om van elkaar te leren."),
          P("Wij danken iedereen die aan dit plan heeft bijgedragen, in het bijzonder de leden van de OPR, de "
            "ondersteuningscoördinatoren en de leerlingen van de leerlingenpanels."),
          P("Ruud Hagedoorn, directeur-bestuurder"),
          H1("1 Inleiding"),
          P("Rivierenrand is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Dijkhaven, "
            "Waalwerd en Lingeveen. Negen schoolbesturen nemen deel. Zij houden 23 vestigingen in stand: "
            "scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en twee scholen voor "
            "voortgezet speciaal onderwijs (vso, cluster 3 en cluster 4). Op 1 oktober 2024 telde het verband "
            "12.480 leerlingen."),
          P("Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het is opgesteld volgens de eisen van "
            "de Wet op het voortgezet onderwijs 2020 en is besproken in het OOGO met de drie gemeenten en in "
            "het overleg met de samenwerkingsverbanden primair onderwijs in de regio."),
          P("Het plan is een kaderstellend document. De uitwerking staat in het jaarplan, dat ieder jaar in "
            "juni door het algemeen bestuur wordt vastgesteld na instemming van de OPR."),
          ]
    b += [H1("2 Koers 2025-2029"),
          P("Onze koers voor de komende vier jaar rust op drie pijlers."),
          L(["Pijler 1 – Een sterke basis: deze pijler gaat over de ondersteuning die iedere school zelf biedt "
             "en over het mentoraat.",
             "Pijler 2 – Snel de juiste hulp: deze pijler gaat over de route van de school naar het Loket en "
             "de voorzieningen van het verband.",
             "Pijler 3 – Samen met de omgeving: deze pijler gaat over de samenwerking met jeugdhulp, gemeenten "
             "en mbo."]),
          P("Per pijler zijn in de werksessies met scholen en partners thema's verzameld, zoals het versterken "
            "van het mentoraat, de inzet van jeugdhulp in de school en de aansluiting op het mbo. Welke "
            "resultaten wij per pijler willen bereiken, formuleren wij in het jaarplan 2025-2026, nadat de "
            "nulmeting in het najaar van 2025 is afgerond."),
          P("De koers is tot stand gekomen in vier werksessies met schoolleiders, ondersteuningscoördinatoren, "
            "leerlingen, ouders en medewerkers van de gemeenten. De opbrengst van die sessies is verwerkt in "
            "dit plan."),
          ]
    b += [H1("3 Ondersteuning in het voortgezet onderwijs"),
          H2("3.1 Basisondersteuning"),
          P("Alle scholen in Rivierenrand bieden dezelfde basisondersteuning. Dat is afgesproken door de "
            "besturen en geldt voor iedere vestiging, ongeacht onderwijstype. Een leerling of ouder kan op "
            "iedere school ten minste het volgende verwachten:"),
          L(["een mentor die de leerling kent en minimaal drie keer per jaar een individueel gesprek voert;",
             "een ondersteuningscoördinator en een zorgadviesteam (ZAT) dat elke zes weken bijeenkomt;",
             "begeleiding bij dyslexie en dyscalculie, met faciliteiten zoals extra tijd, vergroot lettertype "
             "en voorleessoftware;",
             "trainingen in sociale vaardigheden en faalangstreductie;",
             "ondersteuning bij plannen en organiseren (executieve functies), onder meer via huiswerkklassen;",
             "een vaste plek om tot rust te komen (time-in ruimte) en afspraken over check-in/check-out;",
             "toegang tot een orthopedagoog of psycholoog van het bestuur of van het verband;",
             "een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische ziekte."]),
          P("Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning organiseert. Het "
            "verband bezoekt jaarlijks iedere school voor een gesprek over de ondersteuning, waarbij de "
            "afspraken over basisondersteuning het uitgangspunt zijn."),
          H2("3.2 De ondersteuningsroute"),
          P("Als de basisondersteuning niet voldoende is, bespreekt de school de leerling in het ZAT. Het ZAT "
            "stelt samen met de leerling en de ouders een ontwikkelingsperspectief op en bepaalt welke extra "
            "ondersteuning nodig is. De school kan daarvoor een arrangement inzetten uit het eigen budget of "
            "een aanvraag doen bij het Loket van het verband."),
          P("Het Loket heeft voor iedere school een vaste trajectbegeleider. De trajectbegeleider denkt mee, "
            "sluit zo nodig aan bij het ZAT en kan een plek in een bovenschoolse voorziening regelen."),
          H2("3.3 Arrangementen en voorzieningen"),
          T([["Voorziening", "Voor wie", "Duur"],
             ["Schoolarrangement (eigen school)", "leerlingen met een tijdelijke extra ondersteuningsbehoefte",
              "maximaal één schooljaar"],
             ["Rebound Rivierenrand", "leerlingen die door gedrag tijdelijk niet in de klas kunnen functioneren",
              "maximaal twaalf weken"],
             ["OPDC De Overstap", "leerlingen die een langere periode in een kleine setting moeten werken aan "
              "terugkeer naar het regulier onderwijs", "maximaal twee jaar"],
             ["Onderwijs-zorgarrangement De Brug", "leerlingen die onderwijs combineren met behandeling",
              "op maat"],
             ["Vso De Horizon en vso Het Anker", "leerlingen met een TLV", "volgens TLV"]]),
          ]
    b += [H1("4 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Rivierenrand hanteert voor het leerwegondersteunend onderwijs (lwoo) en het praktijkonderwijs "
            "(pro) de landelijke criteria. Het verband heeft er bewust voor gekozen geen eigen criteria voor "
            "lwoo vast te stellen."),
          P("Procedure: de basisschool levert vóór 1 februari van groep 8 het onderwijskundig rapport en de "
            "gegevens van het leerlingvolgsysteem aan. Het voortgezet onderwijs waar de leerling is aangemeld "
            "vraagt namens het bevoegd gezag de aanwijzing lwoo of de toelaatbaarheid tot pro aan bij de "
            "Commissie Toewijzing van het verband. De commissie beslist binnen vier weken. Zo nodig laat de "
            "commissie aanvullend psychologisch onderzoek uitvoeren."),
          P("Criteria lwoo: een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste "
            "twee van de domeinen begrijpend lezen, technisch lezen, inzichtelijk rekenen en spelling, "
            "waarvan één domein begrijpend lezen of inzichtelijk rekenen is; of een IQ tussen 91 en 120 met "
            "dezelfde leerachterstand en een sociaal-emotionele problematiek die het leren belemmert. "
            "Criteria pro: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste "
            "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is."),
          P("De aanwijzing lwoo geldt voor de duur van de opleiding. Een TLV voor het praktijkonderwijs geldt "
            "voor de duur van de opleiding."),
          ]
    b += [H1("5 Voortgezet speciaal onderwijs"),
          H2("5.1 Toelaatbaarheidsverklaring"),
          P("Voor toelating tot het vso is een toelaatbaarheidsverklaring (TLV) van het verband nodig. De "
            "aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven, "
            "of, als de leerling nog nergens staat ingeschreven, door de vso-school waar de leerling is "
            "aangemeld. Bij de aanvraag horen het OPP, een verslag van het ZAT, de zienswijze van ouders en, "
            "vanaf 12 jaar, ook de zienswijze van de leerling."),
          P("De Commissie Toewijzing vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
            "afhankelijk van de problematiek, een kinder- en jeugdpsychiater, een arts, een maatschappelijk "
            "werker of een pedagoog. De deskundigen zijn niet betrokken geweest bij de begeleiding van de "
            "leerling. De commissie beslist binnen zes weken."),
          P("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief en langdurig is "
            "dat deze niet binnen het regulier voortgezet onderwijs kan worden geboden, ook niet met inzet van "
            "het OPDC of een onderwijs-zorgarrangement, en als de leerling is aangewezen op een "
            "onderwijsomgeving met een kleine groep, specialistische begeleiding en een aangepast programma. "
            "De commissie legt vast welke bekostigingscategorie (laag, midden of hoog) van toepassing is."),
          P("Een TLV wordt in de regel afgegeven voor twee schooljaren, met een maximum van vier. Tegen het "
            "besluit kunnen ouders binnen zes weken bezwaar maken bij het verband. Het verband legt het "
            "bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
          H2("5.2 Na afloop van de TLV"),
          P("In het laatste schooljaar van de TLV beoordeelt de vso-school, uiterlijk in de OPP-evaluatie van "
            "oktober, of de leerling kan overstappen naar het regulier voortgezet onderwijs of het mbo. Bij een "
            "positief advies meldt de vso-school de leerling, met instemming van ouders, aan bij een vo-school "
            "en informeert zij de trajectbegeleider van het verband. De overdracht vindt plaats in een "
            "driegesprek tussen vso-school, vo-school en ouders. Als de vso-school van oordeel is dat de "
            "leerling het vso nog nodig heeft, vraagt zij vóór 1 maart een nieuwe TLV aan; de Commissie "
            "Toewijzing beslist daarover volgens de procedure in 5.1."),
          P("Een visie op terug- en overplaatsing, met daarin de uitgangspunten en de ondersteuning na terugkeer, "
            "stellen wij in het eerste planjaar op samen met de vso-scholen."),
          ]
    b += [H1("6 Dekkend netwerk en thuiszitters"),
          P("Rivierenrand heeft de wettelijke opdracht om te zorgen voor een dekkend netwerk van voorzieningen. "
            "Dat betekent dat er voor iedere jongere een passende plek moet zijn. Om te weten waar dat niet "
            "lukt, houdt het Loket een register bij van alle jongeren voor wie geen passende plek is gevonden "
            "of die op een wachtlijst staan. Dit register wordt iedere maand besproken in de Thuiszitterstafel, "
            "waaraan leerplicht, jeugdhulp, de trajectbegeleiders en de betrokken scholen deelnemen."),
          P("Voor iedere jongere op het register wordt een casusregisseur aangewezen. Lukt het niet binnen zes "
            "weken om een oplossing te vinden, dan escaleert de casusregisseur naar de directeur-bestuurder, die "
            "doorzettingsmacht heeft. Een aanvraag voor vrijstelling van de leerplicht wordt altijd eerst in "
            "de Thuiszitterstafel besproken."),
          P("Eenmaal per jaar, in het voorjaar, analyseert het verband het register en de wachtlijsten. Waar "
            "structurele tekorten zichtbaar worden, doet de directeur-bestuurder het algemeen bestuur een "
            "voorstel om het aanbod aan te passen. Uit de analyse van 2024 bleek een tekort aan plekken voor "
            "jongeren met angstproblematiek die niet naar een grote school kunnen; daarvoor start in "
            "augustus 2025 een kleinschalige havo-vwo-voorziening op een van de scholen in Dijkhaven."),
          ]
    b += [H1("7 Ouders en leerlingen"),
          P("Ouders en leerlingen moeten kunnen weten wat zij van de scholen en het verband mogen verwachten. "
            "Het verband informeert hen op verschillende manieren. Op de website staat per school welke "
            "ondersteuning er is, welke voorzieningen het verband heeft en hoe de procedures voor lwoo, pro en "
            "vso verlopen. In groep 8 ontvangen alle ouders via de basisschool de brochure 'Extra "
            "ondersteuning in het vo'. Tijdens de open dagen van de vo-scholen is de "
            "ondersteuningscoördinator aanwezig. Het Loket heeft een telefonisch spreekuur voor ouders op "
            "dinsdag- en donderdagochtend."),
          P("Soms zijn ouders of leerlingen het niet eens met een school of met het verband, of willen zij "
            "advies van iemand die onafhankelijk is. Zij kunnen dan terecht bij het Steunpunt Ouders & "
            "Jongeren Rivierenrand, het ouder- en jeugdsteunpunt van de regio. Het steunpunt wordt uitgevoerd "
            "door een onafhankelijke stichting en is kosteloos. Ouders kunnen daarnaast de Onderwijsconsulenten "
            "inschakelen. Bij een geschil over toelating, verwijdering of het OPP kunnen zij naar de "
            "Geschillencommissie passend onderwijs."),
          P("Leerlingen hebben hoorrecht: zij praten mee over hun eigen ontwikkelingsperspectief. In de OPR "
            "hebben ouders en leerlingen samen de helft van de zetels."),
          ]
    b += [H1("8 Kwaliteitszorg en verantwoording"),
          P("Rivierenrand werkt met een vaste kwaliteitscyclus. Iedere drie maanden stelt het bureau een "
            "dashboard op met kengetallen: het aantal aanvragen bij het Loket, de doorlooptijd van TLV-"
            "aanvragen, het aantal leerlingen in rebound en OPDC, het aantal thuiszitters en vrijstellingen, "
            "het deelnamepercentage vso en pro ten opzichte van het landelijk gemiddelde en het aantal "
            "leerlingen dat vanuit het OPDC is teruggekeerd naar een reguliere school."),
          P("Het dashboard wordt besproken in het algemeen bestuur en twee keer per jaar met de OPR. Eenmaal per "
            "jaar houdt het verband een tevredenheidspeiling onder scholen, ouders en leerlingen die gebruik "
            "hebben gemaakt van het Loket. In het jaarverslag worden de kengetallen over het afgelopen jaar "
            "gepresenteerd en vergeleken met voorgaande jaren, samen met een toelichting op de besteding van "
            "de middelen per voorziening."),
          P("In 2024 telde het verband 38 nieuwe TLV's voor het vso, 214 leerlingen met een aanwijzing lwoo in "
            "het eerste leerjaar en 11 thuiszitters op de peildatum. 46 leerlingen verlieten het OPDC, van wie "
            "39 naar een reguliere school."),
          ]
    b += [H1("9 Financiën"),
          P("Rivierenrand ontvangt middelen voor lichte en zware ondersteuning, voor lwoo en voor pro. De "
            "middelen voor lwoo en pro worden volledig doorgezet naar de scholen die dat onderwijs verzorgen."),
          P("De wijze waarop de overige middelen aan de besturen worden toegekend, wordt in het schooljaar "
            "2025-2026 opnieuw bekeken in het kader van de herijking van het financieel beleid. Tot de "
            "herijking is afgerond, blijven de afspraken uit het Financieel Kader 2021 van kracht."),
          T([["(x 1.000 euro)", "2025", "2026", "2027", "2028"],
             ["Baten lichte ondersteuning", "3.950", "3.920", "3.880", "3.850"],
             ["Baten zware ondersteuning", "9.870", "9.800", "9.720", "9.650"],
             ["Baten lwoo en pro", "11.240", "11.160", "11.050", "10.980"],
             ["Afdrachten vso (DUO)", "6.820", "6.790", "6.760", "6.730"],
             ["Doorbetaling lwoo en pro aan scholen", "11.240", "11.160", "11.050", "10.980"],
             ["Toekenning aan schoolbesturen", "4.100", "4.050", "4.000", "3.950"],
             ["OPDC De Overstap en Rebound", "1.480", "1.500", "1.520", "1.540"],
             ["Onderwijs-zorgarrangement De Brug", "380", "380", "380", "380"],
             ["Loket, trajectbegeleiding en bureau", "1.180", "1.190", "1.200", "1.210"],
             ["Resultaat", "-140", "-190", "-260", "-310"]]),
          P("De negatieve resultaten zijn bewust begroot: het verband bouwt daarmee de reserve af die in de "
            "vorige periode is ontstaan. Eind 2028 ligt het weerstandsvermogen naar verwachting rond de "
            "signaleringswaarde."),
          ]
    b += [H1("10 Organisatie")] + filler_governance(c, 3) + filler_opr(c, True, "5 maart 2025")
    b += [H2("10.1 Personeel en privacy")] + filler_personeel(c, 2)[:2] + filler_ict_privacy(c, "Onderwijs Transparant")
    b += [H1("11 Samenwerking met gemeenten en mbo"),
          P("Met de gemeenten Dijkhaven, Waalwerd en Lingeveen voert het verband twee keer per jaar OOGO. In de "
            "OOGO-agenda staan de inzet van jeugdhulp in en om de school, thuiszitters, leerlingenvervoer, "
            "huisvesting van het OPDC en de aansluiting op de arbeidsmarkt. Iedere vo-school heeft een "
            "schoolmaatschappelijk werker en een jeugdarts van de GGD."),
          P("Met de mbo-instellingen in de regio is afgesproken dat leerlingen met een ondersteuningsbehoefte "
            "een warme overdracht krijgen. Voor leerlingen uit het pro en vso die naar entree-opleidingen "
            "gaan, is er een gezamenlijk overstapprogramma."),
          ]
    b += [H2("11.1 Landelijke ontwikkelingen")] + filler_landelijk(c) + [H2("11.2 Leerlingaantallen")] + filler_krimp(c)
    b += [H2("11.3 Totstandkoming van dit plan")] + filler_totstandkoming(c, "29 januari 2025", "5 maart 2025", "26 maart 2025")
    b += [H1("Begrippen en afkortingen")] + begrippen([
        ["Basisondersteuning", "Ondersteuning die alle vo-scholen van het verband bieden."],
        ["Beoogde resultaten", "Wat het verband wil bereiken voor leerlingen met een ondersteuningsbehoefte."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Pro", "Praktijkonderwijs."],
        ["Terugplaatsing", "Overstap van vso naar regulier vo."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "Afspraken over de toekenning van middelen aan besturen."],
        ["ZAT", "Zorgadviesteam."]])
    return b


def label_rivierenrand(docs):
    return write_label(
        "vo-rivierenrand-2025-2029", docs, "vo",
        crit_false={"terugstroom.beleid", "financien.verdeling", "resultaten.doelen"},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "3.1: same basisondersteuning for every vestiging, eight concrete provisions; yearly school visit (borging, thin).",
               "plaatsing": "Ch. 4 lwoo/pro (landelijke criteria spelled out, Commissie Toewijzing, four weeks) and 5.1 vso: applicant, dossier, two deskundigen, six weeks, criteria, categorie, duration, bezwaar.",
               "terugstroom": "5.2 procedure (last TLV year, OPP-evaluatie oktober, aanmelding, driegesprek, new TLV before 1 maart); policy deferred ('Een visie op terug- en overplaatsing ... stellen wij in het eerste planjaar op'). OPDC return figures in ch. 8 count as monitoring.",
               "financien": "Ch. 9: meerjarenbegroting table with amounts (besteding); allocation to boards deferred and referred to the absent 'Financieel Kader 2021'; 'Toekenning aan schoolbesturen' is only a total.",
               "dekkend-aanbod": "3.2-3.3 route + voorzieningen table (rebound, OPDC, OZA, vso); ch. 6 register, Thuiszitterstafel, escalation, yearly analysis with new voorziening.",
               "resultaten": "Ch. 2 'Koers' defers results to jaarplan 2025-2026 ('Welke resultaten wij per pijler willen bereiken, formuleren wij ...'); ch. 8 describes quarterly dashboard, peiling and jaarverslag with figures (monitoring).",
               "ouders": "Ch. 7: website per school, brochure in groep 8, open dagen, spreekuur; Steunpunt Ouders & Jongeren (OJSP), Onderwijsconsulenten, Geschillencommissie; hoorrecht."})


# ======================================================================================
# Plan 5 — PO, Hunzedal, .html web version (basisondersteuning awaits landelijke norm,
#          money only on the website, continuum deferred to a sociale kaart)
# ======================================================================================
def plan_hunzedal():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Hunzedal", afk="Hunzedal",
             besturen="zeven", scholen="48", gemeenten="Hunzedal, Veenhorst en Exloërmond-Noord",
             hoofdplaats="Veenhorst", fte_bureau="8")
    b = []
    b.append(TITLE(["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Passend Primair Onderwijs Hunzedal (PO 21-09)",
                    "Webversie – vastgesteld door de algemene ledenvergadering op 2 april 2025"]))
    b.append(TOC([("Voorwoord", ""), ("1 Over Hunzedal", ""), ("2 Terugblik en resultaten 2021-2025", ""),
                  ("3 Ambities 2025-2029", ""), ("4 Basisondersteuning", ""),
                  ("5 Naar het speciaal (basis)onderwijs en terug", ""), ("6 Passend aanbod voor ieder kind", ""),
                  ("7 Ouders", ""), ("8 Kwaliteit", ""), ("9 Middelen", ""), ("10 Organisatie en samenwerking", ""),
                  ("11 Medewerkers", ""), ("Begrippenlijst", "")]))
    b += [H1("Voorwoord"),
          P("Beste lezer, welkom bij de webversie van ons ondersteuningsplan. Wij hebben ervoor gekozen het plan "
            "dit keer vooral online te publiceren, in korte hoofdstukken die u los van elkaar kunt lezen. Een "
            "pdf-versie kunt u downloaden onderaan deze pagina."),
          P("Hunzedal is een klein verband met een groot gebied. Onze scholen liggen verspreid over dorpen en "
            "veenkoloniale linten. Dat maakt samenwerking soms lastig, maar ook noodzakelijk: geen school kan "
            "het alleen. In de afgelopen vier jaar hebben de scholen laten zien dat zij elkaar weten te vinden."),
          P("In dit plan kijken wij terug op wat wij hebben bereikt en vooruit naar wat wij willen bereiken. "
            "Wij zijn eerlijk over wat nog niet af is. Een aantal onderdelen werken wij de komende tijd verder "
            "uit, onder meer omdat landelijke besluiten nog op zich laten wachten."),
          P("Anneke Drenth, directeur"),
          H1("1 Over Hunzedal"),
          P("Hunzedal is een vereniging van zeven schoolbesturen. Samen hebben zij 48 basisscholen, één school "
            "voor speciaal basisonderwijs (sbo De Veenbloem) en een so-school met afdelingen voor cluster 3 en "
            "cluster 4 (so De Horizon). In totaal gaan ruim 6.900 kinderen naar een school in ons verband."),
          P("Het gebied omvat de gemeenten Hunzedal, Veenhorst en Exloërmond-Noord. In alle drie gemeenten "
            "neemt het aantal kinderen af. Tegelijk zien scholen een toename van kinderen met complexe "
            "vragen, vaak in combinatie met armoede of problemen thuis."),
          ] + filler_governance(c, 2)
    b += [H1("2 Terugblik en resultaten 2021-2025"),
          P("In het vorige plan hadden wij vier doelen. Hieronder staat wat ervan terecht is gekomen. De "
            "cijfers komen uit onze eigen registratie, uit de telling van DUO en uit de jaarlijkse "
            "thuiszittersmonitor van de gemeenten."),
          T([["Doel 2021-2025", "Streefwaarde", "Bereikt (2024)"],
             ["Minder kinderen naar het sbo", "deelname sbo onder 2,5%", "2,3% – behaald"],
             ["Geen lange thuiszitters", "0 kinderen langer dan 3 maanden thuis", "3 kinderen – niet behaald"],
             ["Snellere TLV-besluiten", "90% binnen zes weken", "94% – behaald"],
             ["Meer terugplaatsingen", "10 per jaar vanuit sbo en so", "gemiddeld 7 per jaar – deels"]]),
          P("Vooral het terugdringen van langdurig thuiszitten is niet gelukt. Bij alle drie kinderen ging het "
            "om een combinatie van angst, autisme en een gebrek aan passend aanbod dichtbij. Dat is een "
            "belangrijke reden voor de nieuwe aanpak in hoofdstuk 6."),
          H1("3 Ambities 2025-2029"),
          P("Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2029 het volgende bereikt "
            "hebben:"),
          L(["Geen enkel kind zit langer dan acht weken thuis zonder passend aanbod (nu: 3 kinderen langer "
             "dan drie maanden).",
             "Jaarlijks keren ten minste 10 leerlingen vanuit sbo of so terug naar een basisschool, en 80% van "
             "hen zit een jaar later nog op die school.",
             "De deelname aan het sbo blijft onder 2,3% en aan het so onder 1,8%.",
             "Ouders die te maken hebben met het verband geven gemiddeld ten minste een 7,5 voor de "
             "bereikbaarheid en duidelijkheid van het verband (nu 6,9)."]),
          H1("4 Basisondersteuning"),
          P("Dit hoofdstuk wordt herschreven zodra de landelijke norm voor basisondersteuning wettelijk is "
            "vastgelegd. De besturen hebben afgesproken tot die tijd de afspraken uit het ondersteuningsplan "
            "2021-2025 aan te houden. Zodra de norm bekend is, leggen wij de aangepaste tekst ter instemming "
            "voor aan de OPR."),
          ]
    b += [H1("5 Naar het speciaal (basis)onderwijs en terug"),
          H2("5.1 De aanvraag"),
          P("Een kind kan alleen naar sbo De Veenbloem of so De Horizon als het samenwerkingsverband heeft "
            "verklaard dat het daar toelaatbaar is. De basisschool waar het kind ingeschreven staat, doet de "
            "aanvraag, nadat de school het kind met ouders heeft besproken in het multidisciplinair overleg "
            "(MDO). De school stuurt het groeidocument, de verslagen van het MDO en de mening van de ouders "
            "naar het Loket Hunzedal."),
          P("De Toelaatbaarheidscommissie van het verband (TLC) leest het dossier en vraagt twee deskundigen "
            "om ieder een eigen advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een "
            "jeugdarts, maatschappelijk werker of kinderpsychiater. Binnen zes weken ontvangen ouders en "
            "school het besluit van de directeur, met de adviezen erbij. Kunnen ouders zich niet vinden in "
            "het besluit, dan kunnen zij binnen zes weken bezwaar maken; wij vragen dan advies aan de "
            "Landelijke Bezwaaradviescommissie."),
          H2("5.2 Wanneer is een kind toelaatbaar?"),
          P("Wij geven een TLV voor het sbo af als de basisschool samen met ouders en het MDO minstens een half "
            "jaar een arrangement heeft uitgevoerd, dit heeft geëvalueerd, en het kind daarna nog steeds "
            "meer nodig heeft dan een basisschool kan bieden: een kleine groep, de hele dag, met een "
            "aangepast programma. Voor het so geldt daarnaast dat het kind specialistische zorg of "
            "behandeling nodig heeft die ook het sbo niet kan bieden, bijvoorbeeld bij een verstandelijke "
            "beperking of ernstige psychiatrische problemen. De TLC bepaalt dan ook de categorie (laag, midden "
            "of hoog)."),
          P("Een TLV voor het sbo loopt tot het einde van de basisschooltijd; een TLV voor het so geldt twee "
            "schooljaren."),
          H2("5.3 Terug naar de basisschool"),
          P("Wij vinden dat een kind na een periode in het sbo of so, als het even kan, weer naar een gewone "
            "basisschool dichtbij huis moet kunnen. Dat lukt alleen als de basisschool goed wordt voorbereid "
            "en het kind na de overstap steun krijgt. Daarom krijgt ieder kind dat terugkeert een jaar lang "
            "begeleiding van een leerkracht van de sbo- of so-school, die ook de nieuwe leerkracht coacht."),
          P("Hoe gaat dat in zijn werk? Eén keer per jaar, in januari, bekijkt de sbo- of so-school bij ieder "
            "kind of terugkeer mogelijk is. Dat gebeurt in het gesprek over het OPP, samen met ouders. Denkt "
            "de school dat terugkeer mogelijk is, dan meldt zij dit bij het Loket. Een consulent zoekt samen "
            "met ouders een basisschool en organiseert een overdrachtsgesprek. De TLC stelt vast dat de TLV "
            "eindigt op de datum van overstap. Na drie en na twaalf maanden is er een evaluatie met ouders en "
            "beide scholen. Loopt de TLV af en is terugkeer nog niet mogelijk, dan vraagt de school vóór "
            "1 april een nieuwe TLV aan."),
          ]
    b += [H1("6 Passend aanbod voor ieder kind"),
          P("Een overzicht van alle arrangementen, voorzieningen en samenwerkingspartners in Hunzedal brengen "
            "wij onder in een sociale kaart. Die kaart stellen wij in het schooljaar 2025-2026 samen met de "
            "gemeenten op; zij vervangt dan de oude arrangementenwijzer."),
          P("Waar wij nu al op inzetten, is het opsporen en oplossen van gaten in ons aanbod. Iedere school "
            "meldt kinderen voor wie zij geen passende plek of ondersteuning kan vinden bij het Loket. Het Loket "
            "houdt deze meldingen bij, samen met de wachtlijsten van sbo en so en de thuiszitters die "
            "leerplicht meldt. Elk kwartaal bespreekt de directeur deze lijst met de bestuurders. Voor ieder "
            "kind dat langer dan vier weken thuis zit, is er binnen een week een overleg met ouders, school, "
            "leerplicht en het gebiedsteam, en wordt een casusregisseur aangewezen."),
          P("Uit de meldingen van 2024 blijkt dat het vooral ontbreekt aan een plek voor jonge kinderen met "
            "ernstige gedragsproblemen en aan onderwijs voor kinderen die door angst niet naar school kunnen. "
            "Voor de eerste groep start so De Horizon in augustus 2025 een kleine instroomgroep. Voor de "
            "tweede groep ontwikkelen wij met de gemeenten een onderwijs-zorgvoorziening; het besluit daarover "
            "valt in het voorjaar van 2026. Lukt het in een individueel geval niet om binnen acht weken een "
            "plek te vinden, dan neemt de directeur de regie en kan zij een bestuur vragen een kind tijdelijk "
            "te plaatsen."),
          ]
    b += [H1("7 Ouders"),
          P("Ouders zijn onmisbaar. Zij zitten aan tafel bij het MDO en denken mee over het OPP van hun kind. "
            "Ook in de OPR hebben ouders een belangrijke stem."),
          P("Hoe wij ouders informeren over het ondersteuningsaanbod van de scholen en het verband, leggen wij "
            "vast in een communicatieplan. Dat plan verschijnt in het voorjaar van 2026, na de evaluatie van "
            "onze huidige website."),
          P("Ouders die vastlopen of een vraag hebben die zij liever niet aan school of verband stellen, "
            "kunnen terecht bij het Ouder- en Kindsteunpunt Hunzedal. Het steunpunt is onafhankelijk: het "
            "wordt uitgevoerd door de welzijnsorganisatie Dorpenzorg en werkt uitsluitend in het belang van het "
            "kind. Een ouderconsulent is telefonisch bereikbaar op werkdagen en houdt iedere woensdag een "
            "inloopspreekuur in de bibliotheek van Veenhorst. Ouders kunnen ook gratis advies vragen aan de "
            "Onderwijsconsulenten. Bij een klacht over het verband geldt de klachtenregeling; geschillen over "
            "toelating of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          ]
    b += [H1("8 Kwaliteit"),
          P("Wij willen weten of wij onze ambities halen. Daarom volgen wij de cijfers uit hoofdstuk 3 "
            "nauwgezet. Het Loket registreert iedere aanvraag, iedere TLV, iedere terugplaatsing en iedere "
            "melding van een kind zonder passende plek. Twee keer per jaar stelt het bureau een "
            "kwaliteitsrapportage op, waarin per ambitie de stand wordt vergeleken met de streefwaarde. De "
            "rapportage wordt besproken met de bestuurders, de directeuren en de OPR."),
          P("Eén keer per jaar houden wij een korte peiling onder ouders die met het Loket te maken hebben "
            "gehad. In het jaarverslag staan de bereikte resultaten over het afgelopen jaar, met een "
            "toelichting als een ambitie achterblijft en de maatregelen die wij dan nemen."),
          ]
    b += [H1("9 Middelen"),
          P("Hunzedal ontvangt van de rijksoverheid middelen voor passend onderwijs. De verdeling van deze "
            "middelen en de meerjarenbegroting worden ieder jaar door de algemene ledenvergadering vastgesteld "
            "en daarna gepubliceerd op www.hunzedal-po.nl/middelen. Vragen over de middelen kunt u stellen aan "
            "het bureau."),
          ]
    b += [H1("10 Organisatie en samenwerking"),
          P("Met de drie gemeenten voeren wij OOGO over onder meer jeugdhulp op school, leerlingenvervoer en "
            "thuiszitters. In iedere gemeente is een gebiedsteam; iedere school heeft een vaste contactpersoon "
            "in dat team. Het concept van dit plan is op 29 januari 2025 in het OOGO besproken."),
          ] + filler_opr(c, True, "5 maart 2025")
    b += [H1("11 Medewerkers")] + filler_personeel(c, 1) + filler_ict_privacy(c, "Kindkans")
    b += filler_landelijk(c)
    b += [H2("Integriteit")] + filler_integriteit(c) + [H2("Samenwerking met andere verbanden")] + filler_bovenregionaal(c)
    b += [H2("Huisvesting")] + filler_huisvesting(c)
    b += [H2("Communicatie met scholen")] + filler_communicatie_scholen(c) + [H2("Leerlingaantallen")] + filler_krimp(c)
    b += [H2("Totstandkoming")] + filler_totstandkoming(c, "29 januari 2025", "5 maart 2025", "2 april 2025")
    b += [H1("Begrippenlijst")] + begrippen([
        ["Basisondersteuning", "Wat iedere school in Hunzedal minimaal biedt aan ondersteuning."],
        ["Dekkend aanbod", "Voor ieder kind een passende plek."],
        ["Meerjarenbegroting", "Begroting van het verband voor vier jaar."],
        ["MDO", "Multidisciplinair overleg."],
        ["OPP", "Ontwikkelingsperspectief."],
        ["Schoolgids", "Gids waarin de school ouders informeert over onderwijs en ondersteuning."],
        ["TLC", "Toelaatbaarheidscommissie."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "Regels volgens welke het verband geld verdeelt over besturen en scholen."]])
    return b


def label_hunzedal(docs):
    return write_label(
        "po-hunzedal-2025-2029", docs, "po",
        crit_false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
                    "financien.besteding", "dekkend-aanbod.continuum", "ouders.informatie"},
        missing={"basisondersteuning", "financien"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 only defers ('wordt herschreven zodra de landelijke norm ... ; tot die tijd de afspraken uit het ondersteuningsplan 2021-2025'); definition only in begrippenlijst.",
               "plaatsing": "5.1-5.2 in plain language: applicant, dossier, TLC, two deskundigen, six weeks, bezwaar via LBT; criteria sbo/so, categorie and duration.",
               "terugstroom": "5.3 'Terug naar de basisschool': policy (thuisnabij, one year begeleiding) and procedure (yearly check in januari, Loket, TLC ends TLV, evaluations, new TLV before 1 april); terugplaatsing figures in ch. 2.",
               "financien": "Ch. 9 'Middelen' only refers to the website for verdeling and meerjarenbegroting; verdeelmodel/meerjarenbegroting only in begrippenlijst.",
               "dekkend-aanbod": "Overview of arrangementen/voorzieningen deferred to a sociale kaart (2025-2026); gaps handled concretely in ch. 6 (Loket register, quarterly review, casusregisseur, new instroomgroep); OOGO in ch. 10.",
               "resultaten": "Ch. 2 achieved results vs targets, ch. 3 ambities with numbers, ch. 8 twice-yearly kwaliteitsrapportage and jaarverslag.",
               "ouders": "Ch. 7: informing parents deferred to a communicatieplan (voorjaar 2026); independent Ouder- en Kindsteunpunt, Onderwijsconsulenten, klachten/Geschillencommissie described."})


# ======================================================================================
# Near-miss — a school-level "ondersteuningsplan" of one basisschool (.docx)
# ======================================================================================
def nearmiss_regenboog():
    b = []
    b.append(TITLE(["Ondersteuningsplan 2025-2026",
                    "CBS De Regenboog, Heerveld",
                    "Onderdeel van Stichting Christelijk Primair Onderwijs Heerveld, aangesloten bij "
                    "Samenwerkingsverband Passend Onderwijs De Lindenkring (PO 29-11)",
                    "Vastgesteld door het schoolteam op 2 september 2025; de MR heeft ingestemd op 16 september 2025"]))
    b.append(PB())
    b.append(TOC([("1 Inleiding", 2), ("2 Onze school", 2), ("3 De ondersteuningsstructuur: vijf niveaus", 3),
                  ("4 Basisondersteuning op De Regenboog", 5), ("5 Extra ondersteuning via het samenwerkingsverband", 6),
                  ("6 Verwijzing naar sbo of so en terugplaatsing", 7), ("7 Ouders", 8),
                  ("8 Middelen en formatie", 8), ("9 Jaarplanning zorg", 9), ("10 Evaluatie en resultaten", 10)]))
    b.append(PB())
    b += [H1("1 Inleiding"),
          P("In dit ondersteuningsplan beschrijft CBS De Regenboog hoe de zorg en ondersteuning voor leerlingen "
            "op onze school is georganiseerd. Het plan is bedoeld voor het team, voor invalleerkrachten en voor "
            "ouders die willen weten hoe wij werken. Het plan wordt ieder schooljaar bijgesteld door de intern "
            "begeleider en de directeur."),
          P("Dit plan is een uitwerking van ons schoolondersteuningsprofiel (SOP) en van het ondersteuningsplan "
            "van samenwerkingsverband De Lindenkring. Waar het samenwerkingsverband de regionale afspraken "
            "maakt, beschrijven wij hier hoe wij die afspraken op onze eigen school uitvoeren."),
          H1("2 Onze school"),
          P("CBS De Regenboog is een christelijke basisschool in de wijk Lindehof in Heerveld, met 312 "
            "leerlingen in dertien groepen. Ongeveer een kwart van de leerlingen spreekt thuis een andere taal "
            "dan het Nederlands. Het team bestaat uit 24 medewerkers, onder wie een intern begeleider (0,8 fte), "
            "een onderwijsassistent voor de onderbouw en een specialist gedrag."),
          P("Onze visie op ondersteuning: ieder kind hoort erbij. Wij stemmen ons onderwijs af op verschillen "
            "tussen kinderen en werken handelingsgericht. Wij kijken naar wat een kind nodig heeft en wat de "
            "leerkracht nodig heeft om dat te bieden."),
          H1("3 De ondersteuningsstructuur: vijf niveaus"),
          P("Op De Regenboog werken wij met vijf ondersteuningsniveaus. Ieder niveau beschrijft wie "
            "verantwoordelijk is en welke stappen worden gezet."),
          T([["Niveau", "Omschrijving", "Wie"],
             ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie instructiegroepen.", "leerkracht"],
             ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, korte interventies.", "leerkracht"],
             ["3", "Speciale zorg na intern overleg: handelingsplan na leerlingbespreking met de IB'er.",
              "leerkracht en IB'er"],
             ["4", "Speciale zorg met externe deskundigen: bespreking in het ondersteuningsteam (OT) met de "
              "orthopedagoog van het samenwerkingsverband; eventueel een arrangement.", "IB'er, OT, ouders"],
             ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring voor sbo of so via het bestuur.",
              "directeur, IB'er, bestuur"]]),
          P("Groepsbesprekingen vinden drie keer per jaar plaats: in oktober, februari en juni. De leerkracht "
            "bereidt de bespreking voor met het groepsoverzicht. Leerlingbesprekingen vinden plaats op "
            "aanvraag van de leerkracht en in ieder geval na de toetsperiodes van januari en juni."),
          P("Het OT komt zes keer per jaar bijeen. Vaste leden zijn de IB'er, de directeur, de orthopedagoog "
            "van het samenwerkingsverband en de schoolmaatschappelijk werker. Ouders worden altijd uitgenodigd "
            "als hun kind wordt besproken."),
          H1("4 Basisondersteuning op De Regenboog"),
          P("Onze school biedt de basisondersteuning die binnen De Lindenkring is afgesproken. Concreet betekent "
            "dat op onze school onder meer:"),
          L(["dyslexieprotocol met extra leesbegeleiding vanaf groep 3 en het programma Bouw! voor risicolezers;",
             "een rekenspecialist die interventiegroepjes begeleidt in groep 4 tot en met 6;",
             "de Kanjertraining in alle groepen en een jaarlijkse monitor sociale veiligheid;",
             "een plusgroep voor meer- en hoogbegaafde leerlingen van groep 5 tot en met 8, een middag per week;",
             "NT2-ondersteuning door de onderwijsassistent voor kinderen die korter dan twee jaar in "
             "Nederland zijn;",
             "een protocol medisch handelen; twee teamleden hebben een BHV-diploma en een EHBO-diploma voor kinderen."]),
          P("Onze grenzen: wij kunnen geen kinderen opvangen die de hele dag één-op-één begeleiding nodig "
            "hebben of die verpleegkundige zorg nodig hebben die niet door een leerkracht kan worden gegeven. "
            "Het gebouw heeft geen lift."),
          H1("5 Extra ondersteuning via het samenwerkingsverband"),
          P("Als een leerling meer nodig heeft dan wij in de basisondersteuning bieden, bespreken wij de "
            "leerling in het OT. Het OT kan een arrangement aanvragen bij het Loket van De Lindenkring, "
            "bijvoorbeeld een expertisearrangement met ambulante begeleiding vanuit so Het Baken. Voor de "
            "aanvraag gebruiken wij het groeidocument in Kindkans. Wij stellen voor iedere leerling met een "
            "arrangement een ontwikkelingsperspectief (OPP) op en bespreken dat minimaal twee keer per jaar "
            "met ouders."),
          H1("6 Verwijzing naar sbo of so en terugplaatsing"),
          P("Als ook met een arrangement onvoldoende ontwikkeling mogelijk is, kan de school via het bestuur "
            "een toelaatbaarheidsverklaring (TLV) aanvragen. De IB'er stelt het dossier samen; de directeur "
            "ondertekent namens het bestuur. De procedure, de criteria en de deskundigen zijn vastgelegd door "
            "het samenwerkingsverband. Wij informeren ouders in ieder stadium."),
          P("Komt een leerling vanuit het sbo of so terug naar onze school, dan houden wij een "
            "overdrachtsgesprek met de school van herkomst en ouders, en bespreken wij de leerling na zes "
            "weken in het OT."),
          H1("7 Ouders"),
          P("Wij informeren ouders over de ondersteuning op onze school via de schoolgids, de website en de "
            "informatieavond aan het begin van het schooljaar. Bij zorgen nemen wij altijd eerst contact op met "
            "ouders. Ouders kunnen ook zelf een afspraak maken met de IB'er."),
          P("Ouders die onafhankelijk advies willen, verwijzen wij naar het Ouder- en Jeugdsteunpunt van het "
            "samenwerkingsverband en naar de Onderwijsconsulenten. Klachten behandelen wij volgens de "
            "klachtenregeling van ons bestuur."),
          H1("8 Middelen en formatie"),
          P("De school ontvangt via het bestuur een deel van het schoolbudget dat het samenwerkingsverband per "
            "leerling verdeelt. In 2025-2026 gaat het om ongeveer 57.000 euro. Wij zetten dit bedrag in voor "
            "de onderwijsassistent in de onderbouw (0,6 fte), de uren van de rekenspecialist en de plusgroep. "
            "De inzet wordt jaarlijks verantwoord aan het bestuur."),
          H1("9 Jaarplanning zorg"),
          T([["Maand", "Activiteit"],
             ["september", "startgesprekken met ouders; overdracht tussen leerkrachten"],
             ["oktober", "groepsbesprekingen ronde 1; OT"],
             ["januari", "toetsperiode; leerlingbesprekingen"],
             ["februari", "groepsbesprekingen ronde 2; OT; OPP-evaluaties"],
             ["juni", "toetsperiode; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]]),
          H1("10 Evaluatie en resultaten"),
          P("Aan het einde van ieder schooljaar evalueren de IB'er en de directeur dit plan. Wij kijken naar de "
            "resultaten van de leerlingen met een arrangement of OPP, naar de uitkomsten van de monitor sociale "
            "veiligheid en naar de eindtoets van groep 8. In schooljaar 2024-2025 behaalden 7 van de 9 "
            "leerlingen met een arrangement het doel uit hun OPP. De evaluatie wordt besproken met het team en "
            "de MR."),
          ]
    return b


# ======================================================================================
# main
# ======================================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    blocks = plan_lindenkring()
    name = "po-lindenkring-2025-2029.docx"
    write_docx(blocks, OUT / name, "De Lindenkring – Ondersteuningsplan 2025-2029", "De Lindenkring PO 29-11")
    report.append((name, word_count(blocks), label_lindenkring([name])))

    blocks = plan_deltawaarden()
    name = "po-deltawaarden-2025-2029.docx"
    write_docx(blocks, OUT / name, "Deltawaarden – Ondersteuningsplan 2025-2029 – CONCEPT",
               "Concept 0.9 – niet verspreiden")
    report.append((name, word_count(blocks), label_deltawaarden([name])))

    blocks = plan_kempenrand()
    name = "po-kempenrand-2024-2028.pdf"
    docx_to_pdf(blocks, OUT / name, "Ondersteuningsplan Kempenrand 2024-2028", "SWV PO Kempenrand")
    report.append((name, word_count(blocks), label_kempenrand([name])))

    blocks = plan_rivierenrand()
    name = "vo-rivierenrand-2025-2029.pdf"
    docx_to_pdf(blocks, OUT / name, "SWV VO Rivierenrand | Ondersteuningsplan 2025-2029",
                "Rivierenrand VO 27-04")
    report.append((name, word_count(blocks), label_rivierenrand([name])))

    blocks = plan_hunzedal()
    name = "po-hunzedal-2025-2029.html"
    write_html(blocks, OUT / name, "Ondersteuningsplan 2025-2029 | SWV PO Hunzedal",
               "© Samenwerkingsverband Passend Primair Onderwijs Hunzedal – Basisondersteuning – Financiën – "
               "Ouders – Contact")
    report.append((name, word_count(blocks), label_hunzedal([name])))

    blocks = nearmiss_regenboog()
    name = "school-regenboog-ondersteuningsplan-2025-2026.docx"
    write_docx(blocks, OUT / name, "CBS De Regenboog – Ondersteuningsplan 2025-2026", "CBS De Regenboog")
    write_label_not_plan(
        "school-regenboog-ondersteuningsplan-2025-2026", [name], "po",
        "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, OT, own "
        "budget share, MR consent); it implements the SWV plan but is not an ondersteuningsplan of a "
        "samenwerkingsverband (no OPR, OOGO, verdeelmodel, TLV decisions).")
    report.append((name, word_count(blocks), "not a plan"))

    for name, wc, status in report:
        print(f"{name}: {wc} words; {status}")


if __name__ == "__main__":
    sys.exit(main())
