#!/usr/bin/env python3
"""Generate the holdout194 labelled test set for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO; .docx, .pdf via LibreOffice,
.html, .md) and one near-miss document (a school-level 'ondersteuningsplan'),
plus a <name>.expected.yaml label file per document.

Deterministic, no network. Output goes to the folder above src/.
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
# ("bullets", [..]) ("table", [[row], ...]) ("toc", [..])
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for b in val:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for t in val:
                doc.add_paragraph(t)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.title = header_text
    cp.created = cp.modified = datetime(2026, 3, 1, 9, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a zip container with fixed timestamps so output is byte-deterministic."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<header class="site-header"><nav>Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Contact</nav></header>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(b) for b in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Inhoud</strong></p><ol>' +
                       "".join("<li>%s</li>" % html.escape(t) for t in val) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</main>",
            '<footer><p>&copy; 2026 %s &middot; privacyverklaring &middot; cookies</p></footer>' % html.escape(title),
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


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
        elif kind == "bullets":
            out.append("\n".join("- " + b for b in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(val)) + "\n")
        elif kind == "table":
            head = "| " + " | ".join(str(c) for c in val[0]) + " |"
            sep = "|" + "---|" * len(val[0])
            body = ["| " + " | ".join(str(c) for c in r) + " |" for r in val[1:]]
            out.append("\n".join([head, sep] + body) + "\n")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout194_pdf_"))
    try:
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=file://" + str(profile), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, data):
    with open(OUT / (name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=200)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        elif val is not None:
            n += sum(len(str(x).split()) for x in val)
    return n


# ---------------------------------------------------------------------------
# Shared filler chapters (mention element words only in passing)
# ---------------------------------------------------------------------------

def f_voorwoord(s):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {s['period']} van {s['name']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste dat we schrijven na de grote evaluatie van de "
              f"wet. In de afgelopen periode hebben we veel geleerd. Scholen, besturen, ouders, gemeenten en "
              f"zorgpartners hebben met ons meegedacht in werksessies, klankbordgroepen en gesprekken aan de "
              f"keukentafel van de school. Die gesprekken waren soms ongemakkelijk en altijd waardevol."),
        ("p", "We hebben bewust gekozen voor een plan dat leesbaar is. Het beschrijft waar we voor staan, welke "
              "afspraken we met elkaar maken en hoe we de middelen die ons zijn toevertrouwd willen inzetten. Het "
              "plan is geen eindpunt. De wereld om ons heen verandert snel: het lerarentekort, de groeiende vraag "
              "naar jeugdhulp, de toename van leerlingen met complexe vragen en de nieuwe wetgeving rond ouders en "
              "leerlingen vragen erom dat we wendbaar blijven."),
        ("p", f"Ik dank iedereen die heeft bijgedragen. In het bijzonder dank ik de leden van de "
              f"ondersteuningsplanraad voor hun kritische vragen, de directeuren en intern begeleiders voor hun "
              f"praktijkkennis en de wethouders van {s['gemeenten']} voor het constructieve overleg. Samen zorgen we "
              f"ervoor dat passend onderwijs geen papieren werkelijkheid blijft."),
        ("p", f"{s['director']}, directeur-bestuurder"),
    ]


def f_visie(s):
    return [
        ("h1", "Visie, missie en ambities"),
        ("h2", "Onze missie"),
        ("p", f"{s['short']} verbindt de schoolbesturen in de regio {s['region']} in hun gezamenlijke opdracht: ieder "
              f"kind en iedere jongere krijgt onderwijs dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij "
              f"huis en samen met leeftijdsgenoten. Wij geloven dat de school de plek is waar kinderen zich "
              f"ontwikkelen tot zelfstandige en betrokken burgers, en dat verschillen tussen kinderen normaal zijn."),
        ("h2", "Onze visie"),
        ("p", "Wij werken vanuit vertrouwen. Schoolbesturen zijn verantwoordelijk voor goed onderwijs en goede "
              "ondersteuning; het samenwerkingsverband faciliteert, verbindt en spreekt aan. We kiezen voor "
              "nabijheid: ondersteuning wordt zoveel mogelijk in de klas en op de school georganiseerd. We kiezen "
              "voor eenvoud: minder formulieren, meer gesprekken. En we kiezen voor gelijkwaardigheid: leraren, "
              "ouders, leerlingen en deskundigen kijken samen naar wat een kind nodig heeft."),
        ("p", "Deze visie vraagt iets van alle partijen. Van leraren vraagt zij vakmanschap en de ruimte om "
              "handelingsgericht te werken. Van schoolleiders vraagt zij dat ze ondersteuning een vaste plek geven in "
              "hun schoolplan. Van besturen vraagt zij dat ze over de grenzen van de eigen stichting heen kijken. "
              "En van het samenwerkingsverband vraagt zij een lerende houding: we stellen onze aanpak bij waar "
              "dat nodig is."),
        ("h2", "Ambities voor de planperiode"),
        ("p", "Onze ambities zijn in gesprekken met het veld geformuleerd rond vier thema's: inclusiever onderwijs, "
              "sterke leraren, samenwerking met jeugdhulp en minder bureaucratie. Deze thema's komen in de volgende "
              "hoofdstukken terug. Ambities zijn richtinggevend; waar ze zijn vertaald naar afspraken, staat dat in het "
              "betreffende hoofdstuk."),
        ("p", "Het woord 'passend' heeft in onze regio een eigen betekenis gekregen. Het gaat niet om een plek die "
              "op papier klopt, maar om een plek waar een kind zich welkom voelt en vooruitgaat. Dat vraagt soms "
              "creativiteit: een combinatie van onderwijs en zorg, een tijdelijke plek in een kleine groep of een "
              "leerling die een paar dagen per week op een andere school lessen volgt. Tegelijk willen we de "
              "uitzondering niet tot regel maken."),
    ]


def f_context(s, with_participation=True):
    blocks = [
        ("h1", "Het samenwerkingsverband in cijfers"),
        ("p", f"{s['name']} (registratienummer {s['code']}) is een stichting waarin {s['boards']} schoolbesturen "
              f"samenwerken. Het werkgebied omvat de gemeenten {s['gemeenten']}. In het gebied liggen "
              f"{s['schools']}. Het bureau van het samenwerkingsverband is gevestigd in {s['seat']}."),
        ("p", "De regio kent zowel stedelijke wijken met een hoge concentratie van gezinnen in armoede als "
              "landelijke kernen waar scholen klein zijn en afstanden groot. Het aantal leerlingen daalt in de kernen "
              "en stijgt licht in de grotere plaatsen. Dat heeft gevolgen voor de spreiding van voorzieningen, voor "
              "het leerlingenvervoer en voor de huisvesting van scholen."),
        ("table", [["Kengetal", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"],
                   ["Aantal leerlingen (regulier)", s["n1"], s["n2"], s["n3"]],
                   ["Aantal schoolbesturen", s["boards"], s["boards"], s["boards"]],
                   ["Aantal vestigingen", s["nvest"], s["nvest"], s["nvest"]]]),
    ]
    if with_participation:
        blocks.append(("p", "De leerlingaantallen zijn ontleend aan de telgegevens van DUO. Verdere kengetallen, "
                            "zoals de deelname aan het speciaal onderwijs, worden jaarlijks in de monitor opgenomen."))
    return blocks


def f_governance(s):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"De stichting kent een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door "
              f"een directeur-bestuurder. Het intern toezicht ligt bij de raad van toezicht, bestaande uit "
              f"bestuurders van de aangesloten schoolbesturen en twee onafhankelijke leden. Daarnaast is er een "
              f"algemene vergadering waarin alle aangesloten besturen zijn vertegenwoordigd. De statuten bevatten een "
              f"regeling voor de beslechting van geschillen tussen de aangesloten besturen en het samenwerkingsverband."),
        ("p", "De raad van toezicht houdt toezicht op de realisatie van de doelen uit dit ondersteuningsplan, keurt "
              "de begroting en het jaarverslag goed en benoemt de accountant. Het toezichtskader en het "
              "informatieprotocol zijn door de raad vastgesteld. De raad volgt de Code Goed Bestuur van de PO-Raad "
              "respectievelijk de VO-raad en evalueert jaarlijks het eigen functioneren."),
        ("p", "Het bureau ondersteunt de directeur-bestuurder. Op het bureau werken een beleidsmedewerker, een "
              "controller, een secretariaat en een team van orthopedagogen en consulenten. De consulenten zijn "
              "verbonden aan een vast cluster van scholen, zodat zij de scholen goed kennen. De "
              "directeur-bestuurder voert twee keer per jaar een bestuurlijk overleg met de bestuurders van de "
              "aangesloten schoolbesturen over voortgang en dilemma's."),
    ]


def f_opr(s, parents_detail=True):
    blocks = [("h1", "Medezeggenschap: de ondersteuningsplanraad")]
    if parents_detail:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier leden uit het personeel en "
                            "vier ouders of leerlingen, gekozen uit en door de medezeggenschapsraden van de "
                            "aangesloten scholen. Ouders in de OPR brengen het perspectief van gezinnen in en worden "
                            "daarvoor ondersteund met scholing."))
    else:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) is samengesteld volgens artikel 4a van de Wet "
                            "medezeggenschap op scholen. De leden worden afgevaardigd door de "
                            "medezeggenschapsraden van de aangesloten scholen."))
    blocks += [
        ("p", "De OPR heeft instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan. De raad "
              "vergadert zes keer per jaar; de directeur-bestuurder is bij een deel van de vergadering aanwezig. De OPR "
              "heeft een eigen budget voor scholing en advies en een reglement dat in 2024 is herzien."),
        ("p", "Dit ondersteuningsplan is in drie rondes met de OPR besproken. In november 2025 is een eerste schets "
              "gepresenteerd, in januari 2026 een conceptversie en in maart 2026 de definitieve tekst. De OPR heeft op "
              f"{s['opr_date']} ingestemd met het plan. Het samenwerkingsverband heeft daarnaast een eigen "
              "medezeggenschapsraad voor het personeel van het bureau."),
    ]
    return blocks


def f_oogo_passing(s):
    return [
        ("h1", "Vaststelling en procedure"),
        ("p", f"Het concept van dit plan is op {s['oogo_date']} in het op overeenstemming gericht overleg (OOGO) "
              f"met de gemeenten besproken. Daarnaast is overleg gevoerd met het aangrenzende samenwerkingsverband "
              f"{s['other_swv']}. Het algemeen bestuur heeft het plan op {s['vast_date']} vastgesteld. Het plan is "
              f"vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden."),
    ]


def f_oogo_full(s):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp kunnen niet zonder elkaar. Met de gemeenten {s['gemeenten']} voeren we twee "
              f"keer per jaar een op overeenstemming gericht overleg (OOGO). Het OOGO over dit plan vond plaats op "
              f"{s['oogo_date']}. De gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda met vier "
              f"thema's: de aansluiting tussen ondersteuning op school en jeugdhulp, onderwijs-zorgarrangementen, "
              f"leerlingenvervoer en onderwijshuisvesting."),
        ("p", "Op iedere school is een vaste contactpersoon van het wijk- of jeugdteam beschikbaar. De "
              "jeugdprofessional schuift aan bij het ondersteuningsteam wanneer dat nodig is. Waar een leerling zowel "
              "onderwijs als zorg nodig heeft, maken school, samenwerkingsverband en gemeente een "
              "onderwijs-zorgarrangement; de gemeente financiert het zorgdeel, het samenwerkingsverband of het "
              "schoolbestuur het onderwijsdeel. De afspraken hierover zijn vastgelegd in een convenant dat loopt tot "
              "en met 2028."),
        ("p", f"Met {s['other_swv']} is het plan eveneens besproken, met name de overgang tussen primair en "
              f"voortgezet onderwijs. Het algemeen bestuur heeft het plan op {s['vast_date']} vastgesteld en vóór 1 "
              f"mei 2026 aan de Inspectie toegezonden."),
    ]


def f_personeel(s):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau van het samenwerkingsverband telt {s['fte']} fte. Het grootste deel daarvan bestaat uit "
              f"orthopedagogen, psychologen en consulenten passend onderwijs. Zij adviseren scholen, nemen deel aan "
              f"ondersteuningsteams en verzorgen scholing. Het personeel is in dienst van de stichting; een klein deel "
              f"wordt gedetacheerd vanuit de aangesloten besturen."),
        ("p", "Ook voor ons geldt het tekort aan gekwalificeerd personeel. Vacatures voor orthopedagogen staan "
              "gemiddeld vier maanden open. We investeren daarom in opleidingsplaatsen voor GZ-psychologen en in een "
              "traineeship voor startende gedragsdeskundigen. Daarnaast organiseren we jaarlijks een regionale "
              "studiedag voor leraren, intern begeleiders en ondersteuningscoördinatoren, met workshops over onder "
              "meer gedrag, taalontwikkeling, executieve functies en samenwerken met ouders."),
        ("p", "Voor het personeel van de scholen zelf zijn de schoolbesturen verantwoordelijk. Het samenwerkingsverband "
              "faciliteert netwerken van intern begeleiders en ondersteuningscoördinatoren, die vier keer per jaar "
              "bij elkaar komen om casuïstiek te bespreken en kennis te delen. Deze netwerken worden door de "
              "deelnemers hoog gewaardeerd."),
    ]


def f_ict(s):
    return [
        ("h1", "ICT, gegevensuitwisseling en privacy"),
        ("p", "Voor aanvragen en dossiervorming gebruikt het samenwerkingsverband een beveiligde digitale omgeving. "
              "Scholen werken met één groeidocument dat zowel de basis is voor het gesprek in het ondersteuningsteam "
              "als voor een eventuele aanvraag. Gegevens worden alleen uitgewisseld wanneer dat nodig is voor de "
              "wettelijke taken van het samenwerkingsverband."),
        ("p", "Het samenwerkingsverband verwerkt ook bijzondere persoonsgegevens, zoals gegevens over gezondheid. "
              "Dat gebeurt uitsluitend binnen de grenzen die de wet stelt. Dossiers worden bewaard tot drie jaar na "
              "het laatste besluit en daarna vernietigd. Er is een functionaris gegevensbescherming aangesteld, die "
              "wordt gedeeld met drie andere samenwerkingsverbanden. Jaarlijks wordt een audit op "
              "informatiebeveiliging uitgevoerd. Datalekken worden gemeld volgens de meldplicht en geregistreerd."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. De nieuwe applicatie moet scholen minder "
              "administratieve last bezorgen, koppelen met de leerlingadministratiesystemen en betere "
              "managementinformatie leveren."),
    ]


def f_planning(s, mention_results=True):
    rows = [["Periode", "Activiteit", "Betrokkenen"],
            ["september", "Start schooljaar; netwerkbijeenkomsten IB/OC", "bureau, scholen"],
            ["oktober", "Teldatum 1 oktober; actualisering kengetallen", "controller"],
            ["november", "Bestuurlijk overleg; eerste begrotingsronde", "directeur-bestuurder, besturen"],
            ["januari", "OOGO-overleg met gemeenten", "directeur-bestuurder, wethouders"],
            ["maart", "Studiedag regio", "alle scholen"],
            ["mei", "Jaarplan volgend schooljaar ter instemming OPR", "OPR"]]
    if mention_results:
        rows.append(["juni", "Jaarverslag en jaarrekening; bespreking resultaten in raad van toezicht", "RvT"])
    else:
        rows.append(["juni", "Jaarverslag en jaarrekening naar raad van toezicht", "RvT"])
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Ieder jaarplan bevat de activiteiten voor "
              "dat schooljaar en wordt ter instemming aan de OPR voorgelegd. Onderstaande jaarcyclus geeft de vaste "
              "momenten weer."),
        ("table", rows),
        ("p", "Halverwege de planperiode, in het voorjaar van 2028, houden we een tussenevaluatie met scholen en "
              "partners. Waar nodig leidt die tot een voortgangsparagraaf bij dit plan, waarvoor opnieuw instemming "
              "van de OPR nodig is."),
    ]


def f_kennis(s):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Scholen in onze regio hebben veel kennis in huis. Die kennis is echter niet altijd zichtbaar voor "
              "andere scholen. Daarom organiseren we leernetwerken rond thema's die scholen zelf aandragen, zoals het "
              "werken met jonge risicoleerlingen, het begeleiden van leerlingen met angstklachten en het vormgeven van "
              "inclusieve groepen. Een leernetwerk bestaat uit vijf tot acht scholen en een begeleider vanuit het bureau."),
        ("p", "Daarnaast stellen we een innovatiefonds beschikbaar. Scholen of combinaties van scholen kunnen een "
              "voorstel indienen voor een project van maximaal twee jaar. Een commissie van directeuren beoordeelt de "
              "voorstellen. Projecten delen hun opbrengsten op de jaarlijkse regiodag, zodat andere scholen ervan "
              "kunnen leren. Voorbeelden uit de vorige periode zijn een co-teachingproject, een schakelklas voor "
              "nieuwkomers en een pilot met een vaste jeugdprofessional op school."),
    ]


def f_pov0(s):
    return [
        ("h1", "Doorgaande lijnen"),
        ("p", "Overgangen zijn kwetsbare momenten. Bij de overstap van voorschool naar basisschool, van primair naar "
              "voortgezet onderwijs en van voortgezet onderwijs naar mbo gaat informatie verloren en moeten "
              "leerlingen zich opnieuw bewijzen. Met de aangrenzende samenwerkingsverbanden zijn afspraken gemaakt "
              "over een warme overdracht: de school van herkomst en de ontvangende school bespreken leerlingen met "
              "een ondersteuningsbehoefte in een persoonlijk gesprek, met instemming van de ouders."),
        ("p", "Voor de overgang naar het voortgezet onderwijs gebruiken alle scholen hetzelfde digitale "
              "overdrachtsdossier. Voor jongeren die naar het mbo gaan, loopt een pilot met doorlopende "
              "begeleiding door een loopbaancoach gedurende het eerste halfjaar."),
    ]


def f_wet(s):
    po = s["code"].startswith("PO")
    art = "artikel 18a van de Wet op het primair onderwijs" if po else "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    spec = "het speciaal basisonderwijs en het speciaal onderwijs" if po else "het voortgezet speciaal onderwijs, het lwoo en het praktijkonderwijs"
    return [
        ("h1", "Wettelijk kader"),
        ("p", f"Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De eisen "
              f"aan dat plan staan in {art}. Volgens de wet bevat het plan in elk geval: de wijze waarop een "
              f"samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de "
              f"basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling en besteding van "
              f"de middelen, mede in het licht van een meerjarenbegroting; de procedure en criteria voor de "
              f"toelaatbaarheid tot {spec}; het beleid en de procedure voor terugplaatsing of overplaatsing; de "
              f"beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de "
              f"ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden."),
        ("p", "Daarnaast gelden de Wet medezeggenschap op scholen (instemming van de ondersteuningsplanraad), de "
              "Jeugdwet (afstemming met de gemeentelijke jeugdhulp), de Algemene verordening gegevensbescherming en "
              "de Leerplichtwet. In 2025 is de Wet versterking positie ouders en leerlingen in het passend onderwijs "
              "aangenomen; de onderdelen daarvan treden gefaseerd in werking. Waar deze wetgeving gevolgen heeft voor "
              "ons beleid, verwerken we dat in de jaarplannen."),
    ]


def f_terugblik(s):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "Het vorige ondersteuningsplan liep van 2022 tot 2026. In het najaar van 2025 hebben we het plan "
              "geëvalueerd met directeuren, intern begeleiders en ondersteuningscoördinatoren, de "
              "ondersteuningsplanraad, de raad van toezicht en de gemeenten. Die evaluatie ging vooral over de manier "
              "van werken: wat ervaren scholen en partners als helpend, en wat als belemmerend?"),
        ("p", "Positief waren de korte lijnen tussen scholen en het bureau, de vaste consulent per school en de "
              "netwerken van intern begeleiders. Scholen gaven ook aan dat de samenwerking met de wijkteams in de "
              "loop van de periode beter is geworden. Minder positief waren de administratieve lasten: formulieren "
              "werden als dubbel ervaren en de doorlooptijd van sommige aanvragen was te lang. Verder vonden "
              "partners het vorige plan te omvangrijk en te abstract; het plan werd in de praktijk weinig gebruikt."),
        ("p", "Die lessen hebben we ter harte genomen. Dit plan is korter, we werken met één groeidocument en we "
              "hebben de rol van de consulent versterkt. Ook hebben we het bureau anders georganiseerd, met vaste "
              "teams per deelregio. Of deze keuzes de gewenste uitwerking hebben, bespreken we bij de tussenevaluatie."),
    ]


def f_leerlingstem(s):
    return [
        ("h1", "De stem van leerlingen"),
        ("p", "Leerlingen weten zelf vaak het beste wat hen helpt. We willen hun stem daarom beter horen. In de "
              "afgelopen periode hebben we twee keer een leerlingenpanel georganiseerd, met leerlingen uit het "
              "regulier onderwijs, het speciaal onderwijs en een bovenschoolse voorziening. Zij vertelden onder meer "
              "dat ze het prettig vinden als één volwassene op school hun verhaal kent, en dat ze niet steeds "
              "opnieuw hun situatie willen uitleggen. Deze inzichten zijn meegenomen in onze keuze voor één "
              "groeidocument. In de planperiode komt het leerlingenpanel jaarlijks bijeen."),
    ]


def f_scholencomm(s):
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het bureau informeert scholen via een digitale nieuwsbrief die zes keer per jaar verschijnt, via het "
              "besloten deel van de website en via de netwerkbijeenkomsten. Schoolleiders ontvangen bovendien twee "
              "keer per jaar een overzicht van de aanvragen van hun school. Voor gemeenten en zorgpartners verschijnt "
              "een jaarlijkse factsheet. We meten periodiek hoe scholen de communicatie ervaren en passen onze "
              "middelen daarop aan."),
    ]


def f_vervoer(s):
    return [
        ("h1", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer is een verantwoordelijkheid van de gemeenten. Toch raakt het ons beleid: als een "
              "leerling een lange reis moet maken naar een speciale voorziening, gaat dat ten koste van energie en "
              "leertijd. Met de gemeenten hebben we afgesproken dat bij nieuwe voorzieningen de reistijd een "
              "afweging is. Ook over onderwijshuisvesting voeren we overleg, bijvoorbeeld wanneer een school "
              "ruimte nodig heeft voor een kleine groep of wanneer een sbo- of vso-locatie moet uitbreiden. De "
              "integrale huisvestingsplannen van de gemeenten worden in het OOGO besproken."),
    ]


def f_leeswijzer(s):
    return [
        ("h1", "Leeswijzer"),
        ("p", "Dit plan is geschreven voor verschillende lezers: schoolleiders en intern begeleiders die willen weten "
              "welke afspraken gelden, leden van de ondersteuningsplanraad die het plan moeten beoordelen, "
              "wethouders en beleidsmedewerkers van gemeenten, en ouders die willen begrijpen hoe passend onderwijs "
              "in de regio is georganiseerd. Na het voorwoord en het wettelijk kader volgen een terugblik, onze visie "
              "en een beschrijving van de regio. Daarna komen de inhoudelijke hoofdstukken. Het plan sluit af met de "
              "organisatie, de medezeggenschap en de planning. Afkortingen worden bij het eerste gebruik uitgeschreven."),
    ]


def f_krimp(s):
    return [
        ("h1", "Ontwikkelingen in de regio"),
        ("p", "De komende jaren krimpt het aantal leerlingen in de kleinere kernen verder, terwijl in de grotere "
              "plaatsen nieuwbouwwijken verrijzen. Sommige scholen worden daardoor zo klein dat zij moeite hebben om "
              "expertise in huis te houden; andere scholen groeien snel en moeten nieuwe leraren inwerken. Daarnaast "
              "zien we een toename van gezinnen met een migratieachtergrond en van kinderen die opgroeien in "
              "armoede. Ook het aantal kinderen met een jeugdhulptraject is gestegen. Deze ontwikkelingen vragen "
              "om samenwerking tussen scholen en besturen, bijvoorbeeld door het delen van specialisten en het "
              "gezamenlijk opleiden van nieuwe leraren. De schoolbesturen bespreken deze ontwikkelingen in het "
              "bestuurlijk overleg en nemen ze mee in hun strategische beleidsplannen."),
    ]


# ---------------------------------------------------------------------------
# Plan A  - PO, docx only
# ---------------------------------------------------------------------------

A = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Dommeldal", short="SWV Dommeldal",
         code="PO 30-09", period="2026-2030", region="Dommeldal", gemeenten="Veldhoven-Noord, Dommelen, Borkel en Eersel-Zuid",
         boards="9", schools="41 basisscholen, één school voor speciaal basisonderwijs (De Brug) en twee locaties "
         "voor speciaal onderwijs cluster 3 en 4", seat="Dommelen", director="M. van Hout",
         n1="9.812", n2="9.744", n3="9.690", nvest="44", opr_date="24 maart 2026", oogo_date="3 februari 2026",
         vast_date="7 april 2026", other_swv="VO Dommeldal-Kempen", fte="14,6")


def plan_a():
    s = A
    b = [("title", f"Ondersteuningsplan {s['period']}"),
         ("p", f"{s['name']} ({s['code']})"),
         ("p", "Vastgesteld door het algemeen bestuur op 7 april 2026, na instemming van de ondersteuningsplanraad."),
         ("toc", ["1 Voorwoord", "2 Visie, missie en ambities", "3 Het samenwerkingsverband in cijfers",
                  "4 Het ondersteuningsaanbod", "4.1 Basisondersteuning", "4.2 Extra ondersteuning en arrangementen",
                  "4.3 Thuiszitters en leerlingen zonder passende plek", "5 Toelaatbaarheid en doorstroom",
                  "6 Geld en middelen", "7 Opbrengsten en kwaliteit", "8 Ouders en communicatie",
                  "9 Organisatie en governance", "10 Medezeggenschap", "11 Vaststelling en procedure",
                  "12 Personeel", "13 ICT en privacy", "14 Planning", "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(s) + f_wet(s) + f_visie(s) + f_context(s)
    b += [
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Ondersteuning in onze regio is opgebouwd in lagen. Hoe zwaarder de ondersteuningsvraag, hoe meer "
              "expertise er van buiten de groep en de school wordt ingezet. De lagen sluiten op elkaar aan."),
        ("h2", "Basisondersteuning"),
        ("p", "De besturen hebben afgesproken dat iedere vestiging van iedere aangesloten basisschool ten minste de "
              "onderstaande basisondersteuning biedt. Deze afspraken vormen de gezamenlijke ondergrens voor het hele "
              "samenwerkingsverband: een school mag meer bieden, maar niet minder. Ouders kunnen er dus op rekenen dat "
              "hun kind deze ondersteuning op elke school in Dommeldal krijgt, zonder aanvraag bij het "
              "samenwerkingsverband."),
        ("table", [["Standaard", "Wat elke school ten minste doet"],
                   ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt"],
                   ["2 Handelingsgericht werken", "Groepsplannen of groepsoverzichten die drie keer per jaar worden geëvalueerd; leerlingbesprekingen na elke toetsperiode"],
                   ["3 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegsignalering in groep 2 en 3; extra leestijd en voorleessoftware"],
                   ["4 Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; verlengde instructie en inzet van concreet materiaal"],
                   ["5 Gedrag en welbevinden", "Een schoolbrede gedragsaanpak (bijvoorbeeld PBS of Kanjertraining), een anti-pestcoördinator en een veiligheidsmonitor"],
                   ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken; een plusaanbod op school"],
                   ["7 Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking"],
                   ["8 Consultatie", "Vier uur per jaar per groep consultatie door een orthopedagoog van het samenwerkingsverband"]]),
        ("p", "De kwaliteitsmedewerker van het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een "
              "audit op deze acht standaarden. Voldoet een school op een standaard niet, dan maakt het bestuur binnen "
              "drie maanden een verbeterplan, dat na een jaar opnieuw wordt getoetst."),
        ("h2", "Extra ondersteuning en arrangementen"),
        ("p", "Wanneer de basisondersteuning niet volstaat, bespreekt de school de leerling in het ondersteuningsteam. "
              "Het ondersteuningsteam kan een arrangement inzetten. We onderscheiden vier niveaus: (1) ondersteuning in "
              "de groep binnen de basisondersteuning, (2) een licht arrangement op de eigen school uit het "
              "schoolbudget, bijvoorbeeld een remedial teacher of een gedragsspecialist, (3) een bovenschools "
              "arrangement, zoals de plusklas Denkstad voor hoogbegaafde leerlingen, de taalklas De Sprong en de "
              "observatiegroep Kompas, en (4) een plaatsing op de sbo-school De Brug of een so-school. Een leerling kan "
              "tussen de niveaus bewegen; het niveau is geen etiket."),
        ("p", "Daarnaast kan een school een ambulant begeleider van De Brug of van het so inzetten voor preventieve "
              "begeleiding van een leerling of een leraar. Deze ambulante begeleiding is onderdeel van niveau 2 of 3, "
              "afhankelijk van duur en intensiteit."),
        ("h2", "Thuiszitters en leerlingen zonder passende plek"),
        ("p", "Het aantal thuiszitters in de regio is klein, maar ieder kind dat thuiszit is er één te veel. Een "
              "aanpak voor thuiszitters en voor leerlingen voor wie geen passende plek beschikbaar is, stellen we in de "
              "loop van het schooljaar 2026-2027 op, samen met de leerplichtambtenaren. Tot die tijd handelen we per "
              "situatie."),
        ("h1", "Toelaatbaarheid en doorstroom"),
        ("h2", "De route naar sbo of so"),
        ("p", "Een leerling kan alleen worden ingeschreven op De Brug of op een school voor speciaal onderwijs cluster "
              "3 of 4 als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Het bevoegd "
              "gezag van de school waar de leerling staat ingeschreven, dient de aanvraag in bij het Loket van het "
              "samenwerkingsverband. De aanvraag bevat het groeidocument met het ontwikkelingsperspectief, de "
              "verslagen van ten minste twee besprekingen in het ondersteuningsteam en een onderwijskundig rapport."),
        ("p", "Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is. Daarna brengen twee "
              "deskundigen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog van het "
              "samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige zoals een kinderarts, "
              "maatschappelijk werker of kinder- en jeugdpsychiater. De deskundigen zijn niet betrokken geweest bij de "
              "voorbereiding van de aanvraag. De Commissie van Toelaatbaarheid beslist binnen zes weken na ontvangst "
              "van de volledige aanvraag."),
        ("p", "Een TLV voor het so vermeldt de bekostigingscategorie (laag, midden of hoog). Een TLV wordt afgegeven "
              "tot en met 31 juli van het schooljaar waarin de leerling de leeftijd van twaalf jaar bereikt, tenzij "
              "de commissie een kortere duur motiveert. Wie het niet eens is met het besluit, kan binnen zes weken "
              "bezwaar maken bij het samenwerkingsverband; het bezwaar wordt voorgelegd aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "De criteria waaraan de Commissie van Toelaatbaarheid een aanvraag toetst, worden in het eerste jaar van "
              "deze planperiode samen met De Brug en de so-scholen opnieuw geformuleerd. Tot die tijd weegt de "
              "commissie iedere aanvraag afzonderlijk."),
        ("h2", "Na de TLV: terug naar de basisschool"),
        ("p", "Een plaatsing op De Brug of in het so is voor veel leerlingen een tussenstap. Ons uitgangspunt is dat "
              "een leerling terugkeert naar een basisschool zodra de ondersteuning die hij nodig heeft daar met een "
              "arrangement geboden kan worden. Voorwaarden zijn dat de leerling zich in het sbo of so stabiel heeft "
              "ontwikkeld, dat de ontvangende school de ondersteuningsbehoefte kan invullen en dat de leerling zich "
              "in een grotere groep kan handhaven."),
        ("p", "De sbo- of so-school evalueert het ontwikkelingsperspectief van iedere leerling twee keer per jaar. In "
              "het laatste jaar van de TLV organiseert de school vóór 1 maart een multidisciplinair overleg met de "
              "consulent van het samenwerkingsverband en een vertegenwoordiger van de mogelijke ontvangende school. "
              "Het overleg adviseert over terugplaatsing, overplaatsing of een nieuwe TLV. Kiest het overleg voor "
              "terugplaatsing, dan meldt de sbo- of so-school de leerling aan bij de basisschool; de Commissie van "
              "Toelaatbaarheid besluit alleen als er een nieuwe TLV wordt aangevraagd. De TLV eindigt dan op 31 juli."),
        ("p", "Na de terugplaatsing krijgt de ontvangende basisschool een overgangsarrangement van zes maanden: "
              "ambulante begeleiding door een leerkracht van De Brug of het so en een budget van € 3.500 voor extra "
              "handen in de groep. In het schooljaar 2024-2025 keerden 14 leerlingen vanuit De Brug terug naar een "
              "basisschool."),
        ("h1", "Geld en middelen"),
        ("h2", "Hoe de middelen worden verdeeld"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. Na "
              "aftrek van de verplichte afdrachten aan het so en de sbo-bekostiging verdelen we de middelen volgens "
              "het verdeelmodel dat het algemeen bestuur in 2025 heeft vastgesteld:"),
        ("bullets", ["70% gaat als schoolbudget naar de schoolbesturen, op basis van een bedrag van € 145 per "
                     "leerling op de teldatum 1 oktober van het voorgaande jaar;",
                     "20% is bestemd voor bovenschoolse arrangementen, die het Loket toekent op basis van een aanvraag "
                     "van het ondersteuningsteam;",
                     "10% is bestemd voor de bovenschoolse voorzieningen (plusklas, taalklas, observatiegroep) en het bureau."]),
        ("p", "Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks in een format van het "
              "samenwerkingsverband, waarin zij per school aangeven welke ondersteuning is ingezet."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "7.940", "7.880", "7.820", "7.770"],
                   ["Afdracht so en sbo", "-3.120", "-3.090", "-3.060", "-3.040"],
                   ["Schoolbudgetten besturen", "1.420", "1.410", "1.400", "1.390"],
                   ["Bovenschoolse arrangementen", "960", "950", "940", "930"],
                   ["Voorzieningen en bureau", "1.950", "1.960", "1.950", "1.940"],
                   ["Overgangsarrangementen terugplaatsing", "70", "70", "70", "70"],
                   ["Resultaat", "420", "400", "400", "400"]]),
        ("p", "Het weerstandsvermogen bedroeg op 31 december 2025 8,1%. De signaleringswaarde voor bovenmatige "
              "reserves wordt niet overschreden."),
        ("h1", "Opbrengsten en kwaliteit"),
        ("p", "Wij willen weten of onze inzet werkt. Daarom hebben we voor deze planperiode de volgende beoogde "
              "resultaten vastgesteld voor leerlingen die extra ondersteuning nodig hebben:"),
        ("bullets", ["in 2030 volgt ten minste 95% van de leerlingen met een bovenschools arrangement onderwijs op een "
                     "school binnen de eigen woonplaats (2025: 91%);",
                     "het deelnamepercentage sbo en so samen daalt van 2,9% (2025) naar 2,6% in 2030;",
                     "ten minste 80% van de leerlingen met een arrangement haalt de doelen uit het "
                     "ontwikkelingsperspectief op het moment van evaluatie;",
                     "het aantal terugplaatsingen vanuit De Brug stijgt naar 18 per jaar."]),
        ("p", "We volgen deze resultaten met een kwaliteitsmonitor die twee keer per jaar wordt gevuld met gegevens "
              "van DUO, het Loket en de scholen. De uitkomsten worden besproken in het bestuurlijk overleg en met de "
              "OPR. In het jaarverslag rapporteren we per doel de bereikte waarde en de daaraan bestede middelen. "
              "Halverwege de planperiode laten we een externe evaluatie uitvoeren."),
        ("h1", "Ouders en communicatie"),
        ("p", "Een communicatieplan, waarin ook staat hoe we de informatievoorziening en het ouder- en "
              "jeugdsteunpunt vormgeven, volgt na de evaluatie van onze website in het voorjaar van 2027."),
    ]
    b += f_governance(s) + f_opr(s, parents_detail=False) + f_oogo_passing(s) + f_personeel(s) + f_ict(s)
    b += f_kennis(s) + f_planning(s)
    b += [("h1", "Bijlage: begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt"],
                     ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs"],
                     ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond plaatsing of thuiszitten"],
                     ["OPP", "Ontwikkelingsperspectief"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te vinden"]])]
    return b


# ---------------------------------------------------------------------------
# Plan B - VO, docx + pdf
# ---------------------------------------------------------------------------

B = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenland", short="SWV VO Kempenland", code="VO 30-07",
         period="2026-2030", region="Kempenland", gemeenten="Bladel, Reusel-De Mierden, Bergeijk en Eersel",
         boards="6", schools="11 scholen voor voortgezet onderwijs met 14 vestigingen, waaronder één school voor "
         "praktijkonderwijs, en een vso-school cluster 4", seat="Bladel", director="drs. A. Verhoeven",
         n1="8.402", n2="8.366", n3="8.301", nvest="14", opr_date="17 maart 2026", oogo_date="10 februari 2026",
         vast_date="31 maart 2026", other_swv="PO Kempenland", fte="11,2")


def plan_b():
    s = B
    b = [("title", f"Ondersteuningsplan {s['period']} – Samen sterk in de Kempen"),
         ("p", f"{s['name']} ({s['code']})"),
         ("toc", ["1 Voorwoord", "2 Visie, missie en ambities", "3 Het samenwerkingsverband in cijfers",
                  "4 Basisondersteuning", "5 Ondersteuningsroute", "5.1 Van school naar OPDC",
                  "5.2 Toelaatbaarheid vso", "5.3 Lwoo en praktijkonderwijs", "5.4 Terugplaatsing en overstap naar het vo",
                  "6 Geen jongere tussen wal en schip", "7 Financiën", "8 Kwaliteitszorg en resultaten",
                  "9 Communicatie en samenwerking met thuis", "10 Samenwerking met gemeenten",
                  "11 Organisatie", "12 Medezeggenschap", "13 Personeel", "14 ICT", "15 Planning",
                  "Afkortingenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(s) + f_wet(s) + f_visie(s) + f_context(s) + f_leerlingstem(s)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle aangesloten scholen hebben afgesproken dat elke vestiging ten minste hetzelfde niveau van "
              "basisondersteuning biedt. Dat niveau is de gezamenlijke ondergrens in Kempenland: het geldt voor "
              "vmbo, havo en vwo en ook voor het praktijkonderwijs. Wat onder de basisondersteuning valt, wordt niet "
              "door het samenwerkingsverband bekostigd maar door de school zelf, uit de lumpsum en het schoolbudget."),
        ("p", "Welke voorzieningen precies tot de basisondersteuning behoren, leest u in het schoolondersteuningsprofiel "
              "en de schoolgids van iedere school, te vinden op de websites van de scholen. Een gezamenlijke "
              "'kaart basisondersteuning VO Kempenland' met de afgesproken voorzieningen wordt in 2027 opgesteld door "
              "de ondersteuningscoördinatoren."),
        ("h1", "Ondersteuningsroute"),
        ("h2", "Van school naar OPDC"),
        ("p", "Het ondersteuningsaanbod in Kempenland kent een doorlopende route. Op de eigen school biedt het "
              "ondersteuningsteam, onder leiding van de ondersteuningscoördinator, basisondersteuning en extra "
              "ondersteuning: een trajectvoorziening, begeleiding door een orthopedagoog, een time-outplek en "
              "arrangementen zoals faalangstreductie of examentraining met aanpassingen. Wanneer dat niet volstaat, "
              "kan een leerling tijdelijk naar het orthopedagogisch-didactisch centrum (OPDC) De Schakel, met een "
              "reboundtraject van twaalf weken of een plaatsing van maximaal een jaar. Voor leerlingen met een "
              "langdurige, intensieve ondersteuningsbehoefte is er het vso van De Korenaar. Een leerling van het "
              "OPDC blijft ingeschreven op de eigen school, zodat de terugkeer gewaarborgd is."),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring nodig. De school van inschrijving vraagt "
              "deze aan bij de Commissie Toewijzing van het samenwerkingsverband, na een multidisciplinair overleg "
              "waarin ouders en leerling hun zienswijze geven. Bij de aanvraag horen het ontwikkelingsperspectiefplan "
              "met ten minste twee evaluaties, het verslag van het multidisciplinair overleg en eventueel onderzoek. "
              "Een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts of maatschappelijk werker) "
              "adviseren ieder afzonderlijk. De Commissie Toewijzing beslist binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende criteria is voldaan:"),
        ("table", [["Criterium", "Toelichting"],
                   ["A", "De ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school inclusief OPDC kan bieden"],
                   ["B", "Er zijn ten minste twee cycli handelingsgericht gewerkt en geëvalueerd in het OPP"],
                   ["C", "Er is sprake van ernstige gedrags-, psychiatrische of ontwikkelingsproblematiek die de leerling in alle leergebieden belemmert"],
                   ["D", "Beide deskundigen adviseren positief"]]),
        ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren in bekostigingscategorie laag, midden of "
              "hoog. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; het samenwerkingsverband legt het "
              "bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor leerwegondersteunend onderwijs en "
              "praktijkonderwijs. Voor lwoo gaat het om een IQ tussen 75 en 90 met een leerachterstand van 25% tot "
              "50% op ten minste twee van de vier domeinen (of bij een IQ van 91 tot en met 120 een leerachterstand "
              "in combinatie met sociaal-emotionele problematiek). Voor pro gaat het om een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste 50% op ten minste twee domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen."),
        ("p", "De vo-school vraagt vóór 1 mei de aanwijzing lwoo of de TLV pro aan bij de Commissie Toewijzing, met "
              "het onderwijskundig rapport van de basisschool en de toetsgegevens. De commissie beslist binnen vier "
              "weken. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("h2", "Terugplaatsing en overstap naar het vo"),
        ("p", "Hoe leerlingen vanuit het vso terugkeren naar het regulier voortgezet onderwijs, werken we in het "
              "schooljaar 2026-2027 samen met De Korenaar uit. Zie ook bijlage 6 (nog niet opgenomen)."),
        ("h1", "Geen jongere tussen wal en schip"),
        ("p", "Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is. Om te zien waar ons "
              "aanbod tekortschiet, analyseren we ieder voorjaar alle aanvragen die niet of niet tijdig konden "
              "worden gehonoreerd, de wachtlijsten van OPDC en vso en de thuiszitters. De uitkomst bespreekt het "
              "bestuurlijk overleg; ontbreekt er een voorziening, dan besluit het algemeen bestuur vóór 1 juli over "
              "een aanvulling van het aanbod."),
        ("table", [["Situatie", "Wat er gebeurt", "Wie"],
                   ["Leerling meer dan 10 schooldagen afwezig zonder passend aanbod", "Melding bij thuiszittersoverleg binnen 5 werkdagen", "ondersteuningscoördinator"],
                   ["Geen plek gevonden binnen zorgplicht (6 + 4 weken)", "Casus naar het Regionaal Thuiszittersoverleg; trajectbegeleider wijst een plek toe", "consulent SWV"],
                   ["Geen oplossing binnen 3 maanden", "Doorzettingsmacht directeur-bestuurder: school wordt aangewezen", "directeur-bestuurder"],
                   ["Ontbrekend aanbod", "Jaarlijkse analyse, voorstel voor nieuwe voorziening", "algemeen bestuur"]]),
        ("h1", "Financiën"),
        ("p", "Het verdeelmodel van het samenwerkingsverband kent drie stromen. Elke school ontvangt een schoolbudget "
              "voor extra ondersteuning van € 95 per leerling (teldatum 1 oktober). Het OPDC en de "
              "reboundvoorziening worden bekostigd op basis van een vast bedrag per plaats (€ 11.200 per jaar). "
              "Bovenschoolse arrangementen worden op aanvraag toegekend door de Commissie Toewijzing, op basis van de "
              "criteria in het arrangementenoverzicht. Lwoo- en pro-middelen worden doorgesluisd naar de scholen die "
              "lwoo of pro verzorgen, naar rato van het aantal aangewezen leerlingen."),
        ("p", "De meerjarenbegroting 2026-2030 wordt na de meicirculaire vastgesteld. In onderstaande tabel zijn de "
              "posten opgenomen; de bedragen volgen."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["OPDC en rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Kwaliteitszorg en resultaten"),
        ("p", "De beoogde resultaten voor deze planperiode worden in het eerste jaarplan geformuleerd, nadat de "
              "nulmeting is afgerond."),
        ("p", "Onze kwaliteitszorg volgt een vaste cyclus. Twee keer per jaar verzamelen we de kengetallen: aantallen "
              "TLV's, plaatsingen in OPDC en vso, thuiszitters, voortijdig schoolverlaters en de tevredenheid van "
              "scholen en ouders over de ondersteuning. Iedere school voert jaarlijks een zelfevaluatie uit op "
              "de ondersteuning; eens in de twee jaar volgt een visitatie door collega-ondersteuningscoördinatoren. "
              "De kwaliteitsmedewerker verwerkt deze gegevens in een rapportage die in het bestuurlijk overleg, de "
              "raad van toezicht en de OPR wordt besproken. Het jaarverslag bevat een hoofdstuk over de bereikte "
              "resultaten."),
        ("h1", "Communicatie en samenwerking met thuis"),
        ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Het samenwerkingsverband publiceert op "
              "zijn website een Wegwijzer passend onderwijs met per school de ondersteuningsmogelijkheden, de route "
              "naar OPDC en vso en contactgegevens. Iedere school neemt in de schoolgids een paragraaf over "
              "ondersteuning op. In september en januari organiseren we informatieavonden voor ouders van "
              "leerlingen in groep 8 en de brugklas, en de brochure 'Ondersteuning in de Kempen' wordt bij de "
              "aanmelding uitgereikt."),
        ("p", "Voor onafhankelijke informatie en steun kunnen ouders en jongeren terecht bij het Ouder- en "
              "Jeugdsteunpunt Kempenland, dat los van het samenwerkingsverband en de scholen werkt en telefonisch en "
              "via een inloopspreekuur bereikbaar is. Bij een dreigende thuiszitsituatie of een conflict over "
              "plaatsing kunnen ouders kosteloos een onderwijsconsulent inschakelen. Klachten over het "
              "samenwerkingsverband kunnen worden voorgelegd aan de Landelijke Klachtencommissie Onderwijs; "
              "geschillen over toelating en verwijdering aan de Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo_full(s) + f_governance(s) + f_opr(s) + f_personeel(s) + f_ict(s) + f_planning(s)
    b += [("h1", "Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"],
                     ["lwoo", "leerwegondersteunend onderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["pro", "praktijkonderwijs"], ["TLV", "toelaatbaarheidsverklaring"],
                     ["Terugplaatsing", "terugkeer van een leerling uit het vso naar het regulier vo na afloop van de TLV"],
                     ["vso", "voortgezet speciaal onderwijs"]])]
    return b


# ---------------------------------------------------------------------------
# Plan C - PO, pdf only
# ---------------------------------------------------------------------------

C = dict(name="Stichting Samenwerkingsverband Waterland-Zaan", short="Waterland-Zaan", code="PO 27-05",
         period="2026-2030", region="Waterland en de Zaanstreek", gemeenten="Purmerend-West, Wormerland, Oostzaan en Landsmeer",
         boards="11", schools="58 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-scholen",
         seat="Wormer", director="J. Kuijpers", n1="12.480", n2="12.391", n3="12.305", nvest="63",
         opr_date="12 maart 2026", oogo_date="27 januari 2026", vast_date="26 maart 2026",
         other_swv="VO Waterland", fte="18,0")


def plan_c():
    s = C
    b = [("title", f"Ondersteuningsplan {s['period']}"),
         ("p", f"{s['name']} – {s['code']}"),
         ("p", "Dit plan beschrijft hoe wij het onderwijs voor leerlingen met een ondersteuningsbehoefte inrichten, "
               "hoe we de middelen verdelen en welke resultaten we willen bereiken."),
         ("toc", ["1 Voorwoord", "2 Visie, missie en ambities", "3 Het samenwerkingsverband in cijfers",
                  "4 Van school tot speciaal: ons aanbod", "5 Route naar speciaal (basis)onderwijs",
                  "6 Terugkeer naar de basisschool", "7 Hoe we het geld inzetten", "8 Informatie voor ouders",
                  "9 Samenwerking met gemeenten en jeugdhulp", "10 Organisatie", "11 Medezeggenschap",
                  "12 Personeel", "13 ICT en privacy", "14 Planning", "Bijlage: begrippen"]),
         ("pagebreak", None)]
    b += f_voorwoord(s) + f_wet(s) + f_terugblik(s) + f_visie(s) + f_context(s, with_participation=False)
    b += [
        ("h1", "Van school tot speciaal: ons aanbod"),
        ("p", "Welke ondersteuning een basisschool biedt, staat in het schoolondersteuningsprofiel van de school; "
              "die profielen zijn te vinden op scholenopdekaart.nl."),
        ("p", "Het aanbod in Waterland-Zaan is een samenhangend geheel van voorzieningen binnen en tussen de "
              "scholen. Als een school handelingsverlegen is, schakelt zij het ondersteuningsteam in, met de "
              "schoolcontactpersoon van het samenwerkingsverband. Het team kan een arrangement op de eigen school "
              "toekennen (bijvoorbeeld extra begeleiding door een gedragsspecialist of een tijdelijke "
              "onderwijsassistent), een plek in een van de drie bovenschoolse voorzieningen (de Taalschakelklas, de "
              "Plusgroep voor hoogbegaafden en de Kleine Klas voor leerlingen met ernstige gedragsproblemen), of "
              "een aanvraag voor een TLV voor sbo of so voorbereiden. Tussen de scholen zijn afspraken gemaakt over "
              "het delen van expertise: de sbo-scholen bieden ambulante begeleiding aan basisscholen."),
        ("p", "Om te voorkomen dat kinderen zonder onderwijs thuis komen te zitten, hanteren we een vaste werkwijze. "
              "Iedere school meldt een leerling die langer dan twee weken niet of slechts gedeeltelijk naar school "
              "gaat bij de thuiszitterstafel. Deze tafel, met leerplicht, jeugdteam en het samenwerkingsverband, "
              "komt elke twee weken bijeen en wijst per kind een regisseur aan die binnen vier weken met een plan "
              "komt. Kan een schoolbestuur binnen de zorgplichttermijn geen passende plek bieden, dan zoekt de "
              "tafel een plek bij een ander bestuur; de besturen hebben afgesproken dat zij zo'n leerling niet "
              "weigeren. Ieder jaar inventariseren we bij welke hulpvragen geen passend aanbod kon worden gevonden. "
              "Die lijst is de basis voor nieuwe voorzieningen; zo is in 2024 de Kleine Klas ontstaan."),
        ("h1", "Route naar speciaal (basis)onderwijs"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring "
              "aan bij het Bureau Toewijzing van het samenwerkingsverband. Het bureau wint het advies in van twee "
              "deskundigen: een orthopedagoog en een tweede deskundige die past bij de vraag van het kind. Het "
              "bureau besluit binnen acht weken. Ouders ontvangen een afschrift van de adviezen. De TLV geldt tot "
              "het einde van het schooljaar waarin het kind twaalf wordt. Bezwaar is mogelijk bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "De volgende criteria bepalen of een leerling toelaatbaar is:"),
        ("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                   ["Ondersteuningsbehoefte", "Vraagt om een kleine groep en een specifiek pedagogisch klimaat gedurende de hele schooldag", "Vraagt om specialistische, langdurige behandeling en onderwijs in samenhang"],
                   ["Voorgeschiedenis", "Ten minste één schooljaar een arrangement op de basisschool, geëvalueerd in het OPP", "Arrangement op basisschool of sbo onvoldoende; of medische/psychiatrische diagnose waardoor dit zinloos is"],
                   ["Leerontwikkeling", "Achterstand van meer dan een jaar op twee of meer vakgebieden ondanks extra inzet", "Ontwikkelingsperspectief uitstroom op of onder niveau praktijkonderwijs of dagbesteding (cluster 3), of ernstige gedragsproblematiek (cluster 4)"],
                   ["Advies", "Beide deskundigen positief", "Beide deskundigen positief; bekostigingscategorie volgens landelijke indeling"]]),
        ("h1", "Terugkeer naar de basisschool"),
        ("p", "Waterland-Zaan ziet een plaatsing in het sbo of so waar mogelijk als tijdelijk. Wij vinden dat een kind "
              "terug moet kunnen naar een basisschool in de eigen wijk zodra de basisschool, eventueel met een "
              "arrangement, kan bieden wat het kind nodig heeft. Terugplaatsing komt alleen aan de orde als het kind "
              "daar zelf aan toe is en de ouders het ermee eens zijn. Na terugkeer houdt de ontvangende school zes "
              "maanden recht op begeleiding door een leerkracht van de sbo- of so-school en voorrang bij de "
              "bovenschoolse arrangementen."),
        ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, wanneer wordt geëvalueerd en hoe "
              "de overdracht verloopt – beschrijven we in 2027 samen met de sbo- en so-scholen."),
        ("h1", "Hoe we het geld inzetten"),
        ("p", "De middelen voor lichte ondersteuning worden verdeeld volgens het verdeelmodel in onderstaande tabel. "
              "De bedragen per leerling gelden voor alle besturen gelijk; de teldatum is 1 oktober van het "
              "voorgaande jaar. Arrangementen worden toegekend door het ondersteuningsteam binnen het budget van het "
              "cluster."),
        ("table", [["Onderdeel", "Verdeling", "Begroting 2026 (€)", "2027 (€)", "2028 (€)", "2029 (€)"],
                   ["Ondersteuningsbudget schoolbesturen", "€ 120 per leerling", "1.476.600", "1.466.000", "1.455.000", "1.444.000"],
                   ["Clusterbudget arrangementen", "naar leerlingaantal cluster", "1.150.000", "1.140.000", "1.130.000", "1.120.000"],
                   ["Bovenschoolse voorzieningen", "vast bedrag per voorziening", "890.000", "890.000", "890.000", "890.000"],
                   ["Thuiszitterstafel en trajectbegeleiding", "centraal", "180.000", "180.000", "180.000", "180.000"],
                   ["Afdracht so (TLV's)", "wettelijk", "3.920.000", "3.980.000", "4.010.000", "4.030.000"],
                   ["Bureau en bestuur", "centraal", "1.210.000", "1.225.000", "1.240.000", "1.255.000"]]),
        ("p", "Het samenwerkingsverband houdt een reserve aan van ten hoogste 5% van de baten. Schoolbesturen "
              "leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het ondersteuningsbudget."),
        ("p", "De resultaten van passend onderwijs komen aan bod in het jaarverslag."),
        ("h1", "Informatie voor ouders"),
        ("p", "Ouders krijgen bij de aanmelding op iedere school de brochure 'Passend onderwijs in Waterland-Zaan', "
              "waarin staat welke ondersteuning scholen bieden en hoe een arrangement of TLV wordt aangevraagd. De "
              "intern begeleider is het eerste aanspreekpunt. Iedere school bespreekt de ondersteuning op de "
              "jaarlijkse informatieavond en in de schoolgids. Het samenwerkingsverband organiseert in het najaar een "
              "ouderavond per regio, en stuurt drie keer per jaar een digitale nieuwsbrief aan ouders van kinderen "
              "met een arrangement."),
        ("p", "Waar ouders terecht kunnen voor onafhankelijk advies, leest u op onze website."),
    ]
    b += f_oogo_full(s) + f_governance(s) + f_opr(s) + f_personeel(s) + f_vervoer(s) + f_scholencomm(s) + f_ict(s) + f_planning(s, mention_results=False)
    b += [("h1", "Bijlage: begrippen"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals dyslexiebegeleiding en een gedragsaanpak"],
                     ["Beoogde resultaten", "De doelen die het samenwerkingsverband zich stelt voor leerlingen met extra ondersteuning"],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders"],
                     ["TLV", "Toelaatbaarheidsverklaring"]])]
    return b


# ---------------------------------------------------------------------------
# Plan D - VO, html
# ---------------------------------------------------------------------------

D = dict(name="Samenwerkingsverband VO Heuvelrug-Vallei", short="SWV Heuvelrug-Vallei", code="VO 26-09",
         period="2026-2030", region="Heuvelrug en Gelderse Vallei", gemeenten="Doorn, Leersum, Renswoude en Woudenberg",
         boards="8", schools="12 vo-scholen met 16 vestigingen, een school voor praktijkonderwijs en twee vso-scholen",
         seat="Woudenberg", director="E. Jansen-de Wit", n1="10.210", n2="10.260", n3="10.334", nvest="16",
         opr_date="19 maart 2026", oogo_date="5 februari 2026", vast_date="2 april 2026",
         other_swv="PO Heuvelrug", fte="12,4")


def plan_d():
    s = D
    b = [("title", f"Ondersteuningsplan {s['period']} {s['name']}"),
         ("p", f"Registratienummer {s['code']}. Webversie; de pdf-versie is te downloaden onderaan deze pagina."),
         ("toc", ["Voorwoord", "Visie, missie en ambities", "Het samenwerkingsverband in cijfers",
                  "Wat elke school biedt", "Dekkend netwerk en thuiszitters", "Toewijzing vso, lwoo en pro",
                  "Perspectief na het vso", "Financiën", "Wat we willen bereiken", "Ouders en leerlingen",
                  "Samenwerking met gemeenten en jeugdhulp", "Organisatie", "Medezeggenschap", "Personeel",
                  "ICT en privacy", "Planning"])]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wet(s) + f_terugblik(s) + f_visie(s) + f_context(s) + f_leerlingstem(s)
    b += [
        ("h1", "Wat elke school biedt"),
        ("p", "In Heuvelrug-Vallei geldt één niveau van basisondersteuning voor alle vestigingen van alle "
              "aangesloten scholen, van praktijkonderwijs tot gymnasium. De besturen hebben dit niveau in 2025 "
              "vastgesteld als bindende ondergrens. De tabel hieronder geeft weer wat een leerling op iedere school "
              "ten minste kan verwachten."),
        ("table", [["Domein", "Basisondersteuning op elke vestiging"],
                   ["Begeleiding", "Mentor met wekelijks mentoruur; ondersteuningscoördinator; vertrouwenspersoon"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, vergroot lettertype, voorleessoftware); huiswerkbegeleiding"],
                   ["Sociaal-emotioneel", "Faalangstreductietraining; sociale vaardigheidstraining; anti-pestprotocol"],
                   ["Executieve functies", "Trainingen plannen en organiseren; check-in/check-out"],
                   ["Opvang", "Time-out- of opvangruimte met toezicht gedurende de hele schooldag"],
                   ["Expertise", "Orthopedagoog of schoolpsycholoog beschikbaar voor consultatie; schoolmaatschappelijk werk"],
                   ["Medisch", "Protocol medisch handelen; afspraken over langdurig zieke leerlingen"]]),
        ("h1", "Dekkend netwerk en thuiszitters"),
        ("p", "Het ondersteuningscontinuüm – van basisondersteuning via extra ondersteuning naar specialistische "
              "voorzieningen – beschrijven we in het eerste planjaar in de notitie 'Dekkend netwerk Heuvelrug-Vallei'."),
        ("p", "Wel hebben we afspraken gemaakt om te voorkomen dat jongeren thuis komen te zitten. Iedere "
              "school meldt een leerling die vier weken niet naar school gaat bij het Thuiszittersteam. Dat team, met "
              "leerplicht, jeugdarts en een consulent van het samenwerkingsverband, stelt binnen tien werkdagen een "
              "plan op. Als binnen de zorgplichttermijn geen plek wordt gevonden, heeft de directeur-bestuurder "
              "doorzettingsmacht en wijst een school aan. Jaarlijks in maart bespreekt het bestuurlijk overleg de "
              "casussen waarvoor geen passend aanbod bestond en besluit of een nieuwe voorziening nodig is."),
        ("h1", "Toewijzing vso, lwoo en pro"),
        ("p", "De procedure voor aanvragen, de termijnen en de samenstelling van de Commissie Toewijzing staan in het "
              "Handboek Toewijzing (bijlage 5)."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) de ondersteuningsbehoefte structureel groter is "
              "dan wat de reguliere school met een arrangement kan bieden, (2) de school aantoonbaar ten minste een "
              "half jaar met een ontwikkelingsperspectiefplan heeft gewerkt en dit heeft geëvalueerd, en (3) de "
              "leerling zonder plaatsing in het vso naar verwachting zijn uitstroomperspectief niet haalt. Voor lwoo "
              "en praktijkonderwijs gelden de landelijke criteria: lwoo bij een IQ van 75 tot en met 90 en een "
              "leerachterstand van 25% tot 50% op twee domeinen; pro bij een IQ van 55 tot en met 80 en een "
              "leerachterstand van 50% of meer op twee domeinen."),
        ("h1", "Perspectief na het vso"),
        ("p", "Voor iedere leerling in het vso kijken we niet alleen naar vandaag, maar ook naar morgen. Ons "
              "beleid is dat een vso-leerling terugkeert naar het regulier voortgezet onderwijs wanneer de "
              "ondersteuning daar met een arrangement geboden kan worden en de leerling dat zelf wil. We streven "
              "ernaar dat ten minste tien leerlingen per jaar vanuit het vso naar het regulier vo overstappen. "
              "Een teruggeplaatste leerling krijgt een jaar lang een vaste begeleider vanuit het vso die wekelijks "
              "contact heeft met de mentor."),
        ("p", "De procedure is als volgt. Stap 1: de vso-school evalueert het OPP twee keer per jaar en signaleert "
              "leerlingen voor wie terugkeer haalbaar lijkt. Stap 2: uiterlijk 1 februari in het laatste jaar van de "
              "TLV bespreekt de vso-school de leerling met ouders, leerling en de consulent van het "
              "samenwerkingsverband. Stap 3: de consulent zoekt samen met ouders een vo-school; de leerling loopt een "
              "aantal dagen mee. Stap 4: de vso-school vraagt vóór 1 april een nieuwe TLV aan óf de vo-school "
              "schrijft de leerling in per 1 augustus; de TLV loopt dan af op 31 juli. Stap 5: na drie en na zes "
              "maanden volgt een evaluatie met alle betrokkenen."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, wordt na vaststelling van de "
              "rijksbekostiging voor 2026 aan dit plan toegevoegd. Tot die tijd zetten we de middelen in zoals in "
              "voorgaande jaren."),
        ("h1", "Wat we willen bereiken"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte streven we in deze planperiode de volgende resultaten na:"),
        ("bullets", ["het aantal thuiszitters langer dan drie maanden daalt van 23 (2025) naar minder dan 10 in 2030;",
                     "ten minste 85% van de leerlingen met een OPP stroomt uit op of boven het niveau uit het "
                     "ontwikkelingsperspectief;",
                     "het aandeel leerlingen in het vso blijft onder 3,2%;",
                     "ten minste tien terugplaatsingen per jaar vanuit het vso."]),
        ("p", "Hoe we deze resultaten meten, volgen en verantwoorden, leggen we vast in een monitoringsplan dat het "
              "algemeen bestuur nog moet vaststellen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Hoe het samenwerkingsverband ouders over het ondersteuningsaanbod informeert, nemen we op in het "
              "communicatieplan 2027."),
        ("p", "Ouders en jongeren die onafhankelijk advies zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Vallei, een onafhankelijke stichting die ook de signalen van ouders verzamelt en twee keer per jaar aan "
              "het bestuur rapporteert. Bij een impasse over een passende plek kunnen ouders een onderwijsconsulent "
              "van Stichting Onderwijsconsulenten inschakelen. Voor klachten en geschillen is het samenwerkingsverband "
              "aangesloten bij Stichting Onderwijsgeschillen."),
    ]
    b += f_oogo_full(s) + f_governance(s) + f_opr(s) + f_personeel(s) + f_vervoer(s) + f_ict(s) + f_planning(s)
    return b


# ---------------------------------------------------------------------------
# Plan E - PO, markdown
# ---------------------------------------------------------------------------

E = dict(name="Samenwerkingsverband Primair Onderwijs De Lingestreek", short="De Lingestreek", code="PO 26-06",
         period="2026-2030", region="de Lingestreek", gemeenten="Geldermalsen-Oost, Leerdam-Noord en Asperen",
         boards="7", schools="32 basisscholen, één sbo-school en een so-school cluster 4", seat="Asperen",
         director="P. de Groot", n1="6.120", n2="6.088", n3="6.041", nvest="34",
         opr_date="5 maart 2026", oogo_date="22 januari 2026", vast_date="19 maart 2026",
         other_swv="VO Lingestreek", fte="8,3")


def plan_e():
    s = E
    b = [("title", f"Ondersteuningsplan {s['period']} – {s['name']}"),
         ("p", f"Kenmerk {s['code']} · versie 1.0 · vastgesteld {s['vast_date']}"),
         ("toc", ["Voorwoord", "Visie, missie en ambities", "Het samenwerkingsverband in cijfers",
                  "Wat scholen bieden", "Toelaatbaarheid", "Van sbo/so terug naar de basisschool",
                  "Begroting", "Ambities en indicatoren", "Samen met thuis", "Organisatie en governance",
                  "Medezeggenschap", "Vaststelling", "Personeel", "ICT", "Doorgaande lijnen", "Planning",
                  "Begrippenlijst"])]
    b += f_voorwoord(s) + f_leeswijzer(s) + f_wet(s) + f_terugblik(s) + f_visie(s) + f_context(s) + f_krimp(s) + f_leerlingstem(s)
    b += [
        ("h1", "Wat scholen bieden"),
        ("p", "In 2025 hebben de IB-netwerken bij alle 32 basisscholen geïnventariseerd welke ondersteuning zij "
              "bieden. Daaruit blijkt dat op iedere school in de Lingestreek nu de volgende voorzieningen aanwezig zijn:"),
        ("bullets", ["een intern begeleider die de ondersteuningscyclus coördineert en leerlingbesprekingen leidt;",
                     "een dyslexieaanpak volgens het landelijk protocol, met leesbegeleiding en auditieve ondersteuning;",
                     "een methode voor sociaal-emotionele ontwikkeling en een jaarlijkse veiligheidsmeting;",
                     "verrijkingsmateriaal en compacten voor snelle leerlingen;",
                     "een ondersteuningsteam met de schoolmaatschappelijk werker en de consulent van het "
                     "samenwerkingsverband, dat minimaal vier keer per jaar bijeenkomt;",
                     "afspraken over medicijnverstrekking en medisch handelen."]),
        ("p", "Of deze lijst als bindende ondergrens voor alle scholen gaat gelden, en wat dan precies het "
              "afgesproken niveau van basisondersteuning in ons samenwerkingsverband is, besluit het algemeen bestuur "
              "in de loop van de planperiode. Thema's als het dekkend aanbod en thuiszitters werken we uit in de "
              "jaarplannen."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor de toelaatbaarheidsverklaring voor sbo en so verwijzen we naar bijlage 3 'Procedure en criteria "
              "TLV', die als los document bij dit plan hoort."),
        ("h1", "Van sbo/so terug naar de basisschool"),
        ("p", "Het terugplaatsen van een leerling verloopt in vier stappen. Een half jaar voordat de TLV afloopt, "
              "evalueert de sbo- of so-school met de ouders het ontwikkelingsperspectief. Blijkt daaruit dat de "
              "leerling op een basisschool verder kan, dan neemt de sbo- of so-school het initiatief voor een "
              "overdrachtsgesprek met de beoogde basisschool en de consulent van het samenwerkingsverband. De "
              "directeur van het samenwerkingsverband besluit vervolgens of de TLV wordt verlengd of dat de "
              "leerling per 1 augustus wordt teruggeplaatst. Drie maanden na de overstap evalueren de beide scholen "
              "met de ouders hoe het gaat."),
        ("p", "Het beleid ten aanzien van terugplaatsing – wat we ermee willen bereiken, onder welke voorwaarden en "
              "welke nazorg een kind krijgt – is onderwerp van gesprek in de werkgroep S(B)O en wordt nader uitgewerkt."),
        ("h1", "Begroting"),
        ("p", "De verdeelsleutel voor de ondersteuningsmiddelen wordt in 2026-2027 herzien. Tot die tijd geldt de "
              "huidige praktijk. De meerjarenbegroting ziet er als volgt uit:"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "4.960", "4.920", "4.880", "4.850"],
                   ["Afdracht so", "1.610", "1.630", "1.640", "1.650"],
                   ["Ondersteuningsmiddelen schoolbesturen", "1.880", "1.850", "1.820", "1.800"],
                   ["Consulenten en orthopedagogen", "760", "770", "780", "790"],
                   ["Ouder- en Jeugdsteunpunt", "45", "45", "45", "45"],
                   ["Bestuur en bureau", "540", "545", "550", "555"],
                   ["Saldo", "125", "80", "45", "15"]]),
        ("h1", "Ambities en indicatoren"),
        ("p", "Onderstaande tabel geeft de beoogde resultaten voor leerlingen met extra ondersteuning weer, met de "
              "nulmeting, de streefwaarde en de manier waarop we meten."),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030", "Meting"],
                   ["Leerlingen met een arrangement die de OPP-doelen halen", "72%", "85%", "OPP-evaluaties, twee keer per jaar verzameld door consulenten"],
                   ["Deelname sbo en so", "3,4%", "3,0%", "DUO-teldata 1 oktober, jaarlijks"],
                   ["Leerlingen met een TLV die binnen 2 jaar terugkeren", "6%", "12%", "registratie samenwerkingsverband"],
                   ["Tevredenheid ouders over ondersteuning", "7,1", "7,8", "oudervragenlijst, elke twee jaar"]]),
        ("p", "De consulenten bespreken de uitkomsten per school met de directeur en intern begeleider. De "
              "directeur-bestuurder rapporteert in mei aan de raad van toezicht en de OPR over de stand van zaken; "
              "in het jaarverslag staan de bereikte waarden naast de streefwaarden, met een toelichting bij "
              "afwijkingen en de ingezette middelen."),
        ("h1", "Samen met thuis"),
        ("p", "Ouders vinden op de pagina 'Ouderwijzer' van onze website en in een papieren folder die iedere school "
              "bij de intake meegeeft, welke ondersteuning de scholen bieden, hoe het ondersteuningsteam werkt en wat "
              "een arrangement inhoudt. Elke school licht in de schoolgids toe welke ondersteuning zij biedt. "
              "Jaarlijks in oktober organiseren we een ouderavond over passend onderwijs."),
        ("p", "Ouders die een onafhankelijk luisterend oor of advies zoeken, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Lingestreek (telefonisch spreekuur op dinsdag en donderdag). Voor bemiddeling bij "
              "een vastgelopen situatie kunnen ouders gratis een onderwijsconsulent inschakelen. Klachten kunnen "
              "worden ingediend bij de Landelijke Klachtencommissie Onderwijs, waarbij het samenwerkingsverband is "
              "aangesloten."),
    ]
    b += f_governance(s) + f_opr(s) + f_oogo_passing(s) + f_personeel(s) + f_scholencomm(s) + f_ict(s) + f_pov0(s) + f_planning(s)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is"],
                     ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat"],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so"],
                     ["Verdeelmodel", "De regels waarmee de middelen over de schoolbesturen worden verdeeld"]])]
    return b


# ---------------------------------------------------------------------------
# Document F - NOT a plan: school-level ondersteuningsplan of one basisschool
# ---------------------------------------------------------------------------

def doc_f():
    b = [("title", "Ondersteuningsplan 2025-2026 OBS De Klimop"),
         ("p", "Openbare basisschool De Klimop, Asperen – onderdeel van Stichting Openbaar Onderwijs Linge. "
               "Aangesloten bij samenwerkingsverband De Lingestreek (PO 26-06)."),
         ("toc", ["1 Inleiding", "2 Zorgniveaus op De Klimop", "3 Groepsbesprekingen en leerlingbesprekingen",
                  "4 Basisondersteuning en extra ondersteuning", "5 Toelaatbaarheid sbo/so en terugplaatsing",
                  "6 Ouders", "7 Middelen en formatie", "8 Resultaten en evaluatie", "9 Jaarplanning IB"]),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Klimop de leerlingenzorg organiseren. Het plan is "
               "bedoeld voor het team, de medezeggenschapsraad en ouders. Het is een uitwerking van ons "
              "schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het samenwerkingsverband. "
               "De intern begeleider (Anja Smit, 0,6 fte) is verantwoordelijk voor de uitvoering; de directeur "
               "stelt het plan jaarlijks vast na advies van de MR."),
         ("p", "De Klimop telt 214 leerlingen in negen groepen. Ongeveer 18% van de leerlingen heeft een vorm van "
               "extra begeleiding, variërend van een leesinterventie tot een eigen leerlijn."),
         ("h1", "Zorgniveaus op De Klimop"),
         ("table", [["Niveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie niveaus", "leerkracht"],
                    ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "leerkracht"],
                    ["3", "Speciale zorg na leerlingbespreking: handelingsplan, RT buiten de groep", "leerkracht, IB, RT"],
                    ["4", "Speciale zorg met extern advies: onderzoek, ondersteuningsteam, arrangement SWV", "IB, ondersteuningsteam"],
                    ["5", "Verwijzing: aanvraag TLV sbo/so", "directeur, IB"]]),
         ("p", "Iedere leerkracht werkt met een groepsoverzicht dat na elke toetsperiode wordt bijgewerkt. Leerlingen "
               "die onvoldoende profiteren van niveau 1 en 2 worden besproken in de leerlingbespreking."),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar (oktober, februari en juni) voert de IB'er met iedere leerkracht een "
               "groepsbespreking. Daarin komen de toetsresultaten, het welbevinden van de groep en de "
               "onderwijsbehoeften van individuele leerlingen aan de orde. Afspraken worden vastgelegd in het "
               "groepsoverzicht. Tussen de groepsbesprekingen door kan een leerkracht een leerling inbrengen in de "
               "leerlingbespreking, die elke maandagmiddag plaatsvindt."),
         ("p", "Het ondersteuningsteam van De Klimop komt zes keer per jaar bijeen. Vaste leden zijn de IB'er, de "
               "directeur, de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband. Ouders "
               "worden altijd uitgenodigd wanneer hun kind wordt besproken."),
         ("h1", "Basisondersteuning en extra ondersteuning"),
         ("p", "De basisondersteuning van De Klimop omvat het dyslexieprotocol, de Kanjertraining, een plusklas "
               "op donderdagochtend en een time-outplek. Extra ondersteuning vragen we aan bij het "
               "samenwerkingsverband wanneer de school handelingsverlegen is; het arrangement wordt dan samen met de "
               "consulent ingevuld."),
         ("h1", "Toelaatbaarheid sbo/so en terugplaatsing"),
         ("p", "Als een leerling naar het sbo of so moet, bereidt de IB'er het dossier voor en dient de directeur "
               "namens het bestuur de aanvraag voor een toelaatbaarheidsverklaring in bij het samenwerkingsverband. "
               "De procedure en criteria zijn die van het samenwerkingsverband. Kinderen die vanuit het sbo "
               "terugkomen, krijgen bij ons een warme overdracht en een maatje in de groep."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn onze partners. Zij worden bij iedere stap betrokken en tekenen voor akkoord op het "
               "handelingsplan of OPP. Vragen over de ondersteuning kunnen ouders stellen aan de leerkracht of de IB'er."),
         ("h1", "Middelen en formatie"),
         ("p", "De school ontvangt van het samenwerkingsverband een ondersteuningsbudget van circa € 25.700 per jaar. "
               "Daarvan bekostigen we 0,2 fte remedial teaching en 12 uur onderwijsassistentie per week."),
         ("h1", "Resultaten en evaluatie"),
         ("p", "In juni evalueren we dit plan met het team. De opbrengsten van de interventies worden vergeleken met "
               "de doelen uit de groepsoverzichten en besproken in de MR."),
         ("h1", "Jaarplanning IB"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Startgesprekken ouders; overdracht groepen"],
                    ["oktober", "Groepsbesprekingen ronde 1"],
                    ["januari/februari", "Midden-toetsen; groepsbesprekingen ronde 2"],
                    ["maart", "Adviesgesprekken groep 8"],
                    ["juni", "Eind-toetsen; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]])]
    # pad the school plan with realistic extra sections
    b += [("h1", "Bijlage: protocollen"),
          ("p", "Op De Klimop gelden de volgende protocollen: het dyslexieprotocol, het protocol medisch handelen, het "
                "pestprotocol en het protocol doublure en versnellen. De protocollen liggen ter inzage bij de IB'er en "
                "worden elke twee jaar geactualiseerd. In het protocol doublure staat dat een leerling in principe "
                "niet vaker dan één keer doubleert en dat het besluit door de directeur wordt genomen na overleg met "
                "de leerkracht, de IB'er en de ouders."),
          ("p", "Leerlingen met een eigen leerlijn krijgen een ontwikkelingsperspectief. Het OPP wordt twee keer per jaar "
                "met de ouders geëvalueerd. Sinds dit schooljaar hebben leerlingen vanaf groep 6 hoorrecht: zij "
                "geven zelf hun mening over het OPP in een gesprek met de leerkracht.")]
    return b


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def label(documents, sector, false_crit, missing_elems, advisory, notes):
    crit = {c: (c not in false_crit) for c in CORE}
    elements = {}
    for e in ELEMS:
        vals = [v for c, v in crit.items() if c.startswith(e + ".")]
        if e in missing_elems:
            assert not any(vals), e
            elements[e] = "missing"
        elif all(vals):
            elements[e] = "present"
        else:
            elements[e] = "partial"
    return {"documents": documents, "sector": sector, "looks_like_plan": True, "elements": elements,
            "criteria": crit, "advisory_addressed": advisory, "notes": notes}


def main():
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout194_build_"))
    try:
        # Plan A: docx
        a = plan_a()
        render_docx(a, OUT / "po-dommeldal-op-2026.docx", "Ondersteuningsplan 2026-2030 SWV Dommeldal PO 30-09")
        write_label("po-dommeldal-op-2026", label(
            ["po-dommeldal-op-2026.docx"], "po",
            {"plaatsing.criteria", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
            {"ouders"},
            {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
            {"basisondersteuning": "Present: 4.1 fixes an SWV-wide ondergrens for every vestiging and lists 8 concrete standards in a table; audit every 2 years.",
             "plaatsing": "Partial: procedure, deskundigen, duration, category and bezwaar in 'Toelaatbaarheid en doorstroom', but criteria are deferred ('in het eerste jaar ... opnieuw geformuleerd').",
             "terugstroom": "Present, hidden inside the TLV chapter ('Na de TLV: terug naar de basisschool'): conditions, MDO before 1 March in last TLV year, overgangsarrangement, 14 returns.",
             "financien": "Present under 'Geld en middelen': 70/20/10 verdeelmodel with EUR 145 per leerling and a 2026-2029 table with amounts.",
             "dekkend-aanbod": "Partial: continuum (4 niveaus, bovenschoolse voorzieningen) present; thuiszitters/no-place approach deferred to 2026-2027.",
             "resultaten": "Present under 'Opbrengsten en kwaliteit': numeric targets 2030 plus half-yearly kwaliteitsmonitor and annual report.",
             "ouders": "Missing: 'Ouders en communicatie' only defers to a future communicatieplan; OJSP/onderwijsconsulent only in the begrippenlijst."}))

        # Plan B: docx + pdf
        bb = plan_b()
        render_docx(bb, OUT / "vo-kempenland-ondersteuningsplan.docx", "SWV VO Kempenland – Ondersteuningsplan 2026-2030")
        docx_to_pdf(OUT / "vo-kempenland-ondersteuningsplan.docx", OUT / "vo-kempenland-ondersteuningsplan.pdf")
        write_label("vo-kempenland-ondersteuningsplan", label(
            ["vo-kempenland-ondersteuningsplan.docx", "vo-kempenland-ondersteuningsplan.pdf"], "vo",
            {"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
             "resultaten.doelen"},
            {"terugstroom"},
            {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
             "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Partial: niveau stated (same ondergrens every vestiging) but the content is referred to school SOPs/websites and a 'kaart' to be made in 2027.",
             "plaatsing": "Present: vso procedure + criteria table, lwoo and pro criteria and procedure in 'Ondersteuningsroute'.",
             "terugstroom": "Missing: section 5.4 and the afkortingenlijst carry the word, but the body only defers to 2026-2027 and to absent bijlage 6 (OPDC 'terugkeer' is not vso terugstroom).",
             "financien": "Partial: verdeelmodel (EUR 95 per leerling, EUR 11.200 per OPDC-plaats) present; the meerjarenbegroting table is all 'p.m.'.",
             "dekkend-aanbod": "Present: route school-OPDC-vso and 'Geen jongere tussen wal en schip' with annual gap analysis and thuiszitters table.",
             "resultaten": "Partial: monitoring cycle described in 'Kwaliteitszorg en resultaten'; beoogde resultaten deferred to the first jaarplan.",
             "ouders": "Present under 'Communicatie en samenwerking met thuis': Wegwijzer, schoolgids, avonden; OJSP Kempenland, onderwijsconsulent, klachten."}))

        # Plan C: pdf only (docx rendered in private temp dir)
        c = plan_c()
        cdocx = tmpdir / "po-waterland-zaan-op.docx"
        render_docx(c, cdocx, "Ondersteuningsplan 2026-2030 | Waterland-Zaan PO 27-05")
        docx_to_pdf(cdocx, OUT / "po-waterland-zaan-op.pdf")
        write_label("po-waterland-zaan-op", label(
            ["po-waterland-zaan-op.pdf"], "po",
            {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure",
             "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
            {"basisondersteuning", "resultaten"},
            {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
             "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Missing: only a reference to SOPs on scholenopdekaart.nl and a begrippenlijst definition.",
             "plaatsing": "Present: 'Route naar speciaal (basis)onderwijs' gives procedure; criteria for sbo and so only in a table.",
             "terugstroom": "Partial: policy (temporary placement, conditions, 6 months support) in 'Terugkeer naar de basisschool'; the stappenplan is deferred to 2027.",
             "financien": "Present under 'Hoe we het geld inzetten': verdeling (EUR 120 per leerling etc.) and 2026-2029 amounts in one table.",
             "dekkend-aanbod": "Present in 'Van school tot speciaal': continuum of arrangementen/voorzieningen/sbo/so and thuiszitterstafel + annual gap inventory.",
             "resultaten": "Missing: title page claims 'welke resultaten we willen bereiken' and one line refers to the jaarverslag; no goals or monitoring.",
             "ouders": "Partial: 'Informatie voor ouders' covers brochure, IB, avonden, nieuwsbrief; independent help only referred to the website."}))

        # Plan D: html
        d = plan_d()
        render_html(d, OUT / "vo-heuvelrug-vallei-ondersteuningsplan.html",
                    f"Ondersteuningsplan 2026-2030 {D['name']}")
        write_label("vo-heuvelrug-vallei-ondersteuningsplan", label(
            ["vo-heuvelrug-vallei-ondersteuningsplan.html"], "vo",
            {"plaatsing.procedure", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
             "resultaten.monitoring", "ouders.informatie"},
            {"financien"},
            {"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Present: 'Wat elke school biedt' states a binding ondergrens for all vestigingen; content only in a table.",
             "plaatsing": "Partial: vso/lwoo/pro criteria given; procedure, termijnen and commissie referred to absent bijlage 5 (Handboek Toewijzing).",
             "terugstroom": "Present under the unusual heading 'Perspectief na het vso': policy (conditions, 1-year begeleider) and a 5-step procedure.",
             "financien": "Missing: 'Financiën' chapter only defers the verdeelmodel and meerjarenbegroting; 'middelen' only in passing.",
             "dekkend-aanbod": "Partial: thuiszitters procedure, doorzettingsmacht and yearly gap review present; continuum deferred to a notitie.",
             "resultaten": "Partial: numeric beoogde resultaten in 'Wat we willen bereiken'; measuring/monitoring deferred to a monitoringsplan.",
             "ouders": "Partial: OJSP Vallei, onderwijsconsulenten, Onderwijsgeschillen present; informing parents deferred to communicatieplan 2027."}))

        # Plan E: markdown
        e = plan_e()
        render_md(e, OUT / "po-lingestreek-ondersteuningsplan.md")
        write_label("po-lingestreek-ondersteuningsplan", label(
            ["po-lingestreek-ondersteuningsplan.md"], "po",
            {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
             "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"},
            {"plaatsing", "dekkend-aanbod"},
            {"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Partial: 'Wat scholen bieden' lists voorzieningen found at every school, but the agreed level/ondergrens is left to a later board decision.",
             "plaatsing": "Missing: 'Toelaatbaarheid' only refers to bijlage 3, which is not part of the document.",
             "terugstroom": "Partial: four-step return procedure with decider and evaluation; policy (aims, conditions, nazorg) 'wordt nader uitgewerkt'.",
             "financien": "Partial: meerjarenbegroting with amounts under 'Begroting'; verdeelsleutel is being revised and 'huidige praktijk' is not described.",
             "dekkend-aanbod": "Missing: only a deferral to jaarplannen and begrippenlijst entries (dekkend aanbod, thuiszitter).",
             "resultaten": "Present: 'Ambities en indicatoren' table with nulmeting/streefwaarde/meting plus reporting to RvT/OPR and jaarverslag.",
             "ouders": "Present under 'Samen met thuis': Ouderwijzer, folder, schoolgids, ouderavond; OJSP Lingestreek, onderwijsconsulent, klachtencommissie."}))

        # Document F: not a plan
        f = doc_f()
        render_docx(f, OUT / "obs-de-klimop-ondersteuningsplan-school.docx", "OBS De Klimop – Ondersteuningsplan 2025-2026")
        with open(OUT / "obs-de-klimop-ondersteuningsplan-school.expected.yaml", "w", encoding="utf-8") as fh:
            yaml.safe_dump({"documents": ["obs-de-klimop-ondersteuningsplan-school.docx"], "sector": "po",
                            "looks_like_plan": False, "elements": {}, "criteria": {},
                            "notes": {"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, "
                                      "groepsbesprekingen, IB-jaarplanning, MR); it refers to the SWV's plan but is not "
                                      "an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel, planperiode)."}},
                           fh, allow_unicode=True, sort_keys=False, width=200)

        for nm, blocks in [("A", a), ("B", bb), ("C", c), ("D", d), ("E", e), ("F", f)]:
            print(nm, word_count(blocks), "words")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
