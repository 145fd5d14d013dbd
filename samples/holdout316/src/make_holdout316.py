#!/usr/bin/env python3
"""Generate holdout set 316: five fictional ondersteuningsplannen (PO/VO) and one near-miss
document, plus their <name>.expected.yaml labels.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]

# ----------------------------------------------------------------------------------------------
# Block helpers. A document is a list of tuples:
#   ("title", [lines]), ("toc", [lines]), ("h1", text), ("h2", text), ("p", text),
#   ("bullets", [items]), ("table", [[header...], [row...], ...]), ("caption", text), ("break",)
# ----------------------------------------------------------------------------------------------

def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def BUL(items):
    return ("bullets", items)


def TAB(rows):
    return ("table", rows)


def CAP(t):
    return ("caption", t)


BREAK = ("break",)


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = datetime.datetime(2026, 1, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    cp.author = "holdout316"
    cp.title = header_text
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 14)
        elif kind == "toc":
            para = doc.add_paragraph()
            r = para.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "caption":
            para = doc.add_paragraph()
            r = para.add_run(b[1])
            r.italic = True
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_pdf(blocks, path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout316_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=" + profile.as_uri(),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, header_text, footer_text, site_nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(header_text), "</head>", "<body>",
           '<header><div class="site">%s</div><nav><ul>%s</ul></nav></header>' % (
               e(header_text), "".join("<li><a href=\"#\">%s</a></li>" % e(n) for n in site_nav)),
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(b[1][0]))
            for line in b[1][1:]:
                out.append('<p class="subtitle">%s</p>' % e(line))
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>%s</ol></nav>' % "".join(
                "<li>%s</li>" % e(x) for x in b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind == "caption":
            out.append("<p><em>%s</em></p>" % e(b[1]))
        elif kind == "bullets":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in b[1]))
        elif kind == "table":
            rows = b[1]
            t = ["<table>", "<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in rows[0]),
                 "<tbody>"]
            for row in rows[1:]:
                t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in row))
            t.append("</tbody></table>")
            out.append("".join(t))
        elif kind == "break":
            pass
    out.append("</main>")
    out.append("<footer><p>%s</p></footer>" % e(footer_text))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "caption"):
            n += len(b[1].split())
        elif b[0] in ("bullets", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    lines = []
    lines.append("documents: [%s]" % ", ".join(documents))
    lines.append("sector: %s" % sector)
    lines.append("looks_like_plan: %s" % ("true" if looks_like_plan else "false"))
    if not looks_like_plan:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
    else:
        assert set(elements) == set(ELEMENTS)
        assert set(criteria) == set(CORE)
        for el in ELEMENTS:  # consistency with the Part A status rule
            core = [criteria[c] for c in CORE if c.startswith(el + ".")]
            adv = advisory.get(el, [])
            if all(core):
                want = "present"
            elif any(core) or adv:
                want = "partial"
            else:
                want = "missing"
            assert elements[el] == want, (name, el, elements[el], want)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, elements[el]) for el in ELEMENTS))
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for k, v in notes.items():
        lines.append("  %s: %s" % (k, yaml.safe_dump(v, allow_unicode=True, default_style='"',
                                                       width=10000).strip()))
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


def crit(true_list):
    return {c: (c in true_list) for c in CORE}


# ----------------------------------------------------------------------------------------------
# Shared filler. Every paragraph here is written so that it does NOT address any core or advisory
# criterion of Part A (passing mentions, procedure of adoption, governance, staff, ICT, planning).
# ----------------------------------------------------------------------------------------------

def filler(v):
    vo = v["sector"] == "vo"
    f = {}
    f["voorwoord1"] = (
        "Voor u ligt het ondersteuningsplan 2026-2030 van {swv}. Dit plan is het resultaat van ruim een "
        "jaar praten, schrijven en herschrijven met schoolleiders, {coord_mv}, leden van de "
        "ondersteuningsplanraad, gemeenten en partners uit de jeugdhulp. Het is ons derde plan sinds de "
        "invoering van passend onderwijs en het eerste dat volledig is geschreven na de landelijke evaluatie "
        "en de verbeteraanpak. Wij hebben geprobeerd een plan te maken dat leesbaar is voor iedereen die met "
        "passend onderwijs te maken heeft: leraren, schoolleiders en bestuurders, maar ook ouders en "
        "leerlingen. Dat is niet overal gelukt, want passend onderwijs kent veel begrippen en afkortingen. "
        "Achter in dit plan vindt u daarom een begrippenlijst.").format(**v)
    f["voorwoord2"] = (
        "Een plan is geen doel op zich. Het gaat om de {lln_kort} in onze regio die elke dag naar school gaan "
        "en daar willen leren, meedoen en zich ontwikkelen. Voor de meesten van hen gaat dat vanzelf. Voor een "
        "kleinere groep zijn extra aandacht, tijd of expertise nodig. Voor die leerlingen, en voor hun ouders, "
        "moet het systeem werken, ook als het ingewikkeld wordt. Wij danken iedereen die aan dit plan heeft "
        "bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad voor hun scherpe vragen en de "
        "gemeenten voor de open gesprekken. {ondertekening}").format(**v)
    f["visie1"] = (
        "Onze visie is kort samen te vatten: iedere leerling verdient een passende plek, zo dicht mogelijk bij "
        "huis, in een omgeving waar hij of zij zich veilig voelt en wordt uitgedaagd. Wij geloven dat scholen "
        "dat het best kunnen waarmaken als zij samenwerken, kennis delen en elkaar aanspreken. Passend onderwijs "
        "is geen taak van de {coord_ev} alleen, maar van iedere leraar in iedere klas. Het "
        "samenwerkingsverband faciliteert, verbindt en stelt kaders; de scholen en hun besturen blijven "
        "verantwoordelijk voor het onderwijs dat zij geven en voor de zorgplicht die zij hebben.").format(**v)
    f["visie2"] = (
        "Landelijk wordt veel gesproken over inclusiever onderwijs. Wij onderschrijven die beweging, maar "
        "blijven realistisch. Inclusie vraagt tijd, ruimte in het rooster, deskundigheid en gebouwen die "
        "daarvoor geschikt zijn. In deze planperiode zetten wij stappen in die richting, zonder de bestaande "
        "specialistische voorzieningen ter discussie te stellen. Wij volgen de landelijke ontwikkelingen rond "
        "de route naar inclusiever onderwijs nauwgezet en passen ons beleid aan wanneer wet- en regelgeving "
        "daarom vragen.")
    f["missie"] = (
        "Onze missie: {kort} zorgt ervoor dat de scholen in {regio} samen een zo passend mogelijk "
        "onderwijsaanbod kunnen bieden. Wij doen dat door te verbinden, te versterken en te verantwoorden. "
        "Verbinden: tussen scholen, besturen, gemeenten en zorgpartners. Versterken: van de leraar, het team en "
        "de school. Verantwoorden: open zijn over wat wij doen, wat het kost en wat het oplevert. Deze drie "
        "werkwoorden komen in de hoofdstukken van dit plan steeds terug.").format(**v)
    f["context1"] = (
        "{swv} omvat de gemeenten {gemeenten}. Binnen het verband werken {n_besturen} schoolbesturen samen, met "
        "in totaal {n_scholen}. Op de teldatum 1 oktober 2025 telden deze scholen samen ongeveer {n_lln} "
        "leerlingen. De regio kent stedelijke en landelijke delen, met grote verschillen in reisafstand en in "
        "het aanbod van jeugdhulp. Het aantal leerlingen daalt de komende jaren licht, vooral in de kleinere "
        "kernen. Dat heeft gevolgen voor scholen en voor de spreiding van het aanbod; die onderwerpen bespreken "
        "wij in het regionaal overleg met de besturen.").format(**v)
    f["context2"] = (
        "De prognoses laten voor de planperiode een daling van ongeveer vier procent zien. Enkele scholen staan "
        "daardoor voor keuzes over hun profiel en hun huisvesting. Het samenwerkingsverband heeft over die "
        "keuzes geen zeggenschap, maar is wel gesprekspartner. Wij vragen besturen om bij fusies, verhuizingen "
        "of profielwijzigingen tijdig met ons te overleggen, zodat de gevolgen voor leerlingen met een "
        "ondersteuningsbehoefte in beeld komen voordat besluiten vallen.")
    f["governance_stichting"] = (
        "Het samenwerkingsverband is een stichting. Het bestuursmodel kent een scheiding tussen bestuur en "
        "intern toezicht: de directeur-bestuurder vormt het bestuur in de zin van de statuten en legt "
        "verantwoording af aan de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie "
        "zijn voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De schoolbesturen zijn "
        "verenigd in een algemene vergadering die onder meer de statuten wijzigt, de leden van de raad van "
        "toezicht benoemt en het ondersteuningsplan vaststelt. De raad van toezicht keurt jaarlijks het "
        "jaarverslag en de jaarrekening goed.")
    f["governance_vereniging"] = (
        "Ons verband is een vereniging. Het bestuur bestaat uit de bestuurders van de aangesloten schoolbesturen "
        "en een onafhankelijk voorzitter. De coördinator voert de dagelijkse leiding en is in dienst van een van "
        "de besturen, dat haar aan het samenwerkingsverband detacheert. De toezichthoudende taak is belegd bij "
        "een auditcommissie van twee onafhankelijke leden die twee keer per jaar vergadert. Deze inrichting past "
        "bij de schaal van ons verband: korte lijnen, weinig overhead en veel persoonlijk contact tussen de "
        "scholen.")
    f["opr"] = (
        "Naast de ondersteuningsplanraad heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
        "personeel van het bureau. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en "
        "op wijzigingen daarin. De raad bestaat uit leden die zijn afgevaardigd door de "
        "medezeggenschapsraden van de aangesloten scholen. Het bestuur overlegt ten minste vier keer per jaar "
        "met de ondersteuningsplanraad. Met dit plan heeft de raad op {opr_datum} ingestemd.").format(**v)
    f["oogo"] = (
        "Over het concept van dit plan is op overeenstemming gericht overleg gevoerd met de colleges van "
        "burgemeester en wethouders van de gemeenten in ons gebied. Dat overleg vond plaats op {oogo_datum}. "
        "Het verslag is op te vragen bij het bureau. Daarnaast is overleg gevoerd met {ander_swv}, waarvan het "
        "gebied gedeeltelijk samenvalt met het onze. Het plan is vóór 1 mei 2026 aan de inspectie van het "
        "onderwijs toegezonden.").format(**v)
    f["personeel1"] = (
        "Het bureau van het samenwerkingsverband telt {fte} fte. Het team bestaat uit {team}. De medewerkers "
        "zijn in dienst van het samenwerkingsverband of worden gedetacheerd vanuit de aangesloten besturen. Wij "
        "investeren in de deskundigheid van ons eigen team door intervisie, scholing en deelname aan landelijke "
        "netwerken. Het personeelsbeleid van het bureau, waaronder de gesprekkencyclus, is vastgelegd in een "
        "afzonderlijk document dat met de medezeggenschapsraad van het bureau is afgestemd.").format(**v)
    f["personeel2"] = (
        "Het lerarentekort raakt ook passend onderwijs. Scholen melden dat het lastiger wordt om "
        "ondersteuningsfuncties te bezetten en dat nieuwe collega's minder ervaring hebben met leerlingen die "
        "extra aandacht vragen. Wij ondersteunen de scholen met een regionaal scholingsaanbod en met een netwerk "
        "voor {coord_mv} dat vijf keer per jaar bijeenkomt. Het gaat daarbij om kennisdeling en het versterken "
        "van vakmanschap, niet om toezicht.").format(**v)
    f["ict1"] = (
        "Het samenwerkingsverband werkt met een digitaal systeem voor dossiers en aanvragen. Persoonsgegevens "
        "van leerlingen verwerken wij volgens de Algemene verordening gegevensbescherming. Wij hebben een "
        "functionaris gegevensbescherming aangesteld, die wij delen met twee andere samenwerkingsverbanden. "
        "Medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben. Jaarlijks "
        "laten wij de beveiliging toetsen door een externe partij. Het privacyreglement staat op onze website.")
    f["ict2"] = (
        "In de planperiode vervangen wij het huidige systeem. De aanbesteding start in het voorjaar van 2026. "
        "Eisen zijn onder meer een veilige koppeling met de leerlingadministratie van de scholen, een digitale "
        "handtekening en een goede rapportagemodule. Tot de overstap blijft het huidige systeem in gebruik; "
        "scholen en ouders merken van de vervanging zo weinig mogelijk.")
    f["thuiszitters_passing"] = (
        "Het aantal thuiszitters in onze regio is, net als elders in het land, een bron van zorg. Achter elk "
        "getal staat een jongere die niet naar school gaat en een gezin dat daaronder lijdt. Wij zijn ons ervan "
        "bewust dat dit onderwerp alleen samen met gemeenten, leerplicht en jeugdhulp kan worden opgepakt.")
    if vo:
        f["overgang"] = (
            "De overstap van het primair naar het voortgezet onderwijs is een kwetsbaar moment. Samen met "
            "{po_swv} hebben wij afspraken gemaakt over de overdracht van gegevens en over een warme overdracht "
            "voor leerlingen bij wie dat nodig is. Deze afspraken staan in het regionale POVO-protocol, dat "
            "jaarlijks wordt geëvalueerd in het overleg tussen de beide samenwerkingsverbanden.").format(**v)
        f["mbo"] = (
            "Ook de overgang naar het middelbaar beroepsonderwijs vraagt aandacht. Met de regionale "
            "mbo-instellingen werken wij aan doorlopende ondersteuningslijnen, zodat informatie over wat een "
            "student nodig heeft niet verloren gaat bij de overstap. Wij nemen deel aan het regionale overleg "
            "over voortijdig schoolverlaten en aan de werkgroep entreeonderwijs.")
        f["nieuwkomers"] = (
            "In onze regio wonen steeds meer nieuwkomers. Voor leerlingen die nog geen Nederlands spreken, is er "
            "een internationale schakelklas. Dit onderwijs wordt niet uit de middelen voor passend onderwijs "
            "bekostigd, maar wij werken nauw samen met de school die de klas verzorgt, onder meer bij de "
            "overstap van de schakelklas naar een reguliere vo-school.")
        f["kennis"] = (
            "Op onze website delen wij voorbeelden uit de praktijk, en twee keer per jaar organiseren wij een "
            "studiemiddag voor mentoren en ondersteuningscoördinatoren. Terugkerende thema's zijn executieve "
            "functies, omgaan met angst en somberheid, schoolverzuim en het gesprek met ouders en leerlingen.")
    else:
        f["overgang"] = (
            "De overstap van de basisschool naar het voortgezet onderwijs is een kwetsbaar moment. Samen met "
            "{vo_swv} hebben wij afspraken gemaakt over de overdracht van gegevens en over een warme overdracht "
            "voor leerlingen bij wie dat nodig is. Deze afspraken staan in het regionale POVO-protocol, dat "
            "jaarlijks wordt geëvalueerd.").format(**v)
        f["vve"] = (
            "Ook de overgang van de voorschoolse voorzieningen naar de basisschool vraagt aandacht. Met de "
            "gemeenten en de kinderopvangorganisaties werken wij aan een doorgaande lijn voor het jonge kind, "
            "zodat informatie over wat een kleuter nodig heeft niet verloren gaat.")
        f["nieuwkomers"] = (
            "In onze regio wonen steeds meer nieuwkomers. Voor kinderen die nog geen Nederlands spreken zijn er "
            "twee taalklassen. Dit onderwijs wordt niet uit de middelen voor passend onderwijs bekostigd, maar "
            "wij werken nauw samen met de scholen die de taalklassen verzorgen.")
        f["kennis"] = (
            "Op onze website delen wij voorbeelden uit de praktijk, en twee keer per jaar organiseren wij een "
            "studiemiddag voor intern begeleiders en leerkrachten. Terugkerende thema's zijn het jonge kind, "
            "gedrag in de groep, taalontwikkeling en het gesprek met ouders.")
    f["vervoer"] = (
        "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch hebben keuzes op die "
        "terreinen invloed op passend onderwijs: een lange reistijd kan bepalend zijn voor de vraag of een "
        "leerling een bepaalde school kan bezoeken. Wij brengen zulke signalen in bij de gemeenten, die er "
        "vervolgens zelf over beslissen.")
    f["planning"] = (
        "De looptijd van dit plan is 1 augustus 2026 tot en met 31 juli 2030. Het plan wordt elk jaar uitgewerkt "
        "in een jaarplan. Halverwege de planperiode, in het voorjaar van 2028, houden wij een tussentijdse "
        "evaluatie met scholen, ondersteuningsplanraad en gemeenten. Op basis daarvan kan het plan worden "
        "bijgesteld; wijzigingen leggen wij ter instemming voor aan de ondersteuningsplanraad.")
    f["hb"] = (
        "Het Rijk heeft de afgelopen jaren extra geld beschikbaar gesteld voor onderwijs aan hoogbegaafde "
        "leerlingen. Met die subsidie zijn op verschillende scholen plusklassen en verrijkingsprogramma's "
        "gestart. Na afloop van de subsidie beslissen de besturen zelf of en hoe zij deze activiteiten "
        "voortzetten.")
    f["leerlingstem"] = (
        "Wij willen ook de stem van leerlingen horen. Daarom organiseren wij jaarlijks een leerlingpanel met "
        "leerlingen van verschillende scholen. Hun ervaringen gebruiken wij bij het maken van beleid; in het "
        "panel van 2025 ging het onder meer over de rol van de mentor en over het gevoel van veiligheid in de "
        "klas.")
    f["terugblik"] = (
        "In de vorige planperiode is veel bereikt, maar niet alles wat wij ons hadden voorgenomen. De "
        "samenwerking tussen de scholen is hechter geworden en het onderlinge vertrouwen is gegroeid. Tegelijk "
        "bleek het lastig om afspraken op alle scholen op dezelfde manier uit te voeren. Die les nemen wij mee: "
        "minder nieuwe ambities, meer aandacht voor de uitvoering van wat al is afgesproken.")
    f["zorg_passing"] = (
        "Onderwijs en jeugdhulp raken elkaar op veel plekken. Dat is geen nieuw inzicht, maar het blijft lastig "
        "om dat in de praktijk goed te organiseren. Wachtlijsten in de jeugdhulp en verschillen in beleid "
        "tussen gemeenten maken het er niet eenvoudiger op.")
    f["inspectie"] = (
        "De inspectie van het onderwijs heeft ons verband in {insp_jaar} bezocht in het kader van het "
        "vierjaarlijks onderzoek. Het oordeel was voldoende. De inspectie gaf ons mee dat wij meer zicht moeten "
        "krijgen op wat de ingezette middelen opleveren en dat de samenhang tussen plan, jaarplan en "
        "jaarverslag beter kan.").format(**v)
    f["totstandkoming"] = (
        "Dit plan is in stappen tot stand gekomen. In het voorjaar van 2025 hielden wij zes werksessies met "
        "schoolleiders, {coord_mv} en leraren. Daarna volgden een digitale enquête, twee bijeenkomsten met "
        "de ondersteuningsplanraad en gesprekken met de beleidsmedewerkers van de gemeenten. Een "
        "schrijfgroep van vier mensen verwerkte de opbrengst tot een concept, dat in januari 2026 aan alle "
        "besturen is voorgelegd. De reacties zijn, waar mogelijk, verwerkt; een overzicht daarvan is bij het "
        "bureau op te vragen.").format(**v)
    f["jaarcyclus"] = (
        "Het werk van het samenwerkingsverband volgt een vaste jaarcyclus. In het voorjaar bespreken wij de "
        "ontwikkelingen met de besturen, voor de zomer stellen wij het jaarplan voor het volgende schooljaar "
        "vast, in het najaar volgt het gesprek met de gemeenten en in juni verschijnt het jaarverslag over het "
        "afgelopen kalenderjaar. Zo sluiten plan, uitvoering en verantwoording op elkaar aan, ook al is dat in "
        "de praktijk niet altijd zo netjes als het hier staat.")
    f["welzijn"] = (
        "Scholen zien de laatste jaren meer jongeren met somberheid, angst en stress. Landelijk onderzoek "
        "bevestigt dat beeld. Het is niet aan het samenwerkingsverband om dat op te lossen, maar wij merken de "
        "gevolgen wel: meer vragen om advies, meer verzuim en meer druk op mentoren. Wij volgen dit nauwgezet "
        "en delen signalen met de gemeenten en de jeugdgezondheidszorg.")
    f["besturen"] = (
        "De aangesloten besturen verschillen in grootte, denominatie en traditie. Dat maakt samenwerking soms "
        "ingewikkeld, maar ook rijk. In het directeurenoverleg, dat zes keer per jaar bijeenkomt, bespreken "
        "schoolleiders de uitvoering van dit plan. Het overleg heeft geen besluitvormende bevoegdheid, maar "
        "zijn adviezen wegen zwaar mee in de besluiten van het bestuur.")
    f["communicatie_scholen"] = (
        "Met de scholen communiceren wij via een maandelijkse nieuwsbrief, een besloten deel van de website en "
        "het netwerk van {coord_mv}. Nieuwe medewerkers van scholen krijgen bij hun start een korte "
        "introductie over het samenwerkingsverband. Wij merken dat de naam van het verband op de werkvloer "
        "nog niet overal bekend is; in de planperiode willen wij daar meer aandacht aan geven.").format(**v)
    f["duurzaam"] = (
        "Ook het bureau van het samenwerkingsverband wil verantwoord omgaan met mensen en middelen. Wij "
        "werken hybride, delen een kantoor met een ander samenwerkingsverband en beperken reisbewegingen door "
        "overleggen zoveel mogelijk op de scholen zelf te houden. Vergaderstukken worden alleen digitaal "
        "verspreid.")
    return f


# ----------------------------------------------------------------------------------------------
# Plan 1: large VO verband, Word. All present except terugstroom (only procedure, hidden in the TLV
# chapter) and resultaten (goals yes, monitoring deferred). Ouders inside "Communicatie",
# financien under "Geld en middelen".
# ----------------------------------------------------------------------------------------------

def plan1():
    v = dict(sector="vo", swv="Samenwerkingsverband Voortgezet Onderwijs Rivierstad en omstreken",
             kort="SWV VO Rivierstad", regio="Rivierstad en de omliggende dorpen",
             gemeenten="Rivierstad, Oudewaard, Lindeloo en Veenhuizen-Oost", n_besturen=11,
             n_scholen="34 vestigingen voor vmbo, havo, vwo en praktijkonderwijs en drie scholen voor vso",
             n_lln="38.400", lln_kort="bijna veertigduizend jongeren",
             coord_mv="ondersteuningscoördinatoren", coord_ev="ondersteuningscoördinator",
             ondertekening="Namens het bestuur, drs. M. (Marloes) Tiemens, directeur-bestuurder.",
             opr_datum="17 maart 2026", oogo_datum="3 maart 2026",
             ander_swv="het Samenwerkingsverband VO Lindeloo-Noord", po_swv="het PO-verband Rivierstad",
             fte="24,6", insp_jaar="2024",
             team=("de directeur-bestuurder, een manager onderwijs en ondersteuning, twaalf consulenten passend "
                   "onderwijs, twee orthopedagogen-generalist, een secretariaat en een controller"))
    f = filler(v)
    toc = ["1 Voorwoord ........ 3", "2 Ons verband in cijfers ........ 5", "3 Visie en ambities ........ 7",
           "4 Basisondersteuning: wat elke school biedt ........ 9",
           "5 Het ondersteuningscontinuüm ........ 12", "6 Toewijzing en toelaatbaarheid ........ 15",
           "7 Thuiszitters en dekkend netwerk ........ 20", "8 Kwaliteit en resultaten ........ 23",
           "9 Communicatie ........ 26", "10 Geld en middelen ........ 28",
           "11 Organisatie en medezeggenschap ........ 32", "12 Planning ........ 35",
           "Bijlage A Begrippenlijst ........ 37"]
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband Voortgezet Onderwijs Rivierstad en omstreken (VO 26-14)",
                    "Samen sterk voor elke leerling",
                    "Vastgesteld door de algemene vergadering op 24 maart 2026"]),
         BREAK, ("toc", toc), BREAK,
         H1("1 Voorwoord"), P(f["voorwoord1"]), P(f["voorwoord2"]),
         H2("Leeswijzer"),
         P("Hoofdstuk 2 schetst ons verband in cijfers. Hoofdstuk 3 beschrijft visie en ambities. De hoofdstukken "
           "4 tot en met 7 gaan over de ondersteuning zelf: de basisondersteuning, het continuüm van "
           "ondersteuning, de toewijzing en toelaatbaarheid en het dekkend netwerk. Hoofdstuk 8 gaat over "
           "kwaliteit en resultaten, hoofdstuk 9 over communicatie, hoofdstuk 10 over geld en middelen. De "
           "hoofdstukken 11 en 12 beschrijven organisatie en planning. Wie snel wil weten wat dit plan betekent "
           "voor terugplaatsing, toelaatbaarheid of de positie van ouders, vindt de belangrijkste afspraken in "
           "de samenvatting op de website."),
         H1("2 Ons verband in cijfers"), P(f["context1"]), P(f["context2"]),
         TAB([["Kengetal (1 oktober 2025)", "Aantal"], ["Leerlingen regulier vo", "36.212"],
              ["Leerlingen praktijkonderwijs", "1.018"], ["Leerlingen vso", "1.170"],
              ["Leerlingen met lwoo-aanwijzing", "3.904"], ["Deelnamepercentage vso", "3,05%"],
              ["Aangesloten schoolbesturen", "11"]]),
         CAP("Tabel 2.1 Kengetallen van het samenwerkingsverband"),
         P(f["terugblik"]), P(f["inspectie"]),
         H1("3 Visie en ambities"), P(f["visie1"]), P(f["visie2"]), P(f["missie"]),
         P("Voor de planperiode formuleren wij vier ambities: (1) de basis op orde op elke vestiging, (2) "
           "ondersteuning zo dicht mogelijk bij de klas, (3) geen jongere langer dan nodig zonder passend "
           "onderwijs en (4) een overzichtelijk en eerlijk gebruik van middelen. Ook terugplaatsing vanuit het "
           "vso blijft een aandachtspunt. De ambities zijn uitgewerkt in de volgende hoofdstukken."),
         H1("4 Basisondersteuning: wat elke school biedt"),
         P("Basisondersteuning is in ons verband het niveau van ondersteuning dat de elf schoolbesturen samen "
           "hebben afgesproken en dat iedere vestiging, van praktijkonderwijs tot gymnasium, minimaal biedt. "
           "Een leerling of ouder hoeft daarvoor geen aanvraag te doen en het samenwerkingsverband hoeft er geen "
           "toestemming voor te geven. Het niveau ligt boven de basiskwaliteit die de inspectie vraagt: het gaat "
           "om de afspraken die wij als regio met elkaar hebben gemaakt. Wat een vestiging daarbovenop biedt, "
           "staat in haar schoolondersteuningsprofiel en vanaf 2026 in de schoolgids."),
         P("Concreet betekent dit dat u op iedere vestiging in ons verband in elk geval het volgende aantreft:"),
         BUL(["een mentor per klas met ten minste één mentoruur per week in leerjaar 1 en 2;",
              "een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen;",
              "toegang tot een orthopedagoog of psycholoog (eigen personeel of via het bestuur) voor observatie "
              "en handelingsadvies;",
              "een dyslexie- en dyscalculieprotocol met de bijbehorende faciliteiten (extra tijd, vergroting, "
              "voorleessoftware);",
              "trainingen faalangstreductie, sociale vaardigheden en examenvrees, ten minste één keer per jaar;",
              "een ondersteuningsruimte of time-outvoorziening met begeleiding tijdens de lesuren;",
              "een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt, met de jeugdarts, "
              "leerplicht en het schoolmaatschappelijk werk;",
              "een verzuimprotocol waarbij ongeoorloofd verzuim binnen drie lesdagen met thuis wordt besproken;",
              "een ontwikkelingsperspectiefplan voor iedere leerling die extra ondersteuning krijgt."]),
         P("Of de vestigingen deze afspraken waarmaken, toetsen wij met de jaarlijkse kwaliteitskaart "
           "basisondersteuning, die iedere vestiging in oktober invult en die een consulent met de schoolleiding "
           "bespreekt. Eens in de twee jaar bezoekt een visitatieteam van collega-scholen elke vestiging. Blijft "
           "een vestiging op een onderdeel onder het afgesproken niveau, dan stelt zij binnen drie maanden een "
           "verbeterplan op dat de directeur-bestuurder met het schoolbestuur bespreekt."),
         H1("5 Het ondersteuningscontinuüm"),
         P("Binnen en tussen de scholen werken wij met een continuüm van vier niveaus. Niveau 1 is de "
           "basisondersteuning uit hoofdstuk 4. Niveau 2 is extra ondersteuning binnen de eigen school: een "
           "arrangement dat de school zelf organiseert en bekostigt uit het schoolbudget, bijvoorbeeld een "
           "maatwerkrooster, intensieve coaching of een eigen ondersteuningsklas. Niveau 3 bestaat uit "
           "bovenschoolse voorzieningen van het verband: het orthopedagogisch-didactisch centrum De Overstap "
           "(70 plaatsen, tijdelijke plaatsing van maximaal twee jaar), het Reboundproject (time-out van twaalf "
           "weken) en de ambulante dienst Passend op Maat die leraren en leerlingen in de klas begeleidt. "
           "Niveau 4 is het voortgezet speciaal onderwijs op de drie vso-scholen in de regio."),
         P("Een leerling doorloopt deze niveaus niet automatisch na elkaar: het ondersteuningsteam van de school "
           "kijkt wat nodig is en kan, met instemming van ouders, direct een bovenschoolse voorziening "
           "aanvragen. Onderwijs-zorgarrangementen combineren een plek op school met jeugdhulp; daarover "
           "maken wij afspraken met de vier gemeenten in het OOGO, zoals de inzet van jeugdhulp op school op "
           "alle vmbo-vestigingen en de gezamenlijke financiering van de zorgklas in Oudewaard."),
         P(f["hb"]),
         H1("6 Toewijzing en toelaatbaarheid"),
         H2("6.1 Wie besluit"),
         P("Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso, over de aanwijzing voor "
           "leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Dat doet de "
           "Commissie Toewijzing, die namens de directeur-bestuurder besluit."),
         H2("6.2 Zo verloopt een aanvraag"),
         P("Stap 1: de school waar de leerling staat ingeschreven (bij nieuwe leerlingen: de school van "
           "aanmelding) bespreekt de situatie met ouders en leerling en stelt het ontwikkelingsperspectiefplan "
           "bij. Stap 2: het schoolbestuur dient de aanvraag digitaal in bij het Loket Toewijzing, met het OPP, "
           "de evaluatie van de geboden ondersteuning, een onderwijskundig rapport en de zienswijze van ouders "
           "en leerling. Stap 3: een consulent controleert binnen vijf werkdagen of het dossier compleet is. "
           "Stap 4: twee deskundigen brengen elk een eigen schriftelijk advies uit: altijd een orthopedagoog of "
           "GZ-psycholoog, en afhankelijk van de leerling een tweede deskundige zoals een kinder- en "
           "jeugdpsychiater, een maatschappelijk werker of een jeugdarts. Geen van beiden is bij de aanvraag "
           "betrokken geweest. Stap 5: de Commissie Toewijzing besluit binnen zes weken na ontvangst van het "
           "complete dossier. Ouders ontvangen het besluit en een afschrift van beide adviezen."),
         P("Voor lwoo en pro geldt dezelfde route, met een verkorte termijn van vier weken voor aanvragen die "
           "vóór 1 maart worden ingediend, zodat de leerling bij de start van het schooljaar weet waar hij of "
           "zij aan toe is."),
         H2("6.3 Wanneer is een leerling toelaatbaar"),
         TAB([["Voorziening", "Een leerling is toelaatbaar als ..."],
              ["vso", "de ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of "
                      "lichamelijke/medische situatie de mogelijkheden van niveau 1 tot en met 3 aantoonbaar "
                      "overstijgt; een arrangement op niveau 2 of 3 ten minste zes maanden is uitgevoerd en "
                      "geëvalueerd (behalve bij een evident medische of ernstig meervoudige problematiek); en "
                      "beide deskundigen positief adviseren"],
              ["lwoo", "de leerling voldoet aan de landelijke criteria: een intelligentiequotiënt tussen 75 en "
                       "90 met een leerachterstand van 25 tot 50 procent in twee domeinen, of een IQ tussen 91 "
                       "en 120 met een leerachterstand in twee domeinen en sociaal-emotionele problematiek"],
              ["pro", "de leerling voldoet aan de landelijke criteria: IQ tussen 55 en 80 en een "
                      "leerachterstand van ten minste 50 procent in twee van de vier domeinen, waarvan één "
                      "begrijpend lezen of inzichtelijk rekenen"]]),
         CAP("Tabel 6.1 Criteria voor toelaatbaarheid"),
         H2("6.4 Duur en categorie"),
         P("Een toelaatbaarheidsverklaring voor het vso geldt in de regel voor twee schooljaren en eindigt op "
           "31 juli. Bij een leerling met een blijvende, ernstige beperking kan de commissie een verklaring "
           "afgeven tot het einde van de schoolloopbaan. De commissie stelt de bekostigingscategorie vast: laag, "
           "tenzij de deskundigen een lichamelijke beperking (midden) of meervoudige beperking (hoog) vaststellen."),
         H2("6.5 Niet eens met het besluit"),
         P("Ouders en schoolbestuur kunnen binnen zes weken bezwaar maken bij de directeur-bestuurder. Het "
           "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
           "die het bezwaar behandelt en advies uitbrengt. Daarna staat beroep open bij de rechtbank."),
         H2("6.6 Einde van de verklaring"),
         P("In het laatste jaar van een toelaatbaarheidsverklaring neemt de vso-school het initiatief. Zij "
           "organiseert uiterlijk 1 februari een evaluatiegesprek met ouders, leerling en een consulent van het "
           "samenwerkingsverband, waarin wordt bekeken of de leerling het vso kan verlaten. Is dat het geval, "
           "dan zoekt de vso-school samen met ouders een vo-school en stelt zij vóór 1 mei een "
           "overdrachtsdossier op; de ontvangende school bevestigt de inschrijving uiterlijk 1 juni. Is verder "
           "vso nodig, dan dient het bestuur van de vso-school vóór 1 april een aanvraag voor een nieuwe "
           "verklaring in, waarover de Commissie Toewijzing volgens paragraaf 6.2 besluit. Zonder nieuwe "
           "verklaring eindigt de toelaatbaarheid op 31 juli."),
         H1("7 Thuiszitters en dekkend netwerk"),
         P(f["thuiszitters_passing"]),
         P("Het samenwerkingsverband heeft een dekkend netwerk als alle jongeren in de regio een passende plek "
           "hebben. Of dat zo is, onderzoeken wij ieder jaar in maart met een analyse van de meldingen bij het "
           "Loket, de aanvragen die niet konden worden gehonoreerd en de gegevens van leerplicht over "
           "thuiszitters en vrijstellingen. De uitkomsten bespreken wij met de schoolbesturen en de gemeenten; "
           "waar een tekort blijkt, stelt het bestuur binnen drie maanden een plan van aanpak vast."),
         P("Iedere jongere die langer dan vier weken niet of nauwelijks naar school gaat, wordt binnen tien "
           "werkdagen besproken aan de thuiszitterstafel, waar de school, leerplicht, het wijkteam en een "
           "consulent samen een plan maken. Lukt het niet om binnen drie maanden een oplossing te vinden, dan "
           "neemt de directeur-bestuurder de regie over (doorzettingsmacht) en kan zij een plek op een "
           "voorziening van het verband toewijzen. De school van inschrijving blijft tot die tijd "
           "verantwoordelijk (zorgplicht)."),
         P("Uit de analyse van 2025 bleek dat er geen passend aanbod was voor havo- en vwo-leerlingen met "
           "autisme en angstklachten die het volledige rooster niet aankunnen. Vanaf augustus 2027 start daarom "
           "een kleinschalige havo/vwo-voorziening voor 24 leerlingen, in samenwerking met twee besturen."),
         H1("8 Kwaliteit en resultaten"),
         P("Voor de planperiode stellen wij ons de volgende beoogde resultaten ten doel voor leerlingen die "
           "extra ondersteuning nodig hebben:"),
         BUL(["in 2030 zijn er in onze regio niet meer dan tien jongeren die langer dan drie maanden thuiszitten "
              "(2025: 27);",
              "ten minste 85 procent van de leerlingen met een arrangement op niveau 3 stroomt binnen twee jaar "
              "door naar een reguliere vo-school, het mbo of werk;",
              "het deelnamepercentage vso daalt van 3,05 naar 2,8 procent, zonder dat het aantal thuiszitters "
              "stijgt;",
              "90 procent van de ouders van leerlingen met een OPP zegt in 2030 betrokken te zijn bij het plan."]),
         P("Hoe wij deze resultaten gaan volgen, wie daarover wanneer rapporteert en welke bronnen wij daarvoor "
           "gebruiken, leggen wij vast in een monitoringskader dat in het eerste planjaar tot stand komt. Tot "
           "die tijd baseren wij ons op de gegevens die al beschikbaar zijn."),
         H1("9 Communicatie"),
         P("Goede communicatie is voorwaarde voor vertrouwen. Wij communiceren met scholen via het netwerk van "
           "ondersteuningscoördinatoren en een maandelijkse nieuwsbrief. Met de gemeenten hebben wij een vast "
           "kwartaaloverleg."),
         P("Ouders informeren wij op verschillende manieren over de ondersteuning die scholen en het verband "
           "bieden. Op onze website staat een ouderpagina met per vestiging de basisondersteuning en de extra "
           "ondersteuning, en met uitleg over arrangementen en toelaatbaarheid. Iedere vestiging neemt in de "
           "schoolgids een hoofdstuk over ondersteuning op, met een verwijzing naar het verband. Bij de "
           "aanmelding voor klas 1 ontvangen alle ouders de brochure 'Passend onderwijs in Rivierstad' (ook in "
           "het Engels, Turks en Arabisch), en twee keer per jaar organiseren wij een informatieavond voor "
           "ouders van leerlingen in groep 8 en klas 1."),
         P("Hebben ouders of leerlingen vragen, of lopen zij vast met school of verband, dan kunnen zij terecht "
           "bij het Ouder- en Jeugdsteunpunt Rivierstad. Dit steunpunt is onafhankelijk van scholen en "
           "samenwerkingsverband, denkt mee en kan een gesprek begeleiden; het is bereikbaar via 010-5550188 "
           "en ouderpunt-rivierstad.nl. Daarnaast kunnen ouders een beroep doen op de landelijke "
           "onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen zij voorleggen aan "
           "de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband behandelt de "
           "landelijke klachtencommissie waarbij wij zijn aangesloten."),
         P("Ouders hebben een belangrijke rol: op school als gesprekspartner bij het OPP, waarop zij ook "
           "instemmingsrecht hebben, en in het verband via de ondersteuningsplanraad, waarin de helft van de "
           "zetels bestemd is voor ouders en leerlingen. Leerlingen hebben hoorrecht bij het opstellen van hun "
           "OPP."),
         P(f["leerlingstem"]),
         H1("10 Geld en middelen"),
         P("Het samenwerkingsverband ontvangt jaarlijks ongeveer 33,1 miljoen euro aan rijksmiddelen voor "
           "lichte en zware ondersteuning. Na aftrek van de verplichte afdrachten aan het vso via DUO blijft "
           "ongeveer 13,6 miljoen euro over om te verdelen."),
         P("De verdeling volgt drie regels. Ten eerste ontvangt ieder schoolbestuur een schoolbudget van 185 euro "
           "per leerling op de teldatum van het voorgaande jaar, waaruit de basisondersteuning en de arrangementen "
           "op niveau 2 worden betaald. Ten tweede ontvangen vestigingen met meer dan 30 procent leerlingen met "
           "een lwoo-aanwijzing een aanvullend bedrag van 90 euro per lwoo-leerling. Ten derde worden de "
           "voorzieningen op niveau 3 centraal bekostigd; scholen betalen geen bijdrage per geplaatste leerling. "
           "Aanvragen voor maatwerkarrangementen boven 10.000 euro worden door de Commissie Toewijzing "
           "beoordeeld aan de hand van het OPP."),
         TAB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Afdracht vso (DUO)", "19.540", "19.310", "19.100", "18.950"],
              ["Schoolbudgetten", "6.715", "6.650", "6.590", "6.530"],
              ["Aanvulling lwoo", "351", "345", "340", "336"],
              ["OPDC De Overstap", "2.450", "2.500", "2.550", "2.600"],
              ["Rebound en Passend op Maat", "1.820", "1.850", "1.880", "1.900"],
              ["Thuiszittersaanpak en nieuwe havo/vwo-voorziening", "420", "780", "810", "830"],
              ["Bureau en organisatie", "1.710", "1.740", "1.770", "1.800"],
              ["Totaal lasten", "33.006", "33.175", "33.040", "32.946"]]),
         CAP("Tabel 10.1 Meerjarenbegroting 2026-2029"),
         P("Het weerstandsvermogen van het verband bedraagt eind 2025 4,2 procent van de baten en blijft in de "
           "planperiode onder de signaleringswaarde van de inspectie. Schoolbesturen verantwoorden de besteding "
           "van hun schoolbudget jaarlijks in een vast format dat met het jaarverslag wordt meegestuurd."),
         H1("11 Organisatie en medezeggenschap"),
         P(f["governance_stichting"]), P(f["opr"]), P(f["oogo"]), P(f["personeel1"]), P(f["personeel2"]),
         P(f["ict1"]), P(f["ict2"]),
         H2("Samenwerking in de regio"), P(f["overgang"]), P(f["mbo"]), P(f["nieuwkomers"]), P(f["vervoer"]),
         P(f["kennis"]),
         H1("12 Planning"), P(f["planning"]),
         TAB([["Schooljaar", "Belangrijkste activiteiten"],
              ["2026-2027", "Monitoringskader; nieuwe kwaliteitskaart; aanbesteding dossiersysteem"],
              ["2027-2028", "Start havo/vwo-voorziening; tussentijdse evaluatie"],
              ["2028-2029", "Herijking schoolbudget; visitatieronde"],
              ["2029-2030", "Evaluatie plan; voorbereiding nieuw ondersteuningsplan"]]),
         H1("Bijlage A Begrippenlijst"),
         BUL(["Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.",
              "Arrangement: een pakket extra ondersteuning voor een leerling of groep.",
              "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.",
              "TLV: toelaatbaarheidsverklaring voor het vso.",
              "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jongeren.",
              "OPDC: orthopedagogisch-didactisch centrum.",
              "OPR: ondersteuningsplanraad.", "OOGO: op overeenstemming gericht overleg.",
              "Meerjarenbegroting: begroting voor meerdere jaren."])]
    el = dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present")
    cr = crit([c for c in CORE if c not in ("terugstroom.beleid", "resultaten.monitoring")])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 defines the region-wide minimum and lists concrete provisions; borging via kwaliteitskaart/visitatie.",
        "plaatsing": "H6.2 steps, Commissie Toewijzing, 6 weeks, two deskundigen; criteria vso/lwoo/pro only in table 6.1; duur/categorie 6.4; bezwaar via LBT 6.5.",
        "terugstroom": "Only procedure, hidden in 6.6 'Einde van de verklaring' (TLV chapter); no policy/aims/support after return; 'terugplaatsing' in H3 and glossary is passing.",
        "financien": "Under 'Geld en middelen' (H10): verdeling rules (185 euro per leerling, lwoo supplement, central niveau 3) and meerjarenbegroting table.",
        "dekkend-aanbod": "Continuum in H5 (niveau 1-4); lacunes/thuiszitters with annual analysis and doorzettingsmacht in H7.",
        "resultaten": "H8 lists measurable beoogde resultaten; monitoring deferred to a 'monitoringskader' still to be made.",
        "ouders": "Inside 'Communicatie' (H9): website/schoolgids/brochure/avonden; OJSP, onderwijsconsulenten, geschillencommissie.",
    }
    return v, b, el, cr, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 2: small VO verband, PDF. Thin plan: basisondersteuning only the level (content referred to
# SOP's and a separate 'Kaart'), plaatsing only procedure (criteria 'op de website'), terugstroom
# missing (glossary only), financien only in tables, continuum yes / lacunes deferred, resultaten
# fully present in unusual wording, ouders informatie yes / steunpunt deferred.
# ----------------------------------------------------------------------------------------------

def plan2():
    v = dict(sector="vo", swv="Samenwerkingsverband VO Hooglanden-West", kort="Hooglanden-West",
             regio="Hooglanden-West", gemeenten="Beekveld, Hooghalen-West en Ommerzand", n_besturen=3,
             n_scholen="vijf scholen voor voortgezet onderwijs op zeven locaties",
             n_lln="6.100", lln_kort="ruim zesduizend leerlingen",
             coord_mv="zorgcoördinatoren", coord_ev="zorgcoördinator",
             ondertekening="Namens het bestuur, H. (Henk) Lubbers, voorzitter.",
             opr_datum="9 april 2026", oogo_datum="26 maart 2026",
             ander_swv="het Samenwerkingsverband VO Ommerzand-Vecht", po_swv="het PO-verband De Hooglanden",
             fte="4,2", insp_jaar="2023",
             team="een coördinator, twee trajectbegeleiders, een orthopedagoog (0,6 fte) en een secretaresse")
    f = filler(v)
    toc = ["1 Inleiding ........ 2", "2 Wie wij zijn ........ 3", "3 Waar wij voor staan ........ 4",
           "4 Ondersteuning in drie lagen ........ 6", "5 Toelaatbaarheid vso, lwoo en pro ........ 9",
           "6 Middelen ........ 11", "7 Wat willen we bereiken en hoe houden we zicht ........ 13",
           "8 Ouders en leerlingen ........ 15", "9 Organisatie ........ 16",
           "10 Begrippen ........ 18"]
    b = [("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Hooglanden-West (VO 21-06)",
                    "Kleine scholen, korte lijnen", "Versie ter instemming OPR - april 2026"]),
         BREAK, ("toc", toc), BREAK,
         H1("1 Inleiding"), P(f["voorwoord1"]), P(f["voorwoord2"]),
         P("Dit plan is bewust beknopt. Het beschrijft de afspraken op hoofdlijnen; de uitwerking staat in het "
           "jaarplan en in de documenten op onze website. In de samenvatting op de website leest u ook hoe wij "
           "omgaan met thuiszitters, terugplaatsing en het ouder- en jeugdsteunpunt."),
         H1("2 Wie wij zijn"), P(f["context1"]), P(f["context2"]), P(f["governance_vereniging"]),
         P(f["terugblik"]),
         H1("3 Waar wij voor staan"), P(f["visie1"]), P(f["visie2"]), P(f["missie"]),
         P("In een klein verband kennen scholen elkaar. Dat is een kracht, maar ook een valkuil: afspraken "
           "blijven soms impliciet. In deze planperiode willen wij die afspraken explicieter maken, vastleggen "
           "en beter volgen."),
         H1("4 Ondersteuning in drie lagen"),
         H2("4.1 Basisondersteuning"),
         P("Basisondersteuning is in ons verband het afgesproken minimale niveau van ondersteuning dat alle vijf "
           "scholen op al hun locaties bieden, zonder tussenkomst van het samenwerkingsverband. De drie besturen "
           "hebben met elkaar vastgelegd dat geen locatie onder dit gezamenlijke niveau zakt, ook niet bij "
           "krimp. Het niveau ligt boven de basiskwaliteit die de inspectie vraagt."),
         P("Wat de basisondersteuning op een school concreet inhoudt, staat in het schoolondersteuningsprofiel "
           "van die school en in de Kaart Basisondersteuning Hooglanden-West. De Kaart is als losse uitgave "
           "verschenen en wordt elk jaar in september geactualiseerd."),
         H2("4.2 Extra ondersteuning op school"),
         P("Heeft een leerling meer nodig dan de basisondersteuning, dan stelt de school een arrangement op. Dat "
           "kan bestaan uit begeleiding door een trajectbegeleider van het verband, een aangepast rooster, "
           "ambulante begeleiding vanuit het vso of inzet van de orthopedagoog. Het arrangement wordt "
           "vastgelegd in het ontwikkelingsperspectiefplan en na uiterlijk zes maanden geëvalueerd."),
         H2("4.3 Specialistische ondersteuning"),
         P("Is ook dat niet genoeg, dan zijn er twee mogelijkheden binnen de regio. De tussenvoorziening Het "
           "Anker in Beekveld biedt plaats aan 18 leerlingen die tijdelijk, voor maximaal een schooljaar, buiten "
           "de eigen klas onderwijs krijgen en daarna terugkeren naar hun eigen school. Voor leerlingen die "
           "langdurig specialistisch onderwijs nodig hebben, is er de vso-school De Horizon (cluster 4) en, "
           "buiten de regio, vso voor cluster 3 in Ommerzand. Zo vormen basis, extra en specialistische "
           "ondersteuning één samenhangend geheel."),
         H2("4.4 Dekkend netwerk"),
         P(f["thuiszitters_passing"]),
         P("Hoe wij zicht krijgen op leerlingen zonder passende plek en hoe wij witte vlekken in het aanbod "
           "aanpakken, is onderwerp van het OOGO met de drie gemeenten. De uitkomst daarvan werken wij uit in "
           "het jaarplan 2026-2027."),
         P(f["hb"]),
         H1("5 Toelaatbaarheid vso, lwoo en pro"),
         P("De school waar de leerling is ingeschreven, dient namens het schoolbestuur een aanvraag in bij het "
           "Loket van het samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een "
           "verslag van de geboden ondersteuning en de mening van ouders en leerling. De orthopedagoog van het "
           "verband en een extern deskundige (psycholoog, jeugdarts of maatschappelijk werker, afhankelijk van "
           "de vraag) geven ieder afzonderlijk schriftelijk advies. De toelatingscommissie, bestaande uit de "
           "coördinator en een schoolleider van een niet-betrokken school, besluit binnen acht weken. Voor "
           "lwoo en pro geldt dezelfde route; aanvragen die vóór 15 februari binnen zijn, worden vóór 1 april "
           "afgehandeld."),
         P("De criteria voor toelaatbaarheid tot het vso staan op onze website en worden elk jaar door het "
           "bestuur herzien. Voor lwoo en pro volgen wij de landelijke regels."),
         H1("6 Middelen"),
         P("De tabellen hieronder geven de verdeling en de besteding van de middelen in de planperiode."),
         TAB([["Budget", "Grondslag verdeling", "Bedrag 2026"],
              ["Schoolbudget lichte ondersteuning", "€ 142 per leerling op 1 oktober van het vorige jaar",
               "€ 866.200"],
              ["Budget lwoo", "€ 1.210 per lwoo-leerling, naar rato van aanwijzingen", "€ 1.161.600"],
              ["Arrangementen trajectbegeleiding", "op aanvraag, na besluit toelatingscommissie, max. € 6.000 "
               "per leerling per jaar", "€ 210.000"],
              ["Tussenvoorziening Het Anker", "centraal; geen bijdrage van scholen", "€ 395.000"]]),
         CAP("Tabel 6.1 Verdeelsleutel ondersteuningsmiddelen"),
         TAB([["Begroting (in €)", "2026", "2027", "2028", "2029"],
              ["Afdracht vso", "2.905.000", "2.880.000", "2.860.000", "2.840.000"],
              ["Schoolbudgetten", "866.200", "851.000", "838.000", "826.000"],
              ["lwoo", "1.161.600", "1.150.000", "1.140.000", "1.130.000"],
              ["Arrangementen", "210.000", "215.000", "220.000", "225.000"],
              ["Het Anker", "395.000", "400.000", "405.000", "410.000"],
              ["Bureau", "412.000", "420.000", "428.000", "436.000"],
              ["Totaal", "5.949.800", "5.916.000", "5.891.000", "5.867.000"]]),
         CAP("Tabel 6.2 Meerjarenbegroting"),
         H1("7 Wat willen we bereiken en hoe houden we zicht"),
         H2("7.1 Wat willen we bereiken"),
         P("Voor leerlingen die extra ondersteuning krijgen, hebben wij met de scholen de volgende doelen "
           "afgesproken:"),
         TAB([["Doel", "Nu (2025)", "In 2030"],
              ["Leerlingen met een arrangement die het arrangement afronden met behaalde OPP-doelen",
               "68%", "80%"],
              ["Leerlingen van Het Anker die binnen een jaar volledig terug zijn op hun eigen school", "71%", "85%"],
              ["Leerlingen met een OPP die zonder vertraging een diploma of startkwalificatie halen", "74%", "80%"],
              ["Jongeren in de regio zonder onderwijs langer dan drie maanden", "6", "hoogstens 2"]]),
         CAP("Tabel 7.1 Doelen voor leerlingen met een ondersteuningsbehoefte"),
         H2("7.2 Hoe houden we zicht"),
         P("Elke school registreert per arrangement het doel, de inzet en de uitkomst in het dossiersysteem. De "
           "coördinator maakt daarvan twee keer per jaar, in februari en in september, een rapportage die het "
           "bestuur en de ondersteuningsplanraad bespreken. De orthopedagoog evalueert ieder arrangement na zes "
           "maanden met school, ouders en leerling. Eén keer per jaar houden de zorgcoördinatoren een "
           "kwaliteitsdag waarop de cijfers per school worden vergeleken en verklaard. De bereikte resultaten "
           "en de kosten daarvan staan in het jaarverslag, dat vóór 1 juli op de website verschijnt."),
         H1("8 Ouders en leerlingen"),
         P("Ouders vinden informatie over de ondersteuning op school in de schoolgids en het "
           "schoolondersteuningsprofiel van de school, en over het samenwerkingsverband op onze website. Bij de "
           "start van klas 1 houdt iedere school een ouderavond over ondersteuning, waar ook de coördinator van "
           "het verband aanwezig is. Onze folder 'Extra hulp op school' is er in het Nederlands, Engels, "
           "Pools en Arabisch en ligt bij iedere mentor."),
         P("Een ouder- en jeugdsteunpunt richten wij in zodra de wettelijke plicht daartoe ingaat; over de vorm "
           "daarvan besluit het bestuur te zijner tijd."),
         P(f["leerlingstem"]),
         H1("9 Organisatie"), P(f["opr"]), P(f["oogo"]), P(f["personeel1"]), P(f["personeel2"]), P(f["ict1"]),
         P(f["ict2"]), P(f["overgang"]), P(f["mbo"]), P(f["nieuwkomers"]), P(f["vervoer"]), P(f["kennis"]),
         P(f["zorg_passing"]), P(f["inspectie"]), P(f["besturen"]), P(f["communicatie_scholen"]),
         P(f["welzijn"]), P(f["jaarcyclus"]), P(f["duurzaam"]), P(f["totstandkoming"]), P(f["planning"]),
         H1("10 Begrippen"),
         BUL(["Basisondersteuning: de ondersteuning die elke school biedt.",
              "Terugplaatsing: terugkeer van een leerling van het vso naar het reguliere voortgezet onderwijs, "
              "na afloop van de toelaatbaarheidsverklaring.",
              "Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.",
              "OJSP: ouder- en jeugdsteunpunt.",
              "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken.",
              "Lwoo: leerwegondersteunend onderwijs. Pro: praktijkonderwijs."])]
    el = dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
              **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial")
    cr = crit(["basisondersteuning.niveau", "plaatsing.procedure", "financien.verdeling", "financien.besteding",
               "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"])
    adv = {"plaatsing": ["deskundigen"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "4.1 defines the shared minimum level, but content is referred to each SOP and a separately published 'Kaart Basisondersteuning' (not in the input).",
        "plaatsing": "H5 gives the procedure (Loket, two advices, toelatingscommissie, 8 weeks); criteria only 'op onze website' / 'landelijke regels'.",
        "terugstroom": "Nothing in body: only the glossary and the website summary mention terugplaatsing; Het Anker return to own school is a tussenvoorziening, not vso.",
        "financien": "Only in tables in H6: Tabel 6.1 verdeelsleutel (per-leerling amounts, criteria) and Tabel 6.2 meerjarenbegroting.",
        "dekkend-aanbod": "Continuum in 4.2-4.3 (basis, arrangement, Het Anker, vso); lacunes/thuiszitters deferred to OOGO and jaarplan (4.4).",
        "resultaten": "H7 'Wat willen we bereiken en hoe houden we zicht': goals table with targets and a reporting/evaluation cycle.",
        "ouders": "H8 informs via schoolgids/SOP/website/ouderavond/folder; independent steunpunt deferred ('zodra de wettelijke plicht ingaat').",
    }
    return v, b, el, cr, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 3: PO verband, Word. basisondersteuning, plaatsing, terugstroom (own paragraph inside the
# s(b)o chapter), dekkend aanbod present; financien only verdeling (begroting p.m.); resultaten
# missing (deferred to jaarplan, only TOC/glossary); ouders only steunpunt (informatie deferred).
# ----------------------------------------------------------------------------------------------

def plan3():
    v = dict(sector="po", swv="Samenwerkingsverband Passend Primair Onderwijs Vlietlanden", kort="PPO Vlietlanden",
             regio="de Vlietlanden", gemeenten="Vlietdam, Schoorwijk, Abtsmeer en Nieuw-Oude Ven", n_besturen=9,
             n_scholen="52 basisscholen, twee scholen voor speciaal basisonderwijs en één so-school",
             n_lln="14.250", lln_kort="ruim veertienduizend kinderen",
             coord_mv="intern begeleiders", coord_ev="intern begeleider",
             ondertekening="Namens het bestuur, J. (Jeroen) van Dalen, directeur-bestuurder.",
             opr_datum="5 maart 2026", oogo_datum="19 februari 2026",
             ander_swv="het Samenwerkingsverband PO Schoorwijk-Kust", vo_swv="het VO-verband Vlietlanden",
             fte="11,3", insp_jaar="2025",
             team=("de directeur-bestuurder, zes onderwijsadviseurs, twee orthopedagogen, een "
                   "beleidsmedewerker en een secretariaat"))
    f = filler(v)
    toc = ["1 Voorwoord ........ 3", "2 Onze regio ........ 4", "3 Visie ........ 6",
           "4 Wat ouders van iedere basisschool mogen verwachten ........ 8",
           "5 Van extra ondersteuning tot speciaal onderwijs ........ 11",
           "6 Speciaal basisonderwijs en speciaal onderwijs ........ 13",
           "7 Zorgplicht en thuiszitters ........ 18", "8 Als het schuurt ........ 20",
           "9 Financiën ........ 21", "10 Kwaliteit en resultaten ........ 24", "11 Organisatie ........ 25",
           "Bijlage 1 Begrippenlijst ........ 28", "Bijlage 6 Meerjarenbegroting ........ p.m."]
    b = [("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Passend Primair Onderwijs Vlietlanden",
                    "PO 28-19", "Ieder kind een plek"]),
         BREAK, ("toc", toc), BREAK,
         H1("1 Voorwoord"), P(f["voorwoord1"]), P(f["voorwoord2"]),
         H1("2 Onze regio"), P(f["context1"]), P(f["context2"]), P(f["terugblik"]),
         H1("3 Visie"), P(f["visie1"]), P(f["visie2"]), P(f["missie"]),
         H1("4 Wat ouders van iedere basisschool mogen verwachten"),
         P("In de Vlietlanden hebben alle negen besturen een ondergrens afgesproken die elk van de 52 "
           "basisscholen, op elke locatie, waarmaakt. Wij noemen dat de basisondersteuning. Wat daaronder valt, "
           "hoeft een school niet aan te vragen en kost ouders niets extra. Wat een school daarboven kan, "
           "verschilt per school."),
         P("Elke basisschool in ons verband:"),
         BUL(["heeft een intern begeleider met ten minste één dag per week per 200 leerlingen;",
              "werkt handelingsgericht, met groepsbesprekingen ten minste drie keer per jaar;",
              "volgt een dyslexieprotocol en biedt kinderen met ernstige enkelvoudige dyslexie de route naar "
              "vergoede diagnostiek en behandeling;",
              "biedt een aanbod voor kinderen die meer aankunnen, zoals verrijkingsopdrachten in de klas;",
              "heeft een aanpak voor sociale veiligheid en een anti-pestcoördinator;",
              "kan eenvoudige medische handelingen uitvoeren volgens het regionale protocol medisch handelen;",
              "heeft een ondersteuningsteam waarin ouders, school, de onderwijsadviseur van het verband en zo "
              "nodig het wijkteam samen kijken naar wat een kind nodig heeft."]),
         P("De onderwijsadviseur bespreekt jaarlijks met iedere schooldirecteur of de school aan deze ondergrens "
           "voldoet. Waar dat niet zo is, maakt het bestuur afspraken over verbetering."),
         H1("5 Van extra ondersteuning tot speciaal onderwijs"),
         P("Heeft een kind meer nodig dan de basisondersteuning, dan kan de school een arrangement aanvragen bij "
           "het verband. Een arrangement is tijdelijk en kan bestaan uit extra handen in de klas, begeleiding "
           "door een specialist of een plaats in een van de vier groepen voor jonge risicoleerlingen. Daarna "
           "komen de bovenschoolse voorzieningen: de twee sbo-scholen De Brug en Het Palet en de so-school De "
           "Regenboog (cluster 3 en 4). Samen vormen deze niveaus het ondersteuningscontinuüm: zo licht "
           "als mogelijk, zo zwaar als nodig. Met de gemeenten zijn er twee onderwijs-zorgarrangementen voor "
           "kinderen die onderwijs en jeugdhulp tegelijk nodig hebben."),
         P(f["hb"]),
         H1("6 Speciaal basisonderwijs en speciaal onderwijs"),
         H2("6.1 Aanvraag toelaatbaarheidsverklaring"),
         P("Een toelaatbaarheidsverklaring (TLV) voor sbo of so wordt aangevraagd door het bestuur van de school "
           "waar het kind staat ingeschreven. Dat gaat in vijf stappen. Stap 1: het ondersteuningsteam "
           "concludeert samen met ouders dat de basisschool niet (meer) kan bieden wat het kind nodig heeft. "
           "Stap 2: de school vult het groeidocument aan en vraagt ouders om hun zienswijze. Stap 3: de "
           "aanvraag wordt ingediend bij de Commissie van Toelaatbaarheid (CvT) van het verband. Stap 4: twee "
           "deskundigen, van wie ten minste één orthopedagoog of psycholoog, geven ieder een eigen schriftelijk "
           "advies. Stap 5: de CvT besluit binnen zes weken; ouders en school ontvangen het besluit met de "
           "adviezen."),
         H2("6.2 Criteria"),
         P("Een kind is toelaatbaar tot het sbo als de basisschool, ook met een arrangement, niet kan voldoen "
           "aan de ondersteuningsbehoefte en het kind is aangewezen op een kleinere groep met een intensieve, "
           "specialistische aanpak gedurende de hele schooldag. Een kind is toelaatbaar tot het so (cluster 3 "
           "of 4) als het daarnaast is aangewezen op specialistische zorg of behandeling binnen de school, of "
           "als er sprake is van een lichamelijke, verstandelijke of meervoudige beperking die het sbo niet kan "
           "opvangen. In beide gevallen moet de ondersteuningsvraag blijken uit het groeidocument en de "
           "evaluatie van ten minste één arrangement, tenzij de situatie van het kind dat niet toelaat."),
         H2("6.3 Duur en bezwaar"),
         P("Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee schooljaren "
           "(categorie laag) of tot het einde van de basisschoolperiode bij categorie midden of hoog. Ouders "
           "kunnen binnen zes weken bezwaar maken; het verband vraagt daarover advies aan de Landelijke "
           "Bezwaaradviescommissie."),
         H2("6.4 Terug naar de basisschool"),
         P("Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs moet blijven dan nodig is. Elk "
           "kind in sbo of so heeft daarom een ontwikkelingsperspectief waarin de mogelijkheid van terugkeer "
           "jaarlijks wordt meegewogen. Terugkeer komt in beeld als het kind zich in de kleinere setting zo "
           "heeft ontwikkeld dat een basisschool met een arrangement het kan bieden wat het nodig heeft. De "
           "basisschool die het kind ontvangt, krijgt van het verband een overstaparrangement voor een "
           "schooljaar, met begeleiding door een leerkracht van de sbo- of so-school."),
         P("De sbo- of so-school neemt het initiatief. Zij bespreekt ieder jaar vóór 1 maart met ouders of "
           "terugkeer mogelijk is. Is dat zo, dan zoekt zij samen met ouders en de onderwijsadviseur een "
           "basisschool en vindt er vóór 1 juni een overdrachtsgesprek plaats. De ontvangende school besluit "
           "over de inschrijving. Na tien weken en na een half jaar evalueren ouders, beide scholen en de "
           "onderwijsadviseur de overstap. Bij een so-TLV die afloopt, beoordeelt de CvT vóór 1 april of een "
           "nieuwe verklaring nodig is; zo niet, dan volgt de route hierboven."),
         H1("7 Zorgplicht en thuiszitters"),
         P("Elke school heeft zorgplicht: zij moet een kind dat is aangemeld en extra ondersteuning nodig heeft "
           "een passende plek bieden, op de eigen school of op een andere school die het kind wil toelaten. "
           "Lukt dat niet binnen tien weken, dan schakelt de school het verband in."),
         P("Elk voorjaar brengen wij met de scholen en de gemeenten in kaart welke kinderen geen passende plek "
           "hebben, welke kinderen thuiszitten of een vrijstelling hebben en waar het aanbod tekortschiet. Het "
           "regionaal thuiszittersoverleg komt iedere maand bijeen en bespreekt ieder kind dat langer dan vier "
           "weken niet naar school gaat. Uit de inventarisatie van 2025 bleek een tekort aan plekken voor jonge "
           "kinderen met ernstige gedragsproblemen; daarvoor opent in 2026 een observatiegroep bij De Brug."),
         P(f["zorg_passing"]),
         H1("8 Als het schuurt"),
         P("Soms zijn ouders en school het niet met elkaar eens. Wij raden ouders aan eerst met de school in "
           "gesprek te gaan. Komen zij er samen niet uit, dan kunnen zij terecht bij het Ouder- en "
           "Jeugdsteunpunt Vlietlanden, dat onafhankelijk is van scholen en verband en ouders kosteloos "
           "adviseert en begeleidt (ojsp-vlietlanden.nl). Ook de onderwijsconsulenten kunnen helpen. Voor "
           "geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen ouders zich wenden "
           "tot de Geschillencommissie passend onderwijs."),
         P("Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, beschrijven wij in het "
           "communicatieplan 2026, dat het bureau in het eerste planjaar opstelt."),
         P("Ouders zijn partner bij het ontwikkelingsperspectief van hun kind; de school bespreekt het OPP met "
           "hen en vraagt hun instemming met het handelingsdeel."),
         H1("9 Financiën"),
         P("Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. De bekostiging van "
           "het sbo boven de twee procent en van het so wordt via DUO verrekend."),
         P("De middelen die het verband zelf verdeelt, gaan langs twee wegen naar de scholen. Ieder bestuur "
           "krijgt een schoolbudget van 62 euro per leerling op de teldatum van 1 oktober van het voorgaande "
           "jaar, plus een vaste voet van 4.000 euro per school met minder dan 150 leerlingen. Arrangementen "
           "worden per kind toegekend door de CvT op basis van het groeidocument, met een maximum van 12.000 "
           "euro per kind per schooljaar. Het groeibekostigingsdeel voor het sbo wordt verdeeld op basis van de "
           "teldatum van 1 februari."),
         P("De meerjarenbegroting 2026-2029 is p.m. opgenomen. Het bestuur stelt de begroting in december vast "
           "en voegt haar daarna als bijlage 6 aan dit plan toe. Het verband heeft zijn reserves in de vorige "
           "planperiode afgebouwd tot onder de signaleringswaarde van de inspectie."),
         H1("10 Kwaliteit en resultaten"),
         P("Goede kwaliteitszorg is voor ons vanzelfsprekend. Wat wij in deze planperiode voor kinderen willen "
           "bereiken en hoe wij dat gaan volgen, beschrijven wij in het jaarplan. Dat jaarplan wordt na "
           "vaststelling van dit ondersteuningsplan opgesteld."),
         P(f["inspectie"]),
         H1("11 Organisatie"), P(f["governance_stichting"]), P(f["opr"]), P(f["oogo"]), P(f["personeel1"]),
         P(f["personeel2"]), P(f["ict1"]), P(f["ict2"]), P(f["overgang"]), P(f["vve"]), P(f["nieuwkomers"]),
         P(f["vervoer"]), P(f["kennis"]), P(f["thuiszitters_passing"]), P(f["besturen"]),
         P(f["totstandkoming"]), P(f["planning"]),
         H1("Bijlage 1 Begrippenlijst"),
         BUL(["Basisondersteuning: de ondergrens die elke school biedt.",
              "Beoogde resultaten: de resultaten die het verband wil bereiken voor kinderen met extra "
              "ondersteuning.",
              "Informatievoorziening ouders: de manier waarop ouders worden geïnformeerd.",
              "Meerjarenbegroting: zie bijlage 6.",
              "CvT: Commissie van Toelaatbaarheid.", "Sbo: speciaal basisonderwijs. So: speciaal onderwijs.",
              "OPP: ontwikkelingsperspectief(plan)."])]
    el = dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
              **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial")
    cr = crit([c for c in CORE if c not in ("financien.besteding", "resultaten.doelen", "resultaten.monitoring",
                                            "ouders.informatie")])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 'Wat ouders van iedere basisschool mogen verwachten': ondergrens for all 52 schools and a concrete list; yearly check by onderwijsadviseur.",
        "plaatsing": "H6.1 five steps, CvT, 6 weeks, two deskundigen; 6.2 criteria sbo/so; 6.3 duration and bezwaar.",
        "terugstroom": "Own paragraph 6.4 'Terug naar de basisschool' inside the s(b)o chapter: policy (aim, condition, overstaparrangement) and procedure (initiative, dates, evaluation, CvT at TLV end).",
        "financien": "Verdeling in H9 (62 euro per leerling, vaste voet, arrangement max); meerjarenbegroting 'p.m.' and referred to absent bijlage 6; reserves mentioned.",
        "dekkend-aanbod": "Continuum in H5; lacunes via yearly inventory, thuiszittersoverleg and new observatiegroep in H7 'Zorgplicht en thuiszitters'.",
        "resultaten": "Only deferral in H10 ('beschrijven wij in het jaarplan'); TOC and glossary mention 'resultaten' - nothing addressed.",
        "ouders": "Steunpunt in H8 'Als het schuurt' (OJSP, onderwijsconsulenten, geschillencommissie); informing parents deferred to a communicatieplan still to be written.",
    }
    return v, b, el, cr, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 4: mid-size VO verband, PDF, "plan op hoofdlijnen". basisondersteuning present (12 standaarden
# in a table), plaatsing missing (only reference to absent reglement), terugstroom present in unusual
# wording in a 'Doorstroom en overstappen' chapter, financien missing (referred to website),
# dekkend aanbod only lacunes, resultaten only monitoring (goals deferred), ouders missing.
# ----------------------------------------------------------------------------------------------

def plan4():
    v = dict(sector="vo", swv="Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Zuid", kort="SWV Heuvelrand-Zuid",
             regio="Heuvelrand-Zuid", gemeenten="Bergschot, Vennekamp, Molenhoeve en Zandrijk", n_besturen=6,
             n_scholen="veertien scholen voor voortgezet onderwijs, waaronder één pro-school en twee vso-scholen",
             n_lln="15.800", lln_kort="bijna zestienduizend leerlingen",
             coord_mv="ondersteuningscoördinatoren", coord_ev="ondersteuningscoördinator",
             ondertekening="Namens het bestuur, mr. A. (Anouk) Verschuren, directeur.",
             opr_datum="12 maart 2026", oogo_datum="2 maart 2026",
             ander_swv="het Samenwerkingsverband VO Zandrijk-Oost", po_swv="het PO-verband Heuvelrand",
             fte="9,8", insp_jaar="2024",
             team="een directeur, vier consulenten, een orthopedagoog, een beleidsadviseur en een managementassistent")
    f = filler(v)
    toc = ["Samenvatting ........ 2", "1 Inleiding ........ 3", "2 Context ........ 4", "3 Koers 2026-2030 ........ 6",
           "4 Afspraken basisondersteuning ........ 8", "5 Toewijzing ........ 10",
           "6 Doorstroom en overstappen ........ 11", "7 Iedereen een plek ........ 13",
           "8 Zo meten wij ........ 15", "9 Financiën ........ 16", "10 Bestuur en medezeggenschap ........ 17",
           "11 Ouders ........ zie website", "Bijlage Afkortingen ........ 20"]
    b = [("title", ["Ondersteuningsplan op hoofdlijnen 2026-2030",
                    "Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Zuid (VO 30-11)",
                    "Vastgesteld door het bestuur op 19 maart 2026"]),
         BREAK, ("toc", toc), BREAK,
         H1("Samenvatting"),
         P("Dit plan beschrijft op hoofdlijnen hoe het samenwerkingsverband de komende vier jaar werkt aan "
           "passend onderwijs. Het gaat in op de basisondersteuning, de toewijzing van extra ondersteuning, de "
           "overstap tussen vso en regulier onderwijs, thuiszitters, kwaliteit, financiën en de rol van ouders. "
           "Uitgewerkte procedures, de begroting en de informatie voor ouders staan in afzonderlijke documenten "
           "op onze website."),
         H1("1 Inleiding"), P(f["voorwoord1"]), P(f["voorwoord2"]),
         H2("Leeswijzer"),
         P("Dit plan is korter dan zijn voorganger. Wij hebben ervoor gekozen alleen de koers en de belangrijkste "
           "afspraken op te nemen en de uitwerking over te laten aan jaarplannen, reglementen en werkafspraken. "
           "Dat maakt het plan beter leesbaar, maar vraagt van de lezer dat hij of zij ook die documenten "
           "raadpleegt. Hoofdstuk 2 schetst de context, hoofdstuk 3 de koers; de hoofdstukken daarna volgen de "
           "thema's van passend onderwijs."),
         H1("2 Context"), P(f["context1"]), P(f["context2"]), P(f["terugblik"]), P(f["inspectie"]),
         H1("3 Koers 2026-2030"), P(f["visie1"]), P(f["visie2"]), P(f["missie"]),
         P("Wij kiezen in deze planperiode voor drie speerpunten: een sterke basis op elke school, niemand thuis "
           "en soepele overstappen. De overige thema's van passend onderwijs lopen door zoals in de vorige "
           "periode is afgesproken."),
         H1("4 Afspraken basisondersteuning"),
         P("De zes besturen hebben twaalf standaarden afgesproken die samen het niveau van basisondersteuning in "
           "Heuvelrand-Zuid vormen. Iedere vestiging, ook de pro-school, voldoet aan alle twaalf standaarden. Wat "
           "een school daarnaast biedt, is extra ondersteuning."),
         TAB([["Nr.", "Standaard: op iedere vestiging ..."],
              ["1", "is een ondersteuningscoördinator aangesteld (min. 0,5 fte per 600 leerlingen)"],
              ["2", "heeft iedere klas een mentor met een wekelijks mentoruur in de onderbouw"],
              ["3", "is een orthopedagoog of psycholoog beschikbaar voor advies aan leraren"],
              ["4", "worden dyslexie en dyscalculie volgens protocol gesignaleerd en gefaciliteerd"],
              ["5", "is een training sociale vaardigheden en een faalangsttraining beschikbaar"],
              ["6", "is een time-out- of rustplek met begeleiding tijdens lesuren"],
              ["7", "komt het zorg- en adviesteam ten minste vijf keer per jaar bijeen"],
              ["8", "wordt verzuim volgens het regionale verzuimprotocol aangepakt"],
              ["9", "wordt gewerkt met een OPP voor iedere leerling met extra ondersteuning"],
              ["10", "kunnen leraren differentiëren naar tempo en niveau binnen de les"],
              ["11", "zijn afspraken over medisch handelen vastgelegd"],
              ["12", "is er een aanpak voor sociale veiligheid en pesten"]]),
         CAP("Tabel 4.1 De twaalf standaarden basisondersteuning"),
         P("Iedere vestiging beoordeelt zichzelf jaarlijks op de twaalf standaarden; een consulent bespreekt de "
           "uitkomst met de schoolleiding."),
         H1("5 Toewijzing"),
         P("Alles over de toelaatbaarheid tot het vso, de aanwijzing voor leerwegondersteunend onderwijs en de "
           "toelaatbaarheid tot het praktijkonderwijs is vastgelegd in het Reglement Toewijzing en "
           "Toelaatbaarheid Heuvelrand-Zuid (bijlage C bij dit plan). Het reglement wordt geactualiseerd zodra "
           "de nieuwe landelijke regels voor het dossier bekend zijn."),
         H1("6 Doorstroom en overstappen"),
         P(f["overgang"]), P(f["mbo"]),
         H2("6.3 Terugkeer naar het reguliere vo"),
         P("Wij willen dat iedere leerling die het voortgezet speciaal onderwijs niet langer nodig heeft, de stap "
           "terug naar een reguliere school kan zetten, zonder dat die stap mislukt door gebrek aan begeleiding. "
           "Uitgangspunt is dat de leerling, ouders en de vso-school samen vaststellen dat de leerling stabiel "
           "genoeg is en dat een reguliere school met extra ondersteuning kan bieden wat nodig is. De "
           "ontvangende school krijgt een overstaparrangement van zes maanden, waarin een leraar van de "
           "vso-school de leerling en het mentorteam begeleidt. Scholen nemen een leerling uit het vso met "
           "voorrang aan als die binnen het profiel van de school past."),
         P("Het initiatief ligt bij de vso-school. In het laatste jaar van de TLV bespreekt zij uiterlijk in "
           "februari met ouders en leerling of terugkeer haalbaar is. Is dat zo, dan meldt zij de leerling aan "
           "bij de consulent van het verband, die binnen vier weken een kennismaking met een passende "
           "vo-school regelt. De ontvangende school besluit over de inschrijving en stelt samen met de "
           "vso-school het OPP op. Na tien weken en na zes maanden evalueren de betrokkenen de overstap; "
           "daarna eindigt het overstaparrangement. Blijkt terugkeer niet haalbaar, dan vraagt de vso-school "
           "een nieuwe TLV aan."),
         P(f["nieuwkomers"]),
         H1("7 Iedereen een plek"),
         P("Het samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen leggen wij vast "
           "in een Aanbodkaart, die in het schooljaar 2026-2027 samen met de scholen wordt opgesteld."),
         P("Wij willen dat geen jongere in onze regio thuis zit. Scholen melden iedere leerling die vier weken "
           "of langer niet naar school gaat bij het Meldpunt Thuiszitters van het verband. Binnen vijf werkdagen "
           "na de melding bespreekt het Regionaal Thuiszittersoverleg (school, leerplicht, jeugdhulp en een "
           "consulent) de situatie en wordt een trajectregisseur aangewezen. Na acht weken zonder oplossing "
           "gaat de casus naar de directeur, die een school of voorziening kan vragen de leerling tijdelijk op te "
           "nemen. De school waar de leerling is ingeschreven, behoudt haar zorgplicht."),
         P("Eén keer per jaar analyseren wij alle meldingen en de vrijstellingen van de leerplicht. Waar een "
           "groep leerlingen structureel geen plek vindt, spreken wij met besturen en gemeenten af wie de "
           "lacune oplost en wanneer. In 2025 waren dat jongeren met complexe psychiatrische problematiek en "
           "zwangere en jonge moeders; voor de eerste groep is een onderwijs-zorgplek bij een vso-school "
           "gerealiseerd, voor de tweede loopt een verkenning met het mbo."),
         H1("8 Zo meten wij"),
         P("Het samenwerkingsverband werkt met de Monitor Passend Onderwijs Heuvelrand-Zuid. Daarin verzamelen "
           "wij twee keer per jaar, op 1 oktober en 1 maart, per school gegevens over het aantal leerlingen met "
           "een OPP, de mate waarin OPP-doelen zijn behaald, doorstroom en afstroom, thuiszitters, vso-deelname "
           "en de overstappen uit het vso. De consulenten bespreken de uitkomsten in november in een "
           "kwaliteitsdialoog met elke schoolleiding. De directeur rapporteert twee keer per jaar aan het "
           "bestuur en de ondersteuningsplanraad, en in het jaarverslag verantwoorden wij de bereikte "
           "resultaten."),
         P("De beoogde resultaten voor deze planperiode leggen wij in de loop van het schooljaar 2026-2027 vast, "
           "samen met de scholen, zodra de eerste meting van de vernieuwde monitor beschikbaar is."),
         H1("9 Financiën"),
         P("Het verdeelmodel en de meerjarenbegroting worden jaarlijks door het bestuur vastgesteld en op de "
           "website gepubliceerd. Zij maken geen deel uit van dit plan op hoofdlijnen."),
         H1("10 Bestuur en medezeggenschap"), P(f["governance_stichting"]), P(f["opr"]), P(f["oogo"]),
         P(f["personeel1"]), P(f["personeel2"]), P(f["ict1"]), P(f["ict2"]), P(f["vervoer"]), P(f["kennis"]),
         P(f["hb"]), P(f["leerlingstem"]), P(f["zorg_passing"]), P(f["besturen"]), P(f["communicatie_scholen"]),
         P(f["welzijn"]), P(f["jaarcyclus"]), P(f["duurzaam"]), P(f["totstandkoming"]), P(f["planning"]),
         H1("Bijlage Afkortingen"),
         BUL(["OJSP: ouder- en jeugdsteunpunt", "OPR: ondersteuningsplanraad", "OPP: ontwikkelingsperspectief",
              "TLV: toelaatbaarheidsverklaring", "lwoo: leerwegondersteunend onderwijs", "pro: praktijkonderwijs",
              "vso: voortgezet speciaal onderwijs", "SOP: schoolondersteuningsprofiel",
              "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"])]
    el = dict(basisondersteuning="present", plaatsing="missing", terugstroom="present", financien="missing",
              **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing")
    cr = crit(["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure",
               "terugstroom.beleid", "dekkend-aanbod.lacunes", "resultaten.monitoring"])
    adv = {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "H4 'Afspraken basisondersteuning': twelve standaarden in table 4.1 for every vestiging; yearly self-assessment.",
        "plaatsing": "H5 'Toewijzing' only refers to an absent 'Reglement Toewijzing en Toelaatbaarheid (bijlage C)'; LBT only in the afkortingenlijst.",
        "terugstroom": "6.3 'Terugkeer naar het reguliere vo' inside 'Doorstroom en overstappen': aims, conditions, overstaparrangement, initiative, steps, evaluations.",
        "financien": "H9 only says verdeelmodel and begroting are on the website and not part of the plan; summary mentions 'financien' in passing.",
        "dekkend-aanbod": "H7 'Iedereen een plek': meldpunt, thuiszittersoverleg, yearly lacune analysis (lacunes); continuum deferred to an 'Aanbodkaart' still to be made.",
        "resultaten": "H8 'Zo meten wij' gives monitor, dates and reporting; beoogde resultaten deferred to 2026-2027.",
        "ouders": "No chapter (TOC '11 Ouders ... zie website'); summary claims it, OJSP only in afkortingenlijst; parents only in passing.",
    }
    return v, b, el, cr, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 5: large VO verband, HTML web version. basisondersteuning missing (herijking deferred; nav,
# glossary), plaatsing criteria only (procedure deferred), terugstroom beleid only (procedure
# deferred), financien besteding only (verdeelmodel deferred), dekkend aanbod missing
# ('pagina in bewerking'), resultaten and ouders present.
# ----------------------------------------------------------------------------------------------

def plan5():
    v = dict(sector="vo", swv="Samenwerkingsverband VO Lekstroom-Vallei", kort="Lekstroom-Vallei",
             regio="de Lekstroom-Vallei", gemeenten="Lekkerdam, Valkenstein, Rijnzicht, Hoefoord en Ameide-Oost",
             n_besturen=13, n_scholen="27 scholen voor voortgezet onderwijs op 41 vestigingen",
             n_lln="29.700", lln_kort="bijna dertigduizend jongeren",
             coord_mv="ondersteuningscoördinatoren", coord_ev="ondersteuningscoördinator",
             ondertekening="Namens het bestuur, dr. S. (Sanne) Okkerse, directeur-bestuurder.",
             opr_datum="24 maart 2026", oogo_datum="10 maart 2026",
             ander_swv="het Samenwerkingsverband VO Valkenstein-Oost", po_swv="de PO-verbanden in de regio",
             fte="19,5", insp_jaar="2023",
             team=("de directeur-bestuurder, een teamleider, tien trajectbegeleiders, drie orthopedagogen, een "
                   "controller en een secretariaat"))
    f = filler(v)
    toc = ["Voorwoord", "Over ons", "Visie en missie", "Basisondersteuning", "Toelaatbaarheid vso, lwoo en pro",
           "Terug naar het regulier onderwijs", "Dekkend netwerk", "Wat we willen bereiken", "Ouders en jongeren",
           "Financiën", "Organisatie", "Begrippen"]
    b = [("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Lekstroom-Vallei (VO 26-05)",
                    "Webversie - laatst bijgewerkt 2 april 2026"]),
         ("toc", toc),
         H1("Voorwoord"), P(f["voorwoord1"]), P(f["voorwoord2"]),
         P("Deze webversie is gelijk aan het vastgestelde plan. Enkele pagina's zijn nog in bewerking; dat is "
           "op de pagina zelf aangegeven. De pdf-versie kunt u downloaden onderaan deze pagina."),
         H2("Over deze webversie"),
         P("Wij publiceren ons ondersteuningsplan als webtekst omdat wij merken dat weinig mensen een pdf van "
           "zestig pagina's van begin tot eind lezen. Op deze pagina's kunt u per onderwerp lezen wat wij "
           "hebben afgesproken. Wijzigingen na vaststelling worden onderaan de pagina vermeld met de datum van "
           "wijziging en, waar nodig, de datum van instemming door de ondersteuningsplanraad."),
         H1("Over ons"), P(f["context1"]), P(f["context2"]), P(f["governance_stichting"]), P(f["terugblik"]),
         H1("Visie en missie"), P(f["visie1"]), P(f["visie2"]), P(f["missie"]),
         H1("Basisondersteuning"),
         P("Samen met de scholen herijken wij de basisondersteuning in het schooljaar 2026-2027, in lijn met de "
           "landelijke norm zodra die er is. Tot die tijd blijven de afspraken uit het ondersteuningsplan "
           "2022-2026 van kracht; dat plan vindt u in ons archief."),
         H1("Toelaatbaarheid vso, lwoo en pro"),
         P("De aanvraagroute voor een toelaatbaarheidsverklaring en voor lwoo en pro wordt per 1 augustus 2026 "
           "volledig gedigitaliseerd. Een beschrijving van de nieuwe route publiceren wij vóór de zomervakantie "
           "op deze website."),
         P("Of een leerling toelaatbaar is, beoordelen wij aan de hand van de volgende criteria:"),
         TAB([["Voorziening", "Criteria"],
              ["vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van de reguliere school, "
                      "ook met een arrangement van het verband, overstijgt; de school heeft aantoonbaar "
                      "handelingsgericht gewerkt en de ondersteuning ten minste één periode van drie maanden "
                      "geëvalueerd; en de leerling heeft een specialistische, intensieve en samenhangende "
                      "onderwijs(zorg)setting nodig."],
              ["lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 25-50% op ten minste twee domeinen, "
                       "waarvan één begrijpend lezen of inzichtelijk rekenen; of IQ 91-120 met leerachterstand "
                       "en sociaal-emotionele problematiek die het leren belemmert."],
              ["pro", "Landelijke criteria: IQ 55-80 en leerachterstand van 50% of meer op ten minste twee "
                      "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."]]),
         P("Een TLV vso geldt voor twee schooljaren en wordt afgegeven in bekostigingscategorie laag, tenzij "
           "sprake is van een lichamelijke of meervoudige beperking (midden of hoog)."),
         H1("Terug naar het regulier onderwijs"),
         P("Geen leerling hoort langer in het vso te blijven dan nodig is. Ons uitgangspunt is dat iedere "
           "vso-leerling ten minste eens per jaar wordt besproken met de vraag of terugkeer naar het regulier "
           "onderwijs mogelijk is. Voorwaarden zijn dat de leerling en ouders de overstap willen, dat de "
           "ondersteuningsbehoefte past binnen wat een reguliere school met een arrangement kan bieden, en dat "
           "er een school is die de leerling wil ontvangen. Na de terugkeer heeft de leerling gedurende een "
           "volledig schooljaar recht op een terugkeercoach van het verband, en de ontvangende school kan "
           "rekenen op extra begeleiding van haar mentorteam."),
         P("In het schooljaar 2024-2025 keerden 23 leerlingen terug uit het vso (2023-2024: 17); 19 van hen "
           "zaten een jaar later nog op hun nieuwe school."),
         P("De stappen, wie het initiatief neemt en wie beslist, werken wij uit in de werkinstructie Terugkeer, "
           "die in 2027 beschikbaar komt."),
         H1("Dekkend netwerk"),
         P("Deze pagina is in bewerking. De analyse van het dekkend netwerk verschijnt na de OOGO-ronde van het "
           "najaar van 2026."),
         P(f["thuiszitters_passing"]),
         H1("Wat we willen bereiken"),
         P("Voor jongeren die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereikt hebben:"),
         BUL(["95 procent van de leerlingen met een OPP stroomt door naar een volgend leerjaar, een diploma of een "
              "vervolgopleiding (2025: 88 procent);",
              "ten minste 30 leerlingen per jaar keren succesvol terug uit het vso;",
              "het aantal jongeren dat langer dan drie maanden geen onderwijs volgt, is gehalveerd ten opzichte van "
              "2025 (toen 41);",
              "iedere leerling met een OPP heeft ten minste één keer per jaar een gesprek over zijn of haar "
              "doelen gehad."]),
         H2("Hoe we dat volgen"),
         P("Wij verzamelen drie keer per jaar (november, maart en juli) gegevens uit de leerlingadministratie "
           "van de scholen, het dossiersysteem van het verband en de registratie van leerplicht. De controller "
           "maakt daarvan een dashboard per school en voor de regio. De directeur-bestuurder bespreekt het "
           "dashboard met het algemeen bestuur en de ondersteuningsplanraad; elke school bespreekt haar eigen "
           "cijfers jaarlijks in een kwaliteitsgesprek met de teamleider. In het jaarverslag rapporteren wij de "
           "bereikte resultaten en wat de inzet heeft gekost. Halverwege de planperiode laten wij een externe "
           "evaluatie uitvoeren."),
         H1("Ouders en jongeren"),
         P("Ouders vinden op onze website de Ouderwijzer: een digitale gids die per vraag uitlegt welke "
           "ondersteuning er is, op school en in de regio. Elke school beschrijft in de schoolgids haar "
           "ondersteuning, en de Ouderwijzer linkt daarnaar. Twee keer per jaar houden wij een online "
           "informatiebijeenkomst voor ouders, en bij elk gesprek over een TLV of arrangement krijgen ouders "
           "een informatieblad mee."),
         P("Ouders en jongeren die vragen hebben of het niet eens zijn met school of verband, kunnen terecht bij "
           "het Ouderpunt Lekstroom, het onafhankelijke ouder- en jeugdsteunpunt in onze regio. Het Ouderpunt "
           "werkt los van scholen en verband, luistert, geeft advies en gaat zo nodig mee naar een gesprek. "
           "Daarnaast kunnen ouders de landelijke onderwijsconsulenten inschakelen of een geschil voorleggen "
           "aan de Geschillencommissie passend onderwijs."),
         P(f["leerlingstem"]),
         H1("Financiën"),
         P("Het verdeelmodel is in herziening. Het nieuwe model wordt na besluitvorming in het algemeen bestuur "
           "in december 2026 als aanvulling op dit plan gepubliceerd."),
         TAB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Afdracht vso via DUO", "14.820", "14.700", "14.560", "14.410"],
              ["Ondersteuningsmiddelen scholen", "7.960", "7.990", "8.020", "8.050"],
              ["Bovenschoolse voorzieningen", "3.150", "3.200", "3.250", "3.300"],
              ["Terugkeercoaches en terugkeerbudget", "310", "360", "400", "400"],
              ["Bureau", "1.640", "1.670", "1.700", "1.730"],
              ["Totaal", "27.880", "27.920", "27.930", "27.890"]]),
         P("De algemene reserve is in 2025 teruggebracht tot 1,2 miljoen euro, onder de signaleringswaarde."),
         H1("Organisatie"), P(f["opr"]), P(f["oogo"]), P(f["personeel1"]), P(f["personeel2"]), P(f["ict1"]),
         P(f["ict2"]), P(f["overgang"]), P(f["nieuwkomers"]), P(f["vervoer"]), P(f["kennis"]),
         P(f["zorg_passing"]), P(f["inspectie"]), P(f["besturen"]), P(f["communicatie_scholen"]),
         P(f["welzijn"]), P(f["jaarcyclus"]), P(f["duurzaam"]), P(f["totstandkoming"]), P(f["mbo"]),
         P(f["planning"]),
         H1("Begrippen"),
         BUL(["Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen "
              "in het samenwerkingsverband bieden.",
              "Dekkend netwerk: een samenhangend geheel van voorzieningen waarmee voor iedere leerling een "
              "passende plek beschikbaar is.",
              "Arrangement: ondersteuning op maat boven de basisondersteuning.",
              "OPDC: orthopedagogisch-didactisch centrum.", "Rebound: tijdelijke opvang buiten de eigen school.",
              "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken."])]
    el = dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial", financien="partial",
              **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present")
    cr = crit(["plaatsing.criteria", "terugstroom.beleid", "financien.besteding", "resultaten.doelen",
               "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"])
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Page 'Basisondersteuning' only defers (herijking 2026-2027) and refers to the archived old plan; definition only in 'Begrippen' and site nav.",
        "plaatsing": "Criteria table for vso/lwoo/pro and TLV duration/category are given; procedure deferred ('beschrijving nieuwe route publiceren wij voor de zomervakantie').",
        "terugstroom": "'Terug naar het regulier onderwijs': policy (aim, conditions, terugkeercoach) and figures; steps/decision deferred to werkinstructie 2027.",
        "financien": "Meerjarenbegroting table and reserve given; verdeelmodel 'in herziening', published later.",
        "dekkend-aanbod": "Page 'Dekkend netwerk' is 'in bewerking'; only a passing thuiszitters paragraph, a glossary definition and a thuiszitters target under resultaten (a goal, not a way of finding/handling gaps).",
        "resultaten": "'Wat we willen bereiken' with numeric goals and 'Hoe we dat volgen' (dashboard three times a year, reporting, jaarverslag).",
        "ouders": "'Ouders en jongeren': Ouderwijzer, schoolgids, meetings, info sheets; Ouderpunt Lekstroom (independent OJSP), onderwijsconsulenten, geschillencommissie.",
    }
    return v, b, el, cr, adv, notes


# ----------------------------------------------------------------------------------------------
# Near-miss: a VO school's schoolondersteuningsprofiel (SOP), not an SWV ondersteuningsplan.
# ----------------------------------------------------------------------------------------------

def nearmiss():
    b = [("title", ["Schoolondersteuningsprofiel 2025-2026", "Christelijk Lyceum De Brede Waard, locatie Oostpoort",
                    "Vmbo-kader, mavo, havo en vwo", "Aangesloten bij Samenwerkingsverband VO Rivierstad en omstreken"]),
         BREAK,
         ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Brede Waard",
                  "4 Extra ondersteuning en arrangementen", "5 Ondersteuningsstructuur", "6 Samenwerking met het "
                  "samenwerkingsverband", "7 Ouders", "8 Grenzen aan onze ondersteuning", "9 Ambities"]),
         BREAK,
         H1("1 Inleiding"),
         P("Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning Christelijk Lyceum De Brede "
           "Waard, locatie Oostpoort, aan leerlingen biedt. Iedere school in Nederland stelt zo'n profiel op; het "
           "maakt deel uit van onze schoolgids. Het profiel is besproken met het team en de "
           "medezeggenschapsraad heeft er op 14 mei 2025 advies over uitgebracht. Het geldt voor het schooljaar "
           "2025-2026. De school is aangesloten bij het Samenwerkingsverband VO Rivierstad en omstreken; het "
           "ondersteuningsplan van dat samenwerkingsverband vormt het kader voor dit profiel."),
         P("Met dit profiel willen wij ouders en leerlingen laten zien wat zij van onze school mogen verwachten. "
           "Het is ook een instrument voor het team om met elkaar af te spreken waar wij goed in zijn en waar wij "
           "ons verder willen ontwikkelen."),
         H1("2 Onze school"),
         P("De Brede Waard, locatie Oostpoort, telt 1.240 leerlingen in vmbo-kader, mavo, havo en vwo. De school "
           "staat in de oostelijke wijken van Rivierstad en trekt leerlingen uit de stad en de omliggende dorpen. "
           "Ongeveer 14 procent van onze leerlingen heeft een ontwikkelingsperspectiefplan; 96 leerlingen "
           "hebben een aanwijzing voor leerwegondersteunend onderwijs (lwoo)."),
         P("Onze identiteit is christelijk en open: iedereen is welkom die onze grondslag respecteert. Wij "
           "vinden het belangrijk dat leerlingen zich gezien voelen. Daarom werken wij in de onderbouw met kleine "
           "mentorgroepen en een vaste kern van docenten per leerjaar."),
         H1("3 Basisondersteuning op De Brede Waard"),
         P("De basisondersteuning is de ondersteuning die iedere leerling op onze school kan krijgen, zonder "
           "aanvraag bij het samenwerkingsverband. Wij voldoen aan de afspraken die in het samenwerkingsverband "
           "zijn gemaakt. Concreet bieden wij:"),
         BUL(["een mentor met een wekelijks mentoruur in leerjaar 1 tot en met 3;",
              "een ondersteuningscoördinator (1,0 fte) en twee leerlingbegeleiders;",
              "een dyslexie- en dyscalculiecoach en faciliteiten volgens protocol;",
              "trainingen faalangst, sociale vaardigheden en plannen en organiseren;",
              "het Rustpunt: een ruimte met begeleiding waar leerlingen tijdens de les even tot rust kunnen komen;",
              "huiswerkbegeleiding op maandag tot en met donderdag tot 16.30 uur;",
              "een zorg- en adviesteam dat zes keer per jaar bijeenkomt."]),
         H1("4 Extra ondersteuning en arrangementen"),
         P("Heeft een leerling meer nodig, dan kunnen wij een arrangement inzetten. Op onze school zijn dat: de "
           "Steunklas voor leerlingen met autisme in leerjaar 1 en 2 (maximaal 14 leerlingen), coaching door een "
           "orthopedagoog, en een aangepast rooster in overleg met de leerplichtambtenaar. Een arrangement wordt "
           "vastgelegd in het ontwikkelingsperspectiefplan en twee keer per jaar met ouders en leerling "
           "geëvalueerd. Voor arrangementen buiten de school, zoals het Reboundproject of het OPDC De Overstap, "
           "vraagt de school een plaatsing aan bij het samenwerkingsverband."),
         P("Leerlingen met een lwoo-aanwijzing krijgen les in kleinere klassen in vmbo-kader en mavo, met extra "
           "begeleiding bij Nederlands en rekenen. Het budget dat de school hiervoor van het "
           "samenwerkingsverband ontvangt, zet zij volledig in voor formatie in deze klassen."),
         H1("5 Ondersteuningsstructuur"),
         P("De mentor is het eerste aanspreekpunt voor leerling en ouders. Signaleert de mentor dat een leerling "
           "meer nodig heeft, dan bespreekt hij of zij dat met de teamleider en de leerlingbegeleider. Zij kunnen "
           "de leerling aanmelden bij de ondersteuningscoördinator, die het ondersteuningsteam bijeenroept. In "
           "het ondersteuningsteam zitten de ondersteuningscoördinator, de orthopedagoog en zo nodig de "
           "jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker."),
         P("Wanneer de school een leerling niet de ondersteuning kan bieden die nodig is, onderzoekt zij samen "
           "met ouders welke school dat wel kan. Als een plek in het voortgezet speciaal onderwijs nodig lijkt, "
           "vraagt het bestuur van onze school een toelaatbaarheidsverklaring aan bij het "
           "samenwerkingsverband. De procedure, de criteria en de bezwaarmogelijkheden staan in het "
           "ondersteuningsplan van het samenwerkingsverband."),
         H1("6 Samenwerking met het samenwerkingsverband"),
         P("Onze school werkt nauw samen met het samenwerkingsverband. Een consulent van het verband is vier "
           "keer per jaar bij ons ondersteuningsteam aanwezig. De school vult jaarlijks de kwaliteitskaart "
           "basisondersteuning in. Ook leerlingen die vanuit het vso naar onze school komen, begeleiden wij "
           "samen met het samenwerkingsverband. In het afgelopen schooljaar ontvingen wij drie leerlingen uit "
           "het vso."),
         H1("7 Ouders"),
         P("Wij zien ouders als partners. Bij de aanmelding vragen wij ouders om alle informatie te delen die "
           "van belang is voor de ondersteuning van hun kind. Ouders worden betrokken bij het opstellen en "
           "evalueren van het ontwikkelingsperspectiefplan en hebben instemmingsrecht op het handelingsdeel. "
           "Met vragen kunnen ouders terecht bij de mentor of de ondersteuningscoördinator. Voor onafhankelijk "
           "advies verwijzen wij naar het Ouder- en Jeugdsteunpunt Rivierstad. Klachten kunnen worden ingediend "
           "volgens de klachtenregeling in de schoolgids."),
         H1("8 Grenzen aan onze ondersteuning"),
         P("Wij zijn een reguliere school en kunnen niet alles bieden. Grenzen liggen bij leerlingen die "
           "voortdurend één-op-één-begeleiding nodig hebben, bij ernstig grensoverschrijdend gedrag waardoor de "
           "veiligheid van anderen in gevaar komt, en bij intensieve verpleegkundige zorg. Het gebouw is "
           "gedeeltelijk toegankelijk voor rolstoelgebruikers: de tweede verdieping is alleen via de trap "
           "bereikbaar."),
         H1("9 Ambities"),
         P("In het schooljaar 2025-2026 willen wij het aantal leerlingen dat gebruikmaakt van het Rustpunt "
           "zonder lesuitval vergroten, de Steunklas uitbreiden naar leerjaar 3 en alle mentoren scholen in "
           "het voeren van driehoeksgesprekken met ouders en leerling. De resultaten van deze ambities "
           "bespreken wij in juni 2026 met de medezeggenschapsraad."),
         P("Dit profiel wordt jaarlijks geëvalueerd en bijgesteld. De actuele versie staat op de website van "
           "de school en is als hoofdstuk opgenomen in de schoolgids 2025-2026. Vragen over dit profiel kunt u "
           "stellen aan de ondersteuningscoördinator, mevrouw drs. I. Kramer.")]
    return b


# ----------------------------------------------------------------------------------------------

def main():
    built = []
    specs = [
        ("h316-vo-rivierstad-2026", plan1, ["docx"]),
        ("h316-vo-hooglanden-west-2026", plan2, ["pdf"]),
        ("h316-po-vlietlanden-2026", plan3, ["docx"]),
        ("h316-vo-heuvelrand-zuid-2026", plan4, ["pdf"]),
        ("h316-vo-lekstroom-vallei-2026", plan5, ["html"]),
    ]
    for name, fn, fmts in specs:
        v, blocks, el, cr, adv, notes = fn()
        wc = word_count(blocks)
        assert wc >= 3000, (name, wc)
        header = "Ondersteuningsplan 2026-2030 | %s" % v["swv"]
        footer = "%s | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders - middelen" % v["kort"]
        docs = []
        for fmt in fmts:
            path = OUT / ("%s.%s" % (name, fmt))
            if fmt == "docx":
                render_docx(blocks, path, header, footer)
            elif fmt == "pdf":
                render_pdf(blocks, path, header, footer)
            elif fmt == "html":
                render_html(blocks, path, header, footer,
                            ["Home", "Ondersteuningsplan", "Basisondersteuning", "Toelaatbaarheid",
                             "Terugplaatsing", "Dekkend netwerk", "Ouders", "Financiën", "Contact"])
            docs.append(path.name)
        write_label(name, docs, v["sector"], el, cr, adv, notes)
        built.append((name, wc))
    nm = "h316-nm-sop-brede-waard-2025"
    blocks = nearmiss()
    render_docx(blocks, OUT / (nm + ".docx"), "Schoolondersteuningsprofiel 2025-2026 | De Brede Waard Oostpoort",
                "Christelijk Lyceum De Brede Waard | passend onderwijs")
    write_label(nm, [nm + ".docx"], "vo", {}, {}, {},
                {"document": "A single school's schoolondersteuningsprofiel (SOP, part of the schoolgids) that "
                             "refers to the SWV's ondersteuningsplan; not a samenwerkingsverband plan (no OPR, "
                             "OOGO, verdeling, TLV decisions by the school)."},
                looks_like_plan=False)
    built.append((nm, word_count(blocks)))
    for name, wc in built:
        print("%-36s %5d words" % (name, wc))


if __name__ == "__main__":
    main()
