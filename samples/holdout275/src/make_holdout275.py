#!/usr/bin/env python3
"""Generate the holdout275 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import json
import os
import zipfile
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt
import yaml

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# ---------------------------------------------------------------------------
# Shared filler (addresses none of the core criteria; mentions vocabulary in passing)
# ---------------------------------------------------------------------------

def filler(c):
    """Return a dict of filler sections, each a list of blocks. c = context dict."""
    f = {}
    f["voorwoord"] = [
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Dit plan is het resultaat van "
              f"een intensief traject waarin schoolbesturen, directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, de ondersteuningsplanraad en onze partners in de gemeenten "
              f"{c['gemeenten']} samen hebben nagedacht over de vraag hoe wij de komende vier jaar passend "
              f"onderwijs in de regio {c['regio']} verder vormgeven. Het is geen eindpunt, maar een kompas."),
        ("p", "In de afgelopen planperiode is er veel bereikt, maar we zijn ook eerlijk over wat nog niet goed "
              "genoeg gaat. Leraren ervaren een hoge werkdruk, de arbeidsmarkt is krap en de vragen van kinderen "
              "en jongeren worden complexer. Tegelijkertijd zien we op veel scholen mooie initiatieven, waarin "
              "onderwijs en zorg elkaar vinden en waarin ouders, school en partners werkelijk samen optrekken. "
              "Die beweging willen we versterken."),
        ("p", "Wij danken iedereen die heeft bijgedragen aan de totstandkoming van dit plan: de leden van de "
              "klankbordgroepen, de schoolleiders die hun ervaringen deelden, de leden van de ondersteuningsplanraad "
              "die kritisch meelazen en de beleidsmedewerkers van de gemeenten. Zonder hun inzet had dit plan niet "
              f"de vorm gekregen die het nu heeft. — {c['bestuurder']}, directeur-bestuurder"),
    ]
    f["inleiding"] = [
        ("p", f"{c['swv']} is het samenwerkingsverband passend onderwijs voor het {c['sector_lang']} in de regio "
              f"{c['regio']} (registratienummer {c['code']}). Bij het samenwerkingsverband zijn {c['n_besturen']} "
              f"schoolbesturen aangesloten met samen {c['n_scholen']} scholen en ongeveer {c['n_leerlingen']} "
              "leerlingen. Het samenwerkingsverband is een stichting met een raad van toezicht en een "
              "directeur-bestuurder."),
        ("p", "De wet schrijft voor dat ieder samenwerkingsverband ten minste eens in de vier jaar een "
              "ondersteuningsplan vaststelt. In dit plan beschrijven wij onze ambities en de afspraken die wij "
              "met elkaar maken. Het plan is vastgesteld na op overeenstemming gericht overleg met de gemeenten "
              "en na instemming van de ondersteuningsplanraad. Het plan is voor 1 mei aan de inspectie gezonden."),
        ("p", "Het plan is bedoeld voor iedereen die betrokken is bij passend onderwijs: schoolbesturen en "
              "scholen, medewerkers, gemeenten en ketenpartners, en natuurlijk ook voor ouders en leerlingen. "
              "Om het plan leesbaar te houden, hebben we gekozen voor een compacte opbouw. Waar mogelijk "
              "verwijzen we naar documenten die jaarlijks worden geactualiseerd."),
    ]
    f["context"] = [
        ("p", f"De regio {c['regio']} kent een gevarieerd karakter: naast een stedelijke kern met "
              "wijken waar veel gezinnen met een laag inkomen wonen, omvat het werkgebied dorpen waar het aantal "
              "leerlingen daalt. De prognoses laten zien dat het leerlingenaantal de komende jaren met enkele "
              "procenten afneemt, vooral in de kleine kernen. Dit heeft gevolgen voor de levensvatbaarheid van "
              "kleine scholen en voor de reisafstand naar gespecialiseerde voorzieningen."),
        ("p", "Ook de samenstelling van de leerlingpopulatie verandert. Het aantal nieuwkomers is toegenomen, "
              "evenals het aantal leerlingen dat naast onderwijs jeugdhulp ontvangt. Scholen geven aan dat "
              "vragen rond gedrag, angst en concentratie vaker voorkomen dan vijf jaar geleden. De "
              "kengetallen in dit hoofdstuk zijn ontleend aan DUO en aan onze eigen registratie."),
        ("p", "De deelname aan het speciaal onderwijs ligt in onze regio rond het landelijk gemiddelde. "
              "Wij zien deze cijfers als achtergrond, niet als doel op zich: achter ieder getal staat een "
              "kind of jongere met een eigen verhaal."),
    ]
    f["visie"] = [
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het nodig "
              "heeft. Passend onderwijs is voor ons geen systeem, maar een houding: we kijken naar mogelijkheden "
              "in plaats van beperkingen en we zoeken de oplossing zo dicht mogelijk bij huis. Het kind staat "
              "centraal; ouders en school zijn partners; de professional krijgt ruimte en vertrouwen."),
        ("p", "Inclusiever onderwijs is voor ons een richting, geen vaststaand eindbeeld. Wij willen dat meer "
              "kinderen samen naar school kunnen gaan, met de ondersteuning die zij nodig hebben. Dat vraagt "
              "om scholen die zich blijven ontwikkelen, om goede samenwerking met zorgpartners en om "
              "een bestuurlijke cultuur waarin we elkaar aanspreken op gezamenlijke verantwoordelijkheid."),
        ("p", "Onze missie luidt: samen zorgen we ervoor dat alle kinderen en jongeren in de regio zich optimaal "
              "kunnen ontwikkelen. Wij doen dat vanuit vier kernwaarden: verbinden, vertrouwen, vakmanschap en "
              "verantwoordelijkheid. Deze waarden keren terug in de manier waarop we overleggen, besluiten en "
              "verantwoording afleggen."),
    ]
    f["governance"] = [
        ("p", f"{c['swv']} is een stichting. Het bestuur van de stichting wordt gevormd door een "
              "directeur-bestuurder; het intern toezicht ligt bij een raad van toezicht waarin de aangesloten "
              "schoolbesturen zijn vertegenwoordigd, aangevuld met twee onafhankelijke leden. Deze scheiding van "
              "bestuur en toezicht is in de statuten vastgelegd, evenals een regeling voor geschillen tussen "
              "de aangesloten besturen."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, "
              "een controller, een secretariaat en een team van orthopedagogen en consulenten. Het bureau "
              "is gehuisvest in een bedrijfsverzamelgebouw nabij het station. Het managementstatuut regelt de "
              "bevoegdheden; de raad van toezicht hanteert de Code Goed Bestuur van de sectorraad."),
        ("p", "Twee keer per jaar komt het directeurenoverleg bijeen, waarin schoolleiders thema's agenderen "
              "en ervaringen uitwisselen. Daarnaast zijn er netwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren. Deze netwerken hebben geen formele beslissingsbevoegdheid, maar "
              "zijn wel belangrijk voor het draagvlak van beleid."),
    ]
    if c.get("opr_kort"):
        opr_first = (f"De ondersteuningsplanraad (OPR) van {c['swv']} telt {c['opr_leden']} leden, afgevaardigd "
                     "door de medezeggenschapsraden volgens het medezeggenschapsstatuut. De OPR heeft "
                     "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan.")
    else:
        opr_first = (f"De ondersteuningsplanraad (OPR) van {c['swv']} bestaat uit {c['opr_leden']} leden: de helft is "
                     "personeelslid van een van de aangesloten scholen, de andere helft is ouder"
                     f"{c['opr_extra']}. De leden worden afgevaardigd door de medezeggenschapsraden. De OPR heeft "
                     "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan.")
    f["opr"] = [
        ("p", opr_first),
        ("p", "De OPR is in een vroeg stadium bij de totstandkoming van dit plan betrokken. In drie "
              "themabijeenkomsten is gesproken over de hoofdlijnen. De OPR heeft schriftelijk gereageerd op "
              "het concept; de reactie is verwerkt. Op de datum die in de vaststellingsparagraaf staat, heeft "
              "de OPR ingestemd met het plan. Het bestuur faciliteert de OPR met scholing en een ambtelijk "
              "secretaris."),
    ]
    f["oogo_kort"] = [
        ("p", f"Het concept van dit plan is op 12 maart 2026 in het op overeenstemming gericht overleg (OOGO) "
              f"besproken met het college van burgemeester en wethouders van de gemeente {c['gemeenten']}. De "
              "gemeente heeft schriftelijk laten weten geen bezwaren te hebben; daarmee is het OOGO afgerond. "
              f"Ook met het samenwerkingsverband voor het {c['ander_sector']} is het concept besproken."),
    ]
    f["oogo"] = [
        ("p", f"Met de gemeenten {c['gemeenten']} is op overeenstemming gericht overleg (OOGO) gevoerd over het "
              "concept van dit plan. Het OOGO vindt plaats in een bestuurlijk overleg dat tweemaal per jaar "
              "bijeenkomt. In dat overleg zijn de wethouders onderwijs en jeugd en de directeur-bestuurder "
              "vertegenwoordigd. Ook het samenwerkingsverband voor het "
              f"{c['ander_sector']} neemt deel, omdat de werkgebieden grotendeels overlappen."),
        ("p", "Gemeenschappelijke thema's in het OOGO zijn onder meer de aansluiting tussen onderwijs en "
              "jeugdhulp, leerlingenvervoer, onderwijshuisvesting, de overgang naar het vervolgonderwijs en "
              "de inzet van schoolmaatschappelijk werk. Het verslag van het OOGO is voor de deelnemers "
              "beschikbaar. De gemeenten hebben aangegeven zich in de hoofdlijnen van dit plan te herkennen."),
    ]
    f["personeel"] = [
        ("p", "Het samenwerkingsverband heeft een eigen formatie van enkele fte aan orthopedagogen, "
              "consulenten en ondersteunend personeel. Daarnaast wordt personeel van aangesloten besturen "
              "gedetacheerd voor specifieke taken. De arbeidsvoorwaarden volgen de cao van de sector. "
              "Medewerkers hebben jaarlijks een gesprekkencyclus en een eigen scholingsbudget."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Wij zien dat vacatures voor intern begeleiders "
              "en gedragsspecialisten lastig te vervullen zijn. Met de opleidingen in de regio werken we aan "
              "een traineeship en aan het delen van expertise tussen regulier en speciaal onderwijs. De "
              "effecten van dit plan op personeel worden besproken in de personeelsgeleding van de OPR."),
        ("p", "Deskundigheidsbevordering organiseren wij via een jaarlijks scholingsaanbod, leernetwerken "
              "en een studiedag voor alle medewerkers in de regio. Thema's zijn onder meer het werken met "
              "een ontwikkelingsperspectief, het voeren van gesprekken met ouders, traumasensitief lesgeven "
              "en het signaleren van meer- en hoogbegaafdheid."),
    ]
    f["ict"] = [
        ("p", "Voor de registratie van aanvragen en besluiten gebruikt het samenwerkingsverband een "
              "beveiligde digitale omgeving. Scholen hebben toegang via een persoonlijk account met "
              "tweestapsverificatie. Gegevens worden niet langer bewaard dan wettelijk is toegestaan."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en een "
              "privacyreglement vastgesteld. Een verwerkingsregister en een protocol voor datalekken "
              "maken deel uit van het informatiebeveiligingsbeleid. Met de aangesloten besturen zijn "
              "verwerkersafspraken gemaakt."),
    ]
    f["planning"] = [
        ("p", "Dit plan wordt uitgewerkt in jaarplannen. Elk jaarplan bevat de activiteiten voor het "
              "komende schooljaar, de verantwoordelijke personen en de planning. Het jaarplan wordt in juni "
              "vastgesteld door de directeur-bestuurder, na advies van het directeurenoverleg."),
        ("table", [["Periode", "Activiteit"],
                   ["najaar eerste planjaar", "Communicatie over het nieuwe plan aan scholen en partners"],
                   ["voorjaar eerste planjaar", "Evaluatie werkwijze netwerken IB en OCO"],
                   ["tweede planjaar", "Tussentijdse bespreking met de OPR"],
                   ["derde planjaar", "Voorbereiding evaluatie planperiode"],
                   ["vierde planjaar", "Opstellen nieuw ondersteuningsplan"]]),
        ("p", "Wijzigingen van dit plan tijdens de planperiode worden voorgelegd aan de OPR. Kleine, "
              "redactionele aanpassingen worden verwerkt zonder nieuwe instemmingsprocedure; daarover "
              "wordt de OPR wel geïnformeerd."),
    ]
    f["kennis"] = [
        ("p", "Kennisdeling is een van de belangrijkste instrumenten om passend onderwijs te versterken. "
              "Wij organiseren jaarlijks een regionale conferentie, ondersteunen leergemeenschappen van "
              "scholen en stimuleren collegiale consultatie. Een digitale kennisbank met praktijkvoorbeelden "
              "is beschikbaar voor medewerkers van aangesloten scholen."),
        ("p", "Met hogescholen en een universiteit in de regio werken we samen aan praktijkgericht onderzoek. "
              "Zo loopt een onderzoek naar de inzet van onderwijsassistenten in groepen met veel "
              "ondersteuningsbehoeften en een onderzoek naar de ervaringen van leerlingen zelf. De uitkomsten "
              "worden gedeeld in de netwerken."),
    ]
    f["wettelijk"] = [
        ("p", "Leeswijzer. De wet schrijft voor dat een ondersteuningsplan in elk geval ingaat op: de "
              "basisondersteuning op alle scholen, de verdeling en besteding van de ondersteuningsmiddelen, "
              "de procedure en criteria voor toelaatbaarheid, de terugplaatsing na afloop van een "
              "toelaatbaarheidsverklaring, de beoogde en bereikte resultaten, en de informatie aan ouders "
              "over ondersteuning en onafhankelijke ondersteuningsmogelijkheden. Deze leeswijzer noemt die "
              "onderwerpen alleen; waar zij in dit plan aan bod komen, blijkt uit de inhoudsopgave."),
        ("p", "Naast de wettelijke onderwerpen bevat dit plan hoofdstukken over organisatie, personeel, "
              "samenwerking en planning. Deze hoofdstukken zijn niet wettelijk verplicht, maar helpen om "
              "het plan in samenhang te lezen. Ieder hoofdstuk begint met een korte inleiding en eindigt, "
              "waar dat past, met de afspraken die we voor de planperiode maken."),
    ]
    f["totstandkoming"] = [
        ("p", "Dit plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2025 is een "
              "stuurgroep gevormd met vertegenwoordigers van de besturen, een schoolleider, een intern "
              "begeleider en de beleidsmedewerker van het samenwerkingsverband. De stuurgroep kwam "
              "maandelijks bijeen en legde de tussenproducten voor aan het bestuurlijk overleg."),
        ("p", "In de zomer en het najaar zijn dialoogsessies georganiseerd op vier locaties in de regio. "
              "Daar spraken in totaal ruim honderdvijftig deelnemers mee: leerkrachten, intern begeleiders, "
              "directeuren, medewerkers van jeugdteams, leerplichtambtenaren en leden van "
              "medezeggenschapsraden. De opbrengst van die sessies is gebundeld in een verslag dat als "
              "bouwsteen voor dit plan heeft gediend. Een schrijfgroep heeft vervolgens het concept "
              "opgesteld, dat na een consultatieronde op onderdelen is aangescherpt."),
        ("p", "De formele vaststelling verliep in drie stappen: voorlopige vaststelling door de "
              "directeur-bestuurder in januari 2026, op overeenstemming gericht overleg met de gemeenten "
              "in februari en maart, instemming van de ondersteuningsplanraad in maart, en definitieve "
              "vaststelling na goedkeuring door de raad van toezicht in april 2026. Het plan is daarna "
              "via het Internet Schooldossier aan de inspectie gezonden."),
    ]
    f["landelijk"] = [
        ("p", "Passend onderwijs staat landelijk volop in de belangstelling. Na de evaluatie van passend "
              "onderwijs in 2020 is een verbeteraanpak ingezet met maatregelen op het gebied van "
              "duidelijkheid, samenwerking, financiering en verantwoording. De minister heeft in 2025 "
              "aangekondigd dat er een landelijke norm komt voor wat scholen minimaal moeten bieden. Wat "
              "dat precies voor onze regio betekent, is nog niet bekend; we volgen de ontwikkelingen en "
              "passen ons beleid zo nodig aan."),
        ("p", "Ook de beweging naar inclusiever onderwijs, de aanpak van het lerarentekort en de "
              "aandacht voor kansengelijkheid raken ons werk. Wij zien die landelijke ontwikkelingen als "
              "kansen om de samenwerking in de regio te versterken. Tegelijkertijd realiseren we ons dat "
              "veranderingen tijd kosten en dat scholen behoefte hebben aan rust en duidelijkheid. In "
              "deze planperiode kiezen wij daarom voor een beperkt aantal speerpunten, die we zorgvuldig "
              "uitwerken in de jaarplannen."),
        ("p", "Een derde ontwikkeling is de toenemende aandacht voor de stem van leerlingen zelf. "
              "Leerlingen geven in gesprekken aan dat zij graag meer betrokken worden bij beslissingen "
              "over hun eigen schoolloopbaan. Wij nemen deze signalen serieus en stimuleren scholen om "
              "leerlingen actief te betrekken bij gesprekken over hun ontwikkeling."),
    ]
    f["communicatie_scholen"] = [
        ("p", "Het samenwerkingsverband communiceert actief met de aangesloten scholen en besturen. "
              "Iedere maand verschijnt een digitale nieuwsbrief voor directeuren en intern begeleiders, "
              "met nieuws over netwerken, scholing en beleid. Een keer per jaar bezoekt de "
              "directeur-bestuurder iedere bestuurder voor een strategisch gesprek. Signalen van scholen "
              "worden verzameld door de consulenten en besproken in het teamoverleg van het bureau."),
        ("p", "Met onze partners, zoals de jeugdgezondheidszorg, het maatschappelijk werk en de "
              "kinderopvang, hebben we vaste contactpersonen. Wij streven naar korte lijnen en een "
              "herkenbare huisstijl. In de planperiode vernieuwen wij onze website, zodat de informatie "
              "voor professionals beter vindbaar wordt."),
    ]
    f["bureau"] = [
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gerenoveerd pand dat wordt "
              "gedeeld met andere maatschappelijke organisaties. De huurovereenkomst loopt tot 2028. "
              "Bij de keuze voor een nieuwe locatie wegen bereikbaarheid met het openbaar vervoer, "
              "duurzaamheid en de mogelijkheid om overleggen met scholen te organiseren zwaar mee."),
        ("p", "Wij willen als organisatie ons steentje bijdragen aan een duurzame samenleving. Het "
              "bureau werkt zo veel mogelijk papierloos, vergaderingen worden waar mogelijk hybride "
              "georganiseerd en medewerkers worden gestimuleerd om met het openbaar vervoer of de fiets "
              "te reizen. Inkoop van diensten gebeurt volgens een inkoopbeleid dat door de raad van toezicht "
              "is goedgekeurd."),
    ]
    f["speerpunten"] = [
        ("p", "Voor de planperiode kiezen wij vier speerpunten. Het eerste speerpunt is vakmanschap: "
              "leraren en ondersteuners moeten zich toegerust voelen voor de diversiteit in hun groep. "
              "Het tweede speerpunt is verbinding met de wijk en het dorp: de school is een vindplaats "
              "en een ontmoetingsplek, en werkt samen met sport, cultuur en welzijn. Het derde speerpunt "
              "is werkplezier: wij willen dat medewerkers met plezier en vertrouwen hun werk doen, en "
              "dat administratieve lasten zo beperkt mogelijk blijven. Het vierde speerpunt is een "
              "lerende organisatie: we willen van elkaar leren, ook van wat niet goed gaat."),
        ("p", "Deze speerpunten zijn bewust breed geformuleerd. Zij geven richting, maar laten ruimte "
              "aan besturen en scholen om eigen accenten te leggen. Elk jaar kiest het directeurenoverleg "
              "welke speerpunten extra aandacht krijgen. In de jaarplannen werken we de speerpunten "
              "verder uit in concrete activiteiten. Wij verwachten dat scholen de speerpunten herkennen "
              "in hun eigen schoolplan, zodat beleid van samenwerkingsverband en scholen elkaar versterkt."),
        ("p", "Bij alle speerpunten hoort een open houding naar de omgeving. Wij nodigen medewerkers, "
              "partners en inwoners van de regio uit om mee te denken en ideeën aan te dragen. Goede "
              "voorbeelden uit de praktijk delen wij op de regionale conferentie en in de nieuwsbrief."),
    ]
    return f


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(" ".join(r).split()) for r in val)
    return n


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------

def render_docx(title, subtitle, blocks, path, header=None):
    d = docx.Document()
    cp = d.core_properties
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = "Bureau samenwerkingsverband"
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
        d.sections[0].footer.paragraphs[0].text = header + " — concept voor vaststelling"
    d.add_paragraph(title, style="Title")
    d.add_paragraph(subtitle)
    d.add_page_break()
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            for item in val:
                d.add_paragraph(item)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))
    normalize_zip(path)


def render_md(title, subtitle, blocks):
    out = [f"# {title}", "", f"_{subtitle}_", ""]
    for kind, val in blocks:
        if kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind in ("ul", "toc"):
            out += [f"- {x}" for x in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(title, subtitle, blocks, nav):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>", "</head>", "<body>",
           "<header><nav>" + " | ".join(esc(x) for x in nav) + "</nav></header>", "<main>",
           f"<h1>{esc(title)}</h1>", f"<p><em>{esc(subtitle)}</em></p>"]
    for kind, val in blocks:
        if kind == "h1":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind in ("ul", "toc"):
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{esc(x)}</th>" for x in val[0]) + "</tr>")
            for r in val[1:]:
                out.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer><p>&copy; 2025 — alle rechten voorbehouden</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout275_soffice_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria}
    if advisory is not None:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    if looks:
        assert list(criteria) == CORE, name
        assert list(elements) == ELEMENTS, name
        # status rule consistency
        for el in ELEMENTS:
            vals = [criteria[k] for k in CORE if k.startswith(el + ".")]
            st = elements[el]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or advisory.get(el):
                assert st == "partial", (name, el)
            else:
                assert st in ("missing", "partial"), (name, el)
    lines = ["documents: [" + ", ".join(documents) + "]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [" + ", ".join(v) + "]" for k, v in advisory.items() if v]
    lines.append("notes:")
    lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def normalize_zip(path):
    """Rewrite a .docx with fixed timestamps so the output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def crit(falses):
    return {k: (k not in falses) for k in CORE}


# ---------------------------------------------------------------------------
# Plan A — PO, .docx. ouders missing; terugstroom beleid deferred; resultaten monitoring deferred
# ---------------------------------------------------------------------------

def plan_a():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie", periode="2026-2030",
             gemeenten="Vijfheerenlanden, Lingewaard en Neder-Betuwe", regio="Waterlinie",
             bestuurder="drs. M. van Gelder", sector_lang="primair onderwijs", code="PO 25-09",
             n_besturen="14", n_scholen="61", n_leerlingen="11.400", opr_leden="12", opr_extra="", opr_kort=True,
             ander_sector="voortgezet onderwijs")
    f = filler(c)
    b = []
    b.append(("h1", "Inhoudsopgave"))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Onze regio in cijfers", "3 Visie en missie",
                      "4 Basisondersteuning", "5 Extra ondersteuning en het dekkend aanbod",
                      "6 Toelaatbaarheid tot sbo en so", "7 Geld en middelen",
                      "8 Kwaliteit en resultaten", "9 Ouders en medezeggenschap", "10 Organisatie en governance",
                      "11 Samenwerking met gemeenten", "12 Personeel en professionalisering",
                      "13 ICT en privacy", "14 Planning", "Bijlage 1 Begrippenlijst",
                      "Bijlage 2 Verdeelmodel (tabel)", "Bijlage 3 Folder voor ouders"]))
    b += [("h1", "Voorwoord")] + f["voorwoord"]
    b += [("h1", "1 Inleiding")] + f["inleiding"] + f["wettelijk"] + f["totstandkoming"] + f["landelijk"]
    b += [("h1", "2 Onze regio in cijfers")] + f["context"]
    b += [("table", [["Kengetal", "1-10-2023", "1-10-2024"],
                     ["Leerlingen basisonderwijs", "11.020", "10.890"],
                     ["Leerlingen sbo", "312", "305"],
                     ["Leerlingen so (cluster 3 en 4)", "241", "252"],
                     ["Deelnamepercentage sbo + so", "4,7%", "4,8%"]])]
    b += [("h1", "3 Visie en missie")] + f["visie"] + f["speerpunten"]
    # basisondersteuning: present (niveau + inhoud), unusual wording
    b += [("h1", "4 Basisondersteuning"),
          ("p", "In De Waterlinie hebben alle schoolbesturen afgesproken wat de ondergrens is die iedere "
                "vestiging van iedere aangesloten basisschool waarmaakt. Die ondergrens noemen wij de "
                "basisondersteuning. Zij geldt voor alle 61 scholen, ongeacht bestuur, denominatie of grootte; "
                "een school mag meer bieden, maar nooit minder. De afspraak is in het directeurenoverleg en het "
                "bestuurlijk overleg bekrachtigd en maakt deel uit van dit plan."),
          ("p", "Concreet kan iedere ouder er op elke school van De Waterlinie op rekenen dat:"),
          ("ul", ["er een intern begeleider is met ten minste één dag per week per 200 leerlingen, die de "
                  "ondersteuningsstructuur coördineert en gesprekspartner van ouders is;",
                  "de school vier keer per jaar groepsbesprekingen en twee keer per jaar leerlingbesprekingen "
                  "houdt volgens de cyclus van handelingsgericht werken;",
                  "het landelijke protocol leesproblemen en dyslexie en het protocol ernstige reken-wiskunde-"
                  "problemen en dyscalculie worden toegepast, inclusief verlengde instructie en hulpmiddelen "
                  "zoals voorleessoftware;",
                  "de school een aanbod heeft voor sociaal-emotionele ontwikkeling en een anti-pestprogramma "
                  "met een pestcoördinator;",
                  "voor kinderen die meer aankunnen een verrijkingsaanbod in de klas beschikbaar is, en een "
                  "plusklas op bovenschools niveau binnen het eigen bestuur;",
                  "de school een medisch protocol hanteert en eenvoudige medische handelingen kan uitvoeren "
                  "na toestemming van ouders;",
                  "de school binnen zes weken na signalering een eerste consultatie met de orthopedagoog van "
                  "het samenwerkingsverband kan inplannen (preventieve ambulante begeleiding)."]),
          ("p", "Wat niet meer onder de basisondersteuning valt — bijvoorbeeld een langdurige individuele "
                "begeleiding buiten de groep of een aangepast programma op meerdere vakgebieden — "
                "noemen wij extra ondersteuning (hoofdstuk 5)."),
          ("p", "Scholen beschrijven hun invulling van de basisondersteuning in hun schoolondersteuningsprofiel. "
                "Het bureau bekijkt eens per twee jaar per school of de afspraken worden nagekomen, aan de hand "
                "van een kwaliteitskaart; wanneer een school onder de ondergrens blijft, maken bestuur en "
                "samenwerkingsverband een verbeterafspraak met een termijn van één schooljaar.")]
    # dekkend aanbod: present
    b += [("h1", "5 Extra ondersteuning en het dekkend aanbod"),
          ("p", "Ons aanbod is opgebouwd als een trap met vier treden. Trede 1 is de basisondersteuning op "
                "iedere school. Trede 2 is een arrangement op de eigen school: de school ontvangt voor een "
                "leerling of een groepje leerlingen een budget of inzet van een specialist (bijvoorbeeld een "
                "gedragsspecialist twee dagdelen per week). Trede 3 zijn de bovenschoolse voorzieningen: twee "
                "taalklassen voor nieuwkomers, een observatiegroep in Culemborg en een voltijds "
                "hoogbegaafdheidsklas in Tiel. Trede 4 zijn de sbo-scholen en so-scholen in de regio."),
          ("p", "De stap van trede 1 naar trede 2 wordt gezet in het ondersteuningsteam van de school, "
                "waarin de intern begeleider, de leerkracht en de consulent van het samenwerkingsverband zitten. "
                "Arrangementen worden toegekend voor maximaal één schooljaar en daarna geëvalueerd."),
          ("p", "Om te weten waar het aanbod tekortschiet, houden wij per kwartaal een signaleringstafel "
                "met leerplicht, de jeugdteams en de schoolbesturen. Daar worden alle kinderen besproken die "
                "langer dan vier weken geen onderwijs volgen of die op een wachtlijst staan. Voor ieder kind "
                "wordt binnen twee weken een casusregisseur aangewezen die verantwoordelijk is voor een "
                "plek. Wanneer blijkt dat voor een groep kinderen geen passend aanbod bestaat (in 2024 "
                "bijvoorbeeld voor jonge kinderen met ernstige angstklachten), ontwikkelt het "
                "samenwerkingsverband met een so-school en een jeugdhulpaanbieder een nieuw "
                "onderwijs-zorgarrangement. De zorgplicht van het schoolbestuur blijft daarbij leidend.")]
    # plaatsing: present, with terugstroom procedure hidden inside
    b += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Aanvraag"),
          ("p", "Het bevoegd gezag van de school waar het kind staat ingeschreven vraagt de "
                "toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid van De Waterlinie. Bij de "
                "aanvraag horen het groeidocument of ontwikkelingsperspectief, een verslag van het laatste "
                "overleg in het ondersteuningsteam en het onderwijskundig rapport. De commissie beoordeelt "
                "of het dossier compleet is en vraagt twee deskundigen om advies: een orthopedagoog of "
                "GZ-psycholoog en, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of "
                "kinderpsychiater. Zij brengen ieder een eigen schriftelijk advies uit. Deskundigen die bij de "
                "aanvraag betrokken waren, adviseren niet."),
          ("p", "De commissie neemt binnen zes weken na ontvangst van het complete dossier een besluit. "
                "Het besluit vermeldt de geldigheidsduur en wordt met de deskundigenadviezen meegezonden."),
          ("h2", "6.2 Wanneer is een kind toelaatbaar?"),
          ("p", "Een kind is toelaatbaar tot het sbo wanneer de ondersteuningsbehoefte de mogelijkheden "
                "van de basisschool met een arrangement op trede 2 aantoonbaar overstijgt, er ten minste twee "
                "cycli van handelingsgericht werken met extra ondersteuning zijn doorlopen en geëvalueerd, en "
                "het kind is aangewezen op een kleinere groep met een specifiek pedagogisch klimaat gedurende "
                "de hele schooldag. Een kind is toelaatbaar tot het so wanneer daarnaast sprake is van een "
                "zodanige beperking, ziekte of stoornis (cluster 3 of 4) dat intensieve specialistische "
                "begeleiding in combinatie met zorg nodig is."),
          ("p", "De commissie kent bij een so-verklaring een bekostigingscategorie toe: laag, midden of hoog, "
                "op basis van het advies van de deskundigen. Een TLV sbo wordt afgegeven tot het einde van de "
                "basisschoolperiode; een TLV so voor twee schooljaren, tot en met 31 juli."),
          ("h2", "6.3 Einde van de TLV en terugkeer"),
          ("p", "In het laatste schooljaar waarvoor een TLV geldt, bespreekt de so-school in de "
                "evaluatie van het ontwikkelingsperspectief in oktober of het kind kan terugkeren naar de "
                "basisschool. Als de school terugkeer haalbaar acht, neemt de intern begeleider van de "
                "so-school contact op met het ondersteuningsloket; de consulent zoekt een passende "
                "basisschool, er volgt een warme overdracht en een proefperiode van zes weken. De "
                "directeur van de ontvangende school besluit over inschrijving. Acht de so-school "
                "verlenging nodig, dan vraagt zij vóór 1 maart een nieuwe TLV aan."),
          ("p", "Het beleid van De Waterlinie over terugplaatsing en overplaatsing, inclusief de vraag "
                "welke ondersteuning een kind na terugkeer meekrijgt, stellen we in de loop van het "
                "schooljaar 2026-2027 vast op basis van de ervaringen met de nieuwe werkwijze."),
          ("h2", "6.4 Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
                "toelaatbaarheid. De Waterlinie is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.")]
    # financien: present under "Geld en middelen"
    b += [("h1", "7 Geld en middelen"),
          ("p", "De Waterlinie ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
                "afdracht van de kosten voor sbo en so verdelen wij het restant als volgt. Iedere school "
                "ontvangt een schoolbudget van € 142 per leerling (teldatum 1 oktober voorafgaand aan het "
                "schooljaar) plus een vaste voet van € 6.500 per vestiging. De schoolbudgetten worden in "
                "augustus en januari in twee termijnen overgemaakt aan het schoolbestuur. Arrangementen op "
                "trede 2 worden per aanvraag toegekend door het loket tot een maximum van € 9.000 per "
                "leerling per jaar; het loket beslist binnen vier weken."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "9.840", "9.710", "9.590", "9.480"],
                     ["Afdracht sbo en so", "5.120", "5.060", "5.000", "4.950"],
                     ["Schoolbudgetten", "2.020", "2.000", "1.980", "1.960"],
                     ["Arrangementen trede 2", "1.150", "1.150", "1.120", "1.100"],
                     ["Bovenschoolse voorzieningen", "780", "780", "770", "760"],
                     ["Bureau, loket en orthopedagogen", "690", "700", "710", "720"],
                     ["Resultaat", "80", "20", "10", "-10"]]),
          ("p", "Schoolbesturen leggen jaarlijks in een format verantwoording af over de besteding van "
                "het schoolbudget. De reserve wordt in de planperiode afgebouwd tot het signaleringsniveau.")]
    # resultaten: doelen yes, monitoring deferred
    b += [("h1", "8 Kwaliteit en resultaten"),
          ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor kinderen "
                "die extra ondersteuning nodig hebben:"),
          ("ul", ["in 2030 staat geen enkel kind uit onze regio langer dan drie maanden thuis zonder "
                  "onderwijsaanbod;",
                  "het aandeel kinderen met een arrangement op trede 2 dat na één jaar zonder arrangement "
                  "verder kan, stijgt van 35% naar 50%;",
                  "90% van de ouders van kinderen met een arrangement is tevreden over de samenwerking met "
                  "school;",
                  "de wachttijd voor een bovenschoolse voorziening is maximaal acht weken."]),
          ("p", "Hoe wij deze resultaten gaan meten, met welke instrumenten en met welke frequentie we "
                "erover rapporteren, werken wij uit in een monitoringskader dat in het eerste planjaar "
                "aan de raad van toezicht wordt voorgelegd.")]
    # ouders: missing — only OPR / passing mentions
    b += [("h1", "9 Ouders en medezeggenschap")] + f["opr"]
    b += [("p", "Ouders zijn onmisbaar in passend onderwijs. Zij kennen hun kind als geen ander. Wij vinden "
                "het belangrijk dat zij zich gehoord voelen.")]
    b += [("h1", "10 Organisatie en governance")] + f["governance"] + f["communicatie_scholen"] + f["bureau"]
    b += [("h1", "11 Samenwerking met gemeenten")] + f["oogo"]
    b += [("h1", "12 Personeel en professionalisering")] + f["personeel"] + f["kennis"]
    b += [("h1", "13 ICT en privacy")] + f["ict"]
    b += [("h1", "14 Planning")] + f["planning"]
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terechtkunnen met vragen."],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij een verschil van mening met school."],
                     ["SOP", "Schoolondersteuningsprofiel."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs."]])]
    b += [("h1", "Bijlage 3 Folder voor ouders"),
          ("p", "De folder voor ouders is als afzonderlijk bestand beschikbaar.")]
    return c, b


# ---------------------------------------------------------------------------
# Plan B — VO, .docx. basis inhoud by reference; financien besteding missing; ouders steunpunt deferred
# ---------------------------------------------------------------------------

def plan_b():
    c = dict(swv="Samenwerkingsverband VO Rivierenland-Oost", periode="2025-2029",
             gemeenten="Zaltbommel, Maasdriel en West Betuwe", regio="Rivierenland-Oost",
             bestuurder="ir. J. Hoekstra", sector_lang="voortgezet onderwijs", code="VO 25-11",
             n_besturen="7", n_scholen="16", n_leerlingen="8.900", opr_leden="8",
             opr_extra=" of leerling", ander_sector="primair onderwijs")
    f = filler(c)
    b = []
    b.append(("h1", "Inhoud"))
    b.append(("toc", ["Woord vooraf", "Deel A — Waar we staan", "1 Het samenwerkingsverband",
                      "2 Visie", "Deel B — Wat we doen", "3 Het ondersteuningsaanbod",
                      "4 Lwoo, praktijkonderwijs en vso", "5 Overstap en terugkeer",
                      "6 Opbrengsten en kwaliteit", "7 Informatie en communicatie",
                      "8 Middelen", "Deel C — Hoe we het organiseren", "9 Bestuur en medezeggenschap",
                      "10 Gemeenten en jeugdhulp", "11 Personeel", "12 Privacy", "13 Planning",
                      "Afkortingen"]))
    b += [("h1", "Woord vooraf")] + f["voorwoord"]
    b += [("h1", "Deel A — Waar we staan"), ("h1", "1 Het samenwerkingsverband")] + f["inleiding"] + f["wettelijk"] + f["totstandkoming"] + f["landelijk"] + f["context"]
    b += [("h1", "2 Visie")] + f["visie"] + f["speerpunten"]
    # basisondersteuning: partial (niveau yes, inhoud by reference only)
    b += [("h1", "Deel B — Wat we doen"), ("h1", "3 Het ondersteuningsaanbod"),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "Alle zestien vo-scholen in Rivierenland-Oost bieden op iedere locatie hetzelfde, door de "
                "besturen gezamenlijk vastgestelde minimumniveau van ondersteuning. Dat niveau geldt voor "
                "vmbo, havo en vwo en wordt door geen enkele school naar beneden bijgesteld. Welke "
                "voorzieningen daar precies onder vallen, is te lezen in het Referentiedocument "
                "Basisondersteuning VO Rivierenland-Oost op onze website en in de schoolgids van de school."),
          ("p", "Een actualisatie van dat referentiedocument staat gepland; tot die tijd blijven de afspraken "
                "uit 2021 van kracht."),
          ("h2", "3.2 Extra ondersteuning en voorzieningen"),
          ("p", "Boven op de basisondersteuning kent het verband drie vormen van extra ondersteuning. "
                "Eerst het schoolarrangement: de school zet met het budget lichte ondersteuning een eigen "
                "ondersteuningsvoorziening in, zoals een trajectvoorziening of een time-out-ruimte met "
                "begeleiding. Dan het bovenschools arrangement: plaatsing voor maximaal zestien weken in het "
                "OPDC De Brug in Zaltbommel, met terugkeer naar de eigen school als uitgangspunt. Ten slotte "
                "het vso, met drie scholen voor cluster 3 en 4 in of nabij de regio."),
          ("p", "Het verband onderhoudt een thuiszittersoverleg met leerplicht en de jeugdteams dat iedere "
                "zes weken bijeenkomt. Elke jongere die langer dan vier weken verzuimt of geen passende plek "
                "heeft, wordt hier besproken en krijgt een trajectbegeleider van het verband. Eens per jaar "
                "analyseert het bureau de besproken casussen om lacunes in het aanbod te vinden; in 2024 "
                "leidde dat tot een deeltijdprogramma voor jongeren met schoolangst, samen met een GGZ-"
                "aanbieder. Als een school vindt dat zij niet kan voldoen aan haar zorgplicht, kan zij het "
                "verband om een doorbraakgesprek vragen.")]
    # plaatsing: present, criteria in table
    b += [("h1", "4 Lwoo, praktijkonderwijs en vso"),
          ("p", "Het verband beslist over de toewijzing van leerwegondersteunend onderwijs (lwoo), over de "
                "toelaatbaarheid tot het praktijkonderwijs en over de toelaatbaarheid tot het vso. Aanvragen "
                "worden ingediend door de school waar de leerling is aangemeld of ingeschreven, via het "
                "digitale loket. De aanvraag bevat het onderwijskundig rapport, het ontwikkelingsperspectief "
                "(bij vso), de toetsgegevens en de zienswijze van ouders en leerling."),
          ("p", "De Toewijzingscommissie (drie leden: een voorzitter, een orthopedagoog en een "
                "GZ-psycholoog) beoordeelt de aanvraag. Voor een vso-verklaring adviseren twee deskundigen "
                "ieder afzonderlijk schriftelijk. De commissie besluit binnen vijf weken na een volledige "
                "aanvraag; bij lwoo en pro voor aanvragen die vóór 1 maart binnen zijn, uiterlijk op 15 april. "
                "De criteria staan in de tabel hieronder."),
          ("table", [["Voorziening", "Toelaatbaar wanneer", "Duur"],
                     ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand van ten minste 25% op twee "
                      "domeinen, of IQ 91-120 met achterstand en sociaal-emotionele problematiek", "Hele opleiding"],
                     ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste 50% "
                      "op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen", "Hele opleiding"],
                     ["Vso cluster 3", "Ernstige lichamelijke of verstandelijke beperking of langdurige ziekte; "
                      "regulier vo met bovenschools arrangement is onvoldoende gebleken of aantoonbaar niet haalbaar",
                      "2 schooljaren, categorie laag/midden/hoog"],
                     ["Vso cluster 4", "Ernstige gedrags- of psychiatrische problematiek waardoor de leerling "
                      "ook met OPDC-plaatsing niet tot leren komt; inzet jeugdhulp vereist", "2 schooljaren, categorie laag"]]),
          ("p", "Tegen een besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur van het "
                "verband; de Landelijke Bezwaaradviescommissie adviseert.")]
    # terugstroom: present, unusual heading
    b += [("h1", "5 Overstap en terugkeer"),
          ("p", "Wij willen dat iedere jongere in het vso jaarlijks de vraag gesteld krijgt of terugkeer "
                "naar het reguliere vo mogelijk is. Ons uitgangspunt: een jongere gaat terug wanneer de "
                "ondersteuning die hij nodig heeft in het regulier vo met een arrangement beschikbaar is, "
                "en niemand gaat terug zonder dat er ondersteuning meegaat. Voor elke terugkeer stelt het "
                "verband een terugkeerarrangement beschikbaar van maximaal € 6.000 voor één schooljaar, "
                "voor begeleiding door een ambulant begeleider van de vso-school op de nieuwe school."),
          ("p", "De werkwijze is als volgt. Stap 1: bij de jaarlijkse evaluatie van het OPP in februari "
                "bespreekt de vso-school met ouders en leerling de mogelijkheid van terugkeer. Stap 2: als "
                "terugkeer in beeld is, meldt de vso-school dit vóór 1 april bij het loket. Stap 3: de "
                "consulent van het verband organiseert binnen drie weken een overdrachtsgesprek met een vo-school "
                "die past bij het niveau van de leerling. Stap 4: de ontvangende school besluit over "
                "inschrijving; de TLV eindigt op 31 juli. Stap 5: na drie en na zes maanden evalueert de "
                "consulent de terugkeer met school, ouders en leerling."),
          ("p", "In 2023-2024 keerden 14 leerlingen terug; dat registreren we in het jaarverslag.")]
    # resultaten: present
    b += [("h1", "6 Opbrengsten en kwaliteit"),
          ("p", "Onze beoogde opbrengsten voor jongeren met een ondersteuningsbehoefte in deze "
                "planperiode zijn: (1) het aantal jongeren dat het vo zonder startkwalificatie verlaat "
                "daalt van 2,1% naar 1,5%; (2) 80% van de leerlingen in het OPDC keert binnen zestien "
                "weken terug naar de eigen school; (3) geen enkele jongere staat langer dan drie maanden "
                "thuis; (4) het aantal leerlingen met lwoo dat doorstroomt naar mbo niveau 2 of hoger "
                "blijft boven 85%."),
          ("p", "Het bureau houdt per kwartaal een dashboard bij met deze indicatoren, gevoed uit DUO-"
                "gegevens, het registratiesysteem van het loket en de verzuimregistratie. Twee keer per jaar "
                "bespreken de directeur-bestuurder en de raad van toezicht het dashboard; jaarlijks "
                "rapporteren we in het jaarverslag over de bereikte resultaten, inclusief de daaraan "
                "bestede middelen. Halverwege de planperiode laten we een externe evaluatie uitvoeren.")]
    # ouders: partial (informatie yes, steunpunt deferred)
    b += [("h1", "7 Informatie en communicatie"),
          ("p", "Ouders worden over de mogelijkheden voor ondersteuning geïnformeerd via de schoolgids "
                "van iedere school, die een hoofdstuk over ondersteuning bevat, via de website van het "
                "verband met een aparte oudersectie, en via een voorlichtingsavond over lwoo en pro die "
                "jaarlijks in november samen met het primair onderwijs wordt gehouden. Bij iedere aanvraag "
                "ontvangen ouders een brief in begrijpelijke taal over de procedure."),
          ("p", "Een ouder- en jeugdsteunpunt is in voorbereiding. Waar ouders en jongeren met vragen of "
                "onenigheid terechtkunnen, maken we bekend zodra de gesprekken met de gemeenten zijn "
                "afgerond.")]
    # financien: partial (verdeling yes, besteding missing)
    b += [("h1", "8 Middelen"),
          ("p", "De middelen lichte ondersteuning en de middelen zware ondersteuning die na afdracht aan het "
                "vso resteren, verdeelt het verband volgens een eenvoudig model. Iedere school ontvangt "
                "€ 95 per ingeschreven leerling op 1 oktober, en daarnaast € 210 per leerling in het vmbo "
                "basis- en kaderberoepsgerichte leerweg. De middelen voor lwoo worden één-op-één "
                "doorgegeven aan de scholen op basis van het aantal aanwijzingen. Het OPDC wordt bekostigd "
                "uit een vast budget, verdeeld naar rato van het leerlingenaantal van de besturen."),
          ("p", "De meerjarenbegroting maakt geen deel uit van dit plan; het bestuur stelt haar jaarlijks "
                "in december afzonderlijk vast. Bedragen: p.m.")]
    b += [("h1", "Deel C — Hoe we het organiseren"), ("h1", "9 Bestuur en medezeggenschap")] + f["governance"] + f["communicatie_scholen"] + f["bureau"] + f["opr"]
    b += [("h1", "10 Gemeenten en jeugdhulp")] + f["oogo"]
    b += [("h1", "11 Personeel")] + f["personeel"] + f["kennis"]
    b += [("h1", "12 Privacy")] + f["ict"]
    b += [("h1", "13 Planning")] + f["planning"]
    b += [("h1", "Afkortingen"),
          ("ul", ["LBT — Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
                  "OJSP — ouder- en jeugdsteunpunt",
                  "OPDC — orthopedagogisch-didactisch centrum",
                  "OPP — ontwikkelingsperspectiefplan",
                  "TLV — toelaatbaarheidsverklaring",
                  "Basisondersteuning — het afgesproken ondersteuningsniveau op alle scholen"])]
    return c, b


# ---------------------------------------------------------------------------
# Plan C — PO, rendered to PDF. plaatsing criteria deferred; terugstroom missing (p.m. section);
# dekkend lacunes missing; resultaten missing; ouders in "Communicatie"
# ---------------------------------------------------------------------------

def plan_c():
    c = dict(swv="Stichting Samenwerkingsverband Kempenland PO", periode="2026-2030",
             gemeenten="Bergeijk, Bladel, Eersel en Reusel-De Mierden", regio="Kempenland",
             bestuurder="mevr. A. Claessens", sector_lang="primair onderwijs", code="PO 30-07",
             n_besturen="6", n_scholen="38", n_leerlingen="6.100", opr_leden="10", opr_extra="",
             ander_sector="voortgezet onderwijs")
    f = filler(c)
    b = []
    b.append(("h1", "Inhoudsopgave"))
    b.append(("toc", ["1 Voorwoord", "2 Inleiding en kengetallen", "3 Visie", "4 Het ondersteuningscontinuüm",
                      "4.1 Basisondersteuning", "4.2 Arrangementen", "4.3 Dekkend aanbod en thuiszitters",
                      "5 Toelaatbaarheid", "6 Terugplaatsing", "7 Financiën", "8 Communicatie",
                      "9 Resultaten en kwaliteitszorg", "10 Organisatie", "11 Gemeenten", "12 Personeel",
                      "13 Privacy", "14 Planning", "Verklarende woordenlijst"]))
    b += [("h1", "1 Voorwoord")] + f["voorwoord"]
    b += [("h1", "2 Inleiding en kengetallen")] + f["inleiding"] + f["wettelijk"] + f["totstandkoming"] + f["landelijk"] + f["context"]
    b += [("h1", "3 Visie")] + f["visie"] + f["speerpunten"]
    b += [("h1", "4 Het ondersteuningscontinuüm"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "Basisondersteuning is in Kempenland de set afspraken die voor ieder kind op iedere "
                "basisschool van de aangesloten besturen geldt, zonder dat daarvoor een aanvraag nodig is. "
                "Het is een gezamenlijke ondergrens die de besturen in 2025 opnieuw hebben vastgesteld."),
          ("table", [["Standaard", "Wat de school minimaal doet"],
                     ["1 Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per school; "
                      "een ondersteuningsteam dat zes keer per jaar bijeenkomt met de schoolmaatschappelijk werker"],
                     ["2 Lezen en rekenen", "Dyslexieprotocol en dyscalculieprotocol; begeleiding tot en met "
                      "niveau 3 (ernstige problemen) in de school"],
                     ["3 Gedrag", "Schoolbrede aanpak positief gedrag; een gedragsplan per leerling wanneer nodig"],
                     ["4 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep"],
                     ["5 Jonge kind", "Observatie en extra taalaanbod voor kleuters met een taalachterstand"],
                     ["6 Medisch", "Medicijnverstrekking volgens protocol; toiletbegeleiding"],
                     ["7 Overdracht", "Warme overdracht bij iedere schoolwisseling en naar het vo"]]),
          ("h2", "4.2 Arrangementen"),
          ("p", "Wanneer de basisondersteuning niet volstaat, kan de school via het ondersteuningsteam "
                "een arrangement aanvragen bij het Expertisecentrum Kempenland. Er zijn drie soorten: "
                "expertisearrangementen (inzet van een specialist), groepsarrangementen (bijvoorbeeld "
                "de bovenschoolse taalklas en de Kangoeroeklas) en individuele arrangementen (extra handen "
                "in de groep, tot maximaal 10 uur per week). Daarboven staan het sbo De Wilg en de so-scholen "
                "voor cluster 3 en 4 in Eindhoven en Veldhoven. Zo ontstaat een doorlopend geheel van "
                "ondersteuning binnen en tussen de scholen."),
          ("h2", "4.3 Dekkend aanbod en thuiszitters"),
          ("p", "Een dekkend aanbod is een gezamenlijke verantwoordelijkheid van besturen, "
                "samenwerkingsverband en gemeenten. Over de wijze waarop wij in beeld brengen welke "
                "kinderen geen passende plek hebben en hoe wij daarop sturen, maken we in het eerste jaar "
                "van de planperiode nadere afspraken met de gemeenten. Het thema thuiszitters staat op "
                "de agenda van het OOGO.")]
    # plaatsing partial: procedure yes, criteria deferred
    b += [("h1", "5 Toelaatbaarheid"),
          ("p", "Een toelaatbaarheidsverklaring voor sbo of so wordt aangevraagd door het schoolbestuur "
                "van de school waar het kind is ingeschreven. De intern begeleider vult samen met ouders "
                "het aanvraagformulier in en voegt het groeidocument toe. Het Expertisecentrum toetst de "
                "aanvraag op volledigheid; de orthopedagoog van het Expertisecentrum en een tweede "
                "deskundige (afhankelijk van de vraag een psycholoog, jeugdarts of maatschappelijk werker) "
                "brengen ieder een advies uit. De directeur-bestuurder besluit namens het bestuur binnen "
                "acht weken na ontvangst van de volledige aanvraag. Ouders krijgen het besluit schriftelijk."),
          ("p", "Welke kinderen in aanmerking komen, beoordeelt de commissie zorgvuldig per situatie. Een "
                "afwegingskader met criteria voor sbo en so is in ontwikkeling en wordt na vaststelling "
                "als addendum aan dit plan toegevoegd."),
          ("p", "Bezwaar tegen een besluit kan worden ingediend bij het bestuur; Kempenland is aangesloten "
                "bij de Landelijke Bezwaaradviescommissie.")]
    # terugstroom missing (p.m.)
    b += [("h1", "6 Terugplaatsing"),
          ("p", "p.m.")]
    # financien present
    b += [("h1", "7 Financiën"),
          ("p", "Kempenland verdeelt de ondersteuningsmiddelen volgens het principe 'geld volgt de "
                "afspraak'. 60% van het beschikbare budget (na afdracht sbo en so) gaat als "
                "schoolbudget naar de besturen, verdeeld naar het aantal leerlingen op 1 oktober "
                "(€ 118 per leerling in 2026). 30% is bestemd voor arrangementen die het Expertisecentrum "
                "op aanvraag toekent; 10% dekt bureau en Expertisecentrum. Besturen ontvangen het "
                "schoolbudget in vier termijnen."),
          ("table", [["Begroting (bedragen in euro's)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "5.410.000", "5.350.000", "5.300.000", "5.260.000"],
                     ["Afdracht sbo/so", "3.020.000", "3.000.000", "2.980.000", "2.960.000"],
                     ["Schoolbudgetten", "720.000", "710.000", "700.000", "690.000"],
                     ["Arrangementen", "1.080.000", "1.060.000", "1.050.000", "1.040.000"],
                     ["Bureau en Expertisecentrum", "560.000", "565.000", "570.000", "575.000"],
                     ["Saldo", "30.000", "15.000", "0", "-5.000"]]),
          ("p", "Het weerstandsvermogen bedraagt eind 2025 circa 9%; de raad van toezicht hanteert een "
                "bovengrens van 10%.")]
    # ouders present inside "Communicatie"
    b += [("h1", "8 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met scholen via een nieuwsbrief en met partners "
                "via het bestuurlijk overleg. Voor ouders hebben we een aparte lijn: op de website staat per "
                "school een korte beschrijving van de ondersteuning die de school biedt, er is een brochure "
                "'Wat kan mijn kind verwachten?' die iedere school bij de intake meegeeft, en twee keer per "
                "jaar organiseren we een inloopavond voor ouders."),
          ("p", "Als ouders er met school niet uitkomen, of een onafhankelijk advies willen, kunnen zij "
                "terecht bij het Ouder- en Jeugdsteunpunt Kempen (telefonisch spreekuur op dinsdag en donderdag, "
                "bemand door twee ervaringsdeskundige ouders die niet in dienst zijn van een schoolbestuur). "
                "Ook kunnen zij een onderwijsconsulent inschakelen of een klacht voorleggen aan de landelijke "
                "klachtencommissie waarbij de besturen zijn aangesloten.")]
    # resultaten missing: passing mentions only
    b += [("h1", "9 Resultaten en kwaliteitszorg"),
          ("p", "Kwaliteit is voor ons geen papieren werkelijkheid. We willen een lerende organisatie zijn "
                "waarin we met elkaar het gesprek voeren over wat werkt. In deze planperiode besteden we "
                "daarom veel aandacht aan het versterken van de samenwerkingscultuur en het vertrouwen "
                "tussen besturen."),
          ("p", "Welke resultaten we voor kinderen met een ondersteuningsbehoefte willen bereiken en hoe "
                "we die volgen, bepalen we samen met de OPR na de nulmeting die in 2026 plaatsvindt.")]
    b += [("h1", "10 Organisatie")] + f["governance"] + f["communicatie_scholen"] + f["bureau"] + f["opr"]
    b += [("h1", "11 Gemeenten")] + f["oogo"]
    b += [("h1", "12 Personeel")] + f["personeel"] + f["kennis"]
    b += [("h1", "13 Privacy")] + f["ict"]
    b += [("h1", "14 Planning")] + f["planning"]
    b += [("h1", "Verklarende woordenlijst"),
          ("table", [["Term", "Betekenis"],
                     ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar het basisonderwijs na afloop van de TLV."],
                     ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden geen onderwijs volgt."],
                     ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden."],
                     ["Resultaten", "Wat we met onze inzet bereiken voor kinderen."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    return c, b


# ---------------------------------------------------------------------------
# Plan D — VO, rendered to PDF. basis missing; plaatsing procedure only by absent annex;
# terugstroom beleid only; financien missing (reference); resultaten monitoring only; ouders present
# ---------------------------------------------------------------------------

def plan_d():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Zuidwest-Friesland", periode="2026-2030",
             gemeenten="Súdwest-Fryslân en De Fryske Marren", regio="Zuidwest-Friesland",
             bestuurder="drs. H. Postma", sector_lang="voortgezet onderwijs", code="VO 21-03",
             n_besturen="5", n_scholen="11", n_leerlingen="6.300", opr_leden="6",
             opr_extra=" of leerling", ander_sector="primair onderwijs")
    f = filler(c)
    b = []
    b.append(("h1", "Inhoudsopgave"))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Regio en leerlingen", "3 Visie en ambitie",
                      "4 Ondersteuning in de regio", "5 Toewijzing vso, lwoo en pro",
                      "6 Na het vso", "7 Ouders en leerlingen", "8 Kwaliteitszorg",
                      "9 Bestuur en OPR", "10 Gemeenten", "11 Personeel", "12 Privacy",
                      "13 Financieel kader", "14 Planning", "Begrippen"]))
    b += [("h1", "Voorwoord")] + f["voorwoord"]
    b += [("h1", "1 Inleiding")] + f["inleiding"] + f["wettelijk"] + f["totstandkoming"] + f["landelijk"]
    b += [("h1", "2 Regio en leerlingen")] + f["context"]
    b += [("h1", "3 Visie en ambitie")] + f["visie"] + f["speerpunten"] + [
          ("p", "Onze ambitie is dat elke school een stevige basis heeft en dat leerlingen zo veel mogelijk "
                "in hun eigen omgeving naar school gaan. Een sterke basis is het fundament onder al het "
                "andere.")]
    # dekkend aanbod present (basisondersteuning NOT described)
    b += [("h1", "4 Ondersteuning in de regio"),
          ("p", "Het netwerk van voorzieningen in Zuidwest-Friesland bestaat uit de ondersteuning op de "
                "vo-scholen zelf, de ondersteuningsklassen (Steunpunt Sneek en Steunpunt Joure) waar "
                "leerlingen maximaal een jaar deels onderwijs volgen, het Rebound-programma in Bolsward "
                "voor leerlingen die tijdelijk niet op hun school kunnen zijn, het praktijkonderwijs in "
                "Sneek en Lemmer en het vso van drie scholen voor cluster 3 en 4. Scholen kunnen voor "
                "individuele leerlingen een maatwerkarrangement bij het verband aanvragen."),
          ("p", "Iedere maand komt het Regionaal Plaatsingsoverleg bijeen, met leerplicht, de consulenten "
                "van het verband en de vso-scholen. Daar komen alle jongeren die thuiszitten of dreigen uit "
                "te vallen op tafel. Doel is dat binnen tien schooldagen een plan ligt met een "
                "onderwijsplek of een deeltijdprogramma. Wanneer een type leerling vaker niet past in "
                "het bestaande aanbod, legt het overleg dit voor aan het directeurenoverleg, dat besluit "
                "over een nieuwe voorziening. Zo kwam in 2024 een kleine havo-vwo-groep voor jongeren met "
                "autisme tot stand. Wij werken met de gemeenten aan onderwijs-zorgarrangementen.")]
    # plaatsing: partial (criteria yes, procedure only in absent annex)
    b += [("h1", "5 Toewijzing vso, lwoo en pro"),
          ("p", "Het verband geeft toelaatbaarheidsverklaringen af voor het vso en beslist over lwoo en "
                "praktijkonderwijs. Het stappenplan, de formulieren en de termijnen van de aanvraag zijn "
                "opgenomen in bijlage 5 'Routekaart toewijzing'."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is "
                "voldaan: (a) de school heeft gedurende ten minste zes maanden handelingsgericht gewerkt met "
                "een ontwikkelingsperspectief en extra ondersteuning, waaronder een maatwerkarrangement of "
                "plaatsing in een steunpunt; (b) uit de evaluatie blijkt dat de leerling daarmee niet tot "
                "ontwikkeling komt; (c) de leerling heeft een ondersteuningsbehoefte op ten minste twee "
                "van de domeinen leren, gedrag, communicatie en medisch/lichamelijk die het aanbod van de "
                "regio overstijgt. Voor lwoo gebruikt het verband de landelijke criteria; voor "
                "praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand "
                "van drie jaar of meer op ten minste twee domeinen)."),
          ("p", "Deskundigen: een orthopedagoog of psycholoog en een tweede deskundige adviseren bij elke "
                "vso-aanvraag.")]
    # terugstroom partial: beleid yes, procedure no
    b += [("h1", "6 Na het vso"),
          ("p", "Het verband vindt dat een vso-plaatsing zo mogelijk tijdelijk is. Ons beleid is dat "
                "elke leerling in het vso een perspectief op terugkeer naar het regulier vo krijgt wanneer "
                "zijn ontwikkeling dat toelaat, en dat terugkeer alleen plaatsvindt als de ontvangende "
                "school aantoonbaar kan bieden wat nodig is. Na terugkeer blijft de vso-school gedurende "
                "een half jaar beschikbaar voor consultatie en begeleidt een ambulant begeleider de "
                "leerling en de mentor op de nieuwe school. Ook overplaatsing naar het praktijkonderwijs of "
                "een entree-opleiding in het mbo beschouwen we als een volwaardige route."),
          ("p", "Hoe de stappen rond terugkeer precies worden gezet, spreken de vso-scholen en de "
                "vo-scholen onderling af.")]
    # ouders present
    b += [("h1", "7 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen vinden op de website van het verband en in de schoolgidsen een "
                "overzicht van alle voorzieningen in de regio, met per voorziening de doelgroep en de "
                "route. In groep 8 ontvangen alle ouders via de basisscholen de brochure 'Naar het vo met "
                "extra ondersteuning'. De consulenten houden maandelijks een ouderspreekuur in Sneek."),
          ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                "Fryslân, dat los staat van scholen en verband, bij de onderwijsconsulenten en — bij een "
                "geschil over toelating of verwijdering — bij de Geschillencommissie passend onderwijs.")]
    # resultaten partial: monitoring yes, doelen no
    b += [("h1", "8 Kwaliteitszorg"),
          ("p", "Het verband volgt elk kwartaal het aantal toewijzingen per voorziening, het aantal "
                "thuiszitters, de duur van plaatsingen in de steunpunten en het aantal terugkeerders uit "
                "het vso. Scholen leveren deze gegevens aan via de registratie; het bureau maakt er een "
                "rapportage van die in het directeurenoverleg en de raad van toezicht wordt besproken. "
                "Jaarlijks publiceren we in het jaarverslag wat er is bereikt, met een vergelijking met het "
                "voorgaande jaar. Elke twee jaar vragen we ouders en leerlingen naar hun ervaringen met een "
                "vragenlijst."),
          ("p", "Streefwaarden voor deze indicatoren zijn voor deze planperiode nog niet geformuleerd.")]
    b += [("h1", "9 Bestuur en OPR")] + f["governance"] + f["communicatie_scholen"] + f["bureau"] + f["opr"]
    b += [("h1", "10 Gemeenten")] + f["oogo"]
    b += [("h1", "11 Personeel")] + f["personeel"] + f["kennis"]
    b += [("h1", "12 Privacy")] + f["ict"]
    # financien missing: reference only
    b += [("h1", "13 Financieel kader"),
          ("p", "Een sluitende begroting is voorwaarde voor goed onderwijs. De verdeling van de middelen "
                "en de meerjarenbegroting zijn vastgelegd in het Financieel Kader 2026-2030, dat als "
                "afzonderlijk document door het bestuur wordt vastgesteld en op de website staat.")]
    b += [("h1", "14 Planning")] + f["planning"]
    b += [("h1", "Begrippen"),
          ("ul", ["Basisondersteuning: het niveau van ondersteuning dat alle scholen van het verband bieden.",
                  "Meerjarenbegroting: de begroting voor vier jaar vooruit.",
                  "Verdeelmodel: de regels waarmee middelen over scholen worden verdeeld.",
                  "Schoolondersteuningsprofiel (SOP): beschrijving van de ondersteuning van één school.",
                  "Rebound: tijdelijke opvang buiten de eigen school."])]
    return c, b


# ---------------------------------------------------------------------------
# Plan E — PO, Markdown. plaatsing missing; dekkend missing; terugstroom procedure missing;
# financien verdeling deferred; ouders informatie missing
# ---------------------------------------------------------------------------

def plan_e():
    c = dict(swv="Samenwerkingsverband Passend Onderwijs Hoeksche Waard-Oost", periode="2026-2030",
             gemeenten="Hoeksche Waard", regio="Hoeksche Waard-Oost",
             bestuurder="mr. P. de Ruijter", sector_lang="primair onderwijs", code="PO 28-14",
             n_besturen="4", n_scholen="27", n_leerlingen="4.200", opr_leden="8", opr_extra="",
             ander_sector="voortgezet onderwijs")
    f = filler(c)
    b = []
    b.append(("h1", "Inhoud"))
    b.append(("toc", ["Voorwoord", "1 Waarom dit plan", "2 De regio", "3 Koers 2026-2030",
                      "4 Wat elke school biedt", "5 Toelaatbaarheid en arrangementen",
                      "6 Weer naar de basisschool", "7 Financiën", "8 Wat we willen bereiken",
                      "9 Ouders", "10 Organisatie", "11 Gemeente", "12 Mensen", "13 Gegevens",
                      "14 Planning", "Afkortingen en begrippen"]))
    b += [("h1", "Voorwoord")] + f["voorwoord"]
    b += [("h1", "1 Waarom dit plan")] + f["inleiding"] + f["wettelijk"] + f["totstandkoming"] + f["landelijk"] + [
          ("p", "Dit is een plan op hoofdlijnen. Het beschrijft het 'wat'; de scholen en besturen "
                "bepalen het 'hoe'."),
          ("p", "Samengevat: de komende vier jaar bouwen wij verder aan wat er staat. We houden vast aan "
                "wat goed gaat, we maken keuzes waar dat nodig is en we blijven in gesprek met iedereen die "
                "bij het onderwijs aan onze kinderen betrokken is. Dit plan is daarvoor het vertrekpunt. "
                "Het is bewust compact gehouden, zodat het ook voor wie geen beleidsmedewerker is leesbaar "
                "blijft. Details die vaak veranderen, hebben wij niet in het plan zelf opgenomen, omdat zij "
                "dan telkens een nieuwe instemmingsprocedure zouden vragen.")]
    b += [("h1", "2 De regio")] + f["context"]
    b += [("h1", "3 Koers 2026-2030")] + f["visie"] + f["speerpunten"]
    # basis present
    b += [("h1", "4 Wat elke school biedt"),
          ("p", "De vier besturen hebben samen een basisniveau afgesproken. Dat niveau is bindend voor alle "
                "27 scholen en voor elke nevenvestiging; besturen zorgen ervoor dat geen enkele school "
                "eronder zit. Onderdelen van dat niveau zijn:"),
          ("ul", ["elke groep werkt met een groepsoverzicht en plant de instructie in drie niveaus;",
                  "elke school heeft een intern begeleider en een gedragsspecialist (eventueel gedeeld "
                  "binnen het bestuur) en een ondersteuningsteam met de jeugdverpleegkundige;",
                  "leerlingen met dyslexie krijgen compenserende en dispenserende maatregelen volgens een "
                  "regionaal protocol; vergoede dyslexiezorg wordt door school voorbereid;",
                  "de school biedt een aanpak voor kinderen die meer aankunnen (verrijkingsgroep van ten "
                  "minste één uur per week);",
                  "elke school kan een rustige werkplek en een time-in-plek in of bij de groep bieden;",
                  "elke school voert bij zorgen binnen twee weken een gesprek met ouders en legt afspraken "
                  "vast in een handelingsplan."]),
          ("p", "Tweejaarlijks voert het verband met elke school een gesprek over dit basisniveau aan de "
                "hand van een zelfevaluatie van de school.")]
    # plaatsing missing: reference + glossary only
    b += [("h1", "5 Toelaatbaarheid en arrangementen"),
          ("p", "Voor alles wat met toelaatbaarheidsverklaringen en arrangementen te maken heeft, verwijzen "
                "wij naar de Handleiding Toewijzing op ons digitale platform. Die handleiding wordt "
                "door het bureau actueel gehouden en valt buiten dit plan."),
          ("p", "Wij merken op dat het aantal TLV's in onze regio de afgelopen jaren licht is gestegen. Dat "
                "gegeven nemen we mee in de gesprekken met de besturen.")]
    # terugstroom partial: beleid yes (support after return, aims), procedure no
    b += [("h1", "6 Weer naar de basisschool"),
          ("p", "Een plaats op het sbo of so is voor ons geen eindstation. Wij willen dat ieder kind dat in "
                "het speciaal (basis)onderwijs zit, de kans krijgt om terug te gaan naar een gewone "
                "basisschool zodra dat verantwoord is. Voorwaarde is dat ouders het eens zijn en dat de "
                "basisschool de benodigde ondersteuning kan bieden. Een kind dat teruggaat, neemt een "
                "'rugdekking' mee: de sbo- of so-school blijft een jaar lang beschikbaar voor begeleiding "
                "van kind en leerkracht, en de basisschool kan daarvoor tot twaalf uur per week "
                "onderwijsassistentie inzetten, betaald door het verband. Jaarlijks hoopt het verband zo "
                "ten minste tien kinderen terug te laten keren."),
          ("p", "De uitwerking van de werkwijze bij terugkeer — wie het initiatief neemt en wanneer "
                "welke stap wordt gezet — volgt in de Handleiding Toewijzing.")]
    # financien partial: besteding yes, verdeling deferred
    b += [("h1", "7 Financiën"),
          ("p", "De begroting van het verband voor de planperiode ziet er als volgt uit."),
          ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Inkomsten ondersteuning", "3.690", "3.640", "3.600", "3.560"],
                     ["Afdracht sbo en so", "2.210", "2.190", "2.170", "2.150"],
                     ["Middelen naar besturen", "880", "870", "860", "850"],
                     ["Terugkeer-rugdekking", "90", "90", "90", "90"],
                     ["Projecten en scholing", "310", "300", "300", "290"],
                     ["Bureau en consulenten", "230", "235", "240", "245"],
                     ["Exploitatieresultaat", "-30", "-45", "-60", "-65"]]),
          ("p", "Het negatieve resultaat is bewust: hiermee bouwen we de reserve af. Op welke wijze de "
                "middelen naar besturen onderling worden verdeeld, wordt opnieuw bezien; het huidige "
                "verdeelmodel loopt af op 31 juli 2026 en een nieuw model is nog niet vastgesteld.")]
    # resultaten present
    b += [("h1", "8 Wat we willen bereiken"),
          ("p", "Voor kinderen met extra ondersteuningsbehoeften willen wij in 2030 het volgende bereiken: "
                "de verwijzing naar sbo en so daalt van 3,9% naar 3,5% van het leerlingenaantal; het aantal "
                "kinderen dat terugkeert naar het basisonderwijs stijgt naar tien per jaar; 85% van de kinderen "
                "met een handelingsplan haalt de gestelde doelen; en op iedere school scoort de "
                "tevredenheid van ouders over ondersteuning ten minste 7,5."),
          ("p", "Wij meten dit als volgt: de deelnamecijfers halen we tweemaal per jaar uit de DUO-"
                "gegevens; terugkeer registreren de consulenten; het behalen van de doelen uit "
                "handelingsplannen leveren de intern begeleiders jaarlijks in juni aan; de oudertevredenheid meten we "
                "elke twee jaar met een vaste vragenlijst. De directeur-bestuurder rapporteert de "
                "uitkomsten ieder voorjaar aan het algemeen bestuur en de OPR en neemt ze op in het "
                "jaarverslag, inclusief de kosten per onderdeel.")]
    # ouders partial: steunpunt yes, informatie no
    b += [("h1", "9 Ouders"),
          ("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan gratis en "
                "vertrouwelijk terecht bij de ouderadviseur van het Ouder- en Jeugdsteunpunt Zuid-Holland "
                "Zuid, die onafhankelijk van school en verband werkt, of bij een onderwijsconsulent. Bij "
                "een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de "
                "Geschillencommissie passend onderwijs.")] + f["opr"]
    b += [("h1", "10 Organisatie")] + f["governance"] + f["communicatie_scholen"] + f["bureau"]
    b += [("h1", "11 Gemeente")] + f["oogo_kort"]
    b += [("h1", "12 Mensen")] + f["personeel"] + f["kennis"]
    b += [("h1", "13 Gegevens")] + f["ict"]
    b += [("h1", "14 Planning")] + f["planning"]
    b += [("h1", "Afkortingen en begrippen"),
          ("table", [["Afkorting/begrip", "Betekenis"],
                     ["CvT", "Commissie van Toelaatbaarheid"],
                     ["Dekkend aanbod", "Voor elk kind een passende plek in de regio"],
                     ["Informatie voor ouders", "Te vinden op de website van het verband"],
                     ["Thuiszitter", "Leerplichtig kind zonder onderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te zoeken"]])]
    return c, b


# ---------------------------------------------------------------------------
# Near-miss — a basisschool's own "ondersteuningsplan" / schoolondersteuningsprofiel (HTML)
# ---------------------------------------------------------------------------

def nearmiss():
    b = []
    b += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe op obs De Regenboog in Leerdam de ondersteuning aan "
                "leerlingen is georganiseerd. Het plan is vastgesteld door het team en de "
                "medezeggenschapsraad heeft er advies over gegeven. Het plan geldt voor het schooljaar "
                "2025-2026 en wordt jaarlijks bijgesteld. Onze school is aangesloten bij het "
                "samenwerkingsverband passend onderwijs PO De Waterlinie; het ondersteuningsplan van het "
                "samenwerkingsverband staat op de website van het verband."),
          ("p", "De Regenboog heeft 214 leerlingen in negen groepen. Ons team bestaat uit zestien "
                "leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten en een "
                "directeur."),
          ("h1", "2 Onze basisondersteuning"),
          ("p", "Als school bieden wij de basisondersteuning die in het samenwerkingsverband is afgesproken. "
                "Daarnaast hebben wij expertise op het gebied van taal en lezen: twee leerkrachten zijn "
                "taalspecialist en wij werken met een leesinterventie voor groep 3 en 4. Wij werken "
                "handelingsgericht in vier zorgniveaus: niveau 1 is de basisinstructie, niveau 2 de "
                "verlengde instructie, niveau 3 specifieke ondersteuning in of buiten de groep, niveau 4 "
                "ondersteuning met inzet van externe deskundigen."),
          ("h1", "3 De ondersteuningscyclus"),
          ("p", "Drie keer per jaar houden wij groepsbesprekingen waarin de leerkracht en de intern "
                "begeleider de groepsplannen evalueren. Leerlingen over wie zorgen zijn, worden besproken in "
                "een leerlingbespreking. Wanneer het nodig is, wordt een leerling ingebracht in het "
                "ondersteuningsteam, waarin ook de consulent van het samenwerkingsverband en de "
                "jeugdverpleegkundige deelnemen. Ouders worden altijd uitgenodigd."),
          ("p", "Voor leerlingen die op een eigen leerlijn werken, stellen wij een ontwikkelingsperspectief "
                "(OPP) op. Ouders hebben hoorrecht bij het opstellen van het OPP; het "
                "handelingsdeel wordt met hen besproken en ondertekend. Het OPP wordt twee keer per jaar "
                "geëvalueerd."),
          ("h1", "4 Extra ondersteuning en arrangementen"),
          ("p", "Als onze eigen ondersteuning niet voldoende is, vraagt de intern begeleider bij het "
                "samenwerkingsverband een arrangement aan. In 2024-2025 hadden acht leerlingen van onze "
                "school een arrangement, meestal in de vorm van extra begeleiding door een "
                "gedragsspecialist. De middelen die wij van het samenwerkingsverband ontvangen, zetten wij in "
                "voor de inzet van onze onderwijsassistenten."),
          ("h1", "5 Verwijzing naar sbo of so"),
          ("p", "Soms komen we tot de conclusie dat een leerling beter op zijn plek is op een school voor "
                "speciaal basisonderwijs of speciaal onderwijs. Het schoolbestuur vraagt dan een "
                "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en de "
                "criteria zijn die van het samenwerkingsverband. In het afgelopen schooljaar is voor twee "
                "leerlingen een TLV afgegeven. Wij blijven betrokken bij leerlingen die naar het sbo gaan en "
                "staan open voor terugplaatsing."),
          ("h1", "6 Ouders"),
          ("p", "Ouders zijn voor ons partners. Wij informeren ouders via de schoolgids, de nieuwsapp en "
                "de oudergesprekken, drie keer per jaar. Als ouders het niet eens zijn met de school, gaan "
                "we eerst met elkaar in gesprek; daarna kunnen zij zich wenden tot de directeur, de "
                "klachtencommissie van het bestuur of het ouder- en jeugdsteunpunt."),
          ("h1", "7 Resultaten van de school"),
          ("p", "Onze eindresultaten lagen de afgelopen drie jaar boven de signaleringswaarde van de "
                "inspectie. Van de leerlingen met een OPP behaalde 80% de doelen uit het "
                "ontwikkelingsperspectief. Wij evalueren de resultaten jaarlijks in het team."),
          ("h1", "8 Scholing en teamontwikkeling"),
          ("p", "In schooljaar 2025-2026 volgt het hele team een scholing over executieve functies. De "
                "intern begeleider neemt deel aan het IB-netwerk van het samenwerkingsverband. Twee "
                "leerkrachten volgen de opleiding tot gedragsspecialist."),
          ("h1", "9 Onze grenzen"),
          ("p", "Onze school heeft grenzen aan wat wij kunnen bieden. Bij ernstige agressie, bij "
                "zeer intensieve medische zorg of wanneer de veiligheid van andere leerlingen in het "
                "geding is, zoeken wij samen met ouders en het samenwerkingsverband naar een passende "
                "plek elders. Het gebouw heeft geen lift, zodat leerlingen in een rolstoel de "
                "bovenverdieping niet kunnen bereiken."),
          ]
    nav = ["Home", "Over de school", "Ondersteuning", "Schoolgids", "Contact"]
    return b, nav


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout275_gen_"))
    try:
        counts = {}
        # Plan A (.docx)
        c, b = plan_a()
        name = "po-waterlinie-ondersteuningsplan-2026-2030"
        render_docx(f"Ondersteuningsplan {c['periode']}", c["swv"], b, OUT / f"{name}.docx",
                    header=f"{c['swv']} | Ondersteuningsplan | ouders • basisondersteuning • toelaatbaarheid")
        counts[name] = words(b)
        write_label(name, [f"{name}.docx"], "po", True,
                    {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "missing"},
                    crit({"terugstroom.beleid", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"}),
                    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"]},
                    {"basisondersteuning": "H4: SWV-wide 'ondergrens' for every vestiging plus concrete bullet list.",
                     "plaatsing": "H6.1-6.2: aanvraag, two deskundigen, 6-week decision, sbo/so criteria, categorie, duration; 6.4 LBT.",
                     "terugstroom": "H6.3 (inside TLV chapter): steps in last TLV year = procedure; policy deferred to 2026-2027 -> beleid false.",
                     "financien": "H7 'Geld en middelen': per-leerling bedrag, vaste voet, arrangement max; multi-year table.",
                     "dekkend-aanbod": "H5: four-step trap of provisions; quarterly signaleringstafel, casusregisseur, new OZA for gaps.",
                     "resultaten": "H8: measurable beoogde resultaten; measurement deferred to a monitoringskader -> monitoring false.",
                     "ouders": "Nothing in body: H9 'Ouders en medezeggenschap' has only OPR mechanics (no parent role/composition) and a platitude; OJSP/onderwijsconsulent only in begrippenlijst; 'Folder voor ouders' annex absent; running header says 'ouders'; 90% parent-satisfaction target is resultaten, not ouders."})

        # Plan B (.docx)
        c, b = plan_b()
        name = "vo-rivierenland-oost-op-2025-2029"
        render_docx(f"Ondersteuningsplan {c['periode']}", c["swv"], b, OUT / f"{name}.docx")
        counts[name] = words(b)
        write_label(name, [f"{name}.docx"], "vo", True,
                    {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                     "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                     "ouders": "partial"},
                    crit({"basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"}),
                    {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "3.1 states a shared minimum at every location (niveau) but content only in a website referentiedocument -> inhoud false.",
                     "plaatsing": "H4: lwoo/pro/vso via loket, Toewijzingscommissie, terms; criteria only in a table; bezwaar/LBT.",
                     "terugstroom": "H5 'Overstap en terugkeer': policy (aims, terugkeerarrangement) and five numbered steps.",
                     "financien": "H8 'Middelen': per-leerling amounts (verdeling); meerjarenbegroting excluded, 'Bedragen: p.m.' -> besteding false.",
                     "dekkend-aanbod": "3.2: schoolarrangement -> OPDC -> vso; thuiszittersoverleg, yearly gap analysis, doorbraakgesprek.",
                     "resultaten": "H6 'Opbrengsten en kwaliteit': four numeric targets; quarterly dashboard, jaarverslag, mid-term evaluation.",
                     "ouders": "H7 'Informatie en communicatie': schoolgids, website, voorlichtingsavond (informatie); OJSP 'in voorbereiding', announced later -> steunpunt false."})

        # Plan C (.pdf)
        c, b = plan_c()
        name = "po-kempenland-ondersteuningsplan"
        d = tmp / f"{name}.docx"
        render_docx(f"Ondersteuningsplan {c['periode']}", c["swv"], b, d,
                    header=f"{c['swv']} — Ondersteuningsplan {c['periode']}")
        docx_to_pdf(d, OUT / f"{name}.pdf")
        counts[name] = words(b)
        write_label(name, [f"{name}.pdf"], "po", True,
                    {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                     "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                     "ouders": "present"},
                    crit({"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                          "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"}),
                    {"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves"],
                     "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "4.1: common ondergrens for every school plus 7-standard table.",
                     "plaatsing": "H5: who applies, dossier, two deskundigen, directeur-bestuurder decides in 8 weeks; criteria 'in ontwikkeling' -> criteria false.",
                     "terugstroom": "H6 'Terugplaatsing' contains only 'p.m.'; term only in TOC and woordenlijst.",
                     "financien": "H7: 60/30/10 split, EUR 118 per leerling; four-year table in euros; weerstandsvermogen.",
                     "dekkend-aanbod": "4.2 arrangementen continuum up to sbo/so; 4.3 gaps/thuiszitters deferred to later afspraken -> lacunes false.",
                     "resultaten": "H9 only culture prose; goals and monitoring deferred until after a 2026 nulmeting.",
                     "ouders": "H8 'Communicatie': website per school, brochure, inloopavond; OJSP Kempen, onderwijsconsulent, klachtencommissie."})

        # Plan D (.pdf)
        c, b = plan_d()
        name = "vo-zuidwest-friesland-op-2026-2030"
        d = tmp / f"{name}.docx"
        render_docx(f"Ondersteuningsplan {c['periode']}", c["swv"], b, d,
                    header=f"SWV VO Zuidwest-Friesland | {c['code']}")
        docx_to_pdf(d, OUT / f"{name}.pdf")
        counts[name] = words(b)
        write_label(name, [f"{name}.pdf"], "vo", True,
                    {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                     "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "present"},
                    crit({"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                          "terugstroom.procedure", "financien.verdeling", "financien.besteding",
                          "resultaten.doelen"}),
                    {"plaatsing": ["deskundigen"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "Not described: only 'stevige basis' in visie and glossary entry 'Basisondersteuning'; no level or content.",
                     "plaatsing": "H5: vso criteria (a-c), lwoo/pro criteria in body; steps/terms only in absent bijlage 5 -> procedure false.",
                     "terugstroom": "H6 'Na het vso': policy (aims, conditions, consultatie + ambulante begeleiding after return) but steps left to schools -> procedure false.",
                     "financien": "H13 'Financieel kader' refers to a separate Financieel Kader document/website; glossary defines verdeelmodel.",
                     "dekkend-aanbod": "H4: network of steunpunten/rebound/pro/vso; monthly Regionaal Plaatsingsoverleg, 10-day plan, new group for gaps.",
                     "resultaten": "H8 'Kwaliteitszorg': quarterly indicators, jaarverslag, survey (monitoring); 'Streefwaarden nog niet geformuleerd' -> doelen false.",
                     "ouders": "H7: website/schoolgids overview, brochure, spreekuur; OJSP Fryslan, onderwijsconsulenten, geschillencommissie."})

        # Plan E (.md)
        c, b = plan_e()
        name = "po-hoeksche-waard-oost-op-2026-2030"
        (OUT / f"{name}.md").write_text(render_md(f"Ondersteuningsplan {c['periode']}", c["swv"], b) + "\n",
                                         encoding="utf-8")
        counts[name] = words(b)
        write_label(name, [f"{name}.md"], "po", True,
                    {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                     "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                     "ouders": "partial"},
                    crit({"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                          "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                          "ouders.informatie"}),
                    {"basisondersteuning": ["borging"], "financien": ["reserves"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "H4 'Wat elke school biedt': binding basisniveau for all 27 schools and vestigingen plus bullets.",
                     "plaatsing": "H5 only refers to an external Handleiding Toewijzing and notes TLV numbers rose; CvT only in glossary.",
                     "terugstroom": "H6 'Weer naar de basisschool': policy (aim, conditions, 'rugdekking' support); steps deferred to handleiding -> procedure false.",
                     "financien": "H7: four-year begroting table (besteding); verdeelmodel expires and new one not adopted -> verdeling false.",
                     "dekkend-aanbod": "No continuum or gap handling in body; 'dekkend aanbod', 'thuiszitter', 'zorgplicht' only in the glossary.",
                     "resultaten": "H8 'Wat we willen bereiken': numeric 2030 targets and DUO/registration/survey measurement, yearly report.",
                     "ouders": "H9: OJSP ouderadviseur, onderwijsconsulent, geschillencommissie (steunpunt); how parents are informed only in glossary -> informatie false."})

        # Near-miss (.html)
        b, nav = nearmiss()
        name = "regenboog-leerdam-schoolondersteuningsplan"
        (OUT / f"{name}.html").write_text(
            render_html("Ondersteuningsplan obs De Regenboog 2025-2026", "Ondersteuningsprofiel en zorgstructuur van de school", b, nav),
            encoding="utf-8")
        counts[name] = words(b)
        write_label(name, [f"{name}.html"], "po", False, {}, {}, None,
                    {"document": "School-level ondersteuningsplan/SOP of one basisschool (zorgniveaus, groepsbesprekingen, "
                                 "own grenzen); refers to the SWV's plan; not an SWV ondersteuningsplan (no OOGO/OPR/planperiode)."})
        for k, v in counts.items():
            print(f"{k}: {v} words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
