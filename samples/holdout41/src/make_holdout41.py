#!/usr/bin/env python3
"""Generate the holdout41 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss
document (a school-level 'ondersteuningsplan').

Deterministic, no network. Writes into the parent folder of this script:
  h41-po-rivierenland.docx
  h41-vo-kennemerkust.docx / .pdf
  h41-po-zoomvallei.docx / .pdf
  h41-vo-hunzedal.html
  h41-po-maaskantpeel.md
  h41-np-schoolplan-wilgenhoek.docx / .pdf
Labels (<name>.expected.yaml) are written by hand-coded dictionaries at the
end of this file.

Usage: python3 src/make_holdout41.py [--no-pdf]
"""
import datetime
import html
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
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", [lines])            title page (followed by a page break)
#   ("toc", [(level, text), ...])  table of contents
#   ("h1", text) / ("h2", text)
#   ("p", text)
#   ("ul", [items]) / ("ol", [items])
#   ("table", [[header cells], [row], ...])
#   ("pb",)                        page break
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None, meta_title=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_modified_by = "holdout41"
    doc.core_properties.author = "holdout41"
    doc.core_properties.revision = 1
    if meta_title:
        doc.core_properties.title = meta_title
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for level, text in b[1]:
                doc.add_paragraph(("    " * (level - 1)) + text)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
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
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend("**" + line + "**  " for line in b[1][1:])
            out.append("")
            out.append("---")
        elif kind == "toc":
            out.append("## Inhoud")
            for level, text in b[1]:
                out.append(("  " * (level - 1)) + "- " + text)
        elif kind == "h1":
            out.append("## " + b[1])
        elif kind == "h2":
            out.append("### " + b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "ul":
            out.extend("- " + it for it in b[1])
        elif kind == "ol":
            out.extend("%d. %s" % (i + 1, it) for i, it in enumerate(b[1]))
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
        elif kind == "pb":
            out.append("---")
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    if header:
        out.append('<header class="site-header"><nav>%s</nav></header>' % e(header))
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append("<h1>%s</h1>" % e(b[1][0]))
            out.extend("<p class=\"ondertitel\">%s</p>" % e(line) for line in b[1][1:])
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            for level, text in b[1]:
                out.append('<li class="niveau%d">%s</li>' % (level, e(text)))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            out.extend("<li>%s</li>" % e(it) for it in b[1])
            out.append("</%s>" % kind)
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in rows[0]))
            out.append("<tbody>")
            for row in rows[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in row))
            out.append("</tbody></table>")
        elif kind == "pb":
            out.append("<hr>")
    out.append("</main>")
    if footer:
        out.append("<footer>%s</footer>" % e(footer))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def to_pdf(docx_path):
    """Render a .docx to .pdf next to it with LibreOffice (headless)."""
    profile = tempfile.mkdtemp(prefix="lo_h41_")
    try:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--convert-to", "pdf", "--outdir", os.path.dirname(docx_path), docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def toc_from(blocks):
    """Build TOC entries from the h1/h2 blocks that follow."""
    return [(1 if b[0] == "h1" else 2, b[1]) for b in blocks if b[0] in ("h1", "h2")]


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


# ===========================================================================
# Plan 1 - PO, docx only. SWV PO Rivierenland-Oost.
# basis present ("de basis op orde"), plaatsing present, terugstroom present
# (hidden inside the TLV chapter as "overstap naar regulier"), financien
# present ("Geld en middelen"), dekkend-aanbod partial (lacunes deferred),
# resultaten partial (monitoring yes, beoogde resultaten deferred),
# ouders missing (chapter announced in TOC, body defers; glossary trap).
# ===========================================================================

def plan_rivierenland():
    N = "Samenwerkingsverband PO Rivierenland-Oost"
    body = [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van " + N + ". Het is het derde plan sinds de invoering "
              "van passend onderwijs in 2014 en het eerste plan dat we schrijven na de afronding van de "
              "verbeteraanpak. Wie de vorige plannen kent, zal merken dat dit plan korter en zakelijker is. Dat is "
              "een bewuste keuze: de schoolbesturen, de intern begeleiders en de ondersteuningsplanraad vroegen om "
              "een plan dat je op een middag kunt lezen en waarin de afspraken terug te vinden zijn zonder "
              "door tientallen pagina's beleidsproza te hoeven bladeren."),
        ("p", "Passend onderwijs is geen project meer, maar de gewone manier waarop we in de regio werken. "
              "Kinderen, hun ouders en de leerkrachten rekenen erop dat de school doet wat is afgesproken. "
              "Dat vraagt om heldere afspraken, om middelen die daar terechtkomen waar ze nodig zijn, en om "
              "eerlijkheid over wat nog niet goed gaat. We danken iedereen die aan dit plan heeft bijgedragen: "
              "de werkgroep basisondersteuning, de directeuren van De Wissel en Het Anker, de consulenten van het "
              "Ondersteuningsloket, de wethouders en beleidsmedewerkers van de vier gemeenten en de leden van de "
              "ondersteuningsplanraad, die het concept kritisch hebben gelezen."),
        ("p", "Drs. M.A. (Marieke) van Gelder, directeur-bestuurder"),
        ("h1", "1 Inleiding en leeswijzer"),
        ("p", "Dit plan beschrijft hoe ons samenwerkingsverband in de periode van 1 augustus 2026 tot en met "
              "31 juli 2030 uitvoering geeft aan de opdracht uit artikel 18a van de Wet op het primair onderwijs. "
              "Het samenwerkingsverband omvat 41 basisscholen van negen schoolbesturen, één school voor speciaal "
              "basisonderwijs (De Wissel, twee locaties) en de so-afdelingen van Het Anker (cluster 3 en 4). In "
              "totaal gaat het om ruim 11.200 leerlingen in de gemeenten Tielbeek, Aalst aan de Waal, Varikhoven "
              "en Ommeren."),
        ("p", "Het plan is als volgt opgebouwd. Na een korte schets van de regio beschrijven we onze visie en "
              "koers. Daarna volgen de afspraken over wat iedere school minimaal biedt (hoofdstuk 4), het "
              "ondersteuningsaanbod daarboven (hoofdstuk 5), de route naar het speciaal (basis)onderwijs "
              "(hoofdstuk 6), de inzet van het geld (hoofdstuk 7) en de manier waarop we de kwaliteit bewaken "
              "(hoofdstuk 8). De hoofdstukken 9 tot en met 12 gaan over samenwerking, organisatie, personeel en "
              "privacy. De begrippenlijst achterin helpt bij de vele afkortingen die het onderwijs rijk is."),
        ("p", "Waar dit plan spreekt over 'school' bedoelen we iedere vestiging van een school, dus ook een "
              "dislocatie of nevenvestiging. Waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden."),
        ("h1", "2 Onze regio in cijfers"),
        ("p", "De regio is overwegend landelijk met twee kernen van enige omvang. Het leerlingaantal in het "
              "basisonderwijs daalt al jaren licht; de prognose van de gemeenten gaat uit van een verdere daling "
              "van ongeveer 1,5 procent per jaar tot 2030. Voor kleine dorpsscholen betekent dat dat zij met "
              "minder leerlingen dezelfde basis moeten blijven bieden. Tegelijk zien we een groei van het aantal "
              "nieuwkomerskinderen in Tielbeek en Varikhoven, waar twee opvanglocaties zijn gevestigd."),
        ("table", [["Kengetal (peildatum 1 oktober 2025)", "Aantal"],
                   ["Leerlingen basisonderwijs", "10.874"],
                   ["Leerlingen sbo De Wissel", "231"],
                   ["Leerlingen so Het Anker (uit onze regio)", "118"],
                   ["Schoolbesturen", "9"],
                   ["Scholen (vestigingen) basisonderwijs", "41"],
                   ["Gemeenten", "4"]]),
        ("p", "Van de 41 scholen hebben er 14 minder dan 100 leerlingen. Dat is een belangrijk gegeven voor de "
              "manier waarop we het geld verdelen: een vaste voet per vestiging voorkomt dat kleine scholen "
              "onvoldoende armslag hebben (zie hoofdstuk 7)."),
        ("h1", "3 Visie, missie en koers"),
        ("p", "Onze missie is kort: ieder kind in de regio gaat met plezier naar een school waar het zich kan "
              "ontwikkelen, zo dicht mogelijk bij huis. Onze visie gaat ervan uit dat de leerkracht het verschil "
              "maakt, dat ondersteuning in de klas begint en dat een verwijzing naar speciaal onderwijs een "
              "zorgvuldige en omkeerbare beslissing is. We geloven in samenwerking met kinderen en gezinnen, in het "
              "delen van kennis tussen scholen en in het eerlijk verdelen van middelen."),
        ("p", "Voor de komende vier jaar kiezen we drie koerslijnen. De eerste is 'de basis op orde': iedere "
              "school voldoet aantoonbaar aan de regionale afspraken over basisondersteuning. De tweede is "
              "'dichtbij als het kan, speciaal als het moet': we willen extra ondersteuning zo veel mogelijk in "
              "de eigen school organiseren. De derde is 'lerend verbeteren': we volgen onze resultaten en "
              "gebruiken die om bij te sturen. Deze koerslijnen zijn geen doelen op zichzelf, maar geven richting "
              "aan de keuzes in de volgende hoofdstukken."),
        ("p", "De koers sluit aan bij de strategische plannen van de negen schoolbesturen, die in 2025 met elkaar "
              "een gezamenlijke ambitie hebben geformuleerd voor inclusiever onderwijs. Die ambitie gaat verder "
              "dan dit plan: zij raakt ook huisvesting, personeelsbeleid en de samenwerking met kinderopvang."),
        ("h1", "4 De basis op orde"),
        ("p", "In onze regio noemen we de basisondersteuning 'de basis op orde'. Het is het niveau van "
              "ondersteuning dat ieder kind op iedere vestiging van iedere aangesloten basisschool mag verwachten, "
              "zonder aanvraag bij het samenwerkingsverband en zonder aparte beschikking. Het algemeen bestuur "
              "heeft dit niveau op 12 november 2025 vastgesteld, na bespreking met alle directeuren. Het geldt "
              "voor alle 41 scholen; een school kan erboven uitstijgen, maar niet eronder zakken."),
        ("p", "De basis op orde bestaat uit tien afspraken. Samen beschrijven ze wat ouders en kinderen op elke "
              "school mogen verwachten:"),
        ("ol", ["Iedere school heeft een intern begeleider met minimaal één dag per week per 150 leerlingen "
                "ondersteuningstijd, die het handelingsgericht werken in de groepen coördineert.",
                "De school werkt planmatig volgens de cyclus van groepsbesprekingen (drie keer per jaar) en "
                "leerlingbesprekingen, vastgelegd in een groepsoverzicht.",
                "De school voert het regionale dyslexieprotocol en het protocol ernstige rekenproblemen uit, "
                "inclusief de begeleiding vóór een eventuele doorverwijzing naar de zorgverzekeraar of gemeente.",
                "Iedere school heeft een aanbod voor kinderen die meer aankunnen: verrijkingsmateriaal in de "
                "groep en een compacte instructie volgens het model van het SLO.",
                "De school heeft een methode voor sociaal-emotionele ontwikkeling, neemt twee keer per jaar een "
                "veiligheidsmonitor af en heeft een anti-pestcoördinator.",
                "De school kan een kind met een gedragsvraag ondersteunen met een individueel gedragsplan, "
                "opgesteld binnen vier weken na de eerste signalering.",
                "De school biedt extra taalondersteuning voor kinderen met een taalachterstand, waaronder NT2-"
                "materialen voor kinderen die korter dan twee jaar in Nederland zijn.",
                "De school kan eenvoudige medische handelingen uitvoeren volgens het regionale protocol medisch "
                "handelen en heeft daarvoor getrainde medewerkers.",
                "Iedere school organiseert ten minste zes keer per jaar een schoolondersteuningsteam met de "
                "consulent van het samenwerkingsverband, de jeugdverpleegkundige en de schoolmaatschappelijk "
                "werker.",
                "De school stelt voor ieder kind dat structureel een eigen leerlijn volgt een "
                "ontwikkelingsperspectief op en evalueert dit ten minste twee keer per jaar."]),
        ("p", "Scholen leggen in hun schoolplan vast hoe zij deze tien afspraken invullen. Het "
              "samenwerkingsverband bekijkt iedere twee jaar met een korte audit (een gesprek met directeur en "
              "intern begeleider, aangevuld met een observatie in twee groepen) of een school de afspraken "
              "waarmaakt. Voldoet een school op een of meer punten niet, dan maakt het schoolbestuur binnen "
              "drie maanden een verbeterplan, waarvan de uitvoering na een jaar opnieuw wordt besproken."),
        ("h1", "5 Extra ondersteuning en het ondersteuningsaanbod"),
        ("p", "Boven de basis kent de regio een opbouw in vier lagen. Die opbouw is bedoeld om helder te maken "
              "waar een kind terechtkan als de basis niet genoeg is, en om te voorkomen dat scholen elk voor zich "
              "het wiel uitvinden."),
        ("table", [["Laag", "Wat", "Waar", "Hoe toegang"],
                   ["1 Basis op orde", "De tien afspraken van hoofdstuk 4", "Iedere school", "Geen aanvraag"],
                   ["2 Extra op school", "Schoolarrangement: extra handen, specialistische begeleiding, "
                    "aangepast programma", "Eigen school", "Besluit in schoolondersteuningsteam"],
                   ["3 Bovenschools", "Taalklas Tielbeek, Plusklas De Uitkijk, Observatiegroep De Kei "
                    "(maximaal 12 weken)", "Drie locaties in de regio", "Aanmelding bij het Ondersteuningsloket"],
                   ["4 Speciaal", "Sbo De Wissel; so Het Anker cluster 3 en 4", "Twee sbo-locaties, één so-locatie",
                    "Toelaatbaarheidsverklaring (hoofdstuk 6)"]]),
        ("p", "Een schoolarrangement (laag 2) wordt door de school zelf ingezet uit het schoolbudget dat het "
              "bestuur ontvangt. De bovenschoolse voorzieningen van laag 3 worden door het samenwerkingsverband "
              "georganiseerd en bekostigd; de school van herkomst blijft verantwoordelijk voor het kind en de "
              "leerling blijft ingeschreven op de eigen school. De Observatiegroep De Kei is bedoeld voor kinderen "
              "bij wie nog onduidelijk is wat zij nodig hebben; na twaalf weken volgt een schriftelijk advies aan de "
              "school. De Plusklas is er één dag per week voor kinderen die in de reguliere groep "
              "onvoldoende uitdaging vinden, ook na de verrijking uit de basis."),
        ("p", "Samen met de gemeenten zijn er twee onderwijs-zorgarrangementen ingericht: een combinatie van "
              "onderwijs en dagbesteding voor jonge kinderen met een ernstige ontwikkelingsachterstand bij Het "
              "Anker, en een groep waar jeugdhulp en onderwijs samen komen voor kinderen met complexe "
              "gedragsvragen in Ommeren."),
        ("p", "Of dit aanbod werkelijk sluitend is, kunnen we op dit moment niet met zekerheid zeggen. De "
              "regioanalyse die daarvoor nodig is, staat gepland voor schooljaar 2027-2028. In de loop van dat "
              "schooljaar stellen we vast welke aanpak we kiezen voor kinderen voor wie nu nog geen passende plek "
              "is; tot die tijd verwijzen we naar de afspraken die de besturen onderling maken."),
        ("h1", "6 De route naar een passende plek"),
        ("h2", "6.1 Wanneer een toelaatbaarheidsverklaring"),
        ("p", "Voor plaatsing op De Wissel of op Het Anker is een toelaatbaarheidsverklaring (TLV) van het "
              "samenwerkingsverband nodig. Een TLV wordt alleen afgegeven als de mogelijkheden van laag 1 tot en "
              "met 3 aantoonbaar zijn benut of als vaststaat dat die lagen niet passend zijn."),
        ("h2", "6.2 Wie vraagt aan en hoe verloopt het"),
        ("p", "Het schoolbestuur van de school waar het kind is ingeschreven of aangemeld, dient de aanvraag in "
              "bij het Ondersteuningsloket. Het loket controleert binnen vijf werkdagen of het dossier compleet "
              "is. Een compleet dossier bestaat uit het ontwikkelingsperspectief, het verslag van het laatste "
              "schoolondersteuningsteam, de evaluatie van de ingezette arrangementen, het onderwijskundig rapport "
              "en het verslag van de groepsleerkracht. Daarna volgen deze stappen:"),
        ("ol", ["Het loket legt het dossier voor aan twee deskundigen: een orthopedagoog of psycholoog van het "
                "samenwerkingsverband en, afhankelijk van de vraag, een tweede deskundige (een kinderarts, "
                "maatschappelijk werker of pedagoog). Beide deskundigen schrijven een eigen, afzonderlijk advies. "
                "Een deskundige die bij de aanvraag betrokken was, adviseert niet.",
                "De Commissie Passende Plek, bestaande uit de directeur-bestuurder en twee onafhankelijke leden, "
                "neemt het besluit op basis van het dossier en de beide adviezen.",
                "Het besluit wordt binnen zes weken na ontvangst van het complete dossier genomen en schriftelijk "
                "toegezonden aan het schoolbestuur; de adviezen van de deskundigen worden meegestuurd.",
                "Bij een positief besluit meldt de school het kind aan bij De Wissel of Het Anker; de overdracht "
                "vindt plaats in een gesprek tussen beide intern begeleiders."]),
        ("h2", "6.3 Criteria"),
        ("p", "De Commissie Passende Plek verklaart een kind toelaatbaar tot het sbo als aan alle vier de "
              "volgende voorwaarden is voldaan: (a) het kind heeft een ontwikkelingsperspectief dat structureel "
              "afwijkt van het uitstroomniveau van de groep, of een gedrags- of leervraag die de mogelijkheden van "
              "de groep structureel overstijgt; (b) de school heeft gedurende ten minste zes maanden een "
              "arrangement uit laag 2 of 3 ingezet en geëvalueerd; (c) het schoolondersteuningsteam heeft het "
              "dossier besproken; (d) beide deskundigen adviseren plaatsing in het sbo. Voor het so geldt "
              "daarnaast dat de ondersteuningsbehoefte zodanig is dat een voortdurend aangepaste leeromgeving "
              "met specifieke expertise nodig is, zoals bij een ernstige verstandelijke beperking (cluster 3) of "
              "ernstige, langdurige gedragsproblematiek met een psychiatrische component (cluster 4)."),
        ("h2", "6.4 Duur en categorie"),
        ("p", "Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode, met een verplichte evaluatie "
              "na twee jaar. Een TLV so wordt voor ten hoogste drie schooljaren afgegeven, eindigend op 31 juli. "
              "Voor het so stelt de commissie ook de bekostigingscategorie vast (laag, midden of hoog) op basis "
              "van het advies van de tweede deskundige."),
        ("h2", "6.5 Spoed en tijdelijke plaatsing"),
        ("p", "In crisissituaties kan de directeur-bestuurder een tijdelijke TLV van maximaal drie maanden "
              "afgeven, in afwachting van de reguliere procedure. Dit gebeurde in 2024-2025 vier keer."),
        ("h2", "6.6 Overstap naar regulier"),
        ("p", "Een plek in het sbo of so is in onze regio geen eindstation. Ons beleid is dat een kind zo snel "
              "als verantwoord de overstap naar een reguliere basisschool maakt, bij voorkeur dicht bij huis, en "
              "dat de ontvangende school daarbij niet alleen staat. Een overstap wordt alleen gemaakt als de "
              "ontvangende school met het overstaparrangement kan bieden wat het kind volgens zijn "
              "ontwikkelingsperspectief nodig heeft."),
        ("p", "De Wissel en Het Anker bespreken jaarlijks in de OPP-evaluatie van mei of een overstap mogelijk is. "
              "In het laatste jaar van de TLV organiseert de speciale school uiterlijk 1 maart een "
              "overstapgesprek met de consulent van het samenwerkingsverband en de beoogde ontvangende "
              "school. Is de conclusie dat het kind kan overstappen, dan besluit de Commissie Passende Plek "
              "binnen vier weken over een overstaparrangement; de TLV loopt dan af op de afgesproken datum. Is "
              "voortzetting nodig, dan vraagt de speciale school vóór 1 april een nieuwe TLV aan volgens "
              "paragraaf 6.2."),
        ("p", "Het overstaparrangement bestaat uit ambulante begeleiding door een leerkracht van De Wissel of Het "
              "Anker gedurende twintig weken en een budget van € 4.500 voor extra handen in de ontvangende groep. "
              "Na zes maanden evalueren ontvangende school en consulent de overstap. In schooljaar "
              "2024-2025 maakten veertien kinderen de overstap; twaalf van hen zaten een jaar later nog op de "
              "ontvangende school."),
        ("h1", "7 Geld en middelen"),
        ("h2", "7.1 Hoe we verdelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks het budget voor lichte en zware ondersteuning van DUO. "
              "Na aftrek van de afdrachten aan het so en de bekostiging van de groei van het sbo (peildatum "
              "1 februari) verdelen we het resterende bedrag volgens een vast model dat het algemeen bestuur in "
              "2025 heeft vastgesteld:"),
        ("ul", ["Vaste voet: € 9.000 per vestiging, zodat ook kleine scholen een minimale ondersteuningsformatie "
                "kunnen betalen.",
                "Leerlingdeel: € 118 per leerling op basis van de telling van 1 oktober van het voorgaande jaar.",
                "Bovenschools deel: het samenwerkingsverband houdt de middelen voor laag 3, de "
                "overstaparrangementen en het Ondersteuningsloket zelf in beheer.",
                "Solidariteitsfonds: besturen met een bovengemiddeld aandeel leerlingen met een "
                "ondersteuningsbehoefte kunnen een aanvraag doen; de criteria zijn het gewogen leerlinggewicht en "
                "het aandeel kinderen met een OPP."]),
        ("p", "Schoolbesturen mogen het schoolbudget uitsluitend inzetten voor de basis op orde en voor "
              "schoolarrangementen (laag 1 en 2). Zij verantwoorden de besteding jaarlijks vóór 1 maart met een "
              "korte rapportage volgens een vast format: ingezette formatie, arrangementen en bereikte "
              "leerlingen."),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget DUO", "7.412", "7.330", "7.251", "7.170"],
                   ["Afdracht so en groei sbo", "-2.640", "-2.610", "-2.590", "-2.560"],
                   ["Schoolbudgetten besturen (vaste voet + leerlingdeel)", "-1.652", "-1.628", "-1.604", "-1.580"],
                   ["Bovenschoolse voorzieningen laag 3", "-1.280", "-1.280", "-1.260", "-1.240"],
                   ["Overstaparrangementen", "-95", "-100", "-105", "-110"],
                   ["Ondersteuningsloket en deskundigen", "-860", "-865", "-870", "-875"],
                   ["Bureau en bestuur", "-545", "-550", "-555", "-560"],
                   ["Solidariteitsfonds", "-250", "-250", "-220", "-200"],
                   ["Saldo", "90", "47", "47", "45"]]),
        ("h2", "7.3 Reserves"),
        ("p", "De algemene reserve bedroeg op 31 december 2025 € 1,1 miljoen, onder de signaleringswaarde van de "
              "inspectie. We houden een weerstandsvermogen aan van ten minste 8 procent van de baten. "
              "Overschotten boven die grens vloeien via het solidariteitsfonds terug naar de scholen."),
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "Het samenwerkingsverband werkt met een vaste kwaliteitscyclus. Vier keer per jaar ontvangt de "
              "raad van toezicht een kwartaalrapportage uit het kwaliteitsdashboard. Daarin volgen we het "
              "deelnamepercentage sbo en so (peildatum 1 oktober, vergeleken met het landelijk gemiddelde), het "
              "aantal afgegeven TLV's, de doorlooptijd van aanvragen bij het loket, het aantal overstappen naar "
              "regulier, het aantal kinderen in bovenschoolse voorzieningen en de uitkomsten van de "
              "tevredenheidspeiling onder intern begeleiders. Bronnen zijn de DUO-telling, de loketregistratie "
              "en de jaarlijkse rapportages van de besturen."),
        ("p", "Jaarlijks bespreken we in mei met ieder schoolbestuur de eigen cijfers in een "
              "verantwoordingsgesprek. Het jaarverslag, dat vóór 1 juli verschijnt, bevat een hoofdstuk bereikte "
              "resultaten met de kengetallen over de afgelopen vijf jaar en een toelichting op opvallende "
              "ontwikkelingen. In 2024-2025 was het deelnamepercentage sbo 2,1 procent (landelijk 2,4) en so "
              "1,1 procent (landelijk 1,7); de gemiddelde doorlooptijd van een TLV-aanvraag was 29 "
              "kalenderdagen."),
        ("p", "Concrete ambities en streefwaarden voor deze planperiode formuleren we na de nulmeting "
              "basisondersteuning in het voorjaar van 2027. Zij worden dan opgenomen in de eerste "
              "voortgangsparagraaf bij dit plan."),
        ("h1", "9 Samenwerking met de gemeenten"),
        ("p", "Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van de "
              "vier gemeenten vond plaats op 5 maart 2026. In het overleg zijn de thema's leerlingenvervoer, "
              "onderwijshuisvesting en thuiszitters geagendeerd; afspraken daarover volgen in het OOGO-verslag. "
              "Daarnaast is afgesproken dat de jeugdconsulenten van de gemeenten deelnemen aan de "
              "schoolondersteuningsteams en dat de twee onderwijs-zorgarrangementen tot 2030 gezamenlijk "
              "worden bekostigd."),
        ("p", "Met het samenwerkingsverband VO Rivierenland is overleg gevoerd over de overstap van groep 8 "
              "naar het voortgezet onderwijs. Beide verbanden gebruiken hetzelfde overdrachtsformulier."),
        ("h1", "10 Organisatie, governance en medezeggenschap"),
        ("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van "
              "toezicht bestaat uit vijf leden, van wie twee onafhankelijk. De negen schoolbesturen vormen samen "
              "de algemene vergadering, die onder meer het ondersteuningsplan en de begroting goedkeurt. De "
              "statuten bevatten een geschillenregeling voor conflicten tussen aangesloten besturen."),
        ("p", "De ondersteuningsplanraad heeft op 14 april 2026 ingestemd met dit plan. Het plan is op 22 april "
              "2026 vastgesteld en dezelfde week via het Internet Schooldossier aan de inspectie gezonden. De "
              "medezeggenschapsraad van het samenwerkingsverband zelf, bestaande uit personeelsleden van het "
              "bureau, heeft advies uitgebracht over de paragrafen over personeel."),
        ("h1", "11 Personeel en professionalisering"),
        ("p", "Het bureau van het samenwerkingsverband telt 14,6 fte: de directeur-bestuurder, een "
              "beleidsmedewerker, een controller, vijf consulenten, drie orthopedagogen, een psycholoog en "
              "ondersteunend personeel. De leerkrachten van de bovenschoolse voorzieningen zijn in dienst van "
              "het bestuur van De Wissel en worden gedetacheerd."),
        ("p", "Professionalisering is een gedeelde verantwoordelijkheid. Het samenwerkingsverband organiseert "
              "jaarlijks een netwerk voor intern begeleiders (vijf bijeenkomsten), een leergang "
              "handelingsgericht werken voor nieuwe intern begeleiders en een studiedag voor alle teams. "
              "Scholen nemen zelf deel aan scholing op het gebied van gedrag, taal en hoogbegaafdheid. De "
              "lerarentekorten raken ook ons: in 2025 stonden op drie scholen tijdelijk onbevoegden voor de "
              "klas. Het samenwerkingsverband kan daar beperkt iets aan doen, maar ondersteunt de besturen met "
              "een gezamenlijke vervangingspool voor de bovenschoolse voorzieningen."),
        ("h1", "12 Privacy en ICT"),
        ("p", "Bij een aanvraag voor een TLV of een bovenschoolse voorziening verwerkt het samenwerkingsverband "
              "persoonsgegevens, waaronder gegevens over gezondheid. Het doet dat op grond van artikel 18a lid 13 "
              "van de Wet op het primair onderwijs. Dossiers worden bewaard tot drie jaar na het besluit en daarna "
              "vernietigd. Alleen de consulenten, deskundigen en de commissieleden hebben toegang tot het "
              "digitale dossier. Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld "
              "met twee andere verbanden, en een verwerkersovereenkomst met de leverancier van het "
              "dossiersysteem. Het beveiligingsbeleid wordt jaarlijks getoetst."),
        ("h1", "13 Ouders"),
        ("p", "Dit hoofdstuk wordt na de tweede consultatieronde met de ondersteuningsplanraad toegevoegd."),
        ("h1", "14 Planning en vaststelling"),
        ("table", [["Mijlpaal", "Datum"],
                   ["Concept besproken met directeurenoverleg", "20 januari 2026"],
                   ["OOGO met de vier gemeenten", "5 maart 2026"],
                   ["Overleg SWV VO Rivierenland", "10 maart 2026"],
                   ["Instemming ondersteuningsplanraad", "14 april 2026"],
                   ["Vaststelling door de directeur-bestuurder, goedkeuring algemene vergadering", "22 april 2026"],
                   ["Toezending inspectie", "24 april 2026"],
                   ["Eerste voortgangsparagraaf", "voorjaar 2027"]]),
        ("p", "Het plan wordt jaarlijks uitgewerkt in een jaarplan met een bijbehorende begroting. "
              "Wijzigingen in het plan worden opnieuw aan de ondersteuningsplanraad voorgelegd."),
        ("h1", "Bijlage: Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt; in "
                    "deze regio 'de basis op orde'."],
                   ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor ieder kind een passende "
                    "plek heeft."],
                   ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders adviseert bij "
                    "vastgelopen situaties."],
                   ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen "
                    "over passend onderwijs."],
                   ["OPP", "Ontwikkelingsperspectief(plan)."],
                   ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
                   ["Terugplaatsing", "De overstap van een kind van sbo of so naar het reguliere onderwijs."],
                   ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
                   ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]]),
    ]
    body = insert_after(body, "10 Organisatie, governance en medezeggenschap",
                        filler("goed-bestuur", N) + filler("opr-werkwijze", N))
    body = insert_after(body, "12 Privacy en ICT", filler("ict", N))
    body = insert_after(body, "14 Planning en vaststelling", filler("inspectie", N) + filler("totstandkoming", N))
    title = ["Ondersteuningsplan 2026-2030", N, "Passend onderwijs voor kinderen en ouders in Rivierenland-Oost",
             "Vastgesteld 22 april 2026"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Plan 2 - VO, docx + pdf. SWV VO Kennemer Kust.
# basis present ("ondersteuningsstandaard"), plaatsing partial (procedure yes,
# criteria only in absent bijlage C), terugstroom present (inside the
# voorzieningen chapter: "terugkeer naar het reguliere vo"), financien missing
# (chapter refers to a separately adopted Financieel Kader), dekkend-aanbod
# present, resultaten present, ouders present ("Ouderloket", OJSP).
# ===========================================================================

def plan_kennemerkust():
    N = "Samenwerkingsverband VO Kennemer Kust"
    body = [
        ("h1", "Voorwoord"),
        ("p", "Met trots presenteren we het ondersteuningsplan 2026-2030 van " + N + ". Het plan is tot stand "
              "gekomen in een jaar waarin veel is gebeurd: de nieuwe wet over de positie van ouders en leerlingen, "
              "de discussie over een landelijke norm voor basisondersteuning en een groeiend aantal jongeren dat "
              "vastloopt in het onderwijs. In ruim twintig gesprekken met schoolleiders, "
              "ondersteuningscoördinatoren, mentoren, jongeren, ouders, leerplichtambtenaren en jeugdhulp hebben "
              "we opgehaald wat goed gaat en wat beter moet."),
        ("p", "Een ondersteuningsplan is geen doel op zich. Het gaat om de vraag of een jongere in de regio op "
              "een school terechtkomt waar hij of zij kan leren, een diploma kan halen en zich gezien voelt. "
              "Daar zetten we onze middelen en onze mensen voor in. We hopen dat dit plan daarbij een bruikbaar "
              "kompas is voor iedereen die met passend onderwijs te maken heeft."),
        ("p", "Namens het bestuur, ir. J.P. (Jeroen) Smit, directeur-bestuurder"),
        ("h1", "1 Waarom dit plan"),
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
              "(artikel 17a Wet op het voortgezet onderwijs, sinds 2021 de overeenkomstige artikelen van de WVO "
              "2020). Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het beschrijft de afspraken "
              "tussen de zeven aangesloten schoolbesturen over de ondersteuning van leerlingen in het voortgezet "
              "onderwijs in de gemeenten Zandvoort-Noord, Heemsteden, Bloemerdaal en Velsen-Zuid."),
        ("p", "Het plan is gelaagd opgebouwd. De hoofdstukken 4 tot en met 9 bevatten de inhoudelijke afspraken. "
              "De hoofdstukken 10 tot en met 13 gaan over samenwerking, governance, personeel en planning. "
              "Achterin staan een lijst van bijlagen en een begrippenlijst."),
        ("h1", "2 Kerngegevens"),
        ("table", [["Kerngegeven (1 oktober 2025)", "Aantal"],
                   ["Scholen voor regulier vo (vestigingen)", "16"],
                   ["Leerlingen regulier vo", "14.960"],
                   ["waarvan met lwoo", "812"],
                   ["Leerlingen praktijkonderwijs (2 scholen)", "402"],
                   ["Leerlingen vso (uit de regio, 3 scholen)", "388"],
                   ["Leerlingen OPDC De Zeereep", "46"],
                   ["Schoolbesturen", "7"]]),
        ("p", "Het leerlingaantal is stabiel. Opvallend is de stijging van het aantal leerlingen met een "
              "toelaatbaarheidsverklaring voor het vso in de afgelopen drie jaar, vooral in de onderbouw en bij "
              "leerlingen met angst- en stemmingsproblematiek. Het deelnamepercentage vso lag op 1 oktober 2025 op "
              "2,6 procent, tegen 3,4 procent landelijk."),
        ("h1", "3 Koers 2030"),
        ("p", "Onze koers is samengevat in drie woorden: nabij, samen, wendbaar. Nabij betekent dat we de "
              "ondersteuning zo dicht mogelijk bij de jongere organiseren, in de eigen klas en met de eigen "
              "mentor. Samen betekent dat scholen, jeugdhulp, gemeenten, ouders en jongeren elkaar nodig hebben. "
              "Wendbaar betekent dat we snel kunnen schakelen als een jongere vastloopt, zonder eerst door "
              "formulieren heen te moeten."),
        ("p", "De koers is vertaald in vier ambities: de ondersteuningsstandaard is op iedere school zichtbaar; "
              "geen jongere zit langer dan vier weken thuis zonder passend aanbod; ouders en jongeren weten waar "
              "ze terechtkunnen; en de overstap tussen vo, vso en mbo verloopt zonder breuken. In hoofdstuk 7 "
              "hebben we deze ambities uitgewerkt in meetbare doelen."),
        ("h1", "4 De ondersteuningsstandaard: wat elke school biedt"),
        ("p", "In Kennemer Kust heet de basisondersteuning de ondersteuningsstandaard. De standaard is het "
              "minimumniveau dat iedere vestiging van iedere aangesloten school voor regulier voortgezet "
              "onderwijs biedt, ongeacht schoolsoort of bestuur. Voor het praktijkonderwijs geldt een eigen, "
              "hogere standaard die hier niet is uitgewerkt. Een jongere hoeft voor de standaard niets aan te "
              "vragen: de school biedt hem vanzelf."),
        ("p", "De standaard bestaat uit de volgende onderdelen:"),
        ("table", [["Onderdeel", "Wat iedere school biedt"],
                   ["Mentoraat", "Een vaste mentor met wekelijks mentoruur en minimaal drie individuele gesprekken per "
                    "jaar met iedere leerling."],
                   ["Ondersteuningscoördinator", "Een ondersteuningscoördinator (minimaal 0,4 fte per 500 leerlingen) "
                    "die het ondersteuningsteam voorzit en aanspreekpunt is voor ouders."],
                   ["Ondersteuningsteam", "Een intern ondersteuningsteam dat ten minste eens per zes weken bijeenkomt, met "
                    "schoolmaatschappelijk werk, jeugdarts en de trajectbegeleider van het SWV."],
                   ["Dyslexie en dyscalculie", "Faciliteiten volgens het regionale protocol: extra tijd, voorleessoftware, "
                    "vergroot lettertype en een dyslexiecoach."],
                   ["Sociaal-emotioneel", "Een training sociale vaardigheden of faalangstreductie, ten minste eenmaal "
                    "per schooljaar aangeboden."],
                   ["Executieve functies", "Begeleiding bij plannen en organiseren (huiswerkklas of studiecoach) in "
                    "leerjaar 1 en 2."],
                   ["Time-out en opvang", "Een opvangruimte met een vaste medewerker tijdens alle lesuren."],
                   ["Medisch handelen", "Een protocol medisch handelen en een aangepast rooster bij (chronische) ziekte."],
                   ["OPP", "Een ontwikkelingsperspectief voor iedere leerling die een aangepast programma volgt, "
                    "besproken met jongere en ouders."]]),
        ("p", "De ondersteuningsstandaard is in 2025 geëvalueerd. Iedere school legt jaarlijks in de schoolgids "
              "vast hoe zij de standaard invult. De trajectbegeleiders toetsen de invulling tweejaarlijks met een "
              "kwaliteitskaart. Scholen die op onderdelen onder de standaard scoren, ontvangen ondersteuning van "
              "een collega-school ('maatjesschool') en worden na een jaar opnieuw bezocht."),
        ("h1", "5 Van licht naar intensief: het ondersteuningsaanbod"),
        ("h2", "5.1 Het continuüm"),
        ("p", "Boven de standaard kent de regio een samenhangend aanbod dat oploopt in intensiteit. Op school "
              "kunnen leerlingen gebruikmaken van een ondersteuningsarrangement, bijvoorbeeld een "
              "Trajectvoorziening of een 'Klas Plus' met kleinere groepen. Daarboven staan de bovenschoolse "
              "voorzieningen: het OPDC De Zeereep (maximaal twee jaar, voor leerlingen die tijdelijk een "
              "kleinere, gestructureerde omgeving nodig hebben), de rebound (maximaal twaalf weken, bij "
              "ernstige gedragsincidenten), het Plusprogramma voor hoogbegaafde leerlingen en de internationale "
              "schakelklas (ISK) voor nieuwkomers. Het meest intensieve deel vormen de drie vso-scholen "
              "(cluster 3 en 4) in en buiten de regio en het praktijkonderwijs."),
        ("p", "Alle vormen zijn te vinden op de digitale sociale kaart van het samenwerkingsverband, met per "
              "voorziening de doelgroep, de capaciteit en de aanmeldroute. Scholen melden bovenschoolse "
              "voorzieningen aan via de trajectbegeleider; een besluit volgt binnen tien werkdagen."),
        ("h2", "5.2 Geen jongere buiten beeld"),
        ("p", "In 2025 hebben we samen met leerplicht en de gemeenten geïnventariseerd waar het aanbod tekortschiet. "
              "Drie witte vlekken kwamen naar voren: jongeren met ernstige angstproblematiek die niet in een "
              "groep kunnen functioneren, hoogbegaafde jongeren met een dubbel bijzondere ondersteuningsvraag en "
              "nieuwkomers ouder dan zestien. Voor elk van de drie is een actie afgesproken: een "
              "kleinschalige lesplaats met online onderwijs en een vaste coach (start 1 augustus 2026), een "
              "uitbreiding van het Plusprogramma met een begeleider voor 2e-kansbegaafden (start januari 2027) "
              "en een schakeltraject ISK-mbo met het ROC (start 1 augustus 2027)."),
        ("p", "Iedere jongere die langer dan vier weken verzuimt of zonder passend aanbod thuiszit, wordt binnen "
              "een week besproken aan de thuiszitterstafel van leerplicht, school, jeugdhulp en de "
              "trajectbegeleider. Als partijen het niet eens worden, heeft de directeur-bestuurder "
              "doorzettingsmacht om een tijdelijke plek in een bovenschoolse voorziening te regelen. Op 1 "
              "oktober 2025 waren er in de regio 23 thuiszitters; 9 van hen langer dan drie maanden. De "
              "zorgplicht blijft bij het bestuur van de school waar de jongere is aangemeld; de besturen hebben "
              "afgesproken dat een bestuur dat geen plek vindt, binnen zes weken een collega-bestuur inschakelt."),
        ("h2", "5.3 Vso als tussenstation: terugkeer naar het reguliere vo"),
        ("p", "Voor veel jongeren is het vso de goede plek tot het einde van de schoolloopbaan. Voor een deel van "
              "hen is het een tussenstation. Het beleid van het samenwerkingsverband is dat een vso-leerling die "
              "dat aankan, terugkeert naar het reguliere voortgezet onderwijs, bij voorkeur op het niveau dat "
              "bij zijn capaciteiten past en zo dicht mogelijk bij huis. Voorwaarde is dat het "
              "ontwikkelingsperspectief laat zien dat de jongere met de ondersteuningsstandaard plus een "
              "tijdelijk arrangement kan functioneren, en dat jongere en ouders de overstap steunen."),
        ("p", "De werkwijze is vastgelegd in vier stappen. (1) De vso-school bespreekt bij iedere jaarlijkse "
              "OPP-evaluatie of terugkeer in beeld is. (2) In het laatste jaar van de TLV organiseert de "
              "vso-school vóór 1 februari een terugkeeroverleg met jongere, ouders, de trajectbegeleider en de "
              "mogelijke ontvangende vo-school. (3) De Commissie Toelaatbaarheid besluit op basis van het "
              "verslag van dit overleg of terugkeer plaatsvindt, of dat een nieuwe TLV wordt afgegeven. (4) Bij "
              "terugkeer ontvangt de reguliere school een terugkeerarrangement van één schooljaar: "
              "ambulante begeleiding vanuit de vso-school en een wekelijks coachgesprek. De vso-school blijft "
              "in het eerste half jaar achtervang; na zes maanden volgt een evaluatie."),
        ("p", "In 2024-2025 keerden 19 vso-leerlingen terug naar het regulier vo; het streven is 25 per jaar "
              "vanaf 2027-2028."),
        ("h1", "6 Toelaatbaarheid tot vso, lwoo en pro"),
        ("h2", "6.1 Toelaatbaarheid vso"),
        ("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school "
              "waar de jongere staat ingeschreven of is aangemeld. De aanvraag verloopt via het digitale loket "
              "en bevat het groeidocument, het OPP met de evaluatie van de ingezette ondersteuning, de "
              "zienswijze van jongere en ouders en het verslag van het ondersteuningsteam. Het secretariaat "
              "toetst de volledigheid binnen vijf werkdagen."),
        ("p", "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog-generalist of "
              "GZ-psycholoog en, afhankelijk van de vraag, een jeugdarts, kinderpsychiater of "
              "maatschappelijk werker. Geen van beiden is betrokken geweest bij de aanvraag. De Commissie "
              "Toelaatbaarheid besluit binnen zes weken na ontvangst van het volledige dossier. Zij beoordeelt de "
              "aanvraag aan de hand van het Toetsingskader toelaatbaarheid vso dat als bijlage C bij dit plan "
              "hoort. De TLV wordt afgegeven voor één tot drie schooljaren en vermeldt de "
              "bekostigingscategorie (laag, midden of hoog)."),
        ("h2", "6.2 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en praktijkonderwijs vraagt de ontvangende vo-school de aanwijzing respectievelijk de "
              "toelaatbaarheid aan, uiterlijk 1 april voorafgaand aan het schooljaar. De Permanente Commissie "
              "Leerlingenzorg beoordeelt de aanvragen op basis van het onderwijskundig rapport van de "
              "basisschool, de gegevens uit het leerlingvolgsysteem en zo nodig aanvullend psychodiagnostisch "
              "onderzoek. De commissie besluit binnen vier weken; voor aanvragen die na 1 april binnenkomen "
              "binnen zes weken. De beoordelingsregels zijn eveneens opgenomen in bijlage C."),
        ("h2", "6.3 Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en het schoolbestuur binnen zes weken bezwaar "
              "maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die het bestuur adviseert. Het bestuur beslist binnen zes weken na "
              "ontvangst van het advies. Ouders ontvangen altijd een afschrift van de deskundigenadviezen."),
        ("h1", "7 Wat we willen bereiken en wat we bereikten"),
        ("p", "Dit hoofdstuk koppelt de ambities uit hoofdstuk 3 aan meetbare doelen en blikt terug op de vorige "
              "planperiode. De tabel toont per doel de nulmeting, de stand in 2025 en de streefwaarde voor 2030."),
        ("table", [["Doel voor leerlingen met een ondersteuningsbehoefte", "2022", "2025", "Streefwaarde 2030"],
                   ["Scholen die de ondersteuningsstandaard volledig halen", "9 van 16", "12 van 16", "16 van 16"],
                   ["Thuiszitters langer dan drie maanden (1 oktober)", "14", "9", "maximaal 4"],
                   ["Leerlingen OPDC die binnen twee jaar terugkeren naar regulier vo", "61%", "68%", "75%"],
                   ["Terugkeer vso naar regulier vo per jaar", "11", "19", "25"],
                   ["Leerlingen met OPP die een diploma of certificaat halen", "72%", "76%", "80%"],
                   ["Doorlooptijd TLV-aanvraag (kalenderdagen, gemiddeld)", "41", "33", "ten hoogste 30"],
                   ["Tevredenheid ouders over de ondersteuning (rapportcijfer)", "6,8", "7,1", "7,5"]]),
        ("p", "In de vorige planperiode hebben we de doorlooptijd van TLV-aanvragen verkort en het aantal "
              "langdurige thuiszitters teruggebracht. Niet gehaald werd het doel om het aantal leerlingen in het "
              "vso te stabiliseren; dat steeg met 14 procent. Kwalitatief laten de gesprekken met mentoren zien "
              "dat de standaard beter bekend is, maar dat de uitvoering van executieve-functietraining nog sterk "
              "per school verschilt."),
        ("p", "We meten de voortgang met de regiomonitor die twee keer per jaar (februari en september) wordt "
              "opgesteld uit de DUO-gegevens, de registratie van het loket, de thuiszittersregistratie van "
              "leerplicht en de tevredenheidspeiling onder ouders en jongeren (iedere twee jaar). De monitor wordt "
              "besproken met de schoolleiders en de raad van toezicht. Jaarlijks rapporteren we in het "
              "jaarverslag over de bereikte resultaten en stellen we zo nodig het jaarplan bij."),
        ("h1", "8 Ouders en jongeren"),
        ("h2", "8.1 Het Ouderloket"),
        ("p", "Ouders die willen weten welke ondersteuning er in de regio is, kunnen terecht bij het Ouderloket "
              "van Kennemer Kust. Het loket is op werkdagen telefonisch bereikbaar, heeft op dinsdagavond een "
              "inloopspreekuur in Heemsteden en beantwoordt vragen per e-mail binnen twee werkdagen. Het "
              "Ouderloket legt uit welke ondersteuning iedere school biedt, welke bovenschoolse voorzieningen er "
              "zijn en hoe je daar terechtkomt."),
        ("p", "Daarnaast publiceren we op de website een oudergids 'Extra ondersteuning in het vo' in het "
              "Nederlands, Engels, Arabisch en Pools, en organiseren we twee keer per jaar een informatieavond "
              "voor ouders van leerlingen in groep 8 samen met het PO-samenwerkingsverband. Iedere school "
              "verwijst in de schoolgids naar het Ouderloket en naar de sociale kaart."),
        ("h2", "8.2 Onafhankelijke hulp"),
        ("p", "Ouders en jongeren die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, "
              "kunnen terecht bij het Steunpunt Ouders & Jongeren Kust, het ouder- en jeugdsteunpunt van de regio. "
              "Het steunpunt is ondergebracht bij een onafhankelijke stichting, werkt uitsluitend in het belang van "
              "de jongere en heeft een eigen telefoonnummer en e-mailadres. Het steunpunt kan meegaan naar "
              "gesprekken, helpen bij het formuleren van een zienswijze en bemiddelen. Ook kunnen ouders terecht "
              "bij de Onderwijsconsulenten en, bij geschillen over toelating, verwijdering of het OPP, bij de "
              "Geschillencommissie passend onderwijs. Het steunpunt bundelt twee keer per jaar de signalen die het "
              "ontvangt in een rapportage aan het bestuur."),
        ("h2", "8.3 Stem van ouders en jongeren"),
        ("p", "Ouders en jongeren zitten in de ondersteuningsplanraad (zes personeelsleden, drie ouders, drie "
              "leerlingen). Jongeren met een OPP hebben hoorrecht: hun mening over het OPP wordt vastgelegd."),
        ("h1", "9 Gemeenten en jeugdhulp"),
        ("p", "Het OOGO met de vier gemeenten vond plaats op 12 februari 2026. Gemeenten en samenwerkingsverband "
              "hebben afspraken gemaakt over de inzet van jeugdhulp op school (een jeugd- en gezinscoach per "
              "vestiging), het leerlingenvervoer naar het vso, de thuiszitterstafel en de aansluiting op het "
              "mbo. De geschillenregeling uit het convenant is ongewijzigd."),
        ("p", "Met het samenwerkingsverband PO Kennemer Kust is overleg gevoerd over de overstap van groep 8 "
              "naar het vo en het gezamenlijke overstapdossier."),
        ("h1", "10 Governance en medezeggenschap"),
        ("p", "Het samenwerkingsverband is een vereniging van zeven schoolbesturen. De algemene ledenvergadering "
              "houdt toezicht op de directeur-bestuurder, die het bestuur vormt. Een auditcommissie van drie "
              "leden bereidt het toezicht op de jaarstukken voor. De ondersteuningsplanraad heeft op 2 april 2026 "
              "ingestemd met dit plan; de vaststelling door het bestuur volgde op 9 april 2026."),
        ("h1", "11 Financieel kader"),
        ("p", "Het financieel beleid van het samenwerkingsverband, waaronder de verdeling van de middelen over "
              "de schoolbesturen en de meerjarenbegroting, is ondergebracht in het Financieel Kader 2026-2030. "
              "Dat document wordt in het najaar van 2026 afzonderlijk door de algemene ledenvergadering "
              "vastgesteld en maakt geen deel uit van dit plan."),
        ("h1", "12 Personeel, professionalisering en ICT"),
        ("p", "Het bureau telt 11,2 fte, waaronder vijf trajectbegeleiders, twee orthopedagogen, een "
              "GZ-psycholoog en een beleidsadviseur. Het OPDC en de rebound zijn ondergebracht bij een van de "
              "aangesloten besturen. Professionalisering richten we op mentoren: iedere nieuwe mentor volgt in "
              "het eerste jaar de regionale mentorenleergang (vier dagdelen). Daarnaast is er een netwerk van "
              "ondersteuningscoördinatoren dat zes keer per jaar bijeenkomt."),
        ("p", "Het digitale loket, de sociale kaart en het dossiersysteem draaien op één platform. Persoonsgegevens "
              "worden bewaard tot drie jaar na het besluit; daarna worden zij verwijderd. Het platform is in 2025 "
              "geaudit op informatiebeveiliging."),
        ("h1", "13 Planning"),
        ("table", [["Mijlpaal", "Datum"],
                   ["OOGO gemeenten", "12 februari 2026"],
                   ["Overleg SWV PO", "19 februari 2026"],
                   ["Instemming OPR", "2 april 2026"],
                   ["Vaststelling bestuur", "9 april 2026"],
                   ["Toezending inspectie", "uiterlijk 30 april 2026"],
                   ["Financieel Kader 2026-2030", "najaar 2026"]]),
        ("h1", "Bijlagen"),
        ("ul", ["Bijlage A – Verslag OOGO (afzonderlijk document)",
                "Bijlage B – Instemmingsbesluit OPR (afzonderlijk document)",
                "Bijlage C – Toetsingskader toelaatbaarheid vso, lwoo en pro (afzonderlijk document)"]),
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Lichte ondersteuning", "Deel van het ondersteuningsbudget dat naar de scholen gaat."],
                   ["Verdeelmodel", "De rekenregel waarmee middelen over de besturen worden verdeeld."],
                   ["Meerjarenbegroting", "Begroting voor vier jaar vooruit."],
                   ["Toelaatbaarheidscriteria", "Voorwaarden waaronder een leerling toelaatbaar is tot het vso."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["PCL", "Permanente Commissie Leerlingenzorg."],
                   ["OJSP", "Ouder- en jeugdsteunpunt."]]),
    ]
    body = insert_after(body, "10 Governance en medezeggenschap",
                        filler("goed-bestuur", N, "vo") + filler("opr-werkwijze", N, "vo"))
    body = insert_after(body, "12 Personeel, professionalisering en ICT",
                        filler("professionalisering", N, "vo") + filler("arbeidsmarkt", N, "vo"))
    body = insert_after(body, "13 Planning", filler("inspectie", N, "vo"))
    body = insert_after(body, "Voorwoord", [
        ("h1", "Samenvatting"),
        ("p", "Dit plan legt vast wat iedere school in Kennemer Kust minimaal biedt (de ondersteuningsstandaard, "
              "hoofdstuk 4), hoe het aanbod daarboven is opgebouwd en hoe we zorgen dat geen jongere buiten beeld "
              "raakt (hoofdstuk 5), hoe de toelaatbaarheid tot vso, lwoo en pro is geregeld (hoofdstuk 6), welke "
              "doelen we stellen (hoofdstuk 7) en hoe ouders en jongeren informatie en onafhankelijke hulp vinden "
              "(hoofdstuk 8). De financiële afspraken staan in een afzonderlijk Financieel Kader."),
        ("p", "Nieuw ten opzichte van het vorige plan zijn de kleinschalige lesplaats voor jongeren met ernstige "
              "angstproblematiek, het Ouderloket, de terugkeerroute vanuit het vso met een vast terugkeeroverleg "
              "en de regiomonitor met streefwaarden voor 2030."),
    ])
    body = insert_after(body, "9 Gemeenten en jeugdhulp", [
        ("h2", "9.1 Aansluiting vo, mbo en arbeidsmarkt"),
        ("p", "Een groot deel van onze leerlingen stroomt door naar het mbo. Samen met de twee ROC's in de regio "
              "werken we aan een doorlopende leerlijn: mentoren van het vmbo en loopbaanbegeleiders van het mbo "
              "voeren een warme overdracht voor iedere leerling met een OPP, en leerlingen kunnen in het laatste "
              "jaar een oriëntatiedag op het mbo volgen. Voor leerlingen van het praktijkonderwijs en het vso "
              "met uitstroomprofiel arbeid werken we samen met het werkgeversservicepunt en de gemeenten aan "
              "stageplaatsen en een begeleide overgang naar werk."),
    ])
    title = ["Ondersteuningsplan 2026-2030", N, "VO 27-11", "Nabij, samen, wendbaar"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Plan 3 - PO, docx + pdf. SWV PO Zoom & Vallei.
# basis present, plaatsing present ("De route naar sbo en so"), terugstroom
# partial (policy yes, procedure deferred to a protocol still to be written),
# financien present ("Geld en middelen"), dekkend-aanbod missing (chapter in
# TOC, body is a deferral), resultaten missing (only glossary + eindtoets
# near-miss), ouders present (inside "Communicatie").
# ===========================================================================

def plan_zoomvallei():
    N = "Stichting Samenwerkingsverband Passend Primair Onderwijs Zoom & Vallei"
    body = [
        ("h1", "Voorwoord"),
        ("p", "Beste lezer, voor u ligt het ondersteuningsplan 2026-2030. Het plan is geschreven in een tijd "
              "waarin het onderwijs onder druk staat: er zijn te weinig leraren, groepen worden complexer en de "
              "verwachtingen van de samenleving zijn hoog. Tegelijk zien we op onze scholen elke dag hoe "
              "leerkrachten, intern begeleiders en directeuren met grote inzet zorgen dat kinderen zich kunnen "
              "ontwikkelen. Dit plan wil hen daarbij steunen."),
        ("p", "Het plan is het resultaat van een traject van anderhalf jaar, met werksessies voor directeuren en "
              "intern begeleiders, een bijeenkomst met de ondersteuningsplanraad en gesprekken met de zes "
              "gemeenten. Niet alles is af. Op een aantal punten kiezen we bewust voor een aanpak in fasen; "
              "waar dat zo is, zeggen we dat eerlijk."),
        ("p", "Drs. A. (Anouk) Hermsen, voorzitter College van Bestuur"),
        ("h1", "1 Inleiding"),
        ("p", "Het samenwerkingsverband Zoom & Vallei is een stichting waarin twaalf schoolbesturen samenwerken. "
              "Samen verzorgen zij het primair onderwijs op 58 basisscholen, twee scholen voor speciaal "
              "basisonderwijs (De Vlonder en Het Kompas) en twee scholen voor speciaal onderwijs (cluster 3 en "
              "cluster 4). Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030."),
        ("p", "De wet schrijft voor wat een ondersteuningsplan ten minste moet bevatten. We hebben die onderdelen "
              "een plek gegeven in de hoofdstukken 4 tot en met 9. De overige hoofdstukken beschrijven de "
              "organisatie en de totstandkoming van het plan. In de tekst gebruiken we de term 'school' voor "
              "iedere vestiging."),
        ("h1", "2 Ons werkgebied"),
        ("p", "Het werkgebied omvat zes gemeenten aan de rand van de Veluwe: Zoomerveld, Valkenburcht, "
              "Rhedeloo, Dierwijk, Westervoort-Heide en Lochemaar. Het is een gebied met grote verschillen: "
              "stedelijke wijken met veel jonge gezinnen en dorpen waar de laatste school de ontmoetingsplek van "
              "het dorp is. Het totale aantal leerlingen is 14.380 (1 oktober 2025)."),
        ("table", [["Gemeente", "Basisscholen", "Leerlingen"],
                   ["Zoomerveld", "19", "5.120"],
                   ["Valkenburcht", "11", "2.640"],
                   ["Rhedeloo", "9", "2.015"],
                   ["Dierwijk", "7", "1.730"],
                   ["Westervoort-Heide", "7", "1.585"],
                   ["Lochemaar", "5", "1.290"]]),
        ("p", "De scholen in de regio scoren op de eindtoets al jaren rond of boven het landelijk gemiddelde; in "
              "2025 lag het gemiddelde referentieniveau 1F lezen op 98 procent. Die opbrengsten zijn een "
              "verdienste van de scholen en hun besturen, en vallen buiten de verantwoordelijkheid van het "
              "samenwerkingsverband."),
        ("h1", "3 Visie"),
        ("p", "Wij gaan uit van wat kinderen wél kunnen. Ieder kind heeft recht op onderwijs dat past bij zijn "
              "mogelijkheden, bij voorkeur samen met leeftijdgenoten uit de eigen buurt. Leerkrachten zijn "
              "professionals die het verschil maken; zij moeten kunnen rekenen op een sterke ondersteuning in en "
              "rond de school. We werken resultaatgericht, maar meten het succes van passend onderwijs niet "
              "alleen in cijfers."),
        ("p", "Onze kernwaarden zijn vertrouwen, eigenaarschap en nabijheid. Vertrouwen betekent dat we de "
              "professional ruimte geven. Eigenaarschap betekent dat de school en het schoolbestuur "
              "verantwoordelijk blijven voor het kind, ook als er extra middelen of expertise worden ingezet. "
              "Nabijheid betekent dat we de hulp zo dicht mogelijk bij het kind organiseren."),
        ("h1", "4 Wat iedere school biedt: de basisondersteuning"),
        ("p", "Alle scholen van het samenwerkingsverband bieden hetzelfde niveau van basisondersteuning. Dit "
              "niveau is door het algemeen bestuur vastgesteld en geldt op iedere vestiging, ook op de kleinste "
              "dorpsschool. Het is het minimum: een school mag meer bieden en beschrijft dat dan in haar "
              "schoolondersteuningsprofiel. Wat een kind nodig heeft dat boven dit niveau uitgaat, noemen we "
              "extra ondersteuning."),
        ("p", "De basisondersteuning is in zes standaarden uitgewerkt:"),
        ("table", [["Standaard", "Concreet betekent dit"],
                   ["1 Basiskwaliteit", "De school voldoet aan de deugdelijkheidseisen van de inspectie en heeft "
                    "een veilig schoolklimaat, gemeten met een jaarlijkse veiligheidsmonitor."],
                   ["2 Handelingsgericht werken", "De school werkt met groepsplannen of groepsoverzichten en houdt "
                    "drie keer per jaar groepsbesprekingen onder leiding van de intern begeleider."],
                   ["3 Lezen en rekenen", "De school voert het protocol Leesproblemen en dyslexie uit, biedt "
                    "RT-achtige verlengde instructie in de groep en werkt met het protocol ernstige "
                    "rekenwiskundeproblemen."],
                   ["4 Gedrag", "De school heeft een gedragsprotocol, een aanpak voor pesten en kan een "
                    "handelingsplan gedrag opstellen en uitvoeren."],
                   ["5 Meer- en hoogbegaafdheid", "De school signaleert met een vast instrument en biedt "
                    "compacten en verrijken in de eigen groep."],
                   ["6 Ondersteuningsstructuur", "Iedere school heeft een intern begeleider, een "
                    "ondersteuningsteam dat minstens vier keer per jaar bijeenkomt en een vast contact met de "
                    "onderwijsadviseur van het samenwerkingsverband."]]),
        ("p", "Naast de zes standaarden gelden twee regionale protocollen die iedere school uitvoert. Het "
              "protocol medisch handelen beschrijft welke handelingen leerkrachten mogen verrichten (bijvoorbeeld "
              "het toedienen van medicatie of het meten van bloedglucose), onder welke voorwaarden en met welke "
              "scholing. Het protocol nieuwkomers beschrijft de eerste opvang van kinderen die korter dan een jaar "
              "in Nederland zijn: een intake met tolk, een taalscreening en een aangepast rooster met extra "
              "NT2-instructie in de eigen groep."),
        ("p", "Het samenwerkingsverband bezoekt iedere school eenmaal per twee jaar voor een "
              "kwaliteitsgesprek over de standaarden. De bevindingen worden met het schoolbestuur gedeeld. Scoort "
              "een school op een standaard onvoldoende, dan maakt de directeur binnen een schooljaar een "
              "verbeterplan en biedt de onderwijsadviseur ondersteuning bij de uitvoering."),
        ("h1", "5 Een passende plek voor ieder kind"),
        ("p", "Dit hoofdstuk is in bewerking. De inventarisatie van voorzieningen in en tussen de scholen wordt "
              "na de zomer van 2026 met de besturen besproken en daarna aan de ondersteuningsplanraad "
              "voorgelegd. Tot die tijd gelden de afspraken uit het vorige ondersteuningsplan."),
        ("h1", "6 De route naar sbo en so"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Een kind kan alleen naar een school voor speciaal basisonderwijs of speciaal onderwijs als het "
              "samenwerkingsverband een toelaatbaarheidsverklaring heeft afgegeven. De aanvraag wordt gedaan door "
              "het schoolbestuur van de school waar het kind staat ingeschreven, in de praktijk door de directeur "
              "namens het bestuur. Bij de aanvraag horen: het ontwikkelingsperspectief, een verslag van het "
              "ondersteuningsteam waarin de aanvraag is besproken, het onderwijskundig rapport en een "
              "ondertekend formulier waarop ouders hun zienswijze geven."),
        ("h2", "6.2 Beoordeling en besluit"),
        ("p", "Na ontvangst van de aanvraag wijst het Bureau Toewijzing twee deskundigen aan. De eerste is altijd "
              "een orthopedagoog of psycholoog; de tweede is, afhankelijk van de hulpvraag, een "
              "kinderpsychiater, jeugdarts, maatschappelijk werker of pedagoog. Zij geven elk afzonderlijk "
              "schriftelijk advies. Op basis van deze adviezen neemt de Toelaatbaarheidscommissie (drie leden, "
              "onder wie een onafhankelijke voorzitter) binnen acht weken een besluit. De commissie kan een kind "
              "uitnodigen voor observatie."),
        ("h2", "6.3 Criteria"),
        ("p", "De commissie verklaart een kind toelaatbaar tot het sbo als de school aantoonbaar ten minste een "
              "half jaar extra ondersteuning heeft geboden volgens het OPP en het kind desondanks niet tot "
              "ontwikkeling komt, of als de deskundigen vaststellen dat de ondersteuningsbehoefte op het gebied van "
              "leren, gedrag of werkhouding de mogelijkheden van de basisschool blijvend overstijgt. Voor het so "
              "gelden daarnaast de volgende criteria: er is sprake van een verstandelijke of lichamelijke "
              "beperking, langdurige ziekte of ernstige gedrags- of psychiatrische problematiek, en het kind is "
              "aangewezen op een permanent aangepaste leeromgeving met specialistische expertise."),
        ("h2", "6.4 Spoedplaatsing"),
        ("p", "Als de veiligheid van het kind of van anderen in het geding is, kan de voorzitter van de "
              "Toelaatbaarheidscommissie binnen vijf werkdagen een tijdelijke TLV afgeven voor ten hoogste drie "
              "maanden. In die periode wordt de reguliere procedure doorlopen. De spoedprocedure is in 2025 "
              "drie keer gebruikt."),
        ("h2", "6.5 Duur, categorie en bezwaar"),
        ("p", "Een TLV voor het sbo geldt voor twee schooljaren, een TLV voor het so voor maximaal vier "
              "schooljaren. Bij een TLV voor het so wordt de bekostigingscategorie laag, midden of hoog "
              "vastgesteld. Ouders en het schoolbestuur kunnen binnen zes weken na verzending van het besluit "
              "bezwaar maken bij het bestuur; het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "7 Terugplaatsing"),
        ("p", "Het samenwerkingsverband wil dat kinderen die tijdelijk op het sbo of so zitten, terugkeren naar "
              "het reguliere basisonderwijs zodra dat in hun belang is. Terugplaatsing is geen falen van de "
              "speciale school, maar een teken dat de ondersteuning heeft gewerkt. Uitgangspunten zijn: "
              "terugplaatsing vindt bij voorkeur plaats op een school in de eigen woonplaats; het kind moet zich "
              "met de basisondersteuning plus tijdelijke extra begeleiding kunnen handhaven; en het welbevinden "
              "van het kind weegt zwaarder dan de planning."),
        ("p", "Een kind dat wordt teruggeplaatst, krijgt een terugplaatsingsarrangement van maximaal één "
              "schooljaar. Dat bestaat uit begeleiding door een leerkracht van de speciale school in de nieuwe "
              "groep (gemiddeld twee uur per week) en een vergoeding voor de ontvangende school van € 3.000 voor "
              "extra inzet in de groep."),
        ("p", "Het stappenplan terugplaatsing – wie het initiatief neemt, wanneer evaluaties plaatsvinden en wie "
              "besluit – wordt in schooljaar 2026-2027 samen met de sbo- en so-scholen uitgewerkt en daarna als "
              "protocol vastgesteld."),
        ("h1", "8 Geld en middelen"),
        ("h2", "8.1 Inkomsten en afdrachten"),
        ("p", "Het samenwerkingsverband ontvangt de rijksbijdrage voor lichte en zware ondersteuning. Een groot "
              "deel daarvan gaat direct naar het speciaal onderwijs (afdracht via DUO op basis van de "
              "toelaatbaarheidsverklaringen) en naar het sbo (groeibekostiging op peildatum 1 februari en de "
              "overdracht boven de 2 procent)."),
        ("h2", "8.2 Verdeling"),
        ("p", "Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar "
              "de schoolbesturen, die zelf de extra ondersteuning op hun scholen organiseren. De verdeling gebeurt "
              "als volgt. Ieder bestuur ontvangt € 142 per leerling (teldatum 1 oktober t-1) en € 6.500 per "
              "vestiging. Besturen met scholen in wijken met een hoge onderwijsachterstandsscore (CBS) ontvangen "
              "een toeslag van € 25 per leerling. De bedragen worden jaarlijks in december door het algemeen "
              "bestuur vastgesteld bij de begroting. Besturen ontvangen het bedrag in twaalf maandelijkse termijnen."),
        ("p", "Schoolbesturen verantwoorden de inzet van de middelen jaarlijks vóór 1 mei in een vast format. "
              "De controller van het samenwerkingsverband toetst de verantwoordingen steekproefsgewijs."),
        ("h2", "8.3 Meerjarenbegroting"),
        ("table", [["Bedragen in euro's", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "10.960.000", "10.880.000", "10.790.000", "10.700.000"],
                   ["Afdracht so (DUO)", "3.410.000", "3.430.000", "3.450.000", "3.460.000"],
                   ["Afdracht groei en 2%-regeling sbo", "1.980.000", "1.960.000", "1.940.000", "1.920.000"],
                   ["Middelen schoolbesturen (per leerling, per vestiging, toeslag)", "2.802.000", "2.780.000",
                    "2.758.000", "2.735.000"],
                   ["Terugplaatsingsarrangementen", "45.000", "60.000", "60.000", "60.000"],
                   ["Bureau Toewijzing en deskundigen", "920.000", "925.000", "930.000", "935.000"],
                   ["Onderwijsadviseurs", "1.240.000", "1.250.000", "1.260.000", "1.270.000"],
                   ["Bestuur, bureau en huisvesting", "560.000", "565.000", "570.000", "575.000"],
                   ["Saldo", "3.000", "-90.000", "-178.000", "-255.000"]]),
        ("p", "De negatieve saldi vanaf 2027 zijn een bewuste keuze: de reserve, die eind 2025 € 2,9 miljoen "
              "bedroeg, wordt afgebouwd tot het niveau van de signaleringswaarde."),
        ("h1", "9 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een maandelijkse nieuwsbrief en het netwerk van intern begeleiders, met gemeenten via "
              "het beleidsoverleg en met de ondersteuningsplanraad via de vergaderingen."),
        ("p", "Ouders informeren we over de ondersteuning in de regio op drie manieren. Op de website staat een "
              "ouderpagina met een uitleg van de basisondersteuning, de route naar sbo en so en een overzicht van "
              "alle scholen met hun ondersteuningsprofiel. Iedere school deelt bij inschrijving de brochure "
              "'Passend onderwijs in tien vragen' uit, die in vijf talen beschikbaar is. En tweemaal per jaar "
              "organiseren we een ouderavond over een actueel thema, zoals de overstap naar het voortgezet "
              "onderwijs of de TLV-procedure."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zoom & Vallei. "
              "Het steunpunt is ondergebracht bij de stichting Ouderkracht Gelderland, staat los van de "
              "schoolbesturen en is bereikbaar via telefoon, e-mail en een wekelijks spreekuur in Zoomerveld. De "
              "medewerkers luisteren, geven advies en kunnen bemiddelen bij een verschil van inzicht met school of "
              "samenwerkingsverband. Ook de Onderwijsconsulenten en de Geschillencommissie passend onderwijs "
              "worden op de ouderpagina genoemd, met contactgegevens. Klachten over het samenwerkingsverband "
              "zelf kunnen worden ingediend bij de landelijke klachtencommissie waarbij wij zijn aangesloten."),
        ("h1", "10 Overleg met gemeenten"),
        ("p", "Het op overeenstemming gericht overleg met de zes gemeenten heeft plaatsgevonden op 19 februari "
              "2026. Het verslag is door alle wethouders onderschreven. Onderwerpen waren onder meer het "
              "leerlingenvervoer en de onderwijshuisvesting van De Vlonder, waarvoor een nieuwe locatie wordt "
              "gezocht. Met het samenwerkingsverband VO in de regio is op 3 maart 2026 overleg gevoerd."),
        ("h1", "11 Organisatie en governance"),
        ("p", "De stichting kent een College van Bestuur (één lid) en een Raad van Toezicht van vijf leden, van "
              "wie drie onafhankelijk. De twaalf schoolbesturen zijn vertegenwoordigd in het algemeen bestuur "
              "dat de begroting en het ondersteuningsplan goedkeurt. De ondersteuningsplanraad bestaat uit acht "
              "leden: vier ouders en vier personeelsleden, afgevaardigd door de medezeggenschapsraden van de "
              "scholen. De OPR heeft op 26 maart 2026 ingestemd met dit plan."),
        ("h1", "12 Personeel"),
        ("p", "Het samenwerkingsverband heeft 17 medewerkers (13,8 fte): onderwijsadviseurs, orthopedagogen, "
              "een psycholoog, de medewerkers van het Bureau Toewijzing, een controller en een "
              "managementassistent. Iedere onderwijsadviseur is gekoppeld aan vijf tot acht scholen. In de "
              "planperiode investeren we in de registratie van onze orthopedagogen (NVO/BIG) en in intervisie."),
        ("h1", "13 Privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de beoordeling van "
              "toelaatbaarheid en voor de terugplaatsingsarrangementen. Medewerkers werken met een beveiligde "
              "digitale omgeving. Gegevens worden na drie jaar verwijderd. Ouders hebben inzage in het dossier "
              "van hun kind."),
        ("h1", "14 Planning en vaststelling"),
        ("p", "Het concept is in januari 2026 besproken met de directeuren en intern begeleiders. Het OOGO vond "
              "plaats op 19 februari 2026, de instemming van de OPR op 26 maart 2026. Het College van Bestuur "
              "heeft het plan vastgesteld op 2 april 2026, na goedkeuring door het algemeen bestuur. Het plan is "
              "op 7 april 2026 aan de inspectie toegezonden."),
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
                   ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor ieder kind een plek is."],
                   ["Kwaliteitszorg", "Het systematisch bewaken en verbeteren van de kwaliteit."],
                   ["OPP", "Ontwikkelingsperspectief."],
                   ["OZA", "Onderwijs-zorgarrangement."],
                   ["SOP", "Schoolondersteuningsprofiel."],
                   ["Thuiszitter", "Een leerplichtig kind dat niet naar school gaat."],
                   ["TLV", "Toelaatbaarheidsverklaring."]]),
    ]
    body = insert_after(body, "11 Organisatie en governance",
                        filler("goed-bestuur", N) + filler("opr-werkwijze", N))
    body = insert_after(body, "12 Personeel", filler("werkgeverschap", N) + filler("arbeidsmarkt", N))
    body = insert_after(body, "13 Privacy", filler("ict", N))
    body = insert_after(body, "8.3 Meerjarenbegroting", filler("risico", N))
    body = insert_after(body, "9 Communicatie", filler("scholencommunicatie", N))
    body = insert_after(body, "11 Organisatie en governance", filler("andere-verbanden", N))
    body = insert_after(body, "14 Planning en vaststelling", filler("inspectie", N) + filler("totstandkoming", N))
    body = insert_after(body, "Voorwoord", [
        ("h1", "Samenvatting"),
        ("p", "Het ondersteuningsplan 2026-2030 beschrijft de basisondersteuning die iedere school biedt "
              "(hoofdstuk 4), de route naar het speciaal basisonderwijs en het speciaal onderwijs (hoofdstuk 6), "
              "de uitgangspunten voor terugplaatsing (hoofdstuk 7), de verdeling en besteding van het geld "
              "(hoofdstuk 8) en de communicatie met ouders en scholen (hoofdstuk 9). Hoofdstuk 5 wordt later "
              "aangevuld. De belangrijkste veranderingen ten opzichte van het vorige plan zijn de zes standaarden "
              "basisondersteuning, een vast bedrag per vestiging voor kleine scholen en een onafhankelijk "
              "ouder- en jeugdsteunpunt."),
    ])
    title = ["Ondersteuningsplan 2026-2030", N, "Samen sterk voor ieder kind"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Plan 4 - VO, html. SWV VO Hunzedal.
# basis missing (chapter defers to a future landelijke norm; title page and
# nav menu traps), plaatsing present (vso, lwoo, pro incl. criteria in a
# table), terugstroom missing (only rebound "terug naar de eigen klas",
# glossary, title-page slogan), financien present (tables), dekkend-aanbod
# present, resultaten present (table), ouders partial (independent
# steunpunt yes; how parents are informed is deferred to a communicatieplan).
# ===========================================================================

def plan_hunzedal():
    N = "Samenwerkingsverband Voortgezet Onderwijs Hunzedal"
    body = [
        ("h1", "Voorwoord"),
        ("p", "Dit is het ondersteuningsplan 2026-2030 van " + N + ", het samenwerkingsverband voor voortgezet "
              "onderwijs in de gemeenten Hunzemond, Gasselterveen, Exloërmond-Oost en Stadskanaal-Noord. Het plan "
              "is geschreven voor schoolleiders, ondersteuningscoördinatoren en mentoren, voor de gemeenten en "
              "voor de leden van de ondersteuningsplanraad. We hebben geprobeerd zo veel mogelijk in tabellen te "
              "zetten, zodat de afspraken snel te vinden zijn."),
        ("p", "In de afgelopen planperiode is veel bereikt. Het aantal thuiszitters is gehalveerd, de wachtlijst "
              "voor het OPDC is verdwenen en de samenwerking met de jeugdhulp is hechter dan ooit. Tegelijk blijft "
              "er werk te doen: het aantal jongeren met psychische klachten groeit en de krimp in de regio zet "
              "kleine scholen onder druk. Dit plan laat zien hoe we daarmee omgaan."),
        ("p", "Dr. H. (Hilde) Bruins, directeur-bestuurder"),
        ("h1", "1 Inleiding"),
        ("p", "Het samenwerkingsverband is op grond van de wet verplicht ten minste eens in de vier jaar een "
              "ondersteuningsplan vast te stellen. Dit plan loopt van 1 augustus 2026 tot en met 31 juli 2030. "
              "Het bouwt voort op het plan 2022-2026 en op de evaluatie daarvan in het voorjaar van 2025. De "
              "aangesloten besturen zijn vier besturen voor regulier voortgezet onderwijs, één bestuur voor "
              "praktijkonderwijs en twee besturen voor voortgezet speciaal onderwijs."),
        ("h1", "2 De regio"),
        ("table", [["Kenmerk (1 oktober 2025)", "Waarde"],
                   ["Vestigingen regulier vo", "9"],
                   ["Leerlingen regulier vo", "7.215"],
                   ["Leerlingen met lwoo", "684"],
                   ["Leerlingen praktijkonderwijs", "341"],
                   ["Leerlingen vso (uit de regio)", "256"],
                   ["Plaatsen OPDC Hunzedal", "40"],
                   ["Daling leerlingaantal 2020-2025", "8,3 procent"]]),
        ("p", "De regio krimpt. De prognose voor 2030 is een verdere daling van 6 procent. Dat betekent dat de "
              "besturen samen moeten zorgen dat het onderwijsaanbod in de regio bereikbaar blijft, ook voor "
              "jongeren met een ondersteuningsbehoefte."),
        ("h1", "3 Visie en ambitie"),
        ("p", "Iedere jongere in Hunzedal heeft recht op een ononderbroken schoolloopbaan die leidt naar een "
              "diploma, een certificaat of een passende plek op de arbeidsmarkt. Wij willen dat die loopbaan zo "
              "veel mogelijk in het reguliere onderwijs plaatsvindt, met ondersteuning op maat waar dat nodig is. "
              "Onze ambitie is dat in 2030 geen enkele jongere langer dan drie maanden zonder onderwijs thuiszit."),
        ("h1", "4 Basisondersteuning"),
        ("p", "Het kabinet heeft in 2025 een landelijke norm voor basisondersteuning aangekondigd. Omdat de "
              "wettelijke verankering daarvan naar verwachting in 2027 plaatsvindt, heeft het bestuur besloten "
              "het regionale niveau van basisondersteuning pas daarna opnieuw vast te stellen. De regionale "
              "afspraken worden dan in een wijziging van dit plan opgenomen. Tot die tijd beschrijven de scholen "
              "hun aanbod in hun eigen schoolgids."),
        ("h1", "5 Ondersteuningsaanbod en dekkend netwerk"),
        ("h2", "5.1 Het aanbod in lagen"),
        ("table", [["Laag", "Voorziening", "Doelgroep", "Capaciteit", "Toegang"],
                   ["1 School", "Invulling volgt uit hoofdstuk 4", "Alle leerlingen", "-", "-"],
                   ["2 School plus", "Schoolarrangement (begeleiding, aangepast rooster, coaching)",
                    "Leerlingen met een OPP", "circa 450 per jaar", "Ondersteuningsteam school"],
                   ["3 Bovenschools", "OPDC Hunzedal", "Leerlingen met een tijdelijke intensieve behoefte, "
                    "maximaal 2 jaar", "40 plaatsen", "Aanmelding bij de Commissie Arrangeren"],
                   ["3 Bovenschools", "Rebound", "Leerlingen na ernstig gedragsincident, maximaal 10 weken",
                    "12 plaatsen", "Aanmelding door school"],
                   ["3 Bovenschools", "Plusvoorziening hoogbegaafdheid", "Hoogbegaafde leerlingen die vastlopen",
                    "24 plaatsen", "Aanmelding door school"],
                   ["3 Bovenschools", "ISK Stadskanaal-Noord", "Nieuwkomers 12-18 jaar", "60 plaatsen",
                    "Via gemeente en school"],
                   ["4 Specialistisch", "Praktijkonderwijs (2 locaties)", "Leerlingen met pro-toelaatbaarheid",
                    "360 plaatsen", "Toelaatbaarheid pro (hoofdstuk 6)"],
                   ["4 Specialistisch", "Vso cluster 3 en 4 (2 scholen)", "Leerlingen met TLV vso", "270 plaatsen",
                    "TLV (hoofdstuk 6)"],
                   ["4 Specialistisch", "Onderwijs-zorgarrangement De Brink", "Jongeren die onderwijs en "
                    "intensieve jeugdhulp combineren", "10 plaatsen", "Commissie Arrangeren met gemeente"]]),
        ("p", "Na afloop van de rebound-periode gaat de leerling terug naar de eigen klas op de eigen school; de "
              "mentor en de rebound-begeleider houden daarna zes weken wekelijks contact."),
        ("h2", "5.2 Thuiszitters en witte vlekken"),
        ("p", "Het samenwerkingsverband houdt met de leerplichtambtenaren een gezamenlijke registratie van "
              "thuiszitters bij. Iedere jongere die langer dan drie weken niet naar school gaat, wordt besproken "
              "in het regionale Overleg Thuiszitters (tweewekelijks), waar school, leerplicht, jeugdhulp en de "
              "casusregisseur van het samenwerkingsverband aanschuiven. Binnen twee weken na bespreking ligt er "
              "een plan met een terugkeerdatum naar onderwijs. Lukt dat niet, dan regelt de casusregisseur een "
              "tijdelijke plek in het OPDC of een maatwerktraject."),
        ("p", "Uit de evaluatie van 2025 bleek dat er geen passende plek is voor jongeren met een autisme- "
              "spectrumstoornis op havo/vwo-niveau die niet in grote groepen kunnen functioneren. Vanaf 1 "
              "augustus 2027 start daarom een kleinschalige havo/vwo-groep van 15 plaatsen op de locatie "
              "Gasselterveen. Een tweede lacune – de wachtlijst bij de jeugd-ggz – valt buiten het onderwijs; die "
              "is in het OOGO aan de orde gesteld (hoofdstuk 10)."),
        ("h1", "6 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "6.1 Procedure"),
        ("table", [["Stap", "Vso", "Lwoo en pro"],
                   ["Aanvrager", "Bevoegd gezag van de school van inschrijving of aanmelding",
                    "De vo-school waar de leerling is aangemeld"],
                   ["Dossier", "OPP, verslag ondersteuningsteam, evaluatie arrangementen, zienswijze ouders",
                    "Onderwijskundig rapport, toetsgegevens leerachterstand, intelligentieonderzoek"],
                   ["Beoordeling", "Twee deskundigen, elk met een eigen schriftelijk advies: een orthopedagoog of "
                    "psycholoog en een tweede deskundige passend bij de vraag", "Commissie Toelaatbaarheid, met "
                    "een orthopedagoog als voorzitter"],
                   ["Besluit", "Commissie Toelaatbaarheid namens het bestuur", "Commissie Toelaatbaarheid"],
                   ["Termijn", "Binnen 6 weken na compleet dossier", "Binnen 4 weken; aanvragen vóór 15 maart"],
                   ["Geldigheid", "1 tot 3 schooljaren, eindigend op 31 juli; categorie laag/midden/hoog",
                    "Lwoo: gehele schoolloopbaan; pro: gehele schoolloopbaan"]]),
        ("h2", "6.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het vso als (1) de school de ondersteuning uit laag 2 en, waar "
              "passend, laag 3 ten minste zes maanden heeft ingezet en geëvalueerd, (2) uit het OPP blijkt dat "
              "de leerling ook met die ondersteuning niet tot ontwikkeling komt, en (3) de deskundigen vaststellen "
              "dat de leerling voor langere tijd een specialistische, kleinschalige leeromgeving nodig heeft "
              "vanwege een verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige gedrags- of "
              "psychiatrische problematiek."),
        ("p", "Voor lwoo en praktijkonderwijs gelden de landelijke criteria, die het samenwerkingsverband "
              "ongewijzigd toepast:"),
        ("table", [["", "Lwoo", "Praktijkonderwijs"],
                   ["Intelligentie", "IQ 75-90 (of 91-120 met sociaal-emotionele problematiek)", "IQ 55-80"],
                   ["Leerachterstand", "1,5 tot 3 jaar op ten minste twee van de vier domeinen (begrijpend lezen, "
                    "inzichtelijk rekenen, technisch lezen, spelling), waarvan één begrijpend lezen of rekenen",
                    "3 jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of rekenen"]]),
        ("h2", "6.3 Bezwaar"),
        ("p", "Ouders en schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het bestuur "
              "vraagt advies aan de Landelijke Bezwaaradviescommissie. Ouders krijgen altijd een afschrift van "
              "de adviezen van de deskundigen."),
        ("h1", "7 Financiën"),
        ("h2", "7.1 Verdeling van de middelen"),
        ("p", "Het algemeen bestuur heeft het verdeelmodel in 2025 herijkt. De middelen voor lichte "
              "ondersteuning gaan volledig naar de schoolbesturen. Uit de middelen voor zware ondersteuning "
              "worden eerst de afdrachten voor het vso en de bovenschoolse voorzieningen betaald; het restant "
              "gaat als ondersteuningsbudget naar de besturen. De verdeling is als volgt:"),
        ("table", [["Component", "Verdeelsleutel", "Bedrag 2026"],
                   ["Lichte ondersteuning (lwoo en pro)", "Naar rato van het aantal lwoo- en pro-leerlingen op 1 oktober",
                    "€ 4.960.000"],
                   ["Ondersteuningsbudget scholen", "€ 165 per leerling regulier vo plus vaste voet € 20.000 per "
                    "vestiging", "€ 1.370.000"],
                   ["Bovenschoolse voorzieningen", "Begroting per voorziening, vastgesteld door het bestuur",
                    "€ 1.610.000"],
                   ["Afdracht vso", "Op basis van de TLV's per 1 oktober (DUO)", "€ 2.940.000"],
                   ["Bureau en casusregie", "Formatieplan bureau", "€ 780.000"]]),
        ("p", "Besturen verantwoorden de inzet van het ondersteuningsbudget jaarlijks met een "
              "verantwoordingsformat waarin ze per school de ingezette formatie en het aantal begeleide "
              "leerlingen rapporteren."),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten", "11.720", "11.530", "11.350", "11.180"],
                   ["Lichte ondersteuning naar besturen", "4.960", "4.880", "4.800", "4.730"],
                   ["Ondersteuningsbudget scholen", "1.370", "1.345", "1.320", "1.300"],
                   ["Bovenschoolse voorzieningen (incl. nieuwe havo/vwo-groep vanaf 2027)", "1.610", "1.790",
                    "1.810", "1.820"],
                   ["Afdracht vso", "2.940", "2.960", "2.980", "3.000"],
                   ["Bureau en casusregie", "780", "790", "800", "810"],
                   ["Resultaat", "60", "-235", "-360", "-480"]]),
        ("p", "De tekorten in 2027-2029 worden gedekt uit de reserve (eind 2025: € 2,4 miljoen), die daarmee "
              "afneemt tot ongeveer 5 procent van de baten."),
        ("h1", "8 Resultaten"),
        ("p", "We hebben onze beoogde resultaten voor leerlingen met een ondersteuningsbehoefte uitgedrukt in "
              "indicatoren met een streefwaarde voor 2030."),
        ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030", "Bron"],
                   ["Thuiszitters langer dan 3 maanden", "11", "0", "Registratie leerplicht"],
                   ["Leerlingen OPDC met regulier diploma binnen 4 jaar", "54%", "65%", "Eigen monitor"],
                   ["Deelnamepercentage vso", "3,4%", "maximaal 3,4%", "DUO, 1 oktober"],
                   ["Jongeren met een OPP die zonder vertraging overstappen naar mbo", "71%", "80%",
                    "Overstapmonitor mbo"],
                   ["Tevredenheid ondersteuningscoördinatoren over casusregie", "7,0", "7,5", "Peiling"]]),
        ("p", "De indicatoren worden twee keer per jaar in een monitor bijgewerkt en besproken in het "
              "directeurenoverleg en door de raad van toezicht. Het jaarverslag bevat een hoofdstuk over de "
              "bereikte resultaten, waarin we ook kwalitatief terugkijken aan de hand van casusevaluaties. In "
              "2025 daalde het aantal langdurige thuiszitters van 22 naar 11."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen die er met de school of het samenwerkingsverband niet uitkomen, kunnen "
              "terecht bij het Ouder- en Jongerensteunpunt Hunzedal. Het steunpunt is onafhankelijk: het is "
              "ondergebracht bij een welzijnsorganisatie die geen banden heeft met de schoolbesturen. "
              "Medewerkers denken mee, gaan mee naar gesprekken en kunnen een onafhankelijke bemiddelaar "
              "inschakelen. Daarnaast kunnen ouders zich wenden tot de Onderwijsconsulenten en, bij een geschil "
              "over toelating, verwijdering of het OPP, tot de Geschillencommissie passend onderwijs."),
        ("p", "Leerlingen met een OPP hebben hoorrecht: hun mening over het OPP wordt vastgelegd. De "
              "ondersteuningsplanraad bestaat uit zes leden: drie personeelsleden en drie ouders of leerlingen."),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod in de regio, werken we in 2026 uit in een "
              "nieuw communicatieplan. Tot die tijd wordt de huidige website niet meer bijgewerkt."),
        ("h1", "10 Samenwerking met gemeenten"),
        ("p", "Het OOGO met de vier gemeenten vond plaats op 28 januari 2026. De belangrijkste afspraken: "
              "gemeenten financieren de jeugdhulpcomponent van het onderwijs-zorgarrangement De Brink, er komt "
              "een gezamenlijke aanpak voor de wachtlijst jeugd-ggz en leerplicht neemt deel aan het Overleg "
              "Thuiszitters. Het verslag is vastgesteld op 11 februari 2026."),
        ("h1", "11 Governance"),
        ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. "
              "Het directeurenoverleg adviseert de directeur-bestuurder. De OPR heeft op 19 maart 2026 "
              "ingestemd met het plan."),
        ("h1", "12 Personeel en ICT"),
        ("p", "Het bureau bestaat uit 7,4 fte: directeur-bestuurder, twee casusregisseurs, een orthopedagoog, "
              "een beleidsmedewerker financiën, een secretaris van de Commissie Toelaatbaarheid en "
              "administratieve ondersteuning. De commissie wordt aangevuld met externe deskundigen op "
              "oproepbasis. Het dossiersysteem voldoet aan de eisen van de AVG; dossiers worden drie jaar na het "
              "besluit vernietigd."),
        ("h1", "13 Planning"),
        ("ul", ["28 januari 2026: OOGO met de vier gemeenten",
                "4 februari 2026: overleg met het samenwerkingsverband PO",
                "19 maart 2026: instemming OPR",
                "26 maart 2026: vaststelling door de directeur-bestuurder",
                "april 2026: toezending aan de inspectie",
                "2027: wijziging van het plan na vaststelling landelijke norm basisondersteuning"]),
        ("h1", "Begrippen"),
        ("table", [["Begrip", "Omschrijving"],
                   ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat iedere "
                    "school biedt."],
                   ["Terugplaatsing", "Overstap van een vso-leerling naar het regulier vo na afloop van de TLV."],
                   ["Ouderinformatie", "Informatie voor ouders over het ondersteuningsaanbod."],
                   ["Rebound", "Tijdelijke opvang buiten de eigen school na een ernstig incident."]]),
    ]
    body = insert_after(body, "11 Governance", filler("goed-bestuur", N, "vo") + filler("opr-werkwijze", N, "vo"))
    body = insert_after(body, "12 Personeel en ICT", filler("werkgeverschap", N, "vo") + filler("ict", N, "vo")
                        + filler("professionalisering", N, "vo") + filler("arbeidsmarkt", N, "vo"))
    body = insert_after(body, "7.2 Meerjarenbegroting", filler("risico", N, "vo"))
    body = insert_after(body, "11 Governance", filler("andere-verbanden", N, "vo"))
    body = insert_after(body, "5.2 Thuiszitters en witte vlekken", [
        ("h2", "5.3 Nieuwkomers en hoogbegaafde leerlingen"),
        ("p", "De ISK in Stadskanaal-Noord biedt nieuwkomers van 12 tot 18 jaar gemiddeld anderhalf jaar intensief "
              "Nederlands en een oriëntatie op vervolgonderwijs. Daarna stromen zij door naar een reguliere "
              "school, het praktijkonderwijs of het mbo. Voor elke overstap is er een overdrachtsgesprek en een "
              "half jaar nazorg door de ISK-docent. Door de komst van een nieuwe opvanglocatie verwachten we "
              "een groei van 60 naar 80 leerlingen in 2027; de gemeente zorgt voor extra huisvesting."),
        ("p", "De Plusvoorziening voor hoogbegaafde leerlingen is in 2024 gestart met middelen uit de landelijke "
              "subsidieregeling en wordt vanaf 2026 uit de eigen begroting voortgezet. Leerlingen volgen er één "
              "dag per week een programma met onderzoeksprojecten, coaching en executieve vaardigheden; de "
              "overige dagen zijn zij op hun eigen school. In 2025 namen 21 leerlingen deel."),
    ])
    body = insert_after(body, "10 Samenwerking met gemeenten", filler("huisvesting-vervoer", N, "vo"))
    body = insert_after(body, "3 Visie en ambitie", filler("kansengelijkheid", N, "vo"))
    body = insert_after(body, "13 Planning", filler("inspectie", N, "vo") + filler("totstandkoming", N, "vo"))
    body = insert_after(body, "Voorwoord", [
        ("h1", "Samenvatting"),
        ("p", "Het plan zet de afspraken zo veel mogelijk in tabellen. Hoofdstuk 5 beschrijft het aanbod in lagen "
              "en de aanpak van thuiszitters, hoofdstuk 6 de procedure en criteria voor vso, lwoo en "
              "praktijkonderwijs, hoofdstuk 7 de verdeling van de middelen en de meerjarenbegroting en "
              "hoofdstuk 8 de indicatoren waarop we sturen. Het regionale niveau van basisondersteuning wordt "
              "na de invoering van de landelijke norm opnieuw vastgesteld."),
        ("h1", "Terugblik 2022-2026"),
        ("p", "In de vorige planperiode hebben we de casusregie ingevoerd, het Overleg Thuiszitters opgezet en "
              "het onderwijs-zorgarrangement De Brink gestart. De wachtlijst voor het OPDC, die in 2022 nog "
              "veertien leerlingen telde, is sinds 2024 verdwenen. Minder goed ging de samenwerking met de "
              "jeugd-ggz: wachttijden van meer dan een half jaar zijn geen uitzondering. Ook het aantal "
              "leerlingen in het vso is niet gedaald, ondanks de krimp van het totale leerlingaantal."),
        ("p", "De evaluatie, uitgevoerd door een extern bureau, leverde drie lessen op: houd de lijnen kort, "
              "investeer in de mentor als spil van de ondersteuning, en maak afspraken met jeugdhulp zo concreet "
              "mogelijk. Die lessen zijn in dit plan verwerkt."),
    ])
    title = ["Ondersteuningsplan 2026-2030", N, "Basis op orde, terug waar het kan"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Plan 5 - PO, markdown. SWV PO Maaskant-Peel.
# basis partial (level defined + borging, content only on an external
# "Kaart Basisondersteuning"), plaatsing missing (only a reference to a
# separately adopted handbook; glossary trap), terugstroom present ("de weg
# terug naar de wijkschool"), financien partial (meerjarenbegroting with
# amounts, verdeelmodel deferred), dekkend-aanbod present, resultaten
# present, ouders present ("Wegwijzer", Ouderpunt).
# ===========================================================================

def plan_maaskantpeel():
    N = "Samenwerkingsverband Passend Primair Onderwijs Maaskant-Peel"
    body = [
        ("h1", "Voorwoord"),
        ("p", "Thuisnabij, samen en eerlijk: dat zijn de woorden die het vaakst vielen toen we in 2025 met "
              "scholen, ouders en gemeenten spraken over de toekomst van passend onderwijs in Maaskant-Peel. Dit "
              "ondersteuningsplan 2026-2030 is de uitwerking van die gesprekken. Het is een plan voor de 38 "
              "basisscholen, de sbo-school De Peelstroom en de so-school Het Maasveld, en voor alle kinderen "
              "die daar naar school gaan."),
        ("p", "We hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen: voor de leerkracht die "
              "wil weten waar hij hulp kan vinden, voor de ouder die zich afvraagt wat de school voor haar kind "
              "kan doen, en voor de wethouder die wil weten hoe onderwijs en jeugdhulp elkaar versterken. Waar "
              "het plan op onderdelen naar andere documenten verwijst, hebben we dat aangegeven."),
        ("p", "Mr. drs. R. (Ruud) Verhoeven, directeur-bestuurder"),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan geldt voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het "
              "samenwerkingsverband is een vereniging van zeven schoolbesturen in de gemeenten Maasbommel-Oost, "
              "Peelland, Gemert-Noord en Boxmeerloo. Het plan is voorbereid door een schrijfgroep van directeuren "
              "en intern begeleiders en besproken met de ondersteuningsplanraad, de gemeenten en het "
              "samenwerkingsverband voortgezet onderwijs."),
        ("h1", "2 Kerncijfers"),
        ("table", [["Kerncijfer", "2021", "2025"],
                   ["Leerlingen basisonderwijs", "9.140", "8.610"],
                   ["Leerlingen sbo De Peelstroom", "214", "236"],
                   ["Leerlingen so (uit de regio)", "139", "151"],
                   ["Deelnamepercentage sbo", "2,3%", "2,6%"],
                   ["Deelnamepercentage so", "1,5%", "1,7%"],
                   ["Thuiszitters (1 oktober)", "17", "9"]]),
        ("p", "Het aantal leerlingen in het basisonderwijs daalt, terwijl het aantal leerlingen in sbo en so licht "
              "stijgt. Dat is een ontwikkeling die we in deze planperiode willen ombuigen; in hoofdstuk 7 staan "
              "de doelen die we daarbij hebben gesteld."),
        ("h1", "3 Visie: thuisnabij"),
        ("p", "Kinderen horen op te groeien in hun eigen dorp of wijk, met vriendjes uit de buurt. Daarom kiezen we "
              "voor thuisnabij onderwijs: ondersteuning wordt zo veel mogelijk in de eigen school geboden, en "
              "als een kind toch naar een speciale voorziening gaat, dan werken we vanaf de eerste dag aan de weg "
              "terug. We zien ouders als eerste deskundige van hun kind en betrekken hen bij elke stap."),
        ("p", "Dit vraagt veel van scholen. Leerkrachten staan voor groepen waarin de verschillen groot zijn. We "
              "investeren daarom in kennisdeling, in ondersteuning in de klas en in het verminderen van "
              "administratieve lasten, zodat de middelen zo direct mogelijk bij het kind terechtkomen."),
        ("h1", "4 Basisondersteuning"),
        ("p", "Alle 38 basisscholen bieden ten minste hetzelfde niveau van basisondersteuning. Dat niveau is op "
              "10 december 2025 door de algemene ledenvergadering vastgesteld en geldt voor iedere vestiging van "
              "iedere aangesloten school. Een kind heeft recht op deze basisondersteuning zonder dat daarvoor een "
              "aanvraag of toewijzing nodig is."),
        ("p", "De concrete inhoud van de basisondersteuning is uitgewerkt in de Kaart Basisondersteuning, die op "
              "onze website staat en die iedere school in haar schoolgids opneemt."),
        ("p", "Het samenwerkingsverband bewaakt het niveau met een jaarlijks kwaliteitsgesprek per school, waarin "
              "de intern begeleider en de directeur laten zien hoe de school de kaart uitvoert. Als een school "
              "het niveau niet haalt, stelt het bestuur binnen drie maanden een verbeterplan op. De voortgang "
              "wordt na zes maanden besproken in het bestuurlijk overleg."),
        ("h1", "5 Ondersteuningsaanbod in de wijk"),
        ("h2", "5.1 Van basis naar speciaal"),
        ("p", "Het aanbod in de regio is opgebouwd als een trap. Op de onderste trede staat de basisondersteuning "
              "van iedere school (hoofdstuk 4). Daarboven kan de school met het eigen ondersteuningsbudget een "
              "arrangement inzetten: extra instructie, een onderwijsassistent, begeleiding door een specialist "
              "van De Peelstroom of Het Maasveld (ambulante begeleiding) of een aangepast programma. De derde trede "
              "bestaat uit bovenschoolse voorzieningen: de Kangoeroeklas voor hoogbegaafde kinderen (één dag per "
              "week, vier locaties), de taalklas voor nieuwkomers in Peelland en de observatiegroep 'De Brug' op "
              "De Peelstroom (maximaal een half jaar). De bovenste trede vormen het sbo De Peelstroom en het so "
              "Het Maasveld (cluster 3 en 4) en, voor kinderen die intensieve zorg nodig hebben, het "
              "onderwijs-zorgarrangement 'Samen Sterk' dat met de gemeenten wordt gefinancierd."),
        ("p", "Het Ondersteuningsteam van het samenwerkingsverband (twee orthopedagogen en vier consulenten) "
              "ondersteunt scholen op verzoek bij het kiezen van de juiste trede en bij het opstellen van een "
              "arrangement. Een arrangement wordt binnen drie weken na de vraag van de school ingezet."),
        ("h2", "5.2 Zorgen dat niemand tussen wal en schip valt"),
        ("p", "Zorgplicht betekent dat een school die een kind niet zelf kan bieden wat het nodig heeft, een andere "
              "passende school moet vinden. De besturen hebben afgesproken dat zij elkaar binnen twee weken "
              "helpen als één van hen geen passende plek vindt; de consulent van het samenwerkingsverband "
              "coördineert dat. Kinderen die niet naar school gaan, worden binnen tien schooldagen gemeld bij de "
              "Thuiszittersaanpak van leerplicht en samenwerkingsverband, die binnen een maand met een plan komt."),
        ("p", "In 2025 constateerden we twee tekorten in het aanbod: een wachtlijst van gemiddeld veertien weken "
              "voor het so cluster 4 en het ontbreken van een voorziening voor jonge kinderen (4-6 jaar) met "
              "ernstige regulatieproblemen. Voor het eerste maken we met Het Maasveld afspraken over een "
              "overbruggingsgroep (start januari 2027). Voor het tweede starten we op 1 augustus 2026 samen met "
              "de kinderopvang een pilot 'Kleuterplus' in Gemert-Noord met acht plaatsen."),
        ("h1", "6 Toelaatbaarheid en de weg terug"),
        ("h2", "6.1 Toelaatbaarheid"),
        ("p", "Voor de toelaatbaarheid tot sbo en so hanteert het samenwerkingsverband het Handboek "
              "Toelaatbaarheid 2026. Het handboek wordt door het bestuur afzonderlijk vastgesteld en is te vinden "
              "op www.swvmaaskantpeel.nl/handboek."),
        ("h2", "6.2 De weg terug naar de wijkschool"),
        ("p", "Past bij thuisnabij onderwijs: een kind dat op De Peelstroom of Het Maasveld zit, gaat terug naar "
              "een basisschool in de eigen wijk of het eigen dorp zodra dat kan. Ons beleid is dat de speciale "
              "school vanaf de plaatsing werkt aan het perspectief op terugkeer, dat terugkeer alleen plaatsvindt "
              "als de ontvangende school met extra begeleiding kan bieden wat in het OPP staat, en dat het kind "
              "na terugkeer minstens een jaar extra ondersteuning krijgt."),
        ("p", "De route gaat als volgt:"),
        ("ol", ["Tweemaal per jaar evalueert de speciale school het OPP. Bij iedere evaluatie wordt de vraag gesteld "
                "of de weg terug in beeld is.",
                "Is dat zo, dan nodigt de speciale school ouders, de consulent van het samenwerkingsverband en de "
                "beoogde basisschool uit voor een 'terugweggesprek'. Dat gesprek vindt in elk geval plaats in het "
                "laatste jaar van de TLV, uiterlijk in februari.",
                "Het Ondersteuningsteam van het samenwerkingsverband besluit binnen drie weken na het gesprek over "
                "de terugkeer en het bijbehorende terugkeerarrangement.",
                "Het kind start op de wijkschool, bij voorkeur na een proefperiode van zes weken waarin het twee "
                "dagen op de nieuwe school is.",
                "De speciale school biedt gedurende een jaar ambulante begeleiding; de consulent evalueert na drie "
                "en na twaalf maanden met ouders en school."]),
        ("p", "In 2024-2025 keerden 11 kinderen terug naar een wijkschool (2021-2022: 6). Voor 2029-2030 is het "
              "doel 18 kinderen per jaar."),
        ("h1", "7 Doelen en resultaten"),
        ("h2", "7.1 Wat we willen bereiken"),
        ("table", [["Beoogd resultaat voor kinderen met een ondersteuningsbehoefte", "Stand 2025", "Doel 2030"],
                   ["Deelnamepercentage sbo", "2,6%", "2,2%"],
                   ["Deelnamepercentage so", "1,7%", "1,5%"],
                   ["Kinderen die terugkeren naar een wijkschool per jaar", "11", "18"],
                   ["Thuiszitters op 1 oktober", "9", "hoogstens 3"],
                   ["Wachttijd so cluster 4 (weken)", "14", "hoogstens 4"],
                   ["Scholen die de basisondersteuning volledig uitvoeren", "29 van 38", "38 van 38"],
                   ["Ouders tevreden over de ondersteuning (% ruim voldoende of beter)", "74%", "85%"]]),
        ("h2", "7.2 Hoe we meten en bijsturen"),
        ("p", "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In oktober verzamelen we de "
              "telgegevens van DUO en de registraties van het Ondersteuningsteam en leerplicht; in november "
              "bespreken we een monitor met de doelen uit 7.1 met de directeuren en het bestuur. In het voorjaar "
              "volgen de kwaliteitsgesprekken met de scholen. Elk tweede jaar houden we een "
              "tevredenheidspeiling onder ouders van kinderen met een arrangement of TLV. De uitkomsten "
              "verschijnen in het jaarverslag, samen met een kwalitatieve beschrijving van wat goed ging en wat "
              "niet. Halverwege de planperiode, in 2028, voeren we een tussentijdse evaluatie uit met een "
              "externe partij."),
        ("p", "In de vorige planperiode is het aantal thuiszitters gehalveerd en de doorlooptijd van "
              "arrangementen verkort van zes naar drie weken. Het doel om de deelname aan het sbo te laten dalen "
              "is niet gehaald."),
        ("h1", "8 Geld en middelen"),
        ("h2", "8.1 Verdeling"),
        ("p", "De verdeling van het ondersteuningsbudget over de schoolbesturen wordt in het najaar van 2026 "
              "opnieuw vastgesteld. Het nieuwe verdeelmodel volgt na besluitvorming in de algemene "
              "ledenvergadering."),
        ("h2", "8.2 Begroting 2026-2029"),
        ("table", [["Bedragen in euro", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "6.180.000", "6.070.000", "5.980.000", "5.890.000"],
                   ["Afdracht so en sbo (DUO, groei, 2%-regeling)", "2.460.000", "2.430.000", "2.380.000", "2.330.000"],
                   ["Ondersteuningsbudget schoolbesturen (verdeling volgt)", "1.950.000", "1.940.000", "1.930.000",
                    "1.920.000"],
                   ["Bovenschoolse voorzieningen (Kangoeroeklas, taalklas, De Brug)", "620.000", "640.000", "650.000",
                    "650.000"],
                   ["Terugkeerarrangementen", "110.000", "130.000", "150.000", "165.000"],
                   ["Pilot Kleuterplus en overbruggingsgroep", "85.000", "180.000", "180.000", "180.000"],
                   ["Ondersteuningsteam en bureau", "910.000", "920.000", "930.000", "940.000"],
                   ["Saldo", "45.000", "-170.000", "-240.000", "-295.000"]]),
        ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die eind 2025 € 1,8 miljoen bedroeg. Aan "
              "het einde van de planperiode resteert naar verwachting een reserve van ongeveer 17 procent van de "
              "baten."),
        ("h1", "9 Ouders"),
        ("h2", "9.1 Informatie"),
        ("p", "Ouders vinden alle informatie over de ondersteuning in de regio in de Wegwijzer passend onderwijs, "
              "een digitale en gedrukte gids die iedere school bij de intake meegeeft. De Wegwijzer beschrijft de "
              "trap van ondersteuning uit hoofdstuk 5, de Kaart Basisondersteuning, de bovenschoolse "
              "voorzieningen en de weg terug naar de wijkschool. Op de website staat een ouderpagina met filmpjes "
              "en een vragenrubriek. Drie keer per jaar is er een oudercafé op wisselende locaties, waar de "
              "consulenten van het samenwerkingsverband vragen beantwoorden."),
        ("h2", "9.2 Onafhankelijke ondersteuning"),
        ("p", "Het Ouderpunt Maaskant-Peel is het onafhankelijke ouder- en jeugdsteunpunt van de regio. Het wordt "
              "uitgevoerd door twee ervaren ouderadviseurs van een landelijke ouderorganisatie en is gevestigd "
              "buiten het kantoor van het samenwerkingsverband. Ouders kunnen er terecht met vragen, twijfels of "
              "onenigheid over de ondersteuning van hun kind; het Ouderpunt kan meegaan naar gesprekken of een "
              "mediator inschakelen. Verder verwijzen we naar de Onderwijsconsulenten en de Geschillencommissie "
              "passend onderwijs."),
        ("h2", "9.3 Samenwerken met ouders"),
        ("p", "Ouders zijn gesprekspartner bij het opstellen van het OPP en bij elke bespreking in het "
              "ondersteuningsoverleg. In de ondersteuningsplanraad hebben vier ouders zitting."),
        ("h1", "10 Gemeenten en jeugdhulp"),
        ("p", "Het OOGO met de vier gemeenten vond plaats op 15 januari 2026. Afspraken zijn gemaakt over de "
              "inzet van jeugdhulp op school (schoolmaatschappelijk werk op iedere school), de financiering van "
              "het onderwijs-zorgarrangement Samen Sterk, de Thuiszittersaanpak en leerlingenvervoer naar het so."),
        ("h1", "11 Governance en medezeggenschap"),
        ("p", "De vereniging heeft een directeur-bestuurder en een toezichthoudende algemene ledenvergadering, "
              "waarin de zeven schoolbesturen zitting hebben. Twee onafhankelijke adviseurs ondersteunen de "
              "ledenvergadering bij het toezicht. De ondersteuningsplanraad (acht leden) heeft op 12 maart 2026 "
              "ingestemd met dit plan."),
        ("h1", "12 Personeel en professionalisering"),
        ("p", "Het samenwerkingsverband heeft 9,5 fte in dienst. Professionalisering vindt plaats in het "
              "IB-netwerk (zes keer per jaar), de jaarlijkse regionale studiedag en de leergang 'Handelingsgericht "
              "samenwerken met ouders'. Ambulant begeleiders van De Peelstroom en Het Maasveld delen hun kennis "
              "in leerteams met leerkrachten van de basisscholen."),
        ("h1", "13 ICT en privacy"),
        ("p", "Voor de registratie van arrangementen en terugkeer werkt het samenwerkingsverband met een "
              "beveiligd digitaal dossier. Gegevens worden drie jaar na de laatste beslissing verwijderd. De "
              "functionaris gegevensbescherming rapporteert jaarlijks aan het bestuur."),
        ("h1", "14 Planning"),
        ("table", [["Wat", "Wanneer"],
                   ["OOGO gemeenten", "15 januari 2026"],
                   ["Overleg SWV VO", "22 januari 2026"],
                   ["Instemming OPR", "12 maart 2026"],
                   ["Vaststelling algemene ledenvergadering", "19 maart 2026"],
                   ["Toezending inspectie", "vóór 1 mei 2026"],
                   ["Nieuw verdeelmodel", "najaar 2026"]]),
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Deskundigenadvies", "Advies van twee deskundigen bij een aanvraag voor een TLV."],
                   ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
                   ["TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven door het samenwerkingsverband."],
                   ["Toelaatbaarheidscriteria", "De voorwaarden waaronder een kind naar het sbo of so kan."],
                   ["Verdeelmodel", "Manier waarop het geld over de schoolbesturen wordt verdeeld."],
                   ["Wegwijzer", "Gids voor ouders over passend onderwijs in de regio."]]),
    ]
    body = insert_after(body, "11 Governance en medezeggenschap",
                        filler("goed-bestuur", N) + filler("opr-werkwijze", N))
    body = insert_after(body, "12 Personeel en professionalisering", filler("werkgeverschap", N)
                        + filler("professionalisering", N) + filler("arbeidsmarkt", N))
    body = insert_after(body, "13 ICT en privacy", filler("ict", N))
    body = insert_after(body, "8.2 Begroting 2026-2029", filler("risico", N))
    body = insert_after(body, "11 Governance en medezeggenschap", filler("andere-verbanden", N))
    body = insert_after(body, "10 Gemeenten en jeugdhulp", filler("huisvesting-vervoer", N))
    body = insert_after(body, "3 Visie: thuisnabij", filler("kansengelijkheid", N))
    body = insert_after(body, "14 Planning", filler("inspectie", N) + filler("totstandkoming", N))
    body = insert_after(body, "Voorwoord", [
        ("h1", "Samenvatting"),
        ("p", "Thuisnabij onderwijs is de rode draad van dit plan. Alle scholen bieden hetzelfde niveau van "
              "basisondersteuning; daarboven staat een trap van arrangementen, bovenschoolse voorzieningen en "
              "speciaal onderwijs (hoofdstuk 5). Kinderen die naar het sbo of so gaan, krijgen vanaf het begin "
              "een perspectief op de weg terug (hoofdstuk 6). We sturen op zeven doelen, van deelnamepercentages "
              "tot tevredenheid van ouders (hoofdstuk 7). Ouders vinden informatie in de Wegwijzer en "
              "onafhankelijke hulp bij het Ouderpunt (hoofdstuk 9)."),
    ])
    body = insert_after(body, "10 Gemeenten en jeugdhulp", [
        ("h2", "10.1 Overstap naar het voortgezet onderwijs"),
        ("p", "Met het samenwerkingsverband VO zijn afspraken gemaakt over de overstap van groep 8 naar het "
              "voortgezet onderwijs. Scholen gebruiken een gezamenlijk overstapdossier; voor kinderen met een "
              "OPP vindt in april een warme overdracht plaats tussen intern begeleider en "
              "ondersteuningscoördinator. Kinderen van Het Maasveld en De Peelstroom kunnen in groep 8 een "
              "meeloopdag volgen op de beoogde school voor voortgezet onderwijs."),
    ])
    title = ["Ondersteuningsplan 2026-2030", N, "Thuisnabij, samen en eerlijk"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Near-miss - school-level "ondersteuningsplan" of one basisschool.
# Uses SWV vocabulary (basisondersteuning, TLV, sbo, arrangement, OPP,
# terugplaatsing, ouders, middelen) but is not an SWV plan.
# ===========================================================================

def np_wilgenhoek():
    N = "OBS De Wilgenhoek"
    body = [
        ("h1", "1 Inleiding"),
        ("p", "Dit is het ondersteuningsplan van " + N + " voor schooljaar 2025-2026. In dit plan beschrijven we "
              "hoe wij op onze school de ondersteuning aan leerlingen organiseren: de zorgniveaus, de "
              "groepsbesprekingen, de rol van de intern begeleider en de samenwerking met ouders en externe "
              "partners. Het plan is besproken in het team op 3 september 2025 en met de medezeggenschapsraad "
              "op 17 september 2025. Het wordt elk schooljaar opnieuw vastgesteld."),
        ("p", "OBS De Wilgenhoek is een openbare basisschool met 214 leerlingen in negen groepen. De school valt "
              "onder Stichting Openbaar Onderwijs Rivierenland-Oost en is aangesloten bij het samenwerkingsverband "
              "PO Rivierenland-Oost. De afspraken van het samenwerkingsverband over basisondersteuning zijn voor "
              "ons het vertrekpunt; dit plan beschrijft hoe wij die in onze eigen school uitvoeren."),
        ("h1", "2 Onze leerlingen"),
        ("p", "De leerlingpopulatie is gemengd. Ongeveer 18 procent van de leerlingen heeft een "
              "onderwijsachterstandsscore. Op 1 oktober 2025 hadden 11 leerlingen een ontwikkelingsperspectief "
              "en volgden 6 leerlingen een arrangement van het samenwerkingsverband. Twee oud-leerlingen zitten "
              "met een toelaatbaarheidsverklaring op het sbo De Wissel."),
        ("h1", "3 Zorgniveaus op onze school"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep: instructie op drie niveaus", "Leerkracht"],
                   ["2", "Extra instructie en oefening in de groep", "Leerkracht"],
                   ["3", "Specifieke interventie na groepsbespreking (bijvoorbeeld RT of een gedragsplan)",
                    "Leerkracht en intern begeleider"],
                   ["4", "Inschakelen externe deskundigheid via het schoolondersteuningsteam", "Intern begeleider"],
                   ["5", "Arrangement van het samenwerkingsverband of aanvraag TLV", "Directeur en intern begeleider"]]),
        ("p", "Niveau 1 tot en met 3 vallen binnen de basisondersteuning. Bij niveau 4 en 5 betrekken we het "
              "schoolondersteuningsteam, waarin de consulent van het samenwerkingsverband, de "
              "jeugdverpleegkundige en de schoolmaatschappelijk werker zitting hebben."),
        ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de Cito-afnames van januari en juni en na de eerste tien weken van het "
              "schooljaar, houdt de intern begeleider met iedere leerkracht een groepsbespreking. We bespreken "
              "het groepsoverzicht, de resultaten van de groep en de leerlingen die extra aandacht nodig hebben. "
              "De afspraken worden vastgelegd in het leerlingvolgsysteem. Leerlingen over wie zorgen bestaan, "
              "worden in een leerlingbespreking met het hele team besproken."),
        ("h1", "5 Dyslexie, rekenen en meer- en hoogbegaafdheid"),
        ("p", "We volgen het dyslexieprotocol van het samenwerkingsverband. Vanaf groep 3 signaleren we "
              "leesproblemen met de DMT en de AVI-toetsen. Leerlingen met ernstige leesproblemen krijgen drie keer "
              "per week twintig minuten extra leestijd. Voor rekenen werken we met het protocol ERWD. Leerlingen "
              "die meer aankunnen, krijgen compacte instructie en werken één uur per week in de Wilgenklas aan "
              "verrijkingsopdrachten."),
        ("h1", "6 Ouders"),
        ("p", "Ouders zijn onze belangrijkste partners. Bij zorgen over een leerling neemt de leerkracht binnen "
              "een week contact op met de ouders. Ouders worden uitgenodigd voor het opstellen en evalueren van "
              "het OPP. Tweemaal per jaar zijn er oudergesprekken. Ouders die het niet eens zijn met een besluit "
              "van de school, kunnen terecht bij de directeur en daarna bij de klachtencommissie van de "
              "stichting."),
        ("h1", "7 Aanvraag arrangement of toelaatbaarheidsverklaring"),
        ("p", "Als de ondersteuning op niveau 4 onvoldoende is, kan de directeur namens het schoolbestuur een "
              "arrangement of een toelaatbaarheidsverklaring aanvragen bij het Ondersteuningsloket van het "
              "samenwerkingsverband. De intern begeleider stelt het dossier samen. Het samenwerkingsverband "
              "beslist; de procedure staat in het ondersteuningsplan van het samenwerkingsverband."),
        ("h1", "8 Terugplaatsing"),
        ("p", "Onze school staat open voor leerlingen die vanuit het sbo of so terugkeren naar het reguliere "
              "onderwijs. Bij de intake bespreken we met de speciale school en de ouders wat het kind nodig heeft. "
              "In schooljaar 2024-2025 verwelkomden we één leerling van De Wissel."),
        ("h1", "9 Middelen"),
        ("p", "De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. Voor "
              "2025-2026 is dat € 31.400. Daarvan bekostigen we 0,4 fte onderwijsassistent en 0,1 fte extra "
              "IB-tijd. De inzet wordt verantwoord in het jaarverslag van de stichting."),
        ("h1", "10 Evaluatie"),
        ("p", "Dit plan wordt in juni 2026 geëvalueerd met het team. We kijken daarbij naar de opbrengsten van "
              "de groepen, de tevredenheid van ouders en het aantal leerlingen met een arrangement."),
    ]
    title = ["Ondersteuningsplan 2025-2026", N, "Zorgniveaus en ondersteuningsstructuur"]
    blocks = [("title", title), ("toc", toc_from(body))] + body
    return blocks, N


# ===========================================================================
# Filler: realistic but element-neutral sections (governance, OPR, personeel,
# ICT, inspectie, arbeidsmarkt ...). Each plan picks only the pieces that do
# not touch an element that its label says is missing/partial.
# ===========================================================================

def filler(kind, org, sector="po"):
    school = "basisscholen" if sector == "po" else "scholen voor voortgezet onderwijs"
    F = {
        "goed-bestuur": [
            ("h2", "Goed bestuur en intern toezicht"),
            ("p", org + " volgt de Code Goed Bestuur van de sectorraad. Bestuur en toezicht zijn gescheiden: het "
                  "bestuur is verantwoordelijk voor de dagelijkse leiding en de uitvoering van dit plan, de "
                  "toezichthouders zien erop toe dat dat rechtmatig, doelmatig en in lijn met de statutaire "
                  "doelstelling gebeurt. De toezichthouders evalueren jaarlijks hun eigen functioneren, eens in de "
                  "drie jaar onder externe begeleiding. Nevenfuncties van bestuurder en toezichthouders worden "
                  "gemeld en in het jaarverslag vermeld."),
            ("p", "Er is een auditcommissie en een remuneratiecommissie. De auditcommissie spreekt twee keer per "
                  "jaar met de accountant. De remuneratiecommissie voert het jaargesprek met de bestuurder. "
                  "Het samenwerkingsverband heeft een integriteitscode en een regeling voor het melden van "
                  "vermoedens van misstanden; een externe vertrouwenspersoon is aangewezen voor medewerkers."),
            ("p", "De besturen van de aangesloten scholen zijn gezamenlijk eigenaar van het samenwerkingsverband. "
                  "Zij spreken elkaar vier keer per jaar in het bestuurlijk overleg, waar strategische keuzes "
                  "worden voorbereid. Besluiten worden bij voorkeur met consensus genomen; lukt dat niet, dan "
                  "beslist een gewone meerderheid, waarbij ieder bestuur stemt naar rato van het aantal "
                  "leerlingen, met een maximum van een derde van de stemmen."),
        ],
        "opr-werkwijze": [
            ("h2", "Werkwijze van de ondersteuningsplanraad"),
            ("p", "De ondersteuningsplanraad (OPR) heeft een eigen reglement, dat in 2024 is geactualiseerd. De "
                  "OPR vergadert zes keer per jaar, waarvan twee keer met de bestuurder. Nieuwe leden volgen een "
                  "introductiecursus; de raad kan jaarlijks een beroep doen op een scholingsbudget en op een "
                  "onafhankelijke adviseur. Leden ontvangen een vacatievergoeding. Het bestuur informeert de OPR "
                  "tijdig en volledig over alle onderwerpen waarover de raad instemmingsrecht heeft, en stuurt "
                  "ook het jaarplan en het jaarverslag ter informatie toe."),
            ("p", "Bij de voorbereiding van dit plan zijn twee extra bijeenkomsten met de OPR gehouden: een "
                  "bijeenkomst over de hoofdlijnen in het najaar en een bijeenkomst over het concept in februari. "
                  "De vragen en opmerkingen van de OPR zijn in een notitie beantwoord."),
        ],
        "professionalisering": [
            ("h2", "Kennisdeling en professionalisering"),
            ("p", "Kennis over ondersteuning zit verspreid over de regio: bij intern begeleiders en "
                  "ondersteuningscoördinatoren, bij de speciale scholen, bij de orthopedagogen van het bureau en "
                  "bij partners buiten het onderwijs. Het samenwerkingsverband wil die kennis beter laten stromen. "
                  "Daarom is er een digitale kennisbank met praktijkvoorbeelden, een jaarlijkse regionale "
                  "studiedag en een aanbod van korte scholingsmodules die scholen kosteloos kunnen afnemen."),
            ("p", "In de planperiode besteden we extra aandacht aan drie thema's: omgaan met gedrag in de "
                  "groep, signaleren van angst- en stemmingsklachten en samenwerken in een multidisciplinair team. "
                  "Deze thema's zijn gekozen op basis van een vragenlijst onder " + school + " in 2025. We "
                  "werken daarbij samen met de pabo en de lerarenopleidingen in de regio, die studenten stage "
                  "laten lopen in bovenschoolse voorzieningen."),
        ],
        "ict": [
            ("h2", "Informatievoorziening en beveiliging"),
            ("p", "Het samenwerkingsverband gebruikt een beperkt aantal systemen: een dossiersysteem, een "
                  "financiële administratie, een kantoorsuite en een website. Toegang tot systemen met "
                  "persoonsgegevens is beveiligd met tweestapsverificatie. Medewerkers volgen jaarlijks een "
                  "korte training informatiebeveiliging. Datalekken worden gemeld bij de functionaris "
                  "gegevensbescherming, die beoordeelt of melding bij de Autoriteit Persoonsgegevens nodig is; "
                  "in 2025 waren er twee kleine incidenten, die geen melding vereisten."),
            ("p", "In de planperiode vervangen we het dossiersysteem, waarvan het contract in 2027 afloopt. Bij de "
                  "aanbesteding stellen we eisen aan gebruiksgemak voor scholen, aan koppelingen met de "
                  "leerlingadministratiesystemen en aan opslag binnen de Europese Unie."),
        ],
        "werkgeverschap": [
            ("h2", "Werkgeverschap"),
            ("p", "Het samenwerkingsverband is een kleine werkgever. Medewerkers vallen onder de cao van de "
                  "sector. Met iedere medewerker wordt jaarlijks een ontwikkelgesprek gevoerd. Het ziekteverzuim "
                  "lag in 2025 op 4,1 procent. We besteden aandacht aan werkdruk, vooral bij medewerkers die veel "
                  "complexe casuïstiek behandelen; zij krijgen maandelijks intervisie en kunnen een beroep doen "
                  "op supervisie. Vacatures voor orthopedagogen zijn moeilijk te vervullen; we werken daarom samen "
                  "met de universiteit aan een traineeship."),
        ],
        "inspectie": [
            ("h2", "Inspectietoezicht"),
            ("p", "De inspectie van het onderwijs bezocht het samenwerkingsverband voor het laatst in 2023 in het "
                  "kader van het vierjaarlijks onderzoek. Alle standaarden werden als voldoende beoordeeld. De "
                  "inspectie gaf als aandachtspunt mee dat het bestuur de dialoog met de interne toezichthouder "
                  "explicieter mag vastleggen. Dat is inmiddels gebeurd in een toezichtkader. Het volgende "
                  "vierjaarlijkse onderzoek wordt in 2027 verwacht."),
        ],
        "arbeidsmarkt": [
            ("h2", "Lerarentekort en onderwijsarbeidsmarkt"),
            ("p", "Het tekort aan leraren raakt ook passend onderwijs. Groepen zonder vaste leerkracht bieden minder "
                  "rust en voorspelbaarheid, terwijl juist kinderen met een ondersteuningsbehoefte daarvan "
                  "afhankelijk zijn. De besturen in de regio werken samen in een regionaal "
                  "arbeidsmarktplatform, dat zij-instromers begeleidt en een gezamenlijke vervangingspool beheert. "
                  "Het samenwerkingsverband draagt bij door onderwijsassistenten en zij-instromers toegang te geven "
                  "tot de eigen scholingsmodules."),
        ],
        "huisvesting-vervoer": [
            ("h2", "Huisvesting en leerlingenvervoer"),
            ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Voor "
                  "passend onderwijs is van belang dat gebouwen toegankelijk zijn en ruimte bieden voor werken in "
                  "kleine groepen. In de integrale huisvestingsplannen van de gemeenten is daarom een paragraaf "
                  "passend onderwijs opgenomen. Het leerlingenvervoer wordt door de gemeenten georganiseerd; in "
                  "het overleg is afgesproken dat lange reistijden worden gesignaleerd en dat scholen en "
                  "vervoerder samen zoeken naar een oplossing."),
        ],
        "totstandkoming": [
            ("h2", "Hoe dit plan tot stand kwam"),
            ("p", "Het schrijven van dit plan begon in het voorjaar van 2025 met een reeks bijeenkomsten in de "
                  "regio. Directeuren, intern begeleiders en leerkrachten schreven op een grote tijdlijn wat in de "
                  "afgelopen jaren werkte en wat niet. Daarna werkten kleine schrijfgroepen de hoofdstukken uit. "
                  "Een klankbordgroep van bestuurders las mee. Het concept is in december 2025 in een "
                  "consultatieronde voorgelegd aan alle scholen, aan de gemeenten en aan de OPR."),
            ("p", "We hebben bewust gekozen voor een compact plan met verwijzingen naar uitvoeringsdocumenten waar "
                  "dat de leesbaarheid ten goede komt. Het plan is daarmee een kader; de jaarplannen maken het "
                  "concreet voor een schooljaar."),
        ],
        "risico": [
            ("h2", "Risicomanagement"),
            ("p", "Het bestuur actualiseert jaarlijks een risicoparagraaf. De belangrijkste risico's zijn een "
                  "sterkere daling van het leerlingaantal dan verwacht, een onverwachte groei van het aantal "
                  "leerlingen in het speciaal onderwijs en wijzigingen in de landelijke bekostiging. Voor ieder "
                  "risico is de kans en de financiële impact ingeschat. Op basis daarvan is het benodigde "
                  "weerstandsvermogen berekend."),
        ],
        "scholencommunicatie": [
            ("h2", "Communicatie met scholen en partners"),
            ("p", "Scholen ontvangen iedere maand een digitale nieuwsbrief met actuele ontwikkelingen, data van "
                  "netwerkbijeenkomsten en wijzigingen in formulieren. Directeuren worden daarnaast vier keer per "
                  "jaar bijgepraat in het directeurenoverleg. Voor de gemeenten verschijnt twee keer "
                  "per jaar een bestuurlijke nieuwsbrief. Het samenwerkingsverband is actief op LinkedIn en deelt "
                  "daar vacatures en praktijkverhalen van scholen. Een communicatieadviseur (0,4 fte) bewaakt de "
                  "huisstijl en de toegankelijkheid van publicaties; alle documenten op de website voldoen aan de "
                  "toegankelijkheidsrichtlijnen voor overheidswebsites."),
        ],
        "andere-verbanden": [
            ("h2", "Samenwerking met andere samenwerkingsverbanden"),
            ("p", "Het samenwerkingsverband neemt deel aan het provinciale netwerk van samenwerkingsverbanden. "
                  "In dat netwerk delen bestuurders en beleidsmedewerkers ervaringen, worden gezamenlijke "
                  "scholingen georganiseerd en worden afspraken gemaakt over de veilige uitwisseling van "
                  "gegevens tussen verbanden. Ook is er een gezamenlijke inkoop van "
                  "accountantsdiensten en een gedeelde functionaris gegevensbescherming. Eens per jaar wordt een "
                  "benchmark van de bureaukosten gemaakt."),
        ],
        "kansengelijkheid": [
            ("h2", "Kansengelijkheid"),
            ("p", "Niet ieder kind start met dezelfde kansen. Kinderen die opgroeien in armoede, kinderen van "
                  "nieuwkomers en kinderen in gezinnen met problemen hebben vaker een ondersteuningsbehoefte. "
                  "Het samenwerkingsverband werkt daarom samen met de gemeenten aan het programma "
                  "Kansrijk Opgroeien, waarin schoolmaaltijden, brede-schoolactiviteiten en een toegankelijk "
                  "aanbod van sport en cultuur samenkomen. De middelen voor dat programma komen van de gemeenten "
                  "en het Rijk en lopen niet via het samenwerkingsverband."),
        ],
    }
    return F[kind]


def insert_after(body, heading, extra):
    """Insert extra blocks right before the heading that follows `heading`."""
    idx = [i for i, b in enumerate(body) if b[0] in ("h1", "h2") and b[1] == heading]
    assert len(idx) == 1, heading
    i = idx[0] + 1
    while i < len(body) and body[i][0] not in ("h1",):
        i += 1
    return body[:i] + extra + body[i:]


# ===========================================================================
# Labels
# ===========================================================================

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    """Part A status rule, used to keep the hand-written labels consistent."""
    out = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def all_true_except(*false_ids):
    for f in false_ids:
        assert f in CORE, f
    return {c: c not in false_ids for c in CORE}


LABELS = {
    "h41-po-rivierenland": {
        "documents": ["h41-po-rivierenland.docx"],
        "sector": "po",
        "criteria": all_true_except("dekkend-aanbod.lacunes", "resultaten.doelen",
                                    "ouders.informatie", "ouders.steunpunt"),
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                     "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "H4 'De basis op orde': SWV-wide minimum for all 41 vestigingen plus ten concrete "
                                  "afspraken; borging via two-yearly audit and verbeterplan.",
            "plaatsing": "H6 'De route naar een passende plek': loket, steps, Commissie Passende Plek, 6 weeks, "
                         "criteria 6.3 sbo/so, two separate deskundigen, duration and category; no bezwaar route.",
            "terugstroom": "Hidden in TLV chapter 6.6 'Overstap naar regulier': policy, yearly OPP check, gesprek "
                           "before 1 March in last TLV year, commissie decides, overstaparrangement, 14 in 2024-25.",
            "financien": "H7 'Geld en middelen': vaste voet EUR 9.000 + EUR 118 per leerling, solidariteitsfonds "
                         "criteria, meerjarenbegroting table 2026-2029, reserves, verantwoording before 1 March.",
            "dekkend-aanbod": "H5 four-layer table and bovenschoolse voorzieningen/OZA = continuum; gaps only "
                              "deferred ('regioanalyse 2027-2028 ... stellen we vast'); OOGO thuiszitters only "
                              "agendered, afspraken 'volgen'.",
            "resultaten": "H8 describes monitoring cycle (dashboard, kwartaalrapportage, jaarverslag, figures 2024-25) "
                          "but intended results/streefwaarden deferred to voortgangsparagraaf 2027.",
            "ouders": "H13 'Ouders' only says the chapter will be added later; OJSP/Onderwijsconsulenten appear only "
                      "in the begrippenlijst, 'ouders' elsewhere only in passing (voorwoord, title page).",
        },
    },
    "h41-vo-kennemerkust": {
        "documents": ["h41-vo-kennemerkust.docx", "h41-vo-kennemerkust.pdf"],
        "sector": "vo",
        "criteria": all_true_except("plaatsing.criteria", "financien.verdeling", "financien.besteding"),
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "H4 'De ondersteuningsstandaard': minimum for every vestiging regulier vo, table "
                                  "of nine concrete components; kwaliteitskaart and maatjesschool as borging.",
            "plaatsing": "H6 gives vso and lwoo/pro procedure (applicant, dossier, two deskundigen, commissie, "
                         "terms, bezwaar via LBT) but the criteria are only in bijlage C, which is not included.",
            "terugstroom": "In H5.3 'Vso als tussenstation: terugkeer naar het reguliere vo': policy/conditions and "
                           "four steps incl. terugkeeroverleg before 1 Feb in last TLV year and terugkeerarrangement.",
            "financien": "H11 'Financieel kader' only refers to a separately adopted Financieel Kader 2026-2030; "
                         "verdeelmodel/meerjarenbegroting appear only in the begrippenlijst.",
            "dekkend-aanbod": "H5.1 continuum (school arrangements, OPDC, rebound, Plusprogramma, ISK, vso, pro) and "
                              "H5.2 gap analysis with three witte vlekken, dated actions, thuiszitterstafel, zorgplicht.",
            "resultaten": "H7 table of doelen with 2022/2025 values and streefwaarden 2030, evaluation of previous "
                          "period, regiomonitor twice a year and jaarverslag.",
            "ouders": "H8: Ouderloket (phone, spreekuur, e-mail), multilingual oudergids, informatieavonden; "
                      "independent Steunpunt Ouders & Jongeren Kust, Onderwijsconsulenten, Geschillencommissie.",
        },
    },
    "h41-po-zoomvallei": {
        "documents": ["h41-po-zoomvallei.docx", "h41-po-zoomvallei.pdf"],
        "sector": "po",
        "criteria": all_true_except("terugstroom.procedure", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                                    "resultaten.doelen", "resultaten.monitoring"),
        "advisory": {"basisondersteuning": ["borging"],
                     "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "financien": ["reserves", "verantwoording"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "H4: one level for all vestigingen set by the algemeen bestuur, six standaarden "
                                  "with concrete content in a table; two-yearly kwaliteitsgesprek.",
            "plaatsing": "H6 'De route naar sbo en so': applicant, dossier, Bureau Toewijzing, two separate "
                         "deskundigen, Toelaatbaarheidscommissie within 8 weeks, criteria sbo/so, duration, bezwaar.",
            "terugstroom": "H7 gives policy (aims, conditions, terugplaatsingsarrangement EUR 3.000) but the "
                           "stappenplan (initiative, evaluation moments, decision) 'wordt in 2026-2027 uitgewerkt'.",
            "financien": "H8 'Geld en middelen': schoolmodel EUR 142 per leerling + EUR 6.500 per vestiging + "
                         "toeslag, meerjarenbegroting table, reserve afbouw, verantwoording before 1 May.",
            "dekkend-aanbod": "H5 'Een passende plek voor ieder kind' is only 'in bewerking' with a deferral and a "
                              "reference to the previous plan; OZA/thuiszitter/dekkend aanbod only in begrippenlijst; "
                              "OOGO (H10) only vervoer/huisvesting, no jeugdhulp coupling.",
            "resultaten": "No intended or achieved results for pupils with support needs and no monitoring; only "
                          "eindtoets/1F near-miss in H2, 'resultaatgericht' in visie and glossary entries.",
            "ouders": "Inside H9 'Communicatie': ouderpagina, brochure in five languages, ouderavonden; independent "
                      "Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie; OPR half parents.",
        },
    },
    "h41-vo-hunzedal": {
        "documents": ["h41-vo-hunzedal.html"],
        "sector": "vo",
        "criteria": all_true_except("basisondersteuning.niveau", "basisondersteuning.inhoud",
                                    "terugstroom.procedure", "terugstroom.beleid", "ouders.informatie"),
        "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "H4 only defers (regional level re-set after a landelijke norm, 'tot die tijd' "
                                  "schoolgidsen); layer 1 in the H5 table says 'invulling volgt'; slogan on title page, "
                                  "nav menu and glossary only.",
            "plaatsing": "H6 procedure table (vso and lwoo/pro: applicant, dossier, deskundigen, commissie, terms, "
                         "validity) and criteria (vso conditions; lwoo/pro IQ and leerachterstand table), bezwaar.",
            "terugstroom": "No return from vso to regulier vo anywhere; only rebound 'terug naar de eigen klas', "
                           "thuiszitters 'terugkeerdatum', title-page slogan 'terug waar het kan' and glossary.",
            "financien": "H7 in tables: verdeelsleutel per component (EUR 165 per leerling + vaste voet), "
                         "meerjarenbegroting 2026-2029, reserve, verantwoordingsformat.",
            "dekkend-aanbod": "H5.1 layered table of voorzieningen with capacity and access; H5.2 thuiszitters "
                              "approach and gap (ASS havo/vwo group from 1 Aug 2027); OOGO with jeugdhulp.",
            "resultaten": "H8 indicator table with nulmeting 2025 and streefwaarden 2030, monitor twice a year, "
                          "jaarverslag with achieved results.",
            "ouders": "H9 describes the independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten and "
                      "Geschillencommissie, hoorrecht/OPR; how parents are informed is deferred to a communicatieplan.",
        },
    },
    "h41-po-maaskantpeel": {
        "documents": ["h41-po-maaskantpeel.md"],
        "sector": "po",
        "criteria": all_true_except("basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                                    "financien.verdeling"),
        "advisory": {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "H4 defines one level for every vestiging (ALV 10-12-2025) and borging, but the "
                                  "content is only on the external 'Kaart Basisondersteuning' (website/schoolgids).",
            "plaatsing": "H6.1 only refers to the separately adopted Handboek Toelaatbaarheid on the website; "
                         "deskundigenadvies/LBT/criteria appear only in the begrippenlijst.",
            "terugstroom": "H6.2 'De weg terug naar de wijkschool': policy/conditions, five steps (OPP evaluations, "
                           "terugweggesprek by February of last TLV year, decision within 3 weeks, support), figures.",
            "financien": "H8.2 meerjarenbegroting with amounts (besteding) but H8.1 verdeling is deferred to a new "
                         "verdeelmodel in autumn 2026 ('volgt').",
            "dekkend-aanbod": "H5 'Ondersteuningsaanbod in de wijk': trap from basis to so/OZA, zorgplicht agreement, "
                              "Thuiszittersaanpak, two gaps with dated actions.",
            "resultaten": "H7 table of beoogde resultaten (2025 vs doel 2030) and H7.2 yearly quality cycle, "
                          "peiling, jaarverslag, tussentijdse evaluatie 2028.",
            "ouders": "H9: Wegwijzer gids, ouderpagina, oudercafé; independent Ouderpunt (OJSP), "
                      "Onderwijsconsulenten, Geschillencommissie.",
        },
    },
}

NP_LABEL = {
    "documents": ["h41-np-schoolplan-wilgenhoek.docx", "h41-np-schoolplan-wilgenhoek.pdf"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {"document": "School-level 'ondersteuningsplan' of one basisschool (OBS De Wilgenhoek, schooljaar "
                          "2025-2026: zorgniveaus, groepsbesprekingen, IB); it refers to the samenwerkingsverband and "
                          "its plan but is not an ondersteuningsplan of a samenwerkingsverband (domain 5.4)."},
}


def write_label(name, lab):
    if lab.get("looks_like_plan") is False:
        data = lab
    else:
        crit = lab["criteria"]
        assert sorted(crit) == sorted(CORE)
        data = {
            "documents": lab["documents"],
            "sector": lab["sector"],
            "looks_like_plan": True,
            "elements": status_from(crit, lab["advisory"]),
            "criteria": crit,
            "advisory_addressed": lab["advisory"],
            "notes": lab["notes"],
        }
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10000).strip()
    lines = ["documents: " + flow(data["documents"]),
             "sector: " + data["sector"],
             "looks_like_plan: " + ("true" if data["looks_like_plan"] else "false"),
             "elements: " + flow(data["elements"])]
    rest = {k: v for k, v in data.items() if k not in ("documents", "sector", "looks_like_plan", "elements")}
    for k, v in rest.items():
        if v == {}:
            lines.append(k + ": {}")
        else:
            lines.append(yaml.safe_dump({k: v}, sort_keys=False, allow_unicode=True, width=120).rstrip())
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    return data


def main():
    make_pdf = "--no-pdf" not in sys.argv
    plans = [
        ("h41-po-rivierenland", plan_rivierenland, ["docx"]),
        ("h41-vo-kennemerkust", plan_kennemerkust, ["docx", "pdf"]),
        ("h41-po-zoomvallei", plan_zoomvallei, ["docx", "pdf"]),
        ("h41-vo-hunzedal", plan_hunzedal, ["html"]),
        ("h41-po-maaskantpeel", plan_maaskantpeel, ["md"]),
        ("h41-np-schoolplan-wilgenhoek", np_wilgenhoek, ["docx", "pdf"]),
    ]
    for name, fn, fmts in plans:
        blocks, org = fn()
        header = "Ondersteuningsplan 2026-2030 | " + org
        footer = org + " · passend onderwijs voor kinderen en ouders"
        if name == "h41-vo-hunzedal":
            render_html(blocks, os.path.join(OUT, name + ".html"), "Ondersteuningsplan 2026-2030 – " + org,
                        header="Home | Over ons | Basisondersteuning | Terugplaatsing | Ouderinformatie | Contact",
                        footer="Ouders: alle informatie over ondersteuning vindt u op www.swvhunzedal.nl/ouders")
        if "md" in fmts:
            render_md(blocks, os.path.join(OUT, name + ".md"))
        if "docx" in fmts:
            p = os.path.join(OUT, name + ".docx")
            if name.startswith("h41-np"):
                header, footer = org + " | Ondersteuningsplan school 2025-2026", "Schooljaar 2025-2026"
            render_docx(blocks, p, header=header, footer=footer, meta_title="Ondersteuningsplan – " + org)
            if "pdf" in fmts and make_pdf:
                to_pdf(p)
        print("%-32s %5d words  %s" % (name, words(blocks), ",".join(fmts)))
    for name, lab in LABELS.items():
        write_label(name, lab)
    write_label("h41-np-schoolplan-wilgenhoek", NP_LABEL)


if __name__ == "__main__":
    main()
