#!/usr/bin/env python3
"""Generate the holdout240 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import zipfile
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
#              ("ul", [items]) ("table", [[cells], ...]) ("toc", [lines])
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | concept ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, 0)
        elif kind == "h1":
            doc.add_heading(val, 1)
        elif kind == "h2":
            doc.add_heading(val, 2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoud", 1)
            for line in val:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    fixed = datetime.datetime(2025, 3, 27, 12, 0, 0)
    cp = doc.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "holdout240"
    cp.author = "holdout240"
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 27, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n")
            out.append("\n".join("- " + it for it in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title):
    import html
    out = ["<!DOCTYPE html>", "<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % html.escape(title)]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(i) for i in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in r) + "</tr>" for r in val)
            out.append("<table border=\"1\">%s</table>" % rows)
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout240_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        else:
            n += sum(len(str(i).split()) for i in val)
    return n


# ---------------------------------------------------------------------------
# Shared filler (neutral prose; parametrised). Flags keep filler from
# addressing elements that a plan must not address.
# ---------------------------------------------------------------------------

def voorwoord(v):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is ons {v['nr']} plan sinds de start "
              f"van passend onderwijs in 2014. We zijn een klein verband in een landelijk gebied. De scholen liggen in "
              f"{v['dorpen']}. {v.get('klein', 'Veel scholen hebben minder dan honderd leerlingen en de afstanden zijn groot.')} Dat vraagt om "
              f"korte lijnen en om mensen die elkaar kennen. Dat hebben we, en daar zijn we trots op."),
        ("p", "Dit plan is geschreven in gewone taal. We hebben geprobeerd zo weinig mogelijk vaktermen te gebruiken. Waar "
              "dat niet lukt, leggen we het woord uit in de begrippenlijst achterin. We hebben het plan besproken met "
              "directeuren, intern begeleiders, de besturen, de gemeenten en de ondersteuningsplanraad. Hun opmerkingen "
              "hebben het plan beter gemaakt. Iedereen die heeft meegelezen: dank daarvoor."),
        ("p", "De afgelopen jaren waren niet makkelijk. Het lerarentekort raakt ook onze dorpsscholen. Sommige scholen "
              "moesten combinatiegroepen maken of een dag per week met invallers werken. Toch zien we dat de scholen "
              "veel doen voor kinderen die iets extra's nodig hebben. Leerkrachten, intern begeleiders en directeuren "
              "zetten zich elke dag in. Ouders denken mee. Dit plan is er om dat werk te steunen, niet om het over te doen."),
        ("p", f"Wij wensen u veel leesplezier. Heeft u vragen over dit plan, dan kunt u contact opnemen met het bureau "
              f"van het samenwerkingsverband in {v['plaats']}.\n\n{v['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(v, chapters):
    return [
        ("h1", "1 Inleiding en leeswijzer"),
        ("p", f"{v['naam']} ({v['code']}) is een stichting van {v['besturen']} schoolbesturen. Samen hebben zij "
              f"{v['scholen']}. Het verband werkt in de gemeenten {v['gemeenten']}. Het bureau is klein: een "
              f"directeur-bestuurder, een secretaresse, een beleidsmedewerker voor {v['fte_beleid']} fte en een groep "
              f"consulenten en orthopedagogen."),
        ("p", "Het ondersteuningsplan is het belangrijkste beleidsstuk van het verband. De wet schrijft voor dat we het "
              "ten minste eens in de vier jaar vaststellen. Het plan is vastgesteld door het bestuur, na instemming van de "
              "ondersteuningsplanraad (OPR) en na op overeenstemming gericht overleg (OOGO) met de gemeenten. Het plan "
              "wordt voor 1 mei naar de inspectie gestuurd."),
        ("p", "Het plan is als volgt opgebouwd. " + " ".join(chapters)),
    ]


def regio(v, with_deelname=False):
    rows = [["Gemeente", "Aantal scholen", "Leerlingen 1-10-2023", "Leerlingen 1-10-2024"]] + v["regio_tabel"]
    blocks = [
        ("h1", "2 Onze regio"),
        ("p", f"Het werkgebied is groot en dunbevolkt. Veel kinderen fietsen of worden gebracht; voor sommige kinderen "
              f"is leerlingenvervoer nodig, vooral naar de speciale scholen in {v['so_plaats']}. Het leerlingaantal loopt "
              f"al jaren terug. Dat teruglopend leerlingaantal zet kleine scholen onder druk. Twee scholen zijn de "
              f"afgelopen periode samengegaan. Besturen zoeken naar vormen als een integraal kindcentrum of een "
              f"samenwerkingsschool om het onderwijs in de dorpen te houden."),
        ("table", rows),
        ("p", "Gezinnen in onze regio zijn vaak al generaties verbonden met hun dorp. Tegelijk komen er nieuwe inwoners: "
              "jonge gezinnen uit de stad en arbeidsmigranten die in de landbouw en de voedselindustrie werken. Op "
              "sommige scholen spreken kinderen thuis Pools, Roemeens of Arabisch. Dat vraagt van leerkrachten extra "
              "aandacht voor taal. Ook zien we dat armoede en schulden in sommige gezinnen een rol spelen."),
    ]
    if with_deelname:
        blocks.append(("p", v["deelname_tekst"]))
    return blocks


def visie(v):
    return [
        ("h1", "3 Missie en visie"),
        ("p", f"Onze missie is kort: {v['missie']}. Iedereen in het verband, van leerkracht tot bestuurder, kan die zin "
              "uitleggen. We hebben hem in 2024 samen met directeuren en intern begeleiders opnieuw geformuleerd tijdens "
              "twee studiedagen in het dorpshuis."),
        ("p", "Onze visie gaat uit van het kind. Een kind hoort zoveel mogelijk thuisnabij naar school te gaan, met "
              "vriendjes uit het eigen dorp. Leerkrachten kijken naar wat een kind nodig heeft en niet eerst naar wat "
              "er mis is. We werken samen met ouders, want ouders kennen hun kind het beste. School en thuis zijn "
              "partners. We denken in mogelijkheden. De middelen die we hebben, zetten we zo dicht mogelijk bij het kind "
              "in. Daarbij hoort ook dat we eerlijk zijn: niet alles kan op elke school."),
        ("p", "Vier woorden vatten samen hoe wij willen werken: dichtbij, samen, eenvoudig en eerlijk. Dichtbij betekent "
              "dat hulp in de klas begint. Samen betekent dat besturen, scholen, ouders en gemeenten het samen doen. "
              "Eenvoudig betekent zo min mogelijk formulieren en wachttijd. Eerlijk betekent dat we zeggen wat we wel en "
              "niet kunnen en dat we ons aan afspraken houden."),
        ("p", "Deze visie is niet nieuw. Ze bouwt voort op wat in de vorige planperiode is ontstaan. Wel leggen we "
              "nieuwe accenten: meer aandacht voor het jonge kind, voor kinderen die thuis een andere taal spreken, en "
              "voor de samenwerking met de jeugdhulp in de dorpen."),
    ]


def governance(v, opr_parents=True):
    b = [
        ("h1", "Organisatie en bestuur"),
        ("p", f"Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de {v['besturen']} "
              "aangesloten schoolbesturen. Sinds 2022 werken we met een model van scheiding van bestuur en toezicht: de "
              "directeur-bestuurder bestuurt, de bestuurders van de schoolbesturen houden als algemene vergadering "
              "toezicht. Twee onafhankelijke leden vullen de toezichthoudende vergadering aan, één met een financiële "
              "achtergrond en één uit de jeugdzorg."),
        ("p", "De algemene vergadering komt vijf keer per jaar bijeen. Zij keurt de begroting en het jaarverslag goed, "
              "benoemt de accountant en ziet erop toe dat de directeur-bestuurder zich aan de statuten en de wet houdt. "
              "Het directeurenoverleg adviseert de directeur-bestuurder over onderwijsinhoudelijke zaken. Het netwerk "
              "van intern begeleiders komt zes keer per jaar bij elkaar."),
        ("p", "Het bureau zit in een oud schoolgebouw in " + v["plaats"] + ". We delen het gebouw met de "
              "jeugdgezondheidszorg en het lokale team van de gemeente. Dat is handig: je loopt even bij elkaar binnen."),
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
    ]
    if opr_parents:
        b.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR bestaat uit acht leden: "
                       "vier ouders en vier personeelsleden, afgevaardigd door de medezeggenschapsraden van de scholen. "
                       "Ouders in de OPR brengen de ervaringen van andere ouders in. De OPR vergadert vier keer per jaar "
                       "en heeft een eigen reglement en een eigen budget voor scholing."))
    else:
        b.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR vergadert vier keer per "
                       "jaar, heeft een eigen reglement en een eigen budget voor scholing. Het reglement staat op onze "
                       "website. De directeur-bestuurder is bij een deel van elke vergadering aanwezig."))
    b.append(("p", f"De OPR heeft op {v['opr_datum']} ingestemd met dit plan. Het bestuur heeft het plan daarna op "
                   f"{v['vaststelling']} vastgesteld."))
    return b


def oogo(v, rich=True):
    b = [("h1", "Samenwerking met de gemeenten")]
    b.append(("p", f"Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
                   f"wethouders onderwijs en jeugd van {v['gemeenten']} op {v['oogo_datum']}. De gemeenten hebben "
                   "ingestemd met het ontwerp. Het verslag van het OOGO is bij het bestuur bekend."))
    if rich:
        b.append(("p", "Met de gemeenten hebben we afspraken over de inzet van schoolmaatschappelijk werk, over "
                       "jeugdhulp die onder schooltijd in de school gegeven kan worden en over het leerlingenvervoer. "
                       "Voor kinderen die zowel onderwijs als zorg nodig hebben, maken school, ouders, lokaal team en "
                       "jeugdhulpaanbieder samen een onderwijs-zorgarrangement. Het lokale team sluit aan bij het "
                       "ondersteuningsteam van de school als dat nodig is."))
    else:
        b.append(("p", "De wethouders hebben gevraagd om in het volgende overleg te spreken over huisvesting van kleine "
                       "scholen en over het leerlingenvervoer. Dat staat op de agenda voor het najaar."))
    return b


def personeel(v):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau heeft {v['fte_bureau']} fte in dienst. Daarnaast werken orthopedagogen en consulenten voor het "
              "verband, deels in dienst, deels ingehuurd. We hebben moeite om orthopedagogen te vinden die in onze regio "
              "willen werken. Daarom werken we samen met de hogeschool en bieden we stageplekken aan."),
        ("p", "Leerkrachten en intern begeleiders kunnen gebruikmaken van een scholingsaanbod van het verband. Elk jaar "
              "bieden we cursussen aan over onder meer gedrag in de klas, het jonge kind en meertaligheid. We organiseren "
              "twee keer per jaar een netwerkbijeenkomst voor intern begeleiders. Daar delen zij ervaringen en "
              "voorbeelden. Directeuren hebben een eigen leernetwerk."),
        ("p", "Het lerarentekort raakt ook onze scholen. We zien dat nieuwe leerkrachten vaak zij-instromers zijn. Zij "
              "hebben extra begeleiding nodig bij het lesgeven aan kinderen die iets extra's nodig hebben. Het verband "
              "betaalt mee aan een introductieprogramma voor starters in samenwerking met de besturen. De werkdruk van "
              "intern begeleiders is een zorg. We letten erop dat nieuwe afspraken niet zomaar extra werk opleveren."),
    ]


def ict_privacy(v):
    return [
        ("h1", "Privacy en digitale dossiers"),
        ("p", "Het verband werkt met gegevens van kinderen. Daar gaan we zorgvuldig mee om. Aanvragen en dossiers worden "
              "digitaal aangeleverd via een beveiligde omgeving. Alleen medewerkers die de gegevens nodig hebben voor "
              "hun werk kunnen erbij. Gegevens worden niet langer bewaard dan nodig; voor besluiten over toelaatbaarheid "
              "is dat drie jaar na het besluit. We hebben een functionaris gegevensbescherming, die we delen met andere "
              "verbanden."),
        ("p", "In de komende periode vervangen we ons oude registratiesysteem. Het nieuwe systeem moet eenvoudiger zijn "
              "voor scholen. Ook willen we het aantal formulieren verminderen. Scholen hoeven niet meer drie keer "
              "hetzelfde in te vullen. De overstap staat gepland voor de zomer van 2026."),
    ]


def planning(v):
    rows = [["Schooljaar", "Wat we doen"]] + v["planning"]
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "Dit plan geldt voor vier schooljaren. Elk jaar maken we een jaarplan met een begroting. In het jaarplan "
              "staat wat we dat jaar gaan doen. Hieronder staat de globale planning."),
        ("table", rows),
        ("p", "De planning kan veranderen. Als er nieuwe wetten komen, zoals de landelijke norm voor basisondersteuning, "
              "passen we het jaarplan aan. Grote wijzigingen leggen we voor aan de ondersteuningsplanraad."),
    ]


def totstandkoming(v):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", f"Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2024 zijn we begonnen met gesprekken op de "
              f"scholen. De beleidsmedewerker heeft in die periode bijna alle scholen bezocht, van de grootste school in "
              f"{v['plaats']} tot de kleinste {v.get('kleinste', 'dorpsschool met twee groepen')}. Zij sprak met directeuren, intern begeleiders "
              "en leerkrachten. De vraag was steeds dezelfde: wat gaat goed, wat kan beter en wat moet anders?"),
        ("p", "Daarna volgden drie werkbijeenkomsten met een schrijfgroep van directeuren en intern begeleiders. De "
              "schrijfgroep maakte een eerste versie. Die versie is besproken in het directeurenoverleg, in het netwerk "
              "van intern begeleiders en in het bestuur. Ook de gemeenten kregen de versie te zien. Na elke ronde is de "
              "tekst aangepast. Sommige hoofdstukken zijn korter geworden, andere juist langer."),
        ("p", "We hebben bewust gekozen voor een plan dat niet te dik is. Een plan dat niemand leest, helpt niemand. "
              "Waar het kon, hebben we zinnen ingekort en moeilijke woorden vervangen. De ondersteuningsplanraad heeft "
              "meegelezen met een eerdere versie en heeft op een aantal punten om verduidelijking gevraagd. We hopen dat "
              "het plan daardoor leesbaar is voor iedereen die ermee werkt."),
    ]


def huisvesting_vervoer(v):
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", f"Huisvesting van scholen is een taak van de gemeente en de schoolbesturen, niet van het verband. Toch "
              f"raakt het ons werk. In {v['gemeenten']} staan verschillende schoolgebouwen die oud zijn en slecht "
              "geïsoleerd. Kleine lokalen maken het lastig om een kind even apart te zetten of om met een klein groepje "
              "te werken. Bij nieuwbouw vragen we gemeenten en besturen om rekening te houden met stilteruimtes en "
              "plekken voor kleine groepen."),
        ("p", "Het leerlingenvervoer is in onze regio een groot onderwerp. Kinderen die naar een speciale school gaan, "
              f"zitten soms drie kwartier in een busje naar {v['so_plaats']}. Dat is lang voor een jong kind. De "
              "gemeenten regelen het vervoer en betalen het ook. Het verband praat mee over de kwaliteit van het "
              "vervoer, bijvoorbeeld over vaste chauffeurs en korte ritten. Ouders kunnen vervoer aanvragen bij hun "
              "eigen gemeente; de regels verschillen per gemeente."),
        ("p", "Over beide onderwerpen praten we twee keer per jaar met de ambtenaren onderwijs van de gemeenten. Het "
              "verband heeft geen geld voor huisvesting of vervoer en neemt daar ook geen besluiten over."),
    ]


def kennisdeling(v):
    return [
        ("h1", "Kennisdeling en samenwerking met andere verbanden"),
        ("p", "We zijn een klein verband. Dat heeft voordelen, maar we kunnen niet alles zelf. Daarom werken we samen met "
              "de samenwerkingsverbanden in de buurt. De directeuren-bestuurders komen vier keer per jaar bij elkaar. Zij "
              "wisselen ervaringen uit over beleid, begroting en organisatie. Ook delen we een functionaris gegevensbescherming en een vertrouwenspersoon voor medewerkers."),
        ("p", ("Met het samenwerkingsverband voor voortgezet onderwijs" if v.get("sector") != "vo" else
               "Met de samenwerkingsverbanden voor primair onderwijs") +
              " hebben we regelmatig overleg over de overstap van "
              "groep 8 naar de brugklas. De intern begeleiders en de mentoren van de brugklassen ontmoeten elkaar elk "
              "voorjaar. Verder nemen we deel aan het landelijke netwerk van kleine verbanden. Daar halen we ideeën op "
              "over bijvoorbeeld digitale dossiers en over het werven van orthopedagogen."),
        ("p", "Binnen ons eigen verband willen we meer van elkaar leren. Scholen die iets goed doen, laten we dat "
              "vertellen op de studiemiddag in het najaar. Zo heeft een school uit een van de kleinste dorpen vorig jaar "
              "laten zien hoe zij met drie groepen in één lokaal toch rust in de klas houdt. Dat soort voorbeelden werkt "
              "beter dan een dikke map met regels."),
    ]


def afsluiting(v):
    return [
        ("h1", "Tot slot"),
        ("p", f"Een plan is maar papier. Het gaat erom wat er in de klassen gebeurt. De komende vier jaar willen we "
              f"vooral bouwen op wat er al is in {v['dorpen']}. We zijn een klein verband met korte lijnen, en die "
              "willen we houden. Heeft u na het lezen van dit plan een idee of een vraag, dan horen we dat graag. U kunt "
              "ons bureau bellen of mailen; de gegevens staan op de achterkant van dit plan. Wij danken alle scholen, "
              "besturen, gemeenten en de leden van de ondersteuningsplanraad voor hun inzet bij het maken van dit plan."),
    ]


def toc_and_glossary_terms():
    return [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Basisondersteuning", "De ondersteuning die alle scholen in het verband aan alle kinderen bieden."],
                   ["Extra ondersteuning", "Ondersteuning die meer is dan de basisondersteuning, vaak in een arrangement."],
                   ["Arrangement", "Afspraak over extra ondersteuning voor een kind of groep, met tijd, geld en doelen."],
                   ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind naar het sbo of so mag."],
                   ["Terugplaatsing", "Een kind gaat van het sbo of so terug naar een gewone basisschool."],
                   ["Dekkend aanbod", "Er is voor elk kind een passende plek en ondersteuning in de regio."],
                   ["Meerjarenbegroting", "Begroting voor meerdere jaren achter elkaar."],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en kinderen."],
                   ["OPR", "Ondersteuningsplanraad: de medezeggenschapsraad van het samenwerkingsverband."],
                   ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
                   ["OPP", "Ontwikkelingsperspectiefplan."],
                   ["SOP", "Schoolondersteuningsprofiel."],
                   ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
                   ["Resultaten", "Wat we willen bereiken en wat we bereikt hebben."]]),
    ]


# ---------------------------------------------------------------------------
# PLAN A: PO, docx. B present, P present, T partial (procedure missing),
# F present ("Geld en middelen"), D present, R partial (monitoring missing),
# O present (inside "Communicatie").
# ---------------------------------------------------------------------------

def plan_a():
    v = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Esdorpen", code="PO 29-71",
             periode="2025-2029", nr="derde", dorpen="een gebied van zestien dorpen rond de Hondsrug",
             plaats="Borger-Oost", bestuurder="H. Wubbels", besturen="zes",
             scholen="34 basisscholen, één school voor speciaal basisonderwijs (sbo De Vlinderboom) en twee "
                     "locaties voor speciaal onderwijs",
             gemeenten="Aa en Esch, Veenhorst en Drouwenermond", fte_beleid="0,6", fte_bureau="7,4",
             so_plaats="Emmen-Noord", missie="elk kind gaat met plezier naar school, zo dicht mogelijk bij huis",
             opr_datum="18 maart 2025", vaststelling="27 maart 2025", oogo_datum="4 maart 2025",
             regio_tabel=[["Aa en Esch", "12", "1.402", "1.371"], ["Veenhorst", "14", "1.688", "1.650"],
                          ["Drouwenermond", "8", "905", "889"]],
             planning=[["2025-2026", "Nieuwe kaart basisondersteuning invoeren; start thuiszitterstafel"],
                       ["2026-2027", "Evaluatie verdeelmodel; protocol terugplaatsing"],
                       ["2027-2028", "Scholing meertaligheid; vernieuwing website"],
                       ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
           "4 Basisondersteuning: wat elke school biedt", "5 Extra ondersteuning en het dekkend aanbod",
           "6 Toelaatbaarheid sbo en so (TLV)", "7 Thuiszitters", "8 Geld en middelen",
           "9 Resultaten en ambities", "10 Communicatie", "11 Organisatie en bestuur",
           "12 Samenwerking met de gemeenten", "13 Personeel en professionalisering", "14 Privacy en digitale dossiers",
           "15 Planning van de planperiode", "Begrippenlijst"]
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", v["naam"] + " (" + v["code"] + ")\nSamen zorgen voor elk kind\nVastgesteld op 27 maart 2025"),
         ("toc", toc)]
    b += voorwoord(v)
    b += leeswijzer(v, ["In hoofdstuk 4 leest u wat elke school in ons verband biedt.",
                        "Hoofdstuk 5 gaat over extra ondersteuning en over hoe we zorgen dat er voor elk kind een plek is.",
                        "Hoofdstuk 6 beschrijft hoe een kind naar het sbo of so kan.",
                        "In hoofdstuk 8 staat hoe we het geld verdelen en waaraan we het uitgeven.",
                        "De overige hoofdstukken gaan over onze organisatie."])
    b += regio(v)
    b += visie(v)
    b += [
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "De zes besturen hebben afgesproken welke ondersteuning elke school in ons verband minimaal biedt. Dit noemen "
              "we de basisondersteuning. Het is een ondergrens: geen enkele vestiging mag eronder zitten, ook de kleinste "
              "dorpsschool niet. Een school mag meer bieden, maar nooit minder. Ouders mogen van iedere school in het "
              "verband verwachten dat dit er is, zonder dat daar een aanvraag of een handtekening van het verband voor "
              "nodig is."),
        ("p", "Concreet betekent dit dat u op elke school het volgende aantreft:"),
        ("ul", ["een intern begeleider met een afgeronde opleiding, met minimaal 0,4 fte per 200 leerlingen en op kleine "
                "scholen minimaal één dag per week;",
                "een leerlingvolgsysteem en vier keer per jaar een groepsbespreking waarin de leerkracht en de intern "
                "begeleider per kind bekijken wat het nodig heeft;",
                "een dyslexieprotocol en een dyscalculieprotocol; kinderen die daarvoor in aanmerking komen worden "
                "doorverwezen voor onderzoek en behandeling;",
                "een aanpak voor sociale veiligheid en gedrag, met een anti-pestcoördinator en een gedragsprotocol;",
                "aanbod voor kinderen die meer aankunnen, zoals verrijkingswerk in de klas;",
                "extra taalaanbod voor kinderen die thuis een andere taal spreken, in de eerste twee jaar na aankomst;",
                "afspraken over medisch handelen, zoals het geven van medicijnen of hulp bij diabetes;",
                "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de intern begeleider, de "
                "schoolcontactpersoon van het verband en, als dat nodig is, de jeugdverpleegkundige en het lokale team;",
                "een warme overdracht bij elke overstap naar een andere school of naar het voortgezet onderwijs."]),
        ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Eens per jaar bespreekt de "
              "schoolcontactpersoon van het verband met de directeur en de intern begeleider de kaart basisondersteuning. "
              "Als een onderdeel ontbreekt, maakt de school een verbeterplan. Het verband kijkt na een half jaar of het "
              "verbeterplan is uitgevoerd en bespreekt het met het bestuur als dat niet zo is."),
        ("h1", "5 Extra ondersteuning en het dekkend aanbod"),
        ("p", "Soms heeft een kind meer nodig dan de basisondersteuning. Dan zijn er in ons verband drie stappen. De eerste "
              "stap is extra ondersteuning op de eigen school, betaald uit het schoolbudget: bijvoorbeeld een "
              "onderwijsassistent voor een paar uur per week of een kleine leesgroep. De tweede stap is een arrangement "
              "van het verband. Dat kan een individueel arrangement zijn, met begeleiding door een consulent of "
              "ambulant begeleider, of een plek in een van de twee bovenschoolse groepen: de Taalgroep in Veenhorst "
              "voor jonge kinderen met een ernstige taalachterstand en de Kompasgroep in Aa voor kinderen met "
              "gedragsvragen, drie ochtenden per week. De derde stap is het speciaal basisonderwijs of het speciaal "
              "onderwijs. Zo ontstaat een doorlopende reeks van ondersteuning, van licht tot zwaar."),
        ("p", "Ieder jaar in mei kijken we met alle directeuren of het aanbod nog past. We bekijken waar kinderen op een "
              "wachtlijst staan, welke kinderen buiten de regio naar school moeten en welke vragen we niet kunnen "
              "beantwoorden. Blijkt er een gat, dan stelt het directeurenoverleg binnen drie maanden een voorstel op. Zo "
              "is in 2023 de Taalgroep gestart, omdat kinderen van arbeidsmigranten anders geen passend aanbod hadden. "
              "Voor kinderen die meer aankunnen, onderzoeken we met het voortgezet onderwijs een plusklas."),
        ("p", "De besturen hebben zorgplicht. Als een school een kind niet zelf kan helpen, zoekt het bestuur samen met "
              "het verband een andere plek. Lukt dat niet binnen zes weken, dan schakelt de directeur-bestuurder de "
              "andere besturen in. Geen kind mag tussen wal en schip vallen."),
        ("h1", "6 Toelaatbaarheid sbo en so (TLV)"),
        ("p", "Voor een plek op het sbo of het so is een toelaatbaarheidsverklaring (TLV) van het verband nodig. De TLV "
              "wordt aangevraagd door het bestuur van de school waar het kind staat ingeschreven. In de praktijk doet de "
              "intern begeleider dat namens het bestuur."),
        ("h2", "Zo werkt de aanvraag"),
        ("ul", ["Stap 1. Het ondersteuningsteam van de school bespreekt het kind. Ouders zijn daarbij.",
                "Stap 2. De school vult het groeidocument in, met het ontwikkelingsperspectief, wat al geprobeerd is en "
                "de mening van de ouders.",
                "Stap 3. De school stuurt het groeidocument naar de Commissie Toelaatbaarheid van het verband.",
                "Stap 4. Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog, en "
                "afhankelijk van het kind een tweede deskundige, bijvoorbeeld een maatschappelijk werker of een arts. "
                "Zij waren niet betrokken bij de aanvraag.",
                "Stap 5. De commissie neemt binnen zes weken na een volledige aanvraag een besluit. Ouders en school "
                "krijgen het besluit en de adviezen schriftelijk."]),
        ("h2", "Wanneer is een kind toelaatbaar?"),
        ("p", "Een kind is toelaatbaar tot het sbo als de basisondersteuning en minstens één arrangement van het verband "
              "van een half jaar zijn ingezet en het kind toch niet tot ontwikkeling komt, en als het kind voor het "
              "grootste deel van de dag een kleine groep en een aangepast tempo nodig heeft. Voor het so geldt daarnaast "
              "dat het kind een langdurige ondersteuningsbehoefte heeft op het gebied van leren, gedrag, lichamelijke "
              "beperking of ziekte, die ook in een kleine groep op het sbo niet te bieden is. De commissie kent dan ook "
              "een categorie toe: laag, midden of hoog."),
        ("p", "Een TLV voor het sbo geldt in principe voor twee schooljaren, een TLV voor het so voor drie schooljaren. "
              "Is een kind het niet eens met het besluit, dan kunnen ouders binnen zes weken bezwaar maken. Het verband "
              "is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("h2", "Terug naar de basisschool"),
        ("p", "Wij vinden dat een kind niet langer op het sbo of so blijft dan nodig is. Het doel is dat een kind weer "
              "naar een gewone school in het eigen dorp kan, als het daar met ondersteuning goed kan leren. Een kind gaat "
              "pas terug als de ontvangende school en de ouders daar vertrouwen in hebben. Na de terugkeer krijgt de "
              "ontvangende school een terugplaatsingsarrangement: een half jaar lang vier uur per week begeleiding door "
              "een leerkracht van het sbo of so, en een budget van € 2.500 voor extra handen in de klas."),
        ("p", "Hoe het terugplaatsingstraject precies verloopt, wie het initiatief neemt en op welke momenten het "
              "gesprek plaatsvindt, leggen we in het schooljaar 2026-2027 vast in een protocol dat we samen met de "
              "speciale scholen opstellen."),
        ("h1", "7 Thuiszitters"),
        ("p", "Elk kind hoort op school. Toch zijn er in onze regio elk jaar een paar kinderen die thuis zitten of maar "
              "een deel van de week naar school gaan. Sinds 2024 is er elke maand een thuiszitterstafel met de "
              "leerplichtambtenaar, de consulent van het verband en het lokale team. Elk kind dat langer dan vier weken "
              "thuis zit, wordt daar besproken. Lukt het niet om binnen drie maanden een plek te vinden, dan heeft de "
              "directeur-bestuurder doorzettingsmacht: zij kan een bestuur vragen een kind tijdelijk te plaatsen."),
        ("h1", "8 Geld en middelen"),
        ("p", "Het verband krijgt elk jaar geld van het Rijk voor ondersteuning. In 2025 is dat ongeveer € 4,1 miljoen. "
              "Een deel gaat direct naar het sbo en so (de afdrachten via DUO). De rest verdelen we zo:"),
        ("ul", ["Elk schoolbestuur krijgt € 165 per leerling (teldatum 1 oktober van het jaar ervoor) als schoolbudget "
                "voor extra ondersteuning op de eigen scholen. Scholen met minder dan 100 leerlingen krijgen daarbovenop "
                "een vaste voet van € 6.000.",
                "Arrangementen van het verband worden toegekend door de Commissie Toelaatbaarheid op aanvraag van de "
                "school. Een individueel arrangement is maximaal € 7.500 per schooljaar.",
                "De bovenschoolse groepen worden door het verband zelf betaald.",
                "Besturen verantwoorden elk jaar in april in een vast format waaraan zij het schoolbudget hebben "
                "besteed."]),
        ("p", "In de meerjarenbegroting staat hoe we het geld de komende jaren uitgeven:"),
        ("table", [["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuning Rijk", "4.110", "4.060", "4.010", "3.980"],
                   ["Afdracht sbo en so (DUO)", "1.540", "1.520", "1.510", "1.500"],
                   ["Schoolbudgetten besturen", "1.120", "1.100", "1.080", "1.070"],
                   ["Arrangementen", "540", "560", "560", "560"],
                   ["Bovenschoolse groepen", "380", "390", "400", "400"],
                   ["Bureau en personeel", "520", "530", "540", "550"],
                   ["Resultaat", "10", "-40", "-80", "-100"]]),
        ("p", "De reserve van het verband is eind 2024 € 620.000. Dat is meer dan we nodig hebben. De negatieve "
              "resultaten in de begroting zijn bewust: we bouwen de reserve af tot ongeveer € 350.000."),
        ("h1", "9 Resultaten en ambities"),
        ("p", "Wat willen we aan het einde van deze planperiode bereikt hebben voor kinderen die extra ondersteuning nodig "
              "hebben? We hebben dat samen met de directeuren vastgelegd:"),
        ("ul", ["In 2029 gaat ten minste 95 procent van de kinderen met een arrangement naar een school in of vlak bij "
                "het eigen dorp.",
                "Het aantal kinderen dat langer dan vier weken thuis zit, is in 2029 niet meer dan twee per jaar.",
                "Alle 34 scholen voldoen in 2027 aan de kaart basisondersteuning.",
                "Het deelnamepercentage sbo en so samen blijft onder de 3,0 procent.",
                "Ten minste 80 procent van de ouders van kinderen met een arrangement is tevreden over de hulp."]),
        ("p", "Hoe we de voortgang van deze doelen gaan volgen en aan wie we daarover rapporteren, werken we uit in een "
              "kwaliteitskader dat in de loop van 2026 verschijnt."),
        ("h1", "10 Communicatie"),
        ("p", "Het verband wil duidelijk zijn, voor scholen en voor ouders. Op onze website staat een aparte pagina voor "
              "ouders, met uitleg over de basisondersteuning, de arrangementen, de bovenschoolse groepen en de TLV. Elke "
              "school heeft een ouderfolder van het verband die nieuwe ouders bij de inschrijving krijgen. In de "
              "schoolgids staat wat de school aan ondersteuning biedt. Eén keer per jaar organiseren we een "
              "informatieavond voor ouders in een van de dorpshuizen."),
        ("p", "Soms zijn ouders het niet eens met de school of met het verband, of willen zij iemand die met hen "
              "meedenkt en niet bij de school of het verband hoort. Zij kunnen dan terecht bij het Ouder- en "
              "Jeugdsteunpunt Drenthe-Oost. Het steunpunt is onafhankelijk, gratis en telefonisch en via de mail "
              "bereikbaar. Ook kunnen ouders de onderwijsconsulenten inschakelen. Voor klachten over het verband is er "
              "een klachtenregeling; het verband is aangesloten bij de Geschillencommissie passend onderwijs."),
        ("p", "Voor medewerkers van scholen verschijnt vier keer per jaar een nieuwsbrief. Directeuren krijgen een "
              "maandelijkse update van de directeur-bestuurder."),
    ]
    b += governance(v)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += huisvesting_vervoer(v)
    b += kennisdeling(v)
    b += totstandkoming(v)
    b += planning(v)
    b += afsluiting(v)
    b += toc_and_glossary_terms()
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 states the agreed minimum for every vestiging and lists concrete voorzieningen; borging via yearly kaart check",
               "plaatsing": "ch.6 steps 1-5, Commissie Toelaatbaarheid, 6 weeks, criteria sbo/so, two deskundigen, duration, bezwaar LBT",
               "terugstroom": "ch.6 'Terug naar de basisschool' gives aims, conditions and return arrangement (beleid) but the procedure is deferred to a 2026-2027 protocol",
               "financien": "ch.8 'Geld en middelen': EUR 165 per leerling + vaste voet, arrangement ceiling, meerjarenbegroting table 2025-2028",
               "dekkend-aanbod": "ch.5 three-step continuum with bovenschoolse groepen; yearly gap review in May, zorgplicht; ch.7 thuiszitterstafel",
               "resultaten": "ch.9 lists measurable goals for 2029 but monitoring/reporting is deferred to a 2026 kwaliteitskader",
               "ouders": "ch.10 'Communicatie': website, ouderfolder, schoolgids, info evening; independent OJSP and onderwijsconsulenten"})
    return v, b, labels


# ---------------------------------------------------------------------------
# PLAN B: PO, docx. B partial (inhoud only in absent bijlage), P partial
# (criteria deferred), T present (inside TLV chapter), F partial (besteding p.m.),
# D present, R present, O missing.
# ---------------------------------------------------------------------------

def plan_b():
    v = dict(naam="Samenwerkingsverband PO De Kempenrand", code="PO 30-58", periode="2025-2029", nr="derde",
             dorpen="de kleine kernen tussen de Beerze en de Belgische grens", plaats="Hoogeloon-West",
             bestuurder="M. van der Heijden", besturen="vier",
             scholen="27 basisscholen, één sbo-school (De Wegwijzer) en één so-school voor cluster 4 (De Linde)",
             gemeenten="Bladel-Zuid, Eersel-Kempen en Reusel-Grens", fte_beleid="0,4", fte_bureau="5,8",
             so_plaats="Veldhoven-Noord", missie="samen zorgen dat ieder kind in de Kempen zich kan ontwikkelen",
             opr_datum="11 maart 2025", vaststelling="25 maart 2025", oogo_datum="26 februari 2025",
             regio_tabel=[["Bladel-Zuid", "9", "1.210", "1.188"], ["Eersel-Kempen", "11", "1.544", "1.530"],
                          ["Reusel-Grens", "7", "842", "820"]],
             planning=[["2025-2026", "Herijking toelaatbaarheidscriteria; kwaliteitskaart"],
                       ["2026-2027", "Evaluatie arrangementen; nieuwe website"],
                       ["2027-2028", "Tussenevaluatie en rapportage aan OPR"],
                       ["2028-2029", "Nieuw ondersteuningsplan"]])
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie", "4 Basisondersteuning",
           "5 Het ondersteuningsaanbod", "6 Toelaatbaarheid en looptijd", "7 Financiën", "8 Wat willen we bereiken",
           "9 Ouders", "10 Organisatie en bestuur", "11 Samenwerking met de gemeenten",
           "12 Personeel en professionalisering", "13 Privacy en digitale dossiers", "14 Planning", "Begrippenlijst",
           "Bijlage 1 Jaarkalender", "Bijlage 2 Kwaliteitskaart basisondersteuning", "Bijlage 3 Meerjarenbegroting"]
    b = [("title", "Ondersteuningsplan De Kempenrand 2025-2029"),
         ("p", "Samenwerkingsverband PO De Kempenrand (PO 30-58)\nOuders, scholen en gemeenten samen voor passend onderwijs"),
         ("toc", toc)]
    b += voorwoord(v)
    b += leeswijzer(v, ["Na de inleiding en de beschrijving van onze regio volgen de inhoudelijke hoofdstukken.",
                        "Hoofdstuk 6 gaat over toelaatbaarheid en over wat er gebeurt als een TLV afloopt.",
                        "De bijlagen staan in een apart document dat bij het bureau op te vragen is."])
    b += regio(v, with_deelname=False)
    b += visie(v)
    b += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Basisondersteuning is in De Kempenrand het niveau van ondersteuning dat alle 27 basisscholen, op elke "
              "locatie, minimaal bieden. De vier besturen hebben dit niveau in 2024 samen vastgesteld en het geldt voor "
              "de hele planperiode. Wat onder dit niveau zit, is geen passend onderwijs; wat erboven zit, noemen we extra "
              "ondersteuning."),
        ("p", "Welke voorzieningen en afspraken precies bij de basisondersteuning horen, staat beschreven in de "
              "Kwaliteitskaart basisondersteuning in bijlage 2."),
        ("p", "Eén keer per jaar voert de directeur-bestuurder met elke school een kwaliteitsgesprek aan de hand van de "
              "kwaliteitskaart. Als een school niet aan het niveau voldoet, maken bestuur en school afspraken over "
              "verbetering, en die worden het volgende jaar opnieuw besproken."),
        ("h1", "5 Het ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod van De Kempenrand is opgebouwd als een trap met vier treden. Op trede 1 staat de "
              "basisondersteuning op iedere school. Op trede 2 staat extra ondersteuning op school, gefinancierd uit het "
              "schoolbudget: denk aan een onderwijsassistent of een training voor een klein groepje. Op trede 3 staan de "
              "arrangementen van het verband: ambulante begeleiding door de Linde, de Observatiegroep in Eersel (tien "
              "weken, voor kinderen bij wie nog niet duidelijk is wat zij nodig hebben) en de Kangoeroeklas voor "
              "kinderen die meer aankunnen, één dag per week. Op trede 4 staan het sbo De Wegwijzer en het so De Linde."),
        ("p", "Om te weten of ons aanbod dekkend is, houden we bij welke kinderen geen passende plek hebben. Scholen melden "
              "een kind bij het bureau als het langer dan twee weken thuis zit of geen passend aanbod heeft. Het bureau "
              "houdt een lijst bij van wachtlijsten en van kinderen die buiten de regio naar school gaan. Elk half jaar "
              "bespreken we die lijst met leerplicht en de gemeenten. Als er voor een groep kinderen iets ontbreekt, "
              "zoeken we een oplossing met een bestuur of met een school in de buurregio. Zo is de Observatiegroep in "
              "2022 ontstaan."),
        ("h1", "6 Toelaatbaarheid en looptijd"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Het bestuur van de school waar het kind ingeschreven staat, vraagt de TLV aan via het Loket van De "
              "Kempenrand. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectiefplan en het verslag van "
              "het laatste multidisciplinair overleg. Het Loket controleert binnen vijf werkdagen of de aanvraag "
              "compleet is. Daarna geven een orthopedagoog en een tweede deskundige elk een eigen advies. De Commissie "
              "van Toelaatbaarheid besluit binnen acht weken na ontvangst van de complete aanvraag."),
        ("p", "De criteria die de commissie hanteert bij het beoordelen van de aanvragen herijken we op dit moment. De "
              "nieuwe criteria worden in de loop van schooljaar 2025-2026 door het bestuur vastgesteld en daarna aan dit "
              "plan toegevoegd."),
        ("h2", "6.2 Als de TLV afloopt"),
        ("p", "Een TLV heeft bij ons altijd een einddatum. Die ligt op 31 juli van het laatste schooljaar. Wij willen dat "
              "kinderen terug kunnen naar een gewone basisschool zodra dat kan. Een kind dat op het sbo of so goed "
              "vooruit gaat, hoort niet langer dan nodig in het speciaal onderwijs te blijven. Voorwaarde is wel dat de "
              "ontvangende school het kind de ondersteuning kan bieden die het nodig heeft."),
        ("p", "Zo gaat het in de praktijk. In oktober van het laatste TLV-jaar bespreekt de commissie van begeleiding van "
              "het sbo of so elk kind waarvan de TLV afloopt. Uiterlijk 1 februari stelt de speciale school een advies "
              "op: terugplaatsing, verlenging of overstap naar het voortgezet onderwijs. Bij een advies tot "
              "terugplaatsing neemt de speciale school contact op met een basisschool in de buurt van het kind; de "
              "consulent van het Loket schuift aan bij dat gesprek. Bij een advies tot verlenging vraagt de speciale "
              "school een nieuwe TLV aan en besluit de Commissie van Toelaatbaarheid voor 1 mei. Zes weken en zes "
              "maanden na de terugplaatsing is er een evaluatiegesprek tussen beide scholen."),
        ("p", "Na de terugplaatsing krijgt de basisschool een terugplaatsingsarrangement van het verband voor ten hoogste "
              "een jaar. Daarmee kan de school een leerkracht van het sbo of so een dagdeel per week laten meekijken en "
              "extra handen in de klas inzetten."),
        ("h1", "7 Financiën"),
        ("p", "De Kempenrand werkt met een schoolmodel. Dat betekent dat het grootste deel van het geld naar de besturen "
              "gaat, die het inzetten op hun scholen. Elk bestuur krijgt een bedrag per leerling van € 140, berekend op "
              "het aantal leerlingen op 1 oktober van het voorgaande jaar. Daarnaast houdt het verband een budget voor "
              "arrangementen; scholen vragen een arrangement aan bij het Loket, dat binnen vier weken besluit aan de "
              "hand van de ondersteuningsvraag. De afdrachten aan sbo en so gaan via DUO en worden eerst van het "
              "totale budget afgetrokken."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De meerjarenbegroting wordt na vaststelling door de algemene vergadering in december als bijlage 3 aan dit "
              "plan toegevoegd."),
        ("h1", "8 Wat willen we bereiken"),
        ("p", "We hebben voor deze planperiode vijf doelen voor kinderen die extra ondersteuning nodig hebben. Bij elk "
              "doel hoort een streefwaarde:"),
        ("table", [["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Kinderen met een arrangement die op de eigen school blijven", "81%", "90%"],
                   ["Thuiszitters langer dan vier weken (per jaar)", "6", "2"],
                   ["Gemiddelde doorlooptijd TLV-aanvraag", "9 weken", "6 weken"],
                   ["Terugplaatsingen vanuit sbo en so per jaar", "3", "6"],
                   ["Scholen die de kwaliteitskaart halen", "22 van 27", "27 van 27"]]),
        ("p", "Elk jaar op 1 oktober tellen we het aantal kinderen op het sbo en so, het aantal arrangementen en het "
              "aantal thuiszitters. Het bureau maakt daarvan in januari een kwaliteitsrapportage voor het bestuur en de "
              "OPR. In de rapportage staat per doel hoe ver we zijn, wat het gekost heeft en wat we gaan bijstellen. "
              "Elke twee jaar houden we een tevredenheidspeiling onder scholen. In 2027 volgt een tussenevaluatie van "
              "het hele plan; de uitkomsten staan in het jaarverslag."),
        ("h1", "9 Ouders"),
        ("p", "Dit hoofdstuk wordt na de zomer geschreven en in de herziene versie van het plan opgenomen."),
    ]
    b += governance(v, opr_parents=False)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += huisvesting_vervoer(v)
    b += kennisdeling(v)
    b += totstandkoming(v)
    b += planning(v)
    b += afsluiting(v)
    b += toc_and_glossary_terms()
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "ch.4 defines the agreed minimum level for every location, but the content is only in bijlage 2 (Kwaliteitskaart), which is not part of the document",
               "plaatsing": "ch.6.1 gives the Loket procedure, deskundigen and 8-week term; criteria are being 'herijkt' and will be set in 2025-2026 (deferral)",
               "terugstroom": "inside TLV chapter 6.2 'Als de TLV afloopt': aims/conditions, October/1 February/1 May steps, evaluation, terugplaatsingsarrangement",
               "financien": "ch.7 per-leerling EUR 140 schoolmodel and arrangement allocation; meerjarenbegroting table is all p.m. and deferred to bijlage 3",
               "dekkend-aanbod": "ch.5 four-step trap with named voorzieningen; half-yearly list of thuiszitters/wachtlijsten with leerplicht",
               "resultaten": "ch.8 goals with nulmeting/streefwaarde table and yearly 1 October count, January kwaliteitsrapportage to bestuur/OPR",
               "ouders": "ch.9 'Ouders' only says the chapter will be written later; parents only appear in passing (title page, visie, TOC, glossary OJSP)"})
    return v, b, labels


# ---------------------------------------------------------------------------
# PLAN C: PO, pdf. B present, P present, T missing, F present (tables only),
# D missing (deferred), R partial (doelen deferred), O partial (steunpunt missing).
# ---------------------------------------------------------------------------

def plan_c():
    v = dict(naam="Samenwerkingsverband Primair Onderwijs Het Wierdenland", code="PO 20-66", periode="2025-2029",
             nr="derde", dorpen="de wierdedorpen ten noorden van de provinciale weg", plaats="Usquert-Oost",
             bestuurder="J. Dijkhuis", besturen="drie",
             scholen="29 basisscholen, één sbo-school (De Marrewijk) en één so-school voor cluster 3 en 4 (De Rieg)",
             gemeenten="Wierdenland en Eemsmond-West", fte_beleid="0,5", fte_bureau="6,2",
             so_plaats="Winsum-Noord", missie="goed onderwijs voor elk kind in het eigen dorp",
             opr_datum="20 maart 2025", vaststelling="3 april 2025", oogo_datum="10 maart 2025",
             regio_tabel=[["Wierdenland", "18", "2.010", "1.972"], ["Eemsmond-West", "13", "1.322", "1.301"]],
             planning=[["2025-2026", "Nieuwe kaart basisondersteuning; website vernieuwen"],
                       ["2026-2027", "Jaarplan met ambities; onderzoek ondersteuningsaanbod"],
                       ["2027-2028", "Tussenevaluatie"],
                       ["2028-2029", "Nieuw ondersteuningsplan"]])
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
           "4 Wat u van elke school mag verwachten", "5 Naar het sbo of so", "6 Een passende plek voor ieder kind",
           "7 Geld en middelen", "8 Kwaliteit en ambities", "9 Ouders en informatie", "10 Organisatie en bestuur",
           "11 Samenwerking met de gemeenten", "12 Personeel en professionalisering", "13 Privacy en digitale dossiers",
           "14 Planning van de planperiode", "Begrippenlijst (o.a. terugplaatsing, dekkend aanbod)"]
    b = [("title", "Ondersteuningsplan Het Wierdenland 2025-2029"),
         ("p", "Samenwerkingsverband Primair Onderwijs Het Wierdenland (PO 20-66)\nBasisondersteuning - toelaatbaarheid - "
               "terugplaatsing - middelen - resultaten - ouders"),
         ("toc", toc)]
    b += voorwoord(v)
    b += leeswijzer(v, ["Hoofdstuk 4 beschrijft wat ouders van elke school mogen verwachten.",
                        "Hoofdstuk 5 gaat over de TLV. In hoofdstuk 7 staan de cijfers over het geld, grotendeels in tabellen.",
                        "In hoofdstuk 8 leest u hoe we de kwaliteit bewaken."])
    b += regio(v)
    b += visie(v)
    b += [
        ("h1", "4 Wat u van elke school mag verwachten"),
        ("p", "In het Wierdenland hebben de drie besturen een gezamenlijke ondergrens afgesproken: de ondersteuning die "
              "iedere basisschool, op elke locatie, altijd biedt. Dat is onze basisondersteuning. Het maakt niet uit of "
              "uw kind op een school met 40 of met 300 leerlingen zit."),
        ("p", "Wat hoort daarbij? Op elke school is er een intern begeleider die minstens één dag per week op school is. "
              "Elke school werkt met een leerlingvolgsysteem en bespreekt de groepen drie keer per jaar. Er is een "
              "protocol voor dyslexie en voor dyscalculie. Elke school heeft een methode voor sociaal-emotioneel leren "
              "en een pestprotocol. Kinderen die meer aankunnen krijgen verrijkingsstof. Elke school kan een beroep doen "
              "op een orthopedagoog van het verband voor een consultatie, zonder aanvraagformulier. Medicijnen en "
              "medische handelingen zijn geregeld in een protocol dat alle besturen gebruiken. Bij elke overstap is er een "
              "warme overdracht."),
        ("p", "De schoolgids van elke school beschrijft hoe de school deze basisondersteuning geeft. Het verband kijkt "
              "elk voorjaar de schoolgidsen na."),
        ("h1", "5 Naar het sbo of so"),
        ("p", "Sommige kinderen hebben een plek nodig op het speciaal basisonderwijs (De Marrewijk) of het speciaal "
              "onderwijs (De Rieg). Daarvoor is een toelaatbaarheidsverklaring (TLV) van het verband nodig."),
        ("p", "Het bestuur van de school vraagt de TLV aan bij de TLV-commissie van het verband. De school stuurt het "
              "groeidocument mee, met daarin het ontwikkelingsperspectief, de verslagen van de groepsbesprekingen en de "
              "zienswijze van de ouders. Binnen tien werkdagen vindt een gesprek plaats met school, ouders en een "
              "orthopedagoog van het verband. Een tweede deskundige (psycholoog, arts of maatschappelijk werker) leest "
              "het dossier en schrijft een eigen advies. De TLV-commissie beslist binnen zes weken."),
        ("p", "De commissie verklaart een kind toelaatbaar tot het sbo als de school met extra inzet en met hulp van "
              "buiten aantoonbaar niet kan bieden wat het kind nodig heeft, en als het kind een kleinere groep en meer "
              "structuur nodig heeft dan een basisschool kan geven. Voor het so moet bovendien sprake zijn van een "
              "ernstige, langdurige beperking of stoornis die ook op het sbo niet kan worden opgevangen. Bij het so "
              "bepaalt de commissie de bekostigingscategorie (laag, midden of hoog)."),
        ("p", "Een TLV is geldig tot 31 juli van het tweede schooljaar na het besluit. Ouders die het niet eens zijn met "
              "het besluit, kunnen binnen zes weken bezwaar maken bij het verband. De bezwaarschriften worden "
              "voorgelegd aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "6 Een passende plek voor ieder kind"),
        ("p", "In de komende planperiode brengen we in kaart welk ondersteuningsaanbod er in het Wierdenland is en waar "
              "nog witte vlekken zitten. De uitkomsten van dat onderzoek volgen in 2026 en krijgen een plek in het "
              "jaarplan."),
        ("h1", "7 Geld en middelen"),
        ("p", "In de tabellen hieronder staat hoe we de middelen verdelen en waaraan we ze besteden."),
        ("table", [["Verdeling ondersteuningsmiddelen", "Grondslag", "Bedrag", "Besluit door"],
                   ["Schoolbudget per bestuur", "aantal leerlingen op 1 oktober t-1", "€ 150 per leerling",
                    "directeur-bestuurder, jaarlijks in juni"],
                   ["Vaste voet kleine scholen", "school met minder dan 80 leerlingen", "€ 5.000 per school",
                    "directeur-bestuurder"],
                   ["Individueel arrangement", "aanvraag school, besluit TLV-commissie", "max. € 6.000 per kind per jaar",
                    "TLV-commissie"],
                   ["Afdracht sbo/so", "DUO-telling 1 februari en 1 oktober", "volgens wet", "DUO"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "3.520", "3.480", "3.450", "3.430"],
                   ["Afdracht sbo en so", "1.310", "1.300", "1.300", "1.290"],
                   ["Schoolbudgetten", "1.000", "985", "970", "960"],
                   ["Vaste voet kleine scholen", "70", "70", "65", "65"],
                   ["Individuele arrangementen", "480", "480", "480", "480"],
                   ["Orthopedagogen en consultatie", "390", "395", "400", "405"],
                   ["Bureau, bestuur, OPR", "300", "305", "310", "315"],
                   ["Saldo", "-30", "-55", "-75", "-85"]]),
        ("h1", "8 Kwaliteit en ambities"),
        ("p", "Onze ambities voor kinderen met een ondersteuningsbehoefte formuleren we samen met de scholen in het "
              "jaarplan 2026. Tot die tijd werken we door op de bestaande voet."),
        ("p", "Wel ligt vast hoe we volgen wat er gebeurt. Elk jaar op 1 oktober verzamelt het bureau de kengetallen: "
              "het aantal TLV's per soort, het aantal arrangementen, de doorlooptijd van aanvragen, het aantal "
              "thuiszitters en het percentage kinderen op sbo en so. Deze cijfers vergelijken we met het jaar ervoor en "
              "met het landelijk gemiddelde. De directeur-bestuurder rapporteert hierover in maart aan het bestuur en de "
              "OPR, en de cijfers staan in het openbare jaarverslag. Elke twee jaar vragen we ouders van kinderen met een "
              "arrangement en de intern begeleiders naar hun tevredenheid."),
        ("h1", "9 Ouders en informatie"),
        ("p", "Ouders moeten weten waar ze aan toe zijn. Op de website van het verband staat een ouderpagina met uitleg "
              "over de basisondersteuning, de arrangementen en de TLV. Elke school geeft nieuwe ouders de folder "
              "'Passend onderwijs in het Wierdenland'. In de schoolgids staat wat de school biedt. De intern begeleider "
              "is voor ouders het eerste aanspreekpunt. Ouders kunnen ook bellen met het bureau van het verband; de "
              "consulent legt dan uit welke mogelijkheden er zijn."),
        ("p", "Het verband gaat ook een ouder- en jeugdsteunpunt inrichten. Welke vorm dat krijgt en met welke partners "
              "we dat doen, bepalen we in 2026."),
    ]
    b += governance(v)
    b += oogo(v, rich=False)
    b += personeel(v)
    b += ict_privacy(v)
    b += huisvesting_vervoer(v)
    b += kennisdeling(v)
    b += totstandkoming(v)
    b += planning(v)
    b += afsluiting(v)
    b += toc_and_glossary_terms()
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing", financien="present",
                      **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 'Wat u van elke school mag verwachten': shared ondergrens for every location plus concrete list",
               "plaatsing": "ch.5 'Naar het sbo of so': TLV-commissie, groeidocument, two deskundigen, 6 weeks, sbo/so criteria, category, validity, bezwaar",
               "terugstroom": "nothing in the body; terugplaatsing only on the title page line, TOC and begrippenlijst; 'teruglopend leerlingaantal' is a near-miss",
               "financien": "ch.7 'Geld en middelen' has almost no prose: verdeling criteria and meerjarenbegroting only in two tables",
               "dekkend-aanbod": "ch.6 only defers: the offer and witte vlekken are to be mapped, results follow in 2026",
               "resultaten": "ch.8 monitoring is concrete (1 October kengetallen, March report, jaarverslag) but ambities are deferred to jaarplan 2026",
               "ouders": "ch.9 informs via website/folder/schoolgids; no independent help (IB/bureau are not independent; OJSP deferred to 2026)"})
    return v, b, labels


# ---------------------------------------------------------------------------
# PLAN D: VO, pdf. B partial (niveau deferred), P missing (website referral),
# T partial (beleid missing), F missing, D present, R missing, O present.
# ---------------------------------------------------------------------------

def plan_d():
    v = dict(sector="vo", klein="De vestigingen zijn klein voor voortgezet onderwijs en de reistijden zijn lang.",
             kleinste="kleinste vmbo-vestiging", naam="Samenwerkingsverband Voortgezet Onderwijs De Peelrand", code="VO 30-91", periode="2025-2029",
             nr="derde", dorpen="de kernen van de oostelijke Peel, van Venray-Zuid tot de Maas", plaats="Overloon-Oost",
             bestuurder="A. Hendriks", besturen="drie",
             scholen="vier scholen voor voortgezet onderwijs met samen zes vestigingen, één school voor "
                     "praktijkonderwijs en één vso-school (De Peelhorst)",
             gemeenten="Peelrand en Maasoevers", fte_beleid="0,8", fte_bureau="6,0",
             so_plaats="Venray-Zuid", missie="iedere jongere een diploma of een plek in de maatschappij",
             opr_datum="13 maart 2025", vaststelling="24 maart 2025", oogo_datum="3 maart 2025",
             regio_tabel=[["Peelrand", "4 vestigingen", "3.840", "3.790"], ["Maasoevers", "4 vestigingen", "2.410", "2.385"]],
             planning=[["2025-2026", "Afspraken niveau basisondersteuning; start Rebound-plus"],
                       ["2026-2027", "Verdeelmodel herzien; beleid terugplaatsing vso"],
                       ["2027-2028", "Nieuwe website; scholing mentoren"],
                       ["2028-2029", "Nieuw ondersteuningsplan"]])
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie", "4 Basisondersteuning",
           "5 Het ondersteuningsaanbod en thuiszitters", "6 Toelaatbaarheid vso, lwoo en pro",
           "7 Terugplaatsing en overplaatsing", "8 Financieel beleid", "9 Opbrengsten", "10 Communicatie",
           "11 Organisatie en bestuur", "12 Samenwerking met de gemeenten", "13 Personeel en professionalisering",
           "14 Privacy en digitale dossiers", "15 Planning", "Begrippenlijst"]
    b = [("title", "Ondersteuningsplan VO De Peelrand 2025-2029"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs De Peelrand (VO 30-91)\nVastgesteld door het bestuur op 24 maart 2025"),
         ("toc", toc)]
    b += voorwoord(v)
    b += leeswijzer(v, ["We beginnen met onze regio en onze visie.",
                        "Daarna beschrijven we het ondersteuningsaanbod, de toelaatbaarheid en de terugplaatsing.",
                        "We eindigen met de organisatie en de planning."])
    b += regio(v)
    b += visie(v)
    b += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Op onze scholen vindt u onder meer: een mentor voor elke klas die wekelijks een mentoruur geeft; een "
              "ondersteuningscoördinator op elke vestiging; een dyslexie- en dyscalculieprotocol met faciliteiten bij "
              "toetsen; een faalangstreductietraining en een sociale vaardigheidstraining; een rustige plek in de "
              "school waar leerlingen even tot zichzelf kunnen komen (de time-in ruimte); begeleiding bij plannen en "
              "organiseren; en een vaste contactpersoon van het lokale team die elke week op school is."),
        ("p", "Of al deze voorzieningen op elke vestiging aanwezig moeten zijn, en welk niveau we samen als ondergrens "
              "afspreken, bepalen de besturen in het schooljaar 2025-2026, mede in het licht van de landelijke norm "
              "basisondersteuning."),
        ("h1", "5 Het ondersteuningsaanbod en thuiszitters"),
        ("p", "Wanneer de ondersteuning op school niet genoeg is, zijn er binnen het verband verschillende "
              "mogelijkheden. Elke school heeft een ondersteuningsvoorziening (het Trajectlokaal), waar leerlingen een "
              "deel van de dag les krijgen in een kleine groep. Voor leerlingen die even helemaal uit de klas moeten, is er "
              "de Rebound in Overloon: maximaal twaalf weken, daarna terug naar de eigen school. Voor leerlingen met "
              "ernstige gedragsproblemen of psychiatrische problemen is er het OPDC De Brug, met plaats voor 24 "
              "leerlingen. Voor leerlingen die blijvend veel ondersteuning nodig hebben, zijn er de vso-school De "
              "Peelhorst en, buiten de regio, vso-scholen voor cluster 3. Het praktijkonderwijs is er voor leerlingen "
              "die beter leren in de praktijk. Samen vormen deze voorzieningen een aanbod van licht naar zwaar."),
        ("p", "Toch gaat het niet altijd goed. In het schooljaar 2023-2024 zaten 14 jongeren langer dan vier weken "
              "thuis. Daarom hebben we met de leerplichtambtenaren een vaste aanpak afgesproken. Een school meldt een "
              "leerling die langer dan twee weken niet op school is, bij het verband. Binnen een week is er een "
              "gesprek met jongere, ouders, school en leerplicht. Lukt het niet om binnen zes weken een plan te maken, "
              "dan gaat de casus naar het Escalatieoverleg, waar de directeur-bestuurder en de bestuurders van de "
              "scholen knopen doorhakken. Elk voorjaar analyseren we samen met de gemeenten welke groepen jongeren "
              "geen passend aanbod vinden. Uit de laatste analyse bleek dat er te weinig plekken zijn voor "
              "hoogbegaafde leerlingen met een ondersteuningsvraag; daarvoor start in 2026 een klein programma op "
              "het Peelland College."),
        ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Hoe een school toelaatbaarheid tot het vso of praktijkonderwijs aanvraagt en hoe de aanwijzing voor lwoo "
              "verloopt, staat uitgebreid beschreven op de website van het Loket De Peelrand. Daar vindt u ook de "
              "stroomschema's en formulieren."),
        ("p", "Let op: toelaatbaarheid is iets anders dan toelating. Over de toelating tot een school voor voortgezet "
              "onderwijs beslist de school zelf. Leerlingen uit groep 8 worden in de brugklas geplaatst op basis van het "
              "schooladvies; het plaatsingsbeleid van de scholen staat in de schoolgids."),
        ("h1", "7 Terugplaatsing en overplaatsing"),
        ("p", "Voor leerlingen op de vso-school De Peelhorst geldt het volgende. In het laatste jaar van de TLV "
              "organiseert de vso-school uiterlijk in maart een evaluatiegesprek met de leerling, de ouders, een "
              "ondersteuningscoördinator van een vo-school in de buurt en de consulent van het Loket. In dat gesprek "
              "wordt besloten of de leerling naar het voortgezet onderwijs kan overstappen of dat een nieuwe TLV wordt "
              "aangevraagd. Kan de leerling overstappen, dan stelt de vso-school een overstapdossier op en start de "
              "leerling na een proefperiode van zes weken op de nieuwe school. Het Loket neemt het besluit over een "
              "nieuwe TLV voor 1 juni."),
        ("p", "Het beleid voor terugplaatsing, met wat we ermee willen bereiken en welke begeleiding een leerling na de "
              "overstap krijgt, werken we in 2026-2027 samen met De Peelhorst uit."),
        ("h1", "8 Financieel beleid"),
        ("p", "De middelen van het verband worden verdeeld volgens het verdeelmodel dat de algemene vergadering "
              "jaarlijks vaststelt. De meerjarenbegroting ligt ter inzage op het bureau van het verband en volgt bij de "
              "eerstvolgende actualisatie van dit plan."),
        ("h1", "9 Opbrengsten"),
        ("p", "Het verband werkt resultaatgericht. De opbrengsten van de scholen, zoals de slagingspercentages en "
              "de doorstroom naar het mbo, staan in Scholen op de kaart en worden door de inspectie beoordeeld. Dat "
              "laten we graag bij de scholen."),
        ("h1", "Aansluiting op vervolgonderwijs en werk"),
        ("p", "Veel jongeren in de Peel gaan na het vmbo naar het mbo in Venray of Helmond. Voor leerlingen van het "
              "praktijkonderwijs is de stap naar werk belangrijk. De school voor praktijkonderwijs werkt daarvoor samen "
              "met bedrijven in de regio, zoals tuinbouwbedrijven en de vleesverwerkende industrie. Het verband "
              "ondersteunt de scholen bij de overstap, bijvoorbeeld door een gezamenlijke dag voor decanen en door "
              "afspraken met het mbo over de warme overdracht. De gemeenten zijn betrokken via het regionaal "
              "meld- en coördinatiepunt voortijdig schoolverlaten."),
        ("h1", "10 Communicatie"),
        ("p", "Ouders en leerlingen vinden op de website van het verband een pagina 'Voor ouders en leerlingen'. Daar "
              "staat welke ondersteuning elke school biedt, wat het Trajectlokaal, de Rebound en het OPDC doen en hoe je "
              "daar terechtkomt. Alle scholen nemen in de schoolgids een hoofdstuk over ondersteuning op. Voor ouders "
              "van leerlingen in groep 8 organiseren we elk najaar samen met het primair onderwijs een informatieavond "
              "over ondersteuning in het voortgezet onderwijs. De folder 'Extra hulp op school' is er ook in het Pools en "
              "het Arabisch."),
        ("p", "Wie onafhankelijk advies wil, kan terecht bij het Steunpunt Ouders & Jongeren Peelrand. Dit steunpunt is "
              "ondergebracht bij een welzijnsorganisatie en staat los van de scholen en het verband. Het steunpunt helpt "
              "bij vragen, gaat mee naar gesprekken en kan bemiddelen. Daarnaast kunnen ouders de Onderwijsconsulenten "
              "inschakelen. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders "
              "naar de Geschillencommissie passend onderwijs."),
    ]
    b += governance(v)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += huisvesting_vervoer(v)
    b += kennisdeling(v)
    b += totstandkoming(v)
    b += planning(v)
    b += afsluiting(v)
    vo_words = [("intern begeleiders", "ondersteuningscoördinatoren"), ("intern begeleider", "ondersteuningscoördinator"),
                ("Leerkrachten", "Docenten"), ("leerkrachten", "docenten"), ("dorpsschool", "vestiging")]
    fixed = []
    for kind, val in b:
        if kind in ("p", "h1", "h2"):
            for a, z in vo_words:
                val = val.replace(a, z)
        fixed.append((kind, val))
    b = fixed
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "Wat alle scholen in het verband minimaal aan ondersteuning bieden."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["Pro", "Praktijkonderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs."],
                     ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar; verdeling en besteding van de middelen."],
                     ["Resultaten", "Beoogde en bereikte resultaten van het verband."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."]])]
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 lists concrete voorzieningen ('op onze scholen vindt u onder meer') but whether they are the minimum at every vestiging is deferred to 2025-2026",
               "plaatsing": "ch.6 only refers to the Loket website for vso/lwoo/pro procedure; the rest is about toelating/brugklasplaatsing (near-miss)",
               "terugstroom": "ch.7 gives the last-TLV-year steps (March meeting, overstapdossier, 1 June decision) but the beleid (aims, support after return) is deferred to 2026-2027",
               "financien": "ch.8 is a passing mention of a verdeelmodel set elsewhere and a meerjarenbegroting 'ter inzage' / to follow: no procedure, criteria or amounts",
               "dekkend-aanbod": "ch.5: Trajectlokaal, Rebound, OPDC, vso, pro as continuum; thuiszitter approach, escalation and yearly gap analysis with gemeenten",
               "resultaten": "ch.9 'Opbrengsten' only about school exam results left to the inspectie; no intended results or monitoring for pupils with support needs",
               "ouders": "ch.10 'Communicatie': website page, schoolgids, groep-8 evening, translated folder; independent Steunpunt Ouders & Jongeren, onderwijsconsulenten"})
    return v, b, labels


# ---------------------------------------------------------------------------
# PLAN E: PO, markdown. B missing, P present (unusual wording), T present,
# F partial (verdeling deferred), D partial (lacunes deferred), R present,
# O partial (informatie missing).
# ---------------------------------------------------------------------------

def plan_e():
    v = dict(naam="Samenwerkingsverband Passend Onderwijs Waddenkust PO", code="PO 21-44", periode="2025-2029",
             nr="derde", dorpen="de dorpen langs de dijk en op het eiland", plaats="Holwerd-Zuid",
             bestuurder="T. Hoekstra", besturen="vijf",
             scholen="31 basisscholen, waarvan twee op het eiland, één sbo-school (De Seinpost) en een so-afdeling "
                     "cluster 4 (De Kwelder)",
             gemeenten="Waddenkust en Eilân-West", fte_beleid="0,5", fte_bureau="5,6",
             so_plaats="Dokkum-Oost", missie="it bern foarop: het kind voorop",
             opr_datum="6 maart 2025", vaststelling="20 maart 2025", oogo_datum="24 februari 2025",
             regio_tabel=[["Waddenkust", "27", "2.640", "2.598"], ["Eilân-West", "4", "212", "205"]],
             planning=[["2025-2026", "Nieuw verdeelmodel ontwerpen; communicatieplan ouders"],
                       ["2026-2027", "Invoering verdeelmodel; onderzoek dekkend aanbod met gemeenten"],
                       ["2027-2028", "Tussenevaluatie"],
                       ["2028-2029", "Nieuw ondersteuningsplan"]])
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
           "4 Van licht naar zwaar: ons ondersteuningsaanbod", "5 De Commissie Toegang", "6 Thuiszitters",
           "7 Financiën", "8 Doelen en verantwoording", "9 Ouders", "10 Organisatie en bestuur",
           "11 Samenwerking met de gemeenten", "12 Personeel en professionalisering", "13 Privacy en digitale dossiers",
           "14 Planning", "Begrippenlijst"]
    b = [("title", "Ondersteuningsplan Waddenkust PO 2025-2029"),
         ("p", "Samenwerkingsverband Passend Onderwijs Waddenkust PO (PO 21-44)"),
         ("toc", toc)]
    b += voorwoord(v)
    b += leeswijzer(v, ["Hoofdstuk 4 laat zien welke ondersteuning er is, van licht naar zwaar.",
                        "Hoofdstuk 5 beschrijft de Commissie Toegang, die beslist over het sbo en so.",
                        "De hoofdstukken 7 en 8 gaan over geld en over wat we willen bereiken."])
    b += regio(v)
    b += visie(v)
    b += [
        ("h1", "4 Van licht naar zwaar: ons ondersteuningsaanbod"),
        ("p", "Kinderen die meer nodig hebben dan de gewone lessen, kunnen in de Waddenkust op verschillende plekken "
              "terecht. Dichtbij is er de hulp van de eigen school, aangevuld met een arrangement van het verband: een "
              "ambulant begeleider van De Kwelder, een logopedist voor kinderen met een taalontwikkelingsstoornis of "
              "ondersteuning door een gedragsspecialist. Een stap verder is de Eilandklas: een bovenschoolse groep voor "
              "kinderen op het eiland die twee dagen per week in een kleine groep les krijgen, zodat zij niet elke dag "
              "met de boot naar het vasteland hoeven. Op het vasteland is er de Tijgergroep in Holwerd-Zuid voor "
              "kinderen van groep 3 tot en met 5 met gedragsvragen. Het sbo De Seinpost en het so De Kwelder zijn er "
              "voor kinderen die blijvend een speciale plek nodig hebben. Voor kinderen die ook zorg nodig hebben, "
              "combineren we onderwijs en jeugdhulp in een onderwijs-zorgarrangement op De Kwelder."),
        ("h1", "5 De Commissie Toegang"),
        ("p", "Bij ons heet de commissie die beslist of een kind naar het speciaal basisonderwijs of het speciaal "
              "onderwijs mag, de Commissie Toegang. Zij geeft een verklaring van toegang af; in de wet heet dat een "
              "toelaatbaarheidsverklaring."),
        ("p", "Een school die denkt dat een kind beter op De Seinpost of De Kwelder past, neemt eerst contact op met de "
              "trajectbegeleider van het verband. Die komt naar het ondersteuningsteam op school, samen met de ouders. "
              "Besluit het ondersteuningsteam dat een aanvraag nodig is, dan levert het bestuur van de school het "
              "dossier aan bij de Commissie Toegang. Een orthopedagoog en een tweede deskundige, die het kind niet "
              "eerder hebben begeleid, schrijven elk een advies. De commissie besluit binnen vijf weken en stuurt het "
              "besluit met beide adviezen naar ouders en school."),
        ("p", "De commissie kijkt naar drie vragen. Heeft de school, met hulp van het verband, minstens een half jaar "
              "aantoonbaar gedaan wat ze kon, vastgelegd in een ontwikkelingsperspectiefplan? Heeft het kind een "
              "ondersteuningsbehoefte die de hele schooldag vraagt om een kleine groep, speciale deskundigheid of een "
              "aangepaste omgeving? En kan die ondersteuning niet dichter bij huis worden gegeven? Alleen als het "
              "antwoord op alle drie de vragen ja is, volgt een verklaring van toegang. Voor De Kwelder moet daarnaast "
              "blijken dat het kind een ernstige en langdurige gedragsproblematiek of psychiatrische problematiek heeft."),
        ("p", "Een verklaring van toegang geldt standaard tot het einde van het schooljaar waarin het kind de speciale "
              "school twee jaar heeft bezocht. In het voorjaar van het laatste jaar organiseert de speciale school een "
              "gesprek met de ouders, de trajectbegeleider en, als dat kan, een basisschool dicht bij huis. In dat "
              "gesprek kijken zij naar het ontwikkelingsperspectiefplan en beslissen zij of het kind terug kan. De "
              "Commissie Toegang neemt het uiteindelijke besluit: terug naar de basisschool, of een nieuwe verklaring "
              "van toegang. Ons uitgangspunt is dat een kind op De Seinpost of De Kwelder zit zolang dat echt nodig is, "
              "en niet langer. Een kind gaat terug als de ontvangende school kan bieden wat in het "
              "ontwikkelingsperspectief staat. De basisschool krijgt dan een terugkeerbudget van € 3.000 en een jaar "
              "lang begeleiding van de trajectbegeleider. In 2024 keerden 5 kinderen terug naar de basisschool."),
        ("h1", "6 Thuiszitters"),
        ("p", "Of ons aanbod dekkend is en hoe we kunnen voorkomen dat kinderen thuis komen te zitten, onderzoeken we in "
              "2026 samen met de gemeenten en leerplicht. Tot die tijd volgen we de landelijke afspraken."),
        ("h1", "7 Financiën"),
        ("p", "Het verband ontvangt in 2025 ongeveer € 3,2 miljoen aan ondersteuningsmiddelen. Het nieuwe verdeelmodel "
              "is in ontwikkeling; hoe de middelen over de besturen worden verdeeld, stellen we in het voorjaar van 2026 "
              "vast. Hieronder staat de meerjarenbegroting."),
        ("table", [["Bestedingen (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Afdrachten sbo en so", "1.090", "1.080", "1.075", "1.070"],
                   ["Budgetten schoolbesturen", "980", "970", "960", "950"],
                   ["Arrangementen en ambulante begeleiding", "420", "430", "430", "430"],
                   ["Eilandklas en Tijgergroep", "260", "265", "270", "275"],
                   ["Terugkeerbudgetten", "20", "25", "30", "30"],
                   ["Trajectbegeleiding en orthopedagogen", "280", "285", "290", "295"],
                   ["Bureau en bestuur", "190", "195", "200", "205"],
                   ["Totaal lasten", "3.240", "3.250", "3.255", "3.255"]]),
        ("h1", "8 Doelen en verantwoording"),
        ("p", "Wat willen we bereiken voor kinderen met een ondersteuningsvraag? In 2029 gaat 97 procent van alle "
              "kinderen naar een gewone basisschool. Het aantal terugkeerders uit sbo en so stijgt van 5 naar 8 per "
              "jaar. Geen enkel kind op het eiland hoeft voor ondersteuning dagelijks naar het vasteland. De doorlooptijd "
              "van een aanvraag bij de Commissie Toegang is nooit langer dan vijf weken."),
        ("p", "Twee keer per jaar, in november en in mei, verzamelt het bureau de cijfers bij de scholen en de Commissie "
              "Toegang. De directeur-bestuurder bespreekt die met de besturen en de OPR. In het jaarverslag staat per "
              "doel wat bereikt is en wat het heeft gekost. In 2024 zat 96,4 procent van de kinderen op een gewone "
              "basisschool."),
        ("h1", "9 Ouders"),
        ("p", "Hoe we ouders in de komende jaren informeren over de ondersteuning op school en in het verband, werken we "
              "uit in een communicatieplan. Dat volgt in 2026."),
        ("p", "Ouders die vastlopen of een onafhankelijk luisterend oor zoeken, kunnen contact opnemen met het Ouder- "
              "en Jeugdsteunpunt Noordkust. Het steunpunt is onafhankelijk van het verband en de scholen, is gratis en "
              "kan meegaan naar gesprekken op school. Ouders kunnen ook terecht bij de Onderwijsconsulenten. Klachten "
              "over het verband behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += governance(v)
    b += oogo(v)
    b += personeel(v)
    b += ict_privacy(v)
    b += huisvesting_vervoer(v)
    b += kennisdeling(v)
    b += totstandkoming(v)
    b += planning(v)
    b += afsluiting(v)
    b += toc_and_glossary_terms()
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "no section; the word appears only in the begrippenlijst and the planning text ('landelijke norm'); 'basisschool/basisonderwijs' are substring near-misses",
               "plaatsing": "ch.5 'De Commissie Toegang' ('verklaring van toegang'): route via trajectbegeleider, two deskundigen, 5 weeks, three-question criteria",
               "terugstroom": "inside ch.5: spring meeting in last year, Commissie Toegang decides, aim 'zolang nodig en niet langer', terugkeerbudget EUR 3.000",
               "financien": "ch.7 meerjarenbegroting table gives amounts, but the verdeelmodel is 'in ontwikkeling' and set in spring 2026 (deferral)",
               "dekkend-aanbod": "ch.4 continuum from arrangement to Eilandklas/Tijgergroep to sbo/so; gaps and thuiszitters deferred to 2026 (ch.6)",
               "resultaten": "ch.8 targets for 2029 and twice-yearly data collection, reporting to besturen/OPR and jaarverslag",
               "ouders": "ch.9 independent OJSP Noordkust and onderwijsconsulenten; how parents are informed is deferred to a 2026 communicatieplan"})
    return v, b, labels


# ---------------------------------------------------------------------------
# NEAR-MISS: a school-level ondersteuningsplan of one basisschool (html).
# ---------------------------------------------------------------------------

def near_miss():
    b = [
        ("title", "Ondersteuningsplan OBS De Klimop 2025-2026"),
        ("p", "Openbare basisschool De Klimop, Dorpsstraat 12, Westerwolde-Zuid. Onderdeel van Stichting Openbaar "
              "Onderwijs Westerwolde. Aangesloten bij het samenwerkingsverband passend onderwijs van onze regio."),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Klimop de ondersteuning aan onze 118 leerlingen "
              "organiseren in het schooljaar 2025-2026. Het plan is bedoeld voor het team en wordt jaarlijks bijgesteld "
              "door de intern begeleider en de directeur. Het is besproken in de medezeggenschapsraad op 14 mei 2025. "
              "Het schoolondersteuningsprofiel en de schoolgids vormen samen met dit plan de basis van ons handelen."),
        ("h1", "2 Basisondersteuning op De Klimop"),
        ("p", "Wij bieden de basisondersteuning zoals die binnen ons samenwerkingsverband is afgesproken. Concreet "
              "betekent dat: een intern begeleider twee dagen per week, groepsbesprekingen drie keer per jaar, een "
              "dyslexieprotocol, het programma Kwink voor sociaal-emotioneel leren en een plusgroep voor kinderen die "
              "meer aankunnen. Daarnaast werkt een onderwijsassistent vier ochtenden per week in de onderbouw."),
        ("h1", "3 Zorgniveaus in de groep"),
        ("p", "Wij werken handelingsgericht met vier zorgniveaus. Niveau 1 is de goede les voor alle leerlingen in de "
              "groep. Niveau 2 is extra instructie aan de verlengde instructietafel. Niveau 3 is specifieke ondersteuning "
              "na overleg met de intern begeleider, vastgelegd in het groepsplan. Niveau 4 is ondersteuning met hulp van "
              "buiten, bijvoorbeeld een arrangement van het samenwerkingsverband of een ontwikkelingsperspectief (OPP)."),
        ("p", "De leerkracht bespreekt de resultaten van de groep na elke toetsperiode met de intern begeleider. De "
              "resultaten van de Cito-toetsen en de eindtoets worden geanalyseerd in het team. Onze eindtoetsresultaten "
              "lagen de afgelopen drie jaar boven de signaleringswaarde."),
        ("h1", "4 Het ondersteuningsteam"),
        ("p", "Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleider, de directeur, de "
              "schoolcontactpersoon van het samenwerkingsverband, de jeugdverpleegkundige en de medewerker van het "
              "gebiedsteam. Ouders worden altijd uitgenodigd als hun kind wordt besproken. Uit het ondersteuningsteam kan "
              "een aanvraag voor een arrangement bij het samenwerkingsverband voortkomen."),
        ("h1", "5 Aanvraag TLV en terugplaatsing"),
        ("p", "Als onze school een leerling niet meer kan bieden wat hij nodig heeft, kan het bestuur een "
              "toelaatbaarheidsverklaring (TLV) aanvragen bij het samenwerkingsverband. De intern begeleider stelt het "
              "groeidocument op, met de zienswijze van de ouders. Het samenwerkingsverband beslist; de procedure en "
              "criteria staan in het ondersteuningsplan van het samenwerkingsverband. Als een leerling van het sbo terugkomt "
              "naar De Klimop, maken wij een plan voor de eerste maanden samen met de sbo-school."),
        ("h1", "6 Ouders"),
        ("p", "Ouders zijn partners. Bij de start van het schooljaar voeren wij met alle ouders een "
              "omgekeerd oudergesprek. Ouders van leerlingen met een OPP ondertekenen het handelingsdeel. Informatie over "
              "de ondersteuning op school staat in de schoolgids en op de website van de school. Ouders met vragen of "
              "klachten kunnen terecht bij de leerkracht, de intern begeleider, de directeur of de vertrouwenspersoon. "
              "Ook kunnen zij contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "7 Middelen"),
        ("p", "De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband: voor "
              "2025-2026 € 17.700. Dit geld besteden wij aan de onderwijsassistent (€ 14.000) en aan scholing van het "
              "team op het gebied van gedrag (€ 3.700). De besteding wordt verantwoord in het jaarverslag van de stichting."),
        ("h1", "8 Doelen voor 2025-2026"),
        ("ul", ["Alle leerkrachten werken met het nieuwe groepsoverzicht (oktober 2025).",
                "De plusgroep wordt uitgebreid naar groep 4 (januari 2026).",
                "Het team volgt twee studiemiddagen over executieve functies.",
                "Het dyslexieprotocol wordt geactualiseerd (maart 2026)."]),
        ("h1", "9 Jaarkalender ondersteuning"),
        ("table", [["Maand", "Activiteit"],
                   ["September", "Omgekeerde oudergesprekken; startgesprekken IB"],
                   ["Oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
                   ["Januari", "Midden-toetsen; analyse resultaten"],
                   ["Februari", "Groepsbesprekingen ronde 2; ondersteuningsteam"],
                   ["Juni", "Eind-toetsen; groepsbesprekingen ronde 3; overdracht naar nieuwe groep"]]),
        ("h1", "10 Evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueren de intern begeleider en de directeur dit plan. De uitkomsten "
              "worden besproken in het team en in de medezeggenschapsraad. Op basis daarvan stellen wij het plan voor "
              "2026-2027 op."),
    ]
    labels = dict(sector="po", notes="School-level ondersteuningsplan of one basisschool (OBS De Klimop) for one school year: "
                  "zorgniveaus, groepsbesprekingen, its own budget share; it refers to the samenwerkingsverband's plan for "
                  "TLV procedure and criteria. No SWV author, no OPR/OOGO, no planperiode; not an SWV ondersteuningsplan.")
    return b, labels


# ---------------------------------------------------------------------------

CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]
EL_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(name, docs, lab):
    lines = ["documents: [" + ", ".join(docs) + "]", "sector: " + lab["sector"], "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in EL_ORDER) + "}", "criteria:"]
    for c in CRIT_ORDER:
        lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
    lines.append("advisory_addressed:")
    adv = lab.get("advisory", {})
    for e in EL_ORDER:
        if adv.get(e):
            lines.append(f"  {e}: [" + ", ".join(adv[e]) + "]")
    lines.append("notes:")
    for e in EL_ORDER:
        lines.append(f"  {e}: {q(lab['notes'][e])}")
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [("po-esdorpen-2025", plan_a, "docx"), ("po-kempenrand-2025", plan_b, "docx"),
            ("po-wierdenland-2025", plan_c, "pdf"), ("vo-peelrand-2025", plan_d, "pdf"),
            ("po-waddenkust-2025", plan_e, "md")]
    for name, fn, fmt in jobs:
        v, blocks, lab = fn()
        header = f"{v['naam']} | Ondersteuningsplan {v['periode']} | basisondersteuning - TLV - terugplaatsing - middelen - ouders"
        fname = f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, OUT / fname, header)
        elif fmt == "pdf":
            render_pdf(blocks, OUT / fname, header)
        else:
            render_md(blocks, OUT / fname)
        assert sorted(lab["criteria"]) == sorted(CRIT_ORDER)
        write_label(name, [fname], lab)
        print(fname, word_count(blocks), "words")
    blocks, lab = near_miss()
    render_html(blocks, OUT / "nearmiss-obs-klimop-schoolplan.html", "Ondersteuningsplan OBS De Klimop 2025-2026")
    (OUT / "nearmiss-obs-klimop-schoolplan.expected.yaml").write_text(
        "documents: [nearmiss-obs-klimop-schoolplan.html]\nsector: po\nlooks_like_plan: false\nelements: {}\n"
        "criteria: {}\nadvisory_addressed: {}\nnotes:\n  document: " + q(lab["notes"]) + "\n", encoding="utf-8")
    print("nearmiss-obs-klimop-schoolplan.html", word_count(blocks), "words")


if __name__ == "__main__":
    main()
