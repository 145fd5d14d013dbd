#!/usr/bin/env python3
"""Generate the holdout24 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document (regionaal Thuiszitterspact), plus one .expected.yaml label file per document.

Deterministic, no network. Requires python-docx and PyYAML; PDFs are rendered from .docx with
LibreOffice (`soffice --headless --convert-to pdf`).

Usage: python3 src/make_holdout24.py   (writes into the folder above src/)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


# ---------------------------------------------------------------- document model
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def L(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


def toc_titles(blocks):
    return [v for k, v in blocks if k == "h1"]


def write_docx(path, title_lines, header, blocks, toc=True):
    doc = Document()
    doc.core_properties.title = title_lines[0]
    doc.core_properties.author = "holdout24"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header
    doc.add_paragraph(title_lines[0], style="Title")
    for t in title_lines[1:]:
        doc.add_paragraph(t)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    if toc:
        doc.add_paragraph("Inhoudsopgave", style="Heading 1")
        page = 3
        for i, t in enumerate(toc_titles(blocks)):
            doc.add_paragraph(f"{t} .......... {page}")
            page += 2 if i % 3 else 1
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for kind, val in blocks:
        if kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for i in val:
                doc.add_paragraph(i, style="List Bullet")
        elif kind == "table":
            tab = doc.add_table(rows=len(val), cols=len(val[0]))
            tab.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    tab.cell(r, c).text = str(cell)
            doc.add_paragraph("")
    doc.save(path)


def write_md(path, title_lines, blocks):
    out = [f"# {title_lines[0]}", ""]
    for t in title_lines[1:]:
        out += [t, ""]
    out += ["## Inhoud", ""]
    out += [f"- {t}" for t in toc_titles(blocks)]
    out.append("")
    for kind, val in blocks:
        if kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_pdf(path, title_lines, header, blocks):
    tmp = tempfile.mkdtemp(prefix="holdout24_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        write_docx(src, title_lines, header, blocks)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- shared chapters (filler)
def voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. In dit plan beschrijven de
        aangesloten schoolbesturen hoe zij de komende vier schooljaren gezamenlijk invulling geven aan
        passend onderwijs voor alle {p['leerlingen_woord']} in {p['region']}. Het plan is tot stand
        gekomen in een zorgvuldig traject waarin {p['betrokkenen']} hebben meegedacht. Wij zijn
        iedereen die tijd en energie in dit plan heeft gestoken daarvoor zeer erkentelijk."""),
        P(f"""De afgelopen planperiode was een periode van bouwen en bijsturen. {p['terugblik']} Tegelijk
        zien wij dat de opgave niet kleiner wordt. Het lerarentekort, de toegenomen complexiteit van
        ondersteuningsvragen en de druk op de jeugdhulp vragen om scherpe keuzes. Passend onderwijs is
        geen project met een einddatum, maar een opdracht die elke dag opnieuw in de klas wordt
        waargemaakt door leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders."""),
        P(f"""Met dit plan kiezen wij voor continuïteit waar het goed gaat en voor vernieuwing waar dat
        nodig is. Wij willen een samenwerkingsverband zijn dat dichtbij de scholen staat, dat helder is
        over wat het wel en niet doet, en dat verantwoording aflegt over de inzet van de middelen die
        het ontvangt. Wij nodigen scholen, ouders, gemeenten en ketenpartners uit om ons daarop aan te
        spreken."""),
        P(f"""{p['director']}, directeur-bestuurder, {p['place']}, {p['date_vast']}"""),
    ]


def inleiding(p, leeswijzer):
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs" if p["sector"] == "po" else \
        "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    return [
        H1("1. Inleiding"),
        H2("1.1 Aanleiding"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast.
        Het vorige plan van {p['short']} had een looptijd tot en met 31 juli {p['prev_end']}. Dit plan
        geldt voor de schooljaren {p['period_long']}. Het plan is het beleidsmatige kader voor het
        handelen van het samenwerkingsverband; de jaarlijkse uitwerking vindt plaats in het jaarplan en
        de jaarbegroting."""),
        H2("1.2 Wettelijk kader"),
        P(f"""De inhoud van het ondersteuningsplan is voorgeschreven in {art}. Het plan moet in elk geval
        ingaan op de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt
        gerealiseerd, inclusief de basisondersteuning; de procedure en criteria voor de verdeling,
        besteding en toewijzing van ondersteuningsmiddelen; de procedure en criteria voor de plaatsing
        van leerlingen in het {p['spec']}; het beleid voor terugplaatsing en overplaatsing; de beoogde
        en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de
        ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden. In de
        leeswijzer hieronder staat waar deze onderwerpen in dit plan aan bod komen."""),
        H2("1.3 Totstandkoming"),
        P(f"""Het plan is voorbereid door een schrijfgroep met vertegenwoordigers van de schoolbesturen en
        het bureau van het samenwerkingsverband. In {p['sessies']} zijn bijeenkomsten gehouden met
        directeuren, {p['ib']} en vertegenwoordigers van ketenpartners. Het concept is op
        {p['date_oogo']} besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten
        {p['gemeenten_txt']} en op {p['date_overleg']} met het aangrenzende samenwerkingsverband
        {p['other_swv']}. De ondersteuningsplanraad heeft op {p['date_opr']} ingestemd. Het bestuur
        heeft het plan definitief vastgesteld op {p['date_vast']}, waarna het vóór 1 mei is
        toegezonden aan de Inspectie van het Onderwijs."""),
        H2("1.4 Leeswijzer"),
        P(leeswijzer),
    ]


def governance(p):
    return [
        H1(p["ch_gov"]),
        P(f"""{p['short']} is een stichting waarin {p['n_besturen']} schoolbesturen samenwerken. De
        statuten zijn laatstelijk gewijzigd in {p['statuten']}. Het samenwerkingsverband kent een
        scheiding tussen bestuur en intern toezicht volgens het raad-van-toezichtmodel. De
        directeur-bestuurder is het bevoegd gezag van de stichting en is verantwoordelijk voor de
        uitvoering van het ondersteuningsplan, het jaarplan en de begroting. De raad van toezicht
        houdt toezicht op het beleid en op de algemene gang van zaken, keurt de begroting en het
        jaarverslag goed en benoemt de accountant."""),
        P(f"""De schoolbesturen zijn verenigd in de algemene vergadering van aangesloten besturen. De
        algemene vergadering benoemt de leden van de raad van toezicht en adviseert de
        directeur-bestuurder over het strategisch beleid. Besluiten over wijziging van de statuten
        vragen een meerderheid van twee derde van de stemmen, waarbij iedere vestiging van een
        aangesloten school één stem vertegenwoordigt. Geschillen tussen aangesloten besturen over de
        uitvoering van de statuten worden voorgelegd aan een geschillencommissie zoals bedoeld in de
        statuten; daarvan is in de vorige planperiode geen gebruik gemaakt."""),
        P(f"""Het bureau van het samenwerkingsverband is gevestigd in {p['place']}. Het bureau ondersteunt
        de directeur-bestuurder bij de beleidsvoorbereiding, de bedrijfsvoering en de uitvoering van
        de wettelijke taken. Daarnaast werken voor het samenwerkingsverband {p['team_txt']}. De
        raad van toezicht bestaat uit vijf leden, van wie er drie op voordracht van de algemene
        vergadering worden benoemd. De raad hanteert de Code Goed Bestuur van de eigen sectororganisatie
        en evalueert jaarlijks het eigen functioneren."""),
        P(f"""Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per
        deelregio en een netwerk van {p['ib']}. Deze overleggen hebben geen formele bevoegdheden,
        maar zijn belangrijk voor de afstemming tussen scholen en voor de kennisdeling. De agenda's
        worden voorbereid door het bureau."""),
    ]


def personeel(p):
    return [
        H1(p["ch_pers"]),
        P(f"""De kwaliteit van passend onderwijs staat of valt met de mensen die het dagelijks uitvoeren.
        Het samenwerkingsverband heeft zelf een beperkt aantal medewerkers in dienst ({p['fte']} fte);
        het grootste deel van de ondersteuning wordt geboden door personeel van de scholen en van de
        schoolbesturen. Het samenwerkingsverband is daarmee in de eerste plaats een netwerkorganisatie.
        Medewerkers die vanuit een schoolbestuur voor het samenwerkingsverband werken, worden
        gedetacheerd; de werkgeversverantwoordelijkheid blijft dan bij het eigen bestuur."""),
        P(f"""Voor het personeel van de scholen heeft dit plan gevolgen op het gebied van deskundigheid en
        werkdruk. Leraren krijgen te maken met een grotere diversiteit in de klas. Het
        samenwerkingsverband organiseert daarom jaarlijks een scholingsaanbod, onder meer op het gebied
        van gedrag, executieve functies, meer- en hoogbegaafdheid en het werken met een
        ontwikkelingsperspectief. Het aanbod wordt in overleg met de personeelsgeleding van de
        ondersteuningsplanraad vastgesteld. Schoolbesturen blijven zelf verantwoordelijk voor het
        professionaliseringsbeleid van hun personeel."""),
        P(f"""Het lerarentekort raakt ook passend onderwijs. Wij merken dat vacatures voor
        {p['tekort_functies']} lastig te vervullen zijn. In de planperiode onderzoekt het
        samenwerkingsverband samen met de besturen of een gezamenlijke pool van specialisten kan
        bijdragen aan de continuïteit. Waar nodig zoeken wij samenwerking met de lerarenopleidingen in
        de regio, onder meer door stageplaatsen bij bovenschoolse voorzieningen."""),
        P(f"""De medewerkers van het bureau vallen onder de cao van de sector. Het samenwerkingsverband
        voert met hen jaarlijks een gesprekkencyclus en heeft een eigen scholingsbudget. Het
        ziekteverzuim was de afgelopen jaren laag. Het samenwerkingsverband heeft een eigen
        medezeggenschapsraad voor het personeel van het bureau, naast de ondersteuningsplanraad."""),
    ]


def privacy(p):
    return [
        H1(p["ch_priv"]),
        P(f"""Voor de uitvoering van zijn wettelijke taken verwerkt het samenwerkingsverband
        persoonsgegevens van leerlingen, waaronder in sommige gevallen gegevens over de gezondheid.
        Dit gebeurt op grond van de wet en alleen voor zover dat noodzakelijk is voor het toewijzen van
        voorzieningen, het beoordelen van de toelaatbaarheid en het geven van advies. Het
        samenwerkingsverband heeft een privacyreglement, een register van verwerkingen en een
        functionaris gegevensbescherming die samen met andere samenwerkingsverbanden wordt ingehuurd."""),
        P(f"""Aanvragen en dossiers worden digitaal behandeld in de beveiligde omgeving {p['systeem']}.
        Scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen. Gegevens worden niet
        langer bewaard dan nodig; voor besluiten over de toelaatbaarheid geldt een bewaartermijn van
        drie jaar na het besluit. Jaarlijks wordt een beperkte audit op de informatiebeveiliging
        uitgevoerd. Datalekken worden gemeld volgens de meldprocedure van het samenwerkingsverband."""),
        P(f"""Op het gebied van ICT maakt het bureau gebruik van de voorzieningen van een van de aangesloten
        besturen. In de planperiode wordt bezien of de huidige omgeving nog voldoet aan de eisen van
        toegankelijkheid en gebruiksgemak. De website van het samenwerkingsverband wordt in 2026
        technisch vernieuwd en voldoet aan de toegankelijkheidsrichtlijnen voor overheidswebsites."""),
    ]


def opr(p, with_parents=True):
    if with_parents:
        comp = f"""De OPR bestaat uit {p['n_opr']} leden, die worden afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De helft van de leden is ouder
        {'of leerling' if p['sector'] == 'vo' else ''} van een leerling op een aangesloten school, de andere helft is lid van
        het personeel. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen
        daarvan. Het samenwerkingsverband faciliteert de OPR met een vergoeding per vergadering,
        scholing en ambtelijke ondersteuning."""
    else:
        comp = f"""Het samenwerkingsverband heeft een ondersteuningsplanraad ingesteld overeenkomstig
        artikel 4a van de Wet medezeggenschap op scholen. Het reglement van de OPR is vastgesteld in
        2022. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan."""
    return [
        H1(p["ch_opr"]),
        P(comp),
        P(f"""De OPR is vanaf het begin bij de totstandkoming van dit plan betrokken. In
        {p['sessies']} zijn de hoofdlijnen in twee themabijeenkomsten met de OPR besproken. De OPR heeft
        op {p['date_opr']} ingestemd met het plan. De directeur-bestuurder overlegt ten minste vier keer
        per jaar met de OPR; daarbij komen in elk geval de voortgang van het jaarplan, de begroting en
        het jaarverslag aan de orde."""),
        P("""Naast de OPR heeft het samenwerkingsverband een medezeggenschapsraad voor het eigen
        personeel. Geschillen over instemming kunnen worden voorgelegd aan de Landelijke Commissie
        voor Geschillen WMS."""),
    ]


def oogo(p, mode="full"):
    out = [H1(p["ch_oogo"])]
    if mode == "full":
        out += [
            P(f"""Het samenwerkingsverband werkt samen met de gemeenten {p['gemeenten_txt']}. De gemeenten
            zijn verantwoordelijk voor de jeugdhulp, het leerlingenvervoer, de onderwijshuisvesting en
            de leerplicht; het samenwerkingsverband en de scholen zijn verantwoordelijk voor de
            onderwijsondersteuning. Een goede aansluiting tussen beide is noodzakelijk om leerlingen en
            gezinnen tijdig de juiste hulp te bieden. Het samenwerkingsverband voert daarom structureel
            overleg met de wethouders onderwijs en jeugd en met de beleidsmedewerkers."""),
            P(f"""Voor de planperiode hebben samenwerkingsverband en gemeenten de volgende gezamenlijke
            afspraken gemaakt: elke school heeft een vaste contactpersoon van het lokale team of
            wijkteam die aanschuift bij het ondersteuningsteam van de school; jeugdhulp kan onder
            schooltijd worden geboden wanneer dat voor de leerling nodig is, op basis van een
            gezamenlijk plan van school en jeugdhulpaanbieder; de financiering van
            onderwijs-zorgarrangementen wordt per arrangement afgesproken tussen de gemeente van
            herkomst en het samenwerkingsverband; en de partijen evalueren de samenwerking jaarlijks in
            het bestuurlijk overleg."""),
            P(f"""Het OOGO over dit ondersteuningsplan vond plaats op {p['date_oogo']}. De gemeenten hebben
            aangegeven zich te herkennen in de ambities en hebben ingestemd met het concept. Omgekeerd
            is het samenwerkingsverband betrokken geweest bij het OOGO over het regionale beleidsplan
            jeugd. Onderwerpen die in het overleg aan de orde kwamen waren onder meer het
            leerlingenvervoer, de onderwijshuisvesting van bovenschoolse voorzieningen en de
            beschikbaarheid van jeugd-GGZ. Geschillen in het OOGO worden beslecht volgens de
            geschillenregeling die samenwerkingsverband en gemeenten in 2019 zijn overeengekomen."""),
        ]
    else:
        out += [
            P(f"""Het samenwerkingsverband ligt in de gemeenten {p['gemeenten_txt']}. Conform de wet is
            het concept van dit ondersteuningsplan voorgelegd in het op overeenstemming gericht overleg
            met de colleges van burgemeester en wethouders. Het OOGO vond plaats op {p['date_oogo']}.
            De gemeenten hebben geen bezwaren geuit tegen het concept; het verslag van het overleg is
            als bijlage bij het plan opgenomen."""),
            P(f"""Afspraken over de inhoudelijke samenwerking tussen onderwijs en jeugdhulp worden
            vastgelegd in een nieuwe regionale agenda, die in de loop van 2026 samen met de gemeenten
            wordt opgesteld. Tot die tijd blijven de bestaande bestuurlijke contacten gehandhaafd. Het
            samenwerkingsverband neemt deel aan het jaarlijkse bestuurlijk overleg dat de gemeenten
            organiseren."""),
        ]
    return out


def begrippen(p, extra=()):
    rows = [
        ("Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."),
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
         "ondersteuningsstructuur van de school planmatig wordt uitgevoerd."),
        ("Bekostigingscategorie", "Categorie laag, midden of hoog waarin een TLV voor het speciaal "
         "onderwijs wordt afgegeven."),
        ("Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek "
         "beschikbaar is."),
        ("Extra ondersteuning", "Ondersteuning die de basisondersteuning te boven gaat."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OPP", "Ontwikkelingsperspectief(plan)."),
        ("OPR", "Ondersteuningsplanraad."),
        ("SOP", "Schoolondersteuningsprofiel."),
        ("Terugplaatsing", f"De overgang van een leerling uit het {p['spec']} naar het "
         f"{'basisonderwijs' if p['sector'] == 'po' else 'regulier voortgezet onderwijs'}."),
        ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verevening", "Correctie van het budget voor zware ondersteuning op basis van het "
         "deelnamepercentage speciaal onderwijs."),
    ] + list(extra)
    rows.sort(key=lambda r: r[0].lower())
    return [H1(p["ch_begr"]), T(("Begrip", "Omschrijving"), *rows)]


def bijlagen(p, items):
    return [H1(p["ch_bijl"]), L(*items),
            P("""De bijlagen worden afzonderlijk gepubliceerd op de website van het samenwerkingsverband
            en maken geen deel uit van dit document.""")]


def procesverslag(p, nr):
    return [
        H1(f"{nr}. Verantwoording van het proces"),
        P(f"""De voorbereiding van dit plan begon met een evaluatie van het vorige ondersteuningsplan in het
        voorjaar van 2025. Het bureau heeft daarvoor gesprekken gevoerd met alle schoolbesturen, met een
        steekproef van scholen en met de ondersteuningsplanraad. Daarnaast zijn documenten
        geanalyseerd, waaronder de jaarverslagen, de notulen van het bestuur en de rapportage van het
        laatste inspectiebezoek. De uitkomsten zijn samengevat in een evaluatienotitie, die in juni 2025
        in het bestuur is besproken en de basis vormde voor de opdracht aan de schrijfgroep."""),
        P(f"""De schrijfgroep bestond uit twee bestuurders, drie schoolleiders, twee {p['ib']}, een
        beleidsmedewerker van het bureau en een externe procesbegeleider. De groep kwam tussen
        september en december 2025 zeven keer bijeen. Tussentijdse versies zijn voorgelegd aan het
        directeurenoverleg en aan de netwerkbijeenkomsten. In {p['sessies']} zijn bovendien drie
        open consultatiebijeenkomsten gehouden, waarvoor alle medewerkers van de aangesloten scholen
        waren uitgenodigd. De opbrengst van deze bijeenkomsten is verwerkt in een reactienota, die bij
        het concept aan het bestuur is aangeboden."""),
        P(f"""Het concept is in januari 2026 besproken met de gemeenten en het aangrenzende
        samenwerkingsverband {p['other_swv']}. Beide overleggen leidden tot tekstuele aanpassingen, maar
        niet tot wijzigingen op hoofdlijnen. Vervolgens is het plan ter instemming voorgelegd aan de
        ondersteuningsplanraad. De vragen van de OPR zijn schriftelijk beantwoord. Na de instemming
        heeft het bestuur het plan vastgesteld en is het toegezonden aan de inspectie."""),
        P("""Wij hebben bij het schrijven geprobeerd het plan leesbaar te houden. Waar mogelijk is gekozen
        voor gewone taal in plaats van vakjargon; de onvermijdelijke vaktermen worden toegelicht in de
        begrippenlijst. Een publieksversie van dit plan van vier pagina's is beschikbaar voor
        belangstellenden."""),
    ]


def bureau(p, nr):
    return [
        H1(f"{nr}. Het bureau en de werkwijze"),
        P(f"""Het bureau van {p['short']} is op werkdagen tussen 8.30 en 16.30 uur bereikbaar. Scholen kunnen
        voor overleg over een leerling altijd terecht bij de vaste contactpersoon van het
        samenwerkingsverband. Iedere school heeft zo'n contactpersoon; de toedeling wordt aan het begin
        van het schooljaar bekendgemaakt in de nieuwsbrief. De contactpersonen werken vanuit de
        gedachte 'één kind, één plan, één aanspreekpunt' en streven naar zo min mogelijk
        administratieve last voor de scholen."""),
        P("""In de planperiode investeert het bureau in digitalisering van de werkprocessen. Formulieren
        worden vervangen door digitale invoer, gegevens die al bekend zijn hoeven niet opnieuw te worden
        aangeleverd, en scholen kunnen de status van hun verzoeken online volgen. Daarnaast wordt het
        managementinformatiesysteem vernieuwd. Bij de aanschaf van nieuwe systemen trekt het
        samenwerkingsverband op met andere samenwerkingsverbanden in de provincie."""),
        P("""Het bureau is gehuisvest in een gebouw van een van de aangesloten besturen. Het
        samenwerkingsverband wil bijdragen aan duurzaamheid: vergaderingen vinden waar mogelijk online
        plaats, medewerkers reizen bij voorkeur met het openbaar vervoer en het bureau is
        papierarm. Bij inkoop van diensten hanteert het samenwerkingsverband het inkoopbeleid van de
        sector en worden ten minste drie offertes gevraagd boven een vastgesteld drempelbedrag."""),
        P("""Tot slot vindt het samenwerkingsverband het belangrijk om zichtbaar te zijn in de regio. De
        directeur-bestuurder bezoekt jaarlijks een groot aantal scholen, en medewerkers van het bureau
        lopen regelmatig mee op een school of voorziening. Zo blijft het bureau verbonden met de
        dagelijkse praktijk waarvoor het werkt."""),
    ]


# ================================================================ plan A: PO, docx
def plan_a():
    p = dict(
        sector="po", name="Samenwerkingsverband Passend Primair Onderwijs Maas en Dijk (PO 30-09)",
        short="SWV Maas en Dijk", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
        prev_end="2026", region="de gemeenten Maasdijk, Oosterwaard en Lingendal",
        gemeenten_txt="Maasdijk, Oosterwaard en Lingendal", place="Oosterwaard",
        director="drs. M.J. van Beek", date_oogo="3 februari 2026", date_overleg="10 februari 2026",
        date_opr="24 maart 2026", date_vast="7 april 2026",
        spec="speciaal basisonderwijs en speciaal onderwijs", leerlingen_woord="leerlingen",
        betrokkenen="intern begeleiders, directeuren, bestuurders, de ondersteuningsplanraad en de gemeenten",
        terugblik="""In de afgelopen jaren is de samenwerking tussen de scholen en het loket verder
        verstevigd en zijn in de regio nieuwe bovenschoolse voorzieningen gestart.""",
        sessies="het najaar van 2025", ib="intern begeleiders", other_swv="VO Maas en Dijk (VO 30-10)",
        n_besturen=11, statuten="2023",
        team_txt="orthopedagogen, onderwijsspecialisten en een loketcoördinator", fte="9,4",
        tekort_functies="intern begeleiders en gedragsspecialisten", systeem="OnderwijsRoute", n_opr=12,
        ch_oogo="11. Samenwerking met gemeenten", ch_pers="12. Personeel", ch_opr="13. Medezeggenschap",
        ch_priv="14. Privacy en ICT", ch_gov="15. Organisatie en bestuur", ch_begr="Bijlage A. Begrippenlijst",
        ch_bijl="Overzicht van bijlagen",
    )
    b = []
    b += voorwoord(p)
    b += inleiding(p, """Hoofdstuk 2 schetst het samenwerkingsverband en hoofdstuk 3 onze visie. De
        basisondersteuning staat in hoofdstuk 4, de extra ondersteuning en arrangementen in hoofdstuk 5.
        Hoofdstuk 6 gaat over de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal
        onderwijs, met inbegrip van de looptijd van de toelaatbaarheidsverklaring. Hoofdstuk 7 behandelt
        het dekkend aanbod en de aanpak van thuiszitten, hoofdstuk 8 de inzet van geld en middelen en
        hoofdstuk 9 kwaliteit en resultaten. In hoofdstuk 10 leest u hoe wij communiceren met ouders en
        scholen. De hoofdstukken 11 tot en met 16 gaan over samenwerking met gemeenten, personeel,
        medezeggenschap, privacy, organisatie en planning.""")
    b += [
        H1("2. Het samenwerkingsverband"),
        P("""SWV Maas en Dijk omvat alle scholen voor primair onderwijs in de gemeenten Maasdijk,
        Oosterwaard en Lingendal, met uitzondering van de scholen die zijn aangesloten bij een landelijk
        samenwerkingsverband. In het samenwerkingsverband werken elf schoolbesturen samen. Zij zijn
        verantwoordelijk voor 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Wissel en
        Het Palet) en drie locaties voor speciaal onderwijs van cluster 3 en 4. De regio kent een
        landelijk gebied met kleine dorpskernen en twee middelgrote kernen waar de meeste voorzieningen
        zijn geconcentreerd."""),
        T(("Schoolbestuur", "Aantal scholen", "Leerlingen 1-10-2025"),
          ("Stichting Primo Maasdijk", "14", "2.910"), ("Stichting Dijkland Onderwijs", "12", "2.455"),
          ("Vereniging PCO Oosterwaard", "9", "1.870"), ("Stichting Katholiek Onderwijs Lingendal", "8", "1.512"),
          ("Overige zes besturen (basisonderwijs)", "15", "2.388"), ("Stichting Speciaal Onderwijs Rivierenland", "3 (so)", "412"),
          ("Totaal", "63 (incl. sbo en so)", "11.547")),
        P("""Het leerlingenaantal in de regio daalt licht, vooral in de kleine kernen. Tegelijkertijd
        groeit het aantal nieuwkomers in Oosterwaard. Deze ontwikkelingen hebben gevolgen voor de
        spreiding van voorzieningen en voor de omvang van de ondersteuningsbudgetten."""),
        H1("3. Visie en ambities"),
        P("""Wij willen dat ieder kind in onze regio onderwijs krijgt dat past bij zijn of haar
        mogelijkheden, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij gaan uit van wat een
        kind nodig heeft en niet van beperkingen of diagnoses. Scholen, ouders en ketenpartners werken
        daarbij als gelijkwaardige partners samen. Het samenwerkingsverband ondersteunt de scholen bij
        het waarmaken van deze opdracht, en neemt zelf verantwoordelijkheid waar de mogelijkheden van
        een individuele school ophouden."""),
        P("""Voor de komende planperiode hebben wij vier ambities geformuleerd: een sterke
        basisondersteuning op iedere school; snelle en eenvoudige toegang tot extra ondersteuning;
        een regio zonder thuiszitters; en heldere verantwoording over de inzet van middelen. Deze
        ambities zijn in hoofdstuk 9 vertaald in concrete doelen."""),
        H1("4. Basisondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning"),
        P("""Basisondersteuning is de ondersteuning die iedere school binnen het samenwerkingsverband aan
        iedere leerling biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.
        De aangesloten besturen hebben in het algemeen bestuur van 12 november 2025 het niveau van de
        basisondersteuning opnieuw vastgesteld. Dit niveau geldt als ondergrens voor alle vestigingen
        van alle aangesloten scholen, ongeacht bestuur of denominatie. Een school mag meer bieden, maar
        niet minder."""),
        H2("4.2 Wat ouders op iedere school mogen verwachten"),
        P("""Het afgesproken niveau is uitgewerkt in de volgende voorzieningen, die op iedere vestiging
        aanwezig zijn:"""),
        L("""een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de
        ondersteuningsstructuur coördineert en het ondersteuningsteam voorzit;""",
          """handelingsgericht werken met groepsoverzichten en drie keer per jaar een groepsbespreking;""",
          """een dyslexie- en dyscalculieprotocol, inclusief extra instructietijd en het gebruik van
          compenserende hulpmiddelen zoals voorleessoftware;""",
          """een aanpak voor sociale veiligheid en gedrag, met een anti-pestprogramma en een
          aandachtsfunctionaris;""",
          """een aanbod voor leerlingen die meer aankunnen, ten minste in de vorm van compacten en
          verrijken binnen de groep;""",
          """een ondersteuningsteam op schoolniveau, waarin naast de intern begeleider ook de
          onderwijsspecialist van het samenwerkingsverband en de contactpersoon van het lokale team
          zitting hebben;""",
          """afspraken over medisch handelen en over het verstrekken van medicijnen;""",
          """een ontwikkelingsperspectief voor leerlingen die op één of meer vakgebieden naar
          verwachting niet het eindniveau van groep 8 halen."""),
        H2("4.3 Borging"),
        P("""Iedere school beschrijft haar ondersteuning in de schoolgids. Het samenwerkingsverband voert
        eens in de twee jaar met iedere school een gesprek aan de hand van een kwaliteitskaart
        basisondersteuning. Als een school op onderdelen onder het afgesproken niveau blijft, maken
        bestuur en samenwerkingsverband een verbeterafspraak met een termijn van ten hoogste één
        schooljaar."""),
        H1("5. Extra ondersteuning en arrangementen"),
        P("""Wanneer de basisondersteuning voor een leerling niet toereikend is, kan de school extra
        ondersteuning inzetten. Het samenwerkingsverband kent drie vormen. In de eerste plaats krijgt
        iedere school een schoolbudget waarmee zij zelf extra ondersteuning kan organiseren, zoals
        inzet van een onderwijsassistent of een remedial teacher (zie hoofdstuk 8). In de tweede plaats
        kan de school via het loket een arrangement aanvragen voor een individuele leerling, bijvoorbeeld
        ambulante begeleiding door een specialist of een tijdelijke verlenging van de onderwijstijd in
        een kleine groep. In de derde plaats zijn er bovenschoolse voorzieningen, zoals de
        observatiegroep De Brug, de plusklas voor meer- en hoogbegaafde leerlingen en de
        taalklas voor nieuwkomers in Oosterwaard."""),
        P("""Een aanvraag voor een arrangement wordt besproken in het ondersteuningsteam van de school,
        waarbij de ouders aanwezig zijn. De onderwijsspecialist van het samenwerkingsverband adviseert
        over de vorm. Het loket neemt binnen vier weken een besluit. Arrangementen worden toegekend
        voor ten hoogste één schooljaar en worden halverwege tussentijds geëvalueerd."""),
        H1("6. Toelaatbaarheid tot sbo en so"),
        H2("6.1 Procedure"),
        P("""Voor plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is een
        toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt
        ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven of is
        aangemeld. De aanvraag bevat het ontwikkelingsperspectief, een verslag van het
        ondersteuningsteam, de zienswijze van de ouders en, indien beschikbaar, relevante
        onderzoeksverslagen. De school dient de aanvraag in via OnderwijsRoute."""),
        P("""De Commissie Toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag. Zij wint
        het advies in van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de
        problematiek van de leerling, een tweede deskundige, zoals een kinderpsychiater, een
        maatschappelijk werker of een jeugdarts. De deskundigen zijn niet betrokken geweest bij de
        aanvraag en brengen ieder afzonderlijk schriftelijk advies uit. De directeur-bestuurder neemt
        op voordracht van de commissie het besluit, binnen zes weken na ontvangst van de volledige
        aanvraag. Ouders ontvangen een afschrift van de adviezen en van het besluit."""),
        H2("6.2 Criteria"),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan de volgende
        voorwaarden is voldaan: de ondersteuningsbehoefte gaat aantoonbaar de mogelijkheden van de
        basisondersteuning en van een arrangement in het regulier onderwijs te boven; de school heeft
        gedurende ten minste twee periodes handelingsgericht gewerkt en dit geëvalueerd; en de
        leerling heeft een intensieve en langdurige ondersteuningsbehoefte op het gebied van leren of
        gedrag die een kleinere groep en een specifieke didactische aanpak gedurende de hele schooldag
        vraagt. Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast sprake is van
        een ondersteuningsbehoefte die samenhangt met een verstandelijke, lichamelijke of
        meervoudige beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek,
        waarvoor de expertise en de voorzieningen van het so nodig zijn."""),
        H2("6.3 Geldigheidsduur en bekostigingscategorie"),
        P("""Een TLV voor het sbo wordt in de regel afgegeven voor twee schooljaren. Een TLV voor het so
        wordt afgegeven voor ten hoogste drie schooljaren en in de bekostigingscategorie laag, midden of
        hoog, op basis van het advies van de deskundigen over de benodigde ondersteuning en
        voorzieningen."""),
        H2("6.4 Bezwaar"),
        P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over
        de toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het
        bezwaar."""),
        H2("6.5 Looptijd, evaluatie en afloop van de TLV"),
        P("""Het uitgangspunt van het samenwerkingsverband is dat een plaatsing in het sbo of so in
        principe tijdelijk is en dat een leerling terugkeert naar het basisonderwijs zodra dat in het
        belang van de leerling mogelijk is, bij voorkeur naar een school dicht bij huis. Voorwaarde is
        dat de ontvangende school met de ondersteuning uit het arrangement aan de
        ondersteuningsbehoefte van de leerling kan voldoen."""),
        P("""De sbo- of so-school evalueert jaarlijks het ontwikkelingsperspectief van iedere leerling
        met een TLV en bespreekt daarbij met de ouders of terugplaatsing tot de mogelijkheden behoort.
        In het laatste schooljaar van de TLV stelt de school uiterlijk 1 februari vast of de leerling
        kan terugkeren. Is dat het geval, dan stelt de school samen met de ouders en de beoogde
        basisschool een terugplaatsingsplan op en meldt zij dit bij het loket. Is verdere plaatsing
        nodig, dan vraagt de school tijdig een nieuwe TLV aan; de Commissie Toelaatbaarheid beslist
        daarover vóór 1 juni. Na een terugplaatsing kent het samenwerkingsverband een
        terugplaatsingsarrangement toe: gedurende één schooljaar begeleidt een specialist van de
        sbo- of so-school de leerling en de leraar op de nieuwe school, en ontvangt de ontvangende
        school een aanvullend budget voor extra begeleiding."""),
        H1("7. Dekkend aanbod en thuiszitters"),
        H2("7.1 Ons ondersteuningscontinuüm"),
        P("""Het samenwerkingsverband streeft naar een samenhangend geheel van voorzieningen, zodat voor
        iedere leerling een passende plek beschikbaar is. Het continuüm loopt van de
        basisondersteuning op iedere school (hoofdstuk 4), via de extra ondersteuning met
        schoolbudgetten en arrangementen (hoofdstuk 5) en de bovenschoolse voorzieningen, naar de twee
        scholen voor speciaal basisonderwijs en de drie so-locaties van cluster 3 en 4. Voor leerlingen
        met een ondersteuningsbehoefte op het snijvlak van onderwijs en zorg kunnen onderwijs-
        zorgarrangementen worden ingezet bij De Brug, in samenwerking met een jeugdhulpaanbieder."""),
        H2("7.2 Witte vlekken"),
        P("""Het samenwerkingsverband inventariseert jaarlijks in het voorjaar met de besturen waar het
        aanbod tekortschiet. Signalen komen uit het loket, uit de ondersteuningsteams en uit het
        thuiszittersoverleg. Uit de inventarisatie van 2025 bleek dat er te weinig plaatsen zijn voor
        jonge leerlingen met ernstige gedragsproblematiek en dat de wachttijd voor so cluster 4 te lang
        is. Daarom start in augustus 2026 een tweede observatiegroep in Lingendal, en maken wij met het
        schoolbestuur voor so afspraken over uitbreiding van de capaciteit met twaalf plaatsen."""),
        H2("7.3 Thuiszitters"),
        P("""Iedere leerling die langer dan vier weken niet of nauwelijks naar school gaat, wordt door de
        school binnen een week gemeld bij het loket en bij de leerplichtambtenaar. Het loket wijst een
        trajectbegeleider aan die samen met school, ouders, leerplicht en jeugdhulp binnen zes weken
        een plan voor terugkeer naar onderwijs opstelt. Lukt dat niet, dan wordt de situatie
        besproken in het regionale thuiszittersoverleg, waar de directeur-bestuurder
        doorzettingsmacht heeft om een plek bij een aangesloten school te laten realiseren."""),
    ]
    b += [
        H1("8. Geld en middelen"),
        H2("8.1 Inkomsten"),
        P("""Het samenwerkingsverband ontvangt jaarlijks van het Rijk een budget voor lichte en zware
        ondersteuning. Op het budget voor zware ondersteuning worden door DUO de kosten voor het
        speciaal onderwijs in mindering gebracht; het deel voor het speciaal basisonderwijs boven de
        twee procent wordt door het samenwerkingsverband zelf overgedragen. Als gevolg van de
        verevening en de dalende leerlingaantallen nemen de inkomsten in de planperiode licht af."""),
        H2("8.2 Verdeling van de middelen"),
        P("""De middelen die na de afdrachten resteren, worden volgens het verdeelmodel van het
        samenwerkingsverband ingezet. Het verdeelmodel kent drie onderdelen. Ieder schoolbestuur
        ontvangt een schoolbudget van € 165 per leerling op de teldatum van 1 oktober van het
        voorafgaande jaar, vermeerderd met een vaste voet van € 6.000 per vestiging. Het bestuur
        verdeelt het schoolbudget over de eigen scholen naar rato van de ondersteuningsbehoefte en
        verantwoordt dit in het eigen jaarverslag. Arrangementen voor individuele leerlingen worden
        bekostigd uit een centraal arrangementenbudget, dat door het loket wordt toegekend op basis
        van de criteria in hoofdstuk 5. De bovenschoolse voorzieningen worden centraal bekostigd op
        basis van een vast aantal plaatsen."""),
        P("""Het algemeen bestuur stelt het verdeelmodel vast; wijzigingen worden aan de OPR voorgelegd.
        Schoolbesturen leggen jaarlijks vóór 1 juli verantwoording af over de besteding van het
        schoolbudget aan de hand van een vast format."""),
        H2("8.3 Begroting en reserves"),
        P("""De meerjarenbegroting voor de planperiode is opgenomen in bijlage 4. De bestemming van de
        middelen per jaar wordt vastgesteld in de jaarbegroting. Het samenwerkingsverband hanteert een
        signaleringswaarde voor de reserves; reserves boven deze waarde worden in de planperiode
        ingezet ten behoeve van de scholen."""),
        H1("9. Kwaliteit en resultaten"),
        P("""Wij willen dat onze ambities meetbaar zijn. In onderstaande tabel staan de doelen die wij
        aan het einde van de planperiode (juli 2030) willen hebben bereikt."""),
        T(("Ambitie", "Beoogd resultaat in 2030"),
          ("Sterke basisondersteuning", "Alle vestigingen voldoen aan de kwaliteitskaart basisondersteuning."),
          ("Snelle toegang tot extra ondersteuning", "90% van de arrangementen is binnen vier weken na aanvraag gestart."),
          ("Zo thuisnabij mogelijk", "Het deelnamepercentage sbo en so samen ligt onder 3,0%."),
          ("Geen thuiszitters", "Geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod."),
          ("Tevreden ouders", "Ten minste 80% van de ouders van leerlingen met een arrangement is tevreden.")),
        P("""Over de wijze waarop wij de voortgang op deze doelen volgen, welke bronnen wij daarvoor
        gebruiken en op welke momenten wij daarover rapporteren, stellen wij in het eerste jaar van de
        planperiode een monitoringsplan op."""),
        H1("10. Communicatie"),
        H2("10.1 Informatie voor ouders"),
        P("""Ouders moeten weten welke ondersteuning er is en hoe zij daar gebruik van kunnen maken. Het
        samenwerkingsverband informeert ouders via de ouderpagina op de website, waar de
        ondersteuningsmogelijkheden per school en de bovenschoolse voorzieningen staan beschreven, en
        via de folder 'Passend onderwijs in Maas en Dijk', die iedere school bij de aanmelding aan
        ouders meegeeft. Scholen beschrijven in hun schoolgids welke ondersteuning zij bieden.
        Tweemaal per jaar organiseert het samenwerkingsverband een informatieavond voor ouders.
        Ouders kunnen met vragen ook rechtstreeks contact opnemen met de loketcoördinator."""),
        H2("10.2 Onafhankelijke ondersteuning"),
        P("""Wanneer ouders en school het niet eens worden, of wanneer ouders behoefte hebben aan
        onafhankelijk advies, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Maas en Dijk. Het
        steunpunt is ondergebracht bij een onafhankelijke stichting en werkt los van de scholen en het
        samenwerkingsverband. Daarnaast kunnen ouders kosteloos een beroep doen op de
        Onderwijsconsulenten. Geschillen over toelating, verwijdering of het ontwikkelingsperspectief
        kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
        H2("10.3 Communicatie met scholen"),
        P("""Scholen worden geïnformeerd via een digitale nieuwsbrief, die zes keer per jaar verschijnt,
        en via de netwerken van intern begeleiders en directeuren. Het bureau is dagelijks bereikbaar
        voor vragen van scholen."""),
    ]
    b += oogo(p, "full") + personeel(p) + opr(p) + privacy(p) + governance(p)
    b += [
        H1("16. Planning"),
        P("""Dit plan wordt uitgewerkt in een jaarplan met jaarbegroting, dat het bestuur jaarlijks vóór
        1 december vaststelt na advies van de OPR. In het eerste planjaar ligt de nadruk op de start van
        de tweede observatiegroep, de herziening van de kwaliteitskaart basisondersteuning en de
        opbouw van het Ouder- en Jeugdsteunpunt. In het tweede planjaar volgt een herziening van het
        verdeelmodel. Halverwege de planperiode wordt bezien of het plan moet worden bijgesteld."""),
    ]
    b += procesverslag(p, 17) + bureau(p, 18)
    b += begrippen(p) + bijlagen(p, ["Bijlage 1 Verslag OOGO", "Bijlage 2 Instemmingsbrief OPR",
                                    "Bijlage 3 Stroomschema arrangementen", "Bijlage 4 Meerjarenbegroting 2026-2030"])
    title = ["Ondersteuningsplan 2026-2030", p["name"], "Vastgesteld door het bestuur op 7 april 2026"]
    header = "Ondersteuningsplan 2026-2030 | SWV Maas en Dijk"
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4: minimum level agreed for all vestigingen (4.1) and list of voorzieningen (4.2); borging via kwaliteitskaart (4.3).",
            "plaatsing": "H6.1 procedure (aanvraag, Commissie Toelaatbaarheid, two deskundigen, 6 weeks) and 6.2 criteria sbo/so; 6.3 duration/category, 6.4 LBT bezwaar.",
            "terugstroom": "No terugplaatsing chapter: policy and procedure are inside the TLV chapter, 6.5 'Looptijd, evaluatie en afloop van de TLV' (1 Feb check, plan, terugplaatsingsarrangement).",
            "financien": "H8 'Geld en middelen': verdeelmodel with per-leerling amount and vaste voet (8.2); besteding only referred to absent bijlage 4 meerjarenbegroting and the jaarbegroting (8.3).",
            "dekkend-aanbod": "H7: continuum (7.1), witte vlekken with concrete actions (7.2), thuiszitters approach (7.3).",
            "resultaten": "H9 has a table of beoogde resultaten 2030; monitoring is deferred to a monitoringsplan 'in het eerste jaar van de planperiode'.",
            "ouders": "In H10 'Communicatie': ouderpagina, folder, schoolgids, informatieavonden (10.1); OJSP, Onderwijsconsulenten, Geschillencommissie (10.2).",
        },
    )
    return dict(name="holdout24-po-maasendijk", fmt="docx", title=title, header=header, blocks=b, label=label)


# ================================================================ plan B: VO, docx
def plan_b():
    p = dict(
        sector="vo", name="Samenwerkingsverband Voortgezet Onderwijs Kust en Duin (VO 27-04)",
        short="SWV VO Kust en Duin", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
        prev_end="2026", region="de gemeenten Zandvoorde, Duinwijk en Strandhoeve",
        gemeenten_txt="Zandvoorde, Duinwijk en Strandhoeve", place="Duinwijk",
        director="mr. R.A. Koster", date_oogo="27 januari 2026", date_overleg="5 februari 2026",
        date_opr="17 maart 2026", date_vast="31 maart 2026",
        spec="voortgezet speciaal onderwijs", leerlingen_woord="jongeren",
        betrokkenen="ondersteuningscoördinatoren, teamleiders, leerlingen, de ondersteuningsplanraad en de gemeenten",
        terugblik="""De afgelopen vier jaar is het OPDC uitgebreid en is de samenwerking met de
        jeugdhulp op school structureel geworden.""",
        sessies="oktober en november 2025", ib="ondersteuningscoördinatoren",
        other_swv="PO Kust en Duin (PO 27-03)", n_besturen=7, statuten="2022",
        team_txt="een trajectbegeleider, twee orthopedagogen en een secretaris van de Commissie Toewijzing",
        fte="14,2", tekort_functies="orthopedagogen en docenten voor het OPDC", systeem="Kindkompas VO", n_opr=10,
        ch_oogo="12. Gemeenten en jeugdhulp", ch_pers="13. Personeel", ch_opr="14. Medezeggenschap",
        ch_priv="15. Gegevensbescherming", ch_gov="16. Bestuur en organisatie", ch_begr="Bijlage 1. Begrippen en afkortingen",
        ch_bijl="Bijlagen",
    )
    b = []
    b += voorwoord(p)
    b += inleiding(p, """Na deze inleiding beschrijft hoofdstuk 2 de regio en hoofdstuk 3 onze visie.
        Hoofdstuk 4 gaat over de basisondersteuning en hoofdstuk 5 over extra ondersteuning op school en
        in het OPDC. Hoofdstuk 6 beschrijft de toewijzing van vso, lwoo en praktijkonderwijs en hoofdstuk
        7 de terugplaatsing vanuit het vso. Het dekkend aanbod en de aanpak van thuiszitten staan in
        hoofdstuk 8. Hoofdstuk 9 gaat over geld en middelen, hoofdstuk 10 over kwaliteitszorg en
        resultaten en hoofdstuk 11 over ouders en leerlingen. De overige hoofdstukken betreffen
        gemeenten, personeel, medezeggenschap, gegevensbescherming en bestuur.""")
    b += [
        H1("2. De regio"),
        P("""SWV VO Kust en Duin omvat alle scholen voor voortgezet onderwijs in de gemeenten Zandvoorde,
        Duinwijk en Strandhoeve: negen scholen voor regulier voortgezet onderwijs met in totaal veertien
        vestigingen, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal
        onderwijs. Zeven schoolbesturen zijn bij het samenwerkingsverband aangesloten. Het totaal
        aantal leerlingen bedroeg op 1 oktober 2025 ruim 9.800."""),
        T(("Kengetal (1 oktober)", "2023", "2024", "2025"),
          ("Leerlingen totaal", "9.912", "9.874", "9.806"), ("Leerlingen met lwoo", "1.102", "1.087", "1.061"),
          ("Leerlingen praktijkonderwijs", "318", "322", "309"), ("Deelnamepercentage vso", "3,4%", "3,3%", "3,2%"),
          ("Landelijk deelnamepercentage vso", "3,6%", "3,6%", "3,7%")),
        H1("3. Visie"),
        P("""Iedere jongere in onze regio heeft recht op een plek in het onderwijs waar hij of zij zich
        kan ontwikkelen tot een zelfstandige en volwaardige deelnemer aan de samenleving. Dat vraagt om
        scholen die kunnen omgaan met verschillen, om een snelle route naar extra ondersteuning als dat
        nodig is, en om een goede aansluiting op het mbo en de arbeidsmarkt. Wij werken vanuit
        vertrouwen in de professionaliteit van de scholen en vragen tegelijk om openheid over
        resultaten. Jongeren zelf worden actief betrokken bij beslissingen over hun ondersteuning."""),
        H1("4. Basisondersteuning"),
        P("""De besturen hebben afgesproken dat alle vestigingen van de aangesloten scholen ten minste
        hetzelfde niveau van basisondersteuning bieden. Dit niveau is het gezamenlijk afgesproken
        minimum in ons samenwerkingsverband en geldt ongeacht de onderwijssoort van de school. Wij
        sluiten aan bij het Referentiekader passend onderwijs, dat basisondersteuning omschrijft aan de
        hand van vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de
        onderwijsondersteuningsstructuur en planmatig werken."""),
        P("""Welke voorzieningen en interventies dit per school concreet inhoudt, beschrijft iedere school
        in haar schoolondersteuningsprofiel. De profielen zijn te vinden op de websites van de scholen.
        Het samenwerkingsverband bespreekt de profielen jaarlijks in het auditgesprek met de school en
        maakt afspraken wanneer het profiel niet aansluit bij het afgesproken niveau."""),
        H1("5. Extra ondersteuning en het OPDC"),
        P("""Extra ondersteuning is ondersteuning die de basisondersteuning te boven gaat. Iedere school
        ontvangt daarvoor een budget lichte ondersteuning, waaruit zij bijvoorbeeld een
        ondersteuningsklas, een time-out voorziening of individuele begeleiding bekostigt. Voor
        jongeren die tijdelijk niet in de reguliere klas kunnen functioneren, is er het
        orthopedagogisch-didactisch centrum (OPDC) De Branding met 60 plaatsen. Plaatsing in het OPDC
        gebeurt op verzoek van de school, na advies van de trajectbegeleider, voor ten hoogste twee
        schooljaren, met als doel terugkeer naar een reguliere school. Daarnaast kent het
        samenwerkingsverband een reboundvoorziening voor kortdurende opvang van maximaal twaalf
        weken."""),
        H1("6. Toewijzing van vso, lwoo en praktijkonderwijs"),
        H2("6.1 Toelaatbaarheid vso"),
        P("""Het bevoegd gezag van de school waar de jongere staat ingeschreven, of bij een eerste
        inschrijving de school van aanmelding, vraagt de TLV aan bij de Commissie Toewijzing van het
        samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een
        handelingsdeel van het afgelopen halfjaar, de zienswijze van ouders en, vanaf 16 jaar, van de
        jongere zelf. De commissie vraagt het advies van twee deskundigen: een orthopedagoog of
        psycholoog en een tweede deskundige die past bij de problematiek. De commissie besluit binnen
        zes weken. De TLV wordt afgegeven voor één, twee of drie schooljaren in de categorie laag,
        midden of hoog."""),
        P("""Een jongere is toelaatbaar tot het vso wanneer het ontwikkelingsperspectief laat zien dat de
        jongere ook met de extra ondersteuning van een reguliere school of het OPDC niet tot
        ontwikkeling komt; er sprake is van een structurele ondersteuningsbehoefte op het gebied van
        leren, gedrag, communicatie, lichamelijke of medische zorg; en de benodigde combinatie van
        onderwijs, zorg en kleine setting alleen in het vso kan worden geboden."""),
        H2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria.
        Voor lwoo gaat het om een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar
        op ten minste twee domeinen, of een IQ tussen 91 en 120 met daarnaast sociaal-emotionele
        problematiek. Voor praktijkonderwijs gaat het om een IQ tussen 55 en 80 en een leerachterstand
        van drie jaar of meer op ten minste twee domeinen. De school van aanmelding dient de aanvraag
        in vóór 1 maart van het jaar van de overstap. De Commissie Toewijzing beoordeelt het dossier en
        besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding, een TLV pro
        eveneens."""),
        H2("6.3 Bezwaar"),
        P("""Tegen een besluit van de Commissie Toewijzing kan binnen zes weken bezwaar worden gemaakt.
        Het samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H1("7. Terugplaatsing vanuit het vso"),
        P("""De vso-school evalueert het ontwikkelingsperspectiefplan van iedere leerling ten minste
        eenmaal per jaar met de ouders en de jongere. In het laatste jaar van de TLV meldt de vso-school
        uiterlijk 1 maart aan de Commissie Toewijzing of zij verlenging aanvraagt of een overstap naar
        het regulier voortgezet onderwijs voorbereidt. Bij een overstap neemt de vso-school het
        initiatief tot een overdrachtsgesprek met de ontvangende school en de ouders; de commissie
        stelt de ontvangende school aan in overleg met de ouders en bevestigt het einde van de TLV.
        Een beleidskader terugplaatsing, met de doelen en voorwaarden van terugplaatsing en de
        begeleiding na de overstap, stellen wij in de loop van het schooljaar 2026-2027 vast met de
        vso-scholen."""),
        H1("8. Dekkend aanbod en thuiszitters"),
        P("""Het ondersteuningsaanbod in de regio is opgebouwd uit vier niveaus: de basisondersteuning op
        iedere school; extra ondersteuning op de school zelf, zoals ondersteuningsklassen; de
        bovenschoolse voorzieningen OPDC De Branding en de reboundvoorziening; en het
        praktijkonderwijs en het vso. Voor jongeren die naast onderwijs zorg nodig hebben, zijn er
        onderwijs-zorgarrangementen bij beide vso-scholen."""),
        P("""Twee keer per jaar bespreekt het samenwerkingsverband met de besturen en de leerplicht
        welke jongeren geen passende plek hebben. De thuiszitterstafel komt iedere zes weken bijeen.
        Voor iedere thuiszitter wordt binnen vier weken een trajectplan opgesteld; de trajectbegeleider
        van het samenwerkingsverband is verantwoordelijk voor de voortgang. In 2025 bleek dat er geen
        passend aanbod is voor hoogbegaafde jongeren met faalangst en voor jongeren met een
        autismespectrumstoornis die een havo-opleiding volgen. Voor beide groepen start in augustus 2027
        een kleinschalige voorziening binnen een van de reguliere scholen."""),
        H1("9. Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (inclusief lwoo en
        praktijkonderwijs) en voor zware ondersteuning. De kosten voor het vso worden door DUO
        ingehouden. Na aftrek van de centrale voorzieningen worden de middelen verdeeld volgens het
        verdeelmodel dat het bestuur in 2025 na instemming van de OPR heeft vastgesteld: de middelen
        voor lwoo en praktijkonderwijs gaan naar de besturen op basis van het aantal leerlingen met een
        aanwijzing lwoo of TLV pro op 1 oktober; het budget lichte ondersteuning wordt verdeeld op basis
        van € 145 per leerling plus een vaste voet van € 25.000 per vestiging; het OPDC, de rebound en
        de trajectbegeleiding worden centraal bekostigd. Schoolbesturen verantwoorden de besteding in
        een jaarlijkse rapportage aan het samenwerkingsverband."""),
        T(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"),
          ("Baten lichte ondersteuning incl. lwoo/pro", "9.840", "9.760", "9.690", "9.640"),
          ("Baten zware ondersteuning (na afdracht vso)", "3.210", "3.150", "3.120", "3.090"),
          ("Lwoo en pro naar besturen", "7.520", "7.460", "7.410", "7.370"),
          ("Budget lichte ondersteuning besturen", "1.770", "1.760", "1.750", "1.740"),
          ("OPDC, rebound en trajectbegeleiding", "2.420", "2.440", "2.460", "2.480"),
          ("Onderwijs-zorgarrangementen", "380", "390", "400", "400"),
          ("Bureau en organisatie", "920", "930", "940", "950"),
          ("Resultaat", "120", "-70", "-150", "-210")),
        P("""De negatieve resultaten vanaf 2027 worden gedekt uit de algemene reserve, die daarmee in 2029
        onder de signaleringswaarde van de Inspectie uitkomt."""),
        H1("10. Kwaliteitszorg en resultaten"),
        P("""Het samenwerkingsverband werkt met een cyclus van plannen, uitvoeren, evalueren en
        bijstellen. Voor de planperiode zijn de volgende beoogde resultaten vastgesteld: het
        deelnamepercentage vso blijft onder het landelijk gemiddelde; het aantal thuiszitters langer
        dan drie maanden is in 2030 gehalveerd ten opzichte van 2025 (nulmeting: 14); 75% van de
        OPDC-leerlingen keert binnen twee jaar terug naar een reguliere school; en 85% van de
        jongeren met lwoo behaalt een diploma in de gekozen leerweg."""),
        P("""Het bureau verzamelt twee keer per jaar de gegevens over deelname, thuiszitters, OPDC en
        diploma's uit DUO-bestanden, de leerplichtregistratie en de eigen administratie. De resultaten
        worden besproken met de besturen en de OPR en verantwoord in het jaarverslag, waarin wij ook
        rapporteren over de kosten per voorziening. Eens per twee jaar houdt het samenwerkingsverband
        een tevredenheidspeiling onder scholen, ouders en jongeren."""),
        H1("11. Ouders en leerlingen"),
        P("""Ouders en jongeren zijn de eerste partners van de school. Het samenwerkingsverband informeert
        hen over de ondersteuningsmogelijkheden via de website, met een aparte pagina voor ouders en
        een voor jongeren, via de brochure 'Extra ondersteuning in het vo' die iedere school bij de
        aanmelding meegeeft, en via een jaarlijkse informatieavond over de overstap van po naar vo. De
        mentor is voor ouders het eerste aanspreekpunt over de ondersteuning van hun kind."""),
        P("""Met de Wet versterking positie ouders en leerlingen krijgt ieder samenwerkingsverband de
        opdracht een ouder- en jeugdsteunpunt in te richten. De vorming daarvan bereiden wij samen met
        het samenwerkingsverband PO voor; nadere informatie volgt zodra de wettelijke verplichting in
        werking is getreden. Jongeren hebben hoorrecht bij het opstellen van hun
        ontwikkelingsperspectiefplan."""),
    ]
    b += oogo(p, "full") + personeel(p) + opr(p) + privacy(p) + governance(p)
    b += procesverslag(p, 17) + bureau(p, 18)
    b += begrippen(p, [("Lwoo", "Leerwegondersteunend onderwijs."), ("OPDC", "Orthopedagogisch-didactisch centrum."),
                       ("Pro", "Praktijkonderwijs."), ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren.")])
    b += bijlagen(p, ["Verdeelmodel 2025", "Reglement Commissie Toewijzing", "Verslag OOGO 27 januari 2026"])
    title = ["Ondersteuningsplan 2026-2030", p["name"], "Samen sterk voor elke jongere"]
    header = "SWV VO Kust en Duin - Ondersteuningsplan 2026-2030"
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4 states the agreed minimum for all vestigingen and copies the four Referentiekader aspects only; concrete voorzieningen are left to the SOPs on school websites.",
            "plaatsing": "H6: vso TLV procedure and criteria (6.1), lwoo/pro national criteria and procedure (6.2), LBT bezwaar (6.3).",
            "terugstroom": "H7 describes the procedure (yearly OPP evaluation, 1 March notice, commissie ends TLV); the beleidskader (aims, conditions, support after return) is deferred to 2026-2027.",
            "financien": "H9 'Geld en middelen': verdeelmodel with criteria and amounts plus a meerjarenbegroting table 2026-2029.",
            "dekkend-aanbod": "H8: four-level continuum incl. OPDC/rebound/OZA, thuiszitterstafel and identified gaps with actions.",
            "resultaten": "H10: beoogde resultaten with numbers (nulmeting 14 thuiszitters) and twice-yearly monitoring, jaarverslag, peiling.",
            "ouders": "H11: information channels present; the ouder- en jeugdsteunpunt is only announced ('nadere informatie volgt'); no other independent help named (TLV bezwaar in 6.3 counts for plaatsing only).",
        },
    )
    return dict(name="holdout24-vo-kustenduin", fmt="docx", title=title, header=header, blocks=b, label=label)


# ================================================================ plan C: PO, pdf
def plan_c():
    p = dict(
        sector="po", name="Stichting Passend Onderwijs Veenland (PO 21-06)",
        short="Passend Onderwijs Veenland", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
        prev_end="2026", region="Veenland", gemeenten_txt="Turfhorst, Venekoten en Hoogeveld",
        place="Turfhorst", director="J. Hofstede MEd", date_oogo="11 februari 2026",
        date_overleg="18 februari 2026", date_opr="10 maart 2026", date_vast="25 maart 2026",
        spec="speciaal basisonderwijs en speciaal onderwijs", leerlingen_woord="kinderen",
        betrokkenen="intern begeleiders, schoolleiders, bestuurders en de ondersteuningsplanraad",
        terugblik="""In de vorige planperiode is het aantal schoolbesturen door een fusie afgenomen en is
        het bureau van het samenwerkingsverband verhuisd naar Turfhorst.""",
        sessies="september tot en met december 2025", ib="intern begeleiders",
        other_swv="VO Veenland (VO 21-07)", n_besturen=6, statuten="2024",
        team_txt="consulenten passend onderwijs en een secretaris van de TLV-commissie", fte="6,8",
        tekort_functies="intern begeleiders en leerkrachten voor het sbo", systeem="Kindkans", n_opr=8,
        ch_oogo="10. Samenwerking met gemeenten en jeugdhulp", ch_pers="11. Personeel en professionalisering",
        ch_opr="12. Ondersteuningsplanraad", ch_priv="13. Privacy", ch_gov="14. Organisatie en governance",
        ch_begr="Bijlage 1 Begrippenlijst", ch_bijl="Bijlage 2 Overige bijlagen",
    )
    b = []
    b += voorwoord(p)
    b += inleiding(p, """Hoofdstuk 2 beschrijft ons samenwerkingsverband en hoofdstuk 3 onze visie. In
        hoofdstuk 4 staat de basisondersteuning, in hoofdstuk 5 de extra ondersteuning en de
        arrangementen. Hoofdstuk 6 gaat over de toelaatbaarheidsverklaringen voor het sbo en so. In
        hoofdstuk 7 beschrijven wij het ondersteuningsaanbod in de regio, in hoofdstuk 8 de financiën en
        in hoofdstuk 9 de positie van ouders. De hoofdstukken 10 tot en met 14 gaan over gemeenten,
        personeel, medezeggenschap, privacy en organisatie. Voor de resultaten van passend onderwijs in
        onze regio verwijzen wij naar het jaarverslag op onze website.""")
    b += [
        H1("2. Ons samenwerkingsverband"),
        P("""Passend Onderwijs Veenland is het samenwerkingsverband voor primair onderwijs in de gemeenten
        Turfhorst, Venekoten en Hoogeveld. Zes schoolbesturen zijn aangesloten, met samen 41
        basisscholen, één school voor speciaal basisonderwijs (De Kompasroos) en één school voor
        speciaal onderwijs cluster 4 (De Veenhorst). Leerlingen met een ondersteuningsbehoefte in
        cluster 3 gaan naar een school buiten de regio. In totaal gaan er ruim 7.400 kinderen naar
        school binnen het samenwerkingsverband."""),
        T(("Bestuur", "Scholen", "Leerlingen 1-10-2025"),
          ("Stichting Veenscholen", "15", "2.740"), ("Stichting Katholiek Primair Onderwijs Hoogeveld", "11", "1.985"),
          ("Vereniging Christelijk Onderwijs Venekoten", "8", "1.404"), ("Stichting Openbaar Onderwijs Turfhorst", "5", "904"),
          ("Twee eenpitters", "2", "228"), ("Stichting De Veenhorst (so)", "1", "146")),
        H1("3. Visie"),
        P("""In Veenland groeien kinderen op in kleine gemeenschappen waar school, gezin en dorp nauw met
        elkaar verbonden zijn. Die kracht willen wij benutten. Wij geloven dat kinderen het meest leren
        wanneer zij zich veilig voelen, wanneer er hoge verwachtingen van hen zijn en wanneer leraren en
        ouders samen optrekken. Ondersteuning is daarom zoveel mogelijk onderdeel van het gewone
        onderwijs in de groep. Waar dat niet volstaat, organiseren wij de ondersteuning zo dicht
        mogelijk bij het kind."""),
        P("""Het samenwerkingsverband ziet zichzelf als een lerende organisatie. Wij willen scholen
        verbinden, expertise delen en de beschikbare middelen zo doelmatig mogelijk inzetten. Daarbij
        kiezen wij voor eenvoud: zo min mogelijk formulieren, korte lijnen en heldere afspraken."""),
        H1("4. Basisondersteuning"),
        P("""Onder basisondersteuning verstaan wij het door de besturen gezamenlijk vastgestelde
        minimumniveau van ondersteuning dat alle scholen en alle locaties binnen Passend Onderwijs
        Veenland bieden. De besturen hebben de standaarden op 19 juni 2025 opnieuw vastgesteld. Iedere
        school moet aan alle standaarden voldoen:"""),
        T(("Standaard", "Concretisering"),
          ("1. Ondersteuningsstructuur", "Iedere school heeft een intern begeleider en een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt."),
          ("2. Handelingsgericht werken", "Leerkrachten stellen per groep een groepsplan of groepsoverzicht op en evalueren dat drie keer per jaar."),
          ("3. Lezen en rekenen", "De school werkt met het Protocol Dyslexie en het Protocol ERWD en biedt intensieve extra instructie."),
          ("4. Gedrag", "De school heeft een schoolbrede aanpak voor positief gedrag en een gedragsspecialist binnen bereik."),
          ("5. Meer- en hoogbegaafdheid", "De school biedt verrijking en compacting en heeft een contactpersoon hoogbegaafdheid."),
          ("6. Fysieke en medische ondersteuning", "De school is toegankelijk of maakt afspraken over aanpassingen, en heeft een protocol medisch handelen."),
          ("7. Ontwikkelingsperspectief", "Voor leerlingen met een eigen leerlijn wordt een OPP opgesteld en twee keer per jaar geëvalueerd.")),
        P("""De consulenten passend onderwijs bezoeken iedere school jaarlijks en voeren een audit uit op
        drie van de zeven standaarden. De uitkomsten worden met het bestuur besproken."""),
        H1("5. Extra ondersteuning en arrangementen"),
        P("""Als de ondersteuningsbehoefte van een kind de basisondersteuning overstijgt, kan de school een
        arrangement aanvragen. Er zijn groepsarrangementen, zoals de plusgroepen voor meer- en
        hoogbegaafde leerlingen in Turfhorst en Hoogeveld, en individuele arrangementen, zoals
        begeleiding door een gedragsspecialist of een orthopedagoog. De aanvraag wordt voorbereid in het
        ondersteuningsteam van de school en ingediend bij de consulent. De consulent beslist binnen drie
        weken. Daarnaast kan de school gebruik maken van de ambulante dienst van De Veenhorst voor
        consultatie en advies."""),
        H1("6. Toelaatbaarheidsverklaringen"),
        P("""Een leerling kan alleen worden ingeschreven op De Kompasroos of op een school voor speciaal
        onderwijs wanneer het samenwerkingsverband een toelaatbaarheidsverklaring heeft afgegeven. De
        aanvraag wordt gedaan door het schoolbestuur van de school waar de leerling is ingeschreven. De
        school vult daarvoor het aanvraagformulier in Kindkans in en voegt het groeidocument, het
        ontwikkelingsperspectief en het verslag van het ondersteuningsteam toe. Ouders ondertekenen het
        groeidocument voor gezien en geven hun zienswijze."""),
        P("""De aanvraag wordt behandeld door de TLV-commissie van het samenwerkingsverband. De commissie
        bestaat uit een orthopedagoog en een GZ-psycholoog, die ieder afzonderlijk een deskundigenadvies
        uitbrengen, aangevuld met een tweede deskundige wanneer de problematiek daarom vraagt. De
        commissie weegt iedere aanvraag afzonderlijk; maatwerk staat voorop. De directeur-bestuurder
        besluit binnen zes weken na ontvangst van het volledige dossier. De criteria voor
        toelaatbaarheid worden in het schooljaar 2026-2027 met de sbo- en so-scholen herijkt en daarna
        gepubliceerd."""),
        P("""In de TLV staat de geldigheidsduur, in de regel twee schooljaren, en voor het so de
        bekostigingscategorie laag, midden of hoog. Ouders die het niet eens zijn met het besluit kunnen
        binnen zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie."""),
        H1("7. Het ondersteuningsaanbod in de regio"),
        P("""Passend Onderwijs Veenland wil dat ieder kind een ononderbroken ontwikkeling kan doormaken.
        Het aanbod in de regio is daarom als een samenhangend geheel georganiseerd: de
        basisondersteuning op iedere school; arrangementen en plusgroepen binnen de basisscholen; de
        ambulante dienst van De Veenhorst; het speciaal basisonderwijs van De Kompasroos, dat ook een
        observatieplaatsing van maximaal twaalf weken kent; het speciaal onderwijs cluster 4 van De
        Veenhorst; en, voor cluster 3, het so buiten de regio, met wie wij afspraken hebben over
        plaatsing en vervoer. Voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, biedt De
        Veenhorst een onderwijs-zorggroep in samenwerking met de jeugdhulp van de gemeente Turfhorst."""),
        P("""Bij de overstap naar het voortgezet onderwijs zorgen de scholen voor een warme overdracht. Het
        samenwerkingsverband maakt daarover jaarlijks afspraken met het samenwerkingsverband VO Veenland."""),
        P("""Een analyse van het dekkend aanbod en van eventuele witte vlekken maakt deel uit van het
        jaarplan 2026-2027. Hoe wij thuiszitten tegengaan, werken wij eveneens in dat jaarplan uit, in
        samenspraak met de leerplichtambtenaren van de drie gemeenten."""),
        H1("8. Financiën"),
        H2("8.1 Verdeling"),
        P("""Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat
        naar de schoolbesturen, die zelf de ondersteuning organiseren. Na aftrek van de afdrachten aan
        het speciaal onderwijs, de overdracht aan het sbo en de kosten van de centrale voorzieningen
        ontvangt ieder bestuur een bedrag van € 190 per leerling op basis van de teldatum 1 oktober
        voorafgaand aan het schooljaar. Besturen met een gemiddeld hoger aandeel leerlingen met een
        ondersteuningsbehoefte, vastgesteld aan de hand van de CBS-onderwijsachterstandsindicator,
        ontvangen een toeslag van € 20 per leerling. Arrangementen worden toegekend door de consulent
        uit een centraal budget."""),
        H2("8.2 Meerjarenbegroting"),
        T(("Bedragen x € 1.000", "2026", "2027", "2028", "2029"),
          ("Baten ondersteuningsbudget", "6.310", "6.240", "6.180", "6.120"),
          ("Afdracht so en overdracht sbo", "2.980", "2.960", "2.950", "2.940"),
          ("Middelen naar besturen", "1.450", "1.430", "1.410", "1.390"),
          ("Arrangementen en plusgroepen", "820", "800", "790", "780"),
          ("Ambulante dienst en consulenten", "640", "640", "640", "640"),
          ("Bureau, bestuur en huisvesting", "470", "470", "470", "470"),
          ("Resultaat", "-50", "-60", "-80", "-100")),
        P("""De tekorten worden gedekt uit de algemene reserve. Het weerstandsvermogen blijft in de
        planperiode boven 5%."""),
        H1("9. Ouders"),
        P("""Ouders kennen hun kind als geen ander. Zij worden betrokken bij het opstellen van het
        ontwikkelingsperspectief en bij de bespreking in het ondersteuningsteam. Een ouderbrochure en
        een vernieuwde ouderpagina op de website worden in 2026-2027 ontwikkeld."""),
        P("""Wanneer ouders vragen hebben of het oneens zijn met de school of het samenwerkingsverband,
        kunnen zij terecht bij Ouderpunt Veenland, het onafhankelijke ouder- en jeugdsteunpunt dat het
        samenwerkingsverband samen met VO Veenland heeft ingericht bij een welzijnsorganisatie. Ook
        kunnen zij een beroep doen op de Onderwijsconsulenten. Voor klachten over het
        samenwerkingsverband geldt de klachtenregeling, met de mogelijkheid zich te wenden tot de
        landelijke klachtencommissie onderwijs. Geschillen over het ontwikkelingsperspectief kunnen
        worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
    ]
    b += oogo(p, "full") + personeel(p) + opr(p) + privacy(p) + governance(p)
    b += procesverslag(p, 15) + bureau(p, 16)
    b += begrippen(p, [("Kindkans", "Digitaal aanvraagsysteem van het samenwerkingsverband.")])
    b += bijlagen(p, ["Bijlage 3 Standaarden basisondersteuning (volledige versie)", "Bijlage 4 Verslag OOGO"])
    title = ["Ondersteuningsplan 2026-2030", p["name"], "Samen zorgen voor elk kind in Veenland"]
    header = "Passend Onderwijs Veenland | Ondersteuningsplan 2026-2030"
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4: agreed minimum for all locations and table of seven standaarden with concretisering; audit by consulenten.",
            "plaatsing": "H6: procedure complete (aanvraag, TLV-commissie, deskundigen, 6 weeks, bezwaar); criteria absent: 'maatwerk staat voorop' and herijking in 2026-2027.",
            "terugstroom": "Nothing in the body; terugplaatsing only in the legal list of 1.2 and the begrippenlijst; warme overdracht PO-VO in H7 is a near-miss.",
            "financien": "H8: schoolmodel with € 190 per leerling plus toeslag (8.1) and a meerjarenbegroting table (8.2).",
            "dekkend-aanbod": "H7 describes the continuum; witte vlekken analysis and thuiszitters approach deferred to jaarplan 2026-2027.",
            "resultaten": "No goals, no monitoring: the leeswijzer refers to the jaarverslag on the website; no kwaliteit chapter.",
            "ouders": "H9: ouderbrochure and ouderpagina 'worden in 2026-2027 ontwikkeld' (informatie not addressed); Ouderpunt Veenland, Onderwijsconsulenten, klachten and GPO described (steunpunt).",
        },
    )
    return dict(name="holdout24-po-veenland", fmt="pdf", title=title, header=header, blocks=b, label=label)


# ================================================================ plan D: VO, pdf
def plan_d():
    p = dict(
        sector="vo", name="Samenwerkingsverband VO Zuidwoude (VO 28-12)",
        short="SWV VO Zuidwoude", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
        prev_end="2026", region="de regio Zuidwoude", gemeenten_txt="Zuidwoude, Eikendaal en Westmeer",
        place="Zuidwoude", director="drs. H.P. de Groot", date_oogo="20 januari 2026",
        date_overleg="29 januari 2026", date_opr="8 april 2026", date_vast="22 april 2026",
        spec="voortgezet speciaal onderwijs", leerlingen_woord="leerlingen",
        betrokkenen="ondersteuningscoördinatoren, schoolleiders, bestuurders en de gemeenten",
        terugblik="""In de vorige planperiode is de toewijzing van lwoo en praktijkonderwijs volledig
        in het samenwerkingsverband ingebed en is een tweede reboundlocatie geopend.""",
        sessies="de periode september 2025 tot en met januari 2026", ib="ondersteuningscoördinatoren",
        other_swv="PO Zuidwoude (PO 28-11)", n_besturen=9, statuten="2021",
        team_txt="trajectbegeleiders, een orthopedagoog en een beleidsmedewerker kwaliteit", fte="11,5",
        tekort_functies="ondersteuningscoördinatoren en docenten voor de rebound", systeem="Onderwijs Transparant", n_opr=12,
        ch_oogo="11. Gemeenten", ch_pers="12. Personeel", ch_opr="13. Medezeggenschap",
        ch_priv="14. Privacy en informatiebeveiliging", ch_gov="15. Governance", ch_begr="Bijlage A Afkortingen en begrippen",
        ch_bijl="Bijlage B Overzicht bijlagen",
    )
    b = []
    b += voorwoord(p)
    b += inleiding(p, """Hoofdstuk 2 geeft een beeld van de regio en de kengetallen, hoofdstuk 3 van onze
        koers. De basisondersteuning staat in hoofdstuk 4 en de ondersteuningsroute en voorzieningen in
        hoofdstuk 5. Hoofdstuk 6 gaat over toelaatbaarheid tot vso, lwoo en pro, hoofdstuk 7 over
        terugplaatsing en overplaatsing. Hoofdstuk 8 beschrijft thuiszitters en het dekkend aanbod,
        hoofdstuk 9 de financiën en hoofdstuk 10 de kwaliteitszorg. Daarna volgen de hoofdstukken over
        gemeenten, personeel, medezeggenschap, privacy en governance.""")
    b += [
        H1("2. Regio en kengetallen"),
        P("""SWV VO Zuidwoude verbindt negen schoolbesturen met samen zestien scholen voor voortgezet
        onderwijs, waarvan twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal
        onderwijs (cluster 4 en cluster 3). De regio telt drie gemeenten. Het leerlingenaantal is de
        afgelopen jaren stabiel."""),
        T(("Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"),
          ("Leerlingen vo", "12.410", "12.388", "12.402"), ("Deelnamepercentage vso", "3,9%", "3,8%", "3,6%"),
          ("Leerlingen met lwoo", "1.288", "1.270", "1.255"), ("Leerlingen pro", "402", "396", "391"),
          ("Thuiszitters langer dan 4 weken", "23", "19", "17"), ("Terugplaatsingen vso naar vo", "11", "14", "16")),
        H1("3. Koers"),
        P("""Ons samenwerkingsverband staat voor een regio waarin iedere leerling een diploma of een
        startkwalificatie kan halen, of, als dat niet haalbaar is, een zo zelfstandig mogelijke plek in
        de samenleving vindt. De scholen zijn samen verantwoordelijk voor alle leerlingen in de regio.
        Wij willen leerlingen zo veel mogelijk in het regulier onderwijs ondersteunen en de stap naar het
        vso alleen zetten als dat echt nodig is."""),
        H1("4. Basisondersteuning"),
        P("""In afwachting van de landelijke norm basisondersteuning hebben de besturen nog geen
        gezamenlijk minimumniveau vastgesteld; iedere school bepaalt haar eigen niveau in het
        schoolondersteuningsprofiel. Zodra de landelijke norm bekend is, stellen de besturen in
        2027 een regionale standaard vast."""),
        P("""Uit de inventarisatie van de schoolondersteuningsprofielen in 2025 blijkt dat alle vestigingen
        op dit moment de volgende voorzieningen bieden: een mentor met wekelijks een mentoruur; een
        ondersteuningscoördinator en een zorgadviesteam; dyslexiebegeleiding met compenserende en
        dispenserende maatregelen; faalangstreductietraining; een time-outvoorziening met begeleiding;
        begeleiding bij het plannen en organiseren van schoolwerk; en een aanbod sociale vaardigheden.
        Vijf van de veertien vestigingen hebben daarnaast een eigen orthopedagoog."""),
        H1("5. Ondersteuningsroute en voorzieningen"),
        P("""Wanneer een leerling meer nodig heeft dan de school zelf kan bieden, bespreekt de
        ondersteuningscoördinator de leerling in het zorgadviesteam. Daarin zitten de
        ondersteuningscoördinator, de trajectbegeleider van het samenwerkingsverband, de jeugdarts en
        de schoolmaatschappelijk werker. Het team kan een arrangement van het samenwerkingsverband
        adviseren: een individueel begeleidingstraject, plaatsing in een van de twee reboundlocaties
        (maximaal twaalf weken), of plaatsing in de tussenvoorziening Het Anker voor leerlingen die
        langere tijd een kleine setting nodig hebben (maximaal één schooljaar). Voor leerlingen met
        zowel een onderwijs- als een zorgbehoefte zijn er onderwijs-zorgarrangementen bij de
        vso-school De Horizon. Het aanbod wordt gecompleteerd door het praktijkonderwijs en het vso."""),
        H1("6. Toelaatbaarheid vso, lwoo en pro"),
        P("""Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan: er is een
        ontwikkelingsperspectiefplan waaruit blijkt dat de school en het samenwerkingsverband gedurende
        ten minste zes maanden extra ondersteuning hebben ingezet; die ondersteuning heeft onvoldoende
        effect gehad; de leerling heeft een ondersteuningsbehoefte op ten minste twee van de domeinen
        leren, gedrag, sociaal-emotioneel functioneren, communicatie en lichamelijk functioneren; en de
        leerling heeft een kleine groep met een specialistische aanpak gedurende de gehele schooldag
        nodig. Een TLV wordt afgegeven voor ten hoogste twee schooljaren, bij een eerste aanvraag
        in de categorie laag, tenzij de leerling intensieve lichamelijke of medische zorg nodig heeft."""),
        P("""Voor lwoo en praktijkonderwijs gelden de landelijke criteria. Lwoo: IQ 75-90 en een
        leerachterstand van 1,5 tot 3 jaar op twee van de vier domeinen (begrijpend lezen, technisch
        lezen, spelling, inzichtelijk rekenen), of IQ 91-120 met een leerachterstand en
        sociaal-emotionele problematiek. Pro: IQ 55-80 en een leerachterstand van ten minste drie jaar
        op twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. Het samenwerkingsverband
        maakt geen gebruik van de mogelijkheid eigen criteria voor lwoo vast te stellen."""),
        P("""De aanvraagprocedure, de samenstelling van de commissie en de termijnen zijn beschreven in het
        Reglement Toewijzing, dat op de website van het samenwerkingsverband staat."""),
        H1("7. Terugplaatsing en overplaatsing"),
        H2("7.1 Beleid"),
        P("""Plaatsing in het vso is voor veel leerlingen de juiste keuze, maar niet altijd voor de hele
        schoolloopbaan. Ons beleid is erop gericht dat iedere leerling met een TLV in het laatste jaar
        daarvan opnieuw wordt bekeken met het oog op een overstap naar het regulier voortgezet
        onderwijs of naar het praktijkonderwijs. Voorwaarden zijn dat de leerling de overstap
        zelf ziet zitten, dat een ontvangende school is gevonden die de benodigde ondersteuning kan
        bieden, en dat het onderwijsniveau van de leerling aansluit. Na de overstap krijgt de leerling
        gedurende ten minste één schooljaar een overstaparrangement: begeleiding door een
        ambulant begeleider van de vso-school en een budget van € 4.500 voor de ontvangende school."""),
        H2("7.2 Werkwijze"),
        P("""De vso-school bespreekt in het voorjaar van het laatste TLV-jaar in de commissie van
        begeleiding of een overstap mogelijk is. Uiterlijk 1 april meldt de vso-school haar conclusie bij
        de trajectbegeleider van het samenwerkingsverband. Bij een overstap organiseert de
        trajectbegeleider vóór 1 juni een overstapgesprek met de leerling, de vso-school en de
        ontvangende school, en stelt de directeur van het samenwerkingsverband het overstaparrangement
        vast. Na drie en na negen maanden evalueert de trajectbegeleider de overstap. Is de overstap niet
        mogelijk, dan vraagt de vso-school een nieuwe TLV aan. Het aantal terugplaatsingen steeg van 11
        in 2023 naar 16 in 2025."""),
        H1("8. Thuiszitters en dekkend aanbod"),
        P("""Het samenwerkingsverband wil dat geen enkele leerling thuiszit. Scholen melden verzuim van
        meer dan twee weken binnen vijf schooldagen bij de trajectbegeleider en de leerplichtambtenaar.
        Binnen vier weken stellen school, trajectbegeleider en jeugdhulp een plan op. Voor leerlingen
        bij wie dit niet lukt, beslist het casusoverleg thuiszitters binnen twee weken welke school de
        leerling tijdelijk opvangt; de directeur van het samenwerkingsverband heeft daarin
        doorzettingsmacht."""),
        P("""Jaarlijks in maart analyseren wij met de besturen de gegevens van het loket, de
        thuiszitterslijst en de wachtlijsten van de voorzieningen om te bepalen waar het aanbod tekort
        schiet. Uit de analyse van 2025 blijkt een tekort aan plaatsen voor leerlingen met een
        internaliserende problematiek op havo- en vwo-niveau. In 2026-2027 start daarom een
        kleinschalige havo/vwo-afdeling van Het Anker met vijftien plaatsen."""),
        H1("9. Financiën"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De verdeling
        van de middelen over de schoolbesturen wordt jaarlijks door het bestuur vastgesteld in het
        Financieel Kader; dit kader maakt geen deel uit van dit plan. De meerjarenbegroting ziet er als
        volgt uit:"""),
        T(("x € 1.000", "2026", "2027", "2028", "2029"),
          ("Rijksbijdrage lichte ondersteuning incl. lwoo/pro", "11.640", "11.600", "11.580", "11.560"),
          ("Rijksbijdrage zware ondersteuning na afdracht", "4.020", "4.010", "4.000", "3.990"),
          ("Toekenning aan schoolbesturen", "12.100", "12.080", "12.060", "12.040"),
          ("Rebound, Het Anker en trajectbegeleiding", "2.610", "2.650", "2.690", "2.720"),
          ("Overstaparrangementen", "72", "81", "90", "90"),
          ("Onderwijs-zorgarrangementen", "310", "310", "310", "310"),
          ("Bureau en bestuur", "790", "800", "810", "820"),
          ("Saldo", "-222", "-311", "-380", "-430")),
        P("""De negatieve saldi worden gedekt uit de reserves, die daarmee in 2029 op het niveau van de
        signaleringswaarde komen."""),
        H1("10. Kwaliteitszorg"),
        P("""De beoogde resultaten per schooljaar formuleren wij in het jaarplan. Het samenwerkingsverband
        volgt de uitvoering met een jaarlijkse kwaliteitscyclus. Drie keer per jaar stelt de
        beleidsmedewerker kwaliteit een monitor op met de gegevens over deelname aan vso, lwoo en pro,
        thuiszitters, terugplaatsingen, de doorlooptijd van aanvragen en de inzet van arrangementen.
        De monitor wordt besproken met de besturen, de raad van toezicht en de OPR. In het jaarverslag
        rapporteren wij over de bereikte resultaten en de kosten per voorziening. Eens per twee jaar
        laat het samenwerkingsverband een onafhankelijke evaluatie uitvoeren van een van de
        voorzieningen."""),
    ]
    b += oogo(p, "full") + personeel(p) + opr(p, with_parents=False) + privacy(p) + governance(p)
    b += procesverslag(p, 16) + bureau(p, 17)
    b += begrippen(p, [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                       ("Rebound", "Tijdelijke opvang buiten de eigen school."),
                       ("Ouders & Onderwijs", "Landelijk informatiepunt voor ouders.")])
    b += bijlagen(p, ["Reglement Toewijzing", "Financieel Kader 2026", "Verslag OOGO", "Instemmingsbrief OPR"])
    title = ["Ondersteuningsplan 2026-2030", p["name"], "Iedere leerling een plek"]
    header = "SWV VO Zuidwoude | Ondersteuningsplan 2026-2030"
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "H4 says explicitly that no common minimum level exists yet (regional standard in 2027); it does list the voorzieningen all vestigingen currently offer.",
            "plaatsing": "H6 gives vso, lwoo and pro criteria and TLV duration/category; the procedure is only referred to the Reglement Toewijzing on the website.",
            "terugstroom": "H7: beleid (aims, conditions, overstaparrangement) and werkwijze (1 April, 1 June, evaluations); numbers in H2 table and 7.2.",
            "financien": "H9 has a meerjarenbegroting with amounts; the verdeling is referred to the separate Financieel Kader ('maakt geen deel uit van dit plan').",
            "dekkend-aanbod": "H5 route and voorzieningen (rebound, Het Anker, OZA, pro, vso); H8 thuiszitters procedure and yearly gap analysis with action.",
            "resultaten": "H10: beoogde resultaten deferred to the jaarplan; monitoring cycle (monitor three times a year, jaarverslag) described.",
            "ouders": "No parents chapter; OPR section without composition; parents appear only in the legal list (1.2), voorwoord and begrippenlijst (Ouders & Onderwijs, OJSP).",
        },
    )
    return dict(name="holdout24-vo-zuidwoude", fmt="pdf", title=title, header=header, blocks=b, label=label)


# ================================================================ plan E: PO, markdown (koersdeel)
def plan_e():
    p = dict(
        sector="po", name="Samenwerkingsverband Primair Onderwijs De Brede Vaart (PO 26-03)",
        short="SWV De Brede Vaart", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
        prev_end="2026", region="de gemeenten Vaartveen, Sluiskade en Ter Aar-Noord",
        gemeenten_txt="Vaartveen, Sluiskade en Ter Aar-Noord", place="Vaartveen",
        director="A.M. Brouwer-Smit", date_oogo="4 februari 2026", date_overleg="12 februari 2026",
        date_opr="19 maart 2026", date_vast="2 april 2026",
        spec="speciaal basisonderwijs en speciaal onderwijs", leerlingen_woord="kinderen",
        betrokkenen="schoolleiders, intern begeleiders, ouders, kinderen en de ondersteuningsplanraad",
        terugblik="""Het deelnamepercentage aan het speciaal (basis)onderwijs is gedaald en steeds meer
        kinderen keren na een periode in het sbo of so terug naar een basisschool.""",
        sessies="het voorjaar en najaar van 2025", ib="intern begeleiders",
        other_swv="VO De Brede Vaart (VO 26-04)", n_besturen=8, statuten="2020",
        team_txt="schoolcontactpersonen, een orthopedagoog en een medewerker communicatie", fte="7,9",
        tekort_functies="intern begeleiders", systeem="OnderwijsRoute", n_opr=10,
        ch_oogo="10. Gemeenten", ch_pers="11. Personeel", ch_opr="12. Ondersteuningsplanraad",
        ch_priv="13. Privacy en ICT", ch_gov="14. Bestuur en organisatie", ch_begr="Begrippenlijst",
        ch_bijl="Bijlagen en deel 2",
    )
    b = []
    b += voorwoord(p)
    b += inleiding(p, """Het ondersteuningsplan 2026-2030 bestaat uit twee delen. Dit is deel 1, 'Koers'.
        Hierin staan onze visie, de terugblik op de vorige periode, onze koers voor terugplaatsing, de
        beoogde resultaten en de manier waarop wij die volgen, en de informatie voor ouders. Deel 2,
        'Uitwerking', bevat de afspraken over de basisondersteuning, de toewijzing van arrangementen en
        toelaatbaarheidsverklaringen, het aanbod in de regio en de financiën. Deel 2 wordt jaarlijks
        geactualiseerd en apart gepubliceerd. Hoofdstuk 2 van dit deel beschrijft het
        samenwerkingsverband, hoofdstuk 3 de terugblik, hoofdstuk 4 visie en koers, hoofdstuk 5 de
        verwijzing naar deel 2, hoofdstuk 6 terugplaatsing, hoofdstuk 7 middelen, hoofdstuk 8 resultaten,
        hoofdstuk 9 ouders en kinderen en hoofdstuk 10 tot en met 14 gemeenten, personeel, OPR, privacy en bestuur.""")
    b += [
        H1("2. Ons samenwerkingsverband"),
        P("""SWV De Brede Vaart is het samenwerkingsverband passend onderwijs voor de basisscholen in de
        gemeenten Vaartveen, Sluiskade en Ter Aar-Noord. Acht schoolbesturen werken samen. Zij zijn
        verantwoordelijk voor 47 basisscholen, twee scholen voor speciaal basisonderwijs en één school
        voor speciaal onderwijs met een afdeling voor cluster 3 en een voor cluster 4. Er gaan ongeveer
        9.200 kinderen naar school in ons samenwerkingsverband."""),
        H1("3. Terugblik 2022-2026"),
        P("""In het vorige ondersteuningsplan stonden drie doelen centraal: het versterken van de scholen,
        het verlagen van het aantal verwijzingen en het verbeteren van de informatie aan ouders. Het
        deelnamepercentage sbo en so samen daalde van 3,3% op 1 oktober 2021 naar 2,9% op 1 oktober
        2025. Het aantal terugplaatsingen vanuit sbo en so steeg van 5 in 2021-2022 naar 12 in
        2024-2025. De tevredenheid van ouders over de informatie van het samenwerkingsverband steeg van
        een 6,4 naar een 7,3. Niet gehaald is het doel om alle scholen een eigen gedragsspecialist te
        laten aanstellen; het lerarentekort maakte dat onhaalbaar."""),
        H1("4. Visie en koers"),
        P("""Ieder kind hoort erbij. Wij willen dat kinderen zoveel mogelijk samen met hun broertjes,
        zusjes en vriendjes naar school gaan in hun eigen wijk of dorp. Scholen werken daarbij samen met
        ouders en met het kind zelf: de stem van het kind telt. Voor de periode 2026-2030 kiezen wij vier
        koersen:"""),
        L("Koers 1 – Ouders en kinderen als partner: ouders weten waar zij terechtkunnen en kinderen worden gehoord.",
          "Koers 2 – Terug waar het kan: na het sbo of so is de weg terug naar de basisschool vanzelfsprekend.",
          "Koers 3 – Leren van resultaten: wij maken zichtbaar wat wij bereiken en sturen daarop bij.",
          "Koers 4 – Vakmanschap: wij investeren in de deskundigheid van leraren en intern begeleiders."),
        H1("5. Basisondersteuning, arrangementen en toelaatbaarheid"),
        P("""De afspraken over de basisondersteuning die iedere school biedt, over de toekenning van
        arrangementen en over de procedure en criteria voor toelaatbaarheid tot het speciaal
        basisonderwijs en het speciaal onderwijs zijn opgenomen in deel 2 'Uitwerking', hoofdstukken 1
        tot en met 3. De Regeling toelaatbaarheid is daarnaast te raadplegen op de website van het
        samenwerkingsverband. In deze planperiode evalueren wij de basisondersteuning in 2027 opnieuw;
        de uitkomst wordt verwerkt in de volgende versie van deel 2."""),
        H1("6. Terug waar het kan"),
        P("""Het samenwerkingsverband wil dat een plaatsing in het sbo of so geen eindstation is. Ons
        beleid is dat bij ieder kind in het sbo en so jaarlijks wordt gekeken of terugkeer naar een
        basisschool in zicht is, en dat terugkeer plaatsvindt zodra het kind daar met ondersteuning tot
        zijn recht kan komen. Wij streven naar terugkeer naar een basisschool in de eigen woonplaats.
        Voorwaarden voor terugplaatsing zijn dat de ouders instemmen, dat de ontvangende school een
        passend arrangement kan bieden en dat de overgang zorgvuldig wordt voorbereid, bij voorkeur met
        een proefperiode van zes weken waarin het kind deels op beide scholen is."""),
        P("""Na terugkeer heeft ieder kind recht op een terugkeerarrangement van één schooljaar: een
        ambulant begeleider van de sbo- of so-school ondersteunt de leraar en het kind, en de ontvangende
        school kan extra begeleiding inzetten. Ook wanneer een kind naar een andere sbo- of so-school
        overstapt, geldt dat de overgang goed moet worden voorbereid. De werkwijze – wie het initiatief
        neemt, de evaluatiemomenten en de besluitvorming aan het einde van de TLV – staat beschreven
        in deel 2 'Uitwerking'."""),
        H1("7. Middelen"),
        P("""Een toelichting op de verdeling van de ondersteuningsmiddelen, de toekenning van budgetten
        aan de schoolbesturen en de meerjarenbegroting is opgenomen in deel 2 'Uitwerking' en in de
        jaarlijkse begroting, die na advies van de OPR door het bestuur wordt vastgesteld."""),
        H1("8. Resultaten en kwaliteitszorg"),
        H2("8.1 Beoogde resultaten"),
        P("""Bij iedere koers horen meetbare doelen voor 2030:"""),
        T(("Koers", "Indicator", "Nulmeting 2025", "Doel 2030"),
          ("1 Ouders en kinderen", "Tevredenheid ouders over informatie en contact (rapportcijfer)", "7,3", "7,8"),
          ("1 Ouders en kinderen", "Aandeel OPP's waarin de mening van het kind is vastgelegd", "41%", "95%"),
          ("2 Terug waar het kan", "Aantal terugplaatsingen vanuit sbo/so per schooljaar", "12", "ten minste 18"),
          ("2 Terug waar het kan", "Deelnamepercentage sbo en so samen (1 oktober)", "2,9%", "2,6%"),
          ("4 Vakmanschap", "Aandeel intern begeleiders met post-hbo opleiding", "62%", "85%")),
        H2("8.2 Monitoring en verantwoording"),
        P("""Het samenwerkingsverband verzamelt de gegevens voor deze indicatoren tweemaal per jaar: in
        november (peildatum 1 oktober, DUO-gegevens en eigen registratie) en in juni (eigen registratie
        en de jaarlijkse ouderenquête). De resultaten worden in een dashboard gepresenteerd aan het
        bestuur, de raad van toezicht en de OPR en besproken in de netwerken van intern begeleiders.
        Bij achterblijvende resultaten stelt het bestuur maatregelen vast in het jaarplan. In het
        jaarverslag legt het samenwerkingsverband verantwoording af over de bereikte resultaten. In
        2028 vindt een tussentijdse evaluatie van het plan plaats, waarin ook de OPR wordt gehoord."""),
        H1("9. Ouders en kinderen"),
        P("""Ouders vinden informatie over de ondersteuningsmogelijkheden op de website van het
        samenwerkingsverband, in de ouderbrochure 'Wat als mijn kind meer nodig heeft?' en in de
        schoolgids van iedere school, waarin staat welke ondersteuning de school biedt. Iedere school
        heeft een contactpersoon passend onderwijs voor ouders. Twee keer per jaar organiseren wij een
        ouderavond in iedere gemeente. Informatie is ook beschikbaar in eenvoudige taal en in het
        Engels, Arabisch en Pools."""),
        P("""Voor onafhankelijk advies en ondersteuning kunnen ouders en kinderen terecht bij het Ouder-
        en Jeugdsteunpunt De Brede Vaart, dat is ondergebracht bij een onafhankelijke stichting. Het
        steunpunt helpt bij vragen, denkt mee bij onenigheid met school of samenwerkingsverband en
        verwijst zo nodig naar de Onderwijsconsulenten of de Geschillencommissie passend onderwijs. De
        signalen van het steunpunt worden twee keer per jaar anoniem met het bestuur besproken."""),
    ]
    b += oogo(p, "proc") + personeel(p) + opr(p) + privacy(p) + governance(p)
    b += procesverslag(p, 15) + bureau(p, 16)
    b += begrippen(p, [("Deel 2 Uitwerking", "Jaarlijks geactualiseerd uitwerkingsdeel van het ondersteuningsplan.")])
    b += bijlagen(p, ["Deel 2 Uitwerking (apart document)", "Regeling toelaatbaarheid", "Verslag OOGO 4 februari 2026"])
    title = ["Ondersteuningsplan 2026-2030 – Deel 1: Koers", p["name"], "Vastgesteld op 2 april 2026"]
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5 only refers to deel 2 'Uitwerking' (not part of the input); glossary definition does not count.",
            "plaatsing": "H5 refers procedure and criteria to deel 2 and the Regeling toelaatbaarheid on the website; no deskundigen, duur or bezwaar in the body.",
            "terugstroom": "H6 gives the policy (aims, conditions, proefperiode, terugkeerarrangement); the werkwijze is referred to deel 2; numbers in H3.",
            "financien": "H7 only refers to deel 2 and the jaarlijkse begroting; no verdeling criteria, no amounts.",
            "dekkend-aanbod": "Aanbod is referred to deel 2; OOGO chapter is procedural only (jeugdhulp agenda deferred to 2026); no thuiszitters or gap content.",
            "resultaten": "H8: indicator table with nulmeting and doel 2030 (8.1); twice-yearly monitoring, dashboard, jaarverslag, mid-term evaluation (8.2).",
            "ouders": "H9: website, brochure, schoolgids, contactpersoon, ouderavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, GPO.",
        },
    )
    return dict(name="holdout24-po-bredevaart", fmt="md", title=title, header="", blocks=b, label=label)


# ================================================================ near-miss: regionaal Thuiszitterspact
def not_a_plan():
    b = [
        H1("1. Aanleiding"),
        P("""In de regio Veenland gingen in het schooljaar 2024-2025 volgens de registratie van de
        leerplichtambtenaren 61 leerplichtige kinderen en jongeren langer dan vier weken niet naar
        school zonder geldige reden. Daarnaast hadden 38 jongeren een vrijstelling van de leerplicht op
        grond van artikel 5a van de Leerplichtwet. Achter deze cijfers gaan gezinnen schuil die vaak al
        lang op zoek zijn naar een passende plek. Gemeenten, samenwerkingsverbanden passend onderwijs,
        schoolbesturen, jeugdhulpaanbieders en de GGD in Veenland hebben daarom afgesproken hun
        krachten te bundelen in dit Thuiszitterspact."""),
        P("""Het pact sluit aan bij het landelijke Thuiszitterspact en bij de ondersteuningsplannen van de
        samenwerkingsverbanden PO en VO Veenland en het regionale beleidsplan jeugd. Het pact vervangt
        die documenten niet: het legt de gezamenlijke afspraken vast die nodig zijn om thuiszitten te
        voorkomen en te verkorten."""),
        H1("2. Partners"),
        L("De gemeenten Turfhorst, Venekoten en Hoogeveld (onderwijs, jeugd en leerplicht);",
          "Stichting Passend Onderwijs Veenland (PO 21-06) en Samenwerkingsverband VO Veenland (VO 21-07);",
          "de schoolbesturen voor primair, speciaal en voortgezet onderwijs in de regio;",
          "de gecontracteerde jeugdhulpaanbieders en de jeugd-GGZ;",
          "de GGD Veenland (jeugdartsen) en Ouderpunt Veenland."),
        H1("3. Ambitie"),
        P("""Geen kind langer dan drie maanden thuis zonder passend onderwijsaanbod. Wij willen het aantal
        thuiszitters in 2028 halveren ten opzichte van 2024-2025 en het aantal vrijstellingen op grond
        van artikel 5a met een kwart verminderen. Elk kind dat thuiszit, heeft binnen vier weken een
        plan voor terugkeer naar onderwijs, eventueel in combinatie met zorg."""),
        H1("4. Afspraken"),
        H2("4.1 Signaleren en melden"),
        P("""Scholen melden ongeoorloofd verzuim conform de Leerplichtwet bij DUO. Daarnaast melden zij
        iedere leerling die langer dan twee weken niet of gedeeltelijk naar school gaat bij de
        leerplichtambtenaar en, voor leerlingen met een ondersteuningsbehoefte, bij het
        samenwerkingsverband. Ook ongeoorloofd verzuim in de vorm van een 'tijdelijk aangepast rooster'
        zonder einddatum wordt gemeld."""),
        H2("4.2 Casusregie"),
        P("""Voor iedere thuiszitter wordt één regisseur aangewezen: bij een leerling die op een school
        staat ingeschreven is dat de trajectbegeleider of consulent van het samenwerkingsverband, bij
        een leerling zonder inschrijving de leerplichtambtenaar. De regisseur brengt binnen twee weken
        school, ouders, jeugdhulp en zo nodig de jeugdarts bij elkaar en legt binnen vier weken een
        plan vast."""),
        H2("4.3 Thuiszitterstafel en doorzettingsmacht"),
        P("""Lukt het niet binnen acht weken een plan te realiseren, dan wordt de casus besproken aan de
        regionale thuiszitterstafel, die iedere maand bijeenkomt. Aan tafel zitten een vertegenwoordiger
        van elk samenwerkingsverband, de leerplicht, de gemeentelijke toegang jeugd en een
        jeugdhulpaanbieder. Als partijen het niet eens worden, nemen de directeur-bestuurder van het
        samenwerkingsverband en de wethouder jeugd van de woongemeente binnen twee weken gezamenlijk een
        besluit."""),
        H2("4.4 Onderwijs en zorg"),
        P("""Voor leerlingen die naast onderwijs zorg nodig hebben, kunnen onderwijs-zorgarrangementen
        worden ingezet. De kosten worden verdeeld: het samenwerkingsverband financiert het
        onderwijsdeel, de gemeente het zorgdeel. Waar nodig kan het samenwerkingsverband met
        voorrang een toelaatbaarheidsverklaring voor het speciaal onderwijs afgeven; de procedure en
        criteria van het betreffende samenwerkingsverband blijven daarbij van toepassing."""),
        H2("4.5 Ouders"),
        P("""Ouders zijn vanaf het eerste moment betrokken bij het plan voor hun kind. Zij kunnen voor
        onafhankelijk advies terecht bij Ouderpunt Veenland en bij de Onderwijsconsulenten. De
        partners informeren ouders via een gezamenlijke folder 'Mijn kind gaat niet naar school – wat
        nu?', die scholen, leerplicht en wijkteams uitreiken."""),
        H1("5. Monitoring"),
        P("""De leerplichtambtenaren leveren ieder kwartaal de thuiszitterscijfers aan. De
        samenwerkingsverbanden rapporteren twee keer per jaar over de aantallen, de duur van het
        thuiszitten en de geboden oplossingen. De stuurgroep van het pact, bestaande uit de wethouders
        onderwijs en de directeuren-bestuurders van de samenwerkingsverbanden, bespreekt de cijfers en
        stelt zo nodig de afspraken bij. Het pact wordt in 2028 geëvalueerd."""),
        H1("6. Financiën"),
        P("""Voor de uitvoering van het pact stellen de partners gezamenlijk een budget beschikbaar van
        € 180.000 per jaar, voor de helft gefinancierd door de gemeenten en voor de helft door de twee
        samenwerkingsverbanden. Uit dit budget worden de coördinatie van de thuiszitterstafel, een
        flexibel budget voor maatwerktrajecten en scholing van regisseurs betaald."""),
        H1("7. Looptijd en ondertekening"),
        P("""Dit pact geldt van 1 augustus 2025 tot en met 31 juli 2028. Het is in het OOGO tussen
        gemeenten en samenwerkingsverbanden besproken en ondertekend op 2 juli 2025 door de wethouders
        van Turfhorst, Venekoten en Hoogeveld, de directeuren-bestuurders van Stichting Passend
        Onderwijs Veenland en Samenwerkingsverband VO Veenland, de voorzitters van de colleges van
        bestuur van de schoolbesturen en de directeuren van de jeugdhulpaanbieders en de GGD."""),
    ]
    title = ["Thuiszitterspact Veenland 2025-2028",
             "Plan van aanpak van gemeenten, samenwerkingsverbanden PO en VO, schoolbesturen en jeugdhulp",
             "Ondertekend op 2 juli 2025"]
    label = dict(
        sector="po", looks_like_plan=False, elements={}, criteria={}, advisory_addressed={},
        notes={"document": "Regional Thuiszitterspact / plan van aanpak thuiszitters of gemeenten, both SWVs (PO and VO), "
               "boards and jeugdhulp: not an ondersteuningsplan of a samenwerkingsverband (no OPR consent, no "
               "basisondersteuning, toelaatbaarheid, terugplaatsing or verdeling of ondersteuningsmiddelen); it only "
               "refers to the SWVs' own plans. Sector is mixed PO/VO; 'po' is nominal."},
    )
    return dict(name="holdout24-thuiszitterspact-veenland", fmt="docx", title=title,
                header="Thuiszitterspact Veenland 2025-2028", blocks=b, label=label, toc=False)


# ================================================================ labels and main
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def label_text(docs, lab):
    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in lab["elements"].items()) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory_addressed"]:
        lines.append("advisory_addressed:")
        for k, v in lab["advisory_addressed"].items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    return "\n".join(lines) + "\n"


def check_label(lab):
    if not lab["looks_like_plan"]:
        return
    for c in CORE:
        assert c in lab["criteria"], c
    for el, st in lab["elements"].items():
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = lab["advisory_addressed"].get(el, [])
        exp = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
        assert exp == st, (el, st, exp)


def main():
    for build in (plan_a, plan_b, plan_c, plan_d, plan_e, not_a_plan):
        d = build()
        check_label(d["label"])
        fn = f"{d['name']}.{d['fmt']}"
        path = os.path.join(OUT, fn)
        if d["fmt"] == "docx":
            write_docx(path, d["title"], d["header"], d["blocks"], toc=d.get("toc", True))
        elif d["fmt"] == "pdf":
            write_pdf(path, d["title"], d["header"], d["blocks"])
        else:
            write_md(path, d["title"], d["blocks"])
        with open(os.path.join(OUT, d["name"] + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write(label_text([fn], d["label"]))
        print(f"{fn}: {words(d['blocks'])} words", file=sys.stderr)


if __name__ == "__main__":
    main()
