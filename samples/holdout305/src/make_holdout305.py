#!/usr/bin/env python3
"""Generate holdout set 305: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
All organisations, people, amounts and figures are fictional.
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------------------
# A tiny block model rendered to .docx or markdown
# block kinds: ("h", level, text) ("p", text) ("ul", [items]) ("table", [rows]) ("pb",)
# ---------------------------------------------------------------------------


def H(level, text):
    return ("h", level, text)


def P(text):
    return ("p", " ".join(text.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


PB = ("pb",)


def render_docx(blocks, path, header_text=None, footer_text=None, title=None):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.last_printed = FIXED_DATE
    d.core_properties.author = "Staf samenwerkingsverband"
    d.core_properties.revision = 1
    if title:
        d.core_properties.title = title
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the .docx zip with fixed entry timestamps so that output bytes are reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout305.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("#" * b[1] + " " + b[2])
            out.append("")
        elif kind == "p":
            out.append(b[1])
            out.append("")
        elif kind == "ul":
            out.extend("- " + it for it in b[1])
            out.append("")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "pb":
            out.append("---")
            out.append("")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout305_render_"))
    try:
        src = tmp / (Path(pdf_path).stem + ".docx")
        render_docx(blocks, src, **kw)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (Path(pdf_path).stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] == "h":
            n += len(b[2].split())
        elif b[0] == "p":
            n += len(b[1].split())
        elif b[0] == "ul":
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Generic filler (deliberately addresses none of the seven elements)
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        H(1, "Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het {c['generatie']}
        ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In de afgelopen jaren hebben de
        {c.get('partijen', 'schoolbesturen, de scholen, de ouders in de ondersteuningsplanraad en onze partners bij de gemeenten')}
        veel met elkaar gedeeld. Dat heeft geleid tot een plan dat korter is dan zijn voorganger, maar dat naar
        onze overtuiging beter aansluit bij de praktijk van alledag in de klas."""),
        P(f"""Passend onderwijs is geen project met een begin en een eind. Het is een manier van kijken naar
        kinderen en naar de school. Wij willen dat iedere leraar in {c['regio']} zich gesteund weet als een
        kind meer nodig heeft dan gemiddeld, en dat iedere intern begeleider weet waar hij of zij terecht kan.
        Middelen, regels en procedures zijn daarbij hulpmiddelen; het gaat om de resultaten voor het kind en om
        {c.get('vertrouwen', 'het vertrouwen van ouders dat hun kind gezien wordt')}."""),
        P(f"""Graag dank ik alle betrokkenen die aan dit plan hebben bijgedragen: de werkgroepen, de
        directeuren, de intern begeleiders, de ondersteuningsplanraad en de beleidsmedewerkers van de
        gemeenten. Het plan is een gezamenlijk product. Waar het nog niet af is, zeggen we dat eerlijk;
        waar we keuzes hebben gemaakt, lichten we die toe."""),
        P(f"""{c['bestuurder']}, directeur-bestuurder"""),
    ]


def visie(c):
    return [
        H(1, "Visie en missie"),
        P(f"""Onze missie is kort: elk kind in {c['regio']} krijgt het onderwijs en de ondersteuning die het
        nodig heeft om zich te ontwikkelen, zo dicht mogelijk bij huis. Wij geloven dat kinderen het meest leren
        in een omgeving waarin zij zich veilig voelen, waar zij erbij horen en waar volwassenen hoge
        verwachtingen van hen hebben. Inclusie is voor ons geen eindpunt maar een richting."""),
        P("""Onze visie rust op vier pijlers. De eerste is dat het kind centraal staat en niet de regel of het
        loket. De tweede is dat de leraar het verschil maakt; wie leraren sterker maakt, helpt kinderen. De
        derde is dat samenwerking loont: tussen scholen, tussen besturen en met de partners in zorg en welzijn.
        De vierde is dat we doen wat we zeggen en laten zien wat we doen. Dat vraagt om eenvoud in onze
        afspraken en om openheid over wat lukt en wat nog niet lukt."""),
        P("""In de gesprekken die we voor dit plan voerden, kwam steeds terug dat scholen behoefte hebben aan
        rust. Na jaren van veranderingen in regelgeving, bekostiging en personeel willen scholen vooral ruimte
        om het werk goed te doen. Wij kiezen daarom voor continuïteit waar het goed gaat en voor gerichte
        verbetering waar het nodig is. Ambities formuleren we liever klein en haalbaar dan groot en vaag."""),
    ]


def governance(c, ouders_in_opr=True):
    opr = (f"""De ondersteuningsplanraad (OPR) bestaat uit {c['opr_leden']} leden: de helft is ouder van een
        leerling, de andere helft is personeelslid van een van de aangesloten scholen. De leden worden
        afgevaardigd door de medezeggenschapsraden.""" if ouders_in_opr else
           f"""De ondersteuningsplanraad (OPR) telt {c['opr_leden']} leden, afgevaardigd vanuit de
        medezeggenschapsraden van de aangesloten scholen.""")
    return [
        H(1, "Organisatie en governance"),
        P(f"""{c['naam']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. Samen zijn zij
        verantwoordelijk voor {c['scholen']} scholen met in totaal ongeveer {c['leerlingen']} leerlingen. Het
        samenwerkingsverband is geregistreerd onder nummer {c['code']}. De statuten zijn voor het laatst
        gewijzigd in 2022, toen het verband overstapte naar een model met een directeur-bestuurder en een
        raad van toezicht."""),
        P("""De algemene vergadering van aangesloten besturen stelt het ondersteuningsplan vast, keurt de
        begroting en het jaarverslag goed en benoemt de leden van de raad van toezicht. De raad van toezicht
        houdt toezicht op de directeur-bestuurder en is werkgever van de bestuurder. De directeur-bestuurder
        is belast met het bestuur van de stichting en wordt ondersteund door een klein stafbureau."""),
        P(opr + """ De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR
        vergadert vijf keer per jaar en heeft een eigen huishoudelijk reglement. Daarnaast heeft het verband
        een eigen medezeggenschapsraad voor het personeel van het stafbureau."""),
        P("""Geschillen tussen de aangesloten besturen over de uitvoering van dit plan worden eerst in de
        algemene vergadering besproken. Komen partijen er niet uit, dan voorzien de statuten in bindend advies
        door een onafhankelijke commissie. In de afgelopen planperiode is van deze regeling geen gebruik
        gemaakt."""),
    ]


def personeel(c):
    return [
        H(1, "Personeel en professionalisering"),
        P(f"""Het stafbureau van het samenwerkingsverband telt {c['fte']} fte. Naast de directeur-bestuurder
        werken er orthopedagogen, onderwijsadviseurs, een beleidsmedewerker, een controller (gedeeld met een
        ander verband) en een managementassistent. De ambulante dienst is ondergebracht bij de besturen; het
        verband koopt waar nodig expertise in."""),
        P("""Het lerarentekort raakt ook passend onderwijs. Scholen geven aan dat het lastiger wordt om kinderen
        met een complexe vraag goed te begeleiden als groepen regelmatig door invallers worden overgenomen.
        Wij investeren daarom in kennisdeling: netwerken van intern begeleiders, een jaarlijkse studiedag
        voor alle scholen en leergemeenschappen rond thema's als gedrag, taalontwikkeling en meer- en
        hoogbegaafdheid. Deelname is vrijwillig; de opkomst was de afgelopen jaren hoog."""),
        P("""Voor onze eigen medewerkers geldt een professionaliseringsbudget per fte en een jaarlijkse
        gesprekscyclus. Orthopedagogen van het verband zijn geregistreerd of werken aan registratie. Wij
        vinden het belangrijk dat medewerkers van het verband regelmatig in de scholen aanwezig zijn, zodat
        zij weten wat er in de klas speelt en niet alleen aan tafel adviseren."""),
    ]


def ict_privacy(c):
    return [
        H(1, "ICT, gegevens en privacy"),
        P(f"""Voor het aanvragen en registreren van arrangementen en verklaringen gebruikt het verband een
        digitaal dossiersysteem ({c['systeem']}). Scholen leveren gegevens aan via een beveiligde omgeving;
        e-mail met bijlagen over leerlingen gebruiken wij niet meer. Het verband heeft een functionaris
        gegevensbescherming aangesteld, gedeeld met enkele andere samenwerkingsverbanden."""),
        P("""Wij verwerken alleen de gegevens die nodig zijn voor onze wettelijke taken. Gegevens over
        gezondheid verwerken wij alleen voor zover dat voor de beoordeling van een aanvraag nodig is. De
        bewaartermijn is drie jaar na het besluit; daarna worden gegevens vernietigd. Het verwerkingsregister
        en het privacyreglement worden jaarlijks geactualiseerd en door de directeur-bestuurder vastgesteld."""),
        P("""In de planperiode onderzoeken wij of het dossiersysteem vervangen moet worden. De huidige
        leverancier heeft aangegeven het product na 2027 niet verder te ontwikkelen. Bij een eventuele keuze
        voor een nieuw systeem betrekken wij intern begeleiders en de OPR."""),
    ]


def planning_procedure(c, oogo_text=None):
    oogo = oogo_text or (f"""Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en
        wethouders van de gemeenten {c['gemeenten']} vond plaats op {c['oogo_datum']}. Het verslag van het
        OOGO is bij het verband op te vragen.""")
    return [
        H(1, "Totstandkoming en planning"),
        P(f"""Dit plan is tot stand gekomen in een traject van ongeveer een jaar. Werkgroepen met directeuren,
        intern begeleiders en stafleden schreven de hoofdstukken; de ondersteuningsplanraad werd in drie
        bijeenkomsten geïnformeerd en gaf tussentijds advies. Het concept is besproken met het
        samenwerkingsverband {c['andere_swv']}, waarvan het werkgebied overlapt met het onze."""),
        P(oogo),
        P(f"""De ondersteuningsplanraad heeft op {c['opr_datum']} ingestemd met het plan. De algemene
        vergadering heeft het plan vastgesteld op {c['vaststelling']}. Het plan is vóór 1 mei toegezonden aan
        de inspectie van het onderwijs. Het plan geldt voor de schooljaren {c['periode']}."""),
        P("""Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. Wijzigingen van het plan
        tijdens de planperiode leggen wij ter instemming voor aan de OPR. Een tussentijdse evaluatie van de
        organisatie zelf (niet van de resultaten) staat gepland voor het voorjaar van 2028."""),
    ]


def leeswijzer(c):
    return [
        H(1, "Leeswijzer"),
        P(f"""Dit plan is geschreven voor iedereen die bij passend onderwijs in {c['regio']} betrokken is:
        bestuurders, directeuren, intern begeleiders en ondersteuningscoördinatoren, leraren, de leden van de
        ondersteuningsplanraad en onze partners bij de gemeenten. De hoofdstukken kunnen los van elkaar worden
        gelezen. Waar in de tekst wordt verwezen naar een jaarplan, gaat het om het jaarplan van het verband
        dat elk jaar voor 1 juli wordt vastgesteld. Begrippen en afkortingen worden achter in het plan
        toegelicht. Wij hebben geprobeerd het plan in begrijpelijke taal te schrijven; waar dat niet is
        gelukt, horen wij dat graag. Opmerkingen over dit plan kunnen worden gestuurd aan het stafbureau."""),
    ]


def landelijk(c):
    return [
        H(1, "Landelijke ontwikkelingen"),
        P("""Passend onderwijs bestaat sinds 1 augustus 2014. De landelijke evaluatie in 2020 liet zien dat er
        veel is bereikt, maar ook dat de verwachtingen niet overal zijn waargemaakt. Het ministerie heeft
        daarop een verbeteraanpak opgesteld met vijfentwintig maatregelen, gericht op meer duidelijkheid voor
        ouders en scholen, op een betere samenwerking tussen onderwijs en zorg, op het terugdringen van het
        aantal kinderen dat geen onderwijs volgt en op een doelmatiger inzet van het geld. Een deel van deze
        maatregelen is inmiddels in wetgeving omgezet; een ander deel loopt nog."""),
        P("""Daarnaast werkt het kabinet toe naar inclusiever onderwijs in 2035. Dat betekent dat reguliere en
        speciale scholen steeds meer samenwerken en dat meer kinderen met een beperking of
        ondersteuningsbehoefte in de eigen wijk naar school gaan. Wat dat precies voor de inrichting van
        samenwerkingsverbanden betekent, is nog niet bekend. Ook de discussie over een landelijke norm voor
        basisondersteuning is nog niet afgerond."""),
        P("""Tegelijk hebben scholen te maken met het lerarentekort, met krimp in sommige dorpen en groei in
        nieuwbouwwijken, en met een toenemende complexiteit van de vragen in de klas. Wij volgen de landelijke
        ontwikkelingen nauwgezet, onder meer via de sectororganisaties, en passen dit plan tussentijds aan als
        nieuwe wetgeving daartoe aanleiding geeft. Zo'n wijziging leggen wij altijd ter instemming voor aan de
        ondersteuningsplanraad."""),
    ]


def jaarkalender(c):
    return [
        H(2, "Bestuurlijke jaarkalender"),
        T(("Maand", "Orgaan", "Onderwerp"),
          ("Oktober", "Algemene vergadering", "Bespreking jaarverslag en jaarrekening vorig jaar"),
          ("December", "Algemene vergadering", "Vaststelling begroting volgend kalenderjaar"),
          ("Februari", "Raad van toezicht", "Gesprek met de directeur-bestuurder over de voortgang van het jaarplan"),
          ("Maart", "Ondersteuningsplanraad", "Bespreking concept-jaarplan"),
          ("Juni", "Algemene vergadering", "Vaststelling jaarplan volgend schooljaar"),
          ("Doorlopend", "Directeurenoverleg", "Zes keer per jaar, agenda via het stafbureau")),
    ]


def praktijk(c, sector="po"):
    wie = ("Sanne, leerkracht van groep 6" if sector == "po" else "Daan, mentor in de onderbouw van het vmbo")
    return [
        H(2, "Uit de praktijk"),
        P(f"""{wie}, vertelt: “Twee jaar geleden had ik een groep waarin ik het gevoel had dat ik alleen maar
        brandjes aan het blussen was. Via het netwerk van het verband kwam ik in een leergemeenschap terecht
        met collega's van andere scholen. We filmden elkaars lessen en bespraken wat we zagen. Ik leerde vooral
        dat ik de dag voorspelbaarder moest maken, met vaste momenten en duidelijke overgangen. Het klinkt
        simpel, maar het heeft de sfeer in de klas veranderd. Wat ik het mooiste vond, was dat ik merkte dat
        ik niet de enige was die worstelde. Dat geeft energie om door te gaan.”"""),
        P("""Verhalen als dit laten zien waar passend onderwijs uiteindelijk over gaat: over leraren die zich
        gesteund voelen en daardoor beter kunnen doen wat zij het liefst doen, namelijk lesgeven. Het verband
        wil de komende jaren meer van deze verhalen verzamelen en delen, bijvoorbeeld in de nieuwsbrief en op
        de studiedag."""),
    ]


def toc(entries):
    return [H(1, "Inhoudsopgave")] + [P(e) for e in entries]


def begrippen(rows):
    return [H(1, "Begrippenlijst"), T(("Begrip", "Betekenis"), *rows)]


def afkortingen(rows):
    return [H(1, "Afkortingenlijst"), T(("Afkorting", "Betekenis"), *rows)]


STD_BEGRIPPEN = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."),
    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so."),
    ("Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het reguliere basisonderwijs."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is."),
    ("Meerjarenbegroting", "Begroting voor meerdere jaren, met verdeling van de ondersteuningsmiddelen."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs."),
    ("Beoogde resultaten", "De resultaten die het verband met passend onderwijs wil bereiken."),
]

STD_AFK = [
    ("AV", "Algemene vergadering"), ("IB", "Intern begeleider"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
    ("OJSP", "Ouder- en jeugdsteunpunt"), ("OOGO", "Op overeenstemming gericht overleg"), ("OPP", "Ontwikkelingsperspectiefplan"),
    ("OPR", "Ondersteuningsplanraad"), ("RvT", "Raad van toezicht"), ("SBO", "Speciaal basisonderwijs"),
    ("SO", "Speciaal onderwijs"), ("SOP", "Schoolondersteuningsprofiel"), ("TLV", "Toelaatbaarheidsverklaring"),
]


# ---------------------------------------------------------------------------
# Plan 1: small PO verband, Word (.docx)
# ---------------------------------------------------------------------------

C1 = dict(naam="Samenwerkingsverband Passend Onderwijs De Kleine Linge", regio="de Kleine Linge-regio",
          periode="2026-2030", generatie="derde", bestuurder="drs. M. (Marloes) van Haeften",
          opr_leden=6, besturen=3, scholen=19, leerlingen="3.400", code="PO 27-91", fte="4,6",
          systeem="Dossiervolg", gemeenten="Lingewaal-Oost en Vuren-Beesd", oogo_datum="10 februari 2026",
          andere_swv="VO Rivierenland-Zuid", opr_datum="17 maart 2026", vaststelling="24 maart 2026")


def plan1():
    c = C1
    b = [H(0, "Ondersteuningsplan 2026-2030"), P(c["naam"] + " (" + c["code"] + ")"),
         P("Vastgesteld door de algemene vergadering op 24 maart 2026"), PB]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Basisondersteuning", "3 Extra ondersteuning en arrangementen",
              "4 Toelaatbaarheid sbo en so", "   4.1 Procedure", "   4.2 Criteria", "   4.3 Terugplaatsing",
              "5 Geld en middelen", "6 Communicatie", "7 Ambities 2026-2030", "8 Organisatie en governance",
              "9 Personeel en professionalisering", "10 ICT, gegevens en privacy", "11 Totstandkoming en planning",
              "Begrippenlijst", "Afkortingenlijst"])
    b += [PB] + voorwoord(c) + leeswijzer(c) + visie(c) + landelijk(c)
    b += [
        H(1, "Kleine Linge in cijfers"),
        P("""Ons verband is klein. De negentien scholen liggen in twee gemeenten, verspreid over acht dorpen en
        één kleine stad. Zeven scholen hebben minder dan honderd leerlingen. Er is één school voor speciaal
        basisonderwijs in de regio, De Vlonder, met ongeveer 110 leerlingen. Voor speciaal onderwijs zijn
        kinderen aangewezen op scholen buiten de regio, vooral in Gorinchem, Tiel en Culemborg. Dat betekent
        voor veel kinderen reistijd en leerlingenvervoer, een onderwerp dat in het overleg met de gemeenten
        steeds terugkomt."""),
        P("""De drie besturen verschillen in omvang: het grootste bestuur heeft twaalf scholen, het kleinste
        één. Die verschillen spelen mee in de afspraken die we maken; een klein bestuur kan minder risico's
        opvangen en heeft minder eigen expertise in huis."""),
        H(1, "Basisondersteuning"),
        P("""Basisondersteuning is de ondersteuning die elke school van ons verband, op iedere vestiging,
        zelf biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De algemene
        vergadering heeft het niveau van de basisondersteuning in december 2025 opnieuw vastgesteld als
        ondergrens voor alle negentien scholen. Geen school mag daaronder zitten; een school mag meer bieden
        en beschrijft dat in de schoolgids."""),
        P("""Concreet betekent dit dat u als ouder op elke school van De Kleine Linge in ieder geval het
        volgende mag verwachten:"""),
        UL("""een intern begeleider met minimaal een halve dag per week per honderd leerlingen, die
           groepsbesprekingen voert en leerkrachten ondersteunt;""",
           """een vastgelegde werkwijze voor het signaleren van achterstanden, met twee keer per jaar een
           analyse van de toetsgegevens per groep;""",
           """een dyslexieprotocol en een dyscalculieprotocol, inclusief doorverwijzing naar
           vergoede zorg als dat nodig is;""",
           """een aanpak voor sociale veiligheid en gedrag (een erkend programma naar keuze van de school),
           een anti-pestcoördinator en een jaarlijkse meting van de veiligheidsbeleving;""",
           """aanbod voor kinderen die meer aankunnen: verrijkingsstof in de groep en compacten van de
           basisstof;""",
           """een ontwikkelingsperspectiefplan (OPP) voor ieder kind dat op een eigen leerlijn werkt;""",
           """afspraken over medisch handelen en het geven van medicijnen, vastgelegd in een protocol;""",
           """het ondersteuningsteam, waarin school, ouders, de orthopedagoog van het verband en zo nodig
           jeugdhulp samen naar een hulpvraag kijken."""),
        P("""Het verband bezoekt elke school eens per twee jaar voor een gesprek over de kwaliteitskaart
        basisondersteuning. Voldoet een school op onderdelen niet, dan maakt het bestuur binnen drie maanden
        een verbeterplan, dat het verband na een jaar opnieuw beoordeelt."""),
        H(1, "Extra ondersteuning en arrangementen"),
        P("""Waar de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Ons aanbod
        is opgebouwd in drie lagen. In de eerste laag zet de school zelf de schoolbudgetten in, bijvoorbeeld
        voor een onderwijsassistent of een kleine groep. In de tweede laag gaat het om arrangementen van het
        verband: een individueel arrangement voor een kind, een groepsarrangement voor een aantal kinderen
        op één school, of begeleiding door de ambulante dienst van De Vlonder. In de derde laag staat
        plaatsing in het speciaal basisonderwijs of speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring
        nodig is."""),
        P("""Bovenschools kent het verband twee voorzieningen. De Plusgroep Kleine Linge is er voor
        hoogbegaafde kinderen uit groep 5 tot en met 8, één dagdeel per week, op twee locaties. De
        Taalklas in Beesd vangt nieuwkomers zonder Nederlandse taalvaardigheid het eerste jaar op, waarna zij
        doorstromen naar een school in hun eigen dorp. Daarnaast heeft De Vlonder een observatiegroep waar
        kinderen maximaal twaalf weken verblijven terwijl de vraag wordt uitgezocht."""),
        P("""Over kinderen die thuis zitten of voor wie geen passende plek te vinden is, maken wij in de loop
        van 2027 met de gemeenten en leerplicht nieuwe afspraken. Tot die tijd worden dergelijke situaties per
        geval in het directeurenoverleg besproken. Een inventarisatie van ontbrekend aanbod in de regio staat op
        de agenda van het jaarplan 2027-2028."""),
        H(1, "Toelaatbaarheid sbo en so"),
        H(2, "Procedure"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bevoegd
        gezag van de school waar het kind staat ingeschreven, of, bij een kind dat nog niet op school zit, van
        de school waar het is aangemeld. De aanvraag verloopt in vier stappen:"""),
        UL("""Stap 1: het ondersteuningsteam van de school bespreekt het kind met ouders en stelt vast dat een
           plaatsing in sbo of so overwogen wordt;""",
           """Stap 2: de school vult in Dossiervolg het groeidocument in, met het OPP, de evaluatie van de
           geboden ondersteuning en de zienswijze van de ouders;""",
           """Stap 3: twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of
           psycholoog en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een
           maatschappelijk werker of kinderarts). Geen van beiden is eerder bij de aanvraag betrokken
           geweest;""",
           """Stap 4: de Commissie Toelaatbaarheid van het verband neemt binnen zes weken na ontvangst van
           het volledige dossier een besluit. Het besluit vermeldt de duur van de verklaring en, bij so, de
           bekostigingscategorie."""),
        P("""Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken. Het verband
        is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de
        directeur-bestuurder adviseert over het bezwaar."""),
        H(2, "Criteria"),
        P("""De commissie beoordeelt iedere aanvraag op maat. De huidige lijst met toelaatbaarheidscriteria
        stamt uit 2014 en sluit niet meer aan bij onze praktijk. Nieuwe criteria voor sbo en so worden in
        schooljaar 2026-2027 samen met De Vlonder en de so-scholen in de omgeving opgesteld; zij worden
        daarna als wijziging van dit plan aan de OPR voorgelegd."""),
        H(2, "Terugplaatsing"),
        P("""Zie paragraaf 6 van het Handboek Toewijzing, dat in de loop van dit schooljaar wordt
        geactualiseerd."""),
    ]
    b += [
        H(1, "Geld en middelen"),
        P("""De Kleine Linge ontvangt jaarlijks ongeveer 3,9 miljoen euro aan ondersteuningsmiddelen van het
        Rijk. Na de afdrachten aan DUO voor leerlingen in het speciaal onderwijs en de groeibekostiging blijft
        een bedrag over dat het verband volgens vaste afspraken verdeelt. De algemene vergadering stelt het
        verdeelmodel vast; wijzigingen gaan in per 1 augustus en worden uiterlijk in december van het
        voorafgaande jaar besloten."""),
        P("""Het verdeelmodel werkt als volgt. Iedere school ontvangt een vaste voet van € 12.500 per vestiging
        en daarnaast een bedrag van € 165 per leerling, geteld op 1 oktober van het voorgaande jaar. Deze
        schoolbudgetten gaan naar de besturen, die ze doorzetten naar de scholen. Arrangementen van het
        verband worden toegekend door de Commissie Toelaatbaarheid op basis van een aanvraag met het
        groeidocument; een individueel arrangement bedraagt ten hoogste € 7.500 per schooljaar. De Vlonder
        ontvangt een vast bedrag voor de ambulante dienst en de observatiegroep."""),
        P("""Scholen verantwoorden de besteding van het schoolbudget in het jaarverslag van het bestuur, met een
        korte toelichting per school op het format van het verband. De meerjarenbegroting ziet er als volgt uit
        (bedragen × € 1.000):"""),
        T(("Post", "2026", "2027", "2028", "2029"),
          ("Baten ondersteuningsmiddelen", "3.910", "3.880", "3.850", "3.820"),
          ("Afdrachten so en groeibekostiging", "-1.240", "-1.250", "-1.260", "-1.260"),
          ("Schoolbudgetten (vaste voet + per leerling)", "-800", "-795", "-790", "-785"),
          ("Arrangementen", "-610", "-610", "-600", "-600"),
          ("Ambulante dienst en observatiegroep De Vlonder", "-520", "-520", "-520", "-520"),
          ("Plusgroep en Taalklas", "-260", "-260", "-260", "-260"),
          ("Stafbureau en organisatie", "-480", "-485", "-490", "-495"),
          ("Saldo", "0", "-40", "-70", "-100")),
        P("""Het verband heeft een algemene reserve van ongeveer € 640.000. Dat is boven de signaleringswaarde;
        met de negatieve saldi in de jaren 2027-2029 bouwen we de reserve af tot het niveau dat nodig is om
        risico's, zoals een onverwachte groei van het aantal leerlingen in het so, op te vangen."""),
        H(1, "Communicatie"),
        P("""Het verband is klein en de lijnen zijn kort. Toch merken wij dat ouders niet altijd weten wat er
        mogelijk is. Daarom informeren wij ouders op drie manieren over de ondersteuning op de scholen en in
        het verband. Elke school beschrijft in de schoolgids haar basisondersteuning en haar extra
        ondersteuning, volgens een vast format van het verband. Op de website van het verband staat per
        school een samenvatting, en er is een ouderpagina met uitleg over arrangementen, de
        toelaatbaarheidsverklaring en de bovenschoolse voorzieningen. Eenmaal per jaar organiseren wij samen
        met de gemeenten een informatieavond voor ouders van kinderen met een ondersteuningsvraag."""),
        P("""Ouders die een onafhankelijk advies willen of met de school of het verband van mening verschillen,
        kunnen terecht bij het Ouder- en Jeugdsteunpunt Betuwe, dat het verband samen met twee andere
        samenwerkingsverbanden financiert en dat los van de scholen werkt. Het steunpunt is op werkdagen
        telefonisch bereikbaar en kan ouders verwijzen naar de Onderwijsconsulenten. Voor klachten over het
        verband geldt de klachtenregeling van het verband; daarnaast kunnen ouders zich wenden tot de
        Geschillencommissie passend onderwijs."""),
        P("""Medewerkers van het verband en de scholen ontvangen vier keer per jaar een digitale nieuwsbrief.
        Voor de gemeenten maken wij een korte jaarrapportage."""),
        H(1, "Ambities 2026-2030"),
        P("""Voor deze planperiode hebben wij vier ambities geformuleerd, met een concreet beoogd resultaat voor
        kinderen met een ondersteuningsbehoefte:"""),
        T(("Ambitie", "Beoogd resultaat in 2030"),
          ("Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 1,9% naar ten hoogste 1,6%."),
          ("Snelle hulp", "90% van de arrangementen start binnen vier weken na de aanvraag."),
          ("Meer- en hoogbegaafdheid", "Alle scholen hebben een eigen plusaanbod in de groep; 60 kinderen per jaar nemen deel aan de Plusgroep."),
          ("Tevredenheid", "Ouders van kinderen met een arrangement waarderen de samenwerking met school gemiddeld met minimaal een 7,5.")),
        P("""Hoe wij de voortgang op deze ambities gaan volgen en daarover rapporteren, werken wij uit in een
        monitoringsplan dat in het eerste jaar van de planperiode wordt opgesteld."""),
    ]
    b += governance(c) + jaarkalender(c) + personeel(c) + praktijk(c) + ict_privacy(c) + planning_procedure(c)
    b += begrippen(STD_BEGRIPPEN) + afkortingen(STD_AFK)
    return b


# ---------------------------------------------------------------------------
# Plan 2: large PO verband, Word + PDF
# ---------------------------------------------------------------------------

C2 = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Delta Stad", regio="Delta Stad en omgeving",
          periode="2026-2030", generatie="derde", bestuurder="J.P. (Joost) Verbrugge MSc",
          opr_leden=14, besturen=24, scholen=142, leerlingen="41.000", code="PO 28-93", fte="38,2",
          systeem="OnderwijsRoute", gemeenten="Delta Stad, Haveningen en Polderwaard",
          oogo_datum="3 februari 2026", andere_swv="VO Delta Stad", opr_datum="10 maart 2026",
          vaststelling="19 maart 2026")


def plan2():
    c = C2
    b = [H(0, "Samen sterk voor elk kind"), P("Ondersteuningsplan 2026-2030"), P(c["naam"] + ", " + c["code"]),
         P("Definitieve versie, maart 2026"), PB]
    b += toc(["Voorwoord", "Samenvatting", "1 Visie en missie", "2 Het verband in beeld", "3 Basisondersteuning",
              "4 Het ondersteuningscontinuüm", "5 Thuiszitters en witte vlekken", "6 Toewijzing en toelaatbaarheid",
              "   6.4 Geldigheidsduur en afloop", "7 Wie krijgt wat? De verdeling van middelen",
              "8 Kwaliteitszorg", "9 Ouders", "10 Organisatie en governance", "11 Samenwerking met gemeenten",
              "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Totstandkoming en planning",
              "Bijlage 1 Meerjarenbegroting 2026-2030", "Bijlage 2 Kwaliteitskaart Basisondersteuning",
              "Begrippenlijst", "Afkortingenlijst"])
    b += [PB] + voorwoord(c) + leeswijzer(c)
    b += [
        H(1, "Samenvatting"),
        P("""Dit plan beschrijft hoe de 24 schoolbesturen in Delta Stad, Haveningen en Polderwaard de komende
        vier jaar samen zorgen voor passend onderwijs. De belangrijkste keuzes zijn: we houden vast aan de
        kwaliteitskaart basisondersteuning; we vereenvoudigen de toewijzing van arrangementen; we pakken het
        aantal thuiszitters samen met de gemeenten aan; en we sturen scherper op resultaten. De financiële
        paragraaf is beknopt gehouden, omdat de meerjarenbegroting als zelfstandig document wordt vastgesteld."""),
    ] + visie(c) + landelijk(c) + [
        H(1, "Het verband in beeld"),
        P("""Delta Stad is een grootstedelijk verband met een grote diversiteit aan scholen en leerlingen. Van de
        142 scholen zijn er 131 reguliere basisscholen, 6 scholen voor speciaal basisonderwijs en 5 scholen
        voor speciaal onderwijs (cluster 3 en 4), met samen veertien locaties. Ruim een derde van de
        leerlingen groeit op in een wijk met een hoge concentratie van armoede; het aandeel nieuwkomers ligt
        ruim boven het landelijk gemiddelde."""),
        P("""Op de teldatum 1 oktober 2025 zaten 2,6% van de leerlingen in het sbo en 1,8% in het so. Het
        landelijk gemiddelde lag op respectievelijk 2,4% en 1,7%. In de afgelopen planperiode is het aantal
        verwijzingen licht gedaald, terwijl het aantal arrangementen binnen het reguliere onderwijs is
        gestegen."""),
        H(1, "Basisondersteuning"),
        P("""In Delta Stad geldt één niveau van basisondersteuning voor alle scholen en alle vestigingen. Dit
        niveau is vastgelegd in de Kwaliteitskaart Basisondersteuning, die de algemene vergadering in 2023
        heeft vastgesteld en die voor deze planperiode ongewijzigd blijft. Het is nadrukkelijk een ondergrens:
        iedere school van het verband voldoet aan alle standaarden op de kaart."""),
        P("""De twaalf standaarden en hun uitwerking zijn opgenomen in bijlage 2 bij dit plan. Scholen werken
        de standaarden uit in hun schoolondersteuningsprofiel."""),
        P("""Elke school wordt eenmaal in de vier jaar bezocht door een auditteam van twee intern begeleiders
        van andere besturen en een orthopedagoog van het verband. Het auditteam toetst de school aan de
        kwaliteitskaart. Scholen die op een of meer standaarden onvoldoende scoren, krijgen binnen een jaar een
        herbezoek; het bestuur is verantwoordelijk voor het herstel."""),
        H(1, "Het ondersteuningscontinuüm"),
        P("""Ons ondersteuningsaanbod loopt van licht naar zwaar, binnen en tussen scholen. Het continuüm kent
        vijf niveaus:"""),
        T(("Niveau", "Wat", "Waar", "Toegang"),
          ("1", "Basisondersteuning", "Elke school", "Geen aanvraag nodig"),
          ("2", "Lichte arrangementen (begeleiding, kleine groep, consultatie)", "Eigen school", "Schoolbudget, besluit school"),
          ("3", "Arrangementen van het verband (individueel of groep)", "Eigen school of bovenschools", "Aanvraag bij het Loket"),
          ("4", "Bovenschoolse voorzieningen: 4 taalklassen, 3 plusklassen, 2 observatieklassen, de OZA-groep De Brug", "Bovenschools", "Aanvraag bij het Loket"),
          ("5", "Speciaal basisonderwijs en speciaal onderwijs", "6 sbo-scholen, 5 so-scholen", "Toelaatbaarheidsverklaring")),
        P("""De OZA-groep De Brug is een onderwijs-zorgarrangement voor jonge kinderen (4 tot 7 jaar) die
        zowel onderwijs als intensieve jeugdhulp nodig hebben. Onderwijs en zorg worden op één locatie en in
        één team geboden; de gemeente Delta Stad financiert het zorgdeel."""),
        P("""Elke school heeft een vaste onderwijsadviseur van het verband, die meedenkt in het ondersteuningsteam
        en scholen helpt de weg in het continuüm te vinden."""),
        H(1, "Thuiszitters en witte vlekken"),
        P("""Een dekkend aanbod betekent dat er voor elk kind een plek is. Dat is in Delta Stad nog niet zo.
        Op 1 oktober 2025 waren er 38 leerplichtige kinderen langer dan vier weken thuiszitter, en 12 kinderen
        stonden op een wachtlijst voor het so. Wij brengen twee keer per jaar samen met leerplicht alle
        thuiszitters en wachtlijsten in beeld in de Thuiszitterstafel. Voor elk kind wordt binnen twee weken
        een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een plek te vinden, dan heeft de
        directeur-bestuurder doorzettingsmacht: hij kan een bestuur vragen het kind tijdelijk te plaatsen, met
        extra middelen van het verband."""),
        P("""Uit de analyse van 2025 blijkt dat er structureel te weinig plaatsen zijn voor jonge kinderen met
        ernstige gedragsproblemen en voor kinderen met een combinatie van autisme en hoogbegaafdheid. Voor de
        eerste groep opent per 1 augustus 2026 een tweede observatieklas; voor de tweede groep start in 2027
        een pilot met een deeltijdvoorziening op twee scholen."""),
        H(1, "Toewijzing en toelaatbaarheid"),
        H(2, "Het Loket"),
        P("""Alle aanvragen voor arrangementen van niveau 3 en 4 en voor toelaatbaarheidsverklaringen komen
        binnen bij het Loket van het verband. Het Loket controleert of het dossier volledig is en wijst binnen
        vijf werkdagen een behandelaar aan."""),
        H(2, "Procedure voor een toelaatbaarheidsverklaring"),
        P("""Het bevoegd gezag van de school waar het kind is ingeschreven vraagt de TLV aan. Bij de aanvraag
        horen het OPP, een overzicht van de geboden ondersteuning en de resultaten daarvan, het verslag van
        het laatste ondersteuningsteam en de zienswijze van de ouders. Twee deskundigen van het verband die
        niet bij de school betrokken zijn geweest, stellen ieder een eigen schriftelijk advies op: altijd een
        orthopedagoog of GZ-psycholoog, en als tweede deskundige, afhankelijk van de vraag, een
        maatschappelijk werker, een jeugdarts of een kinderpsychiater. De Commissie van Toelaatbaarheid (CvT)
        beslist binnen zes weken na ontvangst van het volledige dossier. Ouders ontvangen een kopie van beide
        adviezen."""),
        H(2, "Criteria"),
        P("""Een kind is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school heeft
        minimaal twee periodes van een half jaar handelingsgericht gewerkt met een arrangement van niveau 3;
        het kind heeft een ontwikkelingsachterstand van meer dan anderhalf jaar op ten minste twee
        kernvakken of een ernstig belemmerende gedrags- of werkhoudingsproblematiek; en de deskundigen
        concluderen dat de ondersteuningsbehoefte de mogelijkheden van de reguliere school, ook met een
        arrangement, overstijgt."""),
        P("""Een kind is toelaatbaar tot het so als bovendien sprake is van een intensieve, langdurige
        ondersteuningsbehoefte op het gebied van leren én gedrag, zorg of lichamelijke beperking die ook in
        het sbo niet kan worden geboden. De CvT bepaalt de bekostigingscategorie: laag voor de meeste
        kinderen in cluster 4 en zml, midden voor kinderen met een lichamelijke beperking of langdurige ziekte,
        hoog voor kinderen met een meervoudige beperking."""),
        H(2, "Geldigheidsduur en afloop"),
        P("""Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor ten hoogste drie
        schooljaren. Het verband wil dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan
        nodig is. Terugkeer naar een reguliere school dichtbij huis is het uitgangspunt, mits het kind daar
        met een passend arrangement verder kan en ouders daarmee instemmen."""),
        P("""Daarom geldt: in het laatste schooljaar van de TLV, uiterlijk in de eerste week van februari,
        bespreekt de commissie van begeleiding van de sbo- of so-school met ouders en de onderwijsadviseur
        van het verband of terugplaatsing mogelijk is. Is dat het geval, dan zoekt de sbo- of so-school samen
        met ouders een reguliere school en stelt een overdrachtsdossier op. De ontvangende school krijgt
        automatisch een terugplaatsingsarrangement van een jaar (€ 6.000) en begeleiding door de ambulante
        dienst; na drie en na negen maanden is er een evaluatie. Is terugplaatsing niet mogelijk, dan vraagt
        de school vóór 1 april een nieuwe TLV aan. Van de 214 kinderen bij wie in 2024-2025 de TLV afliep,
        keerden er 31 terug naar het reguliere basisonderwijs."""),
        H(1, "Wie krijgt wat? De verdeling van middelen"),
        P("""Het verband verdeelt de ondersteuningsmiddelen volgens een schoolmodel. Na aftrek van de
        verplichte afdrachten voor het so en de groeibekostiging gaat 62% van de middelen rechtstreeks naar de
        besturen, op basis van een bedrag per leerling (€ 210 in 2026) met een toeslag van € 45 per
        leerling voor scholen met een hoge schoolweging. Het restant wordt ingezet voor arrangementen van
        niveau 3 en 4, die het Loket toekent op basis van de aanvraag en de normbedragen in het
        arrangementenoverzicht. Het verdeelmodel wordt vastgesteld door de algemene vergadering op voorstel
        van de directeur-bestuurder; de OPR adviseert."""),
        P("""De meerjarenbegroting 2026-2030 wordt als afzonderlijk document vastgesteld en is daarom niet in dit
        plan opgenomen (zie bijlage 1). Begrotingsbedragen per post: p.m."""),
        H(1, "Kwaliteitszorg"),
        P("""Kwaliteitszorg gaat bij ons over de vraag of kinderen met een ondersteuningsbehoefte er beter van
        worden. Voor deze planperiode hebben wij vijf beoogde resultaten vastgesteld. Per resultaat staat
        hieronder de nulmeting (schooljaar 2024-2025) en de streefwaarde voor 2030."""),
        T(("Beoogd resultaat", "Nulmeting 2024-2025", "Streefwaarde 2030"),
          ("Minder thuiszitters (> 4 weken)", "38", "minder dan 15"),
          ("Terugplaatsing na afloop TLV", "14%", "20%"),
          ("Doorlooptijd TLV-aanvraag binnen 6 weken", "71%", "95%"),
          ("Arrangementen met positieve eindevaluatie", "68%", "80%"),
          ("Deelname sbo + so", "4,4%", "4,1%")),
        P("""Wij meten de resultaten met gegevens uit OnderwijsRoute, de leerplichtregistratie en de telling
        van DUO. Het Loket rapporteert elk kwartaal aan de directeur-bestuurder; in het jaarverslag
        verantwoorden wij over de bereikte resultaten en de kosten per voorziening. De OPR en de algemene
        vergadering bespreken elk voorjaar een resultatenrapportage; bij achterblijvende resultaten stelt de
        directeur-bestuurder een verbeteraanpak voor. In de vorige planperiode bereikten wij drie van de vijf
        doelen; de daling van het aantal thuiszitters bleef achter."""),
        H(1, "Ouders"),
        P("""Ouders zijn de eerste partner van de school. Wij informeren ouders op verschillende manieren over de
        ondersteuningsmogelijkheden in het verband. De website heeft een oudersectie met uitleg over
        basisondersteuning, arrangementen en de TLV, in het Nederlands, Engels, Arabisch en Turks. Er is een
        ouderfolder die iedere school bij een eerste ondersteuningsteam meegeeft, en elke school beschrijft
        haar aanbod in de schoolgids. Twee keer per jaar houden wij een ouderavond in een van de drie
        gemeenten."""),
        P("""De wet die samenwerkingsverbanden verplicht een ouder- en jeugdsteunpunt in te richten, is nog niet
        in werking getreden. Wij bereiden ons hierop voor; over de vorm en de bereikbaarheid van een
        onafhankelijk steunpunt volgt nadere informatie op de website."""),
        H(1, "Samenwerking met gemeenten"),
        P("""Met de gemeenten werken wij samen aan de aansluiting tussen onderwijs en jeugdhulp. In elke
        gemeente is per school een vaste contactpersoon van het wijkteam. Voor de OZA-groep De Brug en voor
        zorg in onderwijstijd zijn meerjarige afspraken gemaakt. Het leerlingenvervoer en de
        onderwijshuisvesting blijven onderwerpen van overleg."""),
    ]
    b += governance(c) + jaarkalender(c) + personeel(c) + praktijk(c) + ict_privacy(c) + planning_procedure(c)
    b += begrippen(STD_BEGRIPPEN + [("Kwaliteitskaart", "Overzicht van de standaarden van basisondersteuning, met concrete voorzieningen per standaard.")])
    b += afkortingen(STD_AFK + [("CvT", "Commissie van Toelaatbaarheid"), ("OZA", "Onderwijs-zorgarrangement")])
    return b


# ---------------------------------------------------------------------------
# Plan 3: medium PO verband, PDF only
# ---------------------------------------------------------------------------

C3 = dict(naam="Samenwerkingsverband PO Kempenheide", regio="de Kempenheide",
          periode="2026-2030", generatie="derde", bestuurder="mr. A.H. (Anouk) Tielemans",
          opr_leden=10, besturen=9, scholen=58, leerlingen="12.700", code="PO 30-96", fte="11,4",
          systeem="KindVolg Online", gemeenten="Heidestein, Bergeijkse Hoeven, Loonse Akker en Reusel-Kempen",
          oogo_datum="27 januari 2026", andere_swv="VO Kempenheide", opr_datum="3 maart 2026",
          vaststelling="12 maart 2026")


def plan3():
    c = C3
    b = [H(0, "Ondersteuningsplan Kempenheide 2026-2030"), P("Elk kind een plek, elke school een steun"),
         P(c["naam"] + " | " + c["code"]), PB]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Wat elke school minimaal waarmaakt", "3 Voorzieningen en sociale kaart",
              "4 Geen kind tussen wal en schip", "5 Toelaatbaarheid sbo en so", "6 Terug naar de basisschool",
              "7 Financieel kader", "8 Begroting in hoofdlijnen", "9 Resultaten en kwaliteit", "10 Samen met ouders",
              "11 Organisatie en governance", "12 Personeel en professionalisering", "13 ICT, gegevens en privacy",
              "14 Totstandkoming en planning", "Begrippenlijst", "Afkortingenlijst"])
    b += [PB] + voorwoord(c) + leeswijzer(c) + visie(c) + landelijk(c)
    b += [
        H(1, "Wat elke school minimaal waarmaakt"),
        P("""De besturen van Kempenheide hebben met elkaar afgesproken welke ondersteuning op al hun scholen,
        op iedere locatie, vanzelfsprekend is. Dit noemen we de basisondersteuning. Deze afspraak is bindend:
        het is de ondergrens die geldt voor alle 58 scholen, ongeacht bestuur of omvang. De afspraken zijn
        samengevat in de onderstaande tabel."""),
        T(("Onderdeel", "Wat ouders op elke school aantreffen"),
          ("Leren", "Dyslexie- en dyscalculieprotocol; twee keer per jaar groepsanalyse; extra instructie in een kleine groep voor kinderen die achterblijven."),
          ("Gedrag en welbevinden", "Schoolbreed programma voor sociale veiligheid; gedragsspecialist of anti-pestcoördinator; jaarlijkse monitor sociale veiligheid."),
          ("Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; verrijkings- en verdiepingsstof in de eigen groep."),
          ("Taal", "Extra aanbod Nederlands als tweede taal voor kinderen die korter dan twee jaar in Nederland zijn."),
          ("Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking."),
          ("Structuur", "Intern begeleider; ondersteuningsteam met de orthopedagoog van het verband; OPP voor kinderen met een eigen leerlijn."),
          ("Werkwijze", "Handelingsgericht werken met groepsbesprekingen en leerlingbesprekingen, drie keer per jaar.")),
        P("""Hoe een school deze afspraken invult, is aan de school zelf. De school beschrijft dat in de
        schoolgids."""),
        H(1, "Voorzieningen en sociale kaart"),
        P("""Naast de basisondersteuning zijn er in Kempenheide tal van voorzieningen en arrangementen. De
        sociale kaart met een compleet en actueel overzicht van alle voorzieningen binnen en tussen de
        scholen, inclusief de sbo- en so-scholen en de voorzieningen van onze partners, wordt in het najaar
        van 2026 gepubliceerd en daarna als bijlage aan dit plan toegevoegd. Tot die tijd kunnen scholen voor
        vragen terecht bij hun contactpersoon van het verband."""),
        H(1, "Geen kind tussen wal en schip"),
        P("""Alle besturen hebben zorgplicht: een school waar een kind wordt aangemeld, moet een passende plek
        bieden of zoeken. In een regio met veel kleine dorpsscholen lukt dat niet altijd. Wij hebben daarom
        afgesproken dat een school die binnen tien weken geen passende plek vindt, de casus meldt bij het
        verband. De coördinator passend aanbod roept dan binnen vijf werkdagen een overleg bijeen met het
        bestuur van aanmelding, ouders, leerplicht en zo nodig jeugdhulp, en legt vast welk bestuur het kind
        opvangt."""),
        P("""Thuiszitters brengen wij samen met de leerplichtambtenaren van de vier gemeenten elke maand in
        beeld op de Kempenheidetafel. Elke thuiszitter krijgt een vaste trajectbegeleider. Bij kinderen die
        langer dan drie maanden thuis zitten, escaleert de trajectbegeleider naar de directeur-bestuurder en
        de wethouder onderwijs van de woongemeente."""),
        P("""Eens per jaar maakt het verband een analyse van situaties waarin geen passend aanbod gevonden kon
        worden. In de laatste analyse kwamen twee tekorten naar voren: er zijn te weinig plaatsen voor jonge
        kinderen met een ernstige taalontwikkelingsstoornis in de eigen regio, en kinderen met een
        combinatie van gedragsproblemen en een licht verstandelijke beperking wachten te lang. Voor beide
        groepen maken wij in 2026-2027 een aanvullend aanbod, samen met de so-scholen in de regio."""),
        H(1, "Toelaatbaarheid sbo en so"),
        P("""De procedure en de criteria voor het aanvragen van een toelaatbaarheidsverklaring zijn te vinden in
        het Handboek Ondersteuningstoewijzing op www.kempenheide-po.nl/handboek. Dit handboek wordt jaarlijks
        geactualiseerd."""),
        H(1, "Terug naar de basisschool"),
        P("""Kempenheide wil dat kinderen die in het speciaal basisonderwijs of speciaal onderwijs zitten, waar
        mogelijk terugkeren naar een gewone basisschool, bij voorkeur in hun eigen dorp. Wij zien het sbo en so
        niet als eindstation maar als een plek waar een kind tijdelijk extra steun krijgt. Voorwaarde voor
        terugkeer is dat het OPP laat zien dat het kind de doelen van het reguliere onderwijs met een
        arrangement kan halen, en dat de ontvangende school aangeeft het kind de nodige ondersteuning te kunnen
        bieden."""),
        P("""Een kind dat terugkeert, krijgt een terugkeerarrangement van het verband voor ten minste een
        schooljaar, met ambulante begeleiding vanuit de school waar het vandaan komt en een vaste
        contactpersoon bij het verband. Scholen die een kind uit het sbo of so opnemen, hoeven dit niet uit
        hun eigen schoolbudget te bekostigen."""),
        P("""Het stappenplan voor terugplaatsing, met wie het initiatief neemt en op welk moment, wordt in
        schooljaar 2026-2027 samen met de sbo- en so-scholen ontwikkeld."""),
        H(1, "Financieel kader"),
        P("""Kempenheide kiest voor een verdeling waarin zoveel mogelijk geld zo dicht mogelijk bij het kind
        terechtkomt. De middelen voor lichte ondersteuning gaan volledig naar de besturen, naar rato van het
        aantal leerlingen op 1 oktober van het voorgaande schooljaar. Dat komt in 2026 neer op € 142 per
        leerling. De middelen voor zware ondersteuning worden na aftrek van de afdrachten voor het so als volgt
        ingezet: een vast deel gaat naar de sbo-scholen (per leerling boven de 2%-grens), en het overige deel
        wordt door het verband toegekend als arrangement, op aanvraag en volgens de normbedragen die de
        algemene vergadering jaarlijks in december vaststelt."""),
        P("""Besturen leggen in hun jaarverslag verantwoording af over de inzet van de middelen, per school.
        Het verband controleert steekproefsgewijs en bespreekt de verantwoording in het bestuurlijk overleg."""),
        H(1, "Begroting in hoofdlijnen"),
        T(("Bedragen × € 1.000", "2026", "2027", "2028", "2029"),
          ("Rijksbijdrage lichte ondersteuning", "1.810", "1.790", "1.770", "1.750"),
          ("Rijksbijdrage zware ondersteuning", "9.940", "9.870", "9.800", "9.730"),
          ("Afdracht so (DUO)", "-4.920", "-4.950", "-4.980", "-5.000"),
          ("Doorbetaling sbo", "-2.310", "-2.290", "-2.270", "-2.250"),
          ("Doorbetaling besturen lichte ondersteuning", "-1.810", "-1.790", "-1.770", "-1.750"),
          ("Arrangementen en terugkeerarrangementen", "-1.900", "-1.880", "-1.860", "-1.840"),
          ("Kempenheidetafel en trajectbegeleiding", "-180", "-180", "-180", "-180"),
          ("Bureau en bestuur", "-720", "-730", "-740", "-750"),
          ("Resultaat", "-90", "-160", "-230", "-290")),
        P("""De negatieve resultaten zijn bewust begroot: het verband heeft een reserve van 1,4 miljoen euro die
        in de planperiode tot onder de signaleringswaarde wordt teruggebracht."""),
        P("""Het verband heeft het afgelopen jaar, in het kader van de vereenvoudiging van de bekostiging, de
        interne administratie vernieuwd. Alle toekenningen worden nu in één systeem vastgelegd, zodat besturen
        op elk moment kunnen zien welke bedragen aan hun scholen zijn toegekend en wanneer die worden
        uitbetaald."""),
        H(1, "Resultaten en kwaliteit"),
        P("""Wij werken resultaatgericht. De leerresultaten van de scholen en de uitslagen van de eindtoets zijn
        de verantwoordelijkheid van de besturen en worden door de inspectie beoordeeld. Het verband heeft in
        2025 een nieuwe monitor aangeschaft; een paragraaf met beoogde en bereikte resultaten van het
        verband voegen wij toe zodra de eerste gegevens uit die monitor beschikbaar zijn."""),
        H(1, "Samen met ouders"),
        P("""Ouders weten veel van hun kind en horen bij elk gesprek over ondersteuning aan tafel te zitten.
        Daarnaast moeten ouders kunnen weten wat er in Kempenheide te krijgen is. Wij informeren ouders via de
        schoolgids, waarin elke school haar basisondersteuning en extra ondersteuning beschrijft; via de
        website van het verband, met een aparte ouderpagina over ondersteuning, arrangementen en
        terugkeer; en via de folder 'Passend onderwijs in Kempenheide', die de intern begeleider uitreikt bij
        het eerste gesprek over extra ondersteuning. De folder is er ook in eenvoudige taal."""),
        P("""Wie onafhankelijk advies zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Kempen. Het steunpunt
        is ondergebracht bij een welzijnsorganisatie en werkt los van scholen en verband. Medewerkers van het
        steunpunt gaan desgewenst mee naar gesprekken op school. Bij een verschil van mening kunnen ouders
        gratis gebruikmaken van de Onderwijsconsulenten, en voor geschillen over toelating, verwijdering of het
        OPP van de Geschillencommissie passend onderwijs."""),
    ]
    b += governance(c) + jaarkalender(c) + personeel(c) + praktijk(c) + ict_privacy(c) + planning_procedure(c)
    b += begrippen(STD_BEGRIPPEN + [("Resultaatgericht werken", "Werken met doelen die je vooraf vastlegt en achteraf evalueert.")])
    b += afkortingen(STD_AFK)
    return b


# ---------------------------------------------------------------------------
# Plan 4: small PO verband, thin plan "op hoofdlijnen", Markdown
# ---------------------------------------------------------------------------

C4 = dict(naam="Samenwerkingsverband Passend Onderwijs Waddenkust PO", regio="de Waddenkust",
          periode="2026-2030", generatie="derde", bestuurder="H. (Hielke) Dijkstra",
          opr_leden=8, besturen=5, scholen=34, leerlingen="4.900", code="PO 21-97", fte="6,0",
          systeem="Dossiervolg", gemeenten="Noardkust, Harlinger Wad en Slûs", oogo_datum="5 februari 2026",
          andere_swv="VO Noardkust", opr_datum="24 maart 2026", vaststelling="31 maart 2026")


def plan4():
    c = C4
    b = [H(1, "Ondersteuningsplan 2026-2030 op hoofdlijnen"), P(f"**{c['naam']}** ({c['code']})"),
         P("*Versie ter instemming OPR, maart 2026*")]
    b += [H(2, "Inhoud")] + [UL("Voorwoord", "1. Visie en missie", "1a. De Waddenkust in beeld", "2. Basisondersteuning", "3. Ondersteuningsaanbod en dekkend netwerk",
                              "4. Toelaatbaarheid", "5. Doorstroom en overstap", "6. Financiën en meerjarenbegroting",
                              "7. Monitoring en verantwoording", "8. Ouders en onafhankelijke ondersteuning",
                              "9. Organisatie", "10. Personeel", "11. ICT en privacy", "12. Planning",
                              "Begrippen en afkortingen")]
    b += voorwoord(c) + leeswijzer(c) + visie(c) + landelijk(c)
    b += [
        H(2, "De Waddenkust in beeld"),
        P("""Het werkgebied van ons verband strekt zich uit over drie gemeenten op het vasteland en twee
        bewoonde eilanden. Van de 34 scholen hebben er vijftien minder dan vijftig leerlingen; op de eilanden
        zijn er scholen met één of twee combinatiegroepen. Het aantal leerlingen daalt al tien jaar: sinds 2015
        is het met bijna twintig procent afgenomen en de prognoses laten voor de komende jaren een verdere
        daling zien. Vier dorpsscholen zijn de afgelopen planperiode samengegaan met een school in een
        naburig dorp."""),
        P("""Krimp betekent dat de expertise dunner verspreid raakt. Een kleine school heeft vaak één intern
        begeleider voor een halve dag per week, die ook nog lesgeeft. Het vinden van invallers is op de
        eilanden een groot probleem; een zieke leerkracht betekent soms dat de school een dag dicht moet.
        Voor medewerkers van het verband betekent werken op de eilanden dat een schoolbezoek al snel een
        volle dag in beslag neemt, afhankelijk van de dienstregeling van de veerboot."""),
        P("""Tegelijk heeft kleinschaligheid voordelen. Leerkrachten kennen ieder kind en iedere familie, de
        lijnen met het dorp zijn kort en de scholen zijn gewend om creatief te zijn. Het verband wil die
        kracht benutten en scholen helpen om van elkaar te leren, onder meer via digitale
        intervisiebijeenkomsten, zodat afstand minder een belemmering is. De vijf besturen hebben afgesproken
        dat zij bij de benoeming van intern begeleiders samenwerken, zodat ook kleine scholen toegang houden
        tot ervaren collega's."""),
        H(2, "Basisondersteuning"),
        P("""Basisondersteuning is in het hele land een onderwerp van gesprek. Het ministerie werkt aan een
        landelijke norm. Wij willen niet vooruitlopen op die norm en stellen het niveau van de
        basisondersteuning voor onze scholen daarom in de loop van 2026 opnieuw vast, zodra duidelijk is wat de
        landelijke norm inhoudt. Tot dat moment verwijzen wij voor de ondersteuning van iedere school naar de
        schoolgids van die school."""),
        H(2, "Ondersteuningsaanbod en dekkend netwerk"),
        P("""Het aanbod in de Waddenkust bestaat uit vier lagen die op elkaar aansluiten. Iedere school biedt
        eerst zelf wat zij kan; voor extra ondersteuning op de eigen school kan de school een arrangement
        aanvragen bij het team Passend Aanbod van het verband (begeleiding, een onderwijsassistent, een
        observatie, een korte behandeling dyslexie buiten de vergoede zorg). Voor kinderen voor wie dat niet
        genoeg is, zijn er drie bovenschoolse voorzieningen: de Eilandklas (kleine groep voor kinderen met
        gedragsproblemen, drie dagen per week, op het vasteland), de Plusklas Noardkust (hoogbegaafde
        kinderen, één ochtend per week) en de Taalschool Harlinger Wad voor nieuwkomers. De vierde laag is het
        speciaal basisonderwijs (SBO De Golfslag) en het speciaal onderwijs, waarvoor een TLV nodig is. Voor
        kinderen op de eilanden zet het verband de ambulante begeleiding in op de eigen school, omdat
        dagelijkse overtocht voor jonge kinderen niet verantwoord is."""),
        P("""Een dekkend netwerk vraagt ook om het zicht houden op kinderen die buiten de boot vallen. Het team
        Passend Aanbod houdt een lijst bij van kinderen die thuis zitten, op een wachtlijst staan of een
        vrijstelling hebben. Deze lijst wordt elke zes weken besproken met de leerplichtambtenaren en de
        gebiedsteams. Voor ieder kind op de lijst wordt een eigenaar aangewezen die binnen twee weken met een
        plan komt. Blijkt dat een groep kinderen structureel niet goed bediend wordt, dan bespreekt het
        directeurenoverleg welk bestuur een aanvullende voorziening opzet. Zo ontstond in 2024 de Eilandklas
        na een analyse van zes kinderen die langer dan een half jaar thuis zaten."""),
        H(2, "Toelaatbaarheid"),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als de reguliere school ten minste een
        jaar een arrangement heeft ingezet en geëvalueerd, de leerling op twee of meer vakgebieden een
        achterstand heeft van ten minste een jaar ten opzichte van leeftijdgenoten met hetzelfde
        ontwikkelingsperspectief, en de leerling een rustige, kleine groep met meer structuur nodig heeft dan
        de reguliere school kan bieden. Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4
        als er sprake is van een verstandelijke, lichamelijke of ernstige gedragsmatige of psychiatrische
        problematiek waardoor de leerling intensieve begeleiding nodig heeft die ook het sbo niet kan bieden,
        en er een langdurige behoefte is aan een combinatie van onderwijs en zorg."""),
        P("""Het stroomschema voor de aanvraag van een TLV staat op de website van het verband. Zijn ouders het
        niet eens met het besluit over de toelaatbaarheid, dan kunnen zij binnen zes weken bezwaar maken bij
        het verband; het verband vraagt daarover advies aan de Landelijke Bezwaaradviescommissie."""),
        H(2, "Doorstroom en overstap"),
        P("""Voor de overstap van groep 8 naar het voortgezet onderwijs volgen alle scholen de afspraken van de
        POVO-kaart Noardkust, met een warme overdracht voor kinderen met een ondersteuningsbehoefte."""),
        P("""Voor kinderen in het sbo of so van wie de TLV afloopt, geldt de volgende werkwijze. In oktober van
        het laatste TLV-jaar evalueert de sbo- of so-school het OPP en bespreekt met ouders of terugkeer naar het
        reguliere onderwijs in beeld is. De school meldt uiterlijk 1 december bij het team Passend Aanbod welke
        leerlingen in aanmerking komen. Het team organiseert voor elk van deze leerlingen een overleg met ouders,
        de huidige school en een mogelijke ontvangende school. De directeur van het verband besluit vóór 1
        maart of het kind wordt teruggeplaatst of dat een nieuwe TLV wordt aangevraagd. De overdracht vindt
        plaats vóór de zomervakantie; na drie maanden is er een evaluatiegesprek."""),
        P("""Welke doelen wij met terugplaatsing nastreven en welke ondersteuning een kind en de ontvangende
        school daarna krijgen, is onderwerp van de werkgroep Terugplaatsing, die in het najaar van 2026
        adviseert."""),
        H(2, "Financiën en meerjarenbegroting"),
        P("""Dit hoofdstuk wordt toegevoegd na vaststelling van de begroting 2027 en de meerjarenraming door de
        algemene vergadering in december 2026."""),
        H(2, "Monitoring en verantwoording"),
        P("""Het verband volgt de ontwikkelingen met een dashboard dat elk kwartaal wordt bijgewerkt. Daarin
        staan in elk geval: het aantal arrangementen per school, het aantal TLV's per soort, het aantal
        thuiszitters en vrijstellingen, de deelnamepercentages sbo en so op 1 oktober, de doorlooptijd van
        aanvragen en het aantal teruggeplaatste leerlingen. De directeur bespreekt het dashboard elk kwartaal
        met het directeurenoverleg en twee keer per jaar met de OPR. In het jaarverslag rapporteert het
        verband over de bereikte resultaten, zowel in cijfers als in een beschrijving van wat goed ging en
        wat niet. Elk arrangement wordt na afloop door de school geëvalueerd met een korte vragenlijst; de
        uitkomsten worden jaarlijks in een rapportage samengevat."""),
        P("""De beoogde resultaten voor deze planperiode formuleren wij na de nulmeting in het najaar van
        2026."""),
        H(2, "Ouders en onafhankelijke ondersteuning"),
        P("""Een nieuwe ouderwebsite met informatie over de ondersteuningsmogelijkheden gaat in de loop van 2026
        online; tot die tijd volgt informatie via de scholen."""),
        P("""Ouders die onafhankelijke hulp zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noard, dat
        het verband samen met het VO-verband heeft opgericht. Het steunpunt is bereikbaar via telefoon,
        WhatsApp en een wekelijks spreekuur in Noardkust en op Slûs. Een onafhankelijke ouderadviseur luistert,
        geeft informatie en kan bemiddelen tussen ouders en school. Komen ouders en school er niet uit, dan
        verwijst het steunpunt naar de Onderwijsconsulenten of naar de Geschillencommissie passend onderwijs.
        Het steunpunt rapporteert twee keer per jaar geanonimiseerd aan de directeur welke signalen het
        ontvangt."""),
    ]
    b += governance(c) + jaarkalender(c) + personeel(c) + praktijk(c) + ict_privacy(c) + planning_procedure(c)
    b += [H(2, "Begrippen en afkortingen"),
          T(("Begrip", "Betekenis"), *STD_BEGRIPPEN, *STD_AFK)]
    # Markdown uses level-2 headings for chapters: demote the generic filler headings
    return [("h", 2, x[2]) if x[0] == "h" and x[1] == 1 and i > 0 else x for i, x in enumerate(b)]


# ---------------------------------------------------------------------------
# Plan 5: VO verband, Word (.docx)
# ---------------------------------------------------------------------------

C5 = dict(naam="Samenwerkingsverband VO Vlietlanden", regio="de Vlietlanden",
          periode="2026-2030", generatie="derde", bestuurder="drs. R. (Rachid) El Amrani",
          opr_leden=8, besturen=6, scholen=11, leerlingen="9.800", code="VO 28-98", fte="7,8",
          systeem="OnderwijsRoute", gemeenten="Vlietstad en Zoetermeerwijk", oogo_datum="",
          andere_swv="PO Vlietlanden", opr_datum="19 maart 2026", vaststelling="26 maart 2026",
          partijen="schoolbesturen, de ondersteuningscoördinatoren, de ondersteuningsplanraad en de staf",
          vertrouwen="het vertrouwen van scholen dat zij er niet alleen voor staan")


def plan5():
    c = C5
    oogo = ("""Het op overeenstemming gericht overleg met de gemeenten Vlietstad en Zoetermeerwijk over dit plan
        is gepland voor 2 april 2026; het verslag wordt na afloop aan dit plan toegevoegd.""")
    b = [H(0, "Ondersteuningsplan 2026-2030"), P(c["naam"] + " (" + c["code"] + ")"),
         P("Vastgesteld op 26 maart 2026"), PB]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Het verband", "3 Basisondersteuning", "4 Dekkend aanbod",
              "5 Toelaatbaarheid vso, lwoo en pro", "6 Na het vso: terug naar het vo", "6a Kennisdeling en netwerken", "7 Middelen",
              "8 Jaarcyclus en ambities", "9 Ouders en leerlingen", "10 Organisatie en governance",
              "11 Personeel en professionalisering", "12 ICT, gegevens en privacy", "13 Totstandkoming en planning",
              "Begrippenlijst", "Afkortingenlijst"])
    b += [PB] + voorwoord(c) + leeswijzer(c) + visie(c) + landelijk(c)
    b += [
        H(1, "Het verband"),
        P("""Samenwerkingsverband VO Vlietlanden omvat elf scholen voor voortgezet onderwijs van zes besturen:
        zes scholengemeenschappen met vmbo, havo en vwo, twee categorale vmbo-scholen, één school voor
        praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs (cluster 4 en zml). In totaal
        gaan er ongeveer 9.800 leerlingen naar school, van wie ruim 600 met leerwegondersteuning en 310 in het
        praktijkonderwijs."""),
        P("""Het werkgebied beslaat twee gemeenten met samen ruim 190.000 inwoners. Vlietstad heeft een
        stedelijk karakter met enkele wijken waar veel gezinnen in armoede leven; Zoetermeerwijk is
        grotendeels suburbaan. Leerlingen reizen veel tussen de twee gemeenten en ook naar scholen buiten het
        verband, vooral in Den Haag en Leiden. Omgekeerd komt ongeveer een op de acht leerlingen van buiten
        het werkgebied. Het aantal leerlingen blijft de komende planperiode naar verwachting stabiel."""),
        H(1, "Basisondersteuning"),
        P("""Binnen Vlietlanden bestaat geen gezamenlijk vastgestelde norm voor basisondersteuning. Iedere school
        bepaalt zelf welk niveau zij biedt en legt dat vast in de schoolgids. Een verbandsbreed kader
        ontwikkelen wij pas nadat de landelijke norm basisondersteuning wettelijk is vastgelegd."""),
        P("""Wel heeft het verband in 2025 bij alle elf scholen geïnventariseerd wat er feitelijk aan
        ondersteuning aanwezig is. Op iedere school blijken de volgende voorzieningen aanwezig te zijn:"""),
        UL("een ondersteuningscoördinator en een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt;",
           "dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, vergroot lettertype, voorleessoftware);",
           "mentoraat met een vast mentoruur in leerjaar 1 en 2;",
           "trainingen sociale vaardigheden en faalangstreductie;",
           "een time-out- of opvangruimte met toezicht;",
           "een protocol medisch handelen en een vertrouwenspersoon;",
           "begeleiding bij executieve functies (plannen en organiseren) in de onderbouw."),
        H(1, "Dekkend aanbod"),
        P("""Dit hoofdstuk wordt na de OOGO-ronde van april 2026 ingevuld, zodat de afspraken met de gemeenten
        over onderwijs-zorgarrangementen en thuiszitters erin kunnen worden verwerkt."""),
        H(1, "Toelaatbaarheid vso, lwoo en pro"),
        H(2, "Toelaatbaarheidsverklaring vso"),
        P("""De school waar de leerling staat ingeschreven, dient via OnderwijsRoute een aanvraag in bij de
        Commissie Toewijzing van het verband. De aanvraag bevat het OPP, het onderwijskundig rapport, de
        evaluatie van de ondersteuning die de school heeft geboden en een verslag van het laatste
        ondersteuningsteam. Binnen tien werkdagen beoordeelt de commissie of het dossier volledig is. Twee
        deskundigen geven afzonderlijk schriftelijk advies: een orthopedagoog of psycholoog en een tweede
        deskundige, afhankelijk van de problematiek een jeugdarts, kinder- en jeugdpsychiater of
        maatschappelijk werker. De Commissie Toewijzing besluit binnen acht weken na de aanvraag."""),
        P("""Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar ten minste zes maanden een
        arrangement heeft ingezet, (b) de ondersteuningsbehoefte op het gebied van gedrag, psychiatrie, een
        verstandelijke beperking of een lichamelijke beperking zo intensief is dat de leerling structureel
        meer nodig heeft dan binnen een vo-school met een arrangement kan worden geboden, en (c) beide
        deskundigen dat onderschrijven. De TLV wordt afgegeven voor de duur van de verwachte ondersteuning,
        met een maximum van drie schooljaren, in de bekostigingscategorie laag, midden of hoog die de
        commissie op basis van het deskundigenadvies vaststelt."""),
        H(2, "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Vlietlanden hanteert de landelijke criteria voor lwoo en pro. De basisschool of de vo-school vraagt
        de aanwijzing lwoo of de toelaatbaarheidsverklaring pro aan bij de Commissie Toewijzing, met het
        onderwijskundig rapport en de gegevens over IQ, leerachterstanden en sociaal-emotionele problematiek.
        Voor aanvragen die vóór 1 maart binnen zijn, besluit de commissie vóór 1 mei, zodat leerlingen op tijd
        weten waar zij terechtkunnen. Een aanwijzing lwoo geldt voor de gehele schoolloopbaan in het vmbo."""),
        H(1, "Na het vso: terug naar het vo"),
        P("""Het vso is voor veel leerlingen een tijdelijke plek. Het beleid van Vlietlanden is dat iedere
        leerling met een TLV ten minste eenmaal per jaar wordt bekeken op de mogelijkheid van terugkeer naar
        het regulier voortgezet onderwijs of doorstroom naar het mbo. Terugkeer is alleen zinvol als de
        leerling in het vo een diploma binnen bereik heeft en de ontvangende school de noodzakelijke begeleiding
        kan organiseren. Een teruggeplaatste leerling krijgt gedurende het eerste jaar begeleiding door een
        ambulant begeleider van de vso-school, en de ontvangende school krijgt daarvoor een
        terugplaatsingsarrangement van € 5.000."""),
        P("""De procedure is als volgt. In november van ieder schooljaar bespreekt de commissie van begeleiding
        van de vso-school alle leerlingen van wie de TLV aan het eind van het schooljaar afloopt. Voor
        leerlingen bij wie terugkeer in beeld is, stelt de vso-school vóór 1 februari een
        terugplaatsingsvoorstel op. De Commissie Toewijzing beoordeelt het voorstel en zoekt met de
        ondersteuningscoördinatoren een ontvangende school; de directeur-bestuurder besluit uiterlijk 1 april.
        Na drie en na zes maanden evalueren de vso-school en de ontvangende school samen de plaatsing. Blijkt
        terugkeer niet haalbaar, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan."""),
        H(1, "Kennisdeling en netwerken"),
        P("""De ondersteuningscoördinatoren van de elf scholen vormen samen het belangrijkste netwerk van het
        verband. Zij komen zes keer per jaar bijeen, onder leiding van een orthopedagoog van het stafbureau.
        De bijeenkomsten hebben steeds een inhoudelijk thema, zoals schoolverzuim, executieve functies,
        angst en somberheid bij jongeren of het werken met een ontwikkelingsperspectief. Elke bijeenkomst
        wordt door een van de scholen georganiseerd, zodat de coördinatoren ook elkaars school leren
        kennen."""),
        P("""Daarnaast is er een netwerk van mentoren uit de onderbouw, een netwerk van dyslexiecoaches en een
        jaarlijkse conferentie voor alle medewerkers die met ondersteuning te maken hebben. Het verband
        betaalt de organisatie van deze netwerken; deelname kost de scholen alleen tijd. In de evaluatie van
        2025 gaf ruim tachtig procent van de deelnemers aan dat zij iets uit de netwerken direct in hun werk
        konden toepassen."""),
        P("""In de planperiode willen wij de netwerken ook openstellen voor docenten die geen specifieke
        ondersteuningstaak hebben. Uiteindelijk wordt ondersteuning in de klas gegeven, door de docent die
        voor de groep staat. Wij onderzoeken of een gezamenlijk scholingsaanbod met de lerarenopleiding in de
        regio mogelijk is."""),
        H(1, "Middelen"),
        P("""Het huidige verdeelmodel wordt in het schooljaar 2026-2027 geëvalueerd en herzien. De uitkomst
        wordt als wijziging van dit plan aan de OPR voorgelegd. Tot die tijd blijft het bestaande model van
        kracht."""),
        P("""De meerjarenbegroting van het verband (bedragen × € 1.000):"""),
        T(("Post", "2026", "2027", "2028", "2029"),
          ("Baten lichte ondersteuning", "5.620", "5.580", "5.540", "5.500"),
          ("Baten zware ondersteuning", "6.930", "6.880", "6.830", "6.790"),
          ("Afdracht vso (DUO)", "-3.870", "-3.900", "-3.930", "-3.950"),
          ("Doorbetaling lwoo en pro aan scholen", "-4.510", "-4.470", "-4.430", "-4.390"),
          ("Ondersteuningsbudget scholen", "-2.600", "-2.560", "-2.520", "-2.480"),
          ("Terugplaatsingsarrangementen", "-150", "-150", "-150", "-150"),
          ("Commissie Toewijzing en deskundigen", "-410", "-410", "-420", "-420"),
          ("Bureau en bestuur", "-890", "-900", "-910", "-920"),
          ("Saldo", "120", "70", "10", "-20")),
        H(1, "Jaarcyclus en ambities"),
        P("""Voor leerlingen met een ondersteuningsbehoefte willen wij in 2030 het volgende bereikt hebben: ten
        minste 85% van de leerlingen met een arrangement stroomt door naar het volgende leerjaar of behaalt
        een diploma; het aantal leerlingen dat het vo zonder startkwalificatie verlaat daalt van 74 naar
        minder dan 50 per jaar; het aantal terugplaatsingen vanuit het vso stijgt van 9 naar 20 per jaar; en
        elke aanvraag wordt binnen de termijn afgehandeld."""),
        P("""Deze ambities zijn vertaald in indicatoren in het jaarplan. Elk voorjaar stelt de staf een
        voortgangsrapportage op aan de hand van de gegevens uit OnderwijsRoute, DUO en de registratie van
        voortijdig schoolverlaters. De algemene vergadering bespreekt de rapportage in juni en stelt zo nodig
        het jaarplan bij; in het jaarverslag worden de bereikte resultaten verantwoord. Halverwege de
        planperiode, in 2028, laat het verband een externe evaluatie uitvoeren."""),
        H(1, "Ouders en leerlingen"),
        P("""De communicatie met ouders en leerlingen wordt uitgewerkt in het communicatieplan 2026-2027, dat bij
        de vaststelling van dit ondersteuningsplan nog niet gereed was."""),
    ]
    b += governance(c, ouders_in_opr=False) + jaarkalender(c) + personeel(c) + praktijk(c, 'vo') + ict_privacy(c) + planning_procedure(c, oogo_text=oogo)
    vo_begr = [(a, bb.replace("sbo of so", "vso").replace("s(b)o naar het reguliere basisonderwijs", "vso naar het regulier vo"))
               for a, bb in STD_BEGRIPPEN]
    b += begrippen(vo_begr + [("Lwoo", "Leerwegondersteunend onderwijs"), ("Pro", "Praktijkonderwijs")])
    b += afkortingen([r for r in STD_AFK if r[0] not in ("SBO", "SO")] + [("VSO", "Voortgezet speciaal onderwijs")])
    return b


# ---------------------------------------------------------------------------
# Near-miss: a single school's own "ondersteuningsplan" (zorgniveaus), not an SWV plan
# ---------------------------------------------------------------------------

def school_plan():
    b = [H(0, "Ondersteuningsplan OBS De Regenboog"), P("Schooljaar 2025-2026"),
         P("Openbare basisschool De Regenboog, Lingewaal-Oost - onderdeel van Stichting Openbaar Onderwijs Linge"),
         P("Vastgesteld door het MT op 2 september 2025, met instemming van de MR"), PB]
    b += toc(["1 Inleiding", "2 Onze leerlingen", "3 De zorgniveaus", "4 De groepsbespreking en leerlingbespreking",
              "5 Basisondersteuning op De Regenboog", "6 Extra ondersteuning en het samenwerkingsverband",
              "7 Toelaatbaarheid en verwijzing", "8 Middelen en formatie", "9 Ouders", "10 Jaarplanning zorg",
              "11 Evaluatie 2024-2025"])
    b += [
        H(1, "Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe wij op De Regenboog de ondersteuning van onze leerlingen
        organiseren. Het is bedoeld voor het team, voor nieuwe collega's en voor invallers, en geeft ouders en
        de medezeggenschapsraad inzicht in onze werkwijze. Het plan wordt elk jaar in augustus door de intern
        begeleider en de directeur bijgewerkt. Het is een uitwerking van ons schoolondersteuningsprofiel en
        sluit aan bij het ondersteuningsplan van het samenwerkingsverband De Kleine Linge, waarbij onze school
        is aangesloten."""),
        H(1, "Onze leerlingen"),
        P("""De Regenboog telt op 1 oktober 2025 214 leerlingen in negen groepen. Ongeveer een kwart van de
        leerlingen heeft een andere thuistaal dan het Nederlands. Dit schooljaar hebben zeven leerlingen een
        OPP, twee leerlingen een arrangement van het samenwerkingsverband en vier leerlingen een
        dyslexieverklaring. In de afgelopen drie jaar is één leerling met een toelaatbaarheidsverklaring naar
        het speciaal basisonderwijs gegaan."""),
        H(1, "De zorgniveaus"),
        P("""Wij werken met vijf zorgniveaus. Op niveau 1 biedt de leerkracht goed onderwijs aan de hele groep,
        met instructie op drie niveaus. Op niveau 2 krijgt een leerling extra instructie of oefening in de
        groep, vastgelegd in het groepsplan. Op niveau 3 is er specifieke ondersteuning na overleg met de
        intern begeleider, bijvoorbeeld een remediërend programma voor lezen. Op niveau 4 wordt externe
        deskundigheid ingeschakeld, via het ondersteuningsteam met de orthopedagoog van het
        samenwerkingsverband. Niveau 5 betekent dat een leerling meer nodig heeft dan wij kunnen bieden; dan
        bespreken wij met ouders een arrangement of een verwijzing."""),
        P("""Voor elk niveau staat in de bijlage van dit plan welke toetsen en observaties wij gebruiken en wie
        verantwoordelijk is."""),
        H(1, "De groepsbespreking en leerlingbespreking"),
        P("""Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met
        iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd, het
        groepsplan geëvalueerd en leerlingen besproken die opvallen. Leerlingen bij wie de aanpak onvoldoende
        effect heeft, komen in de leerlingbespreking, waar het team samen naar oplossingen zoekt. Van elke
        bespreking wordt een kort verslag gemaakt in het leerlingvolgsysteem."""),
        P("""Het ondersteuningsteam komt vijf keer per jaar bijeen. Hierin zitten de intern begeleider, de
        directeur, de orthopedagoog van het samenwerkingsverband, de schoolmaatschappelijk werker en, als het
        om hun kind gaat, de ouders. Het ondersteuningsteam kan adviseren om een arrangement aan te vragen bij
        het samenwerkingsverband of om onderzoek te laten doen."""),
        H(1, "Basisondersteuning op De Regenboog"),
        P("""De basisondersteuning van onze school bestaat onder meer uit: een dyslexieprotocol, het programma
        Kanjertraining voor sociale veiligheid, een plusgroep voor leerlingen die meer aankunnen (een uur per
        week), extra taalondersteuning voor nieuwkomers en een protocol medisch handelen. Onze intern
        begeleider is drie dagen per week beschikbaar. Wat ons schoolondersteuningsprofiel verder beschrijft,
        staat in de schoolgids."""),
        H(1, "Extra ondersteuning en het samenwerkingsverband"),
        P("""Als de basisondersteuning niet volstaat, vraagt de school via Dossiervolg een arrangement aan bij het
        samenwerkingsverband. De intern begeleider stelt het groeidocument op, bespreekt het met ouders en
        legt het voor in het ondersteuningsteam. Het samenwerkingsverband beslist over de aanvraag. Een
        arrangement wordt na een half jaar geëvalueerd."""),
        H(1, "Toelaatbaarheid en verwijzing"),
        P("""Wanneer wij samen met ouders concluderen dat een leerling beter op zijn plaats is in het speciaal
        basisonderwijs of speciaal onderwijs, vraagt het bestuur van onze school een toelaatbaarheidsverklaring
        aan bij het samenwerkingsverband. De procedure en de criteria daarvoor zijn die van het
        samenwerkingsverband. Wij begeleiden ouders bij het kiezen van een school en zorgen voor een warme
        overdracht."""),
        H(1, "Middelen en formatie"),
        P("""De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget voor extra
        ondersteuning. Dit schooljaar bedraagt dat budget € 47.800. Wij zetten het in voor een
        onderwijsassistent (0,6 fte) die kleine groepen begeleidt, voor de plusgroep en voor scholing van het
        team op het gebied van gedrag. De verantwoording loopt via het jaarverslag van het bestuur."""),
        H(1, "Ouders"),
        P("""Ouders zijn onze partners. Wij betrekken ouders bij iedere stap: bij zorgen van de leerkracht, bij
        het opstellen van een OPP en in het ondersteuningsteam. Ouders kunnen met vragen altijd terecht bij de
        leerkracht en de intern begeleider. Voor onafhankelijk advies verwijzen wij naar het Ouder- en
        Jeugdsteunpunt Betuwe. Klachten worden behandeld volgens de klachtenregeling van het bestuur."""),
        H(1, "Jaarplanning zorg"),
        T(("Maand", "Activiteit"),
          ("September", "Startgesprekken met ouders; overdracht tussen leerkrachten"),
          ("Oktober", "Toetsperiode; groepsbesprekingen"),
          ("November", "Ondersteuningsteam; evaluatie OPP's"),
          ("Februari", "Toetsperiode; groepsbesprekingen; rapportgesprekken"),
          ("April", "Ondersteuningsteam; voorbereiding overstap groep 8"),
          ("Juni", "Toetsperiode; groepsbesprekingen; evaluatie van dit plan")),
        H(1, "Evaluatie 2024-2025"),
        P("""In het afgelopen schooljaar hebben wij de werkwijze van de groepsbespreking vereenvoudigd. De
        leerkrachten ervaren minder papierwerk. De leesresultaten in groep 4 en 5 zijn verbeterd: 78% van de
        leerlingen haalde het streefniveau, tegen 69% een jaar eerder. Het doel voor 2025-2026 is 80%. Het
        aantal leerlingen met een OPP is gelijk gebleven."""),
    ]
    return b


# ---------------------------------------------------------------------------
# Labels (hand-written; see Part A of the domain reference)
# ---------------------------------------------------------------------------

CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    return "present" if all(vals) else ("partial" if any(vals) else None)


def label_yaml(documents, sector, crit, advisory, notes, missing_override=()):
    els = {}
    for el in ELEMENTS:
        st = status(crit, el)
        if st is None:
            st = "partial" if advisory.get(el) else "missing"
        els[el] = st
    out = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
           "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    out += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CRIT_ORDER]
    out.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            out.append(f"  {el}: [{', '.join(advisory[el])}]")
    out.append("notes:")
    for el in ELEMENTS:
        out.append(f"  {el}: \"{notes[el]}\"")
    return "\n".join(out) + "\n"


def crit_from(bits):
    return dict(zip(CRIT_ORDER, [c == "1" for c in bits.replace(" ", "")]))


LABELS = {
    "po-kleine-linge-2026-2030": dict(
        documents=["po-kleine-linge-2026-2030.docx"], sector="po",
        crit=crit_from("11 10 00 11 10 10 11"),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. Basisondersteuning: AV-set minimum for all 19 schools plus concrete bullet list; borging via kwaliteitskaart visit every 2 years.",
               "plaatsing": "Ch. Toelaatbaarheid 4.1 gives 4-step procedure, CvT, 6 weeks, two deskundigen, LBT bezwaar; 4.2 criteria only deferred to 2026-2027.",
               "terugstroom": "Only TOC entry 4.3, running header, glossary and a pointer to an absent Handboek Toewijzing (being updated): nothing addressed.",
               "financien": "Ch. 'Geld en middelen': verdeelmodel (vaste voet EUR 12.500 + EUR 165 per leerling, arrangement max EUR 7.500) and meerjarenbegroting table 2026-2029; reserves.",
               "dekkend-aanbod": "Ch. Extra ondersteuning: three-layer continuum with Plusgroep, Taalklas, observatiegroep; thuiszitters/gaps only deferred to 2027 and a future inventarisatie.",
               "resultaten": "Ch. Ambities 2026-2030: table with measurable beoogde resultaten; monitoring deferred to a monitoringsplan still to be written.",
               "ouders": "Ch. 'Communicatie': schoolgids format, ouderpagina, yearly info evening; independent OJSP Betuwe, Onderwijsconsulenten, klachtenregeling."}),
    "po-deltastad-2026-2030": dict(
        documents=["po-deltastad-2026-2030.docx", "po-deltastad-2026-2030.pdf"], sector="po",
        crit=crit_from("10 11 11 10 11 11 10"),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. Basisondersteuning sets one minimum level (Kwaliteitskaart) for all vestigingen and an audit cycle, but the 12 standards are only in absent bijlage 2: inhoud not addressed.",
               "plaatsing": "Ch. Toewijzing en toelaatbaarheid: Loket, CvT, dossier, two separate deskundigen, 6 weeks; explicit sbo and so criteria and bekostigingscategorie; TLV duration 2/3 years.",
               "terugstroom": "Hidden in TLV chapter 'Geldigheidsduur en afloop': policy (thuisnabij, terugplaatsingsarrangement EUR 6.000, AB) and procedure (CvB evaluation by Feb, new TLV before 1 April), with figures.",
               "financien": "Ch. 'Wie krijgt wat?': schoolmodel, 62% per-leerling EUR 210 + toeslag, Loket normbedragen; meerjarenbegroting only in absent bijlage 1, amounts p.m.",
               "dekkend-aanbod": "Ch. Ondersteuningscontinuum (5-level table, OZA De Brug) and Ch. Thuiszitters en witte vlekken (Thuiszitterstafel, doorzettingsmacht, gap analysis with actions).",
               "resultaten": "Ch. 'Kwaliteitszorg': beoogde resultaten table with nulmeting and streefwaarden; quarterly Loket reporting, yearly resultatenrapportage, previous-period evaluation.",
               "ouders": "Ch. Ouders: multilingual website, ouderfolder, schoolgids, ouderavonden; independent steunpunt only announced ('volgt nadere informatie'): steunpunt not addressed."}),
    "po-kempenheide-2026-2030": dict(
        documents=["po-kempenheide-2026-2030.pdf"], sector="po",
        crit=crit_from("11 00 01 11 01 00 11"),
        advisory={"financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Wat elke school minimaal waarmaakt': binding minimum for all 58 schools; the concrete content is only in the table of that chapter.",
               "plaatsing": "Ch. Toelaatbaarheid sbo en so only refers to a Handboek on the website; no procedure, criteria, deskundigen or bezwaar in the text.",
               "terugstroom": "Ch. 'Terug naar de basisschool': policy, conditions and terugkeerarrangement; the stappenplan (who initiates, when) is deferred to 2026-2027.",
               "financien": "Ch. 'Financieel kader' (EUR 142 per leerling, sbo share, arrangements by normbedragen, verantwoording) and Ch. 'Begroting in hoofdlijnen' table 2026-2029; reserve.",
               "dekkend-aanbod": "Ch. 'Geen kind tussen wal en schip': zorgplicht escalation, Kempenheidetafel, yearly gap analysis with actions; the continuum (sociale kaart) is deferred to autumn 2026.",
               "resultaten": "Ch. Resultaten en kwaliteit only says 'resultaatgericht', school leerresultaten/eindtoets, and defers the results paragraph; 'Resultaat' budget row is financial.",
               "ouders": "Ch. 'Samen met ouders': schoolgids, ouderpagina, folder in eenvoudige taal; independent OJSP Kempen, Onderwijsconsulenten, Geschillencommissie."}),
    "po-waddenkust-2026-2030": dict(
        documents=["po-waddenkust-2026-2030.md"], sector="po",
        crit=crit_from("00 01 10 00 11 01 01"),
        advisory={"plaatsing": ["bezwaar"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. Basisondersteuning defers setting the level to 'de loop van 2026' and points to schoolgidsen; otherwise only TOC and glossary.",
               "plaatsing": "Ch. Toelaatbaarheid states sbo and so criteria and the bezwaar route (LBT), but the procedure is only a stroomschema on the website.",
               "terugstroom": "Under 'Doorstroom en overstap': procedure at TLV end (October evaluation, 1 December, directeur decides before 1 March); policy/support after return deferred to a werkgroep.",
               "financien": "Ch. Financien en meerjarenbegroting: 'wordt toegevoegd' after December 2026; no verdeling or begroting anywhere.",
               "dekkend-aanbod": "Ch. Ondersteuningsaanbod en dekkend netwerk: four-layer continuum with Eilandklas/Plusklas/Taalschool and a thuiszitters/wachtlijst list with owner and follow-up.",
               "resultaten": "Ch. Monitoring en verantwoording: quarterly dashboard, OPR, jaarverslag; beoogde resultaten deferred until after the nulmeting in autumn 2026.",
               "ouders": "Ch. Ouders: information website deferred ('gaat in de loop van 2026 online'); independent OJSP Noord, Onderwijsconsulenten, Geschillencommissie described."}),
    "vo-vlietlanden-2026-2030": dict(
        documents=["vo-vlietlanden-2026-2030.docx"], sector="vo",
        crit=crit_from("01 11 11 01 00 11 00"),
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. Basisondersteuning explicitly has no agreed norm (each school decides) but lists the provisions found at every school in the 2025 inventory: inhoud only.",
               "plaatsing": "Ch. Toelaatbaarheid vso, lwoo en pro: Commissie Toewijzing procedure with terms, two deskundigen, vso criteria (a)-(c), category and max 3 years; lwoo/pro procedure with dates.",
               "terugstroom": "Ch. 'Na het vso: terug naar het vo': policy (yearly review, conditions, AB and EUR 5.000 arrangement) and procedure (November, 1 February, decision by 1 April, evaluations).",
               "financien": "Ch. Middelen: meerjarenbegroting table with amounts; the verdeelmodel is not described, only 'wordt herzien / blijft van kracht'.",
               "dekkend-aanbod": "Ch. Dekkend aanbod is a placeholder to be filled after the OOGO in April 2026; OOGO itself only planned; nothing addressed.",
               "resultaten": "Ch. 'Jaarcyclus en ambities': measurable 2030 targets and yearly voortgangsrapportage to the AV, jaarverslag, external evaluation in 2028.",
               "ouders": "Ch. Ouders en leerlingen defers to a communicatieplan not yet ready; no parent information, steunpunt, or role in procedures anywhere."}),
}

NEAR_MISS_LABEL = """documents: [obs-regenboog-ondersteuningsplan-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A single basisschool's own yearly ondersteuningsplan (zorgniveaus, groepsbesprekingen, IB planning) that refers to the samenwerkingsverband's plan; not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeling, planperiode of an SWV)."
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hdr1 = "Ondersteuningsplan De Kleine Linge 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen"
    b1 = plan1()
    render_docx(b1, OUT / "po-kleine-linge-2026-2030.docx", header_text=hdr1,
                footer_text="SWV De Kleine Linge, PO 27-91", title="Ondersteuningsplan 2026-2030")
    b2 = plan2()
    kw2 = dict(header_text="Samen sterk voor elk kind - Ondersteuningsplan 2026-2030",
               footer_text="SWV PO Delta Stad | PO 28-93", title="Ondersteuningsplan 2026-2030")
    render_docx(b2, OUT / "po-deltastad-2026-2030.docx", **kw2)
    docx_to_pdf(b2, OUT / "po-deltastad-2026-2030.pdf", **kw2)
    b3 = plan3()
    docx_to_pdf(b3, OUT / "po-kempenheide-2026-2030.pdf",
                header_text="Kempenheide | Ondersteuningsplan 2026-2030 | Resultaten - Ouders - Terugplaatsing",
                footer_text="PO 30-96", title="Ondersteuningsplan Kempenheide")
    b4 = plan4()
    render_md(b4, OUT / "po-waddenkust-2026-2030.md")
    b5 = plan5()
    render_docx(b5, OUT / "vo-vlietlanden-2026-2030.docx", header_text="SWV VO Vlietlanden - Ondersteuningsplan 2026-2030",
                footer_text="VO 28-98", title="Ondersteuningsplan 2026-2030")
    bn = school_plan()
    render_docx(bn, OUT / "obs-regenboog-ondersteuningsplan-2025-2026.docx",
                header_text="OBS De Regenboog - Ondersteuningsplan 2025-2026", title="Ondersteuningsplan OBS De Regenboog")
    for name, lab in LABELS.items():
        (OUT / f"{name}.expected.yaml").write_text(
            label_yaml(lab["documents"], lab["sector"], lab["crit"], lab["advisory"], lab["notes"]), encoding="utf-8")
    (OUT / "obs-regenboog-ondersteuningsplan-2025-2026.expected.yaml").write_text(NEAR_MISS_LABEL, encoding="utf-8")
    for name, blocks in [("kleine-linge", b1), ("deltastad", b2), ("kempenheide", b3), ("waddenkust", b4),
                         ("vlietlanden", b5), ("regenboog", bn)]:
        print(f"{name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
