#!/usr/bin/env python3
"""Generate the holdout205 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
Label files (<name>.expected.yaml) are written next to the documents.
"""
import datetime
import html
import io
import zipfile
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
import yaml

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
# A document is a dict: title (list of lines), header, footer, blocks.
# blocks: ("toc", [lines]) ("h1", t) ("h2", t) ("p", t) ("ul", [items]) ("table", [[hdr], [row]...])


def render_docx(d, path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "secretariaat"
    cp.author = d.get("author", "secretariaat")
    cp.title = d["title"][0]
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if d.get("header"):
        sec.header.paragraphs[0].text = d["header"]
    if d.get("footer"):
        sec.footer.paragraphs[0].text = d["footer"]
    # title page
    for i, line in enumerate(d["title"]):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(26 if i == 0 else 14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, val in d["blocks"]:
        if kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                cells = t.add_row().cells
                for ci, txt in enumerate(row):
                    cells[ci].text = str(txt)
                    if ri == 0:
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the .docx is byte-for-byte reproducible
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_html(d, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(d['title'][0])}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>"]
    out.append('<header class="site-header">')
    out.append(f"<p>{e(d.get('header', ''))}</p>")
    out.append("</header>")
    out.append('<section class="titel">')
    out.append(f"<h1>{e(d['title'][0])}</h1>")
    for line in d["title"][1:]:
        out.append(f"<p class=\"sub\">{e(line)}</p>")
    out.append("</section>")
    sid = 0
    for kind, val in d["blocks"]:
        if kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for line in val:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            sid += 1
            out.append(f'<h2 id="h{sid}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out.append('<footer class="site-footer">')
    out.append(f"<p>{e(d.get('footer', ''))}</p>")
    out.append("</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(d, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout205_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(d, src)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def body_words(d):
    n = 0
    for kind, val in d["blocks"]:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "ol"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


def write_label(name, label):
    class _D(yaml.SafeDumper):
        pass

    def _flow_list(dumper, data):
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)

    class _FlowMap(dict):
        pass

    def _flow_map(dumper, data):
        return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)

    _D.add_representer(list, _flow_list)
    _D.add_representer(_FlowMap, _flow_map)
    label = dict(label)
    label["elements"] = _FlowMap(label["elements"])
    text = yaml.dump(label, Dumper=_D, sort_keys=False, allow_unicode=True, width=1000)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def status_from(criteria, advisory):
    els = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
               "resultaten", "ouders"]:
        vals = [criteria[k] for k in CORE if k.startswith(el + ".")]
        if all(vals):
            els[el] = "present"
        elif any(vals) or advisory.get(el):
            els[el] = "partial"
        else:
            els[el] = "missing"
    return els


def make_label(documents, sector, criteria, advisory, notes):
    assert set(criteria) == set(CORE), set(CORE) ^ set(criteria)
    return {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": status_from(criteria, advisory),
        "criteria": {k: criteria[k] for k in CORE},
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# shared filler (addresses none of the seven elements; mentions words in passing)
# ---------------------------------------------------------------------------

def f_voorwoord(c, thank_parents=True):
    ouders = (" Een speciaal woord van dank gaat naar de ouders die in de klankbordgroep hun"
              " ervaringen met ons deelden; zij hielden ons scherp.") if thank_parents else ""
    return [
        ("h1", "1. Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan sinds de "
              f"invoering van de Wet passend onderwijs in 2014 en tegelijk het eerste plan dat volledig is geschreven "
              f"na de evaluatie van de vorige planperiode. In dat opzicht markeert dit document een nieuwe fase: we "
              f"bouwen voort op wat er staat, maar we willen ook scherper kiezen."),
        ("p", f"Het plan kwam tot stand in een reeks werksessies met schoolleiders, ondersteuningscoördinatoren, "
              f"de directeuren van de speciale scholen, vertegenwoordigers van de gemeenten {c['gemeenten']} en de "
              f"leden van de ondersteuningsplanraad. Wij danken iedereen die heeft meegedacht, meegeschreven en "
              f"meegelezen.{ouders}"),
        ("p", "Passend onderwijs is geen project met een begin en een eind. Het is een manier van werken die "
              "elke dag opnieuw vraagt om aandacht, vakmanschap en vertrouwen tussen scholen, besturen en "
              "partners. Dit plan beschrijft de kaders waarbinnen wij dat de komende jaren doen. Waar het plan "
              "keuzes maakt, hebben we geprobeerd die keuzes ook uit te leggen. Waar het plan ruimte laat, is "
              "dat bewust: scholen kennen hun leerlingen het best."),
        ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n"
              f"{c['director']}, directeur-bestuurder\n{c['place']}, {c['sign_date']}"),
    ]


def f_regio(c):
    return [
        ("h1", c["regio_h"]),
        ("p", f"{c['name']} ({c['code']}) is een stichting waarin {c['n_besturen']} schoolbesturen samenwerken. "
              f"Het verband omvat het grondgebied van de gemeenten {c['gemeenten']}. In het gebied staan "
              f"{c['n_scholen']} scholen met samen ruim {c['n_lln']} leerlingen. {c['schoolsoorten']}"),
        ("p", "De regio kent een gemengd karakter: een stedelijke kern met een relatief jonge bevolking en een "
              "landelijk gebied waar het aantal leerlingen de komende jaren daalt. De prognoses van de gemeenten "
              "laten tot 2030 een lichte krimp zien van ongeveer vier procent. Voor kleine scholen en kleine "
              "vestigingen betekent dit dat zij keuzes moeten maken in hun aanbod; voor het samenwerkingsverband "
              "betekent het dat de spreiding van voorzieningen over de regio blijvend aandacht vraagt."),
        ("p", "Een groeiend deel van de leerlingen groeit op in een gezin met een laag inkomen of heeft een "
              "migratieachtergrond. Ook het aantal nieuwkomers is de afgelopen jaren toegenomen. Deze ontwikkelingen "
              "vragen veel van scholen, bijvoorbeeld op het gebied van taal en sociale veiligheid, en zij raken "
              "ook het werk van gemeenten, jeugdhulp en leerplicht."),
        ("table", [["Kengetal (peildatum 1 oktober 2024)", "Aantal"],
                   ["Aangesloten schoolbesturen", c["n_besturen"]],
                   ["Scholen en vestigingen", c["n_scholen"]],
                   ["Leerlingen totaal", c["n_lln"]],
                   ["Gemeenten in het werkgebied", c["n_gemeenten"]],
                   ["Medewerkers bureau samenwerkingsverband (fte)", c["fte"]]]),
    ]


def f_visie(c):
    return [
        ("h1", c["visie_h"]),
        ("h2", "Missie"),
        ("p", f"{c['short']} wil dat iedere leerling in de regio zich kan ontwikkelen op een school die bij hem of "
              f"haar past, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij doen dat door scholen te "
              f"ondersteunen, verbindingen te leggen en verantwoordelijkheid te nemen waar één school of één "
              f"bestuur het niet alleen kan."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat goed onderwijs begint bij de relatie tussen leerling en leraar. Ondersteuning "
              "is daarom in de eerste plaats iets wat in de klas gebeurt, door leraren die weten wat een leerling "
              "nodig heeft en die daarbij op hun collega's kunnen terugvallen. Het samenwerkingsverband is er niet "
              "om dat werk over te nemen, maar om het mogelijk te maken. Dat vraagt om vertrouwen, om korte lijnen "
              "en om een bureau dat dienstbaar is aan de scholen."),
        ("p", "Wij kijken naar mogelijkheden, niet naar beperkingen. Wij praten met leerlingen in plaats van over "
              "hen. En wij accepteren niet dat een jongere buiten de boot valt omdat regels, budgetten of "
              "organisaties niet op elkaar aansluiten. Dat is een hoge ambitie, en we weten dat we die niet elke "
              "dag waarmaken. Juist daarom willen we er open over zijn."),
        ("h2", "Kernwaarden"),
        ("ul", ["Verbinden: wij zoeken de samenwerking, binnen het onderwijs en daarbuiten.",
                "Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen.",
                "Verantwoorden: wij leggen uit wat we doen en waarom, ook als het tegenzit.",
                "Vernieuwen: wij leren van wat werkt en durven te stoppen met wat niet werkt."]),
    ]


def f_governance(c):
    return [
        ("h1", c["gov_h"]),
        ("p", f"{c['name']} is een stichting. De statuten kennen een scheiding tussen bestuur en intern toezicht. "
              f"Het bestuur wordt gevormd door een directeur-bestuurder, die verantwoordelijk is voor de dagelijkse "
              f"leiding, de uitvoering van dit plan en de inzet van het bureau. De raad van toezicht bestaat uit vijf "
              f"leden, van wie drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. "
              f"De raad houdt toezicht op het beleid, keurt het ondersteuningsplan goed en benoemt de accountant."),
        ("p", "De aangesloten schoolbesturen komen vier keer per jaar bijeen in de algemene vergadering van "
              "besturen. Deze vergadering heeft geen formele bevoegdheden, maar is wel het belangrijkste podium "
              "voor afstemming over strategische vraagstukken, zoals de inrichting van voorzieningen en de koers "
              "voor de lange termijn. Daarnaast is er een directeurenoverleg waarin de schoolleiders met het "
              "bureau de uitvoering bespreken."),
        ("p", "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sector. In de statuten is een "
              "geschillenregeling opgenomen voor meningsverschillen tussen aangesloten besturen. Jaarlijks "
              "evalueert de raad van toezicht zijn eigen functioneren en dat van de directeur-bestuurder. De "
              "auditcommissie van de raad bereidt het toezicht op financiële zaken voor; de remuneratiecommissie "
              "voert het werkgeversgesprek."),
        ("p", "Het bureau is gevestigd in " + c["place"] + ". Het telt " + c["fte"] + " fte, verdeeld over "
              "management, beleid, de commissie die adviseert over leerlingen, trajectbegeleiding en "
              "secretariaat. Het bureau werkt met een jaarplan dat in het najaar wordt besproken met de besturen."),
    ]


def f_opr(c, mention_parents=True):
    comp = ("De raad telt twaalf leden: zes leden uit het personeel en zes leden uit de geleding ouders en "
            "leerlingen, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
            if mention_parents else
            "De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen; de raad "
            "telt twaalf zetels.")
    return [
        ("h1", c["opr_h"]),
        ("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). {comp} De OPR heeft "
              f"instemmingsrecht op de vaststelling en op iedere wijziging van het ondersteuningsplan. Daarnaast "
              f"heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("p", "De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij een deel van de vergadering "
              "aanwezig. Eén keer per jaar spreekt de OPR met de raad van toezicht. De raad heeft een eigen "
              "budget voor scholing en ondersteuning en kan zich laten adviseren door een externe deskundige. "
              "Het samenwerkingsverband faciliteert de leden met een vergoeding per vergadering."),
        ("p", "De OPR is vanaf het begin betrokken geweest bij de totstandkoming van dit plan. In drie "
              "themabijeenkomsten is met de raad gesproken over de koers, en de conceptversie is in twee rondes "
              f"besproken. De OPR heeft op {c['opr_date']} ingestemd met het plan."),
    ]


def f_oogo(c, substantive=True, funding=True):
    if not substantive:
        return [
            ("h1", c["oogo_h"]),
            ("p", f"Het concept van dit plan is op {c['oogo_date']} besproken in het op overeenstemming gericht "
                  f"overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten {c['gemeenten']}. "
                  f"Het overleg is afgerond met een gezamenlijk verslag, dat door alle partijen is ondertekend. "
                  f"Daarnaast heeft overleg plaatsgevonden met het samenwerkingsverband in de andere sector waarvan "
                  f"het gebied overlapt met het onze."),
            ("p", "De gemeenten hebben in het overleg geen zienswijze ingediend die tot aanpassing van het plan "
                  "heeft geleid. Het volgende overleg staat gepland in het voorjaar van 2027."),
        ]
    return [
        ("h1", c["oogo_h"]),
        ("p", f"Onderwijs en jeugdhulp raken elkaar dagelijks. Het samenwerkingsverband voert daarom niet alleen "
              f"het wettelijk verplichte op overeenstemming gericht overleg (OOGO) met de gemeenten {c['gemeenten']}, "
              f"maar heeft ook een vaste werkagenda met de regio. Het OOGO over dit plan vond plaats op "
              f"{c['oogo_date']}."),
        ("p", "In de werkagenda staan afspraken over de inzet van schoolmaatschappelijk werk, de aansluiting "
              "tussen de ondersteuningsteams van scholen en de lokale jeugdteams, leerlingenvervoer, "
              "onderwijshuisvesting voor speciale voorzieningen en "
              + ("de gezamenlijke financiering van " if funding else "de inrichting van ") +
              "onderwijs-zorgarrangementen voor leerlingen die zowel onderwijsondersteuning als jeugdhulp nodig "
              "hebben. Voor zo'n arrangement stellen school, jeugdteam en samenwerkingsverband samen één plan op"
              + ("; de gemeente financiert het zorgdeel, het samenwerkingsverband het onderwijsdeel." if funding
                 else ", met één vaste contactpersoon voor de leerling.")),
        ("p", "Twee keer per jaar bespreken de directeur-bestuurder en de wethouders onderwijs en jeugd de "
              "voortgang. Ambtelijk is er maandelijks contact. Met het samenwerkingsverband in de andere sector "
              "wordt afgestemd over de overgang tussen de sectoren en over gezamenlijke inkoop."),
    ]


def f_personeel(c, sector):
    netwerk = ("het netwerk van intern begeleiders" if sector == "po"
               else "het netwerk van ondersteuningscoördinatoren")
    return [
        ("h1", c["pers_h"]),
        ("p", "De kwaliteit van ondersteuning staat of valt met de mensen die haar bieden. Het "
              "personeelsbeleid ligt bij de schoolbesturen; het samenwerkingsverband draagt bij door kennis te "
              f"delen en professionals met elkaar te verbinden. Centraal daarin staat {netwerk}, dat vijf keer per "
              "jaar bijeenkomt rond een thema dat de deelnemers zelf kiezen."),
        ("p", "Daarnaast organiseert het bureau jaarlijks een studiedag voor alle scholen en bieden we "
              "intervisie aan voor beginnende collega's in ondersteunende functies. Het lerarentekort raakt ook "
              "onze regio: vacatures voor orthopedagogen en gedragsspecialisten blijven lang open. Wij verkennen met "
              "de besturen of een gezamenlijke pool van specialisten kan helpen om de expertise beschikbaar te "
              "houden voor alle scholen."),
        ("p", "Het eigen personeel van het bureau valt onder de cao van de sector. Het bureau werkt met een "
              "gesprekkencyclus en een scholingsplan. Bij werving let het bureau nadrukkelijk op ervaring in het "
              "onderwijs, omdat medewerkers dagelijks met scholen samenwerken."),
    ]


def f_ict(c):
    return [
        ("h1", c["ict_h"]),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. Wij houden ons daarbij aan de "
              "Algemene verordening gegevensbescherming (AVG). Er is een functionaris voor gegevensbescherming "
              "aangesteld, die wij delen met twee andere samenwerkingsverbanden. Het privacyreglement is vastgesteld "
              "na advies van de OPR."),
        ("p", "Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Scholen krijgen "
              "alleen toegang tot de dossiers van hun eigen leerlingen. Met alle leveranciers zijn "
              "verwerkersovereenkomsten gesloten. Dossiers worden niet langer bewaard dan wettelijk is toegestaan; "
              "het bureau schoont jaarlijks op 1 augustus op."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. Het nieuwe systeem moet beter "
              "aansluiten op de leerlingadministraties van de scholen, zodat gegevens niet dubbel hoeven te worden "
              "ingevoerd. Een werkgroep van scholen en bureau stelt het programma van eisen op."),
    ]


def f_kennis(jeugdhulp=True):
    return [
        ("h2", "Kennisdeling en innovatie"),
        ("p", "Scholen in de regio weten samen meer dan ieder afzonderlijk. Het samenwerkingsverband "
              "ondersteunt daarom lerende netwerken rond thema's die scholen zelf aandragen, zoals "
              "executieve functies, schoolverzuim, autisme in de klas en "
              + ("de samenwerking met jeugdhulp" if jeugdhulp else "het jonge kind") + ". Elk netwerk heeft een trekker uit het onderwijs en komt vier tot vijf keer per "
              "jaar bijeen. Wat een netwerk oplevert, wordt gedeeld op het kennisplatform voor professionals."),
        ("p", "Daarnaast kunnen scholen jaarlijks een voorstel indienen voor een pilot: een kleinschalig "
              "experiment met een nieuwe aanpak. Pilots lopen maximaal twee jaar en worden begeleid door het "
              "lectoraat van de hogeschool in de regio. Een pilot die werkt, wordt gepresenteerd op de jaarlijkse "
              "studiedag, zodat andere scholen kunnen beoordelen of de aanpak ook bij hen past. Een pilot die "
              "niet werkt, is ook waardevol: ook daarover wordt gerapporteerd, zodat niemand hetzelfde wiel "
              "opnieuw hoeft uit te vinden."),
    ]


def f_organisatie_extra():
    return [
        ("h2", "Huisvesting en bereikbaarheid"),
        ("p", "Het bureau is gehuisvest in een verzamelgebouw met andere onderwijsorganisaties, centraal gelegen en "
              "goed bereikbaar met het openbaar vervoer. Gesprekken met scholen vinden zoveel mogelijk op de "
              "school zelf plaats, zodat niemand onnodig hoeft te reizen. Het huurcontract loopt tot 2028; in de "
              "loop van de planperiode onderzoeken wij of een kleinere huisvesting volstaat nu steeds meer "
              "medewerkers deels thuis werken."),
        ("h2", "Communicatie met scholen en partners"),
        ("p", "Scholen ontvangen zes keer per jaar een digitale nieuwsbrief voor professionals, met nieuws over "
              "regelgeving, netwerken en scholing. Iedere school heeft een vaste contactpersoon op het bureau, die "
              "ook de eerste ingang is voor vragen van schoolleiders en ondersteuningscoördinatoren. Eén keer per "
              "jaar organiseert het samenwerkingsverband een regionale conferentie voor scholen, gemeenten en "
              "partners, waar de koers van het samenwerkingsverband wordt besproken en waar scholen van elkaar "
              "kunnen leren."),
    ]


def f_aansluiting_mbo():
    return [
        ("h2", "Aansluiting op mbo en arbeidsmarkt"),
        ("p", "De overgang naar het mbo is voor veel jongeren een kwetsbaar moment. De vmbo-scholen, het "
              "praktijkonderwijs en het vso werken daarom samen met de mbo-instellingen in de regio in een "
              "doorstroomprogramma. Elke leerling die het vmbo verlaat, heeft vóór 1 april een aanmelding bij een "
              "vervolgopleiding. Voor leerlingen in het praktijkonderwijs en het vso met uitstroomprofiel "
              "arbeidsmarkt zijn er afspraken met werkgevers over stages en leerwerkplekken. De gemeenten zijn "
              "hierbij betrokken via het regionaal meld- en coördinatiepunt voortijdig schoolverlaten."),
    ]


def f_vaststelling(c):
    return [
        ("h1", c["vast_h"]),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken met directeurenoverleg", c["d1"]],
                   ["Op overeenstemming gericht overleg met gemeenten", c["oogo_date"]],
                   ["Overleg samenwerkingsverband andere sector", c["d2"]],
                   ["Instemming ondersteuningsplanraad", c["opr_date"]],
                   ["Goedkeuring raad van toezicht en vaststelling door bestuur", c["d3"]],
                   ["Toezending aan de Inspectie van het Onderwijs", c["d4"]]]),
        ("p", "Dit plan geldt voor vier schooljaren. Wijzigingen tijdens de planperiode worden voorgelegd aan "
              "de ondersteuningsplanraad en, waar dat nodig is, besproken met de gemeenten."),
    ]


# ---------------------------------------------------------------------------
# Plan A: VO Rivierduinen (docx)
# ---------------------------------------------------------------------------

def plan_a():
    c = dict(name="Samenwerkingsverband VO Rivierduinen", short="Rivierduinen", code="VO 28-11",
             period="2025-2029", gemeenten="Duinmond, Oosterwaard en Lekhaven", n_gemeenten=3,
             n_besturen=7, n_scholen=14, n_lln="11.400", fte="9,6", director="drs. M.A. (Marieke) Verhoef",
             place="Lekhaven", sign_date="maart 2025",
             schoolsoorten="Het aanbod omvat vmbo, havo en vwo, twee scholen voor praktijkonderwijs en drie "
                           "scholen voor voortgezet speciaal onderwijs.",
             regio_h="3. Ons samenwerkingsverband", visie_h="4. Missie en visie",
             gov_h="9. Organisatie en governance", opr_h="10. Medezeggenschap", oogo_h="11. Gemeenten en jeugdhulp",
             pers_h="12. Personeel en professionalisering", ict_h="13. Privacy en ICT",
             vast_h="16. Vaststelling van dit plan", opr_date="11 maart 2025", oogo_date="18 februari 2025",
             d1="21 januari 2025", d2="4 februari 2025", d3="25 maart 2025", d4="15 april 2025")
    toc = ["1. Voorwoord ........ 3", "2. Leeswijzer ........ 4", "3. Ons samenwerkingsverband ........ 5",
           "4. Missie en visie ........ 7", "5. Het ondersteuningsaanbod ........ 9",
           "   5.1 Basisondersteuning op elke vestiging ........ 9",
           "   5.2 Extra ondersteuning en arrangementen ........ 11",
           "   5.3 Thuiszitters en dekkend netwerk ........ 13",
           "6. Toelaatbaarheid: vso, lwoo en praktijkonderwijs ........ 14",
           "7. Ambities en resultaten ........ 18", "8. Communicatie ........ 20",
           "9. Organisatie en governance ........ 22", "10. Medezeggenschap ........ 23",
           "11. Gemeenten en jeugdhulp ........ 24", "12. Personeel en professionalisering ........ 25",
           "13. Privacy en ICT ........ 26", "14. Geld en middelen ........ 27", "15. Planning ........ 30",
           "16. Vaststelling van dit plan ........ 31", "Bijlage 1. Begrippenlijst ........ 32",
           "Bijlage 2. Terugplaatsingsbeleid en monitor ........ 34"]
    b = [("toc", toc)]
    b += f_voorwoord(c)
    b += [
        ("h1", "2. Leeswijzer"),
        ("p", "Hoofdstuk 3 en 4 schetsen de context en de koers. Hoofdstuk 5 beschrijft wat scholen en het "
              "samenwerkingsverband aan ondersteuning bieden. Hoofdstuk 6 gaat over de toelaatbaarheid tot het "
              "voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs. In "
              "hoofdstuk 7 staan onze ambities. Hoofdstuk 8 gaat over de manier waarop wij communiceren met "
              "ouders, leerlingen en scholen. De hoofdstukken 9 tot en met 13 gaan over de organisatie, en "
              "hoofdstuk 14 over geld en middelen. De begrippenlijst in bijlage 1 helpt bij het lezen."),
    ]
    b += f_regio(c)
    b += f_visie(c)
    b += [
        ("h1", "5. Het ondersteuningsaanbod"),
        ("p", "Wij denken in vier niveaus van ondersteuning, die op elkaar aansluiten. Een leerling krijgt de "
              "ondersteuning die nodig is op het laagste niveau waarop dat goed kan, en stapt over naar een "
              "volgend niveau als dat nodig is."),
        ("h2", "5.1 Basisondersteuning op elke vestiging"),
        ("p", "Basisondersteuning is in Rivierduinen de ondergrens die de zeven besturen samen hebben afgesproken. "
              "Iedere vestiging van iedere school in ons gebied biedt haar, of het nu om een kleine vmbo-locatie of "
              "om een groot gymnasium gaat. De school hoeft voor deze ondersteuning niets aan te vragen en de "
              "ouders hoeven er niets voor te regelen. Het afgesproken niveau staat boven het wettelijk minimum van "
              "de basiskwaliteit zoals de Inspectie die beoordeelt."),
        ("p", "Concreet betekent dit dat u op elke vestiging het volgende aantreft:"),
        ("ul", ["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt "
                "is voor leerlingen, ouders en mentoren;",
                "een mentor per klas met een vast mentoruur per week en ten minste twee individuele gesprekken per "
                "leerling per schooljaar;",
                "een dyslexie- en dyscalculieprotocol met vaste faciliteiten: 25 procent extra toetstijd, "
                "voorleessoftware en toetsen in vergroot lettertype;",
                "trainingen faalangstreductie en sociale vaardigheden, ten minste één keer per schooljaar aangeboden;",
                "begeleiding bij plannen en organiseren (executieve functies) in kleine groepen;",
                "een time-outvoorziening onder begeleiding van een vaste medewerker;",
                "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met schoolmaatschappelijk werk, "
                "jeugdarts en leerplichtambtenaar;",
                "een protocol medisch handelen en een aangepaste pauzeplek voor leerlingen met een lichamelijke "
                "beperking."]),
        ("p", "Elke vestiging heeft deze onderdelen beschreven in haar schoolondersteuningsprofiel en in de "
              "schoolgids. Het bureau voert elk jaar met iedere vestiging een kwaliteitsgesprek aan de hand van de "
              "kaart basisondersteuning. Blijkt een onderdeel te ontbreken, dan stelt de school binnen drie maanden "
              "een verbeterplan op, waarvan de uitvoering na een half jaar opnieuw wordt besproken."),
        ("h2", "5.2 Extra ondersteuning en arrangementen"),
        ("p", "Wat niet past binnen de basisondersteuning, kan worden georganiseerd als extra ondersteuning. Het "
              "aanbod is opgebouwd van licht naar zwaar:"),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1. Basis", "Basisondersteuning zoals in 5.1", "Elke vestiging"],
                   ["2. Schoolarrangement", "Extra begeleiding binnen de eigen school, bijvoorbeeld een "
                    "ondersteuningsklas, coaching of een aangepast rooster", "Eigen school, met budget van het "
                    "samenwerkingsverband"],
                   ["3. Bovenschools arrangement", "Tijdelijke plaatsing in het OPDC De Overstap (60 plaatsen) of "
                    "het Reboundtraject (12 plaatsen), met terugkeer naar de eigen school", "Lekhaven en Duinmond"],
                   ["4. Speciaal", "Voortgezet speciaal onderwijs, praktijkonderwijs, lwoo", "Drie vso-scholen, "
                    "twee pro-scholen, lwoo op vmbo-scholen"]]),
        ("p", "Daarnaast kent de regio onderwijs-zorgarrangementen, die samen met de gemeenten worden "
              "gefinancierd (zie hoofdstuk 11), en een voorziening voor hoogbegaafde leerlingen die vastlopen, "
              "verbonden aan twee vwo-scholen."),
        ("h2", "5.3 Thuiszitters en dekkend netwerk"),
        ("p", "Ook in Rivierduinen zijn er jongeren die langere tijd niet naar school gaan. Achter elke "
              "thuiszitter zit een eigen verhaal, en vaak een lange geschiedenis. Wij vinden dat onacceptabel en "
              "willen daar de komende periode meer aan doen."),
        ("p", "Hoe wij leerlingen zonder passende plek tijdig in beeld krijgen en welke aanpak daarop volgt, "
              "werken we in het schooljaar 2025-2026 uit met de gemeenten en leerplicht. De uitkomst leggen we vast "
              "in een addendum bij dit plan, dat we aan de ondersteuningsplanraad zullen voorleggen. Tot dat moment "
              "kiezen wij ervoor hier geen werkwijze op te nemen die straks alweer achterhaald is."),
        ("h1", "6. Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "6.1 Wie vraagt aan en wie beslist"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt altijd aangevraagd door het bevoegd gezag "
              "van de school waar de leerling is ingeschreven of is aangemeld. De procedure verloopt in vijf stappen:"),
        ("ol", ["Het ondersteuningsteam van de school bespreekt de leerling en stelt, samen met ouders en "
                "leerling, het ontwikkelingsperspectief (OPP) op of werkt het bij.",
                "De school dient de aanvraag digitaal in bij het Loket van het samenwerkingsverband, met het OPP, "
                "een onderwijskundig rapport, de evaluatie van de geboden ondersteuning en de zienswijze van ouders "
                "en leerling.",
                "Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
                "Twee deskundigen brengen elk afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
                "GZ-psycholoog en, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of "
                "kinderpsychiater. Zij zijn niet betrokken geweest bij de aanvraag.",
                "De Commissie Toelaatbaarheid (CTB) weegt de adviezen en de directeur-bestuurder neemt namens het "
                "bestuur binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders ontvangen "
                "een afschrift van beide adviezen."]),
        ("h2", "6.2 Wanneer is een leerling toelaatbaar?"),
        ("p", "De CTB toetst elke aanvraag aan de volgende criteria. Aan alle vier moet zijn voldaan."),
        ("table", [["Criterium", "Toelichting"],
                   ["A. Basis en extra ondersteuning zijn benut",
                    "De school heeft de basisondersteuning en ten minste een half jaar een arrangement op niveau 2 "
                    "of 3 ingezet, vastgelegd en geëvalueerd in het OPP."],
                   ["B. Structurele, intensieve ondersteuningsbehoefte",
                    "De leerling heeft op ten minste twee domeinen (leren, gedrag en sociaal-emotioneel, "
                    "medisch-lichamelijk, communicatie) een ondersteuningsbehoefte die de mogelijkheden van het "
                    "regulier onderwijs overstijgt."],
                   ["C. Perspectief in het vso",
                    "Aannemelijk is dat de leerling in het vso het uitstroomprofiel uit het OPP kan halen."],
                   ["D. Eensluidend deskundigenadvies",
                    "Beide deskundigen adviseren positief over de toelaatbaarheid."]]),
        ("p", "De TLV wordt afgegeven voor twee schooljaren en loopt tot en met 31 juli. Bij een aanvraag in de "
              "loop van het schooljaar wordt de rest van dat jaar toegevoegd. De bekostigingscategorie is laag, "
              "tenzij de deskundigen onderbouwd een medische of lichamelijke ondersteuningsbehoefte vaststellen; "
              "dan kent de CTB categorie midden of hoog toe."),
        ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
              "samenwerkingsverband. Het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT) en beslist daarna op het bezwaar."),
        ("h2", "6.3 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Rivierduinen hanteert de landelijke criteria voor lwoo en pro. Voor lwoo: een IQ tussen 75 en 90 "
              "en een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend "
              "lezen of inzichtelijk rekenen; of een IQ tussen 91 en 120 met zo'n achterstand en "
              "sociaal-emotionele problematiek. Voor pro: een IQ tussen 55 en 80 en een leerachterstand van 50 "
              "procent of meer op ten minste twee domeinen. De vo-school van aanmelding vraagt de aanwijzing lwoo "
              "of de TLV pro aan bij het Loket vóór 1 mei van het jaar van instroom; het Loket beslist binnen vier "
              "weken. Een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo."),
        ("h2", "6.4 Einde van de TLV"),
        ("p", "In het laatste jaar van een TLV organiseert de vso-school uiterlijk 1 maart een evaluatiegesprek "
              "over het OPP, met ouders, leerling, een trajectbegeleider van het samenwerkingsverband en, als er "
              "een reguliere school in beeld is, de ondersteuningscoördinator van die school. De vso-school neemt "
              "het initiatief en stelt vast of de leerling kan overstappen naar het regulier voortgezet onderwijs. "
              "Is dat zo, dan meldt de vso-school de leerling vóór 1 april aan bij de ontvangende school, volgt een "
              "warme overdracht en eindigt de TLV op 31 juli. Is verlenging nodig, dan vraagt de vso-school een "
              "nieuwe TLV aan volgens 6.1; de trajectbegeleider bewaakt dat dit vóór 1 mei gebeurt."),
        ("p", "Hoe ver wij met terugplaatsing willen komen, onder welke voorwaarden en welke begeleiding een "
              "leerling na de overstap meekrijgt, staat in het terugplaatsingsbeleid in bijlage 2."),
        ("h1", "7. Ambities en resultaten"),
        ("p", "Wij hebben voor deze planperiode vier ambities geformuleerd voor leerlingen die extra "
              "ondersteuning nodig hebben. Ze zijn bewust meetbaar gemaakt."),
        ("table", [["Ambitie", "Beoogd resultaat in 2029"],
                   ["Leerlingen met een arrangement halen hun doelen",
                    "Ten minste 85% van de leerlingen met een schoolarrangement haalt de doelen uit het OPP."],
                   ["Duurzame terugkeer na het OPDC",
                    "Minimaal 90% van de leerlingen die het OPDC verlaten, volgt een jaar later nog onderwijs "
                    "op een reguliere school."],
                   ["Uitstroom met perspectief",
                    "Het aandeel leerlingen dat vso of pro verlaat zonder diploma, certificaat of werkplek daalt "
                    "van 14% naar 10%."],
                   ["Tevreden scholen",
                    "Scholen waarderen de ondersteuning door het bureau gemiddeld met ten minste een 7,5."]]),
        ("p", "Hoe en wanneer we de voortgang op deze ambities in beeld brengen, leggen we vast in een "
              "monitoringsplan. Dat plan bespreken we in de loop van 2026 met het directeurenoverleg."),
        ("h1", "8. Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen, besturen, gemeenten en partners, maar ook rechtstreeks met ouders en leerlingen."),
        ("h2", "8.1 Hoe ouders horen wat er mogelijk is"),
        ("p", "Ouders van leerlingen in groep 8 ontvangen bij de aanmelding voor het voortgezet onderwijs de "
              "brochure 'Passend onderwijs in Rivierduinen', die uitlegt welke ondersteuning elke school biedt en "
              "welke extra voorzieningen er in de regio zijn. Op de website staat een ouderpagina met dezelfde "
              "informatie, een overzicht per school en antwoorden op veelgestelde vragen. Iedere school neemt in "
              "haar schoolgids een hoofdstuk op over de ondersteuning die zij biedt. Twee keer per jaar organiseert "
              "het samenwerkingsverband een informatieavond voor ouders, in het najaar in Lekhaven en in het "
              "voorjaar in Duinmond, en vier keer per jaar verschijnt een digitale nieuwsbrief."),
        ("h2", "8.2 Onafhankelijk advies"),
        ("p", "Soms lopen ouders vast, of zijn zij het niet eens met de school of met het samenwerkingsverband. "
              "Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierduinen, dat onafhankelijk van scholen "
              "en samenwerkingsverband werkt en is ondergebracht bij de stichting MEE. Het steunpunt heeft elke "
              "dinsdag en donderdag een telefonisch spreekuur en kan een ervaringsdeskundige ouder meesturen naar "
              "een gesprek op school. Daarnaast verwijzen wij naar de Onderwijsconsulenten, die kosteloos "
              "bemiddelen, en naar de Geschillencommissie passend onderwijs voor geschillen over toelating, "
              "verwijdering en het OPP."),
        ("h2", "8.3 Ouders als partner"),
        ("p", "Ouders zijn gesprekspartner bij het opstellen van het OPP; de school bespreekt het OPP met hen "
              "voordat het wordt vastgesteld, en leerlingen geven hun mening over het handelingsdeel. Ouders zijn "
              "vertegenwoordigd in de ondersteuningsplanraad."),
    ]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c)
    b += f_personeel(c, "vo")
    b += f_ict(c)
    b += [
        ("h1", "14. Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ruim 16 miljoen euro aan rijksbijdragen voor lichte "
              "en zware ondersteuning, inclusief de middelen voor lwoo en pro. Een groot deel daarvan ligt vast: de "
              "bekostiging van vso-leerlingen wordt rechtstreeks door DUO verrekend met onze middelen."),
        ("h2", "14.1 Verdeling"),
        ("p", "De verdeling is gebaseerd op drie principes: geld volgt de leerling, scholen krijgen zo veel mogelijk "
              "vooraf, en de solidariteit tussen scholen blijft overeind. Concreet:"),
        ("ul", ["Elke school ontvangt een schoolbudget van € 145 per leerling (telling 1 oktober) voor de "
                "basisondersteuning en schoolarrangementen.",
                "Scholen met lwoo en pro ontvangen de lwoo- en pro-middelen door op basis van het aantal leerlingen "
                "met een aanwijzing of TLV op 1 oktober, tegen het landelijke bedrag.",
                "Bovenschoolse arrangementen (OPDC, Rebound) worden centraal gefinancierd; de school van herkomst "
                "betaalt een eigen bijdrage van € 2.000 per plaatsing.",
                "Voor uitzonderlijke situaties is er een calamiteitenbudget, waaruit de directeur-bestuurder op "
                "aanvraag van een bestuur maximaal € 25.000 per leerling per jaar kan toekennen."]),
        ("h2", "14.2 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Afdracht vso (DUO)", "6.850", "6.920", "6.990", "7.050"],
                   ["Lwoo en pro naar scholen", "4.310", "4.260", "4.200", "4.150"],
                   ["Schoolbudgetten (€ 145 p.l.)", "1.653", "1.640", "1.625", "1.610"],
                   ["OPDC en Rebound", "1.420", "1.440", "1.460", "1.480"],
                   ["Onderwijs-zorgarrangementen", "310", "320", "330", "340"],
                   ["Calamiteitenbudget", "150", "150", "150", "150"],
                   ["Bureau en CTB", "1.180", "1.200", "1.220", "1.240"],
                   ["Totaal lasten", "15.873", "15.930", "15.975", "16.020"],
                   ["Totaal baten", "15.960", "15.990", "16.010", "16.030"],
                   ["Resultaat", "87", "60", "35", "10"]]),
        ("p", "De reserves zijn in de vorige planperiode afgebouwd. Wij hanteren een ondergrens voor het "
              "weerstandsvermogen van 5 procent van de baten; het risicoprofiel wordt jaarlijks herijkt. Scholen "
              "verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 oktober in een vast format."),
        ("h1", "15. Planning"),
        ("table", [["Schooljaar", "Activiteit"],
                   ["2025-2026", "Invoering nieuw registratiesysteem; addendum thuiszitters; monitoringsplan"],
                   ["2026-2027", "Herijking kaart basisondersteuning; tussentijdse evaluatie OPDC"],
                   ["2027-2028", "Evaluatie verdeelmodel; studiedag alle scholen"],
                   ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]]),
    ]
    b += f_vaststelling(c)
    b += [
        ("h1", "Bijlage 1. Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "De afgesproken ondersteuning die elke school biedt."],
                   ["Dekkend netwerk", "Een samenhangend aanbod waarin voor iedere leerling een plek is."],
                   ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["OPP", "Ontwikkelingsperspectiefplan."],
                   ["Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier onderwijs, "
                    "met begeleiding door de vso-school."],
                   ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                   ["TLV", "Toelaatbaarheidsverklaring."]]),
    ]
    d = dict(title=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband VO Rivierduinen (VO 28-11)",
                    "Samen sterk voor elke leerling", "Vastgesteld op 25 maart 2025"],
             header="SWV VO Rivierduinen | Ondersteuningsplan 2025-2029 | basisondersteuning, toelaatbaarheid, "
                    "terugplaatsing",
             footer="Ondersteuningsplan 2025-2029 - versie definitief", blocks=b)
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "5.1: agreed minimum for every vestiging plus concrete bulleted list; borging via yearly kwaliteitsgesprek.",
        "plaatsing": "Ch.6: five-step procedure, four criteria in a table, two deskundigen, 2-year TLV, LBT bezwaar, lwoo/pro criteria.",
        "terugstroom": "Procedure hidden in 6.4 'Einde van de TLV'; beleid only referred to absent bijlage 2 (not in document).",
        "financien": "Ch.14 'Geld en middelen': per-leerling verdeling and meerjarenbegroting table with amounts.",
        "dekkend-aanbod": "5.2 four-level continuum table; 5.3 thuiszitters/lacunes deferred to an addendum (2025-2026).",
        "resultaten": "Ch.7 measurable goals table; monitoring deferred to a monitoringsplan 'in de loop van 2026'.",
        "ouders": "Ch.8 'Communicatie': brochure, website, schoolgids, avonden; independent OJSP, onderwijsconsulenten, geschillencommissie.",
    }
    return "vo-rivierduinen-op-2025-2029", d, make_label(["vo-rivierduinen-op-2025-2029.docx"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan B: VO Zuidwaard (docx)
# ---------------------------------------------------------------------------

def plan_b():
    c = dict(name="Stichting Samenwerkingsverband Passend Onderwijs VO Zuidwaard", short="Zuidwaard",
             code="VO 29-04", period="2026-2030", gemeenten="Zuidwaard, Hoekse Polder en Maasveer",
             n_gemeenten=3, n_besturen=5, n_scholen=11, n_lln="8.950", fte="7,2",
             director="R.J. (Rob) de Koning MEd", place="Zuidwaard", sign_date="april 2026",
             schoolsoorten="Naast vmbo-, havo- en vwo-scholen horen daar een school voor praktijkonderwijs en "
                           "twee vso-scholen bij, een voor cluster 4 en een voor cluster 3.",
             regio_h="4. Zuidwaard in cijfers", visie_h="5. Waar wij voor staan",
             gov_h="12. Bestuur en toezicht", opr_h="13. Ondersteuningsplanraad", oogo_h="14. Samenwerking met gemeenten",
             pers_h="15. Mensen en expertise", ict_h="16. Gegevensbescherming",
             vast_h="18. Totstandkoming", opr_date="24 maart 2026", oogo_date="3 maart 2026",
             d1="27 januari 2026", d2="10 februari 2026", d3="14 april 2026", d4="24 april 2026")
    toc = ["1. Voorwoord", "2. Samenvatting", "3. Terugblik 2022-2026", "4. Zuidwaard in cijfers",
           "5. Waar wij voor staan", "6. De ondersteuningsstructuur", "   6.1 Het gemeenschappelijk niveau",
           "   6.2 Drie lagen", "7. Ondersteuningstoewijzing: vso, lwoo en pro",
           "8. Doorstroom en overstap", "9. Iedere leerling een plek", "10. Kwaliteitszorg",
           "11. Ouders en leerlingen", "12. Bestuur en toezicht", "13. Ondersteuningsplanraad",
           "14. Samenwerking met gemeenten", "15. Mensen en expertise", "16. Gegevensbescherming",
           "17. Financieel beleid", "18. Totstandkoming", "Afkortingenlijst"]
    b = [("toc", toc)]
    b += f_voorwoord(c)
    b += [
        ("h1", "2. Samenvatting"),
        ("p", "Dit ondersteuningsplan beschrijft hoe de scholen in Zuidwaard samen zorgen voor passend "
              "onderwijs. Het plan gaat in op de basisondersteuning, de route naar extra ondersteuning en "
              "speciaal onderwijs, het terugplaatsingsbeleid, de aanpak van thuiszitten, de kwaliteitszorg, de "
              "rol van ouders en de financiën. Kern van het plan is dat scholen meer zelf kunnen, dichter bij de "
              "leerling, en dat het samenwerkingsverband inspringt waar dat nodig is."),
        ("h1", "3. Terugblik 2022-2026"),
        ("p", "De vorige planperiode stond in het teken van herstel na de coronajaren en van de afbouw van "
              "reserves. Er zijn stappen gezet: alle scholen werken inmiddels met één digitaal "
              "ontwikkelingsperspectief, de wachttijd bij de Commissie Toewijzing is teruggebracht, en het aantal "
              "leerlingen dat langer dan drie maanden thuiszat, daalde van 31 in 2022 naar 17 in 2025. Tegelijk "
              "bleef de instroom in het vso hoger dan gehoopt en verliep de samenwerking met de jeugdhulp niet "
              "overal soepel. Deze ervaringen hebben dit plan gevormd."),
    ]
    b += f_regio(c)
    b += f_visie(c)
    b += [
        ("h1", "6. De ondersteuningsstructuur"),
        ("h2", "6.1 Het gemeenschappelijk niveau"),
        ("p", "De vijf besturen hebben zich verbonden aan één gemeenschappelijk niveau van basisondersteuning. "
              "Dat niveau geldt voor iedere vestiging, van het kleinste vmbo tot het grootste lyceum, en is de "
              "ondergrens: geen school zakt eronder. Leerlingen hoeven voor deze ondersteuning niets aan te vragen."),
        ("p", "Wij volgen daarbij het Referentiekader passend onderwijs, dat basisondersteuning omschrijft in vier "
              "aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur en planmatig werken. Welke voorzieningen dat in Zuidwaard precies "
              "inhoudt, beschrijven wij in de kwaliteitskaart basisondersteuning. Die kaart stellen wij in het "
              "eerste planjaar op met de ondersteuningscoördinatoren; na instemming van de OPR wordt zij aan dit "
              "plan toegevoegd."),
        ("h2", "6.2 Drie lagen"),
        ("p", "Boven op de basisondersteuning kent Zuidwaard een samenhangend aanbod in drie lagen, zodat voor "
              "elke ondersteuningsvraag duidelijk is waar die wordt opgepakt."),
        ("ul", ["Laag 1 - plusvoorzieningen in de school: iedere school heeft ten minste één plusvoorziening, "
                "zoals een trajectklas, een prikkelarme leerplek of een coachingstraject. De school zet deze in "
                "zonder tussenkomst van het samenwerkingsverband.",
                "Laag 2 - het Expertisepunt Zuidwaard: ambulante begeleiding, consultatie door orthopedagogen en "
                "gedragsspecialisten en tijdelijke arrangementen op maat, op verzoek van de school.",
                "Laag 3 - speciale voorzieningen: het vso voor cluster 3 en cluster 4, het praktijkonderwijs, "
                "leerwegondersteuning in het vmbo en de Tussenvoorziening De Brug voor leerlingen die tijdelijk "
                "buiten de eigen school worden opgevangen."]),
        ("p", "Scholen en voorzieningen uit verschillende lagen werken samen in vier regionale clusters. Daardoor "
              "kan een leerling ook tijdelijk deels op de ene en deels op de andere school onderwijs volgen."),
        ("h1", "7. Ondersteuningstoewijzing: vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en "
              "over de aanwijzing voor leerwegondersteuning. De Commissie Toewijzing bereidt die besluiten voor."),
        ("h2", "7.1 Het verloop"),
        ("p", "Het verzoek komt altijd van het schoolbestuur van de school waar de leerling staat ingeschreven; "
              "voor leerlingen die zich aanmelden vanuit het basisonderwijs doet de vo-school van aanmelding het "
              "verzoek. De school vult het aanvraagformulier in, voegt het OPP en het verslag van het laatste "
              "overleg met ouders toe, en stuurt het geheel naar het bureau. Binnen twee weken volgt een "
              "gesprek met de school, de leerling en de ouders. Daarna brengen een orthopedagoog of psycholoog en "
              "een tweede deskundige, afhankelijk van de leerling een arts of maatschappelijk werker, elk een "
              "eigen schriftelijk advies uit. De directeur-bestuurder besluit op voorstel van de Commissie "
              "Toewijzing, uiterlijk acht weken nadat het verzoek compleet is."),
        ("h2", "7.2 Wanneer een verklaring wordt afgegeven"),
        ("p", "Een leerling komt in Zuidwaard voor een verklaring voor het vso in aanmerking als aan drie "
              "voorwaarden is voldaan. Ten eerste is aantoonbaar dat de school de basisondersteuning en ten minste "
              "één plusvoorziening of een arrangement van het Expertisepunt heeft ingezet, gedurende minimaal "
              "twintig schoolweken. Ten tweede blijkt uit het OPP dat de leerling ook met die inzet zijn doelen "
              "niet haalt, en dat de oorzaak ligt in een blijvende beperking of stoornis die intensieve "
              "begeleiding gedurende de hele schooldag vraagt. Ten derde stellen beide deskundigen vast dat het "
              "vso de ondersteuning kan bieden die de leerling nodig heeft. Voor praktijkonderwijs en lwoo gelden "
              "de landelijke criteria; Zuidwaard heeft niet gekozen voor eigen lwoo-criteria."),
        ("p", "Een verklaring voor het vso is geldig tot 31 juli van het derde schooljaar na afgifte. In de "
              "verklaring staat de bekostigingscategorie."),
        ("h1", "8. Doorstroom en overstap"),
        ("p", "Overstappen zijn kwetsbare momenten. Bij de overgang van het basisonderwijs naar het voortgezet "
              "onderwijs werken de scholen met een warme overdracht: de leerkracht van groep 8 en de mentor van de "
              "brugklas spreken elkaar vóór de zomervakantie over elke leerling met een OPP. Met het "
              "samenwerkingsverband primair onderwijs is afgesproken dat informatie via het overstapservice "
              "onderwijs (OSO) wordt overgedragen."),
        ("p", "Voor de overgang naar het mbo organiseren de vmbo-scholen en het praktijkonderwijs samen met de "
              "twee mbo-instellingen in de regio doorstroomgesprekken. Voor de overstap van het vso naar een "
              "reguliere school verwijzen wij naar het terugplaatsingsprotocol in bijlage 6."),
        ("h1", "9. Iedere leerling een plek"),
        ("p", "Iedere school in Zuidwaard heeft zorgplicht. Als een school na aanmelding geen passend aanbod kan "
              "doen, zoekt zij binnen zes weken, met een mogelijke verlenging van vier weken, een andere school die "
              "dat wel kan. Lukt dat niet, dan schakelt de school het bureau in."),
        ("p", "Voor leerlingen die dreigen thuis te komen zitten, of dat al doen, werkt Zuidwaard met het "
              "Meldpunt Geen Plek. Scholen, leerplicht en jeugdteams melden daar iedere leerling die langer dan "
              "vier weken zonder passende onderwijsplek is. Binnen tien werkdagen wijst het bureau een "
              "casusregisseur aan, die met school, leerling, ouders en jeugdhulp een plan maakt. Eén keer per maand "
              "bespreekt het Thuiszittersoverleg, met leerplicht, de gemeenten en de besturen, alle lopende "
              "meldingen. Komen partijen er niet uit, dan neemt de directeur-bestuurder een besluit over de "
              "vervolgstap, zo nodig met doorzettingsmacht die de besturen daarvoor hebben gemandateerd."),
        ("p", "Het bureau houdt een register bij van alle meldingen. Blijkt daaruit dat voor een groep leerlingen "
              "structureel geen passend aanbod bestaat, dan agendeert de directeur-bestuurder dit in de algemene "
              "vergadering van besturen met een voorstel voor een nieuwe voorziening of een aanpassing van het "
              "bestaande aanbod. Zo is in 2024 een deeltijdvoorziening voor hoogbegaafde leerlingen ontstaan."),
        ("h1", "10. Kwaliteitszorg"),
        ("p", "Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Het bureau verzamelt twee keer "
              "per jaar, op 1 oktober en 1 maart, gegevens uit de leerlingadministraties en uit het digitale OPP: "
              "het aantal leerlingen met een arrangement, het percentage waarbij de OPP-doelen bij de evaluatie "
              "zijn behaald, verzuim, meldingen bij het Meldpunt Geen Plek, doorlooptijden van de Commissie "
              "Toewijzing en de uitstroom uit vso en pro naar vervolgonderwijs of werk."),
        ("p", "Deze gegevens staan in een dashboard dat scholen en besturen kunnen raadplegen. De directeur-"
              "bestuurder bespreekt de uitkomsten in het directeurenoverleg en rapporteert twee keer per jaar aan de "
              "raad van toezicht en de OPR. Eenmaal per jaar peilen wij de tevredenheid van scholen. In het "
              "jaarverslag, dat vóór 1 juli verschijnt, verantwoorden wij de bereikte resultaten per school en "
              "voor het samenwerkingsverband als geheel. In 2028 laten wij de werking van dit plan extern "
              "evalueren."),
        ("p", "Welke concrete resultaten wij per jaar nastreven, leggen wij vast in het jaarplan. Dit "
              "ondersteuningsplan bevat daarom bewust geen streefcijfers."),
        ("h1", "11. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen begrijpen hoe passend onderwijs in Zuidwaard werkt. Daarom "
              "verschijnt ieder jaar in september de 'Gids voor ouders', die via alle scholen wordt verspreid en op "
              "de website staat. De gids legt uit welke ondersteuning scholen bieden, wat het Expertisepunt doet en "
              "hoe de route naar het vso verloopt. Scholen beschrijven hun ondersteuning in de schoolgids. In "
              "oktober organiseren wij een informatieavond voor ouders van leerlingen in groep 7 en 8 en hun "
              "scholen, samen met het samenwerkingsverband primair onderwijs."),
        ("p", "Wij onderzoeken hoe een ouder- en jeugdsteunpunt in onze regio vorm kan krijgen. Zodra daarover "
              "met de besturen en de gemeenten is besloten, nemen wij dit op in een wijziging van het plan."),
    ]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c)
    b += f_personeel(c, "vo")
    b += f_ict(c)
    b += [
        ("h1", "17. Financieel beleid"),
        ("p", "Zuidwaard ontvangt de rijksmiddelen voor lichte en zware ondersteuning en voor lwoo en pro. De "
              "verdeling over de scholen volgt vaste regels, zodat scholen vooraf weten waar zij aan toe zijn:"),
        ("ul", ["iedere school ontvangt een vaste voet van € 25.000 per jaar;",
                "daarbovenop ontvangt iedere school € 92 per leerling, naar het leerlingaantal op 1 oktober van "
                "het voorgaande jaar;",
                "lwoo- en pro-middelen gaan naar de scholen die deze leerlingen onderwijzen, naar rato van het "
                "aantal leerlingen met een aanwijzing of verklaring;",
                "arrangementen van het Expertisepunt worden centraal betaald en kosten de school niets."]),
        ("p", "De meerjarenbegroting 2026-2030 stelt het bestuur vast in december 2026, na afronding van de "
              "herberekening van de vso-afdracht. Zij wordt daarna als bijlage bij dit plan gevoegd."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]
    b += f_vaststelling(c)
    b += [
        ("h1", "Afkortingenlijst"),
        ("table", [["Afkorting", "Betekenis"],
                   ["LWOO", "Leerwegondersteunend onderwijs"],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders terechtkunnen met vragen "
                    "en onenigheid"],
                   ["OPP", "Ontwikkelingsperspectiefplan"],
                   ["OSO", "Overstapservice onderwijs"],
                   ["PrO", "Praktijkonderwijs"],
                   ["TLV", "Toelaatbaarheidsverklaring"],
                   ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV"],
                   ["VSO", "Voortgezet speciaal onderwijs"]]),
    ]
    d = dict(title=["Ondersteuningsplan 2026-2030", "Stichting Samenwerkingsverband Passend Onderwijs VO Zuidwaard",
                    "VO 29-04", "Concept ter instemming, versie 3.2"],
             header="Ondersteuningsplan Zuidwaard 2026-2030", footer="SWV VO Zuidwaard - www.swvzuidwaard-vo.nl",
             blocks=b)
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "6.1: common minimum for every vestiging stated; content only the 4-aspect Referentiekader definition, kwaliteitskaart deferred to first plan year.",
        "plaatsing": "Ch.7 'Ondersteuningstoewijzing': who requests, steps, two deskundigen, decision within 8 weeks; criteria in prose (three voorwaarden).",
        "terugstroom": "Nothing in body: summary mention, afkortingenlijst entry, and ch.8 refers to absent 'terugplaatsingsprotocol in bijlage 6'.",
        "financien": "Ch.17 verdeling rules (vaste voet + per leerling); meerjarenbegroting deferred to December 2026, table only p.m.",
        "dekkend-aanbod": "6.2 three layers of provisions; ch.9 'Iedere leerling een plek': Meldpunt Geen Plek, zorgplicht, thuiszittersoverleg, register.",
        "resultaten": "Ch.10 kwaliteitszorg: monitoring twice a year, dashboard, jaarverslag; no intended results ('bewust geen streefcijfers', jaarplan). Terugblik figures are not goals.",
        "ouders": "Ch.11: Gids voor ouders, schoolgids, informatieavond; steunpunt only 'wij onderzoeken' (deferral), OJSP only in afkortingenlijst.",
    }
    return "vo-zuidwaard-op-2026-2030", d, make_label(["vo-zuidwaard-op-2026-2030.docx"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan C: PO Heuvelrand (pdf)
# ---------------------------------------------------------------------------

def plan_c():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Heuvelrand", short="Heuvelrand",
             code="PO 27-04", period="2025-2029", gemeenten="Heuvelrand, Bosbeek, Zandvoorde, Lindendaal en Veenhof",
             n_gemeenten=5, n_besturen=9, n_scholen=62, n_lln="12.800", fte="11,4",
             director="dr. A. (Anouk) Brinkman", place="Bosbeek", sign_date="maart 2025",
             schoolsoorten="Het gaat om 58 basisscholen, twee scholen voor speciaal basisonderwijs en twee "
                           "so-locaties voor cluster 3 en 4.",
             regio_h="2. Het samenwerkingsverband", visie_h="3. Missie, visie en ambitie",
             gov_h="9. Bestuur en organisatie", opr_h="10. De ondersteuningsplanraad", oogo_h="11. Overleg met gemeenten",
             pers_h="12. Personeel", ict_h="13. Privacy en informatievoorziening",
             vast_h="15. Vaststelling", opr_date="4 maart 2025", oogo_date="11 februari 2025",
             d1="14 januari 2025", d2="28 januari 2025", d3="18 maart 2025", d4="10 april 2025")
    toc = ["Voorwoord ........ 3", "1. Inleiding en leeswijzer ........ 4", "2. Het samenwerkingsverband ........ 5",
           "3. Missie, visie en ambitie ........ 7", "4. Wat elke school biedt ........ 9",
           "5. Extra ondersteuning en dekkend netwerk ........ 12",
           "6. Toelaatbaarheid sbo en so ........ 13", "7. Resultaten en kwaliteit ........ 17",
           "8. Samen met ouders ........ 20", "9. Bestuur en organisatie ........ 22",
           "10. De ondersteuningsplanraad ........ 23", "11. Overleg met gemeenten ........ 24",
           "12. Personeel ........ 25", "13. Privacy en informatievoorziening ........ 26",
           "14. Financieel kader ........ 27", "15. Vaststelling ........ 29", "Begrippenlijst ........ 30"]
    b = [("toc", toc)]
    vw = f_voorwoord(c)
    vw[0] = ("h1", "Voorwoord")
    b += vw
    b += [
        ("h1", "1. Inleiding en leeswijzer"),
        ("p", "Dit plan is geschreven voor iedereen die met passend onderwijs in Heuvelrand te maken heeft: "
              "leerkrachten, intern begeleiders, directeuren, bestuurders, gemeenten en ouders. We hebben "
              "geprobeerd het plan leesbaar te houden. Waar we vaktermen gebruiken, staan die in de "
              "begrippenlijst achterin. Hoofdstuk 4 beschrijft wat elke school biedt, hoofdstuk 6 de route naar "
              "het speciaal (basis)onderwijs en terug, hoofdstuk 7 onze resultaten. De organisatie en het geld "
              "komen aan bod in de hoofdstukken 9 tot en met 14."),
    ]
    b += f_regio(c)
    b += f_visie(c)
    b += [
        ("h1", "4. Wat elke school biedt"),
        ("p", "Elke basisschool in Heuvelrand, op iedere locatie, biedt ten minste hetzelfde niveau van "
              "basisondersteuning. De negen besturen hebben dat niveau in 2024 samen vastgesteld; het is de "
              "ondergrens voor alle scholen en geldt ook voor de kleinste dorpsschool. Wat ouders op elke school "
              "mogen verwachten, staat in de tabel hieronder."),
        ("table", [["Domein", "Wat elke school minimaal biedt"],
                   ["Organisatie", "Een intern begeleider met ten minste één dag per week per 150 leerlingen; "
                    "vier groepsbesprekingen per jaar; een ondersteuningsteam met IB'er, directeur en de "
                    "orthopedagoog van het bestuur."],
                   ["Lezen en dyslexie", "Het Protocol Leesproblemen en Dyslexie; extra leesinstructie in een "
                    "kleine groep vanaf groep 2; vergrote teksten en voorleessoftware."],
                   ["Rekenen", "Het Protocol ERWD; verlengde instructie en inzet van concreet materiaal."],
                   ["Gedrag en sociaal-emotioneel", "Een schoolbrede aanpak voor sociale veiligheid; een "
                    "gedragsplan bij ernstig probleemgedrag, opgesteld binnen twee weken."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 2 en 5; een "
                    "verrijkingsaanbod in de eigen groep."],
                   ["Taal en NT2", "Extra woordenschatonderwijs voor leerlingen met een taalachterstand."],
                   ["Medisch", "Een protocol medisch handelen; aanpassingen in gebouw en rooster waar dat "
                    "redelijkerwijs kan."]]),
        ("p", "Het bureau bezoekt elke school eens "
              "in de twee jaar voor een gesprek over de basisondersteuning en legt de uitkomst vast in de "
              "kwaliteitskaart. Scholen die op een onderdeel achterblijven, krijgen hulp van een "
              "onderwijsadviseur."),
        ("h1", "5. Extra ondersteuning en dekkend netwerk"),
        ("p", "Een beschrijving van de extra ondersteuning en de arrangementen tussen de basisschool en het "
              "speciaal onderwijs, en van de manier waarop wij met de gemeenten een dekkend netwerk realiseren, "
              "nemen wij op in het jaarplan 2026. De werkgroep die dit voorbereidt, start in september 2025."),
        ("h1", "6. Toelaatbaarheid sbo en so"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
              "aangevraagd door het schoolbestuur van de school waar het kind is ingeschreven. De intern "
              "begeleider verzamelt het groeidocument, het OPP, de verslagen van de besprekingen in het "
              "ondersteuningsteam en de zienswijze van de ouders. De aanvraag gaat naar het Loket Heuvelrand."),
        ("p", "Het Loket beoordeelt binnen tien werkdagen of het dossier volledig is. Daarna vragen wij twee "
              "deskundigen om advies: een orthopedagoog of psycholoog en, afhankelijk van het kind, een "
              "kinderpsychiater, arts of maatschappelijk werker. Beide deskundigen geven een eigen schriftelijk "
              "advies. De Commissie van Toelaatbaarheid bespreekt de adviezen en de directeur besluit namens het "
              "bestuur, uiterlijk zes weken na de volledige aanvraag. De ouders krijgen een kopie van de adviezen "
              "en van het besluit."),
        ("p", "Tegen het besluit kunnen ouders binnen zes weken bezwaar maken. Het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "6.2 Criteria"),
        ("p", "De criteria waarmee de Commissie van Toelaatbaarheid bepaalt of een kind toelaatbaar is tot het "
              "sbo of het so, worden in het schooljaar 2025-2026 samen met de sbo- en so-scholen opnieuw "
              "vastgesteld. Na instemming van de ondersteuningsplanraad publiceren wij ze als aanvulling op dit "
              "plan."),
        ("h2", "6.3 Na de TLV"),
        ("p", "Een plaatsing in het sbo of so is in Heuvelrand nooit bij voorbaat definitief. Ons uitgangspunt "
              "is dat een kind teruggaat naar een basisschool zodra het daar met de ondersteuning van die school "
              "verder kan. Een terugplaatsing is aan de orde als de doelen uit het OPP op het niveau van het "
              "regulier onderwijs liggen, het kind zich in een kleinere setting stabiel ontwikkelt en er een "
              "basisschool in de buurt is die de benodigde ondersteuning kan bieden. Een kind dat teruggaat, krijgt "
              "gedurende een half jaar een overgangsarrangement: de leerkracht van de sbo- of so-school begeleidt "
              "het kind en de nieuwe leerkracht één dagdeel per week, betaald door het samenwerkingsverband."),
        ("p", "De stappen zijn als volgt. De sbo- of so-school evalueert het OPP twee keer per jaar, in november "
              "en in mei. Blijkt bij een evaluatie dat terugplaatsing mogelijk is, dan nodigt de school de "
              "ouders, de beoogde basisschool en een consulent van het Loket uit voor een overleg. De consulent "
              "stelt met de scholen een overstapplan op en legt dit voor aan de directeur, die beslist of het "
              "overgangsarrangement wordt toegekend. De overstap gebeurt bij voorkeur na een vakantie. In het "
              "laatste jaar van de TLV voert de school dit overleg in elk geval vóór 1 maart; als er geen nieuwe "
              "TLV wordt aangevraagd, eindigt de verklaring op 31 juli."),
        ("h1", "7. Resultaten en kwaliteit"),
        ("p", "Voor deze planperiode hebben wij vier beoogde resultaten vastgesteld voor kinderen die extra "
              "ondersteuning nodig hebben. Bij elk resultaat hoort een nulmeting en een streefwaarde."),
        ("table", [["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Kinderen met een OPP die hun OPP-doelen halen", "71%", "80%"],
                   ["Deelname sbo en so samen", "2,9%", "2,6%"],
                   ["Kinderen die na sbo of so teruggaan naar een basisschool", "9 per jaar", "15 per jaar"],
                   ["Tevredenheid van scholen over het Loket", "7,1", "7,6"]]),
        ("p", "Het bureau meet de indicatoren twee keer per jaar met gegevens uit de leerlingadministraties, "
              "de OPP-evaluaties en de registratie van het Loket. De uitkomsten staan in de Monitor Heuvelrand, die "
              "in januari en juni verschijnt en die wordt besproken met de directeuren, het bestuur, de raad van "
              "toezicht en de ondersteuningsplanraad. In het jaarverslag rapporteren wij per indicator wat is "
              "bereikt. Als een indicator twee metingen achter elkaar achterblijft, stelt het bestuur een "
              "verbeteraanpak vast."),
        ("h1", "8. Samen met ouders"),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in Heuvelrand, leggen wij vast in "
              "het communicatieplan 2026. Dat plan volgt na de zomer van 2025."),
        ("p", "Soms zijn ouders het niet eens met de school, of weten zij niet goed waar zij met een vraag "
              "terecht kunnen. Zij kunnen dan aankloppen bij het Ouder- en Jeugdsteunpunt Heuvelrand. Het "
              "steunpunt werkt onafhankelijk van scholen en besturen, is bereikbaar via een gratis "
              "telefoonnummer en kan een ouderadviseur laten meegaan naar een gesprek. Daarnaast kunnen ouders "
              "kosteloos een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering "
              "of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; klachten over "
              "het samenwerkingsverband zelf behandelt de Landelijke Klachtencommissie Onderwijs."),
    ]
    b += f_governance(c) + f_organisatie_extra()
    b += f_opr(c)
    b += f_oogo(c, substantive=False)
    b += f_personeel(c, "po") + f_kennis(jeugdhulp=False)
    b += f_ict(c)
    b += [
        ("h1", "14. Financieel kader"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa 10,5 miljoen euro aan middelen voor lichte en "
              "zware ondersteuning. Hiervan gaat het grootste deel via DUO direct naar het so en naar de twee "
              "sbo-scholen. De onderstaande begroting laat zien waaraan wij de middelen in deze planperiode "
              "besteden."),
        ("table", [["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Afdracht so (DUO)", "4.620", "4.580", "4.540", "4.500"],
                   ["Afdracht sbo boven 2%", "1.310", "1.280", "1.250", "1.220"],
                   ["Schoolbudgetten", "2.900", "2.950", "3.000", "3.050"],
                   ["Overgangsarrangementen terugplaatsing", "90", "110", "130", "150"],
                   ["Loket en deskundigen", "640", "650", "660", "670"],
                   ["Bureau en huisvesting", "780", "790", "800", "810"],
                   ["Totaal", "10.340", "10.360", "10.380", "10.400"]]),
        ("p", "De verdeelsleutel voor de schoolbudgetten, en daarmee de vraag hoeveel elke school ontvangt, "
              "wordt in overleg met de besturen uitgewerkt. Het bestuur legt het voorstel in het voorjaar van "
              "2026 voor aan de ondersteuningsplanraad."),
    ]
    b += f_vaststelling(c)
    b += [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Arrangement", "Een pakket extra ondersteuning voor een kind, bovenop de basisondersteuning."],
                   ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een passende plek heeft."],
                   ["Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd over "
                    "ondersteuning, onder meer via website en schoolgids."],
                   ["OPP", "Ontwikkelingsperspectief."],
                   ["Thuiszitter", "Een leerplichtig kind dat niet naar school gaat."],
                   ["Verdeelmodel", "De regels waarmee middelen over de scholen worden verdeeld."],
                   ["Zorgplicht", "De plicht van een school om een passende plek te bieden of te zoeken."]]),
    ]
    d = dict(title=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Passend Primair Onderwijs Heuvelrand",
                    "PO 27-04", "Elk kind een passende plek"],
             header="Ondersteuningsplan Heuvelrand 2025-2029",
             footer="SWV PO Heuvelrand - dekkend netwerk - ouders - resultaten", blocks=b)
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
           "terugstroom": ["monitoring"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.4: agreed minimum for every school/location; concrete content only in the domain table.",
        "plaatsing": "6.1 procedure (Loket, two deskundigen, 6 weeks, LBT); 6.2 criteria deferred to 2025-2026 ('opnieuw vastgesteld').",
        "terugstroom": "Hidden in 6.3 'Na de TLV' inside the TLV chapter: policy (uitgangspunt, voorwaarden, overgangsarrangement) and steps; indicator in ch.7 table.",
        "financien": "Ch.14 'Financieel kader': multi-year table with amounts; verdeelsleutel 'wordt uitgewerkt' (deferral).",
        "dekkend-aanbod": "Ch.5 is a deferral to jaarplan 2026; OOGO chapter only procedural; dekkend netwerk/zorgplicht/thuiszitter only in begrippenlijst and footer.",
        "resultaten": "Ch.7: four indicators with nulmeting and streefwaarde; Monitor Heuvelrand twice a year, reported to OPR/RvT and jaarverslag.",
        "ouders": "Ch.8: informing parents deferred to communicatieplan 2026; OJSP, onderwijsconsulenten, geschillencommissie described.",
    }
    return "po-heuvelrand-op-2025-2029", d, make_label(["po-heuvelrand-op-2025-2029.pdf"], "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan D: VO Lingestroom (pdf)
# ---------------------------------------------------------------------------

def plan_d():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Lingestroom", short="Lingestroom", code="VO 25-09",
             period="2025-2029", gemeenten="Lingedam, Wijkerveld, Gorkum-West en Oudewaal", n_gemeenten=4,
             n_besturen=6, n_scholen=16, n_lln="13.200", fte="10,8",
             director="ir. P.C. (Pieter) van Aalst", place="Lingedam", sign_date="april 2025",
             schoolsoorten="Binnen het verband vallen elf scholen voor vmbo, havo en vwo, twee scholen voor "
                           "praktijkonderwijs, twee vso-scholen en een orthopedagogisch-didactisch centrum.",
             regio_h="3. Het werkgebied", visie_h="2. Koers",
             gov_h="10. Governance", opr_h="11. Medezeggenschap en OPR", oogo_h="12. Gemeenten en jeugdhulp (OOGO)",
             pers_h="13. Personeel en deskundigheid", ict_h="14. ICT en privacy",
             vast_h="16. Procedure van vaststelling", opr_date="18 maart 2025", oogo_date="25 februari 2025",
             d1="28 januari 2025", d2="11 februari 2025", d3="8 april 2025", d4="22 april 2025")
    toc = ["1. Voorwoord", "2. Koers", "3. Het werkgebied", "4. Ons aanbod in samenhang",
           "5. Geen leerling aan de kant", "6. Toelaatbaarheid", "7. Terugplaatsing en overplaatsing",
           "8. Ouders en leerlingen", "9. Financiën", "10. Governance", "11. Medezeggenschap en OPR",
           "12. Gemeenten en jeugdhulp (OOGO)", "13. Personeel en deskundigheid", "14. ICT en privacy",
           "15. Verantwoording en planning", "16. Procedure van vaststelling", "Bijlage A. Begrippen"]
    b = [("toc", toc)]
    b += f_voorwoord(c)
    b += f_visie(c)
    b += f_regio(c)
    b += [
        ("h1", "4. Ons aanbod in samenhang"),
        ("p", "Het overzicht van alle arrangementen en voorzieningen in Lingestroom, van de ondersteuning binnen "
              "de school tot het vso, nemen wij op in de voortgangsparagraaf 2026. De inventarisatie daarvoor loopt "
              "nog; wij willen geen beeld schetsen dat over een jaar niet meer klopt."),
        ("h1", "5. Geen leerling aan de kant"),
        ("p", "Iedere leerplichtige jongere in Lingestroom hoort op school. Toch zijn er leerlingen voor wie op "
              "enig moment geen passende plek is. Voor hen werken scholen, leerplicht, gemeenten en het "
              "samenwerkingsverband met de Route Thuiszitters."),
        ("ol", ["Signaleren: scholen melden een leerling bij het bureau zodra hij vier weken geheel of "
                "grotendeels niet naar school gaat, of wanneer een school na aanmelding binnen de termijn van de "
                "zorgplicht geen passende plek vindt. Leerplicht meldt jongeren die niet staan ingeschreven.",
                "Regie: binnen tien werkdagen wijst het bureau een trajectbegeleider aan die de regie voert en met "
                "school, leerling en ouders een terugkeerplan opstelt, zo nodig met een tijdelijke maatwerkplek.",
                "Opschalen: lukt het binnen acht weken niet om een passend aanbod te vinden, dan bespreekt de "
                "Doorbraaktafel de casus. Daaraan nemen de directeur-bestuurder, de betrokken bestuurder, "
                "leerplicht en de gemeente deel; de tafel besluit binnen twee weken.",
                "Leren: twee keer per jaar analyseert het bureau alle meldingen. Zien wij vaker dezelfde vraag "
                "waarvoor geen aanbod bestaat, dan doet de directeur-bestuurder de besturen een voorstel om dat gat "
                "te dichten, bijvoorbeeld met een nieuwe voorziening."]),
        ("p", "Het bureau houdt een actueel overzicht bij van alle leerlingen zonder passende plek, dat maandelijks "
              "wordt besproken met leerplicht."),
        ("h1", "6. Toelaatbaarheid"),
        ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en over "
              "de aanwijzing lwoo. De aanvraagprocedure, de betrokken functionarissen en de termijnen zijn "
              "beschreven in de Routekaart Toelaatbaarheid (bijlage 3)."),
        ("h2", "6.1 Toelaatbaar tot het vso"),
        ("p", "Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs als:"),
        ("ul", ["de school de mogelijkheden van de basisondersteuning en van extra ondersteuning aantoonbaar heeft "
                "benut, en die inzet ten minste één keer is geëvalueerd in het OPP;",
                "er sprake is van een ondersteuningsbehoefte die zo intensief en langdurig is dat zij niet binnen "
                "het regulier onderwijs kan worden geboden, op het gebied van leren, gedrag, communicatie of "
                "lichamelijke of medische zorg;",
                "de leerling in het vso naar verwachting wel tot ontwikkeling komt in de richting van een van de "
                "drie uitstroomprofielen (vervolgonderwijs, arbeidsmarkt, dagbesteding)."]),
        ("p", "Een TLV vso geldt voor twee schooljaren; voor leerlingen met een ernstige meervoudige beperking "
              "kan een TLV tot het einde van de schoolloopbaan worden afgegeven. De bekostigingscategorie is laag, "
              "midden of hoog en volgt uit de aard van de beperking."),
        ("h2", "6.2 Praktijkonderwijs en lwoo"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen. Voor lwoo hanteert Lingestroom eveneens de landelijke criteria. Een leerling "
              "met een IQ boven 80 kan in uitzonderlijke gevallen toch toelaatbaar zijn tot het praktijkonderwijs "
              "als sprake is van ernstige sociaal-emotionele problematiek die het volgen van een vmbo-opleiding "
              "onmogelijk maakt."),
        ("h1", "7. Terugplaatsing en overplaatsing"),
        ("h2", "7.1 Ons beleid"),
        ("p", "Lingestroom ziet het vso als een plek waar een leerling kan blijven zolang dat nodig is, maar niet "
              "langer. Iedere vso-leerling heeft een OPP waarin vanaf de start staat of een overstap naar het "
              "regulier voortgezet onderwijs of het mbo een realistisch perspectief is. Een overstap komt in beeld "
              "als de leerling de leerdoelen op het niveau van een reguliere opleiding haalt, het gedrag of de "
              "medische situatie stabiel is en er een school is die met haar basisondersteuning en eventueel een "
              "arrangement de benodigde begeleiding kan bieden."),
        ("p", "Een leerling die overstapt, krijgt een overstapcoach uit het vso die hem en de mentor gedurende "
              "zes maanden begeleidt. De ontvangende school kan daarnaast voor het eerste schooljaar een "
              "arrangement aanvragen zonder de gebruikelijke wachttijd. Loopt de overstap vast, dan bespreken "
              "vso-school en ontvangende school binnen twee weken met de leerling en ouders welke stap nodig is."),
        ("h2", "7.2 Stappen"),
        ("ol", ["De vso-school evalueert het OPP twee keer per jaar, in oktober en in maart.",
                "Als de evaluatie een overstap haalbaar maakt, neemt de vso-school het initiatief tot een "
                "overstapgesprek met leerling, ouders en een trajectbegeleider van het samenwerkingsverband.",
                "De trajectbegeleider zoekt met de ouders een passende school; die school beslist over de "
                "inschrijving en stelt met de vso-school een overdrachtsplan op.",
                "De overstap vindt plaats op een vast moment: na de kerstvakantie of aan het begin van een "
                "schooljaar. Bij een overstap aan het einde van het schooljaar eindigt de TLV op 31 juli.",
                "Is een overstap in het laatste jaar van de TLV niet haalbaar, dan bespreekt de vso-school in "
                "maart met leerling, ouders en trajectbegeleider of verlenging van het verblijf in het vso nodig "
                "is."]),
        ("h1", "8. Ouders en leerlingen"),
        ("p", "Ouders kunnen alleen meedenken als zij weten wat er mogelijk is. Het samenwerkingsverband "
              "informeert ouders op drie manieren. Op de website staat een ouderdeel met per school een "
              "beschrijving van de ondersteuning, een uitleg van de route naar vso en praktijkonderwijs en een "
              "overzicht van de voorzieningen in de regio. De folder 'Ouderwijzer Lingestroom' wordt elk jaar in "
              "januari via de basisscholen meegegeven aan alle ouders van leerlingen in groep 8. En iedere "
              "vo-school beschrijft in de schoolgids welke ondersteuning zij biedt en wie de "
              "ondersteuningscoördinator is."),
        ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Lingestroom Ouderpunt, een "
              "ouder- en jeugdsteunpunt dat door de gemeenten en het samenwerkingsverband samen wordt gefinancierd "
              "en dat onafhankelijk opereert. Het Ouderpunt beantwoordt vragen, denkt mee bij onenigheid met een "
              "school en kan een ervaringsdeskundige meesturen. Ouders kunnen daarnaast de Onderwijsconsulenten "
              "inschakelen. Voor klachten over het samenwerkingsverband geldt de klachtenregeling, met de "
              "Landelijke Klachtencommissie Onderwijs als klachtencommissie; geschillen over toelating, "
              "verwijdering en het OPP gaan naar de Geschillencommissie passend onderwijs."),
        ("p", "Leerlingen die extra ondersteuning krijgen, hebben het recht om hun mening te geven over hun OPP. "
              "Scholen leggen die mening vast."),
        ("h1", "9. Financiën"),
        ("h2", "9.1 Verdeling van middelen"),
        ("p", "De middelen voor lichte ondersteuning worden volledig doorgezet naar de schoolbesturen: ieder "
              "bestuur ontvangt € 168 per leerling naar de telling van 1 oktober van het voorgaande jaar. De "
              "middelen voor lwoo en pro gaan naar rato van het aantal leerlingen met een aanwijzing of TLV naar "
              "de scholen. De middelen voor zware ondersteuning worden, na aftrek van de afdracht aan het vso, "
              "ingezet voor het OPDC en voor individuele arrangementen. Een bestuur vraagt een individueel "
              "arrangement aan met een onderbouwing in het OPP; het bureau beslist binnen drie weken en kent "
              "maximaal € 12.000 per leerling per schooljaar toe."),
        ("h2", "9.2 Meerjarenbegroting"),
        ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdragen", "18.940", "18.870", "18.760", "18.650"],
                   ["Afdracht vso", "7.820", "7.860", "7.900", "7.940"],
                   ["Lichte ondersteuning naar besturen", "2.218", "2.200", "2.180", "2.160"],
                   ["Lwoo en pro naar scholen", "5.640", "5.590", "5.520", "5.460"],
                   ["OPDC", "1.350", "1.370", "1.390", "1.410"],
                   ["Individuele arrangementen", "720", "720", "720", "720"],
                   ["Overstapcoaches vso", "120", "120", "120", "120"],
                   ["Bureau", "1.040", "1.060", "1.080", "1.100"],
                   ["Saldo", "32", "-50", "-150", "-260"]]),
        ("p", "De negatieve saldi vanaf 2026 zijn bewust: wij zetten de resterende bovenmatige reserve in voor de "
              "ondersteuning. Eind 2028 ligt het weerstandsvermogen op de signaleringswaarde."),
    ]
    b += f_governance(c) + f_organisatie_extra()
    b += f_opr(c)
    b += f_oogo(c) + f_aansluiting_mbo()
    b += f_personeel(c, "vo") + f_kennis()
    b += f_ict(c)
    b += [
        ("h1", "15. Verantwoording en planning"),
        ("p", "De directeur-bestuurder legt elk kwartaal verantwoording af aan de raad van toezicht over de "
              "financiën en de bedrijfsvoering. Over beoogde en bereikte resultaten van het onderwijs aan "
              "leerlingen die extra ondersteuning nodig hebben, nemen wij in dit plan nog niets op. Het bestuur "
              "besluit in 2026 over een set indicatoren."),
        ("table", [["Periode", "Wat"],
                   ["2025-2026", "Voortgangsparagraaf met overzicht aanbod; nieuw registratiesysteem"],
                   ["2026-2027", "Afspraken basisondersteuning vastleggen; besluit over indicatoren"],
                   ["2027-2028", "Evaluatie Route Thuiszitters"],
                   ["2028-2029", "Nieuw ondersteuningsplan"]]),
    ]
    b += f_vaststelling(c)
    b += [
        ("h1", "Bijlage A. Begrippen"),
        ("table", [["Begrip", "Omschrijving"],
                   ["Basisondersteuning", "Het door de besturen afgesproken niveau van ondersteuning dat elke "
                    "vestiging biedt, zoals mentoraat, dyslexiebegeleiding en faalangsttraining."],
                   ["Bijlage 3", "Routekaart Toelaatbaarheid (afzonderlijk document)."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen met een "
                    "ondersteuningsbehoefte."],
                   ["TLV", "Toelaatbaarheidsverklaring."]]),
    ]
    d = dict(title=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Voortgezet Onderwijs Lingestroom",
                    "VO 25-09"],
             header="Lingestroom | Ondersteuningsplan 2025-2029 | basisondersteuning en resultaten",
             footer="Samenwerkingsverband VO Lingestroom", blocks=b)
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["duur-categorie"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "No body text: definition only in Bijlage A begrippen and running header; planning row 'afspraken basisondersteuning vastleggen' 2026-2027 is a deferral.",
        "plaatsing": "Ch.6 criteria for vso and pro/lwoo plus TLV duration/category; procedure only referred to absent bijlage 3 Routekaart Toelaatbaarheid.",
        "terugstroom": "Own ch.7: policy (perspective in OPP, conditions, overstapcoach 6 months) and five steps with evaluation moments and end of TLV.",
        "financien": "Ch.9: per-leerling verdeling and arrangement allocation rule; meerjarenbegroting table with amounts; reserve use.",
        "dekkend-aanbod": "Ch.4 'Ons aanbod in samenhang' only a deferral to voortgangsparagraaf 2026; ch.5 Route Thuiszitters handles gaps (signaleren, regie, Doorbraaktafel).",
        "resultaten": "Ch.15 explicitly defers: 'nemen wij in dit plan nog niets op', indicators decided 2026; glossary entry only.",
        "ouders": "Ch.8: website ouderdeel, Ouderwijzer folder, schoolgids; Lingestroom Ouderpunt (OJSP), onderwijsconsulenten, klachten/geschillen.",
    }
    return "vo-lingestroom-op-2025-2029", d, make_label(["vo-lingestroom-op-2025-2029.pdf"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan E: VO Noorderkwartier (html, web version)
# ---------------------------------------------------------------------------

def plan_e():
    c = dict(name="Samenwerkingsverband VO Noorderkwartier", short="Noorderkwartier", code="VO 27-02",
             period="2026-2030", gemeenten="Purmerdijk, Waterhoorn, Edamsveld en Beemsterwaard", n_gemeenten=4,
             n_besturen=8, n_scholen=20, n_lln="15.600", fte="12,3",
             director="mr. drs. L. (Linda) Schouten", place="Purmerdijk", sign_date="april 2026",
             schoolsoorten="Het gaat om vmbo, havo, vwo, praktijkonderwijs, vso en een internationale "
                           "schakelklas voor nieuwkomers.",
             regio_h="2. Over Noorderkwartier", visie_h="3. Visie en koers",
             gov_h="9. Governance", opr_h="10. Ondersteuningsplanraad", oogo_h="11. Regio en gemeenten",
             pers_h="12. Professionals", ict_h="13. Informatiebeveiliging en privacy",
             vast_h="15. Vaststelling en inwerkingtreding", opr_date="31 maart 2026", oogo_date="10 maart 2026",
             d1="3 februari 2026", d2="17 februari 2026", d3="14 april 2026", d4="28 april 2026")
    toc = ["1. Voorwoord", "2. Over Noorderkwartier", "3. Visie en koers", "4. Basisondersteuning",
           "5. De ondersteuningsroute", "6. Thuiszitten en maatwerk", "7. Van vso terug naar het regulier",
           "8. Doelen en monitoring", "Ouders en leerlingen", "9. Governance", "10. Ondersteuningsplanraad",
           "11. Regio en gemeenten", "12. Professionals", "13. Informatiebeveiliging en privacy",
           "14. Middelen", "15. Vaststelling en inwerkingtreding", "Begrippen"]
    b = [("toc", toc)]
    b += f_voorwoord(c, thank_parents=False)
    b += [
        ("h2", "Wat is nieuw in dit plan"),
        ("p", "Ten opzichte van het vorige plan zijn er drie belangrijke veranderingen. In de eerste plaats is "
              "het plan korter en meer gericht op hoofdlijnen: uitwerkingen die vaak veranderen, staan op de "
              "website of in het jaarplan, zodat het plan zelf vier jaar bruikbaar blijft. In de tweede plaats "
              "hebben de besturen afgesproken dat elke trede van de ondersteuningsroute in elk deel van de regio "
              "beschikbaar moet zijn; in het vorige plan was dat nog een ambitie. In de derde plaats is de aanpak "
              "van thuiszitten ondergebracht bij één expertteam in plaats van bij vier lokale overleggen. Deze "
              "webversie is de officiële versie van het plan; een afdrukbare versie kan worden opgevraagd bij "
              "het secretariaat. Wijzigingen tijdens de planperiode worden op deze pagina met datum vermeld."),
        ("p", "Het plan volgt de opbouw die scholen uit eerdere plannen kennen. Na de schets van de regio en de "
              "koers volgen de hoofdstukken over de ondersteuning zelf: basisondersteuning, de route, thuiszitten "
              "en de overstap uit het vso. Daarna komen doelen, organisatie, samenwerking met de regio en "
              "middelen aan bod. Waar u een vakterm tegenkomt, helpt de lijst met begrippen onderaan deze pagina."),
    ]
    b += f_regio(c)
    b += f_visie(c)
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Basisondersteuning is in Noorderkwartier het niveau van ondersteuning dat alle twintig vestigingen "
              "ten minste bieden. De acht besturen hebben dat niveau in 2025 vastgelegd in de Standaard "
              "Basisondersteuning Noorderkwartier. Geen enkele vestiging mag eronder zitten, en de standaard "
              "geldt voor vmbo, havo en vwo op dezelfde manier."),
        ("p", "De uitwerking van de standaard in concrete voorzieningen, per thema, vindt u op "
              "www.noorderkwartier-vo.nl/basisondersteuning en in bijlage 2 bij dit plan."),
        ("p", "Het bureau bespreekt jaarlijks met elke vestiging hoe zij de standaard waarmaakt. Een vestiging "
              "die een onderdeel niet op orde heeft, maakt een verbeterplan met een termijn van ten hoogste "
              "één schooljaar; de bestuurder van die school wordt daarover geïnformeerd."),
        ("h1", "5. De ondersteuningsroute"),
        ("p", "Het aanbod in Noorderkwartier is opgebouwd als een route met vier treden. Een leerling gaat pas een "
              "trede hoger als de vorige trede aantoonbaar onvoldoende is. Scholen en voorzieningen zijn zo "
              "ingericht dat elke trede in elk deel van de regio beschikbaar is."),
        ("table", [["Trede", "Aanbod", "Wie organiseert"],
                   ["1", "Basisondersteuning volgens de Standaard", "Elke vestiging"],
                   ["2", "Extra ondersteuning in de school: ondersteuningsklassen, Trajectvoorziening, "
                    "begeleiding door een gedragsspecialist", "School, met advies van het bureau"],
                   ["3", "Bovenschoolse arrangementen: het Steunpunt Autisme, het OPDC Waterhoorn, "
                    "tijdelijke plaatsing in de Time-In-groep", "Samenwerkingsverband"],
                   ["4", "Speciale voorzieningen: vso cluster 3 en 4, praktijkonderwijs, lwoo-scholen",
                    "Vso- en pro-scholen"]]),
        ("p", "Daarnaast zijn er onderwijs-zorgarrangementen met de gemeenten (zie hoofdstuk 11). Voor "
              "informatie over de aanvraag van een toelaatbaarheidsverklaring en over lwoo en pro verwijzen wij "
              "naar www.noorderkwartier-vo.nl/toelaatbaarheid."),
        ("h2", "Nieuwkomers"),
        ("p", "Jongeren die korter dan twee jaar in Nederland wonen en de Nederlandse taal nog onvoldoende "
              "beheersen, beginnen in de internationale schakelklas in Purmerdijk. Zij volgen daar gemiddeld twee "
              "jaar intensief taalonderwijs, gecombineerd met rekenen, Engels en oriëntatie op vervolgonderwijs. "
              "Zodra een leerling voldoende taalvaardig is, stroomt hij door naar een reguliere school in de "
              "regio, waarbij de schakelklas en de ontvangende school samen een overdrachtsgesprek voeren. "
              "Leerlingen die naast de taalachterstand ook een ondersteuningsbehoefte hebben, kunnen al in de "
              "schakelklas gebruikmaken van trede 2 en 3 van de route. De besturen hebben afgesproken dat de "
              "schakelklas niet afhankelijk mag worden van de toevallige instroom: bij een sterke stijging van het "
              "aantal nieuwkomers wordt binnen een maand een tweede groep geopend."),
        ("h1", "6. Thuiszitten en maatwerk"),
        ("p", "Het Expertteam Thuiszitten is het hart van onze aanpak voor leerlingen die niet of niet volledig "
              "naar school gaan. Scholen en leerplicht melden iedere leerling die langer dan drie weken "
              "ongeoorloofd of door ziekte niet op school is, en iedere leerling voor wie na aanmelding geen "
              "passende plek wordt gevonden. Het expertteam neemt binnen vijf werkdagen contact op met de school "
              "en stelt binnen vier weken een plan op dat uitgaat van wat de leerling wel kan."),
        ("p", "Maandelijks komt de Netwerktafel bijeen, met leerplicht, jeugdhulp, de betrokken scholen en het "
              "bureau. Daar worden vastgelopen situaties besproken. Als scholen binnen de zorgplicht geen plek "
              "vinden, wijst de directeur-bestuurder een school aan die de leerling tijdelijk opvangt, op basis "
              "van een afspraak die alle besturen hebben ondertekend. Het bureau houdt bij voor welke vragen geen "
              "aanbod bestond en legt die jaarlijks voor aan de besturen, met een voorstel om het aanbod aan te "
              "passen."),
        ("h1", "7. Van vso terug naar het regulier"),
        ("p", "Het vso is voor veel leerlingen een tussenstation. Ons beleid is dat in het OPP van iedere "
              "vso-leerling vanaf het eerste jaar een terugkeerperspectief is opgenomen, ook als dat perspectief "
              "ver weg ligt. Terugkeer is aan de orde als de leerling de doelen op het niveau van een reguliere "
              "leerweg haalt, als de leerling zelf de overstap wil maken en als er een reguliere school is die de "
              "ondersteuning uit het OPP kan bieden. Na de overstap houdt de leerling een jaar lang een coach van "
              "de vso-school, en kan hij bij terugval in overleg tijdelijk weer lessen op de vso-school volgen."),
        ("p", "Het stappenplan voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt "
              "geëvalueerd en wie besluit - stellen wij in het schooljaar 2026-2027 samen met de vso-scholen op."),
        ("h1", "8. Doelen en monitoring"),
        ("p", "Voor deze planperiode hebben wij de volgende doelen voor leerlingen met een ondersteuningsbehoefte "
              "vastgesteld."),
        ("ul", ["In 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod "
                "(nulmeting 2025: 23 leerlingen).",
                "Ten minste 80 procent van de leerlingen met een arrangement op trede 2 of 3 haalt de doelen die "
                "bij de start zijn afgesproken.",
                "Het aandeel leerlingen in het vso daalt van 3,6 naar 3,2 procent van alle leerlingen.",
                "Minimaal 75 procent van de leerlingen die het OPDC verlaten, stroomt door naar regulier "
                "onderwijs of mbo."]),
        ("p", "Het bureau verzamelt per 1 oktober en per 1 maart de gegevens over deze doelen uit de "
              "leerlingadministraties, het registratiesysteem van het samenwerkingsverband en de meldingen bij "
              "het Expertteam. De Monitor Passend Onderwijs Noorderkwartier zet de uitkomsten per school en per "
              "doel naast de nulmeting. De monitor wordt besproken met de directeuren, de raad van toezicht en de "
              "ondersteuningsplanraad. In het jaarverslag, dat vóór 1 juli wordt vastgesteld, rapporteren wij wat "
              "is bereikt. In 2028 volgt een tussentijdse evaluatie door een extern bureau."),
        ("h1", "Ouders en leerlingen"),
        ("p", "[Deze paragraaf wordt na de consultatieronde met de ondersteuningsplanraad in juni 2026 aangevuld.]"),
    ]
    b += f_governance(c) + f_organisatie_extra()
    b += f_opr(c, mention_parents=False)
    b += f_oogo(c, funding=False) + f_aansluiting_mbo()
    b += f_personeel(c, "vo") + f_kennis()
    b += f_ict(c)
    b += [
        ("h1", "14. Middelen"),
        ("p", "De begroting, het verdeelmodel en de meerjarenraming worden jaarlijks in het jaarplan opgenomen "
              "en zijn te vinden op www.noorderkwartier-vo.nl/jaarplan."),
    ]
    b += f_vaststelling(c)
    b += [
        ("h1", "Begrippen"),
        ("table", [["Begrip", "Betekenis"],
                   ["OJSP", "Ouder- en jeugdsteunpunt Noorderkwartier, waar ouders en leerlingen onafhankelijk "
                    "advies krijgen."],
                   ["Ouderinformatie", "Informatie voor ouders over de ondersteuning op scholen, te vinden in de "
                    "schoolgids en op de website."],
                   ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling "
                    "toelaatbaar is tot vso of praktijkonderwijs, na advies van twee deskundigen."],
                   ["Verdeelmodel", "Regels voor de verdeling van ondersteuningsmiddelen over de scholen."],
                   ["Vso", "Voortgezet speciaal onderwijs."]]),
    ]
    d = dict(title=["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Noorderkwartier (VO 27-02)",
                    "Webversie"],
             header="Noorderkwartier VO | Home | Ondersteuningsplan | Toelaatbaarheid | Ouders | Contact",
             footer="Vragen van ouders? Ouder- en Jeugdsteunpunt Noorderkwartier, tel. 0299 123 456, "
                    "ouders@ojsp-noorderkwartier.nl | Klachten: zie onze klachtenregeling.",
             blocks=b)
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.4: minimum level for all 20 vestigingen stated; concrete voorzieningen only via website and absent bijlage 2; borging described.",
        "plaatsing": "Nothing in body: only a website reference in ch.5, TLV definition in 'Begrippen', nav header item.",
        "terugstroom": "Ch.7: policy (terugkeerperspectief, conditions, coach for a year); stappenplan deferred to 2026-2027.",
        "financien": "Ch.14 'Middelen' only refers to jaarplan on the website; 'verdeelmodel' only in Begrippen.",
        "dekkend-aanbod": "Ch.5 four-trede route table; ch.6 Expertteam Thuiszitten, Netwerktafel, zorgplicht, annual gap report.",
        "resultaten": "Ch.8: four targets with nulmeting; Monitor twice a year, jaarverslag, evaluation 2028.",
        "ouders": "Section 'Ouders en leerlingen' is a placeholder to be filled after June 2026; OJSP only in Begrippen and page footer; OPR text does not mention parents.",
    }
    return "vo-noorderkwartier-op-2026-2030", d, make_label(["vo-noorderkwartier-op-2026-2030.html"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Near-miss F: school-level ondersteuningsplan of one VO school (pdf)
# ---------------------------------------------------------------------------

def nearmiss_f():
    b = [("toc", ["1. Inleiding", "2. Onze school en het samenwerkingsverband", "3. Basisondersteuning op "
                  "De Brug", "4. Zorgniveaus en groepsbesprekingen", "5. Extra ondersteuning en arrangementen",
                  "6. Aanvraag TLV vso en lwoo", "7. Terugplaatsing", "8. Ouders", "9. Middelen en formatie",
                  "10. Evaluatie en resultaten"])]
    b += [
        ("h1", "1. Inleiding"),
        ("p", "Dit is het ondersteuningsplan van het Stedelijk Lyceum De Brug voor het schooljaar 2025-2026. "
              "Het plan beschrijft hoe wij op onze school de ondersteuning van leerlingen organiseren: wie wat "
              "doet, welke zorgniveaus wij onderscheiden en hoe wij samenwerken met het samenwerkingsverband. Het "
              "plan is bedoeld voor mentoren, docenten en de ondersteuners in ons zorgteam, en wordt elk jaar in "
              "juni geëvalueerd en bijgesteld. De medezeggenschapsraad heeft het plan besproken op 3 juni 2025."),
        ("h1", "2. Onze school en het samenwerkingsverband"),
        ("p", "De Brug is een school voor vmbo-tl, havo en vwo met ruim 1.100 leerlingen op twee locaties. De "
              "school valt onder Stichting Openbaar Voortgezet Onderwijs Rivierduinen en is aangesloten bij het "
              "Samenwerkingsverband VO Rivierduinen (VO 28-11). Het samenwerkingsverband stelt elke vier jaar een "
              "eigen ondersteuningsplan vast, waarin onder meer de toelaatbaarheid tot het vso, de verdeling van "
              "de middelen en de afspraken over basisondersteuning zijn geregeld. Dit schoolplan vertaalt die "
              "afspraken naar onze eigen werkwijze. Ons schoolondersteuningsprofiel staat in de schoolgids."),
        ("h1", "3. Basisondersteuning op De Brug"),
        ("p", "Op De Brug bieden wij alle leerlingen de basisondersteuning die in het samenwerkingsverband is "
              "afgesproken. Daarbij hoort een mentor met een wekelijks mentoruur, een ondersteuningscoördinator per "
              "locatie, dyslexie- en dyscalculiefaciliteiten, faalangstreductietraining, huiswerkbegeleiding "
              "in het Studiehuis en een time-outruimte. Op locatie Noord werkt daarnaast een orthopedagoog twee "
              "dagen per week."),
        ("h1", "4. Zorgniveaus en groepsbesprekingen"),
        ("p", "Wij werken met vier zorgniveaus. Op niveau 1 signaleert de docent en stemt de les af. Op niveau 2 "
              "bespreekt de mentor de leerling in de leerlingbespreking, die drie keer per jaar per klas wordt "
              "gehouden. Op niveau 3 wordt de leerling besproken in het zorgteam, met ondersteuningscoördinator, "
              "teamleider en zo nodig de orthopedagoog. Op niveau 4 schakelt het zorgteam het ondersteuningsteam "
              "in, waarin ook de schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar zitten. Het "
              "ondersteuningsteam komt elke zes weken bijeen."),
        ("p", "Groepsbesprekingen vinden plaats in week 45, week 10 en week 24. De mentor bereidt de bespreking "
              "voor met het groepsoverzicht in Magister. Afspraken worden binnen een week vastgelegd in het "
              "leerlingdossier."),
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Leerlingen die meer nodig hebben dan de basisondersteuning, kunnen op De Brug terecht in de "
              "Ondersteuningsklas (maximaal 12 leerlingen in de onderbouw) of krijgen een individueel arrangement "
              "met coaching door een gedragsspecialist. Voor elke leerling met een arrangement stellen wij een "
              "ontwikkelingsperspectiefplan (OPP) op, dat twee keer per jaar met leerling en ouders wordt "
              "geëvalueerd. Voor een tijdelijke plaatsing in het OPDC De Overstap doet de ondersteuningscoördinator "
              "een aanvraag bij het samenwerkingsverband."),
        ("h1", "6. Aanvraag TLV vso en lwoo"),
        ("p", "Als een leerling is aangewezen op het vso, vraagt de school een toelaatbaarheidsverklaring aan bij "
              "het Loket van het samenwerkingsverband. De ondersteuningscoördinator stelt het dossier samen: het "
              "OPP, het onderwijskundig rapport en de zienswijze van ouders en leerling. Intern besluit de "
              "teamleider, na overleg in het zorgteam, of een aanvraag wordt gedaan. Voor de criteria en de "
              "verdere procedure verwijzen wij naar het ondersteuningsplan van het samenwerkingsverband. Voor "
              "lwoo verzamelt de ondersteuningscoördinator in de maanden januari en februari de "
              "onderzoeksgegevens van aangemelde leerlingen."),
        ("h1", "7. Terugplaatsing"),
        ("p", "Jaarlijks stromen enkele leerlingen vanuit het vso of het OPDC in op De Brug. Zij krijgen een vaste "
              "mentor en een startgesprek met de ondersteuningscoördinator. Na zes weken volgt een evaluatie."),
        ("h1", "8. Ouders"),
        ("p", "Wij zien ouders als partner. De mentor is het eerste aanspreekpunt. Ouders worden uitgenodigd voor "
              "het opstellen en evalueren van het OPP. Informatie over de ondersteuning op school staat in de "
              "schoolgids en op de website. Ouders die er met de school niet uitkomen, kunnen contact opnemen met "
              "het Ouder- en Jeugdsteunpunt Rivierduinen of gebruikmaken van de klachtenregeling van het bestuur."),
        ("h1", "9. Middelen en formatie"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget per leerling. Wij zetten dit in "
              "voor 2,4 fte ondersteuningscoördinatie, 0,4 fte orthopedagoog, de Ondersteuningsklas en de "
              "trainingen. De teamleider ondersteuning bewaakt het budget en legt in het jaarverslag van de "
              "school verantwoording af."),
        ("h1", "10. Evaluatie en resultaten"),
        ("p", "In juni evalueert het zorgteam dit plan. Daarbij kijken wij naar het aantal leerlingen per "
              "zorgniveau, het aantal OPP's en de tevredenheid van mentoren over de ondersteuning. De uitkomsten "
              "worden besproken in de schoolleiding en verwerkt in het plan voor het volgende schooljaar."),
    ]
    d = dict(title=["Ondersteuningsplan 2025-2026", "Stedelijk Lyceum De Brug", "Locaties Noord en Centrum"],
             header="Stedelijk Lyceum De Brug - Ondersteuningsplan 2025-2026",
             footer="De Brug - zorgteam", blocks=b)
    label = {"documents": ["vo-de-brug-schoolondersteuningsplan-2025.pdf"], "sector": "vo",
             "looks_like_plan": False, "elements": {}, "criteria": {},
             "notes": {"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, "
                                   "groepsbesprekingen, intern zorgteam), explicitly refers to the "
                                   "samenwerkingsverband's own plan; not an ondersteuningsplan of a "
                                   "samenwerkingsverband (no SWV-wide verdeling, OPR, OOGO, planperiode)."}}
    return "vo-de-brug-schoolondersteuningsplan-2025", d, label


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [(plan_a, "docx"), (plan_b, "docx"), (plan_c, "pdf"), (plan_d, "pdf"), (plan_e, "html"),
            (nearmiss_f, "pdf")]
    for fn, fmt in jobs:
        name, d, label = fn()
        path = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(d, path)
        elif fmt == "pdf":
            render_pdf(d, path)
        else:
            render_html(d, path)
        write_label(name, label)
        print(f"{path.name}: {body_words(d)} body words")


if __name__ == "__main__":
    main()
