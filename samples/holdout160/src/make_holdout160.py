#!/usr/bin/env python3
"""Generate the holdout160 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
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
# document model: list of blocks
#   ("title", [lines]) ("toc", [entries]) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[header...], [row...], ...]) ("caption", text)
# --------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(20 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in val:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #888;padding:3px 6px}</style>",
           "</head>", "<body>", f'<header class="site-header"><p>{e(header_text)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f"<p>{e(line)}</p>")
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            out += [f"<li>{e(x)}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "caption":
            out.append(f"<p><em>{e(val)}</em></p>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer_text)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout160_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        else:
            for x in val:
                n += len((" ".join(map(str, x)) if isinstance(x, list) else str(x)).split())
    return n


# --------------------------------------------------------------------------------------------
# shared filler (does not address any core criterion of the seven elements)
# --------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. In de afgelopen jaren "
              f"hebben de aangesloten schoolbesturen, de scholen en hun partners in de gemeenten {c['gemeenten']} veel "
              f"geleerd over wat het betekent om samen verantwoordelijk te zijn voor goed onderwijs aan alle kinderen "
              f"in de regio. Dit plan bouwt voort op die ervaring en kiest bewust voor continuïteit waar dat kan en "
              f"voor vernieuwing waar dat nodig is."),
        ("p", "Het plan is tot stand gekomen in een zorgvuldig proces. Directeuren, intern begeleiders, "
              "leerkrachten, ouders, gemeenten en de leden van de ondersteuningsplanraad hebben in werkbijeenkomsten "
              "en gesprekken hun ervaringen en wensen ingebracht. Wij danken iedereen die daaraan heeft bijgedragen. "
              "Hun inbreng heeft geleid tot een plan dat, zo hopen wij, herkenbaar is voor iedereen die dagelijks "
              "met onze leerlingen werkt."),
        ("p", "Passend onderwijs is geen eindpunt maar een werkwijze die telkens opnieuw moet worden waargemaakt. "
              "Wij zijn ons ervan bewust dat niet alles in dit plan vanaf de eerste dag gerealiseerd zal zijn. "
              "Het plan is daarom ook een uitnodiging om elkaar aan te spreken, van elkaar te leren en samen "
              "verder te bouwen aan onderwijs waarin ieder kind zich kan ontwikkelen."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(c):
    return [
        ("p", f"Dit ondersteuningsplan beschrijft het beleid van {c['naam']} voor de periode "
              f"{c['periode_lang']}. Het plan is opgesteld op grond van artikel {c['artikel']} en is het "
              f"kader waarbinnen de aangesloten besturen en scholen de komende vier schooljaren werken. Jaarlijks "
              f"werken wij het plan uit in een jaarplan met een bijbehorende jaarbegroting."),
        ("p", "Hoofdstuk 1 en 2 schetsen de aanleiding, de context en de belangrijkste kengetallen van het "
              "samenwerkingsverband. Daarna volgen de inhoudelijke hoofdstukken. De laatste hoofdstukken gaan over "
              "organisatie, medezeggenschap, samenwerking met gemeenten en de planning. Achter in het plan vindt u "
              "een begrippenlijst en een lijst met afkortingen. Waar in de tekst wordt gesproken over ouders, "
              "worden ook verzorgers en voogden bedoeld."),
        ("p", "De tekst is zo geschreven dat hij bruikbaar is voor verschillende lezers: schoolbesturen en "
              "directeuren, intern begeleiders, leerkrachten, de ondersteuningsplanraad, gemeenten en andere "
              "partners. Wij hebben geprobeerd jargon te vermijden; waar dat niet lukte, verwijzen wij naar de "
              "begrippenlijst."),
    ]


def context_tabel(c):
    rows = [["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"]] + c["kengetallen"]
    return [
        ("p", f"{c['naam']} ({c['code']}) is een stichting waarin {c['besturen']} schoolbesturen samenwerken. "
              f"Het werkgebied omvat de gemeenten {c['gemeenten']}. In het gebied staan {c['scholen']}. Het "
              f"leerlingenaantal in de regio loopt de laatste jaren licht terug; de prognoses van de gemeenten laten "
              f"tot 2030 een verdere daling van enkele procenten zien, met verschillen tussen de kernen."),
        ("p", "De regio kent een gemengd karakter: een aantal middelgrote kernen met een stedelijke problematiek "
              "en daaromheen een landelijk gebied met kleine scholen. Die verscheidenheid vraagt om afspraken die "
              "voor alle scholen werkbaar zijn en die tegelijk ruimte laten voor de eigen keuzes van besturen."),
        ("caption", "Tabel 2.1 Kengetallen van het samenwerkingsverband (bron: DUO, teldatum 1 oktober)"),
        ("table", rows),
        ("p", "De kengetallen zijn bedoeld om de context te schetsen. Zij worden jaarlijks geactualiseerd in het "
              "jaarverslag. Verschuivingen in de aantallen hangen onder meer samen met demografische ontwikkelingen "
              "en met veranderingen in de instroom van nieuwkomers."),
    ]


def missie_visie(c):
    return [
        ("h2", "Missie"),
        ("p", f"{c['naam']} zorgt er samen met de aangesloten besturen voor dat elk kind in de regio onderwijs "
              f"krijgt dat past bij wat het kind nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat kinderen "
              f"het meest leren in een omgeving waar zij zich gezien en veilig voelen, en waar leerkrachten de "
              f"ruimte en de deskundigheid hebben om af te stemmen op verschillen."),
        ("h2", "Visie"),
        ("p", "Onze visie rust op vier uitgangspunten. Ten eerste: de leerkracht doet ertoe. Goed onderwijs begint "
              "in de klas, en investeren in leerkrachten is daarom de beste investering in ondersteuning. Ten "
              "tweede: wij werken vanuit vertrouwen. Besturen en scholen krijgen ruimte en nemen "
              "verantwoordelijkheid. Ten derde: " + c.get("derde", "ouders zijn partners. Zij kennen hun kind als geen ander.") + " Ten "
              "vierde: wij werken samen met de partners rondom het kind, in het bijzonder met de gemeenten en "
              "de jeugdhulp."),
        ("p", "Deze uitgangspunten zijn niet nieuw, maar ze blijven richtinggevend. In de afgelopen planperiode "
              "hebben wij gemerkt dat de praktijk weerbarstig is: het lerarentekort, de toegenomen complexiteit van "
              "vragen en de druk op de jeugdhulp maken het niet eenvoudig. Juist daarom houden wij vast aan een "
              "klein aantal kernwaarden."),
        ("h2", "Kernwaarden"),
        ("ul", ["Nabijheid: wij organiseren ondersteuning zo dicht mogelijk bij de leerling en de leerkracht.",
                "Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen.",
                "Samen: wij delen kennis en dragen gezamenlijk verantwoordelijkheid.",
                "Openheid: wij zijn transparant over onze keuzes."]),
        ("p", "Deze kernwaarden zijn bewust breed geformuleerd. Zij geven richting aan de keuzes in de volgende "
              "hoofdstukken en aan de manier waarop wij met elkaar omgaan."),
    ]


def governance(c):
    return [
        ("p", f"{c['naam']} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel: de "
              f"directeur-bestuurder is belast met het bestuur, de raad van toezicht, gevormd door onafhankelijke "
              f"leden, houdt toezicht. De aangesloten schoolbesturen vormen samen de algemene vergadering die onder "
              f"meer de statuten, het ondersteuningsplan en de begroting vaststelt. De statuten bevatten een "
              f"regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
        ("p", "Het bureau van het samenwerkingsverband is klein. Het bestaat uit de directeur-bestuurder, een "
              "beleidsmedewerker, een controller (ingehuurd), een secretariaat en een team van consulenten en "
              "orthopedagogen. Het bureau is gehuisvest in een gedeeld kantoor met het samenwerkingsverband "
              + c.get("ander", "voortgezet") + " onderwijs, wat korte lijnen oplevert."),
        ("caption", "Tabel: Overzicht van organen en hun taken"),
        ("table", [["Orgaan", "Samenstelling", "Belangrijkste taken"],
                   ["Algemene vergadering", "Eén vertegenwoordiger per aangesloten bestuur",
                    "Vaststellen statuten, ondersteuningsplan, begroting en jaarrekening"],
                   ["Directeur-bestuurder", "Eén persoon", "Dagelijkse leiding, uitvoering beleid, werkgever bureau"],
                   ["Raad van toezicht", "Drie onafhankelijke leden", "Toezicht, goedkeuring begroting, benoeming accountant"],
                   ["Ondersteuningsplanraad", "Afvaardiging uit de medezeggenschapsraden",
                    "Instemming met het ondersteuningsplan"],
                   ["Directeurenoverleg", "Afvaardiging per bestuur", "Advies over uitvoering en jaarplan"]]),
        ("p", "De medezeggenschap is geregeld in een medezeggenschapsreglement. De ondersteuningsplanraad heeft "
              "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het bureau heeft een eigen "
              "personeelsgeleding voor de onderwerpen die het personeel van het samenwerkingsverband betreffen."),
    ]


def personeel_ict(c):
    return [
        ("h2", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt de scholen in onze regio, vooral in de grotere kernen. Dat heeft gevolgen "
              "voor de uitvoering van passend onderwijs: wanneer een groep regelmatig een invaller heeft, is het "
              "lastiger om af te stemmen op verschillen. De besturen voeren een eigen personeelsbeleid; het "
              "samenwerkingsverband ondersteunt met een gezamenlijk scholingsaanbod, netwerken voor intern "
              "begeleiders en een jaarlijkse studiedag."),
        ("p", "Het scholingsaanbod wordt elk jaar samengesteld op basis van de vragen van scholen. Onderwerpen die "
              "de afgelopen jaren veel werden gevraagd, zijn het omgaan met gedrag in de groep, het werken met "
              "meer- en hoogbegaafde leerlingen, taalontwikkeling van nieuwkomers en het voeren van gesprekken met "
              "ouders. Het aanbod staat open voor alle medewerkers van de aangesloten scholen."),
        ("h2", "ICT en gegevensbescherming"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin aanvragen en adviezen worden "
              "vastgelegd. Het systeem voldoet aan de eisen van de Algemene verordening gegevensbescherming. "
              "Medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben. Gegevens over "
              "de gezondheid van leerlingen worden niet langer bewaard dan de wet toestaat. Er is een functionaris "
              "voor gegevensbescherming aangesteld, gedeeld met enkele aangesloten besturen."),
        ("p", "In de komende planperiode vervangen wij het huidige dossiersysteem, waarvan het contract in 2027 "
              "afloopt. Bij de keuze voor een nieuw systeem letten wij op gebruiksgemak voor scholen, veiligheid "
              "en de mogelijkheid om gegevens te koppelen aan de registraties van DUO."),
    ]


def planning_totstandkoming(c):
    rows = [["Datum", "Stap"]] + c["tijdlijn"]
    return [
        ("p", "Het plan is in de loop van schooljaar 2025-2026 voorbereid. Een werkgroep met directeuren, intern "
              "begeleiders en beleidsmedewerkers van de besturen schreef de eerste versie. Die is besproken in "
              "het directeurenoverleg, met de gemeenten en met de ondersteuningsplanraad. Tabel 1 geeft de "
              "belangrijkste stappen weer."),
        ("caption", "Tabel: Tijdlijn totstandkoming ondersteuningsplan"),
        ("table", rows),
        ("p", "Het plan geldt voor vier schooljaren. Wij evalueren het jaarlijks bij het opstellen van het "
              "jaarplan. Wijzigingen van betekenis leggen wij opnieuw ter instemming voor aan de "
              "ondersteuningsplanraad. Na vaststelling wordt het plan toegezonden aan de inspectie van het onderwijs "
              "en gepubliceerd."),
    ]


def oogo_procedureel(c):
    return [
        ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de colleges van "
              f"burgemeester en wethouders van {c['gemeenten']}. Het concept van dit ondersteuningsplan is op "
              f"{c['oogo_datum']} in het OOGO besproken. De gemeenten hebben schriftelijk laten weten dat het plan "
              f"voor hen geen aanleiding geeft tot bezwaren. Het verslag van dit overleg is bij het "
              f"samenwerkingsverband op te vragen."),
        ("p", "Ook is overleg gevoerd met het samenwerkingsverband voor het " + c.get("ander", "voortgezet") + " onderwijs waarvan het "
              "gebied grotendeels samenvalt met het onze. Dat overleg ging vooral over de overstap van het primair "
              "naar het voortgezet onderwijs en over het gezamenlijk gebruik van het bureau. De lokale "
              "onderwijsagenda's van de gemeenten worden in de regio op elkaar afgestemd; leerlingenvervoer en "
              "onderwijshuisvesting zijn onderwerpen die bij de gemeenten liggen."),
    ]


def beleidscyclus(c):
    """Filler for plans whose resultaten.monitoring is already addressed elsewhere."""
    return [
        ("p", "Het ondersteuningsplan is het meerjarige kader. Elk jaar vertalen wij het in een jaarplan met "
              "concrete activiteiten en een jaarbegroting. De jaarcyclus ziet er als volgt uit."),
        ("table", [["Periode", "Activiteit", "Betrokkenen"],
                   ["september-oktober", "Evaluatie vorig schooljaar, opstellen jaarverslag (concept)", "Bureau, directeurenoverleg"],
                   ["november", "Kaderbrief en concept-jaarplan", "Directeur-bestuurder"],
                   ["december", "Vaststelling jaarbegroting en jaarplan", "Algemeen bestuur / algemene vergadering"],
                   ["maart", "Tussentijdse bespreking voortgang jaarplan", "Directeurenoverleg"],
                   ["juni", "Vaststelling jaarverslag en jaarrekening", "Algemeen bestuur, na controle accountant"]]),
        ("p", "Het jaarplan bevat per activiteit een eigenaar en een planning. De ondersteuningsplanraad wordt "
              "in elke fase geïnformeerd en heeft instemmingsrecht wanneer een wijziging van het "
              "ondersteuningsplan aan de orde is. De planning sluit aan op de begrotingscyclus van de "
              "aangesloten besturen, zodat besturen tijdig weten op welke bedragen zij kunnen rekenen."),
        ("p", "Naast de vaste cyclus organiseren wij jaarlijks een regiobijeenkomst waarvoor alle directeuren, "
              "intern begeleiders en ondersteuningscoördinatoren worden uitgenodigd. Die bijeenkomst is bedoeld "
              "om ervaringen uit te wisselen en om te bespreken welke onderwerpen in het volgende jaarplan "
              "aandacht verdienen."),
    ]


def privacy_uitgebreid(c):
    return [
        ("p", "Bij de uitvoering van zijn taken verwerkt het samenwerkingsverband persoonsgegevens van leerlingen, "
              "waaronder in sommige gevallen gegevens over de gezondheid. De wet staat dat toe voor zover het "
              "nodig is voor het toewijzen van ondersteuning en het beoordelen van aanvragen. Het "
              "samenwerkingsverband heeft een privacyreglement vastgesteld, waarin staat welke gegevens worden "
              "verwerkt, met welk doel, wie toegang heeft en hoe lang gegevens worden bewaard."),
        ("p", "Gegevens worden niet langer bewaard dan drie jaar na het besluit waarvoor zij zijn verzameld, tenzij "
              "een langere termijn wettelijk is voorgeschreven. Het samenwerkingsverband heeft "
              "verwerkersovereenkomsten gesloten met de leverancier van het dossiersysteem en met het "
              "administratiekantoor. Datalekken worden gemeld bij de functionaris voor gegevensbescherming, die "
              "beoordeelt of een melding bij de Autoriteit Persoonsgegevens nodig is."),
        ("p", "Medewerkers van het bureau volgen elke twee jaar een training over zorgvuldige omgang met "
              "persoonsgegevens. Bij het delen van gegevens met partners, zoals jeugdteams en leerplicht, geldt "
              "als uitgangspunt dat alleen gegevens worden gedeeld die voor het doel noodzakelijk zijn, en dat "
              "de betrokkenen daarover vooraf worden geïnformeerd."),
        ("p", "Ook de huisvesting van het bureau en de bedrijfsvoering vragen aandacht. Het bureau werkt hybride: "
              "medewerkers zijn een deel van de week op de scholen, een deel op kantoor en een deel thuis. De "
              "administratie is uitbesteed; de directeur-bestuurder blijft eindverantwoordelijk voor een "
              "rechtmatige en doelmatige bedrijfsvoering, waarop de raad van toezicht toeziet."),
    ]


def begrippen(items):
    return [("table", [["Begrip", "Omschrijving"]] + items)]


def afkortingen(items):
    return [("table", [["Afkorting", "Betekenis"]] + items)]


STD_AFK = [["AB", "Ambulante begeleiding"], ["CvT", "Commissie van Toelaatbaarheid"], ["DUO", "Dienst Uitvoering Onderwijs"],
           ["IB'er", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
           ["OPP", "Ontwikkelingsperspectief(plan)"], ["OPR", "Ondersteuningsplanraad"], ["SBO", "Speciaal basisonderwijs"],
           ["SO", "Speciaal onderwijs"], ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
           ["TLV", "Toelaatbaarheidsverklaring"]]


# ============================================================================================
# Plan A  - PO De Waard (docx)
# ============================================================================================

def plan_a():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Waard", code="PO 28-07",
             periode="2026-2030", periode_lang="1 augustus 2026 tot en met 31 juli 2030",
             artikel="18a, achtste lid, van de Wet op het primair onderwijs",
             gemeenten="Waardenburg, Linge-Oost en Heukelum-Vijfheerenlanden", besturen="acht",
             scholen="46 basisscholen, twee scholen voor speciaal basisonderwijs en één school voor speciaal onderwijs cluster 4",
             bestuurder="drs. H.J. (Hanneke) van Doorn", oogo_datum="10 maart 2026",
             kengetallen=[["Leerlingen basisonderwijs", "9.412", "9.288", "9.175"],
                          ["Leerlingen sbo", "231", "226", "219"],
                          ["Leerlingen so (alle clusters 3 en 4)", "164", "171", "176"],
                          ["Deelnamepercentage sbo", "2,4%", "2,4%", "2,3%"],
                          ["Deelnamepercentage so", "1,7%", "1,8%", "1,9%"],
                          ["Aantal aangesloten vestigingen", "49", "49", "49"]],
             tijdlijn=[["november 2025", "Werkconferentie met directeuren en IB'ers"],
                       ["januari 2026", "Eerste concept besproken in directeurenoverleg"],
                       ["10 maart 2026", "OOGO met de drie gemeenten"],
                       ["24 maart 2026", "Instemming ondersteuningsplanraad"],
                       ["8 april 2026", "Vaststelling door de algemene vergadering"],
                       ["voor 1 mei 2026", "Toezending aan de inspectie"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], f"Registratienummer {c['code']}",
                        "Vastgesteld door de algemene vergadering op 8 april 2026",
                        "Met instemming van de ondersteuningsplanraad (24 maart 2026)"]))
    B.append(("toc", ["Voorwoord ... 3", "1 Inleiding en leeswijzer ... 4", "2 Context en kengetallen ... 5",
                      "3 Missie, visie en ambities ... 7", "4 Basisondersteuning ... 9",
                      "5 Extra ondersteuning en dekkend aanbod ... 12", "6 Toelaatbaarheid tot sbo en so ... 16",
                      "7 Communicatie ... 21", "8 Financiën ... 23", "9 Resultaten, opbrengsten en verantwoording ... 26",
                      "10 Organisatie en medezeggenschap ... 28", "11 Samenwerking met gemeenten ... 30",
                      "12 Personeel en ICT ... 31", "13 Totstandkoming en planning ... 32",
                      "Bijlage 1 Begrippenlijst ... 33", "Bijlage 2 Afkortingen ... 35",
                      "Bijlage 3 Meerjarenbegroting ... 36", "Bijlage 4 Klachtenregeling ... 37"]))
    B.append(("h1", "Voorwoord"))
    B += voorwoord(c)
    B.append(("h1", "1 Inleiding en leeswijzer"))
    B += leeswijzer(c)
    B.append(("h1", "2 Context en kengetallen"))
    B += context_tabel(c)
    B.append(("h1", "3 Missie, visie en ambities"))
    B += missie_visie(c)

    B.append(("h1", "4 Basisondersteuning"))
    B.append(("h2", "4.1 Wat verstaan wij onder basisondersteuning"))
    B.append(("p", "De acht besturen hebben met elkaar afgesproken welke ondersteuning iedere school van het "
                   "samenwerkingsverband minimaal biedt. Dit gezamenlijke niveau geldt voor alle 49 vestigingen, "
                   "dus ook voor de kleine dorpsscholen en voor de scholen voor speciaal basisonderwijs. Een school "
                   "mag meer bieden, maar niet minder. Het niveau is vastgelegd in twaalf standaarden, die in "
                   "tabel 4.1 zijn opgenomen. Wat in deze tabel staat, mag een ouder op elke school in De Waard "
                   "verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."))
    B.append(("caption", "Tabel 4.1 Standaarden basisondersteuning De Waard"))
    B.append(("table", [["Nr.", "Standaard", "Wat dit op elke school concreet betekent"],
                        ["1", "Leerlingvolgsysteem", "Twee keer per jaar methode-onafhankelijke toetsen; bespreking in groeps- en leerlingbesprekingen"],
                        ["2", "Intern begeleider", "Ten minste één IB'er met een afgeronde opleiding, minimaal 0,2 fte per 100 leerlingen"],
                        ["3", "Dyslexie", "Werken volgens het Protocol leesproblemen en dyslexie; signalering vanaf groep 2; extra leestijd in kleine groep"],
                        ["4", "Dyscalculie", "Werken volgens het protocol ERWD; inzet van hulpmiddelen zoals een tafelkaart en rekenmachine"],
                        ["5", "Sociale veiligheid", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling en een jaarlijkse monitoring van de veiligheidsbeleving"],
                        ["6", "Gedrag", "Een gedragsprotocol en een aanpak voor kinderen die tijdelijk buiten de groep moeten werken, met een vaste opvangplek"],
                        ["7", "Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof in de eigen groep vanaf groep 3"],
                        ["8", "Taal en NT2", "Extra woordenschatonderwijs voor kinderen met een taalachterstand en voor nieuwkomers na de eerste opvang"],
                        ["9", "Medisch handelen", "Een protocol medisch handelen en afspraken over het toedienen van medicijnen"],
                        ["10", "Handelingsgericht werken", "Groepsplannen of groepsoverzichten met doelen; evaluatie ten minste drie keer per jaar"],
                        ["11", "Ontwikkelingsperspectief", "Een OPP voor elke leerling die op een eigen leerlijn werkt, opgesteld met ouders"],
                        ["12", "Samenwerking", "Een ondersteuningsteam met ten minste IB'er, consulent van het SWV en schoolmaatschappelijk werk, dat minstens zes keer per jaar bijeenkomt"]]))
    B.append(("h2", "4.2 Borging"))
    B.append(("p", "Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij aan de standaarden voldoen. "
                   "De consulenten van het samenwerkingsverband voeren jaarlijks met elke directeur en IB'er een "
                   "kwaliteitsgesprek aan de hand van de kwaliteitskaart. Voldoet een school niet aan een standaard, "
                   "dan maakt het bestuur van de school binnen drie maanden een verbeterplan, waarvan de uitvoering "
                   "in het volgende kwaliteitsgesprek wordt besproken. De directeur-bestuurder rapporteert de "
                   "uitkomsten jaarlijks aan de algemene vergadering."))
    B.append(("p", "Basisondersteuning is meer dan een lijst. Het gaat er vooral om dat leerkrachten signalen "
                   "vroeg oppikken en er planmatig mee aan de slag gaan. Daarom investeren wij ook in scholing en "
                   "in het uitwisselen van goede voorbeelden tussen scholen."))

    B.append(("h1", "5 Extra ondersteuning en dekkend aanbod"))
    B.append(("h2", "5.1 Het ondersteuningscontinuüm"))
    B.append(("p", "Waar de basisondersteuning niet toereikend is, kan een school een beroep doen op extra "
                   "ondersteuning. Wij onderscheiden drie lagen die op elkaar aansluiten. In de eerste laag biedt "
                   "de school binnen de basisondersteuning wat een kind nodig heeft, zo nodig met advies van de "
                   "consulent. In de tweede laag vraagt de school via het ondersteuningsteam een arrangement aan: "
                   "tijdelijke extra begeleiding in de eigen school, bijvoorbeeld door een ambulant begeleider of "
                   "een gedragsspecialist. In de derde laag gaat het om een plaatsing in het sbo of het so, of om "
                   "een van de bovenschoolse voorzieningen."))
    B.append(("caption", "Tabel 5.1 Bovenschoolse voorzieningen in De Waard"))
    B.append(("table", [["Voorziening", "Doelgroep", "Capaciteit", "Locatie"],
                        ["Observatiegroep De Brug", "Kinderen 4-7 jaar met onduidelijke ontwikkelingsvraag", "12 plaatsen", "Waardenburg"],
                        ["Plusklas Waardewijs", "Meer- en hoogbegaafde leerlingen groep 5-8, één dagdeel per week", "60 plaatsen", "drie locaties"],
                        ["Taalklas", "Nieuwkomers in hun eerste jaar in Nederland", "30 plaatsen", "Heukelum"],
                        ["Onderwijs-zorggroep De Kade", "Kinderen met gedrags- en ontwikkelingsvragen die ook jeugdhulp nodig hebben", "8 plaatsen", "Linge-Oost (vanaf 2027)"]]))
    B.append(("h2", "5.2 Dekkend netwerk en thuiszitters"))
    B.append(("p", "In het voorjaar van 2025 hebben wij met de besturen en de gemeenten in kaart gebracht voor welke "
                   "kinderen er in de regio geen passende plek is. Die analyse liet zien dat er vooral een tekort is "
                   "aan plaatsen voor jonge kinderen die naast onderwijs ook intensieve jeugdhulp nodig hebben; "
                   "vier kinderen wachtten daardoor langer dan drie maanden op een plek. Om dit op te lossen start "
                   "in augustus 2027 de onderwijs-zorggroep De Kade, gefinancierd door het samenwerkingsverband en "
                   "de gemeente Linge-Oost samen. Tot die tijd zoekt de consulent per kind een tijdelijke oplossing "
                   "op een sbo-school, met inzet van jeugdhulp in de school."))
    B.append(("p", "Kinderen die thuiszitten, bespreken wij maandelijks aan de thuiszitterstafel met de "
                   "leerplichtambtenaren, de jeugdteams en de betrokken besturen. Elke thuiszitter krijgt binnen "
                   "twee weken na melding een casusregisseur van het samenwerkingsverband. Lukt het niet om binnen "
                   "drie maanden een plek te vinden, dan legt de directeur-bestuurder de casus voor aan het "
                   "bestuurlijk overleg met de wethouders, dat doorzettingsmacht heeft. Op 1 oktober 2025 waren er "
                   "in de regio zes thuiszitters en achttien kinderen met een vrijstelling op grond van artikel 5 "
                   "onder a van de Leerplichtwet."))
    B.append(("p", "De zorgplicht ligt bij het bestuur van de school waar een kind is aangemeld. Kan die school "
                   "geen passend aanbod doen, dan spreken de besturen af dat de consulent binnen de "
                   "onderzoekstermijn bemiddelt bij het vinden van een andere school in de regio. Op die manier "
                   "dragen de besturen de zorgplicht gezamenlijk."))
    B.append(("h2", "5.3 Samenwerking met jeugdhulp"))
    B.append(("p", "Met de gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp op school. Elke school "
                   "heeft een vaste contactpersoon van het jeugdteam, die aansluit bij het ondersteuningsteam. Voor "
                   "kinderen die zowel onderwijs als zorg nodig hebben, stellen school, jeugdteam en ouders samen "
                   "één plan op."))

    B.append(("h1", "6 Toelaatbaarheid tot sbo en so"))
    B.append(("h2", "6.1 De aanvraag"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal "
                   "onderwijs wordt aangevraagd door het bestuur van de school waar het kind staat ingeschreven, of, "
                   "bij een kind dat nog niet op school zit, door het bestuur van de school waar het kind is "
                   "aangemeld. De aanvraag loopt altijd via het ondersteuningsteam van de school. De aanvraag gaat "
                   "digitaal naar het loket van het samenwerkingsverband en bevat ten minste het OPP, het "
                   "groeidocument met de evaluatie van de geboden ondersteuning, het onderwijskundig rapport en de "
                   "zienswijze van de ouders."))
    B.append(("h2", "6.2 Stappen en termijnen"))
    B.append(("table", [["Stap", "Wie", "Termijn"],
                        ["1. Aanvraag compleet bij het loket", "School / bestuur", "-"],
                        ["2. Toets op volledigheid", "Loket", "binnen 5 werkdagen"],
                        ["3. Twee deskundigenadviezen", "Orthopedagoog of psycholoog en tweede deskundige", "binnen 3 weken"],
                        ["4. Besluit", "Commissie van Toelaatbaarheid (CvT) namens de directeur-bestuurder", "binnen 6 weken na stap 1"],
                        ["5. Besluit naar school en ouders", "Loket", "binnen 2 werkdagen na besluit"]]))
    B.append(("p", "Bij een spoedsituatie, bijvoorbeeld wanneer een kind anders thuis komt te zitten, kan de CvT "
                   "binnen tien werkdagen een besluit nemen. De ouders krijgen altijd een afschrift van beide "
                   "deskundigenadviezen."))
    B.append(("h2", "6.3 Criteria"))
    B.append(("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden "
                   "is voldaan: de school heeft de basisondersteuning en ten minste één arrangement gedurende een "
                   "periode van zes maanden aantoonbaar uitgevoerd en geëvalueerd; de ondersteuningsbehoefte "
                   "vraagt om een kleinere groep en een specifieke pedagogische aanpak gedurende de hele schooldag; "
                   "en de verwachting is dat het kind in het sbo tot een betere ontwikkeling komt. Voor het speciaal "
                   "onderwijs geldt daarnaast dat er sprake is van een ernstige gedrags- of psychiatrische "
                   "problematiek (cluster 4) of van een verstandelijke of lichamelijke beperking of langdurige "
                   "ziekte (cluster 3) die de ondersteuningsmogelijkheden van het sbo te boven gaat."))
    B.append(("h2", "6.4 Deskundigen"))
    B.append(("p", "De CvT besluit pas na advies van twee deskundigen. De eerste deskundige is altijd een "
                   "orthopedagoog of psycholoog; de tweede is, afhankelijk van het kind, een kinderarts, "
                   "maatschappelijk werker, kinderpsychiater of pedagoog. Beide geven afzonderlijk een schriftelijk "
                   "advies. Een deskundige die bij de aanvraag betrokken was, adviseert niet."))
    B.append(("h2", "6.5 Duur en bekostigingscategorie"))
    B.append(("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
                   "voor twee schooljaren, of voor één schooljaar bij jonge kinderen tot 6 jaar; bij een besluit "
                   "in de loop van het schooljaar wordt de rest van dat jaar eraan toegevoegd. Voor het so stelt de "
                   "CvT de bekostigingscategorie vast: laag (onder meer cluster 4 en ZML), midden (LZ en LG) of "
                   "hoog (MG)."))
    B.append(("h2", "6.6 Afloop van de TLV en terug naar de basisschool"))
    B.append(("p", "Het samenwerkingsverband wil dat kinderen niet langer in het speciaal (basis)onderwijs "
                   "blijven dan nodig is. Ons uitgangspunt is dat elk kind zo thuisnabij en zo regulier mogelijk "
                   "naar school gaat. Een kind kan terug naar een basisschool wanneer de ondersteuning die het nodig "
                   "heeft, in de basisondersteuning met een arrangement geboden kan worden en het kind in een "
                   "grotere groep tot leren komt."))
    B.append(("p", "In het laatste jaar van de TLV, en voor sbo-leerlingen jaarlijks, bespreekt de sbo- of so-school "
                   "vóór 1 februari het OPP met de ouders en de consulent. Blijkt daaruit dat terugplaatsing mogelijk "
                   "is, dan zoekt de school met de ouders een basisschool en meldt het kind daar aan; de ontvangende "
                   "school stelt samen met de sbo- of so-school een overdrachtsplan op. Is een verlenging nodig, "
                   "dan vraagt de so-school vóór 1 april een nieuwe TLV aan. De CvT besluit over verlenging op "
                   "dezelfde wijze als over een eerste aanvraag."))
    B.append(("p", "Na terugkeer krijgt de ontvangende school een terugplaatsingsarrangement: gedurende zes maanden "
                   "ambulante begeleiding van 0,1 fte door de school waar het kind vandaan komt, en een evaluatie "
                   "na drie en na zes maanden. In schooljaar 2024-2025 keerden elf kinderen vanuit het sbo en twee "
                   "vanuit het so terug naar een basisschool."))
    B.append(("h2", "6.7 Bezwaar"))
    B.append(("p", "Tegen een besluit over een TLV kunnen het schoolbestuur en de ouders binnen zes weken bezwaar "
                   "maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
                   "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert over het bezwaar. Daarna "
                   "beslist de directeur-bestuurder op het bezwaar."))

    B.append(("h1", "7 Communicatie"))
    B.append(("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij richten ons op drie doelgroepen: "
                   "de scholen, de partners en de ouders."))
    B.append(("h2", "7.1 Informatie voor ouders"))
    B.append(("p", "Ouders vinden op de website van het samenwerkingsverband een aparte ouderpagina met uitleg over "
                   "de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de route naar het "
                   "sbo en so. Elke school neemt in de schoolgids een paragraaf op over de ondersteuning die de "
                   "school biedt en verwijst naar die pagina. Daarnaast is er een ouderfolder, die de IB'er uitreikt "
                   "bij het eerste gesprek over extra ondersteuning. Twee keer per jaar organiseren wij een "
                   "informatieavond voor ouders, afwisselend in Waardenburg en Heukelum."))
    B.append(("h2", "7.2 Ouders als partner"))
    B.append(("p", "Ouders zijn betrokken bij het opstellen van het OPP en worden uitgenodigd voor het "
                   "ondersteuningsteam wanneer hun kind wordt besproken. In de ondersteuningsplanraad hebben "
                   "ouders de helft van de zetels."))
    B.append(("h2", "7.3 Vragen en onvrede"))
    B.append(("p", "Het samenwerkingsverband gaat de komende periode samen met het samenwerkingsverband voortgezet "
                   "onderwijs een ouder- en jeugdsteunpunt inrichten. Over de vorm, de bemensing en de "
                   "bereikbaarheid wordt in de loop van schooljaar 2026-2027 besloten; ouders worden geïnformeerd "
                   "zodra dit bekend is. Voor klachten verwijzen wij naar de klachtenregeling in bijlage 4."))
    B.append(("h2", "7.4 Communicatie met scholen en partners"))
    B.append(("p", "Scholen ontvangen zes keer per jaar een nieuwsbrief. Voor IB'ers is er een besloten deel van "
                   "de website met formulieren en handreikingen. Met de gemeenten wisselen wij informatie uit in "
                   "het ambtelijk overleg, dat vier keer per jaar plaatsvindt."))

    B.append(("h1", "8 Financiën"))
    B.append(("h2", "8.1 Inkomsten"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, "
                   "dat afhankelijk is van het aantal leerlingen in de regio. Op dat budget houdt DUO de "
                   "bekostiging van de so-leerlingen in. Door de verevening is het budget de afgelopen jaren "
                   "gedaald; die daling is inmiddels afgerond."))
    B.append(("h2", "8.2 Verdeling van de middelen"))
    B.append(("p", "Wij werken met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
                   "besturen, die daarmee de basisondersteuning en de arrangementen in hun scholen bekostigen. De "
                   "verdeling gebeurt op basis van het aantal leerlingen op de teldatum 1 oktober van het "
                   "voorgaande jaar. Het samenwerkingsverband houdt een beperkt deel centraal voor de bovenschoolse "
                   "voorzieningen, de consulenten en het bureau. Over de verdeelsleutel besluit de algemene "
                   "vergadering bij de vaststelling van de begroting, uiterlijk in december."))
    B.append(("caption", "Tabel 8.1 Verdeelsleutel"))
    B.append(("table", [["Onderdeel", "Grondslag", "Bedrag"],
                        ["Schoolbudget naar besturen", "per leerling (teldatum 1 oktober t-1)", "€ 212 per leerling"],
                        ["Vaste voet per vestiging", "per vestiging", "€ 7.500"],
                        ["Afdracht sbo boven 2%", "volgens groeiregeling, peildatum 1 februari", "volgens DUO"],
                        ["Centrale middelen", "restant na bovenstaande", "-"]]))
    B.append(("h2", "8.3 Meerjarenbegroting"))
    B.append(("p", "De meerjarenbegroting 2026-2030 is nog niet gereed, omdat de gevolgen van de nieuwe "
                   "bekostigingssystematiek eerst moeten worden doorgerekend. Zij wordt na vaststelling van de "
                   "jaarrekening 2025 als bijlage 3 aan dit plan toegevoegd."))
    B.append(("caption", "Tabel 8.2 Meerjarenbegroting (in €)"))
    B.append(("table", [["Post", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuningsbudget", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Schoolbudgetten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."]]))
    B.append(("h2", "8.4 Reserves"))
    B.append(("p", "Op 31 december 2024 bedroeg de algemene reserve € 1.380.000. Dat is boven de "
                   "signaleringswaarde voor bovenmatige reserves. Het bestuur heeft besloten het deel boven de "
                   "signaleringswaarde in de jaren 2026 en 2027 in te zetten voor de start van de onderwijs-"
                   "zorggroep De Kade en voor scholing."))

    B.append(("h1", "9 Resultaten, opbrengsten en verantwoording"))
    B.append(("p", "Het samenwerkingsverband werkt resultaatgericht. De scholen zijn zelf verantwoordelijk voor de "
                   "kwaliteit van hun onderwijs en voor de leerresultaten van al hun leerlingen; de inspectie "
                   "beoordeelt die kwaliteit. De gemiddelde eindtoetsscores van de scholen in onze regio lagen de "
                   "afgelopen drie jaar rond het landelijk gemiddelde."))
    B.append(("p", "De beoogde resultaten van het samenwerkingsverband voor deze planperiode worden uitgewerkt in "
                   "het eerste jaarplan, dat na de zomer van 2026 verschijnt. Daarin wordt ook beschreven op welke "
                   "wijze wij daarover rapporteren."))
    B.append(("p", "Over de besteding van de middelen legt het samenwerkingsverband verantwoording af in het "
                   "jaarverslag, dat wordt gecontroleerd door een accountant en op de website wordt gepubliceerd."))

    B.append(("h1", "10 Organisatie en medezeggenschap"))
    B += governance(c)
    B.append(("h1", "11 Samenwerking met gemeenten"))
    B += oogo_procedureel(c)
    B.append(("h1", "12 Personeel en ICT"))
    B += personeel_ict(c)
    B.append(("h1", "13 Totstandkoming en planning"))
    B += planning_totstandkoming(c)
    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B += begrippen([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Bereikte resultaten", "De resultaten die het samenwerkingsverband in een periode heeft gerealiseerd."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren, met de verwachte baten en lasten."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en zorgen over passend onderwijs."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert bij vastgelopen onderwijssituaties."],
        ["Terugplaatsing", "Overgang van een leerling uit het sbo of so naar het regulier basisonderwijs."],
        ["Verevening", "Herverdeling van de rijksmiddelen tussen samenwerkingsverbanden."]])
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B += afkortingen(STD_AFK)
    return c, B


LABEL_A = """documents: [po-dewaard-ondersteuningsplan.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the minimum for all 49 vestigingen; the concrete content is only in table 4.1 (12 standaarden); 4.2 kwaliteitsgesprek/verbeterplan = borging."
  plaatsing: "Ch. 6.1-6.5: aanvraag by bestuur, step table with CvT and termijnen, sbo/so criteria, two deskundigen, duur and categorie; 6.7 bezwaar via LBT."
  terugstroom: "Hidden inside the TLV chapter (6.6 'Afloop van de TLV'): evaluation before 1 februari, overdrachtsplan, verlenging; policy thuisnabij + terugplaatsingsarrangement; 13 returns in 2024-2025."
  financien: "8.2 verdeelsleutel (EUR 212 per leerling, vaste voet) addresses verdeling; 8.3 meerjarenbegroting deferred to absent bijlage 3 and table 8.2 is all p.m., so besteding not addressed; 8.4 reserves."
  dekkend-aanbod: "5.1 three layers + table of bovenschoolse voorzieningen; 5.2 gap analysis 2025, De Kade from 2027, thuiszitterstafel, zorgplicht."
  resultaten: "Ch. 9 is a trap: eindtoets/leerresultaten of schools, 'resultaatgericht', beoogde resultaten deferred to first jaarplan, only financial verantwoording; TOC and begrippenlijst mention resultaten."
  ouders: "Informatie in ch. 7 'Communicatie' (ouderpagina, schoolgids, folder, informatieavond); steunpunt deferred ('wordt in de loop van 2026-2027 besloten') and klachten refer to absent bijlage 4; OJSP/Onderwijsconsulenten only in begrippenlijst."
"""


# ============================================================================================
# Plan B  - PO Kempenland-Oost (docx)
# ============================================================================================

def plan_b():
    c = dict(naam="Stichting Samenwerkingsverband PO Kempenland-Oost", code="PO 30-09",
             periode="2026-2030", periode_lang="de schooljaren 2026-2027 tot en met 2029-2030",
             artikel="18a van de Wet op het primair onderwijs",
             gemeenten="Bladel-Oost, Eersel-Zuid, Reusel en Hoogeloon", besturen="zes",
             scholen="38 basisscholen, één sbo-school met twee locaties en twee so-scholen",
             bestuurder="mr. P.A.M. (Paul) Verhoeven", oogo_datum="3 maart 2026",
             kengetallen=[["Leerlingen basisonderwijs", "7.105", "7.020", "6.968"],
                          ["Leerlingen sbo", "172", "180", "177"],
                          ["Leerlingen so", "121", "118", "126"],
                          ["Afgegeven TLV's (sbo en so)", "97", "104", "92"],
                          ["Thuiszitters (leerplichttelling)", "7", "5", "6"]],
             tijdlijn=[["oktober 2025", "Start werkgroep ondersteuningsplan"],
                       ["december 2025", "Consultatie directeuren en IB-netwerk"],
                       ["3 maart 2026", "OOGO met de vier gemeenten"],
                       ["17 maart 2026", "Instemming ondersteuningsplanraad"],
                       ["1 april 2026", "Vaststelling algemene vergadering"],
                       ["april 2026", "Toezending aan de inspectie"]])
    B = []
    B.append(("title", ["Ondersteuningsplan", "Samen sterk voor elk kind", c["naam"], "Planperiode 2026-2030",
                        "Versie 1.0 - definitief"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding", "3 Onze regio in cijfers", "4 Missie en visie",
                      "5 Basisondersteuning", "6 Het ondersteuningsaanbod", "6.1 Arrangementen",
                      "6.2 Speciaal basisonderwijs en speciaal onderwijs", "6.3 Toelaatbaarheid",
                      "6.4 Terug naar het regulier onderwijs", "6.5 Dekkend netwerk", "7 Ouders",
                      "8 Geld en middelen", "9 Kwaliteit en resultaten", "10 Bestuur en organisatie",
                      "11 Gemeenten en jeugdhulp", "12 Personeel en ICT", "13 Planning",
                      "Bijlage 1 Begrippen", "Bijlage 2 Afkortingen", "Bijlage 3 Kwaliteitskaart basisondersteuning"]))
    B.append(("h1", "1 Voorwoord"))
    B += voorwoord(c)
    B.append(("h1", "2 Inleiding"))
    B += leeswijzer(c)
    B.append(("h2", "2.1 Terugblik op de vorige planperiode"))
    B.append(("p", "In de terugblik op de periode 2022-2026 constateerden wij dat de scholen veel energie hebben "
                   "gestoken in het versterken van de basisondersteuning, maar dat de werkdruk in het "
                   "aanvraagproces voor arrangementen als hoog werd ervaren. Ook de terugkoppeling van het loket "
                   "naar de scholen kon sneller. Die lessen zijn in dit plan verwerkt: het aanvraagproces is "
                   "vereenvoudigd en het loket werkt met vaste contactpersonen per school."))
    B.append(("h1", "3 Onze regio in cijfers"))
    B += context_tabel(c)
    B.append(("h1", "4 Missie en visie"))
    B += missie_visie(c)

    B.append(("h1", "5 Basisondersteuning"))
    B.append(("p", "Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve "
                   "interventies dat alle scholen binnen het samenwerkingsverband planmatig en op een afgesproken "
                   "kwaliteitsniveau uitvoeren. De zes besturen hebben vastgelegd dat dit niveau een ondergrens is "
                   "die voor elke vestiging geldt, ook voor de sbo-locaties. Een school die de basisondersteuning "
                   "niet op orde heeft, kan geen aanspraak maken op een arrangement."))
    B.append(("p", "Welke voorzieningen, interventies en deskundigheid de basisondersteuning concreet omvat, is "
                   "beschreven in de Kwaliteitskaart basisondersteuning (bijlage 3). Scholen nemen de uitwerking "
                   "op in hun schoolgids en ondersteuningsprofiel."))
    B.append(("p", "De consulent van het samenwerkingsverband bespreekt ieder jaar in het schoolbezoek met de "
                   "directeur en de IB'er in hoeverre de school aan de kwaliteitskaart voldoet. De uitkomsten "
                   "worden per bestuur teruggekoppeld; bij tekortkomingen spreekt het bestuur met de school een "
                   "verbetertraject af met een termijn van ten hoogste één schooljaar."))

    B.append(("h1", "6 Het ondersteuningsaanbod"))
    B.append(("p", "Het ondersteuningsaanbod in Kempenland-Oost is opgebouwd als een doorlopende reeks van "
                   "voorzieningen, van licht naar zwaar. Uitgangspunt is dat een kind zo veel mogelijk op de eigen "
                   "school wordt geholpen en dat een overstap naar een andere school alleen plaatsvindt als dat "
                   "voor het kind beter is."))
    B.append(("caption", "Tabel 6.1 Niveaus van ondersteuning"))
    B.append(("table", [["Niveau", "Omschrijving", "Wie organiseert"],
                        ["0-1", "Basisondersteuning in de groep en de school", "School"],
                        ["2", "Arrangement in de eigen school (individueel of groep)", "School met budget van het bestuur"],
                        ["3", "Bovenschoolse voorziening: Kempenklas (gedrag), plusgroep, nieuwkomersklas", "Samenwerkingsverband"],
                        ["4", "Speciaal basisonderwijs (De Linde, twee locaties)", "Sbo-school met TLV"],
                        ["5", "Speciaal onderwijs cluster 3 en 4", "So-school met TLV"]]))
    B.append(("h2", "6.1 Arrangementen"))
    B.append(("p", "Een arrangement is een tijdelijk pakket van extra ondersteuning voor een kind of een groep "
                   "kinderen. Het wordt opgesteld in het ondersteuningsteam van de school, waarin naast de IB'er "
                   "ook de consulent van het samenwerkingsverband zit. Arrangementen duren ten hoogste een "
                   "schooljaar en worden ten minste twee keer geëvalueerd. Voorbeelden zijn begeleiding door een "
                   "gedragsspecialist, een taalarrangement voor nieuwkomers na de nieuwkomersklas, of inzet van "
                   "een onderwijsassistent in combinatie met jeugdhulp."))
    B.append(("h2", "6.2 Speciaal basisonderwijs en speciaal onderwijs"))
    B.append(("p", "De sbo-school De Linde heeft locaties in Bladel-Oost en Reusel. Daarnaast kunnen kinderen "
                   "terecht op de so-scholen De Boog (cluster 4) en De Wingerd (cluster 3), en in voorkomende "
                   "gevallen op so-scholen buiten de regio, zoals voor kinderen met een meervoudige beperking."))
    B.append(("h2", "6.3 Toelaatbaarheid"))
    B.append(("p", "Voor plaatsing op het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. De procedure "
                   "verloopt als volgt. Het bestuur van de school waar het kind is ingeschreven, dient de aanvraag "
                   "in via het digitale loket, na bespreking in het ondersteuningsteam en met de ouders. Bij de "
                   "aanvraag horen het OPP, het groeidocument, het onderwijskundig rapport en de ondertekende "
                   "zienswijze van de ouders. De Commissie Toelaatbaarheid en Ondersteuning (CTO) bespreekt de "
                   "aanvraag en vraagt advies aan twee deskundigen: een orthopedagoog of GZ-psycholoog en, "
                   "afhankelijk van de vraag, een arts, maatschappelijk werker of kinderpsychiater. De CTO neemt "
                   "binnen zes weken na ontvangst van de volledige aanvraag een besluit namens het bestuur van het "
                   "samenwerkingsverband."))
    B.append(("p", "De CTO weegt iedere aanvraag zorgvuldig en in samenhang. De criteria die de commissie bij "
                   "die afweging hanteert, worden in het eerste planjaar vastgelegd in een afwegingskader, dat het "
                   "bestuur na instemming van de ondersteuningsplanraad vaststelt."))
    B.append(("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het "
                   "so wordt afgegeven voor ten hoogste drie schooljaren, met een bekostigingscategorie laag, "
                   "midden of hoog. Ouders en school kunnen tegen het besluit bezwaar maken; het "
                   "samenwerkingsverband heeft daarvoor een eigen adviescommissie bezwaarschriften ingesteld, "
                   "die binnen tien weken advies uitbrengt."))
    B.append(("h2", "6.4 Terug naar het regulier onderwijs"))
    B.append(("p", "Dit onderwerp krijgt een plaats in de actualisatie van dit plan die voor 2027 is voorzien."))
    B.append(("h2", "6.5 Dekkend netwerk"))
    B.append(("p", "Wij willen een netwerk van voorzieningen waarin voor ieder kind een passende plek is. Of ons "
                   "aanbod daadwerkelijk dekkend is, onderzoeken wij in 2027 met een netwerkanalyse samen met de "
                   "besturen. Over de aanpak van thuiszitters maken wij afspraken in het nieuwe OOGO-convenant; "
                   "tot die tijd blijft de bestaande werkwijze van kracht."))
    B.append(("p", "In de overgang van het primair naar het voortgezet onderwijs werken wij met een warme "
                   "overdracht. Kinderen met een arrangement worden vóór 1 maart besproken met de school voor "
                   "voortgezet onderwijs waar zij zijn aangemeld."))

    B.append(("h1", "7 Ouders"))
    B.append(("h2", "7.1 Hoe wij ouders informeren"))
    B.append(("p", "Ouders hebben recht op duidelijke informatie over de ondersteuning die hun kind kan krijgen. "
                   "Het samenwerkingsverband heeft daarom een ouderbrochure 'Extra ondersteuning in "
                   "Kempenland-Oost', beschikbaar in het Nederlands, Engels, Pools en Arabisch. De brochure "
                   "beschrijft de niveaus uit tabel 6.1, de arrangementen, de bovenschoolse voorzieningen en de "
                   "route naar sbo en so. Op de website staat per school een pagina met de ondersteuning die die "
                   "school biedt. Iedere school bespreekt de ondersteuningsmogelijkheden ook op de jaarlijkse "
                   "informatieavond, en de IB'er is voor ouders het eerste aanspreekpunt."))
    B.append(("h2", "7.2 Onafhankelijke hulp"))
    B.append(("p", "Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, "
                   "kunnen terecht bij het Ouder- en Jeugdsteunpunt Kempen. Het steunpunt werkt onafhankelijk van "
                   "scholen en besturen, is bereikbaar op werkdagen via telefoon en e-mail en kan een ouder "
                   "begeleiden naar een gesprek. Daarnaast kunnen ouders kosteloos een beroep doen op de "
                   "Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen worden "
                   "voorgelegd aan de Geschillencommissie passend onderwijs."))
    B.append(("h2", "7.3 Ouders als partner"))
    B.append(("p", "Ouders worden betrokken bij het opstellen en evalueren van het OPP en zitten aan tafel in het "
                   "ondersteuningsteam. In de ondersteuningsplanraad zijn zes van de twaalf leden ouders."))

    B.append(("h1", "8 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 6,9 miljoen aan ondersteuningsmiddelen. "
                   "Daarvan gaat een deel via DUO rechtstreeks naar de so-scholen. Het overige deel verdelen wij "
                   "volgens de regels in dit hoofdstuk."))
    B.append(("h2", "8.1 Zo verdelen wij"))
    B.append(("p", "Na aftrek van de afdrachten aan het sbo en so ontvangt elk bestuur een schoolbudget van € 245 "
                   "per leerling op basis van de teldatum 1 oktober van het voorafgaande jaar. Met dit budget "
                   "bekostigt het bestuur de arrangementen op niveau 2. Daarnaast houdt het samenwerkingsverband "
                   "een budget aan voor de bovenschoolse voorzieningen, die op aanvraag door de CTO worden "
                   "toegekend. De algemene vergadering stelt de bedragen jaarlijks in november vast."))
    B.append(("h2", "8.2 Meerjarenbegroting"))
    B.append(("caption", "Tabel 8.1 Meerjarenbegroting (bedragen × € 1.000)"))
    B.append(("table", [["", "2026", "2027", "2028", "2029"],
                        ["Baten rijksbijdrage (na DUO-inhouding so)", "5.410", "5.365", "5.320", "5.280"],
                        ["Afdracht sbo (groeiregeling)", "-1.180", "-1.190", "-1.190", "-1.185"],
                        ["Schoolbudgetten besturen", "-1.720", "-1.700", "-1.690", "-1.675"],
                        ["Bovenschoolse voorzieningen", "-1.240", "-1.240", "-1.230", "-1.230"],
                        ["Consulenten en loket", "-760", "-770", "-780", "-790"],
                        ["Bureau en bestuur", "-420", "-425", "-430", "-435"],
                        ["Resultaat", "90", "40", "0", "-35"]]))
    B.append(("p", "De reserve bedraagt naar verwachting € 820.000 eind 2025. Dat ligt onder de "
                   "signaleringswaarde. Besturen leggen jaarlijks in een bestedingsrapportage verantwoording af "
                   "over de besteding van het schoolbudget, per arrangement en per leerling."))

    B.append(("h1", "9 Kwaliteit en resultaten"))
    B.append(("p", "Het samenwerkingsverband wil laten zien wat passend onderwijs oplevert voor kinderen die extra "
                   "ondersteuning nodig hebben. Voor deze planperiode hebben wij de volgende beoogde resultaten "
                   "vastgesteld."))
    B.append(("caption", "Tabel 9.1 Beoogde resultaten 2026-2030"))
    B.append(("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                        ["Kinderen krijgen snel duidelijkheid", "Doorlooptijd TLV-aanvraag", "7,5 weken", "max. 6 weken"],
                        ["Meer kinderen thuisnabij geholpen", "Deelnamepercentage so", "1,8%", "1,6%"],
                        ["Basisondersteuning op orde", "Scholen die volledig aan de kwaliteitskaart voldoen", "71%", "95%"],
                        ["Arrangementen werken", "Arrangementen met doelen behaald bij evaluatie", "onbekend", "80%"],
                        ["Ouders zijn tevreden", "Tevredenheid ouders over het arrangement (1-10)", "7,1", "7,8"]]))
    B.append(("p", "Wij volgen deze indicatoren met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens "
                   "uit het dossiersysteem en van DUO. Twee keer per jaar bespreekt het directeurenoverleg de "
                   "stand van zaken; de raad van toezicht ontvangt een halfjaarrapportage. In het jaarverslag "
                   "rapporteren wij over de bereikte resultaten per indicator, en elke twee jaar houden wij een "
                   "tevredenheidspeiling onder ouders en scholen. Blijft een indicator achter, dan neemt het "
                   "bestuur in het volgende jaarplan maatregelen op."))

    B.append(("h1", "10 Bestuur en organisatie"))
    B += governance(c)
    B.append(("h1", "11 Gemeenten en jeugdhulp"))
    B += oogo_procedureel(c)
    B.append(("p", "Met de gemeenten werken wij aan onderwijs-zorgarrangementen voor kinderen die naast onderwijs "
                   "ook zorg nodig hebben. Elke school heeft een vaste contactpersoon van het lokale team; de "
                   "gemeente bekostigt de zorg, het samenwerkingsverband de onderwijskundige begeleiding."))
    B.append(("h1", "12 Personeel en ICT"))
    B += personeel_ict(c)
    B.append(("h1", "13 Planning"))
    B += planning_totstandkoming(c)
    B.append(("h2", "13.1 Jaarcyclus"))
    B += beleidscyclus(c)
    B.append(("h2", "13.2 Privacy en bedrijfsvoering"))
    B += privacy_uitgebreid(c)
    B.append(("h1", "Bijlage 1 Begrippen"))
    B += begrippen([
        ["Terugplaatsing", "Het teruggaan van een leerling van het sbo of so naar een reguliere basisschool, meestal aan het einde van de TLV."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor elk kind een passende plek is."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["Kwaliteitskaart", "Overzicht van de afspraken over de basisondersteuning."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te zoeken."]])
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B += afkortingen(STD_AFK + [["CTO", "Commissie Toelaatbaarheid en Ondersteuning"]])
    B.append(("h1", "Bijlage 3 Kwaliteitskaart basisondersteuning"))
    B.append(("p", "De kwaliteitskaart wordt als afzonderlijk document gepubliceerd op de website."))
    return c, B


LABEL_B = """documents: [po-kempenland-oost-op.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 5 defines the ondergrens for every vestiging (niveau) but the concrete content is referred to 'Kwaliteitskaart' bijlage 3, which only says it is published separately; annual schoolbezoek = borging."
  plaatsing: "6.3 gives the full procedure (loket, dossier, CTO, two deskundigen, 6 weken), duur/categorie and bezwaar, but the criteria are deferred to an afwegingskader 'in het eerste planjaar'."
  terugstroom: "Heading 6.4 'Terug naar het regulier onderwijs' only defers to the 2027 actualisatie; other hits are near-misses (terugblik, terugkoppeling, warme overdracht PO-VO) and the begrippenlijst entry."
  financien: "Under 'Geld en middelen': EUR 245 per leerling schoolbudget, CTO-toekenning bovenschools, meerjarenbegroting table 2026-2029 with amounts, reserve and bestedingsrapportage."
  dekkend-aanbod: "Table 6.1 and 6.1/6.2 describe the continuum; 6.5 defers the gap analysis to 2027 and thuiszitters to a future OOGO-convenant; ch. 11 onderwijs-zorgarrangementen = ketenpartners."
  resultaten: "Ch. 9 table 9.1 with nulmeting and streefwaarden; quarterly dashboard, halfjaarrapportage, jaarverslag, tevredenheidspeiling."
  ouders: "7.1 ouderbrochure in four languages, school pages on website, informatieavond; 7.2 Ouder- en Jeugdsteunpunt Kempen, Onderwijsconsulenten, Geschillencommissie."
"""


# ============================================================================================
# Plan C  - PO Lingestroom (pdf)
# ============================================================================================

def plan_c():
    c = dict(naam="Samenwerkingsverband Lingestroom Primair Onderwijs", code="PO 27-11",
             periode="2026-2030", periode_lang="1 augustus 2026 tot 1 augustus 2030",
             artikel="18a, achtste lid, WPO",
             gemeenten="Lingewaal-Noord, Geldermalsen-West en Asperen", besturen="vijf",
             scholen="41 basisscholen, één school voor speciaal basisonderwijs en één so-school (cluster 3 en 4)",
             bestuurder="dr. M.E. (Marieke) Schouten", oogo_datum="17 februari 2026",
             kengetallen=[["Leerlingen basisonderwijs", "8.640", "8.571", "8.503"],
                          ["Leerlingen sbo", "198", "205", "210"],
                          ["Leerlingen so", "143", "139", "141"],
                          ["Nieuwkomers in eerste opvang", "61", "74", "69"],
                          ["Aantal scholen met minder dan 100 leerlingen", "12", "13", "13"]],
             tijdlijn=[["september 2025", "Evaluatie vorig plan afgerond"],
                       ["november 2025 - januari 2026", "Schrijfgroep en consultatierondes"],
                       ["17 februari 2026", "OOGO"],
                       ["10 maart 2026", "Instemming OPR"],
                       ["25 maart 2026", "Vaststelling bestuur"],
                       ["uiterlijk 30 april 2026", "Indiening inspectie"]])
    B = []
    B.append(("title", ["Ondersteuningsplan Lingestroom 2026-2030", "Elk kind een plek die past",
                        c["naam"] + " (" + c["code"] + ")", "Definitieve versie, maart 2026"]))
    B.append(("toc", ["1 Voorwoord ... 2", "2 Leeswijzer ... 3", "3 De regio ... 4", "4 Koers ... 6",
                      "5 Wat elke school biedt ... 8", "6 Het aanbod in de regio ... 10",
                      "7 Toelaatbaarheid ... 14", "8 Terugplaatsing ... 16", "9 Ambities en resultaten ... 17",
                      "10 Communicatie ... 19", "11 Klachten, bezwaar en geschillen ... 20",
                      "12 Bedrijfsvoering en financiën ... 21", "13 Bestuur en medezeggenschap ... 22",
                      "14 Gemeenten ... 24", "15 Personeel en ICT ... 25", "16 Totstandkoming ... 26",
                      "Bijlage A Begrippen ... 27", "Bijlage B Afkortingen ... 28"]))
    B.append(("h1", "1 Voorwoord"))
    B += voorwoord(c)
    B.append(("h1", "2 Leeswijzer"))
    B += leeswijzer(c)
    B.append(("h1", "3 De regio"))
    B += context_tabel(c)
    B.append(("h1", "4 Koers"))
    B += missie_visie(c)
    B.append(("p", "Wij zien de middelen die het samenwerkingsverband ontvangt als middelen van en voor de "
                   "kinderen. Dat vraagt om zorgvuldigheid en om openheid over de keuzes die wij maken."))

    B.append(("h1", "5 Wat elke school biedt"))
    B.append(("p", "In Lingestroom is afgesproken dat er een ondergrens is die voor alle scholen geldt, ongeacht "
                   "bestuur, grootte of denominatie. Wat onder die ondergrens valt, hoeft een school niet aan te "
                   "vragen en is voor elk kind op elke school beschikbaar. Boven de ondergrens begint wat wij "
                   "'aanvullende hulp' noemen."))
    B.append(("p", "Op elke school in Lingestroom kunt u als ouder rekenen op:"))
    B.append(("ul", ["een intern begeleider die ten minste twee dagen per week op school is en het aanspreekpunt is voor ouders en leerkrachten;",
                     "een vaste aanpak voor kinderen met lees- en spellingproblemen, inclusief voorlezen met software en extra instructie in een klein groepje;",
                     "een aanpak voor rekenproblemen met materialen op eigen niveau;",
                     "een programma voor sociale veiligheid en een anti-pestcoördinator;",
                     "een aanbod voor kinderen die meer aankunnen: verrijkingswerk en een eigen leerlijn in de groep;",
                     "een ondersteuningsteam dat minstens vijf keer per jaar samenkomt, met de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband;",
                     "een rustige werkplek buiten de groep voor kinderen die even moeten bijkomen;",
                     "afspraken over medicijngebruik en medische handelingen op school;",
                     "een ontwikkelingsperspectief voor kinderen die de einddoelen van groep 8 niet zullen halen."]))
    B.append(("p", "Scholen beschrijven in hun schoolgids hoe zij deze punten uitvoeren. Wat scholen daarbovenop "
                   "bieden, verschilt per school."))

    B.append(("h1", "6 Het aanbod in de regio"))
    B.append(("h2", "6.1 Van lichte naar intensieve hulp"))
    B.append(("p", "Boven de ondergrens kunnen scholen aanvullende hulp inzetten. Dat gebeurt in drie stappen. "
                   "Eerst kijkt de school met de consulent wat er in de groep extra kan. Daarna kan de school een "
                   "arrangement inzetten: een ambulant begeleider, een specialist gedrag of taal, of een plek in "
                   "een van de bovenschoolse groepen. Als laatste stap komt het sbo of het so in beeld."))
    B.append(("caption", "Tabel 6.1 Bovenschoolse voorzieningen Lingestroom"))
    B.append(("table", [["Voorziening", "Voor wie", "Omvang"],
                        ["Schakelklas Taal", "Kinderen groep 3-5 met een grote taalachterstand", "2 groepen van 12"],
                        ["Nieuwkomersvoorziening De Brug", "Nieuwkomers in hun eerste jaar", "3 groepen"],
                        ["Kiemgroep", "Jonge kinderen (4-6) met ontwikkelingsvragen, observatie en diagnostiek", "10 plaatsen"],
                        ["Plusgroep", "Hoogbegaafde leerlingen groep 5-8, één dag per week", "4 groepen"],
                        ["Time-out De Haven", "Kinderen met ernstig gedrag, maximaal 12 weken", "6 plaatsen"]]))
    B.append(("h2", "6.2 Geen kind tussen wal en schip"))
    B.append(("p", "Elk jaar in oktober maken wij met de besturen een overzicht van kinderen voor wie geen passend "
                   "aanbod beschikbaar is, van wachtlijsten bij de bovenschoolse groepen en van thuiszitters. Dat "
                   "overzicht wordt besproken met de gemeenten. Voor elk knelpunt spreken wij een actie af met een "
                   "eigenaar en een datum. In 2025 leidde dit tot uitbreiding van de Time-out De Haven met twee "
                   "plaatsen en tot een afspraak met het so over tijdelijke plaatsing bij crisis."))
    B.append(("caption", "Tabel 6.2 Thuiszitters en vrijstellingen (1 oktober)"))
    B.append(("table", [["", "2023", "2024", "2025"],
                        ["Thuiszitters langer dan 4 weken", "9", "7", "4"],
                        ["Vrijstelling art. 5a Leerplichtwet", "22", "21", "19"]]))
    B.append(("p", "Een school die een thuiszitter heeft of een kind niet kan plaatsen, meldt dit binnen vijf "
                   "werkdagen bij het samenwerkingsverband. De consulent roept binnen twee weken een overleg bij "
                   "elkaar met ouders, school, leerplicht en jeugdhulp. Lukt een oplossing niet binnen zes weken, "
                   "dan beslist de directeur-bestuurder welk bestuur het kind een plek biedt. Zo is de zorgplicht "
                   "in de regio sluitend geregeld."))
    B.append(("p", "Met de gemeenten zijn afspraken gemaakt over zorg in onderwijstijd: kinderen kunnen op school "
                   "behandeling krijgen, bekostigd door de gemeente, waardoor zij minder uren missen."))

    B.append(("h1", "7 Toelaatbaarheid"))
    B.append(("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, wie wat doet en welke termijnen "
                   "gelden, staat in de routekaart op www.swvlingestroom.nl/routekaart. In dit plan beschrijven wij "
                   "de inhoudelijke afwegingen."))
    B.append(("h2", "7.1 Wanneer is een kind toelaatbaar tot het sbo?"))
    B.append(("ul", ["De school heeft de ondergrens (hoofdstuk 5) en minimaal één arrangement uitgevoerd en de resultaten daarvan vastgelegd in het OPP;",
                     "het kind heeft structureel een kleine groep en een aangepast programma nodig, gedurende de hele week;",
                     "de ontwikkeling stagneert ondanks de geboden hulp, wat blijkt uit twee opeenvolgende evaluaties;",
                     "er is geen arrangement in de reguliere school dat met redelijke inzet hetzelfde kan bieden."]))
    B.append(("h2", "7.2 Wanneer is een kind toelaatbaar tot het so?"))
    B.append(("p", "Naast de criteria voor het sbo geldt voor het so dat er sprake is van een intensieve en langdurige "
                   "ondersteuningsbehoefte die samenhangt met een verstandelijke beperking (IQ lager dan ongeveer 70 "
                   "in combinatie met beperkingen in de zelfredzaamheid), een lichamelijke beperking of langdurige "
                   "ziekte, of ernstige gedrags- of psychiatrische problemen waarvoor een combinatie van onderwijs "
                   "en behandeling nodig is. De categorie wordt bepaald aan de hand van de aard van de beperking: "
                   "laag voor cluster 4 en ZML, midden voor LG en LZ, hoog voor kinderen met een meervoudige "
                   "beperking."))
    B.append(("h2", "7.3 Bezwaar"))
    B.append(("p", "Ouders en schoolbestuur kunnen bezwaar maken tegen een besluit. Het samenwerkingsverband "
                   "vraagt in dat geval advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))

    B.append(("h1", "8 Terugplaatsing"))
    B.append(("p", "Het samenwerkingsverband hecht eraan dat een plaatsing in het sbo of so geen eindstation is. "
                   "Wij willen dat ieder kind in het speciaal (basis)onderwijs elk jaar de kans krijgt om te laten "
                   "zien dat het weer in een reguliere groep kan functioneren, en dat een terugkeer goed wordt "
                   "voorbereid. Voorwaarden zijn dat het OPP laat zien dat het kind de doelen van de afgelopen "
                   "periode heeft gehaald, dat de ondersteuningsbehoefte binnen de ondergrens en een arrangement "
                   "past, en dat de ouders de terugkeer steunen."))
    B.append(("p", "Kinderen die terugkeren, krijgen een terugkeerarrangement: twaalf weken begeleiding in de "
                   "nieuwe school door een ambulant begeleider van de school van herkomst, met een gezamenlijke "
                   "evaluatie aan het einde. Tijdens die periode blijft het kind ingeschreven op de nieuwe school "
                   "en kan het, als de terugkeer niet slaagt, zonder nieuwe TLV terug."))
    B.append(("p", "Hoe de terugplaatsing in stappen verloopt, wie het initiatief neemt, op welke momenten wordt "
                   "geëvalueerd en wie beslist, werken wij in schooljaar 2026-2027 samen met de sbo- en so-school "
                   "uit in een protocol terugplaatsing."))

    B.append(("h1", "9 Ambities en resultaten"))
    B.append(("p", "Het samenwerkingsverband heeft voor deze planperiode vijf ambities geformuleerd voor kinderen "
                   "die extra ondersteuning nodig hebben. Per ambitie is aangegeven welk resultaat wij in 2030 "
                   "willen bereiken."))
    B.append(("caption", "Tabel 9.1 Ambities 2026-2030"))
    B.append(("table", [["Ambitie", "Beoogd resultaat in 2030"],
                        ["Kinderen gaan naar school", "Geen thuiszitters langer dan drie maanden; totaal maximaal 3 op 1 oktober"],
                        ["Thuisnabij waar het kan", "Deelnamepercentage sbo + so niet hoger dan 3,6%"],
                        ["Terugkeer is reëel", "Ten minste 10 terugplaatsingen per jaar vanuit sbo en so"],
                        ["Snelle hulp", "Arrangementen starten binnen 4 weken na aanvraag"],
                        ["Sterke ondergrens", "Alle scholen voldoen aantoonbaar aan hoofdstuk 5"]]))
    B.append(("p", "Hoe wij de voortgang op deze ambities meten, wie dat doet en waar wij erover rapporteren, "
                   "werken wij uit in het jaarplan 2026-2027."))

    B.append(("h1", "10 Communicatie"))
    B.append(("p", "Het samenwerkingsverband informeert ouders op verschillende manieren over de hulp die scholen "
                   "en het samenwerkingsverband bieden. De website heeft een ouderdeel met uitleg over de "
                   "ondergrens, de bovenschoolse voorzieningen en het sbo en so, ook als korte filmpjes. Elke "
                   "school verwijst in de schoolgids naar die informatie. Er is een ouderfolder die de IB'er "
                   "meegeeft bij het eerste gesprek over aanvullende hulp. Ouders van nieuwkomers ontvangen de "
                   "informatie via de nieuwkomersvoorziening, waar nodig met een tolk."))
    B.append(("p", "Voor scholen verschijnt maandelijks een digitale nieuwsbrief. Met de pers en met de gemeenten "
                   "communiceert de directeur-bestuurder."))

    B.append(("h1", "11 Klachten, bezwaar en geschillen"))
    B.append(("p", "Ouders die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
                   "terecht bij Ouderkompas Lingestroom, het ouder- en jeugdsteunpunt van de regio. Ouderkompas "
                   "werkt onafhankelijk van de besturen, is telefonisch en via de website bereikbaar en kan een "
                   "onafhankelijke ouderadviseur meesturen naar gesprekken op school. Ouders kunnen zich ook wenden "
                   "tot de Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend bij "
                   "de Landelijke Klachtencommissie Onderwijs; geschillen over toelating, verwijdering of het OPP bij "
                   "de Geschillencommissie passend onderwijs."))

    B.append(("h1", "12 Bedrijfsvoering en financiën"))
    B.append(("p", "De bedrijfsvoering van het samenwerkingsverband is ondergebracht bij een "
                   "administratiekantoor. De controller rapporteert driemaandelijks aan de directeur-bestuurder. "
                   "Het verdeelmodel en de meerjarenbegroting maken geen deel uit van dit plan. Zij worden jaarlijks "
                   "door het bestuur vastgesteld in de begroting en gepubliceerd op de website."))
    B.append(("p", "De huisvesting van het bureau wordt gehuurd van een van de aangesloten besturen. De ICT-diensten "
                   "worden gezamenlijk ingekocht."))

    B.append(("h1", "13 Bestuur en medezeggenschap"))
    B += governance(c)
    B.append(("h1", "14 Gemeenten"))
    B += oogo_procedureel(c)
    B.append(("h1", "15 Personeel en ICT"))
    B += personeel_ict(c)
    B.append(("h1", "16 Totstandkoming"))
    B += planning_totstandkoming(c)
    B.append(("h2", "16.1 Privacy"))
    B += privacy_uitgebreid(c)
    B.append(("h1", "Bijlage A Begrippen"))
    B += begrippen([
        ["Verdeelmodel", "De regels waarmee het samenwerkingsverband middelen over de besturen verdeelt."],
        ["Meerjarenbegroting", "De begroting voor de komende vier jaar."],
        ["Ondergrens", "Wat elke school in Lingestroom minimaal biedt (basisondersteuning)."],
        ["Monitoring", "Het stelselmatig volgen van gegevens om te zien of doelen worden gehaald."],
        ["Routekaart", "Stappenplan voor het aanvragen van een TLV."]])
    B.append(("h1", "Bijlage B Afkortingen"))
    B += afkortingen(STD_AFK)
    return c, B


LABEL_C = """documents: [po-lingestroom-ondersteuningsplan.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [duur-categorie, bezwaar]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Ch. 5 'Wat elke school biedt' uses the unusual word 'ondergrens' for all schools plus a bullet list of what a parent can count on at every school; the word basisondersteuning appears almost only in the begrippenlijst."
  plaatsing: "Ch. 7 gives sbo and so criteria and categorie (7.1/7.2) and bezwaar via LBT, but the procedure (steps, who, termijnen) is only referred to the website routekaart."
  terugstroom: "Ch. 8 states policy (yearly chance, conditions, terugkeerarrangement 12 weken); steps, initiative, evaluation moments and decision are deferred to a protocol in 2026-2027."
  financien: "Ch. 12 says verdeelmodel and meerjarenbegroting are not part of this plan (website/begroting); other hits are passing ('middelen van en voor de kinderen', zorg bekostigd door gemeente) and the begrippenlijst."
  dekkend-aanbod: "6.1 three steps + table of bovenschoolse voorzieningen; 6.2 yearly gap overview, thuiszitters table and escalation, zorgplicht; zorg in onderwijstijd with gemeenten. (The thuiszitters figures in table 6.2 belong to this element; they are not a results-monitoring cycle.)"
  resultaten: "Ch. 9 table with beoogde resultaten for 2030 (numeric); how progress is measured and reported is deferred to jaarplan 2026-2027."
  ouders: "Informatie in ch. 10 'Communicatie' (ouderdeel website, folder, schoolgids, tolk); steunpunt only in ch. 11 'Klachten, bezwaar en geschillen' (Ouderkompas OJSP, Onderwijsconsulenten)."
"""


# ============================================================================================
# Plan D  - VO IJssel-Vecht (pdf)
# ============================================================================================

def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs IJssel-Vecht", code="VO 23-05",
             periode="2026-2030", periode_lang="1 augustus 2026 tot en met 31 juli 2030",
             artikel="17a, achtste lid, WVO (thans artikel 2.47 en volgende van de WVO 2020)",
             gemeenten="Dalfsen-Oost, Ommen-West en Vechtdal", besturen="vijf",
             scholen="14 vestigingen voor voortgezet onderwijs (waarvan twee voor praktijkonderwijs) en één vso-school",
             bestuurder="ir. J.W. (Jan-Willem) Brinkman", oogo_datum="4 maart 2026", ander="primair",
             derde="wij werken vanuit de leerling: de vraag van de jongere staat centraal.",
             kengetallen=[["Leerlingen vo (excl. pro)", "8.920", "8.874", "8.801"],
                          ["Leerlingen praktijkonderwijs", "402", "396", "410"],
                          ["Leerlingen met lwoo", "1.104", "1.087", "1.062"],
                          ["Leerlingen vso", "287", "295", "301"],
                          ["Deelnamepercentage vso", "2,9%", "3,0%", "3,1%"]],
             tijdlijn=[["oktober 2025", "Start schrijfgroep"],
                       ["januari 2026", "Bespreking in het bestuur en met de ondersteuningscoördinatoren"],
                       ["4 maart 2026", "OOGO met de gemeenten"],
                       ["18 maart 2026", "Instemming ondersteuningsplanraad"],
                       ["2 april 2026", "Vaststelling algemeen bestuur"],
                       ["april 2026", "Toezending inspectie via Internet Schooldossier"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], f"({c['code']})",
                        "Plan op hoofdlijnen", "Vastgesteld door het algemeen bestuur op 2 april 2026"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding", "3 De regio in cijfers", "4 Missie en visie",
                      "5 Basisondersteuning", "6 Toewijzing: vso, lwoo en praktijkonderwijs",
                      "7 Samenhang en aanbod in de regio", "8 Financieel kader", "9 Doelen en kwaliteitszorg",
                      "10 Communicatie", "11 Organisatie en governance", "12 Gemeenten", "13 Personeel en ICT",
                      "14 Planning", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen"]))
    B.append(("h1", "1 Voorwoord"))
    B += voorwoord(c)
    B.append(("h1", "2 Inleiding"))
    B += leeswijzer(c)
    B.append(("p", "Dit plan is nadrukkelijk een plan op hoofdlijnen. Waar uitwerking nodig is, gebeurt dat in de "
                   "jaarplannen en in afzonderlijke notities die het algemeen bestuur vaststelt."))
    B.append(("h1", "3 De regio in cijfers"))
    B += context_tabel(c)
    B.append(("h1", "4 Missie en visie"))
    B += missie_visie(c)

    B.append(("h1", "5 Basisondersteuning"))
    B.append(("p", "De vijf besturen hebben afgesproken dat alle veertien vestigingen, inclusief de scholen voor "
                   "praktijkonderwijs, ten minste de basisondersteuning bieden die in dit hoofdstuk is beschreven. "
                   "Deze afspraken gelden als minimumniveau; een school die daaronder zit, stelt samen met het "
                   "bestuur een verbeterplan op."))
    B.append(("caption", "Tabel 5.1 Basisondersteuning op alle vestigingen"))
    B.append(("table", [["Domein", "Wat elke vestiging biedt"],
                        ["Begeleiding", "Een mentor per klas met ten minste één mentoruur per week in leerjaar 1 en 2"],
                        ["Coördinatie", "Een ondersteuningscoördinator en een zorg- en adviesteam dat minimaal zes keer per jaar overlegt"],
                        ["Leren", "Dyslexie- en dyscalculieprotocol met faciliteiten bij toetsen en examens (extra tijd, vergroot lettertype, voorleessoftware)"],
                        ["Sociaal-emotioneel", "Training faalangstreductie en sociale vaardigheden, één keer per jaar op elke vestiging"],
                        ["Executieve functies", "Huiswerkbegeleiding en planningscoaching voor leerlingen die moeite hebben met plannen"],
                        ["Opvang", "Een time-outruimte met toezicht, waar een leerling kortdurend tot rust kan komen"],
                        ["Expertise", "Beschikbaarheid van een orthopedagoog (eigen of via het bestuur) voor consultatie"],
                        ["Medisch", "Protocol medisch handelen en afspraken over medicatie"],
                        ["Planmatig", "Een ontwikkelingsperspectief voor iedere leerling met extra ondersteuning, met evaluatie twee keer per jaar"]]))
    B.append(("p", "Het samenwerkingsverband toetst de naleving eens per twee jaar in een audit door collega-"
                   "ondersteuningscoördinatoren van andere besturen."))

    B.append(("h1", "6 Toewijzing: vso, lwoo en praktijkonderwijs"))
    B.append(("h2", "6.1 Toelaatbaarheid tot het vso"))
    B.append(("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de "
                   "toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het samenwerkingsverband. De "
                   "aanvraag bevat het OPP met de evaluatie van de geboden ondersteuning, het onderwijskundig rapport "
                   "en recente gegevens over cognitieve capaciteiten en sociaal-emotioneel functioneren. De "
                   "commissie vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en een tweede "
                   "deskundige die past bij de problematiek (jeugdarts, kinder- en jeugdpsychiater of maatschappelijk "
                   "werker). De commissie besluit binnen zes weken na ontvangst van een volledige aanvraag."))
    B.append(("p", "Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte zo intensief is dat "
                   "een vo-school haar ook met een maatwerkarrangement niet kan bieden, wanneer de leerling een "
                   "kleine groep met een specialistische pedagogische aanpak nodig heeft gedurende de hele "
                   "lesdag, en wanneer er sprake is van een onderbouwde diagnose of van langdurig "
                   "vastgestelde problematiek in het sociaal-emotioneel functioneren, de lichamelijke of "
                   "verstandelijke ontwikkeling of een langdurige ziekte. Aan deze voorwaarden moet tegelijk "
                   "zijn voldaan."))
    B.append(("p", "Een TLV vso wordt afgegeven voor twee schooljaren, voor leerlingen in het uitstroomprofiel "
                   "arbeid of dagbesteding voor ten hoogste vier schooljaren. De commissie bepaalt de "
                   "bekostigingscategorie (laag, midden of hoog) op basis van de aard van de beperking."))
    B.append(("h2", "6.2 Leerwegondersteunend onderwijs"))
    B.append(("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. De vo-school waar de "
                   "leerling is aangemeld, dient de aanvraag vóór 15 maart in via het digitale loket, met de "
                   "gegevens over capaciteiten (IQ tussen 75 en 90), leerachterstanden (tussen 25% en 50% op "
                   "ten minste twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen) en, "
                   "waar van toepassing, sociaal-emotionele problematiek. De Commissie Toewijzing beslist binnen "
                   "vier weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding."))
    B.append(("h2", "6.3 Praktijkonderwijs"))
    B.append(("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 "
                   "en 80 en een leerachterstand van 50% of meer op ten minste twee van de vier domeinen, waarvan "
                   "één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient de aanvraag "
                   "in; de Commissie Toewijzing besluit binnen vier weken. De TLV pro geldt voor de gehele "
                   "opleiding."))
    B.append(("h2", "6.4 Einde van de TLV vso"))
    B.append(("p", "In het laatste schooljaar waarvoor een TLV vso geldt, organiseert de vso-school uiterlijk in "
                   "januari een evaluatiegesprek met de trajectbegeleider van het samenwerkingsverband, de mentor "
                   "en de leerling. Op basis van het OPP stelt de vso-school vast of voortzetting van het vso nodig "
                   "is. Zo ja, dan dient de vso-school vóór 1 april een aanvraag voor een nieuwe TLV in. Zo nee, dan "
                   "meldt de vso-school de leerling in overleg met de trajectbegeleider aan bij een school voor "
                   "voortgezet onderwijs, die uiterlijk in juni een overdrachtsgesprek voert met de vso-school. De "
                   "Commissie Toewijzing neemt het besluit over verlenging; de TLV eindigt anders van rechtswege "
                   "op 31 juli."))
    B.append(("p", "Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden een leerling kan "
                   "terugkeren en welke begeleiding na terugkeer beschikbaar is, leggen wij vast nadat de pilot "
                   "'Retour' in 2027 is geëvalueerd."))

    B.append(("h1", "7 Samenhang en aanbod in de regio"))
    B.append(("p", "Het samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel "
                   "van ondersteuningsvoorzieningen binnen en tussen de scholen. De inventarisatie van het "
                   "regionale aanbod en de analyse van eventuele hiaten verschijnen in een afzonderlijke notitie, de "
                   "'Regiokaart IJssel-Vecht', die het algemeen bestuur naar verwachting eind 2026 vaststelt. Ook "
                   "de afspraken over thuiszitters en over de gezamenlijke invulling van de zorgplicht worden in "
                   "die notitie opgenomen."))

    B.append(("h1", "8 Financieel kader"))
    B.append(("p", "Hoe de middelen over de besturen worden verdeeld, wordt bepaald in een nieuw verdeelmodel dat "
                   "het algemeen bestuur in het voorjaar van 2027 vaststelt. Tot die tijd blijven de huidige "
                   "afspraken van kracht. De meerjarenbegroting hieronder geeft weer waaraan het "
                   "samenwerkingsverband de middelen in de planperiode besteedt."))
    B.append(("caption", "Tabel 8.1 Meerjarenbegroting 2026-2029 (× € 1.000)"))
    B.append(("table", [["", "2026", "2027", "2028", "2029"],
                        ["Baten lichte ondersteuning", "2.910", "2.895", "2.870", "2.850"],
                        ["Baten zware ondersteuning (na inhouding vso)", "3.460", "3.420", "3.395", "3.370"],
                        ["Baten lwoo en pro", "7.820", "7.760", "7.705", "7.650"],
                        ["Lasten: middelen lichte ondersteuning naar besturen", "2.850", "2.850", "2.820", "2.800"],
                        ["Lasten: lwoo- en pro-middelen naar scholen", "7.820", "7.760", "7.705", "7.650"],
                        ["Lasten: maatwerkarrangementen", "1.950", "1.950", "1.930", "1.900"],
                        ["Lasten: trajectbegeleiding en Commissie Toewijzing", "860", "870", "880", "890"],
                        ["Lasten: bureau, bestuur en huisvesting", "590", "600", "610", "620"],
                        ["Saldo", "-1.880", "-1.955", "-1.970", "-1.990"]]))
    B.append(("p", "Het negatieve saldo wordt gedekt uit de reserves, die eind 2025 naar verwachting € 9,1 miljoen "
                   "bedragen. Daarmee brengen wij de reserves in de planperiode terug tot het niveau van de "
                   "signaleringswaarde."))

    B.append(("h1", "9 Doelen en kwaliteitszorg"))
    B.append(("p", "Voor leerlingen die extra ondersteuning nodig hebben, streven wij in deze planperiode de "
                   "volgende resultaten na."))
    B.append(("caption", "Tabel 9.1 Beoogde resultaten"))
    B.append(("table", [["Beoogd resultaat", "Indicator", "2025", "Doel 2030"],
                        ["Vso alleen waar nodig", "Deelnamepercentage vso (1 oktober)", "3,1%", "2,7%"],
                        ["Duidelijkheid voor leerlingen", "Besluiten Commissie Toewijzing binnen termijn", "84%", "98%"],
                        ["Succesvolle loopbaan lwoo", "Leerlingen met lwoo die een diploma halen", "88%", "92%"],
                        ["Terugkeer waar mogelijk", "Leerlingen van vso naar vo per jaar", "14", "25"],
                        ["Tevreden scholen", "Waardering trajectbegeleiding (1-10)", "7,0", "8,0"]]))
    B.append(("p", "Het bureau verzamelt de gegevens per kwartaal uit het registratiesysteem en uit de DUO-"
                   "bestanden. Twee keer per jaar bespreekt het algemeen bestuur een voortgangsrapportage; de "
                   "ondersteuningsplanraad ontvangt deze ter informatie. In het jaarverslag rapporteren wij de "
                   "bereikte resultaten per indicator, met een toelichting op afwijkingen. Halverwege de "
                   "planperiode, in 2028, laten wij een onafhankelijke tussenevaluatie uitvoeren."))

    B.append(("h1", "10 Communicatie"))
    B.append(("p", "Het samenwerkingsverband communiceert vooral met de professionals in de scholen. "
                   "Ondersteuningscoördinatoren ontvangen maandelijks een nieuwsbrief en hebben toegang tot een "
                   "kennisbank met formulieren, handreikingen en contactgegevens. Voor directies is er een "
                   "kwartaalbericht. Informatie voor ouders en leerlingen over de ondersteuningsmogelijkheden "
                   "brengen wij onder in een publieksversie van dit plan, die na de vaststelling verschijnt."))

    B.append(("h1", "11 Organisatie en governance"))
    B += governance(c)
    B.append(("h1", "12 Gemeenten"))
    B += oogo_procedureel(c)
    B.append(("h1", "13 Personeel en ICT"))
    B += personeel_ict(c)
    B.append(("h1", "14 Planning"))
    B += planning_totstandkoming(c)
    B.append(("h2", "14.1 Beleidscyclus"))
    B += beleidscyclus(c)
    B.append(("h2", "14.2 Privacy en bedrijfsvoering"))
    B += privacy_uitgebreid(c)
    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B += begrippen([
        ["Dekkend aanbod", "Samenhangend geheel van voorzieningen, zodat voor iedere jongere een passende plek is."],
        ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke voorziening voor leerlingen die (tijdelijk) niet in een reguliere klas kunnen functioneren."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."],
        ["Verdeelmodel", "Regels voor de verdeling van de middelen over de besturen."]])
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B += afkortingen([["LWOO", "Leerwegondersteunend onderwijs"], ["PrO", "Praktijkonderwijs"],
                      ["VSO", "Voortgezet speciaal onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                      ["OPP", "Ontwikkelingsperspectief"], ["OPR", "Ondersteuningsplanraad"],
                      ["OOGO", "Op overeenstemming gericht overleg"], ["TLV", "Toelaatbaarheidsverklaring"],
                      ["OJSP", "Ouder- en jeugdsteunpunt"]])
    return c, B


LABEL_D = """documents: [vo-ijsselvecht-ondersteuningsplan.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Ch. 5: minimum for all 14 vestigingen incl. pro, content in table 5.1, biennial audit."
  plaatsing: "6.1 vso procedure (Commissie Toewijzing, two deskundigen, 6 weken), vso criteria, duur and categorie; 6.2 lwoo and 6.3 pro procedure and criteria. No bezwaar route."
  terugstroom: "6.4 'Einde van de TLV vso' gives steps, actors, January evaluation, 1 april new TLV, decision; the policy (aims, conditions, support after return) is deferred until the 2027 pilot evaluation. Table 9.1 counts vso->vo returns (monitoring)."
  financien: "Verdeling deferred to a new verdeelmodel in spring 2027 ('huidige afspraken' not described); meerjarenbegroting table 8.1 with amounts = besteding; reserves paragraph."
  dekkend-aanbod: "Ch. 7 only restates the legal duty and refers inventory, gap analysis, thuiszitters and zorgplicht to a not yet adopted 'Regiokaart'; OPDC/dekkend aanbod only in begrippenlijst; OOGO text is procedural."
  resultaten: "Ch. 9 'Doelen en kwaliteitszorg': table of beoogde resultaten with 2025 values and 2030 targets; quarterly data, half-yearly report, jaarverslag, tussenevaluatie 2028."
  ouders: "Ch. 10 'Communicatie' is about professionals only; parent information deferred to a publieksversie; OJSP only in begrippenlijst/afkortingen; no steunpunt, klachten or parent role described."
"""


# ============================================================================================
# Plan E  - PO Meerdal (html)
# ============================================================================================

def plan_e():
    c = dict(naam="Samenwerkingsverband Primair Passend Onderwijs Meerdal", code="PO 24-02",
             periode="2026-2030", periode_lang="1 augustus 2026 tot en met 31 juli 2030",
             artikel="18a WPO", gemeenten="Meerdal, Zandhoven en Oostervaart", besturen="zeven",
             scholen="52 basisscholen, twee sbo-scholen en drie so-locaties",
             bestuurder="drs. R. (Rachid) El Amrani", oogo_datum="24 februari 2026",
             kengetallen=[["Leerlingen basisonderwijs", "11.230", "11.190", "11.084"],
                          ["Leerlingen sbo", "301", "297", "288"],
                          ["Leerlingen so", "214", "220", "226"],
                          ["Scholen met een taalklas", "4", "4", "5"]],
             tijdlijn=[["november 2025", "Concept besproken met besturen"],
                       ["24 februari 2026", "OOGO"],
                       ["19 maart 2026", "Instemming OPR"],
                       ["1 april 2026", "Vaststelling algemeen bestuur"],
                       ["april 2026", "Toezending inspectie en publicatie op de website"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], f"Kenmerk {c['code']}",
                        "Webversie - hoofdstukken 1 tot en met 13"]))
    B.append(("toc", ["1 Voorwoord", "2 Over dit plan", "3 Basisondersteuning", "4 Onze regio",
                      "5 Toelaatbaarheid", "6 Terug naar de basisschool", "7 Thuiszitters en zorgplicht",
                      "8 Bekostiging en begroting", "9 Kwaliteitszorg en resultaten", "10 Ouders",
                      "11 Bestuur en medezeggenschap", "12 Gemeenten", "13 Personeel, ICT en planning",
                      "Begrippenlijst", "Afkortingen"]))
    B.append(("h1", "1 Voorwoord"))
    B += voorwoord(c)
    B.append(("h1", "2 Over dit plan"))
    B += leeswijzer(c)
    B.append(("h2", "Wat is er anders dan in het vorige plan"))
    B.append(("p", "Dit plan is korter dan het vorige. Wij hebben gekozen voor een webversie met hoofdstukken die "
                   "afzonderlijk te lezen zijn. Onderwerpen die vaak veranderen, zoals het reglement voor "
                   "toelaatbaarheid en het communicatieplan, zijn uit het plan gehaald en worden als losse "
                   "documenten door het bestuur vastgesteld. Zo kunnen wij die documenten bijwerken zonder het "
                   "hele plan te wijzigen. Ook hebben wij meer aandacht gegeven aan de terugkeer van kinderen naar "
                   "de basisschool en aan het voorkomen van thuiszitten, omdat de evaluatie van het vorige plan "
                   "liet zien dat daar de grootste knelpunten lagen. De hoofdstukken over bestuur, gemeenten en "
                   "personeel zijn grotendeels ongewijzigd overgenomen."))
    B.append(("h1", "3 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is een belangrijk begrip in passend onderwijs. Het niveau van de "
                   "basisondersteuning in Meerdal wordt in schooljaar 2026-2027 opnieuw bepaald, zodra de "
                   "landelijke norm basisondersteuning bekend is. Tot die tijd verwijzen wij naar de "
                   "schoolondersteuningsprofielen, die op de websites van de scholen te vinden zijn."))
    B.append(("h1", "4 Onze regio"))
    B += context_tabel(c)
    B += missie_visie(c)
    B.append(("h1", "5 Toelaatbaarheid"))
    B.append(("p", "De procedure, de criteria en de termijnen voor het aanvragen van een toelaatbaarheidsverklaring "
                   "voor het sbo of het so zijn opgenomen in het Reglement toelaatbaarheid Meerdal, dat het bestuur "
                   "afzonderlijk vaststelt. Het reglement staat op www.swvmeerdal.nl/tlv."))
    B.append(("h1", "6 Terug naar de basisschool"))
    B.append(("h2", "6.1 Ons beleid"))
    B.append(("p", "In Meerdal is een plek in het speciaal (basis)onderwijs bedoeld voor zolang als het nodig is, "
                   "en niet langer. Wij willen dat kinderen die dat kunnen, teruggaan naar een basisschool in hun "
                   "eigen wijk of dorp. Terugkeer is mogelijk wanneer het kind in de sbo- of so-groep zijn doelen "
                   "uit het OPP grotendeels heeft gehaald, wanneer de ouders en het kind er zelf achter staan en "
                   "wanneer een basisschool met een arrangement kan bieden wat het kind nodig heeft. Elk kind dat "
                   "terugkeert, krijgt gedurende een half jaar een terugkeerbudget van € 3.500, waarmee de "
                   "ontvangende school extra begeleiding inzet, en blijft in die periode bereikbaar voor de "
                   "ambulant begeleider van de sbo- of so-school."))
    B.append(("h2", "6.2 Zo gaat het in zijn werk"))
    B.append(("table", [["Moment", "Wat gebeurt er", "Wie"],
                        ["Elk jaar in november", "Bespreking OPP: is terugkeer in beeld?", "Sbo/so-school met ouders"],
                        ["Uiterlijk 1 februari", "Melding mogelijke terugkeer bij het samenwerkingsverband", "Sbo/so-school"],
                        ["Februari-april", "Zoeken ontvangende school, kennismaking, proefdagen", "Consulent SWV, ouders, scholen"],
                        ["Uiterlijk 15 mei", "Besluit over terugkeer en overdrachtsgesprek", "Directeur-bestuurder op advies consulent"],
                        ["Na 10 en na 20 weken", "Evaluatie van het terugkeerbudget", "Ontvangende school, consulent, ouders"]]))
    B.append(("p", "Wanneer terugkeer nog niet mogelijk is en de TLV afloopt, vraagt de so-school tijdig een nieuwe "
                   "TLV aan."))
    B.append(("h1", "7 Thuiszitters en zorgplicht"))
    B.append(("p", "Ieder kind hoort op school. Scholen melden een dreigende thuiszitter binnen vijf schooldagen bij "
                   "het samenwerkingsverband. De consulent organiseert binnen tien schooldagen een overleg met "
                   "ouders, school, leerplicht en het jeugdteam, en stelt met hen een plan op met een vaste "
                   "regisseur. Lukt het niet om binnen acht weken een plek te vinden, dan komt het kind op de "
                   "agenda van het regionale thuiszittersoverleg, waarin de wethouders en de directeur-bestuurder "
                   "zitting hebben en dat bindende afspraken maakt."))
    B.append(("p", "Daarnaast houden wij elk kwartaal bij hoeveel kinderen op een wachtlijst staan voor het so en "
                   "de taalklassen. Staan er meer dan vijf kinderen langer dan twee maanden op een wachtlijst, dan "
                   "bespreekt het bestuur met de betrokken besturen een tijdelijke uitbreiding. Zo is in 2025 een "
                   "extra so-groep gestart in Zandhoven. Een overzicht van de arrangementen en voorzieningen binnen "
                   "en tussen de scholen wordt opgenomen in de 'Aanbodkaart Meerdal', die in 2027 verschijnt."))
    B.append(("h1", "8 Bekostiging en begroting"))
    B.append(("h2", "8.1 Verdeling"))
    B.append(("p", "Na de afdrachten aan sbo en so, die DUO en het samenwerkingsverband volgens de wettelijke regels "
                   "verrekenen met peildatum 1 februari, wordt 80% van het resterende budget toegekend aan de "
                   "besturen, naar rato van het aantal leerlingen op 1 oktober van het voorafgaande jaar. De "
                   "overige 20% blijft centraal voor de consulenten, de terugkeerbudgetten en het bureau. Het "
                   "algemeen bestuur stelt de verdeling jaarlijks vast in de begroting in december; een wijziging "
                   "van de percentages vraagt instemming van de ondersteuningsplanraad."))
    B.append(("h2", "8.2 Meerjarenbegroting"))
    B.append(("table", [["(× € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuningsbudget (na inhouding so)", "7.140", "7.090", "7.030", "6.980"],
                        ["Afdracht sbo", "1.610", "1.600", "1.580", "1.560"],
                        ["Toekenning aan besturen (80%)", "4.424", "4.392", "4.360", "4.336"],
                        ["Consulenten en terugkeerbudgetten", "760", "770", "770", "770"],
                        ["Bureau en bestuur", "346", "328", "320", "314"],
                        ["Saldo", "0", "0", "0", "0"]]))
    B.append(("p", "De besturen verantwoorden in hun jaarverslag de besteding van het toegekende budget, volgens "
                   "een vast format dat het samenwerkingsverband aanlevert."))
    B.append(("h1", "9 Kwaliteitszorg en resultaten"))
    B.append(("p", "Het samenwerkingsverband volgt zijn resultaten met een monitor. Daarin staan het "
                   "deelnamepercentage sbo en so op 1 oktober, het aantal thuiszitters, het aantal "
                   "terugplaatsingen, de doorlooptijd van aanvragen en de tevredenheid van scholen en ouders. De "
                   "gegevens komen uit DUO, de leerplichtregistratie en het eigen dossiersysteem. De monitor wordt "
                   "twee keer per jaar besproken in het algemeen bestuur en met de ondersteuningsplanraad; in het "
                   "jaarverslag rapporteren wij de bereikte resultaten en lichten wij afwijkingen toe."))
    B.append(("table", [["Indicator", "2023", "2024", "2025"],
                        ["Deelnamepercentage sbo", "2,7%", "2,6%", "2,5%"],
                        ["Deelnamepercentage so", "1,9%", "1,9%", "2,0%"],
                        ["Thuiszitters (1 oktober)", "11", "8", "6"],
                        ["Terugplaatsingen naar de basisschool", "9", "12", "15"],
                        ["Tevredenheid ouders (1-10)", "6,9", "7,2", "7,3"]]))
    B.append(("p", "De beoogde resultaten en streefwaarden voor de periode 2026-2030 stelt het bestuur vast na de "
                   "nulmeting in het najaar van 2026."))
    B.append(("h1", "10 Ouders"))
    B.append(("p", "Ouders worden betrokken bij het opstellen en evalueren van het OPP van hun kind en zijn "
                   "welkom in het ondersteuningsteam. Hoe wij ouders informeren over het ondersteuningsaanbod, is "
                   "beschreven in ons communicatieplan, dat op de website staat."))
    B.append(("p", "Ouders die vragen hebben of het niet eens zijn met een besluit, kunnen terecht bij het "
                   "Steunpunt Ouders Meerdal. Dit steunpunt is onafhankelijk: het valt niet onder het bestuur van "
                   "het samenwerkingsverband of van de scholen. Medewerkers van het steunpunt luisteren, geven "
                   "advies en kunnen bemiddelen. Het steunpunt is bereikbaar via telefoon, e-mail en een wekelijks "
                   "inloopspreekuur. Ouders kunnen ook kosteloos een beroep doen op de Onderwijsconsulenten."))
    B.append(("h1", "11 Bestuur en medezeggenschap"))
    B += governance(c)
    B.append(("h1", "12 Gemeenten"))
    B += oogo_procedureel(c)
    B.append(("h1", "13 Personeel, ICT en planning"))
    B += personeel_ict(c)
    B.append(("h2", "Planning en totstandkoming"))
    B += planning_totstandkoming(c)
    B.append(("h2", "Jaarcyclus"))
    B += beleidscyclus(c)
    B.append(("h2", "Privacy en bedrijfsvoering"))
    B += privacy_uitgebreid(c)
    B.append(("h1", "Begrippenlijst"))
    B += begrippen([
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals een intern begeleider, een dyslexieprotocol en een aanpak voor gedrag."],
        ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een kind toelaatbaar is tot sbo of so, op advies van twee deskundigen."],
        ["Arrangement", "Tijdelijke extra ondersteuning voor een kind of groep."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
        ["Informatievoorziening", "De wijze waarop ouders worden geïnformeerd."]])
    B.append(("h1", "Afkortingen"))
    B += afkortingen(STD_AFK)
    return c, B


LABEL_E = """documents: [po-meerdal-ondersteuningsplan.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: [monitoring]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 only defers the level to 2026-2027 and refers to the schools' SOP websites; the only concrete content (IB'er, dyslexieprotocol) is in the begrippenlijst."
  plaatsing: "Ch. 5 refers procedure, criteria and termijnen to a separately adopted Reglement on the website; 'twee deskundigen' only in the begrippenlijst."
  terugstroom: "Ch. 6: policy (thuisnabij, conditions, terugkeerbudget EUR 3.500 for half a year) and a step table (November OPP, 1 februari melding, 15 mei besluit, evaluations); returns per year in the ch. 9 table."
  financien: "Ch. 8 'Bekostiging en begroting': 80/20 verdeling by leerlingaantal 1 oktober, decided in December; meerjarenbegroting table; besturen account in jaarverslag."
  dekkend-aanbod: "Ch. 7 handles gaps (thuiszitters escalation, wachtlijst monitoring, extra so-group); the overview of arrangementen and voorzieningen (continuum) is deferred to the 2027 Aanbodkaart."
  resultaten: "Ch. 9 describes the monitor (indicators, sources, twice a year, jaarverslag) with achieved figures; beoogde resultaten/streefwaarden deferred to after the autumn 2026 nulmeting."
  ouders: "Ch. 10: independent Steunpunt Ouders Meerdal and Onderwijsconsulenten; how parents are informed is only referred to a communicatieplan on the website; OPP involvement = betrokkenheid."
"""


# ============================================================================================
# F - near miss: schoolondersteuningsprofiel of one basisschool (docx)
# ============================================================================================

def near_miss_f():
    B = []
    B.append(("title", ["Schoolondersteuningsprofiel 2025-2026", "OBS De Vlonder, Waardenburg",
                        "Onderdeel van de schoolgids", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs De Waard (PO 28-07)"]))
    B.append(("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Vlonder", "4 Extra ondersteuning",
                      "5 De ondersteuningsroute in onze school", "6 Verwijzing naar sbo of so", "7 Ouders",
                      "8 Ambities en grenzen", "9 Financiën van de ondersteuning", "Begrippen"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "In dit schoolondersteuningsprofiel (SOP) beschrijft OBS De Vlonder welke ondersteuning wij "
                   "bieden aan onze leerlingen. Iedere school in Nederland is verplicht een dergelijk profiel op te "
                   "stellen. Het profiel is vastgesteld door de directie, na advies van de medezeggenschapsraad, en "
                   "wordt elk jaar bijgewerkt. Het samenwerkingsverband De Waard gebruikt de profielen van alle "
                   "scholen om te bepalen of er in de regio een dekkend aanbod is; dat is de taak van het "
                   "samenwerkingsverband en staat in zijn ondersteuningsplan, niet in dit document."))
    B.append(("h1", "2 Onze school"))
    B.append(("p", "OBS De Vlonder is een openbare basisschool met 214 leerlingen in negen groepen. De school staat "
                   "in een nieuwbouwwijk aan de rand van Waardenburg. Ongeveer een kwart van de leerlingen spreekt "
                   "thuis naast Nederlands een andere taal. Het team bestaat uit veertien leerkrachten, een intern "
                   "begeleider (0,6 fte), twee onderwijsassistenten en een directeur. De school werkt met het "
                   "concept van de Vreedzame School en besteedt veel aandacht aan taal en lezen."))
    B.append(("table", [["Gegeven", "2023-2024", "2024-2025", "2025-2026"],
                        ["Aantal leerlingen", "205", "209", "214"],
                        ["Leerlingen met een OPP", "6", "8", "7"],
                        ["Leerlingen met een arrangement", "11", "9", "12"],
                        ["Verwijzingen naar sbo of so", "2", "1", "2"]]))
    B.append(("h1", "3 Basisondersteuning op De Vlonder"))
    B.append(("p", "De basisondersteuning is de ondersteuning die alle scholen in het samenwerkingsverband bieden. "
                   "Op De Vlonder betekent dat concreet:"))
    B.append(("ul", ["twee keer per jaar toetsen met het leerlingvolgsysteem en bespreking in groeps- en leerlingbesprekingen;",
                     "een intern begeleider die leerkrachten en ouders adviseert;",
                     "werken volgens het protocol leesproblemen en dyslexie en het protocol ERWD;",
                     "de Vreedzame School als programma voor sociale veiligheid;",
                     "een plusgroep binnen de school voor kinderen die meer aankunnen;",
                     "extra taalonderwijs in kleine groepjes voor kinderen met een taalachterstand;",
                     "een ondersteuningsteam met de consulent van het samenwerkingsverband en de schoolmaatschappelijk werker."]))
    B.append(("h1", "4 Extra ondersteuning"))
    B.append(("p", "Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. "
                   "Wij hebben ervaring met kinderen met ADHD, kinderen met een vorm van autisme die goed "
                   "functioneren in een rustige groep, en kinderen met een lichte motorische beperking. De school "
                   "heeft een onderwijsassistent die onder leiding van de leerkracht korte trajecten verzorgt. Voor "
                   "specialistische begeleiding vraagt de school een arrangement aan bij het samenwerkingsverband."))
    B.append(("h1", "5 De ondersteuningsroute in onze school"))
    B.append(("ul", ["Stap 1: de leerkracht signaleert en bespreekt dit met de ouders.",
                     "Stap 2: de leerkracht bespreekt het kind in de groepsbespreking met de IB'er.",
                     "Stap 3: het kind wordt, met toestemming van de ouders, besproken in het ondersteuningsteam.",
                     "Stap 4: er wordt een arrangement ingezet of een OPP opgesteld.",
                     "Stap 5: als de school niet kan bieden wat het kind nodig heeft, wordt samen met de ouders gekeken naar een andere school."]))
    B.append(("h1", "6 Verwijzing naar sbo of so"))
    B.append(("p", "Soms heeft een kind meer nodig dan onze school kan bieden. Dan vraagt ons bestuur bij het "
                   "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan voor het speciaal basisonderwijs of "
                   "het speciaal onderwijs. Hoe die procedure verloopt en welke criteria het samenwerkingsverband "
                   "hanteert, staat in het ondersteuningsplan van De Waard. De IB'er begeleidt ouders in dit traject. "
                   "Kinderen die vanuit het sbo of so terugkeren naar onze school, worden warm ontvangen; de IB'er "
                   "maakt dan afspraken met de school van herkomst."))
    B.append(("h1", "7 Ouders"))
    B.append(("p", "Ouders zijn voor ons belangrijke partners. Wij informeren ouders via de schoolgids, de "
                   "ouderapp en de jaarlijkse informatieavond over de ondersteuning op school. Bij zorgen over hun "
                   "kind is de leerkracht het eerste aanspreekpunt, daarna de IB'er. Ouders die het niet eens zijn "
                   "met de school, kunnen terecht bij de vertrouwenspersoon van ons bestuur, bij het ouder- en "
                   "jeugdsteunpunt van het samenwerkingsverband of bij de Onderwijsconsulenten."))
    B.append(("h1", "8 Ambities en grenzen"))
    B.append(("p", "De komende twee jaar willen wij de expertise op het gebied van gedrag versterken. Twee "
                   "leerkrachten volgen de opleiding gedragsspecialist. Onze grenzen liggen bij kinderen die "
                   "intensieve medische zorg nodig hebben gedurende de hele dag en bij kinderen met ernstige "
                   "gedragsproblemen die de veiligheid van andere kinderen in gevaar brengen. Ons gebouw heeft geen "
                   "lift, waardoor kinderen in een rolstoel de bovenverdieping niet kunnen bereiken."))
    B.append(("p", "Met onze resultaten zijn wij tevreden: de eindtoetsscores liggen al drie jaar boven de "
                   "signaleringswaarde van de inspectie, en de ouders waarderen de begeleiding met een 7,8."))
    B.append(("h1", "9 Financiën van de ondersteuning"))
    B.append(("p", "De school ontvangt van het bestuur een deel van het schoolbudget dat het samenwerkingsverband "
                   "aan het bestuur toekent. In 2025-2026 is dat € 41.000. Daarvan betalen wij de "
                   "onderwijsassistenten voor de arrangementen (€ 33.000) en scholing (€ 8.000)."))
    B.append(("h1", "Begrippen"))
    B += begrippen([["SOP", "Schoolondersteuningsprofiel"], ["Ondersteuningsplan", "Plan van het samenwerkingsverband waarin onder meer de toelaatbaarheid en de verdeling van middelen zijn geregeld."],
                    ["TLV", "Toelaatbaarheidsverklaring"]])
    return B


LABEL_F = """documents: [obs-de-vlonder-schoolondersteuningsprofiel.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel of one basisschool (OBS De Vlonder), part of the schoolgids; it mentions the SWV, basisondersteuning, TLV, ouder- en jeugdsteunpunt and a school budget, but describes one school's support and explicitly refers to the SWV's ondersteuningsplan for the SWV-level matters; no planperiode, OPR consent or OOGO of a verband."
"""


def main():
    jobs = [
        ("po-dewaard-ondersteuningsplan.docx", plan_a, LABEL_A, "po-dewaard-ondersteuningsplan"),
        ("po-kempenland-oost-op.docx", plan_b, LABEL_B, "po-kempenland-oost-op"),
        ("po-lingestroom-ondersteuningsplan.pdf", plan_c, LABEL_C, "po-lingestroom-ondersteuningsplan"),
        ("vo-ijsselvecht-ondersteuningsplan.pdf", plan_d, LABEL_D, "vo-ijsselvecht-ondersteuningsplan"),
        ("po-meerdal-ondersteuningsplan.html", plan_e, LABEL_E, "po-meerdal-ondersteuningsplan"),
    ]
    for fname, fn, label, stem in jobs:
        c, blocks = fn()
        header = f"Ondersteuningsplan {c['periode']} | {c['naam']}"
        footer = f"{c['code']} | basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - resultaten - ouders"
        path = OUT / fname
        if fname.endswith(".docx"):
            render_docx(blocks, path, header, footer)
        elif fname.endswith(".pdf"):
            render_pdf(blocks, path, header, footer)
        else:
            render_html(blocks, path, header, footer)
        (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")
        print(f"{fname}: {word_count(blocks)} words")
    blocks = near_miss_f()
    render_docx(blocks, OUT / "obs-de-vlonder-schoolondersteuningsprofiel.docx",
                "OBS De Vlonder - Schoolondersteuningsprofiel 2025-2026", "Schoolgids bijlage 2")
    (OUT / "obs-de-vlonder-schoolondersteuningsprofiel.expected.yaml").write_text(LABEL_F, encoding="utf-8")
    print(f"obs-de-vlonder-schoolondersteuningsprofiel.docx: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
