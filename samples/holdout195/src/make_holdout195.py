#!/usr/bin/env python3
"""Generate the holdout195 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO; .docx, .pdf via LibreOffice, .html)
plus one near-miss document (a school-level 'ondersteuningsplan').

Deterministic, no network. Output goes to the folder above this script's folder.
Labels (<name>.expected.yaml) are written by this script as well.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def B(items): return ("b", items)
def T(rows): return ("t", rows)
def TOC(items): return ("toc", items)
def TITLE(lines): return ("title", lines)
PB = ("pb", None)


# ---------------------------------------------------------------- generic filler
def f_voorwoord(c):
    return [H1("Voorwoord"),
            P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. {c['historie']} "
              "Dit plan is geschreven voor iedereen die dagelijks met passend onderwijs te maken heeft: leraren, "
              "intern begeleiders en ondersteuningscoördinatoren, schoolleiders, bestuurders, onze partners bij de "
              "gemeenten en natuurlijk leerlingen en ouders. We hebben geprobeerd het plan leesbaar te houden. Waar "
              "het kon, hebben we vakjargon vermeden; waar dat niet lukte, helpt de begrippenlijst achterin."),
            P("De afgelopen jaren hebben laten zien hoe veel er op scholen al gebeurt. Leraren maken elke dag het "
              "verschil voor kinderen die iets extra's nodig hebben. Tegelijk zien we dat de druk toeneemt: de "
              "vragen van leerlingen worden complexer, het lerarentekort is voelbaar en de middelen zijn niet "
              "onbeperkt. Dit plan gaat daarom niet alleen over regels en procedures, maar ook over de manier "
              "waarop we met elkaar samenwerken. We danken de leden van de ondersteuningsplanraad, de schoolleiders, "
              "de intern begeleiders en de beleidsmedewerkers van de gemeenten voor hun kritische meelezen. Hun "
              "opmerkingen hebben het plan scherper gemaakt."),
            P(f"{c['ondertekening']}")]


def f_fusie(c):
    return [H2(c['fusiekop']),
            P(c['fusie1']),
            P("Een fusie of grenswijziging is meer dan een juridische handeling. Scholen die jarenlang met de "
              "ene commissie en het ene loket werkten, moesten wennen aan nieuwe gezichten, nieuwe formulieren en een "
              "andere overlegstructuur. In de eerste maanden na de samenvoeging hebben we daarom vooral geïnvesteerd "
              "in kennismaken: er waren bijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, "
              "schoolleiders bezochten elkaars scholen en de besturen spraken in een reeks werksessies over de "
              "gezamenlijke koers. Veel van wat in dit plan staat, is in die sessies ontstaan."),
            P("Tegelijk is niet alles in één keer geharmoniseerd. Sommige afspraken uit de oude verbanden lopen nog "
              "door tot het einde van hun looptijd, en de administratieve systemen zijn pas sinds kort gekoppeld. "
              "We vragen scholen om geduld wanneer iets nog niet soepel verloopt en nodigen iedereen uit om "
              "knelpunten te melden bij het bureau. We zien de samenvoeging als een kans: een groter verband geeft "
              "meer slagkracht, meer expertise onder één dak en een sterkere positie in het overleg met gemeenten "
              "en zorgpartners.")]


def f_visie(c):
    return [H1(c.get('visiekop', "Visie en missie")),
            P(f"{c['kort']} gelooft dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het "
              "nodig heeft. Dat klinkt vanzelfsprekend, maar het vraagt veel van scholen, besturen en partners. "
              "Onze missie is om samen met de aangesloten besturen te zorgen dat leerlingen zich kunnen ontwikkelen "
              "in een omgeving waar zij gezien worden. We kiezen daarbij bewust voor de school als vertrekpunt: "
              "de leraar en het team kennen het kind het best, en het samenwerkingsverband ondersteunt, faciliteert "
              "en verbindt."),
            P("Onze visie rust op vier waarden. Vertrouwen: we gaan ervan uit dat professionals in de school het "
              "goede doen, en we organiseren verantwoording zo licht als verantwoord is. Nabijheid: ondersteuning "
              "wordt zo dicht mogelijk bij huis en bij de groep georganiseerd. Samenwerking: onderwijs, jeugdhulp en "
              "gezin trekken samen op waar dat nodig is. Ontwikkeling: we leren van wat werkt en van wat niet werkt, "
              "en we passen onze aanpak aan als de praktijk daarom vraagt."),
            P("Deze waarden zijn geen doel op zich. Ze helpen ons keuzes te maken wanneer belangen botsen, "
              "bijvoorbeeld wanneer een school, een bestuur en een gemeente verschillend kijken naar de vraag wie "
              "verantwoordelijk is voor een bepaalde vorm van ondersteuning. In zulke gevallen vragen wij ons steeds "
              "af wat de leerling op dit moment het meest helpt. Dat is ook de vraag die we de komende jaren aan "
              "onze eigen organisatie blijven stellen.")]


def f_governance(c):
    return [H1(c.get('govkop', "Organisatie en governance")),
            P(f"{c['naam']} is een {c['rechtsvorm']}. Aangesloten zijn {c['besturen']} schoolbesturen met samen "
              f"{c['scholen']}. {c['governance']}"),
            P("De directeur-bestuurder is belast met de dagelijkse leiding en wordt ondersteund door een klein "
              "bureau met een beleidsadviseur, een controller, een managementassistent en de medewerkers van het "
              "loket. Het bureau is gevestigd in een gedeeld kantoor met de leerplichtafdeling van de grootste "
              "gemeente, wat de lijnen kort houdt. Jaarlijks stelt de directeur-bestuurder een jaarplan en een "
              "jaarbegroting op, die na goedkeuring door het toezichthoudend orgaan worden vastgesteld."),
            P("Het intern toezicht is gescheiden van het bestuur, conform de Code Goed Bestuur. De toezichthouders "
              "vergaderen minimaal vijf keer per jaar, voeren jaarlijks een zelfevaluatie uit en laten zich "
              "periodiek informeren door de accountant. Schoolleiders en intern begeleiders zijn vertegenwoordigd "
              "in een regionaal schoolleidersoverleg en in netwerken die per deelregio bijeenkomen. Deze netwerken "
              "hebben geen formele bevoegdheden, maar zijn voor het bureau de belangrijkste bron van signalen uit "
              "de praktijk. Over de uitkomsten van deze overleggen wordt teruggekoppeld in de nieuwsbrief voor "
              "schoolleiders, die zes keer per jaar verschijnt.")]


def f_opr(c, met_samenstelling=True):
    out = [H2("Medezeggenschap: de ondersteuningsplanraad"),
           P(f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het vaststellen en wijzigen van dit "
             f"ondersteuningsplan. {c['oprdatum']}")]
    if met_samenstelling:
        out.append(P(c['oprsamenstelling']))
    out.append(P("Met de OPR is afgesproken dat tussentijdse wijzigingen van dit plan, zoals een aanpassing van "
                 "procedures of de jaarlijkse actualisering, opnieuw ter instemming worden voorgelegd. De OPR "
                 "ontvangt daarnaast het jaarplan en het jaarverslag ter informatie. Naast de OPR heeft het "
                 "samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor het personeel van het bureau."))
    return out


def f_oogo_proc(c):
    return [H2("Totstandkoming en overleg"),
            P(f"{c['oogo']} Het plan is daarnaast besproken met het samenwerkingsverband {c['andersector']} waarvan het "
              "gebied (deels) overlapt met het onze. Na instemming door de OPR is het plan definitief vastgesteld "
              "en vóór 1 mei aan de Inspectie van het Onderwijs toegezonden via het Internet Schooldossier. "
              f"De planperiode loopt van 1 augustus {c['start']} tot en met 31 juli {c['eind']}.")]


def f_personeel(c):
    return [H1(c.get('perskop', "Personeel en professionalisering")),
            P("Passend onderwijs staat of valt met de mensen die het uitvoeren. Het lerarentekort raakt ook ons "
              "verband: vacatures voor intern begeleiders en ondersteuningscoördinatoren blijven langer open en "
              "scholen doen vaker een beroep op ambulante expertise. Het bureau heeft een formatie van "
              f"{c['fte']} fte, waarvan het grootste deel bestaat uit orthopedagogen, consulenten en "
              "loketmedewerkers. Het bureau stelt jaarlijks een formatieplan op."),
            P("We investeren in deskundigheid via een regionaal scholingsaanbod. Elk jaar verschijnt een "
              "programma met bijeenkomsten over onder meer gedrag in de klas, executieve functies, "
              "meertaligheid en het voeren van lastige gesprekken. De bijeenkomsten worden gegeven door eigen "
              "specialisten en door externe trainers. Daarnaast faciliteren we lerende netwerken waarin "
              "professionals van verschillende scholen casuïstiek bespreken. Deelname is vrijwillig en kosteloos "
              "voor de scholen. Voor de medewerkers van het bureau geldt een eigen professionaliseringsplan, "
              "met aandacht voor registratie in het beroepsregister en intervisie."),
            P("De besturen blijven werkgever van het personeel in de scholen. Het samenwerkingsverband detacheert "
              "of financiert geen leraren op de scholen, tenzij dat in een specifieke afspraak is vastgelegd. We "
              "merken dat de werkdruk op scholen hoog is. In het schoolleidersoverleg is afgesproken dat nieuwe "
              "formulieren en procedures eerst op werkdruk worden getoetst voordat ze worden ingevoerd.")]


def f_ict(c):
    return [H1(c.get('ictkop', "ICT, privacy en gegevensbescherming")),
            P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor de "
              "wettelijke taken, zoals het beoordelen van een aanvraag of het geven van een advies. We werken "
              "volgens de Algemene verordening gegevensbescherming (AVG). Er is een functionaris "
              "gegevensbescherming aangesteld, die wordt gedeeld met drie andere verbanden in de regio. "
              "Dossiers worden digitaal aangeleverd via een beveiligde omgeving; papieren dossiers accepteren wij "
              "niet meer. Gegevens worden niet langer bewaard dan nodig; voor besluiten geldt een bewaartermijn "
              "van drie jaar na het besluit."),
            P(f"Na de {c['ictaanleiding']} zijn de systemen van de voormalige organisaties samengevoegd in één "
              "registratiesysteem. De migratie is in fasen uitgevoerd. Medewerkers zijn getraind in het nieuwe "
              "systeem, en voor scholen is een handleiding beschikbaar. Voor videobellen en het delen van "
              "documenten gebruikt het bureau uitsluitend applicaties waarvoor een verwerkersovereenkomst is "
              "gesloten. Jaarlijks voeren we een risicoanalyse uit op informatiebeveiliging en rapporteren we "
              "incidenten aan het bestuur. In 2025 is een datalek gemeld waarbij een e-mail met een "
              "leerlingnaam aan de verkeerde school werd verstuurd; naar aanleiding daarvan is de werkwijze "
              "aangepast.")]


def f_planning(c):
    return [H1(c.get('plankop', "Planning en cyclus")),
            P("Dit ondersteuningsplan geeft de koers voor vier schooljaren. De uitwerking gebeurt in jaarplannen. "
              "Elk jaarplan bevat de activiteiten voor dat schooljaar, de verantwoordelijke medewerkers en een "
              "planning per kwartaal. Het jaarplan wordt in juni besproken in het schoolleidersoverleg en daarna "
              "vastgesteld. In het najaar volgt het jaarverslag over het afgelopen jaar."),
            T([["Periode", "Activiteit", "Wie"],
               ["september", "start jaarplan, kick-off netwerken", "bureau"],
               ["oktober-november", "overleg besturen over jaarbegroting", "directeur-bestuurder"],
               ["december", "vaststellen jaarbegroting", "bestuur / toezicht"],
               ["februari", "tussentijds overleg met gemeenten", "beleidsadviseur"],
               ["april-mei", "gesprekken met schoolleiders", "consulenten"],
               ["juni", "concept jaarplan volgend schooljaar", "bureau"],
               ["juli", "jaarverslag en jaarrekening", "controller"]]),
            P("Deze cyclus is een hulpmiddel, geen keurslijf. Wanneer de omstandigheden daarom vragen, bijvoorbeeld "
              "bij wijzigingen in wet- en regelgeving, passen we de planning tussentijds aan. Wijzigingen die het "
              "ondersteuningsplan zelf raken, leggen we voor aan de ondersteuningsplanraad.")]


def f_leeswijzer(c):
    return [H2("Leeswijzer"),
            P(c['leeswijzer'])]


def f_context(c):
    return [H1(c.get('contextkop', "Het verband in cijfers")),
            P(c['context1']),
            T(c['contexttabel']),
            P("De leerlingaantallen in de regio dalen licht. In de kernen op het platteland is de krimp sterker "
              "dan in de steden, waar nieuwbouwwijken juist voor groei zorgen. Voor scholen betekent dat dat "
              "sommige vestigingen kleiner worden en combinatieklassen vaker voorkomen. Voor het "
              "samenwerkingsverband betekent het dat de inkomsten per saldo iets teruglopen, omdat de "
              "rijksbekostiging op leerlingaantallen is gebaseerd. We houden hiermee rekening in onze planning.")]


def f_communicatie_scholen(c):
    return [H2("Communicatie met scholen en partners"),
            P("Het bureau informeert scholen via een digitale nieuwsbrief, via de netwerken voor intern begeleiders "
              "en ondersteuningscoördinatoren en via een besloten deel van de website met formulieren, handleidingen "
              "en presentaties. Wethouders en beleidsmedewerkers van de gemeenten ontvangen twee keer per jaar een "
              "bestuurlijke rapportage. Met de pers communiceren we terughoudend; de directeur-bestuurder is "
              "woordvoerder.")]


def f_totstandkoming(c):
    return [H2("Hoe dit plan tot stand kwam"),
            P("Het schrijven van dit plan begon ruim een jaar voor de vaststelling. Een stuurgroep van drie "
              "bestuurders, twee schoolleiders en de beleidsadviseur van het bureau bewaakte het proces. In vier "
              "werkgroepen werkten intern begeleiders, ondersteuningscoördinatoren, schoolleiders en medewerkers "
              "van het bureau de hoofdstukken uit. Tussentijds zijn de concepten besproken in drie "
              "consultatierondes: met de schoolleiders in de deelregio's, met de besturen in het bestuurlijk "
              "overleg en met de ondersteuningsplanraad in twee informele sessies voorafgaand aan het formele "
              "instemmingsverzoek."),
            P("We hebben ervoor gekozen het plan compacter te maken dan zijn voorgangers. Veel achtergrondinformatie "
              "die in eerdere plannen stond, is verplaatst naar de website en naar de jaarplannen. Ook hebben we "
              "geprobeerd om niet te beloven wat we niet kunnen waarmaken. Waar een onderwerp nog in beweging is, "
              "zeggen we dat eerlijk. Een eindredacteur heeft het plan ten slotte op leesbaarheid gecontroleerd; "
              "de tekst is getoetst op taalniveau B1 voor de samenvattende delen.")]


def f_landelijk(c):
    return [H2("Landelijke ontwikkelingen"),
            P("Passend onderwijs is sinds de invoering in 2014 meermaals geëvalueerd. Na de eindevaluatie van 2020 "
              "kondigde het kabinet een verbeteraanpak aan met een groot aantal maatregelen, van meer duidelijkheid "
              "over wat scholen moeten bieden tot het afbouwen van te hoge reserves bij samenwerkingsverbanden. "
              "Daarnaast werkt het ministerie aan een landelijke norm voor de basisondersteuning en aan de ambitie "
              "om het onderwijs op termijn inclusiever te maken. Die ontwikkelingen zijn nog niet afgerond, en de "
              "uitkomst ervan kan ertoe leiden dat we dit plan tussentijds moeten aanpassen."),
            P("Ook buiten het onderwijs verandert veel. De Jeugdwet staat onder druk door oplopende kosten bij "
              "gemeenten, de arbeidsmarkt in zorg en onderwijs is krap en de maatschappelijke vragen waarmee "
              "kinderen de school binnenkomen worden complexer. We volgen deze ontwikkelingen via de sectorraden en "
              "het landelijk netwerk van samenwerkingsverbanden, en we bespreken de gevolgen jaarlijks in het "
              "bestuurlijk overleg.")]


def f_bureau(c):
    return [H2("Het bureau en de werkplek"),
            P("Het bureau werkt vanuit één centrale locatie en daarnaast vanuit de scholen zelf: consulenten en "
              "orthopedagogen zijn het grootste deel van de week op pad. We streven naar een bereikbaar bureau "
              "dat scholen snel antwoord geeft. Telefonische vragen van scholen worden binnen één werkdag "
              "beantwoord. Het bureau is tijdens schoolvakanties beperkt bereikbaar; in de zomervakantie is er "
              "een piketdienst voor spoedvragen van schoolleiders."),
            P("Als werkgever vinden we duurzame inzetbaarheid belangrijk. Medewerkers hebben een jaarlijks "
              "ontwikkelgesprek, er is een budget voor persoonlijke ontwikkeling en we hanteren een "
              "thuiswerkbeleid dat past bij het ambulante karakter van het werk. Het ziekteverzuim lag in 2024 "
              "op 4,1 procent. Bij de inrichting van het kantoor is gekozen voor flexplekken, stilteruimtes en "
              "een vergaderruimte die ook door netwerken van scholen kosteloos kan worden gebruikt. Het bureau "
              "streeft naar een kleinere ecologische voetafdruk: dienstreizen gaan waar mogelijk met openbaar "
              "vervoer of deelauto.")]


# ---------------------------------------------------------------- renderers
def write_docx(blocks, path, title, header=None):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = "holdout195"
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "holdout195"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = header[0]
        sec.footer.paragraphs[0].text = header[1]
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            tb = d.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = str(cell)
            d.add_paragraph("")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for t, pg in val:
                d.add_paragraph(f"{t}\t{pg}")
            d.add_page_break()
        elif kind == "pb":
            d.add_page_break()
    d.save(str(path))


def write_html(blocks, path, title, nav, footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           "<header><nav><ul>" + "".join(f'<li><a href="#">{html.escape(n)}</a></li>' for n in nav)
           + "</ul></nav></header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{html.escape(line)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "b":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "t":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>'
                       + "".join(f"<li>{html.escape(t)}</li>" for t, _ in val) + "</ol></aside>")
    out += ["</main>", f"<footer><p>{html.escape(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdfpath, title, header=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout195_mk_"))
    try:
        src = tmp / (pdfpath.stem + ".docx")
        write_docx(blocks, src, title, header)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdfpath.stem + ".pdf"), pdfpath)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("b", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "t":
            n += sum(len(str(c).split()) for r in val for c in r)
        elif kind == "toc":
            n += sum(len(t.split()) for t, _ in val)
    return n


# ---------------------------------------------------------------- labels
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
        ("plaatsing", "procedure"), ("plaatsing", "criteria"),
        ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"),
        ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
        ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_of(el, crit, adv):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, adv, notes):
    assert set(crit) == {f"{e}.{c}" for e, c in CORE}, name
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true"]
    els = ", ".join(f"{e}: {status_of(e, crit, adv)}" for e in ELEMENTS)
    lines.append(f"elements: {{{els}}}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[f'{e}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if adv.get(e):
            lines.append(f"  {e}: [{', '.join(adv[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(notes[e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit_from(false_list):
    return {f"{e}.{c}": (f"{e}.{c}" not in false_list) for e, c in CORE}


# ================================================================ PLAN 1: PO, merger, .docx
def plan1():
    c = dict(
        naam="Samenwerkingsverband Passend Primair Maas & Linge (PO 25-14)", kort="Passend Primair Maas & Linge",
        periode="2025-2029",
        historie=("Het is het eerste plan van het verband dat op 1 augustus 2024 ontstond uit de fusie van de "
                  "samenwerkingsverbanden De Waalkant (PO 25-06) en Lingestroom (PO 25-07)."),
        ondertekening="Drs. H.M. (Hanneke) van Wijland, directeur-bestuurder, Tiel, maart 2025",
        fusiekop="Van twee verbanden naar één",
        fusie1=("Op 1 augustus 2024 zijn De Waalkant en Lingestroom juridisch gefuseerd. De aanleiding was "
                "tweeledig: beide verbanden waren relatief klein, waardoor de kwetsbaarheid van het bureau groot "
                "was, en de gemeentelijke herindeling van West Betuwe en Neder-Betuwe maakte dat één gemeente met "
                "twee verbanden te maken had. De besturen hebben in 2023 een fusie-effectrapportage laten opstellen "
                "en na instemming van beide OPR'en tot de fusie besloten."),
        rechtsvorm="stichting met een raad van toezicht", besturen=14,
        scholen="58 basisscholen op 62 vestigingen, drie scholen voor speciaal basisonderwijs en vier so-locaties",
        governance=("De besturen vormen samen de algemene vergadering, die de statuten wijzigt en de "
                    "toezichthouders benoemt. De raad van toezicht telt vijf leden, van wie er twee op voordracht "
                    "van de besturen uit het voormalige Lingestroom-gebied zijn benoemd."),
        oprdatum="De OPR heeft op 11 maart 2025 ingestemd met dit plan, na twee besprekingen van het concept.",
        oogo=("Het concept is op 29 januari 2025 in op overeenstemming gericht overleg (OOGO) besproken met de "
              "colleges van de gemeenten Tiel, Culemborg, Buren, West Betuwe, Neder-Betuwe en Maasdriel; het "
              "OOGO is op 19 februari 2025 met overeenstemming afgesloten."),
        andersector="VO Rivierenland (VO 25-05)", start=2025, eind=2029, fte="14,6",
        ictaanleiding="fusie van De Waalkant en Lingestroom",
        leeswijzer=("Hoofdstuk 2 schetst de visie. In hoofdstuk 3 beschrijven we de basisondersteuning en in "
                    "hoofdstuk 4 het ondersteuningscontinuüm. Hoofdstuk 5 gaat over toelaatbaarheid tot sbo en so, "
                    "hoofdstuk 6 over geld en middelen en hoofdstuk 7 over onze ambities. Daarna volgen organisatie, "
                    "medezeggenschap, personeel, ICT en planning. Een hoofdstuk over ouders en communicatie is "
                    "voorzien als hoofdstuk 13."),
        contextkop="Het verband in cijfers",
        context1=("Het gebied van Passend Primair Maas & Linge omvat zes gemeenten in Rivierenland. Op de teldatum "
                  "1 oktober 2024 telden de aangesloten scholen samen 15.870 leerlingen."),
        contexttabel=[["Soort onderwijs", "Scholen / locaties", "Leerlingen 1-10-2024"],
                      ["Basisonderwijs", "58 scholen / 62 vestigingen", "15.120"],
                      ["Speciaal basisonderwijs", "3", "412"],
                      ["Speciaal onderwijs (cluster 3 en 4)", "4 locaties", "338"]],
    )
    blocks = [
        TITLE(["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Passend Primair Maas & Linge (PO 25-14)",
               "Samen verder na de fusie", "Vastgesteld door de directeur-bestuurder op 18 maart 2025"]),
        TOC([("Voorwoord", 3), ("1 Inleiding en leeswijzer", 4), ("2 Visie en missie", 6),
             ("3 Basisondersteuning", 8), ("4 Extra ondersteuning en het ondersteuningscontinuüm", 11),
             ("5 Toelaatbaarheid sbo en so", 14), ("5.4 Na afloop van de TLV: terugplaatsing", 17),
             ("6 Geld en middelen", 18), ("7 Ambities en resultaten", 22), ("8 Organisatie en governance", 24),
             ("9 Medezeggenschap en OOGO", 26), ("10 Personeel en professionalisering", 27),
             ("11 ICT, privacy en gegevensbescherming", 29), ("12 Planning en cyclus", 30),
             ("13 Ouders en communicatie", 31), ("Begrippenlijst", 32)]),
    ]
    blocks += f_voorwoord(c)
    blocks += [H1("1 Inleiding en leeswijzer"),
               P("Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband in de periode 2025-2029 invulling "
                 "geeft aan de wettelijke opdracht om een samenhangend geheel van ondersteuningsvoorzieningen binnen "
                 "en tussen scholen te realiseren. Het plan is opgesteld op basis van artikel 18a van de Wet op het "
                 "primair onderwijs.")]
    blocks += f_leeswijzer(c) + f_fusie(c) + f_context(c) + f_visie(c)
    # --- basisondersteuning: present (niveau + inhoud) + borging
    blocks += [H1("3 Basisondersteuning"),
               P("Basisondersteuning is de ondersteuning die iedere school binnen Maas & Linge biedt, zonder dat daar "
                 "een aanvraag bij het samenwerkingsverband voor nodig is. Het algemeen niveau is op 14 november 2024 "
                 "door de besturen vastgesteld in de Standaard Basisondersteuning Maas & Linge. Deze standaard is de "
                 "ondergrens voor alle 62 vestigingen: geen vestiging mag eronder zitten, ook niet de kleine "
                 "dorpsscholen en ook niet de vestigingen die uit het voormalige Lingestroom-gebied komen, waar tot "
                 "2024 een lichtere standaard gold. Scholen mogen meer bieden en beschrijven dat in hun "
                 "schoolondersteuningsprofiel."),
               P("De standaard bestaat uit twaalf afspraken. Per afspraak is beschreven wat een leerling op elke "
                 "vestiging kan verwachten:"),
               B(["Elke vestiging heeft een intern begeleider met ten minste één dag per week per 100 leerlingen "
                  "voor ondersteuningstaken, met een minimum van twee dagen per vestiging.",
                  "Elke vestiging werkt met het regionale dyslexieprotocol en het protocol ernstige reken-wiskunde-"
                  "problemen en dyscalculie, inclusief extra instructie en gebruik van voorleessoftware.",
                  "Elke vestiging volgt de sociale veiligheid jaarlijks met een gevalideerd instrument en heeft een "
                  "anti-pestcoördinator.",
                  "Leerlingen die meer aankunnen krijgen verrijking en compacting in de eigen groep; elke vestiging "
                  "heeft een uitgewerkte aanpak voor meer- en hoogbegaafde leerlingen.",
                  "Elke vestiging kan een leerling met een medische hulpvraag begeleiden volgens het regionale "
                  "protocol medisch handelen, inclusief toedienen van medicijnen.",
                  "Leerlingen met een taalachterstand of een andere thuistaal krijgen aanvullende NT2-instructie "
                  "binnen de groep of in een kleine groep.",
                  "Vier keer per jaar is er een ondersteuningsteam op school waarin de intern begeleider, de "
                  "schoolcontactpersoon van het samenwerkingsverband (orthopedagoog) en zo nodig de jeugdverpleegkundige "
                  "en het lokale team leerlingen bespreken.",
                  "Elke vestiging werkt handelingsgericht en cyclisch: groepsoverzichten, een groepsplan of "
                  "blokplan per vakgebied en vier groepsbesprekingen per jaar.",
                  "Voor leerlingen met een eigen leerlijn stelt de school binnen zes weken een "
                  "ontwikkelingsperspectief op.",
                  "Elke vestiging heeft een aanpak voor gedrag met een time-in-plek in de school en een "
                  "uitgewerkte escalatieladder.",
                  "Elke vestiging biedt een fysiek toegankelijke leeromgeving of zorgt binnen een schooljaar voor "
                  "aanpassingen.",
                  "Bij de overstap naar het voortgezet onderwijs vindt voor elke leerling met extra ondersteuning "
                  "een warme overdracht plaats."]),
               P("Hoe we dit controleren. Het samenwerkingsverband voert elke twee jaar op iedere vestiging een "
                 "kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging op "
                 "een of meer afspraken niet, dan stelt het bestuur binnen drie maanden een verbeterplan op en volgt "
                 "na een jaar een hercheck. De uitkomsten worden geanonimiseerd gerapporteerd aan de raad van toezicht."),
               P("Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning aanvragen. Dat "
                 "gebeurt pas nadat de school twee cycli van handelingsgericht werken heeft doorlopen en het "
                 "ondersteuningsteam is geraadpleegd. Dit onderscheid is uitgewerkt in hoofdstuk 4.")]
    # --- dekkend aanbod: present + ketenpartners
    blocks += [H1("4 Extra ondersteuning en het ondersteuningscontinuüm"),
               P("Het ondersteuningsaanbod in ons verband kent vijf lagen die op elkaar aansluiten. Zo ontstaat een "
                 "doorlopende lijn van de gewone groep tot het speciaal onderwijs:"),
               T([["Laag", "Wat", "Waar", "Toegang"],
                  ["1", "Basisondersteuning", "alle 62 vestigingen", "geen aanvraag nodig"],
                  ["2", "Schoolarrangement (individueel of groep, max. 1 jaar)", "eigen school",
                   "aanvraag bij het loket, besluit binnen 4 weken"],
                  ["3", "Bovenschoolse voorzieningen: observatiegroep De Brug (Tiel, 12 plaatsen), plusklas "
                        "Linge (3 locaties), taalklas nieuwkomers Culemborg", "bovenschools",
                   "plaatsing via het loket"],
                  ["4", "Speciaal basisonderwijs", "3 sbo-scholen", "toelaatbaarheidsverklaring"],
                  ["5", "Speciaal onderwijs cluster 3 en 4", "4 so-locaties en so buiten de regio",
                   "toelaatbaarheidsverklaring"]]),
               P("Onderwijs-zorgarrangementen. Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, "
                 "sluiten school, samenwerkingsverband en gemeente een onderwijs-zorgarrangement. De gemeenten "
                 "financieren het zorgdeel, het samenwerkingsverband het onderwijsdeel. Deze afspraak is in het OOGO "
                 "van februari 2025 opnieuw bevestigd, samen met afspraken over leerlingenvervoer en "
                 "zorg in onderwijstijd."),
               P("Hoe we gaten in het aanbod opsporen. Ieder jaar in maart maakt het bureau een analyse van "
                 "wachtlijsten bij sbo, so en de bovenschoolse voorzieningen, van het aantal thuiszitters (samen met "
                 "de leerplichtambtenaren van de zes gemeenten) en van leerlingen voor wie in de regio geen passende "
                 "plek is gevonden. De analyse van 2024 liet zien dat er in het Linge-gebied geen voorziening was "
                 "voor jonge kinderen met ernstige gedragsproblematiek. Daarom start in augustus 2026 een "
                 "kleuterobservatiegroep in Geldermalsen met acht plaatsen."),
               P("Thuiszitters en zorgplicht. Voor iedere leerling die langer dan vier weken niet naar school gaat, "
                 "organiseert het bureau binnen twee weken een thuiszittersoverleg met school, leerplicht en "
                 "jeugdhulp. Lukt het niet om binnen drie maanden een passende plek te vinden, dan neemt de "
                 "directeur-bestuurder de regie en kan zij een school of voorziening vragen de leerling tijdelijk op "
                 "te nemen (doorzettingsmacht). Besturen die hun zorgplicht niet binnen de wettelijke termijn kunnen "
                 "waarmaken, melden dit bij het loket, dat binnen tien werkdagen met een oplossing komt.")]
    # --- plaatsing: present (procedure in table, criteria) + deskundigen + duur-categorie; no bezwaar
    blocks += [H1("5 Toelaatbaarheid sbo en so"),
               P("Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of een "
                 "so-school van cluster 3 of 4 als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) "
                 "heeft afgegeven. In dit hoofdstuk staat hoe dat gaat."),
               H2("5.1 Zo verloopt een aanvraag"),
               T([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                  ["1", "Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in bij het "
                        "loket, met groeidocument, ontwikkelingsperspectief en verslag van het ondersteuningsteam.",
                   "schoolbestuur (via intern begeleider)", "-"],
                  ["2", "Het loket controleert of het dossier compleet is.", "loketmedewerker", "5 werkdagen"],
                  ["3", "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
                        "psycholoog, en afhankelijk van de vraag een tweede deskundige (bijvoorbeeld "
                        "kinderpsychiater, maatschappelijk werker of arts). Zij zijn niet betrokken geweest bij de "
                        "aanvraag.", "deskundigenpool", "3 weken"],
                  ["4", "De Commissie Toelaatbaarheid Maas & Linge neemt namens de directeur-bestuurder het "
                        "besluit.", "Commissie Toelaatbaarheid", "binnen 6 weken na complete aanvraag"],
                  ["5", "Het besluit vermeldt de soort school, de ingangsdatum, de einddatum en bij so de "
                        "bekostigingscategorie.", "loket", "-"]]),
               H2("5.2 Wanneer is een leerling toelaatbaar?"),
               P("Voor het speciaal basisonderwijs beoordeelt de commissie of aan alle volgende voorwaarden is "
                 "voldaan: de school heeft de basisondersteuning en ten minste één schoolarrangement aantoonbaar "
                 "ingezet; de leerling heeft een ondersteuningsbehoefte op twee of meer domeinen (leren, gedrag, "
                 "sociaal-emotioneel, werkhouding) die de mogelijkheden van de reguliere groep overstijgt; en de "
                 "verwachting is dat de leerling in een kleinere groep met meer structuur tot ontwikkeling komt."),
               P("Voor het speciaal onderwijs (cluster 3 of 4) geldt daarnaast dat de leerling intensieve, "
                 "langdurige ondersteuning nodig heeft die ook in het sbo niet geboden kan worden, bijvoorbeeld door "
                 "een ernstige verstandelijke beperking, een lichamelijke of meervoudige beperking, een langdurige "
                 "ziekte of ernstige gedrags- of psychiatrische problematiek waarbij veiligheid in de groep niet te "
                 "waarborgen is. De commissie kiest de bekostigingscategorie laag, midden of hoog op basis van de "
                 "aard van de beperking, conform de landelijke indeling."),
               H2("5.3 Duur van de TLV"),
               P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode van de leerling. Een TLV voor het "
                 "so wordt afgegeven voor twee schooljaren en loopt af op 31 juli. Voor leerlingen met een ernstige "
                 "meervoudige beperking kan de commissie een TLV afgeven tot het einde van de so-periode."),
               H2("5.4 Na afloop van de TLV: terugplaatsing"),
               P("Ons uitgangspunt is dat een leerling die in het sbo of so tot ontwikkeling is gekomen, waar dat kan "
                 "terugkeert naar een reguliere basisschool, bij voorkeur dicht bij huis. Terugkeer is aan de orde "
                 "wanneer de ondersteuningsbehoefte zo is afgenomen dat de basisondersteuning, eventueel aangevuld "
                 "met een schoolarrangement, volstaat. De ontvangende school krijgt voor elke teruggeplaatste "
                 "leerling een terugplaatsingsarrangement: gedurende één schooljaar begeleiding door een "
                 "ambulant begeleider van de sbo- of so-school en een budget voor extra handen in de groep. Hoe de "
                 "evaluatie, het initiatief en het besluit rond terugplaatsing precies verlopen, leggen we in het "
                 "eerste planjaar samen met de sbo- en so-scholen vast in een gezamenlijke werkwijze.")]
    # --- financien: present under 'Geld en middelen' + reserves + verantwoording
    blocks += [H1("6 Geld en middelen"),
               P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget. Na aftrek van de "
                 "afdrachten voor leerlingen in het sbo en so, die DUO rechtstreeks inhoudt, resteert het budget "
                 "dat het verband zelf verdeelt."),
               H2("6.1 Hoe we verdelen"),
               P("We werken met een schoolmodel. Elk bestuur ontvangt per 1 januari een schoolbudget van € 152 per "
                 "leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.500 per "
                 "vestiging, zodat ook kleine scholen de basisondersteuning kunnen organiseren. Schoolarrangementen "
                 "(laag 2) worden niet via het schoolbudget bekostigd maar door het loket toegekend uit een centraal "
                 "arrangementenbudget, op basis van de criteria in hoofdstuk 4: twee doorlopen HGW-cycli en een "
                 "advies van het ondersteuningsteam. Een arrangement bedraagt maximaal € 9.000 per leerling per jaar. "
                 "Het algemeen bestuur stelt de bedragen jaarlijks in december vast bij de begroting."),
               H2("6.2 Meerjarenbegroting"),
               T([["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
                  ["Baten ondersteuningsbudget", "14.210", "14.060", "13.940", "13.800"],
                  ["Afdrachten sbo/so (DUO)", "-7.350", "-7.300", "-7.260", "-7.220"],
                  ["Schoolbudgetten besturen", "2.816", "2.790", "2.770", "2.750"],
                  ["Arrangementenbudget (laag 2)", "1.480", "1.480", "1.450", "1.420"],
                  ["Bovenschoolse voorzieningen (laag 3)", "1.120", "1.210", "1.210", "1.210"],
                  ["Loket, deskundigen en bureau", "1.390", "1.400", "1.410", "1.420"],
                  ["Scholing en netwerken", "180", "170", "160", "150"],
                  ["Resultaat", "-146", "-290", "-320", "-370"]]),
               P("De negatieve resultaten zijn bewust begroot: de reserve van het verband is hoger dan nodig. We "
                 "bouwen de algemene reserve af tot een weerstandsvermogen van 5 procent van de baten; de risico's "
                 "zijn beschreven in de risicoparagraaf van de jaarbegroting."),
               P("Verantwoording. Besturen verantwoorden jaarlijks vóór 1 mei in een vast format waaraan zij het "
                 "schoolbudget en de toegekende arrangementen hebben besteed. Het bureau bespreekt de verantwoording "
                 "in het bestuurlijk overleg.")]
    # --- resultaten: partial (doelen yes, monitoring deferred) + meetbaar
    blocks += [H1("7 Ambities en resultaten"),
               P("Na de fusie willen we laten zien wat passend onderwijs oplevert voor de leerlingen die extra "
                 "ondersteuning nodig hebben. Voor 2029 hebben we de volgende beoogde resultaten afgesproken:"),
               B(["Het deelnamepercentage speciaal onderwijs daalt van 2,1 procent (1 oktober 2024) naar "
                  "maximaal 1,8 procent in 2029.",
                  "Er zijn geen leerlingen die langer dan drie maanden thuiszitten zonder passend aanbod.",
                  "90 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld.",
                  "Alle vestigingen voldoen aan de Standaard Basisondersteuning.",
                  "Ten minste 80 procent van de leerlingen met een schoolarrangement blijft op de eigen school."]),
               P("Hoe we de voortgang op deze resultaten meten, wie daarover rapporteert en op welke momenten, werken "
                 "we uit in een monitoringskader. Dat kader is nog in ontwikkeling en wordt in de loop van 2026 "
                 "aan het bestuur voorgelegd.")]
    blocks += f_governance(c)
    blocks += [H1("9 Medezeggenschap en OOGO")] + f_opr(c, met_samenstelling=False) + f_oogo_proc(c)
    blocks += f_personeel(c) + f_ict(c) + f_planning(c) + f_communicatie_scholen(c)
    blocks += [H1("13 Ouders en communicatie"),
               P("Dit hoofdstuk wordt toegevoegd zodra de nieuwe communicatiestrategie van het gefuseerde verband "
                 "gereed is. Tot die tijd: p.m.")]
    blocks += [H1("Begrippenlijst"),
               T([["Begrip", "Betekenis"],
                  ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                  ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met "
                                             "vragen over passend onderwijs."],
                  ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond toelating of "
                                         "ondersteuning."],
                  ["OPR", "Ondersteuningsplanraad: medezeggenschapsorgaan van het samenwerkingsverband."],
                  ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
                  ["Terugplaatsing", "Overstap van sbo of so naar het reguliere basisonderwijs."],
                  ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                  ["Bezwaar", "Procedure om een besluit van het samenwerkingsverband te laten heroverwegen."]])]
    crit = crit_from(["terugstroom.procedure", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.3: standard as ondergrens for all 62 vestigingen + twelve concrete afspraken; borging via kwaliteitsgesprek every 2 years.",
        "plaatsing": "Ch.5: procedure as a table (steps, CvT, 6 weeks), criteria sbo/so in 5.2, deskundigen in step 3, duration 5.3; no bezwaar route anywhere.",
        "terugstroom": "Hidden in 5.4 inside the TLV chapter: policy/aims + terugplaatsingsarrangement given, but procedure (initiative, evaluation, decision) explicitly deferred to 'eerste planjaar'.",
        "financien": "Under 'Geld en middelen': schoolmodel EUR 152 p.l. + vaste voet, arrangementenbudget criteria, meerjarenbegroting table 2025-2028; reserve afbouw; verantwoording before 1 May.",
        "dekkend-aanbod": "Ch.4: five-layer continuum table; annual gap analysis (wachtlijsten, thuiszitters), doorzettingsmacht, zorgplicht route; OZA with gemeenten.",
        "resultaten": "Ch.7: measurable beoogde resultaten for 2029, but monitoring kader 'nog in ontwikkeling', deferred to 2026.",
        "ouders": "Ch.13 is only 'p.m.'/deferral; OJSP and onderwijsconsulent appear only in the begrippenlijst; OPR described without parent composition; 'ouders' only in voorwoord in passing.",
    }
    return "po-maaslinge-ondersteuningsplan-2025-2029", blocks, "po", crit, adv, notes


# ================================================================ PLAN 2: VO, boundary change, .docx
def plan2():
    c = dict(
        naam="Samenwerkingsverband VO Eem en Vallei (VO 26-04)", kort="VO Eem en Vallei", periode="2025-2029",
        historie=("Het plan is geschreven in een bijzondere periode: per 1 augustus 2024 zijn de vijf vo-vestigingen "
                  "in de gemeenten Barneveld en Scherpenzeel van het samenwerkingsverband Gelderse Vallei "
                  "overgegaan naar ons verband."),
        ondertekening="Mr. drs. P.J. (Pieter) Ossewaarde, directeur-bestuurder, Amersfoort, februari 2025",
        fusiekop="Een nieuwe grens",
        fusie1=("De grenswijziging volgde op een verzoek van de betrokken besturen, die hun leerlingen vooral uit "
                "de Eemregio zien komen en voor het vso al jaren met scholen in Amersfoort samenwerkten. Na overleg "
                "met beide verbanden, de gemeenten en de Inspectie is de grens per 1 augustus 2024 aangepast. "
                "Daarmee groeide ons verband van 16 naar 21 vestigingen en van ongeveer 17.000 naar ruim 21.000 "
                "leerlingen."),
        rechtsvorm="vereniging met een algemene ledenvergadering en een onafhankelijk intern toezicht",
        besturen=11, scholen="21 vestigingen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie vso-scholen",
        governance=("Het bestuursmodel is een one-tier board: de algemene vergadering van besturen houdt toezicht, "
                    "de directeur-bestuurder bestuurt. Sinds de grenswijziging hebben de twee nieuwe besturen een "
                    "zetel in de auditcommissie."),
        oprdatum="De OPR stemde op 4 maart 2025 in.",
        oprsamenstelling=("De OPR telt tien leden: vijf personeelsleden en vijf ouders of leerlingen, afgevaardigd "
                          "door de medezeggenschapsraden van de scholen. Twee zetels zijn gereserveerd voor "
                          "leerlingen. De OPR vergadert zes keer per jaar en krijgt ondersteuning van een ambtelijk "
                          "secretaris."),
        oogo=("Het OOGO met de gemeenten Amersfoort, Leusden, Soest, Baarn, Bunschoten, Woudenberg, Barneveld en "
              "Scherpenzeel vond plaats op 22 januari 2025."),
        andersector="PO Eem (PO 26-03)", start=2025, eind=2029, fte="19,2",
        ictaanleiding="grenswijziging en de overdracht van leerlingdossiers uit de Gelderse Vallei",
        leeswijzer=("Na de visie volgen de basisondersteuning, het ondersteuningsaanbod, toewijzing en "
                    "toelaatbaarheid (vso, lwoo en pro), financiën, kwaliteitszorg en communicatie. Het plan "
                    "sluit af met organisatie, personeel, ICT, planning en een afkortingenlijst."),
        contextkop="Kengetallen",
        context1="Op 1 oktober 2024 telden de scholen in het (nieuwe) gebied samen 21.340 leerlingen.",
        contexttabel=[["Onderwijssoort", "Vestigingen", "Leerlingen"],
                      ["vmbo/havo/vwo", "21", "19.880"], ["praktijkonderwijs", "2", "640"], ["vso", "3", "820"]],
    )
    blocks = [TITLE(["Ondersteuningsplan 2025-2029", "Samenwerkingsverband VO Eem en Vallei (VO 26-04)",
                     "Eén regio, één route"]),
              TOC([("Voorwoord", 3), ("1 Inleiding", 4), ("2 Visie", 6), ("3 Basisondersteuning", 8),
                   ("4 Het ondersteuningsaanbod", 10), ("5 Toewijzing en toelaatbaarheid", 13),
                   ("6 Financiën", 18), ("7 Kwaliteitszorg", 21), ("8 Communicatie", 24),
                   ("9 Organisatie", 26), ("10 Personeel", 28), ("11 ICT en privacy", 29),
                   ("12 Jaarcyclus", 30), ("Afkortingen", 31)])]
    blocks += f_voorwoord(c)
    blocks += [H1("1 Inleiding"), P("Dit ondersteuningsplan is opgesteld op grond van artikel 17a WVO (thans "
               "artikel 2.47 en verder van de Wet voortgezet onderwijs 2020).")]
    blocks += f_leeswijzer(c) + f_fusie(c) + f_context(c) + f_visie(c)
    # basisondersteuning partial: niveau yes, inhoud -> absent bijlage
    blocks += [H1("3 Basisondersteuning"),
               P("Het algemeen bestuur heeft op 26 september 2024 het niveau van de basisondersteuning opnieuw "
                 "vastgesteld. Dit niveau is de gezamenlijke ondergrens voor alle 21 vestigingen, dus ook voor de vijf "
                 "vestigingen die door de grenswijziging zijn toegetreden. Voor die vestigingen geldt een "
                 "overgangstermijn tot 1 augustus 2026."),
               P("De uitwerking per domein - wat een leerling op iedere school kan verwachten aan begeleiding, "
                 "aanpassingen en expertise - is opgenomen in de Kwaliteitskaart Basisondersteuning Eem en Vallei "
                 "(bijlage 2). De scholen beschrijven hun eigen invulling in het schoolondersteuningsprofiel."),
               P("Wat niet tot de basisondersteuning behoort, noemen we extra ondersteuning. Extra ondersteuning "
                 "wordt in hoofdstuk 4 beschreven.")]
    # dekkend aanbod present + ketenpartners
    blocks += [H1("4 Het ondersteuningsaanbod"),
               P("Boven op de basisondersteuning kent onze regio een samenhangend aanbod van extra ondersteuning:"),
               B(["Op elke vestiging een ondersteuningscoördinator en een trajectvoorziening (time-out en "
                  "begeleiding) voor leerlingen die tijdelijk niet in de klas kunnen functioneren.",
                  "Orthopedagogisch-didactisch centrum (OPDC) De Overstap in Amersfoort voor leerlingen die "
                  "tijdelijk (maximaal één jaar) een kleine, gestructureerde setting nodig hebben, met 60 plaatsen.",
                  "Reboundvoorziening Vallei voor leerlingen die na een incident tijdelijk buiten de eigen school "
                  "worden opgevangen (maximaal 12 weken).",
                  "Praktijkonderwijs op twee locaties en leerwegondersteuning op elf vmbo-vestigingen.",
                  "Voortgezet speciaal onderwijs op drie scholen (cluster 3 en 4).",
                  "Een plusvoorziening voor leerlingen met (dreigende) uitval richting mbo."]),
               P("Witte vlekken en thuiszitters. Het bureau houdt een regionaal overzicht bij van leerlingen zonder "
                 "passende plek. In de tabel hieronder staan de aantallen op de teldatum."),
               T([["Peildatum", "Thuiszitters > 4 weken", "Absoluut verzuimers", "Wachtlijst OPDC"],
                  ["1-10-2023", "31", "9", "14"], ["1-10-2024", "26", "7", "19"]]),
               P("Voor elke thuiszitter wordt binnen vier weken een trajectplan gemaakt in het thuiszittersoverleg "
                 "met leerplicht. De wachtlijst bij het OPDC is een knelpunt; in 2025-2026 breiden we uit met 12 "
                 "plaatsen. Voor hoogbegaafde leerlingen met uitvalrisico ontbreekt een dagvoorziening; daarvoor "
                 "start in 2026 een pilot op twee scholen. Zorgplicht: kan een school na aanmelding geen passend "
                 "aanbod doen, dan bemiddelt het loket binnen tien schooldagen naar een andere school."),
               P("Met de acht gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp in de school: op elke "
                 "vestiging werkt een jeugd- en gezinswerker van het lokale team, en voor leerlingen in het vso zijn "
                 "onderwijs-zorgarrangementen mogelijk.")]
    # plaatsing present + terugstroom present inside TLV chapter
    blocks += [H1("5 Toewijzing en toelaatbaarheid"),
               H2("5.1 Toelaatbaarheid vso"),
               P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan "
                 "bij het Loket Eem en Vallei. Bij de aanvraag horen het ontwikkelingsperspectiefplan, het "
                 "onderwijskundig rapport, een overzicht van de ingezette ondersteuning en de zienswijze van ouders "
                 "en leerling. Ouders en leerling worden uitgenodigd voor het multidisciplinair overleg. Twee "
                 "deskundigen adviseren afzonderlijk: een orthopedagoog of GZ-psycholoog en een tweede deskundige "
                 "(jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater). De Commissie Toewijzing en "
                 "Advies (CTA) besluit binnen zes weken na ontvangst van een volledige aanvraag."),
               P("De CTA geeft een TLV voor het vso af als de leerling (a) op meerdere gebieden een structurele "
                 "ondersteuningsbehoefte heeft die het aanbod van de reguliere school en het OPDC overstijgt, (b) de "
                 "school aantoonbaar extra ondersteuning heeft geboden gedurende ten minste zes maanden, en (c) de "
                 "leerling is aangewezen op een onderwijsomgeving met specialistische expertise uit cluster 3 of 4. "
                 "De bekostigingscategorie (laag, midden, hoog) volgt uit de aard van de beperking. Een TLV wordt "
                 "afgegeven voor één, twee of drie schooljaren en eindigt op 31 juli."),
               P("Bezwaar. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt. Het samenwerkingsverband "
                 "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
               H2("5.2 Leerwegondersteuning en praktijkonderwijs"),
               P("Eem en Vallei hanteert de landelijke criteria voor lwoo en pro. Voor lwoo gaat het om een "
                 "leerachterstand van anderhalf tot drie jaar op twee domeinen (waarvan één begrijpend lezen of "
                 "inzichtelijk rekenen) in combinatie met een IQ tussen 75 en 90, of een IQ tussen 91 en 120 met "
                 "sociaal-emotionele problematiek. Voor praktijkonderwijs geldt een IQ tussen 55 en 80 en een "
                 "leerachterstand van drie jaar of meer op twee domeinen. De vo-school dient uiterlijk 1 mei een "
                 "aanvraag in; de Permanente Commissie Leerlingenzorg beoordeelt en het loket besluit binnen vier "
                 "weken. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
               H2("5.3 Looptijd en afloop van de TLV"),
               P("In het laatste jaar van een vso-TLV neemt de vso-school uiterlijk in oktober het initiatief tot een "
                 "evaluatie. In een overleg met de leerling, de ouders, de vso-school en een consulent van het loket "
                 "wordt op basis van het ontwikkelingsperspectief beoordeeld of de leerling kan terugkeren naar het "
                 "regulier voortgezet onderwijs. Vóór 1 maart besluit de CTA over verlenging met een nieuwe TLV of "
                 "over terugplaatsing per 1 augustus. Wordt niet verlengd, dan eindigt de TLV op 31 juli."),
               P("Ons beleid is dat terugplaatsing wordt gestimuleerd wanneer een leerling in het regulier onderwijs "
                 "met extra ondersteuning verder kan. Voorwaarden zijn een ontvangende school die vooraf kennismaakt, "
                 "een overdracht door de vso-mentor en een terugkeerarrangement van één schooljaar: wekelijkse "
                 "begeleiding door een ambulant begeleider van de vso-school en een budget van € 4.000 voor de "
                 "ontvangende school. In 2023-2024 keerden 14 leerlingen vanuit het vso terug naar regulier vo.")]
    # financien partial: verdeling yes, besteding p.m.
    blocks += [H1("6 Financiën"),
               P("De middelen voor lichte ondersteuning worden volledig doorgezet naar de besturen: € 195 per "
                 "leerling op basis van de teldatum 1 oktober, voor lwoo en pro volgens de landelijke "
                 "bekostigingsregels. Middelen voor zware ondersteuning worden verdeeld in twee delen: "
                 "arrangementen worden toegekend door de CTA aan de hand van de criteria uit hoofdstuk 5, en de "
                 "bovenschoolse voorzieningen (OPDC, rebound) worden per plaats bekostigd. Het algemeen bestuur "
                 "stelt jaarlijks in november de verdeling vast."),
               T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                  ["Lichte ondersteuning besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                  ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                  ["OPDC en rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                  ["Bureau en loket", "p.m.", "p.m.", "p.m.", "p.m."]]),
               P("De bedragen in de meerjarenbegroting worden ingevuld zodra de gevolgen van de grenswijziging "
                 "voor de verevening met de Gelderse Vallei zijn vastgesteld; de meerjarenbegroting volgt in het "
                 "najaar van 2025 als addendum.")]
    # resultaten present, in Kwaliteitszorg
    blocks += [H1("7 Kwaliteitszorg"),
               P("Kwaliteitszorg is voor ons een cyclus van plannen, doen, meten en bijsturen. Voor de planperiode "
                 "hebben we de volgende streefwaarden voor leerlingen met een ondersteuningsbehoefte afgesproken:"),
               T([["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                  ["Deelnamepercentage vso", "3,9%", "3,5%"],
                  ["Thuiszitters langer dan 4 weken", "26", "< 10"],
                  ["Leerlingen OPDC binnen 1 jaar terug naar reguliere school", "71%", "85%"],
                  ["Doorlooptijd TLV-aanvraag", "7,2 weken", "< 6 weken"],
                  ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
               P("Het bureau verzamelt de gegevens per kwartaal uit het registratiesysteem, de telling van leerplicht "
                 "en DUO. Twee keer per jaar voeren we met elk bestuur een kwaliteitsdialoog over de cijfers van de "
                 "eigen scholen. De bereikte resultaten worden jaarlijks gerapporteerd in het jaarverslag en "
                 "besproken met de OPR en de gemeenten; bij achterblijvende resultaten stelt het bestuur het "
                 "jaarplan bij.")]
    # ouders present under Communicatie + betrokkenheid
    blocks += [H1("8 Communicatie"),
               P("Ouders vinden informatie over de ondersteuningsmogelijkheden in de regio op de ouderpagina van "
                 "onze website, in de brochure 'Extra steun op de middelbare school' (in het Nederlands, Engels, "
                 "Arabisch en Turks) en in de schoolgidsen. Elk najaar organiseren we samen met PO Eem twee "
                 "informatieavonden voor ouders van leerlingen in groep 8 over lwoo, pro en extra ondersteuning."),
               P("Onafhankelijke hulp. Ouders en jongeren met vragen of een verschil van mening met school of "
                 "samenwerkingsverband kunnen terecht bij het Ouder- en Jeugdsteunpunt Eem en Vallei, dat wordt "
                 "uitgevoerd door een onafhankelijke stichting en telefonisch en via een inloopspreekuur bereikbaar "
                 "is. Ook kunnen zij kosteloos een beroep doen op de Onderwijsconsulenten. Bij geschillen over "
                 "toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de "
                 "Geschillencommissie passend onderwijs.")]
    blocks += f_governance(c) + f_opr(c) + f_oogo_proc(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    blocks += f_communicatie_scholen(c)
    blocks += [H1("Afkortingen"),
               B(["CTA - Commissie Toewijzing en Advies", "lwoo - leerwegondersteunend onderwijs",
                  "OJSP - Ouder- en Jeugdsteunpunt", "OPDC - orthopedagogisch-didactisch centrum",
                  "pro - praktijkonderwijs", "TLV - toelaatbaarheidsverklaring",
                  "vso - voortgezet speciaal onderwijs"])]
    crit = crit_from(["basisondersteuning.inhoud", "financien.besteding"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.3 states the level as ondergrens for all 21 vestigingen, but the concrete content is only in absent 'bijlage 2' (Kwaliteitskaart) -> inhoud not addressed (verwezen).",
        "plaatsing": "5.1/5.2: vso procedure (loket, CTA, 6 weeks), vso criteria (a)-(c), lwoo/pro national criteria and procedure, deskundigen, duration, category, LBT bezwaar.",
        "terugstroom": "Hidden in 5.3 'Looptijd en afloop van de TLV' inside the TLV chapter: procedure (October evaluation, CTA before 1 March) and policy (terugkeerarrangement); 14 returns reported.",
        "financien": "Ch.6: verdeling criteria given (EUR 195 p.l., CTA arrangements, per plaats), but meerjarenbegroting is all 'p.m.' and deferred to an addendum -> besteding not addressed.",
        "dekkend-aanbod": "Ch.4: continuum list (trajectvoorziening, OPDC, rebound, pro, vso), thuiszitters table, gaps + actions, zorgplicht route; OOGO jeugdhulp/OZA.",
        "resultaten": "Under 'Kwaliteitszorg' (ch.7): streefwaarden table with nulmeting, quarterly data, kwaliteitsdialoog, annual reporting.",
        "ouders": "Under 'Communicatie' (ch.8): website/brochure in 4 languages/info evenings; independent OJSP, Onderwijsconsulenten, Geschillencommissie; OPR half parents/pupils.",
    }
    return "vo-eemvallei-ondersteuningsplan", blocks, "vo", crit, adv, notes


# ================================================================ PLAN 3: PO, merger of three, .pdf
def plan3():
    c = dict(
        naam="Samenwerkingsverband PO Hollands Veen (PO 27-09)", kort="Hollands Veen", periode="2026-2030",
        historie=("Hollands Veen ontstond op 1 augustus 2025 uit de samenvoeging van drie verbanden: Passend "
                  "Onderwijs Gouwe, SWV Krimpenerwaard-Noord en het Groene Hart Netwerk."),
        ondertekening="Drs. A. (Anouk) Verheul-Brink, directeur-bestuurder, Gouda, april 2026",
        fusiekop="Drie wordt één",
        fusie1=("De drie verbanden werkten al sinds 2019 samen in een gezamenlijk loket voor het speciaal "
                "onderwijs. Toen de directeur van het kleinste verband met pensioen ging, besloten de besturen de "
                "samenwerking te verankeren in één organisatie. Het fusieconvenant van 14 maart 2025 legt vast welke "
                "afspraken van de oude verbanden tijdelijk blijven gelden."),
        visiekop="Visie, missie en kernwaarden",
        rechtsvorm="stichting met een raad van toezicht", besturen=19,
        scholen="87 basisscholen, vier scholen voor speciaal basisonderwijs en zes so-locaties",
        governance=("De raad van toezicht bestaat uit vijf onafhankelijke leden. Het bestuurlijk overleg van de "
                    "19 besturen adviseert de directeur-bestuurder over de begroting en het beleid."),
        oprdatum="De OPR heeft op 24 maart 2026 ingestemd.",
        oprsamenstelling=("De OPR bestaat uit twaalf leden, zes ouders en zes personeelsleden, zodat iedere "
                          "voormalige regio vertegenwoordigd is. Ouders in de OPR worden betrokken bij de evaluatie "
                          "van dit plan en hebben een eigen achterbanbijeenkomst per jaar."),
        oogo=("Het OOGO met de gemeenten Gouda, Waddinxveen, Bodegraven-Reeuwijk, Krimpenerwaard, Zuidplas en "
              "Alphen aan den Rijn is op 17 februari 2026 afgesloten. Onderwerpen in het OOGO waren onder meer "
              "jeugdhulp in en om de school, leerlingenvervoer, thuiszitters en onderwijshuisvesting."),
        andersector="VO Midden-Holland (VO 27-10)", start=2026, eind=2030, fte="22,4",
        ictaanleiding="samenvoeging van drie verbanden",
        leeswijzer=("Het plan opent met de fusie en de visie. Daarna volgen de basisondersteuning, het aanbod van "
                    "extra ondersteuning, de route naar sbo en so, ouders, financiën en speerpunten. Organisatie, "
                    "personeel, ICT en planning sluiten het plan af. In de begrippenlijst vindt u onder meer de "
                    "betekenis van terugplaatsing, thuiszitter, dekkend aanbod en verdeelmodel."),
        contextkop="Hollands Veen in vogelvlucht",
        context1=("Het verband beslaat zes gemeenten in het Groene Hart. Op 1 oktober 2025 gingen 24.310 "
                  "leerlingen naar een van de aangesloten scholen."),
        contexttabel=[["Voormalig verband", "Scholen", "Leerlingen"],
                      ["Passend Onderwijs Gouwe", "41", "11.900"], ["Krimpenerwaard-Noord", "22", "5.480"],
                      ["Groene Hart Netwerk", "34", "6.930"]],
    )
    blocks = [TITLE(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband PO Hollands Veen (PO 27-09)",
                     "Passend onderwijs in het Groene Hart"]),
              TOC([("Voorwoord", 3), ("1 Inleiding", 4), ("2 Visie, missie en kernwaarden", 6),
                   ("3 Wat elke school in huis heeft", 8), ("4 Extra ondersteuning", 11),
                   ("5 De route naar sbo en so", 14), ("6 Ouders", 17), ("7 Financieel kader", 19),
                   ("8 Speerpunten en resultaten", 22), ("9 Organisatie", 23), ("10 Personeel", 25),
                   ("11 ICT en privacy", 26), ("12 Planning", 27), ("Begrippenlijst", 28)])]
    blocks += f_voorwoord(c)
    blocks += [H1("1 Inleiding"),
               P("Dit is het eerste ondersteuningsplan van Hollands Veen. Het bouwt voort op de plannen van de drie "
                 "voormalige verbanden en op de evaluaties die zij in 2024 hebben uitgevoerd. Het plan is "
                 "opgesteld volgens artikel 18a van de Wet op het primair onderwijs.")]
    blocks += f_leeswijzer(c) + f_fusie(c) + f_totstandkoming(c) + f_landelijk(c) + f_context(c) + f_visie(c)
    blocks += [H1("3 Wat elke school in huis heeft"),
               P("Alle scholen van Hollands Veen hebben zich verbonden aan één gezamenlijke ondergrens, het "
                 "Basisprofiel Hollands Veen, dat het bestuurlijk overleg op 8 oktober 2025 heeft vastgesteld. "
                 "Ouders kunnen ervan uitgaan dat iedere vestiging, groot of klein, ten minste het volgende biedt:"),
               T([["Domein", "Wat u op iedere school aantreft"],
                  ["Leren", "extra instructie in een kleine groep voor taal en rekenen; dyslexiebegeleiding volgens "
                            "protocol; software voor voorlezen en spraakherkenning"],
                  ["Gedrag en welbevinden", "een schoolbrede aanpak voor positief gedrag; een "
                                            "sociale-vaardigheidstraining; een vaste aandachtsfunctionaris"],
                  ["Meer- en hoogbegaafdheid", "verrijkingsmateriaal en een wekelijkse uitdaging buiten de "
                                               "eigen groep"],
                  ["Medisch en fysiek", "begeleiding volgens het protocol medisch handelen; aangepast meubilair"],
                  ["Organisatie", "een intern begeleider, een ondersteuningsteam dat minstens drie keer per jaar "
                                  "bijeenkomt met de orthopedagoog van het verband, en handelingsgericht werken met "
                                  "een groepsoverzicht per groep"]]),
               P("Scholen die meer bieden dan het Basisprofiel, beschrijven dat in hun schoolgids. Het bureau "
                 "bespreekt het Basisprofiel jaarlijks met elke schoolleider.")]
    blocks += [H1("4 Extra ondersteuning"),
               P("Wanneer een leerling meer nodig heeft dan het Basisprofiel, is er een getrapt aanbod. Eerst kan de "
                 "school met een arrangement op maat extra begeleiding in de eigen school organiseren, bijvoorbeeld "
                 "een onderwijsassistent, een specialist gedrag of ambulante begeleiding vanuit het so. Is dat niet "
                 "genoeg, dan zijn er bovenschoolse voorzieningen: drie taalklassen voor nieuwkomers (Gouda, "
                 "Waddinxveen, Alphen), de plusklassen in elke gemeente, twee observatiegroepen voor jonge kinderen "
                 "en de kleine-groepsvoorziening 'De Steiger' in Bergambacht. Daarna volgen het speciaal "
                 "basisonderwijs (vier scholen) en het speciaal onderwijs (zes locaties, cluster 3 en 4)."),
               P("Met de gemeenten werken we samen in de aanpak Zorg in de School: jeugdprofessionals van de "
                 "gemeente zijn op vaste dagen in de school aanwezig en sluiten aan bij het ondersteuningsteam. "
                 "Voor leerlingen met een combinatie van onderwijs- en zorgbehoefte zijn onderwijs-zorgarrangementen "
                 "mogelijk, gefinancierd door gemeente en verband samen."),
               P("Of ons aanbod voldoende dekkend is en waar witte vlekken zitten, brengen we in 2027 in kaart met "
                 "een netwerkanalyse. Op basis daarvan bepalen we welke voorzieningen erbij moeten komen.")]
    blocks += [H1("5 De route naar sbo en so"),
               P("Heeft een leerling een plek nodig in het speciaal basisonderwijs of het speciaal onderwijs, dan "
                 "vraagt het bestuur van de school van inschrijving een toelaatbaarheidsverklaring aan via het "
                 "digitale aanvraagportaal. De intern begeleider voegt het groeidocument, het "
                 "ontwikkelingsperspectief en het verslag van het ondersteuningsteam toe; ouders tekenen voor "
                 "gezien en geven hun zienswijze. Het loket vraagt twee onafhankelijke deskundigen om schriftelijk "
                 "advies: een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van het "
                 "kind. De Commissie van Toelaatbaarheid Hollands Veen besluit binnen acht weken."),
               P("De Commissie weegt iedere aanvraag op haar eigen merites. Een regionaal afwegingskader met "
                 "criteria voor sbo en so is in voorbereiding en wordt naar verwachting in het voorjaar van 2027 "
                 "vastgesteld. Tot die tijd werkt de Commissie volgens de werkwijze in bijlage 5."),
               P("Een TLV geldt voor twee schooljaren. Bij een TLV voor het so stelt de Commissie de "
                 "bekostigingscategorie vast. Wie het niet eens is met het besluit, kan binnen zes weken bezwaar "
                 "maken; het verband legt het bezwaar voor aan een onafhankelijke adviescommissie bezwaarschriften.")]
    blocks += [H1("6 Ouders"),
               P("Wij informeren ouders op drie manieren over de ondersteuning die scholen en het verband bieden. "
                 "De Ouderwijzer Hollands Veen is een korte gids, op papier en online, die uitlegt wat het "
                 "Basisprofiel inhoudt, welke arrangementen en voorzieningen er zijn en hoe een aanvraag verloopt. "
                 "Daarnaast organiseren we twee keer per jaar per regio een informatieavond. Ten slotte beschrijft "
                 "iedere school in de schoolgids haar ondersteuning."),
               P("Het bureau heeft een ouderconsulent in dienst die ouders uitlegt hoe procedures van het "
                 "samenwerkingsverband werken. Informatie over onafhankelijke ondersteuning voor ouders en over "
                 "klachten en geschillen volgt in de nieuwe editie van de Ouderwijzer, die in het voorjaar van 2027 "
                 "verschijnt.")]
    blocks += [H1("7 Financieel kader"),
               P("De verdeling van de ondersteuningsmiddelen over de besturen gebeurt tot 1 augustus 2027 volgens de "
                 "overgangsafspraken uit het fusieconvenant. Een nieuw, gezamenlijk verdeelmodel wordt in de loop "
                 "van het schooljaar 2026-2027 nader uitgewerkt."),
               T([["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                  ["Ondersteuningsbudget (baten)", "21.940.000", "21.710.000", "21.480.000", "21.300.000"],
                  ["Afdrachten sbo en so", "11.200.000", "11.150.000", "11.100.000", "11.050.000"],
                  ["Middelen naar besturen", "6.820.000", "6.760.000", "6.700.000", "6.650.000"],
                  ["Arrangementen en bovenschoolse voorzieningen", "2.430.000", "2.380.000", "2.350.000",
                   "2.320.000"],
                  ["Loket, commissie en bureau", "1.720.000", "1.740.000", "1.760.000", "1.780.000"],
                  ["Saldo", "-230.000", "-320.000", "-430.000", "-500.000"]]),
               P("De begrote tekorten worden gedekt uit de reserves die de drie verbanden bij de fusie meebrachten. "
                 "Aan het einde van de planperiode is het weerstandsvermogen naar verwachting 6 procent, binnen de "
                 "door de raad van toezicht vastgestelde bandbreedte.")]
    blocks += [H1("8 Speerpunten en resultaten"),
               P("De komende jaren staan in het teken van het samensmelten van drie organisaties. De speerpunten "
                 "en de bijbehorende resultaatafspraken voor deze planperiode werken we uit in de jaarplannen; het "
                 "eerste jaarplan verschijnt na de zomer van 2026.")]
    blocks += f_governance(c) + f_opr(c) + f_oogo_proc(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    blocks += f_communicatie_scholen(c)
    blocks += [H1("Begrippenlijst"),
               T([["Begrip", "Omschrijving"],
                  ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor ieder kind een passende plek is."],
                  ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders, ingeschakeld bij een verschil van "
                                         "mening met school."],
                  ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en kinderen."],
                  ["Terugplaatsing", "De overstap van een leerling van sbo of so naar een reguliere basisschool."],
                  ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
                  ["Verdeelmodel", "De afspraken over de verdeling van middelen over de besturen."]])]
    crit = crit_from(["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                      "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.3 'Wat elke school in huis heeft': Basisprofiel as common ondergrens for every vestiging + domain table of concrete provisions.",
        "plaatsing": "Ch.5: procedure (portal, deskundigen, CvT, 8 weeks, bezwaar) but criteria deferred ('afwegingskader in voorbereiding', voorjaar 2027; absent bijlage 5).",
        "terugstroom": "Nothing in body; 'terugplaatsing' only in leeswijzer and begrippenlijst; TLV duration mentioned without what happens after.",
        "financien": "Ch.7 'Financieel kader': meerjarenbegroting with amounts and reserves, but verdeling only via fusieconvenant transition and new verdeelmodel 'nader uitgewerkt'.",
        "dekkend-aanbod": "Ch.4: getrapt aanbod (arrangement, bovenschools, sbo, so) + Zorg in de School/OZA; gap analysis deferred to 2027; thuiszitters only as OOGO topic in passing.",
        "resultaten": "Ch.8 title 'Speerpunten en resultaten' but only defers resultaatafspraken to jaarplannen; nothing measured or targeted.",
        "ouders": "Ch.6: Ouderwijzer, info evenings, schoolgids; ouderconsulent is SWV staff (not independent); independent support/klachten info 'volgt' in 2027; OJSP/consulent only in begrippenlijst; OPR half parents.",
    }
    header = ("SWV PO Hollands Veen - Ondersteuningsplan 2026-2030",
              "Resultaten voor ieder kind | terugplaatsing, toelaatbaarheid en ouders: zie www.hollandsveen.nl")
    return "po-hollandsveen-op-2026-2030", blocks, "po", crit, adv, notes, header


# ================================================================ PLAN 4: VO, merger, .pdf
def plan4():
    c = dict(
        naam="Stichting Passend Voortgezet Onderwijs Twentekanaal (VO 23-11)", kort="Passend VO Twentekanaal",
        periode="2025-2029",
        historie=("Het is het eerste plan na de fusie van de VO-verbanden Hof van Twente-Lochem en Zutphen-"
                  "Deventer Oost per 1 januari 2025."),
        ondertekening="Ir. M. (Marloes) Teunissen, directeur-bestuurder, Goor, maart 2025",
        fusiekop="Fusie en nieuwe grenzen",
        fusie1=("De fusie is het sluitstuk van een traject dat in 2022 begon met een gezamenlijke "
                "toewijzingscommissie. De besturen wilden de versnippering tegengaan die ontstond doordat leerlingen "
                "uit Lochem en Eefde naar scholen in twee verbanden gingen. Bij de fusie zijn tegelijk de grenzen "
                "aangepast: de vestiging in Markelo sloot zich aan, de vestiging in Gorssel ging naar het "
                "naastgelegen verband."),
        rechtsvorm="stichting met een raad van toezicht", besturen=8,
        scholen="17 vestigingen voortgezet onderwijs, één school voor praktijkonderwijs en twee vso-scholen",
        governance=("De raad van toezicht telt vier leden, onder wie een lid met een achtergrond in de jeugdzorg. "
                    "De algemene vergadering van de acht besturen benoemt de toezichthouders."),
        oprdatum="De OPR stemde op 18 maart 2025 in met dit plan.",
        oprsamenstelling=("De OPR heeft acht leden: vier personeelsleden en vier ouders of leerlingen."),
        oogo=("Het concept is in OOGO besproken met de gemeenten Hof van Twente, Lochem, Zutphen, Deventer en "
              "Rijssen-Holten; het OOGO is op 6 februari 2025 afgesloten."),
        andersector="PO Twentekanaal en IJssel (PO 23-09)", start=2025, eind=2029, fte="11,8",
        ictaanleiding="fusie",
        leeswijzer=("Na de visie beschrijven we wat scholen samen bieden, de toeleiding naar vso, pro en lwoo, de "
                    "terugkeer naar het regulier onderwijs, het voorkomen van thuiszitten, monitoring, ouders en "
                    "leerlingen, bedrijfsvoering en organisatie. Achterin staan een begrippenlijst en de planning."),
        contextkop="Ons gebied",
        context1=("In het nieuwe gebied wonen ongeveer 10.900 leerlingen in de vo-leeftijd. Zij gaan naar "
                  "scholen in Goor, Lochem, Zutphen, Deventer, Holten en Markelo."),
        contexttabel=[["Plaats", "Vestigingen"], ["Goor en Markelo", "4"], ["Lochem", "3"], ["Zutphen", "5"],
                      ["Deventer-Oost", "4"], ["Holten", "1"]],
    )
    blocks = [TITLE(["Ondersteuningsplan 2025-2029", "Passend VO Twentekanaal (VO 23-11)",
                     "Over het kanaal heen"]),
              TOC([("Voorwoord", 3), ("1 Aanleiding", 4), ("2 Visie", 6), ("3 Wat scholen samen bieden", 8),
                   ("4 Toeleiding naar vso, pro en lwoo", 9), ("5 Terug naar het regulier onderwijs", 13),
                   ("6 Niemand thuis", 14), ("7 Monitoring", 16), ("8 Ouders en leerlingen", 18),
                   ("9 Bedrijfsvoering", 20), ("10 Organisatie", 23), ("11 Personeel", 24),
                   ("12 ICT en privacy", 25), ("13 Planning", 26), ("Begrippenlijst", 27)])]
    blocks += f_voorwoord(c)
    blocks += [H1("1 Aanleiding"),
               P("Dit ondersteuningsplan volgt uit artikel 17a WVO, tegenwoordig opgenomen in de Wet voortgezet "
                 "onderwijs 2020. Het vervangt de plannen van beide voormalige verbanden.")]
    blocks += f_leeswijzer(c) + f_fusie(c) + f_totstandkoming(c) + f_context(c) + f_visie(c)
    blocks += [H1("3 Wat scholen samen bieden"),
               P("De afspraken die de twee voormalige verbanden over het niveau van ondersteuning op hun scholen "
                 "maakten, blijven voorlopig van kracht. In het schooljaar 2026-2027 stellen we een gezamenlijke "
                 "beschrijving vast. Een actueel overzicht van alle voorzieningen en arrangementen in de regio, de "
                 "Ondersteuningskaart Twentekanaal, stellen we op in het schooljaar 2025-2026; de kaart komt "
                 "daarna op de website.")]
    blocks += [H1("4 Toeleiding naar vso, pro en lwoo"),
               H2("4.1 Wanneer kan een leerling naar het vso?"),
               P("Het vso is bedoeld voor jongeren die ook met intensieve extra begeleiding in een reguliere "
                 "vo-school niet tot leren komen. De toewijzingscommissie kijkt naar drie vragen. Is de "
                 "ondersteuningsvraag blijvend en op meer dan één terrein aanwezig? Heeft de vo-school minimaal een "
                 "half jaar een passend ontwikkelingsperspectief uitgevoerd en geëvalueerd? En heeft de jongere een "
                 "specialistische, cluster-3- of cluster-4-setting nodig, bijvoorbeeld door een verstandelijke of "
                 "lichamelijke beperking, langdurige ziekte of psychiatrische problematiek? Alleen wanneer alle drie "
                 "de vragen met ja worden beantwoord, is de jongere toelaatbaar."),
               H2("4.2 Hoe het gaat"),
               P("De vo-school waar de jongere is ingeschreven zet de vraag in het digitale dossier en nodigt ouders "
                 "en jongere uit voor een gesprek; hun mening wordt in het dossier vastgelegd. Een orthopedagoog "
                 "van het verband en een tweede deskundige (psycholoog, jeugdarts of maatschappelijk werker) "
                 "schrijven elk een eigen advies. Binnen vier weken na een compleet dossier besluit de "
                 "toewijzingscommissie namens het bestuur. De verklaring vermeldt begin- en einddatum "
                 "(maximaal drie schooljaren, altijd eindigend op 31 juli) en de categorie laag, midden of hoog. "
                 "Ouders die het er niet mee eens zijn, kunnen bezwaar maken; de Landelijke Bezwaaradviescommissie "
                 "adviseert het bestuur."),
               H2("4.3 Praktijkonderwijs en leerwegondersteuning"),
               P("Voor praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en een leerachterstand van ten "
                 "minste drie jaar op twee van de vier domeinen). Voor lwoo maakt Twentekanaal gebruik van de "
                 "ruimte om eigen criteria te hanteren (opting out): een leerling heeft recht op lwoo als de "
                 "basisschool en de vo-school samen vaststellen dat een leerachterstand van minimaal één jaar op "
                 "begrijpend lezen of rekenen samengaat met een ondersteuningsbehoefte op werkhouding of "
                 "faalangst. De vo-school stuurt het aanvraagformulier vóór 1 april naar het loket; de commissie "
                 "besluit binnen vier weken. Een lwoo-aanwijzing geldt voor twee schooljaren en wordt daarna "
                 "opnieuw beoordeeld.")]
    blocks += [H1("5 Terug naar het regulier onderwijs"),
               P("In het laatste jaar van een vso-verklaring organiseert de vso-school vóór 1 februari een "
                 "evaluatiegesprek met de jongere, de ouders, de mentor en een consulent van het verband. Op basis "
                 "van het ontwikkelingsperspectief adviseert de vso-school over terugkeer of verlenging. De "
                 "toewijzingscommissie besluit vóór 1 april. Wordt er geen nieuwe verklaring afgegeven, dan loopt de "
                 "verklaring op 31 juli af en meldt de vso-school de jongere, na overleg met ouders, aan bij een "
                 "reguliere vo-school; de consulent bewaakt dat de aanmelding vóór 1 mei rond is."),
               P("Welke uitgangspunten en voorwaarden wij hanteren bij terug- en doorplaatsing, en welke "
                 "begeleiding een jongere na terugkeer krijgt, leggen we vast in de notitie Terug- en "
                 "doorplaatsing die medio 2026 verschijnt.")]
    blocks += [H1("6 Niemand thuis"),
               P("Elke jongere hoort op school. Samen met de leerplichtambtenaren van de vijf gemeenten houden we een "
                 "maandelijkse Thuiszitterstafel. Elke jongere die langer dan twee weken ongeoorloofd of geoorloofd "
                 "verzuimt zonder onderwijsaanbod wordt daar besproken. Binnen een maand na de eerste bespreking "
                 "moet er een plan liggen met een eigenaar en een datum. Lukt dat niet, dan kan de "
                 "directeur-bestuurder een bestuur vragen de jongere tijdelijk op te nemen; besturen hebben "
                 "afgesproken zo'n verzoek niet te weigeren."),
               P("Zorgplicht. Meldt een jongere zich aan bij een school die geen passend aanbod kan doen, dan zoekt "
                 "die school binnen zes weken (met verlenging van vier weken) een andere plek. Vindt de school die "
                 "niet, dan schakelt zij het loket in. Het loket houdt ook de wachttijden bij het vso bij en "
                 "bespreekt elk kwartaal met de vso-besturen of er leerlingen zijn die op een plek wachten; bij "
                 "structurele wachtlijsten wordt extra capaciteit ingekocht."),
               P("Met de gemeenten zijn afspraken gemaakt over onderwijs-zorgarrangementen voor jongeren die tijdelijk "
                 "niet volledig onderwijs kunnen volgen, met jeugdhulp in de school.")]
    blocks += [H1("7 Monitoring"),
               P("We volgen de ontwikkelingen met de Monitor Passend VO Twentekanaal. Het bureau verzamelt elk "
                 "kwartaal gegevens over aanvragen en verklaringen, doorlooptijden, thuiszitters, vrijstellingen en "
                 "deelname aan vso en pro, aangevuld met DUO-data. Twee keer per jaar bespreken we de uitkomsten "
                 "met ieder bestuur in een kwaliteitsgesprek, en jaarlijks rapporteren we in het jaarverslag aan de "
                 "raad van toezicht, de OPR en de gemeenten."),
               P("In 2024 gaf het verband 164 vso-verklaringen af; de gemiddelde doorlooptijd was 5,1 weken en op "
                 "1 oktober 2024 waren er 19 thuiszitters. De beoogde resultaten voor deze planperiode stellen we "
                 "vast nadat in het schooljaar 2025-2026 een nulmeting voor het nieuwe gebied is uitgevoerd.")]
    blocks += [H1("8 Ouders en leerlingen"),
               P("Ouders en jongeren vinden op de ouderpagina van onze website en in de folder 'Extra steun op "
                 "school', die alle brugklassers in september meekrijgen, wat scholen en het verband aan "
                 "ondersteuning bieden en hoe je die aanvraagt. Ieder voorjaar houden we samen met het po-verband "
                 "een informatieavond voor ouders van kinderen in groep 8."),
               P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Steunpunt Ouders & Jeugd "
                 "Twentekanaal. Het steunpunt wordt uitgevoerd door Stichting Naast, die los staat van scholen en "
                 "verband, en is bereikbaar via telefoon, mail en een spreekuur in Zutphen en Goor. Ook de "
                 "Onderwijsconsulenten zijn gratis beschikbaar. Bij een klacht over het verband geldt de "
                 "klachtenregeling, met de Landelijke Klachtencommissie Onderwijs als onafhankelijke commissie."),
               P("Jongeren hebben hoorrecht: bij het opstellen van hun ontwikkelingsperspectief wordt hun mening "
                 "gevraagd en vastgelegd.")]
    blocks += [H1("9 Bedrijfsvoering"),
               P("De middelen voor lichte ondersteuning gaan volledig naar de besturen, verdeeld naar rato van het "
                 "aantal leerlingen op 1 oktober (€ 205 per leerling). Van de middelen voor zware ondersteuning "
                 "houdt het verband een deel centraal voor arrangementen die het loket toekent als een school kan "
                 "aantonen dat de basis is benut en een ontwikkelingsperspectief is opgesteld; het tarief is € 7.500 "
                 "per arrangement per jaar. Besturen leggen jaarlijks vóór 1 juni verantwoording af over de "
                 "besteding aan de hand van een vast format."),
               T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                  ["Baten", "9.870", "9.790", "9.700", "9.620"],
                  ["Afdrachten vso (DUO)", "5.320", "5.300", "5.280", "5.260"],
                  ["Lichte ondersteuning besturen", "2.235", "2.210", "2.190", "2.170"],
                  ["Arrangementen", "1.200", "1.150", "1.100", "1.050"],
                  ["Bureau, loket en Thuiszitterstafel", "1.080", "1.090", "1.100", "1.110"],
                  ["Saldo", "35", "40", "30", "30"]])]
    blocks += f_governance(c) + f_opr(c) + f_oogo_proc(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    blocks += f_communicatie_scholen(c)
    blocks += [H1("Begrippenlijst"),
               T([["Begrip", "Betekenis"],
                  ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
                                         "alle scholen bieden, zoals begeleiding bij dyslexie, een zorgcoördinator "
                                         "en een time-outvoorziening."],
                  ["Dekkend aanbod", "Samenhangend geheel van voorzieningen binnen en tussen scholen."],
                  ["OPDC", "Orthopedagogisch-didactisch centrum."],
                  ["Resultaten", "Beoogde en bereikte uitkomsten van passend onderwijs."]])]
    crit = crit_from(["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                      "dekkend-aanbod.continuum", "resultaten.doelen"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.3 only says old agreements of the former verbanden stay in force and a joint description follows in 2026-2027; the definition with examples is only in the begrippenlijst.",
        "plaatsing": "Ch.4 in plain wording ('Wanneer kan een leerling naar het vso?'/'Hoe het gaat'): three criteria questions, steps, two deskundigen, 4 weeks, duration/category, LBT; pro criteria and lwoo opting-out criteria/procedure/duration.",
        "terugstroom": "Ch.5: procedure (evaluation before 1 Feb, commissie before 1 April, expiry 31 July, aanmelding) but policy/conditions/support after return deferred to a notitie 'medio 2026'.",
        "financien": "Under 'Bedrijfsvoering' (ch.9): EUR 205 p.l. + central arrangements with criteria and tariff, meerjarenbegroting table; verantwoording before 1 June.",
        "dekkend-aanbod": "Ch.6 'Niemand thuis': Thuiszitterstafel, doorzettingsmacht, zorgplicht route, wachtlijst monitoring (lacunes) + OZA; the overview of provisions (Ondersteuningskaart) is deferred in ch.3 -> continuum not addressed.",
        "resultaten": "Ch.7 'Monitoring': quarterly monitor, kwaliteitsgesprekken, jaarverslag, 2024 figures; beoogde resultaten deferred until after nulmeting 2025-2026.",
        "ouders": "Ch.8: ouderpagina, folder, info evening; independent Steunpunt Ouders & Jeugd (Stichting Naast), Onderwijsconsulenten, klachtenregeling; hoorrecht.",
    }
    header = ("Passend VO Twentekanaal | Ondersteuningsplan 2025-2029", "basisondersteuning - dekkend aanbod - resultaten")
    return "vo-twentekanaal-ondersteuningsplan", blocks, "vo", crit, adv, notes, header


# ================================================================ PLAN 5: PO, boundary change, .html
def plan5():
    c = dict(
        naam="Samenwerkingsverband Primair Zuidwoude (PO 28-05)", kort="Primair Zuidwoude", periode="2026-2030",
        historie=("Sinds 1 augustus 2025 horen ook de elf basisscholen in de gemeente Rijnhoeve bij ons verband; "
                  "zij kwamen over van het samenwerkingsverband Oude Rijnstreek, dat de grens met ons verband "
                  "in overleg heeft verlegd."),
        ondertekening="Drs. R. (Rachid) el Amrani, directeur-bestuurder, Zuidwoude, april 2026",
        fusiekop="Nieuwe grenzen, nieuwe collega's",
        fusie1=("De gemeente Rijnhoeve ligt geografisch meer op Zuidwoude georiënteerd dan op de Oude Rijnstreek. "
                "Leerlingen uit Rijnhoeve gingen voor het speciaal onderwijs al jaren naar Zuidwoude. Op verzoek van "
                "de twee betrokken besturen hebben beide verbanden de grens verlegd. De overgang is geregeld in een "
                "overdrachtsconvenant."),
        rechtsvorm="vereniging", besturen=9,
        scholen="46 basisscholen, twee scholen voor speciaal basisonderwijs en twee so-scholen",
        governance=("De ledenvergadering van de negen besturen houdt toezicht op de directeur-bestuurder. Een "
                    "auditcommissie uit de ledenvergadering adviseert over financiële zaken."),
        oprdatum="De OPR verleende op 31 maart 2026 instemming.",
        oprsamenstelling=("In de OPR zitten vier ouders en vier personeelsleden. Eén zetel is sinds de "
                          "grenswijziging voor een ouder uit Rijnhoeve."),
        oogo=("Het concept is op 10 februari 2026 in OOGO besproken met de colleges van Zuidwoude, Rijnhoeve en "
              "Lisseveld; het verslag is bijlage 6 bij dit plan."),
        andersector="VO Zuidwoude e.o. (VO 28-06)", start=2026, eind=2030, fte="9,4",
        ictaanleiding="grenswijziging",
        leeswijzer=("Dit is de webversie van het ondersteuningsplan. De bijlagen (waaronder het Handboek "
                    "Toelaatbaarheid en de meerjarenbegroting) staan als afzonderlijke downloads op de website."),
        contextkop="Het verband in het kort",
        context1="Na de grenswijziging telt het verband 46 basisscholen met samen 12.450 leerlingen (1 oktober 2025).",
        contexttabel=[["Gemeente", "Basisscholen"], ["Zuidwoude", "24"], ["Rijnhoeve", "11"], ["Lisseveld", "11"]],
    )
    blocks = [TITLE(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Primair Zuidwoude (PO 28-05)",
                     "Webversie - op hoofdlijnen"]),
              TOC([("Voorwoord", 0), ("Inleiding", 0), ("Visie", 0), ("Terugblik 2022-2026", 0), ("Wat u op iedere school mag verwachten", 0),
                   ("Terug naar de basisschool", 0), ("Doelen en hoe we die volgen", 0),
                   ("Hulp voor ouders", 0), ("Organisatie", 0), ("Personeel", 0), ("ICT en privacy", 0),
                   ("Planning", 0), ("Bijlagen en begrippen", 0)])]
    blocks += f_voorwoord(c)
    blocks += [H1("Inleiding"),
               P("Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft waar wij voor staan en welke "
                 "afspraken voor alle scholen gelden. Procedures en bedragen staan in afzonderlijke documenten: de "
                 "procedure en de criteria voor toelaatbaarheid tot sbo en so zijn opgenomen in bijlage 3 (Handboek "
                 "Toelaatbaarheid), en de meerjarenbegroting en het verdeelmodel worden jaarlijks als afzonderlijk "
                 "document vastgesteld (zie www.primairzuidwoude.nl/financien).")]
    blocks += f_leeswijzer(c) + f_fusie(c) + f_totstandkoming(c) + f_landelijk(c) + f_context(c) + f_visie(c)
    blocks += [H1("Terugblik 2022-2026"),
               P("De vorige planperiode stond in het teken van de coronajaren en de nasleep daarvan. Toch is er veel "
                 "bereikt. De auditronde langs alle scholen, die in 2023 voor het eerst werd gehouden, liet zien dat "
                 "32 van de toen 35 scholen alle basisafspraken nakwamen; bij de tweede ronde in 2025 waren dat er 34. "
                 "Het aandeel leerlingen in sbo en so daalde in vier jaar van 3,9 naar 3,4 procent. De tevredenheid "
                 "van ouders over de ondersteuning steeg in dezelfde periode van 66 naar 72 procent."),
               P("Niet alles lukte. Het plan om een regionaal expertisecentrum voor gedrag op te richten is na een "
                 "haalbaarheidsstudie gestopt, omdat de benodigde specialisten niet te vinden waren. Ook de "
                 "digitalisering van het bureau kostte meer tijd dan verwacht. De lessen uit de terugblik zijn "
                 "verwerkt in dit plan: minder nieuwe projecten, meer aandacht voor wat al werkt, en eerlijk "
                 "rapporteren over wat niet lukt.")]
    blocks += [H1("Wat u op iedere school mag verwachten"),
               P("Alle 46 scholen, ook de scholen in Rijnhoeve, hebben op 2 december 2025 dezelfde afspraken gemaakt "
                 "over wat iedere school minimaal biedt. Dit noemen wij de basisondersteuning van Zuidwoude. Geen "
                 "school biedt minder; een school mag meer bieden."),
               B(["Uw kind krijgt les van leraren die werken met groepsplannen en die de ontwikkeling van ieder kind "
                  "minstens twee keer per jaar met u bespreken.",
                  "Op iedere school is een intern begeleider die minstens twee dagen per week beschikbaar is.",
                  "Kinderen met dyslexie of ernstige rekenproblemen krijgen begeleiding volgens een vast protocol, "
                  "met hulpmiddelen zoals voorleessoftware.",
                  "Er is een aanpak tegen pesten en een vertrouwenspersoon.",
                  "Kinderen die meer aankunnen, krijgen verrijkingsstof en eens per week begeleiding in een "
                  "kleine groep.",
                  "De school kan medicijnen geven en eenvoudige medische handelingen uitvoeren volgens protocol.",
                  "Bij zorgen overlegt de school in het ondersteuningsteam met de orthopedagoog van het verband en "
                  "de jeugdverpleegkundige."]),
               P("Twee keer per planperiode bezoekt een auditteam van intern begeleiders uit andere scholen iedere "
                 "school om te kijken of de afspraken worden nagekomen.")]
    blocks += [H1("Terug naar de basisschool"),
               P("Een plek in het sbo of so is voor veel kinderen een tijdelijke stap. Wij vinden dat een kind dat "
                 "weer kan meedoen in een gewone groep, zo snel mogelijk terugkeert naar een basisschool in de eigen "
                 "buurt. Voorwaarde is dat de basisschool, met extra begeleiding, kan bieden wat het kind nodig "
                 "heeft. Na de terugkeer krijgt de basisschool een jaar lang ondersteuning: een ambulant begeleider "
                 "van de sbo- of so-school komt om de week in de klas, en de intern begeleider kan altijd bellen."),
               P("Zo gaat het: ieder jaar in januari bespreekt de sbo- of so-school in het ontwikkelingsperspectief "
                 "of terugkeer mogelijk is. Ouders kunnen ook zelf het initiatief nemen. Als terugkeer mogelijk "
                 "lijkt, organiseert de sbo- of so-school vóór 1 april een gesprek met ouders, de beoogde "
                 "basisschool en de consulent van het verband. De directeur van de basisschool beslist over "
                 "inschrijving; het verband legt de afspraken over begeleiding vast. Loopt de "
                 "toelaatbaarheidsverklaring af, dan vindt dit gesprek in elk geval plaats in het laatste jaar "
                 "ervan."),
               T([["Schooljaar", "Kinderen teruggeplaatst naar de basisschool"],
                  ["2023-2024", "9"], ["2024-2025", "12"]])]
    blocks += [H1("Doelen en hoe we die volgen"),
               P("Voor kinderen met extra ondersteuningsbehoeften willen we in 2030 het volgende bereiken:"),
               T([["Doel", "Nu (2025)", "In 2030"],
                  ["Kinderen in sbo of so als deel van alle leerlingen", "3,4%", "3,0%"],
                  ["Kinderen die vanuit sbo of so terugkeren naar de basisschool (per jaar)", "12", "20"],
                  ["Ouders die tevreden zijn over de ondersteuning van hun kind", "72%", "85%"],
                  ["Scholen die alle basisafspraken nakomen (audit)", "-", "100%"]]),
               P("Het bureau houdt een dashboard bij met deze cijfers en werkt het elk half jaar bij met gegevens "
                 "van DUO, de scholen en de oudervragenlijst die iedere twee jaar wordt afgenomen. De ledenvergadering "
                 "bespreekt de cijfers in juni en december. In het jaarverslag staat wat we bereikt hebben en waar we "
                 "bijsturen.")]
    blocks += [H1("Hulp voor ouders"),
               P("Heeft u een vraag of bent u het niet eens met de school of het verband? Dan kunt u terecht bij het "
                 "Ouder- en Jeugdsteunpunt Zuidwoude. Het steunpunt is onafhankelijk: het wordt uitgevoerd door "
                 "Stichting Zorgvuldig en staat los van scholen en verband. Een ondersteuner luistert, denkt mee en "
                 "kan meegaan naar een gesprek op school. U kunt ook gratis een Onderwijsconsulent inschakelen. "
                 "Komt u er samen niet uit, dan kunt u een geschil voorleggen aan de Geschillencommissie passend "
                 "onderwijs."),
               P("Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de scholen en het verband, leggen "
                 "we opnieuw vast in het communicatieplan dat na de grenswijziging wordt herschreven; dat is eind "
                 "2026 gereed.")]
    blocks += f_governance(c) + f_bureau(c) + f_opr(c) + f_oogo_proc(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    blocks += [H1("Bijlagen en begrippen"),
               B(["Bijlage 3: Handboek Toelaatbaarheid (download)", "Bijlage 4: Meerjarenbegroting 2026-2029 (download)",
                  "Bijlage 6: Verslag OOGO (download)"]),
               T([["Begrip", "Uitleg"],
                  ["Dekkend aanbod", "Voor ieder kind is er in de regio een passende plek."],
                  ["Thuiszitter", "Een kind dat niet naar school gaat terwijl dat wel zou moeten."],
                  ["TLV", "Toelaatbaarheidsverklaring: nodig voor inschrijving in sbo of so."],
                  ["Verdeelmodel", "De regels waarmee het geld van het verband over de besturen wordt verdeeld."]])]
    crit = crit_from(["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "financien.besteding",
                      "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie"])
    adv = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Wat u op iedere school mag verwachten': minimum for all 46 schools (plain parent wording) + concrete list; audit twice per plan period.",
        "plaatsing": "Only a reference in the Inleiding to absent bijlage 3 (Handboek Toelaatbaarheid) and a glossary entry; nav menu item 'Toelaatbaarheid' is page chrome.",
        "terugstroom": "'Terug naar de basisschool': policy (thuisnabij, conditions, one year ambulant support) and procedure (January OPP review, parents may initiate, gesprek before 1 April, last TLV year); figures table.",
        "financien": "Only reference to separate documents/website and absent bijlage 4; nav item 'Financien' and glossary 'Verdeelmodel' are traps; jaarbegroting in planning table is passing.",
        "dekkend-aanbod": "No continuum, no gap/thuiszitters approach; OOGO mentioned only procedurally (date, bijlage 6); 'dekkend aanbod'/'thuiszitter' only in begrippenlijst and footer.",
        "resultaten": "'Doelen en hoe we die volgen': target table (nu/2030) and half-yearly dashboard, ledenvergadering June/December, jaarverslag; achieved figures also in 'Terugblik 2022-2026'.",
        "ouders": "'Hulp voor ouders': independent OJSP, Onderwijsconsulent, Geschillencommissie; how parents are informed deferred to a communicatieplan (eind 2026); OPR parents.",
    }
    nav = ["Home", "Ondersteuningsplan", "Toelaatbaarheid", "Financiën", "Ouders", "Contact"]
    footer = "© Samenwerkingsverband Primair Zuidwoude · Dekkend aanbod voor ieder kind · Informatie voor ouders: zie de ouderpagina"
    return "po-zuidwoude-ondersteuningsplan", blocks, "po", crit, adv, notes, (nav, footer)


# ================================================================ NEAR MISS: school-level ondersteuningsplan
def nearmiss():
    blocks = [TITLE(["Ondersteuningsplan 2025-2026", "Kindcentrum De Wilgenhoek, Waddinxveen",
                     "Aangesloten bij Samenwerkingsverband PO Hollands Veen"]),
              TOC([("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 Zorgniveaus op De Wilgenhoek", 3),
                   ("4 Groeps- en leerlingbesprekingen", 4), ("5 Ouders", 5), ("6 Extra ondersteuning via het "
                   "samenwerkingsverband", 5), ("7 Middelen en formatie", 6), ("8 Jaarplanning", 7)])]
    blocks += [H1("1 Inleiding"),
               P("Dit ondersteuningsplan beschrijft hoe wij op Kindcentrum De Wilgenhoek de ondersteuning aan onze "
                 "leerlingen organiseren in het schooljaar 2025-2026. Het plan is opgesteld door de intern "
                 "begeleiders en de directie en besproken met het team en de medezeggenschapsraad. Het is een "
                 "werkdocument: we evalueren het in juni 2026 en stellen dan een nieuw plan op. Dit plan vult ons "
                 "schoolondersteuningsprofiel aan, dat beschrijft welke basisondersteuning en extra ondersteuning "
                 "wij bieden binnen de afspraken van het samenwerkingsverband Hollands Veen."),
               P("Het ondersteuningsplan van het samenwerkingsverband zelf (2026-2030) is te vinden op de website "
                 "van het samenwerkingsverband. Daarin staan de regionale afspraken over basisondersteuning, "
                 "toelaatbaarheid tot sbo en so en de verdeling van middelen. Dit schoolplan gaat alleen over onze "
                 "eigen school."),
               H1("2 Onze leerlingen"),
               P("De Wilgenhoek telt 386 leerlingen in vijftien groepen, plus een peuteropvang met 32 kinderen. "
                 "Ongeveer 18 procent van de leerlingen heeft een gewicht in de onderwijsachterstandenscore van het "
                 "CBS. In de bovenbouw zitten relatief veel leerlingen met een ontwikkelingsperspectief. In het "
                 "schooljaar 2024-2025 vertrokken drie leerlingen naar het speciaal basisonderwijs en één naar het "
                 "speciaal onderwijs; twee leerlingen kwamen vanuit het sbo terug."),
               H1("3 Zorgniveaus op De Wilgenhoek"),
               P("Wij werken met vijf zorgniveaus, afgeleid van het model van handelingsgericht werken:"),
               T([["Niveau", "Omschrijving", "Wie"],
                  ["1", "Algemene zorg in de groep: differentiatie in drie niveaus, instructie aan de "
                        "instructietafel", "leerkracht"],
                  ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "leerkracht"],
                  ["3", "Speciale zorg na consultatie van de intern begeleider; handelingsplan voor zes weken",
                   "leerkracht en IB"],
                  ["4", "Speciale zorg met externe deskundigen, ontwikkelingsperspectief",
                   "IB, orthopedagoog SWV, ouders"],
                  ["5", "Verwijzing: aanvraag arrangement of TLV bij het samenwerkingsverband",
                   "directie en bestuur"]]),
               P("De leerkracht signaleert, de intern begeleider coördineert. Bij niveau 3 en hoger worden ouders "
                 "altijd uitgenodigd voor een gesprek. Het handelingsplan wordt door ouders ondertekend."),
               H1("4 Groeps- en leerlingbesprekingen"),
               P("Drie keer per jaar, na de methode-onafhankelijke toetsen van november, februari en juni, houdt de "
                 "intern begeleider met iedere leerkracht een groepsbespreking. Daarin bespreken we de resultaten "
                 "van de groep, de groepsplannen en de leerlingen die extra aandacht nodig hebben. Leerlingen die "
                 "na twee groepsplanperiodes onvoldoende vooruitgaan, worden ingebracht in de leerlingbespreking. "
                 "Vier keer per jaar komt het ondersteuningsteam bijeen met de orthopedagoog van het "
                 "samenwerkingsverband, de jeugdverpleegkundige en de schoolmaatschappelijk werker."),
               P("We volgen de resultaten van onze leerlingen met het leerlingvolgsysteem. De schoolresultaten "
                 "worden in de teamvergadering van maart geanalyseerd en in de schoolgids gepubliceerd."),
               H1("5 Ouders"),
               P("Ouders zijn onze partners. We betrekken ouders bij elke stap: bij de eerste signalering, bij het "
                 "opstellen van het handelingsplan en het ontwikkelingsperspectief en bij een eventuele aanvraag "
                 "bij het samenwerkingsverband. In de schoolgids en op de website staat welke ondersteuning de "
                 "school biedt. Ouders met vragen over passend onderwijs kunnen terecht bij de intern begeleider, "
                 "of bij het ouder- en jeugdsteunpunt van het samenwerkingsverband. De klachtenregeling van ons "
                 "bestuur staat in de schoolgids."),
               H1("6 Extra ondersteuning via het samenwerkingsverband"),
               P("Als de ondersteuning op niveau 4 niet voldoende is, vraagt de directie namens het bestuur een "
                 "arrangement aan bij het loket van Hollands Veen. Voor een plaatsing op het speciaal "
                 "basisonderwijs of het speciaal onderwijs vraagt het bestuur een toelaatbaarheidsverklaring aan. "
                 "De Commissie van Toelaatbaarheid van het samenwerkingsverband besluit. Wij bereiden het dossier "
                 "voor: het groeidocument, het ontwikkelingsperspectief, de verslagen van het ondersteuningsteam "
                 "en de zienswijze van ouders."),
               P("Leerlingen die terugkomen uit het sbo of so begeleiden we samen met de ambulant begeleider van "
                 "de sbo- of so-school. In 2024-2025 ging het om twee leerlingen."),
               H1("7 Middelen en formatie"),
               P("De school ontvangt van het bestuur een deel van de middelen die het bestuur van het "
                 "samenwerkingsverband krijgt. Voor 2025-2026 gaat het om € 48.600. Daarvan bekostigen we 0,4 fte "
                 "extra intern begeleiding, een onderwijsassistent voor 0,6 fte en een plusklas op woensdagochtend. "
                 "De intern begeleiders hebben samen 1,2 fte. De formatie is vastgesteld in het formatieplan van het "
                 "bestuur."),
               H1("8 Jaarplanning"),
               T([["Maand", "Activiteit"],
                  ["september", "startgesprekken ouders en kind"],
                  ["oktober", "ondersteuningsteam 1"],
                  ["november", "toetsen, groepsbesprekingen"],
                  ["januari", "ondersteuningsteam 2, rapportgesprekken"],
                  ["februari", "toetsen, groepsbesprekingen"],
                  ["april", "ondersteuningsteam 3"],
                  ["juni", "toetsen, groepsbesprekingen, evaluatie ondersteuningsplan"],
                  ["juli", "overdracht naar volgende groep, ondersteuningsteam 4"]]),
               P("Dit plan is op 2 oktober 2025 besproken in de medezeggenschapsraad. De directeur, J. Kortenhoeve.")]
    note = ("School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB formatie) "
            "within SWV Hollands Veen; it refers to the SWV's own plan but is not an ondersteuningsplan of a "
            "samenwerkingsverband (no OPR/OOGO/planperiode, no regional agreements adopted).")
    return "nearmiss-wilgenhoek-schoolondersteuningsplan", blocks, note


# ================================================================ main
def main():
    made = []
    for fn in (plan1, plan2, plan3, plan4, plan5):
        res = fn()
        name, blocks, sector, crit, adv, notes = res[:6]
        extra = res[6] if len(res) > 6 else None
        title = [v for k, v in blocks if k == "title"][0][0]
        if fn in (plan1, plan2):
            docs = [f"{name}.docx"]
            write_docx(blocks, OUT / docs[0], title)
        elif fn in (plan3, plan4):
            docs = [f"{name}.pdf"]
            docx_to_pdf(blocks, OUT / docs[0], title, header=extra)
        else:
            docs = [f"{name}.html"]
            write_html(blocks, OUT / docs[0], title, nav=extra[0], footer=extra[1])
        write_label(name, docs, sector, crit, adv, notes)
        made.append((docs, word_count(blocks)))
    name, blocks, note = nearmiss()
    write_docx(blocks, OUT / f"{name}.docx", "Ondersteuningsplan 2025-2026 De Wilgenhoek")
    (OUT / f"{name}.expected.yaml").write_text(
        f"documents: [{name}.docx]\nsector: po\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
        f"advisory_addressed: {{}}\nnotes:\n  document: {q(note)}\n", encoding="utf-8")
    made.append(([f"{name}.docx"], word_count(blocks)))
    for docs, n in made:
        print(f"{', '.join(docs)}: {n} words")


if __name__ == "__main__":
    main()
