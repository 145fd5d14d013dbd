#!/usr/bin/env python3
"""Generate the holdout274 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with a hand-written <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
Documents use a tiny line markup:  '# ' H1, '## ' H2, '- ' bullet, '|' table row, else paragraph.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------------------------
# shared filler (no element content: passing mentions only)
# ----------------------------------------------------------------------------------------------
def filler(n):
    """Return dict of filler sections for an SWV described by dict n."""
    f = {}
    f["voorwoord"] = f"""# Voorwoord
Voor u ligt het ondersteuningsplan {n['periode']} van {n['naam']}. Het is het derde plan sinds de invoering van passend onderwijs in 2014, en het eerste plan dat tot stand is gekomen na de landelijke Verbeteraanpak. In de afgelopen jaren hebben we veel geleerd. We hebben gezien dat scholen, besturen, ouders en partners elkaar beter weten te vinden dan tien jaar geleden, maar ook dat de druk op het onderwijs toeneemt. Het lerarentekort, de groei van het aantal leerlingen met een complexe vraag en de lange wachtlijsten in de jeugdhulp maken dat we keuzes moeten maken.
Dit plan is geschreven met en voor de mensen die het elke dag moeten waarmaken: leraren, intern begeleiders, ondersteuningscoördinatoren, schoolleiders en bestuurders. We hebben in het voorjaar van 2025 vier werkconferenties georganiseerd, waarin meer dan honderdtwintig deelnemers hun ideeën hebben ingebracht. Ook de ondersteuningsplanraad heeft vanaf het begin meegedacht. Wij danken iedereen die heeft bijgedragen voor de inzet en de kritische vragen.
Een ondersteuningsplan is geen boekwerk voor de kast. Het is een afsprakenkader waarop we elkaar mogen aanspreken. Waar dit plan ruimte laat, vragen we scholen om die ruimte te gebruiken in het belang van de leerling. Waar het plan afspraken vastlegt, verwachten we dat iedereen zich daaraan houdt. Zo werken we samen aan onderwijs waarin elke leerling zich kan ontwikkelen, dichtbij huis en met de ondersteuning die nodig is.
{n['directeur']}, directeur-bestuurder
"""
    f["inleiding"] = f"""# Inleiding
## Doel van dit plan
Dit ondersteuningsplan beschrijft hoe {n['naam']} de komende vier schooljaren invulling geeft aan de wettelijke opdracht om te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen. Het plan is bedoeld voor schoolbesturen, scholen, medewerkers, ouders, gemeenten en andere partners. Het plan geldt voor de periode van 1 augustus {n['start']} tot en met 31 juli {n['eind']}.
## Totstandkoming
Het plan is opgesteld door een schrijfgroep onder leiding van de directeur-bestuurder. In de schrijfgroep zaten vertegenwoordigers van de schoolbesturen, twee intern begeleiders, een orthopedagoog van het loket en een beleidsmedewerker. Conceptversies zijn besproken in het directeurenoverleg, het bestuurlijk overleg en de ondersteuningsplanraad. Het op overeenstemming gericht overleg met de gemeenten vond plaats op {n['oogo']}. De ondersteuningsplanraad heeft op {n['opr']} ingestemd met het plan. Het algemeen bestuur heeft het plan vastgesteld op {n['vast']}.
## Leeswijzer
Elk hoofdstuk begint met een korte samenvatting van de belangrijkste afspraken. Waar nodig verwijzen we naar bijlagen. Begrippen en afkortingen staan achterin het plan verklaard. Waar in dit plan 'school' staat, bedoelen we iedere vestiging van een aangesloten school.
"""
    f["context"] = f"""# Ons samenwerkingsverband in cijfers
{n['naam']} is een stichting waarin {n['besturen']} schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {n['gemeenten']}. De regio kent zowel stedelijke kernen als een uitgestrekt landelijk gebied met kleine dorpen. Dat heeft gevolgen voor de reisafstanden van leerlingen en voor de bereikbaarheid van voorzieningen.
| Kengetal | 1-10-2022 | 1-10-2023 | 1-10-2024 |
| Aantal scholen (vestigingen) | {n['scholen']} | {n['scholen']} | {n['scholen']} |
| Aantal leerlingen regulier | {n['lln']} | {n['lln2']} | {n['lln3']} |
| Deelnamepercentage speciaal onderwijs | {n['dp1']} | {n['dp2']} | {n['dp3']} |
| Aantal medewerkers bureau (fte) | 11,4 | 12,1 | 12,6 |
Het aantal leerlingen daalt licht, vooral in de kleine kernen. De verwachting is dat deze krimp de komende jaren doorzet. Tegelijkertijd groeit het aantal leerlingen met een meervoudige ondersteuningsvraag. Scholen geven aan dat zij vaker te maken hebben met leerlingen die kampen met angst, somberheid of een complexe thuissituatie. Ook het aantal nieuwkomers is toegenomen. Deze ontwikkelingen vragen om een samenwerkingsverband dat flexibel kan inspelen op veranderingen.
De besturen verschillen sterk in omvang. Het grootste bestuur heeft meer dan twintig scholen, de kleinste besturen hebben één school. Die verscheidenheid zien we als een kracht, maar zij vraagt ook om heldere afspraken over taken en verantwoordelijkheden.
"""
    f["visie"] = f"""# Missie en visie
## Missie
{n['naam']} zorgt er samen met de aangesloten besturen voor dat iedere leerling in de regio onderwijs krijgt dat past bij zijn of haar mogelijkheden, zo dicht mogelijk bij huis. Wij geloven dat elke leerling ertoe doet en dat elke leerling recht heeft op een ononderbroken ontwikkeling.
## Visie
Onze visie rust op vier pijlers. Ten eerste: de leerling staat centraal. Niet het etiket of de diagnose bepaalt wat een leerling krijgt, maar de vraag wat deze leerling nodig heeft om verder te komen. Ten tweede: de leraar maakt het verschil. Passend onderwijs staat of valt met leraren die zich toegerust voelen en die zich gesteund weten door hun team en hun schoolleiding. Ten derde: samen staan we sterk. Besturen, scholen, ouders en ketenpartners zijn samen verantwoordelijk en niemand kan het alleen. Ten vierde: we leren van wat we doen. We kijken kritisch naar onze eigen resultaten en durven bij te sturen.
Wij willen een samenwerkingsverband zijn dat dienstbaar is aan de scholen en dat zich niet verliest in bureaucratie. Arrangementen, toelaatbaarheidsverklaringen en budgetten zijn middelen, geen doelen op zich. Het doel is dat kinderen en jongeren met plezier naar school gaan en daar leren wat zij nodig hebben voor hun toekomst.
## Ambities voor de planperiode
In de komende vier jaar willen we het vertrouwen tussen scholen en samenwerkingsverband verder versterken, de administratieve last voor scholen verminderen en de kennis die in de regio aanwezig is beter benutten. We willen inclusiever worden: meer leerlingen moeten een plek kunnen vinden in het reguliere onderwijs, met een passende begeleiding. Deze ambities werken we uit in onze jaarplannen.
"""
    f["governance"] = f"""# Organisatie en governance
## Juridische vorm en bestuursmodel
{n['naam']} is een stichting. De stichting kent een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door een onafhankelijke directeur-bestuurder. Het intern toezicht is belegd bij de raad van toezicht, die bestaat uit vijf leden: drie leden op voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De raad van toezicht keurt de begroting, het jaarverslag en het ondersteuningsplan goed. De bevoegdheden zijn vastgelegd in de statuten en in het reglement raad van toezicht.
## Overlegstructuur
Naast de formele organen kent het samenwerkingsverband een aantal overleggen. Het bestuurlijk overleg komt zes keer per jaar bijeen en adviseert de directeur-bestuurder over strategische vraagstukken. Het directeurenoverleg is het platform waar schoolleiders ervaringen uitwisselen en voorstellen voorbereiden. Het netwerk van intern begeleiders en ondersteuningscoördinatoren komt vier keer per jaar bijeen voor intervisie en kennisdeling. Deze overleggen hebben geen besluitvormende bevoegdheid, maar zijn belangrijk voor het draagvlak.
## Code goed bestuur
Het samenwerkingsverband onderschrijft de code goed bestuur van de sectororganisatie. Jaarlijks evalueert de raad van toezicht zijn eigen functioneren, waarbij eens in de drie jaar een externe begeleider wordt betrokken. De directeur-bestuurder legt verantwoording af via de bestuursverslagen en de jaarrekening. Nevenfuncties van bestuur en toezicht worden openbaar gemaakt.
## Geschillen tussen besturen
De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen en het samenwerkingsverband. Besturen leggen een geschil eerst voor aan het bestuurlijk overleg; komt men er niet uit, dan volgt mediation en in laatste instantie de landelijke geschillencommissie passend onderwijs.
"""
    f["opr"] = f"""# Medezeggenschap
De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR bestaat uit {n['oprleden']} leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert minimaal vijf keer per jaar, waarvan eenmaal met de raad van toezicht. De directeur-bestuurder is bij de vergaderingen aanwezig voor zover de OPR dat wenst. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau.
De OPR ontvangt jaarlijks een scholingsbudget en wordt ondersteund door een ambtelijk secretaris. Leden ontvangen een vrijwilligersvergoeding. Het reglement van de OPR is in 2024 herzien en afgestemd op de gewijzigde Wet medezeggenschap op scholen. De OPR heeft op {n['opr']} ingestemd met dit ondersteuningsplan.
"""
    f["oogo"] = f"""# Op overeenstemming gericht overleg
Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten {n['gemeenten']}. Het concept van dit plan is op {n['oogo']} in het OOGO besproken. De gemeenten hebben in een gezamenlijke reactie laten weten geen bezwaar te hebben tegen het plan en hun reactie is als verslag bij de stukken gevoegd die het algemeen bestuur bij de vaststelling heeft gebruikt. Het overleg met het aangrenzende samenwerkingsverband {n['buur']} vond plaats op dezelfde dag.
Het OOGO wordt georganiseerd volgens een procedure die in 2023 is vastgelegd in een convenant, inclusief een regeling voor het geval partijen geen overeenstemming bereiken. Die regeling is tot nu toe niet gebruikt.
"""
    f["personeel"] = f"""# Personeel en professionalisering
Het bureau van het samenwerkingsverband heeft ongeveer {n['fte']} fte in dienst, verdeeld over de functies directeur-bestuurder, orthopedagogen, consulenten, een controller, een beleidsmedewerker en ondersteunend personeel. Daarnaast worden ambulant begeleiders en gedragsspecialisten via detachering ingezet. Het samenwerkingsverband volgt de cao van de sector.
Het samenwerkingsverband is geen werkgever van het personeel op de scholen; dat blijft de verantwoordelijkheid van de besturen. Wel investeren we in de deskundigheid van leraren en ondersteuners. Jaarlijks bieden we een scholingsaanbod aan met onder meer trainingen over gedrag, trauma-sensitief lesgeven, executieve functies en het voeren van gesprekken met ouders. Het aanbod wordt samengesteld op basis van een behoeftepeiling onder scholen. Ook faciliteren we lerende netwerken van intern begeleiders, ondersteuningscoördinatoren en gedragsspecialisten.
Het lerarentekort raakt ook het samenwerkingsverband. We zien dat specialistische functies moeilijk te vervullen zijn. Daarom werken we samen met de pabo en de lerarenopleidingen in de regio aan opleidingsplaatsen en bieden we zij-instromers een inwerkprogramma over passend onderwijs. Het verzuim onder medewerkers van het bureau was in 2024 4,1 procent.
"""
    f["ict"] = f"""# Privacy, ICT en gegevensverwerking
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij de advisering over de ondersteuningsbehoefte en bij aanvragen van scholen. Daarbij houden we ons aan de Algemene verordening gegevensbescherming en aan de bewaartermijnen uit de wet. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden.
Aanvragen worden digitaal ingediend via een beveiligde omgeving. Medewerkers hebben alleen toegang tot de dossiers die zij voor hun werk nodig hebben. Jaarlijks voeren we een audit uit op de informatiebeveiliging. In 2027 wordt de huidige applicatie vervangen; de aanbesteding daarvoor start in het najaar van 2026. Bij datalekken volgen we het protocol datalekken, dat op het intranet staat.
"""
    f["planning"] = f"""# Planning en evaluatie van dit plan
Dit plan wordt uitgewerkt in jaarplannen. In elk jaarplan staat welke activiteiten in dat schooljaar worden uitgevoerd, wie daarvoor verantwoordelijk is en welke middelen daarvoor beschikbaar zijn. De jaarplannen worden voor 1 juli voorafgaand aan het schooljaar vastgesteld door de directeur-bestuurder, na advies van het bestuurlijk overleg.
| Schooljaar | Zwaartepunt |
| {n['start']}-{n['start']+1} | Implementatie nieuwe werkwijze, scholing, communicatie nieuw plan |
| {n['start']+1}-{n['start']+2} | Verdieping samenwerking met ketenpartners, tussentijdse evaluatie |
| {n['start']+2}-{n['start']+3} | Bijstellen op basis van evaluatie, voorbereiden nieuw plan |
| {n['start']+3}-{n['eind']} | Evaluatie planperiode, vaststellen opvolgend ondersteuningsplan |
Halverwege de planperiode houden we een tussentijdse evaluatie met besturen, scholen, de ondersteuningsplanraad en de gemeenten. Als die evaluatie daartoe aanleiding geeft, stellen we het plan bij. Wijzigingen worden ter instemming aan de ondersteuningsplanraad voorgelegd.
"""
    f["bedrijfsvoering"] = f"""# Bedrijfsvoering en interne beheersing
Een goede bedrijfsvoering is een voorwaarde om onze inhoudelijke ambities waar te maken. De controller bewaakt de planning-en-controlcyclus: de begroting wordt in december vastgesteld, in juni en in oktober volgt een managementrapportage en de jaarrekening wordt voor 1 juli aan de raad van toezicht voorgelegd. De accountant controleert jaarlijks de jaarrekening en brengt een managementletter uit. Aanbevelingen uit de managementletter worden binnen een jaar opgevolgd.
Het bureau is gehuisvest in een gebouw dat wordt gedeeld met twee andere onderwijsorganisaties. Het huurcontract loopt tot 2028. Bij de keuze voor een nieuwe locatie wegen we bereikbaarheid met het openbaar vervoer en duurzaamheid zwaar mee. De administratie is uitbesteed aan een onderwijsadministratiekantoor; de salarisadministratie en de financiële administratie worden maandelijks gecontroleerd door de controller.
Het samenwerkingsverband hanteert een treasurystatuut dat voldoet aan de regeling beleggen, lenen en derivaten. Middelen worden uitsluitend aangehouden bij banken met een hoge kredietwaardigheid. Inkopen boven de Europese drempel worden openbaar aanbesteed; voor kleinere opdrachten vragen we ten minste drie offertes aan. Integriteit staat voorop: medewerkers ondertekenen bij indiensttreding de integriteitscode en kunnen een vermoeden van een misstand melden bij de vertrouwenspersoon.
"""
    f["kennis"] = f"""# Kennisdeling en innovatie
Kennis is in onze regio ruim aanwezig, maar niet altijd op de plek waar die nodig is. Daarom investeren we in het delen van kennis tussen scholen. In lerende netwerken komen leraren, intern begeleiders en ondersteuningscoördinatoren van verschillende besturen samen rond een thema, zoals meertaligheid, executieve functies of het werken met een ontwikkelingsperspectief. Elk netwerk wordt begeleid door een ervaren collega uit de regio en komt vier tot zes keer per jaar bijeen.
Daarnaast stimuleren we kleinschalige pilots. Scholen kunnen jaarlijks een voorstel indienen voor een vernieuwend project dat bijdraagt aan inclusiever onderwijs. Een jury van schoolleiders en een lid van de ondersteuningsplanraad kiest de projecten die een bijdrage ontvangen. Voorwaarde is dat de school de opbrengsten deelt met andere scholen, bijvoorbeeld tijdens de jaarlijkse inspiratiedag in het voorjaar. Eerdere pilots gingen over co-teaching, het gebruik van beeldcoaching en de samenwerking tussen school en sportvereniging.
Samen met een hogeschool in de regio doen we praktijkgericht onderzoek. Studenten van de master Educational Needs voeren hun afstudeeronderzoek uit op onze scholen, en een lector denkt mee over de vraag hoe scholen hun eigen ontwikkeling kunnen volgen. Zo verbinden we wetenschap en praktijk en blijven we leren.
"""
    return f


def toc(text, title="Inhoudsopgave"):
    """Build a TOC block from the H1/H2 headings of text (trap: element words in the TOC)."""
    lines = [f"# {title}"]
    h1 = 0
    h2 = 0
    for line in text.splitlines():
        if line.startswith("# "):
            h1 += 1
            h2 = 0
            lines.append(f"{h1}. {line[2:]} .......... {3 + h1 * 2}")
        elif line.startswith("## "):
            h2 += 1
            lines.append(f"   {h1}.{h2} {line[3:]}")
    return "\n".join(lines) + "\n"


def number_headings(text):
    out = []
    h1 = h2 = 0
    for line in text.splitlines():
        if line.startswith("# "):
            h1 += 1
            h2 = 0
            out.append(f"# {h1}. {line[2:]}")
        elif line.startswith("## "):
            h2 += 1
            out.append(f"## {h1}.{h2} {line[3:]}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------
def blocks(text):
    res = []
    table = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            res.append(("table", table))
            table = []
        if not line.strip():
            continue
        if line.startswith("# "):
            res.append(("h1", line[2:]))
        elif line.startswith("## "):
            res.append(("h2", line[3:]))
        elif line.startswith("- "):
            res.append(("li", line[2:]))
        else:
            res.append(("p", line))
    if table:
        res.append(("table", table))
    return res


def write_docx(title, subtitle, front, body, path, header=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
        doc.sections[0].footer.paragraphs[0].text = header + " | pagina"
    doc.add_heading(title, 0)
    for s in subtitle:
        doc.add_paragraph(s)
    doc.add_page_break()
    for part_i, part in enumerate((front, body)):
        for kind, val in blocks(part):
            if kind == "h1":
                doc.add_heading(val, 1)
            elif kind == "h2":
                doc.add_heading(val, 2)
            elif kind == "li":
                doc.add_paragraph(val, style="List Bullet")
            elif kind == "p":
                doc.add_paragraph(val)
            elif kind == "table":
                ncol = max(len(r) for r in val)
                t = doc.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for r in val:
                    cells = t.add_row().cells
                    for i, c in enumerate(r):
                        cells[i].text = c
                doc.add_paragraph("")
        if part_i == 0:
            doc.add_page_break()
    doc.save(str(path))


def write_html(title, subtitle, front, body, path):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title></head><body>",
           f"<header><p class=\"site\">{html.escape(subtitle[0])} | Home | Over ons | Ouders | Scholen | Contact</p></header>",
           f"<h1>{html.escape(title)}</h1>"]
    for s in subtitle[1:]:
        out.append(f"<p class=\"meta\">{html.escape(s)}</p>")
    for part_i, part in enumerate((front, body)):
        if part_i == 0:
            out.append('<nav class="toc">')
        else:
            out.append("<main>")
        inlist = False
        for kind, val in blocks(part):
            if kind != "li" and inlist:
                out.append("</ul>")
                inlist = False
            if kind == "h1":
                out.append(f"<h2>{html.escape(val)}</h2>")
            elif kind == "h2":
                out.append(f"<h3>{html.escape(val)}</h3>")
            elif kind == "li":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{html.escape(val)}</li>")
            elif kind == "p":
                out.append(f"<p>{html.escape(val)}</p>")
            elif kind == "table":
                out.append("<table>")
                for i, r in enumerate(val):
                    tag = "th" if i == 0 else "td"
                    out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
                out.append("</table>")
        if inlist:
            out.append("</ul>")
        out.append("</nav>" if part_i == 0 else "</main>")
    out.append(f"<footer><p>&copy; {html.escape(subtitle[0])} &middot; Privacyverklaring &middot; Cookies</p></footer>")
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout274_lo_"))
    try:
        src = tmp / (Path(pdf_path).stem + ".docx")
        shutil.copy(docx_path, src)
        prof = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (Path(pdf_path).stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# Plan A: PO, long, docx + pdf
# ----------------------------------------------------------------------------------------------
A = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lingedal", periode="2026-2030", start=2026,
         eind=2030, directeur="drs. M.J. (Marieke) Verhoeven", oogo="11 februari 2026", opr="17 maart 2026",
         vast="24 maart 2026", besturen=14, gemeenten="Geldermalsen-Oost, Lingewaard, Neder-Betuwe en Tielerwaard",
         scholen=71, lln="14.980", lln2="14.812", lln3="14.655", dp1="2,41%", dp2="2,38%", dp3="2,44%",
         buur="VO Rivierenland", oprleden=12, fte=12.6)
FA = filler(A)

A_BODY = FA["voorwoord"] + FA["inleiding"] + """# Samenvatting
In dit plan beschrijven we wat elke basisschool in Lingedal minimaal biedt, hoe scholen extra ondersteuning kunnen organiseren, hoe de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs is geregeld en hoe wij de middelen verdelen. Ook leest u hoe we ouders betrekken en welke resultaten we willen bereiken. Elk hoofdstuk sluit af met de belangrijkste afspraken. De terugplaatsing van leerlingen, de samenwerking met gemeenten en de aanpak van thuiszitters komen eveneens aan bod.
""" + FA["context"] + FA["visie"] + """# Basisondersteuning: wat elke school biedt
## Het afgesproken niveau
Basisondersteuning is in Lingedal het geheel van preventieve en licht curatieve interventies dat iedere basisschool binnen haar eigen onderwijsstructuur planmatig en op een afgesproken kwaliteitsniveau uitvoert, zo nodig met hulp van ketenpartners. De veertien besturen hebben in het bestuurlijk overleg van 8 oktober 2025 één gezamenlijk niveau vastgesteld dat geldt voor alle 71 vestigingen, ongeacht bestuur, denominatie of omvang. Een school mag meer bieden, maar niet minder. Wat hieronder staat, mag een ouder dus van iedere school in ons werkgebied verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.
## Wat ouders van iedere school mogen verwachten
- Elke school heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een vaste ondersteuningsstructuur met ten minste drie groepsbesprekingen per jaar.
- Elke school werkt handelingsgericht: de leerkracht stelt op basis van observaties en toetsgegevens onderwijsbehoeften vast en legt de aanpak vast in het groepsplan of de groepskaart.
- Elke school voert het Protocol Dyslexie en het Protocol Ernstige Rekenproblemen en Dyscalculie uit, inclusief extra leestijd, voorleessoftware en compenserende middelen.
- Elke school biedt verrijking en verdieping aan leerlingen die meer aankunnen, met een plusaanbod in of buiten de groep vanaf groep 3.
- Elke school heeft een aanpak voor sociale veiligheid en gedrag, met een methode voor sociaal-emotioneel leren, een anti-pestcoördinator en een gedragsprotocol.
- Elke school kan eenvoudige medische handelingen verrichten volgens het landelijke protocol medisch handelen en heeft afspraken over medicijnverstrekking.
- Elke school biedt NT2-ondersteuning aan leerlingen met een taalachterstand, zo nodig met hulp van de taalklas in Tiel.
- Elke school kan binnen tien werkdagen na een vraag een consultatie inroepen van de consulent van het samenwerkingsverband (preventieve ambulante begeleiding), zonder aanvraagformulier.
- Elke school betrekt ouders vanaf het eerste signaal bij het bespreken van de ondersteuning van hun kind.
## Borging
Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning vormgeeft. De consulenten van het samenwerkingsverband voeren eens in de twee jaar een kwaliteitsgesprek met iedere school aan de hand van de kwaliteitskaart basisondersteuning. Blijkt dat een school op een of meer onderdelen onder het afgesproken niveau blijft, dan maakt de school binnen drie maanden een verbeterplan, dat met het eigen bestuur en de directeur-bestuurder wordt besproken. Het bestuur is verantwoordelijk voor de uitvoering van dat verbeterplan.
# Extra ondersteuning en arrangementen
## De ondersteuningsroute
Wanneer de basisondersteuning niet toereikend is, organiseert de school extra ondersteuning. Ons stelsel kent vier lagen. Laag 1 is de basisondersteuning zoals hierboven beschreven. Laag 2 is extra ondersteuning op de eigen school, bekostigd uit het schoolbudget, bijvoorbeeld een individueel handelingsplan, een onderwijsassistent of een kleine instructiegroep. Laag 3 is een bovenschools arrangement: de school vraagt via het ondersteuningsloket een arrangement aan, zoals begeleiding door een gedragsspecialist, een plaatsing in de observatiegroep De Kleine Sprong of een onderwijs-zorgarrangement samen met de jeugdhulp. Laag 4 is een plaatsing in het speciaal basisonderwijs (sbo De Wissel en sbo Het Palet) of in het speciaal onderwijs cluster 3 of 4.
## Onze voorzieningen
| Voorziening | Doelgroep | Plaatsen | Locatie |
| Observatiegroep De Kleine Sprong | kleuters met een onduidelijke ontwikkelingsvraag | 12 | Tiel |
| Plusklas bovenschools | leerlingen groep 5-8 met een ontwikkelingsvoorsprong | 48 | Geldermalsen, Zaltbommel |
| Taalklas nieuwkomers | nieuwkomers 6-12 jaar | 30 | Tiel |
| Time-outvoorziening De Pauze | leerlingen met ernstige gedragsproblemen, maximaal 12 weken | 8 | Culemborg |
| sbo De Wissel en sbo Het Palet | leerlingen met een TLV sbo | 310 | Tiel, Geldermalsen |
| so cluster 3 en 4 (drie scholen) | leerlingen met een TLV so | 265 | regio |
Voor leerlingen voor wie deze voorzieningen niet passen, kan het loket een maatwerkarrangement toekennen. In alle gevallen stellen school en ouders samen een ontwikkelingsperspectief op.
# Toelaatbaarheid tot het sbo en het so
## Wie vraagt aan en hoe
Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar de leerling staat ingeschreven, of bij een nieuwe aanmelding door de school waar de leerling is aangemeld. De school dient de aanvraag in bij het ondersteuningsloket, met het groeidocument, het ontwikkelingsperspectief, het onderwijskundig rapport en de zienswijze van de ouders. Binnen vijf werkdagen controleert het loket of het dossier compleet is. Daarna beoordelen twee deskundigen de aanvraag: een orthopedagoog of psycholoog van het loket en, afhankelijk van de vraag van de leerling, een tweede deskundige zoals een kinderpsychiater, een maatschappelijk werker of een jeugdarts. Beide deskundigen geven een eigen schriftelijk advies; zij zijn niet betrokken geweest bij de begeleiding van de leerling of de aanvraag. De Commissie van Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het complete dossier. Ouders ontvangen een afschrift van beide adviezen en van het besluit.
## Wanneer is een leerling toelaatbaar
Een leerling is toelaatbaar tot het sbo wanneer aan alle drie de volgende voorwaarden is voldaan: (1) de school heeft aantoonbaar de basisondersteuning en ten minste een half jaar extra ondersteuning op laag 2 of 3 geboden, vastgelegd in het ontwikkelingsperspectief; (2) de leerling heeft een structurele behoefte aan een kleinere groep, een aangepast leerstofaanbod en een hogere mate van pedagogische sturing dan een reguliere groep kan bieden; (3) de ontwikkeling op ten minste twee domeinen (leren, werkhouding, sociaal-emotioneel) stagneert ondanks de geboden ondersteuning. Een leerling is toelaatbaar tot het so cluster 3 wanneer sprake is van een verstandelijke beperking (IQ onder ongeveer 70), een lichamelijke beperking of langdurige ziekte waarbij de leerling intensieve onderwijs-zorgbegeleiding nodig heeft. Voor het so cluster 4 geldt dat er sprake is van ernstige gedrags- of psychiatrische problematiek die in meerdere settings optreedt en waarvoor het sbo niet toereikend is gebleken of naar het oordeel van beide deskundigen niet toereikend zal zijn.
## Duur en bekostigingscategorie
Een TLV sbo wordt afgegeven voor de resterende duur van de basisschoolperiode, met een maximum van vier schooljaren. Een TLV so wordt afgegeven voor twee schooljaren, tot en met 31 juli. De commissie bepaalt bij een TLV so de bekostigingscategorie laag, midden of hoog op basis van de zorgbehoefte die de deskundigen beschrijven.
## Bezwaar
Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij de directeur-bestuurder. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de directeur-bestuurder adviseert. Daarna staat beroep open bij de rechtbank.
## Na afloop van de TLV
Het samenwerkingsverband wil dat leerlingen niet langer in het sbo of so blijven dan nodig is. Ons uitgangspunt is dat elke leerling een reëel perspectief op terugkeer houdt en dat de terugkeer naar een basisschool plaatsvindt op een natuurlijk moment, bij voorkeur na de zomervakantie en niet in groep 8. Een leerling gaat terug als de ontwikkeling dat toelaat en de ontvangende school met de beschikbare ondersteuning kan bieden wat de leerling nodig heeft; daarbij krijgt de basisschool voor het eerste jaar na terugkeer een arrangement van zes uur per week en begeleiding door de ambulant begeleider van de sbo- of so-school.
De werkwijze is als volgt. Uiterlijk op 1 februari van het laatste schooljaar van de TLV bespreekt de commissie voor de begeleiding van de sbo- of so-school in een evaluatiegesprek met ouders of terugplaatsing mogelijk is. Ook tussentijds kan de school of de ouder daartoe het initiatief nemen. Acht de school terugplaatsing haalbaar, dan zoekt zij samen met ouders een basisschool en neemt de ontvangende intern begeleider deel aan een overdrachtsgesprek voor 1 mei. Is verlenging nodig, dan vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan; blijft een aanvraag uit, dan eindigt de TLV op 31 juli en meldt de school de leerling aan bij een basisschool. Na drie en na twaalf maanden evalueren de basisschool, de ouders en de consulent van het samenwerkingsverband de terugplaatsing.
# Thuiszitters en dekkend netwerk
## Geen kind buiten beeld
Ieder kind hoort op school. Toch zijn er ook in Lingedal kinderen die langer dan vier weken zonder geldige reden niet naar school gaan of die zonder passende plek thuis zitten. Op 1 oktober 2025 waren dat er 23. Wij houden per kind bij wat de reden is. Scholen melden een dreigende thuiszitter binnen twee weken bij de consulent; de consulent brengt dan binnen vijf werkdagen school, ouders, leerplicht en jeugdhulp aan tafel. Lukt het niet om binnen zes weken een oplossing te vinden, dan gaat de casus naar de escalatietafel met de directeur-bestuurder en de wethouders.
## Zicht op witte vlekken
Twee keer per jaar analyseren we de casussen van de escalatietafel en de aanvragen die het loket niet kon honoreren. Daaruit blijken de gaten in ons aanbod. Zo hebben we in 2024 vastgesteld dat er te weinig plekken zijn voor jonge kinderen met een combinatie van ontwikkelingsachterstand en gedrag; de observatiegroep De Kleine Sprong is daarop uitgebreid. Het bestuurlijk overleg besluit jaarlijks over het opvullen van de gevonden lacunes. Het bestuur dat een leerling aangemeld krijgt, behoudt de zorgplicht totdat een passende plek is gevonden.
## Samenwerking met gemeenten en jeugdhulp
Met de vier gemeenten hebben we afspraken gemaakt over de inzet van jeugdhulp op school. Elke school heeft een vaste contactpersoon van het sociaal team. Voor leerlingen met een gecombineerde onderwijs- en zorgvraag zetten we onderwijs-zorgarrangementen in, gefinancierd deels door het samenwerkingsverband en deels door de gemeente. De leerplichtambtenaren nemen deel aan het thuiszittersoverleg.
# Communicatie
## Hoe wij communiceren
Communicatie is een gedeelde verantwoordelijkheid van samenwerkingsverband en scholen. Het samenwerkingsverband communiceert vooral met besturen, scholen en partners; de scholen zijn het eerste aanspreekpunt voor ouders. Onze nieuwsbrief verschijnt zes keer per jaar en wordt verstuurd aan alle intern begeleiders en directeuren.
## Ouders
Ouders worden op drie manieren over het ondersteuningsaanbod geïnformeerd. De school vermeldt in de schoolgids welke basisondersteuning en extra ondersteuning zij biedt. Op onze website staat een ouderpagina met de ondersteuningsroute, de voorzieningen uit hoofdstuk 6 en de TLV-procedure, met een brochure 'Passend onderwijs in Lingedal' in het Nederlands, Arabisch, Pools en Turks. Twee keer per jaar organiseren we een informatieavond voor ouders in Tiel en Geldermalsen. Bij elke aanvraag bij het loket ontvangen ouders een folder over hun rechten.
Ouders die een vraag hebben, het niet eens zijn met de school of niet weten waar zij terechtkunnen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lingedal. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, en is bereikbaar op werkdagen van 9 tot 16 uur via telefoon en mail. Ook kunnen ouders een beroep doen op de onderwijsconsulenten van Onderwijsconsulenten Nederland en, bij een klacht, op de klachtenregeling van het samenwerkingsverband, die is aangesloten bij de Landelijke Klachtencommissie van Stichting Onderwijsgeschillen.
## Betrokkenheid van ouders
Ouders zijn gelijkwaardige gesprekspartners. Zij worden uitgenodigd bij elk ondersteuningsteamoverleg over hun kind en hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. In de ondersteuningsplanraad heeft de helft van de leden een ouderzetel.
# Kwaliteit en beoogde resultaten
Wij willen dat passend onderwijs in Lingedal aantoonbaar beter wordt. Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld:
- In 2030 is het aantal thuiszitters (langer dan vier weken) gedaald van 23 naar hoogstens 10.
- In 2030 ligt het deelnamepercentage sbo en so samen op hoogstens 2,3 procent.
- Ten minste 90 procent van de leerlingen met een ontwikkelingsperspectief haalt de in het OPP gestelde uitstroombestemming.
- Ten minste 15 leerlingen per jaar keren terug van sbo of so naar het basisonderwijs.
- In 2028 voldoen alle 71 scholen aantoonbaar aan de basisondersteuning.
- Ouders waarderen de samenwerking met de school gemiddeld met ten minste een 7,5.
Hoe we de voortgang op deze doelen volgen en aan wie we daarover rapporteren, leggen we vast in een kwaliteitskader dat in de loop van 2027 wordt opgesteld. Tot die tijd nemen we de ontwikkelingen mee in de gesprekken met besturen.
# Geld en middelen
## Onze inkomsten
Het samenwerkingsverband ontvangt jaarlijks van de rijksoverheid middelen voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan het speciaal onderwijs en de bekostiging van de sbo-groei resteren middelen die wij via ons verdeelmodel inzetten.
## Verdeelmodel
Het verdeelmodel bestaat uit twee delen. Zestig procent van de beschikbare middelen gaat als schoolbudget naar de besturen: een vaste voet van € 7.500 per school plus een bedrag per leerling (voor 2026-2027 € 118), op basis van het leerlingaantal op 1 oktober van het voorgaande jaar. Besturen verdelen dit budget over hun scholen en zetten het in voor laag 2. Veertig procent blijft bovenschools en wordt ingezet voor de voorzieningen uit hoofdstuk 6, de arrangementen op laag 3 en het loket. Arrangementen worden toegekend op aanvraag van de school, op basis van het ontwikkelingsperspectief en na beoordeling door het loket; het loket honoreert een aanvraag als de ondersteuningsvraag aantoonbaar de mogelijkheden van laag 2 overstijgt.
## Reserves en risico's
Het samenwerkingsverband houdt een weerstandsvermogen aan van maximaal 5 procent van de baten. Reserves boven die norm zijn in 2023 en 2024 ingezet voor een eenmalig scholingsprogramma. Het belangrijkste risico is een onverwachte groei van het aantal leerlingen in het so.
## Begroting
De meerjarenbegroting 2026-2030 is als bijlage 5 bij dit plan gevoegd. In de tabel hieronder staan de hoofdposten.
| Post | 2026 | 2027 | 2028 | 2029 |
| Schoolbudgetten besturen | p.m. | p.m. | p.m. | p.m. |
| Bovenschoolse voorzieningen | p.m. | p.m. | p.m. | p.m. |
| Loket en bureau | p.m. | p.m. | p.m. | p.m. |
De bedragen worden ingevuld zodra de definitieve rijksbekostiging bekend is.
## Verantwoording
Besturen verantwoorden jaarlijks voor 1 april in een vast format hoe zij het schoolbudget hebben besteed. De controller rapporteert daarover aan de raad van toezicht.
""" + FA["governance"] + FA["opr"] + FA["oogo"] + FA["personeel"] + FA["ict"] + FA["planning"]

A_BIJLAGEN = """# Bijlage 1 Begrippenlijst
Arrangement: een samenhangend pakket van extra ondersteuning voor een leerling of groep.
Basisondersteuning: de ondersteuning die iedere school binnen het samenwerkingsverband biedt.
Dekkend aanbod: een aanbod van voorzieningen waarin voor iedere leerling een passende plek is.
Meerjarenbegroting: de begroting voor meerdere jaren die het samenwerkingsverband opstelt.
Onderwijsconsulent: onafhankelijke adviseur voor ouders bij problemen rond toelating, verwijdering of thuiszitten.
Terugplaatsing: de overstap van een leerling van het sbo of so naar het regulier basisonderwijs.
Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so.
Resultaten: de effecten die het samenwerkingsverband met zijn beleid bereikt.
# Bijlage 2 Afkortingen
| Afkorting | Betekenis |
| IB | intern begeleider |
| LBT | Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen |
| OJSP | ouder- en jeugdsteunpunt |
| OOGO | op overeenstemming gericht overleg |
| OPP | ontwikkelingsperspectief |
| OPR | ondersteuningsplanraad |
| sbo | speciaal basisonderwijs |
| so | speciaal onderwijs |
| TLV | toelaatbaarheidsverklaring |
"""

A_LABEL = """
documents: [holdout274-po-lingedal.docx, holdout274-po-lingedal.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
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
  resultaten.doelen: true
  resultaten.monitoring: false
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
  basisondersteuning: "ch. 'Basisondersteuning: wat elke school biedt': one level for all 71 vestigingen + bullet list of concrete voorzieningen; kwaliteitskaart/verbeterplan = borging"
  plaatsing: "ch. 'Toelaatbaarheid tot het sbo en het so': aanvrager, dossier, two deskundigen, CvT within 6 weeks; explicit sbo/so cluster 3/4 criteria; duur + categorie; LBT bezwaar"
  terugstroom: "hidden as subsection 'Na afloop van de TLV' inside the TLV chapter: policy (perspectief, conditions, 6-hour arrangement after return) and steps (1 februari evaluation, 1 april verlenging, end 31 juli, evaluations at 3/12 months)"
  financien: "under 'Geld en middelen': verdeelmodel (60/40, vaste voet EUR 7.500 + EUR 118 per leerling, arrangement criteria) addressed; besteding NOT: meerjarenbegroting referred to absent bijlage 5 and the table has only p.m."
  dekkend-aanbod: "four-layer route + voorzieningen table (continuum); 'Thuiszitters en dekkend netwerk' with escalatietafel, twice-yearly gap analysis, zorgplicht (lacunes)"
  resultaten: "'Kwaliteit en beoogde resultaten' lists measurable targets; monitoring deferred ('kwaliteitskader dat in de loop van 2027 wordt opgesteld')"
  ouders: "inside chapter 'Communicatie' (subsection Ouders): schoolgids, ouderpagina, brochure, informatieavonden; Ouder- en Jeugdsteunpunt Lingedal, onderwijsconsulenten, klachtenregeling"
"""


# ----------------------------------------------------------------------------------------------
# Plan B: VO, docx only
# ----------------------------------------------------------------------------------------------
B = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Eem", periode="2026-2030", start=2026,
         eind=2030, directeur="J.A. (Jeroen) Koopmans MSc", oogo="4 maart 2026", opr="14 april 2026",
         vast="21 april 2026", besturen=9, gemeenten="Eemdal, Heuvelrug-Zuid en Leusveld",
         scholen=19, lln="16.420", lln2="16.515", lln3="16.388", dp1="3,62%", dp2="3,70%", dp3="3,77%",
         buur="PO Eem en Heuvelrug", oprleden=10, fte=17.2)
FB = filler(B)

B_BODY = FB["voorwoord"] + FB["inleiding"] + FB["context"] + FB["visie"] + """# Ondersteuning op onze scholen
## Basisondersteuning
Alle negentien vestigingen bieden ten minste hetzelfde niveau van basisondersteuning. Dat niveau is door de besturen gezamenlijk vastgesteld en is voor iedere school het minimum, ongeacht leerweg of locatie. Scholen die dit niveau nog niet halen, werken daar binnen de planperiode naartoe.
Welke voorzieningen en interventies precies onder de basisondersteuning vallen, leest u in de schoolgids van iedere school en in het overzicht 'Basisondersteuning VO Heuvelrug-Eem' op onze website. Dat overzicht wordt jaarlijks geactualiseerd en daarom niet in dit plan opgenomen.
## Extra ondersteuning
Ons ondersteuningscontinuüm kent vier niveaus. Op niveau 1 biedt de school de basisondersteuning in de klas en via de mentor. Op niveau 2 zet de school extra ondersteuning in vanuit het eigen ondersteuningsbudget, zoals een ondersteuningsklas, een trajectvoorziening of begeleiding door de ondersteuningscoördinator en de schoolorthopedagoog. Op niveau 3 gaat het om bovenschoolse arrangementen: plaatsing in het orthopedagogisch-didactisch centrum De Overstap (maximaal 26 weken, 40 plaatsen), het reboundprogramma of een onderwijs-zorgarrangement met de jeugdhulp. Op niveau 4 gaat het om het voortgezet speciaal onderwijs, het praktijkonderwijs en de lwoo-trajecten in kleine groepen. Leerlingen stromen waar mogelijk van een hoger naar een lager niveau.
## Dekkend aanbod en thuiszitters
Een dekkend aanbod betekent voor ons dat er voor iedere jongere een passende plek is binnen een redelijke reisafstand. Elk jaar in oktober analyseren we, samen met de besturen, de jongeren voor wie geen passende plek werd gevonden, de wachttijden bij De Overstap en de lijst van thuiszitters en vrijstellingen. Op 1 oktober 2025 waren er 31 thuiszitters en 12 jongeren met een vrijstelling op grond van artikel 5 onder a van de Leerplichtwet. Gevonden lacunes leiden tot een voorstel aan het bestuurlijk overleg; in 2025 leidde dit tot een nieuwe groep voor hoogbegaafde jongeren met faalangst. Een school die een leerling aangemeld krijgt en niet zelf kan plaatsen, houdt de zorgplicht tot een andere school de leerling heeft ingeschreven. Thuiszitters worden binnen twee weken besproken aan de thuiszitterstafel, met leerplicht, jeugdhulp en de school. De gemeenten en het samenwerkingsverband financieren samen een onderwijs-zorgconsulent die deze tafel voorzit.
# Toewijzing en toelaatbaarheid
## Voortgezet speciaal onderwijs
Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de jongere is ingeschreven of aangemeld. De aanvraag gaat digitaal naar het Loket Toewijzing, met het ontwikkelingsperspectief, een verslag van het multidisciplinair overleg waarbij ouders en jongere aanwezig waren, en de zienswijze van ouders en jongere. Het loket wint het advies in van twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog en, afhankelijk van de situatie, een kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker. De Commissie Toewijzing besluit binnen zes weken, met een mogelijke verlenging van vier weken. Ouders ontvangen een afschrift van de adviezen.
De criteria die de Commissie Toewijzing hanteert, zijn opgenomen in het Handboek Toewijzing (bijlage 6). Het handboek wordt in het voorjaar van 2026 herzien.
## Leerwegondersteunend onderwijs en praktijkonderwijs
Voor lwoo en praktijkonderwijs dient de vo-school waar de leerling is aangemeld vóór 1 maart van het jaar van overstap een aanvraag in bij het Loket Toewijzing, met het onderwijskundig rapport van de basisschool en de gegevens van het capaciteitenonderzoek. De commissie besluit uiterlijk op 15 april, zodat ouders weten waar zij aan toe zijn. Leerlingen die later instromen, kunnen het hele jaar worden aangemeld; de commissie besluit dan binnen vier weken.
## Bezwaar
Tegen een besluit over een toelaatbaarheidsverklaring kunnen ouders binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
## Terug naar het regulier onderwijs
Dit onderdeel wordt in het schooljaar 2026-2027 samen met de vso-scholen uitgewerkt en als aanvulling op dit plan aan de ondersteuningsplanraad voorgelegd.
# Opbrengsten en resultaten
## Wat we willen bereiken
| Doel | Nulmeting 2024-2025 | Streefwaarde 2029-2030 |
| Aantal thuiszitters langer dan 4 weken | 31 | hoogstens 15 |
| Deelnamepercentage vso | 3,77% | hoogstens 3,5% |
| Leerlingen De Overstap terug naar een reguliere school binnen 26 weken | 71% | ten minste 85% |
| Voortijdig schoolverlaters met extra ondersteuningsbehoefte | 4,2% | hoogstens 3,0% |
| Scholen die basisondersteuning volledig realiseren | 14 van 19 | 19 van 19 |
## Hoe we resultaten volgen
Twee keer per jaar, in november en in mei, verzamelt de beleidsmedewerker per indicator de cijfers uit DUO-gegevens, de loketregistratie en de thuiszittersregistratie. De uitkomsten staan in een dashboard dat met iedere school wordt besproken in het kwaliteitsgesprek van het voorjaar. De directeur-bestuurder rapporteert jaarlijks in het bestuursverslag aan de raad van toezicht en de ondersteuningsplanraad over de bereikte resultaten en de kosten per voorziening. Bij een achterstand op een streefwaarde stelt het bestuurlijk overleg binnen drie maanden een verbeteraanpak vast.
# Financiën
De verdeling en de besteding van de middelen zijn in de onderstaande tabellen weergegeven.
| Verdeling ondersteuningsmiddelen | Grondslag | Bedrag 2026-2027 |
| Vaste voet per school (vestiging) | per vestiging | € 25.000 |
| Schoolbudget lichte ondersteuning | per leerling op teldatum 1 oktober | € 142 |
| Lwoo-budget | per leerling met lwoo-aanwijzing | € 3.650 |
| Niveau 3-arrangementen | op aanvraag, na toekenning Loket Toewijzing | volgens tarievenlijst, max. € 12.000 per traject |
| Praktijkonderwijs aanvulling | per leerling pro op teldatum | € 1.150 |
| Meerjarenbegroting (x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Baten rijksbijdrage ondersteuning | 24.880 | 24.710 | 24.530 | 24.400 |
| Afdracht vso | 10.950 | 11.020 | 11.060 | 11.100 |
| Schoolbudgetten en vaste voet | 2.810 | 2.800 | 2.790 | 2.780 |
| Lwoo en pro naar besturen | 6.940 | 6.880 | 6.800 | 6.730 |
| De Overstap en rebound | 2.350 | 2.380 | 2.410 | 2.440 |
| Arrangementen niveau 3 | 1.120 | 1.050 | 1.000 | 980 |
| Bureau en loket | 1.380 | 1.400 | 1.420 | 1.440 |
| Resultaat | -670 | -820 | -950 | -1.090 |
| Weerstandsvermogen (ratio) | 9,1% | 6,4% | 4,5% | 3,9% |
Het negatieve resultaat is bewust begroot om de reserve tot de signaleringswaarde terug te brengen. Scholen verantwoorden de besteding van hun schoolbudget en lwoo-budget jaarlijks voor 1 maart met het verantwoordingsformat.
# Ouders en leerlingen
## Informatie
Ouders en leerlingen vinden informatie over ondersteuning op de website van de school en op onze website, waar per school een ondersteuningspagina staat. Voor ouders van leerlingen in groep 8 organiseren we in november een informatiemarkt over lwoo, praktijkonderwijs en de ondersteuning in de brugklas. Daarnaast ontvangen ouders bij iedere aanvraag bij het Loket Toewijzing een brief met uitleg over de procedure, hun rechten en de contactgegevens van het loket.
## Onafhankelijke ondersteuning
Een onafhankelijk ouder- en jeugdsteunpunt wordt ingericht zodra de wetgeving daartoe in werking treedt. Tot die tijd wordt nader bepaald hoe het samenwerkingsverband hierin voorziet.
## Betrokkenheid
Ouders en jongeren zijn volwaardig partner. Jongeren hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief. In de ondersteuningsplanraad zitten vijf ouders en leerlingen.
""" + FB["governance"] + FB["opr"] + FB["oogo"] + FB["personeel"] + FB["ict"] + FB["bedrijfsvoering"] + FB["kennis"] + FB["planning"]

B_BIJLAGEN = """# Bijlage A Begrippenlijst
Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt.
OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en bij onenigheid.
Terugplaatsing: de overgang van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de toelaatbaarheidsverklaring.
Toelaatbaarheidscriteria: de criteria op grond waarvan de Commissie Toewijzing besluit.
Lwoo: leerwegondersteunend onderwijs.
# Bijlage B Overzicht bijlagen
| Nr. | Bijlage | Vindplaats |
| 5 | OOGO-verslag 4 maart 2026 | bij de vaststellingsstukken |
| 6 | Handboek Toewijzing | separaat document, website |
| 7 | Instemmingsbrief OPR | bij de vaststellingsstukken |
"""

B_LABEL = """
documents: [holdout274-vo-heuvelrug-eem.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
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
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Basisondersteuning': same minimum level for all 19 vestigingen (niveau); the content is only referred to schoolgidsen and a website overview (inhoud not addressed)"
  plaatsing: "'Toewijzing en toelaatbaarheid': vso procedure (aanvrager, dossier, two deskundigen, 6 weeks) and lwoo/pro procedure; criteria only referred to absent 'Handboek Toewijzing (bijlage 6)'"
  terugstroom: "heading 'Terug naar het regulier onderwijs' only defers ('wordt in 2026-2027 uitgewerkt'); otherwise only the passing line 'Leerlingen stromen waar mogelijk van een hoger naar een lager niveau', the begrippenlijst, TOC and running header"
  financien: "'Financien' content is almost entirely in two tables: verdeling (vaste voet, per leerling, lwoo, arrangementen op aanvraag) and meerjarenbegroting 2026-2029 with amounts and weerstandsvermogen"
  dekkend-aanbod: "'Extra ondersteuning' four-level continuum with OPDC/rebound/vso; 'Dekkend aanbod en thuiszitters' yearly gap analysis, zorgplicht, thuiszitterstafel"
  resultaten: "'Opbrengsten en resultaten': table of nulmeting/streefwaarde; twice-yearly dashboard, kwaliteitsgesprek, reporting in bestuursverslag"
  ouders: "'Ouders en leerlingen': information via websites, informatiemarkt, letter (informatie); steunpunt only deferred ('wordt ingericht zodra ... nader bepaald'), OJSP only in begrippenlijst"
"""


# ----------------------------------------------------------------------------------------------
# Plan C: PO, short 'op hoofdlijnen', pdf only
# ----------------------------------------------------------------------------------------------
C = dict(naam="Samenwerkingsverband PO Kempenvelden", periode="2026-2030", start=2026,
         eind=2030, directeur="R. (Ruud) van Aalst", oogo="26 januari 2026", opr="3 maart 2026",
         vast="10 maart 2026", besturen=6, gemeenten="Bergeijkerveld, Eersel-Zuid en Valkenswaard-Oost",
         scholen=38, lln="7.210", lln2="7.148", lln3="7.095", dp1="2,05%", dp2="2,11%", dp3="2,19%",
         buur="VO Kempen", oprleden=8, fte=6.8)
FC = filler(C)

C_BODY = FC["voorwoord"] + FC["inleiding"] + FC["context"] + FC["visie"] + """# Kernafspraken voor de planperiode
Dit plan is bewust een plan op hoofdlijnen. Het legt vast wat voor alle scholen en besturen geldt. De uitwerking volgt in de jaarplannen. Centraal staan vijf kernafspraken: een stevige basisondersteuning op elke school, heldere criteria voor het speciaal (basis)onderwijs, ruimte voor terugkeer naar de basisschool, verantwoord omgaan met middelen en goede informatie voor ouders. Een dekkend aanbod is daarbij ons uitgangspunt; dit thema werken we verder uit in de jaarplannen.
# Basisondersteuning
Onderstaande tabel beschrijft de basisondersteuning die op elk van de 38 scholen van ons samenwerkingsverband aanwezig is. Het is het minimum dat alle besturen met elkaar hebben afgesproken; ouders kunnen hier iedere school op aanspreken.
| Domein | Wat iedere school in Kempenvelden minimaal biedt |
| Ondersteuningsstructuur | een intern begeleider, vier groepsbesprekingen per jaar, een ondersteuningsteam met de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband |
| Lezen en rekenen | dyslexieprotocol en protocol ernstige rekenproblemen, extra instructietijd in de groep, voorleessoftware |
| Gedrag en welbevinden | een methode voor sociaal-emotioneel leren, een gedragsprotocol, een aandachtsfunctionaris, jaarlijkse monitoring sociale veiligheid |
| Meer- en hoogbegaafdheid | compacten en verrijken in de groep, een plusgroep op schoolniveau of in samenwerking met een andere school |
| Taal en nieuwkomers | NT2-aanbod in de groep, samenwerking met de nieuwkomersvoorziening |
| Medisch | uitvoering van het protocol medisch handelen, afspraken met ouders over medicatie |
| Werkwijze | handelingsgericht en planmatig werken, met een groepsoverzicht per groep en een ontwikkelingsperspectief waar nodig |
# Speciaal basisonderwijs en speciaal onderwijs
## Criteria voor toelaatbaarheid
Een leerling is toelaatbaar tot het speciaal basisonderwijs als de basisschool ten minste een jaar handelingsgericht heeft gewerkt met een ontwikkelingsperspectief, de leerling op twee of meer ontwikkelingsgebieden een achterstand heeft van meer dan een jaar ten opzichte van leeftijdsgenoten en de leerling voor het grootste deel van de dag aangewezen is op een groep van maximaal zestien leerlingen. Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 bij een vastgestelde verstandelijke, lichamelijke of meervoudige beperking die maakt dat het onderwijsprogramma van het sbo niet haalbaar is. Toelaatbaarheid tot cluster 4 vraagt om een ernstige en langdurige gedrags- of psychiatrische problematiek waarbij de leerling is aangewezen op onderwijs met een intensieve combinatie van onderwijs en behandeling.
Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt twee jaar.
## Aanvragen
Hoe de school een TLV aanvraagt en wie daarover beslist, staat beschreven in de Routekaart TLV op www.swvkempenvelden.nl/routekaart.
## Terug naar de basisschool
Wij gaan ervan uit dat een plaatsing in het sbo of so niet per definitie definitief is. Elke leerling in het speciaal (basis)onderwijs houdt perspectief op een terugkeer naar een basisschool in de eigen omgeving. Terugkeer is aan de orde als het ontwikkelingsperspectief laat zien dat de leerling met de basisondersteuning en een tijdelijk arrangement op een basisschool verder kan. De ontvangende basisschool krijgt in dat geval gedurende ten minste zes maanden begeleiding van de ambulant begeleider van de school van herkomst en een aanvullend budget van € 4.000.
De concrete stappen, wie het initiatief neemt en op welke momenten wordt geëvalueerd, werken we in het schooljaar 2026-2027 samen met de sbo- en so-scholen uit.
# Middelen
## Begroting
| Meerjarenbegroting (bedragen x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte en zware ondersteuning | 8.940 | 8.860 | 8.790 | 8.720 |
| Afdracht so | 3.480 | 3.510 | 3.540 | 3.560 |
| Bekostiging sbo (incl. groei) | 2.210 | 2.190 | 2.170 | 2.150 |
| Ondersteuningsmiddelen naar schoolbesturen | 2.460 | 2.390 | 2.330 | 2.270 |
| Consulenten en ondersteuningsteam | 540 | 550 | 560 | 570 |
| Bureau, huisvesting en bestuur | 310 | 315 | 320 | 325 |
| Resultaat | -60 | -95 | -130 | -155 |
| Weerstandsvermogen | 7,8% | 6,7% | 5,4% | 3,7% |
## Verdeling
Het huidige verdeelmodel wordt in 2026 geëvalueerd. Het nieuwe model en de bijbehorende verdeelsleutel volgen na besluitvorming in het algemeen bestuur in het voorjaar van 2027.
# Ouders
## Informatie
Ouders vinden de basisondersteuning van de school van hun kind in de schoolgids. Op onze website staan een ouderpagina en een filmpje waarin wordt uitgelegd hoe passend onderwijs in Kempenvelden werkt; de pagina is ook in het Engels en Arabisch beschikbaar. Als de school een TLV aanvraagt, krijgen ouders een informatiefolder van het samenwerkingsverband. Eenmaal per jaar houden we een ouderavond samen met de gemeente.
## Hulp voor ouders
Ouders die er met de school niet uitkomen, kunnen terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Kempen, dat wordt gefinancierd door de drie Kempen-samenwerkingsverbanden samen. Het steunpunt biedt een luisterend oor, informatie en zo nodig een vertrouwenspersoon die meegaat naar gesprekken. Daarnaast kunnen ouders zich kosteloos wenden tot een onderwijsconsulent.
## Medezeggenschap
In de ondersteuningsplanraad zijn ouders en personeel gelijk vertegenwoordigd; ouders hebben zo invloed op het beleid.
""" + FC["governance"] + FC["opr"] + FC["oogo"] + FC["personeel"] + FC["ict"] + FC["bedrijfsvoering"] + FC["kennis"] + """# Terugblik
In de vorige planperiode hebben we geïnvesteerd in de ondersteuningsteams en in scholing van intern begeleiders. De resultaten van het vorige plan zijn gepresenteerd in het jaarverslag 2024. In dit plan bouwen we daarop voort.
""" + FC["planning"]

C_BIJLAGEN = """# Begrippenlijst
Dekkend aanbod: het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.
Thuiszitter: een leerplichtige leerling die zonder geldige reden langer dan vier weken niet naar school gaat.
Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil bereiken.
Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden.
Verdeelmodel: de systematiek waarmee middelen over besturen worden verdeeld.
"""

C_LABEL = """
documents: [holdout274-po-kempenvelden.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [duur-categorie]
  terugstroom: []
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "content only in the table under 'Basisondersteuning': minimum agreed by all boards for all 38 schools, per domain"
  plaatsing: "'Criteria voor toelaatbaarheid' gives sbo/so cluster 3/4 criteria and TLV duration; the procedure is only referred to a website Routekaart"
  terugstroom: "'Terug naar de basisschool': policy (perspectief, condition, 6 months AB + EUR 4.000) addressed; steps/initiative/evaluation deferred to 2026-2027"
  financien: "'Middelen': meerjarenbegroting table with amounts (besteding); verdeelmodel only deferred ('volgt ... voorjaar van 2027'); a budget line to schoolbesturen is not a distribution rule"
  dekkend-aanbod: "only passing mentions ('Een dekkend aanbod is daarbij ons uitgangspunt; ... werken we verder uit') and begrippenlijst; no continuum, no thuiszitters/gaps"
  resultaten: "no intended results or monitoring; 'Terugblik' only refers to jaarverslag 2024; term only in begrippenlijst"
  ouders: "'Ouders': schoolgids, website, film, folder, ouderavond; Ouder- en Jeugdsteunpunt Kempen and onderwijsconsulent"
"""


# ----------------------------------------------------------------------------------------------
# Plan D: VO, pdf only (rendered from a temporary docx)
# ----------------------------------------------------------------------------------------------
D = dict(naam="Samenwerkingsverband VO Maasvallei-Noord", periode="2026-2030", start=2026,
         eind=2030, directeur="drs. H. (Hanneke) Smeets", oogo="18 februari 2026", opr="25 maart 2026",
         vast="31 maart 2026", besturen=5, gemeenten="Maasgouw-Noord, Roerdal en Venray-Zuid",
         scholen=12, lln="9.870", lln2="9.760", lln3="9.655", dp1="3,11%", dp2="3,18%", dp3="3,09%",
         buur="PO Maasvallei", oprleden=8, fte=9.5)
FD = filler(D)

D_BODY = FD["voorwoord"] + FD["inleiding"] + FD["context"] + FD["visie"] + """# Het ondersteuningsaanbod
## Basisondersteuning: de afspraak voor alle scholen
De vijf besturen hebben afgesproken dat op alle twaalf vestigingen van het voortgezet onderwijs in Maasvallei-Noord hetzelfde minimum aan ondersteuning beschikbaar is, voor alle leerwegen van vmbo tot gymnasium. Niemand hoeft voor deze ondersteuning een aanvraag te doen; zij hoort bij het gewone aanbod van de school. Concreet betekent dit dat iedere school:
- per klas een mentor heeft met ten minste één uur mentoruur per week en een individueel mentorgesprek per periode;
- een ondersteuningscoördinator heeft die het ondersteuningsteam voorzit en het aanspreekpunt is voor ouders en externe partners;
- een orthopedagoog of psycholoog beschikbaar heeft voor consultatie en observatie, minimaal vier uur per week per 500 leerlingen;
- dyslexie- en dyscalculiebegeleiding biedt, met faciliteiten als extra tijd, vergrote teksten en auditieve ondersteuning bij toetsen;
- trainingen aanbiedt in faalangstreductie, sociale vaardigheden en executieve functies;
- een time-outvoorziening of opvangruimte heeft met een vaste begeleider;
- een zorgadviesteam organiseert met de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk, ten minste zes keer per jaar.
## Extra ondersteuning en bovenschoolse voorzieningen
Wanneer de basisondersteuning niet volstaat, biedt de school extra ondersteuning in een arrangement. Eerst binnen de school, met een ondersteuningsklas of begeleiding door een gedragsspecialist. Daarna bovenschools: in het Ondersteuningscentrum Maasvallei (OPDC) voor een periode van maximaal een schooljaar, met 48 plaatsen verdeeld over twee locaties, of in het reboundtraject van twaalf weken. Voor jongeren die meer nodig hebben, zijn er twee vso-scholen in het werkgebied, voor cluster 3 en voor cluster 4, en kunnen jongeren met een combinatie van onderwijs en behandeling terecht bij de onderwijs-zorgvoorziening De Brug. Het praktijkonderwijs in Venray-Zuid en de lwoo-klassen op vier vmbo-scholen vormen samen met deze voorzieningen één doorlopend aanbod van licht naar zwaar.
## Witte vlekken
Een analyse van witte vlekken in het aanbod is gepland voor het schooljaar 2027-2028. De aanpak van thuiszitters en jongeren zonder passende plek wordt op basis van die analyse vastgesteld.
# Toelaatbaarheid
De toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de toelaatbaarheid tot het praktijkonderwijs zijn geregeld in het Reglement Toewijzing Maasvallei-Noord. Dit reglement is een afzonderlijk document dat door het bestuur wordt vastgesteld en dat niet in dit ondersteuningsplan is opgenomen.
# Van vso naar regulier voortgezet onderwijs
## Ons beleid
Het samenwerkingsverband streeft ernaar dat iedere jongere in het vso die daartoe in staat is, de overstap maakt naar een reguliere vo-school of naar het mbo met een startkwalificatie. Wij vinden dat het vso een tussenstation kan zijn en geen eindstation hoeft te zijn. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die de jongere nodig heeft en dat jongere en ouders achter de overstap staan. Om de drempel te verlagen, krijgt de ontvangende school voor de eerste twaalf maanden een overstaparrangement: begeleiding door een ambulant begeleider van de vso-school van twee uur per week en een budget van € 5.500 voor extra begeleiding. De jongere houdt tijdens dat jaar een vast aanspreekpunt op de vso-school.
## Werkwijze
Bij elke jaarlijkse evaluatie van het ontwikkelingsperspectief beoordeelt de commissie voor de begeleiding van de vso-school of een overstap mogelijk is. In het laatste jaar van de toelaatbaarheidsverklaring gebeurt dat uiterlijk in december. Stap 1: de vso-school bespreekt de mogelijkheden met jongere en ouders. Stap 2: de vso-school zoekt contact met een passende vo-school en de consulent van het samenwerkingsverband. Stap 3: de ontvangende school neemt binnen vier weken een besluit over de inschrijving. Stap 4: de overstap vindt bij voorkeur plaats na een proefplaatsing van zes weken, met een gezamenlijk overdrachtsgesprek. Als de vso-school van oordeel is dat de jongere langer vso nodig heeft, moet zij voor 1 april een nieuwe aanvraag doen; gebeurt dat niet, dan loopt de toelaatbaarheidsverklaring af op 31 juli en zorgt de vso-school voor inschrijving op een reguliere school. Na drie maanden evalueert de consulent de overstap met de ontvangende school.
## Cijfers
| Schooljaar | Jongeren vso | Overstap naar regulier vo | Overstap naar mbo |
| 2022-2023 | 301 | 14 | 39 |
| 2023-2024 | 309 | 11 | 42 |
| 2024-2025 | 298 | 17 | 44 |
# Geld en middelen
## Hoe de middelen worden verdeeld
De ondersteuningsmiddelen worden na aftrek van de afdrachten voor het vso op drie manieren verdeeld. Eén: iedere school ontvangt een basisbudget bestaande uit € 30.000 vaste voet en € 95 per leerling op teldatum 1 oktober. Twee: de lwoo- en pro-middelen gaan naar de besturen naar rato van het aantal leerlingen met een lwoo-aanwijzing of pro-toelaatbaarheid op 1 oktober. Drie: de bovenschoolse voorzieningen (OPDC, rebound, De Brug) worden centraal bekostigd; scholen betalen geen bijdrage per geplaatste leerling. Wijzigingen in deze verdeling worden voorbereid in het bestuurlijk overleg en vastgesteld door de directeur-bestuurder na instemming van de ondersteuningsplanraad.
## Begroting
| Begroting (x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage | 15.240 | 15.120 | 15.010 | 14.900 |
| Afdracht vso | 6.710 | 6.760 | 6.790 | 6.810 |
| Basisbudgetten scholen | 1.280 | 1.270 | 1.260 | 1.250 |
| Lwoo en pro | 4.920 | 4.860 | 4.800 | 4.750 |
| OPDC, rebound, De Brug | 1.850 | 1.870 | 1.890 | 1.910 |
| Overstaparrangementen | 95 | 105 | 115 | 125 |
| Bureau en consulenten | 620 | 630 | 640 | 650 |
| Saldo | -235 | -375 | -485 | -585 |
De begrote tekorten komen ten laste van de algemene reserve, die daarmee in 2029 op het niveau van de signaleringswaarde uitkomt.
# Kwaliteitszorg
## Wat we volgen
Het samenwerkingsverband werkt met een kwaliteitscyclus. Elk jaar in januari stellen we per school een factsheet op met het aantal leerlingen in het OPDC en de rebound, het aantal aanvragen voor extra ondersteuning, het verzuim, de doorstroom en het aantal vso-leerlingen dat terugkeert. De factsheets worden in februari met de schooldirecties besproken in een kwaliteitsgesprek. In het voorjaar rapporteert de directeur-bestuurder de uitkomsten in het bestuursverslag aan de raad van toezicht, het bestuurlijk overleg en de ondersteuningsplanraad. Eens per twee jaar laten we een tevredenheidsonderzoek uitvoeren onder scholen.
## Doelen
De beoogde resultaten voor deze planperiode formuleren we na de nulmeting in het schooljaar 2026-2027 en leggen we vast in het jaarplan 2027-2028.
# Leerlingen en ouders
Een communicatieplan voor leerlingen en ouders volgt in 2027.
""" + FD["governance"] + FD["opr"] + FD["oogo"] + FD["personeel"] + FD["ict"] + FD["bedrijfsvoering"] + FD["kennis"] + FD["planning"]

D_BIJLAGEN = """# Bijlage: verklarende woordenlijst
Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.
Onderwijsconsulent: onafhankelijke adviseur voor ouders en scholen.
Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een jongere toelaatbaar is tot het vso.
Lwoo: leerwegondersteunend onderwijs. Pro: praktijkonderwijs.
Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.
Dekkend aanbod: aanbod waarin voor iedere jongere een passende plek is.
Schoolgids: document waarin de school ouders informeert over onder meer de ondersteuning.
"""

D_LABEL = """
documents: [holdout274-vo-maasvallei-noord.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: []
notes:
  basisondersteuning: "'Basisondersteuning: de afspraak voor alle scholen': same minimum for all 12 vestigingen plus bullet list of concrete provisions"
  plaatsing: "chapter 'Toelaatbaarheid' only refers to a separate 'Reglement Toewijzing' not included; TLV otherwise only mentioned in the terugstroom chapter and glossary"
  terugstroom: "'Van vso naar regulier voortgezet onderwijs': policy with conditions and overstaparrangement; steps 1-4, December evaluation, 1 april, end 31 juli; table of yearly overstap figures"
  financien: "under 'Geld en middelen': three-way verdeling with amounts and decision route; begroting 2026-2029 table; reserve use"
  dekkend-aanbod: "continuum described (school -> OPDC/rebound -> vso/De Brug, pro/lwoo); gaps/thuiszitters only deferred ('gepland voor 2027-2028 ... wordt op basis van die analyse vastgesteld')"
  resultaten: "'Kwaliteitszorg': yearly factsheets, kwaliteitsgesprek, reporting (monitoring); intended results deferred until after the nulmeting"
  ouders: "only a deferral ('Een communicatieplan ... volgt in 2027') and glossary entries (OJSP, onderwijsconsulent, schoolgids); no information route, no steunpunt"
"""


# ----------------------------------------------------------------------------------------------
# Plan E: VO, html web version, 'op hoofdlijnen'
# ----------------------------------------------------------------------------------------------
E = dict(naam="Samenwerkingsverband Passend Voortgezet Onderwijs Drechtoever", periode="2026-2030", start=2026,
         eind=2030, directeur="mr. drs. P. (Pieter) Hoogendijk", oogo="9 maart 2026", opr="20 april 2026",
         vast="28 april 2026", besturen=7, gemeenten="Drechtoever, Alblasmonde en Papendrecht-West",
         scholen=16, lln="13.240", lln2="13.305", lln3="13.290", dp1="3,95%", dp2="3,88%", dp3="3,84%",
         buur="PO Drechtoever", oprleden=12, fte=14.0)
FE = filler(E)

E_BODY = FE["voorwoord"] + FE["inleiding"] + FE["context"] + FE["visie"] + """# Ontwikkelagenda
Dit plan is een beleidsplan op hoofdlijnen. Een aantal onderwerpen pakken we in de planperiode opnieuw op. Zo herijken we in 2026-2027 de basisondersteuning aan de hand van de landelijke norm; de uitkomst nemen we als addendum in dit plan op. Ook de financiële paragraaf en de meerjarenbegroting maken geen deel uit van dit plan: de verdeling van de middelen en de begroting worden jaarlijks door het bestuur vastgesteld en op onze website gepubliceerd.
# Toewijzing van extra ondersteuning
## Voortgezet speciaal onderwijs
Het bevoegd gezag van de vo-school waar een jongere staat ingeschreven of is aangemeld, vraagt de toelaatbaarheidsverklaring aan bij de Toewijzingscommissie van het samenwerkingsverband. De aanvraag bevat het ontwikkelingsperspectief, het verslag van het laatste multidisciplinair overleg, de evaluatie van de geboden ondersteuning en de zienswijze van ouders en jongere. Een orthopedagoog-generalist of GZ-psycholoog van het samenwerkingsverband en een tweede deskundige, per aanvraag gekozen uit een pool van jeugdartsen, kinderpsychiaters en maatschappelijk werkers, geven ieder een eigen schriftelijk advies. De Toewijzingscommissie neemt binnen vijf weken na ontvangst van de volledige aanvraag een besluit.
Een jongere is toelaatbaar tot het vso als aan elk van de volgende voorwaarden is voldaan:
- de school heeft de ondersteuning uit het ontwikkelingsperspectief aantoonbaar ten minste zes maanden uitgevoerd en geëvalueerd, inclusief een bovenschools arrangement, tenzij de deskundigen dat kennelijk zinloos achten;
- de jongere heeft een ondersteuningsbehoefte op meerdere gebieden tegelijk (leren, gedrag, communicatie, medisch) die in intensiteit en duur de mogelijkheden van een reguliere school overstijgt;
- de jongere is voor het grootste deel van de schooldag aangewezen op een kleine groep met een vaste begeleider en een specialistische pedagogische aanpak;
- voor cluster 3: er is sprake van een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die het volgen van regulier onderwijs onmogelijk maakt.
De TLV wordt afgegeven voor twee schooljaren; in het laatste schooljaar van het vso (uitstroomprofiel arbeidsmarkt of dagbesteding) tot het einde van de schoolloopbaan. De bekostigingscategorie wordt vastgesteld op basis van de deskundigenadviezen.
## Lwoo en praktijkonderwijs
De vo-school dient voor lwoo en pro de aanvraag in vóór 1 april van het jaar waarin de leerling overstapt, met het onderwijskundig rapport en de toetsgegevens. De Toewijzingscommissie toetst aan de landelijke criteria en besluit binnen vier weken. Voor zij-instromers geldt dezelfde termijn.
## Bezwaar
Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur. Het bestuur legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
# Terugkeer uit het vso
Het initiatief voor een terugkeer naar het regulier voortgezet onderwijs ligt bij de vso-school. In het laatste jaar van de TLV bespreekt de commissie voor de begeleiding van de vso-school vóór 1 december met jongere en ouders of verlenging nodig is. Is dat niet het geval, dan meldt de vso-school de jongere vóór 1 maart aan bij een reguliere school, die binnen zes weken beslist over toelating. De vso-school draagt de jongere in een warm overdrachtsgesprek over aan de mentor van de ontvangende school. Verlenging vraagt de vso-school aan volgens de procedure voor een nieuwe TLV; zonder nieuwe TLV eindigt de plaatsing op 31 juli.
Wat wij als samenwerkingsverband met terugplaatsing willen bereiken en onder welke voorwaarden we jongeren en scholen daarbij ondersteunen, leggen we vast in de beleidsnotitie 'Terugkeer' die in 2027 verschijnt.
# Thuiszitters en zorgplicht
Het samenwerkingsverband wil dat er voor iedere jongere een plek is. Toch lukt het niet altijd om een passende plek te vinden. Daarom hebben we met de drie gemeenten de Thuiszitterstafel Drechtoever ingericht. Elke school meldt een jongere die langer dan drie weken verzuimt of die niet geplaatst kan worden binnen vijf werkdagen bij de procesregisseur van het samenwerkingsverband. De procesregisseur organiseert binnen tien werkdagen een overleg met school, ouders, jongere, leerplicht en jeugdhulp, en maakt een plan met een termijn. Lukt het niet binnen drie maanden, dan escaleert de procesregisseur naar het bestuurlijk overleg thuiszitters, waar bestuurders en wethouders beslissen over een maatwerkoplossing. Het schoolbestuur waar de jongere is aangemeld, behoudt de zorgplicht totdat de jongere elders is ingeschreven.
Eens per half jaar maakt de procesregisseur een analyse van de jongeren voor wie geen passend aanbod bestaat. Zo bleek in 2025 dat er geen voorziening was voor jongeren met ernstige angstklachten die (tijdelijk) niet in een klas van dertig kunnen functioneren. Het bestuur heeft daarop besloten tot een kleinschalige voorziening op twee locaties vanaf 1 augustus 2026. Met de gemeenten financieren we samen jeugdhulp in de school, zodat een jeugdhulpverlener drie dagdelen per week op elke vmbo-school aanwezig is.
# Resultaten
## Beoogde resultaten
| Indicator | Stand 2025 | Doel 2030 |
| Thuiszitters (langer dan 3 maanden) | 28 | minder dan 10 |
| Jongeren met een vrijstelling 5a | 19 | minder dan 12 |
| Vso-leerlingen die terugkeren naar regulier vo of mbo | 36 per jaar | 50 per jaar |
| Gemiddelde doorlooptijd aanvraag TLV | 6,5 weken | 4 weken |
| Tevredenheid ouders over toewijzingsprocedure | 6,8 | 7,5 |
## Meten en verantwoorden
Vier keer per jaar levert het bureau een kwartaalrapportage aan het bestuur op met de stand van deze indicatoren, gebaseerd op de registratie van de Toewijzingscommissie, de thuiszittersregistratie en de leerplichtcijfers van de gemeenten. Jaarlijks in juni bespreken we de resultaten met de schoolleiders, en in het bestuursverslag rapporteren we over de bereikte resultaten ten opzichte van de doelen. Eens per twee jaar voeren we een oudertevredenheidsonderzoek uit onder ouders van jongeren met een TLV. Blijft een indicator achter, dan stelt het bestuur een verbeteractie vast.
# Ouders en jongeren
## Onafhankelijke steun
Ouders en jongeren die vastlopen in contact met school of samenwerkingsverband, kunnen terecht bij Stip, het ouder- en jeugdsteunpunt van de Drechtsteden. Stip is onafhankelijk en wordt gefinancierd door vier samenwerkingsverbanden samen. Een medewerker van Stip denkt mee, bemiddelt bij onenigheid en gaat zo nodig mee naar gesprekken op school. Stip is bereikbaar via telefoon, chat en inloopspreekuur op woensdag. Ook kunnen ouders een onderwijsconsulent inschakelen of een klacht indienen bij de Landelijke Klachtencommissie Onderwijs.
## Informatie
Hoe we ouders voortaan over het ondersteuningsaanbod informeren, werken we uit in een communicatieplan dat in 2027 gereed is.
""" + FE["governance"] + FE["opr"] + FE["oogo"] + FE["personeel"] + FE["ict"] + FE["bedrijfsvoering"] + FE["kennis"] + FE["planning"]

E_BIJLAGEN = """# Begrippen
Basisondersteuning: het niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt, met concrete voorzieningen zoals mentoraat, dyslexiebegeleiding en faalangsttraining.
Continuüm van ondersteuning: de samenhangende reeks van ondersteuningsvoorzieningen van licht naar zwaar.
Meerjarenbegroting: de begroting voor vier jaar die laat zien waaraan het samenwerkingsverband de middelen besteedt.
Verdeelmodel: de regels volgens welke de middelen over de scholen worden verdeeld.
Schoolgids: het document waarin iedere school ouders informeert over haar ondersteuning.
"""

E_LABEL = """
documents: [holdout274-vo-drechtoever.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "only a deferral in 'Ontwikkelagenda' (herijken in 2026-2027, addendum) and a definition in 'Begrippen' (glossary lists example provisions: trap)"
  plaatsing: "'Toewijzing van extra ondersteuning': vso procedure (aanvrager, dossier, two deskundigen, 5 weeks), explicit vso criteria list, lwoo/pro procedure, duration, LBT bezwaar"
  terugstroom: "'Terugkeer uit het vso': steps, initiative, 1 december/1 maart moments, end 31 juli (procedure); aims/conditions deferred to beleidsnotitie 'Terugkeer' 2027"
  financien: "'Ontwikkelagenda' says financial paragraph and meerjarenbegroting are not part of the plan (website); verdeelmodel/meerjarenbegroting only in 'Begrippen'"
  dekkend-aanbod: "'Thuiszitters en zorgplicht': thuiszitterstafel, escalation, half-yearly gap analysis, new voorziening (lacunes) and jeugdhulp in school; no description of the basis->extra->specialised continuum (only in glossary)"
  resultaten: "'Resultaten': indicator table with 2025 stand and 2030 doel; quarterly reports, yearly bespreking, bestuursverslag"
  ouders: "'Ouders en jongeren': Stip ouder- en jeugdsteunpunt, onderwijsconsulent, klachtencommissie (steunpunt); informing parents deferred to communicatieplan 2027; 'Ouders' only in site navigation"
"""


# ----------------------------------------------------------------------------------------------
# F: near miss - a school's ondersteuningsprofiel (SOP) of one basisschool
# ----------------------------------------------------------------------------------------------
F_BODY = """# Inleiding
Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning OBS De Regenboog in Tielerwaard biedt aan haar leerlingen. Iedere school in Nederland stelt zo'n profiel op; de medezeggenschapsraad heeft adviesrecht. Onze school is aangesloten bij het samenwerkingsverband passend primair onderwijs in onze regio. In het ondersteuningsplan van het samenwerkingsverband staan de afspraken die voor alle scholen gelden; dit profiel gaat alleen over onze eigen school. Het profiel wordt eens per vier jaar vastgesteld en jaarlijks besproken in het team.
# Onze school
OBS De Regenboog is een openbare basisschool met 214 leerlingen in negen groepen. De school staat in een wijk met veel jonge gezinnen en een groeiend aantal nieuwkomers. Ons team bestaat uit veertien leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten en een conciërge. Wij werken met het model van de groepsdoorbraak en handelingsgericht werken.
# Onze basisondersteuning
Op onze school bieden wij de basisondersteuning zoals afgesproken binnen het samenwerkingsverband. Concreet betekent dat voor onze leerlingen:
- drie groepsbesprekingen per jaar tussen leerkracht en intern begeleider;
- een dyslexieaanpak volgens het protocol, met de inzet van voorleessoftware vanaf groep 5;
- een plusgroep op vrijdagochtend voor leerlingen van groep 5 tot en met 8;
- de Kanjertraining in alle groepen;
- een leesgroep voor nieuwkomers onder begeleiding van een onderwijsassistent.
# Extra ondersteuning op De Regenboog
Wanneer een leerling meer nodig heeft, bespreken we dit in het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de schoolmaatschappelijk werker, de consulent van het samenwerkingsverband en de ouders. Samen stellen we zo nodig een ontwikkelingsperspectief op. Met het schoolbudget dat ons bestuur van het samenwerkingsverband ontvangt, zetten we een onderwijsassistent in voor kleine instructiegroepen. Voor sommige leerlingen vragen we een arrangement aan bij het samenwerkingsverband, bijvoorbeeld begeleiding door een gedragsspecialist.
# Grenzen aan onze ondersteuning
Wij kunnen niet iedere leerling de ondersteuning bieden die nodig is. Onze grenzen liggen bij leerlingen die langdurig één-op-één begeleiding nodig hebben, bij leerlingen met ernstig agressief gedrag dat de veiligheid van anderen in gevaar brengt, en bij leerlingen met een intensieve medische zorgvraag gedurende de hele dag. Als wij zien dat een leerling op een andere school beter op zijn plek is, vragen wij in overleg met ouders een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband voor het speciaal basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband beslist over die aanvraag. In de afgelopen drie schooljaren ging het om vier leerlingen.
Soms komt een leerling uit het speciaal basisonderwijs terug naar onze school. Wij ontvangen zo'n leerling graag en maken met ouders en de vorige school afspraken over de overdracht.
# Ouders
Ouders zijn voor ons partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de app over de ondersteuning op school. Bij zorgen over hun kind nemen wij binnen een week contact op. Ouders die een klacht hebben, kunnen terecht bij de directeur en daarna bij de klachtenregeling van ons bestuur. Voor onafhankelijke hulp verwijzen wij naar het ouder- en jeugdsteunpunt van het samenwerkingsverband.
# Ambities
In de komende jaren willen wij ons verder ontwikkelen op het gebied van hoogbegaafdheid, rekenen en de aanpak van gedrag in de bovenbouw. In schooljaar 2025-2026 volgen alle leerkrachten een scholing over executieve functies. Ook willen wij de resultaten van onze leerlingen op begrijpend lezen verbeteren; wij streven naar een stijging van vijf procentpunten op de eindtoets.
# Vaststelling
Dit schoolondersteuningsprofiel is vastgesteld door de directeur na advies van de medezeggenschapsraad op 14 oktober 2025.
"""

F_LABEL = """
documents: [holdout274-nearmiss-sop-regenboog.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "schoolondersteuningsprofiel of one basisschool (OBS De Regenboog): describes its own basic/extra support and limits, MR advisory right; refers to 'het ondersteuningsplan van het samenwerkingsverband' as a different document. No SWV markers of its own (no OPR consent, OOGO, planperiode of a verband, allocation across schools)."
"""


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def build_plan(n, body, bijlagen, title_extra):
    full = body + bijlagen
    front = toc(full)
    title = f"Ondersteuningsplan {n['periode']}"
    subtitle = [n["naam"], title_extra, f"Vastgesteld door het bestuur op {n['vast']}, na instemming van de ondersteuningsplanraad"]
    return title, subtitle, front, number_headings(full)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    words = {}

    # A: docx + pdf
    t, s, fr, bd = build_plan(A, A_BODY, A_BIJLAGEN, "Passend onderwijs in Lingedal: samen sterk voor elk kind")
    a_docx = OUT / "holdout274-po-lingedal.docx"
    write_docx(t, s, fr, bd, a_docx, header="Ondersteuningsplan 2026-2030 SWV PO Lingedal")
    docx_to_pdf(a_docx, OUT / "holdout274-po-lingedal.pdf")
    write_label("holdout274-po-lingedal.expected.yaml", A_LABEL)
    words["A"] = len(bd.split())

    # B: docx
    t, s, fr, bd = build_plan(B, B_BODY, B_BIJLAGEN, "Concept ter instemming OPR - versie 3.2")
    write_docx(t, s, fr, bd, OUT / "holdout274-vo-heuvelrug-eem.docx",
               header="Ondersteuningsplan VO Heuvelrug-Eem | ouders, basisondersteuning, terugplaatsing")
    write_label("holdout274-vo-heuvelrug-eem.expected.yaml", B_LABEL)
    words["B"] = len(bd.split())

    # C and D: pdf only, via a private temporary docx
    tmp = Path(tempfile.mkdtemp(prefix="holdout274_gen_"))
    try:
        for key, n, body, bij, extra, name, header in (
            ("C", C, C_BODY, C_BIJLAGEN, "Plan op hoofdlijnen", "holdout274-po-kempenvelden",
             "SWV PO Kempenvelden - Ondersteuningsplan op hoofdlijnen"),
            ("D", D, D_BODY, D_BIJLAGEN, "Samen verder in Maasvallei-Noord", "holdout274-vo-maasvallei-noord",
             "Ondersteuningsplan VO Maasvallei-Noord 2026-2030"),
        ):
            t, s, fr, bd = build_plan(n, body, bij, extra)
            d = tmp / f"{name}.docx"
            write_docx(t, s, fr, bd, d, header=header)
            docx_to_pdf(d, OUT / f"{name}.pdf")
            write_label(f"{name}.expected.yaml", {"C": C_LABEL, "D": D_LABEL}[key])
            words[key] = len(bd.split())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # E: html
    t, s, fr, bd = build_plan(E, E_BODY, E_BIJLAGEN, "Webversie")
    write_html(t, s, fr, bd, OUT / "holdout274-vo-drechtoever.html")
    write_label("holdout274-vo-drechtoever.expected.yaml", E_LABEL)
    words["E"] = len(bd.split())

    # F: near miss
    write_docx("Schoolondersteuningsprofiel OBS De Regenboog 2025-2029",
               ["Openbare basisschool De Regenboog, Tielerwaard", "Onderdeel van het samenwerkingsverband passend primair onderwijs"],
               toc(F_BODY), number_headings(F_BODY), OUT / "holdout274-nearmiss-sop-regenboog.docx",
               header="SOP OBS De Regenboog")
    write_label("holdout274-nearmiss-sop-regenboog.expected.yaml", F_LABEL)
    for k, v in words.items():
        print(f"plan {k}: {v} words")


if __name__ == "__main__":
    main()
