#!/usr/bin/env python3
"""Generate the holdout261 test set: five fictional ondersteuningsplannen (mostly VO, one PO) and one
near-miss document, plus their expected labels. Deterministic, no network.

Output goes to the parent folder of this script's folder. PDFs are rendered from .docx with
LibreOffice (soffice --headless) in a private temporary directory.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------------
# Mini document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[header...], [row...], ...]) ("toc", [entries]) ("pagebreak", None)
# --------------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = "holdout261"
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_html(blocks, path, title, nav_html="", footer_html=""):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav{background:#eef;padding:.5em}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:.2em .5em}footer{color:#666;font-size:small}</style>",
           "</head>", "<body>", "<header><p>Samenwerkingsverband VO Duin en Polder &middot; "
           "Ondersteuningsplan 2025&ndash;2029 &middot; webversie</p></header>"]
    if nav_html:
        out.append(nav_html)
    out.append("<main>")
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(val)}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append("<section id=\"inhoud\"><h2>Inhoud</h2><ol>"
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></section>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for row in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out.append("</main>")
    if footer_html:
        out.append(f"<footer>{footer_html}</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, tmpdir, header_text=None, footer_text=None):
    stem = pdf_path.stem
    tmp_docx = Path(tmpdir) / f"{stem}.docx"
    render_docx(blocks, tmp_docx, header_text, footer_text)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmpdir}/lo_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(tmp_docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(Path(tmpdir) / f"{stem}.pdf", pdf_path)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "ul" or kind == "toc":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


# --------------------------------------------------------------------------------------------------
# Shared filler (element-neutral prose real plans contain). Parameters keep it plan specific.
# Every filler paragraph is written so that it does NOT address any core or advisory criterion.
# --------------------------------------------------------------------------------------------------


def filler_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014, en het eerste dat is geschreven in een periode waarin de "
              f"landelijke verbeteraanpak passend onderwijs zijn beslag krijgt. In de afgelopen jaren hebben de "
              f"{c['n_besturen']} aangesloten schoolbesturen, de scholen, de gemeenten in {c['regio']} en niet in "
              f"de laatste plaats de ondersteuningsplanraad veel werk verzet. Dit plan bouwt daarop voort. Het is "
              f"geen handboek, maar een gezamenlijk kader: het beschrijft wat we met elkaar hebben afgesproken en "
              f"waar we de komende vier schooljaren naartoe willen."),
        ("p", "Een ondersteuningsplan schrijf je niet achter een bureau. In het voorjaar van 2024 hebben we "
              "gesprekken gevoerd met schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders en "
              "ketenpartners. Die gesprekken leverden veel op: waardering voor wat er al staat, maar ook eerlijke "
              "kritiek. Scholen vroegen om minder papier en meer vertrouwen; ketenpartners vroegen om snellere "
              "lijnen. We hebben geprobeerd die geluiden een plek te geven, in de toon van dit plan en in de keuzes "
              "die we maken. Waar dat nog niet gelukt is, zeggen we dat eerlijk."),
        ("p", f"Ik dank iedereen die heeft meegedacht, meegeschreven en meegelezen. Passend onderwijs is geen "
              f"project met een einddatum; het is een manier van werken die elke dag opnieuw vorm krijgt in de "
              f"klas. Dat wij als samenwerkingsverband daarbij dienstbaar zijn aan de scholen, is voor mij het "
              f"belangrijkste uitgangspunt van dit plan.\n\n{c['bestuurder']}, directeur-bestuurder"),
    ]


def filler_context(c):
    return [
        ("h1", "Het samenwerkingsverband in vogelvlucht"),
        ("p", f"{c['swv']} (registratienummer {c['code']}) is een stichting waarin {c['n_besturen']} schoolbesturen "
              f"samenwerken. Het verband omvat {c['n_scholen']} {c['scholen_omschrijving']} in de gemeenten "
              f"{c['gemeenten']}. In totaal gaan er op de teldatum van 1 oktober 2024 ongeveer {c['n_lln']} "
              f"leerlingen naar school in ons gebied. Het werkgebied is divers: stedelijke wijken met een "
              f"jonge bevolking wisselen af met dorpen waar het leerlingenaantal terugloopt."),
        ("p", "De demografische ontwikkeling is voor het verband van belang. De prognoses van de gemeenten laten "
              "zien dat het aantal leerlingen in de oostelijke kernen de komende jaren licht daalt, terwijl in de "
              "nieuwbouwwijken juist groei wordt verwacht. Dat heeft gevolgen voor de huisvesting van scholen en "
              "voor de reisafstanden van leerlingen. Het samenwerkingsverband is geen huisvester en geen "
              "vervoerder, maar volgt deze ontwikkelingen omdat ze raken aan de vraag waar leerlingen naar school "
              "kunnen."),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {c['vestiging']}. Er werken circa "
              f"{c['fte']} fte aan medewerkers: de directeur-bestuurder, beleidsmedewerkers, een controller, "
              f"secretariële ondersteuning en een team van consulenten en orthopedagogen. Het bureau is op "
              f"werkdagen bereikbaar en heeft een eigen ruimte voor overleggen met scholen en partners."),
    ]


def filler_visie(c, ambitieus=True):
    blocks = [
        ("h1", "Visie en missie"),
        ("h2", "Onze missie"),
        ("p", f"{c['swv']} zorgt er samen met de aangesloten besturen voor dat iedere jongere in de regio de "
              "ruimte krijgt om zich te ontwikkelen. Wij doen dat door scholen te versterken, door verbindingen te "
              "leggen tussen onderwijs en zorg, en door de middelen die ons zijn toevertrouwd zorgvuldig in te "
              "zetten. De school staat daarbij centraal: daar vindt het onderwijs plaats, daar kennen ze de "
              "leerling."),
        ("h2", "Onze visie"),
        ("p", "Wij geloven dat jongeren het meest leren in een omgeving waar zij gezien worden. Passend onderwijs "
              "gaat voor ons niet in de eerste plaats over etiketten of procedures, maar over de dagelijkse "
              "ontmoeting tussen een docent en een leerling. Ouders, leerlingen en professionals zijn daarin "
              "gelijkwaardige gesprekspartners. Een arrangement, een toelaatbaarheidsverklaring of een bedrag op "
              "een begroting is nooit een doel op zich, maar altijd een middel."),
        ("p", "Vier waarden geven richting aan ons handelen: vertrouwen, eigenaarschap, nabijheid en "
              "eenvoud. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen. Eigenaarschap "
              "betekent dat besturen samen verantwoordelijk zijn voor alle jongeren in de regio, niet alleen voor "
              "de eigen leerlingen. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de leerling wordt "
              "georganiseerd. Eenvoud betekent dat we regels en formulieren beperken tot wat echt nodig is."),
    ]
    if ambitieus:
        blocks.append(("p", "Deze waarden zijn niet nieuw. Ze stonden ook in het vorige plan. Wat wel nieuw is, is "
                            "dat we ze in dit plan willen vertalen naar keuzes die zichtbaar zijn voor scholen en "
                            "voor de buitenwereld. Daarom is dit plan opgebouwd uit een deel Ambities en een deel "
                            "Uitvoering."))
    return blocks


def filler_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['swv']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het intern "
              "toezicht ligt bij een raad van toezicht van vijf leden, van wie er drie op voordracht van de "
              "aangesloten besturen en twee onafhankelijk worden benoemd. De algemene vergadering van "
              "aangesloten schoolbesturen komt minimaal drie keer per jaar bijeen en heeft de bevoegdheid de "
              "statuten te wijzigen en de leden van de raad van toezicht te benoemen."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het "
              "toezichtskader. De raad van toezicht hanteert de Code Goed Bestuur in het voortgezet onderwijs "
              "respectievelijk de code van de PO-Raad als referentie en evalueert jaarlijks het eigen functioneren. "
              "Een auditcommissie en een remuneratiecommissie bereiden besluiten van de raad voor."),
        ("p", "Naast de formele gremia kent het verband een aantal overleggen: het directeurenoverleg, het netwerk "
              "ondersteuningscoördinatoren en de klankbordgroep beleid. Deze overleggen hebben geen "
              "besluitvormende bevoegdheden, maar zijn belangrijk voor het draagvlak van beleid. De statuten "
              "bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen en de stichting."),
    ]


def filler_opr(c):
    return [
        ("h1", "Medezeggenschap"),
        ("p", f"Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een eigen "
              "medezeggenschapsraad voor het personeel van het bureau. De OPR heeft instemmingsrecht op de "
              "vaststelling en op iedere wijziging van het ondersteuningsplan. De raad heeft met het concept van "
              f"dit plan ingestemd in de vergadering van {c['opr_datum']}."),
        ("p", "De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij een deel van de vergadering "
              "aanwezig. De raad beschikt over een eigen budget voor scholing en ondersteuning en kan zich laten "
              "adviseren door externe deskundigen. Het reglement van de OPR is vastgesteld door het bestuur na "
              "instemming van de raad zelf."),
    ]


def filler_oogo(c, inhoudelijk=True):
    blocks = [
        ("h1", "Overleg met gemeenten en aangrenzende verbanden"),
        ("p", f"Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht overleg "
              f"(OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO is afgerond "
              "zonder dat een geschil is ontstaan. Het verslag van het overleg is bij het bestuur bekend. Daarnaast "
              f"is het concept voorgelegd aan {c['ander_swv']}, waarvan het werkgebied het onze overlapt."),
    ]
    if inhoudelijk:
        blocks.append(("p", "In het OOGO hebben we met de gemeenten afgesproken elkaar twee keer per jaar te "
                            "spreken over de aansluiting tussen onderwijs en jeugdhulp. Jeugdhulp in de school, "
                            "onderwijs-zorgarrangementen en het leerlingenvervoer zijn vaste agendapunten. "
                            "Gemeenten zetten een jeugdhulpverlener in op elke vo-school "
                            "voor twee dagen per week."))
    return blocks


def filler_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen in de school. De arbeidsmarkt in het onderwijs is "
              "krap; ook in onze regio zijn vacatures voor docenten, orthopedagogen en ondersteuningscoördinatoren "
              "lastig te vervullen. Het samenwerkingsverband is geen werkgever van het personeel in de scholen, "
              "maar draagt bij aan de deskundigheid van dat personeel."),
        ("p", "Jaarlijks biedt het bureau een professionaliseringsaanbod aan: netwerkbijeenkomsten, "
              "intervisie voor ondersteuningscoördinatoren, een leergang voor mentoren en thematische "
              "studiemiddagen. Onderwerpen in de afgelopen jaren waren onder meer het omgaan met angst en "
              "somberheid, executieve functies en het voeren van moeilijke gesprekken. Deelname is vrijwillig en "
              "kosteloos. De bijeenkomsten worden hoog gewaardeerd, maar bereiken nog te weinig docenten."),
        ("p", "Voor het eigen bureau geldt dat we werken met een compacte formatie. Medewerkers hebben een "
              "persoonlijk ontwikkelplan en een jaargesprek met de directeur-bestuurder. Het bureau kent een "
              "laag ziekteverzuim. Bij vervanging maken we gebruik van inhuur via een raamovereenkomst."),
    ]


def filler_privacy(c):
    return [
        ("h1", "Privacy, ICT en gegevensbeheer"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid. Dat gebeurt op basis van de wettelijke taak en volgens de Algemene verordening "
              "gegevensbescherming (AVG). Het verband heeft een functionaris gegevensbescherming aangesteld die "
              "wordt gedeeld met twee andere verbanden in de regio."),
        ("p", "Dossiers worden digitaal aangeleverd via een beveiligde omgeving. Medewerkers hebben alleen "
              "toegang tot de gegevens die zij voor hun taak nodig hebben. Gegevens worden niet langer bewaard dan "
              "noodzakelijk; voor de meeste dossiers geldt een bewaartermijn van drie jaar na het laatste "
              "besluit. Het privacyreglement is op te vragen bij het bureau."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. Doel is dat scholen minder vaak "
              "dezelfde gegevens hoeven in te voeren en dat het bureau betere managementinformatie kan "
              "genereren. De aanbesteding loopt; de implementatie staat gepland voor het schooljaar 2026-2027."),
    ]


def filler_planning(c):
    return [
        ("h1", "Vaststelling en planning"),
        ("p", f"Dit plan is opgesteld in de periode september 2024 tot en met februari 2025. Na het OOGO en "
              f"de instemming van de OPR is het plan vastgesteld door de directeur-bestuurder, na goedkeuring "
              f"door de raad van toezicht. Het plan wordt vóór 1 mei 2025 toegezonden aan de Inspectie van het "
              f"Onderwijs. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029."),
        ("table", [["Moment", "Activiteit"],
                   ["september 2024", "start schrijfproces, gesprekken met scholen"],
                   ["december 2024", "eerste concept naar directeurenoverleg"],
                   ["januari 2025", "concept naar gemeenten (OOGO) en naar de OPR"],
                   [c["opr_datum"], "instemming OPR"],
                   ["maart 2025", "vaststelling na goedkeuring raad van toezicht"],
                   ["april 2025", "toezending aan de Inspectie"]]),
        ("p", "Tussentijdse wijzigingen van het plan worden aan de OPR ter instemming voorgelegd. Jaarlijks "
              "stellen we een jaarplan op dat aansluit bij dit plan."),
    ]


def filler_landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode van veel landelijke beweging. Na de eindevaluatie van passend "
              "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met een groot aantal maatregelen. "
              "Een deel daarvan is inmiddels uitgevoerd, een deel is nog in voorbereiding. Er liggen voorstellen "
              "en afspraken over de positie van ouders en leerlingen, over een landelijke norm voor de "
              "basisondersteuning en over de financiële positie van samenwerkingsverbanden. Ook het perspectief "
              "van inclusiever onderwijs in 2035 krijgt langzaam vorm."),
        ("p", "Wij volgen deze ontwikkelingen op de voet. Waar nieuwe wetgeving of landelijke afspraken dat "
              "nodig maken, passen we dit plan tussentijds aan, altijd met instemming van de "
              "ondersteuningsplanraad. We willen daarbij niet vooruitlopen op besluiten die nog niet genomen "
              "zijn: een plan dat steeds moet worden herschreven, geeft scholen geen houvast."),
        ("p", "Daarnaast spelen ontwikkelingen die niet specifiek over passend onderwijs gaan, maar er wel "
              "grote invloed op hebben. Het lerarentekort treft vooral scholen in de stedelijke wijken. De "
              "wachttijden in de jeugd-ggz zijn lang. De kansengelijkheid tussen leerlingen staat onder druk. "
              "Het samenwerkingsverband kan deze vraagstukken niet alleen oplossen, maar wil er wel een "
              "constructieve partner in zijn. Via de sectorraad en het landelijk netwerk van "
              "directeuren-bestuurders leren we van de aanpak in andere regio's."),
    ]


def filler_totstandkoming(c):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", f"In maart 2024 heeft het bestuur een schrijfgroep ingesteld met twee directeuren, twee "
              f"ondersteuningscoördinatoren, een beleidsmedewerker van het bureau en een lid van de OPR als "
              f"toehoorder. De schrijfgroep kwam elf keer bijeen. In mei 2024 organiseerden we een "
              f"werkconferentie in {c['vestiging']} met ruim honderd deelnemers uit scholen, gemeenten en "
              f"jeugdhulp. De opbrengst van die dag is verwerkt in de hoofdlijnen van dit plan."),
        ("p", "Daarnaast hebben we alle schoolleiders een korte vragenlijst gestuurd over de samenwerking met "
              "het bureau. De respons was 78 procent. Scholen waarderen de bereikbaarheid van het bureau, maar "
              "vinden de administratieve last nog te hoog en willen eerder betrokken worden bij nieuwe "
              "beleidsvoornemens. Dat laatste hebben we ter harte genomen: de conceptteksten van dit plan zijn "
              "in drie rondes aan de directeuren voorgelegd."),
        ("p", "De eerste versie van dit plan was beduidend langer. Op verzoek van de besturen hebben we de tekst "
              "ingekort en procedurele details zoveel mogelijk uit de hoofdtekst gehaald. Dat maakt het plan "
              "leesbaarder, maar betekent ook dat sommige onderwerpen op hoofdlijnen zijn beschreven. In de "
              "jaarplannen werken we de uitvoering verder uit."),
    ]


def filler_bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", f"Het bureau is gehuisvest in een gehuurd kantoorpand in {c['vestiging']}, goed bereikbaar met "
              "het openbaar vervoer. Het huurcontract loopt tot 2028. Medewerkers werken deels op kantoor en "
              "deels op de scholen; thuiswerken is mogelijk volgens de regeling hybride werken. Het pand beschikt "
              "over twee spreekkamers en een vergaderzaal die ook door scholen kan worden gebruikt."),
        ("p", "Inkoop vindt plaats volgens het inkoopbeleid van de stichting. Opdrachten boven de Europese "
              "drempelwaarde worden aanbesteed. Bij de keuze van leveranciers wegen we naast prijs en kwaliteit "
              "ook duurzaamheid en toegankelijkheid mee. Het bureau werkt zoveel mogelijk papierloos; het "
              "archief is gedigitaliseerd en wordt beheerd volgens de archiefwet."),
        ("p", "De administratie is ondergebracht bij een extern administratiekantoor dat voor meer "
              "samenwerkingsverbanden werkt. Daarmee is de continuïteit geborgd, ook bij ziekte of vertrek "
              "van medewerkers. Voor de ICT maakt het bureau gebruik van een cloudomgeving met "
              "tweestapsverificatie."),
    ]


def filler_communicatie_scholen(c):
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het bureau informeert scholen via een digitale nieuwsbrief die vijf keer per jaar verschijnt, "
              "via een besloten deel van de website met formulieren en handreikingen, en via de netwerken van "
              "ondersteuningscoördinatoren en directeuren. Schoolbesturen ontvangen na elke vergadering van de "
              "algemene vergadering een besluitenlijst. Voor gemeenten en ketenpartners is er een jaarlijkse "
              "regiobijeenkomst. Wie een vraag heeft voor het bureau, krijgt binnen twee werkdagen antwoord."),
    ]



def filler_leeswijzer(c):
    return [
        ("h1", "Leeswijzer"),
        ("p", "Dit plan is geschreven voor iedereen die bij passend onderwijs in onze regio betrokken is: "
              "schoolleiders, ondersteuningscoördinatoren, leraren, bestuurders, gemeenten, ketenpartners en "
              "ouders. De hoofdstukken kunnen los van elkaar worden gelezen. Waar een onderwerp in meer dan één "
              "hoofdstuk terugkomt, verwijzen we naar elkaar. Onderwerpen als toelaatbaarheid, terugplaatsing, "
              "middelen, resultaten en de informatie aan ouders komen in verschillende delen aan bod. "
              "Afkortingen en vaktermen staan in de begrippenlijst achterin."),
    ]


def filler_overlegstructuur(c):
    return [
        ("h1", "Overlegstructuur en jaarcyclus"),
        ("p", "Het bestuurlijk jaar van het samenwerkingsverband volgt het schooljaar. In september vindt de "
              "startbijeenkomst plaats voor directeuren en ondersteuningscoördinatoren. Het directeurenoverleg "
              "komt zes keer per jaar bijeen, steeds ongeveer drie weken voor de algemene vergadering, zodat "
              "voorstellen tijdig kunnen worden besproken. De raad van toezicht vergadert vijf keer per jaar "
              "en voert eens per jaar een gesprek met de ondersteuningsplanraad zonder dat de "
              "directeur-bestuurder daarbij aanwezig is."),
        ("p", "Naast deze vaste overleggen zijn er werkgroepen die voor een bepaalde tijd worden ingesteld. Een "
              "werkgroep krijgt een schriftelijke opdracht met een einddatum en rapporteert aan het "
              "directeurenoverleg. In de afgelopen planperiode waren er werkgroepen over de digitale "
              "dossiervorming, over de samenwerking met de kinderopvang en over de professionalisering van "
              "mentoren. Werkgroepen bestaan bij voorkeur uit mensen uit de scholen, zodat de kennis uit de "
              "praktijk direct wordt benut."),
        ("p", "Het bureau stelt jaarlijks een vergaderkalender op die vóór de zomervakantie aan alle betrokkenen "
              "wordt toegestuurd. Vergaderstukken worden uiterlijk tien dagen voor een vergadering digitaal "
              "verspreid. Besluitenlijsten worden binnen een week gepubliceerd op het besloten deel van de "
              "website."),
    ]


# --------------------------------------------------------------------------------------------------
# Plan A  (VO, .docx)  Lingedelta
# --------------------------------------------------------------------------------------------------

A = dict(swv="Samenwerkingsverband VO Lingedelta", code="VO 30-07", periode="2025-2029", n_besturen="elf",
         regio="de Lingedelta", n_scholen="27", scholen_omschrijving="vestigingen voor vmbo, havo, vwo, "
         "praktijkonderwijs en vso", gemeenten="Geldermalsen-Oost, Lingewaard-Zuid, Deltadorp en Arkelstede",
         n_lln="18.400", vestiging="Arkelstede", fte="14", bestuurder="drs. M. (Marloes) van Ooijen",
         opr_datum="4 februari 2025", oogo_datum="21 januari 2025",
         ander_swv="het Samenwerkingsverband PO Lingedelta")


def plan_a():
    c = A
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{c['swv']} ({c['code']}) — 'Samen sterk in de Delta'. Vastgesteld maart 2025."),
         ("toc", ["Voorwoord", "Leeswijzer", "1 Het samenwerkingsverband in vogelvlucht",
                  "DEEL A — AMBITIES", "2 Visie en missie", "3 Ambities 2025-2029",
                  "   3.1 Eén ondergrens voor alle vestigingen", "   3.2 Een sluitend netwerk",
                  "   3.3 Beoogde resultaten", "   3.4 Monitoring en verantwoording van resultaten",
                  "DEEL B — UITVOERING", "4 Basisondersteuning in de praktijk",
                  "5 Extra ondersteuning en arrangementen", "6 Dekkend netwerk en thuiszitters",
                  "7 Toelaatbaarheid vso, lwoo en pro (incl. terugplaatsing)", "8 Geld en middelen",
                  "9 Communicatie", "10 Organisatie en governance", "11 Medezeggenschap",
                  "12 Overleg met gemeenten", "13 Personeel en professionalisering", "14 Privacy en ICT",
                  "15 Vaststelling en planning", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Ouder- en jeugdsteunpunt (volgt)"]),
         ("pagebreak", None)]
    b += filler_voorwoord(c)
    b += [("h1", "Leeswijzer"),
          ("p", "Het plan bestaat uit twee delen. In deel A, Ambities, beschrijven we waar we over vier jaar "
                "willen staan. In deel B, Uitvoering, beschrijven we hoe de ondersteuning nu is ingericht: de "
                "basisondersteuning, de arrangementen, de toelaatbaarheid, de middelen en de informatie aan "
                "ouders. Wie snel wil weten wat er voor een individuele leerling mogelijk is, kan direct naar deel "
                "B. De begrippenlijst achterin verklaart de afkortingen die in dit plan worden gebruikt.")]
    b += filler_context(c)
    b += [("pagebreak", None), ("h1", "DEEL A — AMBITIES")]
    b += filler_visie(c)
    b += [("h1", "Ambities 2025-2029"),
          ("p", "In de evaluatie van het vorige plan kwamen drie thema's steeds terug: de verschillen tussen "
                "scholen in wat zij zelf aan ondersteuning bieden, het ontbreken van een passende plek voor een "
                "kleine groep jongeren, en het gebrek aan zicht op wat alle inspanningen opleveren. Onze ambities "
                "sluiten daarop aan."),
          ("h2", "3.1 Eén ondergrens voor alle vestigingen"),
          ("p", "Met ingang van 1 augustus 2025 geldt in de Lingedelta één gezamenlijke ondergrens voor de "
                "ondersteuning die iedere vestiging biedt, van de kleinste vmbo-locatie tot het grootste "
                "gymnasium. Die ondergrens noemen we de basisondersteuning. Alle elf besturen hebben zich eraan "
                "verbonden; een vestiging die er (nog) niet aan voldoet, maakt met het bestuur een verbeterplan. "
                "Wat de basisondersteuning concreet inhoudt, staat in hoofdstuk 4. Ambitie is dat in 2027 elke "
                "vestiging bij de interne audit aantoonbaar aan de ondergrens voldoet."),
          ("h2", "3.2 Een sluitend netwerk"),
          ("p", "Wij willen dat geen enkele jongere in de regio zonder passend onderwijs thuis zit omdat er geen "
                "plek is. Dat vraagt om aanvullende voorzieningen voor jongeren die tussen wal en schip vallen, "
                "zoals leerlingen met een combinatie van psychiatrische problematiek en een hoog "
                "ontwikkelingsperspectief. De uitvoering staat in hoofdstuk 6."),
          ("h2", "3.3 Beoogde resultaten"),
          ("p", "Voor jongeren die extra ondersteuning nodig hebben, willen we aan het eind van de planperiode de "
                "volgende resultaten hebben bereikt:"),
          ("table", [["Beoogd resultaat", "Streefwaarde 2029"],
                     ["Jongeren die langer dan vier weken zonder onderwijs thuis zitten", "ten hoogste 12"],
                     ["Leerlingen met een arrangement die het schooljaar op de eigen school afronden", "90%"],
                     ["Leerlingen van de OPDC-voorziening die binnen een jaar terug zijn in een reguliere klas",
                      "75%"],
                     ["Vso-leerlingen met een diploma of erkend certificaat bij uitstroom", "55%"],
                     ["Wachttijd tot start van een bovenschools arrangement", "max. 4 weken"]]),
          ("p", "Naast deze cijfers willen we dat leerlingen met een ondersteuningsbehoefte zich op school even "
                "veilig voelen als hun klasgenoten en dat zij aangeven dat er naar hen geluisterd wordt."),
          ("h2", "3.4 Monitoring en verantwoording van resultaten"),
          ("p", "Hoe we de voortgang op deze ambities bijhouden, welke bronnen we daarvoor gebruiken en op welke "
                "momenten we erover rapporteren, is nog onderwerp van gesprek met de besturen. Een uitgewerkte "
                "monitoringsparagraaf wordt toegevoegd bij de eerste voortgangsrapportage in het najaar van 2026; "
                "tot die tijd is deze paragraaf bewust leeg gelaten."),
          ("pagebreak", None), ("h1", "DEEL B — UITVOERING"),
          ("h1", "4 Basisondersteuning in de praktijk"),
          ("p", "De ondergrens uit paragraaf 3.1 bestaat uit de volgende voorzieningen. Ouders kunnen erop "
                "rekenen dat elke vestiging ze zonder aanvraag bij het samenwerkingsverband en zonder extra "
                "kosten biedt:"),
          ("ul", ["een mentor per klas met minimaal één uur per week voor begeleiding, en een mentorgesprek met "
                  "iedere leerling minstens drie keer per jaar;",
                  "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, en een intern "
                  "ondersteuningsteam dat binnen twee weken na een signaal bijeenkomt;",
                  "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, inclusief "
                  "voorleessoftware en extra tijd bij toetsen;",
                  "een training faalangstreductie en een training sociale vaardigheden, minstens één keer per "
                  "schooljaar;",
                  "een vaste time-outplek met toezicht en een afgesproken terugkeergesprek;",
                  "een aanpak voor ziekteverzuim in samenwerking met de jeugdarts (M@ZL);",
                  "huiswerkbegeleiding of een studieplek onder begeleiding tot 16.00 uur;",
                  "aanpassingen voor leerlingen met een lichamelijke beperking of chronische ziekte, zoals een "
                  "rustruimte en een aangepast rooster."]),
          ("p", "De basisondersteuning is opgenomen in de schoolgids van elke school. Het bureau controleert "
                "jaarlijks steekproefsgewijs of de schoolgidsen en de praktijk overeenkomen."),
          ("h1", "5 Extra ondersteuning en arrangementen"),
          ("p", "Wat niet binnen de basisondersteuning past, is extra ondersteuning. Wij onderscheiden vier "
                "niveaus die op elkaar aansluiten:"),
          ("table", [["Niveau", "Omschrijving", "Waar"],
                     ["1", "Basisondersteuning (hoofdstuk 4)", "alle vestigingen"],
                     ["2", "Schoolarrangement: extra begeleiding, kleine groep, coaching, bekostigd uit het "
                      "schoolbudget", "eigen school"],
                     ["3", "Bovenschools arrangement: OPDC De Overstap (max. 40 plaatsen), rebound, "
                      "Plusklas hoogbegaafdheid, ISK-nieuwkomers", "regionale voorzieningen"],
                     ["4", "Voortgezet speciaal onderwijs (cluster 3 en 4), praktijkonderwijs", "vso- en "
                      "pro-scholen"]]),
          ("p", "Een school die een bovenschools arrangement wil inzetten, meldt de leerling aan bij het "
                "Ondersteuningsloket. Een consulent van het loket neemt binnen vijf werkdagen contact op."),
          ("h1", "6 Dekkend netwerk en thuiszitters"),
          ("p", "Ieder jaar in oktober brengt het bureau samen met de leerplichtambtenaren in beeld welke "
                "jongeren geen passende plek hebben en welke voorziening daarvoor ontbreekt. "
                "Die analyse wordt besproken in het directeurenoverleg, dat besluit welke witte vlek het eerst "
                "wordt aangepakt. In 2024 leidde dit tot de start van een kleine onderwijs-zorggroep in "
                "Arkelstede."),
          ("p", "Een jongere die langer dan vier weken thuis zit, wordt besproken aan de thuiszitterstafel, "
                "waarin school, leerplicht, jeugdhulp en het samenwerkingsverband zitten. Als besturen het "
                "niet eens worden over de vraag welke school de zorgplicht invult, beslist de "
                "directeur-bestuurder binnen tien werkdagen (doorzettingsmacht)."),
          ("h1", "7 Toelaatbaarheid vso, lwoo en pro (incl. terugplaatsing)"),
          ("h2", "7.1 Procedure"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
                "school waar de leerling is ingeschreven of aangemeld. De aanvraag bestaat uit het "
                "ontwikkelingsperspectiefplan, het verslag van het multidisciplinair overleg, de zienswijze van "
                "ouders en de leerling, en een overzicht van de ondersteuning die al is geboden. De Commissie "
                "Toelaatbaarheid (CvT) beoordeelt de aanvraag en vraagt advies aan twee deskundigen: een "
                "orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een "
                "kinderpsychiater of maatschappelijk werker. Beide deskundigen leggen hun advies afzonderlijk "
                "schriftelijk vast. De directeur-bestuurder besluit binnen zes weken na ontvangst van de "
                "volledige aanvraag."),
          ("h2", "7.2 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
          ("ul", ["de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 "
                  "aantoonbaar en gedurende minimaal zes maanden ingezet, tenzij de veiligheid dit onmogelijk "
                  "maakt;",
                  "de ondersteuningsbehoefte vraagt om een combinatie van onderwijs en zorg of een "
                  "groepsgrootte die de reguliere school niet kan bieden;",
                  "het ontwikkelingsperspectief is met de voorgestelde vso-school reëel haalbaar."]),
          ("p", "Voor lwoo en pro hanteren wij de landelijke criteria (leerachterstand en IQ-range); het verband "
                "maakt geen gebruik van de mogelijkheid eigen lwoo-criteria vast te stellen. De aanvraag "
                "verloopt via dezelfde commissie; voor pro en lwoo besluit de commissie binnen vier weken."),
          ("h2", "7.3 Duur en bezwaar"),
          ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, bij een ernstig meervoudige beperking tot "
                "het einde van de schoolloopbaan. De bekostigingscategorie (laag, midden, hoog) volgt uit het "
                "deskundigenadvies. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken "
                "bezwaar maken; het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen."),
          ("h2", "7.4 Terug naar het regulier voortgezet onderwijs"),
          ("p", "Het verband wil dat een vso-leerling die zich zo heeft ontwikkeld dat een reguliere school "
                "weer haalbaar is, die kans ook krijgt: dicht bij huis en met de ondersteuning die nodig is. Een "
                "terugkeer is aan de orde als het OPP laat zien dat de leerling in een groep van normale omvang "
                "kan functioneren en de ontvangende school de benodigde begeleiding kan bieden. Na terugkeer "
                "krijgt de leerling gedurende minimaal een half jaar een terugkeerarrangement met ambulante "
                "begeleiding vanuit de vso-school, bekostigd door het samenwerkingsverband."),
          ("p", "Hoe de terugkeer stap voor stap verloopt — wie het initiatief neemt, op welke momenten wordt "
                "geëvalueerd en wie uiteindelijk beslist — leggen de vso-scholen en de vo-besturen vast in een "
                "convenant dat in de loop van het schooljaar 2025-2026 tot stand moet komen."),
          ("h1", "8 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
                "Na aftrek van de afdrachten aan DUO voor het vso en de bekostiging van pro en lwoo resteert een "
                "bedrag dat het verband als volgt verdeelt:"),
          ("ul", ["elke vestiging ontvangt een vaste voet van € 25.000 per schooljaar;",
                  "daarnaast ontvangt elk bestuur € 95 per leerling, op basis van het leerlingaantal op 1 "
                  "oktober van het voorafgaande jaar;",
                  "bovenschoolse arrangementen worden rechtstreeks door het verband bekostigd op basis van een "
                  "toekenningsbesluit van het Ondersteuningsloket;",
                  "de verdeling wordt jaarlijks vóór 1 juli door de algemene vergadering vastgesteld op voorstel "
                  "van de directeur-bestuurder."]),
          ("p", "Besturen verantwoorden de besteding van hun schoolbudget in het jaarverslag met een vast "
                "format. De meerjarenbegroting ziet er als volgt uit (bedragen × € 1.000):"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsbudget (na afdrachten)", "7.840", "7.910", "7.960", "7.990"],
                     ["Vaste voet vestigingen", "675", "675", "675", "675"],
                     ["Budget per leerling besturen", "1.748", "1.730", "1.710", "1.700"],
                     ["OPDC De Overstap", "1.450", "1.480", "1.500", "1.520"],
                     ["Overige bovenschoolse arrangementen", "1.320", "1.400", "1.450", "1.480"],
                     ["Terugkeerarrangementen", "160", "180", "200", "200"],
                     ["Bureau en personeel", "1.510", "1.540", "1.570", "1.600"],
                     ["Onvoorzien", "150", "150", "150", "150"],
                     ["Resultaat", "-1.173", "-1.245", "-1.295", "-1.335"]]),
          ("p", "Het negatieve resultaat is bewust: de reserve van het verband ligt boven de signaleringswaarde en "
                "wordt in vier jaar teruggebracht tot het niveau dat nodig is om risico's op te vangen."),
          ("h1", "9 Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Voor ouders heeft het verband een eigen "
                "ouderpagina op de website met uitleg over de basisondersteuning, de arrangementen en de route "
                "naar het vso. De brochure 'Passend onderwijs in de Lingedelta' is beschikbaar in het "
                "Nederlands, Engels, Arabisch en Pools en wordt via de scholen aan alle ouders van nieuwe "
                "brugklassers verstrekt. Twee keer per jaar organiseert het verband een informatieavond voor "
                "ouders. Elke school beschrijft in de schoolgids welke ondersteuning zij biedt."),
          ("p", "Ouders die onafhankelijk advies zoeken, verwijzen we naar de pagina 'Hulp voor ouders' op onze "
                "website. Het ouder- en jeugdsteunpunt dat de wet van ieder samenwerkingsverband vraagt, richten "
                "we samen met het PO-verband in; over de vorm wordt nog besloten (zie bijlage 2, volgt)."),
          ("p", "Voor scholen verschijnt vijf keer per jaar een digitale nieuwsbrief. Bestuurders en "
                "schoolleiders ontvangen na elk directeurenoverleg een kort verslag.")]
    b += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c) + filler_privacy(c)
    b += filler_planning(c)
    b += [("pagebreak", None), ("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "De ondersteuning die elke school biedt"],
                     ["Monitoring", "Het volgen van resultaten aan de hand van indicatoren"],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren"],
                     ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert"],
                     ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier onderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"]])]
    return b


# --------------------------------------------------------------------------------------------------
# Plan B  (VO, .pdf)  Kempenrand
# --------------------------------------------------------------------------------------------------

B = dict(swv="Samenwerkingsverband Passend Voortgezet Onderwijs Kempenrand", code="VO 30-11",
         periode="2025-2029", n_besturen="negen", regio="de Kempenrand", n_scholen="22",
         scholen_omschrijving="vestigingen voor voortgezet onderwijs, praktijkonderwijs en vso",
         gemeenten="Heidebeek, Zandhoven, Pelt-Noord en Ravels-Oost", n_lln="14.900", vestiging="Zandhoven",
         fte="11", bestuurder="mr. J. (Joost) Aerts", opr_datum="11 februari 2025", oogo_datum="28 januari 2025",
         ander_swv="het Samenwerkingsverband Primair Onderwijs Kempenrand")


def plan_b():
    c = B
    b = [("title", "Ondersteuningsplan 2025-2029 'Koers en uitvoering'"),
         ("sub", f"{c['swv']} — {c['code']}"),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "Ambities", "2 Visie en missie",
                  "3 Onze koers: vijf ambities", "Uitvoering", "4 Basisondersteuning",
                  "5 Het ondersteuningsaanbod", "6 Toelaatbaarheid en de weg terug", "7 Financiën",
                  "8 Kwaliteitszorg", "9 Communicatie en samenspraak", "10 Organisatie en governance",
                  "11 Medezeggenschap", "12 Gemeenten", "13 Personeel", "14 Privacy", "15 Planning",
                  "Bijlage 1 Afkortingen", "Bijlage 2 Kwaliteitskaart basisondersteuning",
                  "Bijlage 3 Meerjarenbegroting"])]
    b += filler_voorwoord(c) + filler_context(c)
    b += [("h1", "AMBITIES")]
    b += filler_visie(c)
    b += [("h1", "3 Onze koers: vijf ambities"),
          ("p", "Onze koers voor de komende vier jaar is samengevat in vijf ambities. Bij iedere ambitie staat wat "
                "we in juli 2029 willen hebben bereikt voor leerlingen die meer nodig hebben dan de "
                "basisondersteuning. De nulwaarden komen uit de monitor 2023-2024."),
          ("table", [["Ambitie", "Indicator", "Nulwaarde", "Doel juli 2029"],
                     ["1 Thuisnabij", "Deel van de leerlingen met extra ondersteuning dat onderwijs volgt binnen "
                      "de regio", "91%", "96%"],
                     ["2 Niemand thuis", "Aantal absoluut verzuimers en langdurig relatief verzuimers > 4 weken",
                      "26", "minder dan 10"],
                     ["3 Snel geholpen", "Doorlooptijd aanmelding – start arrangement", "38 dagen", "20 dagen"],
                     ["4 Succesvol verder", "Vso-leerlingen die na uitstroom werk of vervolgonderwijs hebben",
                      "72%", "85%"],
                     ["5 Tevreden", "Rapportcijfer ouders voor de ondersteuning", "6,6", "7,5"]]),
          ("p", "Deze ambities zijn geen losse wensen. Ze vormen de basis voor de jaarplannen en voor de "
                "verdeling van de bovenschoolse middelen. In het jaarverslag 2023 bleek dat de doelen van het "
                "vorige plan op twee van de vijf punten zijn gehaald; de doorlooptijd en het verzuim bleven "
                "achter."),
          ("h1", "UITVOERING"),
          ("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is in de Kempenrand het niveau van ondersteuning dat alle negen besturen met "
                "elkaar hebben afgesproken en dat iedere vestiging — ook de kleinste nevenvestiging — zelf, "
                "zonder aanvraag bij het samenwerkingsverband, aan elke leerling biedt. Geen enkele school mag "
                "onder dit niveau zakken; scholen mogen er wel boven uitstijgen en leggen dat vast in hun "
                "ondersteuningsprofiel."),
          ("p", "Welke voorzieningen, interventies en expertise tot de basisondersteuning behoren, is "
                "beschreven in de Kwaliteitskaart basisondersteuning in bijlage 2. De kwaliteitskaart wordt "
                "jaarlijks door het netwerk ondersteuningscoördinatoren geactualiseerd en is daarom als "
                "afzonderlijk document aan dit plan toegevoegd."),
          ("p", "Iedere twee jaar voert het bureau op elke vestiging een audit uit aan de hand van de "
                "kwaliteitskaart. Scholen die niet aan het niveau voldoen, ontvangen een verbeteradvies; het "
                "bestuur rapporteert binnen een half jaar over de uitvoering."),
          ("h1", "5 Het ondersteuningsaanbod"),
          ("p", "Het aanbod in de Kempenrand is opgebouwd als een doorlopende reeks: van de basisondersteuning "
                "op iedere school, via arrangementen op de school zelf en in bovenschoolse voorzieningen, tot "
                "het vso en het praktijkonderwijs. De tabel geeft een overzicht."),
          ("table", [["Voorziening", "Voor wie", "Capaciteit"],
                     ["Schoolarrangementen (coaching, kleine groep, aangepast programma)", "leerlingen op de "
                      "eigen school", "circa 600 per jaar"],
                     ["Trajectvoorziening 'Het Kompas' (OPDC)", "leerlingen die tijdelijk niet in een klas "
                      "kunnen functioneren", "48 plaatsen"],
                     ["Rebound Zandhoven", "gedragsproblematiek, maximaal 12 weken", "16 plaatsen"],
                     ["Onderwijs-zorgklas De Brug", "combinatie psychiatrie en onderwijs", "12 plaatsen"],
                     ["Internationale schakelklas", "nieuwkomers", "90 plaatsen"],
                     ["Vso cluster 3 en 4", "leerlingen met TLV", "3 scholen"],
                     ["Praktijkonderwijs", "leerlingen met pro-toelaatbaarheid", "2 scholen"]]),
          ("p", "Om te voorkomen dat leerlingen tussen wal en schip raken, houden wij elk kwartaal een "
                "capaciteitsoverleg met de voorzieningen. Wachtlijsten langer dan vier weken worden gemeld aan de "
                "directeur-bestuurder, die met de besturen afspraken maakt over uitbreiding of tijdelijke "
                "plaatsing elders. In 2024 bleek uit de jaarlijkse analyse van witte vlekken dat er geen passend "
                "aanbod was voor hoogbegaafde leerlingen met ernstige faalangst; in 2025 start daarvoor een "
                "kleine groep op twee havo/vwo-scholen."),
          ("p", "Thuiszitters worden binnen één week na melding door de leerplichtambtenaar besproken in het "
                "regionale thuiszittersoverleg. De school van inschrijving blijft verantwoordelijk; het verband "
                "zet zo nodig een trajectbegeleider in. Een leerling zonder school krijgt binnen zes weken een "
                "plaats, conform de zorgplicht van de besturen."),
          ("h1", "6 Toelaatbaarheid en de weg terug"),
          ("h2", "6.1 De aanvraag"),
          ("p", "Het schoolbestuur vraagt de toelaatbaarheidsverklaring aan via het digitale loket. De "
                "aanvraag bevat het OPP, de evaluatie van de geboden ondersteuning, het verslag van het "
                "multidisciplinair overleg en de zienswijze van ouders. De Adviescommissie Toelaatbaarheid van het "
                "verband vraagt twee onafhankelijke deskundigen om een schriftelijk advies: altijd een "
                "orthopedagoog of GZ-psycholoog, aangevuld met een tweede deskundige die past bij de "
                "problematiek. De directeur-bestuurder neemt het besluit binnen zes weken; in spoedsituaties "
                "binnen vijf werkdagen. Voor pro en lwoo geldt dezelfde route met een termijn van vier weken."),
          ("h2", "6.2 Beoordeling"),
          ("p", "De commissie toetst of een leerling toelaatbaar is aan de hand van een beoordelingskader. Dit "
                "kader wordt momenteel herzien in samenwerking met de vso-scholen; tot de herziening is afgerond "
                "hanteert de commissie het kader zoals gepubliceerd op de website van het samenwerkingsverband."),
          ("h2", "6.3 Geldigheid en bezwaar"),
          ("p", "Een TLV geldt in de regel voor drie schooljaren. Tegen het besluit kunnen ouders binnen zes "
                "weken bezwaar maken. Het verband vraagt dan advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen."),
          ("h2", "6.4 Na de vso-periode: de weg terug"),
          ("p", "Een plaats in het vso is voor veel leerlingen de juiste keuze, maar niet altijd voor altijd. "
                "Ons uitgangspunt is dat een leerling teruggeleid wordt naar een reguliere vo-school zodra dat "
                "verantwoord kan, bij voorkeur in de eigen woonplaats. Voorwaarden zijn dat de leerling de "
                "ondersteuningsbehoefte in een reguliere setting kan laten zien en dat de ontvangende school "
                "een passend arrangement beschikbaar heeft. De leerling krijgt na de overstap een jaar lang "
                "overstapbegeleiding door een ambulant begeleider van de vso-school; het verband vergoedt "
                "hiervoor € 6.500 per leerling."),
          ("p", "Het retourtraject verloopt in vaste stappen. (1) In november van het laatste jaar van de TLV "
                "bespreekt de vso-school in de OPP-bespreking met ouders en leerling of een overstap haalbaar is. "
                "(2) Is dat zo, dan meldt de vso-school de leerling vóór 1 februari aan bij het loket; de "
                "consulent zoekt met ouders een ontvangende school. (3) In maart volgt een tweede "
                "evaluatiemoment en een kennismaking op de nieuwe school. (4) De Adviescommissie adviseert de "
                "directeur-bestuurder, die vóór 1 mei besluit over de overstap of over een nieuwe TLV. (5) De "
                "overstap vindt plaats per 1 augustus; na drie en na zes maanden evalueren beide scholen."),
          ("p", "In 2023-2024 keerden 14 leerlingen uit het vso terug naar het regulier onderwijs; 11 van hen "
                "zaten na een jaar nog op die school."),
          ("h1", "7 Financiën"),
          ("p", "Het verband verdeelt het beschikbare ondersteuningsbudget volgens het verdeelmodel dat de "
                "algemene vergadering in 2023 heeft vastgesteld. 70 procent van de middelen voor lichte en "
                "extra ondersteuning gaat rechtstreeks naar de besturen, naar rato van het aantal leerlingen op de "
                "teldatum 1 oktober. 30 procent blijft bovenschools; waaraan dat deel wordt besteed en met welke "
                "bedragen, blijkt uit de meerjarenbegroting. Nieuwe bovenschoolse voorzieningen worden alleen "
                "bekostigd na een besluit van de algemene vergadering op basis van een businesscase."),
          ("p", "Het weerstandsvermogen van het verband ligt boven de signaleringswaarde van de Inspectie. Het "
                "bestuur heeft een afbouwplan vastgesteld, waarmee de reserve in drie jaar wordt teruggebracht."),
          ("p", "De meerjarenbegroting 2025-2029 wordt opgenomen als bijlage 3 zodra de definitieve rijksbijdrage "
                "bekend is. Ter indicatie de opbouw:"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Besturen (70%)", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bovenschoolse voorzieningen (30%)", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Afbouw reserve", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("h1", "8 Kwaliteitszorg"),
          ("p", "Het verband werkt volgens een vaste kwaliteitscyclus. Elk kwartaal verzamelt het bureau de "
                "gegevens over de indicatoren van hoofdstuk 3 uit de leerlingadministraties, de "
                "verzuimregistratie van de gemeenten en de eigen registratie van arrangementen. De cijfers staan "
                "in een dashboard dat de raad van toezicht, de OPR en de directeuren kunnen inzien. In juni houden "
                "we een evaluatiesessie met de besturen. In het jaarverslag, dat vóór 1 juli verschijnt, "
                "rapporteren we per ambitie de bereikte waarde, de ingezette middelen en een toelichting. Om de "
                "twee jaar peilen we de tevredenheid van ouders en leerlingen."),
          ("h1", "9 Communicatie en samenspraak"),
          ("p", "Wij informeren ouders over de ondersteuningsmogelijkheden via de website, via de folder 'Welke "
                "hulp is er op school?' die iedere school bij de aanmelding meegeeft, en via het "
                "ondersteuningsprofiel in de schoolgids. De consulenten van het loket zijn bereikbaar voor "
                "vragen van ouders via een vast telefoonnummer en een spreekuur op woensdagmiddag."),
          ("p", "Ouders en jongeren die onafhankelijke hulp willen, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Kempenrand, dat onafhankelijk van scholen en verband werkt en door een "
                "cliëntondersteuningsorganisatie wordt uitgevoerd. Ook kunnen zij kosteloos een beroep doen op "
                "Onderwijsconsulenten. Bij een klacht over het verband is de klachtenregeling van toepassing; "
                "geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de "
                "Geschillencommissie passend onderwijs."),
          ("p", "Voor scholen en partners publiceren we een nieuwsbrief en organiseren we twee keer per jaar een "
                "regiobijeenkomst.")]
    b += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c) + filler_privacy(c)
    b += filler_landelijk(c) + filler_planning(c)
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"], ["ISK", "Internationale "
                     "schakelklas"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["OPP", "Ontwikkelingsperspectiefplan"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["BO", "Basisondersteuning: o.a. dyslexiebegeleiding, faalangsttraining, een "
                      "ondersteuningscoördinator en een time-outvoorziening"]])]
    return b


# --------------------------------------------------------------------------------------------------
# Plan C  (VO, .html)  Duin en Polder
# --------------------------------------------------------------------------------------------------

C = dict(swv="Samenwerkingsverband VO Duin en Polder", code="VO 27-02", periode="2025-2029", n_besturen="acht",
         regio="de duinstreek en de polders erachter", n_scholen="19",
         scholen_omschrijving="vestigingen voor vmbo, havo, vwo, praktijkonderwijs en vso",
         gemeenten="Zeewijk, Polderdam en Noordmeer", n_lln="12.100", vestiging="Polderdam", fte="9",
         bestuurder="ir. S. (Sanne) de Wit", opr_datum="29 januari 2025", oogo_datum="14 januari 2025",
         ander_swv="het Samenwerkingsverband PO Duin en Polder")


def plan_c():
    c = C
    b = [("title", "Ondersteuningsplan 2025-2029 — webversie"),
         ("sub", f"{c['swv']} ({c['code']}). Deze webversie is gelijk aan de vastgestelde tekst."),
         ("toc", ["Voorwoord", "Ons verband", "Deel 1 Ambities", "Deel 2 Uitvoering: basisondersteuning",
                  "Deel 2 Uitvoering: arrangementen en voorzieningen", "Deel 2 Uitvoering: toelaatbaarheid",
                  "Deel 2 Uitvoering: financieel kader", "Deel 2 Uitvoering: opbrengsten volgen",
                  "Organisatie", "Begrippen"])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c)
    b += [("h1", "Deel 1 Ambities")]
    b += [("h2", "Onze missie"),
          ("p", f"{c['swv']} zorgt er samen met de aangesloten besturen voor dat iedere jongere in de regio de "
                "ruimte krijgt om zich te ontwikkelen. Wij doen dat door scholen te versterken, door verbindingen "
                "te leggen tussen onderwijs en zorg, en door de beschikbare middelen zorgvuldig in te zetten."),
          ("h2", "Onze visie"),
          ("p", "Wij geloven dat jongeren het meest leren in een omgeving waar zij gezien worden. Voor leerlingen "
                "en hun ouders moet passend onderwijs vanzelfsprekend zijn. Een arrangement of een "
                "toelaatbaarheidsverklaring is nooit een doel op zich. Vier waarden geven richting: vertrouwen, "
                "eigenaarschap, nabijheid en eenvoud."),
          ("h2", "Wat willen we over vier jaar kunnen laten zien?"),
          ("p", "We hebben onszelf vier toetsstenen gegeven. Ze gaan over de jongeren voor wie de gewone "
                "lessen niet genoeg zijn."),
          ("ul", ["In 2029 volgt ten minste 97 procent van de jongeren met een ondersteuningsvraag onderwijs op "
                  "een school binnen de regio (2024: 93 procent).",
                  "In 2029 staat geen enkele jongere langer dan drie maanden op een wachtlijst voor een "
                  "bovenschoolse plek (2024: 11 jongeren).",
                  "Jongeren met een arrangement behalen even vaak een diploma als hun leeftijdsgenoten binnen "
                  "hetzelfde schooltype; het verschil was in 2024 nog 8 procentpunt.",
                  "Leerlingen met extra ondersteuning geven hun school gemiddeld minimaal een 7 voor "
                  "'ik voel me hier thuis'."]),
          ("p", "Wat de teruggang in de instroom betekent voor de kleinere vso-locaties, bekijken we samen met de "
                "besturen. Ook het thema terug- en overplaatsing vanuit het vso willen we in de komende planperiode "
                "samen met de vso-scholen oppakken; dit plan doet daar nog geen uitspraken over."),
          ("h1", "Deel 2 Uitvoering: basisondersteuning"),
          ("p", "Wat mag een leerling op iedere school in Duin en Polder verwachten? De acht besturen hebben een "
                "gezamenlijke ondergrens afgesproken die op alle negentien vestigingen geldt. Deze "
                "basisondersteuning bestaat uit tien standaarden:"),
          ("table", [["Nr.", "Standaard", "Concreet"],
                     ["1", "Mentoraat", "vaste mentor, wekelijks mentoruur, voortgangsgesprek met de leerling drie keer per jaar"],
                     ["2", "Ondersteuningsteam", "OT met ondersteuningscoördinator, orthopedagoog en "
                      "jeugdverpleegkundige, elke twee weken"],
                     ["3", "Dyslexie en dyscalculie", "regionaal protocol, hulpmiddelen en extra toetstijd"],
                     ["4", "Sociaal-emotioneel", "faalangst- en weerbaarheidstraining, anti-pestcoördinator"],
                     ["5", "Executieve functies", "studievaardighedentraining in leerjaar 1 en 2"],
                     ["6", "Time-out", "opvangruimte met vaste begeleider"],
                     ["7", "Verzuim", "aanpak volgens regionaal verzuimprotocol met jeugdarts"],
                     ["8", "Medisch handelen", "protocol medicijnverstrekking, rustruimte"],
                     ["9", "Meer- en hoogbegaafdheid", "compacten en verrijken, mentor met HB-scholing"],
                     ["10", "Overdracht", "warme overdracht po-vo en vo-mbo"]]),
          ("h1", "Deel 2 Uitvoering: arrangementen en voorzieningen"),
          ("p", "Boven de basisondersteuning kent het verband een samenhangend aanbod. Scholen kunnen "
                "kortdurende arrangementen op de eigen school inzetten (trajectgroep, coaching, aangepast "
                "rooster). Daarnaast zijn er drie bovenschoolse voorzieningen: het Steunpunt Zeewijk "
                "(tijdelijke opvang en diagnostiek, 30 plaatsen), de onderwijs-zorgklas 'Anker' in Polderdam (10 "
                "plaatsen) en de Plusroute voor hoogbegaafde leerlingen (40 plaatsen). Voor leerlingen die op "
                "langere termijn meer nodig hebben, zijn er twee vso-scholen en een school voor "
                "praktijkonderwijs. Nieuwkomers starten op de internationale schakelklas in Noordmeer."),
          ("p", "De ketenpartners zijn nauw betrokken: in ieder ondersteuningsteam zit een medewerker van het "
                "lokale jeugdteam. Het aantal thuiszitters is een zorg die we delen met de gemeenten. Een "
                "analyse van de plekken waar ons aanbod tekortschiet, volgt zodra de regiomonitor 2026 "
                "beschikbaar is; wat daaruit voortvloeit, nemen we op in een volgend jaarplan."),
          ("h1", "Deel 2 Uitvoering: toelaatbaarheid"),
          ("p", "Een leerling is toelaatbaar tot het vso als er sprake is van een ondersteuningsbehoefte die "
                "een reguliere school, ook met een arrangement op niveau 2 of 3, niet kan bieden; als de leerling "
                "structureel een onderwijsgroep van maximaal twaalf leerlingen nodig heeft; of als onderwijs en "
                "zorg zo verweven moeten zijn dat dit alleen binnen een vso-school kan. Minimaal één van deze "
                "drie voorwaarden moet aantoonbaar zijn in het OPP."),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen "
                "of inzichtelijk rekenen. Voor lwoo hanteert het verband eveneens de landelijke criteria."),
          ("p", "TLV's worden afgegeven tot het einde van het schooljaar waarin de leerling 16 jaar wordt, "
                "tenzij de aard van de beperking een langere duur rechtvaardigt. Hoe een aanvraag verloopt, welke "
                "stukken nodig zijn en wie beslist, leest u in het stroomschema 'Route naar het vso' op de "
                "website van het samenwerkingsverband."),
          ("h1", "Deel 2 Uitvoering: financieel kader"),
          ("p", "Het samenwerkingsverband verdeelt de middelen volgens een schoolmodel. Na aftrek van de "
                "verplichte afdrachten voor vso, pro en lwoo ontvangt ieder bestuur € 112 per leerling op basis "
                "van de telling van 1 oktober, plus een vaste voet van € 18.000 per vestiging. Het "
                "bovenschoolse deel (ongeveer een derde) is bestemd voor de drie voorzieningen en het bureau. "
                "Besturen leggen in hun jaarverslag verantwoording af over de besteding. Het verdeelmodel "
                "wordt elke twee jaar door de algemene vergadering geëvalueerd."),
          ("table", [["Meerjarenbegroting (× € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Totale baten ondersteuning", "9.420", "9.310", "9.250", "9.180"],
                     ["Afdrachten vso, pro, lwoo (DUO)", "5.210", "5.180", "5.160", "5.140"],
                     ["Schoolbudgetten besturen", "1.697", "1.680", "1.665", "1.650"],
                     ["Bovenschoolse voorzieningen", "1.480", "1.500", "1.520", "1.540"],
                     ["Bureau", "890", "905", "920", "935"],
                     ["Saldo", "143", "45", "-15", "-85"]]),
          ("h1", "Deel 2 Uitvoering: opbrengsten volgen"),
          ("p", "Of we onze toetsstenen halen, houden we bij met de regiomonitor. Twee keer per jaar (peildata 1 "
                "oktober en 1 maart) haalt het bureau de cijfers op uit de leerlingadministratie, de registratie "
                "van de bovenschoolse voorzieningen en de leerplichtadministratie. Eens per jaar vullen leerlingen "
                "met een arrangement een korte vragenlijst in. De uitkomsten bespreekt het bestuur met de "
                "directeuren en de OPR; in het jaarverslag staat per toetssteen wat er is bereikt en wat het "
                "kostte. Blijft een toetssteen twee jaar achter, dan stelt het bestuur een verbeteraanpak op."),
          ("h1", "Organisatie")]
    b += [x for x in filler_governance(c) if x[0] != "h1"]
    b += [("h2", "Medezeggenschap"),
          ("p", f"De ondersteuningsplanraad heeft met het plan ingestemd op {c['opr_datum']}. De raad heeft "
                "instemmingsrecht op iedere wijziging van het plan en vergadert zes keer per jaar.")]
    b += [x for x in filler_oogo(c) if x[0] != "h1"]
    b += [x for x in filler_personeel(c) if x[0] != "h1"]
    b += [x for x in filler_privacy(c) if x[0] != "h1"]
    b += [x for x in filler_planning(c) if x[0] != "h1"]
    for extra in (filler_landelijk(c), filler_totstandkoming(c), filler_bedrijfsvoering(c),
                  filler_communicatie_scholen(c), filler_overlegstructuur(c)):
        b += [("h2", x[1]) if x[0] == "h1" else x for x in extra]
    b += [("h2", "Aansluiting po-vo en uitstroom"),
          ("p", "De overstap van het primair naar het voortgezet onderwijs verloopt via de regionale "
                "POVO-procedure, met een warme overdracht voor leerlingen die ondersteuning krijgen. Aan het "
                "eind van het vo volgen we de uitstroom naar mbo, hbo en arbeid; de uitstroomprofielen van het "
                "vso en het praktijkonderwijs zijn gericht op vervolgonderwijs, arbeid of dagbesteding."),
          ("h1", "Begrippen"),
          ("table", [["Begrip", "Betekenis"],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht "
                      "kunnen met vragen"],
                     ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders"],
                     ["Terugplaatsing", "Overstap van een vso-leerling naar het regulier onderwijs na afloop "
                      "van de TLV"],
                     ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden geen onderwijs volgt"],
                     ["TLV", "Toelaatbaarheidsverklaring"]])]
    nav = ('<nav><a href="#inhoud">Inhoud</a> | <a href="https://www.swv-duinenpolder.example/ouders">Voor '
           'ouders: informatie en onafhankelijke hulp</a> | <a href="https://www.swv-duinenpolder.example/'
           'terugplaatsing">Terugplaatsing</a> | <a href="https://www.swv-duinenpolder.example/tlv">Route naar '
           'het vso</a></nav>')
    footer = ("Samenwerkingsverband VO Duin en Polder &middot; Vragen van ouders? Bel het ouderloket 0229-000000 "
              "&middot; Klachten en geschillen: zie klachtenregeling op de website &middot; &copy; 2025")
    return b, nav, footer


# --------------------------------------------------------------------------------------------------
# Plan D  (PO, .pdf)  De Waterlinie
# --------------------------------------------------------------------------------------------------

D = dict(swv="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie", code="PO 26-09",
         periode="2025-2029", n_besturen="veertien", regio="de Waterlinie", n_scholen="74",
         scholen_omschrijving="basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties",
         gemeenten="Vestingdam, Inundatie, Fortwijk en Schansoord", n_lln="16.700", vestiging="Fortwijk",
         fte="12", bestuurder="drs. H. (Hanneke) Brink", opr_datum="5 februari 2025", oogo_datum="22 januari 2025",
         ander_swv="het Samenwerkingsverband VO De Waterlinie")


def plan_d():
    c = D
    b = [("title", "Ondersteuningsplan 2025-2029: beleid op hoofdlijnen"),
         ("sub", f"{c['swv']} ({c['code']})"),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Visie en missie",
                  "3 Basisondersteuning", "4 Dekkend aanbod", "5 Toelaatbaarheid sbo en so",
                  "6 Terugplaatsing", "7 Financiën en meerjarenbegroting", "8 Beoogde en bereikte resultaten",
                  "9 Ouders", "10 Organisatie en governance", "11 Medezeggenschap", "12 Gemeenten",
                  "13 Personeel", "14 Privacy", "15 Planning", "Bijlage Begrippenlijst"])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c)
    b += [("h1", "2 Visie en missie"),
          ("p", f"{c['swv']} is er voor de basisscholen, de sbo-scholen en de so-locaties in de regio. Wij "
                "zijn dienstbaar aan de besturen en de scholen, die zelf het onderwijs verzorgen. Wij geloven in "
                "vertrouwen, in de professionaliteit van leerkrachten en in korte lijnen. Dit plan is een plan op "
                "hoofdlijnen: het beschrijft kaders; de scholen bepalen binnen die kaders hoe zij werken."),
          ("p", "Vier waarden geven richting aan ons handelen: vertrouwen, eigenaarschap, nabijheid en "
                "eenvoud. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen. Eigenaarschap "
                "betekent dat besturen samen verantwoordelijk zijn. Nabijheid betekent dat we dicht bij de "
                "scholen staan. Eenvoud betekent dat we regels en formulieren beperken tot wat echt nodig is."),
          ("h1", "3 Basisondersteuning"),
          ("p", "Dit hoofdstuk wordt aangevuld nadat de algemene vergadering in oktober 2025 het nieuwe "
                "referentiekader heeft vastgesteld. De besturen willen daarbij de landelijke norm "
                "basisondersteuning betrekken die het ministerie heeft aangekondigd. Tot die tijd verwijzen we "
                "naar de schoolondersteuningsprofielen die de scholen zelf opstellen."),
          ("h1", "4 Dekkend aanbod"),
          ("p", "[Tekst volgt na de inventarisatie die in het voorjaar van 2026 wordt uitgevoerd — afstemmen "
                "met werkgroep Aanbod.]"),
          ("h1", "5 Toelaatbaarheid sbo en so"),
          ("h2", "5.1 Wie vraagt aan en hoe"),
          ("p", "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs "
                "(cluster 3 en 4) wordt aangevraagd door het schoolbestuur van de basisschool waar het kind staat "
                "ingeschreven. De intern begeleider stelt het groeidocument op, met daarin de hulpvragen, de "
                "ondersteuning die in de afgelopen periode is geboden en de zienswijze van ouders. Het dossier "
                "wordt via het digitale aanvraagsysteem ingediend bij de Commissie Toelaatbaarheid."),
          ("p", "De commissie controleert binnen vijf werkdagen of het dossier compleet is. Daarna brengen twee "
                "deskundigen afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog van het "
                "samenwerkingsverband, en, afhankelijk van de vraag van het kind, een tweede deskundige zoals een "
                "kinderarts, maatschappelijk werker of jeugdarts. Geen van beide deskundigen is bij de aanvraag "
                "betrokken geweest. De directeur besluit binnen zes weken na ontvangst van het complete dossier; "
                "ouders ontvangen een afschrift van beide adviezen."),
          ("h2", "5.2 Criteria sbo"),
          ("ul", ["het kind heeft gedurende minimaal twee periodes van handelingsgericht werken (samen "
                  "ten minste twintig weken) extra ondersteuning op de basisschool ontvangen, zonder dat de "
                  "doelen uit het groeidocument zijn bereikt;",
                  "het kind heeft structureel behoefte aan een kleinere groep (maximaal zestien leerlingen) en "
                  "een aangepast programma op ten minste twee vakgebieden;",
                  "het sbo kan naar verwachting wél aan de ondersteuningsbehoefte voldoen."]),
          ("h2", "5.3 Criteria so"),
          ("ul", ["er is sprake van een ernstige ontwikkelings-, gedrags- of lichamelijke problematiek die "
                  "blijkt uit diagnostiek door een bevoegde deskundige;",
                  "het kind heeft onderwijs nodig waarin zorg en behandeling dagelijks zijn geïntegreerd, of een "
                  "groep van maximaal twaalf kinderen;",
                  "het sbo is naar het oordeel van beide deskundigen niet toereikend."]),
          ("h2", "5.4 Duur, categorie en bezwaar"),
          ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee "
                "schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. Ouders en school kunnen "
                "binnen zes weken bezwaar maken bij het samenwerkingsverband, dat advies vraagt aan de "
                "Landelijke Bezwaaradviescommissie."),
          ("h1", "6 Terugplaatsing"),
          ("p", "Terugplaatsing wordt in de Waterlinie als volgt georganiseerd. In het laatste jaar van de TLV "
                "evalueert de sbo- of so-school in oktober het OPP met ouders en, waar mogelijk, het kind. De "
                "school brengt vóór 1 februari een advies uit aan de Commissie Toelaatbaarheid: terugplaatsing "
                "naar een basisschool, overplaatsing naar een andere speciale school, of verlenging. Bij "
                "terugplaatsing neemt de consulent van het verband contact op met de beoogde basisschool en "
                "organiseert een overdrachtsgesprek. De commissie beslist vóór 1 april; bij verlenging geldt de "
                "gewone procedure voor een nieuwe TLV."),
          ("p", "Welke uitgangspunten het verband hanteert bij terugplaatsing en wat een kind na de overstap aan "
                "begeleiding mag verwachten, wordt beschreven in de notitie 'Thuisnabij' die de werkgroep "
                "Terugplaatsing in de loop van 2026 oplevert."),
          ("h1", "7 Financiën en meerjarenbegroting"),
          ("p", "Hoe de ondersteuningsmiddelen over de besturen worden verdeeld, is onderwerp van een herijking "
                "die de werkgroep Verdeling in 2025 uitvoert; haar voorstel wordt na instemming van de OPR aan "
                "dit plan toegevoegd. De meerjarenbegroting laat zien waaraan de middelen worden besteed "
                "(bedragen × € 1.000):"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage ondersteuning", "12.650", "12.540", "12.430", "12.380"],
                     ["Afdracht so (DUO)", "4.910", "4.950", "4.980", "5.000"],
                     ["Bekostiging sbo boven 2%", "2.240", "2.200", "2.180", "2.160"],
                     ["Middelen naar besturen", "4.100", "4.010", "3.920", "3.880"],
                     ["Ambulante dienst en consulenten", "780", "790", "800", "810"],
                     ["Bureau", "640", "650", "660", "670"],
                     ["Saldo", "-20", "-60", "-110", "-140"]]),
          ("h1", "8 Beoogde en bereikte resultaten"),
          ("p", "p.m. — de beoogde resultaten worden na de vaststelling van het jaarplan 2025-2026 in dit "
                "hoofdstuk opgenomen."),
          ("h1", "9 Ouders"),
          ("p", "Hoe wij ouders informeren over de ondersteuning in de scholen, werken we uit in het "
                "communicatieplan dat in 2026 verschijnt."),
          ("p", "Ouders die er met de school of het samenwerkingsverband niet uitkomen, kunnen kosteloos "
                "advies vragen bij Onderwijsconsulenten of bij het Ouder- en Jeugdsteunpunt Waterlinie, dat "
                "wordt uitgevoerd door de onafhankelijke stichting MEE-Regio en op werkdagen telefonisch en via "
                "de chat bereikbaar is. Klachten over het samenwerkingsverband behandelt de landelijke "
                "klachtencommissie waarbij het verband is aangesloten.")]
    b += filler_governance(c) + filler_opr(c) + filler_oogo(c, inhoudelijk=False) + filler_personeel(c)
    b += filler_privacy(c) + filler_landelijk(c) + filler_totstandkoming(c) + filler_bedrijfsvoering(c)
    b += filler_communicatie_scholen(c) + filler_overlegstructuur(c) + filler_planning(c)
    b += [("h1", "Bijlage Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Arrangement", "Extra ondersteuning op maat, op school of bovenschools"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden, "
                      "zoals dyslexiebegeleiding en een intern begeleider"],
                     ["Dekkend aanbod", "Samenhangend geheel van voorzieningen zonder witte vlekken"],
                     ["Informatie aan ouders", "Website, schoolgids en ouderbrochure"],
                     ["Resultaten", "Beoogde en bereikte opbrengsten van het verband"],
                     ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat"]])]
    return b


# --------------------------------------------------------------------------------------------------
# Plan E  (VO, .docx)  Hofstad-Oost (concept)
# --------------------------------------------------------------------------------------------------

E = dict(swv="Samenwerkingsverband VO Hofstad-Oost", code="VO 28-05", periode="2025-2029", n_besturen="zeven",
         regio="Hofstad-Oost", n_scholen="24", scholen_omschrijving="vestigingen voor vmbo, havo, vwo, pro en vso",
         gemeenten="Hofstad (stadsdelen Oost en Zuidoost), Leidsevaart en Weidevelde", n_lln="16.200",
         vestiging="Hofstad", fte="10", bestuurder="dr. A. (Ayoub) El Idrissi", opr_datum="12 februari 2025",
         oogo_datum="30 januari 2025", ander_swv="het Samenwerkingsverband PO Hofstad-Oost")


def plan_e():
    c = E
    b = [("title", "Ondersteuningsplan 2025-2029 — CONCEPT ten behoeve van de OPR"),
         ("sub", f"{c['swv']} ({c['code']}). Versie 0.9, 20 januari 2025."),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "DEEL I AMBITIES",
                  "2 Visie en missie", "3 Waar we in investeren", "DEEL II UITVOERING", "4 Basisondersteuning",
                  "5 Sluitende aanpak", "6 Doorlopende lijnen", "   6.2 Van vso naar een gewone school",
                  "7 Toelaatbaarheid", "8 Financiën", "9 Kwaliteit en verantwoording",
                  "10 Samen met ouders en leerlingen", "11 Organisatie", "12 Medezeggenschap",
                  "13 Gemeenten", "14 Personeel", "15 Privacy", "16 Planning", "Bijlage Begrippenlijst"])]
    b += filler_voorwoord(c) + filler_context(c)
    b += [("h1", "DEEL I AMBITIES")]
    b += filler_visie(c)
    b += [("h1", "3 Waar we in investeren"),
          ("p", "In de komende planperiode investeren we in drie sporen. Ten eerste versterken we de expertise "
                "van mentoren en ondersteuningscoördinatoren, met een leergang en intervisie. Ten tweede "
                "vernieuwen we de samenwerking met de jeugdhulp, zodat de lijnen korter worden. Ten derde "
                "investeren we in een nieuw registratiesysteem en een dashboard."),
          ("p", "Welke concrete resultaten we voor leerlingen met een ondersteuningsbehoefte willen bereiken en "
                "op welke waarden we ons willen laten aanspreken, formuleren we nadat de nulmeting in het voorjaar "
                "van 2026 beschikbaar is. Wij kiezen er bewust voor geen getallen te noemen die we niet kunnen "
                "onderbouwen."),
          ("h1", "DEEL II UITVOERING"),
          ("h1", "4 Basisondersteuning"),
          ("p", "In 2024 hebben we de ondersteuningsprofielen van alle vestigingen naast elkaar gelegd. Daaruit "
                "blijkt dat de volgende voorzieningen op dit moment op alle 24 vestigingen aanwezig zijn:"),
          ("ul", ["een mentor met een wekelijks mentoruur en individuele gesprekken;",
                  "een ondersteuningscoördinator en een zorg- en adviesteam dat minimaal zes keer per jaar "
                  "vergadert;",
                  "dyslexiebegeleiding met digitale hulpmiddelen en aangepaste toetsing;",
                  "een faalangstreductietraining en een sociale-vaardigheidstraining;",
                  "een vertrouwenspersoon en een anti-pestcoördinator;",
                  "een schoolmaatschappelijk werker of jeugdhulpverlener in de school;",
                  "een opvangplek voor leerlingen die tijdelijk uit de les moeten."]),
          ("p", "Deze opsomming is een momentopname en geen afgesproken norm. Een gezamenlijke ondergrens "
                "waaraan iedere vestiging zich verbindt, hebben de besturen in deze planperiode nog niet "
                "vastgesteld: zij willen eerst de landelijke norm basisondersteuning afwachten. Scholen "
                "kunnen dus ook besluiten een van deze voorzieningen af te bouwen."),
          ("h1", "5 Sluitende aanpak"),
          ("p", "Thuiszitten is een gedeelde zorg van scholen, gemeenten en verband. Het verband organiseert daarom elke maand een "
                "thuiszitterstafel met de leerplichtambtenaren van de drie gemeenten, de scholen en de "
                "jeugdhulp. Iedere jongere die langer dan drie weken geen onderwijs volgt, wordt daar "
                "besproken; per jongere wordt één regisseur aangewezen en binnen twee weken een plan gemaakt."),
          ("p", "Wanneer geen school de jongere kan of wil plaatsen, zet de directeur-bestuurder zijn "
                "doorzettingsmacht in: hij wijst na overleg met de besturen binnen tien werkdagen een school aan "
                "die de zorgplicht invult. Twee keer per jaar analyseert het bureau de wachtlijsten van de "
                "bovenschoolse voorzieningen en het vso; wachttijden van meer dan zes weken worden aan het "
                "bestuur gemeld, dat dan besluit over tijdelijke extra capaciteit."),
          ("p", "Het overzicht van arrangementen en voorzieningen dat in het vorige plan stond, wordt herzien en "
                "is daarom niet in dit concept opgenomen. De actuele lijst staat op www.swv-hofstad-oost.example/"
                "aanbod."),
          ("h1", "6 Doorlopende lijnen"),
          ("h2", "6.1 Van po naar vo"),
          ("p", "De overstap van het primair naar het voortgezet onderwijs verloopt volgens de regionale "
                "overstapprocedure. Voor leerlingen met een ondersteuningsbehoefte organiseren po- en vo-school "
                "een warme overdracht."),
          ("h2", "6.2 Van vso naar een gewone school"),
          ("p", "Het verband gaat ervan uit dat een plek in het vso tijdelijk kan zijn. Wij willen dat leerlingen "
                "die het aankunnen, binnen hun eigen woonomgeving terugkeren naar het reguliere vo. Dat gebeurt "
                "alleen als de leerling en de ouders dat willen en als de ontvangende school een passende plek "
                "heeft. Na de overstap heeft de leerling recht op een overstapcoach van de vso-school voor de duur "
                "van één schooljaar, die de begeleiding afstemt met de mentor van de ontvangende school."),
          ("p", "De route terug kent vier momenten. In september van het laatste jaar van de TLV stelt de "
                "vso-school in het OPP vast of een overstap een reëel perspectief is. Zo ja, dan schakelt de "
                "vso-school vóór 1 december de consulent van het verband in, die met ouders een ontvangende "
                "school zoekt. In februari volgt een gezamenlijke evaluatie van vso-school, ontvangende school, "
                "ouders en leerling. De directeur-bestuurder besluit uiterlijk 15 april, op advies van de "
                "consulent, of de leerling per 1 augustus overstapt. Is dat niet het geval, dan vraagt de "
                "vso-school een nieuwe verklaring aan."),
          ("h1", "7 Toelaatbaarheid"),
          ("p", "De procedures en criteria voor de toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de "
                "toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in het Reglement Toelaatbaarheid. Het "
                "bestuur stelt dit reglement in juni 2025 opnieuw vast; het maakt geen deel uit van dit plan."),
          ("h1", "8 Financiën"),
          ("p", "[Financieel hoofdstuk volgt — afstemming met controller nog niet afgerond.] Over de inzet van de "
                "middelen besluit het bestuur nadat dit hoofdstuk is afgerond. Verdeelmodel en begroting "
                "worden jaarlijks door het bestuur vastgesteld in de kaderbrief; die is een afzonderlijk document."),
          ("h1", "9 Kwaliteit en verantwoording"),
          ("p", "Het verband werkt met een jaarlijkse kwaliteitscyclus. In september stellen we het jaarplan "
                "vast. Per kwartaal rapporteert het bureau aan het bestuur over het aantal arrangementen, de "
                "doorlooptijden, het aantal thuiszitters en het aantal leerlingen in vso en pro, afgezet tegen "
                "het landelijk gemiddelde. In januari en juni bespreken we de cijfers met de besturen en de OPR. "
                "Elke twee jaar houden we een tevredenheidsonderzoek onder leerlingen, ouders en scholen. In het "
                "jaarverslag (uiterlijk 1 juli) leggen we verantwoording af over wat bereikt is; een externe "
                "auditor beoordeelt eens per vier jaar de kwaliteitszorg."),
          ("h1", "10 Samen met ouders en leerlingen"),
          ("p", "Ouders moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Elke school zet "
                "de ondersteuningsmogelijkheden in de schoolgids. Het verband heeft op zijn website een "
                "ouderroute met uitleg in eenvoudige taal, filmpjes en een overzicht per school, en organiseert "
                "drie keer per jaar een ouderavond in een van de stadsdelen. Bij de aanmelding in de brugklas "
                "ontvangen alle ouders een kaart met de contactgegevens van de ondersteuningscoördinator."),
          ("p", "Ouders en leerlingen die onafhankelijk advies of bemiddeling zoeken, kunnen terecht bij het "
                "Ouder- en Jeugdsteunpunt Hofstad, een samenwerking met de PO-verbanden die wordt uitgevoerd "
                "door een onafhankelijke stichting. Het steunpunt is bereikbaar via telefoon, mail en een "
                "inloopspreekuur en bundelt signalen van ouders in een halfjaarlijkse rapportage aan het bestuur. "
                "Daarnaast kunnen ouders kosteloos een beroep doen op Onderwijsconsulenten.")]
    b += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c) + filler_privacy(c)
    b += filler_landelijk(c) + filler_totstandkoming(c) + filler_bedrijfsvoering(c) + filler_planning(c)
    b += [("h1", "Bijlage Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het door alle besturen afgesproken minimumniveau van ondersteuning"],
                     ["Lwoo", "Leerwegondersteunend onderwijs"],
                     ["Meerjarenbegroting", "Begroting voor vier jaar"],
                     ["TLV", "Toelaatbaarheidsverklaring, afgegeven door het verband na advies van twee "
                      "deskundigen"],
                     ["Verdeelmodel", "Afspraken over de verdeling van middelen over de besturen"]])]
    return b


# --------------------------------------------------------------------------------------------------
# F  not a plan: school-level "ondersteuningsplan" of one VO school (pdf)
# --------------------------------------------------------------------------------------------------


def doc_f():
    return [("title", "Ondersteuningsplan 2024-2025"),
            ("sub", "Het Baken College — vmbo, havo, vwo — locatie Havenweg. Vastgesteld door de schoolleiding na "
                    "advies van de MR, september 2024."),
            ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op Het Baken",
                     "4 Ondersteuningsniveaus", "5 Het zorg- en adviesteam", "6 Extra ondersteuning via het "
                     "samenwerkingsverband", "7 Ouders", "8 Jaarplanning zorg", "9 Evaluatie"]),
            ("h1", "1 Inleiding"),
            ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College de ondersteuning van zijn leerlingen "
                  "organiseert in het schooljaar 2024-2025. Het plan is bedoeld voor docenten, mentoren en "
                  "ouders. Het Baken is aangesloten bij het Samenwerkingsverband VO Lingedelta (VO 30-07). Het "
                  "ondersteuningsplan van het samenwerkingsverband, dat de regionale afspraken bevat, is te "
                  "vinden op de website van het verband; dit document gaat alleen over onze eigen school."),
            ("p", "Ons schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning wij bieden. Dit "
                  "zorgplan-op-schoolniveau beschrijft hoe wij die ondersteuning dagelijks uitvoeren: wie wat doet, "
                  "welke overleggen er zijn en hoe we met ouders samenwerken."),
            ("h1", "2 Onze leerlingen"),
            ("p", "Het Baken telt 1.140 leerlingen, verdeeld over vmbo-kader, vmbo-gt, havo en vwo. Ongeveer 14 "
                  "procent van de leerlingen heeft een ontwikkelingsperspectiefplan of een handelingsplan. De "
                  "meest voorkomende ondersteuningsvragen gaan over faalangst, concentratie, dyslexie en "
                  "somberheid. Dertig leerlingen hebben lwoo."),
            ("h1", "3 Basisondersteuning op Het Baken"),
            ("p", "Op Het Baken bieden we de basisondersteuning die in het samenwerkingsverband is afgesproken. "
                  "Iedere leerling heeft een mentor, die het eerste aanspreekpunt is voor leerling en ouders. In "
                  "klas 1 en 2 hebben alle leerlingen wekelijks een mentoruur. Onze dyslexiecoach begeleidt "
                  "leerlingen met een dyslexieverklaring; zij krijgen een dyslexiepas met de faciliteiten waarop "
                  "zij recht hebben. Faalangstreductietraining wordt twee keer per jaar gegeven door onze "
                  "schoolpsycholoog."),
            ("p", "Voor leerlingen die even uit de les moeten, is er het Time-In-lokaal met een vaste "
                  "begeleider. Na een time-in volgt altijd een gesprek met de docent. Ons huiswerkinstituut is "
                  "dagelijks open tot 16.30 uur."),
            ("h1", "4 Ondersteuningsniveaus"),
            ("table", [["Niveau", "Wat", "Wie"],
                       ["0", "Goed lesgeven, differentiëren", "docent"],
                       ["1", "Extra aandacht in de klas, gesprek met leerling en ouders", "docent en mentor"],
                       ["2", "Begeleiding door de leerlingbegeleider, handelingsplan", "leerlingbegeleider"],
                       ["3", "Bespreking in het zorg- en adviesteam, OPP", "zorgcoördinator"],
                       ["4", "Arrangement via het samenwerkingsverband of externe hulp", "zorgcoördinator"]]),
            ("p", "Mentoren bespreken in de leerlingbesprekingen (drie keer per jaar) welke leerlingen extra "
                  "aandacht nodig hebben. Signalen worden vastgelegd in Magister."),
            ("h1", "5 Het zorg- en adviesteam"),
            ("p", "Het zorg- en adviesteam (ZAT) komt elke drie weken bijeen. Vaste leden zijn de "
                  "zorgcoördinator, de schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en de "
                  "wijkagent. Ouders worden altijd vooraf geïnformeerd als hun kind in het ZAT wordt besproken en "
                  "worden uitgenodigd om aan te sluiten. In het ZAT worden afspraken gemaakt over begeleiding, "
                  "verwijzing naar jeugdhulp of een aanvraag bij het samenwerkingsverband."),
            ("h1", "6 Extra ondersteuning via het samenwerkingsverband"),
            ("p", "Als de ondersteuning op school niet voldoende is, kan de zorgcoördinator een arrangement "
                  "aanvragen bij het samenwerkingsverband, bijvoorbeeld een plaats in het OPDC. Soms is een "
                  "toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs nodig. De "
                  "zorgcoördinator stelt het dossier samen met ouders op; het samenwerkingsverband beslist. De "
                  "regels en criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Ook "
                  "leerlingen die vanuit het vso terugkeren naar het regulier onderwijs kunnen bij ons worden "
                  "geplaatst; de zorgcoördinator maakt dan een overgangsplan."),
            ("p", "Het budget dat Het Baken van het samenwerkingsverband ontvangt (in 2024 € 104.000), "
                  "besteden we aan de leerlingbegeleiders, het Time-In-lokaal en de faalangsttrainingen."),
            ("h1", "7 Ouders"),
            ("p", "Wij zien ouders als partners. Ouders worden geïnformeerd via de schoolgids, de website, "
                  "ouderavonden en persoonlijke gesprekken met de mentor. Bij een OPP hebben ouders "
                  "instemmingsrecht op het handelingsdeel. Ouders die het niet eens zijn met de school, kunnen "
                  "een klacht indienen volgens de klachtenregeling of contact zoeken met het ouder- en "
                  "jeugdsteunpunt van het samenwerkingsverband of met Onderwijsconsulenten."),
            ("h1", "8 Jaarplanning zorg"),
            ("table", [["Maand", "Activiteit"],
                       ["september", "kennismakingsgesprekken mentoren, screening klas 1"],
                       ["oktober", "eerste leerlingbespreking"],
                       ["november", "faalangsttraining ronde 1"],
                       ["januari", "tweede leerlingbespreking, evaluatie OPP's"],
                       ["maart", "faalangsttraining ronde 2"],
                       ["juni", "derde leerlingbespreking, overdracht naar volgend leerjaar"]]),
            ("h1", "9 Evaluatie"),
            ("p", "Aan het eind van het schooljaar evalueert het zorg- en adviesteam dit plan. De resultaten "
                  "(aantal OPP's, doorverwijzingen, tevredenheid van leerlingen en ouders) worden besproken met de "
                  "MR en de schoolleiding. Het doel voor 2024-2025 is dat 90 procent van de leerlingen met een "
                  "OPP overgaat naar het volgende leerjaar."),
            ("p", "Het Baken College — Havenweg 12 — onderdeel van Stichting Openbaar Voortgezet Onderwijs "
                  "Lingedelta. Vragen over dit plan: zorgcoördinator mevrouw K. Jansen.")]


# --------------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------------

CRIT = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEM = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(crit):
    """Derive element status from core criteria; 'partial_if_none' lists elements that are partial although
    no core criterion is met (advisory only) -- not used in this set."""
    st = {}
    for e in ELEM:
        vals = [v for k, v in crit.items() if k.split(".")[0] == e]
        st[e] = "present" if all(vals) else ("partial" if any(vals) else "missing")
    return st


LABELS = {
    "vo-lingedelta-ambities": dict(
        documents=["vo-lingedelta-ambities.docx"], sector="vo",
        false=["terugstroom.procedure", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Niveau in Ambities 3.1 (one ondergrens for all vestigingen), inhoud in "
                                     "Uitvoering ch. 4 list; borging via schoolgids check.",
               "plaatsing": "Ch. 7.1-7.3: CvT procedure, two deskundigen, 6 weeks, vso criteria list, lwoo/pro "
                            "national criteria, duur 2 jaar, LBT bezwaar.",
               "terugstroom": "Hidden in TLV ch. 7.4: beleid (aim, conditions, terugkeerarrangement) addressed; "
                              "the step-by-step procedure is deferred to a convenant 'in de loop van 2025-2026'.",
               "financien": "Ch. 8 'Geld en middelen': vaste voet + EUR 95 per leerling, AV decides; "
                            "meerjarenbegroting table 2025-2028; reserve afbouw.",
               "dekkend-aanbod": "Ch. 5 four-level continuum table; ch. 6 yearly witte-vlekken analysis, "
                                 "thuiszitterstafel, doorzettingsmacht.",
               "resultaten": "Ambities 3.3 has a target table (doelen); 3.4 explicitly leaves monitoring empty "
                             "until najaar 2026 -> monitoring not addressed.",
               "ouders": "Informatie in ch. 9 'Communicatie' (ouderpagina, brochure 4 talen, infoavond); "
                         "steunpunt only a website reference + OJSP 'vorm wordt nog besloten' + absent "
                         "bijlage 2; Onderwijsconsulenten/OJSP only in begrippenlijst. LBT bezwaar in ch. 7 is "
                         "counted as plaatsing.bezwaar, not as ouders.steunpunt."}),
    "vo-kempenrand-op2025": dict(
        documents=["vo-kempenrand-op2025.pdf"], sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": [],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 defines the agreed level for every vestiging (niveau); the "
                                     "content is only in absent bijlage 2 (kwaliteitskaart); the list of items "
                                     "after the afkortingenlijst is glossary material, not body text.",
               "plaatsing": "Ch. 6.1 procedure with two deskundigen and termijnen; 6.2 criteria refer to a "
                            "beoordelingskader under revision / on the website -> criteria not addressed.",
               "terugstroom": "Inside TLV chapter 6.4 'de weg terug' (teruggeleid, retourtraject): aims, "
                              "conditions, overstapbegeleiding EUR 6.500, 5 dated steps, figures 2023-2024.",
               "financien": "Ch. 7: verdeelmodel 70/30 by leerlingaantal 1 oktober (verdeling); the "
                            "meerjarenbegroting is a table of 'p.m.' and 'bijlage 3' is absent -> besteding not "
                            "addressed.",
               "dekkend-aanbod": "Ch. 5 continuum table; capaciteitsoverleg, witte-vlekken analysis, "
                                 "thuiszitters within a week, zorgplicht 6 weeks.",
               "resultaten": "Ambities ch. 3 target table with nulwaarden; ch. 8 'Kwaliteitszorg' describes "
                             "dashboard, evaluation and jaarverslag per ambitie.",
               "ouders": "In ch. 9 'Communicatie en samenspraak': folder, website, schoolgids, spreekuur; OJSP "
                         "Kempenrand, Onderwijsconsulenten, klachtenregeling, Geschillencommissie."}),
    "vo-duinpolder-web": dict(
        documents=["vo-duinpolder-web.html"], sector="vo",
        false=["plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": [], "plaatsing": ["duur-categorie"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "'Uitvoering: basisondersteuning': agreed ondergrens on all 19 vestigingen "
                                     "+ table of ten concrete standaarden.",
               "plaatsing": "Criteria for vso and pro/lwoo are in the body; procedure (stappen, stukken, wie "
                            "beslist) only via the website stroomschema 'Route naar het vso' -> procedure not "
                            "addressed; TLV duration given.",
               "terugstroom": "Missing: only a deferral in Deel 1 ('willen we ... oppakken; dit plan doet daar "
                              "nog geen uitspraken over'), a nav link to a website page, and the begrippen entry; "
                              "near-misses uitstroom, warme overdracht, teruggang in de instroom.",
               "financien": "'Financieel kader': schoolmodel EUR 112 per leerling + vaste voet, meerjarenbegroting "
                            "table.",
               "dekkend-aanbod": "Continuum of arrangementen and three bovenschoolse voorzieningen described; the "
                                 "gap analysis 'volgt zodra de regiomonitor 2026 beschikbaar is'; thuiszitters "
                                 "only a passing mention -> lacunes not addressed.",
               "resultaten": "Unusual wording: 'toetsstenen' with 2029 targets (Deel 1) and 'opbrengsten volgen' "
                             "(regiomonitor, peildata, jaarverslag) in Deel 2.",
               "ouders": "Missing: no body text on informing parents or independent help; only nav link "
                         "'Voor ouders', footer ouderloket/klachtenregeling, and begrippen (OJSP, "
                         "Onderwijsconsulenten). OPR mentioned without parents' role."}),
    "po-waterlinie-op": dict(
        documents=["po-waterlinie-op.pdf"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
               "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
               "resultaten.monitoring", "ouders.informatie"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Missing: ch. 3 is a deferral (aangevuld na oktober 2025) and a referral to "
                                     "the schools' SOPs; only the begrippenlijst gives content.",
               "plaatsing": "Ch. 5: groeidocument, Commissie Toelaatbaarheid, two separate deskundigen, 6 weeks; "
                            "separate sbo and so criteria lists; duur, categorie, bezwaar.",
               "terugstroom": "Ch. 6 gives the procedure (October evaluation, advice before 1 February, decision "
                              "before 1 April); beleid/support after return deferred to notitie 'Thuisnabij' 2026.",
               "financien": "Ch. 7: meerjarenbegroting table with amounts (besteding); verdeling explicitly "
                            "deferred to werkgroep Verdeling -> verdeling not addressed.",
               "dekkend-aanbod": "Missing: ch. 4 is a bracketed placeholder '[Tekst volgt ...]'; OOGO paragraph is "
                                 "procedural only; begrippenlijst entry does not count.",
               "resultaten": "Missing: ch. 8 is 'p.m.'; no targets or monitoring anywhere.",
               "ouders": "Ch. 9: informatie deferred to communicatieplan 2026; steunpunt addressed "
                         "(Onderwijsconsulenten, OJSP Waterlinie, klachtencommissie)."}),
    "vo-hofstad-oost-concept": dict(
        documents=["vo-hofstad-oost-concept.docx"], sector="vo",
        false=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
               "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen"],
        advisory={"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 lists concrete voorzieningen present on all 24 vestigingen (inhoud) "
                                     "but states explicitly that no agreed ondergrens exists -> niveau not "
                                     "addressed; the begrippenlijst definition does not count.",
               "plaatsing": "Missing: ch. 7 refers to a separate Reglement Toelaatbaarheid that is not part of the "
                            "plan; TLV only in begrippenlijst and in the terugstroom text.",
               "terugstroom": "In 'Doorlopende lijnen' 6.2 'Van vso naar een gewone school': aims, conditions, "
                              "overstapcoach, four dated moments and decision by directeur-bestuurder.",
               "financien": "Missing: placeholder '[Financieel hoofdstuk volgt]', passing 'middelen' and a "
                            "reference to the separate kaderbrief.",
               "dekkend-aanbod": "Ch. 5 'Sluitende aanpak': thuiszitterstafel, doorzettingsmacht, wachtlijst "
                                 "analysis (lacunes); overview of arrangementen removed and only on website -> "
                                 "continuum not addressed.",
               "resultaten": "Ch. 9 'Kwaliteit en verantwoording' describes the monitoring cycle; ch. 3 Ambities "
                             "only lists investments and defers the concrete results to after the 2026 "
                             "nulmeting -> doelen not addressed.",
               "ouders": "Ch. 10: schoolgids, ouderroute on website, ouderavonden, kaart; OJSP Hofstad and "
                         "Onderwijsconsulenten."}),
}


def write_label(name, spec):
    crit = {k: (k not in spec["false"]) for k in CRIT}
    st = status_from(crit)
    adv = {k: v for k, v in spec["advisory"].items() if v}
    # an element is never 'missing' if an advisory criterion of it is addressed
    for e, lst in adv.items():
        if st[e] == "missing" and lst:
            st[e] = "partial"
    data = {"documents": spec["documents"], "sector": spec["sector"], "looks_like_plan": True,
            "elements": st, "criteria": crit, "advisory_addressed": adv, "notes": spec["notes"]}
    (OUT / f"{name}.expected.yaml").write_text(dump_label(data), encoding="utf-8")
    return st


def dump_label(data):
    """YAML in the layout of the label contract: documents and elements as flow mappings/lists."""
    head = {"documents": data["documents"], "sector": data["sector"], "looks_like_plan": data["looks_like_plan"]}
    txt = yaml.safe_dump(head, sort_keys=False, default_flow_style=None, allow_unicode=True, width=200)
    txt += "elements: " + yaml.safe_dump(data["elements"], sort_keys=False, default_flow_style=True,
                                         width=200).strip() + "\n"
    for k in ("criteria", "advisory_addressed", "notes"):
        if k not in data:
            continue
        v = data[k]
        if not v:
            txt += f"{k}: {{}}\n"
            continue
        txt += f"{k}:\n"
        for kk, vv in v.items():
            if isinstance(vv, list):
                val = "[" + ", ".join(vv) + "]"
            elif isinstance(vv, bool):
                val = "true" if vv else "false"
            else:
                val = yaml.safe_dump(vv, default_style='"', width=10000, allow_unicode=True).strip()
            txt += f"  {kk}: {val}\n"
    return txt


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="holdout261_gen_")
    try:
        a = plan_a()
        render_docx(a, OUT / "vo-lingedelta-ambities.docx",
                    header_text="SWV VO Lingedelta | Ondersteuningsplan 2025-2029 | basisondersteuning - "
                                "resultaten - ouders",
                    footer_text="Vastgesteld maart 2025 - met instemming van de ondersteuningsplanraad")
        bb = plan_b()
        docx_to_pdf(bb, OUT / "vo-kempenrand-op2025.pdf", tmpdir,
                    header_text="Kempenrand VO 30-11 - Ondersteuningsplan - terugplaatsing, financiën, ouders")
        cb, nav, foot = plan_c()
        render_html(cb, OUT / "vo-duinpolder-web.html", "Ondersteuningsplan 2025-2029 - SWV VO Duin en Polder",
                    nav, foot)
        d = plan_d()
        docx_to_pdf(d, OUT / "po-waterlinie-op.pdf", tmpdir,
                    header_text="SWV PO De Waterlinie - Ondersteuningsplan 2025-2029 - dekkend aanbod en "
                                "resultaten")
        e = plan_e()
        render_docx(e, OUT / "vo-hofstad-oost-concept.docx",
                    header_text="CONCEPT - SWV VO Hofstad-Oost - Ondersteuningsplan - financiën volgt",
                    footer_text="Concept v0.9 - niet verspreiden")
        f = doc_f()
        docx_to_pdf(f, OUT / "vo-baken-college-ondersteuningsplan.pdf", tmpdir,
                    header_text="Het Baken College - Ondersteuningsplan school 2024-2025")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    for name, spec in LABELS.items():
        write_label(name, spec)
    notplan = {"documents": ["vo-baken-college-ondersteuningsplan.pdf"], "sector": "vo",
               "looks_like_plan": False, "elements": {}, "criteria": {},
               "notes": {"document": "School-level 'ondersteuningsplan' (zorgplan) of one VO school (Het Baken "
                                    "College): zorgniveaus, ZAT, jaarplanning zorg; it refers to the SWV's plan "
                                    "for the regional rules. Not an ondersteuningsplan of a samenwerkingsverband "
                                    "(no OPR, OOGO, planperiode of the verband, no regional TLV procedure)."}}
    (OUT / "vo-baken-college-ondersteuningsplan.expected.yaml").write_text(dump_label(notplan), encoding="utf-8")
    for nm, blocks in [("A", a), ("B", bb), ("C", cb), ("D", d), ("E", e), ("F", f)]:
        print(nm, words(blocks), "words")


if __name__ == "__main__":
    main()
