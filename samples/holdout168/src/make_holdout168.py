#!/usr/bin/env python3
"""Generate the holdout168 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
#              ("bullets", [..]) ("table", [[header..], [row..], ..]) ("toc", [lines])
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
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
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout168"
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullets":
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout168_mk_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        else:
            for x in val:
                n += len((" ".join(x) if isinstance(x, list) else x).split())
    return n


# ---------------------------------------------------------------------------
# shared filler (parameterised); none of these paragraphs addresses a core criterion
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de "
              f"ondersteuningsplanraad hebben geschreven. In de afgelopen periode is veel bereikt, maar we zijn ook "
              f"eerlijk: niet alles wat we in het vorige plan hadden voorgenomen, is gelukt. De krapte op de "
              f"arbeidsmarkt, de gevolgen van de coronaperiode en de toenemende complexiteit van vragen van leerlingen "
              f"en ouders hebben scholen en teams veel gevraagd."),
        ("p", f"Dit plan is geen handboek. Het beschrijft de koers die de {c['nbesturen']} aangesloten schoolbesturen "
              f"samen willen varen, en de afspraken die daarbij horen. Veel uitwerkingen staan in het jaarplan en in "
              f"de werkwijzers die we met de scholen opstellen. We hebben geprobeerd het plan leesbaar te houden voor "
              f"iedereen die met passend onderwijs te maken heeft: leerkrachten, intern begeleiders, directeuren, "
              f"bestuurders, gemeenten en natuurlijk ouders."),
        ("p", f"Wij danken iedereen die heeft meegedacht: de leden van de OPR, de werkgroep van intern begeleiders, "
              f"de wethouders en beleidsmedewerkers van de gemeenten {c['gemeenten']}, de ketenpartners uit de "
              f"jeugdhulp en de ouders die op onze ouderavonden hun ervaringen deelden. Hun verhalen over "
              f"arrangementen die goed werkten, en over momenten waarop het systeem knelde, hebben dit plan beter "
              f"gemaakt."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def visie(c):
    return [
        ("h1", "Missie en visie"),
        ("p", f"{c['naam']} bestaat om ervoor te zorgen dat ieder kind in onze regio onderwijs krijgt dat bij hem of "
              f"haar past, zo dicht mogelijk bij huis. Dat is onze missie en die is sinds de oprichting niet "
              f"veranderd. Wat wel is veranderd, is de manier waarop we daarnaar kijken. We denken minder in "
              f"loketten en formulieren en meer in het gesprek tussen school, ouders en kind."),
        ("p", "Onze visie rust op vier pijlers. Ten eerste: het kind staat centraal, niet het systeem. Ten tweede: de "
              "leerkracht maakt het verschil en verdient steun in de klas. Ten derde: ouders zijn partners en kennen "
              "hun kind het best. Ten vierde: we werken samen met gemeenten en zorgpartners, omdat onderwijs en "
              "jeugdhulp elkaar nodig hebben. Deze pijlers komen in elk hoofdstuk terug."),
        ("p", "We geloven in inclusiever onderwijs, in de richting die het kabinet met de verbeteraanpak passend "
              "onderwijs heeft ingezet. Tegelijk zijn we realistisch: niet elke school kan alles, en dat hoeft ook "
              "niet. Wel verwachten we van elke school dat zij zich inspant, dat zij haar grenzen kent en benoemt, "
              "en dat zij tijdig hulp inroept. Middelen moeten daar terechtkomen waar ze het verschil maken: zo dicht "
              "mogelijk bij de leerling."),
        ("p", "Onze kernwaarden zijn vertrouwen, eigenaarschap, transparantie en nabijheid. Vertrouwen betekent dat "
              "we uitgaan van de professionaliteit van scholen. Eigenaarschap betekent dat besturen zelf "
              "verantwoordelijk blijven voor hun leerlingen. Transparantie betekent dat we open zijn over keuzes en "
              "resultaten. Nabijheid betekent dat hulp snel en dichtbij beschikbaar is."),
    ]


def regio(c):
    return [
        ("h1", "Onze regio in vogelvlucht"),
        ("p", f"Het werkgebied van {c['naam']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. In het gebied "
              f"wonen ruim {c['inwoners']} mensen. Er zijn {c['nscholen']} scholen aangesloten, verdeeld over "
              f"{c['nbesturen']} schoolbesturen, met samen ongeveer {c['nleerlingen']} leerlingen op de teldatum "
              f"van 1 oktober 2025. Het leerlingaantal daalt in de kleinere kernen en stijgt licht in de "
              f"nieuwbouwwijken rond de grotere plaatsen."),
        ("p", "De regio is divers. Naast een stedelijke kern met een relatief hoog aandeel kinderen die opgroeien in "
              "armoede, kent het gebied veel dorpen met kleine scholen, soms met minder dan honderd leerlingen. "
              "Voor die scholen is het lastig om specialistische kennis zelf in huis te hebben. Ook het "
              "leerlingenvervoer en de reistijd naar gespecialiseerde voorzieningen spelen in het landelijk gebied "
              "een grote rol."),
        ("p", "De aangesloten besturen verschillen in omvang en denominatie: openbaar, katholiek, "
              "protestants-christelijk, algemeen bijzonder en één bestuur voor vrijeschoolonderwijs. Die "
              "verscheidenheid is een kracht, maar vraagt ook om heldere gezamenlijke afspraken."),
    ]


def governance(c):
    return [
        ("h2", "Bestuur en toezicht"),
        ("p", f"{c['naam']} is een stichting. De statuten kennen een scheiding tussen bestuur en intern toezicht "
              f"volgens het raad-van-toezichtmodel. De directeur-bestuurder is belast met het bestuur van de "
              f"stichting en legt verantwoording af aan de raad van toezicht. De raad van toezicht bestaat uit vijf "
              f"leden, van wie drie worden voorgedragen door de aangesloten besturen en twee onafhankelijk zijn. De "
              f"algemene vergadering van aangesloten besturen komt vier keer per jaar bijeen en adviseert over "
              f"strategische keuzes."),
        ("p", "De stichting hanteert de Code Goed Bestuur in het " + ("voortgezet" if c.get("vo") else "primair") + " onderwijs. Jaarlijks evalueert de raad van "
              "toezicht het eigen functioneren, eens in de drie jaar onder externe begeleiding. Tegenstrijdige "
              "belangen worden gemeld en vastgelegd. De statuten bevatten een geschillenregeling voor geschillen "
              "tussen de aangesloten besturen en de stichting."),
        ("h2", "Het bureau"),
        ("p", f"Het bureau van het samenwerkingsverband telt circa {c['fte']} fte. Er werken consulenten passend "
              f"onderwijs, orthopedagogen, een beleidsmedewerker, een controller en een managementassistent. Het "
              f"bureau is gehuisvest in een bedrijfsverzamelgebouw en is op werkdagen telefonisch bereikbaar. De "
              f"consulenten hebben ieder een vaste groep scholen en zijn daar ook fysiek aanwezig."),
    ]


def opr(c):
    if c.get("opr_neutraal"):
        return [
            ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
            ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                  "daarvan. De OPR telt acht leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
                  "scholen, en vergadert vijf keer per jaar. De OPR heeft een eigen reglement en een ambtelijk "
                  "secretaris."),
            ("p", f"Het concept van dit plan is in drie vergaderingen met de OPR besproken. De OPR heeft op "
                  f"{c['opr_datum']} ingestemd, onder voorbehoud van de nog aan te vullen onderdelen, die opnieuw ter "
                  f"instemming worden voorgelegd."),
        ]
    return [
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
              "daarvan. De OPR telt tien leden: vijf ouders en vijf personeelsleden, afgevaardigd vanuit de "
              "medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar en heeft een "
              "eigen reglement en een eigen budget voor scholing en ondersteuning."),
        ("p", f"Dit plan is tot stand gekomen in nauw overleg met de OPR. In drie thema-avonden hebben we de "
              f"hoofdlijnen besproken; de OPR heeft op {c['opr_datum']} ingestemd met het plan. Ook de "
              f"medezeggenschapsraad van het samenwerkingsverband zelf, die bestaat uit personeelsleden van het "
              f"bureau, is geïnformeerd. De ouders in de OPR brengen de stem van hun achterban in; daarvoor "
              f"organiseert de OPR jaarlijks een bijeenkomst met de oudergeledingen van de MR'en."),
    ]


def oogo(c):
    if c.get("oogo_kort"):
        return [
            ("h2", "Overleg met gemeenten (OOGO)"),
            ("p", f"Het ontwerp van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht "
                  f"overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Er is "
                  f"overeenstemming bereikt; het verslag is bij de stukken voor de OPR gevoegd. Het overleg met het "
                  f"samenwerkingsverband voortgezet onderwijs vond plaats op dezelfde dag."),
        ]
    return [
        ("h2", "Samenwerking met gemeenten (OOGO)"),
        ("p", f"Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"gemeenten {c['gemeenten']}. Het OOGO vond plaats op {c['oogo_datum']}; er is overeenstemming "
              f"bereikt. De gemeenten hebben hun jeugdbeleidsplannen op hun beurt met ons besproken. Voor het OOGO "
              f"geldt een procedure met een geschillenregeling, die samenwerkingsverband en gemeenten samen hebben "
              f"vastgesteld."),
        ("p", "Gezamenlijke thema's voor de komende periode zijn: de aansluiting tussen onderwijs en jeugdhulp, "
              "leerlingenvervoer, onderwijshuisvesting voor speciale voorzieningen, de doorgaande lijn van "
              "voorschoolse educatie naar de basisschool, vroegsignalering en de inzet van "
              "praktijkondersteuners jeugd op school. Thuiszitters en verzuim staan eveneens op de gezamenlijke "
              "agenda. Het OOGO komt twee keer per jaar bijeen op bestuurlijk niveau; daarnaast is er een "
              "ambtelijk overleg op werkniveau."),
        ("p", "Ook met het samenwerkingsverband " + ("primair" if c.get("vo") else "voortgezet") + " onderwijs in onze "
              "regio is het ontwerp besproken. We maken afspraken over de overstap van groep 8 naar het voortgezet "
              "onderwijs, over een warme overdracht en over leerlingen die vanuit het speciaal onderwijs de overstap "
              "maken."),
    ]


def personeel(c):
    return [
        ("h2", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met goede leerkrachten en intern begeleiders. Het lerarentekort raakt "
              "ook onze regio: op een aantal scholen zijn vacatures langdurig niet vervuld. Dat heeft gevolgen voor "
              "de ondersteuning die scholen kunnen bieden. Het samenwerkingsverband is geen werkgever van "
              "leerkrachten, maar wil de besturen wel helpen."),
        ("p", "We bieden daarom een netwerk voor intern begeleiders, met vier bijeenkomsten per jaar, en een "
              "scholingsaanbod rond handelingsgericht werken, gedrag en executieve functies. Startende leerkrachten "
              "kunnen deelnemen aan een leergang over het signaleren van ondersteuningsbehoeften. De consulenten en "
              "orthopedagogen van het bureau volgen jaarlijks scholing en zijn BIG- of NIP-geregistreerd waar dat "
              "vereist is."),
        ("p", "Binnen het bureau besteden we aandacht aan werkdruk en duurzame inzetbaarheid. De formatie van het "
              "bureau wordt jaarlijks in de begroting vastgesteld; uitbreiding vindt alleen plaats als dit direct "
              "ten goede komt aan de ondersteuning op scholen."),
    ]


def ict(c):
    return [
        ("h2", "ICT, privacy en gegevensverwerking"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, "
              "voor zover dat nodig is voor het toekennen van ondersteuning en het beslissen over "
              "toelaatbaarheid. We doen dat volgens de AVG en de wettelijke bewaartermijnen. Er is een functionaris "
              "gegevensbescherming aangesteld die we delen met twee andere samenwerkingsverbanden."),
        ("p", "Aanvragen worden ingediend via een beveiligde digitale omgeving. Alleen medewerkers die bij een "
              "aanvraag betrokken zijn, hebben toegang tot het dossier. Dossiers worden drie jaar na het laatste "
              "besluit vernietigd. Een verwerkersovereenkomst met de leverancier van de digitale omgeving is "
              "afgesloten; jaarlijks vindt een audit plaats op de informatiebeveiliging."),
        ("p", "In de komende periode vervangen we de verouderde registratieomgeving. Daarbij letten we op "
              "gebruiksgemak voor intern begeleiders en op de koppeling met de leerlingadministratiesystemen van "
              "de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd."),
    ]


def planning(c):
    return [
        ("h2", "Planning en totstandkoming van dit plan"),
        ("table", [["Wanneer", "Wat"],
                   ["september - november 2025", "Gesprekken met besturen, intern begeleiders en ouders"],
                   ["december 2025", "Eerste concept besproken met OPR"],
                   [c['oogo_datum'], "OOGO met gemeenten, overleg met SWV " + ("PO" if c.get("vo") else "VO")],
                   [c['opr_datum'], "Instemming OPR"],
                   ["april 2026", "Vaststelling door het bestuur, toezending aan de inspectie voor 1 mei"]]),
        ("p", f"Het plan geldt voor de schooljaren {c['periode']}, van 1 augustus 2026 tot en met 31 juli "
              f"{c['eind']}. Elk jaar stellen we een jaarplan en een begroting op waarin de activiteiten voor dat "
              f"jaar staan. Als de wet of de omstandigheden daartoe aanleiding geven, passen we het plan tussentijds "
              f"aan, na instemming van de OPR."),
    ]


def landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk in beweging is. Na de "
              "evaluatie van passend onderwijs in 2020 heeft het ministerie een verbeteraanpak opgesteld met "
              "maatregelen voor scholen, samenwerkingsverbanden, gemeenten en ouders. Een deel van die "
              "maatregelen is inmiddels uitgevoerd, een ander deel wordt in wetgeving omgezet. Daarnaast heeft "
              "het kabinet de ambitie uitgesproken dat het onderwijs in 2035 zo inclusief mogelijk is: zoveel "
              "mogelijk kinderen gaan samen naar school in hun eigen buurt."),
        ("p", "Voor ons betekent dit dat we in deze planperiode keuzes moeten maken die ook na 2030 houdbaar zijn. "
              "We volgen de landelijke discussie op de voet, onder meer via de sectorraad en het landelijke "
              "netwerk van directeuren van samenwerkingsverbanden. Waar landelijke besluiten gevolgen hebben voor "
              "onze afspraken, informeren we besturen en OPR en leggen we zo nodig een wijziging van dit plan "
              "ter instemming voor."),
        ("p", "Ook buiten het onderwijs verandert er veel. Gemeenten hervormen de jeugdzorg, zorgaanbieders "
              "kampen met personeelstekorten en wachttijden, en het aantal kinderen met complexe vragen lijkt toe "
              "te nemen. Die ontwikkelingen kunnen wij niet zelf oplossen, maar ze bepalen wel de context waarin "
              "scholen werken. We houden daarom oog voor wat er op scholen gebeurt en bespreken signalen met de "
              "besturen in het reguliere overleg."),
        ("p", "Tot slot speelt de daling van het aantal leerlingen in delen van de regio. Krimp heeft gevolgen voor "
              "de omvang van de rijksbijdrage en voor het voortbestaan van kleine scholen. We bespreken de "
              "gevolgen daarvan jaarlijks met de besturen."),
    ]


def bedrijfsvoering(c):
    return [
        ("h2", "Bedrijfsvoering"),
        ("p", "De financiële administratie en de salarisadministratie van het bureau zijn uitbesteed aan een "
              "administratiekantoor dat ook voor enkele aangesloten besturen werkt. De controller van het "
              "samenwerkingsverband is verantwoordelijk voor de planning-en-controlcyclus van de eigen organisatie "
              "en rapporteert aan de directeur-bestuurder. Inkoop gebeurt volgens een inkoopbeleid dat bij "
              "opdrachten boven de € 50.000 meerdere offertes voorschrijft."),
        ("p", "Het bureau huurt een kantoor van circa 300 vierkante meter, met gespreksruimtes waar ook "
              "bijeenkomsten met scholen kunnen plaatsvinden. We letten bij de inrichting en het gebruik op "
              "duurzaamheid: het kantoor is energielabel A, medewerkers reizen zoveel mogelijk met het openbaar "
              "vervoer of de fiets, en vergaderingen vinden waar mogelijk online plaats om reistijd te beperken."),
        ("p", "Het samenwerkingsverband heeft een regeling voor het melden van vermoedens van misstanden en een "
              "integriteitscode voor medewerkers. Nevenfuncties van medewerkers en toezichthouders worden jaarlijks "
              "geïnventariseerd en op de website gepubliceerd."),
    ]


def kennisdeling(c):
    return [
        ("h2", "Kennisdeling tussen scholen"),
        ("p", "Scholen weten veel, maar delen die kennis niet altijd met elkaar. We willen de kennis die in de "
              "regio aanwezig is beter benutten. Daarom organiseren we viermaal per jaar een kenniscafé, waar "
              "leerkrachten, intern begeleiders en directeuren ervaringen uitwisselen rond een thema, zoals "
              "executieve functies, omgaan met angst bij kinderen of het voeren van moeilijke gesprekken."),
        ("p", "Daarnaast is er een jaarlijkse studiedag voor alle medewerkers van de aangesloten scholen, met "
              "workshops die door medewerkers van de scholen zelf worden verzorgd. Op de website staat een "
              "afgeschermd deel voor professionals met presentaties, voorbeelden van goede praktijken en "
              "formats die scholen vrij kunnen gebruiken. We stimuleren ook dat scholen bij elkaar op bezoek gaan: "
              "een school die ergens goed in is, kan een andere school een middag laten meekijken."),
        ("p", "Kennisdeling is geen doel op zich. Het gaat erom dat leerkrachten zich toegerust voelen voor de "
              "kinderen in hun groep. Daarom vragen we na elke bijeenkomst wat deelnemers ervan hebben geleerd en "
              "wat ze in hun eigen klas gaan toepassen, en passen we het programma daarop aan."),
    ]


# ---------------------------------------------------------------------------
# Plan A — PO, .docx
# ---------------------------------------------------------------------------
CA = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge", code="PO 30-11",
          periode="2026-2030", eind="2030", nbesturen="9", nscholen="58", nleerlingen="11.400",
          inwoners="140.000", gemeenten="Lingedal, Maasoever en Waalbrug", bestuurder="drs. H. van Essen",
          fte="14", opr_datum="10 maart 2026", oogo_datum="12 februari 2026")


def plan_a():
    c = CA
    b = [("title", f"Ondersteuningsplan {c['periode']}"),
         ("p", c['naam'] + " (" + c['code'] + ")"),
         ("p", "Vastgesteld door het bestuur op 2 april 2026, na instemming van de OPR op 10 maart 2026."),
         ("toc", ["1 Voorwoord", "2 Missie en visie", "3 Onze regio in vogelvlucht",
                  "4 Ondersteuning", "   4.1 Basisondersteuning", "   4.2 Extra ondersteuning en arrangementen",
                  "   4.3 Een passende plek voor ieder kind", "   4.4 Toelaatbaarheid sbo en so",
                  "5 Organisatie", "   5.1 Bestuur en toezicht", "   5.2 Het bureau", "   5.3 OPR",
                  "   5.4 OOGO", "   5.5 Personeel", "   5.6 ICT en privacy", "   5.7 Geld en middelen",
                  "6 Kwaliteit en beoogde resultaten", "7 Communicatie", "8 Planning",
                  "Bijlage: Begrippenlijst"])]
    b += voorwoord(c) + visie(c) + regio(c) + landelijk(c)
    b += [("h1", "4 Ondersteuning"),
          ("p", "In dit hoofdstuk beschrijven we hoe de ondersteuning in onze regio is opgebouwd: van wat elke school "
                "biedt tot de plaatsing in het speciaal (basis)onderwijs."),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "De negen besturen hebben met elkaar afgesproken welke ondersteuning iedere vestiging in ons "
                "samenwerkingsverband ten minste biedt. Dit afgesproken niveau noemen we de basisondersteuning. Het "
                "geldt voor alle 58 schoolvestigingen, ongeacht bestuur of denominatie, en een school vraagt hiervoor "
                "geen middelen of toestemming aan bij het samenwerkingsverband. Ouders mogen deze ondersteuning op "
                "elke school verwachten."),
          ("p", "De afspraken zijn vastgelegd in tien standaarden. In de tabel hieronder staat per standaard wat "
                "ouders concreet op iedere school aantreffen."),
          ("table", [["Standaard", "Wat elke school biedt"],
                     ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een vast ondersteuningsteam dat minstens zes keer per jaar bijeenkomt"],
                     ["2 Handelingsgericht werken", "Groepsplannen of groepsoverzichten, twee groepsbesprekingen per jaar, leerlingbesprekingen op aanvraag van leerkracht of ouders"],
                     ["3 Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief signalering in groep 2 en 3 en extra leesinstructie"],
                     ["4 Dyscalculie", "Werken volgens het Protocol ERWD met verlengde instructie rekenen"],
                     ["5 Gedrag", "Een schoolbreed programma voor sociale veiligheid (zoals PBS of Kanjertraining) en een gedragsspecialist binnen het bestuur"],
                     ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingsstof in de groep"],
                     ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere thuistaal"],
                     ["8 Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking"],
                     ["9 Ontwikkelingsperspectief", "Een OPP voor iedere leerling die op een eigen leerlijn werkt, besproken met ouders"],
                     ["10 Samenwerking", "Een vast contact met het jeugdteam en de jeugdverpleegkundige van de GGD"]]),
          ("p", "Scholen beschrijven in hun schoolgids hoe zij deze standaarden vormgeven. De consulent passend "
                "onderwijs bespreekt eenmaal per jaar met de directeur en intern begeleider aan de hand van een "
                "kwaliteitskaart of de school aan de standaarden voldoet. Voldoet een school op onderdelen niet, dan "
                "stelt zij binnen drie maanden een verbeterplan op, dat het bestuur van de school bewaakt en dat de "
                "consulent een half jaar later opnieuw bespreekt."),
          ("h2", "4.2 Extra ondersteuning en arrangementen"),
          ("p", "Soms heeft een leerling meer nodig dan de basisondersteuning. Dan spreken we van extra "
                "ondersteuning. De school bespreekt de leerling eerst in het ondersteuningsteam, waarin ouders, "
                "intern begeleider, leerkracht en de consulent van het samenwerkingsverband zitten. Samen stellen zij "
                "vast wat de leerling nodig heeft."),
          ("p", "Extra ondersteuning kent drie vormen. Een individueel arrangement op de eigen school, bijvoorbeeld "
                "extra begeleiding door een specialist of inzet van een onderwijsassistent voor een vast aantal uren "
                "per week. Een groepsarrangement, waarbij meerdere leerlingen met een vergelijkbare vraag samen "
                "worden begeleid; voorbeelden zijn de taalklas voor nieuwkomers in Lingedal en de plusklas voor "
                "hoogbegaafde leerlingen die op drie locaties draait. Tot slot zijn er de bovenschoolse "
                "voorzieningen: de observatiegroep voor jonge kinderen met een onduidelijke ondersteuningsvraag en "
                "de onderwijs-zorgarrangementen die we met de gemeenten financieren voor kinderen die naast onderwijs "
                "ook zorg in de klas nodig hebben."),
          ("p", "Is ook dat niet genoeg, dan kan een leerling naar een van de twee sbo-scholen in de regio (De "
                "Wegwijzer en De Kompasroos) of naar het speciaal onderwijs cluster 3 of 4. In de regio liggen drie "
                "so-scholen; voor sommige leerlingen is een school buiten de regio passender. Samen vormen deze "
                "voorzieningen een doorlopend geheel: van basisondersteuning via arrangementen naar gespecialiseerde "
                "plekken, met de mogelijkheid om ook weer terug te schakelen."),
          ("h2", "4.3 Een passende plek voor ieder kind"),
          ("p", "Ieder bestuur heeft zorgplicht. Als een school een leerling niet zelf passend kan opvangen, zoekt het "
                "bestuur samen met ouders en het samenwerkingsverband een andere plek. We willen voorkomen dat "
                "kinderen thuis komen te zitten of op een wachtlijst belanden."),
          ("p", "Daarom hebben we drie afspraken gemaakt. Ten eerste meldt elke school een leerling die langer dan "
                "vier weken niet of gedeeltelijk naar school gaat binnen een week bij het samenwerkingsverband. De "
                "consulent roept dan binnen tien werkdagen een overleg bijeen met ouders, school, leerplicht en "
                "jeugdhulp. Ten tweede brengen we ieder voorjaar met de besturen in kaart voor welke leerlingen er "
                "geen passend aanbod was en waar wachtlijsten ontstonden; die analyse bespreken we met de "
                "algemene vergadering en leidt tot afspraken over nieuwe voorzieningen. Ten derde heeft de "
                "directeur-bestuurder doorzettingsmacht: als partijen er binnen zes weken niet uitkomen, besluit zij "
                "over een tijdelijke plek en de bekostiging daarvan."),
          ("p", "Uit de analyse van 2025 bleek bijvoorbeeld dat er te weinig plekken waren voor jonge kinderen met een "
                "ontwikkelingsachterstand en gedragsproblemen. Met ingang van augustus 2026 opent daarom een tweede "
                "observatiegroep in Maasoever."),
          ("h2", "4.4 Toelaatbaarheid sbo en so"),
          ("p", "Een leerling kan alleen naar het sbo of het so als het samenwerkingsverband een "
                "toelaatbaarheidsverklaring (TLV) afgeeft. De aanvraag wordt gedaan door het bestuur van de school "
                "waar de leerling is ingeschreven, in de praktijk door de intern begeleider namens de directeur. De "
                "aanvraag bevat het groeidocument of OPP, het verslag van het laatste ondersteuningsteam en de "
                "zienswijze van ouders. De aanvraag wordt ingediend bij het Loket Toelaatbaarheid van het bureau."),
          ("p", "Het Loket controleert binnen vijf werkdagen of het dossier compleet is. Daarna geven twee "
                "deskundigen elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van "
                "de leerling, een tweede deskundige zoals een maatschappelijk werker, kinderarts of pedagoog. Geen "
                "van beiden is betrokken geweest bij de aanvraag. De Commissie van Toelaatbaarheid neemt op basis "
                "van die adviezen binnen zes weken na ontvangst van het complete dossier een besluit. Ouders "
                "ontvangen een kopie van beide adviezen en van het besluit."),
          ("p", "Een TLV voor het so wordt afgegeven voor twee schooljaren in bekostigingscategorie laag, midden of "
                "hoog; een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Aan de hand van welke "
                "criteria de commissie een aanvraag toetst, legt zij vast in een afwegingskader dat in de loop van "
                "het schooljaar 2026-2027 verschijnt. Tot die tijd weegt de commissie iedere aanvraag "
                "afzonderlijk."),
          ("p", "Ouders of het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar "
                "maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
          ("p", "Afloop van de TLV. Het samenwerkingsverband wil dat leerlingen in het speciaal (basis)onderwijs "
                "terugkeren naar een reguliere school zodra dat verantwoord kan, bij voorkeur in de eigen woonkern. "
                "Voorwaarde is dat de ontwikkeling van de leerling volgens het OPP dat toelaat en dat een ontvangende "
                "school met de juiste ondersteuning klaarstaat. In het laatste jaar van de TLV houdt de so- of "
                "sbo-school uiterlijk 1 februari een evaluatiegesprek met ouders en de consulent. Is terugkeer "
                "mogelijk, dan zoekt de consulent met ouders een ontvangende school en stelt die school een "
                "overgangsplan op; de Commissie van Toelaatbaarheid neemt dat plan voor 1 mei vast. Is terugkeer "
                "niet mogelijk, dan vraagt de s(b)o-school een nieuwe TLV aan volgens de procedure hierboven. Na "
                "terugkeer krijgt de ontvangende school een terugkeerarrangement: zes maanden ambulante begeleiding "
                "door een leerkracht van de s(b)o-school, betaald door het samenwerkingsverband.")]
    b += [("h1", "5 Organisatie")] + governance(c) + opr(c) + oogo(c) + personeel(c) + ict(c)
    b += [("h2", "5.7 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
                "aftrek van de afdrachten aan DUO voor leerlingen in het so en het sbo boven de 2%-grens verdelen we "
                "de middelen volgens een verdeelmodel dat de algemene vergadering in 2025 heeft vastgesteld."),
          ("p", "Elk bestuur ontvangt een bedrag van € 165 per leerling op de teldatum van 1 oktober van het "
                "voorgaande jaar, plus een vaste voet van € 8.000 per vestiging, zodat ook kleine scholen een "
                "minimale ondersteuningsformatie kunnen betalen. Het bedrag wordt in twee termijnen overgemaakt, in "
                "oktober en februari. De individuele en groepsarrangementen worden niet via de besturen verdeeld, "
                "maar door het Loket toegekend op aanvraag van de school, aan de hand van de beschrijving van de "
                "ondersteuningsbehoefte in het ondersteuningsteam."),
          ("p", "Waaraan de besturen hun deel van de middelen besteden, leggen zij vast in hun eigen "
                "bestuursjaarplan. De meerjarenbegroting 2026-2030 van het samenwerkingsverband wordt na vaststelling "
                "door de raad van toezicht als afzonderlijk document gepubliceerd; de bedragen waren bij het schrijven "
                "van dit plan nog niet bekend."),
          ("p", "De algemene reserve bedroeg eind 2025 € 1,2 miljoen, ruim onder de signaleringswaarde van de "
                "inspectie. Het bestuur houdt een reserve aan van ten hoogste 5% van de baten als buffer voor "
                "schommelingen in de afdrachten.")]
    b += [("h1", "6 Kwaliteit en beoogde resultaten"),
          ("p", "Kwaliteit betekent voor ons in de eerste plaats dat we doen wat we afspreken. De directeur-bestuurder "
                "rapporteert drie keer per jaar aan de raad van toezicht over de financiële stand van zaken, de "
                "risico's en de naleving van wet- en regelgeving. De accountant controleert jaarlijks de "
                "jaarrekening en de rechtmatigheid van de bestedingen."),
          ("p", "Het samenwerkingsverband heeft een klachtenregeling en is aangesloten bij een landelijke "
                "klachtencommissie. Medewerkers werken volgens een integriteitscode. Jaarlijks maken we een "
                "risicoanalyse van de organisatie."),
          ("p", "Welke resultaten we in deze planperiode met passend onderwijs willen bereiken, en hoe we die "
                "gaan volgen, werken we uit in een kwaliteitskader dat in het eerste planjaar samen met de besturen "
                "wordt opgesteld. De resultaten van de vorige periode komen aan bod in het jaarverslag 2025."),
          ("h1", "7 Communicatie"),
          ("p", "Goede communicatie is voorwaarde voor vertrouwen. We communiceren met scholen via een maandelijkse "
                "nieuwsbrief voor intern begeleiders en directeuren en via het netwerk van consulenten."),
          ("p", "Ouders informeren we op meerdere manieren over de ondersteuning die in onze regio beschikbaar is. De "
                "website heeft een ouderpagina met een overzicht van de basisondersteuning, de arrangementen en de "
                "speciale scholen, en met uitleg over de weg naar een TLV. Er is een ouderfolder in het Nederlands, "
                "Engels, Arabisch en Pools, die scholen meegeven bij het eerste gesprek over extra ondersteuning. "
                "Elke school neemt in de schoolgids een vaste paragraaf over de ondersteuning op, en twee keer per "
                "jaar organiseren we een informatieavond voor ouders, in het voorjaar in Lingedal en in het najaar "
                "in Maasoever."),
          ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school. Zij kunnen dan terecht bij het "
                "onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland, dat het samenwerkingsverband samen met het "
                "VO-verband financiert maar dat zelfstandig werkt en uitsluitend het belang van het kind dient. Het "
                "steunpunt is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. Daarnaast kunnen "
                "ouders gratis een beroep doen op de landelijke Onderwijsconsulenten, en bij een geschil over "
                "toelating, verwijdering of het OPP op de Geschillencommissie passend onderwijs.")]
    b += [("h1", "8 Planning")] + planning(c)
    b += [("h1", "Bijlage: Begrippenlijst"),
          ("bullets", ["Basisondersteuning: de ondersteuning die alle scholen bieden.",
                       "Beoogde resultaten: de doelen die het samenwerkingsverband zich stelt.",
                       "Monitoring: het volgen van resultaten.",
                       "OJSP: ouder- en jeugdsteunpunt.",
                       "TLV: toelaatbaarheidsverklaring.",
                       "Terugplaatsing: terugkeer van een leerling uit het speciaal onderwijs naar het reguliere onderwijs.",
                       "Verdeelmodel: de manier waarop middelen worden verdeeld."])]
    return b


# ---------------------------------------------------------------------------
# Plan B — PO, .docx
# ---------------------------------------------------------------------------
CB = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs De Kempenrand", code="PO 30-07",
          periode="2026-2030", eind="2030", nbesturen="7", nscholen="44", nleerlingen="8.900",
          inwoners="115.000", gemeenten="Eersel-Heide, Bladelveen en Reusel-Kempen", bestuurder="mr. A. Janssen-Verbeek",
          fte="9,6", opr_datum="24 februari 2026", oogo_datum="29 januari 2026")


def plan_b():
    c = CB
    b = [("title", "Ondersteuningsplan 2026-2030: Samen sterk in de Kempenrand"),
         ("p", c['naam'] + ", " + c['code']),
         ("toc", ["Voorwoord", "Leeswijzer", "Missie en visie", "Onze regio in vogelvlucht",
                  "Deel 1 Ondersteuning",
                  "   1.1 Basisondersteuning", "   1.2 Het ondersteuningsaanbod in de regio",
                  "   1.3 Toelaatbaarheid tot sbo en so", "   1.4 Thuiszitters en zorgplicht",
                  "   1.5 Terug- en doorplaatsing",
                  "Deel 2 Organisatie", "   2.1 Bestuur en toezicht", "   2.2 Medezeggenschap",
                  "   2.3 Gemeenten", "   2.4 Personeel", "   2.5 ICT", "   2.6 Geld en middelen",
                  "   2.7 Ouders",
                  "Deel 3 Kwaliteit", "   3.1 Beoogde resultaten", "   3.2 Hoe we volgen en verantwoorden",
                  "   3.3 Terugblik 2022-2026", "Planning", "Afkortingen en begrippen"])]
    b += voorwoord(c)
    b += [("h1", "Leeswijzer"),
          ("p", "Het plan bestaat uit drie delen. Deel 1 gaat over de ondersteuning zelf: de basisondersteuning, het "
                "aanbod in de regio, de toelaatbaarheid, thuiszitters en de terug- en doorplaatsing van leerlingen "
                "uit het speciaal onderwijs. Deel 2 beschrijft de organisatie, inclusief de financiën en de "
                "informatie aan ouders. Deel 3 gaat over kwaliteit en resultaten. Achterin vindt u een lijst met "
                "afkortingen en begrippen.")]
    b += visie(c) + regio(c) + landelijk(c)
    b += [("h1", "Deel 1 Ondersteuning"),
          ("h2", "1.1 Basisondersteuning"),
          ("p", "Basisondersteuning is de ondergrens die de zeven besturen samen hebben vastgesteld: het niveau van "
                "ondersteuning dat iedere vestiging in de Kempenrand, zonder tussenkomst van het "
                "samenwerkingsverband, aan elke leerling biedt. Geen enkele school mag daaronder zakken. Een school "
                "kan meer bieden dan de basisondersteuning, maar nooit minder."),
          ("p", "Welke voorzieningen en interventies daar per school concreet onder vallen, beschrijft iedere school "
                "in haar schoolondersteuningsprofiel. Het gezamenlijke overzicht, de Kaart Basisondersteuning "
                "Kempenrand, is als bijlage 2 bij dit plan gevoegd en staat ook op onze website."),
          ("h2", "1.2 Het ondersteuningsaanbod in de regio"),
          ("p", "Voor een overzicht van alle arrangementen, bovenschoolse voorzieningen en speciale scholen in de regio "
                "verwijzen we naar de Sociale Kaart Passend Onderwijs op onze website. Die kaart wordt door het "
                "bureau actueel gehouden en is daarom niet in dit plan opgenomen."),
          ("h2", "1.3 Toelaatbaarheid tot sbo en so"),
          ("p", "De route naar het speciaal basisonderwijs of het speciaal onderwijs staat in onderstaande tabel."),
          ("table", [["Stap", "Wie", "Wat", "Termijn"],
                     ["1", "School en ouders", "Bespreking in het multidisciplinair overleg (MDO) met de onderwijsadviseur van het SWV; ouders geven hun zienswijze", "-"],
                     ["2", "Bevoegd gezag van de school van inschrijving", "Indienen aanvraag TLV met OPP, onderwijskundig rapport en MDO-verslag bij de Commissie Toewijzing", "binnen 2 weken na MDO"],
                     ["3", "Twee deskundigen", "Afzonderlijk schriftelijk advies: orthopedagoog of GZ-psycholoog, plus een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog) naargelang de leerling", "binnen 3 weken"],
                     ["4", "Commissie Toewijzing", "Besluit over toelaatbaarheid en, bij so, de bekostigingscategorie", "binnen 6 weken na complete aanvraag"],
                     ["5", "Ouders / bevoegd gezag", "Bezwaar tegen het besluit via de Landelijke Bezwaaradviescommissie (LBT)", "binnen 6 weken na besluit"]]),
          ("p", "De commissie hanteert de volgende criteria."),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                     ["sbo", "de school aantoonbaar een jaar handelingsgericht heeft gewerkt met een OPP, ten minste één arrangement is ingezet en geëvalueerd, en de leerling een intensieve, ononderbroken begeleiding in een kleine groep nodig heeft die de reguliere school niet kan bieden"],
                     ["so cluster 3", "de leerling een verstandelijke, lichamelijke of meervoudige beperking heeft (vastgesteld met IQ-onderzoek of medisch onderzoek) en daardoor is aangewezen op een gespecialiseerde leeromgeving met zorg"],
                     ["so cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft die in het sbo niet kan worden opgevangen en waarvoor jeugdhulp is betrokken"],
                     ["categorie midden/hoog", "de leerling lichamelijk gehandicapt (midden) of meervoudig gehandicapt (hoog) is; in alle andere gevallen categorie laag"]]),
          ("p", "Een TLV sbo wordt afgegeven voor drie schooljaren, een TLV so voor twee schooljaren, steeds tot en met "
                "31 juli van het laatste schooljaar."),
          ("h2", "1.4 Thuiszitters en zorgplicht"),
          ("p", "Geen kind hoort thuis te zitten. Wanneer een school een leerling niet kan plaatsen of een leerling "
                "langer dan drie weken verzuimt, meldt de school dat binnen vijf werkdagen bij het bureau. Eens per "
                "maand komt de thuiszitterstafel bijeen, met de leerplichtambtenaren van de drie gemeenten, de "
                "onderwijsadviseurs en het jeugdteam. Voor iedere gemelde leerling wordt een trajectbegeleider "
                "aangewezen die binnen vier weken een plan maakt om de leerling weer onderwijs te laten volgen."),
          ("p", "Om te zien waar het aanbod tekortschiet, houden we een wachtlijstmonitor bij: iedere sbo- en "
                "so-locatie meldt maandelijks hoeveel leerlingen met een TLV wachten op een plek. Ontstaan er "
                "wachttijden van meer dan acht weken, dan bespreekt de directeur-bestuurder met de betrokken besturen "
                "een tijdelijke oplossing; structurele tekorten leiden tot een voorstel aan het algemeen bestuur. "
                "Het bestuur van de school van aanmelding houdt de zorgplicht totdat de leerling elders is "
                "ingeschreven."),
          ("h2", "1.5 Terug- en doorplaatsing"),
          ("p", "Deze paragraaf wordt in de definitieve versie aangevuld.")]
    b += [("h1", "Deel 2 Organisatie")] + governance(c) + bedrijfsvoering(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict(c)
    b += [("h2", "2.6 Geld en middelen"),
          ("p", "De Kempenrand werkt met een schoolmodel: het grootste deel van het geld gaat naar de besturen, die "
                "daarmee de ondersteuning op hun scholen organiseren. Na aftrek van de afdrachten voor het sbo en so "
                "verdeelt het samenwerkingsverband de lichte ondersteuningsmiddelen naar rato van het aantal "
                "leerlingen op 1 oktober: € 182 per leerling. Voor de zware ondersteuning ontvangt elk bestuur "
                "daarnaast een bedrag per leerling van € 95 en een vaste voet van € 10.000 per school. Het algemeen "
                "bestuur stelt de verdeling jaarlijks vóór 1 juli vast bij de begroting voor het volgende "
                "kalenderjaar."),
          ("p", "Besturen mogen de middelen alleen inzetten voor ondersteuning boven de basisondersteuning: "
                "onderwijsassistenten voor arrangementen, specialisten, kleine groepen en scholing die daaraan "
                "bijdraagt. Zij leggen daarover jaarlijks verantwoording af met een bestedingsverslag per school, dat "
                "de controller toetst."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "6.410", "6.330", "6.250", "6.180"],
                     ["Afdrachten sbo en so (DUO)", "-2.540", "-2.520", "-2.500", "-2.480"],
                     ["Schoolbudgetten besturen", "2.650", "2.610", "2.570", "2.540"],
                     ["Arrangementen via Commissie Toewijzing", "520", "510", "500", "490"],
                     ["Thuiszitterstafel en trajectbegeleiding", "180", "180", "180", "180"],
                     ["Bureau en personeel", "810", "820", "830", "840"],
                     ["Resultaat", "-290", "-310", "-330", "-350"]]),
          ("p", "De negatieve resultaten zijn bewust: we bouwen de reserve, die eind 2025 € 2,3 miljoen bedroeg, in vier "
                "jaar af tot het niveau van de signaleringswaarde."),
          ("h2", "2.7 Ouders"),
          ("p", "Ouders hebben recht op goede informatie over wat er in de regio mogelijk is. Op de ouderpagina van de "
                "website staat uitleg over ondersteuning, arrangementen en de route naar het sbo en so. Er is een "
                "ouderfolder die iedere school uitreikt bij de start van een MDO. Elk najaar organiseren we een "
                "informatieavond over passend onderwijs in elk van de drie gemeenten, en het "
                "schoolondersteuningsprofiel van elke school staat op de website van de school."),
          ("p", "Ook ouders die een onafhankelijk steunpunt zoeken, willen we goed helpen. Zodra de wet het ouder- en "
                "jeugdsteunpunt verplicht stelt, richten we dat in; over de vormgeving volgt nader bericht.")]
    b += [("h1", "Deel 3 Kwaliteit"),
          ("h2", "3.1 Beoogde resultaten"),
          ("p", "Voor de planperiode hebben we vier beoogde resultaten vastgesteld voor leerlingen die extra "
                "ondersteuning nodig hebben:"),
          ("bullets", ["Het aantal thuiszitters langer dan drie maanden daalt van 14 (1 oktober 2025) naar maximaal 5 in 2030.",
                       "Het deelnamepercentage sbo en so samen blijft onder 3,4% (landelijk gemiddelde 2025: 3,6%).",
                       "95% van de TLV-besluiten wordt binnen zes weken genomen (2025: 81%).",
                       "Ouders van leerlingen met een arrangement geven de samenwerking met school gemiddeld minimaal een 7,5."]),
          ("h2", "3.2 Hoe we volgen en verantwoorden"),
          ("p", "We volgen de resultaten met een kwaliteitskalender. Elk kwartaal verzamelt de beleidsmedewerker de "
                "cijfers uit de registratie, de wachtlijstmonitor en de thuiszitterstafel. Eenmaal per jaar houden we "
                "een tevredenheidspeiling onder ouders van leerlingen met een arrangement. De directeur-bestuurder "
                "rapporteert de cijfers twee keer per jaar aan het algemeen bestuur en de OPR; in het jaarverslag "
                "beschrijven we welke resultaten bereikt zijn en wat ze hebben gekost. Blijft een resultaat achter, "
                "dan stelt het bestuur bij het jaarplan bijsturingsmaatregelen vast."),
          ("h2", "3.3 Terugblik 2022-2026"),
          ("p", "In de vorige periode daalde het aantal thuiszitters van 21 naar 14, steeg het deelnamepercentage sbo "
                "licht van 2,0% naar 2,2% en werd de doorlooptijd van TLV-aanvragen korter. De uitstroom van groep 8 "
                "naar het voortgezet onderwijs verliep volgens de afspraken met het VO-verband.")]
    b += [("h1", "Planning")] + planning(c)
    b += [("h1", "Afkortingen en begrippen"),
          ("table", [["Term", "Betekenis"],
                     ["MDO", "Multidisciplinair overleg"],
                     ["OJSP", "Ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders"],
                     ["SOP", "Schoolondersteuningsprofiel"],
                     ["Terugplaatsing", "Het terugplaatsen van een leerling uit sbo of so naar het basisonderwijs na afloop van de TLV"],
                     ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat er voor elk kind een plek is"],
                     ["TLV", "Toelaatbaarheidsverklaring"]])]
    return b


# ---------------------------------------------------------------------------
# Plan C — PO, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------
CC = dict(naam="Samenwerkingsverband Passend Onderwijs Heuvelland en Geuldal", code="PO 31-08",
          periode="2026-2030", eind="2030", nbesturen="6", nscholen="41", nleerlingen="7.300",
          inwoners="98.000", gemeenten="Geuldal, Heuvelrand en Gulpenberg", bestuurder="dr. M. Bemelmans",
          fte="8", opr_datum="17 maart 2026", oogo_datum="5 februari 2026")


def plan_c():
    c = CC
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", c['naam'] + " (" + c['code'] + ")"),
         ("p", "Iedereen doet mee - ieder kind een plek"),
         ("toc", ["1 Voorwoord", "2 Missie en visie", "3 Onze regio in vogelvlucht",
                  "4 Ondersteuning", "   4.1 Wat elke school waarmaakt", "   4.2 De ondersteuningsladder",
                  "   4.3 Geen kind buiten beeld", "   4.4 Naar het speciaal (basis)onderwijs",
                  "   4.5 Weer terug naar de basisschool",
                  "5 Organisatie", "   5.1 Bestuur en toezicht", "   5.2 OPR", "   5.3 Gemeenten",
                  "   5.4 Financiën", "   5.5 Personeel en ICT",
                  "6 Kwaliteit", "   6.1 Wat we willen bereiken", "   6.2 Monitoring en verantwoording",
                  "7 Ouders als partner", "8 Planning", "Begrippenlijst"])]
    b += voorwoord(c) + visie(c) + regio(c) + landelijk(c)
    b += [("h1", "4 Ondersteuning"),
          ("h2", "4.1 Wat elke school waarmaakt"),
          ("p", "Of een kind nu in Geuldal, Heuvelrand of Gulpenberg naar school gaat: er is een vaste ondergrens "
                "die alle 41 schoolvestigingen van de zes besturen waarmaken. Die ondergrens is door de besturen "
                "samen vastgelegd en wordt niet per school opnieuw bepaald. Ouders kunnen er dus op rekenen, ook als "
                "zij verhuizen of van school wisselen."),
          ("p", "Concreet betekent dit dat u op iedere school het volgende aantreft. Er is een intern begeleider die "
                "minstens twee dagdelen per week beschikbaar is voor overleg met ouders en leerkrachten. De school "
                "volgt alle kinderen twee keer per jaar met een leerlingvolgsysteem en bespreekt de uitkomsten in "
                "groepsbesprekingen. Kinderen met lees- of rekenproblemen krijgen minimaal drie keer per week "
                "verlengde instructie in een kleine groep, volgens de landelijke protocollen voor dyslexie en "
                "dyscalculie. Elke school heeft een aanpak voor sociale veiligheid, een anti-pestcoördinator en een "
                "vaste gedragsspecialist binnen het bestuur. Voor kinderen die meer aankunnen is er een "
                "verrijkingsaanbod in de klas. Er is een protocol medisch handelen, en de school werkt samen met de "
                "jeugdverpleegkundige en het gebiedsteam van de gemeente. Voor ieder kind dat op een eigen leerlijn "
                "komt, stelt de school met ouders een ontwikkelingsperspectief op."),
          ("p", "Twee keer per planperiode bezoekt een auditteam van intern begeleiders van andere besturen elke "
                "school om na te gaan of deze afspraken worden nagekomen. De uitkomst wordt besproken met de "
                "schoolleiding en het bestuur."),
          ("h2", "4.2 De ondersteuningsladder"),
          ("p", "We beschrijven de ondersteuning als een ladder met vijf treden. Trede 1 en 2 zijn de ondersteuning in "
                "de klas en op school, zoals hierboven beschreven. Op trede 3 schakelt de school de onderwijscoach "
                "van het samenwerkingsverband in, die meekijkt en adviseert en zo nodig een kortdurend arrangement "
                "toekent, bijvoorbeeld tien weken extra begeleiding. Trede 4 zijn de bovenschoolse voorzieningen: de "
                "Kangoeroeklas voor hoogbegaafde leerlingen, de taalschool voor nieuwkomers in Geuldal en de "
                "tussenvoorziening De Brug voor kinderen die tijdelijk niet in een gewone groep kunnen functioneren. "
                "Trede 5 is het speciaal basisonderwijs (twee scholen) en het speciaal onderwijs cluster 3 en 4 "
                "(drie scholen in de regio, plus enkele plekken buiten de regio). Een kind stapt alleen een trede "
                "hoger als de vorige trede aantoonbaar niet volstaat, en kan ook weer een trede lager."),
          ("h2", "4.3 Geen kind buiten beeld"),
          ("p", "Scholen melden bij het bureau elk kind dat thuiszit, op een wachtlijst staat of voor wie zij geen "
                "passend aanbod vinden. Bij iedere melding gaat de onderwijscoach na of het knelpunt ligt aan het "
                "ontbreken van een voorziening in de regio. Zulke signalen agenderen we in het bestuurdersoverleg, "
                "dat besluit of er extra plekken of een nieuwe voorziening nodig zijn; zo is in 2025 De Brug "
                "uitgebreid met een tweede groep. Voor elke thuiszitter wordt binnen twee weken een "
                "casusregisseur aangewezen, die samen met leerplicht en de jeugdhulp een plan maakt. Komen "
                "school, ouders en hulpverlening er niet uit, dan kan de casusregisseur het Escalatieoverleg "
                "inschakelen, waarin bestuurders van de betrokken schoolbesturen en de gemeente een bindende "
                "afspraak maken over de plek van het kind."),
          ("h2", "4.4 Naar het speciaal (basis)onderwijs"),
          ("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, welke stukken daarbij horen en wie "
                "beslist, is beschreven in de Werkwijzer Toelaatbaarheid op www.passendheuvelland.nl. Hier beperken "
                "we ons tot de vraag wanneer een kind toelaatbaar is."),
          ("p", "Voor het sbo is een kind toelaatbaar als trede 3 ten minste een half jaar is ingezet en geëvalueerd "
                "en de ontwikkeling van het kind op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, "
                "werkhouding) zo ver achterblijft dat een kleinere groep met een specialistisch team nodig is. Voor "
                "het so cluster 3 moet daarnaast sprake zijn van een vastgestelde verstandelijke beperking (IQ "
                "onder 70) of een lichamelijke of langdurige ziekte die intensieve zorg in de klas vraagt. Voor het so "
                "cluster 4 moet sprake zijn van ernstige gedrags- of psychiatrische problemen, waarvoor jeugdhulp is "
                "betrokken, en die de veiligheid van het kind of de groep in gevaar brengen. Voor zeer jonge kinderen "
                "(tot 6 jaar) kan de toelaatbaarheid tijdelijk worden verklaard voor een observatieperiode."),
          ("p", "Het so kent drie bekostigingscategorieën: laag voor de meeste leerlingen in cluster 4 en met een "
                "verstandelijke beperking, midden voor leerlingen met een lichamelijke beperking en hoog voor "
                "leerlingen met een meervoudige beperking."),
          ("h2", "4.5 Weer terug naar de basisschool"),
          ("p", "Het speciaal (basis)onderwijs is voor veel kinderen een tijdelijke plek. Wij vinden dat een kind "
                "terug moet kunnen naar een basisschool in de eigen woonplaats zodra dat kan, en dat de basisschool "
                "zich daar niet aan kan onttrekken als de benodigde ondersteuning binnen haar mogelijkheden ligt. "
                "Een kind keert alleen terug als het OPP laat zien dat het de doelen van trede 3 haalt en als ouders "
                "de terugkeer steunen. Na terugkeer krijgt de ontvangende school gedurende een schooljaar een "
                "terugkeerarrangement van twee dagdelen per week begeleiding door de sbo- of so-school."),
          ("p", "Een stappenplan waarin staat wie het initiatief neemt, wanneer de evaluatiemomenten liggen en wie "
                "besluit, stellen we in de loop van het schooljaar 2026-2027 samen met de sbo- en so-scholen vast.")]
    b += [("h1", "5 Organisatie")] + governance(c) + opr(c) + oogo(c)
    b += [("h2", "5.4 Financiën"),
          ("p", "Het financiële deel van het ondersteuningsplan, met het verdeelmodel en de meerjarenbegroting, is "
                "als afzonderlijk document aan de OPR voorgelegd (bijlage 5) en wordt jaarlijks bij de begroting "
                "opnieuw vastgesteld. Uitgangspunt blijft dat de ondersteuningsmiddelen zo dicht mogelijk bij het "
                "kind terechtkomen.")]
    b += personeel(c) + kennisdeling(c) + ict(c) + bedrijfsvoering(c)
    b += [("h1", "6 Kwaliteit"),
          ("h2", "6.1 Wat we willen bereiken"),
          ("p", "Voor kinderen met een ondersteuningsbehoefte hebben we voor 2030 vijf ambities geformuleerd, elk met "
                "een streefwaarde:"),
          ("table", [["Ambitie", "Nu (2025)", "Streefwaarde 2030"],
                     ["Kinderen die langer dan 4 weken thuiszitten", "11", "hoogstens 3"],
                     ["Terugkeer uit sbo/so naar de basisschool per jaar", "6", "15"],
                     ["Kinderen met een arrangement die binnen een jaar terug kunnen naar trede 2", "-", "60%"],
                     ["Wachttijd voor een plek in De Brug", "11 weken", "maximaal 4 weken"],
                     ["Scholen die bij de audit volledig aan de ondergrens voldoen", "34 van 41", "alle 41"]]),
          ("h2", "6.2 Monitoring en verantwoording"),
          ("p", "Hoe en wanneer we de voortgang op deze ambities meten en aan wie we daarover rapporteren, leggen we "
                "vast zodra het nieuwe registratiesysteem beschikbaar is. Tot die tijd is dit onderdeel in "
                "ontwikkeling."),
          ("h1", "7 Ouders als partner"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Daarom betrekken we hen bij elke stap op de "
                "ondersteuningsladder: de school vraagt instemming voor een arrangement en ouders zijn aanwezig bij "
                "elk overleg over hun kind."),
          ("p", "Welke ondersteuning er is en hoe je die krijgt, staat in de Ouderwijzer Passend Onderwijs, een boekje "
                "dat elke school bij de intake en bij het eerste gesprek over extra ondersteuning aan ouders "
                "meegeeft en dat ook digitaal en in eenvoudige taal beschikbaar is. De onderwijscoaches houden "
                "daarnaast elke woensdagochtend een spreekuur voor ouders in de bibliotheek van Geuldal, en de "
                "scholen nemen de ondersteuningsladder op in hun schoolgids."),
          ("p", "Niet elke vraag kan of wil een ouder met de school of met ons bespreken. Wie onafhankelijk advies zoekt, "
                "kan terecht bij het Ouder- en Jeugdsteunpunt Zuid, dat los staat van scholen en "
                "samenwerkingsverband en kosteloos met ouders meedenkt, meegaat naar gesprekken en bemiddelt. "
                "Ouders kunnen daarnaast de landelijke Onderwijsconsulenten inschakelen.")]
    b += [("h1", "8 Planning")] + planning(c)
    b += [("h1", "Begrippenlijst"),
          ("bullets", ["Arrangement: ondersteuning op maat, toegekend door het samenwerkingsverband.",
                       "Meerjarenbegroting: begroting voor meerdere jaren met de verdeling van de ondersteuningsmiddelen.",
                       "Verdeelmodel: regels voor de verdeling van middelen over besturen.",
                       "Toelaatbaarheidsverklaring (TLV): besluit dat een kind naar sbo of so mag.",
                       "Terugplaatsing: terugkeer uit sbo of so naar het basisonderwijs.",
                       "Monitoring: het systematisch volgen van resultaten."])]
    return b


# ---------------------------------------------------------------------------
# Plan D — VO, .pdf (rendered from .docx), a 'concept' with open parts
# ---------------------------------------------------------------------------
CD = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Vallei en Veluwerand", code="VO 25-12",
          periode="2026-2030", eind="2030", nbesturen="8", nscholen="17", nleerlingen="13.800",
          inwoners="210.000", gemeenten="Valleistad, Heerde-Veld en Rhenenburg", bestuurder="ir. P. de Boer",
          fte="12", opr_datum="19 maart 2026", oogo_datum="3 februari 2026", vo=True, opr_neutraal=True)


def plan_d():
    c = CD
    b = [("title", "Ondersteuningsplan 2026-2030 (concept ter instemming)"),
         ("p", c['naam'] + " - " + c['code']),
         ("toc", ["1 Voorwoord", "2 Missie en visie", "3 Onze regio in vogelvlucht",
                  "4 Ondersteuning", "   4.1 Basisondersteuning", "   4.2 Extra ondersteuning en voorzieningen",
                  "   4.3 Toelaatbaarheid vso, lwoo en pro", "   4.4 Terug naar het regulier vo",
                  "   4.5 Dekkend aanbod",
                  "5 Organisatie", "   5.1 Bestuur en toezicht", "   5.2 OPR", "   5.3 OOGO",
                  "   5.4 Personeel", "   5.5 ICT en privacy", "   5.6 Financieel beleid",
                  "6 Kwaliteitszorg en resultaten", "7 Ouders en leerlingen", "8 Planning",
                  "Bijlage A Afkortingenlijst"])]
    b += voorwoord(c) + visie(c) + regio(c) + landelijk(c)
    b += [("h1", "4 Ondersteuning"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "De afspraken over basisondersteuning uit het vorige plan zijn verlopen. Omdat de minister een "
                "landelijke norm voor basisondersteuning heeft aangekondigd, herijken we niveau en inhoud pas als die "
                "norm bekend is. Dit onderdeel is daarom in dit concept nog p.m."),
          ("h2", "4.2 Extra ondersteuning en voorzieningen"),
          ("p", "Waar een school met haar eigen mogelijkheden niet uitkomt, kan zij een beroep doen op een opbouwend "
                "aanbod van extra ondersteuning. Een school kan bij het samenwerkingsverband een schoolarrangement "
                "aanvragen voor een individuele leerling, bijvoorbeeld extra coaching, een tijdelijk aangepast "
                "rooster met begeleiding of inzet van een jobcoach in de bovenbouw van het vmbo. Daarnaast zijn er "
                "drie bovenschoolse voorzieningen: het OPDC De Overstap in Valleistad, waar leerlingen maximaal twee "
                "jaar in een kleine setting werken aan een vmbo-diploma of de terugkeer naar hun school; de "
                "Reboundvoorziening, voor een time-out van ten hoogste twaalf weken; en de Schakelklas voor "
                "nieuwkomers, die aansluit op de ISK. Voor leerlingen die onderwijs en jeugdhulp tegelijk nodig hebben "
                "zijn er onderwijs-zorgarrangementen, die samen met de gemeenten worden bekostigd."),
          ("p", "Voor leerlingen die meer nodig hebben, kent de regio drie scholen voor voortgezet speciaal onderwijs "
                "(twee cluster 4, één cluster 3), twee scholen voor praktijkonderwijs en zes scholen met "
                "leerwegondersteunend onderwijs. Tussen deze voorzieningen en de reguliere scholen is doorstroming "
                "in beide richtingen mogelijk."),
          ("h2", "4.3 Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring nodig. De vo-school waar de leerling is "
                "ingeschreven of aangemeld vraagt die aan bij de Commissie Toelaatbaarheid en Arrangementen (CTA). "
                "Bij de aanvraag horen het OPP, een verslag van het laatste ondersteuningsteam en de "
                "evaluatie van de ingezette arrangementen. Een orthopedagoog of psycholoog van het "
                "samenwerkingsverband en een tweede deskundige, afhankelijk van de vraag een jeugdarts, "
                "kinderpsychiater of maatschappelijk werker, brengen ieder afzonderlijk schriftelijk advies uit. De "
                "CTA besluit binnen zes weken; de directeur-bestuurder ondertekent het besluit."),
          ("p", "Een leerling komt in aanmerking voor een TLV vso als aan alle drie de volgende voorwaarden is voldaan: "
                "(1) de school heeft ten minste één schoolarrangement of een plaatsing in OPDC of Rebound ingezet en "
                "geëvalueerd; (2) de ondersteuningsbehoefte vraagt om een combinatie van een kleine groep, een "
                "specialistisch team en een aangepast curriculum die binnen het regulier vo niet te organiseren is; "
                "(3) voor cluster 3 is daarnaast een verstandelijke, lichamelijke of langdurig medische beperking "
                "vastgesteld, voor cluster 4 een psychiatrische of ernstige gedragsproblematiek die door een "
                "jeugdhulpaanbieder is onderkend. Een TLV vso geldt voor twee schooljaren, in categorie laag, midden "
                "of hoog."),
          ("p", "Voor lwoo en pro volgt het samenwerkingsverband de landelijke criteria. Een leerling is aangewezen op "
                "lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50% op ten minste twee van de "
                "domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling, of bij een IQ tussen "
                "91 en 120 met een dergelijke leerachterstand én sociaal-emotionele problematiek. Een leerling is "
                "toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten "
                "minste 50% op twee domeinen, waarvan één inzichtelijk rekenen of begrijpend lezen. De "
                "basisschool levert het onderwijskundig rapport en de testgegevens uiterlijk 1 februari aan via de vo-school "
                "van aanmelding; de CTA beslist vóór 1 april, zodat de leerling weet waar hij in augustus start. "
                "Aanwijzingen voor lwoo gelden voor de duur van de opleiding."),
          ("p", "Tegen elk besluit van de CTA kan binnen zes weken bezwaar worden gemaakt. Het samenwerkingsverband "
                "legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "4.4 Terug naar het regulier vo"),
          ("p", "Een vso-plaatsing is nooit vanzelfsprekend blijvend. Het samenwerkingsverband streeft ernaar dat "
                "leerlingen die zich in het vso goed ontwikkelen hun schoolloopbaan in het regulier vo of op het mbo "
                "kunnen vervolgen, met een diploma dat past bij hun mogelijkheden. Terugplaatsing gebeurt alleen "
                "als de leerling dat wil, de vso-school het OPP-doel 'zelfstandig functioneren in een "
                "grote groep' als behaald beoordeelt, en een ontvangende school bereid is het benodigde "
                "schoolarrangement te bieden."),
          ("p", "De vso-school evalueert het OPP ieder jaar. In het laatste jaar van de TLV beoordeelt de vso-school "
                "vóór 1 maart samen met de consulent van het samenwerkingsverband of terugplaatsing mogelijk is. De "
                "consulent zoekt dan met de leerling een ontvangende school; de CTA stelt vóór 1 juni een "
                "overstaparrangement vast. Dit arrangement houdt in dat een begeleider van de vso-school de leerling "
                "en de mentor op de nieuwe school het eerste jaar wekelijks begeleidt. Is terugplaatsing niet "
                "mogelijk, dan vraagt de vso-school bij de CTA een nieuwe TLV aan. In 2024-2025 keerden 23 "
                "leerlingen uit het vso terug naar het regulier vo of stroomden door naar het mbo."),
          ("h2", "4.5 Dekkend aanbod"),
          ("p", "Of het aanbod in onze regio dekkend is, en waar leerlingen tussen wal en schip raken, laten we in 2027 "
                "door een extern bureau onderzoeken. De uitkomsten en eventuele maatregelen nemen we daarna op in "
                "een addendum bij dit plan.")]
    b += [("h1", "5 Organisatie")] + governance(c) + bedrijfsvoering(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict(c)
    b += [("h2", "5.6 Financieel beleid"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning en voor lwoo "
                "en pro. De meerjarenbegroting laat zien waaraan we die middelen in de planperiode besteden."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen incl. lwoo/pro", "19.850", "19.600", "19.300", "19.050"],
                     ["Afdracht vso (DUO)", "6.900", "6.950", "7.000", "7.050"],
                     ["Lwoo- en pro-middelen naar besturen", "7.400", "7.250", "7.100", "6.950"],
                     ["Lichte ondersteuning naar besturen", "2.600", "2.550", "2.500", "2.450"],
                     ["OPDC De Overstap en Rebound", "1.450", "1.450", "1.450", "1.450"],
                     ["Schoolarrangementen en OZA", "780", "780", "760", "760"],
                     ["Bureau, CTA en consulenten", "1.150", "1.170", "1.190", "1.210"],
                     ["Saldo", "-430", "-550", "-700", "-820"]]),
          ("p", "Hoe de middelen voor lichte ondersteuning over de besturen worden verdeeld, bepaalt het nieuwe "
                "verdeelmodel waarover het algemeen bestuur in het voorjaar van 2027 besluit. Tot dat moment "
                "ontvangen de besturen een voorschot ter hoogte van het bedrag van 2025."),
          ("p", "De negatieve saldi komen ten laste van de algemene reserve, die daarmee in 2029 is teruggebracht tot "
                "de signaleringswaarde van de inspectie.")]
    b += [("h1", "6 Kwaliteitszorg en resultaten"),
          ("p", "Wij werken met een PDCA-cyclus. Elk kwartaal verzamelt de kwaliteitsmedewerker op een dashboard de "
                "kengetallen: aantal TLV's vso per categorie, deelnamepercentages vso, lwoo en pro ten opzichte van "
                "het landelijk gemiddelde op 1 oktober, doorlooptijden van de CTA, aantal schoolarrangementen, "
                "instroom en uitstroom van het OPDC en het aantal terugplaatsingen. De "
                "directeur-bestuurder bespreekt het dashboard twee keer per jaar met het algemeen bestuur en met de "
                "OPR. In het jaarverslag rapporteren we over de bereikte resultaten en de kosten per voorziening; "
                "iedere twee jaar laten we een onafhankelijke tevredenheidsmeting onder scholen en leerlingen "
                "uitvoeren."),
          ("p", "In 2024-2025 had 3,1% van de leerlingen een TLV vso (landelijk 3,5%), keerde 68% van de leerlingen uit "
                "het OPDC binnen twee jaar terug naar een reguliere school en nam de gemiddelde doorlooptijd van "
                "een CTA-besluit af tot 29 dagen."),
          ("p", "Welke resultaten we in de periode 2026-2030 willen bereiken, formuleren we nadat de evaluatie van het "
                "vorige plan is afgerond; de beoogde resultaten volgen in het voorjaar van 2027."),
          ("h1", "7 Ouders en leerlingen"),
          ("p", "Dit hoofdstuk wordt na het overleg met de OPR aangevuld.")]
    b += [("h1", "8 Planning")] + planning(c)
    b += [("h1", "Bijlage A Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"],
                     ["CTA", "Commissie Toelaatbaarheid en Arrangementen"],
                     ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["pro", "praktijkonderwijs"],
                     ["SOP", "schoolondersteuningsprofiel: beschrijving van de basisondersteuning van een school"],
                     ["TLV", "toelaatbaarheidsverklaring"]])]
    return b


# ---------------------------------------------------------------------------
# Plan E — PO, .md, 'op hoofdlijnen'
# ---------------------------------------------------------------------------
CE = dict(naam="Samenwerkingsverband Passend Onderwijs Zaanoever PO", code="PO 27-14",
          periode="2026-2030", eind="2030", nbesturen="5", nscholen="36", nleerlingen="6.700",
          inwoners="88.000", gemeenten="Zaanoever, Westwoud en Oostkerk", bestuurder="drs. L. Koster",
          fte="7,2", opr_datum="3 maart 2026", oogo_datum="22 januari 2026", oogo_kort=True)


def plan_e():
    c = CE
    b = [("title", "Ondersteuningsplan 2026-2030 - op hoofdlijnen"),
         ("p", "**" + c['naam'] + " (" + c['code'] + ")**"),
         ("toc", ["1 Voorwoord", "2 Missie en visie", "3 Onze regio in vogelvlucht",
                  "4 Ondersteuning: basisondersteuning, toelaatbaarheid, terugplaatsing, dekkend aanbod",
                  "5 Organisatie: bestuur, OPR, OOGO, personeel, ICT, financiën",
                  "6 Kwaliteit: beoogde en bereikte resultaten",
                  "7 Ouders: informatie en onafhankelijke ondersteuning", "8 Planning", "Begrippen"])]
    b += voorwoord(c) + visie(c) + regio(c) + landelijk(c)
    b += [("h1", "Terugblik op de planperiode 2022-2026"),
          ("p", "Het vorige plan stond in het teken van vereenvoudiging. We hebben het aantal formulieren voor "
                "scholen sterk teruggebracht: een aanvraag voor ondersteuning vraagt nu nog één groeidocument in "
                "plaats van vier losse formulieren. Intern begeleiders waarderen die verandering, zo bleek uit een "
                "rondgang langs alle scholen in het voorjaar van 2025."),
          ("p", "Niet alles is gelukt. De samenwerking met de kinderopvang en de peuterspeelzalen is minder van de "
                "grond gekomen dan we hadden gehoopt, onder meer door personeelswisselingen bij de partners. Ook "
                "het voornemen om een gezamenlijk scholingsprogramma met het VO-verband op te zetten, is niet "
                "uitgevoerd. Die punten nemen we mee, maar maken we in dit plan niet opnieuw tot speerpunt."),
          ("p", "Wat wel goed ging, is de samenwerking tussen de besturen onderling. De vijf besturen kennen elkaar "
                "beter dan vier jaar geleden, durven elkaar aan te spreken en lossen knelpunten steeds vaker samen "
                "op. Die basis van vertrouwen is belangrijk voor de komende jaren, waarin de middelen door de "
                "daling van het leerlingaantal krapper worden en we scherpere keuzes moeten maken. De cijfers over "
                "de vorige periode staan in het jaarverslag; in hoofdstuk 6 geven we de nulmeting waarmee we deze "
                "periode starten."),
          ("h1", "4 Ondersteuning"),
          ("p", "Dit plan beschrijft op hoofdlijnen wat de vijf besturen samen afspreken. Hoe scholen de afspraken "
                "uitvoeren, bepalen zij binnen die kaders zelf."),
          ("h2", "4.1 Wat ieder kind op elke school mag verwachten"),
          ("p", "De besturen hebben samen één gemeenschappelijk niveau van basisondersteuning vastgesteld, dat "
                "geldt voor alle 36 vestigingen in Zaanoever, Westwoud en Oostkerk. Een school hoeft hiervoor "
                "niets aan te vragen en kan niet besluiten een onderdeel weg te laten. De basisondersteuning omvat "
                "ten minste:"),
          ("bullets", ["een intern begeleider die per 150 leerlingen minimaal één dag per week beschikbaar is;",
                       "twee keer per jaar een groepsbespreking en een analyse van de toetsgegevens per groep;",
                       "een dyslexieaanpak volgens het landelijke protocol, met vanaf groep 3 extra leesbegeleiding "
                       "in een kleine groep, en een vergelijkbare aanpak voor ernstige rekenproblemen;",
                       "een programma voor sociale veiligheid en een aandachtsfunctionaris voor gedrag;",
                       "aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (compacten en verrijken);",
                       "een protocol medisch handelen;",
                       "een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken."]),
          ("p", "Het bestuur van iedere school rapporteert jaarlijks in het bestuursgesprek met de directeur van het "
                "samenwerkingsverband of de basisondersteuning op al zijn scholen op orde is."),
          ("h2", "4.2 Toelaatbaarheid"),
          ("p", "Voor de procedure en de criteria bij de toewijzing van toelaatbaarheidsverklaringen voor sbo en so "
                "verwijzen we naar het Handboek Toewijzing en Toelaatbaarheid op onze website."),
          ("h2", "4.3 Terugplaatsing"),
          ("p", "Voor iedere leerling in het sbo of so van wie de toelaatbaarheidsverklaring afloopt, geldt de "
                "volgende procedure. De s(b)o-school neemt het initiatief: in oktober van het laatste TLV-jaar "
                "plant zij een evaluatiegesprek met ouders, de consulent van het samenwerkingsverband en de intern "
                "begeleider van een mogelijk ontvangende basisschool. De consulent legt de uitkomst vast in een "
                "verslag. De directeur van het samenwerkingsverband besluit uiterlijk 15 maart of de leerling per "
                "1 augustus naar een basisschool overstapt of dat de s(b)o-school een verlenging van de TLV "
                "aanvraagt. Ouders ontvangen dat besluit schriftelijk."),
          ("p", "Onze uitgangspunten voor terugplaatsing - wat we ermee willen bereiken, onder welke voorwaarden een "
                "kind terugkeert en welke begeleiding de ontvangende school krijgt - leggen we vast in een "
                "beleidsnotitie die de OPR in 2027 ter instemming ontvangt."),
          ("h2", "4.4 Dekkend aanbod"),
          ("p", "Een dekkend aanbod is een van de thema's voor de nieuwe planperiode. Een uitwerking volgt in het "
                "jaarplan 2027.")]
    b += [("h1", "5 Organisatie")] + governance(c) + bedrijfsvoering(c) + opr(c) + oogo(c) + personeel(c) + kennisdeling(c) + ict(c)
    b += [("h2", "Financiën"),
          ("p", "Zaanoever verdeelt de ondersteuningsmiddelen volgens een verdeelsleutel die het bestuur in juni 2025 "
                "heeft vastgesteld. Na aftrek van de afdrachten voor sbo en so en de kosten van het bureau gaat 100% "
                "van de resterende middelen naar de besturen: 85% op basis van het aantal leerlingen op 1 oktober "
                "en 15% op basis van het aandeel leerlingen met een laag opleidingsniveau van de ouders volgens de "
                "CBS-indicator. Besturen ontvangen hun budget in twaalf maandelijkse termijnen."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "4.880", "4.820", "4.770", "4.720"],
                     ["Afdrachten sbo en so", "1.960", "1.950", "1.940", "1.930"],
                     ["Budgetten besturen (ondersteuningsformatie)", "2.250", "2.200", "2.160", "2.120"],
                     ["Scholing en netwerken IB", "90", "90", "90", "90"],
                     ["Ouder- en Jeugdsteunpunt", "60", "60", "60", "60"],
                     ["Bureau", "620", "630", "640", "650"],
                     ["Saldo", "-100", "-110", "-120", "-130"]]),
          ("p", "Besturen zetten hun budget in voor ondersteuningsformatie op de scholen: onderwijsassistenten, "
                "specialisten en extra uren voor intern begeleiders. Zij verantwoorden de inzet jaarlijks in hun "
                "bestuursverslag.")]
    b += [("h1", "6 Kwaliteit"),
          ("p", "Voor leerlingen met extra ondersteuningsbehoeften streven we in 2030 naar de volgende resultaten:"),
          ("table", [["Beoogd resultaat", "Nulmeting 2025", "2030"],
                     ["Deelnamepercentage sbo", "2,6%", "2,2%"],
                     ["Leerlingen met een OPP die de eigen doelen halen", "64%", "80%"],
                     ["Terugplaatsingen uit sbo/so per jaar", "4", "10"],
                     ["Ouders tevreden over de ondersteuning (rapportcijfer)", "6,9", "7,5"]]),
          ("p", "Ieder jaar in september verzamelt het bureau deze gegevens bij de scholen en uit de DUO-telling. De "
                "directeur bespreekt de uitkomsten in november met de besturen en de OPR en legt ze vast in het "
                "jaarverslag, samen met de uitgaven per bestuur. Elke twee jaar vragen we ouders van leerlingen met "
                "een OPP in een korte vragenlijst naar hun tevredenheid. Halverwege de planperiode, in 2028, houden "
                "we een tussenevaluatie.")]
    b += [("h1", "7 Ouders"),
          ("p", "Hoe we ouders gaan informeren over het ondersteuningsaanbod in de regio, werken we uit in een "
                "communicatieplan dat in 2027 verschijnt."),
          ("p", "Ouders die vastlopen of het oneens zijn met de school, kunnen kosteloos terecht bij het "
                "Ouder- en Jeugdsteunpunt Zaanoever. Het steunpunt is onafhankelijk van scholen en "
                "samenwerkingsverband, wordt bemand door twee ervaren oudercoaches en is bereikbaar op werkdagen "
                "via telefoon en chat. De coaches luisteren, leggen uit en gaan desgewenst mee naar gesprekken op "
                "school. Ook kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten of, bij een geschil "
                "over het OPP of verwijdering, op de Geschillencommissie passend onderwijs.")]
    b += [("h1", "8 Planning")] + planning(c)
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek is"],
                     ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een kind naar sbo of so mag, na advies van twee deskundigen"],
                     ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat"],
                     ["Arrangement", "Extra ondersteuning voor een leerling of groep"],
                     ["Ouderinformatie", "Informatie voor ouders via website, folder en schoolgids"]])]
    return b


# ---------------------------------------------------------------------------
# F — near miss: a school-level 'ondersteuningsplan' of one basisschool
# ---------------------------------------------------------------------------

def near_miss():
    b = [("title", "Ondersteuningsplan OBS De Regenboog 2025-2026"),
         ("p", "Zorgstructuur en ondersteuning op onze school"),
         ("p", "OBS De Regenboog, onderdeel van Stichting Openbaar Onderwijs Lingedal, aangesloten bij "
               "Samenwerkingsverband Passend Primair Onderwijs Maas en Linge"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De vijf ondersteuningsniveaus", "4 De zorgcyclus",
                  "5 Basisondersteuning op De Regenboog", "6 Extra ondersteuning en de rol van het samenwerkingsverband",
                  "7 Ouders", "8 Middelen", "9 Resultaten en evaluatie", "10 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Regenboog de ondersteuning aan onze leerlingen "
               "organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders, en wordt ieder jaar "
               "door de intern begeleider en de directeur bijgesteld. Het plan sluit aan bij ons "
               "schoolondersteuningsprofiel en bij het ondersteuningsplan van het samenwerkingsverband, maar is "
               "daar uitdrukkelijk geen onderdeel van. Waar in dit plan 'wij' staat, gaat het om het team van "
               "De Regenboog."),
         ("p", "De Regenboog is een openbare basisschool met 312 leerlingen in twaalf groepen. De school staat in "
               "een wijk met veel jonge gezinnen; ongeveer een derde van de leerlingen spreekt thuis ook een andere "
               "taal dan het Nederlands. Het team bestaat uit 24 medewerkers, onder wie een intern begeleider (0,8 "
               "fte), een gedragsspecialist en twee onderwijsassistenten."),
         ("h1", "2 Onze leerlingen"),
         ("p", "In het schooljaar 2024-2025 hadden 21 leerlingen een ontwikkelingsperspectief, ontvingen 9 "
               "leerlingen een arrangement van het samenwerkingsverband en werden 2 leerlingen verwezen naar het "
               "speciaal basisonderwijs. Eén leerling keerde vanuit het sbo terug en stroomde in groep 6 in. Vijf "
               "leerlingen namen deel aan de plusklas van het bestuur."),
         ("h1", "3 De vijf ondersteuningsniveaus"),
         ("p", "Wij werken met vijf ondersteuningsniveaus. Niveau 1 is goed onderwijs in de groep voor alle "
               "leerlingen, met instructie op drie niveaus. Niveau 2 is extra ondersteuning in de groep door de "
               "leerkracht, bijvoorbeeld verlengde instructie of pre-teaching. Niveau 3 is speciale ondersteuning "
               "binnen de school na overleg met de intern begeleider, zoals een remedial-teachingtraject of "
               "begeleiding door de onderwijsassistent. Niveau 4 is ondersteuning waarbij externe deskundigen "
               "worden ingeschakeld, zoals de consulent van het samenwerkingsverband, een logopedist of het "
               "jeugdteam. Niveau 5 is de verwijzing naar een andere school, zoals het sbo of so, waarvoor een "
               "toelaatbaarheidsverklaring van het samenwerkingsverband nodig is."),
         ("h1", "4 De zorgcyclus"),
         ("p", "Drie keer per jaar houdt de intern begeleider met elke leerkracht een groepsbespreking. Daarin "
               "bespreken we de resultaten van de methodetoetsen en de toetsen van het leerlingvolgsysteem, de "
               "sociaal-emotionele ontwikkeling en de groepsdynamiek. De leerkracht werkt de uitkomsten uit in een "
               "groepsoverzicht en een groepsplan. Leerlingen over wie zorgen bestaan, worden besproken in de "
               "leerlingbespreking, die maandelijks plaatsvindt."),
         ("p", "Als de ondersteuning binnen de school onvoldoende effect heeft, organiseert de intern begeleider een "
               "ondersteuningsteam (OT) met ouders, leerkracht en de consulent van het samenwerkingsverband. Het OT "
               "stelt een plan van aanpak op en evalueert dat na zes tot acht weken. Het OT kan besluiten een "
               "arrangement aan te vragen of een aanvraag voor een toelaatbaarheidsverklaring voor te bereiden; die "
               "aanvraag dient de directeur namens het schoolbestuur in bij het Loket van het samenwerkingsverband."),
         ("h1", "5 Basisondersteuning op De Regenboog"),
         ("p", "De basisondersteuning op onze school voldoet aan de tien standaarden die in het samenwerkingsverband "
               "zijn afgesproken. Daarnaast bieden wij een taalklas voor nieuwkomers op dinsdag en donderdag, "
               "werken wij met de Kanjertraining en is er een leesinterventie voor leerlingen uit groep 3 en 4 met "
               "een leesachterstand. Leerlingen met dyslexie kunnen gebruikmaken van voorleessoftware."),
         ("h1", "6 Extra ondersteuning en de rol van het samenwerkingsverband"),
         ("p", "Het samenwerkingsverband kent arrangementen toe op aanvraag van de school. Wij vragen jaarlijks "
               "gemiddeld acht tot tien arrangementen aan, vooral voor gedrag en taal. De consulent van het "
               "samenwerkingsverband komt iedere zes weken op school voor overleg met de intern begeleider. Bij een "
               "verwijzing naar het sbo of so volgen wij de procedure van het samenwerkingsverband; de beslissing "
               "over toelaatbaarheid ligt bij het samenwerkingsverband, niet bij de school."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de ouderapp en het "
               "tienminutengesprek over de ondersteuning van hun kind. Bij elk OT zijn ouders aanwezig, en zonder "
               "toestemming van ouders vragen wij geen arrangement of TLV aan. Ouders die een klacht hebben, kunnen "
               "terecht bij de vertrouwenspersoon van de school of bij de klachtencommissie van het bestuur. Voor "
               "onafhankelijk advies verwijzen wij naar het Ouder- en Jeugdsteunpunt Rivierenland."),
         ("h1", "8 Middelen"),
         ("p", "De school ontvangt via het bestuur een deel van de ondersteuningsmiddelen van het "
               "samenwerkingsverband. In 2025-2026 is dat circa € 52.000. Wij besteden dat aan de formatie van de "
               "intern begeleider boven 0,4 fte (€ 24.000), aan twee onderwijsassistenten voor samen 0,6 fte "
               "(€ 23.000) en aan scholing van het team over gedrag (€ 5.000)."),
         ("h1", "9 Resultaten en evaluatie"),
         ("p", "Wij evalueren dit plan in juni met het team en de MR. Indicatoren zijn het aantal leerlingen dat de "
               "doelen uit het OPP haalt, de uitkomsten van de eindtoets, het aantal verwijzingen en de tevredenheid "
               "van ouders in de tweejaarlijkse peiling. Ons doel voor 2025-2026 is dat minstens 75% van de "
               "leerlingen met een OPP de tussendoelen haalt."),
         ("h1", "10 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Startgesprekken met ouders; overdracht groepsoverzichten"],
                    ["oktober", "Groepsbesprekingen ronde 1"],
                    ["januari/februari", "Toetsperiode leerlingvolgsysteem; groepsbesprekingen ronde 2"],
                    ["maart", "Evaluatie OPP's met ouders"],
                    ["juni", "Toetsperiode; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan met team en MR"]])]
    return b


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el, advisory):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_crit, advisory, notes, plan=True):
    lines = ["documents: [" + ", ".join(documents) + "]", f"sector: {sector}"]
    if not plan:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "notes:",
                  "  document: " + q(notes)]
    else:
        crit = {k: (k not in false_crit) for k in CORE}
        st = {el: status(crit, el, advisory) for el in ELEMENTS}
        lines += ["looks_like_plan: true",
                  "elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}",
                  "criteria:"]
        lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
        lines += ["advisory_addressed:"]
        lines += [f"  {el}: [" + ", ".join(v) + "]" for el, v in advisory.items() if v]
        lines += ["notes:"]
        lines += [f"  {el}: " + q(notes[el]) for el in ELEMENTS if el in notes]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    made = {}
    # A: docx
    ba = plan_a()
    render_docx(ba, OUT / "po-maasenlinge-op.docx", header_text="SWV PPO Maas en Linge - Ondersteuningsplan 2026-2030")
    made["A"] = words(ba)
    write_label("po-maasenlinge-op", ["po-maasenlinge-op.docx"], "po",
                {"plaatsing.criteria", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "4.1: agreed minimum for all 58 vestigingen plus table of ten standards; borging via kwaliteitskaart and verbeterplan",
                 "plaatsing": "4.4: procedure complete (Loket, two deskundigen, CvT, 6 weeks, LBT) but criteria deferred to an afwegingskader appearing in 2026-2027",
                 "terugstroom": "hidden in 4.4 under 'Afloop van de TLV': policy (thuisnabij, conditions), steps before 1 Feb / 1 May, terugkeerarrangement",
                 "financien": "5.7 Geld en middelen: verdeelmodel (EUR 165 per leerling, vaste voet EUR 8.000, arrangements via Loket) but meerjarenbegroting only announced as separate document; reserves given",
                 "dekkend-aanbod": "4.2 continuum (arrangementen, observatiegroep, OZA, sbo, so) and 4.3 gaps (melding, voorjaarsanalyse, doorzettingsmacht)",
                 "resultaten": "missing: chapter 6 'Kwaliteit en beoogde resultaten' only covers financial control/klachten and defers the kwaliteitskader to the first plan year; TOC/glossary are traps",
                 "ouders": "only in chapter 7 Communicatie: website ouderpagina, folder in four languages, schoolgids, info-avonden; independent OJSP Rivierenland, Onderwijsconsulenten"})
    # B: docx
    bb = plan_b()
    render_docx(bb, OUT / "po-kempenrand-op.docx",
                header_text="Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - financien")
    made["B"] = words(bb)
    write_label("po-kempenrand-op", ["po-kempenrand-op.docx"], "po",
                {"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
                 "dekkend-aanbod.continuum", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "1.1 defines the ondergrens for every vestiging, but the concrete voorzieningen are only in the SOPs and an absent bijlage 2 / website",
                 "plaatsing": "1.3: procedure and criteria given only in two tables (MDO, Commissie Toewijzing, deskundigen, 6 weeks, LBT; sbo/so criteria, categories)",
                 "terugstroom": "missing: 1.5 'Terug- en doorplaatsing' is an empty placeholder; leeswijzer, running header and glossary mention terugplaatsing (traps)",
                 "financien": "2.6 Geld en middelen: per-leerling amounts and vaste voet, spending rules, meerjarenbegroting table 2026-2029, reserve afbouw",
                 "dekkend-aanbod": "1.4 covers gaps (thuiszitterstafel, wachtlijstmonitor, zorgplicht) but the continuum is only referred to the Sociale Kaart on the website (1.2)",
                 "resultaten": "Deel 3 Kwaliteit: four beoogde resultaten with numbers, kwaliteitskalender and reporting, terugblik",
                 "ouders": "2.7: information channels (ouderpagina, folder, avonden, SOP) given; independent steunpunt deferred ('zodra de wet ... volgt nader bericht')"})
    # C: pdf
    bc = plan_c()
    render_pdf(bc, OUT / "po-heuvelland-op.pdf", header_text="Ondersteuningsplan 2026-2030 | Financiën en kwaliteit")
    made["C"] = words(bc)
    write_label("po-heuvelland-op", ["po-heuvelland-op.pdf"], "po",
                {"plaatsing.procedure", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
                 "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "4.1 'Wat elke school waarmaakt': 'vaste ondergrens' for all 41 vestigingen and a prose list of provisions, audit team",
                 "plaatsing": "4.4 gives sbo/so criteria and categories, but the procedure is only referred to the Werkwijzer on the website",
                 "terugstroom": "4.5 gives policy (thuisnabij, OPP condition, terugkeerarrangement) but the stappenplan is deferred to 2026-2027",
                 "financien": "missing: 5.4 Financien only refers to a separate document (bijlage 5); header, TOC and glossary mention verdeelmodel/meerjarenbegroting (traps)",
                 "dekkend-aanbod": "4.2 ondersteuningsladder (five treden) and 4.3 signalling of gaps, escalatieoverleg, casusregisseur",
                 "resultaten": "6.1 ambitions with streefwaarden and baseline figures, but 6.2 defers how progress is measured and reported",
                 "ouders": "7 'Ouders als partner': Ouderwijzer, spreekuur, schoolgids; independent Ouder- en Jeugdsteunpunt Zuid and Onderwijsconsulenten"})
    # D: pdf, VO
    bd = plan_d()
    render_pdf(bd, OUT / "vo-vallei-op-concept.pdf",
               header_text="CONCEPT Ondersteuningsplan SWV VO Vallei en Veluwerand | basisondersteuning - ouders")
    made["D"] = words(bd)
    write_label("vo-vallei-op-concept", ["vo-vallei-op-concept.pdf"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
                 "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "missing: 4.1 says the level and content are p.m. until the landelijke norm; only TOC, header and the SOP line in the afkortingenlijst mention it",
                 "plaatsing": "4.3: vso procedure via CTA with two deskundigen, three conditions, categories; lwoo/pro national criteria with 1 Feb / 1 April dates; LBT bezwaar",
                 "terugstroom": "4.4: aim and conditions, OPP evaluation, 1 March / 1 June steps, overstaparrangement, 23 returns in 2024-2025",
                 "financien": "5.6: meerjarenbegroting table with amounts, but the verdeelmodel is deferred to spring 2027 (voorschot only)",
                 "dekkend-aanbod": "4.2 describes the continuum (schoolarrangement, OPDC, Rebound, Schakelklas, OZA, vso, pro, lwoo), but 4.5 defers the gap analysis to an external study in 2027",
                 "resultaten": "6: PDCA dashboard, reporting and achieved figures (monitoring), but beoogde resultaten deferred to spring 2027",
                 "ouders": "missing: chapter 7 'Ouders en leerlingen' is a placeholder; the OPR paragraph does not mention parents; header is a trap"})
    # E: md
    be = plan_e()
    render_md(be, OUT / "po-zaanoever-op-hoofdlijnen.md")
    made["E"] = words(be)
    write_label("po-zaanoever-op-hoofdlijnen", ["po-zaanoever-op-hoofdlijnen.md"], "po",
                {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
                 "dekkend-aanbod.lacunes", "ouders.informatie"},
                {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "4.1 'Wat ieder kind op elke school mag verwachten': common level for all 36 vestigingen plus bullet list",
                 "plaatsing": "missing: 4.2 only refers to the Handboek Toewijzing on the website; the glossary's 'twee deskundigen' line is a trap",
                 "terugstroom": "4.3: procedure (initiative s(b)o-school, October evaluation, decision by 15 March) but the policy is deferred to a 2027 beleidsnotitie",
                 "financien": "Financien: verdeelsleutel 85/15 with CBS-indicator, meerjarenbegroting table, spending on ondersteuningsformatie",
                 "dekkend-aanbod": "missing: 4.4 only defers ('uitwerking volgt in het jaarplan 2027'); OOGO paragraph is procedural only; vision line on gemeenten/jeugdhulp and glossary are traps",
                 "resultaten": "6 Kwaliteit: targets table with nulmeting, yearly data collection, reporting in November and jaarverslag, tussenevaluatie 2028",
                 "ouders": "7: independent Ouder- en Jeugdsteunpunt Zaanoever, Onderwijsconsulenten, GPO; information to parents deferred to a 2027 communicatieplan"})
    # F: near miss
    bf = near_miss()
    render_docx(bf, OUT / "po-obs-de-regenboog-schoolondersteuningsplan.docx",
                header_text="OBS De Regenboog - Ondersteuningsplan 2025-2026")
    made["F"] = words(bf)
    write_label("po-obs-de-regenboog-schoolondersteuningsplan", ["po-obs-de-regenboog-schoolondersteuningsplan.docx"],
                "po", set(), {}, "School-level ondersteuningsplan (zorgstructuur, vijf ondersteuningsniveaus, "
                "groepsbesprekingen) of one basisschool; it refers to the samenwerkingsverband, TLV, arrangementen, "
                "basisondersteuning and middelen but is explicitly not the SWV plan", plan=False)
    for k, v in made.items():
        print(k, v, "words")


if __name__ == "__main__":
    main()
