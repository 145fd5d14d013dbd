#!/usr/bin/env python3
"""Generate the holdout319 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice) and .html.

Deterministic, no network. Output goes to the folder above this script's folder.
Label files (*.expected.yaml) are written by hand next to the documents and are NOT generated here.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# shared filler (written so that it addresses none of the core/advisory criteria by itself)
# ---------------------------------------------------------------------------------------------
def filler(v):
    """Return a dict of filler sections; v holds naam, kort, regio, scholen, besturen, periode."""
    f = {}
    f["voorwoord"] = [
        f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde plan sinds de invoering "
        f"van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de eindevaluatie en de "
        f"verbeteraanpak van het ministerie. In de afgelopen jaren hebben we gemerkt dat een plan pas betekenis krijgt "
        f"wanneer het herkenbaar is in de klas. Daarom hebben we dit plan zo kort en leesbaar mogelijk willen houden, "
        f"zonder af te doen aan wat de wet van ons vraagt.",
        f"Het plan is het resultaat van een zorgvuldig proces. In werkateliers, bestuurlijke overleggen en "
        f"bijeenkomsten met de ondersteuningsplanraad hebben we de ambities van {v['kort']} opnieuw geijkt. We danken "
        f"iedereen die heeft meegedacht, meegeschreven en kritische vragen heeft gesteld. Dit plan is van ons allemaal: "
        f"van de besturen die het dragen en van de professionals die het elke dag waarmaken.",
        f"Wij hopen dat u dit plan met plezier leest en dat het u helpt om te zien waar {v['kort']} de komende vier "
        f"jaar voor staat. Heeft u vragen of opmerkingen, dan horen wij die graag.",
    ]
    f["visie"] = [
        f"{v['naam']} gaat uit van de gedachte dat ieder kind en iedere jongere recht heeft op onderwijs dat past bij "
        f"wat hij of zij nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat onderwijs een gezamenlijke opdracht "
        f"is van scholen, besturen, gemeenten en maatschappelijke partners. Niet het etiket of de diagnose staat "
        f"centraal, maar de vraag wat een leerling nodig heeft om zich te ontwikkelen.",
        f"Onze kernwaarden zijn vertrouwen, eigenaarschap en vakmanschap. Vertrouwen betekent dat we uitgaan van de "
        f"professionaliteit van leraren en schoolleiders en dat we verantwoording zien als een gesprek, niet als een "
        f"controle. Eigenaarschap betekent dat de besturen zich samen verantwoordelijk voelen voor alle leerlingen in "
        f"de regio. Vakmanschap betekent dat we blijven leren, van elkaar en van de wetenschap.",
        f"De missie van {v['kort']} luidt: 'Samen zorgen we dat elke leerling in de regio {v['regio']} een plek heeft "
        f"waar hij kan leren en zich gezien voelt.' Deze missie vertalen we in een beperkt aantal speerpunten die in "
        f"de volgende hoofdstukken aan bod komen. Wij kiezen bewust voor focus: liever drie dingen goed dan tien "
        f"dingen half.",
    ]
    f["regio"] = [
        f"Het werkgebied van {v['kort']} omvat de regio {v['regio']}. In het gebied liggen {v['scholen']} scholen "
        f"van {v['besturen']} schoolbesturen, met verschillende denominaties: openbaar, rooms-katholiek, protestants-"
        f"christelijk, algemeen bijzonder en een school op reformatorische grondslag. De regio kent zowel stedelijke "
        f"kernen als uitgestrekte plattelandsgebieden, met grote verschillen in reisafstanden.",
        f"Het aantal leerlingen in de regio daalt licht. De prognoses van de gemeenten laten tot 2030 een krimp van "
        f"ongeveer vier procent zien, met uitschieters in de kleinere kernen. Tegelijkertijd zien we een toename van "
        f"leerlingen met een complexe hulpvraag en van nieuwkomers. Deze ontwikkelingen vragen om flexibiliteit van "
        f"de scholen en van het samenwerkingsverband.",
        f"Het personeelstekort raakt de regio stevig. Vooral in de kleinere kernen is het lastig om vacatures voor "
        f"leraren en intern begeleiders te vervullen. Besturen werken daarom samen in een regionale "
        f"arbeidsmarktaanpak, waarin ook zij-instromers en onderwijsassistenten een plek hebben.",
    ]
    f["governance"] = [
        f"{v['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat de "
        f"hoofdlijnen van beleid vaststelt. De dagelijkse leiding ligt bij de directeur-bestuurder, die wordt "
        f"ondersteund door een klein bureau. Er is een functionele scheiding tussen bestuur en intern toezicht: de "
        f"raad van toezicht bestaat uit drie onafhankelijke leden die geen binding hebben met de aangesloten besturen.",
        f"Het algemeen bestuur vergadert vijf keer per jaar. De raad van toezicht keurt de begroting, het jaarverslag "
        f"en dit ondersteuningsplan goed en ziet toe op de rechtmatigheid van de bedrijfsvoering. De statuten bevatten "
        f"een geschillenregeling zoals de wet die voorschrijft. Het managementstatuut regelt welke bevoegdheden aan de "
        f"directeur-bestuurder zijn gemandateerd.",
        f"Naast de formele overleggen kent {v['kort']} een directeurenoverleg en een netwerk van intern begeleiders en "
        f"ondersteuningscoördinatoren. Deze netwerken zijn belangrijke plekken voor kennisdeling en intervisie. "
        f"Zij hebben geen besluitvormende taak.",
    ]
    f["medezeggenschap"] = [
        f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
        f"De OPR van {v['kort']} telt acht leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
        f"scholen. De directeur-bestuurder overlegt vier keer per jaar met de OPR. Daarnaast is er een eigen "
        f"medezeggenschapsraad voor het personeel van het bureau.",
        f"Voor de OPR is een scholingsbudget beschikbaar. De OPR heeft een eigen huishoudelijk reglement en een "
        f"jaaragenda die aansluit op de planning- en controlcyclus van het samenwerkingsverband.",
    ]
    f["oogo"] = [
        f"Over het ontwerp van dit plan is op overeenstemming gericht overleg (OOGO) gevoerd met de colleges van "
        f"burgemeester en wethouders van de gemeenten in de regio. Het OOGO vond plaats op {v['oogo']}. De gemeenten "
        f"hebben ingestemd met het plan. Ook is overleg gevoerd met het aangrenzende samenwerkingsverband "
        f"{v['buur']}, waarvan het werkgebied overlapt.",
    ]
    f["personeel"] = [
        f"Het bureau van {v['kort']} bestaat uit ongeveer {v['fte']} fte. Medewerkers zijn in dienst van de stichting "
        f"of worden gedetacheerd vanuit een aangesloten bestuur. Wij investeren in scholing van onze eigen medewerkers, "
        f"onder meer op het gebied van gespreksvoering, juridische kennis en oplossingsgericht werken.",
        f"Voor de scholen organiseren wij jaarlijks een studiedag en een reeks masterclasses. Thema's in de afgelopen "
        f"periode waren onder andere executieve functies, traumasensitief lesgeven en het werken met "
        f"ontwikkelingsperspectieven. De evaluaties van deze bijeenkomsten zijn positief. De komende jaren verschuift "
        f"het accent van losse bijeenkomsten naar leernetwerken van scholen.",
        f"De krapte op de arbeidsmarkt vraagt ook van het bureau om slim te organiseren. We maken afspraken met de "
        f"besturen over detachering en over het delen van specialistische kennis, zoals die van orthopedagogen en "
        f"gedragsspecialisten.",
    ]
    f["ict"] = [
        f"{v['kort']} werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen en waarin het bureau "
        f"besluiten vastlegt. Het systeem voldoet aan de eisen van de Algemene verordening gegevensbescherming (AVG). "
        f"Er is een verwerkingsregister en een functionaris gegevensbescherming, die wordt gedeeld met twee andere "
        f"samenwerkingsverbanden.",
        f"Persoonsgegevens worden niet langer bewaard dan noodzakelijk. Gegevens over gezondheid worden alleen verwerkt "
        f"voor zover dat nodig is voor de wettelijke taken. Medewerkers tekenen een geheimhoudingsverklaring. "
        f"Datalekken worden gemeld volgens het protocol datalekken, dat jaarlijks wordt geactualiseerd.",
        f"In de planperiode vervangen wij de huidige website door een toegankelijkere versie die voldoet aan de "
        f"digitale toegankelijkheidsrichtlijnen (WCAG). Ook onderzoeken we of het dossiersysteem kan worden gekoppeld "
        f"aan de leerlingvolgsystemen van de scholen.",
    ]
    f["vervoer"] = [
        f"Leerlingenvervoer en onderwijshuisvesting zijn verantwoordelijkheden van de gemeenten en vallen buiten dit "
        f"plan. De gemeenten stellen daarvoor hun eigen verordeningen en huisvestingsplannen vast. {v['kort']} heeft "
        f"daarin geen formele rol.",
    ]
    f["planning"] = [
        f"Dit ondersteuningsplan geldt voor de periode {v['periode']}. Jaarlijks werken wij de plannen uit in een "
        f"jaarplan en een jaarbegroting, die in het najaar worden vastgesteld. Halverwege de planperiode organiseren wij een "
        f"werkconferentie met bestuurders en directeuren over de actualiteit van het plan.",
        f"Het plan is vastgesteld door het algemeen bestuur op {v['vastgesteld']}, nadat de OPR op {v['opr']} "
        f"instemming had verleend. Het plan is vóór 1 mei toegezonden aan de Inspectie van het Onderwijs.",
    ]
    f["context"] = [
        f"Passend onderwijs staat landelijk volop in de belangstelling. Na de eindevaluatie in 2020 heeft het "
        f"ministerie een verbeteraanpak opgesteld met vijfentwintig maatregelen. Een aantal daarvan raakt "
        f"{v['kort']} direct, zoals de wens om de regionale samenwerking te versterken en de "
        f"governance van samenwerkingsverbanden te verbeteren. Andere maatregelen liggen vooral bij de scholen, "
        f"zoals het versterken van de kennis van leraren over gedrag en leren.",
        f"In 2025 verscheen een advies over een landelijke norm voor wat scholen moeten kunnen bieden. Het is nog "
        f"niet duidelijk of en wanneer die norm wettelijk wordt vastgelegd. Ook het wetsvoorstel over de positie "
        f"van ouders en leerlingen in het passend onderwijs is nog in behandeling. Wij volgen deze ontwikkelingen "
        f"nauwgezet en passen dit plan zo nodig tussentijds aan, met instemming van de OPR.",
        f"Daarnaast spelen ontwikkelingen die niet specifiek over passend onderwijs gaan, maar er wel invloed op "
        f"hebben: het lerarentekort, de aandacht voor basisvaardigheden, de toenemende kansenongelijkheid en de "
        f"groeiende druk op de jeugdzorg. Scholen ervaren dat zij vaker een beroep doen op hun eigen veerkracht. "
        f"Wij willen die veerkracht niet vanzelfsprekend vinden en houden in ons beleid rekening met de werkdruk "
        f"van leraren en schoolleiders.",
        f"Inclusiever onderwijs is een ambitie die wij delen met de landelijke politiek en met veel scholen in "
        f"onze regio. Tegelijk realiseren wij ons dat inclusie geen doel op zich is. Een leerling moet zich "
        f"kunnen ontwikkelen en zich veilig voelen; soms is een reguliere school daarvoor de beste plek, soms niet. "
        f"Wij voeren daarover het gesprek met scholen, besturen en partners, zonder dogma's.",
    ]
    f["totstandkoming"] = [
        f"Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 hielden wij vier werkateliers met "
        f"schoolleiders, intern begeleiders en ondersteuningscoördinatoren. De opbrengst daarvan is verwerkt in een "
        f"discussienotitie die in juni 2025 in het algemeen bestuur is besproken. In het najaar volgde een "
        f"schrijfgroep van zes personen die de eerste versie opstelde.",
        f"De conceptversie is in december 2025 besproken met de directeuren en in januari 2026 met de OPR. De OPR "
        f"heeft schriftelijk vragen gesteld en een aantal tekstvoorstellen gedaan; die zijn grotendeels "
        f"overgenomen. Een overzicht van de reacties en wat wij ermee hebben gedaan, is ter inzage bij het bureau. "
        f"Wij danken de leden van de schrijfgroep voor hun inzet.",
        f"Bij het schrijven hebben wij bewust gekozen voor een plan op hoofdlijnen waar dat kan en voor concrete "
        f"afspraken waar dat nodig is. Uitwerkingen in procedures en formats zijn te vinden op de website voor "
        f"professionals.",
    ]
    f["risico"] = [
        f"Ieder plan kent onzekerheden. De belangrijkste risico's voor de uitvoering van dit plan zijn het tekort "
        f"aan leraren en specialisten, de afhankelijkheid van jeugdhulpaanbieders met lange wachtlijsten, en "
        f"landelijke wetswijzigingen die halverwege de planperiode nieuwe taken kunnen opleggen. Wij beperken "
        f"deze risico's door samenwerking tussen besturen en door een wendbare organisatie van het "
        f"bureau.",
        f"Een ander risico is dat de afspraken in dit plan op papier blijven staan. Daarom kiezen wij voor een "
        f"beperkt aantal speerpunten, voor korte lijnen tussen bureau en scholen en voor een directeur-bestuurder "
        f"die regelmatig op scholen komt. Schoolleiders kunnen het bureau altijd rechtstreeks benaderen.",
    ]
    f["bureau"] = [
        f"Het bureau is gevestigd in een verzamelgebouw met andere maatschappelijke organisaties. Dat maakt "
        f"korte lijnen mogelijk. Medewerkers werken deels op locatie bij scholen en deels thuis. In de "
        f"planperiode verduurzamen wij de werkwijze van het bureau: we reizen waar mogelijk met het openbaar vervoer "
        f"en vergaderen hybride wanneer dat de kwaliteit van het overleg niet schaadt.",
        f"Het bureau is bereikbaar op werkdagen van 8.30 tot 16.30 uur. In de schoolvakanties is er een beperkte "
        f"bezetting. Scholen kunnen voor dringende vragen altijd contact opnemen met de directeur-bestuurder.",
    ]
    f["kennis"] = [
        f"{v['kort']} werkt samen met de regionale lerarenopleidingen en met een lectoraat van een hogeschool. "
        f"Studenten van de pabo en de master Educational Needs lopen stage op scholen in de regio en doen "
        f"praktijkonderzoek naar vragen die scholen zelf inbrengen. Zo ontstaat een kennisagenda die aansluit bij "
        f"wat leraren dagelijks tegenkomen.",
        f"Onderwerpen die in de afgelopen jaren aan bod kwamen, zijn onder andere de samenwerking tussen leraar en "
        f"onderwijsassistent, het voeren van gesprekken met leerlingen over hun eigen leerproces en de rol van de "
        f"schoolleider bij het creëren van een professionele cultuur. De resultaten van dit praktijkonderzoek "
        f"delen we in een jaarlijkse kennismarkt waar scholen elkaar ontmoeten.",
        f"Wij stimuleren dat scholen van elkaar leren. Daarvoor organiseren we lerende netwerken van vier tot zes "
        f"scholen, die drie keer per jaar bij elkaar op bezoek gaan. Schoolleiders geven aan dat zij deze "
        f"bezoeken waardevol vinden, omdat zij zien hoe collega's met vergelijkbare vragen omgaan.",
    ]
    f["besturen"] = [
        f"De schoolbesturen in de regio verschillen sterk in omvang: van een eenpitter met één school tot een "
        f"bestuur met meer dan twintig scholen. Die verschillen vragen om een samenwerking waarin ieder bestuur "
        f"een gelijkwaardige stem heeft. In het algemeen bestuur geldt daarom het principe 'één bestuur, één stem', "
        f"aangevuld met een gekwalificeerde meerderheid voor besluiten over de statuten.",
        f"Naast de samenwerking binnen {v['kort']} werken de besturen samen in andere verbanden, zoals regionale "
        f"arbeidsmarktprojecten, inkoopcombinaties en een gezamenlijke vervangingspool. Wij zoeken daar waar "
        f"mogelijk verbinding mee, maar bewaken ook de eigen opdracht van het samenwerkingsverband. Wij zijn geen "
        f"bestuur boven de besturen; de besturen zijn samen het samenwerkingsverband.",
        f"Jaarlijks organiseert {v['kort']} een bestuurlijke heidag waarop de besturen stilstaan bij de koers, de "
        f"onderlinge samenwerking en de rolverdeling tussen algemeen bestuur, directeur-bestuurder en raad van "
        f"toezicht. De uitkomsten worden vastgelegd in een korte notitie.",
    ]
    return f


# ---------------------------------------------------------------------------------------------
# document model: list of (kind, payload)
#   h1/h2/h3 text, p text, bullets [..], table [[..],..], toc [..], pagebreak
# ---------------------------------------------------------------------------------------------
def paras(lst):
    return [("p", t) for t in lst]


def write_docx(blocks, path, header_text=None, base_font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = base_font
    st.font.size = Pt(10.5)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    for kind, x in blocks:
        if kind == "title":
            doc.add_heading(x, level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(x, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(x)
        elif kind == "bullets":
            for it in x:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in x:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            for it in x:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout319"
    doc.save(path)


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Georgia,serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav{background:#f3f3f3;padding:1em}</style>",
           "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)}</p></header>', "<main>"]
    for kind, x in blocks:
        if kind == "title":
            out.append(f"<h1>{e(x)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(x)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(x)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(x)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(x)}</p>")
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in x) + f"</{tag}>")
        elif kind == "toc":
            out.append('<nav aria-label="Inhoud"><ul>' + "".join(f"<li>{e(i)}</li>" for i in x) + "</ul></nav>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(x):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{e(str(v))}</{c}>" for v in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", "<footer><p>&copy; 2026 Samenwerkingsverband Bommelerwaard-Oost &middot; "
            "privacy &middot; cookies &middot; contact</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, base_font):
    tmp = Path(tempfile.mkdtemp(prefix="holdout319_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, base_font)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# =============================================================================================
# Plan A - PO, docx. Waterlinie-Lek.
# basis P | plaatsing P | terugstroom partial (procedure only, inside TLV chapter) |
# financien MISSING (only a reference to a separate financieel kader) | dekkend P |
# resultaten partial (doelen, monitoring deferred) | ouders P (inside "Communicatie")
# =============================================================================================
def plan_a():
    v = dict(naam="Samenwerkingsverband Passend Onderwijs Waterlinie-Lek (PO 26-11)", kort="Waterlinie-Lek",
             regio="Waterlinie-Lek", scholen="71 basisscholen, twee scholen voor speciaal basisonderwijs en drie "
             "so-locaties; in totaal 76", besturen="veertien", periode="2026-2030", oogo="10 maart 2026",
             buur="VO Lekstroom (VO 26-12)", fte="18", vastgesteld="22 april 2026", opr="14 april 2026")
    f = filler(v)
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Onderwijs Waterlinie-Lek, PO 26-11"),
         ("p", "Versie 1.0 - vastgesteld door het algemeen bestuur op 22 april 2026"),
         ("pagebreak", None),
         ("h1", "Inhoudsopgave"),
         ("toc", ["Voorwoord .......... 3", "1 Inleiding .......... 4", "1.1 Hoe dit plan tot stand kwam .......... 4", "2 Visie en missie .......... 5",
                  "3 Onze regio .......... 6", "4 Basisondersteuning: wat elke school biedt .......... 7",
                  "5 Extra ondersteuning en arrangementen .......... 10",
                  "6 Toelaatbaarheid tot sbo en so (incl. terugplaatsing) .......... 13",
                  "7 Dekkend netwerk en thuiszitters .......... 17", "8 Samenwerking met gemeenten .......... 19",
                  "9 Ambities en beoogde resultaten .......... 21", "10 Communicatie .......... 23",
                  "11 Organisatie en governance .......... 25", "12 Personeel en professionalisering .......... 26",
                  "13 ICT en privacy .......... 27", "14 Financiën en meerjarenbegroting .......... 28",
                  "15 Planning en vaststelling .......... 29", "Bijlage 1 Begrippenlijst .......... 30",
                  "Bijlage 2 Financieel kader 2026-2030 (separaat) .......... -"]),
         ("pagebreak", None),
         ("h1", "Voorwoord")] + paras(f["voorwoord"]) + [
         ("p", "Marieke van den Broek, directeur-bestuurder"),
         ("h1", "1 Inleiding"),
         ("p", "Een samenwerkingsverband passend onderwijs moet ten minste eenmaal per vier jaar een "
               "ondersteuningsplan vaststellen (artikel 18a Wet op het primair onderwijs). In dit plan beschrijven "
               "wij hoe wij een samenhangend geheel van ondersteuningsvoorzieningen realiseren, binnen en tussen de "
               "scholen. Het plan volgt de onderwerpen die de wet noemt, maar niet altijd in dezelfde volgorde. Zo "
               "vindt u de afspraken over terugplaatsing in het hoofdstuk over toelaatbaarheid, omdat beide "
               "onderwerpen in de praktijk nauw samenhangen."),
         ("p", "Het plan is geschreven voor bestuurders, schoolleiders, intern begeleiders, leden van de OPR, "
               "gemeenten en ouders. Waar mogelijk vermijden we jargon; achterin staat een begrippenlijst."),
         ("h2", "1.1 Hoe dit plan tot stand kwam")] + paras(f["totstandkoming"]) + [
         ("h1", "2 Visie en missie")] + paras(f["visie"] + f["context"]) + [
         ("h1", "3 Onze regio")] + paras(f["regio"]) + [
         ("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Leerlingen basisonderwijs", "14.812"],
                    ["Leerlingen sbo", "318"], ["Leerlingen so (cluster 3 en 4)", "246"],
                    ["Gemeenten in het werkgebied", "5"]]),
         ("h1", "4 Basisondersteuning: wat elke school biedt"),
         ("p", "Basisondersteuning is in Waterlinie-Lek het door alle besturen afgesproken minimumniveau van "
               "ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een "
               "aanvraag bij het samenwerkingsverband nodig is. Het niveau is voor alle scholen gelijk; het is de "
               "ondergrens, niet het plafond. Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij dit "
               "niveau waarmaken en wat zij daarbovenop bieden."),
         ("p", "Concreet betekent dit dat ouders op elke school in onze regio het volgende mogen verwachten:"),
         ("bullets", ["een intern begeleider die ten minste twee dagdelen per week per 200 leerlingen beschikbaar "
                      "is voor leerlingbesprekingen en overleg met ouders;",
                      "een werkend leerlingvolgsysteem en minimaal drie groepsbesprekingen per jaar volgens de "
                      "cyclus van handelingsgericht werken;",
                      "een dyslexie- en dyscalculieprotocol, inclusief signalering vanaf groep 2 en begeleiding "
                      "volgens het landelijk protocol;",
                      "een aanbod voor sociaal-emotionele ontwikkeling met een erkende methode en een "
                      "anti-pestcoördinator;",
                      "aanpassingen in instructie en leerstof voor leerlingen die meer of minder aankunnen, "
                      "waaronder een verrijkingsaanbod voor (hoog)begaafde leerlingen binnen de groep;",
                      "een protocol medisch handelen en een fysiek toegankelijk gebouw of aantoonbare afspraken "
                      "daarover;",
                      "een ondersteuningsteam (OT) waarin de school, ouders, de schoolmaatschappelijk werker en op "
                      "verzoek een consulent van het samenwerkingsverband meedenken;",
                      "een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning krijgt."]),
         ("p", "Wij toetsen eens per twee jaar met een kwaliteitskaart of scholen dit niveau halen. De "
               "consulenten bespreken de uitkomst met de directeur. Blijft een school onder het afgesproken niveau, "
               "dan maakt het bestuur binnen drie maanden een verbeterplan, dat het samenwerkingsverband volgt."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. "
               "Ons ondersteuningscontinuüm kent vijf niveaus. Niveau 1 en 2 vallen binnen de basisondersteuning "
               "van de school. Op niveau 3 vraagt de school een arrangement aan bij het samenwerkingsverband, "
               "bijvoorbeeld begeleiding door een gedragsspecialist, een taalarrangement voor nieuwkomers of "
               "ambulante begeleiding. Op niveau 4 gaat het om plaatsing in een bovenschoolse voorziening: de "
               "Schakelklas in Culemborg voor nieuwkomers, de Plusklas voor hoogbegaafde leerlingen en de "
               "observatiegroep De Linie. Niveau 5 is het speciaal (basis)onderwijs."),
         ("p", "Tussen de niveaus bestaan doorgaande lijnen: een leerling die een arrangement krijgt, houdt zijn "
               "plek op de eigen school; een leerling in de observatiegroep keert na maximaal twaalf weken terug of "
               "stroomt door. Onderwijs-zorgarrangementen met de gemeenten vullen het aanbod aan voor leerlingen bij "
               "wie onderwijs en jeugdhulp samen nodig zijn."),
         ("table", [["Niveau", "Wat", "Waar"], ["1-2", "Basisondersteuning", "Eigen school"],
                    ["3", "Arrangement (individueel of groep)", "Eigen school, met inzet SWV"],
                    ["4", "Bovenschoolse voorziening", "Schakelklas, Plusklas, De Linie"],
                    ["5", "Speciaal (basis)onderwijs", "SBO De Vesting, SBO Het Fort, so-locaties"]]),
         ("h1", "6 Toelaatbaarheid tot sbo en so"),
         ("h2", "6.1 Wie vraagt aan en hoe"),
         ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
               "wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven, of - bij "
               "een leerling die nog niet is ingeschreven - door de school van aanmelding. De school dient de "
               "aanvraag digitaal in bij de Commissie Toelaatbaarheid van Waterlinie-Lek. Bij de aanvraag horen het "
               "OPP, de verslagen van ten minste twee OT-besprekingen en de zienswijze van de ouders."),
         ("numbered", ["Stap 1: de school bespreekt de leerling in het OT en stelt vast dat de ondersteuning op "
                       "niveau 1 tot en met 4 ontoereikend is.",
                       "Stap 2: de school dient de aanvraag in; het bureau controleert binnen vijf werkdagen of het "
                       "dossier compleet is.",
                       "Stap 3: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een "
                       "orthopedagoog of psycholoog en, afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld "
                       "een maatschappelijk werker of jeugdarts). Geen van beiden was betrokken bij de aanvraag.",
                       "Stap 4: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete "
                       "dossier. Ouders ontvangen een afschrift van de adviezen en van het besluit."]),
         ("h2", "6.2 Wanneer is een leerling toelaatbaar"),
         ("p", "Een leerling is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: (a) de "
               "ondersteuningsbehoefte is in het OPP beschreven en overstijgt aantoonbaar wat een reguliere school "
               "met een arrangement kan bieden; (b) er is gedurende ten minste zes maanden een arrangement op niveau "
               "3 of 4 ingezet en geëvalueerd; (c) de leerling heeft baat bij een kleinere groep en een "
               "specialistische, doorlopende pedagogisch-didactische aanpak. Een leerling is toelaatbaar tot het so "
               "wanneer daarnaast sprake is van een langdurige ernstige beperking (cluster 3) of ernstige gedrags- "
               "of psychiatrische problematiek (cluster 4) waarvoor een combinatie van onderwijs en zorg in de "
               "school nodig is."),
         ("h2", "6.3 Duur en bekostigingscategorie"),
         ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
               "afgegeven voor twee schooljaren en eindigt op 31 juli. Bij een TLV so bepaalt de commissie de "
               "bekostigingscategorie laag, midden of hoog op basis van de zorgbehoefte in het OPP."),
         ("h2", "6.4 Bezwaar"),
         ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. "
               "Waterlinie-Lek is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
               "(LBT), die advies uitbrengt aan het bestuur."),
         ("h2", "6.5 Afloop van de TLV en terugplaatsing"),
         ("p", "In het laatste schooljaar waarvoor een TLV geldt, neemt de sbo- of so-school uiterlijk 1 maart het "
               "initiatief tot een evaluatiegesprek met de ouders en de consulent van het samenwerkingsverband. In "
               "dat gesprek wordt het OPP geëvalueerd en beoordeeld of de leerling kan terugkeren naar het "
               "basisonderwijs. De school legt de uitkomst voor aan de Commissie Toelaatbaarheid, die vóór 1 mei "
               "besluit over een nieuwe TLV of over terugplaatsing. Bij terugplaatsing meldt de speciale school de "
               "leerling aan bij de ontvangende basisschool en draagt zij het dossier warm over vóór 1 juni."),
         ("p", "Welke ondersteuning een leerling na zijn terugkeer krijgt en onder welke voorwaarden wij "
               "terugplaatsing actief nastreven, beschrijft het bestuur in een afzonderlijke beleidsnotitie "
               "terugplaatsing, die in de loop van 2027 aan de OPR wordt voorgelegd."),
         ("h1", "7 Dekkend netwerk en thuiszitters"),
         ("p", "Ieder jaar in november brengt het bureau in kaart waar het aanbod tekortschiet: wachtlijsten voor "
               "het so, leerlingen die langer dan vier weken zonder passend aanbod zijn, en vragen waarvoor geen "
               "voorziening bestaat. De analyse wordt besproken in het algemeen bestuur, dat per knelpunt een "
               "eigenaar en een termijn vaststelt. In 2025 leidde dit tot het openen van een tweede groep in de "
               "observatievoorziening en tot afspraken met het so over tussentijdse plaatsing."),
         ("p", "Voor thuiszitters hanteren we de volgende aanpak. De school meldt elke leerling die langer dan "
               "twee weken ongeoorloofd of geoorloofd verzuimt zonder onderwijsaanbod bij de leerplichtambtenaar en "
               "bij het samenwerkingsverband. Binnen tien werkdagen is er een overleg met ouders, school, "
               "leerplicht en jeugdhulp, waarin een trajectbegeleider wordt aangewezen. Lukt het niet om binnen drie "
               "maanden een passende plek te vinden, dan escaleert de trajectbegeleider naar de directeur-"
               "bestuurder, die met de besturen een plek regelt. Daarmee geven wij invulling aan de zorgplicht."),
         ("h1", "8 Samenwerking met gemeenten")] + paras(f["oogo"]) + [
         ("p", "Met de gemeenten hebben wij afspraken over onderwijs-zorgarrangementen, schoolmaatschappelijk werk "
               "en de inzet van jeugdhulp op school. Elke school heeft een vaste contactpersoon van het lokale "
               "wijkteam. Twee keer per jaar is er een regionaal overleg over de aansluiting tussen onderwijs en "
               "jeugdhulp."),
         ("h1", "9 Ambities en beoogde resultaten"),
         ("p", "Voor de planperiode formuleren wij de volgende beoogde resultaten voor leerlingen met een "
               "ondersteuningsbehoefte:"),
         ("bullets", ["In 2030 heeft elke leerling die extra ondersteuning krijgt een OPP dat ten minste twee keer "
                      "per jaar met ouders is besproken.",
                      "Het aantal thuiszitters langer dan drie maanden is in 2030 teruggebracht tot nul.",
                      "Het deelnamepercentage so blijft onder 1,9 procent, bij een gelijkblijvende tevredenheid van "
                      "ouders over de geboden ondersteuning.",
                      "Ten minste 90 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld."]),
         ("p", "Hoe en wanneer wij de voortgang op deze ambities meten en erover rapporteren, leggen we vast in een "
               "monitoringsplan. Dat plan werken wij in schooljaar 2026-2027 samen met de scholen uit."),
         ("h1", "10 Communicatie"),
         ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. Wij communiceren met scholen via een "
               "maandelijkse nieuwsbrief en via het directeurenoverleg."),
         ("p", "Ouders informeren wij op drie manieren over de ondersteuningsmogelijkheden in de regio. De website "
               "heeft een ouderpagina met per school het ondersteuningsprofiel, een uitleg van de niveaus van "
               "ondersteuning en de route naar een arrangement of het speciaal (basis)onderwijs. Elke school deelt "
               "bij inschrijving de ouderfolder 'Wegwijs in Waterlinie-Lek'. Twee keer per jaar organiseren wij een "
               "informatieavond voor ouders, samen met de oudervereniging."),
         ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school of het "
               "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Waterlinie. Dit steunpunt is "
               "ondergebracht bij een onafhankelijke stichting en werkt uitsluitend in het belang van het kind. "
               "Daarnaast wijzen wij ouders op Onderwijsconsulenten en op de klachtenregeling en de "
               "Geschillencommissie passend onderwijs."),
         ("p", "Ouders zijn gesprekspartner bij het opstellen van het OPP en zijn vertegenwoordigd in de OPR, "
               "waarin de helft van de leden ouder is."),
         ("h1", "11 Organisatie en governance")] + paras(f["governance"] + f["medezeggenschap"] + f["bureau"]) + [
         ("h1", "12 Personeel en professionalisering")] + paras(f["personeel"]) + [
         ("h1", "13 ICT en privacy")] + paras(f["ict"]) + [
         ("h1", "14 Financiën en meerjarenbegroting"),
         ("p", "De ondersteuningsmiddelen worden doelmatig en rechtmatig ingezet. Het financieel beleid, inclusief "
               "het verdeelmodel en de meerjarenbegroting 2026-2030, is opgenomen in het afzonderlijke Financieel "
               "Kader 2026-2030 (bijlage 2). Dit kader wordt in november 2026 door het algemeen bestuur vastgesteld "
               "en is na vaststelling op de website te raadplegen."),
         ("p", "Verevening: p.m."),
         ("h1", "15 Planning en vaststelling")] + paras(f["planning"] + f["risico"] + f["vervoer"]) + [
         ("h1", "Bijlage 1 Begrippenlijst"),
         ("bullets", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                      "Meerjarenbegroting: begroting voor meerdere jaren waarin de besteding van de "
                      "ondersteuningsmiddelen wordt vastgelegd.",
                      "Verdeelmodel: de regels waarmee de middelen over de besturen worden verdeeld.",
                      "Reserves: het eigen vermogen van het samenwerkingsverband.",
                      "TLV: toelaatbaarheidsverklaring.",
                      "OPR: ondersteuningsplanraad.",
                      "OPP: ontwikkelingsperspectief."])]
    return B, "Ondersteuningsplan 2026-2030 - SWV PO Waterlinie-Lek"


# =============================================================================================
# Plan B - VO, docx. Gouwe-Rijnstreek.
# basis partial (niveau; inhoud on website only) | plaatsing MISSING (reference to reglement) |
# terugstroom P | financien partial (verdeling; begroting p.m.) | dekkend P | resultaten P |
# ouders partial (informatie; steunpunt deferred)
# =============================================================================================
def plan_b():
    v = dict(naam="Stichting Samenwerkingsverband VO Gouwe-Rijnstreek (VO 28-04)", kort="SWV Gouwe-Rijnstreek",
             regio="Gouwe-Rijnstreek", scholen="negentien vestigingen voor voortgezet onderwijs, twee scholen voor "
             "praktijkonderwijs en drie vso-scholen; in totaal 24", besturen="negen", periode="2026-2030",
             oogo="3 februari 2026", buur="PO Gouwe (PO 28-03)", fte="12", vastgesteld="8 april 2026",
             opr="25 maart 2026")
    f = filler(v)
    B = [("title", "Samen sterk voor elke jongere"),
         ("p", "Ondersteuningsplan 2026-2030 | SWV Gouwe-Rijnstreek VO 28-04"),
         ("pagebreak", None),
         ("h1", "Inhoud"),
         ("toc", ["Voorwoord", "Leeswijzer", "Deel A - Waar staan we", "  A1 De regio in cijfers",
                  "  A2 Visie en koers", "Deel B - Vijf pijlers", "  Pijler 1 Basisondersteuning",
                  "  Pijler 2 Toewijzing en toelaatbaarheid (vso, pro, lwoo)", "  Pijler 3 Het ondersteuningsaanbod",
                  "  Pijler 4 Terug naar het reguliere vo", "  Pijler 5 Kwaliteit en resultaten",
                  "Deel C - Randvoorwaarden", "  C1 Ouders en leerlingen", "  C2 Financiën",
                  "  C3 Organisatie", "  C4 Personeel", "  C5 Privacy", "  C6 Planning",
                  "Afkortingen"]),
         ("pagebreak", None),
         ("h1", "Voorwoord")] + paras(f["voorwoord"]) + [
         ("h1", "Leeswijzer"),
         ("p", "Dit plan bestaat uit drie delen. Deel A schetst de uitgangssituatie. Deel B beschrijft per pijler "
               "wat we willen bereiken en wat we daarvoor doen. Deel C beschrijft de randvoorwaarden. Iedere pijler "
               "eindigt met een kader 'Wat willen we / Wat doen we'. Wie snel wil weten wat het plan betekent voor "
               "ouders, kan direct naar hoofdstuk C1."),
         ] + paras(f["totstandkoming"]) + [
         ("h1", "Deel A - Waar staan we"),
         ("h2", "A1 De regio in cijfers")] + paras(f["regio"]) + [
         ("table", [["1 oktober", "2023", "2024", "2025"], ["Leerlingen vo", "18.204", "18.011", "17.870"],
                    ["Leerlingen pro", "612", "598", "604"], ["Leerlingen vso", "421", "433", "452"],
                    ["Leerlingen OPDC De Brug", "38", "41", "40"]]),
         ("h2", "A2 Visie en koers")] + paras(f["visie"] + f["context"]) + [
         ("h1", "Deel B - Vijf pijlers"),
         ("h2", "Pijler 1 Basisondersteuning"),
         ("p", "Alle aangesloten vo-scholen bieden ten minste het afgesproken niveau van basisondersteuning. Dit "
               "niveau is door het algemeen bestuur vastgesteld als ondergrens voor iedere vestiging in de regio, "
               "ongeacht schooltype of denominatie. Het is het niveau dat een leerling op elke school mag "
               "verwachten zonder tussenkomst van het samenwerkingsverband."),
         ("p", "Welke voorzieningen, interventies en expertise dat concreet zijn, is beschreven in de 'Kaart "
               "Basisondersteuning VO Gouwe-Rijnstreek'. De kaart staat op onze website en wordt jaarlijks door de "
               "ondersteuningscoördinatoren geactualiseerd. Het is niet nodig die hier te herhalen."),
         ("p", "Wat willen we: een herkenbaar en gelijkwaardig basisniveau in de hele regio. Wat doen we: de kaart "
               "actualiseren en in 2027 verbreden met een paragraaf over executieve functies."),
         ("h2", "Pijler 2 Toewijzing en toelaatbaarheid (vso, pro, lwoo)"),
         ("p", "Voor de toewijzing van ondersteuning en de toelaatbaarheid tot het voortgezet speciaal onderwijs, het "
               "praktijkonderwijs en het leerwegondersteunend onderwijs verwijzen wij naar het Reglement Toewijzing "
               "en Toelaatbaarheid 2026, dat het bestuur separaat vaststelt en dat op onze website is gepubliceerd. "
               "Dit plan herhaalt de inhoud van dat reglement niet."),
         ("p", "Wat willen we: snelle, zorgvuldige besluiten. Wat doen we: het reglement wordt in 2026 herzien."),
         ("h2", "Pijler 3 Het ondersteuningsaanbod"),
         ("p", "Het ondersteuningsaanbod in Gouwe-Rijnstreek is opgebouwd als een samenhangend geheel. Elke school "
               "biedt basisondersteuning. Daarbovenop kan een school extra ondersteuning bieden met een "
               "schoolarrangement dat zij uit haar eigen budget voor lichte ondersteuning bekostigt, zoals een "
               "trajectvoorziening, een klas met kleine groepen of coaching door een gedragsspecialist. Voor "
               "leerlingen die tijdelijk niet in de eigen school terechtkunnen, is er het OPDC De Brug (maximaal "
               "een schooljaar) en de rebound-voorziening Kompas (acht tot twaalf weken), waarna de leerling "
               "terugkeert naar de eigen school of doorstroomt. Het voortgezet speciaal onderwijs en het "
               "praktijkonderwijs vormen de specialistische schakel. Onderwijs-zorgarrangementen met jeugdhulp maken "
               "het mogelijk dat een leerling onderwijs combineert met behandeling."),
         ("p", "Waar het aanbod tekortschiet, handelen we volgens vaste afspraken. Elke school meldt leerlingen die "
               "langer dan vier weken niet naar school gaan aan de Thuiszittertafel, waarin het SWV, leerplicht, "
               "jeugdhulp en de school zitten. De tafel stelt binnen twee weken een plan op en wijst een "
               "casusregisseur aan. Twee keer per jaar analyseert het bureau de casuïstiek van de tafel en de "
               "wachtlijsten voor vso en OPDC; knelpunten die vaker voorkomen, leiden tot een voorstel aan het "
               "algemeen bestuur. Zo is in 2025 besloten tot een aanbod voor hoogbegaafde leerlingen met "
               "schooluitval, dat per 1 augustus 2026 start op twee locaties."),
         ("h2", "Pijler 4 Terug naar het reguliere vo"),
         ("p", "Ons beleid is dat een leerling in het vso terugkeert naar het reguliere voortgezet onderwijs "
               "wanneer dat in zijn belang is en de ontvangende school met ondersteuning kan bieden wat hij nodig "
               "heeft. Terugkeer is het uitgangspunt bij iedere TLV die afloopt, niet de uitzondering. Voorwaarden "
               "zijn dat het OPP laat zien dat de leerling zich in een reguliere setting kan handhaven en dat er een "
               "passende plek is binnen redelijke reisafstand. Na terugkeer krijgt de leerling gedurende ten minste "
               "een jaar een terugkeerarrangement: begeleiding door een ambulant begeleider van de vso-school en "
               "extra mentoruren, bekostigd door het samenwerkingsverband."),
         ("p", "De procedure is als volgt. Bij elke jaarlijkse OPP-evaluatie in het vso wordt de vraag naar "
               "terugkeer gesteld. In het laatste jaar van de TLV organiseert de vso-school vóór 1 februari een "
               "overleg met leerling, ouders, de beoogde vo-school en de consulent van het SWV. De vso-school doet "
               "een voorstel; de directeur van het samenwerkingsverband besluit vóór 1 april of de leerling wordt "
               "teruggeplaatst. Bij terugplaatsing volgt een proefplaatsing van "
               "zes weken, waarna de inschrijving definitief wordt."),
         ("p", "In schooljaar 2024-2025 keerden 14 leerlingen vanuit het vso terug naar het reguliere vo; 12 van "
               "hen stonden een jaar later nog op de reguliere school."),
         ("h2", "Pijler 5 Kwaliteit en resultaten"),
         ("p", "Voor leerlingen met een ondersteuningsbehoefte willen wij in 2030 de volgende resultaten bereiken:"),
         ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                    ["Thuiszitters langer dan 3 maanden", "23", "minder dan 8"],
                    ["Leerlingen met OPP dat twee keer per jaar is geëvalueerd", "71%", "95%"],
                    ["Leerlingen OPDC die binnen een jaar terugkeren naar een reguliere school", "58%", "75%"],
                    ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]]),
         ("p", "Wij monitoren deze indicatoren per kwartaal in een dashboard dat gevoed wordt door het "
               "dossiersysteem en de verzuimregistratie. Het bureau rapporteert twee keer per jaar aan het algemeen "
               "bestuur en de OPR; in het jaarverslag leggen wij verantwoording af over de bereikte resultaten. Elke "
               "school bespreekt eens per jaar in een kwaliteitsgesprek met de directeur van het SWV de eigen cijfers. "
               "Tevredenheid meten we tweejaarlijks met een peiling onder ouders en leerlingen."),
         ("h1", "Deel C - Randvoorwaarden"),
         ("h2", "C1 Ouders en leerlingen"),
         ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Op de website staat een ouderpagina met "
               "uitleg over basisondersteuning, arrangementen, het OPDC en het vso, en een overzicht van de "
               "ondersteuningsprofielen van alle scholen. In groep 8 en in de brugklas ontvangen ouders de "
               "brochure 'Ondersteuning in het vo', die in het Nederlands, Engels, Arabisch en Pools beschikbaar is. "
               "Elk voorjaar organiseren wij twee informatieavonden in Gouda en Alphen."),
         ("p", "Voor vragen over de ondersteuning kunnen ouders terecht bij de mentor of de ondersteunings-"
               "coördinator van de school. Hoe wij het ouder- en jeugdsteunpunt inrichten, bepalen wij zodra de "
               "wettelijke verplichting in werking treedt; nadere informatie volgt."),
         ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de OPR hebben ouders en leerlingen de "
               "helft van de zetels."),
         ("h2", "C2 Financiën"),
         ("p", "De middelen voor lichte ondersteuning worden volledig doorgezet naar de schoolbesturen: ieder bestuur "
               "ontvangt een vaste voet van € 25.000 per vestiging plus € 95 per leerling op basis van de telling "
               "van 1 oktober van het voorgaande jaar. De middelen voor lwoo en pro worden verdeeld naar rato van het "
               "aantal leerlingen met een lwoo-aanwijzing of een pro-toelaatbaarheid op 1 oktober. De middelen "
               "voor zware ondersteuning worden gebruikt voor de afdrachten aan het vso, die DUO rechtstreeks "
               "verrekent; het restant wordt verdeeld naar leerlingaantal."),
         ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling door het algemeen bestuur in december als "
               "bijlage bij dit plan gevoegd. Onderstaande tabel geeft de structuur; bedragen volgen."),
         ("table", [["Post", "2026", "2027", "2028", "2029"], ["Baten ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["OPDC en rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
         ("p", "De algemene reserve ligt onder de signaleringswaarde van de Inspectie; er is geen sprake van "
               "bovenmatige reserves."),
         ("h2", "C3 Organisatie")] + paras(f["governance"] + f["medezeggenschap"] + f["oogo"] + f["bureau"]) + [
         ("h2", "C4 Personeel")] + paras(f["personeel"] + f["kennis"]) + [
         ("h2", "C5 Privacy")] + paras(f["ict"]) + [
         ("h2", "C6 Planning")] + paras(f["planning"] + f["risico"] + f["vervoer"]) + [
         ("h1", "Afkortingen"),
         ("table", [["Afkorting", "Betekenis"], ["TLV", "toelaatbaarheidsverklaring"],
                    ["LWOO", "leerwegondersteunend onderwijs"], ["PrO", "praktijkonderwijs"],
                    ["OJSP", "ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en leerlingen"],
                    ["OPDC", "orthopedagogisch-didactisch centrum"],
                    ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                    ["SOP", "schoolondersteuningsprofiel"]])]
    return B, "SWV Gouwe-Rijnstreek VO 28-04 | Ondersteuningsplan 2026-2030"


# =============================================================================================
# Plan C - PO, pdf. Maas en Peel-Noord.
# basis P (content in a table) | plaatsing partial (procedure; criteria deferred) | terugstroom MISSING |
# financien P ("Geld en middelen") | dekkend partial (continuum; lacunes deferred) | resultaten P |
# ouders MISSING (only TOC/glossary)
# =============================================================================================
def plan_c():
    v = dict(naam="Stichting Passend Primair Onderwijs Maas en Peel-Noord (PO 30-09)", kort="Maas en Peel-Noord",
             regio="Maas en Peel-Noord", scholen="48 basisscholen, één sbo-school en twee so-scholen; in totaal 51",
             besturen="zes", periode="2026-2030", oogo="17 februari 2026", buur="VO Peelland (VO 30-10)", fte="9",
             vastgesteld="15 april 2026", opr="7 april 2026")
    f = filler(v)
    vw = [p.replace("bijeenkomsten met de ondersteuningsplanraad", "bijeenkomsten met de OPR") for p in f["voorwoord"]]
    B = [("title", "Koersplan passend onderwijs 2026-2030"),
         ("p", "Ondersteuningsplan van Stichting Passend Primair Onderwijs Maas en Peel-Noord, PO 30-09"),
         ("pagebreak", None),
         ("h1", "Inhoud"),
         ("toc", ["1 Wie zijn wij", "2 Koers 2026-2030", "3 Basisondersteuning", "4 Het ondersteuningscontinuüm",
                  "5 Toewijzing en toelaatbaarheid", "6 Geld en middelen", "7 Kwaliteit en resultaten",
                  "8 Samenwerking met gemeenten", "9 Organisatie en medezeggenschap", "10 Communicatie",
                  "11 Terugblik 2022-2026", "Bijlage 1 Woordenlijst",
                  "Bijlage 2 Ouderfolder 'Passend onderwijs, wat betekent dat voor mijn kind?' (separaat)",
                  "Bijlage 3 Terugplaatsingsprotocol (separaat)"]),
         ("pagebreak", None),
         ("h1", "Voorwoord")] + paras(vw + f["totstandkoming"]) + [
         ("h1", "1 Wie zijn wij")] + paras(f["regio"] + f["governance"][:1] + f["besturen"]) + [
         ("h1", "2 Koers 2026-2030")] + paras(f["visie"] + f["context"]) + [
         ("p", "Ambitie: elk kind op de juiste plek, met zo min mogelijk overgangen."),
         ("h1", "3 Basisondersteuning"),
         ("p", "De zes schoolbesturen hebben afgesproken dat elke vestiging in Maas en Peel-Noord ten minste de "
               "twaalf standaarden uit tabel 1 realiseert. Deze standaarden vormen samen het niveau van "
               "basisondersteuning van ons samenwerkingsverband; een school mag meer bieden, niet minder."),
         ("table", [["Tabel 1 - Standaard", "Wat betekent dit op elke school"],
                    ["1 Veilig klimaat", "Gedragsprotocol, anti-pestaanpak, jaarlijkse veiligheidsmonitor"],
                    ["2 Handelingsgericht werken", "Groepsplannen en drie groepsbesprekingen per jaar"],
                    ["3 Intern begeleider", "IB'er met post-hbo-opleiding, minimaal 0,4 fte per 250 leerlingen"],
                    ["4 Dyslexie", "Protocol leesproblemen en dyslexie, signalering vanaf groep 2"],
                    ["5 Dyscalculie", "Protocol ernstige reken-wiskundeproblemen en dyscalculie"],
                    ["6 Meer- en hoogbegaafdheid", "Verrijkingsaanbod in de groep, compacten, screening"],
                    ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand"],
                    ["8 Sociaal-emotioneel", "Volgsysteem en training sociale vaardigheden"],
                    ["9 Medisch handelen", "Protocol medisch handelen, afspraken met de jeugdarts"],
                    ["10 OPP", "Ontwikkelingsperspectief bij afwijkende leerroute of extra ondersteuning"],
                    ["11 Ondersteuningsteam", "Multidisciplinair overleg met jeugdverpleegkundige en SMW"],
                    ["12 Toegankelijkheid", "Drempelvrije entree of vaste afspraken over aanpassingen"]]),
         ("p", "De onderwijsconsulenten toetsen tijdens hun jaarlijkse schoolbezoek of de standaarden zijn "
               "gerealiseerd en bespreken tekorten met de directeur en het bestuur."),
         ("h1", "4 Het ondersteuningscontinuüm"),
         ("p", "Ons aanbod is opgebouwd in vijf niveaus, van basisondersteuning in de groep (niveau 1-2) via "
               "arrangementen op de eigen school (niveau 3) en bovenschoolse voorzieningen (niveau 4) tot het "
               "speciaal (basis)onderwijs (niveau 5). De bovenschoolse voorzieningen zijn de Taalklas in Boxmeer "
               "voor nieuwkomers, de Plusklas op drie locaties voor hoogbegaafde leerlingen en de "
               "Observatiegroep De Brug voor jonge kinderen met een onduidelijke ondersteuningsvraag. Sbo De "
               "Kompasroos en de so-scholen De Wissel en Het Baken bieden specialistisch onderwijs. Een "
               "arrangement vraagt de school aan bij het Loket; een onderwijsconsulent van het SWV denkt mee."),
         ("p", "Wij weten dat er witte vlekken zijn in dit aanbod. In 2026-2027 brengen we die in kaart; het plan "
               "van aanpak volgt daarna en wordt via het jaarplan aan het bestuur voorgelegd."),
         ("h1", "5 Toewijzing en toelaatbaarheid"),
         ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de toelaatbaarheids-"
               "verklaring aan via het digitale Loket. De aanvraag bevat het groeidocument, het OPP en het verslag "
               "van het multidisciplinair overleg. Het Loket toetst de aanvraag op volledigheid. Een orthopedagoog "
               "en een tweede deskundige (psycholoog, jeugdarts of maatschappelijk werker) geven ieder een "
               "schriftelijk advies. De Commissie Toelaatbaarheid neemt binnen zes weken een besluit en stuurt dat "
               "aan de school."),
         ("p", "De commissie weegt iedere aanvraag in samenhang en maakt maatwerk mogelijk. Een vast "
               "toetsingskader met criteria voor het sbo en het so ontwikkelen wij in het eerste planjaar."),
         ("p", "Een TLV sbo geldt voor drie jaar; een TLV so voor twee jaar, met bekostigingscategorie laag, "
               "midden of hoog. Tegen een besluit staat bezwaar open; het samenwerkingsverband is aangesloten bij de "
               "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("h1", "6 Geld en middelen"),
         ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Na aftrek van de "
               "afdrachten aan het so en de sbo-groeibekostiging verdeelt het algemeen bestuur de middelen volgens "
               "het verdeelmodel dat op 1 december 2025 is vastgesteld: 75 procent gaat als schoolbudget naar de "
               "besturen, op basis van € 142 per leerling (teldatum 1 oktober); 25 procent blijft bovenschools "
               "voor arrangementen, de bovenschoolse voorzieningen en het bureau. Arrangementen worden toegekend "
               "door het Loket op basis van het OPP; een individueel arrangement bedraagt maximaal € 6.500 per "
               "schooljaar."),
         ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                    ["Baten ondersteuningsbekostiging", "9.410", "9.360", "9.290", "9.240"],
                    ["Afdrachten so en sbo", "4.120", "4.150", "4.170", "4.180"],
                    ["Schoolbudgetten besturen", "3.950", "3.910", "3.860", "3.830"],
                    ["Arrangementen en voorzieningen", "880", "870", "860", "850"],
                    ["Bureau en organisatie", "560", "565", "570", "575"],
                    ["Resultaat", "-100", "-135", "-170", "-195"]]),
         ("p", "De negatieve resultaten zijn bewust begroot om de reserve terug te brengen naar het niveau van de "
               "signaleringswaarde. Besturen verantwoorden jaarlijks vóór 1 maart de besteding van hun schoolbudget "
               "in een format van het SWV."),
         ("h1", "7 Kwaliteit en resultaten"),
         ("p", "Wat willen we bereiken voor leerlingen die extra ondersteuning nodig hebben? Wij formuleren vier "
               "beoogde resultaten voor 2030: het verwijzingspercentage naar het sbo daalt van 2,4 naar 2,0 "
               "procent; 90 procent van de leerlingen met een arrangement haalt de doelen uit het OPP; de wachttijd "
               "voor de Observatiegroep is korter dan acht weken; en 80 procent van de scholen realiseert alle "
               "twaalf standaarden."),
         ("p", "Wij volgen deze resultaten met een jaarlijkse monitor op peildatum 1 oktober, schoolbezoeken door de "
               "onderwijsconsulenten en een evaluatie van alle arrangementen aan het einde van het schooljaar. De "
               "uitkomsten worden besproken in het algemeen bestuur en opgenomen in het jaarverslag, met een "
               "vergelijking met de landelijke cijfers."),
         ("h1", "8 Samenwerking met gemeenten")] + paras(f["oogo"]) + [
         ("p", "Onderwerpen op de OOGO-agenda zijn onder meer leerlingenvervoer, onderwijshuisvesting en de "
               "aansluiting tussen jeugdhulp en onderwijs. Met de gemeenten is afgesproken dat elke school een vaste "
               "jeugdprofessional heeft."),
         ] + paras(f["vervoer"]) + [
         ("h1", "9 Organisatie en medezeggenschap")] + paras(f["governance"][1:] + f["medezeggenschap"] + f["bureau"]) + [
         ("h1", "10 Communicatie"),
         ("p", "Het samenwerkingsverband communiceert met scholen, besturen en ketenpartners via een tweewekelijkse "
               "nieuwsbrief, het directeurenoverleg en een afgeschermd professionalsportaal. Voor intern begeleiders "
               "is er een digitale kennisbank met formats, handreikingen en voorbeelden van OPP's."),
         ] + paras(f["ict"] + f["personeel"] + f["kennis"]) + [
         ("h1", "11 Terugblik 2022-2026"),
         ("p", "In de vorige planperiode is het bureau verhuisd naar Cuijk en is het digitale Loket in gebruik "
               "genomen. Het aantal bovenschoolse voorzieningen groeide van één naar drie. De samenwerking met het "
               "aangrenzende VO-samenwerkingsverband kreeg vorm in een gezamenlijke werkgroep overstap PO-VO."),
         ] + paras(f["planning"] + f["risico"]) + [
         ("h1", "Bijlage 1 Woordenlijst"),
         ("table", [["Begrip", "Uitleg"],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders terechtkunnen met vragen en "
                     "bij onenigheid met school"],
                    ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders adviseert"],
                    ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het basisonderwijs na afloop "
                     "van de TLV"],
                    ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling niet naar school gaat"],
                    ["Dekkend aanbod", "Voor iedere leerling is een passende plek beschikbaar"],
                    ["Schoolondersteuningsprofiel", "Beschrijving van de ondersteuning die een school biedt"]])]
    return B, "Koersplan passend onderwijs 2026-2030 - Maas en Peel-Noord PO 30-09"


# =============================================================================================
# Plan D - VO, pdf. Veluwe-Zuidrand.
# basis P | plaatsing partial (criteria; procedure only in absent bijlage) |
# terugstroom partial (beleid; procedure deferred) | financien partial (besteding; verdeling deferred) |
# dekkend partial (lacunes; continuum only on website) | resultaten MISSING | ouders P
# =============================================================================================
def plan_d():
    v = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Veluwe-Zuidrand (VO 25-06)", kort="SWV Veluwe-Zuidrand", regio="Veluwe-Zuidrand", scholen="veertien vo-vestigingen, één school voor "
             "praktijkonderwijs en twee vso-scholen; in totaal 17", besturen="zeven", periode="2026-2030",
             oogo="24 februari 2026", buur="PO Veluwezoom (PO 25-05)", fte="10", vastgesteld="17 april 2026",
             opr="9 april 2026")
    f = filler(v)
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs Veluwe-Zuidrand, VO 25-06"),
         ("p", "Vastgesteld door het algemeen bestuur d.d. 17 april 2026"),
         ("pagebreak", None),
         ("h1", "Inhoudsopgave"),
         ("toc", ["Hoofdstuk 1 Algemeen", "Hoofdstuk 2 Uitgangspunten", "Hoofdstuk 3 Basisondersteuning",
                  "Hoofdstuk 4 Toelaatbaarheid vso en pro, aanwijzing lwoo", "Hoofdstuk 5 Terugplaatsing",
                  "Hoofdstuk 6 Thuiszitters en zorgplicht", "Hoofdstuk 7 Ouders en leerlingen",
                  "Hoofdstuk 8 Financieel beleid", "Hoofdstuk 9 Beoogde en bereikte resultaten",
                  "Hoofdstuk 10 Bestuur en organisatie", "Hoofdstuk 11 Slotbepalingen",
                  "Bijlage 3 Procesbeschrijving TLV (separaat)"]),
         ("pagebreak", None),
         ("h1", "Hoofdstuk 1 Algemeen"),
         ("h2", "1.1 Voorwoord")] + paras(f["voorwoord"]) + [
         ("h2", "1.2 Wettelijk kader"),
         ("p", "Dit plan is opgesteld ter uitvoering van artikel 17a van de Wet op het voortgezet onderwijs (thans "
               "artikel 2.47 e.v. WVO 2020). Het plan wordt ten minste eenmaal per vier jaar vastgesteld."),
         ] + paras(f["totstandkoming"]) + [
         ("h2", "1.3 Werkgebied")] + paras(f["regio"]) + [
         ("h1", "Hoofdstuk 2 Uitgangspunten")] + paras(f["visie"] + f["context"]) + [
         ("p", "2.4 Het samenwerkingsverband werkt resultaatgericht en transparant. De leerresultaten van de scholen "
               "worden door de Inspectie beoordeeld en vallen buiten dit plan."),
         ("h1", "Hoofdstuk 3 Basisondersteuning"),
         ("p", "3.1 Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve "
               "interventies dat alle scholen binnen het samenwerkingsverband, op iedere vestiging, ten minste "
               "bieden. Het is de gezamenlijk vastgestelde ondergrens."),
         ("p", "3.2 Tot de basisondersteuning behoren in ieder geval: een ondersteuningscoördinator op iedere "
               "vestiging; een mentor met wekelijks mentoruur; een dyslexiecoach en faciliteiten bij toetsen "
               "(extra tijd, vergrote of voorgelezen teksten); een aanbod gericht op executieve functies en "
               "faalangstreductie; een SEL-training in leerjaar 1; een time-out- en opvangruimte met begeleiding; "
               "afspraken over medisch handelen; en een zorg- en adviesteam dat ten minste zes keer per jaar "
               "bijeenkomt."),
         ("p", "3.3 Scholen leggen de basisondersteuning vast in hun schoolgids. Het samenwerkingsverband "
               "controleert jaarlijks aan de hand van de schoolgidsen en een zelfevaluatie of alle onderdelen "
               "aanwezig zijn en spreekt het bevoegd gezag aan wanneer dat niet het geval is."),
         ("h1", "Hoofdstuk 4 Toelaatbaarheid vso en pro, aanwijzing lwoo"),
         ("p", "4.1 Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs indien: a. de leerling een "
               "ondersteuningsbehoefte heeft die blijkens het OPP de mogelijkheden van de reguliere school, ook met "
               "extra ondersteuning, overstijgt; b. die behoefte voortvloeit uit een langdurige lichamelijke, "
               "verstandelijke of psychiatrische beperking of ernstige gedragsproblematiek; en c. de leerling is "
               "aangewezen op een combinatie van onderwijs, begeleiding en zorg die alleen het vso biedt."),
         ("p", "4.2 Voor de toelaatbaarheid tot het praktijkonderwijs hanteert het samenwerkingsverband de landelijke "
               "criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer "
               "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. Voor de aanwijzing lwoo gelden "
               "eveneens de landelijke criteria; het samenwerkingsverband maakt geen gebruik van opting out."),
         ("p", "4.3 De aanvraagprocedure, de termijnen en de samenstelling van de commissie zijn beschreven in "
               "bijlage 3 'Procesbeschrijving TLV'."),
         ("h1", "Hoofdstuk 5 Terugplaatsing"),
         ("p", "5.1 Het samenwerkingsverband streeft ernaar dat leerlingen in het vso terugkeren naar het reguliere "
               "voortgezet onderwijs wanneer zij zich daar kunnen ontwikkelen. Terugplaatsing vindt alleen plaats "
               "wanneer de ontvangende school de ondersteuning kan bieden die in het OPP staat en de leerling en "
               "ouders achter de overstap staan. Voorrang heeft een school dicht bij huis."),
         ("p", "5.2 Een teruggeplaatste leerling krijgt een terugkeerarrangement: zes maanden ambulante begeleiding "
               "vanuit de vso-school en een vast aanspreekpunt op de nieuwe school. De kosten daarvan draagt het "
               "samenwerkingsverband."),
         ("p", "5.3 Het stappenplan voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt "
               "geëvalueerd en wie besluit - stellen wij in het voorjaar van 2027 vast in overleg met de vso-scholen."),
         ("h1", "Hoofdstuk 6 Thuiszitters en zorgplicht"),
         ("p", "6.1 Een overzicht van het aanbod aan extra ondersteuning en bovenschoolse voorzieningen in de regio "
               "is te vinden op de Aanbodkaart op onze website."),
         ("p", "6.2 Elke leerling die langer dan vier weken thuiszit of dreigt thuis te komen zitten, wordt door de "
               "school gemeld bij het Meldpunt Thuiszitters van het samenwerkingsverband. Het meldpunt registreert de "
               "melding, belegt binnen tien werkdagen een overleg met school, ouders, leerplicht en jeugdhulp en "
               "wijst een procesbegeleider aan. Is er na drie maanden geen passende plek, dan legt de "
               "procesbegeleider de casus voor aan de directeur, die de besturen verzoekt een plek te bieden. "
               "Het meldpunt houdt bij welke ondersteuningsvragen onvervuld blijven; bij "
               "structurele tekorten doet de directeur een voorstel voor nieuw aanbod aan het algemeen bestuur."),
         ("p", "6.3 De zorgplicht van de scholen blijft onverkort van kracht. De school van aanmelding zoekt, als "
               "zij de leerling zelf niet kan plaatsen, in overleg met ouders een andere passende school."),
         ("h1", "Hoofdstuk 7 Ouders en leerlingen"),
         ("p", "7.1 Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden via de website, "
               "via een jaarlijkse informatiebijeenkomst voor ouders van leerlingen in groep 8 en via de folder "
               "'Ondersteuning op het vo' die iedere school bij aanmelding meegeeft. De scholen nemen in hun "
               "schoolgids een verwijzing naar deze informatie op."),
         ("p", "7.2 Voor onafhankelijke ondersteuning kunnen ouders en leerlingen terecht bij het Ouder- en "
               "Jeugdsteunpunt Veluwe-Zuidrand, dat wordt uitgevoerd door een onafhankelijke partij en los staat "
               "van scholen en samenwerkingsverband. Daarnaast kunnen zij een beroep doen op Onderwijsconsulenten. "
               "Klachten kunnen worden ingediend bij de landelijke klachtencommissie waarbij het samenwerkingsverband "
               "is aangesloten."),
         ("p", "7.3 Ouders worden betrokken bij het opstellen en evalueren van het OPP. Leerlingen hebben "
               "hoorrecht."),
         ("h1", "Hoofdstuk 8 Financieel beleid"),
         ("p", "8.1 De verdeelsystematiek wordt in 2026 herijkt. Het algemeen bestuur besluit daarover na advies van "
               "een werkgroep van financieel medewerkers; het nieuwe model wordt daarna aan dit plan toegevoegd."),
         ("p", "8.2 De meerjarenbegroting ziet er als volgt uit (bedragen in euro's):"),
         ("table", [["Post", "2026", "2027", "2028", "2029"],
                    ["Lichte ondersteuning besturen", "3.120.000", "3.090.000", "3.050.000", "3.020.000"],
                    ["Lwoo en pro", "4.480.000", "4.450.000", "4.410.000", "4.380.000"],
                    ["Afdracht vso (DUO)", "3.900.000", "3.960.000", "4.010.000", "4.050.000"],
                    ["Meldpunt Thuiszitters en terugkeerarrangementen", "310.000", "315.000", "320.000", "325.000"],
                    ["Bureau, OPR en governance", "640.000", "650.000", "660.000", "670.000"],
                    ["Totaal lasten", "12.450.000", "12.465.000", "12.450.000", "12.445.000"]]),
         ("p", "8.3 Het weerstandsvermogen bedraagt eind 2025 8 procent van de baten."),
         ("h1", "Hoofdstuk 9 Beoogde en bereikte resultaten"),
         ("p", "9.1 Voor de beoogde en bereikte resultaten verwijzen wij naar het jaarplan en het jaarverslag van het "
               "samenwerkingsverband, die geen deel uitmaken van dit plan."),
         ("h1", "Hoofdstuk 10 Bestuur en organisatie")] + paras(f["governance"] + f["medezeggenschap"] + f["oogo"] +
                                                             f["besturen"] + f["personeel"] + f["kennis"] + f["ict"] + f["vervoer"] + f["bureau"]) + [
         ("h1", "Hoofdstuk 11 Slotbepalingen")] + paras(f["planning"] + f["risico"]) + [
         ("p", "11.3 In gevallen waarin dit plan niet voorziet, beslist de directeur-bestuurder.")]
    return B, "SWV VO Veluwe-Zuidrand - Ondersteuningsplan 2026-2030"


# =============================================================================================
# Plan E - PO, html. Bommelerwaard-Oost.
# basis MISSING | plaatsing P | terugstroom P | financien P | dekkend MISSING |
# resultaten partial (monitoring; doelen deferred) | ouders partial (steunpunt; informatie deferred)
# =============================================================================================
def plan_e():
    v = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Bommelerwaard-Oost (PO 27-05)",
             kort="Bommelerwaard-Oost", regio="Bommelerwaard-Oost", scholen="39 basisscholen en één school voor "
             "speciaal basisonderwijs; in totaal 40", besturen="vijf", periode="2026-2030", oogo="5 maart 2026",
             buur="VO Rivierenland (VO 27-06)", fte="6", vastgesteld="20 april 2026", opr="13 april 2026")
    f = filler(v)
    B = [("title", "Ondersteuningsplan 2026-2030 - webversie"),
         ("toc", ["Home", "Over ons", "Onze visie", "Hoe werkt een TLV?", "Na de TLV: terug naar de basisschool",
                  "Waar gaat het geld naartoe?", "Hoe volgen we onze resultaten?", "Voor ouders",
                  "Organisatie", "Begrippen", "Download de pdf"]),
         ("h1", "Over ons")] + paras(f["voorwoord"] + f["totstandkoming"] + f["regio"]) + [
         ("h1", "Onze visie")] + paras(f["visie"] + f["context"]) + [
         ("p", "Alle scholen in de regio voldoen aan de basiskwaliteit die de Inspectie vraagt. Onze scholen zijn "
               "trots op hun basisonderwijs en werken samen aan sterke basisvaardigheden."),
         ("h1", "Hoe werkt een TLV?"),
         ("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden. Dan kan het bevoegd gezag van de "
               "school een toelaatbaarheidsverklaring (TLV) aanvragen voor de school voor speciaal basisonderwijs "
               "De Waard of voor een so-school buiten de regio. Dat gaat zo:"),
         ("numbered", ["De intern begeleider bespreekt de leerling in het ondersteuningsteam, met ouders erbij. "
                       "Ouders geven schriftelijk hun zienswijze op de aanvraag.",
                       "De school stuurt het aanvraagformulier, het OPP en het onderwijskundig rapport naar de "
                       "TLV-commissie van Bommelerwaard-Oost.",
                       "Een orthopedagoog en een tweede deskundige (kinderpsycholoog, jeugdarts of maatschappelijk "
                       "werker) geven ieder een eigen schriftelijk advies. Zij zijn niet bij de leerling betrokken "
                       "geweest.",
                       "De TLV-commissie besluit binnen vier weken, in de zomervakantie binnen zes weken. Ouders "
                       "krijgen een kopie van de adviezen en het besluit."]),
         ("p", "De commissie geeft een TLV voor het sbo af als de school met het OPP aantoont dat de leerling "
               "een jaar lang planmatig extra ondersteuning heeft gekregen, dat de doelen uit het OPP niet worden "
               "gehaald en dat de leerling is aangewezen op een kleine groep met een specialistische aanpak. Een TLV "
               "voor het so volgt als daarnaast sprake is van een ernstige lichamelijke of verstandelijke beperking, "
               "langdurige ziekte of ernstige gedragsproblematiek waarvoor zorg in de school nodig is."),
         ("p", "Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken. Het bestuur vraagt "
               "dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("h1", "Na de TLV: terug naar de basisschool"),
         ("p", "Wij vinden dat een kind zo kort als nodig en zo thuisnabij mogelijk in het speciaal onderwijs "
               "zit. Terugplaatsing naar een basisschool is het doel zodra de leerling daar met ondersteuning "
               "tot ontwikkeling kan komen. Voorwaarde is dat de ontvangende basisschool de ondersteuning uit het "
               "OPP kan waarmaken. De ontvangende school krijgt daarvoor gedurende een jaar een "
               "terugplaatsingsbudget van € 4.000 en begeleiding door een ambulant begeleider van De Waard."),
         ("p", "Elk jaar in januari bespreekt De Waard of de so-school met ouders en de consulent van het SWV of "
               "terugplaatsing mogelijk is. In het laatste jaar van de TLV doet de speciale school vóór 1 maart een "
               "voorstel aan de TLV-commissie. De commissie besluit vóór 15 april over een nieuwe TLV of over "
               "terugplaatsing. Na terugplaatsing volgt na drie en na zes maanden een evaluatie met ouders en "
               "beide scholen."),
         ("h1", "Waar gaat het geld naartoe?"),
         ("p", "Het samenwerkingsverband krijgt geld van het Rijk voor ondersteuning. Na aftrek van de afdrachten "
               "voor het so en het sbo verdeelt het algemeen bestuur het restant. Elke school krijgt een schoolbudget "
               "van € 8.500 vaste voet plus € 118 per leerling (telling 1 oktober). Scholen met meer dan 20 procent "
               "leerlingen met een laag opleidingsniveau van ouders ontvangen daarbovenop € 40 per leerling. "
               "Het schoolbudget wordt jaarlijks vóór 1 augustus betaald aan het bestuur. Het bestuur verantwoordt "
               "de besteding in zijn jaarverslag."),
         ("table", [["Begroting (€)", "2026", "2027", "2028", "2029"],
                    ["Ondersteuningsbekostiging", "6.210.000", "6.180.000", "6.140.000", "6.100.000"],
                    ["Afdrachten sbo en so", "2.640.000", "2.660.000", "2.680.000", "2.700.000"],
                    ["Schoolbudgetten", "2.890.000", "2.860.000", "2.830.000", "2.790.000"],
                    ["Terugplaatsingsbudgetten", "48.000", "52.000", "56.000", "60.000"],
                    ["TLV-commissie en bureau", "520.000", "530.000", "540.000", "550.000"],
                    ["Saldo", "112.000", "78.000", "34.000", "0"]]),
         ("h1", "Hoe volgen we onze resultaten?"),
         ("p", "Welke resultaten wij willen bereiken voor leerlingen met extra ondersteuning, formuleren wij elk jaar "
               "opnieuw in het jaarplan. Voor de planperiode als geheel stellen wij nog geen doelen vast."),
         ("p", "Wel weten we hoe we meten. Jaarlijks op 1 oktober verzamelen wij het aantal TLV's, het "
               "deelnamepercentage sbo en so, de doorlooptijd van aanvragen en het aantal terugplaatsingen. Deze "
               "cijfers bespreken wij in juni met het algemeen bestuur en de OPR en publiceren wij in het "
               "jaarverslag. In 2024-2025 was het deelnamepercentage sbo 2,1 procent en werden 9 leerlingen "
               "teruggeplaatst."),
         ("h1", "Voor ouders"),
         ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, werken wij uit in het "
               "communicatieplan 2026-2027."),
         ("p", "Heeft u vragen of bent u het niet eens met de school of met ons? Dan kunt u terecht bij het "
               "onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland (telefonisch en op afspraak) of bij "
               "Onderwijsconsulenten. Komt u er samen niet uit, dan kunt u een klacht indienen bij de landelijke "
               "klachtencommissie of naar de Geschillencommissie passend onderwijs."),
         ("h1", "Organisatie")] + paras(f["governance"] + f["besturen"] + f["medezeggenschap"] + f["oogo"] + f["personeel"] + f["kennis"] +
                                     f["ict"] + f["vervoer"] + f["bureau"] + f["risico"] + f["planning"]) + [
         ("h1", "Over deze webversie"),
         ("p", "Deze webversie bevat de volledige tekst van het ondersteuningsplan 2026-2030 zoals het algemeen "
               "bestuur het heeft vastgesteld. De opmaak wijkt af van de pdf-versie; bij verschillen is de door het "
               "bestuur vastgestelde pdf leidend. De pagina's worden niet tussentijds gewijzigd zonder dat dit "
               "onderaan de pagina wordt vermeld. Wijzigingen van het plan worden pas doorgevoerd nadat de OPR "
               "daarmee heeft ingestemd."),
         ("p", "Wij vinden het belangrijk dat iedereen deze tekst kan lezen. De website is getest met "
               "schermlezers en voldoet aan de toegankelijkheidsrichtlijnen. Loopt u toch tegen een probleem aan, "
               "laat het ons weten via het contactformulier. Wij gebruiken alleen functionele cookies en verzamelen "
               "geen persoonsgegevens via deze pagina's. Onze privacyverklaring staat onderaan iedere pagina."),
         ("p", "De tekst van het plan is geschreven in de wij-vorm. Met 'wij' bedoelen we het samenwerkingsverband: "
               "de vijf schoolbesturen samen, vertegenwoordigd door de directeur-bestuurder. Waar we 'de school' "
               "schrijven, bedoelen we de school waar een leerling is ingeschreven. Waar in de tekst wordt verwezen "
               "naar formulieren, zijn die te vinden in het professionalsportaal. Een gedrukte versie van dit plan "
               "is op aanvraag verkrijgbaar bij het bureau. De pdf-versie kunt u downloaden via de knop bovenaan."),
         ("h1", "Contact"),
         ("p", "Bureau Samenwerkingsverband Bommelerwaard-Oost, Kerkstraat 12, Zaltbommel. Telefonisch bereikbaar "
               "op werkdagen van 8.30 tot 16.30 uur. Voor scholen is er een apart professionalsportaal met "
               "formulieren en handreikingen."),
         ("h1", "Begrippen"),
         ("bullets", ["Arrangement: een pakket extra ondersteuning voor een leerling of groep.",
                      "Basisondersteuning: wat iedere school in de regio minimaal biedt.",
                      "Dekkend aanbod: er is voor ieder kind een passende plek.",
                      "Thuiszitter: een kind dat niet naar school gaat zonder vrijstelling.",
                      "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en kinderen."])]
    return B, "Ondersteuningsplan 2026-2030 - SWV Bommelerwaard-Oost PO 27-05"


# =============================================================================================
# F - near miss: a school's own "ondersteuningsplan" (school level), docx
# =============================================================================================
def near_miss():
    B = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "OBS De Klimop, Zaltbommel - onderdeel van Stichting Openbaar Onderwijs Rivierland"),
         ("h1", "Inhoud"),
         ("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Basisondersteuning op De Klimop",
                  "4 Extra ondersteuning en het samenwerkingsverband", "5 Ouders", "6 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Klimop de ondersteuning aan haar leerlingen "
               "organiseert. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders en wordt elk "
               "schooljaar door de intern begeleider geactualiseerd. Het vormt samen met het "
               "schoolondersteuningsprofiel en de schoolgids de basis van ons handelen."),
         ("p", "De Klimop telt 212 leerlingen in negen groepen. De school is aangesloten bij het "
               "samenwerkingsverband passend onderwijs in de regio. De afspraken van het samenwerkingsverband "
               "staan in het ondersteuningsplan van het samenwerkingsverband; dit schoolplan is daar een "
               "uitwerking van op schoolniveau."),
         ("h1", "2 Onze ondersteuningsstructuur"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed lesgeven in de groep. Niveau 2 is extra "
               "instructie en begeleiding door de leerkracht. Niveau 3 is specifieke ondersteuning na overleg met "
               "de intern begeleider. Niveau 4 is ondersteuning met inzet van externe deskundigen. Niveau 5 is "
               "verwijzing naar het speciaal (basis)onderwijs."),
         ("p", "Drie keer per jaar zijn er groepsbesprekingen tussen leerkracht en intern begeleider, na de "
               "toetsperiodes van oktober, februari en juni. Tussendoor zijn er leerlingbesprekingen wanneer een "
               "leerkracht zich zorgen maakt. Het ondersteuningsteam (OT) komt zes keer per jaar bijeen; daarin "
               "zitten de intern begeleider, de directeur, de schoolmaatschappelijk werker en op afroep de "
               "consulent van het samenwerkingsverband."),
         ("p", "De intern begeleider is drie dagen per week beschikbaar. Zij coördineert de leerlingenzorg, "
               "begeleidt leerkrachten bij het opstellen van groepsplannen en onderhoudt contacten met externe "
               "partners zoals de logopedist, de jeugdverpleegkundige en het wijkteam."),
         ("h1", "3 Basisondersteuning op De Klimop"),
         ("p", "Op De Klimop bieden wij de basisondersteuning die binnen het samenwerkingsverband is afgesproken. "
               "Concreet betekent dat onder meer: een dyslexieprotocol, een aanbod voor meer- en hoogbegaafde "
               "leerlingen in de Klimopklas op woensdagochtend, de Kanjertraining in alle groepen en een protocol "
               "medisch handelen. Leerlingen met een taalachterstand krijgen in groep 1 tot en met 4 extra "
               "woordenschatonderwijs."),
         ("p", "Leerlingen die op één of meer vakgebieden een eigen leerlijn volgen, krijgen een "
               "ontwikkelingsperspectief (OPP). Het OPP wordt twee keer per jaar met ouders besproken."),
         ("h1", "4 Extra ondersteuning en het samenwerkingsverband"),
         ("p", "Wanneer de ondersteuning van de school niet voldoende is, vraagt de intern begeleider een "
               "arrangement aan bij het samenwerkingsverband. Het samenwerkingsverband kent middelen toe voor een "
               "individueel arrangement of voor begeleiding door een ambulant begeleider. In schooljaar 2024-2025 "
               "hadden vier leerlingen een arrangement."),
         ("p", "Soms is een speciale school de beste plek. Dan vraagt de directeur namens het bestuur een "
               "toelaatbaarheidsverklaring (TLV) aan bij de TLV-commissie van het samenwerkingsverband. De school "
               "bereidt het dossier voor; de commissie beslist. Na plaatsing op de sbo-school houden wij contact "
               "en bekijken we samen of de leerling later kan terugkeren. Vorig schooljaar is één leerling "
               "verwezen naar het sbo."),
         ("h1", "5 Ouders"),
         ("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de nieuwsbrief "
               "en de website over de ondersteuning op De Klimop. Bij zorgen over een kind nodigen we ouders direct "
               "uit voor een gesprek. Ouders zijn altijd welkom bij het OT-overleg over hun kind."),
         ("p", "Heeft u een klacht, dan bespreekt u die eerst met de leerkracht of de directeur. Komt u er niet "
               "uit, dan kunt u contact opnemen met de vertrouwenspersoon van het bestuur of met Onderwijsconsulenten."),
         ("h1", "6 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders en leerlingen"],
                    ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari/februari", "Midden-toetsen, OPP-evaluatie"],
                    ["Februari", "Groepsbesprekingen ronde 2"], ["Juni", "Groepsbesprekingen ronde 3, overdracht"],
                    ["Juli", "Evaluatie ondersteuningsplan door IB en team"]]),
         ("p", "Dit plan is besproken met het team op 2 september 2025 en ter kennisname voorgelegd aan de "
               "medezeggenschapsraad.")]
    return B


def main():
    a, ha = plan_a()
    write_docx(a, OUT / "po-waterlinie-lek-op2026.docx", ha, "Calibri")
    b, hb = plan_b()
    write_docx(b, OUT / "vo-gouwe-rijnstreek-op2026.docx", hb, "Arial")
    c, hc = plan_c()
    docx_to_pdf(c, OUT / "po-maas-peel-noord-koersplan.pdf", hc, "Cambria")
    d, hd = plan_d()
    docx_to_pdf(d, OUT / "vo-veluwe-zuidrand-op2026.pdf", hd, "Times New Roman")
    e, he = plan_e()
    write_html(e, OUT / "po-bommelerwaard-oost-op2026.html", he)
    write_docx(near_miss(), OUT / "nm-obs-de-klimop-schoolondersteuningsplan.docx",
               "OBS De Klimop - ondersteuningsplan school", "Calibri")


if __name__ == "__main__":
    main()
