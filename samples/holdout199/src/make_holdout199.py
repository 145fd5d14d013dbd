#!/usr/bin/env python3
"""Generate the holdout199 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, with hand-written label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
import zipfile
import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: ("title", text), ("sub", text), ("h1", text), ("h2", text), ("p", text),
# ("bullets", [..]), ("table", [[header..], [row..], ..]), ("toc", [lines]), ("pagebreak", None)
# ---------------------------------------------------------------------------------------------


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title", "sub"):
            n += len(val.split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(str(cell).split()) for row in val for cell in row)
    return n


def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
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
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    cp = doc.core_properties
    cp.author = "holdout199"
    cp.created = cp.modified = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.last_modified_by = "holdout199"
    cp.revision = 1
    doc.save(str(path))
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite the .docx with fixed member timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{html.escape(title)}</p></header>', "<main>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' +
                       "".join(f"<li>{e(x)}</li>" for x in val) + "</ul></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", '<footer><p>© Samenwerkingsverband VO Zuidrand – webversie</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout199_mk_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc_from(blocks):
    return [v for k, v in blocks if k == "h1"]


def assemble(front, body):
    """front: title blocks; body: content blocks. Inserts a TOC (chapter titles) after the front."""
    return front + [("toc", toc_from(body)), ("pagebreak", None)] + body


# ---------------------------------------------------------------------------------------------
# Shared filler (real plans carry a lot of this). Parameterised per verband; written so that it
# does not address any core criterion by itself (only passing mentions of element words).
# ---------------------------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat we "
              f"schreven na de verbeteraanpak van het ministerie. Het plan is tot stand gekomen in een "
              f"intensief traject met schoolleiders, {c['ib']}, bestuurders, de ondersteuningsplanraad, "
              f"ouders en onze partners in de {c['n_gem']} gemeenten van de regio. Wij danken iedereen die "
              f"heeft meegedacht, meegelezen en ons scherp heeft gehouden."),
        ("p", "Passend onderwijs is geen project meer, het is de gewone praktijk van elke dag. Toch merken "
              "we dat die praktijk onder druk staat. Het lerarentekort is in onze regio voelbaar, de vraag "
              "naar jeugdhulp groeit en de verwachtingen van ouders over wat een school kan bieden, lopen "
              "soms uiteen met wat een school waar kan maken. Tegelijk zien we dagelijks hoe leerkrachten, "
              "mentoren en ondersteuners met grote betrokkenheid het verschil maken voor kinderen en "
              "jongeren die het moeilijk hebben. Dat vraagt om een plan dat richting geeft zonder de "
              "professionele ruimte van scholen dicht te timmeren."),
        ("p", "Dit plan is daarom bewust compact gehouden waar het kan en concreet waar het moet. We willen "
              "dat scholen, ouders en partners er hun weg in vinden. De middelen die ons als "
              "samenwerkingsverband zijn toevertrouwd, zijn publiek geld; we gaan daar zorgvuldig mee om en "
              "we leggen er verantwoording over af. Resultaten zijn voor ons geen doel op zich, maar een "
              "manier om met elkaar het gesprek te voeren over wat werkt."),
        ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n"
              f"{c['directeur']}, directeur-bestuurder\n{c['voorzitter']}, voorzitter {c['toezicht']}"),
    ]


def f_context(c, kengetallen_table=True):
    blocks = [
        ("h1", f"{c['ch_context']}"),
        ("p", f"{c['naam']} omvat de gemeenten {c['gemeenten']}. In deze gemeenten wonen ruim "
              f"{c['inwoners']} inwoners. Het gebied kent een mengeling van middelgrote kernen en een "
              f"uitgestrekt landelijk gebied met kleine dorpen. Dat heeft gevolgen voor de bereikbaarheid "
              f"van voorzieningen: leerlingenvervoer en reistijd zijn in onze regio een blijvend "
              f"aandachtspunt, ook in het overleg met de gemeenten."),
        ("p", f"Bij het samenwerkingsverband zijn {c['n_besturen']} schoolbesturen aangesloten met samen "
              f"{c['n_scholen']} scholen en ongeveer {c['n_lln']} leerlingen. De besturen verschillen sterk "
              f"in omvang: van eenpitters tot een bestuur met meer dan twintig scholen. De demografische "
              f"prognoses laten voor de planperiode een lichte daling van het leerlingaantal zien in het "
              f"landelijk gebied en een stabilisatie in de grotere kernen. Die daling raakt de "
              f"ondersteuningsmiddelen, die immers per leerling worden berekend."),
    ]
    if kengetallen_table:
        blocks.append(("table", [["Bestuur", "Aantal scholen", "Leerlingen (1-10-2025)"]] + c["besturen"]))
    blocks.append(("p", "De regio heeft de afgelopen jaren een toename gezien van het aantal nieuwkomers, "
                        "met name in de grotere kernen. Ook het aantal jeugdigen met een vorm van jeugdhulp "
                        "ligt in een aantal gemeenten boven het landelijk gemiddelde. Deze ontwikkelingen "
                        "nemen we mee in de keuzes die in de volgende hoofdstukken worden beschreven."))
    return blocks


def f_visie(c):
    return [
        ("h1", c["ch_visie"]),
        ("p", f"Onze missie is kort: {c['missie']} Die missie is niet nieuw, maar we hebben haar in de "
              f"voorbereiding van dit plan opnieuw met elkaar besproken, in bijeenkomsten met schoolleiders, "
              f"in de ondersteuningsplanraad en in gesprekken met ouders en jeugdprofessionals."),
        ("h2", "Uitgangspunten"),
        ("bullets", [
            "Het kind of de jongere staat centraal, niet het systeem of de financieringsstroom.",
            "We denken in mogelijkheden en ondersteuningsbehoeften, niet in labels en diagnoses.",
            "Onderwijs vindt zo thuisnabij en zo regulier mogelijk plaats.",
            "Ouders zijn partner; hun kennis van hun kind is onmisbaar.",
            "Scholen en besturen zijn samen verantwoordelijk; niemand valt tussen wal en schip.",
            "We werken handelingsgericht en oplossingsgericht en we leren van wat we doen.",
            "We gaan doelmatig om met middelen en maken keuzes transparant.",
        ]),
        ("p", "Deze uitgangspunten klinken vertrouwd, en dat is bewust. Ze vormen het morele kompas van het "
              "samenwerkingsverband. Tegelijk beseffen we dat woorden als 'thuisnabij' en 'zo regulier "
              "mogelijk' pas betekenis krijgen in concrete afspraken. Een arrangement dat op papier klopt, "
              "maar in de klas niet werkt, helpt niemand. Daarom kijken we steeds naar de dagelijkse "
              "praktijk: wat heeft deze leerling nodig, wat kan deze leraar aan, en wat is daarvoor nodig?"),
        ("h2", "Wat we anders willen doen"),
        ("p", "In de vorige planperiode lag de nadruk op het inrichten van procedures en het op orde brengen "
              "van de organisatie. In deze periode willen we de beweging maken van organiseren naar "
              "verbinden: tussen scholen onderling, tussen onderwijs en jeugdhulp en tussen school en thuis. "
              "We investeren in korte lijnen, in vertrouwen en in vakmanschap. Minder formulieren, meer "
              "gesprekken. Toelaatbaarheid, arrangementen en budgetten blijven nodig, maar ze zijn middel en "
              "geen doel."),
    ]


def f_governance(c, jaarverslag=False):
    blocks = [
        ("h1", c["ch_gov"]),
        ("p", f"{c['naam']} is een stichting. In de statuten is vastgelegd dat alle bevoegde gezagsorganen "
              f"van de scholen in de regio aangesloten zijn. De stichting kent een scheiding tussen bestuur "
              f"en toezicht. Het bestuur wordt gevormd door een directeur-bestuurder; het interne toezicht "
              f"ligt bij de {c['toezicht']}, die bestaat uit bestuurders van de aangesloten schoolbesturen "
              f"en een onafhankelijk voorzitter."),
        ("p", f"De {c['toezicht']} keurt onder meer het ondersteuningsplan, de begroting en de "
              f"jaarstukken goed, benoemt de accountant en houdt toezicht op de uitvoering van het beleid. "
              f"Zij vergadert ten minste vijf keer per jaar. De directeur-bestuurder wordt ondersteund door "
              f"een compact bureau met een beleidsmedewerker, een controller, een secretariaat en het team "
              f"van consulenten."),
        ("p", "In de statuten is een regeling opgenomen voor geschillen tussen de aangesloten besturen "
              "onderling en tussen besturen en het samenwerkingsverband. Deze geschillenregeling is in de "
              "afgelopen planperiode niet gebruikt. Het toezichtkader, het bestuursreglement en het "
              "managementstatuut zijn in 2025 geactualiseerd en in lijn gebracht met de Code Goed Bestuur."),
        ("h2", "Overlegstructuur"),
        ("bullets", [
            "Directeurenoverleg: zes keer per jaar, met een vertegenwoordiging van schoolleiders per bestuur.",
            f"Netwerk {c['ib']}: vier keer per jaar, gericht op kennisdeling en casuïstiek.",
            "Bestuurlijk overleg met de gemeenten: twee keer per jaar, aanvullend op het OOGO.",
            "Afstemmingsoverleg met het aangrenzende samenwerkingsverband: drie keer per jaar.",
        ]),
    ]
    if jaarverslag:
        blocks.append(("p", "Jaarlijks stelt het bestuur een jaarverslag op dat vóór 1 juli openbaar wordt "
                            "gemaakt."))
    return blocks


def f_opr(c, with_members=True):
    blocks = [("h1", c["ch_opr"])]
    if with_members:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het "
                            f"ondersteuningsplan en op wijzigingen daarvan. De OPR bestaat uit {c['opr_n']} "
                            f"leden, gekozen uit en door de medezeggenschapsraden van de aangesloten scholen: "
                            f"voor de helft personeelsleden en voor de helft {c['opr_ouders']}. De OPR "
                            f"vergadert zes keer per jaar en heeft een eigen reglement en een budget voor "
                            f"scholing en ondersteuning."))
    else:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het "
                            "ondersteuningsplan en op wijzigingen daarvan. De samenstelling en werkwijze "
                            "zijn vastgelegd in het medezeggenschapsstatuut en het reglement van de OPR."))
    blocks.append(("p", f"Bij de voorbereiding van dit plan is de OPR vanaf het begin betrokken. In drie "
                        f"thema-avonden heeft de raad meegedacht over de hoofdlijnen; de conceptteksten zijn "
                        f"besproken in de vergaderingen van {c['opr_data']}. De OPR heeft op "
                        f"{c['opr_instemming']} ingestemd met dit ondersteuningsplan."))
    blocks.append(("p", "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
                        "personeel van het bureau. Deze raad adviseert over onderwerpen die de "
                        "medewerkers van het samenwerkingsverband zelf raken, zoals formatie en "
                        "huisvesting van het bureau."))
    return blocks


def f_oogo(c, substantive=True):
    blocks = [
        ("h1", c["ch_oogo"]),
        ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
              f"{c['gemeenten']}. Het OOGO over de conceptversie van dit plan vond plaats op {c['oogo_datum']}. "
              f"De gemeenten hebben in dat overleg aangegeven zich te kunnen vinden in de hoofdlijnen; het "
              f"verslag is door beide partijen vastgesteld. Omgekeerd voert het samenwerkingsverband OOGO "
              f"over de beleidsplannen jeugd van de gemeenten."),
    ]
    if substantive:
        blocks += [
            ("h2", "Gezamenlijke agenda"),
            ("p", "Met de gemeenten is een gezamenlijke agenda vastgesteld met vier thema's: de inzet van "
                  "jeugdhulp in en om de school, de aanpak van verzuim en thuiszitten, leerlingenvervoer en "
                  "onderwijshuisvesting. Voor het eerste thema is afgesproken dat in elke gemeente een "
                  "vaste jeugdprofessional aan de scholen is verbonden, die laagdrempelig aansluit bij het "
                  "ondersteuningsteam. Zorg in onderwijstijd wordt per leerling afgestemd in een "
                  "onderwijs-zorgarrangement, waarbij gemeente en samenwerkingsverband elk het eigen deel "
                  "bekostigen."),
            ("p", "Over leerlingenvervoer en huisvesting beslissen de gemeenten; het samenwerkingsverband "
                  "signaleert knelpunten en adviseert. In de planperiode wordt de regionale "
                  "samenwerkingsagenda jaarlijks geëvalueerd in het bestuurlijk overleg."),
        ]
    else:
        blocks.append(("p", "De gemeenten en het samenwerkingsverband hebben afgesproken het OOGO voortaan "
                            "twee keer per jaar te voeren, in het voorjaar en in het najaar. De agenda wordt "
                            "voorbereid door de beleidsmedewerkers van beide kanten."))
    return blocks


def f_personeel(c):
    return [
        ("h1", c["ch_pers"]),
        ("p", "Passend onderwijs staat of valt met de mensen die het doen. In de gesprekken ter voorbereiding "
              "van dit plan kwam werkdruk steeds terug: leraren ervaren de groepen als complexer en hebben "
              "het gevoel er soms alleen voor te staan. Tegelijk is het lastig om vacatures te vullen, zeker "
              "voor specialistische functies als orthopedagoog en gedragsspecialist."),
        ("p", f"Het samenwerkingsverband heeft zelf een beperkte formatie van ongeveer {c['fte']} fte. Het "
              f"grootste deel daarvan bestaat uit consulenten die scholen adviseren en begeleiden. Het bureau "
              f"is gehuisvest in {c['bureau']}. Voor het personeel van het samenwerkingsverband geldt de cao "
              f"van de sector; het samenwerkingsverband is aangesloten bij het vervangingsfonds."),
        ("h2", "Professionalisering en kennisdeling"),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een programma voor deskundigheidsbevordering. "
              "Onderdeel daarvan zijn netwerkbijeenkomsten voor ondersteuners, een leergang voor "
              "beginnende ondersteuners en een jaarlijkse studiedag voor alle scholen. Daarnaast stimuleren "
              "we kennisdeling tussen scholen, bijvoorbeeld door collegiale consultatie en door "
              "hospiteren bij scholen met een bijzondere expertise."),
        ("p", "Besturen blijven verantwoordelijk voor het eigen personeelsbeleid en voor de scholing van "
              "hun medewerkers. Het samenwerkingsverband vult aan waar dat meerwaarde heeft, bijvoorbeeld "
              "bij thema's die alle scholen raken en waarvoor de expertise in de regio dun gezaaid is."),
    ]


def f_privacy(c):
    return [
        ("h1", c["ch_priv"]),
        ("p", f"Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor "
              f"de wettelijke taken, zoals het beoordelen van aanvragen en het adviseren van scholen. Dat "
              f"gebeurt in de beveiligde omgeving {c['ict']}. Scholen voegen daarin de benodigde stukken "
              f"toe; alleen medewerkers die bij de aanvraag betrokken zijn, hebben toegang."),
        ("p", "Gegevens over gezondheid worden alleen verwerkt als dat voor de taak noodzakelijk is. "
              "Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. Het "
              "samenwerkingsverband heeft een functionaris gegevensbescherming, een privacyreglement en een "
              "register van verwerkingsactiviteiten. Datalekken worden gemeld volgens het vastgestelde "
              "protocol."),
        ("p", "Op het gebied van ICT werkt het bureau met een cloudomgeving die door een externe partij "
              "wordt beheerd. In de planperiode wordt de digitale omgeving vernieuwd; daarbij staat "
              "gebruiksgemak voor scholen voorop. Eventuele wijzigingen in de werkwijze worden vooraf met "
              "de scholen en de OPR besproken."),
    ]


def f_vaststelling(c):
    return [
        ("h1", c["ch_vast"]),
        ("p", "Dit ondersteuningsplan is volgens onderstaande planning tot stand gekomen."),
        ("table", [["Stap", "Datum"]] + c["planning"]),
        ("p", f"Het plan geldt voor de schooljaren {c['periode']}, van 1 augustus {c['start']} tot en met 31 "
              f"juli {c['eind']}. Het plan is vóór 1 mei {c['start']} via het Internet Schooldossier aan de "
              f"inspectie van het onderwijs toegezonden. Tussentijdse wijzigingen worden ter instemming aan "
              f"de OPR voorgelegd."),
    ]


def f_begrippen(c, extra):
    rows = [["Begrip", "Omschrijving"]] + extra
    return [("h1", c["ch_begr"]), ("table", rows)]


def f_ontwikkelagenda(c):
    return [
        ("h1", "Ontwikkelagenda"),
        ("p", "Naast de vaste taken werkt het samenwerkingsverband in de planperiode aan een aantal "
              "organisatorische ontwikkelingen. Deze staan hieronder in de tijd gezet. De agenda wordt "
              "jaarlijks in het jaarplan uitgewerkt en waar nodig bijgesteld; de OPR wordt over de voortgang "
              "geïnformeerd."),
        ("table", [["Schooljaar", "Ontwikkeling", "Trekker"],
                   ["2026-2027", f"Vernieuwing van de digitale omgeving {c['ict']} en koppeling met de "
                    "leerlingadministratie van de scholen", "Bureau"],
                   ["2026-2027", "Herijking van het bestuursreglement en het toezichtkader", "Bestuur"],
                   ["2027-2028", "Opzet van een leergang voor nieuwe schoolleiders over passend onderwijs",
                    "Beleidsmedewerker"],
                   ["2027-2028", "Verkenning van een gezamenlijke huisvesting van het bureau met de "
                    "aangrenzende samenwerkingsverbanden", "Directeur-bestuurder"],
                   ["2028-2029", "Tussentijdse evaluatie van de koers met scholen en OPR",
                    "Directeur-bestuurder"],
                   ["2029-2030", "Voorbereiding van het volgende ondersteuningsplan", "Bureau en OPR"]]),
        ("h2", "Kennisdeling en innovatie"),
        ("p", "Het samenwerkingsverband stimuleert scholen om van elkaar te leren. Daarvoor organiseren we "
              "lerende netwerken rond thema's die scholen zelf aandragen, zoals omgaan met "
              "prikkelgevoeligheid in de klas, het voeren van goede gesprekken met jongeren en het inzetten "
              "van digitale hulpmiddelen. Scholen die iets nieuws willen uitproberen, kunnen een beroep doen "
              "op een klein innovatiefonds; de voorwaarden daarvoor staan in een aparte regeling. Kennis die in "
              "deze netwerken ontstaat, wordt gedeeld via de nieuwsbrief en tijdens de jaarlijkse studiedag."),
        ("p", "We werken daarbij samen met de lerarenopleidingen in de regio. Studenten lopen stage op "
              "scholen met een bijzondere expertise en doen praktijkonderzoek naar vragen die scholen "
              "inbrengen. Zo bouwen we aan een regio waarin kennis niet bij één school blijft hangen."),
    ]


GLOSS_PO = [
    ["Arrangement", "Een op maat samengesteld pakket van ondersteuning voor een leerling of groep."],
    ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat "
                           "binnen de ondersteuningsstructuur van de school wordt uitgevoerd."],
    ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
    ["IB'er", "Intern begeleider."],
    ["Meerjarenbegroting", "De begroting voor meerdere jaren vooruit."],
    ["OJSP", "Ouder- en jeugdsteunpunt."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["SBO", "Speciaal basisonderwijs."],
    ["SO", "Speciaal onderwijs (cluster 3 en 4)."],
    ["Terugplaatsing", "Het terugkeren van een leerling van het s(b)o naar het reguliere basisonderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring: het besluit dat een leerling toelaatbaar is tot sbo of so."],
    ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
]

GLOSS_VO = [
    ["Arrangement", "Een op maat samengestelde vorm van ondersteuning voor een leerling of groep."],
    ["Basisondersteuning", "De ondersteuning die iedere vo-school binnen de eigen ondersteuningsstructuur "
                           "biedt."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["OJSP", "Ouder- en jeugdsteunpunt."],
    ["OPDC", "Orthopedagogisch-didactisch centrum."],
    ["PrO", "Praktijkonderwijs."],
    ["Terugplaatsing", "Overstap van een leerling van het vso naar het reguliere voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs."],
    ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."],
    ["VSO", "Voortgezet speciaal onderwijs."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."],
]


def ctx(**kw):
    base = dict(ch_context="Onze regio", ch_visie="Missie en visie", ch_gov="Organisatie en governance",
                ch_opr="Medezeggenschap", ch_oogo="Samenwerking met gemeenten", ch_pers="Personeel",
                ch_priv="Privacy en ICT", ch_vast="Planning en vaststelling", ch_begr="Begrippenlijst",
                ib="intern begeleiders", opr_ouders="ouders", fte="14")
    base.update(kw)
    return base


# =============================================================================================
# P1  PO, .docx — Passend Primair Rivierenland-Oost
# =============================================================================================
def plan_p1():
    c = ctx(naam="Samenwerkingsverband Passend Primair Rivierenland-Oost", kort="PPRO",
            periode="2026-2030", start="2026", eind="2030", n_gem="vier",
            gemeenten="Maasbommel-Oost, Heerewaarden, Alphen aan de Waal en Dreumelstein",
            inwoners="118.000", n_besturen="9", n_scholen="46", n_lln="10.900",
            directeur="drs. H.J. van Welie", voorzitter="mr. A. Koornstra", toezicht="raad van toezicht",
            missie="ieder kind in Rivierenland-Oost krijgt het onderwijs en de ondersteuning die het nodig "
                   "heeft, zo dicht mogelijk bij huis.",
            besturen=[["Stichting Primus Rivierenland", "14", "3.480"], ["Stichting De Linge", "11", "2.510"],
                      ["PCBO Maas en Waal", "8", "1.870"], ["Stichting Kindwijs", "6", "1.540"],
                      ["Overige besturen (5)", "7", "1.500"]],
            bureau="Tiel", ict="Groeidossier Online", opr_n="twaalf", opr_data="november 2025, januari en "
            "februari 2026", opr_instemming="10 maart 2026", oogo_datum="4 februari 2026",
            ch_oogo="Samenwerking met gemeenten en jeugdhulp", ch_begr="Bijlage A Begrippenlijst",
            planning=[["Concept besproken in directeurenoverleg", "21 oktober 2025"],
                      ["OOGO met de gemeenten", "4 februari 2026"],
                      ["Instemming OPR", "10 maart 2026"],
                      ["Vaststelling door het bestuur na goedkeuring raad van toezicht", "24 maart 2026"],
                      ["Toezending aan de inspectie", "7 april 2026"]])
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("sub", "Samenwerkingsverband Passend Primair Rivierenland-Oost (PO 28-11)"),
             ("sub", "Samen sterk voor elk kind – definitieve versie, vastgesteld 24 maart 2026"),
             ("pagebreak", None)]
    b = []
    b += f_voorwoord(c)
    b += [("h1", "1 Inleiding en leeswijzer"),
          ("p", "Dit plan beschrijft hoe het samenwerkingsverband in de periode 2026-2030 zorgt voor een "
                "samenhangend geheel van ondersteuning binnen en tussen de scholen. Hoofdstuk 2 schetst de "
                "regio, hoofdstuk 3 onze missie en visie. In hoofdstuk 4 staat wat elke school biedt. "
                "Hoofdstuk 5 beschrijft het aanbod daarboven en de manier waarop we gaten in dat aanbod "
                "opsporen. Hoofdstuk 6 gaat over toelaatbaarheid tot sbo en so. Hoofdstuk 7 bevat onze "
                "ambities, hoofdstuk 8 de communicatie, hoofdstuk 9 de samenwerking met gemeenten en "
                "hoofdstuk 10 het geld. De hoofdstukken 11 tot en met 15 gaan over organisatie, "
                "medezeggenschap, personeel, privacy en de vaststelling van dit plan."),
          ("p", "Waar in dit plan 'school' staat, bedoelen we iedere vestiging van een aangesloten school, "
                "dus ook nevenvestigingen. Waar 'ouders' staat, bedoelen we ook verzorgers.")]
    ctxb = f_context(c)
    ctxb[0] = ("h1", "2 Onze regio")
    b += ctxb
    vb = f_visie(c)
    vb[0] = ("h1", "3 Missie en visie")
    b += vb
    b += [
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "De aangesloten besturen hebben met elkaar vastgelegd welke ondersteuning iedere basisschool in "
              "het samenwerkingsverband, op iedere vestiging, ten minste biedt. Dat is onze basisondersteuning. "
              "Het niveau is voor alle 46 scholen hetzelfde: een school mag meer bieden, maar niet minder. "
              "Ouders kunnen erop rekenen dat hun kind op elke school in de regio deze ondersteuning krijgt, "
              "zonder aanvraag bij het samenwerkingsverband en zonder aanvullende middelen per leerling."),
        ("p", "Het afgesproken niveau bestaat uit de onderstaande voorzieningen. Per domein staat wat u op "
              "iedere school aantreft."),
        ("table", [["Domein", "Wat iedere school ten minste biedt"],
                   ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                    "een schoolondersteuningsteam dat ten minste drie keer per jaar bijeenkomt, met de "
                    "consulent van het samenwerkingsverband en de jeugdprofessional van de gemeente."],
                   ["Planmatig werken", "Twee keer per jaar groepsbesprekingen en leerlingbesprekingen; een "
                    "groepsoverzicht per groep; een ontwikkelingsperspectiefplan voor iedere leerling die op "
                    "een eigen leerlijn werkt."],
                   ["Lezen en dyslexie", "Het Protocol Leesproblemen en Dyslexie; signalering vanaf groep 1; "
                    "extra leestijd van minimaal 3 x 20 minuten per week voor zwakke lezers; "
                    "voorleessoftware voor leerlingen met een dyslexieverklaring."],
                   ["Rekenen", "Het Protocol ERWD; inzet van concreet materiaal en extra instructie in de "
                    "kleine groep."],
                   ["Gedrag en welbevinden", "Een schoolbrede aanpak voor positief gedrag en een "
                    "anti-pestprogramma; jaarlijkse monitoring van de sociale veiligheid; een "
                    "aandachtsfunctionaris voor de meldcode."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 2 en 5; "
                    "compacten en verrijken van de leerstof in de eigen groep."],
                   ["Taal en NT2", "Extra woordenschatonderwijs voor leerlingen met een taalachterstand; "
                    "afspraken over de opvang van anderstalige leerlingen."],
                   ["Medisch handelen", "Een protocol medisch handelen; afspraken met ouders over het "
                    "toedienen van medicijnen."],
                   ["Samenwerking", "Een vaste contactpersoon jeugdhulp en warme overdracht naar het vo."]]),
        ("h2", "4.2 Grens met extra ondersteuning"),
        ("p", "Extra ondersteuning begint waar de basisondersteuning ophoudt: als een leerling na twee "
              "doelgerichte handelingscycli van ieder minimaal zes weken onvoldoende profiteert van wat de "
              "school in de basis biedt, bespreekt het schoolondersteuningsteam de inzet van een arrangement."),
        ("h2", "4.3 Borging"),
        ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het bureau "
              "voert eens in de twee jaar per school een gesprek aan de hand van de kwaliteitskaart "
              "basisondersteuning. Blijft een school op een onderdeel onder het niveau, dan maken school en "
              "bestuur binnen zes weken een verbeterplan, dat na een jaar opnieuw wordt besproken."),
    ]
    b += [
        ("h1", "5 Van extra ondersteuning tot speciaal onderwijs"),
        ("p", "Boven op de basisondersteuning kent het samenwerkingsverband een samenhangend aanbod in drie "
              "lagen. Samen met de basisondersteuning vormen die lagen het ondersteuningscontinuüm van onze "
              "regio. Een leerling gaat niet automatisch van laag naar laag: we kiezen steeds het lichtste "
              "passende antwoord."),
        ("table", [["Laag", "Voorzieningen", "Toegang"],
                   ["Extra ondersteuning in de school", "Arrangementen in de eigen groep: extra begeleiding, "
                    "inzet van een onderwijsassistent, ambulante begeleiding, specifieke materialen.",
                    "Besluit van de school na bespreking in het schoolondersteuningsteam."],
                   ["Bovenschoolse voorzieningen", "Taalklas De Brug voor nieuwkomers (twee locaties); "
                    "plusklas De Uitdaging voor hoogbegaafde leerlingen (één dag per week); "
                    "observatiegroep De Kade (maximaal twaalf weken).",
                    "Aanmelding bij het loket; besluit door de consulent binnen vier weken."],
                   ["Speciaal (basis)onderwijs", "Sbo De Regenboog (locaties Tiel en Druten); so-school "
                    "De Horizon (cluster 4); so-school Het Baken (cluster 3, inclusief een groep voor "
                    "leerlingen met ernstig meervoudige beperkingen).",
                    "Toelaatbaarheidsverklaring, zie hoofdstuk 6."]]),
        ("p", "Voor kinderen die naast onderwijs zorg nodig hebben, kennen we onderwijs-zorgarrangementen op "
              "de so-scholen en op twee basisscholen met een zorggroep. De gemeenten financieren het "
              "zorgdeel, het samenwerkingsverband het onderwijsdeel."),
        ("h2", "5.2 Waar het aanbod niet sluit"),
        ("p", "Een dekkend aanbod is nooit af. We sporen gaten in het aanbod op drie manieren op. Ten eerste "
              "houden we samen met de leerplichtambtenaren een thuiszittersregistratie bij die elke maand "
              "wordt besproken; iedere leerling die langer dan vier weken thuiszit, wordt binnen tien "
              "werkdagen besproken aan de Tafel van Tien, met school, ouders, leerplicht, jeugdhulp en de "
              "consulent. Ten tweede melden scholen wachttijden voor bovenschoolse voorzieningen en so aan "
              "het loket; staat een leerling langer dan zes weken op een wachtlijst, dan regelt het "
              "samenwerkingsverband een overbruggingsarrangement. Ten derde bespreken we jaarlijks met de "
              "besturen welke vragen we niet konden beantwoorden."),
        ("p", "Uit die analyse bleek in 2025 dat er te weinig plaatsen zijn voor jonge kinderen met "
              "ernstige gedragsproblemen. Daarom start De Horizon per 1 augustus 2026 een extra "
              "instroomgroep voor kinderen van 4 tot 7 jaar. Komen school en ouders er samen niet uit, dan "
              "kan de directeur-bestuurder gebruikmaken van doorzettingsmacht: zij wijst dan een school aan "
              "die de leerling binnen twee weken een plek biedt, zodat de zorgplicht geen papieren "
              "werkelijkheid blijft."),
    ]
    b += [
        ("h1", "6 Toelaatbaarheid tot sbo en so"),
        ("h2", "6.1 Wie vraagt aan en hoe"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school "
              "waar de leerling is ingeschreven of, bij een nieuwe leerling, is aangemeld. De aanvraag "
              "verloopt via het loket in Groeidossier Online en bevat: het groeidocument met de "
              "ondersteuningsbehoefte, de evaluatie van ten minste twee handelingscycli, het advies van het "
              "schoolondersteuningsteam en de zienswijze van de ouders."),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                   ["1", "Bespreking in het schoolondersteuningsteam met ouders", "School", "-"],
                   ["2", "Indienen aanvraag via het loket", "Schoolbestuur", "-"],
                   ["3", "Toets op volledigheid", "Loket", "binnen 5 werkdagen"],
                   ["4", "Twee deskundigenadviezen", "Deskundigen", "binnen 3 weken"],
                   ["5", "Besluit", "Commissie Toelaatbaarheid", "binnen 6 weken na volledige aanvraag"]]),
        ("h2", "6.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
              "ondersteuningsbehoefte overstijgt aantoonbaar wat de basisschool met inzet van een arrangement "
              "kan bieden; de leerling heeft een ontwikkelingsachterstand of een combinatie van leer- en "
              "gedragsproblemen die een kleinere groep met specialistische begeleiding nodig maakt; en het "
              "sbo kan naar verwachting wel aan die ondersteuningsbehoefte voldoen."),
        ("p", "Een leerling is toelaatbaar tot het so als daarnaast blijkt dat de ondersteuningsbehoefte "
              "ook in het sbo niet passend kan worden beantwoord, bijvoorbeeld door een verstandelijke "
              "beperking (cluster 3), een lichamelijke beperking of langdurige ziekte (cluster 3) of "
              "ernstige gedrags- of psychiatrische problematiek (cluster 4)."),
        ("h2", "6.3 Deskundigenadvies"),
        ("p", "Over iedere aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk: een "
              "orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een "
              "tweede deskundige (kinderpsychiater, arts, maatschappelijk werker of pedagoog). De "
              "deskundigen zijn niet betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift van "
              "beide adviezen."),
        ("h2", "6.4 Duur en categorie"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so "
              "wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, tenzij de "
              "deskundigen een hogere categorie (midden of hoog) onderbouwen vanwege een lichamelijke "
              "beperking of een meervoudige beperking."),
        ("h2", "6.5 Bezwaar"),
        ("p", "Ouders en schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die over het bezwaar adviseert voordat het bestuur opnieuw "
              "beslist."),
        ("h2", "6.6 Afloop van de TLV"),
        ("p", "Uiterlijk in februari van het laatste schooljaar waarvoor een TLV geldt, bespreekt de sbo- of "
              "so-school in een multidisciplinair overleg met de ouders en de consulent van het "
              "samenwerkingsverband of voortzetting nodig is. Vindt de school voortzetting nodig, dan dient "
              "het bestuur vóór 1 april een nieuwe aanvraag in, die volgens de stappen van 6.1 wordt "
              "beoordeeld. Is voortzetting niet nodig, dan kiezen de ouders een basisschool en organiseert de "
              "consulent vóór 1 mei een overdrachtsgesprek tussen de twee scholen; de TLV loopt dan af per "
              "31 juli en de leerling wordt per 1 augustus ingeschreven op de basisschool."),
        ("p", "Een beleidskader voor terugplaatsing, met de doelen, de voorwaarden en de ondersteuning die "
              "een ontvangende school na de overstap kan krijgen, stellen we in het schooljaar 2026-2027 op "
              "samen met de directeuren van het sbo en so."),
    ]
    b += [
        ("h1", "7 Ambities en beoogde resultaten"),
        ("p", "Voor de planperiode hebben we vijf ambities geformuleerd. Bij iedere ambitie hoort een "
              "indicator, een nulmeting over het schooljaar 2024-2025 en een streefwaarde voor 2030."),
        ("table", [["Ambitie", "Indicator", "Nulmeting", "Streefwaarde 2030"],
                   ["Geen kind langdurig thuis", "Aantal leerlingen langer dan 4 weken thuis", "14", "maximaal 5"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage so (1 oktober)", "1,9%", "1,7%"],
                   ["Snelle toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "5 weken"],
                   ["Tevreden ouders", "Tevredenheid ouders over arrangement (1-10)", "6,8", "7,5"],
                   ["Passende vervolgplek", "Leerlingen met arrangement met passend vo-advies", "88%", "95%"]]),
        ("p", "Daarnaast willen we dat iedere leerling met een arrangement aan het eind van het schooljaar "
              "aantoonbaar vooruitgang heeft geboekt op de doelen in het groeidocument."),
        ("h2", "7.2 Monitoring en verantwoording"),
        ("p", "Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen we daarvoor gebruiken en aan "
              "wie we daarover rapporteren, leggen we in het eerste planjaar vast in een afzonderlijk "
              "monitoringsplan."),
    ]
    b += [
        ("h1", "8 Communicatie"),
        ("p", "Goede communicatie is de basis voor vertrouwen. Het samenwerkingsverband communiceert met "
              "schoolbesturen, scholen, gemeenten en ouders. Voor scholen is er een nieuwsbrief die zes keer "
              "per jaar verschijnt en een besloten deel van de website met formulieren en handreikingen."),
        ("h2", "8.1 Informatie voor ouders"),
        ("p", "Ouders vinden op de ouderpagina van de website per school de ondersteuning die de school "
              "biedt, een uitleg van de ondersteuningsroute en de contactgegevens van de consulenten. De "
              "folder 'Mijn kind heeft meer nodig. Wat nu?' is op iedere school verkrijgbaar en is vertaald "
              "in het Arabisch, Turks, Pools en Tigrinya. Twee keer per jaar organiseren we per gemeente een "
              "ouderavond over passend onderwijs. Bij een aanvraag voor een arrangement of TLV ontvangen "
              "ouders een brief waarin het verloop stap voor stap wordt uitgelegd."),
        ("h2", "8.2 Onafhankelijke hulp"),
        ("p", "Ouders die er met de school of het samenwerkingsverband niet uitkomen, of die een "
              "onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Rivierenland. Dit steunpunt is ondergebracht bij de stichting MEE en werkt los van de scholen "
              "en van het samenwerkingsverband; het is bereikbaar via een gratis telefoonnummer en een "
              "wekelijks inloopspreekuur in Tiel. Daarnaast kunnen ouders een beroep doen op de landelijke "
              "Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, op de "
              "Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband zelf worden "
              "behandeld volgens de klachtenregeling, die op de website staat."),
    ]
    gb = f_oogo(c)
    gb[0] = ("h1", "9 Samenwerking met gemeenten en jeugdhulp")
    b += gb
    b += [
        ("h1", "10 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
              "Van de zware middelen wordt de bekostiging van het so rechtstreeks door DUO ingehouden. Wat "
              "resteert, verdelen we volgens een schoolmodel."),
        ("h2", "10.1 Verdeling"),
        ("bullets", [
            "Iedere school ontvangt een vaste voet van € 5.000 per vestiging en € 155 per leerling op de "
            "teldatum 1 oktober van het voorgaande jaar. Besturen ontvangen dit bedrag in twaalf termijnen.",
            "Voor arrangementen boven de schoolbudgetten kan een school een aanvraag doen bij het loket. "
            "Toekenning gebeurt als de school aantoont dat de eigen middelen zijn ingezet en de "
            "ondersteuningsbehoefte aansluit bij de criteria van de arrangementenkaart; het maximum is "
            "€ 12.000 per leerling per jaar.",
            "Het sbo ontvangt bij groei boven 2% op 1 februari groeibekostiging volgens de wettelijke "
            "regeling; de overdracht per bestuur wordt naar rato van het aantal verwezen leerlingen "
            "bepaald.",
        ]),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen (na DUO-afdracht so)", "8.940", "8.860", "8.790", "8.720"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "1.920", "1.905", "1.890", "1.875"],
                   ["Arrangementen via het loket", "1.150", "1.150", "1.120", "1.100"],
                   ["Sbo De Regenboog (incl. groei)", "3.870", "3.820", "3.790", "3.760"],
                   ["Bovenschoolse voorzieningen", "1.060", "1.060", "1.040", "1.040"],
                   ["Bureau, consulenten en loket", "1.040", "1.050", "1.060", "1.070"],
                   ["Resultaat", "-100", "-125", "-110", "-125"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedraagt eind 2025 € 1,6 "
              "miljoen en ligt boven de signaleringswaarde. Met de begrote tekorten brengen we de reserve in "
              "de planperiode terug tot het niveau van het risicoprofiel (ongeveer € 1,1 miljoen). Besturen "
              "verantwoorden de inzet van de schoolbudgetten jaarlijks in een korte rapportage per school."),
    ]
    go = f_governance(c)
    go[0] = ("h1", "11 Organisatie en governance")
    b += go
    op = f_opr(c)
    op[0] = ("h1", "12 Medezeggenschap")
    b += op
    pe = f_personeel(c)
    pe[0] = ("h1", "13 Personeel en professionalisering")
    b += pe
    pr = f_privacy(c)
    pr[0] = ("h1", "14 Privacy en ICT")
    b += pr
    va = f_vaststelling(c)
    va[0] = ("h1", "15 Planning en vaststelling")
    b += va
    b += f_begrippen(c, GLOSS_PO + [["Resultaten", "Wat we met passend onderwijs willen bereiken en "
                                                    "hebben bereikt; zie ook monitoringsplan."],
                                     ["Steunpunt", "Zie OJSP."]])
    blocks = front + [("toc", [
        "Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
        "4 Basisondersteuning: wat elke school biedt", "   4.2 Grens met extra ondersteuning", "   4.3 Borging",
        "5 Van extra ondersteuning tot speciaal onderwijs", "   5.2 Waar het aanbod niet sluit",
        "6 Toelaatbaarheid tot sbo en so", "   6.6 Afloop van de TLV",
        "7 Ambities en beoogde resultaten", "   7.2 Monitoring en verantwoording", "8 Communicatie",
        "9 Samenwerking met gemeenten en jeugdhulp", "10 Geld en middelen", "11 Organisatie en governance",
        "12 Medezeggenschap", "13 Personeel en professionalisering", "14 Privacy en ICT",
        "15 Planning en vaststelling", "Bijlage A Begrippenlijst"]), ("pagebreak", None)] + b
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4: agreed minimum for all 46 schools + domain table; 4.3 borging.",
               "plaatsing": "ch. 6: steps table, CvT, 6 weeks, sbo/so criteria 6.2, deskundigen, duur, LBT.",
               "terugstroom": "procedure hidden in 6.6 'Afloop van de TLV' (Feb MDO, 1 April, 1 May); policy "
                              "(aims, conditions, support after return) deferred to 2026-2027.",
               "financien": "ch. 10 'Geld en middelen': vaste voet + per-leerling, loket criteria, 2026-2029 "
                            "table, reserve.",
               "dekkend-aanbod": "ch. 5 layer table + 5.2 thuiszitters/Tafel van Tien, wachtlijst, new group.",
               "resultaten": "ch. 7 targets table with nulmeting; 7.2 'Monitoring' heading only defers to a "
                             "monitoringsplan.",
               "ouders": "ch. 8 'Communicatie': ouderpagina, folder, ouderavonden; OJSP Rivierenland, "
                         "Onderwijsconsulenten, GPO.",
               "other": "TOC lists 7.2 Monitoring; glossary defines terugplaatsing/resultaten (traps)."})
    label["other_note_on"] = "resultaten"
    return "po-rivierenland-oost-2026-2030", blocks, c, label


# =============================================================================================
# P2  VO, .docx — SWV VO Kempenland-Noord (integrated jaarcyclus chapter)
# =============================================================================================
def plan_p2():
    c = ctx(naam="Samenwerkingsverband VO Kempenland-Noord", periode="2026-2030", start="2026", eind="2030",
            n_gem="vijf", gemeenten="Oirschotven, Best-Noord, Hilvarenbeek-West, Reusel en Bladelhoven",
            inwoners="164.000", n_besturen="7", n_scholen="15 (22 vestigingen)", n_lln="13.700",
            directeur="M. Verstappen MEd", voorzitter="ir. L. de Kort", toezicht="raad van toezicht",
            missie="iedere jongere in Kempenland-Noord haalt een diploma of een startkwalificatie, of bereikt "
                   "een duurzame plek in arbeid of dagbesteding.",
            besturen=[["Stichting Kempenland College", "4", "4.820"], ["Ons VO Brabant", "3", "3.560"],
                      ["Stichting Praktijkonderwijs De Peel", "2", "610"],
                      ["Stichting vso De Witte Hoeve", "1", "480"], ["Overige besturen (3)", "5", "4.230"]],
            bureau="Veldhoven-Zuid", ict="Kindkompas VO", opr_n="tien", opr_ouders="ouders of leerlingen",
            opr_data="december 2025 en januari 2026", opr_instemming="3 februari 2026",
            oogo_datum="15 januari 2026", ib="ondersteuningscoördinatoren", fte="11",
            planning=[["Startnotitie in algemeen bestuur", "12 juni 2025"],
                      ["Conceptplan besproken met besturen", "30 september 2025"],
                      ["OOGO gemeenten", "15 januari 2026"],
                      ["Overleg SWV PO Kempenland", "20 januari 2026"],
                      ["Instemming OPR", "3 februari 2026"],
                      ["Vaststelling", "17 februari 2026"]])
    front = [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Kempenland-Noord (VO 30-09)"),
             ("sub", "Samen werken aan de jaarcyclus van passend onderwijs"),
             ("sub", "Versie 1.0 – vastgesteld door het bestuur op 17 februari 2026"),
             ("pagebreak", None)]
    b = []
    b += f_voorwoord(c)
    b += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan is anders opgebouwd dan het vorige. In plaats van een hoofdstuk per "
                "wettelijk onderwerp kiezen we voor een opbouw die aansluit bij de manier waarop we werken: "
                "eerst de koers, dan het aanbod en de toewijzing, en daarna de jaarcyclus waarin we plannen, "
                "uitvoeren, meten en bijstellen. Veel afspraken die in andere plannen in aparte hoofdstukken "
                "staan, vindt u bij ons in de jaarcyclus in hoofdstuk 7."),
          ("p", "Het plan is geschreven voor schoolleiders, ondersteuningscoördinatoren, mentoren, ouders, "
                "leerlingen en onze partners. Achterin staan een begrippenlijst en een overzicht van "
                "afkortingen.")]
    cb = f_context(c)
    cb[0] = ("h1", "2 Context en kengetallen")
    b += cb
    vb = f_visie(c)
    vb[0] = ("h1", "3 Koers 2026-2030")
    b += vb
    b += [
        ("h1", "4 Ondersteuning op school"),
        ("p", "De basis van passend onderwijs ligt in de klas en bij de mentor. Het algemeen bestuur heeft in "
              "juni 2025 het Referentiekader Basisondersteuning Kempenland-Noord vastgesteld. Dat "
              "referentiekader beschrijft het niveau van basisondersteuning dat iedere vestiging van iedere "
              "aangesloten school, van praktijkschool tot gymnasium, ten minste realiseert. Een vestiging mag "
              "meer bieden; minder is niet toegestaan."),
        ("p", "Zoals landelijk gebruikelijk onderscheidt het referentiekader vier aspecten: basiskwaliteit, "
              "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
              "planmatig werken. Welke voorzieningen, interventies en deskundigheid daar per aspect precies "
              "onder vallen, is uitgewerkt in het referentiekader zelf. Dat document staat als afzonderlijke "
              "publicatie op www.swv-kempenland-noord.nl/basis en wordt niet in dit plan herhaald."),
        ("p", "Scholen beschrijven in hun schoolgids hoe zij het referentiekader invullen. De consulenten "
              "van het samenwerkingsverband bespreken dat iedere twee jaar met de schoolleiding in een "
              "audit; ontbreekt een onderdeel, dan maakt de school een verbeterplan met een termijn van "
              "maximaal een schooljaar."),
    ]
    b += [
        ("h1", "5 Het ondersteuningsaanbod in de regio"),
        ("p", "Boven op de basisondersteuning bestaat in Kempenland-Noord een samenhangend aanbod dat loopt "
              "van lichte ondersteuning in de eigen school tot voortgezet speciaal onderwijs."),
        ("table", [["Niveau", "Aanbod", "Voor wie"],
                   ["Extra ondersteuning in de school", "Ondersteuningsuren, trajectvoorziening, "
                    "faalangst- en examentraining, begeleiding door een gedragsspecialist",
                    "Leerlingen bij wie de basisondersteuning niet toereikend is"],
                   ["Lwoo", "Kleinere klassen en extra begeleiding op vijf vmbo-vestigingen",
                    "Leerlingen met een leerachterstand, zie hoofdstuk 6"],
                   ["OPDC De Overstap", "Tijdelijke plaatsing van maximaal een schooljaar met "
                    "terugkeer naar de eigen school",
                    "Leerlingen die tijdelijk een andere leeromgeving nodig hebben"],
                   ["Rebound Kempenland", "Time-out van 6 tot 12 weken",
                    "Leerlingen bij wie de situatie op school is vastgelopen"],
                   ["Praktijkonderwijs", "Twee scholen voor praktijkonderwijs", "Leerlingen met een "
                    "toelaatbaarheidsverklaring pro"],
                   ["Vso", "De Witte Hoeve (cluster 4) en vso-afdeling Het Anker (cluster 3)",
                    "Leerlingen met een TLV vso"]]),
        ("h2", "5.2 Terugkeer uit het vso"),
        ("p", "Het samenwerkingsverband gaat ervan uit dat het vso voor veel leerlingen een tijdelijke "
              "plek is. Ons beleid is dat iedere vso-leerling die met passende begeleiding in het regulier "
              "vo kan functioneren, daar ook een plek krijgt, bij voorkeur op een school dicht bij huis. "
              "Voorwaarden zijn dat het OPP laat zien dat de leerling de gestelde doelen heeft bereikt, dat "
              "de leerling zelf wil en dat ouders instemmen. De ontvangende school krijgt een "
              "terugkeerarrangement: een jaar begeleiding door een ambulant begeleider van het vso en een "
              "budget van € 3.500 voor extra ondersteuning. De stappen en momenten van de terugkeer staan "
              "in de jaarcyclus (hoofdstuk 7)."),
        ("h2", "5.3 Witte vlekken en thuiszitters"),
        ("p", "Twee keer per jaar brengen we met de besturen in kaart voor welke leerlingen geen passend "
              "aanbod beschikbaar was. In 2025 waren dat vooral jongeren met angstproblematiek en "
              "schoolweigering. Voor die groep start per januari 2027 een kleinschalige voorziening op het "
              "OPDC met twaalf plaatsen. Thuiszitters worden binnen twee weken na melding besproken in het "
              "regionale thuiszittersoverleg met leerplicht en jeugdhulp; het samenwerkingsverband "
              "coördineert het zoeken naar een plek wanneer het schoolbestuur met zorgplicht daar niet in "
              "slaagt. Het aantal leerlingen op de wachtlijst van het vso wordt maandelijks gemonitord."),
    ]
    b += [
        ("h1", "6 Toewijzing en toelaatbaarheid"),
        ("h2", "6.1 Vso"),
        ("p", "De aanvraag voor een TLV vso wordt ingediend door het bestuur van de school waar de leerling "
              "staat ingeschreven, via het loket in Kindkompas VO. Het dossier bevat het OPP, het "
              "handelingsdeel van de afgelopen periode en de zienswijze van ouders en leerling. De "
              "toewijzingscommissie besluit binnen zes weken na ontvangst van een volledig dossier."),
        ("p", "Een leerling is toelaatbaar tot het vso als de school aantoonbaar alle mogelijkheden van de "
              "basisondersteuning en van een extra arrangement heeft benut, een plaatsing op het OPDC niet "
              "passend is of niet tot verbetering heeft geleid, en de ondersteuningsbehoefte op meerdere "
              "domeinen (leren, gedrag, zelfredzaamheid, medisch) de mogelijkheden van het regulier vo "
              "overstijgt."),
        ("p", "Twee deskundigen adviseren afzonderlijk: een orthopedagoog-generalist of GZ-psycholoog en, "
              "afhankelijk van de vraag, een jeugdarts of maatschappelijk werker. De TLV wordt afgegeven "
              "voor twee schooljaren in categorie laag, behalve bij lichamelijke of meervoudige beperkingen."),
        ("h2", "6.2 Lwoo en praktijkonderwijs"),
        ("table", [["", "Lwoo", "Praktijkonderwijs"],
                   ["Criteria", "Landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar "
                    "op minimaal twee domeinen, of IQ 91-120 met die achterstand en "
                    "sociaal-emotionele problematiek", "Landelijke criteria: IQ 55-80 en een "
                    "leerachterstand van minimaal 3 jaar op twee domeinen, waaronder lezen of rekenen"],
                   ["Aanvraag door", "Vo-school van aanmelding", "School voor praktijkonderwijs"],
                   ["Besluit", "Toewijzingscommissie, binnen 4 weken", "Toewijzingscommissie, binnen 4 weken"],
                   ["Duur", "Gehele vmbo-opleiding", "Gehele opleiding"]]),
    ]
    b += [
        ("h1", "7 De jaarcyclus"),
        ("p", "In dit hoofdstuk brengen we samen wat we elk jaar doen: plannen, uitvoeren, meten, "
              "verantwoorden en bijstellen. De jaarcyclus is het hart van ons kwaliteitsbeleid."),
        ("h2", "7.1 Beoogde resultaten voor de planperiode"),
        ("table", [["Resultaat voor leerlingen met een ondersteuningsbehoefte", "Indicator",
                    "Stand 2025", "Doel 2030"],
                   ["Meer jongeren blijven in het regulier vo", "Deelnamepercentage vso (1 oktober)",
                    "3,6%", "3,2%"],
                   ["OPDC-leerlingen keren terug", "Percentage OPDC-leerlingen dat binnen een jaar "
                    "terugkeert naar regulier vo", "71%", "85%"],
                   ["Niemand thuis zonder onderwijs", "Aantal thuiszitters langer dan 4 weken", "22", "≤ 8"],
                   ["Diploma of startkwalificatie", "Percentage vso-uitstroom naar vervolgonderwijs "
                    "of arbeid met begeleiding", "78%", "85%"],
                   ["Terugkeer uit vso", "Aantal terugplaatsingen vso naar regulier vo per jaar", "9", "15"]]),
        ("h2", "7.2 Het jaar rond"),
        ("table", [["Periode", "Activiteit", "Verantwoordelijk"],
                   ["September", "Jaarplan met streefwaarden per school vastgesteld; indicatoren uit 7.1 "
                    "vertaald naar schoolafspraken", "Directeur-bestuurder"],
                   ["1 oktober", "Teldatum; deelnamecijfers vso, pro en lwoo in het dashboard", "Controller"],
                   ["November", "Voortgangsgesprek per school over de indicatoren en de inzet van middelen",
                    "Consulent en schoolleider"],
                   ["December", "In het laatste TLV-jaar: evaluatie van het OPP door de vso-school met "
                    "ouders, leerling en consulent; besluit of terugkeer wordt voorbereid", "Vso-school"],
                   ["Februari", "Terugkeeroverleg: vso-school, ontvangende vo-school en consulent maken "
                    "een overstapplan; bij twijfel adviseert de toewijzingscommissie",
                    "Consulent"],
                   ["Maart", "Inschrijving op de ontvangende school; ouders tekenen het overstapplan; "
                    "TLV eindigt per 31 juli", "Ontvangende school"],
                   ["April", "Tussenrapportage aan bestuur en OPR over de indicatoren", "Beleidsmedewerker"],
                   ["Juni", "Evaluatie met scholen, tevredenheidspeiling onder ouders en leerlingen",
                    "Beleidsmedewerker"],
                   ["Juli", "Jaarverslag met bereikte resultaten per indicator; bijstelling jaarplan",
                    "Directeur-bestuurder"]]),
        ("p", "Na de terugkeer volgt de consulent de leerling nog een schooljaar; na drie en na twaalf "
              "maanden is er een evaluatiegesprek. De uitkomsten van de jaarcyclus worden besproken met "
              "de OPR en openbaar gemaakt in het jaarverslag. Wijken resultaten meer dan tien procent af van "
              "de streefwaarde, dan stelt het bestuur een verbeteraanpak op."),
    ]
    b += [
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn gesprekspartner bij elke stap. In het OPP wordt de stem van de "
              "leerling vastgelegd; ouders zijn aanwezig bij de bespreking in het ondersteuningsteam."),
        ("h2", "8.1 Informatie"),
        ("p", "Op de website staat een ouderdeel met uitleg over de ondersteuning die scholen bieden, de "
              "arrangementen en de toewijzingsroute. Iedere vo-school neemt de ondersteuning op in de "
              "schoolgids. In november organiseert het samenwerkingsverband voor ouders van leerlingen in "
              "groep 8 een informatieavond over de overstap en de ondersteuning in het vo; de "
              "aanmeldwijzer is in vier talen beschikbaar."),
        ("h2", "8.2 Ouder- en jeugdsteunpunt"),
        ("p", "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, wordt in de loop van 2027 ingericht. "
              "Over de vorm en de partner besluit het bestuur na advies van de OPR. Tot die tijd kunnen "
              "ouders met vragen terecht bij de ondersteuningscoördinator van de school of bij het loket van "
              "het samenwerkingsverband."),
    ]
    b += [
        ("h1", "9 Financieel kader"),
        ("h2", "9.1 Verdeelmodel"),
        ("p", "Het samenwerkingsverband werkt met een verdeelmodel dat in 2025 is herijkt. De middelen "
              "lichte ondersteuning gaan voor 85% naar de besturen: € 178 per leerling op de teldatum van 1 "
              "oktober plus een vaste voet van € 15.000 per vestiging. Lwoo- en pro-middelen worden per "
              "toegewezen leerling doorgezet naar het bestuur van de school. De zware middelen blijven "
              "centraal: daaruit worden de afdrachten vso, het OPDC, de rebound en de individuele "
              "arrangementen bekostigd. Een individueel arrangement wordt toegekend door de "
              "toewijzingscommissie als de basisondersteuning en de schoolmiddelen aantoonbaar zijn benut."),
        ("h2", "9.2 Meerjarenbegroting"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten vso (DUO)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["OPDC en rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Doorbetaling aan besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen worden ingevuld zodra de kengetallen van DUO voor 2026 bekend zijn; de ingevulde "
              "meerjarenbegroting wordt als addendum aan dit plan toegevoegd."),
    ]
    for fn, title in [(f_governance, "10 Organisatie"), (f_opr, "11 Ondersteuningsplanraad"),
                      (f_oogo, "12 Gemeenten en ketenpartners"), (f_personeel, "13 Personeel"),
                      (f_privacy, "14 Privacy"), (f_vaststelling, "15 Totstandkoming en vaststelling")]:
        x = fn(c)
        x[0] = ("h1", title)
        b += x
    b += f_begrippen(c, GLOSS_VO + [["Jaarcyclus", "De vaste volgorde van plannen, uitvoeren, meten en "
                                                    "bijstellen, zie hoofdstuk 7."]])
    b += [("h2", "Afkortingen"),
          ("p", "AB algemeen bestuur; lwoo leerwegondersteunend onderwijs; OJSP ouder- en jeugdsteunpunt; "
                "OOGO op overeenstemming gericht overleg; OPDC orthopedagogisch-didactisch centrum; OPP "
                "ontwikkelingsperspectiefplan; OPR ondersteuningsplanraad; pro praktijkonderwijs; TLV "
                "toelaatbaarheidsverklaring; vso voortgezet speciaal onderwijs.")]
    blocks = assemble(front, b)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4 sets the binding minimum for every vestiging but the content is "
                                     "only the generic 4-aspect definition plus a website reference.",
               "plaatsing": "ch. 6: vso route via loket, commission, 6 weeks, vso criteria; lwoo/pro table.",
               "terugstroom": "policy in 5.2 (inside the aanbod chapter); procedure only in the jaarcyclus "
                              "table 7.2 (December/February/March rows).",
               "financien": "9.1 verdeelmodel (€178 per leerling, vaste voet, criteria arrangement); 9.2 "
                            "begroting is all p.m. with a promised addendum.",
               "dekkend-aanbod": "ch. 5 continuum table; 5.3 witte vlekken, thuiszittersoverleg, new provision.",
               "resultaten": "only in the integrated jaarcyclus chapter 7: targets table 7.1 and the yearly "
                             "cycle table 7.2 (dashboard, tussenrapportage, jaarverslag).",
               "ouders": "8.1 website/schoolgids/informatieavond; 8.2 OJSP deferred to 2027, interim help "
                         "is the school and the SWV's own loket (not independent).",
               "other": "OJSP appears in glossary/abbreviations only."})
    label["other_note_on"] = "ouders"
    return "vo-kempenland-noord-2026-2030", blocks, c, label


# =============================================================================================
# P3  PO, .pdf — SWV Primair Passend De Waarden (financien inside a jaarcyclus chapter)
# =============================================================================================
def plan_p3():
    c = ctx(naam="Samenwerkingsverband Primair Passend De Waarden", periode="2026-2030", start="2026",
            eind="2030", n_gem="drie", gemeenten="Zaltwaarden, Hoekse Waard-Oost en Lingewaarden",
            inwoners="96.000", n_besturen="6", n_scholen="38", n_lln="8.300",
            directeur="A.M. Hoogendijk", voorzitter="dr. P. Sleeuwenhoek", toezicht="raad van toezicht",
            missie="samen zorgen we dat ieder kind in De Waarden kan leren en meedoen op een school die bij "
                   "hem of haar past.",
            besturen=[["Stichting Waardeschool", "12", "2.640"], ["CBO De Waarden", "10", "2.210"],
                      ["Stichting Rijnmond Primair", "9", "2.050"], ["Overige besturen (3)", "7", "1.400"]],
            bureau="Gorinchem-Oost", ict="Onderwijsdossier Waarden", opr_n="acht",
            opr_data="oktober en december 2025", opr_instemming="27 januari 2026",
            oogo_datum="9 december 2025",
            planning=[["Evaluatie vorig plan besproken", "mei 2025"],
                      ["OOGO", "9 december 2025"], ["Instemming OPR", "27 januari 2026"],
                      ["Vaststelling algemeen bestuur", "11 februari 2026"],
                      ["Verzonden aan inspectie", "2 maart 2026"]])
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("sub", "Samenwerkingsverband Primair Passend De Waarden – PO 26-05"),
             ("sub", "Elk kind een plek, elke school een basis"),
             ("pagebreak", None)]
    b = []
    b += f_voorwoord(c)
    b += [("h1", "1 Inleiding"),
          ("p", "Dit plan is het kompas voor de komende vier schooljaren. Het beschrijft wat we samen "
                "afspreken over ondersteuning, toelaatbaarheid, ouders en geld. Het plan is opgesteld op "
                "hoofdlijnen; de uitwerking per jaar staat in het jaarplan en de jaarbegroting. Bijlagen "
                "bij dit plan zijn het afwegingskader toelaatbaarheid (bijlage 5) en de begrippenlijst."),
          ("h1", "2 Terugblik 2022-2026"),
          ("p", "In de vorige planperiode heeft het samenwerkingsverband veel in beweging gezet. We noemen de "
                "belangrijkste ontwikkelingen:"),
          ("bullets", [
              "het ondersteuningsteam is op alle scholen ingevoerd, met een vaste consulent per school;",
              "de plusklas is gestart op twee locaties;",
              "er is een netwerk van intern begeleiders opgezet dat vier keer per jaar bijeenkomt;",
              "de samenwerking met de wijkteams is geïntensiveerd;",
              "het loket is gedigitaliseerd;",
              "de ondersteuningsplanraad is geschoold op de eigen rol.",
          ]),
          ("p", "Scholen en partners geven aan dat de lijnen korter zijn geworden en dat het "
                "samenwerkingsverband beter bereikbaar is. Die ervaringen nemen we mee in deze nieuwe "
                "periode. Tegelijk zijn we kritisch: niet alles wat we organiseerden, heeft ook gewerkt, en "
                "het is lastig gebleken om zichtbaar te maken wat onze inzet voor kinderen heeft opgeleverd.")]
    cb = f_context(c, kengetallen_table=True)
    cb[0] = ("h1", "3 De regio")
    b += cb
    vb = f_visie(c)
    vb[0] = ("h1", "4 Missie en visie")
    b += vb
    b += [
        ("h1", "5 De basis op orde"),
        ("p", "In De Waarden gelden twaalf afspraken die iedere school, op iedere locatie, waarmaakt. "
              "Samen vormen ze de ondergrens van wat een kind op een basisschool in onze regio aan "
              "ondersteuning mag verwachten. Scholen die meer bieden, leggen dat vast in hun "
              "ondersteuningsprofiel."),
        ("table", [["Nr.", "Afspraak die voor iedere school geldt"],
                   ["1", "Er is een intern begeleider die ten minste twee dagdelen per week beschikbaar is."],
                   ["2", "Er is een ondersteuningsteam met de consulent van het samenwerkingsverband."],
                   ["3", "De school werkt met een dyslexieprotocol en biedt extra lees-instructie."],
                   ["4", "De school werkt met een protocol voor ernstige rekenproblemen."],
                   ["5", "De school heeft een aanpak voor sociale veiligheid en pesten."],
                   ["6", "De school signaleert (hoog)begaafdheid en biedt verrijking in de groep."],
                   ["7", "De school biedt extra taalondersteuning aan leerlingen met een taalachterstand."],
                   ["8", "De school heeft een protocol medisch handelen."],
                   ["9", "De school stelt een OPP op voor iedere leerling met een eigen leerlijn."],
                   ["10", "Leraren werken handelingsgericht met groepsplannen of groepsoverzichten."],
                   ["11", "De school heeft afspraken met het wijkteam over snelle hulp."],
                   ["12", "De school draagt leerlingen warm over naar het vo."]]),
        ("p", "De consulent bespreekt jaarlijks met iedere school hoe het staat met de twaalf afspraken. "
              "Voldoet een school niet, dan wordt dat gemeld aan het bestuur van de school."),
        ("h1", "6 Ons ondersteuningsaanbod"),
        ("p", "Het samenwerkingsverband zorgt voor een samenhangend aanbod van ondersteuning binnen en tussen "
              "de scholen. Dat aanbod bestaat uit vier treden."),
        ("bullets", [
            "Trede 1 – de basisondersteuning op iedere school (hoofdstuk 5).",
            "Trede 2 – arrangementen op de eigen school: een onderwijsassistent, ambulante begeleiding door "
            "het so, een specifiek leerprogramma of begeleiding door een gedragsspecialist.",
            "Trede 3 – bovenschoolse voorzieningen: de plusklas (twee locaties), de schakelklas voor "
            "kinderen met een grote taalachterstand en de observatieplaatsen op het sbo.",
            "Trede 4 – speciaal basisonderwijs (sbo De Wielewaal en sbo Het Kompas) en speciaal onderwijs "
            "(so De Zonnewijzer voor cluster 4, so Mytylschool Waarden voor cluster 3).",
        ]),
        ("p", "Voor kinderen met een zorgbehoefte in onderwijstijd stemmen school, ouders en gemeente een "
              "onderwijs-zorgarrangement af."),
        ("h2", "6.2 Is het aanbod dekkend?"),
        ("p", "Of ons aanbod werkelijk dekkend is, weten we pas na de netwerkanalyse die we samen met de "
              "gemeenten laten uitvoeren. De uitkomsten en een eventueel actieplan nemen we op in het "
              "jaarplan 2027."),
    ]
    b += [
        ("h1", "7 Toelaatbaarheid"),
        ("p", "Wanneer een school, ook met een arrangement, niet kan bieden wat een leerling nodig heeft, kan "
              "het schoolbestuur een toelaatbaarheidsverklaring aanvragen voor het sbo of so. De route is "
              "als volgt:"),
        ("table", [["Stap", "Inhoud", "Termijn"],
                   ["1. Voorbereiding", "De school bespreekt de leerling in het ondersteuningsteam; ouders "
                    "geven hun zienswijze.", "-"],
                   ["2. Aanvraag", "Het schoolbestuur dient de aanvraag met het groeidocument in bij het "
                    "loket.", "-"],
                   ["3. Advies", "Een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts of "
                    "maatschappelijk werker) brengen ieder een schriftelijk advies uit.", "3 weken"],
                   ["4. Besluit", "De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur een "
                    "besluit.", "binnen 6 weken"],
                   ["5. Bericht", "Ouders en school ontvangen het besluit en de adviezen.", "binnen 1 week"]]),
        ("p", "De inhoudelijke afwegingen die de CvT hanteert, zijn beschreven in het afwegingskader "
              "toelaatbaarheid in bijlage 5. De commissie kijkt daarbij naar het hele dossier."),
        ("p", "Een TLV sbo is geldig tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor "
              "drie schooljaren in de categorie die de deskundigen adviseren (laag, midden of hoog). Tegen "
              "het besluit kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "8 Doorstroom en overstap"),
        ("p", "Voor kinderen in groep 8 werken we samen met het samenwerkingsverband VO Waarden en Lek aan een "
              "soepele overstap. De basisschool stelt het onderwijskundig rapport op en draagt de leerling "
              "warm over in een gesprek met de mentor van de vo-school. Voor leerlingen met een "
              "ondersteuningsbehoefte vindt dat gesprek vóór 1 april plaats, zodat de vo-school de "
              "ondersteuning tijdig kan regelen. In het eerste leerjaar van het vo is er een terugkoppeling "
              "naar de basisschool."),
        ("p", "Ook bij een tussentijdse verhuizing of schoolwissel zorgen we dat de informatie van de ene "
              "school naar de andere gaat. De ouders geven daarvoor toestemming."),
        ("h1", "9 Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Bij elke stap, van de eerste zorg in de groep tot een "
              "aanvraag bij de CvT, zitten ouders aan tafel."),
        ("h2", "9.1 Hoe houden we ouders op de hoogte?"),
        ("p", "Iedere school reikt bij de intake de 'Wegwijzer ondersteuning De Waarden' uit: een boekje "
              "van twaalf pagina's dat de twaalf afspraken, de arrangementen en de route naar sbo en so "
              "uitlegt. De wegwijzer staat ook op de website, samen met korte filmpjes en een overzicht van "
              "de ondersteuningsprofielen van alle scholen. Twee keer per jaar houdt het samenwerkingsverband "
              "een open spreekuur voor ouders op het bureau en online."),
        ("h2", "9.2 Als het schuurt"),
        ("p", "Wie er met school of samenwerkingsverband niet uitkomt, kan kosteloos aankloppen bij het "
              "Ouder- en Jeugdsteunpunt De Waarden. Het steunpunt is ondergebracht bij een zelfstandige "
              "stichting voor cliëntondersteuning, staat los van ons bureau en van de scholen, en helpt "
              "ouders bij gesprekken en het op een rij zetten van de opties. Daarnaast kunnen ouders zich "
              "wenden tot de Onderwijsconsulenten en tot de Geschillencommissie passend onderwijs."),
    ]
    b += [
        ("h1", "10 Jaarcyclus en bekostiging"),
        ("p", "Het financiële jaar van het samenwerkingsverband volgt een vaste cyclus. In dit hoofdstuk "
              "beschrijven we hoe de middelen in die cyclus worden verdeeld en waaraan ze worden besteed."),
        ("table", [["Moment", "Wat gebeurt er"],
                   ["1 oktober", "Teldatum: het aantal leerlingen per school bepaalt het schoolbudget voor "
                    "het volgende kalenderjaar."],
                   ["November", "Het algemeen bestuur stelt de begroting en de schoolbudgetten vast."],
                   ["Januari", "Uitbetaling van het schoolbudget in vier kwartaaltermijnen start."],
                   ["1 februari", "Peildatum sbo: bij groei boven 2% wordt groeibekostiging overgedragen "
                    "naar rato van de leerlingen die per bestuur zijn verwezen."],
                   ["Maart", "Scholen vragen arrangementen voor het volgende schooljaar aan; toekenning "
                    "door de consulent op basis van de arrangementenkaart."],
                   ["Juni", "Scholen verantwoorden de besteding van het schoolbudget in een formulier per "
                    "school."]]),
        ("p", "Het schoolbudget bedraagt € 142 per leerling plus een vaste voet van € 4.000 per school. "
              "Arrangementen worden toegekend als het ondersteuningsteam heeft vastgesteld dat de twaalf "
              "afspraken zijn benut en de ondersteuningsbehoefte past bij een van de arrangementen op de "
              "arrangementenkaart (maximaal € 9.500 per leerling per schooljaar)."),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
                   ["Rijksbijdrage ondersteuning", "7.310", "7.240", "7.180", "7.120", "7.070"],
                   ["Af: afdracht so via DUO", "-2.150", "-2.170", "-2.180", "-2.190", "-2.200"],
                   ["Schoolbudgetten", "1.330", "1.310", "1.300", "1.290", "1.280"],
                   ["Arrangementen", "820", "800", "790", "780", "770"],
                   ["Sbo en groeibekostiging", "1.940", "1.920", "1.900", "1.880", "1.860"],
                   ["Bovenschoolse voorzieningen", "480", "480", "470", "470", "460"],
                   ["Bureau en consulenten", "760", "770", "780", "790", "800"],
                   ["Saldo", "-170", "-210", "-240", "-280", "-300"]]),
        ("p", "De begrote tekorten worden gedekt uit de reserve, die eind 2025 € 2,3 miljoen bedraagt en "
              "daarmee boven de signaleringswaarde ligt."),
    ]
    for fn, title in [(f_oogo, "11 Samenwerking met gemeenten"), (f_governance, "12 Bestuur en toezicht"),
                      (f_opr, "13 Ondersteuningsplanraad"), (f_personeel, "14 Personeel"),
                      (f_privacy, "15 Privacy en gegevensbescherming"), (f_vaststelling, "16 Vaststelling")]:
        x = fn(c)
        x[0] = ("h1", title)
        b += x
    b += f_begrippen(c, GLOSS_PO + [["Resultaatafspraken", "Afspraken over de beoogde resultaten, zie "
                                                            "jaarplan."]])
    b[-2] = ("h1", "Bijlage 1 Begrippenlijst")
    blocks = front + [("toc", toc_from(b) + ["Bijlage 5 Afwegingskader toelaatbaarheid"]),
                      ("pagebreak", None)] + b
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 5 'De basis op orde': twelve agreements for every school (table).",
               "plaatsing": "ch. 7 step table, CvT, deskundigen, duur, LBT; criteria only in absent bijlage 5.",
               "terugstroom": "nothing; ch. 8 'Doorstroom en overstap' is PO-VO transfer (near miss); "
                              "terugplaatsing only in glossary.",
               "financien": "integrated jaarcyclus ch. 10: teldatum, €142 p.p. + vaste voet, arrangement "
                            "criteria, 2026-2030 table, reserve.",
               "dekkend-aanbod": "ch. 6 four treden = continuum; 6.2 gap analysis deferred to jaarplan 2027.",
               "resultaten": "nothing: ch. 2 'Terugblik' is an activity list without outcomes; "
                             "'Resultaatafspraken' only in glossary.",
               "ouders": "ch. 9: Wegwijzer, website, spreekuur; 9.2 'Als het schuurt': OJSP, "
                         "Onderwijsconsulenten, GPO.",
               "other": "TOC lists 'Bijlage 5 Afwegingskader toelaatbaarheid' which is not in the document."})
    label["other_note_on"] = "plaatsing"
    return "po-de-waarden-2026-2030", blocks, c, label


# =============================================================================================
# P4  VO, .pdf — SWV VO Hollands Veenweide
# =============================================================================================
def plan_p4():
    c = ctx(naam="Samenwerkingsverband VO Hollands Veenweide", periode="2026-2030", start="2026", eind="2030",
            n_gem="vier", gemeenten="Woerdenveen, Bodegraven-Noord, Nieuwkoopdam en Kaagmeer",
            inwoners="142.000", n_besturen="6", n_scholen="11 (17 vestigingen)", n_lln="11.200",
            directeur="J.W. Slingerland", voorzitter="drs. E. Bakhuizen", toezicht="raad van toezicht",
            missie="iedere jongere in het Veenweidegebied vindt een school waar hij of zij zich kan "
                   "ontwikkelen en die past bij wat hij of zij nodig heeft.",
            besturen=[["Stichting Veenweide Scholen", "4", "4.950"], ["Stichting Groene Hart VO", "3", "3.210"],
                      ["Stichting Praktijkonderwijs Veenweide", "1", "390"],
                      ["Overige besturen (3)", "3", "2.650"]],
            bureau="Woerdenveen", ict="Toewijzingsportaal Veenweide", opr_n="acht",
            opr_ouders="ouders of leerlingen", opr_data="november 2025 en februari 2026",
            opr_instemming="3 maart 2026", oogo_datum="27 januari 2026", ib="ondersteuningscoördinatoren",
            fte="9", ch_begr="Bijlage Begrippen",
            planning=[["OOGO", "27 januari 2026"], ["Overleg met de PO-samenwerkingsverbanden",
                                                    "5 februari 2026"],
                      ["Instemming OPR", "3 maart 2026"], ["Vaststelling door het bestuur", "16 maart 2026"]])
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("sub", "Samenwerkingsverband VO Hollands Veenweide – VO 27-02"),
             ("sub", "Doorgaan waar het kan, bijsturen waar het moet"),
             ("pagebreak", None)]
    b = []
    b += f_voorwoord(c)
    b += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan bouwt voort op het plan 2022-2026. Het beschrijft het "
                "ondersteuningscontinuüm in onze regio, de toelaatbaarheid tot vso, lwoo en pro, de "
                "terugkeer naar het regulier vo, onze resultaten en de communicatie met ouders. Het plan "
                "beschrijft het wat en het waarom; het hoe leggen scholen vast in hun eigen beleid."),
          ("p", "Een stevige basis op iedere school is het vertrekpunt van alles wat in dit plan staat. Hoe "
                "scholen die basis inrichten, bepalen zij zelf.")]
    vb = f_visie(c)
    vb[0] = ("h1", "2 Koers")
    b += vb
    cb = f_context(c)
    cb[0] = ("h1", "3 Onze regio en scholen")
    b += cb
    b += [
        ("h1", "4 Het ondersteuningscontinuüm"),
        ("p", "Het continuüm begint waar de eigen mogelijkheden van de school ophouden. Vanaf dat punt kent "
              "onze regio vier treden, die samen een doorlopende lijn vormen van extra ondersteuning in de "
              "eigen school tot een plek in het voortgezet speciaal onderwijs."),
        ("table", [["Trede", "Voorziening", "Capaciteit"],
                   ["1 Extra ondersteuning op school", "Trajectgroep of ondersteuningsruimte op iedere "
                    "vestiging met voldoende omvang, inzet van een gedragsspecialist of jeugdprofessional",
                    "14 van de 17 vestigingen"],
                   ["2 Bovenschools", "OPDC Veenweide (tijdelijke plaatsing tot een jaar); Time-out "
                    "Groene Hart (6-12 weken); ISK voor nieuwkomers", "60 / 16 / 90 plaatsen"],
                   ["3 Lwoo en pro", "Lwoo op zes vmbo-vestigingen; praktijkonderwijs De Veenhoeve",
                    "ca. 900 / 390 leerlingen"],
                   ["4 Vso", "Vso De Ark (cluster 4), vso De Meander (cluster 3), vso buiten de regio "
                    "voor specifieke vragen", "ca. 410 leerlingen"]]),
        ("h2", "4.2 Geen jongere tussen wal en schip"),
        ("p", "Thuiszitters worden gemeld bij het Doorbraakteam Veenweide, waarin leerplicht, jeugdhulp, de "
              "school en het samenwerkingsverband zitten. Binnen vijf werkdagen na melding is er een "
              "gesprek met de jongere en de ouders; binnen zes weken is er een plan voor onderwijs. Het "
              "schoolbestuur met zorgplicht blijft verantwoordelijk, maar als het niet lukt een plek te "
              "vinden, neemt het samenwerkingsverband de regie. Twee keer per jaar analyseren we de "
              "meldingen en de wachttijden: in 2025 ontbrak het vooral aan plekken voor jongeren met "
              "autisme en een havo/vwo-capaciteit. Daarom opent per 1 augustus 2026 een kleine "
              "havo-voorziening binnen vso De Ark, met twaalf plaatsen."),
        ("p", "Met de gemeenten zijn onderwijs-zorgarrangementen afgesproken voor jongeren die onderwijs "
              "combineren met dagbesteding of behandeling."),
    ]
    b += [
        ("h1", "5 Toelaatbaarheid tot vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs "
              "en over de aanwijzing voor lwoo. De aanvraagprocedure voor alle drie is in herziening; tot de "
              "nieuwe werkwijze is vastgesteld, gelden de afspraken uit de Toewijzingswijzer, die geen deel "
              "uitmaakt van dit plan."),
        ("h2", "5.1 Criteria"),
        ("table", [["Voorziening", "Criteria die het samenwerkingsverband hanteert"],
                   ["Vso", "De ondersteuningsbehoefte overstijgt wat het regulier vo, inclusief de treden 1 "
                    "en 2 van het continuüm, kan bieden; dit blijkt uit een OPP met ten minste twee "
                    "geëvalueerde handelingscycli; en er is sprake van een beperking, ziekte of stoornis "
                    "die specialistische begeleiding in een kleine setting vereist."],
                   ["Lwoo", "De landelijke criteria: IQ tussen 75 en 90 met een leerachterstand van 25% tot "
                    "50% op twee van de vier domeinen; of IQ 91-120 met die achterstand en faalangst, "
                    "prestatiemotivatie- of emotionele problematiek."],
                   ["Praktijkonderwijs", "De landelijke criteria: IQ 55-80 en een leerachterstand van 50% "
                    "of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk "
                    "rekenen."]]),
        ("p", "Een TLV vso wordt in de regel afgegeven tot het einde van het schooljaar waarin de leerling "
              "achttien wordt, in de bekostigingscategorie laag; midden of hoog geldt bij een lichamelijke "
              "of meervoudige beperking."),
        ("h1", "6 Terug naar het regulier vo"),
        ("p", "Het vso is voor een deel van de jongeren een tussenstation. Het samenwerkingsverband wil dat "
              "jongeren die dat kunnen, zo snel mogelijk en zo dicht mogelijk bij huis terugkeren naar een "
              "reguliere school. Voorwaarden voor terugkeer zijn dat de doelen in het OPP voor het grootste "
              "deel zijn bereikt, dat de jongere zich in een grotere groep kan handhaven en dat er een "
              "ontvangende school is die de benodigde ondersteuning kan bieden."),
        ("p", "Na terugkeer krijgt de ontvangende school een terugkeerarrangement: zes maanden begeleiding "
              "door een ambulant begeleider van het vso, een vast aanspreekpunt in de school en de mogelijkheid "
              "om de jongere in die periode zonder nieuwe TLV terug te laten gaan naar het vso als het niet "
              "lukt."),
        ("p", "Het stappenplan – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie besluit – "
              "wordt uitgewerkt in het protocol terugplaatsing, dat in het voorjaar van 2027 ter instemming "
              "aan de OPR wordt voorgelegd."),
        ("h1", "7 Kwaliteit en resultaten"),
        ("p", "We hebben voor deze periode zes beoogde resultaten vastgesteld, elk met een streefwaarde."),
        ("table", [["Beoogd resultaat", "Bereikt 2024-2025", "Streefwaarde 2029-2030"],
                   ["Deelnamepercentage vso", "3,9%", "3,4%"],
                   ["Thuiszitters langer dan 3 maanden", "17", "5"],
                   ["Doorlooptijd aanvraag TLV", "8 weken", "6 weken"],
                   ["Terugkeer vanuit OPDC binnen een jaar", "64%", "80%"],
                   ["Terugplaatsingen vso naar regulier vo", "6", "12 per jaar"],
                   ["Tevredenheid ouders over de ondersteuning", "6,9", "7,5"]]),
        ("h2", "7.2 Zo volgen we de resultaten"),
        ("p", "Het bureau houdt een kwartaalmonitor bij met de gegevens uit het toewijzingsportaal, de "
              "DUO-telling van 1 oktober en de thuiszittersregistratie van leerplicht. De monitor wordt "
              "besproken in het directeurenoverleg en in het bestuur. In juni vindt een tevredenheidspeiling "
              "plaats onder ouders en scholen. De resultaten worden jaarlijks gerapporteerd in het "
              "jaarverslag en met de OPR besproken; als een indicator twee kwartalen achter blijft, stelt het "
              "directeurenoverleg een verbeteractie vast."),
        ("h1", "8 Communicatie en ouders"),
        ("p", "Een vernieuwde informatievoorziening voor ouders, met een nieuwe website en folders in "
              "meerdere talen, ontwikkelen we in 2026-2027 samen met de ouders in de OPR."),
        ("h2", "8.1 Onafhankelijke steun"),
        ("p", "Ouders en jongeren die vastlopen of een second opinion willen, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Veenweide. Het steunpunt is onafhankelijk van de scholen en van het "
              "samenwerkingsverband en wordt uitgevoerd door MEE Groene Hart; het is telefonisch en per "
              "mail bereikbaar en houdt spreekuur op drie locaties. Ook de Onderwijsconsulenten kunnen "
              "kosteloos bemiddelen. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders "
              "zich wenden tot de Geschillencommissie passend onderwijs."),
    ]
    for fn, title in [(f_oogo, "9 Gemeenten"), (f_governance, "10 Organisatie"), (f_opr, "11 OPR"),
                      (f_personeel, "12 Personeel"), (f_privacy, "13 Privacy en ICT")]:
        x = fn(c)
        x[0] = ("h1", title)
        b += x
    b += f_ontwikkelagenda(c)
    b += [
        ("h1", "14 Financiën"),
        ("p", "De meerjarenbegroting en het verdeelmodel worden elk jaar in een afzonderlijk document door "
              "het bestuur vastgesteld en zijn te vinden op www.swv-veenweide.nl/financien. Zij maken geen "
              "deel uit van dit ondersteuningsplan."),
    ]
    x = f_vaststelling(c)
    x[0] = ("h1", "15 Vaststelling")
    b += x
    b += f_begrippen(c, GLOSS_VO + [["Meerjarenbegroting", "Begroting voor de komende vier jaar, zie de "
                                                          "website."],
                                     ["SOP", "Schoolondersteuningsprofiel."]])
    blocks = assemble(front, b)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "nothing: ch. 1 says schools decide their own basis; continuum starts "
                                     "'waar de eigen mogelijkheden ophouden'; term only in glossary.",
               "plaatsing": "ch. 5 criteria table (vso, lwoo, pro) and duration; procedure 'in herziening', "
                            "refers to a Toewijzingswijzer outside the plan.",
               "terugstroom": "ch. 6 aims, conditions and terugkeerarrangement; step plan deferred to a "
                              "protocol in spring 2027.",
               "financien": "ch. 14 'Financiën' only refers to a separate document/website.",
               "dekkend-aanbod": "ch. 4 treden table; 4.2 Doorbraakteam, gap analysis, new havo-group.",
               "resultaten": "ch. 7 targets with achieved 2024-25 figures; 7.2 kwartaalmonitor, jaarverslag.",
               "ouders": "ch. 8 info provision deferred to 2026-2027; 8.1 OJSP Veenweide, "
                         "Onderwijsconsulenten, GPO.",
               "other": "heading 'Financiën' and glossary 'Meerjarenbegroting' are traps."})
    label["other_note_on"] = "financien"
    return "vo-hollands-veenweide-2026-2030", blocks, c, label


# =============================================================================================
# P5  VO, .html — SWV VO Zuidrand, webversie deel 1
# =============================================================================================
def plan_p5():
    c = ctx(naam="Samenwerkingsverband VO Zuidrand", periode="2026-2030", start="2026", eind="2030",
            n_gem="drie", gemeenten="Zuidrandhoven, Meerkerk-Oost en Lexmond-Noord", inwoners="121.000",
            n_besturen="5", n_scholen="9 (13 vestigingen)", n_lln="9.400", directeur="K. Oudshoorn",
            voorzitter="mr. drs. F. Tjon", toezicht="raad van toezicht",
            besturen=[["Stichting Zuidrand Lyceum", "3", "3.880"], ["Stichting Vakcollege Zuidrand", "2", "2.140"],
                      ["Stichting VSO De Lei", "1", "360"], ["Overige besturen (2)", "3", "3.020"]],
            bureau="Zuidrandhoven", ict="Zuidrand Dossier", opr_data="januari en februari 2026",
            opr_instemming="17 maart 2026", oogo_datum="24 februari 2026", ib="ondersteuningscoördinatoren",
            fte="7", ch_begr="Begrippen",
            planning=[["OOGO", "24 februari 2026"], ["Instemming OPR (deel 1)", "17 maart 2026"],
                      ["Vaststelling deel 1 door het bestuur", "25 maart 2026"],
                      ["Publicatie webversie deel 1", "1 april 2026"],
                      ["Verzending aan de inspectie", "14 april 2026"]])
    front = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
             ("sub", "Samenwerkingsverband VO Zuidrand (VO 24-06) · Deel 1: koers, basis, loopbaan en middelen")]
    b = []
    vw = f_voorwoord(c)
    vw[0] = ("h1", "Welkom")
    b += vw
    b += [("h1", "1 Over deze webversie"),
          ("p", "Dit ondersteuningsplan verschijnt in twee delen. Dit eerste deel bevat de koers, de "
                "basisondersteuning, de doorlopende schoolloopbaan, de manier waarop we meten en bijsturen "
                "en de middelen. Deel 2, met de hoofdstukken over toewijzing en toelaatbaarheid, het aanbod in "
                "de regio en ouders en leerlingen, verschijnt in juni 2026 en wordt dan aan deze webversie "
                "toegevoegd."),
          ("p", "De webversie is geschreven voor iedereen die met passend onderwijs in onze regio te maken "
                "heeft: schoolleiders, mentoren, ondersteuningscoördinatoren, bestuurders, gemeenten en "
                "ouders. Een printbare pdf volgt na vaststelling van deel 2."),
          ("h2", "Veelgestelde vragen over deze webversie"),
          ("p", "Waarom twee delen? De besturen hebben in het najaar van 2025 besloten de herziening van de "
                "toewijzing en van het regionale aanbod zorgvuldig af te ronden in plaats van haastig op te "
                "schrijven. Tegelijk moest het plan tijdig bij de inspectie liggen. Daarom is gekozen voor "
                "een eerste deel dat nu wordt vastgesteld en een tweede deel dat volgt."),
          ("p", "Kan ik reageren? Ja. Reacties op deze webversie zijn welkom via het contactformulier op de "
                "website. Het bureau verzamelt de reacties en bespreekt ze met de OPR voordat deel 2 wordt "
                "vastgesteld. Reacties worden niet individueel beantwoord, maar we maken in een verslag "
                "zichtbaar wat we ermee hebben gedaan."),
          ("p", "Is de webversie toegankelijk? De webversie voldoet aan de richtlijnen voor digitale "
                "toegankelijkheid. Tabellen zijn ook als tekst beschikbaar en de pagina's kunnen worden "
                "voorgelezen met de gangbare hulpmiddelen. Wie de tekst liever op papier heeft, kan een "
                "geprinte versie opvragen bij het bureau."),
          ("p", "Wat gebeurt er met het vorige plan? Tot de vaststelling van deel 2 blijven de afspraken uit "
                "het ondersteuningsplan 2022-2026 gelden voor de onderwerpen die in deel 2 aan bod komen. "
                "Het vorige plan is in het archief op de website te vinden.")]
    cb = f_context(c)
    cb[0] = ("h1", "2 Regio en besturen")
    b += cb
    b += [("h1", "3 Koers"),
          ("p", "Het samenwerkingsverband is er voor de scholen en hun leerlingen. Onze koers voor de komende "
                "vier jaar rust op drie woorden: nabij, eenvoudig en eerlijk. Nabij, omdat hulp het best werkt "
                "als ze dicht bij de leerling en de klas wordt georganiseerd. Eenvoudig, omdat regels en "
                "formulieren geen doel op zich zijn. Eerlijk, omdat publieke middelen transparant en "
                "navolgbaar moeten worden ingezet."),
          ("p", "Deze koers is besproken met de schoolleiders, de OPR en het bestuur. Zij is richtinggevend "
                "voor de keuzes in beide delen van dit plan en voor de jaarplannen die eruit voortvloeien. "
                "We werken vanuit vertrouwen in de professionaliteit van scholen en leggen verantwoording af "
                "over wat we doen."),
          ("p", "De regio verandert. Het aantal leerlingen daalt licht, de vraag naar specialistische hulp "
                "stijgt en het personeelstekort dwingt tot keuzes. Dat vraagt om een samenwerkingsverband dat "
                "wendbaar is en dat in gesprek blijft met iedereen die bij de leerling betrokken is."),
          ("h2", "Wat dit betekent voor onze manier van werken"),
          ("p", "Nabij betekent dat de consulenten van het samenwerkingsverband een vaste dag per week op "
                "hun scholen aanwezig zijn en dat vragen eerst daar worden besproken. Eenvoudig betekent dat "
                "we het aantal formulieren in de planperiode halveren en dat een school een vraag maar één "
                "keer hoeft te stellen. Eerlijk betekent dat besluiten van het bestuur met de onderbouwing "
                "openbaar zijn en dat de besturen elkaar aanspreken op gemaakte afspraken. Deze drie "
                "principes gebruiken we ook als toets bij nieuw beleid: wordt het nabijer, eenvoudiger en "
                "eerlijker? Zo niet, dan doen we het niet.")]
    b += [
        ("h1", "4 Basisondersteuning op elke school"),
        ("p", "De besturen hebben afgesproken dat iedere vestiging van iedere aangesloten school, ongeacht "
              "onderwijstype, ten minste het volgende niveau van ondersteuning biedt. Dit is de "
              "basisondersteuning van Zuidrand; een leerling heeft er recht op zonder aanvraag bij het "
              "samenwerkingsverband."),
        ("table", [["Onderdeel", "Wat een leerling op elke vestiging kan verwachten"],
                   ["Mentoraat", "Een vaste mentor met minimaal één uur mentorles per week in leerjaar 1 en 2 "
                    "en een individueel gesprek ten minste drie keer per jaar."],
                   ["Ondersteuningscoördinator", "Een ondersteuningscoördinator die dagelijks bereikbaar is "
                    "en het interne ondersteuningsteam voorzit."],
                   ["Dyslexie en dyscalculie", "Faciliteiten volgens protocol: extra tijd, vergrote "
                    "teksten, voorleessoftware, rekenkaart."],
                   ["Sociaal-emotioneel", "Een faalangstreductietraining en een sociale-vaardigheidstraining "
                    "die minimaal één keer per jaar worden aangeboden."],
                   ["Executieve functies", "Huiswerkbegeleiding en training plannen en organiseren in "
                    "leerjaar 1 en 2."],
                   ["Time-out op school", "Een opvangruimte met een vaste begeleider tijdens alle lesuren."],
                   ["Medisch", "Een protocol medisch handelen en afspraken over aangepaste roosters bij "
                    "ziekte."],
                   ["Samenwerking", "Een vast contact met de jeugdarts en het schoolmaatschappelijk werk."]]),
        ("p", "Het bureau toetst elke twee jaar per vestiging of deze onderdelen aanwezig zijn; de uitkomst "
              "wordt besproken met de schoolleiding en het bestuur."),
    ]
    b += [
        ("h1", "5 Doorlopende schoolloopbaan"),
        ("p", "Een schoolloopbaan loopt zelden in een rechte lijn. In dit hoofdstuk staat hoe we omgaan met "
              "jongeren die vanuit het voortgezet speciaal onderwijs weer naar een gewone vo-school kunnen."),
        ("h2", "5.1 Weer naar een gewone vo-school"),
        ("p", "Uitgangspunt is dat het vso geen eindstation hoeft te zijn. Een jongere die in het vso zo is "
              "gegroeid dat hij of zij met begeleiding op een reguliere school kan leren, krijgt die kans, "
              "bij voorkeur op een school in de eigen woonplaats. Voorwaarden zijn dat de jongere het zelf "
              "wil, dat ouders instemmen en dat het ontwikkelingsperspectief laat zien dat de jongere de "
              "doelen voor zelfstandig werken en omgaan met een grotere groep grotendeels heeft gehaald."),
        ("p", "Hoe dat in zijn werk gaat: uiterlijk 1 december van het laatste schooljaar waarvoor de "
              "jongere toelaatbaar is verklaard, bespreekt de vso-school het ontwikkelingsperspectief met de "
              "jongere, de ouders en de consulent van het samenwerkingsverband. Adviseert de vso-school "
              "terugkeer, dan komt vóór 1 maart het terugkeerteam bijeen (vso-school, beoogde vo-school, "
              "consulent). Het terugkeerteam stelt een overstapplan op; de consulent besluit namens het "
              "samenwerkingsverband dat de toelaatbaarheid niet wordt verlengd. In het voorjaar loopt de "
              "jongere zes tot twaalf weken mee op de nieuwe school. Per 1 augustus wordt de jongere daar "
              "ingeschreven."),
        ("p", "Na de overstap begeleidt een ambulant begeleider van het vso de jongere en de mentor nog "
              "minstens een half jaar. Gaat het mis, dan kan de jongere binnen dat half jaar zonder nieuwe "
              "aanvraag terug naar het vso. Het samenwerkingsverband betaalt de ontvangende school een "
              "terugkeerbudget van € 2.500."),
    ]
    b += [
        ("h1", "6 Meten en bijsturen"),
        ("p", "We volgen ieder kwartaal een vaste set gegevens in een dashboard: de deelnamepercentages vso en "
              "praktijkonderwijs op 1 oktober en 1 februari, het aantal aanvragen en de doorlooptijd ervan, "
              "het aantal jongeren dat terugkeert uit het vso en hoe het hen na een jaar vergaat, en de "
              "tevredenheid van scholen. Het dashboard wordt besproken in het directeurenoverleg, twee keer "
              "per jaar in het bestuur en in de OPR. Jaarlijks verschijnt vóór 1 juli een jaarverslag waarin "
              "we per indicator rapporteren en toelichten wat we hebben gedaan en wat het heeft opgeleverd; "
              "elke vestiging krijgt een eigen overzicht dat in het schoolgesprek wordt besproken."),
        ("p", "Welke resultaten we met deze indicatoren precies nastreven, stellen we vast na de nulmeting in "
              "het voorjaar van 2027; tot die tijd formuleren we geen streefwaarden."),
    ]
    b += [
        ("h1", "7 Middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. "
              "De verdeelsleutel waarmee de schoolbudgetten over de besturen worden verdeeld, wordt in 2026 "
              "herzien en wordt opgenomen in deel 2 van deze webversie. Onderstaande meerjarenbegroting laat "
              "zien waaraan de middelen de komende jaren worden besteed."),
        ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdrachten vso (via DUO)", "3.410", "3.380", "3.340", "3.300"],
                   ["Schoolbudgetten besturen", "2.260", "2.230", "2.200", "2.170"],
                   ["Bovenschoolse voorzieningen", "940", "940", "920", "910"],
                   ["Terugkeerbudgetten en ambulante begeleiding", "120", "130", "140", "150"],
                   ["Bureau en consulenten", "780", "790", "800", "810"],
                   ["Totaal lasten", "7.510", "7.470", "7.400", "7.340"],
                   ["Totaal baten", "7.380", "7.330", "7.290", "7.250"],
                   ["Saldo (onttrekking reserve)", "-130", "-140", "-110", "-90"]]),
        ("p", "De reserve bedroeg eind 2025 € 1,4 miljoen. Door de begrote onttrekkingen komt zij eind 2029 "
              "uit op ongeveer € 0,9 miljoen, binnen de bandbreedte die het bestuur op basis van de "
              "risicoanalyse heeft vastgesteld."),
    ]
    for fn, title, kw in [(f_governance, "8 Bestuur en toezicht", {"jaarverslag": True}),
                          (f_opr, "9 Ondersteuningsplanraad", {"with_members": False}),
                          (f_oogo, "10 Overleg met de gemeenten", {"substantive": False}),
                          (f_personeel, "11 Medewerkers", {}), (f_privacy, "12 Privacy", {}),
                          (f_ontwikkelagenda, "13 Ontwikkelagenda", {}),
                          (f_vaststelling, "14 Vaststelling", {})]:
        x = fn(c, **kw)
        x[0] = ("h1", title)
        b += x
    b += f_begrippen(c, GLOSS_VO + [["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere "
                                                      "jongere een passende plek is (zie deel 2)."],
                                     ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor "
                                                              "ouders en scholen."],
                                     ["Thuiszitter", "Leerplichtige jongere die niet naar school gaat."]])
    toc = toc_from(b) + ["Deel 2 (verschijnt juni 2026): Toewijzing en toelaatbaarheid",
                         "Deel 2: Het aanbod in de regio en thuiszitters", "Deel 2: Ouders en leerlingen"]
    blocks = front + [("toc", toc)] + b
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "financien": ["reserves"],
                            "terugstroom": []},
        notes={"basisondersteuning": "ch. 4: binding minimum for every vestiging + table of provisions.",
               "plaatsing": "nothing: toewijzing/toelaatbaarheid deferred to 'deel 2' (TOC lines only).",
               "terugstroom": "ch. 5.1 'Weer naar een gewone vo-school': policy, conditions, steps with "
                              "1 December / 1 March / 1 August, support after return.",
               "financien": "ch. 7 'Middelen': 2026-2029 lasten table + reserve; verdeelsleutel deferred "
                            "to deel 2.",
               "dekkend-aanbod": "nothing: aanbod/thuiszitters deferred to deel 2; OOGO only procedural.",
               "resultaten": "ch. 6 'Meten en bijsturen': quarterly dashboard, jaarverslag; targets "
                             "explicitly deferred to after a 2027 nulmeting.",
               "ouders": "nothing: 'Ouders en leerlingen' is a deel 2 TOC line; Onderwijsconsulenten "
                         "only in the glossary.",
               "other": "HTML web version; TOC and glossary name missing elements (traps)."})
    label["advisory_addressed"].pop("terugstroom")
    label["other_note_on"] = "plaatsing"
    return "vo-zuidrand-webversie-2026-2030", blocks, c, label


# =============================================================================================
# N  near miss: a school-level 'ondersteuningsplan' of one basisschool (not an SWV plan)
# =============================================================================================
def near_miss():
    b = [("title", "Ondersteuningsplan OBS De Vlonder 2025-2026"),
         ("sub", "Openbare basisschool De Vlonder, Zuid-Kennemerduin – onderdeel van de schoolgids"),
         ("pagebreak", None)]
    body = [
        ("h1", "1 Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijft OBS De Vlonder hoe wij de ondersteuning aan onze "
              "leerlingen organiseren. Het plan is bedoeld voor leerkrachten, ouders en de "
              "medezeggenschapsraad en wordt elk schooljaar geactualiseerd. De school is aangesloten bij "
              "het samenwerkingsverband PO Zuid-Kennemerduin; de afspraken uit het ondersteuningsplan van "
              "het samenwerkingsverband zijn voor ons het kader. Dit document is geen ondersteuningsplan van "
              "het samenwerkingsverband, maar de uitwerking op schoolniveau."),
        ("p", "De Vlonder telt 312 leerlingen in dertien groepen. Het team bestaat uit 24 medewerkers, onder "
              "wie twee intern begeleiders, een onderwijsassistent en een gedragsspecialist."),
        ("h1", "2 Onze visie op ondersteuning"),
        ("p", "Wij geloven dat ieder kind wil leren en dat verschillen tussen kinderen normaal zijn. Goed "
              "onderwijs begint in de groep, bij een leerkracht die de kinderen kent en die weet wat zij "
              "nodig hebben. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft en niet "
              "naar wat er mis is. Ouders zijn onze partners; zij kennen hun kind het best."),
        ("h1", "3 De zorgniveaus op De Vlonder"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Algemene zorg in de groep: goede instructie volgens het directe instructiemodel",
                    "Leerkracht"],
                   ["2", "Extra zorg in de groep: verlengde instructie in de kleine groep", "Leerkracht"],
                   ["3", "Speciale zorg na consultatie van de intern begeleider", "Leerkracht en IB"],
                   ["4", "Speciale zorg met externe deskundigen, bespreking in het ondersteuningsteam",
                    "IB, consulent SWV, ouders"],
                   ["5", "Verwijzing: aanvraag van een arrangement of toelaatbaarheidsverklaring bij het "
                    "samenwerkingsverband", "Directie en bestuur"]]),
        ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere "
              "leerkracht een groepsbespreking. Daarin worden de resultaten van de toetsen en de observaties "
              "besproken en wordt het groepsplan bijgesteld. Leerlingen over wie de leerkracht zich zorgen "
              "maakt, worden daarna besproken in een leerlingbespreking. De afspraken worden vastgelegd in "
              "ons leerlingvolgsysteem."),
        ("p", "Onze opbrengsten bespreken we twee keer per jaar in het team. We vergelijken de resultaten op "
              "de midden- en eindtoetsen met onze schoolnormen en met het landelijk gemiddelde. De "
              "eindtoetsresultaten van groep 8 lagen in 2025 boven de signaleringswaarde van de inspectie."),
        ("h1", "5 Basisondersteuning op onze school"),
        ("p", "De Vlonder biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
              "Concreet betekent dit voor onze school:"),
        ("bullets", ["een dyslexieprotocol en extra leesinstructie in groep 3 en 4;",
                     "een plusgroep voor kinderen die meer uitdaging nodig hebben, één ochtend per week;",
                     "de Kanjertraining in alle groepen;",
                     "een gedragsspecialist die twee dagen per week in de school is;",
                     "een protocol medisch handelen;",
                     "een vaste schoolmaatschappelijk werker die elke dinsdag spreekuur houdt."]),
        ("p", "Onze grenzen liggen bij kinderen die voortdurend één-op-één begeleiding nodig hebben of bij "
              "wie de veiligheid van andere kinderen in het geding komt. In zo'n situatie zoeken we samen "
              "met ouders en het samenwerkingsverband naar een passende oplossing."),
        ("h1", "6 Extra ondersteuning en arrangementen"),
        ("p", "Als de ondersteuning in de groep niet voldoende is, kan de school een arrangement aanvragen bij "
              "het samenwerkingsverband. Wij maken daarvoor een groeidocument dat met de ouders wordt "
              "besproken. In 2024-2025 had De Vlonder vier leerlingen met een arrangement, vooral voor "
              "begeleiding op het gebied van gedrag."),
        ("p", "Een enkele keer is een speciale school de beste plek. De school vraagt dan via het bestuur "
              "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband; het samenwerkingsverband "
              "beslist. In 2024-2025 is voor twee leerlingen een TLV voor het sbo afgegeven. Wanneer een "
              "leerling van het sbo terugkomt naar De Vlonder, maken wij met de sbo-school een "
              "overdrachtsplan."),
        ("h1", "7 Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor ondersteuning. Voor "
              "2025-2026 bedraagt dat € 46.800. Wij zetten dit bedrag in voor de onderwijsassistent (0,6 "
              "fte), de gedragsspecialist (0,2 fte) en materialen voor de plusgroep. De directie legt "
              "hierover verantwoording af aan het bestuur en de medezeggenschapsraad."),
        ("h1", "8 Ouders"),
        ("p", "Ouders worden vanaf de eerste zorg betrokken. Bij een leerlingbespreking worden ouders "
              "vooraf geïnformeerd en na afloop uitgenodigd voor een gesprek. Informatie over de "
              "ondersteuning op De Vlonder staat in de schoolgids en op de website. Ouders die vragen "
              "hebben over de ondersteuning kunnen altijd terecht bij de intern begeleider. Ouders die het "
              "niet eens zijn met een besluit van de school, kunnen gebruikmaken van de klachtenregeling "
              "van het bestuur of contact opnemen met het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."),
        ("h1", "9 Professionalisering van het team"),
        ("p", "Dit schooljaar volgt het team een scholing over het lesgeven aan kinderen met "
              "concentratieproblemen. Twee leerkrachten volgen de opleiding tot specialist hoogbegaafdheid. "
              "De intern begeleiders nemen deel aan het IB-netwerk van het samenwerkingsverband."),
        ("h1", "10 Jaarplanning zorg 2025-2026"),
        ("table", [["Maand", "Activiteit"],
                   ["September", "Startgesprekken met ouders en kinderen"],
                   ["Oktober", "Groepsbesprekingen ronde 1"],
                   ["Januari/februari", "Midden-toetsen, groepsbesprekingen ronde 2"],
                   ["Maart", "Voorlopig advies groep 7, gesprekken met ouders"],
                   ["Juni", "Eind-toetsen, groepsbesprekingen ronde 3, overdracht naar volgende groep"]]),
        ("h1", "11 Evaluatie"),
        ("p", "Dit ondersteuningsplan wordt in juni 2026 geëvalueerd door het team en besproken in de "
              "medezeggenschapsraad. De uitkomsten worden verwerkt in het plan voor 2026-2027 en in de "
              "schoolgids."),
    ]
    blocks = b + [("toc", toc_from(body)), ("pagebreak", None)] + body
    label = dict(sector="po", looks_like_plan=False, elements={}, criteria={},
                 notes={"looks_like_plan": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, "
                                    "groepsbesprekingen, own school budget, MR); it explicitly says it is not the "
                                    "samenwerkingsverband's plan. No OPR, OOGO, verdeling or TLV decisions."})
    return "po-obs-de-vlonder-ondersteuningsplan", blocks, label


# =============================================================================================
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, label):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if label['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label.get("advisory_addressed", {}).items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}"]
    notes = dict(label["notes"])
    other = notes.pop("other", None)
    if other:  # fold general trap remarks into the element note they concern
        key = label["other_note_on"]
        notes[key] = notes[key] + " Trap: " + other
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {q(v)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    if not label["looks_like_plan"]:
        return
    for el, st in label["elements"].items():
        crit = [label["criteria"][k] for k in CORE if k.startswith(el + ".")]
        adv = label.get("advisory_addressed", {}).get(el, [])
        want = "present" if all(crit) else ("partial" if any(crit) or adv else "missing")
        assert want == st, (el, st, want)


def main():
    for fn, fmt in [(plan_p1, "docx"), (plan_p2, "docx"), (plan_p3, "pdf"), (plan_p4, "pdf"),
                    (plan_p5, "html")]:
        name, blocks, c, label = fn()
        check_label(label)
        header = f"{c['naam']} – Ondersteuningsplan {c['periode']}"
        footer = "Ondersteuningsplan – pagina-opmaak volgens huisstijl"
        path = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, path, header, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header, footer)
        else:
            write_html(blocks, path, f"{c['naam']} – Ondersteuningsplan {c['periode']} (webversie)")
        write_label(name, [path.name], label)
        print(f"{path.name}: {words(blocks)} words")
    name, blocks, label = near_miss()
    path = OUT / f"{name}.docx"
    write_docx(blocks, path, "OBS De Vlonder – Ondersteuningsplan 2025-2026", "Schoolgids bijlage")
    write_label(name, [path.name], label)
    print(f"{path.name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
