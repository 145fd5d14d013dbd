#!/usr/bin/env python3
"""Generate the holdout120 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (four PO, one VO) and one near-miss document (a school-level profile).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temporary directory.
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
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# Rendering. A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("toc",) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [rows], header_bool) ("pagebreak",)
# --------------------------------------------------------------------------------------------


def toc_entries(blocks):
    entries, n, page = [], 0, 3
    for b in blocks:
        if b[0] == "h1":
            n += 1
            entries.append((f"{n}. {b[1]}" if not b[1].startswith("Bijlage") else b[1], page))
            page += 2 + (len(b[1]) % 3)
    return entries


def number_headings(blocks):
    out, n, m = [], 0, 0
    for b in blocks:
        if b[0] == "h1" and not b[1].startswith("Bijlage"):
            n += 1
            m = 0
            out.append(("h1", f"{n}. {b[1]}"))
        elif b[0] == "h2" and n:
            m += 1
            out.append(("h2", f"{n}.{m} {b[1]}"))
        else:
            out.append(b)
    return out


def render_docx(blocks, path, header_text, author):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    cp.title = header_text
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = f"{author} – versie vastgesteld"
    toc = toc_entries(blocks)
    for b in number_headings(blocks):
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "subtitle":
            doc.add_paragraph(b[1]).runs[0].italic = True
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for t, pg in toc:
                doc.add_paragraph(f"{t}\t{pg}")
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
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
                    t.cell(i, j).text = str(cell)
                    if i == 0 and b[2]:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so that repeated runs give identical bytes."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout120.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def render_html(blocks, path, title, author):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", "</head>", "<body>",
             f'<header class="site"><nav>{e(author)} · Home · Over ons · Ouders · Scholen · Contact</nav></header>',
             "<main>"]
    toc = toc_entries(blocks)
    for b in number_headings(blocks):
        kind = b[0]
        if kind == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "subtitle":
            parts.append(f'<p class="subtitle"><em>{e(b[1])}</em></p>')
        elif kind == "toc":
            parts.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for t, _pg in toc:
                parts.append(f"<li>{e(t)}</li>")
            parts.append("</ul></nav>")
        elif kind == "h1":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            parts.append("<table border=\"1\">")
            for i, row in enumerate(b[1]):
                tag = "th" if (i == 0 and b[2]) else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{e(str(c))}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
        elif kind == "pagebreak":
            pass
    parts += ["</main>", f'<footer>© 2026 {e(author)} · Privacyverklaring · Cookies · Toegankelijkheid</footer>',
              "</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path, workdir):
    profile = Path(workdir) / "lo_profile_holdout120"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(workdir), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = Path(workdir) / (Path(docx_path).stem + ".pdf")
    shutil.move(str(produced), str(pdf_path))


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "subtitle"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n

# --------------------------------------------------------------------------------------------
# Shared filler chapters. They mention element vocabulary in passing but never address a core
# criterion; flags switch off sentences that would touch an element a plan must lack.
# --------------------------------------------------------------------------------------------


def fl_voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014, en het eerste dat volledig is geschreven na de evaluatie van de vorige "
              f"planperiode. In {p['region']} werken {p['besturen']} schoolbesturen samen om ieder kind een passende plek te bieden. "
              "Dat vraagt om vertrouwen, om korte lijnen en om de bereidheid van scholen om ook buiten de eigen muren te kijken."),
        ("p", "Bij het schrijven van dit plan hebben we veel gesprekken gevoerd: met directeuren, intern begeleiders, "
              "leerkrachten, de leden van de ondersteuningsplanraad, wethouders en beleidsmedewerkers van de gemeenten. "
              + ("" if p.get("no_parents") else "Ook ouders vertelden ons in een aantal bijeenkomsten wat zij belangrijk vinden. ")
              + "Die gesprekken waren soms "
              "confronterend en altijd leerzaam. Wat we vaak hoorden: maak het eenvoudiger, zorg dat de middelen daar "
              "terechtkomen waar het kind is, en laat zien wat het oplevert."),
        ("p", f"Dit plan is geen eindpunt. De komende jaren verandert er veel in het onderwijs: de landelijke norm voor "
              "basisondersteuning, de versterking van de positie van ouders en leerlingen, het lerarentekort en de krimp in "
              f"delen van onze regio. {p['short']} wil daarin een betrouwbare partner zijn. Wij danken iedereen die aan dit plan "
              "heeft bijgedragen, in het bijzonder de ondersteuningsplanraad voor de kritische en constructieve vragen."),
        ("p", f"{p['director']}, directeur-bestuurder"),
    ]


def fl_leeswijzer(p):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan begint met de context: de regio, de aangesloten besturen en scholen en de kengetallen. Daarna "
              "beschrijven we onze missie en visie. In de middelste hoofdstukken staan de afspraken over ondersteuning, "
              "toelaatbaarheid, samenwerking en middelen. We sluiten af met de organisatie, de planning en een "
              "begrippenlijst. Waar we in dit plan 'scholen' schrijven, bedoelen we alle vestigingen van de aangesloten "
              "besturen, tenzij anders vermeld. Waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden."),
    ]


def fl_regio(p):
    g = ", ".join(p["gemeenten"][:-1]) + " en " + p["gemeenten"][-1]
    rows = [["Schooljaar (teldatum 1 oktober)"] + p["years"], ["Aantal leerlingen"] + p["pupils"]]
    return [
        ("h1", "Onze regio en kengetallen"),
        ("p", f"{p['name']} (registratienummer {p['code']}) omvat het grondgebied van de gemeenten {g}. Het is een "
              f"gebied met een mix van kleinere kernen en enkele middelgrote plaatsen, waarvan {p['city']} de grootste is. "
              "De bevolking vergrijst en in de kleine kernen daalt het aantal jonge kinderen. Tegelijk groeit het aantal "
              "leerlingen in de nieuwbouwwijken van de grotere plaatsen en komen er gezinnen van buiten de regio wonen, "
              "onder wie arbeidsmigranten en statushouders."),
        ("p", f"Bij het samenwerkingsverband zijn {p['besturen']} schoolbesturen aangesloten met samen {p['scholen']}. "
              "De besturen verschillen sterk in omvang: van eenpitters tot besturen met meer dan twintig scholen. De "
              "denominaties lopen uiteen van openbaar tot katholiek, protestants-christelijk, algemeen bijzonder en "
              "interconfessioneel."),
        ("table", rows, True),
        ("p", "De prognose van de gemeenten laat voor de planperiode een verdere lichte daling zien van het totale "
              "leerlingaantal. Voor de begroting en voor de planning van bovenschoolse activiteiten houden we daar "
              "rekening mee. De cijfers zijn ontleend aan DUO en aan de leerlingprognoses die de gemeenten jaarlijks "
              "laten opstellen."),
    ]


def fl_visie(p, ambitions=True):
    bl = [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", f"{p['short']} is er om samen met de scholen te zorgen dat kinderen zich ononderbroken kunnen ontwikkelen, "
              "zo dicht mogelijk bij huis en met de ondersteuning die zij nodig hebben. Wij doen dat niet zelf in de klas: "
              "dat doen leraren en scholen. Wij faciliteren, verbinden, adviseren en beslissen waar de wet dat van ons vraagt."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat bij hem of haar past. Dat begint met goed onderwijs "
              "in de eigen groep, door een leraar die weet wat het kind nodig heeft en die daarbij gesteund wordt door "
              "collega's, de intern begeleider en de schoolleiding. Een kind hoort erbij, in de eigen buurt, met de "
              "eigen vriendjes. Pas als het echt niet anders kan, kijken we samen verder."),
        ("p", "Wij kijken naar wat een kind nodig heeft, niet naar wat een kind 'heeft'. Een diagnose is geen voorwaarde "
              "voor ondersteuning en ook geen garantie. We werken handelingsgericht en oplossingsgericht"
              + ("." if p.get("no_parents") else ", en we betrekken het kind zelf zoveel mogelijk bij wat er over hem of haar wordt besloten.")),
        ("h2", "Kernwaarden"),
        ("ul", ["Nabij: ondersteuning zo dicht mogelijk bij het kind en de leraar.",
                "Samen: scholen, besturen, gemeenten en partners zijn samen verantwoordelijk.",
                "Eenvoudig: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het kind.",
                "Transparant: we zijn open over keuzes, geld en wat het oplevert.",
                "Lerend: we evalueren, leren van elkaar en passen aan waar dat nodig is."]),
    ]
    if ambitions:
        bl.append(("p", "Deze kernwaarden zijn de toetssteen voor alle keuzes in dit plan. In de volgende hoofdstukken "
                        "laten we zien hoe ze doorwerken in de afspraken die we met elkaar hebben gemaakt."))
    return bl


def fl_governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{p['short']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat "
              "twee keer per jaar vergadert en onder meer de begroting, het jaarverslag en het ondersteuningsplan vaststelt. "
              f"De dagelijkse leiding ligt bij de directeur-bestuurder. Sinds 1 januari 2023 is er een scheiding tussen "
              "bestuur en intern toezicht: een raad van toezicht van vijf onafhankelijke leden houdt toezicht op de "
              "directeur-bestuurder en is werkgever van de directeur-bestuurder. De statuten bevatten een regeling voor "
              "het beslechten van geschillen tussen de besturen onderling."),
        ("p", "De raad van toezicht werkt met twee commissies: een auditcommissie en een commissie kwaliteit. De leden "
              f"worden benoemd op basis van een openbaar profiel. De {p['code_bestuur']} is van "
              "toepassing; afwijkingen worden in het bestuursverslag toegelicht."),
        ("h2", "Bureau en werkorganisatie"),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {p['city']}. Er werken ongeveer {p['fte']} fte: een "
              "directeur-bestuurder, een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een secretariaat, "
              "orthopedagogen en trajectbegeleiders. Het bureau organiseert netwerken voor intern begeleiders en "
              "directeuren en ondersteunt de scholen bij complexe vragen."),
        ("p", "Elk kwartaal vindt een regiegesprek plaats tussen de directeur-bestuurder en de bestuurders van de "
              "aangesloten besturen, in wisselende samenstelling. In deze gesprekken worden ontwikkelingen, knelpunten "
              "en de uitvoering van het jaarplan besproken."),
    ]


def fl_medezeggenschap(p, parents=True):
    comp = ("De OPR bestaat uit tien leden: vijf ouders en vijf personeelsleden, afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen. De oudergeleding vertegenwoordigt het perspectief van "
            "ouders bij alle beleidskeuzes van het samenwerkingsverband." if parents else
            "De OPR telt tien leden, die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen "
            "volgens een rooster dat in het reglement is opgenomen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en voor het eigen personeel een "
              "medezeggenschapsraad. De OPR heeft instemmingsrecht op de vaststelling en wijziging van het "
              "ondersteuningsplan. " + comp),
        ("p", "De OPR vergadert vijf keer per jaar. De directeur-bestuurder is bij een deel van de vergadering aanwezig. "
              "De raad beschikt over een eigen budget voor scholing en ondersteuning en kan zich laten adviseren door "
              "een externe deskundige. De werkwijze is vastgelegd in het reglement en het medezeggenschapsstatuut. "
              "Geschillen over instemming worden voorgelegd aan de Landelijke Commissie voor Geschillen WMS."),
        ("p", "Bij de totstandkoming van dit plan heeft de OPR drie keer over concepten gesproken. De raad heeft "
              "vragen gesteld over de leesbaarheid, de onderbouwing van keuzes en de planning; die vragen hebben tot "
              "aanpassingen geleid."),
    ]


def fl_oogo(p, keten=True):
    bl = [
        ("h1", "Samenwerking met gemeenten"),
        ("h2", "Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit plan is op {p['oogo_date']} besproken in het op overeenstemming gericht overleg (OOGO) "
              "met de wethouders onderwijs en jeugd van de gemeenten in ons gebied. Het verslag van dat overleg is "
              "vastgesteld door alle partijen. Het OOGO kent een eigen procedure met een geschillenregeling; daarvan is "
              "in deze planperiode geen gebruik gemaakt. Ook is overleg gevoerd met het samenwerkingsverband "
              f"{p['other_swv']}, waarvan het gebied overlapt met het onze."),
    ]
    if keten:
        bl += [
            ("h2", "Onderwijs en jeugdhulp"),
            ("p", "Onderwijs en jeugdhulp raken elkaar in de klas, thuis en in de wijk. Met de gemeenten hebben we "
                  "afgesproken dat elke school een vaste contactpersoon heeft in het lokale team of wijkteam. De "
                  "schoolmaatschappelijk werker sluit aan bij het ondersteuningsteam van de school. Waar een kind zowel "
                  "onderwijs- als zorgbehoeften heeft, stemmen "
                  + ("school en jeugdhulp" if p.get("no_parents") else "school, jeugdhulp en ouders")
                  + " af in één plan, volgens het "
                  "principe één kind, één gezin, één plan."),
            ("p", "Gemeenschappelijke thema's voor de planperiode zijn de inzet van jeugdhulp op school, zorg in "
                  "onderwijstijd, leerlingenvervoer, onderwijshuisvesting voor bovenschoolse voorzieningen en de "
                  + ("aansluiting op het mbo en de arbeidsmarkt." if p.get("sector") == "vo"
                     else "overgang van de voorschoolse voorzieningen naar de basisschool.")
                  + " Deze thema's worden uitgewerkt in het "
                  "jaarlijkse werkplan van het OOGO."),
        ]
    return bl


def fl_personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort treft ook "
              "onze regio, vooral in de grotere plaatsen. Scholen werken met onbevoegde invallers, zij-instromers en "
              "combinatiefuncties. Dat vraagt extra aandacht voor begeleiding en scholing."),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een aanbod voor intern begeleiders, leraren en "
              "schoolleiders: netwerkbijeenkomsten, intervisie, een jaarlijkse studiedag en korte trainingen, "
              "bijvoorbeeld over gedrag, executieve functies en het werken met een ontwikkelingsperspectief. Het aanbod "
              "wordt samengesteld op basis van de vragen die de scholen aangeven. Deelname is gratis voor de scholen."),
        ("p", f"Voor het eigen personeel van het samenwerkingsverband geldt de {p['cao']}. Medewerkers hebben "
              "een persoonlijk ontwikkelplan en nemen deel aan intervisie. De orthopedagogen zijn geregistreerd en "
              "houden hun registratie bij. De formatie wordt jaarlijks vastgesteld in het bestuursformatieplan."),
        ("p", "Werkdruk is een terugkerend thema in gesprekken met leraren. Het samenwerkingsverband wil bijdragen aan "
              "minder werkdruk door procedures eenvoudig te houden, formulieren te beperken en waar mogelijk gegevens "
              "die de school al heeft niet opnieuw op te vragen."),
    ]


def fl_privacy(p):
    return [
        ("h1", "Privacy en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, ook gegevens over gezondheid, voor "
              "zover dat nodig is voor zijn wettelijke taken. Wij houden ons aan de Algemene verordening "
              "gegevensbescherming (AVG). Er is een functionaris voor gegevensbescherming aangesteld, die wordt gedeeld "
              "met enkele andere samenwerkingsverbanden. De bewaartermijn van dossiers is drie jaar na het laatste besluit."),
        ("p", f"Aanvragen en dossiers worden uitgewisseld via een beveiligd digitaal portaal. Scholen hebben alleen "
              "toegang tot de dossiers van hun eigen leerlingen. Medewerkers van het bureau werken met "
              "tweestapsverificatie. Jaarlijks wordt een privacy-audit uitgevoerd en het verwerkingsregister bijgewerkt. "
              "Een datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens."),
    ]


def fl_vaststelling(p):
    return [
        ("h1", "Totstandkoming en vaststelling"),
        ("p", f"Dit plan is voorbereid door een werkgroep van directeuren en intern begeleiders en besproken in het "
              f"bestuurlijk overleg. Het OOGO met de gemeenten vond plaats op {p['oogo_date']}. De ondersteuningsplanraad "
              f"heeft op {p['opr_date']} ingestemd. Het algemeen bestuur heeft het plan vastgesteld op {p['vast_date']}. "
              "Het plan is vóór 1 mei 2026 via het Internet Schooldossier aan de inspectie van het onderwijs gezonden. "
              f"Het plan geldt voor de schooljaren {p['period']}, van 1 augustus 2026 tot en met 31 juli 2030."),
    ]


GLOSSARY = {
    "Arrangement": "Een afgesproken pakket van extra ondersteuning voor een leerling of groep leerlingen.",
    "Basisondersteuning": "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                          "ondersteuningsstructuur van de school planmatig en op een afgesproken kwaliteitsniveau wordt uitgevoerd.",
    "Bekostigingscategorie": "Categorie laag, midden of hoog op een toelaatbaarheidsverklaring voor het so.",
    "Dekkend netwerk": "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is.",
    "Meerjarenbegroting": "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft.",
    "Ondersteuningsplanraad (OPR)": "Medezeggenschapsorgaan van het samenwerkingsverband met instemmingsrecht op het ondersteuningsplan.",
    "Ouder- en jeugdsteunpunt": "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs.",
    "Terugplaatsing": "De overstap van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs.",
    "Thuiszitter": "Een leerplichtige leerling die zonder geldige reden niet naar school gaat.",
    "Toelaatbaarheidsverklaring (TLV)": "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so.",
    "Verdeelmodel": "De afspraken over de wijze waarop ondersteuningsmiddelen over scholen of besturen worden verdeeld.",
    "Zorgplicht": "De plicht van een schoolbestuur om een passende onderwijsplek te bieden aan een aangemelde leerling.",
}


def fl_begrippen(extra=None, vo=False):
    g = dict(GLOSSARY)
    if vo:
        g["Toelaatbaarheidsverklaring (TLV)"] = "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of het praktijkonderwijs."
        g["Terugplaatsing"] = "De overstap van een leerling van het voortgezet speciaal onderwijs naar het regulier voortgezet onderwijs."
        g["Leerwegondersteunend onderwijs (lwoo)"] = "Extra ondersteuning binnen de leerwegen van het vmbo."
    if extra:
        g.update(extra)
    rows = [["Begrip", "Omschrijving"]] + [[k, v] for k, v in sorted(g.items())]
    return [("h1", "Bijlage A – Begrippenlijst"), ("table", rows, True)]


def fl_afkortingen(vo=False):
    ab = ["AB – ambulante begeleiding", "AVG – Algemene verordening gegevensbescherming", "CvT – Commissie van Toelaatbaarheid",
          "IB – intern begeleider", "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
          "MDO – multidisciplinair overleg", "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
          "OPP – ontwikkelingsperspectief", "OPR – ondersteuningsplanraad", "SOP – schoolondersteuningsprofiel",
          "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring"]
    ab += (["LWOO – leerwegondersteunend onderwijs", "OPDC – orthopedagogisch-didactisch centrum", "PrO – praktijkonderwijs",
            "VSO – voortgezet speciaal onderwijs"] if vo else ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"])
    return [("h1", "Bijlage B – Afkortingen"), ("ul", sorted(ab))]


def fl_planning(rows):
    return [("h1", "Planning van de planperiode"),
            ("p", "Onderstaand overzicht geeft de belangrijkste activiteiten per schooljaar. De uitwerking staat in de "
                  "jaarplannen, die jaarlijks met de begroting worden vastgesteld en met de OPR worden besproken."),
            ("table", [["Schooljaar", "Activiteiten"]] + rows, True)]

# --------------------------------------------------------------------------------------------
# Plan A – PO, Noordoost-Twente, .docx
# --------------------------------------------------------------------------------------------
PA = dict(name="Samenwerkingsverband Passend Primair Onderwijs Het Dinkelnet", short="Het Dinkelnet", code="PO 23-19",
          period="2026-2030", region="Noordoost-Twente", gemeenten=["Oldenzaal", "Losser", "Dinkelland", "Tubbergen"],
          city="Oldenzaal", besturen=14, scholen="61 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs",
          director="Marieke ter Huurne", fte="14", oogo_date="12 februari 2026", opr_date="17 maart 2026",
          vast_date="31 maart 2026", other_swv="VO Twente-Noord", code_bestuur="Code Goed Bestuur in het primair onderwijs",
          cao="cao primair onderwijs", years=["2021", "2022", "2023", "2024", "2025"],
          pupils=["11.940", "11.815", "11.760", "11.702", "11.655"])


def plan_a():
    p = PA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{p['name']} ({p['code']}) – Samen dichtbij, voor ieder kind"),
         ("subtitle", "Vastgesteld door het algemeen bestuur op 31 maart 2026, na instemming van de ondersteuningsplanraad"),
         ("pagebreak",), ("toc",)]
    b += fl_voorwoord(p) + fl_leeswijzer(p) + fl_regio(p) + fl_visie(p)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in Het Dinkelnet het niveau van ondersteuning dat alle veertien besturen samen "
              "hebben afgesproken en dat iedere vestiging – van de kleinste dorpsschool in Tubbergen tot de grootste "
              "school in Oldenzaal – ten minste biedt. Het is dus geen streven, maar een ondergrens die voor alle "
              "scholen gelijk is. Ouders mogen er op iedere school in onze regio op rekenen, zonder dat daarvoor een "
              "aanvraag of toestemming van het samenwerkingsverband nodig is."),
        ("p", "De afspraken zijn in 2025 herijkt met de intern begeleiders en directeuren, mede met het oog op de "
              "landelijke norm die eraan komt. Het gaat om de volgende voorzieningen en werkwijzen:"),
        ("ol", ["Iedere school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een "
                "ondersteuningsteam dat minstens zes keer per jaar bijeenkomt.",
                "Iedere school werkt handelingsgericht: groepsoverzichten en groepsbesprekingen drie keer per jaar, "
                "met een leerling- en ouderperspectief.",
                "Iedere school voert het landelijke dyslexieprotocol en het protocol ernstige reken-wiskundeproblemen "
                "en dyscalculie uit, inclusief de signalering in groep 1 tot en met 4.",
                "Iedere school biedt een aanbod voor sociaal-emotionele ontwikkeling met een gevalideerde methode en "
                "een anti-pestprogramma, en volgt het welbevinden van leerlingen met een leerlingvolgsysteem.",
                "Iedere school heeft een aanpak voor leerlingen die meer aankunnen: verrijking in de groep en "
                "compacten van de leerstof.",
                "Iedere school kan een leerling met een eigen leerlijn voor één of twee vakken begeleiden, met een "
                "ontwikkelingsperspectief dat met de ouders wordt besproken.",
                "Iedere school heeft afspraken over medisch handelen en verstrekt eenvoudige medicatie volgens het "
                "protocol van het bestuur.",
                "Iedere school heeft een taalaanbod voor leerlingen met een taalachterstand en voor nieuwkomers die "
                "korter dan twee jaar in Nederland zijn.",
                "Iedere school kan binnen vijf werkdagen een beroep doen op een consultatief gesprek met een "
                "orthopedagoog van het samenwerkingsverband, zonder aanvraag.",
                "Iedere school heeft een vaste contactpersoon in het lokale wijkteam of jeugdteam."]),
        ("p", "Wat niet onder basisondersteuning valt, is extra ondersteuning: ondersteuning die intensiever is, langer "
              "duurt of expertise vraagt die niet op iedere school aanwezig hoeft te zijn. De grens ligt waar de school "
              "met de tien punten hierboven en met haar eigen middelen niet meer tot een passend aanbod komt."),
        ("h2", "Hoe we de basisondersteuning borgen"),
        ("p", "Elke school beschrijft in de schoolgids hoe zij de tien punten invult. Eens per twee jaar voert de "
              "orthopedagoog van het samenwerkingsverband met elke school een gesprek aan de hand van de kwaliteitskaart "
              "basisondersteuning. Blijkt een school op één of meer punten onder het afgesproken niveau te zitten, dan "
              "maakt het bestuur binnen zes maanden een verbeterplan, dat met de directeur-bestuurder wordt besproken "
              "en in het volgende gesprek wordt getoetst."),
    ]
    b += [
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("p", "Het Dinkelnet wil dat er voor ieder kind in de regio een passende plek is. Dat doen we met een "
              "samenhangend aanbod dat van licht naar zwaar loopt. We onderscheiden vijf niveaus:"),
        ("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
                   ["1", "Basisondersteuning (zie hoofdstuk 4)", "Elke school", "School"],
                   ["2", "Extra ondersteuning op de eigen school: individueel of groepsarrangement, ambulante begeleiding, inzet specialist", "Eigen school", "School met het ondersteuningsteam; bekostigd uit het schoolbudget"],
                   ["3", "Bovenschoolse voorzieningen: plusklas voor meer- en hoogbegaafde leerlingen (Oldenzaal en Tubbergen), taalklas voor nieuwkomers (Losser), observatiegroep jonge kind (Denekamp)", "Regionaal", "Commissie Toewijzing van het samenwerkingsverband"],
                   ["4", "Speciaal basisonderwijs", "Twee sbo-scholen", "Commissie van Toelaatbaarheid"],
                   ["5", "Speciaal onderwijs cluster 3 en 4, ook onderwijs-zorgarrangementen met dagbesteding", "Drie so-locaties, deels buiten de regio", "Commissie van Toelaatbaarheid"]], True),
        ("p", "De niveaus zijn geen trap die een kind moet beklimmen. Een leerling kan direct een bovenschoolse "
              "voorziening of een toelaatbaarheidsverklaring krijgen als dat nodig is. Omgekeerd is het doel altijd dat "
              "een kind zo snel als verantwoord weer op een lager niveau verder kan."),
        ("h2", "Zorgplicht en leerlingen zonder passende plek"),
        ("p", "Als een school na aanmelding geen passend aanbod kan doen, zoekt het bestuur binnen de wettelijke termijn "
              "van zes, zo nodig tien weken, een andere school. Lukt dat niet, dan meldt de school de leerling bij het "
              "samenwerkingsverband. Een trajectbegeleider van het bureau neemt dan de regie en organiseert binnen twee "
              "weken een overleg met de betrokken besturen. De besturen hebben afgesproken dat een kind nooit tussen wal en "
              "schip valt omdat geen bestuur zich verantwoordelijk voelt: het bestuur van de school van aanmelding blijft "
              "verantwoordelijk totdat een andere school de leerling heeft ingeschreven."),
        ("p", "Voor thuiszitters is er sinds 2022 een Thuiszitterstafel, waarin de leerplichtambtenaren van de vier "
              "gemeenten, het samenwerkingsverband, jeugdhulp en de betrokken school zitten. Iedere leerling die langer "
              "dan vier weken niet naar school gaat, wordt daar besproken. Het samenwerkingsverband heeft "
              "doorzettingsmacht: de directeur-bestuurder kan een bestuur vragen een leerling tijdelijk te plaatsen en "
              "kan voor een overbruggingsarrangement middelen vrijmaken."),
        ("p", "Eens per jaar, in mei, analyseren we met de besturen en de gemeenten waar het aanbod tekortschiet: "
              "wachtlijsten voor het so, kinderen die buiten de regio naar school moeten, groepen leerlingen voor wie "
              "geen passend aanbod bestaat. De analyse leidt tot concrete afspraken in het jaarplan, met een "
              "verantwoordelijk bestuur en een datum. In de vorige planperiode leidde dit tot de oprichting van de "
              "observatiegroep jonge kind in Denekamp."),
    ]
    b += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar de leerling "
              "staat ingeschreven, of bij een nieuwe leerling het bestuur waar de leerling is aangemeld. In de praktijk "
              "doet de intern begeleider de aanvraag via het digitale portaal. Voordat een aanvraag wordt gedaan, is de "
              "leerling besproken in een multidisciplinair overleg waarin de ouders, de school, de orthopedagoog van het "
              "samenwerkingsverband en zo nodig jeugdhulp zitten. Bij de aanvraag horen het ontwikkelingsperspectief, "
              "het groeidocument met de ondersteuning die al is geboden en de zienswijze van de ouders."),
        ("h2", "Beoordeling en besluit"),
        ("p", "De Commissie van Toelaatbaarheid van Het Dinkelnet beoordeelt de aanvraag. Zij vraagt twee deskundigen om "
              "een schriftelijk advies: een orthopedagoog of psycholoog, en – afhankelijk van de vraag – een tweede "
              "deskundige, zoals een kinderpsychiater, maatschappelijk werker of jeugdarts. Deskundigen die bij de "
              "aanvraag betrokken zijn geweest, adviseren niet. Op basis van de adviezen besluit de directeur-bestuurder "
              "namens het samenwerkingsverband binnen zes weken na ontvangst van een volledige aanvraag. Ouders ontvangen "
              "een afschrift van het besluit en van de adviezen."),
        ("h2", "Criteria"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de ondersteuningsbehoefte van de leerling overstijgt wat de basisondersteuning en een arrangement op "
                "niveau 2 of 3 kunnen bieden, wat blijkt uit ten minste twee cycli van handelingsgericht werken met "
                "evaluatie;",
                "de leerling heeft voor het grootste deel van de onderwijstijd een kleinere groep en een aangepast "
                "programma nodig;",
                "de verwachting is dat de leerling in het sbo een ontwikkelingsperspectief kan realiseren dat in het "
                "regulier onderwijs niet haalbaar is."]),
        ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een ondersteunings- of "
              "zorgbehoefte die structurele inzet van specialistische expertise of zorg in de school vraagt – zoals bij "
              "een zeer moeilijk lerende leerling, een langdurig zieke leerling of een leerling met ernstige gedrags- of "
              "psychiatrische problematiek – en een sbo-school daarin niet kan voorzien."),
        ("h2", "Duur en categorie"),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
              "voor twee schooljaren, of voor één jaar als het OPP daar aanleiding toe geeft. Bij so stelt de commissie "
              "de bekostigingscategorie vast: laag, midden of hoog, op basis van de ondersteuningsbehoefte en de "
              "landelijke omschrijving van de categorieën."),
        ("h2", "Na de TLV: terug naar de basisschool"),
        ("p", "Het Dinkelnet gaat ervan uit dat een plaatsing in het sbo of so niet per se blijvend is. Ons uitgangspunt "
              "is dat een kind zo thuisnabij mogelijk naar school gaat; dat geldt ook voor kinderen die tijdelijk in het "
              "speciaal (basis)onderwijs zitten. Terugplaatsing naar een basisschool is aan de orde als het "
              "ontwikkelingsperspectief laat zien dat de leerling met een arrangement in een reguliere groep kan "
              "functioneren, en de ontvangende school dat arrangement kan bieden."),
        ("p", "Een leerling die terugkeert, krijgt gedurende het eerste schooljaar een terugplaatsingsarrangement: "
              "ambulante begeleiding door een leerkracht van de sbo- of so-school, één dagdeel per week, en consultatie "
              "voor de nieuwe leerkracht. Het samenwerkingsverband betaalt dit arrangement uit het bovenschoolse budget, "
              "zodat de ontvangende school er niet voor hoeft te kiezen tussen dit kind en andere kinderen."),
        ("p", "Een uitgewerkt stappenplan – wie het initiatief neemt, op welk moment in de looptijd van de TLV wordt "
              "geëvalueerd en wie beslist – stellen we in het eerste jaar van deze planperiode samen met de sbo- en "
              "so-scholen op."),
    ]
    b += fl_oogo(p, keten=True)
    b += [
        ("h1", "Financieel beleid"),
        ("h2", "Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van de rijksoverheid een budget voor lichte en een budget voor zware "
              "ondersteuning. Daarop worden door DUO de bedragen ingehouden voor leerlingen in het so. Voor de groei "
              "van het sbo na de teldatum van 1 februari draagt het samenwerkingsverband groeibekostiging af. Het "
              "netto budget voor 2026 bedraagt circa € 8,9 miljoen."),
        ("h2", "Verdeelmodel"),
        ("p", "Het Dinkelnet werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
              "besturen, die het inzetten voor extra ondersteuning op niveau 2. De verdeling is als volgt:"),
        ("ul", ["Elk bestuur ontvangt een bedrag per leerling van € 195 (teldatum 1 oktober van het voorgaande jaar).",
                "Elke school ontvangt daarnaast een vaste voet van € 6.500, om kleine scholen in staat te stellen een "
                "minimale ondersteuningsstructuur te onderhouden.",
                "Het samenwerkingsverband houdt middelen centraal voor de bovenschoolse voorzieningen (niveau 3), de "
                "afdrachten aan sbo en so, het terugplaatsingsarrangement, de Thuiszitterstafel en het bureau.",
                "Besturen ontvangen hun middelen in twaalf maandelijkse termijnen. Wijzigingen in het model worden "
                "vastgesteld door het algemeen bestuur, na advies van de OPR."]),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 juni in een vast format aan welke vormen van ondersteuning zij "
              "de middelen hebben besteed en voor hoeveel leerlingen. Middelen die een bestuur niet aan ondersteuning "
              "heeft besteed, worden verrekend met de bijdrage van het volgende jaar."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget (na inhoudingen DUO)", "8.910", "8.860", "8.800", "8.760"],
                   ["Afdrachten en groeibekostiging sbo", "2.640", "2.610", "2.600", "2.590"],
                   ["Bedrag per leerling aan besturen", "2.270", "2.255", "2.240", "2.230"],
                   ["Vaste voet scholen", "397", "397", "390", "384"],
                   ["Bovenschoolse voorzieningen (plusklas, taalklas, observatiegroep)", "1.480", "1.500", "1.520", "1.520"],
                   ["Arrangementen, terugplaatsing en Thuiszitterstafel", "820", "840", "850", "860"],
                   ["Bureau, personeel en huisvesting", "1.210", "1.230", "1.250", "1.270"],
                   ["Professionalisering en netwerken", "180", "180", "170", "170"],
                   ["Saldo", "-87", "-152", "-220", "-264"]], True),
        ("p", "De begroting sluit in deze planperiode met een tekort, omdat we de reserve bewust afbouwen. Op 1 januari "
              "2026 bedraagt de algemene reserve € 1,9 miljoen. Met de raad van toezicht is afgesproken dat de reserve "
              "niet onder de signaleringswaarde van 5% van de baten zakt. De risicoparagraaf in de jaarbegroting "
              "beschrijft de belangrijkste risico's: een stijging van het aantal TLV's voor het so en de krimp in het "
              "leerlingaantal."),
    ]
    b += [
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Passend onderwijs gaat over kinderen, en dus willen we weten wat onze afspraken voor kinderen betekenen. "
              "Voor deze planperiode hebben we de beoogde resultaten voor leerlingen met een ondersteuningsbehoefte "
              "concreet gemaakt:"),
        ("table", [["Beoogd resultaat", "Streefwaarde schooljaar 2029-2030"],
                   ["Leerlingen met extra ondersteuning gaan naar school in hun eigen woonplaats", "minstens 85%"],
                   ["Het percentage leerlingen in sbo en so samen ligt onder het landelijk gemiddelde", "maximaal 3,4%"],
                   ["Geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod", "0 leerlingen"],
                   ["Besluiten over een TLV worden binnen zes weken genomen", "95% van de aanvragen"],
                   ["Terugplaatsingen naar het regulier onderwijs per jaar", "ten minste 10"],
                   ["Ouders van leerlingen met een arrangement zijn tevreden over de ondersteuning", "gemiddeld 7,5 of hoger"]], True),
        ("p", "Hoe we deze resultaten precies gaan meten, met welke bronnen en op welke momenten, en hoe we erover "
              "rapporteren, leggen we vast in een nieuw kwaliteitskader. Dat kader is in voorbereiding en zal in de loop "
              "van het schooljaar 2026-2027 aan het bestuur worden voorgelegd."),
    ]
    b += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het Dinkelnet communiceert met scholen, besturen, "
              "gemeenten en ouders. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief."),
        ("p", "Ouders informeren we op verschillende manieren over de ondersteuning in onze regio. Op de website staat "
              "een aparte ouderpagina met uitleg over basisondersteuning, arrangementen, de bovenschoolse voorzieningen "
              "en het aanvragen van een TLV, met korte filmpjes. Elke school geeft bij de kennismaking de ouderfolder "
              "'Ondersteuning in het Dinkelnet' mee, die ook in het Engels, Pools en Arabisch beschikbaar is. In de "
              "schoolgids staat welke ondersteuning de school biedt. Twee keer per jaar organiseren we een "
              "informatieavond voor ouders, in Oldenzaal en in Tubbergen. Ouders kunnen op werkdagen het "
              "informatienummer van het bureau bellen."),
        ("p", "Het ouder- en jeugdsteunpunt dat de nieuwe wet voorschrijft, richten we in zodra de wet in werking treedt. "
              "Over de vorm zijn we in gesprek met de samenwerkingsverbanden in Twente."),
    ]
    b += fl_medezeggenschap(p, parents=True) + fl_personeel(p) + fl_privacy(p)
    b += fl_planning([
        ["2026-2027", "Stappenplan terugplaatsing; nieuw kwaliteitskader; evaluatie plusklassen"],
        ["2027-2028", "Herijking kwaliteitskaart basisondersteuning na landelijke norm; uitbreiding taalklas"],
        ["2028-2029", "Evaluatie verdeelmodel; onderzoek naar een tweede observatiegroep"],
        ["2029-2030", "Evaluatie planperiode en voorbereiding nieuw ondersteuningsplan"]])
    b += fl_vaststelling(p) + fl_begrippen() + fl_afkortingen()
    return b


LABEL_A = dict(
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": True,
              "plaatsing.criteria": True, "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': shared minimum for every vestiging + ten concrete provisions; borging via kwaliteitskaart/verbeterplan.",
           "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': applicant, MDO, CvT, two deskundigen, decision within 6 weeks, sbo/so criteria, duration and category; no bezwaar route.",
           "terugstroom": "Only in §'Na de TLV' inside the TLV chapter: policy (thuisnabij, condition via OPP, 1-year terugplaatsingsarrangement); the procedure/stappenplan is deferred to the first plan year.",
           "financien": "Ch. 'Financieel beleid': verdeelmodel (EUR 195 per leerling, vaste voet), meerjarenbegroting 2026-2029 table, reserve and signaleringswaarde, verantwoording by 1 June.",
           "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod in de regio': five-level table (continuum); zorgplicht, Thuiszitterstafel, yearly gap analysis (lacunes); OOGO/jeugdhulp chapter.",
           "resultaten": "Ch. 'Kwaliteit en resultaten': table of beoogde resultaten with streefwaarden; how they are measured/reported is deferred to a new kwaliteitskader (2026-2027).",
           "ouders": "Ch. 'Communicatie': website ouderpagina, folder, schoolgids, info evenings (informatie); the ouder- en jeugdsteunpunt is only announced ('zodra de wet in werking treedt'), no independent help named."},
)

# --------------------------------------------------------------------------------------------
# Plan B – PO, Oost-Brabant (Peel), rendered to .pdf
# --------------------------------------------------------------------------------------------
PB = dict(name="Samenwerkingsverband Passend Onderwijs PO De Aa-Peel", short="De Aa-Peel", code="PO 30-11",
          period="2026-2030", region="de oostelijke Peel", gemeenten=["Deurne", "Gemert-Bakel", "Laarbeek", "Boekel"],
          city="Deurne", besturen=9, scholen="47 basisscholen, twee sbo-scholen en één so-school met drie locaties",
          director="Joost van de Ven", fte="11", oogo_date="5 februari 2026", opr_date="10 maart 2026",
          vast_date="24 maart 2026", other_swv="VO Peelland", code_bestuur="Code Goed Bestuur in het primair onderwijs",
          cao="cao primair onderwijs", years=["2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"],
          pupils=["9.410", "9.352", "9.301", "9.288", "9.240"])


def plan_b():
    p = PB
    b = [("title", "Ondersteuningsplan De Aa-Peel 2026-2030"),
         ("subtitle", "Elk kind een plek, dichtbij – samenwerkingsverband passend onderwijs primair onderwijs, regio Peel"),
         ("pagebreak",), ("toc",)]
    b += fl_voorwoord(p) + fl_leeswijzer(p) + fl_regio(p)
    b += [
        ("h2", "Thuiszitters en verzuim"),
        ("p", "Thuiszitters zijn ook in onze regio een zorg. Iedere leerling die niet naar school gaat, is er één te veel. "
              "Hoe we thuiszitters en dreigende thuiszitters samen met leerplicht beter in beeld brengen, werken we in het "
              "schooljaar 2026-2027 uit; tot die tijd is dit onderwerp vooral een zaak van de scholen en de "
              "leerplichtambtenaren."),
    ]
    b += fl_visie(p)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Het algemeen bestuur heeft in juni 2025 het niveau van basisondersteuning opnieuw vastgesteld. Dat niveau "
              "is voor alle 47 basisscholen in De Aa-Peel hetzelfde: iedere vestiging biedt ten minste deze "
              "basisondersteuning, ongeacht het bestuur waartoe zij behoort of de grootte van de school. Een school mag "
              "meer bieden, maar nooit minder."),
        ("p", "De onderdelen van de basisondersteuning en de bijbehorende kwaliteitseisen staan in het document "
              "'Basisondersteuning De Aa-Peel 2025', dat als bijlage 3 bij dit plan hoort. De scholen laten in hun "
              "schoolgids zien hoe zij de basisondersteuning invullen."),
        ("p", "Jaarlijks bespreekt de directeur-bestuurder in het regiegesprek met elk bestuur of alle scholen van dat "
              "bestuur het afgesproken niveau halen. Daarvoor gebruikt het bestuur de uitkomsten van de eigen "
              "kwaliteitszorg en de inspectierapporten. Als een school het niveau niet haalt, legt het bestuur binnen drie "
              "maanden vast welke maatregelen het neemt en wanneer de school weer op niveau is."),
        ("h1", "Ondersteuningsroute en arrangementen"),
        ("p", "Als de basisondersteuning voor een leerling niet voldoende is, volgt de school de ondersteuningsroute van "
              "De Aa-Peel. Die route kent vier treden, die samen het aanbod in de regio vormen:"),
        ("ol", ["Extra ondersteuning in de eigen school. De school zet een arrangement in, bekostigd uit het "
                "ondersteuningsbudget van het bestuur: bijvoorbeeld een remedial teacher, een gedragsspecialist of een "
                "kleine instructiegroep. Het ondersteuningsteam van de school stelt het arrangement vast.",
                "Een arrangement van het samenwerkingsverband. De school vraagt via het Loket een individueel arrangement "
                "of ambulante begeleiding aan, bijvoorbeeld voor een leerling met een ernstige taalontwikkelingsstoornis "
                "of een langdurig zieke leerling. Het Loket besluit binnen vier weken.",
                "Een bovenschoolse voorziening: de Taalklas in Deurne voor nieuwkomers, de plusklas De Denkfabriek voor "
                "hoogbegaafde leerlingen (één dag per week, op twee locaties) en de kleuterobservatiegroep in Gemert.",
                "Speciaal basisonderwijs of speciaal onderwijs, na een toelaatbaarheidsverklaring (zie hoofdstuk 7)."]),
        ("p", "De treden zijn geen verplichte volgorde. Het ondersteuningsteam van de school, waarin de orthopedagoog "
              "van het samenwerkingsverband zit, adviseert welke trede past. De ouders worden daarbij betrokken."),
        ("p", "Een analyse of het aanbod in de regio dekkend is, staat voor 2027 op de planning. Daarbij kijken we ook of "
              "er wachtlijsten zijn en of er kinderen zijn die buiten de regio onderwijs volgen."),
    ]
    tlv_rows = [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                ["1", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze", "School, ouders, orthopedagoog SWV", "–"],
                ["2", "Aanvraag TLV via het Loket met OPP, groeidocument en zienswijze ouders", "Bevoegd gezag van de school van inschrijving", "–"],
                ["3", "Toets op volledigheid", "Loket", "binnen 5 werkdagen"],
                ["4", "Advies van twee deskundigen: orthopedagoog of GZ-psycholoog plus een tweede deskundige (bijv. jeugdarts, kinderpsychiater, maatschappelijk werker), elk schriftelijk", "Deskundigen die niet bij de aanvraag betrokken waren", "binnen 3 weken"],
                ["5", "Besluit over toelaatbaarheid, duur en (bij so) bekostigingscategorie", "Commissie van Toelaatbaarheid namens het bestuur", "binnen 6 weken na volledige aanvraag"],
                ["6", "Afschrift besluit en adviezen aan ouders en school", "Loket", "direct na besluit"]]
    b += [
        ("h1", "Toelaatbaarheid"),
        ("p", "Het samenwerkingsverband beslist op verzoek van een schoolbestuur of een leerling toelaatbaar is tot het "
              "speciaal basisonderwijs of het speciaal onderwijs. De route ziet er zo uit:"),
        ("table", tlv_rows, True),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "De Commissie van Toelaatbaarheid toetst aan de volgende criteria. Voor het sbo: de school heeft aantoonbaar "
              "de basisondersteuning en ten minste één arrangement (trede 1 of 2) ingezet en geëvalueerd; de leerling "
              "heeft structureel een kleine groep en een aangepast leerstofaanbod nodig; en de ontwikkeling van de "
              "leerling stagneert ondanks die inzet. Voor het so geldt daarnaast dat de leerling specialistische "
              "expertise of een combinatie van onderwijs en zorg nodig heeft die het sbo niet kan bieden, bijvoorbeeld "
              "vanwege een verstandelijke beperking, een ernstige lichamelijke beperking of langdurige ziekte, of "
              "ernstige gedrags- of psychiatrische problematiek."),
        ("h2", "Duur"),
        ("p", "Een TLV sbo geeft de commissie af voor de rest van de basisschoolperiode, tenzij het OPP aanleiding geeft tot "
              "een kortere duur. Een TLV so geldt voor twee schooljaren, bij jonge kinderen (tot zes jaar) voor één "
              "schooljaar. De commissie kent bij het so de categorie laag, midden of hoog toe."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband "
              "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist daarna "
              "opnieuw."),
        ("h2", "Afloop van de TLV en terugplaatsing"),
        ("p", "Wij vinden dat een plek in het speciaal (basis)onderwijs steeds opnieuw moet worden bezien. Het doel is dat "
              "een leerling terugkeert naar een reguliere basisschool in de eigen omgeving zodra dat verantwoord is. "
              "Voorwaarde is dat de leerling het onderwijsprogramma van de reguliere groep met een arrangement kan "
              "volgen en dat de ontvangende school voldoende is voorbereid."),
        ("p", "De sbo- of so-school evalueert ieder jaar het OPP met de ouders. In het laatste jaar van de TLV organiseert de "
              "school uiterlijk in februari een overleg met de ouders en de orthopedagoog van het samenwerkingsverband. "
              "Daarin wordt besloten of de leerling teruggaat naar een basisschool, of dat de school een nieuwe TLV "
              "aanvraagt. Kiezen ouders en school voor terugplaatsing, dan meldt de ouder de leerling aan bij de nieuwe "
              "school en zorgt de sbo- of so-school voor een warme overdracht vóór de zomervakantie. Vraagt de school een "
              "nieuwe TLV aan, dan beslist de Commissie van Toelaatbaarheid uiterlijk 1 mei."),
        ("p", "Na terugkeer ontvangt de basisschool een terugkeerarrangement: gedurende zes maanden ambulante begeleiding "
              "door de sbo- of so-school, betaald door het samenwerkingsverband. Na drie en na zes maanden evalueren de "
              "scholen met de ouders hoe het gaat."),
    ]
    b += fl_oogo(p, keten=True)
    b += [
        ("h1", "Verdeling van middelen"),
        ("p", "De Aa-Peel ontvangt een rijksbudget voor lichte en zware ondersteuning. Na aftrek van de afdrachten voor "
              "het sbo en so en de kosten van het bureau verdelen we de middelen als volgt:"),
        ("ul", ["Besturen ontvangen € 172 per leerling, op basis van de teldatum 1 oktober van het jaar daarvoor. Zij zetten "
                "dit in voor trede 1 van de ondersteuningsroute.",
                "Iedere school met minder dan 150 leerlingen ontvangt een toeslag van € 4.000 per jaar.",
                "Arrangementen op trede 2 worden per leerling toegekend door het Loket, op basis van de criteria in de "
                "ondersteuningsroute; het Loket hanteert een vast tarief per uur ambulante begeleiding.",
                "Bovenschoolse voorzieningen (trede 3) ontvangen een budget per geplaatste leerling, vastgesteld in de "
                "jaarbegroting."]),
        ("p", "Besturen verantwoorden in hun jaarverslag en in een korte rapportage aan het samenwerkingsverband hoeveel "
              "leerlingen zij met de middelen hebben ondersteund en op welke manier."),
        ("p", "De meerjarenbegroting 2026-2029 maakt geen deel uit van dit plan. Zij wordt ieder jaar in december door het "
              "algemeen bestuur vastgesteld, na advies van de OPR, en is te vinden op onze website."),
    ]
    b += [
        ("h1", "Kwaliteitszorg"),
        ("p", "De Aa-Peel werkt met een vaste kwaliteitscyclus. Twee keer per jaar, in januari en in juli, verzamelt het "
              "bureau gegevens in een dashboard: het aantal aanvragen en besluiten, de doorlooptijden, het aantal "
              "arrangementen per trede, de deelnamepercentages sbo en so op 1 oktober, het aantal terugplaatsingen en de "
              "leerlingen die buiten de regio onderwijs volgen. De gegevens worden per bestuur besproken in het "
              "regiegesprek."),
        ("p", "Elke twee jaar houden we een tevredenheidsonderzoek onder ouders van leerlingen met een arrangement en onder "
              "intern begeleiders. De resultaten worden in juni besproken in het algemeen bestuur, met de raad van "
              "toezicht en met de OPR, en gepubliceerd in het jaarverslag. Op basis daarvan stelt het bestuur het "
              "jaarplan bij."),
        ("table", [["Kengetal", "2023-2024", "2024-2025"],
                   ["Aantal afgegeven TLV's (sbo en so)", "198", "212"],
                   ["Deelnamepercentage sbo (1 oktober)", "1,9%", "1,9%"],
                   ["Deelnamepercentage so (1 oktober)", "1,2%", "1,3%"],
                   ["Gemiddelde doorlooptijd TLV (dagen)", "34", "31"],
                   ["Terugplaatsingen naar regulier", "6", "9"]], True),
        ("p", "De doelen die we in deze planperiode nastreven, leggen we per jaar vast in het jaarplan."),
    ]
    b += [
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met besturen, scholen, gemeenten en ouders. Voor scholen zijn er een "
              "maandelijkse nieuwsbrief en een besloten deel van de website."),
        ("h2", "Ouders"),
        ("p", "Ouders vinden op onze website een ouderpagina waarop in gewone taal staat wat basisondersteuning is, "
              "welke arrangementen en voorzieningen er zijn en hoe een toelaatbaarheidsverklaring werkt. Elke school "
              "verwijst in de schoolgids naar deze pagina. Er is een ouderbrochure, die de intern begeleider meegeeft "
              "wanneer een kind wordt besproken in het ondersteuningsteam. Twee keer per jaar houden we een "
              "ouderavond in Deurne of Gemert."),
        ("p", "Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Peel, dat door een "
              "onafhankelijke stichting wordt uitgevoerd en niet onder het samenwerkingsverband valt. Het steunpunt is "
              "bereikbaar per telefoon en e-mail en houdt wekelijks spreekuur. Daarnaast kunnen ouders gratis een "
              "beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband is er een "
              "klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen ouders voorleggen aan de "
              "Geschillencommissie passend onderwijs."),
    ]
    b += fl_governance(p) + fl_medezeggenschap(p, parents=True) + fl_personeel(p) + fl_privacy(p)
    b += fl_planning([
        ["2026-2027", "Aanpak thuiszitters met leerplicht; digitalisering Loket"],
        ["2027-2028", "Analyse dekkend aanbod; evaluatie De Denkfabriek"],
        ["2028-2029", "Evaluatie verdeling van middelen"],
        ["2029-2030", "Evaluatie en nieuw ondersteuningsplan"]])
    b += fl_vaststelling(p) + fl_begrippen() + fl_afkortingen()
    return b


LABEL_B = dict(
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
              "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": False, "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 'Basisondersteuning': same minimum level for all 47 schools and borging via regiegesprek, but the concrete content is only in 'bijlage 3', which is not part of the document.",
           "plaatsing": "Ch. 'Toelaatbaarheid': six-step procedure only in a table (Loket, two deskundigen, CvT, 6 weeks), criteria sbo/so in prose, duration/category, bezwaar via LBT.",
           "terugstroom": "Hidden in §'Afloop van de TLV en terugplaatsing' inside the TLV chapter: aim/conditions, last-year meeting by February, decision by 1 May, 6-month terugkeerarrangement.",
           "financien": "Ch. 'Verdeling van middelen': EUR 172 per leerling, small-school toeslag, Loket tarief (verdeling) and verantwoording; the meerjarenbegroting is explicitly excluded and referred to the website.",
           "dekkend-aanbod": "Ch. 'Ondersteuningsroute en arrangementen' gives the four-trede continuum; gap analysis is planned for 2027 and thuiszitters approach deferred to 2026-2027 (lacunes not addressed).",
           "resultaten": "Ch. 'Kwaliteitszorg': dashboard twice a year, satisfaction survey, reporting in jaarverslag/OPR and a table of achieved kengetallen; the goals themselves are deferred to the yearly jaarplan.",
           "ouders": "Ch. 'Communicatie' §Ouders: website ouderpagina, brochure, schoolgids, ouderavond; independent Ouder- en Jeugdsteunpunt Peel, Onderwijsconsulenten, klachtenregeling, Geschillencommissie."},
)

# --------------------------------------------------------------------------------------------
# Plan C – PO, Westelijke Mijnstreek (Zuid-Limburg), .docx
# --------------------------------------------------------------------------------------------
PC = dict(name="Samenwerkingsverband Passend Onderwijs Geleenbeek PO", short="Geleenbeek", code="PO 31-08",
          period="2026-2030", region="de Westelijke Mijnstreek", gemeenten=["Sittard-Geleen", "Beekdaelen", "Stein", "Beek"],
          city="Sittard", besturen=7, scholen="52 basisscholen, twee sbo-scholen en vier so-locaties",
          director="Anouk Peters-Hermans", fte="16", oogo_date="28 januari 2026", opr_date="3 maart 2026",
          vast_date="17 maart 2026", other_swv="VO Westelijke Mijnstreek", code_bestuur="Code Goed Bestuur in het primair onderwijs",
          cao="cao primair onderwijs", years=["2021", "2022", "2023", "2024", "2025"],
          pupils=["12.480", "12.310", "12.205", "12.140", "12.020"])


def plan_c():
    p = PC
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Geleenbeek – passend onderwijs in de Westelijke Mijnstreek"),
         ("subtitle", "Basisondersteuning · Toelaatbaarheid · Geld en middelen · Ouders"),
         ("pagebreak",), ("toc",)]
    b += fl_voorwoord(p) + fl_leeswijzer(p)
    b += [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode (2022-2026) stond in het teken van de verhuizing van het bureau, de invoering van "
              "het nieuwe digitale portaal en het herstel na de coronajaren. De samenwerking tussen de zeven besturen is "
              "hechter geworden; besluiten worden vaker unaniem genomen en de besturen delen expertise, bijvoorbeeld op het "
              "gebied van gedrag en nieuwkomers. Een punt van zorg blijft de doorstroom van het primair naar het voortgezet "
              "onderwijs voor kwetsbare leerlingen: de warme overdracht verloopt nog niet overal goed, en de terugkoppeling "
              "vanuit het voortgezet onderwijs naar de basisscholen is wisselend."),
    ]
    b += fl_regio(p) + fl_visie(p)
    bo_rows = [["Onderdeel", "Wat u als ouder op iedere school mag verwachten"],
               ["Ondersteuningsstructuur", "Een intern begeleider (minimaal één dag per week per 150 leerlingen) en een ondersteuningsteam; een vaste orthopedagoog van Geleenbeek die de school minimaal zes keer per jaar bezoekt."],
               ["Leren", "Signalering en aanpak van lees- en rekenproblemen volgens de landelijke protocollen dyslexie en ernstige rekenproblemen/dyscalculie; extra instructie in een kleine groep."],
               ["Gedrag en welbevinden", "Een schoolbreed programma voor sociale veiligheid (bijvoorbeeld PBS of een gelijkwaardige methode), een pestprotocol en een aandachtsfunctionaris; individuele gedragsafspraken met ouders."],
               ["Meer- en hoogbegaafdheid", "Verrijkingsmateriaal in de groep en compacten; een leerkracht met scholing in begaafdheid per bestuur."],
               ["Taal en nieuwkomers", "Extra taalaanbod voor leerlingen met een taalachterstand; opvang van nieuwkomers met hulp van de taalcoördinator."],
               ["Medisch en fysiek", "Een medisch protocol; een toegankelijk gebouw of een plan om een leerling met een fysieke beperking op te vangen."],
               ["Planmatig werken", "Een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken; evaluatie twee keer per jaar met ouders."]]
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "In Geleenbeek hebben de zeven besturen één gezamenlijk niveau van basisondersteuning afgesproken. Dat is het "
              "minimum dat iedere school en iedere vestiging biedt; het is dus niet afhankelijk van het bestuur of de "
              "plaats. Scholen kunnen boven op dit niveau eigen accenten leggen, die zij in hun schoolgids beschrijven."),
        ("table", bo_rows, True),
        ("p", "Eens per jaar vullen de scholen een zelfevaluatie in op deze onderdelen. De orthopedagoog bespreekt de "
              "uitkomst met de directeur en de intern begeleider."),
    ]
    b += [
        ("h1", "Extra ondersteuning en toelaatbaarheid"),
        ("p", "Extra ondersteuning is alle ondersteuning die verder gaat dan de basisondersteuning. Welke arrangementen en "
              "voorzieningen er zijn, van lichte ondersteuning in de school tot het speciaal onderwijs, staat in de "
              "Sociale Kaart Geleenbeek op onze website. Die kaart wordt elk half jaar bijgewerkt."),
        ("p", "De procedure en de criteria voor het afgeven van toelaatbaarheidsverklaringen voor het sbo en het so zijn "
              "vastgelegd in het Handboek Toelaatbaarheid Geleenbeek, dat het bestuur afzonderlijk vaststelt en dat "
              "jaarlijks wordt geactualiseerd. Dit ondersteuningsplan bevat daarom geen beschrijving van de procedure. "
              "Het handboek is op te vragen bij het bureau."),
        ("h2", "Dekkend netwerk en thuiszitters"),
        ("p", "Geen kind zonder passende plek: dat is de afspraak die alle besturen hebben ondertekend. Om dat waar te "
              "maken werken we op drie manieren."),
        ("p", "Ten eerste het Zorgplichtoverleg. Kan een school een aangemelde leerling geen passende plek bieden en "
              "lukt het het bestuur niet binnen zes weken een andere school te vinden, dan wordt de leerling ingebracht in "
              "het Zorgplichtoverleg, dat iedere twee weken bijeenkomt. Daarin zitten de ondersteuningscoördinatoren van de "
              "besturen en een trajectbegeleider van Geleenbeek. Binnen vier weken na inbreng moet er een plek zijn. Lukt "
              "dat niet, dan besluit de directeur-bestuurder welk bestuur de leerling plaatst."),
        ("p", "Ten tweede het Doorbraakoverleg voor thuiszitters. Samen met Bureau Leerplicht Westelijke Mijnstreek houden "
              "we een lijst bij van alle leerlingen die langer dan vier weken verzuimen of een vrijstelling hebben. Iedere "
              "leerling op die lijst krijgt binnen twee weken een trajectbegeleider. Het doel is een onderwijsaanbod binnen "
              "drie maanden, zo nodig in combinatie met zorg."),
        ("p", "Ten derde de jaarlijkse analyse van witte vlekken. Elk voorjaar brengen we met de besturen en gemeenten in "
              "kaart voor welke leerlingen het aanbod tekortschiet, waar wachtlijsten zijn en welke leerlingen buiten de "
              "regio naar school gaan. In 2025 bleek zo dat er geen passend aanbod was voor jonge kinderen met ernstige "
              "gedragsproblemen; daarvoor is in 2026 een combinatiegroep onderwijs-zorg gestart in Geleen."),
    ]
    b += fl_oogo(p, keten=True)
    b += [
        ("h2", "Samenwerking in Limburg"),
        ("p", "Geleenbeek werkt samen met de andere Limburgse samenwerkingsverbanden in het Limburgs Overleg Passend "
              "Onderwijs. Daar delen we ervaringen, stemmen we af over leerlingen die in een andere regio naar school gaan "
              "en trekken we samen op richting de provincie en de zorgverzekeraar. Een gezamenlijke werkgroep houdt zich "
              "bezig met de arbeidsmarkt voor orthopedagogen en intern begeleiders, die in heel Limburg krap is."),
    ]
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Geleenbeek ontvangt jaarlijks van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten voor het sbo en so blijft een bedrag over dat het samenwerkingsverband besteedt aan de scholen, "
              "de bovenschoolse voorzieningen en de eigen organisatie. De meerjarenbegroting ziet er als volgt uit:"),
        ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte ondersteuning", "5.920", "5.870", "5.820", "5.780"],
                   ["Rijksbijdrage zware ondersteuning", "7.410", "7.350", "7.290", "7.230"],
                   ["Afdrachten DUO so en sbo", "-5.880", "-5.850", "-5.820", "-5.790"],
                   ["Ondersteuningsmiddelen doorbetaald aan schoolbesturen", "4.310", "4.280", "4.240", "4.210"],
                   ["Orthopedagogen en trajectbegeleiders", "1.150", "1.160", "1.170", "1.180"],
                   ["Combinatiegroep onderwijs-zorg Geleen", "310", "320", "330", "330"],
                   ["Doorbraakoverleg en maatwerk thuiszitters", "240", "240", "240", "240"],
                   ["Professionalisering", "150", "150", "140", "140"],
                   ["Bureau en bestuur", "690", "700", "710", "720"],
                   ["Resultaat", "-1.390", "-1.480", "-1.540", "-1.600"]], True),
        ("p", "Het negatieve resultaat is bewust: Geleenbeek had eind 2024 een reserve van € 7,8 miljoen, ruim boven de "
              "signaleringswaarde van de inspectie. Het afbouwplan dat in 2023 met de inspectie is gedeeld, brengt de "
              "reserve eind 2029 op een niveau van circa 8% van de baten, het weerstandsvermogen dat de raad van toezicht "
              "als ondergrens heeft vastgesteld."),
        ("p", "De verdeling van de middelen over de besturen is onderwerp van het jaarlijkse bestuurlijk overleg. Het huidige "
              "verdeelmodel wordt in het schooljaar 2026-2027 geëvalueerd; de uitkomst verwerken we in een wijziging van "
              "dit plan."),
    ]
    b += [
        ("h1", "Resultaten en kwaliteitszorg"),
        ("h2", "Wat we willen bereiken"),
        ("p", "Voor de planperiode hebben we vijf beoogde resultaten voor leerlingen die extra ondersteuning nodig hebben. "
              "Bij elk resultaat hoort een nulmeting (teldatum 1 oktober 2025) en een streefwaarde voor 2030."),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Thuiszitters langer dan drie maanden zonder aanbod", "11", "0"],
                   ["Leerlingen die buiten de regio naar het so gaan", "38", "minder dan 20"],
                   ["Deelnamepercentage sbo + so", "3,9%", "3,5%"],
                   ["Scholen die de basisondersteuning volledig realiseren (zelfevaluatie)", "41 van 52", "52 van 52"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "7,6"]], True),
        ("h2", "Hoe we de resultaten volgen"),
        ("p", "Het bureau houdt de Monitor Passend Onderwijs Geleenbeek bij. Elk kwartaal worden de gegevens uit het portaal, "
              "de DUO-telling, de verzuimregistratie van leerplicht en de zelfevaluaties van de scholen verwerkt. In "
              "oktober verschijnt de jaarlijkse resultatenrapportage, waarin per beoogd resultaat staat wat bereikt is en "
              "welke middelen daarvoor zijn ingezet. De rapportage wordt besproken met het bestuur, de raad van toezicht, de "
              "OPR en in het OOGO met de gemeenten. Halverwege de planperiode, in 2028, laten we een externe evaluatie "
              "uitvoeren. Blijft een resultaat achter, dan stelt het bestuur in het jaarplan aanvullende acties vast."),
        ("p", "In de vorige planperiode daalde het aantal leerlingen dat buiten de regio naar het so ging van 52 naar 38 en "
              "steeg de tevredenheid van ouders van 6,8 naar 7,1."),
    ]
    b += [
        ("h1", "Samen met ouders"),
        ("p", "Ouders kennen hun kind het best. Wij zien ouders als partner: bij het opstellen van het OPP, in het "
              "ondersteuningsteam en in de medezeggenschap."),
        ("p", "Geleenbeek informeert ouders over de ondersteuning via de website (met een ouderpagina en de Sociale "
              "Kaart), de folder 'Wat als mijn kind meer nodig heeft?', die via alle scholen wordt verspreid, en de "
              "schoolgids van iedere school, waarin een vaste paragraaf over de basisondersteuning en de extra "
              "ondersteuning staat. Ouders kunnen ook zelf contact opnemen met het ouderloket van het bureau, op "
              "werkdagen van 9 tot 12 uur."),
        ("p", "Voor onafhankelijk advies verwijzen wij ouders naar het Ouder- en Jeugdsteunpunt Zuid-Limburg, dat los van "
              "de besturen en het samenwerkingsverband werkt, en naar de Onderwijsconsulenten. Ouders die een klacht "
              "hebben, kunnen gebruikmaken van de klachtenregeling van Geleenbeek of zich wenden tot de landelijke "
              "klachtencommissie waarbij Geleenbeek is aangesloten."),
    ]
    b += fl_governance(p) + fl_medezeggenschap(p, parents=True) + fl_personeel(p) + fl_privacy(p)
    b += fl_planning([
        ["2026-2027", "Evaluatie verdeelmodel; actualisering Handboek Toelaatbaarheid"],
        ["2027-2028", "Uitbreiding combinatiegroep; herijking basisondersteuning na landelijke norm"],
        ["2028-2029", "Externe tussenevaluatie; actualisering Sociale Kaart"],
        ["2029-2030", "Eindevaluatie; nieuw plan"]])
    b += fl_vaststelling(p) + fl_begrippen() + fl_afkortingen()
    return b


LABEL_C = dict(
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="missing", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": False,
              "plaatsing.criteria": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True, "dekkend-aanbod.continuum": False,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 'Basisondersteuning': one shared minimum for every vestiging; the concrete content is only in the table 'Wat u als ouder op iedere school mag verwachten'; yearly zelfevaluatie.",
           "plaatsing": "Ch. 'Extra ondersteuning en toelaatbaarheid' only refers to a separate Handboek Toelaatbaarheid ('bevat daarom geen beschrijving'); TLV/CvT/LBT only in title page, glossary and abbreviations.",
           "terugstroom": "Nothing on return from sbo/so; only near-miss words (doorstroom PO-VO, terugkoppeling, terugblik).",
           "financien": "Ch. 'Geld en middelen': meerjarenbegroting 2026-2029 table and reserve afbouw; the verdeling over besturen is left to yearly bestuurlijk overleg and an evaluation, no procedure/criteria.",
           "dekkend-aanbod": "Continuum only referred to the Sociale Kaart on the website; §'Dekkend netwerk en thuiszitters' covers Zorgplichtoverleg, Doorbraakoverleg and yearly witte-vlekken analysis (lacunes).",
           "resultaten": "Ch. 'Resultaten en kwaliteitszorg': five goals with nulmeting/streefwaarde, quarterly monitor, October resultatenrapportage, external mid-term evaluation.",
           "ouders": "Ch. 'Samen met ouders': website/folder/schoolgids/ouderloket, independent Ouder- en Jeugdsteunpunt Zuid-Limburg, Onderwijsconsulenten, klachtenregeling."},
)

# --------------------------------------------------------------------------------------------
# Plan D – VO, Oost-Achterhoek, rendered to .pdf
# --------------------------------------------------------------------------------------------
PD = dict(name="Samenwerkingsverband Voortgezet Onderwijs Slingeland-Berkel", short="Slingeland-Berkel", code="VO 25-04",
          period="2026-2030", region="de Oost-Achterhoek", gemeenten=["Winterswijk", "Aalten", "Oost Gelre", "Berkelland"],
          city="Winterswijk", besturen=6,
          scholen="twaalf vestigingen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie vso-locaties",
          director="Hendrik Wiggers", fte="12", oogo_date="19 februari 2026", opr_date="24 maart 2026",
          vast_date="7 april 2026", other_swv="PO Achterhoek-Oost", code_bestuur="Code Goed Onderwijsbestuur VO",
          cao="cao voortgezet onderwijs", years=["2021", "2022", "2023", "2024", "2025"],
          pupils=["8.930", "8.870", "8.790", "8.705", "8.610"], no_parents=True, sector="vo")


def plan_d():
    p = PD
    b = [("title", "Ondersteuningsplan Slingeland-Berkel 2026-2030"),
         ("subtitle", "Samenwerkingsverband passend voortgezet onderwijs Oost-Achterhoek (VO 25-04)"),
         ("pagebreak",), ("toc",)]
    b += fl_voorwoord(p) + fl_leeswijzer(p) + fl_regio(p) + fl_visie(p, ambitions=False)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle scholen voor voortgezet onderwijs in Slingeland-Berkel bieden ten minste hetzelfde niveau van "
              "basisondersteuning. Dat niveau is in 2024 door het bestuur voor alle twaalf vestigingen vastgesteld en "
              "geldt ook voor de twee scholen voor praktijkonderwijs. Het is de ondergrens waarop elke leerling in de regio "
              "kan rekenen."),
        ("p", "Wij hanteren daarbij de vier aspecten uit het landelijke referentiekader passend onderwijs: basiskwaliteit, "
              "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. De "
              "invulling daarvan verschilt per school en is terug te vinden in de schoolgids en het "
              "schoolondersteuningsprofiel van iedere school."),
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Slingeland-Berkel wil dat iedere jongere in de regio een passende plek heeft in het voortgezet onderwijs. "
              "Het aanbod is opgebouwd in lagen die op elkaar aansluiten:"),
        ("table", [["Laag", "Voorziening", "Toegang"],
                   ["Basis", "Basisondersteuning op iedere school", "Vrij toegankelijk"],
                   ["Schoolondersteuning", "Ondersteuningscentrum op elke vestiging met een ondersteuningscoördinator, "
                    "trajectvoorziening en (op zes vestigingen) lwoo-klassen", "Besluit van de school"],
                   ["Bovenschools", "OPDC De Overstap in Winterswijk (maximaal één jaar, terugkeer naar eigen school of "
                    "overstap) en reboundvoorziening Berkelland (tijdelijk, 12 weken)", "Besluit Commissie Toewijzing"],
                   ["Praktijkonderwijs", "Twee scholen: Winterswijk en Eibergen", "Toelaatbaarheidsverklaring pro"],
                   ["Voortgezet speciaal onderwijs", "Drie locaties cluster 3 en 4, waarvan één buiten de regio "
                    "(Doetinchem)", "Toelaatbaarheidsverklaring vso"]], True),
        ("p", "De ondersteuningscoördinatoren van de scholen vormen samen een netwerk dat iedere maand bijeenkomt. Daar "
              "worden leerlingen besproken voor wie de eigen school geen passende ondersteuning kan bieden."),
        ("h2", "Zorgplicht en thuiszitters"),
        ("p", "Wanneer een school een aangemelde leerling niet zelf kan plaatsen, zoekt zij binnen de zorgplichttermijn "
              "een andere school in de regio. Lukt dat niet binnen tien weken, dan neemt de consulent van het "
              "samenwerkingsverband de regie over en legt het vraagstuk voor aan de directeuren van de betrokken scholen. "
              "De school van aanmelding blijft verantwoordelijk totdat de leerling elders is ingeschreven."),
        ("p", "Jongeren die thuiszitten of dreigen thuis te komen zitten, worden binnen twee weken na melding besproken aan "
              "de Thuiszitterstafel Oost-Achterhoek, met het Regionaal Bureau Leerplicht, de jeugdconsulenten van de "
              "gemeenten, de school en de consulent van het samenwerkingsverband. Voor iedere jongere wordt een "
              "trajectplan met een terugkeerdatum gemaakt. Het samenwerkingsverband kan daarvoor een maatwerkarrangement "
              "financieren."),
        ("p", "Ieder voorjaar bespreekt het bestuur met de gemeenten waar het aanbod tekortschiet. In 2025 bleek er geen "
              "passend aanbod te zijn voor jongeren met een combinatie van hoogbegaafdheid en psychische problematiek; "
              "daarvoor start in 2026 een kleinschalig traject op de OPDC-locatie."),
    ]
    b += [
        ("h1", "Toelaatbaarheid vso en praktijkonderwijs; lwoo"),
        ("h2", "Procedure"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV aan via het "
              "digitale aanvraagsysteem van Slingeland-Berkel. Bij de aanvraag horen het ontwikkelingsperspectief, het "
              "onderwijskundig rapport en een overzicht van de ondersteuning die de school al heeft geboden. De Commissie "
              "Toewijzing van het samenwerkingsverband toetst de aanvraag op volledigheid binnen vijf werkdagen en vraagt "
              "het advies van twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
              "vraag (bijvoorbeeld een jeugdarts of maatschappelijk werker). De commissie besluit binnen zes weken na "
              "ontvangst van een volledige aanvraag."),
        ("h2", "Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het vso als hij of zij in het regulier voortgezet onderwijs, ook met inzet van "
              "het ondersteuningscentrum en het OPDC, niet tot ontwikkeling komt, en daarnaast een intensieve combinatie "
              "van onderwijs en zorg of een langdurig beschermde leeromgeving nodig heeft vanwege een verstandelijke, "
              "lichamelijke of psychiatrische beperking of ernstige gedragsproblematiek. De commissie stelt de "
              "bekostigingscategorie vast (laag, midden of hoog). Een TLV vso geldt voor twee schooljaren, of tot het "
              "einde van de schoolloopbaan als een uitstroomprofiel arbeidsmarkt of dagbesteding is vastgesteld."),
        ("h2", "Praktijkonderwijs en leerwegondersteunend onderwijs"),
        ("p", "Voor het praktijkonderwijs en het lwoo gelden de landelijke criteria; Slingeland-Berkel heeft geen eigen "
              "criteria vastgesteld. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en "
              "leerachterstanden van 50% of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen is. Voor lwoo komt een leerling in aanmerking bij een IQ tussen 75 en 90 en "
              "leerachterstanden van 25% tot 50% op twee domeinen, of bij een IQ tussen 91 en 120 met leerachterstanden en "
              "sociaal-emotionele problematiek die het leren belemmert. De basisschool levert de gegevens aan vóór 1 maart; "
              "de Commissie Toewijzing besluit vóór 1 mei, zodat de leerling tijdig kan worden ingeschreven. Een "
              "aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro voor de gehele schoolloopbaan."),
        ("h2", "Afloop van een TLV vso"),
        ("p", "In het laatste jaar van een TLV vso bespreekt de vso-school uiterlijk 1 februari in een multidisciplinair "
              "overleg met de consulent van het samenwerkingsverband of de leerling kan overstappen naar een school voor "
              "regulier voortgezet onderwijs. De vso-school neemt het initiatief en stelt de evaluatie van het OPP op. "
              "Adviseert het overleg een overstap, dan meldt de vso-school de leerling aan bij de gekozen vo-school en "
              "draagt zij het dossier over; anders vraagt zij een nieuwe TLV aan, waarover de Commissie Toewijzing vóór "
              "1 april beslist. De consulent bewaakt de termijnen."),
        ("p", "Welke doelen en voorwaarden wij aan terugplaatsing verbinden en welke begeleiding een leerling na de overstap "
              "krijgt, leggen we in 2027 samen met de vso-scholen vast in een notitie terugplaatsing."),
    ]
    b += fl_oogo(p, keten=True)
    b += [
        ("h2", "Doorlopende lijn primair – voortgezet onderwijs"),
        ("p", "Met het samenwerkingsverband PO Achterhoek-Oost is afgesproken dat basisscholen leerlingen met een "
              "ondersteuningsbehoefte vóór 1 februari melden bij de vo-school van voorkeur. Er is een warme overdracht in "
              "april en mei. Leerlingen uit het so die naar het voortgezet onderwijs gaan, worden besproken in een "
              "overstapoverleg."),
        ("h2", "Aansluiting vo – mbo en arbeid"),
        ("p", "Voor leerlingen uit pro en vso die naar het mbo of naar werk gaan, werken we samen met het Graafschap "
              "College, het Werkbedrijf en de gemeenten. Jongeren worden tot een jaar na uitstroom gevolgd door hun school."),
    ]
    b += [
        ("h1", "Financiën"),
        ("h2", "Verdeelmodel"),
        ("p", "Slingeland-Berkel verdeelt de middelen volgens een model dat in 2024 door het bestuur is vastgesteld en dat "
              "voor de gehele planperiode geldt:"),
        ("ul", ["Iedere vestiging ontvangt een vaste voet van € 15.000 voor het ondersteuningscentrum.",
                "Daarnaast ontvangt elke school € 140 per leerling (teldatum 1 oktober van het voorgaande jaar) voor de "
                "schoolondersteuning.",
                "De middelen voor lwoo worden doorbetaald aan de zes scholen met lwoo-klassen naar rato van het aantal "
                "leerlingen met een aanwijzing lwoo op 1 oktober, tegen € 3.200 per leerling.",
                "Het OPDC en de reboundvoorziening worden centraal bekostigd; scholen betalen geen eigen bijdrage.",
                "Maatwerkarrangementen voor thuiszitters worden per jongere toegekend door de directeur, tot maximaal "
                "€ 12.000 per jongere per jaar."]),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning en lwoo/pro", "6.420", "6.360", "6.290", "6.220"],
                   ["Baten zware ondersteuning", "3.980", "3.940", "3.900", "3.860"],
                   ["Afdracht vso via DUO", "-2.760", "-2.740", "-2.720", "-2.700"],
                   ["Vaste voet en schoolbudgetten", "1.400", "1.390", "1.380", "1.360"],
                   ["Lwoo-middelen aan scholen", "2.590", "2.560", "2.530", "2.500"],
                   ["Bekostiging praktijkonderwijs (doorbetaling)", "1.820", "1.800", "1.780", "1.760"],
                   ["OPDC De Overstap en rebound", "920", "930", "940", "950"],
                   ["Maatwerk thuiszitters", "120", "120", "120", "120"],
                   ["Bureau en bestuur", "710", "720", "730", "740"],
                   ["Saldo", "80", "40", "-10", "-50"]], True),
        ("p", "De algemene reserve bedroeg eind 2025 € 1,2 miljoen, ruim onder de signaleringswaarde. Het bestuur houdt een "
              "weerstandsvermogen aan van minimaal 6% van de baten."),
        ("h1", "Communicatie"),
        ("p", "Slingeland-Berkel communiceert met scholen, besturen en gemeenten via een digitale nieuwsbrief, het "
              "besloten scholenportaal en de jaarlijkse netwerkdag. De website bevat nieuws, vacatures en de "
              "vergaderdata van het bestuur."),
    ]
    b += fl_governance(p) + fl_medezeggenschap(p, parents=False) + fl_personeel(p) + fl_privacy(p)
    b += fl_planning([
        ["2026-2027", "Start traject hoogbegaafdheid OPDC; notitie terugplaatsing"],
        ["2027-2028", "Evaluatie reboundvoorziening; herziening aanvraagsysteem"],
        ["2028-2029", "Evaluatie verdeelmodel"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b += fl_vaststelling(p) + fl_begrippen(vo=True) + fl_afkortingen(vo=True)
    return b


LABEL_D = dict(
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
              "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"]},
    notes={"basisondersteuning": "Ch. 'Basisondersteuning': one minimum level for all twelve vestigingen, but content is only the four Referentiekader aspects plus 'zie schoolgids/SOP'.",
           "plaatsing": "Ch. 'Toelaatbaarheid vso en praktijkonderwijs; lwoo': applicant, dossier, Commissie Toewijzing, two deskundigen, 6 weeks; vso criteria, national pro/lwoo criteria, dates, duration and category.",
           "terugstroom": "§'Afloop van een TLV vso': last-year MDO by 1 February, vso school initiates, decision before 1 April (procedure); aims/conditions/support deferred to a 2027 notitie.",
           "financien": "Ch. 'Financiën': verdeelmodel (vaste voet, EUR 140 per leerling, lwoo EUR 3.200, maatwerk max) and meerjarenbegroting 2026-2029; reserve/weerstandsvermogen.",
           "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod': layered table (basis, schoolondersteuning, OPDC/rebound, pro, vso); zorgplicht, Thuiszitterstafel, yearly gap review; OOGO/jeugdhulp.",
           "resultaten": "No goals, indicators, evaluation or reporting of results anywhere; only activity planning and governance text.",
           "ouders": "No information channels for parents and no independent support; 'Communicatie' addresses only schools/besturen/gemeenten; OPR composition does not mention parents; OJSP only in abbreviations/glossary."},
)

# --------------------------------------------------------------------------------------------
# Plan E – PO, Zeeuws-Vlaanderen, web version (.html)
# --------------------------------------------------------------------------------------------
PE = dict(name="Samenwerkingsverband Passend Onderwijs Schelde-Oevers PO", short="Schelde-Oevers", code="PO 29-05",
          period="2026-2030", region="Zeeuws-Vlaanderen", gemeenten=["Terneuzen", "Hulst", "Sluis"],
          city="Terneuzen", besturen=5, scholen="44 basisscholen, één school voor speciaal basisonderwijs en één so-school",
          director="Ilse de Kraker", fte="8", oogo_date="3 februari 2026", opr_date="9 maart 2026",
          vast_date="23 maart 2026", other_swv="VO Zeeuws-Vlaanderen", code_bestuur="Code Goed Bestuur in het primair onderwijs",
          cao="cao primair onderwijs", years=["2021", "2022", "2023", "2024", "2025"],
          pupils=["7.640", "7.560", "7.470", "7.420", "7.355"])


def plan_e():
    p = PE
    b = [("title", "Ondersteuningsplan Schelde-Oevers 2026-2030"),
         ("subtitle", "Webversie van het ondersteuningsplan – samen verder, over de Schelde heen"),
         ("toc",)]
    b += fl_voorwoord(p) + fl_leeswijzer(p) + fl_regio(p)
    b += [
        ("h2", "Een grensregio"),
        ("p", "Zeeuws-Vlaanderen grenst aan België. Een deel van de kinderen in onze regio gaat in Vlaanderen naar school, "
              "en omgekeerd komen Belgische kinderen naar Nederlandse basisscholen, vooral in Hulst en Sluis. De "
              "Vlaamse ondersteuningsnetwerken werken anders dan wij; we houden contact met het netwerk in Oost-Vlaanderen "
              "om over en weer te leren. Ook de afstanden spelen een rol: voor veel voorzieningen moeten kinderen de "
              "Westerschelde over, wat lange reistijden betekent."),
    ]
    b += fl_visie(p) + fl_governance(p)
    b += [
        ("h1", "Terugblik en ontwikkelagenda"),
        ("p", "De afgelopen planperiode was voor Schelde-Oevers een periode van bouwen aan de organisatie. Het bureau is "
              "verhuisd naar het onderwijscentrum in Terneuzen, waar we een gebouw delen met de schoolbesturen en de "
              "jeugdgezondheidszorg. De directeur-bestuurder is in 2023 aangetreden. Er is een nieuw intern "
              "toezichtsmodel ingevoerd en de administratie is overgebracht naar een ander administratiekantoor. Dat "
              "heeft tijd en energie gekost, maar levert nu rust en overzicht op."),
        ("p", "In gesprekken met directeuren en intern begeleiders hoorden we dat zij meer eenvoud willen: minder "
              "formulieren, snellere antwoorden en één vast aanspreekpunt per school. Leerkrachten vroegen om meer "
              "praktische ondersteuning in de klas en minder overleg daarbuiten. Wethouders vroegen om meer inzicht in "
              "wat het samenwerkingsverband doet. Die signalen hebben we meegenomen in de ontwikkelagenda voor deze "
              "planperiode: vereenvoudigen, digitaliseren, zichtbaar zijn en samenwerken over de grenzen van besturen, "
              "gemeenten en zelfs landen heen. Elk onderdeel van de agenda krijgt een eigenaar in het bureau en komt "
              "terug in het jaarplan."),
        ("p", "Ook de samenwerking met de andere samenwerkingsverbanden in Zeeland krijgt een plek op de agenda. Samen "
              "met Walcheren, de Bevelanden en Tholen-Schouwen-Duiveland delen we een functionaris voor "
              "gegevensbescherming en organiseren we een Zeeuwse studiedag. We onderzoeken of we ook de inkoop van "
              "scholing en de administratie gezamenlijk kunnen organiseren."),
    ]
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Met de komst van een landelijke norm voor basisondersteuning herzien we onze afspraken. We wachten de "
              "definitieve landelijke uitwerking af, zodat scholen niet twee keer hoeven te veranderen. Het bestuur "
              "stelt het nieuwe niveau van basisondersteuning vóór 1 augustus 2027 vast, na instemming van de OPR."),
        ("p", "Tot die tijd verwijzen we voor de basisondersteuning naar de schoolgids van iedere school en naar de "
              "afsprakenkaart die op de pagina 'Voor scholen' van onze website staat."),
    ]
    b += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met hulp van buitenaf. Dan kan een plek "
              "in het speciaal basisonderwijs (De Meerpaal in Terneuzen) of het speciaal onderwijs (De Zeester, met "
              "locaties in Terneuzen en Oostburg) passend zijn. Daarvoor is een toelaatbaarheidsverklaring nodig."),
        ("h2", "Wanneer is een kind toelaatbaar?"),
        ("ul", ["Sbo: de basisschool heeft minimaal een half jaar een arrangement ingezet en geëvalueerd, en het kind "
                "heeft ook daarna blijvend behoefte aan een kleine groep (maximaal 16 leerlingen), meer structuur en "
                "een aangepast tempo dan een basisschool kan bieden.",
                "So cluster 3: het kind heeft een verstandelijke, lichamelijke of meervoudige beperking of is langdurig "
                "ziek, en heeft daardoor onderwijs en zorg nodig die het sbo niet kan organiseren.",
                "So cluster 4: het kind heeft ernstige gedrags- of psychiatrische problemen, die ook in het sbo tot "
                "onveiligheid voor het kind of anderen leiden of de ontwikkeling blokkeren.",
                "In alle gevallen: er is een ontwikkelingsperspectief dat laat zien waarom de gekozen plek beter past dan "
                "de huidige."]),
        ("p", "Een TLV voor het sbo geldt tot het einde van het schooljaar waarin het kind twaalf wordt; een TLV voor het so "
              "voor twee jaar. Bij het so wordt de bekostigingscategorie laag, midden of hoog vermeld."),
        ("h2", "Aanvragen"),
        ("p", "We vernieuwen de manier waarop scholen een TLV aanvragen. De nieuwe werkwijze, met een digitaal "
              "aanvraagformulier, wordt uiterlijk 1 januari 2027 op de website gepubliceerd."),
        ("h2", "Niet eens met een besluit?"),
        ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken "
              "bij Schelde-Oevers. We vragen dan advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
    ]
    b += [
        ("h1", "Terug naar de basisschool"),
        ("p", "Een plek in het sbo of so is voor veel kinderen tijdelijk. Schelde-Oevers wil dat kinderen die het kunnen, "
              "teruggaan naar een gewone basisschool, liefst in hun eigen dorp of wijk. Dat sluit aan bij onze visie: "
              "thuisnabij waar het kan. We kijken daarbij niet alleen naar de leerresultaten, maar ook naar het "
              "welbevinden, de zelfstandigheid en de wens van kind en ouders."),
        ("p", "Terugplaatsing is mogelijk als het kind in het sbo of so zo ver is gekomen dat het met een arrangement in een "
              "reguliere groep kan meedoen, en als er een basisschool is die dat arrangement kan bieden. Een kind gaat "
              "nooit terug zonder begeleiding: de eerste zes maanden na de overstap komt een leerkracht van De Meerpaal "
              "of De Zeester wekelijks langs om het kind en de nieuwe leerkracht te begeleiden. Waar nodig wordt dit met "
              "zes maanden verlengd."),
        ("h2", "Zo gaat het in zijn werk"),
        ("ol", ["Ieder jaar in november bespreekt de sbo- of so-school in de OPP-evaluatie met de ouders of terugplaatsing "
                "in beeld komt.",
                "Komt terugplaatsing in beeld, dan neemt de intern begeleider van de sbo- of so-school contact op met de "
                "consulent van Schelde-Oevers. Samen met de ouders wordt een basisschool gezocht.",
                "Uiterlijk in maart is er een overdrachtsgesprek tussen de twee scholen en de ouders. Daarin worden de "
                "afspraken over de begeleiding vastgelegd.",
                "De overstap vindt bij voorkeur plaats na de zomervakantie; een overstap midden in het jaar kan in "
                "overleg.",
                "In het laatste jaar van een TLV vindt deze bespreking in elk geval plaats. Is terugplaatsing (nog) niet "
                "mogelijk, dan vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan.",
                "Na drie en na zes maanden evalueren de basisschool, de ouders en de begeleidende leerkracht hoe het gaat. "
                "De consulent beslist over een eventuele verlenging van de begeleiding."]),
    ]
    b += fl_oogo(p, keten=False)
    b += [
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf van het ondersteuningsplan, met het verdeelmodel en de meerjarenbegroting, wordt "
              "ieder jaar afzonderlijk door het bestuur vastgesteld. U vindt het actuele document onder 'Downloads' op "
              "deze website."),
    ]
    b += [
        ("h1", "Onze resultaten"),
        ("h2", "Wat we willen bereiken"),
        ("table", [["Doel voor 2030", "Stand 1 oktober 2025", "Streefwaarde 1 oktober 2029"],
                   ["Percentage leerlingen in sbo en so samen", "3,6%", "3,2%"],
                   ["Kinderen die per jaar vanuit sbo of so teruggaan naar de basisschool", "4", "8"],
                   ["Teruggeplaatste kinderen die na een jaar nog op de basisschool zitten", "3 van 4", "90%"],
                   ["Ouders die de begeleiding bij terugplaatsing voldoende of goed vinden", "–", "80%"],
                   ["Ouders van kinderen in sbo of so die tevreden zijn over het OPP-gesprek", "72%", "85%"]], True),
        ("h2", "Hoe we dat volgen"),
        ("p", "Twee keer per jaar, in november en mei, maakt het bureau een overzicht van deze gegevens op basis van de "
              "DUO-telling, onze eigen registratie van TLV's en terugplaatsingen en een korte vragenlijst voor ouders van "
              "teruggeplaatste kinderen. De directeur-bestuurder bespreekt het overzicht met het bestuur en de OPR. In het "
              "jaarverslag, dat vóór 1 juli op de website staat, rapporteren we per doel wat er is bereikt. Als een doel "
              "achterblijft, stelt het bestuur voor het volgende schooljaar maatregelen vast."),
    ]
    b += [
        ("h1", "Ouders"),
        ("p", "Ouders zijn de eerste deskundigen van hun kind. We vinden het belangrijk dat zij goed op de hoogte zijn en "
              "weten waar ze terechtkunnen."),
        ("p", "Een nieuwe ouderpagina op deze website en een bijbehorende brochure over de ondersteuning in Zeeuws-"
              "Vlaanderen zijn in voorbereiding. Ze verschijnen in het voorjaar van 2027."),
        ("p", "Voor onafhankelijk advies en hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zeeland, dat "
              "onafhankelijk van scholen en samenwerkingsverbanden werkt. Het steunpunt houdt elke dinsdag spreekuur in "
              "Terneuzen en is telefonisch en via e-mail bereikbaar. Ook de Onderwijsconsulenten kunnen ouders "
              "kosteloos bijstaan als er geen passende plek lijkt te zijn of als ouders en school er samen niet uitkomen. "
              "Voor klachten over het samenwerkingsverband is er een klachtenregeling met een onafhankelijke "
              "klachtencommissie."),
    ]
    b += fl_medezeggenschap(p, parents=True) + fl_personeel(p) + fl_privacy(p)
    b += fl_planning([
        ["2026-2027", "Nieuwe TLV-werkwijze; ouderpagina en brochure; vaststelling basisondersteuning"],
        ["2027-2028", "Evaluatie terugplaatsingsbegeleiding"],
        ["2028-2029", "Tussenevaluatie doelen"],
        ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += fl_vaststelling(p) + fl_begrippen() + fl_afkortingen()
    return b


LABEL_E = dict(
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": False,
              "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False, "dekkend-aanbod.continuum": False,
              "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Section 'Basisondersteuning' only defers (new level before 1 August 2027) and refers to schoolgidsen and a website afsprakenkaart.",
           "plaatsing": "Section 'Toelaatbaarheid tot sbo en so': criteria for sbo/so cluster 3/4, duration/category and bezwaar; the application procedure is deferred ('uiterlijk 1 januari 2027 op de website').",
           "terugstroom": "Own section 'Terug naar de basisschool': policy (thuisnabij, conditions, 6 months begeleiding) and a six-step procedure with moments and decision owners.",
           "financien": "Section 'Financiën' only refers to a separate yearly document under 'Downloads'; no verdeelmodel or amounts in the plan.",
           "dekkend-aanbod": "No description of the support continuum, gaps, thuiszitters or zorgplicht; OOGO mentioned only procedurally; 'dekkend netwerk'/'thuiszitter' only in the begrippenlijst.",
           "resultaten": "Section 'Onze resultaten': goals table with stand 2025 and streefwaarden, half-yearly overview, reporting in jaarverslag before 1 July.",
           "ouders": "Section 'Ouders': independent Ouder- en Jeugdsteunpunt Zeeland, Onderwijsconsulenten, klachtenregeling; the ouderpagina/brochure are only announced for spring 2027 (informatie not addressed)."},
)

# --------------------------------------------------------------------------------------------
# F – near miss: a single school's own "ondersteuningsplan" (school level, not a SWV plan), .docx
# --------------------------------------------------------------------------------------------


def doc_f():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("subtitle", "Kindcentrum De Wingerd, Venlo – onderdeel van Stichting Maasland Primair, aangesloten bij het "
                      "samenwerkingsverband passend onderwijs Noord-Limburg"),
         ("pagebreak",), ("toc",),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe Kindcentrum De Wingerd in het schooljaar 2025-2026 de ondersteuning "
               "aan leerlingen organiseert. Het plan is geschreven door de intern begeleiders en besproken met het team en "
               "de medezeggenschapsraad. Het is een werkdocument voor leerkrachten en geeft ouders inzicht in onze werkwijze. "
               "Het plan is afgeleid van ons schoolondersteuningsprofiel en van het ondersteuningsplan van het "
               "samenwerkingsverband, waar onze school bij is aangesloten."),
         ("p", "De Wingerd telt 318 leerlingen in 13 groepen. Ongeveer een kwart van de leerlingen heeft een gewicht volgens "
               "de CBS-indicator; de school heeft een relatief grote groep leerlingen met een taalachterstand en een groeiende "
               "groep nieuwkomers uit Polen en Roemenië."),
         ("h1", "Onze visie op ondersteuning"),
         ("p", "Op De Wingerd doet ieder kind mee. Wij gaan uit van de onderwijsbehoeften van het kind en werken "
               "handelingsgericht. Leerkrachten zijn eigenaar van de ondersteuning in hun groep; de intern begeleider "
               "coacht en denkt mee. Ouders zijn partners: zij kennen hun kind het best en worden bij iedere stap betrokken."),
         ("h1", "De zorgniveaus op De Wingerd"),
         ("p", "Wij werken met vijf zorgniveaus, die ook in ons leerlingvolgsysteem zijn terug te vinden:"),
         ("table", [["Niveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie instructieniveaus", "Leerkracht"],
                    ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, handelingsplan op groepsniveau", "Leerkracht, collegiale consultatie"],
                    ["3", "Speciale zorg na intern onderzoek: individueel plan, remedial teaching", "Leerkracht en intern begeleider"],
                    ["4", "Speciale zorg na extern onderzoek: OPP, inzet van externe specialisten, arrangement van het samenwerkingsverband", "Intern begeleider, ondersteuningsteam"],
                    ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring sbo of so bij het samenwerkingsverband", "Directeur, intern begeleider, ouders"]], True),
         ("h1", "Basisondersteuning op onze school"),
         ("p", "Onze basisondersteuning voldoet aan de afspraken die binnen het samenwerkingsverband zijn gemaakt. Concreet "
               "betekent dit voor De Wingerd: een intern begeleider voor vier dagen per week, een taalspecialist, een "
               "rekenspecialist en een gedragsspecialist in het team, het dyslexieprotocol, de methode Kanjertraining, een "
               "plusgroep voor groep 5 tot en met 8 en een schakelklas voor nieuwkomers op dinsdag- en donderdagochtend."),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, voert de intern begeleider met iedere "
               "leerkracht een groepsbespreking. Daarin worden de groepsoverzichten en het groepsplan besproken. Leerlingen "
               "die niet voldoende profiteren van de aanpak in de groep worden ingebracht in een leerlingbespreking. Ouders "
               "worden daarover vooraf geïnformeerd door de leerkracht."),
         ("p", "Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleider, de directeur, de orthopedagoog "
               "van het samenwerkingsverband, de jeugdverpleegkundige en de contactpersoon van het wijkteam. Ouders worden "
               "altijd uitgenodigd voor de bespreking van hun kind."),
         ("h1", "Ontwikkelingsperspectief en arrangementen"),
         ("p", "Voor leerlingen die op één of meer vakken een eigen leerlijn volgen, stellen wij een ontwikkelingsperspectief "
               "(OPP) op. Het OPP wordt twee keer per jaar met de ouders geëvalueerd. Ouders hebben instemmingsrecht op het "
               "handelingsdeel. Als de school de ondersteuning niet zelf kan bieden, vraagt de intern begeleider een "
               "arrangement aan bij het samenwerkingsverband. De school ontvangt daarvoor middelen, die via het "
               "bestuur worden toegekend. In 2024-2025 had De Wingerd zeven leerlingen met een arrangement."),
         ("h1", "Verwijzing naar sbo of so"),
         ("p", "Wanneer een leerling ondanks alle inzet op niveau 4 niet tot ontwikkeling komt, kan de school samen met de "
               "ouders besluiten een toelaatbaarheidsverklaring aan te vragen. De intern begeleider stelt het dossier samen "
               "en dient de aanvraag in bij het loket van het samenwerkingsverband. Het samenwerkingsverband neemt het "
               "besluit; de procedure en criteria staan in het ondersteuningsplan van het samenwerkingsverband. In het "
               "afgelopen schooljaar zijn twee leerlingen naar het sbo gegaan. Eén leerling is vanuit het sbo teruggekomen "
               "naar groep 6; wij hebben hem het eerste halfjaar extra begeleid."),
         ("h1", "Samenwerking met ouders"),
         ("p", "Ouders worden bij de intake uitgenodigd voor een kennismakingsgesprek. Iedere ouder krijgt drie keer per jaar "
               "een voortgangsgesprek. Over de ondersteuning informeren wij ouders via de schoolgids, de nieuwsbrief en de "
               "schoolapp. Ouders die vragen hebben over passend onderwijs, kunnen contact opnemen met de intern begeleider "
               "of met het ouder- en jeugdsteunpunt van de regio. Voor klachten verwijzen wij naar de klachtenregeling van "
               "Stichting Maasland Primair."),
         ("h1", "Professionalisering van het team"),
         ("p", "Dit schooljaar volgt het team een studietraject over executieve functies, verzorgd door een externe "
               "trainer. Twee leerkrachten volgen de opleiding tot gedragsspecialist. De intern begeleiders nemen deel aan "
               "het netwerk van intern begeleiders van het samenwerkingsverband."),
         ("h1", "Middelen voor ondersteuning"),
         ("p", "De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen die het bestuur van het "
               "samenwerkingsverband ontvangt. Voor 2025-2026 bedraagt dit € 64.500. Dit bedrag wordt besteed aan de "
               "formatie van de intern begeleider (€ 38.000), remedial teaching (€ 15.000), de schakelklas (€ 8.500) en "
               "materialen en toetsen (€ 3.000)."),
         ("h1", "Evaluatie en doelen 2025-2026"),
         ("ul", ["Alle groepsplannen zijn uiterlijk 1 november geactualiseerd.",
                 "De eindtoetsresultaten liggen minimaal op het niveau van de signaleringswaarde van de inspectie.",
                 "Het aantal leerlingen met een leesachterstand van meer dan een half jaar in groep 4 daalt van 11 naar 7.",
                 "De tevredenheid van ouders over de communicatie rond ondersteuning is minimaal een 7,5."]),
         ("p", "Het ondersteuningsplan wordt in juni 2026 geëvalueerd door het team en de medezeggenschapsraad en zo nodig "
               "bijgesteld voor het volgende schooljaar."),
         ("h1", "Bijlage – Jaarkalender ondersteuning"),
         ("table", [["Maand", "Activiteit"],
                    ["September", "Startgesprekken met ouders; groepsoverzichten"],
                    ["Oktober", "Toetsperiode; groepsbesprekingen"],
                    ["November", "OPP-evaluaties met ouders"],
                    ["Februari", "Toetsperiode; groepsbesprekingen; adviesgesprekken groep 8"],
                    ["April", "OPP-evaluaties; aanvragen TLV voor volgend schooljaar"],
                    ["Juni", "Toetsperiode; evaluatie ondersteuningsplan; overdracht naar volgende groep"]], True)]
    return b


# --------------------------------------------------------------------------------------------
# Labels and main
# --------------------------------------------------------------------------------------------
CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                  "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
                  "ouders.informatie", "ouders.steunpunt"]
ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(documents, sector, label):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}"]
    if label is None:
        return lines
    lines.append("looks_like_plan: true")
    el = ", ".join(f"{e}: {label['elements'][e]}" for e in ELEMENT_ORDER)
    lines.append(f"elements: {{{el}}}")
    lines.append("criteria:")
    for c in CRITERIA_ORDER:
        lines.append(f"  {c}: {'true' if label['criteria'][c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENT_ORDER:
        if label["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(label['advisory'][e])}]")
    lines.append("notes:")
    for e in ELEMENT_ORDER:
        lines.append(f"  {e}: {q(label['notes'][e])}")
    return lines


def check_label(label):
    for e in ELEMENT_ORDER:
        cs = [label["criteria"][c] for c in CRITERIA_ORDER if c.split(".")[0] == e]
        if all(cs):
            want = "present"
        elif any(cs) or label["advisory"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (e, label["elements"][e], want)


def main():
    docs = [
        ("po-dinkelnet-ondersteuningsplan-2026-2030", "docx", plan_a, PA, LABEL_A, "po"),
        ("po-aa-peel-ondersteuningsplan-2026-2030", "pdf", plan_b, PB, LABEL_B, "po"),
        ("po-geleenbeek-ondersteuningsplan-2026-2030", "docx", plan_c, PC, LABEL_C, "po"),
        ("vo-slingeland-berkel-ondersteuningsplan-2026-2030", "pdf", plan_d, PD, LABEL_D, "vo"),
        ("po-schelde-oevers-ondersteuningsplan-2026-2030", "html", plan_e, PE, LABEL_E, "po"),
    ]
    tmp = Path(tempfile.mkdtemp(prefix="holdout120_make_"))
    try:
        for stem, fmt, fn, p, label, sector in docs:
            blocks = fn()
            check_label(label)
            header = f"Ondersteuningsplan {p['period']} | {p['short']}"
            out = OUT / f"{stem}.{fmt}"
            if fmt == "docx":
                render_docx(blocks, out, header, p["name"])
            elif fmt == "pdf":
                d = tmp / f"{stem}.docx"
                render_docx(blocks, d, header, p["name"])
                docx_to_pdf(d, out, tmp)
            else:
                render_html(blocks, out, f"Ondersteuningsplan {p['period']} – {p['short']}", p["name"])
            lines = label_yaml([out.name], sector, label)
            (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{out.name}: {word_count(blocks)} words")
        stem = "po-wingerd-school-ondersteuningsplan-2025-2026"
        blocks = doc_f()
        out = OUT / f"{stem}.docx"
        render_docx(blocks, out, "Ondersteuningsplan De Wingerd 2025-2026", "Kindcentrum De Wingerd")
        lines = label_yaml([out.name], "po", None)
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "notes:",
                  "  looks_like_plan: " + q("School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                                            "school budget); it refers to the samenwerkingsverband's plan and has no SWV markers "
                                            "(no OPR, OOGO, verdeling over besturen, TLV decisions by the verband).")]
        (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{out.name}: {word_count(blocks)} words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
