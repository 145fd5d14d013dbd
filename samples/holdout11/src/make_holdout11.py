#!/usr/bin/env python3
"""Build the holdout11 sample set (independent labelled test set for opcheck).

Writes 5 fictional ondersteuningsplannen (PO/VO; .docx, .pdf via LibreOffice, .md) and
one near-miss document (OPR-jaarverslag) into the folder above this script, together with
hand-written <name>.expected.yaml label files. Deterministic, no network.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FIXED_DATE = datetime.datetime(2024, 3, 1, 12, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [header, row, ...])
#   ("cols", 2) / ("cols", 1)  -> start a continuous section with that number of columns (docx only)
#   ("pagebreak",)


def _set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def write_docx(blocks, path, title):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "holdout11"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout11"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1], style="Subtitle")
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "cols":
            sec = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(sec, b[1])
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "sub":
            out.append("*" + b[1] + "*\n")
        elif kind == "h1":
            out.append("## " + b[1] + "\n")
        elif kind == "h2":
            out.append("### " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(b[1])) + "\n")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
        elif kind in ("cols", "pagebreak"):
            continue
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def docx_to_pdf(blocks, pdf_path, title):
    tmp = tempfile.mkdtemp(prefix="holdout11_")
    try:
        base = os.path.splitext(os.path.basename(pdf_path))[0]
        src = os.path.join(tmp, base + ".docx")
        write_docx(blocks, src, title)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
             "--convert-to", "pdf", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(os.path.join(tmp, base + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, text):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def toc(chapters):
    """Inhoudsopgave as plain paragraphs (a TOC does not address any criterion)."""
    return [("h1", "Inhoud"), ("ul", chapters)]


# ---------------------------------------------------------------------------------------------
# Plan 1 - PO, .docx - all present except terugstroom (partial: beleid, no procedure)
# ---------------------------------------------------------------------------------------------
P1_CH = ["Voorwoord", "1. Inleiding en leeswijzer", "2. Ons samenwerkingsverband in beeld",
         "3. Visie en ambities", "4. Wat iedere school minimaal biedt",
         "5. Het ondersteuningscontinuüm en een passende plek voor ieder kind",
         "6. Toelaatbaarheid tot sbo en so", "7. Na het speciaal (basis)onderwijs",
         "8. Samenwerking met gemeenten en jeugdhulp", "9. Ouders",
         "10. Kwaliteit en resultaten", "11. Financiën", "12. Organisatie en medezeggenschap",
         "13. Personeel en professionalisering", "14. Planning 2024-2028", "Begrippenlijst"]

PLAN1 = [
    ("title", "Ondersteuningsplan 2024-2028"),
    ("sub", "Stichting Samenwerkingsverband Passend Primair Onderwijs Linge en Waal (PO 25-14)"),
    ("p", "Vastgesteld door het algemeen bestuur op 11 maart 2024, na instemming van de ondersteuningsplanraad op 4 maart 2024 en na afronding van het op overeenstemming gericht overleg met de gemeenten op 20 februari 2024. Planperiode: 1 augustus 2024 tot en met 31 juli 2028."),
] + toc(P1_CH) + [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. In de afgelopen vier jaar hebben de tweeëntwintig schoolbesturen in Linge en Waal veel geleerd over wat werkt en wat niet. We zien dat meer kinderen dan vroeger dicht bij huis naar school kunnen, dat intern begeleiders elkaar steeds beter weten te vinden en dat de lijnen naar de wijkteams korter zijn geworden. Tegelijk zien we ook de keerzijde: de wachtlijsten in de jeugdhulp zijn lang, het lerarentekort raakt juist de kinderen die het meest van een stabiele leerkracht afhankelijk zijn, en nog altijd zit een kleine groep kinderen (te) lang thuis zonder passend onderwijs."),
    ("p", "Dit plan is tot stand gekomen in gesprek met directeuren, intern begeleiders, leerkrachten, ouders, de ondersteuningsplanraad, de gemeenten en onze partners in de jeugdhulp. Tijdens vier regiobijeenkomsten in het najaar van 2023 hebben ruim honderdtwintig mensen meegedacht. Hun opbrengst vindt u terug in de keuzes die we maken. Wij danken iedereen die zijn tijd en kennis heeft gegeven. Namens het bestuur, mevrouw drs. A. Verhoef, directeur-bestuurder."),
    ("h1", "1. Inleiding en leeswijzer"),
    ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Artikel 18a van de Wet op het primair onderwijs schrijft voor wat daarin in elk geval moet staan. Dit plan is zo opgebouwd dat u die onderdelen gemakkelijk kunt terugvinden. Hoofdstuk 2 schetst ons werkgebied en de belangrijkste kengetallen. In hoofdstuk 3 beschrijven we onze visie. De hoofdstukken 4 tot en met 7 gaan over de inhoud van de ondersteuning: de basis op iedere school, de extra ondersteuning, de toelaatbaarheid tot het speciaal (basis)onderwijs en de overstap terug. Daarna volgen de samenwerking met gemeenten, de positie van ouders, de resultaten die we willen bereiken en de financiën. We sluiten af met de organisatie, het personeel en een planning."),
    ("p", "Het plan is een kaderstellend document. Ieder jaar werken we het uit in een jaarplan met een jaarbegroting; beide worden voorgelegd aan de ondersteuningsplanraad. Waar wij in dit plan bedragen en aantallen noemen, zijn die gebaseerd op de situatie op de teldatum 1 oktober 2023 en op de beschikking van DUO voor het kalenderjaar 2024."),
    ("h1", "2. Ons samenwerkingsverband in beeld"),
    ("p", "Het samenwerkingsverband omvat de gemeenten West Betuwe, Tiel, Culemborg, Buren en Neder-Betuwe. In dit gebied staan 78 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 locaties voor speciaal onderwijs in cluster 3 en 4. Samen tellen deze scholen op 1 oktober 2023 ruim 17.400 leerlingen. Het gebied is deels landelijk met veel kleine dorpsscholen, deels stedelijk rond Tiel en Culemborg."),
    ("table", [["Kengetal (1 oktober 2023)", "Aantal", "Landelijk"],
               ["Leerlingen basisonderwijs", "16.912", "-"],
               ["Leerlingen sbo", "297", "-"],
               ["Leerlingen so (cluster 3 en 4)", "214", "-"],
               ["Deelnamepercentage sbo", "1,71%", "1,78%"],
               ["Deelnamepercentage so", "1,23%", "1,62%"],
               ["Aantal schoolbesturen", "22", "-"],
               ["Thuiszitters langer dan 4 weken (peildatum 1 juni 2023)", "11", "-"]]),
    ("p", "De leerlingaantallen dalen in de dorpen licht en groeien in Tiel en Culemborg door nieuwbouw. Volgens de prognose daalt het totaal tot 2028 met ongeveer 3 procent. Dat heeft gevolgen voor onze inkomsten, die immers grotendeels met het aantal leerlingen meebewegen."),
    ("h1", "3. Visie en ambities"),
    ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en samen met kinderen uit de eigen buurt. De school is daarbij niet alleen: ouders, het samenwerkingsverband, de gemeente en de jeugdhulp vormen samen een netwerk rond het kind. Onze drie ambities voor deze planperiode zijn: (1) elke school biedt een stevige basis, zodat minder kinderen extra ondersteuning van buiten nodig hebben; (2) als er meer nodig is, is die ondersteuning er snel en zonder ingewikkelde loketten; (3) geen enkel kind zit thuis zonder onderwijsaanbod."),
    ("h1", "4. Wat iedere school minimaal biedt"),
    ("p", "De schoolbesturen in ons samenwerkingsverband hebben samen afgesproken wat elke basisschool en elke vestiging, groot of klein, ten minste aan ondersteuning biedt. Dit gezamenlijke niveau noemen wij de basisondersteuning. Het is geen streefbeeld maar een ondergrens: ouders mogen van iedere school in Linge en Waal verwachten dat deze voorzieningen er zijn, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is in 2023 herijkt door een werkgroep van directeuren en intern begeleiders en geldt voor alle vestigingen vanaf 1 augustus 2024."),
    ("p", "Concreet betekent dit dat ouders op iedere school het volgende kunnen verwachten:"),
    ("ul", ["een intern begeleider met ten minste één dag per week per 100 leerlingen beschikbaar voor ondersteuning, met een afgeronde opleiding of een opleiding in gang;",
            "een ondersteuningsstructuur met vaste groepsbesprekingen (minimaal drie keer per jaar) en leerlingbesprekingen, en een ondersteuningsteam waarin de intern begeleider, de ouders, de schoolcontactpersoon van het wijkteam en zo nodig de orthopedagoog van het samenwerkingsverband meedenken;",
            "handelingsgericht werken: de leerkracht stemt de instructie af op ten minste drie niveaus en legt de afspraken vast in een groepsplan of groepsoverzicht;",
            "een dyslexieprotocol en een dyscalculieprotocol, inclusief extra leestijd, voorleessoftware en begeleiding van leerlingen met een dyslexieverklaring;",
            "een aanbod voor sociaal-emotionele ontwikkeling en een anti-pestprogramma, met een jaarlijkse signalering van het welbevinden in groep 3 tot en met 8;",
            "verrijking en versnelling voor leerlingen die meer aankunnen, waaronder een compacte leerstof en een plusaanbod op school of bovenschools;",
            "een aanpak voor leerlingen met een taalachterstand of een andere thuistaal, met extra aandacht voor woordenschat;",
            "afspraken over medisch handelen en over het bieden van ruimte aan kinderen met een lichamelijke beperking, voor zover het gebouw dat toelaat;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, opgesteld en ten minste jaarlijks besproken met ouders."]),
    ("p", "Daarnaast heeft iedere school een schoolondersteuningsprofiel, dat vanaf het schooljaar 2025-2026 onderdeel wordt van de schoolgids. Daarin beschrijft de school welke ondersteuning zij boven op de basis biedt."),
    ("h2", "4.1 Hoe wij de basis bewaken"),
    ("p", "Eens per twee jaar voert een team van een directeur, een intern begeleider van een andere school en een beleidsmedewerker van het samenwerkingsverband een gesprek op iedere school aan de hand van de kwaliteitskaart basisondersteuning. Blijkt een onderdeel onvoldoende, dan maken bestuur en school een verbeterplan met een termijn van maximaal één schooljaar. Het samenwerkingsverband kan in dat geval een deel van het schoolbudget oormerken voor de verbetering. De uitkomsten komen geanonimiseerd in het jaarverslag."),
    ("h1", "5. Het ondersteuningscontinuüm en een passende plek voor ieder kind"),
    ("p", "Wanneer de basis niet toereikend is, volgt extra ondersteuning. Wij werken met een doorlopende reeks van mogelijkheden die van licht naar zwaar loopt. Scholen en besturen doen zoveel mogelijk zelf, maar kunnen altijd een beroep doen op de expertise en voorzieningen die wij samen hebben ingericht."),
    ("table", [["Niveau", "Wat", "Wie organiseert"],
               ["1. Basis", "Basisondersteuning zoals in hoofdstuk 4", "School"],
               ["2. Extra op school", "Arrangement op school: extra handen, specifieke begeleiding, RT, kleine groep", "School met schoolbudget"],
               ["3. Bovenschools", "Taalklas, plusklas, observatiegroep De Brug (8 plaatsen), ambulante begeleiding gedrag", "Samenwerkingsverband"],
               ["4. Onderwijs-zorg", "Onderwijs-zorgarrangement met jeugdhulp in de school (De Kolibrie, Tiel)", "SWV en gemeente samen"],
               ["5. Speciaal", "Speciaal basisonderwijs of speciaal onderwijs cluster 3/4 met TLV", "Sbo/so-school"]]),
    ("p", "Een school die handelingsverlegen is, meldt een leerling aan bij het ondersteuningsloket van het samenwerkingsverband. Binnen tien werkdagen sluit een onderwijsadviseur aan bij het ondersteuningsteam van de school. Samen met de ouders wordt bepaald welk arrangement nodig is. Een bovenschoolse plaatsing wordt binnen vier weken na het gesprek gerealiseerd; lukt dat niet, dan zoeken wij een tijdelijke overbrugging op de eigen school."),
    ("h2", "5.1 Witte vlekken en thuiszitters"),
    ("p", "Ieder voorjaar brengen we met de besturen, de leerplichtambtenaren en de jeugdhulpregio in kaart waar kinderen geen passende plek vinden. In 2023 waren dat vooral jonge kinderen met ernstige gedragsproblemen in combinatie met een ontwikkelingsachterstand, en kinderen met een angststoornis die niet meer naar school kwamen. Voor de eerste groep starten wij per 1 augustus 2025 een tweede observatiegroep in Culemborg. Voor de tweede groep zetten wij een aanpak schoolweigering op met de GGZ-aanbieders in de regio."),
    ("p", "Elke leerling die langer dan vier weken niet of nauwelijks naar school gaat, wordt besproken in het thuiszittersoverleg, dat iedere zes weken bijeenkomt. Daarin zitten de leerplichtambtenaar, een consulent van het samenwerkingsverband en een vertegenwoordiger van de gemeentelijke toegang. Komen school, ouders en hulpverlening er niet uit, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school vragen een leerling tijdelijk te plaatsen en de kosten daarvan uit de bovenschoolse middelen dekken. Besturen blijven verantwoordelijk voor hun zorgplicht; het samenwerkingsverband ondersteunt hen daarbij en bemiddelt wanneer een school aangeeft geen passend aanbod te kunnen doen."),
    ("h1", "6. Toelaatbaarheid tot sbo en so"),
    ("p", "Sommige kinderen hebben zoveel ondersteuning nodig dat een reguliere basisschool, ook met een arrangement, niet de passende plek is. Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt altijd gedaan door het schoolbestuur van de school waar het kind is ingeschreven of aangemeld, in overleg met de ouders."),
    ("ol", ["De school bespreekt de leerling in het ondersteuningsteam, waarin ook de onderwijsadviseur van het samenwerkingsverband zit, en concludeert samen met de ouders dat een overstap nodig is.",
            "De school dient de aanvraag in via het digitale groeidocument, met het ontwikkelingsperspectief, het onderwijskundig rapport, een overzicht van de geboden ondersteuning en de zienswijze van de ouders.",
            "De commissie toelaatbaarheid van het samenwerkingsverband toetst of het dossier compleet is en vraagt twee deskundigen om advies.",
            "De commissie neemt binnen zes weken na ontvangst van het volledige dossier een besluit. In uitzonderlijke situaties kan deze termijn één keer met vier weken worden verlengd; ouders en school krijgen daarvan bericht.",
            "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de deskundigenadviezen."]),
    ("p", "De commissie verklaart een kind toelaatbaar wanneer aan de volgende voorwaarden is voldaan: de basisschool heeft aantoonbaar, gedurende ten minste een half jaar, ondersteuning geboden die past bij het ontwikkelingsperspectief en die is geëvalueerd; de onderwijsbehoefte van het kind vraagt om een combinatie van kleine groepen, specialistische begeleiding en een aangepast programma die een reguliere school ook met een arrangement niet kan bieden; en, voor het so, er is sprake van een onderwijsbehoefte die voortkomt uit een verstandelijke, lichamelijke of langdurige ziekte of ernstige gedragsmatige of psychiatrische problematiek. Bij jonge kinderen die direct vanuit de voorschoolse voorziening instromen, kan de commissie afwijken van de eis van een half jaar."),
    ("p", "Het deskundigenadvies wordt altijd gegeven door een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van het kind, zoals een maatschappelijk werker, een kinderarts of een kinder- en jeugdpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag en stellen ieder een eigen schriftelijk advies op."),
    ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven voor de duur van één tot drie schooljaren, met bekostigingscategorie laag, midden of hoog. De categorie volgt uit de ondersteuningsbehoefte: categorie midden bij kinderen met een lichamelijke beperking of langdurige ziekte, categorie hoog bij kinderen met meervoudige beperkingen en in alle overige gevallen categorie laag."),
    ("p", "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die ons adviseert over het bezwaar. Daarna is beroep bij de rechtbank mogelijk."),
    ("h1", "7. Na het speciaal (basis)onderwijs"),
    ("p", "Een plaatsing op het sbo of so is voor ons geen eindstation. Wij willen dat kinderen die zich goed hebben ontwikkeld, de stap terug naar een gewone basisschool kunnen maken, liefst in de eigen wijk of het eigen dorp. Dat kan alleen als de ontvangende school goed is voorbereid en als het kind na de overstap niet in een gat valt. Onze uitgangspunten zijn daarom: de overstap gebeurt bij voorkeur aan het begin van een schooljaar of na een vakantie; de ontvangende school heeft de basisondersteuning aantoonbaar op orde; en de ouders staan achter de keuze."),
    ("p", "Iedere basisschool die een leerling uit het sbo of so opneemt, ontvangt een overgangsarrangement van € 4.500 voor het eerste schooljaar. Daarnaast begeleidt een ambulant begeleider van de sbo- of so-school het kind en de leerkracht gedurende ten minste drie maanden. Kinderen die na een tijd in het speciaal onderwijs beter passen op een andere school voor speciaal (basis)onderwijs, kunnen daar met dezelfde zorgvuldigheid naartoe overstappen."),
    ("h1", "8. Samenwerking met gemeenten en jeugdhulp"),
    ("p", "Onderwijs en jeugdhulp raken elkaar elke dag in de klas. Daarom voeren wij twee keer per jaar bestuurlijk overleg met de wethouders onderwijs en jeugd van de vijf gemeenten en hebben wij het concept van dit plan op 20 februari 2024 in het op overeenstemming gericht overleg (OOGO) besproken. De gemeenten hebben daarbij ingestemd met de gezamenlijke agenda voor deze periode: jeugdhulp in de school, een sluitende aanpak van thuiszitten en verzuim, leerlingenvervoer, en de aansluiting tussen voorschool en basisschool. Aan iedere school is een schoolcontactpersoon van het wijkteam verbonden. De gemeenten financieren samen met ons het onderwijs-zorgarrangement De Kolibrie."),
    ("h1", "9. Ouders"),
    ("p", "Ouders kennen hun kind het best. Wij vinden het daarom vanzelfsprekend dat zij vanaf het eerste gesprek meepraten over de ondersteuning van hun kind, in het ondersteuningsteam, bij het opstellen van het ontwikkelingsperspectief en bij een aanvraag voor een TLV."),
    ("p", "Op onze website vinden ouders een speciale ouderpagina met uitleg over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de weg naar het speciaal (basis)onderwijs, ook in eenvoudige taal en in het Engels, Arabisch en Pools. Iedere school beschrijft haar ondersteuningsaanbod in het schoolondersteuningsprofiel en in de schoolgids. Tweemaal per jaar organiseren wij een informatieavond voor ouders, en ouders kunnen op werkdagen bellen of mailen met onze ouderconsulent."),
    ("p", "Soms lopen gesprekken vast of willen ouders iemand naast zich die niet aan school of samenwerkingsverband verbonden is. Ouders kunnen dan terecht bij het ouder- en jeugdsteunpunt Rivierenland, dat wij samen met het VO-samenwerkingsverband financieren maar dat onafhankelijk werkt. Ook de Onderwijsconsulenten kunnen kosteloos bemiddelen. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband zelf kunnen worden ingediend volgens onze klachtenregeling."),
    ("h1", "10. Kwaliteit en resultaten"),
    ("p", "Wij willen weten of ons werk het verschil maakt voor kinderen. Daarom hebben wij voor deze planperiode een beperkt aantal doelen geformuleerd, met een vertrekpunt (stand 2023) en een streefwaarde voor 2028."),
    ("table", [["Doel", "Stand 2023", "Streefwaarde 2028"],
               ["Alle scholen voldoen aan de kwaliteitskaart basisondersteuning", "84% van de scholen", "100%"],
               ["Deelname sbo en so samen blijft onder landelijk gemiddelde", "2,94%", "< 3,1%"],
               ["Aantal thuiszitters langer dan 4 weken", "11", "maximaal 4"],
               ["Doorlooptijd TLV-aanvraag tot besluit", "gemiddeld 7 weken", "maximaal 6 weken"],
               ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "7,5 of hoger"],
               ["Leerlingen met OPP die het verwachte uitstroomniveau halen", "68%", "75%"]]),
    ("p", "Terugkijkend op de vorige planperiode zien we dat het aantal thuiszitters is gedaald van 19 naar 11 en dat de deelname aan het so licht is gedaald. Het doel om alle scholen binnen twee jaar op het afgesproken basisniveau te brengen, hebben we niet gehaald; dat doel nemen we daarom opnieuw op."),
    ("p", "Wij volgen de voortgang met een vaste kwaliteitscyclus. Twee keer per jaar verzamelen wij gegevens uit het leerlingvolgsysteem, de TLV-registratie, de thuiszittersregistratie en de gesprekken over de kwaliteitskaart. Deze worden in een dashboard per bestuur teruggelegd en besproken in het directeurenoverleg. Eenmaal per jaar peilen wij de tevredenheid van ouders en scholen. In het jaarverslag leggen wij verantwoording af over de bereikte resultaten en de inzet van middelen; het jaarverslag wordt besproken met de ondersteuningsplanraad en de gemeenten. Halverwege de planperiode, in het voorjaar van 2026, vindt een tussenevaluatie plaats door een externe partij."),
    ("h1", "11. Financiën"),
    ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de bedragen die DUO rechtstreeks overdraagt aan de scholen voor speciaal onderwijs, en van de groeibekostiging sbo, resteert het budget dat wij zelf verdelen."),
    ("p", "Onze verdeling is eenvoudig en voorspelbaar. Wij kennen 70 procent van het vrij besteedbare budget toe aan de schoolbesturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar; dat komt in 2024 neer op € 152 per leerling. Iedere vestiging ontvangt daarnaast een vaste voet van € 6.000, zodat ook kleine scholen een minimale formatie voor ondersteuning kunnen inzetten. De resterende middelen blijven bovenschools voor de observatiegroepen, de ambulante begeleiding, het ondersteuningsloket, de overgangsarrangementen en de organisatie. Schoolbesturen zetten hun deel in voor de arrangementen op school en voor het versterken van de basis; zij leggen jaarlijks in een vast format verantwoording af over de inzet en het effect."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
               ["Baten ondersteuningsbekostiging", "12.480", "12.310", "12.150", "12.020"],
               ["Af: overdracht so (DUO)", "-4.960", "-4.900", "-4.860", "-4.820"],
               ["Af: overdracht sbo en groeibekostiging", "-1.720", "-1.700", "-1.680", "-1.660"],
               ["Beschikbaar voor eigen beleid", "5.800", "5.710", "5.610", "5.540"],
               ["Schoolbudgetten besturen", "3.630", "3.570", "3.500", "3.450"],
               ["Bovenschoolse voorzieningen en arrangementen", "1.410", "1.400", "1.390", "1.380"],
               ["Ondersteuningsloket en deskundigen", "420", "420", "420", "420"],
               ["Bureau en bestuur", "390", "385", "385", "380"],
               ["Resultaat", "-50", "-65", "-85", "-90"]]),
    ("p", "De algemene reserve bedraagt eind 2023 € 1,9 miljoen. Dat is boven de signaleringswaarde; de begrote tekorten in bovenstaande tabel zijn een bewuste keuze om de reserve over de planperiode af te bouwen naar een weerstandsvermogen van circa 8 procent van de baten."),
    ("h1", "12. Organisatie en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit vertegenwoordigers van de aangesloten schoolbesturen en houdt toezicht op de directeur-bestuurder. Het bureau telt 14 medewerkers, onder wie vier onderwijsadviseurs, twee orthopedagogen en een ouderconsulent. De ondersteuningsplanraad (OPR) telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan en op wijzigingen ervan en vergadert vijf keer per jaar met de directeur-bestuurder."),
    ("h1", "13. Personeel en professionalisering"),
    ("p", "Passend onderwijs valt of staat met de leerkracht in de klas. Daarom investeren wij in scholing voor intern begeleiders, in een netwerk voor leerkrachten van de bovenschoolse groepen en in een jaarlijkse studiedag over gedrag. Nieuwe intern begeleiders krijgen in hun eerste jaar een maatje van een andere school. Het samenwerkingsverband heeft geen eigen formatie op de scholen; de inzet van personeel is een verantwoordelijkheid van de besturen. Het plan heeft voor het personeel op de scholen geen rechtspositionele gevolgen."),
    ("h1", "14. Planning 2024-2028"),
    ("table", [["Jaar", "Belangrijkste acties"],
               ["2024-2025", "Herijkte basisondersteuning invoeren; eerste ronde kwaliteitskaart-gesprekken"],
               ["2025-2026", "Tweede observatiegroep Culemborg; aanpak schoolweigering; tussenevaluatie"],
               ["2026-2027", "Evaluatie verdeelmodel; tweede ronde kwaliteitskaart-gesprekken"],
               ["2027-2028", "Eindevaluatie en voorbereiding volgend ondersteuningsplan"]]),
    ("h1", "Begrippenlijst"),
    ("ul", ["Arrangement: een afgesproken pakket aan ondersteuning voor een leerling of groep, met doel, duur en inzet.",
            "Basisondersteuning: het door alle besturen afgesproken niveau van ondersteuning op iedere school.",
            "OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
            "OPP: ontwikkelingsperspectief.",
            "OPR: ondersteuningsplanraad.",
            "TLV: toelaatbaarheidsverklaring voor het speciaal basisonderwijs of speciaal onderwijs.",
            "Terugplaatsing: de overstap van een leerling van het s(b)o naar het regulier onderwijs."]),
]

P1_LABEL = """
documents: [po-lingewaal-ondersteuningsplan-2024-2028.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
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
  basisondersteuning: "H4 'Wat iedere school minimaal biedt': agreed minimum for every vestiging plus a concrete 9-item list; 4.1 kwaliteitskaart audit every two years (borging)."
  plaatsing: "H6: 5-step procedure (bestuur applies via groeidocument, commissie toelaatbaarheid, 6 weeks), criteria paragraph, two deskundigen, TLV duration + categorie laag/midden/hoog, bezwaar via LBT."
  terugstroom: "H7 'Na het speciaal (basis)onderwijs' gives aims, conditions and support after return (overgangsarrangement EUR 4.500, AB) but no procedure: nobody named who initiates/decides, no evaluation moments, no link to TLV end."
  financien: "H11: allocation naar rato leerlingaantal (EUR 152 p.l.) + vaste voet EUR 6.000; meerjarenbegroting 2024-2027 table; reserve EUR 1,9 mln and afbouw; schools account yearly."
  dekkend-aanbod: "H5: 5-level continuum table, loket route; 5.1 witte vlekken analysis, thuiszittersoverleg, doorzettingsmacht, zorgplicht; H8 OOGO/jeugdhulp."
  resultaten: "H10: goals table with stand 2023 and streefwaarde 2028, look back at previous period, monitoring cycle (dashboard, jaarverslag, tussenevaluatie 2026)."
  ouders: "H9: ouderpagina/website, SOP+schoolgids, informatieavonden, ouderconsulent; independent help: ouder- en jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie, klachtenregeling."
"""

# ---------------------------------------------------------------------------------------------
# Plan 2 - VO, .docx - all seven elements present
# ---------------------------------------------------------------------------------------------
P2_CH = ["Woord vooraf", "Samenvatting", "1. Waar we staan: terugblik 2019-2023", "2. Koers 2023-2027",
         "3. De regio en haar scholen", "4. De basis op orde", "5. Ondersteuning op maat: van school tot voorziening",
         "6. Toewijzing van lwoo, praktijkonderwijs en vso", "7. Terug naar het regulier voortgezet onderwijs",
         "8. Niemand tussen wal en schip", "9. Ouders en leerlingen", "10. Middelen en meerjarenperspectief",
         "11. Opbrengsten en kwaliteitszorg", "12. Bestuur, toezicht en medezeggenschap",
         "13. Partners: gemeenten, mbo en zorg", "14. Medewerkers", "Bijlage: afkortingen en begrippen"]

PLAN2 = [
    ("title", "Ondersteuningsplan 2023-2027"),
    ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kust en Polder (VO 27-03)"),
    ("p", "Versie zoals vastgesteld door het bestuur op 17 april 2023. Instemming ondersteuningsplanraad: 12 april 2023. OOGO met de gemeenten Kustwijk, Polderland en Zeeveen: 28 maart 2023. Overleg met SWV PO Kust en Polder: 9 maart 2023."),
] + toc(P2_CH) + [
    ("h1", "Woord vooraf"),
    ("p", "Vier jaar geleden schreven wij dat passend onderwijs in onze regio 'van iedereen' moest worden. Dat is voor een belangrijk deel gelukt: de mentoren en ondersteuningscoördinatoren van onze negen scholen werken vanzelfsprekender samen dan ooit, het Steunpunt Kust is uitgegroeid tot een plek waar leerlingen tijdelijk op adem kunnen komen, en het aantal jongeren zonder onderwijs is gehalveerd. Dit nieuwe plan bouwt daarop voort, maar kiest ook nadrukkelijk voor een paar nieuwe accenten: meer aandacht voor de overgang naar mbo en werk, een steviger rol voor leerlingen zelf, en een eerlijke verdeling van geld die scholen ruimte geeft om zelf te kiezen. Wij danken de OPR voor de kritische en constructieve gesprekken in het voorjaar. B. de Wilde, directeur-bestuurder."),
    ("h1", "Samenvatting"),
    ("p", "In dit plan leest u wat iedere school in Kust en Polder minimaal biedt, welke extra ondersteuning er daarnaast is, hoe leerlingen toegang krijgen tot leerwegondersteuning, praktijkonderwijs en voortgezet speciaal onderwijs, en hoe zij daarna weer de weg naar een reguliere school vinden. U leest hoe wij het geld verdelen, welke resultaten wij in 2027 willen zien en hoe wij die volgen. Tot slot beschrijven wij hoe ouders en leerlingen informatie en onafhankelijke hulp vinden."),
    ("h1", "1. Waar we staan: terugblik 2019-2023"),
    ("p", "Het vorige plan kende vijf doelen. Drie daarvan zijn gehaald. Het aantal leerlingen dat langer dan vier weken thuiszat, daalde van 24 (2019) naar 12 (2022). Het aandeel leerlingen in het vso bleef met 3,1 procent onder het landelijk gemiddelde van 3,6 procent. De tevredenheid van scholen over de snelheid van toewijzing steeg van 6,4 naar 7,6. Niet gehaald werd het doel om alle scholen een dekkend aanbod voor hoogbegaafde leerlingen te laten bieden, en de doorstroom van praktijkonderwijs naar een baan of entreeopleiding bleef met 61 procent achter bij de ambitie van 70 procent. Deze lessen zijn verwerkt in de doelen van hoofdstuk 11."),
    ("h1", "2. Koers 2023-2027"),
    ("p", "Wij willen dat iedere jongere in de regio een ononderbroken schoolloopbaan heeft, op een plek die past, zo dichtbij als het kan. Daarvoor kiezen wij vier koerslijnen: (1) sterke scholen die zelf veel kunnen; (2) snelle, ontschotte hulp wanneer het nodig is; (3) jongeren en ouders als volwaardige gesprekspartners; (4) een soepele overgang van po naar vo en van vo naar mbo, hbo of werk. Deze koerslijnen komen in elk hoofdstuk terug."),
    ("h1", "3. De regio en haar scholen"),
    ("p", "Ons samenwerkingsverband beslaat drie gemeenten langs de kust en in het achterliggende polderland. Vier schoolbesturen verzorgen onderwijs op negen scholen: vijf scholen voor vmbo, havo en vwo (waarvan vier met leerwegondersteunend onderwijs), twee scholen voor praktijkonderwijs en twee vso-scholen (cluster 3 en cluster 4). Op 1 oktober 2022 telden de scholen samen 8.640 leerlingen, van wie 1.020 met lwoo, 410 in het praktijkonderwijs en 270 in het vso. Door krimp in de polderdorpen verwachten wij tot 2027 een daling naar ongeveer 8.200 leerlingen."),
    ("h1", "4. De basis op orde"),
    ("p", "Met 'basisondersteuning' bedoelen wij de ondersteuning die op alle scholen en alle locaties van het samenwerkingsverband beschikbaar is, voor iedere leerling, zonder dat er een aanvraag of een beschikking aan te pas komt. De besturen hebben deze ondergrens in 2022 samen opnieuw vastgesteld in het document 'Basis op orde'. Het niveau geldt ook voor de scholen voor praktijkonderwijs, die daarbovenop uiteraard hun eigen specifieke aanpak hebben."),
    ("p", "Iedere school heeft ten minste een ondersteuningscoördinator, een vertrouwenspersoon en toegang tot een orthopedagoog of psycholoog. Mentoren voeren ieder jaar met elke leerling en diens ouders een startgesprek en bespreken de voortgang ten minste driemaal per jaar. De school beschikt over een ondersteuningsteam waarin de ondersteuningscoördinator, de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar en de schoolmaatschappelijk werker of jeugdcoach samenkomen. Leerlingen met dyslexie of dyscalculie krijgen faciliteiten zoals extra tijd, vergrote opgaven en auditieve ondersteuning, vastgelegd in een faciliteitenpas. Verder biedt iedere school een aanbod voor sociale vaardigheden en faalangstreductie, begeleiding bij plannen en organiseren (executieve functies), een rustige werkplek voor leerlingen die even uit de klas moeten, huiswerkbegeleiding of een studie-uur, en een aanpak voor verzuim die is afgestemd met leerplicht. Voor leerlingen met een medische hulpvraag maakt de school met ouders een medisch handelingsprotocol."),
    ("p", "De scholen beschrijven in hun schoolondersteuningsprofiel welke ondersteuning zij boven deze basis bieden. Het samenwerkingsverband bespreekt jaarlijks met iedere school aan de hand van een zelfevaluatie of de basis op orde is. Wanneer een school op onderdelen tekortschiet, maken wij met het bestuur afspraken over verbetering, die in het volgende gesprek worden nagelopen."),
    ("h1", "5. Ondersteuning op maat: van school tot voorziening"),
    ("p", "Boven op de basis kennen wij drie lagen. In de eerste laag organiseert de school met haar eigen budget extra ondersteuning, zoals een trajectvoorziening in school, een kleine klas voor leerlingen die meer structuur nodig hebben of intensieve coaching. In de tweede laag kan de school een beroep doen op bovenschoolse voorzieningen van het samenwerkingsverband: het Steunpunt Kust (een orthopedagogisch-didactisch centrum met 36 plaatsen voor tijdelijke opvang van maximaal twaalf weken, met terugkeer naar de eigen school als doel), het ambulante team gedrag en autisme, de Taalbrug voor nieuwkomers en de bovenschoolse plusklas voor hoogbegaafde leerlingen. In de derde laag staan het praktijkonderwijs en het voortgezet speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring nodig is."),
    ("p", "Scholen vragen een bovenschoolse voorziening aan bij het Toewijzingsloket. Een consulent van het loket neemt binnen vijf werkdagen contact op met de school en de ouders, voert zo nodig een gesprek met de leerling en adviseert binnen drie weken over de passende voorziening. Voor jongeren die naast onderwijs ook jeugdhulp nodig hebben, bieden wij samen met de gemeenten het onderwijs-zorgarrangement 'Samen op Koers' op de vso-school in Kustwijk."),
    ("h1", "6. Toewijzing van lwoo, praktijkonderwijs en vso"),
    ("h2", "6.1 Leerwegondersteunend onderwijs en praktijkonderwijs"),
    ("p", "Voor lwoo en pro hanteren wij de landelijke criteria; wij hebben niet gekozen voor eigen criteria voor lwoo. De basisschool levert in groep 8 uiterlijk 1 februari het onderwijskundig rapport met de gegevens over IQ, leerachterstanden en sociaal-emotionele problematiek aan. De vo-school waar de leerling is aangemeld, dient daarna de aanvraag in bij de Commissie Toewijzing. Die commissie, bestaande uit een orthopedagoog, een psycholoog en een ondersteuningscoördinator, beoordeelt of de leerling aan de landelijke criteria voldoet en beslist binnen vier weken, uiterlijk 15 april. Een aanwijzing lwoo geldt voor de gehele schoolloopbaan in het vmbo; een toelaatbaarheidsverklaring pro geldt voor de duur van de opleiding in het praktijkonderwijs. Twijfelt de commissie, dan volgt aanvullend psychologisch onderzoek, dat het samenwerkingsverband betaalt."),
    ("h2", "6.2 Voortgezet speciaal onderwijs"),
    ("p", "De vo-school of het Steunpunt Kust vraagt, in overleg met ouders en leerling, een toelaatbaarheidsverklaring vso aan wanneer de ondersteuningsbehoefte van de leerling de mogelijkheden van het regulier onderwijs, ook met inzet van bovenschoolse voorzieningen, structureel overstijgt. De aanvraag bevat het ontwikkelingsperspectiefplan, een verslag van de geboden ondersteuning en de effecten daarvan, en de zienswijze van ouders en leerling. De Commissie Toewijzing vraagt advies aan twee deskundigen, van wie één orthopedagoog of psycholoog is; de tweede deskundige wordt gekozen op grond van de problematiek (bijvoorbeeld een kinder- en jeugdpsychiater of een maatschappelijk werker). De commissie besluit binnen zes weken."),
    ("p", "Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar en planmatig extra ondersteuning heeft geboden, in de regel gedurende ten minste zes maanden, (b) die ondersteuning onvoldoende effect had en (c) de leerling een combinatie nodig heeft van intensieve begeleiding, een kleine groep en specialistische expertise die alleen in het vso beschikbaar is. Bij acute veiligheidsrisico's of een medische situatie kan de commissie van de termijn onder (a) afwijken. De TLV wordt afgegeven voor ten hoogste twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of hoog). Ouders en leerling ontvangen een afschrift van de adviezen. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; wij laten ons adviseren door de Landelijke Bezwaaradviescommissie."),
    ("h1", "7. Terug naar het regulier voortgezet onderwijs"),
    ("p", "Wij vinden dat een leerling in het vso niet langer dan nodig op een speciale school moet blijven. Het uitgangspunt is dat iedere vso-leerling periodiek wordt bekeken op de vraag of een overstap naar een reguliere school of naar het praktijkonderwijs mogelijk is. Een terugplaatsing moet goed voorbereid zijn: de leerling is er zelf aan toe, de ontvangende school kan de ondersteuning bieden en er is begeleiding na de overstap."),
    ("p", "De werkwijze is als volgt. De vso-school evalueert het ontwikkelingsperspectief ieder jaar met ouders en leerling. Uiterlijk in februari van het laatste jaar van de TLV bespreekt de vso-school met een consulent van het Toewijzingsloket of verlenging nodig is of dat terugplaatsing of overplaatsing de beste route is. Kiest men voor terugkeer, dan zoekt de consulent met ouders en leerling een geschikte reguliere school; die school neemt vóór 1 mei een besluit over toelating. Daarna volgt een overdracht met een warm gesprek tussen mentoren. Bij een tussentijdse terugplaatsing kan de vso-school het initiatief nemen op ieder evaluatiemoment. Als verlenging nodig is, vraagt de vso-school uiterlijk 1 april een nieuwe TLV aan."),
    ("p", "De ontvangende school krijgt een terugplaatsingsarrangement van € 5.000 per leerling voor één schooljaar, en de vso-school biedt gedurende een half jaar ambulante nazorg. In 2022 werden 14 leerlingen teruggeplaatst naar het regulier voortgezet onderwijs; wij willen dat aantal stabiel houden of laten groeien."),
    ("h1", "8. Niemand tussen wal en schip"),
    ("p", "Een dekkend netwerk betekent voor ons dat er voor iedere jongere in de regio een passende plek is, en dat scholen elkaar daarbij helpen. Twee keer per jaar maken de ondersteuningscoördinatoren en het loket een analyse van de leerlingen voor wie geen passend aanbod beschikbaar was, van wachtlijsten en van thuiszitters. De belangrijkste lacunes die wij nu zien, zijn: jongeren met ernstige angstklachten die school vermijden, hoogbegaafde leerlingen met een ontwikkelingsvoorsprong én sociaal-emotionele problemen, en nieuwkomers boven de 16 jaar. Voor elk van deze groepen hebben wij een actie met een termijn afgesproken: een herstelgroep in het Steunpunt Kust (start augustus 2024), een uitbreiding van de plusklas (2024) en een schakeltraject met het mbo (2025)."),
    ("p", "Iedere thuiszitter wordt binnen twee weken besproken aan de Kust-tafel, waar school, leerplicht, het loket en de jeugdhulp een plan maken. Als een school een leerling niet kan plaatsen, zorgt het bestuur vanuit zijn zorgplicht, met hulp van het loket, voor een passende plek op een andere school."),
    ("h1", "9. Ouders en leerlingen"),
    ("p", "Ouders en leerlingen zijn voor ons partners. Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectiefplan, en ouders worden betrokken bij ieder besluit over extra ondersteuning."),
    ("p", "Informatie over de ondersteuning vinden ouders en leerlingen op drie plekken: in de schoolgids en het schoolondersteuningsprofiel van hun school, op de website van het samenwerkingsverband (met een overzicht van alle voorzieningen, de toewijzingsroutes en een vragenrubriek), en in de folder 'Extra steun op school', die iedere brugklasser bij de start van het schooljaar meekrijgt. Voor ouders van groep 8-leerlingen organiseren wij in het najaar een informatieavond over lwoo en praktijkonderwijs."),
    ("p", "Wie een onafhankelijk luisterend oor zoekt, kan terecht bij het Ouder- en Jongerensteunpunt Kust en Polder. Het steunpunt wordt door ons gefinancierd, maar werkt onafhankelijk, informeert en begeleidt ouders en jongeren, en meldt terugkerende knelpunten aan het bestuur. Daarnaast kunnen ouders gratis een beroep doen op de Onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het OPP staat de Geschillencommissie passend onderwijs open; klachten over het samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs."),
    ("h1", "10. Middelen en meerjarenperspectief"),
    ("p", "Wij verdelen de middelen volgens een verdeelmodel dat de besturen in 2022 gezamenlijk hebben vastgesteld. De middelen voor lichte ondersteuning gaan volledig naar de besturen, verdeeld naar het aantal leerlingen op 1 oktober (2023: € 118 per leerling). De middelen voor lwoo en pro worden doorgegeven op basis van het aantal leerlingen met een aanwijzing lwoo respectievelijk het aantal pro-leerlingen op de teldatum, tegen het normbedrag dat wij zelf van het Rijk ontvangen. Uit de middelen voor zware ondersteuning betalen wij eerst de overdracht aan het vso en daarna de bovenschoolse voorzieningen. Een eventueel positief saldo wordt na vaststelling van de jaarrekening naar rato van het leerlingaantal aan de besturen uitgekeerd."),
    ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2023", "2024", "2025", "2026"],
               ["Lichte ondersteuning", "1.020", "1.000", "980", "960"],
               ["Lwoo", "4.850", "4.780", "4.700", "4.630"],
               ["Praktijkonderwijs", "3.100", "3.060", "3.010", "2.980"],
               ["Zware ondersteuning", "6.300", "6.200", "6.120", "6.050"],
               ["Totaal baten", "15.270", "15.040", "14.810", "14.620"],
               ["Doorbetaling besturen (licht, lwoo, pro)", "8.970", "8.840", "8.690", "8.570"],
               ["Overdracht vso", "4.210", "4.150", "4.100", "4.050"],
               ["Steunpunt Kust (OPDC)", "1.150", "1.150", "1.150", "1.150"],
               ["Ambulant team, plusklas, Taalbrug", "420", "430", "430", "430"],
               ["Loket, bureau, bestuur", "540", "545", "550", "555"],
               ["Saldo", "-20", "-75", "-110", "-135"]]),
    ("p", "De besturen verantwoorden jaarlijks voor 1 april hoe zij de ontvangen middelen hebben ingezet en wat dat heeft opgeleverd. Onze reserve van € 0,9 miljoen ligt onder de signaleringswaarde; het negatieve saldo vangen wij op binnen het weerstandsvermogen."),
    ("h1", "11. Opbrengsten en kwaliteitszorg"),
    ("p", "Wij hebben onze ambities vertaald in concrete doelen voor 2027:"),
    ("ul", ["het aantal thuiszitters langer dan vier weken is niet hoger dan 6 (2022: 12);",
            "het deelnamepercentage vso blijft onder het landelijk gemiddelde;",
            "ten minste 70 procent van de pro-leerlingen stroomt uit naar werk of een entreeopleiding en heeft na een jaar nog werk of opleiding;",
            "alle scholen voldoen aan de afspraken in 'Basis op orde';",
            "ten minste 80 procent van de leerlingen uit het Steunpunt Kust keert binnen twaalf weken terug naar de eigen school;",
            "ouders en leerlingen beoordelen de ondersteuning gemiddeld met ten minste een 7."]),
    ("p", "Wij meten de voortgang met een jaarlijkse monitor op basis van DUO-gegevens, de registratie van het loket, verzuimcijfers van leerplicht en een tevredenheidspeiling onder ouders, leerlingen en scholen. De uitkomsten bespreken wij in het voorjaar met elk bestuur en in de OPR; zij worden gepubliceerd in het jaarverslag, dat ook laat zien wat de inzet van middelen per voorziening kostte. In 2025 voeren wij een tussenevaluatie uit en passen wij zo nodig de doelen aan."),
    ("h1", "12. Bestuur, toezicht en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een vereniging van de vier schoolbesturen. De algemene ledenvergadering houdt toezicht op de directeur-bestuurder. De ondersteuningsplanraad bestaat uit acht leden: vier medewerkers en vier ouders of leerlingen, gekozen uit de medezeggenschapsraden. Dit plan heeft de instemming van de OPR gekregen op 12 april 2023."),
    ("h1", "13. Partners: gemeenten, mbo en zorg"),
    ("p", "De gemeenten Kustwijk, Polderland en Zeeveen zijn onze belangrijkste partners. In het OOGO zijn afspraken gemaakt over jeugdhulp op school, leerlingenvervoer, de aanpak van thuiszitten en de aansluiting op de arbeidsmarkt voor pro- en vso-leerlingen. Met het mbo-college in de regio hebben wij een convenant over warme overdracht en een gezamenlijk schakeltraject."),
    ("h1", "14. Medewerkers"),
    ("p", "Het bureau van het samenwerkingsverband telt 9,4 fte. De medewerkers van het Steunpunt Kust zijn in dienst van een van de besturen en worden gedetacheerd. Jaarlijks bieden wij een scholingsaanbod voor mentoren en ondersteuningscoördinatoren, onder meer over angst, autisme en het voeren van gesprekken met ouders."),
    ("h1", "Bijlage: afkortingen en begrippen"),
    ("ul", ["Lwoo: leerwegondersteunend onderwijs.", "OPDC: orthopedagogisch-didactisch centrum.",
            "OPR: ondersteuningsplanraad.", "Pro: praktijkonderwijs.", "TLV: toelaatbaarheidsverklaring.",
            "Vso: voortgezet speciaal onderwijs."]),
]

P2_LABEL = """
documents: [vo-kust-en-polder-ondersteuningsplan-2023-2027.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: present, ouders: present}
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
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 'De basis op orde': minimum on all schools and locations, concrete list (ondersteuningscoordinator, OT, faciliteitenpas, executieve functies...); yearly self-evaluation talk (borging)."
  plaatsing: "H6: lwoo/pro via Commissie Toewijzing with national criteria and dates; vso procedure, criteria (a)-(c), two deskundigen, max two years + categorie, bezwaar via LBC."
  terugstroom: "H7 'Terug naar het regulier voortgezet onderwijs': policy and conditions, steps tied to last TLV year (February talk, 1 May, 1 April new TLV), EUR 5.000 arrangement, 14 terugplaatsingen in 2022."
  financien: "H10 'Middelen en meerjarenperspectief': verdeelmodel per leerling/lwoo/pro, meerjarenbegroting 2023-2026, verantwoording voor 1 april, reserve."
  dekkend-aanbod: "H5 three layers + OPDC/voorzieningen + OZA; H8 'Niemand tussen wal en schip': gap analysis, named lacunes with actions, Kust-tafel for thuiszitters, zorgplicht; H13 OOGO."
  resultaten: "H1 terugblik with figures; H11 measurable goals for 2027 and yearly monitor, jaarverslag, tussenevaluatie 2025."
  ouders: "H9: schoolgids/SOP, website, folder, infoavond; Ouder- en Jongerensteunpunt, Onderwijsconsulenten, Geschillencommissie, klachtencommissie."
"""

# ---------------------------------------------------------------------------------------------
# Plan 3 - PO, .pdf (two-column section) - financien partial (verdeling only, no begroting)
# ---------------------------------------------------------------------------------------------
P3_CH = ["Voorwoord", "Hoofdstuk 1 Over dit plan", "Hoofdstuk 2 Missie en visie",
         "Hoofdstuk 3 Het fundament: basisondersteuning in Veenlanden",
         "Hoofdstuk 4 Arrangeren en het samenhangend aanbod", "Hoofdstuk 5 Aanmelding bij de Commissie Toelaatbaarheid",
         "Hoofdstuk 6 Terugplaatsing en overplaatsing", "Hoofdstuk 7 Verdeling van de ondersteuningsmiddelen",
         "Hoofdstuk 8 Ouders als partner", "Hoofdstuk 9 Beoogde en bereikte resultaten",
         "Hoofdstuk 10 Gemeenten en OOGO", "Hoofdstuk 11 Governance en OPR", "Hoofdstuk 12 Jaarplanning",
         "Verklarende woordenlijst"]

PLAN3 = [
    ("title", "Ondersteuningsplan 2023-2027"),
    ("sub", "Stichting Samenwerkingsverband Passend Onderwijs Veenlanden PO (PO 20-07)"),
    ("p", "Goedgekeurd door de Raad van Toezicht op 30 maart 2023 en vastgesteld door het bestuur op 3 april 2023. Instemming ondersteuningsplanraad verleend op 27 maart 2023."),
] + toc(P3_CH) + [
    ("h1", "Voorwoord"),
    ("p", "Het samenwerkingsverband Veenlanden bestaat bijna tien jaar. In die tijd is er veel veranderd. De scholen in onze dorpen en kernen zijn kleiner geworden, de vragen van kinderen complexer, en de verwachtingen van ouders hoger. Wat niet is veranderd, is de overtuiging die ons bindt: ieder kind in de Veenlanden verdient een school waar het zich thuis voelt en waar het kan groeien. Dit ondersteuningsplan beschrijft hoe wij daar de komende vier jaar samen aan werken. Het is geschreven voor leerkrachten, intern begeleiders, directeuren en bestuurders, maar zeker ook voor ouders, want het gaat om hún kinderen."),
    ("h1", "Hoofdstuk 1 Over dit plan"),
    ("p", "Dit plan geldt van 1 augustus 2023 tot 31 juli 2027. Het is opgesteld door een schrijfgroep van vier directeuren, twee intern begeleiders, de directeur van het sbo De Sprong en de staf van het samenwerkingsverband. De ondersteuningsplanraad heeft vanaf het begin meegelezen. Op 14 maart 2023 is het concept besproken in het op overeenstemming gericht overleg met de gemeenten Veendam-Noord, Oostermoer en Turfdal; de gemeenten hebben geen bezwaren gemaakt. Met het samenwerkingsverband voor voortgezet onderwijs is overlegd over de overstap van groep 8 naar de brugklas."),
    ("p", "In ons samenwerkingsverband werken 11 schoolbesturen samen, met 64 basisscholen, één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Op 1 oktober 2022 telden wij 10.250 leerlingen in het basisonderwijs, 188 in het sbo en 161 in het so."),
    ("h1", "Hoofdstuk 2 Missie en visie"),
    ("p", "Onze missie is kort: thuisnabij onderwijs voor ieder kind, en de juiste hulp op het juiste moment. Wij geloven dat kinderen het meest leren in een groep met leeftijdgenoten uit hun eigen omgeving, met een leerkracht die hen kent en een school die weet waar zij hulp kan halen. Wij geloven ook dat speciaal onderwijs voor sommige kinderen precies de goede plek is, soms tijdelijk, soms voor langere tijd. Het gaat ons niet om de vraag waar een kind zit, maar om de vraag of het zich ontwikkelt."),
    ("p", "Die visie vertalen wij in vier principes: we kijken naar wat een kind nodig heeft en niet naar een label; we handelen snel en zonder onnodige bureaucratie; we werken samen met ouders en partners; en we leggen verantwoording af over wat we doen."),
    ("h1", "Hoofdstuk 3 Het fundament: basisondersteuning in Veenlanden"),
    ("p", "Alle besturen van Veenlanden hebben in 2022 vastgelegd wat de gezamenlijke ondergrens van ondersteuning is. Dat fundament, dat wij basisondersteuning noemen, is op iedere vestiging aanwezig, ook op de kleinste dorpsschool met zestig leerlingen. Het omvat vier onderdelen."),
    ("p", "Ten eerste de basiskwaliteit: iedere school voldoet aan de eisen van de inspectie. Ten tweede een sluitende ondersteuningsstructuur: er is een intern begeleider, er zijn vaste momenten voor groeps- en leerlingbesprekingen, en de school heeft een ondersteuningsteam waarin ook de jeugdverpleegkundige en de schoolmaatschappelijk werker deelnemen. Ten derde planmatig werken: leerkrachten werken handelingsgericht met groepsoverzichten, evalueren twee keer per jaar de opbrengsten, en stellen voor kinderen met een eigen leerlijn een ontwikkelingsperspectief op. Ten vierde een set preventieve en licht curatieve interventies die iedere school in huis heeft. Daartoe behoren:"),
    ("ul", ["een leesprotocol en dyslexiebegeleiding volgens het landelijk protocol, met de mogelijkheid van vergoede dyslexiezorg;",
            "een aanpak voor rekenproblemen en dyscalculie;",
            "een programma voor sociale veiligheid en een pestcoördinator;",
            "een aanbod voor kinderen die meer aankunnen, zoals een verrijkingsgroep;",
            "extra taalondersteuning voor kinderen met een taalachterstand;",
            "afspraken met ouders over medicijngebruik en medische handelingen;",
            "een time-outprotocol met afspraken over opvang binnen de school."]),
    ("p", "Iedere school legt in het schoolondersteuningsprofiel vast hoe zij dit fundament invult en welke extra expertise zij heeft. Het samenwerkingsverband bekijkt elke drie jaar samen met de school of het fundament staat, met behulp van een audit door collega-intern begeleiders."),
    ("h1", "Hoofdstuk 4 Arrangeren en het samenhangend aanbod"),
    ("p", "Als een kind meer nodig heeft dan het fundament, zoekt de school eerst binnen de eigen mogelijkheden en die van het eigen bestuur. Is dat niet genoeg, dan kan de school een arrangement aanvragen bij het samenwerkingsverband. Een arrangement kan bestaan uit extra begeleiding in de groep, ambulante begeleiding door een specialist van het sbo of so, een plaats in een van onze bovenschoolse groepen of een combinatie van onderwijs en zorg."),
    ("p", "Ons aanbod ziet er zo uit. Op de scholen: arrangementen in de klas, onder regie van de intern begeleider. Bovenschools: de Veengroep voor kinderen met gedragsproblemen (twee groepen van tien), de Ontdekklas voor hoogbegaafde kinderen (één dag per week op drie locaties), de taalklas voor nieuwkomers in Turfdal en de expertiseteams jonge kind en gedrag. In het sbo De Sprong en op de so-scholen De Horizon (cluster 4) en De Wilgen (cluster 3) is een volledig speciaal onderwijsprogramma beschikbaar. Voor kinderen die ook jeugdhulp nodig hebben, is er de Combigroep op De Horizon, die wij samen met de gemeenten en een jeugdhulpaanbieder vormgeven."),
    ("p", "Toch vinden nog niet alle kinderen een passende plek. In het schooljaar 2021-2022 waren er 7 kinderen die langer dan een maand niet naar school gingen en stonden er 12 kinderen op de wachtlijst voor de Veengroep. Wij pakken dit op drie manieren aan. Iedere thuiszitter wordt binnen vijf schooldagen gemeld bij het samenwerkingsverband en besproken in het Veenlanden-overleg met leerplicht en de gemeentelijke toegang. Wij vergroten vanaf 2024 de capaciteit van de Veengroep met een derde groep. En wij sluiten met de besturen een convenant dat vastlegt dat een school die een leerling niet zelf kan plaatsen, samen met het samenwerkingsverband binnen zes weken een andere passende school vindt. Elk voorjaar maken wij op basis van aanvragen, wachtlijsten en meldingen een overzicht van de plekken waar het aanbod tekortschiet, en bespreken wij in het bestuur welke voorzieningen moeten worden aangepast."),
    ("h1", "Hoofdstuk 5 Aanmelding bij de Commissie Toelaatbaarheid"),
    ("p", "Wanneer een kind is aangewezen op het sbo of so, vraagt het bestuur van de school waar het kind staat ingeschreven een toelaatbaarheidsverklaring aan. Dat gebeurt door aanmelding bij de Commissie Toelaatbaarheid van het samenwerkingsverband. De aanmelding bevat het groeidocument met het ontwikkelingsperspectief, de evaluaties van de geboden ondersteuning, een verslag van het multidisciplinair overleg waarbij ouders aanwezig waren, en de zienswijze van de ouders."),
    ("p", "De commissie bestaat uit een voorzitter, een orthopedagoog-generalist en een GZ-psycholoog. Voor iedere aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk; zij zijn niet eerder bij het kind betrokken geweest. De commissie besluit binnen vier weken na een volledige aanmelding. In spoedsituaties, bijvoorbeeld wanneer een kind niet meer veilig op school kan zijn, kan binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden worden afgegeven."),
    ("p", "Wij hanteren de volgende criteria. Voor het sbo: de ontwikkeling van het kind stagneert ondanks ten minste twee cycli van planmatige extra ondersteuning in het reguliere basisonderwijs, en het kind heeft een kleinere groep en een meer gespecialiseerde aanpak nodig, zoals het sbo die biedt. Voor het so: daarnaast is er sprake van een ernstige beperking, stoornis of ziekte waardoor het kind is aangewezen op de expertise, de groepsgrootte en de zorg van het speciaal onderwijs, en is een onderwijs-zorgarrangement in het regulier of sbo onvoldoende. Bij de afweging kijkt de commissie naar de leerlijnen, de sociaal-emotionele ontwikkeling, de zelfredzaamheid en de belasting voor het kind en de groep."),
    ("p", "Een TLV geldt in de regel tot het einde van het schooljaar waarin het kind twee schooljaren in het s(b)o heeft gezeten; voor kinderen met een blijvende beperking kan de commissie een TLV tot het einde van de basisschoolperiode afgeven. Voor het so kent de commissie de bekostigingscategorie laag, midden of hoog toe. Ouders kunnen binnen zes weken bezwaar maken; het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie."),
    ("h1", "Hoofdstuk 6 Terugplaatsing en overplaatsing"),
    ("p", "Wij vinden het belangrijk dat kinderen die in het sbo of so tot bloei zijn gekomen, de kans krijgen terug te keren naar een gewone basisschool. Ons beleid is dat bij ieder kind in het s(b)o jaarlijks de vraag op tafel ligt of terugkeer mogelijk en wenselijk is. Voorwaarden zijn dat het kind de leerstof van de groep grotendeels kan volgen of met een eigen leerlijn kan werken, dat het kind zich in een grotere groep kan handhaven, en dat ouders achter de stap staan."),
    ("p", "De sbo- of so-school evalueert in het voorjaar het ontwikkelingsperspectief met de ouders. Is terugkeer in beeld, dan meldt de school dit uiterlijk 1 april bij het samenwerkingsverband. Een consulent organiseert een overleg tussen ouders, de huidige school en een mogelijke basisschool, bij voorkeur in de eigen woonplaats. Na een proefperiode van twee tot vier weken besluiten ouders en de ontvangende school over de overstap. Loopt een TLV af zonder dat terugkeer verantwoord is, dan vraagt de s(b)o-school uiterlijk 1 mei een nieuwe TLV aan. De basisschool die het kind opneemt, krijgt gedurende één jaar een terugplaatsingsarrangement met ambulante begeleiding vanuit de school van herkomst. Overplaatsing tussen sbo en so verloopt volgens dezelfde stappen, met een nieuwe TLV voor de ontvangende school. In 2021-2022 keerden 9 kinderen terug naar het basisonderwijs."),
    ("h1", "Hoofdstuk 7 Verdeling van de ondersteuningsmiddelen"),
    ("p", "Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens afspraken die de besturen samen hebben gemaakt. Wij kiezen voor een model waarin het geld zo dicht mogelijk bij de school komt. Na de verplichte overdrachten aan het speciaal onderwijs en het speciaal basisonderwijs worden de middelen als volgt toegekend:"),
    ("ul", ["ieder schoolbestuur ontvangt een budget naar rato van het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar;",
            "iedere vestiging met minder dan 100 leerlingen ontvangt een aanvullende vaste voet, zodat ook kleine scholen een intern begeleider kunnen inzetten;",
            "scholen met een hoge achterstandsscore volgens het CBS ontvangen een opslag van 10 procent op het leerlingbudget;",
            "arrangementen die de school bij het samenwerkingsverband aanvraagt, worden per kind toegekend door de arrangeercommissie, op basis van het ontwikkelingsperspectief en een plan van aanpak met doelen en duur;",
            "plaatsen in de bovenschoolse groepen worden toegekend door de Commissie Toelaatbaarheid en worden niet met het bestuur verrekend."]),
    ("p", "De verdeling wordt elk jaar in het najaar door het bestuur vastgesteld, na advies van het directeurenoverleg, en wordt gecommuniceerd aan de besturen vóór 1 december, zodat zij ermee kunnen rekenen in hun eigen begroting."),
    ("cols", 2),
    ("h1", "Hoofdstuk 8 Ouders als partner"),
    ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij worden uitgenodigd voor ieder ondersteuningsteam over hun kind, tekenen voor akkoord op het handelingsdeel van het ontwikkelingsperspectief en geven hun zienswijze bij een aanvraag voor een TLV."),
    ("p", "Wij informeren ouders op verschillende manieren. Op onze website staat een ouderwijzer met antwoorden op veelgestelde vragen: wat mag ik van de school verwachten, wat is een arrangement, hoe werkt een TLV. Iedere school verwijst in de schoolgids naar het schoolondersteuningsprofiel en naar het samenwerkingsverband. Wij verspreiden twee keer per jaar een nieuwsbrief voor ouders via de scholen, en ouders kunnen op dinsdag en donderdag het ouderspreekuur bellen."),
    ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noord, dat los van ons functioneert. De medewerkers denken mee, gaan desgewenst mee naar gesprekken en kunnen bemiddelen. Ook de Onderwijsconsulenten en de Geschillencommissie passend onderwijs staan voor ouders open."),
    ("h1", "Hoofdstuk 9 Beoogde en bereikte resultaten"),
    ("p", "In de vorige planperiode (2019-2023) wilden wij het aantal thuiszitters halveren; het daalde van 15 naar 7. Het deelnamepercentage speciaal onderwijs bleef met 1,5 procent stabiel. Het doel dat alle scholen een dekkend aanbod voor meer- en hoogbegaafde kinderen hebben, werd voor 80 procent gehaald."),
    ("p", "Voor 2027 willen wij bereiken dat: geen kind langer dan drie maanden thuiszit; alle scholen bij de audit voldoen aan het fundament; de wachttijd voor de Veengroep maximaal zes weken is; en ten minste 8 kinderen per jaar vanuit het s(b)o terugkeren naar het basisonderwijs. Ouders beoordelen de samenwerking met de school over ondersteuning met gemiddeld een 7,5."),
    ("p", "Wij houden de vinger aan de pols met een monitor die elk half jaar wordt bijgewerkt met gegevens over TLV's, arrangementen, thuiszitters, wachttijden en terugplaatsingen. De monitor wordt besproken in het bestuur, het directeurenoverleg en de OPR. Ieder jaar verschijnt een jaarverslag waarin wij de resultaten naast de doelen leggen."),
    ("cols", 1),
    ("h1", "Hoofdstuk 10 Gemeenten en OOGO"),
    ("p", "De drie gemeenten zijn onmisbare partners. In het OOGO hebben wij afgesproken dat ieder schoolteam een vaste contactpersoon bij het gebiedsteam heeft, dat wij samen de Combigroep financieren, en dat wij gezamenlijk optrekken in de aanpak van verzuim en thuiszitten. Ook leerlingenvervoer en huisvesting van bovenschoolse groepen staan op de gezamenlijke agenda."),
    ("h1", "Hoofdstuk 11 Governance en OPR"),
    ("p", "Het samenwerkingsverband is een stichting met een bestuur, gevormd door een onafhankelijk directeur-bestuurder, en een Raad van Toezicht van vijf leden, van wie drie door de schoolbesturen zijn voorgedragen. De ondersteuningsplanraad bestaat uit tien leden, vijf ouders en vijf personeelsleden. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert zes keer per jaar."),
    ("h1", "Hoofdstuk 12 Jaarplanning"),
    ("table", [["Wanneer", "Wat"],
               ["September", "Start jaarplan; nieuwsbrief ouders"],
               ["1 oktober", "Teldatum leerlingen"],
               ["November", "Vaststelling verdeling middelen volgend jaar"],
               ["Maart", "Overzicht lacunes in het aanbod; audits fundament"],
               ["April-mei", "Evaluatie OPP's en terugplaatsingsgesprekken"],
               ["Juni", "Jaarverslag en bespreking met OPR"]]),
    ("h1", "Verklarende woordenlijst"),
    ("ul", ["Fundament: onze term voor basisondersteuning.", "Arrangement: extra ondersteuning met doel en duur.",
            "Groeidocument: dossier waarin de ontwikkeling en ondersteuning van een kind worden vastgelegd.",
            "Meerjarenbegroting: financiële planning voor meerdere jaren.",
            "s(b)o: speciaal (basis)onderwijs.", "TLV: toelaatbaarheidsverklaring."]),
]

P3_LABEL = """
documents: [po-veenlanden-ondersteuningsplan-2023-2027.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'Het fundament': SWV-wide ondergrens on every vestiging, four parts with a concrete list of interventions; three-yearly audit."
  plaatsing: "H5 'Aanmelding bij de Commissie Toelaatbaarheid': bestuur applies with groeidocument, 4 weeks, spoed-TLV, separate sbo/so criteria, two independent deskundigen, duration, categorie, bezwaar (LBC)."
  terugstroom: "H6: yearly question, conditions, steps (1 April melding, consulent, proefperiode, 1 May new TLV), terugplaatsingsarrangement, overplaatsing; 9 returns in 2021-2022."
  financien: "H7 gives only the verdeling (naar rato leerlingen, vaste voet, 10% opslag, arrangeercommissie); no begroting or amounts of what the means are spent on anywhere (the word meerjarenbegroting only in the woordenlijst), no reserves."
  dekkend-aanbod: "H4: continuum school -> bovenschools -> s(b)o -> Combigroep; thuiszitters/wachtlijst figures, Veenlanden-overleg, derde groep, convenant; H10 OOGO."
  resultaten: "H9 (two-column section): previous period results, targets 2027, half-yearly monitor and jaarverslag."
  ouders: "H8 (two-column section): ouderwijzer website, schoolgids/SOP, nieuwsbrief, spreekuur; Ouder- en Jeugdsteunpunt Noord, Onderwijsconsulenten, Geschillencommissie."
"""

# ---------------------------------------------------------------------------------------------
# Plan 4 - VO, .pdf - resultaten partial (doelen only), ouders partial (informatie only)
# ---------------------------------------------------------------------------------------------
P4_CH = ["Inleiding", "1. Context: het Heuvelland in cijfers", "2. Missie, visie en uitgangspunten",
         "3. Wat elke school in het Heuvelland biedt", "4. Het ondersteuningsaanbod: drie sporen",
         "5. Zorgplicht, dekkend netwerk en thuiszitters", "6. Lwoo, praktijkonderwijs en voortgezet speciaal onderwijs",
         "7. Doorstroom terug naar het reguliere onderwijs", "8. Financieel beleid", "9. Onze ambities voor 2028",
         "10. Communicatie met ouders", "11. Samenwerking met gemeenten en zorg", "12. Organisatie en medezeggenschap",
         "13. Personeel", "14. Tijdpad", "Begrippen"]

PLAN4 = [
    ("title", "Ondersteuningsplan 2024-2028"),
    ("sub", "Samenwerkingsverband Voortgezet Onderwijs Heuvelland Oost (VO 31-02)"),
    ("p", "Vastgesteld door het algemeen bestuur op 15 april 2024. De ondersteuningsplanraad heeft op 8 april 2024 ingestemd. Het op overeenstemming gericht overleg met de gemeenten Bergstede, Mergelheem en Valkendaal is op 26 maart 2024 afgerond."),
] + toc(P4_CH) + [
    ("h1", "Inleiding"),
    ("p", "Dit ondersteuningsplan beschrijft hoe de zes schoolbesturen voor voortgezet onderwijs in Heuvelland Oost de komende vier schooljaren, van 1 augustus 2024 tot en met 31 juli 2028, samen zorgen voor passend onderwijs. Het plan is geschreven in een periode waarin veel in beweging is: de landelijke verbeteraanpak passend onderwijs, een dalend aantal leerlingen in de regio en een krappe arbeidsmarkt. Wij hebben ervoor gekozen het plan compact en concreet te houden. Keuzes die elk jaar opnieuw gemaakt moeten worden, staan in het jaarplan; de kaders staan hier."),
    ("p", "Aan dit plan is een half jaar lang gewerkt. Een kerngroep van ondersteuningscoördinatoren, teamleiders en een beleidsadviseur schreef de teksten; de directeuren, de OPR en de gemeenten gaven in drie rondes commentaar. Ook leerlingen van twee scholen hebben in een klankbordgesprek verteld wat zij van extra ondersteuning verwachten. Hun belangrijkste boodschap: 'Zorg dat we niet steeds ons verhaal opnieuw hoeven te vertellen.' Die boodschap hebben wij ter harte genomen."),
    ("h1", "1. Context: het Heuvelland in cijfers"),
    ("p", "Heuvelland Oost is een uitgestrekte regio met drie middelgrote kernen en veel kleine dorpen. Leerlingen reizen vaak lange afstanden naar school. Dat maakt het voor ons extra belangrijk dat de ondersteuning dicht bij de leerling wordt georganiseerd en dat een overstap naar een andere school niet automatisch een lange busrit betekent."),
    ("table", [["Schoolsoort (1 oktober 2023)", "Scholen/locaties", "Leerlingen"],
               ["Vmbo/havo/vwo", "7 locaties", "9.380"],
               ["waarvan met lwoo", "5 locaties", "1.140"],
               ["Praktijkonderwijs", "2", "455"],
               ["Voortgezet speciaal onderwijs", "2 (cluster 3 en 4)", "318"],
               ["Totaal", "11", "10.153"]]),
    ("p", "Tot 2028 verwachten wij een daling van ongeveer 6 procent van het totale leerlingaantal, vooral in de dorpen in het zuiden. Het aandeel leerlingen met lwoo ligt in onze regio iets boven het landelijk gemiddelde, het aandeel leerlingen in het vso iets eronder."),
    ("h1", "2. Missie, visie en uitgangspunten"),
    ("p", "Onze missie is dat iedere jongere in Heuvelland Oost een diploma, certificaat of duurzame plek op de arbeidsmarkt haalt dat past bij zijn of haar mogelijkheden, op een school in de buurt en met de ondersteuning die daarvoor nodig is. Wij gaan uit van de kracht van de reguliere school: de meeste ondersteuning hoort in de klas en in de mentorles thuis, niet in aparte voorzieningen. Tegelijk erkennen wij dat sommige jongeren tijdelijk of blijvend een andere omgeving nodig hebben, en dat die omgeving dan snel en zonder gedoe beschikbaar moet zijn."),
    ("p", "Onze uitgangspunten zijn: één leerling, één plan (het ontwikkelingsperspectiefplan is het centrale document dat meegaat bij iedere overstap); zo licht als mogelijk, zo zwaar als nodig; de school is het eerste aanspreekpunt voor ouders; en geld volgt de leerling, maar niet tot op de euro: scholen krijgen vertrouwen en ruimte."),
    ("h1", "3. Wat elke school in het Heuvelland biedt"),
    ("p", "De besturen hebben met elkaar afgesproken wat iedere school voor voortgezet onderwijs in Heuvelland Oost, op iedere locatie, ten minste aan ondersteuning biedt. Deze gezamenlijke afspraken vormen de basisondersteuning. Ouders en leerlingen mogen erop rekenen dat deze ondersteuning er is, ongeacht de school die zij kiezen. Ook het praktijkonderwijs en het vso bieden deze basis, naast hun eigen specialistische aanbod."),
    ("table", [["Onderdeel", "Wat de school minimaal biedt"],
               ["Mentoraat", "Een vaste mentor per klas, wekelijkse mentorles, minimaal drie voortgangsgesprekken per jaar met leerling en ouders"],
               ["Ondersteuningsstructuur", "Een ondersteuningscoördinator en een intern zorgoverleg; elke zes weken een ondersteuningsteam met jeugdarts, leerplicht en jeugdhulp"],
               ["Leren", "Faciliteiten bij dyslexie en dyscalculie; remediërende hulp bij lezen en rekenen in de onderbouw; begeleiding bij plannen en leren leren"],
               ["Welbevinden", "Een programma sociale veiligheid; faalangstreductietraining; een vertrouwenspersoon; een anti-pestcoördinator"],
               ["Opvang", "Een time-out- en opvangruimte met toezicht, met afspraken over terugkeer in de les"],
               ["Fysiek en medisch", "Afspraken over medisch handelen; aanpassingen in het rooster of het gebouw waar redelijkerwijs mogelijk"],
               ["Overgangen", "Warme overdracht vanuit het po; loopbaanbegeleiding richting mbo, hbo en werk"]]),
    ("p", "Iedere school beschrijft in het schoolondersteuningsprofiel hoe zij deze onderdelen invult en wat zij daarnaast biedt. Twee keer in de planperiode bezoekt een visitatieteam van collega-scholen iedere school. Het team gebruikt een kijkwijzer gebaseerd op de tabel hierboven en bespreekt de bevindingen met de schoolleiding; wanneer een onderdeel ontbreekt, maakt het bestuur binnen drie maanden een verbeterplan."),
    ("h1", "4. Het ondersteuningsaanbod: drie sporen"),
    ("p", "Wij denken in drie sporen die op elkaar aansluiten. Het eerste spoor is de extra ondersteuning binnen de eigen school: trajectklassen, een plusvoorziening voor leerlingen met autisme, intensieve mentorbegeleiding en huiswerkklassen. Iedere school bepaalt zelf hoe zij dit vormgeeft, binnen het budget dat zij van ons ontvangt. Het tweede spoor zijn de bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Overstap in Bergstede (30 plaatsen voor tijdelijke plaatsing van maximaal een half jaar), het rebound-traject voor leerlingen die na een incident tijdelijk niet op school kunnen blijven, de schakelklas voor nieuwkomers en het ambulante team voor gedrag en psychiatrie. Het derde spoor bestaat uit het praktijkonderwijs en het voortgezet speciaal onderwijs."),
    ("p", "De ondersteuningscoördinator van de school meldt een leerling voor het tweede spoor aan bij het Plaatsingsloket. Binnen tien werkdagen volgt een gesprek met leerling, ouders, school en een trajectbegeleider, waarin wordt afgesproken welke voorziening past, wat het doel is en hoe lang de plaatsing duurt. De leerling blijft ingeschreven op de eigen school, zodat terugkeer in de eigen klas het uitgangspunt blijft."),
    ("h1", "5. Zorgplicht, dekkend netwerk en thuiszitters"),
    ("p", "De besturen hebben zorgplicht: een school waar een leerling met een ondersteuningsbehoefte wordt aangemeld, moet een passende plek bieden, op de eigen school of op een andere school die de leerling wil toelaten. In onze uitgestrekte regio werkt dat alleen als scholen elkaar daarbij helpen. Daarom hebben de besturen afgesproken dat zij bij twijfel binnen twee weken het Plaatsingsloket inschakelen, dat dan bemiddelt. Lukt het binnen zes weken niet een plek te vinden, dan beslist de directeur van het samenwerkingsverband welke school de leerling tijdelijk opvangt."),
    ("p", "Wij willen weten waar ons netwerk gaten vertoont. Daarom bespreken de ondersteuningscoördinatoren ieder voorjaar met het Plaatsingsloket voor welke leerlingen geen passend aanbod kon worden gevonden, waar wachttijden voor De Overstap ontstaan en welke jongeren thuiszitten. Op basis daarvan hebben wij drie lacunes benoemd: leerlingen met een combinatie van hoogbegaafdheid en autisme, jongeren met ernstige psychiatrische problematiek waarvoor de jeugd-GGZ wachtlijsten heeft, en jonge nieuwkomers die halverwege het schooljaar binnenkomen. Voor de eerste groep ontwikkelen wij met twee scholen een bovenschools programma (start schooljaar 2025-2026). Voor de tweede groep maken wij met de gemeenten afspraken over zorg in onderwijstijd. Voor de derde groep openen wij in 2024 een tweede instroommoment in de schakelklas."),
    ("p", "Elke leerling die langer dan vier weken zonder onderwijs thuiszit, wordt besproken in het thuiszittersoverleg met leerplicht, gemeente, school en samenwerkingsverband. Het overleg stelt binnen twee weken een plan op met een eerste stap terug naar onderwijs, al is het maar een paar uur per week."),
    ("h1", "6. Lwoo, praktijkonderwijs en voortgezet speciaal onderwijs"),
    ("h2", "6.1 Leerwegondersteuning en praktijkonderwijs"),
    ("p", "Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Voor beide gelden de landelijke criteria voor intelligentie, leerachterstand en sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld, dient de aanvraag digitaal in, met het onderwijskundig rapport van de basisschool en de testgegevens. De Toelatingscommissie, bestaande uit een orthopedagoog, een psycholoog en een ervaren ondersteuningscoördinator, toetst de aanvraag en besluit binnen vier weken; aanvragen die vóór 1 maart binnen zijn, worden uiterlijk 15 april afgehandeld. Een aanwijzing lwoo geldt tot het einde van de opleiding in het vmbo; een toelaatbaarheidsverklaring voor het praktijkonderwijs geldt voor de hele periode in het praktijkonderwijs."),
    ("h2", "6.2 Voortgezet speciaal onderwijs"),
    ("p", "Een leerling kan naar het vso als de reguliere school, ook met inzet van de voorzieningen in het eerste en tweede spoor, niet kan bieden wat de leerling nodig heeft. De school waar de leerling staat ingeschreven, vraagt dan in overleg met ouders en leerling een toelaatbaarheidsverklaring aan bij de Toelatingscommissie. De aanvraag bevat het ontwikkelingsperspectiefplan met evaluaties, een beschrijving van de geboden ondersteuning in ten minste twee ondersteuningscycli en de mening van ouders en leerling. Twee deskundigen brengen ieder een schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de situatie, een jeugdarts, een kinder- en jeugdpsychiater of een maatschappelijk werker. De commissie besluit binnen zes weken."),
    ("p", "Toelaatbaar is de leerling die (1) een structurele ondersteuningsbehoefte heeft op het gebied van leren, gedrag of gezondheid die voortkomt uit een beperking, stoornis of ziekte, (2) voor wie de reguliere school en de bovenschoolse voorzieningen aantoonbaar onvoldoende resultaat hebben opgeleverd, en (3) die is aangewezen op de kleine groepen, de specialistische expertise en de intensieve begeleiding van het vso. De TLV wordt afgegeven voor één of twee schooljaren; de commissie bepaalt daarbij de bekostigingscategorie laag, midden of hoog."),
    ("h1", "7. Doorstroom terug naar het reguliere onderwijs"),
    ("p", "Voor veel jongeren is het vso een tussenstation. Wij willen dat iedere vso-leerling die dat kan, de stap terug naar een reguliere school voor voortgezet onderwijs of naar het praktijkonderwijs maakt, met de ondersteuning die daarbij nodig is. Voorwaarde is dat de leerling zich in een grotere groep staande kan houden, dat er een passende opleiding is en dat leerling en ouders de overstap willen."),
    ("p", "De vso-school bespreekt bij de jaarlijkse bespreking van het ontwikkelingsperspectiefplan met leerling en ouders of terugkeer haalbaar is. In het laatste jaar van de TLV is dat gesprek verplicht en neemt een trajectbegeleider van het Plaatsingsloket deel. Is terugkeer haalbaar, dan regelt de trajectbegeleider vóór 1 april een kennismaking en een meeloopperiode op de nieuwe school. De ontvangende school besluit over toelating, en de overstap vindt bij voorkeur plaats aan het begin van het schooljaar. Is terugkeer niet haalbaar, dan vraagt de vso-school een nieuwe TLV aan. Na de overstap biedt de vso-school een half jaar ambulante begeleiding, en ontvangt de reguliere school een terugkeerbudget voor extra begeleiding gedurende het eerste schooljaar."),
    ("h1", "8. Financieel beleid"),
    ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, lwoo, praktijkonderwijs en zware ondersteuning. Wij verdelen deze middelen als volgt. De middelen voor lwoo en praktijkonderwijs gaan naar de scholen naar rato van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober. Van de middelen voor lichte en zware ondersteuning betalen wij eerst de afdracht voor het vso; van het restant ontvangt ieder bestuur een bedrag per leerling (in 2024 € 131), en de rest bekostigt de bovenschoolse voorzieningen en het bureau. Scholen leggen jaarlijks vóór 1 mei verantwoording af aan het samenwerkingsverband over de inzet van de middelen voor extra ondersteuning."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
               ["Baten lichte ondersteuning", "1.180", "1.160", "1.130", "1.110"],
               ["Baten lwoo en pro", "9.320", "9.180", "9.010", "8.870"],
               ["Baten zware ondersteuning", "7.350", "7.240", "7.100", "6.990"],
               ["Afdracht vso", "-4.960", "-4.900", "-4.840", "-4.780"],
               ["Doorbetaling lwoo en pro aan scholen", "-9.320", "-9.180", "-9.010", "-8.870"],
               ["Budget per leerling aan besturen", "-1.230", "-1.210", "-1.180", "-1.160"],
               ["De Overstap, rebound, schakelklas, ambulant team", "-1.640", "-1.640", "-1.640", "-1.640"],
               ["Plaatsingsloket, bureau en bestuur", "-720", "-720", "-725", "-730"],
               ["Saldo", "-20", "-70", "-155", "-210"]]),
    ("p", "Onze reserves zijn na de afbouw van de afgelopen jaren gedaald tot € 1,2 miljoen, wat overeenkomt met een weerstandsvermogen van ongeveer 7 procent. Dat vinden wij voldoende om financiële risico's, zoals een sterkere groei van het vso, op te vangen."),
    ("h1", "9. Onze ambities voor 2028"),
    ("p", "Wij hebben onze visie vertaald in zes ambities, elk met een doel dat wij aan het einde van de planperiode willen bereiken:"),
    ("ol", ["Geen thuiszitters zonder plan: iedere thuiszitter heeft binnen twee weken een plan en er zijn nooit meer dan vijf jongeren langer dan drie maanden zonder onderwijs.",
            "Snelle hulp: een leerling die wordt aangemeld bij het Plaatsingsloket, heeft binnen vier weken een passende plek.",
            "Sterke basis: alle scholen voldoen bij de visitatie aan alle onderdelen van de basisondersteuning.",
            "Thuisnabij: het aandeel leerlingen in het vso stijgt niet boven 3,2 procent.",
            "Terugkeer: ten minste 15 vso-leerlingen per jaar stappen over naar het regulier voortgezet onderwijs of het praktijkonderwijs.",
            "Duurzame uitstroom: 75 procent van de leerlingen uit het praktijkonderwijs heeft een jaar na uitstroom werk of volgt een opleiding."]),
    ("h1", "10. Communicatie met ouders"),
    ("p", "Ouders zijn belangrijke gesprekspartners. Bij iedere stap in de ondersteuning van hun kind worden zij uitgenodigd, en zonder hun medewerking wordt geen TLV of aanwijzing aangevraagd. In de ondersteuningsplanraad hebben ouders de helft van de zetels."),
    ("p", "Wij zorgen dat ouders weten welke ondersteuning er is en hoe die te krijgen is. Daarvoor gebruiken wij de website van het samenwerkingsverband, met per school een overzicht van de ondersteuningsmogelijkheden en een uitleg van de routes naar lwoo, praktijkonderwijs en vso. De scholen nemen hun ondersteuningsaanbod op in de schoolgids. Voor ouders van leerlingen in groep 7 en 8 organiseren wij ieder najaar in de drie kernen een voorlichtingsavond samen met het PO-samenwerkingsverband, en onze folder 'Naar het voortgezet onderwijs met extra ondersteuning' wordt via de basisscholen verspreid."),
    ("h1", "11. Samenwerking met gemeenten en zorg"),
    ("p", "Met de gemeenten Bergstede, Mergelheem en Valkendaal werken wij samen aan een sluitende aanpak van verzuim en thuiszitten, aan jeugdhulp op school en aan leerlingenvervoer. In het OOGO van 26 maart 2024 zijn afspraken gemaakt over de inzet van jeugdhulpverleners op alle scholen, over zorg in onderwijstijd en over het gezamenlijk bekostigen van het rebound-traject. Twee keer per jaar is er bestuurlijk overleg met de wethouders."),
    ("h1", "12. Organisatie en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de zes bestuurders van de aangesloten schoolbesturen en houdt intern toezicht op de directeur. De ondersteuningsplanraad telt twaalf leden: zes medewerkers en zes ouders of leerlingen, gekozen door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert vier keer per jaar."),
    ("h1", "13. Personeel"),
    ("p", "Het samenwerkingsverband heeft een klein bureau van 6,8 fte en een ambulant team van 9 fte. De medewerkers van De Overstap zijn in dienst van een van de besturen. Wij investeren in de deskundigheid van mentoren en ondersteuningscoördinatoren met een regionaal scholingsaanbod en een leernetwerk dat vier keer per jaar bijeenkomt."),
    ("h1", "14. Tijdpad"),
    ("table", [["Schooljaar", "Mijlpaal"],
               ["2024-2025", "Tweede instroommoment schakelklas; eerste visitatieronde"],
               ["2025-2026", "Bovenschools programma HB en autisme van start"],
               ["2026-2027", "Tweede visitatieronde"],
               ["2027-2028", "Voorbereiding nieuw ondersteuningsplan"]]),
    ("h1", "Begrippen"),
    ("ul", ["Lwoo: leerwegondersteunend onderwijs.", "OPDC: orthopedagogisch-didactisch centrum.",
            "OPP: ontwikkelingsperspectiefplan.", "Pro: praktijkonderwijs.", "TLV: toelaatbaarheidsverklaring.",
            "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden of te zoeken."]),
]

P4_LABEL = """
documents: [vo-heuvelland-oost-ondersteuningsplan-2024-2028.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
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
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'Wat elke school in het Heuvelland biedt': agreed minimum on every location, table of concrete provisions; visitatie with kijkwijzer and verbeterplan."
  plaatsing: "H6: lwoo/pro via Toelatingscommissie (national criteria, 4 weeks, 15 April), vso procedure with two deskundigen, criteria (1)-(3), 1-2 years + categorie; no bezwaar route."
  terugstroom: "H7 'Doorstroom terug naar het reguliere onderwijs': aims/conditions, yearly OPP talk, obligatory talk in last TLV year with trajectbegeleider, 1 April, new TLV, AB + terugkeerbudget."
  financien: "H8: allocation naar rato lwoo/pro and EUR 131 per leerling, meerjarenbegroting 2024-2027, reserves EUR 1,2 mln; schools report use in their jaarverslag."
  dekkend-aanbod: "H4 three tracks incl. OPDC/rebound; H5 zorgplicht, loket bemiddeling, three named lacunes with actions, thuiszittersoverleg; H11 OOGO."
  resultaten: "H9 'Onze ambities voor 2028' has six measurable goals, but nowhere does the plan say how results are measured, monitored, evaluated or reported, and it has no look back at achieved results."
  ouders: "H10 'Communicatie met ouders': website, schoolgids, voorlichtingsavonden, folder; no independent support for parents (no steunpunt, onderwijsconsulenten, klachten/geschillen or bezwaar) anywhere."
"""

# ---------------------------------------------------------------------------------------------
# Plan 5 - PO, .md - terugstroom missing (plain omission), everything else present
# ---------------------------------------------------------------------------------------------
P5_CH = ["Voorwoord", "1 Waarom dit plan", "2 Onze regio", "3 Visie: samen sterk voor ieder kind",
         "4 Basisondersteuning: wat u van iedere school mag verwachten", "5 Meer dan de basis",
         "6 Een passende plek voor ieder kind", "7 De weg naar sbo en so", "8 Ouders",
         "9 Hoe het geld wordt verdeeld en besteed", "10 Wat we willen bereiken en hoe we dat volgen",
         "11 Samenwerking met gemeenten", "12 Organisatie, toezicht en OPR", "13 Professionalisering",
         "14 Meerjarenplanning", "Woordenlijst"]

PLAN5 = [
    ("title", "Ondersteuningsplan 2025-2029"),
    ("sub", "Coöperatie Samenwerkingsverband Primair Onderwijs De Waarden (PO 28-11)"),
    ("p", "Vastgesteld door de algemene ledenvergadering op 24 maart 2025, na instemming van de ondersteuningsplanraad (17 maart 2025) en na op overeenstemming gericht overleg met de gemeenten Waardenburg-Zuid en Lekkerveld (5 maart 2025). Planperiode 1 augustus 2025 - 31 juli 2029."),
] + toc(P5_CH) + [
    ("h1", "Voorwoord"),
    ("p", "Beste lezer, wat fijn dat u dit plan openslaat. Misschien bent u leerkracht en wilt u weten welke hulp u kunt inschakelen voor een leerling die vastloopt. Misschien bent u ouder en vraagt u zich af wat de school van uw kind kan bieden. Of misschien bent u lid van een medezeggenschapsraad of van de gemeenteraad en wilt u weten wat er met het geld voor passend onderwijs gebeurt. Voor al die lezers hebben wij geprobeerd dit plan zo helder mogelijk te schrijven. Waar het technisch wordt, leggen we uit wat we bedoelen; achterin vindt u een woordenlijst."),
    ("p", "Het plan is het resultaat van een jaar lang praten, luisteren en schrijven. Meer dan tachtig leerkrachten, intern begeleiders en directeuren deden mee aan werksessies; de OPR schreef een eigen advies over de ouderparagraaf; en in twee ouderavonden hebben ouders ons verteld waar het in hun ervaring schuurt. Dank aan iedereen die heeft bijgedragen. Het bestuur van De Waarden."),
    ("h1", "1 Waarom dit plan"),
    ("p", "Ieder samenwerkingsverband is wettelijk verplicht om minimaal eens per vier jaar een ondersteuningsplan op te stellen. Maar voor ons is het meer dan een verplichting. Het plan legt vast wat wij met elkaar hebben afgesproken: wat iedere school biedt, hoe scholen elkaar helpen, hoe een kind op de juiste plek komt en hoe wij de middelen inzetten. Zo weten scholen, ouders en partners waar zij aan toe zijn, en kunnen zij ons erop aanspreken."),
    ("h1", "2 Onze regio"),
    ("p", "De Waarden ligt in het rivierengebied tussen twee grote rivieren. De regio telt twee gemeenten, 41 basisscholen van 8 schoolbesturen, een school voor speciaal basisonderwijs (De Dijk) en een so-school voor cluster 4 (De Uiterwaard) met een afdeling voor leerlingen met een verstandelijke beperking. Op de teldatum van 1 oktober 2024 gingen 9.020 kinderen naar het basisonderwijs, 164 naar het sbo en 121 naar het so. Het deelnamepercentage aan sbo en so samen was 3,2 procent, iets onder het landelijk gemiddelde."),
    ("p", "Veel scholen zijn klein: twaalf scholen hebben minder dan honderd leerlingen. Dat heeft voordelen (iedereen kent elkaar) maar ook nadelen, omdat specialistische kennis niet op iedere school aanwezig kan zijn. Samenwerking tussen scholen is in onze regio daarom geen luxe maar een noodzaak."),
    ("h1", "3 Visie: samen sterk voor ieder kind"),
    ("p", "Ons motto 'samen sterk voor ieder kind' betekent drie dingen. Samen: scholen, ouders, gemeenten en zorgpartners trekken één lijn. Sterk: we bouwen aan de kennis en vaardigheden van leerkrachten, want de leerkracht maakt het verschil. Ieder kind: we kijken niet naar gemiddelden, maar naar wat dít kind nodig heeft om zich te ontwikkelen. In deze planperiode leggen we de nadruk op vroegsignalering bij jonge kinderen, op gedrag en op het voorkomen van thuiszitten."),
    ("h1", "4 Basisondersteuning: wat u van iedere school mag verwachten"),
    ("p", "In De Waarden hebben alle schoolbesturen samen bepaald welk niveau van ondersteuning elke basisschool minimaal levert. Dit noemen we de basisondersteuning. Het is de ondergrens voor alle 41 scholen en al hun vestigingen: een ouder mag deze ondersteuning op iedere school verwachten, zonder verwijzing of aanvraag. Scholen die meer kunnen, beschrijven dat in hun ondersteuningsprofiel."),
    ("table", [["Thema", "Wat iedere school in De Waarden biedt"],
               ["Begeleiding", "Een intern begeleider; een vast aanspreekpunt voor ouders; een ondersteuningsteam met ouders, school, jeugdverpleegkundige en zo nodig de consulent van het samenwerkingsverband"],
               ["Lezen, taal en rekenen", "Vroegtijdige signalering in groep 1-3; interventies bij lees- en rekenproblemen; dyslexieprotocol en toegang tot dyslexiezorg"],
               ["Gedrag en welbevinden", "Een schoolbreed programma voor positief gedrag; jaarlijkse meting van sociale veiligheid; een aanpak bij pesten"],
               ["Meer- en hoogbegaafdheid", "Signalering in alle groepen; compacten en verrijken in de klas"],
               ["Jonge kind", "Een warme overdracht vanuit de kinderopvang en voorschool; observatie in de eerste zes weken"],
               ["Eigen leerlijn", "Een ontwikkelingsperspectief met ouders, jaarlijks geëvalueerd"],
               ["Fysiek en medisch", "Afspraken over medicijnverstrekking en medische handelingen"]]),
    ("p", "Om de basis te waarborgen, bespreken de consulenten van het samenwerkingsverband elk jaar met iedere school de zelfevaluatie basisondersteuning. Scholen die op onderdelen onder het afgesproken niveau zitten, krijgen ondersteuning van een collega-school en een verbeterafspraak voor het volgende schooljaar."),
    ("h1", "5 Meer dan de basis"),
    ("p", "Soms is de basis niet genoeg. Dan kan de school extra ondersteuning inzetten. Dat gebeurt in stappen. Eerst zet de school haar eigen middelen in, bijvoorbeeld extra begeleiding door een onderwijsassistent of een specialist van het eigen bestuur. Als dat niet voldoende is, kan de school een arrangement aanvragen bij het samenwerkingsverband. Een arrangement is maatwerk, maar wel met duidelijke afspraken: een doel, een duur van maximaal een jaar, een evaluatiemoment en een bedrag."),
    ("p", "Daarnaast zijn er bovenschoolse voorzieningen die wij samen betalen: de Rivierklas (een observatiegroep van maximaal acht kinderen van 4 tot 7 jaar, twee dagen per week, waarbij de kinderen ingeschreven blijven op hun eigen school), de Denkerij voor hoogbegaafde kinderen (één ochtend per week), ambulante begeleiding bij gedrag en autisme door specialisten van De Uiterwaard, en de nieuwkomersgroep in Lekkerveld. Voor kinderen die zowel onderwijs als zorg nodig hebben, is er de onderwijs-zorggroep De Kade op het terrein van De Uiterwaard, een samenwerking met de gemeenten en een jeugdhulpaanbieder."),
    ("p", "Zo ontstaat een doorlopende lijn van ondersteuning: basis in iedere school, extra ondersteuning op de school of het bestuur, bovenschoolse voorzieningen van het samenwerkingsverband, en speciaal (basis)onderwijs voor kinderen die dat nodig hebben."),
    ("h1", "6 Een passende plek voor ieder kind"),
    ("p", "Ons doel is een dekkend aanbod: voor ieder kind in De Waarden is er een passende plek. We weten dat dat nog niet altijd lukt. In het schooljaar 2023-2024 zaten 9 kinderen langer dan vier weken thuis zonder onderwijs, en 6 kinderen hadden een vrijstelling van de leerplicht. Daarnaast waren er wachttijden voor De Kade van gemiddeld vier maanden."),
    ("p", "We pakken dit aan met een aantal concrete afspraken. Een school meldt ieder kind dat dreigt thuis te komen zitten binnen vijf schooldagen bij de consulent. Binnen twee weken volgt een overleg met ouders, school, leerplicht en de gemeente, en wordt een plan gemaakt. Elke zes weken bekijkt het Waardenoverleg, met daarin de directeur van het samenwerkingsverband, de leerplichtambtenaren en de gemeentelijke toegang, alle kinderen zonder passende plek. Wanneer het niet lukt, heeft de directeur doorzettingsmacht om een oplossing af te dwingen. Jaarlijks maken we een analyse van de situaties waarin het aanbod tekortschoot; op basis daarvan besluit het bestuur over aanpassingen. Voor 2026 staat al vast dat De Kade wordt uitgebreid met een tweede groep en dat wij met de gemeenten een aanpak ontwikkelen voor kinderen met een vrijstelling, zodat ook zij, waar mogelijk, een vorm van onderwijs krijgen."),
    ("p", "Bij de overstap van groep 8 naar het voortgezet onderwijs werken wij samen met het VO-samenwerkingsverband aan een warme overdracht voor kinderen met een ondersteuningsbehoefte."),
    ("h1", "7 De weg naar sbo en so"),
    ("p", "Voor sommige kinderen is een plek in het speciaal basisonderwijs of het speciaal onderwijs de beste keuze. Daarvoor is een toelaatbaarheidsverklaring nodig. Hoe werkt dat?"),
    ("ol", ["Stap 1: De school bespreekt in het ondersteuningsteam, samen met ouders en de consulent, dat de mogelijkheden van de basisschool zijn uitgeput.",
            "Stap 2: Het bestuur van de school dient een aanvraag in bij het samenwerkingsverband. Ouders ondertekenen mee of geven schriftelijk hun zienswijze. Bij de aanvraag horen het ontwikkelingsperspectief, de evaluaties van de ondersteuning en recente onderzoeksgegevens.",
            "Stap 3: De Commissie Toelaatbaarheid vraagt advies aan twee deskundigen. De eerste is altijd een orthopedagoog of psycholoog; de tweede wordt gekozen bij de hulpvraag van het kind, zoals een kinderarts of een maatschappelijk werker. Zij adviseren ieder afzonderlijk en zijn niet bij de aanvraag betrokken geweest.",
            "Stap 4: De commissie neemt binnen vijf weken een besluit. Ouders en school ontvangen het besluit en de adviezen schriftelijk.",
            "Stap 5: Ouders melden hun kind aan bij de sbo- of so-school van hun keuze."]),
    ("p", "Wanneer is een kind toelaatbaar? Voor het sbo geldt dat het kind ondanks planmatige extra ondersteuning gedurende minimaal een schooljaar onvoldoende tot ontwikkeling komt, en een kleine groep met een intensief, gespecialiseerd pedagogisch-didactisch klimaat nodig heeft. Voor het so geldt daarnaast dat het kind een ernstige gedrags- of psychiatrische problematiek, een verstandelijke beperking of een langdurige ziekte heeft waardoor het is aangewezen op de specifieke deskundigheid en voorzieningen van het so. De commissie weegt steeds de ontwikkelingsmogelijkheden van het kind, de geboden ondersteuning en het perspectief."),
    ("p", "Een TLV voor het sbo geldt voor de rest van de basisschoolperiode; een TLV voor het so geldt voor twee of drie schooljaren en bevat de bekostigingscategorie (laag, midden of hoog). Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken schriftelijk bezwaar maken. Het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ("h1", "8 Ouders"),
    ("p", "Wij zien ouders als partners. Ouders zitten aan tafel in het ondersteuningsteam, denken mee over het ontwikkelingsperspectief en hebben een stem in iedere aanvraag bij het samenwerkingsverband."),
    ("p", "Waar vinden ouders informatie? Op de website van De Waarden staat een ouderdeel met uitleg over basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de toelaatbaarheidsprocedure, met korte filmpjes en een vragenlijst 'Welke hulp past bij mijn kind?'. Iedere school neemt haar ondersteuningsaanbod op in de schoolgids, en bij de intake krijgen nieuwe ouders onze ouderfolder. Ouders die vragen hebben, kunnen het ouderinformatiepunt van het samenwerkingsverband bellen of mailen; een medewerker belt binnen twee werkdagen terug."),
    ("p", "Waar vinden ouders onafhankelijke hulp? Als ouders er met de school of met ons niet uitkomen, of als zij behoefte hebben aan iemand die naast hen staat, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Rivierengebied. Dat steunpunt is onafhankelijk van scholen en samenwerkingsverband, is gratis, en kan meegaan naar gesprekken. Ook kunnen ouders contact opnemen met de Onderwijsconsulenten of met Ouders & Onderwijs. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
    ("h1", "9 Hoe het geld wordt verdeeld en besteed"),
    ("p", "De Waarden ontvangt per jaar circa € 8,4 miljoen aan middelen voor passend onderwijs. Daarvan gaat een groot deel rechtstreeks naar het sbo en het so, via verrekening door DUO. Het bedrag dat overblijft, verdelen wij volgens ons verdeelmodel:"),
    ("ul", ["60 procent gaat naar de schoolbesturen, toegekend per leerling op basis van het aantal leerlingen op 1 oktober van het jaar ervoor (2025: € 170 per leerling);",
            "iedere school ontvangt bovendien een vaste voet van € 5.000 voor de inzet van de intern begeleider;",
            "de rest wordt bovenschools ingezet voor arrangementen, de Rivierklas, de Denkerij, de ambulante begeleiding, De Kade, de Commissie Toelaatbaarheid en het bureau."]),
    ("p", "Arrangementen worden toegekend door de consulent op basis van een plan van aanpak met doel, duur en kosten; het maximum bedraagt € 12.000 per leerling per jaar. Schoolbesturen verantwoorden in het voorjaar wat zij met hun budget hebben gedaan."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Totaal baten ondersteuning", "8.420", "8.350", "8.270", "8.200"],
               ["Overdracht so (DUO)", "3.480", "3.470", "3.450", "3.430"],
               ["Overdracht sbo en groeibekostiging", "1.390", "1.380", "1.370", "1.360"],
               ["Budget schoolbesturen", "1.760", "1.730", "1.700", "1.680"],
               ["Arrangementen", "620", "620", "610", "600"],
               ["Bovenschoolse voorzieningen (Rivierklas, Denkerij, De Kade, AB)", "820", "860", "880", "880"],
               ["Bureau, commissie en bestuur", "390", "395", "400", "405"],
               ["Saldo", "-40", "-105", "-140", "-155"]]),
    ("p", "De tekorten in de begroting zijn bewust: wij bouwen onze reserve, die eind 2024 € 1,1 miljoen bedroeg, af tot het niveau van ons weerstandsvermogen (circa € 600.000)."),
    ("h1", "10 Wat we willen bereiken en hoe we dat volgen"),
    ("p", "Bij het einde van deze planperiode, in de zomer van 2029, willen wij het volgende bereikt hebben:"),
    ("ul", ["alle scholen voldoen aantoonbaar aan de afgesproken basisondersteuning (2024: 36 van de 41);",
            "geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod (2024: 4 kinderen);",
            "de wachttijd voor De Kade is maximaal zes weken (2024: gemiddeld vier maanden);",
            "het deelnamepercentage sbo en so samen blijft onder de 3,5 procent;",
            "ten minste 85 procent van de arrangementen bereikt de doelen uit het plan van aanpak;",
            "ouders geven de samenwerking rond de ondersteuning van hun kind gemiddeld een 7,5 of hoger."]),
    ("p", "Hoe volgen we dat? Wij verzamelen twee keer per jaar gegevens over TLV's, arrangementen, thuiszitters, wachttijden en de zelfevaluaties van de scholen. Na afloop van ieder arrangement evalueert de consulent met school en ouders of de doelen zijn gehaald. Eens per twee jaar houden wij een tevredenheidsonderzoek onder ouders en scholen. De resultaten staan in ons jaarverslag, dat wij bespreken met de OPR, de besturen en de gemeenten, en waarin wij ook laten zien welke middelen aan welke resultaten zijn besteed. In 2027 laten wij een onafhankelijke tussenevaluatie uitvoeren."),
    ("h1", "11 Samenwerking met gemeenten"),
    ("p", "Met de gemeenten Waardenburg-Zuid en Lekkerveld voeren wij elk voorjaar een OOGO. Onderwerpen die wij samen oppakken zijn: jeugdhulp op school via de schoolmaatschappelijk werker, de gezamenlijke financiering van De Kade, leerlingenvervoer voor kinderen in het sbo en so, en de aanpak van verzuim en thuiszitten. De gemeenten hebben op 5 maart 2025 ingestemd met het concept van dit plan."),
    ("h1", "12 Organisatie, toezicht en OPR"),
    ("p", "De Waarden is een coöperatie van acht schoolbesturen. De algemene ledenvergadering houdt toezicht; het bestuur wordt gevormd door een directeur-bestuurder. Het bureau heeft 7 medewerkers, onder wie drie consulenten. De ondersteuningsplanraad bestaat uit acht leden (vier ouders, vier medewerkers) en heeft instemmingsrecht op het ondersteuningsplan."),
    ("h1", "13 Professionalisering"),
    ("p", "Wij organiseren jaarlijks een netwerk voor intern begeleiders, een leergang gedrag voor leerkrachten en een kennisdag met het sbo en so. Leerkrachten van kleine scholen kunnen kosteloos meedoen aan collegiale consultatie."),
    ("h1", "14 Meerjarenplanning"),
    ("table", [["Jaar", "Speerpunt"],
               ["2025-2026", "Vernieuwde zelfevaluatie basisondersteuning; start aanpak vrijstellingen"],
               ["2026-2027", "Uitbreiding De Kade; tevredenheidsonderzoek"],
               ["2027-2028", "Tussenevaluatie; herziening verdeelmodel"],
               ["2028-2029", "Voorbereiding nieuw plan"]]),
    ("h1", "Woordenlijst"),
    ("ul", ["Arrangement: afspraak over extra ondersteuning met doel, duur en bedrag.",
            "Consulent: medewerker van het samenwerkingsverband die scholen en ouders adviseert.",
            "OOGO: op overeenstemming gericht overleg met de gemeenten.",
            "OPP: ontwikkelingsperspectief.",
            "Sbo: speciaal basisonderwijs. So: speciaal onderwijs.",
            "TLV: toelaatbaarheidsverklaring."]),
]

P5_LABEL = """
documents: [po-de-waarden-ondersteuningsplan-2025-2029.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
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
  basisondersteuning: "H4 'wat u van iedere school mag verwachten': ondergrens for all 41 schools/vestigingen, table of concrete provisions; yearly zelfevaluatie talk (borging)."
  plaatsing: "H7 'De weg naar sbo en so': 5 steps (bestuur applies, Commissie Toelaatbaarheid, two deskundigen, 5 weeks), sbo and so criteria, TLV duration + categorie, bezwaar via LBT."
  terugstroom: "Not addressed anywhere: the plan never describes return or overplaatsing from sbo/so to regular education (no policy, no procedure; H7 stops at the TLV, glossary has no entry)."
  financien: "H9: verdeelmodel (60% per leerling EUR 170, vaste voet EUR 5.000, bovenschools), arrangement max EUR 12.000, meerjarenbegroting 2025-2028, reserve afbouw, verantwoording by boards."
  dekkend-aanbod: "H5 continuum (school, arrangement, Rivierklas/Denkerij/AB, De Kade OZA, s(b)o); H6 'Een passende plek voor ieder kind': thuiszitter figures, melding within 5 days, Waardenoverleg, doorzettingsmacht, yearly gap analysis; H11 OOGO."
  resultaten: "H10: six targets for 2029 with 2024 baseline; half-yearly data, arrangement evaluations, survey, jaarverslag linking means to results, tussenevaluatie 2027."
  ouders: "H8: website ouderdeel, schoolgids, ouderfolder, ouderinformatiepunt; independent help: Ouder- en Jeugdsteunpunt Rivierengebied, Onderwijsconsulenten, Ouders & Onderwijs, Geschillencommissie."
"""

# ---------------------------------------------------------------------------------------------
# Near-miss - OPR jaarverslag (not an ondersteuningsplan), .docx
# ---------------------------------------------------------------------------------------------
NM = [
    ("title", "Jaarverslag Ondersteuningsplanraad 2023-2024"),
    ("sub", "Ondersteuningsplanraad van Samenwerkingsverband Passend Primair Onderwijs Linge en Waal (PO 25-14)"),
    ("h1", "Inhoud"),
    ("ul", ["1. Voorwoord van de voorzitter", "2. Samenstelling van de OPR", "3. Vergaderingen en werkwijze",
            "4. Het nieuwe ondersteuningsplan 2024-2028", "5. Begroting en jaarrekening",
            "6. Overige onderwerpen", "7. Contact met de achterban", "8. Vooruitblik 2024-2025"]),
    ("h1", "1. Voorwoord van de voorzitter"),
    ("p", "Het schooljaar 2023-2024 was voor de ondersteuningsplanraad een bijzonder jaar. Voor het eerst sinds 2020 stond de instemming met een nieuw ondersteuningsplan op de agenda. Dat vroeg veel van onze leden: extra vergaderingen, het lezen van concepten, het raadplegen van de achterban en het voeren van stevige gesprekken met de directeur-bestuurder. In dit jaarverslag leggen wij verantwoording af aan de medezeggenschapsraden die ons hebben afgevaardigd, over wat wij hebben gedaan en welke standpunten wij hebben ingenomen."),
    ("h1", "2. Samenstelling van de OPR"),
    ("p", "De OPR bestond in het verslagjaar uit twaalf leden: zes ouders en zes personeelsleden. In oktober 2023 namen twee leden afscheid; hun plaatsen werden in januari 2024 ingevuld. De voorzitter is een ouderlid, de secretaris een intern begeleider. De raad wordt ondersteund door een ambtelijk secretaris van het bureau."),
    ("table", [["Naam", "Geleding", "Zittend sinds"],
               ["J. Hermsen (voorzitter)", "ouder", "2021"], ["L. Bakker (secretaris)", "personeel", "2020"],
               ["R. Öztürk", "ouder", "2022"], ["M. de Graaf", "personeel", "2024"],
               ["S. Pieters", "ouder", "2024"], ["overige leden", "3 ouders, 4 personeel", "2020-2023"]]),
    ("h1", "3. Vergaderingen en werkwijze"),
    ("p", "De OPR vergaderde dit jaar zeven keer, waarvan twee extra bijeenkomsten over het ondersteuningsplan. Iedere vergadering begon met een vooroverleg zonder de directeur-bestuurder. De raad werkte met twee commissies: de commissie financiën en de commissie ondersteuning. De OPR volgde in november een scholing over instemmingsrecht bij het ondersteuningsplan, verzorgd door een externe trainer."),
    ("h1", "4. Het nieuwe ondersteuningsplan 2024-2028"),
    ("p", "In september 2023 ontving de OPR het eerste concept van het ondersteuningsplan 2024-2028. De raad heeft het concept getoetst aan de wettelijke eisen en aan de vragen van de achterban. In december stuurde de OPR een advies van elf punten. De belangrijkste waren: de paragraaf over basisondersteuning moest concreter, met een lijst van wat ouders op iedere school mogen verwachten; het hoofdstuk over toelaatbaarheid moest de criteria en termijnen duidelijker noemen; en de raad vroeg om een aparte paragraaf over terugplaatsing vanuit het sbo en so, met een procedure. Ook vroeg de OPR om meer aandacht voor de onafhankelijke ondersteuning van ouders via het ouder- en jeugdsteunpunt."),
    ("p", "Het bestuur heeft de meeste punten overgenomen. Over terugplaatsing bleef de raad van mening dat het plan vooral uitgangspunten bevat en weinig over de stappen; het bestuur heeft toegezegd hierover in 2025 een notitie voor te leggen. Na een extra overleg op 26 februari 2024 heeft de OPR op 4 maart 2024 ingestemd met het ondersteuningsplan. De raad heeft daarbij aangetekend dat hij de uitvoering van de toezeggingen jaarlijks wil bespreken."),
    ("h1", "5. Begroting en jaarrekening"),
    ("p", "De commissie financiën heeft de jaarrekening 2023 en de begroting 2024 besproken met de controller. De OPR heeft geen formeel recht op de begroting maar heeft wel haar zienswijze gegeven. De raad vroeg aandacht voor de afbouw van de reserve, die boven de signaleringswaarde ligt, en voor een duidelijkere verantwoording door de schoolbesturen van de middelen die zij ontvangen. De directeur-bestuurder heeft toegezegd dat het verantwoordingsformat vanaf 2024 wordt aangescherpt."),
    ("h1", "6. Overige onderwerpen"),
    ("ul", ["Thuiszitters: de OPR ontving twee keer een overzicht van het aantal thuiszitters en sprak over de aanpak van schoolweigering.",
            "Inspectiebezoek: in mei 2024 sprak de inspectie met een delegatie van de OPR in het kader van het vierjaarlijks onderzoek.",
            "Ouder- en jeugdsteunpunt: de OPR werd geïnformeerd over de start van het steunpunt en gaf advies over de bekendmaking.",
            "Reglement: het medezeggenschapsreglement van de OPR werd geactualiseerd."]),
    ("h1", "7. Contact met de achterban"),
    ("p", "De OPR organiseerde in januari 2024 een avond voor leden van de medezeggenschapsraden over het concept-ondersteuningsplan. Er kwamen 38 deelnemers. Daarnaast publiceerde de raad drie keer een nieuwsbrief voor de medezeggenschapsraden. De raad merkt op dat het contact met de achterban nog beter kan en wil volgend jaar een digitale vragenronde proberen."),
    ("h1", "8. Vooruitblik 2024-2025"),
    ("p", "Volgend jaar wil de OPR de uitvoering van het nieuwe plan nauwgezet volgen, met extra aandacht voor de kwaliteitskaart basisondersteuning, de toegezegde notitie over terugplaatsing en de afbouw van de reserves. De raad zoekt nog twee nieuwe ouderleden. Namens de ondersteuningsplanraad, J. Hermsen, voorzitter."),
]

NM_LABEL = """
documents: [opr-jaarverslag-2023-2024-linge-en-waal.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Annual report of the OPR (ondersteuningsplanraad) about its own meetings and its consent to the 2024-2028 plan; it discusses basisondersteuning, TLV, terugplaatsing, begroting and steunpunt only as topics the council commented on. Not an ondersteuningsplan of a samenwerkingsverband."
"""



# ---------------------------------------------------------------------------------------------
# Additional (filler and element) chapters, inserted before the glossary and added to the TOC
# ---------------------------------------------------------------------------------------------
def with_extra(blocks, extra):
    blocks = list(blocks)
    heads = [b[1] for b in extra if b[0] == "h1"]
    i_toc = next(i for i, b in enumerate(blocks) if b[0] == "ul" and i > 0 and blocks[i - 1] == ("h1", "Inhoud"))
    chapters = list(blocks[i_toc][1])
    blocks[i_toc] = ("ul", chapters[:-1] + heads + chapters[-1:])
    return blocks[:-2] + extra + blocks[-2:]


EXTRA2 = [
    ("h1", "15. De overstap van po naar vo"),
    ("p", "Een goede start in de brugklas begint al in groep 7. Samen met het samenwerkingsverband primair onderwijs hebben wij een overstapkalender opgesteld. In het najaar van groep 8 bespreken basisschool en ouders het schooladvies; leerlingen met een ondersteuningsbehoefte worden vóór 1 maart aangemeld, zodat de vo-school tijd heeft om de ondersteuning voor te bereiden. Voor kwetsbare leerlingen vindt een warme overdracht plaats waarbij de leerkracht van groep 8, de ouders en de ondersteuningscoördinator van de vo-school aan tafel zitten. Leerlingen die een arrangement in het basisonderwijs hadden, krijgen in de eerste maanden van de brugklas een vaste coach. In de zomervakantie organiseren twee scholen een zomerschool voor leerlingen die extra gewenning nodig hebben, zoals leerlingen met autisme of angstklachten."),
    ("p", "Het samenwerkingsverband bewaakt de termijnen van de zorgplicht. Als een vo-school binnen zes weken (met één keer vier weken verlenging) geen passende plek kan bieden, schakelt zij het Toewijzingsloket in. Zo voorkomen wij dat een leerling in augustus zonder school zit."),
    ("h1", "16. Leerlingen aan het woord"),
    ("p", "In het voortgezet onderwijs zijn leerlingen zelf gesprekspartner. Wij willen dat hun stem hoorbaar is, niet alleen in hun eigen ondersteuningstraject maar ook in ons beleid. Daarom hebben wij een leerlingenpanel ingesteld met twee leerlingen van iedere school, dat drie keer per jaar bijeenkomt met de directeur-bestuurder. Het panel gaf bij de voorbereiding van dit plan onder meer aan dat leerlingen het vervelend vinden als ze hun verhaal steeds opnieuw moeten vertellen, en dat zij graag zelf meepraten over hun ontwikkelingsperspectiefplan. Die signalen zijn verwerkt in de afspraken over hoorrecht en over één plan per leerling. In de OPR hebben ook leerlingen zitting."),
    ("h1", "17. Privacy en gegevensbescherming"),
    ("p", "Voor de toewijzing van ondersteuning verwerken wij persoonsgegevens van leerlingen, soms ook gegevens over hun gezondheid. Wij doen dat alleen voor zover dat voor onze wettelijke taken nodig is, met een verwerkingsregister en een functionaris gegevensbescherming die wij delen met het PO-samenwerkingsverband. Dossiers worden digitaal en beveiligd uitgewisseld. Gegevens die nodig zijn voor een besluit over toelaatbaarheid bewaren wij tot drie jaar na het besluit; daarna worden zij vernietigd. Ouders en leerlingen vanaf 16 jaar hebben recht op inzage in hun dossier bij het samenwerkingsverband."),
    ("h1", "18. Kennisdeling en innovatie"),
    ("p", "Scholen leren het meest van elkaar. Iedere school ontvangt twee keer per planperiode collega's van een andere school voor een collegiaal bezoek over een zelfgekozen thema, zoals de opvang van leerlingen in de time-outruimte of de begeleiding van leerlingen met autisme in de bovenbouw. Daarnaast stellen wij jaarlijks een innovatiebudget beschikbaar waarmee scholen samen nieuwe vormen van ondersteuning kunnen uitproberen, mits zij hun ervaringen delen tijdens de jaarlijkse ontmoetingsdag passend onderwijs."),
]

EXTRA3 = [
    ("h1", "Hoofdstuk 13 Doorgaande lijn: van voorschool tot brugklas"),
    ("p", "Een ononderbroken ontwikkeling begint vóór de basisschool. Met de kinderopvang, de peuteropvang en de jeugdgezondheidszorg hebben wij afspraken gemaakt over een warme overdracht van peuters met een ondersteuningsbehoefte. Voor deze kinderen vindt vóór de start op de basisschool een overdrachtsgesprek plaats met ouders, de pedagogisch medewerker en de intern begeleider. Kinderen van wie bekend is dat zij veel ondersteuning nodig hebben, worden besproken in het expertiseteam jonge kind, zodat de school zich tijdig kan voorbereiden of samen met ouders kan nagaan welke school het beste past."),
    ("p", "Aan het eind van de basisschool werken wij samen met het samenwerkingsverband voor voortgezet onderwijs in de regio. Wij hanteren een gezamenlijke overstapkalender. Voor leerlingen met een ontwikkelingsperspectief of een arrangement organiseert de basisschool vóór 1 april een overdrachtsgesprek met de vo-school. Leerlingen uit het sbo en so stromen in de regel uit naar het praktijkonderwijs, het vmbo met leerwegondersteuning of het voortgezet speciaal onderwijs; ook voor hen zorgen wij voor een zorgvuldige overdracht."),
    ("h1", "Hoofdstuk 14 Privacy en dossiervorming"),
    ("p", "Bij aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden gegevens over kinderen gedeeld, soms ook medische of psychologische gegevens. Wij gaan daar zorgvuldig mee om. Scholen delen alleen de gegevens die nodig zijn, met toestemming van ouders of op basis van een wettelijke grondslag. Het digitale groeidocument is beveiligd en alleen toegankelijk voor de betrokken medewerkers. Gegevens die de Commissie Toelaatbaarheid gebruikt, worden tot drie jaar na het besluit bewaard. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming."),
    ("h1", "Hoofdstuk 15 Kennisdeling en professionalisering"),
    ("p", "De kracht van het fundament zit in de mensen die het dragen. Daarom investeren wij in de professionele ontwikkeling van leerkrachten en intern begeleiders. Er zijn vier lerende netwerken: voor intern begeleiders, voor leerkrachten van de onderbouw, voor specialisten gedrag en voor specialisten meer- en hoogbegaafdheid. Ieder netwerk komt vier keer per jaar bijeen. Specialisten van het sbo en so delen hun kennis via ambulante begeleiding en via korte trainingen op de basisscholen, bijvoorbeeld over het omgaan met prikkelgevoeligheid, het werken met visuele ondersteuning en het voeren van gesprekken met kinderen over hun gedrag."),
    ("p", "Nieuwe leerkrachten maken in hun eerste jaar kennis met de ondersteuningsstructuur van het samenwerkingsverband tijdens een startersbijeenkomst. Directeuren bespreken jaarlijks in het directeurenoverleg welke scholingsbehoeften er zijn; op basis daarvan stellen wij het aanbod voor het volgende schooljaar samen. Zo blijft het aanbod aansluiten bij wat scholen in de praktijk tegenkomen."),
    ("h1", "Hoofdstuk 16 Totstandkoming van dit plan"),
    ("p", "Het plan is in vier fasen tot stand gekomen. In het voorjaar van 2022 hebben wij het vorige plan geëvalueerd met directeuren, intern begeleiders en de OPR. In het najaar van 2022 zijn per hoofdstuk werkgroepen aan de slag gegaan. In januari 2023 is het concept voorgelegd aan alle scholen en besturen, die schriftelijk konden reageren. In februari en maart 2023 volgden het OOGO met de gemeenten, het overleg met het samenwerkingsverband voor voortgezet onderwijs en de instemmingsprocedure met de OPR. Het plan is vóór 1 mei 2023 aan de inspectie toegezonden."),
    ("h1", "Hoofdstuk 17 Kinderen met een lichamelijke beperking of ziekte"),
    ("p", "Kinderen met een lichamelijke beperking of een langdurige ziekte gaan in de Veenlanden zoveel mogelijk naar een school in de eigen woonplaats. Dat vraagt soms aanpassingen: een aangepaste werkplek, een lift of invalidetoilet, een rustruimte, of afspraken over medische handelingen zoals bloedsuikermeting. Het fundament bevat afspraken over medicijngebruik en medisch handelen; voor ingrijpender aanpassingen kan de school een arrangement aanvragen. Voor aanpassingen aan het gebouw is de gemeente verantwoordelijk; wij hebben met de gemeenten afgesproken dat aanvragen voor kleine aanpassingen binnen drie maanden worden afgehandeld."),
    ("p", "Wanneer een kind langere tijd ziek is en niet naar school kan, blijft de school verantwoordelijk voor het onderwijs. De school kan dan een beroep doen op de consulenten onderwijs aan zieke leerlingen, die helpen bij het maken van een plan voor onderwijs thuis of in het ziekenhuis. Ook kan de school gebruikmaken van een robot of laptop waarmee het kind vanuit huis de lessen in de klas kan volgen; het samenwerkingsverband beschikt over vier van zulke systemen die scholen kunnen lenen. Zo blijft het kind verbonden met de eigen klas en klasgenoten, ook als het langere tijd afwezig is. Bij terugkeer na een lange afwezigheid maakt de school met ouders en, waar nodig, de behandelaar een opbouwschema."),
]

EXTRA4 = [
    ("h1", "15. Aansluiting op mbo en arbeidsmarkt"),
    ("p", "Een goede afronding van het voortgezet onderwijs is pas echt geslaagd als de jongere daarna een passende vervolgstap zet. Vooral voor leerlingen uit het praktijkonderwijs en het vso, en voor kwetsbare vmbo-leerlingen, is de overgang naar mbo of werk een risicomoment. Met de twee mbo-instellingen in de regio en het werkgeversservicepunt hebben wij daarom afspraken gemaakt. Iedere leerling met een ontwikkelingsperspectiefplan krijgt in het laatste schooljaar een warme overdracht naar de vervolgopleiding. Voor leerlingen uit het praktijkonderwijs en het vso die naar werk uitstromen, begeleidt een jobcoach de eerste maanden. Jongeren die dreigen uit te vallen, kunnen een beroep doen op het regionale meldpunt voortijdig schoolverlaten."),
    ("p", "In het uitstroomprofiel arbeidsmarkt van het vso en in het praktijkonderwijs werken scholen met branchecertificaten, zodat jongeren met een erkend bewijs van hun vaardigheden de arbeidsmarkt op gaan. Het samenwerkingsverband financiert samen met de gemeenten een netwerkcoördinator die scholen, werkgevers en de gemeentelijke participatieconsulenten met elkaar verbindt."),
    ("h1", "16. Hoogbegaafdheid en nieuwkomers"),
    ("p", "Twee groepen leerlingen vragen in deze planperiode bijzondere aandacht. Hoogbegaafde leerlingen vallen soms juist in het voortgezet onderwijs uit, doordat het aanbod hen te weinig uitdaagt of omdat zij vastlopen in plannen en leren leren. Alle scholen bieden in de basis een verrijkingsaanbod; daarnaast komt er vanaf 2025 een bovenschools programma voor leerlingen bij wie hoogbegaafdheid samengaat met autisme of sociaal-emotionele problemen. Het programma wordt ontwikkeld met twee scholen en een zorgaanbieder, en biedt een combinatie van een eigen leerroute en begeleiding."),
    ("p", "Nieuwkomers tussen 12 en 18 jaar volgen eerst onderwijs in de schakelklas in Bergstede, waar zij intensief Nederlands leren en kennismaken met het Nederlandse schoolsysteem. Na gemiddeld anderhalf jaar stromen zij door naar een reguliere school, het praktijkonderwijs of het mbo. Omdat veel nieuwkomers halverwege het schooljaar binnenkomen, openen wij een tweede instroommoment in februari."),
    ("h1", "17. Privacy"),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen om zijn wettelijke taken uit te voeren, zoals het beslissen over toelaatbaarheid en het toewijzen van bovenschoolse voorzieningen. Wij verwerken niet meer gegevens dan daarvoor nodig is, delen gegevens alleen via een beveiligde omgeving en bewaren dossiers van de Toelatingscommissie tot drie jaar na het besluit. Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een functionaris gegevensbescherming."),
    ("h1", "18. Totstandkoming"),
    ("p", "Het plan is voorbereid door de kerngroep in de periode september 2023 tot februari 2024. De directeuren bespraken de concepten in drie sessies. De OPR ontving het concept in januari 2024 en stelde schriftelijke vragen, die in een extra vergadering zijn beantwoord. Het OOGO met de gemeenten en het overleg met het PO-samenwerkingsverband vonden in maart 2024 plaats. Het plan is na vaststelling vóór 1 mei 2024 aan de inspectie gezonden."),
    ("h1", "19. Veiligheid op school en tijdelijke opvang"),
    ("p", "Soms gaat het op school ernstig mis: een leerling bedreigt een medeleerling of docent, of raakt betrokken bij een ernstig incident. In zulke situaties staat de veiligheid van iedereen voorop, maar mag de onderwijsloopbaan van de betrokken leerling niet stilvallen. Scholen hebben daarom afgesproken dat zij, voordat zij overgaan tot verwijdering, altijd eerst het Plaatsingsloket raadplegen. Het rebound-traject biedt leerlingen een tijdelijke plek van maximaal twaalf weken, waarin zij onder begeleiding werken aan hun gedrag en aan hun schoolwerk. Tijdens het traject blijft de leerling ingeschreven op de eigen school, die ook het lesmateriaal aanlevert."),
    ("p", "Wanneer verwijdering onvermijdelijk is, zoekt de school, met hulp van het Plaatsingsloket, een andere school die de leerling wil toelaten. Scholen hebben onderling afgesproken dat zij zo'n leerling niet zonder goede reden weigeren en dat de ontvangende school een gesprek met leerling en ouders voert voordat zij beslist. Voor leerlingen die betrokken zijn geweest bij ernstige incidenten werken wij samen met de politie, het jongerenwerk en de jeugdreclassering, binnen de afspraken van het regionale veiligheidsconvenant. Zo houden we de school veilig en voorkomen we dat jongeren na een incident tussen wal en schip raken."),
]

EXTRA5 = [
    ("h1", "15 Het jonge kind"),
    ("p", "Hoe eerder een ondersteuningsbehoefte wordt gezien, hoe beter we kunnen helpen. Daarom is vroegsignalering een speerpunt in deze planperiode. Met de voorscholen, de kinderopvang en de jeugdgezondheidszorg hebben wij afgesproken dat peuters met een ontwikkelingsvoorsprong of -achterstand vóór hun vierde verjaardag worden besproken in een overdrachtsgesprek met ouders en de toekomstige school. Voor kinderen van wie al duidelijk is dat zij veel ondersteuning nodig hebben, denkt een consulent van het samenwerkingsverband mee over de vraag welke school het beste past."),
    ("p", "In de eerste zes weken observeert de leerkracht iedere nieuwe kleuter gericht. Scholen kunnen voor vragen over jonge kinderen terecht bij het expertiseteam jonge kind van het samenwerkingsverband, dat bestaat uit een orthopedagoog, een specialist spraak-taal en een specialist gedrag. De Rivierklas is bedoeld voor jonge kinderen bij wie nog niet duidelijk is wat zij nodig hebben; na een observatieperiode van twaalf weken volgt een advies aan school en ouders."),
    ("h1", "16 Privacy en gegevens"),
    ("p", "Bij de ondersteuning van kinderen worden persoonlijke en soms gevoelige gegevens gedeeld. Wij zijn daar zorgvuldig mee. Scholen delen alleen gegevens die nodig zijn voor de aanvraag, en ouders weten altijd welke gegevens worden gedeeld. Aanvragen worden ingediend via een beveiligde digitale omgeving. Gegevens die de Commissie Toelaatbaarheid gebruikt, worden tot drie jaar na het besluit bewaard en daarna vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming en een privacyreglement, dat op de website staat."),
    ("h1", "17 Kleine scholen en samenwerking tussen scholen"),
    ("p", "Omdat een groot deel van onze scholen klein is, investeren wij in samenwerking tussen scholen. Scholen zijn ingedeeld in zes clusters van vijf tot acht scholen, die dicht bij elkaar liggen. Binnen een cluster delen scholen kennis en soms ook specialisten, zoals een rekenspecialist of een gedragsspecialist. De intern begeleiders van een cluster komen vier keer per jaar bijeen voor intervisie en casusbespreking. Een school die vastloopt met een leerling, kan snel een collega uit het cluster raadplegen voordat een aanvraag bij het samenwerkingsverband nodig is."),
    ("p", "Clusters krijgen van het samenwerkingsverband ondersteuning van een vaste consulent. Eén keer per jaar organiseert ieder cluster een gezamenlijke studiemiddag voor alle teams, rond een thema dat de scholen zelf kiezen. In 2024 waren dat onder meer executieve functies bij jonge kinderen, omgaan met boosheid in de klas en het samenwerken met ouders in lastige gesprekken."),
    ("h1", "18 Totstandkoming van dit plan"),
    ("p", "De voorbereiding van dit plan begon in het voorjaar van 2024 met een evaluatie van het vorige plan. In de zomer en het najaar volgden werksessies met scholen en ouders. Het concept werd in december 2024 aan de OPR voorgelegd; de OPR stelde vragen en gaf advies, met name over de ouderparagraaf en de verdeling van de middelen. In maart 2025 volgden het OOGO met de gemeenten, het overleg met het VO-samenwerkingsverband en de instemming van de OPR. Het plan wordt vóór 1 mei 2025 aan de inspectie toegezonden."),
    ("h1", "19 Meer- en hoogbegaafde kinderen"),
    ("p", "Meer- en hoogbegaafde kinderen hebben recht op onderwijs dat hen uitdaagt. Iedere school signaleert deze kinderen en biedt in de klas een compact en verrijkt programma; dat is onderdeel van de basisondersteuning. Voor kinderen die meer nodig hebben, is er de Denkerij: één ochtend per week leren zij samen met ontwikkelingsgelijken, onder begeleiding van een specialist hoogbegaafdheid. Kinderen worden voor de Denkerij aangemeld door de intern begeleider, na een gesprek met ouders en kind. Er zijn plaatsen voor 60 kinderen verdeeld over drie locaties."),
    ("p", "Een kleine groep hoogbegaafde kinderen loopt vast, bijvoorbeeld omdat zij zich niet begrepen voelen of omdat hun hoogbegaafdheid samengaat met autisme of faalangst. Soms leidt dat tot schoolverzuim. Voor deze kinderen werken wij samen met een gespecialiseerde praktijk en met twee scholen die een voltijds plusgroep willen starten. Met de middelen die het Rijk tijdelijk beschikbaar stelde voor een dekkend aanbod voor hoogbegaafde leerlingen, hebben wij de Denkerij uitgebreid en een specialist aangesteld die scholen adviseert. Wij hebben met de besturen afgesproken dat deze voorzieningen na afloop van die tijdelijke middelen blijven bestaan en uit onze reguliere middelen worden bekostigd."),
]


def main():
    plans = [
        ("po-lingewaal-ondersteuningsplan-2024-2028.docx", PLAN1, "Ondersteuningsplan 2024-2028 Linge en Waal", P1_LABEL),
        ("vo-kust-en-polder-ondersteuningsplan-2023-2027.docx", with_extra(PLAN2, EXTRA2), "Ondersteuningsplan 2023-2027 Kust en Polder", P2_LABEL),
        ("po-veenlanden-ondersteuningsplan-2023-2027.pdf", with_extra(PLAN3, EXTRA3), "Ondersteuningsplan 2023-2027 Veenlanden", P3_LABEL),
        ("vo-heuvelland-oost-ondersteuningsplan-2024-2028.pdf", with_extra(PLAN4, EXTRA4), "Ondersteuningsplan 2024-2028 Heuvelland Oost", P4_LABEL),
        ("po-de-waarden-ondersteuningsplan-2025-2029.md", with_extra(PLAN5, EXTRA5), "Ondersteuningsplan 2025-2029 De Waarden", P5_LABEL),
        ("opr-jaarverslag-2023-2024-linge-en-waal.docx", NM, "Jaarverslag OPR 2023-2024", NM_LABEL),
    ]
    for fname, blocks, title, label in plans:
        path = os.path.join(OUT, fname)
        ext = os.path.splitext(fname)[1]
        if ext == ".docx":
            write_docx(blocks, path, title)
        elif ext == ".pdf":
            docx_to_pdf(blocks, path, title)
        elif ext == ".md":
            write_md(blocks, path)
        write_label(os.path.splitext(fname)[0], label)
        print("%-55s %5d words" % (fname, word_count(blocks)))


if __name__ == "__main__":
    main()
