#!/usr/bin/env python3
"""Generate the holdout47 test set for opcheck.

Six fictional documents (five ondersteuningsplannen of samenwerkingsverbanden passend onderwijs
and one near-miss school document) plus their label files are written to the folder above this
script (samples/holdout47/).  Deterministic, no network.  PDFs are rendered from .docx with
LibreOffice (soffice --headless --convert-to pdf).

Style focus: unusual plan situations (newly merged verband, one-year extension, plan with an
English summary, plan organised around 'bouwstenen', small verband written by one person).
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("h3", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [header], [[row], ...]) ("toc", [lines])
#   ("pagebreak",)
# --------------------------------------------------------------------------------------------

def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "holdout47"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout47"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            d.add_paragraph(b[1], style="Subtitle")
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "h3":
            d.add_heading(b[1], level=3)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in b[1]:
                d.add_paragraph(line)
        elif kind == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.cell(0, i).text = h
                for r in t.cell(0, i).paragraphs[0].runs:
                    r.bold = True
            for ri, row in enumerate(rows, start=1):
                for ci, val in enumerate(row):
                    t.cell(ri, ci).text = val
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed entry timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_md(blocks, path):
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
        elif kind == "h3":
            out.append("#### " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(b[1])) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n")
            out.append("\n".join("- " + line for line in b[1]) + "\n")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "|".join("---" for _ in hdr) + "|")
            for row in rows:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render_html(blocks, path, title, header=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title),
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto} table{border-collapse:collapse}"
           " td,th{border:1px solid #999;padding:3px 6px} .toc{background:#eef;padding:1em}"
           " header,footer{color:#666;font-size:small}</style>",
           "</head>", "<body>"]
    if header:
        out.append("<header>%s</header>" % e(header))
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif kind == "sub":
            out.append('<p class="subtitle"><em>%s</em></p>' % e(b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(it) for it in b[1]) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % e(it) for it in b[1]) + "</ol>")
        elif kind == "toc":
            out.append('<nav class="toc"><strong>Inhoud</strong><ul>'
                       + "".join("<li>%s</li>" % e(line) for line in b[1]) + "</ul></nav>")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            out.append("<table><thead><tr>" + "".join("<th>%s</th>" % e(h) for h in hdr) + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out.append("</main>")
    if header:
        out.append("<footer>%s</footer>" % e(header))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_name):
    tmp = tempfile.mkdtemp(prefix="holdout47_")
    try:
        src = os.path.join(tmp, os.path.splitext(pdf_name)[0] + ".docx")
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(tmp, pdf_name), os.path.join(OUT, pdf_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for c in b[1])
            n += sum(len(c.split()) for row in b[2] for c in row)
    return n


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ============================================================================================
# Plan A: PO, newly merged verband (docx + pdf)
# ============================================================================================

def plan_a():
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("sub", "Eén verband, één koers — Samenwerkingsverband Passend Primair Onderwijs Maas en Linge (PO 30-11)"),
          ("p", "Ontstaan op 1 januari 2026 uit de fusie van SWV De Linge (PO 30-10) en SWV Maasoever (PO 30-12). "
                "Vastgesteld door het bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad op 7 april 2026. "
                "Planperiode: 1 augustus 2026 tot en met 31 juli 2030."),
          ("pagebreak",),
          ("toc", ["1  Voorwoord .......... 3",
                   "2  Van twee verbanden naar één .......... 4",
                   "3  Missie, visie en koers .......... 6",
                   "4  Wat elke school biedt: basisondersteuning .......... 8",
                   "5  Het ondersteuningscontinuüm en het dekkend aanbod .......... 11",
                   "6  Toelaatbaarheid tot sbo en so .......... 14",
                   "7  Geld: twee verdeelmodellen worden één .......... 18",
                   "8  Resultaten en monitoring .......... 21",
                   "9  Communicatie .......... 23",
                   "10 Bestuur, toezicht en medezeggenschap .......... 25",
                   "11 Personeel en organisatie .......... 27",
                   "12 ICT, gegevens en privacy .......... 28",
                   "13 Planning, OOGO en vaststelling .......... 29",
                   "Bijlage A  Begrippenlijst .......... 31",
                   "Bijlage B  Meerjarenbegroting 2026-2030 (wordt nagezonden)"]),
          ("pagebreak",)]

    B += [("h1", "1 Voorwoord"),
          ("p", "Voor u ligt het eerste ondersteuningsplan van Samenwerkingsverband Passend Primair Onderwijs Maas en Linge. "
                "Op 1 januari 2026 zijn de samenwerkingsverbanden De Linge en Maasoever juridisch samengegaan. Daarmee kwam een "
                "einde aan ruim twaalf jaar waarin twee verbanden naast elkaar werkten in een gebied dat voor ouders, scholen en "
                "gemeenten eigenlijk altijd al één regio was. Kinderen uit Geldermalsen gingen naar het speciaal onderwijs in "
                "Tiel, leerkrachten uit Zaltbommel volgden scholing in Culemborg, en gemeenten voerden twee keer hetzelfde "
                "overleg. De fusie maakt die werkelijkheid nu ook bestuurlijk zichtbaar."),
          ("p", "Een fusie is meer dan het optellen van twee organisaties. In de voorbereiding hebben we gemerkt hoe verschillend "
                "de twee verbanden werkten: het ene verband verdeelde de middelen grotendeels naar de schoolbesturen, het andere "
                "hield een groot deel bovenschools om arrangementen te bekostigen. Het ene verband had een loket met een eigen "
                "orthopedagoog, het andere werkte met consulenten die aan scholen waren gekoppeld. Beide werkwijzen hadden hun "
                "sterke kanten. In dit plan kiezen we per onderwerp een gezamenlijke lijn, en waar dat nog niet mogelijk is, "
                "zeggen we eerlijk dat we nog onderweg zijn."),
          ("p", "Dit plan is geschreven door een werkgroep met directeuren, intern begeleiders, twee leden van de "
                "ondersteuningsplanraad en medewerkers van beide voormalige bureaus. We danken iedereen die heeft meegelezen, "
                "in het bijzonder de ouders en leerkrachten in de ondersteuningsplanraad die ons scherp hielden op de vraag wat "
                "dit plan betekent voor een kind in de klas. Ook de vijf gemeenten in onze regio danken we voor het constructieve "
                "overleg. Wij hopen dat dit plan een stevige basis legt voor de komende vier jaar."),
          ("p", "Drs. H. (Henriëtte) van Wijk, directeur-bestuurder")]

    B += [("h1", "2 Van twee verbanden naar één"),
          ("h2", "2.1 Aanleiding voor de fusie"),
          ("p", "Het besluit om te fuseren werd in 2023 voorbereid. Beide verbanden waren relatief klein, de bureaus waren "
                "kwetsbaar bij ziekte en vertrek van medewerkers, en de gemeenten vroegen om één aanspreekpunt. Daarnaast "
                "overlapten de werkgebieden: twee van de vijf gemeenten lagen deels in het ene en deels in het andere verband. "
                "Na een verkenning door een extern bureau en een zorgvuldige consultatie van de medezeggenschap besloten de "
                "algemene vergaderingen van beide verbanden in juni 2024 tot een juridische fusie per 1 januari 2026."),
          ("h2", "2.2 Het verband in cijfers"),
          ("table", ["Kenmerk", "Voormalig De Linge", "Voormalig Maasoever", "Maas en Linge"],
           [["Schoolbesturen", "5", "5", "9 (één bestuur was in beide actief)"],
            ["Basisscholen (vestigingen)", "31", "27", "58"],
            ["Scholen voor sbo", "2", "1", "3"],
            ["So-locaties cluster 3 en 4", "2", "2", "4"],
            ["Leerlingen op 1 oktober 2025", "8.950", "7.960", "16.910"],
            ["Gemeenten", "3", "3", "5"]]),
          ("p", "De cijfers laten zien dat het nieuwe verband een middelgroot verband is. De leerlingaantallen dalen licht, met "
                "naar verwachting 3 procent krimp over de planperiode. Die daling raakt vooral de kleine dorpsscholen in het "
                "oostelijk deel van de regio."),
          ("h2", "2.3 Wat de fusie betekent voor scholen en ouders"),
          ("p", "Voor ouders verandert er in de dagelijkse praktijk weinig: hun kind blijft op dezelfde school, de intern "
                "begeleider blijft het eerste aanspreekpunt en lopende arrangementen lopen door tot het einde van de afgesproken "
                "periode. Toelaatbaarheidsverklaringen die door een van de voormalige verbanden zijn afgegeven, blijven geldig tot "
                "de einddatum die erop staat. Voor scholen verandert er meer: er komt één loket, één verdeelmodel en één "
                "werkwijze voor de basisondersteuning. In de hoofdstukken hierna beschrijven we die keuzes."),
          ("h2", "2.4 Overgangsafspraken"),
          ("p", "Tijdens het overgangsjaar 2025-2026 werkten beide bureaus al samen onder één directeur-bestuurder. Lopende "
                "aanvragen zijn afgehandeld volgens de regels van het verband waar ze waren ingediend. Vanaf 1 augustus 2026 geldt "
                "voor alle scholen uitsluitend dit ondersteuningsplan. Reglementen, protocollen en formats van de voormalige "
                "verbanden vervallen op die datum, tenzij dit plan uitdrukkelijk anders bepaalt.")]

    B += [("h1", "3 Missie, visie en koers"),
          ("p", "Onze missie is kort: elk kind in Maas en Linge krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij "
                "huis. Wij geloven dat kinderen het meest leren in een omgeving waar ze zich gezien voelen, samen met kinderen uit "
                "hun eigen dorp of wijk. Speciaal onderwijs is er voor kinderen die dat echt nodig hebben, en dan met volle "
                "overtuiging en kwaliteit."),
          ("p", "In onze visie is passend onderwijs een gezamenlijke verantwoordelijkheid van schoolbesturen, scholen, ouders en "
                "partners in de jeugdhulp. Het samenwerkingsverband is geen instantie die over kinderen beslist, maar een "
                "organisatie die scholen helpt om zelf zo veel mogelijk te kunnen bieden. We werken vanuit vertrouwen, maar ook "
                "vanuit afspraken die we met elkaar maken en nakomen. Ouders zijn daarin partner: zij kennen hun kind het best."),
          ("p", "Voor de planperiode 2026-2030 kiezen we vier koerspunten: (1) één sterke basis op alle scholen, (2) snelle en "
                "heldere toegang tot extra ondersteuning, (3) minder kinderen die buiten het onderwijs vallen en (4) een "
                "transparante inzet van middelen. Deze koerspunten komen in de volgende hoofdstukken terug. Het zijn geen "
                "doelen op zichzelf; ze geven richting aan de keuzes die we maken."),
          ("p", "We hebben ook nagedacht over wat we niet willen. We willen geen verband dat steeds meer taken naar zich toe trekt "
                "en steeds meer regels maakt. We willen geen procedures die ouders en scholen maanden laten wachten. En we willen "
                "geen middelen op de plank laten liggen terwijl scholen handen tekortkomen. Die voornemens vragen om discipline "
                "van het bureau en om vertrouwen van de besturen.")]

    B += [("h1", "4 Wat elke school biedt: basisondersteuning"),
          ("h2", "4.1 Eén niveau voor alle scholen"),
          ("p", "De twee voormalige verbanden hanteerden elk een eigen beschrijving van de basisondersteuning. Het bestuur heeft op "
                "10 februari 2026, na advies van de directeurenkring, één niveau van basisondersteuning vastgesteld. Dit niveau "
                "is de ondergrens die elke vestiging van elke basisschool in Maas en Linge vanaf 1 augustus 2026 biedt, ongeacht "
                "het bestuur, de grootte of de ligging van de school. Een school mag meer bieden, en veel scholen doen dat ook, "
                "maar geen enkele school biedt minder. Wat boven dit niveau uitgaat, noemen we extra ondersteuning; daarvoor kan "
                "een school een arrangement aanvragen (hoofdstuk 5)."),
          ("h2", "4.2 De inhoud van de basisondersteuning"),
          ("p", "In de tabel hieronder staat wat ouders op iedere school mogen verwachten. De tabel is het gezamenlijke "
                "referentiekader; scholen nemen haar over in hun schoolondersteuningsprofiel en in de schoolgids."),
          ("table", ["Domein", "Wat elke school in Maas en Linge biedt"],
           [["Ondersteuningsstructuur", "Een intern begeleider met minimaal één dag per week per 150 leerlingen; een "
             "ondersteuningsteam (school, consulent van het verband, schoolmaatschappelijk werk of jeugdverpleegkundige) dat "
             "minimaal zes keer per jaar bijeenkomt; een ontwikkelingsperspectief (OPP) voor ieder kind met een eigen leerlijn."],
            ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; drie keer per week extra "
             "leesinstructie in een kleine groep voor kinderen die uitvallen; begeleiding van het vergoede dyslexieonderzoek."],
            ["Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; verlengde instructie en inzet van concreet materiaal; "
             "handelingsplan voor kinderen met hardnekkige rekenproblemen."],
            ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociale veiligheid (bijvoorbeeld PBS of "
             "Kanjertraining); jaarlijkse monitoring van welbevinden; een gedragsplan in samenspraak met ouders; één leerkracht "
             "per school geschoold in de aanpak van gedragsproblemen."],
            ["Meer- en hoogbegaafdheid", "Signalering met een vastgesteld instrument in groep 1-2 en groep 4; compacten en "
             "verrijken in de eigen groep; toegang tot de bovenschoolse plusklas."],
            ["Taal en nieuwkomers", "Basisaanbod NT2 in de eigen groep; intake met tolk indien nodig; doorverwijzing naar de "
             "taalklas voor nieuwkomers in hun eerste jaar."],
            ["Medisch en fysiek", "Een protocol medisch handelen; aanpassingen aan het gebouw binnen redelijke grenzen; "
             "afspraken met ouders over medicatie."],
            ["Samenwerking met ketenpartners", "Vaste contactpersoon van het lokale team van de gemeente; "
             "schoolmaatschappelijk werk op afroep binnen twee weken."]]),
          ("h2", "4.3 Borging"),
          ("p", "Elke school legt eenmaal per twee jaar verantwoording af over de basisondersteuning met de kwaliteitskaart "
                "Basisondersteuning Maas en Linge. Een consulent van het verband bespreekt de kaart met de directeur en de intern "
                "begeleider en bezoekt daarbij twee groepen. Scoort een school op een of meer domeinen onder de ondergrens, dan "
                "maakt de school binnen drie maanden een verbeterplan met het bestuur. Het bureau rapporteert jaarlijks aan het "
                "bestuur welke scholen een verbeterplan hebben en of dat is afgerond."),
          ("p", "De scholen die uit het voormalige verband Maasoever komen, werkten al met een kwaliteitskaart. Voor de scholen "
                "uit De Linge is dit nieuw. In het schooljaar 2026-2027 worden daarom alle 58 scholen bezocht, zodat we een "
                "gezamenlijk beeld krijgen van het startniveau.")]

    B += [("h1", "5 Het ondersteuningscontinuüm en het dekkend aanbod"),
          ("h2", "5.1 Van basis naar specialistisch"),
          ("p", "Het ondersteuningsaanbod in Maas en Linge bestaat uit vier lagen die op elkaar aansluiten. Een kind gaat alleen "
                "naar een volgende laag als de vorige niet voldoende is, en waar het kan keert het terug."),
          ("ol", ["Laag 1, basisondersteuning op de eigen school, zoals beschreven in hoofdstuk 4.",
                  "Laag 2, een arrangement op de eigen school: extra handen in de groep, ambulante begeleiding door een "
                  "specialist uit het so, een individuele leerlijn of een combinatie met jeugdhulp. De school vraagt het "
                  "arrangement aan bij het Loket; een consulent beslist binnen vier weken.",
                  "Laag 3, een bovenschoolse voorziening voor een deel van de week: de plusklas (twee locaties), de taalklas "
                  "voor nieuwkomers in Zaltbommel, de observatiegroep Kompas voor jonge kinderen in Tiel en de "
                  "leesgroepen van het Lees Expertise Punt.",
                  "Laag 4, het speciaal basisonderwijs (sbo De Springplank, sbo De Regenboog, sbo Het Baken) en het speciaal "
                  "onderwijs cluster 3 en 4 op vier locaties, waarvoor een toelaatbaarheidsverklaring nodig is (hoofdstuk 6)."]),
          ("p", "Samen vormen deze lagen het samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen. "
                "Voor kinderen die zowel onderwijs als zorg nodig hebben, sluiten we onderwijs-zorgarrangementen af met de "
                "gemeente en de zorgaanbieder; de afspraken daarover zijn gemaakt in het OOGO van 3 maart 2026."),
          ("h2", "5.2 Waar het aanbod nog niet sluit"),
          ("p", "Elk jaar in november bespreken het bureau en de besturen de zogenoemde dekkingsanalyse. We kijken dan naar drie "
                "bronnen: de thuiszittersregistratie van de leerplichtambtenaren (peildatum 1 oktober), de wachttijden voor "
                "arrangementen en bovenschoolse voorzieningen, en de signalen uit de ondersteuningsteams over kinderen voor wie "
                "geen passende plek te vinden was. Op 1 oktober 2025 stonden in de regio 23 kinderen als thuiszitter "
                "geregistreerd, van wie 9 langer dan drie maanden."),
          ("p", "Uit de analyse van 2025 bleek één duidelijke witte vlek: in het Linge-deel van de regio is geen voorziening voor "
                "jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen; zij moesten naar Tiel reizen of bleven thuis. Per "
                "1 augustus 2027 start daarom een tweede observatiegroep in Culemborg voor maximaal 10 kinderen. Een tweede "
                "knelpunt is de wachttijd bij het so cluster 4, die in 2025 opliep tot vijf maanden. Met het so-bestuur is "
                "afgesproken dat een kind op de wachtlijst vanaf de eerste week een tussenarrangement krijgt op de eigen school."),
          ("p", "Lukt het een school niet om binnen zes weken een passend aanbod te doen voor een aangemeld kind, dan schakelt de "
                "school het Loket in. De directeur-bestuurder heeft doorzettingsmacht: zij kan een bestuur vragen een kind "
                "tijdelijk te plaatsen en het verband betaalt dan het benodigde arrangement. Zo voorkomen we dat de zorgplicht "
                "tussen besturen heen en weer wordt geschoven.")]

    B += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Wie vraagt aan en hoe"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt aangevraagd "
                "door het bestuur van de school waar het kind is ingeschreven, in de praktijk de directeur of intern begeleider "
                "namens het bestuur. Bij een kind dat nog niet op een school staat, vraagt het bestuur van de school van aanmelding "
                "aan. De aanvraag gaat digitaal naar het Loket van Maas en Linge en bevat het groeidocument of OPP, het "
                "onderwijskundig rapport, de verslagen van ten minste twee ondersteuningsteambesprekingen en de zienswijze van "
                "de ouders."),
          ("ol", ["Stap 1: het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                  "Stap 2: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: altijd een orthopedagoog of "
                  "psycholoog, en daarnaast, afhankelijk van de vraag, een kinderpsychiater, maatschappelijk werker, "
                  "jeugdarts of pedagoog. De deskundigen zijn niet eerder bij de aanvraag betrokken geweest.",
                  "Stap 3: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier.",
                  "Stap 4: ouders en school ontvangen het besluit en een kopie van beide adviezen."]),
          ("h2", "6.2 Wanneer is een kind toelaatbaar"),
          ("p", "De commissie hanteert voor het sbo en het so verschillende criteria. Een kind is toelaatbaar tot het sbo als de "
                "ondersteuningsbehoefte blijvend uitstijgt boven wat de basisschool met een arrangement kan bieden, als er "
                "minimaal zes maanden een arrangement is ingezet en geëvalueerd, en als het kind gebaat is bij een kleinere groep "
                "met een intensievere pedagogische en didactische aanpak. Een kind is toelaatbaar tot het so als daarnaast sprake "
                "is van een ernstige beperking of stoornis die een specialistische setting vraagt die het sbo niet kan bieden, "
                "zoals een verstandelijke beperking, een langdurige ziekte of ernstige psychiatrische problematiek."),
          ("h2", "6.3 Duur en categorie"),
          ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, tenzij de commissie een kortere "
                "duur kiest. Een TLV voor het so geldt voor twee schooljaren en loopt af op 31 juli. De commissie kent bij het so "
                "een bekostigingscategorie toe: laag voor de meeste kinderen in cluster 4 en met een verstandelijke beperking, "
                "midden voor kinderen met een lichamelijke beperking of langdurige ziekte, hoog voor meervoudig beperkte kinderen."),
          ("h2", "6.4 Bezwaar"),
          ("p", "Ouders of het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
                "verband. Het verband legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
                "en beslist daarna opnieuw."),
          ("h2", "6.5 Na afloop van de geldigheidsduur"),
          ("p", "Een TLV is geen eindstation. Wij vinden dat een kind dat zich in het sbo of so goed heeft ontwikkeld, de kans moet "
                "krijgen om terug te keren naar een basisschool, bij voorkeur in de eigen woonplaats. Terugkeer is het "
                "uitgangspunt zodra het OPP laat zien dat het kind de ondersteuning van de basisschool, aangevuld met een "
                "arrangement, aankan en ouders dat ook zien zitten. Voorwaarde is dat er een basisschool is die het kind met "
                "een warme overdracht kan opvangen."),
          ("p", "Werkwijze: in het laatste jaar van de TLV bespreekt de sbo- of so-school vóór 1 februari in de OPP-evaluatie met "
                "de ouders of terugkeer mogelijk is. Als dat zo is, organiseert de school vóór 1 april een overleg met de ouders, de "
                "beoogde basisschool en de consulent van het verband. De consulent stelt daarna een overgangsarrangement vast: "
                "gedurende ten minste twintig weken begeleidt een ambulant begeleider van de sbo- of so-school het kind en de "
                "leerkracht op de nieuwe school, betaald door het verband. Is terugkeer niet verantwoord, dan vraagt het bestuur "
                "van de sbo- of so-school vóór 1 april een nieuwe TLV aan en gelden de stappen van paragraaf 6.1. Na een half jaar "
                "evalueert de consulent met ouders en school hoe de terugkeer verloopt.")]

    B += [("h1", "7 Geld: twee verdeelmodellen worden één"),
          ("h2", "7.1 Uitgangspunten"),
          ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na aftrek van de verplichte "
                "afdrachten aan het sbo en so, die DUO rechtstreeks verrekent, blijft een bedrag over dat het verband verdeelt. "
                "De voormalige verbanden deden dat op verschillende manieren. Het bestuur heeft op 10 februari 2026 een nieuw, "
                "gezamenlijk verdeelmodel vastgesteld, na advies van de directeurenkring en de ondersteuningsplanraad."),
          ("h2", "7.2 Het verdeelmodel vanaf 1 augustus 2026"),
          ("table", ["Onderdeel", "Aandeel", "Verdeling"],
           [["Schoolbudget aan de besturen", "65%", "€ 142 per leerling op basis van de teldatum 1 oktober, plus een vaste "
             "voet van € 6.000 per vestiging; uitbetaling in twee termijnen"],
            ["Arrangementenbudget", "20%", "Op aanvraag van de school via het Loket, volgens de criteria van hoofdstuk 5"],
            ["Bovenschoolse voorzieningen", "10%", "Budget per voorziening op basis van het aantal plaatsen"],
            ["Bureau en ondersteuningsplanraad", "5%", "Begroting van het bureau"]]),
          ("p", "Omdat het schoolbudget voor scholen uit het voormalige verband De Linge lager uitvalt dan ze gewend waren, "
                "geldt een overgangsregeling: het verschil wordt in 2026-2027 voor 75 procent en in 2027-2028 voor 50 procent "
                "gecompenseerd. Vanaf 2028-2029 geldt het model volledig."),
          ("h2", "7.3 Verantwoording door de besturen"),
          ("p", "Besturen verantwoorden jaarlijks vóór 1 november met een vast format waaraan zij het schoolbudget hebben "
                "besteed, uitgesplitst naar personeel, scholing en materialen. Het bureau bundelt die verantwoording en bespreekt "
                "haar met de ondersteuningsplanraad."),
          ("h2", "7.4 Reserves"),
          ("p", "Bij de fusie brachten beide verbanden hun eigen reserves in. De signaleringswaarde voor bovenmatige reserves "
                "berekenen we opnieuw zodra de eerste jaarrekening van het gefuseerde verband is vastgesteld. De bestuurlijke "
                "afspraak is dat het verband een weerstandsvermogen van ten hoogste 3,5 procent van de totale baten aanhoudt."),
          ("h2", "7.5 Meerjarenbegroting"),
          ("p", "De meerjarenbegroting 2026-2030 van het gefuseerde verband is bij het vaststellen van dit plan nog niet "
                "beschikbaar, omdat de jaarrekeningen 2025 van beide voormalige verbanden pas in juni 2026 worden vastgesteld. "
                "De meerjarenbegroting wordt als bijlage B nagezonden en na instemming van de ondersteuningsplanraad aan dit plan "
                "toegevoegd."),
          ("table", ["Post", "2026", "2027", "2028", "2029"],
           [["Baten ondersteuningsmiddelen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Arrangementen en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]])]

    B += [("h1", "8 Resultaten en monitoring"),
          ("h2", "8.1 Wat we willen bereiken"),
          ("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor kinderen die extra ondersteuning nodig hebben "
                "vastgesteld. Ze zijn afgeleid van de koerspunten in hoofdstuk 3."),
          ("table", ["Beoogd resultaat", "Streefwaarde", "Uiterlijk"],
           [["Kinderen met een arrangement maken vorderingen volgens hun OPP", "85% van de arrangementen behaalt de "
             "doelen bij de eindevaluatie", "2028"],
            ["Minder langdurig thuiszittende kinderen", "Ten hoogste 4 kinderen langer dan drie maanden thuis", "1 oktober 2028"],
            ["Snelle toegang tot een arrangement", "90% van de besluiten binnen vier weken", "2027"],
            ["Deelname sbo en so op het landelijk gemiddelde", "Gezamenlijk deelnamepercentage ten hoogste 3,1%", "2030"],
            ["Kinderen keren vaker terug naar de basisschool", "Ten minste 12 terugplaatsingen per jaar", "2029"]]),
          ("h2", "8.2 Hoe we de resultaten volgen"),
          ("p", "De twee voormalige verbanden registreerden hun gegevens in verschillende systemen en met verschillende "
                "definities. De cijfers over de afgelopen planperiode zijn daardoor niet vergelijkbaar en nemen we in dit plan "
                "niet op. De wijze waarop we de resultaten gaan meten, volgen en verantwoorden, werken we uit zodra de beide "
                "monitors zijn samengevoegd. Een voorstel daarvoor volgt in het najaar van 2026.")]

    B += [("h1", "9 Communicatie"),
          ("h2", "9.1 Eén verband, één gezicht"),
          ("p", "Met de fusie krijgt het verband een nieuwe naam, een nieuw logo en een nieuwe website. Dat is meer dan "
                "huisstijl: voor ouders en scholen moet in één oogopslag duidelijk zijn waar zij terechtkunnen."),
          ("h2", "9.2 Hoe ouders informatie krijgen"),
          ("p", "Ouders vinden op www.maasenlinge-po.nl een ouderpagina met uitleg over de basisondersteuning, de arrangementen, "
                "de bovenschoolse voorzieningen en de toelaatbaarheidsprocedure. De ouderfolder 'Passend onderwijs in Maas en "
                "Linge' ligt op elke school en is beschikbaar in het Nederlands, Engels, Arabisch, Pools en Turks. Elke school "
                "beschrijft in de schoolgids welke ondersteuning zij biedt. Twee keer per jaar organiseert het verband per "
                "gemeente een informatieavond voor ouders. Een ouder die vragen heeft over de ondersteuning van zijn kind, kan "
                "daarnaast bellen met de ouderlijn van het bureau (op werkdagen van 9 tot 12 uur)."),
          ("h2", "9.3 Onafhankelijke hulp voor ouders"),
          ("p", "Soms lopen ouders vast, of zijn zij het niet eens met de school of het verband. Zij kunnen dan terecht bij het "
                "Ouder- en Jeugdsteunpunt Rivierenland, dat door het verband wordt gefinancierd maar onafhankelijk werkt onder "
                "een eigen stichting. Het steunpunt is bereikbaar via telefoon, e-mail en een inloopspreekuur in Tiel. Ook kunnen "
                "ouders gratis een beroep doen op Onderwijsconsulenten. Voor klachten over de school geldt de klachtenregeling van "
                "het schoolbestuur; geschillen over toelating, verwijdering of het OPP kunnen ouders voorleggen aan de "
                "Geschillencommissie passend onderwijs."),
          ("h2", "9.4 Ouders als partner"),
          ("p", "Ouders zitten in de ondersteuningsplanraad en worden bij elke bespreking in het ondersteuningsteam uitgenodigd. "
                "Bij het opstellen van het OPP hebben ouders en, waar mogelijk, het kind zelf een stem.")]

    B += [("h1", "10 Bestuur, toezicht en medezeggenschap"),
          ("p", "Het verband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De negen "
                "schoolbesturen vormen samen de algemene vergadering, die onder meer de statuten wijzigt, het ondersteuningsplan "
                "bekrachtigt en de jaarrekening goedkeurt. De raad van toezicht houdt toezicht op de directeur-bestuurder en keurt "
                "de begroting en het jaarverslag goed. Er zijn twee onafhankelijke toezichthouders en drie leden die op voordracht "
                "van de besturen zijn benoemd maar niet bij een van die besturen werkzaam zijn."),
          ("p", "De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de "
                "medezeggenschapsraden van de scholen. De raad heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                "daarvan. Na de fusie is een nieuwe raad gekozen; de eerste vergadering vond plaats op 20 januari 2026. De "
                "medezeggenschapsraad van het bureau heeft vier leden."),
          ("p", "De directeurenkring, waarin alle directeuren van het sbo en so en een afvaardiging van de basisscholen zitten, "
                "adviseert het bestuur over beleid. In de kring worden ook resultaten van scholen besproken, maar het is "
                "nadrukkelijk geen besluitvormend orgaan.")]

    B += [("h1", "11 Personeel en organisatie"),
          ("p", "Het bureau van Maas en Linge telt 21 medewerkers (15,4 fte): een directeur-bestuurder, een manager bedrijfsvoering, "
                "acht consulenten passend onderwijs, drie orthopedagogen, een secretaris van de Commissie Toelaatbaarheid, twee "
                "medewerkers van het Loket, een controller, een communicatieadviseur en drie administratief medewerkers. Alle "
                "medewerkers van de voormalige bureaus zijn met behoud van rechtspositie overgegaan."),
          ("p", "De fusie vraagt veel van het personeel. Medewerkers die jarenlang op een eigen manier werkten, moeten nu één "
                "werkwijze ontwikkelen. We investeren daarom in teamontwikkeling en in scholing op het gebied van "
                "handelingsgericht werken, gespreksvoering met ouders en de nieuwe registratie. Ook de intern begeleiders van de "
                "scholen krijgen in het eerste jaar vier netwerkbijeenkomsten om de nieuwe afspraken te leren kennen. We houden "
                "rekening met werkdruk: de consulenten krijgen in het eerste jaar minder scholen toegewezen.")]

    B += [("h1", "12 ICT, gegevens en privacy"),
          ("p", "De twee verbanden gebruikten verschillende systemen voor de registratie van aanvragen. Met ingang van 1 augustus "
                "2026 werken alle scholen met één digitaal aanvraagsysteem. Gegevens uit het oude systeem van De Linge worden "
                "vóór die datum overgezet; gegevens uit het systeem van Maasoever blijven tot 2029 raadpleegbaar."),
          ("p", "Het verband verwerkt persoonsgegevens, waaronder gegevens over de gezondheid van kinderen, voor zover dat nodig "
                "is voor het toewijzen van ondersteuning en het beslissen over toelaatbaarheid. Gegevens worden bewaard tot drie "
                "jaar na het besluit. Het verband heeft een functionaris gegevensbescherming en een privacyreglement dat door de "
                "ondersteuningsplanraad is besproken. Medewerkers hebben alleen toegang tot de dossiers die zij voor hun werk "
                "nodig hebben.")]

    B += [("h1", "13 Planning, OOGO en vaststelling"),
          ("p", "Het concept van dit plan is op 3 maart 2026 besproken in het op overeenstemming gericht overleg met de "
                "wethouders onderwijs en jeugd van de vijf gemeenten. Het overleg met het samenwerkingsverband VO Rivierenland "
                "vond plaats op 26 februari 2026. De ondersteuningsplanraad stemde op 7 april 2026 in, het bestuur stelde het plan "
                "op 14 april 2026 vast en het plan is op 22 april 2026 aan de inspectie gezonden."),
          ("table", ["Jaar", "Belangrijkste activiteiten"],
           [["2026-2027", "Invoering verdeelmodel en één Loket; bezoeken kwaliteitskaart aan alle scholen; meerjarenbegroting"],
            ["2027-2028", "Start observatiegroep Culemborg; evaluatie overgangsregeling"],
            ["2028-2029", "Tussentijdse evaluatie van het plan met de ondersteuningsplanraad"],
            ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034"]])]

    B += [("pagebreak",),
          ("h1", "Bijlage A Begrippenlijst"),
          ("ul", ["Arrangement: extra ondersteuning bovenop de basisondersteuning, toegekend door het verband.",
                  "Basisondersteuning: het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden.",
                  "Bekostigingscategorie: de categorie (laag, midden, hoog) die bepaalt hoeveel een so-school voor een leerling ontvangt.",
                  "Meerjarenbegroting: begroting voor meerdere jaren, waarin baten en lasten van het verband zijn opgenomen.",
                  "OJSP: ouder- en jeugdsteunpunt.",
                  "OOGO: op overeenstemming gericht overleg met de gemeenten.",
                  "OPP: ontwikkelingsperspectief.",
                  "Terugplaatsing: de overstap van een leerling van het sbo of so naar het regulier basisonderwijs.",
                  "TLV: toelaatbaarheidsverklaring.",
                  "Monitoring: het stelselmatig volgen van gegevens over leerlingen, voorzieningen en resultaten."])]
    return B


LABEL_A = """\
documents: [po-maas-en-linge-fusie.docx, po-maas-en-linge-fusie.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
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
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 'Wat elke school biedt': 4.1 fixes one minimum level for every vestiging (bestuursbesluit 10-02-2026), 4.2 table lists concrete voorzieningen per domain, 4.3 kwaliteitskaart + verbeterplan."
  plaatsing: "H6 6.1-6.4: applicant, dossier, numbered steps, two separate deskundigen, Commissie Toelaatbaarheid within 6 weeks; 6.2 criteria sbo vs so; 6.3 duration + categorie; 6.4 bezwaar/LBT."
  terugstroom: "Hidden in the TLV chapter, 6.5 'Na afloop van de geldigheidsduur' (no terugplaatsing heading): policy (return as uitgangspunt, conditions) and steps (OPP-evaluatie before 1 Feb, overleg before 1 April, overgangsarrangement 20 weeks, new TLV otherwise, evaluation after half a year)."
  financien: "H7 'Geld: twee verdeelmodellen worden één': verdeelmodel table with per-leerling amount and vaste voet addresses verdeling; 7.5 meerjarenbegroting is deferred to a 'nagezonden' bijlage B and the table is all p.m., so besteding is not addressed."
  dekkend-aanbod: "H5: four-layer continuum with named voorzieningen (5.1); yearly dekkingsanalyse, 23 thuiszitters, witte vlek + new observatiegroep, wachtlijst so, doorzettingsmacht/zorgplicht (5.2)."
  resultaten: "8.1 table of beoogde resultaten with streefwaarden; 8.2 explicitly defers how results are measured/monitored ('voorstel volgt in het najaar van 2026') and omits achieved figures, so monitoring not addressed (traps: the yearly dekkingsanalyse in 5.2 is about gaps, 4.3 reports on verbeterplannen, H10 'resultaten van scholen' is passing)."
  ouders: "Under H9 'Communicatie': 9.2 website, folder in 5 languages, schoolgids, info-avonden, ouderlijn; 9.3 independent OJSP Rivierenland, Onderwijsconsulenten, GPO; 9.4 OPR/OPP role."
"""

# ============================================================================================
# Plan B: VO, one-year extension 2026-2027 (docx)
# ============================================================================================

HEADER_B = ("Verlenging ondersteuningsplan 2026-2027 | SWV VO Zuid-Veluwe (VO 25-09) | "
            "basisondersteuning, toelaatbaarheidscriteria en terugplaatsing: zie OP 2022-2026")


def plan_b():
    B = []
    B += [("title", "Verlenging ondersteuningsplan 2026-2027"),
          ("sub", "Samenwerkingsverband Voortgezet Onderwijs Zuid-Veluwe (VO 25-09)"),
          ("p", "Verlenging met één schooljaar van het Ondersteuningsplan 2022-2026 'Samen sterk voor elke leerling'. "
                "Looptijd: 1 augustus 2026 tot en met 31 juli 2027. Instemming ondersteuningsplanraad: 17 maart 2026. "
                "Vaststelling algemeen bestuur: 24 maart 2026."),
          ("pagebreak",),
          ("toc", ["1 Waarom een verlenging .......... 3",
                   "2 Leeswijzer: wat blijft, wat verandert .......... 4",
                   "3 Het verband in 2026 .......... 5",
                   "4 Toelaatbaarheid vso, lwoo en pro: herziene procedure .......... 7",
                   "5 Sluitende aanpak: thuiszitters en witte vlekken .......... 10",
                   "6 Geld en middelen .......... 12",
                   "7 Resultaten: terugblik 2022-2026 en doelen 2026-2027 .......... 15",
                   "8 Ouders en leerlingen .......... 18",
                   "9 Organisatie, medezeggenschap en OOGO .......... 20",
                   "10 Op weg naar het ondersteuningsplan 2027-2031 .......... 22",
                   "Bijlage Begrippenlijst .......... 23"]),
          ("pagebreak",)]

    B += [("h1", "Voorwoord"),
          ("p", "Toen ik op 1 januari 2026 als directeur-bestuurder van Samenwerkingsverband VO Zuid-Veluwe begon, lag het "
                "besluit om het ondersteuningsplan met een jaar te verlengen er al. Ik ben het bestuur dankbaar voor die keuze. "
                "Het geeft mij de kans om eerst goed te luisteren: naar de scholen, naar de ondersteuningscoördinatoren en "
                "mentoren, naar de gemeenten en vooral naar leerlingen en hun ouders. In mijn eerste maanden heb ik alle "
                "veertien vestigingen bezocht. Ik zag veel betrokkenheid en creativiteit, maar ook vermoeidheid en zorgen over "
                "de toenemende complexiteit van de vragen waar scholen voor staan."),
          ("p", "Deze verlenging is geen nieuw plan. Het is een brug naar het plan 2027-2031. Op een paar punten konden we niet "
                "wachten: de toelaatbaarheidsprocedure, de aanpak van thuiszitters en de begroting voor het komende jaar. Die "
                "leggen we hier opnieuw vast. Voor het overige blijft het plan 2022-2026 van kracht."),
          ("p", "Drs. L. (Lieke) Brouwer, directeur-bestuurder"),
          ("h1", "1 Waarom een verlenging"),
          ("p", "Het Ondersteuningsplan 2022-2026 van Samenwerkingsverband VO Zuid-Veluwe loopt op 31 juli 2026 af. Normaal "
                "gesproken zouden we in het voorjaar van 2026 een volledig nieuw plan voor vier jaar vaststellen. Het algemeen "
                "bestuur heeft in september 2025 besloten dat niet te doen, maar het bestaande plan met één schooljaar te "
                "verlengen. Daarvoor zijn drie redenen."),
          ("ol", ["De landelijke norm voor basisondersteuning is in voorbereiding. Het heeft weinig zin om nu een nieuwe "
                  "beschrijving van de basisondersteuning vast te stellen die over een jaar weer moet worden aangepast.",
                  "De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt nieuwe taken voor het verband, "
                  "waaronder een ouder- en jeugdsteunpunt en het hoorrecht van leerlingen. We willen die taken zorgvuldig "
                  "inrichten en in het nieuwe plan verwerken.",
                  "Per 1 januari 2026 is een nieuwe directeur-bestuurder gestart. Zij krijgt de ruimte om samen met scholen, "
                  "ouders, leerlingen en gemeenten een nieuw plan voor te bereiden dat echt gedragen wordt."]),
          ("p", "De wet staat toe dat een verband zijn plan tussentijds wijzigt, mits de ondersteuningsplanraad instemt en het "
                "op overeenstemming gericht overleg met de gemeenten is gevoerd. Deze verlenging is daarom formeel een wijziging "
                "van het Ondersteuningsplan 2022-2026: de looptijd wordt verlengd tot 31 juli 2027 en een aantal onderdelen wordt "
                "in dit document opnieuw vastgesteld. Alle onderdelen die hier niet opnieuw worden vastgesteld, blijven gelden "
                "zoals ze in het plan 2022-2026 staan."),
          ("p", "Wie dit document leest zonder het plan 2022-2026 erbij, mist dus een deel van het beeld. Het plan 2022-2026 is "
                "te vinden op de website van het verband. We hebben geprobeerd dit document zo kort mogelijk te houden, maar "
                "tegelijk volledig te zijn over de onderdelen die veranderen.")]

    B += [("h1", "2 Leeswijzer: wat blijft, wat verandert"),
          ("p", "De tabel hieronder laat per onderdeel zien of het ongewijzigd blijft of in deze verlenging opnieuw wordt "
                "vastgesteld."),
          ("table", ["Onderdeel", "Status in 2026-2027", "Waar te vinden"],
           [["Visie en missie", "Ongewijzigd", "OP 2022-2026, hoofdstuk 2"],
            ["Basisondersteuning", "Ongewijzigd", "OP 2022-2026, hoofdstuk 3"],
            ["Ondersteuningsaanbod en voorzieningen", "Ongewijzigd", "OP 2022-2026, hoofdstuk 5 en bijlage 2"],
            ["Toelaatbaarheid: procedure", "Herzien", "Dit document, hoofdstuk 4"],
            ["Toelaatbaarheid: criteria vso, lwoo en pro", "Ongewijzigd", "OP 2022-2026, paragraaf 4.2"],
            ["Terugplaatsing en overplaatsing", "Ongewijzigd", "OP 2022-2026, paragraaf 4.5"],
            ["Thuiszitters en witte vlekken", "Herzien", "Dit document, hoofdstuk 5"],
            ["Financiën en begroting", "Nieuw voor 2026-2027", "Dit document, hoofdstuk 6"],
            ["Resultaten", "Nieuw voor 2026-2027", "Dit document, hoofdstuk 7"],
            ["Ouders en leerlingen", "Deels herzien", "Dit document, hoofdstuk 8"]]),
          ("p", "Waar in dit document naar het 'OP 2022-2026' wordt verwezen, bedoelen we het Ondersteuningsplan 2022-2026 zoals "
                "vastgesteld op 12 april 2022, inclusief de wijziging van 9 mei 2023.")]

    B += [("h1", "3 Het verband in 2026"),
          ("p", "Samenwerkingsverband VO Zuid-Veluwe omvat het voortgezet onderwijs in de gemeenten Ede, Wageningen, Renkum en "
                "Scherpenzeel-Oost. Bij het verband zijn zeven schoolbesturen aangesloten met samen veertien vestigingen: tien "
                "scholen voor regulier voortgezet onderwijs (vmbo, havo, vwo), twee scholen voor praktijkonderwijs en twee "
                "scholen voor voortgezet speciaal onderwijs (cluster 3 en cluster 4). Op 1 oktober 2025 telde het verband 14.230 "
                "leerlingen, van wie 612 in het vso en 498 in het praktijkonderwijs. Het aantal leerlingen met "
                "leerwegondersteuning bedroeg 1.140."),
          ("p", "Het verband is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de zeven schoolbesturen; het "
                "dagelijks bestuur wordt gevormd door de directeur-bestuurder. Toezicht ligt bij een toezichthoudend bestuur "
                "van drie leden uit het algemeen bestuur en twee onafhankelijke leden. Het bureau telt 11 medewerkers."),
          ("p", "Sinds 2022 is er veel gebeurd. Het aantal leerlingen in het vso steeg in 2022 en 2023 nog licht, maar daalde "
                "in 2024 en 2025. De OPDC-voorziening De Brug werd verbouwd en heeft sinds januari 2025 ruimte voor 48 "
                "leerlingen. In 2024 is de Thuiszitterstafel gestart. In 2025 heeft het verband met alle scholen gesproken over "
                "de landelijke ontwikkelingen rond de norm voor basisondersteuning. Die gesprekken leverden een gezamenlijke "
                "agenda op voor het nieuwe plan, maar nog geen nieuwe afspraken. De scholen werken in 2026-2027 aan de "
                "versterking van hun basisondersteuning in het kader van hun eigen schoolplan."),
          ("p", "Ook het personeel van het bureau veranderde. Twee ervaren orthopedagogen gingen met pensioen; er zijn drie "
                "nieuwe collega's aangenomen. Het bureau werkt sinds 2025 met een nieuw registratiesysteem voor aanvragen, dat "
                "ook de basis vormt voor de herziene toelaatbaarheidsprocedure.")]

    B += [("h1", "4 Toelaatbaarheid vso, lwoo en pro: herziene procedure"),
          ("h2", "4.1 Waarom de procedure verandert"),
          ("p", "In de evaluatie van 2025 gaven scholen aan dat de toelaatbaarheidsprocedure te lang duurde en dat het voor "
                "ouders onduidelijk was wie wat deed. We hebben de procedure daarom vereenvoudigd en gedigitaliseerd. Vanaf "
                "1 augustus 2026 lopen alle aanvragen via het digitale Loket Route 25. De criteria die bepalen of een leerling "
                "toelaatbaar is, veranderen niet: daarvoor blijft paragraaf 4.2 van het OP 2022-2026 gelden."),
          ("h2", "4.2 Toelaatbaarheidsverklaring vso"),
          ("table", ["Stap", "Wie", "Wat", "Termijn"],
           [["1", "Vo-school (ondersteuningscoördinator) namens het schoolbestuur", "Bespreekt in het ondersteuningsteam dat "
             "een aanvraag nodig is en stelt het dossier op: OPP, verslag van de inzet van ondersteuning, onderwijskundig "
             "rapport en zienswijze van ouders en leerling", "-"],
            ["2", "Schoolbestuur", "Dient de aanvraag in via Route 25", "-"],
            ["3", "Secretaris Commissie Toelaatbaarheid", "Toetst volledigheid; vraagt zo nodig aanvulling", "5 werkdagen"],
            ["4", "Twee deskundigen", "Een orthopedagoog-generalist of GZ-psycholoog en een tweede deskundige (jeugdarts, "
             "kinder- en jeugdpsychiater of maatschappelijk werker) brengen ieder afzonderlijk een schriftelijk advies uit",
             "3 weken"],
            ["5", "Commissie Toelaatbaarheid", "Neemt het besluit en bepaalt de bekostigingscategorie", "6 weken na complete aanvraag"],
            ["6", "Secretaris", "Stuurt besluit en beide adviezen aan ouders en schoolbestuur", "2 werkdagen"]]),
          ("p", "Een TLV voor het vso wordt afgegeven tot en met 31 juli van het tweede volle schooljaar na het besluit. Voor "
                "leerlingen die in het laatste jaar van hun vso-loopbaan zitten, kan de commissie een TLV tot het einde van de "
                "opleiding afgeven."),
          ("h2", "4.3 Spoedprocedure"),
          ("p", "Als een leerling dreigt thuis te komen zitten of als de veiligheid van de leerling of anderen in het geding is, "
                "kan het schoolbestuur een spoedaanvraag indienen. De Commissie Toelaatbaarheid besluit dan binnen tien "
                "werkdagen, op basis van het advies van twee deskundigen die de leerling in die periode zelf hebben gezien."),
          ("h2", "4.4 Leerwegondersteuning en praktijkonderwijs"),
          ("p", "Voor lwoo en pro verloopt de aanvraag ook via Route 25. De basisschool levert vóór 1 februari het "
                "onderwijskundig rapport en de gegevens over capaciteiten en leerachterstanden aan. De vo-school waar de leerling "
                "is aangemeld, dient vóór 15 maart de aanvraag in. De Commissie Toelaatbaarheid besluit vóór 1 mei, zodat ouders "
                "en school voor de zomer weten waar zij aan toe zijn. Voor leerlingen die later instromen, besluit de commissie "
                "binnen vier weken. Het verband gebruikt voor lwoo en pro de criteria zoals die in het OP 2022-2026 zijn "
                "opgenomen; deze verlenging verandert daaraan niets.")]

    B += [("h1", "5 Sluitende aanpak: thuiszitters en witte vlekken"),
          ("h2", "5.1 Thuiszitters"),
          ("p", "Op 1 oktober 2025 stonden in ons verband 31 leerlingen als thuiszitter geregistreerd: 19 leerlingen die langer "
                "dan vier weken ongeoorloofd of geoorloofd verzuimden zonder passend aanbod, en 12 leerlingen met een vrijstelling "
                "van de leerplicht. Dat is minder dan in 2022 (44), maar nog steeds te veel."),
          ("p", "Sinds 2024 komt elke maand de Thuiszitterstafel bijeen. Aan tafel zitten de leerplichtambtenaren van de vier "
                "gemeenten, een vertegenwoordiger van de jeugdhulp (het lokale team), de trajectbegeleider van het verband en de "
                "ondersteuningscoördinator van de school waar de leerling staat ingeschreven. Iedere leerling die langer dan vier "
                "weken thuis zit, wordt besproken. Voor elke leerling wordt binnen twee weken een plan gemaakt met een "
                "eigenaar en een datum waarop de leerling weer (deels) onderwijs volgt. Lukt dat niet, dan gebruikt de "
                "directeur-bestuurder haar doorzettingsmacht: zij kan een school vragen de leerling tijdelijk op te nemen, "
                "waarbij het verband de kosten van de ondersteuning draagt."),
          ("h2", "5.2 Witte vlekken"),
          ("p", "In het najaar van 2025 hebben we met alle scholen en de gemeenten een analyse gemaakt van leerlingen voor wie "
                "geen passende plek te vinden was. Daaruit kwamen twee witte vlekken naar voren. De eerste betreft havo- en "
                "vwo-leerlingen met autisme en angstproblematiek die het in een grote school niet redden maar cognitief niet in "
                "het vso thuishoren. Voor hen start per 1 januari 2027 de Plusroute: een kleinschalige leeromgeving op twee "
                "reguliere scholen met plaats voor 24 leerlingen. De tweede witte vlek is de wachttijd voor het vso cluster 4, "
                "die in 2025 gemiddeld elf weken bedroeg. Met het vso-bestuur is afgesproken dat de wachttijd in 2026-2027 "
                "niet langer is dan zes weken en dat een leerling op de wachtlijst tot de plaatsing een tijdelijk arrangement "
                "op de huidige school krijgt."),
          ("h2", "5.3 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "In het OOGO van 3 februari 2026 hebben het verband en de vier gemeenten afgesproken dat onderwijs-"
                "zorgarrangementen voor leerlingen die zowel onderwijs als jeugdhulp nodig hebben, gezamenlijk worden bekostigd "
                "volgens een vaste verdeelsleutel, en dat jeugdhulp onder schooltijd op de school kan plaatsvinden."),
          ("p", "Voor het volledige overzicht van het ondersteuningsaanbod van de scholen, de OPDC-voorziening, het vso en het "
                "praktijkonderwijs verwijzen we naar hoofdstuk 5 en bijlage 2 van het OP 2022-2026. Dat overzicht wordt in het "
                "nieuwe plan geactualiseerd.")]

    B += [("h1", "6 Geld en middelen"),
          ("h2", "6.1 Hoe de middelen worden verdeeld"),
          ("p", "Het verband ontvangt middelen voor lichte en zware ondersteuning. Het algemeen bestuur heeft het verdeelmodel "
                "voor 2026-2027 op 24 maart 2026 vastgesteld. Het model verandert op twee punten ten opzichte van het OP "
                "2022-2026: de vaste voet per vestiging vervalt, en het budget voor arrangementen wordt verhoogd."),
          ("ul", ["Budget lichte ondersteuning: scholen ontvangen € 118 per leerling, gebaseerd op het aantal leerlingen op 1 "
                  "oktober 2025. Scholen met lwoo-leerlingen ontvangen daarnaast het lwoo-budget volgens het aantal "
                  "aangewezen leerlingen op 1 oktober.",
                  "Arrangementenbudget: scholen vragen een arrangement aan voor een individuele leerling via Route 25. De "
                  "trajectbegeleider beoordeelt de aanvraag aan de hand van het OPP; het maximum per arrangement is € 9.500 per "
                  "schooljaar.",
                  "OPDC De Brug: het verband betaalt De Brug een vast bedrag per plaats (€ 14.200) voor 48 plaatsen.",
                  "Zware ondersteuning: de afdrachten aan het vso worden door DUO verrekend op basis van het aantal leerlingen "
                  "op de teldatum en de bekostigingscategorie."]),
          ("h2", "6.2 Begroting 2026-2027"),
          ("table", ["Post", "Begroting 2026-2027 (€)", "Doorkijk 2027-2028 (€)"],
           [["Baten lichte ondersteuning (incl. lwoo)", "9.860.000", "9.720.000"],
            ["Baten zware ondersteuning", "8.410.000", "8.300.000"],
            ["Afdrachten vso via DUO", "-6.950.000", "-6.880.000"],
            ["Afdrachten pro via DUO", "-3.120.000", "-3.090.000"],
            ["Budget lichte ondersteuning scholen", "1.680.000", "1.650.000"],
            ["Lwoo-budget scholen", "3.010.000", "2.970.000"],
            ["Arrangementen", "1.150.000", "1.150.000"],
            ["OPDC De Brug", "682.000", "682.000"],
            ["Plusroute (vanaf januari 2027)", "240.000", "410.000"],
            ["Thuiszitterstafel en trajectbegeleiding", "195.000", "195.000"],
            ["Bureau, ondersteuningsplanraad en huisvesting", "1.080.000", "1.090.000"],
            ["Resultaat", "-37.000", "-367.000"]]),
          ("h2", "6.3 Reserves"),
          ("p", "Eind 2025 bedroeg de algemene reserve € 2,3 miljoen. De signaleringswaarde voor bovenmatige reserves is voor "
                "ons verband € 1,9 miljoen. Het geplande negatieve resultaat in 2026-2027 en 2027-2028 brengt de reserve binnen "
                "twee jaar onder de signaleringswaarde."),
          ("h2", "6.4 Verantwoording"),
          ("p", "Scholen verantwoorden vóór 1 november in een vast format hoe zij het budget lichte ondersteuning en het "
                "lwoo-budget hebben ingezet. De trajectbegeleiders bespreken de verantwoording met de ondersteuningscoördinatoren.")]

    B += [("h1", "7 Resultaten: terugblik 2022-2026 en doelen 2026-2027"),
          ("h2", "7.1 Wat we bereikten"),
          ("p", "In het OP 2022-2026 stonden vijf beoogde resultaten. In de tabel staat wat we bereikten, gemeten op de peildatum "
                "1 oktober 2025."),
          ("table", ["Beoogd resultaat 2022-2026", "Streefwaarde", "Bereikt (1-10-2025)", "Beoordeling"],
           [["Deelname vso daalt naar landelijk gemiddelde", "3,9%", "4,3%", "Niet bereikt, wel daling (was 4,6%)"],
            ["Minder thuiszitters langer dan drie maanden", "Ten hoogste 10", "11", "Bijna bereikt"],
            ["Doorlooptijd TLV-besluit", "90% binnen 6 weken", "72%", "Niet bereikt; procedure herzien (hoofdstuk 4)"],
            ["Tevredenheid ouders over ondersteuning (peiling)", "7,0", "7,2", "Bereikt"],
            ["Leerlingen met arrangement behalen diploma of startkwalificatie", "80%", "83%", "Bereikt"]]),
          ("h2", "7.2 Wat we in 2026-2027 willen bereiken"),
          ("ul", ["Ten minste 85 procent van de TLV-besluiten wordt binnen zes weken genomen.",
                  "Op 1 oktober 2026 zitten niet meer dan 8 leerlingen langer dan drie maanden thuis.",
                  "De gemiddelde wachttijd voor het vso cluster 4 is ten hoogste zes weken.",
                  "Van de leerlingen die in 2026-2027 een arrangement krijgen, behaalt ten minste 80 procent de doelen uit het OPP.",
                  "De Plusroute biedt op 31 juli 2027 aan ten minste 15 leerlingen een passende plek."]),
          ("h2", "7.3 Hoe we de resultaten volgen"),
          ("p", "Het bureau maakt elk kwartaal een dashboard met de kengetallen: aantallen en doorlooptijden van aanvragen, "
                "thuiszitters, wachttijden, deelnamepercentages en de voortgang van arrangementen. Het dashboard wordt "
                "besproken in het algemeen bestuur en met de ondersteuningsplanraad. Voor de doelen van arrangementen gebruiken we "
                "de eindevaluatie van het OPP, die scholen in Route 25 registreren. In het jaarverslag 2026 en 2027 leggen we "
                "verantwoording af over de beoogde en bereikte resultaten, en over de middelen die daarvoor zijn ingezet. In de "
                "zomer van 2027 voeren we een tevredenheidspeiling onder ouders, leerlingen en scholen uit.")]

    B += [("h1", "8 Ouders en leerlingen"),
          ("h2", "8.1 Informatie voor ouders"),
          ("p", "Ouders vinden op de website van het verband een ouderpagina met uitleg over het ondersteuningsaanbod, de "
                "toelaatbaarheidsprocedure en de Plusroute. De folder 'Passend onderwijs in tien vragen' is vanaf augustus 2026 "
                "ook beschikbaar in het Engels, Arabisch, Turks en Tigrinya. Elke school beschrijft in de schoolgids wat zij aan "
                "ondersteuning biedt. In maart organiseert het verband samen met de basisscholen een informatieavond over de "
                "overstap naar het voortgezet onderwijs, lwoo en praktijkonderwijs."),
          ("h2", "8.2 Ouder- en jeugdsteunpunt"),
          ("p", "Het verband gaat in het schooljaar 2026-2027 een ouder- en jeugdsteunpunt inrichten. We verkennen samen met het "
                "samenwerkingsverband PO en de gemeenten welke vorm het beste past. Hoe het steunpunt werkt en hoe ouders en "
                "leerlingen het kunnen bereiken, maken we bekend zodra de keuze is gemaakt; de verwachting is dat dit in de "
                "loop van 2027 zal zijn."),
          ("h2", "8.3 Stem van de leerling"),
          ("p", "Leerlingen met een OPP hebben het recht om hun mening te geven over het OPP. Scholen leggen die mening vast in "
                "het OPP. In de ondersteuningsplanraad hebben twee leerlingen zitting, naast vier ouders en zes personeelsleden.")]

    B += [("h1", "9 Organisatie, medezeggenschap en OOGO"),
          ("p", "De ondersteuningsplanraad heeft op 17 maart 2026 ingestemd met deze verlenging. De raad heeft daarbij gevraagd "
                "om in het nieuwe plan meer aandacht te besteden aan het perspectief van leerlingen, en om de ouders tijdig te "
                "betrekken bij de inrichting van het ouder- en jeugdsteunpunt. Het algemeen bestuur heeft toegezegd dat te doen."),
          ("p", "Het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van de vier gemeenten "
                "vond plaats op 3 februari 2026. Het overleg met samenwerkingsverband PO Zuid-Veluwe vond plaats op 29 januari "
                "2026. De verlenging is op 7 april 2026 aan de inspectie gezonden."),
          ("p", "Het bureau van het verband is gevestigd in Ede. De medewerkers werken voor alle scholen; elke school heeft een "
                "vaste trajectbegeleider. Het verband heeft een eigen medezeggenschapsraad voor het personeel van het bureau. In "
                "2026-2027 wordt de ICT-omgeving van het bureau vernieuwd en wordt Route 25 gekoppeld aan de "
                "leerlingadministratiesystemen van de scholen, zodat scholen gegevens niet dubbel hoeven in te voeren. De "
                "privacyverklaring is daarop aangepast.")]

    B += [("h2", "9.1 Professionalisering en kennisdeling"),
          ("p", "Het verband organiseert voor de ondersteuningscoördinatoren vier netwerkbijeenkomsten per jaar. In 2026-2027 "
                "staan daarin drie thema's centraal: het voeren van gesprekken met leerlingen over hun OPP, het werken met "
                "Route 25 en de aanpak van schoolverzuim bij angstklachten. Daarnaast bieden we mentoren van de "
                "onderbouw een korte scholing aan over het herkennen van signalen van sociaal-emotionele problemen. De "
                "scholing wordt verzorgd door de orthopedagogen van het bureau en door docenten van de vso-scholen, die op "
                "die manier hun expertise delen met het regulier onderwijs."),
          ("p", "Ook binnen het bureau investeren we in deskundigheid. De drie nieuwe orthopedagogen volgen een "
                "inwerkprogramma waarin zij meelopen met ervaren collega's van de Commissie Toelaatbaarheid en bij de "
                "Thuiszitterstafel. De trajectbegeleiders volgen in het najaar van 2026 een training in oplossingsgericht "
                "werken. We meten de werkdruk van de medewerkers twee keer per jaar met een korte vragenlijst en bespreken de "
                "uitkomsten in het teamoverleg. Het bestuur heeft afgesproken dat het bureau in 2026-2027 niet groeit, zodat "
                "de middelen zoveel mogelijk naar de scholen gaan."),
          ("h1", "10 Op weg naar het ondersteuningsplan 2027-2031"),
          ("p", "Het nieuwe plan wordt voorbereid in vier werkgroepen: basisondersteuning en ondersteuningsaanbod, "
                "toelaatbaarheid en terugplaatsing, ouders en leerlingen, en financiën. Elke werkgroep heeft een voorzitter uit "
                "het algemeen bestuur en minimaal één lid uit de ondersteuningsplanraad."),
          ("table", ["Periode", "Activiteit"],
           [["september-december 2026", "Werkgroepen, bijeenkomsten met scholen, ouders en leerlingen"],
            ["januari 2027", "Concept ondersteuningsplan 2027-2031"],
            ["februari 2027", "OOGO met de gemeenten, overleg met SWV PO"],
            ["maart 2027", "Instemming ondersteuningsplanraad, vaststelling algemeen bestuur"],
            ["april 2027", "Toezending aan de inspectie"]]),
          ("p", "Tot die tijd blijft het verband werken volgens het OP 2022-2026 en deze verlenging.")]

    B += [("pagebreak",),
          ("h1", "Bijlage Begrippenlijst"),
          ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen van het verband bieden, met "
                  "onder meer een ondersteuningscoördinator, een dyslexiebeleid en een aanbod voor sociale vaardigheden.",
                  "Lwoo: leerwegondersteunend onderwijs.",
                  "Onderwijsconsulenten: onafhankelijke adviseurs die ouders gratis helpen bij een vastgelopen schoolsituatie.",
                  "OPDC: orthopedagogisch-didactisch centrum.",
                  "Pro: praktijkonderwijs.",
                  "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van "
                  "de TLV.",
                  "TLV: toelaatbaarheidsverklaring.",
                  "Verdeelmodel: de manier waarop het verband de ondersteuningsmiddelen over de scholen verdeelt."])]

    # pad with a realistic evaluation appendix of the OPDC (filler, no element content)
    B += [("h1", "Bijlage Jaarkalender bureau 2026-2027"),
          ("table", ["Maand", "Vaste activiteiten"],
           [["september", "Startbijeenkomst ondersteuningscoördinatoren; vergadering algemeen bestuur"],
            ["oktober", "Teldatum 1 oktober; dashboard Q1; vergadering ondersteuningsplanraad"],
            ["november", "Verantwoording scholen; netwerkbijeenkomst mentoren"],
            ["januari", "Dashboard Q2; concept nieuw ondersteuningsplan"],
            ["februari", "OOGO; informatieavond overstap PO-VO"],
            ["april", "Dashboard Q3; vergadering algemeen bestuur (begroting)"],
            ["juni", "Tevredenheidspeiling; jaarafsluiting ondersteuningscoördinatoren"]])]
    return B


LABEL_B = """\
documents: [vo-zuid-veluwe-verlenging.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Extension refers it to 'OP 2022-2026, hoofdstuk 3' (absent) in the leeswijzer table; the only definition with content is in the begrippenlijst and the running header; H3 only says schools strengthen it in their schoolplan."
  plaatsing: "H4 restates the procedure (Route 25 step table with deskundigen, Commissie Toelaatbaarheid, termijnen, spoed, lwoo/pro dates) but keeps the criteria in the absent OP 2022-2026 par. 4.2 (stated twice)."
  terugstroom: "Only a reference: leeswijzer row 'Terugplaatsing en overplaatsing: ongewijzigd, OP 2022-2026 par. 4.5', the header, the glossary and the werkgroep list in H10; nothing in body text."
  financien: "H6 'Geld en middelen': verdeelmodel (EUR 118 per leerling, arrangement max, per-plaats OPDC), begroting 2026-2027 table with amounts and doorkijk, reserves vs signaleringswaarde, verantwoording before 1 Nov."
  dekkend-aanbod: "H5 addresses lacunes (31 thuiszitters, Thuiszitterstafel, doorzettingsmacht, two witte vlekken with actions, wachttijd vso) and ketenpartners (OOGO, OZA), but the overview of the support continuum is referred to OP 2022-2026 H5 + bijlage 2."
  resultaten: "H7: table beoogd vs bereikt 2022-2026 with figures, doelen 2026-2027 (7.2), quarterly dashboard + jaarverslag + peiling (7.3)."
  ouders: "8.1 website ouderpagina, folder in 4 languages, schoolgids, info-avond = informatie; 8.2 OJSP only announced ('maken we bekend ... in de loop van 2027'); Onderwijsconsulenten only in the begrippenlijst; no klachten/geschillen route."
"""

# ============================================================================================
# Plan C: PO, plan with an English summary (html)
# ============================================================================================

def plan_c():
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Amstelland-West (PO 27-16)"),
          ("sub", "Kaderplan — met een samenvatting in het Engels / with a summary in English"),
          ("toc", ["Summary in English",
                   "1. Voorwoord",
                   "2. Ons verband",
                   "3. Visie en uitgangspunten",
                   "4. Basisondersteuning",
                   "5. Toegang tot het speciaal (basis)onderwijs",
                   "6. Terug naar het reguliere onderwijs",
                   "7. Het ondersteuningsgeld",
                   "8. Dekkend aanbod",
                   "9. Beoogde en bereikte resultaten",
                   "10. Ouders",
                   "11. Organisatie, medezeggenschap en OOGO",
                   "12. Personeel, ICT en privacy",
                   "13. Planning",
                   "Afkortingen"])]

    B += [("h1", "Summary in English"),
          ("p", "Amstelland-West is home to many international families. Around one in eight children in our schools has at "
                "least one parent who does not speak Dutch at home. For that reason this plan opens with a summary in English. "
                "The Dutch text of the plan is leading; this summary is for information only."),
          ("p", "What is this plan? Every regional partnership of primary schools in the Netherlands (samenwerkingsverband) "
                "must adopt a support plan (ondersteuningsplan) at least every four years. The plan describes how the schools "
                "in the partnership work together so that every child gets the education that fits his or her needs. This "
                "plan covers the school years 2026-2027 up to and including 2029-2030. It is a framework plan: it sets out "
                "the main lines, and parts of it will be completed in annual updates."),
          ("p", "Basic support. All 44 schools of the partnership have agreed on a common minimum level of support that every "
                "school offers to every child, without a separate application. The detailed list of what this includes is "
                "set out in a separate quality card (kwaliteitskaart) that will be published on the website."),
          ("p", "Special schools. If a child needs more than a regular school can offer, the school board may apply to the "
                "partnership for a statement of admissibility (toelaatbaarheidsverklaring) for a special primary school (sbo) "
                "or a special school (so). An independent committee decides within six weeks, after two experts have each "
                "given written advice. Parents who disagree may lodge an objection within six weeks."),
          ("p", "Returning to a regular school. We want children in special education to return to a regular school whenever "
                "this is in their interest. The step-by-step procedure will be worked out together with the special schools "
                "during 2026-2027."),
          ("p", "Money. Most of the support budget goes to the school boards as a fixed amount per pupil. A smaller part is used "
                "for individual support arrangements and for the partnership's office. Chapter 7 contains the budget for "
                "2026-2030."),
          ("p", "A full description of the range of support in the region and of our intended results will be added in the "
                "first annual update, expected in spring 2027. A brochure for parents is being prepared."),
          ("p", "Independent help for parents. Parents who have questions or a disagreement with their child's school or with "
                "the partnership can contact the independent parent support point Ouderpunt Amstelland (phone 020 555 0160) "
                "or the national Onderwijsconsulenten, free of charge.")]

    B += [("h1", "1. Voorwoord"),
          ("p", "Met trots presenteren wij het ondersteuningsplan 2026-2030. Het is het derde plan van ons samenwerkingsverband "
                "en het eerste dat we bewust als kaderplan hebben opgezet. De vorige plannen waren dikke documenten met veel "
                "details die in de praktijk snel verouderden. We hebben nu gekozen voor een plan op hoofdlijnen, dat jaarlijks "
                "wordt aangevuld met een actualisatie. Daarmee willen we wendbaar blijven in een tijd waarin er landelijk veel "
                "verandert: een landelijke norm voor basisondersteuning, nieuwe rechten voor ouders en leerlingen, en een "
                "krappe arbeidsmarkt voor leraren en specialisten."),
          ("p", "Ons verband is divers. In Amstelveen, Uithoorn en Ouder-Amstel wonen veel gezinnen die tijdelijk in Nederland "
                "werken, naast gezinnen die hier al generaties wonen. Scholen hebben te maken met kinderen die de Nederlandse taal "
                "nog leren, met kinderen die een grote sprong maken omdat zij eerder op een internationale school zaten, en met "
                "ouders die het Nederlandse onderwijssysteem niet kennen. Daarom hebben we dit plan een Engelse samenvatting "
                "gegeven. We hopen dat ook ouders die nog geen Nederlands lezen zo een eerste indruk van dit plan krijgen."),
          ("p", "Wij danken de ondersteuningsplanraad, de directeuren, de intern begeleiders en de gemeenten voor hun bijdrage. "
                "Bijzondere dank gaat uit naar de ouders die in de klankbordgroep hebben meegelezen."),
          ("p", "Namens het bestuur, drs. P. Oudshoorn, voorzitter, en M. el Amrani MSc, directeur")]

    B += [("h1", "2. Ons verband"),
          ("p", "Samenwerkingsverband PO Amstelland-West omvat de gemeenten Amstelveen, Uithoorn, Ouder-Amstel en Aalsmeer-Noord. "
                "Er zijn acht schoolbesturen aangesloten. Het verband telt 41 basisscholen, twee scholen voor speciaal "
                "basisonderwijs (De Poldermolen en De Kleine Wereld) en drie locaties voor speciaal onderwijs van cluster 3 en 4. "
                "Op 1 oktober 2025 zaten er 15.820 leerlingen op de scholen van het verband."),
          ("table", ["Gemeente", "Basisscholen", "Sbo", "So-locaties", "Leerlingen 1-10-2025"],
           [["Amstelveen", "22", "1", "2", "8.940"],
            ["Uithoorn", "8", "1", "1", "3.010"],
            ["Ouder-Amstel", "5", "0", "0", "1.620"],
            ["Aalsmeer-Noord", "6", "0", "0", "2.250"]]),
          ("p", "Het verband is een stichting. Het bestuur wordt gevormd door vertegenwoordigers van de acht schoolbesturen; "
                "er is een onafhankelijk voorzitter. De directeur leidt het bureau, dat bestaat uit negen medewerkers. Het bureau "
                "is gevestigd in het onderwijscentrum aan de Keizer Karelweg in Amstelveen, samen met het samenwerkingsverband VO."),
          ("p", "De leerlingaantallen in het verband zijn stabiel. Door nieuwbouw in Uithoorn en Aalsmeer verwachten we vanaf "
                "2028 een lichte groei. Het aandeel kinderen met een andere thuistaal dan het Nederlands neemt toe; in sommige "
                "scholen in Amstelveen-Zuid is dat inmiddels meer dan de helft.")]

    B += [("h1", "3. Visie en uitgangspunten"),
          ("p", "Wij willen dat elk kind in Amstelland-West onderwijs krijgt dat past bij wat het kan en nodig heeft, het liefst "
                "op een school in de eigen buurt. Wij gaan uit van de mogelijkheden van kinderen en niet van hun beperkingen. "
                "Leraren staan daarbij centraal: zij maken het verschil in de klas. Het samenwerkingsverband ondersteunt hen en "
                "hun scholen, en zorgt ervoor dat de middelen terechtkomen waar ze nodig zijn."),
          ("p", "Vijf uitgangspunten zijn leidend voor ons handelen: (1) het kind staat centraal, niet het systeem; (2) we "
                "werken thuisnabij; (3) ouders zijn partners; (4) we werken handelingsgericht en doelmatig; (5) we houden de "
                "regels zo eenvoudig mogelijk. Deze uitgangspunten zijn in 2025 met de directeuren en de ondersteuningsplanraad "
                "besproken en onderschreven."),
          ("p", "Bij elk uitgangspunt hoort een vraag die we onszelf stellen. Staat het kind centraal, of de procedure? Kan "
                "het kind in de eigen buurt naar school? Zijn ouders echt gehoord? Weten we waarom we doen wat we doen? En kan het "
                "eenvoudiger? Die vragen gebruiken we in het bestuur, in de Commissie Toegang en in het bureau als toets bij "
                "nieuwe voorstellen. Ze staan ook op de achterkant van de vergaderagenda's, als geheugensteun."),
          ("p", "Deze visie is niet nieuw; zij bouwt voort op de vorige plannen. Nieuw is wel het besef dat passend onderwijs "
                "alleen werkt als scholen de ruimte krijgen om zelf keuzes te maken, binnen heldere afspraken. Daarom legt dit "
                "plan minder vast over het 'hoe' en meer over het 'wat'. De scholen bepalen zelf hoe zij hun ondersteuning "
                "organiseren, binnen de afspraken die in dit plan staan.")]

    B += [("h1", "4. Basisondersteuning"),
          ("h2", "4.1 Een gezamenlijke ondergrens"),
          ("p", "De schoolbesturen in Amstelland-West hebben op 18 november 2025 het Convenant Basisondersteuning ondertekend. "
                "Daarin spreken zij af dat alle 44 scholen van het verband, inclusief de sbo-scholen, ten minste hetzelfde niveau "
                "van basisondersteuning bieden. Dit niveau is de ondergrens: geen enkele school in het verband biedt minder, en "
                "ouders hoeven voor deze ondersteuning geen aanvraag te doen. Het convenant geldt voor alle vestigingen, ook "
                "voor nevenvestigingen en dislocaties."),
          ("h2", "4.2 Wat verstaan we onder basisondersteuning"),
          ("p", "Wij sluiten aan bij de landelijke omschrijving. Basisondersteuning bestaat uit vier aspecten: de basiskwaliteit "
                "zoals die door de inspectie wordt beoordeeld; preventieve en licht curatieve interventies; de "
                "onderwijsondersteuningsstructuur van de school; en het planmatig werken volgens de cyclus van handelingsgericht "
                "werken."),
          ("p", "De concrete invulling van deze vier aspecten, dat wil zeggen de voorzieningen en de deskundigheid die ouders op "
                "elke school mogen verwachten, staat in de Kwaliteitskaart Basisondersteuning Amstelland-West. De kwaliteitskaart "
                "wordt als afzonderlijk document op de website gepubliceerd en is geen onderdeel van dit plan. Scholen nemen de "
                "kwaliteitskaart op in hun schoolondersteuningsprofiel."),
          ("h2", "4.3 Basisondersteuning en de landelijke norm"),
          ("p", "Zodra de landelijke norm voor basisondersteuning is vastgesteld, beoordelen we of het convenant en de "
                "kwaliteitskaart moeten worden aangepast. Het bestuur verwacht dat daarover in 2027 een besluit kan worden "
                "genomen.")]

    B += [("h1", "5. Toegang tot het speciaal (basis)onderwijs"),
          ("h2", "5.1 De verklaring van toegang"),
          ("p", "Voor een plaatsing op een sbo-school of een so-school van cluster 3 of 4 is een verklaring nodig dat het kind op "
                "die vorm van onderwijs is aangewezen. De wet noemt dit een toelaatbaarheidsverklaring. In ons verband spreken we "
                "in de praktijk van de 'verklaring van toegang', omdat ouders dat begrijpelijker vinden."),
          ("h2", "5.2 Zo gaat het in zijn werk"),
          ("p", "Het bestuur van de school waar het kind staat ingeschreven, dient de aanvraag in bij het Toegangsteam van het "
                "verband. In de praktijk doet de intern begeleider dat namens het bestuur, nadat het ondersteuningsteam van de "
                "school het kind ten minste twee keer heeft besproken en de ouders hun zienswijze hebben gegeven. Bij de aanvraag "
                "horen het OPP met de evaluatie van de geboden ondersteuning, het onderwijskundig rapport en, als die er zijn, "
                "verslagen van eerder onderzoek. Het Toegangsteam vraagt twee deskundigen om ieder een eigen schriftelijk advies: "
                "een orthopedagoog of psycholoog die het kind niet eerder begeleidde, en een tweede deskundige die past bij de "
                "vraag, zoals een jeugdarts of kinderpsychiater. Op basis van beide adviezen neemt de Commissie Toegang, drie "
                "onafhankelijke leden, binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders ontvangen het "
                "besluit met een kopie van beide adviezen."),
          ("h2", "5.3 Wanneer is een kind aangewezen op sbo of so"),
          ("table", ["Voorziening", "Een kind is aangewezen op deze voorziening als ..."],
           [["Sbo", "(a) de school ten minste een half jaar extra ondersteuning heeft geboden en geëvalueerd, (b) de "
             "ontwikkeling van het kind op meerdere gebieden stagneert ondanks die ondersteuning, en (c) het kind gebaat is bij "
             "een kleine groep met meer structuur en specialistische begeleiding gedurende de hele schooldag."],
            ["So cluster 3", "Er sprake is van een verstandelijke beperking (IQ lager dan circa 70), een lichamelijke beperking of "
             "langdurige ziekte, waardoor het kind is aangewezen op een aangepast programma en voorzieningen die het sbo niet "
             "kan bieden."],
            ["So cluster 4", "Er sprake is van ernstige gedrags- of psychiatrische problematiek die een specialistische, "
             "therapeutische setting vraagt, en eerdere inzet van sbo of intensieve arrangementen onvoldoende was of "
             "aantoonbaar niet passend zal zijn."]]),
          ("h2", "5.4 Geldigheid en bekostigingscategorie"),
          ("p", "Een verklaring voor het sbo geldt tot het einde van de basisschoolperiode. Een verklaring voor het so geldt "
                "voor twee schooljaren. Voor het so stelt de Commissie Toegang ook de bekostigingscategorie vast (laag, midden of "
                "hoog)."),
          ("h2", "5.5 Niet eens met het besluit"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur "
                "van het verband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
                "voordat het op het bezwaar beslist.")]

    B += [("h1", "6. Terug naar het reguliere onderwijs"),
          ("p", "Een plaatsing in het sbo of so is voor veel kinderen de juiste keuze, maar niet altijd voor altijd. Ons beleid "
                "is dat een kind terugkeert naar een reguliere basisschool zodra het daar, met de juiste ondersteuning, verder kan "
                "komen dan in het speciaal (basis)onderwijs. Dat is het geval als het kind de doelen in zijn OPP behaalt, als het "
                "zich sociaal-emotioneel stabiel voelt in een kleinere setting en als er een school in de buurt is die de "
                "benodigde ondersteuning kan bieden. Ouders moeten de terugkeer steunen; een terugplaatsing tegen de wens van "
                "ouders in doen we niet."),
          ("p", "Een kind dat terugkeert, krijgt op de nieuwe school gedurende ten minste zes maanden begeleiding van een "
                "ambulant begeleider van de sbo- of so-school die het kind kent. Het verband betaalt deze begeleiding uit het "
                "budget voor arrangementen. Ook de leerkracht van de ontvangende school krijgt coaching. Zo voorkomen we dat een "
                "terugkeer mislukt doordat de nieuwe school het kind niet goed kent."),
          ("p", "Het stappenplan voor terugplaatsing, waarin staat wie het initiatief neemt, welke momenten er zijn en wie "
                "besluit, werken we in het schooljaar 2026-2027 samen met de sbo- en so-scholen uit. Het stappenplan wordt "
                "opgenomen in de eerste actualisatie van dit plan.")]

    B += [("h1", "7. Het ondersteuningsgeld"),
          ("h2", "7.1 Hoe we het geld verdelen"),
          ("p", "Het verband ontvangt jaarlijks ongeveer 15,6 miljoen euro voor passend onderwijs. Na aftrek van de afdrachten "
                "aan het sbo en so, die DUO verrekent, verdeelt het verband het resterende bedrag als volgt. Het bestuur stelt "
                "de bedragen elk jaar in december vast bij de begroting."),
          ("ul", ["Schoolbudget: de schoolbesturen ontvangen € 165 per leerling op basis van de teldatum 1 oktober van het "
                  "voorgaande jaar. Het bestuur verdeelt het budget over zijn scholen en legt daarover verantwoording af in zijn "
                  "jaarverslag.",
                  "Budget voor arrangementen: het Toegangsteam kent arrangementen toe op aanvraag van de school, voor een "
                  "periode van ten hoogste een schooljaar en met een maximum van € 12.000 per kind.",
                  "Budget voor de sbo-scholen bovenop de rijksbekostiging (groeibekostiging en de zogeheten 2%-regeling), "
                  "vastgesteld op basis van het aantal leerlingen op 1 februari.",
                  "Bureau en organisatie: ten hoogste 6 procent van de baten."]),
          ("h2", "7.2 Meerjarenbegroting"),
          ("table", ["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
           [["Baten rijksbijdrage ondersteuning", "15.620", "15.580", "15.710", "15.840"],
            ["Afdrachten so en sbo via DUO", "-7.480", "-7.450", "-7.520", "-7.560"],
            ["Beschikbaar voor het verband", "8.140", "8.130", "8.190", "8.280"],
            ["Schoolbudgetten besturen", "5.250", "5.240", "5.270", "5.320"],
            ["Arrangementen", "1.650", "1.650", "1.680", "1.700"],
            ["Aanvullende bekostiging sbo", "720", "720", "730", "740"],
            ["Bureau, commissies en OPR", "480", "490", "500", "510"],
            ["Resultaat", "40", "30", "10", "10"]]),
          ("h2", "7.3 Reserves"),
          ("p", "De reserves van het verband liggen onder de signaleringswaarde. Het bestuur houdt een weerstandsvermogen aan "
                "van ongeveer 5 procent van de baten om tegenvallers bij de afdrachten op te vangen.")]

    B += [("h1", "8. Dekkend aanbod"),
          ("p", "Dit hoofdstuk wordt ingevuld in de eerste actualisatie van het plan, na de inventarisatie onder de scholen die "
                "in het najaar van 2026 plaatsvindt. [p.m.]")]

    B += [("h1", "9. Beoogde en bereikte resultaten"),
          ("p", "Omdat dit plan een nieuwe opzet heeft, beschikken we nog niet over vergelijkbare gegevens. Welke resultaten we "
                "willen bereiken en hoe we die gaan volgen, volgt in de eerste actualisatie van voorjaar 2027, nadat de "
                "nulmeting is uitgevoerd.")]

    B += [("h1", "10. Ouders"),
          ("h2", "10.1 Ouders als partner"),
          ("p", "Ouders kennen hun kind het best. Wij vinden het vanzelfsprekend dat zij worden betrokken bij elke beslissing "
                "over de ondersteuning van hun kind. Ouders worden uitgenodigd voor het ondersteuningsteam, geven hun zienswijze "
                "bij een aanvraag voor een verklaring van toegang en denken mee over het OPP. In de ondersteuningsplanraad "
                "zitten vijf ouders."),
          ("h2", "10.2 Informatie voor ouders"),
          ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod in de regio, beschrijven we in een communicatieplan dat "
                "in de loop van 2026 verschijnt. Daarin komt ook aandacht voor ouders die het Nederlands nog niet goed beheersen. "
                "De ouderbrochure, in het Nederlands en het Engels, is in voorbereiding."),
          ("h2", "10.3 Onafhankelijke hulp"),
          ("p", "Ouders die vastlopen of het oneens zijn met de school of met het verband, kunnen terecht bij Ouderpunt "
                "Amstelland, het ouder- en jeugdsteunpunt van de samenwerkingsverbanden PO en VO in de regio. Ouderpunt Amstelland "
                "is onafhankelijk van de scholen en het verband: de medewerkers zijn in dienst van een aparte stichting en "
                "luisteren alleen naar het belang van het kind. Het steunpunt is op werkdagen bereikbaar via 020 555 0160 en via "
                "een chatfunctie, en houdt elke woensdagmiddag een spreekuur in de bibliotheek van Amstelveen. Ook kunnen ouders "
                "gratis een beroep doen op Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen "
                "ouders terecht bij de Geschillencommissie passend onderwijs; klachten over het verband behandelt de "
                "klachtencommissie waarbij het verband is aangesloten.")]

    B += [("h1", "11. Organisatie, medezeggenschap en OOGO"),
          ("p", "Het bestuur van het verband bestaat uit acht leden, één per schoolbestuur, en een onafhankelijk voorzitter. Het "
                "bestuur heeft een auditcommissie die de begroting en de jaarrekening voorbereidt. Intern toezicht is belegd bij "
                "twee onafhankelijke toezichthouders die samen met de voorzitter de toezichtscommissie vormen. De directeur is "
                "verantwoordelijk voor de dagelijkse leiding en legt verantwoording af aan het bestuur."),
          ("p", "De ondersteuningsplanraad bestaat uit tien leden: vijf ouders en vijf personeelsleden. De raad heeft op 3 april "
                "2026 ingestemd met dit plan. De raad komt zes keer per jaar bijeen en heeft een eigen budget voor scholing "
                "en ondersteuning."),
          ("p", "Het op overeenstemming gericht overleg over dit plan met de colleges van de vier gemeenten vond plaats op 10 "
                "maart 2026. Het verslag is opgenomen in bijlage 6. Het overleg met het samenwerkingsverband VO Amstelland vond "
                "plaats op 4 maart 2026.")]

    B += [("h1", "12. Personeel, ICT en privacy"),
          ("p", "Het bureau telt negen medewerkers: de directeur, een secretaris van de Commissie Toegang, drie orthopedagogen, "
                "twee medewerkers van het Toegangsteam, een controller en een officemanager. De orthopedagogen werken ook als "
                "consulent voor de scholen. Het verband huurt zo nodig extra deskundigen in voor de adviezen bij aanvragen. "
                "Door de krapte op de arbeidsmarkt is het lastig om orthopedagogen te werven; we werken daarom samen met het "
                "samenwerkingsverband VO in een gezamenlijke pool."),
          ("p", "Het verband werkt met een digitaal systeem voor aanvragen, waarin scholen en het Toegangsteam het dossier "
                "beheren. Ouders kunnen hun eigen dossier inzien. Het verband verwerkt alleen de persoonsgegevens die nodig zijn "
                "voor zijn wettelijke taken en bewaart gegevens over een verklaring van toegang tot drie jaar na het besluit. "
                "Er is een privacyreglement en een functionaris voor gegevensbescherming, die het verband deelt met vijf "
                "andere samenwerkingsverbanden."),
          ("p", "Voor de medewerkers van het bureau geldt de cao primair onderwijs. Elke medewerker heeft jaarlijks een "
                "gesprek over zijn of haar ontwikkeling en een individueel scholingsbudget. In 2026 volgen de orthopedagogen "
                "een gezamenlijke training in het schrijven van begrijpelijke adviezen, omdat we merken dat ouders de taal van "
                "onze verslagen soms moeilijk vinden. De medewerkers van het Toegangsteam worden geschoold in het werken met "
                "tolken. We hechten aan een gezond werkklimaat: het ziekteverzuim op het bureau was in 2025 3,1 procent, en we "
                "willen dat zo houden."),
          ("p", "In 2026 verhuist het bureau naar een nieuw pand. Daarbij wordt ook de ICT-infrastructuur vervangen. We letten "
                "daarbij op toegankelijkheid: de nieuwe website wordt getest door ouders met een beperking en ouders die het "
                "Nederlands niet als eerste taal spreken.")]

    B += [("h1", "13. Planning"),
          ("table", ["Wanneer", "Wat"],
           [["augustus 2026", "Start planperiode; invoering Commissie Toegang in nieuwe samenstelling"],
            ["najaar 2026", "Inventarisatie onder de scholen; stappenplan terugplaatsing; communicatieplan"],
            ["voorjaar 2027", "Eerste actualisatie van het plan met de ontbrekende hoofdstukken; instemming OPR"],
            ["2027", "Besluit over aanpassing aan de landelijke norm basisondersteuning"],
            ["voorjaar 2028", "Tweede actualisatie"],
            ["2029-2030", "Evaluatie en voorbereiding van het volgende plan"]]),
          ("p", "Elke actualisatie wordt ter instemming voorgelegd aan de ondersteuningsplanraad en besproken met de gemeenten.")]

    B += [("h1", "Afkortingen"),
          ("ul", ["OJSP - ouder- en jeugdsteunpunt", "OOGO - op overeenstemming gericht overleg",
                  "OPP - ontwikkelingsperspectief", "OPR - ondersteuningsplanraad", "Sbo - speciaal basisonderwijs",
                  "So - speciaal onderwijs", "SOP - schoolondersteuningsprofiel",
                  "Dekkend aanbod - een samenhangend geheel van ondersteuningsvoorzieningen waardoor elk kind een passende plek heeft",
                  "TLV - toelaatbaarheidsverklaring (in dit plan: verklaring van toegang)"])]
    return B


LABEL_C = """\
documents: [po-amstelland-west-english-summary.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: missing, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: []
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 Convenant: one minimum level for all 44 schools/vestigingen (niveau). 4.2 only copies the four-aspect Referentiekader definition; the concrete voorzieningen are in a Kwaliteitskaart 'geen onderdeel van dit plan' (inhoud not addressed). English summary also defers to the kwaliteitskaart."
  plaatsing: "H5 'Toegang tot het speciaal (basis)onderwijs' uses 'verklaring van toegang': applicant, dossier, Toegangsteam, two deskundigen, Commissie Toegang within 6 weeks (5.2); criteria table per sbo/so3/so4 (5.3); duration + categorie (5.4); bezwaar/LBT (5.5)."
  terugstroom: "H6: policy (return as soon as child can progress further, conditions, parental consent, 6 months ambulante begeleiding paid from arrangementen budget); the stappenplan (who initiates, moments, who decides) is deferred to 2026-2027 and to the first actualisatie."
  financien: "H7 'Het ondersteuningsgeld': verdeling EUR 165 per leerling, arrangementen via Toegangsteam, sbo budget; meerjarenbegroting 2026-2029 table with amounts; reserves/weerstandsvermogen; boards account in their jaarverslag."
  dekkend-aanbod: "H8 heading exists but body is a deferral '[p.m.]'; the English summary defers the 'range of support'; definition only in the Afkortingen list; OOGO is mentioned only procedurally (date, verslag in absent bijlage 6)."
  resultaten: "H9 only defers ('volgt in de eerste actualisatie ... nadat de nulmeting is uitgevoerd'); English summary defers 'intended results' too; nothing addressed."
  ouders: "10.3 (and English summary) name the independent Ouderpunt Amstelland OJSP with phone/chat/spreekuur, Onderwijsconsulenten, GPO, klachtencommissie = steunpunt; 10.2 defers how parents are informed to a communicatieplan/brochure 'in voorbereiding' = informatie not addressed; 10.1 parents' role = betrokkenheid."
"""

# ============================================================================================
# Plan D: VO, organised around 'bouwstenen' and 'opdrachten' (docx + pdf)
# ============================================================================================

def plan_d():
    B = []
    B += [("title", "Bouwen aan passend onderwijs"),
          ("sub", "Ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Voortgezet Onderwijs De Peelrand (VO 30-17)"),
          ("p", "Zes bouwstenen, zesentwintig opdrachten. Versie 1.0, vastgesteld door het algemeen bestuur op 25 maart 2026."),
          ("pagebreak",),
          ("toc", ["Deel A  Fundament",
                   "   A1 Voorwoord",
                   "   A2 Hoe dit plan is opgebouwd",
                   "   A3 Waar we voor staan",
                   "   A4 De Peelrand in cijfers",
                   "Deel B  Bouwstenen",
                   "   Bouwsteen 1  Een stevige basis",
                   "   Bouwsteen 2  Arrangeren op maat",
                   "   Bouwsteen 3  Toegang tot vso, pro en lwoo",
                   "   Bouwsteen 4  Terug en verder",
                   "   Bouwsteen 5  Niemand thuis",
                   "   Bouwsteen 6  Zicht op kwaliteit",
                   "   Bouwsteen 7  Ouders en leerlingen als partner (volgt)",
                   "   Bouwsteen 8  Financieel kader en meerjarenbegroting (volgt)",
                   "Deel C  Organisatie",
                   "   C1 Bestuur en toezicht",
                   "   C2 Medezeggenschap en OOGO",
                   "   C3 Mensen en middelen van het bureau",
                   "   C4 Informatievoorziening en privacy",
                   "   C5 Routekaart 2026-2030",
                   "Begrippen"]),
          ("pagebreak",)]

    B += [("h1", "Deel A Fundament"),
          ("h2", "A1 Voorwoord"),
          ("p", "Een huis bouw je niet in één keer. Je legt een fundament, je zet muren neer, je maakt een dak, en pas daarna "
                "richt je de kamers in. Zo hebben we ook naar dit ondersteuningsplan gekeken. Het vorige plan was een "
                "beleidsdocument van bijna honderd pagina's, dat vooral beschreef wat er al was. Dit plan is anders: het is "
                "opgebouwd uit bouwstenen die elk een deel van het passend onderwijs in De Peelrand dragen, en uit opdrachten "
                "die we onszelf geven om die bouwstenen de komende vier jaar te versterken."),
          ("p", "Niet alle bouwstenen zijn even ver. Zes bouwstenen zijn in dit plan uitgewerkt. Twee bouwstenen, over ouders en "
                "leerlingen en over het financieel kader, worden later toegevoegd. We hebben daarvoor gekozen omdat we de "
                "bouwsteen over ouders en leerlingen echt samen met hen willen maken, en omdat de meerjarenbegroting pas na de "
                "vaststelling van de nieuwe bekostigingssystematiek goed kan worden doorgerekend. We zijn ons ervan bewust dat "
                "dit plan daardoor op dit moment niet compleet is."),
          ("p", "Dit plan is tot stand gekomen in een reeks werkateliers met schoolleiders, ondersteuningscoördinatoren, "
                "mentoren, orthopedagogen, leerplichtambtenaren en jeugdhulpprofessionals. Wij danken iedereen die zijn tijd en "
                "ervaring heeft gedeeld."),
          ("p", "Een woord over de taal van dit plan. We hebben geprobeerd zo weinig mogelijk afkortingen te gebruiken en "
                "zinnen kort te houden. Waar dat niet lukte, staat achterin een lijst met begrippen. Het plan is ook bedoeld om "
                "mee te werken: de opdrachten komen terug in elke vergadering van het algemeen bestuur, en scholen kunnen zien "
                "welke opdrachten hen raken."),
          ("p", "Ir. J. (Joost) Verhagen, directeur-bestuurder"),
          ("h2", "A2 Hoe dit plan is opgebouwd"),
          ("p", "Elke bouwsteen heeft dezelfde opbouw. Eerst beschrijven we waarom de bouwsteen ertoe doet. Daarna beschrijven we "
                "hoe het in De Peelrand geregeld is: de afspraken die voor alle scholen gelden. Ten slotte formuleren we "
                "opdrachten: concrete taken voor het bureau, de scholen of het bestuur, met een datum waarop ze klaar moeten zijn. "
                "De opdrachten zijn genummerd (O1 tot en met O26) zodat ze in het jaarplan en het jaarverslag terug te vinden zijn."),
          ("p", "De opdrachten zijn nadrukkelijk geen resultaten voor leerlingen. Ze beschrijven wat wij als organisatie doen. "
                "Welke resultaten dat voor leerlingen moet opleveren, legt het bestuur jaarlijks vast in het jaarplan (zie "
                "bouwsteen 6)."),
          ("h2", "A3 Waar we voor staan"),
          ("p", "Een passende plek voor iedere leerling, zo dicht mogelijk bij huis, is wat leerlingen en hun ouders van ons "
                "mogen verwachten. Wij geloven dat de meeste leerlingen het best tot hun recht komen in het reguliere voortgezet "
                "onderwijs, met ondersteuning die om hen heen wordt georganiseerd. Voor leerlingen die meer nodig hebben, is er "
                "het vso en het praktijkonderwijs, met dezelfde ambitie: een diploma, een certificaat of een plek op de "
                "arbeidsmarkt die bij hen past."),
          ("p", "We werken vanuit drie waarden. Eigenaarschap: de school waar de leerling staat ingeschreven, blijft "
                "verantwoordelijk totdat er een andere passende plek is. Eenvoud: procedures zijn zo kort als mogelijk en zo "
                "lang als nodig. Samen: scholen, gemeenten en jeugdhulp delen de opdracht om geen enkele jongere kwijt te raken."),
          ("h2", "A4 De Peelrand in cijfers"),
          ("table", ["Kenmerk", "Aantal (1 oktober 2025)"],
           [["Schoolbesturen", "6"], ["Vestigingen regulier vo", "13"], ["Scholen voor praktijkonderwijs", "2"],
            ["Vso-scholen (cluster 3 en 4)", "3"], ["Leerlingen totaal", "11.480"], ["Leerlingen vso", "402"],
            ["Leerlingen praktijkonderwijs", "361"], ["Leerlingen met lwoo", "884"], ["Gemeenten", "5"]]),
          ("p", "Het verband ligt in een landelijk gebied met twee middelgrote kernen, Deurne en Helmond-Oost. Veel leerlingen "
                "reizen met de fiets of de bus meer dan tien kilometer naar school. De leerlingaantallen dalen tot 2030 naar "
                "verwachting met 6 procent. Dat heeft gevolgen voor de spreiding van het aanbod, vooral voor de kleine "
                "vmbo-locaties.")]

    B += [("h1", "Deel B Bouwstenen"),
          ("h2", "Bouwsteen 1 Een stevige basis"),
          ("h3", "Waarom"),
          ("p", "De meeste ondersteuning krijgen leerlingen in de eigen klas, van hun eigen mentor en vakdocenten. Hoe sterker de "
                "basis, hoe minder leerlingen een arrangement of een overstap naar een andere school nodig hebben."),
          ("h3", "Hoe het geregeld is"),
          ("p", "In De Peelrand is basisondersteuning het niveau van ondersteuning dat elke vestiging van elke school voor "
                "voortgezet onderwijs in het verband ten minste biedt, ook de scholen voor praktijkonderwijs. Het algemeen "
                "bestuur heeft dat niveau vastgelegd in twaalf standaarden. Een school mag meer bieden, niet minder."),
          ("ol", ["Elke leerling heeft een mentor met ten minste één individueel gesprek per periode.",
                  "Elke vestiging heeft een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen.",
                  "Elke vestiging heeft een ondersteuningsteam dat ten minste eens per zes weken bijeenkomt, met de "
                  "ondersteuningscoördinator, een orthopedagoog of psycholoog, de jeugdarts of jeugdverpleegkundige en de "
                  "schoolmaatschappelijk werker.",
                  "Leerlingen met dyslexie of dyscalculie krijgen faciliteiten volgens het protocol van de school: extra tijd, "
                  "vergroot lettertype, voorleessoftware en gebruik van een rekenkaart.",
                  "Elke vestiging biedt een training sociale vaardigheden en een faalangstreductietraining.",
                  "Elke vestiging heeft een aanpak voor executieve functies (plannen en organiseren) in de onderbouw.",
                  "Elke vestiging heeft een time-outvoorziening met begeleiding, zodat een leerling die vastloopt in de les "
                  "niet naar huis wordt gestuurd.",
                  "Elke vestiging werkt met een OPP voor leerlingen die extra ondersteuning krijgen.",
                  "Elke vestiging heeft een protocol voor medisch handelen en voor leerlingen met een chronische ziekte.",
                  "Elke vestiging heeft een aanpak voor verzuim volgens het regionale verzuimprotocol.",
                  "Elke vestiging biedt een aanbod voor begaafde leerlingen (verrijking, versnelling of plusprogramma).",
                  "Elke vestiging heeft een warme overdracht met het primair onderwijs en met het mbo."]),
          ("p", "De standaarden vormen het toetsingskader voor de collegiale audit. Elke vestiging laat eens per twee jaar een "
                "collegiale audit uitvoeren door twee ondersteuningscoördinatoren van andere scholen en een orthopedagoog van het "
                "verband. Blijkt een vestiging een standaard niet te halen, dan stelt het schoolbestuur binnen drie maanden een "
                "verbeterplan op, dat het bestuur van het verband volgt tot de standaard wel wordt gehaald."),
          ("h3", "Opdrachten"),
          ("ul", ["O1 Alle vestigingen hebben vóór 1 juli 2027 een collegiale audit gehad.",
                  "O2 Het bureau organiseert jaarlijks twee netwerkbijeenkomsten voor ondersteuningscoördinatoren.",
                  "O3 Het bestuur toetst de twaalf standaarden aan de landelijke norm zodra die is vastgesteld.",
                  "O4 Het bureau stelt vóór 1 augustus 2026 een handreiking voor de collegiale audit op."])]

    B += [("h2", "Bouwsteen 2 Arrangeren op maat"),
          ("h3", "Waarom"),
          ("p", "Niet elke leerling kan met de basis uit de voeten. Voor die leerlingen moet er een aanbod zijn dat op elkaar "
                "aansluit, zodat zij niet van het ene loket naar het andere gaan."),
          ("h3", "Hoe het geregeld is"),
          ("p", "Het ondersteuningsaanbod in De Peelrand bestaat uit vier niveaus. Samen vormen ze het samenhangend geheel van "
                "voorzieningen binnen en tussen de scholen."),
          ("table", ["Niveau", "Wat", "Waar"],
           [["1 Basis", "De twaalf standaarden van bouwsteen 1", "Elke vestiging"],
            ["2 Extra in de school", "Een arrangement op de eigen school: extra begeleiding door een ambulant begeleider, "
             "een aangepast rooster, een trajectklas of een plek in het ondersteuningslokaal", "Elke vestiging; "
             "trajectklassen op vier locaties"],
            ["3 Bovenschools", "Tijdelijke plaatsing in het OPDC De Overstap (maximaal een jaar) of in de Reboundvoorziening "
             "(twaalf weken), met behoud van inschrijving op de eigen school; de Schakelklas voor nieuwkomers", "Deurne en Helmond-Oost"],
            ["4 Specialistisch", "Vso cluster 3 en 4, praktijkonderwijs, en voor leerlingen met een zorgvraag een "
             "onderwijs-zorgarrangement in samenwerking met een zorgaanbieder", "Drie vso-scholen en twee pro-scholen"]]),
          ("p", "Een school die voor een leerling meer nodig heeft dan niveau 1, bespreekt dat in het ondersteuningsteam met de "
                "trajectbegeleider van het verband. De trajectbegeleider helpt de school om het juiste niveau te kiezen en "
                "regelt de plaatsing op niveau 3. Onderwijs-zorgarrangementen worden afgesproken met de gemeente van de leerling "
                "en de zorgaanbieder; daarvoor is in het OOGO een vaste werkwijze afgesproken met de vijf gemeenten."),
          ("h3", "Opdrachten"),
          ("ul", ["O5 Het OPDC De Overstap breidt vóór 1 augustus 2027 uit met een groep voor leerlingen in de bovenbouw havo.",
                  "O6 Er komt een vijfde trajectklas in Gemert vóór 1 augustus 2028.",
                  "O7 Het bureau maakt vóór 1 januari 2027 voor de ondersteuningscoördinatoren een overzicht van alle arrangementen per vestiging.",
                  "O8 Samen met de gemeenten evalueren we in 2028 de werkwijze voor onderwijs-zorgarrangementen."])]

    B += [("h2", "Bouwsteen 3 Toegang tot vso, pro en lwoo"),
          ("h3", "Waarom"),
          ("p", "Een overstap naar het vso of het praktijkonderwijs is een grote stap. Het moet voor iedereen helder zijn "
                "wanneer een leerling daarvoor in aanmerking komt."),
          ("h3", "Hoe het geregeld is"),
          ("p", "Het verband geeft toelaatbaarheidsverklaringen af voor het vso en het praktijkonderwijs en besluit over de "
                "aanwijzing voor leerwegondersteuning. Wij hanteren de volgende criteria."),
          ("table", ["Voorziening", "Toelaatbaar of aangewezen als ..."],
           [["Vso", "De leerling heeft een ondersteuningsbehoefte die niet binnen niveau 1 tot en met 3 kan worden geboden; "
             "er is ten minste zes maanden een arrangement ingezet en geëvalueerd (tenzij de problematiek dat evident "
             "zinloos maakt); en er is sprake van een beperking, ziekte of stoornis die een specialistische onderwijssetting "
             "vraagt (cluster 3 of 4)."],
            ["Praktijkonderwijs", "Landelijke criteria: een IQ tussen 55 en 80 én leerachterstanden van drie jaar of meer "
             "op ten minste twee van de vier domeinen (inzichtelijk rekenen, begrijpend lezen, technisch lezen, spellen), "
             "waarvan één inzichtelijk rekenen of begrijpend lezen is."],
            ["Leerwegondersteuning", "Landelijke criteria: een IQ tussen 75 en 90 met leerachterstanden van anderhalf tot drie "
             "jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 met die leerachterstanden én sociaal-emotionele "
             "problematiek die het leren belemmert."]]),
          ("p", "Bij een toelaatbaarheidsverklaring voor het vso hoort een bekostigingscategorie. Die is laag voor leerlingen "
                "met gedrags- of psychiatrische problematiek en voor leerlingen met een verstandelijke beperking, midden voor "
                "leerlingen met een lichamelijke beperking of langdurige ziekte en hoog voor leerlingen met een meervoudige "
                "beperking. Een toelaatbaarheidsverklaring voor het vso geldt voor twee schooljaren; voor het praktijkonderwijs "
                "geldt de verklaring voor de gehele schoolloopbaan."),
          ("p", "De aanvraagroute, de termijnen en de samenstelling van de commissie staan in de Handleiding Loket 2026, die op de "
                "website van het verband staat en geen onderdeel is van dit plan."),
          ("h3", "Opdrachten"),
          ("ul", ["O9 Het bureau herziet de Handleiding Loket vóór 1 augustus 2026.",
                  "O10 Vóór 1 januari 2027 onderzoeken we of een eigen lwoo-systematiek ('opting out') meerwaarde heeft.",
                  "O11 De doorlooptijd van aanvragen wordt per kwartaal gerapporteerd (zie bouwsteen 6)."])]

    B += [("h2", "Bouwsteen 4 Terug en verder"),
          ("h3", "Waarom"),
          ("p", "Een plaatsing in het vso is niet per definitie voor de hele schoolloopbaan. Het moet duidelijk zijn hoe "
                "beoordeeld wordt of een leerling terug kan naar het regulier voortgezet onderwijs."),
          ("h3", "Hoe het geregeld is"),
          ("ol", ["Elke vso-school evalueert het OPP van iedere leerling ten minste één keer per jaar. In het laatste jaar van "
                  "de toelaatbaarheidsverklaring vindt die evaluatie plaats vóór 1 december.",
                  "Uit de evaluatie blijkt of de leerling kan overstappen naar het regulier voortgezet onderwijs, naar een "
                  "andere vso-school of naar het praktijkonderwijs, of dat verlenging van het vso nodig is.",
                  "Als een overstap naar het regulier vo in beeld is, meldt de vso-school dat vóór 15 december bij de "
                  "trajectbegeleider van het verband. De trajectbegeleider organiseert vóór 1 februari een overstapgesprek "
                  "met de vso-school en de beoogde school.",
                  "De directeur van het verband besluit vóór 1 maart, op advies van de trajectbegeleider, over de overstap. "
                  "Is de overstap niet verantwoord, dan vraagt het bestuur van de vso-school een nieuwe "
                  "toelaatbaarheidsverklaring aan volgens de Handleiding Loket.",
                  "De overstap vindt plaats per 1 augustus, of eerder als alle betrokkenen dat willen."]),
          ("h3", "Opdrachten"),
          ("ul", ["O12 Vóór 1 augustus 2027 stelt het bestuur beleid vast over de voorwaarden voor terugkeer en de begeleiding "
                  "van leerlingen na hun overstap; tot die tijd beslissen we per leerling.",
                  "O13 Het aantal overstappen van vso naar regulier wordt jaarlijks gerapporteerd (zie bouwsteen 6)."])]

    B += [("h2", "Bouwsteen 5 Niemand thuis"),
          ("h3", "Waarom"),
          ("p", "Elke leerling die thuis zit zonder onderwijs, is er één te veel. Een sluitend netwerk betekent dat we weten "
                "welke leerlingen buiten de boot vallen en dat we daar iets aan doen."),
          ("h3", "Hoe het geregeld is"),
          ("p", "Het verband houdt samen met de leerplichtambtenaren een actuele lijst bij van leerlingen die langer dan vier "
                "weken geen onderwijs volgen. Op 1 oktober 2025 ging het om 17 leerlingen, van wie 6 langer dan drie maanden. "
                "Daarnaast hadden 9 jongeren een vrijstelling van de leerplicht op grond van artikel 5a."),
          ("p", "Elke leerling op de lijst wordt binnen twee weken besproken in het Regionaal Plaatsingsoverleg, waarin de "
                "trajectbegeleiders van het verband, de leerplichtambtenaren en het lokale team van de gemeente zitten. Het "
                "overleg wijst een casusregisseur aan en maakt een plan met een datum waarop de leerling weer onderwijs volgt. "
                "Lukt dat binnen zes weken niet, dan escaleert de casusregisseur naar de directeur-bestuurder, die een "
                "schoolbestuur kan opdragen de leerling tijdelijk op te nemen. Zo zorgen we dat de zorgplicht van het bestuur "
                "waar de leerling is aangemeld, ook echt wordt waargemaakt."),
          ("p", "Eens per jaar maken we een analyse van de witte vlekken in het aanbod: groepen leerlingen voor wie geen passende "
                "plek beschikbaar was. In de analyse van 2025 kwamen twee groepen naar voren: leerlingen in de bovenbouw havo met "
                "ernstige angstproblematiek (daarvoor is opdracht O5) en jonge nieuwkomers met een trauma die niet in de "
                "Schakelklas passen. Voor die laatste groep start in januari 2027 een pilot met een zorgaanbieder."),
          ("h3", "Opdrachten"),
          ("ul", ["O14 Het Regionaal Plaatsingsoverleg werkt vóór 1 januari 2027 met één digitaal registratiesysteem.",
                  "O15 Vóór 1 januari 2027 start de pilot voor nieuwkomers met een trauma.",
                  "O16 Jaarlijks in december bespreekt het bestuur de witte-vlekkenanalyse.",
                  "O17 Met de gemeenten maken we vóór 2028 afspraken over de inzet van vrijstellingen."])]

    B += [("h2", "Bouwsteen 6 Zicht op kwaliteit"),
          ("h3", "Waarom"),
          ("p", "Zonder gegevens weten we niet of ons handelen iets oplevert. Deze bouwsteen beschrijft hoe we bijhouden wat er "
                "gebeurt en hoe we daarover verantwoording afleggen."),
          ("h3", "Hoe het geregeld is"),
          ("p", "Het bureau houdt de Peelrandmonitor bij, een dashboard met kengetallen dat elk kwartaal wordt bijgewerkt. De "
                "gegevens komen uit het registratiesysteem van het loket, de DUO-telling op 1 oktober, de verzuimregistratie van "
                "de leerplichtambtenaren en de OPP-evaluaties die scholen aanleveren. De monitor wordt elk kwartaal besproken in "
                "het algemeen bestuur en twee keer per jaar met de ondersteuningsplanraad. In het jaarverslag leggen we "
                "verantwoording af over de kengetallen en over de voortgang van de opdrachten. Eens per twee jaar houden we een "
                "tevredenheidspeiling onder scholen."),
          ("table", ["Kengetal", "2023", "2024", "2025"],
           [["Deelnamepercentage vso", "3,7%", "3,6%", "3,5%"],
            ["Deelnamepercentage pro", "3,2%", "3,1%", "3,1%"],
            ["Aantal afgegeven TLV's vso", "121", "108", "97"],
            ["Gemiddelde doorlooptijd aanvraag (weken)", "7,4", "6,8", "5,9"],
            ["Leerlingen langer dan drie maanden thuis", "11", "8", "6"],
            ["Overstappen vso naar regulier vo", "5", "7", "9"],
            ["Plaatsingen OPDC De Overstap", "64", "71", "69"]]),
          ("p", "Dit plan bevat bewust geen beoogde resultaten voor leerlingen. Het bestuur legt die jaarlijks vast in het "
                "jaarplan, na bespreking van de monitor."),
          ("h3", "Opdrachten"),
          ("ul", ["O18 De Peelrandmonitor wordt vóór 1 januari 2027 uitgebreid met gegevens over uitstroom naar het mbo.",
                  "O19 Het jaarverslag verschijnt elk jaar vóór 1 juli.",
                  "O20 In 2028 voeren we een tussentijdse evaluatie van dit plan uit."])]

    B += [("h2", "Bouwsteen 7 Ouders en leerlingen als partner (volgt)"),
          ("p", "Deze bouwsteen wordt op dit moment uitgewerkt in een werkgroep. Hij wordt na instemming van de "
                "ondersteuningsplanraad aan dit plan toegevoegd; de planning is juni 2026. Tot die tijd gelden de afspraken "
                "van het vorige plan."),
          ("h2", "Bouwsteen 8 Financieel kader en meerjarenbegroting (volgt)"),
          ("p", "De financiële vertaling van de bouwstenen wordt uitgewerkt in de meerjarenbegroting 2026-2030, die het "
                "algemeen bestuur afzonderlijk vaststelt zodra de gevolgen van de nieuwe bekostigingssystematiek bekend zijn. "
                "Deze bouwsteen wordt daarna aan het plan toegevoegd.")]

    B += [("h1", "Deel C Organisatie"),
          ("h2", "C1 Bestuur en toezicht"),
          ("p", "Het verband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de zes aangesloten "
                "schoolbesturen. De directeur-bestuurder vormt het uitvoerend bestuur en is verantwoordelijk voor de dagelijkse "
                "leiding van het bureau. De intern toezichthouders zijn de leden van het algemeen bestuur, aangevuld met een "
                "onafhankelijk voorzitter. Het algemeen bestuur vergadert zes keer per jaar en stelt het ondersteuningsplan, het "
                "jaarplan, de begroting en het jaarverslag vast."),
          ("h2", "C2 Medezeggenschap en OOGO"),
          ("p", "De ondersteuningsplanraad telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de scholen. De "
                "raad heeft op 18 maart 2026 ingestemd met dit plan, onder de voorwaarde dat bouwsteen 7 en bouwsteen 8 vóór "
                "1 juli 2026 ter instemming worden voorgelegd. Het op overeenstemming gericht overleg met de vijf gemeenten "
                "vond plaats op 5 maart 2026; het overleg met het samenwerkingsverband PO vond plaats op 2 maart 2026. Het "
                "plan is op 30 maart 2026 aan de inspectie gezonden."),
          ("h2", "C3 Mensen en middelen van het bureau"),
          ("p", "Het bureau telt veertien medewerkers: de directeur-bestuurder, een beleidsmedewerker, zes trajectbegeleiders, "
                "twee orthopedagogen, een secretaris van het loket, een controller en twee administratief medewerkers. Het "
                "bureau is gehuisvest in het Onderwijshuis in Deurne. De trajectbegeleiders zijn elk gekoppeld aan twee of drie "
                "vestigingen. Het bureau investeert in scholing: elke medewerker heeft een persoonlijk scholingsbudget en het "
                "team volgt jaarlijks een gezamenlijke training. Met de beschikbare middelen willen we de formatie van het "
                "bureau stabiel houden, ondanks de dalende leerlingaantallen."),
          ("p", "Het bureau werkt volgens een vast ritme. Op maandag is er teamoverleg, op dinsdag en donderdag zijn de "
                "trajectbegeleiders op de scholen, en eens per maand is er een intervisiebijeenkomst onder leiding van een "
                "externe begeleider. Nieuwe medewerkers krijgen een maatje en lopen de eerste maand mee met een ervaren collega. "
                "Het ziekteverzuim op het bureau was in 2025 4,2 procent."),
          ("h2", "C4 Informatievoorziening en privacy"),
          ("p", "Het loket werkt met een digitaal registratiesysteem waarin aanvragen, besluiten en adviezen worden vastgelegd. "
                "Het verband verwerkt bijzondere persoonsgegevens, zoals gegevens over gezondheid, alleen voor zover dat nodig is "
                "voor de wettelijke taken. Gegevens worden bewaard tot drie jaar na het besluit. Het verband heeft een "
                "functionaris gegevensbescherming en een verwerkersovereenkomst met de leverancier van het systeem."),
          ("h2", "C5 Routekaart 2026-2030"),
          ("table", ["Schooljaar", "Belangrijkste opdrachten"],
           [["2026-2027", "O1, O4, O7, O9, O10, O14, O15, O18; bouwstenen 7 en 8 toevoegen"],
            ["2027-2028", "O5, O12, O16, O17"],
            ["2028-2029", "O6, O8, O20"],
            ["2029-2030", "Evaluatie; voorbereiding plan 2030-2034"]]),
          ("p", "Opdrachten O21 tot en met O26 horen bij bouwstenen 7 en 8 en worden met die bouwstenen toegevoegd.")]

    B += [("h1", "Begrippen"),
          ("ul", ["Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een leerling in het vso.",
                  "Meerjarenbegroting: de begroting van het verband voor de gehele planperiode.",
                  "OJSP: ouder- en jeugdsteunpunt, waar ouders en leerlingen onafhankelijke hulp krijgen.",
                  "Onderwijsconsulenten: landelijke organisatie die ouders gratis adviseert.",
                  "OPDC: orthopedagogisch-didactisch centrum.",
                  "Terugplaatsing: terugkeer van een leerling van het vso naar het regulier vo.",
                  "Verdeelmodel: de regels waarmee het verband middelen over de scholen verdeelt.",
                  "Zorgplicht: de plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."])]
    return B


LABEL_D = """\
documents: [vo-peelrand-bouwstenen.docx, vo-peelrand-bouwstenen.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Bouwsteen 1 'Een stevige basis': minimum for every vestiging incl. pro, twelve numbered standaarden, collegiale audit + verbeterplan."
  plaatsing: "Bouwsteen 3 gives criteria for vso, pro and lwoo (table) and the bekostigingscategorie/duration, but the aanvraagroute, termijnen and commission are only in the 'Handleiding Loket 2026 ... geen onderdeel van dit plan' (Bouwsteen 4 step 4 again only refers to the Handleiding for a new TLV)."
  terugstroom: "Bouwsteen 4 'Terug en verder' gives numbered steps (OPP-evaluatie before 1 Dec, melding 15 Dec, overstapgesprek, directeur decides before 1 March, new TLV otherwise); policy on conditions and support after return is deferred by opdracht O12 ('vóór 1 augustus 2027 stelt het bestuur beleid vast')."
  financien: "Bouwsteen 8 '(volgt)' defers everything to a separately adopted meerjarenbegroting; only TOC, glossary ('Verdeelmodel', 'Meerjarenbegroting') and passing 'middelen' in C3 remain."
  dekkend-aanbod: "Bouwsteen 2: four-level table of voorzieningen (trajectklas, OPDC, Rebound, Schakelklas, vso/pro, OZA via OOGO); Bouwsteen 5: thuiszitterslijst with numbers, Regionaal Plaatsingsoverleg, escalation, zorgplicht, yearly witte-vlekkenanalyse with actions."
  resultaten: "Bouwsteen 6 'Zicht op kwaliteit': Peelrandmonitor, quarterly discussion, jaarverslag, kengetallen table 2023-2025 = monitoring; the plan states it 'bevat bewust geen beoogde resultaten' (jaarplan) and the opdrachten are activities, so doelen not addressed."
  ouders: "Bouwsteen 7 'Ouders en leerlingen als partner (volgt)' is a pure deferral; OJSP and Onderwijsconsulenten appear only in the Begrippen list; 'ouders' otherwise only in the visie sentence."
"""

# ============================================================================================
# Plan E: PO, small verband (8 schools) written by one person (markdown)
# ============================================================================================

def plan_e():
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 — Samenwerkingsverband Passend Primair Onderwijs De Venen-Oost (PO 24-31)"),
          ("sub", "Acht scholen, één verband. Geschreven door Marieke Hoekstra, coördinator passend onderwijs. "
                  "Vastgesteld door het bestuur op 9 april 2026; instemming ondersteuningsplanraad 2 april 2026."),
          ("toc", ["1. Vooraf",
                   "2. Ons verband in het kort",
                   "3. Wat we willen",
                   "4. Basisondersteuning op onze scholen",
                   "5. Van basis naar meer",
                   "6. Toelaatbaarheid",
                   "7. Terug naar de eigen school",
                   "8. Geld",
                   "9. Resultaten",
                   "10. Communicatie en contact met ouders",
                   "11. Bestuur, OPR en de gemeente",
                   "12. Wat ik nog niet weet (o.a. dekkend aanbod en thuiszitters)",
                   "13. Afkortingen"])]

    B += [("h1", "1. Vooraf"),
          ("p", "Dit is het ondersteuningsplan van een klein samenwerkingsverband. Ons verband bestaat uit acht scholen: zeven "
                "basisscholen en één school voor speciaal basisonderwijs, De Vlonder. We hebben geen bureau, geen "
                "beleidsmedewerkers en geen communicatieafdeling. Ik ben de enige medewerker van het verband, voor drie dagen "
                "per week. Daarom heb ik dit plan zelf geschreven, in overleg met de acht directeuren, de twee "
                "schoolbestuurders en de ondersteuningsplanraad."),
          ("p", "Ik heb geprobeerd het plan te schrijven zoals ik er zelf over praat: in gewone taal en zonder veel jargon. Waar "
                "ik iets nog niet weet, schrijf ik dat op. Een klein verband heeft voordelen: iedereen kent elkaar, de lijnen zijn "
                "kort en als er iets is met een kind, kunnen we snel schakelen. Het heeft ook nadelen: als ik ziek ben, ligt er "
                "veel stil, en voor specialistische kennis zijn we afhankelijk van anderen."),
          ("p", "Dit plan gaat over vier schooljaren, van 1 augustus 2026 tot en met 31 juli 2030. Ik zal het elk jaar bijwerken "
                "als dat nodig is. Opmerkingen en vragen zijn altijd welkom; mijn gegevens staan in hoofdstuk 10."),
          ("p", "Hoe is dit plan tot stand gekomen? In september 2025 ben ik begonnen met een lijstje van wat er volgens de wet "
                "in een ondersteuningsplan moet staan. Daarna heb ik met elke directeur een gesprek gevoerd van ongeveer een uur, "
                "meestal in de personeelskamer na schooltijd. In november heb ik een eerste versie besproken met de intern "
                "begeleiders, die me op veel punten hebben verbeterd. In januari lag er een concept bij het bestuur, in februari "
                "bij de ondersteuningsplanraad en in maart bij de gemeente. Tussendoor heb ik regelmatig gebeld met collega's van "
                "andere kleine verbanden, die me lieten zien hoe zij het aanpakken."),
          ("p", "Ik heb ervoor gekozen om het plan niet dikker te maken dan nodig. Een plan van tachtig pagina's dat niemand "
                "leest, helpt geen kind. Wel wil ik dat een ouder, een leerkracht of een inspecteur in dit plan kan terugvinden "
                "hoe het bij ons werkt."),
          ("p", "Marieke Hoekstra")]

    B += [("h1", "2. Ons verband in het kort"),
          ("p", "Het samenwerkingsverband ligt in één gemeente, De Venen-Oost, met vijf dorpen en een klein stadje. Er zijn twee "
                "schoolbesturen: Stichting Openbaar Onderwijs De Venen (vier scholen) en Stichting Christelijk Primair Onderwijs "
                "Venen-Oost (vier scholen, waaronder De Vlonder). Voor het speciaal onderwijs zijn we aangewezen op scholen buiten "
                "onze regio, vooral in Utrecht en Woerden."),
          ("table", ["School", "Plaats", "Bestuur", "Leerlingen 1-10-2025"],
           [["OBS De Weide", "Vinkeveen-Oost", "Openbaar", "212"], ["OBS 't Kompas", "Waverveen", "Openbaar", "94"],
            ["OBS De Brug", "Mijdrecht-Zuid", "Openbaar", "268"], ["OBS Het Veenmos", "Wilnis-Noord", "Openbaar", "176"],
            ["CBS De Regenboog", "Vinkeveen-Oost", "Christelijk", "231"], ["CBS Het Anker", "Mijdrecht-Zuid", "Christelijk", "247"],
            ["CBS De Zaaier", "Amstelhoek", "Christelijk", "119"], ["SBO De Vlonder", "Mijdrecht-Zuid", "Christelijk", "73"]]),
          ("p", "In totaal gaat het om 1.420 leerlingen. Daarnaast gingen op 1 oktober 2025 19 kinderen uit onze dorpen naar een "
                "so-school buiten de regio. Het aantal leerlingen daalt langzaam; De Zaaier en 't Kompas zijn kleine scholen "
                "waar we ons zorgen om maken."),
          ("p", "Het verband is een stichting. Het bestuur bestaat uit de twee schoolbestuurders. Er is geen raad van toezicht; "
                "het intern toezicht is belegd bij een toezichthouder die we samen met twee andere kleine verbanden hebben "
                "aangesteld. Ik ben in dienst van het verband en leg verantwoording af aan het bestuur."),
          ("p", "Het verband bestaat sinds 2014. De eerste jaren werd het werk gedaan door een van de directeuren, naast haar "
                "eigen school. Sinds 2019 is er een coördinator; ik ben de tweede. De administratie is uitbesteed aan het "
                "administratiekantoor van het openbaar bestuur, en de jaarrekening wordt gecontroleerd door dezelfde accountant "
                "als die van de twee besturen. Het verband heeft geen eigen kantoor: ik werk vanuit een kamer in De Vlonder en "
                "op de scholen zelf.")]

    B += [("h1", "3. Wat we willen"),
          ("p", "We willen dat kinderen in De Venen-Oost naar school kunnen in hun eigen dorp, ook als ze wat meer nodig hebben. "
                "Een kleine gemeente heeft weinig voorzieningen, en elke reis naar Utrecht is voor een jong kind lang. Daarom "
                "proberen we zo veel mogelijk hier te organiseren. Als het echt niet anders kan, zorgen we dat een kind een "
                "goede plek krijgt, ook al is die verder weg."),
          ("p", "We willen ook dat leerkrachten zich gesteund voelen. In een dorpsschool met drie combinatiegroepen staat een "
                "leerkracht er vaak alleen voor. Het verband kan daar iets aan doen, door kennis te delen tussen de scholen en "
                "door specialisten van De Vlonder in te zetten op de basisscholen."),
          ("p", "En we willen eerlijk zijn over wat we kunnen. Met ongeveer een miljoen euro per jaar en één coördinator kunnen "
                "we niet alles. We kiezen daarom voor een paar dingen die we goed willen doen, in plaats van veel dingen half."),
          ("p", "Wat zijn die dingen? In de gesprekken met de directeuren kwamen steeds dezelfde onderwerpen terug: leerkrachten "
                "die handelingsverlegen zijn bij kinderen met gedragsproblemen, kinderen die terug willen naar hun dorp, en de "
                "vraag hoe je als kleine school met drie combinatiegroepen recht doet aan alle verschillen. Daar richten we ons "
                "op. Andere onderwerpen, zoals hoogbegaafdheid of nieuwkomers, laten we voorlopig bij de scholen zelf, omdat "
                "die daar al goed mee bezig zijn en omdat het om kleine aantallen gaat.")]

    B += [("h1", "4. Basisondersteuning op onze scholen"),
          ("p", "In het voorjaar van 2025 heb ik alle acht scholen bezocht en met de directeur en de intern begeleider "
                "doorgenomen wat zij aan basisondersteuning bieden. Ik heb daarbij de schoolondersteuningsprofielen naast "
                "elkaar gelegd. Dit is wat ik op alle acht scholen aantrof:"),
          ("ul", ["een intern begeleider (op de kleinste scholen één dag per week, op de grotere twee tot drie dagen);",
                  "groepsbesprekingen drie keer per jaar en leerlingbesprekingen met de intern begeleider;",
                  "een dyslexieprotocol en extra leesbegeleiding voor kinderen met een leesachterstand, in een klein groepje of "
                  "individueel, twee tot drie keer per week;",
                  "een methode voor sociaal-emotionele ontwikkeling en een pestprotocol;",
                  "een ontwikkelingsperspectief (OPP) voor kinderen met een eigen leerlijn;",
                  "verrijkingsmateriaal voor kinderen die meer aankunnen, en sinds 2024 een gezamenlijke plusgroep op "
                  "woensdagochtend bij De Brug;",
                  "afspraken met de jeugdverpleegkundige van het consultatiebureau en het lokale team van de gemeente;",
                  "een protocol medisch handelen."]),
          ("p", "Er zijn ook verschillen. Twee scholen hebben een eigen rekenspecialist, één school werkt met een "
                "time-outplek, en de scholen van het openbaar bestuur werken met een gedragsspecialist die tussen de scholen "
                "rouleert."),
          ("p", "Wat we nog niet hebben, is een afgesproken niveau dat voor alle acht scholen geldt en waar ouders op kunnen "
                "rekenen. Wat ik hierboven beschrijf, is wat er nu is, niet wat we met elkaar hebben afgesproken. De twee "
                "besturen hebben afgesproken dat zij in het schooljaar 2026-2027 een gezamenlijke ondergrens vaststellen, "
                "rekening houdend met de landelijke norm die eraan komt.")]

    B += [("h1", "5. Van basis naar meer"),
          ("p", "Voor kinderen die meer nodig hebben dan de basis, hebben we in ons kleine verband de volgende mogelijkheden, van "
                "licht naar zwaar:"),
          ("ol", ["Een arrangement op de eigen school: bijvoorbeeld extra uren van een onderwijsassistent, begeleiding door een "
                  "specialist van De Vlonder, of een aangepast programma voor een kind met een eigen leerlijn.",
                  "Ambulante begeleiding door een specialist van De Vlonder of van een so-school, voor het kind en de leerkracht.",
                  "De Kangoeroegroep: een groep van maximaal acht kinderen die één ochtend per week bij De Vlonder een "
                  "programma volgen, terwijl ze de rest van de week op hun eigen school zitten.",
                  "Een plaatsing in het speciaal basisonderwijs, bij De Vlonder.",
                  "Een plaatsing in het speciaal onderwijs. Daarvoor gaan kinderen naar scholen in Utrecht of Woerden, "
                  "bijvoorbeeld cluster 3 De Wissel of cluster 4 Het Balkon. Kinderen die zowel onderwijs als jeugdhulp nodig "
                  "hebben, kunnen op Het Balkon een combinatie krijgen met dagbehandeling."]),
          ("p", "De stappen sluiten op elkaar aan: de Kangoeroegroep en de ambulante begeleiding zijn voor veel kinderen een "
                "tussenstap tussen de eigen school en De Vlonder. En omgekeerd: een kind dat bij "
                "De Vlonder zit, kan weer terug (zie hoofdstuk 7).")]

    B += [("h1", "6. Toelaatbaarheid"),
          ("p", "Voor een plaatsing bij De Vlonder of op een so-school is een toelaatbaarheidsverklaring nodig. Hoe die wordt "
                "aangevraagd en beoordeeld, staat in het Reglement toelaatbaarheid 2024. Dat reglement is niet in dit plan "
                "opgenomen; de directeuren en intern begeleiders hebben het, en het staat op de website. Ik wil het reglement "
                "in 2026-2027 herzien, omdat het nog uitgaat van een commissie die we in de praktijk niet meer hebben.")]

    B += [("h1", "7. Terug naar de eigen school"),
          ("h2", "7.1 Wat we vinden"),
          ("p", "Een kind dat naar De Vlonder of het so gaat, verliest vaak de band met het eigen dorp. Daarom vinden wij dat "
                "een kind terug moet kunnen naar een basisschool in het eigen dorp zodra dat verantwoord is. Verantwoord "
                "betekent voor ons: het kind haalt de doelen uit het OPP, kan zich handhaven in een grotere groep, en de "
                "ontvangende school heeft de ondersteuning die het kind nodig heeft, eventueel met een arrangement. Als "
                "ouders twijfelen, nemen we de tijd: een terugplaatsing forceren we nooit."),
          ("p", "Een kind dat terugkomt, krijgt het eerste halfjaar begeleiding van een specialist van De Vlonder of van de "
                "so-school, en de leerkracht van de ontvangende school krijgt twee keer een coachingsgesprek. Het verband "
                "betaalt deze begeleiding. Na een halfjaar kijken we samen of het goed gaat."),
          ("h2", "7.2 Hoe het gaat"),
          ("ol", ["Elk jaar in januari bespreekt De Vlonder (of de so-school) in de OPP-evaluatie met de ouders of terugkeer "
                  "een optie is. Voor kinderen in het laatste jaar van hun toelaatbaarheidsverklaring gebeurt dat altijd.",
                  "Is terugkeer een optie, dan nodigt De Vlonder mij en de intern begeleider van de beoogde school uit voor een "
                  "gesprek met de ouders, uiterlijk in maart.",
                  "In dat gesprek besluiten de ouders, De Vlonder en de ontvangende school samen of en wanneer het kind "
                  "overstapt. Ik leg de afspraken vast, inclusief de begeleiding.",
                  "Het kind stapt over na de zomervakantie, of eerder als dat beter is. Een proefperiode van zes weken, "
                  "waarin het kind twee dagen per week op de nieuwe school is, behoort tot de mogelijkheden.",
                  "Na een halfjaar evalueren we. Gaat het niet goed, dan kijken we samen naar een oplossing; het kind kan "
                  "dan zo nodig terug naar De Vlonder zolang de verklaring nog geldt.",
                  "Kan het kind aan het einde van de geldigheidsduur nog niet terug, dan volgen we de route uit het reglement."]),
          ("p", "In de afgelopen vier jaar keerden zes kinderen van De Vlonder terug naar een basisschool in de regio. Vijf van "
                "hen zitten daar nog steeds.")]

    B += [("h1", "8. Geld"),
          ("p", "Het verband krijgt ieder jaar geld van het Rijk voor passend onderwijs. Een deel daarvan gaat meteen weer weg "
                "naar De Vlonder en naar de so-scholen waar onze kinderen naartoe gaan; dat regelt DUO. Wat overblijft, "
                "gebruiken we voor de scholen en voor het verband. Hieronder staat de begroting voor de komende jaren."),
          ("table", ["Post (bedragen in euro)", "2026", "2027", "2028", "2029"],
           [["Rijksbijdrage lichte en zware ondersteuning", "1.038.000", "1.021.000", "1.004.000", "990.000"],
            ["Afdracht so (via DUO)", "-402.000", "-398.000", "-395.000", "-390.000"],
            ["Bijdrage De Vlonder (groeibekostiging en 2%)", "-118.000", "-116.000", "-114.000", "-112.000"],
            ["Schoolbudgetten basisscholen", "312.000", "305.000", "298.000", "292.000"],
            ["Arrangementen en ambulante begeleiding", "96.000", "96.000", "94.000", "94.000"],
            ["Kangoeroegroep en plusgroep", "38.000", "38.000", "38.000", "38.000"],
            ["Coördinator (0,6 fte) en administratie", "61.000", "62.000", "63.000", "64.000"],
            ["OPR, toezicht, accountant", "14.000", "14.000", "14.000", "14.000"],
            ["Resultaat", "-3.000", "-8.000", "-12.000", "-14.000"]]),
          ("p", "Hoe de schoolbudgetten over de zeven basisscholen worden verdeeld, is nog niet besloten. De twee besturen "
                "bespreken dit voorjaar verschillende mogelijkheden; het besluit wordt in juni 2026 genomen en dan aan dit plan "
                "toegevoegd."),
          ("p", "Het verband heeft een reserve van ongeveer 210.000 euro. Dat is meer dan we nodig hebben; de kleine tekorten "
                "in de begroting zijn bewust, zodat de reserve in vier jaar daalt naar ongeveer 170.000 euro. Dat is ongeveer "
                "zestien procent van de baten, wat voor een klein verband met grote risico's (één extra so-plaatsing kost al "
                "snel 25.000 euro per jaar) verstandig is.")]

    B += [("h1", "9. Resultaten"),
          ("h2", "9.1 Wat we de afgelopen periode bereikten"),
          ("table", ["Onderwerp", "Doel 2022-2026", "Bereikt (schooljaar 2024-2025)"],
           [["Deelnamepercentage sbo (De Vlonder)", "onder 5%", "5,1%"],
            ["Kinderen naar so buiten de regio", "niet meer dan 20", "19"],
            ["Arrangementen waarvan de doelen zijn gehaald", "75%", "81%"],
            ["Terugplaatsingen van De Vlonder", "1 per jaar", "6 in vier jaar"]]),
          ("h2", "9.2 Wat we willen bereiken"),
          ("p", "Voor de komende vier jaar heb ik met de directeuren vier doelen afgesproken. Ze gaan over kinderen die extra "
                "ondersteuning nodig hebben:"),
          ("ul", ["in 2029-2030 haalt ten minste 80 procent van de kinderen met een arrangement de doelen uit het OPP;",
                  "het deelnamepercentage sbo ligt in 2030 onder de 4,5 procent, omdat meer kinderen met een arrangement of de "
                  "Kangoeroegroep op hun eigen school kunnen blijven;",
                  "ten minste twee kinderen per jaar keren terug van De Vlonder naar een basisschool in hun dorp;",
                  "ouders van kinderen met een arrangement geven de ondersteuning gemiddeld ten minste een 7,5."]),
          ("h2", "9.3 Hoe ik het bijhoud"),
          ("p", "Ik houd voor elk arrangement en elke plaatsing bij wanneer het begon, wat de doelen waren en of ze zijn gehaald. "
                "De intern begeleiders leveren daarvoor twee keer per jaar, in februari en juli, de evaluaties aan. De cijfers over "
                "deelname komen van DUO (teldatum 1 oktober). Eens per jaar, in juni, stuur ik ouders van kinderen met een "
                "arrangement een korte vragenlijst. Twee keer per jaar rapporteer ik de cijfers aan het bestuur en de "
                "ondersteuningsplanraad, en in het jaarverslag staat per doel hoe we ervoor staan.")]

    B += [("h1", "10. Communicatie en contact met ouders"),
          ("p", "Een klein verband is voor ouders vaak onzichtbaar: ouders hebben te maken met de school, niet met het verband. "
                "Dat vind ik ook goed zo. Maar ouders moeten wel kunnen weten wat er mogelijk is."),
          ("ul", ["Op de website van het verband staat een pagina voor ouders met uitleg over de basisondersteuning, de "
                  "arrangementen, de Kangoeroegroep, De Vlonder en het speciaal onderwijs.",
                  "Elke school geeft ouders bij de inschrijving een folder van het verband en beschrijft in de schoolgids welke "
                  "ondersteuning de school biedt.",
                  "Eens per jaar, in november, houden we een ouderavond over passend onderwijs in het dorpshuis van Mijdrecht-Zuid.",
                  "Ouders kunnen mij altijd mailen of bellen (maandag, dinsdag en donderdag) met vragen over de mogelijkheden "
                  "voor hun kind."]),
          ("p", "Soms zijn ouders het niet eens met de school of met het verband, of willen ze met iemand praten die niet bij "
                "het onderwijs hoort. Dan kunnen ze terecht bij het Ouder- en Jeugdsteunpunt Utrecht-West, dat wij samen met "
                "vier andere verbanden hebben ingericht en dat onafhankelijk van de scholen werkt, of bij Onderwijsconsulenten. "
                "Beide zijn gratis. Voor klachten over de school of over mij geldt de klachtenregeling van het verband; het "
                "verband is aangesloten bij de landelijke klachtencommissie."),
          ("p", "In de ondersteuningsplanraad zitten drie ouders. Bij elke bespreking over hun kind worden ouders uitgenodigd, en "
                "zonder hun instemming zetten we geen arrangement of plaatsing in gang.")]

    B += [("h1", "11. Bestuur, OPR en de gemeente"),
          ("p", "Het bestuur vergadert vijf keer per jaar, altijd met mij erbij. De vergaderingen zijn kort en praktisch. Het "
                "bestuur stelt de begroting en het jaarverslag vast, en besluit over dit plan. De toezichthouder leest mee en "
                "spreekt twee keer per jaar met het bestuur."),
          ("p", "De ondersteuningsplanraad heeft zes leden: drie ouders en drie leerkrachten. De raad vergadert vier keer per jaar "
                "en heeft ingestemd met dit plan op 2 april 2026. Ik ben erg blij met de kritische vragen van de raad; het "
                "hoofdstuk over geld is daardoor een stuk duidelijker geworden."),
          ("p", "Met de gemeente De Venen-Oost hebben we één keer per jaar een op overeenstemming gericht overleg, en daarnaast "
                "kort contact als er iets speelt. Het overleg over dit plan was op 12 maart 2026. We hebben afgesproken dat het "
                "lokale team een vaste contactpersoon per school heeft en dat jeugdhulp op school mag plaatsvinden onder "
                "schooltijd. Ook het leerlingenvervoer naar so-scholen buiten de regio is een vast onderwerp; de gemeente "
                "betaalt het vervoer, wij zorgen dat de aanvraag op tijd binnen is. Met het samenwerkingsverband VO hebben we "
                "afspraken over de overstap naar de brugklas."),
          ("p", "Ik werk ook samen met de andere kleine verbanden in de provincie. Vier keer per jaar komen de coördinatoren "
                "bij elkaar om ervaringen uit te wisselen. Dat is voor mij belangrijk, omdat ik binnen mijn eigen verband "
                "geen collega's heb met wie ik kan sparren. We delen ook de toezichthouder, de functionaris "
                "gegevensbescherming en een privacyreglement. Persoonsgegevens van kinderen bewaar ik alleen zo lang als "
                "nodig is, in een beveiligde omgeving van het openbaar bestuur."),
          ("p", "Professionalisering van leerkrachten is geen taak van het verband, maar we doen er wel iets aan. Twee keer per "
                "jaar organiseer ik een bijeenkomst voor de intern begeleiders, met een gastspreker. In 2025 ging het over "
                "executieve functies en over het gesprek met ouders. De specialisten van De Vlonder geven daarnaast op "
                "verzoek een teamscholing op de basisscholen.")]

    B += [("h1", "12. Wat ik nog niet weet (o.a. dekkend aanbod en thuiszitters)"),
          ("p", "Ik wil eerlijk zijn over een paar dingen die ik nog niet goed in beeld heb. Ik weet niet precies of ons aanbod "
                "voor alle kinderen voldoende is. Ik heb geen overzicht van kinderen die thuiszitten of die zonder dat wij het "
                "weten buiten de regio naar school gaan. Dat wil ik in 2026-2027 samen met de leerplichtambtenaar uitzoeken; in "
                "de herziening van dit plan van voorjaar 2027 schrijf ik op wat eruit kwam en wat we ermee doen."),
          ("p", "Verder weet ik nog niet hoe de landelijke norm voor basisondersteuning eruit gaat zien en wat die voor onze "
                "kleine scholen betekent. En ik weet niet of het verband op termijn klein kan blijven. De besturen praten met "
                "twee buurverbanden over samenwerking, misschien ooit over een fusie. Daarover besluiten we niet in deze "
                "planperiode, maar ik noem het wel, omdat het de toekomst van het verband kan bepalen."),
          ("p", "Tot slot: ik ben kwetsbaar als enige medewerker. Het bestuur heeft afgesproken dat een coördinator van een "
                "buurverband mij vervangt bij langdurige afwezigheid. Mijn werkwijze en de lopende dossiers houd ik daarom bij "
                "in een gedeelde map.")]

    B += [("h1", "13. Afkortingen"),
          ("ul", ["IB: intern begeleider", "OJSP: ouder- en jeugdsteunpunt", "OOGO: op overeenstemming gericht overleg",
                  "OPP: ontwikkelingsperspectief", "OPR: ondersteuningsplanraad", "SBO: speciaal basisonderwijs",
                  "SO: speciaal onderwijs", "SOP: schoolondersteuningsprofiel",
                  "TLV: toelaatbaarheidsverklaring; in ons verband tot het einde van de basisschool, bezwaar via de "
                  "Landelijke Bezwaaradviescommissie",
                  "Thuiszitter: leerplichtig kind dat langer dan vier weken niet naar school gaat"])]
    return B


LABEL_E = """\
documents: [po-venen-oost-klein-verband.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 lists concretely what the coordinator found at all eight schools (inhoud), but says explicitly there is no agreed level yet ('niet wat we met elkaar hebben afgesproken'; besturen set an ondergrens in 2026-2027), so niveau not addressed."
  plaatsing: "H6 only refers to the absent 'Reglement toelaatbaarheid 2024' (on the website, 'niet in dit plan opgenomen'); TLV duration and bezwaar appear only in the Afkortingen list; 7.2 step 6 again refers to the reglement."
  terugstroom: "H7 'Terug naar de eigen school': policy (return to own village when OPP goals met, conditions, half year begeleiding paid by verband) and numbered steps (January OPP-evaluatie, March gesprek, joint decision, proefperiode, evaluation, end of geldigheidsduur); 6 returns in four years."
  financien: "H8 'Geld': begroting 2026-2029 table with amounts (besteding) and reserve policy; the distribution of schoolbudgetten over the schools is 'nog niet besloten ... in juni 2026 aan dit plan toegevoegd', so verdeling not addressed."
  dekkend-aanbod: "H5 'Van basis naar meer' describes the five-step continuum (arrangement, AB, Kangoeroegroep, sbo, so outside region); H12 admits gaps/thuiszitters are not in view and defers ('in 2026-2027 uitzoeken'); OOGO agreements in H11 = ketenpartners."
  resultaten: "H9: achieved figures 2022-2026 (9.1), four intended results with numbers (9.2), how the coordinator tracks and reports them (9.3)."
  ouders: "H10 'Communicatie en contact met ouders': website page, folder + schoolgids, yearly ouderavond, phone/mail; independent OJSP Utrecht-West, Onderwijsconsulenten, klachtenregeling; parents in OPR and in besprekingen."
"""

# ============================================================================================
# Near-miss F: a SCHOOL's own 'ondersteuningsplan' (zorgplan of one basisschool), pdf
# ============================================================================================

def near_miss_f():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2026"),
          ("sub", "IKC De Wilgenhoek, Zaltbommel — zorgstructuur en ondersteuning op onze school"),
          ("p", "Opgesteld door het ondersteuningsteam (intern begeleiders A. Kortenhoeven en S. Yilmaz). "
                "Besproken in het team op 2 september 2025 en ter informatie voorgelegd aan de medezeggenschapsraad."),
          ("toc", ["1 Inleiding", "2 Onze visie op ondersteuning", "3 De vijf ondersteuningsniveaus",
                   "4 De ondersteuningscyclus: groepsbesprekingen en leerlingbesprekingen",
                   "5 Basisondersteuning en extra ondersteuning op De Wilgenhoek",
                   "6 Aanvraag van een arrangement of TLV bij het samenwerkingsverband",
                   "7 Terugplaatsing van sbo-leerlingen op onze school", "8 Ouders", "9 Inzet van middelen",
                   "10 Jaarplanning ondersteuning 2025-2026"])]
    B += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Wilgenhoek de ondersteuning aan onze leerlingen "
                "organiseren. Het plan is bedoeld voor het team, voor nieuwe collega's en voor stagiairs, en geeft ouders die "
                "het willen lezen inzicht in onze werkwijze. Het plan wordt elk schooljaar geactualiseerd. Het is een uitwerking "
                "van ons schoolondersteuningsprofiel (SOP) en sluit aan bij het ondersteuningsplan van Samenwerkingsverband "
                "Passend Primair Onderwijs Maas en Linge, waarbij onze school is aangesloten."),
          ("p", "IKC De Wilgenhoek telt 312 leerlingen in 13 groepen. Ongeveer 18 procent van de leerlingen heeft een "
                "ondersteuningsbehoefte die verder gaat dan het reguliere aanbod in de groep. Wij hebben twee intern begeleiders "
                "(samen 1,2 fte), een gedragsspecialist (0,4 fte) en een onderwijsassistent voor de leesbegeleiding.")]
    B += [("h1", "2 Onze visie op ondersteuning"),
          ("p", "Wij werken handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig heeft, niet van wat het "
                "mankeert. De leerkracht is de spil: hij of zij signaleert, stemt het aanbod af en betrekt ouders. De intern "
                "begeleider ondersteunt de leerkracht en bewaakt de cyclus. Wij geloven in hoge verwachtingen voor ieder kind en "
                "in een veilige groep als voorwaarde om te leren.")]
    B += [("h1", "3 De vijf ondersteuningsniveaus"),
          ("table", ["Niveau", "Omschrijving", "Wie"],
           [["1", "Algemene zorg in de groep: effectieve instructie, differentiatie in drie niveaus", "Leerkracht"],
            ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
            ["3", "Speciale zorg na intern overleg: handelingsplan, inzet onderwijsassistent", "Leerkracht en IB"],
            ["4", "Speciale zorg na extern onderzoek: OPP, inzet specialisten, ondersteuningsteam", "IB en externen"],
            ["5", "Verwijzing: arrangement of TLV via het samenwerkingsverband", "IB, directie, SWV"]]),
          ("p", "De niveaus 1 tot en met 4 vallen binnen de basisondersteuning zoals die in het SOP van onze school is beschreven. "
                "Niveau 5 is extra ondersteuning waarvoor de school een beroep doet op het samenwerkingsverband.")]
    B += [("h1", "4 De ondersteuningscyclus: groepsbesprekingen en leerlingbesprekingen"),
          ("p", "Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, voert de intern begeleider met iedere "
                "leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de groep, de groepsplannen en de "
                "leerlingen die opvallen. Leerlingen over wie de leerkracht zich zorgen maakt, worden aangemeld voor een "
                "leerlingbespreking. Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleiders, de directeur, "
                "de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker en op afroep de jeugdverpleegkundige."),
          ("p", "Voor leerlingen die structureel een eigen leerlijn volgen, stellen we een ontwikkelingsperspectief (OPP) op. Het "
                "OPP wordt twee keer per jaar met ouders geëvalueerd. Kinderen vanaf groep 6 geven in een gesprek met de leerkracht "
                "hun eigen mening over hun OPP.")]
    B += [("h1", "5 Basisondersteuning en extra ondersteuning op De Wilgenhoek"),
          ("ul", ["Dyslexie: werken volgens het protocol; leesbegeleiding drie keer per week door de onderwijsassistent.",
                  "Rekenen: verlengde instructie; Met Sprongen Vooruit in groep 3-5.",
                  "Gedrag: PBS schoolbreed; gedragsspecialist voor observaties en coaching van leerkrachten.",
                  "Meerbegaafdheid: verrijkingsgroep op donderdag; deelname aan de bovenschoolse plusklas.",
                  "NT2: taalbegeleiding voor nieuwkomers twee uur per week."]),
          ("p", "Onze school kan niet alles bieden. Kinderen die de hele dag één-op-één begeleiding nodig hebben of die ernstige "
                "medische handelingen vragen, kunnen wij niet passend ondersteunen. In dat geval zoeken wij samen met ouders en "
                "het samenwerkingsverband naar een passende plek.")]
    B += [("h1", "6 Aanvraag van een arrangement of TLV bij het samenwerkingsverband"),
          ("p", "Als de ondersteuning binnen onze school niet voldoende is, vraagt de intern begeleider namens het bestuur een "
                "arrangement of een toelaatbaarheidsverklaring aan bij het Loket van het samenwerkingsverband. Daarvoor vullen we "
                "het groeidocument in en vragen we de zienswijze van ouders. De beslissing ligt bij het samenwerkingsverband; de "
                "procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband. Wij informeren ouders "
                "binnen een week over de uitkomst."),
          ("p", "In het schooljaar 2024-2025 vroegen wij vijf arrangementen en twee toelaatbaarheidsverklaringen (sbo) aan.")]
    B += [("h1", "7 Terugplaatsing van sbo-leerlingen op onze school"),
          ("p", "Wij staan open voor kinderen die vanuit het sbo terugkeren. Bij een aanmelding van een kind uit het sbo voeren "
                "we een intakegesprek met ouders en de sbo-school en bekijken we of wij de benodigde ondersteuning kunnen bieden. "
                "In 2024-2025 keerde één leerling vanuit sbo De Springplank bij ons terug.")]
    B += [("h1", "8 Ouders"),
          ("p", "Ouders zijn onze partners. Bij elke zorg over hun kind nemen wij contact op, en ouders zijn altijd welkom bij de "
                "leerlingbespreking en het ondersteuningsteam. Ouders die een klacht hebben, kunnen terecht bij de "
                "vertrouwenspersoon van de school of bij de klachtenregeling van het bestuur. Voor onafhankelijk advies verwijzen "
                "wij ouders naar het ouder- en jeugdsteunpunt van het samenwerkingsverband.")]
    B += [("h1", "9 Inzet van middelen"),
          ("p", "Onze school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband. In 2025-2026 bedraagt dat "
                "€ 44.300. Wij zetten het als volgt in: € 28.000 voor de onderwijsassistent leesbegeleiding, € 11.500 voor de "
                "gedragsspecialist en € 4.800 voor scholing van het team in het kader van PBS. Daarnaast ontvingen wij voor twee "
                "leerlingen een arrangement van het samenwerkingsverband.")]
    B += [("h1", "10 Jaarplanning ondersteuning 2025-2026"),
          ("table", ["Maand", "Activiteit"],
           [["september", "Startgesprekken met ouders; OPP's actualiseren"], ["oktober", "Toetsperiode; groepsbesprekingen"],
            ["november", "Ondersteuningsteam; evaluatie arrangementen"], ["februari", "Toetsperiode; groepsbesprekingen; OPP-evaluatie"],
            ["april", "Ondersteuningsteam; voorbereiding overdracht"], ["juni", "Toetsperiode; groepsbesprekingen; evaluatie dit plan"]])]
    return B


LABEL_F = """\
documents: [np-po-school-ondersteuningsplan-wilgenhoek.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A single school's internal 'Ondersteuningsplan 2025-2026' (IKC De Wilgenhoek): zorgniveaus 1-5, groepsbesprekingen, IB, OPP, its own schoolbudget. It refers to the SWV's plan for TLV procedure/criteria; it is not the ondersteuningsplan of a samenwerkingsverband (no planperiode, OPR-instemming, OOGO, verdeling over schools)."
"""

# ============================================================================================
# main
# ============================================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}

    a = plan_a()
    counts["A"] = word_count(a)
    render_docx(a, os.path.join(OUT, "po-maas-en-linge-fusie.docx"),
                header="SWV PPO Maas en Linge | Ondersteuningsplan 2026-2030",
                footer="Eén verband, één koers — versie vastgesteld 14 april 2026")
    docx_to_pdf(os.path.join(OUT, "po-maas-en-linge-fusie.docx"), "po-maas-en-linge-fusie.pdf")
    write_text(os.path.join(OUT, "po-maas-en-linge-fusie.expected.yaml"), LABEL_A)

    b = plan_b()
    counts["B"] = word_count(b)
    render_docx(b, os.path.join(OUT, "vo-zuid-veluwe-verlenging.docx"), header=HEADER_B,
                footer="Verlenging OP 2022-2026 — schooljaar 2026-2027")
    write_text(os.path.join(OUT, "vo-zuid-veluwe-verlenging.expected.yaml"), LABEL_B)

    c = plan_c()
    counts["C"] = word_count(c)
    render_html(c, os.path.join(OUT, "po-amstelland-west-english-summary.html"),
                "Ondersteuningsplan 2026-2030 SWV PO Amstelland-West",
                header="SWV PO Amstelland-West — Ondersteuningsplan 2026-2030 (kaderplan)")
    write_text(os.path.join(OUT, "po-amstelland-west-english-summary.expected.yaml"), LABEL_C)

    d = plan_d()
    counts["D"] = word_count(d)
    render_docx(d, os.path.join(OUT, "vo-peelrand-bouwstenen.docx"),
                header="Bouwen aan passend onderwijs | SWV VO De Peelrand | OP 2026-2030",
                footer="Bouwstenen 7 (ouders) en 8 (financiën) volgen")
    docx_to_pdf(os.path.join(OUT, "vo-peelrand-bouwstenen.docx"), "vo-peelrand-bouwstenen.pdf")
    write_text(os.path.join(OUT, "vo-peelrand-bouwstenen.expected.yaml"), LABEL_D)

    e = plan_e()
    counts["E"] = word_count(e)
    render_md(e, os.path.join(OUT, "po-venen-oost-klein-verband.md"))
    write_text(os.path.join(OUT, "po-venen-oost-klein-verband.expected.yaml"), LABEL_E)

    f = near_miss_f()
    counts["F"] = word_count(f)
    tmpd = tempfile.mkdtemp(prefix="holdout47f_")
    try:
        fd = os.path.join(tmpd, "np-po-school-ondersteuningsplan-wilgenhoek.docx")
        render_docx(f, fd, header="IKC De Wilgenhoek — Ondersteuningsplan 2025-2026")
        docx_to_pdf(fd, "np-po-school-ondersteuningsplan-wilgenhoek.pdf")
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    write_text(os.path.join(OUT, "np-po-school-ondersteuningsplan-wilgenhoek.expected.yaml"), LABEL_F)

    for k, v in counts.items():
        print("document %s: %d words" % (k, v), file=sys.stderr)


if __name__ == "__main__":
    main()
