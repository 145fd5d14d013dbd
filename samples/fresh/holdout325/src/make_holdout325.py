#!/usr/bin/env python3
"""Generate holdout set 325: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Shared filler (must not address any criterion; passing mentions of element words are deliberate)
# ---------------------------------------------------------------------------------------------

def filler(name, region, period, sector):
    leerl = "leerlingen van vmbo, havo, vwo, praktijkonderwijs en vso" if sector == "vo" else \
        "leerlingen van de basisscholen, de sbo-scholen en het so"
    return {
        "voorwoord": [
            f"Voor u ligt het ondersteuningsplan {period} van {name}. Dit plan is tot stand gekomen in een periode waarin veel "
            f"is gebeurd: de nasleep van de coronajaren, het lerarentekort en een groeiende vraag naar passende plekken voor "
            f"{leerl}. Het plan is het resultaat van vele gesprekken met schoolleiders, intern begeleiders, "
            f"ondersteuningscoördinatoren, ouders, gemeenten en partners in de regio {region}.",
            "Wij hebben gekozen voor een plan dat leesbaar is en dat richting geeft. Niet alles staat erin; het is een plan "
            "dat de koers bepaalt en dat we jaarlijks in ons jaarplan vertalen naar activiteiten. Waar middelen, "
            "arrangementen of toelaatbaarheid ter sprake komen, willen we helder zijn over wie wat doet.",
            "Graag bedank ik iedereen die heeft meegedacht. In het bijzonder dank ik de leden van de ondersteuningsplanraad "
            "voor hun kritische en constructieve bijdrage, en de medewerkers van het bureau voor het vele schrijfwerk. "
            "Samen zorgen we ervoor dat elke leerling telt.",
            "Namens het bestuur, de directeur-bestuurder",
        ],
        "visie": [
            "Wij geloven dat iedere jongere recht heeft op onderwijs dat past bij wie hij of zij is en wat hij of zij nodig "
            "heeft. Dat vraagt om scholen die met elkaar verbonden zijn, die van elkaar leren en die elkaar aanspreken. "
            "Inclusiever onderwijs is voor ons geen modewoord maar een opdracht die we stap voor stap willen waarmaken.",
            "Onze missie is kort: samen zorgen voor een passende plek voor iedere leerling, zo dicht mogelijk bij huis. "
            "Daarbij staan drie kernwaarden centraal: vertrouwen, eigenaarschap en verbinding. Vertrouwen betekent dat "
            "we uitgaan van de professionaliteit van de scholen. Eigenaarschap betekent dat de school die een leerling "
            "inschrijft zich verantwoordelijk voelt. Verbinding betekent dat we de samenwerking met jeugdhulp, leerplicht "
            "en gemeenten zoeken wanneer dat nodig is.",
            "Onze ambities voor de komende periode zijn: de ondersteuning dichter bij de klas brengen, minder bureaucratie, "
            "meer aandacht voor het welbevinden van leerlingen en een sterkere positie van de leraar. Deze ambities vormen "
            "de rode draad door dit plan. Ze zijn bewust breed geformuleerd, zodat scholen er hun eigen invulling aan "
            "kunnen geven.",
            "De visie is in het voorjaar tijdens twee studiemiddagen met schoolleiders besproken en aangescherpt. Daarbij "
            "werd duidelijk dat scholen veel waarde hechten aan ruimte voor eigen keuzes, maar ook aan heldere "
            "gezamenlijke afspraken waar dat nodig is.",
        ],
        "governance": [
            f"{name} is een stichting. De schoolbesturen die scholen in de regio {region} in stand houden, zijn aangesloten. "
            "Het bestuur van de stichting is ingericht volgens het model van een raad van toezicht en een "
            "directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
            "aangesloten schoolbesturen en twee onafhankelijke leden. De directeur-bestuurder is belast met de dagelijkse "
            "leiding en vertegenwoordigt de stichting.",
            "De raad van toezicht werkt met een toezichtkader en een jaarlijkse zelfevaluatie. De code goed bestuur van de "
            "sectorraad is van toepassing. Eens per jaar vindt een gesprek plaats tussen de raad van toezicht en de "
            "ondersteuningsplanraad. De scheiding tussen bestuur en toezicht is in de statuten vastgelegd.",
            "Naast de formele organen kent het verband een directeurenoverleg, waarin de schoolleiders viermaal per jaar "
            "bijeenkomen, en een netwerk van ondersteuningscoördinatoren dat maandelijks bijeenkomt. Deze overleggen "
            "hebben een adviserende rol richting de directeur-bestuurder.",
            "De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen. Tot nu toe is daar geen "
            "gebruik van gemaakt.",
        ],
        "opr": [
            "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR is in een vroeg "
            "stadium betrokken bij het schrijfproces: in drie werksessies zijn de hoofdlijnen besproken en is de "
            "conceptversie hoofdstuk voor hoofdstuk doorgenomen. De OPR heeft op het definitieve concept ingestemd in "
            "de vergadering van 2 april 2025.",
            "De OPR heeft een eigen huishoudelijk reglement en een jaarplanning. De raad wordt ondersteund door een "
            "ambtelijk secretaris. Scholingskosten van de OPR worden door het verband gedragen.",
        ],
        "oogo": [
            "Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten in "
            f"de regio {region}. Het OOGO vond plaats op 18 maart 2025. De gemeenten hebben aangegeven zich te kunnen "
            "vinden in de hoofdlijnen. Het verslag van het OOGO is bij het bestuursbesluit gevoegd.",
            "Het plan is vervolgens op 15 april 2025 door het bestuur vastgesteld en voor 1 mei 2025 aan de inspectie "
            "toegezonden.",
        ],
        "personeel": [
            "Het bureau van het verband telt ruim twintig medewerkers: een directeur-bestuurder, een controller, een "
            "beleidsmedewerker, een office manager, orthopedagogen, psychologen en consulenten. Het personeelsbeleid is "
            "gericht op duurzame inzetbaarheid. Alle medewerkers hebben jaarlijks een gesprekscyclusgesprek.",
            "Het lerarentekort raakt ook de ondersteuning. Ambulant begeleiders en gedragsspecialisten zijn schaars. We "
            "investeren daarom in scholing van eigen personeel en werken samen met de lerarenopleidingen in de regio. "
            "Voor medewerkers die in dienst zijn van de besturen maar voor het verband werken, gelden detacheringsafspraken.",
            "De gevolgen van dit plan voor het personeel van het bureau zijn beperkt. Er vinden geen reorganisaties plaats. "
            "Waar taken verschuiven, gebeurt dat in overleg met de betrokken medewerkers.",
        ],
        "ict": [
            "Het verband werkt met een digitaal aanmeldsysteem waarin scholen hun aanvragen indienen. Het systeem is "
            "gekoppeld aan de leerlingadministratie van de scholen. Voor de uitwisseling van persoonsgegevens gelden de "
            "regels van de AVG. Er is een privacyreglement en een functionaris gegevensbescherming.",
            "Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor de wettelijke "
            "taken. Dossiers worden na afloop van de bewaartermijn vernietigd. Medewerkers hebben alleen toegang tot de "
            "gegevens die zij voor hun werk nodig hebben.",
            "In de planperiode vervangen we de huidige website door een nieuwe, toegankelijke site. De oplevering is "
            "voorzien in het voorjaar van 2026.",
        ],
        "planning": [
            "Het plan loopt van 1 augustus 2025 tot en met 31 juli 2029. Jaarlijks stelt het bestuur een jaarplan en een "
            "begroting vast. Halverwege de planperiode vindt een tussentijdse bespreking plaats met de OPR en de "
            "directeuren. Als de omstandigheden daartoe aanleiding geven, kan het plan tussentijds worden gewijzigd; "
            "daarbij worden dezelfde procedures gevolgd als bij de vaststelling.",
            "De belangrijkste momenten in de jaarcyclus zijn: vaststelling jaarplan (juli), vaststelling begroting "
            "(december), jaarverslag (juni) en de bijeenkomst met alle intern begeleiders en ondersteuningscoördinatoren "
            "(oktober).",
        ],
        "kengetallen": [
            f"De regio {region} is een gebied met zowel stedelijke kernen als landelijke dorpen. De leerlingaantallen "
            "dalen licht, vooral in de kleinere kernen. Voor sommige scholen betekent dat een uitdaging om een volledig "
            "aanbod in stand te houden. Tegelijk groeit de diversiteit van de leerlingpopulatie.",
            "De sociaaleconomische verschillen binnen de regio zijn groot. In enkele wijken is het aandeel jongeren dat "
            "jeugdhulp ontvangt bovengemiddeld. Ook het aantal nieuwkomers is de afgelopen jaren toegenomen. Dat vraagt "
            "iets van de scholen en van het verband.",
        ],
    }


EXTRA = {
    "Terugblik op de vorige planperiode": [
        "De vorige planperiode stond in het teken van de overgang naar een nieuwe organisatie. Het bureau verhuisde, "
        "er kwam een nieuwe directeur-bestuurder en de overlegstructuur werd vereenvoudigd. Achteraf kunnen we "
        "zeggen dat die veranderingen meer tijd vroegen dan verwacht. Veel energie ging naar het inrichten van "
        "werkprocessen, het opstellen van reglementen en het leren kennen van elkaar.",
        "In de gesprekken die we ter voorbereiding van dit plan voerden, kwamen steeds dezelfde thema's terug: de "
        "wens om minder formulieren in te vullen, de behoefte aan meer tijd voor overleg in de school, de zorg over "
        "het tekort aan specialisten en het verlangen naar meer eenduidigheid in de taal die we gebruiken. Die "
        "thema's hebben we meegenomen bij het schrijven.",
        "Ook leerden we dat een plan pas gaat leven als mensen zich erin herkennen. Daarom hebben we dit keer "
        "gekozen voor een kortere tekst, met voorbeelden uit de praktijk en een heldere hoofdstukindeling. De "
        "reacties op de eerste versie waren positief; de suggesties van lezers zijn zoveel mogelijk verwerkt.",
        "Tot slot: niet alles wat we ons vier jaar geleden voornamen, is gelukt. Sommige voornemens bleken te "
        "ambitieus, andere werden ingehaald door de actualiteit. Dat is geen reden om minder ambitieus te zijn, wel "
        "om scherper te kiezen.",
    ],
    "Professionalisering en kennisdeling": [
        "Kennis over ondersteuning zit vooral in de hoofden van mensen. We willen die kennis beter delen. Daarom "
        "organiseren we leernetwerken voor mentoren, ondersteuningscoördinatoren en teamleiders. Elk netwerk komt "
        "vier keer per jaar bijeen rond een thema dat de deelnemers zelf kiezen, zoals executieve functies, "
        "angstklachten, schoolverzuim in het algemeen of het voeren van moeilijke gesprekken.",
        "Daarnaast is er een jaarlijkse studiedag voor alle medewerkers die met ondersteuning te maken hebben. De "
        "studiedag van 2024 had als thema 'de kracht van de klas' en werd door ruim driehonderd deelnemers bezocht. "
        "Sprekers uit de praktijk en de wetenschap lieten zien hoe kleine aanpassingen in de klas een groot "
        "verschil kunnen maken.",
        "Het bureau stelt een scholingsaanbod samen waaruit scholen kunnen kiezen. Het aanbod is modulair en kan "
        "op locatie worden verzorgd. Scholen betalen een eigen bijdrage. We werken daarbij samen met hogescholen en "
        "met ervaren trainers uit de regio. Nieuwe medewerkers krijgen een inwerkprogramma van drie bijeenkomsten.",
    ],
    "Aansluiting op vervolgonderwijs en arbeidsmarkt": [
        "Een goede overstap naar vervolgonderwijs of werk is belangrijk voor alle leerlingen. De scholen werken "
        "samen met het mbo in de regio aan doorlopende leerlijnen en aan loopbaanoriëntatie. Leerlingen lopen stage "
        "bij bedrijven in de buurt en maken kennis met beroepen tijdens beroepenmarkten en open dagen.",
        "Het regionaal platform onderwijs en arbeidsmarkt brengt scholen, werkgevers en gemeenten bij elkaar. Het "
        "verband neemt deel aan dit platform als toehoorder. De afspraken over stages en begeleiding worden door de "
        "scholen zelf gemaakt.",
        "We zien dat de overgang naar het mbo voor sommige jongeren lastig is. Het verband draagt bij aan de "
        "regionale werkgroep die zich daarmee bezighoudt en deelt kennis over goede praktijken tijdens de "
        "leernetwerken.",
    ],
    "Leerlingen aan het woord": [
        "We vinden het belangrijk om de stem van leerlingen te horen. In de voorbereiding van dit plan spraken we "
        "met een leerlingenpanel van twaalf jongeren van verschillende scholen. Zij vertelden wat hen helpt: een "
        "docent die tijd neemt, een rustige plek om te werken, duidelijke afspraken en niet steeds opnieuw je "
        "verhaal hoeven te doen.",
        "Het leerlingenpanel blijft ook na het verschijnen van dit plan bestaan. Het komt twee keer per jaar bijeen "
        "en adviseert de directeur-bestuurder gevraagd en ongevraagd. De panelleden ontvangen een kleine "
        "vergoeding en een certificaat.",
        "Ook binnen de scholen zijn er leerlingenraden. We moedigen scholen aan om thema's rond ondersteuning en "
        "welbevinden op de agenda van die raden te zetten.",
    ],
    "Externe ontwikkelingen": [
        "Het onderwijs staat de komende jaren voor grote opgaven. Het lerarentekort houdt aan, de leerlingaantallen "
        "dalen in een groot deel van het land en de maatschappelijke verwachtingen van scholen nemen toe. Tegelijk "
        "is er landelijke aandacht voor inclusiever onderwijs, met de verbeteraanpak passend onderwijs als kader. "
        "Die aanpak bevat een reeks maatregelen die de komende jaren hun beslag krijgen, zoals de wettelijke "
        "verankering van afspraken, nieuwe regels voor medezeggenschap en een andere inrichting van het toezicht.",
        "De inspectie heeft in haar Staat van het Onderwijs opnieuw gewezen op de kansenongelijkheid en op de "
        "afnemende basisvaardigheden. Die signalen nemen wij serieus. Ze raken niet alleen de scholen, maar ook de "
        "wijze waarop wij als verband onze rol invullen.",
        "Ook de arbeidsmarkt voor jeugdprofessionals is krap. Wachttijden in de jeugdzorg zijn in de hele regio "
        "lang. Dat heeft gevolgen voor de scholen, die vaker dan vroeger leerlingen opvangen die eigenlijk elders "
        "hulp nodig hebben. Wij volgen de landelijke discussies hierover met aandacht en brengen onze ervaringen in "
        "via de sectororganisaties.",
        "Digitalisering biedt kansen en risico's. Adaptieve leermiddelen kunnen helpen om onderwijs beter af te "
        "stemmen op verschillen, maar vragen ook om kritische keuzes en om aandacht voor privacy. Het verband volgt "
        "de ontwikkelingen en deelt kennis, maar maakt geen keuzes voor de scholen.",
    ],
    "Wet- en regelgeving": [
        "Dit plan is opgesteld op grond van de wettelijke bepalingen over samenwerkingsverbanden en het "
        "ondersteuningsplan. De wet schrijft voor welke onderwerpen het plan in elk geval moet bevatten, dat het plan "
        "ten minste eens in de vier jaar wordt vastgesteld, dat daarover overleg wordt gevoerd met de gemeenten en "
        "dat de ondersteuningsplanraad instemt. Het plan wordt na vaststelling toegezonden aan de inspectie.",
        "Tijdens de planperiode treden mogelijk nieuwe wetten in werking. Waar dat gevolgen heeft voor dit plan, "
        "passen wij het plan aan volgens de gebruikelijke procedure. Kleine wijzigingen die alleen de uitvoering "
        "betreffen, leggen wij vast in het jaarplan.",
        "Voor de verwerking van persoonsgegevens gelden de Algemene verordening gegevensbescherming en de "
        "bijzondere bepalingen uit de onderwijswetten. Het verband heeft daarvoor een privacyreglement, een "
        "register van verwerkingen en verwerkersovereenkomsten met leveranciers.",
    ],
    "Overgang tussen primair en voortgezet onderwijs": [
        "De overstap van de basisschool naar de middelbare school is voor iedere leerling een grote stap. In de "
        "regio bestaat al jaren een overstapprocedure met een gezamenlijke kalender: het schooladvies wordt voor 1 "
        "maart gegeven, de aanmelding vindt plaats in de tweede helft van maart en in april en mei vinden de "
        "warme overdrachtsgesprekken plaats. Het verband coördineert de kalender en verzorgt de jaarlijkse "
        "bijeenkomst van basisscholen en middelbare scholen in juni.",
        "Tijdens die bijeenkomst wisselen leraren van groep 8 en mentoren van klas 1 ervaringen uit. Welke "
        "informatie helpt echt, welke formulieren kunnen korter, hoe zorgen we dat een leerling niet opnieuw moet "
        "beginnen? De uitkomsten worden gedeeld met de scholen en met het samenwerkingsverband aan de andere kant "
        "van de overstap. De twee verbanden overleggen daarnaast twee keer per jaar op directieniveau.",
        "We merken dat de overstap voor leerlingen die kwetsbaar zijn extra aandacht vraagt. Scholen nemen daarom "
        "de tijd voor kennismaking, bijvoorbeeld met een extra bezoek aan de nieuwe school of een vaste "
        "contactpersoon in de eerste weken. Dat zijn afspraken die scholen onderling maken; het verband faciliteert "
        "waar dat gewenst is, bijvoorbeeld door het beschikbaar stellen van ruimte en het verzorgen van de "
        "uitnodigingen.",
        "De overstapprocedure wordt ieder jaar geactualiseerd. Wijzigingen worden uiterlijk in oktober bekendgemaakt "
        "aan de scholen.",
    ],
    "Huisvesting, duurzaamheid en integriteit": [
        "Het bureau is gehuisvest in een gerenoveerd schoolgebouw, dat we delen met twee andere maatschappelijke "
        "organisaties. Het gebouw is energiezuinig en goed bereikbaar met het openbaar vervoer. Medewerkers werken "
        "deels thuis; daarvoor geldt een thuiswerkregeling.",
        "Wij hechten aan integer handelen. Er is een integriteitscode voor alle medewerkers en leden van bestuur en "
        "toezicht, een regeling nevenfuncties en een vertrouwenspersoon voor medewerkers. Jaarlijks bespreken we in "
        "het team een dilemma uit de praktijk.",
        "Bij inkoop letten we op duurzaamheid en op maatschappelijk verantwoord ondernemen. Reizen tussen scholen "
        "gebeurt zoveel mogelijk met de fiets of het openbaar vervoer.",
    ],
}


GLOSSARY = [
    ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden."),
    ("Arrangement", "een samenhangend pakket van extra ondersteuning voor een leerling of groep."),
    ("Dekkend aanbod", "een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen."),
    ("OOGO", "op overeenstemming gericht overleg met de gemeenten."),
    ("OPR", "ondersteuningsplanraad."),
    ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jongeren."),
    ("TLV", "toelaatbaarheidsverklaring voor het (v)so."),
    ("Terugplaatsing", "de overstap van een leerling van het (v)so naar het regulier onderwijs."),
    ("Meerjarenbegroting", "begroting voor meerdere jaren."),
    ("Resultaten", "de beoogde en bereikte resultaten van het onderwijs aan leerlingen met een ondersteuningsbehoefte."),
]

# ---------------------------------------------------------------------------------------------
# Document model: list of blocks: ("h1"|"h2"|"p"|"li"|"table", payload)
# ---------------------------------------------------------------------------------------------

def sec(blocks, title, paras, level="h1"):
    blocks.append((level, title))
    for p in paras:
        if isinstance(p, tuple):
            blocks.append(p)
        else:
            blocks.append(("p", p))


def toc(blocks, titles):
    blocks.append(("h1", "Inhoudsopgave"))
    for i, t in enumerate(titles, 1):
        blocks.append(("p", f"{i}. {t} .......... {3 + 2 * i}"))


def glossary(blocks, title="Begrippenlijst", extra=True):
    if extra:
        for t, paras in EXTRA.items():
            sec(blocks, t, paras, "h1")
    blocks.append(("h1", title))
    for k, v in GLOSSARY:
        blocks.append(("p", f"{k}: {v}"))


def write_docx(blocks, path, header=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, payload in blocks:
        if kind == "title":
            d.add_heading(payload, 0)
        elif kind == "h1":
            d.add_heading(payload, 1)
        elif kind == "h2":
            d.add_heading(payload, 2)
        elif kind == "li":
            d.add_paragraph(payload, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
        else:
            d.add_paragraph(payload)
    d.core_properties.author = "holdout325"
    d.save(str(path))


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", "<html lang=\"nl\"><head><meta charset=\"utf-8\">", f"<title>{html.escape(title)}</title>",
           "</head><body>", "<header><nav>Home | Over ons | Ondersteuningsplan | Contact</nav></header>", "<main>"]
    inlist = False
    for kind, payload in blocks:
        if kind != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if kind == "title":
            out.append(f"<h1>{html.escape(payload)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(payload)}</h3>")
        elif kind == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{html.escape(payload)}</li>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for r, row in enumerate(payload):
                tag = "th" if r == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in row) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{html.escape(payload)}</p>")
    if inlist:
        out.append("</ul>")
    out += ["</main>", "<footer>&copy; 2025 | privacyverklaring | cookies</footer>", "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout325_"))
    try:
        prof = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(docx_path.with_suffix(".pdf")))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, payload in blocks:
        if kind == "table":
            n += sum(len(str(v).split()) for row in payload for v in row)
        else:
            n += len(payload.split())
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, docs, sector, false_crits, adv, notes):
    crit = {c: (c not in false_crits) for c in CORE}
    elements = {e: status(crit, adv, e) for e in ELEMS}
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMS:
        if adv.get(e):
            lines.append(f"  {e}: [{', '.join(adv[e])}]")
    lines.append("notes:")
    for e in ELEMS:
        lines.append(f"  {e}: {yaml.safe_dump(notes[e], allow_unicode=True, default_style=chr(34), width=10**6).strip()}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elements


# ---------------------------------------------------------------------------------------------
# Plan 1: large VO verband, docx
# ---------------------------------------------------------------------------------------------

def plan1():
    name, region, period = "Samenwerkingsverband VO Rivierenland-Oost (VO 26-04)", "Rivierenland-Oost", "2025-2029"
    f = filler(name, region, period, "vo")
    chapters = ["Voorwoord", "Visie en missie", "Ons verband in cijfers", "Basisondersteuning en extra ondersteuning",
                "Toelaatbaarheid vso, lwoo en pro", "Van vso naar regulier", "Het ondersteuningsaanbod in de regio",
                "Communicatie", "Geld en middelen", "Organisatie en governance", "Medezeggenschap en OOGO",
                "Personeel", "ICT en privacy", "Planning en evaluatie", "Afkortingenlijst"]
    b = [("title", "Ondersteuningsplan 2025-2029"), ("p", name), ("p", "Vastgesteld door het bestuur op 15 april 2025")]
    toc(b, chapters)
    sec(b, "1. Voorwoord", f["voorwoord"])
    sec(b, "2. Visie en missie", f["visie"])
    sec(b, "3. Ons verband in cijfers", f["kengetallen"] + [
        "Bij het verband zijn elf schoolbesturen aangesloten met samen 27 scholen voor voortgezet onderwijs, twee "
        "scholen voor praktijkonderwijs en drie vso-locaties. Op 1 oktober 2024 telde het verband 21.480 leerlingen.",
        ("table", [["Type", "Aantal scholen", "Leerlingen 1-10-2024"], ["vmbo/havo/vwo", "27", "19.860"],
                   ["praktijkonderwijs", "2", "612"], ["vso", "3", "1.008"]]),
    ])
    sec(b, "4. Basisondersteuning en extra ondersteuning", [
        "Basisondersteuning is in ons verband het door alle aangesloten besturen vastgestelde minimumniveau van "
        "ondersteuning dat iedere vestiging van iedere school biedt, ongeacht schoolsoort of denominatie. Geen school "
        "mag onder dit niveau zakken; scholen mogen er wel bovenuit gaan en beschrijven dat in hun schoolondersteuningsprofiel.",
        "Concreet kan iedere leerling op iedere vestiging rekenen op:",
        ("li", "een mentor die minstens eens per zes weken een individueel gesprek met de leerling voert;"),
        ("li", "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen;"),
        ("li", "een protocol dyslexie en dyscalculie met compenserende en dispenserende maatregelen;"),
        ("li", "trainingen faalangstreductie en sociale vaardigheden, minimaal eenmaal per schooljaar aangeboden;"),
        ("li", "een ondersteuningsteam (OT) dat ten minste zesmaal per jaar bijeenkomt, met schoolmaatschappelijk werk en jeugdarts;"),
        ("li", "een time-outvoorziening binnen de school met begeleiding door een vaste medewerker;"),
        ("li", "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt."),
        "Extra ondersteuning is alles wat boven de basisondersteuning uitgaat. Scholen bieden die binnen de eigen school "
        "in de vorm van arrangementen, bekostigd uit het schoolbudget (zie hoofdstuk 9).",
        "Eens per twee jaar bezoekt een auditteam van twee ondersteuningscoördinatoren van andere scholen iedere school "
        "en toetst het aan de hand van de kwaliteitskaart basisondersteuning of de afspraken worden nagekomen. Blijft "
        "een school achter, dan maakt de schoolleider binnen drie maanden een verbeterplan, waarover de "
        "directeur-bestuurder met het bevoegd gezag in gesprek gaat.",
    ])
    sec(b, "5. Toelaatbaarheid vso, lwoo en pro", [
        "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt een "
        "toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toelaatbaarheid van het verband via het digitale "
        "aanmeldsysteem. Bij de aanvraag horen het OPP, het handelingsdeel met de geboden ondersteuning en de "
        "zienswijze van de ouders.",
        ("li", "Stap 1: de school dient de aanvraag volledig in; het bureau controleert binnen 5 werkdagen op volledigheid."),
        ("li", "Stap 2: een orthopedagoog of psycholoog van het verband en een tweede deskundige (afhankelijk van de "
               "vraag een jeugdarts, maatschappelijk werker of kinderpsychiater) brengen een deskundigenadvies uit."),
        ("li", "Stap 3: de Commissie Toelaatbaarheid besluit binnen 6 weken na ontvangst van de volledige aanvraag."),
        ("li", "Stap 4: school en ouders ontvangen het besluit schriftelijk, met vermelding van de bezwaarmogelijkheid."),
        "Een leerling is toelaatbaar tot het vso wanneer (a) de school aantoonbaar de basisondersteuning en ten minste "
        "één arrangement van extra ondersteuning gedurende minimaal zes maanden heeft ingezet en geëvalueerd, (b) de "
        "ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, sociaal-emotioneel, medisch) de mogelijkheden van "
        "het regulier onderwijs overstijgt, en (c) het deskundigenadvies de toelaatbaarheid onderschrijft.",
        "Voor lwoo en pro hanteert het verband de landelijke criteria (IQ, leerachterstand en sociaal-emotionele "
        "problematiek). De aanvraag voor pro en lwoo loopt via dezelfde commissie en dezelfde termijnen.",
        "Een TLV vso wordt afgegeven voor twee schooljaren, in categorie laag, midden of hoog. Tegen een besluit kunnen "
        "ouders binnen zes weken bezwaar maken bij het bestuur; het bestuur vraagt advies aan de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
    ])
    sec(b, "6. Van vso naar regulier", [
        "Wij vinden dat een plaatsing in het vso geen eindstation hoeft te zijn. Ons beleid is dat iedere vso-leerling "
        "bij wie de ondersteuningsbehoefte dat toelaat, binnen de looptijd van de TLV de overstap naar een reguliere "
        "school kan maken. Voorwaarde is dat de ontvangende school de benodigde ondersteuning kan bieden en dat de "
        "leerling, na een proefperiode, gemotiveerd is voor de overstap.",
        "Na de overstap blijft de vso-school gedurende ten minste een half jaar beschikbaar voor consultatie en "
        "ambulante begeleiding. De ontvangende school krijgt daarvoor een terugkeerarrangement van het verband. "
        "Hoe de terugplaatsing in de praktijk verloopt, werken we in het schooljaar 2025-2026 samen met de vso-scholen "
        "uit in een werkinstructie.",
    ])
    sec(b, "7. Het ondersteuningsaanbod in de regio", [
        "Ons aanbod is opgebouwd als een doorlopende lijn in drie niveaus. Niveau 1 is de basis- en extra ondersteuning "
        "binnen de school. Niveau 2 bestaat uit de bovenschoolse voorzieningen: het OPDC De Brug (72 plaatsen) voor "
        "leerlingen die tijdelijk buiten de eigen school een intensief programma volgen, de Herstart-groep voor "
        "leerlingen die na langdurig verzuim opnieuw beginnen, en de plusvoorziening voor leerlingen met een "
        "ernstige beperking in de communicatie. Niveau 3 is het vso met drie locaties (cluster 3 en cluster 4).",
        "Tussen de niveaus bestaan vaste overgangen: een school meldt een leerling voor een bovenschoolse voorziening "
        "aan na bespreking in het OT, en na afloop van een traject op niveau 2 keert de leerling terug naar de eigen "
        "school. Onderwijs-zorgarrangementen met jeugdhulp worden samen met de gemeenten ingericht.",
        "Thuiszitters en leerlingen zonder passende plek blijven een punt van zorg. Hoe wij hiaten in het aanbod in beeld "
        "brengen en aanpakken, is onderwerp van een regionale verkenning die in 2026 wordt afgerond. De uitkomsten "
        "daarvan verwerken wij te zijner tijd in het jaarplan.",
    ])
    sec(b, "8. Communicatie", [
        "Goede communicatie is de basis van vertrouwen. Het verband communiceert via de website, een digitale "
        "nieuwsbrief voor scholen en sociale media.",
        "Ouders worden op drie manieren over de ondersteuningsmogelijkheden geïnformeerd: iedere school neemt de "
        "basisondersteuning en haar schoolondersteuningsprofiel op in de schoolgids; het verband geeft een "
        "ouderfolder 'Passend onderwijs in het VO' uit die bij de aanmelding in klas 1 wordt uitgereikt; en tweemaal "
        "per jaar is er een informatieavond voor ouders van leerlingen in groep 8 en klas 1.",
        "Ouders die er met de school niet uitkomen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
        "Jeugdsteunpunt van het verband (telefonisch bereikbaar op werkdagen van 9.00 tot 13.00 uur), dat los staat "
        "van de scholen en de Commissie Toelaatbaarheid. Daarnaast verwijzen wij naar de onderwijsconsulenten en naar "
        "de Geschillencommissie passend onderwijs.",
        "Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden bij het opstellen van het OPP gehoord.",
    ])
    sec(b, "9. Geld en middelen", [
        "Het verband ontvangt jaarlijks de rijksbekostiging voor lichte en zware ondersteuning. Na aftrek van de "
        "verplichte afdrachten aan het vso verdelen wij de middelen volgens een vast verdeelmodel: iedere school "
        "ontvangt een vaste voet van € 25.000 plus € 182 per ingeschreven leerling (teldatum 1 oktober); scholen met "
        "een bovengemiddeld aandeel leerlingen uit postcodegebieden met een lage sociaaleconomische status ontvangen "
        "een opslag van 10%. Het schoolbudget wordt in twee termijnen overgemaakt (september en februari).",
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdrage ondersteuning", "24.310", "24.050", "23.880", "23.700"],
                   ["Afdracht vso", "9.420", "9.380", "9.350", "9.300"],
                   ["Schoolbudgetten", "6.950", "6.880", "6.820", "6.760"],
                   ["OPDC en bovenschoolse voorzieningen", "4.100", "4.100", "4.050", "4.000"],
                   ["Commissie Toelaatbaarheid en bureau", "2.480", "2.460", "2.450", "2.440"],
                   ["Ouder- en Jeugdsteunpunt", "160", "160", "160", "160"],
                   ["Resultaat", "1.200", "1.070", "1.050", "1.040"]]),
        "De algemene reserve bedraagt eind 2024 € 3,9 miljoen. De signaleringswaarde van de inspectie wordt "
        "overschreden; het positieve resultaat wordt daarom de komende jaren ingezet voor een eenmalig "
        "innovatiebudget. Scholen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 juli in een "
        "kort verantwoordingsformulier.",
    ])
    sec(b, "10. Organisatie en governance", f["governance"])
    sec(b, "11. Medezeggenschap en OOGO", f["opr"] + f["oogo"])
    sec(b, "12. Personeel", f["personeel"])
    sec(b, "13. ICT en privacy", f["ict"])
    sec(b, "14. Planning en evaluatie", f["planning"] + [
        "Wij willen in deze planperiode goede resultaten bereiken voor alle leerlingen. Aan het eind van de periode "
        "blikken wij terug op wat dit plan heeft opgeleverd."])
    glossary(b, "15. Afkortingenlijst")
    path = OUT / "vo-rivierenland-oost.docx"
    write_docx(b, path, header="Ondersteuningsplan 2025-2029 | resultaten | ouders | terugplaatsing")
    notes = {
        "basisondersteuning": "ch.4 defines the agreed minimum per vestiging and lists concrete voorzieningen; audit via kwaliteitskaart.",
        "plaatsing": "ch.5 steps, deciding Commissie, 6-week term, vso criteria a-c, lwoo/pro, two experts, 2 years + category, LBT bezwaar.",
        "terugstroom": "ch.6 gives policy (aims, conditions, support after return) but the procedure is deferred to a 2025-2026 werkinstructie.",
        "financien": "ch.9 'Geld en middelen': verdeelmodel with vaste voet and per-leerling amount, multi-year table, reserve, verantwoording.",
        "dekkend-aanbod": "ch.7 describes the three-level continuum; handling of gaps/thuiszitters is deferred to a 2026 verkenning.",
        "resultaten": "No intended results or monitoring; ch.14 only says 'goede resultaten bereiken' and 'terugblikken' (passing).",
        "ouders": "Sits in ch.8 'Communicatie': schoolgids, folder, info-avonden; independent Ouder- en Jeugdsteunpunt, consulenten.",
    }
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    return b, ["vo-rivierenland-oost.docx"], "vo-rivierenland-oost", "vo", \
        {"terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"}, adv, notes


# ---------------------------------------------------------------------------------------------
# Plan 2: small VO verband, docx + pdf
# ---------------------------------------------------------------------------------------------

def plan2():
    name, region, period = "Stichting Passend Voortgezet Onderwijs De Kempenpoort (VO 30-09)", "De Kempenpoort", "2025-2029"
    f = filler(name, region, period, "vo")
    f["voorwoord"][0] = f["voorwoord"][0].replace("ouders, gemeenten", "gemeenten")
    chapters = ["Voorwoord", "Waar we vandaan komen", "Visie", "Basisondersteuning", "Toewijzing en toelaatbaarheid",
                "Het netwerk van voorzieningen", "Kwaliteit en opbrengsten", "Financiën", "Bestuur", "Ouders",
                "Personeel en ICT", "Begrippenlijst"]
    b = [("title", "Ondersteuningsplan De Kempenpoort 2025-2029"), ("p", name),
         ("p", "Concept ter instemming OPR - definitieve versie")]
    toc(b, chapters)
    sec(b, "1. Voorwoord", f["voorwoord"])
    sec(b, "2. Waar we vandaan komen", f["kengetallen"] + [
        "Ons verband is klein: vier besturen, zeven scholen voor voortgezet onderwijs en één vso-school, samen ruim "
        "5.200 leerlingen. Korte lijnen zijn onze kracht; iedereen kent elkaar."])
    sec(b, "3. Visie", f["visie"])
    sec(b, "4. Basisondersteuning", [
        "De basisondersteuning is het fundament van passend onderwijs. Welke voorzieningen daartoe behoren en welk "
        "niveau alle scholen minimaal waarmaken, is vastgelegd in het document 'Referentiekader basisondersteuning "
        "Kempenpoort' (bijlage 2).",
        "Elk najaar voert het bureau met iedere school een kwaliteitsgesprek over de basisondersteuning aan de hand van "
        "een zelfevaluatie en klassenbezoeken. Constateert het bureau tekortkomingen, dan worden binnen zes weken "
        "verbeterafspraken gemaakt die in het volgende gesprek worden getoetst; bij herhaalde tekortkomingen informeert "
        "de directeur-bestuurder het bevoegd gezag schriftelijk.",
    ])
    sec(b, "5. Toewijzing en toelaatbaarheid", [
        "Het bevoegd gezag van de school vraagt de TLV aan bij het loket van het verband. Het loket legt de aanvraag "
        "voor aan twee deskundigen, onder wie altijd een gz-psycholoog of orthopedagoog-generalist. Binnen vier weken "
        "neemt de directeur-bestuurder, gemandateerd door het bestuur, een besluit. Voor lwoo en pro geldt dezelfde "
        "route; het besluit volgt dan uiterlijk 1 maart voorafgaand aan de plaatsing in klas 1.",
        "Welke criteria het verband bij de beoordeling hanteert, wordt na evaluatie van de huidige werkwijze in de "
        "loop van 2026 opnieuw bepaald.",
        "Een TLV wordt afgegeven voor de duur die de deskundigen adviseren, maar nooit langer dan vier schooljaren.",
        "Terugkeer naar het regulier onderwijs. In het laatste jaar van de TLV organiseert de vso-school in oktober een "
        "evaluatiegesprek met leerling, ouders en de ondersteuningscoördinator van een mogelijke ontvangende school. "
        "De vso-school stelt vervolgens een overstapadvies op; de directeur-bestuurder besluit uiterlijk 1 april of de "
        "leerling per 1 augustus overstapt of dat een nieuwe TLV wordt afgegeven. Lopende de TLV kan de vso-school de "
        "procedure op elk moment starten als de leerling daaraan toe is.",
        "Ons uitgangspunt is dat terugplaatsing altijd wordt overwogen. Wij streven ernaar dat jaarlijks minstens "
        "10% van de vso-leerlingen doorstroomt naar een reguliere school. Een teruggeplaatste leerling krijgt het "
        "eerste jaar een overstapcoach en een budget van € 3.000 voor begeleiding op de ontvangende school. In 2023-2024 "
        "stroomden 9 van de 118 vso-leerlingen terug.",
    ])
    sec(b, "6. Het netwerk van voorzieningen", [
        "Binnen de scholen bieden we basis- en extra ondersteuning; voor leerlingen die meer nodig hebben is er de "
        "bovenschoolse Time-In klas (16 plaatsen), de Schakelklas voor leerlingen met een internaliserende problematiek "
        "(12 plaatsen) en ten slotte het vso van De Horizon. Een school kan een leerling via het loket aanmelden voor "
        "de Time-In klas of Schakelklas; het loket plaatst binnen twee weken.",
        "Iedere maand bespreekt het loket met leerplicht de lijst van leerlingen die langer dan vier weken niet naar "
        "school gaan of voor wie geen passende plek beschikbaar is. Voor ieder van hen wijst het loket een "
        "casusregisseur aan die binnen tien werkdagen met school en jeugdhulp een plan maakt. Lukt dat niet, dan "
        "escaleert de casusregisseur naar het bestuurlijk overleg met de gemeenten. Ontbreekt in de regio een "
        "voorziening, dan stelt het bestuur een werkgroep in die binnen een half jaar een voorstel doet.",
    ])
    sec(b, "7. Kwaliteit en opbrengsten", [
        "Wij willen dat in 2029 ten minste 92% van de leerlingen met een arrangement het schooljaar afsluit met een "
        "bevordering of diploma, dat het aantal thuiszitters daalt naar maximaal 5 en dat 85% van de leerlingen met "
        "een OPP de in het OPP gestelde uitstroombestemming bereikt.",
        "Twee keer per jaar (februari en september) leveren de scholen hun gegevens aan. Het bureau bundelt deze in "
        "een kwaliteitsmonitor die in het directeurenoverleg en in de OPR wordt besproken en in het jaarverslag wordt "
        "opgenomen. Bij afwijkingen van meer dan 5 procentpunt maakt de betrokken school een analyse.",
        ("table", [["Indicator", "2023-2024", "Doel 2029"], ["Bevordering/diploma met arrangement", "88%", "92%"],
                   ["Thuiszitters (peildatum 1 okt.)", "11", "max. 5"], ["Uitstroom conform OPP", "79%", "85%"]]),
    ])
    sec(b, "8. Financiën", [
        "De middelen worden verdeeld op basis van het aantal leerlingen per school: iedere school ontvangt € 145 per "
        "leerling als schoolbudget. De bovenschoolse voorzieningen worden rechtstreeks uit het verbandsbudget betaald.",
        "De meerjarenbegroting 2025-2029 met de bedragen per bestedingsdoel is p.m. en wordt na de vaststelling van "
        "de rijksbegroting toegevoegd.",
    ])
    sec(b, "9. Bestuur", f["governance"] + f["opr"] + f["oogo"])
    sec(b, "10. Ouders", ["Dit hoofdstuk volgt in de definitieve versie."])
    sec(b, "11. Personeel en ICT", f["personeel"] + f["ict"] + f["planning"])
    glossary(b, "12. Begrippenlijst")
    path = OUT / "vo-kempenpoort.docx"
    write_docx(b, path, header="SWV VO De Kempenpoort - Ondersteuningsplan")
    notes = {
        "basisondersteuning": "ch.4 refers niveau and inhoud to an absent bijlage 2; only borging (kwaliteitsgesprek, verbeterafspraken) is in the body.",
        "plaatsing": "ch.5 gives applicant, loket, two experts, 4-week term, deciding body; criteria deferred to 2026.",
        "terugstroom": "Hidden inside ch.5 (TLV chapter): evaluation in October, besluit by 1 April; policy with coach, budget, 10% aim, 9 of 118 figure.",
        "financien": "ch.8: per-leerling verdeling (€145) present; meerjarenbegroting is 'p.m.' so besteding not addressed.",
        "dekkend-aanbod": "ch.6: continuum school -> Time-In/Schakelklas -> vso; monthly thuiszitterslijst, casusregisseur, escalation.",
        "resultaten": "ch.7 'Kwaliteit en opbrengsten': targets for 2029 and half-yearly kwaliteitsmonitor with table.",
        "ouders": "ch.10 'Ouders' is a placeholder ('volgt'); ouder- en jeugdsteunpunt only in the begrippenlijst.",
    }
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    return b, ["vo-kempenpoort.docx", "vo-kempenpoort.pdf"], "vo-kempenpoort", "vo", \
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding",
         "ouders.informatie", "ouders.steunpunt"}, adv, notes


# ---------------------------------------------------------------------------------------------
# Plan 3: PO verband, docx + pdf
# ---------------------------------------------------------------------------------------------

def plan3():
    name, region, period = "Samenwerkingsverband Passend Primair Onderwijs Waterland-Noord (PO 27-11)", "Waterland-Noord", "2025-2029"
    f = filler(name, region, period, "po")
    f["voorwoord"][0] = f["voorwoord"][0].replace("jongere", "kind")
    chapters = ["Voorwoord", "Visie", "Onze regio", "Wat elke school biedt", "Naar sbo of so", "Ons dekkend netwerk",
                "Wat willen we bereiken", "Ouders", "Financieel beleid", "Organisatie", "Medezeggenschap",
                "Personeel", "ICT", "Planning", "Verklarende woordenlijst"]
    b = [("title", "Ondersteuningsplan 2025-2029"), ("p", name)]
    toc(b, chapters)
    sec(b, "1. Voorwoord", f["voorwoord"])
    sec(b, "2. Visie", [p.replace("jongere", "kind") for p in f["visie"]])
    sec(b, "3. Onze regio", f["kengetallen"] + [
        "Het verband omvat 48 basisscholen, twee sbo-scholen en een so-school voor cluster 4, met samen 9.870 "
        "leerlingen (1 oktober 2024). Het deelnamepercentage sbo is 1,9%, so 1,4%."])
    sec(b, "4. Wat elke school biedt", [
        "Alle besturen hebben afgesproken dat iedere basisschool, op elke locatie, een gelijk minimumniveau van "
        "ondersteuning biedt: de basisondersteuning. Dit niveau is vastgelegd in vijftien standaarden, die hieronder "
        "in het kort zijn weergegeven.",
        ("li", "Elke school heeft een intern begeleider met minimaal één dag per week per 200 leerlingen."),
        ("li", "Elke school werkt handelingsgericht met groepsplannen of een vergelijkbare cyclus, met drie groepsbesprekingen per jaar."),
        ("li", "Elke school biedt een aanbod voor leerlingen met dyslexie conform het Protocol Leesproblemen en Dyslexie."),
        ("li", "Elke school heeft een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep."),
        ("li", "Elke school heeft een anti-pestprogramma en meet jaarlijks de sociale veiligheid."),
        ("li", "Elke school kan een beroep doen op een consulent van het verband voor consultatie en observatie."),
        "Nieuwe scholen en nieuwe directeuren krijgen een introductie over de standaarden.",
    ])
    sec(b, "5. Naar sbo of so", [
        "Het schoolbestuur dient een aanvraag voor een toelaatbaarheidsverklaring in bij de Toelaatbaarheidscommissie "
        "(TLC). De aanvraag bevat het groeidocument, de evaluatie van de geboden ondersteuning en het verslag van het "
        "multidisciplinair overleg waarin ouders aanwezig waren. De TLC vraagt advies aan een orthopedagoog en een "
        "tweede deskundige en besluit binnen acht weken; in spoedsituaties binnen tien werkdagen.",
        "Een leerling wordt toelaatbaar verklaard tot het sbo als de school de ondersteuningsmogelijkheden van het "
        "groeidocument ten minste twee cycli van twaalf weken heeft benut en de ontwikkeling van de leerling "
        "achterblijft op ten minste twee van de domeinen leren, gedrag en werkhouding. Tot het so wordt een leerling "
        "toelaatbaar verklaard als daarnaast structureel specialistische expertise en een kleine groep (maximaal 12 "
        "leerlingen) nodig zijn die het sbo niet kan bieden.",
        "De TLV voor het sbo geldt voor de rest van de basisschoolperiode, voor het so voor twee jaar. Bezwaar kan "
        "binnen zes weken bij het bestuur; het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie.",
    ])
    sec(b, "6. Ons dekkend netwerk", [
        "Het ondersteuningsaanbod loopt van de basisondersteuning in de groep, via arrangementen op de eigen school "
        "(begeleid door consulenten van het verband), naar de bovenschoolse taalklas en de observatiegroep De Kei, tot "
        "het sbo en so. Een arrangement wordt aangevraagd bij het consultatieteam en binnen drie weken toegekend.",
        "Zorgplicht en thuiszitters. Twee keer per jaar inventariseert het verband, samen met leerplicht, welke "
        "kinderen thuiszitten of op een wachtlijst staan. Voor elk kind met een vrijstelling of verzuim langer dan "
        "vier weken organiseert de consulent binnen twee weken een overleg. Signaleren de scholen structureel een "
        "ontbrekend aanbod, dan neemt het verband dat op in de jaarlijkse aanbodanalyse en besluit het bestuur over "
        "een nieuwe voorziening.",
    ])
    sec(b, "7. Wat willen we bereiken", [
        "Wij hebben vier doelen voor de komende periode: (1) het aantal thuiszitters daalt tot nul; (2) 95% van de "
        "leerlingen met een arrangement blijft op de eigen school; (3) de doorlooptijd van een arrangementaanvraag is "
        "maximaal drie weken; (4) het deelnamepercentage sbo en so blijft onder het landelijk gemiddelde.",
        "Hoe en wanneer we de voortgang op deze doelen meten en rapporteren, leggen we vast in een monitoringsplan dat "
        "in het eerste planjaar wordt opgesteld.",
    ])
    sec(b, "8. Ouders", [
        "Ouders zijn onze belangrijkste partners. De scholen informeren ouders over de ondersteuningsmogelijkheden in "
        "de schoolgids en het schoolondersteuningsprofiel, en het verband publiceert een ouderbrochure en een "
        "overzicht van het aanbod op de website. Bij elk MDO zijn ouders aanwezig.",
        "Voor onafhankelijke informatie en advies kunnen ouders terecht bij de organisaties die op onze website onder "
        "'Hulp voor ouders' staan vermeld.",
    ])
    sec(b, "9. Financieel beleid", [
        "De verdeling van de middelen over de scholen wordt in 2026 herijkt; tot die tijd volgt het bestuur de "
        "bestaande afspraken, die in een afzonderlijke notitie worden beschreven.",
        "De meerjarenbegroting laat zien waaraan de middelen worden besteed:",
        ("table", [["Bestedingen (bedragen in euro)", "2025", "2026", "2027", "2028"],
                   ["Afdracht sbo/so", "3.940.000", "3.910.000", "3.880.000", "3.860.000"],
                   ["Budgetten scholen", "2.150.000", "2.130.000", "2.110.000", "2.090.000"],
                   ["Consulenten en consultatieteam", "880.000", "880.000", "870.000", "870.000"],
                   ["Taalklas en observatiegroep De Kei", "410.000", "410.000", "410.000", "400.000"],
                   ["Bureau en bestuur", "520.000", "520.000", "515.000", "515.000"]]),
        "Het weerstandsvermogen ligt met 9% binnen de door het bestuur gehanteerde bandbreedte van 5 tot 10%.",
    ])
    sec(b, "10. Organisatie", f["governance"])
    sec(b, "11. Medezeggenschap", f["opr"] + f["oogo"])
    sec(b, "12. Personeel", f["personeel"])
    sec(b, "13. ICT", f["ict"])
    sec(b, "14. Planning", f["planning"] + [
        "Na afloop van de TLV keert een leerling waar mogelijk terug; dit werken we in deze planperiode verder uit."])
    glossary(b, "15. Verklarende woordenlijst")
    path = OUT / "po-waterland-noord.docx"
    write_docx(b, path, header="Ondersteuningsplan PO 27-11")
    notes = {
        "basisondersteuning": "ch.4 'Wat elke school biedt': agreed equal minimum per locatie plus concrete standards.",
        "plaatsing": "ch.5: TLC procedure, 8-week term, sbo/so criteria, two experts, duration, LBC bezwaar.",
        "terugstroom": "Nothing but a deferral in ch.14 Planning ('werken we verder uit') and the glossary entry.",
        "financien": "ch.9: verdeling deferred to 2026 / separate notitie; besteding addressed by multi-year table; weerstandsvermogen.",
        "dekkend-aanbod": "ch.6: continuum basis -> arrangement -> taalklas/De Kei -> sbo/so; thuiszitters inventory, aanbodanalyse.",
        "resultaten": "ch.7: four goals, but monitoring deferred to a monitoringsplan to be written.",
        "ouders": "ch.8: informatie via schoolgids/brochure/website; steunpunt only by reference to website list.",
    }
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    return b, ["po-waterland-noord.docx", "po-waterland-noord.pdf"], "po-waterland-noord", "po", \
        {"terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "resultaten.monitoring",
         "ouders.steunpunt"}, adv, notes


# ---------------------------------------------------------------------------------------------
# Plan 4: VO verband, HTML web version
# ---------------------------------------------------------------------------------------------

def plan4():
    name, region, period = "Samenwerkingsverband VO Zuid-Veluwezoom (VO 25-11)", "Zuid-Veluwezoom", "2025-2029"
    f = filler(name, region, period, "vo")
    chapters = ["Voorwoord", "Visie", "Basisondersteuning", "TLV vso, pro en lwoo", "Overstap vso-regulier",
                "Niemand tussen wal en schip", "Opbrengsten", "Ouders en leerlingen", "Governance",
                "Medezeggenschap", "Personeel", "ICT", "Planning", "Begrippen"]
    b = [("title", "Ondersteuningsplan 2025-2029 - webversie"), ("p", name)]
    toc(b, chapters)
    sec(b, "Voorwoord", f["voorwoord"])
    sec(b, "Visie", f["visie"] + f["kengetallen"])
    sec(b, "Basisondersteuning", [
        "De basisondersteuning blijft de verantwoordelijkheid van de scholen. In het schooljaar 2025-2026 formuleren "
        "wij met de schoolleiders opnieuw wat daaronder valt; tot die tijd verwijzen we naar de "
        "schoolondersteuningsprofielen op de websites van de scholen."])
    sec(b, "TLV vso, pro en lwoo", [
        "De werkwijze bij aanvragen, inclusief de termijnen en de samenstelling van de commissie, is beschreven in het "
        "Handboek Toewijzing (zie bijlage 3).",
        "Beslisregels. Het verband verklaart een leerling toelaatbaar tot het vso als aan alle drie de voorwaarden is "
        "voldaan: de reguliere school heeft een handelingsdeel van het OPP gedurende ten minste twee evaluatieperioden "
        "uitgevoerd; er is sprake van een blijvende ondersteuningsbehoefte die meer dan acht uur per week individuele "
        "begeleiding vraagt; en de leerling heeft een onderwijsomgeving nodig met maximaal 14 leerlingen per groep. "
        "Voor pro gelden de landelijke criteria (IQ 55-80 en een leerachterstand van ten minste drie jaar op twee "
        "domeinen); voor lwoo hanteert het verband eigen criteria: een leerachterstand van 1,5 tot 3 jaar op ten "
        "minste twee domeinen, of op één domein in combinatie met sociaal-emotionele problematiek.",
        "Ouders kunnen tegen een besluit bezwaar maken; de bezwaarprocedure volgt de Landelijke Bezwaaradviescommissie.",
    ])
    sec(b, "Overstap vso-regulier", [
        "Wij willen dat leerlingen niet langer in het vso blijven dan nodig. Terug- of overplaatsing naar het "
        "regulier voortgezet onderwijs is het uitgangspunt zodra de ondersteuningsbehoefte dat toelaat; het verband "
        "betaalt de ontvangende school gedurende het eerste jaar een overstapbudget van € 4.500, en de vso-school "
        "blijft zes maanden nazorg bieden.",
        "Werkwijze: elke vso-leerling heeft jaarlijks in januari een perspectiefgesprek. Blijkt daaruit dat terugkeer "
        "haalbaar is, dan meldt de vso-school de leerling voor 1 maart aan bij het Overstappunt van het verband. Het "
        "Overstappunt zoekt binnen vier weken een ontvangende school; de leerling loopt daar een proefperiode van "
        "zes weken mee. Na een positieve evaluatie beslist het Overstappunt; de TLV eindigt dan op de dag van "
        "inschrijving op de nieuwe school. In het laatste jaar van de TLV is dit gesprek verplicht.",
        "In 2024 maakten 14 leerlingen de overstap; 12 van hen zaten een jaar later nog op de nieuwe school.",
    ])
    sec(b, "Niemand tussen wal en schip", [
        "Een samenhangend aanbod van voorzieningen binnen en tussen de scholen is ons doel. Een overzicht van alle "
        "arrangementen en voorzieningen staat in de online Sociale Kaart VO Zuid-Veluwezoom.",
        "Leerlingen die dreigen uit te vallen of thuis zitten, melden scholen en leerplicht binnen vijf schooldagen "
        "bij het Thuiszittersteam. Het team houdt een actuele lijst bij, bespreekt iedere leerling binnen twee weken "
        "en benoemt een verantwoordelijke school die op grond van de zorgplicht een plek regelt. Vindt die school binnen "
        "zes weken geen oplossing, dan beslist de directeur-bestuurder over plaatsing op een andere school of een "
        "maatwerktraject. Elk kwartaal analyseert het team welke voorzieningen ontbreken en rapporteert dat aan het "
        "bestuur, dat jaarlijks in november besluit over aanvulling van het aanbod.",
    ])
    sec(b, "Opbrengsten", [
        "Beoogde resultaten 2029: het aantal thuiszitters langer dan drie maanden is maximaal 3 (nu 9); het aandeel "
        "vso-leerlingen dat met een diploma of certificaat uitstroomt stijgt van 61% naar 70%; 90% van de "
        "lwoo-leerlingen behaalt een diploma in de gekozen leerweg.",
        "Meting: het bureau verzamelt de gegevens op 1 oktober en 1 maart uit DUO-bestanden en de eigen registratie. "
        "De resultaten worden per school besproken in het jaarlijkse ontwikkelgesprek en verantwoord in het "
        "jaarverslag; de OPR ontvangt de rapportage in december.",
    ])
    sec(b, "Ouders en leerlingen", [
        "Informatie voor ouders: de scholen vermelden de ondersteuningsmogelijkheden in hun schoolgids; het verband "
        "heeft een ouderpagina op deze website met uitleg over arrangementen, TLV, lwoo en pro, en organiseert elk "
        "najaar twee ouderavonden in Arnhem en Zevenaar.",
        "Onafhankelijke hulp: ouders kunnen gratis bellen of mailen met het regionale Ouder- en Jeugdsteunpunt "
        "Veluwezoom. Bij meningsverschillen kunnen ouders een onderwijsconsulent inschakelen of zich wenden tot de "
        "Geschillencommissie passend onderwijs.",
    ])
    sec(b, "Governance", f["governance"] + [
        "Financieel beleid: het verband heeft een gezonde financiële positie. Over de middelen leggen we jaarlijks "
        "verantwoording af in het jaarverslag."])
    sec(b, "Medezeggenschap", f["opr"] + f["oogo"])
    sec(b, "Personeel", f["personeel"])
    sec(b, "ICT", f["ict"])
    sec(b, "Planning", f["planning"])
    glossary(b, "Begrippen")
    path = OUT / "vo-zuid-veluwezoom.html"
    write_html(b, path, "Ondersteuningsplan 2025-2029 | SWV VO Zuid-Veluwezoom")
    notes = {
        "basisondersteuning": "Only a deferral (2025-2026) and reference to school SOP's; TOC and glossary entries are traps.",
        "plaatsing": "'Beslisregels' give vso/pro/lwoo criteria; procedure only referred to absent Handboek Toewijzing (bijlage 3); bezwaar.",
        "terugstroom": "'Overstap vso-regulier': policy with budget/nazorg and procedure (January gesprek, Overstappunt, end of TLV), figures.",
        "financien": "Nothing: one vague line under Governance ('gezonde financiële positie', jaarverslag); no verdeling, no begroting.",
        "dekkend-aanbod": "Continuum only referred to the online Sociale Kaart; lacunes addressed by Thuiszittersteam procedure.",
        "resultaten": "'Opbrengsten': targets for 2029 and twice-yearly measurement, reporting to OPR.",
        "ouders": "'Ouders en leerlingen': schoolgids, ouderpagina, ouderavonden; Ouder- en Jeugdsteunpunt, consulent, geschillencommissie.",
    }
    adv = {"plaatsing": ["bezwaar"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"]}
    return b, ["vo-zuid-veluwezoom.html"], "vo-zuid-veluwezoom", "vo", \
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling",
         "financien.besteding", "dekkend-aanbod.continuum"}, adv, notes


# ---------------------------------------------------------------------------------------------
# Plan 5: VO verband, docx only
# ---------------------------------------------------------------------------------------------

def plan5():
    name, region, period = "Samenwerkingsverband VO Hollands Midden-West (VO 28-03)", "Hollands Midden-West", "2025-2029"
    f = filler(name, region, period, "vo")
    f["visie"][1] = f["visie"][1].replace(" en verbinding. ", ". ").split(" Verbinding betekent")[0]
    f["oogo"] = ["Het concept van dit plan is op 18 maart 2025 in het OOGO met de gemeenten besproken. Het plan is op 15 "
                 "april 2025 door het bestuur vastgesteld en voor 1 mei 2025 aan de inspectie toegezonden."]
    chapters = ["Voorwoord", "Visie en ambities", "Basisondersteuning", "Toelaatbaarheid", "Na het vso",
                "Thuiszitters", "Kwaliteitszorg", "Financiën en begroting", "Ouders", "Organisatie",
                "Medezeggenschap", "Personeel en ICT", "Afkortingen"]
    b = [("title", "Ondersteuningsplan 2025-2029"), ("p", name)]
    toc(b, chapters)
    sec(b, "1. Voorwoord", f["voorwoord"])
    sec(b, "2. Visie en ambities", f["visie"] + f["kengetallen"] + [
        "Bij het verband zijn zes schoolbesturen aangesloten met samen veertien scholen voor voortgezet onderwijs, "
        "één school voor praktijkonderwijs en twee vso-scholen. Op 1 oktober 2024 telde het verband 12.940 "
        "leerlingen, ongeveer 2% minder dan een jaar eerder. De prognose laat tot 2029 een verdere daling zien van "
        "circa 1% per jaar. Vooral de scholen in de kleinere kernen krijgen daarmee te maken; zij verkennen samen "
        "met hun besturen hoe zij een breed onderwijsaanbod kunnen behouden."])
    sec(b, "3. Basisondersteuning", [
        "Basisondersteuning is in ons verband het niveau van ondersteuning dat alle scholen, op elke vestiging, ten "
        "minste bieden. Het bestuur heeft dit minimumniveau in december 2024 vastgesteld in de 'Standaard "
        "Basisondersteuning VO 28-03'. Scholen mogen dit niveau niet verlagen.",
        "Welke interventies en voorzieningen de Standaard precies omvat, leest u in de Standaard zelf, die op de "
        "website van het verband is gepubliceerd.",
    ])
    sec(b, "4. Toelaatbaarheid", [
        "Voor toelaatbaarheidsverklaringen voor het vso, lwoo en pro hanteert het verband het Protocol "
        "Toelaatbaarheid 2025, dat als afzonderlijk document op de website staat.",
    ])
    sec(b, "5. Na het vso", [
        "Zes maanden voor het einde van de TLV nodigt de vso-school de leerling, diens ouders, de mentor en een "
        "consulent van het verband uit voor een eindevaluatie. Op basis van het verslag doet de consulent binnen twee "
        "weken een voorstel: verlenging (waarvoor een nieuwe TLV moet worden aangevraagd) of overplaatsing naar een "
        "reguliere school. De directeur van het Loket besluit en informeert de ontvangende school, die de leerling "
        "per de eerstvolgende 1 augustus of 1 februari inschrijft. Drie en zes maanden na de overstap vindt een "
        "evaluatiegesprek plaats op de ontvangende school.",
    ])
    sec(b, "6. Thuiszitters", [
        "Thuiszitters blijven onze aandacht houden. We volgen de landelijke ontwikkelingen op de voet."])
    sec(b, "7. Kwaliteitszorg", [
        "Welke resultaten wij voor leerlingen met een ondersteuningsbehoefte nastreven, leggen wij in de loop van "
        "2026 samen met de scholen vast.",
        "Wel ligt vast hoe wij meten en rapporteren. Jaarlijks op 1 november verzamelt het bureau per school: het "
        "percentage leerlingen met een arrangement dat is bevorderd of een diploma behaalde, de uitstroom naar "
        "vervolgonderwijs, de tevredenheid van ouders en leerlingen (tweejaarlijkse enquête) en het aantal "
        "overstappen uit het vso. Het bureau analyseert de gegevens en bespreekt de uitkomsten in januari met iedere "
        "school; het bestuur rapporteert in het jaarverslag en bespreekt de monitor in maart met de OPR.",
    ])
    sec(b, "8. Financiën en begroting", [
        "Verdeling. Na afdracht aan het vso ontvangt iedere school een schoolbudget van € 165 per leerling "
        "(teldatum 1 oktober van het voorafgaande jaar), aangevuld met € 1.150 per leerling in het eerste leerjaar "
        "met een advies basis/kader. Het bestuur stelt de bedragen jaarlijks in december vast bij de begroting.",
        ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage", "18.420", "18.210", "18.050", "17.900", "17.780"],
                   ["Afdracht vso", "7.300", "7.260", "7.210", "7.180", "7.150"],
                   ["Schoolbudgetten", "5.980", "5.920", "5.870", "5.820", "5.780"],
                   ["Loket en consulenten", "1.640", "1.640", "1.630", "1.620", "1.610"],
                   ["Overstapcoaching", "210", "210", "210", "210", "210"],
                   ["Bureau", "1.050", "1.040", "1.030", "1.020", "1.010"],
                   ["Saldo", "2.240", "2.140", "2.100", "2.050", "2.020"]]),
        "Scholen verantwoorden de inzet van het schoolbudget in het jaarlijkse ontwikkelgesprek.",
    ])
    sec(b, "9. Ouders", [
        "De informatievoorziening aan ouders over de ondersteuning op de scholen krijgt in 2026 een plaats in een "
        "nieuw communicatieplan.",
        "Hebben ouders een vraag, een klacht of een meningsverschil met school of verband, dan kunnen zij terecht bij "
        "het onafhankelijke Ouder- en Jeugdsteunpunt Hollands Midden (bereikbaar via telefoon, mail en chat, ook in "
        "de avond), bij de onderwijsconsulenten van Stichting Onderwijsconsulenten, en bij de Geschillencommissie "
        "passend onderwijs. Klachten over het verband zelf behandelt de landelijke klachtencommissie waarbij het "
        "verband is aangesloten.",
    ])
    sec(b, "10. Organisatie", f["governance"])
    sec(b, "11. Medezeggenschap", f["opr"] + f["oogo"])
    sec(b, "12. Personeel en ICT", f["personeel"] + f["ict"] + f["planning"])
    glossary(b, "13. Afkortingen")
    path = OUT / "vo-hollands-midden-west.docx"
    write_docx(b, path, header="SWV VO 28-03 | Ondersteuningsplan")
    notes = {
        "basisondersteuning": "ch.3 states the agreed minimum per vestiging; the content is only in the 'Standaard' on the website.",
        "plaatsing": "ch.4 only refers to a separate Protocol Toelaatbaarheid on the website: nothing addressed.",
        "terugstroom": "ch.5 'Na het vso' gives the procedure (eindevaluatie, consulent, Loket besluit, dates) but no policy/aims/conditions.",
        "financien": "ch.8: per-leerling verdeling with amounts and 5-year table; verantwoording in ontwikkelgesprek.",
        "dekkend-aanbod": "No continuum, no gap handling: ch.6 'Thuiszitters' is one empty sentence; OOGO only procedural.",
        "resultaten": "ch.7: intended results deferred to 2026; monitoring (1 November data, January talks, report) present.",
        "ouders": "ch.9: informatie deferred to a 2026 communicatieplan; steunpunt, consulenten, geschillencommissie present.",
    }
    adv = {"financien": ["verantwoording"], "terugstroom": ["monitoring"]}
    return b, ["vo-hollands-midden-west.docx"], "vo-hollands-midden-west", "vo", \
        {"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"}, adv, notes


# ---------------------------------------------------------------------------------------------
# Near miss: school ondersteuningsprofiel of a VO school
# ---------------------------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"), ("p", "Het Baken College, vestiging Lindenlaan - vmbo/havo"),
         ("p", "Aangesloten bij Samenwerkingsverband VO Rivierenland-Oost")]
    sec(b, "1. Inleiding", [
        "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning onze school biedt. Het SOP is "
        "vastgesteld door de schoolleiding na advies van het ondersteuningsteam en met instemming van de "
        "medezeggenschapsraad. Het maakt deel uit van het ondersteuningsplan van het samenwerkingsverband en wordt "
        "eens per vier jaar herzien.",
        "Wij zijn een school van 1.140 leerlingen. Onze leerlingen komen uit de hele regio. Wij willen een school "
        "zijn waar iedere leerling zich gezien voelt."])
    sec(b, "2. Basisondersteuning op onze school", [
        "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Iedere leerling heeft een "
        "mentor; er is een ondersteuningscoördinator (0,8 fte), een orthopedagoog (0,4 fte), een faalangsttraining en "
        "een dyslexieprotocol. Het ondersteuningsteam komt elke zes weken bijeen.",
        ("table", [["Voorziening", "Aanwezig", "Toelichting"], ["Mentoraat", "ja", "1 uur per week"],
                   ["Time-outruimte", "ja", "De Haven, bemand 8.30-15.30"], ["Huiswerkbegeleiding", "ja", "tegen betaling"],
                   ["Examentraining", "ja", "klas 4"]])])
    sec(b, "3. Extra ondersteuning en arrangementen", [
        "Boven op de basisondersteuning biedt onze school het arrangement Structuurklas voor leerlingen met een "
        "autismespectrumstoornis (maximaal 16 leerlingen per groep) en een arrangement voor leerlingen met "
        "langdurige ziekte. Het arrangement wordt bekostigd uit de middelen die de school van het samenwerkingsverband "
        "ontvangt.",
        "De aanvraag voor een arrangement loopt via de ondersteuningscoördinator. In het OT bespreken we de "
        "leerling; ouders worden uitgenodigd. Voor leerlingen met een arrangement stellen wij een OPP op dat twee "
        "keer per jaar met ouders en leerling wordt geëvalueerd."])
    sec(b, "4. Grenzen aan onze ondersteuning", [
        "Onze school kan geen passende plek bieden aan leerlingen die voortdurend één-op-éénbegeleiding nodig hebben "
        "of van wie het gedrag structureel de veiligheid van anderen in gevaar brengt. In dat geval zoeken wij, in het "
        "kader van de zorgplicht, samen met ouders en het samenwerkingsverband een passende plek. Als een overstap "
        "naar het vso nodig is, vraagt de school een toelaatbaarheidsverklaring aan bij het samenwerkingsverband; "
        "de procedure daarvan staat in het ondersteuningsplan van het samenwerkingsverband."])
    sec(b, "5. Ambities van de school", [
        "In de komende jaren willen wij de expertise op het gebied van hoogbegaafdheid uitbreiden, een tweede "
        "time-outvoorziening inrichten en alle mentoren trainen in oplossingsgericht werken. Ook willen we de "
        "resultaten van leerlingen met een arrangement beter volgen."])
    sec(b, "6. Ouders", [
        "Ouders informeren wij via de schoolgids, de website en ouderavonden. Vragen over ondersteuning kunnen "
        "ouders stellen aan de mentor of de ondersteuningscoördinator. Ouders die er met de school niet uitkomen, "
        "kunnen contact opnemen met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband."])
    sec(b, "7. Contact", ["Ondersteuningscoördinator: mevrouw J. de Wit, Lindenlaan 12. Zie ook de schoolgids."])
    path = OUT / "sop-baken-college.docx"
    write_docx(b, path, header="Het Baken College - SOP")
    label = ("documents: [sop-baken-college.docx]\nsector: vo\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
             "notes:\n  document: \"A single school's schoolondersteuningsprofiel (SOP) of Het Baken College: school-level "
             "basisondersteuning, arrangements and limits; it only refers to the SWV and its ondersteuningsplan.\"\n")
    (OUT / "sop-baken-college.expected.yaml").write_text(label, encoding="utf-8")
    return b


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (plan1, plan2, plan3, plan4, plan5):
        blocks, docs, name, sector, false_crits, adv, notes = fn()
        el = write_label(name, docs, sector, false_crits, adv, notes)
        for d in docs:
            if d.endswith(".pdf"):
                to_pdf(OUT / d.replace(".pdf", ".docx"))
        print(f"{name}: {words(blocks)} words, {el}")
    nm = nearmiss()
    print(f"sop-baken-college: {words(nm)} words")


if __name__ == "__main__":
    main()
