#!/usr/bin/env python3
"""Generate the holdout308 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script (holdout308/).
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# shared filler (neutral: mentions element words only in passing)
# ---------------------------------------------------------------------------

def f_voorwoord(N, period, chair):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {period} van {N}. Dit plan is het resultaat van een jaar lang "
              "praten, schrijven, schrappen en opnieuw beginnen. Directeuren, intern begeleiders, leerkrachten, "
              "bestuurders en ouders hebben in verschillende bijeenkomsten meegedacht over de vraag wat passend "
              "onderwijs in onze regio de komende jaren moet betekenen. Wij danken iedereen die daaraan heeft "
              "bijgedragen. Het plan is geen eindpunt maar een vertrekpunt: de wereld om ons heen verandert en "
              "ons plan zal daarin moeten meebewegen."),
        ("p", "De afgelopen periode was er een van grote inzet. Scholen kregen te maken met een oplopend "
              "lerarentekort, met leerlingen die na de coronajaren meer nodig hadden dan voorheen en met een "
              "toenemende vraag naar jeugdhulp. Tegelijk zagen wij veel mooie resultaten: leerkrachten die met "
              "creativiteit en vakmanschap een arrangement rond een kind bouwden, besturen die over hun eigen "
              "grenzen heen keken en ouders die samen met de school zochten naar wat hun kind nodig had. Dat "
              "geeft vertrouwen voor de komende jaren."),
        ("p", "Passend onderwijs is geen doel op zich. Het gaat erom dat ieder kind zich kan ontwikkelen en "
              "dat de middelen die daarvoor beschikbaar zijn zo dicht mogelijk bij het kind terechtkomen. Dat "
              "vraagt om vertrouwen, om heldere afspraken en om de bereidheid van elkaar te leren. Wij hopen dat "
              "dit plan daaraan bijdraagt en nodigen iedereen uit om met ons in gesprek te blijven."),
        ("p", f"Namens het bestuur, {chair}, voorzitter."),
    ]


def f_visie(N, motto):
    return [
        ("h1", "Visie, missie en ambities"),
        ("p", f"Onze missie luidt: '{motto}'. Wij geloven dat kinderen het best tot hun recht komen in een "
              "omgeving die hen kent, in de eigen wijk of het eigen dorp, samen met vriendjes en vriendinnetjes. "
              "Dat betekent niet dat iedere school alles kan. Het betekent wel dat wij als scholen samen "
              "verantwoordelijk zijn voor alle kinderen in de regio en dat wij elkaar niet loslaten wanneer het "
              "lastig wordt."),
        ("p", "Vanuit die missie formuleren wij drie uitgangspunten. Ten eerste: wij kijken naar wat een kind "
              "nodig heeft en niet naar wat een kind 'heeft'. Een diagnose of label is nooit de ingang voor "
              "ondersteuning. Ten tweede: wij organiseren zo min mogelijk bureaucratie. Leerkrachten moeten hun tijd "
              "aan kinderen kunnen besteden en niet aan formulieren. Ten derde: wij werken samen met ouders, "
              "jeugdhulp en gemeenten, want een kind leeft niet alleen op school."),
        ("p", f"De visie van {N} sluit aan bij de landelijke koers van het Verbeteraanpak passend onderwijs. "
              "Wij zien passend onderwijs als een beweging naar inclusiever onderwijs, waarin het regulier onderwijs "
              "en het speciaal onderwijs steeds dichter bij elkaar komen. Deze visie is in 2024 besproken met de "
              "directeurenberaden, de besturen en de ondersteuningsplanraad en vormt de rode draad van dit plan."),
        ("p", "De ambities die hieruit volgen zijn bewust in gewone taal geschreven. Wij willen dat een leerkracht, "
              "een ouder en een wethouder dit plan kunnen lezen en begrijpen waar wij voor staan. Waar in dit plan "
              "over 'wij' wordt gesproken, bedoelen wij de samenwerkende schoolbesturen en hun scholen samen; het "
              "bureau van het samenwerkingsverband ondersteunt en faciliteert."),
    ]


def f_context(N, code, n_schools, n_boards, n_pupils, gemeenten, extra=""):
    return [
        ("h1", "De regio in beeld"),
        ("p", f"{N} (registratienummer {code}) is een stichting waarin {n_boards} schoolbesturen samenwerken. "
              f"Samen zijn zij verantwoordelijk voor {n_schools} scholen en vestigingen in de gemeenten "
              f"{gemeenten}. Op 1 oktober 2024 telde de regio {n_pupils} leerlingen in het basisonderwijs, het "
              "speciaal basisonderwijs en het speciaal onderwijs samen. " + extra),
        ("p", "De regio kent een grote verscheidenheid. Er zijn grote scholen in de kernen met meer dan vijfhonderd "
              "leerlingen en kleine dorpsscholen met nog geen vijftig kinderen. In een aantal dorpen is de "
              "basisschool de laatste voorziening die nog over is; de druk op die scholen is groot. In de steden "
              "zien wij een toename van het aantal nieuwkomers en van gezinnen die in armoede leven. Het aantal "
              "leerlingen zal volgens de prognoses van de gemeenten de komende jaren licht teruglopen."),
        ("p", "De besturen verschillen in omvang en denominatie: openbaar, rooms-katholiek, protestants-christelijk, "
              "algemeen bijzonder en één school op antroposofische grondslag. Die verscheidenheid zien wij als "
              "een kracht. De schoolbesturen blijven zelf verantwoordelijk voor de kwaliteit van hun onderwijs; "
              "het samenwerkingsverband is er om af te spreken wat wij samen beter kunnen dan alleen."),
    ]


def f_governance(N, model="raad van toezicht"):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{N} kent een scheiding tussen bestuur en toezicht. De dagelijkse leiding en het bestuur liggen bij de "
              f"directeur-bestuurder; het intern toezicht wordt uitgeoefend door een {model}. In de "
              "algemene vergadering zijn alle aangesloten schoolbesturen vertegenwoordigd. De algemene vergadering "
              "benoemt de toezichthouders, stelt de statuten vast en keurt het ondersteuningsplan goed voordat de "
              "directeur-bestuurder het definitief vaststelt."),
        ("p", "De toezichthouders zijn onafhankelijk: zij hebben geen functie bij een van de aangesloten besturen. "
              "Zij hebben een profiel met aandacht voor onderwijs, jeugdhulp, financiën en recht. Zij komen ten "
              "minste vijf keer per jaar bijeen en voeren jaarlijks een zelfevaluatie uit. De code goed bestuur "
              "van de PO-Raad is van toepassing."),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, "
              "een controller, een secretariaat en een team van ondersteuners en orthopedagogen. Het bureau is "
              "gehuisvest in een gedeeld onderwijskantoor. Het bureau is klein en wil dat ook blijven: de "
              "middelen zijn bedoeld voor de scholen en niet voor overhead."),
        ("p", "Voor geschillen tussen de aangesloten besturen over de uitvoering van de statuten kennen de statuten een "
              "geschillenregeling met een onafhankelijke commissie van drie leden. In de afgelopen planperiode is "
              "daarvan geen gebruik gemaakt."),
    ]


def f_opr(n_members, date):
    return [
        ("h1", "Medezeggenschap en totstandkoming"),
        ("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van {n_members} leden, die "
              "zijn afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
              "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer "
              "per jaar en heeft een eigen reglement en een eigen budget voor scholing en advies."),
        ("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin meegenomen. In drie thema-avonden "
              "zijn de hoofdlijnen besproken, daarna heeft de OPR schriftelijk vragen gesteld over het concept. De "
              f"beantwoording daarvan is in de vergadering van {date} besproken, waarna de OPR met het plan heeft "
              "ingestemd. Wij danken de leden voor hun kritische en betrokken houding."),
    ]


def f_planning(period, oogo_date, opr_date, vast_date):
    return [
        ("h1", "Procedure en planning van dit plan"),
        ("p", f"Dit plan heeft een looptijd van vier schooljaren: {period}. Het concept is tot stand gekomen in "
              "werkgroepen van directeuren en intern begeleiders en is in de zomer en het najaar van 2024 "
              "besproken met de besturen."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in algemene vergadering", "12 november 2024"],
                   ["Op overeenstemming gericht overleg (OOGO) met de gemeenten", oogo_date],
                   ["Instemming ondersteuningsplanraad", opr_date],
                   ["Vaststelling door directeur-bestuurder", vast_date],
                   ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei 2025"]]),
        ("p", "Jaarlijks stellen wij een jaarplan en een jaarbegroting op die aansluiten bij dit plan. Als er "
              "tussentijds wezenlijke wijzigingen nodig zijn, leggen wij deze opnieuw ter instemming voor aan "
              "de ondersteuningsplanraad."),
    ]


def f_personeel():
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort raakt ook onze regio. "
              "Op een aantal scholen staan structureel onbevoegden voor de klas of worden groepen samengevoegd. "
              "Dat heeft gevolgen voor de ondersteuning die scholen kunnen bieden, en wij nemen dat serieus. "
              "Tegelijk is het niet aan het samenwerkingsverband om het personeelsbeleid van de besturen over te "
              "nemen; de besturen zijn werkgever."),
        ("p", "Het samenwerkingsverband organiseert netwerken voor intern begeleiders, voor directeuren en voor "
              "gedragsspecialisten. In deze netwerken wordt kennis gedeeld, worden casussen besproken en worden "
              "nieuwe ontwikkelingen verkend. Ook biedt het samenwerkingsverband jaarlijks een scholingsaanbod "
              "aan, bijvoorbeeld over trauma-sensitief lesgeven, over het werken met een ontwikkelingsperspectief "
              "en over het voeren van moeilijke gesprekken."),
        ("p", "De medewerkers van het bureau vallen onder de cao primair onderwijs. Zij hebben een jaarlijkse "
              "gesprekscyclus en een eigen scholingsbudget. De orthopedagogen van het bureau zijn BIG- of "
              "NVO-geregistreerd en nemen deel aan intervisie."),
    ]


def f_ict():
    return [
        ("h1", "Informatievoorziening en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen "
              "en waarin het bureau adviezen en besluiten vastlegt. Het systeem voldoet aan de eisen van de "
              "Algemene verordening gegevensbescherming (AVG). Alleen medewerkers die de gegevens nodig hebben "
              "voor hun taak hebben toegang. Gegevens worden niet langer bewaard dan nodig en uiterlijk drie jaar "
              "na het besluit vernietigd, tenzij een wettelijke bepaling anders voorschrijft."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met "
              "andere samenwerkingsverbanden in de provincie. Er is een privacyreglement dat op de website staat. "
              "Datalekken worden gemeld en geregistreerd; in de afgelopen periode is er één melding gedaan, "
              "die geen gevolgen had voor betrokkenen."),
        ("p", "Voor de interne bedrijfsvoering gebruikt het bureau standaard kantoorsoftware en een beveiligde "
              "omgeving voor het uitwisselen van documenten met de scholen. In de komende planperiode "
              "onderzoeken wij of de koppeling met de leerlingadministratiesystemen van de scholen kan worden "
              "verbeterd, zodat scholen gegevens niet dubbel hoeven in te voeren."),
    ]


def f_terugblik():
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van bouwen. Er is geïnvesteerd in de relatie met de "
              "gemeenten, in de netwerken van intern begeleiders en in een eenvoudigere manier van werken. De "
              "evaluatie van die periode, die wij samen met de directeuren en de ondersteuningsplanraad hebben "
              "gehouden, leverde drie lessen op: houd het eenvoudig, maak afspraken concreet en blijf met elkaar "
              "in gesprek."),
        ("p", "Niet alles is gelukt. Wij hebben te veel energie gestoken in procedures en te weinig in het "
              "gesprek over de inhoud. Ook hebben scholen soms het gevoel gehad dat zij er alleen voor stonden. "
              "Deze lessen hebben wij meegenomen in dit plan."),
    ]


def f_huisvesting_vervoer():
    return [
        ("h2", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn verantwoordelijkheden van de gemeenten. Wij "
              "bespreken deze onderwerpen wel in het overleg met de gemeenten, omdat zij invloed hebben op de "
              "keuzes die ouders en scholen kunnen maken. Zo kan een lange reistijd voor een jong kind een reden "
              "zijn om te zoeken naar een oplossing dichter bij huis."),
    ]



def f_leeswijzer(text):
    return [("h2", "Leeswijzer"), ("p", text)]


def f_overstap_povo(vo_name):
    return [
        ("h1", "Doorgaande lijn naar het voortgezet onderwijs"),
        ("p", "Ieder jaar maken ruim duizend leerlingen uit onze regio de overstap naar het voortgezet onderwijs. Die "
              f"overstap bereiden wij samen voor met {vo_name}. Twee keer per jaar is er overleg tussen de "
              "directeuren van beide samenwerkingsverbanden over de aansluiting van hun ondersteuningsplannen; het "
              "concept van dit plan is daar in december 2024 besproken."),
        ("p", "De basisscholen dragen de gegevens van hun leerlingen digitaal over via de Overstapservice Onderwijs. "
              "Voor leerlingen met een ontwikkelingsperspectief of een arrangement is er daarnaast een warme "
              "overdracht: de intern begeleider en de mentor of ondersteuningscoördinator van de vo-school spreken "
              "elkaar vóór de zomervakantie. Wij volgen de landelijke afspraken over de "
              "tijdlijn van het schooladvies en de doorstroomtoets."),
        ("p", "Een terugkerend gespreksonderwerp is de aansluiting voor leerlingen die in het basisonderwijs veel "
              "ondersteuning kregen en in het voortgezet onderwijs in een grote brugklas terechtkomen. Wij "
              "verkennen met de vo-scholen of een gezamenlijke zomerschool of een mentorprogramma in de eerste "
              "maanden kan helpen."),
    ]


def f_overstap_vombo():
    return [
        ("h1", "Doorgaande lijn naar mbo en arbeid"),
        ("p", "Het merendeel van onze leerlingen stroomt uit naar het middelbaar beroepsonderwijs. Samen met de twee "
              "roc's in de regio en de gemeenten werken wij aan een soepele overstap. Leerlingen met een "
              "ondersteuningsbehoefte krijgen een warme overdracht naar het mbo, waarbij de mentor en de "
              "studieloopbaanbegeleider van de mbo-opleiding elkaar vóór 1 juli spreken. Het Regionaal Meld- en "
              "Coördinatiepunt voortijdig schoolverlaten houdt zicht op jongeren die zonder startkwalificatie "
              "dreigen uit te vallen."),
        ("p", "Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken de scholen "
              "samen met werkgevers en het werkgeversservicepunt. Stages, leerwerkplekken en een jobcoach vormen "
              "daarbij de brug naar werk. Wij bespreken deze onderwerpen in de regionale overleggen over "
              "aansluiting onderwijs–arbeidsmarkt; het samenwerkingsverband heeft daarin een verbindende rol."),
        ("p", "Ook de overstap van het primair naar het voortgezet onderwijs heeft onze aandacht. Twee keer per jaar "
              "overleggen wij met de samenwerkingsverbanden primair onderwijs in de regio over de aansluiting van "
              "de ondersteuningsplannen; het concept van dit plan is daar in december 2024 besproken."),
    ]


def f_ontwikkelagenda():
    return [
        ("h1", "Ontwikkelagenda"),
        ("p", "Naast de vaste taken zijn er onderwerpen die wij in de komende planperiode verder willen verkennen. "
              "Het gaat om ontwikkelingen die wij belangrijk vinden, maar waarvoor het nu nog te vroeg is om "
              "concrete afspraken te maken. Wij noemen ze hier zodat iedereen weet waar wij mee bezig zijn."),
        ("ul", ["Inclusiever onderwijs: wij volgen de landelijke ontwikkelingen en onderzoeken met enkele scholen "
                "wat nodig is om meer kinderen met een beperking in het regulier onderwijs te laten leren.",
                "Werkdruk en administratieve lasten: wij onderzoeken welke formulieren en overleggen kunnen vervallen.",
                "Digitalisering: wij verkennen of een regionaal platform voor kennisdeling tussen scholen meerwaarde heeft.",
                "Kansengelijkheid: wij verkennen of aansluiting bij landelijke programma's tegen taalachterstand zinvol is.",
                "De nieuwe wetgeving rond de positie van ouders en leerlingen: wij bereiden ons voor op de "
                "inwerkingtreding en passen onze werkwijze aan wanneer de wet van kracht wordt."]),
        ("p", "Over de voortgang op deze onderwerpen praten wij jaarlijks met de besturen en de "
              "ondersteuningsplanraad. Waar een onderwerp leidt tot nieuw beleid, wordt dat als wijziging van dit "
              "plan voorgelegd."),
    ]


def f_bedrijfsvoering():
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", "De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor "
              "dat voor meer samenwerkingsverbanden werkt. De jaarrekening wordt gecontroleerd door een "
              "onafhankelijke accountant die door de toezichthouders wordt benoemd. Er is een treasurystatuut dat "
              "voldoet aan de regeling beleggen, lenen en derivaten; het samenwerkingsverband belegt niet."),
        ("p", "Voor inkoop en aanbesteding volgt het samenwerkingsverband een inkoopbeleid met drempelbedragen. "
              "Verzekeringen, zoals de bestuurdersaansprakelijkheidsverzekering, zijn collectief afgesloten. De "
              "administratieve organisatie en interne controle zijn beschreven in een handboek dat jaarlijks wordt "
              "bijgewerkt."),
    ]


def f_inspectie():
    return [
        ("h1", "Toezicht door de Inspectie"),
        ("p", "In het najaar van 2022 heeft de Inspectie van het Onderwijs het vierjaarlijks onderzoek bij ons "
              "samenwerkingsverband uitgevoerd. Het rapport is openbaar en te vinden op de website van de Inspectie. "
              "De Inspectie sprak met het bestuur, de toezichthouders, de ondersteuningsplanraad, directeuren en "
              "intern begeleiders. Alle onderzochte standaarden werden als voldoende beoordeeld."),
        ("p", "Als aandachtspunt noemde de Inspectie dat wij onze keuzes beter kunnen uitleggen aan de scholen en dat "
              "de besturen elkaar meer kunnen aanspreken. Die aandachtspunten hebben wij meegenomen bij het schrijven "
              "van dit plan."),
    ]


def f_begrippen(items):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Betekenis"]] + [list(x) for x in items])]


def f_afkortingen(items):
    return [("h1", "Lijst van afkortingen"), ("ul", [f"{a} – {b}" for a, b in items])]


STD_ABBR = [("AB", "algemeen bestuur"), ("AVG", "Algemene verordening gegevensbescherming"),
            ("IB", "intern begeleider"), ("MDO", "multidisciplinair overleg"),
            ("OJSP", "ouder- en jeugdsteunpunt"), ("OOGO", "op overeenstemming gericht overleg"),
            ("OPP", "ontwikkelingsperspectief(plan)"), ("OPR", "ondersteuningsplanraad"),
            ("OZA", "onderwijs-zorgarrangement"), ("SBO", "speciaal basisonderwijs"),
            ("SO", "speciaal onderwijs"), ("SOP", "schoolondersteuningsprofiel"),
            ("TLV", "toelaatbaarheidsverklaring")]

# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------

def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_md(blocks, path):
    lines = []
    for kind, val in blocks:
        if kind == "title":
            lines += [f"# {val}", ""]
        elif kind == "h1":
            lines += [f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "ul":
            lines += [f"- {x}" for x in val] + [""]
        elif kind == "ol":
            lines += [f"{i}. {x}" for i, x in enumerate(val, 1)] + [""]
        elif kind == "toc":
            lines += ["**Inhoudsopgave**", ""] + [f"- {x}" for x in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        elif kind == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title></head><body>"]
    e = html.escape
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val)
            out.append(f"<table border='1'>{rows}</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout308_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header, footer)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_of(crit, adv, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit=None, adv=None, notes=None, plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if plan else 'false'}"]
    if plan:
        assert sorted(crit) == sorted(CORE), name
        els = ", ".join(f"{el}: {status_of(crit, adv, el)}" for el in ELEMENTS)
        lines.append(f"elements: {{{els}}}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if crit[c] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if adv.get(el):
                lines.append(f"  {el}: [{', '.join(adv[el])}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {q(v)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Plan 1: large PO verband, .docx
# ---------------------------------------------------------------------------

def plan1():
    N = "Samenwerkingsverband Passend Primair Onderwijs Maas en Waalkant"
    b = [("title", "Ondersteuningsplan 2025–2029"),
         ("p", N + " – PO 29-14"),
         ("p", "Vastgesteld door de directeur-bestuurder op 8 april 2025, na instemming van de ondersteuningsplanraad."),
         ("toc", ["Voorwoord", "1 Visie, missie en ambities", "2 De regio in beeld", "3 Terugblik",
                  "4 Basisondersteuning: wat elke school biedt", "5 Het ondersteuningscontinuüm",
                  "6 Toelaatbaarheid tot sbo en so", "7 Samenwerking met gemeenten", "8 Kwaliteit en opbrengsten",
                  "9 Geld en middelen", "10 Organisatie en governance", "11 Personeel en professionalisering",
                  "12 Informatievoorziening en privacy", "13 Medezeggenschap en totstandkoming",
                  "14 Procedure en planning", "Bijlage A Begrippenlijst (o.a. ouder- en jeugdsteunpunt, terugplaatsing)",
                  "Bijlage B Lijst van afkortingen"]),
         ("pagebreak", None)]
    b += f_voorwoord(N, "2025–2029", "drs. H. van Leeuwen")
    b += f_visie(N, "Elk kind telt, in de eigen buurt als het kan")
    b += f_context(N, "PO 29-14", 96, 14, "24.310", "Druten, Wijchen, Beuningen, West Maas en Waal en Maasdriel",
                   "Vier scholen voor speciaal basisonderwijs en vijf locaties voor speciaal onderwijs van cluster 3 en 4 liggen in of direct naast de regio.")
    b += f_terugblik()
    b += [
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het door alle veertien schoolbesturen vastgestelde "
              "minimum aan ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, zonder "
              "aanvraag bij het samenwerkingsverband en zonder aparte bekostiging per leerling. Dit niveau is "
              "vastgelegd in de Standaard Basisondersteuning Maas en Waalkant, die het algemeen bestuur op 10 december "
              "2024 heeft vastgesteld en die hieronder volledig is opgenomen. Geen school mag onder deze standaard "
              "uitkomen; scholen mogen er uiteraard boven uitstijgen."),
        ("p", "Concreet betekent dit dat men op iedere school in de regio het volgende mag verwachten:"),
        ("ol", ["Er is een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die aanspreekpunt is voor "
                "leerkrachten en die de leerlingbesprekingen voorbereidt.",
                "De school volgt het regionale dyslexieprotocol en het dyscalculieprotocol, inclusief extra "
                "instructie en oefentijd voor kinderen die achterblijven bij lezen, spellen of rekenen.",
                "De school werkt met een gevalideerde methode voor sociaal-emotionele ontwikkeling en meet twee keer "
                "per jaar het welbevinden van alle leerlingen vanaf groep 3.",
                "Kinderen die meer aankunnen krijgen binnen de groep een compact en verrijkt aanbod; iedere school "
                "heeft hiervoor een aanspreekpunt meer- en hoogbegaafdheid.",
                "Leerlingen die korter dan twee jaar in Nederland zijn krijgen ten minste twee uur per week extra "
                "taalondersteuning (NT2).",
                "De school voert eenvoudige medische handelingen uit volgens het regionale protocol medisch handelen.",
                "Drie keer per jaar zijn er groepsbesprekingen; leerlingen met een afwijkende leerroute hebben een "
                "ontwikkelingsperspectief dat twee keer per jaar wordt geëvalueerd.",
                "De school werkt samen met schoolmaatschappelijk werk, de jeugdverpleegkundige en het sociale "
                "wijkteam, en kan hen binnen twee weken bij een leerling betrekken.",
                "De school kan een beroep doen op preventieve ambulante begeleiding door het expertiseteam van het "
                "samenwerkingsverband, tot tien uur per leerling per schooljaar, zonder aanvraagprocedure.",
                "Het gebouw is toegankelijk voor leerlingen met een lichte motorische beperking; aanpassingen "
                "worden in overleg met de gemeente gerealiseerd."]),
        ("h2", "4.2 Hoe wij bewaken dat de basis op orde is"),
        ("p", "Iedere school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Een "
              "auditteam van twee intern begeleiders van andere besturen en een orthopedagoog van het bureau "
              "bezoekt elke school ten minste eens in de vier jaar. Voldoet een school op een of meer punten niet "
              "aan de standaard, dan stelt het bestuur binnen drie maanden een verbeterplan op, waarvan de "
              "uitvoering in het volgende auditbezoek wordt getoetst. De directeur-bestuurder rapporteert hierover "
              "jaarlijks aan het algemeen bestuur."),
        ("h1", "5 Het ondersteuningscontinuüm"),
        ("p", "Het ondersteuningsaanbod in onze regio is opgebouwd als een doorlopend geheel, van de basis in de "
              "groep tot de meest specialistische plek. Wij onderscheiden vijf niveaus, die in elkaar overlopen."),
        ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                   ["1", "Basisondersteuning (standaard, zie hoofdstuk 4)", "Elke school", "Geen aanvraag"],
                   ["2", "Extra ondersteuning in de school: individueel of groepsarrangement", "Eigen school",
                    "Aanvraag bij het ondersteuningsteam van de school"],
                   ["3", "Bovenschoolse voorzieningen: Taalklas De Brug (nieuwkomers), plusklas De Uitdaging, "
                         "observatiegroep Kompas (jonge kinderen)", "Drie locaties in de regio",
                    "Aanmelding via het bureau"],
                   ["4", "Speciaal basisonderwijs", "Vier sbo-scholen", "Toelaatbaarheidsverklaring"],
                   ["5", "Speciaal onderwijs cluster 3 en 4, onderwijs-zorgarrangementen", "Vijf so-locaties",
                    "Toelaatbaarheidsverklaring"]]),
        ("p", "Een arrangement op niveau 2 wordt aangevraagd door de school, na een gesprek in het "
              "ondersteuningsteam waarin ook de orthopedagoog van het samenwerkingsverband zit. Het arrangement "
              "beschrijft het doel, de duur (maximaal één schooljaar) en de inzet, bijvoorbeeld extra handen in de "
              "klas of begeleiding door een ambulant begeleider van het so. De bovenschoolse voorzieningen op niveau 3 "
              "zijn tijdelijk: een kind keert na uiterlijk twee jaar terug naar de eigen school."),
        ("p", "Voor kinderen die zowel onderwijs als zorg nodig hebben, zijn er onderwijs-zorgarrangementen op twee "
              "so-locaties, die samen met de gemeenten en zorgaanbieders worden gefinancierd. Een kind volgt dan "
              "een deel van de dag onderwijs en krijgt een deel van de dag dagbehandeling in hetzelfde gebouw."),
        ("h2", "5.2 Waar het aanbod nog niet sluit"),
        ("p", "Wij weten dat ons aanbod niet voor ieder kind passend is. Hoe wij de witte vlekken in het aanbod "
              "systematisch in beeld gaan brengen en wat wij doen voor kinderen voor wie (nog) geen plek is, is "
              "onderwerp van de verkenning 'Elk kind een plek'. Die verkenning start in het najaar van 2025; de "
              "uitkomsten worden als addendum aan dit plan toegevoegd nadat de ondersteuningsplanraad daarmee heeft "
              "ingestemd. Ook de afspraken met de leerplichtambtenaren over kinderen die niet naar school gaan, "
              "nemen wij pas op nadat het regionale convenant is herzien."),
        ("h1", "6 Toelaatbaarheid tot sbo en so"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
              "aangevraagd door het schoolbestuur van de school waar de leerling staat ingeschreven. Gaat het om een "
              "kind dat nog niet op school zit, dan vraagt het bestuur van de school waar het kind is aangemeld de "
              "TLV aan. De aanvraag verloopt via het digitale groeidocument en bevat in elk geval het "
              "ontwikkelingsperspectief, een overzicht van de ondersteuning die al is geboden en het "
              "onderwijskundig rapport."),
        ("h2", "6.2 Beoordeling en besluit"),
        ("p", "De Commissie Toelaatbaarheid (CTB) van het samenwerkingsverband toetst de aanvraag. Over iedere "
              "aanvraag brengen twee deskundigen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
              "psycholoog, en afhankelijk van de vraag een tweede deskundige, zoals een kinder- en jeugdpsycholoog, "
              "een maatschappelijk werker, een pedagoog of een arts. Deskundigen die bij de aanvraag betrokken zijn "
              "geweest, adviseren niet. De CTB besluit binnen zes weken na ontvangst van de volledige aanvraag; in "
              "spoedsituaties binnen tien werkdagen."),
        ("h2", "6.3 Wanneer is een kind toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de basisschool heeft ten minste één schooljaar extra ondersteuning geboden volgens een "
                "ontwikkelingsperspectief, en dit is geëvalueerd;",
                "de ondersteuningsbehoefte vraagt om een kleinere groep en een intensiteit die een reguliere school "
                "ook met een arrangement niet kan bieden;",
                "de achterstand of het gedrag belemmert de ontwikkeling van de leerling of van de groep aantoonbaar;",
                "een plaatsing in het sbo biedt naar het oordeel van beide deskundigen een reëel beter perspectief."]),
        ("p", "Voor het speciaal onderwijs geldt daarnaast dat de leerling een ondersteuningsbehoefte heeft die "
              "samenhangt met een verstandelijke, lichamelijke of langdurig medische beperking (cluster 3) of met "
              "ernstige gedrags- of psychiatrische problematiek (cluster 4), en dat de benodigde combinatie van "
              "onderwijs en behandeling niet in het sbo kan worden geboden."),
        ("h2", "6.4 Duur en categorie"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren, eindigend op 31 juli. Voor het so bepaalt de CTB op advies van de "
              "deskundigen de bekostigingscategorie laag, midden of hoog."),
        ("h2", "6.5 Bezwaar"),
        ("p", "Tegen een besluit van de CTB kan binnen zes weken bezwaar worden gemaakt bij het "
              "samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, waarbij het samenwerkingsverband is aangesloten."),
        ("h2", "6.6 Afloop en verlenging van de TLV"),
        ("p", "In het laatste jaar van een TLV voor het so bespreekt de so-school uiterlijk 1 februari in het "
              "multidisciplinair overleg of de leerling na afloop van de TLV naar het basisonderwijs of het sbo kan. "
              "De so-school meldt de uitkomst vóór 1 maart aan de CTB. Is voortzetting van het so nodig, dan vraagt "
              "het bestuur van de so-school vóór 1 april een nieuwe TLV aan; de CTB beslist daarover volgens de "
              "procedure van 6.2. Is dat niet het geval, dan meldt de so-school de leerling aan bij een basisschool "
              "en vindt vóór 1 juni een overdrachtsgesprek plaats tussen de so-school, de ontvangende school en de "
              "orthopedagoog van het bureau. Tien weken na de overstap evalueren beide scholen de overgang. De TLV "
              "eindigt op 31 juli."),
        ("p", "Welke ambitie wij als samenwerkingsverband hebben met terug- en overplaatsing, onder welke voorwaarden "
              "een overstap verantwoord is en welke ondersteuning een basisschool daarna krijgt, is nog onderwerp "
              "van gesprek met de directeuren van de sbo- en so-scholen. De uitkomst daarvan nemen wij op in het "
              "jaarplan 2026–2027."),
        ("h1", "7 Samenwerking met gemeenten"),
        ("p", "Met de vijf gemeenten in onze regio voeren wij twee keer per jaar bestuurlijk overleg en vier keer per "
              "jaar ambtelijk overleg. In het op overeenstemming gericht overleg over dit plan, dat op 4 februari 2025 "
              "is afgerond, hebben wij afspraken gemaakt over de inzet van schoolmaatschappelijk werk, over de "
              "financiering van de onderwijs-zorgarrangementen en over de aansluiting tussen de ondersteuning op "
              "school en de jeugdhulp in het gezin. De gemeenten financieren de jeugdhulpcomponent van de "
              "onderwijs-zorgarrangementen; het samenwerkingsverband financiert de onderwijscomponent."),
    ]
    b += f_huisvesting_vervoer()
    b += [
        ("h1", "8 Kwaliteit en opbrengsten"),
        ("p", "Wij willen dat de inzet van het samenwerkingsverband zichtbaar bijdraagt aan de ontwikkeling van "
              "kinderen die extra ondersteuning nodig hebben. Daarom hebben wij voor deze planperiode de volgende "
              "beoogde resultaten vastgesteld, met een nulmeting uit het schooljaar 2023–2024:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2023–2024", "Streefwaarde 2028–2029"],
                   ["Leerlingen met een arrangement die de doelen uit hun OPP grotendeels bereiken", "71%", "85%"],
                   ["Deelnamepercentage sbo en so samen", "2,9%", "ten hoogste 2,6%"],
                   ["Scholen die volledig aan de Standaard Basisondersteuning voldoen", "62 van 96", "alle 96"],
                   ["Gemiddelde doorlooptijd aanvraag TLV tot besluit", "7,5 week", "ten hoogste 6 weken"],
                   ["Leerkrachten die de ondersteuning door het expertiseteam als nuttig beoordelen", "74%", "85%"]]),
        ("p", "Deze resultaten volgen wij met een dashboard dat het bureau twee keer per jaar vult met gegevens "
              "uit het dossiersysteem, de kwaliteitskaarten en een korte enquête onder intern begeleiders. In maart "
              "en oktober bespreekt de directeur-bestuurder de uitkomsten met ieder schoolbestuur in een "
              "kwaliteitsgesprek. De bereikte resultaten worden jaarlijks gerapporteerd in het jaarverslag, dat vóór "
              "1 juli wordt besproken met het algemeen bestuur en de ondersteuningsplanraad. Halverwege de "
              "planperiode, in 2027, laten wij een externe tussenevaluatie uitvoeren."),
        ("h1", "9 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
              "ondersteuning. Voor 2025 bedraagt dit budget naar verwachting € 17,9 miljoen. Daarvan wordt ruim "
              "€ 9,6 miljoen door DUO rechtstreeks ingehouden voor de bekostiging van leerlingen in het so en "
              "voor de overdracht aan het sbo boven de 2%."),
        ("h2", "9.1 Verdeling"),
        ("p", "De resterende middelen worden als volgt verdeeld. Iedere school ontvangt een schoolbudget van "
              "€ 165 per leerling op basis van het leerlingaantal op 1 oktober van het voorgaande jaar, plus een "
              "vaste voet van € 6.000 per vestiging. Het schoolbudget wordt in vier termijnen aan het bestuur "
              "overgemaakt. Daarnaast is er een arrangementenbudget waaruit arrangementen op niveau 2 en 3 worden "
              "toegekend. Een arrangement wordt toegekend als de school aantoont dat de basisondersteuning is "
              "ingezet en geëvalueerd, als het doel en de duur zijn beschreven en als de orthopedagoog van het "
              "bureau positief adviseert. Het bureau besluit binnen vier weken."),
        ("h2", "9.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Ondersteuningsbudget Rijk", "17.920", "17.780", "17.640", "17.500"],
                   ["Afdracht so en overdracht sbo", "9.640", "9.560", "9.470", "9.400"],
                   ["Schoolbudgetten", "4.590", "4.560", "4.530", "4.500"],
                   ["Arrangementen niveau 2 en 3", "2.150", "2.150", "2.150", "2.150"],
                   ["Onderwijs-zorgarrangementen (onderwijsdeel)", "420", "420", "420", "420"],
                   ["Expertiseteam en bureau", "1.310", "1.300", "1.290", "1.280"],
                   ["Resultaat", "-190", "-210", "-220", "-250"]]),
        ("h2", "9.3 Reserves en verantwoording"),
        ("p", "Het weerstandsvermogen bedroeg eind 2024 € 3,1 miljoen, ruim boven de signaleringswaarde. Met de "
              "geraamde negatieve resultaten bouwen wij de reserve gecontroleerd af tot een weerstandsvermogen van "
              "ongeveer 10 procent van de baten. De schoolbesturen verantwoorden vóór 1 april van ieder jaar met een "
              "vast format waaraan zij het schoolbudget en de arrangementen hebben besteed; het bureau bundelt deze "
              "verantwoording in het jaarverslag."),
    ]
    b += f_governance(N)
    b += f_personeel()
    b += f_ict()
    b += f_opr(18, "17 maart 2025")
    b += f_planning("2025–2026 tot en met 2028–2029", "4 februari 2025", "17 maart 2025", "8 april 2025")
    b += f_begrippen([("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."),
                      ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
                      ("Onderwijsconsulent", "Onafhankelijke adviseur die ouders helpt bij een vastgelopen schoolsituatie."),
                      ("Terugplaatsing", "De overstap van een leerling van sbo of so naar het reguliere basisonderwijs."),
                      ("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."),
                      ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen over de scholen.")])
    b += f_afkortingen(STD_ABBR)
    crit = {c: True for c in CORE}
    crit.update({"terugstroom.beleid": False, "dekkend-aanbod.lacunes": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.4: agreed minimum for every vestiging + 10 concrete standards; 4.2 kwaliteitskaart/audit (borging).",
        "plaatsing": "Ch.6: aanvraag, CTB, two deskundigen, 6 weeks, sbo/so criteria lists, duur/categorie, bezwaar via LBT.",
        "terugstroom": "Procedure only, hidden in TLV ch. 6.6 (MDO 1 feb, CTB, overdracht, evaluation, end 31 juli); policy/conditions/support after return explicitly deferred to jaarplan 2026-2027.",
        "financien": "Under 'Geld en middelen': €165/leerling + vaste voet, arrangement criteria; meerjarenbegroting table 2025-2028; reserves and verantwoording.",
        "dekkend-aanbod": "Ch.5 continuum table (niveau 1-5) + OZA; gaps/thuiszitters in 5.2 only deferred ('verkenning ... addendum').",
        "resultaten": "Ch.8 'Kwaliteit en opbrengsten': table of beoogde resultaten with streefwaarden + dashboard/kwaliteitsgesprek/jaarverslag.",
        "ouders": "No informing or steunpunt text: only passing mentions, running header 'Samen met ouders', glossary entries OJSP/onderwijsconsulent.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 2: medium PO verband, PDF
# ---------------------------------------------------------------------------

def plan2():
    N = "Stichting Samenwerkingsverband Primair Onderwijs De Brug Zuidoost"
    b = [("title", "Ondersteuningsplan 2025-2029 ‘Samen sterk voor elk kind’"),
         ("p", N + " (PO 30-06)"),
         ("toc", ["Voorwoord", "1 Visie, missie en ambities", "2 De regio in beeld",
                  "3 Basisondersteuning", "4 Dekkend aanbod en thuiszitters", "5 Toewijzing, plaatsing en terugplaatsing",
                  "6 Ouders als partner", "7 Financieel beleid", "8 Beoogde resultaten en kwaliteitszorg",
                  "9 Organisatie en governance", "10 Personeel", "11 Privacy", "12 Medezeggenschap",
                  "13 Planning", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(N, "2025-2029", "mevrouw A. Koster")
    b += f_leeswijzer("Na de visie en een schets van de regio beschrijven wij in hoofdstuk 3 de basisondersteuning. "
                      "Hoofdstuk 4 gaat over het dekkend aanbod en thuiszitters, hoofdstuk 5 over toewijzing, "
                      "plaatsing in sbo en so en terugplaatsing. In hoofdstuk 6 staan ouders centraal, in hoofdstuk 7 "
                      "de financiën en in hoofdstuk 8 de beoogde resultaten en de kwaliteitszorg. De laatste "
                      "hoofdstukken gaan over organisatie, personeel, privacy en medezeggenschap.")
    b += f_visie(N, "Samen sterk voor elk kind")
    b += f_context(N, "PO 30-06", 41, 7, "9.870", "Helmond-Oost, Deurne, Asten en Someren",
                   "In de regio ligt één school voor speciaal basisonderwijs, De Wissel, en twee so-scholen.")
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "In ons samenwerkingsverband verstaan wij onder basisondersteuning het gezamenlijk afgesproken "
              "minimumniveau van ondersteuning dat elke school, op elke vestiging, aan iedere leerling biedt. De "
              "zeven besturen hebben dit niveau op 3 oktober 2024 in het algemeen bestuur vastgesteld als "
              "ondergrens: geen enkele school in de regio mag daaronder blijven, en een ouder hoeft voor "
              "basisondersteuning nooit een aanvraag te doen."),
        ("p", "Welke voorzieningen daar concreet bij horen, beschrijft iedere school in haar eigen "
              "schoolondersteuningsprofiel. De profielen zijn te vinden op Scholen op de kaart en op de websites van "
              "de scholen. Een gezamenlijke lijst van voorzieningen stellen wij pas op wanneer de landelijke norm "
              "basisondersteuning wettelijk is verankerd; het heeft geen zin om nu iets vast te leggen dat over twee "
              "jaar weer anders moet."),
        ("h1", "4 Dekkend aanbod en thuiszitters"),
        ("p", "Het samenwerkingsverband wil een samenhangend geheel van ondersteuningsvoorzieningen bieden, binnen "
              "en tussen de scholen. Dat aanbod ziet er als volgt uit. Op iedere school is er basisondersteuning. "
              "Heeft een leerling meer nodig, dan kan de school een arrangement aanvragen: een licht arrangement "
              "(begeleiding door een specialist van het expertisecentrum, maximaal twintig uur), een intensief "
              "arrangement (extra formatie in de groep gedurende een half of heel schooljaar) of een "
              "groepsarrangement voor drie of meer leerlingen met een vergelijkbare vraag. Daarnaast zijn er drie "
              "bovenschoolse voorzieningen: de Plusgroep voor hoogbegaafde leerlingen (één dag per week, twee "
              "locaties), de Taalschool voor nieuwkomers en de Overstapklas op de sbo-school voor leerlingen die "
              "tijdelijk een kleinere setting nodig hebben. Voor leerlingen die dat nodig hebben, is er het "
              "speciaal basisonderwijs en het speciaal onderwijs."),
        ("p", "Om te weten waar het aanbod tekortschiet, houdt het bureau een signaleringslijst dekkend aanbod bij. "
              "Iedere school meldt binnen vijf schooldagen een leerling die zonder passend aanbod dreigt te komen of "
              "thuiszit. Het signaleringsoverleg, met de leerplichtambtenaren, een jeugdconsulent van de gemeente "
              "en de orthopedagoog van het verband, bespreekt elke melding binnen twee weken en wijst een "
              "casusregisseur aan. Lukt het niet om binnen zes weken een passende plek te vinden, dan gebruikt de "
              "directeur van het samenwerkingsverband haar doorzettingsmacht: zij kan een bestuur verzoeken een "
              "leerling tijdelijk te plaatsen en daarvoor middelen beschikbaar stellen. Ieder kwartaal analyseert "
              "het overleg de meldingen om te zien welke voorzieningen ontbreken; die analyse is de basis voor "
              "nieuwe arrangementen. In 2024 ging het om 31 meldingen, waarvan 24 binnen zes weken zijn opgelost."),
        ("p", "Met de vier gemeenten maken wij afspraken over onderwijs-zorgarrangementen, over jeugdhulp op "
              "school en over de aansluiting met het sociale domein. Deze afspraken zijn in het OOGO van 29 januari "
              "2025 bevestigd."),
        ("h1", "5 Toewijzing, plaatsing en terugplaatsing"),
        ("p", "Wanneer een school samen met ouders tot de conclusie komt dat een leerling beter tot zijn recht komt "
              "in het sbo of het so, vraagt het schoolbestuur een toelaatbaarheidsverklaring aan bij het Loket van "
              "het samenwerkingsverband. Dat gaat in vier stappen:"),
        ("ol", ["De school bespreekt de leerling in een multidisciplinair overleg waarbij ouders en de "
                "onderwijsspecialist van het Loket aanwezig zijn.",
                "Het schoolbestuur dient de aanvraag in met het groeidocument, het OPP en de zienswijze van ouders.",
                "Twee deskundigen – een orthopedagoog en, afhankelijk van de situatie, een psycholoog, een arts of een "
                "maatschappelijk werker – geven ieder apart een schriftelijk advies.",
                "De Commissie Toewijzing neemt binnen zes weken een besluit en stuurt dat met de adviezen aan het "
                "bestuur en aan ouders."]),
        ("p", "Het afwegingskader dat de Commissie Toewijzing hanteert, wordt op dit moment herschreven. Tot het "
              "nieuwe kader door het bestuur is vastgesteld, weegt de commissie iedere aanvraag afzonderlijk, op "
              "basis van het dossier en het gesprek met de school."),
        ("p", "Is een ouder of school het niet eens met het besluit, dan kan binnen zes weken bezwaar worden "
              "gemaakt. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("p", "Met de besturen van De Wissel en de so-scholen maken wij in het schooljaar 2025-2026 werkafspraken "
              "over de weg terug naar de basisschool."),
        ("h1", "6 Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij goed weten welke ondersteuning er "
              "in de regio is en hoe die werkt. Daarom informeren wij ouders op verschillende manieren. Op de website "
              "staat een ouderpagina met uitleg over basisondersteuning, arrangementen en de TLV, met een "
              "overzicht van alle bovenschoolse voorzieningen en contactgegevens. De brochure 'Passend onderwijs in "
              "tien vragen' wordt via alle scholen verspreid aan ouders van nieuwe leerlingen. Twee keer per jaar "
              "organiseren wij een informatieavond voor ouders, samen met de oudervereniging. Scholen nemen in hun "
              "schoolgids een paragraaf op over het ondersteuningsaanbod en verwijzen naar het samenwerkingsverband."),
        ("p", "De helft van de leden van de ondersteuningsplanraad is ouder. Ouders zijn bovendien altijd aanwezig "
              "bij het multidisciplinair overleg over hun kind en praten mee over het OPP."),
        ("p", "Hoe het ouder- en jeugdsteunpunt in onze regio vorm krijgt, is nog niet besloten. Wij wachten de "
              "inwerkingtreding van de wet af en komen daarna met een voorstel."),
        ("h1", "7 Financieel beleid"),
        ("p", "Het samenwerkingsverband ontvangt in 2025 naar verwachting € 7,4 miljoen aan ondersteuningsmiddelen. "
              "Na aftrek van de afdrachten aan het so en de overdracht aan het sbo resteert € 3,5 miljoen. Deze "
              "middelen verdelen wij volgens het volgende verdeelmodel:"),
        ("ul", ["70 procent gaat als schoolbudget naar de besturen, op basis van het aantal leerlingen op 1 oktober "
                "(€ 142 per leerling in 2025). De besturen zetten dit in voor extra ondersteuning op hun scholen.",
                "25 procent is bestemd voor arrangementen en bovenschoolse voorzieningen. De Commissie Toewijzing "
                "kent een arrangement toe wanneer de basisondersteuning aantoonbaar is ingezet, het doel en de duur "
                "zijn beschreven en de ouders hebben ingestemd.",
                "5 procent is bestemd voor het bureau en het Loket."]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "7.410", "7.350", "7.290", "7.240"],
                   ["Afdrachten so en overdracht sbo", "3.900", "3.880", "3.860", "3.840"],
                   ["Schoolbudgetten", "1.400", "1.390", "1.380", "1.370"],
                   ["Arrangementen en voorzieningen", "1.700", "1.680", "1.660", "1.650"],
                   ["Bureau en Loket", "470", "470", "470", "470"],
                   ["Saldo", "-60", "-70", "-80", "-90"]]),
        ("p", "De besturen leggen jaarlijks in hun jaarverslag verantwoording af over de inzet van het "
              "schoolbudget; het samenwerkingsverband levert daarvoor een format."),
        ("h1", "8 Beoogde resultaten en kwaliteitszorg"),
        ("p", "Voor de komende vier jaar hebben wij de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte geformuleerd:"),
        ("ul", ["In 2029 is het aantal leerlingen dat langer dan vier weken zonder passend aanbod zit gehalveerd "
                "ten opzichte van 2024.",
                "In 2029 heeft 90 procent van de leerlingen met een arrangement een OPP waarvan de doelen zijn "
                "geëvalueerd en bijgesteld.",
                "Het deelnamepercentage sbo blijft onder de 2 procent.",
                "Leerlingen uit de Plusgroep geven in 2029 gemiddeld een rapportcijfer van ten minste 7,5 voor "
                "hun welbevinden."]),
        ("p", "Het instrumentarium waarmee wij gaan volgen of deze doelen dichterbij komen, kiezen wij in de loop "
              "van 2026 samen met de besturen. Tot die tijd houden wij de bestaande werkwijze aan."),
    ]
    b += f_governance(N)
    b += f_personeel()
    b += f_ict()
    b += f_overstap_povo("het samenwerkingsverband VO Peelland")
    b += f_inspectie()
    b += f_bedrijfsvoering()
    b += f_opr(12, "10 maart 2025")
    b += f_planning("2025-2026 tot en met 2028-2029", "29 januari 2025", "10 maart 2025", "1 april 2025")
    b += f_begrippen([("Terugplaatsing", "Overstap van een leerling uit sbo of so naar het basisonderwijs."),
                      ("Toelaatbaarheidscriteria", "Voorwaarden waaronder een leerling toelaatbaar is tot sbo of so."),
                      ("Kwaliteitszorg", "Het systematisch volgen en verbeteren van resultaten."),
                      ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren.")])
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.inhoud": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "resultaten.monitoring": False, "ouders.steunpunt": False})
    adv = {"plaatsing": ["deskundigen", "bezwaar"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.3 defines the agreed minimum for every vestiging (niveau) but content is only referred to the SOPs on school websites and deferred until a landelijke norm.",
        "plaatsing": "Ch.5: Loket, four steps, two deskundigen, 6 weeks, bezwaar; criteria explicitly absent ('afwegingskader wordt herschreven', case-by-case).",
        "terugstroom": "Chapter title and glossary mention terugplaatsing, body only defers ('werkafspraken in 2025-2026').",
        "financien": "Ch.7: 70/25/5 verdeelmodel with €142 per leerling and arrangement criteria; meerjarenbegroting table; verantwoording by besturen.",
        "dekkend-aanbod": "Ch.4: arrangementen + bovenschoolse voorzieningen continuum; signaleringslijst, thuiszitters, doorzettingsmacht, quarterly gap analysis; OOGO.",
        "resultaten": "Ch.8: measurable beoogde resultaten listed; monitoring deferred ('instrumentarium kiezen wij in de loop van 2026').",
        "ouders": "Ch.6: website, brochure, informatieavonden, schoolgids (informatie) + OPR/MDO role; OJSP deferred, no steunpunt/klachten route (the TLV bezwaar route in ch.5 counts for plaatsing.bezwaar, not as independent parent support).",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 3: small PO verband, Markdown
# ---------------------------------------------------------------------------

def plan3():
    N = "Samenwerkingsverband PO Kop van het Veen"
    b = [("title", "Ondersteuningsplan 2025–2029 Kop van het Veen"),
         ("p", "*" + N + " · PO 21-09 · versie na instemming OPR (3 maart 2025)*"),
         ("toc", ["Voorwoord", "1. Visie, missie en ambities", "2. De regio in beeld", "3. Organisatie en governance",
                  "4. Basisondersteuning", "5. Van basis naar speciaal: ons aanbod",
                  "6. Speciaal (basis)onderwijs en toelaatbaarheid", "7. Verdeling van de middelen",
                  "8. Samenwerking met gemeenten", "9. Communicatie", "10. Personeel", "11. Privacy",
                  "12. Medezeggenschap", "13. Planning", "Bijlage 3 Reglement toelaatbaarheid",
                  "Bijlage 4 Meerjarenbegroting", "Begrippenlijst"])]
    b += f_voorwoord(N, "2025–2029", "J. Dijkstra")
    b += f_visie(N, "Thuisnabij waar het kan, speciaal waar het moet")
    b += f_context(N, "PO 21-09", 18, 4, "3.140", "Veenwoude en Oostermeer-Noord",
                   "De sbo-school De Klimop en een so-locatie van cluster 4 liggen in Veenwoude; voor cluster 3 zijn "
                   "wij aangewezen op scholen buiten de regio.")
    b += f_governance(N, "toezichthoudend bestuur van drie onafhankelijke leden")
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Met basisondersteuning bedoelen wij de ondersteuning die alle achttien scholen van Kop van het Veen "
              "ten minste waarmaken, voor ieder kind en op iedere locatie, zonder dat daar een aanvraag of "
              "toestemming van het samenwerkingsverband voor nodig is. De vier besturen hebben deze ondergrens "
              "samen vastgesteld. Wat dat in de praktijk betekent, staat in de tabel hieronder."),
        ("table", [["Onderdeel", "Wat u op iedere school aantreft"],
                   ["Begeleiding", "Een intern begeleider die minstens één dag per week beschikbaar is, en een vaste "
                                   "contactpersoon voor ouders"],
                   ["Lezen en rekenen", "Werken volgens het protocol leesproblemen en dyslexie en het protocol "
                                        "ernstige reken-wiskundeproblemen; extra instructie in kleine groepjes"],
                   ["Gedrag en welbevinden", "Een programma voor sociale veiligheid, een pestprotocol en een "
                                             "aandachtsfunctionaris; twee keer per jaar een kindgesprek"],
                   ["Meer aankunnen", "Compacten en verrijken in de eigen groep; een signaleringsinstrument voor "
                                      "begaafdheid in groep 2 en 5"],
                   ["Jonge kinderen", "Overdracht met de voorschoolse voorziening en een startgesprek met ouders"],
                   ["Fysiek en medisch", "Afspraken over medicijngebruik en medisch handelen; een prikkelarme "
                                         "werkplek in of bij de groep"],
                   ["Samenwerking", "Een ondersteuningsteam met het schoolmaatschappelijk werk en de "
                                    "jeugdverpleegkundige, ten minste zes keer per jaar"]]),
        ("p", "Een school die iets niet kan bieden van wat in de tabel staat, meldt dat aan het samenwerkingsverband."),
        ("h1", "5. Van basis naar speciaal: ons aanbod"),
        ("p", "Ons aanbod is een trap met vier treden. De eerste trede is de basisondersteuning op iedere school. "
              "De tweede trede is extra ondersteuning op de eigen school met hulp van het Veenteam: een ambulant "
              "begeleider, een gedragsspecialist of een taalspecialist komt een aantal weken in de groep werken, of "
              "de school krijgt budget voor een onderwijsassistent. De derde trede is de Veenklas, een bovenschoolse "
              "groep voor ten hoogste twaalf leerlingen met een combinatie van leer- en gedragsvragen, waar leerlingen "
              "drie dagen per week naartoe gaan en twee dagen op hun eigen school blijven. De vierde trede is het "
              "speciaal basisonderwijs en het speciaal onderwijs. De treden zijn geen verplichte volgorde: een "
              "leerling kan direct op de trede komen die past."),
        ("p", "Elke maand komt de Thuiszitterstafel bijeen, met leerplicht, het jeugdteam, de directeur van het "
              "samenwerkingsverband en de betrokken school. Iedere leerling die langer dan twee weken niet of maar "
              "gedeeltelijk naar school gaat, wordt daar besproken; binnen vier weken ligt er een plan met een "
              "eigenaar. Scholen hebben zorgplicht: zij zoeken bij aanmelding een passende plek, op de eigen school of "
              "op een andere school. Lukt dat niet, dan schakelt de school binnen tien schooldagen het Veenteam in. "
              "Knelpunten die steeds terugkomen noteren wij in een knelpuntenregistratie; het bestuur bespreekt die "
              "twee keer per jaar en besluit of er een nieuw arrangement of een nieuwe voorziening nodig is. Zo is in "
              "2023 de Veenklas ontstaan."),
        ("h1", "6. Speciaal (basis)onderwijs en toelaatbaarheid"),
        ("p", "Sommige kinderen hebben meer nodig dan een reguliere school kan bieden, ook met hulp van het Veenteam. "
              "Voor hen zijn De Klimop en de so-scholen in en buiten de regio. De route naar een "
              "toelaatbaarheidsverklaring en de afwegingen die daarbij worden gemaakt, staan in het Reglement "
              "toelaatbaarheid 2025. Het bestuur stelt dat reglement afzonderlijk vast; het hoort als bijlage 3 bij "
              "dit plan."),
        ("h2", "6.2 Na de TLV: de weg terug"),
        ("p", "Een plek in het sbo of so is voor ons geen eindstation. Ons beleid is dat ieder kind zo snel als "
              "verantwoord is terugkeert naar een reguliere school, bij voorkeur in de eigen woonplaats. Een terugkeer "
              "is verantwoord als de doelen uit het OPP grotendeels zijn bereikt, als het kind zich in een grotere "
              "groep kan handhaven en als er een ontvangende school is die met ondersteuning van het Veenteam kan "
              "bieden wat het kind nodig heeft. Een kind dat terugkeert, krijgt een terugkeerarrangement: een half "
              "jaar begeleiding door een leerkracht van de sbo- of so-school op de nieuwe school, met een budget van "
              "€ 3.000 voor de ontvangende school."),
        ("p", "Zo gaat het in de praktijk. De sbo- of so-school evalueert ieder jaar in maart het OPP en bespreekt "
              "daarbij met ouders of een terugkeer in beeld komt. In het laatste jaar van de TLV organiseert de "
              "school vóór 1 februari een gesprek met ouders, de consulent van het samenwerkingsverband en een "
              "mogelijke ontvangende school. De directeur van de sbo- of so-school besluit, in overeenstemming met "
              "ouders en de consulent, of de leerling terugkeert of dat een nieuwe TLV wordt aangevraagd. Bij terugkeer "
              "volgt vóór 1 juni een warme overdracht en eindigt de TLV op 31 juli. Na drie en zes maanden evalueren "
              "de scholen samen met ouders hoe het gaat."),
        ("h1", "7. Verdeling van de middelen"),
        ("p", "Het samenwerkingsverband verdeelt de ondersteuningsmiddelen die na de afdrachten aan het so "
              "overblijven op een eenvoudige manier. 80 procent gaat als schoolbudget naar de besturen: € 155 per "
              "leerling, geteld op 1 oktober, met een minimum van € 15.000 per school zodat ook de kleinste "
              "dorpsschool een ondergrens heeft. 20 procent blijft bovenschools voor het Veenteam en de Veenklas. "
              "Een school krijgt inzet van het Veenteam of een plek in de Veenklas als het ondersteuningsteam van de "
              "school de vraag heeft besproken, de basisondersteuning aantoonbaar is ingezet en ouders akkoord zijn. "
              "Het bestuur stelt de percentages jaarlijks in december vast."),
        ("p", "Meerjarenbegroting: p.m. De begroting 2026–2029 wordt na vaststelling door het bestuur in december "
              "2025 als bijlage 4 aan dit plan toegevoegd."),
        ("h1", "8. Samenwerking met gemeenten"),
        ("p", "Met de twee gemeenten werken wij samen in het jeugdteam en aan de Thuiszitterstafel. In het OOGO van "
              "22 januari 2025 is afgesproken dat de gemeenten de inzet van het schoolmaatschappelijk werk op alle "
              "scholen voortzetten en dat wij samen een onderwijs-zorgarrangement voor jonge kinderen ontwikkelen."),
    ]
    b += f_huisvesting_vervoer()
    b += [
        ("h1", "9. Communicatie"),
        ("p", "Goede communicatie met scholen, ouders en partners is essentieel. De website van het "
              "samenwerkingsverband heeft een aparte ingang voor ouders, met in gewone taal uitleg over de "
              "basisondersteuning op iedere school, het Veenteam, de Veenklas en het speciaal (basis)onderwijs. Drie "
              "keer per jaar verschijnt een digitale nieuwsbrief voor ouders, die de scholen doorsturen. Elk najaar "
              "houden wij in beide gemeenten een ouderavond over passend onderwijs. Iedere school zet in haar "
              "schoolgids welke ondersteuning zij biedt en hoe ouders het samenwerkingsverband kunnen bereiken."),
        ("p", "Soms hebben ouders vragen die zij liever niet met de school bespreken, of lopen zij vast. Zij kunnen "
              "dan terecht bij het Ouder- en Jeugdsteunpunt Veenland, dat onafhankelijk is van de scholen en van "
              "het samenwerkingsverband en gratis advies en begeleiding geeft. Ook kunnen ouders een "
              "onderwijsconsulent inschakelen. Bij een meningsverschil over toelating, verwijdering of het OPP "
              "kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; voor klachten geldt de "
              "klachtenregeling van het samenwerkingsverband, met de Landelijke Klachtencommissie Onderwijs."),
        ("p", "Voor scholen en partners verschijnt een aparte nieuwsbrief. Het bureau is bereikbaar via een "
              "centraal telefoonnummer en e-mailadres."),
    ]
    b += f_personeel()
    b += f_ict()
    b += f_overstap_povo("het samenwerkingsverband VO Veenland")
    b += f_ontwikkelagenda()
    b += f_bedrijfsvoering()
    b += f_opr(8, "3 maart 2025")
    b += f_planning("2025–2026 tot en met 2028–2029", "22 januari 2025", "3 maart 2025", "25 maart 2025")
    b += f_begrippen([("Kwaliteitszorg", "Het volgen van beoogde en bereikte resultaten."),
                      ("Resultaten", "Wat de inzet van het samenwerkingsverband oplevert voor leerlingen."),
                      ("TLV", "Toelaatbaarheidsverklaring, besluit van het samenwerkingsverband over toelaatbaarheid tot sbo of so."),
                      ("Commissie Toelaatbaarheid", "Commissie die namens het bestuur over TLV-aanvragen beslist, na advies van twee deskundigen.")])
    crit = {c: True for c in CORE}
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False,
                 "financien.besteding": False,
                 "resultaten.doelen": False, "resultaten.monitoring": False})
    adv = {"dekkend-aanbod": ["ketenpartners"], "ouders": []}
    adv = {k: v for k, v in adv.items() if v}
    notes = {
        "basisondersteuning": "Ch.4: ondergrens for all 18 schools (niveau); concrete content only in the table 'Wat u op iedere school aantreft'.",
        "plaatsing": "Ch.6 only refers to the Reglement toelaatbaarheid (bijlage 3, not included); CvT/deskundigen appear only in the begrippenlijst.",
        "terugstroom": "Hidden in 6.2 'Na de TLV': policy (geen eindstation, conditions, terugkeerarrangement €3.000) + procedure (March OPP evaluation, 1 feb meeting, director decides, 31 juli, evaluations).",
        "financien": "Ch.7 verdeling (80/20, €155 per leerling, minimum per school, toekenning criteria) but meerjarenbegroting is 'p.m.' and deferred to bijlage 4.",
        "dekkend-aanbod": "Ch.5: four 'treden' continuum incl. Veenklas; Thuiszitterstafel, zorgplicht, knelpuntenregistratie; OOGO in ch.8.",
        "resultaten": "No intended or achieved results and no monitoring; only 'resultaten'/'kwaliteitszorg' in voorwoord and begrippenlijst.",
        "ouders": "Under 'Communicatie' (ch.9): website, nieuwsbrief, ouderavond, schoolgids + OJSP Veenland, onderwijsconsulent, geschillen/klachten.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 4: small, thin PO verband, .docx
# ---------------------------------------------------------------------------

def plan4():
    N = "Samenwerkingsverband Passend Onderwijs Zuiderzeekust PO"
    b = [("title", "Ondersteuningsplan 2025 – 2029"),
         ("p", N),
         ("p", "Registratienummer PO 24-02 · Concept voor instemming OPR, definitief na vaststelling 15 april 2025"),
         ("toc", ["Voorwoord", "Visie, missie en ambities", "De regio in beeld", "Terugblik",
                  "Een stevige basis op iedere school", "Route naar sbo en so", "Terugplaatsing",
                  "Middelen en begroting", "Wat wij willen bereiken", "Ouders en onafhankelijke ondersteuning",
                  "Organisatie en governance", "Personeel en professionalisering", "Informatievoorziening en privacy",
                  "Medezeggenschap", "Planning", "Begrippenlijst", "Afkortingen"]),
         ("pagebreak", None)]
    b += f_voorwoord(N, "2025 – 2029", "R. Bakker")
    b += f_leeswijzer("In 'Een stevige basis op iedere school' leest u wat elke school in de regio minimaal biedt. "
                      "Daarna volgen de route naar sbo en so, onze afspraken over terugplaatsing, de middelen en de "
                      "begroting, wat wij willen bereiken en hoe ouders informatie en onafhankelijke ondersteuning "
                      "vinden. Het dekkend aanbod en de aanpak van thuiszitters komen aan bod in de hoofdstukken over "
                      "de route naar sbo en so en over de gemeenten.")
    b += f_visie(N, "Ieder kind een goede plek, dichtbij huis")
    b += f_context(N, "PO 24-02", 23, 3, "4.480", "Harderwijk-Noord en Zeewolde-Oost")
    b += f_terugblik()
    b += [
        ("h1", "Een stevige basis op iedere school"),
        ("p", "Een stevige basis is het fundament van passend onderwijs. De afspraken over wat elke school minimaal "
              "biedt, worden in het schooljaar 2025–2026 herijkt in de werkgroep 'Stevige basis', waarin directeuren "
              "en intern begeleiders van alle drie de besturen zitting hebben. Het resultaat volgt als aanvulling op "
              "dit plan en wordt aan de ondersteuningsplanraad voorgelegd."),
        ("h1", "Route naar sbo en so"),
        ("p", "Voor een plek op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
              "toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De route ziet er zo uit:"),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "Basisschool en ouders", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze",
                    "–"],
                   ["2", "Schoolbestuur", "Indienen aanvraag met OPP, evaluatie van de geboden ondersteuning en "
                                        "onderwijskundig rapport", "–"],
                   ["3", "Twee deskundigen", "Ieder een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog en "
                                            "een tweede deskundige (arts, maatschappelijk werker of kinderpsychiater)",
                    "binnen 3 weken"],
                   ["4", "TLV-commissie (directeur SWV, twee deskundigen van buiten de aanvragende school)",
                    "Besluit en toekenning van duur en bekostigingscategorie", "binnen 6 weken na volledige aanvraag"],
                   ["5", "Ouders en schoolbestuur", "Eventueel bezwaar bij het SWV; advies door de Landelijke "
                                                   "Bezwaaradviescommissie", "binnen 6 weken na besluit"]]),
        ("p", "Een kind komt in aanmerking voor een plek op de sbo-school als de basisschool, ook met een "
              "arrangement, langer dan een half jaar niet kan bieden wat het kind nodig heeft om zich te ontwikkelen, "
              "als het kind op twee of meer gebieden (leren, gedrag, taal, werkhouding) een achterstand of "
              "ondersteuningsvraag heeft die het OPP aantoont, en als het kind in een groep van ongeveer vijftien "
              "leerlingen met meer structuur naar verwachting wel tot ontwikkeling komt. Voor het so geldt bovendien "
              "dat er sprake is van een ernstige beperking, stoornis of ziekte die een combinatie van onderwijs en "
              "zorg of behandeling nodig maakt die het sbo niet heeft. Een TLV voor het sbo loopt tot het einde van "
              "de basisschool; een TLV voor het so wordt afgegeven voor ten hoogste drie schooljaren."),
        ("h1", "Terugplaatsing"),
        ("p", "Wij vinden dat een plaats in het sbo of so niet vanzelfsprekend tot het einde van de basisschooltijd "
              "hoeft te duren. Het uitgangspunt is dat een kind teruggaat naar een reguliere school zodra het daar met "
              "ondersteuning verder kan; de voorwaarden zijn dat de OPP-doelen grotendeels zijn bereikt en dat ouders "
              "de overstap steunen. Na de terugkeer ontvangt de basisschool een terugkeerarrangement: twintig weken "
              "begeleiding door een ambulant begeleider van de sbo- of so-school, betaald door het "
              "samenwerkingsverband."),
        ("p", "Het draaiboek dat beschrijft wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie "
              "uiteindelijk beslist, is in voorbereiding en wordt vóór de zomer van 2026 vastgesteld."),
        ("h1", "Middelen en begroting"),
        ("table", [["Begroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
                   ["Baten: ondersteuningsmiddelen", "3.420.000", "3.390.000", "3.360.000", "3.330.000"],
                   ["Afdracht so / overdracht sbo", "1.810.000", "1.800.000", "1.790.000", "1.780.000"],
                   ["Middelen naar de besturen", "1.180.000", "1.170.000", "1.160.000", "1.150.000"],
                   ["Terugkeerarrangementen", "40.000", "40.000", "45.000", "45.000"],
                   ["TLV-commissie en deskundigen", "95.000", "95.000", "95.000", "95.000"],
                   ["Bureau", "260.000", "262.000", "264.000", "266.000"],
                   ["Saldo", "35.000", "23.000", "6.000", "-6.000"]]),
        ("p", "De wijze waarop de middelen over de besturen en scholen worden verdeeld, stellen het bestuur en de "
              "directeuren in het najaar van 2025 vast. Tot dan volgen wij de verdeling uit het vorige "
              "ondersteuningsplan."),
        ("h1", "Wat wij willen bereiken"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, hebben wij de volgende doelen vastgesteld. "
              "Achter ieder doel staat hoe wij het meten."),
        ("table", [["Doel voor 2029", "Hoe gemeten", "Stand 2024"],
                   ["Ten minste 80% van de leerlingen met een OPP haalt de uitstroombestemming uit het OPP",
                    "Vergelijking OPP en schooladvies, jaarlijks in juni", "68%"],
                   ["Ten minste 5 leerlingen per jaar keren terug van sbo/so naar het regulier onderwijs",
                    "Telling TLV-registratie per 1 oktober", "2"],
                   ["Ouders van leerlingen met een TLV-aanvraag waarderen de procedure met een 7 of hoger",
                    "Korte vragenlijst na ieder besluit", "6,4"],
                   ["Besluit op een TLV-aanvraag binnen 6 weken in 95% van de gevallen",
                    "Registratie TLV-commissie", "81%"]]),
        ("p", "De directeur rapporteert de stand van zaken twee keer per jaar, in januari en juli, aan het bestuur "
              "en de ondersteuningsplanraad. In het jaarverslag staan de bereikte resultaten naast de doelen, met een "
              "toelichting waar een doel niet is gehaald en welke bijsturing volgt."),
        ("h1", "Ouders en onafhankelijke ondersteuning"),
        ("p", "Ouders die vragen hebben over de ondersteuning van hun kind of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders Zuiderzee. Het steunpunt is "
              "onafhankelijk, gratis en wordt gefinancierd door de samenwerkingsverbanden PO en VO samen; een "
              "medewerker denkt mee, gaat desgewenst mee naar gesprekken en bemiddelt. Daarnaast kunnen ouders een "
              "onderwijsconsulent inschakelen of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        ("p", "Hoe wij ouders over het ondersteuningsaanbod gaan informeren, werken wij uit in een communicatieplan "
              "dat in het eerste planjaar verschijnt."),
    ]
    b += f_governance(N, "raad van toezicht van drie leden")
    b += f_personeel()
    b += f_ict()
    b += f_overstap_povo("het samenwerkingsverband VO Noord-Veluwe")
    b += f_ontwikkelagenda()
    b += f_inspectie()
    b += f_bedrijfsvoering()
    b += f_opr(6, "24 maart 2025")
    b += [("h2", "Overleg met de gemeenten"),
          ("p", "Het concept van dit plan is op 6 februari 2025 in het OOGO besproken met de wethouders onderwijs van "
                "beide gemeenten; zij hebben geen bezwaren geuit. Het verslag is bij het samenwerkingsverband op te "
                "vragen.")]
    b += f_planning("2025 – 2029", "6 februari 2025", "24 maart 2025", "15 april 2025")
    b += f_begrippen([("Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."),
                      ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat ieder kind een passende plek heeft."),
                      ("Thuiszitter", "Leerling die niet naar school gaat zonder geldige reden."),
                      ("Arrangement", "Afspraken over extra ondersteuning voor een leerling of groep.")])
    b += f_afkortingen(STD_ABBR)
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "terugstroom.procedure": False, "financien.verdeling": False,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "ouders.informatie": False})
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Chapter 'Een stevige basis' only defers (werkgroep 'Stevige basis' herijkt in 2025-2026, 'volgt als aanvulling'); term only in TOC, leeswijzer (which wrongly promises the content), header and begrippenlijst.",
        "plaatsing": "'Route naar sbo en so': procedure in a stappen-table (who, what, termijn, TLV-commissie, deskundigen, bezwaar) + criteria in plain wording ('komt in aanmerking als ...'), duur.",
        "terugstroom": "Policy present (geen eindstation, voorwaarden, terugkeerarrangement 20 weken); procedure deferred ('draaiboek ... vóór de zomer van 2026'). Target of 5 returns/yr in results table.",
        "financien": "Begroting table 2025-2028 with amounts (besteding); verdeling deferred to najaar 2025 / refers to previous plan.",
        "dekkend-aanbod": "No continuum, no gap/thuiszitter approach; OOGO paragraph is purely procedural; 'dekkend aanbod'/thuiszitters only in leeswijzer (false pointer), running header and begrippenlijst.",
        "resultaten": "'Wat wij willen bereiken': doelen table with measurement and stand 2024; twice-yearly reporting + jaarverslag.",
        "ouders": "Steunpunt Ouders Zuiderzee, onderwijsconsulent, Geschillencommissie addressed; informing parents deferred to a communicatieplan. Zienswijze ouders in TLV route (betrokkenheid).",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan 5: VO verband, PDF
# ---------------------------------------------------------------------------

VO_REPL = [("code goed bestuur\n", "code goed bestuur\n"),
           ("van de PO-Raad", "van de VO-raad"), ("cao primair onderwijs", "cao voortgezet onderwijs"),
           ("leerkrachten", "docenten"), ("Leerkrachten", "Docenten"), ("een leerkracht", "een docent"),
           ("intern begeleiders", "ondersteuningscoördinatoren"), ("intern begeleider", "ondersteuningscoördinator"),
           ("vriendjes en vriendinnetjes", "vrienden"), ("Kinderen", "Jongeren"), ("kinderen", "jongeren"),
           ("een kind", "een jongere"), ("Een kind", "Een jongere"), ("ieder kind", "iedere jongere")]


def vo(blocks):
    out = []
    for kind, val in blocks:
        if isinstance(val, str):
            for a, c in VO_REPL:
                val = val.replace(a, c)
        out.append((kind, val))
    return out


def plan5():
    N = "Samenwerkingsverband Voortgezet Onderwijs Hollandse Delta-Oost"
    b = [("title", "Ondersteuningsplan 2025–2029"),
         ("p", N + " · VO 28-11"),
         ("toc", ["Voorwoord", "1 Visie, missie en ambities", "2 De regio in beeld", "3 Basisondersteuning",
                  "4 Toelaatbaarheid vso, lwoo en pro", "5 Terug- en overplaatsing", "6 Geen jongere buiten beeld",
                  "7 Monitoring en verantwoording", "8 Ouders en leerlingen", "9 Organisatie en governance",
                  "10 Personeel", "11 Privacy", "12 Medezeggenschap", "13 Planning",
                  "Bijlage 5 Meerjarenbegroting en verdeelmodel (afzonderlijk document)", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += vo(f_voorwoord(N, "2025–2029", "ir. M. de Graaf"))
    b += f_leeswijzer("Hoofdstuk 3 beschrijft de basisondersteuning en de ondersteuningsniveaus, hoofdstuk 4 de "
                      "toelaatbaarheid tot vso, lwoo en pro, hoofdstuk 5 terug- en overplaatsing en hoofdstuk 6 hoe wij "
                      "voorkomen dat jongeren thuiszitten. In hoofdstuk 7 leest u welke resultaten wij nastreven en hoe "
                      "wij die volgen, in hoofdstuk 8 hoe ouders en leerlingen informatie en steun vinden. De "
                      "verdeling van de middelen staat in de financiële paragraaf.")
    b += vo(f_visie(N, "Iedere jongere een diploma of startkwalificatie binnen bereik"))
    b += [("h1", "De regio in beeld"),
          ("p", f"{N} (VO 28-11) is een vereniging van negen schoolbesturen met 21 scholen voor voortgezet onderwijs "
                "en voortgezet speciaal onderwijs in de gemeenten Barendrecht-Oost, Ridderkerk-Zuid en Zwijndrecht-Noord. "
                "Op 1 oktober 2024 telde de regio 15.920 leerlingen, van wie 1.030 in het praktijkonderwijs en 410 "
                "in het vso. Het aandeel leerlingen met leerwegondersteuning ligt boven het landelijk gemiddelde."),
          ("p", "De regio kent brede scholengemeenschappen, categorale vmbo-scholen, twee scholen voor "
                "praktijkonderwijs en drie vso-scholen. De besturen blijven zelf verantwoordelijk voor de kwaliteit "
                "van hun onderwijs; het samenwerkingsverband is er om af te spreken wat wij samen beter kunnen dan "
                "alleen. Het aantal leerlingen daalt de komende jaren naar verwachting met ongeveer 6 procent.")]
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is het door de besturen gezamenlijk afgesproken niveau van ondersteuning dat op "
              "iedere vestiging van iedere aangesloten vo-school aanwezig is. Geen school mag daaronder zakken. Het "
              "niveau sluit aan bij het Referentiekader passend onderwijs en omvat vier aspecten: de basiskwaliteit "
              "zoals de Inspectie die beoordeelt, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur van de school en planmatig, handelingsgericht werken."),
        ("p", "Iedere school beschrijft jaarlijks in de schoolgids hoe zij deze basisondersteuning invult. Het "
              "samenwerkingsverband toetst dat eens per twee jaar in een kwaliteitsgesprek aan de hand van een "
              "kwaliteitskaart; een school die op een aspect onder het afgesproken niveau blijft, maakt binnen drie "
              "maanden een verbeterplan dat het samenwerkingsverband volgt."),
        ("h1", "4 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Hoe scholen een aanvraag indienen, welke stukken nodig zijn en wie over de aanvraag beslist, is te "
              "vinden in het digitale loket op de website van het samenwerkingsverband."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan drie voorwaarden is voldaan: (1) de reguliere school "
              "heeft, met een arrangement van het samenwerkingsverband, gedurende ten minste zes maanden "
              "handelingsgericht ondersteuning geboden en geëvalueerd; (2) de leerling heeft een "
              "ondersteuningsbehoefte op het gebied van gedrag, psychiatrie, een verstandelijke beperking of een "
              "langdurige ziekte die een combinatie van onderwijs en zorg in een kleine setting vereist; en (3) de "
              "deskundigen concluderen dat de leerling in het vso een reëel perspectief op vervolgonderwijs, arbeid "
              "of dagbesteding heeft. Voor het vso bepaalt het samenwerkingsverband ook de bekostigingscategorie "
              "(laag, midden of hoog); een TLV geldt ten hoogste twee schooljaren."),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de domeinen inzichtelijk rekenen, "
              "begrijpend lezen, technisch lezen en spellen. Voor leerwegondersteuning hanteert het "
              "samenwerkingsverband eveneens de landelijke criteria: een IQ tussen 75 en 90 met een achterstand van "
              "anderhalf tot drie jaar op ten minste één domein, of een IQ tussen 91 en 120 met een dergelijke "
              "achterstand en sociaal-emotionele problematiek."),
        ("h1", "5 Terug- en overplaatsing"),
        ("p", "Het samenwerkingsverband vindt dat een vso-plaatsing tijdelijk moet zijn waar dat kan. Ons doel is dat "
              "iedere leerling voor wie dat haalbaar is binnen de looptijd van de TLV terug- of overstapt naar het "
              "reguliere voortgezet onderwijs of het mbo. Voorwaarden zijn dat het perspectief uit het OPP dat "
              "toelaat, dat er een ontvangende school is en dat ouders en leerling instemmen. Een leerling die "
              "terugkeert, krijgt een overstaparrangement van ten hoogste één schooljaar: een vaste coach vanuit het "
              "vso die wekelijks op de nieuwe school komt en een budget voor aanpassingen op de ontvangende school."),
        ("p", "De vso-school evalueert het OPP twee keer per jaar. In het laatste jaar van de TLV neemt de vso-school "
              "vóór 1 december het initiatief tot een terugplaatsingsgesprek met leerling, ouders, de "
              "ondersteuningscoördinator van een mogelijke ontvangende school en de consulent van het "
              "samenwerkingsverband. De vso-school besluit vóór 1 maart, met instemming van ouders, of de leerling "
              "terugkeert of een verlenging aanvraagt. Bij terugkeer volgt een overdracht vóór 1 juni; de consulent "
              "evalueert het overstaparrangement na zes weken en na een half jaar. In het schooljaar 2023–2024 keerden "
              "14 leerlingen vanuit het vso terug naar het regulier onderwijs."),
        ("h1", "6 Geen jongere buiten beeld"),
        ("p", "Iedere jongere hoort op school. Scholen melden een leerling die vier weken of langer zonder passend "
              "onderwijs thuiszit of dreigt uit te vallen bij het samenwerkingsverband. De Doorbraaktafel – met "
              "leerplicht, het jeugdteam van de gemeente, de betrokken school en de consulent van het "
              "samenwerkingsverband – bespreekt iedere melding binnen tien schooldagen en maakt een plan met een "
              "regisseur. Blijft een oplossing uit, dan kan de directeur van het samenwerkingsverband een school "
              "vragen een leerling tijdelijk te plaatsen; de zorgplicht blijft daarbij bij de school van aanmelding. "
              "Iedere zes maanden analyseren wij de meldingen om te zien waar het aanbod tekortschiet en leggen "
              "wij de uitkomst voor aan de besturen en de gemeenten. Op 1 oktober 2024 stonden 23 thuiszitters "
              "geregistreerd, van wie 11 langer dan drie maanden."),
        ("h1", "7 Monitoring en verantwoording"),
        ("p", "Wij werken bewust niet met vooraf vastgelegde streefcijfers; passend onderwijs laat zich naar onze "
              "overtuiging slecht in getallen vangen."),
        ("p", "Wel volgen wij nauwgezet wat er gebeurt. De Monitor Passend VO wordt twee keer per jaar gevuld met "
              "gegevens van DUO, de scholen en het eigen registratiesysteem: aantallen TLV's en arrangementen, "
              "thuiszitters, terugplaatsingen, uitstroom naar mbo en arbeid en het oordeel van leerlingen en ouders "
              "over de geboden ondersteuning. De directeur-bestuurder bespreekt de monitor in mei en november met de "
              "besturen in een bestuurlijke dialoog en met de ondersteuningsplanraad. De bereikte resultaten staan in "
              "het jaarverslag, dat voor 1 juli wordt vastgesteld."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen worden over het ondersteuningsaanbod geïnformeerd via de website van het "
              "samenwerkingsverband, een jaarlijkse informatiemarkt in oktober, de ouderfolder die iedere school "
              "bij de aanmelding in het eerste leerjaar meegeeft en de schoolgids. Ondersteuningscoördinatoren "
              "bespreken het OPP met ouders en leerling; leerlingen hebben hoorrecht."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Drechtsteden, dat gratis advies geeft, meegaat naar gesprekken en helpt bij een meningsverschil. "
              "Ook kunnen zij een onderwijsconsulent inschakelen. Geschillen over toelating, verwijdering en het "
              "OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        ("h2", "Leerlingen aan het woord"),
        ("p", "Sinds 2023 heeft het samenwerkingsverband een leerlingenpanel van twaalf jongeren uit vmbo, havo, "
              "vwo, praktijkonderwijs en vso. Het panel komt vier keer per jaar bijeen en geeft gevraagd en "
              "ongevraagd advies, bijvoorbeeld over de manier waarop een ondersteuningsgesprek wordt gevoerd. De "
              "jongeren hebben ook meegelezen met de leerlingversie van dit plan en gaven aan dat die korter en "
              "concreter moest. Dat advies hebben wij overgenomen."),
        ("h1", "Financiële paragraaf"),
        ("p", "Voor de verdeling van de middelen en de meerjarenbegroting verwijzen wij naar bijlage 5. De middelen "
              "komen ten goede aan de leerlingen."),
    ]
    b += vo(f_governance(N, "raad van toezicht"))
    b += vo(f_personeel())
    b += vo(f_huisvesting_vervoer())
    b += vo(f_ict())
    b += vo(f_terugblik())
    b += f_overstap_vombo()
    b += vo(f_ontwikkelagenda())
    b += vo(f_inspectie())
    b += vo(f_opr(16, "13 maart 2025"))
    b += vo(f_planning("2025–2026 tot en met 2028–2029", "30 januari 2025", "13 maart 2025", "3 april 2025"))
    b += f_begrippen([("Verdeelmodel", "De regels waarmee het samenwerkingsverband de ondersteuningsmiddelen over de besturen verdeelt."),
                      ("Meerjarenbegroting", "Begroting voor vier jaar die bij het ondersteuningsplan hoort."),
                      ("Ondersteuningsniveaus", "Basis, extra en specialistische ondersteuning."),
                      ("LWOO", "Leerwegondersteunend onderwijs."), ("PrO", "Praktijkonderwijs."),
                      ("OPDC", "Orthopedagogisch-didactisch centrum.")])
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.inhoud": False, "plaatsing.procedure": False,
                 "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.continuum": False, "resultaten.doelen": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.3: agreed level at every vestiging (niveau) + kwaliteitskaart/verbeterplan (borging); content only the generic four Referentiekader aspects and 'zie schoolgids'.",
        "plaatsing": "Ch.4: vso criteria (3 conditions), pro/lwoo criteria, category/duration; procedure only referred to the digital loket on the website.",
        "terugstroom": "Ch.5: policy (tijdelijk, conditions, overstaparrangement) + procedure (evaluations, 1 dec initiative, 1 maart decision, overdracht); 14 returns reported.",
        "financien": "Nothing in body: 'Financiële paragraaf' only refers to bijlage 5 (separate document, absent); verdeelmodel/meerjarenbegroting only in TOC and begrippenlijst.",
        "dekkend-aanbod": "Ch.6 'Geen jongere buiten beeld': thuiszitters, Doorbraaktafel, zorgplicht, half-yearly gap analysis; no continuum of provisions (only school types in the regio section; ondersteuningsniveaus only in leeswijzer/begrippenlijst).",
        "resultaten": "Ch.7: explicitly no intended results/targets; monitoring (Monitor Passend VO, twice a year, dialogue, jaarverslag) present.",
        "ouders": "Ch.8: website, informatiemarkt, ouderfolder, schoolgids + OJSP Drechtsteden, onderwijsconsulent, geschillencommissie.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Near miss: school-level ondersteuningsplan of one basisschool (HTML)
# ---------------------------------------------------------------------------

def nearmiss():
    S = "Openbare Basisschool De Vlonder"
    return [
        ("title", f"Ondersteuningsplan schooljaar 2025-2026 – {S}"),
        ("p", "Onderdeel van Stichting Openbaar Onderwijs Waterland · aangesloten bij het samenwerkingsverband passend onderwijs PO in onze regio"),
        ("h1", "1. Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijven wij hoe de ondersteuning voor leerlingen op De Vlonder is "
              "georganiseerd. Het plan is bedoeld voor het team, voor de medezeggenschapsraad en voor ouders. Het "
              "wordt ieder schooljaar geactualiseerd door de intern begeleider en de directeur en vastgesteld in de "
              "teamvergadering van september. Het plan hoort bij ons schoolondersteuningsprofiel en bij de schoolgids."),
        ("p", "De Vlonder is een school met 214 leerlingen in negen groepen. Wij werken handelingsgericht en "
              "vinden het belangrijk dat ieder kind zich gezien voelt. De school is aangesloten bij het "
              "samenwerkingsverband, dat het ondersteuningsplan voor de hele regio opstelt; dit document gaat "
              "uitsluitend over onze eigen school."),
        ("h1", "2. Basisondersteuning op De Vlonder"),
        ("p", "Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. Concreet bieden wij: "
              "het dyslexieprotocol, een plusgroep op vrijdagochtend, de Kanjertraining in alle groepen, een "
              "leesspecialist en een rekencoördinator, en een prikkelarme werkplek in iedere unit."),
        ("h1", "3. Zorgniveaus en de ondersteuningscyclus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep voor alle kinderen. Niveau 2 "
              "is extra instructie en begeleiding in de groep door de leerkracht. Niveau 3 is specifieke "
              "ondersteuning na overleg met de intern begeleider, bijvoorbeeld een verlengde instructie buiten de "
              "groep. Niveau 4 is ondersteuning met hulp van externe deskundigen, zoals de orthopedagoog of het "
              "jeugdteam. Niveau 5 is een arrangement van het samenwerkingsverband of een verwijzing naar het "
              "speciaal (basis)onderwijs."),
        ("p", "Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider groepsbesprekingen met "
              "iedere leerkracht. Daarin bespreken wij de resultaten van de toetsen, het welbevinden en de "
              "groepsplannen. Leerlingen die opvallen worden besproken in een leerlingbespreking. Na de "
              "groepsbespreking worden de groepsoverzichten bijgewerkt."),
        ("h1", "4. Arrangementen en toelaatbaarheid"),
        ("p", "Als een leerling meer nodig heeft dan wij met niveau 1 tot en met 4 kunnen bieden, vragen wij bij "
              "het samenwerkingsverband een arrangement aan. De intern begeleider stelt daarvoor een groeidocument op "
              "samen met ouders. Is een plaatsing in het speciaal basisonderwijs of speciaal onderwijs nodig, dan "
              "vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het "
              "samenwerkingsverband beslist daarover; de procedure staat op de website van het samenwerkingsverband."),
        ("p", "In het schooljaar 2024-2025 hadden wij zes leerlingen met een arrangement en is één leerling met een "
              "TLV naar het sbo gegaan. Eén leerling is vanuit het sbo teruggekomen naar De Vlonder."),
        ("h1", "5. Ouders"),
        ("p", "Ouders worden altijd betrokken bij de ondersteuning van hun kind. De leerkracht informeert ouders na "
              "iedere groepsbespreking als er iets verandert in de aanpak. Ouders van kinderen met een OPP worden twee "
              "keer per jaar uitgenodigd voor een bespreking. Heeft u een klacht, dan kunt u terecht bij de "
              "vertrouwenspersoon van de school; de klachtenregeling staat in de schoolgids."),
        ("h1", "6. Middelen"),
        ("p", "De school ontvangt van het bestuur een deel van de middelen van het samenwerkingsverband. Wij "
              "besteden die aan de inzet van een onderwijsassistent (16 uur per week) en aan de uren van de intern "
              "begeleider boven de basisformatie."),
        ("h1", "7. Professionalisering van het team"),
        ("p", "Dit schooljaar volgt het team een scholing over executieve functies. Twee leerkrachten volgen de "
              "opleiding tot gedragsspecialist. De intern begeleider neemt deel aan het netwerk van het "
              "samenwerkingsverband."),
        ("h1", "8. Evaluatie"),
        ("p", "Dit ondersteuningsplan wordt in juni 2026 geëvalueerd in het team. De resultaten van de evaluatie "
              "worden opgenomen in het jaarverslag van de school."),
    ]


# ---------------------------------------------------------------------------

def words(blocks):
    n = 0
    for _, v in blocks:
        if isinstance(v, str):
            n += len(v.split())
        elif isinstance(v, list):
            for x in v:
                n += len((" ".join(x) if isinstance(x, list) else x).split())
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    b, c, a, n = plan1()
    write_docx(b, OUT / "po-maas-en-waalkant-2025.docx",
               header="Ondersteuningsplan 2025–2029 · Samen met ouders, voor elk kind", footer="SWV PPO Maas en Waalkant")
    write_label("po-maas-en-waalkant-2025", ["po-maas-en-waalkant-2025.docx"], "po", c, a, n)
    print("plan1 words", words(b))

    b, c, a, n = plan2()
    docx_to_pdf(b, OUT / "po-de-brug-zuidoost-2025.pdf", header="SWV PO De Brug Zuidoost – Ondersteuningsplan")
    write_label("po-de-brug-zuidoost-2025", ["po-de-brug-zuidoost-2025.pdf"], "po", c, a, n)
    print("plan2 words", words(b))

    b, c, a, n = plan3()
    write_md(b, OUT / "po-kop-van-het-veen-2025.md")
    write_label("po-kop-van-het-veen-2025", ["po-kop-van-het-veen-2025.md"], "po", c, a, n)
    print("plan3 words", words(b))

    b, c, a, n = plan4()
    write_docx(b, OUT / "po-zuiderzeekust-2025.docx",
               header="SWV Zuiderzeekust PO · basisondersteuning · dekkend aanbod · resultaten", footer="Concept voor OPR")
    write_label("po-zuiderzeekust-2025", ["po-zuiderzeekust-2025.docx"], "po", c, a, n)
    print("plan4 words", words(b))

    b, c, a, n = plan5()
    docx_to_pdf(b, OUT / "vo-hollandse-delta-oost-2025.pdf", header="Ondersteuningsplan VO 28-11 · financiën zie bijlage 5")
    write_label("vo-hollandse-delta-oost-2025", ["vo-hollandse-delta-oost-2025.pdf"], "vo", c, a, n)
    print("plan5 words", words(b))

    b = nearmiss()
    write_html(b, OUT / "school-ondersteuningsplan-de-vlonder.html", "Ondersteuningsplan De Vlonder 2025-2026")
    write_label("school-ondersteuningsplan-de-vlonder", ["school-ondersteuningsplan-de-vlonder.html"], "po",
                notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB); "
                                   "not an SWV plan: no planperiode, OPR, OOGO, verdeling or TLV decisions of its own."},
                plan=False)
    print("nearmiss words", words(b))


if __name__ == "__main__":
    main()
