#!/usr/bin/env python3
"""Generate the holdout258 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("h1"|"h2"|"h3", text), ("p", text), ("ul", [items]),
# ("table", [[cells], ...]), ("toc", None), ("title", [lines])
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def toc_lines(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h1":
            out.append(val)
        elif kind == "h2":
            out.append("    " + val)
    return out


def render_docx(blocks, header_text, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | concept ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in toc_lines(blocks):
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(val, style="Heading 2")
        elif kind == "h3":
            doc.add_paragraph(val, style="Heading 3")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(str(path))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, header_text, path):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % esc(header_text),
           '<header><p class="kop">%s</p></header>' % esc(header_text), "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % esc(val[0]))
            for line in val[1:]:
                out.append('<p class="sub">%s</p>' % esc(line))
        elif kind == "toc":
            out.append('<nav><h2>Inhoudsopgave</h2><ul>')
            for line in toc_lines(blocks):
                out.append("<li>%s</li>" % esc(line.strip()))
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append("<h%d>%s</h%d>" % (lvl, esc(val), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % esc(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % esc(i) for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main><footer><p>%s</p></footer></body></html>" % esc(header_text))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout258_pdf_"))
    try:
        env = dict(os.environ)
        env["HOME"] = str(tmp)  # private LibreOffice profile
        subprocess.run(["soffice", "--headless", "--norestore",
                        "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "h3"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------
# Shared filler (addresses none of the seven elements; passing mentions only)
# ---------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het plan is het resultaat
        van een traject van ruim een jaar waarin schoolbesturen, schoolleiders, {c['ib']} en onze
        partners in de gemeenten met elkaar in gesprek zijn gegaan over de vraag wat passend onderwijs
        in onze regio de komende vier jaar moet betekenen. Wij danken iedereen die heeft meegedacht en
        meegeschreven. Het plan is geen eindpunt maar een kompas: passend onderwijs blijft mensenwerk
        en vraagt om volhouden, om elkaar aanspreken en om het lef om soms anders te kijken."""),
        P(f"""De afgelopen periode stond in het teken van herstel na de coronajaren, van het
        lerarentekort en van een toenemende complexiteit van de vragen die op scholen afkomen. Tegelijk
        zagen we veel moois: teams die met weinig middelen veel bereikten, besturen die over de grenzen
        van de eigen organisatie heen keken, en kinderen die op een plek terechtkwamen waar zij tot
        bloei kwamen. Dat willen we vasthouden. In dit plan beschrijven we waar we als
        samenwerkingsverband voor staan en hoe we de wettelijke opdracht invullen."""),
        P(f"""Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.
        {c['bestuurder']}, directeur-bestuurder."""),
    ]


def f_leeswijzer(c):
    return [
        P(f"""Dit ondersteuningsplan volgt de opbouw die in de regio gebruikelijk is. Na de inleiding en
        de beschrijving van de regio volgen de visie en de ambities. Daarna komen de basisondersteuning,
        de extra ondersteuning en de arrangementen, de toelaatbaarheid tot het {c['special']}, de
        terugplaatsing, de ouders, de financiën en de resultaten aan bod. Het plan sluit af met de
        organisatie, de planning en een aantal bijlagen, waaronder een begrippenlijst. Waar in de
        tekst naar een bijlage wordt verwezen, is die bijlage opgenomen in de afzonderlijke
        bijlagenbundel, tenzij anders vermeld."""),
        P("""Het plan is bewust compact gehouden. Uitwerkingen op uitvoeringsniveau staan in het
        jaarplan en in de handreikingen voor scholen, die jaarlijks worden geactualiseerd."""),
    ]


def f_kader(c):
    art = "artikel 18a van de Wet op het primair onderwijs" if c["sector"] == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)"
    return [
        P(f"""Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast.
        De wettelijke grondslag is {art}. Het plan heeft betrekking op de periode van 1 augustus
        {c['start']} tot en met 31 juli {c['start'] + 4}. Het concept is op {c['oogo']} besproken in het
        op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van
        {c['gemeenten']}. De ondersteuningsplanraad heeft op {c['opr']} ingestemd met het plan. Het
        bestuur heeft het plan daarna definitief vastgesteld en vóór 1 mei {c['start']} aan de
        Inspectie van het Onderwijs toegezonden."""),
        P("""Het ondersteuningsplan is een kaderstellend document. Het beschrijft de afspraken op het
        niveau van het samenwerkingsverband. De uitvoering ligt grotendeels bij de scholen en
        schoolbesturen, die daarover in hun eigen documenten en in de schoolgids verantwoording
        afleggen. Het ondersteuningsplan kan tussentijds worden gewijzigd; een wijziging volgt dezelfde
        procedure als de vaststelling."""),
    ]


def f_regio(c):
    return [
        P(f"""Het werkgebied van {c['naam']} omvat de gemeenten {c['gemeenten']}. In het gebied wonen
        ruim {c['inwoners']} inwoners. Het samenwerkingsverband telt {c['besturen']} aangesloten
        schoolbesturen met samen {c['scholen']} scholen en vestigingen. Op de teldatum van 1 oktober
        {c['start'] - 1} stonden er {c['lln']} leerlingen ingeschreven. De regio kent een stedelijke kern
        en een uitgestrekt landelijk gebied met kleine kernen, waar scholen soms minder dan honderd
        leerlingen hebben."""),
        P("""De leerlingenprognoses laten voor de komende jaren een lichte daling zien in het landelijk
        gebied en een stabiel beeld in de stedelijke kern. Dat heeft gevolgen voor de spreiding van
        voorzieningen en voor de bereikbaarheid van scholen. Scholen en gemeenten voeren hierover
        overleg in het kader van het integraal huisvestingsplan. Ook de samenstelling van de bevolking
        verandert: het aandeel gezinnen met een migratieachtergrond groeit, evenals het aantal
        eenoudergezinnen. Deze ontwikkelingen vragen om scholen die goed zijn toegerust op diversiteit."""),
    ]


def f_visie(c):
    return [
        P(f"""Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het nodig
        heeft. Onze missie luidt: '{c['motto']}'. Dat betekent dat we uitgaan van de mogelijkheden van
        het kind, niet van de beperkingen. Wij zien de leerkracht als de belangrijkste factor in het
        onderwijs.""" + ("" if not c.get("ouders_visie", True) else """ Ouders zijn de eerste
        opvoeders die het kind het best kennen.""")),
        P("""Onze visie rust op vier pijlers. De eerste pijler is gelijke kansen: achtergrond, woonplaats
        of beperking mogen niet bepalen welke kansen een kind krijgt. De tweede pijler is
        vakmanschap: professionals die handelingsbekwaam zijn en elkaar opzoeken. De derde pijler is
        samenwerking: onderwijs, zorg en gemeente trekken samen op rond het kind. De vierde pijler is
        eenvoud: we willen zo min mogelijk bureaucratie en zo veel mogelijk tijd voor het kind."""),
        P("""Deze pijlers vertalen zich in een aantal ambities voor de planperiode. We willen dat
        scholen zich gesteund voelen, dat procedures begrijpelijk zijn, en dat we als
        samenwerkingsverband zichtbaar en aanspreekbaar zijn. We streven naar een cultuur van leren
        en verbeteren, waarin fouten bespreekbaar zijn en successen worden gedeeld. Deze ambities
        zijn richtinggevend; zij worden in de jaarplannen vertaald naar activiteiten."""),
    ]


def f_governance(c):
    return [
        P(f"""{c['naam']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder;
        het intern toezicht berust bij een raad van toezicht van vijf leden, van wie drie op voordracht
        van de aangesloten schoolbesturen en twee onafhankelijke leden. De raad van toezicht keurt de
        begroting, het jaarverslag en het ondersteuningsplan goed en ziet toe op de naleving van de
        Code Goed Bestuur. De aangesloten schoolbesturen vormen samen het Bestuurlijk Overleg, dat
        adviseert over strategische keuzes en twee keer per jaar een themabijeenkomst houdt."""),
        P("""De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het
        toezichtkader. Het managementstatuut regelt de bevoegdheden van de directeur-bestuurder en de
        mandaten binnen het bureau. De statuten bevatten een geschillenregeling voor geschillen tussen
        aangesloten besturen. Jaarlijks evalueert de raad van toezicht het eigen functioneren, eens in
        de drie jaar onder externe begeleiding."""),
        P("""Integriteit en transparantie vinden wij belangrijk. Nevenfuncties van bestuur en toezicht
        worden gepubliceerd, en er is een klokkenluidersregeling voor medewerkers. Het bureau werkt met
        een risicoregister dat twee keer per jaar met de raad van toezicht wordt besproken."""),
    ]


def f_opr(c, met_ouders=True):
    out = [P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op
        wijzigingen daarvan. De OPR vergadert zes keer per jaar met de directeur-bestuurder en heeft
        een eigen huishoudelijk reglement en een budget voor scholing.""")]
    if met_ouders:
        out.append(P(f"""De leden worden afgevaardigd vanuit de medezeggenschapsraden van de aangesloten
        scholen; de helft van de zetels is bestemd voor personeelsleden en de helft voor
        {'ouders' if c['sector'] == 'po' else 'ouders en leerlingen'}. Zo denken ouders
        via de OPR mee over het beleid van het samenwerkingsverband."""))
    out.append(P("""Naast de OPR kent het samenwerkingsverband een eigen medezeggenschapsraad voor het
        personeel van het bureau. Beide raden ontvangen de stukken tijdig en kunnen ongevraagd
        advies geven. De OPR heeft in de voorbereiding van dit plan drie themasessies gehouden."""))
    return out


def f_personeel(c):
    return [
        P(f"""Het bureau van het samenwerkingsverband is klein en wendbaar. Er werken {c['fte']} fte,
        verdeeld over de directeur-bestuurder, een beleidsmedewerker, een controller (gedeeld met een
        ander samenwerkingsverband), een secretariaat en een team van consulenten en
        orthopedagogen. Medewerkers zijn in dienst van de stichting; voor een deel van de consulenten
        geldt een detacheringsovereenkomst met een schoolbestuur."""),
        P("""Deskundigheidsbevordering is een vast onderdeel van het personeelsbeleid. Iedere
        medewerker heeft jaarlijks een ontwikkelgesprek en een scholingsbudget. Het team werkt volgens
        een intervisiecyclus en neemt deel aan regionale en landelijke netwerken. Voor leerkrachten en
        intern begeleiders organiseert het samenwerkingsverband een leergang over gedrag in de groep,
        een netwerk voor startende ondersteuningscoördinatoren en een jaarlijkse studiedag."""),
        P("""Het lerarentekort raakt ook de ondersteuning. Scholen hebben moeite om vacatures voor
        intern begeleider, gedragsspecialist en onderwijsassistent te vervullen. Het
        samenwerkingsverband denkt mee over creatieve oplossingen, zoals het delen van specialisten
        tussen scholen en het opleiden van zij-instromers."""),
    ]


def f_ict(c):
    return [
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij
        aanvragen voor ondersteuning. Dat gebeurt volgens de Algemene verordening gegevensbescherming
        (AVG). Er is een functionaris gegevensbescherming aangesteld, en het privacyreglement is door
        het bestuur vastgesteld na instemming van de OPR. Gegevens worden niet langer bewaard dan
        nodig; voor dossiers rond toelaatbaarheid geldt een bewaartermijn van drie jaar na het
        besluit."""),
        P("""Voor de uitwisseling van dossiers gebruiken scholen en samenwerkingsverband een beveiligde
        digitale omgeving met tweefactorauthenticatie. Medewerkers volgen jaarlijks een
        bewustwordingstraining over informatiebeveiliging. Datalekken worden gemeld bij de
        functionaris gegevensbescherming en zo nodig bij de Autoriteit Persoonsgegevens. In de
        planperiode vervangen we het verouderde registratiesysteem door een nieuwe applicatie die
        beter aansluit bij de systemen van de scholen."""),
    ]


def f_huisvesting(c):
    return [
        P(f"""Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch raken zij het
        passend onderwijs direct: een lange reistijd naar een speciale school of een gebouw zonder
        lift kan bepalen of een kind wel of niet naar een bepaalde school kan. Het samenwerkingsverband
        brengt daarom in het overleg met de gemeenten signalen in over knelpunten in het
        leerlingenvervoer en over de toegankelijkheid van gebouwen. De kosten daarvan vallen buiten de
        begroting van het samenwerkingsverband."""),
    ]


def f_kennis(c):
    return [
        P("""Kennisdeling is een kerntaak. Het samenwerkingsverband organiseert netwerken voor intern
        begeleiders en ondersteuningscoördinatoren, een jaarlijkse inspiratiedag en thematische
        leerkringen over onder meer executieve functies, meertaligheid en hoogbegaafdheid. De
        netwerkbijeenkomsten worden vier keer per jaar gehouden en worden goed bezocht. Materialen
        worden gedeeld via het besloten deel van de website."""),
        P("""Daarnaast stimuleren we dat scholen bij elkaar op bezoek gaan. Een collegiale
        consultatie of een lesbezoek op een andere school levert vaak meer op dan een cursus, en
        het versterkt de onderlinge band tussen teams van verschillende besturen."""),
    ]


def f_planning(c):
    s = c["start"]
    return [
        P("""Onderstaand overzicht geeft de hoofdlijnen van de planning voor de planperiode weer. De
        concrete activiteiten worden per schooljaar in het jaarplan opgenomen."""),
        TABLE(["Schooljaar", "Accent"],
              [f"{s}-{s+1}", "Implementatie nieuw plan; vervanging registratiesysteem; scholing consulenten"],
              [f"{s+1}-{s+2}", "Herijking samenwerking met gemeenten; leergang gedrag tweede cohort"],
              [f"{s+2}-{s+3}", "Tussentijdse bespreking van het plan met OPR en besturen"],
              [f"{s+3}-{s+4}", "Voorbereiding volgend ondersteuningsplan"]),
    ]


def f_klachten(c):
    return [
        P(f"""Ouders die het niet eens zijn met een besluit of een handelwijze van het
        samenwerkingsverband, kunnen eerst contact opnemen met de betrokken medewerker of met de
        directeur-bestuurder. Komen zij er samen niet uit, dan kunnen zij een klacht indienen bij de
        Landelijke Klachtencommissie Onderwijs, waarbij het samenwerkingsverband is aangesloten.
        Geschillen over de zorgplicht of over verwijdering kunnen worden voorgelegd aan de
        Geschillencommissie passend onderwijs. Beide commissies zijn ondergebracht bij Stichting
        Onderwijsgeschillen in Utrecht."""),
    ]


def f_totstandkoming(c):
    return [
        P(f"""Dit plan is in een open proces tot stand gekomen. In het voorjaar van {c['start'] - 1} zijn
        vier werkconferenties gehouden met schoolleiders, {c['ib']} en bestuurders. In het najaar
        volgden verdiepende sessies per thema, een gesprek met de leerplichtambtenaren en twee
        schrijfrondes met een kleine redactiegroep. Het concept is daarna besproken in het
        Bestuurlijk Overleg en in de ondersteuningsplanraad, en voorgelegd aan de gemeenten."""),
        P("""In de gesprekken kwam steeds een aantal thema's terug: de wens om procedures eenvoudiger
        te maken, de behoefte aan meer tijd voor het gesprek over het kind en minder tijd voor
        formulieren, en de vraag hoe scholen met minder personeel toch kwaliteit kunnen blijven
        leveren. Niet alle wensen konden worden gehonoreerd; keuzes zijn gemaakt in het licht van de
        beschikbare capaciteit en de wettelijke kaders."""),
    ]


def f_landelijk(c):
    return [
        P("""Passend onderwijs is sinds 2014 van kracht. De landelijke evaluatie van 2020 liet zien dat
        er veel is bereikt, maar ook dat het stelsel ingewikkeld is en dat niet ieder kind de
        ondersteuning krijgt die het nodig heeft. Het kabinet heeft daarop de Verbeteraanpak passend
        onderwijs opgesteld, met als stip op de horizon een inclusiever onderwijsstelsel in 2035.
        Daarnaast wordt gewerkt aan nieuwe wetgeving die de positie van ouders en leerlingen
        versterkt en aan een landelijke uitwerking van wat scholen minimaal moeten bieden."""),
        P("""Deze landelijke ontwikkelingen hebben gevolgen voor dit plan. Waar de wet- en regelgeving
        tijdens de planperiode wijzigt, passen wij het plan aan. Wij volgen de ontwikkelingen via de
        sectorraden, het Steunpunt Passend Onderwijs en de regionale netwerken van
        samenwerkingsverbanden, en informeren de besturen en de OPR over de gevolgen."""),
    ]


def f_intern(c):
    return [
        P("""Goede communicatie met de scholen is een voorwaarde voor goede samenwerking. Het bureau
        stuurt schoolleiders en ondersteuningsfunctionarissen regelmatig een digitale nieuwsbrief,
        houdt een besloten professionalsomgeving op de website bij en is actief op LinkedIn. Nieuwe
        schoolleiders en intern begeleiders krijgen een introductiegesprek met een medewerker van
        het bureau. Voor de huisstijl en de toon van onze communicatie geldt: kort, helder en in
        begrijpelijke taal."""),
        P("""Het bureau is gehuisvest in een bedrijfsverzamelgebouw dat goed bereikbaar is met het
        openbaar vervoer. Medewerkers werken deels op locatie bij scholen en deels hybride. Voor
        vergaderingen met grotere groepen maken we gebruik van de ruimtes van aangesloten
        scholen."""),
    ]


def f_buren(c):
    return [
        P(f"""Het samenwerkingsverband overlegt ten minste twee keer per jaar met de samenwerkingsverbanden
        {'voortgezet' if c['sector'] == 'po' else 'primair'} onderwijs waarvan het gebied geheel of
        gedeeltelijk overlapt, en met de aangrenzende samenwerkingsverbanden. In dat overleg worden
        onder meer de kalender, de gezamenlijke scholing en de afstemming van formulieren besproken.
        Het concept van dit plan is in dat overleg aan de orde geweest."""),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO, Word only. Content hidden in unusual places.
# ---------------------------------------------------------------------------

def plan_lauwerzijl():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lauwerzijl", sector="po",
             periode="2026-2030", start=2026, ib="intern begeleiders", special="sbo en so",
             oogo="14 januari 2026", opr="17 maart 2026",
             gemeenten="Lauwerzijl, Oldehove, Zoutkamp-West en Grijpskerk-Noord",
             inwoners="98.000", besturen="9", scholen="71", lln="9.840", fte="14,6",
             bestuurder="Marijke Hofstede", motto="Elk kind een plek om te groeien, dichtbij huis")
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband Passend Primair Onderwijs Lauwerzijl (PO 20-07)",
                    "Samen sterk voor elk kind",
                    "Vastgesteld door het bestuur op 24 maart 2026"]),
         ("toc", None)]
    b += [H1("1 Inleiding"), H2("1.1 Voorwoord")] + f_voorwoord(c)
    b += [H2("1.2 Leeswijzer")] + f_leeswijzer(c)
    b += [H2("1.3 Wettelijk kader en totstandkoming")] + f_kader(c)
    b += [H1("2 Regio, missie en visie"), H2("2.1 De regio in cijfers")] + f_regio(c)
    b += [H2("2.2 Missie en visie")] + f_visie(c)
    b += [H1("3 Ondersteuning op school"),
          H2("3.1 Wat elke school biedt"),
          P("""In Lauwerzijl hebben de besturen afgesproken welk niveau van ondersteuning iedere
          basisschool en iedere vestiging ten minste biedt. Deze afspraak noemen we de
          basisondersteuning. Zij geldt voor alle 71 scholen en vestigingen, ongeacht bestuur of
          denominatie, en is door het Bestuurlijk Overleg op 2 oktober 2025 bekrachtigd. Een school mag
          meer bieden dan de basisondersteuning, maar nooit minder. Wat de school bovendien biedt,
          staat in de schoolgids."""),
          H3("3.1.1 De zes standaarden"),
          P("""De basisondersteuning bestaat uit zes standaarden. Ouders kunnen op elke school in ons
          samenwerkingsverband het volgende verwachten:"""),
          UL("""Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de
             ondersteuning in de school coördineert en het aanspreekpunt is voor ouders.""",
             """Een leerlingvolgsysteem waarmee de ontwikkeling van ieder kind twee keer per jaar in
             beeld wordt gebracht, en groepsbesprekingen na elke meetronde.""",
             """Een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief
             vroegsignalering in groep 2 en 3 en extra leestijd vanaf groep 3.""",
             """Een aanbod voor sociaal-emotionele ontwikkeling en een anti-pestprogramma, met een
             aandachtsfunctionaris en een vast verloop bij signalen van pesten.""",
             """Een aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de groep en
             een verrijkingsopdracht buiten de groep.""",
             """Een medisch protocol voor het geven van medicijnen en eenvoudige medische handelingen,
             en de mogelijkheid om binnen vier weken een consultatie aan te vragen bij een
             orthopedagoog van het samenwerkingsverband."""),
          H3("3.1.2 Borging"),
          P("""Eens per twee jaar voert het samenwerkingsverband met iedere school een
          kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning. Een school die op
          een standaard onder het afgesproken niveau blijft, stelt binnen drie maanden een
          verbeterplan op; het samenwerkingsverband volgt de uitvoering en bespreekt de voortgang in
          het Bestuurlijk Overleg."""),
          H2("3.2 Extra ondersteuning en arrangementen"),
          P("""Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een
          arrangement aanvragen. Het aanbod is opgebouwd in lagen. Binnen de school zijn er de
          basisondersteuning en de schoolarrangementen die de school uit het eigen schoolbudget
          bekostigt. Bovenschools zijn er de ambulante begeleiding door de consulenten, de
          Taalklas voor nieuwkomers in Lauwerzijl-Stad, de plusklas De Uitdaging op drie locaties en
          de observatiegroep De Wadloper, waar leerlingen maximaal twaalf weken verblijven. De
          gespecialiseerde laag wordt gevormd door de twee sbo-scholen (De Kompasroos en 't Getij) en
          de so-scholen voor cluster 3 en 4 in Oldehove en Grijpskerk-Noord. Voor onderwijs-
          zorgarrangementen werken we samen met de jeugdhulpaanbieders; de gemeente financiert
          het zorgdeel, het samenwerkingsverband het onderwijsdeel."""),
          H2("3.3 Thuiszitters"),
          P("""Het aantal thuiszitters in de regio verdient aandacht. Met leerplicht, jeugdhulp en de
          gemeenten wordt in de loop van het schooljaar 2026-2027 een nieuw thuiszitterspact
          opgesteld. Tot die tijd blijven de afspraken uit het vorige pact van kracht; die zijn op
          te vragen bij het bureau. Ook de vraag of het aanbod in de regio voor alle leerlingen
          toereikend is, wordt in dat kader nader onderzocht."""),
          ]
    b += [H1("4 Toelaatbaarheid tot het sbo en so"),
          H2("4.1 Aanvraag"),
          P("""Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het
          bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De school vult
          daartoe het digitale groeidocument in, met daarin het ontwikkelingsperspectief, de
          verslagen van ten minste twee handelingsgerichte evaluaties en de zienswijze van de
          ouders. Voordat de aanvraag wordt ingediend, bespreekt de school de leerling in een
          multidisciplinair overleg met de ouders, de intern begeleider en de consulent."""),
          H2("4.2 Beoordeling en besluit"),
          P("""De aanvraag wordt behandeld door de Commissie Toelaatbaarheid (CTL). Voor elke aanvraag
          brengen twee deskundigen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog
          of psycholoog, en afhankelijk van de vraag een tweede deskundige, zoals een
          maatschappelijk werker, een kinderarts of een jeugdarts. De deskundigen zijn niet
          betrokken geweest bij de aanvraag. De directeur-bestuurder neemt het besluit, binnen zes
          weken na ontvangst van de volledige aanvraag. Ouders ontvangen een afschrift van de
          adviezen. De CTL beoordeelt de aanvraag aan de hand van de criteria die zijn opgenomen in
          de Toelaatbaarheidswijzer Lauwerzijl; deze wijzer wordt op de website gepubliceerd."""),
          H2("4.3 Duur en categorie"),
          P("""Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, tenzij
          de commissie een kortere duur adviseert. Een TLV voor het so wordt afgegeven voor ten
          hoogste twee schooljaren, met categorie laag, midden of hoog volgens de
          bekostigingssystematiek van het so."""),
          H2("4.4 Na afloop van de verklaring"),
          P("""Plaatsing in het sbo of so is voor ons nooit vanzelfsprekend blijvend. Ons uitgangspunt
          is dat een kind zo snel als verantwoord terugkeert naar een reguliere basisschool, bij
          voorkeur dicht bij huis. Een kind kan terug wanneer de ondersteuningsbehoefte zo is
          afgenomen dat een reguliere school, eventueel met een arrangement, daarin kan voorzien."""),
          H3("4.4.1 Stappen"),
          P("""Bij ieder kind in het sbo of so bespreekt de speciale school het ontwikkelingsperspectief
          ten minste één keer per jaar met de ouders. Uiterlijk in maart van het laatste schooljaar
          van de TLV organiseert de speciale school een evaluatiegesprek met de ouders, de consulent
          van het samenwerkingsverband en, als die al in beeld is, de ontvangende basisschool. Blijkt
          terugkeer haalbaar, dan stelt de speciale school samen met de ontvangende school een
          overstapplan op. Blijkt dat niet zo te zijn, dan vraagt de speciale school een nieuwe TLV
          aan. Het samenwerkingsverband bewaakt dat geen TLV verloopt zonder dat dit gesprek heeft
          plaatsgevonden."""),
          H3("4.4.2 Ondersteuning bij terugkeer"),
          P("""De ontvangende basisschool krijgt voor het eerste jaar een terugkeerarrangement van
          € 4.500 per leerling en zes uur begeleiding door de ambulant begeleider van de speciale
          school. Na drie en na zes maanden volgt een evaluatie."""),
          H2("4.5 Bezwaar"),
          P("""Ouders of het schoolbestuur die het niet eens zijn met een besluit over
          toelaatbaarheid, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is
          aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het
          bestuur adviseert over het bezwaar."""),
          ]
    b += [H1("5 Geld en middelen"),
          H2("5.1 Hoe wij de middelen verdelen"),
          P("""Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware
          ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en de groeibekostiging van
          het sbo verdelen we de middelen volgens een vast verdeelmodel. Iedere school ontvangt een
          schoolbudget van € 165 per leerling op de teldatum van 1 oktober, plus een vaste voet van
          € 6.000 per vestiging. De besturen ontvangen het schoolbudget in twee termijnen, in
          oktober en in maart. Arrangementen en bovenschoolse voorzieningen worden centraal
          bekostigd en worden toegekend door de consulent binnen de met het bestuur afgesproken
          budgetplafonds."""),
          H2("5.2 Waaraan wij de middelen besteden"),
          P("""De meerjarenbegroting hieronder laat zien waaraan de middelen worden besteed. Bedragen
          zijn in duizenden euro's."""),
          TABLE(["Post", "2026", "2027", "2028", "2029"],
                ["Inkomsten ondersteuningsbudget", "11.420", "11.310", "11.190", "11.080"],
                ["Afdrachten so en groeibekostiging sbo", "4.150", "4.120", "4.080", "4.050"],
                ["Schoolbudgetten besturen", "2.050", "2.030", "2.010", "1.990"],
                ["Sbo-scholen (bovenop rijksbekostiging)", "1.900", "1.880", "1.860", "1.840"],
                ["Arrangementen en bovenschoolse voorzieningen", "1.780", "1.760", "1.730", "1.710"],
                ["Consulenten en orthopedagogen", "1.050", "1.050", "1.040", "1.040"],
                ["Bureau en bestuur", "540", "540", "540", "540"],
                ["Resultaat", "-50", "-70", "-70", "-90"]),
          P("""De negatieve resultaten zijn bewust begroot: zij worden gedekt uit de algemene reserve,
          die eind 2025 € 2,1 miljoen bedroeg. Het bestuur hanteert een signaleringswaarde voor
          het weerstandsvermogen van 8 procent van de baten."""),
          H2("5.3 Verantwoording door besturen"),
          P("""Besturen verantwoorden jaarlijks vóór 1 juni in een korte rapportage hoe zij het
          schoolbudget hebben ingezet. Niet bestede middelen boven 10 procent van het budget worden
          verrekend met het volgende jaar."""),
          ]
    b += [H1("6 Communicatie"),
          H2("6.1 Communicatie met scholen"),
          P("""Het samenwerkingsverband stuurt scholen zes keer per jaar een digitale nieuwsbrief en
          heeft voor iedere school een vaste consulent. Directeuren en intern begeleiders worden
          uitgenodigd voor de netwerkbijeenkomsten."""),
          H2("6.2 Communicatie met ouders"),
          P("""Ouders vinden op de website een ouderpagina met uitleg over de basisondersteuning, de
          arrangementen en de weg naar het sbo en so, in gewone taal en in een Engelse, Arabische en
          Poolse samenvatting. Iedere school neemt de basisondersteuning en het eigen aanbod op in de
          schoolgids. Twee keer per jaar organiseren we een ouderavond in samenwerking met
          oudervereniging Balans. Ouders kunnen op werkdagen tussen 9.00 en 12.00 uur het
          ouderspreekuur van het bureau bellen."""),
          P("""Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt
          Noordkust, dat buiten het samenwerkingsverband is georganiseerd en door ervaringsdeskundige
          ouders wordt bemand, en bij de onderwijsconsulenten van het Rijk. Zij helpen ouders bij
          vragen, bij een meningsverschil met school of samenwerkingsverband en bij het zoeken naar
          een passende plek."""),
          ] + f_klachten(c)
    b += [H1("7 Resultaten en kwaliteitszorg"),
          P("""Dit hoofdstuk wordt aangevuld zodra de evaluatie van de vorige planperiode is afgerond.
          De OPR ontvangt de aanvulling in het voorjaar van 2027, samen met het eerste
          jaarverslag onder dit plan. Tot die tijd verwijzen wij naar de ambities in hoofdstuk 2."""),
          ]
    b += [H1("8 Organisatie en samenwerking"), H2("8.1 Bestuur en toezicht")] + f_governance(c)
    b += [H2("8.2 Medezeggenschap")] + f_opr(c)
    b += [H2("8.3 Personeel")] + f_personeel(c)
    b += [H2("8.4 Kennisdeling")] + f_kennis(c)
    b += [H2("8.5 Gemeenten"),
          P("""Met de vier gemeenten voert het samenwerkingsverband twee keer per jaar bestuurlijk
          overleg. Onderwerpen zijn onder meer de aansluiting tussen onderwijs en jeugdhulp, het
          leerlingenvervoer en de huisvesting.""")] + f_huisvesting(c)
    b += [H2("8.6 Privacy en ICT")] + f_ict(c)
    b += [H1("9 Planning")] + f_planning(c)
    b += [H1("Bijlage 1 Begrippenlijst"),
          TABLE(["Begrip", "Betekenis"],
                ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
                ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
                ["Criteria toelaatbaarheid", "De voorwaarden waaronder een leerling toelaatbaar is tot sbo of so."],
                ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor ieder kind een plek is."],
                ["Monitoring", "Het volgen van resultaten en ontwikkelingen aan de hand van gegevens."],
                ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
                ["TLV", "Toelaatbaarheidsverklaring."]),
          H1("Bijlage 2 Afkortingen"),
          P("""CTL – Commissie Toelaatbaarheid; DUO – Dienst Uitvoering Onderwijs; IB – intern
          begeleider; OJSP – ouder- en jeugdsteunpunt; OOGO – op overeenstemming gericht overleg; OPR
          – ondersteuningsplanraad; OPP – ontwikkelingsperspectief; sbo – speciaal basisonderwijs; so
          – speciaal onderwijs; SWV – samenwerkingsverband.""")]
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "3.1 and 3.1.1: agreed minimum for all 71 schools, six concrete standards; 3.1.2 kwaliteitskaart borging.",
               "plaatsing": "Ch. 4 gives applicant, groeidocument, CTL, two deskundigen, 6-week term, duration, bezwaar; criteria only referred to the Toelaatbaarheidswijzer on the website.",
               "terugstroom": "Hidden in 4.4 'Na afloop van de verklaring' inside the TLV chapter: policy (terug zo snel als verantwoord, condition), steps 4.4.1 and terugkeerarrangement 4.4.2.",
               "financien": "Under '5 Geld en middelen': verdeelmodel EUR 165/leerling + vaste voet, meerjarenbegroting table, reserve, verantwoording.",
               "dekkend-aanbod": "3.2 describes layered continuum; 3.3 thuiszitters only defers to a pact to be drafted in 2026-2027 and an old pact not included, so lacunes not addressed.",
               "resultaten": "Ch. 7 only defers ('wordt aangevuld ... voorjaar van 2027'); 'beoogde resultaten'/'monitoring' only in begrippenlijst.",
               "ouders": "Addressed inside '6 Communicatie' (6.2): website/schoolgids/ouderavonden/spreekuur, OJSP Noordkust, onderwijsconsulenten, klachtencommissie."})
    return "po-lauwerzijl-2026-2030", b, "Ondersteuningsplan 2026-2030 | SWV PPO Lauwerzijl | basisondersteuning - toelaatbaarheid - resultaten", label


# ---------------------------------------------------------------------------
# Plan 2: VO, Word + PDF. Numbered paragraphs, p.m.-table, deferred steunpunt.
# ---------------------------------------------------------------------------

def plan_maasenheide():
    c = dict(naam="Samenwerkingsverband VO Maas en Heide", sector="vo",
             periode="2026-2030", start=2026, ib="ondersteuningscoördinatoren", special="vso, lwoo en pro",
             oogo="29 januari 2026", opr="10 maart 2026",
             gemeenten="Heidebeek, Maasoever, Venlaer en Sint Aldert",
             inwoners="141.000", besturen="6", scholen="19", lln="12.760", fte="18,2",
             bestuurder="drs. Rik van Oosterhout", motto="Iedere jongere een diploma of een duurzame plek")
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband voortgezet onderwijs Maas en Heide (VO 31-12)",
                    "Definitieve versie, april 2026"]),
         ("toc", None)]
    b += [H1("1 Inleiding"), H2("1.1 Voorwoord")] + f_voorwoord(c)
    b += [H2("1.2 Leeswijzer")] + f_leeswijzer(c)
    b += [H2("1.3 Kader")] + f_kader(c) + f_landelijk(c)
    b += [H1("2 Context en visie"), H2("2.1 Regio")] + f_regio(c)
    b += [H2("2.2 Visie")] + f_visie(c)
    b += [H1("3 Het ondersteuningsaanbod"),
          H2("3.1 Basisondersteuning"),
          H3("3.1.1 Niveau"),
          P("""De besturen in Maas en Heide hebben een gezamenlijk niveau van basisondersteuning
          vastgesteld. Dat niveau is de ondergrens: iedere vestiging van iedere aangesloten school,
          van praktijkonderwijs tot gymnasium, biedt ten minste deze basisondersteuning aan alle
          leerlingen, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het
          niveau is gebaseerd op het Referentiekader passend onderwijs en omvat de vier aspecten
          basiskwaliteit, preventieve en licht curatieve interventies, de
          onderwijsondersteuningsstructuur en planmatig werken."""),
          H3("3.1.2 Invulling"),
          P("""Hoe de basisondersteuning concreet wordt ingevuld, staat beschreven in de Kaart
          Basisondersteuning Maas en Heide (bijlage 2) en in het schoolondersteuningsprofiel van
          iedere school. De kaart wordt in het eerste jaar van de planperiode geactualiseerd met de
          besturen; de geactualiseerde versie wordt na vaststelling op de website geplaatst."""),
          H2("3.2 Aanbod in lagen"),
          P("""Boven op de basisondersteuning kent Maas en Heide een samenhangend aanbod in drie lagen.
          Deze lagen vormen samen het continuüm van ondersteuning in de regio:"""),
          UL("""Laag 1, extra ondersteuning op school: afhankelijk van het eigen profiel zetten scholen
             een trajectvoorziening of schoolarrangementen in, bijvoorbeeld voor leerlingen met
             autisme of angstklachten.""",
             """Laag 2, bovenschools: het orthopedagogisch-didactisch centrum (OPDC) Het Kruispunt met
             60 plaatsen, de reboundvoorziening Koers met 24 plaatsen voor leerlingen die tijdelijk
             uit de klas vallen, de Internationale Schakelklas (ISK) in Venlaer en het
             onderwijs-zorgarrangement Tussenstap voor leerlingen die onderwijs en jeugdhulp
             combineren.""",
             """Laag 3, gespecialiseerd: het praktijkonderwijs op twee locaties en het vso cluster 3
             en 4 (De Hoge Brug, Maasoever; Sint Aldertcollege vso), inclusief een vso-afdeling met
             examenprogramma vmbo."""),
          H2("3.3 Witte vlekken en thuiszitters"),
          H3("3.3.1 Analyse"),
          P("""Elk jaar in oktober inventariseert het samenwerkingsverband met de scholen welke
          leerlingen niet of niet passend geplaatst konden worden, hoe lang de wachtlijsten van het
          OPDC en vso zijn en hoeveel leerlingen thuiszitten. De analyse van 2025 liet twee witte
          vlekken zien: er was geen passend aanbod voor hoogbegaafde leerlingen met
          faalangst in de onderbouw havo/vwo, en de wachttijd voor cluster 4 vso liep op tot vijftien
          weken."""),
          H3("3.3.2 Aanpak"),
          P("""Voor beide vlekken zijn acties met een termijn afgesproken. Per 1 augustus 2026 start op
          het Heidecollege een HB-voorziening voor 20 leerlingen. In overleg met De Hoge Brug worden
          per januari 2027 12 extra vso-plaatsen gerealiseerd. Voor iedere thuiszitter komt binnen
          twee weken na melding het Thuiszittersoverleg bijeen, met leerplicht, de school, jeugdhulp en
          de consulent van het samenwerkingsverband, en binnen vier weken ligt er een
          terugkeerplan. Schoolbesturen spreken elkaar aan op hun zorgplicht: geen enkele school
          sluit een aangemelde leerling uit zonder dat een andere school een plek heeft
          aangeboden."""),
          ]
    b += [H1("4 Toelaatbaarheid"),
          H2("4.1 Vso"),
          H3("4.1.1 Procedure"),
          P("""De school waar de leerling staat ingeschreven, dient de aanvraag voor een
          toelaatbaarheidsverklaring vso in bij het Loket Maas en Heide. Bij de aanvraag horen het
          ontwikkelingsperspectief, het verslag van het ondersteuningsteam en de zienswijze van ouders
          en leerling. Het loket toetst binnen vijf werkdagen of het dossier compleet is. Twee
          deskundigen, van wie ten minste één orthopedagoog of psycholoog, brengen ieder een eigen
          schriftelijk advies uit. De Commissie van Toelaatbaarheid besluit binnen zes weken. De TLV
          wordt afgegeven voor één, twee of drie schooljaren en vermeldt de categorie laag, midden of
          hoog."""),
          H3("4.1.2 Criteria"),
          P("""Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:
          (a) de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school, inclusief laag 1
          en laag 2, kan bieden; (b) de school heeft ten minste één volledige OPP-cyclus van zes maanden
          uitgevoerd en geëvalueerd, tenzij de veiligheid van de leerling of anderen dat onmogelijk
          maakt; (c) de leerling heeft structureel een kleine groep met intensieve begeleiding
          nodig gedurende de hele schooldag; en (d) de benodigde expertise is gedocumenteerd in het
          deskundigenadvies."""),
          H2("4.2 Lwoo en praktijkonderwijs"),
          P("""Maas en Heide volgt voor lwoo en pro de landelijke criteria. Voor pro gaat het om een
          IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee van de vier
          domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. Voor lwoo gaat het om een IQ
          tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar, of om een
          leerachterstand in combinatie met sociaal-emotionele problematiek. De VO-school dient de
          aanvraag in vóór 1 maart van het jaar van instroom; de Commissie van Toelaatbaarheid
          besluit vóór 1 mei. Een aanwijzing lwoo geldt voor de gehele schoolloopbaan in het vmbo; een
          TLV pro geldt voor de gehele duur van het praktijkonderwijs."""),
          H2("4.3 Overstap primair naar voortgezet"),
          P("""Voor alle leerlingen uit groep 8 geldt de regionale procedure voor de overstap. De
          basisschool en de VO-school zorgen voor een warme overdracht, en voor leerlingen met een
          ondersteuningsbehoefte vindt vóór de zomervakantie een overdrachtsgesprek plaats. De
          uitstroom naar het mbo wordt begeleid door de loopbaanbegeleiders van de scholen."""),
          ]
    b += [H1("5 Middelen"),
          H2("5.1 Verdeelsystematiek"),
          P("""Het samenwerkingsverband verdeelt de middelen volgens het principe 'geld volgt
          leerling'. Na aftrek van de verplichte afdrachten voor vso, pro en lwoo ontvangt ieder bestuur
          een basisbudget van € 118 per leerling (teldatum 1 oktober) voor laag 1. Voor laag 2 worden
          de plaatsen in OPDC en rebound centraal ingekocht; besturen betalen geen bijdrage per
          geplaatste leerling. Aanvullende middelen voor individuele arrangementen worden per
          aanvraag door het Loket toegekend, aan de hand van drie criteria: de duur van de
          ondersteuning, de intensiteit in uren per week en de vraag of de ondersteuning
          schoolbreed kan worden georganiseerd."""),
          H2("5.2 Meerjarenbegroting"),
          P("""De meerjarenbegroting wordt vastgesteld nadat de rijksbijdrage voor 2027 bekend is. In
          de onderstaande tabel zijn de posten opgenomen; de bedragen volgen."""),
          TABLE(["Post", "2026", "2027", "2028", "2029"],
                ["Rijksbijdrage ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Afdrachten vso, lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Basisbudget besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                ["OPDC, rebound en ISK", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]),
          ]
    b += [H1("6 Beoogde en bereikte resultaten"),
          H2("6.1 Terugblik"),
          P("""In de vorige planperiode daalde het deelnamepercentage vso van 3,9 procent naar 3,4
          procent (landelijk 3,6 procent). Het aantal thuiszitters langer dan drie maanden daalde van
          31 naar 17. De gemiddelde doorlooptijd van een TLV-aanvraag was 29 werkdagen."""),
          H2("6.2 Doelen voor 2026-2030"),
          UL("""In 2030 zit geen leerling langer dan drie maanden thuis zonder passend aanbod.""",
             """Het deelnamepercentage vso ligt in 2030 op of onder het landelijk gemiddelde.""",
             """90 procent van de leerlingen in het OPDC stroomt binnen twee jaar door naar een
             reguliere opleiding of behaalt een diploma.""",
             """De doorlooptijd van een TLV-aanvraag is in 2028 gemiddeld ten hoogste 25 werkdagen.""",
             """Ten minste 80 procent van de ondersteuningscoördinatoren is tevreden over de
             ondersteuning door het samenwerkingsverband."""),
          H2("6.3 Monitoring"),
          P("""Het bureau verzamelt de gegevens twee keer per jaar, op 1 oktober en 1 maart, uit DUO,
          het leerlingvolgsysteem van het Loket en de leerplichtregistratie. De resultaten worden in
          een dashboard besproken met het Bestuurlijk Overleg en de OPR, en jaarlijks verantwoord in
          het jaarverslag. Eens per twee jaar houden we een tevredenheidspeiling onder scholen en
          ouders. Als een doel in twee opeenvolgende metingen niet op koers ligt, stelt de
          directeur-bestuurder een verbeteractie voor."""),
          ]
    b += [H1("7 Ouders en leerlingen"),
          H2("7.1 Informatie"),
          P("""Ouders en leerlingen worden op drie manieren geïnformeerd over het
          ondersteuningsaanbod. De website bevat per school het ondersteuningsaanbod en een
          uitleg van de lagen. Bij de aanmelding voor het voortgezet onderwijs ontvangen alle ouders
          de folder 'Extra steun nodig?' met de contactgegevens van het Loket. In november houdt het
          samenwerkingsverband in iedere gemeente een informatieavond voor ouders van leerlingen in
          groep 8."""),
          H2("7.2 Onafhankelijke ondersteuning"),
          P("""Het samenwerkingsverband gaat een ouder- en jeugdsteunpunt inrichten. De vormgeving
          daarvan wordt in de loop van 2027 samen met de PO-samenwerkingsverbanden in de regio
          bepaald, en opgenomen in een addendum bij dit plan."""),
          H2("7.3 Betrokkenheid"),
          P("""Ouders en leerlingen zijn betrokken bij het opstellen van het ontwikkelingsperspectief.
          Leerlingen hebben hoorrecht: zij mogen hun mening geven over het OPP."""),
          ]
    b += [H1("8 Organisatie"), H2("8.1 Bestuur")] + f_governance(c)
    b += [H2("8.2 Medezeggenschap")] + f_opr(c)
    b += [H2("8.3 Personeel en professionalisering")] + f_personeel(c) + f_kennis(c)
    b += [H2("8.4 Gemeenten en ketenpartners"),
          P("""Met de gemeenten zijn afspraken gemaakt over de inzet van jeugdhulp op school: iedere
          VO-school heeft een schoolmaatschappelijk werker en een jeugdconsulent van het
          wijkteam."""),
          ] + f_huisvesting(c)
    b += [H2("8.5 Privacy")] + f_ict(c)
    b += [H1("9 Planning")] + f_planning(c)
    b += [H1("Bijlage Begrippen"),
          TABLE(["Begrip", "Omschrijving"],
                ["Basisondersteuning", "De ondersteuning die alle scholen bieden, zoals dyslexiebegeleiding, faalangsttraining en een mentoraat."],
                ["Lwoo", "Leerwegondersteunend onderwijs."],
                ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren."],
                ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV."],
                ["Verdeelmodel", "De manier waarop het samenwerkingsverband de middelen verdeelt."],
                ["Vso", "Voortgezet speciaal onderwijs."])]
    label = dict(
        sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "3.1.1 sets a shared minimum for every vestiging (only the abstract 4 Referentiekader aspects); 3.1.2 refers content to absent bijlage 2 / SOPs / website; concrete examples only in the begrippenlijst.",
               "plaatsing": "4.1.1 procedure (Loket, two deskundigen, CvT, 6 weeks, duration/categorie), 4.1.2 vso criteria (a)-(d), 4.2 lwoo/pro criteria and procedure.",
               "terugstroom": "Nothing in the body: only leeswijzer and begrippenlijst mention terugplaatsing; 4.3 warme overdracht/uitstroom and 3.3.2 thuiszitter 'terugkeerplan' are near-misses.",
               "financien": "5.1 gives verdeelsystematiek with EUR 118/leerling and allocation criteria; 5.2 meerjarenbegroting is a table of p.m. cells ('de bedragen volgen').",
               "dekkend-aanbod": "3.2 three-layer continuum (OPDC, rebound, ISK, OZA, pro, vso); 3.3 witte vlekken analysis, dated actions, thuiszittersoverleg, zorgplicht.",
               "resultaten": "Ch. 6: terugblik figures, measurable doelen 6.2 and monitoring cycle 6.3.",
               "ouders": "7.1 informs parents (website, folder, informatieavond); 7.2 OJSP only deferred to 2027 addendum; no other independent help named."})
    return "vo-maasenheide-2026-2030", b, "Ondersteuningsplan SWV VO Maas en Heide | 2026-2030 | terugplaatsing - ouder- en jeugdsteunpunt", label


# ---------------------------------------------------------------------------
# Plan 3: PO, Word + PDF. Content in tables; basisondersteuning only deferred.
# ---------------------------------------------------------------------------

def plan_rivierenhof():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Rivierenhof", sector="po",
             periode="2026-2030", start=2026, ib="intern begeleiders", special="sbo en so",
             oogo="5 februari 2026", opr="3 maart 2026",
             gemeenten="Rivierenhof, Lingewaard-Zuid en Betuwemond",
             inwoners="76.000", besturen="7", scholen="48", lln="7.115", fte="11,3",
             bestuurder="Anouk Verbeek", motto="Samen leren, samen groeien")
    b = [("title", ["Ondersteuningsplan", "Samenwerkingsverband Passend Onderwijs Rivierenhof",
                    "PO 27-15 | planperiode 2026-2030"]),
         ("toc", None)]
    b += [H1("1 Inleiding"), H2("1.1 Woord vooraf")] + f_voorwoord(c)
    b += [H2("1.2 Opbouw van dit plan")] + f_leeswijzer(c)
    b += [H2("1.3 Wettelijke basis")] + f_kader(c)
    b += [H2("1.4 Hoe dit plan tot stand kwam")] + f_totstandkoming(c) + f_landelijk(c)
    b += [H1("2 Over Rivierenhof"), H2("2.1 Kenmerken")] + f_regio(c)
    b += [H2("2.2 Missie, visie en kernwaarden")] + f_visie(c)
    b += [H1("3 Basisondersteuning"),
          H2("3.1 Stand van zaken"),
          P("""Het document 'Basisondersteuning Rivierenhof' dateert uit 2019 en sluit niet meer aan
          bij de praktijk van de scholen. Landelijk wordt gewerkt aan een norm voor
          basisondersteuning. De besturen hebben daarom besloten de basisondersteuning niet in dit
          plan opnieuw te beschrijven, maar de landelijke ontwikkelingen af te wachten."""),
          H2("3.2 Vervolg"),
          P("""In het schooljaar 2026-2027 stellen de besturen, na advies van de intern begeleiders,
          een geactualiseerde set standaarden vast. Deze wordt na instemming van de OPR als addendum
          aan dit ondersteuningsplan toegevoegd. Tot dat moment is het aan de scholen om in hun
          schoolgids te beschrijven welke ondersteuning zij bieden."""),
          ]
    b += [H1("4 Extra ondersteuning en voorzieningen"),
          H2("4.1 Het ondersteuningscontinuüm"),
          P("""Wanneer een school handelingsverlegen raakt, kan zij een beroep doen op het
          samenwerkingsverband. Het continuüm van voorzieningen in Rivierenhof is als volgt
          opgebouwd."""),
          TABLE(["Niveau", "Voorziening", "Voor wie", "Toegang"],
                ["1 Advies", "Consultatie door onderwijsadviseur SWV", "Elke leerling met een vraag", "Vrij, via IB'er"],
                ["2 Arrangement op school", "Individueel of groepsarrangement, 10-40 weken", "Leerlingen met een OPP", "Toekenning door loket"],
                ["3 Bovenschools", "Taalschool Rivierenhof; Plusklas Lingewaard; Observatieklas De Brug", "Nieuwkomers; HB-leerlingen; leerlingen met onduidelijke ondersteuningsbehoefte", "Aanmelding loket"],
                ["4 Sbo", "SBO De Regenboog, SBO Het Anker", "Leerlingen met TLV sbo", "TLV"],
                ["5 So", "So cluster 3 De Lingehof; so cluster 4 Rivierduin", "Leerlingen met TLV so", "TLV"]),
          H2("4.2 Thuiszitters en wachtlijsten"),
          P("""Iedere leerling die langer dan vier weken thuiszit of op een wachtlijst staat, wordt
          gemeld bij het Doorbraakoverleg Rivierenhof. Daarin zitten de leerplichtambtenaar, de
          jeugdconsulent van de gemeente en de onderwijsadviseur van het samenwerkingsverband. Het
          overleg stelt binnen tien werkdagen een plan op en wijst een regisseur aan. Twee keer per
          jaar analyseert het bureau welke vragen niet binnen het bestaande continuüm konden worden
          beantwoord. In 2025 bleek zo dat er geen plek was voor jonge kinderen met ernstige
          gedragsproblematiek in combinatie met een ontwikkelingsachterstand; met De Lingehof en
          jeugdhulpaanbieder Oosterpoort start daarom per 1 januari 2027 een onderwijs-zorggroep
          voor acht leerlingen."""),
          ]
    b += [H1("5 Toelaatbaarheid sbo en so"),
          H2("5.1 Procedure in stappen"),
          UL("""Stap 1: de basisschool bespreekt de leerling in het ondersteuningsteam, met ouders,
             en vraagt advies aan de onderwijsadviseur.""",
             """Stap 2: het schoolbestuur dient de aanvraag in bij het loket, met het groeidocument,
             het OPP en de zienswijze van ouders.""",
             """Stap 3: twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige,
             bijvoorbeeld een jeugdarts) geven ieder een schriftelijk advies.""",
             """Stap 4: de Toelaatbaarheidscommissie besluit binnen zes weken na ontvangst van de
             volledige aanvraag; ouders ontvangen een afschrift van het besluit en van de
             adviezen.""",
             """Stap 5: na afgifte van de TLV meldt de ouder de leerling aan bij de sbo- of
             so-school."""),
          H2("5.2 Criteria"),
          P("""De commissie hanteert de criteria uit onderstaande tabel. Aan alle criteria in de kolom
          moet zijn voldaan."""),
          TABLE(["Criterium", "Sbo", "So"],
                ["Arrangementen", "Ten minste één arrangement op niveau 2 is uitgevoerd en geëvalueerd", "Niveau 2 of 3 is uitgevoerd en geëvalueerd, of de problematiek maakt dit aantoonbaar zinloos"],
                ["Ondersteuningsbehoefte", "Structureel een kleinere groep en een aangepast leerstofaanbod nodig", "Intensieve ondersteuning gedurende de hele dag in combinatie met zorg of behandeling"],
                ["Onderbouwing", "OPP met twee evaluaties", "OPP met twee evaluaties en medisch of psychiatrisch onderzoek waar van toepassing"],
                ["Duur", "Tot einde basisschoolperiode", "Eén of twee schooljaren, categorie laag/midden/hoog"]),
          H2("5.3 Bezwaar"),
          P("""Tegen het besluit kunnen ouders binnen zes weken bezwaar maken. Het bestuur vraagt
          advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
          H2("5.4 Terugplaatsing"),
          P("""Rivierenhof gaat ervan uit dat een plaatsing in het sbo of so tijdelijk is, tenzij de
          ondersteuningsbehoefte blijvend is. Terugplaatsing naar een basisschool is het doel
          wanneer de leerling in een reguliere groep met een arrangement tot ontwikkeling kan komen,
          wanneer de ouders dit steunen en wanneer een school in de buurt van het woonadres de
          benodigde ondersteuning kan bieden. De ontvangende basisschool krijgt een
          overgangsarrangement van twintig weken ambulante begeleiding door de sbo- of so-school en
          een eenmalig budget voor extra handen in de groep."""),
          P("""Het stappenplan voor terugplaatsing, met de momenten van evaluatie en de taakverdeling
          tussen sbo, so, basisschool en samenwerkingsverband, wordt in 2026-2027 samen met de
          speciale scholen opgesteld."""),
          ]
    b += [H1("6 Bekostiging van de ondersteuning"),
          H2("6.1 Verdeling"),
          P("""Het bestuur stelt de verdeling jaarlijks vast bij de begroting, na advies van het
          Bestuurlijk Overleg. De componenten staan in de tabel."""),
          TABLE(["Component", "Criterium", "Bedrag 2026"],
                ["Schoolbudget", "Per leerling op teldatum 1 oktober", "€ 142 per leerling"],
                ["Vaste voet", "Per vestiging", "€ 5.000"],
                ["Arrangementen niveau 2", "Toekenning door loket op basis van OPP", "€ 3.200 per arrangement (gemiddeld)"],
                ["Bovenschoolse voorzieningen", "Centraal bekostigd", "Zie begroting"],
                ["Afdrachten so", "Wettelijk, via DUO", "Op basis van aantal TLV's"]),
          H2("6.2 Meerjarenbegroting"),
          TABLE(["(x € 1.000)", "2026", "2027", "2028", "2029"],
                ["Baten", "8.240", "8.170", "8.090", "8.020"],
                ["Afdrachten so en sbo", "3.310", "3.290", "3.270", "3.250"],
                ["Schoolbudgetten en vaste voet", "1.250", "1.240", "1.230", "1.220"],
                ["Arrangementen niveau 2", "1.520", "1.500", "1.480", "1.460"],
                ["Bovenschoolse voorzieningen en onderwijs-zorggroep", "1.390", "1.430", "1.430", "1.430"],
                ["Personeel en bureau", "870", "870", "860", "860"],
                ["Saldo", "-100", "-160", "-180", "-200"]),
          P("""Het negatieve saldo wordt gedekt uit de reserve, die daarmee in 2030 op het niveau van
          de signaleringswaarde komt."""),
          ]
    b += [H1("7 Ambities en resultaten"),
          H2("7.1 Beoogde resultaten"),
          TABLE(["Ambitie", "Indicator", "Streefwaarde 2030"],
                ["Minder thuiszitters", "Aantal leerlingen > 4 weken thuis zonder aanbod", "0"],
                ["Snellere ondersteuning", "Doorlooptijd aanvraag arrangement", "Max. 4 weken"],
                ["Thuisnabij onderwijs", "Deelnamepercentage sbo en so samen", "≤ 3,5%"],
                ["Tevreden scholen", "Waardering IB'ers voor ondersteuning SWV", "≥ 7,5"]),
          H2("7.2 Meting"),
          P("""Hoe we de voortgang op deze ambities meten en rapporteren, leggen we vast in het
          kwaliteitskader van Rivierenhof. Dat kader verschijnt in 2027."""),
          ]
    b += [H1("8 Ouders"),
          H2("8.1 Informatie aan ouders"),
          P("""Een goede informatievoorziening aan ouders is belangrijk. Het samenwerkingsverband
          werkt aan een nieuw communicatieplan, waarin ook de informatie voor ouders een plek
          krijgt. Het plan wordt in 2026-2027 uitgewerkt."""),
          H2("8.2 Onafhankelijke hulp"),
          P("""Ouders die vragen hebben of het oneens zijn met de school of het samenwerkingsverband,
          kunnen gratis en onafhankelijk advies krijgen bij het Ouder- en Jeugdsteunpunt Betuwe, dat
          wordt uitgevoerd door een onafhankelijke stichting, en bij de Onderwijsconsulenten."""),
          ] + f_klachten(c)
    b += [H1("9 Organisatie"), H2("9.1 Bestuur en toezicht")] + f_governance(c)
    b += [H2("9.2 Ondersteuningsplanraad")] + f_opr(c)
    b += [H2("9.3 Bureau en personeel")] + f_personeel(c)
    b += [H2("9.4 Kennis en netwerken")] + f_kennis(c)
    b += [H2("9.5 Gemeenten"),
          P("""Met de gemeenten zijn afspraken gemaakt over de inzet van schoolmaatschappelijk werk en
          over de samenwerking rond de onderwijs-zorggroep.""")] + f_huisvesting(c)
    b += [H2("9.6 Privacy")] + f_ict(c)
    b += [H2("9.7 Communicatie en bureau")] + f_intern(c) + f_buren(c)
    b += [H1("10 Planning")] + f_planning(c)
    b += [H1("Bijlage A Begrippenlijst"),
          TABLE(["Begrip", "Uitleg"],
                ["Basisondersteuning", "Wat iedere school in Rivierenhof ten minste biedt: een IB'er, een dyslexieprotocol, een pestprotocol en handelingsgericht werken."],
                ["Monitoring", "Het volgen en meten van resultaten."],
                ["Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs."],
                ["Ouderinformatie", "Informatie voor ouders via de website en de schoolgids."]),
          ]
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 3 only says the 2019 document is outdated and new standards follow in 2026-2027 as addendum; the concrete list exists only in the begrippenlijst (Bijlage A).",
               "plaatsing": "5.1 numbered steps (loket, two deskundigen, commissie, 6 weeks) and 5.2 criteria table for sbo/so incl. duration; 5.3 bezwaar.",
               "terugstroom": "5.4 (inside the TLV chapter) gives policy: temporary placement, conditions, overgangsarrangement; the stappenplan (steps, evaluation moments, roles) is deferred to 2026-2027.",
               "financien": "Ch. 6 'Bekostiging van de ondersteuning': allocation criteria and amounts only in tables (6.1) and meerjarenbegroting table (6.2).",
               "dekkend-aanbod": "4.1 continuum table niveau 1-5; 4.2 Doorbraakoverleg, gap analysis, new onderwijs-zorggroep per 1-1-2027.",
               "resultaten": "7.1 table with indicators and streefwaarden; 7.2 measuring and reporting deferred to a kwaliteitskader in 2027; no achieved figures.",
               "ouders": "8.1 parent information only deferred to a communicatieplan; 8.2 OJSP Betuwe, onderwijsconsulenten and klachten/geschillen commissions."})
    return "po-rivierenhof-2026-2030", b, "SWV Passend Onderwijs Rivierenhof | Ondersteuningsplan 2026-2030", label


# ---------------------------------------------------------------------------
# Plan 4: VO, Word only. Finance referred away; continuum missing.
# ---------------------------------------------------------------------------

def plan_kempenrand():
    c = dict(naam="Stichting Samenwerkingsverband VO Kempenrand", sector="vo",
             periode="2026-2030", start=2026, ib="ondersteuningscoördinatoren", special="vso en pro",
             oogo="20 januari 2026", opr="24 februari 2026",
             gemeenten="Kempenrand, Bladel-Oost, Eersel-Heide en Reusel-Noord",
             inwoners="88.000", besturen="5", scholen="11", lln="8.430", fte="9,8",
             bestuurder="Hans Verhoeven MEd", motto="Talent krijgt overal een kans")
    b = [("title", ["Ondersteuningsplan voortgezet onderwijs 2026-2030",
                    "Stichting Samenwerkingsverband VO Kempenrand (VO 30-08)"]),
         ("toc", None)]
    b += [H1("1 Inleiding"), H2("1.1 Voorwoord")] + f_voorwoord(c)
    b += [H2("1.2 Leeswijzer")] + f_leeswijzer(c)
    b += [H2("1.3 Wettelijk kader")] + f_kader(c)
    b += [H2("1.4 Totstandkoming")] + f_totstandkoming(c) + f_landelijk(c)
    b += [H1("2 Regio en visie"), H2("2.1 Regio")] + f_regio(c)
    b += [H2("2.2 Visie")] + f_visie(c)
    b += [H1("3 Ondersteuning"),
          H2("3.1 De basis"),
          P("""Alle elf scholen van Kempenrand, van praktijkonderwijs tot vwo, hebben zich verbonden aan
          één gemeenschappelijke ondergrens van ondersteuning. Deze basisondersteuning is op iedere
          locatie beschikbaar voor iedere leerling, zonder indicatie of aanvraag. Wat een leerling en
          zijn ouders op elke school kunnen verwachten, staat in de tabel."""),
          TABLE(["Onderdeel", "Wat iedere school biedt"],
                ["Mentoraat", "Een vaste mentor met wekelijks mentoruur en minimaal drie gesprekken per jaar met leerling en ouders"],
                ["Ondersteuningsstructuur", "Een ondersteuningscoördinator en een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt"],
                ["Dyslexie en dyscalculie", "Dyslexiepas met vergroting, extra tijd en voorleessoftware; rekenhulp in de onderbouw"],
                ["Sociaal-emotioneel", "Faalangst- en sociale vaardigheidstraining; anti-pestcoördinator"],
                ["Executieve functies", "Huiswerkbegeleiding en een training plannen en organiseren in leerjaar 1"],
                ["Opvang", "Een time-outplek met toezicht tijdens alle lesuren"]),
          H2("3.2 Toezicht op de basis"),
          P("""De ondersteuningscoördinatoren bespreken jaarlijks in een collegiale visitatie of de
          basisondersteuning op orde is. Bevindingen worden gedeeld met het bestuur van de school."""),
          H2("3.3 Extra ondersteuning"),
          P("""Voor leerlingen die meer nodig hebben dan de basis, bestaat een aanbod op school en
          bovenschools. Een overzicht van alle voorzieningen en arrangementen wordt opgenomen in de
          Sociale Kaart Kempenrand, die in ontwikkeling is en in 2027 online komt."""),
          H2("3.4 Geen leerling tussen wal en schip"),
          H3("3.4.1 Zorgplicht"),
          P("""Schoolbesturen hebben zorgplicht. In Kempenrand hebben zij afgesproken dat een school die
          een aangemelde leerling niet zelf kan plaatsen, binnen zes weken zorgt voor een passend
          aanbod op een andere school en de leerling daar persoonlijk overdraagt. Lukt dat niet,
          dan wordt de leerling binnen een week besproken in de Tafel Passende Plek van het
          samenwerkingsverband."""),
          H3("3.4.2 Thuiszitters"),
          P("""Elke melding van een leerling die vier weken of langer niet naar school gaat, komt bij
          de Tafel Passende Plek. Die bestaat uit de leerplichtambtenaar, de jeugdarts, een
          ondersteuningscoördinator en de trajectbegeleider van het samenwerkingsverband. Binnen
          vijftien werkdagen is er een plan met een regisseur en een datum waarop de leerling weer
          onderwijs volgt. Jaarlijks rapporteert de Tafel welke vragen niet beantwoord konden worden;
          op basis daarvan besluit het bestuur over nieuwe voorzieningen. Zo wordt in 2026-2027
          onderzocht of er een aanbod nodig is voor leerlingen met ernstige angstklachten die
          thuiszitten; de uitkomst volgt in het jaarplan 2027-2028, met een besluit vóór 1 april
          2027."""),
          ]
    b += [H1("4 Toelaatbaarheid vso, pro en lwoo"),
          H2("4.1 Procedure"),
          P("""De aanvraagprocedure, de samenstelling van de Commissie Toelaatbaarheid en de
          termijnen zijn beschreven in het Reglement Toelaatbaarheid Kempenrand (bijlage 3)."""),
          H2("4.2 Criteria vso"),
          P("""Een leerling is toelaatbaar tot het vso als (1) de school de mogelijkheden van basis- en
          extra ondersteuning aantoonbaar heeft benut, blijkend uit een geëvalueerd OPP van ten
          minste twintig weken; (2) de leerling een structurele behoefte heeft aan een groep van
          maximaal twaalf leerlingen met een specifiek pedagogisch klimaat; en (3) de problematiek
          zodanig is dat verblijf in het regulier onderwijs de ontwikkeling van de leerling of
          medeleerlingen ernstig belemmert. Bij leerlingen met een ernstige meervoudige beperking
          of een langdurige ziekte volstaat een medische onderbouwing in plaats van criterium (1)."""),
          H2("4.3 Pro en lwoo"),
          P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot 80 en een
          leerachterstand van drie jaar of meer op ten minste twee domeinen. Kempenrand hanteert voor
          lwoo eveneens de landelijke criteria (IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op
          ten minste twee domeinen, of sociaal-emotionele problematiek in combinatie met een
          leerachterstand)."""),
          H2("4.4 Bezwaar"),
          P("""Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. De
          Landelijke Bezwaaradviescommissie adviseert het bestuur."""),
          H2("4.5 Overstap van vso naar regulier"),
          H3("4.5.1 Werkwijze"),
          P("""In het laatste schooljaar van de TLV evalueert de vso-school uiterlijk 1 februari het
          ontwikkelingsperspectief met de leerling en de ouders. De trajectbegeleider van het
          samenwerkingsverband schuift aan. Bij die evaluatie wordt vastgesteld of de leerling kan
          overstappen naar een reguliere VO-school. Als dat zo is, meldt de vso-school de leerling vóór
          1 maart aan bij de gekozen VO-school en draagt het dossier over in een driegesprek; de TLV
          eindigt op 31 juli. Als dat niet zo is, dient de vso-school vóór 1 april een aanvraag voor
          een nieuwe TLV in."""),
          H3("4.5.2 Beleid"),
          P("""Het beleid van Kempenrand op terugplaatsing en de begeleiding na de overstap wordt in
          2027 herijkt. Tot die tijd geldt maatwerk."""),
          ]
    b += [H1("5 Kwaliteit en resultaten"),
          H2("5.1 Kwaliteitscyclus"),
          P("""Kempenrand werkt volgens een vaste kwaliteitscyclus. Het bureau verzamelt elk kwartaal
          gegevens over het aantal TLV's, de doorlooptijden, het aantal thuiszitters, het
          deelnamepercentage vso en pro, en de overstappen van vso naar regulier onderwijs. Twee keer
          per jaar bespreekt het bestuur een kwaliteitsrapportage met het Bestuurlijk Overleg en de
          OPR. Jaarlijks worden de bereikte resultaten verantwoord in het jaarverslag, en eens per
          twee jaar houden we een tevredenheidsonderzoek onder scholen, ouders en leerlingen."""),
          H2("5.2 Bereikt in 2022-2025"),
          TABLE(["Kengetal", "2022", "2025"],
                ["Deelnamepercentage vso", "3,7%", "3,3%"],
                ["Thuiszitters langer dan 3 maanden", "22", "12"],
                ["Gemiddelde doorlooptijd TLV (werkdagen)", "34", "27"],
                ["Overstappen vso naar regulier", "9", "14"]),
          H2("5.3 Doelen"),
          P("""De concrete doelen voor de planperiode worden geformuleerd in het jaarplan 2026-2027,
          nadat de tevredenheidspeiling van het voorjaar 2026 is afgerond."""),
          ]
    b += [H1("6 Financiën"),
          P("""De middelen van het samenwerkingsverband worden ingezet ten behoeve van de ondersteuning
          van leerlingen. De verdeling van de middelen over de besturen en de meerjarenbegroting zijn
          opgenomen in de jaarbegroting 2026, die afzonderlijk door de raad van toezicht wordt
          goedgekeurd en op de website van Kempenrand staat."""),
          ]
    b += [H1("7 Ouders en leerlingen"),
          H2("7.1 Informeren"),
          P("""Iedere school beschrijft de basisondersteuning en de extra ondersteuning in de schoolgids.
          Het samenwerkingsverband publiceert op de website een ouderpagina met de procedures, een
          animatie over 'ondersteuning op het vo' en de contactgegevens van de trajectbegeleiders.
          In oktober ontvangen alle ouders van groep 8-leerlingen via de basisscholen de brochure
          'Naar het vo met extra ondersteuning'."""),
          H2("7.2 Hulp en advies"),
          P("""Ouders en jongeren kunnen voor onafhankelijk advies terecht bij het Ouder- en
          Jeugdsteunpunt De Kempen, dat is ondergebracht bij een zelfstandige stichting, en bij de
          onderwijsconsulenten."""),
          ] + f_klachten(c)
    b += [H1("8 Organisatie"), H2("8.1 Bestuur")] + f_governance(c)
    b += [H2("8.2 Medezeggenschap")] + f_opr(c)
    b += [H2("8.3 Personeel")] + f_personeel(c)
    b += [H2("8.4 Kennisdeling")] + f_kennis(c)
    b += [H2("8.5 Samenwerking met gemeenten"),
          P("""In het OOGO zijn afspraken gemaakt over jeugdhulp op school: iedere school heeft een vaste
          jeugdprofessional van het gebiedsteam, bekostigd door de gemeente.""")] + f_huisvesting(c)
    b += [H2("8.6 Privacy en ICT")] + f_ict(c)
    b += [H2("8.7 Interne communicatie")] + f_intern(c) + f_buren(c)
    b += [H1("9 Planning")] + f_planning(c)
    b += [H1("Bijlage Begrippen en afkortingen"),
          TABLE(["Term", "Betekenis"],
                ["Arrangement", "Een afgesproken pakket van extra ondersteuning."],
                ["Continuüm van ondersteuning", "Het samenhangend geheel van voorzieningen binnen en tussen scholen."],
                ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                ["Verdeelmodel", "Regels voor het verdelen van de ondersteuningsmiddelen."],
                ["Reserves", "Het eigen vermogen van het samenwerkingsverband."],
                ["OPDC", "Orthopedagogisch-didactisch centrum."])]
    label = dict(
        sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["bezwaar"],
                            "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "3.1 common minimum for all 11 schools plus table of concrete provisions; 3.2 collegiale visitatie as borging.",
               "plaatsing": "4.2/4.3 give vso, pro and lwoo criteria; the procedure (4.1) is only a reference to an absent bijlage 3 Reglement.",
               "terugstroom": "4.5.1 'Overstap van vso naar regulier' gives steps, dates, actors and TLV end; 4.5.2 policy deferred to 2027 ('tot die tijd maatwerk'); figures in 5.2 table.",
               "financien": "Ch. 6 only refers to a separate jaarbegroting on the website; verdeelmodel/meerjarenbegroting/reserves only in begrippenlijst.",
               "dekkend-aanbod": "3.3 overview of voorzieningen deferred to a Sociale Kaart (2027); 3.4 zorgplicht, Tafel Passende Plek and thuiszitters approach address lacunes.",
               "resultaten": "5.1 kwaliteitscyclus and 5.2 achieved figures address monitoring; 5.3 doelen deferred to jaarplan 2026-2027.",
               "ouders": "7.1 schoolgids, ouderpagina, brochure; 7.2 OJSP De Kempen, onderwijsconsulenten, klachtencommissie."})
    return "vo-kempenrand-2026-2030", b, "Ondersteuningsplan VO Kempenrand 2026-2030 | financiën - verdeelmodel - meerjarenbegroting", label


# ---------------------------------------------------------------------------
# Plan 5: PO, HTML web version. Thin plan: plaatsing, dekkend aanbod, ouders absent.
# ---------------------------------------------------------------------------

def plan_veenoost():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Veenkoloniën-Oost", sector="po",
             periode="2026-2030", start=2026, ib="intern begeleiders", special="sbo en so",
             oogo="11 februari 2026", opr="19 maart 2026",
             gemeenten="Veenhorst, Musselkanaal-Oost en Ter Apelerveen",
             inwoners="64.000", besturen="5", scholen="44", lln="5.390", fte="7,4",
             bestuurder="Gerard Wubs", motto="Nabij, eenvoudig en samen", ouders_visie=False)
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband Primair Onderwijs Veenkoloniën-Oost (PO 20-11) – webversie"]),
         ("toc", None)]
    b += [H1("1 Inleiding"), H2("1.1 Voorwoord")] + f_voorwoord(c)
    b += [H2("1.2 Leeswijzer")] + f_leeswijzer(c)
    b += [H2("1.3 Samenvatting"),
          P("""In deze planperiode kiest Veenkoloniën-Oost voor drie speerpunten. Het eerste is eenvoud:
          minder formulieren, kortere lijnen en één vast aanspreekpunt per school. Het tweede is
          nabijheid: kinderen gaan zo veel mogelijk naar school in hun eigen dorp of wijk, en de
          expertise komt naar de school toe in plaats van andersom. Het derde is vakmanschap:
          leerkrachten en intern begeleiders krijgen de ruimte en de scholing om ook complexere
          vragen in de eigen groep op te pakken. Deze speerpunten lopen als een rode draad door de
          hoofdstukken van dit plan."""),
          P("""Het plan is compacter dan zijn voorganger. Uitwerkingen staan op de website en in het
          jaarplan, zodat zij tussentijds kunnen worden bijgewerkt zonder dat het hele plan opnieuw
          hoeft te worden vastgesteld. Voor de besturen betekent dit plan vooral continuïteit; voor
          het bureau betekent het een omslag naar een meer ondersteunende en minder controlerende
          rol. Wij zijn ervan overtuigd dat die omslag bijdraagt aan beter onderwijs voor ieder
          kind."""),
          ]
    b += [H2("1.4 Vaststelling")] + f_kader(c)
    b += [H2("1.5 Totstandkoming")] + f_totstandkoming(c)
    b += [H2("1.6 Landelijke ontwikkelingen")] + f_landelijk(c)
    b += [H1("2 Regio en visie"), H2("2.1 De regio")] + f_regio(c)
    b += [H2("2.2 Visie")] + f_visie(c)
    b += [H2("2.3 Geschiedenis"),
          P("""Veenkoloniën-Oost ontstond in 2013 uit twee voormalige samenwerkingsverbanden Weer
          Samen Naar School en het regionaal expertisecentrum voor cluster 4. De eerste jaren stonden
          in het teken van het opbouwen van een organisatie en het leren kennen van elkaars
          werkwijzen. In 2019 koos het bestuur voor een model met een directeur-bestuurder en een
          raad van toezicht. In 2023 verhuisde het bureau naar Veenhorst, centraal in het gebied.
          Sindsdien is het aantal medewerkers licht gegroeid en is de samenwerking met de scholen
          hechter geworden. Het samenwerkingsverband viert in 2026 zijn twaalfjarig bestaan met een
          symposium voor alle medewerkers van de aangesloten scholen."""),
          P("""Kenmerkend voor onze regio is de nabijheid: iedereen kent iedereen. Dat is een kracht,
          want korte lijnen maken snel schakelen mogelijk. Het is ook een valkuil, want afspraken
          worden soms informeel gemaakt en niet vastgelegd. In deze planperiode willen we daarom
          zorgvuldiger vastleggen wat we afspreken, zonder de informele kracht te verliezen."""),
          ]
    b += [H1("3 Basisondersteuning"),
          H2("3.1 Afspraak"),
          P("""De vijf besturen hebben afgesproken dat alle 44 scholen en vestigingen in
          Veenkoloniën-Oost ten minste hetzelfde niveau van basisondersteuning bieden. Dit niveau is
          bindend voor alle scholen; een school die eronder zit, moet binnen een schooljaar op niveau
          komen. Basisondersteuning is alles wat een school zonder tussenkomst van het
          samenwerkingsverband voor een leerling kan doen."""),
          H2("3.2 De standaarden"),
          P("""De standaarden zijn beschreven in het document Basisondersteuning Veenkoloniën-Oost
          2022, dat u vindt op onze website onder 'Documenten'."""),
          ]
    b += [H1("4 Toelaatbaarheid"),
          P("""Voor de procedure en de criteria voor een toelaatbaarheidsverklaring voor het sbo of so
          verwijzen wij naar de pagina 'TLV aanvragen' op onze website. Daar staan ook de formulieren
          en het stroomschema."""),
          ]
    b += [H1("5 Van sbo of so terug naar de basisschool"),
          H2("5.1 Uitgangspunt"),
          P("""Veenkoloniën-Oost wil dat kinderen zo dicht mogelijk bij huis naar school gaan. Een
          plaats in het sbo of so zien wij als een tussenstap wanneer dat mogelijk is. Wij streven
          ernaar dat elk kind voor wie terugkeer realistisch is, binnen de duur van de TLV de overstap
          maakt. Voorwaarde is dat de basisschool het kind met een arrangement kan bieden wat het nodig
          heeft, en dat de overstap past bij de leeftijd: na 1 januari van groep 8 gaan wij uit van
          een rechtstreekse overstap naar het voortgezet onderwijs."""),
          H2("5.2 Werkwijze"),
          UL("""Jaarlijks in november bespreekt de sbo- of so-school het OPP van elk kind en geeft aan
             of terugkeer in beeld is.""",
             """Is dat zo, dan neemt de sbo- of so-school vóór 1 februari contact op met de
             coördinator terugplaatsing van het samenwerkingsverband.""",
             """De coördinator organiseert een overleg met de speciale school en een basisschool in de
             buurt van het woonadres, en stelt binnen vier weken een overstapplan op.""",
             """De directeur-bestuurder besluit over het terugkeerarrangement; de overstap vindt plaats
             na een zomer- of kerstvakantie.""",
             """Na drie maanden evalueert de coördinator de overstap."""),
          H2("5.3 Terugkeerarrangement"),
          P("""De basisschool ontvangt voor ieder teruggeplaatst kind een terugkeerarrangement van
          € 5.000 en begeleiding van de speciale school gedurende het eerste half jaar."""),
          ]
    b += [H1("6 Dekkend aanbod"),
          P("""Het samenwerkingsverband laat in 2026 een onderzoek uitvoeren naar de vraag of het
          aanbod in de regio dekkend is. De uitkomsten volgen in de eerste voortgangsrapportage bij
          dit plan."""),
          ]
    b += [H1("7 Resultaten"),
          H2("7.1 Wat we willen bereiken"),
          UL("""Het aantal verwijzingen naar sbo en so daalt van 3,8 procent in 2025 naar 3,2 procent in
             2030.""",
             """Jaarlijks keren ten minste acht kinderen vanuit het sbo of so terug naar een
             basisschool.""",
             """In 2028 geeft 85 procent van de intern begeleiders aan dat de ondersteuning van het
             samenwerkingsverband snel en passend is."""),
          H2("7.2 Hoe we meten"),
          P("""Het bureau verzamelt twee keer per jaar de gegevens uit DUO, de eigen registratie van
          arrangementen en terugplaatsingen en een korte vragenlijst onder intern begeleiders. De
          uitkomsten bespreekt de directeur-bestuurder met het bestuur en de OPR. In het jaarverslag
          rapporteren we per doel het bereikte resultaat en de daaraan bestede middelen."""),
          H2("7.3 Vorige planperiode"),
          P("""In 2025 was het verwijzingspercentage 3,8 procent (2021: 4,1 procent). In de vorige
          planperiode keerden 19 kinderen terug naar een basisschool."""),
          ]
    b += [H1("8 Financiën"),
          H2("8.1 Verdeling"),
          P("""Het verdeelmodel wordt in 2026 herzien. Het nieuwe model wordt na instemming van de OPR
          als bijlage aan dit plan toegevoegd."""),
          H2("8.2 Begroting"),
          TABLE(["(x € 1.000)", "2026", "2027", "2028", "2029"],
                ["Ondersteuningsbudget Rijk", "6.310", "6.250", "6.190", "6.130"],
                ["Afdrachten so en sbo", "2.640", "2.620", "2.600", "2.580"],
                ["Budgetten besturen", "1.900", "1.880", "1.860", "1.840"],
                ["Terugkeerarrangementen", "60", "60", "60", "60"],
                ["Ambulante dienst en consulenten", "980", "980", "970", "970"],
                ["Bureau", "610", "610", "600", "600"],
                ["Saldo", "120", "100", "100", "80"]),
          ]
    b += [H1("9 Ouders"),
          P("""Door de nieuwe wetgeving over de positie van ouders en leerlingen verandert er veel. Dit
          hoofdstuk wordt opnieuw geschreven zodra de wet in werking treedt; de nieuwe tekst wordt als
          addendum aan dit plan toegevoegd."""),
          ]
    b += [H1("10 Organisatie"), H2("10.1 Bestuur")] + f_governance(c)
    b += [H2("10.2 OPR")] + f_opr(c, met_ouders=False)
    b += [H2("10.3 Personeel")] + f_personeel(c)
    b += [H2("10.4 Kennisdeling")] + f_kennis(c)
    b += [H2("10.5 Privacy")] + f_ict(c)
    b += [H2("10.6 Communicatie met scholen en huisvesting bureau")] + f_intern(c)
    b += [H2("10.7 Samenwerkingsverbanden in de omgeving")] + f_buren(c)
    b += [H2("10.8 Risicomanagement"),
          P("""De belangrijkste financiële risico's voor het samenwerkingsverband zijn de daling van het
          aantal leerlingen in de regio, die leidt tot een lagere rijksbijdrage, en een onverwachte
          stijging van het aantal leerlingen in het so, die leidt tot hogere afdrachten. Het bestuur
          heeft de risico's gekwantificeerd op € 640.000. Het weerstandsvermogen bedraagt eind 2025
          € 1,1 miljoen en is daarmee toereikend. De raad van toezicht bespreekt de risico's twee keer
          per jaar."""),
          P("""Daarnaast kent het samenwerkingsverband organisatorische risico's, zoals de afhankelijkheid
          van een klein aantal sleutelpersonen op het bureau en de kwetsbaarheid van de digitale
          systemen. Voor sleutelfuncties is een vervangingsregeling opgesteld, en de
          informatiebeveiliging wordt jaarlijks getoetst door een externe partij."""),
          ]
    b += [H1("11 Planning")] + f_planning(c)
    b += [H1("Begrippenlijst"),
          TABLE(["Begrip", "Betekenis"],
                ["Dekkend aanbod", "Voor ieder kind is er een passende plek in de regio."],
                ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
                ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat."],
                ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so; criteria via de website."],
                ["Arrangement", "Extra ondersteuning bovenop de basisondersteuning."])]
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present",
                      ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "3.1 binding common level for all 44 schools (with catch-up rule); 3.2 standards only on the website.",
               "plaatsing": "Ch. 4 only refers to the website page 'TLV aanvragen'; TLV otherwise only in begrippenlijst.",
               "terugstroom": "Ch. 5 policy (5.1), numbered steps with actors and dates (5.2), terugkeerarrangement (5.3); figures in 7.1/7.3.",
               "financien": "8.1 verdeelmodel deferred to a future bijlage; 8.2 meerjarenbegroting table with amounts covers besteding.",
               "dekkend-aanbod": "Ch. 6 only announces a 2026 study; 'Dekkend aanbod'/'Thuiszitter' only in begrippenlijst; OOGO only as a procedural date in 1.4.",
               "resultaten": "7.1 measurable doelen, 7.2 measurement and reporting cycle, 7.3 achieved figures.",
               "ouders": "Ch. 9 only defers to an addendum; OJSP only in begrippenlijst; OPR described without parent composition."})
    return "po-veenkolonien-oost-2026-2030", b, "Ondersteuningsplan 2026-2030 | SWV PO Veenkoloniën-Oost | ouders - dekkend aanbod", label


# ---------------------------------------------------------------------------
# Near-miss: a single school's own "ondersteuningsplan" (PDF), not an SWV plan.
# ---------------------------------------------------------------------------

def nearmiss_school():
    b = [("title", ["Ondersteuningsplan 2025-2026", "OBS De Vlinderhof, Lauwerzijl",
                    "Zorgstructuur en ondersteuning binnen onze school"]),
         ("toc", None),
         H1("1 Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe OBS De Vlinderhof de ondersteuning aan leerlingen
         organiseert in het schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en
         de directeur, besproken in het team en ter informatie voorgelegd aan de
         medezeggenschapsraad. Het plan wordt ieder schooljaar geactualiseerd. Onze school is
         aangesloten bij het samenwerkingsverband passend onderwijs in de regio; de afspraken van het
         samenwerkingsverband staan in het ondersteuningsplan van het samenwerkingsverband, dat op de
         website van het samenwerkingsverband te vinden is."""),
         H1("2 Onze school"),
         P("""De Vlinderhof telt 212 leerlingen in negen groepen. Het team bestaat uit veertien
         leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten en een
         vakleerkracht bewegingsonderwijs. De school werkt met combinatiegroepen in de onderbouw en
         met een plusgroep op donderdagmiddag."""),
         H1("3 Zorgniveaus"),
         H2("3.1 Niveau 1: algemene zorg in de groep"),
         P("""Iedere leerling krijgt goed onderwijs in de groep, met instructie op drie niveaus volgens
         het directe instructiemodel. De leerkracht volgt de leerlingen met de methodegebonden toetsen
         en twee keer per jaar met de toetsen van het leerlingvolgsysteem."""),
         H2("3.2 Niveau 2: extra zorg in de groep"),
         P("""Leerlingen die meer nodig hebben, krijgen verlengde instructie of extra oefentijd. De
         leerkracht legt dit vast in het groepsplan en bespreekt het in de groepsbespreking met de
         intern begeleider."""),
         H2("3.3 Niveau 3: speciale zorg na interne consultatie"),
         P("""Als de extra zorg onvoldoende helpt, bespreekt de leerkracht de leerling in een
         leerlingbespreking met de intern begeleider. Er wordt een individueel handelingsplan
         opgesteld voor zes tot acht weken."""),
         H2("3.4 Niveau 4: speciale zorg na externe consultatie"),
         P("""Bij blijvende zorgen vraagt de intern begeleider advies aan de consulent van het
         samenwerkingsverband of aan een externe deskundige. Ouders worden hierover altijd vooraf
         geïnformeerd en geven toestemming voor onderzoek."""),
         H2("3.5 Niveau 5: verwijzing"),
         P("""Wanneer de school niet kan bieden wat een leerling nodig heeft, kan het schoolbestuur bij
         het samenwerkingsverband een toelaatbaarheidsverklaring aanvragen voor het speciaal
         basisonderwijs of het speciaal onderwijs. De intern begeleider stelt daarvoor samen met de
         ouders het groeidocument op. Het samenwerkingsverband beslist over de aanvraag."""),
         H1("4 Basisondersteuning op De Vlinderhof"),
         P("""Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband.
         Daarnaast hebben wij expertise op het gebied van dyslexie (gecertificeerd leesspecialist),
         rekenen en meer- en hoogbegaafdheid. In ons schoolondersteuningsprofiel staat welke
         ondersteuning wij wel en niet kunnen bieden."""),
         H1("5 Groepsbesprekingen en jaarplanning zorg"),
         TABLE(["Maand", "Activiteit"],
               ["September", "Startgesprekken met ouders en leerlingen; groepsoverdracht"],
               ["Oktober", "Eerste groepsbespreking"],
               ["Januari/februari", "Toetsperiode leerlingvolgsysteem; tweede groepsbespreking"],
               ["Maart", "Leerlingbesprekingen; adviesgesprekken groep 8"],
               ["Juni", "Toetsperiode; groepsbespreking en overdracht naar volgend jaar"]),
         H1("6 Ouders"),
         P("""Ouders zijn onze partners. Zij worden bij iedere stap betrokken: bij het opstellen van een
         handelingsplan of ontwikkelingsperspectief, bij een aanvraag voor extra ondersteuning en bij
         een eventuele verwijzing. Ouders die vragen hebben over de ondersteuning, kunnen altijd
         terecht bij de leerkracht en de intern begeleider. Voor onafhankelijk advies kunnen zij
         contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband."""),
         H1("7 Middelen"),
         P("""De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het
         samenwerkingsverband. In 2025-2026 gaat het om € 34.900. Dit bedrag besteden wij aan de
         onderwijsassistenten (€ 24.000), de plusgroep (€ 6.400) en scholing van het team
         (€ 4.500)."""),
         H1("8 Evaluatie"),
         P("""Aan het einde van het schooljaar evalueert het team de zorgstructuur. Doelen voor dit jaar:
         alle groepsplannen zijn actueel, en 80 procent van de leerlingen met een handelingsplan
         haalt de gestelde doelen. De resultaten worden opgenomen in het jaarverslag van de
         school."""),
         H1("Begrippen"),
         P("""IB: intern begeleider. OPP: ontwikkelingsperspectief. SOP: schoolondersteuningsprofiel.
         SWV: samenwerkingsverband. TLV: toelaatbaarheidsverklaring.""")]
    label = dict(sector="po", looks_like_plan=False, elements={}, criteria={},
                 notes={"document": "A single basisschool's internal zorgplan titled 'ondersteuningsplan' (zorgniveaus 1-5, groepsbesprekingen, school budget); no SWV as author, no OPR/OOGO/planperiode, refers to the SWV's own plan elsewhere."})
    return "po-obs-devlinderhof-schoolondersteuningsplan", b, "OBS De Vlinderhof | Ondersteuningsplan 2025-2026", label


# ---------------------------------------------------------------------------

def yaml_label(docs, label):
    import yaml
    lines = ["documents: [%s]" % ", ".join(docs),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    if label["elements"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % kv for kv in label["elements"].items()))
    else:
        lines.append("elements: {}")
    if label["criteria"]:
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append("  %s: %s" % (k, "true" if v else "false"))
    else:
        lines.append("criteria: {}")
    if label.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        for k, v in label["advisory_addressed"].items():
            lines.append("  %s: [%s]" % (k, ", ".join(v)))
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append("  %s: %s" % (k, yaml.safe_dump(v, allow_unicode=True, width=10000,
                                                     default_style='"').strip()))
    return "\n".join(lines) + "\n"


def main():
    plans = [
        (plan_lauwerzijl, ["docx"]),
        (plan_maasenheide, ["docx", "pdf"]),
        (plan_rivierenhof, ["docx", "pdf"]),
        (plan_kempenrand, ["docx"]),
        (plan_veenoost, ["html"]),
        (nearmiss_school, ["pdf"]),
    ]
    for fn, fmts in plans:
        name, blocks, header, label = fn()
        docs = []
        if "docx" in fmts or "pdf" in fmts:
            dpath = OUT / (name + ".docx")
            render_docx(blocks, header, dpath)
            if "pdf" in fmts:
                to_pdf(dpath, OUT / (name + ".pdf"))
            if "docx" in fmts:
                docs.append(name + ".docx")
            else:
                dpath.unlink()
            if "pdf" in fmts:
                docs.append(name + ".pdf")
        if "html" in fmts:
            render_html(blocks, header, OUT / (name + ".html"))
            docs.append(name + ".html")
        (OUT / (name + ".expected.yaml")).write_text(yaml_label(docs, label), encoding="utf-8")
        print("%-50s %5d words  %s" % (name, words(blocks), ", ".join(docs)))


if __name__ == "__main__":
    sys.exit(main())
