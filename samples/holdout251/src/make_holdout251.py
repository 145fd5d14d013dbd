#!/usr/bin/env python3
"""Generate the holdout251 test set: five fictional ondersteuningsplannen written as
'koersplan' / 'strategisch beleidsplan' (PO and VO) plus one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx and PyYAML; PDFs are rendered with `soffice --headless`.
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

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


# --------------------------------------------------------------------------------------
# shared filler (parameterised; every variant is written so that it addresses no
# criterion unless a flag says so)
# --------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het {c['doctype']} {c['period']} van {c['swv']}. Met dit document zetten "
              f"de besturen van de {c['nschools']} aangesloten scholen in {c['region']} de koers uit voor de "
              f"komende vier schooljaren. Het plan is tot stand gekomen in een traject van ruim een jaar, "
              f"waarin we hebben gesproken met directeuren, intern begeleiders en ondersteuningscoördinatoren, "
              f"met leraren, met de ondersteuningsplanraad, met wethouders en beleidsmedewerkers van de "
              f"gemeenten en met een klankbordgroep van ouders. Die gesprekken waren soms stevig, maar altijd "
              f"constructief. We danken iedereen die heeft meegedacht."),
        ("p", "De afgelopen planperiode stond in het teken van herstel na de coronajaren, van een groeiend "
              "lerarentekort en van een toenemende vraag naar ondersteuning in de klas. Tegelijk zagen we hoeveel "
              "er mogelijk is wanneer scholen, specialisten en partners in de wijk elkaar weten te vinden. Dat "
              "geeft vertrouwen. In dit plan kiezen we bewust voor minder nieuwe projecten en meer focus: we "
              "willen dat wat we samen afspreken ook in iedere klas zichtbaar wordt."),
        ("p", f"Passend onderwijs is geen doel op zich. Het gaat erom dat kinderen en jongeren zich kunnen "
              f"ontwikkelen, liefst zo dicht mogelijk bij huis en samen met leeftijdgenoten. Dat vraagt van "
              f"iedereen iets: van scholen de bereidheid om te leren, van het samenwerkingsverband heldere "
              f"keuzes en van partners de bereidheid om over de eigen schotten heen te kijken. Wij hopen dat dit "
              f"{c['doctype']} daar richting aan geeft."),
        ("p", f"{c['director']}, directeur-bestuurder\n{c['place']}, {c['date']}"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h1", "Leeswijzer en status van dit document"),
        ("p", f"Dit {c['doctype']} is tevens het ondersteuningsplan van {c['swv']} als bedoeld in "
              f"{c['law']}. We hebben gekozen voor de vorm van een {c['doctype']} omdat we het plan willen "
              f"gebruiken als werkdocument voor scholen en besturen, en niet alleen als verantwoordingsstuk. "
              f"De wettelijke onderdelen van het ondersteuningsplan zijn daarom verweven met de koerslijnen; "
              f"een koppeltabel ontbreekt bewust, omdat de hoofdstukken in samenhang gelezen moeten worden."),
        ("p", "Hoofdstuk 1 en 2 schetsen de context en onze missie en visie. Daarna volgen de inhoudelijke "
              "hoofdstukken. Het plan sluit af met de hoofdstukken over organisatie, medezeggenschap, "
              "samenwerking met gemeenten, personeel, ICT en de planning. Achterin vindt u een begrippenlijst. "
              + extra),
        ("p", f"Het plan geldt voor de schooljaren {c['years']}. Jaarlijks stellen we een jaarplan en een "
              f"jaarbegroting op waarin de koers wordt vertaald naar activiteiten. Tussentijdse wijzigingen van "
              f"dit plan leggen we ter instemming voor aan de ondersteuningsplanraad."),
    ]


def regio(c, rows, extra_p=None):
    blocks = [
        ("h1", "Onze regio"),
        ("p", f"{c['swv']} ({c['code']}) omvat de gemeenten {', '.join(c['gemeenten'][:-1])} en "
              f"{c['gemeenten'][-1]}. In het gebied wonen ruim {c['inwoners']} inwoners. De regio kent een "
              f"stedelijke kern en een uitgestrekt landelijk gebied met kleine kernen, waar leerlingaantallen "
              f"al jaren teruglopen. Aan het samenwerkingsverband nemen {c['nboards']} schoolbesturen deel, "
              f"variërend van eenpitters tot een bestuur met ruim twintig scholen."),
        ("p", "Onderstaande tabel geeft het aantal scholen en leerlingen per gemeente op de teldatum van "
              "1 oktober van het afgelopen schooljaar. De cijfers zijn ontleend aan de openbare gegevens van "
              "DUO en zijn afgerond."),
        ("table", [["Gemeente", "Scholen", "Leerlingen"]] + rows),
        ("p", "De prognoses laten voor het landelijk gebied een verdere daling zien van gemiddeld twee procent "
              "per jaar, terwijl de stedelijke kern licht groeit door nieuwbouwwijken. Die ongelijke "
              "ontwikkeling heeft gevolgen voor de spreiding van voorzieningen, voor het leerlingenvervoer en "
              "voor de personele inzet van de besturen."),
    ]
    if extra_p:
        blocks.append(("p", extra_p))
    return blocks


def visie(c, ouders_partner=True):
    ouders = ("Ouders kennen hun kind het best; hun kennis nemen we serieus en we betrekken hen vanaf het "
              "eerste moment bij het zoeken naar een passende aanpak. "
              if ouders_partner else "")
    return [
        ("h1", "Missie, visie en koers"),
        ("h2", "Missie"),
        ("p", f"{c['swv']} zorgt er samen met de aangesloten besturen voor dat ieder kind in de regio "
              f"onderwijs krijgt dat past bij wat het nodig heeft. We doen dat vanuit vertrouwen in de "
              f"professionals in de scholen en met oog voor de grenzen van wat een school kan dragen."),
        ("h2", "Visie"),
        ("p", "We geloven dat kinderen het meeste leren in een omgeving waar ze gezien worden, waar ze erbij "
              "horen en waar volwassenen hoge verwachtingen hebben. Inclusiever onderwijs is voor ons geen "
              "abstract ideaal maar een richting: elke stap die een school zet om een leerling met een "
              "ondersteuningsvraag binnen boord te houden, telt. " + ouders +
              "Leraren verdienen daarbij steun die snel beschikbaar is en die aansluit bij de vraag in de klas."),
        ("p", "We kiezen voor eenvoud. Regels en procedures zijn er om kinderen te helpen, niet om ze te "
              "sorteren. Waar formulieren in de weg zitten, schaffen we ze af. Waar overleg nodig is, "
              "organiseren we het zo dicht mogelijk bij de school. Dat betekent ook dat we elkaar aanspreken "
              "wanneer afspraken niet worden nagekomen."),
        ("h2", "Kernwaarden"),
        ("ul", ["Dichtbij: ondersteuning zo veel mogelijk in de eigen klas en de eigen wijk.",
                "Samen: besturen, scholen, partners en gemeenten delen de verantwoordelijkheid.",
                "Eerlijk: we zijn open over wat wel en niet lukt, ook over geld en resultaten.",
                "Lerend: we evalueren, passen aan en delen wat werkt."]),
        ("h2", "Koers in vijf zinnen"),
        ("p", "De komende jaren bouwen we voort op wat er staat. We willen minder bureaucratie rond "
              "arrangementen en toelaatbaarheid, meer expertise in de school, een betere aansluiting tussen "
              "onderwijs en jeugdhulp, meer aandacht voor het welbevinden van leraren en transparantie over de "
              "inzet van middelen. De koerslijnen in de volgende hoofdstukken werken dit uit."),
    ]


def governance(c, jaarrekening=True):
    fin = (" De raad van toezicht keurt de begroting en de jaarrekening goed en benoemt de accountant."
           if jaarrekening else "")
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['swv']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het "
              f"intern toezicht ligt bij een raad van toezicht van vijf leden, van wie twee onafhankelijke "
              f"leden zonder binding met een aangesloten bestuur. De schoolbesturen vormen samen de "
              f"algemene vergadering, die de statuten wijzigt en de leden van de raad van toezicht benoemt." + fin),
        ("p", "Het bureau van het samenwerkingsverband is klein. Er werken een directeur-bestuurder, een "
              "beleidsmedewerker, een controller (gedetacheerd), een secretariaat en een team van "
              "orthopedagogen en consulenten. Het bureau is gehuisvest in een bedrijfsverzamelgebouw, samen "
              "met de leerplichtafdeling van de centrumgemeente, wat de lijnen kort houdt."),
        ("p", "In de afgelopen periode is de scheiding tussen bestuur en toezicht aangescherpt conform de "
              "Code Goed Bestuur. De raad van toezicht heeft een remuneratiecommissie en een auditcommissie. "
              "Elk jaar evalueert de raad het eigen functioneren, eens in de drie jaar onder externe "
              "begeleiding. Het toezichtkader is in 2024 geactualiseerd."),
        ("p", "Directeuren van de scholen zijn georganiseerd in regionale directeurenoverleggen. Zij adviseren "
              "de directeur-bestuurder over de uitvoering en zijn de eerste plek waar nieuwe ideeën worden "
              "getoetst. Het overleg van intern begeleiders en ondersteuningscoördinatoren komt vier keer per "
              "jaar bijeen en fungeert als lerend netwerk."),
    ]


def opr(c, rich=True, date="14 maart"):
    blocks = [("h1", "Medezeggenschap: de ondersteuningsplanraad")]
    if rich:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op "
                            f"tussentijdse wijzigingen. De OPR bestaat uit {c['opr']} leden: de helft ouders"
                            f"{' of leerlingen' if c['sector'] == 'vo' else ''}, de helft personeelsleden, "
                            f"afgevaardigd door de medezeggenschapsraden van de scholen. Via de OPR hebben "
                            f"ouders een formele stem in het beleid van het samenwerkingsverband. De OPR vergadert "
                            f"zes keer per jaar en heeft een eigen budget voor scholing."))
    blocks.append(("p", f"De ondersteuningsplanraad heeft op {date} {c['adopt_year']} ingestemd met dit plan. "
                        f"Het concept is eerder in twee informele sessies met de raad besproken. De "
                        f"directeur-bestuurder heeft het plan daarna vastgesteld en het is vóór 1 mei "
                        f"{c['adopt_year']} aan de inspectie toegezonden."))
    blocks.append(("p", "De samenwerking met de OPR evalueren we jaarlijks aan de hand van het "
                        "medezeggenschapsreglement. Vergaderstukken worden ten minste tien werkdagen voor een "
                        "vergadering verstuurd, zodat de leden hun achterban kunnen raadplegen."))
    return blocks


def oogo(c, rich=True):
    blocks = [("h1", "Samenwerking met gemeenten (OOGO)")]
    blocks.append(("p", f"Het concept van dit plan is op {c['oogo_date']} besproken in het op overeenstemming "
                        f"gericht overleg (OOGO) met de wethouders onderwijs en jeugd van de gemeenten "
                        f"{', '.join(c['gemeenten'])}. Het overleg is afgesloten met overeenstemming. Ook is het "
                        f"plan besproken met het samenwerkingsverband {c['other_swv']}, waarvan het gebied "
                        f"overlapt met het onze."))
    if rich:
        blocks.append(("p", "Met de gemeenten hebben we een gezamenlijke agenda onderwijs en jeugd. Daarin "
                            "staan afspraken over jeugdhulp in en om de school: elke school heeft een vaste "
                            "contactpersoon van het lokale jeugdteam, die aansluit bij het ondersteuningsteam. "
                            "Voor leerlingen die onderwijs en zorg tegelijk nodig hebben, maken school, "
                            "jeugdhulpaanbieder en gemeente een onderwijs-zorgarrangement, waarbij de "
                            "gemeente de zorgcomponent financiert en het samenwerkingsverband of het bestuur de "
                            "onderwijscomponent."))
        blocks.append(("p", "Daarnaast zijn er afspraken over leerlingenvervoer, onderwijshuisvesting en de "
                            "aansluiting op de arbeidsmarkt. Twee keer per jaar is er een bestuurlijk overleg; "
                            "ambtelijk is er maandelijks contact."))
    else:
        blocks.append(("p", "Het OOGO-verslag is bij het bureau van het samenwerkingsverband op te vragen. De "
                            "volgende ronde OOGO staat gepland bij de tussentijdse evaluatie van dit plan."))
    return blocks


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt de regio hard, vooral in de stedelijke kern en in het speciaal "
              "onderwijs. Klassen worden vaker opgevangen door onbevoegden of door een wisselende bezetting. "
              "Dat heeft direct gevolgen voor leerlingen die behoefte hebben aan voorspelbaarheid. De besturen "
              "werken in een regionaal arbeidsmarktplatform samen aan werving, zij-instroom en behoud."),
        ("p", "Het samenwerkingsverband investeert in de deskundigheid van leraren en ondersteuners via een "
              "gezamenlijk scholingsaanbod: een leergang voor intern begeleiders en ondersteuningscoördinatoren, "
              "trainingen in het werken met groepsplannen en korte modules over gedrag, taalontwikkeling en "
              "executieve functies. Het aanbod wordt jaarlijks vastgesteld op basis van de vragen uit het "
              "netwerk. Deelname staat open voor alle scholen; de kosten zijn opgenomen in de begroting van "
              "het bureau."),
        ("p", "Voor het eigen personeel van het bureau geldt de cao van de sector. Het bureau heeft een "
              "formatie van ongeveer twaalf fte. De werkdruk bij de orthopedagogen is hoog; we onderzoeken of "
              "een deel van de administratieve taken anders georganiseerd kan worden, zodat meer tijd "
              "beschikbaar komt voor het werk op de scholen."),
        ("p", "We vinden het belangrijk dat professionals van elkaar leren. Daarom organiseren we jaarlijks "
              "een regionale studiedag en faciliteren we intervisiegroepen en netwerken rond thema's als "
              "meer- en hoogbegaafdheid, jonge kind en nieuwkomers."),
    ]


def ict(c):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen "
              "indienen en waarin adviezen en besluiten worden vastgelegd. Toegang is beperkt tot medewerkers "
              "die de gegevens voor hun taak nodig hebben. Het systeem voldoet aan de eisen van de AVG; er is "
              "een verwerkersovereenkomst met de leverancier en een functionaris gegevensbescherming die het "
              "samenwerkingsverband deelt met twee andere verbanden."),
        ("p", "Gegevens over de gezondheid van leerlingen verwerken we alleen voor zover dat nodig is voor de "
              "wettelijke taken. De bewaartermijn is drie jaar na het besluit. Datalekken worden gemeld en "
              "geregistreerd; in de afgelopen periode zijn twee kleine incidenten gemeld, beide zonder "
              "gevolgen voor betrokkenen."),
        ("p", "In de planperiode vervangen we het huidige systeem door een nieuwe versie met een "
              "koppeling aan de leerlingadministratie van de scholen, zodat gegevens niet meer dubbel hoeven "
              "te worden ingevoerd. De aanbesteding loopt in het eerste jaar van het plan."),
    ]


def planning(c, rows):
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het plan wordt uitgewerkt in jaarplannen. Onderstaand overzicht laat zien hoe de jaarcyclus "
              "van het samenwerkingsverband eruitziet. De data zijn indicatief en kunnen per jaar enkele "
              "weken verschuiven."),
        ("table", [["Periode", "Activiteit"]] + rows),
        ("p", f"Halverwege de planperiode, in het voorjaar van {c['mid_year']}, houden we een tussentijdse "
              f"evaluatie met besturen, OPR en gemeenten. Waar nodig passen we het plan dan aan."),
    ]


def ontwikkelingen(c):
    return [
        ("h1", "Ontwikkelingen en opgaven"),
        ("p", "Dit plan verschijnt in een periode waarin veel verandert. Landelijk is na de evaluatie van passend "
              "onderwijs in 2020 een verbeteraanpak gestart, met maatregelen die in de komende jaren hun beslag "
              "krijgen. De beweging naar inclusiever onderwijs, de aangekondigde landelijke norm voor "
              "basisondersteuning en de aandacht voor de positie van leerlingen in het onderwijs zullen ook "
              "in onze regio merkbaar zijn. We volgen de landelijke ontwikkelingen nauwgezet en passen het plan "
              "tussentijds aan waar de wet dat vraagt."),
        ("p", f"In {c['region']} zien we daarnaast een aantal eigen opgaven. Het aantal kinderen en jongeren met "
              "complexe vragen op het snijvlak van onderwijs en zorg neemt toe, terwijl de wachttijden in de "
              "specialistische jeugdhulp lang zijn. Scholen melden vaker leerlingen met angst- en "
              "stemmingsklachten. Het aantal nieuwkomers schommelt sterk en is moeilijk te voorspellen. "
              "Tegelijk staan de formatie en de continuïteit van het onderwijs onder druk door het "
              "lerarentekort, en ervaren leraren een hoge werkdruk."),
        ("p", "Een derde ontwikkeling is de digitalisering. Leerlingen groeien op met smartphones en sociale "
              "media; scholen maken afspraken over het gebruik van telefoons in de klas. Voor het "
              "samenwerkingsverband betekent digitalisering vooral dat we onze eigen processen eenvoudiger "
              "kunnen maken en dat we zorgvuldig moeten omgaan met gegevens."),
        ("p", "Tot slot verandert de samenstelling van de regio. Nieuwbouwwijken trekken jonge gezinnen aan, "
              "terwijl dorpen vergrijzen. Scholen in krimpgebieden fuseren of vormen een samenwerkingsschool. "
              "Dat vraagt om goede afspraken met de gemeenten over spreiding en bereikbaarheid, en om "
              "besturen die over de grenzen van de eigen organisatie heen durven te kijken."),
        ("p", "Deze opgaven hebben we vertaald in de hoofdstukken die volgen. Niet alles kunnen we in vier jaar "
              "oplossen. We kiezen daarom voor een beperkt aantal speerpunten en maken in de jaarplannen "
              "zichtbaar welke stappen we per jaar zetten."),
    ]


def huisvesting(c):
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
              "samenwerkingsverband heeft daarin geen formele rol, maar de spreiding van gebouwen bepaalt wel "
              "hoe dicht bij huis een kind naar school kan. In de integrale huisvestingsplannen van de "
              "gemeenten wordt daarom rekening gehouden met ruimte voor kleine groepen en prikkelarme "
              "werkplekken in nieuwe schoolgebouwen."),
        ("p", "Het leerlingenvervoer wordt door de gemeenten georganiseerd op basis van hun verordening. De "
              "reistijden naar de speciale scholen in de centrumgemeente zijn voor kinderen uit de dorpen soms "
              "lang. Met de gemeenten bespreken we jaarlijks de knelpunten; de gemeenten hebben toegezegd de "
              "aanbesteding van het vervoer in 2026 te gebruiken om de maximale reistijd te verkorten."),
    ]


def doc_planning_rows():
    return [["september", "Jaarplan en jaarbegroting in uitvoering; startbijeenkomst netwerk IB/OC"],
            ["oktober", "Teldatum leerlingaantallen"],
            ["december", "Vaststelling begroting volgend kalenderjaar"],
            ["februari", "Bestuurlijk overleg met gemeenten"],
            ["mei", "Concept jaarplan volgend schooljaar naar OPR"],
            ["juni", "Jaarverslag vastgesteld; vaststelling jaarplan"]]


def begrippen(c, extra=()):
    items = [
        ("Arrangement", "een afgesproken pakket van ondersteuning voor een leerling of groep, met doel, duur en inzet."),
        ("Basisondersteuning", "de ondersteuning die binnen de ondersteuningsstructuur van een school wordt geboden, zie het betreffende hoofdstuk."),
        ("Dekkend aanbod", "het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is."),
        ("Deskundigenadvies", "advies van twee deskundigen dat nodig is voor een toelaatbaarheidsverklaring."),
        ("Meerjarenbegroting", "begroting die meerdere kalenderjaren omvat."),
        ("OOGO", "op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."),
        ("OPR", "ondersteuningsplanraad, de medezeggenschapsraad van het samenwerkingsverband."),
        ("OPP", "ontwikkelingsperspectiefplan."),
        ("SOP", "schoolondersteuningsprofiel."),
        ("Terugplaatsing", "de overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."),
        ("Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("TLV", "toelaatbaarheidsverklaring, een besluit van het samenwerkingsverband over toelaatbaarheid tot het speciaal (basis)onderwijs."),
        ("Verdeelmodel", "de wijze waarop ondersteuningsmiddelen over de besturen worden verdeeld."),
        ("Zorgplicht", "de plicht van een schoolbestuur om een passende plek te bieden of te zoeken."),
    ] + list(extra)
    items.sort(key=lambda x: x[0].lower())
    return [("h1", "Bijlage: begrippen- en afkortingenlijst"),
            ("ul", [f"{k}: {v}" for k, v in items])]


def toc_from(blocks, skip=("Inhoud",)):
    entries = []
    n1 = 0
    n2 = 0
    for b in blocks:
        if b[0] == "h1" and b[1] not in skip:
            n1 += 1
            n2 = 0
            entries.append(f"{n1}. {b[1]}")
        elif b[0] == "h2":
            n2 += 1
            entries.append(f"    {n1}.{n2} {b[1]}")
    return entries


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------

def assemble(title, subtitle, body, header=None):
    """Return a block list: title page, TOC (computed from body), body."""
    toc = toc_from(body)
    return [("title", title, subtitle), ("h1", "Inhoud"), ("toc", toc)] + body, header


def render_docx(blocks, header, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "holdout251"
    cp.author = "holdout251"
    cp.revision = 1
    if header:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = header + " | versie ter vaststelling"
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
            for line in b[2].split("\n"):
                doc.add_paragraph(line)
            doc.add_page_break()
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "h3":
            doc.add_heading(b[1], level=3)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "toc":
            for it in b[1]:
                doc.add_paragraph(it)
            doc.add_page_break()
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns give identical bytes."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def render_md(blocks, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", "", *[f"**{x}**  " for x in b[2].split("\n")], ""]
        elif k == "h1":
            out += [f"## {b[1]}", ""]
        elif k == "h2":
            out += [f"### {b[1]}", ""]
        elif k == "h3":
            out += [f"#### {b[1]}", ""]
        elif k == "p":
            out += [b[1].replace("\n", "  \n"), ""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "toc":
            out += [f"- {x.strip()}" for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(x) for x in r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_txt(blocks, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), *b[2].split("\n"), "", ""]
        elif k == "h1":
            out += ["", b[1], "=" * len(b[1]), ""]
        elif k == "h2":
            out += [b[1], "-" * len(b[1]), ""]
        elif k == "h3":
            out += [b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += [f"  * {x}" for x in b[1]] + [""]
        elif k == "toc":
            out += [f"  {x}" for x in b[1]] + [""]
        elif k == "table":
            rows = [[str(x) for x in r] for r in b[1]]
            w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for i, r in enumerate(rows):
                out.append("  ".join(r[j].ljust(w[j]) for j in range(len(r))).rstrip())
                if i == 0:
                    out.append("  ".join("-" * x for x in w))
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title):
    import html as H
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{H.escape(title)}</title></head><body>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{H.escape(b[1])}</h1>")
            out += [f"<p><strong>{H.escape(x)}</strong></p>" for x in b[2].split("\n")]
        elif k in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[k]
            out.append(f"<h{lvl}>{H.escape(b[1])}</h{lvl}>")
        elif k == "p":
            out.append(f"<p>{H.escape(b[1])}</p>")
        elif k in ("ul", "toc"):
            out.append("<ul>" + "".join(f"<li>{H.escape(x.strip())}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            out.append("<table border=\"1\"><tr>" + "".join(f"<th>{H.escape(x)}</th>" for x in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{H.escape(str(x))}</td>" for x in r) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout251_soffice_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(x).split()) for r in b[1] for x in r)
        elif b[0] == "title":
            n += len(b[1].split()) + len(b[2].split())
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, plan=True):
    if plan:
        assert set(criteria) == set(CORE), name
        assert set(elements) == set(ELEMENTS), name
        # status rule consistency
        for e in ELEMENTS:
            cs = [criteria[c] for c in CORE if c.startswith(e + ".")]
            if all(cs):
                exp = "present"
            elif any(cs) or advisory.get(e):
                exp = "partial"
            else:
                exp = "missing"
            assert elements[e] == exp, (name, e, elements[e], exp)
    data = {"documents": documents, "sector": sector, "looks_like_plan": plan,
            "elements": elements, "criteria": criteria,
            "advisory_addressed": advisory, "notes": notes}
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             f"looks_like_plan: {'true' if plan else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {c}: {'true' if criteria[c] else 'false'}" for c in CORE]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {e}: [{', '.join(v)}]" for e, v in advisory.items() if v]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {yaml.safe_dump(v, allow_unicode=True, default_style=chr(34), width=10000).strip()}"
              for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["looks_like_plan"] == plan
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    return data


def crit(false=()):
    return {c: (c not in false) for c in CORE}


# --------------------------------------------------------------------------------------
# Plan 1: PO koersplan, .docx
# B present, PL present (procedure only in a table), TS partial (beleid yes, procedure deferred,
# hidden inside the TLV chapter), FI present ("Geld en middelen"), DA partial (lacunes deferred),
# RE partial (monitoring deferred), OU present (inside "Communicatie").
# --------------------------------------------------------------------------------------

def plan1():
    c = dict(doctype="koersplan", period="2025–2029", swv="Samenwerkingsverband PO Rivierenland-Oost",
             code="PO 27-14", region="Rivierenland-Oost", nschools=68, nboards=9, inwoners="190.000",
             gemeenten=["Lingehoeve", "Waalstede", "Dorpenveld", "Bommelwaard"], director="Marieke van Aalst",
             place="Waalstede", date="maart 2025", law="artikel 18a, achtste lid, van de Wet op het primair onderwijs",
             years="2025-2026 tot en met 2028-2029", sector="po", opr=12, adopt_year=2025,
             oogo_date="22 januari 2025", other_swv="VO Rivierenland", mid_year=2027)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c)
    body += regio(c, [["Lingehoeve", 21, "4.310"], ["Waalstede", 27, "6.880"], ["Dorpenveld", 12, "1.905"],
                      ["Bommelwaard", 8, "1.260"], ["Totaal (incl. 2 sbo en 2 so)", 68, "14.355"]])
    body += visie(c)
    body += [
        ("h1", "Koerslijn 1 – Een stevige basis op iedere school"),
        ("p", "De besturen hebben in 2024 opnieuw afgesproken wat iedere school in Rivierenland-Oost ten minste "
              "waarmaakt. Die afspraak noemen we de ondergrens: elke vestiging van elk aangesloten bestuur, ook "
              "de kleinste dorpsschool, biedt dit niveau zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. Wat een school daarboven doet, is extra ondersteuning en beschrijft "
              "de school in haar schoolondersteuningsprofiel."),
        ("p", "De ondergrens is uitgewerkt in acht bouwstenen. In de tabel hieronder staat per bouwsteen wat u "
              "als ouder op iedere school mag aantreffen."),
        ("table", [["Bouwsteen", "Wat elke school ten minste doet"],
                   ["Zicht op ontwikkeling", "Twee keer per jaar een analyse per groep; een leerlingvolgsysteem voor taal, rekenen en sociaal-emotionele ontwikkeling"],
                   ["Intern begeleider", "Een intern begeleider met minimaal 0,1 fte per 100 leerlingen en altijd minimaal één dag per week aanwezig"],
                   ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leestijd in kleine groep voor zwakke lezers"],
                   ["Rekenen en dyscalculie", "Werken volgens het protocol ERWD; inzet van concreet materiaal en verlengde instructie"],
                   ["Gedrag en veiligheid", "Een schoolbreed programma voor sociale veiligheid en een gedragsspecialist binnen het bestuur die binnen twee weken beschikbaar is"],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingswerk in de groep"],
                   ["Jonge kind en taal", "Extra taalaanbod voor kinderen met een taalachterstand; overleg met de voorschoolse voorziening bij instroom"],
                   ["Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking"]]),
        ("p", "Om te weten of iedere school de ondergrens haalt, bezoekt een consulent van het "
              "samenwerkingsverband elke school eens per twee jaar met de kwaliteitskaart basisondersteuning. "
              "Scholen die op een bouwsteen onder de ondergrens scoren, maken binnen drie maanden een "
              "verbeterplan dat met het bestuur wordt besproken; het bestuur is verantwoordelijk voor de "
              "uitvoering."),
        ("h1", "Koerslijn 2 – Ondersteuning zo dichtbij als het kan"),
        ("p", "Onze ondersteuning is opgebouwd in vijf treden. Ze sluiten op elkaar aan; een leerling gaat pas "
              "naar een volgende trede als de vorige niet volstaat, en kan ook weer terug."),
        ("ul", ["Trede 1 – basisondersteuning in de groep, zoals beschreven in koerslijn 1.",
                "Trede 2 – extra ondersteuning op school, betaald uit het schoolbudget van het bestuur: een "
                "arrangement van bijvoorbeeld een remedial teacher, een gedragsspecialist of een aangepaste "
                "leerroute.",
                "Trede 3 – bovenschoolse arrangementen: de plusklas voor hoogbegaafde leerlingen (drie locaties), "
                "de taalklas voor nieuwkomers in Waalstede en ambulante begeleiding door het expertiseteam.",
                "Trede 4 – speciaal basisonderwijs op De Meander (Waalstede) en De Vlinderboom (Lingehoeve).",
                "Trede 5 – speciaal onderwijs cluster 3 en 4 op De Kade (so) en de so-afdeling van Het Baken, "
                "en, buiten de regio, de voorzieningen voor cluster 1 en 2."]),
        ("p", "Tussen de treden werken scholen samen via het ondersteuningsteam van de school, waarin de intern "
              "begeleider, een consulent van het samenwerkingsverband en de jeugdteammedewerker zitten. Het "
              "team bespreekt welke trede past en wie wat doet."),
        ("p", "Hoe we in beeld krijgen waar het aanbod tekortschiet – voor welke kinderen er nu geen passende "
              "plek is of te lang gewacht wordt – leggen we vast in een analyse die we in het schooljaar "
              "2025-2026 samen met de gemeenten en leerplicht opstellen. De aanpak van thuiszitten maakt daar "
              "deel van uit en volgt in een apart plan van aanpak."),
        ("h1", "Koerslijn 3 – Speciaal waar het nodig is"),
        ("p", "Soms heeft een kind meer nodig dan een reguliere school met hulp van het samenwerkingsverband kan "
              "bieden. Dan kan het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) afgeven voor het "
              "speciaal basisonderwijs of het speciaal onderwijs."),
        ("h2", "Wanneer komt een kind in aanmerking?"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als het ondersteuningsteam aantoonbaar "
              "minimaal twee periodes van een half jaar trede 2 of 3 heeft ingezet zonder voldoende "
              "ontwikkeling, én het kind behoefte heeft aan een kleinere groep met een hoge mate van structuur "
              "gedurende de hele schooldag, én de reguliere school die structuur ook met een arrangement niet "
              "kan bieden. Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een "
              "ernstige en langdurige belemmering in de ontwikkeling – verstandelijk, lichamelijk, "
              "langdurig ziek of ernstige gedrags- of psychiatrische problematiek – waarvoor een "
              "specialistische setting met onderwijs en zorg nodig is."),
        ("h2", "Zo verloopt een aanvraag"),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "School (bestuur) van inschrijving", "Dient aanvraag in via het digitale loket, met groeidocument en zienswijze ouders", "—"],
                   ["2", "Loket SWV", "Controleert volledigheid dossier", "5 werkdagen"],
                   ["3", "Twee deskundigen (orthopedagoog of psycholoog + tweede deskundige)", "Geven elk schriftelijk advies", "binnen 3 weken"],
                   ["4", "Commissie Toelaatbaarheid", "Neemt besluit, bepaalt duur en categorie", "binnen 6 weken na ontvangst"],
                   ["5", "Loket SWV", "Stuurt besluit en adviezen naar ouders en school", "binnen 5 werkdagen na besluit"]]),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so "
              "geldt twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. Ouders en "
              "school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h2", "Na de TLV"),
        ("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons uitgangspunt is "
              "dat ieder kind terugkeert naar een reguliere school in de eigen omgeving zodra het daar, met "
              "ondersteuning, tot ontwikkeling kan komen. Voorwaarde is dat de ontvangende school en het "
              "kind zijn voorbereid: de ontvangende school krijgt daarom gedurende zes maanden een "
              "overgangsarrangement met ambulante begeleiding vanuit de sbo- of so-school, dat het "
              "samenwerkingsverband bekostigt. Ook het sbo kan een kind na een tussenperiode weer "
              "naar het reguliere onderwijs laten gaan."),
        ("p", "De precieze werkwijze – wanneer de mogelijkheid van terugkeer wordt besproken, wie het initiatief "
              "neemt en wie besluit – beschrijven we in de Handreiking Terugkeer, die in het voorjaar van "
              "2026 verschijnt."),
        ("h1", "Koerslijn 4 – Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget. Na aftrek van de "
              "afdrachten aan DUO voor het so en het sbo boven de 2%-grens resteert het bedrag dat we in de "
              "regio kunnen inzetten."),
        ("h2", "Zo verdelen we"),
        ("p", "We hanteren een schoolmodel: het grootste deel van het geld gaat rechtstreeks naar de besturen. "
              "Elk bestuur ontvangt € 215 per leerling op de teldatum van 1 oktober van het voorgaande jaar, "
              "plus een vaste voet van € 7.500 per vestiging, zodat kleine scholen in de dorpen een werkbaar "
              "budget hebben. Het bestuur verdeelt dit over de scholen op basis van de ondersteuningsvraag. "
              "Bovenschoolse arrangementen (trede 3) worden niet via de besturen verdeeld maar op aanvraag "
              "toegekend door de Commissie Toelaatbaarheid, binnen het daarvoor begrote bedrag. De "
              "directeur-bestuurder stelt de bedragen jaarlijks vast in december, na advies van de "
              "algemene vergadering."),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 mei met een vast format waaraan zij het geld hebben "
              "uitgegeven; het bureau toetst de verantwoording steekproefsgewijs."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "9.840", "9.760", "9.690", "9.610"],
                   ["Afdrachten DUO (so, sbo)", "-4.120", "-4.150", "-4.170", "-4.190"],
                   ["Budget besturen (per leerling + vaste voet)", "3.600", "3.540", "3.490", "3.440"],
                   ["Bovenschoolse arrangementen", "1.050", "1.080", "1.080", "1.080"],
                   ["Overgangsarrangementen terugkeer", "90", "110", "120", "120"],
                   ["Bureau, loket en deskundigen", "820", "830", "840", "850"],
                   ["Scholing en netwerk", "160", "160", "150", "150"],
                   ["Resultaat", "0", "-110", "-160", "-220"]]),
        ("p", "De negatieve resultaten vanaf 2026 zijn bewust: we bouwen de reserve af tot het niveau van de "
              "signaleringswaarde. Het weerstandsvermogen blijft daarbij boven de 5% van de baten; de "
              "belangrijkste risico's zijn een stijging van het aantal so-leerlingen en een daling van het "
              "leerlingaantal."),
        ("h1", "Koerslijn 5 – Zicht op opbrengst"),
        ("p", "Aan het eind van de planperiode willen we het volgende bereiken:"),
        ("ul", ["Ieder kind dat een bovenschools arrangement nodig heeft, krijgt dat binnen vier weken na de vraag.",
                "Het percentage leerlingen in het sbo daalt van 2,3% naar ten hoogste 2,0%.",
                "Minimaal 75% van de bovenschoolse arrangementen haalt binnen twaalf maanden de afgesproken doelen.",
                "Jaarlijks keren ten minste acht leerlingen vanuit sbo of so terug naar een reguliere school."]),
        ("p", "Hoe we deze doelen volgen, met welke bronnen en wanneer we erover rapporteren, leggen we vast in "
              "een monitoringsplan. Het bestuur stelt dat plan in de loop van 2026 vast."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een maandelijkse nieuwsbrief en met partners via het bestuurlijk overleg."),
        ("p", "Ouders informeren we over de ondersteuning die scholen en het samenwerkingsverband bieden via "
              "de ouderpagina op onze website, de brochure 'Wegwijs in passend onderwijs' (ook in het Engels, "
              "Arabisch en Pools), de schoolgids van iedere school en twee informatieavonden per jaar. In de "
              "brochure staat per trede wat er mogelijk is en hoe een ouder dat kan bespreken met de school."),
        ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school of het samenwerkingsverband. Zij "
              "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat onafhankelijk van scholen "
              "en samenwerkingsverband werkt en kosteloos meedenkt, bemiddelt en meegaat naar gesprekken. "
              "Ook kunnen ouders de Onderwijsconsulenten inschakelen. Voor klachten over het "
              "samenwerkingsverband geldt onze klachtenregeling; geschillen over toelating of een OPP kunnen "
              "worden voorgelegd aan de Geschillencommissie passend onderwijs."),
    ]
    body += governance(c)
    body += opr(c, rich=True, date="11 maart")
    body += oogo(c, rich=True)
    body += personeel(c)
    body += ict(c)
    body += planning(c, doc_planning_rows())
    body += begrippen(c, extra=[("Ondergrens", "het afgesproken minimumniveau van ondersteuning op iedere school."),
                                ("Resultaten", "de bereikte en beoogde opbrengsten van passend onderwijs.")])
    blocks, header = assemble("Koersplan 2025–2029 ‘Samen de koers houden’",
                              "Samenwerkingsverband PO Rivierenland-Oost (PO 27-14)\n"
                              "Tevens ondersteuningsplan ex artikel 18a WPO\nVastgesteld maart 2025",
                              body, header="SWV PO Rivierenland-Oost – Koersplan 2025–2029")
    name = "po-koersplan-rivierenland"
    render_docx(blocks, header, OUT / f"{name}.docx")
    write_label(
        name, [f"{name}.docx"], "po",
        {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
         "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
        crit(false=["terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.monitoring"]),
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Koerslijn 1: 'ondergrens' for every vestiging + table of eight bouwstenen; borging via kwaliteitskaart and verbeterplan.",
         "plaatsing": "Koerslijn 3: criteria in prose (sbo/so); procedure (who, steps, Commissie, termijnen) only in the stappen table; duur/categorie, LBT bezwaar.",
         "terugstroom": "Hidden in Koerslijn 3 'Na de TLV': beleid (thuisnabij, overgangsarrangement) yes; procedure deferred to Handreiking Terugkeer 'verschijnt voorjaar 2026'.",
         "financien": "Koerslijn 4 'Geld en middelen': €215 p.l. + vaste voet, arrangementen via commissie; meerjarenbegroting table; reserves/verantwoording.",
         "dekkend-aanbod": "Koerslijn 2: five treden continuum; gap analysis and thuiszitters approach deferred to 2025-2026 ('volgt in apart plan').",
         "resultaten": "Koerslijn 5: measurable doelen; monitoring deferred to a monitoringsplan 'in de loop van 2026'.",
         "ouders": "Only under 'Communicatie': ouderpagina, brochure, schoolgids, info-avonden; OJSP Rivierenland, Onderwijsconsulenten, klachten/GPO."})
    return blocks


# --------------------------------------------------------------------------------------
# Plan 2: VO strategisch beleidsplan, .docx + .pdf (one label)
# B partial (inhoud only via website SOPs), PL partial (criteria in absent bijlage 3),
# TS present (inside the toewijzing chapter), FI partial (meerjarenbegroting p.m.),
# DA present, RE present (terugblik + streefwaarden + kwaliteitscyclus), OU partial (no steunpunt).
# --------------------------------------------------------------------------------------

def plan2():
    c = dict(doctype="strategisch beleidsplan", period="2024–2028",
             swv="Samenwerkingsverband VO Eem en Vallei", code="VO 26-09", region="de Eem- en Valleiregio",
             nschools=17, nboards=8, inwoners="260.000",
             gemeenten=["Eemhoven", "Valkenburcht", "Scherpenhorst", "Leusderveld", "Bunschoterland"],
             director="drs. J.H. (Joost) Verbeek", place="Eemhoven", date="februari 2024",
             law="artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)",
             years="2024-2025 tot en met 2027-2028", sector="vo", opr=10, adopt_year=2024,
             oogo_date="6 februari 2024", other_swv="PO Eem en Vallei", mid_year=2026)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, extra="Bijlagen 1 tot en met 4 worden afzonderlijk gepubliceerd.")
    body += [
        ("h1", "Terugblik op de planperiode 2020–2024"),
        ("p", "In het vorige ondersteuningsplan stonden vier ambities. Hieronder blikken we per ambitie terug op "
              "wat we wilden en wat we hebben bereikt. De cijfers komen uit onze eigen registratie en uit de "
              "gegevens van DUO op de teldatum van 1 oktober."),
        ("table", [["Ambitie 2020–2024", "Streefwaarde", "Bereikt (1-10-2023)"],
                   ["Deelname vso niet hoger dan landelijk", "≤ 3,4%", "3,1%"],
                   ["Leerlingen OPDC binnen 1 jaar terug naar eigen school", "≥ 70%", "64%"],
                   ["Thuiszitters langer dan 3 maanden", "0", "11"],
                   ["Tevredenheid scholen over loket (1–10)", "≥ 7,5", "7,8"]]),
        ("p", "Vooral het aantal langdurige thuiszitters bleef achter bij onze verwachting. Een deel van deze "
              "jongeren heeft complexe psychische problemen waarvoor de jeugd-ggz wachtlijsten kent. Het "
              "percentage leerlingen dat vanuit het OPDC terugkeerde naar de eigen school steeg wel, maar haalde "
              "de streefwaarde niet. We nemen beide punten mee in de nieuwe koers."),
    ]
    body += regio(c, [["Eemhoven", 7, "9.450"], ["Valkenburcht", 4, "4.120"], ["Scherpenhorst", 3, "2.870"],
                      ["Leusderveld", 2, "1.690"], ["Bunschoterland", 1, "1.010"], ["Totaal", 17, "19.140"]],
                  extra_p="Onder de 17 scholen zijn twee scholen voor praktijkonderwijs, drie scholen met een "
                          "lwoo-aanbod in de basis- en kaderberoepsgerichte leerweg en twee vso-scholen.")
    body += visie(c)
    body += [
        ("h1", "Thema 1 – Basis op orde"),
        ("p", "Alle aangesloten besturen hebben in 2023 de Standaard basisondersteuning VO Eem en Vallei "
              "vastgesteld. De standaard beschrijft het minimum dat iedere vestiging in onze regio biedt, van "
              "het gymnasium tot het praktijkonderwijs. Een school mag meer doen, nooit minder. Wat valt "
              "binnen de standaard is voor de leerling kosteloos en vraagt geen aanvraag bij het "
              "samenwerkingsverband."),
        ("p", "Welke voorzieningen dat per school concreet zijn, verschilt per schooltype en is te vinden in de "
              "schoolondersteuningsprofielen op www.eemenvallei-vo.nl/sop. In deze planperiode werken we aan "
              "een gemeenschappelijke opbouw van de profielen, zodat ouders ze beter kunnen vergelijken."),
        ("p", "Elke twee jaar toetsen de scholen elkaar in een peer review aan de standaard. Het verslag gaat naar "
              "het bestuur van de school en naar de directeur-bestuurder; een school die op onderdelen onder de "
              "standaard blijft, krijgt ondersteuning van een consulent en wordt binnen een jaar opnieuw "
              "bezocht."),
        ("h1", "Thema 2 – Een dekkend netwerk"),
        ("p", "Onder een dekkend netwerk verstaan we dat er voor iedere jongere in de regio een passende plek is, "
              "zo dicht mogelijk bij huis. Het netwerk bestaat uit vier lagen die samen één geheel vormen:"),
        ("ul", ["Laag 1 – de basisondersteuning van iedere school (thema 1).",
                "Laag 2 – extra ondersteuning binnen de school: ondersteuningsklassen, trajectvoorzieningen en "
                "individuele arrangementen, bekostigd uit het schoolbudget.",
                "Laag 3 – bovenschoolse voorzieningen: het OPDC De Brug (40 plaatsen, tijdelijk, maximaal een "
                "jaar), de Reboundvoorziening (time-out van 12 weken), de schakelklas voor nieuwkomers en de "
                "onderwijs-zorgklas Kompas voor jongeren die onderwijs en dagbehandeling combineren.",
                "Laag 4 – voortgezet speciaal onderwijs op De Horizon (cluster 4) en De Linde (cluster 3), "
                "praktijkonderwijs en leerwegondersteuning."]),
        ("p", "Ieder voorjaar maakt het bureau met de ondersteuningscoördinatoren een analyse van de wachtlijsten, "
              "de aanvragen die niet konden worden gehonoreerd en de jongeren die zonder passende plek thuis "
              "zitten. De uitkomst bespreken we in de algemene vergadering; voor iedere witte vlek benoemen we "
              "een eigenaar en een termijn. Zo is in 2023 besloten tot de onderwijs-zorgklas Kompas."),
        ("p", "Jongeren die thuiszitten, bespreken we binnen twee weken aan de thuiszitterstafel met leerplicht, "
              "jeugdteam en school. Lukt het niet binnen zes weken een plek te vinden, dan neemt de "
              "directeur-bestuurder de regie en kan zij een plaatsing in een bovenschoolse voorziening "
              "afdwingen. De besturen hebben afgesproken dat de zorgplicht pas is vervuld als de jongere "
              "daadwerkelijk onderwijs volgt."),
        ("h1", "Thema 3 – Toewijzing en toelaatbaarheid"),
        ("p", "Voor plaatsing in het vso, in het praktijkonderwijs en voor leerwegondersteuning besluit het "
              "samenwerkingsverband. De aanvraag wordt ingediend door het bestuur van de school waar de "
              "leerling staat ingeschreven of is aangemeld, via het digitale loket. Bij de aanvraag horen het "
              "groeidocument, het OPP, het onderwijskundig rapport en de zienswijze van de ouders en de "
              "leerling."),
        ("p", "Het loket beoordeelt binnen een week of het dossier compleet is. Daarna brengen een "
              "orthopedagoog of psycholoog en een tweede deskundige – afhankelijk van de vraag een "
              "jeugdarts, maatschappelijk werker of kinderpsychiater – elk afzonderlijk een schriftelijk advies "
              "uit. Geen van beiden is betrokken geweest bij de aanvraag. De Commissie Toewijzing neemt binnen "
              "zes weken na ontvangst van het complete dossier een besluit. Aanvragen voor lwoo en pro voor "
              "leerlingen uit groep 8 worden vóór 1 februari ingediend en vóór 1 april besloten."),
        ("p", "De criteria waaraan de Commissie Toewijzing een aanvraag voor het vso toetst, zijn opgenomen in "
              "bijlage 3, 'Toetsingskader toelaatbaarheid'. Een vso-TLV wordt afgegeven voor twee schooljaren, "
              "met bekostigingscategorie laag, midden of hoog."),
        ("h2", "Terugkeer en overstap"),
        ("p", "We willen dat jongeren het vso verlaten met een diploma of een duurzame plek op de "
              "arbeidsmarkt, en dat jongeren voor wie dat kan, terugkeren naar het regulier voortgezet "
              "onderwijs. Een overstap moet goed worden voorbereid en mag nooit leiden tot uitval. Daarom "
              "krijgt iedere teruggeplaatste leerling het eerste schooljaar een vaste begeleider en een "
              "terugkeerbudget van € 3.000 voor de ontvangende school."),
        ("p", "Uiterlijk zes maanden voor de einddatum van de TLV bespreekt de vso-school in het OPP-gesprek met "
              "leerling en ouders of terugkeer mogelijk is. Vindt de vso-school dat de leerling kan overstappen, "
              "dan zoekt zij samen met de consulent van het samenwerkingsverband een ontvangende school en "
              "vraagt zij het terugkeerbudget aan. Is terugkeer nog niet mogelijk, dan vraagt de vso-school "
              "vóór 1 april een nieuwe TLV aan. De Commissie Toewijzing besluit over beide. Na drie en na zes "
              "maanden evalueren ontvangende school, begeleider en ouders de overstap."),
        ("p", "In het schooljaar 2022-2023 stapten 14 leerlingen over van het vso naar het regulier vo; "
              "12 van hen zaten een jaar later nog op die school."),
        ("h1", "Thema 4 – Kwaliteit en resultaten"),
        ("p", "Voor deze planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
        ("table", [["Beoogd resultaat", "Indicator", "Streefwaarde 2028"],
                   ["Minder langdurig thuiszitten", "Thuiszitters > 3 maanden op 1 oktober", "≤ 3"],
                   ["Terugkeer na OPDC", "Aandeel binnen 1 jaar terug naar regulier", "≥ 75%"],
                   ["Snelle toewijzing", "Doorlooptijd besluit na compleet dossier", "≤ 6 weken in 95% van de gevallen"],
                   ["Basis op orde", "Scholen die bij peer review aan de standaard voldoen", "100%"],
                   ["Tevreden ouders", "Oordeel ouders over informatie (1–10)", "≥ 7,0"]]),
        ("p", "We volgen deze indicatoren met een dashboard dat het bureau elk kwartaal bijwerkt uit het "
              "dossiersysteem, de leerplichtregistratie en DUO-gegevens. Twee keer per jaar bespreken de "
              "algemene vergadering en de OPR de stand van zaken. In het jaarverslag rapporteren we per "
              "indicator de bereikte waarde, de toelichting en de kosten van de betrokken voorzieningen. "
              "Halverwege de planperiode laten we een externe evaluatie uitvoeren."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn gesprekspartner bij elke stap. Leerlingen met een OPP hebben hoorrecht: "
              "hun mening over het plan wordt vastgelegd en meegewogen."),
        ("p", "Over de ondersteuningsmogelijkheden informeren we ouders via onze website met een aparte "
              "ouderpagina, een jaarlijkse digitale ouderavond in november voor ouders van leerlingen in "
              "groep 8, de schoolgidsen en schoolondersteuningsprofielen van de scholen en een korte "
              "animatie over de weg naar extra ondersteuning. Iedere school heeft een aanspreekpunt "
              "passend onderwijs voor ouders."),
        ("p", "Wij bereiden ons voor op de komst van een ouder- en jeugdsteunpunt. Hoe dat steunpunt in onze regio "
              "wordt ingericht en waar ouders straks terechtkunnen, werken we uit zodra de wetgeving daarover "
              "is vastgesteld."),
        ("h1", "Financieel beleid"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo "
              "en pro. De middelen voor lwoo en pro worden doorgegeven aan de scholen met een lwoo- of pro-aanbod."),
        ("p", "De middelen voor lichte ondersteuning verdelen we volgens een vaste sleutel: iedere school ontvangt "
              "€ 145 per leerling op de teldatum en een vaste voet van € 25.000. Scholen met relatief veel "
              "leerlingen uit wijken met een hoge achterstandsscore ontvangen een opslag van 15%. Middelen "
              "voor de bovenschoolse voorzieningen worden door het samenwerkingsverband zelf beheerd; "
              "plaatsing daarin verloopt via de Commissie Toewijzing. Het bestuur stelt de sleutel vast na "
              "instemming van de algemene vergadering; wijzigingen gaan pas in na een jaar aankondiging."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Post", "2024", "2025", "2026", "2027"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Doorbetaling scholen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen worden ingevuld zodra de begroting 2024 en de meerjarenraming in de vergadering van "
              "de raad van toezicht zijn goedgekeurd; de ingevulde tabel wordt als bijlage 4 aan dit plan "
              "toegevoegd."),
        ("p", "De algemene reserve ligt boven de signaleringswaarde van de inspectie. We bouwen het bovenmatige "
              "deel in drie jaar af door extra inzet op de thuiszittersaanpak; het weerstandsvermogen blijft "
              "daarbij minimaal 7,5%."),
    ]
    body += governance(c)
    body += opr(c, rich=True, date="29 februari")
    body += oogo(c, rich=True)
    body += personeel(c)
    body += ict(c)
    body += planning(c, doc_planning_rows())
    body += begrippen(c, extra=[("LWOO", "leerwegondersteunend onderwijs."), ("PrO", "praktijkonderwijs."),
                                ("OPDC", "orthopedagogisch-didactisch centrum."),
                                ("Terugkeerbudget", "budget voor een school die een leerling uit het vso ontvangt.")])
    blocks, header = assemble("Strategisch beleidsplan 2024–2028 ‘Elke jongere een plek’",
                              "Samenwerkingsverband VO Eem en Vallei (VO 26-09)\n"
                              "Ondersteuningsplan in de zin van art. 17a WVO\nVersie na instemming OPR",
                              body, header="SWV VO Eem en Vallei | Strategisch beleidsplan 2024–2028")
    name = "vo-strategisch-beleidsplan-eemvallei"
    render_docx(blocks, header, OUT / f"{name}.docx")
    docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
    write_label(
        name, [f"{name}.docx", f"{name}.pdf"], "vo",
        {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
         "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        crit(false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding", "ouders.steunpunt"]),
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Thema 1: Standaard = minimum for every vestiging (niveau); concrete voorzieningen only 'te vinden in de SOP's op www...' (inhoud not in text); peer review borging.",
         "plaatsing": "Thema 3: procedure (bestuur, loket, two deskundigen, Commissie Toewijzing, 6 weken, lwoo/pro dates); criteria only in absent 'bijlage 3 Toetsingskader'.",
         "terugstroom": "Hidden as subsection 'Terugkeer en overstap' inside the toewijzing chapter: aims, terugkeerbudget, 6-months-before-end procedure, evaluations, figures.",
         "financien": "'Financieel beleid': verdeelsleutel €145 p.l. + vaste voet + opslag; meerjarenbegroting table all 'p.m.' and deferred to bijlage 4; reserves.",
         "dekkend-aanbod": "Thema 2: four lagen with named voorzieningen; yearly witte-vlekken analysis with owners, thuiszitterstafel, doorzettingsmacht, zorgplicht.",
         "resultaten": "Terugblik table with streefwaarde vs bereikt, Thema 4 beoogde resultaten with streefwaarden, dashboard/jaarverslag monitoring.",
         "ouders": "'Ouders en leerlingen': website, ouderavond, schoolgids, aanspreekpunt (informatie); steunpunt deferred 'zodra de wetgeving is vastgesteld'; hoorrecht/OPR."})
    return blocks


# --------------------------------------------------------------------------------------
# Plan 3: PO strategisch beleidsplan, .pdf only (rendered from a temporary .docx)
# B present, PL partial (procedure deferred), TS missing (heading with deferral only),
# FI partial (verdeelmodel deferred), DA present, RE missing (only references to jaarverslag),
# OU partial (steunpunt yes, no information channels).
# --------------------------------------------------------------------------------------

def plan3():
    c = dict(doctype="strategisch beleidsplan", period="2025–2029",
             swv="Stichting Passend Primair Onderwijs De Kempenrand", code="PO 30-21", region="de Kempenrand",
             nschools=54, nboards=6, inwoners="150.000",
             gemeenten=["Heezerbroek", "Bergeijkse Hei", "Valkenveld"], director="Ellen Smulders",
             place="Heezerbroek", date="april 2025", law="artikel 18a WPO",
             years="2025-2026 tot en met 2028-2029", sector="po", opr=8, adopt_year=2025,
             oogo_date="3 februari 2025", other_swv="VO De Kempen", mid_year=2027)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c)
    body += regio(c, [["Heezerbroek", 24, "5.320"], ["Bergeijkse Hei", 18, "3.440"], ["Valkenveld", 12, "2.150"],
                      ["Totaal", 54, "10.910"]])
    body += ontwikkelingen(c)
    body += visie(c)
    body += [
        ("h1", "Strategisch doel A – Wat u van elke school mag verwachten"),
        ("p", "Ouders moeten erop kunnen rekenen dat hun kind op welke school in de Kempenrand dan ook een "
              "zelfde stevige bodem van ondersteuning krijgt. De zes besturen hebben daarom vastgelegd welke "
              "basisondersteuning alle 54 vestigingen – inclusief de twee sbo-scholen – minimaal bieden. "
              "Dit niveau is bindend; het schoolondersteuningsprofiel beschrijft alleen wat een school "
              "daarbovenop doet."),
        ("p", "Concreet betekent dit dat iedere school:"),
        ("ul", ["een intern begeleider heeft die groepsbesprekingen leidt en met ouders het gesprek voert als "
                "een kind vastloopt;",
                "werkt met een leerlingvolgsysteem en ten minste drie keer per jaar de ontwikkeling per kind "
                "bespreekt;",
                "een dyslexieprotocol en een dyscalculieprotocol toepast, inclusief het aanvragen van "
                "vergoed dyslexieonderzoek;",
                "een aanpak heeft voor gedrag en sociale veiligheid met een aanspreekpunt pesten;",
                "verlengde instructie en een verrijkingsaanbod in de groep biedt;",
                "een ondersteuningsteam kan inschakelen met een orthopedagoog van het samenwerkingsverband "
                "en een medewerker van het jeugdteam, binnen vier weken na de vraag;",
                "afspraken heeft over medische handelingen en toegankelijkheid van het gebouw voor kinderen "
                "met een lichte lichamelijke beperking."]),
        ("h1", "Strategisch doel B – Een sluitend aanbod in de regio"),
        ("p", "Naast de basis kent de Kempenrand een samenhangend aanbod van extra ondersteuning. Scholen "
              "kunnen bij het samenwerkingsverband een arrangement aanvragen voor een individuele leerling "
              "(begeleiding door een specialist, inzet van een onderwijsassistent, aangepast materiaal). "
              "Daarnaast zijn er bovenschoolse groepen: de Kangoeroeklas voor meerbegaafde kinderen, de "
              "observatiegroep 't Startpunt voor jonge kinderen bij wie nog niet duidelijk is wat ze nodig "
              "hebben, en de taalklas voor nieuwkomers. Voor kinderen die meer nodig hebben zijn er twee "
              "sbo-scholen en een so-school voor cluster 3 en 4, met een dependance voor zeer moeilijk "
              "lerende kinderen."),
        ("p", "Het aanbod is pas sluitend als het ook werkt voor kinderen die tussen wal en schip dreigen te "
              "vallen. Daarom hebben we een Route Zonder Uitval afgesproken: zodra een kind langer dan vier "
              "weken zonder onderwijs thuis zit of dreigt thuis te komen zitten, meldt de school dat bij het "
              "samenwerkingsverband. Binnen tien werkdagen komen school, ouders, leerplicht en jeugdteam "
              "bijeen en wordt een casusregisseur aangewezen. Lukt het niet binnen zes weken, dan "
              "besluit de directeur-bestuurder welk bestuur de plek biedt. Elke zomer inventariseren we welke "
              "vragen we niet konden beantwoorden en welke voorzieningen daarvoor ontbraken; dat leidde "
              "eerder tot de oprichting van 't Startpunt."),
        ("h1", "Strategisch doel C – Toelaatbaarheid tot sbo en so"),
        ("p", "Bij een besluit over toelaatbaarheid gebruikt het samenwerkingsverband de criteria in de tabel. "
              "Voor elk besluit brengen twee deskundigen, van wie één orthopedagoog of psycholoog, "
              "afzonderlijk advies uit."),
        ("table", [["Voorziening", "Een kind is toelaatbaar wanneer"],
                   ["sbo", "de basisschool met een arrangement gedurende minimaal zes maanden onvoldoende "
                           "kon aansluiten, het kind een leerachterstand van meer dan 1,5 jaar heeft of "
                           "blijvend behoefte heeft aan een kleine groep, en een plek in het sbo naar "
                           "verwachting wel aansluit"],
                   ["so cluster 3", "sprake is van een (zeer) moeilijk lerend profiel (IQ onder 70) of een "
                                    "lichamelijke beperking of langdurige ziekte die dagelijkse specialistische "
                                    "zorg in de school vraagt"],
                   ["so cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek waarvoor "
                                    "behandeling en onderwijs in één setting nodig zijn en die het regulier en "
                                    "speciaal basisonderwijs niet kunnen bieden"]]),
        ("p", "De aanvraagprocedure wordt per 1 januari 2026 vernieuwd in samenhang met het nieuwe digitale "
              "dossier. De beschrijving van de nieuwe procedure volgt in een addendum bij dit plan."),
        ("h2", "Terugplaatsing en overplaatsing"),
        ("p", "Deze paragraaf wordt herschreven naar aanleiding van de evaluatie door de OPR. De nieuwe tekst "
              "wordt opgenomen bij de eerste wijziging van dit plan."),
        ("h1", "Strategisch doel D – Middelen doelmatig ingezet"),
        ("p", "Het nieuwe verdeelmodel, waarin we de middelen sterker aan de ondersteuningsvraag willen "
              "koppelen, stelt het bestuur in de loop van 2026 vast na een pilot op drie scholen. Tot die tijd "
              "blijft de bestaande verdeling gehandhaafd."),
        ("p", "De meerjarenbegroting laat zien waaraan we de middelen de komende jaren besteden."),
        ("table", [["Bedragen in euro", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "7.410.000", "7.380.000", "7.310.000", "7.240.000"],
                   ["Afdracht so en sbo (DUO)", "3.020.000", "3.050.000", "3.060.000", "3.060.000"],
                   ["Middelen naar schoolbesturen", "2.310.000", "2.280.000", "2.240.000", "2.200.000"],
                   ["Individuele arrangementen", "780.000", "780.000", "760.000", "760.000"],
                   ["Bovenschoolse groepen", "640.000", "650.000", "660.000", "660.000"],
                   ["Route Zonder Uitval en casusregie", "120.000", "120.000", "120.000", "120.000"],
                   ["Orthopedagogen en bureau", "610.000", "620.000", "630.000", "640.000"],
                   ["Saldo", "-70.000", "-120.000", "-160.000", "-200.000"]]),
        ("p", "De negatieve saldi worden gedekt uit de algemene reserve."),
        ("h1", "Strategisch doel E – Ouders aan boord"),
        ("p", "Ouders zijn onmisbaar bij het vinden van een passende aanpak. Wanneer ouders vragen hebben, het "
              "niet eens zijn met de school of met het samenwerkingsverband, of vastlopen in de zoektocht naar "
              "een plek, kunnen zij terecht bij Ouderpunt Kempenrand. Ouderpunt is ondergebracht bij een "
              "welzijnsorganisatie en werkt onafhankelijk: de medewerkers zijn niet in dienst van een school of "
              "van het samenwerkingsverband. Zij denken mee, gaan mee naar gesprekken en kunnen een "
              "onafhankelijke bemiddelaar inschakelen. Daarnaast kunnen ouders gratis advies vragen aan de "
              "Onderwijsconsulenten. Komen ouders en school er samen niet uit, dan staat de weg open naar de "
              "Geschillencommissie passend onderwijs of de klachtenregeling van het bestuur."),
        ("h1", "Verantwoording"),
        ("p", "Voor de resultaten van passend onderwijs in de Kempenrand verwijzen we naar het jaarverslag op "
              "onze website."),
    ]
    body += governance(c)
    body += opr(c, rich=True, date="25 maart")
    body += oogo(c, rich=True)
    body += huisvesting(c)
    body += personeel(c)
    body += ict(c)
    body += planning(c, doc_planning_rows())
    body += begrippen(c, extra=[("Beoogde resultaten", "de resultaten die het samenwerkingsverband in de planperiode wil bereiken."),
                                ("Overplaatsing", "overstap van een leerling tussen scholen voor speciaal (basis)onderwijs of naar het regulier onderwijs.")])
    blocks, header = assemble("Strategisch beleidsplan 2025–2029",
                              "Stichting Passend Primair Onderwijs De Kempenrand (PO 30-21)\n"
                              "Ondersteuningsplan conform art. 18a WPO\nApril 2025",
                              body, header="Passend Primair Onderwijs De Kempenrand")
    name = "po-strategisch-beleidsplan-kempenrand"
    tmp = Path(tempfile.mkdtemp(prefix="holdout251_p3_"))
    try:
        render_docx(blocks, header, tmp / f"{name}.docx")
        docx_to_pdf(tmp / f"{name}.docx", OUT / f"{name}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(
        name, [f"{name}.pdf"], "po",
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
         "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        crit(false=["plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                    "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"]),
        {"plaatsing": ["deskundigen"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Doel A 'Wat u van elke school mag verwachten': binding minimum for all 54 vestigingen + concrete list.",
         "plaatsing": "Doel C: criteria only in a table (sbo, so cl. 3/4) + two deskundigen; procedure deferred ('volgt in een addendum').",
         "terugstroom": "Heading 'Terugplaatsing en overplaatsing' (also in TOC) with only a deferral; otherwise only glossary. Nothing addressed.",
         "financien": "Doel D: meerjarenbegroting table with amounts (besteding); verdeelmodel deferred to 2026, 'bestaande verdeling gehandhaafd' not described.",
         "dekkend-aanbod": "Doel B 'sluitend aanbod': arrangementen, bovenschoolse groepen, sbo/so; Route Zonder Uitval for thuiszitters and yearly gap inventory.",
         "resultaten": "No intended results or monitoring; 'Verantwoording' only refers to the jaarverslag on the website; 'Beoogde resultaten' only in glossary.",
         "ouders": "Doel E: Ouderpunt Kempenrand (independent), Onderwijsconsulenten, GPO/klachten = steunpunt; no channel for informing parents about voorzieningen."})
    return blocks


# --------------------------------------------------------------------------------------
# Plan 4: VO koersplan, Markdown
# B missing (heading with deferral only), PL present (vso/lwoo/pro), TS partial (procedure only,
# beleid deferred), FI present (verdeling only in a table), DA partial (continuum only on website),
# RE partial (monitoring yes, doelen referred to jaarplan), OU missing (passing mentions, glossary).
# --------------------------------------------------------------------------------------

def plan4():
    c = dict(doctype="koersplan", period="2026–2030", swv="Samenwerkingsverband VO Veluwezoom-Noord",
             code="VO 25-11", region="Veluwezoom-Noord", nschools=12, nboards=5, inwoners="170.000",
             gemeenten=["Apeldijk", "Heerderveen", "Epenstein", "Vaassenburg"], director="R. (Rachid) El Amrani",
             place="Apeldijk", date="maart 2026", law="artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020",
             years="2026-2027 tot en met 2029-2030", sector="vo", opr=8, adopt_year=2026,
             oogo_date="9 februari 2026", other_swv="PO Veluwezoom", mid_year=2028)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c)
    body += regio(c, [["Apeldijk", 6, "8.230"], ["Heerderveen", 3, "2.740"], ["Epenstein", 2, "1.560"],
                      ["Vaassenburg", 1, "980"], ["Totaal", 12, "13.510"]])
    body += visie(c, ouders_partner=False)
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "De minister heeft aangekondigd dat er een landelijke norm voor basisondersteuning komt. Het "
              "heeft weinig zin om vlak daarvoor een eigen regionale beschrijving vast te stellen die "
              "binnen een jaar weer moet worden herzien. We nemen daarom in dit koersplan geen eigen "
              "beschrijving op. Zodra de norm wettelijk is verankerd, volgt een wijziging van dit koersplan "
              "waarin we de norm voor onze regio uitwerken. Tot die tijd blijft de basiskwaliteit zoals de "
              "inspectie die beoordeelt het vertrekpunt voor alle scholen."),
        ("h1", "Extra ondersteuning en het netwerk"),
        ("p", "Welke extra ondersteuning de scholen en het samenwerkingsverband bieden – van trajectklassen tot "
              "de Herstart-voorziening en het vso – staat in de Voorzieningenkaart op onze website. De kaart "
              "wordt elk halfjaar geactualiseerd en daarom niet in dit koersplan opgenomen."),
        ("h2", "Geen jongere zonder plek"),
        ("p", "Elke jongere die langer dan twee weken ongeoorloofd verzuimt of zonder inschrijving thuis zit, "
              "wordt binnen vijf werkdagen door leerplicht of de school aangemeld bij de Doorbraaktafel. Aan "
              "die tafel zitten de leerplichtambtenaar, een consulent van het samenwerkingsverband, de "
              "jeugdarts en het sociaal team van de gemeente. De tafel wijst een trajectbegeleider aan die "
              "binnen vier weken een plan voor terugkeer in onderwijs maakt; bij stagnatie na acht weken neemt "
              "de directeur-bestuurder de regie en wijst een bestuur aan dat de plek biedt."),
        ("p", "Twee keer per jaar brengen de ondersteuningscoördinatoren de wachtlijsten van de voorzieningen en de "
              "aanmeldingen die niet konden worden geplaatst in kaart. Het bureau legt op basis daarvan "
              "voorstellen voor nieuwe of aangepaste voorzieningen voor aan het bestuur. De besturen hebben "
              "onderling afgesproken dat zij bij een aanmelding hun zorgplicht gezamenlijk waarmaken: de "
              "school van aanmelding blijft verantwoordelijk tot een andere school de jongere daadwerkelijk "
              "heeft ingeschreven."),
        ("h1", "Toewijzing vso, lwoo en pro"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Een aanvraag voor een toelaatbaarheidsverklaring vso dient het bevoegd gezag van de school van "
              "inschrijving in bij het Loket Toewijzing. De aanvraag bevat het OPP met evaluaties van ten minste "
              "twee periodes, een onderwijskundig rapport en, indien aanwezig, verslagen van diagnostiek. "
              "Het loket wijst twee deskundigen aan: een orthopedagoog of psycholoog en, afhankelijk van de "
              "vraag, een jeugdarts of maatschappelijk werker. Zij adviseren elk schriftelijk. De Commissie "
              "Toewijzing besluit binnen zes weken; in spoedgevallen binnen tien werkdagen."),
        ("p", "Een jongere is toelaatbaar tot het vso wanneer (a) de reguliere school met extra ondersteuning en "
              "een bovenschoolse voorziening gedurende minimaal een half jaar onvoldoende heeft kunnen "
              "bereiken wat in het OPP is afgesproken, (b) er sprake is van een ernstige en langdurige "
              "belemmering – een verstandelijke beperking, een lichamelijke beperking of langdurige ziekte, of "
              "ernstige gedrags- of psychiatrische problematiek – en (c) de jongere een combinatie van "
              "onderwijs en zorg of een structuur nodig heeft die alleen het vso kan bieden. De TLV geldt "
              "voor de duur van twee schooljaren, of korter als de deskundigen dat adviseren, en bevat de "
              "bekostigingscategorie laag, midden of hoog."),
        ("h2", "Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Voor lwoo en pro houdt het samenwerkingsverband vast aan de landelijke criteria. Voor pro betekent "
              "dat: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer "
              "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 "
              "met een leerachterstand van anderhalf tot drie jaar op twee domeinen, of een IQ tussen 91 en 120 "
              "met die leerachterstand en sociaal-emotionele problematiek. De basisschool levert de gegevens "
              "aan; de aanvraag wordt vóór 1 maart door de ontvangende VO-school ingediend en het "
              "samenwerkingsverband besluit vóór 15 april. Een aanwijzing lwoo geldt voor de hele "
              "schoolloopbaan in de betreffende leerweg."),
        ("h2", "Einde van een TLV"),
        ("p", "In het laatste jaar van elke TLV vso agendeert de vso-school uiterlijk op 1 december het "
              "OPP-gesprek over de periode na de TLV. De vso-school stelt daarin vast of de jongere kan "
              "overstappen naar het regulier vo of een entreeopleiding, of dat verlenging nodig is. Bij een "
              "overstap meldt de vso-school de jongere vóór 1 maart aan bij de beoogde school; die school "
              "neemt binnen zes weken een besluit. Bij verlenging vraagt de vso-school een nieuwe TLV aan "
              "volgens de gewone procedure. De Commissie Toewijzing toetst in beide gevallen het dossier en "
              "legt het besluit vast."),
        ("p", "Welke uitgangspunten we hanteren bij terugplaatsing en welke begeleiding jongeren na de overstap "
              "krijgen, stellen we vast nadat de pilot 'Terug in de klas' in 2027 is geëvalueerd."),
        ("h1", "Bekostiging en begroting"),
        ("p", "De tabel hieronder geeft weer hoe de ondersteuningsmiddelen worden toegekend."),
        ("table", [["Budget", "Verdeling", "Besluit door"],
                   ["Schoolbudget lichte ondersteuning", "€ 160 per leerling (teldatum 1 oktober) + vaste voet € 30.000 per school", "Directeur-bestuurder, jaarlijks in november"],
                   ["Lwoo en pro", "Volledig doorbetaald aan de school op basis van het aantal aangewezen leerlingen", "Automatisch"],
                   ["Bovenschoolse voorzieningen", "Vast budget per voorziening op basis van capaciteit", "Bestuur, bij de begroting"],
                   ["Maatwerkbudget", "Op aanvraag van een school, max. € 12.000 per jongere per jaar", "Commissie Toewijzing"]]),
        ("p", "Meerjarenbegroting (bedragen x € 1.000):"),
        ("table", [["", "2026", "2027", "2028", "2029"],
                   ["Baten lichte + zware ondersteuning", "11.920", "11.810", "11.700", "11.640"],
                   ["Baten lwoo en pro", "6.430", "6.380", "6.330", "6.290"],
                   ["Afdracht vso (DUO)", "5.310", "5.350", "5.380", "5.400"],
                   ["Schoolbudgetten", "2.080", "2.060", "2.040", "2.020"],
                   ["Doorbetaling lwoo en pro", "6.430", "6.380", "6.330", "6.290"],
                   ["Bovenschoolse voorzieningen", "2.950", "2.950", "2.900", "2.900"],
                   ["Maatwerkbudget", "420", "420", "420", "420"],
                   ["Bureau en toewijzing", "1.010", "1.030", "1.050", "1.070"],
                   ["Resultaat", "150", "0", "-90", "-170"]]),
        ("h1", "Kwaliteitszorg"),
        ("p", "Onze kwaliteitszorg volgt de cyclus van plannen, uitvoeren, meten en bijstellen. Het bureau houdt "
              "een dashboard bij met het aantal toewijzingen per voorziening, de doorlooptijden, het aantal "
              "jongeren aan de Doorbraaktafel, de deelname aan vso, pro en lwoo ten opzichte van het landelijk "
              "gemiddelde en het aantal overstappen uit het vso. De gegevens komen uit het dossiersysteem, "
              "de DUO-telling van 1 oktober en de verzuimregistratie. Elk kwartaal bespreken de directeur-"
              "bestuurder en de ondersteuningscoördinatoren de ontwikkeling; twee keer per jaar gaat een "
              "rapportage naar de raad van toezicht. In het jaarverslag rapporteren we wat bereikt is en "
              "wat dat heeft gekost."),
        ("p", "De beoogde resultaten voor de planperiode formuleren we niet in dit koersplan maar jaarlijks in het "
              "jaarplan, zodat we kunnen inspelen op actuele ontwikkelingen."),
    ]
    body += governance(c)
    body += opr(c, rich=False, date="17 maart")
    body += oogo(c, rich=True)
    body += huisvesting(c)
    body += personeel(c)
    body += ict(c)
    body += planning(c, doc_planning_rows())
    body += begrippen(c, extra=[("Doorbraaktafel", "overleg over jongeren zonder passende onderwijsplek."),
                                ("Informatievoorziening ouders", "zie de ouderpagina van de website."),
                                ("Basisondersteuning (landelijke norm)", "de toekomstige wettelijke norm voor basisondersteuning.")])
    blocks, _ = assemble("Koersplan 2026–2030",
                         "Samenwerkingsverband VO Veluwezoom-Noord (VO 25-11)\n"
                         "Dit koersplan is het ondersteuningsplan van het samenwerkingsverband\nMaart 2026", body)
    name = "vo-koersplan-veluwezoom"
    render_md(blocks, OUT / f"{name}.md")
    write_label(
        name, [f"{name}.md"], "vo",
        {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
         "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "missing"},
        crit(false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                    "dekkend-aanbod.continuum", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"]),
        {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "dekkend-aanbod": ["ketenpartners"]},
        {"basisondersteuning": "Heading 'Basisondersteuning' only defers to a future landelijke norm ('volgt een wijziging'); basiskwaliteit of the inspectie is a near-miss.",
         "plaatsing": "'Toewijzing vso, lwoo en pro': vso procedure + criteria (a)-(c), lwoo/pro national criteria with dates, deskundigen, duur/categorie.",
         "terugstroom": "'Einde van een TLV' (inside toewijzing chapter): procedure with moments/decider; policy and support after return deferred to after the 2027 pilot.",
         "financien": "'Bekostiging en begroting': verdeling only in a table (per leerling, vaste voet, maatwerk, decider) + meerjarenbegroting table.",
         "dekkend-aanbod": "Continuum only on the website Voorzieningenkaart; lacunes addressed by Doorbraaktafel, wachtlijst inventory, shared zorgplicht.",
         "resultaten": "'Kwaliteitszorg': dashboard, sources, quarterly/biannual reporting (monitoring); beoogde resultaten referred to the yearly jaarplan.",
         "ouders": "No information channels or independent help; OJSP/Onderwijsconsulenten/'informatievoorziening ouders' only in the begrippenlijst; OPR without composition."})
    return blocks


# --------------------------------------------------------------------------------------
# Plan 5: PO strategisch beleidsplan, plain text
# B partial (niveau yes, inhoud only the four abstract Referentiekader aspects), PL missing
# (TLV only via external handleiding), TS present (under 'Doorgaande lijnen'), FI missing
# (financial paragraph deferred), DA missing, RE present, OU present ('Informatie en contact').
# --------------------------------------------------------------------------------------

def plan5():
    c = dict(doctype="strategisch beleidsplan", period="2024–2028", swv="Samenwerkingsverband Passend Onderwijs Zuiderwaarden",
             code="PO 28-06", region="de Zuiderwaarden", nschools=41, nboards=5, inwoners="120.000",
             gemeenten=["Zuiderhaven", "Polderwijk", "Nieuw-Waarde"], director="Henk-Jan Bosman",
             place="Zuiderhaven", date="april 2024", law="art. 18a WPO",
             years="2024-2025 tot en met 2027-2028", sector="po", opr=10, adopt_year=2024,
             oogo_date="30 januari 2024", other_swv="VO Zuiderwaarden", mid_year=2026)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c)
    body += regio(c, [["Zuiderhaven", 22, "5.610"], ["Polderwijk", 12, "2.380"], ["Nieuw-Waarde", 7, "1.420"],
                      ["Totaal", 41, "9.410"]])
    body += ontwikkelingen(c)
    body += [
        ("h1", "Terugblik: wat we de afgelopen vier jaar leerden"),
        ("p", "De vorige planperiode begon midden in de coronacrisis. Scholen gingen dicht en weer open, en "
              "het samenwerkingsverband moest in korte tijd leren werken op afstand. Dat had ook voordelen: "
              "overleggen met scholen in de dorpen werden makkelijker, en het bureau verloor minder tijd "
              "aan reizen. Een deel van die werkwijze hebben we behouden."),
        ("p", "In 2022 is de organisatie van het bureau herzien. De taken van de consulenten zijn opnieuw "
              "beschreven, het secretariaat is versterkt en er is een vaste contactpersoon per bestuur "
              "gekomen. De samenwerking met de directeuren is daardoor verbeterd; dat bleek ook uit de "
              "gesprekken die we ter voorbereiding van dit plan voerden."),
        ("p", "Minder goed ging het met de scholing van intern begeleiders: door het lerarentekort konden veel "
              "intern begeleiders de geplande bijeenkomsten niet bijwonen, omdat zij voor de klas moesten "
              "staan. In het nieuwe plan kiezen we daarom voor kortere modules op de eigen school. Ook de "
              "samenwerking met de OPR kreeg in de vorige periode een nieuwe vorm, met een jaarlijkse "
              "gezamenlijke bijeenkomst van OPR, raad van toezicht en directeuren."),
        ("p", "Tot slot hebben we geleerd dat een plan alleen werkt als het kort en begrijpelijk is. Dit "
              "strategisch beleidsplan is daarom beknopter dan zijn voorganger; details werken we uit in de "
              "jaarplannen en handleidingen."),
    ]
    body += visie(c)
    body += [
        ("h1", "Speerpunt 1 – Basisondersteuning"),
        ("p", "De vijf besturen hebben afgesproken dat iedere school en iedere nevenvestiging in de Zuiderwaarden "
              "ten minste het niveau van basisondersteuning biedt zoals dat in het landelijke Referentiekader "
              "passend onderwijs is beschreven. Dat niveau is de ondergrens waar geen school onder mag zakken; "
              "het geldt dus ook voor de kleinste school."),
        ("p", "Basisondersteuning bestaat volgens het Referentiekader uit vier onderdelen: basiskwaliteit, "
              "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig "
              "werken. Samen vormen zij het fundament waarop extra ondersteuning kan worden gebouwd."),
        ("h1", "Speerpunt 2 – Toelaatbaarheid"),
        ("p", "Sommige kinderen zijn het best op hun plek in het speciaal basisonderwijs of het speciaal "
              "onderwijs. Het aantal afgegeven toelaatbaarheidsverklaringen is de afgelopen jaren stabiel "
              "gebleven (zie speerpunt 4). Voor de werkwijze bij een aanvraag van een "
              "toelaatbaarheidsverklaring verwijzen we naar de Handleiding Toelaatbaarheid op "
              "www.zuiderwaarden.nl/tlv."),
        ("h1", "Speerpunt 3 – Doorgaande lijnen"),
        ("p", "Kinderen maken in hun schoolloopbaan verschillende overgangen: van de voorschool naar groep 1, "
              "van groep 8 naar het voortgezet onderwijs, en soms van een reguliere school naar een speciale "
              "school en terug. Bij iedere overgang willen we dat er een warme overdracht is en dat de "
              "ontvangende school weet wat een kind nodig heeft. Met het samenwerkingsverband VO is een "
              "overdrachtskalender afgesproken."),
        ("h2", "Van speciaal naar regulier"),
        ("p", "Ons beleid is dat ieder kind in het sbo of so jaarlijks de kans krijgt om te laten zien of een "
              "overstap naar de wijkschool mogelijk is. Een kind stapt over wanneer het zich in de kleine "
              "setting zo heeft ontwikkeld dat het met ondersteuning in een reguliere groep verder kan, en "
              "wanneer de ontvangende school die ondersteuning kan geven. De ontvangende school krijgt het "
              "eerste halfjaar begeleiding van een leerkracht van de sbo- of so-school, en het kind houdt "
              "gedurende die periode een vast aanspreekpunt."),
        ("p", "De werkwijze is als volgt. Bij de jaarlijkse evaluatie van het OPP in februari beoordeelt de "
              "sbo- of so-school, samen met de ouders, of terugkeer haalbaar is. Zo ja, dan neemt de "
              "intern begeleider van de sbo- of so-school contact op met de beoogde reguliere school en vindt "
              "vóór 1 mei een overdrachtsgesprek plaats. Het besluit wordt genomen door de directeur van de "
              "ontvangende school na overleg met de consulent van het samenwerkingsverband. De overstap vindt "
              "bij voorkeur plaats na de zomervakantie. Na zes weken en na drie maanden is er een evaluatie. "
              "Is terugkeer (nog) niet haalbaar en loopt de TLV af, dan vraagt de school vóór 1 april een "
              "nieuwe TLV aan."),
        ("h1", "Speerpunt 4 – Resultaten"),
        ("p", "We werken met vier meetbare doelen voor de planperiode. Per doel is een nulmeting gedaan in "
              "oktober 2023."),
        ("table", [["Doel", "Nulmeting okt. 2023", "Streefwaarde okt. 2027"],
                   ["Deelname sbo", "2,6%", "≤ 2,2%"],
                   ["Deelname so", "1,9%", "≤ 1,8%"],
                   ["Kinderen die vanuit sbo/so terugkeren naar regulier", "6 per jaar", "≥ 10 per jaar"],
                   ["Tevredenheid ouders over informatie (1–10)", "6,8", "≥ 7,5"]]),
        ("p", "De deelnamecijfers volgen we met de DUO-telling op 1 oktober en de Kijkglas-rapportage. Het aantal "
              "terugkeerders houdt het bureau bij in het dossiersysteem. De tevredenheid meten we om het jaar "
              "met een korte digitale peiling onder ouders die in dat jaar contact hadden met het "
              "samenwerkingsverband. De stand van zaken bespreken we elk voorjaar met de directeuren en de "
              "OPR; in het jaarverslag over het afgelopen kalenderjaar rapporteren we per doel de bereikte "
              "waarde en een toelichting. Wanneer een doel halverwege de periode niet binnen bereik ligt, "
              "stellen we de aanpak bij."),
        ("h1", "Speerpunt 5 – Informatie en contact"),
        ("p", "Ouders moeten weten waar ze aan toe zijn. Iedere school neemt in de schoolgids een hoofdstuk over "
              "ondersteuning op. Het samenwerkingsverband geeft de folder 'Passend onderwijs in de "
              "Zuiderwaarden' uit, die scholen meegeven bij de aanmelding; daarin staat wat basisondersteuning "
              "is, welke ondersteuning er daarnaast is en bij wie je terechtkunt. Op de website staat een "
              "ouderpagina met veelgestelde vragen, en elke dinsdag is er een telefonisch spreekuur voor "
              "ouders."),
        ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt Zuiderwaarden, een samenwerking met de cliëntondersteuners van de "
              "drie gemeenten. Het steunpunt is niet verbonden aan een school of bestuur. Ook kunnen ouders "
              "contact opnemen met de Onderwijsconsulenten of een klacht indienen bij de landelijke "
              "klachtencommissie waarbij het samenwerkingsverband is aangesloten."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf bij dit beleidsplan verschijnt als afzonderlijk document na vaststelling "
              "van de begroting 2025 door de raad van toezicht."),
    ]
    body += governance(c, jaarrekening=False)
    body += opr(c, rich=True, date="19 maart")
    body += oogo(c, rich=False)
    body += personeel(c)
    body += ict(c)
    body += planning(c, doc_planning_rows())
    body += begrippen(c, extra=[("Referentiekader", "landelijk kader passend onderwijs van de sectorraden (2013)."),
                                ("Kijkglas", "landelijke monitor met kengetallen per samenwerkingsverband.")])
    blocks, _ = assemble("Strategisch beleidsplan 2024–2028 'Elk kind een plek'",
                         "Samenwerkingsverband Passend Onderwijs Zuiderwaarden (PO 28-06)\n"
                         "Tevens ondersteuningsplan\nApril 2024", body)
    name = "po-beleidsplan-zuiderwaarden"
    render_txt(blocks, OUT / f"{name}.txt")
    write_label(
        name, [f"{name}.txt"], "po",
        {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
         "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
        crit(false=["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                    "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                    "dekkend-aanbod.lacunes"]),
        {"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Speerpunt 1: ondergrens for every school and nevenvestiging (niveau); content only the four abstract Referentiekader aspects.",
         "plaatsing": "Speerpunt 2 only mentions TLVs and refers to an external Handleiding Toelaatbaarheid on the website; no procedure or criteria.",
         "terugstroom": "Under 'Doorgaande lijnen' > 'Van speciaal naar regulier': policy + conditions + support after return, and a dated procedure with decider.",
         "financien": "'Financiën' only defers ('verschijnt als afzonderlijk document'); no verdeling, begroting, reserves.",
         "dekkend-aanbod": "No continuum or gap approach; dekkend aanbod/thuiszitter/arrangement only in glossary and passing words; OOGO section thin.",
         "resultaten": "Speerpunt 4: nulmeting + streefwaarden table, sources (DUO, Kijkglas, peiling), yearly reporting in jaarverslag.",
         "ouders": "Speerpunt 5 'Informatie en contact': schoolgids, folder, ouderpagina, spreekuur; OJSP, Onderwijsconsulenten, klachtencommissie."})
    return blocks


# --------------------------------------------------------------------------------------
# Near miss: a VO school's own 'ondersteuningsplan' (school-level zorgplan), HTML
# --------------------------------------------------------------------------------------

def notaplan():
    body = [
        ("h1", "Voorwoord"),
        ("p", "Dit ondersteuningsplan beschrijft hoe het Baken College, scholengemeenschap voor vmbo, havo en vwo, "
              "in het schooljaar 2025-2026 de ondersteuning aan leerlingen organiseert. Het plan is opgesteld "
              "door het zorgteam en besproken met de medezeggenschapsraad. Het sluit aan bij het "
              "ondersteuningsplan van ons samenwerkingsverband en bij ons schoolondersteuningsprofiel."),
        ("h1", "Onze school"),
        ("p", "Het Baken College telt ruim 1.400 leerlingen op twee locaties. Ongeveer 160 leerlingen hebben "
              "leerwegondersteuning; 48 leerlingen hebben een OPP. De school is aangesloten bij het "
              "samenwerkingsverband VO van de regio en werkt nauw samen met de praktijkschool en de "
              "vso-school in de stad."),
        ("h1", "Ondersteuningsniveaus binnen de school"),
        ("p", "Wij werken met vier niveaus. Niveau 1 is de ondersteuning in de les door de vakdocent en de mentor. "
              "Niveau 2 is de basisondersteuning van de school: het mentoraat, de dyslexiecoach, huiswerkbegeleiding, "
              "faalangstreductietraining, een SoVa-training en de rustruimte. Niveau 3 is de extra ondersteuning "
              "via het ondersteuningsteam: de ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk "
              "werker en de jeugdarts. Niveau 4 is een arrangement in het Trajectlokaal of, na toewijzing door "
              "het samenwerkingsverband, een plaatsing in de bovenschoolse voorziening."),
        ("h1", "Zorgteam en overlegstructuur"),
        ("p", "Het zorgteam bestaat uit de ondersteuningscoördinator, de teamleiders, de orthopedagoog en de "
              "vertrouwenspersoon. Het zorgteam komt elke week bijeen. Mentoren bespreken leerlingen eerst in "
              "de leerlingbespreking van hun team; pas als de aanpak in het team niet volstaat, volgt een "
              "aanmelding bij het zorgteam. Zes keer per jaar is er een ondersteuningsteam (OT) waarbij ook "
              "de leerplichtambtenaar en een medewerker van het jeugdteam aanschuiven."),
        ("h1", "Een TLV aanvragen"),
        ("p", "Als de school een leerling niet de ondersteuning kan bieden die hij nodig heeft, kan de school bij "
              "het samenwerkingsverband een toelaatbaarheidsverklaring voor het vso aanvragen. De "
              "ondersteuningscoördinator stelt het dossier samen en bespreekt dit vooraf met ouders en leerling. "
              "Het samenwerkingsverband neemt het besluit volgens zijn eigen procedure en criteria."),
        ("h1", "Leerlingen die terugkomen"),
        ("p", "Wij ontvangen jaarlijks enkele leerlingen die vanuit het vso of de bovenschoolse voorziening "
              "terugkeren. Zij krijgen een vaste mentor en worden de eerste tien weken elke week besproken "
              "in het zorgteam."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn voor ons partner. Zij worden uitgenodigd voor de OPP-gesprekken en ontvangen "
              "verslagen van het OT. Vragen kunnen ouders stellen aan de mentor of de ondersteuningscoördinator. "
              "Voor onafhankelijk advies verwijzen we naar het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."),
        ("h1", "Budget"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor lichte ondersteuning. In "
              "2025-2026 besteden we dit aan de formatie van de ondersteuningscoördinator (0,8 fte), de "
              "orthopedagoog (0,6 fte) en het Trajectlokaal."),
        ("h1", "Evaluatie"),
        ("p", "Het zorgteam evalueert dit plan in juni 2026 en legt de uitkomst voor aan de schoolleiding."),
    ]
    blocks = [("title", "Ondersteuningsplan 2025-2026",
               "Baken College – scholengemeenschap voor vmbo, havo en vwo\nZorgteam, september 2025"),
              ("h1", "Inhoud"), ("toc", toc_from(body))] + body
    name = "vo-school-ondersteuningsplan-baken"
    render_html(blocks, OUT / f"{name}.html", "Ondersteuningsplan 2025-2026 Baken College")
    write_label(name, [f"{name}.html"], "vo", {}, {}, {},
                {"document": "A single school's own annual 'ondersteuningsplan' (zorgteam, ondersteuningsniveaus, "
                             "school budget) that refers to the samenwerkingsverband's plan; not the OP of a "
                             "samenwerkingsverband (no OPR, OOGO, planperiode, verdeling or TLV decisions of the verband)."},
                plan=False)
    return blocks


def main():
    counts = {}
    for fn in (plan1, plan2, plan3, plan4, plan5, notaplan):
        counts[fn.__name__] = word_count(fn())
    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
