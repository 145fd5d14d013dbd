#!/usr/bin/env python3
"""Generate the holdout238 labelled test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO; .docx, .pdf via LibreOffice, .txt) and one
near-miss document (a school-level ondersteuningsplan), each with a <name>.expected.yaml label.
Deterministic, no network. Output goes to the folder above this script's folder.
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------------------------
# rendering helpers
# ----------------------------------------------------------------------------------------------
def write_docx(blocks, path, header_text, footer_text=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
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
        elif kind == "toc":
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_txt(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "sub":
            out += [b[1], ""]
        elif kind == "h1":
            out += ["", b[1], "-" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "toc":
            out += list(b[1]) + [""]
        elif kind == "bullets":
            out += ["  - " + i for i in b[1]] + [""]
        elif kind == "numbers":
            out += ["  %d. %s" % (n + 1, i) for n, i in enumerate(b[1])] + [""]
        elif kind == "table":
            rows = b[1]
            widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for n, r in enumerate(rows):
                out.append("| " + " | ".join(c.ljust(widths[j]) for j, c in enumerate(r)) + " |")
                if n == 0:
                    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
            out.append("")
        elif kind == "pagebreak":
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, path, header_text, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout238_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=" + profile.as_uri(),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("toc", "bullets", "numbers"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] != "pagebreak":
            n += len(b[1].split())
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, sector, criteria=None, advisory=None, notes=None, plan=True,
                note_not_plan=None):
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + sector]
    if not plan:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: " + q(note_not_plan)]
    else:
        missing = [c for c in CORE if c not in criteria]
        assert not missing, missing
        st = status_from(criteria, advisory)
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join("%s: %s" % (e, st[e]) for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
        lines.append("notes:")
        for el in ELEMENTS:
            lines.append("  %s: %s" % (el, q(notes[el])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# element-neutral filler shared by the plans (passing mentions of element vocabulary only)
# ----------------------------------------------------------------------------------------------
def f_voorwoord(c):
    return [
        ("h1", c["ch_voorwoord"]),
        ("p", "Voor u ligt het ondersteuningsplan {period} van {name}. Dit plan is het resultaat van "
              "een jaar lang praten, schrijven, schrappen en opnieuw beginnen. Directeuren, intern "
              "begeleiders, ondersteuningscoördinatoren, bestuurders en leden van de ondersteuningsplanraad "
              "hebben meegedacht in werksessies die soms tot diep in de avond duurden. Wij zijn iedereen "
              "daarvoor dankbaar. Het plan beschrijft waar we als verband voor staan en welke keuzes we de "
              "komende vier schooljaren maken.".format(**c)),
        ("p", "Passend onderwijs is inmiddels meer dan tien jaar oud. In die tijd hebben we veel geleerd. "
              "We weten dat goede ondersteuning begint in de klas, bij een leraar die tijd en ruimte heeft "
              "om naar een kind te kijken. We weten ook dat regels, formulieren en loketten daar soms eerder "
              "in de weg staan dan dat ze helpen. Daarom hebben we geprobeerd dit plan leesbaar te houden. "
              "Waar dat kon, hebben we vaktaal vermeden; waar dat niet kon, verwijzen we naar de "
              "begrippenlijst achterin."),
        ("p", "Een plan is geen doel op zich. Het gaat om de {kids} in onze regio, om hun ouders en om de "
              "professionals die elke dag het verschil maken. Wij hopen dat dit plan hen ondersteunt en dat "
              "het de komende jaren een levend document blijft waar we regelmatig op terugvallen. "
              "Namens het bestuur, {director}, directeur-bestuurder.".format(**c)),
    ]


def f_leeswijzer(c):
    return [
        ("h1", c["ch_leeswijzer"]),
        ("p", "Dit plan is als volgt opgebouwd. Na dit voorwoord schetsen we de context van ons verband: "
              "welke besturen en scholen erbij horen, hoeveel leerlingen we bedienen en in welke gemeenten "
              "we werken. Daarna beschrijven we onze missie en visie. De hoofdstukken die volgen gaan over "
              "de inhoud van de ondersteuning, over de organisatie en over de randvoorwaarden. Achterin "
              "vindt u de planning en een begrippenlijst."),
        ("p", "Het ondersteuningsplan is een wettelijk verplicht document. De wet noemt een aantal "
              "onderwerpen die in elk geval in het plan moeten staan. We hebben ervoor gekozen de indeling "
              "van ons plan niet één op één op de wet te laten aansluiten, maar op de vragen die scholen "
              "en ouders ons het vaakst stellen. Lezers die het plan aan de wet willen toetsen, vinden de "
              "onderwerpen dus soms op een andere plek dan ze verwachten."),
    ]


def f_context(c):
    rows = [["Kenmerk", "Aantal / omschrijving"],
            ["Aangesloten schoolbesturen", c["n_besturen"]],
            ["Scholen en vestigingen", c["n_scholen"]],
            ["Leerlingen (teldatum 1 oktober 2024)", c["n_leerlingen"]],
            ["Gemeenten in het werkgebied", c["gemeenten"]],
            ["Medewerkers bureau samenwerkingsverband", c["fte"]]]
    return [
        ("h1", c["ch_context"]),
        ("p", "{name} is een stichting waarin de schoolbesturen in {region} samenwerken. Het werkgebied "
              "omvat de gemeenten {gemeenten}. Het gebied kent een mix van stedelijke kernen en "
              "plattelandsdorpen; de afstanden tussen scholen zijn in het oosten van de regio aanzienlijk, "
              "wat gevolgen heeft voor leerlingenvervoer en voor de bereikbaarheid van voorzieningen.".format(**c)),
        ("table", rows),
        ("p", "Het leerlingenaantal in de regio daalt licht. Prognoses van de gemeenten laten zien dat de "
              "krimp zich de komende jaren vooral in de kleine kernen voordoet, terwijl de stedelijke kernen "
              "stabiel blijven of licht groeien door nieuwbouwwijken. Voor de besturen betekent dit dat zij "
              "keuzes moeten maken over kleine scholen. Voor het samenwerkingsverband betekent het dat we "
              "bij elke keuze nagaan of die gevolgen heeft voor de spreiding van expertise."),
    ]


def f_missie_visie(c):
    return [
        ("h1", c["ch_visie"]),
        ("h2", "Missie"),
        ("p", "Wij willen dat elk kind in onze regio zich kan ontwikkelen, samen met leeftijdgenoten, zo "
              "dicht mogelijk bij huis. Daar werken de besturen, scholen en het bureau van het "
              "samenwerkingsverband samen aan. Wij geloven dat verschillen tussen kinderen normaal zijn en "
              "dat het onderwijs zich aan die verschillen moet aanpassen, niet andersom."),
        ("h2", "Visie"),
        ("p", "Onze visie rust op drie pijlers: vertrouwen, nabijheid en eigenaarschap. Vertrouwen betekent "
              "dat we uitgaan van de professionaliteit van leraren en schoolleiders en dat we regels alleen "
              "maken waar ze echt nodig zijn. Nabijheid betekent dat hulp zo dicht mogelijk bij het kind "
              "wordt georganiseerd, liefst in de eigen groep. Eigenaarschap betekent dat de besturen samen "
              "verantwoordelijk zijn voor alle {kids} in de regio, ook voor de kinderen die niet op hun "
              "eigen scholen zitten.".format(**c)),
        ("p", "Wij zien ouders als de eerste deskundigen als het om hun kind gaat. Samen met ouders, "
              "leerlingen en ketenpartners willen we bouwen aan onderwijs waarin niemand tussen wal en schip "
              "valt. Dat vraagt om een cultuur waarin we elkaar aanspreken, fouten durven benoemen en van "
              "elkaar leren. Het vraagt ook om middelen die daar komen waar ze het meeste effect hebben."),
        ("h2", "Kernwaarden"),
        ("bullets", ["Samen: we doen het met elkaar, niet voor elkaar.",
                     "Dichtbij: hulp in de klas gaat voor hulp buiten de klas.",
                     "Helder: iedereen weet waar hij aan toe is.",
                     "Lerend: we kijken kritisch naar ons eigen werk en stellen bij waar dat nodig is."]),
        ("p", "Deze kernwaarden zijn geen loze woorden. Ze komen terug in de manier waarop we vergaderen, in "
              "de manier waarop we met klachten omgaan en in de manier waarop we nieuwe medewerkers "
              "inwerken. Ieder jaar bespreken we in de directeurenoverleggen één kernwaarde nader."),
    ]


def f_terugblik_kwalitatief(c):
    return [
        ("h1", c["ch_terugblik"]),
        ("p", "De afgelopen planperiode stond voor een groot deel in het teken van herstel na de "
              "schoolsluitingen en van het lerarentekort. Scholen hadden hun handen vol aan het draaiend "
              "houden van het onderwijs. Veel plannen die we in het vorige ondersteuningsplan hadden "
              "opgeschreven, zijn daardoor later of anders uitgevoerd dan bedoeld. Dat is geen excuus, maar "
              "wel een verklaring."),
        ("p", "Wat we vooral hebben geleerd, is dat de samenwerking tussen scholen sterker is geworden. "
              "Schoolleiders weten elkaar beter te vinden, intern begeleiders wisselen vaker kennis uit en "
              "de drempel om elkaar om hulp te vragen is lager. Tegelijk merken we dat afspraken soms te "
              "vrijblijvend bleven. In dit nieuwe plan kiezen we daarom voor minder afspraken, die we wel "
              "consequent naleven. Een uitgebreide terugblik met cijfers is opgenomen in het jaarverslag "
              "over 2024."),
    ]


def f_governance(c):
    return [
        ("h1", c["ch_governance"]),
        ("p", "{name} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het "
              "intern toezicht ligt bij de raad van toezicht, waarin vijf leden zitting hebben, van wie "
              "twee onafhankelijk. De aangesloten schoolbesturen vormen samen de algemene vergadering, die "
              "onder meer het ondersteuningsplan vaststelt en de directeur-bestuurder benoemt. De statuten "
              "bevatten een regeling voor het beslechten van geschillen tussen de besturen.".format(**c)),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau. De raad van toezicht komt "
              "vijf keer per jaar bijeen en hanteert de Code Goed Bestuur van de sector. Eenmaal per jaar "
              "evalueert de raad van toezicht het eigen functioneren, zo nodig onder externe begeleiding. "
              "Op regionaal niveau overleggen de directeuren van de scholen in drie clusters; elk cluster "
              "heeft een voorzitter die zitting heeft in het beleidsoverleg met de directeur-bestuurder."),
        ("p", "In de afgelopen jaren hebben we de rollen van bestuur en toezicht verder gescheiden. Het "
              "toezichtkader is in 2024 geactualiseerd en ook het managementstatuut is aangepast. We merken "
              "dat de heldere rolverdeling rust geeft: besturen weten waar zij over gaan en waar het "
              "samenwerkingsverband over gaat."),
    ]


def f_opr(c):
    return [
        ("h1", c["ch_opr"]),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              "wijzigingen daarvan. De OPR telt {opr_leden} leden, afgevaardigd door de "
              "medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar en "
              "heeft een eigen reglement. Het samenwerkingsverband faciliteert de OPR met scholing en "
              "ambtelijke ondersteuning.".format(**c)),
        ("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie "
              "themabijeenkomsten is het concept met de OPR besproken. De OPR heeft op {opr_datum} "
              "ingestemd met het plan. Daarnaast heeft het samenwerkingsverband een eigen "
              "medezeggenschapsraad voor het personeel van het bureau.".format(**c)),
    ]


def f_oogo_procedureel(c):
    return [
        ("h1", c["ch_oogo"]),
        ("p", "Op grond van de wet is het concept van dit plan besproken in op overeenstemming gericht "
              "overleg (OOGO) met de colleges van burgemeester en wethouders van {gemeenten}. Het OOGO vond "
              "plaats op {oogo_datum}. De gemeenten hebben geen bezwaar gemaakt tegen het concept. Ook is "
              "het plan besproken met het aangrenzende samenwerkingsverband {other_swv}.".format(**c)),
    ]


def f_oogo_inhoud(c):
    return [
        ("h1", c["ch_oogo"]),
        ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Het samenwerkingsverband voert met de gemeenten "
              "{gemeenten} op overeenstemming gericht overleg (OOGO) over dit plan en over de jeugdplannen "
              "van de gemeenten. Het OOGO over dit plan vond plaats op {oogo_datum}. De gemeenten hebben met "
              "instemming kennisgenomen van het concept.".format(**c)),
        ("p", "Samen met de gemeenten hebben we vier gezamenlijke thema's benoemd: de aansluiting tussen "
              "ondersteuning op school en jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor "
              "voorzieningen en de inzet van schoolmaatschappelijk werk. Per thema is een trekker aangewezen "
              "aan de kant van onderwijs en aan de kant van de gemeente. Twee keer per jaar bespreken de "
              "wethouders onderwijs en jeugd met de directeur-bestuurder de voortgang. Voor kinderen die "
              "onderwijs en zorg tegelijk nodig hebben, maken school, jeugdhulpaanbieder en gemeente samen "
              "een onderwijs-zorgarrangement, waarbij de gemeente de zorgkosten en het verband de "
              "onderwijskosten draagt."),
    ]


def f_personeel(c):
    return [
        ("h1", c["ch_personeel"]),
        ("p", "Het bureau van het samenwerkingsverband telt {fte}. Daarvan werkt het grootste deel als "
              "consulent op de scholen. Daarnaast zijn er een beleidsmedewerker, een controller (ingehuurd) "
              "en een managementassistent. Het verband voert een eigen personeelsbeleid, met jaarlijkse "
              "gesprekken, een scholingsbudget per medewerker en aandacht voor duurzame inzetbaarheid.".format(**c)),
        ("p", "Het lerarentekort raakt ook ons. Op veel scholen staan onbevoegden of invallers voor de groep. "
              "Dat heeft gevolgen voor de ondersteuning die scholen kunnen bieden, want een leraar die de "
              "groep niet kent, ziet minder snel wat een kind nodig heeft. Wij zetten daarom in op "
              "professionalisering die direct in de klas bruikbaar is, zoals korte trainingen in "
              "klassenmanagement en coaching op de werkvloer."),
        ("h2", "Professionalisering en kennisdeling"),
        ("p", "Jaarlijks organiseren we een studiedag voor alle intern begeleiders en "
              "ondersteuningscoördinatoren. Daarnaast zijn er netwerken rond thema's als gedrag, taal en "
              "meer- en hoogbegaafdheid. In de netwerken worden casussen besproken en nieuwe inzichten "
              "gedeeld. Scholen kunnen ook bij elkaar op bezoek gaan; het verband vergoedt de vervangingskosten."),
    ]


def f_ict_privacy(c):
    return [
        ("h1", c["ch_ict"]),
        ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen dossiers "
              "kunnen delen. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. "
              "Wij hebben een functionaris gegevensbescherming aangesteld, gedeeld met twee andere "
              "verbanden in de provincie. Het privacyreglement is in 2024 geactualiseerd en beschrijft welke "
              "gegevens we verwerken, met welk doel en hoe lang we ze bewaren."),
        ("p", "In de komende periode vervangen we ons registratiesysteem. De aanbesteding daarvan loopt in "
              "2025. Bij de keuze letten we op gebruiksgemak voor scholen, op koppelingen met de "
              "leerlingvolgsystemen en op de mogelijkheid om stuurinformatie uit het systeem te halen. Tot die "
              "tijd blijft het huidige systeem in gebruik."),
    ]


def f_planning(c):
    rows = [["Stap", "Datum"],
            ["Eerste concept besproken met directeuren", c["d1"]],
            ["Concept naar OPR en gemeenten", c["d2"]],
            ["OOGO met gemeenten", c["oogo_datum"]],
            ["Instemming OPR", c["opr_datum"]],
            ["Vaststelling door algemene vergadering", c["d3"]],
            ["Toezending aan de Inspectie van het Onderwijs", c["d4"]],
            ["Ingangsdatum plan", "1 augustus 2025"]]
    return [
        ("h1", c["ch_planning"]),
        ("p", "Het plan geldt voor de schooljaren {period}. Onderstaande tabel geeft weer hoe het plan tot "
              "stand is gekomen. Halverwege de planperiode stellen we vast of tussentijdse wijzigingen nodig "
              "zijn; wijzigingen leggen we ter instemming voor aan de OPR.".format(**c)),
        ("table", rows),
    ]


def f_landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin er landelijk veel beweegt. Na de evaluatie van passend "
              "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet, met maatregelen op het gebied van "
              "bekostiging, toezicht en de rol van samenwerkingsverbanden. Het kabinet werkt daarnaast toe naar "
              "inclusiever onderwijs in 2035, waarin reguliere en speciale scholen nauwer samenwerken en vaker "
              "onder één dak werken. Wat dat precies betekent voor {short}, is nog niet te zeggen. We volgen de "
              "ontwikkelingen via de sectorraden en het landelijk netwerk van samenwerkingsverbanden."),
        ("p", "Ook het lerarentekort, de krapte op de arbeidsmarkt voor jeugdhulp en de stijgende kosten van "
              "leerlingenvervoer zijn landelijke ontwikkelingen die in onze regio merkbaar zijn. We houden er in "
              "onze keuzes rekening mee, maar kunnen ze niet oplossen. Waar nodig kaarten we knelpunten aan bij "
              "de sectorraad of bij het ministerie."),
    ]


def f_overleg(c):
    return [
        ("h1", "Overlegstructuur en jaarcyclus"),
        ("p", "Het samenwerkingsverband kent een vaste overlegstructuur. De directeur-bestuurder overlegt "
              "maandelijks met de bestuurders van de aangesloten besturen in het bestuurdersoverleg. De "
              "schoolleiders komen per cluster zes keer per jaar bijeen; de clustervoorzitters vormen samen "
              "het beleidsoverleg. Intern begeleiders en ondersteuningscoordinatoren hebben een eigen netwerk "
              "dat vier keer per jaar bijeenkomt. Daarnaast zijn er werkgroepen die voor een bepaalde periode "
              "aan een specifiek onderwerp werken, zoals de werkgroep die dit plan heeft voorbereid."),
        ("p", "Het jaar begint voor het bureau in augustus met een startbijeenkomst voor alle schoolleiders. In "
              "het najaar worden de teldata verwerkt en de begroting voor het komende kalenderjaar voorbereid. "
              "In het voorjaar volgen het jaarverslag en de jaarrekening. In juni sluiten we het schooljaar af "
              "met een gezamenlijke bijeenkomst van bestuurders, schoolleiders en OPR, waarin we stilstaan bij "
              "wat goed ging en wat beter kan. Deze jaarcyclus zorgt ervoor dat iedereen weet wanneer welke "
              "besluiten worden genomen."),
        ("h2", "Communicatie met scholen en partners"),
        ("p", "Scholen ontvangen elke maand de nieuwsbrief van het verband. Schoolleiders en intern begeleiders "
              "hebben toegang tot een besloten deel van de website met formats, handreikingen en verslagen van "
              "netwerkbijeenkomsten. Met ketenpartners delen we een kwartaalbericht. Bij grote wijzigingen "
              "organiseren we regionale bijeenkomsten, zodat iedereen vragen kan stellen."),
    ]


def chapters(**over):
    base = dict(ch_voorwoord="Voorwoord", ch_leeswijzer="Leeswijzer", ch_context="Ons verband in vogelvlucht",
                ch_visie="Missie en visie", ch_terugblik="Terugblik op de vorige planperiode",
                ch_governance="Organisatie en governance", ch_opr="Medezeggenschap",
                ch_oogo="Samenwerking met gemeenten", ch_personeel="Personeel",
                ch_ict="ICT en privacy", ch_planning="Planning en vaststelling")
    base.update(over)
    return base


# ----------------------------------------------------------------------------------------------
# Plan A: PO, docx. Rich plan; terugstroom only procedure (inside TLV chapter), resultaten without
# monitoring (deferred), ouders inside "Communicatie", financien under "Geld en middelen" in tables.
# ----------------------------------------------------------------------------------------------
def plan_a():
    c = chapters(ch_oogo="Samen met de gemeenten", ch_planning="Totstandkoming en planning")
    c.update(name="Samenwerkingsverband Passend Primair Onderwijs De Vlietlanden", short="De Vlietlanden",
             code="PO 28-13", period="2025-2029", region="de Vlietstreek", kids="kinderen",
             gemeenten="Vlietwoude, Hazerswijk en Koudekerk-West", director="drs. M. (Marieke) Oosterbaan",
             n_besturen="9", n_scholen="47 basisscholen, 2 sbo-scholen, 1 so-school (cluster 3 en 4)",
             n_leerlingen="11.480", fte="14,2 fte", opr_leden="12", opr_datum="18 maart 2025",
             oogo_datum="4 maart 2025", other_swv="VO De Vlietlanden (VO 28-04)", d1="12 november 2024",
             d2="20 januari 2025", d3="9 april 2025", d4="22 april 2025")
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs De Vlietlanden (PO 28-13)"),
         ("sub", "Over basisondersteuning, toelaatbaarheid, terugplaatsing, geld en ouders"),
         ("pagebreak",),
         ("h1", "Inhoudsopgave"),
         ("toc", ["1 Voorwoord", "2 Leeswijzer", "3 Ons verband in vogelvlucht", "4 Missie en visie",
                  "5 Terugblik op de vorige planperiode", "6 Basisondersteuning: wat elke school biedt",
                  "7 Van extra ondersteuning tot speciaal onderwijs", "8 Toelaatbaarheid sbo en so",
                  "   8.6 Terugplaatsing en overplaatsing", "9 Samen met de gemeenten",
                  "10 Ambities en beoogde resultaten", "11 Communicatie", "12 Geld en middelen",
                  "13 Organisatie en governance", "14 Medezeggenschap", "15 Personeel", "16 ICT en privacy",
                  "17 Totstandkoming en planning", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Kwaliteitskader resultaten (volgt)"]),
         ("pagebreak",)]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_missie_visie(c) + f_terugblik_kwalitatief(c)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in De Vlietlanden de ondersteuning die iedere school, op iedere "
              "vestiging, zelf en zonder aanvraag bij het samenwerkingsverband biedt. De besturen hebben "
              "samen één niveau afgesproken dat voor alle 47 basisscholen geldt; een school mag meer bieden, "
              "maar nooit minder. Het niveau is vastgesteld door de algemene vergadering op 9 april 2025 en "
              "geldt voor de hele planperiode. De sbo- en so-scholen vallen er niet onder, omdat zij "
              "gespecialiseerde ondersteuning bieden."),
        ("p", "De afspraken zijn opgebouwd uit vijf standaarden. Per standaard staat in de tabel wat een "
              "ouder op elke school concreet mag verwachten."),
        ("table", [["Standaard", "Wat elke school in ieder geval biedt"],
                   ["1. Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                    "een ondersteuningsteam dat ten minste vier keer per jaar overlegt, met de "
                    "onderwijsconsulent van het verband en schoolmaatschappelijk werk."],
                   ["2. Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; een groepsplan of "
                    "groepsoverzicht; een ontwikkelingsperspectief (OPP) voor elke leerling die op een eigen "
                    "leerlijn werkt."],
                   ["3. Taal, lezen en rekenen", "Werken volgens het Protocol Dyslexie en het Protocol ERWD; "
                    "vroegtijdige signalering in groep 2 en 3; extra leestijd en "
                    "voorleessoftware voor leerlingen met een dyslexieverklaring."],
                   ["4. Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotioneel leren; een "
                    "gedragsprotocol; jaarlijkse monitoring van sociale veiligheid; een aandachtsfunctionaris "
                    "kindermishandeling."],
                   ["5. Verschillen tussen leerlingen", "Verrijkingsstof voor leerlingen die meer aankunnen; "
                    "aanpassingen voor leerlingen met een medische of fysieke beperking, waaronder een "
                    "protocol medisch handelen; NT2-aanpak voor leerlingen die kort in Nederland zijn."]]),
        ("p", "Of scholen deze standaarden waarmaken, bekijken we op twee manieren. Iedere school beschrijft "
              "in het hoofdstuk ondersteuning van de schoolgids hoe zij de standaarden invult. Daarnaast "
              "bezoekt een team van twee consulenten elke school eens in de vier jaar voor een "
              "collegiale audit. Voldoet een school op een standaard niet, dan maakt de directeur binnen drie "
              "maanden een verbeterplan, dat in het volgende schooljaar opnieuw wordt bekeken."),
        ("h1", "Van extra ondersteuning tot speciaal onderwijs"),
        ("p", "Niet elk kind heeft genoeg aan de basisondersteuning. Daarom kent De Vlietlanden een "
              "samenhangend aanbod in vier lagen, van licht naar zwaar. In elke laag blijft de school van "
              "inschrijving verantwoordelijk voor het kind totdat een andere school het overneemt."),
        ("table", [["Laag", "Wat", "Wie regelt het"],
                   ["Basis", "Basisondersteuning volgens de vijf standaarden", "School"],
                   ["Extra op school", "Arrangement in de eigen school: extra begeleiding door een "
                    "specialist, aangepast programma, inzet van een onderwijsassistent", "School, met "
                    "schoolarrangementbudget"],
                   ["Bovenschools", "Plusklas De Uitdaging (2 dagdelen per week), taalklas voor nieuwkomers "
                    "in Vlietwoude, observatiegroep De Brug (maximaal 12 weken)", "Samenwerkingsverband"],
                   ["Speciaal", "Sbo De Schakel en sbo Het Palet; so De Wilgenhoek (cluster 3 en 4); "
                    "zo nodig so buiten de regio", "Samenwerkingsverband (TLV)"]]),
        ("p", "Zo ontstaat een doorgaande lijn van basis naar speciaal. Scholen kunnen voor de "
              "bovenschoolse voorzieningen een leerling aanmelden via de onderwijsconsulent. De consulent "
              "bespreekt de aanmelding in het wekelijkse plaatsingsoverleg van het bureau."),
        ("h2", "Witte vlekken en thuiszitters"),
        ("p", "Elk voorjaar brengt het bureau in kaart voor welke kinderen geen passende plek te vinden "
              "was. Bronnen zijn de meldingen van scholen, de wachtlijsten van de bovenschoolse voorzieningen "
              "en de thuiszitterslijst die we samen met de leerplichtambtenaren bijhouden. De uitkomsten "
              "bespreken we in het directeurenoverleg; blijkt een tekort structureel, dan doet de "
              "directeur-bestuurder de algemene vergadering een voorstel voor een nieuwe voorziening. Zo is "
              "in 2024 de observatiegroep De Brug ontstaan."),
        ("p", "Elk kind dat langer dan vier weken thuiszit, wordt binnen een week besproken aan de "
              "Thuiszitterstafel, met school, leerplicht, jeugdhulp en ouders. De tafel wijst een "
              "casusregisseur aan die binnen zes weken een plan voor terugkeer naar onderwijs maakt. Lukt het "
              "niet, dan kan de directeur-bestuurder doorzettingsmacht gebruiken: een school van een "
              "aangesloten bestuur plaatst het kind dan, met een budget van het verband. Zo geven de "
              "besturen samen invulling aan hun zorgplicht."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("h2", "8.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar "
              "het kind is ingeschreven, in de praktijk door de directeur. Voor kinderen zonder school vraagt "
              "de school aan waar het kind is aangemeld. Ouders ondertekenen de aanvraag of geven hun "
              "zienswijze, die bij het dossier wordt gevoegd."),
        ("h2", "8.2 Stappen en termijnen"),
        ("numbers", ["De school bespreekt het kind in het ondersteuningsteam en vult het groeidocument aan "
                     "met de evaluatie van ten minste twee cycli handelingsgericht werken.",
                     "De school dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid (CT) van het "
                     "verband.",
                     "De CT controleert binnen vijf werkdagen of het dossier compleet is.",
                     "Twee deskundigen geven ieder een eigen schriftelijk advies (zie 8.4).",
                     "De CT neemt namens de directeur-bestuurder binnen zes weken na ontvangst van het "
                     "complete dossier een besluit; ouders en school ontvangen het besluit en de adviezen."]),
        ("h2", "8.3 Criteria"),
        ("p", "Een kind is toelaatbaar tot het sbo als de basisschool aantoonbaar twee cycli extra "
              "ondersteuning heeft geboden, inclusief een arrangement, en de ontwikkeling achterblijft ten "
              "opzichte van het OPP; én als het kind een intensiteit van ondersteuning nodig heeft die "
              "groter is dan een basisschool met arrangement kan bieden (kleine groep, permanente nabijheid "
              "van een gespecialiseerde leerkracht). Tot het so is een kind toelaatbaar als daarnaast sprake "
              "is van een ernstige beperking of stoornis die de inzet van specialistische expertise gedurende "
              "de hele schooldag vraagt, bijvoorbeeld een ernstige verstandelijke beperking (cluster 3) of "
              "ernstige gedrags- of psychiatrische problematiek (cluster 4). De CT weegt beide criteria "
              "tegen de onderwijsbehoefte uit het groeidocument."),
        ("h2", "8.4 Deskundigen"),
        ("p", "De eerste deskundige is altijd een orthopedagoog of psycholoog. De tweede deskundige kiest "
              "de CT afhankelijk van de vraag: een kinderpsychiater, maatschappelijk werker, arts of "
              "pedagoog. Geen van beide deskundigen is eerder bij het kind betrokken geweest."),
        ("h2", "8.5 Duur, categorie en bezwaar"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so "
              "geldt voor twee schooljaren en loopt tot en met 31 juli. Voor het so stelt de CT de "
              "bekostigingscategorie vast (laag, midden of hoog). Ouders en school kunnen binnen zes weken "
              "bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        ("h2", "8.6 Terugplaatsing en overplaatsing"),
        ("p", "In het laatste schooljaar van een so-TLV plant de so-school vóór 1 februari een "
              "evaluatiegesprek met ouders en een consulent van het verband. Op basis van het OPP beoordeelt "
              "de so-school of verlenging nodig is. Is dat zo, dan vraagt de so-school vóór 1 april een "
              "nieuwe TLV aan bij de CT; is dat niet zo, dan eindigt de TLV op 31 juli en zoekt de "
              "so-school samen met ouders een basisschool of sbo-school. De CT beslist over verlenging "
              "volgens de procedure van 8.2."),
        ("p", "Onze uitgangspunten voor terugplaatsing, de voorwaarden waaronder een kind terug kan en de "
              "begeleiding die een kind daarna krijgt, werken we in het eerste planjaar samen met de sbo- en "
              "so-scholen uit in een notitie terugplaatsingsbeleid."),
    ]
    b += f_oogo_inhoud(c)
    b += [
        ("h1", "Ambities en beoogde resultaten"),
        ("p", "Wij formuleren voor deze planperiode vijf ambities. Bij elke ambitie hoort een beoogd "
              "resultaat voor leerlingen die extra ondersteuning nodig hebben."),
        ("table", [["Ambitie", "Beoogd resultaat in 2029"],
                   ["Dichtbij", "Het percentage leerlingen in sbo en so samen daalt van 3,4% naar 3,0%."],
                   ["Niemand thuis", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod."],
                   ["Sterke basis", "Alle 47 scholen voldoen bij de audit aan de vijf standaarden."],
                   ["Snel duidelijkheid", "90% van de TLV-besluiten valt binnen zes weken."],
                   ["Tevreden", "Ouders van kinderen met een arrangement geven gemiddeld minstens een 7,5."]]),
        ("p", "Hoe en wanneer we deze resultaten meten, welke bronnen we gebruiken en hoe we over de "
              "voortgang rapporteren, leggen we vast in het Kwaliteitskader resultaten. Dat kader "
              "bespreken we in het voorjaar van 2026 met de OPR; het wordt daarna als bijlage 2 aan dit plan "
              "toegevoegd."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met scholen "
              "via een maandelijkse nieuwsbrief, met besturen via het beleidsoverleg en met de gemeenten via "
              "de ambtelijke overleggen."),
        ("p", "Ouders informeren we op drie manieren. De website heeft een ouderpagina met uitleg over de "
              "vijf standaarden van de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en "
              "de route naar het sbo en so. Iedere school neemt in de schoolgids een vaste paragraaf van het "
              "verband op over deze voorzieningen. En twee keer per jaar houden we een informatieavond voor "
              "ouders, in het voorjaar in Vlietwoude en in het najaar in Hazerswijk. De ouderfolder is "
              "beschikbaar in het Nederlands, Engels, Arabisch en Pools."),
        ("p", "Soms zijn ouders het niet eens met de school of met het verband, of willen zij iemand die "
              "met hen meedenkt zonder belang bij de uitkomst. Zij kunnen dan terecht bij het Ouder- en "
              "Jeugdsteunpunt Vliet, dat onafhankelijk van het verband werkt en gratis advies geeft "
              "(telefonisch en via het spreekuur op woensdag), en bij de landelijke Onderwijsconsulenten. "
              "Voor geschillen over toelating, verwijdering of het OPP kunnen ouders naar de "
              "Geschillencommissie passend onderwijs."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt ondersteuningsmiddelen van het Rijk. Na aftrek van de "
              "afdrachten aan het s(b)o verdeelt het verband de middelen volgens het verdeelmodel hieronder. "
              "Het model is vastgesteld door de algemene vergadering en geldt de hele planperiode; de "
              "bedragen worden jaarlijks geïndexeerd."),
        ("table", [["Onderdeel verdeelmodel", "Criterium", "Bedrag 2025-2026"],
                   ["Schoolbudget basis", "per leerling op 1 oktober", "€ 155 per leerling"],
                   ["Vaste voet", "per schoolvestiging", "€ 6.000 per vestiging"],
                   ["Schoolarrangementen", "op aanvraag, na besluit consulent; max. 1 jaar",
                    "gemiddeld € 4.500 per arrangement"],
                   ["Bovenschoolse voorzieningen", "begroting per voorziening", "zie meerjarenbegroting"]]),
        ("p", "Schoolbesturen besteden het schoolbudget aan de vijf standaarden en leggen daarover "
              "verantwoording af in hun jaarverslag en in een korte rapportage aan het verband."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "9.820", "9.740", "9.660", "9.600"],
                   ["Afdrachten sbo en so (DUO)", "4.310", "4.260", "4.210", "4.180"],
                   ["Schoolbudgetten en vaste voet", "2.060", "2.040", "2.020", "2.000"],
                   ["Schoolarrangementen", "1.350", "1.350", "1.340", "1.330"],
                   ["Bovenschoolse voorzieningen", "980", "1.000", "1.010", "1.020"],
                   ["Bureau en consulenten", "1.240", "1.250", "1.260", "1.270"],
                   ["Resultaat", "-120", "-160", "-180", "-200"]]),
        ("p", "Het negatieve resultaat is bewust: de reserve van het verband ligt boven de "
              "signaleringswaarde en wordt in deze periode afgebouwd tot het niveau dat de risicoanalyse "
              "vraagt (ruim € 1,1 miljoen)."),
    ]
    b += f_governance(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "De ondersteuning die alle scholen van het verband bieden."],
                     ["Terugplaatsing", "De overstap van sbo of so terug naar een basisschool."],
                     ["Resultaten", "De effecten die we met de ondersteuning willen bereiken."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["Verdeelmodel", "Afspraken over de verdeling van de middelen."]]),
          ("h1", "Bijlage 2 Kwaliteitskader resultaten"),
          ("p", "Volgt na bespreking met de OPR in het voorjaar van 2026.")]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "ch. 'Basisondersteuning: wat elke school biedt': one level for all 47 schools plus five standards table; audit + verbeterplan = borging",
             "plaatsing": "ch. 8.1-8.5: applicant, numbered steps, CT decides within 6 weeks, sbo/so criteria, two deskundigen, duration/category, LBT bezwaar",
             "terugstroom": "only procedure, hidden in TLV section 8.6 (evaluation before 1 Feb, new TLV before 1 April, end 31 July); policy/conditions/support deferred to a notitie in first plan year",
             "financien": "ch. 'Geld en middelen': verdeelmodel table with criteria and amounts, meerjarenbegroting table 2025-2028, reserves above signaleringswaarde",
             "dekkend-aanbod": "four-layer continuum table in ch. 7; gaps via annual inventory, Thuiszitterstafel, doorzettingsmacht/zorgplicht; OOGO ch. with OZA",
             "resultaten": "ambities table gives measurable beoogde resultaten; how they are measured/reported deferred to Kwaliteitskader (bijlage 2 'volgt')",
             "ouders": "inside ch. 'Communicatie': website ouderpagina, schoolgids paragraph, info evenings, translated folder; OJSP Vliet, Onderwijsconsulenten, GPO"}
    return c, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan B: VO, docx. Basisondersteuning only the level (content deferred to a kwaliteitskaart / SOP's);
# no terugstroom at all (only near-misses: uitstroom, doorstroom, terugblik); financien: verdeling
# yes, besteding referred to an absent bijlage; ouders: steunpunt yes, informatie deferred.
# ----------------------------------------------------------------------------------------------
def plan_b():
    c = chapters(ch_visie="Visie en koers", ch_terugblik="Terugblik", ch_personeel="Personeel en professionalisering",
                 ch_opr="Ondersteuningsplanraad", ch_oogo="Regionale samenwerking en jeugdhulp")
    c.update(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="Kempenrand", code="VO 30-09",
             period="2025-2029", region="de Kempenrand", kids="jongeren",
             gemeenten="Bergeijk-Noord, Veldrijk, Aalsterhout en Luykgestel-Oost", director="ir. J. (Jeroen) van Dommelen",
             n_besturen="6", n_scholen="14 vestigingen vo, 2 scholen voor praktijkonderwijs, 1 vso-school",
             n_leerlingen="12.905", fte="9,8 fte", opr_leden="10", opr_datum="25 maart 2025",
             oogo_datum="11 maart 2025", other_swv="PO Kempenrand (PO 30-02)", d1="3 december 2024",
             d2="28 januari 2025", d3="15 april 2025", d4="28 april 2025")
    b = [("title", "Ondersteuningsplan Kempenrand 2025-2029"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-09)"),
         ("sub", "Vastgesteld door de algemene vergadering op 15 april 2025"),
         ("pagebreak",),
         ("h1", "Inhoud"),
         ("toc", ["Voorwoord", "Samenvatting", "Leeswijzer", "Ons verband in vogelvlucht", "Visie en koers",
                  "Terugblik", "Basisondersteuning", "Ondersteuningsaanbod en dekkend netwerk",
                  "Toewijzing: vso, lwoo en praktijkonderwijs", "Terugplaatsing en overstap",
                  "Doelen en resultaten", "Financiën", "Ouders en leerlingen",
                  "Regionale samenwerking en jeugdhulp", "Organisatie en governance", "Ondersteuningsplanraad",
                  "Personeel en professionalisering", "ICT en privacy", "Planning en vaststelling",
                  "Bijlagen: 1 Afkortingen, 5 Meerjarenbegroting 2025-2029"]),
         ("pagebreak",)]
    b += f_voorwoord(c)
    b += [("h1", "Samenvatting"),
          ("p", "In de komende vier jaar richt Kempenrand zich op drie speerpunten: een sterke basis op elke "
                "school, een sluitend netwerk voor jongeren die meer nodig hebben en snellere, eenvoudigere "
                "toewijzing. We willen minder tijd kwijt zijn aan formulieren en meer aan jongeren. De "
                "middelen verdelen we zo dat scholen zelf kunnen handelen, met een vangnet voor wie daar "
                "niet genoeg aan heeft. Ouders en leerlingen krijgen een sterkere stem."),
          ("p", "Dit plan bouwt voort op het vorige plan. Veel is goed gegaan, sommige dingen moeten beter. "
                "Zo is de samenwerking met de gemeenten op het gebied van jeugdhulp verbeterd, maar lopen "
                "jongeren nog te vaak vast bij de overgang van het ene naar het andere systeem.")]
    b += f_leeswijzer(c) + f_context(c) + f_missie_visie(c)
    b += [("h1", "Terugblik"),
          ("p", "Bij de terugblik op de vorige planperiode kijken we naar wat we ons hadden voorgenomen en "
                "wat daarvan terecht is gekomen. Het uitgebreide evaluatieverslag is besproken met de OPR. "
                "De belangrijkste les is dat de doorstroom van vmbo naar mbo voor jongeren met een "
                "ondersteuningsbehoefte kwetsbaar blijft; de uitstroom van vso-leerlingen naar arbeid is "
                "juist goed op gang gekomen dankzij de samenwerking met het werkgeversservicepunt."),
          ("h1", "Basisondersteuning"),
          ("p", "In Kempenrand verstaan we onder basisondersteuning het afgesproken minimum aan ondersteuning "
                "dat iedere vestiging van iedere aangesloten school biedt, ongeacht bestuur, denominatie of "
                "onderwijstype, dus ook de scholen voor praktijkonderwijs. Het niveau ligt boven de "
                "basiskwaliteit die de inspectie vraagt en wordt voor alle vestigingen gelijk vastgesteld door "
                "de algemene vergadering. Een vestiging die het niveau (nog) niet haalt, kan geen beroep doen "
                "op bovenschoolse middelen voor ondersteuning die binnen de basis hoort te vallen."),
          ("p", "Welke voorzieningen, interventies en expertise daar precies onder vallen, leggen de "
                "schoolleiders in het schooljaar 2025-2026 samen vast in de Kwaliteitskaart "
                "Basisondersteuning. Tot die kaart er is, gelden de beschrijvingen in de "
                "schoolondersteuningsprofielen (SOP's) die de scholen op hun eigen websites publiceren."),
          ("h1", "Ondersteuningsaanbod en dekkend netwerk"),
          ("p", "Boven op de basis kent Kempenrand een opbouwend aanbod. Op de scholen zelf is extra "
                "ondersteuning mogelijk in de vorm van schoolarrangementen en een trajectvoorziening (een "
                "plek in de school waar een leerling tijdelijk een deel van de dag onder begeleiding werkt). "
                "Bovenschools is er het orthopedagogisch-didactisch centrum (OPDC) De Overstap, met "
                "32 plaatsen voor jongeren die tijdelijk niet in een reguliere klas kunnen functioneren, en "
                "een time-outvoorziening van maximaal zes weken. Voor jongeren die langdurig "
                "gespecialiseerde ondersteuning nodig hebben, is er het vso De Kempenhorst; daarnaast is er "
                "praktijkonderwijs op twee locaties en lwoo op alle vmbo-vestigingen."),
          ("table", [["Niveau", "Voorziening", "Toegang"],
                     ["1 Basis", "Basisondersteuning op elke vestiging", "Direct, via mentor"],
                     ["2 Extra op school", "Schoolarrangement, trajectvoorziening", "Ondersteuningsteam school"],
                     ["3 Bovenschools", "OPDC De Overstap, time-out, hoogbegaafdheidstraject", "Loket Kempenrand"],
                     ["4 Gespecialiseerd", "vso De Kempenhorst, vso buiten de regio", "TLV"]]),
          ("p", "Of het netwerk dekkend is, volgen we met het Netwerkoverleg dat elke zes weken "
                "plaatsvindt. Daarin bespreken de ondersteuningscoördinatoren alle jongeren voor wie binnen "
                "vier weken na aanmelding geen passende plek is gevonden, de wachtlijst van De Overstap en "
                "alle thuiszitters. Voor elke thuiszitter wordt binnen twee weken een trajectbegeleider "
                "aangewezen. Wanneer eenzelfde knelpunt drie keer terugkomt, stelt het bureau een "
                "voorstel op voor aanpassing van het aanbod. De leerplichtambtenaren schuiven twee keer per "
                "jaar aan om de verzuimcijfers te bespreken."),
          ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
          ("h2", "Toelaatbaarheid vso"),
          ("p", "Het bevoegd gezag van de school waar de jongere staat ingeschreven vraagt de TLV aan bij het "
                "Loket Kempenrand, met het OPP, het verslag van het multidisciplinair overleg en de "
                "zienswijze van ouders en leerling. De Commissie Toewijzing (CTW) toetst de aanvraag. Twee "
                "deskundigen, van wie één orthopedagoog of psycholoog, brengen ieder afzonderlijk advies uit. "
                "De directeur-bestuurder besluit binnen zes weken; in spoedgevallen binnen tien werkdagen."),
          ("table", [["Criterium vso", "Toelichting"],
                     ["Ondersteuningsbehoefte", "De jongere heeft een ondersteuningsbehoefte op het gebied van "
                      "leren, gedrag of lichamelijke of verstandelijke ontwikkeling die het hele programma doordringt."],
                     ["Handelingsverlegenheid", "De reguliere school heeft minstens twee OPP-cycli met "
                      "niveau 2 of 3 ingezet en dat was aantoonbaar onvoldoende."],
                     ["Perspectief", "Het uitstroomperspectief is in het vso beter haalbaar dan in het regulier vo."]]),
          ("p", "De TLV geldt in de regel voor twee schooljaren, tot 31 juli; de CTW kan bij een blijvende "
                "beperking een langere duur vaststellen. Tegen het besluit kan binnen zes weken bezwaar "
                "worden gemaakt; het verband heeft zich aangesloten bij de Landelijke "
                "Bezwaaradviescommissie."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs volgt Kempenrand de landelijke criteria. De school van "
                "aanmelding vraagt de aanwijzing lwoo of de TLV pro aan bij het Loket, met de gegevens uit "
                "het onderwijskundig rapport en het psychodiagnostisch onderzoek. Het Loket besluit binnen "
                "vier weken, en voor aanvragen die vóór 1 maart binnen zijn in ieder geval vóór 1 mei."),
          ("table", [["", "Intelligentie", "Leerachterstand"],
                     ["Lwoo", "IQ 75 tot en met 90 (of 91-120 met sociaal-emotionele problematiek)",
                      "1,5 tot 3 jaar op ten minste twee domeinen"],
                     ["Praktijkonderwijs", "IQ 55 tot en met 80", "3 jaar of meer op ten minste twee domeinen"]]),
          ("h2", "Overstap en uitstroom"),
          ("p", "De overstap van het primair onderwijs naar het vo verloopt via de warme overdracht die de "
                "PO- en VO-verbanden samen hebben afgesproken. Voor de uitstroom van vso en pro naar arbeid "
                "of mbo werken we samen met het werkgeversservicepunt en de mbo-instellingen in de regio."),
          ("h1", "Doelen en resultaten"),
          ("p", "Voor deze planperiode hebben we vier beoogde resultaten geformuleerd. Bij elk resultaat hoort "
                "een indicator, een nulmeting en een streefwaarde."),
          ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Meer jongeren thuisnabij", "deelname vso (peildatum 1 oktober)", "3,9%", "3,5%"],
                     ["Minder thuiszitters", "aantal jongeren > 4 weken thuis", "23", "< 10"],
                     ["Snelle toewijzing", "doorlooptijd TLV binnen 6 weken", "71%", "95%"],
                     ["Succesvolle overstap", "jongeren die na OPDC een jaar later nog op de school zitten", "68%", "80%"]]),
          ("p", "De indicatoren worden per kwartaal uit ons registratiesysteem en uit DUO-gegevens gehaald "
                "en in een dashboard gezet dat de directeur-bestuurder bespreekt met de raad van toezicht. "
                "Eenmaal per jaar rapporteren we de bereikte resultaten, met een toelichting, in het "
                "jaarverslag, dat ook naar de OPR en de gemeenten gaat. Elke twee jaar voeren we een "
                "tevredenheidsonderzoek uit onder ouders, leerlingen en scholen. Blijft een indicator twee "
                "metingen achter, dan stelt het bureau een verbeteractie voor."),
          ("h1", "Financiën"),
          ("p", "Kempenrand ontvangt jaarlijks middelen voor lichte en zware ondersteuning. De middelen voor "
                "lichte ondersteuning gaan volledig naar de schoolbesturen, verdeeld naar rato van het aantal "
                "leerlingen in het vmbo (gewicht 1,5) en in havo/vwo (gewicht 1,0) op de teldatum van "
                "1 oktober. Van de middelen voor zware ondersteuning houdt het verband de afdrachten voor het "
                "vso en de kosten van OPDC, time-out en bureau in; wat overblijft, wordt als "
                "ondersteuningsbudget per leerling aan de besturen uitgekeerd (in 2025: € 112 per leerling). "
                "De algemene vergadering stelt dit model vast; het geldt de gehele planperiode."),
          ("p", "Waaraan de middelen in deze planperiode worden besteed, en de meerjarenbegroting 2025-2029 "
                "met de bedragen per post, is opgenomen in bijlage 5 bij dit plan."),
          ("h1", "Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partners. In de OPR zitten ouders, leerlingen en personeel. Bij "
                "ieder OPP wordt de leerling gehoord en ouders worden uitgenodigd voor het "
                "multidisciplinair overleg."),
          ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij Ouderpunt Kempen, het ouder- "
                "en jeugdsteunpunt dat het verband financiert maar dat onder een eigen onafhankelijk bestuur "
                "werkt. Ouderpunt Kempen is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in "
                "Veldrijk. Daarnaast verwijzen we naar de Onderwijsconsulenten en naar de klachtenregeling "
                "van het verband; geschillen over het OPP kunnen worden voorgelegd aan de "
                "Geschillencommissie passend onderwijs."),
          ("p", "Hoe het verband ouders over de ondersteuningsvoorzieningen informeert, werken we uit in een "
                "communicatieplan dat in 2026 aan de OPR wordt voorgelegd.")]
    b += f_oogo_inhoud(c) + f_governance(c) + f_overleg(c) + f_landelijk(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [("h1", "Bijlage 1 Afkortingen en begrippen"),
          ("table", [["Afkorting / begrip", "Betekenis"],
                     ["CTW", "Commissie Toewijzing"],
                     ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["pro", "praktijkonderwijs"],
                     ["Terugplaatsing", "De overstap van een jongere van het vso naar het regulier vo na afloop van de TLV"],
                     ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen"],
                     ["Ouderinformatie", "Informatie over ondersteuning voor ouders"]]),
          ("h1", "Bijlage 5 Meerjarenbegroting 2025-2029"),
          ("p", "Deze bijlage wordt afzonderlijk aangeleverd.")]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "ch. 'Basisondersteuning' defines the minimum for every vestiging (incl. pro), but the concrete content is deferred to a Kwaliteitskaart 2025-2026 / the schools' own SOP websites",
             "plaatsing": "ch. 'Toewijzing': vso TLV procedure (Loket, CTW, two deskundigen, 6 weeks) plus criteria table; lwoo/pro procedure and national criteria table; duration and LBT bezwaar",
             "terugstroom": "nothing: only TOC entry 'Terugplaatsing en overstap' (chapter is about PO-VO overstap and uitstroom) and glossary entry; terugblik/doorstroom/uitstroom are near-misses",
             "financien": "ch. 'Financiën' gives allocation model (weights vmbo/havo-vwo, € 112 per leerling); spending and meerjarenbegroting referred to bijlage 5, which is 'afzonderlijk aangeleverd'",
             "dekkend-aanbod": "niveau 1-4 table with OPDC, time-out, vso; Netwerkoverleg every 6 weeks on unplaced pupils/thuiszitters; OOGO/jeugdhulp chapter",
             "resultaten": "ch. 'Doelen en resultaten': table with indicators, nulmeting, streefwaarde; quarterly dashboard, jaarverslag, tevredenheidsonderzoek",
             "ouders": "steunpunt: Ouderpunt Kempen (independent OJSP), Onderwijsconsulenten, GPO; informing parents deferred to a 2026 communicatieplan; OPR/OPP role = betrokkenheid"}
    return c, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan C: PO, pdf. Basisondersteuning content only in a table; plaatsing procedure without criteria;
# terugstroom fully inside the TLV chapter; financien besteding only (verdeelmodel deferred);
# dekkend aanbod continuum without gap handling; no resultaten; nothing on informing/supporting parents.
# ----------------------------------------------------------------------------------------------
def plan_c():
    c = chapters(ch_context="Het samenwerkingsverband", ch_governance="Bestuur en toezicht",
                 ch_oogo="Onderwijs en jeugdhulp", ch_planning="Planning")
    c.update(name="Stichting Samenwerkingsverband Primair Onderwijs Eemvallei-Zuid", short="Eemvallei-Zuid",
             code="PO 26-07", period="2025-2029", region="de zuidelijke Eemvallei", kids="kinderen",
             gemeenten="Eemsloot, Hoevelaken-Zuid en Stoutenburgerveld", director="mr. A. (Anouk) Brinkhorst",
             n_besturen="7", n_scholen="38 basisscholen, 1 sbo-school, 2 so-scholen", n_leerlingen="8.215",
             fte="8,6 fte", opr_leden="8", opr_datum="1 april 2025", oogo_datum="13 maart 2025",
             other_swv="VO Eemvallei (VO 26-03)", d1="26 november 2024", d2="5 februari 2025",
             d3="16 april 2025", d4="29 april 2025")
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Stichting Samenwerkingsverband Primair Onderwijs Eemvallei-Zuid (PO 26-07)"),
         ("sub", "Samen sterk voor elk kind - resultaten, ouders en middelen"),
         ("pagebreak",),
         ("h1", "Inhoudsopgave"),
         ("toc", ["1 Voorwoord ........ 3", "2 Leeswijzer ........ 4", "3 Het samenwerkingsverband ........ 5",
                  "4 Missie en visie ........ 6", "5 Terugblik op de vorige planperiode ........ 8",
                  "6 Basisondersteuning ........ 9", "7 Het ondersteuningsaanbod ........ 11",
                  "8 Toelaatbaarheid en terugplaatsing ........ 13", "9 Kwaliteit en resultaten ........ 16",
                  "10 Ouders ........ 17", "11 Financiën ........ 18", "12 Onderwijs en jeugdhulp ........ 20",
                  "13 Bestuur en toezicht ........ 21", "14 Medezeggenschap ........ 22", "15 Personeel ........ 23",
                  "16 ICT en privacy ........ 24", "17 Planning ........ 25", "Begrippenlijst ........ 26"]),
         ("pagebreak",)]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_missie_visie(c) + f_terugblik_kwalitatief(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "De schoolbesturen van Eemvallei-Zuid hebben afgesproken dat alle 38 basisscholen, op elke "
                "locatie, hetzelfde niveau van basisondersteuning waarborgen. Dat niveau is de ondergrens: "
                "scholen kunnen er in hun profiel bovenuit stijgen, maar geen school zakt eronder. Het niveau "
                "is in de tabel hieronder uitgewerkt in concrete afspraken."),
          ("table", [["Domein", "Afspraak voor alle scholen"],
                     ["Organisatie", "Intern begeleider op elke locatie, minimaal 1 dag per week per 150 leerlingen; "
                      "zorgoverleg minstens 6 keer per jaar"],
                     ["Planmatig werken", "Leerlingvolgsysteem; drie keer per jaar groepsbespreking; OPP binnen "
                      "6 weken voor leerlingen met een eigen leerlijn"],
                     ["Lezen en dyslexie", "Protocol leesproblemen en dyslexie; RT-begeleiding in kleine groep "
                      "voor leerlingen met ernstige leesproblemen; compenserende software"],
                     ["Rekenen", "Protocol ERWD; preteaching en verlengde instructie"],
                     ["Gedrag", "Anti-pestprogramma; gedragsspecialist bereikbaar binnen 2 weken; "
                      "time-in plek in de school"],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep"],
                     ["Medisch", "Protocol medicijnverstrekking en medisch handelen; aangepast meubilair waar nodig"]]),
          ("h1", "Het ondersteuningsaanbod"),
          ("p", "Het aanbod van Eemvallei-Zuid loopt van basisondersteuning via extra ondersteuning naar "
                "speciaal (basis)onderwijs. Extra ondersteuning is ondersteuning die de school niet uit de "
                "basis kan bieden en waarvoor zij een arrangement aanvraagt bij het Ondersteuningsloket. "
                "Arrangementen kunnen individueel zijn (bijvoorbeeld begeleiding door een ambulant "
                "begeleider gedurende een half jaar) of groepsgewijs (bijvoorbeeld de taalklas in Eemsloot "
                "of de Plusgroep voor hoogbegaafde leerlingen, één dag per week). Daarnaast biedt sbo De "
                "Kolibrie een observatieplaatsing van maximaal drie maanden. Voor kinderen die meer nodig "
                "hebben, zijn er de sbo-school De Kolibrie en de so-scholen Het Anker (cluster 4) en De "
                "Zonnewijzer (cluster 3)."),
          ("p", "Zo is er voor elk type ondersteuningsvraag een volgende stap. Het Ondersteuningsloket "
                "zorgt ervoor dat de overgang tussen de stappen soepel verloopt en dat dossiers niet "
                "opnieuw hoeven te worden opgebouwd."),
          ("p", "Of het aanbod aansluit bij wat kinderen in de regio nodig hebben en waar het tekortschiet, "
                "onderzoeken we in 2026 in een regionale analyse. De uitkomsten en de maatregelen die daaruit "
                "volgen, nemen we op in een aanvulling op dit plan. Over thuiszitters rapporteren we zoals "
                "gebruikelijk in het jaarverslag."),
          ("h1", "Toelaatbaarheid en terugplaatsing"),
          ("h2", "De aanvraag"),
          ("p", "Een TLV voor sbo of so wordt aangevraagd door het schoolbestuur van de school waar de "
                "leerling staat ingeschreven. De intern begeleider stelt het dossier samen: het OPP, de "
                "verslagen van het zorgoverleg en het onderwijskundig rapport. De aanvraag gaat naar het "
                "Ondersteuningsloket, dat het dossier binnen een week op volledigheid controleert."),
          ("h2", "Advies en besluit"),
          ("p", "Na ontvangst van een volledig dossier vraagt het loket het advies van twee deskundigen: een "
                "orthopedagoog-generalist en, afhankelijk van de vraag, een jeugdarts, psycholoog of "
                "maatschappelijk werker. Beide deskundigen leveren een eigen schriftelijk advies. De Commissie "
                "van Toelaatbaarheid neemt binnen vier weken na de adviezen het besluit en stuurt dit met de "
                "adviezen naar de school."),
          ("p", "Welke criteria de commissie daarbij hanteert, is op dit moment in herziening. De nieuwe "
                "toelaatbaarheidscriteria worden in het schooljaar 2025-2026 opgesteld en daarna op de "
                "website gepubliceerd."),
          ("h2", "Na de TLV: terug naar de basisschool"),
          ("p", "Eemvallei-Zuid vindt dat een plek in het sbo of so geen eindstation hoeft te zijn. Ons "
                "beleid is dat ieder kind dat in het speciaal (basis)onderwijs zit, jaarlijks de kans krijgt om "
                "terug te gaan naar een basisschool, liefst in de eigen woonplaats. Voorwaarden zijn dat de "
                "doelen uit het OPP grotendeels zijn gehaald, dat het kind de groepsgrootte van een "
                "basisschool aankan en dat de ontvangende school met een arrangement de nodige "
                "begeleiding kan bieden. Na terugplaatsing krijgt de ontvangende basisschool gedurende een "
                "jaar een terugplaatsingsarrangement: begeleiding door een leerkracht van de sbo- of so-school "
                "(één dagdeel per week) en een budget voor extra handen in de klas."),
          ("p", "De procedure is als volgt. Bij de jaarlijkse OPP-evaluatie in februari stelt de commissie "
                "van begeleiding van de sbo- of so-school vast of terugplaatsing haalbaar is. Is dat zo, dan "
                "meldt de school het kind vóór 1 maart bij het Ondersteuningsloket, dat een ontvangende "
                "basisschool zoekt en een overdrachtsgesprek organiseert. De Commissie van Toelaatbaarheid "
                "besluit over het terugplaatsingsarrangement. De overstap vindt plaats na de zomervakantie "
                "of, als het kind daar baat bij heeft, na de kerstvakantie. In het laatste jaar van een TLV "
                "volgt altijd een herbeoordeling; zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
          ("h1", "Kwaliteit en resultaten"),
          ("p", "Dit hoofdstuk wordt na afronding van de evaluatie van het vorige plan toegevoegd."),
          ("h1", "Ouders"),
          ("p", "Ouders zijn onmisbaar. Een nadere uitwerking van dit hoofdstuk volgt."),
          ("h1", "Financiën"),
          ("p", "De middelen van Eemvallei-Zuid komen voor het overgrote deel uit de rijksbijdrage voor "
                "lichte en zware ondersteuning. Het bestuur heeft besloten het huidige verdeelmodel te "
                "herzien. Hoe de middelen in de nieuwe situatie over de schoolbesturen worden verdeeld en "
                "welke criteria daarvoor gelden, werken we in de loop van 2026 samen met de besturen uit."),
          ("p", "De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed."),
          ("table", [["Post (bedragen in euro)", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage ondersteuning", "6.940.000", "6.880.000", "6.810.000", "6.760.000"],
                     ["Afdracht sbo (inclusief groeibekostiging)", "1.520.000", "1.500.000", "1.480.000", "1.470.000"],
                     ["Afdracht so", "2.610.000", "2.590.000", "2.580.000", "2.570.000"],
                     ["Arrangementen (individueel en groep)", "1.180.000", "1.180.000", "1.160.000", "1.150.000"],
                     ["Middelen naar schoolbesturen", "1.050.000", "1.030.000", "1.010.000", "990.000"],
                     ["Terugplaatsingsarrangementen", "60.000", "70.000", "80.000", "80.000"],
                     ["Ondersteuningsloket en bureau", "690.000", "700.000", "710.000", "720.000"],
                     ["Saldo", "-170.000", "-190.000", "-210.000", "-220.000"]]),
          ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die eind 2024 € 2,3 miljoen "
                "bedroeg. Na de planperiode resteert een reserve die past bij het risicoprofiel.")]
    b += f_oogo_inhoud(c) + f_governance(c) + f_overleg(c) + f_landelijk(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Beoogde resultaten", "Wat het verband wil bereiken voor leerlingen met extra ondersteuning"],
                     ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen"],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen rond passend onderwijs"],
                     ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verdeelmodel", "Model om de ondersteuningsmiddelen over de besturen te verdelen"]])]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"plaatsing": ["deskundigen"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"]}
    notes = {"basisondersteuning": "ch. 6: same level for all 38 schools as ondergrens; concrete content only in the domain table",
             "plaatsing": "procedure (applicant, dossier, loket, two deskundigen, commissie decides in 4 weeks) but criteria 'in herziening', to be opgesteld in 2025-2026 and published on the website",
             "terugstroom": "inside TLV chapter 'Na de TLV: terug naar de basisschool': policy (yearly chance, conditions, terugplaatsingsarrangement) and procedure (February OPP evaluation, before 1 March, commissie decides)",
             "financien": "verdeelmodel 'in herziening', criteria worked out in 2026; meerjarenbegroting table 2025-2028 with spending posts; reserve EUR 2,3 mln",
             "dekkend-aanbod": "continuum basis-extra-arrangementen-sbo/so in ch. 7; gap analysis deferred to 2026, thuiszitters only 'in het jaarverslag'; OOGO/OZA chapter = ketenpartners",
             "resultaten": "nothing: ch. 'Kwaliteit en resultaten' only says it will be added later; 'beoogde resultaten' only in begrippenlijst and title page",
             "ouders": "nothing: ch. 'Ouders' says 'uitwerking volgt'; OJSP/Onderwijsconsulent only in begrippenlijst; visie mentions ouders in passing"}
    return c, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan D: VO, pdf. Basisondersteuning deferred (missing); plaatsing criteria only (procedure on the
# website); terugstroom complete under "Doorlopende lijnen"; financien complete under
# "Financieel kader"; dekkend aanbod only gaps/thuiszitters (continuum referred to a web
# 'Aanbodwijzer'); resultaten monitoring + achieved figures but no intended results; ouders complete.
# ----------------------------------------------------------------------------------------------
def plan_d():
    c = chapters(ch_context="Kerngegevens", ch_visie="Waar we voor staan", ch_oogo="Gemeenten en jeugdhulp",
                 ch_personeel="Mensen en organisatie", ch_opr="Medezeggenschap en OPR")
    c.update(name="Samenwerkingsverband Voortgezet Onderwijs Zuiderhaven", short="Zuiderhaven", code="VO 41-02",
             period="2025-2029", region="de regio Zuiderhaven", kids="leerlingen",
             gemeenten="Zuiderhaven, Oostmoer en Klaaswaal-Noord", director="drs. P. (Pieter) Hazenberg",
             n_besturen="5", n_scholen="11 vo-vestigingen, 1 school voor praktijkonderwijs, 2 vso-scholen",
             n_leerlingen="9.370", fte="7,4 fte", opr_leden="8", opr_datum="20 maart 2025",
             oogo_datum="6 maart 2025", other_swv="PO Zuiderhaven (PO 41-01)", d1="10 december 2024",
             d2="30 januari 2025", d3="10 april 2025", d4="24 april 2025")
    b = [("title", "Ondersteuningsplan 2025-2029 SWV VO Zuiderhaven"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Zuiderhaven (VO 41-02)"),
         ("sub", "Basisondersteuning - dekkend aanbod - terugplaatsing - resultaten"),
         ("pagebreak",),
         ("h1", "Inhoud"),
         ("toc", ["Voorwoord", "Leeswijzer", "Kerngegevens", "Waar we voor staan", "Terugblik op de vorige planperiode",
                  "Basisondersteuning", "Elke leerling een plek", "Toewijzing en toelaatbaarheid",
                  "Doorlopende lijnen", "Kwaliteitszorg", "Thuis en school", "Financieel kader",
                  "Gemeenten en jeugdhulp", "Organisatie en governance", "Medezeggenschap en OPR",
                  "Mensen en organisatie", "ICT en privacy", "Planning en vaststelling", "Begrippen"]),
         ("pagebreak",)]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_missie_visie(c) + f_terugblik_kwalitatief(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "De beschrijving van de basisondersteuning wordt in deze planperiode herzien. Het kabinet "
                "heeft aangekondigd met een landelijke norm voor basisondersteuning te komen. Wij wachten die "
                "norm af en nemen de nieuwe beschrijving op in de voortgangsparagraaf van 2026, na instemming "
                "van de OPR. Tot die tijd blijven de afspraken uit het vorige ondersteuningsplan van kracht."),
          ("h1", "Elke leerling een plek"),
          ("p", "Het uitgangspunt van Zuiderhaven is dat geen leerling thuiszit. Een overzicht van alle "
                "voorzieningen en arrangementen in de regio vindt u in de Aanbodwijzer op de website van het "
                "samenwerkingsverband. In dit hoofdstuk beschrijven we hoe we ervoor zorgen dat er voor elke "
                "leerling een plek is."),
          ("h2", "Zorgplicht en aanmelding"),
          ("p", "Scholen hebben zorgplicht. Lukt het een school niet om binnen de wettelijke termijn van zes "
                "(plus vier) weken een passende plek te vinden, dan meldt de school de leerling bij het "
                "Plaatsingsoverleg Zuiderhaven. Dat overleg komt elke twee weken bijeen en bestaat uit de "
                "ondersteuningscoördinatoren van alle besturen en een medewerker van het verband. Het "
                "overleg wijst binnen twee weken een school aan die de leerling plaatst; die school kan "
                "daarvoor een plaatsingsbudget van het verband krijgen."),
          ("h2", "Thuiszitters"),
          ("p", "Elke leerling die langer dan vier weken niet of grotendeels niet naar school gaat, wordt "
                "gemeld bij de Zuiderhaventafel. Daaraan zitten leerplicht, de jeugdconsulent van de gemeente, "
                "een orthopedagoog van het verband en de school. De tafel maakt binnen drie weken een plan "
                "met een concrete startdatum voor (gedeeltelijk) onderwijs en een vaste contactpersoon. "
                "Na acht weken zonder resultaat escaleert de tafel naar de directeur-bestuurder, die "
                "namens de besturen een plek toewijst. Twee keer per jaar voeren we samen met leerplicht een "
                "analyse uit van de oorzaken van thuiszitten en van de plekken die ontbreken; ontbrekende "
                "plekken worden aan het bestuur voorgelegd met een voorstel en een termijn."),
          ("h1", "Toewijzing en toelaatbaarheid"),
          ("p", "Hoe een school een aanvraag indient, welke stukken daarvoor nodig zijn en wie over de "
                "aanvraag beslist, leest u in de Routewijzer Toewijzing op onze website. In dit plan leggen "
                "we de criteria vast."),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                     ["vso (cluster 3)", "de leerling een verstandelijke, lichamelijke of meervoudige beperking heeft "
                      "waardoor hij ook met een arrangement in het regulier vo geen ononderbroken ontwikkeling "
                      "doormaakt, en het OPP laat zien dat een gespecialiseerde setting nodig is"],
                     ["vso (cluster 4)", "de leerling ernstige gedrags- of psychiatrische problemen heeft die "
                      "ondanks minstens twee OPP-cycli met extra ondersteuning het functioneren in het regulier "
                      "vo onmogelijk maken"],
                     ["lwoo", "landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op twee "
                      "domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek"],
                     ["praktijkonderwijs", "landelijke criteria: IQ 55-80 en een leerachterstand van ten minste 3 "
                      "jaar op ten minste twee domeinen"]]),
          ("p", "Een TLV vso geldt voor de duur van de schoolloopbaan in het vso tenzij de commissie bij "
                "het besluit een kortere duur vaststelt; de bekostigingscategorie is laag, tenzij uit de "
                "adviezen blijkt dat midden of hoog nodig is."),
          ("h1", "Doorlopende lijnen"),
          ("p", "Leerlingen moeten zonder onderbreking kunnen doorgaan. Dat geldt bij de overstap van het "
                "primair naar het voortgezet onderwijs, bij de overstap naar mbo of arbeid en bij een "
                "overstap tussen scholen. Met het PO-verband is een overstapkalender afgesproken."),
          ("h2", "Terug naar het regulier vo"),
          ("p", "Wij willen dat leerlingen in het vso terug kunnen naar het regulier vo wanneer dat kan, "
                "bij voorkeur naar een school in de buurt van hun woonplaats. Terugkeer is mogelijk als de "
                "leerling de doelen van het OPP voor de onderdelen gedrag en werkhouding heeft behaald en "
                "een reguliere school met een arrangement de resterende ondersteuning kan bieden. Na terugkeer "
                "krijgt de leerling een overstaparrangement: een half jaar ambulante begeleiding door de "
                "vso-school, gefinancierd uit het overstapbudget van het verband, met een evaluatie na drie "
                "maanden."),
          ("numbers", ["De vso-school bespreekt bij elke OPP-evaluatie, en in het laatste jaar van de TLV "
                       "uiterlijk op 1 februari, of terugkeer haalbaar is.",
                       "Is terugkeer haalbaar, dan meldt de vso-school de leerling bij het Overstapoverleg van "
                       "het verband, waar ook de ontvangende school aanschuift.",
                       "Het Overstapoverleg stelt binnen vier weken het overstaparrangement vast; de "
                       "directeur-bestuurder besluit over de inzet van het overstapbudget.",
                       "Is terugkeer niet haalbaar in het laatste TLV-jaar, dan vraagt de vso-school vóór "
                       "1 april een nieuwe TLV aan; anders eindigt de TLV op 31 juli."]),
          ("p", "In 2022-2023 keerden 9 leerlingen terug, in 2023-2024 waren dat er 14."),
          ("h1", "Kwaliteitszorg"),
          ("p", "Zuiderhaven werkt met een vaste kwaliteitscyclus. Drie keer per jaar verzamelt het bureau "
                "gegevens over het aantal TLV's, de doorlooptijd van aanvragen, het aantal thuiszitters, "
                "het aantal terugplaatsingen en het deelnamepercentage vso. De gegevens worden besproken "
                "met de directeuren en de raad van toezicht. Eenmaal per jaar legt het verband in het "
                "jaarverslag verantwoording af over de bereikte resultaten en de kosten daarvan; het "
                "jaarverslag gaat naar de OPR en wordt op de website geplaatst. Eens per twee jaar laat het "
                "verband een externe audit uitvoeren."),
          ("table", [["Kengetal (bereikt)", "2021-2022", "2022-2023", "2023-2024"],
                     ["Deelname vso (1 oktober)", "4,1%", "4,0%", "3,8%"],
                     ["Thuiszitters > 4 weken", "19", "17", "12"],
                     ["Aanvragen binnen 6 weken afgehandeld", "64%", "72%", "81%"]]),
          ("p", "Concrete doelen voor de komende jaren leggen we elk jaar vast in het jaarplan."),
          ("h1", "Thuis en school"),
          ("h2", "Wat ouders van ons horen"),
          ("p", "Iedere school geeft ouders bij de aanmelding de Ouderwijzer Zuiderhaven mee, een boekje "
                "van twaalf pagina's dat uitlegt welke ondersteuning er op school en in de regio is, hoe "
                "je die aanvraagt en bij wie je terechtkunt. De Ouderwijzer staat ook op de website en is "
                "vertaald in vijf talen. In oktober organiseren we op drie locaties een "
                "ouderavond over ondersteuning in het vo; in februari een avond over de overstap van "
                "groep 8 naar het vo."),
          ("h2", "Waar kunnen ouders terecht?"),
          ("p", "Ouders en leerlingen die vastlopen, kunnen gratis en vertrouwelijk advies vragen bij "
                "Ouderkompas Zuiderhaven, het onafhankelijke ouder- en jeugdsteunpunt van de regio. "
                "Ouderkompas heeft een eigen bestuur en rapporteert jaarlijks over de signalen die het "
                "ontvangt. Ook kunnen ouders terecht bij de Onderwijsconsulenten en bij de klachtencommissie "
                "waar het verband bij is aangesloten."),
          ("h1", "Financieel kader"),
          ("p", "De middelen voor lichte ondersteuning gaan rechtstreeks naar de besturen, met een vaste "
                "voet van € 25.000 per vestiging en daarnaast een bedrag per leerling (€ 94 in 2025). De "
                "middelen voor zware ondersteuning worden na aftrek van de afdrachten aan het vso ingezet "
                "voor het overstapbudget, het plaatsingsbudget, de Zuiderhaventafel en het bureau. Het "
                "bestuur stelt de bedragen jaarlijks in december vast binnen dit kader. Besturen "
                "verantwoorden de besteding in een jaarlijkse rapportage volgens een vast format."),
          ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten lichte ondersteuning", "3.120", "3.090", "3.060", "3.040"],
                     ["Baten zware ondersteuning", "6.410", "6.360", "6.320", "6.290"],
                     ["Doorbetaling lichte ondersteuning aan besturen", "3.120", "3.090", "3.060", "3.040"],
                     ["Afdrachten vso", "4.460", "4.420", "4.400", "4.390"],
                     ["Overstap- en plaatsingsbudget", "620", "640", "650", "650"],
                     ["Zuiderhaventafel en thuiszitters", "310", "310", "320", "320"],
                     ["Bureau", "890", "900", "910", "920"],
                     ["Saldo", "130", "90", "40", "10"]])]
    b += f_oogo_inhoud(c) + f_governance(c) + f_overleg(c) + f_landelijk(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "De ondersteuning die elke school in het verband minimaal biedt."],
                     ["Dekkend aanbod", "Een aanbod waarin voor elke leerling een passende plek is."],
                     ["Ondersteuningscontinuüm", "Het geheel van voorzieningen van licht tot zwaar."],
                     ["Beoogde resultaten", "De doelen die het verband wil bereiken."],
                     ["TLV", "Toelaatbaarheidsverklaring"]])]
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {"basisondersteuning": "nothing: ch. 'Basisondersteuning' only defers to a 2026 voortgangsparagraaf / landelijke norm; term otherwise only in TOC, subtitle and begrippen",
             "plaatsing": "criteria table for vso cluster 3/4, lwoo, pro plus duration/category; procedure (who applies, who decides) only in the web 'Routewijzer Toewijzing'",
             "terugstroom": "under 'Doorlopende lijnen' > 'Terug naar het regulier vo': aims, conditions, overstaparrangement; numbered steps with 1 Feb / 1 April; return figures",
             "financien": "'Financieel kader': vaste voet + per-leerling amounts and who sets them; begroting table 2025-2028; verantwoording format",
             "dekkend-aanbod": "'Elke leerling een plek': zorgplicht escalation, Zuiderhaventafel, gap analysis; the continuum of provisions itself only referred to the web 'Aanbodwijzer'",
             "resultaten": "'Kwaliteitszorg': cycle, jaarverslag, audit and achieved kengetallen table; intended results deferred to the yearly jaarplan",
             "ouders": "ch. 'Thuis en school': Ouderwijzer booklet, website, translations, ouderavonden; Ouderkompas (independent OJSP), Onderwijsconsulenten, klachtencommissie"}
    return c, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan E: PO, plain text "op hoofdlijnen". Basisondersteuning in unusual wording ("ondergrens");
# plaatsing and financien only referred to separate documents; no dekkend aanbod; terugstroom policy
# without procedure; resultaten complete; ouders information without independent support (deferred).
# ----------------------------------------------------------------------------------------------
def plan_e():
    c = chapters(ch_context="Wie we zijn", ch_visie="Waar we voor gaan", ch_governance="Hoe we georganiseerd zijn",
                 ch_oogo="Overleg met de gemeenten", ch_personeel="Ons team", ch_planning="Tijdpad")
    c.update(name="Samenwerkingsverband PO Waterland-Oost", short="Waterland-Oost", code="PO 27-14",
             period="2025-2029", region="Waterland-Oost", kids="kinderen",
             gemeenten="Broekermeer, Uitdam-Zuid en Zeevang-Oost", director="E. (Esther) Kloosterman MEd",
             n_besturen="5", n_scholen="31 basisscholen, 1 sbo-school", n_leerlingen="6.020", fte="5,9 fte",
             opr_leden="8", opr_datum="27 maart 2025", oogo_datum="12 maart 2025",
             other_swv="VO Waterland (VO 27-05)", d1="5 december 2024", d2="6 februari 2025",
             d3="17 april 2025", d4="25 april 2025")
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2025-2029"),
         ("sub", "Samenwerkingsverband PO Waterland-Oost (PO 27-14)"),
         ("sub", "Versie 1.0, vastgesteld 17 april 2025"),
         ("h1", "Inhoud"),
         ("toc", ["1. Voorwoord", "2. Leeswijzer", "3. Wie we zijn", "4. Waar we voor gaan",
                  "5. Terugblik op de vorige planperiode", "6. De ondergrens: wat u op iedere school mag verwachten",
                  "7. Toewijzing, toelaatbaarheid en dekkend aanbod", "8. Terug naar de basisschool",
                  "9. Wat we willen bereiken en hoe we dat volgen", "10. Ouders", "11. Geld",
                  "12. Overleg met de gemeenten", "13. Hoe we georganiseerd zijn", "14. Medezeggenschap",
                  "15. Ons team", "16. ICT en privacy", "17. Tijdpad", "Afkortingenlijst"])]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_missie_visie(c) + f_terugblik_kwalitatief(c)
    b += [("h2", "Kenmerken van de regio"),
          ("p", "Waterland-Oost is een waterrijk gebied met veel kleine kernen. Een derde van de scholen telt "
                "minder dan honderd leerlingen. Die kleine scholen zijn belangrijk voor de leefbaarheid van de "
                "dorpen, maar kwetsbaar als het gaat om formatie en vervanging. De besturen werken daarom steeds "
                "vaker samen in dorpsclusters, waarin een directeur meerdere scholen aanstuurt en leerkrachten "
                "elkaar vervangen. In de twee grotere kernen groeit het aantal leerlingen door nieuwbouw. Daar "
                "spelen andere vragen, zoals ruimtegebrek en de instroom van gezinnen uit andere delen van het "
                "land en van buiten Nederland. Het openbaar vervoer tussen de kernen is beperkt; veel kinderen "
                "zijn voor hun schoolweg afhankelijk van ouders of van de fiets."),
          ("h1", "6. De ondergrens: wat u op iedere school mag verwachten"),
          ("p", "Wij gebruiken in dit plan liever niet het woord basisondersteuning, omdat ouders het vaak "
                "verwarren met basisonderwijs. We spreken van de ondergrens. De ondergrens is wat alle 31 "
                "basisscholen van Waterland-Oost, op elke locatie, zelf waarmaken voor ieder kind dat "
                "ondersteuning nodig heeft, zonder dat daar een aanvraag of een apart budget voor nodig is. "
                "De vijf besturen hebben de ondergrens samen vastgesteld; geen school mag eronder zitten."),
          ("p", "Concreet betekent de ondergrens dat u op iedere school het volgende aantreft:"),
          ("bullets", ["een intern begeleider die minstens twee dagen per week op school is en die u als ouder "
                       "rechtstreeks kunt spreken;",
                       "een vaste werkwijze voor leerlingen met lees- of rekenproblemen, inclusief het "
                       "dyslexieprotocol en het aanvragen van een dyslexieonderzoek via de gemeente;",
                       "een aanpak voor sociale veiligheid met een jaarlijkse meting en een anti-pestcoördinator;",
                       "instructie op drie niveaus in elke groep en verlengde instructie voor wie dat nodig heeft;",
                       "een ontwikkelingsperspectief voor iedere leerling die langer dan een half jaar op een eigen "
                       "leerlijn werkt, dat twee keer per jaar met u wordt besproken;",
                       "een plan voor kinderen die meer aankunnen (verrijking en versnelling binnen de groep);",
                       "een protocol medisch handelen en afspraken over medicijngebruik op school."]),
          ("p", "Iedere school beschrijft in haar schoolgids hoe zij de ondergrens invult."),
          ("h1", "7. Toewijzing, toelaatbaarheid en dekkend aanbod"),
          ("p", "Onze werkwijze voor de toewijzing van ondersteuning en voor de toelaatbaarheid tot het sbo "
                "en het so is vastgelegd in het Handboek Toewijzing 2025. Het bestuur stelt dat handboek "
                "afzonderlijk vast, zodat het sneller kan worden aangepast dan dit plan. Het handboek is op "
                "te vragen bij het bureau."),
          ("p", "Ook onze aanpak voor een dekkend aanbod wordt in de komende periode opnieuw bezien. In "
                "het voorjaar van 2026 stellen we vast welke richting we daarin kiezen."),
          ("h1", "8. Terug naar de basisschool"),
          ("p", "Waterland-Oost heeft maar één sbo-school en stuurt kinderen voor het so naar scholen buiten "
                "de regio, vaak met lange reistijden. Ons beleid is daarom dat een plaatsing buiten de "
                "basisschool zo kort duurt als voor het kind verantwoord is. We streven ernaar dat kinderen "
                "zo snel als het kan terugkeren naar een basisschool in hun eigen dorp of wijk."),
          ("p", "Terugkeer ligt voor de hand als het kind zich in de kleinere groep zo heeft ontwikkeld dat "
                "het zich weer in een grote groep kan handhaven, als het OPP laat zien dat de leerlijn weer "
                "aansluit bij die van de basisschool en als de ontvangende school met de ondergrens plus "
                "lichte extra begeleiding uit de voeten kan. Na terugkeer begeleidt een leerkracht van de "
                "sbo-school of so-school het kind en de nieuwe leerkracht gedurende minstens een half jaar, "
                "en kan het kind in die periode zonder nieuwe procedure terug als het niet lukt."),
          ("p", "De stappen, wie wat beslist en wanneer er wordt geëvalueerd, zijn uitgewerkt in het "
                "Handboek Toewijzing 2025."),
          ("h1", "9. Wat we willen bereiken en hoe we dat volgen"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we aan het eind van de "
                "planperiode het volgende bereiken:"),
          ("table", [["Wat we willen bereiken", "Waaraan we het zien", "In 2029"],
                     ["Alle scholen halen de ondergrens", "uitkomst schoolbezoeken", "31 van de 31 scholen"],
                     ["Kinderen blijven dichtbij", "percentage leerlingen in sbo en so", "hooguit 2,6% (nu 3,1%)"],
                     ["Ouders voelen zich gehoord", "oudertevredenheid over ondersteuning", "gemiddeld 7,5 of hoger"],
                     ["Leerkrachten voelen zich toegerust", "vragenlijst leerkrachten", "80% (nu 62%)"]]),
          ("p", "Hoe we dat volgen: elk najaar bezoekt de consulent iedere school en beoordeelt aan de hand "
                "van een kijkwijzer of de ondergrens wordt gehaald. Het bureau haalt twee keer per jaar de "
                "deelnamecijfers op bij DUO (peildata 1 oktober en 1 februari). Oudertevredenheid en de "
                "vragenlijst voor leerkrachten nemen we elk voorjaar af. De uitkomsten worden in juni "
                "besproken met de directeuren, met de OPR en met de algemene vergadering en opgenomen in het "
                "jaarverslag. Bij een achterstand van meer dan tien procent ten opzichte van de lijn naar het "
                "doel spreekt de directeur-bestuurder de betrokken besturen aan."),
          ("h1", "10. Ouders"),
          ("p", "Ouders weten vaak niet wat ze van school mogen verwachten. Daarom hebben we de informatie "
                "voor ouders op één plek gezet: de rubriek 'Voor ouders' op onze website. Daar staan de "
                "ondergrens, uitleg over wat er gebeurt als de school meer hulp nodig heeft en de contactgegevens "
                "van de consulenten. Iedere school neemt in de schoolgids dezelfde tekst over de ondergrens op. "
                "Nieuwe ouders krijgen bij de inschrijving een folder, die ook in het Engels, Turks en Arabisch "
                "beschikbaar is. In november houden we een informatieochtend voor ouders."),
          ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de wet dat verplicht. De "
                "vorm waarin dat gebeurt, bepalen we te zijner tijd samen met de OPR."),
          ("h1", "11. Geld"),
          ("p", "Het bestuur stelt jaarlijks in december de begroting en het verdeelmodel vast. Beide "
                "documenten staan na vaststelling op de website. Het uitgangspunt blijft dat de middelen "
                "zoveel mogelijk naar de scholen gaan.")]
    b += f_oogo_procedureel(c) + f_governance(c) + f_overleg(c) + f_landelijk(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [("h1", "Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"],
                     ["CvT", "Commissie van Toelaatbaarheid"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OPP", "Ontwikkelingsperspectief"],
                     ["OZA", "Onderwijs-zorgarrangement"],
                     ["sbo", "Speciaal basisonderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Dekkend aanbod", "Samenhangend geheel van voorzieningen zonder witte vlekken"]])]
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"resultaten": ["meetbaar"]}
    notes = {"basisondersteuning": "ch. 6 'De ondergrens' (word basisondersteuning deliberately avoided): same floor for all 31 schools, bullet list of concrete provisions",
             "plaatsing": "nothing: ch. 7 only refers to the separately adopted Handboek Toewijzing 2025 ('op te vragen bij het bureau'); CvT/TLV only in the afkortingenlijst",
             "terugstroom": "ch. 8 gives policy (short placement, conditions, half-year begeleiding after return) but steps/decision/evaluation moments only in the absent Handboek Toewijzing",
             "financien": "nothing: ch. 11 'Geld' only says begroting and verdeelmodel are adopted separately and put on the website",
             "dekkend-aanbod": "nothing: ch. 7 title mentions dekkend aanbod but defers ('voorjaar 2026 stellen we vast'); only afkortingenlijst and passing visie wording",
             "resultaten": "ch. 9: table of intended results with indicators and 2029 targets; monitoring via school visits, DUO peildata, yearly surveys, June report in jaarverslag",
             "ouders": "ch. 10: 'Voor ouders' web section, schoolgids text, translated folder, information morning; independent steunpunt deferred 'te zijner tijd'"}
    return c, b, crit, adv, notes


# ----------------------------------------------------------------------------------------------
# F: near miss - the ondersteuningsplan of ONE school (zorgniveaus, groepsbesprekingen), full of
# SWV vocabulary (TLV, basisondersteuning, terugplaatsing, arrangement, ouders, middelen).
# ----------------------------------------------------------------------------------------------
def school_plan():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "CBS De Klimop, Broekermeer - onderdeel van Stichting Christelijk Primair Onderwijs Waterland"),
         ("sub", "Aangesloten bij Samenwerkingsverband PO Waterland-Oost (PO 27-14)"),
         ("h1", "Inhoud"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Klimop",
                  "4 De zorgniveaus", "5 Groepsbesprekingen en leerlingbesprekingen", "6 Extra ondersteuning en arrangementen",
                  "7 Samenwerking met het samenwerkingsverband (TLV, terugplaatsing)", "8 Ouders",
                  "9 Middelen en formatie", "10 Resultaten en evaluatie", "11 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe CBS De Klimop de ondersteuning aan haar leerlingen "
               "organiseert. Het plan is geschreven door de intern begeleider en de directeur, besproken met "
               "het team en ter informatie voorgelegd aan de medezeggenschapsraad. Het is een werkdocument voor "
               "het team: het beschrijft wie wat doet, wanneer, en hoe we de ondersteuning vastleggen. Het plan "
               "wordt elk jaar in juni geëvalueerd en bijgesteld. Het schoolondersteuningsprofiel (SOP) en de "
               "schoolgids bevatten de informatie voor ouders; dit plan is daarop een interne aanvulling."),
         ("h1", "2 Onze leerlingen"),
         ("p", "De Klimop telt 236 leerlingen in tien groepen. Ongeveer vijftien procent van de leerlingen "
               "heeft een ondersteuningsbehoefte die verder gaat dan de reguliere instructie. Bij acht "
               "leerlingen werken we met een ontwikkelingsperspectief (OPP). De school heeft een relatief "
               "grote groep leerlingen met taalachterstand en een groeiende groep leerlingen met "
               "gedragsvragen in de middenbouw."),
         ("h1", "3 Basisondersteuning op De Klimop"),
         ("p", "De Klimop biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken (de "
               "ondergrens). Voor ons betekent dat concreet: een intern begeleider drie dagen per week, "
               "instructie op drie niveaus, het dyslexieprotocol, een anti-pestcoördinator en een "
               "plusgroep van één uur per week voor leerlingen die meer aankunnen. Onze leerkrachten zijn "
               "geschoold in het werken met groepsoverzichten."),
         ("h1", "4 De zorgniveaus"),
         ("table", [["Niveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: goede instructie en klassenmanagement", "Leerkracht"],
                    ["2", "Extra zorg in de groep: verlengde instructie, preteaching", "Leerkracht"],
                    ["3", "Speciale zorg na leerlingbespreking: handelingsplan, inzet onderwijsassistent", "Leerkracht en IB"],
                    ["4", "Speciale zorg na extern onderzoek: ondersteuningsteam, OPP, arrangement", "IB, OT, consulent SWV"],
                    ["5", "Verwijzing: TLV-aanvraag voor sbo of so", "Directeur, IB, SWV"]]),
         ("p", "De overgang van het ene naar het andere niveau wordt altijd besproken in de "
               "leerlingbespreking. Bij niveau 4 en 5 worden ouders uitgenodigd voor het ondersteuningsteam."),
         ("h1", "5 Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de methode-onafhankelijke toetsen van januari en juni en na de "
               "signaleringslijst sociaal-emotioneel in november, voert de intern begeleider een "
               "groepsbespreking met iedere leerkracht. Daarin bespreken we het groepsoverzicht, de "
               "instructiegroepen en de leerlingen die opvallen. Leerlingen die na een periode van zes tot "
               "acht weken onvoldoende vooruitgaan, worden ingebracht in de leerlingbespreking. De "
               "afspraken worden vastgelegd in het leerlingvolgsysteem."),
         ("p", "Vier keer per jaar komt het ondersteuningsteam (OT) bijeen: IB, directeur, de consulent van "
               "het samenwerkingsverband, de schoolmaatschappelijk werker en waar nodig de "
               "jeugdverpleegkundige. Ouders zijn bij de bespreking van hun kind altijd aanwezig."),
         ("h1", "6 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet volstaat, vraagt de school bij het samenwerkingsverband "
               "een arrangement aan. Op dit moment hebben vijf leerlingen een arrangement, onder andere "
               "voor begeleiding door een gedragsspecialist en voor een aangepast leesprogramma. Het "
               "arrangement wordt na een half jaar geëvalueerd met ouders en consulent."),
         ("h1", "7 Samenwerking met het samenwerkingsverband (TLV, terugplaatsing)"),
         ("p", "Als een leerling meer nodig heeft dan De Klimop met een arrangement kan bieden, bespreken we "
               "in het OT of een toelaatbaarheidsverklaring (TLV) voor het sbo of so aangewezen is. De "
               "directeur vraagt de TLV aan bij het samenwerkingsverband volgens het Handboek Toewijzing "
               "van het verband. In 2024-2025 is voor twee leerlingen een TLV aangevraagd. Leerlingen die "
               "vanuit het sbo terugkeren naar De Klimop worden het eerste half jaar begeleid door een "
               "leerkracht van sbo De Brug; in het afgelopen jaar is één leerling teruggeplaatst."),
         ("h1", "8 Ouders"),
         ("p", "We zien ouders als partners. Ouders worden na elke groepsbespreking op de hoogte gebracht als "
               "er voor hun kind iets verandert. Bij een OPP tekenen ouders voor het handelingsdeel. Vragen "
               "over ondersteuning kunnen ouders altijd stellen aan de leerkracht of de intern begeleider. "
               "Voor algemene informatie verwijzen we naar de schoolgids."),
         ("h1", "9 Middelen en formatie"),
         ("p", "De school ontvangt van het bestuur een deel van de middelen die het samenwerkingsverband "
               "aan de besturen uitkeert. Daarmee bekostigen we de uitbreiding van de IB-formatie (0,2 fte) "
               "en een onderwijsassistent voor de onderbouw (16 uur per week). Arrangementsgelden worden "
               "per leerling verantwoord aan het samenwerkingsverband."),
         ("h1", "10 Resultaten en evaluatie"),
         ("p", "De resultaten van de zorg bekijken we twee keer per jaar: de opbrengsten van de "
               "methode-onafhankelijke toetsen per groep, het aantal leerlingen op niveau 3 en 4 en de "
               "tevredenheid van ouders over de begeleiding. In juni evalueren we dit plan in de "
               "teamvergadering."),
         ("h1", "11 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Startgesprekken ouders; overdracht tussen leerkrachten"],
                    ["november", "Signaleringslijst sociaal-emotioneel; groepsbespreking 1"],
                    ["januari/februari", "Toetsen midden schooljaar; groepsbespreking 2; OPP-evaluatie"],
                    ["maart", "OT-bespreking; eventuele TLV-aanvragen"],
                    ["juni", "Toetsen eind schooljaar; groepsbespreking 3; evaluatie ondersteuningsplan"]])]
    return b


# ----------------------------------------------------------------------------------------------
def main():
    plans = [
        ("holdout238-po-vlietlanden", "po", "docx", plan_a),
        ("holdout238-vo-kempenrand", "vo", "docx", plan_b),
        ("holdout238-po-eemvallei-zuid", "po", "pdf", plan_c),
        ("holdout238-vo-zuiderhaven", "vo", "pdf", plan_d),
        ("holdout238-po-waterland-oost", "po", "txt", plan_e),
    ]
    for name, sector, fmt, fn in plans:
        c, blocks, crit, adv, notes = fn()
        n = word_count(blocks)
        assert n >= 3000, (name, n)
        header = "Ondersteuningsplan %s | %s (%s)" % (c["period"], c["short"], c["code"])
        footer = "Basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders"
        fname = "%s.%s" % (name, fmt)
        if fmt == "docx":
            write_docx(blocks, OUT / fname, header, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / fname, header, footer)
        else:
            write_txt(blocks, OUT / fname)
        write_label(OUT / (name + ".expected.yaml"), [fname], sector, crit, adv, notes)
        print("%-40s %5d words  %s" % (fname, n, status_from(crit, adv)))
    fname = "holdout238-notaplan-schoolplan-klimop.docx"
    blocks = school_plan()
    write_docx(blocks, OUT / fname, "CBS De Klimop - Ondersteuningsplan 2025-2026")
    write_label(OUT / "holdout238-notaplan-schoolplan-klimop.expected.yaml", [fname], "po", plan=False,
                note_not_plan="School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                              "OT, jaarplanning zorg); mentions the SWV, TLV, basisondersteuning, terugplaatsing, "
                              "ouders and middelen, but it is not the plan of a samenwerkingsverband (no OPR, OOGO, "
                              "verband-wide policy)")
    print("%-40s %5d words  (not a plan)" % (fname, word_count(blocks)))


if __name__ == "__main__":
    main()
