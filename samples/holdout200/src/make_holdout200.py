#!/usr/bin/env python3
"""Generate the holdout200 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes next to this script's parent folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Mini document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...])  first row = header
#   ("toc", [lines]) ("pagebreak", None)
# ---------------------------------------------------------------------------


def P(text):
    return ("p", " ".join(text.split()))


def paras(text):
    """Split a multi-paragraph string on blank lines into p-blocks."""
    return [P(chunk) for chunk in text.strip().split("\n\n") if chunk.strip()]


def write_docx(blocks, path, header_text, footer_text):
    d = docx.Document()
    d.core_properties.created = datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.author = "Bureau samenwerkingsverband"
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            d.add_paragraph(val).runs[0].italic = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))


def write_pdf(blocks, path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout200_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle"><em>{e(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for row in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out += ["</main>", f'<footer><p>{e(footer_text)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("title", "sub", "h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------------------
# Shared filler (deliberately element-neutral; flags switch off the parts that
# would address an advisory criterion in plans where that element is missing)
# ---------------------------------------------------------------------------

def filler_voorwoord(name, period, chair):
    return [("h1", "Voorwoord")] + paras(f"""
Voor u ligt het ondersteuningsplan {period} van {name}. Het is het resultaat van ruim een jaar
gesprekken met schoolbesturen, directeuren, intern begeleiders, leerkrachten, ouders, gemeenten en
partners uit de jeugdhulp. In die gesprekken hebben we teruggekeken op wat goed ging en wat beter
kon, en vooruitgekeken naar wat de komende vier jaar van ons vraagt. Passend onderwijs is geen
project meer met een begin en een einde; het is de gewone manier waarop we samen voor kinderen
zorgen.

We hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die erbij betrokken is. Dat
betekent dat we niet alles tot in detail beschrijven. Waar dat nodig is, verwijzen we naar
uitwerkingen die jaarlijks worden bijgesteld. Het plan beschrijft de koers; de scholen en besturen
geven die koers vorm in hun dagelijkse praktijk, met de middelen die daarvoor beschikbaar zijn.

Een woord van dank aan de leden van de ondersteuningsplanraad, die kritisch hebben meegelezen, en
aan de werkgroep die de hoofdstukken heeft voorbereid. Zonder hun inzet had dit plan er niet zo
gelegen. Wij hopen dat het plan bijdraagt aan goede resultaten voor alle kinderen, en in het
bijzonder voor de kinderen die wat extra nodig hebben.

{chair}""")


def filler_leeswijzer(name):
    return [("h2", "Leeswijzer")] + paras(f"""
Dit plan volgt in grote lijnen de indeling die de wet voorschrijft, maar we hebben de hoofdstukken
geordend vanuit de vraag die een school of een ouder stelt: wat kan ik verwachten, waar kan ik
terecht en hoe wordt besloten? Aan het eind van het plan vindt u een begrippenlijst. Waar in de
tekst wordt gesproken over 'wij' of 'het samenwerkingsverband' bedoelen we {name} als
rechtspersoon, met het bestuur en het bureau.

De cijfers in dit plan zijn, tenzij anders vermeld, gebaseerd op de teldatum van 1 oktober 2024.
Bedragen zijn afgerond op hele euro's.""")


def filler_visie(name, regio):
    return [("h1", "Visie, missie en ambities")] + paras(f"""
Alle kinderen in {regio} hebben recht op onderwijs dat bij hen past, zo dicht mogelijk bij huis en
samen met leeftijdgenoten waar dat kan. Dat is de kern van onze missie. Wij geloven dat kinderen
zich het best ontwikkelen als school, ouders en omgeving samen optrekken en als de leerkracht de
ruimte en ondersteuning krijgt om het verschil te maken in de klas.

Onze visie rust op vier pijlers. De eerste is vertrouwen: besturen en scholen dragen zelf de
verantwoordelijkheid voor goed onderwijs en krijgen daarvoor de ruimte. De tweede is
nabijheid: hulp wordt zo dicht mogelijk bij de leerling en de leerkracht georganiseerd. De derde is
samenwerking: onderwijs en jeugdhulp werken vanuit één gezamenlijke blik op het kind. De vierde is
leren: we kijken kritisch naar onze eigen werkwijze en passen die aan als dat beter kan.

Deze pijlers vertalen zich in een aantal ambities voor de planperiode. We willen dat leerkrachten
zich gesteund voelen, dat ouders zich gehoord voelen en dat besturen elkaar weten te vinden als
een kind niet goed op zijn plek is. Dat vraagt om een cultuur van samen verantwoordelijk zijn, ook
als het schuurt. We zijn ons ervan bewust dat de middelen niet onbeperkt zijn en dat keuzes soms
lastig zijn. Juist daarom willen we transparant zijn over hoe we werken en waarom.

Wij werken resultaatgericht en handelingsgericht. Dat betekent dat we niet denken in etiketten of
diagnoses, maar in wat een kind nodig heeft om zich te ontwikkelen. Een arrangement is voor ons geen
doel op zich, maar een middel om een leerling verder te helpen.""")


def filler_governance(name, legal, bestuur, toezicht):
    return [("h1", "Organisatie en governance")] + paras(f"""
{name} is een {legal}. De aangesloten schoolbesturen vormen samen {bestuur}. Het bestuur stelt
het ondersteuningsplan, de begroting en het jaarverslag vast en benoemt de directeur. Het
toezicht is belegd bij {toezicht}, dat onder meer toeziet op de kwaliteit van het bestuur en op de
naleving van de statuten. De scheiding tussen bestuur en toezicht is vastgelegd in
de statuten en in het bestuursreglement, conform de geldende Code Goed Bestuur.

De dagelijkse leiding ligt bij de directeur, die wordt ondersteund door een klein bureau. Het bureau
is gevestigd in een gebouw dat we delen met de afdeling leerplicht van de gemeente, wat de korte
lijnen ten goede komt. Het bestuur vergadert ten minste vijf keer per jaar; eenmaal per jaar is er
een gezamenlijke bijeenkomst met het toezichthoudend orgaan en de ondersteuningsplanraad.

De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen. In de
afgelopen planperiode is daar geen gebruik van gemaakt. Besluiten worden in de regel bij consensus
genomen; waar dat niet lukt, beslist het bestuur met gewone meerderheid, met uitzondering van
besluiten over wijziging van de statuten, waarvoor een meerderheid van twee derde nodig is.""")


def filler_opr(with_parents=True):
    if with_parents:
        comp = ("De raad bestaat uit acht leden: vier personeelsleden en vier ouders, afgevaardigd "
                "vanuit de medezeggenschapsraden van de aangesloten scholen. Ouders in de raad "
                "brengen de ervaringen van andere ouders in en hebben instemmingsrecht op het plan.")
    else:
        comp = ("De raad bestaat uit leden die worden afgevaardigd vanuit de medezeggenschapsraden "
                "van de aangesloten scholen en heeft instemmingsrecht op het ondersteuningsplan.")
    return [("h1", "Medezeggenschap")] + paras(f"""
De ondersteuningsplanraad (OPR) is het medezeggenschapsorgaan van het samenwerkingsverband. {comp}
De OPR vergadert ongeveer zes keer per jaar en heeft een eigen reglement en een eigen budget voor
scholing en ondersteuning.

Naast de OPR kent het samenwerkingsverband als rechtspersoon een eigen medezeggenschapsraad voor het
personeel van het bureau. De directeur overlegt periodiek met deze raad over personele zaken en
arbeidsomstandigheden. De OPR is in een vroeg stadium betrokken bij de totstandkoming van dit plan:
de leden namen deel aan twee werksessies en ontvingen de conceptversies.""")


def filler_oogo(gemeenten, substantive=True):
    if not substantive:
        return [("h2", "Overleg met gemeenten")] + paras(f"""
Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de
gemeente{'n' if ',' in gemeenten else ''} {gemeenten}. Van dat overleg is een verslag gemaakt dat
bij het bureau kan worden opgevraagd.""")
    return [("h1", "Samenwerking met gemeenten en jeugdhulp")] + paras(f"""
Het samenwerkingsverband werkt samen met de gemeenten {gemeenten}. Het op overeenstemming gericht
overleg (OOGO) over dit plan vond plaats in het voorjaar; de gemeenten hebben op hun beurt hun
beleidsplannen jeugd met ons besproken. In het OOGO maken we afspraken over de aansluiting tussen
onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de aanpak van verzuim.

Concreet betekent dit dat elke school een vaste contactpersoon heeft in het lokale team of
wijkteam, die ten minste vier keer per jaar aanschuift bij het ondersteuningsteam van de school. Voor
kinderen die zowel onderwijs als zorg nodig hebben, zetten we samen met de gemeente
onderwijs-zorgarrangementen op, waarbij de kosten worden gedeeld volgens een afgesproken
verdeelsleutel. De schoolmaatschappelijk werkers worden door de gemeenten gefinancierd en werken op
alle scholen.

Twee keer per jaar is er een bestuurlijk overleg tussen de wethouders onderwijs en jeugd en het
bestuur van het samenwerkingsverband. Ambtelijk is er maandelijks contact.""")


def filler_personeel(name, fte):
    return [("h1", "Personeel en professionalisering")] + paras(f"""
Het bureau van {name} heeft een formatie van {fte} fte. Het bureau bestaat uit een directeur, een
beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), een
managementassistent, een secretaris en een team consulenten. De consulenten zijn het eerste
aanspreekpunt voor de scholen en begeleiden de scholen bij vragen rond individuele leerlingen en
groepen. Alle medewerkers vallen onder de cao primair onderwijs.

Het samenwerkingsverband investeert in de deskundigheid van leerkrachten en intern begeleiders.
Jaarlijks organiseren we een netwerk voor intern begeleiders, een studiedag passend onderwijs en
leergemeenschappen rond thema's als gedrag, taalontwikkeling en hoogbegaafdheid. Scholen kunnen
voor scholing een beroep doen op het professionaliseringsbudget van hun bestuur; het
samenwerkingsverband vult dat aan met regionale activiteiten.

Het lerarentekort raakt ook passend onderwijs. Waar klassen worden samengevoegd of er met
wisselende invallers wordt gewerkt, neemt de druk op de ondersteuning toe. We bespreken met de
besturen hoe we de beschikbare expertise zo slim mogelijk inzetten, bijvoorbeeld door
onderwijsassistenten gericht te scholen en door kennis uit het speciaal onderwijs beschikbaar te
maken voor de reguliere scholen.""")


def filler_ict_privacy():
    return [("h1", "ICT, privacy en gegevensuitwisseling")] + paras("""
Het samenwerkingsverband gebruikt een beveiligde digitale omgeving voor het uitwisselen van
leerlinggegevens met scholen. Scholen leveren dossiers uitsluitend via deze omgeving aan; e-mail
wordt niet gebruikt voor persoonsgegevens. Het samenwerkingsverband heeft een functionaris
gegevensbescherming aangesteld en een privacyreglement vastgesteld dat voldoet aan de AVG.

Gegevens over de gezondheid van leerlingen verwerken we alleen als dat nodig is voor onze wettelijke
taken. De bewaartermijn is drie jaar na het laatste besluit over een leerling; daarna worden de
gegevens vernietigd. Met de scholen en met de leverancier van de digitale omgeving zijn
verwerkersovereenkomsten gesloten. Jaarlijks toetsen we of de technische en organisatorische
maatregelen nog voldoen en rapporteren we over datalekken aan het bestuur.

In de planperiode vervangen we het huidige registratiesysteem door een nieuw systeem dat beter
aansluit op de leerlingvolgsystemen van de scholen. De aanbesteding daarvan loopt via de
inkoopcoöperatie van de besturen.""")


def filler_planning(period, opr_date, oogo_date, ab_date):
    return [("h1", "Totstandkoming, vaststelling en planning")] + paras(f"""
Dit plan is in de periode van september tot en met maart voorbereid door een werkgroep met
vertegenwoordigers van de besturen, het bureau en twee leden van de ondersteuningsplanraad. Het
concept is besproken met de directeuren en intern begeleiders in vier regionale bijeenkomsten. Het
op overeenstemming gericht overleg met de gemeenten is afgerond op {oogo_date}. Ook is het
concept besproken met het samenwerkingsverband voortgezet onderwijs in de regio.

De ondersteuningsplanraad heeft op {opr_date} ingestemd met het plan. Het bestuur heeft het plan
vastgesteld op {ab_date}. Het plan is daarna toegezonden aan de Inspectie van het Onderwijs. Het
plan geldt voor de schooljaren {period}.

Het plan wordt elk jaar uitgewerkt in een jaarplan met een jaarbegroting. Wijzigingen in het plan
gedurende de planperiode worden opnieuw ter instemming aan de ondersteuningsplanraad voorgelegd.""")


def filler_inspectie(name, year):
    return [("h1", "Toezicht door de inspectie")] + paras(f"""
De Inspectie van het Onderwijs houdt toezicht op {name}, net als op alle andere
samenwerkingsverbanden. Het laatste vierjaarlijkse onderzoek vond plaats in {year}. De inspectie
voerde toen gesprekken met het bestuur, de intern toezichthouders, directeuren, intern begeleiders
en de ondersteuningsplanraad, en las een groot aantal documenten. Het verband kreeg geen
herstelopdrachten. Wel gaf de inspectie aandachtspunten mee over de onderbouwing van beleidskeuzes
en over de manier waarop het bestuur de dialoog met de scholen vormgeeft.

Naar aanleiding daarvan heeft het bestuur de vergaderstructuur aangepast en worden directeuren vaker
uitgenodigd om mee te praten over voorgenomen besluiten. Het volgende onderzoek verwachten we in de
tweede helft van deze planperiode. Tussentijds heeft de accounthouder van de inspectie jaarlijks een
gesprek met de directeur.""")


def filler_integriteit():
    return [("h1", "Integriteit en werkgeverschap")] + paras("""
Het samenwerkingsverband is werkgever van de medewerkers van het bureau. Voor hen gelden een
gedragscode, een integriteitscode en een klokkenluidersregeling. Er is een externe
vertrouwenspersoon voor medewerkers, bij wie zij terechtkunnen met vragen over ongewenst gedrag op
het werk. De directeur voert jaarlijks met iedere medewerker een gesprekscyclus van plannings-,
voortgangs- en beoordelingsgesprekken. Het ziekteverzuim van het bureau lag de afgelopen twee jaar
onder de vier procent.

Nevenfuncties van bestuurders en toezichthouders worden jaarlijks geïnventariseerd en op de website
gepubliceerd. Bij besluiten waarbij een bestuurder een persoonlijk of zakelijk belang heeft, neemt
die bestuurder niet deel aan de besluitvorming.""")


def filler_kalender():
    return [("h1", "Jaarkalender bestuur en medezeggenschap"), ("table", [
        ["Periode", "Bestuur", "Ondersteuningsplanraad"],
        ["September", "Vaststelling jaarplan", "Kennismaking en scholing nieuwe leden"],
        ["November", "Bespreking voortgang jaarplan", "Vergadering"],
        ["December", "Vaststelling begroting", "Advies over begroting"],
        ["Maart", "Strategische dag met directeuren", "Vergadering"],
        ["Juni", "Vaststelling jaarverslag", "Bespreking jaarverslag"]])]


def filler_wetgeving():
    return [("h1", "Landelijke ontwikkelingen")] + paras("""
In de planperiode verandert er landelijk het nodige. De Wet versterking positie ouders en
leerlingen in het passend onderwijs regelt onder meer het hoorrecht van leerlingen, de opname van
het ondersteuningsaanbod in de schoolgids en de verplichting voor elk samenwerkingsverband om een
ouder- en jeugdsteunpunt te hebben. Daarnaast werkt het ministerie aan een landelijke norm voor de
basisondersteuning en aan de vereenvoudiging van de bekostiging. Ook de afspraken uit de
verbeteraanpak passend onderwijs lopen door, onder meer over inclusiever onderwijs in 2035.

Het bestuur volgt deze ontwikkelingen nauwlettend. Wanneer een wetswijziging gevolgen heeft voor de
afspraken in dit plan, legt het bestuur een voorstel tot wijziging voor aan de
ondersteuningsplanraad.""")


def filler_huisvesting():
    return [("h1", "Huisvesting en bereikbaarheid van het bureau")] + paras("""
Het bureau is gevestigd in het centrum van de regio, op loopafstand van het station. Het gebouw is
toegankelijk voor mensen met een beperking en beschikt over drie spreekkamers en een grote
vergaderzaal, die ook door de aangesloten scholen kan worden gebruikt voor bijeenkomsten. In de
planperiode onderzoekt het bestuur of het bureau kan verhuizen naar een gebouw waarin ook andere
maatschappelijke organisaties zijn gevestigd. Medewerkers werken deels op de scholen en deels
thuis; het bureau zelf is op werkdagen open.""")


# ---------------------------------------------------------------------------
# Plan 1: SWV PO Waterlinie (large PO verband) - .docx
# ---------------------------------------------------------------------------

def plan_waterlinie():
    name = "Samenwerkingsverband Passend Primair Onderwijs Waterlinie"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{name} (PO 26-11) - samen sterk voor elk kind"),
         ("p", "Vastgesteld door het algemeen bestuur op 10 april 2025"),
         ("toc", ["Voorwoord", "1 Ons verband in beeld", "2 Visie, missie en ambities",
                  "3 Basisondersteuning: wat elke school biedt",
                  "4 Extra ondersteuning en arrangementen",
                  "5 Toelaatbaarheid tot sbo en so",
                  "6 Dekkend netwerk en thuiszitters",
                  "7 Samenwerking met gemeenten en jeugdhulp",
                  "8 Communicatie",
                  "9 Geld en middelen (verdeling, besteding, meerjarenbegroting, reserves)",
                  "10 Kwaliteit en resultaten (beoogde resultaten, monitoring)",
                  "11 Organisatie en governance", "12 Medezeggenschap",
                  "13 Personeel en professionalisering", "14 ICT, privacy en gegevensuitwisseling",
                  "15 Totstandkoming, vaststelling en planning",
                  "Bijlage 1 Begrippenlijst",
                  "Bijlage 6 Meerjarenbegroting 2025-2029"]),
         ("pagebreak", None)]
    b += filler_voorwoord(name, "2025-2029", "Namens het algemeen bestuur, drs. H. van Leeuwen, voorzitter")
    b += filler_leeswijzer(name)
    b += [("h1", "1 Ons verband in beeld")] + paras("""
Waterlinie is een van de grotere samenwerkingsverbanden in het land. Veertien schoolbesturen met
samen 68 basisscholen, drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal
onderwijs (cluster 3 en cluster 4) werken samen in een gebied met vijf gemeenten. Op 1 oktober
2024 telde het verband 17.840 leerlingen in het basisonderwijs, 612 leerlingen in het sbo en 338
leerlingen in het so.

De regio is divers. Naast een middelgrote stad met wijken waar veel kinderen opgroeien in armoede
liggen kleine dorpskernen waar de basisschool vaak de enige voorziening is. Het aantal leerlingen
in de dorpen daalt, terwijl in de stad nieuwbouwwijken snel groeien. Dat vraagt om maatwerk per
gebied. Daarom werken we met vier regio's, elk met een eigen regio-overleg van directeuren en een
vaste consulent van het samenwerkingsverband.""")
    b += [("table", [["Bestuur", "Scholen", "Leerlingen 1-10-2024"],
                     ["Stichting Openbaar Onderwijs Waterlinie", "17", "4.410"],
                     ["Stichting Katholiek Onderwijs De Vesting", "15", "3.920"],
                     ["Vereniging Protestants-Christelijk Onderwijs", "12", "3.105"],
                     ["Overige elf besturen (samen)", "29", "7.355"]])]
    b += filler_visie(name, "de Waterlinie")
    b += [("h1", "3 Basisondersteuning: wat elke school biedt")] + paras("""
Ouders moeten erop kunnen rekenen dat hun kind op iedere school in ons verband hetzelfde stevige
fundament van ondersteuning krijgt, los van het bestuur of de denominatie van de school. Het
algemeen bestuur heeft daarom op 14 november 2024 het Referentieniveau Basisondersteuning Waterlinie
vastgesteld. Dat niveau is de ondergrens die alle 68 scholen en al hun vestigingen vanaf 1 augustus
2025 waarmaken. Een school mag meer bieden, niet minder.

Het referentieniveau bestaat uit twaalf afspraken. Elke school in het verband:""")
    b += [("ul", [
        "heeft een intern begeleider met een afgeronde opleiding, met ten minste 0,4 fte per 200 leerlingen;",
        "werkt met een dyslexieprotocol en een dyscalculieprotocol en biedt leerlingen met ernstige lees- of rekenproblemen intensieve begeleiding in kleine groepjes;",
        "biedt leerlingen die meer aankunnen verrijkings- en verdiepingsstof in de eigen groep en heeft een leerkracht met specifieke kennis van (hoog)begaafdheid;",
        "gebruikt een schoolbreed programma voor sociale veiligheid en een aanpak tegen pesten, en monitort de veiligheidsbeleving jaarlijks;",
        "heeft een protocol medisch handelen en kan eenvoudige medische handelingen (zoals het toedienen van medicatie) uitvoeren;",
        "stelt voor iedere leerling die meer nodig heeft dan de groep biedt binnen zes weken een ontwikkelingsperspectief op en bespreekt dat met de ouders;",
        "heeft een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de intern begeleider, de consulent van het samenwerkingsverband en de contactpersoon van het lokale team;",
        "biedt taalondersteuning aan leerlingen met een taalachterstand, ook aan nieuwkomers in het eerste jaar na de schakelklas;",
        "werkt handelingsgericht en planmatig, met groepsbesprekingen drie keer per jaar;",
        "heeft een aanpak voor leerlingen met werkhoudings- en concentratieproblemen, waaronder een prikkelarme werkplek;",
        "zorgt voor een warme overdracht bij elke overstap naar een andere school;",
        "kan een beroep doen op de gedragsspecialist en de orthopedagoog van het samenwerkingsverband voor kortdurende consultatie (maximaal vijf uur per leerling)."])]
    b += paras("""
Wat niet in deze lijst staat, is extra ondersteuning. Daarvoor kan de school een arrangement
aanvragen (zie hoofdstuk 4).

De consulenten van het samenwerkingsverband bezoeken elke school eenmaal per jaar met de
kwaliteitskaart basisondersteuning. Scholen die op een of meer afspraken onder het niveau scoren,
maken binnen drie maanden een verbeterplan met hun bestuur. De consulent volgt de uitvoering
daarvan; blijft een school na een jaar onder het niveau, dan agendeert de directeur dit in het
algemeen bestuur. Elke school neemt de twaalf afspraken op in haar schoolgids.""")
    b += [("h1", "4 Extra ondersteuning en arrangementen")] + paras("""
Ons ondersteuningsaanbod is opgebouwd als een doorlopend geheel van vijf niveaus. Niveau 1 en 2
vallen binnen de basisondersteuning: goed onderwijs in de groep en extra zorg binnen de groep door de
leerkracht. Op niveau 3 zet de school hulp in van de intern begeleider en de consulent. Op niveau 4
is sprake van extra ondersteuning met een arrangement van het samenwerkingsverband; op niveau 5
volgt een plaatsing in het speciaal basisonderwijs of speciaal onderwijs.

Arrangementen op niveau 4 zijn er in drie vormen. Een individueel arrangement geeft een school voor
maximaal een schooljaar extra formatie of expertise rond een leerling. Een groepsarrangement is
bedoeld voor een groep leerlingen met een vergelijkbare vraag, bijvoorbeeld een taalklas. Daarnaast
kent het verband bovenschoolse voorzieningen die door alle scholen gebruikt kunnen worden: de
observatiegroep De Brug voor jonge kinderen met een onduidelijke ontwikkelingsvraag, drie plusklassen
voor hoogbegaafde leerlingen, de schakelklas voor nieuwkomers in de stad en het
onderwijs-zorgarrangement De Kade, waar onderwijs en dagbehandeling onder één dak worden geboden.

De drie sbo-scholen en twee so-scholen bieden naast hun eigen onderwijs ook ambulante begeleiding
aan reguliere scholen. Zo stroomt kennis uit het speciaal onderwijs terug naar de basisschool. Voor
leerlingen die zijn aangewezen op cluster 1 of cluster 2 verwijzen we naar de landelijke
instellingen; die vallen buiten de toelaatbaarheidsverklaringen van het samenwerkingsverband.""")
    b += [("h1", "5 Toelaatbaarheid tot sbo en so")] + paras("""
Soms is een plaats in het speciaal basisonderwijs of speciaal onderwijs de beste plek voor een kind.
Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.""")
    b += [("h2", "5.1 De aanvraag")] + paras("""
De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling staat ingeschreven of
is aangemeld, in de praktijk de directeur of de intern begeleider namens het bestuur. De school dient
de aanvraag in via het digitale loket met een volledig groeidocument, het ontwikkelingsperspectief,
een verslag van het laatste multidisciplinair overleg en de zienswijze van de ouders. Ouders tekenen
de aanvraag mee; zijn zij het niet eens, dan kan hun zienswijze apart worden bijgevoegd.""")
    b += [("h2", "5.2 Beoordeling en besluit")] + paras("""
De Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband beoordeelt de aanvraag. Bij
elke aanvraag brengen twee deskundigen ieder een eigen, schriftelijk advies uit: een orthopedagoog
of psycholoog van het samenwerkingsverband en, afhankelijk van de vraag van het kind, een tweede
deskundige zoals een kinderpsychiater, jeugdarts of maatschappelijk werker. Geen van beiden is
betrokken geweest bij het opstellen van de aanvraag. De directeur neemt namens het bestuur het
besluit binnen zes weken na ontvangst van een volledige aanvraag. De ouders ontvangen een afschrift
van beide adviezen en van het besluit.""")
    b += [("h2", "5.3 Wanneer is een leerling toelaatbaar?")] + paras("""
De CvT toetst elke aanvraag aan de criteria in de volgende tabel.""")
    b += [("table", [
        ["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
        ["Ondersteuningsbehoefte", "De behoefte overstijgt de basisondersteuning en een arrangement op niveau 4 heeft onvoldoende effect gehad", "De behoefte vraagt om een intensieve, specialistische aanpak die in een reguliere of sbo-setting niet te bieden is"],
        ["Voorafgaande inzet", "Ten minste een half jaar aantoonbaar handelingsgericht gewerkt, met geëvalueerd OPP", "Idem, of een acute situatie waarin wachten het kind schaadt"],
        ["Ontwikkelingsperspectief", "Uitstroomperspectief en ontwikkeling vragen om een kleinere groep en aangepaste leerstof", "Cognitieve, lichamelijke of gedragsmatige beperkingen bepalen de ontwikkeling in hoge mate"],
        ["Groepsgrootte en structuur", "Leerling heeft structureel een groep van maximaal 16 leerlingen nodig", "Leerling heeft structureel een groep van maximaal 12 leerlingen en specialistische begeleiding nodig"]])]
    b += [("h2", "5.4 Duur en categorie")] + paras("""
Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so
geldt in de regel twee schooljaren en eindigt op 31 juli van het tweede schooljaar. Bij een TLV voor
het so stelt de CvT ook de bekostigingscategorie vast: laag, midden of hoog.""")
    b += [("h2", "5.5 Niet eens met het besluit")] + paras("""
Ouders en het schoolbestuur kunnen binnen zes weken na de dagtekening bezwaar maken tegen het
besluit. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie
Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar.""")
    b += [("h2", "5.6 Als de TLV afloopt")] + paras("""
Een plaats in het sbo of so is voor ons geen eindstation. Uitgangspunt van het verband is dat een
leerling, zodra de ontwikkeling dat toelaat, terugkeert naar een reguliere basisschool, bij voorkeur
dicht bij huis. Voorwaarde is dat de ontvangende school met de begeleiding die wij meegeven de
ondersteuning kan bieden die in het OPP staat. Om de overstap te laten slagen, krijgt de
ontvangende school een terugplaatsingsarrangement: een jaar lang begeleiding door een leerkracht
van de sbo- of so-school en extra formatie van vier uur per week.

De stappen zijn als volgt. Bij elke jaarlijkse evaluatie van het OPP beoordeelt de commissie van
begeleiding van de sbo- of so-school of terugplaatsing mogelijk is. In het laatste jaar van de TLV
is deze beoordeling verplicht en vindt zij uiterlijk op 1 februari plaats. Ziet de school
mogelijkheden, dan neemt zij het initiatief tot een overleg met ouders, de beoogde basisschool en de
consulent van het verband. De CvT beslist vervolgens binnen vier weken of het
terugplaatsingsarrangement wordt toegekend, of dat een nieuwe TLV wordt afgegeven. Na drie en na
negen maanden evalueren de scholen en ouders de terugplaatsing samen met de consulent.

In het schooljaar 2023-2024 keerden 21 leerlingen terug van sbo of so naar het reguliere onderwijs;
in 2022-2023 waren dat er 17.""")
    b += [("h1", "6 Dekkend netwerk en thuiszitters")] + paras("""
Een dekkend netwerk betekent dat er voor ieder kind een passende plek is. Dat bereiken we niet
vanzelf. Daarom brengen we elk jaar in november samen met de besturen de witte vlekken in het aanbod
in kaart: we kijken naar wachtlijsten bij de bovenschoolse voorzieningen en het so, naar leerlingen
die op een verkeerde plek zitten en naar de vragen die de consulenten niet konden beantwoorden. De
uitkomsten leggen we vast in de Monitor Dekkend Netwerk, en het algemeen bestuur besluit in januari
welke voorzieningen worden uitgebreid of opgezet.

Uit de analyse van 2024 bleek dat er geen passend aanbod was voor jonge kinderen (4-6 jaar) met
ernstige gedragsproblemen in combinatie met een ontwikkelingsachterstand. Daarom starten we in
augustus 2025 met een tweede observatiegroep in het oosten van de regio.

Iedere leerling die langer dan vier weken zonder onderwijs thuis zit, wordt besproken in de
thuiszittertafel. Daarin zitten de leerplichtambtenaar, de consulent, de school en zo nodig
jeugdhulp. Binnen twee weken na de melding ligt er een plan. Lukt het niet om binnen drie maanden een
plek te vinden, dan heeft de directeur van het samenwerkingsverband doorzettingsmacht en wijst een
bestuur aan dat de leerling plaatst. Besturen vervullen hun zorgplicht samen: een school die een
leerling niet kan plaatsen, zoekt met hulp van de consulent een andere school.""")
    b += filler_oogo("Waterstad, Lingedal, Boxmeer-Oost, Hoornaar en Vestingveld")
    b += [("h1", "8 Communicatie")] + paras("""
Goede communicatie met scholen, ouders en partners is voor een verband met veertien besturen geen
luxe. We publiceren vier keer per jaar een nieuwsbrief voor scholen, onderhouden een LinkedIn-pagina
en organiseren jaarlijks een regiobijeenkomst voor besturen en partners.

Ouders vinden op de ouderpagina van onze website een overzicht van de basisondersteuning, de
arrangementen, de bovenschoolse voorzieningen en de route naar het sbo en so. Dezelfde informatie
staat in de folder 'Passend onderwijs in de Waterlinie', die in het Nederlands, Engels, Arabisch en
Pools beschikbaar is en die elke school bij aanmelding meegeeft. Elke school neemt in de schoolgids
een paragraaf op over de ondersteuning op school en in het verband. Twee keer per jaar organiseren
we een informatieavond voor ouders in de stad en in een van de dorpen.

Ouders die onafhankelijk advies willen, of het niet eens zijn met de school of met ons, kunnen
terecht bij het Ouder- en Jeugdsteunpunt Waterlinie. Dat steunpunt is ondergebracht bij een
onafhankelijke stichting, staat los van de besturen en adviseert uitsluitend in het belang van het
kind. Daarnaast wijzen we ouders op de Onderwijsconsulenten en op de Geschillencommissie passend
onderwijs, waar ouders terechtkunnen bij geschillen over toelating, verwijdering en het
ontwikkelingsperspectief.""")
    b += [("h1", "9 Geld en middelen")] + paras("""
Het samenwerkingsverband ontvangt jaarlijks ongeveer 15,1 miljoen euro aan ondersteuningsmiddelen.
Na aftrek van de afdrachten aan het so en de kosten van het sbo boven de 2%-grens blijft een deel
over dat we zelf verdelen.""")
    b += [("h2", "9.1 Hoe de middelen worden verdeeld")] + paras("""
We verdelen volgens een schoolmodel met een vaste voet. Ieder bestuur ontvangt per vestiging een
vaste voet van € 4.000 en daarbovenop € 152 per leerling op de teldatum van 1 oktober van het
voorafgaande jaar. Arrangementen op niveau 4 worden niet aan de besturen uitgekeerd maar op aanvraag
toegekend door de commissie arrangementen, op basis van de ondersteuningsbehoefte van de leerling.
De bovenschoolse voorzieningen worden centraal bekostigd. Het algemeen bestuur stelt de bedragen elk
jaar in december vast.""")
    b += [("h2", "9.2 Besteding en meerjarenbegroting")] + paras("""
De meerjarenbegroting 2025-2029 hangt af van de definitieve bekostiging voor 2025 en van de
uitkomst van de herijking van de lumpsum. Zij wordt na vaststelling door het algemeen bestuur als
bijlage 6 bij dit plan gevoegd en op de website gepubliceerd.""")
    b += [("h2", "9.3 Reserves en verantwoording")] + paras("""
Eind 2024 lag de algemene reserve boven de signaleringswaarde van de inspectie. Het bestuur heeft
besloten de reserve in de planperiode terug te brengen tot het niveau van de signaleringswaarde,
door tijdelijk extra middelen in te zetten voor de nieuwe observatiegroep en voor de scholing van
intern begeleiders. Het weerstandsvermogen blijft daarbij boven de ondergrens van 10%.

Besturen verantwoorden jaarlijks vóór 1 juni aan de hand van een vast format waaraan zij de
ontvangen middelen hebben besteed. De directeur bespreekt de verantwoording met elk bestuur; de
uitkomsten zijn onderdeel van het jaarverslag.""")
    b += [("h1", "10 Kwaliteit en resultaten")] + paras("""
Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen die extra
ondersteuning nodig hebben:""")
    b += [("ul", [
        "In 2029 zit geen enkele leerling langer dan drie maanden zonder passend onderwijs thuis (2024: 9 leerlingen).",
        "Het deelnamepercentage so blijft onder de 1,9% en het deelnamepercentage sbo daalt van 3,4% naar 3,0%.",
        "In 2027 wordt 90% van de TLV-besluiten binnen zes weken genomen.",
        "Ten minste 30 leerlingen per jaar keren met een terugplaatsingsarrangement terug naar het regulier onderwijs.",
        "Ouders waarderen de ondersteuning op school gemiddeld met ten minste een 7,5."])]
    b += paras("""
Hoe we deze resultaten gaan meten, welke bronnen we daarvoor gebruiken en aan wie we over de
voortgang rapporteren, werken we in het eerste planjaar uit in een nieuw kwaliteitskader, samen met
de kwaliteitsmedewerkers van de besturen.""")
    b += filler_governance("Waterlinie", "stichting", "de vergadering van aangesloten besturen",
                           "de raad van toezicht met vijf onafhankelijke leden")
    b += filler_opr(True)
    b += filler_personeel("Waterlinie", "21,6")
    b += filler_ict_privacy()
    b += filler_planning("2025-2026 tot en met 2028-2029", "3 april 2025", "20 maart 2025",
                         "10 april 2025")
    b += [("h1", "Bijlage 1 Begrippenlijst"), ("table", [
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so, afgegeven door het samenwerkingsverband."],
        ["Terugplaatsing", "Overstap van een leerling uit het sbo of so naar een reguliere basisschool."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren, met de verwachte inkomsten en uitgaven."],
        ["Monitoring", "Het systematisch volgen van resultaten en ontwikkelingen."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jeugdigen."],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Dekkend netwerk", "Een samenhangend geheel van voorzieningen, zodat elk kind een passende plek heeft."]])]
    header = "Ondersteuningsplan 2025-2029 | SWV PPO Waterlinie | basisondersteuning - TLV - terugplaatsing - financiën - ouders"
    footer = "SWV PPO Waterlinie, PO 26-11"
    return b, header, footer


LABEL_WATERLINIE = """documents: [po-waterlinie-2025-2029.docx]
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
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 sets a board-adopted minimum for all 68 schools and lists twelve concrete provisions; kwaliteitskaart visit = borging."
  plaatsing: "H5.1-5.2 procedure (bevoegd gezag, loket, CvT, 6 weeks); criteria only in the table of 5.3; duration/category 5.4, LBT 5.5."
  terugstroom: "Hidden as 5.6 'Als de TLV afloopt' inside the TLV chapter: policy (thuisnabij, arrangement) and steps (1 Feb, CvT, evaluations); figures 21/17."
  financien: "H9 'Geld en middelen': verdeling addressed (vaste voet 4.000 + 152 per leerling); the meerjarenbegroting is deferred to an absent bijlage 6, no spending amounts; only the 15,1 mln income total."
  dekkend-aanbod: "H4 five-level continuum with bovenschoolse voorzieningen; H6 annual gap analysis, thuiszittertafel, doorzettingsmacht."
  resultaten: "H10 lists measurable intended results, but how they are measured/reported is deferred to a kwaliteitskader 'in het eerste planjaar'."
  ouders: "Under H8 'Communicatie': ouderpagina, folder in 4 languages, schoolgids, info evenings; independent OJSP, Onderwijsconsulenten, Geschillencommissie; OPR parents = betrokkenheid."
"""


# ---------------------------------------------------------------------------
# Plan 2: SWV Passend Primair Oosterveen (small PO verband) - .docx
# ---------------------------------------------------------------------------

def plan_oosterveen():
    name = "Stichting Passend Primair Onderwijs Oosterveen"
    b = [("title", "Ondersteuningsplan Oosterveen 2024-2028"),
         ("sub", f"{name} - samenwerkingsverband PO 21-04"),
         ("p", "Definitieve versie, vastgesteld 16 april 2024"),
         ("toc", ["Voorwoord", "1 Over ons samenwerkingsverband", "2 Visie, missie en ambities",
                  "3 Ondersteuning op de scholen", "3.1 Basisondersteuning",
                  "3.2 Extra ondersteuning", "4 Speciaal (basis)onderwijs",
                  "4.1 Toelaatbaarheidsverklaring", "4.2 Terugplaatsing",
                  "5 Ouders", "6 Wat gebeurt er met het geld?", "7 Wat willen we bereiken en wat hebben we bereikt?",
                  "8 Samenwerking met gemeenten en jeugdhulp", "9 Organisatie en governance",
                  "10 Medezeggenschap", "11 Personeel en professionalisering",
                  "12 ICT, privacy en gegevensuitwisseling", "13 Totstandkoming, vaststelling en planning",
                  "Afkortingen en begrippen"]),
         ("pagebreak", None)]
    b += filler_voorwoord(name, "2024-2028", "Met vriendelijke groet, mevrouw A. Kuipers, directeur-bestuurder")
    b += filler_leeswijzer("Oosterveen")
    b += [("h1", "1 Over ons samenwerkingsverband")] + paras("""
Oosterveen is een klein samenwerkingsverband in een landelijk gebied. Vier schoolbesturen werken
samen met negentien scholen: zeventien basisscholen, één school voor speciaal basisonderwijs (De
Zeehoeve) en één school voor speciaal onderwijs cluster 4 (SO De Linde). Het gebied omvat twee
gemeenten en telt ongeveer 3.900 leerlingen. Kinderen met een lichamelijke of verstandelijke
beperking (cluster 3) gaan naar so-scholen buiten de regio, vooral in Hoogeveld en Emmerdal.

De kleine schaal is een kracht: directeuren en intern begeleiders kennen elkaar, en de lijnen met
de gemeenten zijn kort. Tegelijk maakt de kleine schaal ons kwetsbaar. Eén leerling met een zeer
complexe vraag kan een groot beslag leggen op de beschikbare middelen, en bij ziekte van een
medewerker van het bureau staat het werk al snel stil.""")
    b += filler_visie(name, "Oosterveen")
    b += [("h1", "3 Ondersteuning op de scholen"), ("h2", "3.1 Basisondersteuning")] + paras("""
Alle scholen in Oosterveen bieden minimaal hetzelfde niveau van basisondersteuning. Dat is de
ondergrens die de vier besturen samen hebben afgesproken en die voor elke vestiging geldt, ook voor
de kleinste dorpsschool. Het niveau is gebaseerd op het referentiekader passend onderwijs en omvat
de vier bekende onderdelen: basiskwaliteit, preventieve en licht curatieve interventies, de
onderwijsondersteuningsstructuur en planmatig werken.

Welke voorzieningen en interventies dat op een school concreet zijn, verschilt per school en staat
beschreven in het schoolondersteuningsprofiel. De profielen zijn te vinden op de websites van de
scholen.""")
    b += [("h2", "3.2 Extra ondersteuning")] + paras("""
Als een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school de leerling in het
ondersteuningsteam. Daarin zitten de intern begeleider, de orthopedagoog van het
samenwerkingsverband en, als dat nodig is, de schoolmaatschappelijk werker of de jeugdverpleegkundige.
Het ondersteuningsteam kan een arrangement inzetten: extra handen in de klas, een aangepast
programma of begeleiding door een specialist van SO De Linde of De Zeehoeve. Arrangementen worden
toegekend voor maximaal één schooljaar en daarna geëvalueerd.

Voor meer- en hoogbegaafde leerlingen is er op twee locaties een plusgroep die één ochtend per week
bijeenkomt. Voor jonge kinderen met een taalachterstand werkt het verband samen met de peuteropvang
in een doorgaande lijn voor- en vroegschoolse educatie.

Wanneer de ondersteuning op de eigen school niet voldoende is, is een plaats op De Zeehoeve (sbo) of
SO De Linde mogelijk. Voor cluster 3 maken we gebruik van scholen buiten de regio. Samen vormen de
basisondersteuning, de arrangementen, de plusgroepen en het speciaal (basis)onderwijs het
ondersteuningsaanbod van Oosterveen, van licht naar zwaar.""")
    b += [("h1", "4 Speciaal (basis)onderwijs"), ("h2", "4.1 Toelaatbaarheidsverklaring")] + paras("""
Voor een plaats in het sbo of so is een toelaatbaarheidsverklaring nodig. De route is als volgt.

Stap 1. De school bespreekt de leerling in het ondersteuningsteam en stelt, samen met de ouders, vast
dat een plaats in het s(b)o wordt overwogen.

Stap 2. Het bestuur van de school dient een aanvraag in bij de Commissie Toelaatbaarheid van het
samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectief, het onderwijskundig
rapport, de verslagen van het ondersteuningsteam en de zienswijze van de ouders.

Stap 3. Twee deskundigen geven ieder schriftelijk advies: de orthopedagoog van het
samenwerkingsverband en een tweede deskundige, meestal de jeugdarts van de GGD.

Stap 4. De commissie besluit binnen zes weken. Ouders en school ontvangen het besluit en de adviezen
schriftelijk.

De commissie weegt elke aanvraag zorgvuldig en kijkt daarbij vooral naar wat het kind nodig heeft.
Een TLV voor het sbo geldt tot het einde van de basisschool; een TLV voor het so wordt afgegeven voor
twee schooljaren, in de bekostigingscategorie laag, midden of hoog.""")
    b += [("h2", "4.2 Terugplaatsing")] + paras("""
Het samenwerkingsverband heeft nog geen eigen beleid voor terugplaatsing naar het basisonderwijs. In
het schooljaar 2025-2026 gaan we met De Zeehoeve en SO De Linde in gesprek over de vraag hoe we dat
willen vormgeven.""")
    b += [("h1", "5 Ouders")] + paras("""
Ouders zijn de eerste deskundigen als het gaat om hun kind. Wij vinden het belangrijk dat zij goed
weten wat er in Oosterveen mogelijk is. Op de website van het samenwerkingsverband staat een aparte
rubriek voor ouders met uitleg over basisondersteuning, arrangementen, de
toelaatbaarheidsverklaring en de contactgegevens van het bureau. Bij inschrijving op een school
krijgen ouders de folder 'Wat als mijn kind extra hulp nodig heeft?'. Twee keer per jaar, in oktober
en maart, organiseren we een informatieavond voor ouders, afwisselend in de twee gemeenten.

Hebben ouders vragen over de ondersteuning van hun kind, dan gaan zij eerst in gesprek met de
leerkracht en de intern begeleider. Komen ouders en school er samen niet uit, dan kunnen zij contact
opnemen met de directeur-bestuurder van het samenwerkingsverband, die probeert samen met de school
tot een oplossing te komen.

Het ouder- en jeugdsteunpunt dat de nieuwe wet vraagt, richten we in zodra de wet in werking is
getreden; over de vorm beslist het bestuur later.""")
    b += [("h1", "6 Wat gebeurt er met het geld?")] + paras("""
Oosterveen ontvangt in 2024 naar verwachting € 3.310.000 aan middelen voor lichte en zware
ondersteuning. Daarvan gaat € 1.180.000 rechtstreeks naar het so via de afdracht door DUO.

Het bestuur heeft gekozen voor een eenvoudige verdeling. Van de resterende middelen gaat 85% als
schoolbudget naar de vier besturen, naar rato van het aantal leerlingen op 1 oktober van het
voorgaande jaar; in 2024 is dat € 162 per leerling. Besturen zetten dat budget in voor de
basisondersteuning en voor de eerste lijn van extra ondersteuning op hun scholen. De overige 15% blijft
bij het samenwerkingsverband voor de arrangementen van het ondersteuningsteam, de plusgroepen en het
bureau. Arrangementen worden toegekend door het ondersteuningsteam op basis van het
ontwikkelingsperspectief.

De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000).""")
    b += [("table", [
        ["Post", "2024", "2025", "2026", "2027"],
        ["Baten ondersteuningsmiddelen", "3.310", "3.290", "3.255", "3.220"],
        ["Afdracht so (DUO)", "1.180", "1.190", "1.195", "1.200"],
        ["Afdracht sbo boven 2%", "140", "135", "130", "125"],
        ["Schoolbudgetten besturen", "1.685", "1.670", "1.640", "1.615"],
        ["Arrangementen ondersteuningsteam", "170", "170", "165", "160"],
        ["Plusgroepen", "45", "45", "45", "45"],
        ["Bureau en personeel", "120", "120", "120", "120"],
        ["Saldo", "-30", "-40", "-40", "-45"]])]
    b += paras("""
De negatieve saldi worden gedekt uit de reserve, die eind 2023 € 610.000 bedroeg. Zo brengen we de
reserve in de planperiode terug naar een verantwoord niveau. De besturen leggen elk jaar in hun
jaarverslag verantwoording af over de besteding van het schoolbudget; het samenwerkingsverband
vraagt daarvoor een korte toelichting per school op.""")
    b += [("h1", "7 Wat willen we bereiken en wat hebben we bereikt?")] + paras("""
In de vorige planperiode wilden we het aantal leerlingen in het sbo stabiel houden en de
doorlooptijd van een TLV-aanvraag verkorten. Dat is gelukt: het deelnamepercentage sbo bleef rond
de 2,1% en de gemiddelde doorlooptijd daalde van negen naar vijf weken. Het aantal arrangementen
steeg van 38 naar 61. De tevredenheid van intern begeleiders over het ondersteuningsteam kwam uit op
een 7,8.

Voor 2024-2028 hebben we de volgende doelen voor leerlingen met een ondersteuningsbehoefte:""")
    b += [("table", [
        ["Doel", "Indicator", "Streefwaarde 2028"],
        ["Meer leerlingen krijgen hulp op de eigen school", "Aandeel arrangementen dat op de eigen school wordt uitgevoerd", "80%"],
        ["Sneller duidelijkheid voor ouders", "Doorlooptijd TLV-aanvraag", "maximaal 4 weken"],
        ["Arrangementen werken", "Aandeel arrangementen waarvan de doelen bij evaluatie (grotendeels) zijn behaald", "75%"],
        ["Deelname sbo stabiel", "Deelnamepercentage sbo op 1 oktober", "ten hoogste 2,2%"]])]
    b += paras("""
Twee keer per jaar, in februari en september, verzamelt het bureau de gegevens over deze
indicatoren uit de registratie van het ondersteuningsteam en de telgegevens van DUO. De uitkomsten
worden in maart met elk bestuur besproken en in het jaarverslag opgenomen, dat ook aan de
ondersteuningsplanraad wordt voorgelegd. Bij de evaluatie van de arrangementen vragen we ook naar de
ervaringen van ouders en leerkrachten.""")
    b += filler_oogo("Oosterveen en Aa-Weerde")
    b += paras("""
Thema's in het OOGO waren dit keer onder meer de schoolmaatschappelijk werker, het leerlingenvervoer
en thuiszitters.""")
    b += filler_governance("Oosterveen", "stichting", "het bestuur, met een directeur-bestuurder",
                           "de raad van toezicht, samengesteld uit de vier bestuurders")
    b += filler_opr(True)
    b += filler_inspectie("Oosterveen", "2022")
    b += filler_personeel("Oosterveen", "3,8")
    b += filler_kalender()
    b += filler_ict_privacy()
    b += filler_planning("2024-2025 tot en met 2027-2028", "9 april 2024", "26 maart 2024",
                         "16 april 2024")
    b += [("h1", "Afkortingen en begrippen"), ("table", [
        ["Afkorting/begrip", "Betekenis"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen, met concrete voorzieningen."],
        ["OJSP", "Ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders."],
        ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders en scholen."],
        ["SBO", "Speciaal basisonderwijs."],
        ["SO", "Speciaal onderwijs."],
        ["Terugplaatsing", "Het teruggaan van een leerling van het s(b)o naar de basisschool."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."]])]
    header = "Ondersteuningsplan Oosterveen 2024-2028"
    footer = "Stichting Passend Primair Onderwijs Oosterveen - PO 21-04 - pagina"
    return b, header, footer


LABEL_OOSTERVEEN = """documents: [po-oosterveen-2024-2028.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
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
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 states a common minimum for every vestiging but only names the four abstract Referentiekader parts; concrete content is referred to school SOPs on school websites."
  plaatsing: "4.1 gives steps, CvT, two deskundigen, 6 weeks; criteria reduced to 'weegt zorgvuldig ... wat het kind nodig heeft' (no criteria)."
  terugstroom: "4.2 heading exists but only says there is no policy yet and talks will start in 2025-2026; glossary entry is a trap."
  financien: "H6 'Wat gebeurt er met het geld?': 85/15 split, 162 per leerling on 1 Oct, arrangement allocation; meerjarenbegroting table 2024-2027; reserve 610k; verantwoording via jaarverslag."
  dekkend-aanbod: "3.2 describes the continuum (OT, arrangements, plusgroepen, sbo/so, cluster 3 outside region); gaps/thuiszitters only named as an OOGO topic."
  resultaten: "H7: achieved results of the previous period, indicator table with streefwaarden, twice-yearly data collection, reporting in jaarverslag and to OPR."
  ouders: "H5 informs parents (website, folder, info evenings) but help only via leerkracht/IB/SWV director (not independent); OJSP deferred; glossary mentions Onderwijsconsulenten only."
"""


# ---------------------------------------------------------------------------
# Plan 3: Samen Passend Rivierenland-Zuid (medium PO verband) - .pdf
# ---------------------------------------------------------------------------

def plan_rivierenland():
    name = "Samenwerkingsverband Samen Passend Rivierenland-Zuid"
    b = [("title", "Koersplan passend onderwijs 2025-2029"),
         ("sub", f"Ondersteuningsplan van {name} (PO 30-08)"),
         ("p", "Versie ter instemming OPR, maart 2025 - na instemming ongewijzigd vastgesteld"),
         ("toc", ["Voorwoord", "1 Waar we staan", "2 Visie, missie en ambities",
                  "3 De ondergrens: wat ieder kind op iedere school krijgt",
                  "4 Van licht naar zwaar: het aanbod in de regio",
                  "5 Naar het speciaal (basis)onderwijs", "6 Terug naar de basisschool",
                  "7 Kwaliteit en resultaten", "8 Samen met ouders", "9 Financieel kader",
                  "10 Samenwerking met gemeenten en jeugdhulp", "11 Organisatie en governance",
                  "12 Medezeggenschap", "13 Personeel en professionalisering",
                  "14 ICT, privacy en gegevensuitwisseling", "15 Totstandkoming, vaststelling en planning",
                  "Begrippenlijst"]),
         ("pagebreak", None)]
    b += filler_voorwoord(name, "2025-2029", "Drs. M. Oudejans, directeur")
    b += [("h1", "1 Waar we staan")] + paras("""
Rivierenland-Zuid omvat zes gemeenten aan de zuidoever van de rivier. Negen schoolbesturen zijn
aangesloten met 41 scholen: 38 basisscholen, twee scholen voor speciaal basisonderwijs en één
school voor speciaal onderwijs met een afdeling voor cluster 3 en een afdeling voor cluster 4. Samen
onderwijzen zij ruim 9.400 leerlingen.

De afgelopen jaren stonden in het teken van herstel na de schoolsluitingen, het lerarentekort en
de komst van een grote groep nieuwkomers uit Oekraïne. Het verband heeft in die periode zijn
werkwijze vernieuwd: de vroegere commissies zijn samengevoegd, het bureau is verhuisd naar het
centrum van de regio en er is een vaste contactpersoon per school gekomen. Dit koersplan bouwt voort
op die veranderingen.""")
    b += filler_visie(name, "Rivierenland-Zuid")
    b += [("h1", "3 De ondergrens: wat ieder kind op iedere school krijgt")] + paras("""
In Rivierenland-Zuid maakt het voor de ondersteuning niet uit op welke school een kind zit. De negen
besturen hebben samen een ondergrens vastgelegd die op alle 41 locaties geldt, ook op de locaties
van het sbo en so voor zover het gaat om hun reguliere groepen. Wij noemen dat de
basisondersteuning. Wat een ouder van iedere school mag verwachten, staat in de volgende tabel.""")
    b += [("table", [
        ["Laag", "Wat iedere school biedt"],
        ["Goed onderwijs", "Minimaal voldoende oordeel van de inspectie; differentiatie in drie niveaus in elke groep; een doorgaande lijn van groep 1 tot en met 8"],
        ["Vroeg signaleren en snel handelen", "Screening taal en rekenen in groep 2; leesinterventie volgens het dyslexieprotocol vanaf groep 3; rekenprotocol ernstige rekenproblemen; sociaal-emotionele screening twee keer per jaar"],
        ["Structuur rond de leerling", "Intern begeleider met minimaal één dag per week per 150 leerlingen; ondersteuningsteam met contactpersoon van het verband; OPP voor iedere leerling met een aangepast uitstroomperspectief"],
        ["Specifieke aanpakken", "Programma voor sociale veiligheid; aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep; protocol medicijnverstrekking en medisch handelen; rustige werkplek voor leerlingen die prikkels moeilijk verdragen"]])]
    b += paras("""
Alles wat een school daarbovenop biedt, en alles waarvoor de school hulp van buiten nodig heeft,
noemen we extra ondersteuning. Elke school beschrijft in haar schoolgids hoe zij de ondergrens
invult en wat zij extra biedt. De contactpersoon van het verband bespreekt dat jaarlijks met de
directeur.""")
    b += [("h1", "4 Van licht naar zwaar: het aanbod in de regio")] + paras("""
Het aanbod in de regio is opgebouwd als een trap. Op de eerste trede staat de basisondersteuning op
de eigen school. Op de tweede trede zet de school met hulp van de contactpersoon van het verband een
arrangement in: tijdelijke begeleiding door een specialist, extra inzet van een onderwijsassistent
of een traject in een kleine groep. Op de derde trede staan de regionale voorzieningen: de
Kompasklas voor leerlingen met gedragsvragen (twee locaties), de taalklas voor nieuwkomers en de
Denkvogelgroep voor hoogbegaafde leerlingen. Op de vierde trede staan het sbo en het so.

Voor kinderen die zowel onderwijs als zorg nodig hebben, is er het onderwijs-zorgarrangement 'Op de
Rivier' in samenwerking met een jeugdhulpaanbieder. Daar krijgen kinderen in één gebouw onderwijs en
behandeling. Elke trede is bereikbaar via de contactpersoon van het verband; er is geen aparte
aanvraagprocedure voor arrangementen op trede twee.""")
    b += [("h2", "4.1 Geen kind tussen wal en schip")] + paras("""
Het verband houdt een lijst bij van alle kinderen die geen passende plek hebben of die thuiszitten.
Scholen en leerplicht melden deze kinderen binnen vijf schooldagen. Eens per kwartaal bespreekt het
Kernteam Passende Plek (leerplicht, een contactpersoon van het verband en een medewerker van de
gemeente) de lijst en wijst voor elk kind een regisseur aan. Als de lijst laat zien dat er voor een
groep kinderen structureel geen plek is, doet de directeur een voorstel aan het bestuur voor een
nieuwe voorziening. Zo is in 2023 de tweede locatie van de Kompasklas ontstaan.""")
    b += [("h1", "5 Naar het speciaal (basis)onderwijs")] + paras("""
Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het sbo of so. Die taak is
belegd bij de Commissie Arrangeren en Toelaten (CAT).

Een school kan een toelaatbaarheidsverklaring aanvragen als zij, met de hulp uit hoofdstuk 4, niet
meer in de ondersteuningsbehoefte van een leerling kan voorzien. Het bestuur van de school dient de
aanvraag in, met het OPP, het verslag van het ondersteuningsteam en de zienswijze van de ouders. De
CAT vraagt voor elke aanvraag het schriftelijke advies van twee deskundigen: een orthopedagoog-
generalist en een tweede deskundige die past bij de vraag van het kind. De CAT neemt binnen zes
weken een besluit, dat met de adviezen aan ouders en school wordt gestuurd.

Een leerling komt in aanmerking voor het sbo wanneer hij een leerachterstand van meer dan anderhalf
jaar op ten minste twee vakgebieden heeft of een ontwikkeling die een kleinere groep en een
aangepast tempo vraagt, en de school aantoonbaar een jaar lang arrangementen heeft ingezet die
onvoldoende effect hadden. Een leerling komt in aanmerking voor het so wanneer daarnaast sprake is
van een ernstige beperking of stoornis (verstandelijk, lichamelijk, langdurig ziek of ernstige
gedragsproblematiek) die specialistische begeleiding in een groep van maximaal twaalf leerlingen
nodig maakt.

Een verklaring geldt voor ten hoogste twee schooljaren. Bij het so stelt de CAT ook de categorie
vast (laag, midden of hoog). Wie het niet eens is met een besluit, kan binnen zes weken bezwaar
maken. Het verband vraagt dan advies aan de Landelijke Bezwaaradviescommissie.""")
    b += [("h1", "6 Terug naar de basisschool")] + paras("""
Een plek in het sbo of so hoeft geen eindstation te zijn. Wij willen dat kinderen die daar zijn
opgebloeid, de kans krijgen om terug te keren naar een basisschool, het liefst in hun eigen dorp.
Terugkeer is aan de orde als het kind zich zo heeft ontwikkeld dat een reguliere groep met extra
ondersteuning haalbaar is, als de ouders het ermee eens zijn en als er een school is die het kind
kan ontvangen. De ontvangende school krijgt voor een jaar een overgangsarrangement, waarmee een
leerkracht van de sbo- of so-school het kind en de nieuwe leerkracht begeleidt.

Hoe de terugkeer in stappen verloopt, wie het initiatief neemt en op welke momenten wordt
geëvalueerd, werken we samen met de drie scholen voor speciaal (basis)onderwijs uit in een
stappenplan, dat naar verwachting in de loop van 2026 gereed is.""")
    b += [("h1", "7 Kwaliteit en resultaten")] + paras("""
[Dit hoofdstuk wordt aangevuld zodra de evaluatie van het ondersteuningsplan 2021-2025 is afgerond.
p.m.]""")
    b += [("h1", "8 Samen met ouders")] + paras("""
Ouders kennen hun kind het best. Daarom willen we dat ze snel en begrijpelijk kunnen vinden wat er
voor hun kind mogelijk is.

Alle ouders krijgen bij de inschrijving op school de Ouderwijzer, een boekje van twaalf pagina's dat
uitlegt wat de ondergrens is, welke arrangementen en regionale voorzieningen er zijn en hoe het
verband beslist over het sbo en so. De Ouderwijzer is er ook in eenvoudige taal. Op de website staat
dezelfde informatie met korte filmpjes. Scholen nemen in de schoolgids op wat zij bieden. Wie liever
persoonlijk contact heeft, kan het spreekuur van het verband bezoeken, elke woensdagochtend.

Soms hebben ouders behoefte aan iemand die naast hen staat en niet aan de kant van de school of het
verband. Zij kunnen dan gratis terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat door de
gemeenten wordt gefinancierd en los staat van de schoolbesturen. Een ouderbegeleider gaat
desgewenst mee naar gesprekken. Ook de landelijke Onderwijsconsulenten kunnen ouders kosteloos
adviseren en bemiddelen.""")
    b += [("h1", "9 Financieel kader")] + paras("""
Het verdeelmodel van de vorige planperiode loopt af op 31 juli 2025. Een werkgroep van de
besturen bereidt een nieuw verdeelmodel voor. Tot dat model is vastgesteld, zijn de criteria voor de
verdeling van de middelen over besturen en scholen in dit plan p.m.

De begroting voor de planperiode, uitgaande van gelijkblijvende leerlingaantallen, ziet er als volgt
uit (bedragen in euro's).""")
    b += [("table", [
        ["", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage lichte ondersteuning", "2.090.000", "2.075.000", "2.060.000", "2.045.000"],
        ["Rijksbijdrage zware ondersteuning", "5.720.000", "5.690.000", "5.660.000", "5.640.000"],
        ["Afdrachten so en sbo", "3.950.000", "3.960.000", "3.970.000", "3.980.000"],
        ["Middelen naar besturen", "2.410.000", "2.390.000", "2.370.000", "2.350.000"],
        ["Regionale voorzieningen (Kompasklas, taalklas, Denkvogel)", "820.000", "830.000", "840.000", "845.000"],
        ["Onderwijs-zorgarrangement Op de Rivier", "180.000", "180.000", "180.000", "180.000"],
        ["Arrangementen via contactpersonen", "260.000", "250.000", "245.000", "240.000"],
        ["Bureau, CAT en personeel", "290.000", "295.000", "300.000", "305.000"],
        ["Resultaat", "-100.000", "-140.000", "-185.000", "-215.000"]])]
    b += paras("""
De negatieve resultaten zijn bewust: het verband heeft een reserve die boven de
signaleringswaarde ligt, en die we in vier jaar terugbrengen.""")
    b += filler_oogo("Waalkant, Maasdijk, Oever, Zandmeer, Kerkwaard en Lingesteyn")
    b += filler_governance("Samen Passend Rivierenland-Zuid", "vereniging",
                           "de algemene ledenvergadering", "de onafhankelijke toezichthouders in het bestuur (one-tier)")
    b += filler_opr(True)
    b += filler_inspectie("Rivierenland-Zuid", "2023")
    b += filler_personeel("Rivierenland-Zuid", "9,2")
    b += filler_integriteit()
    b += filler_ict_privacy()
    b += filler_planning("2025-2026 tot en met 2028-2029", "26 maart 2025", "12 maart 2025",
                         "2 april 2025")
    b += [("h1", "Begrippenlijst"), ("table", [
        ["Begrip", "Uitleg"],
        ["Bereikte resultaten", "De resultaten die het verband in de vorige periode heeft gehaald."],
        ["Beoogde resultaten", "De resultaten die het verband wil bereiken, liefst meetbaar."],
        ["CAT", "Commissie Arrangeren en Toelaten."],
        ["Kwaliteitszorg", "Het cyclisch meten, evalueren en verbeteren van de eigen werkwijze."],
        ["Ondergrens", "Ander woord voor het niveau van basisondersteuning."],
        ["Terugplaatsing", "Overstap van het s(b)o naar de basisschool, met een vast stappenplan."],
        ["Verdeelmodel", "De regels volgens welke het verband middelen verdeelt over besturen."]])]
    header = "Koersplan passend onderwijs 2025-2029 - Rivierenland-Zuid"
    footer = "Samen Passend Rivierenland-Zuid - ondersteuningsplan - resultaten - financiën"
    return b, header, footer


LABEL_RIVIERENLAND = """documents: [po-rivierenland-zuid-2025-2029.pdf]
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
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'De ondergrens' (unusual wording) is the shared minimum for all 41 locations; concrete content only in the four-row table; yearly talk with the director = light borging."
  plaatsing: "H5 'Naar het speciaal (basis)onderwijs': CAT, bevoegd gezag applies, two deskundigen, 6 weeks; criteria in prose ('komt in aanmerking wanneer'); duration, category, LBT."
  terugstroom: "H6 gives policy (aim, conditions, overgangsarrangement) but the steps/initiator/evaluation moments are deferred to a stappenplan 'in de loop van 2026'; glossary claims a fixed stappenplan (trap)."
  financien: "H9 'Financieel kader': multi-year table with amounts (besteding) but the verdeling criteria are explicitly p.m. pending a new verdeelmodel; reserve above signaleringswaarde."
  dekkend-aanbod: "H4 four-step continuum with regional provisions and OZA; 4.1 'Geen kind tussen wal en schip' (list, Kernteam, new provisions) covers gaps without using 'dekkend'."
  resultaten: "H7 heading is only a p.m. placeholder; TOC, glossary ('beoogde/bereikte resultaten', kwaliteitszorg) and footer are traps; no results anywhere."
  ouders: "H8 'Samen met ouders': Ouderwijzer booklet, website, schoolgids, spreekuur; independent OJSP Rivierenland and Onderwijsconsulenten; OPR parents."
"""


# ---------------------------------------------------------------------------
# Plan 4: SWV VO Kempenrand (VO verband) - .pdf
# ---------------------------------------------------------------------------

def plan_kempenrand():
    name = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{name} (VO 30-05)"),
         ("p", "Vastgesteld door het bestuur op 15 april 2025"),
         ("toc", ["1 Inleiding", "2 Basisondersteuning", "3 Visie, missie en ambities",
                  "4 Toewijzing: vso, lwoo en pro", "5 Van vso naar regulier voortgezet onderwijs",
                  "6 Ondersteuningsaanbod en thuiszitters", "7 Beoogde en bereikte resultaten",
                  "8 Financiën", "9 Samenwerking met gemeenten en jeugdhulp",
                  "10 Organisatie en governance", "11 Medezeggenschap",
                  "12 Personeel en professionalisering", "13 ICT, privacy en gegevensuitwisseling",
                  "14 Totstandkoming, vaststelling en planning", "Lijst van afkortingen"]),
         ("pagebreak", None)]
    b += filler_voorwoord(name, "2025-2029", "Ir. P. Verhoeven, voorzitter van het bestuur")
    b += filler_leeswijzer("Kempenrand")
    b += [("h1", "1 Inleiding")] + paras("""
Dit is het ondersteuningsplan van het samenwerkingsverband voortgezet onderwijs Kempenrand voor de
schooljaren 2025-2026 tot en met 2028-2029. In het samenwerkingsverband werken zeven schoolbesturen
samen met veertien scholen voor voortgezet onderwijs: acht scholen voor vmbo, havo en vwo, twee
scholen voor praktijkonderwijs, drie scholen voor voortgezet speciaal onderwijs en een
brede scholengemeenschap met een leerwerkafdeling. Op 1 oktober 2024 volgden 11.250 leerlingen
onderwijs op een van deze scholen.

Het plan is een plan op hoofdlijnen. Het beschrijft de afspraken die de besturen samen hebben
gemaakt en de richting voor de komende vier jaar. De uitwerking staat in de jaarplannen en in een
aantal afzonderlijke regelingen en documenten, die het bestuur zelf vaststelt. Waar in dit plan naar
zo'n document wordt verwezen, gaat het om de versie die op de datum van vaststelling van dit plan
geldt.

Het samenwerkingsverband heeft in de afgelopen periode veel bereikt. Het aantal thuiszitters is
gedaald, de samenwerking met de jeugdhulp is verbeterd en er is een sterkere band ontstaan tussen de
scholen voor regulier en speciaal voortgezet onderwijs. Tegelijk zien we nieuwe vragen: meer
leerlingen met psychische klachten, een stijgend schoolverzuim en krapte op de arbeidsmarkt voor
docenten en begeleiders.""")
    b += [("h1", "2 Basisondersteuning")] + paras("""
Welke basisondersteuning de scholen bieden, is vastgelegd in het Kader Basisondersteuning VO
Kempenrand (bijlage 2). Dat kader is in 2022 door de besturen opgesteld en wordt in deze
planperiode geactualiseerd op basis van de landelijke norm, zodra die bekend is.""")
    b += filler_visie(name, "de Kempenrand")
    b += [("h1", "4 Toewijzing: vso, lwoo en pro")] + paras("""
Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en
het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De aanvraag- en
beoordelingsprocedure, de samenstelling van de Commissie Toewijzing en de termijnen staan in het
Reglement Commissie Toewijzing, dat op www.kempenrand-vo.nl/reglement te vinden is.

Bij de beoordeling hanteert de commissie de volgende criteria.""")
    b += [("table", [
        ["Voorziening", "Criteria"],
        ["Voortgezet speciaal onderwijs (cluster 3 en 4)", "De leerling heeft een ernstige verstandelijke, lichamelijke of psychiatrische beperking of langdurige ziekte; de ondersteuningsbehoefte is zo intensief dat ook met een arrangement in het regulier vo geen passend onderwijs mogelijk is; er is een onderbouwd ontwikkelingsperspectief met uitstroomprofiel vervolgonderwijs, arbeid of dagbesteding"],
        ["Praktijkonderwijs (landelijke criteria)", "IQ tussen 55 en 80 en een leerachterstand van 3 jaar of meer op ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spelling, waarvan één begrijpend lezen of inzichtelijk rekenen"],
        ["Leerwegondersteunend onderwijs (eigen criteria Kempenrand)", "Leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit) die het leren in de basis- of kaderberoepsgerichte leerweg belemmert; een IQ-toets is niet vereist"]])]
    b += paras("""
Een toelaatbaarheidsverklaring voor het vso wordt afgegeven voor ten hoogste twee schooljaren en
vermeldt de bekostigingscategorie laag, midden of hoog. Een aanwijzing lwoo en een verklaring pro
gelden voor de hele schoolloopbaan in het voortgezet onderwijs.""")
    b += [("h1", "5 Van vso naar regulier voortgezet onderwijs")] + paras("""
Het samenwerkingsverband wil dat leerlingen in het vso, waar dat kan, de overstap maken naar een
reguliere school voor voortgezet onderwijs. Het vso is in onze visie een tijdelijke plek waar dat
mogelijk is. Voorwaarden voor een overstap zijn dat de leerling het onderwijsniveau van de
ontvangende school aankan, dat de ondersteuningsbehoefte past binnen wat de ontvangende school met
een arrangement kan bieden, en dat de leerling zelf gemotiveerd is. De ontvangende school krijgt een
overstaparrangement van zes maanden, met een vaste coach uit het vso en een budget voor
aanpassingen in het rooster.

Voor elke leerling met een TLV vso bespreekt de commissie van begeleiding van de vso-school ieder
jaar in januari bij de evaluatie van het ontwikkelingsperspectief of een overstap haalbaar is. In
het laatste jaar van de TLV is dat gesprek verplicht. Als de vso-school een overstap haalbaar acht,
meldt zij de leerling uiterlijk 1 maart aan bij de trajectbegeleider van het samenwerkingsverband.
Die zoekt samen met de vso-school een passende reguliere school en organiseert een
overdrachtsgesprek. De directeur van het samenwerkingsverband kent het overstaparrangement toe. Na
drie maanden en na zes maanden volgt een evaluatie met de ontvangende school en de coach.

In 2023-2024 maakten 14 leerlingen de overstap van het vso naar het regulier voortgezet onderwijs;
12 van hen zaten een jaar later nog op de nieuwe school.""")
    b += [("h1", "6 Ondersteuningsaanbod en thuiszitters")] + paras("""
Een overzicht van alle arrangementen, de bovenschoolse voorzieningen en de ondersteuning per school
staat in de Ondersteuningswijzer Kempenrand, die jaarlijks op de website wordt bijgewerkt.

Het samenwerkingsverband en de besturen hebben samen de verantwoordelijkheid dat er voor iedere
leerling een passende plek is. Daarom volgen we alle leerlingen die niet of niet volledig naar
school gaan. Scholen melden elke leerling die langer dan twee weken niet naar school komt bij de
leerplichtambtenaar en bij het samenwerkingsverband. In het thuiszittersoverleg, dat elke twee weken
bijeenkomt, bespreken leerplicht, de trajectbegeleider van het samenwerkingsverband en de school
samen met de jeugdhulp de leerlingen die thuiszitten of dreigen thuis te komen zitten. Voor iedere
leerling wordt binnen tien schooldagen een plan opgesteld met een verantwoordelijke casusregisseur.

Komen school en partners er niet uit, dan neemt de directeur van het samenwerkingsverband het
besluit welke school de leerling plaatst (doorzettingsmacht). Eens per jaar analyseren we alle
casussen op patronen: voor welke groepen leerlingen ontbreekt een passend aanbod? Op basis van die
analyse besluit het bestuur in het voorjaar over nieuwe of aangepaste voorzieningen. Zo bleek in
2024 dat er geen plek was voor leerlingen met ernstige angstklachten die tijdelijk niet in een
volle klas kunnen functioneren; daarvoor start in januari 2026 een kleinschalige
herstartvoorziening.""")
    b += [("h1", "7 Beoogde en bereikte resultaten")] + paras("""
In de planperiode 2021-2025 wilde het samenwerkingsverband het aantal thuiszitters halveren en het
aantal vso-leerlingen stabiel houden. Het eerste doel is gehaald: het aantal thuiszitters daalde van
46 naar 21. Het deelnamepercentage vso bleef met 3,6% iets boven het landelijk gemiddelde.

Voor 2025-2029 hebben we de volgende beoogde resultaten voor leerlingen met extra
ondersteuningsbehoeften geformuleerd.""")
    b += [("table", [
        ["Beoogd resultaat", "Nulmeting", "Doel 2029"],
        ["Thuiszitters langer dan drie maanden", "21 (2024)", "minder dan 10"],
        ["Deelnamepercentage vso op 1 oktober", "3,6%", "3,2%"],
        ["Overstap vso naar regulier vo per jaar", "14", "20"],
        ["Leerlingen met lwoo die een diploma halen", "88%", "ten minste 90%"],
        ["Leerlingen met een arrangement dat na evaluatie als succesvol wordt beoordeeld", "nog niet gemeten", "75%"]])]
    b += paras("""
Elk kwartaal verzamelt de beleidsmedewerker de cijfers uit de registratie van de Commissie
Toewijzing, het thuiszittersoverleg en de DUO-telgegevens. Het bestuur bespreekt de
kwartaalrapportage en stuurt bij als een doel uit beeld raakt. Eenmaal per jaar worden de
bereikte resultaten vastgelegd in het jaarverslag, met een toelichting per doel. In het laatste jaar
van de planperiode volgt een evaluatie van het hele plan.""")
    b += [("h1", "8 Financiën")] + paras("""
De financiële vertaling van dit plan, met de verdeelsystematiek, de meerjarenbegroting en het
beleid voor reserves, is opgenomen in de afzonderlijke Kadernota Financiën, die het bestuur jaarlijks
in december vaststelt.""")
    b += filler_oogo("Kempen, Heeze-Rand, Stratum-Noord en Leende")
    b += filler_governance("Kempenrand", "stichting", "het bestuur", "de raad van toezicht")
    b += filler_opr(False)
    b += filler_inspectie("Kempenrand", "2021")
    b += filler_personeel("Kempenrand", "12,4")
    b += filler_integriteit()
    b += filler_kalender()
    b += filler_wetgeving()
    b += filler_ict_privacy()
    b += filler_planning("2025-2026 tot en met 2028-2029", "3 april 2025", "24 maart 2025",
                         "15 april 2025")
    b += [("h1", "Lijst van afkortingen"), ("table", [
        ["Afkorting", "Betekenis"],
        ["BO", "Basisondersteuning: wat iedere school ten minste biedt."],
        ["lwoo", "Leerwegondersteunend onderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OOGO", "Op overeenstemming gericht overleg."],
        ["OPR", "Ondersteuningsplanraad."],
        ["pro", "Praktijkonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["vso", "Voortgezet speciaal onderwijs."]])]
    header = "SWV VO Kempenrand | Ondersteuningsplan 2025-2029"
    footer = "VO 30-05 | ouders en leerlingen: zie www.kempenrand-vo.nl/ouders"
    return b, header, footer


LABEL_KEMPENRAND = """documents: [vo-kempenrand-2025-2029.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "H2 only refers to an absent bijlage 2 (Kader Basisondersteuning) and defers an update; abbreviation list 'BO' is a trap."
  plaatsing: "H4 criteria table for vso, pro and own lwoo criteria; procedure, committee and terms are only referred to a reglement on the website; duration/category given."
  terugstroom: "H5 'Van vso naar regulier vo': policy (aim, conditions, overstaparrangement) and procedure (January evaluation, 1 March, trajectbegeleider, director decides, evaluations); 14/12 figures."
  financien: "H8 only refers to a separate Kadernota Financien; no verdeling, no amounts, nothing on reserves."
  dekkend-aanbod: "H6: continuum only referred to the online Ondersteuningswijzer; gaps are handled (thuiszittersoverleg, doorzettingsmacht, yearly analysis, herstartvoorziening); OOGO filler = ketenpartners."
  resultaten: "H7 achieved results of 2021-2025, target table with nulmeting, quarterly monitoring and jaarverslag."
  ouders: "No information channels or independent support; parents appear only in visie prose; footer link and OJSP abbreviation are traps; OPR described without parent role."
"""


# ---------------------------------------------------------------------------
# Plan 5: Passend Onderwijs Heuvelland (small PO verband, web version) - .html
# ---------------------------------------------------------------------------

def plan_heuvelland():
    name = "Stichting Passend Onderwijs Heuvelland"
    b = [("title", "Ondersteuningsplan Heuvelland 2024-2028 - webversie"),
         ("sub", f"{name}, samenwerkingsverband primair onderwijs PO 31-02 - plan op hoofdlijnen"),
         ("toc", ["Voorwoord", "1 Terugblik 2020-2024", "2 Ontwikkelingen in de regio",
                  "3 Visie, missie en ambities", "4 Basisondersteuning in de schoolgids",
                  "5 Toelaatbaarheid", "6 Einde van een TLV", "7 Geld: verdeling en begroting",
                  "8 Monitoring en verantwoording", "9 Ouders: informatie en onafhankelijke hulp",
                  "10 Communicatie met scholen", "11 Organisatie en governance", "12 Medezeggenschap",
                  "13 Personeel en professionalisering", "14 ICT, privacy en gegevensuitwisseling",
                  "15 Totstandkoming, vaststelling en planning", "Begrippen"])]
    b += filler_voorwoord(name, "2024-2028", "J. Smeets, directeur-bestuurder")
    b += filler_leeswijzer("Heuvelland")
    b += [("h1", "1 Terugblik 2020-2024")] + paras("""
De vorige planperiode begon midden in de coronacrisis. Scholen waren maandenlang gesloten en veel
geplande activiteiten konden niet doorgaan. Toch heeft het samenwerkingsverband in die periode een
aantal stappen gezet. Het bureau is verkleind en verhuisd, er is een nieuw registratiesysteem
ingevoerd en de samenwerking met de drie gemeenten is op een nieuwe leest geschoeid. De
schoolbesturen hebben elkaar in die moeilijke tijd beter leren kennen.

In 2023 heeft een extern bureau de werking van het samenwerkingsverband geëvalueerd. De belangrijkste
conclusies waren dat scholen het bureau goed weten te vinden, dat de procedures helder zijn maar
soms traag, en dat het verband zich meer moet richten op de kwaliteit van de ondersteuning in de
klas. Die conclusies hebben we meegenomen in dit plan.""")
    b += [("h1", "2 Ontwikkelingen in de regio")] + paras("""
Heuvelland is een krimpregio. Het aantal leerlingen in het basisonderwijs daalt naar verwachting
van 4.150 in 2024 naar 3.800 in 2028. Drie besturen zijn in het verband aangesloten, met samen 21
basisscholen en één school voor speciaal basisonderwijs. Kleine dorpsscholen worden samengevoegd of
gaan samenwerken in clusters. Dat heeft gevolgen voor de reisafstand van kinderen en voor de
bezetting van de scholen.

Daarnaast zien we dat de vragen van kinderen complexer worden. Leerkrachten melden vaker
gedragsproblemen en signalen van angst en somberheid bij jonge kinderen. Het lerarentekort is in
Heuvelland minder groot dan in de Randstad, maar ook hier zijn vacatures voor intern begeleiders
moeilijk te vervullen. De bereikbaarheid van jeugdhulp is een punt van zorg: wachttijden bij
specialistische hulp lopen op tot een half jaar.

Tot slot verandert de wet. De Wet versterking positie ouders en leerlingen regelt dat de
basisondersteuning en de extra ondersteuning van een school in de schoolgids komen te staan en dat
elk samenwerkingsverband een ouder- en jeugdsteunpunt heeft. Ook wordt er landelijk gewerkt aan
een norm voor de basisondersteuning. Daar houden we in dit plan rekening mee.""")
    b += filler_visie(name, "Heuvelland")
    b += [("h1", "4 Basisondersteuning in de schoolgids")] + paras("""
Een gezamenlijk niveau van basisondersteuning hebben de besturen in Heuvelland nog niet
vastgesteld: we wachten de landelijke norm af, die in deze planperiode wordt verwacht. Tot die tijd
beschrijft iedere school zelf in de schoolgids welke basisondersteuning zij biedt.

Het samenwerkingsverband leest elk jaar in september alle schoolgidsen door en vergelijkt de
beschrijving van de basisondersteuning met wat de consulent in de praktijk op school ziet. Waar de
beschrijving onvolledig is of de praktijk achterblijft, voert de directeur-bestuurder een gesprek
met het bestuur van de school. Het bestuur maakt binnen drie maanden verbeterafspraken, die bij het
volgende schoolbezoek worden gecontroleerd. Over de uitkomsten rapporteert het bureau jaarlijks
aan het bestuur van het samenwerkingsverband.""")
    b += [("h1", "5 Toelaatbaarheid")] + paras("""
De aanvraag en beoordeling van toelaatbaarheidsverklaringen voor het speciaal basisonderwijs en
het speciaal onderwijs verlopen volgens de Regeling Toelaatbaarheid Heuvelland. U vindt de regeling
op de website van het samenwerkingsverband, onder 'Documenten'.""")
    b += [("h1", "6 Einde van een TLV")] + paras("""
Wanneer de geldigheid van een toelaatbaarheidsverklaring afloopt, volgen we een vaste werkwijze.
Uiterlijk in februari van het laatste schooljaar van de TLV nodigt de school voor speciaal
(basis)onderwijs de ouders, de consulent van het samenwerkingsverband en, als er al een beoogde
basisschool is, de intern begeleider van die school uit voor een evaluatiegesprek. In dat gesprek
wordt het ontwikkelingsperspectief besproken en wordt vastgelegd of de leerling per 1 augustus
overstapt naar een basisschool.

De consulent legt de uitkomst binnen twee weken vast in een verslag, dat ouders en beide scholen
ontvangen. Bij een overstap besluit de directeur-bestuurder vóór 1 mei over de overdracht en de
afspraken met de ontvangende school; in oktober en in maart van het eerste jaar na de overstap
evalueert de consulent met school en ouders hoe het gaat. Als een overstap (nog) niet aan de orde
is, blijft de leerling op de s(b)o-school; voor een verlenging geldt de Regeling Toelaatbaarheid.""")
    b += [("h1", "7 Geld: verdeling en begroting")] + paras("""
Heuvelland ontvangt ondersteuningsmiddelen van het Rijk. Een groot deel daarvan gaat via DUO
rechtstreeks naar het speciaal onderwijs. De rest verdelen we zo eenvoudig mogelijk.

De regel is: alle middelen voor lichte ondersteuning gaan, na aftrek van de kosten van het bureau en
de afdracht aan het sbo, naar de drie besturen. De verdeling gebeurt naar rato van het aantal
leerlingen op 1 oktober van het jaar ervoor. In 2024 is dat € 171 per leerling. De besturen
bepalen zelf hoe zij het geld over hun scholen verdelen, maar elke school ontvangt ten minste € 120
per leerling. Het bestuur van het samenwerkingsverband stelt de bedragen jaarlijks vast bij de
begroting in december.

Onze meerjarenbegroting (bedragen x € 1.000):""")
    b += [("table", [
        ["", "2024", "2025", "2026", "2027", "2028"],
        ["Baten lichte ondersteuning", "1.010", "990", "965", "940", "920"],
        ["Baten zware ondersteuning (na DUO-afdracht so)", "1.380", "1.350", "1.320", "1.290", "1.260"],
        ["Afdracht sbo", "1.240", "1.210", "1.185", "1.160", "1.135"],
        ["Toekenning aan besturen", "710", "695", "675", "655", "640"],
        ["Bureau, consulenten en personeel", "340", "345", "350", "350", "350"],
        ["Professionalisering en netwerken", "60", "60", "55", "55", "55"],
        ["Saldo", "40", "30", "20", "10", "0"]])]
    b += paras("""
De besturen verantwoorden de besteding van de toegekende middelen in hun jaarverslag, met een
paragraaf passend onderwijs per school.""")
    b += [("h1", "8 Monitoring en verantwoording")] + paras("""
Wat we in deze planperiode precies willen bereiken voor leerlingen die extra ondersteuning nodig
hebben, leggen we vast na een nulmeting in het schooljaar 2024-2025.

De monitoring zelf hebben we wel al ingericht. Elk jaar in oktober stelt het bureau de Monitor
Heuvelland op, met het aantal aangevraagde en afgegeven toelaatbaarheidsverklaringen, de
deelnamepercentages sbo en so, de doorlooptijden van aanvragen, het aantal overstappen uit het
s(b)o en de uitkomsten van een korte tevredenheidspeiling onder intern begeleiders. De monitor wordt
besproken in het bestuur en in de ondersteuningsplanraad en is onderdeel van het jaarverslag. Op 1
oktober 2023 was het deelnamepercentage sbo 2,6% en dat van het so 1,4%.""")
    b += [("h1", "9 Ouders: informatie en onafhankelijke hulp")] + paras("""
Hoe we ouders in deze planperiode informeren over de ondersteuningsmogelijkheden in Heuvelland,
werken we uit in het communicatieplan 2025, dat nu in voorbereiding is.

Ouders die onafhankelijk advies willen of die het niet eens zijn met de school, kunnen terecht bij
het Steunpunt Ouders Heuvelland. Het steunpunt is ondergebracht bij de stichting MEE en staat los van
de schoolbesturen. Een ouderadviseur denkt mee, gaat mee naar gesprekken op school en helpt bij het
indienen van een klacht of bezwaar. Ook de landelijke Onderwijsconsulenten en Ouders & Onderwijs
(telefoon 0800-5010) geven gratis en onafhankelijk advies. Daarnaast kunnen ouders bij een geschil
over het ontwikkelingsperspectief de Geschillencommissie passend onderwijs inschakelen.""")
    b += [("h1", "10 Communicatie met scholen")] + paras("""
Scholen ontvangen zes keer per jaar de nieuwsbrief van het samenwerkingsverband. Daarin staan
nieuws over regelingen, de data van netwerkbijeenkomsten en praktijkvoorbeelden. Directeuren en
intern begeleiders hebben toegang tot een besloten deel van de website, met formats,
handreikingen en verslagen. Twee keer per jaar organiseren we een bijeenkomst voor alle
directeuren, waarin het bureau vertelt over de stand van zaken en waarin directeuren ervaringen
uitwisselen.

Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur. Vragen van scholen worden
binnen twee werkdagen beantwoord. Iedere school heeft een vaste consulent, die ten minste drie
keer per jaar op school komt.""")
    b += filler_oogo("Heuvelland, Gulpdal en Vaalsberg", substantive=False)
    b += filler_governance("Heuvelland", "stichting", "het bestuur, met een directeur-bestuurder",
                           "de raad van toezicht van drie leden")
    b += filler_opr(True)
    b += filler_inspectie("Heuvelland", "2022")
    b += filler_personeel("Heuvelland", "4,6")
    b += filler_integriteit()
    b += filler_kalender()
    b += filler_huisvesting()
    b += filler_ict_privacy()
    b += filler_planning("2024-2025 tot en met 2027-2028", "10 april 2024", "21 maart 2024",
                         "18 april 2024")
    b += [("h1", "Begrippen"), ("table", [
        ["Begrip", "Uitleg"],
        ["Arrangement", "Extra ondersteuning voor een leerling of groep, afgestemd op de behoefte."],
        ["CvT", "Commissie van Toelaatbaarheid, beslist over TLV's volgens de Regeling Toelaatbaarheid."],
        ["Dekkend netwerk", "Het geheel van voorzieningen waardoor er voor elk kind een passende plek is."],
        ["Deskundigenadvies", "Advies van twee deskundigen bij een TLV-aanvraag."],
        ["Thuiszitter", "Leerling die zonder passend onderwijs thuiszit."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]])]
    header = "Passend Onderwijs Heuvelland - Ondersteuningsplan 2024-2028"
    footer = "Stichting Passend Onderwijs Heuvelland | PO 31-02 | www.passendheuvelland.nl"
    return b, header, footer


LABEL_HEUVELLAND = """documents: [po-heuvelland-2024-2028.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: no common level yet (waiting for the landelijke norm), each school describes its own in the schoolgids; only the yearly schoolgids check with verbeterafspraken (borging) is addressed."
  plaatsing: "H5 only refers to the Regeling Toelaatbaarheid on the website; the Begrippen table (CvT, deskundigenadvies) is a trap."
  terugstroom: "H6 'Einde van een TLV': steps, initiator (s(b)o school), February meeting, decision before 1 May, evaluations; no policy aims/conditions/support after return; the H8 monitor counts overstappen uit het s(b)o."
  financien: "H7: per-leerling allocation (171, min 120 per school, 1 Oct), decided yearly in December; meerjarenbegroting 2024-2028 table; verantwoording in jaarverslag."
  dekkend-aanbod: "No continuum or gap handling; OOGO is only a dated procedural mention; 'dekkend netwerk' and 'thuiszitter' occur only in the Begrippen table."
  resultaten: "H8: targets deferred until after a nulmeting ('leggen we vast na'), but a yearly monitor with indicators and reporting is described; 2023 figures = meetbaar."
  ouders: "H9: informing parents is deferred to a communicatieplan 2025 'in voorbereiding'; independent Steunpunt Ouders Heuvelland, Onderwijsconsulenten, Geschillencommissie are described; OPR parents."
"""


# ---------------------------------------------------------------------------
# Near-miss: a school-level 'ondersteuningsplan' of one basisschool - .docx
# ---------------------------------------------------------------------------

def nearmiss_regenboog():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "OBS De Regenboog, Lingedal - onderdeel van Stichting Openbaar Onderwijs Waterlinie"),
         ("p", "Vastgesteld door het managementteam op 2 juli 2025, met instemming van de MR"),
         ("toc", ["1 Inleiding", "2 Onze school en onze leerlingen", "3 Basisondersteuning op De Regenboog",
                  "4 De zorgniveaus 1 tot en met 5", "5 Groepsbesprekingen en leerlingbesprekingen",
                  "6 Het ondersteuningsteam", "7 Extra ondersteuning via het samenwerkingsverband",
                  "8 Verwijzing naar sbo of so en terugplaatsing", "9 Ouders", "10 Middelen en formatie",
                  "11 Resultaten en evaluatie", "12 Jaarplanning zorg"])]
    b += [("h1", "1 Inleiding")] + paras("""
Dit ondersteuningsplan beschrijft hoe OBS De Regenboog de ondersteuning aan haar leerlingen
organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad
en belangstellende ouders. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan
op het ondersteuningsplan 2025-2029 van het samenwerkingsverband Waterlinie, waarbij onze school is
aangesloten. Dit plan wordt elk jaar in juni geëvalueerd door de intern begeleider en het
managementteam.""")
    b += [("h1", "2 Onze school en onze leerlingen")] + paras("""
De Regenboog is een openbare basisschool in een wijk met veel jonge gezinnen. De school telt 312
leerlingen in dertien groepen. Ongeveer een op de vijf leerlingen groeit meertalig op. Het team
bestaat uit 24 medewerkers, onder wie een intern begeleider (0,8 fte), een gedragsspecialist, een
rekencoördinator en drie onderwijsassistenten. In de school is ook een peuteropvang gevestigd,
waarmee we een doorgaande lijn voor jonge kinderen hebben.""")
    b += [("h1", "3 Basisondersteuning op De Regenboog")] + paras("""
Op De Regenboog bieden wij de basisondersteuning die in het samenwerkingsverband is afgesproken. In
de praktijk betekent dat voor onze school: een intern begeleider die elke groep minstens drie keer
per jaar bespreekt, een dyslexie- en dyscalculieprotocol, de Kanjertraining als methode voor sociale
veiligheid, een plusgroep op dinsdagochtend voor leerlingen die meer aankunnen en een prikkelarme
werkplek in iedere unit. Leerlingen die meer nodig hebben dan de groep kan bieden, krijgen een
ontwikkelingsperspectief dat we met de ouders bespreken.""")
    b += [("h1", "4 De zorgniveaus 1 tot en met 5")] + paras("""
Wij werken met vijf zorgniveaus. Op niveau 1 krijgt elke leerling goed onderwijs in de groep,
volgens het groepsplan. Op niveau 2 biedt de leerkracht extra instructie of begeleiding binnen de
groep. Op niveau 3 schakelt de leerkracht de intern begeleider in, die meedenkt en zo nodig
aanvullend onderzoek doet. Op niveau 4 bespreken we de leerling in het ondersteuningsteam en vragen
we zo nodig een arrangement aan bij het samenwerkingsverband. Niveau 5 betekent dat de leerling is
aangewezen op het speciaal basisonderwijs of het speciaal onderwijs.

In 2024-2025 werkten 41 leerlingen op niveau 3, 9 leerlingen op niveau 4 en werden 2 leerlingen
verwezen naar het sbo.""")
    b += [("h1", "5 Groepsbesprekingen en leerlingbesprekingen")] + paras("""
Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met
iedere leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de groep, de
groepsplannen en de leerlingen die opvallen. Leerkrachten bereiden de bespreking voor met het
groepsoverzicht. Leerlingen die opvallen, worden besproken in een aparte leerlingbespreking, waarbij
ook de vorige leerkracht aanwezig kan zijn. Afspraken worden vastgelegd in het leerlingvolgsysteem.

De intern begeleider bewaakt dat afspraken worden nagekomen en dat de groepsplannen na zes tot acht
weken worden geëvalueerd. Twee keer per jaar presenteert de intern begeleider een analyse van de
schoolresultaten aan het team, als onderdeel van onze kwaliteitszorg.""")
    b += [("h1", "6 Het ondersteuningsteam")] + paras("""
Het ondersteuningsteam (OT) van De Regenboog komt zes keer per jaar bijeen. Vaste leden zijn de
intern begeleider, de directeur, de consulent van het samenwerkingsverband en de contactpersoon van
het wijkteam. Ouders worden altijd uitgenodigd als hun kind besproken wordt. Waar nodig sluiten de
jeugdverpleegkundige, de leerplichtambtenaar of een behandelaar aan. Het OT bespreekt leerlingen op
niveau 4, maakt een plan en bepaalt wie wat doet.""")
    b += [("h1", "7 Extra ondersteuning via het samenwerkingsverband")] + paras("""
Als de basisondersteuning van de school niet genoeg is, kan de school bij het samenwerkingsverband
een arrangement aanvragen. De intern begeleider vult daarvoor het aanvraagformulier in en voegt het
groeidocument toe. De consulent van het samenwerkingsverband denkt mee bij de aanvraag. In
2024-2025 kreeg de school vier individuele arrangementen, onder meer voor begeleiding door een
ambulant begeleider van een so-school.""")
    b += [("h1", "8 Verwijzing naar sbo of so en terugplaatsing")] + paras("""
Als het OT concludeert dat een leerling beter op zijn plek is in het sbo of so, vraagt de school via
het bestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De intern
begeleider stelt het dossier samen en bespreekt dat vooraf met de ouders. Het samenwerkingsverband
neemt het besluit; de school volgt daarbij de procedure van het samenwerkingsverband.

Komt een leerling vanuit het sbo of so terug naar De Regenboog, dan voeren de intern begeleider en
de leerkracht een overdrachtsgesprek met de school van herkomst en de ouders. Het eerste half jaar
bespreken we de leerling elke zes weken.""")
    b += [("h1", "9 Ouders")] + paras("""
Wij zien ouders als partners. Bij zorgen over een kind neemt de leerkracht contact op met de ouders,
en ouders kunnen altijd een afspraak maken met de leerkracht of de intern begeleider. Ouders worden
uitgenodigd bij de bespreking van het ontwikkelingsperspectief en tekenen voor akkoord. In de
schoolgids en op de website staat hoe de ondersteuning op school is georganiseerd. Voor vragen
waar school en ouders samen niet uitkomen, verwijzen we naar de klachtenregeling van het bestuur
en naar het ouder- en jeugdsteunpunt van het samenwerkingsverband.""")
    b += [("h1", "10 Middelen en formatie")] + paras("""
De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen die het bestuur van het
samenwerkingsverband krijgt. Voor 2025-2026 is dat € 47.500. Daarmee bekostigen we 0,4 fte van de
intern begeleider, de gedragsspecialist (0,2 fte) en een onderwijsassistent (0,3 fte). De directeur
verantwoordt de besteding in het jaarverslag van de school.""")
    b += [("h1", "11 Resultaten en evaluatie")] + paras("""
Onze doelen voor 2025-2026 zijn: minder dan 5% van de leerlingen scoort op lezen onder het
minimumniveau; het OPP van elke leerling op niveau 4 wordt twee keer per jaar geëvalueerd; en
leerlingen geven hun sociale veiligheid gemiddeld ten minste een 8. In juni evalueren we deze doelen
in het team en met de MR.""")
    b += [("h1", "12 Jaarplanning zorg"), ("table", [
        ["Maand", "Activiteit"],
        ["September", "Startgesprekken met ouders; overdracht groepen"],
        ["Oktober", "Toetsperiode; groepsbesprekingen ronde 1"],
        ["November", "OT-vergadering; evaluatie OPP's"],
        ["Februari", "Toetsperiode; groepsbesprekingen ronde 2"],
        ["Maart", "OT-vergadering; voorlopig schooladvies groep 8"],
        ["Juni", "Toetsperiode; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]])]
    header = "OBS De Regenboog - Ondersteuningsplan 2025-2026"
    footer = "OBS De Regenboog, Lingedal - aangesloten bij SWV PPO Waterlinie (PO 26-11)"
    return b, header, footer


LABEL_REGENBOOG = """documents: [nm-obs-regenboog-ondersteuningsplan-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, OT, school budget, MR consent); it implements the SWV plan but is not the ondersteuningsplan of a samenwerkingsverband, despite using basisondersteuning, TLV, terugplaatsing, arrangement, ouders, middelen, resultaten."
"""


# ---------------------------------------------------------------------------

DOCS = [
    (plan_waterlinie, ["po-waterlinie-2025-2029.docx"], LABEL_WATERLINIE, "po-waterlinie-2025-2029"),
    (plan_oosterveen, ["po-oosterveen-2024-2028.docx"], LABEL_OOSTERVEEN, "po-oosterveen-2024-2028"),
    (plan_rivierenland, ["po-rivierenland-zuid-2025-2029.pdf"], LABEL_RIVIERENLAND, "po-rivierenland-zuid-2025-2029"),
    (plan_kempenrand, ["vo-kempenrand-2025-2029.pdf"], LABEL_KEMPENRAND, "vo-kempenrand-2025-2029"),
    (plan_heuvelland, ["po-heuvelland-2024-2028.html"], LABEL_HEUVELLAND, "po-heuvelland-2024-2028"),
    (nearmiss_regenboog, ["nm-obs-regenboog-ondersteuningsplan-2025-2026.docx"], LABEL_REGENBOOG,
     "nm-obs-regenboog-ondersteuningsplan-2025-2026"),
]

WRITERS = {".docx": write_docx, ".pdf": write_pdf, ".html": write_html}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for builder, files, label, stem in DOCS:
        blocks, header, footer = builder()
        for fname in files:
            target = OUT / fname
            WRITERS[target.suffix](blocks, target, header, footer)
            print(f"{fname}: {word_count(blocks)} words")
        (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")


if __name__ == "__main__":
    main()
