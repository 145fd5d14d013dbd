#!/usr/bin/env python3
"""Generate the holdout310 test set for opcheck: five fictional ondersteuningsplannen
(PO and VO; .docx, .pdf rendered via LibreOffice, .md) plus one near-miss document (.html),
each with a hand-written <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Rendering
# Blocks: ("title", title, [subtitle lines]), ("toc",), ("h1", t), ("h2", t), ("p", t),
#         ("ul", [items]), ("table", [header], [[row], ...]), ("pagebreak",)
# ---------------------------------------------------------------------------

def toc_entries(blocks):
    entries, page, words = [], 3, 0
    for b in blocks:
        if b[0] in ("p", "ul", "table"):
            text = b[1] if b[0] == "p" else " ".join(" ".join(r) if isinstance(r, list) else r
                                                     for r in (b[1] if b[0] == "ul" else b[2]))
            words += len(text.split())
            page = 3 + words // 380
        if b[0] in ("h1", "h2"):
            entries.append((b[0], b[1], page))
    return entries


def render_docx(blocks, path, header_text=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "holdout310"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
        doc.sections[0].footer.paragraphs[0].text = header_text.split("|")[0].strip() + " – concept ter vaststelling"
    toc = toc_entries(blocks)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
            for line in b[2]:
                doc.add_paragraph(line)
        elif kind == "toc":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for lvl, t, pg in toc:
                indent = "" if lvl == "h1" else "    "
                doc.add_paragraph(f"{indent}{t} {'.' * max(3, 60 - len(t))} {pg}")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
            for r, row in enumerate(rows, start=1):
                for i, cell in enumerate(row):
                    t.rows[r].cells[i].text = cell
            doc.add_paragraph("")
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    toc = toc_entries(blocks)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
            out.extend(f"{line}  " for line in b[2])
            out.append("")
        elif kind == "toc":
            out.append("**Inhoud**\n")
            for lvl, t, _ in toc:
                out.append(("- " if lvl == "h1" else "    - ") + t)
            out.append("")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend(f"- {i}" for i in b[1])
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            for row in b[2]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    out.append('<nav class="menu"><a href="#">Home</a> | <a href="#">Ouders</a> | '
               '<a href="#">Ondersteuning</a> | <a href="#">Contact</a></nav>')
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
            out.extend(f"<p class=\"sub\">{e(line)}</p>" for line in b[2])
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("<footer>© Christelijke Basisschool De Wilgenhoek – onderdeel van Stichting Vaartkwartier</footer>")
    out.extend(["</body>", "</html>"])
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout310_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] == "ul":
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in [b[1]] + b[2] for c in row)
    return n


# ---------------------------------------------------------------------------
# Filler shared by the plans (the prose real plans contain around the legal elements).
# It deliberately mentions ouders, middelen, arrangement, toelaatbaarheid, resultaten ...
# in passing only.
# ---------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan "
              f"sinds de invoering van de Wet passend onderwijs in 2014 en het eerste dat volledig is geschreven "
              f"na de eindevaluatie en de Verbeteraanpak passend onderwijs. Passend onderwijs is geen eindpunt maar "
              f"een beweging: van loketten en formulieren naar vertrouwen, van 'wie betaalt' naar 'wat heeft dit kind "
              f"nodig'. Dat klinkt eenvoudig, maar iedereen die de afgelopen jaren in {c['regio']} in het onderwijs "
              f"werkte, weet hoe weerbarstig de praktijk kan zijn."),
        ("p", "Dit plan is tot stand gekomen in gesprek met heel veel mensen: schoolleiders, intern begeleiders, "
              "ondersteuningscoördinatoren, leerkrachten, jeugdprofessionals, leerplichtambtenaren, wethouders en "
              "natuurlijk ouders. Tijdens vier open bijeenkomsten in het voorjaar hebben ruim honderdtwintig mensen "
              "meegedacht. Hun opbrengst is verwerkt in de ambities die u verderop leest. Wij danken in het bijzonder "
              "de leden van de ondersteuningsplanraad, die het concept kritisch en constructief hebben gelezen."),
        ("p", "In dit plan leggen wij vast waar wij de komende vier jaar aan werken, welke resultaten wij nastreven "
              "en hoe wij de middelen die ons zijn toevertrouwd verantwoord inzetten. Het plan is bewust compact "
              "gehouden. Waar mogelijk verwijzen wij naar uitwerkingen die jaarlijks worden bijgesteld, zodat het "
              "plan zelf vier jaar lang richting kan geven zonder elk jaar te verouderen."),
        ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n"
              f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def f_leeswijzer(c, extra=""):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 beschrijft de context van het samenwerkingsverband: de regio, de aangesloten "
              "schoolbesturen en de kengetallen. Daarna volgen onze visie en missie. De hoofdstukken daarna volgen "
              "de onderwerpen die de wet voorschrijft, aangevuld met onderwerpen die wij zelf belangrijk vinden, "
              "zoals personeel, gegevensbescherming en de samenwerking met gemeenten. Achter in het plan vindt u "
              "de planning, een begrippenlijst en een lijst met afkortingen. " + extra),
    ]


def f_context(c):
    rows = [[g, str(s), str(l)] for g, s, l in c["gemeenten"]]
    tot_s = sum(s for _, s, _ in c["gemeenten"])
    tot_l = sum(l for _, _, l in c["gemeenten"])
    rows.append(["Totaal", str(tot_s), str(tot_l)])
    soort = "basisscholen" if c["sector"] == "po" else "scholen voor voortgezet onderwijs"
    return [
        ("h1", "1 Het samenwerkingsverband in context"),
        ("h2", "1.1 Regio en aangesloten besturen"),
        ("p", f"{c['naam']} (registratienummer {c['code']}) is een stichting waarin {c['n_besturen']} schoolbesturen "
              f"samenwerken. Het werkgebied omvat de gemeenten {', '.join(g for g, _, _ in c['gemeenten'])}. "
              f"Binnen het werkgebied liggen {tot_s} {soort} en vestigingen van het speciaal onderwijs. "
              f"De regio kent zowel stedelijke wijken met een grote diversiteit als dunbevolkte dorpen waar de "
              f"dichtstbijzijnde school soms meer dan tien kilometer ver ligt. Dat heeft gevolgen voor "
              f"leerlingenvervoer en voor de bereikbaarheid van voorzieningen."),
        ("table", ["Gemeente", "Aantal scholen/vestigingen", f"Leerlingen (teldatum 1 oktober {c['teljaar']})"], rows),
        ("p", f"Het leerlingaantal in de regio daalt licht: de prognose voor {c['prognosejaar']} ligt ongeveer vier "
              f"procent lager dan nu. Die krimp is niet gelijk verdeeld; in de kernen buiten de stad is de daling "
              f"sterker. De besturen bereiden zich hierop voor in hun eigen strategische beleidsplannen."),
        ("h2", "1.2 Ontwikkelingen in de omgeving"),
        ("p", "Het onderwijs staat onder druk door het lerarentekort, de toename van het aantal leerlingen met "
              "complexe vragen op het snijvlak van onderwijs en zorg, en de bezuinigingen die het Rijk heeft "
              "aangekondigd. Tegelijk zien wij veel veerkracht: scholen die samen een oplossing zoeken, gemeenten "
              "die willen investeren in preventie en ouders die actief meedenken. Landelijk lopen trajecten die "
              "invloed hebben op dit plan, zoals de wetgeving over de positie van ouders en leerlingen en de "
              "ontwikkeling van een landelijke norm. Wij volgen die ontwikkelingen en stellen dit plan zo nodig "
              "tussentijds bij, na instemming van de ondersteuningsplanraad."),
    ]


def f_visie(c):
    return [
        ("h1", "2 Visie, missie en ambities"),
        ("h2", "2.1 Visie"),
        ("p", f"Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het kan. Een zo "
              f"passend mogelijke plek, zo dicht mogelijk bij huis, samen met leeftijdgenoten uit de buurt. "
              f"Dat vraagt om scholen die zich verantwoordelijk voelen voor alle kinderen in hun wijk of dorp, en om "
              f"een samenwerkingsverband dat die scholen ondersteunt, verbindt en waar nodig aanspreekt. "
              f"In {c['regio']} willen wij dat geen enkel kind tussen wal en schip valt."),
        ("p", "Onze visie rust op drie pijlers. De eerste is nabijheid: ondersteuning wordt zo veel mogelijk "
              "geboden in de klas en op de school waar het kind al is. De tweede is vakmanschap: leraren en "
              "ondersteuners zijn de belangrijkste factor, en zij verdienen tijd, scholing en collega's die kunnen "
              "meekijken. De derde is eenvoud: ouders en scholen moeten niet verdwalen in procedures. Wij werken "
              "resultaatgericht, maar meten ons succes niet alleen in cijfers."),
        ("h2", "2.2 Missie"),
        ("p", f"{c['kort']} verbindt scholen, ouders en partners zodat elk kind in de regio onderwijs krijgt dat "
              f"aansluit bij zijn mogelijkheden. Wij doen dat door kennis te delen, middelen eerlijk te verdelen en "
              f"waar nodig knopen door te hakken. Wij zijn er voor de scholen, en via de scholen voor de kinderen."),
        ("h2", "2.3 Kernwaarden"),
        ("ul", ["Samen: we zijn gezamenlijk verantwoordelijk en lossen vragen op in de regio.",
                "Dichtbij: ondersteuning zo thuisnabij en zo regulier als het kan.",
                "Eerlijk: we zijn transparant over keuzes, geld en dilemma's.",
                "Lerend: we evalueren, delen wat werkt en durven bij te sturen."]),
        ("h2", "2.4 Ambities op hoofdlijnen"),
        ("p", "Voor de komende planperiode hebben wij vier ambities geformuleerd: versterken van het vakmanschap in "
              "de scholen, eenvoudiger werkwijzen voor scholen en ouders, een sterkere verbinding met de jeugdhulp, "
              "en meer zicht op wat onze inzet oplevert. Deze ambities werken wij jaarlijks uit in het jaarplan. "
              "Het jaarplan wordt besproken met de ondersteuningsplanraad en vastgesteld door het bestuur."),
    ]


def f_terugblik_organisatie(c):
    return [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", f"In de vorige planperiode heeft {c['kort']} vooral geïnvesteerd in de eigen organisatie. Het bureau "
              f"verhuisde naar een centraal gelegen pand, de website werd vernieuwd en de besturen kozen na een "
              f"zorgvuldig traject voor een nieuw governancemodel. Ook werd een nieuw digitaal systeem voor "
              f"groeidocumenten in gebruik genomen. De coronaperiode zette veel plannen op een lager pitje; "
              f"de leernetwerken voor intern begeleiders kwamen pas in 2022 weer op gang. Deze terugblik is "
              f"nadrukkelijk een terugblik op de organisatie; de inhoudelijke lessen zijn verwerkt in de "
              f"hoofdstukken die volgen."),
    ]


def f_governance(c, num):
    return [
        ("h1", f"{num} Organisatie en governance"),
        ("h2", f"{num}.1 Juridische vorm en bestuursmodel"),
        ("p", f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen de Algemene Vergadering "
              f"(AV). De AV benoemt de leden van de Raad van Toezicht en stelt de statuten vast. De dagelijkse "
              f"leiding ligt bij de directeur-bestuurder, die het bestuur vormt in de zin van de statuten. Daarmee "
              f"zijn bestuur en toezicht gescheiden, zoals de Code Goed Bestuur vraagt. De statuten bevatten een "
              f"regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
        ("p", "De Raad van Toezicht bestaat uit vijf leden, van wie er twee op voordracht van de AV en drie op "
              "basis van een openbaar profiel worden benoemd. De raad vergadert ten minste vijf keer per jaar, "
              "keurt de begroting en het jaarverslag goed en is werkgever van de directeur-bestuurder. "
              "Eens per jaar evalueert de raad het eigen functioneren, eens in de drie jaar onder externe "
              "begeleiding."),
        ("h2", f"{num}.2 Bureau"),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt het bestuur en voert de dagelijkse taken uit. "
              "Het bureau bestaat uit een managementassistent, een beleidsmedewerker, een controller (ingehuurd), "
              "een team orthopedagogen en consulenten, en een secretariaat. Het bureau is op werkdagen "
              "bereikbaar tussen 8.30 en 16.30 uur."),
        ("table", ["Functie", "Formatie (fte)", "Opmerking"],
         [["Directeur-bestuurder", "1,0", "benoemd door RvT"],
          ["Beleidsmedewerker", "0,8", ""],
          ["Orthopedagogen / consulenten", c.get("fte_ortho", "4,6"), "inclusief detachering"],
          ["Secretariaat en administratie", "1,6", ""],
          ["Controller", "0,2", "ingehuurd via administratiekantoor"]]),
        ("h2", f"{num}.3 Relatie met de besturen"),
        ("p", "De besturen zijn eigenaar van het samenwerkingsverband én leverancier van het onderwijs. Die dubbele "
              "rol vraagt om heldere afspraken. Tweemaal per jaar voert de directeur-bestuurder een "
              "bestuurlijk gesprek met elk bestuur. Daarnaast is er een schoolleidersoverleg per subregio, "
              "dat zes keer per jaar bijeenkomt. De toelaatbaarheid van leerlingen, de inzet van arrangementen "
              "en de samenwerking met de wijkteams zijn vaste gespreksonderwerpen."),
    ]


def f_opr(c, num, parents_role=True):
    if parents_role:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
                "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen "
                "het perspectief van gezinnen in en hebben instemmingsrecht op dit plan. ")
    else:
        comp = ("De ondersteuningsplanraad (OPR) is samengesteld volgens artikel 4a van de Wet medezeggenschap op "
                "scholen en heeft een eigen reglement. ")
    return [
        ("h1", f"{num} Medezeggenschap"),
        ("p", comp + f"De OPR vergadert vijf keer per jaar en wordt ondersteund door een ambtelijk secretaris. "
              f"Op het concept van dit ondersteuningsplan heeft de OPR op {c['opr_datum']} ingestemd, na twee "
              f"bijeenkomsten waarin de directeur-bestuurder de keuzes toelichtte."),
        ("p", "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van "
              "het bureau. De OPR en de MR ontvangen jaarlijks het jaarverslag en het jaarplan. De OPR heeft in "
              "de afgelopen periode ook het initiatief genomen tot een gesprek over de bereikbaarheid van het "
              "bureau, wat leidde tot een vast telefonisch spreekuur voor scholen."),
    ]


def f_oogo(c, num, substantive=True):
    blocks = [("h1", f"{num} Samenwerking met gemeenten"),
              ("p", f"Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht "
                    f"overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten in ons "
                    f"werkgebied. Het verslag van dat overleg ligt ter inzage op het bureau. Ook heeft overleg "
                    f"plaatsgevonden met het samenwerkingsverband {c['ander_swv']}, waarvan het werkgebied "
                    f"grotendeels samenvalt met het onze.")]
    if substantive:
        blocks += [
            ("p", "Met de gemeenten hebben wij afgesproken dat de jeugdhulp in de school plaatsvindt waar dat kan. "
                  "Elke school heeft een vaste contactpersoon uit het wijkteam die minimaal maandelijks op school "
                  "aanwezig is. Voor leerlingen die onderwijs en zorg combineren, maken school, wijkteam en "
                  "samenwerkingsverband een onderwijszorgarrangement met een gezamenlijke financiering; de "
                  "gemeente betaalt het zorgdeel, het samenwerkingsverband het onderwijsdeel."),
            ("p", "Onderwerpen als leerlingenvervoer en onderwijshuisvesting zijn wettelijke taken van de gemeenten. "
                  "Wij denken mee, maar besluiten daar niet over."),
        ]
    return blocks


def f_personeel(c, num):
    return [
        ("h1", f"{num} Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen in de klas. Het lerarentekort raakt ook onze regio: "
              "in het afgelopen jaar waren gemiddeld elf vacatures langer dan drie maanden open. Dat betekent dat "
              "ondersteuning niet vanzelfsprekend is en dat onderwijsassistenten, zij-instromers en "
              "onbevoegden een steeds grotere rol spelen. Het samenwerkingsverband is geen werkgever van de "
              "leraren; de besturen zijn verantwoordelijk voor hun eigen personeelsbeleid."),
        ("p", "Wat wij wel doen, is kennis delen. Wij organiseren leernetwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren, een jaarlijkse studiedag en korte scholingen over thema's die scholen "
              "zelf aandragen, zoals omgaan met angst, executieve functies en samenwerken met ouders. De "
              "orthopedagogen van het bureau geven consultatie op locatie. Nieuwe medewerkers van het bureau "
              "volgen een inwerkprogramma met meeloopdagen op scholen."),
        ("p", "In de ondersteuningsplanraad is gevraagd naar de gevolgen van dit plan voor het personeel. Dit plan "
              "heeft geen directe gevolgen voor de formatie van de scholen. Voor het bureau verwachten wij een "
              "beperkte uitbreiding van het team consulenten, binnen de bestaande begroting."),
    ]


def f_privacy(c, num):
    return [
        ("h1", f"{num} Gegevensbescherming en ICT"),
        ("p", "Bij het werk van het samenwerkingsverband worden persoonsgegevens van leerlingen verwerkt, waaronder "
              "gegevens over gezondheid. Wij doen dat alleen voor zover de wet dat toestaat en zo beperkt mogelijk. "
              "Het samenwerkingsverband heeft een functionaris gegevensbescherming (FG), een privacyreglement en "
              "een register van verwerkingen. Dossiers worden bewaard tot drie jaar na het laatste besluit en "
              "daarna vernietigd."),
        ("p", "Voor de uitwisseling van gegevens met scholen gebruiken wij een beveiligde digitale omgeving waarin "
              "het groeidocument wordt opgesteld. Medewerkers hebben alleen toegang tot de dossiers die zij nodig "
              "hebben. In 2024 is een externe audit op informatiebeveiliging uitgevoerd; de aanbevelingen zijn "
              "inmiddels doorgevoerd. Het bureau werkt in een cloudomgeving met tweestapsverificatie; laptops "
              "zijn versleuteld. Datalekken worden binnen 72 uur gemeld aan de Autoriteit Persoonsgegevens."),
        ("p", "De website van het samenwerkingsverband voldoet aan de toegankelijkheidsrichtlijnen. In de komende "
              "periode vervangen wij het verouderde registratiesysteem voor aanvragen door een systeem dat "
              "aansluit op de administratiesystemen van de scholen."),
    ]


def f_planning(c, num):
    return [
        ("h1", f"{num} Totstandkoming en planning"),
        ("p", "Dit ondersteuningsplan is in ruim een jaar tot stand gekomen. Onderstaand overzicht toont de "
              "belangrijkste stappen. De volgorde is bewust gekozen: eerst de inhoud met scholen en partners, "
              "dan het formele overleg, en pas daarna de vaststelling."),
        ("table", ["Stap", "Datum"],
         [["Startbijeenkomst met schoolleiders en IB'ers", c["start_datum"]],
          ["Open bijeenkomsten (vier avonden)", "januari – februari " + c["plan_jaar"]],
          ["Concept besproken in OOGO met gemeenten", c["oogo_datum"]],
          ["Instemming ondersteuningsplanraad", c["opr_datum"]],
          ["Vaststelling door het bestuur", c["vaststel_datum"]],
          ["Toezending aan de inspectie", "vóór 1 mei " + c["plan_jaar"]],
          ["Tussentijdse evaluatie", "voorjaar " + c["mid_jaar"]]]),
        ("p", "Het plan geldt voor vier schooljaren. Halverwege de planperiode bespreken bestuur en OPR of "
              "tussentijdse bijstelling nodig is. Wijzigingen worden ter instemming aan de OPR voorgelegd."),
    ]


def f_kennis(c, num):
    return [
        ("h1", f"{num} Kennisdeling en innovatie"),
        ("p", "Scholen in de regio weten samen veel meer dan ieder afzonderlijk. Daarom investeren wij in "
              "netwerken waarin professionals van elkaar leren. Er zijn netwerken rond gedrag, rond "
              "meer- en hoogbegaafdheid, rond taalontwikkeling en rond het jonge kind. Elk netwerk wordt "
              "getrokken door een school met aantoonbare expertise, met ondersteuning van het bureau."),
        ("p", "Daarnaast stimuleren wij kleinschalige innovaties. Scholen kunnen eenmaal per jaar een voorstel "
              "indienen voor een experiment dat bijdraagt aan inclusiever onderwijs. Een commissie van "
              "schoolleiders beoordeelt de voorstellen. Voorbeelden uit de afgelopen jaren zijn een "
              "co-teachingproject, een buitenlesprogramma voor kinderen met concentratieproblemen en een "
              "ouderkamer waar ouders elkaar ontmoeten. De opbrengsten worden gedeeld op de jaarlijkse "
              "studiedag."),
    ]


def f_begrippen(c, num):
    po = c["sector"] == "po"
    items = [
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                               "samenwerkingsverband bieden, zonder aanvraag."],
        ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van een arrangement."],
        ["Arrangement", "Een samenhangend geheel van ondersteuning voor een leerling of groep, met afspraken over "
                        "doel, duur en middelen."],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waardoor voor elke leerling een passende plek beschikbaar is."],
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot "
                                             + ("het speciaal basisonderwijs of speciaal onderwijs." if po else
                                                "het voortgezet speciaal onderwijs.")],
        ["Terugplaatsing", "De overstap van een leerling uit het " + ("s(b)o" if po else "vso")
                           + " naar het regulier onderwijs."],
        ["Ondersteuningsmiddelen", "De middelen die het samenwerkingsverband van het Rijk ontvangt voor lichte en zware ondersteuning."],
        ["Meerjarenbegroting", "Een begroting die meerdere jaren vooruitkijkt."],
        ["Beoogde en bereikte resultaten", "Wat het samenwerkingsverband wil bereiken en wat daarvan is gerealiseerd."],
        ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen "
                                            "over passend onderwijs."],
        ["Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen gratis helpt bij een vastgelopen "
                               "schoolsituatie."],
        ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat of niet staat ingeschreven."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling met extra ondersteuningsbehoefte "
                       "een passende plek te bieden."],
    ]
    if not po:
        items += [["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."],
                  ["Praktijkonderwijs (pro)", "Schoolsoort voor leerlingen voor wie een vmbo-diploma niet haalbaar is."],
                  ["OPDC", "Orthopedagogisch-didactisch centrum."]]
    return [("h1", f"{num} Begrippenlijst"), ("table", ["Begrip", "Omschrijving"], items)]


def f_afkortingen(c, num):
    ab = [["AV", "Algemene Vergadering"], ["FG", "Functionaris gegevensbescherming"],
          ["IB'er", "Intern begeleider"], ["MR", "Medezeggenschapsraad"],
          ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
          ["OPP", "Ontwikkelingsperspectief(plan)"], ["OPR", "Ondersteuningsplanraad"],
          ["OT", "Ondersteuningsteam"], ["OZA", "Onderwijszorgarrangement"], ["RvT", "Raad van Toezicht"],
          ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
          ["TLV", "Toelaatbaarheidsverklaring"]]
    if c["sector"] == "po":
        ab += [["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"]]
    else:
        ab += [["LWOO", "Leerwegondersteunend onderwijs"], ["PrO", "Praktijkonderwijs"],
               ["VSO", "Voortgezet speciaal onderwijs"], ["PCL", "Permanente commissie leerlingenzorg"]]
    return [("h1", f"{num} Afkortingen"), ("table", ["Afkorting", "Betekenis"], ab)]


def title_blocks(c, subtitle):
    return [("title", f"Ondersteuningsplan {c['periode']}",
             [c["naam"], f"Registratienummer {c['code']}", subtitle,
              f"Vastgesteld door het bestuur op {c['vaststel_datum']}, na instemming van de OPR op {c['opr_datum']}",
              "Inhoud: basisondersteuning – toelaatbaarheid – terugplaatsing – financiën – dekkend aanbod – "
              "resultaten – ouders"]),
            ("toc",)]


# ---------------------------------------------------------------------------
# Plan A – PO, .docx – SWV De Vaart
# ---------------------------------------------------------------------------
CTX_A = dict(
    naam="Stichting Samenwerkingsverband Passend Onderwijs De Vaart", kort="De Vaart", code="PO 27-09",
    regio="de Vaartstreek", periode="2026-2030", sector="po", n_besturen=11, bestuurder="drs. M.H. Oudshoorn",
    gemeenten=[("Vaartstad", 31, 7420), ("Oostervaart", 12, 2310), ("Lindeloo", 9, 1480), ("Hoogmade-Ter Aar", 8, 1195)],
    teljaar="2024", prognosejaar="2030", opr_datum="18 maart 2026", oogo_datum="4 maart 2026",
    ander_swv="VO Vaartstreek (VO 27-10)", start_datum="14 november 2024", plan_jaar="2026", mid_jaar="2028",
    vaststel_datum="2 april 2026", fte_ortho="5,2")


def plan_a():
    c = CTX_A
    b = title_blocks(c, "Primair onderwijs – ondersteuningsplan voor de schooljaren 2026-2027 tot en met 2029-2030")
    b += f_voorwoord(c)
    b += f_leeswijzer(c, "Over beoogde en bereikte resultaten rapporteren wij, zoals gebruikelijk, in het "
                         "jaarverslag van het samenwerkingsverband.")
    b += f_terugblik_organisatie(c)
    b += f_context(c)
    b += f_visie(c)
    b += [
        ("h1", "3 Wat elke school biedt"),
        ("p", "In De Vaart hebben de elf besturen samen vastgelegd wat ouders op iedere school mogen verwachten. Dit "
              "afgesproken niveau geldt voor alle 60 scholen en elke nevenvestiging, ongeacht bestuur, denominatie of "
              "grootte. Een school die een leerling aanneemt, biedt deze ondersteuning zonder dat daarvoor een "
              "aanvraag bij het samenwerkingsverband nodig is. Wat een school daarbovenop kan bieden, staat in het "
              "schoolondersteuningsprofiel; dat mag meer zijn, nooit minder."),
        ("p", "Concreet betekent dit dat elke vestiging van een school in De Vaart ten minste het volgende heeft "
              "georganiseerd:"),
        ("ul", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die de ondersteuning coördineert "
                "en bereikbaar is voor ouders;",
                "een ondersteuningsteam (OT) dat ten minste zes keer per schooljaar bijeenkomt, met de intern "
                "begeleider, de schoolleider, de vaste orthopedagoog van het samenwerkingsverband en, op uitnodiging, "
                "de contactpersoon van het wijkteam;",
                "het regionale dyslexieprotocol en een aanpak voor rekenproblemen, inclusief signalering vanaf groep 2;",
                "een schoolbrede aanpak voor sociale veiligheid en gedrag, met een preventief programma in alle groepen "
                "en een vast stappenplan bij gedragsproblemen;",
                "een aanbod voor leerlingen die meer aankunnen, met verrijkingsmateriaal in de klas en deelname aan een "
                "bovenschoolse plusgroep vanaf groep 5;",
                "een protocol medisch handelen en een toegankelijk gebouw of afspraken met een nabije school die dat wel is;",
                "handelingsgericht werken: groepsoverzichten, twee groepsbesprekingen per jaar en een OPP voor iedere "
                "leerling die een eigen leerlijn volgt."]),
        ("p", "Iedere twee jaar bezoekt een auditteam van het samenwerkingsverband, samengesteld uit een "
              "orthopedagoog en een intern begeleider van een andere school, elke school en toetst de afspraken aan "
              "de hand van de kwaliteitskaart basisondersteuning. Voldoet een school op een onderdeel niet, dan maakt "
              "de school binnen drie maanden een verbeterplan dat de directeur-bestuurder met het bevoegd gezag "
              "bespreekt."),
        ("h1", "4 Ondersteuningsroute en aanbod in de regio"),
        ("h2", "4.1 Van basis naar speciaal"),
        ("p", "Het samenhangend geheel van ondersteuningsvoorzieningen in De Vaart is opgebouwd in vier niveaus. "
              "Onderstaande tabel laat zien welke voorzieningen er per niveau zijn en hoe een leerling er terechtkomt."),
        ("table", ["Niveau", "Voorzieningen", "Toegang"],
         [["1 Basisondersteuning", "zie hoofdstuk 3; op alle scholen", "school zelf"],
          ["2 Extra ondersteuning op school", "arrangement in de eigen school: extra handen, specialist, aangepast "
                                            "programma (max. 1 schooljaar)", "OT van de school, toekenning door "
                                                                              "consulent SWV binnen 4 weken"],
          ["3 Bovenschoolse voorziening", "observatiegroep De Brug (12 plaatsen), voltijds plusklas De Uitkijk "
                                          "(16 plaatsen), taalklas voor nieuwkomers in Vaartstad en Lindeloo",
           "aanmelding via het Loket, plaatsing max. 1 jaar met terugkeer naar eigen school"],
          ["4 Speciaal (basis)onderwijs", "2 sbo-scholen, 3 so-scholen cluster 3 en 4 (waarvan één met "
                                           "EMB-groep)", "toelaatbaarheidsverklaring (hoofdstuk 5)"]]),
        ("p", "Scholen kunnen bij elke stap een beroep doen op hun vaste orthopedagoog. Het Loket is het centrale "
              "aanmeldpunt voor niveau 3 en 4; het Loket zorgt ervoor dat een aanvraag niet heen en weer gaat "
              "tussen organisaties."),
        ("h2", "4.2 Geen kind zonder plek"),
        ("p", "Elk jaar in januari inventariseren het Loket en de leerplichtambtenaren samen welke leerlingen geen "
              "passende plek hebben, welke leerlingen op een wachtlijst staan en welke voorzieningen overvol zijn. "
              "Op de peildatum 1 januari 2025 waren dat 23 thuiszitters, 14 leerlingen op een wachtlijst voor "
              "so cluster 4 en 6 jonge kinderen met een ernstig meervoudige beperking voor wie in de eigen regio "
              "geen plek was. De uitkomsten worden besproken in het bestuurlijk overleg met de besturen, dat uiterlijk "
              "in april besluit welke knelpunten prioriteit krijgen."),
        ("p", "Voor de komende periode hebben wij de volgende acties afgesproken. Voor jonge kinderen met EMB "
              "openen wij per 1 augustus 2027 samen met zorgaanbieder Vaartzorg een onderwijszorggroep in Vaartstad. "
              "Voor thuiszitters geldt dat het Loket binnen vijf schooldagen na een melding een casusregisseur "
              "aanwijst, die binnen vier weken met ouders, school, leerplicht en wijkteam een plan maakt. Lukt dat "
              "niet, dan escaleert de casusregisseur naar de directeur-bestuurder, die het betrokken bestuur "
              "aanspreekt op de zorgplicht. Wachtlijsten voor so cluster 4 worden maandelijks besproken met de "
              "so-scholen; een leerling op de wachtlijst krijgt in de tussentijd een overbruggingsarrangement."),
    ]
    b += [
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("h2", "5.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
              "aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven of is "
              "aangemeld. De aanvraag loopt via het Loket en bevat het groeidocument met het OPP, de verslagen van "
              "de laatste twee OT-besprekingen, het onderwijskundig rapport en de zienswijze van de ouders. Is het "
              "dossier compleet, dan bevestigt het Loket dat binnen vijf werkdagen."),
        ("p", "De Commissie van Toelaatbaarheid (CvT) van De Vaart beslist namens het bestuur binnen zes weken na "
              "ontvangst van het complete dossier. Bij spoed, bijvoorbeeld wanneer een leerling thuiszit, beslist "
              "de voorzitter binnen tien werkdagen. De CvT vraagt in elke zaak advies aan twee deskundigen: een "
              "orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een "
              "kinderarts, maatschappelijk werker of kinderpsychiater. De deskundigen geven ieder een eigen "
              "schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift "
              "van beide adviezen."),
        ("h2", "5.2 Wanneer is een leerling toelaatbaar?"),
        ("p", "De CvT toetst aan de volgende criteria. Een leerling is toelaatbaar tot het sbo als de school aantoont "
              "dat de ondersteuning van niveau 1 en 2 ten minste een half jaar planmatig is uitgevoerd en "
              "geëvalueerd, de leerling op twee of meer ontwikkelingsgebieden (leren, gedrag, sociaal-emotioneel, "
              "communicatie) structureel is vastgelopen, en het OPP laat zien dat de leerling in een kleinere groep "
              "met een specifiek sbo-aanbod wel tot ontwikkeling komt. Een leerling is toelaatbaar tot het so als "
              "daarnaast sprake is van een langdurige en intensieve ondersteuningsbehoefte die samenhangt met een "
              "verstandelijke, lichamelijke of meervoudige beperking, een langdurige ziekte, of ernstige "
              "gedrags- of psychiatrische problematiek waarvoor onderwijs en zorg in één setting nodig zijn."),
        ("p", "Bij een TLV voor het so bepaalt de CvT de bekostigingscategorie: laag voor de meeste leerlingen in "
              "cluster 4 en leerlingen met een verstandelijke beperking, midden voor leerlingen met een lichamelijke "
              "beperking of langdurige ziekte, en hoog voor leerlingen met een meervoudige beperking. Een TLV voor "
              "het sbo geldt tot het einde van het schooljaar waarin de leerling twaalf jaar wordt; een TLV voor het "
              "so geldt voor twee schooljaren, voor leerlingen met EMB tot het einde van de basisschoolperiode."),
        ("h2", "5.3 Niet eens met het besluit"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
              "toelaatbaarheid. De Vaart is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT). Het bestuur beslist op het bezwaar na advies van de LBT."),
        ("h1", "6 Terug naar de basisschool"),
        ("p", "Een plek in het sbo of so is geen eindstation. Het uitgangspunt van De Vaart is dat leerlingen die "
              "zich in het speciaal (basis)onderwijs goed ontwikkelen, weer naar een reguliere school gaan zodra "
              "hun ondersteuningsbehoefte dat toelaat, bij voorkeur naar een school in de eigen woonplaats. "
              "Voorwaarde is dat de ontvangende school de ondersteuning uit het OPP kan bieden, eventueel met hulp. "
              "Daarom krijgt de ontvangende school bij een terugplaatsing een terugplaatsingsarrangement: "
              "gedurende twintig weken twee dagdelen per week begeleiding door een leerkracht van de sbo- of "
              "so-school, betaald door het samenwerkingsverband. Geen leerling hoort langer in het speciaal onderwijs "
              "dan nodig is."),
        ("p", "Hoe de terugplaatsing precies verloopt – wie het initiatief neemt, op welke momenten de "
              "mogelijkheid van terugkeer wordt besproken en wat er gebeurt als de TLV afloopt – leggen wij in "
              "het schooljaar 2026-2027 samen met de sbo- en so-scholen vast in een protocol terug- en "
              "doorplaatsing. Tot dat moment maken de scholen per leerling afspraken."),
        ("h1", "7 Financiën"),
        ("h2", "7.1 Verdeling van de ondersteuningsmiddelen"),
        ("p", "De Vaart ontvangt jaarlijks ongeveer € 11,4 miljoen aan ondersteuningsmiddelen. Na aftrek van de "
              "afdrachten aan DUO voor leerlingen in het so en de overdracht aan het sbo wordt het resterende "
              "budget volgens een vast verdeelmodel toegekend. Het algemeen bestuur stelt het model jaarlijks vóór "
              "1 december vast voor het volgende kalenderjaar. Het model werkt als volgt:"),
        ("table", ["Onderdeel", "Verdeelsleutel", "Bestemming"],
         [["Schoolbudget", "€ 148 per leerling op teldatum 1 oktober", "schoolbestuur, voor niveau 1 en 2"],
          ["Vaste voet", "€ 2.500 per vestiging", "schoolbestuur"],
          ["Arrangementen niveau 2", "op aanvraag, toekenning door consulent", "school van de leerling"],
          ["Bovenschoolse voorzieningen", "vaste bijdrage per plaats", "bestuur dat de voorziening uitvoert"],
          ["Bureau en Loket", "maximaal 7% van de ontvangen middelen", "samenwerkingsverband"]]),
        ("h2", "7.2 Begroting en reserves"),
        ("p", "De meerjarenbegroting 2026-2029 is opgenomen in bijlage 5 bij dit plan; daar is per jaar te zien "
              "hoeveel middelen naar welke onderdelen gaan. De reservepositie van het samenwerkingsverband wordt "
              "jaarlijks getoetst aan de signaleringswaarde van de inspectie. Ligt de reserve daarboven, dan legt "
              "het bestuur binnen drie maanden een voorstel aan de OPR voor over de inzet van het bovenmatige deel. "
              "De besturen leggen ieder jaar vóór 1 mei verantwoording af over de inzet van het schoolbudget, "
              "volgens een format dat het samenwerkingsverband aanlevert."),
    ]
    b += f_governance(c, 8)
    b += f_opr(c, 9, parents_role=True)
    b += f_oogo(c, 10, substantive=True)
    b += [
        ("h1", "11 Communicatie"),
        ("p", "Goede communicatie is de basis van vertrouwen. Wij communiceren met scholen via een maandelijkse "
              "nieuwsbrief, het schoolleidersoverleg en de website. Voor externe partners publiceren wij het "
              "jaarverslag en een korte samenvatting van dit plan."),
        ("p", "Voor ouders hebben wij een aparte route. Op de website staat de rubriek 'Ouderwijzer' met per school "
              "de basisondersteuning, het schoolondersteuningsprofiel en de contactgegevens van de intern "
              "begeleider. De brochure 'Passend onderwijs in De Vaart' legt in eenvoudige taal uit welke "
              "ondersteuning er is, van de basisondersteuning tot het speciaal onderwijs, en hoe ouders die kunnen "
              "krijgen; de brochure is er in het Nederlands, Engels, Arabisch en Pools en ligt op elke school. "
              "Twee keer per jaar organiseren wij een informatieavond voor ouders, in het voorjaar in Vaartstad en "
              "in het najaar in Lindeloo. Scholen nemen in hun schoolgids een vaste paragraaf op over passend "
              "onderwijs, met een verwijzing naar de Ouderwijzer."),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school. Zij kunnen dan terecht bij het "
              "Ouder- en Jeugdsteunpunt De Vaart. Het steunpunt is onafhankelijk van scholen en van het "
              "samenwerkingsverband; het is ondergebracht bij Stichting MEE Vaartstreek. Het steunpunt is "
              "telefonisch bereikbaar op werkdagen en houdt elke woensdagmiddag een inloopspreekuur in de "
              "bibliotheek van Vaartstad. Daarnaast wijzen wij ouders op de landelijke onderwijsconsulenten en, bij "
              "geschillen over toelating of verwijdering, op de Geschillencommissie passend onderwijs."),
    ]
    b += f_personeel(c, 12)
    b += f_privacy(c, 13)
    b += f_kennis(c, 14)
    b += f_planning(c, 15)
    b += f_begrippen(c, 16)
    b += f_afkortingen(c, 17)
    return b


LABEL_A = """documents: [po-de-vaart-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 'Wat elke school biedt': level agreed for all 60 schools and every vestiging, bullet list of concrete provisions, biennial audit with kwaliteitskaart."
  plaatsing: "Ch. 5: application via Loket by bevoegd gezag, CvT decides within 6 weeks, sbo/so criteria in 5.2, two deskundigen, categorie laag/midden/hoog and duration, bezwaar via LBT."
  terugstroom: "Ch. 6 states policy (aim, thuisnabij, 20-week terugplaatsingsarrangement) but the procedure (initiative, moments, TLV end) is deferred to a protocol to be made in 2026-2027."
  financien: "Ch. 7.1 verdeelmodel table (EUR 148 per leerling, vaste voet, 7% cap) = verdeling; the meerjarenbegroting is only referred to 'bijlage 5', not part of the input, so besteding is not addressed; reserves and verantwoording advisory are addressed in 7.2."
  dekkend-aanbod: "Ch. 4.1 four-level table of provisions (continuum); 4.2 yearly gap inventory, thuiszitter figures, EMB group from 2027, casusregisseur and escalation on zorgplicht (lacunes); OZA in ch. 10."
  resultaten: "No results chapter. Only the leeswijzer refers to the jaarverslag, the visie uses 'resultaatgericht', the voorwoord says the plan sets out results, and the glossary defines 'beoogde en bereikte resultaten': none addresses a criterion."
  ouders: "Hidden in ch. 11 'Communicatie': Ouderwijzer web pages, multilingual brochure, two information evenings, schoolgids paragraph; independent OJSP De Vaart (MEE), onderwijsconsulenten, Geschillencommissie."
"""


def f_arbeidsmarkt(c, num):
    return [
        ("h1", f"{num} Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        ("p", "Een goede start na het voortgezet onderwijs begint al in de onderbouw. Scholen werken met een "
              "loopbaanoriëntatieprogramma, organiseren bedrijfsbezoeken en laten leerlingen proeven aan het mbo. "
              "Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken de scholen "
              "samen met het regionale werkbedrijf en met werkgevers in de techniek, de zorg en de logistiek."),
        ("p", "De overstap naar het mbo is voor veel jongeren met een ondersteuningsbehoefte een kwetsbaar moment. "
              "Daarom vindt voor iedere leerling met een OPP een warme overdracht plaats naar de mbo-instelling. "
              "Het samenwerkingsverband faciliteert jaarlijks een overdrachtsmarkt waar mentoren van vo-scholen en "
              "studieloopbaanbegeleiders van het mbo elkaar ontmoeten. Uitstroomgegevens worden via de scholen "
              "verzameld; de scholen bespreken deze met hun eigen bestuur."),
    ]


# ---------------------------------------------------------------------------
# Plan B – VO, .docx – SWV VO Rivierland
# ---------------------------------------------------------------------------
CTX_B = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Rivierland", kort="Rivierland VO", code="VO 25-11",
    regio="het Rivierland", periode="2025-2029", sector="vo", n_besturen=7, bestuurder="E. van Wijngaarden MEd",
    gemeenten=[("Zaltwaard", 9, 8120), ("Bommelerbroek", 5, 3460), ("Lingedal", 4, 2270), ("Waalhoven", 4, 1980)],
    teljaar="2023", prognosejaar="2029", opr_datum="26 maart 2025", oogo_datum="11 maart 2025",
    ander_swv="PO Rivierland (PO 25-10)", start_datum="3 oktober 2023", plan_jaar="2025", mid_jaar="2027",
    vaststel_datum="8 april 2025", fte_ortho="3,8")


def plan_b():
    c = CTX_B
    b = title_blocks(c, "Voortgezet onderwijs – planperiode 1 augustus 2025 tot 1 augustus 2029")
    b += f_voorwoord(c)
    b += f_leeswijzer(c)
    b += f_context(c)
    b += f_visie(c)
    b += [
        ("h1", "3 Ondersteuning in het voortgezet onderwijs"),
        ("h2", "3.1 Basisondersteuning"),
        ("p", "De zeven besturen in Rivierland hebben afgesproken dat alle veertien scholen voor voortgezet "
              "onderwijs, op elk van hun 22 vestigingen en in elke leerweg, hetzelfde gezamenlijk vastgestelde "
              "niveau van basisondersteuning bieden. Dat niveau geldt voor iedere leerling die op de school is "
              "ingeschreven, zonder aanvraag bij het samenwerkingsverband en zonder aparte indicatie. Een school mag "
              "meer bieden dan het afgesproken niveau, maar niet minder."),
        ("p", "Welke voorzieningen, programma's en deskundigheid dat concreet zijn, beschrijven de scholen in hun "
              "schoolondersteuningsprofiel. Een actueel overzicht per vestiging is te vinden op "
              "www.swvrivierland-vo.nl/basisondersteuning."),
        ("h2", "3.2 Extra ondersteuning en voorzieningen"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, zijn er in Rivierland drie "
              "vervolgstappen. Het geheel van voorzieningen ziet er als volgt uit:"),
        ("table", ["Stap", "Voorziening", "Capaciteit", "Toegang"],
         [["Extra ondersteuning op school", "arrangement op de eigen school (coaching, aangepast rooster, "
                                             "trainingsgroep), uitgevoerd door de school", "n.v.t.",
           "ondersteuningscoördinator en consulent SWV"],
          ["Tijdelijk buiten de klas", "OPDC De Overstap (Zaltwaard): onderbouwgroep vmbo/havo, maximaal "
                                       "een jaar, daarna terug naar de eigen school", "36 plaatsen",
           "Commissie Arrangementen"],
          ["Herstel en rust", "Reboundvoorziening Kompas (Lingedal), 12 weken, deels op de eigen school",
           "18 plaatsen", "Commissie Arrangementen"],
          ["Voortgezet speciaal onderwijs", "vso cluster 3 en 4 op vier locaties, waarvan één met "
                                            "uitstroomprofiel arbeid", "ca. 610 leerlingen", "TLV (hoofdstuk 4)"],
          ["Praktijkonderwijs", "twee scholen voor praktijkonderwijs", "ca. 480 leerlingen",
           "toelaatbaarheid pro (hoofdstuk 4)"]]),
        ("p", "De voorzieningen zijn zo georganiseerd dat een leerling zoveel mogelijk verbonden blijft met de "
              "eigen school: het OPDC en de reboundvoorziening werken met een terugkeerplan vanaf de eerste dag."),
        ("h2", "3.3 Thuiszitters en witte vlekken"),
        ("p", "Thuiszitters blijven ook in Rivierland een punt van zorg. Een analyse van witte vlekken in het "
              "aanbod volgt na de evaluatie van het OPDC in 2026; de uitkomsten daarvan nemen wij op in het "
              "jaarplan 2027."),
        ("h1", "4 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "4.1 Aanvraag en besluit vso"),
        ("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school "
              "waar de leerling is ingeschreven of aangemeld. De school dient de aanvraag digitaal in met het "
              "groeidossier, het OPP met evaluaties, een verslag van het multidisciplinair overleg en de "
              "zienswijze van leerling en ouders. De Commissie Toelaatbaarheid Rivierland beoordeelt de aanvraag en "
              "neemt namens het bestuur binnen zes weken na ontvangst van het volledige dossier een besluit. De "
              "commissie wint advies in bij twee deskundigen: een orthopedagoog of psycholoog, en een tweede "
              "deskundige die past bij de vraag, zoals een kinder- en jeugdpsychiater, een maatschappelijk werker "
              "of een arts."),
        ("p", "Een TLV wordt in de regel afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie. "
              "Tegen het besluit kunnen belanghebbenden binnen zes weken bezwaar maken. Het samenwerkingsverband "
              "legt bezwaren voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "4.2 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en praktijkonderwijs vraagt de vo-school waar de leerling is aangemeld de "
              "toelaatbaarheid aan. De basisschool levert het onderwijskundig rapport en de toetsgegevens aan, de "
              "vo-school vult het aanvraagformulier in, en de Commissie Toelaatbaarheid beslist vóór 1 mei "
              "voorafgaand aan het eerste schooljaar, zodat leerlingen tijdig weten waar zij terechtkunnen. "
              "Aanvragen die later binnenkomen, worden binnen vier weken behandeld."),
        ("h2", "4.3 Toetsingskader"),
        ("p", "De criteria op basis waarvan de commissie beoordeelt of een leerling toelaatbaar is tot het vso, "
              "tot het praktijkonderwijs of tot lwoo, worden uitgewerkt in een apart toetsingskader. Het bestuur "
              "stelt dat kader naar verwachting in het voorjaar van 2026 vast, na advies van de OPR. Tot dat moment "
              "weegt de commissie iedere aanvraag afzonderlijk."),
        ("h2", "4.4 Duur, verlenging en terugkeer naar het regulier onderwijs"),
        ("p", "Rivierland kiest er nadrukkelijk voor dat het vso voor zoveel mogelijk leerlingen een tijdelijke "
              "plek is. Een leerling keert terug naar een reguliere vo-school wanneer het OPP laat zien dat de "
              "doelen zijn bereikt en de ondersteuning die nog nodig is past binnen de basisondersteuning plus een "
              "arrangement. Terugkeer gebeurt bij voorkeur aan het begin van een schooljaar of na een "
              "rapportperiode, zodat een leerling niet midden in een programma instapt. Na terugkeer krijgt de "
              "ontvangende school een terugkeerarrangement: een jaar lang een coach van de vso-school die één "
              "dagdeel per week op school is, plus een budget van € 3.500 voor aanvullende ondersteuning."),
        ("p", "De procedure verloopt in vaste stappen. De vso-school bespreekt bij elke OPP-evaluatie, twee keer "
              "per jaar, of terugkeer in beeld is. In het laatste jaar van de TLV organiseert de vso-school "
              "uiterlijk 1 februari een overleg met ouders, leerling, de consulent van het samenwerkingsverband en, "
              "als die al bekend is, de beoogde vo-school. Uit dat overleg volgt een advies: terugkeer, "
              "overplaatsing naar een andere vorm van vso, of verlenging. Bij verlenging vraagt de vso-school uiterlijk "
              "1 april een nieuwe TLV aan; bij terugkeer zoekt de consulent samen met ouders een passende school en "
              "regelt hij de warme overdracht. De Commissie Toelaatbaarheid besluit over de verlenging; over "
              "de terugkeer besluit de ontvangende school over inschrijving. In het schooljaar 2023-2024 keerden "
              "17 leerlingen uit het vso terug naar het regulier voortgezet onderwijs."),
        ("h1", "5 Geld en middelen"),
        ("h2", "5.1 Hoe verdelen wij het geld?"),
        ("p", "Rivierland ontvangt middelen voor lichte ondersteuning en voor zware ondersteuning. De middelen voor "
              "lichte ondersteuning gaan grotendeels rechtstreeks naar de besturen: zij ontvangen een bedrag per "
              "leerling op de teldatum 1 oktober, aangevuld met een vaste voet per vestiging. De middelen voor "
              "zware ondersteuning houdt het samenwerkingsverband centraal, omdat daaruit de afdrachten voor het "
              "vso, het OPDC, de reboundvoorziening en de individuele arrangementen worden betaald. Arrangementen "
              "worden per leerling toegekend door de Commissie Arrangementen op basis van het OPP; de school "
              "ontvangt een vast bedrag per arrangement van € 4.200 per schooljaar of een deel daarvan."),
        ("table", ["Verdeelregel", "Bedrag 2025", "Toelichting"],
         [["Bedrag per leerling (lichte ondersteuning)", "€ 96", "naar het bestuur, op teldatum 1 oktober"],
          ["Vaste voet per vestiging", "€ 12.000", "naar het bestuur"],
          ["Arrangement individueel", "€ 4.200", "per leerling per schooljaar"],
          ["Plaats OPDC", "€ 9.800", "per plaats per schooljaar, naar het uitvoerend bestuur"]]),
        ("h2", "5.2 Meerjarenbegroting"),
        ("p", "De tabel hieronder geeft de begrote baten en lasten voor de planperiode (bedragen × € 1.000). "
              "De begroting wordt jaarlijks geactualiseerd en na advies van de OPR door het bestuur vastgesteld."),
        ("table", ["Post", "2025", "2026", "2027", "2028"],
         [["Baten ondersteuningsmiddelen", "14.820", "14.650", "14.410", "14.230"],
          ["Afdracht vso via DUO", "6.910", "6.880", "6.840", "6.800"],
          ["Lichte ondersteuning naar besturen", "2.690", "2.650", "2.600", "2.560"],
          ["OPDC De Overstap en rebound", "1.060", "1.060", "1.060", "1.060"],
          ["Individuele arrangementen", "1.890", "1.860", "1.800", "1.760"],
          ["Bureau, Commissie Toelaatbaarheid, consulenten", "1.310", "1.330", "1.350", "1.370"],
          ["Innovatie en kennisdeling", "420", "380", "340", "300"],
          ["Resultaat", "540", "490", "420", "380"]]),
        ("p", "Het weerstandsvermogen ligt met 18% ruim onder de signaleringswaarde voor bovenmatige reserves. "
              "De besturen verantwoorden de besteding van de lichte-ondersteuningsmiddelen jaarlijks vóór 1 juni "
              "in een korte rapportage per school."),
        ("h1", "6 Kwaliteit en resultaten"),
        ("h2", "6.1 Wat willen wij bereiken?"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen die "
              "extra ondersteuning nodig hebben. Voor elk doel is een nulmeting gedaan in 2024."),
        ("table", ["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
         [["Meer leerlingen met een arrangement halen een diploma of startkwalificatie",
           "% leerlingen met arrangement dat diploma behaalt", "71%", "80%"],
          ["Minder leerlingen verlaten het regulier vo richting vso", "deelnamepercentage vso (1 oktober)",
           "4,1%", "3,6%"],
          ["Snellere besluiten", "gemiddelde doorlooptijd TLV-aanvraag", "38 dagen", "max. 30 dagen"],
          ["Leerlingen voelen zich gesteund", "% leerlingen met OPP dat tevreden is over de ondersteuning",
           "68%", "75%"]]),
        ("h2", "6.2 Hoe volgen wij dat?"),
        ("p", "Het bureau verzamelt twee keer per jaar de gegevens voor deze indicatoren uit de eigen registratie, "
              "uit DUO-gegevens en uit een digitale vragenlijst onder leerlingen met een OPP. De uitkomsten worden "
              "besproken met de besturen in de kwaliteitsgesprekken in november en juni, en gerapporteerd in de "
              "halfjaarrapportage aan de Raad van Toezicht. In het jaarverslag verantwoorden wij de bereikte "
              "resultaten ten opzichte van de streefwaarden, met de kosten per voorziening. Blijft een indicator "
              "twee metingen achter, dan stelt het bestuur een verbeteraanpak op. In 2027 laten wij de resultaten "
              "van de eerste helft van de planperiode extern evalueren."),
    ]
    b += f_governance(c, 7)
    b += f_opr(c, 8, parents_role=False)
    b += f_oogo(c, 9, substantive=True)
    b += f_personeel(c, 10)
    b += f_privacy(c, 11)
    b += f_arbeidsmarkt(c, 12)
    b += f_kennis(c, 13)
    b += f_planning(c, 14)
    b += f_begrippen(c, 15)
    b += f_afkortingen(c, 16)
    return b


LABEL_B = """documents: [vo-rivierland-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "3.1 defines one agreed level for all 22 vestigingen (niveau), but the concrete content is only referred to the schools' SOPs and a web page, so inhoud is not addressed."
  plaatsing: "4.1/4.2 give the vso and lwoo/pro procedure (who applies, dossier, commission, 6 weeks, before 1 May), deskundigen, duration, bezwaar/LBT; the criteria are deferred to a 'toetsingskader' expected spring 2026 (4.3)."
  terugstroom: "Hidden inside the TLV chapter, 4.4: policy (temporary vso, conditions, terugkeerarrangement with coach and EUR 3,500) and procedure (OPP evaluations, 1 Feb meeting in last TLV year, advice, who decides), plus 17 returns in 2023-2024."
  financien: "Ch. 5 'Geld en middelen': verdeling per leerling/vaste voet/arrangementen with amounts in a table, and a 2025-2028 meerjarenbegroting table; weerstandsvermogen and yearly accounting by boards."
  dekkend-aanbod: "3.2 table gives the continuum (school arrangement, OPDC, rebound, vso, pro); 3.3 on thuiszitters/witte vlekken only says it 'blijft een punt van zorg' and defers the gap analysis to after 2026, so lacunes is not addressed."
  resultaten: "Ch. 6: four intended results with nulmeting and streefwaarde 2029 in a table; 6.2 twice-yearly measurement, kwaliteitsgesprekken, jaarverslag, external mid-term evaluation."
  ouders: "No parent information or independent support anywhere in the body; ouders appear only in passing (voorwoord, procedure steps) and OJSP/onderwijsconsulent only in the begrippenlijst/afkortingen; OPR paragraph does not describe parents' role."
"""


# ---------------------------------------------------------------------------
# Plan C – PO, .pdf (from .docx) – SWV Kempenrand
# ---------------------------------------------------------------------------
CTX_C = dict(
    naam="Stichting Samenwerkingsverband Kempenrand PO", kort="Kempenrand", code="PO 30-06",
    regio="de Kempenrand", periode="2026-2030", sector="po", n_besturen=9, bestuurder="J.P.M. Verhoeven",
    gemeenten=[("Heikamp", 18, 3870), ("Eersel-Akker", 14, 2660), ("Bladelhoven", 11, 2140), ("Reusel-West", 7, 1010)],
    teljaar="2024", prognosejaar="2030", opr_datum="11 maart 2026", oogo_datum="19 februari 2026",
    ander_swv="VO Kempenrand (VO 30-07)", start_datum="28 november 2024", plan_jaar="2026", mid_jaar="2028",
    vaststel_datum="25 maart 2026", fte_ortho="3,4")


def plan_c():
    c = CTX_C
    b = title_blocks(c, "Ondersteuningsplan primair onderwijs, schooljaren 2026-2027 t/m 2029-2030")
    b += f_voorwoord(c)
    b += f_leeswijzer(c)
    b += f_terugblik_organisatie(c)
    b += [("p", "Ook de overstap naar het voortgezet onderwijs kreeg aandacht: samen met VO Kempenrand is de "
                "procedure voor de warme overdracht vernieuwd. Verder liep het leerlingaantal terug, vooral in de "
                "kleine kernen.")]
    b += f_context(c)
    b += f_visie(c)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is in Kempenrand het geheel van preventieve en licht curatieve interventies, "
              "de ondersteuningsstructuur en de werkwijze die iedere school en iedere vestiging in Kempenrand "
              "biedt. De negen besturen hebben dit niveau samen vastgesteld; het is een ondergrens die voor "
              "alle 50 scholen gelijk is. De tabel hieronder bevat de acht standaarden. Ouders kunnen elke school in "
              "Kempenrand op deze standaarden aanspreken."),
        ("table", ["Standaard", "Wat dit concreet betekent op iedere school"],
         [["1 Ondersteuningsstructuur", "Intern begeleider (min. 1 dag per week per 100 leerlingen); "
                                        "ondersteuningsteam minimaal vier keer per jaar"],
          ["2 Handelingsgericht werken", "Groepsplan of groepsoverzicht, leerlingbespreking drie keer per jaar"],
          ["3 Lezen en dyslexie", "Protocol leesproblemen en dyslexie; extra leesinterventie vanaf groep 3"],
          ["4 Rekenen en dyscalculie", "Protocol ERWD; verlengde instructie voor zwakke rekenaars"],
          ["5 Gedrag en veiligheid", "Schoolbreed programma (bijv. PBS of Kanjertraining), pestprotocol, "
                                      "time-in-plek in de school"],
          ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de klas"],
          ["7 Medisch handelen", "Protocol medicijnverstrekking en medisch handelen, EHBO-bevoegdheid in het team"],
          ["8 Taal en nieuwkomers", "NT2-aanbod in de groep met materialen van het samenwerkingsverband"]]),
        ("p", "Scholen beschrijven in het schoolondersteuningsprofiel hoe zij deze standaarden uitvoeren en welke "
              "extra expertise zij daarnaast hebben."),
        ("h1", "4 Toelaatbaarheid tot sbo en so"),
        ("p", "Soms heeft een leerling een plek nodig in het speciaal basisonderwijs of het speciaal onderwijs. "
              "Daarvoor is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De aanvraagprocedure, "
              "de samenstelling van de commissie en de termijnen zijn beschreven in de Handleiding TLV Kempenrand "
              "op www.kempenrand-po.nl/tlv. Ook voor de mogelijkheden van bezwaar verwijzen wij naar de handleiding."),
        ("p", "In dit plan leggen wij wel de criteria vast waaraan een aanvraag wordt getoetst. Alle criteria "
              "in een kolom moeten zijn vervuld."),
        ("table", ["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
         [["Basisondersteuning en extra ondersteuning uitgevoerd", "ja, minimaal 2 cycli van 10 weken, "
                                                                  "vastgelegd in het OPP", "ja, minimaal 2 cycli"],
          ["Ontwikkelingsachterstand", "op minimaal twee vakgebieden meer dan 1,5 jaar, of ernstige "
                                       "sociaal-emotionele problematiek", "n.v.t."],
          ["Beperking of stoornis", "niet vereist", "vastgestelde verstandelijke, lichamelijke of meervoudige "
                                                   "beperking, langdurige ziekte of ernstige gedrags-/"
                                                   "psychiatrische problematiek"],
          ["Behoefte aan combinatie onderwijs en zorg", "niet vereist", "ja, dagelijks"],
          ["Geldigheid TLV", "tot einde schooljaar waarin leerling 13 wordt", "2 schooljaren"],
          ["Bekostigingscategorie", "n.v.t.", "laag (o.a. cluster 4, ZML), midden (LG/LZ), hoog (MG/EMB)"]]),
        ("h1", "5 Passend aanbod en thuiszitters"),
        ("p", "Een beschrijving van het samenhangende aanbod van lichte tot zware ondersteuning in de regio, "
              "inclusief de bovenschoolse voorzieningen, volgt in de Routekaart Ondersteuning die het bestuur in het "
              "najaar van 2026 vaststelt."),
        ("p", "Wat wij nu al regelen, is de aanpak van leerlingen die (dreigen) thuis (te) zitten of geen passende "
              "plek hebben. Iedere school meldt een leerling die langer dan twee weken niet of slechts gedeeltelijk "
              "naar school gaat bij het thuiszittersoverleg. Dit overleg van het samenwerkingsverband, de "
              "leerplichtambtenaren van de vier gemeenten en het jeugdteam komt maandelijks bijeen, houdt een "
              "geanonimiseerde lijst bij en wijst per leerling een trajectbegeleider aan. Heeft een leerling na "
              "vier weken nog geen plan, dan bespreekt de directeur-bestuurder de situatie met het bestuur dat de "
              "zorgplicht heeft. Eenmaal per jaar, in maart, analyseert het overleg welke groepen leerlingen "
              "structureel geen plek vinden (bijvoorbeeld jonge kinderen met ernstige gedragsproblemen) en legt "
              "het de besturen een voorstel voor om dit op te lossen."),
        ("h1", "6 Middelen en begroting"),
        ("p", "Kempenrand verdeelt de ondersteuningsmiddelen volgens het schoolmodel: het grootste deel gaat naar de "
              "besturen, die zelf bepalen hoe zij de ondersteuning in hun scholen organiseren. Na aftrek van de "
              "verplichte afdrachten aan het sbo en so ontvangt elk bestuur € 165 per leerling op de teldatum "
              "1 oktober. Kleine scholen (minder dan 100 leerlingen) ontvangen daarnaast een toeslag van € 4.000. "
              "Het bestuur stelt de bedragen elk jaar in november vast, na overleg met de besturen."),
        ("table", ["Begroting (× € 1.000)", "2026", "2027", "2028", "2029"],
         [["Rijksbijdrage ondersteuning", "8.940", "8.820", "8.700", "8.610"],
          ["Afdrachten so (DUO)", "3.120", "3.090", "3.050", "3.020"],
          ["Overdracht sbo", "1.640", "1.610", "1.590", "1.570"],
          ["Schoolbudgetten besturen", "3.220", "3.180", "3.130", "3.090"],
          ["Thuiszittersaanpak en trajectbegeleiding", "260", "260", "260", "260"],
          ["Bureau en commissie", "610", "620", "630", "640"],
          ["Saldo", "90", "60", "40", "30"]]),
        ("p", "De besturen leggen in hun jaarverslag verantwoording af over de besteding van de schoolbudgetten."),
        ("h1", "7 Doelen voor 2026-2030"),
        ("p", "Met de besturen hebben wij de volgende doelen afgesproken voor leerlingen die extra ondersteuning "
              "nodig hebben:"),
        ("table", ["Doel", "Streefcijfer 2030"],
         [["Minder thuiszitters", "maximaal 5 leerlingen langer dan 3 maanden thuis"],
          ["Deelname sbo en so stabiel of lager", "samen niet hoger dan 3,2%"],
          ["Leerlingen met een OPP bereiken hun doelen", "80% behaalt de OPP-doelen op de jaarlijkse evaluatie"],
          ["Tevredenheid ouders over de ondersteuning", "gemiddeld 7,5 of hoger"]]),
        ("p", "Hoe en wanneer wij deze doelen meten, en hoe wij over de resultaten rapporteren, werken wij uit in "
              "een kwaliteitskader. Dat kader verschijnt in de loop van 2027."),
        ("h1", "8 Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders op verschillende "
              "manieren over de ondersteuning die in Kempenrand mogelijk is. Op de ouderpagina van onze website "
              "staan de acht standaarden van de basisondersteuning, de mogelijkheden van het sbo en so en het "
              "schoolondersteuningsprofiel van elke school. De folder 'Wat als mijn kind meer nodig heeft?' wordt "
              "via de scholen verspreid en is er ook in vereenvoudigde taal. In de schoolgids van elke school staat "
              "een paragraaf over passend onderwijs. Eenmaal per jaar organiseren wij een ouderavond over een "
              "actueel thema."),
        ("p", "Ouders met vragen kunnen in eerste instantie terecht bij de intern begeleider of de directeur van de "
              "school. Het samenwerkingsverband richt een ouder- en jeugdsteunpunt in zodra de wet dat verplicht; "
              "hoe dat steunpunt eruit komt te zien, bepalen wij te zijner tijd samen met de OPR."),
    ]
    b += f_governance(c, 9)
    b += f_opr(c, 10, parents_role=True)
    b += f_oogo(c, 11, substantive=False)
    b += f_personeel(c, 12)
    b += f_privacy(c, 13)
    b += f_kennis(c, 14)
    b += f_planning(c, 15)
    b += f_begrippen(c, 16)
    b += f_afkortingen(c, 17)
    return b


LABEL_C = """documents: [po-kempenrand-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3: one minimum level for all 50 schools plus a table of eight standards with concrete content (content only in the table)."
  plaatsing: "Ch. 4: criteria for sbo and so in a table (incl. duration and bekostigingscategorie); the procedure, commission, termijnen and bezwaar are only referred to a handleiding on the website."
  terugstroom: "Nothing on return from sbo/so; only 'terugplaatsing' in the begrippenlijst, 'Terugblik' heading and a warme-overdracht/doorstroom PO-VO remark."
  financien: "Ch. 6 'Middelen en begroting': schoolmodel, EUR 165 per leerling, small-school toeslag, decided yearly in November; 2026-2029 budget table with amounts."
  dekkend-aanbod: "Ch. 5: the continuum is deferred to a 'Routekaart Ondersteuning' (autumn 2026); thuiszitters procedure, monthly overleg, trajectbegeleider, escalation on zorgplicht and yearly gap analysis address lacunes."
  resultaten: "Ch. 7 table of intended results with streefcijfers 2030; measuring and reporting deferred to a kwaliteitskader 'in de loop van 2027'."
  ouders: "Ch. 8: website ouderpagina, folder, schoolgids, yearly ouderavond (informatie); independent help is not offered: only the school's IB'er/directeur, and an OJSP 'zodra de wet dat verplicht … te zijner tijd' (deferral)."
"""


# ---------------------------------------------------------------------------
# Plan D – VO, .pdf (from .docx) – SWV Noorderhaven VO
# ---------------------------------------------------------------------------
CTX_D = dict(
    naam="Samenwerkingsverband Passend Voortgezet Onderwijs Noorderhaven", kort="Noorderhaven VO", code="VO 20-03",
    regio="Noorderhaven en omstreken", periode="2026-2030", sector="vo", n_besturen=6,
    bestuurder="drs. A. Tjepkema-de Boer",
    gemeenten=[("Noorderhaven", 10, 9340), ("Westerwold-Zuid", 4, 2150), ("Eemsdijk", 3, 1720), ("Kloosterveen-Noord", 2, 860)],
    teljaar="2024", prognosejaar="2030", opr_datum="25 februari 2026", oogo_datum="10 februari 2026",
    ander_swv="PO Noorderhaven (PO 20-02)", start_datum="16 januari 2025", plan_jaar="2026", mid_jaar="2028",
    vaststel_datum="12 maart 2026", fte_ortho="4,0")


def plan_d():
    c = CTX_D
    b = title_blocks(c, "Ondersteuningsplan voortgezet onderwijs 1 augustus 2026 – 31 juli 2030")
    b += f_voorwoord(c)
    b += f_leeswijzer(c, "Waar in dit plan 'scholen' staat, bedoelen wij alle vestigingen voor vmbo, havo, vwo, "
                         "praktijkonderwijs en vso in het werkgebied.")
    b += f_context(c)
    b += f_visie(c)
    b += [
        ("h1", "3 Het ondersteuningsaanbod in Noorderhaven"),
        ("h2", "3.1 Basisondersteuning en landelijke norm"),
        ("p", "Het kabinet werkt aan een landelijke norm voor basisondersteuning. De besturen in Noorderhaven "
              "hebben besloten niet vooruit te lopen op die norm. Zodra de norm is vastgesteld, nemen wij die over "
              "en beschrijven wij in de eerste actualisatie van dit plan wat dat voor de scholen betekent. Tot die "
              "tijd beschrijft iedere school haar eigen mogelijkheden in het schoolondersteuningsprofiel."),
        ("h2", "3.2 Ondersteuning boven op wat de school zelf biedt"),
        ("p", "Bovenop wat iedere school zelf organiseert, kent Noorderhaven een samenhangend aanbod van "
              "voorzieningen binnen en tussen de scholen. Het aanbod is zo ingericht dat een leerling steeds de "
              "lichtst mogelijke vorm van ondersteuning krijgt die werkt, en dat de stap terug naar de gewone klas "
              "altijd open blijft."),
        ("table", ["Voorziening", "Voor wie", "Duur", "Waar"],
         [["Ondersteuningsarrangement in de school", "leerlingen die tijdelijk extra begeleiding, coaching of een "
                                                     "aangepast programma nodig hebben", "max. 1 schooljaar",
           "eigen school"],
          ["Trajectvoorziening 'Op Koers'", "leerlingen die vastlopen in de klas door gedrag of motivatie",
           "max. 6 maanden", "op 5 vestigingen"],
          ["OPDC Noorderhaven", "onderbouwleerlingen met leer- en gedragsproblemen die in een kleine groep "
                                 "verder kunnen", "1 tot 2 jaar", "Noorderhaven"],
          ["Herstartklas", "leerlingen die (dreigen) thuis (te) zitten, zorg en onderwijs gecombineerd",
           "max. 20 weken", "Eemsdijk"],
          ["Plusprogramma hoogbegaafdheid", "hoogbegaafde leerlingen die onderpresteren", "1 dagdeel per week",
           "2 vestigingen"],
          ["Praktijkonderwijs", "leerlingen met een toelaatbaarheid pro", "tot uitstroom", "2 scholen"],
          ["Vso cluster 3 en 4", "leerlingen met een TLV", "duur TLV", "3 scholen"]]),
        ("p", "Toegang tot de trajectvoorziening, het OPDC en de Herstartklas loopt via het Ondersteuningsloket "
              "van het samenwerkingsverband, dat binnen tien werkdagen na een aanmelding een besluit neemt."),
        ("h2", "3.3 Thuiszitters en ontbrekend aanbod"),
        ("p", "Noorderhaven houdt één registratie bij van alle leerlingen die geen onderwijs volgen of langer dan "
              "vier weken ongeoorloofd verzuimen. Deze registratie wordt maandelijks besproken met de leerplicht- en "
              "RMC-afdeling en met de jeugdhulp. Voor iedere leerling wordt binnen twee weken een casusregisseur "
              "aangewezen. Lukt het binnen drie maanden niet om een plek te vinden, dan komt de casus op tafel bij "
              "het overleg van bestuurders, dat een school of voorziening aanwijst; de zorgplicht van het "
              "aanmeldende bestuur blijft daarbij leidend."),
        ("p", "In de jaarlijkse analyse van het aanbod (2025) zijn twee witte vlekken vastgesteld: er is geen "
              "passend aanbod voor havo/vwo-leerlingen met ernstige angstproblematiek, en de wachttijd voor het vso "
              "cluster 4 is opgelopen tot vier maanden. Voor de eerste groep start per 1 augustus 2026 een "
              "kleinschalige havo/vwo-groep met zorg in onderwijstijd; voor de tweede groep is met het vso "
              "afgesproken dat leerlingen op de wachtlijst een overbruggingsarrangement krijgen op hun eigen school."),
        ("h1", "4 Toelaatbaarheid"),
        ("h2", "4.1 Voortgezet speciaal onderwijs"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, of bij een nieuwe aanmelding de "
              "school waar de leerling is aangemeld, vraagt de TLV aan bij de Commissie Toewijzing van het "
              "samenwerkingsverband. De aanvraag bevat het OPP, een verslag van het multidisciplinair overleg "
              "waarin ouders en leerling hun visie hebben gegeven, en recente onderzoeksgegevens. De commissie "
              "besluit binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) het regulier onderwijs, inclusief een "
              "arrangement of een tussenvoorziening, aantoonbaar onvoldoende passend is gebleken of evident niet "
              "passend zal zijn, (2) er sprake is van een langdurige ondersteuningsbehoefte op het gebied van "
              "leren, gedrag, communicatie, fysiek functioneren of zelfredzaamheid die een specialistische "
              "groepsgrootte en deskundigheid vergt, en (3) het OPP een uitstroomperspectief binnen het vso "
              "onderbouwt. De commissie betrekt bij iedere aanvraag de adviezen van twee deskundigen: een "
              "orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de problematiek."),
        ("p", "De TLV geldt in de regel voor twee jaar, en voor leerlingen met een ernstige verstandelijke of "
              "meervoudige beperking voor de resterende schoolloopbaan. De commissie kent de categorie laag, "
              "midden of hoog toe. Belanghebbenden kunnen binnen zes weken bezwaar maken; het samenwerkingsverband "
              "vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        ("h2", "4.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Noorderhaven hanteert voor lwoo en praktijkonderwijs de landelijke criteria. Voor praktijkonderwijs: "
              "een IQ tussen 55 en 80 en een leerachterstand van 50% of meer op ten minste twee domeinen, waarvan "
              "één begrijpend lezen of inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 en een achterstand "
              "van 25 tot 50% op ten minste twee domeinen, of een IQ tussen 91 en 120 met een achterstand en "
              "sociaal-emotionele problematiek. De vo-school van aanmelding dient de aanvraag in; de Commissie "
              "Toewijzing besluit vóór 1 april voor leerlingen uit groep 8 en binnen vier weken voor latere "
              "aanvragen."),
        ("h2", "4.3 Verloop en einde van de TLV"),
        ("p", "Iedere vso-school evalueert het OPP van een leerling ten minste eenmaal per jaar. In het laatste jaar "
              "van de TLV bespreekt de vso-school uiterlijk in oktober met de leerling, de ouders en een consulent "
              "van het samenwerkingsverband of de leerling terug kan naar het regulier voortgezet onderwijs, moet "
              "overstappen naar een andere school of in het vso moet blijven. De consulent legt de uitkomst vast. "
              "Bij terugkeer meldt de vso-school de leerling vóór 1 maart aan bij de gekozen vo-school; bij "
              "voortzetting vraagt de vso-school vóór 1 april een nieuwe TLV aan bij de Commissie Toewijzing, die "
              "daarover besluit."),
        ("p", "Ons beleid ten aanzien van terugplaatsing en overplaatsing – doelen, voorwaarden en de ondersteuning "
              "die een leerling na terugkeer krijgt – leggen wij in 2026 vast in een afzonderlijke beleidsnotitie."),
        ("h1", "5 Financiën"),
        ("p", "Het verdeelmodel van de vorige planperiode loopt af op 31 juli 2026. Een nieuw verdeelmodel wordt in "
              "het schooljaar 2025-2026 met de besturen ontworpen. Tot de vaststelling daarvan is de verdeling over "
              "de besturen in de begroting als p.m.-post opgenomen."),
        ("table", ["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
         [["Baten ondersteuningsmiddelen", "13.460", "13.310", "13.150", "13.020"],
          ["Afdracht vso (DUO)", "5.980", "5.960", "5.930", "5.900"],
          ["Praktijkonderwijs en lwoo", "3.410", "3.380", "3.350", "3.320"],
          ["Voorzieningen (Op Koers, OPDC, Herstartklas, plusprogramma)", "1.640", "1.690", "1.690", "1.690"],
          ["Ondersteuningsarrangementen in de scholen", "1.150", "1.120", "1.090", "1.060"],
          ["Bureau, loket en commissie", "1.020", "1.040", "1.060", "1.080"],
          ["Verdeling over besturen", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Saldo", "260", "120", "30", "-30"]]),
        ("p", "Het samenwerkingsverband beschikt over een algemene reserve van € 2,1 miljoen. Het bestuur heeft "
              "een risicoanalyse laten uitvoeren; de benodigde buffer bedraagt € 1,3 miljoen. Het meerdere wordt "
              "in de planperiode ingezet voor de nieuwe havo/vwo-groep en de Herstartklas."),
        ("h1", "6 Kwaliteitszorg"),
        ("p", "De beoogde resultaten voor de planperiode formuleren wij na de nulmeting die in het schooljaar "
              "2025-2026 plaatsvindt; zij worden als addendum aan dit plan toegevoegd."),
        ("p", "Het samenwerkingsverband volgt zijn eigen werk met een kwaliteitscyclus. Elk kwartaal stelt het "
              "bureau een dashboard op met het aantal aanvragen en toekenningen per voorziening, de doorlooptijd "
              "van TLV-aanvragen, het aantal thuiszitters, de deelname aan vso en pro op 1 oktober en het aantal "
              "leerlingen dat terugkeert uit een voorziening. Het dashboard wordt besproken in het "
              "bestuurdersoverleg en met de OPR. Eens per jaar houden wij een tevredenheidsonderzoek onder "
              "scholen, ouders en leerlingen. In het jaarverslag rapporteren wij de bereikte resultaten en de "
              "kosten per voorziening; in 2028 laten wij een externe tussenevaluatie uitvoeren."),
        ("h1", "7 Informatie en steun voor ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Op de website staat per school welke "
              "ondersteuning er is en welke voorzieningen het samenwerkingsverband biedt, met een korte uitleg over "
              "de route naar het loket. In de brugklasgids die alle leerlingen van groep 8 ontvangen, staat een "
              "pagina over passend onderwijs in Noorderhaven. Het bureau houdt elk jaar in november twee "
              "informatiebijeenkomsten voor ouders van leerlingen in groep 8 met een ondersteuningsvraag."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
              "Noorderhaven, dat wordt uitgevoerd door Stichting Ouderkracht Noord en geen onderdeel is van het "
              "samenwerkingsverband of van een school. Het steunpunt informeert, denkt mee en kan meegaan naar "
              "gesprekken. Daarnaast kunnen ouders een beroep doen op de onderwijsconsulenten, en voor klachten op "
              "de klachtenregeling van de school of de Geschillencommissie passend onderwijs."),
    ]
    b += f_governance(c, 8)
    b += f_opr(c, 9, parents_role=True)
    b += f_oogo(c, 10, substantive=True)
    b += f_personeel(c, 11)
    b += f_privacy(c, 12)
    b += f_arbeidsmarkt(c, 13)
    b += f_planning(c, 14)
    b += f_begrippen(c, 15)
    b += f_afkortingen(c, 16)
    return b


LABEL_D = """documents: [vo-noorderhaven-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 only defers to a future landelijke norm and to each school's SOP ('tot die tijd'); the word also appears in the running header, title page, TOC and glossary. Nothing addressed."
  plaatsing: "Ch. 4: vso procedure (bevoegd gezag, Commissie Toewijzing, 6 weeks), three vso criteria, lwoo/pro national criteria and procedure, deskundigen, duration, categorie, bezwaar."
  terugstroom: "4.3 inside the TLV chapter gives the procedure (yearly OPP evaluation, October meeting in last TLV year, 1 March/1 April deadlines, who decides); the policy (aims, conditions, support after return) is deferred to a 2026 beleidsnotitie; the 'stap terug naar de gewone klas' line in 3.2 is a passing slogan about voorzieningen."
  financien: "Ch. 5 has a 2026-2029 meerjarenbegroting with amounts (besteding) and reserves; the verdeelmodel is being designed and the distribution is a p.m.-post, so verdeling is not addressed."
  dekkend-aanbod: "3.2 continuum table of seven provisions; 3.3 thuiszitters registration, casusregisseur, escalation, 2025 gap analysis with two witte vlekken and actions."
  resultaten: "Ch. 6 'Kwaliteitszorg': intended results deferred to an addendum after the nulmeting; monitoring is addressed (quarterly dashboard, satisfaction survey, jaarverslag, 2028 evaluation)."
  ouders: "Ch. 7: website per school, brugklasgids page, November information meetings; independent OJSP (Ouderkracht Noord), onderwijsconsulenten, Geschillencommissie."
"""


def f_dilemmas(c, num):
    return [
        ("h1", f"{num} Dilemma's en keuzes"),
        ("p", "Bij het schrijven van dit plan liepen wij tegen een aantal dilemma's aan die wij niet willen "
              "verzwijgen. Het eerste dilemma gaat over de verhouding tussen gelijkheid en maatwerk. Scholen "
              "verschillen sterk in grootte, populatie en mogelijkheden. Wat voor een grote stadsschool "
              "vanzelfsprekend is, is voor een dorpsschool met drie combinatiegroepen een flinke opgave. Wij "
              "hebben ervoor gekozen om te vertrekken vanuit wat een kind nodig heeft, en scholen te helpen die dat "
              "niet alleen kunnen."),
        ("p", "Het tweede dilemma gaat over tijd. Veel ontwikkelingen vragen om een lange adem, terwijl de "
              "politieke en financiële context snel verandert. Wij kiezen daarom voor een plan dat richting geeft "
              "en ruimte laat om jaarlijks bij te sturen, zonder dat de kern telkens ter discussie staat."),
        ("p", "Het derde dilemma gaat over de rol van het samenwerkingsverband zelf. Sommige besturen zien het "
              "samenwerkingsverband vooral als een uitvoeringsorganisatie die zo klein mogelijk moet zijn; anderen "
              "willen juist dat het samenwerkingsverband regie neemt. Wij hebben gekozen voor een middenweg: het "
              "samenwerkingsverband faciliteert en verbindt, en neemt alleen regie waar de wet dat vraagt of waar "
              "besturen er samen om vragen. Deze keuze evalueren wij halverwege de planperiode met de besturen en "
              "met de ondersteuningsplanraad."),
        ("p", "Tot slot is er het dilemma van de administratieve last. Iedere regel die wij maken om zorgvuldig te "
              "werken, kost tijd in de school. Bij elk formulier stellen wij daarom de vraag of het echt nodig is. "
              "In de afgelopen periode hebben wij drie formulieren afgeschaft en twee samengevoegd; die lijn zetten "
              "wij voort."),
    ]


# ---------------------------------------------------------------------------
# Plan E – PO, .md – SWV Heuvelzoom (thin plan)
# ---------------------------------------------------------------------------
CTX_E = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Heuvelzoom", kort="Heuvelzoom", code="PO 31-02",
    regio="het Heuvelland", periode="2026-2030", sector="po", n_besturen=5, bestuurder="mr. L.C. Brouns",
    gemeenten=[("Valkenrode", 13, 2390), ("Gulpenheide", 8, 1210), ("Margraten-Oost", 6, 880), ("Eijsweide", 5, 720)],
    teljaar="2024", prognosejaar="2030", opr_datum="4 maart 2026", oogo_datum="12 februari 2026",
    ander_swv="VO Heuvelland (VO 31-05)", start_datum="9 januari 2025", plan_jaar="2026", mid_jaar="2028",
    vaststel_datum="19 maart 2026", fte_ortho="2,1")


def plan_e():
    c = CTX_E
    b = title_blocks(c, "Ondersteuningsplan op hoofdlijnen – primair onderwijs")
    b += f_voorwoord(c)
    b += f_leeswijzer(c, "Dit is een plan op hoofdlijnen: de begroting en het verdeelmodel worden jaarlijks "
                         "afzonderlijk vastgesteld en maken geen deel uit van dit ondersteuningsplan.")
    b += f_context(c)
    b += f_visie(c)
    b += [
        ("h1", "3 Wat ouders op elke school mogen verwachten"),
        ("p", "In Heuvelzoom geldt één ondergrens voor alle 32 basisscholen en hun nevenvestigingen: de "
              "basisondersteuning. De vijf besturen hebben deze ondergrens in 2025 samen opnieuw vastgesteld. "
              "Het gaat om ondersteuning die een kind op iedere school krijgt, zonder aanvraag, zonder wachttijd "
              "en zonder dat daarvoor geld van het samenwerkingsverband nodig is. Ouders mogen op elke school "
              "rekenen op:"),
        ("ul", ["een leerkracht die lesstof, instructie en tempo afstemt op drie niveaus in de groep en die de "
                "ontwikkeling twee keer per jaar met ouders bespreekt;",
                "een intern begeleider die minstens één vaste dag per week beschikbaar is en die een "
                "leerlingbespreking organiseert zodra een leerkracht of ouder zich zorgen maakt;",
                "vroegtijdige signalering van lees-, spelling- en rekenproblemen en een dyslexieaanpak volgens het "
                "landelijke protocol, inclusief een doorverwijzing voor onderzoek wanneer dat nodig is;",
                "een aanpak voor gedrag en sociale veiligheid, met een anti-pestcoördinator en jaarlijkse "
                "monitoring van het welbevinden;",
                "een aanbod voor kinderen die meer aankunnen, met compacten en verrijken in de eigen klas;",
                "afspraken over medisch handelen en over kinderen met een lichamelijke beperking;",
                "een orthopedagoog van het samenwerkingsverband die op verzoek van de school binnen drie weken "
                "meekijkt bij een hulpvraag."]),
        ("p", "Eenmaal per twee jaar bespreekt de directeur-bestuurder met ieder bestuur in hoeverre de scholen "
              "aan deze ondergrens voldoen, aan de hand van een zelfevaluatie van de school."),
        ("h1", "4 Toelaatbaarheid"),
        ("p", "Informatie over toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs vindt u op "
              "www.heuvelzoom.nl/toelaatbaarheid."),
        ("h1", "5 Terug naar de basisschool"),
        ("p", "Heuvelzoom wil dat kinderen die naar het speciaal basisonderwijs of het speciaal onderwijs zijn "
              "gegaan, terugkeren naar een gewone basisschool zodra dat verantwoord is. Dat uitgangspunt is het "
              "gevolg van onze keuze voor thuisnabij onderwijs: een kind hoort zo veel mogelijk naar school te gaan "
              "met de kinderen uit het eigen dorp. Terugkeer is verantwoord wanneer de doelen in het OPP grotendeels "
              "zijn gehaald, het kind zich sociaal en emotioneel staande houdt in een grotere groep, en de "
              "ontvangende school het resterende deel van de ondersteuning kan bieden. Een kind dat terugkeert, "
              "krijgt een half jaar lang begeleiding van een ambulant begeleider van de sbo- of so-school, die "
              "wekelijks contact heeft met de leerkracht en de ouders."),
        ("p", "De stappen zijn als volgt. Stap 1: de sbo- of so-school beoordeelt bij de jaarlijkse evaluatie van "
              "het OPP in het voorjaar of terugkeer mogelijk is en bespreekt dat met de ouders. Stap 2: is terugkeer "
              "in beeld, dan organiseert de sbo- of so-school vóór 1 april een overleg met ouders, de beoogde "
              "basisschool en de orthopedagoog van het samenwerkingsverband. Stap 3: de basisschool besluit binnen "
              "vier weken over inschrijving; de orthopedagoog stelt samen met beide scholen een overstapplan op. "
              "Stap 4: na drie maanden en na zes maanden evalueren de scholen en ouders de overstap. In het laatste "
              "jaar van de TLV doorloopt de school deze stappen altijd; blijkt terugkeer dan nog niet verantwoord, "
              "dan legt de school de redenen vast in het OPP."),
        ("h1", "6 Wat willen wij bereiken en hoe volgen wij dat?"),
        ("p", "Voor kinderen met een extra ondersteuningsbehoefte heeft Heuvelzoom voor de planperiode vier doelen "
              "geformuleerd. Wij willen dat in 2030 (a) minimaal 85% van de leerlingen met een OPP de doelen voor "
              "dat jaar grotendeels haalt, (b) het gezamenlijke deelnamepercentage sbo en so daalt van 3,4% naar "
              "3,0%, (c) jaarlijks ten minste acht kinderen uit sbo of so terugkeren naar een basisschool, tegen "
              "vijf in 2024, en (d) ouders de begeleiding van hun kind gemiddeld met minimaal een 7,5 waarderen."),
        ("p", "Wij volgen deze doelen met een jaarlijkse monitor. De scholen leveren in juni hun gegevens aan; het "
              "bureau voegt daar de DUO-gegevens van 1 oktober aan toe en houdt een korte enquête onder ouders van "
              "kinderen met een OPP. De monitor wordt in september besproken door het bestuur en de OPR en "
              "gepubliceerd in het jaarverslag. Halverwege de planperiode, in het voorjaar van 2028, beoordelen "
              "bestuur en OPR of de doelen of de aanpak moeten worden bijgesteld."),
        ("h1", "7 Ouders"),
        ("p", "Ouders en school zijn partners. Ouders worden betrokken bij elk gesprek over de ondersteuning van hun "
              "kind en tekenen voor het OPP. Hoe wij ouders in de komende periode informeren over het "
              "ondersteuningsaanbod, leggen wij vast in een communicatieplan dat in de loop van het schooljaar "
              "2026-2027 gereed komt."),
        ("p", "Ouders die er met de school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Heuvelzoom. Het steunpunt is onafhankelijk: het wordt uitgevoerd door Stichting Zorgbelang Zuid en "
              "adviseert alleen in het belang van het kind. Ouders kunnen het steunpunt bellen of mailen, en een "
              "medewerker kan meegaan naar een gesprek op school. Lukt het dan nog niet, dan kunnen ouders een "
              "onderwijsconsulent inschakelen of een klacht indienen bij de klachtencommissie van het schoolbestuur."),
    ]
    b += f_governance(c, 8)
    b += f_opr(c, 9, parents_role=True)
    b += f_oogo(c, 10, substantive=False)
    b += [("p", "Gemeenten en samenwerkingsverband werken aan een nieuw thuiszitterspact. De afspraken daarover "
                "volgen in 2027.")]
    b += f_personeel(c, 11)
    b += f_privacy(c, 12)
    b += f_kennis(c, 13)
    b += f_dilemmas(c, 14)
    b += f_planning(c, 15)
    b += f_begrippen(c, 16)
    b += f_afkortingen(c, 17)
    return b


LABEL_E = """documents: [po-heuvelzoom-2026-2030.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: missing, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 'Wat ouders op elke school mogen verwachten': one ondergrens for all 32 schools and vestigingen, concrete list; biennial check per bestuur."
  plaatsing: "Ch. 4 is one sentence referring to a web page; TLV otherwise only in glossary/abbreviations and governance small talk ('toelaatbaarheid ... vaste gespreksonderwerpen')."
  terugstroom: "Ch. 5: policy (thuisnabij, conditions for return, half year ambulant support) and four numbered steps incl. last TLV year and who decides; target of 8 returns per year in ch. 6."
  financien: "Nothing: leeswijzer says budget and verdeelmodel are adopted separately and are not part of the plan; 'middelen'/'begroting' only in voorwoord, missie, RvT text and glossary."
  dekkend-aanbod: "No continuum or gap handling: 'zo passend mogelijke plek' in the visie, 'inzet van arrangementen' in governance, OOGO only procedural, thuiszitterspact deferred to 2027, terms in the glossary."
  resultaten: "Ch. 6: four measurable targets for 2030 with baselines; yearly monitor (June data, DUO 1 October, parent survey), discussed in September, jaarverslag, 2028 mid-term review."
  ouders: "Ch. 7: independent OJSP (Zorgbelang Zuid), onderwijsconsulent, klachtencommissie (steunpunt); how parents are informed about the support offer is deferred to a communicatieplan 2026-2027."
"""


# ---------------------------------------------------------------------------
# Near miss F – .html – schoolondersteuningsprofiel of one basisschool
# ---------------------------------------------------------------------------

def near_miss_f():
    return [
        ("title", "Schoolondersteuningsprofiel 2025-2026",
         ["Christelijke Basisschool De Wilgenhoek, Vaartstad", "Onderdeel van Stichting Vaartkwartier",
          "Aangesloten bij Samenwerkingsverband Passend Onderwijs De Vaart (PO 27-09)",
          "Vastgesteld door de directie na advies van de medezeggenschapsraad, 24 juni 2025"]),
        ("h1", "Inleiding"),
        ("p", "Iedere school in Nederland legt vast welke ondersteuning zij aan leerlingen kan bieden. Dat doen wij "
              "in dit schoolondersteuningsprofiel (SOP). Het profiel is bedoeld voor ouders die hun kind willen "
              "aanmelden, voor ouders van onze huidige leerlingen en voor onze partners. De Wilgenhoek is "
              "aangesloten bij het samenwerkingsverband De Vaart. In het ondersteuningsplan van het "
              "samenwerkingsverband staan de afspraken die voor alle scholen in de regio gelden; in dit profiel "
              "leest u hoe wij die afspraken op onze school uitvoeren en wat wij daarnaast bieden."),
        ("p", "De Wilgenhoek telt 312 leerlingen in twaalf groepen. Ons team bestaat uit 24 medewerkers, onder wie "
              "twee intern begeleiders, een rekenspecialist, een gedragsspecialist en een onderwijsassistent."),
        ("h1", "Onze visie op ondersteuning"),
        ("p", "Wij willen een school zijn waar ieder kind zich gezien voelt. Wij werken handelingsgericht: we kijken "
              "naar wat een kind nodig heeft en wat de leerkracht nodig heeft om dat te bieden. Ouders zijn daarbij "
              "onze partners; zij kennen hun kind het best. Wij bespreken de ontwikkeling van ieder kind drie keer "
              "per jaar met ouders."),
        ("h1", "Basisondersteuning op De Wilgenhoek"),
        ("p", "Op De Wilgenhoek bieden wij de basisondersteuning zoals die in het samenwerkingsverband is "
              "afgesproken. Concreet betekent dat voor onze school:"),
        ("table", ["Onderdeel", "Hoe wij dat doen"],
         [["Intern begeleider", "twee IB'ers, samen 1,2 fte; spreekuur voor ouders op dinsdagochtend"],
          ["Ondersteuningsteam", "zes keer per jaar met de orthopedagoog van De Vaart"],
          ["Dyslexie", "regionaal dyslexieprotocol; extra leesgroep groep 3-4"],
          ["Gedrag", "Kanjertraining in alle groepen, pestprotocol, time-in-hoek"],
          ["Meer- en hoogbegaafdheid", "verrijkingsgroep op woensdag, plusgroep van De Vaart vanaf groep 5"],
          ["Medisch handelen", "protocol medisch handelen, twee BHV'ers"]]),
        ("h1", "Extra ondersteuning die wij bieden"),
        ("p", "Naast de basisondersteuning heeft De Wilgenhoek expertise op het gebied van rekenen en gedrag. Wij "
              "hebben een kleine groep (maximaal acht leerlingen) voor kinderen die tijdelijk intensieve "
              "begeleiding bij gedrag nodig hebben. Voor een arrangement op school kan de intern begeleider een "
              "aanvraag doen bij de consulent van het samenwerkingsverband. Wij hebben ervaring met kinderen met "
              "autisme, ADHD en een lichte lichamelijke beperking. Ons gebouw heeft een lift en een invalidentoilet."),
        ("h1", "Grenzen aan onze ondersteuning"),
        ("p", "Er zijn situaties waarin wij een kind niet de ondersteuning kunnen bieden die het nodig heeft, "
              "bijvoorbeeld bij ernstige agressie die de veiligheid van andere kinderen in gevaar brengt of bij een "
              "zorgvraag die een-op-een begeleiding gedurende de hele dag vraagt. Wij zoeken dan samen met ouders "
              "en het samenwerkingsverband naar een passende plek. Als een plek in het speciaal basisonderwijs of "
              "speciaal onderwijs nodig is, vraagt ons bestuur een toelaatbaarheidsverklaring aan bij De Vaart. "
              "Het samenwerkingsverband beslist daarover; de procedure staat in het ondersteuningsplan van De Vaart."),
        ("h1", "Aanmelden en zorgplicht"),
        ("p", "Ouders die hun kind willen aanmelden, maken een afspraak voor een kennismakingsgesprek. Na de "
              "schriftelijke aanmelding hebben wij zes weken (eenmaal te verlengen met vier weken) om te "
              "onderzoeken of wij het kind een passende plek kunnen bieden. Kunnen wij dat niet, dan zorgen wij "
              "voor een passende plek op een andere school die het kind wil toelaten. Dat heet zorgplicht."),
        ("h1", "Terugkeer vanuit het speciaal basisonderwijs"),
        ("p", "De afgelopen twee jaar zijn drie kinderen vanuit het sbo naar onze school gekomen. Wij maken dan "
              "afspraken met ouders en de sbo-school over de overstap."),
        ("h1", "Middelen"),
        ("p", "Onze school ontvangt via Stichting Vaartkwartier middelen van het samenwerkingsverband voor "
              "ondersteuning. Wij zetten die in voor de tweede intern begeleider, de kleine gedragsgroep en "
              "scholing van het team. Over de inzet leggen wij verantwoording af aan ons bestuur."),
        ("h1", "Informatie en vragen"),
        ("p", "Heeft u vragen over de ondersteuning van uw kind, neem dan contact op met de leerkracht of de intern "
              "begeleider. Komt u er samen niet uit, dan kunt u terecht bij de directeur. U kunt ook contact opnemen "
              "met het Ouder- en Jeugdsteunpunt van De Vaart of met een onderwijsconsulent. Onze klachtenregeling "
              "vindt u in de schoolgids."),
        ("h1", "Resultaten"),
        ("p", "In het schooljaar 2024-2025 kregen 21 leerlingen een arrangement. Eén leerling ging naar het "
              "speciaal basisonderwijs. De eindtoetsresultaten lagen boven de signaleringswaarde van de inspectie."),
    ]


LABEL_F = """documents: [sop-de-wilgenhoek-2025.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "This is a single school's schoolondersteuningsprofiel (SOP) of CBS De Wilgenhoek, adopted by a school director with MR advice; it describes the school's own basis/extra support, admission and zorgplicht and refers to the samenwerkingsverband's ondersteuningsplan. Not an ondersteuningsplan of a samenwerkingsverband (no planperiode, OPR consent, OOGO, verdeelmodel or TLV procedure of its own)."
"""


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    docs = [
        ("po-de-vaart-2026-2030", "docx", plan_a, LABEL_A,
         "Ondersteuningsplan De Vaart 2026-2030 | PO 27-09"),
        ("vo-rivierland-2025-2029", "docx", plan_b, LABEL_B,
         "Ondersteuningsplan Rivierland VO 2025-2029 | VO 25-11 | ouders, leerlingen en scholen"),
        ("po-kempenrand-2026-2030", "pdf", plan_c, LABEL_C,
         "Ondersteuningsplan Kempenrand 2026-2030 | terugplaatsing en toelaatbaarheid"),
        ("vo-noorderhaven-2026-2030", "pdf", plan_d, LABEL_D,
         "Ondersteuningsplan Noorderhaven 2026-2030 | basisondersteuning · toelaatbaarheid · financiën"),
        ("po-heuvelzoom-2026-2030", "md", plan_e, LABEL_E, None),
        ("sop-de-wilgenhoek-2025", "html", near_miss_f, LABEL_F, None),
    ]
    for stem, fmt, builder, label, header in docs:
        blocks = builder()
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, path, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header)
        elif fmt == "md":
            render_md(blocks, path)
        elif fmt == "html":
            render_html(blocks, path, "Schoolondersteuningsprofiel De Wilgenhoek")
        (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")
        print(f"{path.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
