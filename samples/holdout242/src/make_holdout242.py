#!/usr/bin/env python3
"""Generate the holdout242 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document.

Deterministic, no network.  Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
All organisations, names, addresses and figures are fictional.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
# ("table", [[header...], [row...], ...]) ("toc", [(entry, page), ...])
# ("title", text) ("sub", text) ("pagebreak",)
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p", "title", "sub"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] == "toc":
            n += sum(len(e.split()) for e, _ in b[1])
    return n


def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Samenwerkingsverband"
    cp.created = datetime.datetime(2025, 11, 3, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 3, 9, 0, 0)
    cp.title = header_text
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1]).runs[0].italic = True
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
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for entry, page in b[1]:
                doc.add_paragraph(f"{entry}\t{page}")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)}</p>'
           '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Resultaten</a> | <a href="#">Contact</a></nav></header>',
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f'<li><a href="#">{e(x)}</a></li>' for x, _ in b[1])
                       + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out.append("</main>")
    out.append(f'<footer><p>{e(footer_text)}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout242_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Shared filler (addresses none of the seven elements; mentions their words in passing)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat "
              f"van een intensief traject waarin schoolbesturen, directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, gemeenten en de ondersteuningsplanraad met elkaar in gesprek "
              f"zijn gegaan. Wij zijn dankbaar voor de betrokkenheid van iedereen die heeft meegedacht en "
              f"meegeschreven: leraren, ouders, jeugdprofessionals en bestuurders."),
        ("p", f"De afgelopen jaren hebben we veel geleerd. Passend onderwijs is geen eindpunt maar een "
              f"beweging. In {c['region']} zien we dat scholen steeds beter in staat zijn om leerlingen "
              f"met uiteenlopende behoeften een plek te bieden, maar ook dat de druk op leraren toeneemt, "
              f"dat het lerarentekort zijn sporen nalaat en dat de vraag naar jeugdhulp groeit. Wij zijn trots "
              f"op de resultaten die scholen dagelijks boeken en tegelijk realistisch over wat nog beter kan."),
        ("p", "Dit plan beschrijft op hoofdlijnen hoe wij de komende vier jaar werken. Het is nadrukkelijk "
              "een gezamenlijk plan: de middelen, de mensen en de expertise van het samenwerkingsverband zijn "
              "er uiteindelijk voor één doel, namelijk dat ieder kind of iedere jongere onderwijs krijgt dat "
              "bij hem of haar past. Achter elk arrangement, elke toelaatbaarheidsverklaring en elk gesprek "
              "met ouders staat een kind met een eigen verhaal."),
        ("p", f"Wij danken de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, "
              f"en de wethouders van {c['gemeenten_txt']} voor het open overleg. Wij wensen alle lezers veel "
              f"inspiratie bij het lezen van dit plan."),
        ("p", f"{c['director']}, directeur-bestuurder {c['short']}"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de context van het samenwerkingsverband: de regio, de aangesloten besturen "
              "en scholen en de ontwikkelingen die op ons afkomen. Daarna volgen onze missie en visie. De "
              "hoofdstukken daarna beschrijven achtereenvolgens de ondersteuning, de toewijzing, de "
              "samenwerking met partners, de organisatie en de financiële kaders. Aan het eind vindt u de "
              "planning, een begrippenlijst en een lijst met afkortingen. " + extra),
        ("p", "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, "
              "bedoelen we iedere vestiging die onder het samenwerkingsverband valt."),
    ]


def context(c):
    rows = [["Gemeente", "Inwoners (afgerond)", "Aantal scholen/vestigingen"]]
    rows += [[g, i, s] for g, i, s in c["gemeenten"]]
    return [
        ("h1", "1 Context en uitgangspunten"),
        ("h2", "1.1 Het samenwerkingsverband"),
        ("p", f"{c['name']} (registratiecode {c['code']}) is een stichting waarin {c['boards']} schoolbesturen "
              f"samenwerken. Het werkgebied omvat de gemeenten {c['gemeenten_txt']}. In totaal vallen "
              f"{c['nschools']} scholen en vestigingen onder het verband, met samen ongeveer {c['npupils']} "
              f"leerlingen op de teldatum van 1 oktober 2024. Het bureau van het samenwerkingsverband is "
              f"gevestigd in {c['seat']}."),
        ("table", rows),
        ("h2", "1.2 Ontwikkelingen in de regio"),
        ("p", f"De regio {c['region']} kent een gemengd beeld: kernen met krimp naast wijken waar door "
              "nieuwbouw het aantal jonge gezinnen toeneemt. Het leerlingaantal daalt de komende jaren naar "
              "verwachting licht. Daarnaast zien we een toename van het aantal nieuwkomers en van leerlingen "
              "met complexe vragen op het snijvlak van onderwijs en jeugdhulp. Scholen melden dat het "
              "lerarentekort het lastiger maakt om ondersteuning structureel te organiseren."),
        ("p", "Landelijk is er volop beweging: de Verbeteraanpak passend onderwijs, de wet die de positie van "
              "ouders en leerlingen versterkt, de discussie over een landelijke norm en de aandacht voor "
              "inclusiever onderwijs. Dit plan houdt daar rekening mee, maar we weten dat een aantal "
              "landelijke keuzes nog niet is gemaakt. Waar dat nodig is, passen we ons beleid tussentijds aan, "
              "altijd na instemming van de ondersteuningsplanraad."),
    ]


def missie_visie(c, kern):
    return [
        ("h1", "2 Missie, visie en ambities"),
        ("h2", "2.1 Missie"),
        ("p", f"{c['short']} zorgt er samen met de aangesloten besturen voor dat ieder kind in {c['region']} "
              "zich ononderbroken kan ontwikkelen, zo dicht mogelijk bij huis, met de ondersteuning die het "
              "nodig heeft. We doen dat niet alleen: scholen, ouders, gemeenten en zorgpartners dragen samen "
              "verantwoordelijkheid."),
        ("h2", "2.2 Visie"),
        ("p", "Wij geloven dat elk kind talenten heeft en dat onderwijs die talenten zichtbaar moet maken. "
              "Ondersteuning begint in de klas, bij een leraar die ziet wat een leerling nodig heeft. Ouders "
              "zijn daarbij onze belangrijkste partners; zij kennen hun kind als geen ander. Wij kijken naar "
              "mogelijkheden en niet naar beperkingen, en wij denken in oplossingen in plaats van in "
              "procedures. Geld volgt de ondersteuningsvraag en niet andersom."),
        ("p", "Onze kernwaarden zijn:"),
        ("ul", kern),
        ("h2", "2.3 Ambities voor de planperiode"),
        ("p", "Voor de komende vier jaar formuleren wij een aantal ambities die richting geven aan ons werk. "
              "Ze zijn bewust breed geformuleerd; de jaarplannen vertalen ze naar concrete activiteiten."),
        ("ul", ["Heldere rollen: besturen, scholen en bureau weten wat zij van elkaar kunnen verwachten.",
                "Minder bureaucratie: scholen besteden hun tijd aan kinderen en niet aan formulieren.",
                "Sterkere verbinding met jeugdhulp en gemeenten.",
                "Een lerende organisatie: we evalueren ons werk en leren van elkaar."]),
    ]


def governance(c, rows_extra=None):
    rows = [["Orgaan", "Samenstelling", "Belangrijkste taken"],
            ["Algemeen bestuur / Raad van Toezicht", "Vertegenwoordigers van de aangesloten schoolbesturen",
             "Toezicht houden, goedkeuren van plan, begroting en jaarverslag, benoemen directeur-bestuurder"],
            ["Directeur-bestuurder", c["director"], "Dagelijkse leiding, voorbereiden beleid, werkgever bureau"],
            ["Directeurenoverleg", "Een directeur per bestuur", "Advies over uitvoering en ontwikkeling"],
            ["Ondersteuningsplanraad (OPR)", "Afgevaardigden uit de medezeggenschapsraden",
             "Instemming op het ondersteuningsplan"],
            ["Medezeggenschapsraad bureau", "Medewerkers van het bureau", "Medezeggenschap personeel bureau"]]
    if rows_extra:
        rows += rows_extra
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['short']} is een stichting met een scheiding tussen bestuur en toezicht. De "
              "directeur-bestuurder vormt het bestuur in de zin van de statuten; de vertegenwoordigers van de "
              "aangesloten besturen houden toezicht. De Code Goed Bestuur is richtinggevend. Eens per jaar "
              "evalueert het toezichthoudend orgaan zijn eigen functioneren."),
        ("table", rows),
        ("p", "Het bureau bestaat uit een kleine staf: een directeur-bestuurder, een beleidsmedewerker, een "
              "controller, een managementassistent en een team consulenten en orthopedagogen. Het bureau "
              "ondersteunt scholen, voert de wettelijke taken uit en zorgt voor de verbinding met partners. "
              "Geschillen tussen aangesloten besturen worden volgens de statuten voorgelegd aan een "
              "onafhankelijke geschillencommissie."),
        ("p", "Het samenwerkingsverband werkt met een planning- en controlcyclus. Dit ondersteuningsplan geeft "
              "de richting voor vier jaar; het jaarplan werkt de ambities per jaar uit; het jaarverslag legt "
              "verantwoording af aan toezicht, besturen en de inspectie."),
    ]


def opr(c, parents_role=True, date="15 april 2026"):
    blocks = [("h2", "Ondersteuningsplanraad en medezeggenschap")]
    if parents_role:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) bestaat voor de helft uit ouders en voor de helft "
                            "uit personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. "
                            "Ouders in de OPR brengen het perspectief van gezinnen in; zij raadplegen daarvoor "
                            "ook hun achterban via de medezeggenschapsraden. De OPR vergadert zes keer per jaar "
                            "en heeft instemmingsrecht op het ondersteuningsplan."))
    else:
        blocks.append(("p", "De OPR heeft instemmingsrecht op het ondersteuningsplan en op tussentijdse "
                            "wijzigingen. Het bestuur en de OPR hebben een medezeggenschapsreglement en een "
                            "medezeggenschapsstatuut vastgesteld."))
    blocks.append(("p", f"Het concept van dit plan is op 10 februari 2026 aan de OPR voorgelegd. Na twee "
                        f"overlegvergaderingen heeft de OPR op {date} ingestemd. Het plan is daarna "
                        f"definitief vastgesteld en voor 1 mei aan de inspectie toegezonden."))
    return blocks


def oogo(c, cooperation=True):
    blocks = [("h1", "Samenwerking met gemeenten (OOGO)")]
    if cooperation:
        blocks += [
            ("p", f"Met de gemeenten {c['gemeenten_txt']} voeren wij op overeenstemming gericht overleg (OOGO) "
                  "over dit plan en over de jeugdplannen van de gemeenten. Samen werken wij aan een sluitende "
                  "aanpak waarin onderwijs en jeugdhulp elkaar versterken. Thema's zijn onder meer de "
                  "aansluiting tussen schoolondersteuning en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, "
                  "leerplicht en de overgangen tussen schoolsoorten."),
            ("ul", ["Schoolmaatschappelijk werk en jeugdprofessionals op iedere school, gefinancierd door de "
                    "gemeenten.",
                    "Gezamenlijke onderwijs-zorgarrangementen voor leerlingen die zorg in onderwijstijd nodig "
                    "hebben; afspraken over wie wat betaalt staan in een convenant.",
                    "Viermaal per jaar bestuurlijk overleg tussen wethouders en directeur-bestuurder."]),
            ("p", "Het OOGO over dit plan vond plaats op 4 maart 2026; het verslag met de uitkomsten is bij het "
                  "bestuur bekend."),
        ]
    else:
        blocks += [
            ("p", "Het op overeenstemming gericht overleg (OOGO) over dit plan heeft plaatsgevonden op 4 maart "
                  "2026. Tevens is overleg gevoerd met het samenwerkingsverband in de andere sector waarvan het "
                  "werkgebied overlapt. De gemeenten hebben geen bezwaren tegen het plan kenbaar gemaakt."),
        ]
    return blocks


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van ondersteuning staat of valt met de mensen die haar bieden. Het lerarentekort "
              "raakt ook ons werk: vacatures voor intern begeleiders, ondersteuningscoördinatoren en "
              "gedragsspecialisten zijn moeilijk te vervullen. Het samenwerkingsverband investeert daarom in "
              "professionalisering en in het delen van kennis tussen scholen."),
        ("ul", ["Netwerken voor intern begeleiders en ondersteuningscoördinatoren, vier keer per jaar.",
                "Een leergang handelingsgericht werken voor nieuwe leraren.",
                "Intervisie voor consulenten en orthopedagogen van het bureau.",
                "Studiedagen over thema's als trauma-sensitief lesgeven en meertaligheid."]),
        ("p", "Het bureau zelf heeft een formatie van ongeveer veertien fte. Medewerkers vallen onder de cao "
              "van de sector. Het samenwerkingsverband voert een eigen strategisch personeelsbeleid met "
              "aandacht voor duurzame inzetbaarheid, scholing en verzuim. Het ziekteverzuim op het bureau was "
              "de afgelopen jaren laag. Jaarlijks voeren medewerkers een gesprek over hun ontwikkeling."),
        ("p", "Voor de scholen geldt dat de besturen werkgever zijn van het onderwijspersoneel. Het "
              "samenwerkingsverband maakt geen afspraken over formatie op scholen, maar faciliteert wel "
              "gezamenlijke initiatieven, zoals een gezamenlijke vacaturesite en een regionaal inwerkprogramma."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, privacy en gegevensbeheer"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen "
              "en adviezen. Wij doen dat zorgvuldig en volgens de Algemene verordening gegevensbescherming. Er "
              "is een functionaris gegevensbescherming aangesteld die wij delen met andere "
              "samenwerkingsverbanden. Het privacyreglement beschrijft welke gegevens wij bewaren, hoe lang en "
              "wie er toegang toe heeft."),
        ("ul", ["Dossiers worden uitsluitend via een beveiligde digitale omgeving uitgewisseld.",
                "Medewerkers tekenen een geheimhoudingsverklaring.",
                "Datalekken worden binnen 72 uur gemeld aan de Autoriteit Persoonsgegevens.",
                "Gegevens worden niet langer bewaard dan noodzakelijk."]),
        ("p", "In de planperiode vervangen wij ons registratiesysteem. Het nieuwe systeem moet het voor scholen "
              "eenvoudiger maken om aanvragen in te dienen en voor het bureau om gegevens te analyseren. De "
              "aanbesteding loopt; de implementatie volgt in het schooljaar 2026-2027."),
    ]


def planning(c, rows):
    return [("h1", "Planning en jaaragenda"),
            ("p", "Onderstaande tabel geeft de belangrijkste mijlpalen in de planperiode weer. De precieze "
                  "uitwerking volgt jaarlijks in het jaarplan."),
            ("table", [["Periode", "Activiteit", "Verantwoordelijk"]] + rows)]


def begrippen(rows):
    return [("h1", "Bijlage: begrippenlijst"),
            ("table", [["Begrip", "Omschrijving"]] + rows)]


def afkortingen(items):
    return [("h1", "Bijlage: afkortingen"), ("ul", items)]


def totstandkoming(c, parents_input=True):
    ouders = ("Tijdens twee avonden met ouders in de OPR-achterban haalden wij reacties op de concepttekst op. "
              if parents_input else "")
    return [
        ("h2", "Totstandkoming van dit plan"),
        ("p", "Dit plan is in ongeveer een jaar tot stand gekomen. In het voorjaar van 2025 startte een "
              "stuurgroep met vertegenwoordigers van de besturen, het bureau en twee directeuren. Vier "
              "werkgroepen schreven conceptteksten; iedere werkgroep had een voorzitter uit het directeurenoverleg "
              "en een secretaris vanuit het bureau. In het najaar zijn de concepten besproken in regionale "
              "bijeenkomsten met intern begeleiders, ondersteuningscoördinatoren en leraren. " + ouders +
              "Daarna heeft de stuurgroep de teksten samengevoegd tot één document."),
        ("p", "Wij hebben bewust gekozen voor een compact plan. Uitwerkingen op het niveau van activiteiten staan in "
              "de jaarplannen; dit plan legt de kaders voor vier jaar vast. Tussentijdse wijzigingen leggen wij "
              "altijd ter instemming voor aan de ondersteuningsplanraad."),
    ]


def landelijk(c):
    return [
        ("h2", "Landelijke ontwikkelingen"),
        ("p", "Het kabinet heeft de ambitie uitgesproken dat het onderwijs in 2035 zo inclusief mogelijk is. Dat "
              "betekent dat steeds meer kinderen met een beperking of ondersteuningsbehoefte samen met "
              "leeftijdgenoten naar school gaan. Voor samenwerkingsverbanden heeft dat gevolgen voor de rol van "
              "speciale scholen, voor de inzet van middelen en voor de samenwerking met zorgpartners. Hoe die "
              "beweging er in onze regio uitziet, verkennen wij de komende jaren samen met de besturen."),
        ("p", "Daarnaast werkt het ministerie aan een aantal wetswijzigingen: de versterking van de positie van "
              "ouders en leerlingen, een landelijke norm, aanpassingen in de bekostiging en nieuwe regels rond "
              "reserves. Ook het toezicht van de inspectie verandert: de inspectie kijkt nadrukkelijker naar de "
              "sturing door het samenwerkingsverband en naar de dialoog met scholen en de OPR. Wij volgen deze "
              "ontwikkelingen via de sectorraden en de landelijke netwerken van samenwerkingsverbanden."),
        ("p", "Ten slotte vraagt het lerarentekort om andere oplossingen. Niet elke vacature kan worden vervuld; "
              "scholen werken met onderwijsassistenten, zij-instromers en anders georganiseerd onderwijs. Het "
              "samenwerkingsverband denkt mee, maar is geen werkgever van leraren."),
    ]


def kennis(c):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", f"{c['short']} wil een lerend netwerk zijn. Scholen weten vaak meer dan zij denken, en die kennis "
              "moet makkelijker stromen. Daarom organiseren wij jaarlijks een kennisfestival, publiceren wij "
              "praktijkvoorbeelden in de nieuwsbrief en ondersteunen wij scholen die samen een innovatie willen "
              "uitproberen. Voorbeelden uit de afgelopen jaren zijn een co-teachingproject, een pilot met "
              "beeldcoaching en een netwerk van gedragsspecialisten."),
        ("p", "Met een hogeschool in de regio werken wij samen in een kenniswerkplaats. Studenten doen "
              "praktijkgericht onderzoek op scholen, begeleid door een lector. De onderzoeksvragen komen uit "
              "de scholen zelf. De resultaten van die onderzoeken worden gedeeld tijdens het kennisfestival."),
        ("ul", ["Innovatiebudget: scholen kunnen een klein projectvoorstel indienen bij het bureau.",
                "Leernetwerken rond thema's als executieve functies, meertaligheid en jonge kinderen.",
                "Een digitale kennisbank met handreikingen, formats en praktijkvoorbeelden."]),
    ]


def huisvesting(c):
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch raken zij ons werk: "
              "een kind dat naar een speciale school buiten de eigen gemeente gaat, is vaak lang onderweg, en "
              "scholen die meer inclusief willen werken hebben soms andere ruimtes nodig, zoals prikkelarme "
              "werkplekken of een verzorgingsruimte. In het overleg met de gemeenten vragen wij daarom aandacht "
              "voor het integraal huisvestingsplan en voor de verordening leerlingenvervoer."),
        ("p", "Ouders die vragen hebben over leerlingenvervoer, verwijzen wij naar hun gemeente. Het "
              "samenwerkingsverband heeft geen budget voor vervoer en neemt geen besluiten over vervoer."),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", f"Het bureau van {c['short']} is gehuisvest in {c['seat']}, in een pand dat het deelt met andere "
              "maatschappelijke organisaties. Daardoor zijn de lijnen met jeugdhulp en leerplicht kort. Het bureau "
              "is op werkdagen bereikbaar; consulenten werken voor een groot deel op de scholen zelf."),
        ("p", "Wij kopen diensten zoals salarisadministratie, ICT-beheer en juridische ondersteuning gezamenlijk "
              "in met andere samenwerkingsverbanden in de provincie. Dat levert schaalvoordeel op en maakt ons "
              "minder kwetsbaar bij uitval van een medewerker. Inkoop gebeurt volgens een inkoopbeleid dat het "
              "bestuur in 2024 heeft vastgesteld."),
        ("ul", ["Archivering volgens de Archiefwet en het privacyreglement.",
                "Duurzaamheid: het bureau werkt papierarm en medewerkers reizen zo veel mogelijk met het openbaar "
                "vervoer of de fiets.",
                "Een integriteitscode en een klokkenluidersregeling voor medewerkers van het bureau.",
                "Een bedrijfshulpverleningsplan en een jaarlijkse ontruimingsoefening."]),
        ("p", "Eens per jaar bespreekt het bestuur een rapportage over de bedrijfsvoering. Verbeterpunten worden "
              "opgenomen in het jaarplan van het bureau."),
    ]


COMMON_ABBR = ["AB – algemeen bestuur", "IB – intern begeleider", "OOGO – op overeenstemming gericht overleg",
               "OPP – ontwikkelingsperspectiefplan", "OPR – ondersteuningsplanraad",
               "SOP – schoolondersteuningsprofiel", "SWV – samenwerkingsverband",
               "TLV – toelaatbaarheidsverklaring", "OJSP – ouder- en jeugdsteunpunt",
               "MDO – multidisciplinair overleg", "AVG – Algemene verordening gegevensbescherming"]


# ---------------------------------------------------------------------------
# Plan A — PO, docx
# ---------------------------------------------------------------------------

def plan_a():
    c = dict(name="Stichting Samenwerkingsverband Passend Leren Maas en Waal", short="Passend Leren Maas en Waal",
             code="PO 26-14", period="2026-2030", region="Maas en Waal", boards=9, nschools=46,
             npupils="9.800", seat="Druten", director="mw. drs. H.A. Verbeek",
             gemeenten=[("Druten", "19.500", "12"), ("West Maas en Waal", "19.900", "13"),
                        ("Beuningen", "26.200", "15"), ("Wijchen (deel)", "8.400", "6")],
             gemeenten_txt="Druten, West Maas en Waal, Beuningen en Wijchen")
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} – {c['code']} – 'Samen sterk voor elk kind'"),
         ("p", "Vastgesteld door het bestuur op 22 april 2026, na instemming van de ondersteuningsplanraad."),
         ("pagebreak",),
         ("toc", [("Voorwoord", 3), ("1 Context en uitgangspunten", 5), ("2 Missie, visie en ambities", 7),
                  ("3 Basisondersteuning: wat elke school biedt", 9), ("4 Extra ondersteuning en arrangementen", 11),
                  ("5 Toelaatbaarheid sbo en so", 13), ("5.6 Afloop van de verklaring", 15),
                  ("6 Ondersteuningsaanbod en dekkend netwerk", 16), ("6.3 Thuiszitters", 17),
                  ("7 Communicatie", 18), ("8 Geld en middelen", 20), ("9 Opbrengsten en resultaten", 23),
                  ("10 Organisatie en governance", 24), ("11 Samenwerking met gemeenten (OOGO)", 26),
                  ("12 Personeel", 27), ("13 ICT en privacy", 28), ("14 Planning", 29),
                  ("Bijlage: begrippenlijst", 30), ("Bijlage: afkortingen", 31)]),
         ("pagebreak",)]
    b += voorwoord(c)
    b += leeswijzer(c, "Terugplaatsing vanuit het speciaal (basis)onderwijs komt aan bod in hoofdstuk 5.")
    b += totstandkoming(c)
    b += landelijk(c)
    b += context(c)
    b += missie_visie(c, ["Kind centraal: we kijken naar wat een kind nodig heeft.",
                          "Vertrouwen: we gaan uit van de professionaliteit van scholen.",
                          "Samen: ouders, school en partners trekken samen op.",
                          "Eenvoud: zo min mogelijk regels, zo veel mogelijk ruimte."])
    # --- basisondersteuning: present (niveau + inhoud), borging advisory
    b += [
        ("h1", "3 Basisondersteuning: wat elke school biedt"),
        ("p", "Alle besturen in Passend Leren Maas en Waal hebben samen afgesproken welke ondersteuning iedere "
              "school, en iedere vestiging daarvan, minimaal biedt. Dat afgesproken niveau noemen wij de "
              "basisondersteuning. Het geldt voor alle 46 scholen, ongeacht bestuur, denominatie of grootte. "
              "Basisondersteuning wordt geboden zonder aanvraag bij het samenwerkingsverband en zonder dat "
              "daarvoor een apart dossier nodig is. Alles wat een school meer biedt dan dit niveau, valt onder "
              "extra ondersteuning (hoofdstuk 4)."),
        ("p", "In de tabel hieronder staat per domein wat u als ouder op elke school in ons verband mag "
              "verwachten."),
        ("table", [["Domein", "Wat elke school in Maas en Waal minimaal biedt"],
                   ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; "
                    "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt; vaste overleggen met "
                    "schoolmaatschappelijk werk."],
                   ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra "
                    "leesinstructie in kleine groepjes vanaf groep 3; voorleessoftware voor leerlingen met een "
                    "dyslexieverklaring."],
                   ["Rekenen en dyscalculie", "Signalering met methode-onafhankelijke toetsen; een "
                    "rekenverbeterplan voor leerlingen die twee meetmomenten achter elkaar uitvallen."],
                   ["Gedrag en sociaal-emotioneel", "Een schoolbreed gedragsprogramma (zoals PBS of "
                    "vergelijkbaar); een anti-pestcoördinator; korte interventies zoals een "
                    "sociale-vaardigheidstraining in de groep."],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof; een verrijkingsgroep "
                    "op school of bij een partnerschool."],
                   ["Taal en NT2", "Extra woordenschatonderwijs en een leerkracht met NT2-scholing per school."],
                   ["Medische handelingen", "Een protocol medisch handelen; leerkrachten weten wat te doen bij "
                    "epilepsie, diabetes en allergieën."],
                   ["Planmatig werken", "Handelingsgericht werken met groepsoverzichten, twee keer per jaar "
                    "groepsbesprekingen en een ontwikkelingsperspectief waar dat nodig is."]]),
        ("h2", "3.2 Hoe wij de basisondersteuning bewaken"),
        ("p", "Iedere school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Een "
              "consulent van het samenwerkingsverband bespreekt de kaart met de directeur en de intern "
              "begeleider. Voldoet een school op een of meer domeinen niet, dan stelt het bestuur binnen drie "
              "maanden een verbeterplan op, dat de consulent na zes maanden met de school evalueert."),
    ]
    # --- extra ondersteuning / continuum (dekkend-aanbod continuum true)
    b += [
        ("h1", "4 Extra ondersteuning en arrangementen"),
        ("p", "Soms heeft een leerling meer nodig dan de basisondersteuning. De school bespreekt de leerling dan "
              "in het ondersteuningsteam, samen met ouders en, waar nodig, de consulent van het "
              "samenwerkingsverband. Samen stellen zij vast welke extra ondersteuning nodig is en wie die biedt."),
        ("p", "Extra ondersteuning kan bestaan uit een arrangement op de eigen school (bijvoorbeeld extra "
              "handen in de klas, specifieke begeleiding door een gedragsspecialist of een aangepast programma), "
              "uit een tijdelijke plaatsing in een bovenschoolse voorziening of uit een plaatsing in het "
              "speciaal basisonderwijs of speciaal onderwijs."),
    ]
    # --- plaatsing: procedure true, criteria false (deferral); terugstroom hidden in 5.6
    b += [
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("h2", "5.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "(cluster 3 en 4) wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat "
              "ingeschreven. Voor kinderen die nog niet op een school zitten (bijvoorbeeld vanuit een "
              "kinderdagcentrum) vraagt de school van aanmelding aan."),
        ("h2", "5.2 Stappen"),
        ("ol", ["De school bespreekt de leerling in het ondersteuningsteam en vult het groeidocument aan met "
                "een actueel ontwikkelingsperspectief.",
                "De school dient de aanvraag in via het digitale loket van het samenwerkingsverband, met het "
                "groeidocument, het onderwijskundig rapport en de zienswijze van ouders.",
                "Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
                "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
                "psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede "
                "deskundige (bijvoorbeeld een kinderpsychiater, maatschappelijk werker of arts). Deskundigen "
                "die bij de aanvraag betrokken waren, adviseren niet.",
                "De Commissie Toelaatbaarheid (voorzitter: de directeur-bestuurder) neemt binnen zes weken na "
                "ontvangst van het volledige dossier een besluit.",
                "Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."]),
        ("h2", "5.3 Waarop de commissie let"),
        ("p", "De inhoudelijke criteria voor toelaatbaarheid tot het sbo en het so worden in het schooljaar "
              "2026-2027 samen met de sbo- en so-scholen herijkt. Zodra het bestuur de nieuwe criteria heeft "
              "vastgesteld, worden zij aan dit plan toegevoegd. Tot die tijd weegt de commissie iedere aanvraag "
              "afzonderlijk."),
        ("h2", "5.4 Duur en categorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie "
              "na twee schooljaren. Een TLV voor het so geldt twee schooljaren en loopt af op 31 juli. Voor het "
              "so stelt de commissie tevens de bekostigingscategorie vast: laag, midden of hoog."),
        ("h2", "5.5 Bezwaar"),
        ("p", "Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. "
              "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die advies uitbrengt; daarna beslist het bestuur op het bezwaar."),
        ("h2", "5.6 Afloop van de verklaring"),
        ("p", "Plaatsing in het sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat een leerling "
              "terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonplaats, zodra de "
              "ondersteuningsbehoefte dat toelaat en de ontvangende school met extra ondersteuning kan bieden "
              "wat nodig is. Voorwaarden zijn dat de ontwikkeling in het ontwikkelingsperspectief stabiel is, "
              "dat ouders instemmen en dat er een passende ontvangende school is gevonden."),
        ("p", "Werkwijze: in het laatste jaar van de TLV organiseert de sbo- of so-school uiterlijk 1 februari "
              "een evaluatiegesprek met ouders, de consulent van het samenwerkingsverband en, als die al in beeld "
              "is, de ontvangende school. In dit gesprek wordt het ontwikkelingsperspectief beoordeeld. De "
              "consulent adviseert; de directeur van de speciale school beslist samen met ouders of de leerling "
              "per 1 augustus terugkeert of dat een nieuwe TLV wordt aangevraagd. Kiest men voor terugkeer, dan "
              "draagt de speciale school het dossier voor 1 juni warm over."),
        ("p", "Na terugkeer krijgt de ontvangende school een overgangsarrangement van ten hoogste twaalf "
              "maanden: begeleiding door een ambulant begeleider van de speciale school en extra inzet in de "
              "groep, bekostigd door het samenwerkingsverband."),
    ]
    # --- dekkend-aanbod: continuum true, lacunes false (deferral)
    b += [
        ("h1", "6 Ondersteuningsaanbod en dekkend netwerk"),
        ("h2", "6.1 Het aanbod in lagen"),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1 Basis", "Basisondersteuning (hoofdstuk 3)", "Alle 46 scholen"],
                   ["2 Extra op school", "Arrangement op maat: extra begeleiding, gedragsspecialist, "
                    "aangepast programma", "Eigen school, met middelen van het samenwerkingsverband"],
                   ["3 Bovenschools", "Plusklas (hoogbegaafdheid), taalklas voor nieuwkomers, "
                    "observatiegroep jonge kind (groep 1-3)", "Druten, Beuningen, Wamel"],
                   ["4 Speciaal basisonderwijs", "Sbo De Vlonder, sbo Het Palet", "Druten, Beuningen"],
                   ["5 Speciaal onderwijs", "So-school De Regenboog (cluster 4), so De Sterrenwacht "
                    "(cluster 3, ook EMB)", "Wijchen, Nijmegen (buiten de regio)"]]),
        ("p", "De lagen sluiten op elkaar aan: een leerling kan tijdelijk een stap omhoog of omlaag zetten. "
              "De consulent van het samenwerkingsverband is het vaste aanspreekpunt voor scholen bij de "
              "overgang tussen lagen."),
        ("h2", "6.2 Samenwerking met jeugdhulp"),
        ("p", "Op iedere school is een schoolmaatschappelijk werker beschikbaar. Voor kinderen die zorg in "
              "onderwijstijd nodig hebben, maken school, gemeente en zorgaanbieder samen een "
              "onderwijs-zorgarrangement."),
        ("h2", "6.3 Thuiszitters"),
        ("p", "Ook in Maas en Waal zijn er kinderen die (tijdelijk) niet naar school gaan. In de komende "
              "planperiode willen we samen met leerplicht onderzoeken hoe we beter zicht krijgen op deze "
              "kinderen en op plekken die in de regio ontbreken. Een aanpak volgt na dat onderzoek."),
    ]
    # --- ouders: present, hidden in "Communicatie"
    b += [
        ("h1", "7 Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen, besturen, gemeenten en ouders. Hieronder staan de belangrijkste middelen."),
        ("table", [["Doelgroep", "Middel", "Frequentie"],
                   ["Scholen en besturen", "Nieuwsbrief, directeurenoverleg, IB-netwerk", "Maandelijks / 4x per jaar"],
                   ["Ouders", "Ouderpagina op de website met per school de ondersteuning die de school biedt en "
                    "hoe je extra ondersteuning aanvraagt; folder 'Passend onderwijs in Maas en Waal' (ook in "
                    "het Engels, Pools en Arabisch), uitgereikt bij inschrijving", "Doorlopend"],
                   ["Ouders", "Informatieavond 'De weg naar extra ondersteuning' in Druten en Beuningen",
                    "Twee keer per jaar"],
                   ["Ouders", "Schoolgids van iedere school, hoofdstuk ondersteuning, met verwijzing naar dit plan",
                    "Jaarlijks"],
                   ["Gemeenten", "Bestuurlijk overleg, OOGO", "4x per jaar"]]),
        ("h2", "7.2 Onafhankelijke hulp voor ouders"),
        ("p", "Soms lopen gesprekken tussen ouders en school vast, of hebben ouders vragen die zij liever niet "
              "aan school stellen. Het Ouder- en Jeugdsteunpunt 'Samen Verder' staat los van scholen en "
              "samenwerkingsverband en helpt ouders en leerlingen kosteloos: telefonisch, per mail en op het "
              "wekelijkse spreekuur in de bibliotheek van Druten. Daarnaast kunnen ouders terecht bij de "
              "landelijke Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        ("h2", "7.3 Ouders als partner"),
        ("p", "Ouders worden betrokken bij het opstellen en evalueren van het ontwikkelingsperspectiefplan en "
              "worden uitgenodigd voor het ondersteuningsteam als hun kind wordt besproken."),
    ]
    # --- financien: present under "Geld en middelen"
    b += [
        ("h1", "8 Geld en middelen"),
        ("h2", "8.1 Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Daarvan gaan eerst de afdrachten voor leerlingen in het so (via DUO) en de bekostiging van het "
              "sbo boven de 2%-grens af. Het restant verdelen wij volgens de regels hieronder."),
        ("h2", "8.2 Zo verdelen wij"),
        ("ul", ["Schoolbudget: iedere school ontvangt € 185 per leerling op de teldatum 1 oktober van het "
                "voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. Het budget wordt aan het "
                "bestuur overgemaakt in twaalf maandelijkse termijnen.",
                "Arrangementen: voor extra ondersteuning boven het schoolbudget kan een school een arrangement "
                "aanvragen; de consulent adviseert en de directeur-bestuurder kent binnen vier weken toe, tot "
                "een maximum van € 12.000 per leerling per jaar.",
                "Bovenschoolse voorzieningen: de plusklas, taalklas en observatiegroep worden rechtstreeks door "
                "het samenwerkingsverband bekostigd.",
                "Overgangsarrangementen na terugkeer uit sbo/so: vast bedrag van € 4.500 per leerling."]),
        ("h2", "8.3 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "7.420", "7.310", "7.250", "7.180"],
                   ["Afdracht so (DUO)", "-2.310", "-2.290", "-2.270", "-2.260"],
                   ["Afdracht sbo boven 2%", "-640", "-620", "-610", "-600"],
                   ["Schoolbudgetten", "2.090", "2.060", "2.040", "2.010"],
                   ["Arrangementen", "1.150", "1.150", "1.140", "1.120"],
                   ["Bovenschoolse voorzieningen", "620", "630", "640", "640"],
                   ["Overgangsarrangementen", "90", "90", "95", "95"],
                   ["Bureau en personeel", "580", "590", "600", "610"],
                   ["Resultaat", "-60", "-120", "-145", "-155"]]),
        ("p", "Het negatieve resultaat is bewust: wij bouwen de reserve af naar de signaleringswaarde. Het "
              "weerstandsvermogen daalt van 14% in 2025 naar ongeveer 7% in 2029, wat past binnen de "
              "bandbreedte die het bestuur hanteert."),
        ("h2", "8.4 Verantwoording"),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 april in een vast format hoe zij het schoolbudget en de "
              "arrangementen hebben ingezet. De controller bundelt deze verantwoordingen voor het jaarverslag."),
    ]
    # --- resultaten: missing (deferral only)
    b += [
        ("h1", "9 Opbrengsten en resultaten"),
        ("p", "Deze paragraaf is nog in bewerking. Zodra de regionale monitor passend onderwijs is opgeleverd "
              "(verwacht in het voorjaar van 2027), vullen wij haar aan en leggen wij de tekst ter instemming "
              "voor aan de OPR."),
    ]
    b += kennis(c)
    b += huisvesting(c)
    b += bedrijfsvoering(c)
    b += governance(c)
    b += opr(c, parents_role=True, date="14 april 2026")
    b += oogo(c, cooperation=True)
    b += personeel(c)
    b += ict_privacy(c)
    b += planning(c, [["Voorjaar 2026", "Vaststelling plan, instemming OPR, toezending inspectie", "Directeur-bestuurder"],
                      ["Schooljaar 2026-2027", "Herijking criteria toelaatbaarheid", "Commissie Toelaatbaarheid"],
                      ["Najaar 2026", "Eerste ronde kwaliteitskaarten basisondersteuning", "Consulenten"],
                      ["Voorjaar 2027", "Oplevering regionale monitor; aanvulling hoofdstuk 9", "Beleidsmedewerker"],
                      ["2028", "Tussenevaluatie plan", "Bestuur en OPR"],
                      ["Voorjaar 2030", "Nieuw ondersteuningsplan", "Bestuur"]])
    b += begrippen([["Basisondersteuning", "Het door alle besturen afgesproken niveau van ondersteuning dat "
                     "iedere school biedt."],
                    ["Arrangement", "Extra ondersteuning voor een leerling of groep, toegekend door het SWV."],
                    ["Toelaatbaarheidsverklaring", "Besluit van het SWV dat een leerling toelaatbaar is tot "
                     "sbo of so, op basis van vastgestelde criteria."],
                    ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar een reguliere school."],
                    ["Resultaten", "De beoogde en bereikte resultaten van het SWV, gemeten met de monitor."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
                    ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling niet naar school gaat."]])
    b += afkortingen(COMMON_ABBR + ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"])
    label = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="partial",
                                            terugstroom="present", financien="present",
                                            **{"dekkend-aanbod": "partial"}, resultaten="missing",
                                            ouders="present"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                           "plaatsing.procedure": True, "plaatsing.criteria": False,
                           "terugstroom.procedure": True, "terugstroom.beleid": True,
                           "financien.verdeling": True, "financien.besteding": True,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                           "resultaten.doelen": False, "resultaten.monitoring": False,
                           "ouders.informatie": True, "ouders.steunpunt": True},
                 advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                           "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 3 states the agreed minimum for all 46 schools and a table of concrete provisions; 3.2 kwaliteitskaart.",
                        "plaatsing": "Ch. 5.1-5.2 give applicant, steps, deskundigen, commission and 6-week term; 5.3 only defers the criteria to 2026-2027 ('per aanvraag afzonderlijk').",
                        "terugstroom": "Hidden in 5.6 'Afloop van de verklaring' inside the TLV chapter: policy (aim, conditions, overgangsarrangement) and procedure (evaluation by 1 Feb, who decides).",
                        "financien": "Ch. 8 'Geld en middelen': per-leerling bedrag, vaste voet, arrangementen, meerjarenbegroting table 2026-2029.",
                        "dekkend-aanbod": "6.1 table gives the layered continuum; 6.3 thuiszitters only announces future research ('Een aanpak volgt').",
                        "resultaten": "Ch. 9 only defers to a monitor expected in 2027; no goals or monitoring anywhere (TOC/glossary only).",
                        "ouders": "Ch. 7 'Communicatie' table (ouderpagina, folder, infoavonden) and 7.2 OJSP 'Samen Verder', Onderwijsconsulenten, Geschillencommissie."})
    return "po-swv-maasenwaal-op-2026", c, b, label


# ---------------------------------------------------------------------------
# Plan B — VO, docx
# ---------------------------------------------------------------------------

def plan_b():
    c = dict(name="Samenwerkingsverband VO Heuvelland Oost", short="SWV Heuvelland Oost", code="VO 27-09",
             period="2026-2030", region="Heuvelland Oost", boards=6, nschools=17, npupils="11.400",
             seat="Rijssen", director="dhr. M.J. ter Horst MSc",
             gemeenten=[("Rijssen-Holten", "38.900", "6"), ("Hellendoorn", "36.100", "5"),
                        ("Wierden", "24.900", "3"), ("Twenterand (deel)", "12.000", "3")],
             gemeenten_txt="Rijssen-Holten, Hellendoorn, Wierden en Twenterand")
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) – versie ter instemming OPR"),
         ("pagebreak",),
         ("toc", [("Voorwoord", 2), ("1 Context en uitgangspunten", 4), ("2 Missie, visie en ambities", 6),
                  ("3 Basisondersteuning", 8), ("4 Toewijzing en toelaatbaarheid", 10),
                  ("4.1 Vso", 10), ("4.2 Lwoo", 11), ("4.3 Praktijkonderwijs", 12),
                  ("4.6 Terugplaatsing en overplaatsing vanuit het vso", 13),
                  ("5 Dekkend aanbod", 14), ("6 Resultaten en kwaliteitszorg", 17),
                  ("7 Financiën", 19), ("8 Ouders en leerlingen", 21), ("9 Organisatie", 22),
                  ("10 Gemeenten", 24), ("11 Personeel", 25), ("12 ICT en privacy", 26),
                  ("13 Planning", 27), ("Begrippenlijst", 28)]),
         ("pagebreak",)]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += totstandkoming(c, parents_input=False)
    b += landelijk(c)
    b += context(c)
    b += [("h2", "1.3 Terugblik"),
          ("p", "In de vorige planperiode is het OPDC verhuisd naar een nieuw gebouw, is het loket gedigitaliseerd "
                "en is de samenwerking met het mbo versterkt. De uitstroom van vso-leerlingen naar arbeid en "
                "dagbesteding is in een aparte notitie beschreven.")]
    b += missie_visie(c, ["Eigenaarschap: scholen zijn eigenaar van de ondersteuning.",
                          "Perspectief: iedere jongere verdient een diploma of een duurzame plek.",
                          "Partnerschap: ouders zijn partners, jongeren hebben een stem.",
                          "Transparantie: we zijn open over keuzes en geld."])
    # basisondersteuning: niveau true, inhoud false
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Alle vo-scholen in Heuvelland Oost hebben een gemeenschappelijk basisniveau afgesproken: het "
              "niveau van ondersteuning dat iedere vestiging, ongeacht schoolsoort of bestuur, minimaal "
              "waarmaakt. Basisondersteuning omvat de preventieve en licht curatieve interventies die een school "
              "binnen haar eigen ondersteuningsstructuur en onder eigen regie uitvoert, zonder aanvraag bij het "
              "samenwerkingsverband. De grens met extra ondersteuning ligt waar een leerling meer nodig heeft "
              "dan de school met eigen mensen en middelen binnen een periode van acht weken kan bieden."),
        ("p", "Welke voorzieningen dit per school concreet inhoudt, is vastgelegd in de "
              "schoolondersteuningsprofielen van de scholen. Een gezamenlijk overzicht van de concrete voorzieningen "
              "per domein stellen de besturen in de loop van het schooljaar 2026-2027 op."),
    ]
    # plaatsing: present
    b += [
        ("h1", "4 Toewijzing en toelaatbaarheid"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
              "(vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid "
              "tot het praktijkonderwijs (pro). Alle aanvragen lopen via het Loket Heuvelland Oost."),
        ("h2", "4.1 Vso"),
        ("table", [["Stap", "Wie", "Termijn"],
                   ["Bespreking in ondersteuningsteam; OPP en handelingsdeel geactualiseerd", "School (ondersteuningscoördinator)", "—"],
                   ["Indienen aanvraag met OPP, onderwijskundig rapport en verslag ondersteuningsteam", "Bevoegd gezag van de school van inschrijving", "—"],
                   ["Ontvankelijkheidstoets", "Loket", "5 werkdagen"],
                   ["Twee afzonderlijke deskundigenadviezen: orthopedagoog of psycholoog + tweede deskundige naar gelang de leerling", "Deskundigen van het loket, niet betrokken bij de aanvraag", "3 weken"],
                   ["Besluit", "Commissie Toewijzing (namens het bestuur)", "Binnen 6 weken na volledige aanvraag"]]),
        ("p", "Criteria vso. Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft aantoonbaar ten minste twee ondersteuningscycli van elk minimaal tien weken "
                "doorlopen, inclusief extra ondersteuning met middelen van het samenwerkingsverband;",
                "er is sprake van een ondersteuningsbehoefte op minimaal twee van de vier domeinen (leren, "
                "gedrag, sociaal-emotioneel, fysiek-medisch) die de mogelijkheden van het OPDC en van de "
                "reguliere school structureel overstijgt;",
                "het OPP laat zien dat het uitstroomperspectief alleen in een vso-setting haalbaar is;",
                "voor cluster 3-scholen: een vastgestelde verstandelijke, lichamelijke of meervoudige beperking "
                "of langdurige ziekte die onderwijs in een reguliere setting onmogelijk maakt."]),
        ("p", "Duur en categorie: een TLV vso geldt in beginsel twee schooljaren, tot 31 juli. De commissie "
              "stelt de bekostigingscategorie vast: laag (cluster 4, ZMLK), midden (LG, LZ) of hoog (MG)."),
        ("h2", "4.2 Lwoo"),
        ("p", "Heuvelland Oost hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij "
              "een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de "
              "domeinen begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen (waarvan één "
              "begrijpend lezen of rekenen), of bij een IQ tussen 91 en 120 met dezelfde achterstand én "
              "sociaal-emotionele problematiek. De vo-school vraagt lwoo aan vóór 1 mei; het loket beslist "
              "binnen vier weken. De aanwijzing geldt voor de duur van de opleiding."),
        ("h2", "4.3 Praktijkonderwijs"),
        ("p", "Voor pro gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie "
              "jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. "
              "De pro-school dient de aanvraag in; het loket toetst het dossier en beslist binnen vier weken. De "
              "TLV pro geldt voor de gehele schoolloopbaan."),
        ("h2", "4.4 Spoedaanvragen"),
        ("p", "In acute situaties kan de Commissie Toewijzing binnen vijf werkdagen een tijdelijke TLV van "
              "maximaal drie maanden afgeven, waarna de reguliere procedure volgt."),
        ("h2", "4.6 Terugplaatsing en overplaatsing vanuit het vso"),
        ("p", "Over dit onderwerp lopen gesprekken met de vso-scholen in en rond de regio. De tekst van deze "
              "paragraaf wordt na vaststelling door het bestuur toegevoegd; de planning is het najaar van 2026."),
    ]
    # dekkend-aanbod: present
    b += [
        ("h1", "5 Dekkend aanbod"),
        ("h2", "5.1 Het ondersteuningscontinuüm"),
        ("table", [["Voorziening", "Voor wie", "Plaatsen", "Toegang"],
                   ["Basisondersteuning", "Alle leerlingen", "—", "Eigen school"],
                   ["Extra ondersteuning op school (arrangement)", "Leerlingen die meer nodig hebben dan basis", "± 600 trajecten per jaar", "Ondersteuningsteam school"],
                   ["Trajectvoorziening / Rebound De Brug", "Leerlingen die tijdelijk uit de klas moeten", "32", "Aanmelding via loket"],
                   ["OPDC Het Kompas (vmbo-bb/kb)", "Leerlingen met leer- en gedragsvragen", "60", "Aanmelding via loket"],
                   ["Nieuwkomersvoorziening / ISK", "Anderstalige nieuwkomers", "90", "Gemeente en loket"],
                   ["Praktijkonderwijs", "Leerlingen met pro-TLV", "2 scholen", "TLV pro"],
                   ["Vso (cluster 3 en 4)", "Leerlingen met TLV vso", "3 scholen, waarvan 1 buiten de regio", "TLV vso"]]),
        ("p", "Leerlingen kunnen tussen de voorzieningen bewegen; na een traject bij De Brug keert een leerling "
              "in principe binnen twaalf weken terug naar de eigen school."),
        ("h2", "5.2 Thuiszitters en leerlingen zonder passende plek"),
        ("p", "Wij werken met een sluitende aanpak. Elke leerling die langer dan vier weken niet (volledig) naar "
              "school gaat, wordt door de school gemeld bij het loket en bij leerplicht. Het Thuiszittersoverleg "
              "(loket, leerplicht, jeugdhulp, betrokken school) bespreekt iedere zes weken alle meldingen en "
              "spreekt per leerling af wie verantwoordelijk is en wanneer de leerling weer onderwijs volgt. Lukt "
              "dat binnen drie maanden niet, dan neemt de directeur-bestuurder de regie (doorzettingsmacht) en "
              "kan zij een plek in een voorziening afdwingen. Het loket houdt een wachtlijstoverzicht bij per "
              "voorziening; ontbrekend aanbod wordt jaarlijks in het bestuur besproken en leidt zo nodig tot een "
              "nieuwe voorziening."),
        ("h2", "5.3 Jeugdhulp"),
        ("p", "In het OPDC en op De Brug werken jeugdhulpverleners van de gemeenten mee in de school."),
    ]
    # resultaten: present
    b += [
        ("h1", "6 Resultaten en kwaliteitszorg"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld. Achter elk doel staat "
              "de indicator en de bron waarmee wij meten."),
        ("table", [["Doel", "Indicator", "Nulmeting 2024-25", "Streefwaarde 2030", "Bron"],
                   ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (1 oktober)", "3,9%", "3,4%", "DUO-kijkglas"],
                   ["Geen langdurige thuiszitters", "Leerlingen > 3 mnd zonder onderwijs", "14", "≤ 4", "Leerplichtregistratie"],
                   ["Succesvolle terugkeer na De Brug", "% terug naar eigen school binnen 12 weken", "71%", "85%", "Loketregistratie"],
                   ["Snelle besluiten", "Doorlooptijd TLV (werkdagen)", "34", "≤ 25", "Loketregistratie"],
                   ["Tevreden scholen", "Waardering scholen voor loket (1-10)", "6,8", "7,5", "Tweejaarlijkse peiling"]]),
        ("p", "Monitoring: het loket levert ieder kwartaal een dashboard met deze indicatoren aan de "
              "directeur-bestuurder. Twee keer per jaar bespreekt het directeurenoverleg de voortgang en stelt "
              "zo nodig bij. In het jaarverslag rapporteren wij de bereikte waarden per indicator, met een "
              "toelichting, en leggen wij verantwoording af aan toezicht en OPR. In 2028 volgt een externe "
              "tussenevaluatie."),
    ]
    # financien: verdeling true, besteding false (p.m.)
    b += [
        ("h1", "7 Financiën"),
        ("h2", "7.1 Verdeling"),
        ("p", "Na aftrek van de verplichte afdrachten aan het vso via DUO verdeelt het samenwerkingsverband de "
              "middelen als volgt:"),
        ("ul", ["Middelen lichte ondersteuning (lwoo/pro) worden volledig doorgezet naar de besturen met lwoo- "
                "en pro-leerlingen, naar rato van het aantal leerlingen op 1 oktober.",
                "Schoolbudget extra ondersteuning: € 110 per leerling op 1 oktober plus een vaste voet van "
                "€ 45.000 per vestiging.",
                "Voorzieningen (OPDC, De Brug): budget per beschikbare plaats, vastgesteld op basis van de "
                "bezetting van het voorgaande schooljaar.",
                "Het bestuur besluit jaarlijks vóór 1 december over de verdeling voor het volgende kalenderjaar."]),
        ("h2", "7.2 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2030 wordt in december 2025 door het bestuur vastgesteld en maakt na "
              "instemming van de OPR deel uit van dit plan."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]
    # ouders: missing (only passing)
    b += [
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn voor ons belangrijke gesprekspartners. Wij willen de komende jaren "
              "nadrukkelijker met hen in gesprek. Hoe wij dat vormgeven, werken wij in een communicatieplan uit "
              "dat in het schooljaar 2026-2027 verschijnt."),
    ]
    b += kennis(c)
    b += huisvesting(c)
    b += bedrijfsvoering(c)
    b += governance(c)
    b += opr(c, parents_role=False, date="8 april 2026")
    b += oogo(c, cooperation=True)
    b += personeel(c)
    b += ict_privacy(c)
    b += planning(c, [["Najaar 2026", "Aanvulling paragraaf 4.6 terugplaatsing", "Bestuur"],
                      ["2026-2027", "Overzicht concrete basisondersteuning per domein", "Besturen"],
                      ["2026-2027", "Communicatieplan ouders en leerlingen", "Bureau"],
                      ["Ieder kwartaal", "Dashboard resultaten", "Loket"],
                      ["2028", "Externe tussenevaluatie", "Directeur-bestuurder"]])
    b += begrippen([["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt, "
                     "zoals mentoraat, dyslexiebeleid en faalangsttraining."],
                    ["Terugplaatsing", "Het teruggaan van een leerling van het vso naar het regulier vo na afloop "
                     "van de TLV, met begeleiding van de vso-school."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijke plek waar ouders en jongeren terecht kunnen met "
                     "vragen en klachten."],
                    ["Meerjarenbegroting", "Begroting voor vier jaar."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."]])
    b += afkortingen(COMMON_ABBR + ["LWOO – leerwegondersteunend onderwijs", "PrO – praktijkonderwijs",
                                    "VSO – voortgezet speciaal onderwijs", "ISK – internationale schakelklas"])
    label = dict(sector="vo", elements=dict(basisondersteuning="partial", plaatsing="present",
                                            terugstroom="missing", financien="partial",
                                            **{"dekkend-aanbod": "present"}, resultaten="present",
                                            ouders="missing"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": True, "plaatsing.criteria": True,
                           "terugstroom.procedure": False, "terugstroom.beleid": False,
                           "financien.verdeling": True, "financien.besteding": False,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": True, "resultaten.monitoring": True,
                           "ouders.informatie": False, "ouders.steunpunt": False},
                 advisory={"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
                           "resultaten": ["meetbaar"]},
                 notes={"basisondersteuning": "Ch. 3 defines the shared minimum level and its boundary; concrete provisions only via school SOP websites / an overview due 2026-2027 (glossary examples do not count).",
                        "plaatsing": "Ch. 4 table and lists: vso steps, deciding body, terms, criteria; lwoo and pro criteria and procedure.",
                        "terugstroom": "4.6 heading only, text deferred to autumn 2026; TOC and glossary entries are traps; 'terugblik'/'uitstroom' near-misses.",
                        "financien": "7.1 gives verdeling rules (per leerling, vaste voet, per plaats); 7.2 meerjarenbegroting is all p.m.",
                        "dekkend-aanbod": "5.1 continuum table; 5.2 thuiszitters approach with meldplicht, overleg, doorzettingsmacht, wachtlijst.",
                        "resultaten": "Ch. 6 table of goals with nulmeting/streefwaarde and monitoring cycle (dashboard, jaarverslag).",
                        "ouders": "Ch. 8 only says a communicatieplan will follow; no information channels, no independent help; OPR text does not describe parents' role."})
    return "vo-swv-heuvellandoost-op-2026", c, b, label


# ---------------------------------------------------------------------------
# Plan C — PO, pdf
# ---------------------------------------------------------------------------

def plan_c():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Lingestroom", short="SWV Lingestroom", code="PO 24-08",
             period="2026-2030", region="de Lingestreek", boards=11, nschools=47, npupils="10.900",
             seat="Geldermalsen", director="dhr. drs. P. van Doorn",
             gemeenten=[("West Betuwe", "52.000", "24"), ("Culemborg", "29.500", "11"),
                        ("Buren", "27.500", "12")],
             gemeenten_txt="West Betuwe, Culemborg en Buren")
    b = [("title", "Ondersteuningsplan SWV Lingestroom 2026-2030"),
         ("sub", "Samen leren langs de Linge"),
         ("pagebreak",),
         ("toc", [("Voorwoord", 3), ("1 Context", 4), ("2 Missie en visie", 6),
                  ("3 Ondersteuning op de scholen", 8), ("4 Toelaatbaarheid sbo en so", 9),
                  ("5 Terug naar het reguliere onderwijs", 12), ("6 Financieel beleid", 13),
                  ("7 Ambities en resultaten", 16), ("8 Ouders", 18), ("9 Dekkend aanbod", 19),
                  ("10 Organisatie", 20), ("11 OOGO", 22), ("12 Personeel", 23), ("13 ICT", 24),
                  ("14 Planning", 25), ("Begrippen", 26), ("Afkortingen", 27)]),
         ("pagebreak",)]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += totstandkoming(c)
    b += landelijk(c)
    b += context(c)
    b += [("p", "Binnen het samenwerkingsverband liggen 44 basisscholen, twee scholen voor speciaal "
                "basisonderwijs (De Wielewaal in Geldermalsen en Het Baken in Culemborg) en één so-school "
                "(De Linde, cluster 4). Leerlingen met een cluster 3-indicatie gaan vaak naar scholen buiten de "
                "regio.")]
    b += missie_visie(c, ["Nabij: onderwijs zo dicht mogelijk bij huis.",
                          "Deskundig: leraren die weten wat ze doen en durven te vragen.",
                          "Verbonden: school, ouders en wijk als één team.",
                          "Eerlijk: heldere keuzes over geld en ondersteuning."])
    # basisondersteuning: niveau false, inhoud false, borging advisory true -> partial
    b += [
        ("h1", "3 Ondersteuning op de scholen"),
        ("p", "Basisondersteuning is in de wet niet inhoudelijk omschreven. Iedere school van Lingestroom "
              "bepaalt in overleg met haar bestuur welke ondersteuning zij biedt en legt dat vast in haar "
              "interne zorgplan. Het samenwerkingsverband legt in "
              "2026-2027 een gezamenlijke standaard vast, mede op basis van de landelijke norm die dan naar "
              "verwachting bekend is."),
        ("p", "Wel bewaakt het samenwerkingsverband nu al of scholen doen wat zij in hun zorgplan hebben vastgelegd. "
              "Iedere school krijgt eens in de twee jaar een audit door twee collega-IB'ers en een consulent "
              "van het samenwerkingsverband. Blijkt uit de audit dat een school onderdelen uit haar eigen "
              "zorgplan niet waarmaakt, dan maakt het bestuur binnen drie maanden een verbeterplan; de "
              "consulent bespreekt na een half jaar de voortgang."),
    ]
    # plaatsing: present
    b += [
        ("h1", "4 Toelaatbaarheid sbo en so"),
        ("h2", "4.1 Procedure"),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Wanneer"],
                   ["1", "Bespreking in het multidisciplinair overleg (MDO) op school", "IB'er, ouders, consulent SWV", "—"],
                   ["2", "Aanvraag met groeidocument, OPP en zienswijze ouders via het aanvraagportaal", "Bevoegd gezag school van inschrijving", "—"],
                   ["3", "Twee afzonderlijke adviezen: orthopedagoog/GZ-psycholoog + tweede deskundige", "Deskundigen SWV, niet betrokken bij het MDO", "Binnen 3 weken"],
                   ["4", "Besluit TLV", "Toelaatbaarheidscommissie (TLC) namens het bestuur", "Binnen 6 weken na volledige aanvraag"],
                   ["5", "Verzending besluit met adviezen aan ouders en school", "Bureau SWV", "Binnen 5 werkdagen na besluit"]]),
        ("h2", "4.2 Criteria sbo"),
        ("ul", ["De school heeft de mogelijkheden van basis- en extra ondersteuning aantoonbaar benut, inclusief "
                "minimaal één arrangement van het samenwerkingsverband van ten minste zes maanden.",
                "De leerling heeft een ondersteuningsbehoefte op het gebied van leren en/of gedrag die vraagt om "
                "een kleine groep (maximaal 16 leerlingen) en een specifiek pedagogisch-didactisch klimaat.",
                "Het OPP laat een uitstroomperspectief zien dat in het reguliere onderwijs niet haalbaar is."]),
        ("h2", "4.3 Criteria so"),
        ("ul", ["Cluster 4: ernstige gedrags- of psychiatrische problematiek waardoor de leerling ook in het sbo "
                "niet tot ontwikkeling komt, aangetoond met het OPP en een verslag van een jeugdhulpverlener.",
                "Cluster 3 (ZML, LG, LZ): een verstandelijke beperking (IQ onder 55), een lichamelijke beperking "
                "of langdurige ziekte die intensieve begeleiding en/of verzorging in onderwijstijd vraagt.",
                "Er is geen passend alternatief binnen het sbo, eventueel met arrangement."]),
        ("h2", "4.4 Duur, categorie en bezwaar"),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt in beginsel twee "
              "schooljaren met bekostigingscategorie laag, midden of hoog. Tegen een besluit kunnen ouders en "
              "school binnen zes weken bezwaar maken; de Landelijke Bezwaaradviescommissie adviseert het "
              "bestuur."),
    ]
    # terugstroom: beleid true, procedure false
    b += [
        ("h1", "5 Terug naar het reguliere onderwijs"),
        ("p", "Lingestroom ziet het speciaal (basis)onderwijs als een tijdelijke plek waar dat kan. Wij willen "
              "dat leerlingen die in het sbo of so tot bloei komen, zo snel als verantwoord terugkeren naar een "
              "reguliere school in de eigen buurt. Voorwaarde is dat de ontvangende school met een arrangement "
              "kan bieden wat de leerling nodig heeft. Na terugkeer begeleidt de speciale school de leerling en "
              "de leerkracht gedurende zes maanden; het samenwerkingsverband bekostigt deze ambulante "
              "begeleiding volledig."),
        ("p", "De werkwijze – wie het initiatief neemt, wanneer de evaluatie plaatsvindt en wie beslist – "
              "leggen wij vast in een stappenplan dat in het schooljaar 2026-2027 gereedkomt."),
    ]
    # financien: present
    b += [
        ("h1", "6 Financieel beleid"),
        ("p", "Lingestroom kiest voor een schoolmodel: het grootste deel van de middelen gaat naar de scholen, "
              "zodat zij zelf ondersteuning kunnen organiseren. Het bestuur stelt de verdeling jaarlijks vóór "
              "1 november vast, na advies van het directeurenoverleg."),
        ("table", [["Verdeelsleutel", "Grondslag", "Bedrag"],
                   ["Schoolbudget", "Per leerling op teldatum 1 oktober", "€ 160"],
                   ["Vaste voet", "Per vestiging", "€ 5.000"],
                   ["Arrangementenbudget", "Toekenning per leerling door de TLC", "max. € 10.000 per leerling/jaar"],
                   ["Ambulante begeleiding na terugkeer", "Per teruggeplaatste leerling", "€ 3.800"],
                   ["Afdracht sbo (groei boven 2%)", "Peildatum 1 februari", "conform DUO"],
                   ["Afdracht so", "Per TLV naar categorie", "conform DUO"]]),
        ("p", "Scholen besteden het schoolbudget aan extra ondersteuning die bovenop hun eigen inzet komt, zoals "
              "extra begeleiding in de groep of externe expertise. Zij verantwoorden dit jaarlijks in het "
              "bestuursverslag."),
        ("h2", "6.2 Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "8.150", "8.060", "7.990", "7.930"],
                   ["Afdrachten sbo en so", "3.420", "3.400", "3.380", "3.360"],
                   ["Schoolbudgetten en vaste voet", "1.980", "1.960", "1.940", "1.920"],
                   ["Arrangementen", "1.600", "1.580", "1.560", "1.550"],
                   ["Ambulante begeleiding", "70", "75", "80", "80"],
                   ["Bureau", "720", "730", "740", "750"],
                   ["Saldo", "360", "315", "290", "270"]]),
        ("p", "De algemene reserve bedraagt eind 2025 circa € 1,1 miljoen; dat ligt onder de "
              "signaleringswaarde van de inspectie. De risicoparagraaf in het jaarverslag benoemt de "
              "belangrijkste risico's, waaronder groei van het so."),
    ]
    # resultaten: doelen true, monitoring false
    b += [
        ("h1", "7 Ambities en resultaten"),
        ("p", "Voor de periode 2026-2030 beogen wij de volgende resultaten:"),
        ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage sbo daalt van 2,6% naar 2,2%."],
                   ["Terugkeer", "Jaarlijks keren ten minste 12 leerlingen terug uit sbo/so naar regulier."],
                   ["Deskundige scholen", "Alle scholen hebben een IB'er met een afgeronde masteropleiding."],
                   ["Tevreden ouders", "Ouders waarderen het contact met school over ondersteuning met minimaal een 7."]]),
        ("p", "Hoe en wanneer wij de voortgang op deze ambities meten en erover rapporteren, leggen wij vast in "
              "een monitoringskalender die in het eerste planjaar wordt ontwikkeld."),
    ]
    # ouders: informatie false, steunpunt true
    b += [
        ("h1", "8 Ouders"),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod, bepalen wij samen met de OPR in een nieuw "
              "communicatieplan; dat plan volgt."),
        ("p", "Ouders die vastlopen of twijfelen, hoeven het niet alleen uit te zoeken. Bij het Ouder- en "
              "Jeugdsteunpunt Lingestroom krijgen zij gratis en onafhankelijk advies; het steunpunt is "
              "ondergebracht bij een welzijnsorganisatie en geeft geen verantwoording aan scholen. Ook de "
              "landelijke Onderwijsconsulenten bemiddelen kosteloos. Klachten kunnen worden ingediend bij de "
              "Landelijke Klachtencommissie Onderwijs; geschillen over toelating, verwijdering of het OPP "
              "behandelt de Geschillencommissie passend onderwijs."),
    ]
    # dekkend-aanbod: missing (deferral only)
    b += [
        ("h1", "9 Dekkend aanbod"),
        ("p", "Een analyse van het aanbod in de regio en een aanpak voor kinderen die thuiszitten, werken wij in "
              "2026 samen met de gemeenten uit. De uitkomsten worden in de eerste voortgangsrapportage "
              "opgenomen."),
    ]
    b += kennis(c)
    b += huisvesting(c)
    b += bedrijfsvoering(c)
    b += governance(c)
    b += opr(c, parents_role=True, date="9 april 2026")
    b += oogo(c, cooperation=False)
    b += personeel(c)
    b += ict_privacy(c)
    b += planning(c, [["2026", "Analyse dekkend aanbod en thuiszittersaanpak", "Directeur-bestuurder"],
                      ["2026-2027", "Gezamenlijke standaard basisondersteuning", "Besturen"],
                      ["2026-2027", "Stappenplan terugplaatsing", "Bureau en sbo/so-scholen"],
                      ["2026-2027", "Monitoringskalender en communicatieplan", "Beleidsmedewerker"],
                      ["Jaarlijks", "Audits ondersteuning", "Consulenten"]])
    b += begrippen([["Basisondersteuning", "Het door het samenwerkingsverband afgesproken minimumniveau dat "
                     "iedere school biedt: een IB'er, een dyslexieprotocol, een gedragsaanpak en een "
                     "protocol medisch handelen."],
                    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat ieder kind een passende "
                     "plek heeft."],
                    ["Informatie voor ouders", "Ouders vinden alle informatie op de website en in de ouderfolder."],
                    ["Monitor", "Het instrument waarmee wij resultaten volgen."],
                    ["Terugplaatsing", "Terugkeer uit sbo of so naar regulier onderwijs."]])
    b += afkortingen(COMMON_ABBR + ["TLC – toelaatbaarheidscommissie", "ZML – zeer moeilijk lerend"])
    label = dict(sector="po", elements=dict(basisondersteuning="partial", plaatsing="present",
                                            terugstroom="partial", financien="present",
                                            **{"dekkend-aanbod": "missing"}, resultaten="partial",
                                            ouders="partial"),
                 criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": True, "plaatsing.criteria": True,
                           "terugstroom.procedure": False, "terugstroom.beleid": True,
                           "financien.verdeling": True, "financien.besteding": True,
                           "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                           "resultaten.doelen": True, "resultaten.monitoring": False,
                           "ouders.informatie": False, "ouders.steunpunt": True},
                 advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                           "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 3 leaves the level to each school's internal zorgplan and defers a common standard to 2026-2027; only the audit (borging) is addressed, so partial via advisory. Glossary definition is a trap.",
                        "plaatsing": "Ch. 4 procedure table, sbo and so criteria lists, duration/category and bezwaar.",
                        "terugstroom": "Ch. 5 gives policy (aim, condition, 6 months AB) but defers the procedure to a stappenplan in 2026-2027.",
                        "financien": "Ch. 6 verdeelsleutel table with amounts and meerjarenbegroting 2026-2029; reserves.",
                        "dekkend-aanbod": "Ch. 9 only defers analysis and thuiszitters approach; OOGO paragraph is purely procedural; school list in ch. 1 is not a continuum.",
                        "resultaten": "Ch. 7 gives beoogde resultaten with targets; measuring/reporting deferred to a monitoringskalender.",
                        "ouders": "Ch. 8: informing parents deferred to a communicatieplan; OJSP, Onderwijsconsulenten, klachten/geschillen addressed. Glossary 'Informatie voor ouders' is a trap."})
    return "po-swv-lingestroom-op-2026", c, b, label


# ---------------------------------------------------------------------------
# Plan D — VO, pdf
# ---------------------------------------------------------------------------

def plan_d():
    c = dict(name="Stichting Samenwerkingsverband Voortgezet Onderwijs Kustzone", short="SWV VO Kustzone",
             code="VO 31-05", period="2026-2030", region="de Kustzone", boards=5, nschools=14,
             npupils="9.300", seat="Castricum", director="mw. A.C. Zwart",
             gemeenten=[("Castricum", "36.000", "3"), ("Heiloo", "24.300", "3"), ("Bergen (NH)", "29.800", "3"),
                        ("Uitgeest", "13.700", "2"), ("Alkmaar (deel)", "30.000", "3")],
             gemeenten_txt="Castricum, Heiloo, Bergen, Uitgeest en Alkmaar")
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) – Ruimte voor elke leerling"),
         ("pagebreak",),
         ("toc", [("Voorwoord", 3), ("1 Context", 4), ("2 Missie en visie", 6), ("3 Basisondersteuning", 8),
                  ("4 Ondersteuningsroute en voorzieningen", 9), ("5 Toelaatbaarheid vso, lwoo en pro", 12),
                  ("6 Doorstroom en perspectief", 14), ("7 Kwaliteitszorg", 16), ("8 Informatie voor ouders", 18),
                  ("9 Financiën en meerjarenbegroting", 19), ("10 Organisatie", 20), ("11 Gemeenten", 22),
                  ("12 Personeel", 23), ("13 ICT", 24), ("14 Planning", 25), ("Begrippenlijst", 26)]),
         ("pagebreak",)]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += totstandkoming(c)
    b += landelijk(c)
    b += context(c)
    b += missie_visie(c, ["Ruimte: elke leerling krijgt de ruimte om te groeien.",
                          "Samen: we lossen het samen op, niet alleen.",
                          "Snel: hulp op het moment dat het nodig is.",
                          "Zichtbaar: we laten zien wat we doen en wat het oplevert."])
    # basisondersteuning: missing
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "De afspraken over de basisondersteuning worden in het schooljaar 2025-2026 met de besturen "
              "opnieuw vastgesteld en volgen als addendum bij dit plan. Tot die tijd verwijzen wij naar de "
              "schoolgidsen van de scholen."),
    ]
    # dekkend-aanbod: present (continuum + lacunes)
    b += [
        ("h1", "4 Ondersteuningsroute en voorzieningen"),
        ("h2", "4.1 Van school naar voorziening"),
        ("table", [["Laag", "Ondersteuning", "Regie", "Voorbeelden"],
                   ["1", "Ondersteuning op school (zie addendum)", "School", "—"],
                   ["2", "Extra ondersteuning op school", "Ondersteuningsteam school",
                    "Trajectklas, faalangstreductietraining in kleine groep, coaching bij executieve functies, "
                    "time-out binnen de school"],
                   ["3", "Bovenschoolse voorzieningen", "Loket Kustzone",
                    "OPDC Het Anker (60 plaatsen), Rebound Kustzone (24 plaatsen), plusprogramma HB (havo/vwo)"],
                   ["4", "Praktijkonderwijs", "Pro-school", "Twee pro-scholen in Castricum en Alkmaar"],
                   ["5", "Voortgezet speciaal onderwijs", "Vso-school",
                    "Vso De Duinrand (cluster 4), vso De Klimop (cluster 3, buiten de regio)"]]),
        ("p", "De lagen zijn met elkaar verbonden: een leerling kan vanuit laag 3 terug naar laag 2 en "
              "omgekeerd. De consulent van het loket bewaakt de doorgaande lijn en zorgt dat een leerling niet "
              "tussen wal en schip valt bij de overgang van po naar vo en van vo naar mbo."),
        ("h2", "4.2 Thuiszitters en zorgplicht"),
        ("p", "Een school die een leerling niet kan plaatsen of vasthouden, meldt dit binnen vijf werkdagen bij "
              "het loket. Het loket organiseert binnen twee weken een overleg met school, ouders, leerplicht en "
              "jeugdhulp en maakt een plan met een datum waarop de leerling weer onderwijs volgt. Leerlingen "
              "die langer dan vier weken thuiszitten, staan op de thuiszitterslijst die maandelijks met de "
              "leerplichtambtenaren wordt doorgenomen. Als de betrokken partijen niet tot een oplossing komen, "
              "besluit de directeur-bestuurder over de plaatsing in een voorziening. Elk jaar analyseert het "
              "bestuur welk aanbod in de regio ontbreekt; in 2025 leidde dat tot de start van het "
              "plusprogramma HB."),
        ("h2", "4.3 Onderwijs en zorg"),
        ("p", "Met de gemeenten zijn afspraken gemaakt over onderwijs-zorgarrangementen en over een "
              "jeugdhulpprofessional op elke vo-school."),
    ]
    # plaatsing: criteria true, procedure false
    b += [
        ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De werkwijze van het loket, de aanvraagstappen en de beslistermijnen staan beschreven in het "
              "Reglement Toelaatbaarheid Kustzone, te vinden op onze website."),
        ("table", [["Voorziening", "Criteria", "Duur"],
                   ["Vso cluster 4", "Ondersteuningsbehoefte op gedrag en/of sociaal-emotioneel die niet binnen "
                    "laag 1-3 kan worden geboden; minimaal één afgerond traject in het OPDC of de Rebound; "
                    "OPP met uitstroomperspectief dat alleen in het vso haalbaar is", "2 schooljaren, categorie laag"],
                   ["Vso cluster 3", "Verstandelijke beperking (IQ < 55), lichamelijke beperking of langdurige "
                    "ziekte met intensieve zorgbehoefte in onderwijstijd", "4 schooljaren, categorie midden of hoog"],
                   ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 1,5-3 jaar op twee domeinen "
                    "(waarvan begrijpend lezen of rekenen), of IQ 91-120 met die achterstand en "
                    "sociaal-emotionele problematiek", "Duur van de opleiding"],
                   ["Pro", "Landelijke criteria: IQ 55-80 en leerachterstand van 3 jaar of meer op twee domeinen",
                    "Gehele schoolloopbaan"]]),
    ]
    # terugstroom: present, under "Doorstroom en perspectief"
    b += [
        ("h1", "6 Doorstroom en perspectief"),
        ("p", "Het vso en de bovenschoolse voorzieningen zijn bedoeld als tussenstap waar dat kan. Ons beleid: "
              "een leerling met een TLV vso gaat terug naar het regulier vo zodra het OPP laat zien dat hij of "
              "zij daar met extra ondersteuning een diploma kan halen. De ontvangende school is bij voorkeur de "
              "school van herkomst of een school in de woonplaats. Na terugkeer krijgt de leerling een "
              "terugkeerarrangement: een jaar lang coaching door de vso-school en een vaste mentor op de "
              "ontvangende school."),
        ("table", [["Moment", "Wie", "Wat"],
                   ["Elk jaar, OPP-evaluatie (voor 1 december)", "Vso-school met ouders en leerling",
                    "Beoordelen of terugkeer in beeld komt"],
                   ["Laatste jaar TLV, uiterlijk 1 maart", "Vso-school meldt bij loket",
                    "Loket organiseert overleg met ontvangende school"],
                   ["Uiterlijk 1 mei", "Consulent loket + directeur vso", "Besluit: terugkeer per 1 augustus of "
                    "aanvraag nieuwe TLV"],
                   ["Voor 1 juli", "Vso-school en ontvangende school", "Warme overdracht, start terugkeerarrangement"]]),
        ("p", "In het schooljaar 2024-2025 keerden 11 leerlingen vanuit het vso terug naar het regulier vo. Wij "
              "registreren dit aantal jaarlijks."),
    ]
    # resultaten: doelen false, monitoring true
    b += [
        ("h1", "7 Kwaliteitszorg"),
        ("p", "Kustzone werkt volgens een vaste kwaliteitscyclus. Het loket registreert alle aanvragen, "
              "trajecten en plaatsingen. Iedere zes maanden stelt de beleidsmedewerker een rapportage op met "
              "onder meer het aantal TLV's per categorie, de bezetting en doorlooptijd van OPDC en Rebound, het "
              "aantal thuiszitters, de terugplaatsingen en het deelnamepercentage vso op 1 oktober. De "
              "rapportage wordt besproken in het directeurenoverleg en met de OPR; het jaarverslag bevat de "
              "bereikte resultaten over het afgelopen jaar. Eens per twee jaar houden wij een "
              "tevredenheidspeiling onder scholen en ouders."),
        ("table", [["Kengetal", "2022-23", "2023-24", "2024-25"],
                   ["Deelnamepercentage vso", "4,1%", "4,0%", "3,8%"],
                   ["Aantal thuiszitters > 3 maanden", "17", "12", "9"],
                   ["Gemiddelde doorlooptijd TLV (werkdagen)", "31", "28", "26"],
                   ["Terugplaatsingen vso naar vo", "6", "8", "11"]]),
        ("p", "Welke resultaten wij in deze planperiode nastreven, formuleren wij na de nulmeting in het "
              "voorjaar van 2026."),
    ]
    # ouders: informatie true, steunpunt false
    b += [
        ("h1", "8 Informatie voor ouders"),
        ("ul", ["Op de website staat de 'Ondersteuningswijzer': per vo-school een overzicht van de ondersteuning "
                "die de school biedt en hoe je extra ondersteuning of een voorziening aanvraagt.",
                "Ouders van leerlingen in groep 8 krijgen via de basisschool de brochure 'Naar het vo in de "
                "Kustzone' met uitleg over lwoo, pro, OPDC en vso.",
                "Twee keer per jaar is er een informatieavond voor ouders, samen met het "
                "po-samenwerkingsverband.",
                "De mentor is voor ouders het eerste aanspreekpunt; de ondersteuningscoördinator legt uit welke "
                "mogelijkheden er zijn."]),
        ("p", "Het ouder- en jeugdsteunpunt richten wij in het schooljaar 2026-2027 in. Hoe ouders het kunnen "
              "bereiken, maken wij dan bekend."),
    ]
    # financien: missing (reference only)
    b += [
        ("h1", "9 Financiën en meerjarenbegroting"),
        ("p", "Het financieel kader, inclusief de verdeling van de middelen en de meerjarenbegroting, wordt "
              "jaarlijks vastgesteld in het afzonderlijke document 'Begroting en financieel beleid' dat op de "
              "website van het samenwerkingsverband staat."),
    ]
    b += kennis(c)
    b += huisvesting(c)
    b += bedrijfsvoering(c)
    b += governance(c)
    b += opr(c, parents_role=True, date="16 april 2026")
    b += oogo(c, cooperation=True)
    b += personeel(c)
    b += ict_privacy(c)
    b += planning(c, [["Schooljaar 2025-2026", "Addendum basisondersteuning", "Besturen"],
                      ["Voorjaar 2026", "Nulmeting en formulering beoogde resultaten", "Beleidsmedewerker"],
                      ["2026-2027", "Inrichting ouder- en jeugdsteunpunt", "Directeur-bestuurder"],
                      ["Jaarlijks december", "Vaststelling begroting", "Bestuur"]])
    b += begrippen([["Basisondersteuning", "Het in het samenwerkingsverband afgesproken niveau van ondersteuning "
                     "dat iedere vo-school biedt, zoals mentoraat, dyslexiefaciliteiten en een "
                     "ondersteuningscoördinator."],
                    ["Verdeelmodel", "De verdeling van middelen: een bedrag per leerling naar de besturen."],
                    ["Beoogde resultaten", "Doelen die het samenwerkingsverband in de planperiode wil halen."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
                    ["Rebound", "Tijdelijke opvang voor leerlingen die vastlopen."]])
    b += afkortingen(COMMON_ABBR + ["OPDC – orthopedagogisch-didactisch centrum", "LWOO – leerwegondersteunend onderwijs",
                                    "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs"])
    label = dict(sector="vo", elements=dict(basisondersteuning="missing", plaatsing="partial",
                                            terugstroom="present", financien="missing",
                                            **{"dekkend-aanbod": "present"}, resultaten="partial",
                                            ouders="partial"),
                 criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": False, "plaatsing.criteria": True,
                           "terugstroom.procedure": True, "terugstroom.beleid": True,
                           "financien.verdeling": False, "financien.besteding": False,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": False, "resultaten.monitoring": True,
                           "ouders.informatie": True, "ouders.steunpunt": False},
                 advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                           "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 3 defers to an addendum and refers to schoolgidsen; layer 1 in 4.1 says 'zie addendum'; only the glossary defines it (trap).",
                        "plaatsing": "Ch. 5 criteria table for vso, lwoo, pro (with duration/category); procedure only referenced to a reglement on the website.",
                        "terugstroom": "Ch. 6 'Doorstroom en perspectief': policy and a table of moments/actors/decision; count for 2024-2025.",
                        "financien": "Ch. 9 only refers to a separate document on the website; glossary 'Verdeelmodel' is a trap; governance mentions of begroting are passing.",
                        "dekkend-aanbod": "4.1 layered table of voorzieningen; 4.2 thuiszitters/zorgplicht approach with terms and escalation, yearly gap analysis.",
                        "resultaten": "Ch. 7 'Kwaliteitszorg' describes monitoring cycle and achieved figures; intended results deferred until after a 2026 nulmeting.",
                        "ouders": "Ch. 8 lists information channels (Ondersteuningswijzer, brochure, infoavonden); OJSP deferred to 2026-2027, no other independent help."})
    return "vo-swv-kustzone-op-2026", c, b, label


# ---------------------------------------------------------------------------
# Plan E — PO, html
# ---------------------------------------------------------------------------

def plan_e():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Veenweide", short="SWV Veenweide",
             code="PO 22-19", period="2026-2030", region="het Veenweidegebied", boards=8, nschools=52,
             npupils="10.200", seat="Woerden", director="dhr. R. Bakker",
             gemeenten=[("Woerden", "53.000", "21"), ("Montfoort", "14.000", "7"),
                        ("Oudewater", "10.500", "5"), ("Bodegraven-Reeuwijk (deel)", "18.000", "19")],
             gemeenten_txt="Woerden, Montfoort, Oudewater en Bodegraven-Reeuwijk")
    b = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
         ("sub", f"{c['name']} ({c['code']}). Deze webversie is gelijk aan de vastgestelde pdf-versie."),
         ("toc", [("Voorwoord", 0), ("Context", 0), ("Missie en visie", 0), ("Basisondersteuning: de ondergrens", 0),
                  ("Toelaatbaarheid", 0), ("Terugplaatsing", 0), ("Thuiszitters en zorgplicht", 0),
                  ("Doelen en resultaten", 0), ("Begroting", 0), ("Ouders: informatie en hulp", 0),
                  ("Organisatie", 0), ("OOGO", 0), ("Personeel", 0), ("ICT", 0), ("Planning", 0),
                  ("Begrippenlijst", 0)])]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += totstandkoming(c)
    b += landelijk(c)
    b += context(c)
    b += missie_visie(c, ["Dichtbij: ondersteuning in de wijk.",
                          "Duidelijk: iedereen weet wat hij mag verwachten.",
                          "Duurzaam: we bouwen aan blijvende expertise.",
                          "Dapper: we durven keuzes te maken."])
    # basisondersteuning: present
    b += [
        ("h1", "Basisondersteuning: de ondergrens"),
        ("p", "Alle acht besturen hebben vastgelegd wat iedere basisschool in Veenweide, op elke locatie, "
              "minimaal waarmaakt. Deze ondergrens is niet vrijblijvend: zij is onderdeel van de "
              "samenwerkingsovereenkomst tussen de besturen. Wat een school daarbovenop biedt, beschrijft zij in "
              "haar schoolgids."),
        ("table", [["Standaard", "Concreet betekent dit op elke school"],
                   ["1 Ondersteuningsteam", "Een IB'er en een ondersteuningsteam met vaste deelname van het "
                    "jeugd- en gezinsteam, minimaal vijf keer per jaar."],
                   ["2 Leesproblemen en dyslexie", "Protocol leesproblemen en dyslexie, extra leestijd vanaf "
                    "groep 2, vergoede diagnostiek wordt samen met ouders aangevraagd."],
                   ["3 Rekenproblemen", "Protocol ernstige rekenproblemen, remediërend programma in kleine groep."],
                   ["4 Gedrag", "Een gedragsprotocol, een aandachtsfunctionaris en korte interventies zoals "
                    "'Rots en Water' of 'Kanjertraining'."],
                   ["5 Begaafdheid", "Signalering in groep 2 en 5, compacten en verrijken, een plusgroep op "
                    "school of in de kern."],
                   ["6 Jonge kind", "Overdracht met de kinderopvang en voorschool; VVE-aanbod waar nodig."],
                   ["7 Medisch", "Protocol medisch handelen en afspraken met de jeugdverpleegkundige."],
                   ["8 OPP", "Een ontwikkelingsperspectiefplan voor iedere leerling die op een eigen leerlijn "
                    "werkt, met hoorrecht voor de leerling."]]),
        ("p", "Borging: iedere school vult jaarlijks de kwaliteitskaart in; de kaarten worden besproken in het "
              "bestuurlijk overleg. Scholen die een standaard niet halen, krijgen ondersteuning van een "
              "collega-school en worden na een jaar opnieuw bekeken."),
    ]
    # plaatsing: missing (reference to absent annex)
    b += [
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor de toelaatbaarheid tot het sbo en het so hanteert het samenwerkingsverband een apart "
              "reglement. Dit reglement is als bijlage 6 bij dit plan gevoegd."),
    ]
    # terugstroom: procedure true, beleid false
    b += [
        ("h1", "Terugplaatsing"),
        ("p", "Het beleid rond terugplaatsing – doelen, voorwaarden en begeleiding na terugkeer – wordt herijkt "
              "na de evaluatie van de pilot 'Terug naar de wijk'. Tot die tijd: p.m."),
        ("p", "De werkwijze ligt wel vast:"),
        ("table", [["Wanneer", "Wie", "Wat"],
                   ["Laatste jaar van de TLV, uiterlijk 1 december", "Sbo- of so-school",
                    "Plant de evaluatie van het OPP en nodigt ouders en de consulent van het SWV uit"],
                   ["Uiterlijk 1 februari", "Sbo/so-school, ouders, consulent, beoogde ontvangende school",
                    "Multidisciplinair overleg: is terugplaatsing haalbaar?"],
                   ["Uiterlijk 1 maart", "Consulent SWV",
                    "Schriftelijk advies; school en ouders besluiten samen over terugplaatsing per 1 augustus; zo "
                    "niet, dan vraagt het bevoegd gezag een nieuwe verklaring aan"],
                   ["Voor 1 juni", "Sbo/so-school en ontvangende school", "Overdracht van het dossier"]]),
    ]
    # dekkend-aanbod: continuum false, lacunes true
    b += [
        ("h1", "Thuiszitters en zorgplicht"),
        ("p", "Het overzicht van extra ondersteuning en bovenschoolse voorzieningen in Veenweide – de "
              "'ondersteuningskaart' – wordt in het eerste planjaar opgesteld."),
        ("p", "Wat wél vastligt, is hoe wij omgaan met kinderen die geen passende plek hebben:"),
        ("ol", ["Een school die een aangemelde leerling binnen zes weken (eventueel verlengd met vier weken) "
                "geen passende plek kan bieden, meldt dit bij de consulent.",
                "De consulent zoekt met ouders en scholen binnen twee weken een plek; lukt dat niet, dan wordt "
                "de leerling besproken in het Regionaal Plaatsingsoverleg van de acht besturen.",
                "Kinderen die langer dan vier weken geen onderwijs volgen, worden maandelijks besproken in het "
                "Thuiszittersoverleg met leerplicht en het jeugd- en gezinsteam.",
                "Na drie maanden zonder oplossing heeft de directeur-bestuurder doorzettingsmacht en wijst een "
                "school aan.",
                "Ieder voorjaar bespreekt het bestuur welke plekken in de regio ontbreken, op basis van de "
                "wachtlijsten en de thuiszittersregistratie, en besluit het over nieuwe voorzieningen."]),
    ]
    # resultaten: present
    b += [
        ("h1", "Doelen en resultaten"),
        ("table", [["Doel", "Hoe gemeten", "Nu (2024-25)", "In 2030"],
                   ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so op 1 oktober", "3,7%", "3,2%"],
                   ["Geen thuiszitters langer dan 3 maanden", "Thuiszittersregistratie", "6", "0"],
                   ["Alle scholen halen de ondergrens", "Kwaliteitskaarten", "44 van 52", "52 van 52"],
                   ["Tevreden ouders", "Oudervragenlijst (schaal 1-10)", "7,1", "≥ 7,5"]]),
        ("p", "De consulenten registreren de gegevens doorlopend. Het bureau rapporteert halfjaarlijks aan het "
              "bestuur en de OPR en publiceert de bereikte resultaten in het jaarverslag. Na twee jaar "
              "evalueren wij met de besturen of de doelen moeten worden bijgesteld."),
    ]
    # financien: besteding true, verdeling false
    b += [
        ("h1", "Begroting"),
        ("p", "De verdeelsystematiek wordt in 2026 herzien; het nieuwe verdeelmodel volgt na besluitvorming "
              "in het bestuur. Tot die tijd wordt de huidige systematiek voortgezet."),
        ("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "7.900", "7.820", "7.760", "7.700"],
                   ["Afdrachten sbo en so", "3.150", "3.120", "3.100", "3.080"],
                   ["Middelen naar besturen", "2.950", "2.930", "2.910", "2.890"],
                   ["Consulenten en orthopedagogen", "760", "770", "780", "790"],
                   ["Pilot 'Terug naar de wijk'", "120", "120", "0", "0"],
                   ["Thuiszittersaanpak en doorzettingsbudget", "150", "150", "150", "150"],
                   ["Bureau en overhead", "640", "650", "660", "670"],
                   ["Saldo", "130", "80", "160", "120"]]),
        ("p", "Het weerstandsvermogen bedraagt 9%; de reserve blijft onder de signaleringswaarde."),
    ]
    # ouders: present
    b += [
        ("h1", "Ouders: informatie en hulp"),
        ("h2", "Waar vindt u informatie?"),
        ("ul", ["In de schoolgids van iedere school, in het hoofdstuk 'Ondersteuning', met de acht standaarden "
                "van de ondergrens en het extra aanbod van de school.",
                "Op de ouderpagina van deze website, met filmpjes over het ondersteuningsteam en het OPP.",
                "In de oudernieuwsbrief, drie keer per jaar, via de scholen.",
                "Bij de consulent van het samenwerkingsverband, die ouders ook thuis of op school spreekt."]),
        ("h2", "Bij wie kunt u terecht als het schuurt?"),
        ("p", "Ouder- en jeugdsteunpunt 'Wijzer Samen' is onafhankelijk van de scholen en van het "
              "samenwerkingsverband. Ouders en kinderen kunnen er gratis terecht voor advies, een luisterend oor "
              "of hulp bij een gesprek met school. Komt u er met school niet uit, dan kunt u ook de "
              "Onderwijsconsulenten inschakelen of een klacht indienen volgens de klachtenregeling van het "
              "schoolbestuur."),
    ]
    b += kennis(c)
    b += huisvesting(c)
    b += bedrijfsvoering(c)
    b += governance(c)
    b += opr(c, parents_role=True, date="10 april 2026")
    b += oogo(c, cooperation=True)
    b += personeel(c)
    b += ict_privacy(c)
    b += planning(c, [["2026", "Herziening verdeelmodel", "Bestuur"],
                      ["2026-2027", "Ondersteuningskaart", "Bureau"],
                      ["2027", "Evaluatie pilot 'Terug naar de wijk', herijking terugplaatsingsbeleid", "Bureau"],
                      ["Halfjaarlijks", "Rapportage resultaten", "Bureau"]])
    b += begrippen([["Toelaatbaarheidsverklaring (TLV)", "Besluit van het SWV op basis van het advies van twee "
                     "deskundigen; geldig voor een of meer schooljaren; bezwaar bij de LBT."],
                    ["Verdeelmodel", "Regels waarmee de middelen over de besturen worden verdeeld."],
                    ["Ondersteuningskaart", "Overzicht van alle voorzieningen in de regio."],
                    ["Terugplaatsing", "Terugkeer van sbo of so naar de basisschool."]])
    b += afkortingen(COMMON_ABBR)
    label = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="missing",
                                            terugstroom="partial", financien="partial",
                                            **{"dekkend-aanbod": "partial"}, resultaten="present",
                                            ouders="present"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                           "plaatsing.procedure": False, "plaatsing.criteria": False,
                           "terugstroom.procedure": True, "terugstroom.beleid": False,
                           "financien.verdeling": False, "financien.besteding": True,
                           "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": True, "resultaten.monitoring": True,
                           "ouders.informatie": True, "ouders.steunpunt": True},
                 advisory={"basisondersteuning": ["borging"], "financien": ["reserves"],
                           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                           "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "'Basisondersteuning: de ondergrens' states the binding minimum for every location and a table of 8 concrete standards; kwaliteitskaart.",
                        "plaatsing": "Only a reference to an absent 'bijlage 6' reglement; glossary TLV entry (deskundigen, LBT) and nav link are traps.",
                        "terugstroom": "'Terugplaatsing': policy explicitly p.m.; procedure table with moments, actors and decision.",
                        "financien": "'Begroting': multi-year table with amounts; verdeelmodel deferred ('volgt'), 'huidige systematiek' not described.",
                        "dekkend-aanbod": "Continuum ('ondersteuningskaart') deferred to first plan year; thuiszitters/zorgplicht steps and yearly gap decision addressed.",
                        "resultaten": "'Doelen en resultaten' table with measures, baseline and targets plus reporting cycle.",
                        "ouders": "Information channels list and OJSP 'Wijzer Samen', Onderwijsconsulenten, klachtenregeling."})
    return "po-swv-veenweide-op-2026", c, b, label


# ---------------------------------------------------------------------------
# F — near miss: school-level ondersteuningsplan of a VO school (docx)
# ---------------------------------------------------------------------------

def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "Christelijke Scholengemeenschap De Akker – locaties havo/vwo en vmbo, Heiloo"),
         ("toc", [("1 Inleiding", 2), ("2 Onze zorgstructuur", 3), ("3 Basisondersteuning op De Akker", 5),
                  ("4 Extra ondersteuning en het samenwerkingsverband", 7), ("5 Ouders", 9),
                  ("6 Financiën", 10), ("7 Evaluatie en resultaten", 11)]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe CSG De Akker in het schooljaar 2025-2026 de ondersteuning "
               "aan leerlingen organiseert. Het plan is opgesteld door het zorgteam en besproken met de "
               "medezeggenschapsraad. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij "
               "de afspraken binnen het samenwerkingsverband VO Kustzone, waarbij onze school is aangesloten. "
               "Het ondersteuningsplan van het samenwerkingsverband zelf is te vinden op de website van het "
               "samenwerkingsverband."),
         ("p", "Op De Akker zitten ongeveer 1.450 leerlingen, verdeeld over vmbo-bb/kb/gl-tl, havo en vwo. "
               "Ongeveer 180 leerlingen hebben een lwoo-aanwijzing en circa 60 leerlingen werken met een "
               "ontwikkelingsperspectiefplan."),
         ("h1", "2 Onze zorgstructuur"),
         ("table", [["Niveau", "Wie", "Wat"],
                    ["0", "Vakdocent", "Differentiatie in de les, signaleren"],
                    ["1", "Mentor", "Wekelijks mentoruur, contact met ouders, leerlingbespreking"],
                    ["2", "Teamleider en leerlingcoördinator", "Begeleiding bij verzuim en gedrag"],
                    ["3", "Zorgcoördinator, dyslexiecoach, faalangsttrainer, schoolmaatschappelijk werk",
                     "Kortdurende trajecten en trainingen"],
                    ["4", "Zorg Advies Team (ZAT)", "Overleg met leerplicht, jeugdarts en jeugdhulp"],
                    ["5", "Samenwerkingsverband", "Aanvraag OPDC, Rebound of TLV vso"]]),
         ("p", "De zorgcoördinator is de spil van de zorgstructuur. Zij zit het Zorg Advies Team voor, dat "
               "zes keer per jaar bijeenkomt, en onderhoudt de contacten met het loket van het "
               "samenwerkingsverband. Leerlingbesprekingen vinden drie keer per jaar plaats per leerjaar."),
         ("h1", "3 Basisondersteuning op De Akker"),
         ("ul", ["Mentoraat met een wekelijks mentoruur in alle leerjaren.",
                 "Dyslexiebeleid: extra tijd, vergrote opgaven, voorleessoftware en een dyslexiecoach.",
                 "Faalangstreductietraining en een training sociale vaardigheden in leerjaar 1 en 2.",
                 "Huiswerkbegeleiding op de vmbo-locatie, vier middagen per week.",
                 "Een time-outvoorziening, 'De Haven', bemand door een pedagogisch medewerker.",
                 "Begeleiding bij executieve functies door de leerlingcoördinator."]),
         ("p", "Deze basisondersteuning is vastgelegd in ons schoolondersteuningsprofiel, dat eens per vier jaar "
               "wordt herzien."),
         ("h1", "4 Extra ondersteuning en het samenwerkingsverband"),
         ("p", "Heeft een leerling meer nodig dan wij kunnen bieden, dan bespreekt de zorgcoördinator de "
               "leerling in het ZAT. Samen met ouders wordt besloten of een aanvraag bij het loket van het "
               "samenwerkingsverband wordt gedaan voor een plaats in het OPDC Het Anker, de Rebound of het "
               "voortgezet speciaal onderwijs. Voor een TLV vso stelt de zorgcoördinator het dossier samen "
               "(OPP, verslag ZAT, handelingsdeel) en het bevoegd gezag dient de aanvraag in. Het "
               "samenwerkingsverband beslist over de toelaatbaarheid."),
         ("p", "Leerlingen die vanuit het vso of het OPDC terugkeren naar De Akker, krijgen een vaste coach en "
               "starten met een aangepast rooster. De zorgcoördinator maakt met de vso-school afspraken over de "
               "overdracht."),
         ("h1", "5 Ouders"),
         ("p", "Ouders worden door de mentor geïnformeerd over de ondersteuning van hun kind. Bij de start van een "
               "OPP tekenen ouders voor akkoord. Ouders vinden het schoolondersteuningsprofiel en dit plan op "
               "onze website. Voor onafhankelijk advies kunnen ouders terecht bij de Onderwijsconsulenten; "
               "klachten worden behandeld volgens de klachtenregeling van de stichting."),
         ("h1", "6 Financiën"),
         ("p", "De school ontvangt van het samenwerkingsverband een budget voor extra ondersteuning van circa "
               "€ 210.000 per jaar. Dit wordt besteed aan de formatie van de zorgcoördinator (0,8 fte), de "
               "dyslexiecoach (0,4 fte), de time-outvoorziening en trainingen. Daarnaast ontvangen wij "
               "lwoo-middelen die worden ingezet voor kleinere klassen op de vmbo-locatie."),
         ("h1", "7 Evaluatie en resultaten"),
         ("p", "Aan het eind van het schooljaar evalueert het zorgteam dit plan. Wij kijken naar het aantal "
               "leerlingen in het OPP, het verzuim, het aantal aanvragen bij het samenwerkingsverband en de "
               "tevredenheid van leerlingen en ouders. De uitkomsten bespreken wij met de "
               "medezeggenschapsraad en verwerken wij in het plan voor het volgende schooljaar."),
         ("p", "Vastgesteld door de rector, 1 september 2025, na advies van de medezeggenschapsraad.")]
    label = dict(sector="vo",
                 note="School-level ondersteuningsplan of one VO school (CSG De Akker) for one school year: describes its own zorgstructuur, school budget and school ondersteuning; it refers to the samenwerkingsverband as an outside body and is not the SWV's plan (no SWV-wide policy, no OPR/OOGO, no planperiode).")
    return "vo-csg-deakker-schoolondersteuningsplan-2025", b, label


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
EL_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}", "looks_like_plan: true"]
    lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in EL_ORDER) + "}")
    lines.append("criteria:")
    for k in CRIT_ORDER:
        lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
    lines.append("advisory_addressed:")
    for e in EL_ORDER:
        if lab["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
    lines.append("notes:")
    for e in EL_ORDER:
        lines.append(f"  {e}: {q(lab['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_label_notplan(path, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
             f"  document: {q(lab['note'])}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    fmt = {"A": "docx", "B": "docx", "C": "pdf", "D": "pdf", "E": "html"}
    for key, fn in (("A", plan_a), ("B", plan_b), ("C", plan_c), ("D", plan_d), ("E", plan_e)):
        stem, c, blocks, label = fn()
        header = f"{c['short']} – Ondersteuningsplan {c['period']}"
        footer = f"{c['name']} | {c['code']} | ondersteuningsplan, basisondersteuning, toelaatbaarheid, ouders"
        fname = f"{stem}.{fmt[key]}"
        target = OUT / fname
        if fmt[key] == "docx":
            write_docx(blocks, target, header, footer)
        elif fmt[key] == "pdf":
            docx_to_pdf(blocks, target, header, footer)
        else:
            write_html(blocks, target, header, footer)
        write_label(OUT / f"{stem}.expected.yaml", [fname], label)
        print(f"{fname}: {words(blocks)} words")
    stem, blocks, label = near_miss()
    fname = f"{stem}.docx"
    write_docx(blocks, OUT / fname, "CSG De Akker – Ondersteuningsplan 2025-2026", "CSG De Akker, Heiloo")
    write_label_notplan(OUT / f"{stem}.expected.yaml", [fname], label)
    print(f"{fname}: {words(blocks)} words")


if __name__ == "__main__":
    main()
