#!/usr/bin/env python3
"""Generate the holdout68 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above src/ (holdout68/).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Tiny document model: a list of blocks
#   ("title", text) ("sub", text) ("break",) ("toc", [lines]) ("h1", text) ("h2", text)
#   ("p", text) ("ul", [items]) ("ol", [items]) ("table", [[cells], ...]) ("gloss", [(term, def)])
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None, author="Samenwerkingsverband"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = author
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            doc.add_paragraph(b[1], style="Subtitle")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "gloss":
            for term, d in b[1]:
                para = doc.add_paragraph()
                para.add_run(term + ": ").bold = True
                para.add_run(d)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_pdf(blocks, path, **kw):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found; cannot render PDF")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, **kw)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)


def render_html(blocks, path, site_title, nav, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_title)}</title>", "</head>", "<body>", "<header>",
           f'<div class="logo">{e(site_title)}</div>', "<nav><ul>"]
    for item in nav:
        out.append(f'<li><a href="#">{e(item)}</a></li>')
    out += ["</ul></nav>", "</header>", "<main><article>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="lead">{e(b[1])}</p>')
        elif kind == "break":
            continue
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Inhoud</h2><ol>')
            for line in b[1]:
                out.append(f'<li><a href="#">{e(line)}</a></li>')
            out.append("</ol></aside>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "gloss":
            out.append("<dl>")
            for term, d in b[1]:
                out.append(f"<dt>{e(term)}</dt><dd>{e(d)}</dd>")
            out.append("</dl>")
        else:
            raise ValueError(kind)
    out += ["</article></main>", f"<footer><p>{e(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


# ===========================================================================
# Plan 1: PO, large, complete; .docx
# ===========================================================================

def plan_maaswaalkant():
    return [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("sub", "Samenwerkingsverband Passend Primair Onderwijs Maas & Waalkant (PO 26-09)"),
        P("Samen sterk voor elk kind: dichtbij, deskundig, dekkend"),
        P("Vastgesteld door het algemeen bestuur op 25 maart 2025, na instemming van de ondersteuningsplanraad op 18 maart 2025 en op overeenstemming gericht overleg met de gemeenten Druten, Beuningen, West Maas en Waal en Wijchen op 11 maart 2025."),
        ("break",),
        ("toc", [
            "Voorwoord ........................................................ 3",
            "1 Inleiding en wettelijk kader ........................................ 4",
            "2 Maas & Waalkant in cijfers ........................................... 6",
            "3 Missie, visie en koers ................................................ 8",
            "4 Basisondersteuning: wat elke school biedt ..................... 10",
            "5 Extra ondersteuning en het dekkend netwerk ................. 14",
            "6 Toelaatbaarheid tot sbo en so ...................................... 18",
            "7 Ambities en beoogde resultaten .................................. 23",
            "8 Communicatie ........................................................... 26",
            "9 Gemeenten, jeugdhulp en OOGO .................................... 29",
            "10 Organisatie en governance ......................................... 31",
            "11 Personeel, professionalisering en ICT ......................... 33",
            "12 Geld en middelen ..................................................... 35",
            "13 Totstandkoming en planning ....................................... 39",
            "Bijlage A Begrippenlijst ................................................. 41",
        ]),
        ("break",),
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2025-2029 van Samenwerkingsverband Passend Primair Onderwijs Maas & Waalkant. Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In die tien jaar is er veel veranderd. Het aantal kinderen dat het speciaal basisonderwijs bezoekt is gedaald, scholen hebben veel geïnvesteerd in de deskundigheid van hun leraren en de samenwerking met de jeugdhulp in de vier gemeenten is hechter geworden. Tegelijk zien we dat de vraag naar ondersteuning complexer wordt, dat het lerarentekort ook onze regio raakt en dat nog steeds kinderen tijdelijk geen passende plek hebben."),
        P("Dit plan is tot stand gekomen in een intensief traject. Van september 2024 tot februari 2025 spraken we met intern begeleiders, directeuren, ouders, leerkrachten, de leden van de ondersteuningsplanraad, wethouders en beleidsmedewerkers van de gemeenten en met de jeugdhulpaanbieders in het gebied. Hun inbreng is op veel plekken terug te vinden. Waar we keuzes hebben gemaakt die niet iedereen deelt, hebben we geprobeerd die keuzes zo goed mogelijk uit te leggen."),
        P("Wij danken iedereen die heeft meegedacht. Een plan is pas waardevol als het in de scholen en in de klas het verschil maakt. Daar gaan we de komende vier jaar samen aan werken."),
        P("Drs. M.A. (Marieke) van Gelder, directeur-bestuurder"),
        H1("1 Inleiding en wettelijk kader"),
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a, zevende lid, van de Wet op het primair onderwijs). In het plan beschrijft het samenwerkingsverband hoe het een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen realiseert, zodat leerlingen een zo passend mogelijke plek in het onderwijs krijgen. Het achtste lid van artikel 18a somt op wat het plan in elk geval moet bevatten. Aan het einde van elk hoofdstuk staat een kader waarin we aangeven welk wettelijk onderdeel daar wordt uitgewerkt."),
        P("Het plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029, dus van 1 augustus 2025 tot en met 31 juli 2029. Het wordt vóór 1 mei 2025 aan de Inspectie van het Onderwijs gezonden. Jaarlijks werken we het plan uit in een jaarplan met een jaarbegroting; wijzigingen van betekenis leggen we opnieuw voor aan de ondersteuningsplanraad."),
        P("Het plan is in de eerste plaats geschreven voor schoolbesturen, directeuren en intern begeleiders. Voor ouders is er een publieksversie in eenvoudiger taal; die wordt in september 2025 via de scholen verspreid. Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden."),
        H1("2 Maas & Waalkant in cijfers"),
        P("Het samenwerkingsverband omvat het grondgebied van de gemeenten Druten, Beuningen, West Maas en Waal en Wijchen. Zeven schoolbesturen zijn aangesloten met samen 41 basisscholen, twee scholen voor speciaal basisonderwijs (De Horizon in Wijchen en De Kade in Druten) en één so-locatie van cluster 4 (De Regenboog). Kinderen met een ondersteuningsbehoefte op het gebied van cluster 3 bezoeken vooral so-scholen buiten de regio, in Nijmegen en Tiel."),
        TABLE(
            ("Kengetal (teldatum 1 oktober 2024)", "Aantal"),
            ("Leerlingen basisonderwijs", "8.912"),
            ("Leerlingen speciaal basisonderwijs", "214"),
            ("Leerlingen speciaal onderwijs (cat. laag, midden, hoog)", "176"),
            ("Aangesloten schoolbesturen", "7"),
            ("Basisscholen / vestigingen", "41 / 44"),
        ),
        P("Het leerlingaantal in de regio daalt licht; de prognose van de gemeenten gaat uit van ongeveer één procent krimp per jaar tot 2029, met uitzondering van Beuningen waar nieuwbouw voor groei zorgt. Voor de scholen betekent dat kleinere groepen op het platteland en meer combinatieklassen. Dit heeft gevolgen voor de manier waarop scholen ondersteuning kunnen organiseren."),
        H1("3 Missie, visie en koers"),
        P("Onze missie is dat ieder kind in Maas & Waalkant zich optimaal kan ontwikkelen, zo dicht mogelijk bij huis en samen met leeftijdsgenoten uit de eigen buurt. Wij zijn geen loket op afstand, maar een netwerk van scholen die elkaar helpen. Het samenwerkingsverband faciliteert, verbindt en stelt kaders; de scholen en hun besturen zijn verantwoordelijk voor het onderwijs en de ondersteuning in de klas."),
        P("Onze visie laat zich samenvatten in vier woorden: dichtbij, deskundig, dekkend en duidelijk. Dichtbij betekent dat ondersteuning zoveel mogelijk op de eigen school plaatsvindt. Deskundig betekent dat leraren en intern begeleiders de kennis en ervaring hebben om een brede groep kinderen te begeleiden, en dat zij snel specialistische kennis kunnen inroepen. Dekkend betekent dat er voor ieder kind een passende plek is. Duidelijk betekent dat scholen, ouders en partners weten wat zij van ons mogen verwachten."),
        P("Voor de planperiode hebben we vier koersuitspraken geformuleerd, die in hoofdstuk 7 zijn vertaald in concrete ambities:"),
        UL("Elke school biedt aantoonbaar de afgesproken basisondersteuning.",
           "Extra ondersteuning wordt sneller en met minder papierwerk ingezet.",
           "Geen kind zit langer dan drie maanden thuis zonder passend aanbod.",
           "Onderwijs en jeugdhulp werken in en om de school als één team."),
        H1("4 Basisondersteuning: wat elke school biedt"),
        H2("4.1 Het afgesproken niveau"),
        P("Basisondersteuning is de ondersteuning die alle scholen binnen Maas & Waalkant, op iedere vestiging, bieden aan alle leerlingen, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in 2024 samen het niveau van de basisondersteuning opnieuw vastgesteld. Dit niveau is een ondergrens: een school mag meer bieden, maar niet minder. Het niveau bouwt voort op de basiskwaliteit die de inspectie van iedere school vraagt en bestaat uit vier onderdelen: preventieve en licht curatieve interventies, een ondersteuningsstructuur, planmatig en handelingsgericht werken, en samenwerking met ketenpartners."),
        H2("4.2 Wat ouders op iedere school kunnen verwachten"),
        P("Concreet betekent de afgesproken basisondersteuning dat op elke school in ons samenwerkingsverband in ieder geval het volgende aanwezig is:"),
        UL("een intern begeleider met een aanstelling van ten minste 0,1 fte per 100 leerlingen en minimaal 0,4 fte per school, die de leerlingbesprekingen en groepsbesprekingen leidt;",
           "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief signalering vanaf groep 2 en het aanbieden van compenserende en dispenserende maatregelen;",
           "een aanbod voor kinderen die meer aankunnen: verrijkingsstof in de groep en deelname aan de bovenschoolse Denkklas voor kinderen met een ontwikkelingsvoorsprong;",
           "een methode of aanpak voor sociaal-emotionele ontwikkeling, een anti-pestprotocol en een gedragsaanpak die schoolbreed wordt toegepast (zoals PBS of De Vreedzame School);",
           "een jaarlijks gevolgd leerlingvolgsysteem, twee keer per jaar groepsbesprekingen en een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakken een eigen leerlijn volgt;",
           "afspraken over medisch handelen en over het toedienen van medicijnen, vastgelegd in een protocol;",
           "extra taalondersteuning voor kinderen met een taalachterstand of een andere thuistaal, in de groep en in kleine groepjes;",
           "een ondersteuningsteam (OT) waaraan ten minste vier keer per jaar de schoolcontactpersoon van het samenwerkingsverband, de jeugdverpleegkundige en een medewerker van het lokale sociale team deelnemen."),
        P("Daarnaast kan iedere school binnen de basisondersteuning kosteloos consultatie en kortdurende observatie aanvragen bij de orthopedagogen van het samenwerkingsverband, tot een maximum van tien uur per leerling per schooljaar."),
        H2("4.3 Borging"),
        P("Iedere school beschrijft in de schoolgids welke basisondersteuning en welke extra ondersteuning zij biedt. Eens in de twee jaar voert het samenwerkingsverband met iedere school een kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning. Scholen die op een of meer onderdelen niet aan het afgesproken niveau voldoen, stellen binnen drie maanden een verbeterplan op; de schoolcontactpersoon bespreekt de voortgang in het volgende OT-overleg en rapporteert aan het bestuur van de school."),
        H1("5 Extra ondersteuning en het dekkend netwerk"),
        H2("5.1 Van basis naar specialistisch"),
        P("Het ondersteuningsaanbod in Maas & Waalkant is opgebouwd in vijf niveaus die in elkaar overlopen. Niveau 1 en 2 vallen binnen de basisondersteuning: de leraar stemt het onderwijs af in de groep en zet waar nodig kortdurende extra begeleiding in. Op niveau 3 wordt met het ondersteuningsteam een arrangement op de eigen school ingezet, bijvoorbeeld extra handen in de klas, begeleiding door een ambulant begeleider van het samenwerkingsverband of een individuele leerlijn. Niveau 4 omvat de bovenschoolse voorzieningen. Niveau 5 is plaatsing in het speciaal basisonderwijs of het speciaal onderwijs."),
        TABLE(
            ("Niveau", "Wat", "Waar", "Wie besluit"),
            ("1-2", "Basisondersteuning", "Eigen groep en school", "School"),
            ("3", "Arrangement op de eigen school", "Eigen school", "School met OT; budget via schoolbudget"),
            ("4", "Bovenschoolse voorziening: Denkklas, Taalklas Wijchen, observatiegroep De Brug (8 plaatsen), time-outvoorziening", "Locaties verspreid over de regio", "Commissie Arrangementen van het SWV"),
            ("5", "Speciaal basisonderwijs of speciaal onderwijs", "De Horizon, De Kade, De Regenboog, so buiten de regio", "Commissie van Toelaatbaarheid"),
        ),
        P("Het doel is dat kinderen zo lang mogelijk op niveau 1 tot en met 3 worden bediend. Een arrangement is altijd tijdelijk en gericht op terugkeer naar een lager niveau waar dat kan."),
        H2("5.2 Een dekkend netwerk: signaleren van wat ontbreekt"),
        P("Een dekkend netwerk betekent dat er voor ieder kind een passend aanbod is. Dat is nog niet overal zo. Daarom kent Maas & Waalkant sinds 2023 een Regiotafel Passend Aanbod, waarin de zeven besturen, de gemeenten en de leerplichtambtenaren maandelijks kinderen bespreken voor wie (nog) geen passende plek is gevonden. De directeur-bestuurder heeft doorzettingsmacht: als een passende plek na zes weken niet is gevonden, wijst zij in overleg met de besturen een school aan die de zorgplicht overneemt, met een aanvullend budget van maximaal € 15.000 per schooljaar."),
        P("Eens per jaar, in het voorjaar, maakt de Regiotafel een analyse van wachtlijsten, thuiszitters, vrijstellingen en geweigerde aanmeldingen. Uit de analyse van 2024 kwamen twee witte vlekken naar voren: er is te weinig aanbod voor jonge kinderen met ernstige gedragsproblemen (groep 1-3) en te weinig aanbod voor hoogbegaafde kinderen met een dubbel bijzondere ontwikkeling. Voor de eerste vlek start in augustus 2025 een kleinschalige groep op De Kade; voor de tweede vlek wordt de Denkklas uitgebreid met een voltijdsgroep vanaf schooljaar 2026-2027."),
        P("Voor thuiszitters geldt de afspraak dat de school binnen vijf schooldagen melding doet bij leerplicht en de schoolcontactpersoon, dat er binnen twee weken een plan ligt, en dat iedere thuiszitter maandelijks op de Regiotafel wordt besproken tot er een duurzame oplossing is."),
        H1("6 Toelaatbaarheid tot sbo en so"),
        H2("6.1 De aanvraag"),
        P("Als een school, ook met een arrangement, niet kan bieden wat een kind nodig heeft, kan het bevoegd gezag van die school een toelaatbaarheidsverklaring (TLV) aanvragen. De aanvraag verloopt in vaste stappen:"),
        OL("Het ondersteuningsteam van de school bespreekt het kind en stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school overstijgt. Ouders zijn bij dit gesprek aanwezig.",
           "De intern begeleider vult het groeidocument aan met het OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van de ouders.",
           "De directeur dient namens het bevoegd gezag de aanvraag in via het digitale loket van het samenwerkingsverband.",
           "Twee deskundigen van het samenwerkingsverband, een orthopedagoog of psycholoog en afhankelijk van de vraag een tweede deskundige (bijvoorbeeld een kinderarts, maatschappelijk werker of jeugdpsychiater), geven ieder afzonderlijk een schriftelijk advies. Zij zijn niet eerder bij de begeleiding van het kind betrokken geweest.",
           "De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur van het samenwerkingsverband binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."),
        H2("6.2 Criteria"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: (a) de school heeft de basisondersteuning en ten minste één arrangement van niveau 3 gedurende minimaal zes maanden ingezet en geëvalueerd; (b) het kind heeft op meerdere ontwikkelingsgebieden een ondersteuningsbehoefte die een kleinere groep en een specifiek pedagogisch klimaat vraagt; (c) de verwachting is dat het kind zich in het sbo beter ontwikkelt dan met de ondersteuning die de reguliere school met hulp van het samenwerkingsverband kan bieden."),
        P("Een kind is toelaatbaar tot het speciaal onderwijs als het daarnaast een intensieve, structurele ondersteuningsbehoefte heeft die samenhangt met een verstandelijke, lichamelijke of langdurige medische beperking (cluster 3) of met ernstige gedrags- of psychiatrische problematiek (cluster 4), en als onderwijs en zorg in samenhang nodig zijn. De CvT bepaalt daarbij de bekostigingscategorie laag, midden of hoog op basis van de benodigde ondersteuningsintensiteit."),
        H2("6.3 Duur"),
        P("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na twee jaar. Een TLV voor het so wordt in de regel afgegeven voor twee schooljaren, tenzij de deskundigen adviseren dat een langere duur nodig is vanwege een structurele beperking; de maximale duur is dan tot het einde van de basisschoolleeftijd."),
        H2("6.4 Spoedplaatsing"),
        P("In crisissituaties kan de directeur-bestuurder een tijdelijke TLV van maximaal drie maanden afgeven. In die periode wordt de reguliere procedure doorlopen."),
        H2("6.5 Afloop van de TLV en terugkeer"),
        P("Maas & Waalkant gaat ervan uit dat een plaatsing in het sbo of so niet vanzelfsprekend voor de hele schoolloopbaan is. Het beleid is dat een kind teruggaat naar een reguliere basisschool, bij voorkeur in de eigen woonplaats, zodra het OPP laat zien dat de ontwikkeling dat toelaat. De ontvangende school krijgt dan een terugkeerarrangement: een jaar lang begeleiding door een ambulant begeleider van de sbo- of so-school en een budget van € 5.000 voor extra inzet in de groep. Ook als terugkeer niet haalbaar is, kijken we of overplaatsing van so naar sbo passend is."),
        P("De sbo- en so-scholen evalueren het OPP van ieder kind ten minste één keer per jaar in de commissie voor de begeleiding. In het laatste jaar van de TLV, uiterlijk in januari, bespreekt de school met de ouders en de schoolcontactpersoon van het samenwerkingsverband of het kind kan terugkeren, kan worden overgeplaatst of dat een nieuwe TLV nodig is. Als terugkeer het advies is, zoekt de school samen met de ouders een basisschool; de overstap vindt plaats bij voorkeur na een proefperiode van zes weken en uiterlijk aan het begin van het volgende schooljaar. Als een nieuwe TLV nodig is, dient de sbo- of so-school de aanvraag vóór 1 april in; de CvT beslist dan vóór de zomervakantie."),
        H2("6.6 Bezwaar"),
        P("Tegen een besluit over toelaatbaarheid kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert. Voorafgaand aan bezwaar kunnen ouders een gesprek aanvragen met de directeur-bestuurder."),
        H1("7 Ambities en beoogde resultaten"),
        P("In hoofdstuk 3 noemden we onze vier koersuitspraken. Hieronder staat per koersuitspraak wat we aan het einde van de planperiode, op 31 juli 2029, willen hebben bereikt voor kinderen met een ondersteuningsbehoefte."),
        TABLE(
            ("Koersuitspraak", "Beoogd resultaat 2029"),
            ("Basisondersteuning op orde", "Alle 44 vestigingen voldoen aan de kwaliteitskaart basisondersteuning (2024: 36)."),
            ("Sneller extra ondersteuning", "Een arrangement op niveau 3 of 4 start binnen vier weken na de aanvraag; de doorlooptijd van een TLV-aanvraag is gemiddeld maximaal vijf weken."),
            ("Geen thuiszitters", "Geen enkel kind zit langer dan drie maanden thuis; het aantal vrijstellingen 5a daalt van 11 naar maximaal 5."),
            ("Thuisnabij", "Het deelnamepercentage sbo en so samen daalt van 4,4% naar maximaal 4,0%; het aantal terugplaatsingen stijgt naar minimaal 12 per jaar."),
            ("Onderwijs en jeugdhulp", "Op alle scholen is een vaste jeugdhulpmedewerker verbonden aan het OT."),
        ),
        P("Naast deze kwantitatieve doelen willen we dat ouders zich gehoord voelen en dat leraren zich gesteund voelen bij het begeleiden van kinderen met een ondersteuningsbehoefte."),
        P("Hoe we de voortgang op deze ambities volgen en op welke momenten we daarover rapporteren, werken we in de loop van schooljaar 2025-2026 uit in een nieuw kwaliteitskader. Tot dat kader is vastgesteld, geldt het jaarplan als uitgangspunt."),
        H1("8 Communicatie"),
        H2("8.1 Communicatie met scholen en partners"),
        P("Het samenwerkingsverband communiceert met scholen via de nieuwsbrief voor intern begeleiders (zes keer per jaar), het directeurenoverleg per gemeente en de schoolcontactpersonen. Partners ontvangen twee keer per jaar een bestuurlijke nieuwsbrief. Onze website is in 2024 vernieuwd en is sindsdien ook goed leesbaar op de telefoon."),
        H2("8.2 Informatie voor ouders"),
        P("Ouders worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden. Op de website staat een aparte ouderpagina met uitleg over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de TLV-procedure, met een overzicht van alle scholen en hun schoolgids. Iedere school geeft nieuwe ouders bij de aanmelding de folder 'Passend onderwijs in Maas & Waalkant', die er ook in het Engels, Arabisch en Pools is. Twee keer per jaar organiseren we in samenwerking met de gemeenten een ouderavond over een ondersteuningsthema. Ouders van een kind voor wie een arrangement of TLV wordt aangevraagd, krijgen van de intern begeleider een uitleg van de procedure op papier."),
        H2("8.3 Onafhankelijke hulp voor ouders"),
        P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Maas & Waalkant. Het steunpunt is onafhankelijk van de scholen en wordt uitgevoerd door Zorgbelang Gelderland; het is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in Wijchen. Daarnaast kunnen ouders gratis gebruikmaken van de Onderwijsconsulenten en van de informatielijn van Ouders & Onderwijs. Het samenwerkingsverband heeft een klachtenregeling en is aangesloten bij de Landelijke Klachtencommissie Onderwijs en de Geschillencommissie passend onderwijs."),
        H2("8.4 Ouders als partner"),
        P("Wij zien ouders als ervaringsdeskundige over hun kind. Ouders zijn aanwezig bij het OT-overleg over hun kind en worden betrokken bij het opstellen van het OPP. De helft van de leden van de ondersteuningsplanraad is ouder van een kind op een van onze scholen."),
        H1("9 Gemeenten, jeugdhulp en OOGO"),
        P("Met de vier gemeenten voeren we jaarlijks op overeenstemming gericht overleg (OOGO). Het concept van dit plan is besproken op 11 maart 2025; de gemeenten hebben ingestemd met de paragrafen die hun beleid raken. De gezamenlijke thema's voor de planperiode zijn thuiszitters, leerlingenvervoer, onderwijshuisvesting, de aansluiting tussen jeugdhulp en school en de overgang van voorschool naar basisschool. De gemeenten en het samenwerkingsverband financieren samen de jeugdhulpmedewerkers in de OT's; de afspraken daarover staan in een convenant dat in 2025 wordt verlengd."),
        P("Ook met het samenwerkingsverband voortgezet onderwijs Rijk van Nijmegen-West is overleg gevoerd. Afspraken over de overstap naar het voortgezet onderwijs en de warme overdracht van kinderen met een OPP blijven van kracht."),
        H1("10 Organisatie en governance"),
        P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; het intern toezicht ligt bij de raad van toezicht, waarin de zeven besturen zijn vertegenwoordigd en twee onafhankelijke leden zitting hebben. De algemene vergadering van besturen stelt de begroting, de jaarrekening en het ondersteuningsplan vast. De scheiding tussen bestuur en toezicht is in 2022 in de statuten vastgelegd."),
        P("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, afkomstig uit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en vergadert zes keer per jaar. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau."),
        P("Het bureau van het samenwerkingsverband bestaat uit 14 medewerkers (11,2 fte): de directeur-bestuurder, een beleidsmedewerker, een controller, een secretaresse, zes schoolcontactpersonen, drie orthopedagogen en een coördinator ambulante begeleiding."),
        H1("11 Personeel, professionalisering en ICT"),
        P("Goed onderwijs aan kinderen met een ondersteuningsbehoefte staat of valt met goed opgeleide leraren. Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor leraren en intern begeleiders, met onder andere de leergang 'Gedrag in de groep', een netwerk voor intern begeleiders per gemeente en intervisie voor startende intern begeleiders. De scholen dragen zelf zorg voor de scholing van hun personeel; de professionalisering vanuit het samenwerkingsverband is aanvullend."),
        P("Het lerarentekort vraagt om creatieve oplossingen. We verkennen samen met de Pabo van de HAN hoe studenten vaker op scholen met veel ondersteuningsvragen kunnen stagelopen. Onderwijsassistenten met een specialisatie passend onderwijs worden op meerdere scholen ingezet."),
        P("Het samenwerkingsverband werkt met een digitaal loket voor aanvragen en een beveiligde omgeving voor het groeidocument. Persoonsgegevens worden niet langer bewaard dan drie jaar na het besluit, overeenkomstig artikel 18a van de Wet op het primair onderwijs en de AVG. Er is een functionaris gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden."),
        H1("12 Geld en middelen"),
        H2("12.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de groeibekostiging voor het sbo en so resteert het bedrag dat het samenwerkingsverband zelf kan verdelen."),
        H2("12.2 Verdeling"),
        P("Maas & Waalkant werkt met een schoolmodel. Het verdeelmodel kent drie onderdelen. Ten eerste ontvangen de besturen een schoolbudget van € 185 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per vestiging. Met dit budget bekostigt de school de arrangementen op niveau 3. Ten tweede financiert het samenwerkingsverband de bovenschoolse voorzieningen van niveau 4 rechtstreeks, op basis van het aantal plaatsen. Ten derde houdt het samenwerkingsverband een flexibel budget aan voor maatwerk, de Regiotafel en het terugkeerarrangement. De algemene vergadering van besturen stelt de bedragen jaarlijks vóór 1 december vast; wijzigingen van het model worden vooraf aan de OPR voorgelegd."),
        H2("12.3 Besteding en meerjarenbegroting"),
        TABLE(
            ("Bedragen x € 1.000", "2025", "2026", "2027", "2028"),
            ("Baten ondersteuningsmiddelen (na afdrachten)", "5.420", "5.380", "5.330", "5.290"),
            ("Schoolbudgetten besturen", "1.912", "1.895", "1.880", "1.862"),
            ("Bovenschoolse voorzieningen niveau 4", "1.240", "1.290", "1.340", "1.340"),
            ("Ambulante begeleiding en orthopedagogen", "980", "990", "1.000", "1.010"),
            ("Flexibel budget, Regiotafel en terugkeerarrangementen", "420", "440", "450", "450"),
            ("Jeugdhulp in de OT (aandeel SWV)", "310", "310", "310", "310"),
            ("Bureau, huisvesting en bestuur", "690", "700", "705", "710"),
            ("Resultaat", "-132", "-245", "-355", "-392"),
        ),
        P("De negatieve resultaten zijn bewust begroot: zij worden gedekt uit de reserve. Eind 2024 bedroeg de algemene reserve € 2,4 miljoen, ruim boven de signaleringswaarde. Met de begroting in de tabel daalt de reserve tot ongeveer € 1,3 miljoen in 2028, wat past bij het benodigde weerstandsvermogen."),
        H2("12.4 Verantwoording"),
        P("Besturen verantwoorden jaarlijks in hun jaarverslag en in een korte rapportage aan het samenwerkingsverband waaraan zij het schoolbudget hebben besteed, uitgesplitst naar arrangementen, personele inzet en scholing. Het samenwerkingsverband legt zelf verantwoording af in het jaarverslag en de jaarrekening, die door de accountant worden gecontroleerd."),
        H1("13 Totstandkoming en planning"),
        P("Het concept van dit plan is in november 2024 besproken met de besturen en in januari 2025 met de directeuren. De OPR heeft het plan besproken op 4 februari en 18 maart 2025 en op 18 maart ingestemd. Het OOGO met de gemeenten vond plaats op 11 maart 2025. Het overleg met het aangrenzende samenwerkingsverband voortgezet onderwijs vond plaats op 19 februari 2025. De algemene vergadering heeft het plan vastgesteld op 25 maart 2025."),
        TABLE(
            ("Schooljaar", "Belangrijkste activiteiten"),
            ("2025-2026", "Start kleinschalige groep De Kade; nieuw kwaliteitskader; verlenging convenant jeugdhulp"),
            ("2026-2027", "Voltijds Denkklas; evaluatie verdeelmodel"),
            ("2027-2028", "Tussentijdse evaluatie van het plan met OPR en gemeenten"),
            ("2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"),
        ),
        ("break",),
        H1("Bijlage A Begrippenlijst"),
        ("gloss", [
            ("Arrangement", "Een op maat samengesteld pakket van extra ondersteuning voor een leerling of groep."),
            ("Basisondersteuning", "Het door de besturen afgesproken niveau van ondersteuning dat iedere school biedt."),
            ("CvT", "Commissie van Toelaatbaarheid."),
            ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
            ("OJSP", "Ouder- en jeugdsteunpunt."),
            ("OPP", "Ontwikkelingsperspectiefplan."),
            ("Resultaten", "De effecten van beleid die het samenwerkingsverband jaarlijks monitort en verantwoordt."),
            ("Terugplaatsing", "Overstap van een leerling van het s(b)o naar het reguliere basisonderwijs."),
            ("TLV", "Toelaatbaarheidsverklaring."),
        ]),
    ]


# ===========================================================================
# Plan 2: PO, small verband, plan 'op hoofdlijnen'; .pdf
# ===========================================================================

def plan_duinrand():
    return [
        ("title", "Ondersteuningsplan op hoofdlijnen 2024-2028"),
        ("sub", "Samenwerkingsverband Primair Onderwijs Duinrand"),
        P("Passend onderwijs in Noordwijkerhout, Lisse, Hillegom en De Zilk"),
        P("Versie 1.3 – vastgesteld door het bestuur op 16 april 2024"),
        ("break",),
        ("toc", [
            "Voorwoord",
            "Inleiding en leeswijzer",
            "1 Waar staan we voor",
            "2 Ons werkgebied",
            "3 Koers 2024-2028",
            "4 Basisondersteuning",
            "5 Passend aanbod en toelaatbaarheid",
            "6 Terugplaatsing",
            "7 Ouders",
            "8 Middelen",
            "9 Organisatie, medezeggenschap en samenwerking",
            "10 Tot slot",
            "Bijlage 1 Afkortingen",
            "Bijlage 2 Loketprocedure Duinrand (afzonderlijk document)",
            "Bijlage 3 Notitie Ouders en Duinrand (afzonderlijk document)",
        ]),
        ("break",),
        H1("Voorwoord"),
        P("Met genoegen bieden wij u het ondersteuningsplan 2024-2028 van Samenwerkingsverband Primair Onderwijs Duinrand aan. Bewust hebben we gekozen voor een plan op hoofdlijnen. Het vorige plan telde ruim honderd pagina's en werd, eerlijk gezegd, weinig gelezen. Dit plan is korter en beschrijft de kaders. De uitwerking vindt plaats in de jaarplannen, in de Loketprocedure en in de notities die we in de loop van de planperiode met de besturen opstellen."),
        P("Duinrand is een klein samenwerkingsverband. Dat heeft voordelen: de lijnen zijn kort, de directeuren en intern begeleiders kennen elkaar en besluiten kunnen snel worden genomen. Het heeft ook nadelen: we hebben weinig eigen voorzieningen en zijn voor veel speciale plekken afhankelijk van scholen buiten de regio. In dit plan laten we zien hoe we met die kenmerken omgaan."),
        P("Wij danken de besturen, de directeuren, de intern begeleiders, de leden van de ondersteuningsplanraad en de gemeenten voor hun bijdrage aan dit plan. Een bijzonder woord van dank gaat naar de werkgroep van intern begeleiders die de afgelopen maanden de nieuwe afspraken over de basisondersteuning heeft voorbereid."),
        P("Namens het bestuur, J.W. Hoogeveen, voorzitter, en S. Dekker, coördinator"),
        H1("Inleiding en leeswijzer"),
        P("De Wet op het primair onderwijs schrijft voor dat ieder samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Volgens artikel 18a, achtste lid, moet het plan onder meer beschrijven hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, welke basisondersteuning op alle scholen aanwezig is, hoe de middelen worden verdeeld en besteed, welke procedure en criteria gelden voor de toelaatbaarheid tot het sbo en so, hoe terugplaatsing en overplaatsing verlopen, welke resultaten worden beoogd en bereikt, en hoe ouders worden geïnformeerd over de ondersteuningsmogelijkheden en over onafhankelijke ondersteuning. Het plan wordt niet vastgesteld dan na op overeenstemming gericht overleg met de gemeenten en na instemming van de ondersteuningsplanraad."),
        P("Dit plan volgt die wettelijke opdracht op hoofdlijnen. Hoofdstuk 1 beschrijft waar we voor staan en hoofdstuk 2 ons werkgebied. In hoofdstuk 3 staan de speerpunten voor de planperiode. De hoofdstukken 4 tot en met 8 behandelen de onderwerpen die de wet voorschrijft. Hoofdstuk 9 gaat over de organisatie en de samenwerking met partners. Waar onderwerpen in een afzonderlijk document zijn uitgewerkt, verwijzen we daarnaar. De bijlagen 2 en 3 zijn afzonderlijke documenten die op de website worden gepubliceerd."),
        P("Het plan geldt van 1 augustus 2024 tot en met 31 juli 2028. Het is op 25 april 2024 aan de inspectie gezonden. Tussentijdse wijzigingen leggen we ter instemming voor aan de ondersteuningsplanraad."),
        P("Dit plan is tot stand gekomen in een traject van ongeveer acht maanden. In het voorjaar van 2023 heeft het bestuur een evaluatie laten uitvoeren door een extern bureau. Die evaluatie ging vooral over de organisatie van het samenwerkingsverband: de rolverdeling tussen bestuur en bureau, de vergaderstructuur en de communicatie met de scholen. De belangrijkste aanbevelingen waren het terugbrengen van het aantal overleggen, het vereenvoudigen van de formulieren en een duidelijkere rol voor de directeuren. Die aanbevelingen zijn inmiddels grotendeels overgenomen. In het najaar van 2023 zijn drie bijeenkomsten gehouden met directeuren en intern begeleiders, en één met de ondersteuningsplanraad. Het concept is in februari 2024 aan de gemeenten voorgelegd."),
        H1("1 Waar staan we voor"),
        P("Het samenwerkingsverband is er voor alle kinderen in de regio. Wij willen dat ieder kind onderwijs krijgt dat past bij wat het kan en nodig heeft, en dat het daarvoor niet onnodig ver hoeft te reizen. Passend onderwijs is geen doel op zich, maar een middel om kinderen een ononderbroken ontwikkeling te laten doormaken."),
        P("Wij geloven dat de school de plek is waar het gebeurt. Het samenwerkingsverband is daarom geen uitvoeringsorganisatie, maar een verband van besturen die elkaar versterken. De besturen zijn verantwoordelijk voor de ondersteuning op hun scholen en hebben daarvoor de middelen gekregen. Het samenwerkingsverband zorgt voor de kaders, het loket en de verbinding met gemeenten en andere partners."),
        P("Vier waarden zijn leidend in ons handelen: vertrouwen, eigenaarschap, eenvoud en samenwerking. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen. Eigenaarschap betekent dat besturen zelf verantwoordelijkheid nemen voor de ondersteuning. Eenvoud betekent dat we regels en formulieren beperken tot wat echt nodig is. Samenwerking betekent dat we problemen niet afschuiven, maar samen oppakken."),
        P("Duinrand wil een samenwerkingsverband zijn dat zichtbaar is voor de scholen, maar niet op de voorgrond treedt. De coördinator bezoekt iedere school ten minste één keer per jaar, en de deur van het bureau staat altijd open voor directeuren en intern begeleiders. Wij willen dat scholen ons zien als een partner die meedenkt, en niet als een instantie die controleert. Tegelijk hebben we als samenwerkingsverband wettelijke taken die we serieus nemen. Het is de kunst om die twee rollen goed te combineren, en daar zijn we de afgelopen jaren steeds beter in geworden."),
        P("Deze waarden zijn niet nieuw. Ze stonden ook in het vorige plan. Wat wel nieuw is, is dat we ze nadrukkelijker willen laten terugkomen in de manier waarop we besluiten nemen. In de bestuursvergaderingen en in het directeurenoverleg nemen we de waarden daarom twee keer per jaar als agendapunt op. Zo houden we elkaar scherp."),
        H1("2 Ons werkgebied"),
        P("Samenwerkingsverband Duinrand omvat de gemeenten Noordwijkerhout (gemeente Noordwijk), Lisse, Hillegom en de kern De Zilk. Vier schoolbesturen zijn bij het samenwerkingsverband aangesloten: twee stichtingen voor katholiek en protestants-christelijk onderwijs, een stichting voor openbaar onderwijs en een eenpitter. Samen hebben zij 21 basisscholen. Er is één school voor speciaal basisonderwijs in het gebied, De Duinpieper in Lisse. Er staat geen so-school binnen de grenzen van het samenwerkingsverband; kinderen die het speciaal onderwijs bezoeken, gaan naar scholen in Leiden, Haarlem en Sassenheim."),
        TABLE(
            ("Gegevens (1 oktober 2023)", "Aantal"),
            ("Leerlingen basisonderwijs", "4.486"),
            ("Leerlingen sbo (De Duinpieper)", "96"),
            ("Leerlingen so (alle categorieën)", "71"),
            ("Basisscholen", "21"),
            ("Schoolbesturen", "4"),
        ),
        P("De regio kent een gemengde bevolking. In de dorpskernen wonen veel gezinnen die er al generaties wonen; in de nieuwbouwwijken van Lisse en Hillegom vestigen zich jonge gezinnen uit de Randstad. Een groeiende groep gezinnen werkt in de bollenteelt en de glastuinbouw en komt uit Midden- en Oost-Europa. Op een aantal scholen heeft inmiddels meer dan een kwart van de kinderen een andere thuistaal dan het Nederlands."),
        P("Het leerlingaantal is de afgelopen vijf jaar stabiel gebleven. De prognoses wijzen op een lichte groei in Hillegom en Lisse en een lichte daling in De Zilk en Noordwijkerhout. Voor de kleine dorpsscholen is dat een punt van zorg, omdat de formatie daar onder druk staat."),
        H2("2.1 Ontwikkelingen in en rond het onderwijs"),
        P("Het onderwijs staat voor grote opgaven. Het lerarentekort is in de Bollenstreek minder nijpend dan in de grote steden, maar ook hier blijven vacatures langer open en werken scholen met onbevoegde invallers. Dat raakt juist de kinderen die het meest gebaat zijn bij een stabiele en deskundige leraar."),
        P("Landelijk is in 2020 de evaluatie van passend onderwijs verschenen. De conclusie was dat passend onderwijs op veel punten beter moet: er is te weinig duidelijkheid voor ouders, te veel bureaucratie en te veel verschil tussen samenwerkingsverbanden. De verbeteraanpak passend onderwijs bevat daarom maatregelen op het gebied van de basisondersteuning, de positie van ouders en leerlingen, het terugdringen van thuiszitten en het afbouwen van te hoge reserves. Op termijn moet het onderwijs inclusiever worden; het kabinet spreekt van inclusiever onderwijs in 2035."),
        P("Ook in het sociaal domein gebeurt veel. De gemeenten in onze regio hebben de toegang tot jeugdhulp opnieuw ingericht en werken met jeugd- en gezinsteams. De wachtlijsten voor specialistische jeugdhulp zijn lang. Voor scholen is het soms lastig om te bepalen waar de verantwoordelijkheid van het onderwijs ophoudt en die van de jeugdhulp begint. Deze onderwerpen komen terug in het overleg met de gemeenten."),
        P("Tot slot verandert de leerlingpopulatie. Het aantal kinderen met een andere thuistaal groeit, en scholen zien meer kinderen met gedragsvragen en met angst- en stemmingsproblemen. Tegelijk hebben scholen in de afgelopen jaren geïnvesteerd in hun pedagogisch klimaat en in het werken met groepsplannen. Deze ontwikkelingen vragen om een samenwerkingsverband dat wendbaar is en dat besturen ruimte geeft om eigen keuzes te maken."),
        H1("3 Koers 2024-2028"),
        P("Voor de planperiode heeft het bestuur vier speerpunten vastgesteld. Deze speerpunten beschrijven waar we als samenwerkingsverband onze energie op richten."),
        OL("Versterken van de samenwerking tussen de besturen, onder meer door gezamenlijke scholing van intern begeleiders.",
           "Goed werkgeverschap: het delen van personeel en expertise tussen de besturen.",
           "Professionalisering van leraren op het gebied van gedrag en meertaligheid.",
           "Eenvoud in procedures: minder formulieren, meer gesprek."),
        P("Welke resultaten we met deze speerpunten voor kinderen willen bereiken en hoe we dat gaan meten, leggen we vast in het jaarplan. In het jaarplan 2024-2025 staan de eerste indicatoren; de nulmeting vindt plaats in het najaar van 2024."),
        P("Het bestuur heeft bewust gekozen voor een beperkt aantal speerpunten. In het vorige plan stonden er elf, waardoor de focus ontbrak. Liever doen we minder dingen goed dan veel dingen half."),
        H1("4 Basisondersteuning"),
        P("Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau wordt uitgevoerd, eventueel met inzet van expertise van andere scholen of ketenpartners. Deze omschrijving is ontleend aan het Referentiekader passend onderwijs."),
        P("Binnen Duinrand hebben de vier besturen in december 2023 afgesproken dat iedere vestiging ten minste dezelfde basisondersteuning biedt. Het afgesproken niveau geldt voor alle 21 scholen, ongeacht het bestuur of de grootte van de school. Een school kan meer bieden dan het afgesproken niveau, maar niet minder. Het samenwerkingsverband spreekt besturen erop aan wanneer een school onder het afgesproken niveau blijft."),
        P("Wat de basisondersteuning per school concreet inhoudt, beschrijft iedere school in haar schoolondersteuningsprofiel en, zodra de wet dat voorschrijft, in de schoolgids. Het samenwerkingsverband stelt daarvoor een format beschikbaar. De werkgroep van intern begeleiders werkt in 2024-2025 een overzicht uit van de onderdelen die in ieder geval in ieder profiel moeten staan."),
        P("De afspraak over de basisondersteuning is de eerste stap. Op termijn willen we aansluiten bij de landelijke norm voor de basisondersteuning waarover de minister in 2025 een voorstel doet. Zodra die norm bekend is, bespreken de besturen of de afspraken van december 2023 moeten worden aangepast."),
        H1("5 Passend aanbod en toelaatbaarheid"),
        P("Een samenwerkingsverband heeft de wettelijke opdracht te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat er voor ieder kind een passende plek is. Duinrand brengt in schooljaar 2024-2025 samen met de besturen in kaart welk aanbod er in de regio is, waar wachtlijsten zijn en waar witte vlekken zitten. De uitkomsten en de acties die daaruit voortvloeien, nemen we op in het jaarplan 2025-2026."),
        P("Over de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs zijn binnen Duinrand afspraken gemaakt. Deze staan in de Loketprocedure Duinrand (bijlage 2), die het bestuur afzonderlijk heeft vastgesteld, en op de pagina 'Loket' van onze website www.swvduinrand.nl. De Loketprocedure wordt jaarlijks geactualiseerd; daarom is zij niet in dit plan opgenomen."),
        P("Met de samenwerkingsverbanden in de regio Leiden en Zuid-Kennemerland zijn in het verleden afspraken gemaakt over het gebruik van elkaars voorzieningen. Deze afspraken worden in 2024 geëvalueerd."),
        H1("6 Terugplaatsing"),
        P("Duinrand vindt dat een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs in principe tijdelijk moet zijn. Uitgangspunt van ons beleid is dat een kind na een periode in het sbo of so terugkeert naar een basisschool in de eigen woonplaats, zodra de ontwikkeling van het kind dat toelaat en de basisschool met extra ondersteuning kan bieden wat het kind nodig heeft. Een terugplaatsing mag er niet op stuklopen dat de ontvangende school geen middelen heeft."),
        P("Daarom ontvangt de basisschool die een kind uit het sbo of so opneemt een terugplaatsingsarrangement: een bedrag van € 4.000 voor het eerste jaar, te besteden aan extra begeleiding in de groep, en drie consultatiemomenten met een leerkracht of intern begeleider van de school waar het kind vandaan komt. Voor kinderen die overstappen van het so naar het sbo geldt een vergelijkbare regeling."),
        P("Hoe de evaluatie en het besluit over terugplaatsing precies verlopen, werken we in 2024-2025 samen met De Duinpieper en de so-scholen uit in een terugplaatsingsprotocol."),
        H1("7 Ouders"),
        P("Ouders zijn voor het samenwerkingsverband een belangrijke doelgroep. In de notitie 'Ouders en Duinrand' (bijlage 3), die in de loop van 2024 wordt vastgesteld, leggen we vast hoe wij ouders informeren en waar zij terechtkunnen als zij vragen hebben. Tot die notitie is vastgesteld, blijft de huidige werkwijze van kracht."),
        P("In 2025 gaat naar verwachting de wettelijke plicht in om een ouder- en jeugdsteunpunt in te richten. Duinrand oriënteert zich op samenwerking met de omliggende samenwerkingsverbanden om gezamenlijk een steunpunt op te zetten."),
        H1("8 Middelen"),
        H2("8.1 Uitgangspunten"),
        P("Duinrand kiest voor een schoolmodel. Dat betekent dat het grootste deel van de middelen naar de besturen gaat, omdat de ondersteuning op de scholen plaatsvindt. Het samenwerkingsverband houdt alleen middelen achter voor taken die het zelf uitvoert: het loket, de deskundigen, de afdrachten voor het sbo en so, het terugplaatsingsarrangement en het bureau."),
        H2("8.2 Verdeelsleutel"),
        P("Na aftrek van de afdrachten aan DUO en de kosten van het samenwerkingsverband zelf worden de resterende middelen verdeeld over de vier besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande schooljaar. Voor 2024 komt dat neer op € 262 per leerling. Kleine scholen (minder dan 100 leerlingen) ontvangen daarnaast een vaste voet van € 8.000 per school. Het bestuur van het samenwerkingsverband stelt de verdeling jaarlijks in november vast, tegelijk met de begroting. Besturen verantwoorden in hun jaarverslag hoe zij de middelen hebben ingezet."),
        H2("8.3 Meerjarenbegroting"),
        TABLE(
            ("Bedragen in euro", "2024", "2025", "2026", "2027"),
            ("Rijksbijdrage ondersteuning", "3.180.000", "3.165.000", "3.150.000", "3.140.000"),
            ("Afdrachten DUO (so) en overdracht sbo", "-1.010.000", "-1.020.000", "-1.030.000", "-1.030.000"),
            ("Budget besturen (per leerling en vaste voet)", "1.230.000", "1.215.000", "1.205.000", "1.200.000"),
            ("Loket en deskundigen", "210.000", "215.000", "220.000", "225.000"),
            ("Terugplaatsingsarrangementen", "40.000", "40.000", "40.000", "40.000"),
            ("Scholing intern begeleiders", "60.000", "60.000", "50.000", "50.000"),
            ("Bureau en bestuur", "285.000", "290.000", "295.000", "300.000"),
            ("Exploitatieresultaat", "345.000", "325.000", "310.000", "295.000"),
        ),
        P("Het positieve exploitatieresultaat lijkt in strijd met de landelijke afspraken over het afbouwen van reserves. Dat is het niet: het bestuur heeft besloten het resultaat vanaf 2025 als extra budget aan de besturen uit te keren, zodra de evaluatie van de verdeelsleutel is afgerond. In de tabel is daarmee nog geen rekening gehouden. De reserve bedroeg eind 2023 € 1.150.000."),
        H1("9 Organisatie, medezeggenschap en samenwerking"),
        H2("9.1 Bestuur en bureau"),
        P("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de vier besturen. Het bestuur bestaat uit een onafhankelijk voorzitter en drie bestuurders van aangesloten besturen; de eenpitter is via een roulerende zetel vertegenwoordigd. Het intern toezicht is belegd bij de algemene ledenvergadering. Het bureau bestaat uit een coördinator (0,8 fte), een orthopedagoog voor het loket (0,6 fte) en een administratief medewerker (0,4 fte). De financiële administratie is uitbesteed."),
        H2("9.2 Ondersteuningsplanraad"),
        P("De ondersteuningsplanraad heeft op 9 april 2024 ingestemd met dit plan. De OPR vergadert vier keer per jaar en wordt ondersteund door een ambtelijk secretaris. Het samenwerkingsverband biedt de leden jaarlijks een scholing aan."),
        H2("9.3 Gemeenten"),
        P("Het op overeenstemming gericht overleg met de gemeenten Noordwijk, Lisse en Hillegom vond plaats op 28 maart 2024. Onderwerpen waren onder meer leerlingenvervoer, thuiszitters, de inzet van schoolmaatschappelijk werk en de wachtlijsten in de jeugd-ggz. De gemeenten hebben aangegeven zich te kunnen vinden in het plan. Het verslag van het overleg is opgenomen in het bestuursarchief."),
        H2("9.4 Voortgezet onderwijs"),
        P("Het overleg met het samenwerkingsverband voortgezet onderwijs in de regio vond plaats op 21 maart 2024. Afgesproken is de bestaande overstapprocedure voort te zetten."),
        H2("9.5 Personeel en deskundigheid"),
        P("Het samenwerkingsverband heeft zelf weinig personeel. De deskundigheid zit vooral op de scholen. Daarom investeert Duinrand in scholing van intern begeleiders: jaarlijks is er een gezamenlijke studiedag en er zijn drie netwerkbijeenkomsten. Onderwerpen in 2024-2025 zijn meertaligheid, gedrag en het werken met ontwikkelingsperspectieven. Het lerarentekort treft ook onze scholen; vooral in Hillegom zijn vacatures moeilijk te vervullen. Het samenwerkingsverband kan dat probleem niet oplossen, maar ondersteunt de besturen bij het delen van personeel en expertise."),
        H2("9.6 Privacy en ICT"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor het loket en de toewijzing van middelen. Er is een privacyreglement; de functionaris gegevensbescherming wordt gedeeld met een van de besturen. Aanvragen worden digitaal ingediend via een beveiligde omgeving. In 2025 wordt het systeem vervangen, omdat de leverancier ermee stopt."),
        H2("9.7 Planning"),
        P("Onderstaande planning geeft aan wanneer de uitwerkingen van dit plan gereed moeten zijn. De ondersteuningsplanraad wordt bij iedere uitwerking betrokken en heeft instemmingsrecht waar de wet dat voorschrijft."),
        TABLE(
            ("Wanneer", "Wat", "Wie"),
            ("juni 2024", "Jaarplan 2024-2025 met indicatoren", "Bestuur"),
            ("najaar 2024", "Notitie Ouders en Duinrand; nulmeting speerpunten", "Coördinator"),
            ("voorjaar 2025", "Inventarisatie aanbod en witte vlekken", "Werkgroep besturen"),
            ("juli 2025", "Terugplaatsingsprotocol", "Coördinator met sbo en so"),
            ("2025-2026", "Evaluatie verdeelsleutel; besluit over extra budget besturen", "Bestuur"),
            ("2026-2027", "Tussentijdse evaluatie van het plan", "Bestuur en OPR"),
            ("voorjaar 2028", "Nieuw ondersteuningsplan 2028-2032", "Bestuur"),
        ),
        P("De planning is ambitieus voor een klein bureau. Het bestuur bewaakt de voortgang in iedere vergadering en stelt zo nodig prioriteiten bij. Als een uitwerking later gereed is dan gepland, wordt de ondersteuningsplanraad daarover geïnformeerd, met een nieuwe datum. Voor het bureau betekent dit dat in de eerste twee jaar van de planperiode tijdelijk extra capaciteit wordt ingehuurd, waarvoor in de begroting van 2024 en 2025 ruimte is gemaakt binnen de post bureau en bestuur."),
        H1("10 Tot slot"),
        P("Dit plan beschrijft de hoofdlijnen. De komende vier jaar werken we het verder uit, samen met de besturen, de scholen en onze partners. Het jaarplan is daarbij ons belangrijkste instrument. Het eerste jaarplan wordt in juni 2024 vastgesteld. Wij nodigen iedereen uit om met ons mee te denken. Opmerkingen en vragen over dit plan kunnen worden gericht aan de coördinator via info@swvduinrand.nl."),
        P("We realiseren ons dat een plan op hoofdlijnen ook vragen oproept. Waar het plan nu nog weinig zegt, zullen de jaarplannen en de afzonderlijke notities meer houvast bieden. De ondersteuningsplanraad wordt bij iedere notitie betrokken."),
        ("break",),
        H1("Bijlage 1 Afkortingen en begrippen"),
        ("gloss", [
            ("DUO", "Dienst Uitvoering Onderwijs."),
            ("IB'er", "Intern begeleider."),
            ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders terechtkunnen met vragen over ondersteuning en bij onenigheid met school."),
            ("OPR", "Ondersteuningsplanraad."),
            ("Sbo", "Speciaal basisonderwijs."),
            ("So", "Speciaal onderwijs."),
            ("SOP", "Schoolondersteuningsprofiel."),
            ("TLV", "Toelaatbaarheidsverklaring. Besluit van het samenwerkingsverband dat een kind toelaatbaar is tot het sbo of so. De aanvraag wordt gedaan door het schoolbestuur; twee deskundigen adviseren. Ouders kunnen bezwaar maken bij de Landelijke Bezwaaradviescommissie."),
            ("Dekkend aanbod", "Situatie waarin voor ieder kind een passende onderwijsplek beschikbaar is."),
        ]),
    ]


# ===========================================================================
# Plan 3: PO, medium verband, traditional structure, much content in tables; .pdf
# ===========================================================================

def plan_veluwezoom():
    return [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("sub", "Stichting Passend Primair Onderwijs Veluwezoom-Noord"),
        P("Elk kind een plek om te groeien"),
        P("Concept ter instemming aan de OPR: 14 januari 2025. Instemming OPR: 11 februari 2025. OOGO gemeenten Apeldoorn-Oost, Brummen en Voorst: 4 februari 2025. Vastgesteld door het bestuur: 3 maart 2025."),
        ("break",),
        ("toc", [
            "Voorwoord 3",
            "1 Inleiding 4",
            "2 Terugblik op de planperiode 2021-2025 5",
            "3 Missie, visie en kernwaarden 8",
            "4 Het ondersteuningscontinuüm 10",
            "   4.1 Basisondersteuning 10",
            "   4.2 Extra ondersteuning en bovenschoolse voorzieningen 13",
            "5 Toewijzing en toelaatbaarheid 16",
            "6 Kwaliteitszorg en resultaten 20",
            "7 Ouders 24",
            "8 Samenwerking met gemeenten 26",
            "9 Organisatie en medezeggenschap 28",
            "10 Financiën 30",
            "11 Planning 2025-2029 34",
            "Bijlage Begrippenlijst 36",
        ]),
        ("break",),
        H1("Voorwoord"),
        P("Het is alweer het derde ondersteuningsplan van ons samenwerkingsverband. Waar het eerste plan vooral ging over het inrichten van een nieuwe organisatie en het tweede over het vinden van een goede balans tussen scholen en samenwerkingsverband, gaat dit derde plan over verdieping. We willen dat wat goed gaat, goed blijft gaan, en dat we de dingen die nog niet goed gaan, de komende vier jaar aanpakken."),
        P("Dit plan is geschreven in een periode waarin het onderwijs onder druk staat. Het lerarentekort, de gevolgen van de coronaperiode en de groeiende vraag naar jeugdhulp zijn voelbaar op onze scholen. Tegelijk zien we veel energie en vakmanschap. Intern begeleiders, leraren en directeuren zetten zich elke dag in om kinderen te geven wat zij nodig hebben. Dit plan is in de eerste plaats bedoeld om hen daarbij te ondersteunen."),
        P("Ik dank de werkgroep ondersteuningsplan, de ondersteuningsplanraad en de gemeenten voor de constructieve samenwerking."),
        P("Henk-Jan Voskamp, directeur-bestuurder"),
        H1("1 Inleiding"),
        P("Het samenwerkingsverband Passend Primair Onderwijs Veluwezoom-Noord is een stichting waarin negen schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor 52 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties in de gemeenten Apeldoorn (oostelijk deel), Brummen en Voorst. Het samenwerkingsverband telt ruim 10.800 leerlingen."),
        P("Dit ondersteuningsplan beschrijft het beleid voor de periode 1 augustus 2025 tot en met 31 juli 2029. Het plan voldoet aan de eisen van artikel 18a van de Wet op het primair onderwijs. Het plan is tot stand gekomen na een uitgebreide evaluatie van het vorige plan, gesprekken met alle besturen, een enquête onder intern begeleiders en twee bijeenkomsten met de ondersteuningsplanraad."),
        P("Het plan is geschreven in een tijd van grote veranderingen. Het wetsvoorstel over de versterking van de positie van ouders en leerlingen, de aangekondigde landelijke norm voor de basisondersteuning en de ambitie van het kabinet om het onderwijs inclusiever te maken, zullen in de komende jaren gevolgen hebben voor ons werk. Waar die gevolgen nu al te overzien zijn, hebben we ze in dit plan verwerkt. Waar dat nog niet kan, passen we het plan tussentijds aan, met instemming van de ondersteuningsplanraad."),
        P("Hoofdstuk 2 blikt terug op de afgelopen planperiode. Daarna beschrijven we onze missie en visie (hoofdstuk 3), het ondersteuningscontinuüm (hoofdstuk 4), de toewijzing van ondersteuning en de toelaatbaarheid (hoofdstuk 5), onze kwaliteitszorg en beoogde resultaten (hoofdstuk 6), de positie van ouders (hoofdstuk 7), de samenwerking met gemeenten (hoofdstuk 8), de organisatie (hoofdstuk 9) en de financiën (hoofdstuk 10)."),
        H1("2 Terugblik op de planperiode 2021-2025"),
        P("In het ondersteuningsplan 2021-2025 hadden we ons vijf doelen gesteld. In de tabel hieronder staat per doel wat we hebben bereikt. De cijfers komen uit de jaarlijkse monitor van het samenwerkingsverband en uit DUO-gegevens (teldatum 1 oktober 2024)."),
        TABLE(
            ("Doel 2021-2025", "Streefwaarde", "Bereikt (2024)", "Toelichting"),
            ("Deelnamepercentage sbo onder 2,5%", "2,5%", "2,3%", "Gehaald"),
            ("Deelnamepercentage so onder 1,6%", "1,6%", "1,8%", "Niet gehaald; stijging vooral in cluster 4"),
            ("Alle scholen hebben een actueel SOP", "100%", "96%", "Twee scholen in verbouwing/fusie"),
            ("Tevredenheid intern begeleiders over het loket", "7,5", "7,9", "Gehaald"),
            ("Doorlooptijd aanvraag arrangement", "max. 6 weken", "gem. 4,5 weken", "Gehaald"),
        ),
        P("Kwalitatief zien we dat scholen beter in staat zijn om kinderen met gedragsproblemen in de eigen groep te houden. Het aantal aanvragen voor een arrangement gedrag daalde van 148 in 2021 naar 119 in 2024, terwijl de intensiteit van de aanvragen toenam. Minder goed verliep de samenwerking met de jeugdhulp rond kinderen met complexe problematiek op het snijvlak van onderwijs en zorg. Dit is een van de redenen voor de stijging van het deelnamepercentage so."),
        P("De evaluatie leverde ook lessen op voor de organisatie. De werkgroepstructuur was te zwaar, en de communicatie tussen het bureau en de scholen verliep niet altijd soepel. In 2023 is de organisatie vereenvoudigd."),
        H1("3 Missie, visie en kernwaarden"),
        P("Onze missie: Samen zorgen wij ervoor dat ieder kind in Veluwezoom-Noord onderwijs krijgt dat past, zo thuisnabij als mogelijk."),
        P("Onze visie: Wij geloven in de kracht van de reguliere school. Iedere leraar kan, met de juiste ondersteuning, omgaan met verschillen tussen kinderen. Waar de reguliere school ondanks alle inspanningen niet genoeg kan bieden, is er een goed alternatief in het speciaal (basis)onderwijs. Het samenwerkingsverband ondersteunt de scholen daarbij met expertise, middelen en voorzieningen."),
        P("Onze kernwaarden zijn: het kind centraal, vertrouwen in professionals, samen verantwoordelijk en transparant. Deze kernwaarden zijn in 2024 met de besturen en de OPR opnieuw vastgesteld. In de uitvoering betekent dit onder andere dat we beslissingen zo dicht mogelijk bij het kind nemen, dat we niet meer verantwoording vragen dan nodig, en dat we onze keuzes uitleggen."),
        P("Deze missie en visie staan niet los van landelijke ontwikkelingen. Het kabinet wil dat het onderwijs in 2035 inclusiever is, zodat meer kinderen met een beperking of chronische ziekte samen met andere kinderen naar school kunnen. Dat vraagt van reguliere scholen dat zij meer kunnen bieden, en van het speciaal onderwijs dat het zijn expertise breder beschikbaar stelt. Ons samenwerkingsverband wil in deze beweging meegaan, in een tempo dat past bij wat scholen en leraren aankunnen. We kiezen daarom voor kleine, zorgvuldige stappen, waarbij we telkens samen met de scholen bekijken wat werkt."),
        H1("4 Het ondersteuningscontinuüm"),
        P("Het ondersteuningsaanbod in ons samenwerkingsverband is ingericht als een continuüm: van de basisondersteuning die iedere school biedt, via extra ondersteuning op de eigen school en bovenschoolse voorzieningen, tot het speciaal basisonderwijs en het speciaal onderwijs."),
        H2("4.1 Basisondersteuning"),
        P("Alle scholen van Veluwezoom-Noord bieden ten minste de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. De besturen hebben de basisondersteuning beschreven in negen standaarden. Voor iedere vestiging geldt dat zij aan alle standaarden voldoet; de standaarden zijn daarmee het minimumniveau in het hele samenwerkingsverband."),
        TABLE(
            ("Standaard", "Wat iedere school in ieder geval biedt"),
            ("1 Ondersteuningsstructuur", "Een intern begeleider (min. 1 dag per week per 150 leerlingen), vaste leerling- en groepsbesprekingen, een ondersteuningsteam met jeugdverpleegkundige en schoolmaatschappelijk werk."),
            ("2 Handelingsgericht werken", "Groepsoverzichten en groepsplannen of een vergelijkbare cyclus, twee evaluatiemomenten per jaar."),
            ("3 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leesinstructie in de groepen 1-4; begeleiding bij vergoede dyslexiezorg."),
            ("4 Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; verlengde instructie en inzet van hulpmiddelen."),
            ("5 Sociale veiligheid en gedrag", "Een schoolbrede gedragsaanpak, monitoring sociale veiligheid, een anti-pestcoördinator."),
            ("6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; verrijking en compacting in de groep."),
            ("7 Taal en nieuwkomers", "Extra aanbod woordenschat; NT2-ondersteuning voor kinderen die korter dan twee jaar in Nederland zijn."),
            ("8 Fysiek en medisch", "Protocol medisch handelen; aangepast meubilair waar nodig."),
            ("9 Eigen leerlijn", "Een OPP voor leerlingen die op een of meer vakken naar een eigen eindniveau werken."),
        ),
        P("Het samenwerkingsverband toetst jaarlijks aan de hand van de schoolondersteuningsprofielen en een kort schoolbezoek of de scholen aan de standaarden voldoen. Wanneer een school op een standaard tekortschiet, maakt het bestuur van die school binnen een half jaar verbeterafspraken met het samenwerkingsverband."),
        H2("4.2 Extra ondersteuning en bovenschoolse voorzieningen"),
        P("Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning inzetten. Extra ondersteuning wordt in Veluwezoom-Noord op drie manieren geboden:"),
        UL("Een arrangement op de eigen school, bijvoorbeeld extra begeleiding door een onderwijsassistent, ambulante begeleiding vanuit het sbo of so of een individueel programma. Arrangementen worden aangevraagd bij het loket van het samenwerkingsverband.",
           "Een plaats in een bovenschoolse voorziening: de Taalklas in Apeldoorn-Oost (nieuwkomers, max. 16 kinderen), de Plusklas (één dagdeel per week, vier locaties), de observatiegroep De Brug op het terrein van sbo De Wissel (8 plaatsen, maximaal 16 weken) en de Rebound-PO voor kinderen die tijdelijk niet in hun eigen groep kunnen functioneren.",
           "Een onderwijszorgarrangement, waarin onderwijs en jeugdhulp samen een aanbod doen, bijvoorbeeld de groep Samen Sterk op basisschool De Vlinder met dagbehandeling in de school."),
        P("Na de bovenschoolse voorzieningen volgt het speciaal basisonderwijs (sbo De Wissel en sbo Het Kompas) en het speciaal onderwijs (drie so-locaties: twee voor cluster 4, één voor cluster 3). Voor cluster 1 en 2 werkt het samenwerkingsverband samen met de landelijke instellingen Visio en Kentalis."),
        P("Terugplaatsing naar het regulier basisonderwijs en overplaatsing tussen scholen zijn onderwerpen die we in deze planperiode samen met het sbo en so nader willen verkennen."),
        H1("5 Toewijzing en toelaatbaarheid"),
        H2("5.1 Het loket"),
        P("Alle aanvragen voor een arrangement, een bovenschoolse voorziening of een toelaatbaarheidsverklaring komen binnen bij het loket van het samenwerkingsverband. Het loket is bemenst door een orthopedagoog en een consulent passend onderwijs. Iedere school heeft een vaste consulent."),
        H2("5.2 Procedure toelaatbaarheidsverklaring"),
        TABLE(
            ("Stap", "Wie", "Wat", "Termijn"),
            ("1", "School (IB'er) en ouders", "Bespreking in het ondersteuningsteam; vaststellen dat de school handelingsverlegen is", "-"),
            ("2", "School", "Aanvullen groeidocument met OPP, handelingsplannen en zienswijze ouders", "-"),
            ("3", "Bevoegd gezag van de school", "Indienen aanvraag bij het loket", "-"),
            ("4", "Twee deskundigen (orthopedagoog of psycholoog, plus tweede deskundige afhankelijk van de vraag)", "Afzonderlijk schriftelijk advies; de deskundigen zijn niet betrokken geweest bij de aanvraag", "binnen 3 weken"),
            ("5", "Commissie van Toelaatbaarheid (CvT)", "Besluit namens het bestuur; bij so ook bekostigingscategorie", "binnen 6 weken na volledige aanvraag"),
            ("6", "Loket", "Besluit en deskundigenadviezen naar school en ouders", "binnen 1 week na besluit"),
        ),
        P("Een toelaatbaarheidsverklaring wordt in de regel afgegeven voor twee schooljaren. Voor kinderen met een ernstige meervoudige beperking kan de CvT een TLV afgeven tot het einde van de basisschoolleeftijd."),
        H2("5.3 Beoordeling"),
        P("De CvT beoordeelt iedere aanvraag individueel, op basis van het groeidocument en de deskundigenadviezen. Het bestuur heeft besloten de toelaatbaarheidscriteria uit het vorige plan te laten vervallen, omdat deze te veel als afvinklijst werden gebruikt. Nieuwe criteria, die beter aansluiten bij het handelingsgericht werken, worden in de loop van 2026 samen met de besturen en het sbo en so opgesteld."),
        H2("5.4 Bezwaar"),
        P("Ouders en schoolbesturen die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("6 Kwaliteitszorg en resultaten"),
        H2("6.1 Beoogde resultaten 2025-2029"),
        P("Voor de nieuwe planperiode hebben we de volgende beoogde resultaten vastgesteld. Iedere indicator heeft een nulmeting (schooljaar 2024-2025) en een streefwaarde voor 2029."),
        TABLE(
            ("Beoogd resultaat", "Indicator", "Nulmeting", "Streefwaarde 2029"),
            ("Meer kinderen thuisnabij", "Deelnamepercentage so", "1,8%", "max. 1,6%"),
            ("Sterke basis", "Scholen die voldoen aan alle 9 standaarden", "41 van 52", "52 van 52"),
            ("Snelle hulp", "Gemiddelde doorlooptijd TLV-aanvraag", "7 weken", "max. 5 weken"),
            ("Passend arrangement", "Arrangementen die bij evaluatie als effectief worden beoordeeld", "68%", "80%"),
            ("Tevreden ouders", "Tevredenheid ouders over de ondersteuning (ouderpeiling)", "7,1", "7,5"),
        ),
        H2("6.2 Monitoring en kwaliteitscyclus"),
        P("Het samenwerkingsverband werkt met een vaste kwaliteitscyclus. In oktober verzamelen we de gegevens voor de monitor: deelnamepercentages (DUO), aantallen arrangementen en TLV's, doorlooptijden uit het loketsysteem en de uitkomsten van de evaluaties van arrangementen. In januari bespreekt het bestuur de monitor met de besturen in het bestuurlijk overleg. Iedere twee jaar houden we een tevredenheidspeiling onder ouders, intern begeleiders en directeuren. De resultaten worden verantwoord in het jaarverslag, dat vóór 1 juli aan de OPR en de gemeenten wordt gestuurd. Halverwege de planperiode, in 2027, vindt een tussentijdse evaluatie plaats met een externe partij."),
        P("Ieder arrangement wordt na afloop door de school geëvalueerd met een kort formulier: is het doel bereikt, wat heeft gewerkt en wat niet. De consulent verzamelt deze evaluaties en bespreekt ze twee keer per jaar met de intern begeleiders in het netwerk."),
        H1("7 Ouders"),
        H2("7.1 Ouders als partner"),
        P("Ouders kennen hun kind het best. Wij vinden het belangrijk dat ouders vanaf het begin betrokken zijn bij de ondersteuning van hun kind. Ouders nemen deel aan het ondersteuningsteam wanneer hun kind wordt besproken, zij geven hun zienswijze bij iedere aanvraag en zij ondertekenen het OPP. In de OPR hebben vier ouders zitting."),
        H2("7.2 Onafhankelijke ondersteuning"),
        P("Soms lopen gesprekken tussen ouders en school vast, of hebben ouders behoefte aan iemand die met hen meedenkt. Ouders kunnen dan terecht bij het Steunpunt Ouders Veluwezoom, een onafhankelijk ouder- en jeugdsteunpunt dat het samenwerkingsverband samen met twee andere samenwerkingsverbanden financiert. Het steunpunt is bereikbaar via een gratis telefoonnummer en een contactformulier en kan ouders begeleiden bij gesprekken op school. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen. Voor klachten heeft het samenwerkingsverband een klachtenregeling; ouders kunnen ook terecht bij de Geschillencommissie passend onderwijs."),
        H2("7.3 Informatie"),
        P("Het samenwerkingsverband wil de informatievoorziening aan ouders verbeteren. In schooljaar 2025-2026 stellen we een communicatieplan op, waarin we uitwerken langs welke kanalen ouders informatie krijgen over de ondersteuningsmogelijkheden. De OPR wordt hierbij betrokken."),
        H1("8 Samenwerking met gemeenten"),
        P("Het samenwerkingsverband werkt nauw samen met de gemeenten Apeldoorn, Brummen en Voorst. Het OOGO over dit plan vond plaats op 4 februari 2025. Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer en de voor- en vroegschoolse educatie. De gemeenten financieren schoolmaatschappelijk werk op alle scholen en dragen bij aan de onderwijszorgarrangementen. In 2025 wordt een nieuw convenant gesloten over zorg in onderwijstijd."),
        P("Met het samenwerkingsverband voortgezet onderwijs Apeldoorn e.o. is overleg gevoerd over de overstap van groep 8 naar het voortgezet onderwijs. De afspraken over de warme overdracht blijven ongewijzigd."),
        H1("9 Organisatie en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de besturen en twee onafhankelijke leden. De besturen komen vier keer per jaar bijeen in het bestuurlijk overleg, dat de directeur-bestuurder adviseert over de begroting en het beleid."),
        P("Het bureau telt 17 medewerkers (13,4 fte): de directeur-bestuurder, een beleidsadviseur, een controller, een office manager, zeven consulenten passend onderwijs, vier orthopedagogen en twee medewerkers van het loket. De consulenten en orthopedagogen zijn in dienst van het samenwerkingsverband; ambulant begeleiders worden ingehuurd bij het sbo en so."),
        P("De ondersteuningsplanraad bestaat uit acht leden en heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft een eigen MR voor het personeel van het bureau. Het samenwerkingsverband werkt volgens de AVG en heeft een privacyreglement. Gegevens over leerlingen worden bewaard tot drie jaar na het besluit."),
        P("Professionalisering is een gedeelde verantwoordelijkheid. De besturen zorgen voor de scholing van hun leraren; het samenwerkingsverband organiseert netwerken voor intern begeleiders, een jaarlijkse studiedag en de leergang 'Omgaan met gedrag'. Nieuwe consulenten volgen een inwerkprogramma."),
        H2("9.1 Personeel en werkdruk"),
        P("Het samenwerkingsverband is voor de uitvoering van zijn taken afhankelijk van deskundige medewerkers. Orthopedagogen en consulenten zijn schaars; in 2023 en 2024 stonden gemiddeld twee vacatures open. Om medewerkers te behouden investeert het samenwerkingsverband in een goed inwerkprogramma, in intervisie en in ruimte voor eigen professionalisering. Iedere medewerker heeft jaarlijks een gesprekkencyclus met de directeur-bestuurder of de teamleider. Het ziekteverzuim bedroeg in 2024 4,1 procent, iets onder het landelijk gemiddelde in de sector."),
        P("Ook op de scholen is de werkdruk hoog. Intern begeleiders geven aan dat zij veel tijd kwijt zijn aan het opstellen van dossiers. Het samenwerkingsverband heeft daarom in 2024 het groeidocument vereenvoudigd; het aantal verplichte velden is teruggebracht van 46 naar 21. We blijven kritisch kijken naar wat we van scholen vragen."),
        P("Het samenwerkingsverband volgt de cao primair onderwijs. De functiebeschrijvingen zijn in 2024 geactualiseerd. Voor het bureau geldt een formatieplan dat jaarlijks met de begroting wordt vastgesteld en met de personeelsgeleding van de eigen MR wordt besproken."),
        H2("9.2 ICT en gegevensbeheer"),
        P("Het loket werkt met een webapplicatie waarin scholen aanvragen indienen en de voortgang kunnen volgen. In 2024 is de applicatie gekoppeld aan de leerlingadministratie van de besturen, zodat gegevens niet dubbel hoeven te worden ingevoerd. Toegang is beperkt tot de medewerkers die de gegevens nodig hebben voor hun taak, en wordt jaarlijks gecontroleerd. Er is een verwerkersovereenkomst met de leverancier en met alle aangesloten besturen. Datalekken worden gemeld bij de functionaris gegevensbescherming; in 2024 was er één melding, die niet tot een melding bij de Autoriteit Persoonsgegevens hoefde te leiden."),
        P("Het bureau van het samenwerkingsverband is gehuisvest in een gedeeld kantoor met het samenwerkingsverband voortgezet onderwijs aan de Laan van Zevenhuizen. Het huurcontract loopt tot 2028. Vergaderingen met scholen vinden bij voorkeur op locatie plaats, zodat consulenten en orthopedagogen zichtbaar zijn op de scholen."),
        H2("9.3 Governance en interne beheersing"),
        P("De raad van toezicht houdt toezicht op de directeur-bestuurder aan de hand van een toezichtkader. Het toezichtkader is in 2023 herzien en legt de nadruk op drie vragen: doen we de goede dingen, doen we de dingen goed, en hoe weten we dat. De raad vergadert vijf keer per jaar en houdt jaarlijks een zelfevaluatie. De auditcommissie bespreekt de begroting, de kwartaalrapportages en de jaarrekening met de controller en de accountant. Het samenwerkingsverband hanteert de Code Goed Bestuur in het primair onderwijs."),
        H1("10 Financiën"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer 8,7 miljoen euro aan ondersteuningsmiddelen. De verdeling en de besteding van deze middelen zijn samengevat in de tabellen 10.1 en 10.2."),
        TABLE(
            ("Tabel 10.1 Verdeelmodel", "Criterium voor toekenning", "Bedrag 2025", "Wie besluit"),
            ("Schoolbudget (naar besturen)", "€ 140 per leerling op 1 oktober t-1", "€ 1.515.000", "Bestuur SWV, jaarlijks bij begroting"),
            ("Arrangementen op de eigen school", "Toekenning door het loket na aanvraag; max. € 7.500 per leerling per jaar", "€ 1.150.000", "Loket"),
            ("Bovenschoolse voorzieningen", "Bekostiging per plaats: Taalklas € 9.000, De Brug € 18.000, Rebound € 14.000", "€ 980.000", "Bestuur SWV"),
            ("Onderwijszorgarrangementen", "Onderwijsdeel; zorgdeel door gemeenten", "€ 210.000", "Bestuur SWV en gemeenten"),
            ("Afdrachten so en sbo (DUO, groeibekostiging)", "Wettelijk; teldata 1 oktober en 1 februari", "€ 3.950.000", "DUO"),
        ),
        TABLE(
            ("Tabel 10.2 Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"),
            ("Baten", "8.720", "8.690", "8.650", "8.610"),
            ("Afdrachten so en sbo", "3.950", "3.980", "4.000", "4.000"),
            ("Schoolbudgetten", "1.515", "1.500", "1.490", "1.480"),
            ("Arrangementen", "1.150", "1.150", "1.150", "1.150"),
            ("Bovenschoolse voorzieningen en OZA", "1.190", "1.210", "1.230", "1.230"),
            ("Personeel bureau en loket", "1.120", "1.140", "1.160", "1.180"),
            ("Overige lasten", "180", "180", "180", "180"),
            ("Resultaat", "-385", "-470", "-560", "-610"),
        ),
        P("De begrote tekorten worden gedekt uit de algemene reserve, die eind 2024 € 3,1 miljoen bedroeg. Daarmee voldoet het samenwerkingsverband aan het landelijke afbouwpad voor reserves. Besturen verantwoorden de besteding van het schoolbudget jaarlijks met een korte rapportage."),
        H1("11 Planning 2025-2029"),
        TABLE(
            ("Jaar", "Belangrijkste mijlpalen"),
            ("2025-2026", "Communicatieplan ouders; nieuw convenant zorg in onderwijstijd"),
            ("2026-2027", "Nieuwe toelaatbaarheidscriteria; evaluatie verdeelmodel"),
            ("2027-2028", "Tussentijdse evaluatie van het plan"),
            ("2028-2029", "Voorbereiding nieuw ondersteuningsplan"),
        ),
        ("break",),
        H1("Bijlage Begrippenlijst"),
        ("gloss", [
            ("Dekkend netwerk", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is; ook de aanpak van thuiszitters en wachtlijsten valt hieronder."),
            ("Informatievoorziening ouders", "De manier waarop ouders via website, schoolgids en folders worden geïnformeerd over de ondersteuning."),
            ("Terugplaatsing", "De overstap van een kind uit het sbo of so naar het regulier onderwijs na afloop van de TLV."),
            ("Toelaatbaarheidscriteria", "De criteria op basis waarvan de CvT besluit of een kind toelaatbaar is tot het sbo of so."),
            ("Zorgplicht", "De plicht van een schoolbestuur om een kind dat extra ondersteuning nodig heeft een passende plek aan te bieden."),
        ]),
    ]


# ===========================================================================
# Plan 4: VO verband; .docx
# ===========================================================================

def plan_oostbetuwe():
    return [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Oost-Betuwe (VO 25-14)"),
        P("Ieder talent een passende plek"),
        P("Instemming ondersteuningsplanraad: 20 maart 2025 – OOGO: 13 maart 2025 – Vaststelling algemeen bestuur: 27 maart 2025"),
        ("break",),
        ("toc", [
            "Voorwoord",
            "Samenvatting",
            "1 Ons samenwerkingsverband",
            "   1.1 Totstandkoming van dit plan",
            "   1.2 Ontwikkelingen in de regio",
            "2 Visie en ambities",
            "3 Ondersteuning op de scholen",
            "4 Een dekkend aanbod",
            "5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs",
            "6 Terug naar het regulier onderwijs",
            "7 Resultaten en kwaliteit",
            "8 Ouders en leerlingen",
            "9 Samenwerking met gemeenten en mbo",
            "10 Organisatie en medezeggenschap",
            "11 Financiële paragraaf",
            "12 Planning",
            "Bijlage 1 Begrippen en afkortingen",
            "Bijlage 2 Stroomschema's (afzonderlijk)",
            "Bijlage 3 Meerjarenbegroting 2025-2029 (afzonderlijk)",
        ]),
        ("break",),
        H1("Voorwoord"),
        P("Beste lezer,"),
        P("In dit ondersteuningsplan leest u hoe de scholen voor voortgezet onderwijs in Oost-Betuwe de komende vier jaar samen werken aan passend onderwijs voor alle jongeren in de regio. Het plan is het resultaat van een jaar lang gesprekken: met zorgcoördinatoren en mentoren, met schoolleiders en bestuurders, met leerlingen en ouders in de ondersteuningsplanraad, en met de gemeenten Overbetuwe, Lingewaard en Zevenaar."),
        P("We hebben gemerkt dat er in de regio veel goed gaat. De scholen kennen elkaar, en als het ergens knelt, wordt er snel gebeld. Tegelijk zien we dat het aantal jongeren met psychische klachten groeit, dat de wachtlijsten in de jeugdhulp lang zijn en dat het lerarentekort ook in het vo voelbaar is. Dat vraagt om keuzes. In dit plan maken we die keuzes zichtbaar."),
        P("Een ondersteuningsplan is nooit af. De wereld om ons heen verandert, en wat vandaag werkt, kan over twee jaar achterhaald zijn. We zien dit plan daarom als een kompas, niet als een routeboek. Het geeft richting, maar laat ruimte om onderweg bij te sturen. Dat doen we samen met de scholen, de ondersteuningsplanraad en onze partners."),
        P("Wij danken iedereen die aan dit plan heeft bijgedragen, en in het bijzonder de leerlingen die ons in drie panelgesprekken een spiegel hebben voorgehouden."),
        P("Annelies Verbeek, directeur-bestuurder"),
        H1("Samenvatting"),
        P("Samenwerkingsverband VO Oost-Betuwe bestaat uit elf scholen voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs. In de planperiode 2025-2029 richten we ons op drie ambities: minder jongeren thuis, meer jongeren thuisnabij en een sterke overgang naar het mbo. De scholen beschrijven hun eigen basisondersteuning; in de komende jaren werken we toe naar een gezamenlijke norm. Het aanbod boven de basis bestaat uit lwoo, praktijkonderwijs, de bovenschoolse voorziening De Overstap, de reboundvoorziening en het vso. De financiële vertaling van dit plan staat in de afzonderlijke meerjarenbegroting."),
        H1("1 Ons samenwerkingsverband"),
        P("Het samenwerkingsverband omvat de gemeenten Overbetuwe, Lingewaard en Zevenaar. Vijf schoolbesturen zijn aangesloten. Samen hebben zij elf scholen met in totaal 9.340 leerlingen (1 oktober 2024): zes scholen voor vmbo, havo en vwo (waarvan vier met een lwoo-aanbod), twee brede vmbo-scholen, twee scholen voor praktijkonderwijs en één vso-school (cluster 4) met afdelingen in Elst en Zevenaar."),
        TABLE(
            ("Kengetal (1 oktober 2024)", "Aantal", "Percentage"),
            ("Leerlingen totaal", "9.340", "100%"),
            ("Leerlingen met lwoo", "812", "8,7%"),
            ("Leerlingen praktijkonderwijs", "301", "3,2%"),
            ("Leerlingen vso (TLV SWV Oost-Betuwe)", "254", "2,7%"),
            ("Leerlingen in De Overstap", "38", "0,4%"),
        ),
        P("Het samenwerkingsverband grenst aan de samenwerkingsverbanden in Arnhem, Nijmegen en de Liemers. Veel leerlingen uit het zuiden van Overbetuwe gaan in Nijmegen naar school; omgekeerd komen leerlingen uit Arnhem-Zuid naar scholen in Elst. Over deze stromen worden jaarlijks afspraken gemaakt met de buursamenwerkingsverbanden."),
        H2("1.1 Totstandkoming van dit plan"),
        P("Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2024 is het vorige plan geëvalueerd met een vragenlijst onder ondersteuningscoördinatoren, teamleiders en schoolleiders, aangevuld met interviews met de besturen. In de zomer is een schrijfgroep aan de slag gegaan met vertegenwoordigers van alle scholen. In het najaar zijn drie panelgesprekken met leerlingen gehouden, op een havo/vwo-school, een vmbo-school en de school voor praktijkonderwijs in Zevenaar. De leerlingen gaven aan dat zij vooral behoefte hebben aan een mentor die tijd voor hen heeft en aan rust in de school. Het concept is in januari 2025 besproken met de OPR en in februari met de gemeenten."),
        P("Een punt dat in alle gesprekken terugkwam, is de behoefte aan minder papier. Zorgcoördinatoren besteden veel tijd aan dossiers die daarna niemand meer leest. In dit plan hebben we daarom geprobeerd procedures eenvoudig te houden en alleen vast te leggen wat echt nodig is."),
        H2("1.2 Ontwikkelingen in de regio"),
        P("Het aantal leerlingen in het vo in Oost-Betuwe is de afgelopen jaren licht gestegen, vooral door woningbouw in Elst en Zevenaar. De prognoses wijzen op een stabilisatie vanaf 2027 en daarna een lichte daling. Voor de scholen voor praktijkonderwijs en het vso is de verwachting dat het leerlingaantal gelijk blijft."),
        P("De scholen merken dat jongeren met meer en complexere vragen binnenkomen. Mentoren zien meer somberheid, angst en schooluitval in de bovenbouw. De wachtlijsten voor jeugd-ggz zijn lang, waardoor scholen soms maandenlang een leerling opvangen die eigenlijk behandeling nodig heeft. Tegelijk is het lastig om voldoende bevoegde docenten te vinden, vooral voor de vakken wiskunde, Duits en de technische profielvakken. Het samenwerkingsverband kan deze problemen niet alleen oplossen, maar wil de scholen helpen om er samen mee om te gaan."),
        H1("2 Visie en ambities"),
        P("Wij willen dat iedere jongere in Oost-Betuwe een diploma of startkwalificatie haalt of, als dat niet haalbaar is, een passende plek op de arbeidsmarkt of in dagbesteding vindt. Daarbij staat niet het etiket van de leerling centraal, maar de vraag wat hij of zij nodig heeft om zich te ontwikkelen. Scholen doen wat zij kunnen; als het nodig is, helpt het samenwerkingsverband met expertise, voorzieningen en middelen."),
        P("Voor de planperiode hebben we drie ambities geformuleerd, die in hoofdstuk 7 zijn uitgewerkt in meetbare doelen:"),
        OL("Minder jongeren thuis: geen enkele jongere zit langer dan vier weken thuis zonder onderwijsaanbod.",
           "Meer jongeren thuisnabij: jongeren met een ondersteuningsbehoefte volgen zo veel mogelijk onderwijs op een reguliere school in de eigen regio.",
           "Een sterke overgang: jongeren uit het praktijkonderwijs, het vso en de basis- en kaderberoepsgerichte leerwegen stromen succesvol door naar mbo of werk."),
        H1("3 Ondersteuning op de scholen"),
        H2("3.1 Basisondersteuning"),
        P("In Oost-Betuwe is tot nu toe geen gezamenlijk niveau van basisondersteuning vastgesteld. Iedere school bepaalt zelf welke basisondersteuning zij biedt en legt dit vast in het schoolondersteuningsprofiel en de schoolgids. De scholen verschillen in profiel en in leerlingpopulatie, en de besturen hebben er tot nu toe bewust voor gekozen elkaar daarin vrij te laten."),
        P("Uit de schoolondersteuningsprofielen blijkt dat de scholen in de praktijk veel gemeen hebben. Het overzicht hieronder laat zien welke voorzieningen de scholen in schooljaar 2024-2025 bieden."),
        TABLE(
            ("Voorziening", "Aantal scholen (van 10 regulier en pro)"),
            ("Ondersteuningscoördinator en mentoraat met wekelijks mentoruur", "10"),
            ("Dyslexiebeleid met faciliteiten (extra tijd, voorleessoftware)", "10"),
            ("Ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts", "10"),
            ("Faalangst- en examenvreesreductietraining", "9"),
            ("Huiswerkbegeleiding en studievaardigheden", "8"),
            ("Trajectvoorziening / time-outruimte in de school", "7"),
            ("Begeleiding bij executieve functies", "6"),
            ("Aanbod voor (hoog)begaafde leerlingen", "5"),
        ),
        P("In de planperiode willen de besturen komen tot een gezamenlijke norm voor de basisondersteuning, in aansluiting op de landelijke norm die de minister heeft aangekondigd. Een werkgroep van ondersteuningscoördinatoren doet daarvoor in 2026 een voorstel."),
        H2("3.2 Extra ondersteuning op de eigen school"),
        P("Als een leerling meer nodig heeft dan de school in haar basisondersteuning biedt, kan de school extra ondersteuning inzetten. Dat kan met eigen middelen, met inzet van de consulenten van het samenwerkingsverband of met een arrangement. Voor iedere leerling die extra ondersteuning krijgt, stelt de school een ontwikkelingsperspectief op. De leerling heeft hoorrecht: hij of zij wordt gevraagd naar zijn of haar mening over het OPP."),
        H1("4 Een dekkend aanbod"),
        H2("4.1 Het ondersteuningsaanbod"),
        P("Het aanbod in Oost-Betuwe loopt van de ondersteuning op de eigen school tot het voortgezet speciaal onderwijs. De belangrijkste onderdelen zijn:"),
        UL("Leerwegondersteunend onderwijs (lwoo) op vier scholen, in kleinere klassen en met extra begeleiding.",
           "Praktijkonderwijs op twee scholen (Elst en Zevenaar), met een eigen uitstroomprofiel naar werk of entree-opleiding.",
           "De Overstap: een bovenschoolse voorziening (OPDC) voor leerlingen in de onderbouw die tijdelijk intensieve begeleiding in een kleine groep nodig hebben, met als doel terugkeer naar de eigen school binnen een jaar.",
           "De reboundvoorziening: tijdelijke opvang van maximaal twaalf weken voor leerlingen die door gedragsproblemen vastlopen.",
           "De Schakelklas en de ISK voor nieuwkomers, in samenwerking met het samenwerkingsverband in Arnhem.",
           "Onderwijszorgarrangementen waarin vso en jeugdhulp samenwerken, bijvoorbeeld voor leerlingen met ernstige psychische problemen.",
           "Het voortgezet speciaal onderwijs, cluster 4, op de vso-school De Linge; leerlingen met een cluster 3-ondersteuningsbehoefte gaan naar vso-scholen in Arnhem en Nijmegen."),
        H2("4.2 Witte vlekken en thuiszitters"),
        P("Ieder voorjaar maakt het samenwerkingsverband met de besturen een analyse van het aanbod. Daarbij kijken we naar de wachtlijsten van De Overstap en het vso, de aantallen thuiszitters en vrijstellingen en de leerlingen die buiten de regio naar school gaan omdat er in de regio geen passend aanbod is. De analyse van 2024 liet zien dat er te weinig aanbod is voor hoogbegaafde leerlingen met sociaal-emotionele problemen en voor jongeren met angstklachten die niet naar een grote school kunnen. Voor de eerste groep start in 2025 een pilot op twee scholen; voor de tweede groep onderzoeken we met de vso-school een kleinschalige havo-afdeling."),
        P("Dreigt een leerling thuis te komen zitten, dan meldt de school dit binnen drie dagen bij de leerplichtambtenaar en de consulent. De leerling wordt besproken aan de Thuiszitterstafel, waarin school, leerplicht, jeugdhulp en samenwerkingsverband zitten. Als er na vier weken geen oplossing is, beslist de directeur-bestuurder welke school of voorziening de leerling tijdelijk opvangt."),
        H1("5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        H2("5.1 Voortgezet speciaal onderwijs"),
        P("Voor toelating tot het vso is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De school waar de leerling staat ingeschreven (of, voor leerlingen uit het primair onderwijs, de school waar de leerling wordt aangemeld) vraagt de TLV aan bij de Commissie Toelaatbaarheid. Bij de aanvraag horen het OPP, een verslag van de ingezette ondersteuning en de zienswijze van ouders en leerling. Een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de problematiek, brengen ieder afzonderlijk advies uit. De Commissie besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte zo groot is dat de reguliere school ook met een arrangement en na inzet van De Overstap niet kan bieden wat nodig is, (2) er sprake is van een structurele beperking of ernstige gedrags- of psychiatrische problematiek die een specialistische onderwijsomgeving vraagt, en (3) de deskundigen adviseren dat de leerling in het vso de beste kansen heeft op een diploma, startkwalificatie of passende uitstroom. De TLV wordt afgegeven voor één, twee of drie schooljaren, en vermeldt de bekostigingscategorie laag, midden of hoog."),
        H2("5.2 Leerwegondersteunend onderwijs"),
        P("Oost-Betuwe hanteert de landelijke criteria voor lwoo. De basisschool levert de gegevens aan via het overdrachtsdossier; de vo-school waar de leerling is aangemeld vraagt de aanwijzing lwoo aan bij het samenwerkingsverband vóór 1 april. De Commissie Toelaatbaarheid toetst de gegevens aan de landelijke criteria (intelligentie en leerachterstanden, aangevuld met sociaal-emotionele problematiek) en besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        H2("5.3 Praktijkonderwijs"),
        P("Voor toelating tot het praktijkonderwijs is een TLV pro nodig. De landelijke criteria zijn bepalend: een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan; de Commissie Toelaatbaarheid besluit binnen vier weken na ontvangst van het volledige dossier. De TLV pro wordt afgegeven voor de duur van de opleiding."),
        H1("6 Terug naar het regulier onderwijs"),
        P("Iedere leerling in het vso heeft een ontwikkelingsperspectief dat jaarlijks door de commissie voor de begeleiding van de vso-school wordt geëvalueerd. In het laatste jaar van de TLV bespreekt de vso-school uiterlijk in februari met de leerling, de ouders en de consulent van het samenwerkingsverband of de leerling kan terugkeren naar een reguliere vo-school, kan doorstromen naar het mbo of dat een verlenging nodig is. Kiest men voor terugkeer, dan neemt de vso-school contact op met de ontvangende school en vindt vóór 1 juni een overdrachtsgesprek plaats. Is verlenging nodig, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan; de Commissie Toelaatbaarheid beslist vóór 1 juli. Voor leerlingen in De Overstap geldt een vergelijkbare evaluatie na zes maanden."),
        P("Het terugplaatsingsbeleid van het samenwerkingsverband, met de doelen, de voorwaarden en de begeleiding na terugkeer, stellen we in het eerste planjaar opnieuw vast samen met de vso-school en de reguliere scholen."),
        H1("7 Resultaten en kwaliteit"),
        H2("7.1 Beoogde resultaten"),
        TABLE(
            ("Ambitie", "Indicator", "Stand 2024", "Doel 2029"),
            ("Minder jongeren thuis", "Thuiszitters langer dan 4 weken (teldatum 1 december)", "17", "0"),
            ("Minder jongeren thuis", "Vrijstellingen 5 onder a", "9", "max. 5"),
            ("Thuisnabij", "Deelnamepercentage vso", "2,7%", "max. 2,4%"),
            ("Thuisnabij", "Leerlingen uit De Overstap terug naar eigen school binnen een jaar", "71%", "85%"),
            ("Sterke overgang", "Voortijdig schoolverlaters in het eerste mbo-jaar (pro/vso/vmbo-bk)", "6,1%", "max. 4,5%"),
        ),
        H2("7.2 Monitoring"),
        P("Twee keer per jaar, in december en juni, stelt het samenwerkingsverband een monitor op met de indicatoren uit de tabel, aangevuld met gegevens over de doorlooptijden van aanvragen en de tevredenheid van scholen. De monitor wordt besproken in het algemeen bestuur en in de ondersteuningsplanraad. In het jaarverslag leggen we verantwoording af over de bereikte resultaten. In 2027 laat het samenwerkingsverband een externe tussenevaluatie uitvoeren; de uitkomsten worden gebruikt om het plan zo nodig bij te stellen."),
        H1("8 Ouders en leerlingen"),
        H2("8.1 Informatie"),
        P("Ouders en leerlingen kunnen op verschillende manieren informatie vinden over de ondersteuningsmogelijkheden. Iedere school publiceert haar schoolondersteuningsprofiel en de ondersteuning in de schoolgids op haar website. Op de website van het samenwerkingsverband staat een overzicht van alle voorzieningen, met per voorziening de doelgroep en de aanmeldroute. In november organiseert het samenwerkingsverband voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte een informatieavond over lwoo, praktijkonderwijs en vso. De brochure 'Ondersteuning in het vo' wordt via de basisscholen verspreid. De mentor is voor ouders het eerste aanspreekpunt."),
        H2("8.2 Betrokkenheid en steunpunt"),
        P("Ouders en leerlingen worden betrokken bij het opstellen en evalueren van het OPP. In de ondersteuningsplanraad zitten ouders, leerlingen en personeelsleden."),
        P("Vanaf de inwerkingtreding van de wet richt het samenwerkingsverband een ouder- en jeugdsteunpunt in. Hoe het steunpunt eruit gaat zien en waar ouders en jongeren terechtkunnen, werken we uit zodra de wettelijke eisen bekend zijn."),
        H1("9 Samenwerking met gemeenten en mbo"),
        P("Het OOGO met de gemeenten Overbetuwe, Lingewaard en Zevenaar over dit plan heeft plaatsgevonden op 13 maart 2025. Afspraken zijn gemaakt over de inzet van jeugdhulp in de school, de aanpak van verzuim en thuiszitten, het leerlingenvervoer naar vso en pro en de aansluiting op de arbeidsmarkt. De gemeenten en het samenwerkingsverband werken met een gezamenlijke agenda die jaarlijks wordt geactualiseerd."),
        P("Met het ROC Rijn IJssel en het ROC Nijmegen zijn afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte naar het mbo. Leerlingen uit het praktijkonderwijs en het vso kunnen een jaar lang terugvallen op hun oude mentor. Met het samenwerkingsverband primair onderwijs in de regio is overleg gevoerd over de overstap van groep 8 naar het vo."),
        P("De overstap van het primair naar het voortgezet onderwijs verloopt volgens de regionale overstapprocedure. Basisscholen geven vóór 1 maart hun schooladvies en dragen het onderwijskundig rapport digitaal over. Voor leerlingen met een OPP of een ondersteuningsbehoefte vindt een warme overdracht plaats tussen de intern begeleider van de basisschool en de ondersteuningscoördinator van de vo-school. In juni bespreken de vo-scholen met de basisscholen in een terugkoppelmoment hoe het met de leerlingen in het eerste jaar gaat. Leerlingen uit het so die naar het vo gaan, krijgen een extra kennismakingsmoment op hun nieuwe school. De afspraken zijn vastgelegd in een convenant met het samenwerkingsverband primair onderwijs en worden jaarlijks geëvalueerd in het gezamenlijke overleg van beide directeuren."),
        H1("10 Organisatie en medezeggenschap"),
        P("Het samenwerkingsverband is een vereniging met een algemeen bestuur, waarin de vijf besturen zijn vertegenwoordigd, en een directeur-bestuurder. Het intern toezicht is belegd bij een toezichthoudend bestuur van drie leden. Het bureau telt negen medewerkers: de directeur-bestuurder, vier consulenten, twee orthopedagogen, een beleidsmedewerker en een managementassistent. De Commissie Toelaatbaarheid bestaat uit de twee orthopedagogen, een psycholoog op inhuurbasis en een jurist."),
        P("De ondersteuningsplanraad telt tien leden en heeft instemmingsrecht op dit plan. De OPR heeft op 20 maart 2025 ingestemd. Het samenwerkingsverband investeert in de professionalisering van ondersteuningscoördinatoren en mentoren met een jaarlijks scholingsprogramma en netwerkbijeenkomsten."),
        P("Het samenwerkingsverband verwerkt gegevens van leerlingen volgens de AVG. Er is een privacyreglement, er zijn verwerkersovereenkomsten met de leveranciers en gegevens worden bewaard tot drie jaar na een besluit."),
        H2("10.1 Personeel en professionalisering"),
        P("De kwaliteit van de ondersteuning hangt af van de mensen die haar bieden. Het samenwerkingsverband organiseert jaarlijks een scholingsprogramma voor ondersteuningscoördinatoren, mentoren en teamleiders. In 2025-2026 staan de thema's psychische gezondheid, executieve functies en gesprekken met ouders centraal. Daarnaast is er een netwerk van ondersteuningscoördinatoren dat zes keer per jaar bijeenkomt en waarin casuïstiek wordt besproken. Nieuwe mentoren kunnen deelnemen aan de training 'De mentor als spil'."),
        P("Voor de eigen medewerkers heeft het samenwerkingsverband een professionaliseringsbudget per persoon. Consulenten nemen deel aan intervisie met collega's van de samenwerkingsverbanden in Arnhem en Nijmegen. Het samenwerkingsverband is aangesloten bij de cao vo."),
        H2("10.2 Leerlingparticipatie"),
        P("Sinds 2023 heeft het samenwerkingsverband een leerlingenpanel van twaalf leerlingen van verschillende scholen en leerwegen. Het panel komt vier keer per jaar bijeen en adviseert het bestuur over onderwerpen die leerlingen raken, zoals de inrichting van de reboundvoorziening en de informatie op de website. Twee leden van het panel hebben zitting in de ondersteuningsplanraad."),
        H1("11 Financiële paragraaf"),
        P("De financiële vertaling van dit ondersteuningsplan is opgenomen in de Meerjarenbegroting 2025-2029 van het samenwerkingsverband, die als bijlage 3 bij dit plan hoort en afzonderlijk door het algemeen bestuur is vastgesteld. De meerjarenbegroting is te vinden op www.swv-oostbetuwe.nl/documenten."),
        H1("12 Planning"),
        TABLE(
            ("Schooljaar", "Mijlpaal"),
            ("2025-2026", "Terugplaatsingsbeleid opnieuw vastgesteld; start pilot hoogbegaafdheid; inrichting ouder- en jeugdsteunpunt"),
            ("2026-2027", "Voorstel gezamenlijke norm basisondersteuning; besluit kleinschalige havo-afdeling"),
            ("2027-2028", "Externe tussenevaluatie"),
            ("2028-2029", "Nieuw ondersteuningsplan 2029-2033"),
        ),
        ("break",),
        H1("Bijlage 1 Begrippen en afkortingen"),
        ("gloss", [
            ("Basisondersteuning", "Het door alle scholen gezamenlijk afgesproken minimumniveau van ondersteuning dat iedere school biedt."),
            ("Lwoo", "Leerwegondersteunend onderwijs."),
            ("Meerjarenbegroting", "Begroting voor vier jaar met de verdeling van de middelen over besturen, voorzieningen en bureau."),
            ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren terechtkunnen voor onafhankelijk advies en bij een geschil met school."),
            ("OPDC", "Orthopedagogisch-didactisch centrum."),
            ("Pro", "Praktijkonderwijs."),
            ("Terugplaatsing", "Terugkeer van een leerling uit het vso of de OPDC naar het regulier onderwijs, met begeleiding door de vso-school gedurende het eerste halfjaar."),
            ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen naar rato van het aantal leerlingen."),
            ("Vso", "Voortgezet speciaal onderwijs."),
        ]),
    ]


# ===========================================================================
# Plan 5: PO, web version of the plan; .html
# ===========================================================================

PEELRAND_NAV = ["Home", "Over ons", "Voor scholen", "Voor ouders", "Voorzieningen", "Loket", "Documenten", "Contact"]


def plan_peelrand():
    return [
        ("title", "Ondersteuningsplan 2025-2029 (webversie)"),
        ("sub", "Samenwerkingsverband Passend Primair Onderwijs De Peelrand – Asten, Deurne, Gemert-Bakel, Laarbeek en Someren"),
        ("toc", [
            "Welkom",
            "1 Over De Peelrand",
            "2 Onze koers",
            "3 Basisondersteuning",
            "4 Voorzieningen en dekkend aanbod",
            "5 Toelaatbaarheid sbo en so",
            "6 Terug naar de basisschool",
            "7 Ouders",
            "8 Resultaten en verantwoording",
            "9 Middelen",
            "10 Samenwerking, organisatie en medezeggenschap",
            "11 Planning",
            "Begrippenlijst",
        ]),
        H1("Welkom"),
        P("Welkom op de webversie van het ondersteuningsplan 2025-2029 van De Peelrand. Wij hebben ervoor gekozen het plan niet alleen als pdf te publiceren, maar ook als een reeks webpagina's. Zo kunt u direct naar het onderwerp gaan dat u zoekt. De pdf-versie kunt u downloaden onder Documenten; de inhoud is gelijk."),
        P("Het plan is op 20 maart 2025 door het algemeen bestuur vastgesteld, na instemming van de ondersteuningsplanraad op 12 maart 2025 en het op overeenstemming gericht overleg met de vijf gemeenten op 6 maart 2025. Het geldt voor de schooljaren 2025-2026 tot en met 2028-2029."),
        P("In dit plan leest u hoe wij als samenwerkingsverband ervoor zorgen dat ieder kind in de Peel onderwijs krijgt dat bij hem of haar past. Dat doen we niet alleen. Achttien schoolbesturen, 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-scholen werken samen. En we werken samen met gemeenten, jeugdhulp, kinderopvang en het voortgezet onderwijs."),
        P("Heeft u na het lezen vragen of opmerkingen? Neem dan contact met ons op via het contactformulier. Wij horen graag van u."),        P("Het plan is geschreven voor iedereen die met passend onderwijs te maken heeft: schoolbesturen, directeuren, intern begeleiders en leraren, maar ook gemeenten, partners en ouders. We hebben geprobeerd het zo te schrijven dat het zonder voorkennis te volgen is. Moeilijke woorden en afkortingen worden uitgelegd in de begrippenlijst onderaan deze pagina."),

        H1("1 Over De Peelrand"),
        P("De Peelrand is het samenwerkingsverband voor passend primair onderwijs in het oosten van Brabant. Ons werkgebied beslaat vijf gemeenten met een sterk landelijk karakter: veel dorpen, een paar kleine kernen en twee middelgrote plaatsen, Deurne en Gemert. Afstanden zijn voor kinderen en ouders een belangrijk gegeven: wie naar een speciale school moet, reist al snel een half uur of langer."),
        TABLE(
            ("De Peelrand in cijfers (1 oktober 2024)", ""),
            ("Leerlingen basisonderwijs", "11.460"),
            ("Leerlingen sbo", "297"),
            ("Leerlingen so met een TLV van De Peelrand", "242"),
            ("Schoolbesturen", "18"),
            ("Basisscholen", "58"),
        ),
        P("Veel besturen in ons gebied zijn klein: negen van de achttien besturen hebben één of twee scholen. Dat maakt de samenwerking bijzonder, maar soms ook ingewikkeld. Kleine besturen hebben minder mogelijkheden om zelf expertise op te bouwen. Het samenwerkingsverband ondersteunt hen daarom met een team van consulenten en gedragsspecialisten."),
        P("Het bureau van De Peelrand is gevestigd in Deurne. Er werken 21 mensen: naast de directeur-bestuurder en de staf zijn dat consulenten passend onderwijs, orthopedagogen, gedragsspecialisten en medewerkers van het loket."),
        H1("2 Onze koers"),
        P("Onze koers voor de komende vier jaar hebben we samengevat in drie woorden: dichtbij, samen en eenvoudig."),
        P("Dichtbij: kinderen gaan bij voorkeur naar school in hun eigen dorp of wijk. Dat is goed voor hun vriendschappen en voor de band met de gemeenschap. Waar dat niet kan, proberen we de reistijd zo kort mogelijk te houden."),
        P("Samen: onderwijs, jeugdhulp en gemeenten werken als één team rond het kind. We willen af van de situatie waarin ouders van het ene naar het andere loket worden gestuurd."),
        P("Eenvoudig: procedures moeten begrijpelijk zijn voor scholen en ouders. Minder formulieren, meer gesprek. We vragen alleen informatie die we echt nodig hebben."),
        P("Deze koers is tot stand gekomen in een reeks bijeenkomsten in het najaar van 2024, met directeuren, intern begeleiders, ouders en partners. Opvallend was dat iedereen dezelfde zorgen noemde: de lange wachttijden in de jeugdhulp, de toenemende druk op leraren en de afstand tot speciale voorzieningen."),
        H2("2.1 Hoe dit plan tot stand kwam"),
        P("In september 2024 is het algemeen bestuur gestart met de voorbereiding van dit plan. Een kleine schrijfgroep, met twee directeuren, twee intern begeleiders, een lid van de ondersteuningsplanraad en de beleidsmedewerker van het samenwerkingsverband, heeft de tekst opgesteld. Tussendoor zijn de concepten besproken in het directeurenoverleg, in de netwerken van intern begeleiders en in twee bijeenkomsten met de ondersteuningsplanraad. De gemeenten zijn in januari 2025 geïnformeerd over de hoofdlijnen; het formele OOGO volgde in maart."),
        P("Wat opviel in de gesprekken, is dat scholen vooral behoefte hebben aan duidelijkheid en rust. De afgelopen jaren zijn er veel veranderingen geweest: een nieuwe organisatie van het loket, nieuwe formulieren en een nieuwe manier van toewijzen. Scholen vroegen ons om de komende jaren niet opnieuw alles om te gooien. Dat advies nemen we ter harte. Waar we toch iets veranderen, zoals de aanvraagroute, doen we dat zorgvuldig en met ruim de tijd voor scholen om eraan te wennen."),
        H2("2.2 Wat speelt er in de Peel?"),
        P("Het lerarentekort is in de Peel minder groot dan in de Randstad, maar ook hier staan scholen voor de klas met onbevoegde invallers of moeten groepen af en toe naar huis worden gestuurd. Vooral kleine dorpsscholen zijn kwetsbaar: als één leraar uitvalt, is er geen vervanging. Het samenwerkingsverband heeft geen rol in het personeelsbeleid van de besturen, maar merkt de gevolgen wel. Kinderen die extra aandacht nodig hebben, zijn het eerst de dupe van wisselende gezichten voor de klas."),
        P("De gemeenten in ons gebied hebben de toegang tot jeugdhulp de afgelopen jaren anders georganiseerd. In iedere gemeente is er nu een team dat de toegang regelt, en in de meeste gemeenten heeft iedere school een vaste contactpersoon. Dat is een grote verbetering. Toch blijven de wachttijden voor specialistische hulp lang, vooral voor de jeugd-ggz en voor diagnostiek."),
        P("Tot slot neemt in een aantal dorpen het aantal kinderen af, terwijl in Deurne en Gemert nieuwe wijken worden gebouwd. Dat betekent dat sommige scholen kleiner worden en andere groeien. Voor de organisatie van ondersteuning is dat een uitdaging: kleine scholen hebben minder mogelijkheden om ondersteuning in groepjes te organiseren, en groeiende scholen hebben moeite met het vinden van voldoende personeel."),
        H1("3 Basisondersteuning"),
        P("Basisondersteuning is een van de belangrijkste onderwerpen van passend onderwijs. Het is ook een onderwerp in beweging. Landelijk wordt gewerkt aan een norm voor de basisondersteuning; de minister heeft in april 2025 aangekondigd dat die norm wettelijk wordt vastgelegd."),
        P("Daarom hebben de besturen van De Peelrand besloten de bestaande afspraken over de basisondersteuning niet opnieuw in dit plan op te nemen, maar ze in samenhang met de landelijke norm te herijken. Begin 2025 is een werkgroep van directeuren en intern begeleiders gestart. Het nieuwe document 'Basisondersteuning in De Peelrand' wordt naar verwachting in het voorjaar van 2026 vastgesteld en na instemming van de ondersteuningsplanraad als bijlage aan dit plan toegevoegd."),
        H1("4 Voorzieningen en dekkend aanbod"),
        H2("4.1 Het aanbod"),
        P("Een overzicht van alle arrangementen, bovenschoolse voorzieningen en speciale scholen, met per voorziening de doelgroep, de plaats en de manier van aanmelden, vindt u op de pagina Voorzieningen (sociale kaart) van deze website. Omdat het aanbod regelmatig verandert, houden we dat overzicht daar actueel en nemen we het niet in dit plan op."),
        H2("4.2 Geen kind buiten beeld"),
        P("Een dekkend aanbod betekent voor ons dat er voor ieder kind een passende plek is, ook als die plek niet meteen voorhanden is. In de praktijk komt het voor dat een kind (tijdelijk) geen passende plek heeft, bijvoorbeeld omdat er een wachtlijst is voor het so of omdat de benodigde combinatie van onderwijs en zorg niet bestaat."),
        P("Voor deze kinderen werkt De Peelrand met het Doorbraakoverleg. Wanneer een school, leerplichtambtenaar of ouder meldt dat een kind thuis zit of dreigt thuis te komen zitten, organiseert de consulent binnen tien schooldagen een overleg met de school, de ouders, leerplicht en de jeugdhulp. Daar worden afspraken gemaakt over een tijdelijk aanbod en over de weg naar een duurzame plek. Lukt dat niet binnen zes weken, dan gaat de casus naar de directeur-bestuurder, die samen met de betrokken besturen en de gemeente een besluit neemt. Het samenwerkingsverband kan daarbij een maatwerkbudget inzetten."),
        P("Twee keer per jaar, in november en mei, brengt het samenwerkingsverband in beeld hoeveel kinderen thuiszitten, hoeveel kinderen op een wachtlijst staan en voor welke vragen geen passend aanbod in de regio bestaat. Deze signalen worden met de besturen besproken in het bestuurlijk overleg en met de gemeenten in het OOGO. Op basis daarvan besluit het bestuur over nieuwe voorzieningen of over afspraken met voorzieningen buiten de regio."),
        H1("5 Toelaatbaarheid sbo en so"),
        H2("5.1 Wanneer is een kind toelaatbaar?"),
        P("Sommige kinderen hebben meer nodig dan een basisschool, ook met extra ondersteuning, kan bieden. Voor hen is er het speciaal basisonderwijs of het speciaal onderwijs. Om daar geplaatst te kunnen worden, is een toelaatbaarheidsverklaring (TLV) nodig."),
        P("De Peelrand hanteert de volgende criteria. Een kind is toelaatbaar tot het speciaal basisonderwijs als:"),
        UL("de basisschool ten minste een half jaar extra ondersteuning heeft geboden, vastgelegd in een OPP, en deze ondersteuning is geëvalueerd;",
           "het kind op meerdere gebieden (leren, gedrag, sociaal-emotioneel) een ondersteuningsbehoefte heeft die een kleine groep met een intensief en gespecialiseerd pedagogisch-didactisch klimaat vraagt;",
           "te verwachten is dat het kind in het sbo tot een betere ontwikkeling komt dan op de basisschool."),
        P("Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van:"),
        UL("een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die specialistische ondersteuning vraagt (cluster 3), of ernstige gedrags- of psychiatrische problematiek (cluster 4);",
           "een behoefte aan structurele afstemming tussen onderwijs en zorg of behandeling;",
           "een ondersteuningsbehoefte die ook het sbo niet kan bieden."),
        P("Bij een TLV voor het so wordt ook de bekostigingscategorie vastgesteld: laag, midden of hoog. Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so in de regel voor twee jaar."),
        H2("5.2 De aanvraag"),
        P("De aanvraagroute wordt per 1 januari 2026 vernieuwd, in samenhang met de nieuwe werkwijze van het loket. Hoe de aanvraag, de advisering en de besluitvorming dan verlopen, publiceren wij op de pagina Loket zodra het bestuur de nieuwe route heeft vastgesteld."),
        H1("6 Terug naar de basisschool"),
        H2("6.1 Ons uitgangspunt"),
        P("Speciaal onderwijs is er voor kinderen die dat nodig hebben, zo lang als zij dat nodig hebben. Wij vinden het belangrijk dat kinderen teruggaan naar een basisschool in hun eigen omgeving als dat kan. Niet omdat het moet, maar omdat het goed is voor het kind: dichtbij huis, bij vriendjes uit de buurt. Een terugplaatsing moet wel goed voorbereid zijn, zodat het kind niet opnieuw vastloopt."),
        P("De basisschool die een kind uit het sbo of so ontvangt, krijgt daarom altijd een terugkeerarrangement. Dat bestaat uit ambulante begeleiding door een leerkracht van de sbo- of so-school gedurende het eerste schooljaar (gemiddeld twee uur per week) en een budget van € 3.500 voor extra ondersteuning in de groep. Als het kind na terugkeer toch weer vastloopt, kan de school binnen het eerste jaar zonder nieuwe aanvraag terugvallen op de sbo- of so-school."),
        H2("6.2 Hoe gaat het in zijn werk?"),
        OL("De sbo- of so-school evalueert het OPP van ieder kind minimaal één keer per jaar, samen met de ouders. Daarbij wordt steeds de vraag gesteld of terugkeer naar het basisonderwijs mogelijk is.",
           "Als terugkeer in beeld komt, of uiterlijk in het laatste jaar van de TLV, bespreekt de commissie van begeleiding van de sbo- of so-school met de ouders en de consulent van De Peelrand het advies.",
           "Is het advies terugkeer, dan zoeken ouders en school samen een basisschool. De consulent helpt bij het eerste contact.",
           "De ontvangende basisschool, de sbo- of so-school en de ouders stellen samen een overgangsplan op met de startdatum, de begeleiding en de evaluatiemomenten.",
           "Na drie en na tien maanden evalueren de scholen en de ouders de terugkeer. Na de tweede evaluatie eindigt het terugkeerarrangement.",
           "Is terugkeer niet mogelijk en is verlenging nodig, dan vraagt de sbo- of so-school vóór 1 maart een nieuwe TLV aan."),
        H1("7 Ouders"),
        H2("7.1 Hoe wij ouders informeren"),
        P("Ouders moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. De Peelrand informeert ouders op verschillende manieren:"),
        UL("De pagina Voor ouders op deze website, met uitleg in eenvoudige taal over extra ondersteuning, arrangementen, de TLV en de speciale scholen, en met een lijst van veelgestelde vragen.",
           "De folder 'Passend onderwijs in De Peelrand', die iedere basisschool bij de aanmelding aan ouders geeft. De folder is er ook in het Engels en Pools.",
           "De schoolgids van iedere school, waarin staat welke ondersteuning de school biedt.",
           "Het Ouderinformatiepunt: iedere dinsdag- en donderdagochtend kunnen ouders bellen of mailen met een medewerker van het samenwerkingsverband.",
           "Twee keer per jaar een ouderavond in een van de gemeenten, in samenwerking met het Centrum voor Jeugd en Gezin."),
        H2("7.2 Onafhankelijke hulp"),
        P("Soms hebben ouders behoefte aan iemand die naast hen staat, los van de school en het samenwerkingsverband. Daarvoor is er het Ouder- en Jeugdsteunpunt Peelrand, dat wordt uitgevoerd door een onafhankelijke stichting. De ouderadviseurs van het steunpunt luisteren, geven informatie en kunnen ouders begeleiden bij gesprekken op school. Ouders kunnen ook terecht bij de Onderwijsconsulenten, een landelijke en gratis voorziening. Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen volgens onze klachtenregeling; daarnaast is De Peelrand aangesloten bij de Geschillencommissie passend onderwijs."),
        H2("7.3 Samen met ouders"),
        P("Ouders zijn onmisbaar als het gaat om de ondersteuning van hun kind. Zij worden uitgenodigd voor de gesprekken in het ondersteuningsteam en denken mee over het OPP. In de ondersteuningsplanraad hebben vijf ouders zitting."),
        H1("8 Resultaten en verantwoording"),
        P("Wij willen weten of wat we doen ook werkt. Daarom volgen we een aantal gegevens nauwgezet. Op ons dashboard, dat ieder kwartaal wordt bijgewerkt, staan onder meer het deelnamepercentage sbo en so, het aantal arrangementen, de doorlooptijd van aanvragen, het aantal thuiszitters en vrijstellingen en het aantal terugplaatsingen. De gegevens komen uit ons loketsysteem, van DUO en van de leerplichtambtenaren."),
        P("Ieder voorjaar bespreekt het algemeen bestuur een analyse van deze gegevens, opgesteld door de beleidsmedewerker kwaliteit. Eens in de twee jaar houden we een tevredenheidsonderzoek onder scholen en ouders. De uitkomsten verantwoorden we in het jaarverslag, dat vóór 1 juli op de website verschijnt en wordt besproken met de ondersteuningsplanraad en de gemeenten. Halverwege de planperiode voeren we een tussentijdse evaluatie uit."),
        P("De beoogde resultaten voor de planperiode, met streefwaarden per indicator, stellen we vast zodra de herijkte basisondersteuning is vastgesteld, naar verwachting in het voorjaar van 2026."),
        H1("9 Middelen"),
        H2("9.1 Hoe verdelen we het geld?"),
        P("De Peelrand ontvangt van het Rijk middelen voor passend onderwijs. Na aftrek van de afdrachten voor leerlingen in het so en de groeibekostiging van het sbo worden de middelen als volgt verdeeld. Iedere school ontvangt een schoolbudget van € 120 per leerling op 1 oktober van het voorgaande jaar, waarmee de school de eerste extra ondersteuning bekostigt. Voor arrangementen die meer vragen dan de school met het schoolbudget kan, dient de school een aanvraag in bij het loket; arrangementen worden toegekend op basis van het OPP, tot maximaal € 9.000 per leerling per schooljaar. Het samenwerkingsverband bekostigt daarnaast de terugkeerarrangementen, het maatwerkbudget van het Doorbraakoverleg en het team van consulenten en gedragsspecialisten. Het algemeen bestuur stelt de bedragen jaarlijks in december vast."),
        H2("9.2 Begroting"),
        P("De meerjarenbegroting 2026-2029 wordt in december 2025 door het algemeen bestuur vastgesteld, na advies van de ondersteuningsplanraad, en daarna op de pagina Documenten gepubliceerd."),
        H1("10 Samenwerking, organisatie en medezeggenschap"),
        H2("10.1 Gemeenten en jeugdhulp"),
        P("De Peelrand werkt samen met de gemeenten Asten, Deurne, Gemert-Bakel, Laarbeek en Someren. Het OOGO over dit plan vond plaats op 6 maart 2025. De gemeenten en De Peelrand hebben afgesproken samen te werken aan vier thema's: thuiszitters, jeugdhulp in en om de school, leerlingenvervoer en de overgang van de voorschool naar de basisschool. Per gemeente is er een vaste contactpersoon vanuit het samenwerkingsverband."),
        P("Met het samenwerkingsverband voortgezet onderwijs in de regio is op 26 februari 2025 overleg gevoerd over dit plan. Beide samenwerkingsverbanden hebben afgesproken de bestaande werkwijze voor de overstap van groep 8 naar de brugklas voort te zetten, en samen te kijken naar de overstap van kinderen uit het sbo en so. Twee keer per jaar spreken de directeuren van beide samenwerkingsverbanden elkaar over gezamenlijke thema's, zoals de samenwerking met de gemeenten en de aanpak van verzuim."),
        H2("10.2 Bestuur en toezicht"),
        P("De Peelrand is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder. Het algemeen bestuur, waarin alle achttien schoolbesturen zijn vertegenwoordigd, houdt toezicht en stelt de begroting, het jaarverslag en het ondersteuningsplan vast. Een auditcommissie uit het algemeen bestuur adviseert over financiële zaken."),
        H2("10.3 Ondersteuningsplanraad"),
        P("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden. De OPR heeft instemmingsrecht op het ondersteuningsplan en adviesrecht op de begroting. De OPR vergadert vijf keer per jaar en heeft een eigen budget voor scholing en ondersteuning."),
        H2("10.4 Personeel"),
        P("De medewerkers van De Peelrand zijn het gezicht van het samenwerkingsverband op de scholen. Iedere school heeft een vaste consulent. De consulenten en gedragsspecialisten volgen jaarlijks scholing en nemen deel aan intervisie. Het samenwerkingsverband werkt met een strategisch personeelsplan, waarin ook aandacht is voor de vergrijzing van het team: vijf medewerkers gaan in de planperiode met pensioen."),
        H2("10.5 Privacy"),
        P("De Peelrand verwerkt persoonsgegevens van leerlingen alleen als dat nodig is voor de toewijzing van ondersteuning of een besluit over toelaatbaarheid. Gegevens worden versleuteld opgeslagen en drie jaar na het besluit verwijderd. Er is een functionaris gegevensbescherming."),
        H2("10.6 Digitaal werken"),
        P("Scholen dienen hun aanvragen digitaal in via het loketsysteem van De Peelrand. Het systeem is in 2023 vernieuwd en werkt met één digitaal dossier per kind, dat de school en de consulent samen bijhouden. Ouders kunnen op verzoek inzage krijgen in het dossier van hun kind. In de planperiode onderzoeken we of een koppeling met de leerlingadministratiesystemen van de scholen mogelijk is, zodat scholen gegevens niet meer dubbel hoeven in te voeren. De kosten en baten daarvan worden eerst in kaart gebracht."),
        P("Voor het onderling delen van kennis gebruikt het samenwerkingsverband een besloten online omgeving voor intern begeleiders en directeuren. Daar staan onder meer handreikingen, presentaties van netwerkbijeenkomsten en een vraag-en-antwoordrubriek. Het gebruik van de omgeving wordt jaarlijks geëvalueerd met de netwerken."),
        H1("11 Planning"),
        TABLE(
            ("Wanneer", "Wat"),
            ("december 2025", "Meerjarenbegroting 2026-2029"),
            ("1 januari 2026", "Nieuwe aanvraagroute loket"),
            ("voorjaar 2026", "Document Basisondersteuning in De Peelrand; beoogde resultaten 2026-2029"),
            ("2027", "Tussentijdse evaluatie"),
            ("2028-2029", "Nieuw ondersteuningsplan"),
        ),
        H1("Begrippenlijst"),
        ("gloss", [
            ("Arrangement", "Extra ondersteuning voor een kind of groep, bovenop de basisondersteuning."),
            ("Basisondersteuning", "Het niveau van ondersteuning dat alle scholen in De Peelrand bieden, zoals een intern begeleider, een dyslexieprotocol, een aanpak voor gedrag en het werken met groepsplannen."),
            ("Bovenschoolse voorziening", "Voorziening voor kinderen van meerdere scholen, zoals de Plusklas of een observatiegroep."),
            ("Doorbraakoverleg", "Overleg voor kinderen die thuiszitten of geen passende plek hebben."),
            ("Meerjarenbegroting", "De begroting voor vier jaar, met de bedragen per onderdeel."),
            ("TLV", "Toelaatbaarheidsverklaring. Aangevraagd door het schoolbestuur; besluit door de commissie van toelaatbaarheid na advies van twee deskundigen."),
        ]),
    ]


# ===========================================================================
# Near-miss: school-level 'ondersteuningsplan' of one basisschool; .docx
# ===========================================================================

def school_wilgenhoek():
    return [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("sub", "OBS De Wilgenhoek – Wijchen"),
        P("Onderdeel van Stichting Openbaar Primair Onderwijs Rijk van Maas en Waal; aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Maas & Waalkant"),
        P("Opgesteld door: Ilse Martens, intern begeleider, en Rob de Wit, directeur. Besproken in het team op 26 augustus 2025 en met de medezeggenschapsraad op 9 september 2025."),
        ("break",),
        ("toc", [
            "1 Inleiding",
            "2 Onze leerlingen",
            "3 De ondersteuningsstructuur: vijf niveaus",
            "4 De cyclus van handelingsgericht werken",
            "5 Het ondersteuningsteam en het samenwerkingsverband",
            "6 Ouders",
            "7 Middelen en formatie",
            "8 Opbrengsten en evaluatie",
            "9 Jaarplanning ondersteuning 2025-2026",
        ]),
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen organiseert in schooljaar 2025-2026. Het plan is een uitwerking van ons schoolondersteuningsprofiel (SOP) en van het ondersteuningsplan 2025-2029 van het samenwerkingsverband Maas & Waalkant. Waar het SOP beschrijft wát de school biedt, beschrijft dit plan hóe we dat doen: wie wat doet, wanneer, en met welke instrumenten. Het plan is bedoeld voor het team, voor invallers en nieuwe collega's, en ligt ter inzage voor ouders."),
        P("Het plan wordt ieder jaar in juni geëvalueerd door de intern begeleider en de directeur, en na de zomer bijgesteld en met het team besproken."),
        H1("2 Onze leerlingen"),
        P("De Wilgenhoek is een openbare basisschool in de wijk Homberg in Wijchen met 236 leerlingen in tien groepen (1 oktober 2024). Ongeveer 18 procent van de leerlingen heeft een andere thuistaal dan het Nederlands. Op dit moment hebben 14 leerlingen een ontwikkelingsperspectief, van wie zes met een eigen leerlijn voor rekenen. Vier leerlingen krijgen een arrangement van het samenwerkingsverband. Het aantal leerlingen met een dyslexieverklaring is 19."),
        H1("3 De ondersteuningsstructuur: vijf niveaus"),
        P("De ondersteuning op onze school is georganiseerd in vijf niveaus, in lijn met de afspraken in het samenwerkingsverband."),
        TABLE(
            ("Niveau", "Omschrijving", "Wie"),
            ("1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus, observeren", "Leerkracht"),
            ("2", "Extra zorg in de groep: verlengde instructie, pre-teaching, kleine groepjes", "Leerkracht, onderwijsassistent"),
            ("3", "Speciale zorg na consultatie van de intern begeleider: individueel handelingsplan", "Leerkracht en IB"),
            ("4", "Speciale zorg met externe ondersteuning: ondersteuningsteam, arrangement van het samenwerkingsverband", "IB, OT, consulent SWV"),
            ("5", "Verwijzing naar sbo of so via een toelaatbaarheidsverklaring", "IB, directie, bestuur"),
        ),
        P("Het grootste deel van de leerlingen wordt bediend op niveau 1 en 2. Voor leerlingen op niveau 3 en hoger stelt de intern begeleider samen met de leerkracht een plan op."),
        H1("4 De cyclus van handelingsgericht werken"),
        P("Wij werken volgens de cyclus van handelingsgericht werken. Drie keer per jaar, na de afname van de toetsen in januari en juni en na de signalering in oktober, maakt iedere leerkracht een groepsoverzicht. Daarin staan de onderwijsbehoeften van de leerlingen en de aanpak per vak in drie niveaus."),
        P("Na iedere toetsperiode vindt een groepsbespreking plaats tussen leerkracht en intern begeleider. In de groepsbespreking wordt het groepsoverzicht besproken, worden leerlingen met opvallende resultaten of gedrag benoemd en wordt afgesproken welke leerlingen in een leerlingbespreking worden besproken. Leerlingbesprekingen vinden plaats op afspraak, maar in ieder geval binnen drie weken na de groepsbespreking."),
        P("Voor dyslexie volgen we het Protocol Leesproblemen en Dyslexie. In groep 2 en 3 signaleren we drie keer per jaar; leerlingen die uitvallen krijgen extra leesinstructie van de onderwijsassistent. Na twee periodes van intensieve begeleiding zonder voldoende resultaat melden we de leerling, met toestemming van de ouders, aan voor dyslexieonderzoek."),
        P("Voor rekenen gebruiken we het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie. Voor leerlingen die meer aankunnen, is er compacten en verrijken in de groep en deelname aan de Denkklas van het samenwerkingsverband, één ochtend per week."),
        P("Voor sociaal-emotionele ontwikkeling werken we met De Vreedzame School. Twee keer per jaar vullen leerkrachten en leerlingen vanaf groep 5 de vragenlijsten van het leerlingvolgsysteem sociaal-emotioneel in. Uitkomsten worden in de groepsbespreking besproken."),
        H1("5 Het ondersteuningsteam en het samenwerkingsverband"),
        P("Vier keer per jaar komt het ondersteuningsteam (OT) bijeen. Vaste deelnemers zijn de intern begeleider, de schoolcontactpersoon van het samenwerkingsverband, de jeugdverpleegkundige en de medewerker van het sociaal team Wijchen. Ouders van de leerling die wordt besproken, zijn altijd bij de bespreking aanwezig."),
        P("Als de school meer nodig heeft, kan via het OT een arrangement bij het samenwerkingsverband worden aangevraagd. De intern begeleider vult daarvoor het groeidocument in. Als ook een arrangement niet voldoende blijkt, kan het bestuur een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of speciaal onderwijs aanvragen. De procedure daarvoor is beschreven in het ondersteuningsplan van het samenwerkingsverband; de school volgt die procedure. In 2024-2025 is voor één leerling een TLV voor het sbo aangevraagd en toegekend."),
        P("Wij hebben goede ervaringen met leerlingen die na een periode in het sbo terugkeren naar onze school. Het afgelopen jaar kwam één leerling terug van De Horizon; zij werd het eerste jaar begeleid door een ambulant begeleider van het sbo."),
        H1("6 Ouders"),
        P("Ouders zijn onze partners. Wij informeren ouders over de ondersteuning op school via de schoolgids, het SOP op de website en de informatieavond aan het begin van het schooljaar. Als de school zich zorgen maakt over een kind, nemen we altijd eerst contact op met de ouders. Ouders worden uitgenodigd voor het OT en ondertekenen het OPP van hun kind."),
        P("Voor vragen en klachten kunnen ouders terecht bij de leerkracht, de intern begeleider of de directeur. Komen zij er met de school niet uit, dan kunnen zij contact opnemen met de vertrouwenspersoon van de stichting of met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband."),
        H1("7 Middelen en formatie"),
        P("De school ontvangt van het bestuur een schoolbudget voor ondersteuning, afgeleid van de middelen die het samenwerkingsverband aan het bestuur toekent. Voor 2025-2026 is dat € 46.200. Daarmee bekostigen we 0,6 fte onderwijsassistent voor de extra leesinstructie en de pre-teaching, en vier uur per week extra inzet van de intern begeleider. De intern begeleider heeft in totaal 0,6 fte beschikbaar. Daarnaast zetten we een deel van de werkdrukmiddelen in voor kleinere instructiegroepen in groep 3 en 4."),
        H1("8 Opbrengsten en evaluatie"),
        P("De school evalueert twee keer per jaar de opbrengsten van het onderwijs. In februari en juli analyseert het team de toetsresultaten op groeps- en schoolniveau. De resultaten van de doorstroomtoets in groep 8 lagen in 2025 boven de signaleringswaarde; 71 procent van de leerlingen behaalde het streefniveau voor lezen. Voor rekenen willen we in 2026 het percentage leerlingen op streefniveau verhogen van 38 naar 45 procent."),
        P("Ook de ondersteuning zelf evalueren we. Ieder handelingsplan en OPP wordt na afloop geëvalueerd met leerkracht, ouders en waar mogelijk de leerling. De intern begeleider maakt aan het einde van het schooljaar een overzicht van de ingezette ondersteuning en de effecten daarvan, dat wordt besproken met het team en met de MR."),
        H1("9 Jaarplanning ondersteuning 2025-2026"),
        TABLE(
            ("Maand", "Activiteit"),
            ("september", "Startgesprekken met ouders; kennismaking OT"),
            ("oktober", "Signalering sociaal-emotioneel; groepsbesprekingen ronde 1"),
            ("november", "OT-overleg 1"),
            ("januari", "Toetsperiode midden; groepsbesprekingen ronde 2"),
            ("februari", "Analyse opbrengsten; OT-overleg 2"),
            ("april", "OT-overleg 3; evaluatie OPP's"),
            ("juni", "Toetsperiode eind; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan school"),
            ("juli", "Warme overdracht naar nieuwe leerkracht; OT-overleg 4"),
        ),
    ]


# ===========================================================================
# Labels (hand-made by a strict reader; Part A status rule)
# ===========================================================================

LABELS = {
"po-maaswaalkant-2025-2029": """documents: [po-maaswaalkant-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 4.1 agreed minimum for every vestiging; 4.2 concrete list (IB 0,1 fte/100 lln, protocols, OT 4x/jaar); 4.3 kwaliteitskaart + verbeterplan"
  plaatsing: "ch. 6.1-6.4 steps, two separate deskundigen, CvT within 6 weeks, sbo and so criteria (a)-(c), categorie, duration; 6.6 bezwaar via LBT"
  terugstroom: "no chapter of its own: hidden as 6.5 'Afloop van de TLV en terugkeer' inside the TLV chapter (policy, terugkeerarrangement EUR 5.000, yearly CvB evaluation, January of last TLV year, new TLV before 1 April)"
  financien: "under 'Geld en middelen' (ch. 12): schoolmodel EUR 185/leerling + vaste voet, meerjarenbegroting 2025-2028 table, reserve, verantwoording besturen"
  dekkend-aanbod: "5.1 five-level continuum table; 5.2 Regiotafel, doorzettingsmacht, yearly gap analysis with two witte vlekken, thuiszitter timeline"
  resultaten: "ch. 7 table of beoogde resultaten with numbers; monitoring explicitly deferred ('werken we in de loop van schooljaar 2025-2026 uit in een nieuw kwaliteitskader'); glossary entry 'Resultaten ... jaarlijks monitort' is not body text; 2024 baselines inside targets are not a monitoring description"
  ouders: "inside ch. 8 'Communicatie' (8.2 ouderpagina, folder in 4 languages, ouderavonden; 8.3 Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/geschillen)"
""",
"po-duinrand-2024-2028": """documents: [po-duinrand-2024-2028.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: missing, resultaten: missing, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  financien: [reserves, verantwoording]
notes:
  basisondersteuning: "ch. 4: Referentiekader definition plus agreed minimum for every vestiging (niveau); concrete content delegated to each school's SOP/schoolgids and a werkgroep overview for 2024-2025 (inhoud not addressed)"
  plaatsing: "ch. 5 only refers to the Loketprocedure (bijlage 2, separate document) and a web page; the TLV definition with deskundigen/bezwaar exists only in the Bijlage 1 afkortingenlijst"
  terugstroom: "ch. 6: policy (temporary placement, return to the home town, terugplaatsingsarrangement EUR 4.000 + 3 consultations); procedure deferred to a terugplaatsingsprotocol 'in 2024-2025 uitgewerkt'"
  financien: "ch. 8 'Middelen': verdeelsleutel EUR 262/leerling + vaste voet EUR 8.000 for small schools, decided in November; meerjarenbegroting table 2024-2027 with amounts; reserve EUR 1.150.000"
  dekkend-aanbod: "ch. 5 first paragraph only restates the legal task and defers the inventory of aanbod and witte vlekken to the jaarplan 2025-2026; OOGO section (9.3) only lists topics of the meeting; glossary entry not body text"
  resultaten: "ch. 3 speerpunten are organisational activities; 'welke resultaten ... leggen we vast in het jaarplan' is a deferral; the leeswijzer only restates the law"
  ouders: "ch. 7 defers to the notitie 'Ouders en Duinrand' (bijlage 3, not included, 'wordt vastgesteld') and only 'oriënteert zich' on an OJSP; OJSP definition only in the afkortingenlijst"
""",
"po-veluwezoom-2025-2029": """documents: [po-veluwezoom-2025-2029.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1: nine standaarden as minimum for every vestiging, content only in a table; yearly check via SOP + schoolbezoek"
  plaatsing: "5.2 procedure as a step table (bevoegd gezag, two deskundigen, CvT within 6 weeks); 5.3 says old criteria were dropped and new ones follow 'in de loop van 2026' - the CvT judging 'individueel' is not a criterion; glossary defines toelaatbaarheidscriteria (not body)"
  terugstroom: "only a one-line intention in 4.2 ('nader willen verkennen') and glossary entry; TLV duration in 5.2 is plaatsing.duur-categorie, not a return procedure"
  financien: "ch. 10 content almost entirely in Tabel 10.1 (verdeelmodel with criteria and amounts) and Tabel 10.2 (meerjarenbegroting); reserve EUR 3,1 mln"
  dekkend-aanbod: "4.2 continuum (arrangementen, Taalklas, Plusklas, De Brug, Rebound, OZA, sbo/so); no gap analysis, thuiszitter approach or zorgplicht handling - thuiszitters only as an OOGO topic (ch. 8) and in the glossary"
  resultaten: "ch. 2 terugblik with achieved figures; 6.1 targets with nulmeting/streefwaarde; 6.2 monitoring cycle, jaarverslag, tussentijdse evaluatie"
  ouders: "7.2 Steunpunt Ouders Veluwezoom, Onderwijsconsulenten, klachtenregeling; 7.3 how parents are informed is deferred to a communicatieplan 2025-2026; glossary 'Informatievoorziening ouders' not body"
""",
"vo-oostbetuwe-2025-2029": """documents: [vo-oostbetuwe-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 states explicitly that no common level exists (each school decides in its SOP); the table of what the schools currently offer gives concrete content; a common norm is deferred to 2026; glossary definition of an agreed minimum is not body text"
  plaatsing: "ch. 5: vso TLV (who applies, dossier, two deskundigen, Commissie within 6 weeks, criteria 1-3, duration, categorie), lwoo and pro procedures with national criteria; no bezwaar route"
  terugstroom: "ch. 6: procedure (yearly CvB, February of last TLV year, overdracht before 1 June, new TLV before 1 April); policy/conditions/support 'stellen we in het eerste planjaar opnieuw vast'; glossary entry on begeleiding is not body; OPDC return aim in 4.1 is not vso terugplaatsing"
  financien: "ch. 11 only refers to the separate Meerjarenbegroting (bijlage 3, not included) and a website; verdeelmodel and meerjarenbegroting only defined in the glossary"
  dekkend-aanbod: "4.1 continuum (lwoo, pro, OPDC De Overstap, rebound, ISK, OZA, vso); 4.2 yearly analysis, witte vlekken, Thuiszitterstafel, decision after 4 weeks"
  resultaten: "7.1 indicator table with 2024 values and 2029 targets; 7.2 half-yearly monitor, jaarverslag, external evaluation 2027"
  ouders: "8.1 channels (SOP/schoolgids on websites, SWV overview, November information evening, brochure, mentor); OJSP deferred ('werken we uit zodra de wettelijke eisen bekend zijn'); no klachten/onderwijsconsulenten; OJSP only defined in glossary"
""",
"po-peelrand-2025-2029": """documents: [po-peelrand-2025-2029.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: partial, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 3 only announces the herijking; the document 'Basisondersteuning in De Peelrand' follows in spring 2026 as an annex; the only concrete description is in the Begrippenlijst"
  plaatsing: "5.1 sbo and so criteria as bullet lists, categorie and duration; 5.2 the aanvraagroute is being renewed and will be published on the Loket page (deferral); who requests/decides appears only in the glossary"
  terugstroom: "ch. 6: policy with terugkeerarrangement (AB + EUR 3.500) and a six-step procedure; terugplaatsingen counted on the dashboard (ch. 8)"
  financien: "9.1 verdeling (EUR 120/leerling, arrangementen via loket max EUR 9.000, decided in December); 9.2 meerjarenbegroting only announced for December 2025"
  dekkend-aanbod: "4.1 refers to the Voorzieningen/sociale kaart web page instead of describing the aanbod (nav item 'Voorzieningen' is navigation); 4.2 Doorbraakoverleg, escalation after 6 weeks, twice-yearly gap inventory"
  resultaten: "ch. 8: dashboard, yearly analysis, satisfaction survey, jaarverslag (monitoring); beoogde resultaten deferred to spring 2026"
  ouders: "7.1 ouderpagina, folder, schoolgids, Ouderinformatiepunt, ouderavonden; 7.2 Ouder- en Jeugdsteunpunt Peelrand, Onderwijsconsulenten, klachtenregeling, Geschillencommissie"
""",
"obs-wilgenhoek-schoolondersteuningsplan-2025": """documents: [obs-wilgenhoek-schoolondersteuningsplan-2025.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "school-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, OT, school budget, doorstroomtoets); it refers to the samenwerkingsverband and its TLV procedure but is not the plan of a samenwerkingsverband (no verband-wide basisondersteuning, verdeling, OOGO, OPR consent or planperiode of 4 years)"
""",
}

# name -> (builder, format, header, footer)
DOCS = [
    ("po-maaswaalkant-2025-2029", plan_maaswaalkant, "docx",
     "Ondersteuningsplan 2025-2029 | SWV Passend Primair Onderwijs Maas & Waalkant", "Samen sterk voor elk kind"),
    ("po-duinrand-2024-2028", plan_duinrand, "pdf",
     "SWV PO Duinrand – Ondersteuningsplan op hoofdlijnen 2024-2028", "Versie 1.3 – april 2024"),
    ("po-veluwezoom-2025-2029", plan_veluwezoom, "pdf",
     "Passend Primair Onderwijs Veluwezoom-Noord | Ondersteuningsplan 2025-2029", "Elk kind een plek om te groeien"),
    ("vo-oostbetuwe-2025-2029", plan_oostbetuwe, "docx",
     "Samenwerkingsverband VO Oost-Betuwe – Ondersteuningsplan 2025-2029", "Ieder talent een passende plek"),
    ("po-peelrand-2025-2029", plan_peelrand, "html", None, None),
    ("obs-wilgenhoek-schoolondersteuningsplan-2025", school_wilgenhoek, "docx",
     "OBS De Wilgenhoek – Ondersteuningsplan 2025-2026", "Stichting Openbaar Primair Onderwijs Rijk van Maas en Waal"),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, builder, fmt, header, footer in DOCS:
        blocks = builder()
        path = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, path, header_text=header, footer_text=footer)
        elif fmt == "pdf":
            render_pdf(blocks, path, header_text=header, footer_text=footer)
        elif fmt == "html":
            render_html(blocks, path, site_title="SWV PO De Peelrand", nav=PEELRAND_NAV,
                        footer="© Samenwerkingsverband Passend Primair Onderwijs De Peelrand · Deurne · "
                               "Privacyverklaring · Toegankelijkheid · Voor ouders: ouder- en jeugdsteunpunt")
        (OUT / f"{name}.expected.yaml").write_text(LABELS[name], encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
