#!/usr/bin/env python3
"""Generate the holdout150 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus hand-written labels (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2024, 4, 15, 9, 0, 0)


# ---------------------------------------------------------------- block helpers
def T(text):
    return ("title", text)


def ST(text):
    return ("subtitle", text)


def PB():
    return ("pagebreak", None)


def TOC(entries):
    return ("toc", entries)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def P(text):
    return ("p", text)


def UL(items):
    return ("ul", items)


def TAB(header, rows):
    return ("table", (header, rows))


# ---------------------------------------------------------------- renderers
def render_docx(blocks, path, header_text="", footer_text="", title=""):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "samenwerkingsverband"
    cp.title = title
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind == "subtitle":
            d.add_paragraph(val, style="Subtitle")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line, page in val:
                d.add_paragraph(f"{line}\t{page}")
        elif kind == "h1":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            header, rows = val
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout150tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def slug(text):
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in keep.split("-") if part)


def render_html(blocks, path, title, header_text="", footer_text="", nav=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>"]
    if header_text:
        out.append(f'<header class="site-header"><p>{html.escape(header_text)}</p>')
        if nav:
            out.append('<nav><ul>')
            for label, anchor in nav:
                out.append(f'<li><a href="#{slug(anchor)}">{html.escape(label)}</a></li>')
            out.append('</ul></nav>')
        out.append("</header>")
    out.append("<main>")
    hcount = 0
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{html.escape(val)}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"subtitle\"><em>{html.escape(val)}</em></p>")
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoud</h2><ol>')
            for line, _page in val:
                out.append(f"<li>{html.escape(line)}</li>")
            out.append("</ol></section>")
        elif kind == "h1":
            hcount += 1
            out.append(f'<h2 id="{slug(val)}">{html.escape(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            header, rows = val
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header)
                       + "</tr></thead><tbody>")
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer_text:
        out.append(f'<footer><p>{html.escape(footer_text)}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path, workdir):
    profile = Path(workdir) / "lo_profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    produced = Path(workdir) / (Path(docx_path).stem + ".pdf")
    shutil.move(str(produced), str(pdf_path))


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title", "subtitle"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            header, rows = val
            n += sum(len(c.split()) for r in rows for c in r)
    return n


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


def status_from(criteria, el, advisory):
    vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, looks_like_plan, criteria=None, advisory=None,
                notes=None, expected_status=None):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f'  {k}: "{v}"')
    else:
        advisory = advisory or {}
        st = {el: status_from(criteria, el, advisory) for el in ELEMENTS}
        if expected_status:
            assert st == expected_status, (name, st, expected_status)
        lines.append("elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
        lines.append("notes:")
        for el in ELEMENTS:
            v = notes[el].replace('"', "'")
            lines.append(f'  {el}: "{v}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# =====================================================================================
# Plan A - PO De Lingestroom (docx + pdf). Warm, bestuurlijk, "wij".
# =====================================================================================
def plan_a():
    b = []
    b += [T("Ondersteuningsplan 2024-2028 'Samen dichtbij'"),
          ST("Stichting Samenwerkingsverband Passend Primair Onderwijs De Lingestroom (PO 26-14)"),
          P("Planperiode 1 augustus 2024 tot en met 31 juli 2028. Vastgesteld door het algemeen bestuur op "
            "18 april 2024, na instemming van de ondersteuningsplanraad (9 april 2024) en op overeenstemming "
            "gericht overleg met de gemeenten (22 februari 2024)."),
          P("Thema's in dit plan: basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, dekkend "
            "netwerk, resultaten en ouders."),
          PB()]
    b.append(TOC([
        ("1 Voorwoord", 3), ("2 Onze regio in cijfers", 4), ("3 Visie en missie", 6),
        ("4 Basisondersteuning: wat elke school biedt", 8), ("5 Het ondersteuningscontinuüm", 11),
        ("6 Toelaatbaarheid tot SBO en SO", 14), ("6.4 Terug- en overplaatsing", 17),
        ("7 Thuiszitters en dekkend netwerk", 18), ("8 Geld en middelen", 20),
        ("9 Ambities en resultaten", 24), ("10 Communicatie", 26),
        ("11 Governance en medezeggenschap", 28), ("12 Samenwerking met gemeenten (OOGO)", 30),
        ("13 Personeel en professionalisering", 32), ("14 ICT en privacy", 33), ("15 Planning", 34),
        ("Bijlage A Begrippenlijst", 36)]))
    b.append(PB())
    b += [H1("1 Voorwoord"),
          P("Voor u ligt het derde ondersteuningsplan van De Lingestroom. Toen passend onderwijs in 2014 van "
            "start ging, was ons samenwerkingsverband vooral een organisatie die middelen verdeelde en "
            "toelaatbaarheidsverklaringen afgaf. Tien jaar later zijn we een netwerk van elf schoolbesturen, "
            "achtenvijftig basisscholen, twee scholen voor speciaal basisonderwijs en een school voor speciaal "
            "onderwijs, die elkaar kennen en die samen verantwoordelijkheid nemen voor ieder kind in de "
            "Lingestreek. Dat hebben we niet alleen gedaan: intern begeleiders, leerkrachten, directeuren, "
            "ouders, jeugdprofessionals en ambtenaren van vijf gemeenten hebben meegedacht, gemopperd, "
            "gelachen en vooral veel gedaan."),
          P("Het motto 'Samen dichtbij' verwijst naar twee dingen. Samen, omdat geen school de ondersteuning "
            "van alle kinderen alleen kan dragen. Dichtbij, omdat we vinden dat een kind zo veel mogelijk in de "
            "eigen wijk of het eigen dorp naar school moet kunnen. In de afgelopen periode hebben we gezien dat "
            "dat lukt als de basis op de scholen sterk is, als expertise snel beschikbaar is en als "
            "schoolbesturen over de eigen grenzen heen durven te kijken. We hebben ook gezien waar het schuurt: "
            "bij jonge kinderen met ernstige gedragsproblemen, bij de lange wachttijden in de jeugdhulp en bij "
            "de overgang naar het voortgezet onderwijs."),
          P("Dit plan beschrijft wat wij de komende vier jaar met elkaar afspreken. Het is geschreven voor "
            "schoolbesturen en scholen, maar ook voor ouders, voor onze partners in de gemeenten en voor de "
            "Inspectie van het Onderwijs. Waar het kon, hebben we het concreet gemaakt; waar we nog zoeken, "
            "zeggen we dat eerlijk. Ik dank de leden van de ondersteuningsplanraad voor hun kritische en "
            "constructieve bijdrage, en alle collega's die aan dit plan hebben bijgedragen."),
          P("Marieke van Oosterhout, directeur-bestuurder"),
          ]
    b += [H1("2 Onze regio in cijfers"),
          P("De Lingestroom omvat de gemeenten Tiel, Culemborg, Buren, West Betuwe en Neder-Betuwe. Het is een "
            "gebied met twee middelgrote kernen en veel dorpen langs de Linge en de Waal. Het aantal leerlingen "
            "daalt licht: de prognose van de gemeenten laat tot 2028 een daling zien van ongeveer 4 procent, met "
            "grote verschillen tussen dorpen. In de kernen Tiel en Culemborg groeit het aantal nieuwkomers. In "
            "de tabel hieronder staan de belangrijkste kengetallen op de teldatum 1 oktober 2023."),
          TAB(["Kengetal", "Aantal / percentage"], [
              ["Aangesloten schoolbesturen", "11"],
              ["Basisscholen (vestigingen)", "58 (61)"],
              ["Scholen voor speciaal basisonderwijs", "2 (De Regenboog, Tiel; De Sleutel, Culemborg)"],
              ["Scholen voor speciaal onderwijs in de regio", "1 (De Lingeborg, cluster 4, met ZML-afdeling)"],
              ["Leerlingen basisonderwijs", "11.812"],
              ["Deelnamepercentage sbo", "2,4% (landelijk 2,5%)"],
              ["Deelnamepercentage so", "1,6% (landelijk 1,7%)"],
              ["Leerlingen met een arrangement", "412"],
          ]),
          P("De cijfers laten zien dat de verwijzing naar het speciaal (basis)onderwijs in onze regio rond het "
            "landelijk gemiddelde ligt. Achter de getallen gaan verschillen schuil: sommige scholen verwijzen "
            "vrijwel nooit, andere scholen hebben een relatief grote groep kinderen met een complexe "
            "ondersteuningsvraag. Dat is niet per se een kwestie van kwaliteit; het heeft ook te maken met de "
            "samenstelling van de wijk en met de nabijheid van het sbo. In de Ambities (hoofdstuk 9) komen we "
            "hierop terug."),
          ]
    b += [H1("3 Visie en missie"),
          P("Onze missie is kort: ieder kind in de Lingestreek krijgt het onderwijs en de ondersteuning die "
            "het nodig heeft, zo dicht mogelijk bij huis. Daarachter zit een visie die we in 2023 met besturen, "
            "scholen en ouders opnieuw hebben geformuleerd. We geloven dat kinderen zich het best ontwikkelen in "
            "een omgeving waar ze gezien worden, waar volwassenen samenwerken en waar verschillen normaal zijn. "
            "Passend onderwijs is voor ons geen regeling maar een manier van kijken: wat heeft dit kind nodig, "
            "wat kunnen wij bieden, en wie hebben we daarvoor nodig?"),
          P("Vier waarden sturen ons handelen. Nabijheid: ondersteuning komt naar het kind toe, niet andersom. "
            "Eigenaarschap: scholen en besturen nemen verantwoordelijkheid, het samenwerkingsverband faciliteert. "
            "Vertrouwen: we regelen zo weinig mogelijk vooraf en spreken elkaar aan op resultaten. Samenwerking: "
            "onderwijs, jeugdhulp en ouders zijn partners. Deze waarden komen terug in de keuzes die we in dit "
            "plan maken, bijvoorbeeld in het verdeelmodel en in de manier waarop we arrangementen toekennen."),
          P("Inclusiever onderwijs is een richting, geen eindpunt. Wij willen dat de reguliere basisschool "
            "voor meer kinderen een passende plek wordt, zonder het speciaal onderwijs tekort te doen. Het sbo "
            "en het so blijven onmisbaar voor kinderen die daar het best tot hun recht komen. Wel willen we dat "
            "de grens tussen regulier en speciaal minder scherp wordt, bijvoorbeeld door gezamenlijke groepen, "
            "door gedeelde expertise en door flexibele arrangementen. In deze planperiode verkennen we daarom "
            "met twee schoolbesturen een 'samenwerkingsschool' waarin een basisschool en een sbo-school onder "
            "één dak werken."),
          ]
    b += [H1("4 Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in De Lingestroom het afgesproken minimumniveau van ondersteuning dat alle "
            "basisscholen van het samenwerkingsverband bieden, op elke vestiging, zonder dat daarvoor een "
            "aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft dit niveau op 14 juni "
            "2023 vastgesteld onder de naam 'Basis op orde'. Het geldt voor alle 61 vestigingen, ongeacht het "
            "bestuur of de grootte van de school. Wat een school daarbovenop biedt, beschrijft zij in haar "
            "schoolondersteuningsprofiel en in de schoolgids; daar mag het niveau nooit onder liggen."),
          P("Concreet kunnen ouders op elke basisschool in onze regio het volgende verwachten:"),
          UL(["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die het aanspreekpunt is voor "
              "ouders en leerkrachten;",
              "handelingsgericht werken: de leerkracht stelt twee keer per jaar de onderwijsbehoeften van de "
              "groep vast en maakt een groepsoverzicht met een aanpak voor drie niveaus;",
              "een ondersteuningsteam (OT) waarin school, ouders, de ondersteuningsadviseur van het "
              "samenwerkingsverband en zo nodig de jeugdverpleegkundige of het sociaal team binnen vier weken "
              "na aanmelding een vraag bespreken;",
              "een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, met signalering vanaf "
              "groep 2 en begeleiding in de groep;",
              "een programma voor sociale veiligheid en een anti-pestaanpak, met een jaarlijkse meting van het "
              "welbevinden;",
              "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (compacten en verrijken);",
              "ondersteuning bij Nederlands als tweede taal voor kinderen die korter dan twee jaar in Nederland "
              "zijn, in samenwerking met de taalklas;",
              "een protocol medisch handelen en afspraken over het geven van medicatie;",
              "de mogelijkheid om een ontwikkelingsperspectief (OPP) op te stellen wanneer een kind op een of "
              "meer vakgebieden een eigen leerlijn volgt;",
              "samenwerking met het schoolmaatschappelijk werk en het lokale sociale team, met een vast "
              "contactmoment per zes weken."]),
          P("Deze tien standaarden zijn geen wensenlijst. Ze zijn het minimum, en elke school laat in de "
            "jaarlijkse 'Basis in beeld'-gesprekken zien hoe zij eraan voldoet. Het samenwerkingsverband bezoekt "
            "elke school ten minste eens in de twee jaar met een collegiale audit. Voldoet een school op een of "
            "meer standaarden niet, dan maakt het bestuur binnen zes maanden een verbeterplan en ondersteunt de "
            "ondersteuningsadviseur de school bij de uitvoering."),
          P("Het onderscheid met extra ondersteuning is als volgt. Zolang de school een kind kan helpen met "
            "de tien standaarden en de eigen middelen uit het schoolbudget, spreken we van basisondersteuning. "
            "Is meer nodig – bijvoorbeeld structureel een-op-een begeleiding, een aangepaste leeromgeving of "
            "specialistische expertise die de school niet zelf heeft – dan kan de school een arrangement "
            "aanvragen. Dat beschrijven we in hoofdstuk 5."),
          ]
    b += [H1("5 Het ondersteuningscontinuüm"),
          P("Ondersteuning in De Lingestroom is opgebouwd als een continuüm in vijf niveaus. Elk niveau bouwt "
            "voort op het vorige; een kind gaat alleen naar een volgend niveau als het vorige niet volstaat."),
          TAB(["Niveau", "Wat", "Waar", "Wie beslist"], [
              ["1", "Basisondersteuning (tien standaarden)", "Elke basisschool", "School"],
              ["2", "Extra ondersteuning op school via een individueel of groepsarrangement",
               "Eigen basisschool", "Arrangementencommissie (binnen 4 weken)"],
              ["3", "Bovenschoolse voorzieningen: observatiegroep De Lingeklas, plusklas De Uitdaging, "
                    "taalklas nieuwkomers", "Tiel en Culemborg", "Arrangementencommissie"],
              ["4", "Speciaal basisonderwijs", "De Regenboog, De Sleutel", "Commissie Toelaatbaarheid"],
              ["5", "Speciaal onderwijs cluster 3 en 4", "De Lingeborg; ZML en EMB ook buiten de regio",
               "Commissie Toelaatbaarheid"],
          ]),
          P("Een arrangement is een afspraak over extra ondersteuning voor een kind of een groep kinderen, "
            "met een doel, een duur en een budget. De school vraagt het aan nadat het OT de vraag heeft "
            "besproken. Typische arrangementen zijn begeleiding door een gedragsspecialist, inzet van een "
            "onderwijsassistent voor een kind met een lichamelijke beperking, een aangepast programma voor een "
            "kind met een ernstige taalontwikkelingsstoornis of tijdelijke plaatsing in de observatiegroep. "
            "In 2023 liepen er 412 arrangementen, waarvan 64 groepsarrangementen."),
          P("De bovenschoolse voorzieningen zijn bedoeld voor kinderen die tijdelijk meer nodig hebben dan een "
            "arrangement op de eigen school kan bieden. De Lingeklas biedt maximaal twaalf weken observatie en "
            "diagnostiek voor kinderen van 4 tot 8 jaar. De Uitdaging is een plusklas voor een dag per week. De "
            "taalklas in Tiel biedt nieuwkomers een jaar intensief taalonderwijs. Voor onderwijs-zorgarrangementen, "
            "waarin onderwijs en jeugdhulp in één plan samenkomen, werken we met de gemeenten samen (hoofdstuk "
            "12)."),
          ]
    b += [H1("6 Toelaatbaarheid tot SBO en SO"),
          H2("6.1 Procedure"),
          P("Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal "
            "onderwijs als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De "
            "aanvraag wordt ingediend door het bevoegd gezag van de school waar het kind staat ingeschreven, of, "
            "als het kind nog niet op school zit, van de school waar het is aangemeld. De school dient de "
            "aanvraag digitaal in via het loket Lingewijzer en voegt toe: het OPP of groeidocument met de "
            "geboden ondersteuning en de evaluaties daarvan, het verslag van het laatste OT, relevante "
            "onderzoeksverslagen en de zienswijze van de ouders, ondertekend door de ouders."),
          P("De procedure verloopt in vier stappen. Stap 1: het loket controleert binnen vijf werkdagen of het "
            "dossier compleet is. Stap 2: twee deskundigen geven ieder afzonderlijk een schriftelijk advies; de "
            "eerste is altijd een orthopedagoog of psycholoog, de tweede wordt gekozen op basis van de vraag "
            "(kinderpsychiater, maatschappelijk werker, arts of pedagoog). Geen van beiden is betrokken geweest "
            "bij de aanvraag. Stap 3: de Commissie Toelaatbaarheid (CTL), bestaande uit de directeur-bestuurder "
            "of diens plaatsvervanger en twee leden namens de schoolbesturen, besluit binnen zes weken na "
            "ontvangst van het complete dossier. Stap 4: ouders en school ontvangen het besluit schriftelijk, "
            "met een kopie van beide adviezen."),
          H2("6.2 Criteria"),
          P("De commissie toetst elke aanvraag aan de volgende criteria. Alle criteria onder A moeten vervuld "
            "zijn; daarnaast ten minste één criterium onder B (sbo) of C (so)."),
          TAB(["", "Criterium"], [
              ["A1", "De school heeft de basisondersteuning aantoonbaar geboden en ten minste twee cycli van "
                     "extra ondersteuning (arrangement) uitgevoerd en geëvalueerd."],
              ["A2", "Het OPP laat zien dat de beoogde doelen met de ondersteuning op de reguliere school niet "
                     "haalbaar zijn."],
              ["A3", "Het OT heeft de vraag besproken en het advies is in het dossier opgenomen."],
              ["B1", "Het kind heeft een ondersteuningsbehoefte op leren en/of gedrag die een kleinere groep "
                     "(maximaal 16 leerlingen) en een aangepast programma gedurende de hele schooldag vraagt."],
              ["B2", "Het kind heeft een achterstand van meer dan anderhalf jaar op twee of meer hoofdvakken "
                     "in combinatie met een sociaal-emotionele ondersteuningsbehoefte."],
              ["C1", "Het kind heeft een verstandelijke, lichamelijke of langdurige medische beperking die "
                     "specialistische zorg in de onderwijstijd vraagt (cluster 3)."],
              ["C2", "Het kind heeft ernstige gedrags- of psychiatrische problematiek waardoor het ook in een "
                     "kleine groep met een aangepast programma niet tot ontwikkeling komt (cluster 4)."],
          ]),
          H2("6.3 Duur, categorie en bezwaar"),
          P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
            "voor twee schooljaren en wordt afgegeven in de bekostigingscategorie laag, midden of hoog; de "
            "commissie kiest de categorie op basis van het advies van de deskundigen. Ouders en school die het "
            "niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. "
            "Wij zijn aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het "
            "bestuur adviseert voordat het op het bezwaar beslist."),
          H2("6.4 Terug- en overplaatsing"),
          P("Over de terug- en overplaatsing van leerlingen uit het speciaal (basis)onderwijs maken wij in het "
            "schooljaar 2025-2026 nieuwe afspraken met De Regenboog, De Sleutel en De Lingeborg. Die afspraken "
            "worden, na instemming van de ondersteuningsplanraad, als aanvulling op dit plan gepubliceerd."),
          ]
    b += [H1("7 Thuiszitters en dekkend netwerk"),
          P("Een dekkend netwerk betekent dat er voor ieder kind een passende plek is, binnen of buiten de "
            "regio. Om te weten of dat zo is, organiseren we elk jaar in maart een Aanbodtafel met alle "
            "schoolbesturen, de speciale scholen en de gemeenten. Daar bespreken we de wachtlijsten van het sbo, "
            "het so en de bovenschoolse voorzieningen, de aanvragen die we niet konden honoreren en de "
            "signalen van ondersteuningsadviseurs over kinderen voor wie geen passend aanbod bestond. De "
            "uitkomst is een lijst 'witte vlekken' met per vlek een eigenaar en een termijn."),
          P("Bij de Aanbodtafel van 2023 kwamen twee witte vlekken naar voren: onvoldoende plaatsen voor jonge "
            "kinderen (4-6 jaar) met ernstig ontregeld gedrag, en geen passend aanbod voor kinderen die door "
            "angst niet naar school gaan. Voor de eerste vlek start in augustus 2025 een Kleuterobservatiegroep "
            "bij De Lingeborg; voor de tweede ontwikkelen we met twee gemeenten een hybride aanbod met "
            "afstandsonderwijs en begeleiding thuis, dat in 2025 als pilot start."),
          P("Thuiszitters bespreken we maandelijks in het Thuiszittersoverleg met leerplicht, de "
            "ondersteuningsadviseurs en de betrokken school. Ieder kind dat langer dan vier weken niet of "
            "grotendeels niet naar school gaat, wordt daar binnen twee weken besproken. De school van "
            "inschrijving houdt de zorgplicht en blijft verantwoordelijk; lukt het niet binnen zes weken een "
            "plan te maken, dan heeft de directeur-bestuurder doorzettingsmacht en wijst zij een school of "
            "voorziening aan. Op 1 oktober 2023 waren er negen thuiszitters in de regio."),
          ]
    b += [H1("8 Geld en middelen"),
          H2("8.1 Inkomsten"),
          P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
            "ondersteuning, op basis van het aantal leerlingen in de regio. Voor 2024 bedraagt dat ongeveer € "
            "11,9 miljoen. Daarvan gaat eerst een deel rechtstreeks via DUO naar het speciaal onderwijs "
            "(afdrachten voor leerlingen met een TLV) en naar het sbo (bekostiging boven de 2%-grens en "
            "groeibekostiging op de peildatum 1 februari)."),
          H2("8.2 Verdeelmodel"),
          P("Wat overblijft, verdelen we volgens het verdeelmodel dat het algemeen bestuur in 2023 heeft "
            "vastgesteld. Het model kent drie stromen. Ten eerste ontvangt elk schoolbestuur een schoolbudget "
            "van € 145 per leerling op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € "
            "4.000 per vestiging met minder dan 100 leerlingen. Dit budget is bedoeld voor de uitvoering van de "
            "basisondersteuning en lichte arrangementen. Ten tweede is er een arrangementenbudget: de "
            "Arrangementencommissie kent arrangementen toe op aanvraag, op basis van het OT-verslag, met een "
            "maximumbedrag van € 9.500 per kind per schooljaar. Ten derde financieren we de bovenschoolse "
            "voorzieningen en de ondersteuningsadviseurs centraal."),
          H2("8.3 Meerjarenbegroting"),
          TAB(["Bedragen x € 1.000", "2024", "2025", "2026", "2027"], [
              ["Baten ondersteuningsbudget", "11.920", "11.780", "11.610", "11.470"],
              ["Afdrachten so (DUO)", "4.310", "4.280", "4.240", "4.200"],
              ["Afdrachten sbo boven 2% en groei", "1.150", "1.120", "1.080", "1.050"],
              ["Schoolbudgetten besturen", "1.770", "1.750", "1.720", "1.700"],
              ["Arrangementen", "2.480", "2.450", "2.420", "2.390"],
              ["Bovenschoolse voorzieningen", "1.020", "1.060", "1.090", "1.090"],
              ["Personeel samenwerkingsverband en bureau", "1.060", "1.080", "1.100", "1.110"],
              ["Resultaat", "130", "40", "-40", "-70"],
          ]),
          P("De begroting laat de eerste twee jaar een klein positief en daarna een klein negatief resultaat "
            "zien. Dat is een bewuste keuze: de reserve bedroeg op 31 december 2023 € 1,6 miljoen, ruim boven "
            "de signaleringswaarde. We bouwen die in deze planperiode af tot ongeveer 5% van de baten, onder "
            "meer door de Kleuterobservatiegroep en de pilot voor thuiszitters te financieren."),
          P("Schoolbesturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het "
            "schoolbudget en de arrangementen, met het format 'Verantwoording ondersteuningsmiddelen'. Het "
            "algemeen bestuur bespreekt de uitkomsten met de besturen in de junivergadering."),
          ]
    b += [H1("9 Ambities en resultaten"),
          P("Voor deze planperiode hebben we vijf ambities geformuleerd. Per ambitie staat hieronder welk "
            "resultaat we aan het eind van de planperiode willen bereiken."),
          TAB(["Ambitie", "Beoogd resultaat in 2028"], [
              ["Sterke basis", "Alle 61 vestigingen voldoen aan de tien standaarden van 'Basis op orde' "
                               "(2023: 49 vestigingen)."],
              ["Thuisnabij", "Het deelnamepercentage sbo daalt naar ten hoogste 2,2% en so blijft onder 1,7%."],
              ["Niemand thuis", "Er zijn op 1 oktober 2027 ten hoogste vijf thuiszitters; geen kind zit langer "
                                "dan drie maanden thuis."],
              ["Snel duidelijkheid", "95% van de TLV-aanvragen is binnen zes weken afgehandeld."],
              ["Tevreden ouders", "Ouders geven de samenwerking met school en samenwerkingsverband gemiddeld "
                                  "ten minste een 7,5."],
          ]),
          P("Deze ambities zijn ambitieus en sommige liggen niet alleen in onze handen: het aantal "
            "thuiszitters hangt bijvoorbeeld ook af van de wachttijden in de jeugdhulp. Op welke wijze wij de "
            "voortgang op deze ambities gaan volgen en hierover rapporteren, leggen we in het eerste planjaar "
            "vast in een monitorings- en evaluatieplan."),
          ]
    b += [H1("10 Communicatie"),
          P("Goede communicatie is voor een samenwerkingsverband geen bijzaak. Scholen moeten weten waar ze "
            "terechtkunnen, partners moeten weten wat ze van ons mogen verwachten, en ouders moeten begrijpen "
            "welke ondersteuning er is en hoe die te krijgen is. Voor scholen en besturen verschijnt zes keer per "
            "jaar de nieuwsbrief 'Lingelijn' en organiseren we twee keer per jaar een netwerkbijeenkomst voor "
            "intern begeleiders."),
          P("Ouders informeren wij via verschillende kanalen. Op onze website staat een ouderpagina met uitleg "
            "over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de TLV-procedure. "
            "De ouderbrochure 'Wegwijs in passend onderwijs' is verkrijgbaar op alle scholen en is vertaald in "
            "het Arabisch, Turks, Pools en Engels. Elke school beschrijft in de schoolgids welke ondersteuning "
            "zij biedt en verwijst naar het samenwerkingsverband. Twee keer per jaar organiseren we in Tiel en "
            "Culemborg een informatieavond voor ouders van kinderen met een ondersteuningsbehoefte."),
          P("Soms hebben ouders een vraag die ze liever niet aan de school stellen, of zijn ze het niet eens "
            "met de school of met ons. Zij kunnen dan terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt "
            "Lingepunt, dat wij samen met het samenwerkingsverband VO financieren maar dat zelfstandig werkt en "
            "alleen het belang van het kind dient. Ook de Onderwijsconsulenten kunnen ouders kosteloos "
            "bijstaan. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot "
            "de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband behandelt de "
            "klachtencommissie waarbij wij zijn aangesloten."),
          P("Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP en nemen deel aan het OT. "
            "Kinderen worden vanaf groep 5 gehoord over hun eigen ondersteuningsplan."),
          ]
    b += [H1("11 Governance en medezeggenschap"),
          P("De Lingestroom is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel: "
            "de directeur-bestuurder bestuurt, de raad van toezicht, bestaande uit drie onafhankelijke leden en "
            "twee leden op voordracht van de schoolbesturen, houdt toezicht. De elf schoolbesturen vormen samen "
            "de algemene vergadering, die onder meer het ondersteuningsplan, de begroting en het verdeelmodel "
            "vaststelt. Vier keer per jaar is er een directeurenoverleg, waarin de uitvoering wordt besproken."),
          P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR telt "
            "twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de "
            "scholen. De OPR vergadert vijf keer per jaar en krijgt ondersteuning van een ambtelijk secretaris. "
            "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het "
            "bureau."),
          P("De jaarrekening wordt vóór 1 juli vastgesteld. De accountant controleert de jaarrekening en de "
            "rechtmatigheid van de besteding."),
          ]
    b += [H1("12 Samenwerking met gemeenten (OOGO)"),
          P("Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 22 februari 2024 met de "
            "wethouders onderwijs en jeugd van de vijf gemeenten. Afgesproken is dat we samenwerken op vier "
            "thema's: de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer en "
            "onderwijshuisvesting voor de samenwerkingsschool. Voor onderwijs-zorgarrangementen geldt sinds 2023 "
            "een regionaal convenant: de gemeente betaalt de zorgcomponent, het samenwerkingsverband de "
            "onderwijscomponent. Elk sociaal team heeft een vaste contactpersoon voor de scholen."),
          P("Ook met het samenwerkingsverband voortgezet onderwijs in de regio is overleg gevoerd. Afgesproken "
            "is dat de overstap van groep 8 naar het vo voor leerlingen met een ondersteuningsbehoefte met een "
            "warme overdracht verloopt. Het overleg over dit plan vond plaats op 6 maart 2024."),
          ]
    b += [H1("13 Personeel en professionalisering"),
          P("Het bureau van het samenwerkingsverband telt 14,6 fte: de directeur-bestuurder, een "
            "beleidsmedewerker, een controller, twee secretariaatsmedewerkers, acht ondersteuningsadviseurs "
            "(orthopedagogen en gedragsspecialisten) en een loketcoördinator. De ondersteuningsadviseurs zijn "
            "elk gekoppeld aan een vaste groep scholen. Wij investeren in hun deskundigheid met een jaarlijks "
            "scholingsbudget en intervisie."),
          P("Voor leerkrachten en intern begeleiders bieden we een scholingsaanbod rond gedrag, "
            "hoogbegaafdheid en NT2. Besturen kunnen daarnaast een beroep doen op de expertise van het sbo en "
            "so via consultatie en ambulante begeleiding. Met de pabo in de regio zoeken we samenwerking om "
            "nieuwe leraren beter voor te bereiden op passend onderwijs."),
          ]
    b += [H1("14 ICT en privacy"),
          P("Aanvragen voor arrangementen en TLV's lopen via de beveiligde omgeving Lingewijzer. Alleen de "
            "leden van de commissies, de deskundigen en de loketcoördinator hebben toegang tot het dossier. Wij "
            "verwerken persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat nodig is voor "
            "onze wettelijke taken. Dossiers worden drie jaar na het laatste besluit vernietigd. Het "
            "samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met twee andere "
            "samenwerkingsverbanden."),
          ]
    b += [H1("15 Planning"),
          TAB(["Schooljaar", "Belangrijkste activiteiten"], [
              ["2024-2025", "Invoering herziene arrangementenprocedure; start pilot hybride aanbod; "
                            "opstellen monitorings- en evaluatieplan."],
              ["2025-2026", "Start Kleuterobservatiegroep; afspraken terug- en overplaatsing met sbo en so."],
              ["2026-2027", "Tussenevaluatie verdeelmodel; besluit samenwerkingsschool."],
              ["2027-2028", "Voorbereiding ondersteuningsplan 2028-2032; OOGO en instemming OPR."],
          ]),
          ]
    b += [H1("Bijlage A Begrippenlijst"),
          TAB(["Begrip", "Betekenis"], [
              ["Arrangement", "Afspraak over extra ondersteuning met doel, duur en budget."],
              ["Basisondersteuning", "De ondersteuning die alle scholen van het samenwerkingsverband bieden."],
              ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
              ["OPP", "Ontwikkelingsperspectief."],
              ["Terugplaatsing", "De overgang van een leerling van het sbo of so naar het reguliere "
                                 "basisonderwijs, bij of na afloop van de TLV."],
              ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
              ["Monitoring", "Het volgen van resultaten aan de hand van indicatoren."],
          ]),
          ]
    return b


LABEL_A = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "H4 'Basis op orde': minimum for all 61 vestigingen plus ten concrete standards; audit and verbeterplan (borging).",
        "plaatsing": "H6.1-6.3: loket Lingewijzer, 4 steps, CTL within 6 weeks, two deskundigen, criteria table A/B/C, duur/categorie, bezwaar via LBT.",
        "terugstroom": "Only 6.4, a deferral ('maken wij in 2025-2026 nieuwe afspraken ... als aanvulling gepubliceerd'); TOC entry, glossary definition and planning row do not count.",
        "financien": "H8 'Geld en middelen': verdeelmodel (EUR 145 per leerling, vaste voet, arrangementenbudget) and meerjarenbegroting table 2024-2027; reserves and verantwoording.",
        "dekkend-aanbod": "H5 five-level continuum table; H7 Aanbodtafel witte vlekken, thuiszittersoverleg, doorzettingsmacht; OOGO/OZA in H12.",
        "resultaten": "H9 has a table of beoogde resultaten for 2028, but monitoring is deferred to a monitorings- en evaluatieplan in the first plan year.",
        "ouders": "Inside H10 'Communicatie': ouderpagina, translated brochure, schoolgids, info evenings; OJSP Lingepunt, Onderwijsconsulenten, Geschillencommissie."},
)

# =====================================================================================
# Plan B - VO Kempenrand (docx). Zakelijk, genummerde paragrafen, "het SWV".
# =====================================================================================
def plan_b():
    b = []
    b += [T("Ondersteuningsplan Samenwerkingsverband VO Kempenrand 2024-2028"),
          ST("VO 30-09 | Eersel, Veldhoven, Bergeijk, Bladel, Reusel-De Mierden, Oirschot"),
          P("Versie 1.3 - ter vaststelling in de vergadering van het algemeen bestuur van 25 april 2024. "
            "De ondersteuningsplanraad heeft op 16 april 2024 ingestemd."),
          PB()]
    b.append(TOC([
        ("Leeswijzer", 2), ("1 Samenvatting", 3), ("2 Terugblik 2020-2024", 4), ("3 Koers 2028", 7),
        ("4 Basisondersteuning", 9), ("5 Extra ondersteuning en bovenschoolse voorzieningen", 11),
        ("6 Toewijzing en toelaatbaarheid (lwoo, pro, vso)", 14), ("7 Thuiszitters en dekkend netwerk", 19),
        ("8 Financiën", 21), ("9 Kwaliteit en resultaten", 24), ("10 Communicatie", 27),
        ("11 Ouders en leerlingen: zie hoofdstuk 10", 27), ("12 Organisatie en governance", 28),
        ("13 Gemeenten, jeugdhulp en arbeidsmarkt", 30), ("14 Personeel", 32), ("15 Privacy", 33), ("16 Planning en evaluatie van dit plan", 33),
        ("Bijlage 1 Begrippen", 34), ("Bijlage 2 Kwaliteitskaart Basisondersteuning (separaat)", "-"),
        ("Bijlage 3 Meerjarenbegroting 2024-2028 (separaat)", "-")]))
    b.append(PB())
    b += [H1("Leeswijzer"),
          P("Dit ondersteuningsplan beschrijft hoe het SWV VO Kempenrand in de periode 1 augustus 2024 - 31 "
            "juli 2028 invulling geeft aan de wettelijke taken uit artikel 17a WVO (thans artikel 2.47 e.v. WVO "
            "2020). Het plan is opgebouwd rond de vragen die scholen, besturen, gemeenten en de inspectie ons "
            "stellen: wat biedt elke school, wat biedt het SWV daarbovenop, hoe komt een leerling in het vso, "
            "het praktijkonderwijs of het lwoo, hoe verdelen we de middelen en wat willen we bereiken. Waar "
            "mogelijk verwijzen we naar uitvoeringsdocumenten in plaats van die in dit plan op te nemen; het "
            "plan zelf blijft daardoor compact."),
          ]
    b += [H1("1 Samenvatting"),
          P("1.1 Het SWV VO Kempenrand is een vereniging van negen schoolbesturen met veertien vestigingen "
            "voor voortgezet onderwijs, één school voor praktijkonderwijs (Praktijkschool De Kempen) en twee "
            "scholen voor voortgezet speciaal onderwijs (De Kempenhorst, cluster 4, en Mytylschool De "
            "Linde-vso, cluster 3). Op 1 oktober 2023 telde de regio 13.412 leerlingen in het regulier vo, 412 "
            "in het praktijkonderwijs en 298 in het vso."),
          P("1.2 De hoofdlijnen van dit plan zijn: (a) de basisondersteuning wordt op alle vestigingen op "
            "hetzelfde niveau gebracht; (b) het OPDC De Overstap wordt omgevormd tot een flexibel "
            "ondersteuningscentrum met drie routes; (c) de toewijzing van lwoo, pro en vso blijft bij één "
            "Commissie Toewijzing; (d) het aantal thuiszitters moet verder omlaag; (e) de middelen gaan "
            "grotendeels naar de besturen, met duidelijke afspraken over verantwoording; en (f) het SWV stuurt "
            "op een beperkte set resultaatindicatoren."),
          ]
    b += [H1("2 Terugblik 2020-2024"),
          P("2.1 In het vorige plan stonden vier doelen centraal. Hieronder staat per doel wat is bereikt. De "
            "cijfers komen uit de DUO-telling van 1 oktober, de verzuimregistratie van de gemeenten en het "
            "eigen registratiesysteem van de Commissie Toewijzing."),
          TAB(["Doel 2020-2024", "Streefwaarde", "Bereikt (2023)", "Oordeel"], [
              ["Deelnamepercentage vso", "≤ 2,0%", "2,1%", "Bijna gehaald"],
              ["Thuiszitters > 3 maanden", "≤ 10", "14", "Niet gehaald"],
              ["Doorlooptijd TLV-aanvraag", "≤ 6 weken", "4,8 weken gemiddeld", "Gehaald"],
              ["Leerlingen OPDC binnen 1 jaar terug naar vo", "≥ 70%", "76%", "Gehaald"],
          ]),
          P("2.2 De stijging van het aantal thuiszitters hangt vooral samen met de toename van leerlingen met "
            "psychische klachten na de coronaperiode en met wachtlijsten in de specialistische jeugdhulp. In "
            "dit plan kiezen we daarom voor een steviger aanpak (hoofdstuk 7). De evaluatie is besproken met "
            "de besturen, de OPR en de gemeenten."),
          ]
    b += [H1("3 Koers 2028"),
          P("3.1 Het SWV wil dat iedere jongere in de Kempenrand onderwijs volgt dat past bij zijn of haar "
            "mogelijkheden, op een school zo dicht mogelijk bij huis, en dat hij of zij de school verlaat met "
            "een diploma, certificaat of een duurzaam perspectief op werk of vervolgonderwijs. Dat vraagt van "
            "scholen dat zij hun basis op orde hebben, van het SWV dat het snel en zonder bureaucratie extra "
            "ondersteuning beschikbaar stelt, en van alle partners dat zij over hun eigen grenzen heen kijken."),
          P("3.2 Vier uitgangspunten: de school is eerstverantwoordelijk; het SWV regisseert en faciliteert; "
            "middelen volgen de ondersteuningsbehoefte, niet de instelling; en we werken op basis van "
            "vertrouwen en verantwoording achteraf. Bij alles wat we doen staan leerlingen, ouders en scholen "
            "centraal, zo staat het ook in onze statuten."),
          P("3.3 De regio kent een sterke economische structuur met veel maakindustrie en techniek. Dat biedt "
            "kansen voor leerlingen van het praktijkonderwijs en de vmbo-basisberoepsgerichte leerweg, en voor "
            "leerlingen uit het vso met een uitstroomprofiel arbeidsmarkt. Het SWV investeert daarom samen met "
            "de gemeenten en werkgevers in leerwerkplekken en in de overgang van school naar werk."),
          ]
    b += [H1("4 Basisondersteuning"),
          P("4.1 Basisondersteuning is het door alle aangesloten besturen afgesproken niveau van ondersteuning "
            "dat iedere vestiging in de Kempenrand ten minste biedt. Het niveau is voor alle veertien vestigingen "
            "gelijk; verschillen in profiel tussen scholen zitten in de extra ondersteuning, niet in de basis. "
            "Het algemeen bestuur heeft het niveau vastgelegd in de Kwaliteitskaart Basisondersteuning, die als "
            "bijlage 2 bij dit plan hoort en waarin per standaard de concrete voorzieningen zijn uitgewerkt."),
          P("4.2 Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij de kwaliteitskaart invullen. "
            "Het SWV toetst elk jaar, in een gesprek met de ondersteuningscoördinator en de schoolleiding aan de "
            "hand van de kwaliteitskaart, of een vestiging het niveau haalt. Een vestiging die op een of meer "
            "standaarden onvoldoende scoort, stelt een verbeterplan op; het SWV kan hiervoor tijdelijk een "
            "begeleider inzetten. In 2023 voldeden elf van de veertien vestigingen volledig."),
          P("4.3 Voor de grens tussen basisondersteuning en extra ondersteuning hanteren we de regel dat "
            "alles wat een vestiging met de eigen formatie en het schoolbudget kan organiseren, tot de basis "
            "behoort. Zodra een leerling langdurig een individueel programma nodig heeft, is sprake van extra "
            "ondersteuning (hoofdstuk 5)."),
          ]
    b += [H1("5 Extra ondersteuning en bovenschoolse voorzieningen"),
          P("5.1 Het ondersteuningsaanbod in de Kempenrand is opgebouwd uit drie lagen. Laag 1 is de "
            "basisondersteuning op elke vestiging. Laag 2 is de extra ondersteuning op school: "
            "ondersteuningsarrangementen die de school zelf organiseert met het schoolbudget, zoals een "
            "trajectvoorziening, een rustruimte met begeleider, faalangst- en examentraining, of een "
            "aangepast rooster met coaching. Laag 3 bestaat uit de bovenschoolse en specialistische "
            "voorzieningen: het OPDC De Overstap, de Reboundvoorziening, de Topklas voor hoogbegaafde "
            "leerlingen met onderpresteren, de internationale schakelklas (ISK) in Veldhoven, het "
            "praktijkonderwijs en het vso."),
          P("5.2 Het OPDC De Overstap biedt vanaf 1 augustus 2025 drie routes: een kortdurende route van "
            "maximaal twaalf weken voor leerlingen die tijdelijk uit balans zijn, een langere route van "
            "maximaal een schooljaar voor leerlingen met een leer- en gedragsvraag in het eerste en tweede "
            "leerjaar, en een 'plusroute' in samenwerking met de jeugd-ggz voor leerlingen met psychische "
            "klachten. Plaatsing in het OPDC gebeurt op voordracht van de school, na bespreking in het "
            "ondersteuningsteam, door de Commissie Toewijzing."),
          P("5.3 Voor leerlingen die zowel onderwijs als zorg nodig hebben, maken we samen met de gemeenten "
            "onderwijs-zorgarrangementen. De Kempenhorst en de jeugdhulpaanbieder Lumen werken hierin samen in "
            "een gecombineerde groep van tien leerlingen."),
          TAB(["Voorziening", "Plaatsen", "Doelgroep", "Toegang"], [
              ["OPDC De Overstap", "60", "Leerjaar 1-3, leer- en gedragsvraag", "Commissie Toewijzing"],
              ["Rebound", "12", "Time-out tot 12 weken", "School, via consulent SWV"],
              ["Topklas", "30", "Onderpresterende hoogbegaafde leerlingen", "School"],
              ["ISK Veldhoven", "90", "Nieuwkomers 12-18 jaar", "Rechtstreeks"],
              ["Praktijkschool De Kempen", "420", "Leerlingen met TLV pro", "Commissie Toewijzing"],
              ["De Kempenhorst / De Linde-vso", "300", "Leerlingen met TLV vso", "Commissie Toewijzing"],
          ]),
          ]
    b += [H1("6 Toewijzing en toelaatbaarheid (lwoo, pro, vso)"),
          P("6.1 Het SWV heeft één Commissie Toewijzing (CT) die besluit over de aanwijzing voor lwoo, de "
            "toelaatbaarheid tot het praktijkonderwijs, de toelaatbaarheid tot het vso en plaatsing in het "
            "OPDC. De CT bestaat uit een voorzitter (de coördinator toewijzing van het SWV), een "
            "orthopedagoog-generalist en een jeugdarts. Aanvragen worden ingediend door het bevoegd gezag van "
            "de school waar de leerling staat ingeschreven of is aangemeld, via het digitale aanvraagsysteem."),
          H2("6.2 Leerwegondersteunend onderwijs"),
          P("Het SWV hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij een IQ "
            "tussen 75 en 90 en een leerachterstand van ten minste anderhalf jaar op twee van de vier domeinen "
            "(inzichtelijk rekenen, begrijpend lezen, technisch lezen, spelling), of bij een IQ tussen 91 en 120 "
            "met een achterstand en sociaal-emotionele problematiek die de ontwikkeling belemmert. De vo-school "
            "dient de aanvraag uiterlijk 1 maart in voor leerlingen die op 1 augustus instromen. De CT besluit "
            "binnen acht weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding."),
          H2("6.3 Praktijkonderwijs"),
          P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
            "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één "
            "begrijpend lezen of inzichtelijk rekenen. Praktijkschool De Kempen dient de aanvraag in na "
            "aanmelding. De CT besluit binnen acht weken; de TLV pro geldt voor de gehele opleidingsduur."),
          H2("6.4 Voortgezet speciaal onderwijs"),
          P("Voor een TLV vso verloopt de procedure in vijf stappen. (1) De school bespreekt de leerling in "
            "het ondersteuningsteam en stelt vast dat de ondersteuningsmogelijkheden, inclusief een "
            "bovenschoolse voorziening, zijn uitgeput. (2) De school dient de aanvraag in met het OPP, de "
            "evaluatie van de ingezette ondersteuning en relevante verslagen. (3) Een orthopedagoog of "
            "psycholoog en een tweede deskundige (jeugdarts, kinderpsychiater of maatschappelijk werker) die "
            "niet bij de leerling betrokken zijn, geven ieder een schriftelijk advies. (4) De CT besluit binnen "
            "zes weken. (5) De vso-school plaatst de leerling."),
          P("Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan: de leerling "
            "heeft een ondersteuningsbehoefte die structureel meer vraagt dan het regulier vo met "
            "arrangementen kan bieden; er is gedurende ten minste een half jaar extra ondersteuning ingezet en "
            "geëvalueerd; en de leerling heeft een kleine groep (maximaal twaalf leerlingen), een intensieve "
            "pedagogische aanpak of specialistische zorg gedurende de hele schooldag nodig die alleen het vso "
            "kan bieden. Voor cluster 3 geldt daarnaast dat sprake is van een lichamelijke, verstandelijke of "
            "langdurig medische beperking."),
          P("De TLV vso wordt in de regel afgegeven voor twee schooljaren, in bekostigingscategorie laag, "
            "tenzij de deskundigen anders adviseren (midden bij een lichamelijke beperking, hoog bij een "
            "meervoudige beperking)."),
          H2("6.5 Wat na de TLV"),
          P("Het SWV gaat ervan uit dat het vso voor veel leerlingen een tussenstation is. Ons beleid is dat "
            "iedere vso-leerling met uitstroomprofiel vervolgonderwijs een reëel perspectief heeft op terugkeer "
            "naar het regulier vo, zodra de ondersteuningsbehoefte dat toelaat. Terugkeer is aan de orde als de "
            "doelen uit het OPP zijn behaald, de leerling in een reguliere klas kan functioneren met "
            "ondersteuning op het niveau van laag 2, en een vo-school is gevonden die dat kan bieden. Een "
            "terugplaatsing gebeurt bij voorkeur aan het begin van een schooljaar of na de kerstvakantie."),
          P("De vso-school evalueert het OPP ten minste eenmaal per jaar en bespreekt daarbij of terugkeer "
            "mogelijk is. In het laatste jaar van de TLV organiseert de vso-school vóór 1 februari een "
            "perspectiefgesprek met de consulent van het SWV en de leerling. Is terugkeer haalbaar, dan "
            "benadert de consulent binnen vier weken een passende vo-school; is dat niet haalbaar, dan vraagt "
            "de vso-school vóór 1 april een nieuwe TLV aan. De CT besluit over verlenging; zonder nieuw besluit "
            "eindigt de TLV op 31 juli."),
          P("Na terugkeer ontvangt de vo-school een Overstaparrangement van één jaar: vier uur begeleiding per "
            "week door een ambulant begeleider van het vso en een budget van € 3.500 voor aanvullende "
            "voorzieningen. In het schooljaar 2022-2023 keerden elf vso-leerlingen terug naar het regulier "
            "vo; negen van hen zaten een jaar later nog op die school."),
          ]
    b += [H1("7 Thuiszitters en dekkend netwerk"),
          P("7.1 Het SWV wil dat geen jongere zonder passend onderwijs thuis zit. Elke maand komt de "
            "Casustafel bijeen: de consulenten van het SWV, de leerplichtambtenaren van de zes gemeenten en "
            "een vertegenwoordiger van de jeugdhulp. Elke school meldt een leerling die langer dan vier weken "
            "geheel of gedeeltelijk verzuimt. Binnen twee weken na melding is er een plan met een eigenaar. Als "
            "partijen het niet eens worden, besluit de directeur van het SWV (doorzettingsmacht)."),
          P("7.2 Of het aanbod dekkend is, volgen we met de jaarlijkse Aanbodmonitor. Daarin brengen we in "
            "kaart welke leerlingen niet of te laat geplaatst konden worden, hoe lang de wachtlijsten bij OPDC "
            "en vso zijn, en welke leerlingen buiten de regio onderwijs volgen. Knelpunten worden in het "
            "algemeen bestuur besproken en vertaald naar het jaarplan. De monitor 2023 liet zien dat er geen "
            "passend aanbod is voor leerlingen met een havo/vwo-niveau en ernstige angstklachten; voor hen start "
            "in 2025 een kleinschalige groep bij het OPDC (plusroute)."),
          P("7.3 Alle besturen hebben zorgplicht voor leerlingen die bij hen worden aangemeld. Lukt het een "
            "school niet om binnen zes weken (plus vier) een passende plek te bieden, dan schakelt zij de "
            "consulent van het SWV in, die binnen tien werkdagen een oplossing voorstelt."),
          ]
    b += [H1("8 Financiën"),
          P("8.1 De baten van het SWV bestaan uit de rijksbijdrage lichte en zware ondersteuning, de middelen "
            "voor lwoo en pro, en incidentele subsidies. Na de verplichte afdrachten voor het vso en het "
            "praktijkonderwijs resteert een budget dat het SWV verdeelt."),
          P("8.2 Het verdeelmodel kent de volgende regels. De middelen voor lwoo worden verdeeld over de "
            "besturen naar rato van het aantal leerlingen met een lwoo-aanwijzing op 1 oktober van het "
            "voorgaande jaar. Het ondersteuningsbudget voor de scholen wordt verdeeld naar rato van het totaal "
            "aantal leerlingen op 1 oktober, met een correctie voor de vmbo-basis- en kaderleerlingen (factor "
            "1,5). Het OPDC, de Rebound, de Topklas, de Overstaparrangementen en het bureau worden centraal "
            "gefinancierd. Het algemeen bestuur stelt het verdeelmodel vast na advies van het "
            "directeurenoverleg; wijzigingen gaan in per 1 januari."),
          P("8.3 De meerjarenbegroting 2024-2028 is door het algemeen bestuur in december 2023 afzonderlijk "
            "vastgesteld en is opgenomen in bijlage 3 en op de website van het SWV. Bedragen zijn daarom in dit "
            "plan niet herhaald. Over de inzet van de middelen die naar de besturen gaan, beslissen de "
            "besturen zelf."),
          P("8.4 Het SWV had eind 2023 een reserve boven de signaleringswaarde. Conform de afspraken uit het "
            "bestedingsplan reserves is die in 2023 afgebouwd tot onder de signaleringswaarde."),
          ]
    b += [H1("9 Kwaliteit en resultaten"),
          P("9.1 Voor deze planperiode stuurt het SWV op vijf resultaatindicatoren:"),
          TAB(["Indicator", "Nulmeting 2023", "Streefwaarde 2028"], [
              ["Deelnamepercentage vso", "2,1%", "≤ 1,9%"],
              ["Thuiszitters langer dan 3 maanden", "14", "≤ 5"],
              ["Vestigingen die voldoen aan de kwaliteitskaart", "11 van 14", "14 van 14"],
              ["OPDC-leerlingen binnen een jaar terug in het vo", "76%", "≥ 80%"],
              ["Doorlooptijd TLV-aanvraag", "4,8 weken", "≤ 5 weken"],
          ]),
          P("9.2 Het SWV werkt met een kwaliteitscyclus. Twee keer per jaar (februari en september) "
            "verschijnt de Kwaliteitsmonitor, met de stand van de indicatoren per bestuur en voor de regio. "
            "Bronnen zijn DUO, de registratie van de CT, de verzuimgegevens van de gemeenten en een jaarlijkse "
            "enquête onder ondersteuningscoördinatoren. Het algemeen bestuur bespreekt de monitor en stelt zo "
            "nodig het jaarplan bij. In 2026 laat het SWV een externe tussenevaluatie uitvoeren. Over de "
            "bereikte resultaten en de daaraan bestede middelen legt het SWV verantwoording af in het "
            "jaarverslag."),
          ]
    b += [H1("10 Communicatie"),
          P("10.1 Het SWV communiceert met de aangesloten scholen via de maandelijkse nieuwsbrief voor "
            "ondersteuningscoördinatoren, het extranet met formulieren en handreikingen, en het kwartaaloverleg "
            "van zorgcoördinatoren. Gemeenten en jeugdhulpaanbieders ontvangen twee keer per jaar een "
            "partnerbrief. De website van het SWV is ingericht voor professionals."),
          P("10.2 Een communicatieplan gericht op ouders en leerlingen wordt in de loop van 2025 opgesteld."),
          ]
    b += [H1("12 Organisatie en governance"),
          P("12.1 Het SWV is een vereniging. De algemene ledenvergadering bestaat uit de negen schoolbesturen. "
            "Het bestuur van de vereniging bestaat uit vijf bestuurders van aangesloten schoolbesturen; een "
            "onafhankelijke toezichtscommissie van drie leden houdt intern toezicht. De directeur is belast met "
            "de dagelijkse leiding en is gemandateerd voor de besluiten van de CT."),
          P("12.2 De OPR telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
            "scholen. De OPR heeft op 16 april 2024 ingestemd met dit plan. Wijzigingen van het plan gedurende "
            "de planperiode worden eveneens ter instemming voorgelegd."),
          ]
    b += [H1("13 Gemeenten, jeugdhulp en arbeidsmarkt"),
          P("13.1 Het OOGO met de zes gemeenten vond plaats op 7 februari 2024. Gezamenlijke thema's zijn: "
            "thuiszitters en verzuim, onderwijs-zorgarrangementen, leerlingenvervoer naar vso en "
            "praktijkonderwijs, en de aansluiting van vso en praktijkonderwijs op de arbeidsmarkt. Met het "
            "samenwerkingsverband PO zijn afspraken gemaakt over de overdracht van leerlingen met een "
            "ondersteuningsbehoefte van groep 8 naar het vo."),
          P("13.2 Voor jongeren die het praktijkonderwijs of vso verlaten zonder werk of vervolgopleiding, "
            "werken we met het regionaal werkbedrijf en de mbo-instellingen samen in het 'Netwerk Werkroute'. "
            "Leerwerkplekken bij bedrijven in de regio worden gezamenlijk geworven."),
          ]
    b += [H1("14 Personeel"),
          P("Het bureau van het SWV telt 11,2 fte, waaronder vijf consulenten, een coördinator toewijzing, een "
            "beleidsadviseur en een controller. Het OPDC heeft 14 fte en is in dienst van een van de besturen, "
            "met een detacheringsovereenkomst. Het SWV investeert jaarlijks in scholing van "
            "ondersteuningscoördinatoren en mentoren rond psychische problematiek en hoogbegaafdheid."),
          P("14.2 De krapte op de arbeidsmarkt raakt ook de ondersteuning. Vooral orthopedagogen, "
            "gedragsspecialisten en docenten met ervaring in het vso zijn moeilijk te vinden. Het SWV en de "
            "besturen hebben daarom afgesproken elkaar niet te beconcurreren bij werving, gezamenlijk "
            "zij-instromers op te leiden via de regionale opleidingsschool en een regionale pool van "
            "ambulant begeleiders in te richten. Medewerkers van het OPDC kunnen voor een deel van hun "
            "aanstelling op een reguliere vestiging werken, zodat kennis over gedrag en didactiek breder in de "
            "regio beschikbaar komt."),
          P("14.3 Kennisdeling organiseren we in vier leernetwerken: ondersteuningscoördinatoren, mentoren "
            "onderbouw, decanen en loopbaanbegeleiders, en teamleiders vmbo. Elk netwerk komt vier keer per jaar "
            "bijeen en werkt aan een eigen thema, zoals executieve functies, het gebruik van het OPP als "
            "werkdocument, of de aansluiting tussen vmbo en mbo. De netwerken worden begeleid door een consulent "
            "van het SWV. Jaarlijks organiseert het SWV een regionale studiedag voor alle medewerkers van de "
            "aangesloten scholen, met workshops van scholen voor scholen."),
          ]
    b += [H1("15 Privacy"),
          P("Het SWV verwerkt persoonsgegevens van leerlingen uitsluitend voor de taken toewijzing, toekenning "
            "van middelen en advisering. Dossiers worden tot drie jaar na het laatste besluit bewaard. Het SWV "
            "heeft een privacyreglement en een functionaris gegevensbescherming."),
          P("Het digitale aanvraagsysteem is in 2023 vervangen. Het nieuwe systeem koppelt met de "
            "leerlingadministratiesystemen van de scholen, zodat gegevens niet dubbel hoeven te worden "
            "ingevoerd. Toegang verloopt met tweestapsverificatie; scholen zien alleen de dossiers van hun "
            "eigen leerlingen. Het SWV laat jaarlijks een beveiligingstoets uitvoeren en rapporteert "
            "datalekken binnen 72 uur aan de Autoriteit Persoonsgegevens."),
          ]
    b += [H1("16 Planning en evaluatie van dit plan"),
          P("16.1 Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. Het jaarplan "
            "benoemt per hoofdstuk van dit plan de activiteiten van dat jaar, de eigenaar en de planning. Het "
            "algemeen bestuur stelt het jaarplan in december vast; de OPR wordt vooraf geïnformeerd."),
          TAB(["Schooljaar", "Speerpunten"], [
              ["2024-2025", "Omvorming OPDC; nieuwe aanvraagroute Rebound; scholing mentoren."],
              ["2025-2026", "Start plusroute; herijking lwoo-verdeling; kwaliteitskaart 2.0."],
              ["2026-2027", "Externe tussenevaluatie; besluit over voortzetting Topklas."],
              ["2027-2028", "Voorbereiding plan 2028-2032; OOGO; instemming OPR."],
          ]),
          P("16.2 Tussentijdse wijzigingen van betekenis, zoals een ander verdeelmodel of een nieuwe "
            "voorziening, worden als addendum aan dit plan toegevoegd na instemming van de OPR en na overleg "
            "met de gemeenten. Kleine wijzigingen in uitvoeringsdocumenten worden door de directeur "
            "vastgesteld en via het extranet bekendgemaakt."),
          ]
    b += [H1("Bijlage 1 Begrippen"),
          TAB(["Begrip", "Omschrijving"], [
              ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op elke vestiging, met onder "
                                     "meer mentoraat, ondersteuningscoördinator, dyslexiebeleid, "
                                     "faalangsttraining en een ondersteuningsteam."],
              ["CT", "Commissie Toewijzing."],
              ["OJSP", "Ouder- en jeugdsteunpunt; onafhankelijke ondersteuning voor ouders en jongeren."],
              ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."],
              ["OPDC", "Orthopedagogisch-didactisch centrum."],
              ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier vo."],
          ]),
          ]
    return b


LABEL_B = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "4.1 states the common minimum for all 14 vestigingen, but the concrete voorzieningen are only in the absent bijlage 2 (Kwaliteitskaart); the list in the begrippenlijst does not count. Annual check = borging.",
        "plaatsing": "H6: one Commissie Toewijzing; lwoo (6.2), pro (6.3) and vso (6.4) procedures with terms and criteria; deskundigen; TLV duur/categorie. No bezwaar route.",
        "terugstroom": "Hidden in 6.5 'Wat na de TLV' inside the toewijzing chapter: policy and conditions, yearly OPP evaluation, perspectiefgesprek before 1 February, decision CT, Overstaparrangement, 2022-2023 figures.",
        "financien": "8.2 verdeelmodel with allocation rules (incl. which items are funded centrally, without amounts); the meerjarenbegroting is only referred to (absent bijlage 3 / website, 'bedragen niet herhaald') and schools decide themselves, so besteding is not addressed; 8.4 reserves.",
        "dekkend-aanbod": "5.1-5.3 three-layer continuum with voorzieningen table; H7 Casustafel, Aanbodmonitor, zorgplicht; OZA with gemeenten.",
        "resultaten": "H9 indicator table with nulmeting and streefwaarden 2028 plus Kwaliteitsmonitor twice a year and jaarverslag; H2 terugblik with achieved figures.",
        "ouders": "H10 'Communicatie' only addresses schools and partners; parents' communication plan deferred to 2025; OJSP/Onderwijsconsulenten only in the begrippenlijst and TOC; no role of parents described."},
)

# =====================================================================================
# Plan C - PO Waddenkust (pdf only). Nuchter, korte zinnen, krimpregio.
# =====================================================================================
def plan_c():
    b = []
    b += [T("Ondersteuningsplan 2023-2027"),
          ST("Samenwerkingsverband Primair Onderwijs Waddenkust (PO 21-03)"),
          P("Dongeradeel-Noord, Hoogeland, Marne en de eilanden Ameland en Schiermonnikoog. "
            "Vastgesteld op 20 april 2023."),
          PB()]
    b.append(TOC([
        ("Voorwoord", 2), ("1 Inleiding en wettelijk kader", 3), ("2 Onze regio", 4),
        ("3 Waar we voor staan", 5), ("4 Wat elke school biedt", 6), ("5 Zo werkt ondersteuning", 8),
        ("6 Toelaatbaarheid SBO en SO", 10), ("7 Na het SBO of SO: terug naar de basisschool", 12),
        ("8 Thuiszitters en dekkend aanbod", 13), ("9 Financieel kader", 14),
        ("10 Beoogde en bereikte resultaten", 17), ("11 Ouders", 18), ("12 Gemeenten en jeugdhulp", 20),
        ("13 Organisatie", 21), ("14 Kleine scholen, personeel en vervoer", 22), ("14a Overstap, meertaligheid en hoogbegaafdheid", 23), ("15 Planning", 24),
        ("Afkortingenlijst", 25)]))
    b.append(PB())
    b += [H1("Voorwoord"),
          P("Ons gebied is groot. Het loopt van de kwelders aan de Waddenzee tot de dorpen op de klei, en het "
            "omvat twee eilanden. Veel scholen zijn klein. Sommige hebben minder dan vijftig leerlingen. Een "
            "intern begeleider werkt soms voor drie scholen. Een school voor speciaal basisonderwijs is voor een "
            "kind uit Schiermonnikoog een boottocht en een busrit ver. Dat maakt passend onderwijs hier anders "
            "dan in de stad."),
          P("We hebben de afgelopen jaren geleerd dat je in zo'n gebied niet alles centraal moet regelen. De "
            "kracht zit in de dorpsschool, in de leerkracht die het gezin kent, en in de korte lijnen met de "
            "huisarts en het gebiedsteam. Tegelijk kan een kleine school niet alle expertise zelf in huis hebben. "
            "Daarom brengen we de expertise naar de scholen toe. Dit plan beschrijft hoe we dat doen."),
          P("We danken iedereen die heeft meegedacht: de directeuren en intern begeleiders, de leden van de "
            "ondersteuningsplanraad, de gemeenten en de ouders die op onze ouderavonden kwamen. Het plan is "
            "niet af. Dat is een ondersteuningsplan nooit. Maar het geeft richting voor vier jaar."),
          P("Jelle Hoekstra, directeur"),
          ]
    b += [H1("1 Inleiding en wettelijk kader"),
          P("Elk samenwerkingsverband maakt ten minste eens in de vier jaar een ondersteuningsplan. De wet "
            "(artikel 18a Wet op het primair onderwijs) schrijft voor wat erin moet staan: hoe we zorgen voor een "
            "samenhangend geheel van ondersteuningsvoorzieningen, inclusief de basisondersteuning; hoe we de "
            "middelen verdelen en besteden; hoe kinderen worden toegelaten tot sbo en so en hoe ze terugkeren; "
            "welke resultaten we beogen en bereiken; en hoe we ouders informeren. Dit plan volgt die opbouw "
            "zoveel mogelijk."),
          P("Het plan is besproken met de gemeenten in het op overeenstemming gericht overleg van 9 februari "
            "2023. De ondersteuningsplanraad heeft op 4 april 2023 ingestemd. Het plan is vóór 1 mei 2023 aan "
            "de inspectie gezonden."),
          ]
    b += [H1("2 Onze regio"),
          P("Het samenwerkingsverband omvat vier gemeenten aan de vaste wal en twee eilandgemeenten. Er zijn "
            "zeven schoolbesturen, met samen 71 basisscholen. Er is één school voor speciaal basisonderwijs (De "
            "Brêge in Dokkum-Noord) en er zijn twee so-locaties (De Wjuk, cluster 4, en een ZML-afdeling van "
            "Het Tij). Op 1 oktober 2022 telden we 9.214 leerlingen. Dat zijn er 600 minder dan vijf jaar "
            "eerder."),
          P("De krimp raakt de scholen hard. Elf scholen hebben minder dan 50 leerlingen. Drie scholen "
            "fuseren in deze planperiode. De gemeenten en besturen werken aan een spreidingsplan. Voor passend "
            "onderwijs betekent krimp vooral dat expertise dun verspreid is en dat reistijden lang zijn. Ook "
            "het leerlingenvervoer is een groot onderwerp: een kind uit Ameland dat naar De Wjuk gaat, reist "
            "per dag bijna drie uur."),
          P("De regio kent relatief veel gezinnen met lage inkomens en een hoge gemiddelde leeftijd van "
            "leraren. Tegelijk is de betrokkenheid van dorpen bij hun school groot. Ouders, dorpsbelang en "
            "verenigingen zetten zich in voor de school, en dat is een kracht die we willen benutten."),
          ]
    b += [H1("3 Waar we voor staan"),
          P("Elk kind hoort erbij. Dat is de zin waar we steeds op terugkomen. Een kind dat extra "
            "ondersteuning nodig heeft, hoort zoveel mogelijk op de school in het eigen dorp. Als dat niet "
            "gaat, zoeken we een plek die zo dichtbij mogelijk is. We kijken naar wat een kind nodig heeft, niet "
            "naar het etiket."),
          P("We werken vanuit drie principes. De school is de basis: de leerkracht en de intern begeleider "
            "doen het werk, wij ondersteunen. Expertise reist: onze ondersteuners komen naar de school, niet "
            "andersom. Geen gedoe: we houden procedures zo licht als kan. Regels zijn er om kinderen te helpen, "
            "niet om formulieren te vullen."),
          P("Die principes hebben gevolgen. Een ondersteuner die op een eilandschool komt, werkt mee in de "
            "klas in plaats van alleen te adviseren. Een aanvraag voor een arrangement past op twee kantjes. En "
            "als een school en een gezin er samen niet uitkomen, gaan we eerst met elkaar in gesprek voordat er "
            "een formele stap wordt gezet. We weten dat dit vertrouwen vraagt, van scholen, van ouders en van "
            "onszelf. Dat vertrouwen bouwen we op door te doen wat we zeggen, door open te zijn over wat niet "
            "lukt, en door dicht bij de scholen te blijven, ook als de afstand groot is."),
          ]
    b += [H1("4 Wat elke school biedt"),
          P("Alle scholen van het samenwerkingsverband hebben afgesproken welke ondersteuning elke school "
            "minimaal biedt. Dat is de basisondersteuning. Het niveau is voor iedere vestiging gelijk, ook voor "
            "de kleinste dorpsschool en de scholen op de eilanden. Kan een kleine school iets niet alleen, dan "
            "regelt het bestuur het samen met andere scholen. Het niveau is vastgesteld door het bestuur van "
            "het samenwerkingsverband op 12 oktober 2022."),
          TAB(["Onderdeel", "Wat elke school biedt"], [
              ["Zorgstructuur", "Een intern begeleider (eventueel gedeeld met andere scholen), een "
                                "leerlingvolgsysteem en vier keer per jaar een groepsbespreking."],
              ["Lezen en dyslexie", "Signalering vanaf groep 1-2, protocol leesproblemen en dyslexie, "
                                    "extra leestijd in de groep, voorleessoftware."],
              ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; extra instructie in de groep."],
              ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren, een pestprotocol en een "
                                        "aandachtsfunctionaris meldcode."],
              ["Meer- en hoogbegaafdheid", "Compacten en verrijken; deelname aan de bovenschoolse plusgroep."],
              ["Taal en meertaligheid", "Extra woordenschatonderwijs; Fries en Nederlands naast elkaar."],
              ["Medisch", "Protocol medisch handelen; afspraken over medicijngebruik."],
              ["Samenwerking", "Vast overleg met het gebiedsteam en de jeugdverpleegkundige, zes keer per jaar."],
              ["Expertise op afroep", "Binnen twee weken een consult van een ondersteuner van het "
                                      "samenwerkingsverband."],
          ]),
          P("Scholen beschrijven hun aanbod in het schoolondersteuningsprofiel."),
          ]
    b += [H1("5 Zo werkt ondersteuning"),
          P("Ondersteuning werkt bij ons in drie lagen. De eerste laag is de basisondersteuning op elke school "
            "(hoofdstuk 4). De tweede laag is extra ondersteuning op de eigen school of in het eigen dorp. De "
            "derde laag is het speciaal basisonderwijs en het speciaal onderwijs."),
          P("Extra ondersteuning regelen we met arrangementen. Een arrangement kan licht zijn (een paar "
            "consulten van een ondersteuner, een training voor het team) of zwaar (een onderwijsassistent voor "
            "een kind met een lichamelijke beperking, een jaar lang begeleiding door een gedragsspecialist). De "
            "intern begeleider vraagt het arrangement aan bij het Steunpunt Onderwijs van het "
            "samenwerkingsverband. De ondersteuner bespreekt de vraag met de school en met de ouders. Binnen "
            "drie weken is er een besluit."),
          P("Daarnaast zijn er bovenschoolse voorzieningen. De plusgroep komt op drie plekken in de regio "
            "samen, een dagdeel per week. De Wadklas in Dokkum-Noord is een tijdelijke groep voor kinderen met "
            "gedragsproblemen, maximaal een half jaar, met als doel terugkeer naar de eigen school. Voor "
            "kinderen op de eilanden is er een 'reizende ondersteuner' die elke week een dag op het eiland "
            "werkt."),
          TAB(["Laag", "Aanbod", "Waar"], [
              ["1", "Basisondersteuning", "Alle 71 scholen"],
              ["2", "Arrangementen, plusgroep, Wadklas, reizende ondersteuner", "Eigen school of regio"],
              ["3", "Sbo De Brêge; so De Wjuk (cluster 4); ZML-afdeling Het Tij; cluster 3 buiten de regio",
               "Dokkum-Noord, Leeuwarden"],
          ]),
          ]
    b += [H1("6 Toelaatbaarheid SBO en SO"),
          P("Soms is een plek op het speciaal basisonderwijs of het speciaal onderwijs beter voor een kind. "
            "Daarvoor is een toelaatbaarheidsverklaring nodig. Zo werkt het."),
          UL(["De school bespreekt het kind in een multidisciplinair overleg, met de ouders, de ondersteuner en "
              "zo nodig het gebiedsteam.",
              "Het bestuur van de school vraagt de TLV aan bij het Steunpunt Onderwijs. Het stuurt het "
              "groeidocument, het OPP en de mening van de ouders mee.",
              "Twee deskundigen geven advies: een orthopedagoog of psycholoog, en een tweede deskundige die bij "
              "het kind past, zoals een kinderarts of maatschappelijk werker. Zij hebben niet eerder met het "
              "kind gewerkt en schrijven elk een eigen advies.",
              "De Commissie van Toelaatbaarheid besluit binnen vijf weken na de complete aanvraag. In spoedsituaties "
              "binnen vijf werkdagen.",
              "Ouders en school krijgen het besluit en de adviezen op papier."]),
          P("Welke criteria de commissie gebruikt, is een vraag die we vaak krijgen. De commissie weegt elke "
            "aanvraag apart en kijkt naar het hele kind. Het criteriakader wordt momenteel herzien samen met De "
            "Brêge en De Wjuk. Na vaststelling (verwacht in het voorjaar van 2024) publiceren we het op de "
            "website."),
          P("Een TLV voor het sbo geldt in de regel voor twee jaar. Een TLV voor het so geldt voor twee of vier "
            "jaar, afhankelijk van het advies van de deskundigen. Ouders die het niet eens zijn met het besluit, "
            "kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt dan advies aan de "
            "Landelijke Bezwaaradviescommissie."),
          ]
    b += [H1("7 Na het SBO of SO: terug naar de basisschool"),
          P("We vinden dat een kind op het sbo of so altijd zicht moet houden op een plek dichter bij huis. "
            "Het sbo en het so zijn voor ons geen eindstation. Als een kind zich goed ontwikkelt en de "
            "ondersteuning die het nodig heeft ook op een basisschool kan krijgen, dan is terugkeer het doel. "
            "Voorwaarde is dat de basisschool de ondersteuning echt kan bieden, en dat ouders en kind er klaar "
            "voor zijn."),
          P("Een kind dat terugkeert, krijgt niet zomaar een nieuwe start zonder hulp. De basisschool krijgt "
            "een terugkeerarrangement: een jaar lang begeleiding door een ambulant begeleider van het sbo of so, "
            "en een budget voor extra handen in de klas. Zo voorkomen we dat het misgaat in de eerste maanden."),
          P("Hoe de terugkeer precies verloopt – wie het initiatief neemt, wanneer de evaluatie plaatsvindt en "
            "wie beslist – leggen we vast in een gezamenlijk protocol met De Brêge en De Wjuk. Dat protocol is "
            "gepland voor het schooljaar 2024-2025."),
          ]
    b += [H1("8 Thuiszitters en dekkend aanbod"),
          P("Ook in onze regio zijn er kinderen die een tijd niet naar school gaan. Dat willen we niet. Of ons "
            "aanbod echt dekkend is, en waar de witte vlekken zitten, gaan we in deze planperiode onderzoeken "
            "samen met de gemeenten. Een plan van aanpak volgt na dat onderzoek."),
          ]
    b += [H1("9 Financieel kader"),
          P("Het samenwerkingsverband krijgt geld van het Rijk voor de ondersteuning van alle kinderen in de "
            "regio. In 2023 is dat ongeveer € 9,3 miljoen. Een deel gaat direct naar het so (via DUO) en naar het "
            "sbo. Het restant verdelen we zo:"),
          UL(["Schoolbudget: elk bestuur krijgt € 160 per leerling (teldatum 1 oktober) voor de "
              "basisondersteuning en lichte arrangementen. Scholen onder de 75 leerlingen krijgen daarnaast een "
              "kleinescholentoeslag van € 5.000.",
              "Arrangementen: zware arrangementen worden aangevraagd bij het Steunpunt Onderwijs. Het steunpunt "
              "kent toe op basis van de ondersteuningsbehoefte in het groeidocument. Een arrangement is "
              "maximaal € 12.000 per kind per jaar.",
              "Expertise: de ondersteuners, de reizende ondersteuner, de Wadklas en de plusgroep betalen we "
              "centraal.",
              "Eilandtoeslag: de scholen op Ameland en Schiermonnikoog krijgen € 15.000 per school per jaar "
              "extra vanwege reistijd en isolement."]),
          P("Het bestuur van het samenwerkingsverband stelt dit model vast, na advies van de directeuren. De "
            "besturen verantwoorden elk jaar in juni hoe zij het schoolbudget hebben besteed."),
          TAB(["Meerjarenbegroting (x € 1.000)", "2023", "2024", "2025", "2026"], [
              ["Rijksbijdrage ondersteuning", "9.310", "9.180", "9.050", "8.930"],
              ["Afdracht so via DUO", "3.220", "3.200", "3.180", "3.150"],
              ["Afdracht sbo", "1.410", "1.390", "1.360", "1.340"],
              ["Schoolbudgetten", "1.530", "1.500", "1.470", "1.450"],
              ["Arrangementen", "1.580", "1.560", "1.540", "1.520"],
              ["Expertise en voorzieningen", "1.150", "1.150", "1.140", "1.130"],
              ["Eilandtoeslag en kleine scholen", "135", "135", "130", "125"],
              ["Bureau en bestuur", "360", "365", "370", "375"],
              ["Saldo", "-75", "-120", "-140", "-160"],
          ]),
          P("De negatieve saldi komen uit de reserve, die daarmee in 2026 op het gewenste niveau uitkomt."),
          ]
    b += [H1("10 Beoogde en bereikte resultaten"),
          P("In deze planperiode stellen wij samen met de ondersteuningsplanraad een set indicatoren op. Over "
            "de resultaten rapporteren we vanaf het eerste jaarverslag na vaststelling van die indicatoren."),
          ]
    b += [H1("11 Ouders"),
          H2("11.1 Informatie voor ouders"),
          P("Ouders moeten weten wat er mogelijk is. We informeren ouders op vier manieren. Op de website staat "
            "een ouderpagina met uitleg over de basisondersteuning, de arrangementen, de plusgroep, de Wadklas en "
            "de TLV. Er is een folder 'Passend onderwijs aan de Waddenkust' in het Nederlands en het Fries, die "
            "elke school bij de aanmelding meegeeft. Elke school beschrijft in de schoolgids wat zij biedt en "
            "verwijst naar het samenwerkingsverband. En twee keer per jaar is er een ouderavond, afwisselend op "
            "het vasteland en op een van de eilanden."),
          H2("11.2 Onafhankelijke hulp"),
          P("Soms willen ouders met iemand praten die niet van de school of van ons is. Zij kunnen terecht bij "
            "het Ouder- en Jeugdsteunpunt Noord, een onafhankelijk steunpunt dat we samen met drie andere "
            "samenwerkingsverbanden hebben opgezet. Het steunpunt luistert, geeft advies en gaat zo nodig mee "
            "naar een gesprek. Ouders kunnen ook gratis hulp krijgen van de Onderwijsconsulenten. Bij een "
            "geschil over toelating, verwijdering of het OPP kunnen ouders naar de Geschillencommissie passend "
            "onderwijs."),
          H2("11.3 Ouders als partner"),
          P("Ouders zijn de eerste deskundigen over hun kind. Ze worden betrokken bij elk gesprek over "
            "ondersteuning, ze ondertekenen het OPP en hun mening hoort bij elke TLV-aanvraag. In de "
            "ondersteuningsplanraad zitten vijf ouders."),
          ]
    b += [H1("12 Gemeenten en jeugdhulp"),
          P("De zes gemeenten en het samenwerkingsverband werken samen in het Regionaal Overleg Onderwijs en "
            "Jeugd. Afspraken zijn: elke school heeft een vaste contactpersoon in het gebiedsteam; jeugdhulp "
            "kan onder schooltijd op school worden gegeven; en voor kinderen die onderwijs en zorg combineren, "
            "maken gemeente en samenwerkingsverband samen een onderwijs-zorgarrangement. De gemeenten betalen "
            "het leerlingenvervoer. Over de eilanden is afgesproken dat het gebiedsteam en de reizende "
            "ondersteuner samen optrekken."),
          ]
    b += [H1("13 Organisatie"),
          P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de zeven bestuurders van de "
            "aangesloten schoolbesturen. Een onafhankelijk voorzitter leidt de vergaderingen. Het interne "
            "toezicht ligt bij een toezichtscommissie van drie leden. De directeur leidt het Steunpunt Onderwijs "
            "en het bureau. De ondersteuningsplanraad heeft tien leden en vergadert vier keer per jaar."),
          P("Het Steunpunt Onderwijs is het hart van het samenwerkingsverband. Daar werken de ondersteuners "
            "(orthopedagogen, gedragsspecialisten en een logopedist), de secretaris van de Commissie van "
            "Toelaatbaarheid en twee administratieve medewerkers. Het steunpunt heeft een kantoor in Dokkum-Noord "
            "en een werkplek op beide eilanden."),
          P("De ondersteuningsplanraad bestaat uit vijf ouders en vijf personeelsleden, gekozen uit de "
            "medezeggenschapsraden van de scholen. Omdat de afstanden groot zijn, vergadert de raad afwisselend "
            "in Dokkum-Noord en online. De raad krijgt ondersteuning van een ambtelijk secretaris en volgt elk "
            "jaar een scholing over de taken van de OPR. Bij het maken van dit plan is de raad vanaf het begin "
            "betrokken: in drie werksessies heeft de raad meegedacht over de hoofdstukken over ouders, geld en "
            "toelaatbaarheid."),
          P("De samenwerking met het speciaal (basis)onderwijs is nauw. De Brêge en De Wjuk zijn geen "
            "eilanden binnen het samenwerkingsverband, maar expertisecentra voor de hele regio. Hun "
            "leerkrachten geven consultatie aan basisscholen, bijvoorbeeld over een kind met autisme of een kind "
            "dat veel boosheid laat zien. Ze verzorgen scholing voor teams en ze nemen deel aan het overleg van "
            "de ondersteuners. In deze planperiode willen we die rol verder versterken, onder meer door een "
            "gezamenlijke studiedag per jaar en door stages van basisschoolleerkrachten op het sbo en so."),
          P("Het bestuur van het samenwerkingsverband vergadert zes keer per jaar. Het bestuur stelt het "
            "jaarplan, de begroting en de jaarrekening vast. Het directeurenoverleg, met een directeur per "
            "bestuur, adviseert het bestuur over de uitvoering. Zo houden we de lijnen tussen de scholen en het "
            "bestuur kort."),
          ]
    b += [H1("14 Kleine scholen, personeel en vervoer"),
          P("Het tekort aan leraren is in het noorden minder groot dan in de Randstad, maar het is er wel. "
            "Vooral voor kleine scholen is het moeilijk om een intern begeleider te vinden. Daarom hebben de "
            "besturen een pool van intern begeleiders opgezet die voor meerdere scholen werken. Het "
            "samenwerkingsverband betaalt de opleiding van nieuwe intern begeleiders voor de helft."),
          P("Voor personeel van het Steunpunt Onderwijs geldt de cao primair onderwijs. Het steunpunt heeft "
            "9,4 fte. Ondersteuners krijgen jaarlijks scholing en werken in een team met intervisie. "
            "Reistijd naar de eilanden telt als werktijd."),
          P("Leerlingenvervoer is geen taak van het samenwerkingsverband, maar het raakt passend onderwijs "
            "wel. Lange reistijden kunnen een reden zijn om een kind niet naar het sbo of so te laten gaan. We "
            "bespreken dit elk jaar met de gemeenten. In 2023 is afgesproken dat kinderen uit het noorden van "
            "Hoogeland met een kleinere bus worden vervoerd, zodat de reistijd korter wordt."),
          P("Digitale middelen helpen om afstanden te overbruggen. Ondersteuners overleggen met scholen op "
            "de eilanden via beeldbellen. Voor de plusgroep is een digitale variant ontwikkeld, zodat kinderen "
            "van de eilanden één keer per maand fysiek en de andere weken online meedoen."),
          ]
    b += [H1("14a Overstap, meertaligheid en hoogbegaafdheid"),
          P("De overstap van groep 8 naar het voortgezet onderwijs is voor kinderen uit onze dorpen een grote "
            "stap. Veel kinderen gaan naar een school in Dokkum-Noord of Leeuwarden, soms een uur reizen. Voor "
            "kinderen met een ondersteuningsbehoefte regelen we een warme overdracht: de intern begeleider, de "
            "ouders en de ondersteuningscoördinator van de vo-school zitten vóór 1 april samen aan tafel. Met het "
            "samenwerkingsverband VO hebben we afgesproken dat het groeidocument de basis is voor het gesprek, "
            "zodat ouders hun verhaal niet opnieuw hoeven te vertellen."),
          P("Ook de overgang van voorschool naar basisschool vraagt aandacht. In de kleine dorpen is niet altijd "
            "een peuteropvang. De gemeenten en de besturen zoeken samen naar oplossingen, bijvoorbeeld een "
            "peutergroep in het schoolgebouw. De ondersteuners van het Steunpunt Onderwijs kunnen al vóór de "
            "inschrijving meekijken als een peuter een ontwikkelingsvraag heeft."),
          P("Onze regio is tweetalig. Veel kinderen groeien op met Fries als thuistaal. Dat is een rijkdom en "
            "geen probleem. We letten er wel op dat een taalachterstand in het Nederlands niet ten onrechte als "
            "een leer- of ontwikkelingsprobleem wordt gezien. Bij onderzoek naar dyslexie of taalontwikkeling "
            "houden onze orthopedagogen rekening met de tweetaligheid. Daarnaast wonen er in de regio sinds "
            "2022 meer gezinnen uit Oekraïne en Syrië. Hun kinderen gaan naar de gewone basisschool, met "
            "ondersteuning van een taalcoach die door de besturen samen wordt ingezet."),
          P("Voor meer- en hoogbegaafde kinderen is er de plusgroep. Kinderen worden aangemeld door de intern "
            "begeleider, na een signalering in de groep. In de plusgroep werken ze aan leren leren, filosoferen "
            "en onderzoeksprojecten. De leerkrachten van de plusgroep geven tips aan de eigen leerkracht, zodat "
            "het kind ook in de eigen klas uitdaging krijgt. Met extra middelen van het Rijk voor "
            "hoogbegaafdheid hebben we in 2022 een tweede locatie geopend."),
          P("Privacy vinden we belangrijk. Gegevens over kinderen delen we alleen als ouders daarvan weten en "
            "als het nodig is voor de ondersteuning. Het Steunpunt Onderwijs werkt met een beveiligd digitaal "
            "dossier. Na drie jaar na het laatste besluit worden de gegevens verwijderd. Ouders kunnen altijd "
            "vragen welke gegevens wij van hun kind hebben."),
          ]
    b += [H1("15 Planning"),
          TAB(["Jaar", "Wat we doen"], [
              ["2023-2024", "Herzien criteriakader TLV; onderzoek dekkend aanbod met gemeenten."],
              ["2024-2025", "Protocol terugkeer; indicatoren met OPR; digitale plusgroep."],
              ["2025-2026", "Evaluatie verdeelmodel; fusies drie scholen begeleiden."],
              ["2026-2027", "Voorbereiden nieuw plan."],
          ]),
          ]
    b += [H1("Afkortingenlijst"),
          TAB(["Afkorting", "Betekenis"], [
              ["MDO", "Multidisciplinair overleg"], ["OJSP", "Ouder- en jeugdsteunpunt"],
              ["OPP", "Ontwikkelingsperspectief"], ["OPR", "Ondersteuningsplanraad"],
              ["OOGO", "Op overeenstemming gericht overleg"], ["SBO", "Speciaal basisonderwijs"],
              ["SO", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
              ["ZML", "Zeer moeilijk lerend"],
          ]),
          ]
    return b


LABEL_C = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "H4 'Wat elke school biedt': minimum level equal for every vestiging stated in prose; the concrete content is only in the table (nine onderdelen).",
        "plaatsing": "H6 procedure as bullet steps (MDO, Steunpunt Onderwijs, two deskundigen, CvT within five weeks); criteria deferred ('criteriakader wordt momenteel herzien ... publiceren we'); duur and bezwaar addressed.",
        "terugstroom": "H7 states policy (aim, conditions, terugkeerarrangement); the procedure (initiative, evaluation, decision) is deferred to a protocol planned for 2024-2025.",
        "financien": "H9 'Financieel kader': allocation rules (EUR 160 per leerling, toeslagen, arrangementen) and meerjarenbegroting table 2023-2026; verantwoording in June.",
        "dekkend-aanbod": "H5 three-layer continuum with arrangementen and voorzieningen; H8 only a passing mention of thuiszitters and a deferred investigation of witte vlekken; gemeenten/OZA in H12.",
        "resultaten": "H10 only defers ('stellen wij een set indicatoren op', reporting later); the legal list in H1 and the TOC are not content; no targets or figures.",
        "ouders": "H11: ouderpagina, folder NL/Fries, schoolgids, ouderavonden; OJSP Noord, Onderwijsconsulenten, Geschillencommissie; parents as partner."},
)

# =====================================================================================
# Plan D - VO IJsselvallei-Salland (pdf only). Strategisch, "koers", op hoofdlijnen.
# =====================================================================================
def plan_d():
    b = []
    b += [T("Koersplan Passend Onderwijs 2024-2028"),
          ST("Ondersteuningsplan van Stichting Samenwerkingsverband VO IJsselvallei-Salland (VO 23-05)"),
          P("Deventer - Olst-Wijhe - Raalte - Heerde - Hattem. Vastgesteld door het bestuur op 23 april 2024."),
          PB()]
    b.append(TOC([
        ("1 Ten geleide", 3), ("2 Het speelveld", 4), ("2a Terugblik: bedrijfsvoering op orde", 6), ("3 Basisondersteuning", 7),
        ("4 Koers: vier bewegingen", 8), ("5 Toewijzing: vso, lwoo en pro", 11),
        ("6 Terugplaatsing en overplaatsing", 14), ("7 Dekkend aanbod en thuiszitters", 15),
        ("8 Financiën en meerjarenbegroting", 16), ("9 Kwaliteit en resultaten", 19),
        ("10 Ouders en jongeren", 22), ("11 Governance", 24), ("12 Gemeenten en OOGO", 26),
        ("13 Mens en organisatie", 27), ("14 Informatievoorziening en privacy", 28), ("14a Professionalisering en kennisdeling", 28), ("15 Totstandkoming en planning", 29),
        ("Bijlage I Begrippen", 29), ("Bijlage II Handboek Toewijzing (extranet)", "-")]))
    b.append(PB())
    b += [H1("1 Ten geleide"),
          P("Met dit koersplan zet het samenwerkingsverband VO IJsselvallei-Salland de volgende stap in de "
            "ontwikkeling van passend onderwijs in de regio. Waar de vorige planperiode in het teken stond van "
            "consolidatie en het op orde brengen van de bedrijfsvoering, kiezen we nu nadrukkelijk voor "
            "beweging: van systeem naar leerling, van voorziening naar netwerk, van verantwoording naar "
            "lerend vermogen. Het koersplan is bewust op hoofdlijnen geschreven. De uitwerking vindt plaats in "
            "de jaarplannen, in het Handboek Toewijzing en in de uitvoeringsafspraken met de besturen."),
          P("Het plan is tot stand gekomen in een intensief traject met bestuurders, schoolleiders, "
            "ondersteuningscoördinatoren, de ondersteuningsplanraad, de gemeenten en jongeren zelf. In vier "
            "koerssessies is gesproken over de vraag wat passend onderwijs in 2028 moet betekenen voor "
            "jongeren in de IJsselvallei. De opbrengst daarvan vindt u terug in de vier bewegingen van "
            "hoofdstuk 4. Het op overeenstemming gericht overleg met de gemeenten vond plaats op 8 februari "
            "2024; de ondersteuningsplanraad stemde in op 11 april 2024."),
          P("Leeswijzer. Hoofdstuk 2 schetst het speelveld waarin het samenwerkingsverband opereert en kijkt "
            "kort terug op de vorige periode. Hoofdstuk 3 tot en met 8 behandelen de wettelijke onderdelen van "
            "het ondersteuningsplan, waarbij we – passend bij een koersplan – steeds aangeven wat we nu "
            "vastleggen en wat we in de planperiode verder uitwerken. Hoofdstuk 9 beschrijft hoe we sturen op "
            "kwaliteit. De hoofdstukken 10 tot en met 15 gaan over ouders en jongeren, governance, de "
            "samenwerking met gemeenten, de organisatie en de planning. Het Handboek Toewijzing en de "
            "uitvoeringsafspraken met besturen maken geen deel uit van dit document."),
          P("Drs. A. (Anouk) Verbeek MBA, directeur-bestuurder"),
          ]
    b += [H1("2 Het speelveld"),
          P("Het samenwerkingsverband telt zes schoolbesturen met elf scholen op zestien vestigingen, "
            "waaronder één school voor praktijkonderwijs (Het Ambacht, Deventer) en één school voor "
            "voortgezet speciaal onderwijs (De Berkenhorst, cluster 4). Op 1 oktober 2023 volgden 12.106 "
            "leerlingen voortgezet onderwijs in de regio. Het aantal leerlingen daalt tot 2028 naar verwachting "
            "met 6%. De daling is het sterkst in de kleinere kernen; in Deventer stabiliseert het aantal."),
          TAB(["Kengetal 1 oktober 2023", "IJsselvallei-Salland", "Landelijk"], [
              ["Leerlingen regulier vo", "11.402", "-"],
              ["Leerlingen praktijkonderwijs", "386 (3,2%)", "2,6%"],
              ["Leerlingen vso", "318 (2,6%)", "3,6%"],
              ["Leerlingen met lwoo", "1.210 (10,0%)", "10,8%"],
          ]),
          P("Het speelveld verandert snel. De Wet versterking positie ouders en leerlingen, de landelijke "
            "norm voor basisondersteuning, de ontwikkelingen rond inclusief onderwijs en de krapte op de "
            "arbeidsmarkt vragen om wendbaarheid. Tegelijkertijd neemt de complexiteit van de "
            "ondersteuningsvragen toe: meer jongeren met psychische klachten, meer schoolverzuim en meer "
            "druk op de jeugdhulp. Dat vraagt een samenwerkingsverband dat niet alleen verdeelt en toetst, "
            "maar verbindt en regisseert."),
          P("De regio is divers. Deventer is een stad met een groot voortgezet onderwijsaanbod, van "
            "praktijkonderwijs tot gymnasium, en trekt leerlingen uit de hele omgeving. Raalte, Heerde en "
            "Hattem hebben elk een of twee scholen, vaak brede scholengemeenschappen met een sterke binding aan "
            "het dorp. Olst-Wijhe heeft geen eigen school voor voortgezet onderwijs; jongeren reizen naar "
            "Deventer, Raalte of Zwolle. Een deel van de leerlingen uit Hattem en Heerde gaat naar school in "
            "Zwolle of Apeldoorn, buiten het samenwerkingsverband. Die leerlingstromen hebben gevolgen voor de "
            "samenwerking met de naburige samenwerkingsverbanden."),
          P("De aangesloten besturen verschillen in omvang en identiteit: twee grote openbare en "
            "interconfessionele besturen, twee christelijke besturen, een bestuur voor praktijkonderwijs en een "
            "bestuur voor speciaal onderwijs dat ook in andere regio's scholen heeft. Die verscheidenheid is een "
            "rijkdom, maar vraagt ook om heldere afspraken over wat we samen doen en wat ieder bestuur zelf "
            "regelt. In de vorige planperiode is daarom een samenwerkingsovereenkomst gesloten, die in 2024 "
            "wordt geactualiseerd."),
          ]
    b += [H1("2a Terugblik: bedrijfsvoering op orde"),
          P("De vorige planperiode begon met een forse opgave. Het bureau was in korte tijd gegroeid, de "
            "administratieve organisatie schoot tekort en de accountant plaatste kanttekeningen bij de "
            "rechtmatigheid van enkele uitgaven. In 2020 en 2021 is de organisatie opnieuw ingericht: de "
            "taken van bureau en toezicht zijn gescheiden, er is een controller aangesteld en de "
            "inkoopprocessen zijn aangescherpt. Sinds het boekjaar 2022 is de accountantsverklaring weer "
            "zonder voorbehoud."),
          P("Ook de samenwerking met de besturen is verbeterd. Waar het samenwerkingsverband eerder vooral "
            "werd gezien als een 'loket' en een 'geldverdeler', is het nu een gesprekspartner op strategisch "
            "niveau. De bestuurders komen vier keer per jaar bijeen in de raad van deelnemers en twee keer per "
            "jaar in een strategische heidag. De schoolleiders en ondersteuningscoördinatoren hebben elk een "
            "eigen overleg."),
          ]
    b += [H1("3 Basisondersteuning"),
          P("Het kabinet werkt aan een landelijke norm voor de basisondersteuning. Het samenwerkingsverband "
            "heeft ervoor gekozen die norm af te wachten en het regionale niveau van basisondersteuning in het "
            "schooljaar 2025-2026 opnieuw vast te stellen, in samenspraak met de besturen en de OPR. Tot die "
            "tijd beschrijven de scholen hun ondersteuning in hun schoolgids."),
          ]
    b += [H1("4 Koers: vier bewegingen"),
          H2("4.1 Van systeem naar leerling"),
          P("We willen dat de vraag van de jongere leidend is, niet de vraag welk loket of welke regeling "
            "van toepassing is. Dat betekent minder formulieren, meer gesprekken, en een consulent die met de "
            "school meedenkt voordat er een aanvraag ligt. Jongeren worden gehoord over hun eigen "
            "ondersteuning die de school verzorgt."),
          H2("4.2 Van voorziening naar netwerk"),
          P("Passend onderwijs is geen verzameling losse voorzieningen, maar een netwerk van scholen, "
            "professionals en partners die elkaar weten te vinden. We investeren daarom in ontmoeting en "
            "kennisdeling tussen scholen en tussen regulier en speciaal onderwijs. De netwerkgedachte is richtinggevend voor alle keuzes in deze planperiode."),
          H2("4.3 Van verantwoording naar lerend vermogen"),
          P("Het samenwerkingsverband heeft de afgelopen jaren veel geïnvesteerd in verantwoording. Die "
            "blijft belangrijk, maar we willen de gegevens die we verzamelen vooral gebruiken om te leren: wat "
            "werkt, voor wie, en waarom? Daarom werken we met een beperkte set indicatoren en met "
            "lerende gesprekken met de besturen (hoofdstuk 9)."),
          P("Dat vraagt een andere cultuur. Cijfers zijn geen afrekeninstrument, maar een startpunt voor "
            "een gesprek. Een bestuur met een hoog verwijzingspercentage is niet per definitie een bestuur dat "
            "het slecht doet; een bestuur met een laag percentage niet per definitie een bestuur dat het goed "
            "doet. Het gaat om de vraag of de keuzes die worden gemaakt in het belang van de jongere zijn. "
            "Die vraag stellen we elkaar, open en met nieuwsgierigheid."),
          H2("4.4 Van school naar toekomst"),
          P("Passend onderwijs eindigt niet bij het diploma. Voor jongeren in het praktijkonderwijs en het vso "
            "is de overgang naar werk, dagbesteding of mbo cruciaal. We versterken de samenwerking met het "
            "mbo en met werkgevers in de regio, zodat geen jongere zonder perspectief de school verlaat."),
          P("Concreet denken we aan gezamenlijke intakes van vso en mbo in het laatste schooljaar, aan "
            "leerwerktrajecten waarin jongeren een deel van de week op een werkplek leren, en aan een "
            "nazorgperiode van een jaar waarin de school bereikbaar blijft voor oud-leerlingen die vastlopen. "
            "Werkgevers in de regio, vooral in de logistiek, de zorg en de bouw, hebben aangegeven graag mee te "
            "denken. Het praktijkonderwijs heeft hiermee al goede ervaringen; die willen we benutten voor "
            "jongeren uit het vso en het vmbo die de overstap naar werk spannend vinden."),
          ]
    b += [H1("5 Toewijzing: vso, lwoo en pro"),
          P("Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso en het praktijkonderwijs "
            "en over de aanwijzing voor leerwegondersteunend onderwijs. De aanvraagprocedure, de formulieren en "
            "de termijnen zijn beschreven in het Handboek Toewijzing, dat voor scholen beschikbaar is op het "
            "extranet. In dit koersplan beperken we ons tot de criteria die de Commissie Toewijzing hanteert."),
          TAB(["Voorziening", "Criteria"], [
              ["Lwoo", "Landelijke criteria: IQ 75-90 en een leerachterstand van 25-50% op twee van de vier "
                       "domeinen (begrijpend lezen, technisch lezen, spelling, inzichtelijk rekenen); of IQ "
                       "91-120 met een leerachterstand en sociaal-emotionele problematiek."],
              ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en een leerachterstand van 50% of meer op "
                                    "ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk "
                                    "rekenen."],
              ["Vso (cluster 4)", "Ernstige gedrags- of psychiatrische problematiek; de ondersteuningsbehoefte "
                                  "overstijgt aantoonbaar wat het regulier vo, ook met een arrangement, kan "
                                  "bieden; en de jongere heeft een kleine groep en een specialistische "
                                  "pedagogische aanpak gedurende de gehele schooldag nodig."],
              ["Vso (cluster 3)", "Een verstandelijke, lichamelijke of langdurig medische beperking waardoor "
                                  "de jongere specialistische zorg of een aangepast programma in het vso nodig "
                                  "heeft."],
          ]),
          P("Een toelaatbaarheidsverklaring voor het vso wordt in de regel afgegeven voor twee schooljaren, in "
            "bekostigingscategorie laag. Een TLV voor het praktijkonderwijs en een aanwijzing voor lwoo gelden "
            "voor de duur van de opleiding."),
          ]
    b += [H1("6 Terugplaatsing en overplaatsing"),
          P("De Berkenhorst evalueert het ontwikkelingsperspectief van iedere leerling twee keer per jaar, in "
            "november en in mei. In het laatste jaar van de TLV organiseert de vso-school uiterlijk 1 maart een "
            "perspectiefgesprek met de jongere, de mentor, de gedragsdeskundige van de school en de consulent "
            "van het samenwerkingsverband. In dat gesprek wordt vastgesteld of terugkeer naar het regulier vo "
            "aan de orde is of dat een nieuwe TLV nodig is. De consulent legt het resultaat voor aan de Commissie "
            "Toewijzing, die vóór 15 mei beslist. Bij terugkeer meldt de vso-school de jongere aan bij de "
            "ontvangende vo-school en draagt zij het OPP in een overdrachtsgesprek over; zonder nieuw besluit "
            "eindigt de TLV op 31 juli."),
          P("Het beleidskader terugplaatsing wordt in 2025 herijkt en daarna ter instemming aan de OPR "
            "voorgelegd."),
          ]
    b += [H1("7 Dekkend aanbod en thuiszitters"),
          P("Een dekkend aanbod is de kern van de opdracht van ieder samenwerkingsverband. In 2024-2025 laat "
            "het samenwerkingsverband een onafhankelijke analyse uitvoeren naar de dekking van het "
            "ondersteuningsaanbod in de regio, inclusief de positie van thuiszitters en jongeren met een "
            "vrijstelling. De uitkomsten en het daarop gebaseerde actieplan worden als addendum aan dit "
            "koersplan toegevoegd."),
          ]
    b += [H1("8 Financiën en meerjarenbegroting"),
          P("De financiële koers volgt de inhoudelijke koers. Het samenwerkingsverband ontvangt middelen voor "
            "lichte en zware ondersteuning, lwoo en praktijkonderwijs. Na de afdrachten aan het vso en het "
            "praktijkonderwijs via DUO resteert een budget dat wordt ingezet voor de scholen en de "
            "regiotaken."),
          P("Het huidige verdeelmodel dateert uit 2019 en sluit niet meer aan bij de koers van dit plan. In het "
            "schooljaar 2024-2025 wordt een nieuw verdeelmodel ontwikkeld, dat na instemming van de OPR per "
            "1 januari 2026 ingaat. Tot dat moment blijven de bestaande afspraken met de besturen van kracht."),
          TAB(["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027", "2028"], [
              ["Baten lichte ondersteuning en lwoo", "7.840", "7.720", "7.590", "7.450", "7.330"],
              ["Baten zware ondersteuning", "5.610", "5.520", "5.430", "5.340", "5.250"],
              ["Afdracht vso (DUO)", "4.020", "3.990", "3.950", "3.910", "3.880"],
              ["Afdracht praktijkonderwijs", "2.950", "2.900", "2.860", "2.810", "2.760"],
              ["Middelen naar schoolbesturen", "4.410", "4.300", "4.210", "4.120", "4.040"],
              ["Bovenschoolse voorzieningen", "1.280", "1.300", "1.300", "1.300", "1.290"],
              ["Consulenten en toewijzing", "640", "650", "660", "670", "680"],
              ["Bestuur en bureau", "420", "425", "430", "435", "440"],
              ["Resultaat", "-270", "-325", "-390", "-455", "-510"],
          ]),
          P("De negatieve resultaten zijn het gevolg van de afbouw van de reserve. Op 31 december 2023 "
            "bedroeg het eigen vermogen € 3,1 miljoen. Met de begrote tekorten daalt dit tot ongeveer € 1,15 "
            "miljoen in 2028, wat overeenkomt met het weerstandsvermogen dat het bestuur op basis van de "
            "risicoanalyse noodzakelijk acht."),
          P("De belangrijkste financiële risico's zijn een sterkere stijging van het aantal vso-leerlingen dan "
            "begroot, waardoor de afdrachten toenemen; onzekerheid over de indexatie van de rijksbijdrage; en "
            "de kosten van de uitvoering van de nieuwe wetgeving rond het ouder- en jeugdsteunpunt. De controller "
            "actualiseert de risicoanalyse elk jaar bij de begroting. Als de afdrachten meer dan 5% boven de "
            "begroting uitkomen, stelt de directeur-bestuurder een bijsturingsvoorstel op voor de raad van "
            "toezicht. De jaarrekening wordt gecontroleerd door een externe accountant."),
          ]
    b += [H1("9 Kwaliteit en resultaten"),
          P("In lijn met de beweging 'van verantwoording naar lerend vermogen' werkt het samenwerkingsverband "
            "met vijf indicatoren. Voor elke indicator is een nulmeting en een streefwaarde voor 2028 bepaald."),
          TAB(["Indicator", "Nulmeting 2023", "Streefwaarde 2028"], [
              ["Doorlooptijd toewijzingsbesluit", "7,2 weken", "≤ 5 weken"],
              ["Vso-leerlingen die binnen hun TLV-periode terugkeren naar het vo", "6%", "≥ 12%"],
              ["Praktijkonderwijs- en vso-leerlingen met een duurzame plek (werk, mbo, dagbesteding) een jaar "
               "na uitstroom", "71%", "≥ 80%"],
              ["Tevredenheid ondersteuningscoördinatoren over de consulenten (schaal 1-10)", "6,8", "≥ 7,5"],
              ["Leerlingen in het regulier vo die het jaar zonder onderbreking afronden", "96,1%", "≥ 97%"],
          ]),
          P("De resultaten volgen we met de Koersmonitor. Twee keer per jaar, in januari en juni, verzamelt het "
            "bureau de gegevens uit DUO, het toewijzingsregister, de uitstroomgegevens van Het Ambacht en De "
            "Berkenhorst en een korte peiling onder ondersteuningscoördinatoren. De monitor wordt besproken in "
            "een lerend gesprek met iedere bestuurder, in het bestuur en in de OPR. Halverwege de planperiode, "
            "in het voorjaar van 2026, volgt een externe midterm-review. De bereikte resultaten en de "
            "daarvoor ingezette middelen worden jaarlijks gerapporteerd in het jaarverslag."),
          P("Examenresultaten en eindopbrengsten van de scholen vallen onder de verantwoordelijkheid van de "
            "besturen en de inspectie en maken geen deel uit van de Koersmonitor."),
          ]
    b += [H1("10 Ouders en jongeren"),
          P("Hoe het samenwerkingsverband ouders voortaan informeert over het ondersteuningsaanbod, werken we "
            "in 2025 uit in een communicatieplan; een nieuwe ouderwebsite is in ontwikkeling."),
          P("Ouders en jongeren die vragen hebben, zich zorgen maken of het niet eens zijn met de school of "
            "met het samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders & Jeugd IJsselvallei. Het "
            "steunpunt is onafhankelijk: het wordt gefinancierd door het samenwerkingsverband, maar de "
            "medewerkers zijn in dienst van een welzijnsorganisatie en werken uitsluitend in het belang van de "
            "jongere. Het steunpunt is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in "
            "Deventer en Raalte. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. "
            "Bij een geschil over toelating, verwijdering of het OPP kunnen zij zich wenden tot de "
            "Geschillencommissie passend onderwijs."),
          ]
    b += [H1("11 Governance"),
          P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht "
            "van vijf leden, van wie drie onafhankelijk. De zes schoolbesturen vormen samen de raad van "
            "deelnemers, die adviseert over het koersplan, de begroting en het verdeelmodel. De scheiding tussen "
            "bestuur en toezicht is vastgelegd in de statuten en het toezichtkader."),
          P("De ondersteuningsplanraad heeft instemmingsrecht op het koersplan en op wijzigingen daarvan. De "
            "raad vergadert vijf keer per jaar. In deze planperiode investeert het samenwerkingsverband in "
            "de professionalisering van de OPR, onder meer door een jaarlijkse gezamenlijke sessie met de raad "
            "van toezicht."),
          P("Het samenwerkingsverband hanteert de Code Goed Bestuur van de VO-raad. De raad van toezicht "
            "evalueert jaarlijks het eigen functioneren en dat van de directeur-bestuurder. Het jaarverslag, "
            "inclusief de jaarrekening en het verslag van de raad van toezicht, wordt vóór 1 juli openbaar "
            "gemaakt."),
          P("Het personeel van het bureau heeft een eigen medezeggenschapsraad, die adviesrecht en "
            "instemmingsrecht heeft op personele zaken zoals het formatieplan en het werkverdelingsplan. De "
            "directeur-bestuurder overlegt vier keer per jaar met deze raad. Waar besluiten zowel het personeel "
            "van het bureau als de scholen raken, stemmen de medezeggenschapsorganen hun standpunt af."),
          ]
    b += [H1("12 Gemeenten en OOGO"),
          P("Het OOGO over dit koersplan vond plaats op 8 februari 2024 met de vijf gemeenten in de regio. Het "
            "verslag daarvan is bij het bureau op te vragen. Het overleg met het samenwerkingsverband PO "
            "IJsselvallei vond plaats op 13 februari 2024."),
          ]
    b += [H1("13 Mens en organisatie"),
          P("Het bureau van het samenwerkingsverband is compact: 9,8 fte, waarvan vijf consulenten, een "
            "secretaris van de Commissie Toewijzing, een beleidsmedewerker, een controller en "
            "managementondersteuning. De consulenten zijn gedragswetenschappers met ervaring in het onderwijs. "
            "Ieder van hen is vast verbonden aan twee of drie scholen en neemt deel aan de ondersteuningsteams "
            "van die scholen."),
          P("De koers van dit plan vraagt iets van de medewerkers: meer verbinden en minder toetsen, meer "
            "aanwezig zijn op de scholen en minder op kantoor. Het samenwerkingsverband investeert daarom in "
            "een leertraject voor alle medewerkers, gericht op gespreksvoering, netwerkregie en het werken met "
            "data. Ook de ondersteuningscoördinatoren van de scholen worden hierbij betrokken."),
          P("De personeelsmarkt in de regio is krap. Het samenwerkingsverband werkt samen met de besturen in "
            "de regionale werkgeversvereniging aan de werving van gedragswetenschappers en ambulant "
            "begeleiders, en biedt stageplaatsen aan masterstudenten orthopedagogiek van de universiteit."),
          ]
    b += [H1("14 Informatievoorziening en privacy"),
          P("Het samenwerkingsverband werkt met een digitaal toewijzingsregister waarin aanvragen, adviezen en "
            "besluiten worden vastgelegd. Het systeem voldoet aan de eisen van de AVG. Gegevens over de "
            "gezondheid van jongeren worden alleen verwerkt voor zover dat nodig is voor de toewijzing. "
            "Dossiers worden drie jaar na het laatste besluit vernietigd."),
          P("In deze planperiode zet het samenwerkingsverband stappen in datagedreven werken. Gegevens uit het "
            "register, DUO en de scholen worden gekoppeld in een dashboard voor besturen. Daarbij gelden strikte "
            "afspraken: besturen zien alleen geaggregeerde gegevens van hun eigen scholen, en gegevens worden "
            "nooit op leerlingniveau gedeeld buiten de toewijzing."),
          ]
    b += [H1("14a Professionalisering en kennisdeling"),
          P("Het samenwerkingsverband ziet het als zijn taak om de deskundigheid in de regio te versterken. "
            "Daarvoor is een regionaal professionaliseringsprogramma ingericht, 'IJssel Leert', met jaarlijks "
            "een aanbod van leergangen, masterclasses en intervisiegroepen. Thema's in deze planperiode zijn "
            "psychische gezondheid van jongeren, executieve functies, het werken met een ontwikkelingsperspectief "
            "en het voeren van gesprekken met jongeren over hun toekomst. Het programma wordt samengesteld "
            "door een werkgroep van ondersteuningscoördinatoren."),
          P("Kennisdeling tussen het vso, het praktijkonderwijs en het regulier vo krijgt extra aandacht. "
            "Docenten van De Berkenhorst en Het Ambacht kunnen voor een dag per maand meelopen op een reguliere "
            "school en andersom. Daarnaast organiseert het samenwerkingsverband twee keer per jaar een "
            "'ontmoetingsmiddag' waarop scholen praktijkvoorbeelden delen. De ervaringen daarmee worden "
            "gebruikt in het leertraject van de consulenten."),
          ]
    b += [H1("15 Totstandkoming en planning"),
          TAB(["Datum", "Stap"], [
              ["september 2023", "Start koerssessies met besturen, scholen, OPR en jongeren"],
              ["december 2023", "Concept koersplan besproken in raad van deelnemers"],
              ["8 februari 2024", "OOGO met de vijf gemeenten"],
              ["13 februari 2024", "Overleg samenwerkingsverband PO"],
              ["11 april 2024", "Instemming ondersteuningsplanraad"],
              ["23 april 2024", "Vaststelling door de directeur-bestuurder na goedkeuring raad van toezicht"],
              ["vóór 1 mei 2024", "Toezending aan de inspectie"],
          ]),
          P("Het koersplan wordt jaarlijks vertaald in een jaarplan met een jaarbegroting. Het jaarplan "
            "noemt de activiteiten die bijdragen aan de vier bewegingen, met een verantwoordelijke en een "
            "planning. Aan het einde van elk schooljaar volgt een korte evaluatie, die samen met de Koersmonitor "
            "wordt besproken met de raad van deelnemers en de OPR. Tussentijdse wijzigingen van het koersplan, "
            "zoals het nieuwe verdeelmodel en het addendum dekkend aanbod, worden ter instemming aan de OPR "
            "voorgelegd."),
          ]
    b += [H1("Bijlage I Begrippen"),
          TAB(["Begrip", "Omschrijving"], [
              ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle "
                                     "scholen binnen het samenwerkingsverband bieden."],
              ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor iedere jongere een "
                                 "passende plek heeft."],
              ["Thuiszitter", "Leerplichtige jongere die ingeschreven staat maar langer dan vier weken zonder "
                              "geldige reden niet naar school gaat."],
              ["OPDC", "Orthopedagogisch-didactisch centrum."],
              ["Verdeelmodel", "De regels waarmee het samenwerkingsverband middelen aan besturen toekent."],
          ]),
          ]
    return b


LABEL_D = dict(
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={
        "plaatsing": ["duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "H3 only defers to a landelijke norm (level set again in 2025-2026) and points to the schoolgidsen; the definition sits only in Bijlage I.",
        "plaatsing": "H5 gives a criteria table for lwoo, pro and vso cluster 3/4 plus TLV duration, but the procedure (who applies, steps, terms) is only referred to the Handboek Toewijzing on the extranet (absent annex); the CT decision on return/renewal in H6 is terugstroom content.",
        "terugstroom": "H6 describes the procedure (OPP evaluation twice a year, perspectiefgesprek by 1 March, CT decides before 15 May, overdracht, TLV ends 31 July); the beleidskader is only announced for 2025.",
        "financien": "H8 has a meerjarenbegroting 2024-2028 with amounts and reserve build-down, but the verdeelmodel is 'wordt ontwikkeld' (in force 2026), existing arrangements not described.",
        "dekkend-aanbod": "H7 is a pure deferral (independent analysis 2024-2025, actieplan as addendum); the vision text in 4.2 is generic; OOGO in H12 is only a date; only the begrippenlijst defines dekkend aanbod.",
        "resultaten": "H9 indicator table with nulmeting and streefwaarden 2028 plus Koersmonitor twice a year, midterm review 2026 and jaarverslag.",
        "ouders": "H10: informing parents deferred to a 2025 communicatieplan; independent Steunpunt Ouders & Jeugd, Onderwijsconsulenten and Geschillencommissie are described."},
)

# =====================================================================================
# Plan E - PO Peelrand (html web version). Vriendelijk, vraag-antwoord, "u".
# =====================================================================================
E_NAV = [("Home", "Welkom"), ("Basisondersteuning", "Wat mag u van elke school verwachten?"),
         ("Ondersteuningsaanbod", "Welke ondersteuning is er verder in de regio?"),
         ("Toelaatbaarheid (TLV)", "Hoe werkt een toelaatbaarheidsverklaring (TLV)?"),
         ("Terugplaatsing", "Kan mijn kind terug naar de basisschool?"),
         ("Thuiszitters", "Wat doen jullie als een kind thuiszit?"),
         ("Financiën", "Hoe is het geld geregeld?"),
         ("Resultaten", "Wat willen we bereiken en hoe houden we dat bij?"),
         ("Voor ouders", "Voor ouders: waar vindt u informatie en hulp?"), ("Contact", "Contact")]


def plan_e():
    b = []
    b += [T("Ondersteuningsplan 2024-2028 - webversie"),
          ST("Samenwerkingsverband Passend Onderwijs Peelrand PO (PO 30-11) - Helmond-Oost, Deurne, Asten, "
             "Someren, Gemert-Bakel, Laarbeek"),
          P("Dit is de webversie van ons ondersteuningsplan 2024-2028. Het plan is vastgesteld door het "
            "algemeen bestuur op 17 april 2024, na instemming van de ondersteuningsplanraad op 2 april 2024. De "
            "pdf-versie met alle bijlagen kunt u downloaden via de knop onderaan deze pagina."),
          ]
    b.append(TOC([(lbl, "") for lbl, _ in E_NAV]))
    b += [H1("Welkom"),
          P("Welkom op de pagina van ons ondersteuningsplan. Samenwerkingsverband Peelrand PO is de "
            "samenwerking van acht schoolbesturen met 44 basisscholen, één school voor speciaal basisonderwijs "
            "(De Peelpoort in Deurne) en één school voor speciaal onderwijs (De Kleine Beer in Helmond-Oost). "
            "Samen zorgen we ervoor dat alle kinderen in onze regio – ruim 9.600 – onderwijs krijgen dat bij "
            "hen past. Op deze pagina leest u wat we de komende vier jaar gaan doen en wat u van ons mag "
            "verwachten."),
          P("We hebben geprobeerd dit plan zo te schrijven dat het voor iedereen leesbaar is: voor leerkrachten "
            "en intern begeleiders, voor directeuren en bestuurders, maar zeker ook voor ouders. Daarom hebben "
            "we gekozen voor vragen als kopjes. Staat uw vraag er niet tussen? Neem dan contact met ons op. We "
            "denken graag met u mee."),
          ]
    b += [H1("Hoe is dit plan tot stand gekomen?"),
          P("Aan dit plan is een jaar gewerkt. In het voorjaar van 2023 hebben we in zes bijeenkomsten, "
            "verspreid over de regio, met ruim 150 leerkrachten, intern begeleiders, directeuren en ouders "
            "gesproken over de vraag wat goed gaat en wat beter moet. Ook hebben we kinderen van twee "
            "basisscholen en De Peelpoort gevraagd wat zij nodig hebben om zich op school thuis te voelen. Hun "
            "antwoorden waren eenvoudig en raak: een juf of meester die luistert, een rustige plek als het even "
            "te veel wordt, en vriendjes."),
          P("Daarna hebben de besturen, de ondersteuningsplanraad en de gemeenten in het najaar meegelezen "
            "met een eerste versie. Op basis van hun reacties is het plan op een aantal punten aangepast. Zo is "
            "op verzoek van de OPR de informatie voor ouders uitgebreid, en hebben de gemeenten gevraagd om "
            "duidelijkere afspraken over thuiszitters. Het plan is vóór 1 mei 2024 naar de inspectie gestuurd."),
          P("Dit plan loopt van 1 augustus 2024 tot en met 31 juli 2028. Elk jaar maken we een jaarplan "
            "waarin we beschrijven wat we dat jaar gaan doen. Het jaarplan en het jaarverslag vindt u ook op "
            "deze website."),
          ]
    b += [H1("Waar staan we voor?"),
          P("Ieder kind in de Peelrand verdient een goede plek op school. Een plek waar het zich veilig voelt, "
            "waar het mag zijn wie het is en waar het zich kan ontwikkelen. Voor de meeste kinderen is dat "
            "gewoon de basisschool in de buurt. Sommige kinderen hebben daarbij wat extra nodig. En voor een "
            "kleine groep kinderen is een speciale school de beste plek. Wij vinden het belangrijk dat die "
            "keuze zorgvuldig wordt gemaakt, samen met ouders, en dat de deur altijd openstaat om terug te "
            "gaan als dat kan."),
          P("Onze drie kernwaarden zijn: dichtbij, samen en open. Dichtbij betekent dat we ondersteuning zo "
            "dicht mogelijk bij het kind organiseren. Samen betekent dat scholen, ouders, jeugdhulp en gemeenten "
            "het samen doen. Open betekent dat we eerlijk zijn over wat wel en niet lukt, en dat we ons laten "
            "aanspreken op wat we beloven."),
          P("De afgelopen jaren hebben we veel geleerd. We hebben gezien dat kinderen het beste tot hun recht "
            "komen als leerkrachten zich gesteund voelen, als ouders echt meedoen en als hulp niet blijft "
            "hangen in wachtlijsten. Die lessen nemen we mee in dit plan."),
          ]
    b += [H1("Wat hebben we geleerd van de vorige planperiode?"),
          P("In 2020 begonnen we aan ons vorige plan met een duidelijke opdracht van de besturen: minder "
            "kinderen die ver van huis naar school gaan, minder thuiszitters en snellere hulp. Veel is gelukt. "
            "Het deelnamepercentage sbo daalde, het aantal thuiszitters is meer dan gehalveerd en er gingen "
            "meer kinderen terug naar de basisschool dan ooit. Dat kwam vooral doordat onderwijsadviseurs "
            "vaker en eerder op de scholen aanwezig waren, en doordat scholen elkaar beter wisten te vinden."),
          P("Niet alles ging goed. De coronaperiode heeft veel gevraagd van kinderen, ouders en leerkrachten. "
            "Het lerarentekort maakte het moeilijk om plannen uit te voeren; op sommige scholen stonden "
            "invallers voor de klas en bleef extra hulp liggen. En we merkten dat ouders niet altijd wisten "
            "waar ze terecht konden. Dat laatste hebben we in dit plan opgepakt met de Oudervraagbaak en het "
            "Ouder- en Jeugdsteunpunt. De uitkomsten van de evaluatie zijn besproken met de besturen, de OPR "
            "en de gemeenten."),
          ]
    b += [H1("Wat mag u van elke school verwachten?"),
          P("Alle basisscholen in de Peelrand bieden hetzelfde minimum aan ondersteuning. Dat noemen we de "
            "basisondersteuning. De acht besturen hebben die samen afgesproken, en ze geldt voor elke "
            "schoollocatie, groot of klein, in de stad of in het dorp. Het maakt dus niet uit op welke school "
            "uw kind zit: dit mag u overal verwachten."),
          UL(["Een intern begeleider die u kunt spreken over de ontwikkeling van uw kind.",
              "Leerkrachten die twee keer per jaar kijken wat elk kind nodig heeft en hun lessen daarop "
              "aanpassen (handelingsgericht werken).",
              "Extra hulp bij lezen, spelling en rekenen in de klas, en een aanpak voor dyslexie en "
              "dyscalculie volgens de landelijke protocollen.",
              "Een veilige school met een programma voor sociaal-emotionele ontwikkeling en een pestprotocol.",
              "Uitdaging voor kinderen die meer aankunnen (verrijkingswerk en een plusaanbod op school).",
              "Een ondersteuningsteam waarin de school, u als ouder, de onderwijsadviseur van het "
              "samenwerkingsverband en zo nodig iemand van het centrum voor jeugd en gezin samen kijken wat "
              "uw kind nodig heeft.",
              "Afspraken over medicijnen en medische handelingen op school.",
              "Korte lijnen met de jeugdverpleegkundige en het maatschappelijk werk."]),
          P("Elk jaar bezoekt een onderwijsadviseur van het samenwerkingsverband iedere school voor een "
            "gesprek over de basisondersteuning. Lukt iets nog niet, dan maakt de school afspraken over "
            "verbetering en helpen wij daarbij. Wat een school verder nog biedt, staat in de schoolgids."),
          ]
    b += [H1("Welke ondersteuning is er verder in de regio?"),
          P("Naast de basisondersteuning is er in onze regio nog veel meer mogelijk. "
            "Een compleet en actueel overzicht van dat aanbod – wat er is, voor wie, en hoe je er gebruik van "
            "maakt – publiceren we in de loop van het schooljaar 2024-2025 als 'Aanbodkaart' op deze website."),
          ]
    b += [H1("Hoe werkt een toelaatbaarheidsverklaring (TLV)?"),
          P("Informatie over het aanvragen en beoordelen van een toelaatbaarheidsverklaring vindt u op de "
            "pagina van Het Loket. Die pagina wordt vernieuwd zodra de nieuwe werkwijze van onze commissie is "
            "vastgesteld."),
          ]
    b += [H1("Kan mijn kind terug naar de basisschool?"),
          P("Ja, dat kan. Wij vinden dat een plek op De Peelpoort of De Kleine Beer nooit vanzelfsprekend voor "
            "altijd is. Ons uitgangspunt is dat elk kind zo thuisnabij en zo regulier mogelijk naar school "
            "gaat. Daarom kijken we bij ieder kind op een speciale school regelmatig of terugkeer naar een "
            "basisschool mogelijk en verstandig is. Terugkeer is aan de orde als uw kind de doelen uit het "
            "ontwikkelingsperspectief grotendeels haalt, als de ondersteuning die het nog nodig heeft op een "
            "basisschool geboden kan worden, en als u als ouder achter de overstap staat."),
          P("Hoe gaat dat in zijn werk? De speciale school bespreekt twee keer per jaar, in het gesprek over "
            "het ontwikkelingsperspectief, met u of terugkeer een optie is. Komt terugkeer in beeld, dan neemt "
            "de speciale school het initiatief en nodigt zij binnen vier weken u, een onderwijsadviseur van het "
            "samenwerkingsverband en de beoogde basisschool uit voor een overstapgesprek. In dat gesprek wordt "
            "afgesproken of en wanneer uw kind overstapt. Het besluit wordt vastgelegd door de directeur van de "
            "speciale school en de directeur van de basisschool samen; de onderwijsadviseur bewaakt dat de "
            "afspraken worden nagekomen. Is terugkeer nog niet haalbaar in het laatste jaar van de "
            "toelaatbaarheidsverklaring, dan wordt dat met u besproken vóór 1 maart. Na de overstap volgt na "
            "zes weken en na een half jaar een evaluatie."),
          P("Uw kind staat er na de overstap niet alleen voor. De basisschool krijgt een "
            "terugkeerarrangement: een ambulant begeleider van de speciale school komt gedurende maximaal een "
            "jaar wekelijks langs om de leerkracht te helpen, en uw kind mag in die periode een "
            "'wenperiode' van enkele dagdelen per week op de nieuwe school doorbrengen voordat het volledig "
            "overstapt."),
          P("In 2023 zijn 14 kinderen vanuit De Peelpoort en 3 kinderen vanuit De Kleine Beer teruggegaan naar "
            "een basisschool. Een jaar later zaten 15 van hen nog steeds op die school."),
          ]
    b += [H1("Wat doen jullie als een kind thuiszit?"),
          P("Elk kind hoort op school. Toch zijn er kinderen die (tijdelijk) niet naar school gaan, "
            "bijvoorbeeld omdat er geen passende plek is of omdat het kind vastloopt. Wij noemen dat "
            "thuiszitters, en we doen er alles aan om dat te voorkomen."),
          P("Iedere school meldt een kind dat langer dan drie weken niet of grotendeels niet naar school gaat "
            "bij de leerplichtambtenaar en bij het samenwerkingsverband. Elke maand is er een Thuiszitterstafel "
            "met leerplicht, de onderwijsadviseurs, het centrum voor jeugd en gezin en de betrokken school. "
            "Voor elk kind wordt binnen twee weken een plan gemaakt met één regisseur. De school waar het kind "
            "is ingeschreven of aangemeld houdt de zorgplicht. Komen partijen er niet uit, dan besluit de "
            "directeur van het samenwerkingsverband welke school of voorziening het kind een plek biedt."),
          P("Eén keer per jaar zetten we met de besturen en de gemeenten op een rij voor welke kinderen geen "
            "passende plek te vinden was, hoe lang de wachtlijsten zijn en welke kinderen buiten de regio naar "
            "school moeten. Daaruit volgt een lijst met 'witte vlekken' en afspraken wie wat oppakt. In 2023 "
            "bleek er geen aanbod te zijn voor jonge kinderen met een combinatie van taal- en gedragsproblemen. "
            "Samen met De Kleine Beer en de gemeente Helmond start daarom in 2025 een kleine groep voor deze "
            "kinderen."),
          ]
    b += [H1("Hoe is het geld geregeld?"),
          P("Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor passend onderwijs. Hoe deze "
            "middelen worden verdeeld en waaraan ze worden besteed, leest u in het verdeelmodel en de "
            "meerjarenbegroting. Die worden elk jaar door het algemeen bestuur vastgesteld en staan in "
            "bijlage 3 en 4 van de pdf-versie (niet opgenomen in deze webversie)."),
          ]
    b += [H1("Wat willen we bereiken en hoe houden we dat bij?"),
          P("De doelen voor deze planperiode en de bijbehorende streefwaarden nemen we elk jaar op in het "
            "jaarplan, dat het bestuur in december vaststelt."),
          P("Hoe we bijhouden of het lukt: elk kwartaal maken we de Peelrandmonitor. Daarin staan onder meer "
            "het aantal kinderen in het sbo en so (deelnamepercentages op de teldatum van 1 oktober, vergeleken "
            "met het landelijk gemiddelde), het aantal thuiszitters, het aantal terugplaatsingen en de tijd "
            "tussen een vraag van de school en een passend antwoord. De gegevens komen uit DUO, onze eigen "
            "registratie en de registratie van leerplicht. Eén keer per jaar vragen we ouders en scholen met "
            "een korte vragenlijst hoe tevreden ze zijn. Het bestuur bespreekt de monitor elk kwartaal; de "
            "ondersteuningsplanraad krijgt hem twee keer per jaar. In het jaarverslag, dat vóór 1 juli "
            "verschijnt, laten we zien wat we hebben bereikt."),
          P("Wat hebben we de vorige planperiode bereikt?"),
          TAB(["", "2020", "2023"], [
              ["Deelnamepercentage sbo", "2,9%", "2,6%"],
              ["Deelnamepercentage so", "1,8%", "1,7%"],
              ["Thuiszitters (> 4 weken)", "16", "7"],
              ["Terugplaatsingen naar de basisschool", "6", "17"],
              ["Tevredenheid ouders (1-10)", "6,9", "7,4"],
          ]),
          ]
    b += [H1("Voor ouders: waar vindt u informatie en hulp?"),
          P("Wij vinden het belangrijk dat u weet welke ondersteuning er is en hoe u die kunt krijgen. "
            "Daarom informeren we u op verschillende manieren:"),
          UL(["Op deze website staat onder 'Voor ouders' uitleg over de basisondersteuning, de "
              "ondersteuningsteams en de speciale scholen, met filmpjes van ouders die vertellen over hun "
              "ervaringen.",
              "De folder 'Passend onderwijs in de Peelrand' ligt op elke school en bij de centra voor jeugd en "
              "gezin, in het Nederlands, Engels, Arabisch en Pools.",
              "In de schoolgids van de school van uw kind staat welke ondersteuning de school biedt.",
              "Drie keer per jaar organiseren we een ouderavond over een thema, zoals 'dyslexie' of 'de "
              "overstap naar het voortgezet onderwijs'.",
              "Op werkdagen kunt u tussen 9 en 12 uur bellen met de Oudervraagbaak van het "
              "samenwerkingsverband."]),
          P("Wilt u liever met iemand praten die los staat van de school en van het samenwerkingsverband? Dan "
            "kunt u terecht bij het Ouder- en Jeugdsteunpunt Peelrand. Het steunpunt is onafhankelijk, "
            "luistert naar uw verhaal, legt uit hoe dingen werken en kan met u meegaan naar een gesprek op "
            "school. U kunt ook kosteloos hulp vragen aan de Onderwijsconsulenten. Bent u het niet eens met "
            "een beslissing van de school over toelating, verwijdering of het ontwikkelingsperspectief, dan "
            "kunt u een zaak voorleggen aan de Geschillencommissie passend onderwijs. Voor klachten over het "
            "samenwerkingsverband hebben we een klachtenregeling."),
          P("U bent de expert over uw kind. Daarom bent u altijd welkom in het ondersteuningsteam, wordt u "
            "betrokken bij het ontwikkelingsperspectief en tekent u voor akkoord op het handelingsdeel. In de "
            "ondersteuningsplanraad praten zes ouders mee over het beleid van het samenwerkingsverband."),
          ]
    b += [H1("Met wie werken we samen?"),
          P("Met de zes gemeenten in onze regio hebben we op 14 februari 2024 op overeenstemming gericht "
            "overleg (OOGO) gevoerd over dit plan. We werken samen aan de aansluiting tussen onderwijs en "
            "jeugdhulp, aan het terugdringen van thuiszitters en aan leerlingenvervoer. Elke school heeft een "
            "vaste contactpersoon bij het centrum voor jeugd en gezin. Met het samenwerkingsverband voortgezet "
            "onderwijs Peelland hebben we afspraken over de overstap naar het vo."),
          P("Met kinderopvang en peuterspeelzalen werken we samen aan een goede start: als een peuter extra "
            "ondersteuning nodig heeft, kan de onderwijsadviseur al vóór de inschrijving meedenken."),
          ]
    b += [H1("Hoe is het samenwerkingsverband georganiseerd?"),
          P("Het samenwerkingsverband is een vereniging van acht schoolbesturen. Het algemeen bestuur bestaat "
            "uit de bestuurders van die besturen en houdt toezicht; de directeur-bestuurder voert het beleid "
            "uit. Het bureau telt 12 medewerkers, onder wie zeven onderwijsadviseurs. Ze werken vanuit een "
            "kantoor in Deurne, maar zijn vooral op de scholen te vinden."),
          P("De ondersteuningsplanraad (OPR) telt twaalf leden: zes ouders en zes medewerkers van scholen. De "
            "OPR heeft instemmingsrecht op dit plan en wordt betrokken bij alle belangrijke wijzigingen. De "
            "raad vergadert zes keer per jaar; de vergaderingen zijn openbaar."),
          P("Het samenwerkingsverband gaat zorgvuldig om met gegevens van kinderen. We vragen alleen "
            "gegevens op die nodig zijn, bewaren ze beveiligd en verwijderen ze drie jaar na het laatste "
            "besluit. Onze privacyverklaring staat op de website."),
          ]
    b += [H1("Wat gaan we de komende jaren doen?"),
          UL(["2024-2025: Aanbodkaart online; vernieuwde pagina Het Loket; start scholing intern begeleiders.",
              "2025-2026: start groep jonge kinderen taal en gedrag; evaluatie terugkeerarrangement.",
              "2026-2027: tussenevaluatie van het plan met ouders, scholen en gemeenten.",
              "2027-2028: voorbereiding nieuw ondersteuningsplan."]),
          ]
    b += [H1("Veelgestelde vragen"),
          P("Moet ik als ouder zelf iets aanvragen bij het samenwerkingsverband? Nee. De school is uw eerste "
            "aanspreekpunt. Als de school vindt dat uw kind meer nodig heeft, schakelt zij het "
            "samenwerkingsverband in. U wordt daar altijd bij betrokken."),
          P("Mijn kind is hoogbegaafd. Valt dat ook onder passend onderwijs? Ja. Ook kinderen die meer "
            "aankunnen hebben recht op onderwijs dat bij hen past. Elke school biedt verrijking in de klas; "
            "dat hoort bij de basisondersteuning."),
          P("We verhuizen naar een andere gemeente. Wat gebeurt er met de ondersteuning? De nieuwe school "
            "heeft zorgplicht zodra u uw kind schriftelijk aanmeldt. De oude school geeft een onderwijskundig "
            "rapport mee, zodat de nieuwe school weet wat uw kind nodig heeft."),
          P("Kan ik meepraten over het beleid van het samenwerkingsverband? Ja, via de medezeggenschapsraad "
            "van de school van uw kind kunt u lid worden van de ondersteuningsplanraad. Ook zijn onze "
            "ouderavonden een goede plek om uw ervaringen te delen."),
          P("Wat is een ontwikkelingsperspectief? Een ontwikkelingsperspectief (OPP) is een plan voor een kind "
            "dat extra ondersteuning krijgt. Er staat in wat de school verwacht dat uw kind kan bereiken, welke "
            "ondersteuning daarvoor nodig is en hoe vaak de school met u evalueert. De school stelt het OPP op "
            "in overleg met u, en uw kind mag zelf ook vertellen wat het belangrijk vindt."),
          P("Wat doet een onderwijsadviseur? Een onderwijsadviseur van het samenwerkingsverband is een "
            "orthopedagoog of gedragsspecialist die vast verbonden is aan een aantal scholen. Hij of zij denkt "
            "mee met de leerkracht en de intern begeleider, neemt deel aan het ondersteuningsteam en kan ook "
            "met u in gesprek gaan. De onderwijsadviseur komt op school; u hoeft daarvoor niet naar ons kantoor."),
          P("Hoe verloopt de overstap naar het voortgezet onderwijs? Voor kinderen die extra ondersteuning "
            "krijgen, regelen we een warme overdracht. In groep 8 bespreken de intern begeleider, u en de "
            "ondersteuningscoördinator van de nieuwe school samen wat uw kind nodig heeft. Daarover hebben we "
            "afspraken gemaakt met het samenwerkingsverband voortgezet onderwijs Peelland."),
          ]
    b += [H1("Wat doen we voor leerkrachten en intern begeleiders?"),
          P("Goede ondersteuning begint bij een leerkracht die zich zeker voelt. Daarom bieden we scholen "
            "een scholingsprogramma aan, met korte trainingen over gedrag in de klas, over het signaleren van "
            "dyslexie en over uitdaging voor kinderen die meer aankunnen. Intern begeleiders komen vier keer per "
            "jaar samen in een netwerk, waar ze ervaringen uitwisselen en van elkaar leren. Nieuwe intern "
            "begeleiders krijgen in hun eerste jaar een maatje van een andere school."),
          P("We merken dat leerkrachten vooral behoefte hebben aan hulp in de klas, niet aan nog een "
            "cursus. Onze onderwijsadviseurs kijken daarom steeds vaker mee tijdens de les en geven direct "
            "tips. Ook de speciale scholen delen hun kennis: leerkrachten van De Peelpoort en De Kleine Beer "
            "geven consultatie aan basisscholen en ontvangen leerkrachten die een dag willen meelopen."),
          P("Het lerarentekort raakt ook onze regio. Samen met de besturen en de pabo zoeken we naar manieren "
            "om nieuwe leerkrachten goed voor te bereiden op de verschillen in de klas. Studenten van de pabo "
            "kunnen stagelopen op een speciale school."),
          ]
    b += [H1("Begrippen"),
          TAB(["Begrip", "Uitleg"], [
              ["Arrangement", "Afspraken over extra ondersteuning voor een kind, met een budget."],
              ["Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor meerdere jaren."],
              ["TLV", "Toelaatbaarheidsverklaring: nodig voor plaatsing op sbo of so. Wordt afgegeven door de "
                      "commissie van het samenwerkingsverband na advies van twee deskundigen."],
              ["Verdeelmodel", "Afspraken over hoe het geld over de scholen wordt verdeeld."],
              ["Dekkend aanbod", "Voor ieder kind is er een passende plek."],
          ]),
          ]
    b += [H1("Contact"),
          P("Samenwerkingsverband Peelrand PO, Stationsstraat 12, Deurne. Telefoon 0493 000 000 "
            "(Oudervraagbaak op werkdagen 9-12 uur). E-mail via het contactformulier op deze website. Het "
            "bureau is geopend van maandag tot en met vrijdag van 8.30 tot 16.30 uur. Wilt u een afspraak "
            "maken met een onderwijsadviseur? Dat kan altijd via de intern begeleider van de school van uw "
            "kind, of rechtstreeks via de Oudervraagbaak."),
          ]
    return b


LABEL_E = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Section 'Wat mag u van elke school verwachten?': one minimum for every schoollocatie and an eight-item list; yearly visit by onderwijsadviseur (borging).",
        "plaatsing": "Section 'Hoe werkt een TLV?' only refers to the Loket web page, which 'wordt vernieuwd'; the begrippenlijst line about two deskundigen and the nav/footer do not count.",
        "terugstroom": "Section 'Kan mijn kind terug naar de basisschool?': policy (thuisnabij, conditions), procedure (OPP talks twice a year, initiative special school, overstapgesprek, joint decision, before 1 March, evaluations), terugkeerarrangement, 2023 figures.",
        "financien": "Section 'Hoe is het geld geregeld?' only refers to verdeelmodel and meerjarenbegroting in bijlage 3 and 4 of the pdf, which are not part of this web version; glossary entries do not count.",
        "dekkend-aanbod": "The overview of the aanbod is deferred to an 'Aanbodkaart' (2024-2025); lacunes addressed under thuiszitters: Thuiszitterstafel, zorgplicht, doorzettingsmacht, yearly witte vlekken with actions; OOGO cooperation.",
        "resultaten": "Goals and streefwaarden for this period are deferred to the yearly jaarplan (the terugblik only recalls the previous plan's aims); monitoring is addressed (quarterly Peelrandmonitor, sources, jaarverslag) with achieved figures 2020/2023.",
        "ouders": "Section 'Voor ouders': website, translated folder, schoolgids, ouderavonden, Oudervraagbaak; independent OJSP Peelrand, Onderwijsconsulenten, Geschillencommissie, klachtenregeling."},
)

# =====================================================================================
# F - near miss: school-level "ondersteuningsplan" of one VO school (docx).
# =====================================================================================
def nearmiss_f():
    b = []
    b += [T("Ondersteuningsplan 2024-2025"),
          ST("Christelijk Lyceum De Brink - locatie Zwolle-Zuid (vmbo-tl, havo, vwo)"),
          P("Onderdeel van het schoolplan 2023-2027. Besproken met de medezeggenschapsraad op 8 oktober 2024. "
            "Aangesloten bij het samenwerkingsverband VO Zwolle e.o."),
          PB()]
    b.append(TOC([("1 Inleiding", 2), ("2 Onze ondersteuningsstructuur", 2), ("3 Basisondersteuning op De Brink", 3),
                  ("4 Extra ondersteuning en het samenwerkingsverband", 4), ("5 TLV, lwoo en terugplaatsing", 5),
                  ("6 Ouders", 6), ("7 Middelen", 6), ("8 Resultaten 2023-2024", 7), ("9 Jaarplanning zorg", 7)]))
    b += [H1("1 Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe De Brink in het schooljaar 2024-2025 de ondersteuning aan "
            "haar leerlingen organiseert. Het plan is bedoeld voor mentoren, docenten, teamleiders en het "
            "ondersteuningsteam van onze school, en geeft ouders inzicht in wat zij van de school kunnen "
            "verwachten. Het plan wordt elk jaar in september geactualiseerd. Het schoolondersteuningsprofiel "
            "(SOP) van De Brink is een apart document; dit plan is de uitwerking daarvan voor het komende jaar."),
          P("De Brink telt 1.340 leerlingen. Ongeveer 180 leerlingen krijgen op enig moment in het jaar extra "
            "begeleiding. Dat vraagt een heldere structuur, korte lijnen en goede afspraken met ouders en met "
            "het samenwerkingsverband."),
          ]
    b += [H1("2 Onze ondersteuningsstructuur"),
          P("De mentor is de spil. Elke klas heeft een mentor die wekelijks een mentoruur geeft, ten minste "
            "drie keer per jaar een gesprek voert met iedere leerling en het eerste aanspreekpunt is voor "
            "ouders. De mentor signaleert en bespreekt zorgen met de teamleider in de leerlingbespreking, die "
            "per leerjaar vier keer per jaar plaatsvindt."),
          P("Als de mentor er niet uitkomt, volgt een aanmelding bij het interne ondersteuningsteam (IOT): de "
            "zorgcoördinator, de orthopedagoog van school, de vertrouwenspersoon en de teamleider. Het IOT "
            "vergadert elke twee weken. Voor complexe vragen is er het zorg- en adviesteam (ZAT), waarin ook de "
            "jeugdarts, de leerplichtambtenaar, de schoolmaatschappelijk werker en de consulent van het "
            "samenwerkingsverband zitten. Het ZAT komt zes keer per jaar bijeen."),
          TAB(["Niveau", "Wie", "Wat"], [
              ["0", "Docent", "Goed lesgeven, differentiëren, afspraken uit het leerlingdossier uitvoeren"],
              ["1", "Mentor", "Begeleiding, gesprekken, contact met ouders"],
              ["2", "Teamleider / leerlingbespreking", "Afspraken per leerling, handelingsadviezen"],
              ["3", "IOT", "Trainingen, begeleiding orthopedagoog, OPP"],
              ["4", "ZAT / samenwerkingsverband", "Externe hulp, arrangement, verwijzing"],
          ]),
          ]
    b += [H1("3 Basisondersteuning op De Brink"),
          P("Binnen het samenwerkingsverband is afgesproken welke basisondersteuning elke school biedt. Op De "
            "Brink betekent dat in 2024-2025: een dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, "
            "vergrote opgaven, voorleessoftware); trainingen in faalangst, sociale vaardigheden en plannen en "
            "organiseren; een rustruimte (de Brinkkamer) die het hele schooljaar van het eerste tot het achtste "
            "uur bemand is; huiswerkbegeleiding in de onderbouw; en een aanpak voor verzuim volgens het "
            "regionale verzuimprotocol."),
          P("Nieuw dit jaar is de 'check-in/check-out' voor leerlingen met concentratieproblemen in leerjaar 1 "
            "en 2, en een uitbreiding van de orthopedagoog van 0,6 naar 0,8 fte."),
          ]
    b += [H1("4 Extra ondersteuning en het samenwerkingsverband"),
          P("Soms heeft een leerling meer nodig dan de school zelf kan bieden. De zorgcoördinator vraagt dan, "
            "na bespreking in het ZAT en met toestemming van ouders, een arrangement aan bij het "
            "samenwerkingsverband. Voorbeelden zijn begeleiding door een ambulant begeleider, een tijdelijke "
            "plaatsing in de reboundvoorziening of een traject bij het OPDC. De afspraken daarover staan in het "
            "ondersteuningsplan van het samenwerkingsverband; dit document beschrijft alleen hoe wij als school "
            "daarmee werken."),
          P("Voor een leerling met een arrangement stelt de school een ontwikkelingsperspectiefplan (OPP) op. "
            "Het OPP wordt besproken met ouders en leerling; de leerling mag zijn mening geven (hoorrecht). Het "
            "OPP wordt twee keer per jaar geëvalueerd."),
          ]
    b += [H1("5 TLV, lwoo en terugplaatsing"),
          P("De Brink biedt geen lwoo en geen praktijkonderwijs. Leerlingen met een lwoo-aanwijzing kunnen wel "
            "worden geplaatst in de vmbo-tl-afdeling als dat passend is; de school ontvangt dan de "
            "lwoo-middelen via het samenwerkingsverband."),
          P("Als een leerling is aangewezen op het voortgezet speciaal onderwijs, bereidt de zorgcoördinator de "
            "aanvraag voor een toelaatbaarheidsverklaring voor. Het bevoegd gezag dient de aanvraag in bij de "
            "commissie van het samenwerkingsverband. Ouders ondertekenen de aanvraag. Het samenwerkingsverband "
            "beslist; de school ondersteunt ouders bij de overstap."),
          P("Andersom neemt De Brink ook leerlingen op die terugkeren uit het OPDC of het vso. Voor hen maakt "
            "de zorgcoördinator een overgangsplan met een vaste coach en een wekelijks gesprek in de eerste "
            "tien weken. In 2023-2024 keerden vier leerlingen terug vanuit het OPDC en één vanuit het vso."),
          ]
    b += [H1("6 Ouders"),
          P("Ouders zijn partner. We informeren ouders via de schoolgids, de website, ouderavonden per leerjaar "
            "en Magister. Bij zorgen neemt de mentor binnen een week contact op. Ouders van leerlingen met een "
            "OPP worden ten minste twee keer per jaar uitgenodigd voor een evaluatiegesprek. Heeft u een klacht, "
            "dan kunt u terecht bij de vertrouwenspersoon of de klachtencommissie van onze stichting. Voor "
            "onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het samenwerkingsverband "
            "en naar de Onderwijsconsulenten."),
          ]
    b += [H1("7 Middelen"),
          P("De school ontvangt van het samenwerkingsverband een ondersteuningsbudget op basis van het "
            "leerlingaantal (2024: € 118 per leerling, totaal € 158.120) en de lwoo-middelen. Daarnaast zet de "
            "school eigen middelen uit de lumpsum in."),
          TAB(["Besteding 2024-2025", "Bedrag"], [
              ["Orthopedagoog 0,8 fte", "€ 78.000"], ["Zorgcoördinator 0,6 fte", "€ 54.000"],
              ["Brinkkamer (onderwijsassistent 1,0 fte)", "€ 52.000"], ["Trainingen en materialen", "€ 14.000"],
              ["Scholing mentoren", "€ 9.500"],
          ]),
          ]
    b += [H1("8 Resultaten 2023-2024"),
          P("Van de leerlingen met een OPP behaalde 84% de doelen voor het schooljaar. Het aantal leerlingen "
            "dat langer dan vier weken verzuimde daalde van 11 naar 6. Twee leerlingen stroomden uit naar het "
            "vso. De tevredenheid van ouders over de begeleiding (oudertevredenheidsonderzoek) was een 7,6. "
            "Doel voor 2024-2025: minder dan vijf langdurig verzuimers en een tevredenheid van ten minste 7,5."),
          ]
    b += [H1("9 Jaarplanning zorg"),
          TAB(["Maand", "Activiteit"], [
              ["september", "Actualisering dit plan; kennismakingsgesprekken mentoren"],
              ["oktober", "Eerste leerlingbespreking; screening dyslexie leerjaar 1"],
              ["januari", "Evaluatie OPP's; ZAT"], ["april", "Overdracht groep 8 - brugklas"],
              ["juni", "Evaluatie ondersteuning; voorbereiding plan 2025-2026"],
          ]),
          ]
    return b


NOTES_F = {
    "document_type": "School-level ondersteuningsplan (zorgplan) of one VO school for one school year, part of its schoolplan; it refers to 'het ondersteuningsplan van het samenwerkingsverband' as a separate document.",
    "why_not_a_plan": "No SWV as author, no planperiode of up to four years, no OPR consent or OOGO; it covers one school's mentor/IOT/ZAT structure, its own budget and results, although it uses basisondersteuning, TLV, lwoo, terugplaatsing, ouders, middelen and resultaten.",
}


# =====================================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="holdout150_gen_"))
    try:
        # A: docx + pdf, shared label
        a_blocks = plan_a()
        a_docx = OUT / "po-lingestroom-2024-2028.docx"
        render_docx(a_blocks, a_docx,
                    header_text="De Lingestroom | Ondersteuningsplan 2024-2028 | basisondersteuning, "
                                "toelaatbaarheid, terugplaatsing, ouders",
                    footer_text="Samen dichtbij - PO 26-14", title="Ondersteuningsplan De Lingestroom")
        docx_to_pdf(a_docx, OUT / "po-lingestroom-2024-2028.pdf", work)
        write_label("po-lingestroom-2024-2028",
                    ["po-lingestroom-2024-2028.docx", "po-lingestroom-2024-2028.pdf"], "po", True,
                    **LABEL_A, expected_status={
                        "basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                        "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                        "ouders": "present"})
        # B: docx
        render_docx(plan_b(), OUT / "vo-kempenrand-2024-2028.docx",
                    header_text="SWV VO Kempenrand - Ondersteuningsplan 2024-2028",
                    footer_text="Ouders, leerlingen en scholen - samen passend onderwijs",
                    title="Ondersteuningsplan SWV VO Kempenrand")
        write_label("vo-kempenrand-2024-2028", ["vo-kempenrand-2024-2028.docx"], "vo", True,
                    **LABEL_B, expected_status={
                        "basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                        "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                        "ouders": "missing"})
        # C: pdf only
        c_tmp = work / "holdout150_po_waddenkust_2023-2027.docx"
        render_docx(plan_c(), c_tmp,
                    header_text="Ondersteuningsplan Waddenkust 2023-2027 - resultaten, ouders en middelen",
                    footer_text="SWV PO Waddenkust (PO 21-03)", title="Ondersteuningsplan Waddenkust")
        docx_to_pdf(c_tmp, OUT / "po-waddenkust-2023-2027.pdf", work)
        write_label("po-waddenkust-2023-2027", ["po-waddenkust-2023-2027.pdf"], "po", True,
                    **LABEL_C, expected_status={
                        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                        "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                        "ouders": "present"})
        # D: pdf only
        d_tmp = work / "holdout150_vo_ijsselvallei_2024-2028.docx"
        render_docx(plan_d(), d_tmp,
                    header_text="Koersplan Passend Onderwijs 2024-2028 - dekkend aanbod en basisondersteuning",
                    footer_text="SWV VO IJsselvallei-Salland (VO 23-05)", title="Koersplan IJsselvallei-Salland")
        docx_to_pdf(d_tmp, OUT / "vo-ijsselvallei-2024-2028.pdf", work)
        write_label("vo-ijsselvallei-2024-2028", ["vo-ijsselvallei-2024-2028.pdf"], "vo", True,
                    **LABEL_D, expected_status={
                        "basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                        "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                        "ouders": "partial"})
        # E: html
        render_html(plan_e(), OUT / "po-peelrand-2024-2028.html",
                    title="Ondersteuningsplan 2024-2028 | Samenwerkingsverband Peelrand PO",
                    header_text="Samenwerkingsverband Peelrand PO - passend onderwijs voor ieder kind",
                    footer_text="© Samenwerkingsverband Peelrand PO | Ondersteuningsplan | Toelaatbaarheid | "
                                "Financiën en meerjarenbegroting | Resultaten | Ouder- en Jeugdsteunpunt",
                    nav=E_NAV)
        write_label("po-peelrand-2024-2028", ["po-peelrand-2024-2028.html"], "po", True,
                    **LABEL_E, expected_status={
                        "basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                        "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
                        "ouders": "present"})
        # F: near miss
        render_docx(nearmiss_f(), OUT / "nearmiss-vo-schoolondersteuningsplan-de-brink.docx",
                    header_text="Christelijk Lyceum De Brink - Ondersteuningsplan 2024-2025",
                    footer_text="Zorg op De Brink", title="Ondersteuningsplan De Brink 2024-2025")
        write_label("nearmiss-vo-schoolondersteuningsplan-de-brink",
                    ["nearmiss-vo-schoolondersteuningsplan-de-brink.docx"], "vo", False, notes=NOTES_F)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, fn in [("A", plan_a), ("B", plan_b), ("C", plan_c), ("D", plan_d), ("E", plan_e),
                     ("F", nearmiss_f)]:
        print(name, word_count(fn()), "words")


if __name__ == "__main__":
    main()
