#!/usr/bin/env python3
"""Generate holdout set 304: five fictional ondersteuningsplannen (VO-heavy) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", main, sub) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", [[..],..])
# ("toc", [..]) ("pagebreak",)
# ---------------------------------------------------------------------------


def P(t):
    return ("p", " ".join(t.split()))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TAB(rows):
    return ("table", rows)


def toc_from(blocks, extra=None):
    """Build a TOC from the h1/h2 headings with fake page numbers."""
    lines = []
    page = 3
    for b in blocks:
        if b[0] == "h1":
            page += 3
            lines.append(f"{b[1]} .......... {page}")
        elif b[0] == "h2":
            page += 1
            lines.append(f"    {b[1]} .......... {page}")
    return ("toc", lines + (extra or []))


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def render_docx(path, doc_title, blocks, header=None, footer=None):
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.title = doc_title
    d.core_properties.author = "Bureau samenwerkingsverband"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_paragraph(b[1], style="Title")
            for line in b[2]:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in b[1]:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "h1":
            d.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))


def render_html(path, doc_title, blocks, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc_title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f'<section class="titelpagina"><h1>{e(b[1])}</h1>')
            out += [f"<p>{e(x)}</p>" for x in b[2]]
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            out += [f"<li>{e(x.strip())}</li>" for x in b[1]]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    if footer:
        out.append(f'<footer class="site-footer"><p>{e(footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render_md(path, doc_title, blocks, header=None, footer=None):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
            out += [f"{x}  " for x in b[2]]
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out += [f"- {x.strip()}" for x in b[1]]
            out.append("")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out += [f"- {x}" for x in b[1]]
            out.append("")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(str(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    if footer:
        out.append(f"---\n\n*{footer}*\n")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout304_lo_"))
    try:
        profile = tmp / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = tmp / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_doc(name, fmt, doc_title, blocks, header=None, footer=None):
    """fmt: docx | pdf | html | md. Returns the file name written."""
    if fmt == "docx":
        render_docx(OUT / f"{name}.docx", doc_title, blocks, header, footer)
        return f"{name}.docx"
    if fmt == "pdf":
        tmp = Path(tempfile.mkdtemp(prefix="holdout304_docx_"))
        try:
            src = tmp / f"{name}.docx"
            render_docx(src, doc_title, blocks, header, footer)
            docx_to_pdf(src, OUT / f"{name}.pdf")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return f"{name}.pdf"
    if fmt == "html":
        render_html(OUT / f"{name}.html", doc_title, blocks, header, footer)
        return f"{name}.html"
    if fmt == "md":
        render_md(OUT / f"{name}.md", doc_title, blocks, header, footer)
        return f"{name}.md"
    raise ValueError(fmt)


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_criteria, advisory, notes, elements_partial_extra=None):
    """false_criteria: set of core criterion ids NOT addressed. Status derived by the Part A rule;
    elements_partial_extra: elements with all core false but some advisory addressed -> partial."""
    crit = {c: c not in false_criteria for c in CORE}
    status = {}
    for el in ELEMENTS:
        vals = [v for c, v in crit.items() if c.split(".")[0] == el]
        if all(vals):
            status[el] = "present"
        elif any(vals) or el in (elements_partial_extra or set()) or advisory.get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


# ---------------------------------------------------------------------------
# Shared filler (deliberately neutral: mentions element words in passing, addresses no criterion)
# ---------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        H1("1 Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Het is het derde plan sinds
        de invoering van passend onderwijs in 2014 en het eerste dat wij schrijven na de grote landelijke
        evaluatie en de Verbeteraanpak. Dat merkt u aan de toon: minder nieuwe structuren, meer aandacht voor
        wat er in de klas gebeurt. Het plan is tot stand gekomen in een lang en soms taai gesprek met
        schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, gemeenten en
        jeugdhulpaanbieders. Iedereen die heeft meegedacht, bedanken wij daarvoor hartelijk."""),
        P(f"""Passend onderwijs gaat over leerlingen, niet over systemen. Toch kan een samenwerkingsverband niet
        zonder afspraken over middelen, toelaatbaarheid, arrangementen en resultaten. Die afspraken moeten
        helder zijn voor de {c['n_besturen']} schoolbesturen die samen het verband vormen, maar ook voor de
        ouders die met hun kind aan de keukentafel zitten en willen weten waar zij aan toe zijn. Wij hebben
        geprobeerd het plan zo te schrijven dat het voor beide groepen leesbaar is. Of dat gelukt is, hoort
        de directeur-bestuurder graag van u."""),
        P(f"""De afgelopen jaren zijn niet eenvoudig geweest. Het lerarentekort, de nasleep van de
        schoolsluitingen en de toegenomen vraag naar jeugdhulp hebben hun sporen nagelaten in
        {c['regio']}. Tegelijk zien wij veel vakmanschap op de scholen. Docenten die net dat stapje extra
        zetten, teams die samen een oplossing zoeken voor een leerling die vastloopt. Op dat vakmanschap
        bouwt dit plan voort."""),
        P(f"""Namens het bestuur van {c['swv_kort']},<br>{c['bestuurder']}, directeur-bestuurder""".replace("<br>", "")),
    ]


def f_leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P(f"""Dit plan volgt de indeling die de wet voorschrijft, maar niet strikt in die volgorde. Na de
        missie en visie beschrijven wij de regio en de organisatie van het samenwerkingsverband. Daarna
        komen de inhoudelijke hoofdstukken. Wie snel wil weten wat er voor een individuele leerling geregeld
        is, kan de samenvattende kaders aan het begin van elk hoofdstuk lezen. Achter in het plan vindt u een
        begrippenlijst en een lijst met afkortingen. Begrippen als basisondersteuning, toelaatbaarheid,
        terugplaatsing, verdeelmodel en ouder- en jeugdsteunpunt worden daar kort uitgelegd. Waar in de tekst
        een bijlage wordt genoemd, is die als afzonderlijk document beschikbaar bij het bureau."""),
    ]


def f_visie(c):
    return [
        H1("2 Missie, visie en ambities"),
        P(f"""{c['swv_kort']} wil dat iedere jongere in de regio onderwijs volgt dat bij hem of haar past,
        zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij geloven dat elke leerling talenten heeft
        en dat het onderwijs de taak heeft die talenten te laten groeien. Dat vraagt om scholen die zich
        eigenaar voelen van alle leerlingen in hun wijk of dorp, om docenten die handelingsgericht kijken naar
        wat een leerling nodig heeft, en om een samenwerkingsverband dat faciliteert in plaats van
        voorschrijft."""),
        P("""Onze missie vatten wij samen in drie woorden: samen, dichtbij, passend. Samen, omdat geen school
        het alleen kan. Dichtbij, omdat ondersteuning het beste werkt in de vertrouwde omgeving van de eigen
        school. Passend, omdat niet iedere leerling hetzelfde nodig heeft. Deze drie woorden komen in alle
        hoofdstukken van dit plan terug."""),
        P("""Wij streven naar een regio waarin geen enkele jongere tussen wal en schip valt. Wij zetten in op
        preventie, op vroegtijdig signaleren en op het versterken van de deskundigheid van docenten en
        mentoren. Wij willen de bureaucratie rond aanvragen zoveel mogelijk beperken, zodat de tijd en de
        middelen terechtkomen waar ze horen: in de klas. Waar mogelijk werken wij samen met de gemeenten en
        met de jeugdhulp, omdat de vragen van jongeren zich niet houden aan de grenzen tussen domeinen."""),
        P("""Onze ambities voor de komende planperiode zijn geformuleerd in vier speerpunten: de kracht van de
        reguliere school, een sluitende samenwerking met zorg en gemeenten, het versterken van de positie van
        leerlingen en ouders, en een transparante organisatie. In de hoofdstukken hierna werken wij deze
        speerpunten uit, voor zover dat op het niveau van een vierjarig plan zinvol is. Het jaarplan en de
        jaarbegroting geven elk jaar een nadere invulling."""),
    ]


def f_regio(c):
    rows = [["Gemeente", "Vestigingen", "Leerlingen (1 okt 2025)"]] + c["gemeenten"]
    return [
        H1("3 De regio en het samenwerkingsverband"),
        P(f"""{c['swv']} omvat het voortgezet onderwijs in de gemeenten {', '.join(g[0] for g in c['gemeenten'])}.
        In het verband werken {c['n_besturen']} schoolbesturen samen met in totaal {c['n_vest']} vestigingen. Op
        de teldatum van 1 oktober 2025 volgden ongeveer {c['n_ll']} leerlingen onderwijs op een school die bij
        ons is aangesloten. Het registratienummer van het verband bij DUO is {c['code']}."""
        if c["sector"] == "vo" else
        f"""{c['swv']} omvat het primair onderwijs in de gemeenten {', '.join(g[0] for g in c['gemeenten'])}.
        In het verband werken {c['n_besturen']} schoolbesturen samen met in totaal {c['n_vest']} scholen. Op
        de teldatum van 1 oktober 2025 volgden ongeveer {c['n_ll']} leerlingen onderwijs op een school die bij
        ons is aangesloten. Het registratienummer van het verband bij DUO is {c['code']}."""),
        TAB(rows),
        P(f"""De regio kent een gevarieerd beeld. In de kernen is het aantal jongeren de afgelopen tien jaar
        gedaald, terwijl de stedelijke wijken juist groeien door nieuwbouw en door de komst van gezinnen uit
        het buitenland. Voor de scholen betekent dat dat sommige vestigingen te maken hebben met een
        teruglopend leerlingaantal en andere met wachtlijsten voor de brugklas. Dat heeft gevolgen voor de
        spreiding van voorzieningen en voor de manier waarop de besturen met elkaar samenwerken. De
        prognoses van de gemeenten gaan uit van een lichte daling van het totale aantal leerlingen tot
        2031."""),
        P("""De sociaaleconomische verschillen in de regio zijn groot. Een deel van de wijken scoort hoog op de
        onderwijsachterstandsindicator van het CBS, terwijl in andere gemeenten juist veel gezinnen wonen met
        een bovengemiddeld inkomen. Die verschillen zien wij terug in de vragen die scholen aan het
        samenwerkingsverband stellen."""),
    ]


def f_governance(c):
    return [
        H1(f"{c['n_gov']} Organisatie en governance"),
        P(f"""{c['swv_kort']} is een stichting. Het bestuur van de stichting wordt gevormd volgens het
        {c['govmodel']}-model: de directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding en
        voor de uitvoering van het beleid, de raad van toezicht houdt toezicht en keurt onder meer de
        begroting, de jaarrekening en het ondersteuningsplan goed. De aangesloten schoolbesturen zijn
        vertegenwoordigd in de algemene vergadering, die onder meer de leden van de raad van toezicht
        benoemt. De statuten bevatten een regeling voor de beslechting van geschillen tussen de
        besturen."""),
        P("""De directeur-bestuurder wordt ondersteund door een klein bureau met een
        beleidsmedewerker, een controller, een secretaresse, een functionaris gegevensbescherming (ingehuurd)
        en een aantal consulenten passend onderwijs. Het bureau is gehuisvest in een gebouw dat wij delen met
        het samenwerkingsverband voor het primair onderwijs, waarmee wij ook een aantal diensten delen, zoals
        de salarisadministratie en de ICT-ondersteuning."""),
        P("""Naast de formele organen kent het verband een aantal overlegstructuren. De schoolleiders komen
        vier keer per jaar bijeen in het directeurenoverleg. De ondersteuningscoördinatoren hebben een eigen
        netwerk dat zes keer per jaar samenkomt. Daarnaast zijn er werkgroepen die tijdelijk aan een thema
        werken. Deze overleggen hebben geen besluitvormende bevoegdheid; ze adviseren de directeur-bestuurder
        en zijn vooral bedoeld om van elkaar te leren."""),
        P("""De raad van toezicht hanteert de Code Goed Bestuur van de sectorraad. Eén keer per jaar evalueert
        de raad zijn eigen functioneren, één keer per vier jaar gebeurt dat onder externe begeleiding. De
        raad heeft een auditcommissie en een remuneratiecommissie. De jaarlijkse verslaglegging over het
        toezicht maakt deel uit van het bestuursverslag."""),
    ]


def f_opr(c, met_ouders=True):
    samenstelling = (
        """De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd
        vanuit de medezeggenschapsraden van de aangesloten scholen. Ouders en leerlingen in de OPR brengen
        het perspectief in van de gezinnen; het verband vergoedt hun reiskosten en een vacatievergoeding."""
        if met_ouders else
        """De OPR bestaat uit twaalf leden die worden afgevaardigd vanuit de medezeggenschapsraden van de
        aangesloten scholen. De leden ontvangen een vergoeding volgens de regeling van het verband.""")
    return [
        H2("Medezeggenschap: de ondersteuningsplanraad"),
        P(f"""Het samenwerkingsverband heeft op grond van artikel 4a van de Wet medezeggenschap op scholen een
        ondersteuningsplanraad (OPR). {samenstelling} De OPR heeft instemmingsrecht op de vaststelling en
        wijziging van het ondersteuningsplan en wordt daarnaast geïnformeerd over de begroting en het
        jaarverslag."""),
        P("""De OPR vergadert ongeveer zes keer per jaar, waarvan één keer samen met de raad van toezicht. De
        directeur-bestuurder is bij de vergaderingen aanwezig voor zover de raad dat wenst. De OPR heeft een
        eigen huishoudelijk reglement en een jaarlijks scholingsbudget. In de aanloop naar dit plan heeft de
        OPR in drie themabijeenkomsten meegedacht over de hoofdlijnen."""),
    ]


def f_oogo(c):
    return [
        H2("Op overeenstemming gericht overleg (OOGO)"),
        P(f"""Het concept van dit ondersteuningsplan is besproken in het op overeenstemming gericht overleg met
        de colleges van burgemeester en wethouders van de gemeenten in onze regio. Het OOGO vond plaats op
        {c['oogo_datum']}. De gemeenten hebben geen bezwaar gemaakt tegen het plan; het verslag van het OOGO is
        beschikbaar bij het bureau. Daarnaast is het plan besproken met het samenwerkingsverband
        {c['buur_swv']}, waarvan het werkgebied grotendeels overlapt met het onze."""),
    ]


def f_personeel(c):
    return [
        H1(f"{c['n_pers']} Personeel en professionalisering"),
        P(f"""Het bureau van {c['swv_kort']} heeft {c['fte']} fte in dienst. Daarnaast zijn enkele medewerkers
        gedetacheerd vanuit de aangesloten schoolbesturen. Het personeelsbeleid van het verband is gericht op
        vakmanschap, duurzame inzetbaarheid en een gezonde werkdruk. Voor het personeel van het bureau geldt
        de cao van de sector. Het ziekteverzuim lag in 2025 op 3,8 procent en daarmee onder het landelijk
        gemiddelde."""),
        P("""Het verband organiseert jaarlijks een studiedag voor alle medewerkers van de aangesloten scholen
        die met ondersteuning te maken hebben. Daarnaast zijn er netwerkbijeenkomsten en een reeks
        masterclasses. De thema's worden gekozen in overleg met het netwerk van ondersteuningscoördinatoren.
        In de afgelopen jaren ging het onder meer over executieve functies, over het gesprek met ouders en
        leerlingen, over trauma-sensitief lesgeven en over de nieuwe privacyregels."""),
        P("""Het tekort aan leraren en aan specialisten zoals orthopedagogen en psychologen raakt ook het
        samenwerkingsverband. Wij zien dat vacatures langer openstaan en dat scholen moeite hebben om
        expertise vast te houden. Met de besturen verkennen wij of een gezamenlijke flexpool van
        specialisten kan helpen. Ook werken wij samen met de lerarenopleidingen in de regio om studenten al
        tijdens hun opleiding kennis te laten maken met passend onderwijs."""),
        P("""Wij vinden het belangrijk dat medewerkers van het bureau regelmatig op de scholen zijn. Iedere
        consulent heeft een vaste groep scholen waarvoor hij of zij het eerste aanspreekpunt is. Zo ontstaat
        een relatie waarin vragen vroeg op tafel komen."""),
    ]


def f_ict(c):
    return [
        H1(f"{c['n_ict']} ICT, gegevensbescherming en privacy"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen
        gegevens over gezondheid. Dat mag alleen voor zover dat noodzakelijk is voor de wettelijke taken van
        het verband. Het verband heeft een privacyreglement, een verwerkingsregister en een functionaris
        gegevensbescherming. Gegevens die bij een aanvraag zijn verstrekt, worden niet langer bewaard dan
        drie jaar na het besluit, tenzij de wet anders bepaalt."""),
        P("""Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen hebben
        toegang tot die omgeving met tweefactorauthenticatie. Het verband sluit met iedere school een
        verwerkersovereenkomst af. Eén keer per jaar wordt een steekproef gedaan op de autorisaties, en eens
        in de twee jaar laat het verband een externe beveiligingstoets uitvoeren."""),
        P("""In de komende planperiode vervangen wij het huidige registratiesysteem. De aanbesteding daarvan
        vindt plaats in 2027, samen met twee andere samenwerkingsverbanden in de provincie. Het nieuwe systeem
        moet beter aansluiten bij de leerlingadministratiesystemen van de scholen, zodat gegevens niet
        dubbel hoeven te worden ingevoerd."""),
    ]


def f_huisvesting(c):
    return [
        H2("Huisvesting en leerlingenvervoer"),
        P("""Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Het samenwerkingsverband
        heeft daar geen eigen middelen voor. Wel bespreken wij in het OOGO jaarlijks de gevolgen van onze
        keuzes voor het vervoer van leerlingen naar voorzieningen buiten de eigen gemeente, en de
        ruimtebehoefte van voorzieningen die op een schoolterrein zijn gevestigd. Vragen over de
        vervoersvoorziening kunnen ouders rechtstreeks aan hun gemeente stellen."""
          if c.get("huis_ouders", True) else
          """Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Het samenwerkingsverband
        heeft daar geen eigen middelen voor. Het verband informeert de gemeenten wanneer keuzes van het
        verband gevolgen hebben voor het vervoer of voor de ruimtebehoefte van scholen."""),
    ]


def f_planning(c):
    return [
        H1(f"{c['n_plan']} Planning, vaststelling en looptijd"),
        P(f"""Dit ondersteuningsplan heeft een looptijd van vier schooljaren: {c['periode']}. Het plan is in
        concept besproken met het directeurenoverleg op {c['dat_dir']}, in het OOGO op {c['oogo_datum']} en met de
        ondersteuningsplanraad, die op {c['dat_opr']} heeft ingestemd. De raad van toezicht heeft het plan
        goedgekeurd op {c['dat_rvt']}, waarna de directeur-bestuurder het heeft vastgesteld. Het plan is vóór
        1 mei 2026 aan de Inspectie van het Onderwijs toegezonden."""),
        P("""Het plan is een kader voor vier jaar. Elk jaar maken wij een jaarplan met concrete activiteiten en
        een jaarbegroting. Wanneer tussentijds wezenlijke wijzigingen nodig zijn, bijvoorbeeld door nieuwe
        wetgeving, leggen wij die als wijziging voor aan de ondersteuningsplanraad. Kleine redactionele
        aanpassingen worden niet als wijziging beschouwd."""),
        TAB([["Wanneer", "Wat"],
             ["september 2026", "start planperiode, jaarplan 2026-2027"],
             ["december 2026", "vaststelling begroting 2027"],
             ["juni 2027", "tussenbalans met directeurenoverleg"],
             ["voorjaar 2029", "start evaluatie en voorbereiding nieuw plan"],
             ["vóór 1 mei 2030", "nieuw plan naar de Inspectie"]]),
    ]


def f_begrippen(c, extra=None):
    items = [
        "Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het voortgezet speciaal onderwijs (of sbo/so).",
        "Terugplaatsing: de overstap van een leerling uit het speciaal onderwijs naar een reguliere school.",
        "Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen over de besturen.",
        "Meerjarenbegroting: begroting voor meerdere jaren vooruit.",
        "Dekkend aanbod: het geheel van voorzieningen waardoor voor elke leerling een passende plek is.",
        "Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.",
        "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs.",
        "Onderwijsconsulent: onafhankelijk adviseur die ouders kosteloos helpt bij een verschil van mening met school.",
        "Beoogde resultaten: de resultaten die het verband met passend onderwijs wil bereiken.",
        "Arrangement: een samenhangend pakket van ondersteuning voor een leerling of groep.",
    ] + (extra or [])
    abbr = [["Afkorting", "Betekenis"], ["LWOO", "leerwegondersteunend onderwijs"], ["OOGO", "op overeenstemming gericht overleg"],
            ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"], ["PrO", "praktijkonderwijs"],
            ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"], ["VSO", "voortgezet speciaal onderwijs"],
            ["SBO", "speciaal basisonderwijs"], ["OJSP", "ouder- en jeugdsteunpunt"], ["CvT", "commissie van toelaatbaarheid"]]
    return [
        H1("Bijlage 1 Begrippenlijst"),
        UL(*items),
        H1("Bijlage 2 Lijst van afkortingen"),
        TAB(abbr),
    ]


# ---------------------------------------------------------------------------
# Plan 1: VO Rijnveld (large VO verband), .docx
# B present | P present | T partial (procedure deferred) | F present (under "Geld en middelen")
# D present | R partial (monitoring deferred) | O present (inside "Communicatie")
# ---------------------------------------------------------------------------


def plan_rijnveld():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Rijnveld", swv_kort="SWV VO Rijnveld",
             periode="2026-2030", n_besturen=14, n_vest=31, n_ll="24.800", code="VO 26-11",
             regio="de Rijnveldstreek", bestuurder="drs. M.J. (Marloes) van Bergeijk", sector="vo",
             gemeenten=[["Rijnveld", 12, "10.950"], ["Oosterwaarde", 7, "5.410"], ["Lekhoven", 5, "3.880"],
                        ["Vreeburg", 4, "2.720"], ["Achterveen", 3, "1.840"]],
             govmodel="raad-van-toezicht", n_gov=4, n_pers=12, n_ict=13, n_plan=14, fte="14,6",
             oogo_datum="11 februari 2026", buur_swv="PO Rijnveld e.o.", dat_dir="15 januari 2026",
             dat_opr="10 maart 2026", dat_rvt="24 maart 2026")
    body = []
    body += f_voorwoord(c) + f_leeswijzer(c) + f_visie(c) + f_regio(c) + f_governance(c)
    body += f_opr(c) + f_oogo(c) + f_huisvesting(c)
    body += [
        H1("5 Wat elke school biedt"),
        P("""In Rijnveld hebben de veertien besturen één gezamenlijke ondergrens afgesproken. Die ondergrens
        geldt voor iedere vestiging, van praktijkonderwijs tot gymnasium, en voor iedere leerling die er
        staat ingeschreven, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Wij
        noemen dit de Rijnveldse basis. Een school mag meer bieden; minder is niet toegestaan. Wat boven de
        Rijnveldse basis uitgaat, is extra ondersteuning en valt onder hoofdstuk 6."""),
        P("""Concreet kunnen ouders en leerlingen op elke vestiging het volgende verwachten:"""),
        UL("""een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die binnen vijf
           schooldagen na een signaal van de mentor een gesprek met leerling en ouders voert;""",
           """een mentor die wekelijks een mentoruur verzorgt en twee keer per jaar een voortgangsgesprek
           met leerling en ouders houdt;""",
           """begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, met onder meer
           voorleessoftware, extra tijd en aangepaste toetsing;""",
           """een faalangstreductietraining en een sociale-vaardigheidstraining die minstens één keer per
           schooljaar op de eigen vestiging worden aangeboden;""",
           """huiswerkbegeleiding en een rustige werkplek tot ten minste 16.00 uur;""",
           """een time-outvoorziening onder toezicht, met de afspraak dat een leerling dezelfde dag wordt
           teruggeleid naar de les of dat er contact met thuis is;""",
           """een protocol medisch handelen en ten minste twee medewerkers die daarvoor geschoold zijn;""",
           """een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat de school heeft vastgesteld dat
           een leerling meer nodig heeft, opgesteld met leerling en ouders;""",
           """een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt met
           jeugdverpleegkundige, leerplichtambtenaar en schoolmaatschappelijk werk."""),
        P("""De Rijnveldse basis is vastgelegd in een kwaliteitskaart. Iedere vestiging vult die kaart elk
        voorjaar in; een consulent van het verband bezoekt elke school eens in de twee jaar om de kaart
        samen met de ondersteuningscoördinator door te lopen. Blijkt een vestiging een onderdeel niet te
        bieden, dan maakt het bestuur binnen drie maanden een verbeterplan, waarvan de uitvoering bij het
        volgende bezoek wordt besproken."""),
        H1("6 Ondersteuningsaanbod en dekkend netwerk"),
        P("""Het aanbod in Rijnveld is opgebouwd in vier niveaus die op elkaar aansluiten. Niveau 1 is de
        Rijnveldse basis op iedere vestiging. Niveau 2 omvat de extra ondersteuning die een school zelf
        arrangeert met middelen van het verband: een individueel arrangement, een trajectklas of een
        ondersteuningsgroep. Niveau 3 bestaat uit de bovenschoolse voorzieningen: het OPDC De Overstap in
        Rijnveld met 60 plaatsen voor leerlingen die tijdelijk niet in een reguliere klas terechtkunnen, de
        reboundvoorziening in Oosterwaarde (maximaal twaalf weken) en de plusvoorziening voor hoogbegaafde
        leerlingen op twee locaties. Niveau 4 is het voortgezet speciaal onderwijs (drie vso-scholen in de
        regio) en het praktijkonderwijs (twee scholen). Leerlingen kunnen tussen de niveaus bewegen; de
        school van inschrijving blijft verantwoordelijk voor de route."""),
        P("""Wanneer een school geen passend aanbod kan doen, vraagt zij via het ondersteuningsloket een
        consulent om mee te denken. De consulent organiseert binnen tien schooldagen een
        multidisciplinair overleg met school, ouders en leerling, en zo nodig met jeugdhulp. Voor
        leerlingen die zowel onderwijs als zorg nodig hebben, sluiten het verband en de gemeenten
        onderwijs-zorgarrangementen af; de afspraken daarover zijn in het OOGO van februari 2026
        bevestigd."""),
        H2("Thuiszitters en witte vlekken"),
        P("""Op 1 oktober 2025 stonden in Rijnveld 38 jongeren geregistreerd als thuiszitter. Iedere
        thuiszitter wordt binnen twee weken besproken aan de Rijnveldtafel, waar het verband, de
        leerplichtambtenaar, de school van inschrijving en de jeugdhulp samen een plan maken met een
        eigenaar en een datum. Komt het plan niet van de grond, dan kan de directeur-bestuurder een
        doorzettingsmacht inzetten: een school of voorziening wordt gevraagd de leerling binnen vier weken
        te plaatsen, met middelen van het verband."""),
        P("""Eén keer per jaar inventariseert het verband aan de hand van de aanvragen en de gesprekken aan de
        Rijnveldtafel waar het aanbod tekortschiet. In 2025 bleek er geen plek te zijn voor hoogbegaafde
        leerlingen met autisme die vastliepen in de reguliere plusvoorziening, en waren de wachttijden voor
        het OPDC opgelopen tot acht weken. Daarom opent per 1 augustus 2027 een kleinschalige groep van
        twaalf plaatsen op een havo/vwo-vestiging in Lekhoven en breidt het OPDC uit met twintig plaatsen.
        De zorgplicht blijft liggen bij het bestuur waar de leerling is aangemeld; kan dat bestuur geen plek
        bieden, dan zoekt het verband samen met het bestuur binnen zes weken een andere school."""),
        H1("7 Toelaatbaarheid tot vso, praktijkonderwijs en lwoo"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en
        tot het praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs. Rijnveld
        hanteert voor lwoo de landelijke criteria en heeft geen gebruik gemaakt van de mogelijkheid om eigen
        criteria vast te stellen."""),
        H2("Procedure"),
        UL("""Stap 1 – Het bestuur van de school waar de leerling is ingeschreven (of, voor een nieuwe leerling,
           de school waar hij is aangemeld) dient de aanvraag in via het digitale loket. Bij de aanvraag horen
           het OPP, het verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling.""",
           """Stap 2 – Het loket controleert binnen vijf werkdagen of het dossier compleet is.""",
           """Stap 3 – Twee deskundigen geven ieder een eigen, schriftelijk advies: een orthopedagoog of
           psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderarts of
           maatschappelijk werker). Geen van beiden is betrokken geweest bij de aanvraag. Ouders krijgen een
           afschrift van beide adviezen.""",
           """Stap 4 – De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken na
           ontvangst van het complete dossier. Bij spoed (een leerling die dreigt thuis te komen zitten)
           binnen tien werkdagen."""),
        H2("Criteria"),
        P("""Een leerling is toelaatbaar tot het vso als aan drie voorwaarden is voldaan: (a) de
        ondersteuningsbehoefte is blijkens het OPP zo groot op ten minste twee van de vijf domeinen (leren,
        gedrag, sociaal-emotioneel, communicatie, fysiek-medisch) dat de Rijnveldse basis en een arrangement
        op niveau 2 niet volstaan; (b) de school heeft ten minste één arrangement gedurende minimaal drie
        maanden uitgevoerd en geëvalueerd, tenzij de situatie dat aantoonbaar onmogelijk maakt; (c) het
        specifieke aanbod van het vso is nodig voor het bereiken van het uitstroomperspectief. Voor
        praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van
        ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen.
        Voor lwoo gelden de landelijke criteria voor IQ en leerachterstand."""),
        H2("Duur, categorie en bezwaar"),
        P("""Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren en loopt tot 31 juli van
        het laatste jaar. De CvT bepaalt de bekostigingscategorie laag, midden of hoog op basis van het advies
        van de deskundigen. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar
        maken. Rijnveld is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen;
        de directeur-bestuurder beslist op het bezwaar na het advies van die commissie."""),
        H1("8 Doorlopende lijnen"),
        P("""Leerlingen maken in hun schoolloopbaan verschillende overstappen: van het primair naar het
        voortgezet onderwijs, tussen scholen binnen de regio en van het voortgezet onderwijs naar het mbo of
        naar werk. Het verband wil dat bij iedere overstap de informatie over wat een leerling nodig heeft
        meegaat. Daarom hanteren wij met het PO-verband een warme overdracht voor alle leerlingen met een
        OPP, en met de mbo-instellingen in de regio een overdrachtsgesprek in mei."""),
        H2("Van vso terug naar het reguliere voortgezet onderwijs"),
        P("""Het vso is in Rijnveld geen eindstation. Wij willen dat iedere vso-leerling bij wie dat verantwoord
        is, terugkeert naar een reguliere vestiging, bij voorkeur dicht bij huis. Voorwaarde is dat het OPP
        laat zien dat de leerling de ondersteuning van de Rijnveldse basis met een arrangement op niveau 2
        aankan, en dat de leerling en ouders achter de overstap staan. Een reguliere vestiging die een
        teruggeplaatste leerling inschrijft, ontvangt een terugkeerarrangement van € 6.500 voor het eerste
        jaar, en de vso-school levert gedurende zes maanden ambulante begeleiding aan leerling en mentor.
        Lukt het na de terugkeer niet, dan kan de leerling zonder nieuwe wachttijd terug naar de eigen
        vso-school."""),
        P("""Het stappenplan voor de terugplaatsing zelf, met de evaluatiemomenten en de rolverdeling tussen
        vso-school, ontvangende school en verband, stellen wij in de loop van het schooljaar 2026-2027 samen
        met de drie vso-scholen vast."""),
        H1("9 Ambities en beoogde resultaten"),
        P("""Met de vier speerpunten uit hoofdstuk 2 willen wij aan het einde van de planperiode de volgende
        resultaten hebben bereikt voor leerlingen die extra ondersteuning nodig hebben:"""),
        TAB([["Beoogd resultaat", "Doel 2030"],
             ["Aantal thuiszitters langer dan 3 maanden", "minder dan 15"],
             ["Aanvragen TLV binnen 6 weken besloten", "95%"],
             ["Leerlingen met een OPP die binnen de nominale duur een diploma of startkwalificatie halen", "75%"],
             ["Vestigingen die alle onderdelen van de kwaliteitskaart bieden", "31 van 31"],
             ["Leerlingen die zich volgens de eigen OPP-evaluatie gehoord voelen", "90%"]]),
        P("""Hoe wij de voortgang op deze resultaten gaan volgen, welke bronnen wij daarvoor gebruiken en op
        welke momenten wij aan bestuur en OPR rapporteren, werken wij uit in een kwaliteitskader. Dat kader
        verschijnt in het voorjaar van 2027."""),
        H1("10 Communicatie"),
        P("""Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met de scholen via
        een nieuwsbrief die zes keer per jaar verschijnt, via het directeurenoverleg en via het netwerk van
        ondersteuningscoördinatoren. Met de gemeenten en de jeugdhulp hebben wij een vast contactpersoon per
        gemeente."""),
        P("""Ouders informeren wij langs verschillende wegen over de ondersteuning op de scholen en in het
        verband. Iedere vestiging beschrijft in haar schoolgids welke ondersteuning zij biedt bovenop de
        Rijnveldse basis. Op de website van het verband staat per vestiging een overzicht, en er is een
        ouderbrochure in het Nederlands, Engels, Arabisch en Pools die alle scholen bij de aanmelding in de
        brugklas meegeven. In oktober organiseert het verband op drie plaatsen in de regio een
        informatieavond over passend onderwijs. Ouders kunnen daarnaast van maandag tot en met donderdag het
        ouderloket bellen of mailen."""),
        P("""Soms zijn ouders het niet eens met de school of met het verband, of willen zij gewoon een
        onafhankelijk luisterend oor. Daarvoor kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Rijnveld,
        dat sinds 2025 door een onafhankelijke stichting wordt uitgevoerd en geen verantwoording aflegt aan de
        scholen. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks spreekuur in de bibliotheek
        van Rijnveld. Daarnaast kunnen ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten,
        en voor klachten en geschillen over toelating, verwijdering of het OPP op de Geschillencommissie
        passend onderwijs. De weg daarheen staat beschreven in de ouderbrochure."""),
        P("""Ouders zijn ook partner bij het opstellen van het OPP: het plan wordt met hen besproken en zij
        tekenen voor akkoord met het handelingsdeel. Leerlingen worden gehoord over hun eigen OPP."""),
        H1("11 Geld en middelen"),
        P("""Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de
        afdrachten aan DUO voor de vso-leerlingen bedraagt het beschikbare budget in 2026 naar verwachting
        € 14,2 miljoen. Het verband hanteert een schoolmodel: het grootste deel van de middelen gaat direct
        naar de besturen."""),
        P("""De verdeling gaat als volgt. Iedere vestiging ontvangt een vaste voet van € 15.000 en daarnaast
        € 118 per leerling op basis van de teldatum van 1 oktober van het voorgaande jaar. Besturen met
        praktijkonderwijs ontvangen het budget voor pro rechtstreeks. De middelen voor lwoo worden volgens
        de landelijke systematiek doorgezet naar de besturen met lwoo-licenties. Het verband houdt zelf
        middelen aan voor de bovenschoolse voorzieningen, de Rijnveldtafel, de terugkeerarrangementen en de
        organisatie. De algemene vergadering stelt het verdeelmodel vast; wijzigingen gaan in op 1 januari
        en worden vóór 1 april van het voorafgaande jaar aan de besturen bekendgemaakt."""),
        TAB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsmiddelen (na afdracht)", "14.210", "14.080", "13.960", "13.850"],
             ["Schoolbudgetten (vaste voet + per leerling)", "3.390", "3.370", "3.350", "3.330"],
             ["Budget lwoo en pro naar besturen", "6.120", "6.060", "6.010", "5.960"],
             ["OPDC, rebound en plusvoorziening", "2.480", "2.750", "2.750", "2.750"],
             ["Rijnveldtafel en terugkeerarrangementen", "620", "640", "650", "660"],
             ["Bureau en organisatie", "1.310", "1.330", "1.350", "1.370"],
             ["Resultaat", "290", "-70", "-150", "-220"]]),
        P("""De negatieve resultaten vanaf 2027 zijn bewust gekozen: het verband bouwt daarmee de reserve af
        die boven de signaleringswaarde uitkomt. Eind 2025 bedroeg de algemene reserve € 3,1 miljoen; de
        signaleringswaarde ligt op € 2,4 miljoen. Het weerstandsvermogen blijft boven de door de raad van
        toezicht vastgestelde ondergrens van 10 procent van de baten."""),
        P("""Besturen verantwoorden zich jaarlijks vóór 1 juni over de besteding van de schoolbudgetten met een
        vast format waarin zij per vestiging aangeven hoeveel is uitgegeven aan personeel, aan arrangementen
        en aan externe expertise. Niet bestede middelen boven 10 procent worden verrekend met het budget van
        het volgende jaar."""),
    ]
    body += f_personeel(c) + f_ict(c) + f_planning(c) + f_begrippen(c)
    title = ("title", "Ondersteuningsplan 2026-2030",
             ["Samenwerkingsverband Voortgezet Onderwijs Rijnveld (VO 26-11)",
              "Samen, dichtbij, passend", "Vastgesteld door de directeur-bestuurder op 26 maart 2026",
              "Met instemming van de ondersteuningsplanraad"])
    blocks = [title, toc_from(body)] + body
    f = write_doc("vo-rijnveld", "docx", "Ondersteuningsplan SWV VO Rijnveld 2026-2030", blocks,
                  header="SWV VO Rijnveld – Ondersteuningsplan 2026-2030",
                  footer="Ondersteuningsplan 2026-2030 · versie instemming OPR")
    write_label("vo-rijnveld", [f], "vo", {"terugstroom.procedure", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H5 'Wat elke school biedt': Rijnveldse basis as the minimum for every vestiging plus a concrete list; kwaliteitskaart as borging.",
                 "plaatsing": "H7: steps 1-4 with loket/CvT/6 weeks, vso criteria (a)-(c), pro/lwoo national criteria, deskundigen, duration/category, LBT bezwaar.",
                 "terugstroom": "H8 'Van vso terug...': policy with conditions and terugkeerarrangement, but the stappenplan (procedure) is deferred to 2026-2027.",
                 "financien": "H11 'Geld en middelen': vaste voet + EUR 118 per leerling verdeling, meerjarenbegroting table, reserves, verantwoording by 1 June.",
                 "dekkend-aanbod": "H6: niveaus 1-4 continuum with OPDC/rebound/plus; thuiszitters at the Rijnveldtafel, yearly gap inventory with actions.",
                 "resultaten": "H9: table with beoogde resultaten and targets 2030, but how progress is monitored/reported is deferred to a kwaliteitskader (spring 2027).",
                 "ouders": "H10 'Communicatie': schoolgids, website, multilingual brochure, info evenings; independent OJSP, onderwijsconsulenten, geschillencommissie."})
    return f


# ---------------------------------------------------------------------------
# Plan 2: VO Kempenhaar (small VO verband), .pdf
# B partial (inhoud only in absent bijlage C) | P partial (criteria deferred) | T present (hidden in TLV chapter)
# F partial (besteding p.m.) | D present | R missing (deferred addendum) | O present
# ---------------------------------------------------------------------------


def plan_kempenhaar():
    c = dict(swv="Samenwerkingsverband Passend Onderwijs VO Kempenhaar", swv_kort="SWV Kempenhaar",
             periode="2026-2030", n_besturen=4, n_vest=7, n_ll="5.200", code="VO 30-04",
             regio="de Kempenhaar", bestuurder="J.P. (Joost) Verhoeven", sector="vo",
             gemeenten=[["Haarle", 3, "2.640"], ["Kempenbroek", 2, "1.490"], ["Dorst-Heide", 2, "1.070"]],
             govmodel="bestuur-directeur", n_gov=4, n_pers=10, n_ict=11, n_plan=12, fte="4,2",
             oogo_datum="3 februari 2026", buur_swv="PO De Kempenhaar", dat_dir="20 januari 2026",
             dat_opr="17 maart 2026", dat_rvt="31 maart 2026")
    body = []
    body += f_voorwoord(c) + f_leeswijzer(c) + f_visie(c) + f_regio(c) + f_governance(c)
    body += f_opr(c) + f_oogo(c) + f_huisvesting(c)
    body += [
        H1("5 Basisondersteuning"),
        P("""De vier besturen in de Kempenhaar hebben een gezamenlijke ondergrens afgesproken die op alle zeven
        vestigingen geldt, ongeacht schooltype of denominatie. Geen enkele school mag onder dat niveau
        zakken, en een leerling heeft op iedere school recht op dat niveau zonder tussenkomst van het
        samenwerkingsverband. Alles wat daarboven uitgaat, noemen wij extra ondersteuning."""),
        P("""Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is uitgewerkt in het
        document Standaarden basisondersteuning Kempenhaar 2026 (bijlage C bij dit plan). Op hoofdlijnen gaat
        het om ondersteuning op het gebied van leren, gedrag en welbevinden. De scholen beschrijven in hun
        schoolgids hoe zij de standaarden in de praktijk brengen."""),
        H1("6 Van lichte naar zware ondersteuning"),
        P("""Het aanbod in de Kempenhaar kent drie lagen. De eerste laag is de basisondersteuning op elke
        vestiging. De tweede laag zijn de arrangementen die een school met haar ondersteuningsbudget
        inricht: op iedere vestiging is een Kempenhaar-klas (een kleine groep met een vaste coach, voor
        leerlingen die een deel van de week niet in een gewone klas kunnen werken) en een individueel
        arrangement op maat via de consulent. De derde laag zijn de voorzieningen buiten de reguliere
        school: de tussenvoorziening Het Anker in Haarle (24 plaatsen, maximaal een half jaar), de vso-school
        De Brug voor cluster 4 in Kempenbroek, de praktijkschool in Haarle en, voor cluster 3, de vso-scholen
        in het naburige verband waarmee een plaatsingsafspraak bestaat."""),
        P("""Omdat het verband klein is, kennen de ondersteuningscoördinatoren elkaar goed. Kan een school voor
        een leerling geen passende plek bieden, dan wordt die leerling binnen twee weken besproken aan de
        Doorbraaktafel, waar de vier besturen, de consulent, de leerplichtambtenaar en het wijkteam aan
        deelnemen. De Doorbraaktafel wijst een bestuur aan dat de leerling plaatst; het verband betaalt de
        extra kosten van die plaatsing gedurende het eerste jaar. Dit geldt ook voor thuiszitters en voor
        jongeren met een vrijstelling van de leerplicht van wie de situatie is veranderd: elke thuiszitter
        heeft binnen tien schooldagen een casusregisseur en binnen zes weken een onderwijsplek of een
        traject met een einddatum. Jaarlijks brengt de Doorbraaktafel in kaart welke vragen zij niet kon
        beantwoorden; het bestuur besluit daarna in december of er een nieuwe voorziening nodig is of een
        afspraak met een buurverband."""),
        P("""Met de gemeenten zijn in het OOGO afspraken gemaakt over zorg in onderwijstijd: jeugdhulp die een
        leerling nodig heeft om naar school te kunnen, wordt op school geboden en door de gemeente
        bekostigd."""),
        H1("7 Toelaatbaarheid en de weg terug"),
        H2("De aanvraag"),
        P("""Een TLV voor het vso, een toelaatbaarheidsverklaring voor het praktijkonderwijs of een aanwijzing
        lwoo wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven of
        aangemeld. De school vult het aanvraagformulier in, voegt het OPP en het onderwijskundig rapport toe
        en laat ouders hun zienswijze schrijven. De aanvraag gaat naar de Commissie Toewijzing van het
        verband. De commissie vraagt een orthopedagoog of GZ-psycholoog en een tweede deskundige die bij de
        leerling past om ieder afzonderlijk advies uit te brengen. De commissie besluit binnen vijf weken
        na ontvangst van de volledige aanvraag en stuurt ouders het besluit met beide adviezen. Tegen het
        besluit kunnen ouders binnen zes weken bezwaar maken bij het bestuur; het bestuur vraagt advies aan
        de Landelijke Bezwaaradviescommissie."""),
        H2("Waar de commissie op let"),
        P("""De Commissie Toewijzing beoordeelt elke aanvraag op maat, in het gesprek met school, ouders en
        leerling. De toetsingskaders die de commissie daarbij hanteert, worden herzien. Na de evaluatie van
        de werkwijze in 2027 volgen de nieuwe kaders, die als wijziging aan dit plan worden toegevoegd."""),
        H2("Na afloop van de verklaring"),
        P("""Een TLV in de Kempenhaar geldt voor ten hoogste twee jaar. Uiterlijk op 1 februari van het laatste
        jaar van de TLV bespreekt de vso-school in een evaluatiegesprek met de leerling, de ouders en de
        consulent of de leerling kan overstappen naar een reguliere vestiging. De vso-school maakt daarvan
        een verslag. Als alle partijen instemmen, zoekt de consulent vóór 1 april een ontvangende school; de
        leerling loopt daar in mei en juni twee dagen per week mee (proefplaatsing) en stapt per 1 augustus
        over. Vindt de vso-school dat verlenging nodig is, dan dient zij vóór 1 maart een nieuwe aanvraag
        in, zodat de Commissie Toewijzing vóór het einde van de TLV kan beslissen."""),
        P("""Ons beleid is dat geen leerling langer in het speciaal onderwijs blijft dan nodig is. Een leerling
        keert terug zodra het OPP laat zien dat de doelen met een arrangement in de tweede laag haalbaar zijn.
        De ontvangende school krijgt voor een teruggeplaatste leerling gedurende een jaar een
        Kempenhaar-klasplaats en begeleiding door een ambulant begeleider van De Brug. Na de terugkeer volgt
        de consulent de leerling een jaar lang."""),
        H1("8 Beoogde resultaten"),
        P("""De besturen formuleren in het eerste planjaar gezamenlijke ambities voor de leerlingen die extra
        ondersteuning nodig hebben. Deze worden na instemming van de OPR als addendum aan dit plan
        toegevoegd."""),
        H1("9 Ouders en leerlingen"),
        P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Het verband informeert ouders via de
        website, waarop per school een kaart staat met de ondersteuning die daar wordt geboden, via de folder
        'Extra ondersteuning in de Kempenhaar' die alle scholen bij de aanmelding meegeven, en via de jaarlijkse
        ouderavond in november. Ook de schoolgidsen van de zeven vestigingen bevatten een vast hoofdstuk over
        ondersteuning, met de contactgegevens van de ondersteuningscoördinator."""),
        P("""Wie er met school of verband niet uitkomt, kan gratis terecht bij het Ouder- en Jeugdsteunpunt
        Zuidoost, dat onafhankelijk van de scholen werkt en ouders kan begeleiden naar gesprekken. Ook kunnen
        ouders de Onderwijsconsulenten inschakelen. Klachten kunnen worden ingediend bij de landelijke
        klachtencommissie waarbij alle vier besturen zijn aangesloten."""),
        H1("10 Geld en middelen"),
        P("""Van de ondersteuningsmiddelen die na aftrek van de afdrachten aan het vso resteren, gaat 85
        procent naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar;
        voor 2026 komt dat neer op ongeveer € 505 per leerling. Het budget voor lwoo en pro wordt volgens de
        landelijke systematiek doorgezet naar de besturen die deze vormen van onderwijs verzorgen. De overige
        15 procent blijft bij het verband. Het bestuur stelt de verdeling elk jaar in november vast, na
        advies van het directeurenoverleg."""),
        P("""De meerjarenbegroting voor de planperiode wordt jaarlijks door het bestuur vastgesteld. De
        bedragen zijn in onderstaande tabel nog p.m. opgenomen; zij volgen na de bekendmaking van de
        rijksbekostiging voor 2027."""),
        TAB([["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
             ["Ondersteuningsbudget besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Doorbraaktafel en Het Anker", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]
    body += f_personeel(c) + f_ict(c) + f_planning(c) + f_begrippen(c)
    title = ("title", "Ondersteuningsplan 2026-2030",
             ["Samenwerkingsverband Passend Onderwijs VO Kempenhaar (VO 30-04)",
              "Klein en dichtbij", "Definitieve versie, maart 2026"])
    blocks = [title, toc_from(body)] + body
    f = write_doc("vo-kempenhaar", "pdf", "Ondersteuningsplan SWV Kempenhaar 2026-2030", blocks,
                  header="SWV Kempenhaar | Ondersteuningsplan 2026-2030",
                  footer="Kempenhaar – passend onderwijs voor elke leerling")
    write_label("vo-kempenhaar", [f], "vo",
                {"basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding",
                 "resultaten.doelen", "resultaten.monitoring"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H5: common ondergrens for all 7 vestigingen is stated, but the concrete voorzieningen are only in bijlage C (not part of the input); 'leren, gedrag en welbevinden' is not content.",
                 "plaatsing": "H7 'De aanvraag': who applies, dossier, Commissie Toewijzing, 5 weeks, deskundigen, bezwaar; criteria are 'op maat' and new kaders 'volgen' after 2027.",
                 "terugstroom": "Hidden in H7 'Na afloop van de verklaring': evaluation by 1 Feb, proefplaatsing, verlenging route, plus policy and support after return.",
                 "financien": "H10 'Geld en middelen': 85% naar rato leerlingen (~EUR 505) is verdeling; the meerjarenbegroting is all p.m., so besteding not addressed.",
                 "dekkend-aanbod": "H6: three layers with Kempenhaar-klas, Het Anker, vso/pro; Doorbraaktafel for pupils without a place and thuiszitters, yearly gap review.",
                 "resultaten": "H8 'Beoogde resultaten' only defers ambitions to a later addendum; no targets and no monitoring anywhere (only visie speerpunten).",
                 "ouders": "H9: website school cards, folder, ouderavond, schoolgids; independent Ouder- en Jeugdsteunpunt Zuidoost, onderwijsconsulenten, klachtencommissie."})
    return f


# ---------------------------------------------------------------------------
# Plan 3: VO Waterlinie (medium VO verband), .html web version
# B present | P missing (only a reference to an external Routeboek) | T missing (title-page/glossary only)
# F present (besteding only in a table) | D partial (lacunes deferred) | R present | O partial (no steunpunt)
# ---------------------------------------------------------------------------


def plan_waterlinie():
    c = dict(swv="Samenwerkingsverband VO Waterlinie", swv_kort="SWV Waterlinie",
             periode="2026-2030", n_besturen=8, n_vest=17, n_ll="13.300", code="VO 27-02",
             regio="het gebied van de Waterlinie", bestuurder="dr. H. (Hanneke) Schoonderwoerd", sector="vo",
             gemeenten=[["Linschoten aan de Vaart", 6, "5.120"], ["Hollandsche Poort", 5, "3.960"],
                        ["Zuylenweerd", 4, "2.830"], ["Vechtdam", 2, "1.390"]],
             govmodel="raad-van-toezicht", n_gov=4, n_pers=10, n_ict=11, n_plan=12, fte="9,8",
             oogo_datum="28 januari 2026", buur_swv="PO Waterlinie", dat_dir="13 januari 2026",
             dat_opr="3 maart 2026", dat_rvt="19 maart 2026")
    body = []
    body += f_voorwoord(c) + f_leeswijzer(c) + f_visie(c) + f_regio(c) + f_governance(c)
    body += f_opr(c) + f_oogo(c) + f_huisvesting(c)
    body += [
        H1("5 Basisondersteuning: wat u overal mag verwachten"),
        P("""In de Waterlinie geldt één niveau van basisondersteuning voor alle zeventien vestigingen. Dat
        niveau is in 2025 door de acht besturen opnieuw vastgesteld en is bindend: elke vestiging biedt het,
        ook de vestigingen die vooral havo en vwo aanbieden. Het is de ondersteuning waarop iedere leerling
        zonder aanvraag of indicatie recht heeft."""),
        P("""Het niveau bestaat uit tien standaarden:"""),
        UL("1. Elke leerling heeft een mentor met ten minste één uur per week in het rooster voor mentoraat.",
           "2. Elke vestiging heeft een ondersteuningscoördinator en een vertrouwenspersoon.",
           "3. Een dyslexie- en dyscalculieprotocol met hulpmiddelen (voorleessoftware, extra tijd, vergroot lettertype).",
           "4. Een aanbod voor sociaal-emotionele ondersteuning: een training weerbaarheid en een training faalangst.",
           "5. Begeleiding bij plannen en organiseren (executieve functies) in leerjaar 1 en 2.",
           "6. Een rustruimte waar leerlingen onder toezicht kunnen werken.",
           "7. Afspraken over medisch handelen en over het geven van medicatie.",
           "8. Een ondersteuningsteam dat maandelijks overlegt, met schoolmaatschappelijk werk en jeugdarts.",
           "9. Een OPP voor iedere leerling die meer nodig heeft dan standaard 1 tot en met 8.",
           "10. Ondersteuning voor nieuwkomers bij de Nederlandse taal gedurende ten minste het eerste jaar."),
        H1("6 Een samenhangend aanbod"),
        P("""Het aanbod van de Waterlinie loopt van licht naar zwaar. Boven op de basisondersteuning kunnen
        scholen een arrangement inzetten: ambulante begeleiding door een van de gedragsspecialisten van het
        verband, een plaats in de trajectvoorziening van de eigen school of een plaats in de regionale
        tussenvoorziening De Schans (40 plaatsen). Voor leerlingen die een langere periode een speciale
        setting nodig hebben, zijn er in de regio twee vso-scholen (cluster 4 en cluster 3) en een
        praktijkschool. Daarnaast is er sinds 2024 een voltijds hoogbegaafdenklas op een vwo-vestiging in
        Linschoten aan de Vaart. Scholen zetten de stap naar een volgende laag in overleg met de consulent van
        het verband, die met school en gezin bekijkt wat nodig is."""),
        P("""De toegang tot het vso, het praktijkonderwijs en het lwoo is geregeld in het Routeboek
        Toelaatbaarheid Waterlinie, dat op de website van het verband staat. Dit ondersteuningsplan herhaalt
        de procedure en de criteria niet."""),
        P("""Met de gemeenten werkt het verband samen in het Regionaal Overleg Onderwijs-Jeugd. Er zijn
        afspraken over schoolmaatschappelijk werk, over een jeugdhulpcoach op iedere vestiging en over
        onderwijs-zorgarrangementen voor leerlingen die een deel van de dag zorg nodig hebben."""),
        H2("Witte vlekken en thuiszitters"),
        P("""Een analyse van de witte vlekken in ons aanbod en een aanpak voor jongeren die thuiszitten, volgen
        in het jaarplan 2027. Tot die tijd gaan wij uit van de bestaande afspraken."""),
        H1("7 Wat wij willen bereiken en hoe wij dat volgen"),
        P("""Voor de planperiode hebben de besturen vijf doelen geformuleerd voor leerlingen die extra
        ondersteuning nodig hebben. Bij ieder doel hoort een indicator en een streefwaarde."""),
        TAB([["Doel", "Indicator", "Streefwaarde 2030"],
             ["Meer leerlingen krijgen hun ondersteuning op de eigen school", "aandeel leerlingen in vso op 1 oktober", "onder 3,0%"],
             ["Leerlingen met een arrangement halen hun diploma", "diplomering binnen nominale duur + 1 jaar", "80%"],
             ["Leerlingen in De Schans keren snel terug naar de les", "gemiddelde verblijfsduur", "maximaal 16 weken"],
             ["Scholen bieden de tien standaarden", "vestigingen met volledige score op de standaardenmonitor", "17 van 17"],
             ["Ouders zijn tevreden over de ondersteuning", "tevredenheid ouderpeiling", "ten minste 7,5"]]),
        P("""Het verband volgt deze doelen met een dashboard dat twee keer per jaar wordt bijgewerkt, in
        februari en in september. De gegevens komen uit de leerlingtelling van DUO, uit de eigen registratie
        van arrangementen, uit de standaardenmonitor die iedere vestiging in het voorjaar invult en uit een
        ouderpeiling die eens in de twee jaar wordt gehouden. In het directeurenoverleg bespreken wij in
        maart de stand van zaken; per bestuur volgt een kwaliteitsgesprek met de directeur-bestuurder. De
        bereikte resultaten worden jaarlijks vastgelegd in het jaarverslag, dat vóór 1 juli met de OPR en de
        raad van toezicht wordt besproken. Blijft een indicator twee jaar achter, dan stelt de
        directeur-bestuurder een verbeteraanpak voor. De kosten per voorziening worden naast de resultaten
        gelegd, zodat zichtbaar wordt wat een euro aan ondersteuning oplevert."""),
        H1("8 Informatie voor ouders"),
        P("""Ouders vinden informatie over passend onderwijs en over de ondersteuning op iedere vestiging op de
        website van het verband, in de schoolgids van de eigen school en in de folder 'Ondersteuning in de
        Waterlinie', die in de groepen 8 van de basisscholen wordt uitgedeeld. In november en maart is er een
        digitale informatiebijeenkomst voor ouders van leerlingen in groep 8 en klas 1. Vragen kunnen ouders
        stellen aan de mentor of de ondersteuningscoördinator van de school, die zo nodig de consulent van het
        verband erbij haalt."""),
        H1("9 Financieel beleid"),
        P("""De Waterlinie werkt met een combinatie van een schoolmodel en een voorzieningenmodel. Elk bestuur
        ontvangt een ondersteuningsbudget dat bestaat uit € 10.000 per vestiging en € 142 per leerling, geteld
        op 1 oktober van het voorgaande jaar. Arrangementen van het verband en plaatsingen in De Schans worden
        niet aan scholen doorberekend. Het bestuur van de stichting stelt de bedragen jaarlijks vast in de
        begroting, na advies van het directeurenoverleg."""),
        TAB([["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten (ondersteuningsmiddelen na afdracht vso)", "8.420", "8.390", "8.310", "8.240"],
             ["Ondersteuningsbudgetten besturen", "2.060", "2.050", "2.040", "2.030"],
             ["Lwoo- en pro-middelen naar besturen", "3.310", "3.290", "3.260", "3.230"],
             ["Tussenvoorziening De Schans", "1.150", "1.170", "1.190", "1.210"],
             ["Ambulante begeleiding gedragsspecialisten", "780", "790", "800", "810"],
             ["Hoogbegaafdenklas", "260", "260", "260", "260"],
             ["Bureau en bestuur", "870", "880", "890", "900"],
             ["Saldo", "-10", "-50", "-130", "-200"]]),
        P("""Het verband heeft een reserve die in de planperiode gecontroleerd wordt afgebouwd tot het niveau
        van de signaleringswaarde."""),
    ]
    body += f_personeel(c) + f_ict(c) + f_planning(c) + f_begrippen(c)
    title = ("title", "Ondersteuningsplan 2026-2030 – webversie",
             ["Samenwerkingsverband VO Waterlinie (VO 27-02)",
              "Van basisondersteuning tot terugplaatsing: één lijn voor elke leerling",
              "Deze webversie is gelijk aan de vastgestelde pdf-versie van 19 maart 2026"])
    blocks = [title, toc_from(body)] + body
    f = write_doc("vo-waterlinie", "html", "Ondersteuningsplan 2026-2030 | SWV VO Waterlinie", blocks,
                  header="SWV VO Waterlinie · Home · Ouders · Scholen · Ondersteuningsplan · Toelaatbaarheid · Contact",
                  footer="© SWV VO Waterlinie · Ouder- en jeugdsteunpunt · Privacy · Toegankelijkheid")
    write_label("vo-waterlinie", [f], "vo",
                {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                 "dekkend-aanbod.lacunes", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H5: one binding level for all 17 vestigingen and ten concrete standaarden.",
                 "plaatsing": "Only a reference in H6 to the external 'Routeboek Toelaatbaarheid' on the website; plus header menu and glossary. Nothing addressed.",
                 "terugstroom": "Only on the title page subtitle ('tot terugplaatsing') and in the glossary; no body text.",
                 "financien": "H9 'Financieel beleid': EUR 10.000 per vestiging + EUR 142 per leerling verdeling; besteding only in the meerjarenbegroting table.",
                 "dekkend-aanbod": "H6: continuum arrangement -> De Schans -> vso/pro -> HB-klas; gaps/thuiszitters deferred to jaarplan 2027.",
                 "resultaten": "H7: five doelen with indicator and streefwaarde; dashboard twice a year, sources, jaarverslag to OPR/RvT.",
                 "ouders": "H8: website, schoolgids, folder, info sessions; only school-internal contacts, no independent steunpunt (OJSP appears only in footer and glossary)."})
    return f


# ---------------------------------------------------------------------------
# Plan 4: PO Beekdal (PO verband), .docx
# B present | P partial (procedure deferred to handboek) | T present (inside TLV chapter)
# F partial (verdeling deferred) | D missing | R present | O partial (informatie deferred, steunpunt present)
# ---------------------------------------------------------------------------


def plan_beekdal():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Beekdal", swv_kort="SWV PO Beekdal",
             periode="2026-2030", n_besturen=9, n_vest=58, n_ll="11.700", code="PO 24-06",
             regio="het Beekdal", bestuurder="A. (Anouk) Hendriksen-Tol MEd", sector="po",
             gemeenten=[["Beekdal", 21, "4.480"], ["Molenrade", 14, "2.730"], ["Sint-Odulf", 12, "2.460"],
                        ["Heuvelrijk", 11, "2.030"]],
             govmodel="raad-van-toezicht", n_gov=4, n_pers=10, n_ict=11, n_plan=12, fte="11,2",
             oogo_datum="5 februari 2026", buur_swv="VO Beekdal-Maasland", dat_dir="22 januari 2026",
             dat_opr="12 maart 2026", dat_rvt="26 maart 2026", huis_ouders=False)
    body = []
    body += f_voorwoord(c) + f_leeswijzer(c) + f_visie(c) + f_regio(c) + f_governance(c)
    body += f_opr(c) + f_oogo(c) + f_huisvesting(c)
    body += [
        H1("5 Basisondersteuning in Beekdal"),
        P("""Alle 58 basisscholen in Beekdal bieden hetzelfde niveau van basisondersteuning. Dat niveau is door
        de negen besturen samen vastgesteld en staat los van de denominatie of de grootte van de school. Het
        is de ondergrens: wat elk kind op elke school in het Beekdal mag verwachten, zonder aanvraag en
        zonder extra geld van het samenwerkingsverband."""),
        P("""De basisondersteuning in Beekdal omvat:"""),
        TAB([["Onderdeel", "Wat het kind en de ouders op elke school mogen verwachten"],
             ["Intern begeleider", "een intern begeleider met minimaal 1 dag per week per 200 leerlingen"],
             ["Handelingsgericht werken", "drie keer per jaar een groepsbespreking en leerlingbespreking, met een groepsoverzicht per groep"],
             ["Lezen en rekenen", "het protocol leesproblemen en dyslexie en het protocol ernstige rekenproblemen, met extra instructie in de groep"],
             ["Gedrag en welbevinden", "een schoolbrede aanpak voor sociale veiligheid en een methode voor sociaal-emotioneel leren in alle groepen"],
             ["Meer- en hoogbegaafdheid", "signalering in groep 1-2 en verrijkings- en compacteringsstof in de klas"],
             ["Taal", "extra taalaanbod voor kinderen met een taalachterstand in groep 1 tot en met 4"],
             ["Medisch", "een protocol medicijnverstrekking en medisch handelen"],
             ["Overleg", "een ondersteuningsteam met IB'er, ouders en zo nodig de jeugdverpleegkundige binnen vier weken na een hulpvraag"]]),
        P("""De kwaliteitsmedewerker van het verband bezoekt elke school eens in de twee jaar en toetst met een
        kijkwijzer of deze onderdelen aanwezig zijn. Afwijkingen bespreekt zij met het bestuur, dat binnen
        een half jaar laat zien hoe de school het ontbrekende onderdeel op orde brengt."""),
        H1("6 Speciaal basisonderwijs en speciaal onderwijs"),
        P("""In het Beekdal zijn twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal
        onderwijs (cluster 3 en cluster 4). Voor een plaatsing is een toelaatbaarheidsverklaring van het
        samenwerkingsverband nodig."""),
        H2("Wanneer is een kind toelaatbaar?"),
        P("""Een kind is toelaatbaar tot het speciaal basisonderwijs als (1) de basisschool ten minste twee
        cycli handelingsgericht werken met een OPP heeft doorlopen en geëvalueerd, (2) het kind op ten minste
        twee vakgebieden een achterstand heeft van meer dan anderhalf jaar of ernstige gedragsproblemen laat
        zien die de ontwikkeling van het kind of de groep belemmeren, en (3) ook met een aanvullend arrangement
        op de basisschool de doelen uit het OPP niet haalbaar zijn. Een kind is toelaatbaar tot het speciaal
        onderwijs cluster 3 bij een IQ onder 55, of bij een lichamelijke beperking of langdurige ziekte waardoor
        het kind structureel verzorging of medische begeleiding onder schooltijd nodig heeft die de
        basisschool en het sbo niet kunnen bieden. Voor cluster 4 geldt dat er sprake is van ernstige
        gedrags- of psychiatrische problematiek, vastgesteld door een deskundige, waarbij jeugdhulp al is
        ingezet en het sbo onvoldoende structuur en veiligheid kan bieden."""),
        H2("De aanvraag"),
        P("""De werkwijze van de nieuwe Commissie Toelaatbaarheid Beekdal – wie de aanvraag indient, welke
        stukken nodig zijn, wie beslist en binnen welke termijn – wordt in het eerste planjaar vastgelegd in
        het Handboek Toelaatbaarheid. Het handboek wordt na vaststelling aan dit plan toegevoegd."""),
        P("""Een TLV voor het sbo geldt in principe tot het einde van de basisschoolperiode. Een TLV voor het so
        wordt afgegeven voor twee schooljaren, in bekostigingscategorie laag, tenzij de deskundigen een
        hogere categorie (midden of hoog) adviseren vanwege de lichamelijke of meervoudige beperking van het
        kind."""),
        H2("Terug naar de basisschool"),
        P("""Het Beekdal wil dat kinderen in het sbo en so, als dat kan, terugkeren naar een basisschool in hun
        eigen wijk of dorp. Terugkeer is aan de orde als het OPP laat zien dat het kind de doelen met de
        basisondersteuning en een arrangement op de basisschool kan halen, en als ouders daarmee instemmen.
        De basisschool die het kind opneemt, ontvangt een terugplaatsingsarrangement van € 4.500 voor het
        eerste jaar, en de sbo- of so-school begeleidt de leerkracht zes maanden lang met twee bezoeken per
        maand."""),
        P("""Elk voorjaar bespreekt de sbo- of so-school in de OPP-evaluatie met de ouders of terugkeer in het
        volgende schooljaar mogelijk is. In het laatste jaar van de TLV moet die bespreking vóór 1 februari
        plaatsvinden. Adviseert de school terugplaatsing, dan neemt de intern begeleider van de sbo- of
        so-school contact op met de beoogde basisschool; vóór 1 april is er een overdrachtsgesprek en in
        juni loopt het kind een ochtend per week mee. De TLV eindigt dan op 31 juli. Vindt de school dat
        het kind langer op het sbo of so moet blijven, dan vraagt zij vóór 1 maart een nieuwe TLV aan. In het
        schooljaar 2024-2025 keerden 23 kinderen vanuit het sbo en 4 vanuit het so terug naar een
        basisschool."""),
        H1("7 Doelen en resultaten"),
        P("""Het Beekdal heeft voor de planperiode vier doelen voor kinderen die extra ondersteuning
        nodig hebben:"""),
        UL("""Doel 1: het aandeel leerlingen in sbo en so daalt van 3,4 procent (1 oktober 2025) naar hoogstens
           3,0 procent op 1 oktober 2029.""",
           """Doel 2: 90 procent van de kinderen met een OPP haalt ten minste twee derde van de doelen uit het
           OPP, gemeten bij de evaluatie in juni.""",
           """Doel 3: jaarlijks keren ten minste 25 kinderen terug vanuit sbo of so naar de basisschool.""",
           """Doel 4: alle 58 scholen voldoen in 2028 volledig aan de basisondersteuning."""),
        P("""De Beekdalmonitor brengt deze doelen twee keer per jaar in beeld. De IB'ers leveren in februari en
        juli de gegevens over de OPP-evaluaties aan; de aantallen leerlingen in sbo en so en de
        terugplaatsingen komen uit de telling van 1 oktober. De directeur-bestuurder bespreekt de monitor
        met het directeurenoverleg en met de raad van toezicht. In het jaarverslag, dat elk jaar vóór 1 juli
        verschijnt en met de OPR wordt besproken, rapporteren wij de bereikte resultaten per doel en de
        middelen die daarvoor zijn ingezet."""),
        H1("8 Ouders"),
        P("""Ouders en school zijn samen verantwoordelijk voor het kind. Ouders worden betrokken bij het
        opstellen en evalueren van het OPP en ondertekenen het handelingsdeel. Hoe wij ouders over de
        ondersteuningsmogelijkheden in het Beekdal informeren, nemen wij op in het communicatieplan dat in
        2027 wordt opgesteld."""),
        H2("Als u het niet eens bent"),
        P("""Ouders die er met de school of het samenwerkingsverband niet uitkomen, kunnen kosteloos terecht bij
        het Ouder- en Jeugdsteunpunt Beekdal. Het steunpunt wordt uitgevoerd door de onafhankelijke stichting
        MEE Zuid en is bereikbaar op werkdagen van 9.00 tot 17.00 uur. Daarnaast kunnen ouders een
        onderwijsconsulent inschakelen. Bij een geschil over het OPP, de toelating of de verwijdering kunnen
        ouders zich wenden tot de Geschillencommissie passend onderwijs; voor klachten over het
        samenwerkingsverband is er een klachtenregeling, met de Landelijke Klachtencommissie Onderwijs als
        klachtencommissie."""),
        H1("9 Geld en middelen"),
        P("""De besturen hebben afgesproken het verdeelmodel te herzien. Over de verdeelsleutel en de
        criteria waarop middelen aan besturen en scholen worden toegekend, neemt de raad van toezicht op
        voorstel van de directeur-bestuurder in de loop van 2027 een besluit."""),
        P("""De middelen worden in de planperiode als volgt besteed. Het grootste deel gaat naar de afdrachten
        voor het speciaal onderwijs en naar de besturen voor de uitvoering van arrangementen op de scholen.
        Het verband financiert daarnaast de terugplaatsingsarrangementen, de Beekdalmonitor en het
        bureau."""),
        TAB([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten lichte en zware ondersteuning", "9.860", "9.790", "9.720", "9.650"],
             ["Afdracht so (DUO)", "3.420", "3.380", "3.350", "3.320"],
             ["Overdracht sbo (groeiregeling en 2%)", "1.540", "1.520", "1.500", "1.480"],
             ["Middelen naar besturen voor arrangementen", "3.890", "3.880", "3.870", "3.860"],
             ["Terugplaatsingsarrangementen", "120", "125", "125", "130"],
             ["Bureau, monitor en professionalisering", "890", "900", "910", "920"],
             ["Resultaat", "0", "-15", "-35", "-60"]]),
    ]
    body += f_personeel(c) + f_ict(c) + f_planning(c) + f_begrippen(c)
    title = ("title", "Ondersteuningsplan 2026-2030",
             ["Samenwerkingsverband Passend Primair Onderwijs Beekdal (PO 24-06)",
              "Elk kind een passende plek", "Concept voor de OPR – definitief na instemming 12 maart 2026"])
    blocks = [title, toc_from(body)] + body
    f = write_doc("po-beekdal", "docx", "Ondersteuningsplan SWV PO Beekdal 2026-2030", blocks,
                  header="Ondersteuningsplan 2026-2030 | SWV PO Beekdal",
                  footer="SWV PO Beekdal – dekkend aanbod voor elk kind")
    write_label("po-beekdal", [f], "po",
                {"plaatsing.procedure", "financien.verdeling", "dekkend-aanbod.continuum",
                 "dekkend-aanbod.lacunes", "ouders.informatie"},
                {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H5: same level for all 58 schools, concrete content only in a table; kijkwijzer visits as borging.",
                 "plaatsing": "H6: sbo/so cluster 3/4 criteria present; the aanvraag procedure is deferred to a Handboek Toelaatbaarheid in the first plan year.",
                 "terugstroom": "Inside the TLV chapter H6 'Terug naar de basisschool': policy with conditions and EUR 4.500 arrangement, steps with dates; 2024-2025 figures.",
                 "financien": "H9 'Geld en middelen': besteding table with amounts; verdeelsleutel and criteria deferred to a 2027 decision.",
                 "dekkend-aanbod": "No continuum of provisions, no gap/thuiszitters approach in the body; only footer slogan, glossary and the procedural OOGO paragraph.",
                 "resultaten": "H7: four measurable doelen; Beekdalmonitor twice a year, jaarverslag with bereikte resultaten and linked means.",
                 "ouders": "H8: how parents are informed is deferred to a 2027 communicatieplan; 'Als u het niet eens bent' names OJSP, onderwijsconsulent, geschillencommissie."})
    return f


# ---------------------------------------------------------------------------
# Plan 5: VO Zuiderpolder (large VO verband, plan "op hoofdlijnen"), .pdf
# B missing (deferral only) | P present | T partial (procedure only, no policy) | F missing (website reference)
# D present | R partial (monitoring, doelen deferred) | O missing (footer/glossary only)
# ---------------------------------------------------------------------------


def plan_zuiderpolder():
    c = dict(swv="Stichting Samenwerkingsverband Voortgezet Onderwijs Zuiderpolder", swv_kort="SWV VO Zuiderpolder",
             periode="2026-2030", n_besturen=11, n_vest=36, n_ll="29.400", code="VO 21-08",
             regio="de Zuiderpolder", bestuurder="ir. R.A. (Ruben) Kastelein", sector="vo",
             gemeenten=[["Polderstad", 15, "13.900"], ["Nieuw-Ammers", 8, "6.150"], ["Zuidkade", 6, "4.520"],
                        ["Oud-Ruygrok", 4, "2.980"], ["Westerdijk", 3, "1.850"]],
             govmodel="raad-van-toezicht", n_gov=4, n_pers=10, n_ict=11, n_plan=12, fte="21,5",
             oogo_datum="4 maart 2026", buur_swv="PO Zuiderpolder", dat_dir="29 januari 2026",
             dat_opr="24 maart 2026", dat_rvt="14 april 2026", huis_ouders=False)
    body = []
    body += f_voorwoord(c) + f_leeswijzer(c) + f_visie(c) + f_regio(c) + f_governance(c)
    body += f_opr(c, met_ouders=False) + f_oogo(c) + f_huisvesting(c)
    body += [
        H1("5 Basisondersteuning"),
        P("""Het kabinet heeft in 2025 een landelijke norm voor de basisondersteuning aangekondigd. Het bestuur
        heeft besloten in dit plan niet vooruit te lopen op die norm. Zodra de norm wettelijk is verankerd,
        werken wij de basisondersteuning in de Zuiderpolder uit in een wijziging van dit plan, die wij aan de
        OPR voorleggen."""),
        H1("6 Het dekkend netwerk"),
        P("""Het netwerk van voorzieningen in de Zuiderpolder is opgebouwd in vier treden. De eerste trede is de
        ondersteuning op de eigen school. De tweede trede bestaat uit schoolarrangementen die een school met
        eigen middelen en met de consulent inricht, zoals een trajectgroep of een individueel
        begeleidingstraject. De derde trede omvat de vier bovenschoolse voorzieningen: de twee OPDC's (in
        Polderstad en Zuidkade, samen 110 plaatsen), de reboundvoorziening Het Kompas en de
        nieuwkomersvoorziening (ISK) in Polderstad. De vierde trede bestaat uit de vijf vso-scholen en de
        drie praktijkscholen in de regio. Voor jongeren die onderwijs en zorg combineren, zijn er twaalf
        plaatsen in een onderwijs-zorgarrangement met de jeugd-GGZ."""),
        P("""Leerlingen bewegen tussen de treden. Een school die vastloopt, meldt de leerling aan bij het
        Zuiderpolderloket; binnen vijf werkdagen neemt een trajectbegeleider contact op, die de route naar een
        passende plek regisseert en pas loslaat als de leerling daadwerkelijk onderwijs volgt."""),
        H2("Thuiszitters en wachtlijsten"),
        P("""Het verband houdt met de leerplichtafdelingen van de vijf gemeenten een gezamenlijke lijst bij van
        alle jongeren die langer dan vier weken geen onderwijs volgen. Elke zes weken bespreekt het
        Thuiszittersoverleg de lijst; voor iedere jongere wordt een regisseur en een termijn vastgesteld. De
        wachtlijsten van de OPDC's en van de vso-scholen worden maandelijks aan het loket gemeld. Staat een
        leerling langer dan zes weken op een wachtlijst, dan zorgt het verband voor een overbruggingstraject
        op de school van herkomst, met inzet van een begeleider van het OPDC. De analyse van wachtlijsten en
        thuiszitters leidde in 2025 tot de opening van een tweede OPDC-locatie; elk voorjaar besluit het
        bestuur opnieuw of de capaciteit toereikend is."""),
        H1("7 Toelaatbaarheid"),
        H2("Vso"),
        P("""Een aanvraag voor een TLV vso wordt ingediend door het bevoegd gezag van de school waar de leerling
        is ingeschreven, via het Zuiderpolderloket. Bij de aanvraag horen het OPP met evaluatie, het verslag
        van het laatste multidisciplinair overleg en de zienswijze van de leerling. Twee deskundigen brengen
        ieder afzonderlijk schriftelijk advies uit: een orthopedagoog-generalist of GZ-psycholoog, en een
        tweede deskundige die past bij de ondersteuningsvraag (jeugdarts, kinderpsychiater of maatschappelijk
        werker). De Commissie van Toelaatbaarheid besluit binnen zes weken; in spoedsituaties binnen tien
        werkdagen."""),
        P("""De Commissie verklaart een leerling toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte
        het niveau van de derde trede overstijgt, blijkend uit een OPP waarin ten minste twee interventies
        van minimaal drie maanden zijn geëvalueerd, en (b) de leerling voor zijn ontwikkeling aangewezen is
        op de combinatie van kleine groepen, specialistische begeleiding en een aangepast curriculum die
        alleen het vso biedt, of (c) er sprake is van een ernstige lichamelijke beperking of langdurige
        ziekte waarbij structurele verzorging onder schooltijd nodig is. Een TLV geldt voor één of twee
        schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."""),
        H2("Praktijkonderwijs en lwoo"),
        P("""Voor praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en een leerachterstand van ten
        minste drie jaar op twee domeinen). De Zuiderpolder heeft voor lwoo eigen criteria vastgesteld: een
        leerling is aangewezen op lwoo bij een leerachterstand van ten minste anderhalf jaar op twee
        domeinen, of bij een achterstand van één jaar op één domein in combinatie met een
        sociaal-emotionele problematiek die uit het OPP van de basisschool blijkt. De aanwijzing lwoo geldt
        voor de gehele schoolloopbaan in het vmbo. De aanvraag voor pro en lwoo verloopt via hetzelfde loket;
        de Commissie besluit uiterlijk op 1 mei voor leerlingen die in augustus instromen."""),
        P("""Tegen een besluit van de Commissie kan binnen zes weken bezwaar worden gemaakt bij het bestuur
        van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen."""),
        H2("Einde van de TLV"),
        P("""In het laatste jaar van de TLV start de vso-school vóór 1 december een evaluatie. De vso-school
        bespreekt de uitkomst in een multidisciplinair overleg met de leerling, de trajectbegeleider van het
        loket en, als terugkeer in beeld is, de beoogde reguliere school. De vso-school legt vóór 1 februari
        een advies voor aan de Commissie van Toelaatbaarheid: terugplaatsing, overplaatsing of een nieuwe
        TLV. De Commissie beslist vóór 1 april. Bij terugplaatsing eindigt de TLV op 31 juli en schrijft de
        reguliere school de leerling per 1 augustus in."""),
        H1("8 Kwaliteit en monitoring"),
        P("""Concrete doelen per speerpunt formuleert het bestuur jaarlijks in het jaarplan."""),
        P("""De kwaliteitszorg van het verband volgt de PDCA-cyclus. Het bureau houdt een Zuiderpoldermonitor
        bij met kwartaalcijfers over het aantal aanvragen en toekenningen, de doorlooptijden, de wachtlijsten,
        het aantal thuiszitters en het deelnamepercentage vso en pro op 1 oktober. De monitor wordt elk
        kwartaal besproken in het managementoverleg en twee keer per jaar met de raad van toezicht en de OPR.
        Eens per jaar houdt de directeur-bestuurder met elk bestuur een kwaliteitsgesprek aan de hand van de
        monitor. De cijfers van het afgelopen jaar staan in het jaarverslag."""),
        TAB([["Kengetal", "2023", "2024", "2025"],
             ["TLV's vso afgegeven", "412", "437", "455"],
             ["Gemiddelde doorlooptijd aanvraag (werkdagen)", "34", "31", "29"],
             ["Thuiszitters op 1 oktober", "61", "55", "48"],
             ["Deelnamepercentage vso", "3,6%", "3,7%", "3,7%"]]),
        H1("9 Financiën"),
        P("""De financiële vertaling van dit plan staat in de meerjarenbegroting die het bestuur jaarlijks in
        december vaststelt en op de website van het verband publiceert."""),
    ]
    body += f_personeel(c) + f_ict(c) + f_planning(c) + f_begrippen(c)
    title = ("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen",
             ["Stichting Samenwerkingsverband Voortgezet Onderwijs Zuiderpolder (VO 21-08)",
              "Basisondersteuning – dekkend netwerk – toelaatbaarheid – terugplaatsing – financiën – ouders",
              "Vastgesteld 16 april 2026"])
    blocks = [title, toc_from(body)] + body
    f = write_doc("vo-zuiderpolder", "pdf", "Ondersteuningsplan SWV VO Zuiderpolder 2026-2030", blocks,
                  header="Ondersteuningsplan 2026-2030 op hoofdlijnen – SWV VO Zuiderpolder",
                  footer="Zuiderpolder – samen sterk voor basisondersteuning, ouders en passend onderwijs")
    write_label("vo-zuiderpolder", [f], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                 "financien.verdeling", "financien.besteding", "resultaten.doelen",
                 "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H5 only defers to a future landelijke norm; the term appears otherwise only on the title page, footer and glossary.",
                 "plaatsing": "H7: loket procedure, deskundigen, CvT 6 weeks, vso criteria (a)-(c), pro national and own lwoo criteria with duration, LBT bezwaar.",
                 "terugstroom": "H7 'Einde van de TLV': steps and dates (1 Dec, 1 Feb, 1 April, 31 July) but no policy aims, conditions or support after return.",
                 "financien": "H9 'Financiën' only refers to a meerjarenbegroting on the website; no verdeling or amounts in the plan.",
                 "dekkend-aanbod": "H6: four treden with OPDC/rebound/ISK/vso/pro and OZA; Thuiszittersoverleg, wachtlijsten with overbrugging, yearly capacity decision.",
                 "resultaten": "H8: Zuiderpoldermonitor, quarterly/semiannual reporting, kengetallen table; doelen are deferred to the annual jaarplan.",
                 "ouders": "Nothing in the body; ouders only in footer slogan, title page and glossary (OJSP); OPR composition without parents."})
    return f


# ---------------------------------------------------------------------------
# Near-miss: school-level "ondersteuningsplan" of one VO school, .md
# ---------------------------------------------------------------------------


def nearmiss_debrink():
    blocks = [
        ("title", "Ondersteuningsplan 2025-2026 – RSG De Brink",
         ["Regionale scholengemeenschap De Brink, vmbo-havo-vwo, Polderstad",
          "Ondersteuningsplan van de school, vastgesteld door de schoolleiding, besproken met de MR"]),
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe RSG De Brink de ondersteuning aan haar leerlingen
        organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor medewerkers, ouders en leerlingen en
        wordt elk jaar bijgesteld. De Brink is aangesloten bij het samenwerkingsverband VO Zuiderpolder; het
        ondersteuningsplan van dat samenwerkingsverband vormt het kader voor dit schoolplan. Waar het
        samenwerkingsverband beslist, bijvoorbeeld over toelaatbaarheid tot het vso of over lwoo, verwijzen
        wij naar de afspraken van het samenwerkingsverband."""),
        H1("2 Onze basisondersteuning"),
        P("""Iedere leerling op De Brink heeft een mentor. De mentor is het eerste aanspreekpunt voor leerling en
        ouders en voert drie keer per jaar een voortgangsgesprek. Daarnaast biedt de school een
        dyslexieprotocol, huiswerkbegeleiding tot 16.30 uur, een faalangsttraining en een training sociale
        vaardigheden. De zorgcoördinator coördineert de ondersteuning en zit het zorgoverleg voor."""),
        H1("3 Zorgniveaus op De Brink"),
        P("""De school werkt met vier zorgniveaus. Niveau 1 is de ondersteuning in de klas door de vakdocent.
        Niveau 2 is de ondersteuning door de mentor. Niveau 3 is de ondersteuning door interne specialisten:
        de zorgcoördinator, de orthopedagoog, de remedial teacher en de vertrouwenspersoon. Niveau 4 is de
        ondersteuning met externe partners: schoolmaatschappelijk werk, jeugdarts, leerplicht en
        jeugdhulp, die samen met de school het zorg- en adviesteam (ZAT) vormen. Het ZAT komt zes keer per
        jaar bijeen."""),
        P("""Wanneer een leerling meer nodig heeft dan niveau 3, stelt de zorgcoördinator samen met leerling en
        ouders een ontwikkelingsperspectiefplan op. Blijkt dat de school ook met een arrangement van het
        samenwerkingsverband de leerling niet passend kan ondersteunen, dan vraagt het bevoegd gezag via het
        loket van het samenwerkingsverband een toelaatbaarheidsverklaring aan. De zorgcoördinator begeleidt
        ouders daarbij."""),
        H1("4 Groepsbesprekingen en leerlingbesprekingen"),
        P("""Twee keer per jaar vinden groepsbesprekingen plaats, in november en in maart. Alle docenten van een
        klas bespreken dan de sfeer in de groep en de leerlingen die opvallen. Na de groepsbespreking volgt
        zo nodig een leerlingbespreking in kleiner verband. Afspraken worden vastgelegd in het
        leerlingvolgsysteem en met ouders gedeeld."""),
        H1("5 Ouders"),
        P("""Ouders zijn partners van de school. Zij worden uitgenodigd voor de voortgangsgesprekken en voor de
        informatieavonden aan het begin van het schooljaar. Over de ondersteuning op De Brink leest u meer in
        de schoolgids en op de website van de school. Ouders die het niet eens zijn met een beslissing van de
        school, kunnen eerst contact opnemen met de teamleider; komen zij er niet uit, dan kunnen zij zich
        wenden tot de klachtencommissie of tot het Ouder- en Jeugdsteunpunt van het samenwerkingsverband."""),
        H1("6 Middelen"),
        P("""De school ontvangt van het samenwerkingsverband een ondersteuningsbudget. In 2025-2026 bedraagt dit
        € 286.000. De school besteedt dit aan de formatie van de zorgcoördinator en de orthopedagoog (samen
        2,1 fte), aan de trajectgroep en aan trainingen. De schoolleiding legt jaarlijks verantwoording af
        aan het bestuur over de besteding."""),
        H1("7 Trajectgroep"),
        P("""De trajectgroep is een plek in de school waar leerlingen die tijdelijk niet in de klas kunnen
        functioneren, onder begeleiding werken. Een leerling kan maximaal acht weken in de trajectgroep
        verblijven. Daarna volgt een terugkeer naar de klas, eventueel in stappen. De trajectbegeleider
        stemt de terugkeer af met mentor, ouders en docenten."""),
        H1("8 Evaluatie van het afgelopen schooljaar"),
        P("""In 2024-2025 zijn 41 leerlingen besproken in het ZAT en hebben 18 leerlingen een OPP gekregen. Drie
        leerlingen zijn met een TLV naar het vso gegaan. De tevredenheid van ouders over de ondersteuning was
        een 7,4. Voor 2025-2026 willen wij de wachttijd voor een gesprek met de orthopedagoog terugbrengen
        tot maximaal drie weken."""),
        H1("9 Begrippen"),
        UL("Basisondersteuning: de ondersteuning die elke school in het samenwerkingsverband biedt.",
           "OPP: ontwikkelingsperspectiefplan.", "TLV: toelaatbaarheidsverklaring.",
           "ZAT: zorg- en adviesteam.", "SOP: schoolondersteuningsprofiel."),
    ]
    f = write_doc("nm-debrink-schoolondersteuningsplan", "md", "Ondersteuningsplan RSG De Brink 2025-2026", blocks)
    (OUT / "nm-debrink-schoolondersteuningsplan.expected.yaml").write_text(
        "documents: [nm-debrink-schoolondersteuningsplan.md]\n"
        "sector: vo\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one VO school (RSG De Brink): zorgniveaus, ZAT, "
        "groepsbesprekingen, school budget; it refers to the samenwerkingsverband as an outside body and has no "
        "SWV plan period, OPR consent, OOGO or verdeling over besturen. Not an ondersteuningsplan of a "
        "samenwerkingsverband.\"\n", encoding="utf-8")
    return f


def main():
    made = [plan_rijnveld(), plan_kempenhaar(), plan_waterlinie(), plan_beekdal(), plan_zuiderpolder(),
            nearmiss_debrink()]
    for m in made:
        print(m)


if __name__ == "__main__":
    main()
