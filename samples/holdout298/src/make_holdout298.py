#!/usr/bin/env python3
"""Generate holdout set 298: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above src/ (Path(__file__).resolve().parent.parent).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc",) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", [[hdr], [row]..])
# ("pb",) page break.  The TOC is generated from h1/h2 headings.
# --------------------------------------------------------------------------------------------


def headings(blocks):
    return [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | versie voor instemming OPR"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, t in headings(blocks):
                doc.add_paragraph(("    " if lvl == "h2" else "") + t)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend("**" + x + "**  " for x in b[1][1:])
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud\n")
            for lvl, t in headings(blocks):
                out.append(("    " if lvl == "h2" else "") + "- " + t)
            out.append("")
        elif kind == "h1":
            out.append("## " + b[1] + "\n")
        elif kind == "h2":
            out.append("### " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend("- " + x for x in b[1])
            out.append("")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            out.append("")
        elif kind == "pb":
            out.append("---\n")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>" + e(title) + "</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>" + e(b[1][0]) + "</h1>")
            out.extend("<p><strong>" + e(x) + "</strong></p>" for x in b[1][1:])
        elif kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ul>")
            out.extend("<li>" + e(t) + "</li>" for _, t in headings(blocks))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>" + e(b[1]) + "</h2>")
        elif kind == "h2":
            out.append("<h3>" + e(b[1]) + "</h3>")
        elif kind == "p":
            out.append("<p>" + e(b[1]) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>" + e(x) + "</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join("<th>" + e(c) + "</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join("<td>" + e(c) + "</td>" for c in r) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout298_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=file://" + str(profile), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Shared filler (deliberately full of element vocabulary used in passing)
# --------------------------------------------------------------------------------------------


def voorwoord(s):
    return [
        ("h1", "1. Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {s['periode']} van {s['naam']}. Het plan is het resultaat van "
              f"een lang en zorgvuldig traject waarin schoolbesturen, directeuren, intern begeleiders, "
              f"{s['coord']}, leden van de ondersteuningsplanraad en onze partners bij de gemeenten hebben "
              f"meegedacht. In bijeenkomsten op scholen, in de regiotafels en in een digitale enquête hebben wij "
              f"gevraagd wat goed gaat en wat beter moet. Die opbrengst heeft de koers van dit plan bepaald."),
        ("p", "Passend onderwijs is inmiddels ruim tien jaar oud. In die jaren is veel veranderd: de samenwerking "
              "tussen scholen is hechter geworden, leraren weten elkaar sneller te vinden en de lijnen naar jeugdhulp "
              "zijn korter. Tegelijk zien wij dat het lerarentekort, de toegenomen complexiteit van vragen in de klas "
              "en de druk op voorzieningen om een nuchtere blik vragen. Wij willen geen plan vol beloften, maar een "
              "plan dat richting geeft en dat scholen, ouders en partners houvast biedt."),
        ("p", "Een woord van dank gaat uit naar iedereen die heeft bijgedragen: de leden van de werkgroepen, de "
              "collega's die teksten hebben gelezen, " + s.get("dank_opr", "de ouders en leraren in de ondersteuningsplanraad") + " die kritische "
              "vragen stelden, en de beleidsmedewerkers van de gemeenten. Wij kijken uit naar de uitvoering en "
              "nodigen iedereen uit om ons scherp te houden."),
        ("p", f"{s['directeur']}, directeur-bestuurder {s['naam']}"),
    ]


def visie(s):
    return [
        ("h1", "3. Visie, missie en ambities"),
        ("h2", "3.1 Missie"),
        ("p", f"{s['naam']} bestaat om ervoor te zorgen dat ieder kind in de regio onderwijs krijgt dat past bij "
              f"wat het nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij zijn er voor de "
              f"{s['leerlingen']} leerlingen op de scholen van onze {s['besturen']} aangesloten schoolbesturen. Wij "
              f"doen dat niet alleen: scholen, ouders, gemeenten en zorgpartners zijn samen verantwoordelijk."),
        ("h2", "3.2 Visie"),
        ("p", "Wij geloven dat elk kind zich wil ontwikkelen en dat de school de plek is waar dat gebeurt. Goed "
              "onderwijs begint bij een leraar die zich gesteund voelt, in een team dat leert en in een school die "
              "weet wat zij kan en wat niet. " + s.get("visie_ouders", "Ouders zijn de eerste deskundigen als het om hun "
              "kind gaat; hun kennis is onmisbaar.") + " Wij kiezen voor inclusief denken: eerst kijken wat er in de eigen klas en de eigen school "
              "mogelijk is, dan pas verder weg. Dat vraagt vertrouwen, ruimte en heldere afspraken."),
        ("p", "Wij zijn resultaatgericht zonder af te rekenen. Wij willen leren van wat werkt en stoppen met wat niet "
              "werkt. Middelen zijn geen doel op zich, maar een manier om leraren tijd, kennis en handen in de klas te "
              "geven. Elk arrangement begint met de vraag wat een kind nodig heeft, niet met de vraag welk loket "
              "ervoor verantwoordelijk is."),
        ("h2", "3.3 Ambities voor de komende periode"),
        ("ul", s.get("ambities", ["Meer kinderen krijgen thuisnabij onderwijs in een reguliere setting.",
                "Leraren voelen zich beter toegerust om verschillen in de klas op te vangen.",
                "Onderwijs en zorg werken als één team rond kind en gezin.",
                "Het samenwerkingsverband is een lerende organisatie die transparant is over keuzes.",
                "Ouders ervaren het samenwerkingsverband als bereikbaar en betrokken."])),
        ("p", "Deze ambities zijn richtinggevend. Zij vormen de kapstok voor de hoofdstukken die volgen en voor de "
              "jaarplannen die wij in de planperiode opstellen."),
    ]


def governance(s, nr):
    return [
        ("h1", f"{nr}. Organisatie en governance"),
        ("p", f"{s['naam']} is een stichting waarin {s['besturen']} schoolbesturen samenwerken (registratienummer "
              f"{s['code']}). Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De "
              f"directeur-bestuurder is belast met het besturen van de stichting en legt verantwoording af aan de "
              f"raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie twee onafhankelijk zijn en "
              f"drie worden voorgedragen door de aangesloten besturen. De algemene vergadering van aangesloten "
              f"besturen stelt jaarlijks de kaders vast en benoemt de leden van de raad van toezicht."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt scholen en besturen. Het bureau is klein: een "
              "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
              "consulenten. De statuten bevatten een geschillenregeling tussen de aangesloten besturen; deze is in de "
              "afgelopen periode niet ingeroepen."),
        ("p", "De samenwerking tussen schoolbesturen is vastgelegd in een samenwerkingsovereenkomst. Daarin staat dat "
              "besturen elkaar aanspreken op afspraken en dat zij informatie delen. De overeenkomst wordt in 2026 geactualiseerd. Het bestuur rapporteert twee keer per jaar "
              "aan de raad van toezicht over voortgang, risico's en uitvoering van het jaarplan."),
    ]


def opr(s, nr, with_parents=True):
    out = [("h1", f"{nr}. Medezeggenschap: de ondersteuningsplanraad")]
    if with_parents:
        out.append(("p", f"De ondersteuningsplanraad (OPR) van {s['naam']} telt {s['opr_leden']} leden. De helft "
                         f"bestaat uit personeel, de andere helft uit {s['opr_ouders']}. De leden worden afgevaardigd "
                         f"door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op "
                         f"het ondersteuningsplan en op wijzigingen daarvan."))
    else:
        out.append(("p", f"De ondersteuningsplanraad (OPR) van {s['naam']} heeft instemmingsrecht op het "
                         f"ondersteuningsplan en op wijzigingen daarvan. De samenstelling en werkwijze staan in het "
                         f"medezeggenschapsreglement."))
    out += [
        ("p", f"Het concept van dit plan is op {s['opr_concept']} aan de OPR voorgelegd. Na twee bijeenkomsten en "
              f"schriftelijke vragen heeft de OPR op {s['opr_instemming']} ingestemd. De vragen van de OPR gingen "
              f"vooral over de leesbaarheid van het plan, de planning van de uitvoering en de vraag hoe het bestuur "
              f"de raad tussentijds informeert."),
        ("p", "Het bestuur en de OPR spreken elkaar minimaal vier keer per jaar. De OPR ontvangt het jaarplan, de "
              "begroting en het jaarverslag. Voor scholing van leden is een budget beschikbaar. De OPR heeft een eigen "
              "secretaris die ondersteund wordt door het bureau."),
    ]
    return out


def oogo(s, nr, substantive=True):
    out = [("h1", f"{nr}. Samenwerking met gemeenten (OOGO)")]
    if substantive:
        out += [
            ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
                  f"{s['gemeenten']}. Het OOGO over dit plan vond plaats op {s['oogo_datum']}; de gemeenten hebben "
                  f"ingestemd met de passages die het gemeentelijk domein raken. Omgekeerd is het samenwerkingsverband "
                  f"betrokken bij het beleidsplan jeugd van de gemeenten."),
            ("p", "Gemeenten en samenwerkingsverband werken samen aan een aantal vaste thema's: de aansluiting tussen "
                  "ondersteuning op school en jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor voorzieningen, "
                  "de doorgaande lijn van voorschoolse educatie naar de basisschool en de aanpak van verzuim. Op iedere "
                  "school is een vaste contactpersoon van het lokale jeugdteam beschikbaar die aansluit bij het "
                  "ondersteuningsteam. Onderwijs-zorgarrangementen worden gezamenlijk gefinancierd volgens een "
                  "verdeelsleutel die per casus wordt vastgelegd."),
            ("p", "Het bestuurlijk overleg met de wethouders vindt twee keer per jaar plaats. Ambtelijk is er iedere "
                  "zes weken overleg. Een gezamenlijke agenda wordt jaarlijks geactualiseerd."),
        ]
    else:
        out += [
            ("p", f"Het wettelijk verplichte op overeenstemming gericht overleg (OOGO) met de colleges van B&W van "
                  f"{s['gemeenten']} over dit plan vond plaats op {s['oogo_datum']}. Het verslag daarvan is bij het "
                  f"bestuur opvraagbaar."),
        ]
    return out


def personeel(s, nr):
    return [
        ("h1", f"{nr}. Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft zelf een beperkte formatie van ongeveer {s['fte']} fte. Het grootste "
              f"deel daarvan bestaat uit consulenten, orthopedagogen en ambulant begeleiders die scholen ondersteunen. "
              f"Zij zijn in dienst van de stichting of worden gedetacheerd vanuit een van de besturen. Voor het "
              f"personeel geldt de cao van de sector."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Wij merken dat intern begeleiders en "
              "ondersteuningscoördinatoren steeds vaker voor de klas staan en minder tijd hebben voor hun "
              "coördinerende taak. Samen met de besturen zoeken wij naar manieren om de werkdruk te verlagen, "
              "bijvoorbeeld door administratieve taken te vereenvoudigen en door onderwijsassistenten gericht in te "
              "zetten."),
        ("p", "Kennisdeling vinden wij belangrijk. Het samenwerkingsverband organiseert per jaar minimaal zes "
              "netwerkbijeenkomsten voor intern begeleiders of ondersteuningscoördinatoren, een studiedag voor alle "
              "scholen en leernetwerken rond thema's als gedrag, taalontwikkeling en executieve functies. Het aanbod "
              "wordt jaarlijks afgestemd met de besturen. Scholen kunnen ook een beroep doen op een kleine "
              "scholingspot voor teamtrajecten."),
    ]


def ict(s, nr):
    return [
        ("h1", f"{nr}. Privacy, ICT en administratie"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor het "
              "toewijzen van ondersteuning en voor het beoordelen van aanvragen. Wij houden ons aan de Algemene "
              "verordening gegevensbescherming en de bepalingen in de onderwijswetgeving. Gegevens worden bewaard tot "
              "drie jaar na het besluit en daarna vernietigd. Er is een functionaris gegevensbescherming aangesteld."),
        ("p", "Aanvragen worden digitaal ingediend via een beveiligde omgeving. Alleen medewerkers die de gegevens "
              "nodig hebben voor hun taak hebben toegang. Het samenwerkingsverband voert jaarlijks een controle uit op "
              "de autorisaties en rapporteert datalekken aan de Autoriteit Persoonsgegevens. Het privacyreglement is "
              "in 2024 herzien."),
        ("p", "De ICT-omgeving wordt beheerd door een externe partij. In de planperiode vervangen wij het huidige "
              "registratiesysteem, omdat dat niet meer aansluit bij de wensen van scholen. De vervanging wordt in "
              "overleg met de besturen voorbereid."),
    ]


def planning(s, nr, rows):
    return [
        ("h1", f"{nr}. Planning en uitvoering"),
        ("p", "Dit ondersteuningsplan is een meerjarig kader. Het wordt elk jaar uitgewerkt in een jaarplan met "
              "activiteiten en een jaarbegroting. In het jaarverslag leggen wij verantwoording af. Onderstaande "
              "tabel geeft de hoofdlijnen van de planning per schooljaar."),
        ("table", [["Schooljaar", "Activiteiten"]] + rows),
        ("p", "De planning is indicatief. Wanneer wet- of regelgeving wijzigt, bijvoorbeeld door de invoering van een "
              "landelijke norm voor basisondersteuning of door nieuwe regels voor de bekostiging, passen wij de "
              "planning aan na overleg met de OPR."),
    ]


def overleg(s, nr):
    return [
        ("h1", f"{nr}. Overlegstructuur en jaarcyclus"),
        ("p", f"De samenwerking binnen {s['naam']} krijgt vorm in een vaste overlegstructuur. Het bestuurlijk "
              f"overleg van de aangesloten besturen komt vijf keer per jaar bijeen. Daar worden de kaders besproken "
              f"die later in de algemene vergadering worden vastgesteld. Het directeurenoverleg komt zes keer per jaar "
              f"bijeen en is vooral bedoeld voor het uitwisselen van ervaringen en het voorbereiden van beleid. Daarnaast "
              f"zijn er werkgroepen die een thema uitdiepen, zoals communicatie, professionalisering of de "
              f"registratie van gegevens."),
        ("p", "De jaarcyclus begint in het voorjaar met de voorbereiding van het jaarplan. In juni bespreken wij het "
              "concept-jaarplan met de besturen en de OPR. In het najaar volgt de begroting voor het komende "
              "kalenderjaar. Het jaarverslag over het afgelopen kalenderjaar verschijnt vóór 1 juli. Deze documenten "
              "staan op de website van het samenwerkingsverband, zodat iedereen kan zien wat er gebeurt."),
        ("p", "Naast de formele overleggen hechten wij veel waarde aan informeel contact. De consulenten bezoeken iedere "
              "school minimaal twee keer per jaar, ook als er geen concrete vraag is. Zo houden wij voeling met wat er "
              "op de werkvloer speelt. Signalen uit die bezoeken worden besproken in het teamoverleg van het bureau en, "
              "waar nodig, doorgegeven aan het bestuur. Wij vragen scholen ook om jaarlijks een korte vragenlijst in te "
              "vullen over de samenwerking met het bureau; de uitkomsten gebruiken wij om onze dienstverlening te "
              "verbeteren."),
        ("p", "Wij vinden het belangrijk dat overleg niet vrijblijvend is. Afspraken worden vastgelegd in een "
              "besluitenlijst die aan alle deelnemers wordt gestuurd. Bij de start van ieder schooljaar ontvangen "
              "besturen en directeuren een overzicht van de vergaderdata, zodat zij hun eigen planning daarop kunnen "
              "afstemmen."),
    ]


def dilemmas(s, nr):
    return [
        ("h1", f"{nr}. Ontwikkelingen en dilemma's"),
        ("p", "Het onderwijs verandert snel. Een aantal landelijke ontwikkelingen heeft invloed op de uitvoering van "
              "dit plan. Wij noemen de belangrijkste, zonder volledig te willen zijn."),
        ("p", "Ten eerste het lerarentekort. Scholen hebben moeite om vacatures te vullen, en dat gaat vaak ten koste "
              "van de tijd die beschikbaar is voor leerlingen die meer nodig hebben. Wij kunnen dat tekort niet "
              "oplossen, maar wel meedenken over slimme organisatievormen en het delen van specialisten tussen scholen."),
        ("p", "Ten tweede de landelijke plannen rond passend onderwijs. Het kabinet werkt aan een landelijke norm "
              "voor basisondersteuning en aan nieuwe regels voor medezeggenschap en voor steunpunten voor ouders en "
              "jongeren. Wat dat precies voor ons betekent, is op het moment van schrijven nog niet duidelijk. Wij "
              "volgen de ontwikkelingen en passen het plan aan wanneer dat nodig is."),
        ("p", "Ten derde de vereenvoudiging van de bekostiging en de dalende leerlingaantallen in een deel van de "
              "regio. Dat vraagt om voorzichtigheid in het aangaan van langdurige verplichtingen."),
        ("p", "Ten vierde de druk op de jeugdhulp. Wachtlijsten en personeelstekorten bij zorgaanbieders maken dat "
              "scholen soms langer dan wenselijk met een hulpvraag blijven zitten. Ook de landelijke discussie over "
              "thuiszitters en vrijstellingen raakt onze regio. Dit is geen probleem dat het onderwijs alleen kan "
              "oplossen."),
        ("p", "Deze ontwikkelingen leveren dilemma's op. Hoe ver gaat de verantwoordelijkheid van een school? Wanneer "
              "is maatwerk rechtvaardig en wanneer leidt het tot ongelijkheid? Wij gaan deze vragen niet uit de weg en "
              "bespreken ze open met besturen, de OPR en onze partners."),
    ]


def totstandkoming(s, nr):
    return [
        ("h1", f"{nr}. Hoe dit plan tot stand kwam"),
        ("p", f"De voorbereiding van dit plan begon ruim een jaar voor de vaststelling. Een kleine schrijfgroep, "
              f"bestaande uit de directeur-bestuurder, de beleidsmedewerker en twee directeuren, heeft eerst de "
              f"evaluatie van het vorige plan en de jaarverslagen doorgenomen. Daarna zijn in drie rondes "
              f"bijeenkomsten georganiseerd: een ronde met schoolleiders, een ronde met {s['coord']} en een ronde met "
              f"bestuurders. In iedere ronde stond één vraag centraal: wat moet er de komende vier jaar anders?"),
        ("p", "De opbrengst van die bijeenkomsten was rijk en soms tegenstrijdig. Sommige scholen vroegen om meer "
              "vrijheid, andere juist om strakkere afspraken. Een aantal scholen gaf aan dat de administratieve druk "
              "rond aanvragen te hoog is. Ook werd gevraagd om meer zichtbaarheid van het bureau op de scholen. De "
              "schrijfgroep heeft geprobeerd deze signalen te wegen en er samenhangende keuzes van te maken."),
        ("p", "Het eerste concept is besproken in het bestuurlijk overleg en daarna aangepast. Het tweede concept is "
              "voorgelegd aan de ondersteuningsplanraad en aan de gemeenten. Ook is het concept gedeeld met het "
              "samenwerkingsverband in de andere sector waarmee ons gebied overlapt. De reacties zijn verwerkt in de "
              "definitieve versie. Na vaststelling is het plan vóór 1 mei aan de inspectie gezonden."),
        ("p", "Wij beseffen dat een plan op papier iets anders is dan de praktijk. Daarom is in de planning ruimte "
              "gemaakt voor een tussentijdse evaluatie. Bovendien kan het plan tussentijds worden gewijzigd; iedere "
              "wijziging wordt aan de ondersteuningsplanraad voorgelegd."),
    ]


def begrippen(s, nr, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
                                   "samenwerkingsverband bieden, zoals preventieve en licht curatieve interventies."],
            ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep, met doel, duur en middelen."],
            ["Dekkend netwerk", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin inkomsten en uitgaven zijn geraamd."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terechtkunnen."],
            ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in " + s["special"] + "."],
            ["Verevening", "Verrekening van de middelen voor zware ondersteuning op basis van het "
                           "deelnamepercentage."]]
    rows += [list(x) for x in extra]
    return [("h1", f"Bijlage {nr}. Begrippen- en afkortingenlijst"), ("table", rows)]


# --------------------------------------------------------------------------------------------
# Plan 1 - PO, docx.  B present, P present, T present (hidden in TLV chapter), F partial (besteding
# deferred), D present, R missing (deferral only), O present (in "Communicatie").
# --------------------------------------------------------------------------------------------

P1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Vlietlanden", code="PO 28-05",
          periode="2025-2029", coord="ondersteuningscoördinatoren", directeur="drs. M.A. (Marieke) Verhoeff",
          leerlingen="11.400", besturen="9", opr_leden="twaalf", opr_ouders="ouders",
          opr_concept="14 januari 2025", opr_instemming="25 maart 2025", gemeenten="Vlietdam, Oudewaard en Rijnsbergen",
          oogo_datum="4 maart 2025", fte="14", special="het sbo of so",
          ambities=["Wij werken vanuit vertrouwen en korte lijnen.",
                    "Wij zijn een lerende organisatie die open is over keuzes en dilemma's.",
                    "Wij communiceren helder en tijdig met alle betrokkenen.",
                    "Wij verminderen bureaucratie waar dat kan."])


def plan1():
    s = P1
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    s["naam"] + " (" + s["code"] + ")",
                    "Basisondersteuning - toelaatbaarheid - terugplaatsing - ouders - middelen - resultaten",
                    "Vastgesteld door de directeur-bestuurder op 8 april 2025"]),
         ("toc",)]
    b += voorwoord(s)
    b += [
        ("h1", "2. Terugblik en context"),
        ("p", "In de vorige planperiode hebben wij veel in beweging gezet. De ondersteuningsteams op scholen zijn "
              "versterkt, de samenwerking met de jeugdteams is verbeterd en de toewijzing van arrangementen is "
              "eenvoudiger geworden. Niet alles is gelukt: de administratieve last voor scholen is nog altijd te "
              "hoog en de wachttijden bij jeugdhulp zijn opgelopen. Een uitgebreide terugblik is opgenomen in de "
              "jaarverslagen over de afgelopen jaren."),
        ("p", "Het samenwerkingsverband omvat de gemeenten Vlietdam, Oudewaard en Rijnsbergen. In het gebied staan "
              "49 basisscholen, twee scholen voor speciaal basisonderwijs en één school voor speciaal onderwijs met "
              "twee locaties (cluster 3 en 4). De regio kent zowel stedelijke wijken met een grote diversiteit als "
              "kleine dorpskernen met één school."),
        ("table", [["Bestuur", "Aantal scholen", "Leerlingen (1-10-2024)"],
                   ["Stichting Vliet Primair", "14", "3.620"], ["PCBO Oudewaard", "9", "2.170"],
                   ["Stichting Katholiek Onderwijs Rijnsbergen", "8", "1.840"], ["Openbaar Onderwijs Vlietdam", "11", "2.460"],
                   ["Overige besturen (5)", "10", "1.310"]]),
    ]
    b += visie(s)
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Basisondersteuning is bij ons de ondergrens: het niveau van ondersteuning dat alle aangesloten "
              "basisscholen, op iedere vestiging, ten minste bieden aan elke leerling die dat nodig heeft, zonder dat "
              "daarvoor een aanvraag bij het samenwerkingsverband nodig is. De schoolbesturen hebben dit niveau in "
              "2024 samen vastgesteld. Een school mag meer bieden, maar niet minder."),
        ("p", "Het niveau is uitgewerkt in acht standaarden. Iedere ouder mag verwachten dat de school van zijn kind "
              "aan al deze standaarden voldoet:"),
        ("table", [["Standaard", "Wat ouders op elke school kunnen verwachten"],
                   ["1. Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een "
                    "ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt."],
                   ["2. Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar en een groepsplan of "
                    "groepsoverzicht met aanpak op drie niveaus."],
                   ["3. Dyslexie en dyscalculie", "Werken volgens het Protocol Leesproblemen en Dyslexie en het Protocol "
                    "ERWD, inclusief signalering vanaf groep 2 en extra leestijd."],
                   ["4. Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling, "
                    "een jaarlijkse monitor sociale veiligheid en een anti-pestcoördinator."],
                   ["5. Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, waaronder "
                    "woordenschatinterventies in de onderbouw."],
                   ["6. Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof vanaf groep 3 en een "
                    "verrijkingsaanbod binnen de school."],
                   ["7. Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen, bekend bij alle "
                    "medewerkers."],
                   ["8. Samenwerking met ketenpartners", "Een vaste contactpersoon van het jeugdteam en de "
                    "jeugdverpleegkundige op iedere school."]]),
        ("p", "Elke school beschrijft in het schoolondersteuningsprofiel en in de schoolgids hoe zij deze standaarden "
              "invult. Het samenwerkingsverband bekijkt jaarlijks met een kwaliteitskaart per school of de standaarden "
              "worden gehaald. Als een school op een standaard onvoldoende scoort, maken bestuur en samenwerkingsverband "
              "binnen drie maanden een verbeterafspraak die in het volgende schooljaar wordt gecontroleerd."),
        ("h1", "5. Van extra ondersteuning tot speciaal onderwijs"),
        ("p", "Wanneer de basisondersteuning niet genoeg is, zijn er meer mogelijkheden. Wij onderscheiden vijf "
              "niveaus die samen een doorlopend geheel vormen, van de eigen klas tot de speciale school:"),
        ("table", [["Niveau", "Wat", "Wie besluit"],
                   ["0", "Basisondersteuning in de groep en de school", "School"],
                   ["1", "Schoolarrangement uit het schoolbudget (bijvoorbeeld extra begeleiding, remedial teaching)", "School"],
                   ["2", "Bovenschools arrangement: observatieplaats, taalklas, plusklas, ambulante begeleiding gedrag",
                    "Consulent van het samenwerkingsverband"],
                   ["3", "Tijdelijke plaatsing op het sbo of in een onderwijs-zorggroep", "Commissie Toelaatbaarheid"],
                   ["4", "Plaatsing op het so (cluster 3 of 4)", "Commissie Toelaatbaarheid"]]),
        ("p", "Wij houden bij waar het aanbod tekortschiet. Het thuiszittersoverleg van samenwerkingsverband en "
              "leerplicht komt iedere zes weken bij elkaar en bespreekt iedere leerling die langer dan vier weken niet "
              "naar school gaat of die geen passende plek heeft. Binnen twee weken na melding wordt een trajectbegeleider "
              "aangewezen. Wanneer een bestuur geen passende plek kan vinden, kan de directeur-bestuurder "
              "doorzettingsmacht inzetten en een school aanwijzen."),
        ("p", "Uit de analyse van de afgelopen jaren blijken twee witte vlekken: een passend aanbod voor jonge kinderen "
              "met een grote ontwikkelingsvoorsprong en een plek voor kinderen die tijdelijk niet belastbaar zijn. Voor "
              "de eerste start in augustus 2025 een voltijd HB-groep in Vlietdam; voor de tweede openen wij in 2026 een "
              "kleinschalige onderwijs-zorggroep met de jeugdhulpaanbieder. Wachtlijsten bij het so worden maandelijks "
              "gevolgd in het directeurenoverleg."),
        ("h1", "6. Toelaatbaarheid tot het sbo en so"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring wordt aangevraagd door het schoolbestuur van de school waar de leerling "
              "staat ingeschreven, in de praktijk door de intern begeleider namens de directeur. Ouders tekenen het "
              "aanvraagformulier mee en geven hun zienswijze. De stappen zijn:"),
        ("table", [["Stap", "Wat gebeurt er", "Termijn"],
                   ["1", "Multidisciplinair overleg op school met ouders en consulent; besluit tot aanvraag", "-"],
                   ["2", "Digitale aanvraag met OPP, groeidocument en verslag MDO", "-"],
                   ["3", "Consulent controleert volledigheid", "binnen 5 werkdagen"],
                   ["4", "Twee deskundigen (orthopedagoog of psycholoog plus een tweede deskundige) geven ieder een "
                    "schriftelijk advies", "binnen 3 weken"],
                   ["5", "Commissie Toelaatbaarheid besluit namens het bestuur", "binnen 6 weken na volledige aanvraag"],
                   ["6", "Besluit aan school en ouders, met bezwaarclausule", "direct na besluit"]]),
        ("h2", "6.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: de school heeft "
              "minimaal twee cycli handelingsgericht gewerkt met een OPP; de leerling heeft een leerachterstand van meer "
              "dan anderhalf jaar op twee of meer hoofdvakken of ernstige gedragsproblemen die de ontwikkeling "
              "belemmeren; en een bovenschools arrangement is ingezet of aantoonbaar niet passend. Een leerling is "
              "toelaatbaar tot het so wanneer daarnaast sprake is van een ondersteuningsbehoefte op meerdere domeinen "
              "(leren, gedrag, medisch, zelfredzaamheid) die de mogelijkheden van het sbo te boven gaat."),
        ("h2", "6.3 Duur en categorie"),
        ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren. Een TLV voor het so geldt twee of vier jaar en "
              "vermeldt de bekostigingscategorie laag, midden of hoog."),
        ("h2", "6.4 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies uitbrengt "
              "aan het bestuur."),
        ("h2", "6.5 Afloop van de TLV"),
        ("p", "Voor ons is een TLV geen eindstation. Ons uitgangspunt is dat een kind teruggaat naar een reguliere "
              "school zodra dat verantwoord is, bij voorkeur in de eigen wijk. Voorwaarde is dat het OPP laat zien "
              "dat de leerling met de ondersteuning van een reguliere school verder kan en dat ouders en ontvangende "
              "school daarachter staan. Na de overstap krijgt de leerling een overgangsarrangement van een half jaar "
              "met ambulante begeleiding vanuit de sbo- of so-school, betaald door het samenwerkingsverband."),
        ("p", "Dat gaat zo: uiterlijk in november van het laatste TLV-jaar bespreekt de sbo- of so-school in het "
              "ondersteuningsteam, samen met ouders, of terugplaatsing mogelijk is. De school voor speciaal (basis)"
              "onderwijs neemt het initiatief en betrekt de consulent. Vóór 1 maart stelt de consulent met ouders en "
              "een reguliere school een plan op. De Commissie Toelaatbaarheid besluit vóór 1 april of de TLV afloopt "
              "of dat een nieuwe TLV nodig is. Zes weken en een half jaar na de overstap vindt een evaluatiegesprek "
              "plaats. Ook tussentijds kan een school terugplaatsing voorstellen; dan gelden dezelfde stappen."),
        ("h1", "7. Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via de nieuwsbrief en "
              "het directeurenoverleg, met gemeenten via het ambtelijk overleg en met ouders via verschillende kanalen."),
        ("p", "Ouders vinden op onze website een ouderpagina met uitleg over basisondersteuning, arrangementen en de "
              "toelaatbaarheidsprocedure. Er is een ouderfolder in het Nederlands, Engels, Arabisch en Pools, die via "
              "alle scholen wordt verspreid. In de schoolgids en het schoolondersteuningsprofiel staat wat de school "
              "biedt. Twee keer per jaar organiseren wij een informatieavond voor ouders, en bij iedere aanvraag "
              "ontvangen ouders een kopie van de adviezen."),
        ("p", "Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Vliet, dat los van het "
              "samenwerkingsverband en de scholen werkt. Het steunpunt is bereikbaar via telefoon, e-mail en een "
              "wekelijks inloopspreekuur in de bibliotheek van Vlietdam. Ook kunnen ouders gratis een beroep doen op "
              "de Onderwijsconsulenten. Bij een klacht of geschil over toelating of verwijdering kunnen ouders naar de "
              "Geschillencommissie passend onderwijs."),
        ("h1", "8. Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
              "verevening en de afdrachten aan DUO voor het so resteert het budget dat wij verdelen."),
        ("p", "Voor de verdeling hanteren wij het schoolmodel. Iedere school ontvangt een vaste voet van € 12.500 per "
              "vestiging plus € 95 per leerling op de teldatum 1 oktober. Dit schoolbudget is bestemd voor niveau 1. "
              "Bovenschoolse arrangementen (niveau 2) worden door de consulent toegekend op basis van drie criteria: "
              "de ondersteuningsvraag gaat de basisondersteuning te boven, de school heeft een handelingsplan "
              "uitgevoerd en het arrangement heeft een doel en een einddatum van maximaal één schooljaar. Het "
              "algemeen bestuur stelt de bedragen elk jaar in december vast."),
        ("p", "De meerjarenbegroting voor de planperiode wordt na publicatie van de definitieve rijksbedragen aan dit "
              "plan toegevoegd. Zolang die bedragen niet bekend zijn, is een verantwoorde raming van de uitgaven per "
              "post niet te geven."),
        ("p", "Het samenwerkingsverband heeft een reserve boven de signaleringswaarde. Het weerstandsvermogen is "
              "begin 2025 bepaald op 8 procent van de baten; het deel daarboven bouwen wij uiterlijk in 2027 af door "
              "extra inzet op niveau 2."),
        ("h1", "9. Kwaliteitszorg"),
        ("p", "Kwaliteit is voor ons meer dan een cijfer. Het gaat om de vraag of kinderen, ouders en leraren zich "
              "gesteund voelen. De inspectie bezoekt het samenwerkingsverband eens in de vier jaar; het laatste "
              "bezoek vond plaats in 2023."),
        ("p", "Welke resultaten wij in deze planperiode precies beogen voor leerlingen die extra ondersteuning nodig "
              "hebben, en hoe wij die gaan volgen, leggen wij in de loop van schooljaar 2025-2026 samen met de "
              "besturen vast in een apart kwaliteitskader. Tot die tijd werken wij vanuit de ambities in hoofdstuk 3."),
    ]
    b += governance(s, 10)
    b += opr(s, 11)
    b += oogo(s, 12)
    b += personeel(s, 13)
    b += ict(s, 14)
    b += overleg(s, 15)
    b += dilemmas(s, 16)
    b += planning(s, 17, [["2025-2026", "Start HB-groep; kwaliteitskader opstellen; nieuwe website"],
                          ["2026-2027", "Onderwijs-zorggroep; afbouw reserve; evaluatie standaarden basisondersteuning"],
                          ["2027-2028", "Tussenevaluatie van het plan met OPR en besturen"],
                          ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen(s, 1, [["Resultaten", "De beoogde en bereikte effecten van de ondersteuning voor leerlingen."]])
    return b


# --------------------------------------------------------------------------------------------
# Plan 2 - VO, pdf.  B partial (inhoud only in absent annex), P present (tables), T partial (beleid, no
# procedure), F present ("Geld en middelen", tables), D partial (continuum, lacunes deferred), R present,
# O partial (informatie, no independent steunpunt).
# --------------------------------------------------------------------------------------------

P2 = dict(naam="Samenwerkingsverband VO Rijnstreek-Midden", code="VO 26-04", periode="2024-2028",
          coord="ondersteuningscoördinatoren", directeur="J. (Jeroen) Baaijens MSc", leerlingen="9.850",
          besturen="7", opr_leden="tien", opr_ouders="ouders en leerlingen", opr_concept="20 november 2023",
          opr_instemming="12 februari 2024", gemeenten="Rijnhoven, Waddinghoek en Zoetermeent",
          oogo_datum="23 januari 2024", fte="22", special="het vso, lwoo of pro")


def plan2():
    s = P2
    b = [("title", ["Ondersteuningsplan 2024-2028", s["naam"] + " (" + s["code"] + ")",
                    "Samen verder: passend onderwijs in het voortgezet onderwijs",
                    "Versie na instemming OPR, februari 2024"]),
         ("toc",)]
    b += voorwoord(s)
    b += [
        ("h1", "2. Inleiding en kengetallen"),
        ("p", "Het samenwerkingsverband omvat 16 vestigingen voor voortgezet onderwijs, twee scholen voor "
              "praktijkonderwijs en twee vso-scholen. Op de peildatum 1 oktober 2023 telden wij 9.850 leerlingen. "
              "Het plan beschrijft de koers voor de schooljaren 2024-2025 tot en met 2027-2028."),
        ("table", [["Kengetal (1-10-2023)", "Rijnstreek-Midden", "Landelijk"],
                   ["Deelname vso", "3,4%", "3,6%"], ["Deelname pro", "2,6%", "2,4%"],
                   ["Leerlingen met lwoo", "1.012", "-"], ["Leerlingen met een OPP", "1.430", "-"]]),
    ]
    b += visie(s)
    b += [
        ("h1", "4. Ondersteuning op de scholen"),
        ("p", "Basisondersteuning is in Rijnstreek-Midden het door alle zeven besturen gezamenlijk vastgestelde "
              "minimumniveau dat iedere vestiging, ongeacht onderwijstype, aan al haar leerlingen biedt. Het niveau "
              "geldt voor alle vestigingen en wordt iedere vier jaar opnieuw vastgesteld."),
        ("p", "Wat dat niveau concreet inhoudt, is vastgelegd in het Kader Basisondersteuning VO 2024 (bijlage 3). "
              "Scholen nemen de uitwerking op in hun schoolgids. Voor ouders is daarom de schoolgids van de school "
              "de eerste bron."),
        ("p", "Bovenop de basisondersteuning organiseren scholen extra ondersteuning. Het verschil tussen basis- en "
              "extra ondersteuning is voor scholen soms lastig; wij bespreken dit in het netwerk van "
              "ondersteuningscoördinatoren."),
        ("h1", "5. Het ondersteuningsaanbod in de regio"),
        ("p", "Het aanbod in de regio vormt een samenhangend geheel met drie niveaus. Op niveau 1 biedt elke school "
              "basis- en extra ondersteuning uit het eigen schoolbudget. Op niveau 2 zijn er bovenschoolse "
              "voorzieningen. Op niveau 3 staan de vso-scholen en het praktijkonderwijs."),
        ("table", [["Voorziening", "Doelgroep", "Plaatsen", "Toegang"],
                   ["Schoolondersteuningsteam (elke vestiging)", "Alle leerlingen met extra vraag", "-", "Mentor / zorgcoördinator"],
                   ["OPDC De Overstap", "Leerlingen die tijdelijk niet in een reguliere klas passen (max. 2 jaar)", "60", "Toewijzing door SWV"],
                   ["Rebound Rijnhoven", "Time-out van 6-12 weken bij gedragsproblemen", "16", "Aanmelding door school"],
                   ["Taalklas / ISK-schakeljaar", "Nieuwkomers", "90", "Intake ISK"],
                   ["Onderwijs-zorgarrangement Rijnstreek", "Leerlingen met onderwijs- en zorgvraag", "12", "SWV en gemeente samen"],
                   ["vso De Wending en vso Het Anker", "Leerlingen met TLV vso", "340", "TLV"],
                   ["Praktijkonderwijs (2 scholen)", "Leerlingen met TLV pro", "255", "TLV pro"]]),
        ("p", "Het OPDC en de rebound worden bekostigd door het samenwerkingsverband; het onderwijs-zorgarrangement "
              "samen met de gemeenten op basis van een jaarlijkse afspraak."),
        ("p", "De aanpak van thuiszitters en de wijze waarop wij leerlingen zonder passende plek in beeld brengen, "
              "werken wij in het eerste planjaar uit met leerplicht en de gemeenten. Dat wordt een apart "
              "actieplan; de hoofdlijnen daarvan zijn nog niet bekend."),
        ("h1", "6. Toewijzing: vso, lwoo en praktijkonderwijs"),
        ("h2", "6.1 Toelaatbaarheid vso"),
        ("p", "De school waar de leerling is ingeschreven of aangemeld vraagt de TLV aan bij het Loket Toewijzing van "
              "het samenwerkingsverband. Leerling en ouders worden gehoord. De procedure verloopt in vier stappen:"),
        ("table", [["Stap", "Inhoud", "Wie", "Termijn"],
                   ["1", "Bespreking in het ondersteuningsteam; OPP met evaluatie van de geboden ondersteuning", "School", "-"],
                   ["2", "Aanvraag met dossier bij het Loket Toewijzing", "School", "-"],
                   ["3", "Advies van een orthopedagoog of psycholoog en een tweede deskundige (bijv. jeugdarts)", "Deskundigen SWV", "binnen 3 weken"],
                   ["4", "Besluit door de Commissie Toewijzing namens de directeur-bestuurder", "Commissie Toewijzing", "binnen 6 weken"]]),
        ("p", "Criteria vso: de leerling heeft een ondersteuningsbehoefte die blijkt uit het OPP; de reguliere school "
              "en een bovenschoolse voorziening hebben aantoonbaar niet tot voldoende ontwikkeling geleid, of de "
              "behoefte aan structuur, kleine groepen of medische zorg is zo groot dat alleen het vso die kan bieden; "
              "en er is een uitstroomperspectief dat in het vso beter haalbaar is. De TLV geldt maximaal drie jaar en "
              "vermeldt de categorie laag, midden of hoog."),
        ("h2", "6.2 Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgt het samenwerkingsverband de landelijke criteria. De basisschool levert het "
              "onderwijskundig rapport en de toetsgegevens aan; de vo-school dient de aanvraag in vóór 1 maart. De "
              "Commissie Toewijzing besluit binnen vier weken."),
        ("table", [["", "Lwoo", "Praktijkonderwijs"],
                   ["IQ", "75-90 (of 91-120 met sociaal-emotionele problematiek)", "55-80"],
                   ["Leerachterstand", "25% tot 50% op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen",
                    "50% of meer op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
                   ["Geldigheid", "Gehele schoolloopbaan in het vo", "Gehele schoolloopbaan"]]),
        ("h2", "6.3 Bezwaar"),
        ("p", "Tegen een besluit over een TLV kunnen ouders binnen zes weken bezwaar maken bij het "
              "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "7. Doorstroom en terugkeer"),
        ("p", "Het samenwerkingsverband vindt dat een plaatsing in het vso tijdelijk moet zijn waar dat kan. "
              "Terugkeer naar het regulier vo is het uitgangspunt als het OPP laat zien dat de leerling de "
              "ondersteuning van een reguliere school aankan. Een leerling die terugkeert, krijgt gedurende het eerste "
              "jaar een terugkeerarrangement met wekelijkse begeleiding door een ambulant begeleider van de vso-school; "
              "de school ontvangt daarvoor € 4.000 uit het budget voor bovenschoolse voorzieningen. Wij streven naar "
              "twintig terugplaatsingen per jaar."),
        ("p", "Hoe een terugplaatsing praktisch verloopt, wie het initiatief neemt en op welke momenten wordt "
              "besloten en geëvalueerd, leggen de vso-scholen en het samenwerkingsverband in een werkafspraak vast "
              "die in de loop van 2024-2025 verschijnt."),
        ("p", "Voor de overstap van het vmbo naar het mbo werken wij samen met de twee roc's in de regio. Leerlingen "
              "met een OPP krijgen een warme overdracht."),
        ("h1", "8. Resultaten en monitoring"),
        ("p", "Wij formuleren voor de planperiode vijf beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte. Bij ieder resultaat horen een indicator, een nulmeting en een streefwaarde."),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2023", "Streefwaarde 2028"],
                   ["Meer leerlingen thuisnabij", "Deelname vso", "3,4%", "3,0%"],
                   ["Tijdelijk is tijdelijk", "Terugplaatsingen vso naar vo per jaar", "9", "20"],
                   ["Passende uitstroom OPDC", "Leerlingen OPDC dat binnen 2 jaar regulier terugkeert", "61%", "75%"],
                   ["Snelle toewijzing", "Gemiddelde doorlooptijd TLV", "5,5 week", "4 weken"],
                   ["Tevreden ouders", "Tevredenheid ouders over de ondersteuning (1-10)", "6,8", "7,5"]]),
        ("p", "De monitoring verloopt via het dashboard van het samenwerkingsverband, dat gegevens van DUO, de "
              "leerlingadministratie en de jaarlijkse tevredenheidspeiling combineert. Twee keer per jaar rapporteert "
              "de directeur-bestuurder over de voortgang aan de algemene vergadering en de OPR. In het jaarverslag "
              "beschrijven wij de bereikte resultaten en de kosten per voorziening. Halverwege de planperiode vindt "
              "een externe evaluatie plaats."),
        ("h1", "9. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn partners. Leerlingen vanaf 12 jaar worden gehoord bij het opstellen van het "
              "OPP, en ouders worden betrokken bij iedere bespreking over hun kind."),
        ("p", "Het samenwerkingsverband informeert ouders via de website, met een jaarlijkse ouderbrochure "
              "'Ondersteuning in het vo' die in groep 8 en in de brugklas wordt uitgedeeld en via twee "
              "informatiebijeenkomsten per jaar. Daarin lichten wij toe welke voorzieningen er zijn, hoe toegang werkt "
              "en wat een school moet bieden. De scholen nemen dezelfde informatie op in de schoolgids."),
        ("p", "Ouders met vragen, of die het niet eens zijn met de school, kunnen terecht bij de mentor, de "
              "ondersteuningscoördinator of de schoolleiding. Komen zij er daar niet uit, dan kunnen zij contact "
              "opnemen met de directeur-bestuurder van het samenwerkingsverband."),
        ("h1", "10. Geld en middelen"),
        ("h2", "10.1 Verdeling"),
        ("p", "De middelen lichte ondersteuning gaan volledig naar de schoolbesturen: € 148 per leerling op de "
              "teldatum 1 oktober, plus € 310 per lwoo-leerling. Van de middelen zware ondersteuning bekostigt het "
              "samenwerkingsverband eerst de afdrachten voor vso via DUO en de bovenschoolse voorzieningen. Wat "
              "resteert wordt verdeeld naar rato van het aantal leerlingen met een OPP op 1 oktober. Het verdeelmodel "
              "wordt vastgesteld door de algemene vergadering, na advies van de controller, vóór 1 december "
              "voorafgaand aan het kalenderjaar."),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2024", "2025", "2026", "2027"],
                   ["Baten ondersteuningsbudget (na verevening)", "13.420", "13.180", "12.950", "12.800"],
                   ["Afdracht vso en pro (DUO)", "6.150", "6.020", "5.900", "5.820"],
                   ["Schoolbudgetten lichte ondersteuning", "1.770", "1.750", "1.720", "1.700"],
                   ["Verdeling zware ondersteuning naar besturen", "2.400", "2.400", "2.380", "2.350"],
                   ["OPDC en rebound", "1.650", "1.680", "1.700", "1.720"],
                   ["Onderwijs-zorgarrangementen", "280", "290", "300", "300"],
                   ["Bureau en personeel SWV", "1.240", "1.260", "1.280", "1.300"],
                   ["Resultaat", "-70", "-220", "-330", "-390"]]),
        ("p", "De negatieve resultaten zijn bewust: zo bouwen wij de reserve af tot het niveau van de "
              "signaleringswaarde. Besturen verantwoorden de besteding van de middelen jaarlijks vóór 1 juni met een "
              "vast format, dat door de controller wordt beoordeeld."),
    ]
    b += governance(s, 11)
    b += opr(s, 12)
    b += oogo(s, 13)
    b += personeel(s, 14)
    b += ict(s, 15)
    b += overleg(s, 16)
    b += dilemmas(s, 17)
    b += planning(s, 18, [["2024-2025", "Actieplan thuiszitters; werkafspraak terugplaatsing; nieuw dashboard"],
                          ["2025-2026", "Uitbreiding rebound; herijking Kader Basisondersteuning"],
                          ["2026-2027", "Externe evaluatie; afbouw reserve afronden"],
                          ["2027-2028", "Nieuw ondersteuningsplan"]])
    b += begrippen(s, 1, [["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                          ["OPDC", "Orthopedagogisch-didactisch centrum."]])
    return b


# --------------------------------------------------------------------------------------------
# Plan 3 - PO, pdf.  B present (table), P partial (procedure; criteria deferred), T missing (near-misses
# only), F present, D present, R partial (targets; monitoring deferred), O missing (passing mentions only).
# --------------------------------------------------------------------------------------------

P3 = dict(naam="Stichting Samenwerkingsverband Kempenland-Oost PO", code="PO 30-09", periode="2025-2029",
          coord="de coördinatoren van de expertiseteams", directeur="dr. H.J. (Henk) van Gestel",
          leerlingen="8.300", besturen="6", opr_leden="acht", opr_ouders="ouders",
          opr_concept="3 februari 2025", opr_instemming="1 april 2025",
          gemeenten="Geldrop-Akkerveld, Heezendonk en Asten-Mierlo", oogo_datum="18 maart 2025", fte="11",
          special="het sbo of so", dank_opr="de leden van de ondersteuningsplanraad",
          visie_ouders="Kinderen groeien op in gezinnen en wijken die ertoe doen.",
          ambities=["Meer kinderen krijgen thuisnabij onderwijs in een reguliere setting.",
                    "Leraren voelen zich beter toegerust om verschillen in de klas op te vangen.",
                    "Onderwijs en zorg werken als één team rond het kind.",
                    "Het samenwerkingsverband is een lerende organisatie die transparant is over keuzes."])


def plan3():
    s = P3
    b = [("title", ["Ondersteuningsplan", s["naam"], "Planperiode 1 augustus 2025 - 31 juli 2029",
                    "Kenmerk OP-2025-01 | " + s["code"]]),
         ("toc",)]
    b += voorwoord(s)
    b += [
        ("h1", "2. Terugblik"),
        ("p", "De afgelopen vier jaar stonden in het teken van het dichterbij brengen van expertise. De "
              "expertiseteams zijn opgezet, de samenwerking met de jeugdprofessionals is verankerd en scholen weten "
              "het samenwerkingsverband beter te vinden. De terugkoppeling van scholen over de nieuwe werkwijze is "
              "overwegend positief. Tegelijk constateren wij dat de doorstroom naar het voortgezet onderwijs voor "
              "een kleine groep leerlingen stroef verloopt; daarover zijn met het VO-samenwerkingsverband afspraken "
              "gemaakt over een warme overdracht in groep 8."),
        ("p", "Het samenwerkingsverband telt 41 basisscholen, één school voor speciaal basisonderwijs (De Kempenboog) "
              "en een so-school voor cluster 4 (De Horizon). Zeer moeilijk lerende kinderen gaan naar een so-school "
              "buiten de regio."),
    ]
    b += visie(s)
    b += [
        ("h1", "4. Basisondersteuning: wat elke school biedt"),
        ("p", "Alle 41 basisscholen en alle nevenvestigingen bieden dezelfde basisondersteuning. Dit is de "
              "gezamenlijke afspraak van de zes besturen over wat er op iedere school minimaal aanwezig is. De afspraak "
              "is in juni 2024 door de algemene vergadering bekrachtigd en geldt voor de hele planperiode."),
        ("table", [["Domein", "Wat er op iedere school minimaal is"],
                   ["Leren", "Signalering met een leerlingvolgsysteem, verlengde instructie, aanpak dyslexie en "
                    "dyscalculie volgens de landelijke protocollen."],
                   ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren, een pestprotocol en "
                    "kortdurende gedragsinterventies (bijv. check-in/check-out)."],
                   ["Werkhouding", "Ondersteuning bij plannen en organiseren (executieve functies) met visuele "
                    "hulpmiddelen."],
                   ["Fysiek en medisch", "Toegankelijk gebouw op de begane grond en een protocol medisch handelen."],
                   ["Organisatie", "Een intern begeleider, een ondersteuningsteam met een jeugdprofessional en een "
                    "orthopedagoog op afroep (maximaal 10 dagen wachttijd)."]]),
        ("h1", "5. Het dekkend netwerk"),
        ("p", "Basis, extra en speciaal vormen bij ons één netwerk. Wanneer een school handelingsverlegen is, schakelt "
              "zij het expertiseteam van haar cluster in. Dat team kan een arrangement toekennen: begeleiding in de "
              "klas, een plaats in de tussenvoorziening De Brug (maximaal 20 weken) of een plek in de "
              "observatiegroep van De Kempenboog. Voor kinderen met een ernstige meervoudige ondersteuningsvraag is "
              "er het sbo en het so."),
        ("p", "Leerlingen die thuiszitten of dreigen uit te vallen, worden binnen vijf werkdagen gemeld bij het "
              "expertiseteam. Een casusregisseur stelt binnen drie weken met school, leerplicht en jeugdhulp een plan "
              "op. Ieder kwartaal brengen wij met leerplicht alle thuiszitters en vrijstellingen in kaart en bespreken "
              "wij welke plek ontbreekt. Uit die analyses bleek dat er in het zuiden van de regio geen voorziening is "
              "voor kinderen met ernstige angstproblematiek; vanaf januari 2026 start daarvoor een kleine groep op de "
              "locatie van De Horizon in Asten-Mierlo. De besturen hebben afgesproken dat geen kind wordt uitgeschreven "
              "zonder dat een andere school is gevonden."),
        ("h1", "6. Toelaatbaarheid"),
        ("p", "Een toelaatbaarheidsverklaring voor sbo of so wordt aangevraagd door het bevoegd gezag van de school. "
              "De aanvraag gaat digitaal naar het expertiseteam. De Commissie van Toelaatbaarheid (CvT) besluit binnen "
              "zes weken na ontvangst van de volledige aanvraag namens de directeur-bestuurder."),
        ("p", "Vooraf adviseren twee deskundigen: een orthopedagoog of psycholoog van het samenwerkingsverband en, "
              "afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of kinderpsychiater. Zij adviseren "
              "ieder afzonderlijk en schriftelijk. Een deskundige die de aanvraag mee heeft voorbereid, adviseert niet."),
        ("p", "De TLV voor het sbo geldt voor twee schooljaren; voor het so voor twee schooljaren met "
              "bekostigingscategorie laag, midden of hoog. Tegen het besluit staat bezwaar open bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "De CvT weegt iedere aanvraag zorgvuldig en afzonderlijk. Een gezamenlijke set criteria voor "
              "toelaatbaarheid tot sbo en so is in voorbereiding; die wordt na bespreking in de algemene vergadering "
              "als addendum aan dit plan toegevoegd."),
        ("h1", "7. Financiën"),
        ("p", "Wij hanteren een mengvorm van school- en expertisemodel. De schoolbesturen ontvangen € 120 per "
              "leerling (teldatum 1 oktober) voor extra ondersteuning op de eigen scholen. De expertiseteams, de "
              "tussenvoorziening en de arrangementen worden centraal bekostigd. Een arrangement wordt toegekend als de "
              "school de basisondersteuning heeft benut, het probleem met een doel in een plan is beschreven en de "
              "ondersteuning binnen maximaal een jaar te evalueren is."),
        ("table", [["Meerjarenbegroting (bedragen in €)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "9.640.000", "9.510.000", "9.420.000", "9.330.000"],
                   ["Afdracht so (DUO)", "3.980.000", "3.950.000", "3.920.000", "3.900.000"],
                   ["Overdracht sbo (groei en 2%-regeling)", "1.020.000", "1.000.000", "990.000", "980.000"],
                   ["Budget schoolbesturen (€ 120 p.l.)", "996.000", "984.000", "972.000", "960.000"],
                   ["Expertiseteams en arrangementen", "2.310.000", "2.330.000", "2.340.000", "2.340.000"],
                   ["Tussenvoorziening De Brug en angstgroep", "410.000", "520.000", "540.000", "540.000"],
                   ["Bureau, huisvesting en overig", "890.000", "900.000", "910.000", "920.000"],
                   ["Saldo", "34.000", "-174.000", "-252.000", "-310.000"]]),
        ("p", "Schoolbesturen verantwoorden jaarlijks in hun bestuursverslag waaraan zij de middelen hebben besteed, "
              "volgens een format van het samenwerkingsverband."),
        ("h1", "8. Beoogde resultaten"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Resultaat", "Streefwaarde in 2029"],
                   ["Deelname speciaal basisonderwijs", "maximaal 1,9%"],
                   ["Deelname so", "maximaal 1,6%"],
                   ["Leerlingen met een arrangement die daarna zonder arrangement verder kunnen", "ten minste 60%"],
                   ["Arrangementen die hun doel halen", "ten minste 80%"],
                   ["Wachttijd tussenvoorziening", "minder dan 4 weken"]]),
        ("p", "Op welke manier wij deze resultaten gaan meten, met welke bronnen, en hoe en wanneer wij daarover "
              "rapporteren, werken wij uit in het kwaliteitskader dat in 2026 verschijnt."),
    ]
    b += governance(s, 9)
    b += opr(s, 10, with_parents=False)
    b += oogo(s, 11)
    b += personeel(s, 12)
    b += ict(s, 13)
    b += overleg(s, 14)
    b += dilemmas(s, 15)
    b += totstandkoming(s, 16)
    b += planning(s, 17, [["2025-2026", "Criteria toelaatbaarheid vaststellen; start angstgroep"],
                          ["2026-2027", "Kwaliteitskader; evaluatie expertiseteams"],
                          ["2027-2028", "Herijking verdeling schoolbudget"],
                          ["2028-2029", "Voorbereiding nieuw plan"]])
    b += begrippen(s, 1, [["CvT", "Commissie van Toelaatbaarheid."],
                          ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij problemen rond "
                                                   "toelating of ondersteuning."]])
    return b


# --------------------------------------------------------------------------------------------
# Plan 4 - VO, docx.  B missing (deferral), P missing (absent annex), T present (inside "Doorlopende
# lijnen"), F partial (begroting, verdeling deferred), D present, R present, O partial (steunpunt inside
# "Klachten en geschillen"; informatie deferred).
# --------------------------------------------------------------------------------------------

P4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Hoge Veluwe-Zuid", code="VO 25-11",
          periode="2025-2029", coord="zorgcoördinatoren", directeur="mr. A.C. (Annemiek) Dorrestein",
          leerlingen="12.100", besturen="8", opr_leden="twaalf", opr_ouders="ouders en leerlingen",
          opr_concept="9 december 2024", opr_instemming="10 maart 2025",
          gemeenten="Ede-Wageningse Berg, Renkum-Heelsum en Scherpenveld", oogo_datum="26 februari 2025",
          fte="18", special="het vso of pro")


def plan4():
    s = P4
    b = [("title", ["Koersplan passend onderwijs 2025-2029",
                    "Ondersteuningsplan van het " + s["naam"] + " (" + s["code"] + ")",
                    "Met hoofdstukken over basisondersteuning, toewijzing, terugplaatsing, financiën, resultaten en ouders"]),
         ("toc",)]
    b += voorwoord(s)
    b += [
        ("h1", "2. Het samenwerkingsverband in cijfers"),
        ("table", [["Onderdeel", "Aantal (1-10-2024)"],
                   ["Vestigingen regulier vo", "21"], ["Scholen voor praktijkonderwijs", "2"],
                   ["vso-scholen (cluster 3 en 4)", "3"], ["Leerlingen totaal", "12.100"],
                   ["Leerlingen met een OPP", "1.180"]]),
        ("p", "Het samenwerkingsverband beslaat drie gemeenten met een mix van stedelijk en landelijk gebied. De "
              "leerlingaantallen dalen de komende jaren licht, vooral in de kleinere kernen."),
    ]
    b += visie(s)
    b += [
        ("h1", "4. Ondersteuning binnen de scholen"),
        ("p", "Scholen zijn de plek waar de ondersteuning plaatsvindt. Over de basisondersteuning hebben de besturen voor deze planperiode nog "
              "geen nieuwe gezamenlijke afspraken gemaakt: zodra de landelijke norm basisondersteuning is vastgesteld, "
              "stellen wij daarop een regionaal kader af. Tot dat moment volgen wij de ontwikkelingen."),
        ("h1", "5. Het regionale ondersteuningsaanbod"),
        ("p", "Het aanbod bestaat uit vier lagen die op elkaar aansluiten:"),
        ("table", [["Laag", "Aanbod", "Toegang"],
                   ["School", "Ondersteuning binnen de eigen school", "Zorgcoördinator"],
                   ["Extra op school", "Ondersteuningsklassen op 8 vestigingen, dyslexie- en faalangstcoaching, "
                    "ambulante begeleiding vanuit het SWV", "Arrangement via het SWV-consulententeam"],
                   ["Bovenschools", "OPDC De Veluwse Poort (70 plaatsen), time-outvoorziening (12 plaatsen), "
                    "hoogbegaafdenprogramma Plus (30 plaatsen)", "Toewijzing door het SWV"],
                   ["Speciaal", "vso cluster 3 en 4, praktijkonderwijs", "TLV"]]),
        ("p", "Iedere twee maanden komt de thuiszitterstafel bijeen: leerplicht, jeugdhulp, het SWV en de "
              "betrokken school bespreken alle leerlingen die langer dan vier weken thuiszitten of een vrijstelling "
              "hebben. Voor elke leerling wordt binnen tien werkdagen een casusregisseur benoemd. De zorgplicht "
              "blijft bij de school van aanmelding; lukt het niet binnen tien weken een passende plek te vinden, dan "
              "wijst de directeur-bestuurder een school aan. Signalen over ontbrekend aanbod worden jaarlijks in "
              "een notitie 'Witte vlekken' gebundeld; daaruit volgde in 2024 de uitbreiding van het OPDC met twintig "
              "plaatsen."),
        ("h1", "6. Toewijzing van ondersteuning"),
        ("p", "Het samenwerkingsverband besluit over toelaatbaarheid tot vso en pro en over de aanwijzing voor "
              "leerwegondersteuning. Alle regels daarover, waaronder de stappen, de termijnen en de afwegingen die "
              "de commissie maakt, zijn opgenomen in het Toewijzingsreglement VO 2025 (bijlage 5)."),
        ("h1", "7. Doorlopende lijnen"),
        ("h2", "7.1 Van po naar vo"),
        ("p", "De overstap van basisschool naar voortgezet onderwijs verloopt via de regionale POVO-procedure. "
              "Leerlingen met een ondersteuningsbehoefte krijgen een warme overdracht, waarbij de basisschool, "
              "ouders en de ontvangende school vóór 1 april om tafel zitten."),
        ("h2", "7.2 Van vso terug naar het vo"),
        ("p", "Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig. Ons doel is dat "
              "iedere vso-leerling voor wie regulier onderwijs haalbaar is, binnen de looptijd van de TLV terugkeert. "
              "Terugkeer kan als de leerling twee opeenvolgende evaluaties van het OPP stabiel functioneert en de "
              "ontvangende school met een arrangement kan voorzien in de resterende ondersteuningsbehoefte. De "
              "leerling behoudt na de overstap een jaar lang een vaste coach vanuit de vso-school."),
        ("table", [["Moment", "Actie", "Verantwoordelijk"],
                   ["Evaluatie OPP (oktober en maart)", "Vso-school toetst of terugkeer mogelijk is en bespreekt dit met "
                    "leerling en ouders", "Commissie van begeleiding vso"],
                   ["Uiterlijk 1 februari laatste TLV-jaar", "Voorstel terugkeer of verlenging naar het SWV", "Vso-school"],
                   ["Binnen 4 weken", "Overleg vso-school, SWV-consulent en beoogde vo-school; proefplaatsing "
                    "van maximaal 6 weken mogelijk", "SWV-consulent"],
                   ["Vóór 1 mei", "Besluit over einde TLV of nieuwe TLV", "Commissie Toewijzing"],
                   ["Na 3 en 12 maanden", "Evaluatie op de vo-school", "Vo-school en coach"]]),
        ("p", "In 2023-2024 keerden 14 leerlingen terug uit het vso; dit aantal wordt jaarlijks in het jaarverslag "
              "gemeld."),
        ("h2", "7.3 Van vo naar mbo en arbeid"),
        ("p", "Voor leerlingen uit pro en vso wordt de uitstroom naar arbeid of dagbesteding samen met de gemeenten "
              "en het UWV voorbereid. Het uitstroomperspectief staat in het OPP."),
        ("h1", "8. Resultaten"),
        ("p", "Wij sturen op vier beoogde resultaten. Ieder resultaat heeft een streefwaarde voor 2029."),
        ("table", [["Beoogd resultaat", "Indicator", "Stand 2024", "Doel 2029"],
                   ["Minder thuiszitters", "Leerlingen > 3 maanden thuis", "17", "maximaal 5"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage vso", "3,9%", "3,4%"],
                   ["Tijdelijk is tijdelijk", "Terugkeer uit vso per jaar", "14", "25"],
                   ["Effectieve arrangementen", "Arrangementen met doel behaald", "68%", "80%"]]),
        ("p", "De kwaliteitsmedewerker verzamelt de gegevens elk half jaar uit de leerlingadministratie, de "
              "thuiszittersregistratie en de evaluaties van arrangementen. De resultaten worden in maart en "
              "september besproken met de besturen en de OPR en in het jaarverslag gepubliceerd. Wanneer een "
              "indicator twee metingen achter elkaar achterblijft, stelt het bestuur een verbeterplan op."),
        ("h1", "9. Financiën en middelen"),
        ("p", "De uitgaven van het samenwerkingsverband voor de planperiode zijn als volgt begroot."),
        ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Afdrachten vso en pro", "7.900", "7.760", "7.650", "7.600"],
                   ["Budgetten schoolbesturen", "2.950", "2.950", "2.900", "2.900"],
                   ["OPDC, time-out en Plus", "1.980", "2.050", "2.050", "2.080"],
                   ["Ambulante begeleiding en arrangementen", "880", "900", "910", "920"],
                   ["Thuiszitterstafel en casusregie", "210", "220", "220", "220"],
                   ["Bureau en organisatie", "1.150", "1.170", "1.190", "1.210"]]),
        ("p", "Hoe de budgetten over de schoolbesturen worden verdeeld, wordt in 2026 herzien. De nieuwe "
              "verdeelsystematiek en de bijbehorende criteria volgen na advies van een externe werkgroep; tot die "
              "tijd is de verdeling per bestuur p.m."),
        ("p", "Het weerstandsvermogen bedraagt eind 2024 11 procent. Wij houden een buffer aan van 5 procent van de "
              "baten voor risico's zoals een sterke groei van het vso."),
        ("h1", "10. Klachten, bezwaar en geschillen"),
        ("p", "Soms lopen ouders en school vast. Ouders en leerlingen kunnen dan terecht bij het Ouder- en "
              "Jeugdsteunpunt Veluwe, een onafhankelijke stichting die zij kosteloos kunnen benaderen voor advies, "
              "een luisterend oor of begeleiding naar een gesprek. Ook kunnen zij de Onderwijsconsulenten inschakelen. "
              "Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie "
              "passend onderwijs. Voor klachten over het samenwerkingsverband zelf geldt de klachtenregeling; de "
              "externe vertrouwenspersoon is bereikbaar via het secretariaat."),
        ("p", "Leerlingen hebben hoorrecht bij het vaststellen van hun OPP. De informatievoorziening aan ouders over "
              "het ondersteuningsaanbod is in herziening; een vernieuwde ouderwebsite en folder volgen in 2026."),
    ]
    b += governance(s, 11)
    b += opr(s, 12)
    b += oogo(s, 13)
    b += personeel(s, 14)
    b += ict(s, 15)
    b += overleg(s, 16)
    b += dilemmas(s, 17)
    b += totstandkoming(s, 18)
    b += planning(s, 19, [["2025-2026", "Volgen landelijke norm basisondersteuning; actualisatie toewijzingsreglement"],
                          ["2026-2027", "Nieuwe verdeelsystematiek; ouderwebsite"],
                          ["2027-2028", "Evaluatie thuiszitterstafel"],
                          ["2028-2029", "Nieuw koersplan"]])
    b += begrippen(s, 1, [["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                          ["Verdeelmodel", "Afspraken over de verdeling van middelen over de besturen."]])
    return b


# --------------------------------------------------------------------------------------------
# Plan 5 - PO, markdown.  B partial (niveau; content only as abstract concept), P partial (criteria table;
# procedure only on website), T partial (procedure; beleid deferred), F missing (separate document /
# website), D missing (deferral), R partial (monitoring with figures; doelen deferred), O present.
# --------------------------------------------------------------------------------------------

P5 = dict(naam="Samenwerkingsverband Amstelmeer Primair Onderwijs", code="PO 27-14", periode="2025-2029",
          coord="intern begeleiders", directeur="R. (Rachid) el Amrani", leerlingen="7.200", besturen="5",
          opr_leden="tien", opr_ouders="ouders", opr_concept="27 januari 2025", opr_instemming="7 april 2025",
          gemeenten="Amstelmeer en Uithoornveen", oogo_datum="11 maart 2025", fte="9", special="het sbo of so",
          ambities=["Wij werken vanuit vertrouwen en korte lijnen.",
                    "Wij zijn een lerende organisatie die open is over keuzes.",
                    "Wij maken het voor scholen eenvoudiger om hulp te vragen.",
                    "Wij zijn zichtbaar en bereikbaar."])


def plan5():
    s = P5
    b = [("title", ["Ondersteuningsplan Amstelmeer PO 2025-2029", s["naam"] + " - " + s["code"],
                    "Definitieve versie, april 2025"]),
         ("toc",)]
    b += voorwoord(s)
    b += [
        ("h1", "2. Leeswijzer en context"),
        ("p", "Dit plan volgt de onderwerpen die de wet voorschrijft. In hoofdstuk 4 leest u over basisondersteuning, "
              "in hoofdstuk 5 over toelaatbaarheid en terugplaatsing, in hoofdstuk 6 over het ondersteuningsaanbod "
              "en in hoofdstuk 7 over financiën en de meerjarenbegroting. Hoofdstuk 8 gaat over resultaten en "
              "hoofdstuk 9 over de informatie aan ouders en onafhankelijke ondersteuning."),
        ("p", "Het samenwerkingsverband omvat de gemeenten Amstelmeer en Uithoornveen. Vijf schoolbesturen met samen "
              "34 basisscholen, één sbo-school (De Meerpaal) en één so-school (De Brug, cluster 4) zijn aangesloten. "
              "Leerlingen met een verstandelijke of lichamelijke beperking gaan naar so-scholen in omliggende regio's."),
        ("p", "De regio is divers. Amstelmeer is een groeiende gemeente met nieuwe wijken waar jonge gezinnen komen "
              "wonen; in Uithoornveen daalt het aantal leerlingen en staan enkele kleine scholen onder druk. Ruim een "
              "derde van de leerlingen groeit meertalig op. Het aandeel kinderen dat opgroeit in armoede ligt in "
              "twee wijken duidelijk boven het landelijk gemiddelde. Die verschillen vragen om een samenwerkingsverband "
              "dat oog heeft voor de eigenheid van wijken en dorpen, en om scholen die van elkaar willen leren."),
    ]
    b += visie(s)
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Alle besturen hebben afgesproken dat iedere school en iedere nevenvestiging in Amstelmeer hetzelfde "
              "niveau van basisondersteuning biedt. Dit niveau is de ondergrens; wat daarboven gaat, is extra "
              "ondersteuning."),
        ("p", "Basisondersteuning bestaat uit vier onderdelen: basiskwaliteit zoals de inspectie die beoordeelt, "
              "preventieve en licht curatieve interventies, een goede onderwijsondersteuningsstructuur en planmatig "
              "en handelingsgericht werken. Samen zorgen deze onderdelen ervoor dat de school tegemoetkomt aan "
              "verschillen tussen leerlingen. Hoe een school dit concreet vormgeeft, bepaalt zij zelf en beschrijft "
              "zij in haar schoolgids."),
        ("h1", "5. Toelaatbaarheid en terugplaatsing"),
        ("h2", "5.1 Wanneer is een leerling toelaatbaar?"),
        ("p", "De Toewijzingscommissie gebruikt de volgende criteria:"),
        ("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                   ["Ondersteuningsbehoefte", "Leerachterstand van minimaal 1,5 jaar op twee vakgebieden en/of "
                    "gedragsproblematiek die in de reguliere groep niet te begeleiden is",
                    "Ernstige beperking of stoornis (verstandelijk, lichamelijk, langdurig ziek of ernstige "
                    "gedrags- of psychiatrische problematiek) die intensieve begeleiding vraagt"],
                   ["Voorafgaand traject", "Minimaal twee evaluaties van het OPP op de reguliere school",
                    "OPP met evaluatie, of directe plaatsing bij een evidente zware hulpvraag"],
                   ["Onderbouwing", "Advies van de orthopedagoog", "Advies orthopedagoog of psycholoog en arts"],
                   ["Duur TLV", "2 schooljaren", "2 of 4 schooljaren; categorie laag, midden of hoog"]]),
        ("h2", "5.2 Hoe vraag je een TLV aan?"),
        ("p", "Aanvragen lopen via het digitale loket van het samenwerkingsverband. Het stappenplan, de formulieren "
              "en de termijnen staan op www.amstelmeer-po.nl/tlv."),
        ("h2", "5.3 Einde van de TLV"),
        ("p", "In het laatste jaar van een TLV bespreekt de sbo- of so-school in oktober, bij de evaluatie van het "
              "OPP, of de leerling kan overstappen naar een reguliere basisschool. De sbo- of so-school neemt daartoe "
              "het initiatief en meldt de uitkomst vóór 1 december bij de Toewijzingscommissie. Bij een positief advies "
              "zoekt de consulent met ouders een school; de Toewijzingscommissie besluit vóór 1 april of de TLV "
              "afloopt of wordt verlengd. Na drie en na twaalf maanden evalueren de nieuwe school, ouders en de "
              "consulent de overstap."),
        ("p", "Welk beleid het samenwerkingsverband daarbij voert - wat wij met terugplaatsing willen bereiken, onder "
              "welke voorwaarden wij dat doen en welke begeleiding een leerling na de overstap krijgt - leggen wij in "
              "de loop van 2026 vast."),
        ("h1", "6. Het ondersteuningsaanbod"),
        ("p", "Een volledig overzicht van het ondersteuningsaanbod in de regio, en een analyse van wat er ontbreekt, "
              "maken wij in het eerste planjaar. De uitkomst wordt opgenomen in de eerste actualisatie van dit plan."),
        ("h1", "7. Financieel kader"),
        ("p", "Het financieel beleid, het verdeelmodel en de meerjarenbegroting van het samenwerkingsverband worden "
              "afzonderlijk door het bestuur vastgesteld en maken geen deel uit van dit plan. U vindt ze op "
              "www.amstelmeer-po.nl/financien."),
        ("h1", "8. Resultaten"),
        ("p", "Het samenwerkingsverband volgt een vaste set kengetallen. De kwaliteitsmedewerker verzamelt deze twee "
              "keer per jaar (peildatum 1 oktober en 1 februari) uit de gegevens van DUO, de eigen "
              "toewijzingsregistratie en een jaarlijkse vragenlijst onder ouders. De uitkomsten worden besproken in "
              "het directeurenoverleg, met de OPR en in de algemene vergadering, en gepubliceerd in het jaarverslag."),
        ("table", [["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
                   ["Deelname sbo", "2,3%", "2,2%", "2,1%"], ["Deelname so", "1,6%", "1,7%", "1,7%"],
                   ["Afgegeven TLV's", "96", "104", "99"], ["Gemiddelde doorlooptijd aanvraag (weken)", "7,1", "6,4", "5,9"],
                   ["Tevredenheid ouders (1-10)", "-", "7,0", "7,2"]]),
        ("p", "Beoogde resultaten en streefwaarden voor de planperiode formuleren wij na een nulmeting in het voorjaar "
              "van 2026."),
        ("h1", "9. Samen met ouders"),
        ("p", "Ouders moeten weten waar zij aan toe zijn. Daarom informeren wij hen langs verschillende wegen. Op de "
              "website staat een ouderpagina met uitleg over basisondersteuning, toelaatbaarheid en wat ouders kunnen "
              "verwachten. De brochure 'Passend onderwijs in Amstelmeer' wordt elk jaar in september via alle scholen "
              "aan ouders van nieuwe leerlingen gegeven. Iedere school vermeldt in de schoolgids de contactgegevens "
              "van de consulent. In het voorjaar organiseren wij een ouderavond in beide gemeenten."),
        ("p", "Voor onafhankelijke steun kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Amstelmeer. Het "
              "steunpunt is niet in dienst van scholen of samenwerkingsverband, is kosteloos en bereikbaar via "
              "telefoon, e-mail en spreekuren. Ook kunnen ouders advies vragen aan de Onderwijsconsulenten. Bij een "
              "geschil over toelating of verwijdering kunnen ouders naar de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden bij iedere bespreking over hun "
              "kind uitgenodigd."),
    ]
    b += governance(s, 10)
    b += opr(s, 11)
    b += oogo(s, 12, substantive=False)
    b += personeel(s, 13)
    b += ict(s, 14)
    b += overleg(s, 15)
    b += dilemmas(s, 16)
    b += totstandkoming(s, 17)
    b += planning(s, 18, [["2025-2026", "Inventarisatie aanbod; nulmeting resultaten"],
                          ["2026-2027", "Beleid terugplaatsing vaststellen; actualisatie plan"],
                          ["2027-2028", "Tussenevaluatie met OPR"],
                          ["2028-2029", "Voorbereiding nieuw plan"]])
    b += begrippen(s, 1, [["Toewijzingscommissie", "Commissie die namens het bestuur over TLV's besluit."]])
    return b


# --------------------------------------------------------------------------------------------
# Near miss - a school-level "ondersteuningsplan" of one basisschool (html).
# --------------------------------------------------------------------------------------------


def nearmiss():
    return [
        ("title", ["Ondersteuningsplan 2025-2026", "OBS De Regenboog, Vlietdam",
                   "Onderdeel van de schoolgids - vastgesteld door de MR op 17 juni 2025"]),
        ("toc",),
        ("h1", "1. Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijft OBS De Regenboog hoe wij de ondersteuning aan onze 312 leerlingen "
              "organiseren. Het plan is bedoeld voor leerkrachten, ouders en de medezeggenschapsraad. Het wordt ieder "
              "schooljaar geactualiseerd en is onderdeel van onze schoolgids. Onze school is aangesloten bij het "
              "samenwerkingsverband passend onderwijs De Vlietlanden. Het ondersteuningsplan van het "
              "samenwerkingsverband staat op de website van het samenwerkingsverband; dit document gaat alleen over "
              "onze eigen school."),
        ("h1", "2. Basisondersteuning op De Regenboog"),
        ("p", "Wij bieden de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. Concreet betekent "
              "dit bij ons: een intern begeleider voor drie dagen per week, een ondersteuningsteam dat zes keer per "
              "jaar bijeenkomt, een leesspecialist, een rekenspecialist en een gedragsspecialist. Alle groepen werken "
              "met het programma Kwink voor sociaal-emotionele ontwikkeling. Voor meer- en hoogbegaafde leerlingen is "
              "er vanaf groep 5 een wekelijkse plusgroep."),
        ("h1", "3. Zorgniveaus"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Algemene zorg in de groep: effectieve instructie volgens het directe-instructiemodel", "Leerkracht"],
                   ["2", "Extra zorg in de groep: verlengde instructie en extra oefentijd", "Leerkracht"],
                   ["3", "Speciale zorg na intern onderzoek, met een individueel handelingsplan", "Leerkracht en IB'er"],
                   ["4", "Speciale zorg na extern onderzoek, met inzet van de consulent van het samenwerkingsverband", "IB'er en consulent"],
                   ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring sbo of so via het samenwerkingsverband", "Directie en IB'er"]]),
        ("h1", "4. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de intern begeleider met "
              "iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de toetsen, de observaties en "
              "het groepsoverzicht besproken. Leerlingen die opvallen, worden in een leerlingbespreking verder "
              "besproken. Afspraken worden vastgelegd in het leerlingvolgsysteem."),
        ("p", "Wanneer een leerling na twee periodes onvoldoende vooruitgaat, stelt de school een "
              "ontwikkelingsperspectief (OPP) op. Het OPP wordt met ouders besproken; ouders hebben "
              "instemmingsrecht op het handelingsdeel. Leerlingen worden vanaf groep 6 gehoord bij het opstellen van "
              "hun OPP."),
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet voldoende is, kan de school een arrangement aanvragen bij het "
              "samenwerkingsverband. Wij ontvangen daarnaast een schoolbudget van het samenwerkingsverband, dat wij "
              "inzetten voor een onderwijsassistent in de onderbouw en voor twee dagen remedial teaching. Over de "
              "besteding van deze middelen leggen wij verantwoording af in het jaarverslag van ons bestuur."),
        ("p", "In het schooljaar 2024-2025 hadden 14 leerlingen een OPP en kregen 6 leerlingen een bovenschools "
              "arrangement. Twee leerlingen zijn met een toelaatbaarheidsverklaring naar het speciaal basisonderwijs "
              "gegaan. Eén leerling is vanuit het sbo teruggeplaatst in groep 6 en krijgt ambulante begeleiding."),
        ("h1", "6. Ouders"),
        ("p", "Wij zien ouders als partners. Bij zorgen neemt de leerkracht contact op met ouders; ouders kunnen ook "
              "zelf altijd een afspraak maken met de leerkracht of de intern begeleider. Informatie over de "
              "ondersteuning op school staat in de schoolgids en op de website. Ouders die er met de school niet "
              "uitkomen, kunnen terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de "
              "Onderwijsconsulenten. Voor klachten verwijzen wij naar de klachtenregeling in de schoolgids."),
        ("h1", "7. Doelen voor dit schooljaar"),
        ("ul", ["Alle leerkrachten werken met het nieuwe groepsoverzicht (uiterlijk december 2025).",
                "De leesresultaten in groep 4 stijgen: 75% van de leerlingen haalt ten minste niveau III.",
                "De plusgroep wordt geëvalueerd met leerlingen en ouders.",
                "Het aantal leerlingen met een OPP blijft onder de 5%."]),
        ("h1", "8. Vaststelling"),
        ("p", "Dit ondersteuningsplan is besproken in het team op 3 juni 2025 en met instemming van de MR vastgesteld op "
              "17 juni 2025. Het plan wordt in juni 2026 geëvalueerd."),
    ]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def label_text(documents, sector, elements, false_criteria, advisory, notes):
    q = lambda x: '"' + x.replace('\\', '\\\\').replace('"', '\\"') + '"'
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + sector, "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ORDER) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'false' if c in false_criteria else 'true'}")
    lines.append("advisory_addressed:")
    for e in ORDER:
        if advisory.get(e):
            lines.append(f"  {e}: [" + ", ".join(advisory[e]) + "]")
    lines.append("notes:")
    for e in ORDER:
        if e in notes:
            lines.append(f"  {e}: {q(notes[e])}")
    return "\n".join(lines) + "\n"


def status_from(false_criteria, advisory, partial_extra=()):
    """Derive element status from core criteria (Part A), for a consistency check."""
    st = {}
    for e in ORDER:
        core = [c for c in CORE if c.startswith(e + ".")]
        hits = [c for c in core if c not in false_criteria]
        if len(hits) == len(core):
            st[e] = "present"
        elif hits or advisory.get(e) or e in partial_extra:
            st[e] = "partial"
        else:
            st[e] = "missing"
    return st


LABELS = {
    "po-vlietlanden": dict(
        documents=["po-vlietlanden.docx"], sector="po",
        false={"financien.besteding", "resultaten.doelen", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: agreed minimum for every vestiging plus table of 8 standards; kwaliteitskaart as borging.",
               "plaatsing": "H6.1-6.4: steps table with termijnen, CvT, two deskundigen, criteria sbo/so, duration/category, LBT.",
               "terugstroom": "Hidden in H6.5 'Afloop van de TLV' (TLV chapter): policy (aim, conditions, overgangsarrangement) and steps with dates.",
               "financien": "H8 'Geld en middelen': verdeling (vaste voet + per leerling, arrangement criteria) addressed; purposes only in words (schoolbudget for niveau 1); the meerjarenbegroting is deferred until rijksbedragen are known, so no begroting with amounts; reserves only.",
               "dekkend-aanbod": "H5: niveau 0-4 table; thuiszittersoverleg, doorzettingsmacht, witte vlekken with actions.",
               "resultaten": "H9 only defers ('leggen wij in de loop van 2025-2026 vast'); ambities in H3 are organisational values; 'Resultaten' only in title page and begrippenlijst.",
               "ouders": "In H7 'Communicatie': ouderpagina, folder in 4 languages, schoolgids/SOP, info evenings; independent OJSP Vliet, Onderwijsconsulenten."}),
    "vo-rijnstreek": dict(
        documents=["vo-rijnstreek.pdf"], sector="vo",
        false={"basisondersteuning.inhoud", "terugstroom.procedure", "dekkend-aanbod.lacunes", "ouders.steunpunt"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 defines the agreed minimum for all vestigingen, but the concrete content is only in 'Kader Basisondersteuning VO 2024 (bijlage 3)', which is not included.",
               "plaatsing": "H6: vso steps table (loket, deskundigen, commissie, 6 weeks) and criteria; lwoo/pro criteria only in a table; LBT bezwaar.",
               "terugstroom": "H7 'Doorstroom en terugkeer': policy (temporary, OPP condition, terugkeerarrangement EUR 4.000) but the procedure is deferred to a werkafspraak in 2024-2025.",
               "financien": "H10 'Geld en middelen': per-leerling amounts, verdeelmodel and deciding body; meerjarenbegroting table 2024-2027; reserves; verantwoording format.",
               "dekkend-aanbod": "H5: continuum table (OPDC, rebound, ISK, OZA, vso, pro); thuiszitters/no-place approach deferred ('hoofdlijnen nog niet bekend').",
               "resultaten": "H8: targets table with nulmeting/streefwaarde; dashboard, half-yearly reporting, jaarverslag.",
               "ouders": "H9: website, brochure, info meetings (informatie); for questions/disagreement only mentor, school and SWV director - no independent support (TLV bezwaar in 6.3 counted under plaatsing, not as independent support)."}),
    "po-kempenland": dict(
        documents=["po-kempenland.pdf"], sector="po",
        false={"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "resultaten.monitoring",
               "ouders.informatie", "ouders.steunpunt"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4: agreement of all boards for every school and nevenvestiging plus domain table.",
               "plaatsing": "H6 describes applicant, CvT, 6 weeks, deskundigen, duration, bezwaar; criteria deferred to a future addendum.",
               "terugstroom": "Nothing: only near-misses (terugkoppeling, terugblik, doorstroom PO-VO, warme overdracht) and 'Terugplaatsing' in the begrippenlijst.",
               "financien": "H7: per-leerling amount, arrangement criteria, meerjarenbegroting table 2025-2028 with amounts; verantwoording via bestuursverslag.",
               "dekkend-aanbod": "H5 'Het dekkend netwerk': continuum, thuiszitters procedure with terms, quarterly gap analysis, new angstgroep.",
               "resultaten": "H8: target table (streefwaarden 2029); how results will be measured/reported deferred to a 2026 kwaliteitskader.",
               "ouders": "Nothing: no information channels or independent support; OJSP and Onderwijsconsulenten only in the begrippenlijst; OPR section without parent role; the LBT sentence in H6 is TLV bezwaar (plaatsing), not parent support."}),
    "vo-hoge-veluwe": dict(
        documents=["vo-hoge-veluwe.docx"], sector="vo",
        false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "financien.verdeling", "ouders.informatie"},
        advisory={"terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 only says no new joint agreements were made and that a regional kader follows the landelijke norm (deferral); otherwise title page/TOC/begrippenlijst/running header only.",
               "plaatsing": "H6 only refers to the absent Toewijzingsreglement VO 2025 (bijlage 5) for steps, terms and criteria.",
               "terugstroom": "Inside H7 'Doorlopende lijnen' (7.2): aims, conditions, coach for a year, table with moments, actors and decision before 1 May; figure 14 returns.",
               "financien": "H9: begroting table 2025-2028 with amounts (besteding); verdeling over besturen 'p.m.', to be revised in 2026; weerstandsvermogen.",
               "dekkend-aanbod": "H5: four-layer table; thuiszitterstafel, zorgplicht and aanwijzing, yearly 'Witte vlekken' note.",
               "resultaten": "H8: indicator table with stand 2024/doel 2029; half-yearly data collection, reporting in March/September and jaarverslag.",
               "ouders": "Steunpunt only in H10 'Klachten, bezwaar en geschillen' (OJSP Veluwe, Onderwijsconsulenten, GPO); information to parents deferred to 2026."}),
    "po-amstelmeer": dict(
        documents=["po-amstelmeer.md"], sector="po",
        false={"basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.beleid", "financien.verdeling",
               "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: same minimum level for every school/nevenvestiging, but content only as the four abstract Referentiekader aspects; concrete form left to each school.",
               "plaatsing": "H5.1 criteria table (incl. advisers and duration/category); the procedure is only on the website (H5.2).",
               "terugstroom": "H5.3: steps, initiator, dates, decision and evaluations at end of TLV; the policy (aims, conditions, support after return) deferred to 2026.",
               "financien": "H7 'Financieel kader' refers to separately adopted documents on the website; the leeswijzer in H2 promises content that is absent.",
               "dekkend-aanbod": "H6 only defers the inventory and gap analysis to the first plan year; OOGO paragraph is procedural only.",
               "resultaten": "H8: monitoring cycle with sources and three years of figures; beoogde resultaten deferred until after a 2026 nulmeting.",
               "ouders": "H9 'Samen met ouders': website, brochure, schoolgids, ouderavond; independent OJSP Amstelmeer and Onderwijsconsulenten."}),
}

EXPECTED_STATUS = {
    "po-vlietlanden": dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                           financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    "vo-rijnstreek": dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                          financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    "po-kempenland": dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                          financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
    "vo-hoge-veluwe": dict(basisondersteuning="missing", plaatsing="missing", terugstroom="present",
                           financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    "po-amstelmeer": dict(basisondersteuning="partial", plaatsing="partial", terugstroom="partial",
                          financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
}

NEARMISS_LABEL = """documents: [obs-regenboog-ondersteuningsplan.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, MR-vaststelling, part of the schoolgids); it refers to the SWV plan but is not an ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, no verband-wide allocation or TLV procedure)."
"""


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = {"po-vlietlanden": plan1(), "vo-rijnstreek": plan2(), "po-kempenland": plan3(),
             "vo-hoge-veluwe": plan4(), "po-amstelmeer": plan5()}
    for name, blocks in plans.items():
        wc = word_count(blocks)
        assert wc >= 3000, (name, wc)
        lab = LABELS[name]
        derived = status_from(lab["false"], lab["advisory"])
        assert derived == EXPECTED_STATUS[name], (name, derived)
    render_docx(plans["po-vlietlanden"], OUT / "po-vlietlanden.docx",
                "SWV De Vlietlanden | Ondersteuningsplan 2025-2029 | resultaten en ouders")
    render_pdf(plans["vo-rijnstreek"], OUT / "vo-rijnstreek.pdf", "SWV VO Rijnstreek-Midden | Ondersteuningsplan 2024-2028")
    render_pdf(plans["po-kempenland"], OUT / "po-kempenland.pdf",
               "Kempenland-Oost PO | Ondersteuningsplan | terugplaatsing, ouders en resultaten")
    render_docx(plans["vo-hoge-veluwe"], OUT / "vo-hoge-veluwe.docx",
                "Koersplan Hoge Veluwe-Zuid | basisondersteuning - toewijzing - financiën")
    render_md(plans["po-amstelmeer"], OUT / "po-amstelmeer.md")
    render_html(nearmiss(), OUT / "obs-regenboog-ondersteuningsplan.html", "Ondersteuningsplan OBS De Regenboog")
    for name, lab in LABELS.items():
        txt = label_text(lab["documents"], lab["sector"], EXPECTED_STATUS[name], lab["false"], lab["advisory"],
                         lab["notes"])
        (OUT / (name + ".expected.yaml")).write_text(txt, encoding="utf-8")
    (OUT / "obs-regenboog-ondersteuningsplan.expected.yaml").write_text(NEARMISS_LABEL, encoding="utf-8")
    for name, blocks in plans.items():
        print(name, word_count(blocks), "words")


if __name__ == "__main__":
    main()
