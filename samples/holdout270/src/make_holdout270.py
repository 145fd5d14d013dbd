#!/usr/bin/env python3
"""Generate the holdout270 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO) plus one near-miss document, with hand-written labels kept separately in
<name>.expected.yaml files next to the documents.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx; PDFs are rendered from .docx with `soffice --headless --convert-to pdf`.
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block helpers.  A document is a list of blocks: ("title", str), ("h1", str), ("h2", str),
# ("p", str), ("ul", [str]), ("table", [[str]]), ("toc", None), ("pagebreak", None)
# ---------------------------------------------------------------------------------------------

def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


TOC = ("toc", None)
BREAK = ("pagebreak", None)


def toc_entries(blocks):
    out, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            out.append(f"{n1}. {val}")
        elif kind == "h2":
            n2 += 1
            out.append(f"    {n1}.{n2} {val}")
    return out


def numbered(blocks):
    """Prefix h1/h2 headings with chapter numbers (as real plans do)."""
    res, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            res.append((kind, f"{n1}. {val}"))
        elif kind == "h2":
            n2 += 1
            res.append((kind, f"{n1}.{n2} {val}"))
        else:
            res.append((kind, val))
    return res


def write_docx(blocks, path, header_text, title_lines):
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Bureau samenwerkingsverband"
    cp.title = title_lines[0]
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split(" – ")[0] + " – versie voor instemming OPR"
    # title page
    for i, line in enumerate(title_lines):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(22 if i == 0 else 13)
    doc.add_page_break()
    body = [b for b in blocks]
    for kind, val in body:
        if kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in toc_entries(blocks):
                doc.add_paragraph(e)
            doc.add_page_break()
    nb = numbered([b for b in blocks if b[0] != "toc"])
    for kind, val in nb:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_md(blocks, path, title_lines):
    lines = [f"# {title_lines[0]}", ""]
    for t in title_lines[1:]:
        lines += [f"*{t}*", ""]
    nb = numbered([b for b in blocks if b[0] != "toc"])
    for kind, val in blocks:
        if kind == "toc":
            lines += ["## Inhoud", ""]
            for e in toc_entries(blocks):
                ind = "  " if e.startswith("    ") else ""
                lines.append(f"{ind}- {e.strip()}")
            lines.append("")
    for kind, val in nb:
        if kind == "h1":
            lines += [f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "ul":
            lines += [f"- {it}" for it in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(blocks, path, title_lines):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title_lines[0])}</title>", "</head>", "<body>",
           f"<header><p>{e(title_lines[0])}</p></header>", f"<h1>{e(title_lines[0])}</h1>"]
    for t in title_lines[1:]:
        out.append(f"<p class=\"sub\">{e(t)}</p>")
    nb = numbered([b for b in blocks if b[0] != "toc"])
    for kind, val in blocks:
        if kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ul>")
            for en in toc_entries(blocks):
                out.append(f"<li>{e(en.strip())}</li>")
            out.append("</ul></nav>")
    for kind, val in nb:
        if kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["<footer><p>OBS De Wilgenhoek – schooljaar 2025-2026</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, title_lines):
    tmp = Path(tempfile.mkdtemp(prefix="holdout270_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, title_lines)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------------------------
# Generic filler that real plans carry.  Written so that it does NOT address any core or
# advisory criterion of the seven elements: it only mentions their words in passing.
# ---------------------------------------------------------------------------------------------

def f_voorwoord(s):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {s['period']} van {s['name']} ({s['code']}). Het is het
        derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste plan dat
        volledig is geschreven na de landelijke Verbeteraanpak passend onderwijs. In de afgelopen periode hebben
        wij met schoolbesturen, directeuren, intern begeleiders, ondersteuningscoördinatoren, gemeenten en
        ketenpartners veel gesprekken gevoerd over de vraag wat passend onderwijs in onze regio betekent en wat er
        beter kan. Die gesprekken waren niet altijd eenvoudig, maar wel steeds open en gericht op het kind."""),
        P(f"""Dit plan is het resultaat van een zorgvuldig proces. In werkateliers met {s['schooltype']} hebben
        we de onderwerpen verkend die in dit plan terugkomen. Leraren, intern begeleiders en ketenpartners
        gaven ons in gesprekken hun ervaringen mee. Niet alles wat we hoorden, hebben we in dit plan een plek kunnen geven;
        sommige wensen vragen meer tijd, andere liggen buiten ons bereik. Wel hopen we dat iedereen die bij het
        samenwerkingsverband betrokken is, zich in dit plan herkent."""),
        P(f"""Een ondersteuningsplan is geen eindpunt. De wereld om ons heen verandert snel: het lerarentekort,
        de krapte op de arbeidsmarkt voor jeugdhulp, de nieuwe wetgeving rond de positie van ouders en leerlingen
        en de landelijke discussie over een norm voor basisondersteuning zullen ook de komende jaren hun weerslag
        hebben op ons werk. We zien dit plan daarom als een kompas: het geeft richting, maar laat ruimte om onderweg
        bij te sturen."""),
        P(f"""Ik dank iedereen die aan de totstandkoming van dit plan heeft bijgedragen, in het bijzonder de
        leden van de ondersteuningsplanraad, de werkgroep ondersteuningsplan en de beleidsmedewerkers van de
        gemeenten {', '.join(s['gemeenten'][:-1])} en {s['gemeenten'][-1]}."""),
        P(f"""{s['director']}, directeur-bestuurder"""),
    ]


def f_leeswijzer(s):
    return [
        H2("Leeswijzer"),
        P(f"""Dit plan begint met een schets van de regio en van de uitgangspunten die wij als
        samenwerkingsverband hanteren. Daarna volgen de hoofdstukken over de ondersteuning op en rond de scholen,
        over toelaatbaarheid, over middelen, over kwaliteit en resultaten en over de communicatie met ouders en
        partners. Het plan sluit af met de organisatie, de planning en een begrippenlijst. Wie snel wil weten
        wat er voor een individuele leerling geregeld is, kan het beste beginnen bij het hoofdstuk over de
        ondersteuningsroute. Wettelijke verwijzingen staan tussen haakjes; waar wij spreken over 'scholen'
        bedoelen wij alle vestigingen van de aangesloten schoolbesturen."""),
    ]


def f_wettelijk(s):
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs" if s["sector"] == "po" else \
        "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    spec = "sbo en so" if s["sector"] == "po" else "vso, en voor lwoo en pro"
    return [
        H2("Wettelijk kader"),
        P(f"""Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De
        inhoud is voorgeschreven in {art}. Het plan moet onder meer beschrijven hoe een samenhangend geheel van
        ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; welke procedure en
        criteria gelden voor de verdeling en besteding van middelen; hoe de toelaatbaarheid tot {spec} is
        geregeld; hoe terugplaatsing of overplaatsing verloopt; welke resultaten worden beoogd; en hoe ouders
        worden geïnformeerd, ook over onafhankelijke ondersteuning. Deze opsomming is bedoeld als kapstok voor
        de lezer; de uitwerking staat in de betreffende hoofdstukken."""),
        P("""Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht
        overleg (OOGO) met de gemeenten en overleg met het samenwerkingsverband in de andere sector. De
        ondersteuningsplanraad (OPR) moet instemmen. Het vastgestelde plan wordt vóór 1 mei aan de Inspectie
        van het Onderwijs gezonden."""),
    ]


def f_regio(s):
    g = s["gemeenten"]
    rows = [["Gemeente", "Inwoners (afgerond)", "Aantal scholen", "Aantal leerlingen 1-10-2024"]]
    for i, gm in enumerate(g):
        rows.append([gm, s["inwoners"][i], s["scholen_per_gem"][i], s["ll_per_gem"][i]])
    return [
        H1("Onze regio"),
        P(f"""Het werkgebied van {s['short']} omvat de gemeenten {', '.join(g[:-1])} en {g[-1]}. Het is een
        gevarieerd gebied met een middelgrote kern, enkele groeiende dorpen en een uitgestrekt buitengebied.
        In het samenwerkingsverband werken {s['besturen']} schoolbesturen samen met in totaal {s['n_scholen']}
        scholen op {s['n_vestigingen']} vestigingen. Op de teldatum van 1 oktober 2024 telde het verband
        {s['n_leerlingen']} leerlingen."""),
        TABLE(*rows),
        P("""De prognoses laten een licht dalend leerlingaantal zien in het buitengebied en een stijging in de
        nieuwbouwwijken van de centrumgemeente. Schoolbesturen houden daar in hun huisvestingsplannen rekening
        mee. Het aandeel leerlingen met een migratieachtergrond neemt toe, evenals het aantal gezinnen dat in
        armoede leeft. De regio kent relatief veel kleine scholen; twaalf vestigingen hebben minder dan honderd
        leerlingen. Dat vraagt om slimme samenwerking tussen scholen, bijvoorbeeld bij het delen van expertise."""),
        P("""Het samenwerkingsverband grenst aan drie andere samenwerkingsverbanden. Leerlingen wonen soms in
        de ene regio en gaan naar school in de andere. Met de buurverbanden is afgesproken dat het verband van de
        school van inschrijving verantwoordelijk is; bij twijfel overleggen de directeuren rechtstreeks."""),
    ]


def f_visie(s):
    return [
        H1("Visie, missie en kernwaarden"),
        H2("Visie"),
        P(f"""Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het nodig
        heeft. Dat onderwijs vindt bij voorkeur plaats dichtbij huis, samen met leeftijdsgenoten uit de buurt.
        Verschillen tussen kinderen zien wij niet als probleem maar als gegeven. Scholen, ouders, jeugdhulp en
        gemeenten hebben elk een eigen verantwoordelijkheid, maar kunnen alleen samen zorgen dat geen kind tussen
        wal en schip valt. Het samenwerkingsverband is daarbij verbinder, aanjager en, waar nodig, de partij die
        knopen doorhakt."""),
        H2("Missie"),
        P(f"""{s['short']} zorgt er samen met de aangesloten schoolbesturen voor dat alle leerlingen in de regio
        een zo passend mogelijke onderwijsplek krijgen en zich ononderbroken kunnen ontwikkelen. Wij doen dat door
        expertise te bundelen, middelen doelmatig in te zetten en te leren van wat werkt."""),
        H2("Kernwaarden"),
        UL("Het kind centraal: beslissingen nemen we vanuit het belang van de leerling, niet vanuit systemen.",
           "Vertrouwen: we gaan uit van de professionaliteit van scholen en leraren.",
           "Samen: we zoeken de verbinding met ouders, jeugdhulp en gemeenten.",
           "Transparant: we zijn open over keuzes, ook als die pijn doen.",
           "Lerend: we durven te experimenteren en nemen de tijd om te reflecteren."),
        P("""Deze kernwaarden zijn in 2024 opnieuw geformuleerd tijdens een studiedag met alle directeuren.
        Ze vormen de toetssteen voor nieuw beleid en worden in de jaarplannen vertaald naar concrete
        activiteiten van het bureau."""),
    ]


def f_terugblik(s):
    return [
        H2("Terugblik op de vorige planperiode"),
        P(f"""De afgelopen planperiode stond in het teken van consolidatie. Het bureau verhuisde naar een
        nieuwe locatie, de governance werd aangepast aan de Code Goed Bestuur en de samenwerking met de gemeenten
        kreeg een vastere vorm in een gezamenlijke regiegroep. Door de coronaperiode liepen enkele voorgenomen
        trajecten vertraging op. De evaluatie die in 2024 door een extern bureau werd uitgevoerd, richtte zich op
        de organisatie en de samenwerking en leverde vooral aanbevelingen op over taakverdeling, overlegstructuren
        en de rol van het bureau; die aanbevelingen zijn in dit plan verwerkt."""),
    ]


def f_governance(s):
    return [
        H1("Organisatie en bestuur"),
        H2("Rechtsvorm en governance"),
        P(f"""{s['short']} is een stichting. De aangesloten schoolbesturen vormen samen de Algemene
        Vergadering, die onder meer de begroting en het jaarverslag goedkeurt en de leden van de Raad van
        Toezicht benoemt. De dagelijkse leiding berust bij de directeur-bestuurder, die bestuurder is in de zin
        van de statuten. De Raad van Toezicht bestaat uit vijf leden, van wie drie onafhankelijk; de raad houdt
        toezicht op het beleid en de algemene gang van zaken en staat de directeur-bestuurder met raad terzijde."""),
        P("""De scheiding tussen bestuur en toezicht is in 2023 ingevoerd. De statuten bevatten een
        geschillenregeling voor geschillen tussen de aangesloten besturen onderling of tussen een bestuur en het
        samenwerkingsverband. Een reglement Raad van Toezicht en een bestuursreglement regelen de taken en
        bevoegdheden. De Raad van Toezicht heeft een auditcommissie en een remuneratiecommissie."""),
        H2("Bureau en personeel"),
        P(f"""Het bureau van het samenwerkingsverband telt {s['fte']} fte, verdeeld over de directeur-bestuurder,
        een beleidsmedewerker, een controller, twee secretariële medewerkers en een team van orthopedagogen en
        consulenten. Het personeel is in dienst van de stichting of wordt gedetacheerd vanuit een van de
        aangesloten besturen. Het samenwerkingsverband volgt de cao van de sector. Jaarlijks voert de
        directeur-bestuurder met alle medewerkers een gesprekscyclus; scholing is onderdeel van het
        persoonlijk ontwikkelplan."""),
        P("""Het lerarentekort raakt ook het samenwerkingsverband. Ambulant begeleiders en specialisten worden
        steeds vaker gevraagd voor de klas te staan. Het bureau heeft daarom een flexibele pool ingericht, zodat
        vervanging bij ziekte sneller geregeld kan worden. Ook onderzoeken we samen met de pabo en de
        lerarenopleidingen hoe stagiaires kunnen worden ingezet bij het werk van het samenwerkingsverband."""),
    ]


def f_opr(s):
    return [
        H2("Medezeggenschap: de ondersteuningsplanraad"),
        P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van {s['opr_leden']} leden,
        afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op
        het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar, waarvan twee keer
        met de directeur-bestuurder en een keer per jaar met de Raad van Toezicht. Leden ontvangen een
        vacatiegeld en kunnen scholing volgen via het landelijke steunpunt medezeggenschap. Het reglement van de
        OPR is in 2024 geactualiseerd."""),
        P(f"""De OPR is in een vroeg stadium bij dit plan betrokken. In drie themabijeenkomsten is gesproken over
        de hoofdlijnen; het concept is op {s['opr_datum']} ter instemming voorgelegd. De raad heeft daarbij een
        aantal vragen en aandachtspunten meegegeven die in de definitieve tekst zijn verwerkt."""),
        P("""Naast de OPR heeft het samenwerkingsverband ook een eigen medezeggenschapsraad voor het personeel
        van het bureau. Deze raad heeft de gebruikelijke bevoegdheden op het gebied van personeelsbeleid,
        arbeidsomstandigheden en organisatiewijzigingen."""),
    ]


def f_oogo_rich(s):
    g = s["gemeenten"]
    return [
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P(f"""Onderwijs en jeugdhulp raken elkaar dagelijks. Met de gemeenten {', '.join(g)} voeren wij
        twee keer per jaar op overeenstemming gericht overleg (OOGO) op bestuurlijk niveau, voorbereid door
        een ambtelijke werkgroep. In het OOGO over dit plan, op {s['oogo_datum']}, zijn afspraken gemaakt over
        vier thema's: de aansluiting tussen de ondersteuning op school en de jeugdhulp van de lokale teams, de
        aanpak van verzuim, het leerlingenvervoer en de onderwijshuisvesting van speciale voorzieningen."""),
        P("""Op elke school is een vaste contactpersoon van het lokale team of wijkteam beschikbaar, die
        aanschuift bij het ondersteuningsteam van de school. Voor kinderen die zowel onderwijs als zorg nodig
        hebben, worden onderwijs-zorgarrangementen gemaakt waarin school, jeugdhulpaanbieder en gemeente de
        inzet en financiering gezamenlijk vastleggen. De gemeenten en het samenwerkingsverband hebben een
        gezamenlijke regiegroep die knelpunten signaleert en zo nodig opschaalt naar de wethouders."""),
        P("""Het OOGO kent een geschillenregeling. Lukt het niet om overeenstemming te bereiken, dan kan elk van
        de partijen een onafhankelijke voorzitter vragen om te bemiddelen. Van deze regeling is in de afgelopen
        planperiode geen gebruik gemaakt."""),
    ]


def f_oogo_proc(s):
    g = s["gemeenten"]
    return [
        H2("Overleg en vaststelling"),
        P(f"""Het concept van dit plan is op {s['oogo_datum']} besproken in het op overeenstemming gericht
        overleg met de colleges van burgemeester en wethouders van {', '.join(g[:-1])} en {g[-1]}. Het verslag
        van dat overleg ligt ter inzage op het bureau. Ook is het concept besproken met het samenwerkingsverband
        in de andere sector. De OPR heeft op {s['opr_datum']} ingestemd. Het bestuur heeft het plan daarna
        vastgesteld en het vóór 1 mei aan de Inspectie van het Onderwijs gezonden."""),
    ]


def f_prof(s):
    return [
        H2("Professionalisering en kennisdeling"),
        P("""Kennis delen is een van de sterkste instrumenten die een samenwerkingsverband heeft. We
        organiseren jaarlijks een regionale studiedag voor alle medewerkers van de scholen, met workshops door
        eigen mensen en externe sprekers. Daarnaast zijn er netwerken voor intern begeleiders,
        ondersteuningscoördinatoren, gedragsspecialisten en taalcoördinatoren. De netwerken komen vier keer per
        jaar bijeen en kiezen zelf hun thema's."""),
        P("""Scholen kunnen een beroep doen op een scholingsaanbod van het samenwerkingsverband, bijvoorbeeld
        over het werken met een ontwikkelingsperspectief, over executieve functies of over het gesprek met
        ouders. Het aanbod wordt jaarlijks aangepast aan de vragen uit de scholen. Deelname is kosteloos voor
        aangesloten scholen; scholen van buiten het verband betalen een bijdrage."""),
    ]


def f_ict(s):
    return [
        H2("ICT, privacy en gegevensverwerking"),
        P("""Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van
        leerlinggegevens, zoals groeidocumenten en ontwikkelingsperspectiefplannen. Medewerkers hebben alleen
        toegang tot de dossiers die zij voor hun taak nodig hebben. Het samenwerkingsverband heeft een
        functionaris gegevensbescherming, gedeeld met twee andere verbanden, en een verwerkingsregister."""),
        P("""Gegevens over de gezondheid van leerlingen verwerken wij alleen voor zover dat nodig is voor de
        wettelijke taken. Dossiers worden tot drie jaar na het laatste besluit bewaard en daarna vernietigd. In
        2025 wordt de overstap gemaakt naar een nieuw registratiesysteem; de migratie van gegevens wordt
        begeleid door een externe partij en vooraf getoetst in een gegevensbeschermingseffectbeoordeling."""),
    ]


def f_planning(s):
    return [
        H1("Planning en vaststelling"),
        P(f"""Dit plan beslaat de schooljaren {s['period']}, van 1 augustus 2025 tot en met 31 juli 2029. Het
        plan wordt elk jaar uitgewerkt in een jaarplan met bijbehorende jaarbegroting. Mocht de wetgeving
        tussentijds veranderen, bijvoorbeeld door de invoering van een landelijke norm voor basisondersteuning,
        dan passen we het plan aan via een wijziging waarop de OPR opnieuw instemmingsrecht heeft."""),
        TABLE(["Stap", "Datum"],
              ["Concept besproken met directeuren", "januari 2025"],
              ["OOGO met gemeenten", s["oogo_datum"]],
              ["Overleg samenwerkingsverband andere sector", "februari 2025"],
              ["Instemming OPR", s["opr_datum"]],
              ["Vaststelling door bestuur", s["vast_datum"]],
              ["Toezending aan Inspectie", "vóór 1 mei 2025"]),
    ]


def f_begrippen(s):
    spec = "het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so)" if s["sector"] == "po" \
        else "het voortgezet speciaal onderwijs (vso)"
    return [
        H1("Begrippenlijst"),
        UL("Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep leerlingen.",
           "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen binnen het "
           "samenwerkingsverband bieden.",
           "Dekkend aanbod: het geheel van voorzieningen waarmee iedere leerling een passende plek kan krijgen.",
           "Extra ondersteuning: ondersteuning die de basisondersteuning overstijgt.",
           "Meerjarenbegroting: de begroting van het samenwerkingsverband voor meerdere jaren.",
           "Onafhankelijke ondersteuning voor ouders: hulp bij vragen of onenigheid, buiten school en "
           "samenwerkingsverband om, bijvoorbeeld door Onderwijsconsulenten of een ouder- en jeugdsteunpunt.",
           "OPP: ontwikkelingsperspectiefplan.",
           f"Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling "
           f"toelaatbaar is tot {spec}.",
           "Terugplaatsing: de overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs.",
           "Resultaten: de beoogde en bereikte uitkomsten van het beleid.",
           "Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.",
           "Zorgplicht: de plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."),
    ]


def f_afkortingen(s):
    return [
        H2("Afkortingen"),
        TABLE(["Afkorting", "Betekenis"],
              ["AV", "Algemene Vergadering"],
              ["CvT", "Commissie van Toelaatbaarheid"],
              ["HGW", "handelingsgericht werken"],
              ["IB'er", "intern begeleider"],
              ["OJSP", "ouder- en jeugdsteunpunt"],
              ["OOGO", "op overeenstemming gericht overleg"],
              ["OPR", "ondersteuningsplanraad"],
              ["SOP", "schoolondersteuningsprofiel"],
              ["TLV", "toelaatbaarheidsverklaring"],
              ["LWOO", "leerwegondersteunend onderwijs"],
              ["PrO", "praktijkonderwijs"],
              ["RvT", "Raad van Toezicht"]),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 1 — PO, .docx — SWV De Lingeoever.  Strong plan; terugstroom only procedural (inside the TLV
# chapter), resultaten without monitoring, ouders hidden in "Communicatie", money in "Geld en middelen".
# ---------------------------------------------------------------------------------------------

S1 = dict(name="Stichting Samenwerkingsverband Passend Primair Onderwijs De Lingeoever", short="De Lingeoever",
          code="PO 29-17", period="2025-2029", sector="po", schooltype="basisscholen, sbo en so",
          gemeenten=["Oosterwaard", "Linge-Zuid", "Hemmerdijk"], inwoners=["61.000", "24.500", "17.800"],
          scholen_per_gem=["21", "10", "7"], ll_per_gem=["6.480", "2.310", "1.590"], besturen=9,
          n_scholen=38, n_vestigingen=41, n_leerlingen="10.380", director="Marjolein ter Horst", fte="14,6",
          opr_leden=12, opr_datum="11 maart 2025", oogo_datum="4 februari 2025", vast_datum="25 maart 2025")


def plan1():
    s = S1
    b = [TOC]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wettelijk(s) + f_regio(s) + f_visie(s) + f_terugblik(s)
    b += [
        H1("Wat elke school biedt: basisondersteuning"),
        P("""De besturen van De Lingeoever hebben in 2024 opnieuw afgesproken welke ondersteuning iedere
        school minimaal moet kunnen bieden. Dit niveau van basisondersteuning geldt voor alle 41 vestigingen,
        ook voor de kleinste dorpsscholen en voor de scholen die niet bij een groot bestuur horen. Het is de
        ondergrens: een school mag meer bieden, maar nooit minder. Het niveau is vastgelegd in het
        Referentiekader Lingeoever 2025 en is hieronder volledig opgenomen."""),
        P("""Elke vestiging van het samenwerkingsverband biedt ten minste het volgende:"""),
        UL("Een intern begeleider met een aanstelling van minimaal 0,4 fte per 200 leerlingen, die de "
           "ondersteuningsstructuur coördineert en aanspreekpunt is voor ouders en leraren.",
           "Handelingsgericht werken: drie keer per jaar een groepsbespreking en twee keer per jaar een "
           "leerlingbespreking, waarin de onderwijsbehoeften van iedere leerling worden vastgesteld.",
           "Een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, "
           "de consulent van het samenwerkingsverband en zo nodig het lokale team.",
           "Een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
           "compenserende hulpmiddelen zoals voorleessoftware.",
           "Een aanbod voor leerlingen die meer aankunnen: verrijkingsmateriaal in de klas en compacten van de "
           "leerstof, met een leerkracht die daarvoor geschoold is.",
           "Een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestprotocol, met een "
           "jaarlijkse meting van de sociale veiligheid.",
           "Een protocol medisch handelen en afspraken over het geven van medicijnen.",
           "Ondersteuning bij taalachterstand, waaronder NT2-materiaal voor nieuwkomers in het eerste jaar.",
           "Een warme overdracht bij de overstap van voorschool naar groep 1 en van groep 8 naar het voortgezet "
           "onderwijs."),
        P("""Iedere school beschrijft in haar schoolgids hoe zij dit niveau invult. Het samenwerkingsverband
        vraagt jaarlijks in oktober aan elke school een kwaliteitskaart in te vullen waarmee de school per
        onderdeel aangeeft of het niveau wordt gehaald. Scholen die op een of meer onderdelen onder het niveau
        zitten, stellen binnen drie maanden samen met hun bestuur een verbeterplan op; de consulent van het
        samenwerkingsverband volgt de uitvoering. Wat een school daarnaast biedt, heet extra ondersteuning. Een
        leerling heeft extra ondersteuning nodig wanneer de school na twee volledige cycli handelingsgericht
        werken vaststelt dat de basisondersteuning niet voldoende is."""),
        H1("Van basis naar specialistisch: het ondersteuningsaanbod"),
        P("""Het aanbod in onze regio is opgebouwd als een doorlopende reeks. Iedere stap veronderstelt dat de
        vorige is gezet, maar een leerling kan ook direct op een hogere stap instromen wanneer dat nodig is."""),
        TABLE(["Niveau", "Wat", "Waar", "Wie beslist"],
              ["1. Basisondersteuning", "Zie hoofdstuk 4", "Elke vestiging", "School"],
              ["2. Extra ondersteuning op school", "Arrangement van 3 tot 12 maanden, bijv. extra begeleiding "
               "door een gedragsspecialist of ambulante begeleiding", "Eigen school", "School met consulent SWV"],
              ["3. Bovenschoolse voorziening", "Observatiegroep (max. 12 weken), plusklas één dag per week, "
               "taalklas voor nieuwkomers", "Drie locaties in Oosterwaard en Linge-Zuid", "Loket SWV"],
              ["4. Speciaal basisonderwijs", "Twee sbo-scholen: De Wissel en Het Baken", "Oosterwaard, Hemmerdijk",
               "Commissie van Toelaatbaarheid"],
              ["5. Speciaal onderwijs", "SO De Regenboog (cluster 3) en SO Lingewijs (cluster 4)", "Oosterwaard",
               "Commissie van Toelaatbaarheid"]),
        P("""Een school die voor een leerling extra ondersteuning wil inzetten, bespreekt de leerling in het
        ondersteuningsteam. De consulent van het samenwerkingsverband denkt mee en kan binnen tien werkdagen een
        arrangement toekennen. Voor de bovenschoolse voorzieningen meldt de school de leerling aan bij het loket
        van het samenwerkingsverband."""),
        H2("Witte vlekken en thuiszitters"),
        P("""Een dekkend aanbod ontstaat niet vanzelf. Elk voorjaar brengt het bureau in kaart voor welke
        leerlingen geen passende plek beschikbaar was: leerlingen op een wachtlijst, leerlingen met een
        vrijstelling van de leerplicht, leerlingen die langer dan vier weken thuiszitten en leerlingen die
        buiten de regio naar school moeten. Deze 'witte vlekken'-analyse wordt besproken met de directeuren en
        in het OOGO. Voor ieder knelpunt wordt een eigenaar en een termijn afgesproken."""),
        P("""Uit de analyse van 2024 bleek dat er voor jonge kinderen met een ernstig meervoudige beperking
        geen plek in de regio was; zij reisden dagelijks meer dan een uur. Daarom start in augustus 2026 een
        onderwijs-zorggroep op SO De Regenboog voor acht kinderen, samen met een zorgaanbieder. Daarnaast komt er
        een tweede observatiegroep omdat de wachttijd voor de eerste opliep tot zeven weken."""),
        P("""Voor thuiszitters is er een thuiszitterstafel met leerplicht, het lokale team en het
        samenwerkingsverband. Elke melding van een leerling die langer dan vier weken niet naar school gaat,
        wordt binnen twee weken aan tafel besproken. De directeur-bestuurder heeft doorzettingsmacht: wanneer
        partijen het niet eens worden, wijst zij een school aan die de leerling tijdelijk opvangt. Het
        schoolbestuur waar de leerling is aangemeld, houdt zorgplicht."""),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Aanvraag en besluit"),
        P("""Een leerling kan alleen worden ingeschreven op een sbo- of so-school met een
        toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband. De procedure verloopt in vijf stappen:"""),
        UL("Stap 1 – Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een eerste "
           "aanmelding, de school van aanmelding) dient de aanvraag digitaal in bij het loket. De aanvraag bevat "
           "het groeidocument, het ontwikkelingsperspectief en de zienswijze van de ouders.",
           "Stap 2 – Het loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
           "Stap 3 – Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
           "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinderarts, "
           "maatschappelijk werker of kinderpsychiater. Geen van beiden is eerder bij de aanvraag betrokken geweest.",
           "Stap 4 – De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken na "
           "ontvangst van de complete aanvraag. Bij spoed kan dat binnen tien werkdagen.",
           "Stap 5 – Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de adviezen van "
           "de deskundigen."),
        H2("Criteria"),
        P("""De CvT geeft een TLV af wanneer aan alle volgende voorwaarden is voldaan:"""),
        UL("de school heeft de basisondersteuning en ten minste één arrangement extra ondersteuning ingezet en "
           "geëvalueerd, en dat is in het groeidocument aantoonbaar;",
           "de onderwijsbehoeften van de leerling overstijgen aantoonbaar wat de school, ook met een "
           "arrangement en met inzet van de bovenschoolse voorzieningen, kan bieden;",
           "er is een ontwikkelingsperspectief met een uitstroomprofiel waaruit blijkt dat het sbo of so een "
           "beter perspectief biedt;",
           "voor het so bovendien: de leerling heeft een structurele behoefte aan een combinatie van onderwijs "
           "en zorg of behandeling die alleen het so kan bieden, bijvoorbeeld vanwege een verstandelijke "
           "beperking of ernstige gedrags- of psychiatrische problematiek."),
        H2("Duur, categorie en bezwaar"),
        P("""Een TLV voor het sbo geldt tot het einde van het lopende schooljaar plus twee schooljaren. Een
        TLV voor het so geldt in de regel drie schooljaren en vermeldt de bekostigingscategorie laag, midden of
        hoog. Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij
        het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
        voordat het op het bezwaar beslist."""),
        H2("Afloop van de TLV"),
        P("""In het laatste schooljaar waarvoor een TLV geldt, bespreekt de sbo- of so-school vóór 1 maart in een
        multidisciplinair overleg of de leerling op de speciale school moet blijven. Aan dat overleg nemen de
        leerkracht, de intern begeleider of orthopedagoog van de speciale school, de ouders en de consulent van
        het samenwerkingsverband deel. Is verlenging nodig, dan vraagt de speciale school vóór 1 april een nieuwe
        TLV aan via de procedure hierboven. Is terugkeer naar een basisschool mogelijk, dan meldt de speciale
        school de leerling in overleg met de ouders aan bij een basisschool; de TLV eindigt dan op 31 juli en de
        basisschool neemt de zorgplicht over. Welke ondersteuning een leerling na de overstap meekrijgt en wat
        we als verband met terugplaatsing willen bereiken, werken we in het schooljaar 2025-2026 uit in een
        aparte notitie."""),
        H1("Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Van
        die middelen gaan eerst de verplichte afdrachten naar het so en de bekostiging van het sbo boven de 2%
        af. Het resterende budget verdelen we volgens het schoolmodel: het grootste deel gaat rechtstreeks naar
        de schoolbesturen, een kleiner deel blijft bij het samenwerkingsverband voor arrangementen, bovenschoolse
        voorzieningen en het bureau."""),
        P("""De verdeling naar de besturen gebeurt op basis van twee componenten: een bedrag van € 165 per
        leerling, gemeten op de teldatum 1 oktober van het voorgaande jaar, en een vaste voet van € 8.000 per
        vestiging, zodat ook kleine scholen voldoende ruimte hebben. Het bestuur van het samenwerkingsverband
        stelt de bedragen jaarlijks vast bij de begroting in december; de OPR wordt daarover geïnformeerd.
        Arrangementen extra ondersteuning worden toegekend door de consulent (zie
        hoofdstuk 5) en betaald uit het arrangementenbudget."""),
        TABLE(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Baten ondersteuningsmiddelen Rijk", "9.840", "9.720", "9.610", "9.540"],
              ["Afdrachten so en sbo (DUO)", "-3.960", "-3.990", "-4.010", "-4.030"],
              ["Budget naar schoolbesturen (schoolmodel)", "2.040", "2.010", "1.990", "1.970"],
              ["Arrangementen extra ondersteuning", "1.620", "1.580", "1.540", "1.520"],
              ["Bovenschoolse voorzieningen", "960", "1.080", "1.080", "1.080"],
              ["Onderwijs-zorggroep (vanaf 2026)", "0", "140", "220", "220"],
              ["Bureau, personeel en huisvesting", "1.120", "1.140", "1.160", "1.180"],
              ["Resultaat", "140", "-220", "-390", "-460"]),
        P("""De negatieve resultaten vanaf 2026 zijn bewust: het samenwerkingsverband heeft een reserve die
        boven de signaleringswaarde ligt en bouwt die in vier jaar af tot een weerstandsvermogen van 5% van de
        baten. Schoolbesturen verantwoorden in hun jaarverslag per school hoe zij de ontvangen middelen hebben
        ingezet; het bureau bundelt die verantwoording jaarlijks in een overzicht voor de Algemene Vergadering."""),
        H1("Ambities voor 2029"),
        P("""Met dit plan willen we voor leerlingen die extra ondersteuning nodig hebben het volgende bereiken
        (beoogde resultaten):"""),
        UL("Het aantal leerlingen dat langer dan vier weken thuiszit, daalt van 17 (peildatum 1 oktober 2024) "
           "naar maximaal 5 in 2029.",
           "Ten minste 90% van de arrangementen extra ondersteuning start binnen vier weken na de aanvraag.",
           "Het deelnamepercentage so blijft onder het landelijk gemiddelde; het deelnamepercentage sbo daalt "
           "van 2,9% naar 2,5%.",
           "Geen enkele leerling reist langer dan 45 minuten enkele reis naar een speciale voorziening.",
           "Alle vestigingen halen in 2027 op alle onderdelen het niveau van basisondersteuning."),
        P("""Hoe wij deze ambities volgen, met welke gegevens en in welke rapportages, leggen we vast in het
        kwaliteitskader dat het bureau in het najaar van 2025 opstelt."""),
        H1("Communicatie en samenwerking"),
        H2("Communicatie met scholen en partners"),
        P("""Het samenwerkingsverband verstuurt vijf keer per jaar een digitale nieuwsbrief aan alle scholen en
        partners. Daarin staan ontwikkelingen, nieuwe regelingen en goede voorbeelden uit de regio. De website
        wordt beheerd door het bureau."""),
        H2("Wat ouders van ons mogen verwachten"),
        P("""Ouders vinden op de ouderpagina van onze website een overzicht van het aanbod in de regio: wat de
        basisondersteuning is, welke arrangementen er zijn, welke bovenschoolse voorzieningen en speciale scholen
        er zijn en hoe de route naar een TLV loopt. Dezelfde informatie staat in de folder 'Wegwijs in passend
        onderwijs', die in het Nederlands, Arabisch, Pools en Turks verkrijgbaar is en die elke school bij de
        intake meegeeft. Iedere school verwijst in haar schoolgids naar deze folder. Twee keer per jaar
        organiseren wij samen met de scholen een informatieavond voor ouders, in het voorjaar in Oosterwaard en
        in het najaar in Hemmerdijk."""),
        P("""Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband,
        kunnen terecht bij het Ouder- en Jeugdsteunpunt Linge. Dit steunpunt is onafhankelijk: de medewerkers
        zijn in dienst van een welzijnsorganisatie en niet van een school of van het samenwerkingsverband. Het
        steunpunt is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in de bibliotheek van
        Oosterwaard. Daarnaast kunnen ouders kosteloos een beroep doen op Onderwijsconsulenten en, bij een
        geschil over toelating, verwijdering of het ontwikkelingsperspectief, op de Geschillencommissie passend
        onderwijs. Het samenwerkingsverband heeft een eigen klachtenregeling."""),
        P("""Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad en worden bij elke aanvraag voor
        een arrangement of een TLV gevraagd om hun zienswijze."""),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_rich(s) + f_prof(s) + f_ict(s) + f_planning(s)
    b += f_begrippen(s) + f_afkortingen(s)
    return b


# ---------------------------------------------------------------------------------------------
# Plan 2 — VO, .docx — SWV VO Kempenrand.  Basisondersteuning content deferred to a website card;
# no financial chapter (only a reference to a separate begroting); no ouders content; gaps analysis
# deferred.  Plaatsing (vso/lwoo/pro), terugstroom and resultaten fully addressed (results in a table).
# ---------------------------------------------------------------------------------------------

S2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="SWV VO Kempenrand",
          code="VO 30-09", period="2025-2029", sector="vo", schooltype="vo-scholen en het vso",
          gemeenten=["Bergeijkerveld", "Kempenstad", "Aalsterhei", "Dommelrode"],
          inwoners=["18.200", "71.400", "22.900", "15.300"], scholen_per_gem=["1", "7", "2", "1"],
          ll_per_gem=["640", "6.930", "1.420", "580"], besturen=6, n_scholen=11, n_vestigingen=14,
          n_leerlingen="9.570", director="drs. Ruud van Kasteren", fte="11,2", opr_leden=10,
          opr_datum="18 maart 2025", oogo_datum="28 januari 2025", vast_datum="1 april 2025")


def plan2():
    s = S2
    b = [TOC]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wettelijk(s) + f_regio(s) + f_visie(s)
    b += [
        H2("Speerpunten voor deze planperiode"),
        P("""Voor de periode 2025-2029 kiezen we vier speerpunten: (1) minder verschil tussen scholen in de
        basisondersteuning, (2) snellere en eenvoudiger toewijzing van extra ondersteuning, (3) meer leerlingen
        die vanuit het vso de stap terug naar het regulier onderwijs maken, en (4) een sterkere verbinding met
        jeugdhulp. Elk speerpunt krijgt een uitwerking in het jaarplan."""),
        H1("Basisondersteuning"),
        P("""Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies
        dat binnen de onderwijsondersteuningsstructuur van de school wordt uitgevoerd. De schoolbesturen van
        Kempenrand hebben afgesproken dat alle veertien vestigingen, van praktijkonderwijs tot gymnasium, één
        gezamenlijk minimumniveau van basisondersteuning waarmaken. Dat niveau is voor iedere vestiging gelijk;
        het is niet afhankelijk van de onderwijssoort of de grootte van de school."""),
        P("""De standaarden waaruit dat niveau bestaat, zijn samengebracht in de 'Kaart Basisondersteuning
        Kempenrand', die op onze website staat. De concretisering per standaard – wat een leerling en een
        mentor in de praktijk mogen verwachten – wordt in het schooljaar 2025-2026 samen met de
        ondersteuningscoördinatoren uitgewerkt en daarna als wijziging aan dit plan toegevoegd."""),
        P("""Uit de ronde langs de scholen in 2024 bleek dat scholen de basisondersteuning verschillend
        beschrijven in hun schoolgids. Het streven is dat iedere school in 2027 dezelfde opbouw hanteert, zodat
        leerlingen en hun omgeving de scholen kunnen vergelijken."""),
        H1("De ondersteuningsroute"),
        P("""Ondersteuning in Kempenrand is georganiseerd in vier niveaus die op elkaar aansluiten. Een leerling
        stroomt pas door naar een volgend niveau als de mogelijkheden op het vorige niveau zijn benut, tenzij de
        situatie van de leerling om directe plaatsing vraagt."""),
        UL("Niveau 1 – Basisondersteuning op iedere vestiging (zie hoofdstuk 4).",
           "Niveau 2 – Extra ondersteuning op de eigen school via een schoolarrangement: bijvoorbeeld een "
           "trajectvoorziening (time-out en begeleiding in een apart lokaal), faalangstreductietraining of een "
           "begeleider passend onderwijs. Iedere school heeft hiervoor een eigen "
           "ondersteuningsteam.",
           "Niveau 3 – Bovenschoolse voorzieningen: het OPDC De Brug (plaats voor 48 leerlingen, verblijf "
           "maximaal twee jaar met terugkeer naar de eigen school of doorstroom naar een andere school), de "
           "Rebound (12 plaatsen, 12 weken), de internationale schakelklas (ISK) voor nieuwkomers en het "
           "HB-lab voor hoogbegaafde leerlingen die in de klas vastlopen.",
           "Niveau 4 – Voortgezet speciaal onderwijs: VSO De Kempenhorst (cluster 4) en VSO Het Anker "
           "(cluster 3), beide met uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding."),
        P("""Voor praktijkonderwijs en leerwegondersteunend onderwijs geldt een eigen toewijzing (hoofdstuk 6).
        Het praktijkonderwijs heeft in de regio één school met twee vestigingen; lwoo wordt geboden op vijf
        vmbo-vestigingen, waarvan twee met kleine klassen."""),
        H2("Is het aanbod dekkend?"),
        P("""Een samenwerkingsverband moet ervoor zorgen dat er voor iedere leerling een passende plek is. Het
        aantal thuiszitters in onze regio blijft een punt van zorg, net als in het hele land. Of ons aanbod op
        dit moment werkelijk dekkend is, weten we niet precies. In 2026 laten we daarom onderzoeken waar zich
        witte vlekken voordoen; op basis van dat onderzoek besluiten we welke acties nodig zijn."""),
        H1("Toewijzing: vso, lwoo en pro"),
        H2("Toelaatbaarheid tot het vso"),
        P("""De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door de school waar de leerling
        staat ingeschreven, of bij een leerling die van het primair onderwijs komt, door de vo-school of
        vso-school van aanmelding. De school levert een volledig groeidocument aan met het
        ontwikkelingsperspectief, de ingezette ondersteuning en de evaluatie daarvan. Het loket van het
        samenwerkingsverband zet de aanvraag uit bij twee deskundigen: een orthopedagoog of psycholoog en een
        tweede deskundige die past bij de problematiek (jeugdarts, kinder- en jeugdpsychiater of maatschappelijk
        werker). Ieder geeft afzonderlijk een schriftelijk advies. De Toewijzingscommissie besluit namens de
        directeur-bestuurder binnen vier weken na ontvangst van een volledige aanvraag."""),
        P("""De commissie verklaart een leerling toelaatbaar tot het vso als de leerling (a) een
        ondersteuningsbehoefte heeft die niet binnen niveau 1 tot en met 3 kan worden geboden, wat moet blijken
        uit ten minste één geëvalueerd arrangement op niveau 2 of 3; (b) een ontwikkelingsperspectief heeft
        waarin het vso de beste kansen biedt op het uitstroomprofiel; en (c) voor cluster 3 een verstandelijke,
        lichamelijke of meervoudige beperking heeft die specialistische begeleiding vraagt, of voor cluster 4
        ernstige gedrags- of psychiatrische problematiek die een combinatie van onderwijs en behandeling vraagt."""),
        P("""Een TLV vso wordt afgegeven voor twee schooljaren, voor leerlingen met een structurele beperking
        voor de resterende schoolloopbaan, en vermeldt de bekostigingscategorie (laag, midden of hoog)."""),
        H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Kempenrand hanteert voor lwoo en pro de landelijke criteria. Voor pro betekent dit een IQ tussen
        55 en 80 en een leerachterstand van ten minste drie jaar op twee van de vier domeinen (inclusief
        begrijpend lezen of inzichtelijk rekenen), voor lwoo een IQ tussen 75 en 90 met een leerachterstand van
        anderhalf tot drie jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 met een achterstand en
        sociaal-emotionele problematiek. De vo-school van aanmelding dient de aanvraag uiterlijk 1 februari in
        bij het loket, met de testgegevens uit groep 8. Een medewerker van het loket toetst de aanvraag aan de
        criteria; bij twijfel adviseert een orthopedagoog. De Toewijzingscommissie besluit binnen vier weken. Een
        aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo; een TLV pro voor de duur van de opleiding."""),
        H1("De weg terug naar het regulier voortgezet onderwijs"),
        P("""Voor ons is een plaatsing in het vso geen eindstation. Wij willen dat iedere leerling die dat
        kan, terugkeert naar een reguliere school, bij voorkeur dicht bij huis en bij voorkeur op een moment dat
        past in de schoolloopbaan (begin van een leerjaar of na de kerstvakantie). Een leerling komt daarvoor in
        aanmerking als het ontwikkelingsperspectief laat zien dat de leerling de leerstof van het regulier
        onderwijs aankan en als de ondersteuningsbehoefte met een arrangement op niveau 2 kan worden opgevangen."""),
        P("""De vso-school bespreekt bij iedere OPP-evaluatie in januari of terugkeer haalbaar is en in het
        laatste jaar van de TLV altijd. Is terugkeer haalbaar, dan wordt de trajectbegeleider van het
        samenwerkingsverband ingeschakeld. Die zoekt binnen zes weken een passende reguliere school en
        organiseert een overdrachtsgesprek tussen beide scholen. De ontvangende school beslist over de
        inschrijving; het samenwerkingsverband kent tegelijk een overstaparrangement toe. De TLV eindigt op de
        dag van inschrijving op de reguliere school. Is terugkeer niet haalbaar, dan vraagt de vso-school vóór
        1 mei van het laatste TLV-jaar een nieuwe TLV aan."""),
        P("""Het overstaparrangement duurt maximaal twaalf maanden. De leerling krijgt begeleiding van een
        ambulant begeleider van de vso-school, die eerst wekelijks en later maandelijks op de reguliere school
        komt. Na drie en na negen maanden evalueren beide scholen samen met de leerling de voortgang. Lukt de
        overstap niet, dan kan de leerling binnen de looptijd van het arrangement zonder nieuwe procedure terug
        naar het vso."""),
        H1("Kwaliteit en resultaten"),
        P("""Wat willen we bereiken voor leerlingen met een ondersteuningsbehoefte, en hoe weten we of dat
        lukt? In de tabel hieronder staan onze doelen voor 2029, de uitgangssituatie en de bron waarmee we de
        voortgang meten."""),
        TABLE(["Doel voor leerlingen met extra ondersteuning", "Uitgangssituatie 2024", "Streefwaarde 2029", "Bron"],
              ["Leerlingen in het vso die terugkeren naar regulier vo", "9 per jaar", "20 per jaar",
               "Registratie loket"],
              ["Doorlooptijd TLV-aanvraag tot besluit", "gemiddeld 7 weken", "max. 4 weken",
               "Registratie loket"],
              ["Leerlingen uit OPDC die binnen 2 jaar terug zijn op een reguliere school", "61%", "75%",
               "Monitor OPDC"],
              ["Leerlingen met lwoo die een diploma halen", "88%", "92%", "DUO / Vensters"],
              ["Scholen die de uitvoering van arrangementen voldoende vinden", "64%", "85%",
               "Tevredenheidspeiling scholen"]),
        P("""Het bureau verzamelt de gegevens per kwartaal en bespreekt ze twee keer per jaar met de directeuren
        in een resultatendialoog. In het jaarverslag rapporteren we over elk doel met de bereikte waarde en
        een toelichting. Als een doel twee jaar achter elkaar niet op koers ligt, stelt het bestuur een
        verbeterplan op. De OPR en de Raad van Toezicht ontvangen de halfjaarrapportage."""),
        H1("Middelen"),
        P("""Een samenwerkingsverband is er niet om geld te verdelen, maar om leerlingen verder te helpen. Toch
        is een gezonde financiële basis een voorwaarde. De begroting en het verdeelmodel worden elk jaar in
        een afzonderlijk document door het bestuur vastgesteld en maken geen deel uit van dit plan; zie de
        jaarbegroting 2025 van het samenwerkingsverband."""),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_rich(s) + f_prof(s) + f_ict(s) + f_planning(s)
    b += f_begrippen(s) + f_afkortingen(s)
    return b


# ---------------------------------------------------------------------------------------------
# Plan 3 — PO, rendered to .pdf — SWV Duin en Polder.  Basisondersteuning in a "ondergrens" table;
# TLV procedure without criteria (deferred); "terugplaatsing" only in a heading and a p.m. line;
# money in "Geld en middelen" with verdeling only in a table; resultaten deferred to the jaarplan;
# ouders: only the independent-help part.
# ---------------------------------------------------------------------------------------------

S3 = dict(name="Vereniging Samenwerkingsverband Passend Onderwijs Duin en Polder", short="Duin en Polder",
          code="PO 27-14", period="2025-2029", sector="po", schooltype="basisscholen, sbo en so",
          gemeenten=["Zandhoven", "Polderwijk", "Strandmeer"], inwoners=["33.600", "27.100", "12.400"],
          scholen_per_gem=["14", "11", "6"], ll_per_gem=["3.520", "2.940", "1.180"], besturen=7,
          n_scholen=31, n_vestigingen=33, n_leerlingen="7.640", director="Hans Verweij", fte="9,8",
          opr_leden=8, opr_datum="6 maart 2025", oogo_datum="21 januari 2025", vast_datum="20 maart 2025")


def plan3():
    s = S3
    b = [TOC]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wettelijk(s) + f_regio(s) + f_visie(s)
    b += [
        H1("De ondergrens: wat iedere school waarmaakt"),
        P("""In Duin en Polder spreken we liever van 'de ondergrens' dan van basisondersteuning, omdat het woord
        duidelijker maakt waar het om gaat. De ondergrens is wat iedere school in de regio, op iedere locatie,
        hoe dan ook waarmaakt voor ieder kind dat er staat ingeschreven – zonder aanvraag, zonder wachttijd en
        zonder extra geld van het samenwerkingsverband. De zeven besturen hebben de ondergrens in december 2024
        samen vastgesteld; ze geldt voor alle 33 locaties, inclusief de sbo-school."""),
        TABLE(["Standaard", "Wat u op iedere school ziet"],
              ["Veilig schoolklimaat", "Een gedragsprotocol, een anti-pestcoördinator en een jaarlijkse "
               "veiligheidsmonitor onder leerlingen van groep 5 tot en met 8"],
              ["Zicht op ontwikkeling", "Een leerlingvolgsysteem, twee keer per jaar een groepsoverzicht en een "
               "groepsplan of groepsoverzicht per vakgebied"],
              ["Lezen en rekenen", "Het protocol leesproblemen en dyslexie, een rekenprotocol, extra "
               "instructie in een kleine groep bij een achterstand van meer dan drie maanden"],
              ["Gedrag en welbevinden", "Een leerkracht of gedragsspecialist met een opleiding in gedrag; "
               "inzet van een eenvoudig beloningsplan of time-out-afspraken in de klas"],
              ["Meer- en hoogbegaafdheid", "Versnellen of verrijken op basis van een signaleringsinstrument in "
               "groep 1-2 en groep 5"],
              ["Medische zorg", "Een protocol medicijnverstrekking en medisch handelen; afspraken met de "
               "jeugdarts"],
              ["Structuur", "Een intern begeleider, een ondersteuningsteam dat vier keer per jaar bijeenkomt "
               "en een vaste contactpersoon van het samenwerkingsverband"]),
        P("""Scholen kunnen meer bieden dan de ondergrens. Wanneer een kind meer nodig heeft dan de
        ondergrens, spreken we van extra ondersteuning."""),
        H1("Het ondersteuningsnetwerk"),
        P("""Boven op de ondergrens kent de regio een netwerk van voorzieningen. Samen vormen ze een doorlopende
        lijn van lichte naar zware ondersteuning."""),
        UL("Schoolarrangementen: een school kan extra begeleiding organiseren met inzet van eigen specialisten "
           "of van het expertiseteam van het samenwerkingsverband (orthopedagogen, gedragsspecialisten, "
           "logopedist).",
           "De Duinklas: een bovenschoolse groep voor kinderen van groep 3 tot en met 6 die tijdelijk "
           "intensieve gedragsbegeleiding nodig hebben, met een maximale verblijfsduur van een half jaar.",
           "De Taalhaven: een nieuwkomersvoorziening in Polderwijk voor kinderen die korter dan een jaar in "
           "Nederland zijn.",
           "Sbo De Vuurtoren in Zandhoven.",
           "So De Kim (cluster 3 en 4) in Polderwijk, met een afdeling voor jonge risicokinderen.",
           "Voor leerlingen met een auditieve, communicatieve of visuele beperking werken we samen met de "
           "landelijke instellingen van cluster 1 en 2."),
        P("""Leerlingen die vastlopen, worden besproken in het ondersteuningsteam van de school. Het
        ondersteuningsteam kan rechtstreeks een schoolarrangement inzetten of de leerling aanmelden voor de
        Duinklas of de Taalhaven. Het expertiseteam reageert binnen tien schooldagen op een aanmelding."""),
        H2("Waar het netwerk nog niet sluit"),
        P("""Iedere maand bespreekt het expertiseteam een overzicht van leerlingen die geen passend aanbod
        hebben: kinderen op de wachtlijst van de Duinklas of So De Kim, kinderen die thuiszitten of gedeeltelijk
        zijn vrijgesteld, en kinderen die naar een voorziening buiten de regio moeten. Voor elk kind wordt
        binnen twee weken een casusregisseur aangewezen die met school, ouders, leerplicht en jeugdhulp een
        overbruggingsplan maakt. Zonder geldige reden mag geen kind langer dan drie maanden zonder aanbod
        zijn; lukt dat niet, dan beslist de directeur-bestuurder welk bestuur de leerling een plek biedt."""),
        P("""Uit deze overzichten blijkt dat vooral kinderen die zowel een gedragsprobleem als een
        ontwikkelingsachterstand hebben, lang wachten. In 2025 breiden we daarom de Duinklas uit met een tweede
        groep en maken we met de gemeenten afspraken over behandeling op school (zie hoofdstuk 11)."""),
        H1("Toelaatbaarheid en terugplaatsing"),
        H2("De aanvraag van een TLV"),
        P("""Voor plaatsing op Sbo De Vuurtoren of So De Kim is een toelaatbaarheidsverklaring nodig. Het
        schoolbestuur van de school waar het kind staat ingeschreven, vraagt de TLV aan bij het Toelatingsteam
        van het samenwerkingsverband, met het groeidocument, het ontwikkelingsperspectiefplan en een verslag van
        het gesprek met de ouders. Binnen vijf werkdagen ontvangt de school een ontvangstbevestiging. Het
        Toelatingsteam vraagt advies aan twee deskundigen: altijd een orthopedagoog-generalist en daarnaast een
        tweede deskundige, afhankelijk van de vraag een jeugdarts, kinderpsychiater of maatschappelijk werker.
        Op basis van de adviezen neemt de directeur-bestuurder binnen acht weken een besluit. Een TLV geldt tot
        het einde van het schooljaar na het schooljaar van afgifte; bij so wordt de bekostigingscategorie
        vermeld."""),
        H2("Criteria"),
        P("""De inhoudelijke criteria voor toelaatbaarheid worden in het schooljaar 2025-2026 opnieuw
        vastgesteld, in afstemming met Sbo De Vuurtoren en So De Kim. Tot dat moment weegt het Toelatingsteam
        iedere aanvraag afzonderlijk en leveren we maatwerk."""),
        H2("Terugplaatsing"),
        P("""p.m. – afspraken volgen na de evaluatie met So De Kim."""),
        H2("Overstap naar het voortgezet onderwijs"),
        P("""Voor alle leerlingen in groep 8, ook op het sbo en so, geldt de regionale overstapprocedure PO-VO.
        Leerlingen van het sbo en so stromen uit naar het vmbo, het praktijkonderwijs of het vso; de speciale
        scholen zorgen voor een warme overdracht. Over de doorgaande lijn naar het voortgezet onderwijs overlegt
        het samenwerkingsverband drie keer per jaar met het samenwerkingsverband VO."""),
        H1("Geld en middelen"),
        P("""De middelen van het samenwerkingsverband komen vrijwel geheel van het Rijk. Het bestuur kiest
        ervoor om zoveel mogelijk geld dicht bij de leerling te laten landen. De verdeling is als volgt
        opgebouwd:"""),
        TABLE(["Component", "Grondslag", "Bedrag 2025", "Besluit door"],
              ["Schoolbudget", "Aantal leerlingen per school op 1 oktober", "€ 142 per leerling",
               "Algemene Vergadering bij begroting"],
              ["Vaste voet", "Per locatie", "€ 6.500 per locatie", "Algemene Vergadering bij begroting"],
              ["Schoolarrangement", "Aanvraag via ondersteuningsteam, getoetst door expertiseteam",
               "max. € 9.000 per leerling per jaar", "Expertiseteam"],
              ["Bovenschoolse plaatsen", "Plaatsing in Duinklas of Taalhaven", "vast budget per groep",
               "Directeur-bestuurder"]),
        P("""Het schoolbudget en de vaste voet worden in twee termijnen (oktober en maart) overgemaakt aan de
        besturen. De besturen mogen dit geld alleen besteden aan ondersteuning boven de ondergrens of aan het
        versterken van de ondergrens op scholen die die nog niet halen."""),
        TABLE(["Meerjarenbegroting (bedragen in €)", "2025", "2026", "2027", "2028"],
              ["Baten Rijk (lichte en zware ondersteuning)", "7.220.000", "7.150.000", "7.090.000", "7.040.000"],
              ["Afdracht so (DUO)", "2.610.000", "2.640.000", "2.660.000", "2.680.000"],
              ["Overdracht sbo boven 2%", "410.000", "400.000", "390.000", "380.000"],
              ["Schoolbudgetten en vaste voet", "1.300.000", "1.290.000", "1.280.000", "1.270.000"],
              ["Schoolarrangementen", "1.150.000", "1.150.000", "1.120.000", "1.100.000"],
              ["Duinklas, Taalhaven, expertiseteam", "1.180.000", "1.350.000", "1.350.000", "1.350.000"],
              ["Bureau en bestuur", "640.000", "650.000", "660.000", "670.000"],
              ["Saldo", "-70.000", "-330.000", "-370.000", "-410.000"]),
        P("""De tekorten in de begroting worden gedekt uit de algemene reserve, die eind 2024 € 2,1 miljoen
        bedroeg. Na 2028 is de reserve teruggebracht tot het door de Raad van Toezicht vastgestelde minimum."""),
        H1("Kwaliteit"),
        P("""Het samenwerkingsverband wil weten of het beleid werkt. De beoogde resultaten voor deze
        planperiode, met de bijbehorende indicatoren, worden geformuleerd in het eerste jaarplan (2025-2026),
        nadat de nieuwe ondergrens een jaar heeft gefunctioneerd. Tot die tijd hanteren we de ambities uit de
        visie als richtsnoer."""),
        H1("Ouders"),
        P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat school
        en ouders samen optrekken, vanaf de eerste zorg tot en met een eventuele verwijzing. Bij iedere
        bespreking in het ondersteuningsteam zijn ouders uitgenodigd."""),
        P("""Soms lopen de gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het
        onafhankelijke Oudersteunpunt Kust, dat door de drie gemeenten en het samenwerkingsverband samen wordt
        gefinancierd maar zelfstandig werkt. Een ouderadviseur van het steunpunt luistert, denkt mee en kan mee
        naar een gesprek op school. Daarnaast kunnen ouders gratis advies
        vragen aan Onderwijsconsulenten, een landelijke voorziening van het ministerie van OCW. Bij een
        geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de
        Geschillencommissie passend onderwijs, en tegen een besluit over een TLV staat bezwaar open bij het
        samenwerkingsverband."""),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_rich(s) + f_prof(s) + f_ict(s) + f_planning(s)
    b += f_begrippen(s) + f_afkortingen(s)
    return b


# ---------------------------------------------------------------------------------------------
# Plan 4 — VO, rendered to .pdf — SWV VO Veenweide-Rijn.  No basisondersteuning (deferred to a new
# profile); TLV criteria present but procedure only in an absent annex; terugplaatsing policy
# without procedure; verdeling without besteding; monitoring without goals; ouders under
# "Communicatie".
# ---------------------------------------------------------------------------------------------

S4 = dict(name="Stichting Samenwerkingsverband Voortgezet Onderwijs Veenweide-Rijn", short="SWV VO Veenweide-Rijn",
          code="VO 26-12", period="2025-2029", sector="vo", schooltype="vo-scholen, pro en vso",
          gemeenten=["Rijnveen", "Oudewaard", "Kromme Weide"], inwoners=["48.700", "29.300", "20.600"],
          scholen_per_gem=["6", "3", "2"], ll_per_gem=["5.180", "2.450", "1.310"], besturen=5,
          n_scholen=11, n_vestigingen=13, n_leerlingen="8.940", director="Ilse Brouwer-Mulder", fte="8,4",
          opr_leden=10, opr_datum="13 maart 2025", oogo_datum="30 januari 2025", vast_datum="27 maart 2025")


def plan4():
    s = S4
    b = [TOC]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wettelijk(s) + f_regio(s) + f_visie(s) + f_terugblik(s)
    b += [
        H1("Ondersteuning in en rond de school"),
        H2("Basisondersteuning"),
        P("""Het vorige referentiekader basisondersteuning is in 2024 vervallen. Met het oog op de landelijke
        norm basisondersteuning die het ministerie voorbereidt, stelt het samenwerkingsverband samen met de
        scholen in de loop van het schooljaar 2025-2026 een nieuw profiel basisondersteuning op. Tot die tijd
        verwijzen we naar de schoolondersteuningsprofielen van de afzonderlijke scholen."""),
        H2("Het ondersteuningscontinuüm"),
        P("""Ondersteuning is in Veenweide-Rijn georganiseerd als een trap met vijf treden. Hoe hoger de trede,
        hoe intensiever de ondersteuning en hoe verder van de gewone klas."""),
        TABLE(["Trede", "Voorziening", "Capaciteit", "Toegang"],
              ["1", "Ondersteuning binnen de eigen klas en school", "alle scholen", "school"],
              ["2", "Ondersteuningsarrangement op de eigen school: begeleiding door een "
               "ondersteuningscoördinator of begeleider passend onderwijs, trainingen, aangepast rooster",
               "op alle 13 vestigingen", "ondersteuningsteam school"],
              ["3", "Plusvoorziening: kleine groepen binnen drie vmbo-scholen voor leerlingen met "
               "gedragsproblemen of een autismespectrumstoornis", "60 plaatsen", "Loket SWV"],
              ["4", "OPDC Het Veer: tijdelijke opvang (max. 1 jaar) met terugkeer naar een reguliere school",
               "36 plaatsen", "Loket SWV"],
              ["5", "Vso: VSO De Wetering (cluster 4) en VSO Rijnheem (cluster 3), en praktijkonderwijs",
               "circa 520 leerlingen", "TLV"]),
        P("""Daarnaast heeft de regio een internationale schakelklas in Rijnveen, een onderwijs-zorgarrangement
        op VSO De Wetering voor leerlingen die ook behandeling nodig hebben, en een bovenregionale voorziening
        voor hoogbegaafde leerlingen die in samenwerking met twee buurverbanden wordt aangeboden."""),
        H2("Geen leerling buiten beeld"),
        P("""Het samenwerkingsverband houdt een actueel register bij van alle leerlingen die zonder passend
        onderwijs zitten: thuiszitters, leerlingen met een (gedeeltelijke) vrijstelling en leerlingen die op een
        wachtlijst staan. De leerplichtambtenaren melden iedere leerling die vier weken niet naar school gaat.
        Binnen vijf werkdagen na een melding wijst het samenwerkingsverband een trajectbegeleider aan, die
        binnen vier weken met school, ouders, leerling en jeugdhulp een plan voor terugkeer naar onderwijs
        opstelt. Lukt dat niet, dan schaalt de trajectbegeleider op naar het Regionaal Thuiszittersoverleg, waar
        de directeur-bestuurder en de leerplichtcoördinator doorzettingsmacht hebben."""),
        P("""Het register wordt elk half jaar geanalyseerd. Uit de analyse van 2024 bleek een tekort aan plekken
        voor meisjes met internaliserende problematiek en voor leerlingen met een havo/vwo-capaciteit in het
        vso. In 2025 start daarom een kleine havo-afdeling binnen VSO De Wetering; voor de eerste groep stelt het
        samenwerkingsverband in 2026 met de gemeenten een onderwijs-zorgtraject op."""),
        H1("Toelaatbaarheid tot vso en pro, lwoo"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over
        de aanwijzing voor leerwegondersteunend onderwijs. De stappen, de termijnen en het aanvraagformulier zijn
        opgenomen in bijlage 3 (Route toelaatbaarheid)."""),
        P("""Voor een TLV vso gelden de volgende criteria. Een leerling is toelaatbaar als:"""),
        UL("de ondersteuningsbehoefte van de leerling de mogelijkheden van trede 1 tot en met 4 aantoonbaar "
           "overstijgt;",
           "er op een reguliere school ten minste één arrangement is ingezet en geëvalueerd, tenzij de "
           "problematiek zo ernstig is dat dit niet verantwoord is;",
           "de leerling een intensieve combinatie van onderwijs en zorg of behandeling nodig heeft die alleen "
           "het vso kan bieden;",
           "het ontwikkelingsperspectief aangeeft dat het uitstroomprofiel in het vso beter haalbaar is."),
        P("""Voor praktijkonderwijs en lwoo volgen we de landelijke criteria. Het samenwerkingsverband heeft
        ervoor gekozen geen eigen criteria voor lwoo vast te stellen. Een TLV vso geldt in de regel voor twee
        schooljaren, een TLV pro voor de hele opleiding."""),
        H1("Terugplaatsing en overplaatsing"),
        P("""Het vso is voor veel leerlingen een plek waar zij tot rust komen en weer kunnen leren. Wij vinden
        dat een leerling niet langer in het vso moet blijven dan nodig is. Ons beleid is dat de vso-school al bij
        de plaatsing nagaat onder welke voorwaarden terugkeer naar het regulier voortgezet onderwijs mogelijk
        is, en die voorwaarden in het ontwikkelingsperspectief opneemt. Terugplaatsing is aan de orde wanneer de
        leerling het niveau en het tempo van een reguliere klas kan volgen en de ondersteuningsbehoefte past
        binnen trede 2 of 3."""),
        P("""Iedere leerling die terugkeert, krijgt een schakeltraject van zes maanden. In die periode komt een
        ambulant begeleider van de vso-school wekelijks naar de nieuwe school en kan de leerling één dag per
        week onderwijs blijven volgen op het vso. Het samenwerkingsverband betaalt de inzet van de ambulant
        begeleider uit het budget voor trede 3. Hoe en wanneer de terugplaatsing precies verloopt, legt de
        vso-school vast in haar eigen protocol."""),
        H1("Verdeling van de middelen"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning, lwoo en pro. De
        verevening is per 2023 afgerond. Na de afdrachten aan het vso en het praktijkonderwijs gaat het
        budget voor lichte ondersteuning rechtstreeks naar de schoolbesturen: € 118 per leerling, op basis van
        het aantal leerlingen op 1 oktober van het voorgaande jaar, aangevuld met € 1.450 per leerling met een
        lwoo-aanwijzing. De schoolbesturen ontvangen dit bedrag in twaalf maandelijkse termijnen. Voor trede 3
        en 4 houdt het samenwerkingsverband een centraal budget aan; toekenning daaruit gebeurt door het loket
        op basis van plaatsing."""),
        P("""De meerjarenbegroting 2025-2029 volgt na vaststelling door het bestuur in december als
        afzonderlijk document. Daarin wordt ook de bestemming van de reserves uitgewerkt."""),
        H1("Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt met een vaste kwaliteitscyclus. Twee keer per jaar, in februari en
        september, verzamelt het bureau gegevens over het aantal arrangementen per trede, de doorlooptijden van
        aanvragen, het aantal thuiszitters, de plaatsingen in het OPDC en het vso en de terugplaatsingen. Deze
        gegevens worden per school en per bestuur uitgesplitst en besproken in een gesprek tussen de
        directeur-bestuurder en iedere schooldirecteur. Eens per jaar peilen we met een vragenlijst de
        tevredenheid van leerlingen, ouders en scholen over de ondersteuning. De uitkomsten staan in het
        jaarverslag, dat uiterlijk 1 juli verschijnt en wordt besproken met de OPR en de Raad van Toezicht."""),
        P("""Welke resultaten wij in deze planperiode precies willen bereiken, leggen we vast in de jaarplannen.
        We streven ernaar dat iedere leerling zich zo goed mogelijk ontwikkelt."""),
        H1("Communicatie"),
        P("""Goede communicatie is essentieel voor het vertrouwen in passend onderwijs. Het samenwerkingsverband
        communiceert met scholen via het directeurenoverleg en de netwerken, met gemeenten via het OOGO en met
        de buitenwereld via de website en sociale media."""),
        P("""Voor ouders en leerlingen is er een aparte informatiepagina op de website met uitleg over de
        treden van het ondersteuningscontinuüm, het OPDC, het vso, lwoo en praktijkonderwijs, en over wat een
        arrangement inhoudt. Iedere school verstrekt bij de aanmelding in groep 8 de brochure 'Passend
        onderwijs in Veenweide-Rijn', en iedere school heeft een vast aanspreekpunt voor vragen van ouders over
        ondersteuning. In november organiseert het samenwerkingsverband een informatiebijeenkomst voor ouders van
        leerlingen in groep 8 met een ondersteuningsbehoefte."""),
        P("""Ouders en leerlingen die er met de school of met het samenwerkingsverband niet uitkomen, kunnen
        terecht bij het Ouder- en Jeugdsteunpunt Veenweide. Het steunpunt is onafhankelijk van scholen en
        samenwerkingsverband en helpt gratis bij vragen, gesprekken en onenigheid. Ook kunnen zij een beroep
        doen op Onderwijsconsulenten. Voor klachten geldt de klachtenregeling van het samenwerkingsverband,
        waarbij het is aangesloten bij de landelijke klachtencommissie van Stichting Onderwijsgeschillen."""),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_rich(s) + f_prof(s) + f_ict(s) + f_planning(s)
    b += f_begrippen(s) + f_afkortingen(s)
    return b


# ---------------------------------------------------------------------------------------------
# Plan 5 — PO, .md — SWV Vechtdal-West, a plan "op hoofdlijnen".  Basisondersteuning level agreed
# but content deferred; plaatsing only referred to the website; a good terugplaatsing chapter in
# unusual wording; begroting present but verdeelsleutel deferred; no dekkend aanbod; resultaten
# complete; ouders informed but no independent help.
# ---------------------------------------------------------------------------------------------

S5 = dict(name="Samenwerkingsverband Passend Onderwijs Vechtdal-West", short="Vechtdal-West",
          code="PO 23-09", period="2025-2029", sector="po", schooltype="basisscholen en het sbo",
          gemeenten=["Vechtmonde", "Heerdenbroek"], inwoners=["39.900", "21.300"],
          scholen_per_gem=["16", "9"], ll_per_gem=["3.870", "1.960"], besturen=5,
          n_scholen=25, n_vestigingen=26, n_leerlingen="5.830", director="Anouk Scholten", fte="5,6",
          opr_leden=8, opr_datum="4 maart 2025", oogo_datum="12 februari 2025", vast_datum="18 maart 2025")


def plan5():
    s = S5
    b = [TOC]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wettelijk(s)
    b += [
        H2("Een plan op hoofdlijnen"),
        P("""Dit ondersteuningsplan is bewust compact. Het beschrijft de koers op hoofdlijnen; de uitwerking
        volgt in jaarplannen en in notities die het bestuur gedurende de planperiode vaststelt. Zo houden we
        ruimte om in te spelen op nieuwe wetgeving en op wat we in de praktijk leren. Scholen en besturen
        bepalen zelf hoe zij de afspraken uit dit plan in hun eigen organisatie vormgeven."""),
    ]
    b += f_regio(s) + f_visie(s) + f_terugblik(s)
    b += [
        H1("Basisondersteuning"),
        P("""De vijf besturen van Vechtdal-West hebben afgesproken dat alle 26 vestigingen hetzelfde niveau van
        basisondersteuning bieden. Dit niveau is een gezamenlijke ondergrens: geen enkele school in het verband
        mag daaronder zitten, ongeacht bestuur, grootte of denominatie. Wat boven dat niveau uitgaat, is extra
        ondersteuning."""),
        P("""Welke voorzieningen, interventies en deskundigheid precies tot dit niveau behoren, beschrijven we
        in de uitwerkingsnotitie basisondersteuning. Het bestuur verwacht die notitie in het voorjaar van 2026
        vast te stellen, zodat zij kan aansluiten bij de landelijke norm."""),
        H1("Toelaatbaarheid"),
        P("""Sommige kinderen zijn beter op hun plek in het speciaal basisonderwijs of het speciaal onderwijs.
        Hoe een school een toelaatbaarheidsverklaring aanvraagt en welke eisen daarbij gelden, staat in de
        'Route naar sbo en so' op de website van het samenwerkingsverband."""),
        H1("Weer naar de basisschool in de buurt"),
        P("""Een plek op het sbo of so is voor veel kinderen een goede keuze, maar hoeft niet voor altijd te zijn.
        Ons uitgangspunt is dat een kind zo kort als nodig en zo thuisnabij als mogelijk onderwijs volgt. We
        willen dat de overstap terug naar een basisschool een normaal, voorspelbaar moment is, en geen
        uitzondering. Daarom maken we afspraken over wanneer die overstap wordt overwogen, wie het initiatief
        neemt en welke steun het kind en de ontvangende school krijgen."""),
        UL("Twee keer per jaar, in november en juni, bespreekt de speciale school bij de evaluatie van het "
           "ontwikkelingsperspectief met de ouders of een overstap naar een basisschool in beeld is.",
           "In het laatste schooljaar waarvoor de TLV geldt, is deze vraag een vast agendapunt van het "
           "gesprek in november. De intern begeleider van de speciale school neemt het initiatief.",
           "Als de speciale school en de ouders een overstap haalbaar vinden, legt de speciale school contact "
           "met de gewenste basisschool. De basisschool beslist binnen zes weken over de inschrijving.",
           "De overstap vindt plaats na een proefperiode van maximaal acht weken, waarin het kind twee of drie "
           "dagen per week op de basisschool is.",
           "De TLV eindigt op de dag van inschrijving op de basisschool; is een overstap niet haalbaar, dan "
           "vraagt de speciale school vóór 1 april een nieuwe TLV aan."),
        P("""Voorwaarde voor een overstap is dat de basisschool met de gebruikelijke ondersteuning en een
        terugkeerarrangement kan bieden wat het kind nodig heeft. Het terugkeerarrangement bestaat uit twaalf
        maanden begeleiding door een leerkracht van de speciale school (een dagdeel per week in de eerste drie
        maanden, daarna een dagdeel per maand) en een budget van € 4.000 voor de basisschool voor extra
        inzet in de klas."""),
        H1("Financiën"),
        P("""Het samenwerkingsverband ontvangt jaarlijks circa € 5,4 miljoen aan ondersteuningsmiddelen. De
        verdeelsleutel waarmee de middelen over de besturen worden verdeeld, wordt in 2026 herzien; tot die
        tijd blijft de bestaande verdeling van kracht."""),
        TABLE(["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Ondersteuningsmiddelen Rijk", "5.420", "5.360", "5.310", "5.270"],
              ["Afdrachten so en sbo", "2.180", "2.200", "2.210", "2.220"],
              ["Middelen naar schoolbesturen", "2.310", "2.250", "2.200", "2.160"],
              ["Terugkeerarrangementen", "60", "80", "100", "100"],
              ["Expertiseteam en consulenten", "520", "540", "550", "560"],
              ["Bureau en bestuur", "390", "395", "400", "405"],
              ["Saldo", "-40", "-105", "-150", "-175"]),
        P("""De negatieve saldi worden gedekt uit de reserve, die daarmee in 2028 op het niveau komt dat de
        Raad van Toezicht als ondergrens heeft vastgesteld."""),
        H1("Wat we willen bereiken en hoe we dat volgen"),
        P("""Voor leerlingen met een ondersteuningsbehoefte willen we aan het eind van de planperiode het
        volgende hebben bereikt:"""),
        UL("Het aantal kinderen dat vanuit sbo of so terugkeert naar een basisschool stijgt van 6 per jaar "
           "(2023-2024) naar 15 per jaar in 2028-2029.",
           "Ten minste 80% van de teruggekeerde kinderen zit een jaar na de overstap nog op de basisschool.",
           "Het deelnamepercentage sbo daalt van 3,4% naar 2,9% (peildatum 1 oktober).",
           "Bij 90% van de kinderen met een ontwikkelingsperspectief is het perspectief bij de jaarlijkse "
           "evaluatie gehaald of bijgesteld met een onderbouwing.",
           "Ouders van kinderen met extra ondersteuning geven de samenwerking met school gemiddeld minimaal "
           "een 7,5."),
        P("""We volgen deze doelen met gegevens uit de leerlingadministratie, de DUO-telling op 1 oktober, de
        registratie van terugkeerarrangementen en een jaarlijkse korte vragenlijst onder ouders. De
        beleidsmedewerker stelt elk jaar in maart een voortgangsrapportage op, die wordt besproken met de
        directeuren, de OPR en de Raad van Toezicht. Het jaarverslag bevat een paragraaf 'bereikte resultaten'
        waarin we per doel de stand vergelijken met het voorgaande jaar. De resultaten over 2023-2024 staan in de
        tabel hieronder."""),
        TABLE(["Indicator", "2021-2022", "2022-2023", "2023-2024"],
              ["Terugkeer sbo/so naar basisschool", "4", "5", "6"],
              ["Deelnamepercentage sbo", "3,7%", "3,5%", "3,4%"],
              ["Gemiddelde waardering samenwerking ouders-school", "7,0", "7,2", "7,1"]),
        H1("Informatie voor ouders"),
        P("""Ouders moeten weten waar ze aan toe zijn. Op de website van het samenwerkingsverband staat een
        ouderpagina met uitleg over basisondersteuning, extra ondersteuning, het sbo en so en de terugkeer naar
        de basisschool. Iedere school neemt in de schoolgids een vaste paragraaf op met een verwijzing naar die
        ouderpagina en de naam van de intern begeleider als eerste aanspreekpunt. Elk najaar houden we een
        informatieavond voor ouders van kinderen met extra ondersteuning, afwisselend in Vechtmonde en
        Heerdenbroek."""),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_proc(s) + f_prof(s) + f_ict(s)
    b += [
        H2("Huisvesting en bereikbaarheid van het bureau"),
        P("""Het bureau van het samenwerkingsverband is gevestigd in het gemeentehuis van Vechtmonde, waar ook
        de leerplichtambtenaren en het lokale team zijn gehuisvest. Het bureau is op werkdagen geopend van 8.30
        tot 16.30 uur. Medewerkers werken deels op de scholen en deels thuis; vergaderingen van het bestuur en de
        OPR vinden plaats in de vergaderzaal van het gemeentehuis of op een van de scholen."""),
        P("""In 2026 loopt het huurcontract af. Het bestuur onderzoekt of het bureau kan verhuizen naar een
        leegstaand schoolgebouw in Heerdenbroek, samen met het samenwerkingsverband VO. Een gedeelde locatie
        zou de samenwerking rond de overstap naar het voortgezet onderwijs ten goede komen en de kosten
        verlagen."""),
    ]
    b += f_planning(s) + f_begrippen(s) + f_afkortingen(s)
    return b


# ---------------------------------------------------------------------------------------------
# Near miss — a single school's own "ondersteuningsplan" (zorgplan of one basisschool), .html.
# Uses the SWV vocabulary (basisondersteuning, TLV, sbo, terugplaatsing, middelen, ouders) but is
# not an ondersteuningsplan of a samenwerkingsverband.
# ---------------------------------------------------------------------------------------------

def nearmiss():
    return [
        TOC,
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek in Oosterwaard de ondersteuning aan
        haar leerlingen organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de
        medezeggenschapsraad en ouders die willen weten hoe de leerlingenzorg op onze school is ingericht. Het
        wordt elk jaar in juni door het team geëvalueerd en door de directie opnieuw vastgesteld. De school is
        aangesloten bij Samenwerkingsverband De Lingeoever (PO 29-17); het ondersteuningsplan van het
        samenwerkingsverband is een ander document en is te vinden op de website van het verband."""),
        P("""De Wilgenhoek is een openbare basisschool met 246 leerlingen in tien groepen. Het team bestaat uit
        zeventien leerkrachten, een intern begeleider (0,6 fte), een onderwijsassistent en een conciërge. De
        school werkt met het model van handelingsgericht werken en met vier zorgniveaus."""),
        H1("Visie op ondersteuning"),
        P("""Wij willen dat ieder kind zich op De Wilgenhoek veilig voelt en zich optimaal ontwikkelt. We kijken
        naar wat een kind nodig heeft, niet naar wat het mankeert. De leerkracht is de spil: hij of zij kent de
        kinderen, signaleert vroeg en past het onderwijs aan. De intern begeleider ondersteunt de leerkracht en
        bewaakt de kwaliteit van de zorg. Ouders zijn partner: zij kennen hun kind het best."""),
        H1("De zorgniveaus op onze school"),
        UL("Zorgniveau 1 – Algemene zorg in de groep: differentiatie in drie instructieniveaus, het directe "
           "instructiemodel, een dagelijks weekplan.",
           "Zorgniveau 2 – Extra zorg in de groep: verlengde instructie, pre-teaching, een handelingsplan op "
           "groepsniveau.",
           "Zorgniveau 3 – Speciale zorg na intern onderzoek: de intern begeleider doet onderzoek, er volgt een "
           "individueel handelingsplan en een gesprek met ouders.",
           "Zorgniveau 4 – Speciale zorg na extern onderzoek: inschakeling van de consulent van het "
           "samenwerkingsverband, het schoolmaatschappelijk werk of een externe deskundige; eventueel een "
           "arrangement of een ontwikkelingsperspectief."),
        H1("Basisondersteuning op De Wilgenhoek"),
        P("""Onze basisondersteuning voldoet aan het referentiekader van het samenwerkingsverband. Concreet
        betekent dit op onze school: een dyslexieprotocol, een rekenprotocol, de methode Kwink voor
        sociaal-emotionele ontwikkeling, een plusgroep voor kinderen uit groep 5 tot en met 8 die meer aankunnen,
        een protocol medisch handelen en een vaste contactpersoon van het lokale team die eens per zes weken op
        school is. Ons schoolondersteuningsprofiel is als bijlage bij de schoolgids opgenomen."""),
        H1("Groepsbesprekingen en leerlingbesprekingen"),
        P("""Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere leerkracht een
        groepsbespreking. Daarin komen de resultaten van de methodegebonden en methode-onafhankelijke toetsen
        aan bod, het welbevinden van de groep en de leerlingen die extra aandacht vragen. Twee keer per jaar is er
        een leerlingbespreking met het hele team. De afspraken worden vastgelegd in het groepsoverzicht in
        ParnasSys."""),
        P("""Zes keer per jaar komt het ondersteuningsteam (OT) bijeen: de intern begeleider, de directeur, de
        consulent van het samenwerkingsverband en de jeugdverpleegkundige. Ouders worden uitgenodigd wanneer
        hun kind wordt besproken."""),
        H1("Toetskalender"),
        TABLE(["Maand", "Toets", "Groepen"],
              ["september", "Signaleringslijst sociaal-emotioneel", "1-8"],
              ["januari/februari", "Cito-middentoetsen / LVS", "3-8"],
              ["februari", "Doorstroomtoets", "8"],
              ["juni", "Cito-eindtoetsen / LVS", "3-7"],
              ["juni", "Observatie kleuters", "1-2"]),
        H1("Extra ondersteuning en arrangementen"),
        P("""Als de ondersteuning op zorgniveau 3 onvoldoende helpt, vraagt de intern begeleider via het OT een
        arrangement aan bij het samenwerkingsverband. Dat kan bijvoorbeeld ambulante begeleiding zijn, een
        plaats in de observatiegroep of extra handen in de klas. De school stelt samen met de ouders een
        ontwikkelingsperspectief op. De middelen die de school van het bestuur ontvangt uit het budget van het
        samenwerkingsverband (in 2025 ruim € 44.000) besteden wij aan de uren van de intern begeleider boven
        de 0,4 fte, aan de plusgroep en aan de onderwijsassistent."""),
        H1("Verwijzing naar het sbo of so"),
        P("""Soms komen we tot de conclusie dat een kind beter op zijn plek is op een school voor speciaal
        basisonderwijs of speciaal onderwijs. Dan vraagt ons bestuur bij het samenwerkingsverband een
        toelaatbaarheidsverklaring (TLV) aan. Het samenwerkingsverband beslist daarover volgens zijn eigen
        procedure. Wij bereiden de aanvraag voor met het groeidocument en bespreken die altijd eerst met de
        ouders."""),
        H1("Terugplaatsing"),
        P("""Het komt een enkele keer voor dat een kind van het sbo terugkomt naar onze school. Wij ontvangen
        zo'n kind graag en maken met de sbo-school afspraken over een warme overdracht. In 2024-2025 kwam één
        leerling terug."""),
        H1("Samenwerking met ouders"),
        P("""Ouders worden bij de intake geïnformeerd over de ondersteuning op school. Bij zorgen neemt de
        leerkracht contact op en na elke groepsbespreking waarin een kind extra aandacht krijgt, volgt een
        gesprek. Ouders kunnen altijd een afspraak maken met de intern begeleider. Bij klachten geldt de
        klachtenregeling van het bestuur; ouders kunnen ook contact opnemen met de vertrouwenspersoon van de
        school."""),
        H1("Deskundigheid van het team"),
        P("""In 2025-2026 volgt het team een scholing over executieve functies. Twee leerkrachten volgen de
        opleiding tot gedragsspecialist. De intern begeleider neemt deel aan het IB-netwerk van het
        samenwerkingsverband."""),
        H1("Evaluatie en doelen 2025-2026"),
        UL("Alle groepsplannen zijn vervangen door groepsoverzichten in ParnasSys (december 2025).",
           "Het percentage leerlingen dat op de doorstroomtoets het streefniveau 1F haalt, blijft boven 95%.",
           "De plusgroep wordt uitgebreid naar groep 4.",
           "Elke leerkracht voert in het najaar een kindgesprek met iedere leerling."),
    ]


# ---------------------------------------------------------------------------------------------
# Labels (hand-written; the Part A status rule applied by a strict human reader)
# ---------------------------------------------------------------------------------------------

LABELS = {}

LABELS["po-lingeoever-2025-2029"] = """documents: [po-lingeoever-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
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
  basisondersteuning: "Ch. 'Wat elke school biedt': minimum for all 41 vestigingen plus a concrete list; kwaliteitskaart + verbeterplan = borging."
  plaatsing: "Ch. 'Toelaatbaarheid tot sbo en so': 5 steps, CvT, 6 weeks, criteria list, two deskundigen, duration/categorie, bezwaar + LBT."
  terugstroom: "Only the procedure, hidden in 'Afloop van de TLV' inside the TLV chapter (MDO before 1 March, new TLV before 1 April, TLV ends 31 July); aims and support after return explicitly deferred to a 2025-2026 notitie."
  financien: "Under 'Geld en middelen': EUR 165 per leerling + EUR 8.000 vaste voet, decided by bestuur; meerjarenbegroting table 2025-2028; reserve reduction; boards account in jaarverslag."
  dekkend-aanbod: "Five-level table (basis to so) plus 'Witte vlekken en thuiszitters': yearly gap analysis, EMB group 2026, thuiszitterstafel with doorzettingsmacht."
  resultaten: "'Ambities voor 2029' lists measurable beoogde resultaten; how they are followed is deferred to a kwaliteitskader 'in het najaar van 2025'."
  ouders: "Hidden under 'Communicatie en samenwerking': ouderpagina, folder in 4 languages, schoolgids, info evenings; independent OJSP Linge, Onderwijsconsulenten, Geschillencommissie."
"""

LABELS["vo-kempenrand-2025-2029"] = """documents: [vo-kempenrand-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 'Basisondersteuning' states one shared minimum for all 14 vestigingen, but the standards sit in a 'Kaart' on the website and their concretisation is deferred to 2025-2026; only the abstract definition (preventieve en licht curatieve interventies) is given."
  plaatsing: "Ch. 'Toewijzing: vso, lwoo en pro': applicant, loket, two deskundigen, Toewijzingscommissie within 4 weeks, vso criteria (a)-(c), lwoo/pro national criteria with 1 February deadline, TLV duration and categorie; no bezwaar."
  terugstroom: "Ch. 'De weg terug naar het regulier voortgezet onderwijs': aim and conditions, January OPP evaluation, trajectbegeleider, receiving school decides, TLV ends on inschrijving, 12-month overstaparrangement."
  financien: "Ch. 'Middelen' only says begroting and verdeelmodel are in a separate document (jaarbegroting 2025) that is not part of the plan; no amounts, no criteria."
  dekkend-aanbod: "Four-level ondersteuningsroute (OPDC, Rebound, ISK, HB-lab, two vso) = continuum; 'Is het aanbod dekkend?' only says thuiszitters are a concern and defers the witte-vlekken study to 2026."
  resultaten: "Ch. 'Kwaliteit en resultaten': goal table with baseline, streefwaarde 2029 and source; quarterly data, half-yearly resultatendialoog, jaarverslag reporting."
  ouders: "No information channels and no independent help for parents anywhere; 'onafhankelijke ondersteuning voor ouders' appears only in the begrippenlijst and the legal summary."
"""

LABELS["po-duin-en-polder-2025-2029"] = """documents: [po-duin-en-polder-2025-2029.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Called 'de ondergrens' (ch. 'De ondergrens: wat iedere school waarmaakt'): agreed for all 33 locaties, content only in a standards table."
  plaatsing: "Ch. 'Toelaatbaarheid en terugplaatsing': applicant, Toelatingsteam, two deskundigen, directeur-bestuurder decides within 8 weeks, duration; criteria 'worden in 2025-2026 opnieuw vastgesteld' (deferral, maatwerk)."
  terugstroom: "Only the heading 'Terugplaatsing' with 'p.m. - afspraken volgen'; overstap PO-VO (uitstroom) and glossary entry are near-misses."
  financien: "Ch. 'Geld en middelen': verdeling only in the component table (EUR 142 per leerling, EUR 6.500 vaste voet, arrangements max EUR 9.000, who decides); spending rule + meerjarenbegroting table; reserve."
  dekkend-aanbod: "Ch. 'Het ondersteuningsnetwerk': arrangements to Duinklas, Taalhaven, sbo, so; 'Waar het netwerk nog niet sluit': monthly overview, casusregisseur, 3-month limit, second Duinklas group."
  resultaten: "Ch. 'Kwaliteit' defers beoogde resultaten and indicators to the first jaarplan 2025-2026; no monitoring described, no figures."
  ouders: "Ch. 'Ouders' names the independent Oudersteunpunt Kust, Onderwijsconsulenten, Geschillencommissie and bezwaar, but nowhere says how parents are informed about the support facilities."
"""

LABELS["vo-veenweide-rijn-2025-2029"] = """documents: [vo-veenweide-rijn-2025-2029.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
notes:
  basisondersteuning: "Section 'Basisondersteuning' only says the old referentiekader lapsed, a new profile follows in 2025-2026 and refers to the schools' SOPs; trede 1 is a passing mention; the term is otherwise only in the TOC and begrippenlijst."
  plaatsing: "Ch. 'Toelaatbaarheid tot vso en pro, lwoo': vso criteria list and national pro/lwoo criteria, TLV duration; steps, terms and form are only 'opgenomen in bijlage 3', which is not part of the input."
  terugstroom: "Ch. 'Terugplaatsing en overplaatsing': policy, conditions and a 6-month schakeltraject; the procedure is left to each vso school's own protocol; terugplaatsingen are counted in the kwaliteitscyclus."
  financien: "Ch. 'Verdeling van de middelen': EUR 118 per leerling + EUR 1.450 per lwoo pupil, monthly terms, central budget for trede 3-4; meerjarenbegroting 'volgt ... als afzonderlijk document'."
  dekkend-aanbod: "Five-trede table plus ISK/OZA/HB; 'Geen leerling buiten beeld': register, trajectbegeleider within 5 days, escalation, half-yearly analysis and new havo-vso group."
  resultaten: "Ch. 'Kwaliteitszorg' describes data collection twice a year, school dialogues, satisfaction survey, jaarverslag by 1 July; the results themselves are deferred to jaarplannen ('we streven ernaar ... zo goed mogelijk')."
  ouders: "Hidden in ch. 'Communicatie': ouder information page, brochure at groep 8 aanmelding, aanspreekpunt, November meeting; independent OJSP Veenweide, Onderwijsconsulenten, klachtenregeling."
"""

LABELS["po-vechtdal-west-2025-2029"] = """documents: [po-vechtdal-west-2025-2029.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 'Basisondersteuning': same ondergrens for all 26 vestigingen, but which voorzieningen belong to it is deferred to an uitwerkingsnotitie expected in spring 2026."
  plaatsing: "Ch. 'Toelaatbaarheid' only refers to the 'Route naar sbo en so' on the website; no procedure, criteria, deskundigen, duration or bezwaar in the plan."
  terugstroom: "Ch. 'Weer naar de basisschool in de buurt': aim, November/June evaluations, initiative by IB'er, basisschool decides in 6 weeks, proefperiode, TLV end, 12-month terugkeerarrangement with EUR 4.000."
  financien: "Begroting table 2025-2028 with amounts (besteding) and reserve; the verdeelsleutel 'wordt in 2026 herzien; tot die tijd blijft de bestaande verdeling van kracht' without describing it."
  dekkend-aanbod: "No continuum of provisions, no gap/thuiszitter approach; OOGO is only a procedural date; 'dekkend aanbod' only in the begrippenlijst."
  resultaten: "Ch. 'Wat we willen bereiken en hoe we dat volgen': five measurable targets, data sources, March voortgangsrapportage, jaarverslag paragraph, 3-year results table."
  ouders: "Ch. 'Informatie voor ouders': ouderpagina, schoolgids paragraph, yearly info evening; no independent help for parents (OJSP/Onderwijsconsulenten only in the begrippenlijst/afkortingen)."
"""

LABELS["school-wilgenhoek-ondersteuningsplan-2025-2026"] = """documents: [school-wilgenhoek-ondersteuningsplan-2025-2026.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, toetskalender, school budget); it explicitly says the SWV's ondersteuningsplan is a different document. No SWV markers such as planperiode, OPR, OOGO."
"""


# ---------------------------------------------------------------------------------------------

def main():
    plans = [
        ("po-lingeoever-2025-2029", plan1, S1, "docx"),
        ("vo-kempenrand-2025-2029", plan2, S2, "docx"),
        ("po-duin-en-polder-2025-2029", plan3, S3, "pdf"),
        ("vo-veenweide-rijn-2025-2029", plan4, S4, "pdf"),
        ("po-vechtdal-west-2025-2029", plan5, S5, "md"),
    ]
    for name, fn, s, fmt in plans:
        blocks = fn()
        title = [f"Ondersteuningsplan {s['period']}", s["name"], f"Samenwerkingsverband {s['code']}",
                 f"Vastgesteld door het bestuur op {s['vast_datum']}"]
        header = f"{s['short']} – Ondersteuningsplan {s['period']}"
        path = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, path, header, title)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header, title)
        else:
            write_md(blocks, path, title)
        print(f"{path.name}: {word_count(blocks)} words", file=sys.stderr)
    nm = nearmiss()
    write_html(nm, OUT / "school-wilgenhoek-ondersteuningsplan-2025-2026.html",
               ["Ondersteuningsplan 2025-2026 OBS De Wilgenhoek", "Leerlingenzorg en ondersteuningsstructuur",
                "Vastgesteld door de directie na advies van het team, juni 2025"])
    print(f"near-miss: {word_count(nm)} words", file=sys.stderr)
    for name, text in LABELS.items():
        (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
