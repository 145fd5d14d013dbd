#!/usr/bin/env python3
"""Generate the holdout236 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
from pathlib import Path
import shutil
import subprocess
import tempfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# block helpers
# ----------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(items):
    return ("bullets", items)


def T(rows):
    return ("table", rows)


def TOC(entries):
    return ("toc", entries)


def PB():
    return ("pagebreak", None)


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------


def render_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc_spec["header"]
    sec.footer.paragraphs[0].text = doc_spec["footer"]
    d.core_properties.title = doc_spec["title"]
    d.core_properties.author = doc_spec.get("author", "")
    for line in doc_spec["titlepage"]:
        para = d.add_paragraph()
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(16)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, val in doc_spec["blocks"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for num, title, page in val:
                d.add_paragraph(f"{num}\t{title} {'.' * 8} {page}")
        elif kind == "table":
            tab = d.add_table(rows=len(val), cols=len(val[0]))
            tab.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tab.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in tab.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def render_md(doc_spec, path):
    out = []
    for line in doc_spec["titlepage"]:
        out.append(f"**{line}**  ")
    out.append("")
    out.append(f"*{doc_spec['header']}*")
    out.append("")
    for kind, val in doc_spec["blocks"]:
        if kind == "h1":
            out += [f"# {val}", ""]
        elif kind == "h2":
            out += [f"## {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += [f"- {it}" for it in val] + [""]
        elif kind == "toc":
            out += ["## Inhoud", ""] + [f"- {num} {title}" for num, title, _ in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out += ["---", ""]
    out += ["", f"*{doc_spec['footer']}*", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(doc_spec, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout236_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc_spec, src)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# neutral filler shared by the plans (must not address any element)
# ----------------------------------------------------------------------------------------------


def filler_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het resultaat van "
          f"ruim een jaar gesprekken met schoolbesturen, directeuren, intern begeleiders, leerkrachten, "
          f"gemeenten en de ondersteuningsplanraad. Wij zijn iedereen die heeft meegelezen en meegedacht "
          f"bijzonder erkentelijk. Passend onderwijs is geen project met een einddatum, maar een manier van "
          f"samenwerken die elk jaar opnieuw onderhoud vraagt."),
        P(f"De afgelopen planperiode was bewogen. De gevolgen van de coronajaren waren in de klassen nog lang "
          f"voelbaar, het lerarentekort raakte vrijwel alle scholen in {c['regio']} en de vraag naar "
          f"ondersteuning veranderde van karakter. Tegelijk zagen we hoeveel er mogelijk is wanneer besturen "
          f"over de grenzen van hun eigen organisatie heen kijken. Dat vertrouwen is het fundament onder dit plan."),
        P("Dit plan is bewust compacter dan zijn voorganger. Het beschrijft de afspraken die wij als "
          "samenwerkende besturen met elkaar maken. Het jaarplan vertaalt die afspraken elk jaar naar concrete "
          "activiteiten. Wij hopen dat het plan voor iedereen die bij het onderwijs aan onze kinderen betrokken "
          "is een bruikbaar naslagwerk zal zijn."),
        P(f"{c['directeur']}, directeur-bestuurder"),
    ]


def filler_regio(c):
    return [
        H1("Ons samenwerkingsverband"),
        P(f"{c['naam']} is een {c['rechtsvorm']} waarin {c['n_besturen']} schoolbesturen samenwerken. "
          f"Samen zijn zij verantwoordelijk voor {c['n_scholen']} scholen met ongeveer {c['n_ll']} leerlingen "
          f"in de gemeenten {c['gemeenten']}. Het verband is geregistreerd onder code {c['code']}. Het "
          f"bureau is gevestigd in {c['plaats']}."),
        P(f"De regio kent een grote verscheidenheid. Naast stedelijke wijken met een jonge bevolking liggen "
          f"kleine kernen waar het aantal leerlingen de komende jaren verder daalt. De prognoses van de "
          f"gemeenten laten voor de planperiode een krimp zien van ongeveer {c['krimp']} procent. Voor een "
          f"aantal kleine scholen betekent dat een voortdurende zorg om de continuïteit. Tegelijk groeien "
          f"enkele nieuwbouwwijken snel, waardoor scholen daar met volle groepen werken."),
        P("De aangesloten besturen verschillen in omvang, denominatie en werkwijze. Er zijn eenpitters en "
          "besturen met meer dan twintig scholen. Openbare, katholieke, protestants-christelijke en algemeen "
          "bijzondere scholen werken binnen het verband samen. Die verscheidenheid zien wij als een kracht: "
          "het maakt dat we van elkaar kunnen leren, ook al betekent het dat afspraken soms meer tijd vragen."),
    ]


def filler_visie(c):
    return [
        H1("Visie en missie"),
        P(f"Onze missie luidt: '{c['missie']}'. Deze zin is in een reeks bijeenkomsten met directeuren en "
          f"intern begeleiders tot stand gekomen en vat samen waar wij als samenwerkende besturen voor staan."),
        P("Wij geloven dat kinderen het best tot hun recht komen in een omgeving die hen kent: dicht bij huis, "
          "met klasgenoten uit de buurt en leerkrachten die ruimte krijgen om hun vak uit te oefenen. Passend "
          "onderwijs begint daarom in de groep, bij de leerkracht. Het samenwerkingsverband is er om die "
          "leerkracht en de school te versterken, niet om taken over te nemen."),
        P("Drie waarden sturen ons handelen: vertrouwen, eigenaarschap en nabijheid. Vertrouwen betekent dat we "
          "uitgaan van de professionaliteit van scholen en hen niet belasten met onnodige verantwoording. "
          "Eigenaarschap betekent dat besturen zelf verantwoordelijkheid nemen voor hun scholen en voor de "
          "regio als geheel. Nabijheid betekent dat we ondersteuning zo dicht mogelijk bij het kind organiseren."),
        P("Onze visie raakt aan vele onderwerpen die in dit plan terugkomen: de samenwerking met gemeenten, de "
          "inzet van middelen, de manier waarop we met elkaar in gesprek blijven over resultaten en de positie "
          "van kinderen en hun ouders. We werken die onderwerpen in de volgende hoofdstukken uit waar dat in dit "
          "plan aan de orde is."),
    ]


def filler_governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De "
          f"{c['bestuursvorm']}. Het toezicht wordt uitgeoefend door {c['toezicht']}. De taken en "
          f"bevoegdheden zijn vastgelegd in de statuten en in het managementstatuut. De statuten bevatten een "
          f"regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
        P("De wettelijke taken van het samenwerkingsverband zijn het vaststellen van het ondersteuningsplan, het "
          "verdelen en toewijzen van ondersteuningsmiddelen en -voorzieningen, het beslissen over "
          "toelaatbaarheid en het adviseren over de ondersteuningsbehoefte van leerlingen. Dit hoofdstuk "
          "beschrijft hoe de organisatie is ingericht om die taken uit te voeren; de inhoud van de taken zelf "
          "komt elders aan bod."),
        P(f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het bestaat uit de "
          f"directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een secretariaat en een "
          f"team van orthopedagogen en consulenten. Het bureau ondersteunt het bestuur en voert de dagelijkse "
          f"werkzaamheden uit. De directeur-bestuurder legt periodiek verantwoording af aan het toezichthoudend "
          f"orgaan."),
        P("Het directeurenoverleg en het netwerk van intern begeleiders zijn de plekken waar beleid wordt "
          "voorbereid en getoetst aan de praktijk. Zij hebben geen formele bevoegdheden, maar hun advies weegt "
          "zwaar. Twee keer per jaar organiseren wij een regiodag waar besturen, directeuren en bureau samen "
          "terugblikken en vooruitkijken."),
    ]


def filler_opr(c, with_parents=True):
    first = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden. Conform de Wet medezeggenschap op "
             f"scholen bestaat de raad voor de helft uit personeelsleden en voor de helft uit "
             f"{'ouders' if c['sector'] == 'po' else 'ouders en leerlingen'}, afgevaardigd vanuit de "
             f"medezeggenschapsraden van de aangesloten scholen." if with_parents else
             f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, afgevaardigd vanuit de "
             f"medezeggenschapsraden van de aangesloten scholen.")
    return [
        H1("Medezeggenschap"),
        P(first + " De OPR heeft instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan."),
        P(f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. Daaraan gingen drie "
          f"werksessies vooraf waarin de raad met het bestuur over de conceptteksten sprak. De raad heeft een "
          f"eigen reglement en een jaarlijks scholingsbudget. Het samenwerkingsverband faciliteert de raad met "
          f"een ambtelijk secretaris."),
        P("Daarnaast heeft het samenwerkingsverband als rechtspersoon een eigen medezeggenschapsraad voor het "
          "personeel van het bureau. Deze raad is betrokken geweest bij de voorgenomen wijziging van de "
          "formatie van het bureau."),
    ]


def filler_oogo(c, ketenpartners=True):
    blocks = [H1("Samenwerking met gemeenten (OOGO)"),
              P(f"Het ontwerp van dit plan is in het op overeenstemming gericht overleg (OOGO) besproken met de "
                f"colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO is op {c['oogo_datum']} "
                f"afgerond. Het overleg is gevoerd volgens de procedure die het samenwerkingsverband en de "
                f"gemeenten in 2021 hebben vastgelegd, inclusief een regeling voor geschillen. Er is "
                f"overeenstemming bereikt; het verslag is opgenomen in het archief van het bestuursbureau.")]
    if ketenpartners:
        blocks.append(P(
            "Met de gemeenten werken wij samen aan de aansluiting tussen onderwijs en jeugdhulp. In elke gemeente "
            "is een vaste contactpersoon van het lokale team verbonden aan de scholen. Voor kinderen die naast "
            "onderwijs ook zorg nodig hebben, maken wij samen met de gemeente en de zorgaanbieder een "
            "onderwijs-zorgarrangement, waarbij de gemeente de jeugdhulp financiert en het onderwijs de "
            "onderwijscomponent. Afspraken over leerlingenvervoer en onderwijshuisvesting blijven een "
            "verantwoordelijkheid van de gemeenten; wij brengen daar de signalen van scholen in."))
    else:
        blocks.append(P(
            "Leerlingenvervoer en onderwijshuisvesting zijn gemeentelijke taken die buiten dit plan vallen. "
            "Het overleg met de gemeenten vindt twee keer per jaar plaats op bestuurlijk niveau."))
    focus = ("vooral op de overstap van leerlingen en op een gezamenlijke planning" if ketenpartners
             else "op de planning en de onderlinge afstemming van de vaststellingsdata")
    blocks.append(P(f"Ook met het samenwerkingsverband {c['ander_swv']} is overleg gevoerd over het ontwerp, "
                    f"omdat de werkgebieden elkaar overlappen. Dit overleg richtte zich {focus}."))
    return blocks


def filler_personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("Het lerarentekort is in onze regio nadrukkelijk voelbaar. Scholen werken met onbevoegde invallers, "
          "zij-instromers en studenten, en de werkdruk van intern begeleiders is hoog. Dit plan wil die druk "
          "niet vergroten. Nieuwe afspraken worden daarom altijd getoetst op hun uitvoerbaarheid in de school."),
        P("Het samenwerkingsverband organiseert jaarlijks een programma van netwerkbijeenkomsten voor intern "
          "begeleiders en directeuren, een studiedag voor alle medewerkers van de aangesloten scholen en "
          "intervisie voor de orthopedagogen van het bureau. De thema's worden bepaald in overleg met het "
          "directeurenoverleg. In de afgelopen periode kwamen onder meer executieve functies, de samenwerking "
          "met jeugdhulp en het voeren van lastige gesprekken aan bod."),
        P(f"De formatie van het bureau blijft in de planperiode gelijk op {c['fte']} fte. Wij investeren in "
          f"de deskundigheid van onze eigen medewerkers door elk jaar een opleidingsbudget per medewerker "
          f"beschikbaar te stellen. Voor de personele gevolgen van dit plan voor de scholen verwijzen wij naar "
          f"de besturen, die als werkgever verantwoordelijk zijn."),
    ]


def filler_ict(c):
    return [
        H1("ICT, privacy en gegevensbeheer"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
          "gegevens over gezondheid. Dat gebeurt uitsluitend voor zover dat nodig is voor de wettelijke taken. "
          "Wij hebben een functionaris gegevensbescherming aangesteld die wij delen met twee andere "
          "samenwerkingsverbanden. Het privacyreglement is in 2025 geactualiseerd en door de OPR besproken."),
        P("Dossiers worden digitaal aangeleverd via een beveiligde omgeving. Medewerkers van het bureau hebben "
          "alleen toegang tot de dossiers waarvoor zij een taak hebben. Gegevens worden niet langer bewaard dan "
          "de wet toestaat; na afloop van de bewaartermijn worden zij vernietigd. Datalekken worden binnen "
          "72 uur gemeld bij de Autoriteit Persoonsgegevens."),
        P("In de planperiode vervangen wij het huidige registratiesysteem, dat niet meer aan de eisen voldoet. "
          "Een werkgroep van intern begeleiders en bureaumedewerkers stelt daarvoor een programma van eisen op. "
          "Bij de keuze weegt gebruiksgemak voor scholen zwaar."),
    ]


def filler_planning(c):
    return [
        H1("Planning en totstandkoming"),
        P(f"Het ondersteuningsplan geldt voor de periode {c['periode_lang']}. Het plan wordt elk jaar uitgewerkt "
          f"in een jaarplan. Halverwege de planperiode houden wij een tussentijdse bespreking met besturen, "
          f"OPR en gemeenten, waarna zo nodig een wijziging van het plan ter instemming aan de OPR wordt "
          f"voorgelegd."),
        T([["Stap", "Datum"],
           ["Startbijeenkomst besturen", c["start_datum"]],
           ["Conceptversie aan directeuren en OPR", c["concept_datum"]],
           ["OOGO met gemeenten afgerond", c["oogo_datum"]],
           ["Instemming OPR", c["opr_datum"]],
           ["Vaststelling door het bestuur", c["vaststel_datum"]],
           ["Toezending aan de inspectie", c["inspectie_datum"]]]),
        P("De vaststelling gebeurt pas nadat het OOGO is afgerond en de OPR heeft ingestemd. Het plan is "
          "vóór 1 mei aan de inspectie van het onderwijs toegezonden."),
    ]


def filler_huisvesting(c):
    return [
        H1("Ontwikkelingen en ambities in de regio"),
        P("De komende jaren zien wij een aantal ontwikkelingen op ons afkomen. Het kabinet heeft aangekondigd "
          "de stelselwijziging passend onderwijs verder te verbeteren. Verschillende onderdelen daarvan, zoals de "
          "versterking van de positie van leerlingen en het gesprek over een landelijke norm, zullen in de "
          "planperiode gevolgen voor ons werk hebben. Wij volgen die ontwikkelingen nauwgezet en passen dit "
          "plan aan wanneer nieuwe wetgeving daartoe verplicht."),
        P("Daarnaast werken steeds meer scholen samen met kinderopvang in integrale kindcentra. Dat biedt kansen "
          "voor een soepele overgang van voorschoolse voorzieningen naar de basisschool, maar vraagt ook om "
          "heldere afspraken over wie waarvoor verantwoordelijk is. Enkele besturen ontwikkelen plannen voor "
          "nieuwbouw waarin onderwijs en zorg onder één dak komen. Het samenwerkingsverband denkt daarover mee, "
          "maar is geen partij in de huisvesting."),
        P("Ten slotte blijft het lerarentekort de grootste onzekerheid. Wij houden er rekening mee dat niet alle "
          "voornemens in het gewenste tempo gerealiseerd kunnen worden. Het jaarplan is de plek waar wij "
          "prioriteiten stellen wanneer de capaciteit van scholen of bureau tekortschiet."),
    ]


def glossary(entries):
    return [H1("Bijlage: Begrippenlijst"), T([["Begrip", "Omschrijving"]] + entries)]


def abbrevs(entries):
    return [H1("Bijlage: Afkortingen"), T([["Afkorting", "Betekenis"]] + entries)]


GLOSS_COMMON = [
    ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle "
     "scholen binnen de onderwijsondersteuningsstructuur planmatig en op een overeengekomen kwaliteitsniveau "
     "uitvoeren."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende "
     "plek beschikbaar is."],
    ["Terugplaatsing", "De overgang van een leerling uit het speciaal (basis)onderwijs naar het regulier "
     "onderwijs na afloop van de toelaatbaarheidsverklaring."],
    ["Meerjarenbegroting", "Een begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen "
     "over passend onderwijs."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
    ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot "
     "het speciaal basisonderwijs of het speciaal onderwijs."],
]

ABBR_COMMON = [
    ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
    ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
    ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"],
    ["IB", "Intern begeleider"], ["AB", "Ambulante begeleiding"],
]


# ----------------------------------------------------------------------------------------------
# Plan 1: small PO verband, docx
# ----------------------------------------------------------------------------------------------

C1 = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs De Kempenrand", kort="SWV De Kempenrand",
    code="PO 30-11 (fictief)", sector="po", periode="2026-2030",
    periode_lang="1 augustus 2026 tot en met 31 juli 2030", regio="de Kempenrand",
    rechtsvorm="stichting", n_besturen=4, n_scholen=23, n_ll="3.900",
    gemeenten="Eersel-Noord, Heidebeek en Lagedijk", plaats="Heidebeek", krimp=6,
    directeur="drs. M. (Marjolein) Verhagen", missie="Elk kind een plek, dichtbij en goed begeleid",
    bestuursvorm="directeur-bestuurder vormt het bestuur", toezicht="een raad van toezicht van vijf leden",
    fte="3,2", opr=8, opr_datum="24 maart 2026", oogo_datum="10 maart 2026",
    ander_swv="VO Kempen-Zuid", start_datum="12 september 2025", concept_datum="20 januari 2026",
    vaststel_datum="7 april 2026", inspectie_datum="14 april 2026",
)


def plan1():
    c = C1
    toc = TOC([
        ("1", "Voorwoord", 3), ("2", "Samenvatting", 4), ("3", "Ons samenwerkingsverband", 5),
        ("4", "Visie en missie", 6), ("5", "Wat elke school in de Kempenrand biedt", 7),
        ("6", "Extra ondersteuning en arrangementen", 9), ("7", "Geen kind zonder passende plek", 11),
        ("8", "Toelaatbaarheid tot sbo en so", 12), ("8.6", "Terugplaatsing en overplaatsing", 14),
        ("9", "Communicatie", 15), ("10", "Ambities en beoogde resultaten", 16),
        ("11", "Financiën en meerjarenbegroting", 18), ("12", "Organisatie en governance", 19),
        ("13", "Medezeggenschap", 20), ("14", "Samenwerking met gemeenten (OOGO)", 20),
        ("15", "Personeel en professionalisering", 21), ("16", "ICT, privacy en gegevensbeheer", 22),
        ("17", "Planning en totstandkoming", 23), ("B1", "Begrippenlijst", 24), ("B2", "Afkortingen", 25),
    ])
    blocks = [toc, PB()]
    blocks += filler_voorwoord(c)
    blocks += [
        H1("Samenvatting"),
        P("In dit plan beschrijven wij hoe de vier besturen van De Kempenrand passend onderwijs organiseren. "
          "Wij zetten de lijn van de vorige periode voort: ondersteuning zo dicht mogelijk bij het kind, met een "
          "stevige basis op iedere school en korte lijnen naar het speciaal (basis)onderwijs. Nieuw zijn de "
          "gezamenlijke afspraken over wat iedere school minimaal biedt, een vereenvoudigd verdeelmodel en een "
          "vaste plek voor ouders in onze communicatie. Voor de financiële vertaling en het volgen van onze "
          "ambities verwijzen wij naar de hoofdstukken 10 en 11."),
    ]
    blocks += filler_regio(c) + filler_visie(c)
    blocks += [
        H1("Wat elke school in de Kempenrand biedt"),
        P("De vier besturen hebben in juni 2025 met elkaar vastgelegd welk niveau van ondersteuning alle 23 "
          "scholen, op elke vestiging, ten minste bieden. Dit noemen wij de basisondersteuning van De "
          "Kempenrand. Het gaat om ondersteuning die een school geeft zonder dat daarvoor een aanvraag bij het "
          "samenwerkingsverband nodig is. Een school mag meer bieden; minder is niet toegestaan."),
        P("De afspraken zijn uitgewerkt in tien standaarden. Ouders kunnen op iedere school in ons verband "
          "rekenen op het volgende:"),
        T([["Nr.", "Standaard", "Wat dit concreet betekent"],
           ["1", "Intern begeleider", "Elke school heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen."],
           ["2", "Leerlingvolgsysteem", "Twee keer per jaar worden vorderingen in lezen, spelling en rekenen vastgelegd en in een groepsbespreking besproken."],
           ["3", "Dyslexie", "Elke school werkt volgens het Protocol Leesproblemen en Dyslexie en biedt extra leestijd en voorleessoftware."],
           ["4", "Dyscalculie", "Elke school werkt volgens het protocol ERWD en biedt ondersteunende materialen."],
           ["5", "Sociale veiligheid", "Elke school gebruikt een methode voor sociaal-emotionele ontwikkeling en monitort de veiligheidsbeleving jaarlijks."],
           ["6", "Gedrag", "Elke school heeft een gedragsprotocol en een leerkracht met scholing in groepsdynamiek."],
           ["7", "Meer- en hoogbegaafdheid", "Verrijkingsstof en compacten in de groep; een signaleringsinstrument in groep 1 tot en met 8."],
           ["8", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, in kleine groepjes."],
           ["9", "Medisch handelen", "Een protocol medisch handelen; een toegankelijk gebouw waar dat bouwkundig mogelijk is."],
           ["10", "Ontwikkelingsperspectief", "Een OPP wordt opgesteld en twee keer per jaar met ouders besproken wanneer een leerling een eigen leerlijn volgt."]]),
        P("De directeur-bestuurder bespreekt elk voorjaar met ieder bestuur een zelfevaluatie op deze tien "
          "standaarden. Een school die op een standaard onder het afgesproken niveau zit, stelt binnen drie "
          "maanden een verbeterplan op; het samenwerkingsverband kan daarvoor een consulent beschikbaar stellen."),
        H1("Extra ondersteuning en arrangementen"),
        P("Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. Wij "
          "onderscheiden drie treden. In trede 1 zet de school met eigen middelen extra begeleiding in, "
          "bijvoorbeeld een remedial teacher of een onderwijsassistent. In trede 2 vraagt de school via het "
          "ondersteuningsteam een arrangement aan bij het samenwerkingsverband: een consulent denkt mee en er "
          "kan tijdelijk extra begeleiding worden ingezet. In trede 3 gaat het om een plaatsing in een "
          "voorziening buiten de eigen school."),
        P("Binnen de regio zijn de volgende voorzieningen beschikbaar: sbo De Horizon in Heidebeek (circa 160 "
          "leerlingen), so-school De Brug voor cluster 4 in Lagedijk, een plusklas voor meer- en hoogbegaafde "
          "leerlingen die één dag per week op drie locaties draait, en de Taalschakelklas voor nieuwkomers. Voor "
          "cluster 3 maken wij gebruik van so-scholen in de omliggende verbanden, waarmee vaste afspraken "
          "bestaan. Ambulante begeleiding vanuit het so kan tijdelijk worden ingezet op een reguliere school."),
        H1("Geen kind zonder passende plek"),
        P("Een samenhangend aanbod is pas dekkend wanneer we ook zien waar het tekortschiet. Elke maand komen "
          "de leerplichtambtenaren van de drie gemeenten en een orthopedagoog van het samenwerkingsverband "
          "bijeen in het Plekkenoverleg. Daar wordt iedere leerling besproken die langer dan vier weken geen "
          "of slechts gedeeltelijk onderwijs volgt, of die op een wachtlijst staat. Voor elke leerling wordt een "
          "casusregisseur aangewezen, die binnen twee weken met school, ouders en jeugdhulp een plan maakt."),
        P("Wanneer partijen er samen niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht: zij kan "
          "een school of voorziening verzoeken een leerling tijdelijk op te vangen, in afwachting van een "
          "structurele oplossing. Eens per jaar analyseert het Plekkenoverleg welke typen vragen terugkomen. "
          "Die analyse leidde in 2025 tot de start van een kleine observatiegroep bij De Horizon. Schoolbesturen "
          "blijven daarbij gehouden aan hun zorgplicht."),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Wie vraagt aan"),
        P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
          "leerling staat ingeschreven. De aanvraag wordt voorbereid in het ondersteuningsteam van de school, "
          "waarin ouders, de intern begeleider en een consulent van het samenwerkingsverband zitting hebben."),
        H2("Stappen en termijnen"),
        B(["Stap 1: de school dient via het digitale loket het groeidocument, het OPP en de zienswijze van "
           "ouders in.",
           "Stap 2: het bureau toetst binnen vijf werkdagen of het dossier compleet is.",
           "Stap 3: twee deskundigen geven elk afzonderlijk een schriftelijk advies: een orthopedagoog of "
           "psycholoog en, afhankelijk van de vraag, een kinderarts, maatschappelijk werker of "
           "kinder- en jeugdpsychiater. Geen van beiden is betrokken geweest bij de aanvraag.",
           "Stap 4: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete "
           "dossier. Ouders ontvangen een afschrift van beide adviezen."]),
        H2("Criteria"),
        P("Een leerling is toelaatbaar tot het sbo wanneer (a) de school aantoonbaar de basisondersteuning en "
          "ten minste een half jaar een arrangement uit trede 2 heeft ingezet, (b) de ontwikkeling volgens het "
          "OPP ondanks die inzet stagneert, en (c) de deskundigen adviseren dat de leerling is aangewezen op "
          "kleinere groepen en een specifieke pedagogische aanpak. Een leerling is toelaatbaar tot het so "
          "wanneer bovendien sprake is van een langdurige, ernstige beperking of stoornis die een "
          "handelingsverlegenheid in het sbo doet verwachten, of wanneer de ondersteuningsbehoefte een "
          "combinatie van onderwijs en zorg vraagt die het sbo niet kan bieden."),
        H2("Duur en bekostigingscategorie"),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
          "afgegeven voor twee schooljaren en geldt tot 31 juli van het tweede schooljaar. Bij een TLV so "
          "wordt de bekostigingscategorie laag, midden of hoog vastgesteld op basis van het advies van de "
          "deskundigen."),
        H2("Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheids"
          "verklaringen, die het bestuur adviseert over het bezwaar."),
        H2("Terugplaatsing en overplaatsing"),
        P("Dit onderdeel werken wij in het schooljaar 2026-2027 samen met De Horizon en De Brug uit in een "
          "afzonderlijke notitie. Die notitie wordt na instemming van de OPR als aanvulling bij dit plan "
          "gevoegd."),
        H1("Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
          "schoolbesturen via het directeurenoverleg, met intern begeleiders via een nieuwsbrief die zes keer "
          "per jaar verschijnt, en met gemeenten via de vaste overleggen."),
        P("Ouders informeren wij op drie manieren over de ondersteuning in onze scholen. Op de ouderpagina van "
          "onze website staat per school wat de school biedt en welke voorzieningen er in de regio zijn, met een "
          "zoekfunctie op postcode. De folder 'Passend onderwijs in de Kempenrand' is verkrijgbaar in het "
          "Nederlands, Engels, Arabisch en Pools en wordt jaarlijks via alle scholen verspreid. Twee keer per "
          "jaar organiseren wij een informatieavond voor ouders, in het voorjaar gericht op de overstap naar "
          "het sbo of so."),
        P("Ouders die een onafhankelijk advies of hulp zoeken, verwijzen wij naar het Ouder- en Jeugdsteunpunt "
          "Kempenrand, dat wij samen met het VO-verband financieren maar dat zelfstandig werkt, en naar de "
          "Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich "
          "wenden tot de Geschillencommissie passend onderwijs. Ouders zijn in het ondersteuningsteam en bij "
          "het OPP gesprekspartner van de school."),
        H1("Ambities en beoogde resultaten"),
        P("Voor de planperiode formuleren wij vier ambities voor leerlingen die extra ondersteuning nodig hebben. "
          "Bij elke ambitie hoort een beoogd resultaat aan het einde van de periode."),
        T([["Ambitie", "Beoogd resultaat in 2030"],
           ["Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 1,9% naar maximaal 1,6%."],
           ["Snelle hulp", "95% van de arrangementen start binnen vier weken na de aanvraag."],
           ["Niemand thuis", "Geen enkele leerling zit langer dan drie maanden zonder passend onderwijsaanbod thuis."],
           ["Sterke basis", "Alle 23 scholen voldoen aan de tien standaarden basisondersteuning."]]),
        P("De wijze waarop wij de voortgang op deze ambities gaan volgen en erover rapporteren, leggen wij vast "
          "in een monitoringsplan dat in de loop van het eerste planjaar verschijnt."),
        H1("Financiën en meerjarenbegroting"),
        P("Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na "
          "aftrek van de afdrachten voor het so en de overdracht aan het sbo verdeelt het bestuur de middelen "
          "volgens een vereenvoudigd verdeelmodel, dat met ingang van 1 augustus 2026 geldt:"),
        B(["Elk schoolbestuur ontvangt € 215 per leerling op basis van de teldatum 1 februari van het "
           "voorafgaande schooljaar.",
           "Elke school ontvangt daarnaast een vaste voet van € 12.000.",
           "Arrangementen uit trede 2 worden toegekend door de Commissie Toelaatbaarheid op basis van de "
           "aanvraag van het ondersteuningsteam; de toekenning volgt binnen vier weken.",
           "Het bestuur stelt de bedragen jaarlijks in december vast, na advies van het directeurenoverleg."]),
        P("De meerjarenbegroting 2026-2030 is bij het afronden van dit plan nog niet vastgesteld. Zij wordt na "
          "vaststelling door het bestuur als afzonderlijk document op de website gepubliceerd."),
    ]
    blocks += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c)
    blocks += filler_ict(c) + filler_huisvesting(c) + filler_planning(c)
    blocks += glossary(GLOSS_COMMON + [
        ["Monitoring", "Het systematisch volgen van ontwikkelingen aan de hand van gegevens."],
        ["Overplaatsing", "De overstap van een leerling naar een andere school of schoolsoort."]])
    blocks += abbrevs(ABBR_COMMON + [["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    spec = dict(title="Ondersteuningsplan 2026-2030 SWV De Kempenrand",
                header="Ondersteuningsplan 2026-2030 | SWV De Kempenrand | terugplaatsing, financiën, resultaten, ouders",
                footer="SWV PPO De Kempenrand – vastgesteld 7 april 2026",
                titlepage=["Ondersteuningsplan 2026-2030", c["naam"], c["code"],
                           "Met hoofdstukken over basisondersteuning, toelaatbaarheid, terugplaatsing, "
                           "financiën, resultaten en ouders"],
                blocks=blocks)
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Wat elke school in de Kempenrand biedt': minimum for all 23 schools per vestiging + table of ten standards; borging via yearly self-evaluation.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': requester, 4 steps, termijnen, criteria sbo/so, two deskundigen, duration/categorie, LBT bezwaar.",
            "terugstroom": "Only a TOC entry, running header, title page and glossary; body section 'Terugplaatsing en overplaatsing' only defers to a notitie for 2026-2027.",
            "financien": "Verdeling addressed (EUR 215 per leerling, vaste voet, arrangementen); besteding/meerjarenbegroting not yet adopted, to be published separately.",
            "dekkend-aanbod": "Continuum in 'Extra ondersteuning en arrangementen' (treden, regional voorzieningen); lacunes in 'Geen kind zonder passende plek' (Plekkenoverleg, doorzettingsmacht).",
            "resultaten": "Ambition table with 2030 targets (doelen); monitoring deferred to a monitoringsplan 'in de loop van het eerste planjaar'.",
            "ouders": "Inside chapter 'Communicatie': ouderpagina, folder in 4 languages, info evenings; OJSP Kempenrand, Onderwijsconsulenten, Geschillencommissie.",
        })
    return "po-kempenrand-2026", spec, label


# ----------------------------------------------------------------------------------------------
# Plan 2: large PO verband, docx
# ----------------------------------------------------------------------------------------------

C2 = dict(
    naam="Stichting Samenwerkingsverband Primair Onderwijs Rijnwaard", kort="SWV PO Rijnwaard",
    code="PO 25-14 (fictief)", sector="po", periode="2026-2030",
    periode_lang="1 augustus 2026 tot en met 31 juli 2030", regio="Rijnwaard",
    rechtsvorm="stichting", n_besturen=27, n_scholen=142, n_ll="31.500",
    gemeenten="Rijnwaard, Oostmaasdam, Gendtveld, Boxwijk en Hamerden", plaats="Rijnwaard", krimp=3,
    directeur="J.A. (Jeroen) Baltus MEd", missie="Samen sterk voor ieder kind in Rijnwaard",
    bestuursvorm="algemene vergadering van de 27 besturen benoemt het uitvoerend bestuur, bestaande uit "
                 "een directeur-bestuurder",
    toezicht="een raad van toezicht van zeven leden, waarvan twee onafhankelijk", fte="24,6", opr=16,
    opr_datum="31 maart 2026", oogo_datum="17 maart 2026", ander_swv="VO Rijnwaard e.o.",
    start_datum="5 juni 2025", concept_datum="13 januari 2026", vaststel_datum="9 april 2026",
    inspectie_datum="16 april 2026",
)


def plan2():
    c = C2
    toc = TOC([
        ("1", "Voorwoord", 3), ("2", "Terugblik 2022-2026", 4), ("3", "Ons samenwerkingsverband", 6),
        ("4", "Koers: visie en missie", 7), ("5", "Basisondersteuning", 8),
        ("6", "De ondersteuningsroute en het dekkend aanbod", 9), ("7", "Toelaatbaarheid (TLV)", 12),
        ("8", "Geld en middelen", 15), ("9", "Beoogde en bereikte resultaten", 18),
        ("10", "Ouders", 20), ("11", "Organisatie en governance", 21), ("12", "Medezeggenschap", 22),
        ("13", "Samenwerking met gemeenten (OOGO)", 23), ("14", "Personeel en professionalisering", 24),
        ("15", "ICT, privacy en gegevensbeheer", 25), ("16", "Ontwikkelingen", 26),
        ("17", "Planning en totstandkoming", 27), ("B", "Begrippenlijst en afkortingen", 28),
    ])
    blocks = [toc, PB()]
    blocks += filler_voorwoord(c)
    blocks += [
        H1("Terugblik 2022-2026"),
        P("In de vorige planperiode stonden drie speerpunten centraal: de versterking van de ondersteuningsteams, "
          "de verkorting van de doorlooptijd van aanvragen en de ontwikkeling van bovenschoolse voorzieningen. "
          "Het deelnamepercentage in het speciaal basisonderwijs daalde van 2,4% naar 2,1%; in het so bleef het "
          "stabiel op 1,7%. De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 9 naar 6 weken. Niet "
          "alles lukte: de geplande tweede observatiegroep is door personeelsgebrek niet gestart."),
        P("Een externe evaluatie in 2025 concludeerde dat de ondersteuningsteams goed functioneren, maar dat "
          "scholen het verschil tussen wat zij zelf moeten bieden en wat zij van het samenwerkingsverband mogen "
          "verwachten nog onvoldoende scherp ervaren. Die conclusie is richtinggevend geweest voor dit plan."),
    ]
    blocks += filler_regio(c) + filler_visie(c)
    blocks += [
        H1("Basisondersteuning"),
        P("In Rijnwaard is basisondersteuning het niveau van ondersteuning dat alle 27 besturen samen als "
          "ondergrens hebben vastgesteld en dat iedere vestiging van iedere aangesloten school biedt, ongeacht "
          "denominatie of omvang. Het is ondersteuning waarvoor een school geen beroep hoeft te doen op het "
          "samenwerkingsverband. Wat daarboven komt, noemen wij extra ondersteuning."),
        P("De concrete voorzieningen die tot de basisondersteuning behoren, zijn opgenomen in de Kwaliteitskaart "
          "Basisondersteuning Rijnwaard (bijlage 2). Scholen nemen de kwaliteitskaart op in hun schoolgids."),
        P("Een auditcommissie van het samenwerkingsverband bezoekt jaarlijks dertig scholen en toetst of de "
          "kwaliteitskaart wordt waargemaakt. Wanneer dat niet het geval is, maakt het bestuur van de school "
          "binnen zes maanden afspraken over verbetering met de directeur-bestuurder."),
        H1("De ondersteuningsroute en het dekkend aanbod"),
        P("De ondersteuning in Rijnwaard is opgebouwd in vier niveaus. Niveau 1 is de basisondersteuning in de "
          "groep en de school. Niveau 2 is extra ondersteuning binnen de eigen school, bekostigd uit het "
          "schoolbudget, zoals een remedial teacher of een leesinterventie. Niveau 3 bestaat uit arrangementen "
          "die het samenwerkingsverband op verzoek van het ondersteuningsteam toekent: individuele arrangementen "
          "met inzet van een specialist, groepsarrangementen en onderwijs-zorgarrangementen. Niveau 4 is "
          "plaatsing in het sbo of so."),
        P("Bovenschools beschikt Rijnwaard over: de observatiegroep De Kiem (12 plaatsen, voor kinderen van 4 "
          "tot 7 jaar), de voltijds HB-klas Noordstar (2 groepen), drie taalklassen voor nieuwkomers, en het "
          "expertisepunt gedrag dat scholen met consultatie en coaching ondersteunt. Daarnaast telt de regio "
          "vier sbo-scholen en zes so-scholen (cluster 3 en 4), die allen met ambulante diensten beschikbaar "
          "zijn voor reguliere scholen."),
        P("Het ondersteuningsteam van elke school, met daarin de intern begeleider, een consulent van het "
          "samenwerkingsverband en ouders, is de toegangspoort tot niveau 3 en 4. De consulent is de vaste "
          "contactpersoon van de school."),
        P("Of ons aanbod werkelijk dekkend is, moeten wij nog vaststellen. Een analyse van witte vlekken en "
          "wachtlijsten voeren wij in het schooljaar 2026-2027 uit samen met de gemeenten; de uitkomsten en de "
          "maatregelen die daaruit volgen nemen wij op in de eerste voortgangsrapportage. Ook het thema "
          "thuiszitters krijgt daarin een plaats."),
        H1("Toelaatbaarheid (TLV)"),
        H2("Procedure"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de TLV aan bij de Commissie "
          "Toelaatbaarheid Rijnwaard (CTR). De aanvraag bevat het OPP, het verslag van het ondersteuningsteam en "
          "de zienswijze van ouders. Het secretariaat bevestigt binnen drie werkdagen de ontvangst. De CTR "
          "vraagt twee deskundigen om een afzonderlijk schriftelijk advies: een orthopedagoog of GZ-psycholoog "
          "en een tweede deskundige (kinderarts, maatschappelijk werker of jeugdarts), afhankelijk van de "
          "hulpvraag. De CTR besluit uiterlijk acht weken na ontvangst van de complete aanvraag. Bij spoed kan "
          "de voorzitter binnen vijf werkdagen een tijdelijke TLV van drie maanden afgeven."),
        H2("Criteria"),
        P("De inhoudelijke criteria voor toelaatbaarheid worden in het schooljaar 2026-2027 door de CTR "
          "herijkt en daarna gepubliceerd in het Handboek Toelaatbaarheid. Tot dat moment beoordeelt de "
          "commissie iedere aanvraag op maat."),
        H2("Geldigheid"),
        P("Een TLV voor het sbo wordt afgegeven voor maximaal drie schooljaren; een TLV voor het so voor twee "
          "schooljaren, met vermelding van de bekostigingscategorie laag, midden of hoog."),
        H2("Na de TLV: evaluatie en terugkeer"),
        P("Rijnwaard wil dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. "
          "Terugkeer naar een reguliere school dicht bij huis is het uitgangspunt zodra het OPP laat zien dat "
          "de leerling met de ondersteuning van een reguliere school verder kan. Voorwaarden zijn dat de "
          "ontvangende school de ondersteuningsbehoefte kan beantwoorden en dat de overgang aansluit bij een "
          "natuurlijk moment, bij voorkeur de start van een schooljaar."),
        P("In het laatste jaar van iedere TLV organiseert de sbo- of so-school uiterlijk in februari een "
          "evaluatiegesprek met ouders, een consulent van het samenwerkingsverband en, indien bekend, de "
          "beoogde ontvangende school. De sbo- of so-school neemt het initiatief. Op basis van dat gesprek "
          "besluit de CTR vóór 1 mei over een nieuwe TLV of over terugplaatsing; in het laatste geval eindigt "
          "de TLV op 31 juli. Na terugplaatsing ontvangt de ontvangende school een terugkeerarrangement van "
          "één jaar: ambulante begeleiding vanuit de sbo- of so-school en een budget van € 4.500."),
        P("In het schooljaar 2024-2025 zijn 38 leerlingen uit het sbo en 9 uit het so teruggeplaatst naar een "
          "reguliere basisschool."),
        H1("Geld en middelen"),
        P("Rijnwaard ontvangt in 2026 circa € 33,1 miljoen aan ondersteuningsmiddelen. Het verdeelmodel kent "
          "een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de besturen."),
        T([["Component", "Grondslag", "Bedrag 2026-2027"],
           ["Schoolbudget besturen", "€ 410 per leerling (teldatum 1 februari)", "€ 12.915.000"],
           ["Afdrachten so (DUO)", "aantal so-leerlingen op 1 februari", "€ 9.870.000"],
           ["Overdracht sbo", "boven 2% deelname", "€ 3.240.000"],
           ["Arrangementen niveau 3", "toekenning door CTR per arrangement", "€ 3.600.000"],
           ["Bovenschoolse voorzieningen", "vaste bekostiging per plaats", "€ 1.980.000"],
           ["Bureau, CTR en consulenten", "begroting bureau", "€ 1.495.000"]]),
        P("Besturen besteden het schoolbudget aan extra ondersteuning op niveau 2 en leggen daarover jaarlijks "
          "vóór 1 juni verantwoording af aan de hand van een format met besteding per categorie."),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuningsmiddelen", "33.100", "32.800", "32.500", "32.300"],
           ["Afdrachten en overdrachten", "13.110", "12.900", "12.700", "12.600"],
           ["Schoolbudgetten", "12.915", "12.850", "12.780", "12.700"],
           ["Arrangementen en voorzieningen", "5.580", "5.500", "5.450", "5.400"],
           ["Bureau en organisatie", "1.495", "1.520", "1.540", "1.560"],
           ["Resultaat", "0", "30", "30", "40"]]),
        P("De algemene reserve bedraagt eind 2025 € 2,4 miljoen en ligt daarmee onder de signaleringswaarde. "
          "Het weerstandsvermogen is voldoende om de risico's uit de risicoparagraaf op te vangen."),
        H1("Beoogde en bereikte resultaten"),
        T([["Indicator", "Bereikt 2024-2025", "Streefwaarde 2030"],
           ["Deelnamepercentage sbo", "2,1%", "1,9%"],
           ["Deelnamepercentage so", "1,7%", "1,6%"],
           ["Doorlooptijd TLV (gemiddeld)", "6 weken", "5 weken"],
           ["Scholen die voldoen aan de kwaliteitskaart", "81%", "100%"],
           ["Tevredenheid ouders over ondersteuningsteam", "7,1", "7,5"]]),
        P("De resultaten worden twee keer per jaar gemeten in het dashboard van het samenwerkingsverband, op "
          "basis van DUO-gegevens, de registratie van de CTR en een tevredenheidspeiling onder ouders en "
          "scholen. De directeur-bestuurder rapporteert in november en juni aan de raad van toezicht en de OPR; "
          "het jaarverslag bevat een paragraaf met de bereikte resultaten en de daaraan verbonden middelen."),
        H1("Ouders"),
        P("Ouders vinden informatie over de ondersteuning in Rijnwaard op de ouderpagina van onze website, in de "
          "ouderbrochure 'Wat als mijn kind meer nodig heeft?' en in de schoolgids van iedere school. Elk "
          "najaar houden wij in drie gemeenten een informatieavond. Ouders zijn vast lid van het "
          "ondersteuningsteam en worden betrokken bij het opstellen van het OPP."),
        P("Wanneer de Wet versterking positie ouders en leerlingen in werking treedt, richten wij een ouder- "
          "en jeugdsteunpunt in. Hoe dat steunpunt eruit gaat zien, bepalen wij in overleg met de OPR; nadere "
          "informatie volgt."),
    ]
    blocks += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c)
    blocks += filler_ict(c) + filler_huisvesting(c) + filler_planning(c)
    blocks += glossary(GLOSS_COMMON + [
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."]])
    blocks += abbrevs(ABBR_COMMON + [["CTR", "Commissie Toelaatbaarheid Rijnwaard"]])
    spec = dict(title="Ondersteuningsplan 2026-2030 SWV PO Rijnwaard",
                header="Ondersteuningsplan SWV PO Rijnwaard 2026-2030",
                footer="Rijnwaard – samen sterk voor ieder kind | ondersteuningsplan",
                titlepage=["Ondersteuningsplan 2026-2030", c["naam"], c["code"]],
                blocks=blocks)
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' defines the minimum for every vestiging (niveau) and borging via audits, but the concrete voorzieningen are only in absent bijlage 2 (Kwaliteitskaart).",
            "plaatsing": "Ch. 'Toelaatbaarheid (TLV)': procedure with CTR, deskundigen, 8 weeks; criteria deferred to herijking 2026-2027/Handboek ('op maat').",
            "terugstroom": "Hidden in TLV chapter, subsection 'Na de TLV: evaluatie en terugkeer': policy/conditions, steps (February evaluation, CTR before 1 May), terugkeerarrangement, 2024-2025 figures.",
            "financien": "Ch. 'Geld en middelen': verdeelmodel table with grondslagen, besteding + meerjarenbegroting table 2026-2029, reserves, verantwoording before 1 June.",
            "dekkend-aanbod": "Continuum (4 niveaus, bovenschoolse voorzieningen) addressed; gap analysis/thuiszitters deferred to 2026-2027 voortgangsrapportage.",
            "resultaten": "Ch. 'Beoogde en bereikte resultaten': indicator table with achieved and streefwaarden, dashboard twice a year, reporting to RvT/OPR.",
            "ouders": "Ch. 'Ouders': website, brochure, schoolgids, info evenings (informatie); OJSP only announced ('nadere informatie volgt'), no independent help named.",
        })
    return "po-rijnwaard-2026", spec, label


# ----------------------------------------------------------------------------------------------
# Plan 3: medium PO verband, pdf
# ----------------------------------------------------------------------------------------------

C3 = dict(
    naam="Samenwerkingsverband De Veenstroom", kort="SWV De Veenstroom", code="PO 22-07 (fictief)",
    sector="po", periode="2026-2030", periode_lang="1 augustus 2026 tot en met 31 juli 2030",
    regio="het Veenstroomgebied", rechtsvorm="vereniging", n_besturen=9, n_scholen=58, n_ll="11.200",
    gemeenten="Veenhorst, Turfwijk, Schoonewal en Dalerveld", plaats="Veenhorst", krimp=8,
    directeur="ir. H. (Hennie) Oldenkamp", missie="Samen thuisnabij",
    bestuursvorm="algemene ledenvergadering van de negen besturen stelt de begroting en het plan vast; het "
                 "dagelijks bestuur bestaat uit een directeur-bestuurder",
    toezicht="een toezichthoudend bestuur van vijf leden uit de aangesloten besturen", fte="9,8", opr=10,
    opr_datum="2 april 2026", oogo_datum="19 maart 2026", ander_swv="VO Veenstroom",
    start_datum="25 september 2025", concept_datum="4 februari 2026", vaststel_datum="15 april 2026",
    inspectie_datum="22 april 2026",
)


def plan3():
    c = C3
    toc = TOC([
        ("1", "Voorwoord", 2), ("2", "Inleiding en leeswijzer", 3), ("3", "Ons samenwerkingsverband", 4),
        ("4", "Visie en missie", 5), ("5", "De ondergrens: wat elke school waarmaakt", 6),
        ("6", "Van licht naar intensief", 8), ("7", "Wanneer het aanbod niet past", 10),
        ("8", "Speciaal basisonderwijs en speciaal onderwijs", 11), ("9", "Verdeling van de middelen", 13),
        ("10", "Kwaliteitszorg en resultaten", 15), ("11", "Steun voor ouders", 16),
        ("12", "Organisatie en governance", 17), ("13", "Medezeggenschap", 18),
        ("14", "Samenwerking met gemeenten (OOGO)", 19), ("15", "Personeel en professionalisering", 20),
        ("16", "ICT, privacy en gegevensbeheer", 21), ("17", "Planning en totstandkoming", 22),
        ("B", "Begrippenlijst", 23),
    ])
    blocks = [toc, PB()]
    blocks += filler_voorwoord(c)
    blocks += [
        H1("Inleiding en leeswijzer"),
        P("Dit plan volgt de opbouw die de wet voorschrijft, maar gebruikt zoveel mogelijk gewone taal. Waar "
          "wij een vakterm gebruiken, staat die in de begrippenlijst achterin. Waar een onderwerp in een apart "
          "document is uitgewerkt, staat dat erbij. De resultaten van het werk in de vorige periode zijn "
          "beschreven in het jaarverslag 2024-2025 en worden hier niet herhaald."),
    ]
    blocks += filler_regio(c) + filler_visie(c)
    blocks += [
        H1("De ondergrens: wat elke school waarmaakt"),
        P("Alle negen besturen hebben zich eraan verbonden dat elke locatie van elke school in het "
          "Veenstroomgebied een gemeenschappelijk fundament aan ondersteuning waarmaakt. Dat fundament, in de "
          "wet basisondersteuning genoemd, is voor alle 58 scholen gelijk. Het is de ondergrens: niemand biedt "
          "minder, ieder mag meer bieden."),
        P("Het fundament bestaat uit de volgende onderdelen:"),
        B(["een vaste intern begeleider die ten minste twee dagdelen per week beschikbaar is voor overleg met "
           "leerkrachten;",
           "een aanpak voor lees- en rekenproblemen volgens de landelijke protocollen, met een "
           "dyslexieverklaring-traject binnen de vergoede zorg;",
           "een anti-pestprogramma en een jaarlijkse meting van sociale veiligheid;",
           "een aanbod voor kinderen die meer aankunnen, met verrijkingsmateriaal in de groep;",
           "een handelingsgerichte cyclus van groepsbesprekingen drie keer per jaar;",
           "afspraken met de jeugdverpleegkundige en het lokale team over vroegsignalering;",
           "een time-in plek in de school waar een kind tot rust kan komen onder toezicht."]),
        P("De directeur-bestuurder bespreekt jaarlijks met ieder bestuur in hoeverre de scholen het fundament "
          "waarmaken; bij tekortkomingen wordt een verbetertraject afgesproken."),
        H1("Van licht naar intensief"),
        P("Boven het fundament bouwen wij een doorlopende reeks van ondersteuning. De school kan een beroep doen "
          "op de onderwijsspecialisten van het samenwerkingsverband voor consultatie en kortdurende "
          "begeleiding. Voor langere trajecten kent de regio individuele arrangementen (tot twintig weken) en "
          "groepsarrangementen zoals de Rekenbrug en de Gedragsklas Turfwijk. Voor jonge kinderen met een "
          "onduidelijk ontwikkelingsbeeld is er de observatiegroep De Spil. Voor nieuwkomers is er een "
          "taalklas in Veenhorst."),
        P("Intensiever is de ondersteuning in het sbo: de regio telt twee sbo-scholen, De Wissel in Veenhorst en "
          "De Tussenstap in Schoonewal. Voor so maken kinderen gebruik van so De Veenkamp (cluster 4) en "
          "so De Lindeboom (cluster 3, met een afdeling voor zeer moeilijk lerende kinderen). Beide "
          "so-scholen verzorgen ook ambulante begeleiding op reguliere scholen."),
        H1("Wanneer het aanbod niet past"),
        P("Er zijn kinderen voor wie het bestaande aanbod niet past. Wij willen hen snel in beeld hebben. "
          "Daarom melden scholen en leerplicht elk kind dat langer dan vier weken niet of gedeeltelijk naar "
          "school gaat bij het Veenstroompunt. Het Veenstroompunt, bemand door twee trajectbegeleiders, "
          "brengt binnen tien werkdagen school, ouders, jeugdhulp en leerplicht bij elkaar en zoekt een "
          "tussenoplossing, zoals een tijdelijke plaatsing in De Spil of onderwijs op een zorglocatie."),
        P("Twee keer per jaar bespreken de besturen in de ledenvergadering de vragen waarvoor geen plek "
          "gevonden kon worden. Als een vraag structureel terugkomt, ontwikkelen de besturen samen een nieuwe "
          "voorziening; zo is de Gedragsklas Turfwijk in 2024 ontstaan."),
        H1("Speciaal basisonderwijs en speciaal onderwijs"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het sbo en het so. De procedure en de "
          "criteria voor het afgeven van een toelaatbaarheidsverklaring zijn opgenomen in het Handboek "
          "Toewijzing Veenstroom (bijlage C bij dit plan)."),
        H2("Terug naar de eigen wijk"),
        P("Plaatsing in het speciaal (basis)onderwijs is in onze ogen geen eindstation. Wij streven ernaar dat "
          "kinderen die dat kunnen, terugkeren naar een reguliere school in hun eigen woonplaats. Voorwaarden "
          "voor terugkeer zijn dat de leerling zich volgens het OPP ten minste een jaar stabiel ontwikkelt, "
          "dat de ontvangende school de benodigde ondersteuning kan bieden en dat ouders de overstap "
          "steunen. Na terugkeer krijgt de ontvangende school gedurende een half jaar een terugkeerarrangement: "
          "ambulante begeleiding door de sbo- of so-school en twee uur per week extra handen in de groep."),
        P("Een stappenplan voor terugplaatsing, met daarin wie het initiatief neemt en op welke momenten wordt "
          "geëvalueerd, stellen wij in het eerste planjaar op samen met de sbo- en so-scholen."),
        H1("Verdeling van de middelen"),
        P("De tabellen hieronder zijn leidend voor de verdeling en de inzet van de ondersteuningsmiddelen."),
        T([["Verdeelsleutel 2026-2027", "Grondslag", "Wie besluit", "Bedrag"],
           ["Schoolbudget", "€ 265 per leerling, teldatum 1 februari", "ledenvergadering", "€ 2.968.000"],
           ["Vaste voet", "€ 8.000 per school", "ledenvergadering", "€ 464.000"],
           ["Individuele arrangementen", "per aanvraag, max. € 6.000", "onderwijsspecialist", "€ 620.000"],
           ["Groepsarrangementen", "per plaats € 11.500", "directeur-bestuurder", "€ 690.000"],
           ["Afdrachten so en sbo", "DUO, peildatum 1 februari", "wettelijk", "€ 5.140.000"]]),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten", "11.480", "11.300", "11.050", "10.890"],
           ["Afdrachten so/sbo", "5.140", "5.090", "5.010", "4.950"],
           ["Schoolbudgetten en vaste voet", "3.432", "3.380", "3.300", "3.250"],
           ["Arrangementen en voorzieningen", "1.310", "1.300", "1.290", "1.280"],
           ["Veenstroompunt en specialisten", "1.020", "1.030", "1.040", "1.050"],
           ["Bestuur en bureau", "540", "550", "560", "570"],
           ["Saldo", "38", "-50", "-150", "-210"]]),
        P("Het negatieve saldo vanaf 2027 wordt gedekt uit de reserve, die daarmee naar het niveau van de "
          "signaleringswaarde daalt."),
        H1("Kwaliteitszorg en resultaten"),
        P("Het samenwerkingsverband werkt resultaatgericht. Scholen zijn zelf verantwoordelijk voor de "
          "leerresultaten van hun leerlingen en de eindtoetsscores worden door de besturen gevolgd. Een "
          "kwaliteitskader voor het samenwerkingsverband zelf, met de resultaten die wij willen bereiken en de "
          "indicatoren waarmee we die volgen, is in ontwikkeling. Het bestuur stelt dat kader naar verwachting "
          "in het voorjaar van 2027 vast."),
        H1("Steun voor ouders"),
        P("Soms lopen ouders vast, of zijn zij het niet eens met de school. Dan kunnen zij terecht bij het "
          "Ouder- en Jeugdsteunpunt Veenstroom, dat onafhankelijk van de scholen en van het "
          "samenwerkingsverband werkt. Het steunpunt is bereikbaar via telefoon en mail en houdt wekelijks "
          "een inloopspreekuur in Veenhorst en Dalerveld. Ook kunnen ouders gratis advies vragen bij de "
          "Onderwijsconsulenten. Bij een geschil over het OPP of over toelating kunnen ouders zich wenden tot "
          "de Geschillencommissie passend onderwijs."),
        P("Hoe wij ouders informeren over het ondersteuningsaanbod van scholen en samenwerkingsverband, "
          "beschrijven wij in een communicatieplan dat in 2026 verschijnt."),
    ]
    blocks += filler_governance(c) + filler_opr(c) + filler_oogo(c) + filler_personeel(c)
    blocks += filler_ict(c) + filler_huisvesting(c) + filler_planning(c)
    blocks += glossary(GLOSS_COMMON + [
        ["Informatievoorziening ouders", "De wijze waarop ouders informatie krijgen over de ondersteuning."],
        ["Kwaliteitskader", "Het geheel van doelen, indicatoren en evaluatiemomenten."]])
    spec = dict(title="Ondersteuningsplan 2026-2030 De Veenstroom",
                header="De Veenstroom | ondersteuningsplan 2026-2030",
                footer="Samen thuisnabij – SWV De Veenstroom PO 22-07",
                titlepage=["Samen thuisnabij", "Ondersteuningsplan 2026-2030", c["naam"], c["code"]],
                blocks=blocks)
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "missing",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "Ch. 'De ondergrens: wat elke school waarmaakt' (unusual wording 'gemeenschappelijk fundament'): same for all locations + bullet list of provisions.",
            "plaatsing": "Ch. 'Speciaal basisonderwijs en speciaal onderwijs' only refers to Handboek Toewijzing (bijlage C, not part of the input); nothing else on procedure/criteria.",
            "terugstroom": "Subsection 'Terug naar de eigen wijk': aims, conditions and terugkeerarrangement (beleid); the stappenplan (who initiates, evaluation moments) is deferred to the first plan year.",
            "financien": "Ch. 'Verdeling van de middelen': content almost only in tables (verdeelsleutel with grondslag/besluit, meerjarenbegroting 2026-2029), reserve sentence.",
            "dekkend-aanbod": "Ch. 'Van licht naar intensief' (continuum) and 'Wanneer het aanbod niet past' (Veenstroompunt, structural gaps -> new voorziening).",
            "resultaten": "Ch. 'Kwaliteitszorg en resultaten' only: schools' leerresultaten/eindtoets (near-miss) and a kwaliteitskader 'in ontwikkeling' for 2027; leeswijzer refers to jaarverslag.",
            "ouders": "Ch. 'Steun voor ouders': OJSP Veenstroom, Onderwijsconsulenten, Geschillencommissie (steunpunt); informing parents deferred to a 2026 communicatieplan.",
        })
    return "po-veenstroom-2026", spec, label


# ----------------------------------------------------------------------------------------------
# Plan 4: VO verband, pdf
# ----------------------------------------------------------------------------------------------

C4 = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Hollandse Delta-Noord", kort="SWV VO Hollandse Delta-Noord",
    code="VO 28-21 (fictief)", sector="vo", periode="2026-2030",
    periode_lang="1 augustus 2026 tot en met 31 juli 2030", regio="de Hollandse Delta-Noord",
    rechtsvorm="stichting", n_besturen=6, n_scholen=14, n_ll="14.200",
    gemeenten="Deltaveen, Kreekrak-Noord en Zoutdijk", plaats="Deltaveen", krimp=4,
    directeur="mr. S. (Sanne) de Kort", missie="Iedere jongere een passende route naar een diploma",
    bestuursvorm="directeur-bestuurder vormt het bestuur", toezicht="een raad van toezicht van vijf leden",
    fte="11,4", opr=12, opr_datum="26 maart 2026", oogo_datum="12 maart 2026", ander_swv="PO Delta-Noord",
    start_datum="18 september 2025", concept_datum="28 januari 2026", vaststel_datum="8 april 2026",
    inspectie_datum="20 april 2026",
)


def plan4():
    c = C4
    toc = TOC([
        ("1", "Voorwoord", 3), ("2", "Ons samenwerkingsverband", 4), ("3", "Visie en missie", 5),
        ("4", "Basisondersteuning op alle scholen", 6), ("5", "Het ondersteuningsaanbod", 8),
        ("6", "Dekkend netwerk en thuiszitters", 10), ("7", "Toewijzing: vso, lwoo en pro", 11),
        ("8", "Terugplaatsing vanuit het vso", 14), ("9", "Kwaliteitszorg", 15),
        ("10", "Financiën", 16), ("11", "Communicatie", 17), ("12", "Organisatie en governance", 18),
        ("13", "Medezeggenschap", 19), ("14", "Samenwerking met gemeenten (OOGO)", 19),
        ("15", "Personeel en professionalisering", 20), ("16", "ICT, privacy en gegevensbeheer", 21),
        ("17", "Planning en totstandkoming", 22), ("B", "Begrippenlijst en afkortingen", 23),
    ])
    blocks = [toc, PB()]
    blocks += filler_voorwoord(c)
    blocks += filler_regio(c) + filler_visie(c)
    blocks += [
        H1("Basisondersteuning op alle scholen"),
        P("Alle veertien scholen en hun nevenvestigingen bieden hetzelfde minimumniveau van ondersteuning, zoals "
          "afgesproken door de zes besturen in het bestuurlijk overleg van mei 2025. Dit niveau geldt voor "
          "alle leerwegen, van praktijkonderwijs tot gymnasium, en is de basis waarop de extra ondersteuning "
          "voortbouwt. Concreet biedt iedere vestiging:"),
        B(["een mentor per klas met wekelijks een mentoruur en ten minste twee mentorgesprekken per jaar "
           "met iedere leerling;",
           "een ondersteuningscoördinator en een zorgadviesteam dat ten minste zes keer per jaar bijeenkomt;",
           "dyslexie- en dyscalculiefaciliteiten: extra tijd, vergrote opgaven, voorleessoftware;",
           "trainingen faalangst, sociale vaardigheden en examenvrees;",
           "begeleiding bij executieve functies door een studiecoach;",
           "een time-out voorziening met een vaste medewerker;",
           "een aanspreekpunt voor leerlingen met een chronische ziekte en een protocol medisch handelen."]),
        P("De scholen leggen jaarlijks in een zelfevaluatie vast in hoeverre zij dit niveau halen; het bureau "
          "bespreekt die zelfevaluatie met iedere school."),
        H1("Het ondersteuningsaanbod"),
        P("Boven de basisondersteuning kennen wij drie lagen. Op school bieden de scholen extra ondersteuning "
          "volgens hun schoolondersteuningsprofiel, zoals kleine klassen, een rebound binnen de school of "
          "specifieke begeleiding voor leerlingen met autisme. Bovenschools is er het OPDC De Overstap "
          "(45 plaatsen) voor leerlingen die tijdelijk een andere omgeving nodig hebben, en de "
          "plusvoorziening Kompas voor leerlingen die dreigen uit te vallen. Daarnaast zijn er lwoo op vijf "
          "vmbo-scholen, praktijkonderwijs op twee locaties en vso op drie locaties (cluster 3 en 4)."),
        P("De toegang tot het bovenschoolse aanbod loopt via de Commissie Toewijzing; de ondersteunings"
          "coördinator van de school is het aanspreekpunt."),
        H1("Dekkend netwerk en thuiszitters"),
        P("Het samenwerkingsverband houdt een actueel overzicht bij van alle jongeren die niet of niet volledig "
          "naar school gaan. De thuiszitterstafel, met leerplicht, de jeugdarts, het lokale team en een "
          "trajectbegeleider van het samenwerkingsverband, bespreekt iedere twee weken de nieuwe meldingen. "
          "Voor iedere jongere wordt binnen drie weken een route naar onderwijs vastgesteld."),
        P("Wanneer scholen er onderling niet uitkomen, besluit de directeur-bestuurder op grond van het "
          "doorzettingsmachtprotocol welke school of voorziening de leerling tijdelijk opvangt. Elk voorjaar "
          "inventariseert het bureau de wachtlijsten van OPDC, vso en jeugdhulp en bespreekt met de besturen "
          "welke aanvullende voorzieningen nodig zijn."),
        H1("Toewijzing: vso, lwoo en pro"),
        H2("Toelaatbaarheid vso"),
        P("Het bevoegd gezag van de school waar de leerling staat ingeschreven, of bij een nieuwe leerling de "
          "school van aanmelding, dient de aanvraag in bij de Commissie Toewijzing. Bij de aanvraag horen het "
          "OPP, het handelingsdeel met geëvalueerde interventies en recente gegevens over cognitie en "
          "gedrag. Een orthopedagoog-generalist en een tweede deskundige (jeugdarts of psycholoog) geven elk "
          "een schriftelijk advies. De commissie besluit binnen zes weken. De TLV wordt afgegeven voor "
          "maximaal drie schooljaren met bekostigingscategorie laag, midden of hoog."),
        P("Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan: de "
          "school heeft het volledige aanbod van de eigen school en ten minste één bovenschools traject "
          "ingezet; de leerling heeft een ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, "
          "sociaal-emotioneel of medisch) die een structurele combinatie van onderwijs en zorg vraagt; en "
          "beide deskundigen onderschrijven dat regulier onderwijs, ook met OPDC, niet toereikend is."),
        H2("Lwoo en praktijkonderwijs"),
        P("Voor lwoo hanteert het samenwerkingsverband de landelijke criteria. De school van aanmelding vraagt "
          "de aanwijzing aan bij de Commissie Toewijzing vóór 1 maart van het jaar waarin de leerling instroomt, "
          "met de gegevens over leerachterstand, intelligentie en sociaal-emotionele problematiek; de "
          "commissie besluit binnen vier weken. Voor praktijkonderwijs gelden de landelijke criteria "
          "(IQ tussen 55 en 80 en leerachterstanden van ten minste drie jaar op twee domeinen); de procedure "
          "is gelijk aan die voor lwoo. Een aanwijzing lwoo geldt voor de gehele schoolloopbaan; een TLV pro "
          "eveneens."),
        H1("Terugplaatsing vanuit het vso"),
        P("Het samenwerkingsverband wil dat leerlingen die in het vso zitten, waar mogelijk een diploma of "
          "certificaat halen in het regulier voortgezet onderwijs. Voorwaarde voor overplaatsing is dat de "
          "leerling volgens het OPP het niveau van een reguliere leerweg aankan en dat de "
          "ondersteuningsbehoefte binnen het aanbod van een reguliere school past. De ontvangende school "
          "krijgt een overstaparrangement van een jaar met begeleiding door een vso-coach."),
        P("In het laatste jaar van de TLV bespreekt de vso-school in het eerste trimester met een consulent "
          "van het samenwerkingsverband of terugplaatsing haalbaar is. De vso-school neemt het initiatief. Is "
          "dat zo, dan zoekt de consulent binnen zes weken een ontvangende school en start de overstap bij "
          "voorkeur per 1 augustus. Is dat niet zo, dan vraagt de vso-school een nieuwe TLV aan; de Commissie "
          "Toewijzing besluit daarover vóór 1 april."),
        H1("Kwaliteitszorg"),
        P("Het samenwerkingsverband volgt zijn werk met een jaarlijkse monitor. Op peildatum 1 oktober "
          "verzamelen wij uit DUO-gegevens en de eigen registratie het deelnamepercentage vso, het aantal "
          "thuiszitters en vrijstellingen, de doorlooptijd van aanvragen, het aantal terugplaatsingen en de "
          "bezetting van OPDC en plusvoorziening. De uitkomsten worden in november besproken in een "
          "kwaliteitsrapportage aan de raad van toezicht en de OPR en in het jaarverslag opgenomen. Elke twee "
          "jaar voeren wij een evaluatie uit onder ondersteuningscoördinatoren."),
        P("De concrete doelen en streefwaarden legt het bestuur jaarlijks vast in het jaarplan."),
        H1("Financiën"),
        P("Het financieel beleid, het verdeelmodel en de meerjarenbegroting zijn opgenomen in het Financieel "
          "Kader 2026-2030. Dat kader is als afzonderlijk document vastgesteld en staat op onze website."),
        H1("Communicatie"),
        P("Het samenwerkingsverband communiceert met scholen via de maandelijkse nieuwsbrief voor "
          "ondersteuningscoördinatoren, met besturen via het bestuurlijk overleg en met gemeenten via de "
          "vaste ambtelijke overleggen. Onze website wordt in 2026 vernieuwd. Voor de communicatie met "
          "ketenpartners zijn vaste contactpersonen benoemd."),
    ]
    blocks += filler_governance(c) + filler_opr(c, with_parents=False) + filler_oogo(c)
    blocks += filler_personeel(c) + filler_ict(c) + filler_huisvesting(c) + filler_planning(c)
    blocks += glossary(GLOSS_COMMON + [
        ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
        ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen onderwijssituaties."]])
    blocks += abbrevs(ABBR_COMMON + [["OPDC", "Orthopedagogisch-didactisch centrum"],
                                     ["vso", "Voortgezet speciaal onderwijs"]])
    # the VO-plan uses the same filler as the PO-plans; the 'huisvesting' filler mentions
    # 'basisschool' in passing, which is harmless.
    spec = dict(title="Ondersteuningsplan 2026-2030 SWV VO Hollandse Delta-Noord",
                header="Ondersteuningsplan 2026-2030 – VO Hollandse Delta-Noord",
                footer="SWV VO 28-21 | ouders en leerlingen | financiën | kwaliteit",
                titlepage=["Ondersteuningsplan 2026-2030", c["naam"], c["code"]],
                blocks=blocks)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie"],
                            "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning op alle scholen': same minimum for all 14 schools/nevenvestigingen + concrete list; self-evaluation.",
            "plaatsing": "Ch. 'Toewijzing: vso, lwoo en pro': vso procedure, deskundigen, 6 weeks, duration/categorie, vso criteria, lwoo/pro procedure with national criteria; no bezwaar.",
            "terugstroom": "Ch. 'Terugplaatsing vanuit het vso': aim, conditions, overstaparrangement (beleid); first-trimester evaluation, initiator, 6 weeks, new TLV before 1 April (procedure).",
            "financien": "Ch. 'Financiën' only refers to a separate Financieel Kader on the website; no verdeling or begroting in the input.",
            "dekkend-aanbod": "Chs. 'Het ondersteuningsaanbod' (layers, OPDC, lwoo/pro/vso) and 'Dekkend netwerk en thuiszitters' (thuiszitterstafel, doorzettingsmacht, wachtlijsten).",
            "resultaten": "Ch. 'Kwaliteitszorg': yearly monitor, peildatum, reporting to RvT/OPR (monitoring); doelen/streefwaarden only referred to the jaarplan.",
            "ouders": "No parent information or independent help in body text; chapter 'Communicatie' is about schools/besturen/gemeenten only; OJSP/Onderwijsconsulenten only in glossary; footer mentions 'ouders'.",
        })
    return "vo-hollandse-delta-noord-2026", spec, label


# ----------------------------------------------------------------------------------------------
# Plan 5: small PO verband 'op hoofdlijnen', markdown
# ----------------------------------------------------------------------------------------------

C5 = dict(
    naam="Samenwerkingsverband Passend Onderwijs Lindeweide", kort="SWV Lindeweide",
    code="PO 27-05 (fictief)", sector="po", periode="2026-2030",
    periode_lang="1 augustus 2026 tot en met 31 juli 2030", regio="Lindeweide",
    rechtsvorm="stichting", n_besturen=5, n_scholen=31, n_ll="5.600",
    gemeenten="Lindeweide en Oudergoor", plaats="Lindeweide", krimp=5,
    directeur="drs. P. (Pieter) Smallenbroek", missie="Goed onderwijs voor ieder kind, dichtbij",
    bestuursvorm="directeur-bestuurder vormt het bestuur", toezicht="een raad van toezicht van vier leden",
    fte="4,1", opr=8, opr_datum="19 maart 2026", oogo_datum="3 maart 2026", ander_swv="VO Lindeweide-Oudergoor",
    start_datum="3 oktober 2025", concept_datum="22 januari 2026", vaststel_datum="2 april 2026",
    inspectie_datum="9 april 2026",
)


def plan5():
    c = C5
    toc = TOC([
        ("1", "Voorwoord", 0), ("2", "Leeswijzer", 0), ("3", "Wettelijk kader", 0),
        ("4", "Terugblik op de organisatie", 0), ("5", "Ons samenwerkingsverband", 0),
        ("6", "Visie en missie", 0), ("7", "Wat scholen bieden (basisondersteuning)", 0),
        ("8", "Toelaatbaarheid", 0), ("9", "Terug naar de basisschool", 0),
        ("10", "Wat we willen bereiken en wat we bereikten", 0), ("11", "Geld", 0), ("12", "Ouders", 0),
        ("13", "Organisatie, medezeggenschap en OOGO", 0), ("14", "Personeel en ICT", 0),
        ("15", "Strategische thema's", 0), ("16", "Planning", 0), ("B", "Begrippen", 0),
    ])
    blocks = [toc]
    blocks += filler_voorwoord(c)
    blocks += [
        H1("Leeswijzer"),
        P("Dit is een plan op hoofdlijnen. De uitwerking van de afspraken staat in het jaarplan en op onze "
          "website. Het plan beschrijft wat wij als samenwerkende besturen willen bereiken; hoe scholen dat "
          "doen, bepalen zij zelf."),
    ]
    blocks += [
        H1("Wettelijk kader"),
        P("De Wet op het primair onderwijs schrijft voor dat een samenwerkingsverband ten minste eens in de "
          "vier jaar een ondersteuningsplan vaststelt. De wet noemt een reeks onderwerpen die in het plan aan "
          "de orde moeten komen, waaronder de basisondersteuning, het dekkend aanbod, de toelaatbaarheid tot "
          "het speciaal (basis)onderwijs, de terugplaatsing, de verdeling van middelen, de resultaten en de "
          "informatie aan ouders. Daarnaast regelt de wet dat het plan pas wordt vastgesteld na op "
          "overeenstemming gericht overleg met de gemeenten en na instemming van de ondersteuningsplanraad, en "
          "dat het plan vóór 1 mei aan de inspectie wordt gezonden."),
        P("Dit plan is geschreven in de wetenschap dat er in de planperiode wetswijzigingen aankomen. De Wet "
          "versterking positie ouders en leerlingen in het passend onderwijs en de plannen voor een landelijke "
          "norm zullen gevolgen hebben voor de manier waarop wij werken. Waar nodig leggen wij een wijziging "
          "van dit plan ter instemming voor aan de ondersteuningsplanraad."),
        H1("Terugblik op de organisatie"),
        P("In de vorige planperiode is het bureau van het samenwerkingsverband verhuisd naar een pand in het "
          "centrum van Lindeweide, dat wij delen met het samenwerkingsverband voor het voortgezet onderwijs. "
          "Dat maakt de lijnen tussen beide organisaties korter en scheelt huisvestingskosten. Het "
          "secretariaat is in 2024 uitgebreid met een tweede medewerker, zodat het bureau op alle werkdagen "
          "telefonisch bereikbaar is."),
        P("De raad van toezicht is in 2023 vernieuwd. Twee leden hebben na acht jaar afscheid genomen; zij zijn "
          "opgevolgd door een lid met een financiële achtergrond en een lid met ervaring in de jeugdgezondheids"
          "zorg. De raad heeft zijn werkwijze geëvalueerd onder begeleiding van een externe adviseur en "
          "besloten tot een jaarlijkse zelfevaluatie. De governancecode van de PO-Raad wordt volledig "
          "nageleefd; de afwijking die in het vorige plan werd genoemd, is opgeheven."),
        P("Ook de samenwerking tussen de vijf besturen is in de afgelopen jaren veranderd. Waar eerder vooral "
          "over geld werd gesproken, gaat het gesprek in het bestuurlijk overleg nu vaker over de inhoud van "
          "het onderwijs. De besturen hebben afgesproken dat iedere bijeenkomst begint met een casus uit de "
          "praktijk, ingebracht door een van de scholen."),
    ]
    blocks += filler_regio(c) + filler_visie(c)
    blocks += [
        H1("Wat scholen bieden"),
        P("Iedere school beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij biedt. De "
          "profielen zijn te vinden op de websites van de scholen. Wij hebben ervoor gekozen die beschrijvingen "
          "niet in dit plan over te nemen, omdat zij jaarlijks veranderen."),
        H1("Toelaatbaarheid"),
        P("Het aanvraagformulier, de stappen en de termijnen voor een toelaatbaarheidsverklaring vindt u op "
          "www.swv-lindeweide.nl/tlv."),
        P("De commissie beoordeelt een aanvraag aan de hand van de volgende criteria. Een leerling is "
          "toelaatbaar tot het sbo als het OPP laat zien dat de leerling na ten minste twee cycli van "
          "handelingsgericht werken met externe expertise op twee of meer vakgebieden meer dan een jaar "
          "achterstand heeft opgelopen, en als de leerling aangewezen is op een klein groepsklimaat met "
          "structurele pedagogische ondersteuning. Een leerling is toelaatbaar tot het so als daarnaast "
          "sprake is van een gediagnosticeerde ernstige gedrags- of psychiatrische problematiek (cluster 4), "
          "of van een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3) "
          "waarvoor de zorg in de klas de mogelijkheden van het sbo te boven gaat."),
        H1("Terug naar de basisschool"),
        P("In het laatste jaar van een TLV nodigt de sbo- of so-school in maart de ouders, de intern begeleider "
          "van een mogelijke ontvangende basisschool en de consulent van het samenwerkingsverband uit voor een "
          "evaluatie van het OPP. De sbo- of so-school stelt daarna een advies op. Het loket van het "
          "samenwerkingsverband beslist binnen vier weken of de leerling wordt teruggeplaatst of een nieuwe "
          "TLV krijgt. Bij terugplaatsing eindigt de TLV op 31 juli en schrijft de ontvangende school de "
          "leerling in per 1 augustus."),
        P("Welke uitgangspunten en voorwaarden wij voor terugplaatsing hanteren, leggen wij in 2027 vast."),
        H1("Wat we willen bereiken en wat we bereikten"),
        P("Dit is ons tweede ondersteuningsplan. Daarom zetten wij naast de beoogde resultaten ook wat in de "
          "vorige periode is bereikt."),
        T([["Beoogd resultaat voor leerlingen met extra ondersteuning", "Bereikt 2024-2025", "Doel 2029-2030"],
           ["Deelname sbo (peildatum 1 oktober)", "2,6%", "maximaal 2,3%"],
           ["Deelname so (peildatum 1 oktober)", "1,8%", "maximaal 1,7%"],
           ["Leerlingen met OPP die hun uitstroomperspectief halen", "71%", "80%"],
           ["TLV-aanvragen afgehandeld binnen zes weken", "84%", "95%"],
           ["Terugplaatsingen uit sbo en so per jaar", "11", "15"]]),
        P("Wij volgen deze resultaten twee keer per jaar, in februari en oktober, met gegevens van DUO, de "
          "registratie van het loket en een korte vragenlijst aan intern begeleiders over het bereiken van "
          "het uitstroomperspectief. De uitkomsten bespreken wij met de besturen en de OPR. In het jaarverslag "
          "rapporteren wij per resultaat wat is bereikt en wat daaraan is besteed; wanneer een doel buiten "
          "bereik raakt, stelt het bestuur een verbeteractie vast."),
        H1("Geld"),
        P("Het verdeelmodel wordt in 2026 herzien. Tot die tijd blijft het model uit 2019 van kracht, dat is "
          "beschreven in het jaarverslag 2024."),
        T([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuningsmiddelen", "5.620", "5.560", "5.500", "5.430"],
           ["Afdrachten so en sbo", "2.710", "2.690", "2.670", "2.650"],
           ["Schoolbudgetten", "1.840", "1.810", "1.780", "1.750"],
           ["Loket, commissie en consulenten", "560", "570", "575", "580"],
           ["Professionalisering", "120", "120", "120", "120"],
           ["Bestuur en bureau", "390", "395", "400", "405"]]),
        H1("Ouders"),
        P("Wij informeren ouders over de ondersteuning via de ouderpagina op onze website, met een overzicht van "
          "wat het samenwerkingsverband doet en hoe een aanvraag verloopt, via de folder 'Extra ondersteuning "
          "in Lindeweide' die iedere school bij de intake meegeeft, en via de intern begeleider, die voor ouders "
          "het eerste aanspreekpunt is. Eén keer per jaar houden wij een ouderavond."),
        P("Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Lindeweide-Oudergoor "
          "(telefonisch spreekuur op werkdagen), bij de Onderwijsconsulenten en bij Ouders & Onderwijs. Bij een "
          "geschil kunnen zij een klacht indienen bij de klachtencommissie van het samenwerkingsverband of zich "
          "wenden tot de Geschillencommissie passend onderwijs."),
    ]
    blocks += filler_governance(c) + filler_opr(c) + filler_oogo(c, ketenpartners=False)
    blocks += filler_personeel(c) + filler_ict(c)
    blocks += [
        H1("Strategische thema's"),
        P("Naast de wettelijke onderwerpen kiezen wij voor de planperiode drie strategische thema's die het "
          "werk van de besturen en het bureau richting geven. Het eerste thema is de werkdruk in de scholen. "
          "Wij beperken de administratieve last door formulieren te vereenvoudigen en gegevens zoveel mogelijk "
          "eenmalig uit te vragen. Het tweede thema is kansengelijkheid: in delen van Lindeweide groeit een "
          "groot deel van de kinderen op in armoede. De besturen verkennen samen met de gemeente hoe zij daar "
          "gezamenlijk op kunnen inspelen. Het derde thema is digitalisering: wij willen dat scholen en bureau "
          "in de planperiode met één beveiligde omgeving werken."),
        P("Deze thema's werken wij uit in het jaarplan. Het bureau rapporteert over de voortgang in het "
          "bestuurlijk overleg. Wij realiseren ons dat de thema's niet alleen door het samenwerkingsverband "
          "kunnen worden opgepakt; zij vragen inzet van besturen, scholen en gemeente samen."),
        P("Bij elk thema hoort een werkgroep met een vertegenwoordiger van ieder bestuur, een directeur en een "
          "medewerker van het bureau. De werkgroepen komen vier keer per jaar bijeen en brengen in het voorjaar "
          "een kort advies uit aan het bestuurlijk overleg. Zo blijven de thema's verbonden met de dagelijkse "
          "praktijk van de scholen en voorkomen wij dat beleid op afstand van de klas wordt gemaakt. De "
          "adviezen worden gedeeld met de ondersteuningsplanraad, die daarover desgewenst het gesprek aangaat "
          "met de directeur-bestuurder."),
    ]
    blocks += filler_planning(c)
    blocks += glossary(GLOSS_COMMON + [
        ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep."],
        ["Thuiszitter", "Een leerplichtige leerling die niet naar school gaat."],
        ["Verdeelmodel", "De regels volgens welke de ondersteuningsmiddelen over de besturen worden verdeeld."]])
    spec = dict(title="Ondersteuningsplan 2026-2030 SWV Lindeweide",
                header="Ondersteuningsplan 2026-2030 – Samenwerkingsverband Passend Onderwijs Lindeweide (PO 27-05)",
                footer="Vastgesteld door het bestuur op 2 april 2026, na instemming van de OPR op 19 maart 2026.",
                titlepage=["Ondersteuningsplan 2026-2030", "Op hoofdlijnen", c["naam"], c["code"]],
                blocks=blocks)
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Wat scholen bieden' only refers to the SOPs on school websites; word only in TOC, the list of legal topics in 'Wettelijk kader' and the glossary.",
            "plaatsing": "Section 'Toelaatbaarheid': sbo/so criteria in body; procedure (form, steps, termijnen) only referred to a web page.",
            "terugstroom": "Section 'Terug naar de basisschool': steps, initiator, loket decides within 4 weeks, TLV ends 31 July (procedure); policy deferred to 2027.",
            "financien": "Section 'Geld': begroting table 2026-2029 with amounts (besteding); verdeelmodel under revision and only referred to jaarverslag 2024.",
            "dekkend-aanbod": "No continuum, gap/thuiszitters or ketenpartner text in the body; OOGO paragraph is procedural only; 'Wettelijk kader' merely lists the legal topics; 'Arrangement'/'Thuiszitter'/'Dekkend aanbod' only in glossary.",
            "resultaten": "Section 'Wat we willen bereiken en wat we bereikten': table with achieved and target values; monitoring twice a year, reporting in jaarverslag.",
            "ouders": "Section 'Ouders': ouderpagina, folder, IB'er, ouderavond (informatie); OJSP, Onderwijsconsulenten, Ouders & Onderwijs, klachtencommissie, GPO (steunpunt).",
        })
    return "po-lindeweide-2026", spec, label


# ----------------------------------------------------------------------------------------------
# Near-miss: school-level 'ondersteuningsplan' of one basisschool, docx
# ----------------------------------------------------------------------------------------------


def nearmiss():
    blocks = [
        TOC([("1", "Inleiding", 2), ("2", "Onze school", 2), ("3", "Basisondersteuning op De Wegwijzer", 3),
             ("4", "Zorgniveaus en groepsbesprekingen", 4), ("5", "Extra ondersteuning en arrangementen", 5),
             ("6", "Aanvraag TLV en verwijzing naar sbo/so", 6), ("7", "Terugplaatsing", 7),
             ("8", "Ouders", 7), ("9", "Middelen", 8), ("10", "Resultaten en evaluatie", 8)]),
        PB(),
        H1("Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe IKC De Wegwijzer in Heidebeek de ondersteuning aan leerlingen "
          "organiseert in het schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en de "
          "directeur en besproken in de medezeggenschapsraad op 14 oktober 2025. Het plan hoort bij het "
          "schoolondersteuningsprofiel en de schoolgids. De school is aangesloten bij het samenwerkingsverband "
          "passend onderwijs in onze regio; het ondersteuningsplan van het samenwerkingsverband is leidend voor "
          "de afspraken tussen de scholen."),
        H1("Onze school"),
        P("De Wegwijzer is een openbare basisschool met 312 leerlingen in 13 groepen. Het team bestaat uit 24 "
          "medewerkers, onder wie een intern begeleider (0,8 fte), een gedragsspecialist en twee "
          "onderwijsassistenten. De school werkt met een kinderopvangorganisatie samen in een integraal "
          "kindcentrum. Ongeveer 18 procent van de leerlingen heeft thuis een andere taal dan het Nederlands."),
        P("Onze visie op ondersteuning is dat iedere leerling recht heeft op onderwijs dat aansluit bij zijn "
          "mogelijkheden. Wij werken handelingsgericht: wij kijken naar wat een kind nodig heeft en niet naar "
          "wat het mankeert. De leerkracht is daarbij de spil."),
        H1("Basisondersteuning op De Wegwijzer"),
        P("Wat iedere school in het samenwerkingsverband minimaal biedt, is afgesproken in het "
          "ondersteuningsplan van het samenwerkingsverband. Op De Wegwijzer betekent dat concreet: een intern "
          "begeleider, een dyslexieprotocol, een methode voor sociaal-emotionele ontwikkeling (Kwink), een "
          "plusgroep voor leerlingen die meer aankunnen, en extra taalondersteuning in groep 1 tot en met 4."),
        H1("Zorgniveaus en groepsbesprekingen"),
        P("Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep voor alle leerlingen. Niveau 2 "
          "is extra zorg door de leerkracht in de groep, bijvoorbeeld verlengde instructie. Niveau 3 is "
          "specifieke zorg na overleg met de intern begeleider. Niveau 4 is zorg met inzet van externe "
          "deskundigen, zoals de orthopedagoog van het samenwerkingsverband. Niveau 5 is verwijzing naar het "
          "speciaal (basis)onderwijs."),
        P("Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere leerkracht een "
          "groepsbespreking. Daarin worden de resultaten van de methode-onafhankelijke toetsen geanalyseerd en "
          "wordt het groepsplan bijgesteld. Leerlingen die onvoldoende profiteren, worden besproken in een "
          "leerlingbespreking. Wanneer dat nodig is, wordt een ontwikkelingsperspectief opgesteld."),
        H1("Extra ondersteuning en arrangementen"),
        P("Wanneer de ondersteuning van de school niet toereikend is, vraagt de intern begeleider een "
          "arrangement aan bij het samenwerkingsverband. Het ondersteuningsteam van de school, waarin ouders, "
          "de intern begeleider, de leerkracht en een consulent van het samenwerkingsverband zitten, bereidt de "
          "aanvraag voor. In het schooljaar 2024-2025 kregen zes leerlingen van De Wegwijzer een arrangement, "
          "onder meer voor begeleiding bij gedrag en voor een leerling met een lichamelijke beperking."),
        H1("Aanvraag TLV en verwijzing naar sbo/so"),
        P("Als een leerling ook met een arrangement onvoldoende tot ontwikkeling komt, kan de school een "
          "toelaatbaarheidsverklaring aanvragen bij het samenwerkingsverband. De intern begeleider stelt het "
          "groeidocument op en bespreekt dat met ouders. Het samenwerkingsverband beslist over de aanvraag "
          "volgens zijn eigen procedure en criteria. In 2024-2025 zijn twee leerlingen van onze school "
          "verwezen naar het sbo."),
        H1("Terugplaatsing"),
        P("Leerlingen die vanuit het sbo of so terugkeren naar De Wegwijzer, ontvangen wij graag. De intern "
          "begeleider neemt contact op met de school van herkomst voor een warme overdracht en stelt samen met "
          "de leerkracht een plan op voor de eerste weken."),
        H1("Ouders"),
        P("Ouders zijn onze belangrijkste partners. Wij bespreken zorgen altijd eerst met ouders en betrekken "
          "hen bij het opstellen van het OPP. Ouders kunnen voor vragen over ondersteuning terecht bij de "
          "leerkracht en de intern begeleider. Twee keer per jaar zijn er oudergesprekken. Informatie over de "
          "ondersteuning staat in de schoolgids en op de website van de school. Bij klachten geldt de "
          "klachtenregeling van het bestuur."),
        H1("Middelen"),
        P("De school ontvangt van het bestuur een budget uit de ondersteuningsmiddelen van het "
          "samenwerkingsverband. In 2025-2026 bedraagt dat € 58.400. Wij zetten dit in voor de "
          "gedragsspecialist (0,4 fte), de onderwijsassistenten in groep 3 en 4 en scholing van het team "
          "in het lesgeven aan meertalige leerlingen."),
        H1("Resultaten en evaluatie"),
        P("De eindtoetsresultaten van De Wegwijzer lagen in 2025 boven de signaleringswaarden van de inspectie. "
          "Wij evalueren dit ondersteuningsplan jaarlijks in juni met het team en de medezeggenschapsraad. "
          "Aandachtspunten voor 2025-2026 zijn het verder verfijnen van de groepsplannen en het vergroten van "
          "de deskundigheid rond gedrag."),
        H1("Personeel en scholing"),
        P("Het team volgt in 2025-2026 een scholingstraject over gedrag in de klas, verzorgd door de "
          "gedragsspecialist in samenwerking met een extern bureau. Nieuwe leerkrachten krijgen een "
          "inwerkprogramma waarin de ondersteuningsstructuur van de school wordt toegelicht. De intern "
          "begeleider neemt deel aan het netwerk van intern begeleiders van het samenwerkingsverband."),
        P("De school werkt samen met de jeugdverpleegkundige van de GGD, de schoolmaatschappelijk werker en het "
          "lokale team van de gemeente. Deze partners schuiven aan bij het ondersteuningsteam wanneer dat voor "
          "een leerling nodig is. Met de peuteropvang in ons kindcentrum is een warme overdracht afgesproken "
          "voor alle kinderen die naar groep 1 gaan."),
        H1("Planning 2025-2026"),
        T([["Periode", "Activiteit"],
           ["September", "Startgesprekken met ouders; overdracht groepen"],
           ["Oktober", "Groepsbesprekingen ronde 1; MR bespreekt dit plan"],
           ["Februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
           ["Juni", "Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]]),
    ]
    spec = dict(title="Ondersteuningsplan 2025-2026 IKC De Wegwijzer",
                header="IKC De Wegwijzer – ondersteuningsplan 2025-2026",
                footer="Openbare basisschool De Wegwijzer, Heidebeek",
                titlepage=["Ondersteuningsplan 2025-2026", "IKC De Wegwijzer",
                           "Hoe wij de ondersteuning aan onze leerlingen organiseren"],
                blocks=blocks)
    label = dict(sector="po", looks_like_plan=False, elements={}, criteria={},
                 notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, "
                        "groepsbesprekingen, school budget, MR); no samenwerkingsverband as author, no OPR/OOGO, "
                        "no planperiode; it refers to the SWV's plan as a separate document."})
    return "po-ikc-de-wegwijzer-schoolplan", spec, label


# ----------------------------------------------------------------------------------------------


def write_label(name, documents, label):
    data = {"documents": documents}
    data.update(label)
    with open(OUT / f"{name}.expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=200)


def main():
    jobs = [(plan1, "docx"), (plan2, "docx"), (plan3, "pdf"), (plan4, "pdf"), (plan5, "md"),
            (nearmiss, "docx")]
    for fn, fmt in jobs:
        name, spec, label = fn()
        target = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(spec, target)
        elif fmt == "pdf":
            render_pdf(spec, target)
        else:
            render_md(spec, target)
        write_label(name, [target.name], label)
        print("wrote", target.name)


if __name__ == "__main__":
    main()
