#!/usr/bin/env python3
"""Generate the holdout145 test set: five fictional ondersteuningsplannen (VO-heavy, one PO)
and one near-miss document (a school's schoolondersteuningsprofiel), plus nothing else.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
Label files (*.expected.yaml) are written by hand next to the documents; this script does
not touch them.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------

def render_docx(blocks, path, header_text, core_title):
    doc = Document()
    doc.core_properties.title = core_title
    doc.core_properties.author = "opcheck holdout145 (fictief)"
    # fixed timestamps keep the output deterministic
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = core_title
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for kind, content in blocks:
        if kind == "title":
            for i, line in enumerate(content):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in content:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "h3":
            doc.add_heading(content, level=3)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in content:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(content):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = cell
                    if ri == 0:
                        for r in t.cell(ri, ci).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed member timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, page_title, nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(page_title)}</title>", "</head>", "<body>", "<header>",
           '<nav class="hoofdmenu"><ul>']
    for label, href in nav:
        out.append(f'<li><a href="{e(href)}">{e(label)}</a></li>')
    out += ["</ul></nav>", "</header>", "<main>"]
    for kind, content in blocks:
        if kind == "title":
            out.append(f"<h1>{e(content[0])}</h1>")
            for line in content[1:]:
                out.append(f'<p class="subtitel">{e(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="inhoud"><h2>Op deze pagina</h2><ul>')
            for line in content:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul></aside>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{e(content)}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(content)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in content) + f"</{kind}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in content[0]) + "</tr>")
            for row in content[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out += ["</main>", "<footer>", f"<p>{e(page_title)} &middot; Privacyverklaring &middot; Cookies &middot; Contact</p>",
            "</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, pdf_path, header_text, core_title):
    tmp = Path(tempfile.mkdtemp(prefix="holdout145_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, core_title)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, content in blocks:
        if isinstance(content, str):
            n += len(content.split())
        else:
            for item in content:
                if isinstance(item, str):
                    n += len(item.split())
                else:
                    n += sum(len(c.split()) for c in item)
    return n


# ---------------------------------------------------------------------------------------------
# Plan A - VO, .docx - Samenwerkingsverband VO Lingestroom (fictief), 2026-2030
# ---------------------------------------------------------------------------------------------

def plan_a():
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Voortgezet Onderwijs Lingestroom (VO 26-11)",
                        "Samen zorgen voor passend onderwijs in de regio Lingedal, Oudewaard en Bommelerveld",
                        "Vastgesteld door het algemeen bestuur op 16 april 2026",
                        "Instemming ondersteuningsplanraad: 9 april 2026"]))
    B.append(("toc", [
        "Voorwoord",
        "1 Inleiding en leeswijzer",
        "2 Ons samenwerkingsverband",
        "3 Visie, missie en ambities",
        "4 Basisondersteuning: wat elke school biedt",
        "5 Extra ondersteuning en het dekkend aanbod",
        "6 Toelaatbaarheid: vso, lwoo en praktijkonderwijs",
        "7 Thuiszitters en verzuim",
        "8 Samenwerking met gemeenten en jeugdhulp",
        "9 Communicatie",
        "10 Kwaliteit en resultaten",
        "11 Geld en middelen",
        "12 Personeel en professionalisering",
        "13 Organisatie, governance en medezeggenschap",
        "14 Privacy en ICT",
        "15 Planning 2026-2030",
        "Bijlage 1 Begrippenlijst",
        "Bijlage 2 Verslag OOGO (separaat)",
        "Bijlage 3 Handreiking terugplaatsing en ouderfolder (separaat)"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Lingestroom. Het is "
              "het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven "
              "na de afronding van de Verbeteraanpak passend onderwijs. Dat merkt u aan de toon: minder nadruk op "
              "structuren en regels, meer op wat een leerling in de klas ervan merkt. Het plan is tot stand gekomen "
              "in een jaar waarin we met veel mensen hebben gesproken: ondersteuningscoördinatoren, mentoren, "
              "directeuren, leerplichtambtenaren, jeugdconsulenten, leden van de ondersteuningsplanraad en niet in de "
              "laatste plaats leerlingen en ouders."))
    B.append(("p", "Wat ons in die gesprekken opviel, is dat de meeste mensen niet vragen om meer regels, maar om "
              "duidelijkheid. Een mentor wil weten wat zij zelf kan doen en wanneer zij een collega kan inschakelen. "
              "Een ouder wil weten waar hij aan toe is als het op school niet goed gaat met zijn kind. Een directeur wil "
              "weten welke middelen er zijn en onder welke voorwaarden. Dit plan probeert op al die vragen een "
              "antwoord te geven. Waar dat nog niet lukt, zeggen we dat eerlijk."))
    B.append(("p", "Graag dank ik iedereen die heeft meegedacht, en in het bijzonder de leden van de "
              "ondersteuningsplanraad, die het concept kritisch en zorgvuldig hebben gelezen. Hun vragen hebben het "
              "plan beter gemaakt."))
    B.append(("p", "Marieke van den Heuvel, directeur-bestuurder"))

    B.append(("h1", "1 Inleiding en leeswijzer"))
    B.append(("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              "De wet (artikel 17a WVO, sinds 2021 opgenomen in de Wet voortgezet onderwijs 2020) schrijft voor welke "
              "onderwerpen het plan in elk geval moet bevatten. Wij hebben ervoor gekozen de hoofdstukken niet strikt "
              "langs de wettelijke opsomming te ordenen, maar langs de weg die een leerling door ons stelsel aflegt: "
              "eerst wat elke school biedt, dan wat er extra mogelijk is, dan de speciale voorzieningen."))
    B.append(("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het concept is in januari 2026 "
              "besproken met de besturen en de ondersteuningscoördinatoren. Het op overeenstemming gericht overleg "
              "(OOGO) met de drie gemeenten vond plaats op 4 maart 2026; het verslag daarvan is als aparte bijlage "
              "gepubliceerd. Met het samenwerkingsverband primair onderwijs in onze regio is op 11 maart 2026 overleg "
              "gevoerd. De ondersteuningsplanraad heeft op 9 april 2026 ingestemd, waarna het algemeen bestuur het "
              "plan op 16 april 2026 heeft vastgesteld. Het plan is daarna aan de inspectie gezonden."))
    B.append(("p", "Leeswijzer. Hoofdstuk 2 schetst ons gebied. Hoofdstuk 3 bevat de visie. De hoofdstukken 4 tot en "
              "met 8 gaan over de ondersteuning zelf: van basisondersteuning tot toelaatbaarheid, thuiszitters en de "
              "samenwerking met gemeenten. Hoofdstuk 9 gaat over communicatie, hoofdstuk 10 over kwaliteit en "
              "resultaten en hoofdstuk 11 over de middelen. De laatste hoofdstukken beschrijven de organisatie. "
              "Achterin vindt u een begrippenlijst."))

    B.append(("h1", "2 Ons samenwerkingsverband"))
    B.append(("p", "Samenwerkingsverband VO Lingestroom is een stichting waarin zeven schoolbesturen samenwerken. "
              "Samen zijn zij verantwoordelijk voor elf scholen voor voortgezet onderwijs met in totaal veertien "
              "vestigingen, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs "
              "(cluster 3 en cluster 4). Het gebied omvat de gemeenten Lingedal, Oudewaard en Bommelerveld. Op "
              "1 oktober 2025 telden de scholen samen ruim 9.800 leerlingen."))
    B.append(("p", "Het gebied is landelijk, met twee kernen waar de meeste scholen staan. Veel leerlingen reizen "
              "dagelijks met de fiets of de bus tien kilometer of meer. Dat heeft gevolgen voor de manier waarop we "
              "voorzieningen organiseren: een bovenschoolse voorziening in de ene kern is voor een leerling uit een "
              "dorp aan de andere kant van de regio niet vanzelfsprekend bereikbaar. In de komende jaren verwachten "
              "we een lichte daling van het leerlingaantal, die na 2028 weer afvlakt."))
    B.append(("table", [["Bestuur", "Scholen / vestigingen", "Onderwijstypen"],
                        ["Stichting Lingecollege", "3 / 4", "vmbo, havo, vwo"],
                        ["Stichting Christelijk VO Oudewaard", "2 / 3", "vmbo, havo, vwo"],
                        ["Vereniging Bommelerveld Lyceum", "1 / 1", "havo, vwo"],
                        ["Stichting Vakcollege Rivierenland", "2 / 2", "vmbo (met lwoo)"],
                        ["Stichting Praktijkschool De Werf", "1 / 1", "praktijkonderwijs"],
                        ["Stichting Speciaal Onderwijs De Boog", "2 / 2", "vso cluster 3 en 4"],
                        ["Stichting Openbaar VO Lingedal", "2 / 2", "vmbo, havo, vwo"]]))

    B.append(("h1", "3 Visie, missie en ambities"))
    B.append(("p", "Onze missie is kort: elke jongere in onze regio krijgt het onderwijs en de ondersteuning die bij "
              "hem of haar past, zo dicht mogelijk bij huis en zo regulier als het kan. Dat klinkt vanzelfsprekend, "
              "maar het vraagt veel van scholen, van het samenwerkingsverband en van de partners om ons heen."))
    B.append(("p", "We gaan uit van vier waarden. Nabijheid: ondersteuning komt naar de leerling toe, niet andersom. "
              "Eigenaarschap: de school waar de leerling is aangemeld of ingeschreven blijft verantwoordelijk tot er "
              "een betere plek is gevonden. Vertrouwen: we werken met zo min mogelijk formulieren en zo veel mogelijk "
              "gesprekken. Leren: we kijken eerlijk naar wat werkt en wat niet."))
    B.append(("p", "Het samenwerkingsverband is er niet om de scholen het werk uit handen te nemen. We faciliteren, "
              "verbinden en verdelen. Waar een school vastloopt, denken onze consulenten mee. Waar een leerling "
              "tussen wal en schip dreigt te raken, nemen wij regie. Onze ambities voor deze planperiode hebben we "
              "vertaald in concrete resultaten; die staan in hoofdstuk 10."))

    B.append(("h1", "4 Basisondersteuning: wat elke school biedt"))
    B.append(("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat "
              "iedere vestiging van iedere school voor voortgezet onderwijs binnen Lingestroom ten minste biedt, "
              "binnen de eigen organisatie en zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
              "Het niveau is door alle besturen gezamenlijk vastgesteld en is voor alle vestigingen gelijk, ongeacht "
              "onderwijstype of omvang. Een school mag meer bieden; minder is niet toegestaan. De praktijkschool en "
              "de vso-scholen vallen niet onder deze afspraak, omdat zij per definitie meer dan basisondersteuning "
              "bieden."))
    B.append(("p", "Wij hebben de basisondersteuning uitgewerkt in negen standaarden. Ouders en leerlingen mogen op "
              "elke vestiging het volgende verwachten:"))
    B.append(("ol", [
        "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die aanspreekpunt is voor mentoren, ouders en externe partners.",
        "Een mentor die elke leerling kent, ten minste één mentoruur per week geeft in leerjaar 1 tot en met 3 en twee keer per jaar een voortgangsgesprek met leerling en ouders voert.",
        "Een dyslexie- en dyscalculieprotocol met vaste faciliteiten: extra tijd (20%) bij toetsen, voorleessoftware, toetsen in vergroot lettertype en vrijstelling van een tweede moderne vreemde taal waar het examenprogramma dat toelaat.",
        "Een aanbod voor sociaal-emotionele ontwikkeling: ten minste een faalangstreductietraining en een sociale-vaardigheidstraining per schooljaar, gegeven door een getrainde medewerker.",
        "Begeleiding bij executieve functies: planningsbegeleiding, huiswerkklas of studieruimte met toezicht op ten minste vier middagen per week.",
        "Een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de ondersteuningscoördinator, de schoolmaatschappelijk werker, de jeugdarts of jeugdverpleegkundige van de GGD en, op afroep, de consulent van het samenwerkingsverband.",
        "Een time-out- of opvangplek binnen de school, met afspraken over wie de leerling opvangt en hoe de terugkeer naar de les verloopt.",
        "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
        "Een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat is vastgesteld dat een leerling extra ondersteuning nodig heeft, dat ten minste jaarlijks met leerling en ouders wordt geëvalueerd."]))
    B.append(("p", "De grens tussen basisondersteuning en extra ondersteuning ligt waar een leerling meer nodig heeft "
              "dan deze negen standaarden en het OT van de school binnen zes tot acht weken geen passend antwoord "
              "vindt. Dan kan de school een arrangement aanvragen (zie hoofdstuk 5)."))
    B.append(("h2", "4.1 Borging"))
    B.append(("p", "Elke vestiging vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. De "
              "consulenten van het samenwerkingsverband voeren daarnaast eens in de twee jaar een audit uit, waarbij "
              "zij met de ondersteuningscoördinator, twee mentoren en een vertegenwoordiging van ouders spreken. "
              "Voldoet een vestiging op een standaard niet, dan maakt de directeur binnen drie maanden een "
              "verbeterplan; de directeur-bestuurder bespreekt de voortgang met het betrokken bestuur. Vestigingen "
              "leggen hun basisondersteuning bovendien vast in de schoolgids, die na de wetswijziging het "
              "schoolondersteuningsprofiel vervangt."))

    B.append(("h1", "5 Extra ondersteuning en het dekkend aanbod"))
    B.append(("p", "Ons ondersteuningsaanbod is opgebouwd in vier lagen die op elkaar aansluiten. Een leerling "
              "gaat niet automatisch van de ene laag naar de volgende; het OT van de school kijkt steeds wat nodig is "
              "en wat de lichtste passende oplossing is."))
    B.append(("table", [["Laag", "Wat", "Waar", "Toegang"],
                        ["1 Basisondersteuning", "Negen standaarden (hoofdstuk 4)", "Elke vestiging", "Geen aanvraag nodig"],
                        ["2 Extra ondersteuning in de school", "Arrangementen: o.a. trajectklas, coaching, begeleiding door orthopedagoog, maatwerkrooster", "Eigen school, betaald uit schoolbudget", "Besluit school na OT"],
                        ["3 Bovenschoolse voorzieningen", "OPDC De Overstap (tijdelijk, max. 12 maanden), Rebound Lingedal (8-12 weken), Schakelklas Nieuwkomers", "Twee locaties in de regio", "Aanvraag via Loket, besluit binnen 3 weken"],
                        ["4 Voortgezet speciaal onderwijs", "Vso cluster 3 (De Boog) en cluster 4 (Het Kompas VSO)", "Twee vso-scholen", "Toelaatbaarheidsverklaring (hoofdstuk 6)"]]))
    B.append(("p", "Arrangementen in laag 2 worden door de school zelf ingezet. De school beschrijft het arrangement "
              "in het OPP, met doelen, duur en evaluatiemoment. Voor laag 3 meldt de school de leerling aan bij het "
              "Loket van het samenwerkingsverband. Een consulent voert binnen tien werkdagen een gesprek met de "
              "school, de leerling en de ouders, waarna de Commissie Arrangementen beslist."))
    B.append(("h2", "5.1 Zicht op witte vlekken"))
    B.append(("p", "Een dekkend aanbod is nooit af. Wij brengen elk voorjaar in kaart waar leerlingen geen passende "
              "plek vinden. Bronnen zijn de aanmeldingen bij het Loket, de wachttijden van OPDC en vso, de lijst van "
              "thuiszitters (hoofdstuk 7) en de signalen van ondersteuningscoördinatoren en jeugdconsulenten. De "
              "uitkomst bespreken we met de besturen in het directeurenoverleg van juni."))
    B.append(("p", "Uit de inventarisatie van 2025 bleken twee witte vlekken. Ten eerste ontbreekt een plek voor "
              "leerlingen met een autismespectrumstoornis die cognitief havo of vwo aankunnen maar de drukte van een "
              "grote school niet verdragen. Daarvoor starten we in augustus 2027 een prikkelarme leerroute op de "
              "vestiging Oudewaard, met ruimte voor vijftien leerlingen. Ten tweede zijn er te weinig plekken voor "
              "leerlingen met een combinatie van psychiatrische problematiek en schoolangst. Hiervoor maken we met "
              "de gemeenten een onderwijs-zorgarrangement, dat in 2026-2027 als pilot draait."))
    B.append(("p", "Zorgplicht. Als een school na aanmelding geen passende plek kan bieden, zoekt zij binnen de "
              "wettelijke termijn een andere school. Lukt dat binnen tien weken niet, dan neemt het "
              "samenwerkingsverband de regie over: de Commissie Passende Plek komt dan binnen vijf werkdagen bij "
              "elkaar en wijst een school aan die de leerling tijdelijk plaatst."))

    B.append(("h1", "6 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"))
    B.append(("h2", "6.1 De aanvraag"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs wordt aangevraagd "
              "door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De school dient de "
              "aanvraag in via het Loket. Bij de aanvraag horen het OPP met de evaluatie van de geboden "
              "ondersteuning, een onderwijskundig rapport, verslagen van het OT en de zienswijze van ouders en "
              "leerling. Het Loket controleert binnen vijf werkdagen of de aanvraag volledig is."))
    B.append(("h2", "6.2 Deskundigenadvies en besluit"))
    B.append(("p", "De Commissie Toelaatbaarheid (CvT) besluit namens het samenwerkingsverband. Voordat zij besluit, "
              "brengen twee deskundigen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
              "psycholoog en, afhankelijk van de leerling, een tweede deskundige, bijvoorbeeld een "
              "kinder- en jeugdpsychiater, een maatschappelijk werker of een jeugdarts. Deskundigen die de aanvraag "
              "zelf hebben voorbereid, adviseren niet. De CvT besluit binnen zes weken na ontvangst van de volledige "
              "aanvraag. Ouders ontvangen een afschrift van de adviezen."))
    B.append(("h2", "6.3 Criteria"))
    B.append(("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:"))
    B.append(("ul", [
        "de school heeft ten minste zes maanden extra ondersteuning geboden volgens een OPP, en die ondersteuning is aantoonbaar geëvalueerd en onvoldoende gebleken;",
        "de ondersteuningsbehoefte overstijgt wat een bovenschoolse voorziening (laag 3) kan bieden, of een plaatsing daar is al zonder duurzaam resultaat geweest;",
        "de leerling heeft een leeromgeving nodig met een kleine groep, een doorlopende pedagogische structuur gedurende de hele schooldag en specialistische expertise (cluster 3: verstandelijke of lichamelijke beperking of langdurige ziekte; cluster 4: ernstige gedrags- of psychiatrische problematiek)."]))
    B.append(("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs volgen wij de landelijke criteria: voor "
              "lwoo een IQ tussen 75 en 90 met een leerachterstand van ten minste 1,5 jaar in twee domeinen, of een "
              "IQ tussen 91 en 120 met die leerachterstand en sociaal-emotionele problematiek; voor pro een IQ "
              "tussen 55 en 80 met een leerachterstand van ten minste drie jaar in twee domeinen. De VO-school vraagt "
              "de aanwijzing lwoo of de toelaatbaarheid pro vóór 1 april aan bij het Loket; de PCL adviseert en de "
              "directeur van het samenwerkingsverband besluit binnen vier weken."))
    B.append(("h2", "6.4 Geldigheid en bekostigingscategorie"))
    B.append(("p", "Een TLV vso wordt in de regel afgegeven voor twee schooljaren, eindigend op 31 juli. Bij een "
              "ernstige, blijvende beperking kan de CvT een TLV afgeven tot het einde van de schoolloopbaan. De "
              "bekostigingscategorie is laag, tenzij de deskundigen onderbouwen dat de leerling vanwege een "
              "lichamelijke beperking of meervoudige beperking categorie midden of hoog nodig heeft. Een aanwijzing "
              "lwoo geldt voor de hele schoolloopbaan in het vmbo."))
    B.append(("h2", "6.5 Bezwaar"))
    B.append(("p", "Wie het niet eens is met een besluit over toelaatbaarheid, kan binnen zes weken bezwaar maken bij "
              "het samenwerkingsverband. Wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die ons adviseert voordat wij op het bezwaar beslissen."))
    B.append(("h2", "6.6 Afloop van de TLV en vervolg"))
    B.append(("p", "Een plaatsing in het vso is voor veel leerlingen niet voor altijd. In het laatste schooljaar van "
              "de TLV organiseert de vso-school vóór 1 februari een evaluatiegesprek over het OPP. Daaraan nemen deel: "
              "de mentor en de orthopedagoog van de vso-school, de leerling, de ouders, de consulent van het "
              "samenwerkingsverband en, als een terugkeer in beeld is, de ondersteuningscoördinator van de beoogde "
              "reguliere school. Het gesprek leidt tot één van drie uitkomsten: terugplaatsing naar een reguliere "
              "VO-school, overplaatsing naar een andere school (bijvoorbeeld praktijkonderwijs of mbo) of een nieuwe "
              "aanvraag voor een TLV. Over een nieuwe TLV beslist de CvT op de gewone wijze; over de terugplaatsing "
              "besluit de ontvangende school binnen vier weken na het gesprek."))
    B.append(("p", "Ons uitgangspunt is dat een leerling terugkeert naar het regulier onderwijs zodra dat verantwoord "
              "is, bij voorkeur naar een school dicht bij huis. Een terugplaatsing slaagt alleen als de ontvangende "
              "school de ondersteuning kan voortzetten. Daarom krijgt elke teruggeplaatste leerling een "
              "overstaparrangement: gedurende zes maanden begeleidt een ambulant begeleider van de vso-school de "
              "leerling en de mentor op de nieuwe school. Het samenwerkingsverband betaalt dit arrangement "
              "(€ 4.500 per leerling). Een proefplaatsing van maximaal acht weken is mogelijk terwijl de TLV nog "
              "geldig is, zodat de leerling terug kan als het niet lukt. In 2024-2025 keerden veertien leerlingen "
              "vanuit het vso terug naar een reguliere school."))

    B.append(("h1", "7 Thuiszitters en verzuim"))
    B.append(("p", "Geen enkele jongere hoort thuis te zitten. Toch gebeurt het, ook in onze regio. Het "
              "samenwerkingsverband werkt daarom nauw samen met de leerplichtambtenaren van de drie gemeenten, "
              "verenigd in het Regionaal Bureau Leerplicht. Elke maand komen de thuiszitterstafel, de consulenten en "
              "leerplicht bij elkaar om de situatie van iedere thuiszittende leerling te bespreken. Binnen twee weken "
              "na de melding ligt er een plan met een eigenaar."))
    B.append(("p", "Als partijen het niet eens worden over wie wat doet, heeft de directeur-bestuurder "
              "doorzettingsmacht: zij kan een school aanwijzen die de leerling tijdelijk opvangt en een arrangement "
              "toekennen zonder de gewone procedure te doorlopen. Vrijstellingen van de leerplicht op grond van "
              "artikel 5 onder a bespreken we jaarlijks met de GGD-artsen, om te bezien of er voor deze jongeren toch "
              "een vorm van onderwijs mogelijk is."))

    B.append(("h1", "8 Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "Passend onderwijs en jeugdhulp hebben elkaar nodig. Veel leerlingen die op school vastlopen, "
              "hebben ook thuis of in hun vrije tijd hulp nodig. Met de gemeenten Lingedal, Oudewaard en "
              "Bommelerveld hebben we afgesproken dat op elke vestiging een jeugdconsulent van het lokale team "
              "beschikbaar is, gekoppeld aan het OT. Jeugdhulp onder schooltijd is mogelijk als de school en de "
              "gemeente dat samen in een onderwijs-zorgarrangement vastleggen."))
    B.append(("p", "In het OOGO van maart 2026 zijn daarnaast afspraken gemaakt over leerlingenvervoer naar het vso, "
              "over de huisvesting van de prikkelarme leerroute en over de aansluiting van het onderwijs op de "
              "arbeidsmarkt voor leerlingen uit pro en vso. Twee keer per jaar voeren de directeur-bestuurder en de "
              "wethouders onderwijs en jeugd een bestuurlijk overleg."))

    B.append(("h1", "9 Communicatie"))
    B.append(("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een nieuwsbrief voor ondersteuningscoördinatoren en een jaarlijkse netwerkdag. Voor "
              "gemeenten en partners verschijnt een digitale nieuwsbrief."))
    B.append(("p", "Ouders en leerlingen informeren wij langs verschillende wegen. Op onze website staat per "
              "vestiging welke ondersteuning er is, welke arrangementen de school biedt en hoe de route naar een "
              "bovenschoolse voorziening of het vso verloopt. De folder 'Wegwijs in passend onderwijs' is "
              "verkrijgbaar in het Nederlands, Engels, Arabisch en Pools en wordt in groep 8 via de basisscholen "
              "verspreid. Elk najaar organiseren we twee informatieavonden voor ouders, één in Lingedal en één in "
              "Bommelerveld. Daarnaast kunnen ouders op werkdagen tussen 9.00 en 12.00 uur de ouderlijn van het "
              "Loket bellen met vragen over de ondersteuning die er is."))
    B.append(("p", "Soms hebben ouders behoefte aan iemand die los staat van de school en van het "
              "samenwerkingsverband. Voor onafhankelijk advies en ondersteuning kunnen zij terecht bij het Ouder- en "
              "Jeugdsteunpunt Rivierenland, dat is ondergebracht bij een onafhankelijke stichting en dat niet door "
              "scholen wordt aangestuurd. Het steunpunt denkt mee, gaat mee naar gesprekken en kan bemiddelen. "
              "Ook de landelijke Onderwijsconsulenten zijn kosteloos beschikbaar. Voor klachten en geschillen over "
              "toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend "
              "onderwijs."))
    B.append(("p", "Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad, die voor de helft uit ouders en "
              "leerlingen en voor de helft uit personeel bestaat."))

    B.append(("h1", "10 Kwaliteit en resultaten"))
    B.append(("p", "Wij willen weten of wat we doen ook werkt. Voor deze planperiode hebben we de volgende beoogde "
              "resultaten geformuleerd voor leerlingen die extra ondersteuning nodig hebben:"))
    B.append(("table", [["Nr.", "Beoogd resultaat", "Uitgangssituatie", "Streefwaarde 2030"],
                        ["1", "Minder langdurig thuiszittende leerlingen (> 3 maanden)", "11 (2024-2025)", "maximaal 4"],
                        ["2", "Deelname vso als percentage van alle leerlingen", "3,4%", "onder 3,5%"],
                        ["3", "Leerlingen die binnen 12 maanden vanuit het OPDC terugkeren naar een reguliere klas", "71%", "ten minste 85%"],
                        ["4", "Vestigingen die op alle standaarden van de basisondersteuning voldoen", "9 van 14", "14 van 14 (in 2028)"],
                        ["5", "Leerlingen met een arrangement die zonder vertraging doorstromen naar het volgende leerjaar", "niet bekend", "80%"]]))
    B.append(("p", "Hoe wij deze resultaten gaan meten, met welke bronnen en op welke momenten, werken wij uit in een "
              "monitoringsplan. Dat plan is in de loop van het schooljaar 2026-2027 gereed; tot die tijd is de "
              "wijze van rapporteren nog niet vastgesteld. Ook de koppeling tussen de beoogde resultaten en de "
              "inzet van middelen nemen we daarin mee."))

    B.append(("h1", "11 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
              "ondersteuning en de middelen voor lwoo en praktijkonderwijs. DUO houdt op dit budget de bekostiging "
              "in voor leerlingen in het vso (afdracht). Wat resteert, verdelen we volgens een verdeelmodel dat het "
              "algemeen bestuur jaarlijks bij de begroting in december vaststelt, na advies van het "
              "directeurenoverleg:"))
    B.append(("ol", [
        "Vaste voet: elke vestiging ontvangt € 25.000 per jaar voor de ondersteuningscoördinatie.",
        "Schoolbudget extra ondersteuning: € 165 per ingeschreven leerling op 1 oktober van het voorgaande jaar, rechtstreeks aan de schoolbesturen.",
        "Lwoo en pro: de middelen worden doorgezet naar de besturen op basis van het aantal leerlingen met een aanwijzing lwoo of toelaatbaarheid pro op 1 oktober.",
        "Bovenschoolse voorzieningen: het samenwerkingsverband bekostigt OPDC De Overstap, Rebound Lingedal en de Schakelklas uit een apart budget.",
        "Overstaparrangementen en onderwijs-zorgarrangementen worden per leerling toegekend door de Commissie Arrangementen."]))
    B.append(("p", "Besturen mogen het schoolbudget alleen inzetten voor extra ondersteuning boven de "
              "basisondersteuning. Zij verantwoorden de besteding jaarlijks vóór 1 mei met een vast format, waarin "
              "zij per soort arrangement aangeven welke inzet is gepleegd en wat dat heeft gekost."))
    B.append(("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuningsbudget (na afdracht vso)", "6.840", "6.760", "6.690", "6.650"],
                        ["Baten lwoo en pro", "4.120", "4.080", "4.030", "4.010"],
                        ["Vaste voet vestigingen", "350", "350", "350", "350"],
                        ["Schoolbudgetten extra ondersteuning", "1.617", "1.590", "1.565", "1.550"],
                        ["Doorbetaling lwoo en pro", "4.120", "4.080", "4.030", "4.010"],
                        ["Bovenschoolse voorzieningen", "2.950", "3.010", "3.060", "3.080"],
                        ["Prikkelarme leerroute", "0", "180", "310", "310"],
                        ["Arrangementen (overstap, OZA)", "420", "440", "450", "450"],
                        ["Bureau en Loket", "1.310", "1.290", "1.280", "1.270"],
                        ["Saldo", "193", "-100", "-325", "-360"]]))
    B.append(("p", "De negatieve saldi vanaf 2027 zijn bewust: wij bouwen de algemene reserve af tot het niveau "
              "van de signaleringswaarde. Eind 2025 bedroeg de reserve € 2,1 miljoen; eind 2029 verwachten wij "
              "€ 1,3 miljoen, wat overeenkomt met een weerstandsvermogen van circa 12%."))

    B.append(("h1", "12 Personeel en professionalisering"))
    B.append(("p", "Het bureau van het samenwerkingsverband telt 14,6 fte: de directeur-bestuurder, vijf consulenten, "
              "twee orthopedagogen, een beleidsmedewerker, een controller en ondersteunend personeel. Daarnaast zijn "
              "de medewerkers van OPDC De Overstap en Rebound Lingedal in dienst van het Lingecollege en gedetacheerd "
              "bij het samenwerkingsverband."))
    B.append(("p", "Professionalisering richten we op drie thema's: handelingsgericht werken in de klas, het gesprek "
              "met ouders en leerlingen, en het herkennen van signalen van schoolverzuim. Elk jaar organiseren we een "
              "leergang voor nieuwe ondersteuningscoördinatoren en twee intervisiebijeenkomsten voor mentoren. "
              "Scholen kunnen gebruikmaken van het scholingsaanbod in ons kennisnetwerk. Het lerarentekort raakt ook "
              "ons; we zoeken samen met de besturen naar manieren om de werkdruk in de ondersteuning beheersbaar te "
              "houden."))

    B.append(("h1", "13 Organisatie, governance en medezeggenschap"))
    B.append(("p", "Het samenwerkingsverband is een stichting met een algemeen bestuur waarin alle zeven "
              "schoolbesturen zitting hebben, en een directeur-bestuurder die het dagelijks bestuur vormt. Het "
              "algemeen bestuur houdt intern toezicht, stelt de begroting, de jaarrekening en het ondersteuningsplan "
              "vast en benoemt de directeur-bestuurder. Een auditcommissie uit het algemeen bestuur bereidt de "
              "financiële besluiten voor."))
    B.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              "wijzigingen daarvan. De OPR komt vijf keer per jaar bijeen en heeft een eigen budget voor scholing en "
              "ondersteuning. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het "
              "personeel van het bureau."))
    B.append(("p", "Het directeurenoverleg, waarin de directeuren van alle scholen zitten, adviseert het bestuur over "
              "beleid. Het netwerk van ondersteuningscoördinatoren komt zes keer per jaar bijeen en is de plek waar "
              "de uitvoering wordt besproken."))

    B.append(("h1", "14 Privacy en ICT"))
    B.append(("p", "Bij de aanvraag van arrangementen en toelaatbaarheidsverklaringen verwerken wij persoonsgegevens, "
              "waaronder gegevens over gezondheid. Wij doen dat alleen voor zover dat voor onze wettelijke taken "
              "nodig is. Dossiers worden digitaal bijgehouden in een beveiligde omgeving en drie jaar na het laatste "
              "besluit vernietigd. Ons privacyreglement is door het algemeen bestuur vastgesteld; wij hebben een "
              "functionaris gegevensbescherming aangesteld die wij delen met twee andere samenwerkingsverbanden."))
    B.append(("p", "In 2026 vervangen we het aanvraagsysteem van het Loket. Het nieuwe systeem moet scholen minder "
              "administratieve last bezorgen en het mogelijk maken dat ouders de stukken over hun kind digitaal "
              "inzien."))

    B.append(("h1", "15 Planning 2026-2030"))
    B.append(("table", [["Schooljaar", "Belangrijkste activiteiten"],
                        ["2026-2027", "Nieuw aanvraagsysteem Loket; monitoringsplan gereed; pilot onderwijs-zorgarrangement; start audits nieuwe stijl"],
                        ["2027-2028", "Start prikkelarme leerroute Oudewaard; evaluatie verdeelmodel; tussentijdse evaluatie plan met OPR"],
                        ["2028-2029", "Alle vestigingen voldoen aan de basisondersteuning; herijking bovenschoolse voorzieningen"],
                        ["2029-2030", "Evaluatie planperiode; voorbereiding ondersteuningsplan 2030-2034"]]))

    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B.append(("ul", [
        "Arrangement: een pakket van extra ondersteuning voor één leerling of een groep, met doelen, duur en middelen.",
        "Basisondersteuning: de ondersteuning die alle scholen van het samenwerkingsverband bieden.",
        "Dekkend aanbod: een samenhangend geheel van voorzieningen waarbinnen iedere leerling een passende plek vindt.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "OJSP: ouder- en jeugdsteunpunt.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "OPR: ondersteuningsplanraad.",
        "Terugplaatsing: de overstap van een leerling van het vso naar een reguliere school.",
        "TLV: toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs.",
        "Verevening: de geleidelijke aanpassing van het ondersteuningsbudget aan het landelijk gemiddelde."]))
    return B


# ---------------------------------------------------------------------------------------------
# Plan B - VO, .pdf - Samenwerkingsverband VO De Brede Vallei (fictief), 2025-2029
# ---------------------------------------------------------------------------------------------

def plan_b():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Stichting Samenwerkingsverband Voortgezet Onderwijs De Brede Vallei",
                        "VO 24-05",
                        "Versie 1.3 - definitief, na instemming OPR (25 maart 2025)"]))
    B.append(("toc", [
        "Voorwoord .......... 3",
        "1 Inleiding .......... 4",
        "2 Wat is er veranderd sinds 2021 .......... 5",
        "3 Visie en uitgangspunten .......... 6",
        "4 Ondersteuning op drie niveaus .......... 8",
        "   4.1 Basisondersteuning .......... 8",
        "   4.2 Extra ondersteuning in de school .......... 9",
        "   4.3 Bovenschoolse voorzieningen .......... 10",
        "   4.4 Dekkend netwerk en zorgplicht .......... 11",
        "5 Toelaatbaarheid en terugplaatsing .......... 12",
        "6 Financiën .......... 15",
        "7 Ouders en leerlingen .......... 17",
        "8 Kwaliteit en resultaten .......... 18",
        "9 Samenwerking met gemeenten .......... 19",
        "10 Organisatie en medezeggenschap .......... 20",
        "11 Personeel en deskundigheid .......... 21",
        "12 Jaarplanning .......... 22",
        "Bijlage 1 Afkortingen .......... 23",
        "Bijlage 2 Meerjarenbegroting (zie hoofdstuk 6)",
        "Bijlage 3 Toetsingskader TLV, lwoo en pro (separaat)"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Met trots presenteren wij het ondersteuningsplan 2025-2029 van De Brede Vallei. Dit plan is "
              "het resultaat van een intensief traject waarin schoolleiders, ondersteuningscoördinatoren, "
              "gemeenten en de ondersteuningsplanraad samen hebben nagedacht over de vraag hoe wij de komende vier "
              "jaar passend onderwijs in onze regio verder vormgeven."))
    B.append(("p", "De afgelopen jaren stonden in het teken van de nasleep van de coronaperiode, een toenemende "
              "vraag naar ondersteuning en een krappe arbeidsmarkt. Tegelijk hebben we veel bereikt in de "
              "samenwerking tussen scholen. In dit plan bouwen we daarop voort. We kiezen voor continuïteit waar het "
              "goed gaat en voor vernieuwing waar het nodig is."))
    B.append(("p", "Een ondersteuningsplan is geen document voor de kast. Wij hopen dat het voor iedereen die bij "
              "passend onderwijs in onze regio betrokken is een bruikbaar kompas is. Namens het bestuur dank ik "
              "iedereen die heeft bijgedragen."))
    B.append(("p", "Johan Westerveld, voorzitter algemeen bestuur"))

    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Samenwerkingsverband De Brede Vallei is een van de samenwerkingsverbanden voortgezet onderwijs "
              "in Midden-Nederland. Negen schoolbesturen met zestien scholen en vestigingen werken samen om alle "
              "leerlingen in de regio een passende onderwijsplek te bieden. Het verband omvat vier gemeenten: "
              "Valkenhorst, Ede-Oost, Rijnwaarden en Binnenveld. De scholen bieden alle onderwijssoorten aan, van "
              "praktijkonderwijs tot gymnasium; twee vso-scholen maken deel uit van het verband."))
    B.append(("p", "Dit ondersteuningsplan beschrijft het beleid voor de periode 1 augustus 2025 tot en met "
              "31 juli 2029. Het plan is een kaderdocument. De uitwerking van het beleid vindt plaats in de "
              "jaarplannen en de jaarbegroting van het samenwerkingsverband, en in de schoolgidsen van de scholen. "
              "Het OOGO met de vier gemeenten is gevoerd op 13 februari 2025. De ondersteuningsplanraad heeft op "
              "25 maart 2025 ingestemd met het plan."))

    B.append(("h1", "2 Wat is er veranderd sinds 2021"))
    B.append(("p", "Sinds het vorige ondersteuningsplan is er op landelijk niveau veel gebeurd. Met de "
              "Verbeteraanpak passend onderwijs heeft het kabinet een reeks maatregelen genomen om passend onderwijs "
              "beter te laten werken. Een aantal daarvan raakt ons direct: de afbouw van bovenmatige reserves, de "
              "verplichting om een ouder- en jeugdsteunpunt in te richten en de ontwikkeling van een landelijke norm "
              "voor basisondersteuning."))
    B.append(("p", "Ook in de regio is het een en ander veranderd. Twee scholen zijn gefuseerd, het aantal "
              "nieuwkomers is toegenomen en de wachtlijsten in de jeugdhulp zijn langer geworden. Scholen geven aan "
              "dat de problematiek van leerlingen complexer wordt, met name op het gebied van psychisch welzijn en "
              "schoolverzuim. Deze ontwikkelingen vormen de achtergrond van dit plan."))
    B.append(("p", "Daarnaast is de Wet voortgezet onderwijs 2020 in werking getreden, waardoor de artikelnummering "
              "waarnaar in eerdere documenten werd verwezen, is gewijzigd. Inhoudelijk verandert er voor het "
              "ondersteuningsplan weinig."))

    B.append(("h1", "3 Visie en uitgangspunten"))
    B.append(("p", "Iedere leerling verdient een plek waar hij of zij zich kan ontwikkelen. Dat is het vertrekpunt "
              "van ons samenwerkingsverband. Wij geloven dat de meeste leerlingen, ook leerlingen die extra "
              "ondersteuning nodig hebben, het best tot hun recht komen in een reguliere school, tussen "
              "leeftijdgenoten uit hun eigen omgeving. Waar dat niet lukt, moet er een goed alternatief zijn."))
    B.append(("p", "Onze uitgangspunten zijn:"))
    B.append(("ul", [
        "Regulier waar het kan, speciaal waar het moet.",
        "De school is eerstverantwoordelijk; het samenwerkingsverband ondersteunt en verbindt.",
        "Niet praten over, maar met leerlingen en ouders.",
        "Eén leerling, één plan: onderwijs en jeugdhulp stemmen hun inzet op elkaar af.",
        "Middelen volgen de leerling zo direct mogelijk, met zo weinig mogelijk bureaucratie."]))
    B.append(("p", "Deze uitgangspunten zijn niet nieuw; ze stonden ook in het vorige plan. Wat wel nieuw is, is de "
              "nadruk op preventie. Wij willen eerder in beeld hebben welke leerlingen dreigen uit te vallen, en "
              "eerder handelen. Dat vraagt om een goede samenwerking tussen mentor, ondersteuningscoördinator, "
              "jeugdhulp en leerplicht."))
    B.append(("p", "Ons samenwerkingsverband werkt volgens de principes van handelingsgericht werken: we kijken naar "
              "wat een leerling nodig heeft, niet naar een diagnose of label. Ouders en leerlingen zijn "
              "ervaringsdeskundigen en worden als zodanig serieus genomen."))

    B.append(("h1", "4 Ondersteuning op drie niveaus"))
    B.append(("p", "In De Brede Vallei onderscheiden we drie niveaus van ondersteuning: basisondersteuning, extra "
              "ondersteuning in de school en ondersteuning buiten de reguliere school, in een bovenschoolse "
              "voorziening of in het vso. Samen vormen deze niveaus het ondersteuningscontinuüm van de regio."))
    B.append(("h2", "4.1 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen in ons "
              "samenwerkingsverband minimaal bieden. Dit niveau is door de besturen gezamenlijk vastgesteld en geldt "
              "voor iedere leerling, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het "
              "vormt de ondergrens waaraan elke school zich heeft verbonden."))
    B.append(("p", "In het schooljaar 2025-2026 actualiseren wij samen met de ondersteuningscoördinatoren de "
              "standaarden van de basisondersteuning, mede in het licht van de landelijke norm die het ministerie "
              "voorbereidt. De uitkomst wordt, na instemming van de ondersteuningsplanraad, als addendum aan dit "
              "plan toegevoegd. Tot die tijd blijven de afspraken uit het ondersteuningsplan 2021-2025 van kracht."))
    B.append(("h2", "4.2 Extra ondersteuning in de school"))
    B.append(("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra "
              "ondersteuning bieden in de vorm van een arrangement. Voorbeelden zijn een plusklas of trajectklas, "
              "individuele begeleiding door een orthopedagoog, een aangepast rooster, een schakeltraject voor "
              "nieuwkomers of begeleiding door een ambulant begeleider. De school stelt voor deze leerlingen een "
              "ontwikkelingsperspectiefplan (OPP) op. De scholen bekostigen deze arrangementen uit het schoolbudget "
              "dat zij van het samenwerkingsverband ontvangen (zie hoofdstuk 6)."))
    B.append(("p", "Iedere school heeft een ondersteuningsteam waarin de ondersteuningscoördinator, de "
              "schoolmaatschappelijk werker en de jeugdverpleegkundige zitting hebben. Het team bespreekt leerlingen "
              "over wie zorgen zijn en adviseert over de inzet van extra ondersteuning. De consulent van het "
              "samenwerkingsverband sluit op verzoek aan."))
    B.append(("h2", "4.3 Bovenschoolse voorzieningen"))
    B.append(("p", "Voor leerlingen voor wie ook de extra ondersteuning in de school tijdelijk niet voldoende is, "
              "heeft het samenwerkingsverband twee bovenschoolse voorzieningen:"))
    B.append(("ul", [
        "Trajectvoorziening Het Anker in Valkenhorst: een orthopedagogisch-didactisch centrum voor leerlingen uit vmbo en havo die tijdelijk (maximaal een schooljaar) een kleine, gestructureerde setting nodig hebben, met 40 plaatsen.",
        "Time-out De Pauze in Rijnwaarden: een kortdurende voorziening (6 tot 10 weken) voor leerlingen die door gedragsproblemen vastlopen, met daarna een terugkeertraject naar de eigen school."]))
    B.append(("p", "Plaatsing in een bovenschoolse voorziening gebeurt op aanvraag van de school, via het "
              "Ondersteuningsloket. De leerling blijft ingeschreven op de eigen school, die eindverantwoordelijk "
              "blijft. Daarnaast kunnen leerlingen met een TLV terecht op de vso-scholen De Horizon (cluster 4) en "
              "Het Palet (cluster 3)."))
    B.append(("h2", "4.4 Dekkend netwerk en zorgplicht"))
    B.append(("p", "Het samenwerkingsverband ziet erop toe dat er voor iedere leerling een passende plek is. Het "
              "Ondersteuningsloket houdt een overzicht bij van leerlingen die geen passende plek hebben of langer "
              "dan vier weken op een plek wachten. Elke zes weken bespreken de consulenten, de leerplichtambtenaren "
              "en de betrokken scholen deze leerlingen aan de casustafel. Aan tafel worden afspraken gemaakt over "
              "wie welke stap zet, en binnen welke termijn."))
    B.append(("p", "Scholen hebben zorgplicht: een school waar een leerling met een ondersteuningsbehoefte is "
              "aangemeld, zoekt een passende plek als zij de leerling zelf niet kan bieden wat hij nodig heeft. Als "
              "de school er niet in slaagt om binnen tien weken een plek te vinden, kan zij het samenwerkingsverband "
              "om hulp vragen. De directeur van het samenwerkingsverband kan dan een school verzoeken de leerling "
              "tijdelijk op te nemen."))
    B.append(("p", "Op dit moment is het grootste knelpunt de wachtlijst voor het vso cluster 4. Met De Horizon is "
              "afgesproken dat de school vanaf augustus 2026 twaalf extra plaatsen realiseert in een nevenvestiging. "
              "Tot die tijd zet het samenwerkingsverband voor wachtende leerlingen een overbruggingsarrangement in "
              "op de eigen school, met begeleiding vanuit De Horizon."))

    B.append(("h1", "5 Toelaatbaarheid en terugplaatsing"))
    B.append(("h2", "5.1 Procedure toelaatbaarheidsverklaring vso"))
    B.append(("p", "Een leerling kan alleen worden ingeschreven op een vso-school als het samenwerkingsverband een "
              "toelaatbaarheidsverklaring (TLV) heeft afgegeven. De procedure verloopt als volgt:"))
    B.append(("ol", [
        "Stap 1. Het ondersteuningsteam van de school concludeert dat de leerling is aangewezen op het vso. De school bespreekt dit met leerling en ouders.",
        "Stap 2. De school dient namens het bevoegd gezag een aanvraag in bij de Commissie Toelaatbaarheid en Ondersteuning (CTO), via het digitale aanvraagportaal. Bij de aanvraag worden het OPP, het onderwijskundig rapport en het handelingsdeel van de afgelopen periode gevoegd.",
        "Stap 3. De CTO controleert de volledigheid binnen vijf werkdagen en vraagt zo nodig aanvullende informatie op.",
        "Stap 4. Twee deskundigen brengen ieder afzonderlijk advies uit: een orthopedagoog of psycholoog en een tweede deskundige die past bij de ondersteuningsvraag van de leerling.",
        "Stap 5. De CTO neemt binnen vier weken na ontvangst van de volledige aanvraag een besluit. Bij complexe aanvragen kan de CTO een multidisciplinair overleg beleggen; de termijn wordt dan met vier weken verlengd.",
        "Stap 6. De school, de ouders en de vso-school ontvangen het besluit schriftelijk."]))
    B.append(("p", "De criteria waaraan de CTO een aanvraag toetst, zijn opgenomen in het Toetsingskader TLV "
              "(bijlage 3). Een TLV wordt afgegeven voor maximaal twee schooljaren. De CTO stelt daarbij de "
              "bekostigingscategorie vast (laag, midden of hoog)."))
    B.append(("h2", "5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"))
    B.append(("p", "Sinds 2016 besluit het samenwerkingsverband over de aanwijzing voor leerwegondersteunend "
              "onderwijs (lwoo) en de toelaatbaarheid tot het praktijkonderwijs (pro). De VO-school waar de "
              "leerling is aangemeld, vraagt de aanwijzing of de TLV pro aan bij de CTO, uiterlijk 1 maart "
              "voorafgaand aan het schooljaar. De CTO beslist binnen vier weken. Voor de toetsing van deze "
              "aanvragen verwijzen wij eveneens naar bijlage 3."))
    B.append(("h2", "5.3 Terug naar het regulier onderwijs"))
    B.append(("p", "Voor het samenwerkingsverband is een plaatsing in het vso waar mogelijk tijdelijk. Wij vinden "
              "het belangrijk dat leerlingen die dat kunnen, terugkeren naar een reguliere school in hun eigen "
              "omgeving, zodat zij met leeftijdgenoten uit de buurt naar school gaan en een regulier diploma of "
              "certificaat kunnen halen. Een terugkeer is alleen verantwoord als de ontvangende school de "
              "ondersteuning kan bieden die de leerling nodig heeft en als de leerling op de vso-school stabiel "
              "functioneert."))
    B.append(("p", "Daarom krijgt iedere leerling die terugkeert een overgangsarrangement 'Warme Landing': "
              "gedurende het eerste halfjaar begeleidt een ambulant begeleider van de vso-school de leerling en de "
              "mentor op de nieuwe school, en ontvangt de ontvangende school een bijdrage van maximaal € 6.000 "
              "voor extra begeleiding. Ook de overplaatsing naar het praktijkonderwijs of een entreeopleiding in "
              "het mbo kan op deze manier worden ondersteund."))
    B.append(("p", "De werkwijze rond terugplaatsing, waaronder wie het initiatief neemt en op welke momenten de "
              "mogelijkheid van terugkeer wordt besproken, beschrijven wij in 2026 samen met de vso-scholen in een "
              "protocol."))

    B.append(("h1", "6 Financiën"))
    B.append(("p", "Het samenwerkingsverband ontvangt jaarlijks van het ministerie van OCW de middelen voor lichte "
              "en zware ondersteuning en voor lwoo en pro. Van de middelen voor zware ondersteuning houdt DUO de "
              "bekostiging van de vso-leerlingen in. Het bestuur stelt ieder jaar in december de begroting vast."))
    B.append(("p", "De verdeling van de middelen is als volgt geregeld. De middelen lichte ondersteuning worden "
              "naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar aan de schoolbesturen "
              "toegekend, in 2025 € 142 per leerling. De middelen voor lwoo en pro worden volledig doorgegeven aan "
              "de scholen met een lwoo-aanbod en de praktijkschool, op basis van het aantal aangewezen leerlingen. "
              "De overige middelen voor zware ondersteuning gebruikt het samenwerkingsverband voor de "
              "bovenschoolse voorzieningen, de overbruggings- en overgangsarrangementen en het bureau. Scholen "
              "leggen in hun jaarverslag verantwoording af over de inzet van het schoolbudget."))
    B.append(("table", [["Meerjarenbegroting (bedragen in euro's)", "2025", "2026", "2027", "2028"],
                        ["Rijksbijdrage lichte ondersteuning", "2.310.000", "2.290.000", "2.270.000", "2.255.000"],
                        ["Rijksbijdrage zware ondersteuning (na inhouding DUO)", "3.180.000", "3.150.000", "3.120.000", "3.100.000"],
                        ["Lwoo en pro", "5.460.000", "5.420.000", "5.380.000", "5.350.000"],
                        ["Totaal baten", "10.950.000", "10.860.000", "10.770.000", "10.705.000"],
                        ["Schoolbudgetten lichte ondersteuning", "2.310.000", "2.290.000", "2.270.000", "2.255.000"],
                        ["Doorbetaling lwoo en pro", "5.460.000", "5.420.000", "5.380.000", "5.350.000"],
                        ["Trajectvoorziening Het Anker", "1.420.000", "1.450.000", "1.480.000", "1.500.000"],
                        ["Time-out De Pauze", "610.000", "620.000", "630.000", "640.000"],
                        ["Overbruggings- en overgangsarrangementen", "380.000", "420.000", "320.000", "300.000"],
                        ["Ondersteuningsloket en CTO", "540.000", "550.000", "560.000", "570.000"],
                        ["Bestuur en bureau", "390.000", "395.000", "400.000", "405.000"],
                        ["Totaal lasten", "11.110.000", "11.145.000", "11.040.000", "11.020.000"],
                        ["Resultaat", "-160.000", "-285.000", "-270.000", "-315.000"]]))
    B.append(("p", "De begroting sluit in alle jaren met een tekort, dat ten laste komt van de algemene reserve. "
              "Daarmee geven wij uitvoering aan de afspraken over de afbouw van bovenmatige reserves."))

    B.append(("h1", "7 Ouders en leerlingen"))
    B.append(("p", "Ouders zijn de belangrijkste partner van de school. Zij kennen hun kind als geen ander. Daarom "
              "worden ouders betrokken bij het opstellen en evalueren van het OPP, en worden zij uitgenodigd "
              "wanneer het ondersteuningsteam over hun kind spreekt. Leerlingen vanaf twaalf jaar worden gehoord "
              "over hun eigen OPP."))
    B.append(("p", "Wij informeren ouders over de ondersteuningsmogelijkheden in de regio via de website van het "
              "samenwerkingsverband, waar per school de ondersteuning en de arrangementen zijn beschreven, en via de "
              "folder 'Extra ondersteuning, hoe werkt dat?', die de mentor meegeeft zodra een school extra "
              "ondersteuning overweegt. Bij de aanmelding in het voortgezet onderwijs wijzen de scholen in hun "
              "schoolgids en op de open dagen op de ondersteuningsmogelijkheden. Ouders die vragen hebben over de "
              "voorzieningen kunnen bovendien terecht bij de consulenten van het Ondersteuningsloket."))
    B.append(("p", "Conform de nieuwe wetgeving richten wij in de loop van 2026 een ouder- en jeugdsteunpunt in. "
              "De vormgeving hiervan, en de manier waarop het steunpunt onafhankelijk van scholen en "
              "samenwerkingsverband kan werken, volgt in overleg met de ondersteuningsplanraad."))

    B.append(("h1", "8 Kwaliteit en resultaten"))
    B.append(("p", "Het samenwerkingsverband wil een lerende organisatie zijn. De beoogde resultaten voor deze "
              "planperiode en de indicatoren waarmee wij de voortgang volgen, worden in de loop van het eerste "
              "planjaar samen met de besturen vastgesteld en opgenomen in een kwaliteitskader. Het kwaliteitskader "
              "wordt ter instemming aan de ondersteuningsplanraad voorgelegd."))
    B.append(("p", "Paragraaf 8.2 (Bereikte resultaten 2021-2025): p.m."))

    B.append(("h1", "9 Samenwerking met gemeenten"))
    B.append(("p", "De vier gemeenten in ons gebied zijn belangrijke partners. Met hen voeren wij overleg over de "
              "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, huisvesting en de aanpak van "
              "schoolverzuim. Het OOGO over dit plan vond plaats op 13 februari 2025. Daarin is onder meer "
              "afgesproken dat elke school een vaste contactpersoon van het lokale team heeft, dat jeugdhulp in de "
              "bovenschoolse voorzieningen onder schooltijd kan worden geboden, en dat gemeenten en "
              "samenwerkingsverband samen investeren in de aanpak van thuiszitten."))
    B.append(("p", "Met het samenwerkingsverband primair onderwijs in onze regio werken we samen aan een goede "
              "overstap van het basisonderwijs naar het voortgezet onderwijs, met een warme overdracht voor "
              "leerlingen met een ondersteuningsbehoefte."))

    B.append(("h1", "10 Organisatie en medezeggenschap"))
    B.append(("p", "De stichting kent een scheiding tussen bestuur en toezicht. Het bestuur bestaat uit een "
              "onafhankelijk directeur-bestuurder; de raad van toezicht bestaat uit vier leden die door de "
              "aangesloten schoolbesturen worden voorgedragen en een onafhankelijke voorzitter. De raad van toezicht "
              "keurt de begroting en het ondersteuningsplan goed."))
    B.append(("p", "De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of "
              "leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft "
              "instemmingsrecht op het ondersteuningsplan. De OPR en de directeur-bestuurder overleggen ten minste "
              "vier keer per jaar."))
    B.append(("p", "Het samenwerkingsverband is gevestigd in Valkenhorst, waar ook het Ondersteuningsloket zit. Het "
              "bureau werkt met een klein team van consulenten, een orthopedagoog, een secretaris van de CTO en "
              "een medewerker financiën en administratie."))

    B.append(("h1", "11 Personeel en deskundigheid"))
    B.append(("p", "De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Wij investeren "
              "daarom in de deskundigheid van ondersteuningscoördinatoren en mentoren. Jaarlijks bieden we een "
              "scholingsprogramma aan met onderwerpen als het voeren van gesprekken met ouders, omgaan met "
              "gedrag, schoolverzuim en het schrijven van een goed OPP. Het netwerk van ondersteuningscoördinatoren "
              "komt maandelijks bij elkaar."))
    B.append(("p", "Het bureau zelf is klein. Wij houden bewust de overhead laag, zodat zoveel mogelijk geld naar "
              "de scholen en de leerlingen gaat. Dat maakt ons kwetsbaar bij ziekte of vertrek; daarom werken wij "
              "samen met het naburige samenwerkingsverband aan onderlinge vervanging."))

    B.append(("h1", "12 Jaarplanning"))
    B.append(("ul", [
        "2025-2026: actualisatie standaarden basisondersteuning; opstellen kwaliteitskader; voorbereiding ouder- en jeugdsteunpunt.",
        "2026-2027: start ouder- en jeugdsteunpunt; protocol terugplaatsing; extra plaatsen vso cluster 4.",
        "2027-2028: tussentijdse evaluatie met OPR; herijking verdeling middelen.",
        "2028-2029: evaluatie en voorbereiding nieuw plan."]))

    B.append(("h1", "Bijlage 1 Afkortingen"))
    B.append(("table", [["Afkorting", "Betekenis"],
                        ["CTO", "Commissie Toelaatbaarheid en Ondersteuning"],
                        ["DUO", "Dienst Uitvoering Onderwijs"],
                        ["Lwoo", "Leerwegondersteunend onderwijs"],
                        ["OJSP", "Ouder- en jeugdsteunpunt"],
                        ["OOGO", "Op overeenstemming gericht overleg"],
                        ["OPP", "Ontwikkelingsperspectiefplan"],
                        ["OPR", "Ondersteuningsplanraad"],
                        ["Pro", "Praktijkonderwijs"],
                        ["TLV", "Toelaatbaarheidsverklaring"],
                        ["Vso", "Voortgezet speciaal onderwijs"]]))
    return B


# ---------------------------------------------------------------------------------------------
# Plan C - VO, .pdf - SWV VO Kop van de Polder (fictief), plan op hoofdlijnen 2026-2030
# ---------------------------------------------------------------------------------------------

def plan_c():
    B = []
    B.append(("title", ["Ondersteuningsplan op hoofdlijnen",
                        "2026 - 2030",
                        "SWV VO Kop van de Polder - VO 21-08",
                        "Samen sterk voor elke leerling"]))
    B.append(("toc", [
        "Voorwoord",
        "Leeswijzer",
        "1. Waar staan we voor",
        "2. Ons gebied in vogelvlucht",
        "3. Basisondersteuning",
        "4. Het ondersteuningsaanbod in de regio",
        "5. Toewijzing en toelaatbaarheid",
        "6. Financiën",
        "7. Kwaliteitszorg",
        "8. Ouders",
        "9. Samenwerking met gemeenten en partners",
        "10. Organisatie en medezeggenschap",
        "11. Personeel, ICT en privacy",
        "12. Wat gaan we doen",
        "Begrippenlijst"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Het ondersteuningsplan dat voor u ligt, is anders dan zijn voorgangers. Het vorige plan telde "
              "meer dan honderd pagina's; dit plan is bewust kort gehouden. Wij beschrijven op hoofdlijnen wat wij "
              "als samenwerkingsverband willen bereiken en welke afspraken wij met elkaar hebben gemaakt. De scholen "
              "bepalen zelf hoe zij die afspraken in de praktijk vormgeven. Procedures, formulieren en de "
              "jaarlijkse begroting staan in aparte documenten, die gemakkelijker kunnen worden bijgewerkt."))
    B.append(("p", "Die keuze past bij de manier waarop wij willen werken: met vertrouwen in de professionals op "
              "de scholen, met korte lijnen en met ruimte voor maatwerk. Wij danken de directeuren, de "
              "ondersteuningscoördinatoren, de gemeenten en de ondersteuningsplanraad voor hun bijdrage aan dit "
              "plan."))
    B.append(("p", "Het bestuur van SWV VO Kop van de Polder"))

    B.append(("h1", "Leeswijzer"))
    B.append(("p", "Dit plan volgt de opbouw die veel samenwerkingsverbanden hanteren. Na de visie (hoofdstuk 1) en "
              "een korte schets van het gebied (hoofdstuk 2) beschrijven wij de basisondersteuning en het "
              "ondersteuningsaanbod. Daarna komen de toewijzing, de financiën, de kwaliteitszorg en de informatie "
              "aan ouders aan bod. De laatste hoofdstukken gaan over samenwerking en organisatie. Waar in de tekst "
              "wordt verwezen naar het Handboek Toewijzing of de jaarbegroting, gaat het om documenten die los van "
              "dit plan worden vastgesteld en op de website worden gepubliceerd."))

    B.append(("h1", "1. Waar staan we voor"))
    B.append(("p", "Wij willen dat iedere jongere in de Kop van de Polder een diploma of startkwalificatie haalt, "
              "of een andere passende plek in de samenleving vindt. Het onderwijs moet aansluiten bij wat een "
              "leerling kan en wil. Ondersteuning is daarbij geen doel op zich, maar een middel om leerlingen te "
              "laten meedoen."))
    B.append(("p", "Onze kernwaarden zijn: dichtbij, samen, eenvoudig. Dichtbij, omdat ondersteuning het best werkt "
              "als zij in de klas en op de eigen school wordt geboden. Samen, omdat geen enkele school het alleen kan "
              "en onderwijs, jeugdhulp en gemeenten elkaar nodig hebben. Eenvoudig, omdat bureaucratie tijd en "
              "energie kost die beter aan leerlingen kan worden besteed."))
    B.append(("p", "Wij zien dat steeds meer jongeren kampen met mentale problemen, prestatiedruk en "
              "schoolverzuim. Tegelijk zien we veel veerkracht: leerlingen die met de juiste steun hun weg vinden. "
              "Wij willen de komende jaren vooral investeren in preventie en in de vaardigheden van mentoren en "
              "docenten."))

    B.append(("h1", "2. Ons gebied in vogelvlucht"))
    B.append(("p", "Het samenwerkingsverband omvat de gemeenten Polderkoog, Zeewolde-Noord en Kampereiland. Vijf "
              "schoolbesturen zijn aangesloten, met samen acht scholen voor voortgezet onderwijs, één school voor "
              "praktijkonderwijs en één school voor voortgezet speciaal onderwijs met een afdeling voor cluster 3 "
              "en een afdeling voor cluster 4. Het totaal aantal leerlingen bedraagt ongeveer 6.100."))
    B.append(("p", "Het gebied is uitgestrekt en dunbevolkt. Een deel van de leerlingen gaat naar school in een "
              "naburige regio, met name leerlingen die het vso of een specifieke vmbo-richting volgen. Omgekeerd "
              "komen leerlingen uit de omliggende regio naar onze scholen. Afspraken met de naburige "
              "samenwerkingsverbanden zijn daarom belangrijk."))

    B.append(("h1", "3. Basisondersteuning"))
    B.append(("p", "Alle scholen in de Kop van de Polder, op al hun vestigingen, bieden hetzelfde minimale niveau "
              "van ondersteuning: de basisondersteuning. Dit niveau hebben de besturen met elkaar afgesproken; het "
              "is het fundament waarop extra ondersteuning voortbouwt. Ouders en leerlingen kunnen op elke school "
              "ten minste rekenen op:"))
    B.append(("ul", [
        "een mentor met een vast mentoruur en minimaal drie oudergesprekken per jaar;",
        "een ondersteuningscoördinator en een zorg- en adviesteam waarin ook de jeugdverpleegkundige en de jeugdconsulent van de gemeente deelnemen;",
        "hulp bij dyslexie en dyscalculie volgens het regionale protocol, met faciliteiten zoals extra tijd en auditieve ondersteuning;",
        "een training faalangst en een training sociale vaardigheden;",
        "huiswerkbegeleiding en begeleiding bij plannen en organiseren;",
        "opvang bij verwijdering uit de les en een vaste rustplek;",
        "een aanpak voor pesten en een anti-pestcoördinator;",
        "een OPP voor iedere leerling die extra ondersteuning krijgt."]))
    B.append(("p", "Elke school beschrijft in haar schoolgids hoe zij de basisondersteuning invult en welke extra "
              "ondersteuning zij daarnaast biedt."))

    B.append(("h1", "4. Het ondersteuningsaanbod in de regio"))
    B.append(("p", "Het ondersteuningsaanbod in de Kop van de Polder is opgebouwd als een doorlopende lijn. Waar de "
              "basisondersteuning niet volstaat, bieden de scholen extra ondersteuning in de vorm van "
              "arrangementen: bijvoorbeeld een plusklas, een kleinere groep voor een deel van de lessen, coaching "
              "door een orthopedagoog of een tijdelijk aangepast rooster. Voor leerlingen die tijdelijk een andere "
              "omgeving nodig hebben, is er het regionale OPDC De Vaart in Polderkoog, met plaats voor 30 leerlingen. "
              "De praktijkschool en de vso-school bieden onderwijs aan leerlingen die daarop zijn aangewezen. Voor "
              "nieuwkomers is er een internationale schakelklas (ISK) in Kampereiland."))
    B.append(("p", "Scholen hebben zorgplicht en werken samen om voor elke leerling een plek te vinden. Het "
              "samenwerkingsverband maakt zich zorgen over het aantal thuiszitters en blijft daarover in gesprek met "
              "de gemeenten. Ook het uitstroomperspectief van leerlingen in het praktijkonderwijs en vso heeft onze "
              "aandacht."))

    B.append(("h1", "5. Toewijzing en toelaatbaarheid"))
    B.append(("p", "De toelaatbaarheid tot het vso en het praktijkonderwijs, de aanwijzing voor leerwegondersteunend "
              "onderwijs en de toewijzing van plaatsen in het OPDC zijn uitgewerkt in het Handboek Toewijzing 2026 "
              "(bijlage 2), dat jaarlijks wordt geactualiseerd en op de website staat."))

    B.append(("h1", "6. Financiën"))
    B.append(("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en "
              "praktijkonderwijs. Na de afdracht voor leerlingen in het vso verdelen wij de middelen volgens een "
              "vaste verdeelsleutel: 70 procent van de middelen lichte ondersteuning gaat naar de schoolbesturen, "
              "naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar (ongeveer € 118 per "
              "leerling); 30 procent gebruiken wij voor het OPDC en de ISK. De middelen voor lwoo en pro worden "
              "volledig doorbetaald aan de scholen op basis van het aantal leerlingen met een aanwijzing of TLV. Het "
              "algemeen bestuur stelt de verdeelsleutel jaarlijks vast bij de begroting."))
    B.append(("p", "De meerjarenbegroting 2026-2030 maakt deel uit van de jaarbegroting en is op te vragen bij het "
              "bureau. Onze reserves zijn in 2024 teruggebracht tot onder de signaleringswaarde van de inspectie."))

    B.append(("h1", "7. Kwaliteitszorg"))
    B.append(("p", "Wij werken volgens een vaste kwaliteitscyclus. Het bureau houdt een dashboard bij dat elk "
              "kwartaal wordt bijgewerkt met het aantal thuiszitters, het aantal aanvragen en toewijzingen, het "
              "aantal leerlingen in het OPDC en de doorlooptijden. Het algemeen bestuur bespreekt het dashboard "
              "vier keer per jaar. Eens per twee jaar houden wij een tevredenheidspeiling onder ouders, leerlingen en "
              "scholen. Elke school voert jaarlijks een kwaliteitsgesprek met de directeur van het "
              "samenwerkingsverband over de inzet en de opbrengst van de ondersteuningsmiddelen. De bevindingen "
              "worden gebundeld in het jaarverslag, dat wij voor 1 juli publiceren en met de OPR bespreken."))
    B.append(("p", "Welke resultaten wij in deze planperiode precies willen bereiken, leggen wij per schooljaar vast "
              "in het jaarplan."))

    B.append(("h1", "8. Ouders"))
    B.append(("p", "Wij vinden het belangrijk dat ouders weten welke ondersteuning er is en hoe zij die kunnen "
              "krijgen. Op onze website staat een ouderpagina met per school de ondersteuningsmogelijkheden en een "
              "uitleg van de route naar extra ondersteuning, het OPDC en het vso. Er is een ouderfolder in vier "
              "talen, die alle basisscholen in groep 8 uitdelen. De ondersteuningscoördinatoren organiseren elk "
              "jaar in november een informatieavond over ondersteuning in het voortgezet onderwijs."))
    B.append(("p", "Ouders die onafhankelijk advies willen, of die het niet eens zijn met de school, kunnen terecht "
              "bij het Ouder- en Jeugdsteunpunt (OJSP) Kop van de Polder. Het OJSP is bereikbaar op werkdagen via "
              "telefoon en e-mail, werkt onafhankelijk van scholen en samenwerkingsverband en kan meegaan naar "
              "gesprekken. Daarnaast kunnen ouders gratis gebruikmaken van de landelijke Onderwijsconsulenten."))

    B.append(("h1", "9. Samenwerking met gemeenten en partners"))
    B.append(("p", "Met de drie gemeenten voeren wij jaarlijks het op overeenstemming gericht overleg (OOGO). "
              "Belangrijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
              "onderwijshuisvesting en de overgang naar mbo en arbeid. Op alle scholen is een jeugdconsulent van de "
              "gemeente aanwezig die deelneemt aan het zorg- en adviesteam. Samen met de gemeenten financieren wij "
              "een jeugdhulpverlener in het OPDC."))
    B.append(("p", "Met het samenwerkingsverband primair onderwijs en met de mbo-instellingen in de regio maken wij "
              "afspraken over de overgang tussen onderwijssoorten. Met de naburige samenwerkingsverbanden hebben wij "
              "afspraken over leerlingen die buiten de eigen regio naar school gaan."))

    B.append(("h1", "10. Organisatie en medezeggenschap"))
    B.append(("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de vijf "
              "aangesloten schoolbesturen en houdt toezicht op het bestuur. Het bestuur wordt gevormd door een "
              "onafhankelijk voorzitter en twee bestuurders van aangesloten besturen. De directeur leidt het bureau "
              "en is verantwoordelijk voor de uitvoering."))
    B.append(("p", "De ondersteuningsplanraad telt zes leden, van wie drie ouders of leerlingen en drie "
              "personeelsleden. De OPR heeft ingestemd met dit plan op 31 maart 2026. Het OOGO over dit plan is "
              "afgerond op 12 maart 2026."))

    B.append(("h1", "11. Personeel, ICT en privacy"))
    B.append(("p", "Het bureau telt zes medewerkers. De consulenten van het samenwerkingsverband ondersteunen de "
              "scholen bij lastige vragen. Wij investeren in scholing voor mentoren op het gebied van gesprekken "
              "voeren, signaleren van psychische problemen en omgaan met verzuim. Het netwerk van "
              "ondersteuningscoördinatoren komt zes keer per jaar bij elkaar."))
    B.append(("p", "Voor de registratie van aanvragen gebruiken wij een beveiligd digitaal systeem. Het "
              "samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor zijn wettelijke taken en houdt "
              "zich aan de AVG. Het privacyreglement staat op de website."))

    B.append(("h1", "12. Wat gaan we doen"))
    B.append(("ul", [
        "2026-2027: jaarplan met resultaten; nieuwe ouderfolder; start preventieprogramma mentoren.",
        "2027-2028: evaluatie OPDC; herziening Handboek Toewijzing.",
        "2028-2029: tussenevaluatie plan met OPR en gemeenten.",
        "2029-2030: voorbereiding nieuw ondersteuningsplan."]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("ul", [
        "Basisondersteuning - het afgesproken minimum aan ondersteuning dat iedere school biedt.",
        "Bezwaar - de mogelijkheid om tegen een besluit van het samenwerkingsverband op te komen.",
        "Deskundigenadvies - het advies van twee deskundigen dat nodig is voor een TLV.",
        "Dekkend aanbod - het geheel van voorzieningen waarbinnen elke leerling een plek vindt.",
        "ISK - internationale schakelklas.",
        "Lwoo - leerwegondersteunend onderwijs.",
        "OPDC - orthopedagogisch-didactisch centrum.",
        "Terugplaatsing - de terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs.",
        "TLV - toelaatbaarheidsverklaring, nodig voor plaatsing in vso of pro.",
        "Verdeelsleutel - de regel volgens welke de middelen over de besturen worden verdeeld."]))
    return B


# ---------------------------------------------------------------------------------------------
# Plan D - PO, .docx - SWV Passend Primair Onderwijs Eemsweide (fictief), 2026-2030
# ---------------------------------------------------------------------------------------------

def plan_d():
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Passend Primair Onderwijs Eemsweide",
                        "PO 20-17",
                        "Concept ter instemming OPR - februari 2026"]))
    B.append(("toc", [
        "Voorwoord",
        "1 Inleiding",
        "2 Het samenwerkingsverband in cijfers en besturen",
        "3 Visie: ieder kind een passende plek",
        "4 Basisondersteuning",
        "5 Dekkend aanbod en arrangementen",
        "6 Toelaatbaarheid tot sbo en so",
        "7 Resultaten en kwaliteitszorg",
        "8 Ouders",
        "9 Financiën en meerjarenbegroting",
        "10 Bestuur, OPR en OOGO",
        "11 Professionalisering en personeel",
        "12 Planning",
        "Bijlage A Begrippen en afkortingen"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Beste lezer, voor u ligt het concept-ondersteuningsplan 2026-2030 van Passend Primair Onderwijs "
              "Eemsweide. In de afgelopen vier jaar hebben de 46 basisscholen, de twee scholen voor speciaal "
              "basisonderwijs en de so-scholen in onze regio veel met elkaar opgebouwd. Er is meer expertise in de "
              "scholen, er zijn minder kinderen verwezen naar het speciaal onderwijs en de samenwerking tussen de "
              "besturen is hechter dan ooit."))
    B.append(("p", "Tegelijk weten we dat er nog veel te doen is. Leerkrachten ervaren een hoge werkdruk, de "
              "groepen worden diverser en niet elk kind vindt snel genoeg de plek die het nodig heeft. In dit plan "
              "beschrijven we hoe we daar de komende vier jaar mee aan de slag gaan. We danken iedereen die heeft "
              "meegeschreven en meegelezen."))
    B.append(("p", "Drs. A.H. (Anneke) Bosma, directeur-bestuurder"))

    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit ondersteuningsplan is het beleidsplan van het samenwerkingsverband voor de periode 1 augustus "
              "2026 tot en met 31 juli 2030. Het plan is opgesteld op grond van artikel 18a van de Wet op het "
              "primair onderwijs. Het beschrijft hoe de aangesloten besturen samen zorgen voor passend onderwijs "
              "voor alle kinderen in de regio."))
    B.append(("p", "Het plan is tot stand gekomen in een reeks werksessies met intern begeleiders, directeuren, "
              "bestuurders en de ondersteuningsplanraad. Ook hebben we de resultaten van de evaluatie van het "
              "vorige plan gebruikt; die staan in hoofdstuk 7. Dit concept wordt in maart 2026 voorgelegd aan de "
              "OPR en in het OOGO met de gemeenten besproken."))
    B.append(("p", "Het plan is geschreven voor professionals in het onderwijs, maar we hebben geprobeerd het zo te "
              "schrijven dat ook ouders en andere belangstellenden het kunnen lezen. Moeilijke woorden en "
              "afkortingen worden uitgelegd in bijlage A."))

    B.append(("h1", "2 Het samenwerkingsverband in cijfers en besturen"))
    B.append(("p", "Passend Primair Onderwijs Eemsweide is een stichting. Aangesloten zijn elf schoolbesturen met "
              "samen 46 basisscholen, twee scholen voor speciaal basisonderwijs (De Wegwijzer en De Klimop) en de "
              "so-scholen van twee besturen voor speciaal onderwijs, die ook voor andere samenwerkingsverbanden "
              "werken. Het werkgebied omvat de gemeenten Eemsweide, Loppersum-Zuid en Ten Boerveen."))
    B.append(("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                        ["Leerlingen basisonderwijs", "8.940"],
                        ["Leerlingen sbo", "212"],
                        ["Leerlingen so (uit ons gebied)", "161"],
                        ["Aangesloten besturen", "11"],
                        ["Basisscholen", "46"]]))
    B.append(("p", "De regio heeft te maken met krimp in de dorpen en groei in de stad Eemsweide. Enkele kleine "
              "scholen hebben minder dan vijftig leerlingen. Dat vraagt om samenwerking tussen scholen, omdat kleine "
              "teams niet alle expertise zelf in huis kunnen hebben."))

    B.append(("h1", "3 Visie: ieder kind een passende plek"))
    B.append(("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij zijn mogelijkheden, zo dicht "
              "mogelijk bij huis. Onze slogan 'ieder kind een passende plek' is niet alleen een belofte aan ouders, "
              "maar vooral een opdracht aan onszelf. Geen kind thuis, geen kind tussen wal en schip."))
    B.append(("p", "Leerkrachten zijn de spil van passend onderwijs. Zij moeten zich gesteund voelen door de intern "
              "begeleider, de directeur, het bestuur en het samenwerkingsverband. Ondersteuning begint in de groep "
              "en wordt zo lang mogelijk in de groep geboden. Wij werken handelingsgericht: we kijken naar wat een "
              "kind nodig heeft en wat de leerkracht daarvoor nodig heeft."))
    B.append(("p", "Ouders zijn partners. Zij worden vanaf het begin betrokken als er zorgen zijn over hun kind, en "
              "zij denken mee over de aanpak. Samen met de school stellen zij het ontwikkelingsperspectief op."))

    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat alle "
              "scholen binnen Eemsweide, op al hun locaties, planmatig en op een afgesproken kwaliteitsniveau "
              "uitvoeren. Het is het minimum dat de besturen met elkaar hebben afgesproken; de basisondersteuning "
              "geldt voor iedere basisschool in het samenwerkingsverband, ongeacht het bestuur of de grootte van de "
              "school. Wij gebruiken de vier aspecten van het landelijk referentiekader: basiskwaliteit, preventieve "
              "en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken."))
    B.append(("p", "Concreet betekent dit dat ouders op iedere basisschool kunnen verwachten:"))
    B.append(("table", [["Onderdeel", "Wat iedere school biedt"],
                        ["Ondersteuningsstructuur", "Een intern begeleider (minimaal één dag per week per 100 leerlingen), groepsbesprekingen drie keer per jaar en een ondersteuningsteam met de orthopedagoog van het bestuur."],
                        ["Lezen en rekenen", "Het Protocol Leesproblemen en Dyslexie en het Protocol ERWD, met vroege signalering vanaf groep 2 en extra instructie in kleine groepjes."],
                        ["Gedrag", "Een schoolbrede gedragsaanpak (bijvoorbeeld PBS of De Vreedzame School), een pestprotocol en afspraken over een time-outplek in de school."],
                        ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en compacten en verrijken in de groep."],
                        ["Taal en NT2", "Extra aandacht voor woordenschat en een aanbod voor kinderen met een taalachterstand."],
                        ["Medisch handelen", "Een protocol medisch handelen en medicijnverstrekking."],
                        ["Planmatig werken", "Een ontwikkelingsperspectief (OPP) voor kinderen met eigen leerlijn, binnen zes weken opgesteld en twee keer per jaar geëvalueerd met ouders."]]))
    B.append(("p", "Wanneer een kind meer nodig heeft dan deze basisondersteuning, spreken we van extra "
              "ondersteuning. Scholen leggen hun basisondersteuning vast in de schoolgids. Eens per jaar bespreekt de "
              "directeur-bestuurder met ieder bestuur of de scholen aan de afspraken voldoen."))

    B.append(("h1", "5 Dekkend aanbod en arrangementen"))
    B.append(("p", "Een overzicht van het dekkend aanbod in de regio, met de arrangementen die scholen en besturen "
              "bieden en de plekken waar het aanbod tekortschiet, stellen wij in het eerste planjaar op, samen met "
              "de besturen en de gemeenten. Dit hoofdstuk wordt daarna aangevuld en opnieuw aan de "
              "ondersteuningsplanraad voorgelegd."))

    B.append(("h1", "6 Toelaatbaarheid tot sbo en so"))
    B.append(("h2", "6.1 Wie vraagt aan en hoe"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "wordt aangevraagd door het bestuur van de school waar het kind staat ingeschreven. Voor kinderen die "
              "nog niet op school zitten, bijvoorbeeld jonge kinderen uit een medisch kinderdagverblijf, vraagt de "
              "school van aanmelding de TLV aan. De aanvraag verloopt in vijf stappen:"))
    B.append(("ol", [
        "De school bespreekt het kind in het ondersteuningsteam, samen met de ouders en de orthopedagoog.",
        "De school stelt het groeidocument op, met het OPP, de evaluatie van de geboden ondersteuning en de zienswijze van de ouders.",
        "De school dient de aanvraag digitaal in bij de Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband.",
        "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een maatschappelijk werker, een arts of een kinderpsychiater). Zij waren niet betrokken bij de aanvraag.",
        "De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit en stuurt dat aan school en ouders, met een afschrift van de deskundigenadviezen."]))
    B.append(("h2", "6.2 Criteria"))
    B.append(("p", "De CvT toetst iedere aanvraag aan de criteria in onderstaande tabel. Aan alle criteria in de "
              "betreffende kolom moet zijn voldaan."))
    B.append(("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                        ["Voorafgaande ondersteuning", "Minimaal één schooljaar extra ondersteuning in de basisschool volgens een OPP, met twee evaluaties", "Minimaal één schooljaar extra ondersteuning, of een ernstige beperking die direct plaatsing vraagt"],
                        ["Ondersteuningsbehoefte", "Het kind heeft een kleinere groep en een aangepast tempo nodig gedurende de hele schooldag", "Het kind heeft gedurende de hele schooldag specialistische zorg en begeleiding nodig"],
                        ["Ontwikkeling", "Leerachterstand van meer dan 1,5 jaar op twee of meer vakgebieden of vastgelopen sociaal-emotionele ontwikkeling", "Verstandelijke, lichamelijke of meervoudige beperking, langdurige ziekte (cluster 3) of ernstige gedrags- of psychiatrische problematiek (cluster 4)"],
                        ["Mogelijkheden basisschool", "De basisschool heeft aantoonbaar handelingsverlegenheid, ook na consultatie van de orthopedagoog", "Ook het sbo kan niet bieden wat het kind nodig heeft"]]))
    B.append(("h2", "6.3 Duur en categorie"))
    B.append(("p", "Een TLV sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven "
              "voor twee schooljaren, tot en met 31 juli, of bij een blijvende beperking tot het einde van de "
              "basisschoolleeftijd. Bij een TLV so stelt de CvT de bekostigingscategorie vast: laag, midden of hoog."))
    B.append(("h2", "6.4 Verlenging en afloop"))
    B.append(("p", "Uiterlijk in februari van het laatste jaar van de TLV bespreekt de sbo- of so-school het OPP in "
              "een multidisciplinair overleg met de ouders en de consulent van het samenwerkingsverband. In dat "
              "overleg wordt bekeken of het kind het speciaal (basis)onderwijs nog nodig heeft. Is dat zo, dan "
              "vraagt de school vóór 1 april een nieuwe TLV aan. Is dat niet zo, dan zoekt de school samen met de "
              "ouders een basisschool. De huidige school draagt het kind "
              "vóór 1 juni over met een onderwijskundig rapport en een overdrachtsgesprek met de intern begeleider "
              "van de nieuwe school; de nieuwe school besluit over de inschrijving."))
    B.append(("h2", "6.5 Bezwaar"))
    B.append(("p", "Ouders en school kunnen binnen zes weken na de dagtekening van het besluit bezwaar maken. Het "
              "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen en beslist binnen zes weken na dat advies."))

    B.append(("h1", "7 Resultaten en kwaliteitszorg"))
    B.append(("h2", "7.1 Wat hebben we bereikt (2022-2026)"))
    B.append(("p", "In het vorige plan hadden we ons drie doelen gesteld. Het deelnamepercentage sbo en so samen "
              "zou onder de 4,5% blijven; dat is gelukt (4,2% op 1 oktober 2025, landelijk 4,6%). Alle scholen "
              "zouden in 2024 aan de basisondersteuning voldoen; dat lukte voor 41 van de 46 scholen. En de "
              "doorlooptijd van een TLV-aanvraag zou maximaal zes weken bedragen; gemiddeld was die 4,8 weken. "
              "Uit de oudertevredenheidspeiling van 2025 bleek dat 78% van de ouders van kinderen met een "
              "arrangement tevreden is over de ondersteuning."))
    B.append(("h2", "7.2 Beoogde resultaten 2026-2030"))
    B.append(("ul", [
        "In 2030 voldoen alle 46 basisscholen aan alle onderdelen van de basisondersteuning.",
        "Het deelnamepercentage sbo en so blijft onder het landelijk gemiddelde.",
        "Ten minste 80% van de kinderen met een OPP haalt de in het OPP gestelde doelen voor lezen en rekenen.",
        "Ten minste 80% van de ouders van kinderen met extra ondersteuning is tevreden (peiling 2028 en 2030).",
        "De doorlooptijd van een TLV-aanvraag is in 95% van de gevallen korter dan zes weken."]))
    B.append(("h2", "7.3 Hoe we meten en rapporteren"))
    B.append(("p", "Wij volgen de resultaten met een jaarlijkse monitor. Daarin gebruiken we de gegevens van DUO "
              "(peildatum 1 oktober), de registratie van de CvT, de OPP-evaluaties die scholen in juli aanleveren en "
              "de oudertevredenheidspeiling. De directeur-bestuurder rapporteert twee keer per jaar aan het bestuur "
              "en bespreekt de monitor jaarlijks met de OPR. In het jaarverslag, dat vóór 1 juli verschijnt, "
              "vergelijken we de bereikte resultaten met de beoogde resultaten."))

    B.append(("h1", "8 Ouders"))
    B.append(("p", "Ouders worden betrokken bij alle belangrijke beslissingen over hun kind: bij het OPP, bij de "
              "bespreking in het ondersteuningsteam en bij de aanvraag van een TLV. Ook in de "
              "ondersteuningsplanraad hebben ouders een stem."))
    B.append(("p", "Soms lopen ouders vast, of hebben zij het gevoel dat er niet naar hen geluisterd wordt. Zij "
              "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Eemsweide, dat onafhankelijk van scholen en "
              "samenwerkingsverband werkt. Een medewerker van het steunpunt luistert, zoekt uit wat er aan de hand "
              "is en kan ouders begeleiden naar een gesprek met de school. Ouders kunnen ook gratis hulp vragen bij "
              "de Onderwijsconsulenten. Lukt het niet om er samen uit te komen, dan kunnen ouders een klacht "
              "indienen via de klachtenregeling van het bestuur of zich wenden tot de Geschillencommissie passend "
              "onderwijs."))
    B.append(("p", "Een ouderbrochure over passend onderwijs in Eemsweide en een vernieuwde ouderpagina op de "
              "website zijn in voorbereiding en verschijnen naar verwachting in het voorjaar van 2027."))

    B.append(("h1", "9 Financiën en meerjarenbegroting"))
    B.append(("p", "De financiële paragraaf van dit plan, met het verdeelmodel en de meerjarenbegroting 2026-2030, "
              "wordt na vaststelling van de begroting door het bestuur in december 2026 als afzonderlijk document "
              "gepubliceerd. Tot die tijd: p.m."))

    B.append(("h1", "10 Bestuur, OPR en OOGO"))
    B.append(("p", "Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. "
              "De raad van toezicht bestaat uit vijf leden, van wie drie door de aangesloten besturen worden "
              "voorgedragen. De directeur-bestuurder legt verantwoording af aan de raad van toezicht. Het "
              "bestuurlijk overleg van de aangesloten besturen adviseert de directeur-bestuurder over alle "
              "belangrijke besluiten."))
    B.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
              "afgevaardigd vanuit de medezeggenschapsraden. De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan. Dit concept wordt op 10 maart 2026 aan de OPR voorgelegd."))
    B.append(("p", "Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
              "Eemsweide, Loppersum-Zuid en Ten Boerveen over dit plan is gepland op 17 maart 2026. Met het "
              "samenwerkingsverband VO in de regio vindt overleg plaats op 19 maart 2026. Het plan wordt vóór "
              "1 mei 2026 aan de inspectie gezonden."))

    B.append(("h1", "11 Professionalisering en personeel"))
    B.append(("p", "Het samenwerkingsverband heeft een klein bureau met een directeur-bestuurder, drie consulenten, "
              "een secretaris van de CvT en een managementassistent. De orthopedagogen die in de CvT als deskundige "
              "optreden, worden ingehuurd."))
    B.append(("p", "Wij bieden intern begeleiders een netwerk waarin zij kennis delen en elkaar ondersteunen. Elk "
              "jaar organiseren we een studiedag voor intern begeleiders en directeuren, en een leergang "
              "'handelingsgericht werken' voor startende leerkrachten. Het lerarentekort maakt het lastig om leerkrachten vrij te roosteren voor scholing; we zoeken "
              "daarom naar vormen die in de school zelf kunnen plaatsvinden."))

    B.append(("h1", "12 Planning"))
    B.append(("table", [["Periode", "Wat"],
                        ["Voorjaar 2026", "Instemming OPR, OOGO, vaststelling, verzending inspectie"],
                        ["2026-2027", "Overzicht dekkend aanbod opstellen; financiële paragraaf publiceren; ouderbrochure"],
                        ["2027-2028", "Tussenevaluatie basisondersteuning; oudertevredenheidspeiling 2028"],
                        ["2028-2030", "Evaluatie en voorbereiding nieuw plan"]]))

    B.append(("h1", "Bijlage A Begrippen en afkortingen"))
    B.append(("ul", [
        "Arrangement - extra ondersteuning voor een kind of groep, met doel, duur en inzet.",
        "CvT - Commissie van Toelaatbaarheid.",
        "Dekkend aanbod - een samenhangend geheel van ondersteuningsvoorzieningen in de regio.",
        "Meerjarenbegroting - de begroting voor de komende vier jaar.",
        "Ondersteuningsmiddelen - het geld dat het samenwerkingsverband van het Rijk ontvangt voor passend onderwijs.",
        "OPP - ontwikkelingsperspectief(plan).",
        "Sbo - speciaal basisonderwijs.",
        "So - speciaal onderwijs.",
        "Terugplaatsing - de overstap van sbo of so naar het regulier basisonderwijs.",
        "Thuiszitter - een leerplichtig kind dat niet naar school gaat.",
        "Verevening - de aanpassing van het budget aan een landelijk gemiddelde."]))
    return B


# ---------------------------------------------------------------------------------------------
# Plan E - VO, .html - Samenwerkingsverband VO Zuidrand (fictief), webversie 2026-2030
# ---------------------------------------------------------------------------------------------

E_NAV = [("Home", "index.html"), ("Over ons", "over-ons.html"), ("Ondersteuningsplan", "ondersteuningsplan.html"),
         ("Loket", "loket.html"), ("Voor ouders", "ouders.html"), ("Voor scholen", "scholen.html"),
         ("Contact", "contact.html")]


def plan_e():
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030 (webversie)",
                        "Samenwerkingsverband Voortgezet Onderwijs Zuidrand - VO 28-03",
                        "Deze webversie is gelijk aan de vastgestelde pdf-versie van 23 april 2026."]))
    B.append(("toc", ["Voorwoord", "Over dit plan", "Onze regio", "Visie en koers",
                      "Ondersteuning in de school", "Bovenschoolse voorzieningen",
                      "Thuiszitters en dekkend netwerk", "Toelaatbaarheid vso",
                      "Lwoo en praktijkonderwijs", "Terug naar het regulier onderwijs",
                      "Geld: verdeling en begroting", "Resultaten", "Samenwerking met gemeenten",
                      "Organisatie en medezeggenschap", "Personeel", "Planning", "Begrippenlijst"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Welkom bij de webversie van ons ondersteuningsplan 2026-2030. We hebben ervoor gekozen het plan "
              "ook op deze manier te publiceren, zodat iedereen snel kan vinden wat hij zoekt. De inhoud is gelijk "
              "aan de pdf-versie die het bestuur op 23 april 2026 heeft vastgesteld."))
    B.append(("p", "De afgelopen planperiode was er een van bouwen. We hebben een tussenvoorziening geopend, de "
              "thuiszittersaanpak vernieuwd en het lwoo-beleid herzien. De komende periode willen we vooral "
              "verdiepen: doen we de goede dingen, en doen we ze goed? Die vraag loopt als een rode draad door dit "
              "plan."))
    B.append(("p", "Karin Dijkstra-Mol, directeur-bestuurder"))

    B.append(("h1", "Over dit plan"))
    B.append(("p", "Het ondersteuningsplan beschrijft hoe de acht aangesloten schoolbesturen samen zorgen voor een "
              "passende onderwijsplek voor alle jongeren in de regio Zuidrand. Het plan geldt van 1 augustus 2026 "
              "tot en met 31 juli 2030 en wordt jaarlijks uitgewerkt in een jaarplan en een begroting."))
    B.append(("p", "Het concept is in het najaar van 2025 besproken met directeuren, ondersteuningscoördinatoren en "
              "partners. Het OOGO met de gemeenten Zuidrand, Heerveld en Westerbroek vond plaats op 5 maart 2026. "
              "Met de drie samenwerkingsverbanden primair onderwijs die (deels) in ons gebied liggen, is op "
              "12 maart 2026 overleg gevoerd. De ondersteuningsplanraad stemde op 14 april 2026 in."))

    B.append(("h1", "Onze regio"))
    B.append(("p", "Zuidrand is een stedelijke regio met een grote middelgrote stad en twee omliggende gemeenten. "
              "Ruim 14.000 leerlingen gaan hier naar een van de 19 scholen voor voortgezet onderwijs. Daarnaast zijn "
              "er twee praktijkscholen en drie vso-scholen. Het aantal leerlingen blijft de komende jaren naar "
              "verwachting stabiel. De regio kent een relatief groot aandeel nieuwkomers en leerlingen die thuis "
              "een andere taal spreken."))
    B.append(("p", "De scholen verschillen sterk in grootte en profiel: van een categoraal gymnasium met 700 "
              "leerlingen tot een brede scholengemeenschap met ruim 2.000 leerlingen verdeeld over drie locaties. "
              "Die verscheidenheid is een kracht, maar vraagt ook om duidelijke gezamenlijke afspraken."))

    B.append(("h1", "Visie en koers"))
    B.append(("p", "Elke jongere in Zuidrand verdient een plek waar hij kan leren en groeien, met de ondersteuning die "
              "hij nodig heeft. Dat is onze opdracht. We werken vanuit drie principes: de school is de basis, het "
              "samenwerkingsverband is het vangnet, en niemand valt ertussen."))
    B.append(("p", "Onze koers voor 2026-2030 heeft vier speerpunten: (1) minder thuiszitters en kortere "
              "wachttijden, (2) meer leerlingen die na een tussenvoorziening of vso-plaatsing terugkeren naar een "
              "reguliere school, (3) een eenvoudiger en sneller toewijzingsproces, en (4) meer inzicht in wat onze "
              "inzet oplevert."))
    B.append(("p", "Wij geloven in vakmanschap. Mentoren en docenten doen het echte werk; het samenwerkingsverband "
              "helpt hen door expertise te delen, voorzieningen te organiseren en middelen zo te verdelen dat zij "
              "terechtkomen waar ze nodig zijn."))

    B.append(("h1", "Ondersteuning in de school"))
    B.append(("p", "De afspraken over de basisondersteuning worden in het schooljaar 2026-2027 opnieuw vastgesteld, "
              "in lijn met de landelijke norm basisondersteuning die het ministerie heeft aangekondigd. Dit onderdeel "
              "van het plan wordt na instemming van de ondersteuningsplanraad aangevuld. (p.m.)"))
    B.append(("p", "Bovenop de basisondersteuning kunnen scholen extra ondersteuning bieden in de vorm van "
              "arrangementen. Veel scholen hebben een of meer van de volgende arrangementen in huis en werken voor de "
              "overige samen met andere scholen binnen het eigen bestuur of daarbuiten:"))
    B.append(("ul", [
        "Een flexklas of trajectklas voor leerlingen die een deel van de dag in een kleine groep werken.",
        "Individuele coaching door een orthopedagoog of gedragsspecialist.",
        "Een aangepast of verkort rooster met een terugkeerplan.",
        "Een arrangement voor meer- en hoogbegaafde leerlingen (versnellen, verbreden, verdiepen).",
        "Een NT2-arrangement voor leerlingen die na de ISK instromen."]))
    B.append(("p", "Het ondersteuningsteam van de school besluit over de inzet van een arrangement in de school en "
              "legt het vast in het OPP. De school betaalt het arrangement uit haar schoolbudget."))

    B.append(("h1", "Bovenschoolse voorzieningen"))
    B.append(("p", "Wanneer een school met haar eigen arrangementen niet uitkomt, kan zij een beroep doen op de "
              "bovenschoolse voorzieningen van het samenwerkingsverband:"))
    B.append(("table", [["Voorziening", "Voor wie", "Duur", "Plaatsen"],
                        ["Tussenvoorziening De Brug", "Leerlingen vmbo-havo die vastlopen door gedrag, angst of motivatieproblemen", "3 tot 12 maanden", "48"],
                        ["Rebound Zuidrand", "Leerlingen die tijdelijk uit de eigen school moeten (na schorsing of crisis)", "6 tot 12 weken", "16"],
                        ["Internationale Schakelklas (ISK)", "Nieuwkomers 12-18 jaar", "1 tot 2 jaar", "220"],
                        ["Plusvoorziening HB", "Hoogbegaafde leerlingen met onderpresteren", "1 dag per week, 1 jaar", "30"],
                        ["Vso (3 scholen)", "Leerlingen met een TLV", "Looptijd TLV", "n.v.t."]]))
    B.append(("p", "Aanvragen voor De Brug, Rebound en de Plusvoorziening lopen via het Loket. Een consulent voert "
              "binnen tien werkdagen een intakegesprek; de Commissie Toewijzing beslist binnen drie weken. De "
              "leerling blijft ingeschreven op de eigen school."))

    B.append(("h1", "Thuiszitters en dekkend netwerk"))
    B.append(("p", "Wij willen dat iedere jongere binnen drie maanden na het ontstaan van verzuim weer onderwijs "
              "volgt. Daarvoor hebben we met de gemeenten en leerplicht een gezamenlijke thuiszittersaanpak. Elke "
              "melding van een leerling die langer dan vier weken niet naar school gaat, komt binnen een week aan "
              "de Thuiszitterstafel. Daar zitten de consulent van het samenwerkingsverband, de leerplichtambtenaar, "
              "de jeugdconsulent van de gemeente en de ondersteuningscoördinator van de school. Samen stellen zij "
              "een plan op met één regisseur. Komt de aanpak niet van de grond, dan kan de directeur-bestuurder "
              "doorzettingsmacht inzetten en een school of voorziening aanwijzen."))
    B.append(("p", "Eén keer per jaar, in mei, maken we met de besturen een analyse van de plekken waar het aanbod "
              "tekortschiet. De analyse van 2025 liet zien dat er geen passende plek is voor leerlingen met een "
              "combinatie van autisme en hoogbegaafdheid die de drukte van een reguliere school niet aankunnen, en "
              "dat de wachttijd voor het vso cluster 4 opliep tot vier maanden. Daarom start in augustus 2026 op de "
              "locatie Heerveld van het Zuidrand College een maatwerkgroep met twaalf plaatsen, en heeft het "
              "samenwerkingsverband met vso-school De Horst afgesproken dat wachtende leerlingen een "
              "overbruggingsarrangement krijgen op hun eigen school."))
    B.append(("p", "Scholen vervullen hun zorgplicht gezamenlijk. Kan een school binnen tien weken na aanmelding "
              "geen passende plek vinden, dan draagt het Loket binnen vijf werkdagen een school voor die de "
              "leerling plaatst."))

    B.append(("h1", "Toelaatbaarheid vso"))
    B.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs. "
              "De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling is ingeschreven, of "
              "bij nieuwe leerlingen door de school van aanmelding. De school dient de aanvraag digitaal in bij het "
              "Loket met het OPP, een verslag van de geboden ondersteuning en de evaluatie daarvan."))
    B.append(("p", "De Commissie Toewijzing besluit binnen zes weken na ontvangst van een volledige aanvraag, nadat "
              "twee deskundigen ieder afzonderlijk schriftelijk hebben geadviseerd: een orthopedagoog of GZ-"
              "psycholoog, en een tweede deskundige die past bij de vraag (jeugdarts, maatschappelijk werker of "
              "kinder- en jeugdpsychiater)."))
    B.append(("p", "De commissie geeft een TLV af als de aanvraag aan deze criteria voldoet:"))
    B.append(("ol", [
        "De school heeft ten minste een half jaar extra ondersteuning geboden, vastgelegd in een OPP, en heeft die ondersteuning geëvalueerd.",
        "Een bovenschoolse voorziening is overwogen en biedt geen passend antwoord, of is zonder blijvend resultaat ingezet.",
        "De leerling heeft gedurende de hele schooldag een specialistische, kleinschalige setting nodig vanwege een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3), of vanwege ernstige gedrags- of psychiatrische problematiek (cluster 4)."]))
    B.append(("p", "Een TLV geldt voor één of twee schooljaren en eindigt op 31 juli. De commissie stelt de "
              "bekostigingscategorie (laag, midden of hoog) vast op basis van de deskundigenadviezen."))

    B.append(("h1", "Lwoo en praktijkonderwijs"))
    B.append(("p", "Zuidrand maakt sinds 1 augustus 2022 gebruik van de mogelijkheid om eigen criteria voor lwoo te "
              "hanteren (opting out). Een leerling krijgt een aanwijzing lwoo als hij een leerachterstand heeft van "
              "ten minste een jaar op twee van de vier domeinen (technisch lezen, begrijpend lezen, spelling, "
              "rekenen), of als hij een leerachterstand van ten minste een jaar op één domein heeft in combinatie "
              "met sociaal-emotionele problematiek die in het groeidocument van de basisschool is beschreven. Een "
              "IQ-onderzoek is niet vereist. De aanwijzing geldt voor de hele schoolloopbaan in het vmbo."))
    B.append(("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen of rekenen. "
              "De VO-school van aanmelding vraagt de aanwijzing lwoo of de TLV pro uiterlijk 15 maart aan bij het "
              "Loket; de Commissie Toewijzing beslist binnen vier weken, zodat de leerling vóór de zomer weet waar "
              "hij aan toe is."))

    B.append(("h1", "Terug naar het regulier onderwijs"))
    B.append(("p", "Een plaatsing in het vso of in De Brug is een tussenstap, geen eindstation. Wij willen dat "
              "leerlingen die dat kunnen, terugkeren naar een reguliere school in hun woonomgeving, op een niveau "
              "dat past bij hun mogelijkheden. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden "
              "die in het OPP staat en dat de leerling een half jaar stabiel functioneert."))
    B.append(("p", "Hoe dat gaat: bij elke jaarlijkse OPP-evaluatie bespreekt de vso-school of terugkeer mogelijk is. "
              "In het laatste jaar van de TLV is dat verplicht, uiterlijk in januari. Als terugkeer in beeld komt, "
              "meldt de vso-school dat bij het Loket. De consulent organiseert binnen vier weken een overleg met de "
              "vso-school en de beoogde reguliere school, waarin een terugkeerplan wordt gemaakt met een startdatum. "
              "De reguliere school besluit over de plaatsing. Kan terugkeer nog niet, dan vraagt de vso-school een "
              "nieuwe TLV aan."))
    B.append(("p", "Na de terugkeer begeleidt een ambulant begeleider van de vso-school de leerling en de mentor "
              "gedurende een schooljaar. De ontvangende school krijgt hiervoor een terugkeerarrangement van € 5.000 "
              "uit het budget van het samenwerkingsverband. In 2025 keerden 22 leerlingen vanuit het vso en 61 "
              "leerlingen vanuit De Brug terug naar een reguliere school."))

    B.append(("h1", "Geld: verdeling en begroting"))
    B.append(("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 23 miljoen aan ondersteuningsmiddelen, "
              "inclusief de middelen voor lwoo en pro. Het verdeelmodel, dat het algemeen bestuur in december bij de "
              "begroting vaststelt, kent vier onderdelen:"))
    B.append(("ul", [
        "Schoolbudget: € 190 per leerling op 1 oktober van het voorgaande jaar, aan de besturen, voor arrangementen in de school.",
        "Lwoo- en pro-middelen: volledig doorbetaald naar het aantal leerlingen met een aanwijzing lwoo of TLV pro.",
        "Bovenschoolse voorzieningen: een vast budget per voorziening op basis van het aantal plaatsen.",
        "Individuele arrangementen (overbrugging, terugkeer, maatwerk): toegekend per leerling door de Commissie Toewijzing."]))
    B.append(("p", "Besturen verantwoorden de inzet van het schoolbudget jaarlijks in het bestuursverslag, volgens een "
              "format dat het samenwerkingsverband aanlevert."))
    B.append(("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten rijksbijdragen (na afdracht vso)", "23.120", "23.050", "22.980", "22.940"],
                        ["Schoolbudgetten", "2.680", "2.670", "2.660", "2.655"],
                        ["Lwoo en pro", "12.410", "12.380", "12.350", "12.330"],
                        ["Tussenvoorziening De Brug", "2.950", "2.980", "3.010", "3.040"],
                        ["Rebound en Plusvoorziening", "1.120", "1.140", "1.150", "1.160"],
                        ["ISK (aanvulling)", "640", "640", "640", "640"],
                        ["Maatwerkgroep Heerveld", "260", "410", "420", "430"],
                        ["Individuele arrangementen", "1.350", "1.380", "1.350", "1.320"],
                        ["Loket, bureau en bestuur", "1.790", "1.810", "1.830", "1.850"],
                        ["Resultaat", "-80", "-360", "-430", "-485"]]))
    B.append(("p", "De tekorten worden gedekt uit de reserve, die daarmee eind 2029 op het niveau van de "
              "signaleringswaarde uitkomt."))

    B.append(("h1", "Resultaten"))
    B.append(("p", "Bij onze vier speerpunten horen meetbare beoogde resultaten voor leerlingen die extra "
              "ondersteuning nodig hebben. We vergelijken steeds met de nulmeting van 1 oktober 2025."))
    B.append(("table", [["Speerpunt", "Indicator", "Nulmeting 2025", "Doel 2030"],
                        ["Minder thuiszitters", "Leerlingen langer dan 3 maanden zonder onderwijs", "27", "minder dan 10"],
                        ["Terugkeer", "Percentage leerlingen De Brug dat binnen een jaar regulier onderwijs volgt", "64%", "80%"],
                        ["Terugkeer", "Aantal terugplaatsingen vanuit het vso per jaar", "22", "30"],
                        ["Sneller toewijzen", "Doorlooptijd TLV-aanvraag (gemiddeld)", "5,5 week", "4 weken"],
                        ["Inzicht", "Scholen die arrangementen evalueren met een vast format", "8 van 19", "19 van 19"]]))
    B.append(("p", "We meten deze indicatoren met de registratie van het Loket en van de thuiszitterstafel, met "
              "DUO-gegevens en met een jaarlijkse uitvraag bij de scholen in juli. Het bureau rapporteert elk "
              "kwartaal aan het bestuur. Elk najaar bespreken we de resultaten van het afgelopen schooljaar met de "
              "directeuren en de ondersteuningsplanraad, en stellen we waar nodig het jaarplan bij. De bereikte "
              "resultaten en de bijbehorende kosten staan in het jaarverslag."))

    B.append(("h1", "Samenwerking met gemeenten"))
    B.append(("p", "De gemeenten Zuidrand, Heerveld en Westerbroek zijn onze belangrijkste partners. In het OOGO "
              "van maart 2026 hebben we afgesproken dat elke school een vaste jeugdconsulent heeft, dat jeugdhulp "
              "in De Brug onder schooltijd wordt geboden, en dat gemeenten en samenwerkingsverband samen een "
              "onderwijs-zorgarrangement financieren voor leerlingen die tijdelijk niet volledig onderwijs kunnen "
              "volgen. Verder zijn afspraken gemaakt over leerlingenvervoer naar het vso en over de aansluiting "
              "op arbeid voor leerlingen uit pro en vso."))

    B.append(("h1", "Organisatie en medezeggenschap"))
    B.append(("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht "
              "van vijf leden. De acht aangesloten schoolbesturen vormen samen de algemene vergadering, die de "
              "begroting en het ondersteuningsplan goedkeurt en de leden van de raad van toezicht benoemt."))
    B.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op het "
              "verdeelmodel. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk "
              "secretaris."))

    B.append(("h1", "Personeel"))
    B.append(("p", "Het bureau en het Loket tellen samen 18 fte, onder wie zeven consulenten, drie orthopedagogen en "
              "een GZ-psycholoog. De medewerkers van De Brug en Rebound zijn in dienst van het Zuidrand College en "
              "worden door het samenwerkingsverband bekostigd. We investeren in een gezamenlijke leergang voor "
              "ondersteuningscoördinatoren en in intervisie voor mentoren. Ook werken we aan een regionale pool van "
              "gedragsspecialisten die scholen kunnen inhuren."))

    B.append(("h1", "Planning"))
    B.append(("ul", [
        "2026-2027: afspraken basisondersteuning herzien; start maatwerkgroep Heerveld; nieuw aanvraagportaal Loket.",
        "2027-2028: evaluatie lwoo-criteria (opting out); tussenevaluatie plan.",
        "2028-2029: evaluatie bovenschoolse voorzieningen.",
        "2029-2030: evaluatie planperiode en nieuw plan."]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("ul", [
        "Basisondersteuning - het niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden, zoals vastgelegd in de afspraken tussen de besturen.",
        "Doorzettingsmacht - de bevoegdheid om in een vastgelopen situatie een besluit te nemen.",
        "Lwoo - leerwegondersteunend onderwijs.",
        "OJSP - ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies kunnen krijgen.",
        "Onderwijsconsulenten - landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
        "OPP - ontwikkelingsperspectiefplan.",
        "Schoolgids - de jaarlijkse gids waarin een school onder meer haar ondersteuning beschrijft en waarmee zij ouders informeert.",
        "TLV - toelaatbaarheidsverklaring.",
        "Vso - voortgezet speciaal onderwijs."]))
    return B


# ---------------------------------------------------------------------------------------------
# F - near miss: schoolondersteuningsprofiel of one VO school (not an SWV plan), .docx
# ---------------------------------------------------------------------------------------------

def not_a_plan():
    B = []
    B.append(("title", ["Schoolondersteuningsprofiel 2025-2026",
                        "Het Baken - scholengemeenschap voor vmbo, havo en vwo",
                        "Locaties Westerbroek en Heerveld",
                        "Aangesloten bij Samenwerkingsverband VO Zuidrand"]))
    B.append(("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op Het Baken",
                      "4 Extra ondersteuning en arrangementen", "5 De ondersteuningsstructuur",
                      "6 Samenwerking met het samenwerkingsverband", "7 Ouders en leerlingen",
                      "8 Grenzen aan onze ondersteuning", "9 Ambities"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "In dit schoolondersteuningsprofiel (SOP) beschrijft Het Baken welke ondersteuning wij onze "
              "leerlingen bieden. Iedere school binnen Samenwerkingsverband VO Zuidrand stelt zo'n profiel op. Het "
              "profiel is vastgesteld door de schoolleiding, na advies van de medezeggenschapsraad, en wordt "
              "jaarlijks bijgewerkt. Vanaf volgend schooljaar wordt de inhoud opgenomen in onze schoolgids."))
    B.append(("p", "Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken die voor alle "
              "scholen in de regio gelden. Dit profiel laat zien hoe Het Baken die afspraken invult."))
    B.append(("h1", "2 Onze school"))
    B.append(("p", "Het Baken telt ongeveer 1.450 leerlingen, verdeeld over twee locaties. Op de locatie "
              "Westerbroek bieden wij vmbo basis, kader en gemengde leerweg aan, met leerwegondersteuning; op de "
              "locatie Heerveld havo en vwo. Wij zijn een open christelijke school en vinden het belangrijk dat "
              "iedere leerling zich gezien voelt."))
    B.append(("h1", "3 Basisondersteuning op Het Baken"))
    B.append(("p", "Net als alle scholen in het samenwerkingsverband bieden wij basisondersteuning. Op Het Baken "
              "betekent dat onder meer: een mentor met een wekelijks mentoruur, een zorgcoördinator op elke "
              "locatie, faciliteiten bij dyslexie en dyscalculie, een faalangsttraining, huiswerkbegeleiding op "
              "maandag tot en met donderdag en een rustruimte op beide locaties. Voor leerlingen met een "
              "medische aandoening maken wij individuele afspraken."))
    B.append(("h1", "4 Extra ondersteuning en arrangementen"))
    B.append(("p", "Naast de basisondersteuning biedt Het Baken een flexklas op de locatie Westerbroek, voor "
              "leerlingen die een deel van de dag in een kleine groep werken, en coaching door onze eigen "
              "orthopedagoog. Voor hoogbegaafde leerlingen hebben we een verrijkingsprogramma op de locatie "
              "Heerveld. Als een leerling meer nodig heeft, vragen we een arrangement aan bij het Loket van het "
              "samenwerkingsverband, bijvoorbeeld een plaatsing in Tussenvoorziening De Brug."))
    B.append(("h1", "5 De ondersteuningsstructuur"))
    B.append(("p", "De mentor is het eerste aanspreekpunt. Als de mentor zich zorgen maakt, overlegt hij met de "
              "teamleider en de zorgcoördinator. Leerlingen over wie meer zorg is, worden besproken in het "
              "zorg- en adviesteam (ZAT), dat elke zes weken bijeenkomt. Daarin zitten de zorgcoördinator, de "
              "schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en de consulent van het "
              "samenwerkingsverband. Voor leerlingen met extra ondersteuning stellen we een OPP op."))
    B.append(("h1", "6 Samenwerking met het samenwerkingsverband"))
    B.append(("p", "Voor leerlingen die op het voortgezet speciaal onderwijs zijn aangewezen, vraagt Het Baken een "
              "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Ook de aanwijzing voor lwoo vragen wij "
              "aan bij het Loket. De procedure en de criteria staan in het ondersteuningsplan van het "
              "samenwerkingsverband. Het Baken ontvangt van het samenwerkingsverband een schoolbudget, waaruit wij "
              "onder meer de flexklas en de orthopedagoog betalen."))
    B.append(("h1", "7 Ouders en leerlingen"))
    B.append(("p", "Wij betrekken ouders en leerlingen bij alle stappen. Het OPP wordt met de leerling en de ouders "
              "besproken en ondertekend. Ouders kunnen altijd contact opnemen met de mentor of de zorgcoördinator. "
              "Voor onafhankelijk advies kunnen ouders terecht bij het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."))
    B.append(("h1", "8 Grenzen aan onze ondersteuning"))
    B.append(("p", "Wij kunnen niet alles bieden. Leerlingen die gedurende de hele dag één-op-één begeleiding nodig "
              "hebben, leerlingen die een gevaar vormen voor zichzelf of anderen, of leerlingen die intensieve "
              "verpleegkundige zorg nodig hebben, kunnen wij onvoldoende ondersteunen. In dat geval zoeken wij met "
              "de ouders en het samenwerkingsverband naar een andere passende plek."))
    B.append(("h1", "9 Ambities"))
    B.append(("p", "In de komende twee jaar willen wij de flexklas uitbreiden naar de locatie Heerveld, alle "
              "mentoren trainen in het voeren van driehoeksgesprekken en het aantal leerlingen dat langdurig "
              "verzuimt halveren."))
    return B


# ---------------------------------------------------------------------------------------------
# additional chapters (the filler real plans carry), inserted before a given heading
# ---------------------------------------------------------------------------------------------

def insert_before(blocks, heading, new_blocks):
    for i, (kind, content) in enumerate(blocks):
        if kind == "h1" and content == heading:
            return blocks[:i] + new_blocks + blocks[i:]
    raise KeyError(heading)


def extra_b():
    return [
        ("h1", "Intermezzo: nieuwkomers, overstap en privacy"),
        ("h2", "Nieuwkomers en meertaligheid"),
        ("p", "Het aantal nieuwkomers in onze regio is sinds 2022 verdubbeld. De meeste van hen beginnen in de "
              "internationale schakelklas van het Rijncollege in Valkenhorst. Na gemiddeld anderhalf jaar stromen zij "
              "door naar een reguliere school. De ontvangende scholen krijgen in het eerste jaar begeleiding van een "
              "NT2-specialist van de schakelklas. Wij merken dat de scholen behoefte hebben aan meer kennis over "
              "meertaligheid en over de ondersteuning van jongeren met een vluchtverleden; in het scholingsprogramma "
              "besteden wij daar aandacht aan."),
        ("h2", "Van basisschool naar voortgezet onderwijs"),
        ("p", "Elk jaar maken ruim 2.500 leerlingen de overstap van de basisschool naar een van onze scholen. Voor "
              "de meesten verloopt die overstap zonder problemen. Voor leerlingen met een ondersteuningsbehoefte "
              "organiseren de VO-scholen een warme overdracht: de intern begeleider of leerkracht van groep 8 spreekt "
              "met de mentor of de ondersteuningscoördinator van de nieuwe school. Met de samenwerkingsverbanden "
              "primair onderwijs in de regio hebben wij een gezamenlijke overstapkalender afgesproken, met data voor "
              "aanmelding, overdracht en plaatsing. De kalender wordt jaarlijks in september gepubliceerd."),
        ("h2", "Privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de uitvoering van zijn "
              "wettelijke taken, zoals het afgeven van toelaatbaarheidsverklaringen en het toewijzen van plaatsen in "
              "de bovenschoolse voorzieningen. Wij vragen niet meer gegevens op dan nodig is en bewaren dossiers "
              "niet langer dan de wettelijke termijn. Medewerkers hebben alleen toegang tot de gegevens die zij voor "
              "hun werk nodig hebben. Het privacyreglement is in 2024 geactualiseerd en door het bestuur "
              "vastgesteld; de functionaris gegevensbescherming adviseert het bestuur gevraagd en ongevraagd."),
        ("h2", "ICT"),
        ("p", "Het digitale aanvraagportaal is in 2023 in gebruik genomen en wordt door alle scholen gebruikt. In "
              "de komende periode koppelen we het portaal aan de leerlingadministratiesystemen van de scholen, zodat "
              "gegevens niet dubbel hoeven te worden ingevoerd."),
    ]


def extra_c():
    return [
        ("h1", "Terugblik en totstandkoming"),
        ("p", "In de afgelopen planperiode hebben we veel in gang gezet. Het OPDC is verhuisd naar een nieuw gebouw "
              "in Polderkoog, we hebben een regionaal dyslexieprotocol ingevoerd, en de internationale schakelklas is "
              "uitgebreid met een tweede groep. Ook hebben we het Handboek Toewijzing herschreven, zodat scholen beter "
              "weten welke stukken zij moeten aanleveren. De samenwerking met de gemeenten is verstevigd door een "
              "gezamenlijke werkgroep onderwijs en jeugd."),
        ("p", "Dit plan is tot stand gekomen in drie rondes. In het voorjaar van 2025 hebben wij in vier "
              "werksessies met directeuren, ondersteuningscoördinatoren, gemeenten en OPR-leden gesproken over wat "
              "goed ging en wat beter kon. In het najaar is een eerste concept besproken in het directeurenoverleg "
              "en met de gemeenten. Het tweede concept is in januari 2026 aan de OPR voorgelegd, die een aantal "
              "vragen heeft gesteld over de leesbaarheid van het plan en over de verhouding tussen dit plan en de "
              "aparte documenten. Naar aanleiding daarvan hebben we de leeswijzer toegevoegd."),
        ("p", "We hebben bewust gekozen voor een plan op hoofdlijnen. Scholen vroegen om ruimte en vertrouwen, en om "
              "minder papier. Tegelijk begrijpen wij dat ouders en medezeggenschap willen kunnen nagaan wat de "
              "afspraken zijn. Daarom verwijzen wij steeds naar de documenten waarin de uitwerking staat."),
    ]


def extra_c2():
    return [
        ("h1", "Preventie, welzijn en doorlopende lijnen"),
        ("h2", "Preventie en mentaal welzijn"),
        ("p", "Scholen signaleren dat steeds meer leerlingen last hebben van somberheid, angst en prestatiedruk. "
              "Wij willen daar in deze planperiode vooral preventief op inzetten. Alle scholen doen mee aan het "
              "programma 'Mentor in je kracht', waarin mentoren leren signalen eerder op te merken en het gesprek "
              "met een leerling aan te gaan. Daarnaast organiseren we met de GGD voorlichting over mentale "
              "gezondheid voor leerlingen in de onderbouw. Op elke school is een aandachtsfunctionaris die de "
              "meldcode huiselijk geweld en kindermishandeling kent en toepast."),
        ("p", "Preventie vraagt om tijd en aandacht van mentoren. Wij weten dat die tijd schaars is. Daarom "
              "kiezen we voor korte, praktische trainingen op de eigen school in plaats van lange cursussen buiten "
              "de deur. De scholen bepalen zelf wanneer en hoe zij de trainingen inroosteren."),
        ("h2", "Hoogbegaafde leerlingen"),
        ("p", "Met de extra middelen die het Rijk tussen 2022 en 2025 beschikbaar stelde, hebben de scholen een "
              "aanbod voor meer- en hoogbegaafde leerlingen ontwikkeld. Op alle havo-vwo-scholen is nu een "
              "verrijkingsprogramma en een coördinator hoogbegaafdheid. Een regionale plusklas voor onderpresterende "
              "hoogbegaafde leerlingen draait op één dag per week in Polderkoog."),
        ("h2", "Nieuwkomers"),
        ("p", "De ISK in Kampereiland biedt onderwijs aan ongeveer honderd nieuwkomers tussen 12 en 18 jaar. Na de "
              "ISK stromen leerlingen door naar het reguliere voortgezet onderwijs of naar het mbo. De ontvangende "
              "scholen kunnen een beroep doen op de NT2-docenten van de ISK voor advies. Met het mbo is afgesproken "
              "dat oud-ISK-leerlingen bij de intake een gesprek krijgen met een NT2-docent."),
        ("h2", "Van po naar vo, van vo naar mbo"),
        ("p", "De overgang van de basisschool naar het voortgezet onderwijs is een kwetsbaar moment. Met het "
              "samenwerkingsverband primair onderwijs hebben we een regionale overstapprocedure met een "
              "gezamenlijke aanmeldperiode en een warme overdracht voor leerlingen met een ondersteuningsbehoefte. "
              "Ook de overgang naar het mbo verdient aandacht. Leerlingen uit het praktijkonderwijs en het vso "
              "worden begeleid naar werk of een entreeopleiding; voor leerlingen uit het vmbo is er een "
              "doorlopende leerlijn met het regionale mbo-college. Jobcoaches van de praktijkschool blijven "
              "leerlingen na hun uitstroom nog een jaar volgen."),
        ("h2", "Kennisdeling"),
        ("p", "Het samenwerkingsverband organiseert twee keer per jaar een kennisdag voor ondersteuningscoördinatoren "
              "en mentoren, met workshops van collega's uit de regio. De vso-school en de praktijkschool delen hun "
              "expertise met de reguliere scholen, onder meer via gastlessen en het uitwisselen van docenten. Het "
              "bureau houdt een overzicht bij van de expertise die op de verschillende scholen aanwezig is, zodat "
              "scholen elkaar gemakkelijk kunnen vinden."),
    ]


def extra_d():
    return [
        ("h1", "Intermezzo: werkdruk, privacy en het digitale groeidocument"),
        ("h2", "Werkdruk en het lerarentekort"),
        ("p", "In alle gesprekken over dit plan kwam het lerarentekort ter sprake. Vooral in de stad Eemsweide zijn "
              "er scholen waar structureel vacatures openstaan. Intern begeleiders worden regelmatig ingezet voor "
              "de klas, waardoor hun ondersteunende taak onder druk komt te staan. Het samenwerkingsverband kan het "
              "tekort niet oplossen, maar wil wel bijdragen aan werkbare oplossingen. Zo onderzoeken we samen met "
              "de besturen of onderwijsassistenten een grotere rol kunnen spelen in de uitvoering van "
              "groepsplannen, onder begeleiding van de leerkracht en de intern begeleider."),
        ("p", "We willen ook de administratieve last beperken. Dat betekent: geen formulieren die niemand leest, "
              "geen dubbele registraties en een aanvraagprocedure die zo eenvoudig mogelijk is. Het groeidocument "
              "dat we voor de TLV-aanvraag gebruiken, is in 2025 ingekort van veertien naar zeven pagina's."),
        ("h2", "Het digitale groeidocument"),
        ("p", "Scholen vullen het groeidocument digitaal in, in een beveiligde omgeving. De intern begeleider kan "
              "het document delen met de orthopedagoog van het bestuur en, bij een aanvraag, met de CvT. Ouders "
              "krijgen een kopie van de stukken die over hun kind gaan. In 2027 wordt het systeem vervangen; de "
              "aanbesteding daarvoor loopt samen met twee andere samenwerkingsverbanden in het noorden."),
        ("h2", "Privacy"),
        ("p", "Het samenwerkingsverband gaat zorgvuldig om met de gegevens van kinderen. Wij verwerken alleen "
              "gegevens die nodig zijn voor de beoordeling van een aanvraag en bewaren de dossiers tot drie jaar na "
              "het laatste besluit. Gegevens over gezondheid worden alleen gedeeld met de deskundigen die bij de "
              "beoordeling betrokken zijn. Het privacyreglement is te vinden op de website; de functionaris "
              "gegevensbescherming is bereikbaar via het bureau."),
        ("h2", "Werkwijze van het bureau"),
        ("p", "Het bureau van het samenwerkingsverband is bereikbaar op werkdagen van 8.30 tot 16.30 uur. Scholen "
              "kunnen de consulent van hun bestuur rechtstreeks bellen voor consultatie. Consulenten nemen op "
              "verzoek deel aan het ondersteuningsteam van een school. Een keer per jaar houdt het bureau een "
              "tevredenheidsonderzoek onder intern begeleiders en directeuren over de dienstverlening van het "
              "bureau zelf, zoals de bereikbaarheid en de snelheid van reageren."),
    ]


def extra_e():
    return [
        ("h1", "Terugblik 2022-2026"),
        ("p", "In het vorige ondersteuningsplan hadden we drie hoofddoelen: een tussenvoorziening openen, de "
              "thuiszittersaanpak verbeteren en de toewijzing eenvoudiger maken. De tussenvoorziening De Brug opende "
              "in januari 2023 en had in 2025 gemiddeld 44 leerlingen. Het aantal langdurige thuiszitters daalde van "
              "41 in 2021 naar 27 in 2025; dat is minder dan we hoopten. De doorlooptijd van een TLV-aanvraag ging "
              "van 7,5 naar 5,5 week. De evaluatie van het vorige plan is besproken met de OPR en de besturen en "
              "vormt de basis voor de speerpunten van dit plan."),
        ("h1", "Overstap, nieuwkomers en kennisdeling"),
        ("h2", "De overstap van po naar vo"),
        ("p", "Met de samenwerkingsverbanden primair onderwijs hebben we een gezamenlijke overstapprocedure. "
              "Basisscholen melden leerlingen met een ondersteuningsbehoefte vóór 1 februari aan bij het Loket, "
              "zodat de VO-school en het Loket tijdig kunnen kijken welke ondersteuning nodig is. In maart vindt "
              "een warme overdracht plaats tussen de basisschool en de ontvangende school. Voor leerlingen met een "
              "aanvraag voor lwoo of pro geldt de procedure die hiervoor is beschreven."),
        ("h2", "Nieuwkomers"),
        ("p", "De ISK van Zuidrand is met ruim 200 leerlingen een van de grotere in de provincie. Leerlingen "
              "blijven er gemiddeld anderhalf jaar en stromen dan door naar het reguliere vo of het mbo. De "
              "ontvangende scholen kunnen een NT2-arrangement inzetten, dat zij uit hun schoolbudget betalen. Het "
              "samenwerkingsverband organiseert twee keer per jaar een netwerkbijeenkomst voor NT2-coördinatoren."),
        ("h2", "Kennisdeling en expertise"),
        ("p", "Expertise zit vaak op één school of bij één persoon. Wij willen die beter beschikbaar maken voor "
              "iedereen. Daarom hebben we een expertisekaart gemaakt waarop scholen kunnen zien wie waar verstand "
              "van heeft, organiseren we jaarlijks een kennisfestival en kunnen docenten een dag meelopen op een "
              "vso-school of in De Brug. De vso-scholen bieden daarnaast consultatie aan reguliere scholen, "
              "bekostigd uit het budget van het samenwerkingsverband."),
        ("h2", "Privacy en ICT"),
        ("p", "In 2026 nemen we een nieuw aanvraagportaal in gebruik, dat beter aansluit op de "
              "leerlingadministratie van de scholen. Het samenwerkingsverband verwerkt persoonsgegevens alleen voor "
              "zijn wettelijke taken. Dossiers worden drie jaar na het laatste besluit vernietigd. Het "
              "privacyreglement is in 2025 geactualiseerd."),
    ]


def more_b():
    return [
        ("h2", "Aansluiting op mbo en arbeidsmarkt"),
        ("p", "Een goede start na het voortgezet onderwijs is voor veel jongeren met een ondersteuningsbehoefte "
              "niet vanzelfsprekend. Samen met de twee mbo-instellingen in de regio, de gemeenten en het UWV werken "
              "we aan een sluitende aanpak voor jongeren die dreigen uit te vallen. Leerlingen van de praktijkschool "
              "en het vso worden in hun laatste schooljaar begeleid naar werk, dagbesteding of een entreeopleiding. "
              "Voor vmbo-leerlingen met een ondersteuningsbehoefte organiseren de scholen een warme overdracht naar "
              "het mbo, waarbij de ondersteuningscoördinator van de VO-school contact heeft met de "
              "studieloopbaanbegeleider van de mbo-opleiding. Deze afspraken zijn vastgelegd in het regionale "
              "convenant voortijdig schoolverlaten."),
        ("p", "De overgang naar werk is voor jongeren uit het praktijkonderwijs het belangrijkste moment van hun "
              "schoolloopbaan. De praktijkschool heeft daarom een eigen netwerk van leerwerkbedrijven opgebouwd en "
              "zet jobcoaches in die leerlingen ook na het verlaten van de school nog een jaar begeleiden."),
    ]


def more_c():
    return [
        ("h1", "Wat wij verstaan onder passend onderwijs"),
        ("p", "Passend onderwijs is geen apart programma, maar een manier van kijken naar onderwijs. Het gaat erom "
              "dat iedere leerling onderwijs krijgt dat aansluit bij zijn mogelijkheden en dat hij de ondersteuning "
              "krijgt die hij nodig heeft om zich te ontwikkelen. Dat kan betekenen dat een leerling extra tijd "
              "krijgt bij een toets, dat hij een deel van de week in een kleine groep werkt of dat hij tijdelijk "
              "naar een andere voorziening gaat. Het kan ook betekenen dat de school met de jeugdhulp om tafel gaat "
              "omdat de problemen van een leerling niet alleen op school liggen."),
        ("p", "Wij vinden het belangrijk dat passend onderwijs niet verwordt tot een systeem van aanvragen, "
              "commissies en formulieren. Daarom leggen wij de verantwoordelijkheid zo dicht mogelijk bij de "
              "leerling: bij de mentor en de ondersteuningscoördinator van de school. Het samenwerkingsverband "
              "ondersteunt, adviseert en springt bij waar de school het niet alleen kan. Dat vraagt vertrouwen, "
              "maar ook openheid: scholen laten aan elkaar en aan het samenwerkingsverband zien wat zij doen."),
        ("p", "De wet stelt eisen aan dit plan. Het moet onder meer beschrijven welke voorzieningen er zijn, hoe de "
              "middelen worden verdeeld, hoe de toelating tot het vso en de terugplaatsing zijn geregeld, welke "
              "resultaten worden beoogd en hoe ouders worden geïnformeerd. Een deel van die onderwerpen is in dit "
              "plan uitgewerkt; voor andere onderwerpen verwijzen wij naar de aparte documenten die het bestuur "
              "vaststelt."),
        ("h1", "Onderwijs en jeugdhulp in de praktijk"),
        ("p", "In de dagelijkse praktijk werken de scholen nauw samen met de jeugdconsulenten van de gemeenten. "
              "De jeugdconsulent neemt deel aan het zorg- en adviesteam van de school en kan snel lichte hulp "
              "inzetten, zoals opvoedondersteuning of een gesprek met het gezin. Voor zwaardere hulp verwijst de "
              "jeugdconsulent door naar een jeugdhulpaanbieder. In het OPDC werkt een jeugdhulpverlener die door "
              "het samenwerkingsverband en de gemeenten samen wordt betaald."),
        ("p", "Leerlingenvervoer is een taak van de gemeenten. Voor leerlingen die naar het vso of de praktijkschool "
              "gaan, is het vervoer soms een knelpunt: de reistijden zijn lang en de taxi's niet altijd op tijd. In "
              "het OOGO hebben wij afgesproken dat de gemeenten bij de nieuwe aanbesteding van het vervoer rekening "
              "houden met de schooltijden van het vso."),
        ("p", "Onderwijshuisvesting is eveneens een gemeentelijke taak. De verhuizing van het OPDC is mogelijk "
              "gemaakt door de gemeente Polderkoog, die het gebouw beschikbaar stelde. In het integraal "
              "huisvestingsplan van de gemeenten is ruimte gereserveerd voor de voorzieningen van het "
              "samenwerkingsverband."),
    ]


def more_d():
    return [
        ("h2", "Wettelijk kader"),
        ("p", "Volgens artikel 18a van de Wet op het primair onderwijs bevat een ondersteuningsplan in elk geval een "
              "beschrijving van de voorzieningen die samen een dekkend aanbod vormen, inclusief de "
              "basisondersteuning; de verdeling en besteding van de ondersteuningsmiddelen; de procedure en "
              "criteria voor de toelaatbaarheid tot sbo en so; de procedure en het beleid voor terugplaatsing; de "
              "beoogde en bereikte resultaten; en de manier waarop ouders worden geïnformeerd. Daarnaast regelt de "
              "wet de overdracht van middelen bij groei van het sbo en so. In dit concept zijn nog niet alle "
              "onderdelen uitgewerkt; de planning in hoofdstuk 12 laat zien wanneer de ontbrekende onderdelen "
              "volgen."),
        ("p", "Het plan moet vóór 1 mei voorafgaand aan de planperiode bij de inspectie zijn ingediend. Voor de "
              "vaststelling is instemming van de ondersteuningsplanraad nodig en moet het op overeenstemming "
              "gericht overleg met de gemeenten zijn gevoerd. Ook overleggen we met het samenwerkingsverband voor "
              "voortgezet onderwijs in onze regio."),
        ("h2", "Wat dit plan niet regelt"),
        ("p", "Dit plan beschrijft de afspraken op het niveau van het samenwerkingsverband. Hoe een school de "
              "ondersteuning in de groep organiseert, welke methodes zij gebruikt en hoe zij haar intern begeleider "
              "inzet, bepaalt de school zelf, binnen de afspraken over de basisondersteuning. Ook de "
              "personeelsformatie van de scholen en de besteding van de lumpsum vallen buiten dit plan. De "
              "besturen blijven verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen; het "
              "samenwerkingsverband neemt die verantwoordelijkheid niet over."),
    ]


def more_e():
    return [
        ("h1", "Wettelijk kader en leeswijzer"),
        ("p", "De Wet voortgezet onderwijs 2020 schrijft voor dat het ondersteuningsplan onder meer de "
              "basisondersteuning, het dekkend aanbod, de toelaatbaarheid tot vso, lwoo en pro, de terugplaatsing, "
              "de verdeling van middelen, de resultaten en de informatie aan ouders beschrijft. De hoofdstukken van "
              "deze webversie volgen niet precies die volgorde. We beginnen bij de ondersteuning in de school en "
              "werken van daaruit naar de bovenschoolse voorzieningen en het vso. Daarna volgen de toewijzing, het "
              "geld en de resultaten."),
        ("p", "Onderdelen die nog niet definitief zijn vastgesteld, zijn in de tekst gemarkeerd met p.m. Zodra zij "
              "zijn vastgesteld en de ondersteuningsplanraad heeft ingestemd, werken we deze webversie bij. Op de "
              "pagina 'Documenten' vindt u de vastgestelde pdf-versie, het jaarplan en de begroting."),
        ("h2", "Aansluiting op mbo en arbeid"),
        ("p", "Met de twee mbo-colleges in Zuidrand en Heerveld hebben we afspraken over een warme overdracht van "
              "leerlingen met een ondersteuningsbehoefte. De ondersteuningscoördinator van de VO-school draagt de "
              "relevante informatie over aan het mbo, dat daarmee tijdig een passende begeleiding kan organiseren. "
              "Voor leerlingen uit het vso en het praktijkonderwijs die gaan werken, werken we samen met het "
              "Werkgeversservicepunt en de gemeenten. De jobcoaches van de praktijkscholen volgen oud-leerlingen "
              "nog een jaar na hun uitstroom."),
    ]


def last_c():
    return [
        ("h2", "Scholen en besturen"),
        ("p", "De vijf aangesloten besturen zijn: Stichting Openbaar Onderwijs Polderkoog, Stichting Christelijk "
              "Voortgezet Onderwijs Flevo-Noord, Stichting Katholiek Onderwijs Kampereiland, Stichting Praktijkschool "
              "De Akker en Stichting Speciaal Onderwijs Het Getij. De scholen variëren van een kleine vmbo-school "
              "met 280 leerlingen tot een brede scholengemeenschap met ruim 1.600 leerlingen. Twee scholen hebben "
              "een nevenvestiging in een dorpskern."),
        ("p", "Het samenwerkingsverband heeft een klein bureau in Polderkoog, in hetzelfde gebouw als het OPDC. "
              "Dat maakt de lijnen kort: de directeur, de consulenten en de medewerkers van het OPDC zien elkaar "
              "dagelijks. De scholen waarderen die nabijheid, zo blijkt uit de gesprekken die wij voor dit plan "
              "hebben gevoerd."),
        ("h2", "Leerlingen aan het woord"),
        ("p", "Voor dit plan hebben we ook met leerlingen gesproken, in een leerlingenpanel met twaalf jongeren "
              "van verschillende scholen, onder wie leerlingen uit het OPDC en de praktijkschool. Zij vroegen vooral "
              "om docenten die de tijd nemen, om een vaste plek waar je even tot rust kunt komen en om minder "
              "wisselingen van mentor. Die punten hebben we meegenomen in de afspraken over de basisondersteuning. "
              "Het leerlingenpanel komt in de planperiode jaarlijks bijeen."),
        ("p", "Ook de ondersteuningscoördinatoren hebben hun inbreng geleverd. Zij gaven aan dat zij vooral "
              "behoefte hebben aan tijd: tijd om met leerlingen en mentoren te praten, tijd om dossiers bij te "
              "houden en tijd om elkaar te ontmoeten. Een aantal scholen heeft de formatie voor de "
              "ondersteuningscoördinatie de afgelopen jaren uitgebreid; op andere scholen staat die formatie onder "
              "druk door het lerarentekort. Het netwerk van ondersteuningscoördinatoren is voor velen een "
              "belangrijke plek om ervaringen uit te wisselen en van elkaar te leren. Die functie willen wij in "
              "deze planperiode behouden en waar mogelijk versterken, bijvoorbeeld door intervisie in kleine "
              "groepen en door collegiale consultatie tussen scholen."),
    ]


def last_d():
    return [
        ("h2", "Vervolgproces van dit concept"),
        ("p", "Dit concept is in februari 2026 aan de besturen toegestuurd. De besturen kunnen tot 1 maart 2026 "
              "reageren. Daarna volgen de bespreking in de ondersteuningsplanraad, het OOGO met de gemeenten en het "
              "overleg met het samenwerkingsverband voortgezet onderwijs. Na verwerking van de reacties stelt de "
              "directeur-bestuurder het plan vast, na goedkeuring door de raad van toezicht. Wij hebben ervoor "
              "gekozen het concept nu al voor te leggen, ook al zijn niet alle hoofdstukken af, omdat wij de "
              "inspraak op de onderdelen die wel klaar zijn niet willen uitstellen."),
        ("p", "Voor de onderdelen die in dit concept nog ontbreken, geldt dat zij na uitwerking afzonderlijk aan de "
              "OPR worden voorgelegd. Tot die tijd blijft voor die onderdelen het huidige beleid van kracht. Wij "
              "realiseren ons dat dit vraagt om vertrouwen van de OPR, en wij zullen de raad daarom elk kwartaal "
              "informeren over de voortgang van de uitwerking."),
        ("h2", "Inclusie en de toekomst van het speciaal onderwijs"),
        ("p", "Nederland heeft het VN-verdrag inzake de rechten van personen met een handicap geratificeerd. Het "
              "kabinet heeft aangekondigd dat het onderwijs inclusiever moet worden. Wat dat precies betekent voor "
              "het sbo en het so in onze regio, weten we nog niet. Wij volgen de landelijke ontwikkelingen op de voet "
              "en gaan daarover in gesprek met de besturen voor speciaal onderwijs. Een gezamenlijke visie op "
              "inclusiever onderwijs in Eemsweide willen we uiterlijk in 2028 hebben geformuleerd."),
    ]


def last_e():
    return [
        ("h1", "Toezicht en verantwoording"),
        ("p", "De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Zij beoordeelt onder meer "
              "of er een dekkend netwerk van voorzieningen is, hoe het samenwerkingsverband toelaatbaarheid "
              "beoordeelt, of er een duidelijke visie en doelen zijn en of het samenwerkingsverband zijn "
              "kwaliteitszorg en financieel beheer op orde heeft. Bij het laatste onderzoek, in 2024, beoordeelde de "
              "inspectie de kwaliteitszorg als voldoende en de samenwerking met de gemeenten als goed. Wel vond de "
              "inspectie dat wij scherper mochten formuleren wat wij met onze inzet willen bereiken. Dat advies "
              "hebben we ter harte genomen bij het opstellen van dit plan."),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur in het voortgezet onderwijs. De raad van toezicht "
              "houdt toezicht op de directeur-bestuurder, heeft een auditcommissie en een remuneratiecommissie en "
              "evalueert jaarlijks het eigen functioneren. De accountant controleert de jaarrekening en brengt "
              "verslag uit aan de raad van toezicht."),
    ]


def pad_c():
    return [
        ("h2", "Samenwerking met naburige samenwerkingsverbanden"),
        ("p", "Omdat ons gebied klein is en veel leerlingen de regiogrens oversteken, werken wij nauw samen met de "
              "samenwerkingsverbanden in de omliggende regio's. Met drie van hen hebben wij een convenant gesloten "
              "over leerlingen die in de ene regio wonen en in de andere naar school gaan. Daarin staat onder meer "
              "welk samenwerkingsverband de kosten draagt van een bovenschoolse plaatsing en hoe wij elkaar "
              "informeren. Het convenant wordt elke twee jaar geëvalueerd door de directeuren van de betrokken "
              "samenwerkingsverbanden."),
        ("p", "Ook op het gebied van kennisdeling zoeken wij de samenwerking op. De ondersteuningscoördinatoren van "
              "onze scholen nemen deel aan een bovenregionaal netwerk, en de directeuren van de "
              "samenwerkingsverbanden in de provincie komen vier keer per jaar bij elkaar. Daar bespreken zij "
              "landelijke ontwikkelingen, zoals de landelijke norm voor basisondersteuning en de gevolgen van de "
              "wet over de positie van ouders en leerlingen."),
        ("p", "Tot slot werken wij samen met de regionale meld- en coördinatiefunctie voortijdig schoolverlaten. "
              "Jongeren die zonder startkwalificatie dreigen uit te vallen, worden daar in beeld gebracht; de "
              "contactpersonen van de RMC-regio en het samenwerkingsverband kennen elkaar goed."),
    ]


def pad_d():
    return [
        ("h2", "Communicatie met scholen en besturen"),
        ("p", "Het samenwerkingsverband houdt de scholen op de hoogte via een digitale nieuwsbrief die zes keer per "
              "jaar verschijnt en via het netwerk van intern begeleiders. Directeuren ontvangen twee keer per jaar "
              "een overzicht van de aanvragen die hun school heeft gedaan en van de besluiten van de CvT. De "
              "besturen worden geïnformeerd in het bestuurlijk overleg, dat vijf keer per jaar plaatsvindt."),
        ("p", "Wij merken dat informatie niet altijd de leerkracht in de groep bereikt. Daarom bezoeken de "
              "consulenten elke school ten minste één keer per jaar voor een gesprek met het team. In dat gesprek "
              "staan de vragen van het team centraal: waar lopen leerkrachten tegenaan, wat hebben zij nodig, en "
              "waar kan het samenwerkingsverband helpen. De opbrengst van die gesprekken gebruiken we bij het "
              "opstellen van het jaarplan en bij de keuze van de onderwerpen voor de studiedag."),
        ("p", "In de zomer van 2026 lanceren we een nieuwe website voor professionals, met de procedures, "
              "formulieren en contactgegevens van de consulenten."),
    ]


def pad_e():
    return [
        ("h2", "Verzuim voorkomen"),
        ("p", "Thuiszitten begint vaak met verzuim dat te laat wordt opgemerkt. Daarom hebben alle scholen in "
              "Zuidrand afgesproken dat zij het verzuim van leerlingen wekelijks volgen en dat de mentor bij "
              "zorgwekkend verzuim binnen een week actie onderneemt. Na drie dagen ongeoorloofd verzuim in vier "
              "weken volgt een gesprek met de leerling; na zestien uur ongeoorloofd verzuim in vier weken meldt de "
              "school het verzuim bij leerplicht. Bij ziekteverzuim dat langer dan twee weken duurt of vaak "
              "terugkeert, schakelt de school de jeugdarts in."),
        ("p", "Deze aanpak is ontwikkeld samen met het Regionaal Bureau Leerplicht en de GGD. De jeugdartsen "
              "houden spreekuur op de scholen. Scholen die met de aanpak willen starten, krijgen ondersteuning van "
              "een verzuimcoördinator van het samenwerkingsverband, die ook trainingen verzorgt voor mentoren en "
              "teamleiders over het voeren van verzuimgesprekken."),
    ]


def add_toc(blocks, before_entry, entry):
    for i, (kind, content) in enumerate(blocks):
        if kind == "toc":
            lst = list(content)
            j = next(k for k, e in enumerate(lst) if e.startswith(before_entry))
            lst.insert(j, entry)
            blocks[i] = ("toc", lst)
            return blocks
    raise KeyError("toc")


def full_b():
    B = insert_before(plan_b(), "12 Jaarplanning", extra_b() + more_b())
    return add_toc(B, "12 Jaarplanning", "Intermezzo: nieuwkomers, overstap en privacy .......... 21")


def full_c():
    B = insert_before(plan_c(), "1. Waar staan we voor", extra_c())
    B = add_toc(B, "1. Waar staan we voor", "Terugblik en totstandkoming")
    B = insert_before(B, "8. Ouders", extra_c2())
    B = add_toc(B, "8. Ouders", "Preventie, welzijn en doorlopende lijnen")
    B = insert_before(B, "2. Ons gebied in vogelvlucht", more_c()[:4])
    B = insert_before(B, "3. Basisondersteuning", last_c())
    B = insert_before(B, "10. Organisatie en medezeggenschap", pad_c())
    B = add_toc(B, "2. Ons gebied in vogelvlucht", "Wat wij verstaan onder passend onderwijs")
    B = insert_before(B, "10. Organisatie en medezeggenschap", more_c()[4:])
    return add_toc(B, "10. Organisatie en medezeggenschap", "Onderwijs en jeugdhulp in de praktijk")


def full_d():
    B = insert_before(plan_d(), "12 Planning", extra_d() + last_d() + pad_d())
    B = insert_before(B, "2 Het samenwerkingsverband in cijfers en besturen", more_d())
    return add_toc(B, "12 Planning", "Intermezzo: werkdruk, privacy en het digitale groeidocument")


def full_e():
    B = insert_before(plan_e(), "Onze regio", more_e()[:3] + extra_e()[:2] + last_e())
    B = add_toc(B, "Onze regio", "Wettelijk kader en leeswijzer")
    B = add_toc(B, "Onze regio", "Terugblik 2022-2026")
    B = add_toc(B, "Onze regio", "Toezicht en verantwoording")
    B = insert_before(B, "Toelaatbaarheid vso", pad_e())
    B = insert_before(B, "Planning", extra_e()[2:] + more_e()[3:])
    return add_toc(B, "Planning", "Overstap, nieuwkomers en kennisdeling")


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [
        ("vo-lingestroom-op-2026-2030.docx", plan_a, "docx",
         "SWV VO Lingestroom | Ondersteuningsplan 2026-2030", "Ondersteuningsplan 2026-2030 SWV VO Lingestroom"),
        ("vo-brede-vallei-op-2025-2029.pdf", full_b, "pdf",
         "Ondersteuningsplan 2025-2029 - De Brede Vallei", "Ondersteuningsplan De Brede Vallei 2025-2029"),
        ("vo-kop-van-de-polder-op-hoofdlijnen.pdf", full_c, "pdf",
         "SWV VO Kop van de Polder - Ondersteuningsplan op hoofdlijnen", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
        ("po-eemsweide-concept-op-2026-2030.docx", full_d, "docx",
         "Passend Primair Onderwijs Eemsweide - concept ondersteuningsplan", "Concept ondersteuningsplan 2026-2030 Eemsweide"),
        ("vo-zuidrand-op-2026-2030.html", full_e, "html",
         None, "Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Zuidrand"),
        ("sop-het-baken-2025-2026.docx", not_a_plan, "docx",
         "Het Baken - Schoolondersteuningsprofiel 2025-2026", "Schoolondersteuningsprofiel Het Baken"),
    ]
    for name, fn, fmt, header, title in docs:
        blocks = fn()
        path = OUT / name
        if fmt == "docx":
            render_docx(blocks, path, header, title)
        elif fmt == "pdf":
            render_pdf(blocks, path, header, title)
        elif fmt == "html":
            render_html(blocks, path, title, E_NAV)
        print(f"{name}: {word_count(blocks)} words")


if __name__ == "__main__":
    sys.exit(main())
