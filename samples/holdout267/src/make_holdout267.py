#!/usr/bin/env python3
"""Generate the holdout267 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO) plus one near-miss document, each with a hand-written label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import os
import re
import shutil
import subprocess
import zipfile
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


# ----------------------------------------------------------------------------------------------
# block helpers
# ----------------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def Q(label, text, who):
    return ("quote", label, text, who)


def T(header, rows):
    return ("table", header, rows)


def number_headings(blocks):
    """Add chapter/paragraph numbers to h1/h2 blocks (not to unnumbered ones starting with '*')."""
    out, c1, c2 = [], 0, 0
    for b in blocks:
        if b[0] == "h1":
            if b[1].startswith("*"):
                out.append(("h1", b[1][1:]))
                continue
            c1 += 1
            c2 = 0
            out.append(("h1", f"{c1} {b[1]}"))
        elif b[0] == "h2":
            if b[1].startswith("*"):
                out.append(("h2", b[1][1:]))
                continue
            c2 += 1
            out.append(("h2", f"{c1}.{c2} {b[1]}"))
        else:
            out.append(b)
    return out


def toc_lines(blocks):
    lines = []
    for b in blocks:
        if b[0] == "h1":
            lines.append(b[1])
        elif b[0] == "h2":
            lines.append("    " + b[1])
    return lines


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] == "ul":
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "quote":
            n += len(b[2].split()) + len(b[3].split())
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in [b[1]] + b[2] for c in r)
    return n


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------
def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(plan, path):
    d = docx.Document()
    d.core_properties.title = plan["title"][0]
    d.core_properties.author = plan["kort"]
    d.core_properties.created = datetime.datetime(2025, 4, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 4, 1, 9, 0, 0)
    d.core_properties.last_modified_by = plan["kort"]
    d.core_properties.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = plan["header"]
    sec.footer.paragraphs[0].text = plan["footer"]
    # title page
    for i, line in enumerate(plan["title"]):
        p = d.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(24 if i == 0 else 13)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    blocks = plan["blocks"]
    d.add_heading("Inhoudsopgave", level=1)
    for line in toc_lines(blocks):
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "quote":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            _shade(c, "E8F0E0")
            p = c.paragraphs[0]
            p.add_run(b[1]).bold = True
            p2 = c.add_paragraph()
            p2.add_run("\u201c" + b[2] + "\u201d").italic = True
            c.add_paragraph("\u2014 " + b[3])
            d.add_paragraph()
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                t.rows[0].cells[j].text = str(h)
                for r in t.rows[0].cells[j].paragraphs[0].runs:
                    r.bold = True
            for i, row in enumerate(rows, start=1):
                for j, val in enumerate(row):
                    t.rows[i].cells[j].text = str(val)
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_md(plan, path):
    out = []
    out.append("# " + plan["title"][0])
    for line in plan["title"][1:]:
        out.append("")
        out.append("**" + line + "**")
    out.append("")
    out.append("## Inhoudsopgave")
    out.append("")
    for line in toc_lines(plan["blocks"]):
        ind = "  " if line.startswith("    ") else ""
        out.append(f"{ind}- {line.strip()}")
    out.append("")
    for b in plan["blocks"]:
        kind = b[0]
        if kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "quote":
            out += [f"> **{b[1]}**", ">", f"> *\u201c{b[2]}\u201d*", ">", f"> \u2014 {b[3]}", ""]
        elif kind == "table":
            out.append("| " + " | ".join(map(str, b[1])) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                out.append("| " + " | ".join(map(str, r)) + " |")
            out.append("")
    out.append("---")
    out.append(plan["footer"])
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_txt(plan, path):
    out = []
    for line in plan["title"]:
        out.append(line.upper() if line == plan["title"][0] else line)
    out.append("")
    out.append("INHOUD")
    out += toc_lines(plan["blocks"])
    out.append("")
    for b in plan["blocks"]:
        kind = b[0]
        if kind == "h1":
            out += ["", b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], "-" * len(b[1])]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["  * " + it for it in b[1]] + [""]
        elif kind == "quote":
            out += ["  +" + "-" * 60, f"  | {b[1]}", f"  | \"{b[2]}\"", f"  | - {b[3]}", "  +" + "-" * 60, ""]
        elif kind == "table":
            out.append("  " + " | ".join(map(str, b[1])))
            for r in b[2]:
                out.append("  " + " | ".join(map(str, r)))
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(plan, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout267_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(plan, src)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# label writer
# ----------------------------------------------------------------------------------------------
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', "'") + '"'


def write_label(path, documents, sector, looks_like_plan, crit=None, advisory=None, notes=None):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: {q(v)}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    status = {}
    for el in ELEMENTS:
        vals = [crit[f"{el}.{c}"] for (e, c) in CORE if e == el]
        adv = advisory.get(el, [])
        if all(vals):
            status[el] = "present"
        elif any(vals) or adv:
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[f'{e}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


def crit_from(false_list):
    c = {f"{e}.{k}": True for e, k in CORE}
    for f in false_list:
        assert f in c, f
        c[f] = False
    return c


# ----------------------------------------------------------------------------------------------
# shared filler (written to be neutral: it never addresses a core or advisory criterion)
# ----------------------------------------------------------------------------------------------
def f_governance(x):
    return [
        P(f"{x['naam']} is een stichting waarin {x['n_besturen']} schoolbesturen samenwerken. De statuten "
          "bevatten een regeling voor geschillen tussen de aangesloten besturen. Het bestuursmodel kent een "
          "scheiding tussen bestuur en intern toezicht. De directeur-bestuurder is verantwoordelijk voor de "
          "dagelijkse leiding van de organisatie en voor de uitvoering van dit plan. De raad van toezicht houdt "
          "toezicht op het beleid en de algemene gang van zaken, keurt de jaarstukken goed en is werkgever van "
          "de directeur-bestuurder. In de algemene vergadering heeft ieder aangesloten schoolbestuur één stem; "
          "deze vergadering stelt het ondersteuningsplan vast en benoemt de leden van de raad van toezicht."),
        P("Wij volgen de Code Goed Bestuur van de sectorraad. Dat betekent onder meer dat de raad van toezicht "
          "jaarlijks zijn eigen functioneren evalueert, dat er een rooster van aftreden is en dat nevenfuncties "
          "openbaar zijn. Tussen het bestuur en de schoolbesturen bestaat een kort lijntje: de directeur-bestuurder "
          "voert elk kwartaal een bestuurdersoverleg en bezoekt ieder jaar alle aangesloten besturen. Zo blijft "
          "het samenwerkingsverband een organisatie van en voor de scholen, en niet een extra bestuurslaag."),
    ]


def f_mr(x):
    return [P("Naast de ondersteuningsplanraad heeft het samenwerkingsverband als werkgever een eigen "
              "medezeggenschapsraad, die bestaat uit medewerkers van het bureau en het expertiseteam. Deze raad "
              "heeft instemmings- en adviesrecht op onderwerpen die het personeel van het samenwerkingsverband "
              "raken, zoals het formatieplan, het taakbeleid en de regeling voor thuiswerken.")]


def f_opr_proc(x):
    return [P(f"Dit ondersteuningsplan is voorgelegd aan de ondersteuningsplanraad (OPR). De OPR heeft op "
              f"{x['opr_datum']} ingestemd met het plan. Ook tijdens de planperiode legt het bestuur iedere "
              "wezenlijke wijziging van het plan ter instemming voor. Het reglement van de OPR en het "
              "medezeggenschapsstatuut zijn in 2024 geactualiseerd.")]


def f_opr_rich(x):
    return [P(f"De ondersteuningsplanraad (OPR) bestaat uit {x['opr_leden']} leden: de helft is ouder van een "
              "leerling op een van onze scholen, de andere helft is medewerker van een school. Zij worden "
              "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer "
              "per jaar en praat vooraf mee over alle grote beleidsvoornemens. Ouders in de OPR brengen zo de "
              f"ervaringen van andere ouders in. De OPR heeft op {x['opr_datum']} ingestemd met dit plan.")]


def f_oogo_proc(x):
    return [P(f"Over het concept van dit plan is op {x['oogo_datum']} op overeenstemming gericht overleg (OOGO) "
              f"gevoerd met de colleges van burgemeester en wethouders van {x['gemeenten']}. Het overleg is "
              "afgerond zonder geschilpunten; het verslag is door beide partijen vastgesteld. Het plan is ook "
              f"besproken met {x['ander_swv']}, waarvan het werkgebied gedeeltelijk overlapt met het onze.")]


def f_oogo_rich(x):
    return [
        P(f"Onderwijs en jeugdhulp raken elkaar dagelijks. Met de gemeenten {x['gemeenten']} hebben we "
          "afgesproken dat jeugdhulp, schoolmaatschappelijk werk en onderwijsondersteuning op school "
          "samenkomen. Iedere school heeft een vaste contactpersoon van het lokale team, die ten minste "
          "zes keer per jaar aanschuift bij het ondersteuningsoverleg. Voor leerlingen die naast onderwijs ook "
          "zorg nodig hebben, zetten we samen met de gemeenten onderwijszorgarrangementen in; de "
          "gemeente financiert het zorgdeel, het samenwerkingsverband en de school het onderwijsdeel."),
        P(f"Het OOGO over het concept van dit plan vond plaats op {x['oogo_datum']}. Gespreksthema's waren de "
          "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de overgang "
          "naar vervolgonderwijs. Het overleg is zonder geschilpunten afgerond. Ook met "
          f"{x['ander_swv']} hebben we het plan besproken."),
    ]


def f_personeel(x):
    return [
        P(f"Het samenwerkingsverband heeft een klein eigen team: de directeur-bestuurder, een beleidsmedewerker, "
          f"een controller, een secretariaat en een expertiseteam van orthopedagogen en consulenten, samen circa "
          f"{x['fte']} fte. Wij vinden het belangrijk dat onze medewerkers vakbekwaam blijven. Iedere medewerker "
          "heeft een persoonlijk ontwikkelplan en een scholingsbudget. Het ziekteverzuim onder onze eigen "
          "medewerkers is de afgelopen jaren laag gebleven."),
        P("Het tekort aan leraren, intern begeleiders en gedragsspecialisten raakt ook de ondersteuning in de "
          "klas. Het samenwerkingsverband kan dat tekort niet oplossen, maar kan wel bijdragen: door "
          "onderwijsassistenten te scholen, door kennis te delen tussen scholen en door administratieve lasten "
          "te beperken. Elk formulier dat we niet vragen, is tijd die een leraar aan een kind kan besteden."),
    ]


def f_kennis(x):
    return [P("Kennisdeling is een belangrijke pijler van onze samenwerking. Voor intern begeleiders en "
              "ondersteuningscoördinatoren organiseren we vier keer per jaar een netwerkbijeenkomst. Daarnaast "
              "bieden we jaarlijks een leergang aan over gedrag in de klas en een studiedag voor schoolleiders. "
              "Leraren die een vraag hebben over een specifieke leerling, kunnen voor een consultatie terecht bij "
              "het expertiseteam. Wat op de ene school werkt, kan een andere school helpen.")]


def f_ict(x):
    return [
        P("Voor alle aanvragen en dossiers gebruiken we een beveiligde digitale omgeving. Scholen en het "
          "samenwerkingsverband werken daarin met één dossier, zodat niemand hetzelfde verhaal steeds opnieuw "
          "hoeft te vertellen. Wij verwerken persoonsgegevens volgens de AVG. Gegevens over gezondheid "
          "verwerken we alleen als dat nodig is voor onze wettelijke taken. Dossiers bewaren we tot drie jaar "
          "na het laatste besluit; daarna worden ze vernietigd."),
        P("Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met enkele "
          "andere samenwerkingsverbanden in de regio. Medewerkers volgen jaarlijks een korte training over "
          "informatiebeveiliging. Datalekken melden we volgens het protocol; in de vorige planperiode is één "
          "klein datalek gemeld, zonder gevolgen voor betrokkenen."),
    ]


def f_totstand(x):
    return [P("Het plan is geschreven in een traject van ruim een jaar. In vier werkgroepen dachten "
              "schoolleiders, intern begeleiders, ondersteuningscoördinatoren, bestuurders en medewerkers van het "
              "samenwerkingsverband mee over de hoofdstukken. Een eerste concept is in een consultatieronde "
              "voorgelegd aan alle aangesloten scholen. De reacties zijn verwerkt in de versie die nu voor u ligt. "
              "Wij danken iedereen die zijn tijd en kennis heeft gegeven.")]


def f_cultuur(x):
    return [P("Wij willen een organisatie zijn die leert. Dat vraagt om nieuwsgierigheid, om het gesprek over "
              "wat wel en niet werkt en om vertrouwen tussen besturen, scholen en het samenwerkingsverband. We "
              "zijn trots op de resultaten die leraren dagelijks met hun leerlingen boeken, vaak onder moeilijke "
              "omstandigheden. Die trots willen we vasthouden, ook wanneer het schuurt.")]


def f_jaarcyclus(x):
    return [P(f"Het ondersteuningsplan geldt voor de schooljaren {x['periode']}. Elk jaar vertalen we het plan in "
              "een jaarplan met activiteiten en een jaarbegroting. Het jaarplan wordt vóór de zomervakantie "
              "besproken met de OPR en vastgesteld door het bestuur. Zo blijft het plan een levend document.")]


def f_inspectie(x):
    return [P("Het vastgestelde plan wordt vóór 1 mei via het Internet Schooldossier aan de inspectie van het "
              "onderwijs toegezonden. Ook publiceren we het plan op onze website, samen met een verkorte versie "
              "voor scholen.")]


def f_slot(x):
    return [P(f"Dit plan is geen eindpunt. Passend onderwijs blijft mensenwerk, en mensenwerk vraagt om "
              f"onderhoud. Wij nodigen iedereen die bij {x['kort']} betrokken is uit om ons aan te spreken op wat in "
              "dit plan staat. Alleen samen maken we het waar.")]


def f_landelijk(x):
    return [
        P("Passend onderwijs bestaat sinds 2014. De landelijke evaluatie van 2020 liet zien dat de ambities maar "
          "ten dele zijn waargemaakt: er is meer maatwerk, maar het stelsel is ingewikkeld, en leraren ervaren "
          "een hoge werkdruk. Het kabinet heeft daarop een verbeteraanpak gepresenteerd met tientallen "
          "maatregelen, van meer duidelijkheid voor ouders tot een betere verantwoording van middelen door "
          "samenwerkingsverbanden. Daarnaast wordt landelijk gewerkt aan een norm voor de basisondersteuning en "
          "aan de beweging naar inclusiever onderwijs."),
        P("Deze ontwikkelingen gaan niet aan ons voorbij. Waar landelijke besluiten tijdens de planperiode "
          "gevolgen hebben voor onze afspraken, passen we het plan aan via een voortgangsparagraaf. Daarmee "
          "voorkomen we dat het plan na twee jaar al verouderd is."),
    ]


def f_inclusie(x):
    return [P("Inclusiever onderwijs begint niet bij een gebouw of een regeling, maar bij de vraag hoe we "
              "naar kinderen kijken. Een etiket kan helpen om iets te begrijpen, maar het mag nooit de deur naar "
              "een gewone school sluiten. Wij willen dat leraren zich uitgenodigd voelen om het verschil te maken, "
              "en dat besturen elkaar helpen in plaats van naar elkaar te wijzen. Dat vraagt om lef en om geduld. "
              "Het vraagt ook om eerlijkheid over wat een school wel en niet kan dragen.")]


def f_administratie(x):
    return [P("Leraren en intern begeleiders klagen terecht over formulieren. In deze planperiode brengen we "
              "alle formulieren die het samenwerkingsverband vraagt terug tot het strikt noodzakelijke. Gegevens "
              "die al bekend zijn, vragen we niet opnieuw uit. We schrappen dubbele handtekeningen en vervangen "
              "schriftelijke rapportages waar mogelijk door een gesprek. Het bureau houdt bij hoeveel tijd "
              "scholen kwijt zijn aan administratie voor het samenwerkingsverband en rapporteert daarover aan "
              "het bestuurdersoverleg.")]


def f_comm_scholen(x):
    return [P("Met de scholen communiceren we via een maandelijkse digitale nieuwsbrief, een besloten "
              "deel van de website voor medewerkers van scholen en een jaarlijkse conferentie in het najaar. "
              "Directeuren ontvangen na ieder bestuurdersoverleg een korte samenvatting van de besluiten. Ook "
              "zijn we actief op LinkedIn, vooral om vacatures en bijeenkomsten onder de aandacht te brengen.")]


def f_bureau(x):
    return [P(f"Het bureau van {x['kort']} is sinds 2023 gevestigd in een verzamelgebouw, samen met een "
              "kinderopvangorganisatie en een bibliotheekvestiging. Dat scheelt huurkosten en maakt het "
              "gemakkelijk om partners te ontmoeten. Inkoop van diensten, zoals ICT-beheer, salarisadministratie "
              "en accountancy, verloopt volgens ons inkoopbeleid; opdrachten boven de Europese drempel worden "
              "aanbesteed. Bij de inrichting en het energiegebruik van het kantoor letten we op duurzaamheid.")]


def f_opleidingen(x):
    return [P("Wij werken samen met de lerarenopleidingen en de opleidingen voor onderwijsassistent in de regio. "
              "Studenten lopen stage op onze scholen en in de bovenschoolse voorzieningen. In het laatste jaar van "
              "hun opleiding kunnen studenten een minor passend onderwijs volgen, die samen met het "
              "samenwerkingsverband is ontwikkeld. Zo hopen we nieuwe collega's te vinden die zich thuis voelen in "
              "een klas waarin kinderen veel van elkaar verschillen.")]


def f_risico_org(x):
    return [P("De belangrijkste organisatorische risico's voor het samenwerkingsverband liggen bij het "
              "personeel en de ICT. Het expertiseteam is klein, waardoor uitval van één orthopedagoog direct "
              "merkbaar is. Daarom werken we met een flexibele schil en hebben we afspraken gemaakt met "
              "naburige samenwerkingsverbanden over wederzijdse inzet bij langdurige afwezigheid. Voor de "
              "digitale omgeving is een continuïteitsplan opgesteld.")]


def f_planning_tabel(x):
    return [P("Naast de inhoudelijke hoofdstukken plannen we de volgende organisatorische activiteiten:"),
            T(["Schooljaar", "Activiteit"], [
                ["eerste planjaar", "Nieuwe digitale omgeving in gebruik; herziening reglement OPR"],
                ["tweede planjaar", "Tweede ronde leergang gedrag; actualisatie privacybeleid"],
                ["derde planjaar", "Vernieuwing website; studiedag voor alle schoolleiders"],
                ["vierde planjaar", "Voorbereiding van het volgende ondersteuningsplan"],
            ])]


def f_kernwaarden(x):
    return [P("Onze kernwaarden zijn richtinggevend voor de manier waarop we werken:"),
            UL("Vertrouwen: we gaan ervan uit dat iedere professional het beste wil voor het kind, en we "
               "controleren alleen waar dat echt nodig is.",
               "Eigenaarschap: besturen en scholen zijn zelf verantwoordelijk voor goed onderwijs; het "
               "samenwerkingsverband faciliteert en spreekt aan.",
               "Eenvoud: wat ingewikkeld is, maken we eenvoudiger. Een regel die niemand helpt, schaffen we af.",
               "Nabijheid: beslissingen vallen zo dicht mogelijk bij de klas."),
            Q("Stem van de schoolleider", "Ik merk dat er minder over elkaar en meer met elkaar wordt gepraat. "
              "Dat is misschien wel de grootste winst van de afgelopen jaren.", "directeur van een dorpsschool")]


def f_arbeidsmarkt(x):
    return [P("Een goede overstap na het voortgezet onderwijs is even belangrijk als een goede start. Samen met "
              "het mbo en de gemeenten zorgen we ervoor dat jongeren uit het praktijkonderwijs, het vso en de "
              "basisberoepsgerichte leerweg bij de overstap een vaste begeleider houden. Iedere jongere die de "
              "school verlaat zonder startkwalificatie, wordt vóór 1 oktober overgedragen aan het regionaal meld- "
              "en coördinatiepunt. Werkgevers in de regio bieden via het programma 'Eerste Baan' stageplekken en "
              "leerwerkplekken aan voor jongeren die niet naar het mbo gaan.")]


def glossary(x, extra=()):
    so = x["so"]
    items = [
        ("Arrangement", "Een afgestemd pakket van ondersteuning voor een leerling of groep leerlingen, met "
                        "afspraken over doel, duur en middelen."),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school binnen het "
                               "samenwerkingsverband ten minste biedt, zonder aanvraag bij het samenwerkingsverband."),
        ("Dekkend aanbod", "Het samenhangende geheel van voorzieningen binnen en tussen scholen, zodat voor "
                           "iedere leerling een passende plek beschikbaar is."),
        ("Extra ondersteuning", "Alle ondersteuning die de basisondersteuning overstijgt."),
        ("Meerjarenbegroting", "Begroting van het samenwerkingsverband over meerdere jaren."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen met "
                 "vragen over onderwijs en ondersteuning."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("Terugplaatsing", f"De overstap van een leerling uit het {so} naar het regulier onderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", f"Besluit van het samenwerkingsverband dat een leerling toelaatbaar "
                                             f"is tot het {so}."),
        ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de schoolbesturen."),
        ("Zorgplicht", "De plicht van een schoolbestuur om voor een aangemelde leerling met een "
                       "ondersteuningsbehoefte een passende plek te bieden."),
    ] + list(extra)
    items.sort(key=lambda t: t[0].lower())
    return [H1("*Bijlage 1 Begrippenlijst")] + [P(f"{k}: {v}") for k, v in items]


def abbrevs(x, extra=()):
    base = ["IB: intern begeleider", "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
            "OOGO: op overeenstemming gericht overleg", "OPR: ondersteuningsplanraad",
            "RvT: raad van toezicht", "SOP: schoolondersteuningsprofiel", "SWV: samenwerkingsverband",
            "TLV: toelaatbaarheidsverklaring"] + list(extra)
    return [H1("*Bijlage 2 Afkortingen"), UL(*sorted(base))]


# ----------------------------------------------------------------------------------------------
# PLAN A  -  PO, docx
# ----------------------------------------------------------------------------------------------
def plan_a():
    x = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Lindeboog", kort="De Lindeboog",
             n_besturen=9, opr_datum="10 april 2025", opr_leden=12, oogo_datum="18 februari 2025",
             gemeenten="Bremmelo, Haarsvoorde, Kwakelburg en Steenderwijk",
             ander_swv="samenwerkingsverband VO De Brede Beek", fte="14,6", periode="2025-2026 tot en met 2028-2029",
             so="sbo of so")
    b = []
    b += [H1("Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2025-2029 van De Lindeboog. Het is het derde plan sinds de "
            "invoering van passend onderwijs en het eerste dat we schreven na een periode waarin veel is "
            "veranderd: het lerarentekort, de naweeën van de coronajaren, de groei van het aantal kinderen met "
            "een migratieachtergrond in onze regio. Toch is de kern hetzelfde gebleven. Ieder kind in onze "
            "vier gemeenten heeft recht op onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis."),
          P("Wij hebben geprobeerd een plan te schrijven dat niet alleen voor bestuurders leesbaar is, maar ook "
            "voor leraren en ouders. Daarom staan er in dit plan ook stemmen uit de praktijk: van ouders, van "
            "leraren en van intern begeleiders. Hun woorden houden ons scherp."),
          P("Marieke Doornbos, directeur-bestuurder")]
    b += [H1("Onze regio"),
          P("De Lindeboog omvat 47 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Wissel in "
            "Kwakelburg en sbo Het Palet in Bremmelo) en drie locaties voor speciaal onderwijs in cluster 3 en 4. "
            "Samen tellen de scholen op de teldatum van 1 oktober 2024 ongeveer 11.900 leerlingen. De regio is "
            "deels landelijk, deels stedelijk. In de kernen van Haarsvoorde en Steenderwijk daalt het "
            "leerlingaantal, in Kwakelburg groeit het door nieuwbouwwijken."),
          P("De negen aangesloten schoolbesturen verschillen sterk in omvang: van een eenpitter met één school "
            "tot een stichting met veertien scholen. Dat verschil vraagt om afspraken die voor iedereen werken "
            "en die niet alleen op papier bestaan.")]
    b += [H1("Visie en missie"),
          P("Wij geloven dat ieder kind zich wil ontwikkelen en dat iedere leraar dat kind daarbij wil helpen. "
            "Passend onderwijs betekent voor ons: kijken naar wat een kind nodig heeft, niet naar wat het "
            "mankeert. Ouders zijn daarbij de eerste deskundigen op het gebied van hun kind. Een arrangement, "
            "een TLV of een plek in het speciaal onderwijs is nooit een doel op zich, maar een middel."),
          P("Onze missie luidt: samen zorgen wij ervoor dat ieder kind in de regio een passende plek heeft, "
            "zo thuisnabij als mogelijk, met de ondersteuning die het nodig heeft. Onze kernwaarden zijn "
            "vertrouwen, eigenaarschap en eenvoud.")]
    b += f_totstand(x)
    b += [H1("Basisondersteuning: wat iedere school biedt"),
          P("De besturen hebben in het algemeen bestuur van 27 maart 2025 vastgesteld dat de basisondersteuning "
            "het niveau van ondersteuning is dat iedere vestiging van iedere aangesloten school ten minste "
            "biedt. Geen school mag onder dit niveau zakken, ook niet een kleine dorpsschool. De "
            "basisondersteuning is vrij toegankelijk: ouders en school hoeven er niets voor aan te vragen bij "
            "het samenwerkingsverband. Alles wat hierboven uitgaat, noemen we extra ondersteuning."),
          P("In de tabel hieronder staan de twaalf standaarden die samen onze basisondersteuning vormen. Elke "
            "standaard is een belofte aan ouders: dit mag u op iedere school van De Lindeboog verwachten."),
          T(["Nr.", "Standaard", "Wat dit concreet betekent"], [
              ["1", "Intern begeleider", "Iedere school heeft een intern begeleider met minimaal 1 dag per week per 150 leerlingen."],
              ["2", "Dyslexie", "De school werkt met het protocol leesproblemen en dyslexie en biedt interventies op niveau 1 tot en met 3."],
              ["3", "Dyscalculie", "De school signaleert rekenproblemen vroeg en biedt intensieve rekenbegeleiding in kleine groepjes."],
              ["4", "Sociale veiligheid", "De school gebruikt een erkend programma voor sociaal-emotioneel leren en monitort de veiligheid jaarlijks."],
              ["5", "Gedrag", "Iedere leraar kan een gedragsaanpak opstellen; de school heeft een gedragsspecialist of schakelt die in."],
              ["6", "Meer- en hoogbegaafdheid", "De school biedt verrijkings- en verdiepingsstof en compacten van de leerstof."],
              ["7", "Taal en NT2", "De school biedt extra taalondersteuning aan kinderen met een taalachterstand of een andere thuistaal."],
              ["8", "Medisch handelen", "De school heeft een protocol medisch handelen en voert eenvoudige handelingen uit."],
              ["9", "Fysieke toegankelijkheid", "Het gebouw is toegankelijk voor kinderen met een lichte motorische beperking."],
              ["10", "Handelingsgericht werken", "De school werkt planmatig met groepsplannen of groepsoverzichten en evalueert die twee keer per jaar."],
              ["11", "Ondersteuningsteam", "De school organiseert minimaal vier keer per jaar een ondersteuningsteam met ouders en de consulent van het SWV."],
              ["12", "Overdracht", "De school zorgt voor een warme overdracht bij iedere overstap, ook naar het voortgezet onderwijs."],
          ]),
          P("Jaarlijks voeren de consulenten van het samenwerkingsverband met iedere school een kwaliteitsgesprek "
            "aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een school op een of meer standaarden "
            "niet, dan stelt het schoolbestuur binnen drie maanden een verbeterplan op, dat binnen één schooljaar "
            "moet zijn uitgevoerd. De directeur-bestuurder bespreekt de voortgang met het betreffende bestuur."),
          Q("Stem van de leraar", "Sinds we de kwaliteitskaart gebruiken, weet ik precies wat ik kan verwachten "
            "van de IB'er en wat er van mij verwacht wordt. Dat geeft rust.", "leraar groep 5, Kwakelburg")]
    b += [H1("Het dekkende aanbod"),
          H2("Van basis naar speciaal"),
          P("Ons aanbod is opgebouwd in lagen. De eerste laag is de basisondersteuning op iedere school. Is meer "
            "nodig, dan kan de school een arrangement aanvragen bij het loket van het samenwerkingsverband: een "
            "individueel arrangement (bijvoorbeeld extra begeleiding door een ambulant begeleider of een "
            "onderwijsassistent) of een groepsarrangement. De derde laag zijn de bovenschoolse voorzieningen: de "
            "observatiegroep De Kiem voor kinderen van 4 tot 7 jaar bij wie nog onduidelijk is wat zij nodig "
            "hebben, de plusklas voor meer- en hoogbegaafde leerlingen (één dag per week, op drie locaties) en "
            "de taalklas voor nieuwkomers in Kwakelburg. De vierde laag zijn de twee sbo-scholen en de "
            "so-locaties, waarvoor een toelaatbaarheidsverklaring nodig is."),
          H2("Witte vlekken en thuiszitters"),
          P("Ieder jaar in november maken wij een analyse van de witte vlekken in ons aanbod. Daarvoor gebruiken "
            "we de meldingen van scholen bij het loket, de wachtlijsten van de bovenschoolse voorzieningen en de "
            "gegevens van leerplicht. De uitkomsten bespreken we in het bestuurdersoverleg van januari, dat "
            "besluit welke voorziening wordt uitgebreid of opgezet. Zo is in 2023 de observatiegroep De Kiem "
            "ontstaan."),
          P("Kinderen die (dreigen te) thuiszitten, worden binnen vijf schooldagen gemeld bij het loket. Elke zes "
            "weken is er een thuiszittersoverleg met de leerplichtambtenaren, het lokale team en de consulent. "
            "Lukt het een schoolbestuur niet om binnen de wettelijke termijn aan zijn zorgplicht te voldoen, dan "
            "kan het bestuur de directeur-bestuurder vragen om een plek te regelen bij een ander bestuur. De "
            "directeur-bestuurder heeft daarvoor doorzettingsmacht gekregen."),
          Q("Stem van de intern begeleider", "De plusklas heeft voor twee van mijn leerlingen echt het verschil "
            "gemaakt. Ze gaan weer met plezier naar school.", "intern begeleider, Haarsvoorde")]
    b += f_oogo_rich(x)
    b += [H1("Toelaatbaarheid tot sbo en so"),
          H2("De procedure"),
          P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar "
            "het kind staat ingeschreven. De aanvraag verloopt in vijf stappen:"),
          UL("Stap 1: het ondersteuningsteam van de school bespreekt met ouders dat een TLV nodig lijkt en legt "
             "de zienswijze van ouders vast.",
             "Stap 2: de school stelt een groeidocument op met het ontwikkelingsperspectief, de ingezette "
             "ondersteuning en de evaluaties daarvan.",
             "Stap 3: het schoolbestuur dient de aanvraag in via het digitale loket.",
             "Stap 4: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
             "psycholoog, en afhankelijk van het kind een tweede deskundige, zoals een kinderarts, "
             "maatschappelijk werker of kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de "
             "aanvraag.",
             "Stap 5: de commissie van toelaatbaarheid neemt binnen zes weken na ontvangst van een volledige "
             "aanvraag een besluit. Ouders krijgen een afschrift van beide adviezen."),
          H2("Wanneer is een kind toelaatbaar?"),
          P("Een kind is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de basisschool "
            "heeft gedurende minimaal twee handelingsgerichte cycli (samen ten minste twintig weken) extra "
            "ondersteuning geboden en geëvalueerd; er is een arrangement ingezet dat onvoldoende effect had; "
            "en de ondersteuningsbehoefte vraagt om een kleinere groep en een doorlopend aangepast "
            "onderwijsprogramma dat de basisschool ook met een arrangement niet kan bieden."),
          P("Een kind is toelaatbaar tot het so als daarnaast sprake is van een intensieve, langdurige "
            "ondersteuningsbehoefte op het gebied van gedrag of psychiatrie (cluster 4), of van een verstandelijke, "
            "lichamelijke of langdurig-medische beperking waardoor het kind structureel een specialistische "
            "aanpak nodig heeft (cluster 3). De commissie bepaalt bij een TLV so ook de bekostigingscategorie: "
            "laag, midden of hoog, afhankelijk van de beperking en de benodigde zorg."),
          H2("Duur van de TLV"),
          P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
            "voor twee schooljaren, of voor vier schooljaren als de beperking blijvend is."),
          H2("Afloop van de TLV en terugkeer naar het basisonderwijs"),
          P("Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Uitgangspunt is dat een "
            "kind teruggaat naar een reguliere basisschool, bij voorkeur in de eigen wijk, zodra de "
            "ondersteuningsbehoefte dat toelaat en het kind twee opeenvolgende OPP-evaluaties de gestelde "
            "doelen heeft gehaald. In het laatste jaar van iedere TLV plant de sbo- of so-school uiterlijk in "
            "oktober een evaluatiegesprek met ouders en de consulent. Vóór 1 maart geeft de school een advies: "
            "terugkeer naar het basisonderwijs, of verlenging. De commissie van toelaatbaarheid besluit vóór "
            "1 mei. Bij terugkeer krijgt het kind een overgangsarrangement van één schooljaar: een ambulant "
            "begeleider van de sbo- of so-school begeleidt de leraar op de ontvangende school, en het "
            "samenwerkingsverband vergoedt de ontvangende school € 4.500. In schooljaar 2023-2024 keerden elf "
            "kinderen via deze route terug."),
          H2("Bezwaar"),
          P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar "
            "maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen, die het bestuur adviseert.")]
    b += [H1("Communicatie"),
          P("Goede communicatie begint bij heldere informatie. Op onze website staat een ouderpagina met uitleg "
            "over de basisondersteuning, de arrangementen en de route naar het sbo en so. Bij de aanmelding op "
            "een basisschool krijgen ouders de brochure 'Wegwijs in passend onderwijs', die ook in het Engels, "
            "Arabisch en Pools beschikbaar is. Twee keer per jaar organiseren we een informatieavond voor ouders, "
            "afwisselend in Bremmelo en Kwakelburg. Iedere schoolgids bevat een vaste paragraaf over de "
            "ondersteuning die de school biedt en verwijst naar onze ouderpagina."),
          P("Ouders die een onafhankelijk luisterend oor zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
            "Lindeboog. Het steunpunt is ondergebracht bij de stichting MEE Rivierland en werkt los van scholen en "
            "samenwerkingsverband; de medewerkers denken mee, gaan desgewenst mee naar gesprekken en bemiddelen "
            "bij onenigheid. Het steunpunt is op werkdagen telefonisch bereikbaar en houdt wekelijks spreekuur in "
            "de bibliotheek van Kwakelburg. Komen ouders en school er samen niet uit, dan kunnen ouders de "
            "Onderwijsconsulenten inschakelen of een geschil voorleggen aan de Geschillencommissie passend "
            "onderwijs."),
          Q("Stem van de ouder", "Ik voelde me bij het eerste gesprek op school echt alleen. De medewerker van "
            "het steunpunt ging mee, en ineens werd er naar mij geluisterd.", "moeder van Sem (7)")]
    b += f_opr_rich(x)
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks ondersteuningsmiddelen van het Rijk. Na aftrek van de "
            "verplichte afdrachten aan het so en de bekostiging van het sbo boven de 2 procent verdelen we de "
            "middelen volgens het verdeelmodel dat het algemeen bestuur in 2024 heeft vastgesteld:"),
          UL("80 procent van de beschikbare middelen gaat rechtstreeks naar de schoolbesturen, op basis van het "
             "aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. Voor 2025 is dat € 162 per "
             "leerling.",
             "20 procent blijft bovenschools voor de arrangementen die via het loket worden toegekend en voor "
             "de bovenschoolse voorzieningen. Het loket kent een arrangement toe als de school aantoont dat de "
             "basisondersteuning is ingezet en onvoldoende was.",
             "Kleine scholen (minder dan 100 leerlingen) ontvangen daarbovenop een vaste voet van € 5.000."),
          P("De meerjarenbegroting 2025-2029 en de toelichting daarop zijn opgenomen in bijlage 6. Over de "
            "omvang van de reserves en het weerstandsvermogen rapporteert het bestuur in het jaarverslag."),
          Q("Stem van de schoolleider", "Dat het geld nu rechtstreeks naar het bestuur gaat, scheelt ons veel "
            "papierwerk.", "directeur basisschool, Steenderwijk")]
    b += [H1("Ambities voor 2029"),
          P("In deze planperiode werken wij aan vier ambities. Voor elke ambitie hebben we een streefwaarde "
            "geformuleerd."),
          T(["Ambitie", "Nulmeting", "Streefwaarde 2029"], [
              ["Geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod", "7 kinderen (2024)", "0"],
              ["Het deelnamepercentage sbo en so samen blijft beheersbaar", "2,7% (1 oktober 2024)", "maximaal 3,0%"],
              ["Alle scholen voldoen aan alle twaalf standaarden", "38 van 47 scholen", "47 van 47 scholen"],
              ["Ouders zijn tevreden over de ondersteuning van hun kind", "niet gemeten", "ten minste 80%"],
          ]),
          P("Hoe en wanneer we de voortgang op deze ambities gaan meten, leggen we vast in een monitoringsplan "
            "dat in het eerste planjaar samen met de OPR wordt uitgewerkt.")]
    b += [H1("Organisatie")] + f_governance(x) + f_mr(x) + f_personeel(x) + f_kennis(x)
    b += [H1("ICT en privacy")] + f_ict(x)
    b += [H1("Planning en vaststelling")] + f_jaarcyclus(x) + f_inspectie(x) + f_cultuur(x) + f_slot(x)
    b += glossary(x) + abbrevs(x, ["sbo: speciaal basisonderwijs", "so: speciaal onderwijs"])
    plan = dict(kort=x["kort"],
                title=["Ondersteuningsplan 2025-2029", x["naam"], "PO 28-17",
                       "Vastgesteld door het algemeen bestuur op 24 april 2025"],
                header="De Lindeboog | Ondersteuningsplan 2025-2029",
                footer="SWV PO 28-17 De Lindeboog - basisondersteuning, toelaatbaarheid, ouders",
                blocks=number_headings(b))
    label = dict(
        crit=crit_from(["financien.besteding", "resultaten.monitoring"]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning: wat iedere school biedt': level set by algemeen bestuur for every vestiging; content only in the 12-standard table; kwaliteitskaart + verbeterplan = borging.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': 5-step procedure, commissie van toelaatbaarheid, 6 weeks; sbo/so criteria; deskundigen, duur, categorie, LBT bezwaar.",
            "terugstroom": "Hidden in TLV chapter para 'Afloop van de TLV': policy (thuisnabij, conditions, overgangsarrangement EUR 4.500) and steps (oktober, 1 maart, 1 mei); 11 returns.",
            "financien": "Ch. 'Geld en middelen': verdeelmodel 80/20, EUR 162 per leerling, vaste voet = verdeling; meerjarenbegroting only 'opgenomen in bijlage 6' (absent) and reserves referred to jaarverslag, so besteding not addressed.",
            "dekkend-aanbod": "Ch. 'Het dekkende aanbod': four layers incl. De Kiem, plusklas, taalklas; November witte-vlekkenanalyse, thuiszittersoverleg, doorzettingsmacht; OOGO/OZA paragraphs.",
            "resultaten": "Ch. 'Ambities voor 2029': table with targets and nulmeting = doelen; monitoring deferred to a monitoringsplan 'in het eerste planjaar uitgewerkt'.",
            "ouders": "Ch. 'Communicatie' (not titled ouders): ouderpagina, brochure, info-avonden, schoolgids; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
        })
    return x, plan, label


# ----------------------------------------------------------------------------------------------
# PLAN B  -  VO, docx
# ----------------------------------------------------------------------------------------------
def plan_b():
    x = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Vlietlanden", kort="Vlietlanden", n_besturen=7,
             opr_datum="2 april 2025", opr_leden=10, oogo_datum="4 maart 2025",
             gemeenten="Vlietdam, Oosterlaak en Molenzande", ander_swv="samenwerkingsverband PO Vlietdam e.o.",
             fte="9,8", periode="2025-2026 tot en met 2028-2029", so="vso")
    b = []
    b += [H1("Voorwoord"),
          P("Met trots presenteren wij het ondersteuningsplan van Vlietlanden voor de periode 2025-2029. In dit "
            "plan leest u hoe de zeven schoolbesturen in ons gebied samen zorgen voor passend onderwijs aan "
            "ruim 14.000 jongeren. Het plan bouwt voort op wat goed ging en durft te benoemen wat beter moet. "
            "Want dat er dingen beter moeten, hoorden we in de gesprekken met leerlingen, ouders en mentoren "
            "iedere keer weer."),
          P("Jongeren zijn geen dossiers. Dat klinkt vanzelfsprekend, maar in de drukte van alledag vergeten we "
            "het soms. Daarom hebben we de stem van jongeren, ouders en mentoren een plek gegeven in dit plan."),
          P("Ruud van Aalst, directeur-bestuurder")]
    b += [H1("Ons verband in vogelvlucht"),
          P("Vlietlanden omvat 21 vestigingen voor voortgezet onderwijs: negen vmbo-vestigingen (waarvan zes met "
            "leerwegondersteunend onderwijs), zeven vestigingen voor havo en vwo, twee scholen voor "
            "praktijkonderwijs en drie vso-locaties. Daarnaast heeft het samenwerkingsverband een eigen "
            "orthopedagogisch-didactisch centrum (OPDC), De Overstap, in Vlietdam. Het aantal leerlingen "
            "schommelt rond de 14.200 en zal volgens de prognoses tot 2029 licht dalen."),
          P("Drie gemeenten vallen binnen ons werkgebied. Vlietdam is een middelgrote stad met een groot aantal "
            "scholen; Oosterlaak en Molenzande zijn landelijke gemeenten waar leerlingen soms lang moeten reizen.")]
    b += [H1("Koers 2025-2029"),
          P("Onze koers rust op drie pijlers: thuisnabij, samen en eenvoudig. Thuisnabij betekent dat een "
            "jongere waar mogelijk onderwijs volgt in de eigen woonplaats. Samen betekent dat besturen, scholen, "
            "ouders, jongeren en gemeenten één opdracht delen. Eenvoudig betekent dat we procedures zo licht "
            "mogelijk houden en middelen zo dicht mogelijk bij de leerling inzetten."),
          P("We willen dat iedere jongere in ons gebied een diploma of startkwalificatie haalt, of een "
            "passende plek op de arbeidsmarkt of in dagbesteding vindt. Ondersteuning is daarbij een middel, geen "
            "doel.")]
    b += f_totstand(x) + f_arbeidsmarkt(x)
    b += [H1("Ondersteuning op elke school"),
          P("Alle besturen hebben afgesproken dat iedere vestiging binnen Vlietlanden ten minste de "
            "basisondersteuning biedt. Dit niveau geldt voor alle vestigingen, van gymnasium tot vmbo-basis. "
            "Geen enkele vestiging zakt onder dit niveau."),
          P("Wij sluiten aan bij de vier aspecten van het referentiekader passend onderwijs: basiskwaliteit, "
            "preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig "
            "werken. Welke concrete voorzieningen, interventies en deskundigheid daarbij horen, beschrijft iedere "
            "school in haar eigen schoolondersteuningsprofiel. Een gezamenlijke lijst met concrete standaarden "
            "voor alle vestigingen stellen de besturen op in het schooljaar 2026-2027."),
          Q("Stem van de mentor", "Ik heb dertig leerlingen in mijn mentorklas, en minstens vijf hebben iets "
            "extra's nodig. Ik wil weten waar ik terecht kan zonder eerst drie formulieren in te vullen.",
            "mentor vmbo-kader, Oosterlaak")]
    b += [H1("Van licht naar zwaar: ons ondersteuningscontinuüm"),
          P("Boven de basisondersteuning kent Vlietlanden vier niveaus van ondersteuning, die op elkaar "
            "aansluiten:"),
          UL("Niveau 1, lichte ondersteuning op school: iedere vestiging heeft een ondersteuningsteam en een "
             "flexibele ondersteuningsvoorziening (een 'flexlokaal') waar leerlingen een deel van de dag "
             "begeleiding krijgen.",
             "Niveau 2, leerwegondersteunend onderwijs en praktijkonderwijs: kleinere groepen en aangepaste "
             "leerroutes voor leerlingen met leerachterstanden.",
             "Niveau 3, tijdelijke plaatsing in het OPDC De Overstap: maximaal twaalf maanden, met als doel "
             "terugkeer naar de eigen school. In het OPDC werken we samen met jeugdhulp in "
             "onderwijszorgarrangementen.",
             "Niveau 4, voortgezet speciaal onderwijs in cluster 3 of 4."),
          P("Thuiszitten is voor geen enkele jongere een oplossing. Ook het aantal thuiszitters houden we in deze "
            "planperiode scherp in de gaten. Of ons aanbod werkelijk dekkend is, en welke groepen jongeren nu "
            "tussen wal en schip vallen, brengen we in 2027 in beeld."),
          Q("Stem van de leerling", "In De Overstap had ik eindelijk een plek waar ik rustig kon werken. Na zeven "
            "maanden ging ik terug naar mijn eigen school.", "Jayden (15)")]
    b += f_oogo_rich(x)
    b += [H1("Toewijzing van lwoo, pro en vso"),
          H2("Leerwegondersteunend onderwijs"),
          P("Vlietlanden hanteert de landelijke criteria voor leerwegondersteunend onderwijs: een leerling komt "
            "in aanmerking bij een intelligentiequotiënt tussen 75 en 90 en een leerachterstand van ten minste "
            "anderhalf jaar op twee van de vier domeinen (begrijpend lezen, technisch lezen, spellen, "
            "inzichtelijk rekenen), waarvan één domein begrijpend lezen of inzichtelijk rekenen is. Ook "
            "leerlingen met een IQ tussen 91 en 120 komen in aanmerking als er daarnaast sociaal-emotionele "
            "problematiek is die het leren belemmert."),
          P("De vo-school waar de leerling is aangemeld, vraagt de aanwijzing aan via het digitale portaal, "
            "uiterlijk op 1 maart van het jaar van instroom. Het dossier bevat het onderwijskundig rapport van de "
            "basisschool, toetsgegevens en het intelligentieonderzoek. De Commissie Toewijzing van het "
            "samenwerkingsverband besluit binnen zes weken. Een aanwijzing lwoo geldt voor de hele "
            "vmbo-opleiding."),
          H2("Praktijkonderwijs"),
          P("Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
            "van ten minste drie jaar op ten minste twee van de vier domeinen, waaronder begrijpend lezen of "
            "inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de toelaatbaarheidsverklaring pro aan "
            "via hetzelfde portaal en volgens dezelfde termijnen als bij lwoo. De Commissie Toewijzing besluit. "
            "Een TLV pro geldt voor de gehele schoolloopbaan."),
          H2("Voortgezet speciaal onderwijs"),
          P("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte de mogelijkheden van de "
            "reguliere school én van een tijdelijke plaatsing in het OPDC overstijgt, én als de school met het "
            "ontwikkelingsperspectiefplan aantoont dat ten minste twee begeleidingscycli met externe expertise "
            "zijn doorlopen zonder voldoende resultaat. Bij cluster 3 gaat het daarnaast om een "
            "verstandelijke, lichamelijke of langdurig medische beperking; bij cluster 4 om ernstige "
            "gedrags- of psychiatrische problematiek waardoor de jongere structureel een specialistische "
            "pedagogische aanpak nodig heeft."),
          P("De aanvraag wordt gedaan door het bestuur van de school waar de leerling staat ingeschreven. Na "
            "ontvangst van het volledige dossier vraagt de Commissie Toewijzing advies aan twee deskundigen: een "
            "orthopedagoog of psycholoog, en een jeugdarts of maatschappelijk werker. Beide adviezen worden "
            "schriftelijk vastgelegd. De commissie besluit binnen zes weken. Een TLV vso wordt afgegeven voor "
            "één, twee of drie schooljaren, in de bekostigingscategorie laag, midden of hoog.")]
    b += [H1("Perspectief na het vso"),
          P("Vlietlanden vindt dat iedere jongere in het vso een reëel perspectief verdient op terugkeer naar het "
            "regulier voortgezet onderwijs. Terugkeer is aan de orde zodra de doelen uit het "
            "ontwikkelingsperspectief zijn bereikt en de ontvangende school met ondersteuning op niveau 1 of 2 "
            "kan bieden wat de jongere nodig heeft. Na terugkeer krijgt iedere jongere een terugkeerarrangement "
            "van twintig weken coaching door een docent van de vso-school; het samenwerkingsverband vergoedt "
            "daarvoor € 3.000 per leerling aan de vso-school."),
          P("Het stappenplan voor terugkeer, met daarin wie het initiatief neemt, op welke momenten wordt "
            "geëvalueerd en wie het besluit neemt, wordt door de werkgroep Terugkeer beschreven en volgt in "
            "2026.")]
    b += [H1("Financieel kader"),
          H2("Verdeling van de middelen"),
          P("Het samenwerkingsverband ontvangt middelen voor lichte en voor zware ondersteuning. Na de afdrachten "
            "aan het vso via DUO verdelen we de middelen als volgt. Iedere vestiging ontvangt een vaste voet van "
            "€ 40.000 voor de inrichting van het ondersteuningsteam en het flexlokaal, plus € 118 per leerling op "
            "de teldatum van 1 oktober. De middelen voor lwoo en pro worden volledig doorbetaald aan de besturen "
            "met een lwoo-vestiging of een praktijkschool, naar rato van het aantal aanwijzingen en TLV's. "
            "Plaatsingen in het OPDC worden bovenschools bekostigd; het bestuur van de verwijzende school "
            "betaalt per geplaatste leerling een eigen bijdrage van € 2.500."),
          H2("Meerjarenbegroting"),
          T(["Bedragen x € 1.000", "2025", "2026", "2027", "2028", "2029"], [
              ["Baten ondersteuningsbekostiging", "18.420", "18.310", "18.150", "17.980", "17.860"],
              ["Afdracht vso (DUO)", "-6.240", "-6.300", "-6.320", "-6.350", "-6.350"],
              ["Doorbetaling lwoo en pro", "-7.110", "-7.050", "-6.980", "-6.900", "-6.840"],
              ["Vaste voet en bedrag per leerling", "-2.520", "-2.500", "-2.480", "-2.460", "-2.440"],
              ["OPDC De Overstap", "-1.350", "-1.380", "-1.400", "-1.420", "-1.440"],
              ["Terugkeerarrangementen", "-60", "-90", "-90", "-90", "-90"],
              ["Bureau en expertiseteam", "-1.290", "-1.310", "-1.330", "-1.350", "-1.370"],
              ["Resultaat", "-150", "-320", "-450", "-590", "-670"],
          ]),
          P("De begroting is bewust negatief: de reserve van het samenwerkingsverband (€ 3,1 miljoen eind 2024) "
            "ligt boven de signaleringswaarde en wordt in deze planperiode afgebouwd naar een weerstandsvermogen "
            "van ongeveer 5 procent van de baten. De besturen leggen jaarlijks vóór 1 juli verantwoording af over "
            "de besteding van de vaste voet en het bedrag per leerling, via een vast format dat in het "
            "bestuurdersoverleg wordt besproken.")]
    b += [H1("Kwaliteit en resultaten"),
          H2("Wat we willen bereiken"),
          T(["Doel", "Indicator", "2024", "Streefwaarde 2029"], [
              ["Minder jongeren tussen wal en schip", "Aantal absolute verzuimers en langdurig relatief verzuimers", "23", "10 of minder"],
              ["Tijdelijke plaatsing is echt tijdelijk", "Percentage OPDC-leerlingen dat binnen 12 maanden terugkeert", "64%", "80%"],
              ["Snelle besluiten", "Doorlooptijd TLV-aanvraag tot besluit", "7,5 weken", "maximaal 6 weken"],
              ["Tevreden ouders", "Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"],
          ]),
          H2("Hoe we het volgen"),
          P("Twee keer per jaar, in februari en september, stelt het bureau een monitor op met de indicatoren uit "
            "de tabel, aangevuld met het deelnamepercentage vso en de gegevens van leerplicht. De monitor wordt "
            "besproken in het bestuurdersoverleg en met de OPR. In het jaarverslag verantwoorden we de bereikte "
            "resultaten en de kosten per voorziening. Eens in de twee jaar houden we een tevredenheidspeiling "
            "onder ouders en scholen. Na twee jaar volgt een tussenevaluatie van dit plan; bijstelling van "
            "doelen gebeurt met instemming van de OPR."),
          P("Over de vorige planperiode: het deelnamepercentage vso daalde van 3,9% naar 3,5%, de doorlooptijd "
            "van TLV-aanvragen steeg door personeelstekort van 5,5 naar 7,5 weken.")]
    b += [H1("Ouders en leerlingen"),
          P("Ouders moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen. Op onze website staat "
            "een aparte ouderpagina met uitleg over de ondersteuningsniveaus, lwoo, pro, het OPDC en het vso. "
            "Iedere ouder van een leerling in groep 8 ontvangt in november de folder 'Ouderwijzer VO', "
            "beschikbaar in vijf talen. In januari organiseren we samen met het samenwerkingsverband PO drie "
            "informatieavonden over de overstap naar het voortgezet onderwijs. Scholen nemen in hun schoolgids een "
            "paragraaf op over de ondersteuning, met een verwijzing naar onze website."),
          P("Met vragen over de ondersteuning van hun kind kunnen ouders altijd terecht bij de mentor of de "
            "ondersteuningscoördinator van de school. De gemeenten en het samenwerkingsverband verkennen samen de "
            "inrichting van een ouder- en jeugdsteunpunt; zodra daarover is besloten, informeren wij ouders."),
          P("Jongeren hebben hoorrecht: bij het opstellen en bijstellen van het ontwikkelingsperspectiefplan "
            "vraagt de school altijd naar hun mening, en die mening wordt in het plan vastgelegd."),
          Q("Stem van de ouder", "De folder hielp, maar wat ik eigenlijk wilde, was iemand die naast mij stond en "
            "niet bij de school hoorde.", "vader van een leerling in havo 3")]
    b += f_opr_rich(x)
    b += [H1("Organisatie en bedrijfsvoering")] + f_governance(x) + f_mr(x) + f_personeel(x) + f_kennis(x)
    b += f_ict(x) + f_jaarcyclus(x) + f_inspectie(x) + f_cultuur(x) + f_landelijk(x) + f_comm_scholen(x) + f_slot(x)
    b += glossary(x, [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                      ("OPDC", "Orthopedagogisch-didactisch centrum.")])
    b += abbrevs(x, ["lwoo: leerwegondersteunend onderwijs", "OPDC: orthopedagogisch-didactisch centrum",
                     "pro: praktijkonderwijs", "vso: voortgezet speciaal onderwijs"])
    plan = dict(kort=x["kort"],
                title=["Ondersteuningsplan Vlietlanden 2025-2029", x["naam"], "VO 31-08",
                       "Versie na instemming OPR, april 2025"],
                header="Vlietlanden VO 31-08 | Ondersteuningsplan",
                footer="Ondersteuningsplan Vlietlanden 2025-2029",
                blocks=number_headings(b))
    label = dict(
        crit=crit_from(["basisondersteuning.inhoud", "terugstroom.procedure", "dekkend-aanbod.lacunes",
                        "ouders.steunpunt"]),
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Ondersteuning op elke school': minimum level for all vestigingen stated; content only the abstract 4 referentiekader aspects, concrete voorzieningen left to each SOP and a joint list deferred to 2026-2027.",
            "plaatsing": "Ch. 'Toewijzing van lwoo, pro en vso': criteria (IQ, achterstanden, clusters) and procedure (portaal, 1 maart, Commissie Toewijzing, 6 weken); deskundigen, duur, categorie. No bezwaar route.",
            "terugstroom": "Ch. 'Perspectief na het vso': policy (aim, conditions, 20-week terugkeerarrangement EUR 3.000) but the stappenplan (initiative, evaluation, decision) 'volgt in 2026'.",
            "financien": "Ch. 'Financieel kader': vaste voet EUR 40.000 + EUR 118 per leerling, lwoo/pro doorbetaling, OPDC eigen bijdrage; meerjarenbegroting table 2025-2029; reserve afbouw; verantwoording by 1 juli.",
            "dekkend-aanbod": "Ch. 'Van licht naar zwaar': 4-level continuum incl. OPDC, lwoo/pro, vso; thuiszitters only a passing line and gap analysis deferred to 2027, so lacunes not addressed.",
            "resultaten": "Ch. 'Kwaliteit en resultaten': goals table with indicators and targets; biannual monitor, jaarverslag, tevredenheidspeiling, tussenevaluatie; previous-period figures.",
            "ouders": "Ch. 'Ouders en leerlingen': website, Ouderwijzer folder, info-avonden, schoolgids; only school staff for questions, OJSP still 'verkend' -> no independent help; hoorrecht/OPR = betrokkenheid.",
        })
    return x, plan, label


# ----------------------------------------------------------------------------------------------
# PLAN C  -  PO, pdf
# ----------------------------------------------------------------------------------------------
def plan_c():
    x = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs De Zandwaard", kort="De Zandwaard",
             n_besturen=6, opr_datum="26 maart 2025", opr_leden=8, oogo_datum="11 maart 2025",
             gemeenten="Zandwaard en Rietveen", ander_swv="samenwerkingsverband VO Zandwaard-Rietveen",
             fte="7,2", periode="2025-2026 tot en met 2028-2029", so="sbo of so")
    b = []
    b += [H1("Voorwoord"),
          P("Beste lezer, voor u ligt het nieuwe ondersteuningsplan van De Zandwaard. We schreven het in een "
            "jaar waarin de druk op scholen groot was en de vraag naar ondersteuning bleef stijgen. Juist daarom "
            "hebben we gekozen voor een compact plan, met duidelijke afspraken over wat iedere school biedt, hoe "
            "een kind naar het speciaal (basis)onderwijs gaat, hoe het geld wordt verdeeld en hoe ouders worden "
            "ondersteund."),
          P("Wij danken de intern begeleiders, directeuren en ouders die hebben meegelezen. Hun kritische vragen "
            "hebben het plan beter gemaakt."),
          P("Hanneke Oosterhuis, directeur-bestuurder")]
    b += [H1("Terugblik 2021-2025"),
          P("In de vorige planperiode hebben we flinke stappen gezet. Het aantal aangevraagde "
            "toelaatbaarheidsverklaringen daalde van 96 in 2021-2022 naar 78 in 2023-2024. Het deelnamepercentage "
            "speciaal onderwijs daalde van 2,1% naar 1,8%, het percentage sbo bleef stabiel op 2,0%. Uit de "
            "tevredenheidspeiling van 2024 blijkt dat 74% van de ouders tevreden is over de ondersteuning van "
            "hun kind, en 81% van de intern begeleiders over de samenwerking met het samenwerkingsverband."),
          P("Niet alles ging goed. De doorlooptijd van aanvragen liep in 2023 op tot gemiddeld acht weken door "
            "een tekort aan orthopedagogen. Inmiddels is de formatie weer op sterkte en ligt de doorlooptijd op "
            "vijf weken."),
          Q("Stem van de intern begeleider", "Het scheelt enorm dat ik nu één vast aanspreekpunt heb bij het "
            "samenwerkingsverband.", "intern begeleider, Rietveen")]
    b += [H1("Visie"),
          P("Ieder kind hoort erbij. Dat is de zin waarmee ons vorige plan begon, en die zin blijft staan. Wij "
            "geloven in onderwijs dat uitgaat van wat kinderen kunnen, in leraren die zich gesteund voelen en in "
            "ouders die als partner worden gezien. Middelen voor ondersteuning horen zo dicht mogelijk bij het kind "
            "te worden ingezet."),
          P("Thuiszitten is voor geen enkel kind een goede oplossing. Het thema blijft ook in deze planperiode op "
            "de agenda van het bestuur staan.")]
    b += f_totstand(x) + f_kernwaarden(x)
    b += [H1("Basisondersteuning"),
          P("De basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen binnen De "
            "Zandwaard ten minste bieden. De zes besturen hebben dit niveau samen vastgesteld; het geldt voor "
            "iedere school, groot of klein. Wat u als ouder op iedere school van De Zandwaard mag verwachten:"),
          UL("een intern begeleider die bereikbaar is voor ouders en die de ondersteuning in de school coördineert;",
             "een leerlingvolgsysteem en minimaal twee groepsbesprekingen per jaar per groep;",
             "een aanpak voor leesproblemen en dyslexie volgens het landelijk protocol, inclusief de "
             "begeleiding van kinderen die vergoede dyslexiezorg krijgen;",
             "een aanpak voor rekenproblemen en dyscalculie;",
             "een programma voor sociale veiligheid en een anti-pestcoördinator;",
             "een aanbod voor kinderen die meer aankunnen: verdieping en verrijking in de eigen groep;",
             "een protocol voor medisch handelen en voor het toedienen van medicijnen;",
             "een gesprek met ouders binnen twee weken als zij zich zorgen maken over hun kind;",
             "een schoolondersteuningsprofiel waarin de school beschrijft hoe zij dit alles invult."),
          P("Eens in de twee jaar bezoekt een visitatiecommissie, bestaande uit een directeur en een intern "
            "begeleider van een andere school en een medewerker van het samenwerkingsverband, iedere school. De "
            "commissie toetst of de school aan de basisondersteuning voldoet. Schiet een school tekort, dan maakt "
            "het schoolbestuur binnen twee maanden een verbeterplan.")]
    b += [H1("Toelaatbaarheid"),
          H2("Aanvraag en besluit"),
          P("Als een kind meer nodig heeft dan de basisschool kan bieden, kan het schoolbestuur een "
            "toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. De "
            "intern begeleider vult daarvoor het aanvraagformulier in het Ondersteuningsportaal in en voegt het "
            "ontwikkelingsperspectiefplan, het groeidocument en de zienswijze van de ouders toe. Binnen vijf "
            "werkdagen controleert het secretariaat of de aanvraag volledig is."),
          P("De Commissie Toelaatbaarheid van De Zandwaard neemt het besluit. De commissie vraagt eerst advies "
            "aan twee deskundigen: een orthopedagoog van het samenwerkingsverband, en een psycholoog of kinderarts "
            "die niet bij de school werkt. Binnen vijf weken na ontvangst van een volledige aanvraag ontvangen "
            "ouders en school het besluit."),
          H2("Weging"),
          P("De commissie besluit op basis van de ondersteuningsbehoefte van het kind. Omdat ieder kind uniek is, "
            "werken wij niet met vaste criteria. Het afwegingskader dat de commissie daarbij gebruikt, staat op "
            "onze website."),
          H2("Duur en categorie"),
          P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven in "
            "de categorie laag, tenzij de deskundigen op grond van een lichamelijke of meervoudige beperking "
            "categorie midden of hoog adviseren."),
          H2("Bezwaar"),
          P("Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het bestuur "
            "van De Zandwaard. Het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
          H2("Terugplaatsing"),
          P("Deze paragraaf wordt aangevuld na de evaluatie van de pilot 'Thuisnabij', die loopt tot de "
            "zomer van 2026. Tot die tijd geldt de bestaande praktijk.")]
    b += [H1("Het ondersteuningsaanbod in de regio"),
          P("Een beschrijving van het samenhangende aanbod van voorzieningen binnen en tussen onze scholen, en "
            "van de manier waarop we eventuele witte vlekken opsporen, volgt in de eerste voortgangsparagraaf bij "
            "dit plan in 2026.")]
    b += [H1("Financiën"),
          H2("Verdeling"),
          P("De Zandwaard werkt met een schoolmodel. Dat betekent dat de middelen voor lichte ondersteuning vrijwel "
            "volledig naar de schoolbesturen gaan. Ieder bestuur ontvangt € 175 per leerling op de teldatum van 1 "
            "oktober van het jaar daarvoor. De kosten van toelaatbaarheidsverklaringen (de afdrachten aan het so "
            "en de bekostiging van het sbo boven de 2%) worden bovenschools gedragen en niet doorberekend aan het "
            "bestuur dat de aanvraag deed. Zo heeft geen bestuur er financieel belang bij om een kind wel of niet "
            "te verwijzen. Wijzigingen in het verdeelmodel worden door de algemene vergadering vastgesteld, na "
            "instemming van de OPR."),
          H2("Begroting 2025-2029"),
          T(["Post", "2025", "2026", "2027", "2028", "2029"], [
              ["Ondersteuningsbekostiging lichte ondersteuning", "€ 1.742.000", "€ 1.728.000", "€ 1.711.000", "€ 1.699.000", "€ 1.690.000"],
              ["Ondersteuningsbekostiging zware ondersteuning", "€ 3.310.000", "€ 3.286.000", "€ 3.252.000", "€ 3.230.000", "€ 3.214.000"],
              ["Afdrachten so (DUO)", "€ 2.060.000", "€ 2.050.000", "€ 2.030.000", "€ 2.020.000", "€ 2.010.000"],
              ["Bekostiging sbo boven 2%", "€ 480.000", "€ 470.000", "€ 470.000", "€ 460.000", "€ 460.000"],
              ["Doorbetaling schoolbesturen (€ 175 p.l.)", "€ 1.664.000", "€ 1.650.000", "€ 1.634.000", "€ 1.622.000", "€ 1.613.000"],
              ["Commissie Toelaatbaarheid en orthopedagogen", "€ 412.000", "€ 420.000", "€ 428.000", "€ 436.000", "€ 444.000"],
              ["Bureau, huisvesting en overhead", "€ 398.000", "€ 404.000", "€ 410.000", "€ 416.000", "€ 422.000"],
          ]),
          P("De reserve bedraagt eind 2024 € 640.000, wat overeenkomt met een weerstandsvermogen van 12%. Het "
            "bestuur heeft vastgesteld dat een weerstandsvermogen tussen 5 en 10% passend is en zet het meerdere "
            "in de jaren 2025 en 2026 in voor scholing van leraren. Iedere school verantwoordt jaarlijks in het "
            "schoolondersteuningsprofiel en in het bestuursverslag waaraan het bedrag per leerling is besteed.")]
    b += [H1("Kwaliteitszorg en resultaten"),
          P("Wij werken volgens de kwaliteitscyclus plan-do-check-act. Twee keer per jaar verzamelen we "
            "kengetallen: het aantal aanvragen en besluiten, de doorlooptijd, het deelnamepercentage sbo en so op "
            "de peildatum van 1 oktober en de tevredenheid van scholen over de dienstverlening. Deze gegevens "
            "worden verwerkt in een dashboard dat de besturen en de OPR kunnen inzien. Ieder voorjaar bespreekt "
            "het bestuur de kengetallen met de OPR; het jaarverslag, waarin we de bereikte resultaten beschrijven, "
            "wordt vóór 1 juli gepubliceerd. Eens in de twee jaar houden we een tevredenheidspeiling onder ouders."),
          P("De concrete beoogde resultaten voor deze planperiode leggen we jaarlijks vast in het jaarplan.")]
    b += [H1("Ouders"),
          P("Ouders kunnen alle informatie over de ondersteuning op de scholen en over de route naar het speciaal "
            "(basis)onderwijs vinden op de ouderpagina van onze website en in de folder 'Ondersteuning in De "
            "Zandwaard', die iedere school bij de aanmelding meegeeft. Ieder voorjaar houden we een "
            "informatieavond voor ouders. In de schoolgids van iedere school staat hoe ouders de intern "
            "begeleider kunnen bereiken."),
          P("Ouders die onafhankelijk advies willen, kunnen contact opnemen met het Steunpunt Ouders Zandwaard. "
            "Het steunpunt is ondergebracht bij een onafhankelijke stichting, heeft een eigen telefoonnummer en "
            "houdt spreekuur op woensdagmiddag. Ook kunnen ouders zich wenden tot de Onderwijsconsulenten, een "
            "landelijke, kosteloze voorziening. Klachten over het samenwerkingsverband kunnen worden ingediend "
            "volgens onze klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke "
            "klachtencommissie van Stichting Onderwijsgeschillen."),
          Q("Stem van de ouder", "Het steunpunt hielp me om de juiste vragen te stellen. Daardoor voelde ik me "
            "geen lastige ouder meer.", "moeder van een leerling in groep 6")]
    b += f_opr_rich(x)
    b += [H1("Bestuur en organisatie")] + f_governance(x) + f_mr(x) + f_oogo_proc(x) + f_personeel(x)
    b += f_kennis(x) + f_ict(x)
    b += [H1("Tot slot")] + f_jaarcyclus(x) + f_inspectie(x) + f_cultuur(x) + f_landelijk(x) + f_inclusie(x) + f_administratie(x) + f_comm_scholen(x) + f_bureau(x) + f_opleidingen(x) + f_risico_org(x) + f_planning_tabel(x) + f_slot(x)
    b += glossary(x) + abbrevs(x, ["sbo: speciaal basisonderwijs", "so: speciaal onderwijs"])
    plan = dict(kort=x["kort"],
                title=["Ondersteuningsplan 2025-2029", x["naam"], "PO 24-05"],
                header="De Zandwaard - Ondersteuningsplan - dekkend aanbod - terugplaatsing - resultaten",
                footer="Stichting SWV PO De Zandwaard (PO 24-05)",
                blocks=number_headings(b))
    label = dict(
        crit=crit_from(["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning': level fixed by the six boards for all vestigingen + bullet list of what every school offers; visitatie every 2 years = borging.",
            "plaatsing": "Ch. 'Toelaatbaarheid': procedure (portaal, dossier, Commissie Toelaatbaarheid, 5 weeks, deskundigen) but 'werken wij niet met vaste criteria', afwegingskader only on the website.",
            "terugstroom": "Only a deferral ('wordt aangevuld na de evaluatie van de pilot ... bestaande praktijk') in para 'Terugplaatsing', plus glossary and running header: nothing addressed.",
            "financien": "Ch. 'Financien': schoolmodel EUR 175 per leerling, TLV costs bovenschools; begroting 2025-2029 table with amounts; reserves/weerstandsvermogen; verantwoording in SOP/bestuursverslag.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod in de regio' only defers to the 2026 voortgangsparagraaf; thuiszitten a passing line in Visie; OOGO paragraph purely procedural; glossary/header only.",
            "resultaten": "Ch. 'Kwaliteitszorg en resultaten': PDCA, dashboard, jaarverslag = monitoring; terugblik figures = meetbaar; beoogde resultaten only 'jaarlijks vastgelegd in het jaarplan'.",
            "ouders": "Ch. 'Ouders': ouderpagina, folder, informatieavond, schoolgids; Steunpunt Ouders Zandwaard, Onderwijsconsulenten, klachtenregeling; OPR half ouders.",
        })
    return x, plan, label


# ----------------------------------------------------------------------------------------------
# PLAN D  -  VO, pdf, "op hoofdlijnen"
# ----------------------------------------------------------------------------------------------
def plan_d():
    x = dict(naam="Samenwerkingsverband VO Beekdal & Heide", kort="Beekdal & Heide", n_besturen=5,
             opr_datum="8 april 2026", oogo_datum="17 maart 2026",
             gemeenten="Beekdal, Heidestein, Ommerhout en Lindewijk",
             ander_swv="samenwerkingsverband PO Heidestein-Beekdal", fte="11,4",
             periode="2026-2027 tot en met 2029-2030", so="vso")
    b = []
    b += [H1("Voorwoord"),
          P("Dit ondersteuningsplan is anders dan het vorige. Waar het plan van 2022 meer dan negentig pagina's "
            "telde, kiezen we nu voor een plan op hoofdlijnen. Het plan beschrijft wat we samen willen bereiken; "
            "de scholen bepalen hoe ze dat doen. Uitwerkingen die vaker veranderen, zoals procedures en "
            "bedragen, staan in afzonderlijke documenten die het bestuur jaarlijks vaststelt."),
          P("We hopen dat dit plan daardoor leesbaarder wordt, voor leraren, voor schoolleiders en voor iedereen "
            "die wil weten waar Beekdal & Heide voor staat."),
          P("Sander Wijnberg, directeur-bestuurder")]
    b += [H1("Leeswijzer"),
          P("Hoofdstuk 3 beschrijft onze koers. Daarna volgen de basisondersteuning, het dekkend netwerk van "
            "voorzieningen, de terugkeer vanuit het vso en onze ambities. De procedures voor toelaatbaarheid tot "
            "het vso, voor de aanwijzing lwoo en voor de toelaatbaarheid tot het praktijkonderwijs zijn opgenomen "
            "in het Handboek Ondersteuning en Toewijzing (bijlage B). De meerjarenbegroting en het verdeelmodel "
            "vormen bijlage C. De bijlagen worden afzonderlijk gepubliceerd.")]
    b += [H1("Koers en ambitie"),
          P("Beekdal & Heide staat voor een regio waarin iedere jongere zich kan ontwikkelen tot een zelfstandige, "
            "betrokken volwassene. Scholen, leerlingen, ouders en partners werken daaraan samen. Wij kiezen voor "
            "inclusiever onderwijs: meer jongeren met een ondersteuningsbehoefte volgen onderwijs in het regulier "
            "voortgezet onderwijs, met de ondersteuning die ze nodig hebben."),
          P("Onze koers kent drie bewegingen: van apart naar samen, van papier naar gesprek en van reparatie naar "
            "preventie. Middelen, mensen en expertise zetten we zo vroeg mogelijk in, liefst in de klas."),
          Q("Stem van de docent", "Als ik eerder hulp krijg, hoeft een leerling later niet weg. Zo simpel is "
            "het vaak.", "docent Nederlands, Heidestein")]
    b += f_totstand(x) + f_arbeidsmarkt(x) + f_kernwaarden(x)
    b += [H1("Basisondersteuning"),
          P("Op dit moment omvat het pakket basisondersteuning van Beekdal & Heide de volgende onderdelen:"),
          UL("een mentoraat met ten minste één mentoruur per week in leerjaar 1 tot en met 3;",
             "een ondersteuningscoördinator op iedere vestiging, met een vast spreekuur voor leerlingen;",
             "een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, voorleessoftware);",
             "trainingen faalangstreductie, sociale vaardigheden en examenvrees;",
             "een orthopedagoog of psycholoog met ten minste 0,2 fte per 500 leerlingen;",
             "een time-outvoorziening op iedere vestiging met vaste begeleiding;",
             "begeleiding bij executieve functies (plannen en organiseren) in de onderbouw;",
             "een ondersteuningsteam dat ten minste zes keer per jaar leerlingen bespreekt."),
          P("Of dit pakket als bindende ondergrens voor alle vestigingen gaat gelden, besluit het algemeen bestuur "
            "na de evaluatie van de huidige afspraken in het voorjaar van 2027. Tot die tijd beschrijft iedere "
            "school in haar eigen schoolondersteuningsprofiel welke ondersteuning zij biedt.")]
    b += [H1("Een dekkend netwerk van voorzieningen"),
          H2("Het continuüm"),
          P("Binnen Beekdal & Heide vormen de voorzieningen een doorlopende reeks. Op iedere school is er "
            "basisondersteuning en een schoolarrangement voor leerlingen die tijdelijk meer nodig hebben. Zes "
            "vmbo-vestigingen bieden leerwegondersteunend onderwijs in kleinere klassen; twee scholen bieden "
            "praktijkonderwijs. Bovenschools is er het OPDC De Schakel voor tijdelijke plaatsingen tot een jaar, "
            "het reboundtraject Op de Rails voor leerlingen die na een incident tijdelijk niet op hun school "
            "kunnen blijven, en een voorziening voor hoogbegaafde leerlingen die vastlopen (het Atelier). De "
            "vso-scholen De Horst (cluster 4) en Hof ter Heide (cluster 3) bieden gespecialiseerd onderwijs. "
            "Voor nieuwkomers is er een internationale schakelklas in Beekdal."),
          H2("Geen jongere tussen wal en schip"),
          P("Iedere leerling die langer dan vier weken niet of nauwelijks naar school gaat, wordt binnen vijf "
            "schooldagen besproken aan de Doorbraaktafel. Aan die tafel zitten de leerplichtambtenaar, een "
            "trajectbegeleider van het samenwerkingsverband, de school en waar nodig jeugdhulp. Binnen twee weken "
            "ligt er een plan met een concrete datum waarop de jongere weer onderwijs krijgt. Lukt dat niet, dan "
            "escaleert de trajectbegeleider naar de directeur-bestuurder, die doorzettingsmacht heeft om een "
            "plek bij een andere school of voorziening te regelen."),
          P("Daarnaast analyseren we ieder jaar in het voorjaar de wachtlijsten van het OPDC, de vso-scholen en "
            "de jeugdhulp, en de casussen die aan de Doorbraaktafel zijn besproken. Waar een groep jongeren "
            "stelselmatig geen passende plek vindt, stelt het bestuur vóór de zomer een voorstel op om het "
            "aanbod aan te passen. Zo is in 2024 het Atelier ontstaan."),
          H2("Samen met de gemeenten")]
    b += f_oogo_rich(x)
    b += [H1("Terugkeer vanuit het vso"),
          P("De terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs verloopt in vier "
            "stappen:"),
          UL("Stap 1: in oktober van het laatste jaar van de TLV plant de vso-school een perspectiefgesprek met "
             "de leerling en de trajectbegeleider van het samenwerkingsverband.",
             "Stap 2: vóór 1 februari stelt de vso-school een schriftelijk advies op over terugkeer, met de "
             "evaluatie van het ontwikkelingsperspectiefplan.",
             "Stap 3: het loket van het samenwerkingsverband beoordeelt het advies en neemt uiterlijk op 1 mei "
             "een besluit over terugkeer. Is voortzetting van het vso nodig, dan volgt de gewone aanvraagroute "
             "(zie bijlage B).",
             "Stap 4: bij terugkeer zorgt de vso-school vóór 1 juli voor een warme overdracht aan de ontvangende "
             "school."),
          P("Welke uitgangspunten en voorwaarden wij voor terugkeer hanteren, en welke begeleiding een leerling "
            "na terugkeer krijgt, werken we in 2027 uit samen met de vso-scholen.")]
    b += [H1("Ambities en resultaten"),
          H2("Onze ambities"),
          UL("In 2030 volgt ten minste 97% van de jongeren met een ondersteuningsbehoefte onderwijs binnen het "
             "regulier voortgezet onderwijs, lwoo of pro (2025: 95,6%).",
             "In 2030 krijgt iedere leerling die aan de Doorbraaktafel wordt besproken binnen acht weken weer "
             "onderwijs (2025: 61%).",
             "In 2030 keert ten minste 75% van de leerlingen uit het OPDC binnen een jaar terug naar een "
             "reguliere school (2025: 68%).",
             "Ten minste 80% van de leerlingen in het vso stroomt uit naar vervolgonderwijs, werk of een "
             "passende dagbesteding en is daar na een jaar nog."),
          H2("Hoe wij de resultaten volgen"),
          P("Het bureau houdt per kwartaal een monitor bij met de indicatoren achter deze ambities. De gegevens "
            "komen uit de administratie van het loket, de registratie van de Doorbraaktafel, DUO en de "
            "uitstroomgegevens van de vso-scholen. De monitor gaat elk kwartaal naar het bestuurdersoverleg; "
            "twee keer per jaar bespreekt de raad van toezicht de voortgang. In het jaarverslag, dat vóór 1 juli "
            "verschijnt, rapporteren we de bereikte resultaten per ambitie en geven we aan waar we bijsturen.")]
    b += [H2("Terugblik op 2022-2026"),
          P("In de vorige planperiode daalde het deelnamepercentage vso van 4,1% naar 3,6%. Het aantal "
            "leerlingen dat langer dan drie maanden thuiszat, halveerde van 38 naar 19. Het OPDC De Schakel "
            "plaatste 212 leerlingen, van wie 68% binnen een jaar terugkeerde naar een reguliere school. De "
            "doorlooptijd van de Doorbraaktafel bleef met gemiddeld tien weken achter bij wat we wilden. Die "
            "cijfers liggen aan de basis van de ambities hierboven."),
          P("Voor nieuwkomers is de internationale schakelklas in Beekdal in 2024 uitgebreid met een tweede "
            "locatie in Ommerhout. Leerlingen verblijven daar gemiddeld anderhalf jaar voordat zij doorstromen "
            "naar een reguliere school, het mbo of het praktijkonderwijs."),
          Q("Stem van de ondersteuningscoördinator", "Sinds de Doorbraaktafel er is, hoef ik niet meer zelf "
            "achter iedereen aan te bellen. Er is één persoon die de regie houdt.",
            "ondersteuningscoördinator, Lindewijk")]
    b += [H1("Ouders en leerlingen"),
          P("Meer informatie voor ouders en leerlingen vindt u op www.beekdal-heide.nl/ouders."),
          Q("Stem van de ouder", "Mijn dochter zat een halfjaar thuis. Pas toen iedereen aan één tafel zat, "
            "ging het snel. Nu zit ze in het Atelier en gaat ze weer met plezier.", "moeder van Noor (13)")]
    b += [H1("Financiën"),
          P("De meerjarenbegroting 2026-2030 en het verdeelmodel zijn als bijlage C bij dit plan gevoegd. Beide "
            "documenten worden jaarlijks door het algemeen bestuur geactualiseerd.")]
    b += [H1("Organisatie")] + f_governance(x) + f_mr(x) + f_opr_proc(x) + f_personeel(x) + f_kennis(x)
    b += f_ict(x) + f_jaarcyclus(x) + f_inspectie(x) + f_cultuur(x) + f_landelijk(x) + f_inclusie(x) + f_administratie(x) + f_comm_scholen(x) + f_bureau(x) + f_opleidingen(x) + f_risico_org(x) + f_planning_tabel(x) + f_slot(x)
    b += glossary(x, [("Lwoo", "Leerwegondersteunend onderwijs, toegekend via een aanwijzing van het "
                               "samenwerkingsverband."),
                      ("Pro", "Praktijkonderwijs; toelaatbaarheid volgens landelijke criteria."),
                      ("Doorbraaktafel", "Overleg over jongeren die niet naar school gaan.")])
    b += abbrevs(x, ["lwoo: leerwegondersteunend onderwijs", "OPDC: orthopedagogisch-didactisch centrum",
                     "pro: praktijkonderwijs", "vso: voortgezet speciaal onderwijs"])
    plan = dict(kort=x["kort"],
                title=["Ondersteuningsplan op hoofdlijnen 2026-2030", x["naam"], "VO 22-14"],
                header="Beekdal & Heide | OP 2026-2030 | toelaatbaarheid - financiën - ouders",
                footer="Samenwerkingsverband VO Beekdal & Heide (VO 22-14)",
                blocks=number_headings(b))
    label = dict(
        crit=crit_from(["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                        "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                        "ouders.informatie", "ouders.steunpunt"]),
        advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning': concrete package listed, but whether it is the binding minimum for all vestigingen is left to a 2027 board decision, each school uses its own SOP meanwhile.",
            "plaatsing": "Only references: Leeswijzer points vso/lwoo/pro procedures to Handboek (bijlage B, not included); TLV/lwoo/pro only in glossary and header; 'gewone aanvraagroute (zie bijlage B)'.",
            "terugstroom": "Ch. 'Terugkeer vanuit het vso': 4-step procedure (oktober, 1 februari, loket 1 mei, 1 juli); uitgangspunten, voorwaarden and support after return deferred to 2027.",
            "financien": "Ch. 'Financien' only refers to bijlage C (absent) and yearly actualisation; no verdeling criteria, no amounts; 'begroting' in governance filler is passing.",
            "dekkend-aanbod": "Ch. 'Een dekkend netwerk': continuum (school arrangement, lwoo, pro, OPDC, rebound, Atelier, vso, ISK); Doorbraaktafel, doorzettingsmacht, yearly wachtlijst analysis; gemeenten/OZA.",
            "resultaten": "Ch. 'Ambities en resultaten': four measurable ambitions with 2025 baselines; quarterly monitor, RvT, jaarverslag by 1 juli.",
            "ouders": "Ch. 'Ouders en leerlingen' is only a website link plus a parent quote; no informing channels, no independent support, OPR described without parent role.",
        })
    return x, plan, label


# ----------------------------------------------------------------------------------------------
# PLAN E  -  PO, markdown
# ----------------------------------------------------------------------------------------------
def plan_e():
    x = dict(naam="Samenwerkingsverband Passend Onderwijs Kroonwaard", kort="Kroonwaard", n_besturen=8,
             opr_datum="16 april 2025", opr_leden=14, oogo_datum="25 februari 2025",
             gemeenten="Kroonwaard, Essenburg en Velderhoven",
             ander_swv="samenwerkingsverband VO Kroonwaard", fte="12,0",
             periode="2025-2026 tot en met 2028-2029", so="sbo of so")
    b = []
    b += [H1("Voorwoord"),
          P("In de afgelopen maanden spraken we met tientallen ouders, leraren, intern begeleiders en "
            "directeuren over de vraag wat passend onderwijs in Kroonwaard moet betekenen. Een moeder zei het "
            "treffend: 'Ik wil niet horen wat er allemaal kan, ik wil dat het gebeurt.' Die zin hebben we "
            "meegenomen bij het schrijven van dit plan."),
          P("Dit plan is de opvolger van het plan 2021-2025. Veel is blijven staan, maar we hebben ook "
            "keuzes gemaakt: meer aandacht voor kinderen die thuiszitten, een eigen ouder- en jeugdsteunpunt en "
            "een heldere route terug naar het basisonderwijs."),
          P("Jeroen Kuipers, directeur-bestuurder")]
    b += [H1("Over Kroonwaard"),
          P("Ons samenwerkingsverband omvat de basisscholen, de scholen voor speciaal basisonderwijs en de "
            "so-scholen in de gemeenten Kroonwaard, Essenburg en Velderhoven. Acht schoolbesturen werken samen "
            "in de stichting. Het gebied telt 52 basisscholen, twee sbo-scholen en twee so-scholen, met samen "
            "ruim 13.000 leerlingen. Kroonwaard is een stad met een sterk gemengde bevolking; Essenburg en "
            "Velderhoven zijn dorpse gemeenten met veel kleine scholen.")]
    b += [H1("Visie"),
          P("Wij willen dat ieder kind in Kroonwaard naar school kan, zich gezien voelt en zich kan ontwikkelen. "
            "Dat lukt alleen als scholen, ouders en partners elkaar vertrouwen. Het basisonderwijs is de plek "
            "waar dat begint. De meeste kinderen krijgen daar alles wat ze nodig hebben; voor sommige kinderen is "
            "meer nodig."),
          P("Wij kiezen voor drie uitgangspunten: we werken thuisnabij, we kijken naar wat een kind nodig heeft "
            "en niet naar een etiket, en we houden het eenvoudig voor leraren en ouders.")]
    b += f_totstand(x) + f_kernwaarden(x)
    b += [H1("Basisondersteuning"),
          P("Het niveau en de inhoud van de basisondersteuning zijn vastgelegd in het Referentiekader "
            "Basisondersteuning Kroonwaard (2019), dat als bijlage 2 bij dit plan hoort. Een herijking van het "
            "referentiekader staat gepland voor het schooljaar 2026-2027."),
          Q("Stem van de ouder", "Op de basisschool van mijn zoon kreeg hij veel hulp, op die van zijn neefje "
            "bijna niets. Hoe kan dat, in dezelfde stad?", "vader uit Essenburg")]
    b += [H1("Toelaatbaarheid tot het sbo en so"),
          H2("Wanneer komt een kind in aanmerking?"),
          P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer de ondersteuningsbehoefte op het "
            "gebied van leren, gedrag of ontwikkeling structureel groter is dan wat de basisschool met een "
            "arrangement kan bieden, de basisschool ten minste twee handelingsgerichte cycli met een "
            "ontwikkelingsperspectief heeft doorlopen, en het kind gebaat is bij een kleinere groep met een "
            "aangepast programma gedurende de hele schooldag."),
          P("Een kind is toelaatbaar tot het speciaal onderwijs cluster 4 wanneer het ernstige gedrags- of "
            "psychiatrische problemen heeft die ook in het speciaal basisonderwijs niet voldoende te begeleiden "
            "zijn. Toelaatbaarheid tot cluster 3 is aan de orde bij een verstandelijke beperking (IQ lager dan "
            "ongeveer 70), een lichamelijke beperking of een langdurige ziekte waardoor het kind een "
            "specialistische, doorgaans zeer kleine groep met medische of verpleegkundige zorg nodig heeft."),
          H2("Aanvragen"),
          P("Hoe een aanvraag verloopt (wie aanvraagt, welke stukken nodig zijn, wie beslist en binnen welke "
            "termijn) staat beschreven in de Routekaart Toelaatbaarheid op onze website."),
          H2("Geldigheid en bezwaar"),
          P("Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
            "geldt twee schooljaren en wordt afgegeven in de categorie laag, tenzij sprake is van een "
            "lichamelijke of meervoudige beperking. Ouders die het niet eens zijn met een besluit, kunnen binnen "
            "zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies aan de Landelijke "
            "Bezwaaradviescommissie.")]
    b += [H1("Terug naar de basisschool"),
          P("Kroonwaard gaat ervan uit dat een plaatsing in het sbo of so in beginsel tijdelijk is. Ieder kind "
            "in het speciaal (basis)onderwijs heeft een ontwikkelingsperspectief waarin ook staat of en wanneer "
            "terugkeer naar een reguliere basisschool haalbaar is. Terugkeer is aan de orde wanneer het kind de "
            "doelen in het ontwikkelingsperspectief heeft gehaald, de werkhouding het toelaat om in een grotere "
            "groep te functioneren, en er een basisschool in de buurt is die met extra begeleiding kan bieden "
            "wat nodig is. Een kind gaat nooit terug zonder steun: de ontvangende basisschool krijgt een "
            "terugkeerarrangement van ten minste een halfjaar, waarin een leerkracht van de sbo- of so-school "
            "wekelijks meekijkt. Het samenwerkingsverband betaalt dit arrangement."),
          P("De route is als volgt. Ieder jaar in januari bespreekt de commissie van begeleiding van de sbo- of "
            "so-school bij alle kinderen of terugkeer aan de orde is. Komt terugkeer in beeld, dan nodigt de "
            "school de ouders en de consulent van het samenwerkingsverband uit voor een overleg vóór 1 maart. "
            "Zijn ouders en school het eens, dan zoekt de consulent samen met de ouders een basisschool en "
            "regelt hij een kennismaking. De directeur van de sbo- of so-school neemt het besluit, na instemming "
            "van de ouders; de TLV wordt dan beëindigd op de datum van overstap. In het laatste jaar van een "
            "TLV vindt dit gesprek altijd plaats, ook als niemand terugkeer verwacht. Overstap vindt bij "
            "voorkeur plaats na de zomer- of kerstvakantie."),
          Q("Stem van de leraar", "Toen Lotte bij ons in groep 6 kwam, kwam haar juf van het sbo elke week even "
            "kijken. Daardoor durfde ik het aan.", "leraar basisschool, Velderhoven")]
    b += [H1("Thuiszitters en witte vlekken"),
          P("Geen kind hoort thuis te zitten. Iedere school meldt een kind dat langer dan twee weken zonder "
            "geldige reden niet naar school gaat, of dat geen passend onderwijsaanbod heeft, direct bij het loket "
            "van het samenwerkingsverband. Binnen tien werkdagen is er een overleg aan de thuiszitterstafel, met "
            "de leerplichtambtenaar, de school, ouders, jeugdhulp en een consulent. De consulent blijft "
            "casusregisseur tot het kind weer onderwijs volgt. Lukt het een bestuur niet om binnen de termijn van "
            "de zorgplicht een passende plek te vinden, dan neemt het samenwerkingsverband de regie over en "
            "zoekt het een plek bij een ander bestuur of een voorziening buiten de regio."),
          P("Elk kwartaal bundelt het loket de meldingen waarvoor geen passende plek te vinden was. Die "
            "witte vlekken bespreekt het bestuurdersoverleg; als er binnen een jaar vaker dan drie keer geen "
            "plek is voor dezelfde groep kinderen, ontwikkelen de besturen samen een nieuwe voorziening of "
            "maken ze afspraken met een voorziening buiten de regio."),
          P("Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen staat op de sociale kaart "
            "op onze website (kroonwaard-po.nl/aanbod).")]
    b += f_oogo_rich(x)
    b += [H1("Financiën"),
          P("De tabel hieronder geeft de meerjarenbegroting van het samenwerkingsverband voor de planperiode."),
          T(["Begroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"], [
              ["Baten lichte ondersteuning", "2.060", "2.040", "2.030", "2.010", "2.000"],
              ["Baten zware ondersteuning", "3.880", "3.850", "3.830", "3.800", "3.780"],
              ["Afdracht so", "-2.150", "-2.170", "-2.180", "-2.190", "-2.200"],
              ["Afdracht sbo (groeiregeling en 2%)", "-560", "-550", "-540", "-540", "-530"],
              ["Doorbetaling aan schoolbesturen", "-2.310", "-2.290", "-2.270", "-2.250", "-2.240"],
              ["Terugkeerarrangementen", "-90", "-110", "-120", "-120", "-120"],
              ["Ouder- en jeugdsteunpunt", "-85", "-85", "-85", "-85", "-85"],
              ["Thuiszitterstafel en consulenten", "-520", "-530", "-540", "-550", "-560"],
              ["Bureau en overhead", "-390", "-395", "-400", "-405", "-410"],
              ["Saldo", "-165", "-240", "-275", "-330", "-365"],
          ]),
          P("De negatieve saldi worden gedekt uit de algemene reserve, die eind 2024 € 1,4 miljoen bedraagt. "
            "Eind 2029 resteert een buffer van ongeveer 5% van de baten."),
          P("Hoe de middelen voor lichte ondersteuning over de schoolbesturen worden verdeeld, wordt vastgelegd "
            "in een nieuw verdeelmodel. Dat model is in ontwikkeling en wordt na vaststelling aan dit plan "
            "toegevoegd (p.m.).")]
    b += [H1("Ouders"),
          P("Ouders kunnen met vragen en zorgen over het onderwijs aan hun kind terecht bij het Ouder- en "
            "Jeugdsteunpunt Kroonwaard. Het steunpunt werkt onafhankelijk van scholen en samenwerkingsverband en "
            "alleen in het belang van het kind. De medewerkers denken mee, helpen bij het voorbereiden van "
            "gesprekken, gaan desgewenst mee en bemiddelen bij onenigheid. Het steunpunt is bereikbaar via "
            "telefoon, e-mail en een wekelijks inloopspreekuur in het wijkcentrum De Akker. Daarnaast kunnen "
            "ouders kosteloos gebruikmaken van de Onderwijsconsulenten, en bij een geschil over toelating, "
            "verwijdering of het ontwikkelingsperspectief terecht bij de Geschillencommissie passend onderwijs."),
          P("Hoe wij ouders informeren over het ondersteuningsaanbod, werken we uit in het communicatieplan dat in "
            "2026 samen met de OPR tot stand komt."),
          Q("Stem van de ouder", "Ik wist niet welke hulp er op school mogelijk was. Pas toen het misging, hoorde "
            "ik van het steunpunt.", "moeder van Daan (9)")]
    b += f_opr_rich(x)
    b += [H1("Organisatie")] + f_governance(x) + f_mr(x) + f_personeel(x) + f_kennis(x) + f_ict(x)
    b += [H1("Tot slot")] + f_jaarcyclus(x) + f_inspectie(x) + f_cultuur(x) + f_landelijk(x) + f_inclusie(x) + f_administratie(x) + f_comm_scholen(x) + f_bureau(x) + f_opleidingen(x) + f_risico_org(x) + f_planning_tabel(x) + f_slot(x)
    b += glossary(x, [("Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die "
                                     "extra ondersteuning nodig hebben.")])
    b += abbrevs(x, ["sbo: speciaal basisonderwijs", "so: speciaal onderwijs",
                     "OJSP: ouder- en jeugdsteunpunt"])
    plan = dict(kort=x["kort"],
                title=["Ondersteuningsplan 2025-2029", x["naam"], "PO 27-03",
                       "Vastgesteld op 23 april 2025"],
                header="", footer="Samenwerkingsverband Passend Onderwijs Kroonwaard (PO 27-03), ondersteuningsplan 2025-2029",
                blocks=number_headings(b))
    label = dict(
        crit=crit_from(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                        "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen",
                        "resultaten.monitoring", "ouders.informatie"]),
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' only refers to the Referentiekader 2019 as bijlage 2 (absent) and a planned herijking; definition only in the begrippenlijst; parent quote is not content.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot het sbo en so': criteria for sbo and so cluster 3/4 addressed; procedure only on the website Routekaart; duur/categorie and LBT bezwaar given.",
            "terugstroom": "Ch. 'Terug naar de basisschool': policy (tijdelijk, conditions, terugkeerarrangement paid by SWV) and route (januari, 1 maart, directeur decides, TLV ended, last TLV year).",
            "financien": "Ch. 'Financien': meerjarenbegroting table with amounts and reserves; verdeling over besturen deferred to a verdeelmodel 'in ontwikkeling ... (p.m.)'.",
            "dekkend-aanbod": "Ch. 'Thuiszitters en witte vlekken': melding, thuiszitterstafel, regie, quarterly witte vlekken = lacunes; continuum only 'op de sociale kaart op onze website'.",
            "resultaten": "Nothing: no goals, no monitoring, no figures; only 'resultaten' in glossary and passing value prose ('trots op de resultaten').",
            "ouders": "Ch. 'Ouders': independent OJSP, Onderwijsconsulenten, Geschillencommissie = steunpunt; how parents are informed deferred to a 2026 communicatieplan.",
        })
    return x, plan, label


# ----------------------------------------------------------------------------------------------
# F  -  near miss: a school's own (school-level) ondersteuningsplan, plain text
# ----------------------------------------------------------------------------------------------
def doc_f():
    b = []
    b += [H1("Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe IKC De Klimop in Haarsvoorde de ondersteuning aan onze "
            "leerlingen organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de "
            "medezeggenschapsraad en ouders. Het sluit aan op het ondersteuningsplan van ons "
            "samenwerkingsverband en op ons schoolondersteuningsprofiel. Jaarlijks stellen de intern begeleider "
            "en de directeur het plan bij; de MR geeft advies."),
          P("De Klimop telt 214 leerlingen in negen groepen. Ongeveer een vijfde van onze leerlingen heeft op "
            "enig moment extra aandacht nodig, bijvoorbeeld voor lezen, rekenen, gedrag of werkhouding.")]
    b += [H1("De ondersteuningsniveaus op onze school"),
          P("Wij werken met vijf zorgniveaus, zoals afgesproken binnen ons samenwerkingsverband:"),
          UL("Niveau 1: goed lesgeven in de groep. De leraar differentieert in instructie op drie niveaus.",
             "Niveau 2: extra aandacht in de groep, bijvoorbeeld verlengde instructie of pre-teaching.",
             "Niveau 3: speciale zorg na een leerlingbespreking met de intern begeleider, met een "
             "handelingsplan van zes tot acht weken.",
             "Niveau 4: ondersteuning met inzet van externe deskundigen, zoals de orthopedagoog of de "
             "consulent van het samenwerkingsverband. Eventueel wordt een arrangement aangevraagd.",
             "Niveau 5: verwijzing naar het speciaal (basis)onderwijs. Hiervoor vraagt het schoolbestuur een "
             "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband."),
          P("Niveau 1 tot en met 3 vormen samen onze basisondersteuning. Wat wij precies bieden, staat in ons "
            "schoolondersteuningsprofiel, dat u op onze website vindt.")]
    b += [H1("Groepsbesprekingen en leerlingbesprekingen"),
          P("Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, voert de intern begeleider "
            "met iedere leraar een groepsbespreking. We bespreken de resultaten van de groep op de toetsen van "
            "het leerlingvolgsysteem, het welbevinden en de werkhouding. Leerlingen die opvallen, worden "
            "aangemeld voor een leerlingbespreking. Daarin stellen leraar en intern begeleider samen vast welke "
            "ondersteuning nodig is en wie die biedt."),
          P("Als de ondersteuning op niveau 3 na twee periodes onvoldoende helpt, bespreken we het kind in het "
            "ondersteuningsteam. Daarin zitten de intern begeleider, de leraar, de ouders, de consulent van het "
            "samenwerkingsverband en waar nodig de schoolmaatschappelijk werker of de jeugdverpleegkundige."),
          Q("Stem van de leraar", "De groepsbespreking is voor mij het belangrijkste moment van het jaar. Daar "
            "zie ik wat mijn aanpak oplevert.", "leraar groep 4")]
    b += [H1("Dyslexie, rekenen en meer- en hoogbegaafdheid"),
          P("Wij volgen het protocol leesproblemen en dyslexie. Kinderen die na drie meetmomenten onvoldoende "
            "vooruitgaan, krijgen extra leesbegeleiding van onze remedial teacher, twee keer per week twintig "
            "minuten. Blijft het lezen achter, dan kunnen ouders met onze verklaring van hardnekkigheid een "
            "dyslexieonderzoek aanvragen dat door de gemeente wordt vergoed."),
          P("Voor rekenen werken we met een rekenspecialist die leraren adviseert. Kinderen die meer aankunnen, "
            "krijgen compacte instructie en verrijkingswerk. Eén ochtend per week is er een plusgroep voor "
            "leerlingen van groep 5 tot en met 8.")]
    b += [H1("Ontwikkelingsperspectief"),
          P("Voor leerlingen die op een of meer vakken een eigen leerlijn volgen, stellen wij een "
            "ontwikkelingsperspectiefplan (OPP) op. Ouders en, vanaf groep 6, de leerling zelf mogen hun mening "
            "geven over het OPP. Het OPP wordt twee keer per jaar geëvalueerd met ouders.")]
    b += [H1("Samenwerking met ouders"),
          P("Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
            "ouderportal. Maken wij ons zorgen over een kind, dan nemen wij binnen een week contact op. Ouders "
            "zijn altijd welkom om een afspraak te maken met de leraar of de intern begeleider. Voor "
            "onafhankelijk advies kunnen ouders terecht bij het ouder- en jeugdsteunpunt van ons "
            "samenwerkingsverband. Klachten behandelen we volgens de klachtenregeling van ons schoolbestuur.")]
    b += [H1("Middelen"),
          P("De school ontvangt van het schoolbestuur een budget voor ondersteuning dat afkomstig is uit de "
            "middelen van het samenwerkingsverband. In 2025-2026 is dat € 31.000. Wij zetten dit in voor de "
            "remedial teacher (0,3 fte), de rekenspecialist (0,1 fte) en de plusgroep. Daarnaast betaalt het "
            "samenwerkingsverband de arrangementen die het zelf toekent.")]
    b += [H1("Verwijzing en terugplaatsing"),
          P("Als blijkt dat een kind meer nodig heeft dan wij kunnen bieden, ook met een arrangement, dan "
            "bespreken we met ouders de mogelijkheid van het speciaal basisonderwijs of speciaal onderwijs. Het "
            "schoolbestuur vraagt dan een TLV aan bij het samenwerkingsverband, dat beslist. Kinderen die vanuit "
            "het sbo of so terugkeren naar onze school, ontvangen wij graag; wij maken dan samen met de school "
            "van herkomst een overgangsplan.")]
    b += [H1("Evaluatie en doelen voor dit schooljaar"),
          UL("Alle leraren passen het nieuwe format groepsoverzicht toe (evaluatie in juni 2026).",
             "De plusgroep wordt uitgebreid naar groep 4.",
             "Wij verminderen het aantal kinderen met een leesachterstand in groep 4 van 14% naar 10%."),
          P("Dit plan is besproken in de teamvergadering van 2 september 2025 en in de medezeggenschapsraad van "
            "16 september 2025.")]
    plan = dict(kort="IKC De Klimop",
                title=["Schoolondersteuningsplan 2025-2026", "IKC De Klimop, basisschool voor openbaar onderwijs",
                       "Haarsvoorde", "aangesloten bij het samenwerkingsverband passend primair onderwijs"],
                header="", footer="", blocks=number_headings(b))
    return plan


# ----------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    summary = []
    specs = [
        (plan_a, "po-lindeboog-ondersteuningsplan-2025-2029", "docx", "po"),
        (plan_b, "vo-vlietlanden-ondersteuningsplan-2025-2029", "docx", "vo"),
        (plan_c, "po-zandwaard-ondersteuningsplan-2025-2029", "pdf", "po"),
        (plan_d, "vo-beekdal-heide-op-hoofdlijnen-2026-2030", "pdf", "vo"),
        (plan_e, "po-kroonwaard-ondersteuningsplan-2025-2029", "md", "po"),
    ]
    for fn, stem, fmt, sector in specs:
        x, plan, label = fn()
        wc = word_count(plan["blocks"])
        assert wc >= 3000, (stem, wc)
        target = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            render_docx(plan, target)
        elif fmt == "pdf":
            docx_to_pdf(plan, target)
        else:
            render_md(plan, target)
        status = write_label(OUT / f"{stem}.expected.yaml", [target.name], sector, True, label["crit"],
                             label["advisory"], label["notes"])
        summary.append((target.name, wc, status))
    f = doc_f()
    target = OUT / "po-klimop-schoolondersteuningsplan-2025-2026.txt"
    render_txt(f, target)
    write_label(OUT / "po-klimop-schoolondersteuningsplan-2025-2026.expected.yaml", [target.name], "po", False,
                notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, "
                                   "groepsbesprekingen, school budget) that only refers to its "
                                   "samenwerkingsverband; not an ondersteuningsplan of a samenwerkingsverband."})
    summary.append((target.name, word_count(f["blocks"]), None))
    for name, wc, st in summary:
        print(f"{name}: {wc} words", st or "")


if __name__ == "__main__":
    main()
