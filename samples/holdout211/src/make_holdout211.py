#!/usr/bin/env python3
"""Generate holdout set 211: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Writes into the parent folder of this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
import zipfile
import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc",) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", rows)
# --------------------------------------------------------------------------------------------


def headings(blocks):
    return [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]


def write_docx(blocks, path, header_text=None):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "bureau samenwerkingsverband"
    cp.title = ""
    d.styles["Normal"].font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
        d.sections[0].footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | concept voor vaststelling"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                d.add_paragraph(line, style="Title" if i == 0 else "Subtitle" if i == 1 else None)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, t in headings(blocks):
                p = d.add_paragraph(("    " if lvl == "h2" else "") + t)
                p.paragraph_format.space_after = Pt(0)
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
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
            d.add_paragraph("")
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a zip with fixed timestamps so the .docx bytes are reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp211")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def write_pdf(blocks, path, header_text=None):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout211_pdf_"))
    try:
        src = tmpdir / (Path(path).stem + ".docx")
        write_docx(blocks, src, header_text)
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(tmpdir / "profile"), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmpdir / (Path(path).stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out += ["", *["**" + x + "**  " for x in b[1][1:]], ""]
        elif kind == "toc":
            out.append("## Inhoud\n")
            for lvl, t in headings(blocks):
                out.append(("    " if lvl == "h2" else "") + "- " + t)
            out.append("")
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(str(x) for x in row) + " |")
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    import html as h
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8"><title>' + h.escape(title) + "</title></head><body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<header><h1>" + h.escape(b[1][0]) + "</h1>" + "".join("<p>" + h.escape(x) + "</p>" for x in b[1][1:]) + "</header>")
        elif kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ul>" + "".join("<li>" + h.escape(t) + "</li>" for _, t in headings(blocks)) + "</ul></nav>")
        elif kind == "h1":
            out.append("<h2>" + h.escape(b[1]) + "</h2>")
        elif kind == "h2":
            out.append("<h3>" + h.escape(b[1]) + "</h3>")
        elif kind == "p":
            out.append("<p>" + h.escape(b[1]) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>" + h.escape(x) + "</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\"><tr>" + "".join("<th>" + h.escape(x) + "</th>" for x in rows[0]) + "</tr>"
                       + "".join("<tr>" + "".join("<td>" + h.escape(str(x)) + "</td>" for x in r) + "</tr>" for r in rows[1:])
                       + "</table>")
    out.append("<footer><p>" + h.escape(title) + "</p></footer></body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Shared filler (parametrised). None of these sections addresses a core criterion on purpose.
# --------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. {c['aanleiding']} "
              f"Het plan is het resultaat van een traject van ruim een jaar waarin directeuren, intern begeleiders en "
              f"ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, de schoolbesturen en de gemeenten "
              f"{c['gemeenten']} met elkaar in gesprek zijn gegaan. Wij danken iedereen die heeft meegedacht, meegeschreven "
              f"en kritische vragen heeft gesteld. Juist die vragen hebben dit plan beter gemaakt."),
        ("p", f"Passend onderwijs is geen project meer; het is de manier waarop wij in {c['regio']} samen onderwijs "
              f"organiseren. Tegelijk zien we dat de druk op scholen toeneemt. Het lerarentekort, de wachtlijsten in de "
              f"jeugdhulp en de groeiende complexiteit van de vragen van {c['lln']} vragen om keuzes. Dit plan maakt die "
              f"keuzes zichtbaar. Het is geen dik handboek: waar het kan, verwijzen we naar de werkwijzen die de scholen "
              f"zelf hebben vastgelegd. Wel hebben we geprobeerd om helder te zijn over wat de scholen en het "
              f"samenwerkingsverband van elkaar mogen verwachten."),
        ("p", f"Wij wensen u veel leesplezier en zien uit naar de samenwerking in de komende planperiode.\n"
              f"{c['directeur']}, directeur-bestuurder"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt grofweg de opbouw die in de wet is voorgeschreven. Na een terugblik op de vorige "
              "planperiode beschrijven we onze context en onze visie. Daarna volgen de hoofdstukken over de "
              "ondersteuning op de scholen, de toelaatbaarheid, de middelen, de kwaliteit en de communicatie met "
              "ouders en partners. In de bijlagen vindt u een begrippenlijst en een lijst met afkortingen. " + extra),
    ]


def context(c):
    rows = [["Gemeente", "Aantal scholen", f"Aantal {c['lln']} (1-10-2025)"]] + c["ctx_rows"]
    return [
        ("h1", "Ons samenwerkingsverband in cijfers"),
        ("p", f"{c['naam']} ({c['code']}) omvat het grondgebied van de gemeenten {c['gemeenten']}. In het verband "
              f"werken {c['n_besturen']} schoolbesturen samen. Samen zijn zij verantwoordelijk voor {c['n_scholen']} "
              f"scholen en ongeveer {c['n_lln']} {c['lln']}. De regio kent een stedelijke kern en een groot landelijk "
              f"gebied met kleine kernen. De bevolkingsprognoses laten voor de planperiode een lichte daling van het "
              f"aantal {c['lln']} zien in de dorpen en een stabiel beeld in de grotere kernen. Dat heeft gevolgen voor de "
              f"spreiding van voorzieningen en voor de reistijden van {c['lln']}."),
        ("table", rows),
        ("p", f"De schoolbesturen verschillen sterk in omvang: van een eenpitter tot een bestuur met meer dan twintig "
              f"scholen. Ook de denominaties lopen uiteen: openbaar, rooms-katholiek, protestants-christelijk, "
              f"algemeen bijzonder en reformatorisch onderwijs zijn vertegenwoordigd. Die verscheidenheid is een "
              f"kracht, maar vraagt ook om heldere afspraken. Het samenwerkingsverband is een stichting; de besturen "
              f"zijn via de algemene vergadering betrokken bij de belangrijkste besluiten."),
    ]


def visie(c):
    return [
        ("h1", "Missie, visie en kernwaarden"),
        ("h2", "Missie"),
        ("p", f"{c['naam']} zorgt er samen met de aangesloten schoolbesturen voor dat alle {c['lln']} in de regio "
              f"onderwijs krijgen dat bij hen past, zo dicht mogelijk bij huis. Wij doen dat door de scholen te "
              f"versterken, expertise te delen en waar nodig samen met partners maatwerk te organiseren."),
        ("h2", "Visie"),
        ("p", f"Wij geloven dat elk kind en elke jongere het recht heeft om zich te ontwikkelen in een omgeving waar "
              f"hij of zij gezien wordt. Ondersteuning begint in de klas, bij de leraar. Daarom investeren we in de "
              f"deskundigheid van leraren en teams. We kijken naar wat een leerling nodig heeft en niet naar een "
              f"etiket of diagnose. {c.get('ouders_visie', 'Ouders zijn daarbij onmisbaar: zij kennen hun kind het best. ')}Wij werken "
              f"oplossingsgericht, handelingsgericht en vanuit vertrouwen. Dat betekent ook dat we scholen "
              f"ruimte geven om eigen keuzes te maken, binnen de afspraken die we samen hebben gemaakt."),
        ("h2", "Kernwaarden"),
        ("ul", ["Samen: we zijn gezamenlijk verantwoordelijk, geen school staat er alleen voor.",
                "Dichtbij: ondersteuning zo thuisnabij en zo gewoon mogelijk.",
                "Eenvoudig: zo min mogelijk bureaucratie, korte lijnen.",
                "Transparant: we leggen uit wat we doen en waarom, ook over de inzet van middelen.",
                "Lerend: we evalueren, stellen bij en delen wat werkt."]),
        ("p", f"Deze kernwaarden zijn in de werksessies van het voorjaar van 2025 door directeuren en intern "
              f"begeleiders benoemd. Ze zijn terug te vinden in alle hoofdstukken van dit plan en vormen het "
              f"kompas voor de keuzes die het bestuur de komende vier jaar maakt."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het samenwerkingsverband is georganiseerd volgens het raad-van-toezichtmodel. De directeur-bestuurder "
              f"({c['directeur']}) is belast met het bestuur en wordt ondersteund door een bureau van "
              f"{c['fte']} fte. De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijke leden en twee "
              f"leden op voordracht van de schoolbesturen. De algemene vergadering, waarin alle aangesloten besturen "
              f"zijn vertegenwoordigd, benoemt de leden van de raad van toezicht en stelt op voordracht van de "
              f"directeur-bestuurder het ondersteuningsplan vast."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het toezichtkader. De raad "
              "van toezicht vergadert vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie. "
              "Jaarlijks vindt een zelfevaluatie plaats. Het bestuursreglement en het managementstatuut worden in de "
              "planperiode geactualiseerd. De statuten bevatten een geschillenregeling voor geschillen tussen de "
              "aangesloten besturen, zoals de wet voorschrijft."),
        ("p", "Op het bureau werken een beleidsmedewerker, een controller, een secretariaat en een team van "
              "onderwijsadviseurs en orthopedagogen. Het bureau is gehuisvest in een bedrijfsverzamelgebouw nabij het "
              "station, zodat het goed bereikbaar is voor scholen uit de hele regio. Vergaderingen vinden zowel "
              "fysiek als online plaats."),
    ]


def opr(c, with_parents=True):
    samenstelling = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders, afgevaardigd uit de "
                     "medezeggenschapsraden van de aangesloten scholen." if with_parents else
                     "De OPR telt twaalf leden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", f"{samenstelling} De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op "
              f"wijzigingen daarvan. De OPR vergadert zes keer per jaar met de directeur-bestuurder. Daarnaast is er "
              f"een ondernemingsraad (of personeelsvertegenwoordiging) voor het personeel van het samenwerkingsverband "
              f"zelf. De OPR heeft een eigen budget voor scholing en ondersteuning en een ambtelijk secretaris."),
        ("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie themabijeenkomsten zijn "
              "de conceptteksten besproken. Opmerkingen van de OPR zijn verwerkt of in een reactienota van een "
              "toelichting voorzien. Wij zien de OPR als kritische vriend en niet alleen als formeel orgaan."),
    ]


def oogo(c, substantive=True):
    if not substantive:
        return [
            ("h1", "Overleg met gemeenten"),
            ("p", f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan heeft plaatsgevonden "
                  f"op {c['oogo_datum']}. Het verslag is vastgesteld door beide partijen. Het overleg met het "
                  f"samenwerkingsverband {c['buur']} over het concept heeft schriftelijk plaatsgevonden."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
              f"{c['gemeenten']}. Het OOGO over dit ondersteuningsplan vond plaats op {c['oogo_datum']}. Daarnaast is er "
              f"vier keer per jaar een bestuurlijk overleg met de wethouders onderwijs en jeugd en maandelijks een "
              f"ambtelijk overleg. Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, "
              f"leerlingenvervoer, onderwijshuisvesting, vroegtijdig schoolverlaten en de inzet van de "
              f"schoolmaatschappelijk werkers."),
        ("p", "In de vorige planperiode is een gezamenlijke agenda onderwijs-jeugd opgesteld. Per school is een "
              "vaste contactpersoon van het lokale team of wijkteam beschikbaar. Voor leerlingen die zowel onderwijs "
              f"als zorg nodig hebben, sluiten school, {c.get('oza_partijen', 'ouders, ')}zorgaanbieder en gemeente een onderwijs-zorgarrangement "
              "af, waarbij de financiering van onderwijs- en zorgdeel vooraf wordt vastgelegd."),
        ("p", f"Het overleg met het samenwerkingsverband {c['buur']}, waarvan het gebied gedeeltelijk overlapt met "
              f"het onze, heeft plaatsgevonden over de doorgaande lijn en over de afstemming van de planperiodes."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het samenwerkingsverband "
              f"heeft zelf {c['fte']} fte in dienst. Het grootste deel daarvan werkt als onderwijsadviseur, "
              f"orthopedagoog of ambulant begeleider. De medewerkers vallen onder de cao {c['cao']}. Er is een "
              f"strategisch personeelsbeleid met aandacht voor vitaliteit, mobiliteit en scholing."),
        ("p", f"Voor de scholen organiseert het samenwerkingsverband een jaarlijks professionaliseringsaanbod. Daarin "
              f"zitten netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, een leergang "
              f"gedrag, intervisie voor startende leraren en studiedagen. Het aanbod wordt elk jaar samen met de "
              f"scholen vastgesteld. In de planperiode willen we het delen van kennis tussen de reguliere en de "
              f"speciale scholen verder versterken, bijvoorbeeld door stages en meeloopdagen van leraren."),
        ("p", "Het lerarentekort raakt ook ons. Daarom werken we samen met de regionale opleidingsscholen en "
              "zoeken we naar manieren om onderwijsassistenten en zij-instromers goed toe te rusten voor het werken "
              "met leerlingen die extra ondersteuning nodig hebben."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, informatievoorziening en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen en "
              "waarin adviezen worden vastgelegd. Het systeem voldoet aan de eisen van de Algemene verordening "
              "gegevensbescherming. Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met "
              "twee andere samenwerkingsverbanden. Het privacyreglement is in 2025 geactualiseerd."),
        ("p", "Gegevens over de gezondheid van leerlingen worden alleen verwerkt als dat noodzakelijk is voor de "
              "wettelijke taken van het samenwerkingsverband. Medewerkers ondertekenen een geheimhoudingsverklaring. "
              "In de planperiode vervangen we de huidige laptops, migreren we naar een nieuwe cloudomgeving en "
              "voeren we tweefactorauthenticatie in voor alle gebruikers, ook op de scholen."),
    ]


def planning(c):
    rows = [["Periode", "Activiteit"],
            ["voorjaar 2026", "vaststelling ondersteuningsplan, instemming OPR, toezending Inspectie"],
            ["schooljaar 2026-2027", "eerste jaarplan, actualisering reglementen"],
            ["schooljaar 2027-2028", "tussentijdse bespreking met besturen en OPR"],
            ["schooljaar 2028-2029", "voorbereiding nieuwe planperiode"],
            ["schooljaar 2029-2030", "totstandkoming ondersteuningsplan 2030-2034"]]
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan geeft de koers voor vier jaar. Elk jaar vertalen we het plan naar een jaarplan "
              "met concrete activiteiten. Het jaarplan wordt in juni door de directeur-bestuurder vastgesteld, na "
              "bespreking in de algemene vergadering. De raad van toezicht keurt de begroting goed. Onderstaande "
              "tabel geeft de hoofdlijnen van de planning weer."),
        ("table", rows),
    ]


def totstandkoming(c):
    return [
        ("h1", "Totstandkoming en vaststelling"),
        ("ul", [f"Werksessies met directeuren en intern begeleiders: september 2025 tot en met januari 2026.",
                f"Bespreking concept in de algemene vergadering: 27 januari 2026.",
                f"OOGO met de gemeenten: {c['oogo_datum']}.",
                f"Instemming ondersteuningsplanraad: 10 maart 2026.",
                f"Vaststelling door de directeur-bestuurder na goedkeuring raad van toezicht: 24 maart 2026.",
                f"Toezending aan de Inspectie van het Onderwijs: vóór 1 mei 2026."]),
    ]


def begrippen(c, terms):
    return [("h1", "Bijlage: begrippenlijst"), ("table", [["Begrip", "Betekenis"]] + terms)]


def afkortingen(c, extra=()):
    base = ["AB - algemeen bestuur", "AV - algemene vergadering", "IB'er - intern begeleider",
            "OJSP - ouder- en jeugdsteunpunt", "OOGO - op overeenstemming gericht overleg",
            "OPP - ontwikkelingsperspectiefplan", "OPR - ondersteuningsplanraad", "RvT - raad van toezicht",
            "SOP - schoolondersteuningsprofiel", "SWV - samenwerkingsverband", "TLV - toelaatbaarheidsverklaring"]
    return [("h1", "Bijlage: afkortingen"), ("ul", sorted(base + list(extra)))]


def landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na de "
              "evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met vijfentwintig "
              "maatregelen. Een deel daarvan is inmiddels uitgevoerd, zoals de afspraken over de afbouw van hoge "
              "reserves bij samenwerkingsverbanden. Andere maatregelen lopen nog. Het ministerie werkt aan een "
              "landelijke norm voor basisondersteuning en aan een beweging naar inclusiever onderwijs in 2035, "
              "waarin het regulier en het speciaal onderwijs dichter bij elkaar komen."),
        ("p", "Ook de Wet versterking positie ouders en leerlingen in het passend onderwijs heeft gevolgen voor ons "
              "werk. De wet regelt onder meer het hoorrecht van leerlingen bij het ontwikkelingsperspectief en "
              "verplaatst de beschrijving van de ondersteuning naar de schoolgids. Wij volgen de invoering op de voet "
              "en passen onze werkwijze aan wanneer de wet in werking treedt. Daarnaast vragen de landelijke "
              "ontwikkelingen rond het lerarentekort, de kansengelijkheid en de basisvaardigheden veel van de scholen. "
              "Die thema's liggen niet in de eerste plaats bij het samenwerkingsverband, maar raken wel aan passend "
              "onderwijs: een leraar die zelf onvoldoende is toegerust, kan ook minder goed afstemmen op verschillen "
              "tussen leerlingen."),
        ("p", "Wij nemen deel aan de regionale en landelijke netwerken van samenwerkingsverbanden en aan de "
              "kennisbijeenkomsten van de PO-Raad en de VO-raad. Op die manier halen we kennis binnen en brengen we "
              "de ervaringen uit onze regio in bij de landelijke beleidsvorming."),
    ]


def regio_ontwikkelingen(c):
    return [
        ("h1", "Ontwikkelingen in de regio"),
        ("p", f"De komende jaren verandert de samenstelling van de bevolking in {c['regio']}. In de dorpen daalt het "
              f"aantal jonge gezinnen, terwijl in de grotere kernen nieuwbouwwijken verrijzen. Gemeenten bouwen "
              f"gezamenlijk ruim 2.500 woningen, waarvan een deel voor starters. Dat betekent dat sommige kleine "
              f"scholen onder de opheffingsnorm dreigen te komen, terwijl scholen in de nieuwe wijken moeten "
              f"uitbreiden. Besturen maken daarover in hun eigen strategische plannen keuzes; het "
              f"samenwerkingsverband volgt die ontwikkelingen omdat ze gevolgen hebben voor de plek waar "
              f"expertise beschikbaar is."),
        ("p", "Ook de arbeidsmarkt in de regio verandert. De vraag naar technisch personeel groeit, net als de vraag "
              "naar medewerkers in zorg en welzijn. Voor scholen betekent dit dat zij concurreren met andere sectoren "
              "om onderwijsassistenten en leraren. Enkele besturen hebben daarom een gezamenlijke invalpool opgezet. "
              "Verder zien we een toename van gezinnen die de Nederlandse taal nog niet beheersen, onder meer door de "
              "opvang van vluchtelingen en door arbeidsmigratie in de land- en tuinbouw."),
        ("p", "Tot slot zijn de reisafstanden in het landelijk gebied een blijvend aandachtspunt. Openbaar vervoer is "
              "in de kleine kernen beperkt, wat het voor sommige gezinnen lastig maakt om een school buiten de eigen "
              "woonplaats te bereiken."),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering en duurzaamheid"),
        ("p", "De bedrijfsvoering van het samenwerkingsverband is ondergebracht bij een administratiekantoor dat ook "
              "voor een aantal aangesloten besturen werkt. De salarisadministratie, de financiele administratie en "
              "de inkoop van ICT lopen via dat kantoor. Contracten worden volgens het inkoopbeleid periodiek "
              "aanbesteed. In 2025 is de dienstverleningsovereenkomst voor vier jaar verlengd."),
        ("p", "Wij vinden duurzaamheid belangrijk. Het bureau is gevestigd in een gebouw met energielabel A, "
              "medewerkers worden gestimuleerd om met het openbaar vervoer of de fiets te reizen, en overleggen vinden "
              "waar dat kan online plaats om reiskilometers te beperken. Bij de aanschaf van apparatuur kiezen we voor "
              "refurbished laptops. Ook de inrichting van het kantoor is grotendeels tweedehands."),
        ("p", "De archivering van dossiers gebeurt digitaal, volgens een vastgestelde selectielijst. Papieren "
              "dossiers uit de periode voor 2018 zijn gedigitaliseerd of, na afloop van de bewaartermijn, vernietigd."),
    ]


GLOSS_PO = [
    ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden."],
    ["Extra ondersteuning", "Ondersteuning die verder gaat dan de basisondersteuning, vaak in de vorm van een arrangement."],
    ["Arrangement", "Een pakket van ondersteuning voor een leerling of groep, met een doel en een looptijd."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor elke leerling een passende plek beschikbaar is."],
    ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so."],
    ["Terugplaatsing", "De overstap van een leerling uit het sbo of so naar het reguliere basisonderwijs."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en leerlingen terechtkunnen met vragen."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin inkomsten en uitgaven van het SWV zijn opgenomen."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."],
    ["Resultaten", "De beoogde en bereikte effecten van passend onderwijs voor leerlingen."],
]
GLOSS_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere vestiging van iedere VO-school biedt."],
    ["Lwoo", "Leerwegondersteunend onderwijs binnen het vmbo."],
    ["Praktijkonderwijs", "Schoolsoort voor leerlingen voor wie een diploma vmbo niet haalbaar is."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het SWV dat een leerling toelaatbaar is tot het vso of pro."],
    ["Terugplaatsing", "De overstap van het vso naar het regulier voortgezet onderwijs."],
    ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke voorziening buiten de eigen school."],
    ["Verdeelmodel", "De regels waarmee het SWV ondersteuningsmiddelen over de scholen verdeelt."],
    ["Dekkend netwerk", "Samenhangend geheel van voorzieningen zodat geen leerling tussen wal en schip valt."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijke plek voor advies aan ouders en jongeren."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
]


def thuiszitters(c):
    return [
        ("h2", "Thuiszitters en verzuim"),
        ("p", f"Elke leerling die thuis zit, is er één te veel. Scholen melden een dreigende thuiszitter binnen twee "
              f"weken na de start van het verzuim bij de consulent van het samenwerkingsverband en bij leerplicht. "
              f"Binnen vier weken vindt een overleg plaats met {c.get('thuis_partijen', 'ouders, school, leerplicht')} en zo nodig jeugdhulp, "
              f"waarin een plan van aanpak met een termijn wordt gemaakt. Lukt het niet om binnen drie maanden een "
              f"passende plek te vinden, dan escaleert de consulent naar de directeur-bestuurder, die de betrokken "
              f"schoolbesturen bij elkaar roept. Elk kwartaal bespreken we de thuiszitterslijst met de "
              f"leerplichtambtenaren van {c['gemeenten']}, zodat we zien waar het aanbod tekortschiet en welke "
              f"voorzieningen ontbreken."),
    ]


# --------------------------------------------------------------------------------------------
# Plan 1: PO, merger, docx
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge", code="PO 26-11",
             periode="2026-2030", regio="Maas en Linge", lln="leerlingen",
             aanleiding=("Het is het eerste plan na de fusie per 1 augustus 2025 van de samenwerkingsverbanden "
                         "Linge-Oost (PO 26-05) en Maasoever (PO 26-09)."),
             gemeenten="Tielerwaard, Lingewaal-Oost, Maasdriel-Noord en Zaltdonk", directeur="drs. M.J. van Haaften",
             n_besturen=11, n_scholen=68, n_lln="14.900", fte=21, cao="po", buur="VO Rivierenland-Oost",
             oogo_datum="19 februari 2026", ouders_visie="", thuis_partijen="school, consulent, leerplicht",
             oza_partijen="",
             ctx_rows=[["Tielerwaard", "24", "5.610"], ["Lingewaal-Oost", "15", "3.020"],
                       ["Maasdriel-Noord", "17", "3.480"], ["Zaltdonk", "12", "2.790"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", "Samen sterker na de fusie",
                        c["naam"] + " (" + c["code"] + ")", "Vastgesteld 24 maart 2026"]))
    B.append(("toc",))
    B += voorwoord(c)
    B += [("h1", "Inleiding")] + leeswijzer(c, "In hoofdstuk 10 (Communicatie) leest u hoe wij communiceren met "
                                               "scholen, ouders en partners.")
    B += [
        ("h1", "Terugblik: twee verbanden, één koers"),
        ("p", "Tot 1 augustus 2025 werkten in ons gebied twee samenwerkingsverbanden, elk met een eigen "
              "ondersteuningsplan voor de periode 2022-2026. De fusie is voorbereid door een kwartiermaker en een "
              "stuurgroep van bestuurders. De besturen kozen voor een fusie omdat de twee verbanden klein waren, "
              "dezelfde so-scholen gebruikten en met dezelfde gemeenten overlegden."),
        ("p", "De evaluatie van beide plannen is in het voorjaar van 2025 uitgevoerd door een extern bureau. Het "
              "rapport is bij het bureau van het samenwerkingsverband op te vragen. Een vergelijking van cijfers van "
              "beide verbanden bleek niet goed mogelijk, omdat zij verschillende registraties en definities "
              "gebruikten. Wel trokken we een aantal lessen uit de gesprekken met directeuren en intern begeleiders:"),
        ("ul", ["Twee loketten met verschillende formulieren waren verwarrend voor scholen.",
                "In Maasoever werd het schoolbudget als vanzelfsprekend gezien; in Linge-Oost werd veel tijd besteed aan aanvragen.",
                "De samenwerking met de so-scholen was goed, maar de afspraken waren nergens vastgelegd.",
                "Intern begeleiders waarderen de consultatie door de orthopedagogen van het verband zeer."]),
        ("p", "Deze lessen hebben we meegenomen in de keuzes in dit plan: één loket, één verdeelmodel en vastgelegde "
              "afspraken met het speciaal (basis)onderwijs."),
    ]
    B += context(c)
    B += visie(c) + governance(c)
    B += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "In Maas en Linge is de basisondersteuning het minimum dat wij als schoolbesturen met elkaar hebben "
              "afgesproken en dat iedere vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een "
              "aanvraag bij het samenwerkingsverband nodig is. Het niveau is in de algemene vergadering van 28 "
              "oktober 2025 vastgesteld en geldt voor alle 61 basisscholen, ongeacht bestuur of denominatie. Het "
              "niveau is gebaseerd op het referentiekader, maar concreter uitgewerkt."),
        ("p", "Concreet betekent dit dat op elke school in ons verband het volgende aanwezig is:"),
        ("ul", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen, met een afgeronde opleiding;",
                "een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, inclusief extra leestijd en voorleessoftware;",
                "een schoolbrede aanpak van gedrag (bijvoorbeeld PBS of een vergelijkbaar programma) en een aanbod sociale vaardigheden;",
                "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
                "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                "ondersteuning bij taalachterstand en NT2 in de eerste twee jaar na binnenkomst;",
                "een ontwikkelingsperspectiefplan voor iedere leerling met een eigen leerlijn, opgesteld binnen zes weken;",
                "vier keer per jaar consultatie door een orthopedagoog van het samenwerkingsverband."]),
        ("p", "Het bureau bezoekt elke school eens per jaar en bespreekt aan de hand van de kwaliteitskaart of de "
              "basisondersteuning op orde is. Voldoet een school niet aan het afgesproken niveau, dan stelt het "
              "schoolbestuur binnen drie maanden een verbeterplan op dat in het volgende schoolbezoek wordt "
              "besproken."),
        ("h1", "Extra ondersteuning, arrangementen en een dekkend aanbod"),
        ("p", "Bovenop de basisondersteuning kent Maas en Linge drie lagen van ondersteuning. De eerste laag is extra "
              "ondersteuning op de eigen school, betaald uit het schoolbudget: bijvoorbeeld een onderwijsassistent "
              "voor een kleine groep of een gedragsspecialist. De tweede laag bestaat uit arrangementen die de "
              "school aanvraagt bij het loket: een individueel arrangement, de Taalklas in Tielerwaard voor "
              "nieuwkomers, de Plusklas voor hoogbegaafde leerlingen (op drie locaties) en de Observatieklas De Wissel "
              "voor leerlingen bij wie eerst onderzocht moet worden wat zij nodig hebben. De derde laag is het "
              "speciaal basisonderwijs (sbo De Bongerd, sbo Het Palet en sbo De Meander) en het speciaal onderwijs "
              "(so De Linde voor cluster 4, so De Kameleon en de so-afdeling van De Hoge Akker voor cluster 3)."),
        ("p", "Deze lagen vormen samen één samenhangend geheel. Een leerling kan tussen de lagen bewegen: een "
              "observatieplaatsing duurt maximaal twaalf weken en eindigt met een advies over de best passende plek."),
        ("h2", "Witte vlekken in het aanbod"),
        ("p", "Elk jaar in maart maakt het bureau een analyse van wachtlijsten, afwijzingen van aanmeldingen en "
              "leerlingen voor wie geen passende plek beschikbaar was. De uitkomsten bespreken we met de directeuren "
              "en de gemeenten. Uit de analyse van 2025 bleek dat er te weinig plaatsen zijn voor jonge kinderen met "
              "een grote ondersteuningsbehoefte op het gebied van gedrag. Daarom openen we per 1 augustus 2027 een "
              "tweede observatiegroep in Zaltdonk. Als een school haar zorgplicht niet kan waarmaken, helpt de "
              "consulent van het verband binnen tien schooldagen bij het zoeken naar een passende plek."),
    ]
    B += thuiszitters(c)
    B += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Procedure"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar de "
              "leerling is ingeschreven of aangemeld. De intern begeleider stelt het groeidocument op, met daarin het "
              "ontwikkelingsperspectief, de ingezette ondersteuning en de evaluatie daarvan. De aanvraag gaat digitaal "
              "naar het loket. Het loket controleert binnen vijf werkdagen of het dossier compleet is."),
        ("p", "Daarna brengen twee deskundigen afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
              "psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige zoals een "
              "kinderpsychiater, maatschappelijk werker, arts of pedagoog. De deskundigen zijn niet betrokken geweest "
              "bij de aanvraag. De Commissie van Toelaatbaarheid neemt het besluit binnen zes weken na ontvangst van "
              "het complete dossier, namens de directeur-bestuurder."),
        ("h2", "Criteria"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
              "voldaan: de basisondersteuning en ten minste één arrangement zijn ingezet en geëvalueerd; de leerling "
              "heeft een ontwikkelingsperspectief dat structureel een kleinere groep en een aangepast aanbod vraagt; "
              "en de ondersteuningsbehoefte overstijgt wat de reguliere school met een arrangement kan bieden."),
        ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een blijvende "
              "behoefte aan specialistische expertise op het gebied van gedrag en psychiatrie (cluster 4) of van een "
              "lichamelijke, verstandelijke of langdurig medische beperking die een intensieve, specialistische "
              "begeleiding noodzakelijk maakt (cluster 3)."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren en loopt af op 31 juli. Voor het so bepaalt de commissie de "
              "bekostigingscategorie laag, midden of hoog op basis van het advies van de deskundigen."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "Een plek in het speciaal (basis)onderwijs is voor veel leerlingen de juiste plek, maar niet altijd voor "
              "altijd. Ons beleid is dat iedere leerling in het sbo of so de kans krijgt om terug te keren naar een "
              "reguliere basisschool wanneer dat in zijn belang is. Terugplaatsing is mogelijk als de "
              "ondersteuningsbehoefte past binnen de basisondersteuning plus een arrangement van de ontvangende "
              "school, als de leerling ten minste een half jaar een stabiele ontwikkeling laat zien en als de "
              "ontvangende school bij voorkeur dicht bij huis ligt."),
        ("p", "Na de terugkeer krijgt de ontvangende school een terugkeerarrangement van één schooljaar, met "
              "ambulante begeleiding door een leerkracht van de sbo- of so-school en extra formatie voor de eerste "
              "zes weken."),
        ("p", "Het stappenplan voor terugplaatsing, met daarin wie het initiatief neemt, op welke momenten de "
              "mogelijkheid tot terugkeer wordt besproken en wie daarover beslist, stellen we in schooljaar 2026-2027 "
              "op met de directeuren van het sbo en so. Tot die tijd hanteren de scholen hun eigen werkwijze."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
              "ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en de groeibekostiging sbo resteert het "
              "bedrag dat wij in de regio verdelen. In Maas en Linge kiezen we voor een eenvoudig model:"),
        ("ul", ["Schoolbudget: elke school ontvangt € 98 per leerling op basis van het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. Het budget wordt in twee termijnen (augustus en januari) aan het schoolbestuur overgemaakt.",
                "Arrangementen: scholen vragen arrangementen aan bij het loket; de Commissie van Toelaatbaarheid besluit binnen vier weken aan de hand van de vraag of de ondersteuningsbehoefte de basisondersteuning en het schoolbudget overstijgt.",
                "Bovenschoolse voorzieningen (Taalklas, Plusklas, Observatieklas) worden rechtstreeks bekostigd door het samenwerkingsverband.",
                "Het sbo ontvangt boven de wettelijke bekostiging een bijdrage van € 1.250 per leerling boven de 2%-grens."]),
        ("p", "Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks in een korte rapportage per "
              "school, die in het schoolbezoek wordt besproken."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "15.420", "15.180", "14.990", "14.820"],
                   ["Afdrachten so/sbo (DUO)", "-7.310", "-7.250", "-7.200", "-7.160"],
                   ["Schoolbudgetten", "1.870", "1.850", "1.830", "1.810"],
                   ["Arrangementen", "2.650", "2.600", "2.560", "2.520"],
                   ["Bovenschoolse voorzieningen", "1.480", "1.560", "1.560", "1.560"],
                   ["Bijdrage sbo boven 2%", "640", "620", "600", "590"],
                   ["Bureau en personeel", "1.390", "1.380", "1.370", "1.360"],
                   ["Resultaat", "80", "-80", "-130", "-180"]]),
        ("p", "De reserves bedragen per 31 december 2025 € 2,1 miljoen. De signaleringswaarde voor bovenmatige "
              "reserves is € 1,6 miljoen; daarom begroten we vanaf 2027 een negatief resultaat."),
        ("h1", "Ambities en beoogde resultaten"),
        ("p", "Voor de planperiode 2026-2030 formuleren we de volgende beoogde resultaten voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("ul", ["In 2030 is het aantal thuiszitters langer dan drie maanden teruggebracht tot nul.",
                "Het deelnamepercentage so blijft onder de 1,9% (peildatum 1 oktober).",
                "Ten minste 80% van de leerlingen met een arrangement bereikt de doelen uit het arrangement binnen de afgesproken looptijd.",
                "Ten minste tien leerlingen per jaar keren vanuit sbo of so terug naar het regulier onderwijs."]),
        ("p", "Hoe wij de voortgang op deze ambities volgen, welke gegevens we daarvoor verzamelen en hoe we daarover "
              "rapporteren, leggen we vast in een monitoringskader. Dat kader wordt in de loop van 2027 opgesteld en "
              "na instemming van de OPR aan dit plan toegevoegd."),
    ]
    B += oogo(c)
    B += opr(c, with_parents=False)
    B += personeel(c)
    B += [
        ("h1", "Communicatie"),
        ("p", "Na de fusie is goede communicatie belangrijker dan ooit. Scholen moeten weten waar zij terechtkunnen "
              "en partners moeten weten wie hun aanspreekpunt is. Iedere school heeft een vaste consulent. Het bureau "
              "verstuurt zes keer per jaar een nieuwsbrief aan directeuren en intern begeleiders en organiseert twee "
              "keer per jaar een regiobijeenkomst per gemeente."),
        ("p", "De website van het samenwerkingsverband is in 2025 vernieuwd en bevat nu een besloten deel voor "
              "scholen met formulieren en handreikingen. Een ouderpagina is in voorbereiding; wanneer die klaar is, "
              "wordt in overleg met de OPR bepaald."),
        ("p", "Met gemeenten en jeugdhulpaanbieders communiceren we via de vaste overleggen die in het hoofdstuk over "
              "samenwerking zijn beschreven. Pers en media worden te woord gestaan door de directeur-bestuurder."),
    ]
    B += ict_privacy(c) + planning(c) + totstandkoming(c)
    B += begrippen(c, GLOSS_PO) + afkortingen(c, ["CvT - Commissie van Toelaatbaarheid", "sbo - speciaal basisonderwijs",
                                                 "so - speciaal onderwijs", "PBS - positive behavior support"])
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed minimum for every vestiging + concrete list; kwaliteitskaart borging.",
               "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': loket, two deskundigen, CvT within 6 weeks, sbo/so criteria, duration+category; no bezwaar route.",
               "terugstroom": "Ch. 'Terugplaatsing en overplaatsing': policy, conditions, terugkeerarrangement given; the stappenplan (initiator, moments, decider) is deferred to 2026-2027.",
               "financien": "Ch. 'Geld en middelen' (unusual heading): verdeelmodel € 98 per leerling + vaste voet, arrangementen; meerjarenbegroting table.",
               "dekkend-aanbod": "Ch. 'Extra ondersteuning, arrangementen en een dekkend aanbod': three layers + witte-vlekken analysis, thuiszitters escalation.",
               "resultaten": "Ch. 'Ambities en beoogde resultaten': measurable goals; the monitoringskader is deferred to 2027; terugblik explicitly has no comparable figures.",
               "ouders": "No parent information channels or independent support: 'Communicatie' is about schools/partners, ouderpagina 'in voorbereiding'; OPR described without parents; ouders only in visie/leeswijzer/glossary."})
    return "po-maaslinge-op-2026-2030", B, labels, "Ondersteuningsplan 2026-2030 | SWV Maas en Linge | basisondersteuning - toelaatbaarheid - ouders"


# --------------------------------------------------------------------------------------------
# Plan 2: VO, new planning period, pdf
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Eemvallei", code="VO 26-02", periode="2026-2030",
             regio="de Eemvallei", lln="leerlingen",
             aanleiding="Het volgt het plan 2022-2026 op en is het derde plan sinds de invoering van passend onderwijs.",
             gemeenten="Eemstede, Baarnveld, Soestduin en Leusdam", directeur="mr. A.C. Koopmans-Drost",
             n_besturen=7, n_scholen=16, n_lln="11.300", fte=14, cao="vo", buur="PO Eemvallei",
             oogo_datum="5 februari 2026",
             ctx_rows=[["Eemstede", "8", "6.020"], ["Baarnveld", "3", "2.110"],
                       ["Soestduin", "3", "1.940"], ["Leusdam", "2", "1.230"]])
    B = [("title", ["Ondersteuningsplan 2026-2030", "Koers houden, samen verder",
                    c["naam"] + " (" + c["code"] + ")", "Definitieve versie, maart 2026"]), ("toc",)]
    B += voorwoord(c)
    B += [("h1", "Inleiding")] + leeswijzer(c)
    B += [
        ("h1", "Evaluatie van het ondersteuningsplan 2022-2026"),
        ("p", "Het vorige plan kende vier speerpunten: minder thuiszitters, snellere toewijzing, een sterkere "
              "basisondersteuning en een betere overstap van po naar vo. We hebben de voortgang jaarlijks gevolgd met "
              "het dashboard van het samenwerkingsverband, dat gevoed wordt met gegevens uit het dossiersysteem, de "
              "leerplichtadministraties en DUO, en met een tevredenheidspeiling onder scholen en ouders in het najaar. "
              "De resultaten zijn elk jaar in het jaarverslag gerapporteerd en in de OPR besproken."),
        ("table", [["Indicator", "Nulmeting 2021", "Doel 2026", "Bereikt 2025"],
                   ["Thuiszitters langer dan 4 weken (teldatum 1 oktober)", "34", "15", "19"],
                   ["Deelname vso (peildatum 1 oktober)", "3,1%", "2,9%", "2,8%"],
                   ["TLV-besluit binnen 6 weken", "61%", "90%", "82%"],
                   ["Tevredenheid scholen over loket (1-10)", "6,4", "7,5", "7,6"]]),
        ("p", "Niet alle doelen zijn gehaald. Vooral het terugdringen van het aantal thuiszitters bleek weerbarstig, "
              "mede door de lange wachttijden in de jeugd-ggz. Wel zien we dat leerlingen sneller een besluit krijgen "
              "en dat scholen tevreden zijn over de dienstverlening van het loket."),
    ]
    B += context(c) + visie(c) + governance(c)
    B += [
        ("h1", "Basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij in de Eemvallei het geheel van afspraken over preventieve en "
              "licht curatieve interventies dat iedere vestiging van iedere aangesloten school voor voortgezet "
              "onderwijs ten minste biedt, binnen de eigen onderwijsondersteuningsstructuur en onder regie van de "
              "school. Het niveau is voor alle scholen gelijk en is op 14 november 2025 door de algemene vergadering "
              "vastgesteld. Het is de ondergrens: scholen mogen meer bieden, niet minder."),
        ("p", "De concrete standaarden, de voorzieningen die een leerling op iedere school mag verwachten en de "
              "indicatoren waarmee we de basisondersteuning toetsen, zijn uitgewerkt in het 'Kader Basisondersteuning "
              "VO Eemvallei 2026', dat als bijlage 2 bij dit plan hoort. Iedere school beschrijft daarnaast in haar "
              "schoolgids hoe zij de basisondersteuning invult."),
        ("h1", "Het ondersteuningscontinuüm en het dekkend netwerk"),
        ("p", "Ons ondersteuningsaanbod bestaat uit vier niveaus die op elkaar aansluiten. Niveau 1 is de "
              "basisondersteuning op de eigen school. Niveau 2 is extra ondersteuning op de eigen school, zoals een "
              "trajectvoorziening, een ondersteuningsklas of een individueel arrangement. Niveau 3 zijn de bovenschoolse voorzieningen: het OPDC De Overstap (tijdelijke "
              "plaatsing van maximaal een jaar), de reboundvoorziening voor leerlingen die tijdelijk uit de klas "
              "moeten en de schakelklas voor nieuwkomers (ISK). Niveau 4 is het voortgezet speciaal onderwijs (vso "
              "De Eemhorst voor cluster 4 en vso De Wingerd voor cluster 3) en het praktijkonderwijs (Pro Eemstede)."),
        ("p", "Onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als jeugdhulp nodig hebben, worden "
              "afgestemd met de gemeenten en de jeugdhulpaanbieders."),
        ("h2", "Lacunes opsporen en aanpakken"),
        ("p", "Twee keer per jaar maakt het samenwerkingsverband een overzicht van leerlingen voor wie geen passend "
              "aanbod beschikbaar was, van wachtlijsten bij het OPDC en het vso en van thuiszitters. Op basis daarvan "
              "stelt de algemene vergadering vast welk aanbod ontbreekt. In 2025 bleek dat er geen voorziening was voor "
              "hoogbegaafde leerlingen met een dubbel bijzondere ontwikkeling; per 1 augustus 2026 start daarom een "
              "kleine groep op het Baarnveld College."),
    ]
    B += thuiszitters(c)
    B += [
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "De school waar de leerling staat ingeschreven, vraagt namens het schoolbestuur een TLV aan bij de "
              "Commissie Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectief, "
              "een verslag van het multidisciplinair overleg en de evaluatie van de ingezette ondersteuning. Een "
              "orthopedagoog of psycholoog en een tweede deskundige (afhankelijk van de vraag een jeugdarts, "
              "kinderpsychiater of maatschappelijk werker) geven ieder een eigen schriftelijk advies. De commissie "
              "besluit binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als hij of zij (a) aantoonbaar niet tot ontwikkeling komt met "
              "de ondersteuning van niveau 1 tot en met 3, (b) een ondersteuningsbehoefte heeft op ten minste twee "
              "domeinen (leren, gedrag, communicatie, medisch/fysiek) die een specialistische, intensieve aanpak vraagt, "
              "en (c) in de komende twee jaar naar verwachting op deze intensieve aanpak aangewezen blijft."),
        ("p", "Een TLV vso wordt afgegeven voor twee schooljaren en kent een bekostigingscategorie laag, midden of "
              "hoog."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteren wij de landelijke criteria; wij maken geen gebruik van de mogelijkheid om "
              "eigen lwoo-criteria vast te stellen. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ "
              "tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de domeinen "
              "begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen. Voor een aanwijzing lwoo geldt een "
              "leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen "
              "of inzichtelijk rekenen. De basisschool levert de gegevens aan voor 1 maart; de VO-school vraagt de "
              "aanwijzing of de TLV pro aan en de Commissie Toewijzing besluit voor 1 mei."),
        ("h2", "Na afloop van de TLV"),
        ("p", "In de Eemvallei is het uitgangspunt dat een plek in het vso een plek is zolang dat nodig is en niet "
              "langer. Wij willen dat leerlingen die dat kunnen, hun schoolloopbaan voortzetten in het regulier "
              "voortgezet onderwijs, bij voorkeur met een diploma op een reguliere school. Terugplaatsing vindt alleen "
              "plaats als de ontvangende school de benodigde ondersteuning met een arrangement kan bieden."),
        ("p", "Iedere vso-school bespreekt jaarlijks bij de evaluatie van het ontwikkelingsperspectief of "
              "terugplaatsing mogelijk is. Uiterlijk op 1 februari van het laatste jaar van de TLV meldt de vso-school "
              "aan de Commissie Toewijzing of zij een nieuwe TLV aanvraagt of een terugplaatsing voorbereidt. Bij "
              "terugplaatsing zoekt de vso-school samen met ouders en leerling een reguliere school; de consulent van "
              "het samenwerkingsverband neemt deel aan het overdrachtsgesprek. Na de overstap begeleidt een ambulant "
              "begeleider van het vso de leerling en de mentor gedurende ten minste zes maanden, en na drie en zes "
              "maanden vindt een evaluatie plaats. De TLV eindigt op 31 juli van het laatste schooljaar."),
        ("h1", "Financieel kader"),
        ("p", "Transparantie over de middelen is een van onze kernwaarden. De financiële paragraaf van dit plan, "
              "met daarin het verdeelmodel en de meerjarenbegroting 2026-2030, wordt uitgewerkt nadat de algemene "
              "vergadering in juni 2026 de uitgangspunten heeft vastgesteld. De uitwerking wordt als bijlage 6 aan het "
              "plan toegevoegd."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten scholen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Resultaat", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Beoogde resultaten en kwaliteitszorg"),
        ("p", "Voor 2026-2030 stellen we ons de volgende doelen voor leerlingen die extra ondersteuning nodig hebben:"),
        ("table", [["Doel", "Indicator", "Streefwaarde 2030"],
                   ["Geen leerling langer dan 3 maanden thuis", "aantal thuiszitters > 3 maanden op 1 oktober", "0"],
                   ["Snelle toewijzing", "TLV-besluit binnen 6 weken", "95%"],
                   ["Succesvolle terugkeer", "teruggeplaatste leerlingen na 1 jaar nog op de reguliere school", "80%"],
                   ["Tevreden ouders", "gemiddeld rapportcijfer ouderpeiling", "7,5"]]),
        ("p", "We volgen deze indicatoren elk kwartaal in het dashboard. Twee keer per jaar bespreekt de "
              "directeur-bestuurder de voortgang met de raad van toezicht en de OPR; in het jaarverslag rapporteren we "
              "de bereikte resultaten per doel, met een toelichting bij afwijkingen. De tevredenheidspeiling onder "
              "ouders en scholen wordt jaarlijks in november afgenomen. In 2028 laten we een externe tussenevaluatie "
              "uitvoeren."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is en hoe zij die kunnen krijgen. Op de "
              "website staat een aparte ouderpagina met uitleg over de basisondersteuning, de extra ondersteuning, de "
              "bovenschoolse voorzieningen en het vso, met filmpjes in eenvoudige taal. De brochure 'Wegwijs in "
              "ondersteuning' wordt elk jaar in september via alle scholen verspreid onder ouders van eersteklassers. "
              "In oktober organiseren we per gemeente een informatieavond. De mentor is voor ouders het eerste "
              "aanspreekpunt; de ondersteuningscoördinator licht de mogelijkheden op school toe."),
        ("p", "Voor onafhankelijke hulp bij vragen kunnen ouders en jongeren straks terecht bij een ouder- en "
              "jeugdsteunpunt. Over de inrichting daarvan zijn we in gesprek met het samenwerkingsverband "
              "PO Eemvallei; de afspraken worden in een volgende versie van dit plan opgenomen."),
    ]
    B += oogo(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c) + totstandkoming(c)
    B += begrippen(c, GLOSS_VO) + afkortingen(c, ["lwoo - leerwegondersteunend onderwijs", "pro - praktijkonderwijs",
                                                 "vso - voortgezet speciaal onderwijs", "ISK - internationale schakelklas"])
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': level defined as common minimum for every vestiging, but concrete standards only in absent 'bijlage 2' / schoolgidsen.",
               "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid': vso procedure+criteria, lwoo/pro criteria and procedure, deskundigen, duration/category.",
               "terugstroom": "Hidden in TLV chapter, subsection 'Na afloop van de TLV': aims, conditions, yearly OPP check, 1 februari deadline, ambulante begeleiding 6 months.",
               "financien": "Ch. 'Financieel kader': everything deferred to bijlage 6 after June 2026; budget table is all p.m.",
               "dekkend-aanbod": "Ch. 'Het ondersteuningscontinuüm en het dekkend netwerk': niveau 1-4 and twice-yearly gap overview with new HB group; thuiszitters.",
               "resultaten": "Evaluation table of 2022-2026 plan with achieved figures + goals table with streefwaarden and quarterly dashboard monitoring.",
               "ouders": "Ch. 'Ouders en leerlingen': website, brochure, info evenings = informatie; independent steunpunt only 'straks', deferred to a later version."})
    return "vo-eemvallei-op-2026-2030", B, labels, "Ondersteuningsplan 2026-2030 | SWV VO Eemvallei"


# --------------------------------------------------------------------------------------------
# Plan 3: PO, new planning period, pdf
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband PO Heuvelrug-Noord", code="PO 26-14", periode="2026-2030",
             regio="Heuvelrug-Noord", lln="leerlingen",
             aanleiding="Met dit plan start een nieuwe planperiode van vier jaar.",
             gemeenten="Doornwoude, Amerongen-Bos, Leersum-Heide en Veenendijk", directeur="J.W. Hoogendoorn MEd",
             n_besturen=9, n_scholen=52, n_lln="10.800", fte=16, cao="po", buur="VO Utrechtse Heuvelrug-Oost",
             oogo_datum="12 februari 2026",
             ctx_rows=[["Doornwoude", "18", "3.920"], ["Amerongen-Bos", "9", "1.750"],
                       ["Leersum-Heide", "11", "2.280"], ["Veenendijk", "14", "2.850"]])
    B = [("title", ["Ondersteuningsplan 2026-2030", c["naam"], "Kenmerk " + c["code"], "Versie 1.0 - maart 2026"]), ("toc",)]
    B += voorwoord(c)
    B += [("h1", "Inleiding")] + leeswijzer(c, "Afspraken over terugplaatsing uit het sbo en so komen aan de orde "
                                               "in het overleg met de so-besturen dat in 2027 start.")
    B += [
        ("h1", "Wat hebben we bereikt? Terugblik op 2022-2026"),
        ("p", "Het samenwerkingsverband volgt de resultaten van passend onderwijs met een vaste cyclus. Elk kwartaal "
              "worden de kengetallen uit het dossiersysteem en de telling van DUO in een monitor gezet. In mei "
              "bespreken directeuren en intern begeleiders per gemeente de uitkomsten in een kwaliteitsdialoog, en in "
              "het jaarverslag rapporteren we per speerpunt wat is bereikt. Elke twee jaar peilen we de tevredenheid "
              "van ouders en scholen. De onderstaande cijfers komen uit die monitor."),
        ("table", [["Kengetal", "2022", "2023", "2024", "2025"],
                   ["Deelname sbo (1 oktober)", "2,4%", "2,3%", "2,2%", "2,2%"],
                   ["Deelname so (1 oktober)", "1,6%", "1,6%", "1,7%", "1,7%"],
                   ["Aantal afgegeven TLV's", "142", "151", "139", "147"],
                   ["Arrangementen toegekend", "310", "344", "362", "371"],
                   ["Tevredenheid ouders (1-10)", "7,0", "-", "7,3", "-"]]),
        ("p", "Kwalitatief zien we dat intern begeleiders de consultatie door het samenwerkingsverband waarderen en "
              "dat de arrangementen vaker in de eigen school worden uitgevoerd. Het gestegen aantal arrangementen "
              "laat zien dat scholen meer leerlingen thuisnabij kunnen ondersteunen."),
        ("p", "Voor de nieuwe planperiode formuleren we samen met de scholen nieuwe beoogde resultaten. Dat gebeurt in "
              "de kwaliteitsdialogen van het voorjaar van 2027; de doelen met streefwaarden worden daarna als addendum "
              "aan dit plan toegevoegd."),
    ]
    B += context(c) + visie(c) + governance(c)
    B += [
        ("h1", "Basisondersteuning"),
        ("p", "Het algemeen bestuur heeft in het voorjaar van 2025 opnieuw vastgesteld welke basisondersteuning elke "
              "basisschool in Heuvelrug-Noord biedt. Dit niveau geldt als ondergrens voor alle vestigingen van alle "
              "aangesloten besturen. Ouders mogen op iedere school in ons verband het onderstaande verwachten."),
        ("table", [["Standaard", "Wat betekent dit concreet?"],
                   ["1. Leerlingvolgsysteem", "Twee keer per jaar toetsen en groepsbesprekingen; signalering binnen 4 weken besproken met ouders."],
                   ["2. Lezen en dyslexie", "Protocol leesproblemen en dyslexie; begeleiding vanaf groep 2; toegang tot auditieve ondersteuning."],
                   ["3. Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; rekenspecialist op bestuursniveau."],
                   ["4. Gedrag", "Schoolbrede gedragsaanpak, pestprotocol, aanbod sociale vaardigheden."],
                   ["5. Meer- en hoogbegaafdheid", "Signalering met een vast instrument; verrijkingsaanbod in de groep."],
                   ["6. Medisch", "Protocol medisch handelen; afspraken met de jeugdarts."],
                   ["7. Ondersteuningsstructuur", "Intern begeleider, ondersteuningsteam met SWV-consulent minimaal vier keer per jaar."],
                   ["8. Ontwikkelingsperspectief", "OPP voor leerlingen met een eigen leerlijn, jaarlijks geëvalueerd met ouders."]]),
        ("p", "Het samenwerkingsverband toetst de standaarden eens per twee jaar tijdens een audit door collega-"
              "directeuren en een consulent."),
        ("h1", "Ondersteuningsaanbod in de regio"),
        ("p", "De ondersteuning in Heuvelrug-Noord is opgebouwd als een continuüm. Na de basisondersteuning volgt extra "
              "ondersteuning in de vorm van arrangementen op de eigen school, die de school aanvraagt bij het "
              "samenwerkingsverband: bijvoorbeeld begeleiding door een gedragsspecialist of een ambulant begeleider, "
              "of een groepsarrangement. Daarnaast zijn er bovenschoolse voorzieningen: de taalklassen in Doornwoude "
              "en Veenendijk, de Plusgroep voor hoogbegaafde leerlingen en de kortdurende observatiegroep De Brug. "
              "Wanneer ook dat niet volstaat, is er het speciaal basisonderwijs (sbo De Wegwijzer en sbo Het "
              "Kompas) en het speciaal onderwijs (so De Regenboog voor cluster 4 en so Het Anker voor cluster 3). "
              "Voor kinderen die ook zorg nodig hebben worden onderwijs-zorgarrangementen met de gemeente afgesproken."),
        ("h2", "Thuiszitters"),
        ("p", "Het thuiszittersprotocol uit 2019 wordt herzien. Hoe wij in de nieuwe periode signaleren welke "
              "leerlingen geen passende plek hebben en hoe we die aanpakken, werken we samen met leerplicht uit; de "
              "nieuwe werkwijze volgt in het jaarplan 2027."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Een TLV voor sbo of so wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat "
              "ingeschreven. De school bespreekt de aanvraag eerst in het ondersteuningsteam met ouders en de "
              "consulent van het samenwerkingsverband. Daarna dient de school het groeidocument in bij het Loket "
              "Toewijzing. Twee deskundigen, onder wie altijd een orthopedagoog of psycholoog, geven afzonderlijk een "
              "schriftelijk advies; ouders ontvangen een afschrift. De TLV-commissie besluit binnen zes weken na "
              "ontvangst van het complete dossier. De TLV voor het sbo loopt tot het einde van de basisschoolperiode; "
              "de TLV voor het so wordt voor twee of vier jaar afgegeven."),
        ("p", "Het samenwerkingsverband toetst de aanvraag aan de criteria uit het 'Toetsingskader TLV Heuvelrug-"
              "Noord' (bijlage 5)."),
        ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor extra ondersteuning volgens een schoolmodel met een "
              "beperkt deel voor bovenschoolse taken. Het verdeelmodel bestaat uit drie onderdelen:"),
        ("ul", ["70% van het beschikbare budget gaat als schoolbudget naar de besturen: € 142 per leerling (teldatum 1 oktober t-1);",
                "20% is bestemd voor arrangementen die scholen per leerling of groep aanvragen; het loket beslist binnen vier weken op basis van de vraag of de ondersteuningsbehoefte buiten de basisondersteuning valt;",
                "10% is bestemd voor de bovenschoolse voorzieningen en het bureau."]),
        ("p", "De besturen verantwoorden de besteding in hun jaarverslag en in een korte rapportage aan het "
              "samenwerkingsverband."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage zware ondersteuning", "9.820", "9.710", "9.640", "9.580"],
                   ["Rijksbijdrage lichte ondersteuning", "3.460", "3.420", "3.390", "3.360"],
                   ["Afdracht so en sbo-groei", "-6.110", "-6.080", "-6.040", "-6.010"],
                   ["Schoolbudgetten besturen", "1.530", "1.510", "1.500", "1.490"],
                   ["Arrangementen", "2.410", "2.390", "2.380", "2.360"],
                   ["Bovenschoolse voorzieningen", "1.690", "1.670", "1.650", "1.640"],
                   ["Bureau", "1.420", "1.430", "1.440", "1.450"],
                   ["Saldo", "120", "50", "20", "-10"]]),
        ("h1", "Ouders"),
        ("p", "Ouders vinden informatie over de ondersteuning op de scholen en in de regio op de website van het "
              "samenwerkingsverband en in de schoolgids van iedere school, waarin de basisondersteuning en de extra "
              "ondersteuning van die school zijn beschreven. Voor ouders die overwegen hun kind naar het sbo of so te "
              "laten gaan, is er een ouderfolder en kunnen zij een gesprek aanvragen met een consulent."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Heuvelrug, dat los "
              "van scholen en samenwerkingsverband werkt en gratis is. Bij een verschil van mening met school of "
              "samenwerkingsverband kunnen ouders ook de Onderwijsconsulenten inschakelen of een klacht indienen bij "
              "de landelijke klachtencommissie waarbij de besturen zijn aangesloten."),
    ]
    B += landelijk(c) + oogo(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c) + totstandkoming(c)
    B += begrippen(c, GLOSS_PO) + afkortingen(c, ["sbo - speciaal basisonderwijs", "so - speciaal onderwijs",
                                                 "LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"])
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                      **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': ondergrens for all vestigingen; content only in the standards table; audit every two years.",
               "plaatsing": "Ch. 'Toelaatbaarheid': procedure, deskundigen, duration, LBT bezwaar; criteria only by reference to absent 'bijlage 5' Toetsingskader.",
               "terugstroom": "Nothing: only glossary entry and a deferral in the leeswijzer ('komen aan de orde in het overleg ... dat in 2027 start').",
               "financien": "Ch. 'Financiën': 70/20/10 verdeelmodel with € 142 per leerling + meerjarenbegroting table.",
               "dekkend-aanbod": "Ch. 'Ondersteuningsaanbod in de regio' describes the continuum; thuiszitters/lacunes approach deferred to jaarplan 2027.",
               "resultaten": "Terugblik describes monitoring cycle with achieved figures; new beoogde resultaten deferred to an addendum after spring 2027.",
               "ouders": "Ch. 'Ouders': website, schoolgids, folder, consulent; Ouder- en Jeugdsteunpunt Heuvelrug, Onderwijsconsulenten."})
    return "po-heuvelrug-noord-op-2026-2030", B, labels, "SWV PO Heuvelrug-Noord | Ondersteuningsplan 2026-2030"


# --------------------------------------------------------------------------------------------
# Plan 4: VO, merger, docx
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband VO Kop van de Delta", code="VO 28-02", periode="2026-2030",
             regio="de Kop van de Delta", lln="leerlingen",
             aanleiding=("Het is het eerste plan van het verband dat op 1 januari 2026 ontstond uit de samenvoeging van "
                         "de samenwerkingsverbanden VO Schouwen-Oost en VO Delta-Noord."),
             gemeenten="Zierikland, Brouwerhaven, Goedereede-Oost en Oostflakkee", directeur="drs. H. de Visser-Bal",
             n_besturen=6, n_scholen=12, n_lln="8.450", fte=11, cao="vo", buur="PO Kop van de Delta",
             oogo_datum="26 februari 2026",
             ctx_rows=[["Zierikland", "5", "3.900"], ["Brouwerhaven", "2", "1.480"],
                       ["Goedereede-Oost", "2", "1.330"], ["Oostflakkee", "3", "1.740"]])
    B = [("title", ["Ondersteuningsplan 2026-2030", "Eén verband voor de Kop van de Delta",
                    c["naam"] + " (" + c["code"] + ")", "Ter instemming aan de OPR, februari 2026"]), ("toc",)]
    B += voorwoord(c)
    B += [("h1", "Inleiding")] + leeswijzer(c, "Een nieuw hoofdstuk over basisondersteuning wordt toegevoegd zodra "
                                               "de landelijke norm bekend is.")
    B += [
        ("h1", "Terugblik op de vorige plannen"),
        ("p", "Beide voorgaande samenwerkingsverbanden hadden een plan voor de periode 2022-2026. Bij de fusie is "
              "afgesproken dat we niet alles opnieuw uitvinden, maar dat we het beste van beide verbanden behouden. "
              "In Schouwen-Oost was de samenwerking met de gemeenten sterk ontwikkeld; in Delta-Noord was er veel "
              "ervaring met het OPDC-model. Tijdens de werksessies bleek dat scholen vooral behoefte hebben aan "
              "duidelijkheid en continuïteit."),
        ("p", "Een inhoudelijke evaluatie van de twee vorige plannen, met de vraag welke doelen zijn gerealiseerd, "
              "volgt in een aparte notitie die in het najaar van 2026 aan de algemene vergadering wordt voorgelegd."),
    ]
    B += context(c) + visie(c) + governance(c)
    B += [
        ("p", "Welke resultaten wij met passend onderwijs willen bereiken en hoe wij die gaan volgen, leggen we vast "
              "in het eerste jaarplan van het nieuwe verband (2026-2027)."),
        ("h1", "Basisondersteuning"),
        ("p", "Beide voorgaande verbanden hanteerden een eigen beschrijving van de basisondersteuning. Het ministerie "
              "werkt aan een landelijke norm basisondersteuning. Hoe de basisondersteuning er in de Kop van de Delta "
              "uit komt te zien, leggen we vast zodra die norm bekend is; het plan wordt dan aangevuld met een "
              "afzonderlijke paragraaf, na instemming van de OPR."),
        ("h1", "Ondersteuning in de regio"),
        ("p", "Een overzicht van alle ondersteuningsmogelijkheden in de regio, van de ondersteuning op de scholen tot "
              "het vso, is te vinden in de Regionale Ondersteuningskaart op de website van het samenwerkingsverband."),
        ("h2", "Geen leerling tussen wal en schip"),
        ("p", "Het samenwerkingsverband is verantwoordelijk voor een dekkend netwerk. Om te weten waar het netwerk "
              "tekortschiet, houden we een registratie bij van alle leerlingen voor wie binnen zes weken na aanmelding "
              "geen passende plek is gevonden, van wachttijden bij de bovenschoolse voorzieningen en van verzoeken om "
              "vrijstelling van de leerplicht. Elk half jaar analyseert het bureau deze registratie en legt het een "
              "voorstel voor aanvullend aanbod voor aan de algemene vergadering. Als een school er niet in slaagt "
              "binnen de wettelijke termijn een passende plek te bieden, neemt de ondersteuningsconsulent het over en "
              "organiseert hij binnen tien werkdagen een overleg met de besturen in de regio."),
    ]
    B += thuiszitters(c)
    B += [
        ("h1", "Toelaatbaarheid tot vso en praktijkonderwijs"),
        ("p", "De aanvraagprocedure, de termijnen, de samenstelling van de adviescommissie en de benodigde formulieren "
              "zijn beschreven in het Handboek Toewijzing op de website van het samenwerkingsverband."),
        ("p", "Het samenwerkingsverband hanteert de volgende criteria:"),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                   ["vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft die in het regulier vo ook met arrangement en OPDC-plaatsing niet tot ontwikkeling leidt, en een specialistische, therapeutische setting nodig heeft."],
                   ["vso cluster 3", "de leerling een verstandelijke, lichamelijke of langdurig medische beperking heeft waardoor hij aangewezen is op een kleine groep en intensieve zorg tijdens de gehele schooldag."],
                   ["praktijkonderwijs", "IQ tussen 55 en 80 en een leerachterstand van minimaal 3 jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)."],
                   ["lwoo", "landelijke criteria: leerachterstand van 1,5 tot 3 jaar op twee domeinen en IQ 75-90, of IQ 91-120 met sociaal-emotionele problematiek."]]),
        ("h1", "Leerlingstromen"),
        ("p", "Jaarlijks beoordeelt de vso-school bij de evaluatie van het ontwikkelingsperspectief in februari of "
              "een leerling kan terugkeren naar het regulier voortgezet onderwijs. Het initiatief ligt bij de vso-"
              "school; ook ouders of de leerling kunnen erom vragen. Als terugkeer haalbaar lijkt, meldt de "
              "vso-school dit uiterlijk 1 maart bij het samenwerkingsverband. De consulent organiseert binnen vier "
              "weken een overgangsgesprek met ouders, leerling, vso-school en de beoogde reguliere school. De reguliere "
              "school besluit over de inschrijving; het samenwerkingsverband stelt vast dat de TLV op 31 juli eindigt. "
              "Na drie maanden is er een evaluatiegesprek."),
        ("p", "Het beleid voor terugplaatsing en overplaatsing, met de doelen, de voorwaarden en de begeleiding na "
              "terugkeer, wordt door het nieuwe verband opnieuw geformuleerd. Tot het moment van vaststelling is dit "
              "onderdeel p.m."),
        ("h1", "Financiën"),
        ("p", "De verdeling en besteding van de ondersteuningsmiddelen zijn weergegeven in de tabellen hieronder."),
        ("table", [["Tabel 7.1 Verdeelsleutel", "Grondslag", "Bedrag", "Besluit en moment"],
                   ["Schoolbudget lichte ondersteuning", "per leerling, teldatum 1 oktober t-1", "€ 155", "AB, jaarlijks in december"],
                   ["Vaste voet", "per vestiging", "€ 15.000", "AB, jaarlijks in december"],
                   ["Budget lwoo", "per lwoo-leerling", "€ 3.950", "directeur-bestuurder na aanwijzing"],
                   ["Individuele arrangementen", "op aanvraag, boven basisniveau school", "max. € 8.000 per leerling", "commissie arrangementen, binnen 4 weken"],
                   ["OPDC", "rechtstreeks door SWV", "vast budget", "begroting"]]),
        ("table", [["Tabel 7.2 Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning (incl. lwoo/pro)", "11.240", "11.050", "10.880", "10.700"],
                   ["Baten zware ondersteuning", "6.190", "6.090", "6.000", "5.910"],
                   ["Afdracht vso en pro (DUO)", "-9.870", "-9.760", "-9.650", "-9.540"],
                   ["Schoolbudgetten en vaste voet", "1.490", "1.470", "1.450", "1.430"],
                   ["Budget lwoo", "3.860", "3.800", "3.740", "3.680"],
                   ["Arrangementen", "780", "770", "760", "750"],
                   ["OPDC De Schakel", "870", "880", "890", "900"],
                   ["Bureau en personeel", "960", "950", "940", "930"],
                   ["Resultaat", "-400", "-490", "-550", "-530"]]),
        ("p", "Het negatieve resultaat wordt gedekt uit de reserves, die door de fusie boven de signaleringswaarde "
              "liggen."),
        ("h1", "Communicatie"),
        ("p", "Wij communiceren op verschillende manieren met scholen, ouders, leerlingen en partners. Voor ouders en "
              "leerlingen is er een ouder- en leerlingenpagina op de website met uitleg over de ondersteuning op de "
              "scholen, de bovenschoolse voorzieningen, het vso en het praktijkonderwijs, en over hoe je die "
              "ondersteuning aanvraagt. Iedere school neemt in de schoolgids een vaste tekst van het samenwerkingsverband "
              "op. Twee keer per jaar is er een informatieavond voor ouders van leerlingen in groep 8 en klas 1."),
        ("p", "Ouders en jongeren die onafhankelijk advies willen, bijvoorbeeld omdat zij het niet eens zijn met "
              "school, kunnen terecht bij het Steunpunt Ouders & Jongeren Delta. Het steunpunt is onafhankelijk van "
              "scholen en samenwerkingsverband en wordt gefinancierd door de drie samenwerkingsverbanden in de regio. "
              "Ook kunnen zij contact opnemen met de Onderwijsconsulenten."),
        ("p", "Scholen ontvangen maandelijks een nieuwsbrief; gemeenten en partners worden geïnformeerd via de "
              "vaste overleggen."),
    ]
    B += landelijk(c) + oogo(c) + opr(c) + personeel(c) + bedrijfsvoering(c) + ict_privacy(c) + planning(c) + totstandkoming(c)
    B += begrippen(c, GLOSS_VO) + afkortingen(c, ["lwoo - leerwegondersteunend onderwijs", "pro - praktijkonderwijs",
                                                 "vso - voortgezet speciaal onderwijs", "OPDC - orthopedagogisch-didactisch centrum"])
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"]},
        notes={"basisondersteuning": "Chapter exists but only defers until the landelijke norm is known; term also in running header and glossary.",
               "plaatsing": "Criteria only in a table (vso 3/4, pro, lwoo); procedure referred to the Handboek Toewijzing on the website.",
               "terugstroom": "Ch. 'Leerlingstromen': procedure (initiative vso-school, februari/1 maart, overgangsgesprek, end TLV 31 juli); beleid explicitly p.m.",
               "financien": "Ch. 'Financiën': one sentence of prose, verdeelsleutel and meerjarenbegroting only in tables 7.1/7.2.",
               "dekkend-aanbod": "Continuum only by reference to the Regionale Ondersteuningskaart on the website; 'Geen leerling tussen wal en schip' + thuiszitters handle lacunes.",
               "resultaten": "Nothing: evaluation deferred to a later notitie, goals/monitoring deferred to the jaarplan 2026-2027.",
               "ouders": "Inside 'Communicatie': ouderpagina, schoolgids text, info evenings; Steunpunt Ouders & Jongeren Delta, Onderwijsconsulenten."})
    return "vo-kopvandedelta-op-2026-2030", B, labels, "SWV VO Kop van de Delta | Ondersteuningsplan | basisondersteuning en resultaten"


# --------------------------------------------------------------------------------------------
# Plan 5: PO, new planning period, markdown
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Westerkwartier-Zuid", code="PO 20-08", periode="2026-2030",
             regio="het Westerkwartier-Zuid", lln="leerlingen",
             aanleiding="Het is een plan op hoofdlijnen dat het plan 2022-2026 opvolgt.",
             gemeenten="Marum-Zuid, Grootegast-West en Tolbergen", directeur="T. Kuipers",
             n_besturen=6, n_scholen=41, n_lln="7.350", fte=9, cao="po", buur="VO Westerkwartier",
             oogo_datum="3 maart 2026",
             ctx_rows=[["Marum-Zuid", "15", "2.640"], ["Grootegast-West", "14", "2.410"], ["Tolbergen", "12", "2.300"]])
    B = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")",
                    "Plan op hoofdlijnen - vastgesteld door het bestuur op 31 maart 2026"]), ("toc",)]
    B += voorwoord(c)
    B += [("h1", "Inleiding")] + leeswijzer(c, "Hoe de toelaatbaarheid tot sbo en so is geregeld, leest u in het "
                                               "Handboek Toewijzing op onze website.")
    B += [
        ("h1", "Evaluatie van het plan 2022-2026"),
        ("p", "In het plan 2022-2026 stonden drie doelen centraal. Het bureau heeft elk jaar de kengetallen verzameld "
              "en in de jaarrapportage aan bestuur en OPR voorgelegd. In het najaar van 2025 hebben we de periode "
              "afgesloten met een evaluatie op basis van die cijfers en van gesprekken met tien scholen."),
        ("table", [["Doel 2022-2026", "Streefwaarde", "Bereikt (schooljaar 2024-2025)"],
                   ["Minder verwijzingen naar het sbo", "deelname sbo onder 2,0%", "2,1% (niet gehaald)"],
                   ["Meer leerlingen terug naar de basisschool", "6 per jaar", "8 (gehaald)"],
                   ["Tevreden scholen over het ondersteuningsteam", "gemiddeld 7,0", "7,4 (gehaald)"]]),
        ("p", "Kwalitatief zien we dat de ondersteuningsteams op de scholen goed functioneren, maar dat de "
              "doorlooptijd soms te lang is."),
    ]
    B += context(c) + visie(c) + governance(c)
    B += [
        ("h1", "Basisondersteuning"),
        ("p", "Op de basisscholen in het Westerkwartier-Zuid vindt u onder meer de volgende ondersteuning:"),
        ("ul", ["een intern begeleider die het ondersteuningsteam leidt en ouders adviseert;",
                "een leesprotocol en een dyslexieaanpak met extra instructie en hulpmiddelen;",
                "een aanpak voor sociale veiligheid en gedrag, met een anti-pestprogramma;",
                "verrijkingsmateriaal voor leerlingen die meer aankunnen;",
                "afspraken over medisch handelen;",
                "een ontwikkelingsperspectiefplan voor leerlingen met een eigen leerlijn."]),
        ("p", "Een gezamenlijk, voor alle scholen bindend niveau van basisondersteuning hebben de besturen nog niet "
              "vastgesteld. Iedere school beschrijft haar eigen niveau; een gemeenschappelijke ondergrens volgt in "
              "2027, wanneer ook de landelijke norm duidelijk is."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Wij vinden dat een leerling in het sbo of so niet langer in het speciaal onderwijs moet blijven dan "
              "nodig is. Het doel van ons beleid is dat leerlingen die zich goed ontwikkelen, zo snel als verantwoord "
              "is terugkeren naar een basisschool in de eigen woonplaats. Voorwaarden zijn dat de leerling in het "
              "ontwikkelingsperspectief de doelen voor werkhouding en gedrag heeft gehaald, dat ouders instemmen en "
              "dat de ontvangende school de ondersteuning kan bieden. Na de terugkeer ondersteunt een leerkracht van de "
              "sbo- of so-school de nieuwe leerkracht gedurende het eerste halfjaar, betaald door het "
              "samenwerkingsverband."),
        ("p", "De werkwijze is als volgt:"),
        ("ul", ["Stap 1: bij elke jaarlijkse evaluatie van het ontwikkelingsperspectief (uiterlijk in maart) bespreekt de sbo- of so-school met ouders of terugkeer een optie is.",
                "Stap 2: de commissie van begeleiding van de sbo- of so-school neemt het initiatief en vraagt een adviesgesprek aan bij het samenwerkingsverband.",
                "Stap 3: de consulent van het samenwerkingsverband, de ouders, de huidige en de nieuwe school maken binnen zes weken een overstapplan.",
                "Stap 4: het schoolbestuur van de ontvangende school besluit over de inschrijving; de overstap gebeurt bij voorkeur na een zomervakantie.",
                "Stap 5: na drie en na zes maanden evalueren de scholen samen met ouders; daarna eindigt de TLV."]),
        ("h1", "Financiën"),
        ("p", "Het verdeelmodel uit het vorige plan wordt herzien. De nieuwe verdeelsleutel en de criteria voor "
              "toekenning aan de besturen worden in de loop van schooljaar 2026-2027 vastgesteld en gaan in per 1 "
              "augustus 2027. De besteding van de middelen voor de planperiode ziet er in de begroting als volgt uit."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "8.310", "8.220", "8.150", "8.090"],
                   ["Afdrachten so en sbo", "-4.760", "-4.720", "-4.700", "-4.690"],
                   ["Middelen naar besturen", "2.380", "2.350", "2.330", "2.310"],
                   ["Ondersteuningsteams en consulenten", "610", "620", "630", "640"],
                   ["Terugkeerbegeleiding", "90", "95", "95", "100"],
                   ["Bureau", "520", "520", "525", "530"],
                   ["Resultaat", "-50", "-85", "-130", "-180"]]),
        ("h1", "Resultaten voor 2026-2030"),
        ("p", "Voor de nieuwe planperiode hebben bestuur en OPR de volgende beoogde resultaten vastgesteld:"),
        ("ul", ["Deelname sbo in 2030 ten hoogste 1,9% (peildatum 1 oktober).",
                "Ieder jaar keren ten minste acht leerlingen terug van sbo of so naar het regulier basisonderwijs; 90% van hen zit er na een jaar nog.",
                "In 2028 heeft iedere school een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt.",
                "Ouders geven het ondersteuningsteam gemiddeld een 7,5."]),
        ("p", "Het bureau verzamelt de gegevens twee keer per jaar uit het dossiersysteem en de DUO-telling. Elke "
              "twee jaar houden we een peiling onder ouders. De uitkomsten staan in de jaarrapportage aan bestuur en "
              "OPR, waarin we per doel aangeven of het op koers ligt en wat we bijsturen."),
        ("h1", "Ouders"),
        ("p", "Ouders worden geïnformeerd via de website van het samenwerkingsverband, waar de ondersteuningsmogelijkheden "
              "per school en in de regio zijn beschreven, via de schoolgids en via de intern begeleider. Bij de start "
              "van het schooljaar ontvangen alle ouders via de school de flyer 'Extra steun nodig?'."),
        ("p", "Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Westerkwartier. Ook kunnen zij een beroep doen op de Onderwijsconsulenten."),
        ("h1", "Thuiszitters"),
        ("p", "Over de aanpak van thuiszitters maken we in de loop van 2027 nieuwe afspraken met de leerplichtambtenaren."),        ("h1", "De stem van kinderen"),
        ("p", "Kinderen weten vaak heel goed wat hen helpt. Daarom heeft het samenwerkingsverband in 2025 een "
              "kinderpanel opgericht met twaalf leerlingen uit de groepen 6 tot en met 8 van verschillende scholen, "
              "ook uit het sbo en so. Het panel komt drie keer per jaar bij elkaar en geeft advies over onderwerpen "
              "die het zelf kiest. In het afgelopen jaar ging het onder meer over pesten, over de overgang naar de "
              "middelbare school en over wat een goede juf of meester doet als je het moeilijk hebt."),
        ("p", "Op de scholen worden leerlingen met een ontwikkelingsperspectiefplan betrokken bij het opstellen en "
              "bespreken daarvan. Zij mogen hun mening geven over de doelen en over de ondersteuning die zij krijgen. "
              "De intern begeleider zorgt ervoor dat die mening in het plan wordt opgenomen. Wij ondersteunen scholen "
              "hierbij met een handreiking en met gesprekskaarten die in 2025 samen met het kinderpanel zijn "
              "ontwikkeld."),
    ]
    B += landelijk(c) + regio_ontwikkelingen(c) + oogo(c, substantive=False) + opr(c) + personeel(c) + bedrijfsvoering(c)
    B += ict_privacy(c) + planning(c) + totstandkoming(c)
    B += begrippen(c, GLOSS_PO) + afkortingen(c, ["sbo - speciaal basisonderwijs", "so - speciaal onderwijs"])
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': concrete list of what schools offer, but explicitly no agreed common minimum (deferred to 2027).",
               "plaatsing": "Nothing: only a website reference to the Handboek Toewijzing in the leeswijzer, TLV in glossary/abbreviations.",
               "terugstroom": "Ch. 'Terug naar de basisschool': aim, conditions, support after return and a 5-step procedure; figures in the evaluation table.",
               "financien": "Ch. 'Financiën': multi-year begroting with amounts, but verdeelsleutel/criteria deferred to 2026-2027.",
               "dekkend-aanbod": "Nothing: no continuum, thuiszitters approach deferred to 2027, OOGO mentioned only procedurally (date).",
               "resultaten": "Ch. 'Resultaten voor 2026-2030' with targets and twice-yearly data collection/jaarrapportage; evaluation of 2022-2026 with achieved figures.",
               "ouders": "Ch. 'Ouders': website, schoolgids, flyer; Ouder- en Jeugdsteunpunt Westerkwartier, Onderwijsconsulenten."})
    return "po-westerkwartier-zuid-op-2026-2030", B, labels, None


# --------------------------------------------------------------------------------------------
# Near-miss: annual report of an SWV (html)
# --------------------------------------------------------------------------------------------

def nearmiss():
    B = [("title", ["Jaarverslag 2025", "Stichting Samenwerkingsverband Passend Onderwijs PO Duinstreek (PO 27-03)",
                    "Bestuursverslag en jaarrekening over het kalenderjaar 2025, vastgesteld 10 juni 2026"]), ("toc",)]
    B += [
        ("h1", "Voorwoord van de directeur-bestuurder"),
        ("p", "2025 was het laatste volledige jaar van ons ondersteuningsplan 2022-2026. In dit jaarverslag leggen wij "
              "verantwoording af over wat wij in 2025 hebben gedaan, over de inzet van de middelen en over de "
              "financiële positie per 31 december 2025. Het nieuwe ondersteuningsplan 2026-2030 is in maart 2026 "
              "vastgesteld en is een afzonderlijk document; dit jaarverslag beschrijft het afgelopen jaar."),
        ("h1", "Verslag van de raad van toezicht"),
        ("p", "De raad van toezicht vergaderde in 2025 zes keer. Belangrijke onderwerpen waren de voorbereiding van het "
              "nieuwe ondersteuningsplan, de afbouw van de reserves, de jaarrekening 2024 en de benoeming van een "
              "nieuwe accountant. De raad keurde de begroting 2026 goed op 12 december 2025."),
        ("h1", "Activiteiten in 2025"),
        ("h2", "Basisondersteuning"),
        ("p", "In 2025 bezochten de consulenten alle 47 scholen voor het jaarlijkse gesprek over de basisondersteuning. "
              "Bij vier scholen zijn verbeterafspraken gemaakt. Er zijn drie netwerkbijeenkomsten voor intern "
              "begeleiders georganiseerd."),
        ("h2", "Toelaatbaarheidsverklaringen"),
        ("p", "In 2025 zijn 118 toelaatbaarheidsverklaringen afgegeven: 71 voor het sbo en 47 voor het so. Er zijn "
              "twee bezwaarschriften ingediend; beide zijn ongegrond verklaard na advies van de Landelijke "
              "Bezwaaradviescommissie."),
        ("h2", "Terugplaatsing"),
        ("p", "Zeven leerlingen zijn in 2025 teruggeplaatst van het sbo of so naar het regulier basisonderwijs."),
        ("h2", "Thuiszitters"),
        ("p", "Op 1 oktober 2025 waren er vijf thuiszitters, tegen negen een jaar eerder."),
        ("h2", "Ouders"),
        ("p", "Het Ouder- en Jeugdsteunpunt Duinstreek voerde 212 gesprekken met ouders. De ouderpagina van de "
              "website werd 8.400 keer bezocht."),
        ("h1", "Kengetallen"),
        ("table", [["Kengetal", "2023", "2024", "2025"],
                   ["Leerlingen (1 oktober)", "9.870", "9.760", "9.690"],
                   ["Deelname sbo", "2,3%", "2,2%", "2,1%"],
                   ["Deelname so", "1,5%", "1,6%", "1,6%"],
                   ["Arrangementen", "260", "281", "295"]]),
        ("h1", "Financiële verantwoording"),
        ("p", "Het boekjaar 2025 is afgesloten met een negatief resultaat van € 412.000, conform de begrote afbouw "
              "van de reserves. Het eigen vermogen bedraagt per 31 december 2025 € 1.840.000. De "
              "weerstandsratio bedraagt 14%. De accountant heeft een goedkeurende controleverklaring afgegeven."),
        ("table", [["Staat van baten en lasten (x € 1.000)", "Begroting 2025", "Realisatie 2025", "Realisatie 2024"],
                   ["Rijksbijdragen", "10.950", "11.020", "10.880"],
                   ["Afdrachten so/sbo", "-5.610", "-5.690", "-5.540"],
                   ["Toekenningen aan besturen", "3.720", "3.760", "3.610"],
                   ["Personeelslasten", "1.180", "1.230", "1.150"],
                   ["Overige lasten", "740", "752", "701"],
                   ["Resultaat", "-300", "-412", "-121"]]),
        ("h1", "Medezeggenschap"),
        ("p", "De ondersteuningsplanraad vergaderde zes keer en stemde in februari 2026 in met het nieuwe "
              "ondersteuningsplan. De OPR volgde een scholing over de begroting."),
        ("h1", "Continuïteitsparagraaf"),
        ("p", "Voor 2026 en verder verwachten wij een lichte daling van het leerlingaantal. De meerjarenbegroting is "
              "opgenomen in de begroting 2026. Risico's betreffen vooral de groei van het so en de indexering van de "
              "rijksbijdragen."),
    ]
    labels = dict(sector="po", note="SWV annual report (jaarverslag/bestuursverslag + jaarrekening 2025): reports on "
                  "activities and accounts of a past year and explicitly says the ondersteuningsplan is a separate "
                  "document; not an ondersteuningsplan despite SWV markers and element vocabulary.")
    return "jaarverslag-2025-swv-po-duinstreek", B, labels


# --------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, lab, plan=True):
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + lab["sector"]]
    if not plan:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: " + q(lab["note"])]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in CORE]
        adv = {k: v for k, v in lab["advisory"].items() if v}
        lines.append("advisory_addressed:" + ("" if adv else " {}"))
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items()]
        lines.append("notes:")
        lines += [f"  {e}: {q(lab['notes'][e])}" for e in ELEMENTS]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_status(lab):
    for e in ELEMENTS:
        vals = [lab["criteria"][k] for k in CORE if k.startswith(e + ".")]
        st = lab["elements"][e]
        if all(vals):
            assert st == "present", e
        elif any(vals) or lab["advisory"].get(e):
            assert st == "partial", e
        else:
            assert st == "missing", e


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [(plan1, "docx"), (plan2, "pdf"), (plan3, "pdf"), (plan4, "docx"), (plan5, "md")]
    for fn, fmt in plans:
        name, blocks, lab, header = fn()
        check_status(lab)
        target = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, target, header)
        elif fmt == "pdf":
            write_pdf(blocks, target, header)
        else:
            write_md(blocks, target)
        write_label(OUT / f"{name}.expected.yaml", [target.name], lab)
    name, blocks, lab = nearmiss()
    target = OUT / f"{name}.html"
    write_html(blocks, target, "Jaarverslag 2025 SWV PO Duinstreek")
    write_label(OUT / f"{name}.expected.yaml", [target.name], lab, plan=False)


if __name__ == "__main__":
    main()
