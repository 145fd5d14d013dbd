#!/usr/bin/env python3
"""Generate the holdout309 test set: five fictional ondersteuningsplannen (VO-heavy, one PO)
and one near-miss document (a school-level 'ondersteuningsplan' of a VO school).

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import html
import zipfile
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Block DSL: ("title", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str]) ("table", [[str]])
# ("toc", [str]) ("pagebreak", None)
# --------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "holdout309"
    cp.created = cp.modified = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.last_printed = datetime.datetime(2026, 3, 1, 12, 0, 0)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"subtitle\">{e(val)}</p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ol>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append(f'<footer><p>{e(footer)}</p></footer>')
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout309_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_docx_as_pdf_only(blocks, pdf_target, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout309_src_"))
    try:
        d = tmp / (pdf_target.stem + ".docx")
        render_docx(blocks, d, header, footer)
        docx_to_pdf(d, pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Shared filler (written so that it does NOT address any of the seven elements)
# --------------------------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van de Wet passend onderwijs in 2014. In de afgelopen jaren hebben de {c['nscholen']} "
              f"scholen van ons verband veel geleerd over wat samenwerken betekent: elkaar aanspreken, elkaar helpen "
              f"en soms ook elkaar iets gunnen. Dat was niet altijd eenvoudig. Leerlingenaantallen veranderen, het "
              f"lerarentekort raakt alle scholen en de vraag naar ondersteuning is de afgelopen jaren toegenomen."),
        ("p", "Dit plan is tot stand gekomen in een intensief traject. Schoolleiders, ondersteuningscoördinatoren, "
              "intern begeleiders, leraren, ouders, leerlingen, gemeenten en jeugdhulpaanbieders hebben via "
              "werksessies, een digitale enquête en gesprekken aan tafel meegedacht. Wij danken iedereen die tijd "
              "en energie heeft gestoken in dit plan. Waar we niet alle wensen konden honoreren, hebben we "
              "geprobeerd dat uit te leggen."),
        ("p", "Een plan is pas waardevol als het gebruikt wordt. Wij nodigen scholen, besturen en partners uit om "
              "dit document niet in de kast te zetten, maar er het gesprek over te voeren: in het "
              "directieoverleg, in de medezeggenschapsraad en in de wijk. Het plan beschrijft waar wij voor staan; "
              "het jaarplan beschrijft wat wij ieder jaar concreet doen."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder\n{c['plaats']}, {c['datum']}"),
    ]


def f_inleiding(c):
    return [
        ("h1", "1. Inleiding"),
        ("h2", "1.1 Waarom een ondersteuningsplan"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens per vier jaar een ondersteuningsplan vast. Het plan "
              f"is het kader waarbinnen de aangesloten schoolbesturen samen invulling geven aan passend onderwijs in "
              f"de regio {c['regio']}. De wet noemt een aantal onderdelen die in het plan moeten staan; daarnaast "
              f"bevat dit plan onze eigen keuzes en ambities. Het plan is besproken met de gemeenten "
              f"{c['gemeenten']} in het op overeenstemming gericht overleg (OOGO) en heeft de instemming gekregen van "
              f"de ondersteuningsplanraad (OPR)."),
        ("h2", "1.2 Leeswijzer"),
        ("p", "Na deze inleiding kijken we terug op de vorige planperiode en schetsen we de regio in cijfers. "
              "Daarna beschrijven we onze missie en visie. De hoofdstukken daarna volgen de onderwerpen die de wet "
              "noemt, aangevuld met hoofdstukken over organisatie, medezeggenschap, personeel en planning. "
              "Achterin vindt u een begrippenlijst. Waar we in de tekst verwijzen naar het jaarplan, gaat het om het "
              "jaarlijkse uitvoeringsplan dat het bestuur na instemming van de OPR vaststelt."),
        ("p", "Dit plan is geschreven voor professionals, maar we hebben geprobeerd het leesbaar te houden voor "
              "iedereen die betrokken is bij de ondersteuning van leerlingen. Vaktermen en afkortingen worden in de "
              "begrippenlijst uitgelegd."),
        ("h2", "1.3 Wettelijk kader"),
        ("p", f"De wet ({c['wet']}) schrijft voor dat een ondersteuningsplan in ieder geval ingaat op: de "
              f"basisondersteuning die iedere school biedt en het samenhangend geheel van voorzieningen; de "
              f"procedure en criteria voor de verdeling en besteding van de ondersteuningsmiddelen, ook in "
              f"meerjarig perspectief; de procedure en criteria voor toelaatbaarheid tot {c['speciaal']}; de "
              f"procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten; en "
              f"de wijze waarop ouders worden geïnformeerd en waar zij onafhankelijke ondersteuning vinden. Ook "
              f"moet het plan voor vaststelling besproken zijn met de gemeenten en de instemming hebben van de "
              f"ondersteuningsplanraad, en wordt het vóór 1 mei naar de inspectie gestuurd."),
        ("p", "Naast de wet zijn voor ons de afspraken uit het landelijke verbeterplan passend onderwijs van belang, "
              "de komende wetgeving over de positie van ouders en leerlingen en de landelijke ontwikkelingen rond "
              "een norm voor basisondersteuning. Wij volgen deze ontwikkelingen en passen het plan aan als dat "
              "nodig is."),
        ("h2", "1.4 Strategische thema's 2026-2030"),
        ("p", "Uit de evaluatie en de gesprekken met scholen en partners zijn vier strategische thema's naar voren "
              "gekomen. Zij vormen de rode draad door de jaarplannen van de komende vier jaar."),
        ("ul", ["Vakmanschap. Wij investeren in de kennis en vaardigheden van leraren en ondersteuners, omdat "
                "goede ondersteuning in de klas begint. Scholen kiezen zelf hoe zij dit op hun school invullen.",
                "Eenvoud. Minder formulieren, kortere lijnen, één digitaal dossier. Wij gaan onderzoeken welke "
                "stappen in onze werkprocessen kunnen vervallen zonder dat de zorgvuldigheid verloren gaat.",
                "Inclusie. Wij gaan onderzoeken welke vormen van inclusiever onderwijs passen bij onze regio en "
                "leren daarbij van andere verbanden. Dit thema werken wij in de loop van de planperiode uit.",
                "Wendbaarheid. De organisatie van het verband moet kunnen meebewegen met dalende "
                "leerlingenaantallen en nieuwe wetgeving, zonder dat dat ten koste gaat van de rust op scholen."]),
        ("p", "Bij ieder thema hoort een bestuurlijk eigenaar. De uitwerking volgt in de jaarplannen; in dit plan "
              "beschrijven wij de richting. Wij realiseren ons dat vier thema's in vier jaar ambitieus is, zeker "
              "in een tijd van krapte op de arbeidsmarkt. Daarom kiezen wij per jaar een accent."),
    ]


def f_terugblik(c):
    return [
        ("h1", "2. Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van het versterken van de samenwerking tussen scholen en "
              "het vereenvoudigen van procedures. Veel is gelukt: de administratieve last voor scholen is "
              "afgenomen, er is een gezamenlijk digitaal dossier gekomen en de samenwerking met de gemeenten is "
              "hechter geworden. Tegelijk zijn er onderwerpen die meer tijd vroegen dan verwacht."),
        ("p", "De coronaperiode heeft zichtbaar sporen nagelaten. Scholen zagen meer leerlingen met "
              "sociaal-emotionele problemen, meer schoolverzuim en meer vragen van ouders. Het lerarentekort maakte "
              "het lastiger om nieuwe werkwijzen goed te laten landen. In de evaluatie die wij in het voorjaar van "
              "2025 met directeuren en de OPR hielden, kwamen drie lessen naar voren: houd het eenvoudig, investeer "
              "in vakmanschap op de werkvloer en maak afspraken niet alleen op papier maar ook in de praktijk waar."),
        ("p", "De uitkomsten van deze evaluatie zijn meegenomen in de keuzes in dit plan. Waar dat het geval is, "
              "staat het in de betreffende hoofdstukken."),
    ]


def f_context(c):
    rows = [["Kenmerk", "Aantal"]] + c["context_rows"]
    return [
        ("h1", "3. De regio in beeld"),
        ("p", f"{c['naam']} omvat de gemeenten {c['gemeenten']}. In de regio wonen ruim {c['inwoners']} inwoners. "
              f"Er zijn {c['nbesturen']} schoolbesturen aangesloten met samen {c['nscholen']} scholen of "
              f"vestigingen. De regio kent zowel stedelijke wijken als dorpen met een kleine school op loopafstand. "
              f"Dat vraagt om maatwerk in de samenwerking: wat in de stad werkt, werkt niet vanzelf op het platteland."),
        ("table", rows),
        ("p", "De leerlingenprognoses laten voor de komende jaren een lichte daling zien, met grote verschillen "
              "tussen gemeenten. In de kernen buiten de stad neemt het aantal leerlingen sneller af. Dat heeft "
              "gevolgen voor de levensvatbaarheid van kleine scholen en voor de reisafstanden van leerlingen."),
    ]


def f_visie(c):
    return [
        ("h1", "4. Missie, visie en ambities"),
        ("h2", "4.1 Missie"),
        ("p", f"{c['naam']} zorgt er samen met de aangesloten besturen voor dat iedere leerling in de regio onderwijs "
              f"krijgt dat bij hem of haar past, zo thuisnabij als mogelijk. Wij geloven dat leerlingen het beste "
              f"leren in een omgeving waar ze gezien worden, waar ze erbij horen en waar volwassenen samen "
              f"verantwoordelijkheid nemen."),
        ("h2", "4.2 Visie"),
        ("p", "Passend onderwijs is geen project maar een manier van werken. Het begint in de klas, bij een leraar "
              "die het verschil maakt. De school kijkt naar wat een leerling nodig heeft en niet naar wat een "
              "leerling heeft. Ouders kennen hun kind het best en zijn daarom belangrijke gesprekspartners. "
              "Leerlingen praten mee over hun eigen ontwikkeling. Wij streven naar zo min mogelijk bureaucratie "
              "en zo veel mogelijk tijd voor het primaire proces."),
        ("p", "Wij zien het samenwerkingsverband als een netwerkorganisatie. Het verband is geen extra "
              "bestuurslaag, maar een plek waar besturen samen afspraken maken, van elkaar leren en elkaar "
              "aanspreken. Middelen volgen de leerling, niet de structuur. Resultaten zijn belangrijk, maar zijn nooit "
              "een doel op zich: het gaat om de ontwikkeling van de leerling."),
        ("h2", "4.3 Kernwaarden"),
        ("ul", ["Samen: wij lossen vraagstukken op als verband, niet als losse scholen.",
                "Dichtbij: ondersteuning zo dicht mogelijk bij de leerling en de klas.",
                "Eenvoudig: heldere afspraken, weinig formulieren.",
                "Eerlijk: transparant over keuzes, ook als die pijn doen."]),
        ("p", "Deze kernwaarden zijn leidend bij alle keuzes die wij in de komende planperiode maken. Ze komen "
              "terug in de hoofdstukken die volgen en in de jaarplannen."),
    ]


def f_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['naam']} is een {c['rechtsvorm']}. Het bestuur is georganiseerd volgens het "
              f"{c['govmodel']}. De directeur-bestuurder is belast met de dagelijkse leiding en de uitvoering van "
              f"het beleid. Het interne toezicht ligt bij {c['toezicht']}. De scheiding tussen bestuur en toezicht is "
              f"vastgelegd in de statuten en het bestuursreglement."),
        ("p", "Het directeurenoverleg adviseert de directeur-bestuurder over de uitvoering van dit plan. In dit "
              "overleg zitten de schoolleiders of hun gemandateerde ondersteuningscoördinatoren. Twee keer per "
              "jaar is er een bijeenkomst met alle bestuurders, waarin de voortgang van het jaarplan besproken "
              "wordt. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen, zoals de wet "
              "voorschrijft."),
        ("p", "Het bureau van het samenwerkingsverband is compact. Er werken een directeur-bestuurder, een "
              "beleidsmedewerker, een controller, een secretariaat en een team van consulenten en "
              "orthopedagogen. Het bureau is gehuisvest in een bedrijfsverzamelgebouw dat centraal in de regio "
              "ligt. Het bestuur stelt jaarlijks de begroting en het jaarverslag vast; de toezichthouders keuren "
              "deze goed."),
        ("p", "De code goed bestuur van de sectorraad is leidend. Het bestuur evalueert jaarlijks het eigen "
              "functioneren en legt daarover verantwoording af in het bestuursverslag."),
    ]


def f_opr(c, parents_role=True):
    blocks = [("h1", "Medezeggenschap")]
    if parents_role:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De "
                            "OPR bestaat voor de helft uit ouders en leerlingen en voor de helft uit personeelsleden, "
                            "afgevaardigd vanuit de medezeggenschapsraden van de scholen. Ouders en leerlingen in de "
                            "OPR brengen het perspectief van gezinnen in: zij toetsen of afspraken in de praktijk "
                            "werken voor leerlingen en hun ouders. De OPR vergadert zes keer per jaar en wordt "
                            "vroegtijdig betrokken bij beleidsvoorstellen."))
    else:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De "
                            "OPR vergadert zes keer per jaar met de directeur-bestuurder. Het bureau ondersteunt de "
                            "OPR met een ambtelijk secretaris en een scholingsbudget."))
    blocks.append(("p", f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. Het bestuur heeft "
                        f"het plan daarna definitief vastgesteld op {c['vast_datum']}. Het verband heeft daarnaast "
                        f"een eigen medezeggenschapsraad voor het personeel van het bureau."))
    return blocks


def f_oogo(c, coop=True):
    b = [("h1", "Samenwerking met gemeenten"),
         ("p", f"Het OOGO over dit plan vond plaats op {c['oogo_datum']} met de wethouders onderwijs en jeugd van "
               f"de gemeenten {c['gemeenten']}. De gemeenten hebben schriftelijk laten weten in te stemmen met de "
               f"uitkomst van het overleg. Over de ontwerpversie is ook overleg gevoerd met het samenwerkingsverband "
               f"{c['ander_swv']}, waarvan het gebied gedeeltelijk overlapt.")]
    if coop:
        b.append(("p", "Onderwijs en jeugdhulp werken in onze regio op drie niveaus samen. Op schoolniveau sluit een "
                       "medewerker van het wijkteam aan bij het ondersteuningsteam van iedere school. Op regionaal "
                       "niveau is er een gezamenlijk overleg van verband, gemeenten en jeugdhulpaanbieders dat elk "
                       "kwartaal bijeenkomt. Voor leerlingen die onderwijs en zorg tegelijk nodig hebben maken wij "
                       "onderwijs-zorgarrangementen, waarbij de gemeente de jeugdhulp financiert en het verband de "
                       "onderwijskundige ondersteuning. Afspraken over leerlingenvervoer en onderwijshuisvesting "
                       "blijven onderwerp van het reguliere overleg."))
    else:
        b.append(("p", "Gespreksonderwerpen voor de komende jaren zijn onder meer leerlingenvervoer, "
                       "onderwijshuisvesting, thuiszitters en de aansluiting op de arbeidsmarkt. Over deze "
                       "onderwerpen maken wij in het jaarlijkse bestuurlijk overleg afspraken."))
    return b


def f_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort is in onze regio voelbaar. Scholen hebben moeite om vacatures te vervullen, "
              "zeker voor vakken als wiskunde, Nederlands en de technische profielen. Dat heeft gevolgen voor de "
              "ondersteuning: een leraar die het hoofd boven water moet houden, heeft minder ruimte om te "
              "differentiëren. Wij willen scholen daarom ontlasten waar dat kan."),
        ("p", "Het verband biedt een netwerk voor ondersteuningscoördinatoren en intern begeleiders dat vier keer per "
              "jaar bijeenkomt. Daarnaast is er een jaarlijkse studiedag voor alle medewerkers van de scholen. "
              "Thema's worden gekozen in overleg met het directeurenoverleg; in de afgelopen jaren waren dat onder "
              "andere executieve functies, traumasensitief lesgeven en omgaan met angst en somberheid."),
        ("p", "Het bureau zelf heeft een formatie van ongeveer " + c["fte"] + " fte. Medewerkers van het bureau "
              "volgen jaarlijks scholing om hun registratie bij de beroepsvereniging te behouden. Het verband heeft "
              "een eigen functiebouwwerk en volgt de cao van de sector."),
        ("p", "De effecten van dit plan op het personeel van de scholen zijn besproken met de personeelsgeleding van "
              "de OPR. Het plan leidt niet tot gedwongen mobiliteit."),
    ]


def f_ict(c):
    return [
        ("h1", "ICT, privacy en gegevensbeheer"),
        ("p", "Voor aanvragen en dossiers gebruiken de scholen en het bureau één digitaal systeem. Daarin staan "
              "onder meer aanvragen voor arrangementen en toelaatbaarheidsverklaringen, verslagen van overleggen en "
              "adviezen. Alleen medewerkers die het dossier nodig hebben voor hun taak hebben toegang. Ouders geven "
              "toestemming voordat een dossier met het verband wordt gedeeld, tenzij de wet iets anders bepaalt."),
        ("p", "Het verband heeft een functionaris gegevensbescherming (FG), die gedeeld wordt met een aantal besturen "
              "in de regio. Er is een verwerkingsregister en een protocol datalekken. Bewaartermijnen zijn "
              "vastgelegd in het privacyreglement. Medewerkers volgen jaarlijks een korte training informatiebeveiliging."),
        ("p", "In de planperiode vervangen wij het huidige systeem, omdat het contract afloopt. De keuze voor een "
              "nieuw systeem maken we samen met de scholen. Daarbij letten we op gebruiksgemak, koppeling met de "
              "leerlingadministratiesystemen en veiligheid."),
    ]


def f_aansluiting(c):
    if c["sector"] == "vo":
        txt = ("Een goede overstap van het voortgezet onderwijs naar het mbo of naar werk vraagt om vroegtijdige "
               "afstemming. In de regio bestaat een convenant met de mbo-instellingen over de warme overdracht van "
               "leerlingen. Voor jongeren van het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt is er "
               "een regionaal werkgeversnetwerk. Het verband ondersteunt deze netwerken, maar voert ze niet zelf uit. "
               "Ook de overstap van het primair naar het voortgezet onderwijs verdient aandacht: jaarlijks is er een "
               "overdrachtsmarkt waar basisscholen en vo-scholen elkaar ontmoeten.")
        head = "Aansluiting po-vo en vo-mbo"
    else:
        txt = ("De overstap van de basisschool naar het voortgezet onderwijs is voor veel kinderen spannend. Wij "
               "werken samen met het samenwerkingsverband voortgezet onderwijs aan een goede overdracht. Jaarlijks is "
               "er een overdrachtsbijeenkomst voor leerkrachten van groep 8 en mentoren van de brugklas. Ook de "
               "overgang van voorschoolse voorzieningen naar de basisschool heeft aandacht: met de gemeenten is "
               "afgesproken dat peuterspeelzalen en kinderopvang een warme overdracht verzorgen.")
        head = "Doorgaande lijnen: vve, po en vo"
    return [("h1", head), ("p", txt),
            ("p", "Nieuwkomers krijgen onderwijs in een eerste opvangvoorziening. De gemeenten financieren het vervoer; "
                  "de scholen zorgen voor de overstap naar een reguliere school na ongeveer een tot twee jaar.")]


def f_planning(c):
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Dit plan geldt voor vier schooljaren. Ieder jaar stelt het bestuur een jaarplan en een begroting vast. "
              "Het jaarplan vertaalt de ambities uit dit plan naar concrete activiteiten. In het jaarverslag leggen "
              "wij verantwoording af over wat er van het jaarplan terecht is gekomen."),
        ("table", [["Periode", "Activiteit"],
                   ["september-oktober", "Start schooljaar, teldatum 1 oktober"],
                   ["november", "Bestuurlijk overleg met gemeenten"],
                   ["januari-februari", "Tussentijdse bespreking jaarplan in directeurenoverleg"],
                   ["april-mei", "Concept jaarplan en begroting, bespreking met OPR"],
                   ["juni", "Vaststelling jaarplan volgend schooljaar"],
                   ["juli", "Jaarverslag vorig kalenderjaar gepubliceerd"]]),
        ("p", "Halverwege de planperiode, in het voorjaar van 2028, houden wij een tussenevaluatie van dit plan met "
              "de OPR en het directeurenoverleg. Waar nodig passen wij het plan aan; een wijziging van het plan "
              "vraagt opnieuw instemming van de OPR."),
    ]


def f_glossary(items):
    return [("h1", "Bijlage: begrippenlijst en afkortingen"), ("table", [["Begrip", "Betekenis"]] + items)]


GLOSS_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het verband bieden."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende plek is."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["OPR", "Ondersteuningsplanraad."],
    ["PrO", "Praktijkonderwijs."],
    ["SOP", "Schoolondersteuningsprofiel."],
    ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
    ["Resultaten", "Wat leerlingen bereiken in hun ontwikkeling."],
    ["VSO", "Voortgezet speciaal onderwijs."],
]

# --------------------------------------------------------------------------------------------
# Plan A: large VO verband, .docx. Thorough; terugstroom partial (beleid deferred), resultaten partial
# --------------------------------------------------------------------------------------------
CA = dict(wet="WVO, artikel 17a / WVO 2020", speciaal="het vso, het praktijkonderwijs en het lwoo", naam="Samenwerkingsverband VO Zuidkust", periode="2026-2030", nscholen=46, regio="Zuidkust",
          gemeenten="Havenstad, Duinwijk, Westerzand en Kreekdorp", bestuurder="M. (Marloes) van Dijk-Aerts",
          plaats="Havenstad", datum="14 maart 2026", inwoners="310.000", nbesturen=14, sector="vo",
          context_rows=[["Scholen/vestigingen regulier vo", "41"], ["Vso-scholen (cluster 3 en 4)", "5"],
                        ["Leerlingen (teldatum 1 oktober 2025)", "31.240"], ["Scholen met lwoo", "19"],
                        ["Scholen voor praktijkonderwijs", "4"]],
          rechtsvorm="stichting (VO 28-07)", govmodel="raad-van-toezichtmodel",
          toezicht="een raad van toezicht van vijf leden, van wie drie onafhankelijk", opr_datum="10 maart 2026",
          vast_datum="14 maart 2026", oogo_datum="19 februari 2026", ander_swv="PO Zuidkust (PO 28-06)", fte="38")


def plan_a():
    c = CA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband VO Zuidkust (VO 28-07) — Samen sterk voor iedere leerling"),
         ("p", "Vastgesteld door het bestuur op 14 maart 2026. Onderwerpen: basisondersteuning, toelaatbaarheid, "
               "terugplaatsing, financiën, dekkend aanbod, resultaten, ouders."),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1. Inleiding", "2. Terugblik", "3. De regio in beeld", "4. Missie, visie en ambities",
                  "5. Het ondersteuningscontinuüm (basisondersteuning, extra ondersteuning, OPDC, dekkend netwerk)",
                  "6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "7. Kwaliteit en resultaten",
                  "8. Geld en middelen", "9. Communicatie", "10. Samenwerking met gemeenten",
                  "11. Organisatie en governance", "12. Medezeggenschap", "13. Personeel",
                  "14. ICT en privacy", "15. Aansluiting", "16. Planning", "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_terugblik(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "5. Het ondersteuningscontinuüm"),
        ("p", "Ondersteuning in onze regio is georganiseerd als een doorlopend continuüm met vier niveaus. Hoe "
              "zwaarder de ondersteuningsvraag, hoe meer expertise er wordt ingezet en hoe vaker het verband "
              "meebeslist. Iedere leerling begint op niveau 1; de overgang naar een volgend niveau gebeurt alleen "
              "als de ondersteuning op het vorige niveau aantoonbaar onvoldoende is."),
        ("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
                   ["1 Basisondersteuning", "Afgesproken minimum op iedere vestiging", "Eigen school", "School"],
                   ["2 Extra ondersteuning", "Arrangement binnen de school (schoolbudget)", "Eigen school",
                    "School, na bespreking in ondersteuningsteam"],
                   ["3 Bovenschools arrangement", "OPDC De Brug, Rebound, Taalklas-plus, Hoogbegaafdenklas",
                    "Bovenschoolse voorziening", "Loket Zuidkust"],
                   ["4 Specialistisch", "Vso cluster 3 en 4, praktijkonderwijs", "Vso-school / pro-school",
                    "Commissie Toelaatbaarheid"]]),
        ("h2", "5.1 Basisondersteuning: wat iedere school biedt"),
        ("p", "De besturen hebben afgesproken dat iedere vestiging in het verband, ongeacht schoolsoort of "
              "denominatie, ten minste het niveau van basisondersteuning biedt dat in deze paragraaf is beschreven. "
              "Het is een ondergrens, geen plafond: scholen mogen meer bieden en beschrijven dat in hun "
              "schoolondersteuningsprofiel. Een ouder mag op iedere school in Zuidkust het volgende verwachten:"),
        ("ul", ["een mentor die de leerling minstens wekelijks ziet en twee keer per jaar een voortgangsgesprek "
                "voert met leerling en ouders;",
                "een ondersteuningscoördinator en een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, "
                "met daarin een jeugdarts, de leerplichtambtenaar en een medewerker van het wijkteam;",
                "dyslexie- en dyscalculieprotocol met compenserende en dispenserende maatregelen, zoals extra "
                "tijd en voorleessoftware;",
                "een aanbod voor sociale vaardigheid en faalangstreductie, ten minste één training per schooljaar;",
                "een vaste time-outplek en een verzuimprotocol dat bij tien uur ongeoorloofd verzuim in actie komt;",
                "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt;",
                "toegankelijkheid van het gebouw voor leerlingen met een lichamelijke beperking, of een "
                "aantoonbaar plan om dat binnen twee jaar te realiseren."]),
        ("p", "Het verband controleert jaarlijks of scholen deze basisondersteuning waarmaken. Iedere school vult in "
              "januari de kwaliteitskaart basisondersteuning in; een consulent van het verband bespreekt de kaart "
              "met de schoolleider. Voldoet een vestiging op een onderdeel niet, dan stelt de school binnen drie "
              "maanden een verbeterplan op, waarvan de directeur-bestuurder de voortgang volgt. Na een jaar zonder "
              "verbetering bespreekt het bestuur de situatie met het betrokken schoolbestuur."),
        ("h2", "5.2 Extra ondersteuning en arrangementen"),
        ("p", "Heeft een leerling meer nodig dan de basisondersteuning, dan kan de school een arrangement inzetten "
              "vanuit het eigen schoolbudget. Voorbeelden zijn een verlengde instructie in een kleine groep, "
              "begeleiding door een ambulant begeleider of een aangepast rooster. Het arrangement wordt "
              "vastgelegd in het OPP en na maximaal twintig weken geëvalueerd."),
        ("h2", "5.3 Bovenschoolse voorzieningen"),
        ("p", "Voor leerlingen die tijdelijk niet in een reguliere klas terecht kunnen, zijn er vier bovenschoolse "
              "voorzieningen. OPDC De Brug (90 plaatsen) biedt een onderwijstraject van maximaal twee jaar in "
              "kleine groepen voor leerlingen met een vmbo- of havo-perspectief. De Rebound (24 plaatsen) is een "
              "kortdurende voorziening van twaalf weken voor leerlingen met gedragsproblemen. De Taalklas-plus is "
              "bedoeld voor nieuwkomers met een extra ondersteuningsbehoefte. De Hoogbegaafdenklas biedt een "
              "deeltijdprogramma van één dag per week."),
        ("h2", "5.4 Dekkend netwerk en thuiszitters"),
        ("p", "Wij willen dat geen leerling thuis komt te zitten zonder passend aanbod. Scholen melden iedere "
              "leerling die langer dan vier weken niet of slechts gedeeltelijk naar school gaat bij het Loket "
              "Zuidkust. Binnen tien werkdagen organiseert het Loket een overleg met school, ouders, leerling, "
              "leerplicht en jeugdhulp. Lukt het niet om binnen zes weken een passende plek te vinden, dan neemt de "
              "directeur-bestuurder de regie en kan hij een school of voorziening een plaatsing opdragen "
              "(doorzettingsmacht). Iedere drie maanden analyseert het verband de meldingen: welke leerlingen vallen "
              "tussen wal en schip en welk aanbod ontbreekt? Die analyse leidt tot voorstellen aan het bestuur voor "
              "nieuw of aangepast aanbod; zo is in 2024 de Rebound uitgebreid. De zorgplicht van scholen blijft "
              "onverkort gelden: de school waar een leerling schriftelijk is aangemeld, zoekt een passende plek."),
        ("h1", "6. Toewijzing en toelaatbaarheid"),
        ("h2", "6.1 Toelaatbaarheid tot het vso"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door de school waar de leerling "
              "staat ingeschreven of is aangemeld. De aanvraag gaat via het digitale dossier naar het Loket "
              "Zuidkust en bevat het OPP, een verslag van de handelingsgerichte ondersteuning van de afgelopen zes "
              "maanden, het verslag van het ondersteuningsteam en de zienswijze van ouders en leerling. Het Loket "
              "toetst de aanvraag binnen vijf werkdagen op volledigheid."),
        ("p", "De Commissie Toelaatbaarheid besluit namens het bestuur. Voorafgaand aan ieder besluit brengen twee "
              "deskundigen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog en, "
              "afhankelijk van de leerling, een jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater. "
              "De commissie besluit binnen zes weken na ontvangst van de volledige aanvraag; in spoedsituaties "
              "binnen tien werkdagen."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (1) de "
              "ondersteuningsbehoefte overstijgt aantoonbaar wat een reguliere school met basis- en extra "
              "ondersteuning en een bovenschools arrangement kan bieden; (2) er is ten minste zes maanden "
              "handelingsgericht gewerkt en geëvalueerd, tenzij de veiligheid van leerling of omgeving dat "
              "onmogelijk maakt; (3) de leerling heeft een intensieve, permanente combinatie van onderwijs en zorg "
              "nodig, of een ernstige beperking in leren of gedrag die in een reguliere setting niet te "
              "compenseren is."),
        ("p", "De TLV wordt afgegeven voor één, twee of vier schooljaren, afhankelijk van de prognose in het advies, "
              "en vermeldt de bekostigingscategorie laag, midden of hoog. Tegen het besluit kunnen ouders binnen "
              "zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
        ("h2", "6.2 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgt het verband de landelijke criteria; het verband maakt geen gebruik van de "
              "mogelijkheid om eigen lwoo-criteria vast te stellen. Praktijkonderwijs: IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen of "
              "inzichtelijk rekenen. Lwoo: IQ tussen 75 en 90 met een leerachterstand van 1,5 tot 3 jaar op twee "
              "domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek. De aanvraag wordt "
              "door de vo-school ingediend vóór 1 mei voorafgaand aan het eerste leerjaar; de Commissie "
              "Toelaatbaarheid beslist vóór 1 juli. Een aanwijzing lwoo geldt voor de duur van de opleiding; een "
              "TLV pro voor de gehele schoolloopbaan in het praktijkonderwijs."),
        ("h2", "6.3 Afloop van de TLV"),
        ("p", "Uiterlijk op 1 februari van het laatste schooljaar waarvoor de TLV geldt, bespreekt de vso-school in "
              "een multidisciplinair overleg met ouders, leerling en een consulent van het verband of verlenging "
              "nodig is of dat de leerling kan overstappen naar het regulier vo. Kiest het overleg voor "
              "overstap, dan zoekt de vso-school samen met ouders een reguliere school; de ontvangende school en de "
              "vso-school stellen vóór 1 juni een overdrachtsplan op. Is verlenging nodig, dan vraagt de vso-school "
              "een nieuwe TLV aan volgens paragraaf 6.1. Het verband houdt de einddata van alle TLV's bij en "
              "herinnert scholen drie maanden van tevoren."),
        ("p", "Een bredere visie op terugplaatsing en overplaatsing, met doelen en afspraken over de begeleiding "
              "na de overstap, ontwikkelen we in de loop van de planperiode met de vso-scholen. Tot die tijd zijn de "
              "bestaande werkafspraken tussen de scholen van toepassing."),
        ("h1", "7. Kwaliteit en resultaten"),
        ("p", "Het verband wil voor leerlingen met een ondersteuningsbehoefte aan het eind van deze planperiode de "
              "volgende resultaten bereiken:"),
        ("ul", ["het aantal thuiszitters (langer dan vier weken zonder onderwijs) daalt van 61 (peildatum 1 oktober "
                "2025) naar maximaal 30 in 2030;",
                "ten minste 80% van de leerlingen die een traject in OPDC De Brug afronden, stroomt binnen twee jaar "
                "door naar een reguliere opleiding of het mbo;",
                "ten minste 90% van de leerlingen met een OPP behaalt de in het OPP vastgelegde doelen of heeft een "
                "bijgesteld perspectief dat met ouders is besproken;",
                "het percentage vso-leerlingen dat met een diploma of certificaat uitstroomt stijgt van 52% naar 60%."]),
        ("p", "Hoe wij deze doelen volgen en welke instrumenten we daarvoor gebruiken, leggen we vast in een "
              "monitoringsplan. Dat plan stellen we in de loop van 2027 vast, na de keuze voor het nieuwe "
              "dossiersysteem. Het onderdeel 'bereikte resultaten' in dit hoofdstuk is daarom nog p.m."),
        ("h1", "8. Geld en middelen"),
        ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten aan DUO voor vso-leerlingen en de bekostiging van lwoo en pro worden de middelen als "
              "volgt verdeeld. Iedere vo-school ontvangt een schoolbudget van € 142 per leerling (teldatum 1 "
              "oktober van het voorgaande jaar), plus een vaste voet van € 25.000 per vestiging. Scholen met een "
              "bovengemiddeld aandeel leerlingen uit postcodegebieden met een hoge onderwijsachterstandsscore "
              "krijgen een opslag van 15%. De bovenschoolse voorzieningen worden centraal bekostigd; plaatsing "
              "gebeurt via het Loket en kost de school geen eigen bijdrage. Het bestuur stelt de verdeling jaarlijks "
              "vast bij de begroting, na advies van het directeurenoverleg en instemming van de OPR."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "28.410", "28.050", "27.720", "27.480"],
                   ["Afdracht DUO vso", "12.300", "12.150", "12.000", "11.900"],
                   ["Lwoo en pro", "7.820", "7.700", "7.600", "7.520"],
                   ["Schoolbudgetten", "5.560", "5.500", "5.430", "5.380"],
                   ["OPDC De Brug en Rebound", "1.650", "1.650", "1.650", "1.650"],
                   ["Overige voorzieningen", "420", "420", "420", "420"],
                   ["Bureau en Loket", "880", "890", "900", "910"],
                   ["Resultaat", "-220", "-260", "-280", "-300"]]),
        ("p", "De negatieve resultaten zijn bewust begroot om de reserve terug te brengen. Eind 2025 bedroeg de "
              "algemene reserve € 3,4 miljoen; het verband houdt een weerstandsvermogen aan van 5% van de baten. "
              "Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 maart via een "
              "verantwoordingsformat, dat de controller beoordeelt."),
        ("h1", "9. Communicatie"),
        ("p", "Wij informeren ouders op verschillende manieren over de ondersteuningsmogelijkheden in de regio. De "
              "website van het verband bevat per school het schoolondersteuningsprofiel en een overzicht van alle "
              "bovenschoolse voorzieningen. Iedere school neemt in de schoolgids een vaste paragraaf op over "
              "basisondersteuning en extra ondersteuning. In oktober organiseren wij twee informatieavonden voor "
              "ouders van leerlingen in groep 8 en de brugklas; de folder 'Passend onderwijs in Zuidkust' is in "
              "vijf talen beschikbaar op alle scholen."),
        ("p", "Ouders en jongeren die een onafhankelijk advies willen, of het niet eens zijn met de school of het "
              "verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zuidkust. Het steunpunt is onafhankelijk "
              "van scholen en verband en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. Ook "
              "kunnen ouders een beroep doen op de onderwijsconsulenten van het Rijk. Klachten kunnen worden "
              "ingediend bij de landelijke klachtencommissie waarbij het verband is aangesloten; geschillen over "
              "toelating en verwijdering gaan naar de Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo(c, coop=True) + f_governance(c) + f_opr(c, True) + f_personeel(c) + f_ict(c)
    b += f_aansluiting(c) + f_planning(c) + f_glossary(GLOSS_VO)
    return b


LAB_A = dict(
    documents=["vo-zuidkust-op-2026-2030.docx"], sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": True,
              "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "5.1 states the agreed minimum for every vestiging plus a concrete list; kwaliteitskaart as borging.",
           "plaatsing": "6.1/6.2 give applicant, Loket, Commissie Toelaatbaarheid, termijnen, vso/lwoo/pro criteria, two deskundigen, duration/category, bezwaar via LBT.",
           "terugstroom": "Procedure only inside TLV chapter 6.3 'Afloop van de TLV'; policy explicitly deferred ('ontwikkelen we in de loop van de planperiode').",
           "financien": "Chapter 8 'Geld en middelen': per-leerling bedrag, vaste voet, opslag, meerjarenbegroting table, reserve and verantwoording.",
           "dekkend-aanbod": "Chapter 5 continuum table + 5.3 voorzieningen; 5.4 thuiszitters procedure, doorzettingsmacht, quarterly gap analysis.",
           "resultaten": "Chapter 7 lists measurable goals; monitoring deferred to a monitoringsplan in 2027, bereikte resultaten 'p.m.'.",
           "ouders": "Chapter 9 'Communicatie': website, schoolgids, avonden, folder; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten."})

# --------------------------------------------------------------------------------------------
# Plan B: small VO verband, .docx + .pdf. Thin plan.
# --------------------------------------------------------------------------------------------
CB = dict(wet="WVO, artikel 17a / WVO 2020", speciaal="het vso, het praktijkonderwijs en het lwoo", naam="Samenwerkingsverband VO Rivierenland-Oost", periode="2026-2030", nscholen=7,
          regio="Rivierenland-Oost", gemeenten="Maasdijk, Overwaard en Linge-Oost", bestuurder="drs. H. Bosman",
          plaats="Maasdijk", datum="2 april 2026", inwoners="96.000", nbesturen=4, sector="vo",
          context_rows=[["Vestigingen regulier vo", "6"], ["Vso-locatie", "1"],
                        ["Leerlingen (1 oktober 2025)", "5.410"], ["Besturen", "4"]],
          rechtsvorm="vereniging (VO 41-02)", govmodel="two-tiermodel met een algemene ledenvergadering",
          toezicht="de algemene ledenvergadering van de vier besturen", opr_datum="25 maart 2026",
          vast_datum="2 april 2026", oogo_datum="12 maart 2026", ander_swv="PO Rivierenland (PO 41-01)", fte="6,5")


def plan_b():
    c = CB
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband VO Rivierenland-Oost — klein, dichtbij, samen"),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1. Inleiding", "2. Terugblik", "3. De regio in beeld", "4. Missie, visie en ambities",
                  "5. Basisondersteuning", "6. Het aanbod in de regio", "7. Toewijzing en toelaatbaarheid",
                  "7.4 Terugplaatsing en resultaten", "8. Financiën", "9. Ouders", "10. Kwaliteitszorg",
                  "11. Organisatie", "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_terugblik(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "5. Basisondersteuning"),
        ("p", "Alle zes vestigingen voor regulier vo in ons verband bieden hetzelfde afgesproken niveau van "
              "basisondersteuning. Dit niveau is in 2025 door de vier besturen gezamenlijk vastgesteld als "
              "ondergrens: geen vestiging mag daaronder zakken, ook niet bij personeelstekort."),
        ("p", "Welke voorzieningen, interventies en deskundigheid precies tot dit niveau behoren, is uitgewerkt in "
              "bijlage 2, de Kaart basisondersteuning Rivierenland-Oost. De kaart wordt iedere twee jaar "
              "geactualiseerd door het directeurenoverleg."),
        ("h1", "6. Het aanbod in de regio"),
        ("p", "Het aanbod in onze regio is opgebouwd uit drie lagen. De eerste laag is de basisondersteuning op "
              "iedere vestiging. De tweede laag is extra ondersteuning op de eigen school: iedere vestiging heeft "
              "een ondersteuningsteam en zet vanuit het schoolbudget arrangementen in, zoals een flexklas, "
              "begeleiding door een gedragsspecialist of een maatwerkrooster. De derde laag is de "
              "trajectvoorziening Het Anker in Maasdijk (30 plaatsen), waar leerlingen maximaal een jaar in een "
              "kleine groep les krijgen met behoud van inschrijving op de eigen school, en het vso van De Waard "
              "(cluster 4). Voor cluster 3 maken wij gebruik van de vso-school van het buurverband in Tiel."),
        ("p", "Omdat ons verband klein is, kunnen wij niet alle voorzieningen zelf bieden. Jaarlijks in november "
              "brengen de ondersteuningscoördinatoren in kaart voor welke leerlingen geen passend aanbod "
              "beschikbaar was en waarom. Het bestuur bespreekt die inventarisatie en besluit over inkoop bij "
              "buurverbanden of over nieuw aanbod. Iedere leerling die twee weken of langer thuiszit zonder "
              "onderwijs wordt gemeld bij de thuiszitterscoördinator van het verband, die binnen vijf werkdagen "
              "een overleg met school, ouders, leerplicht en jeugdhulp belegt. Komt er binnen vier weken geen "
              "oplossing, dan besluit de directeur-bestuurder welke school de leerling een plaats biedt. De "
              "zorgplicht ligt bij de school van aanmelding."),
        ("h1", "7. Toewijzing en toelaatbaarheid"),
        ("h2", "7.1 Aanvraag"),
        ("p", "Scholen vragen een TLV voor het vso, een aanwijzing lwoo of een TLV pro aan bij de Commissie van "
              "Toewijzing (CvT) van het verband. De aanvraag wordt ingediend door de ondersteuningscoördinator via "
              "het aanvraagformulier en bevat in ieder geval het OPP, de zienswijze van ouders en recente "
              "toetsgegevens. De CvT bespreekt de aanvraag in haar tweewekelijkse vergadering en neemt binnen zes "
              "weken een besluit. Lwoo- en pro-aanvragen voor het eerste leerjaar worden ingediend vóór 15 april."),
        ("h2", "7.2 Criteria"),
        ("p", "De criteria die de CvT hanteert, staan op www.swvrivierenland-oost.nl/toewijzing. Zij worden daar "
              "actueel gehouden."),
        ("h2", "7.3 Bezwaar"),
        ("p", "Ouders die het niet eens zijn met een besluit van de CvT, kunnen binnen zes weken schriftelijk bezwaar "
              "maken bij het bestuur. Het bestuur legt het bezwaar voor advies voor aan de Landelijke "
              "Bezwaaradviescommissie. Een TLV vso wordt afgegeven voor maximaal twee schooljaren."),
        ("h1", "8. Financiën"),
        ("p", "Het verband verdeelt de ondersteuningsmiddelen volgens een eenvoudig model. Na aftrek van de "
              "verplichte afdrachten gaat 60% van de beschikbare middelen als schoolbudget naar de vestigingen, "
              "naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar; dat komt in 2026 neer op "
              "circa € 118 per leerling. De overige 40% blijft centraal beschikbaar voor de taken van het verband. "
              "Scholen vragen geen aparte middelen aan voor een plaatsing in Het Anker."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Het Anker", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen in de meerjarenbegroting worden ingevuld zodra de jaarrekening 2025 is vastgesteld en "
              "volgen als addendum bij dit plan."),
        ("h1", "9. Ouders"),
        ("p", "Wij vinden het belangrijk dat ouders weten wat er mogelijk is. Iedere school vermeldt in de "
              "schoolgids welke ondersteuning zij biedt en verwijst naar het schoolondersteuningsprofiel. Op de "
              "website van het verband staat een ouderpagina met uitleg over het aanbod, de trajectvoorziening en "
              "de aanvraag van een TLV. Twee keer per jaar verschijnt een digitale nieuwsbrief voor ouders en "
              "jaarlijks in januari is er een informatieavond in Maasdijk."),
        ("p", "Over een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen, maken wij in de "
              "loop van 2027 afspraken met de andere verbanden in de regio."),
        ("h1", "10. Kwaliteitszorg"),
        ("p", "De kwaliteitszorg van het verband wordt in 2026 opnieuw ingericht. In het jaarplan 2026-2027 "
              "beschrijven wij hoe wij dat aanpakken."),
    ]
    b += f_oogo(c, coop=True) + f_governance(c) + f_opr(c, True) + f_personeel(c) + f_ict(c)
    b += f_aansluiting(c) + f_planning(c) + f_glossary(GLOSS_VO)
    return b


LAB_B = dict(
    documents=["vo-rivierenland-oost-op.docx", "vo-rivierenland-oost-op.pdf"], sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
              "plaatsing.criteria": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": False, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": [], "plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": [],
              "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 5 states the common minimum level, but the content is only in absent 'bijlage 2, Kaart basisondersteuning'.",
           "plaatsing": "Ch. 7.1 procedure (CvT, aanvrager, termijn); 7.2 criteria only a website reference; 7.3 bezwaar and max duration.",
           "terugstroom": "Only in TOC entry '7.4 Terugplaatsing en resultaten' (section absent), glossary and nowhere in body.",
           "financien": "Ch. 8 verdeelmodel 60/40 and per-leerling amount; meerjarenbegroting table all 'p.m.', amounts 'volgen als addendum'.",
           "dekkend-aanbod": "Ch. 6 three layers incl. Het Anker/vso; yearly gap inventory, thuiszitterscoördinator, doorzettingsmacht, zorgplicht.",
           "resultaten": "No goals or monitoring; ch. 10 Kwaliteitszorg only defers to jaarplan; 'resultaten' only in TOC/glossary/visie in passing.",
           "ouders": "Ch. 9 schoolgids, ouderpagina, nieuwsbrief, avond; independent steunpunt deferred to 'in de loop van 2027' (TLV bezwaar in 7.3 counts for plaatsing)."})

# --------------------------------------------------------------------------------------------
# Plan C: medium VO verband, PDF only.
# --------------------------------------------------------------------------------------------
CC = dict(wet="WVO, artikel 17a / WVO 2020", speciaal="het vso, het praktijkonderwijs en het lwoo", naam="Samenwerkingsverband VO Heideland", periode="2026-2030", nscholen=22, regio="Heideland",
          gemeenten="Heidebeek, Ermerveld, Oosterhorst en Zandloo", bestuurder="J.P. Kuipers",
          plaats="Heidebeek", datum="21 maart 2026", inwoners="184.000", nbesturen=8, sector="vo",
          context_rows=[["Vestigingen regulier vo", "19"], ["Vso-scholen", "3"],
                        ["Leerlingen (1 oktober 2025)", "14.780"], ["Scholen met lwoo", "11"],
                        ["Praktijkscholen", "2"]],
          rechtsvorm="stichting (VO 25-11)", govmodel="model met een toezichthoudend bestuur (one-tier)",
          toezicht="de niet-uitvoerende bestuursleden", opr_datum="17 maart 2026", vast_datum="21 maart 2026",
          oogo_datum="3 maart 2026", ander_swv="PO Heideland (PO 25-10)", fte="17")


def plan_c():
    c = CC
    b = [("title", "Ondersteuningsplan Heideland 2026-2030"),
         ("subtitle", "Samenwerkingsverband VO Heideland (VO 25-11)"),
         ("p", "Versie na instemming OPR en OOGO"),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1. Inleiding", "2. Terugblik", "3. De regio in beeld", "4. Missie en visie",
                  "5. Ondersteuning in vier niveaus", "6. Toelaatbaarheid vso, lwoo en pro",
                  "7. Doorlopende lijnen en terugplaatsing", "8. Opbrengsten en kwaliteit", "9. Financiën",
                  "10. Ouders en leerlingen", "11. Samenwerking met gemeenten", "12. Organisatie",
                  "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_terugblik(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "5. Ondersteuning in vier niveaus"),
        ("h2", "5.1 Niveau 1: basisondersteuning"),
        ("p", "Basisondersteuning is in Heideland het gezamenlijk vastgestelde minimum dat elke vestiging, van "
              "praktijkonderwijs tot gymnasium, biedt zonder dat daarvoor een aanvraag nodig is. Dat betekent "
              "concreet: iedere vestiging heeft een ondersteuningscoördinator met ten minste 0,4 fte, een "
              "ondersteuningsteam dat maandelijks bijeenkomt, een orthopedagoog die op afroep beschikbaar is, "
              "een aanpak voor dyslexie en dyscalculie, een training sociale vaardigheden, een anti-pestprogramma, "
              "huiswerkbegeleiding op school en een rustige werkplek voor leerlingen met prikkelgevoeligheid. "
              "Ook het opstellen van een OPP en het begeleiden van een leerling met een chronische ziekte in "
              "samenwerking met de jeugdarts horen bij de basisondersteuning."),
        ("h2", "5.2 Niveau 2: extra ondersteuning op school"),
        ("p", "Iedere vestiging biedt daarnaast extra ondersteuning die past bij haar profiel, zoals een "
              "trajectklas, een autismevriendelijke stroom of coaching door een gedragsspecialist. Wat iedere "
              "vestiging biedt, legt de school vast in haar eigen ondersteuningsprofiel, dat het directeurenoverleg "
              "jaarlijks naast elkaar legt."),
        ("h2", "5.3 Niveau 3 en 4: bovenschools en specialistisch"),
        ("table", [["Voorziening", "Voor wie", "Capaciteit", "Duur"],
                   ["Heideland College OPDC", "Leerlingen met gedrags- of leerproblematiek, vmbo/havo",
                    "60", "max. 2 jaar"],
                   ["Time-out Zandloo", "Leerlingen die tijdelijk niet in de klas kunnen", "16", "max. 12 weken"],
                   ["Onderwijs-zorgarrangement De Hoeve", "Leerlingen die onderwijs en jeugdhulp combineren",
                    "20", "per leerling"],
                   ["Vso De Heidetuin (cluster 4)", "Leerlingen met TLV", "210", "looptijd TLV"],
                   ["Vso Het Lindeveld (cluster 3)", "Leerlingen met TLV", "140", "looptijd TLV"],
                   ["Praktijkonderwijs Heidebeek en Ermerveld", "Leerlingen met TLV pro", "420",
                    "gehele schoolloopbaan"]]),
        ("p", "De onderwijs-zorgarrangementen worden samen met de gemeenten vormgegeven: de gemeente financiert "
              "de jeugdhulp, het verband het onderwijsdeel. Hoe wij signaleren waar het aanbod in de regio "
              "tekortschiet en wat wij doen voor leerlingen voor wie geen passende plek is, werken wij in "
              "schooljaar 2026-2027 uit in een notitie 'Sluitend netwerk', samen met de gemeenten."),
        ("h1", "6. Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De aanvraag- en besluitvormingsprocedure, inclusief termijnen en formulieren, wordt vastgelegd in "
              "het Toewijzingsreglement Heideland dat in het najaar van 2026 verschijnt. In dit plan beschrijven "
              "wij de inhoudelijke criteria."),
        ("p", "Vso. Een leerling is toelaatbaar tot het vso als hij of zij voldoet aan ten minste één van de "
              "volgende criteria en de reguliere school met niveau 1 tot en met 3 aantoonbaar niet in de "
              "ondersteuningsbehoefte kan voorzien: (a) een ernstige psychiatrische of gedragsmatige problematiek "
              "waardoor deelname aan een groep van meer dan twaalf leerlingen niet mogelijk is; (b) een "
              "verstandelijke beperking (IQ onder 70) in combinatie met beperkte zelfredzaamheid; (c) een "
              "lichamelijke beperking of langdurige ziekte waarvoor dagelijkse verpleegkundige zorg op school "
              "nodig is."),
        ("p", "Lwoo. Heideland hanteert de landelijke criteria: een IQ tussen 75 en 90 en een leerachterstand "
              "van 1,5 tot 3 jaar in ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, "
              "technisch lezen en spellen; of een IQ tussen 91 en 120 met leerachterstand én sociaal-emotionele "
              "problematiek. Pro. Een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar in twee "
              "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is."),
        ("p", "Bij iedere beslissing over een TLV brengen twee deskundigen afzonderlijk advies uit, onder wie altijd "
              "een orthopedagoog of psycholoog."),
        ("h1", "7. Doorlopende lijnen en terugplaatsing"),
        ("p", "Heideland wil dat het vso voor zoveel mogelijk leerlingen een tussenstation is en geen eindstation. "
              "Ons beleid is dat iedere vso-leerling bij wie het OPP daar aanleiding toe geeft, een reële kans "
              "krijgt om terug te keren naar het regulier vo, zonder dat de leerling daarvoor eerst een volledig "
              "schooljaar foutloos moet doorlopen. Voorwaarden zijn dat de leerling het niveau van de "
              "basisondersteuning plus een arrangement van niveau 2 aankan en dat de ontvangende school een "
              "passende stroom heeft. Na terugkeer krijgt iedere leerling een terugkeerarrangement: gedurende zes "
              "maanden begeleidt een ambulant begeleider van de vso-school leerling en mentor, bekostigd door het "
              "verband."),
        ("p", "De procedure verloopt als volgt. De vso-school evalueert het OPP van iedere leerling twee keer per "
              "jaar. Blijkt uit de evaluatie dat terugkeer haalbaar is, of breekt het laatste jaar van de TLV aan, "
              "dan belegt de vso-school vóór 1 maart een terugkeergesprek met ouders, leerling, de consulent van "
              "Heideland en een vertegenwoordiger van de beoogde school. De consulent stelt binnen twee weken een "
              "overstapadvies op; de ontvangende school besluit over inschrijving, en bij verschil van inzicht "
              "beslist de directeur-bestuurder welke school de leerling plaatst. De TLV eindigt op de dag van "
              "inschrijving op de reguliere school."),
        ("p", "In schooljaar 2024-2025 keerden 27 leerlingen terug uit het vso, van wie 22 na een jaar nog op de "
              "reguliere school stonden ingeschreven. Wij rapporteren deze cijfers jaarlijks in het jaarverslag."),
        ("h1", "8. Opbrengsten en kwaliteit"),
        ("p", "De tabel hieronder bevat de beoogde resultaten voor leerlingen met extra ondersteuning, de "
              "nulmeting en de manier waarop wij meten."),
        ("table", [["Beoogd resultaat 2030", "Nulmeting 2025", "Meetinstrument", "Frequentie / rapportage"],
                   ["Max. 15 thuiszitters langer dan 4 weken", "34", "Verzuimregistratie leerplicht",
                    "Elk kwartaal aan bestuur, jaarverslag"],
                   ["85% OPDC-leerlingen terug in regulier vo of mbo binnen 2 jaar", "71%",
                    "Volgsysteem Heideland", "Jaarlijks, kwaliteitsdialoog met scholen"],
                   ["90% vso-leerlingen bereikt uitstroombestemming uit OPP", "83%", "Uitstroomregistratie vso",
                    "Jaarlijks, jaarverslag"],
                   ["Ouders waarderen ondersteuning met gemiddeld 7,5", "7,0", "Oudertevredenheidspeiling",
                    "Tweejaarlijks"]]),
        ("p", "De resultaten bespreken wij twee keer per jaar met iedere schoolleider in een kwaliteitsdialoog. "
              "Het bestuur stelt op basis daarvan zo nodig de koers bij."),
        ("h1", "9. Financiën"),
        ("p", "Het financieel beleid, het verdeelmodel en de meerjarenbegroting van Heideland zijn opgenomen in het "
              "afzonderlijke document Financieel kader 2026-2030, dat jaarlijks door het bestuur wordt "
              "geactualiseerd. Dat document maakt geen deel uit van dit plan."),
        ("h1", "10. Ouders en leerlingen"),
        ("p", "Ouders hebben een belangrijke rol bij de ondersteuning van hun kind. Zij worden betrokken bij het "
              "opstellen van het OPP en tekenen voor akkoord op het handelingsdeel. Leerlingen hebben hoorrecht: "
              "zij geven hun mening over hun OPP en die mening wordt vastgelegd."),
        ("p", "Een communicatieplan richting ouders over de ondersteuningsmogelijkheden in de regio wordt in "
              "schooljaar 2026-2027 opgesteld."),
        ("p", "Ouders en leerlingen die onafhankelijk advies willen of het niet eens zijn met een besluit, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Heideland, dat onafhankelijk van het verband werkt en "
              "gratis is. Daarnaast zijn de onderwijsconsulenten beschikbaar, en kunnen ouders een klacht indienen "
              "bij de onafhankelijke klachtencommissie of een geschil voorleggen aan de Geschillencommissie "
              "passend onderwijs."),
    ]
    b += f_oogo(c, coop=False) + f_governance(c) + f_opr(c, True) + f_personeel(c) + f_ict(c)
    b += f_aansluiting(c) + f_planning(c) + f_glossary(GLOSS_VO)
    return b


LAB_C = dict(
    documents=["vo-heideland-op-2026-2030.pdf"], sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": False,
              "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False, "dekkend-aanbod.continuum": True,
              "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": [], "plaatsing": ["deskundigen"], "terugstroom": ["monitoring"],
              "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "5.1 defines the common minimum for every vestiging and lists concrete provisions.",
           "plaatsing": "Ch. 6 gives vso/lwoo/pro criteria and two deskundigen, but the procedure is deferred to a Toewijzingsreglement 'in het najaar van 2026'.",
           "terugstroom": "Ch. 7 'Doorlopende lijnen': policy (aims, conditions, terugkeerarrangement) and procedure (evaluation, 1 maart, decision, TLV end), figures.",
           "financien": "Ch. 9 only refers to a separate 'Financieel kader' that is not part of the plan; no verdeling or begroting in body.",
           "dekkend-aanbod": "Ch. 5 four levels + table of voorzieningen (continuum); gap handling deferred to notitie 'Sluitend netwerk' 2026-2027.",
           "resultaten": "Ch. 8 goals, nulmeting and monitoring only in a table, plus kwaliteitsdialoog twice a year.",
           "ouders": "Ch. 10: steunpunt, onderwijsconsulenten, klachten present; informing parents deferred to a communicatieplan 2026-2027."})

# --------------------------------------------------------------------------------------------
# Plan D: large VO verband, HTML web version.
# --------------------------------------------------------------------------------------------
CD = dict(wet="WVO, artikel 17a / WVO 2020", speciaal="het vso, het praktijkonderwijs en het lwoo", naam="Samenwerkingsverband Voortgezet Onderwijs Kanaalzone", periode="2026-2030", nscholen=38,
          regio="Kanaalzone", gemeenten="Sluisstad, Nieuwe Vaart, Dokkerveen en Brugwaard",
          bestuurder="A. el Idrissi", plaats="Sluisstad", datum="28 maart 2026", inwoners="265.000",
          nbesturen=11, sector="vo",
          context_rows=[["Vestigingen regulier vo", "34"], ["Vso-scholen", "4"],
                        ["Leerlingen (1 oktober 2025)", "24.960"], ["Scholen met lwoo", "15"],
                        ["Praktijkscholen", "3"]],
          rechtsvorm="stichting (VO 27-05)", govmodel="raad-van-toezichtmodel",
          toezicht="een raad van toezicht van zes leden", opr_datum="24 maart 2026", vast_datum="28 maart 2026",
          oogo_datum="5 maart 2026", ander_swv="PO Kanaalzone (PO 27-04)", fte="29")


def plan_d():
    c = CD
    b = [("title", "Ondersteuningsplan 2026-2030 — webversie"),
         ("subtitle", "Samenwerkingsverband Voortgezet Onderwijs Kanaalzone (VO 27-05)"),
         ("toc", ["Voorwoord", "Inleiding", "Terugblik", "De regio in beeld", "Missie, visie en ambities",
                  "Basisondersteuning", "Toelaatbaarheid: vso, lwoo en pro", "Terugplaatsing",
                  "Thuiszitters en sluitende aanpak", "Resultaten en kwaliteitszorg", "Bekostiging en begroting",
                  "Communicatie", "Samenwerking met gemeenten", "Organisatie", "Medezeggenschap",
                  "Personeel", "ICT", "Planning", "Begrippenlijst"])]
    b += f_voorwoord(c) + f_inleiding(c) + f_terugblik(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "5. Basisondersteuning"),
        ("p", "In de vorige planperiode werkte iedere school met een eigen invulling van de basisondersteuning. Dat "
              "leidde tot grote verschillen. Het nieuwe referentiekader basisondersteuning Kanaalzone wordt in "
              "schooljaar 2026-2027 samen met de scholen opgesteld en na instemming van de OPR als aanvulling op dit "
              "plan vastgesteld. Tot die tijd geldt wat scholen zelf in hun schoolgids beschrijven."),
        ("h1", "6. Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "6.1 Procedure"),
        ("p", "Stap 1. De school van inschrijving (bij nieuwe leerlingen de school van aanmelding) dient een "
              "aanvraag in via het digitale aanvraagportaal van de Toelaatbaarheidscommissie Kanaalzone. Stap 2. "
              "Het secretariaat controleert binnen vijf werkdagen of het dossier compleet is: OPP met evaluaties, "
              "verslag van het ondersteuningsteam, zienswijze van ouders en leerling, en voor lwoo/pro de "
              "testgegevens. Stap 3. Twee deskundigen, een orthopedagoog of gz-psycholoog en een tweede deskundige "
              "(jeugdarts, maatschappelijk werker of psychiater), brengen ieder een eigen schriftelijk advies uit. "
              "Stap 4. De Toelaatbaarheidscommissie besluit namens het bestuur binnen zes weken na ontvangst van "
              "het complete dossier; voor lwoo en pro van aankomende brugklassers uiterlijk op 1 juni. Stap 5. "
              "Ouders en school ontvangen het besluit met een kopie van de adviezen."),
        ("h2", "6.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar de mogelijkheden binnen de "
              "eigen school en een bovenschools traject heeft benut, (b) de deskundigen vaststellen dat de "
              "ondersteuningsbehoefte op het gebied van leren, gedrag of lichamelijke gezondheid structureel "
              "intensiever is dan een reguliere school kan bieden, en (c) ouders zijn gehoord. Voor lwoo gelden de "
              "landelijke criteria (IQ 75-90 met leerachterstand 1,5-3 jaar op twee domeinen, of IQ 91-120 met "
              "leerachterstand en sociaal-emotionele problematiek); voor pro IQ 55-80 met een leerachterstand van "
              "minimaal drie jaar op twee domeinen."),
        ("h2", "6.3 Duur, categorie en bezwaar"),
        ("p", "Een TLV vso geldt voor twee schooljaren en bij structurele problematiek voor maximaal vier jaar, met "
              "de bekostigingscategorie laag, midden of hoog. Ouders kunnen binnen zes weken bezwaar maken; het "
              "bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "7. Terugplaatsing"),
        ("p", "Kanaalzone ziet het vso als een plek waar leerlingen kunnen groeien, en waar het kan weer "
              "doorstromen. Ons uitgangspunt is dat terugkeer naar het regulier vo wordt overwogen voor iedere "
              "leerling die twee opeenvolgende OPP-evaluaties positief heeft afgesloten. Terugkeer vindt alleen "
              "plaats als ouders en leerling daarmee instemmen en als er een school is met een passend profiel. "
              "Na terugkeer heeft de leerling recht op een nazorgarrangement van ten minste een half jaar, uit te "
              "voeren door de vso-school. Het draaiboek terugplaatsing, met stappen, rollen en momenten, is nog in "
              "ontwikkeling en wordt na afstemming met de vso-directeuren gepubliceerd."),
        ("h1", "8. Thuiszitters en sluitende aanpak"),
        ("p", "Thuiszitten is voor ieder kind er één te veel. Scholen melden elke leerling die vier weken of langer "
              "geheel of gedeeltelijk verzuimt bij het Meldpunt Thuiszitters Kanaalzone. De Thuiszitterstafel, "
              "met leerplicht, jeugdhulp, het verband en de school, komt iedere maand bijeen en maakt per leerling "
              "een plan met een termijn. Lukt het niet binnen acht weken, dan schaalt de tafel op naar de "
              "directeur-bestuurder, die doorzettingsmacht heeft en een school of voorziening kan aanwijzen. De "
              "zorgplicht blijft bij de school van aanmelding. Elk halfjaar analyseren het verband en de gemeenten "
              "de casuïstiek om te zien waar aanbod ontbreekt, en leggen zij het bestuur een voorstel voor."),
        ("h1", "9. Resultaten en kwaliteitszorg"),
        ("p", "Het verband verzamelt twee keer per jaar, per 1 oktober en 1 maart, gegevens over thuiszitters, "
              "verwijzingen, uitstroom uit het vso en doorstroom uit bovenschoolse trajecten. De analyses worden "
              "besproken in het directeurenoverleg en in een jaarlijkse kwaliteitsdialoog met ieder schoolbestuur. "
              "Over de bereikte resultaten rapporteert het verband in het jaarverslag, dat vóór 1 juli wordt "
              "gepubliceerd en met de OPR wordt besproken. Externe audits door een collega-verband vinden eens per "
              "twee jaar plaats."),
        ("p", "De beoogde resultaten voor deze planperiode stellen wij vast na de nulmeting in het najaar van 2026. "
              "Zij worden opgenomen in het jaarplan 2027."),
        ("h1", "10. Bekostiging en begroting"),
        ("p", "De ondersteuningsmiddelen worden verdeeld op basis van leerlingaantallen en ondersteuningsbehoefte. "
              "Iedere school ontvangt een basisbedrag van € 95 per leerling (teldatum 1 oktober t-1). Daarnaast "
              "ontvangt een school € 2.400 per leerling met een actief OPP, tot een maximum van 4% van het "
              "leerlingaantal. Scholen vragen bovenschoolse trajecten aan bij het verband; die worden centraal "
              "betaald. De directeur-bestuurder stelt de schoolbudgetten jaarlijks vóór 1 juni vast."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "22.610", "22.340", "22.120", "21.900"],
                   ["Afdracht vso (DUO)", "9.850", "9.760", "9.680", "9.600"],
                   ["Lwoo en pro", "6.210", "6.150", "6.080", "6.020"],
                   ["Schoolbudgetten", "4.620", "4.560", "4.500", "4.450"],
                   ["Thuiszitterstafel en meldpunt", "310", "310", "310", "310"],
                   ["Bureau", "1.420", "1.440", "1.460", "1.480"],
                   ["Resultaat", "200", "120", "90", "40"]]),
        ("p", "Het verband hanteert een signaleringswaarde voor de reserve van 6% van de baten. Eind 2025 lag de "
              "reserve daar net onder."),
        ("h1", "11. Communicatie"),
        ("p", "Goede communicatie is de basis van samenwerking. Het verband communiceert met scholen, ouders en "
              "partners via verschillende kanalen. Voor schoolleiders en ondersteuningscoördinatoren verschijnt "
              "maandelijks een nieuwsbrief. Besturen ontvangen elk kwartaal een managementrapportage. Gemeenten "
              "worden via het bestuurlijk overleg op de hoogte gehouden. Het verband is actief op LinkedIn en "
              "publiceert beleidsstukken op de website."),
    ]
    b += f_oogo(c, coop=True) + f_governance(c) + f_opr(c, False) + f_personeel(c) + f_ict(c)
    b += f_aansluiting(c) + f_planning(c) + f_glossary(GLOSS_VO)
    return b


LAB_D = dict(
    documents=["vo-kanaalzone-op-2026-2030.html"], sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
              "plaatsing.criteria": True, "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": False,
              "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": [], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": [], "ouders": []},
    notes={"basisondersteuning": "Ch. 5 only defers: referentiekader 'wordt in schooljaar 2026-2027 opgesteld'; definition only in begrippenlijst.",
           "plaatsing": "Ch. 6 stepwise procedure (stap 1-5, commissie, termijnen), vso/lwoo/pro criteria, deskundigen, duration/category, bezwaar.",
           "terugstroom": "Ch. 7 policy (uitgangspunt, voorwaarden, nazorgarrangement); draaiboek with steps 'nog in ontwikkeling'.",
           "financien": "Ch. 10 'Bekostiging en begroting': per-leerling and per-OPP amounts, begroting table, reserve signal value.",
           "dekkend-aanbod": "Ch. 8 thuiszitters meldpunt, tafel, doorzettingsmacht, gap analysis; no description of the set of provisions.",
           "resultaten": "Ch. 9 describes data collection, dialogue, jaarverslag (monitoring); beoogde resultaten deferred to after nulmeting 2026.",
           "ouders": "Ch. 11 'Communicatie' names ouders only in passing; no information route or independent steunpunt (TLV bezwaar in 6.3 counts for plaatsing); footer link only."})

# --------------------------------------------------------------------------------------------
# Plan E: PO verband, .docx
# --------------------------------------------------------------------------------------------
CE = dict(wet="WPO, artikel 18a", speciaal="het sbo en het so", naam="Samenwerkingsverband Passend Primair Onderwijs De Vaart", periode="2026-2030", nscholen=58,
          regio="De Vaart", gemeenten="Vaartdorp, Molenhoek en Polderwijk", bestuurder="E. Veldhuis",
          plaats="Vaartdorp", datum="9 april 2026", inwoners="142.000", nbesturen=9, sector="po",
          context_rows=[["Basisscholen", "54"], ["Sbo-scholen", "2"], ["So-scholen (cluster 3 en 4)", "2"],
                        ["Leerlingen (1 oktober 2025)", "12.870"]],
          rechtsvorm="stichting (PO 26-09)", govmodel="raad-van-toezichtmodel",
          toezicht="een raad van toezicht van vijf leden", opr_datum="2 april 2026", vast_datum="9 april 2026",
          oogo_datum="20 maart 2026", ander_swv="VO De Vaart (VO 26-10)", fte="12")


def plan_e():
    c = CE
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs De Vaart (PO 26-09)"),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1. Inleiding", "2. Terugblik", "3. De regio in beeld", "4. Missie en visie",
                  "5. Basisondersteuning", "6. Toewijzing sbo en so", "7. Leerlingen in beeld",
                  "8. Middelen", "9. Ouders", "10. Organisatie", "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_terugblik(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "5. Basisondersteuning"),
        ("p", "Alle 54 basisscholen in De Vaart hebben zich gecommitteerd aan één gezamenlijk niveau van "
              "basisondersteuning. Dat niveau is de ondergrens voor iedere schoollocatie en geldt voor alle "
              "besturen. Ouders mogen op iedere basisschool in onze regio het volgende verwachten:"),
        ("table", [["Onderdeel", "Wat ouders mogen verwachten"],
                   ["Intern begeleider", "Minimaal 1 dag per week per 200 leerlingen, aanspreekpunt voor ouders"],
                   ["Groepsplan / HGW", "Drie niveaus van instructie in iedere groep; groepsbespreking 3x per jaar"],
                   ["Lezen en rekenen", "Dyslexieprotocol; vroegsignalering rekenproblemen vanaf groep 3"],
                   ["Gedrag", "Schoolbreed programma sociale veiligheid; pestprotocol; time-outafspraken"],
                   ["Meer- en hoogbegaafdheid", "Verrijking en compacten in de eigen groep"],
                   ["Medisch", "Protocol medicijnverstrekking en medisch handelen"],
                   ["Ondersteuningsteam", "Vier keer per jaar met schoolmaatschappelijk werk en jeugdverpleegkundige"]]),
        ("p", "Het verband toetst eens per twee jaar met een schoolbezoek en een vragenlijst of scholen deze "
              "basisondersteuning leveren. De uitkomsten bespreekt de directeur-bestuurder met het schoolbestuur; "
              "bij tekortkomingen maakt het bestuur binnen een half jaar een verbeterplan."),
        ("h1", "6. Toewijzing sbo en so"),
        ("p", "De werkwijze voor het aanvragen van een toelaatbaarheidsverklaring voor sbo en so is beschreven in "
              "het Handboek Toewijzing De Vaart. Dat handboek is te vinden op onze website en wordt jaarlijks "
              "geactualiseerd."),
        ("h1", "7. Leerlingen in beeld"),
        ("h2", "7.1 Onze resultaten"),
        ("p", "Wij willen dat leerlingen met extra ondersteuning zich ontwikkelen volgens hun "
              "ontwikkelingsperspectief. Voor de planperiode hebben wij de volgende beoogde resultaten "
              "vastgesteld: ten minste 85% van de leerlingen met een OPP bereikt de uitstroombestemming die in "
              "groep 6 is vastgesteld; het aantal leerlingen dat het schooljaar zonder passend aanbod thuis "
              "doorbrengt daalt naar nul; ten minste 20 leerlingen per jaar stromen vanuit sbo of so terug naar "
              "het basisonderwijs."),
        ("p", "Scholen leveren jaarlijks op 1 juli de gegevens aan over OPP-leerlingen en uitstroom. Het verband "
              "verwerkt die in een monitor per school en voor de regio als geheel. In het najaar bespreekt de "
              "directeur-bestuurder de monitor met ieder schoolbestuur; in het jaarverslag staan de bereikte "
              "resultaten naast de beoogde, met een toelichting waar de cijfers afwijken."),
        ("h2", "7.2 Terug naar de basisschool"),
        ("p", "Wij vinden dat een plaatsing in sbo of so geen eindstation hoeft te zijn. Het beleid van De Vaart "
              "is dat bij iedere leerling in sbo of so jaarlijks wordt bekeken of terugkeer naar een basisschool "
              "dichter bij huis mogelijk is. Terugkeer is het doel wanneer de leerling de basisondersteuning met "
              "een beperkte aanvulling kan volgen. Na terugkeer ontvangt de basisschool een terugkeerbudget van "
              "€ 3.500 voor een jaar begeleiding door de sbo- of so-school, en blijft de leerling een jaar in "
              "beeld bij de consulent van het verband."),
        ("p", "Werkwijze: de sbo- of so-school bespreekt in de jaarlijkse OPP-evaluatie in maart met ouders of "
              "terugkeer haalbaar is. Bij een positief advies neemt de intern begeleider van de sbo- of so-school "
              "contact op met een basisschool naar keuze van de ouders; beide scholen stellen samen met de "
              "consulent een overstapplan op. De basisschool besluit over toelating binnen zes weken. In het "
              "laatste jaar van de TLV is deze bespreking altijd verplicht; de TLV vervalt op de dag van "
              "inschrijving op de basisschool."),
        ("h1", "8. Middelen"),
        ("p", "Het verdeelmodel wordt in 2026-2027 herijkt. De criteria waarmee de middelen over de scholen "
              "worden verdeeld, volgen na besluitvorming in het bestuur en worden daarna aan dit plan toegevoegd."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "11.940", "11.810", "11.700", "11.620"],
                   ["Afdracht so (DUO)", "4.210", "4.180", "4.150", "4.120"],
                   ["Sbo boven 2%", "960", "940", "920", "900"],
                   ["Middelen naar basisscholen", "5.480", "5.420", "5.380", "5.350"],
                   ["Terugkeerbudgetten", "70", "70", "70", "70"],
                   ["Bureau en consulenten", "1.190", "1.200", "1.210", "1.220"],
                   ["Resultaat", "30", "0", "-30", "-40"]]),
        ("p", "Het weerstandsvermogen van het verband ligt op 7%. Scholen verantwoorden de besteding van de "
              "middelen jaarlijks in hun jaarverslag."),
        ("h1", "9. Ouders"),
        ("p", "Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via de schoolgids van iedere school, "
              "waarin een hoofdstuk over passend onderwijs is opgenomen, en via de ouderpagina op de website van "
              "het verband. Bij de start van een OPP krijgen ouders de brochure 'Extra ondersteuning in De Vaart'. "
              "Het verband organiseert twee keer per jaar een ouderavond in wisselende gemeenten."),
        ("p", "Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt De Vaart, dat "
              "telefonisch en via een inloopspreekuur bereikbaar is en los staat van scholen en verband. Ook de "
              "onderwijsconsulenten en de klachtenregeling van de besturen staan voor ouders open."),
    ]
    b += f_oogo(c, coop=False) + f_governance(c) + f_opr(c, True) + f_personeel(c) + f_ict(c)
    b += f_aansluiting(c) + f_planning(c)
    b += f_glossary([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle basisscholen."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen voor alle kinderen."],
        ["Sbo", "Speciaal basisonderwijs."],
        ["So", "Speciaal onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so."],
        ["Toelaatbaarheidscriteria", "De criteria op grond waarvan een TLV wordt afgegeven."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["OPR", "Ondersteuningsplanraad."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Verdeelmodel", "Afspraken over hoe ondersteuningsmiddelen over de scholen worden verdeeld."]])
    return b


LAB_E = dict(
    documents=["po-de-vaart-op-2026-2030.docx"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": False,
              "plaatsing.criteria": False, "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True, "dekkend-aanbod.continuum": False,
              "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 5 common minimum for every schoollocatie; content only in a table; two-yearly check as borging.",
           "plaatsing": "Ch. 6 only refers to the Handboek Toewijzing on the website; TLV appears otherwise only in glossary/passing.",
           "terugstroom": "Hidden in ch. 7.2 'Terug naar de basisschool' under 'Leerlingen in beeld': policy, terugkeerbudget, steps and TLV end.",
           "financien": "Ch. 8 'Middelen': meerjarenbegroting with amounts, but verdeelmodel criteria deferred ('volgen na besluitvorming').",
           "dekkend-aanbod": "No continuum or gap/thuiszitters handling; only glossary, OOGO agenda mention and a target in 7.1 (a goal, not a way of handling gaps).",
           "resultaten": "Ch. 7.1 'Onze resultaten' under 'Leerlingen in beeld': numeric goals, yearly monitor, jaarverslag.",
           "ouders": "Ch. 9: schoolgids, ouderpagina, brochure, ouderavond; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtenregeling."})

# --------------------------------------------------------------------------------------------
# Near miss F: school-level "ondersteuningsplan" of one VO school (not an SWV plan), PDF
# --------------------------------------------------------------------------------------------


def doc_f():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("subtitle", "Het Baken College — vmbo, havo, vwo — locatie Havenstad"),
         ("p", "Aangesloten bij Samenwerkingsverband VO Zuidkust (VO 28-07)"),
         ("toc", ["1. Inleiding", "2. Visie op ondersteuning", "3. Basisondersteuning op Het Baken",
                  "4. Zorgniveaus en ondersteuningsstructuur", "5. Extra ondersteuning en arrangementen",
                  "6. Aanvragen bij het samenwerkingsverband (TLV, lwoo)", "7. Terugkeer uit de Rebound",
                  "8. Ouders", "9. Budget en formatie", "10. Evaluatie en resultaten", "11. Jaarplanning"])]
    b += [
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College in schooljaar 2025-2026 de ondersteuning "
              "van leerlingen organiseert. Het plan is bedoeld voor mentoren, docenten, het ondersteuningsteam en "
              "de medezeggenschapsraad. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij "
              "het ondersteuningsplan van het samenwerkingsverband VO Zuidkust. Het plan wordt ieder jaar in juni "
              "geëvalueerd door de ondersteuningscoördinator en vastgesteld door de schoolleiding, na advies van de "
              "MR."),
        ("p", "Het Baken telt 1.480 leerlingen, verdeeld over vmbo-basis/kader (lwoo), vmbo-tl, havo en vwo. Ruim "
              "180 leerlingen hebben een aanwijzing lwoo en 62 leerlingen hebben een OPP."),
        ("h1", "2. Visie op ondersteuning"),
        ("p", "Op Het Baken is iedere docent een docent voor alle leerlingen. De mentor is de spil: hij of zij kent "
              "de leerling, signaleert vroeg en schakelt het ondersteuningsteam in als dat nodig is. Wij werken "
              "handelingsgericht en gaan uit van wat de leerling nodig heeft. Ouders zijn partners; zonder hen "
              "kunnen wij leerlingen niet goed ondersteunen."),
        ("h1", "3. Basisondersteuning op Het Baken"),
        ("p", "Het samenwerkingsverband heeft met alle scholen afgesproken welke basisondersteuning iedere school "
              "biedt. Op Het Baken betekent dat onder meer: een mentoruur per week, twee voortgangsgesprekken per "
              "jaar, een dyslexie- en dyscalculieprotocol, faalangsttraining in leerjaar 1 en 2, een time-outruimte "
              "(Het Kompas) en een ondersteuningsteam dat iedere zes weken vergadert."),
        ("h1", "4. Zorgniveaus en ondersteuningsstructuur"),
        ("table", [["Zorgniveau", "Wie", "Wat"],
                   ["Niveau 0", "Docent", "Goed lesgeven, differentiatie in de les"],
                   ["Niveau 1", "Mentor", "Signaleren, gesprek met leerling en ouders, leerlingbespreking"],
                   ["Niveau 2", "Zorgcoördinator / leerlingbegeleider", "Begeleidingsgesprekken, trainingen"],
                   ["Niveau 3", "Ondersteuningsteam (OT)", "Jeugdarts, schoolmaatschappelijk werk, leerplicht"],
                   ["Niveau 4", "Samenwerkingsverband / externe partners", "Arrangement, Rebound, TLV-aanvraag"]]),
        ("p", "Leerlingbesprekingen vinden drie keer per jaar plaats per klas, na elke rapportperiode. De "
              "zorgcoördinator zit de besprekingen voor en bewaakt de afspraken in het leerlingvolgsysteem. "
              "Groepsbesprekingen in de onderbouw richten zich op de sfeer in de klas en de aanpak van de docenten."),
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Leerlingen die meer nodig hebben dan de basisondersteuning kunnen een arrangement krijgen. Het Baken "
              "biedt: de Plusklas voor leerlingen met autisme (maximaal 14 leerlingen per leerjaar), coaching door "
              "een gedragsspecialist, een huiswerkklas en de Steunlijn, waarin leerlingen met angstklachten een "
              "aangepast rooster volgen. Arrangementen worden vastgelegd in het OPP en na tien weken geëvalueerd."),
        ("h1", "6. Aanvragen bij het samenwerkingsverband"),
        ("p", "Wanneer de school onvoldoende kan bieden, vraagt de ondersteuningscoördinator namens de school een "
              "plaatsing in de Rebound of OPDC De Brug aan, of een toelaatbaarheidsverklaring voor het vso. De "
              "procedure en de criteria van het samenwerkingsverband zijn leidend; de school zorgt voor een "
              "volledig dossier, met OPP, verslagen van het OT en de zienswijze van ouders. Lwoo-aanvragen voor "
              "nieuwe brugklassers worden in maart voorbereid door de toelatingscommissie van de school en vóór "
              "1 mei ingediend."),
        ("h1", "7. Terugkeer uit de Rebound"),
        ("p", "Een leerling die in de Rebound zit, blijft ingeschreven op Het Baken. Twee weken voor het einde van "
              "het traject is er een terugkeergesprek met leerling, ouders, mentor en de Rebound-begeleider. De "
              "mentor begeleidt de leerling de eerste zes weken na terugkeer met een wekelijks gesprek."),
        ("h1", "8. Ouders"),
        ("p", "Ouders worden door de mentor geïnformeerd zodra er zorgen zijn over hun kind. Ouders worden "
              "uitgenodigd voor het OT als hun kind besproken wordt en tekenen voor het OPP. In de schoolgids staat "
              "een hoofdstuk over ondersteuning. Ouders die het niet eens zijn met de school, kunnen terecht bij de "
              "klachtencontactpersoon, het Ouder- en Jeugdsteunpunt Zuidkust of de onderwijsconsulenten."),
        ("h1", "9. Budget en formatie"),
        ("p", "Het Baken ontvangt van het samenwerkingsverband in 2025 een schoolbudget van € 233.000. Daarvan "
              "besteden wij € 120.000 aan de Plusklas, € 58.000 aan de gedragsspecialist, € 35.000 aan de Steunlijn "
              "en € 20.000 aan trainingen. De formatie voor ondersteuning bedraagt 4,2 fte, waaronder 1,0 fte "
              "zorgcoördinator en 0,8 fte orthopedagoog. De school verantwoordt de besteding jaarlijks aan het "
              "samenwerkingsverband."),
        ("h1", "10. Evaluatie en resultaten"),
        ("p", "Doelen voor dit schooljaar: 90% van de OPP-leerlingen haalt de doelen uit het OPP; het verzuim in "
              "de onderbouw daalt met 10%; geen enkele leerling zit langer dan twee weken thuis zonder plan. De "
              "ondersteuningscoördinator rapporteert in februari en juni aan de schoolleiding."),
        ("h1", "11. Jaarplanning"),
        ("table", [["Maand", "Activiteit"], ["september", "Kennismakingsgesprekken mentor-ouders"],
                   ["november", "Leerlingbesprekingen ronde 1"], ["februari", "Leerlingbesprekingen ronde 2, "
                    "tussenrapportage"], ["maart", "Voorbereiding lwoo-aanvragen"],
                   ["juni", "Leerlingbesprekingen ronde 3, evaluatie ondersteuningsplan"]]),
        ("p", "Dit plan is besproken in de MR op 24 september 2025 en vastgesteld door de schoolleiding op "
              "1 oktober 2025."),
    ]
    # some extra school-level prose so the near-miss is a realistic length
    b += [("h1", "Bijlage: taken en rollen"),
          ("p", "Mentor: eerste aanspreekpunt voor leerling en ouders, voert voortgangsgesprekken, signaleert en "
                "bespreekt zorgen in de leerlingbespreking. Zorgcoördinator: coördineert de ondersteuning, zit de "
                "leerlingbesprekingen en het OT voor, onderhoudt contact met het samenwerkingsverband en externe "
                "partners. Orthopedagoog: voert onderzoek uit, adviseert docenten en stelt samen met de mentor het "
                "OPP op. Leerlingbegeleider: voert begeleidingsgesprekken en geeft trainingen. Decaan: begeleidt "
                "loopbaankeuzes en de overstap naar mbo of hoger onderwijs. Schoolleiding: stelt dit plan vast en "
                "is verantwoordelijk voor de formatie en het budget.")]
    return b


LAB_F = dict(
    documents=["vo-het-baken-school-ondersteuningsplan.pdf"], sector="vo", looks_like_plan=False,
    note="School-level 'ondersteuningsplan' of one VO school (zorgniveaus, leerlingbesprekingen, MR, schoolbudget); "
         "it is affiliated with an SWV but is not the ondersteuningsplan of a samenwerkingsverband.")

# --------------------------------------------------------------------------------------------
# Label writer
# --------------------------------------------------------------------------------------------
CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]
EL_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(lab, name):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {q(lab['note'])}"]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in EL_ORDER) + "}")
        lines.append("criteria:")
        for k in CRIT_ORDER:
            lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for e in EL_ORDER:
            lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
        lines.append("notes:")
        for e in EL_ORDER:
            lines.append(f"  {e}: {q(lab['notes'][e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hdr = "Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen"

    a = OUT / "vo-zuidkust-op-2026-2030.docx"
    render_docx(plan_a(), a, header="SWV VO Zuidkust | " + hdr, footer="Ondersteuningsplan Zuidkust - pagina")
    write_label(LAB_A, "vo-zuidkust-op-2026-2030")

    bd = OUT / "vo-rivierenland-oost-op.docx"
    render_docx(plan_b(), bd, header="SWV VO Rivierenland-Oost | terugplaatsing - resultaten - ouders",
                footer="Ondersteuningsplan 2026-2030")
    docx_to_pdf(bd, OUT / "vo-rivierenland-oost-op.pdf")
    write_label(LAB_B, "vo-rivierenland-oost-op")

    write_docx_as_pdf_only(plan_c(), OUT / "vo-heideland-op-2026-2030.pdf",
                           header="Ondersteuningsplan Heideland | financiën - dekkend aanbod - ouders",
                           footer="SWV VO Heideland (VO 25-11)")
    write_label(LAB_C, "vo-heideland-op-2026-2030")

    render_html(plan_d(), OUT / "vo-kanaalzone-op-2026-2030.html", "Ondersteuningsplan 2026-2030 | SWV VO Kanaalzone",
                header="Home > Over ons > Ondersteuningsplan > basisondersteuning | ouders | resultaten",
                footer="Samenwerkingsverband VO Kanaalzone - ouders en jeugdsteunpunt - contact - privacy")
    write_label(LAB_D, "vo-kanaalzone-op-2026-2030")

    render_docx(plan_e(), OUT / "po-de-vaart-op-2026-2030.docx",
                header="SWV PPO De Vaart | Ondersteuningsplan 2026-2030 | toelaatbaarheid sbo/so - dekkend aanbod",
                footer="PO 26-09")
    write_label(LAB_E, "po-de-vaart-op-2026-2030")

    write_docx_as_pdf_only(doc_f(), OUT / "vo-het-baken-school-ondersteuningsplan.pdf",
                           header="Het Baken College | Ondersteuningsplan 2025-2026", footer="Intern document")
    write_label(LAB_F, "vo-het-baken-school-ondersteuningsplan")


if __name__ == "__main__":
    main()
