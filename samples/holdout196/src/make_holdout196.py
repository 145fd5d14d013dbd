#!/usr/bin/env python3
"""Generate the holdout196 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus their .expected.yaml label files.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from generated .docx files with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = (2025, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def OL(items): return ("ol", items)
def TAB(rows): return ("table", rows)
def TOC(lines): return ("toc", lines)
def TITLE(lines): return ("title", lines)
def BR(): return ("br", None)


# ---------------------------------------------------------------- shared filler
def f_ict(s):
    return [
        P(f"Het bureau van {s} werkt sinds 2023 volledig in de cloud. Medewerkers gebruiken een beheerde laptop en werken met een standaard kantoorpakket; documenten met persoonsgegevens staan uitsluitend in afgeschermde omgevingen waartoe alleen de betrokken medewerkers toegang hebben. Twee keer per jaar laat het bureau een externe partij een kwetsbaarheidsscan uitvoeren. De uitkomsten daarvan worden besproken in het managementoverleg en, waar nodig, met de functionaris gegevensbescherming."),
        P("Scholen gebruiken steeds meer verschillende systemen: leerlingvolgsystemen, administratiepakketten en digitale groeidocumenten. In de komende periode onderzoeken we met de besturen of we tot één standaard voor het uitwisselen van gegevens kunnen komen. Dat onderzoek loopt via de werkgroep ICT, waarin ICT-coördinatoren van vier besturen zitting hebben. Uitgangspunt is dat gegevens één keer worden vastgelegd en dat niemand dubbel werk hoeft te doen. Ook kijken we kritisch naar de licentiekosten: een gezamenlijke inkoop levert naar verwachting een besparing op."),
        P("Bij een (vermoedelijk) datalek volgen wij het protocol datalekken. Elke medewerker kent de meldroute; de directeur is eindverantwoordelijk voor een eventuele melding bij de Autoriteit Persoonsgegevens binnen 72 uur. Eens per jaar oefenen we met een fictief incident, zodat de procedure ook onder tijdsdruk werkt."),
    ]


def f_privacy(s):
    return [
        P(f"De Algemene verordening gegevensbescherming (AVG) en de onderwijswetgeving bepalen welke gegevens {s} mag verwerken. Wij verwerken alleen gegevens die nodig zijn voor onze wettelijke taken. Het verwerkingsregister wordt jaarlijks geactualiseerd en besproken met de functionaris gegevensbescherming (FG). Met alle leveranciers die namens ons persoonsgegevens verwerken, is een verwerkersovereenkomst gesloten volgens het model van het Privacyconvenant Onderwijs."),
        P("Medische en psychologische gegevens worden alleen ingezien door medewerkers die deze voor hun taak nodig hebben. Dossiers worden niet langer bewaard dan de wet toestaat. De FG wordt gedeeld met twee andere samenwerkingsverbanden in de regio en brengt jaarlijks een rapportage uit aan het bestuur. Nieuwe medewerkers volgen in hun eerste maand een korte e-learning over informatiebeveiliging en privacy."),
    ]


def f_personeel(s, fte, verzuim, cao="primair onderwijs",
                samenstelling="een directeur-bestuurder, een beleidsmedewerker, orthopedagogen, consulenten, een secretariaat en een (deels ingehuurde) controller"):
    return [
        P(f"Het bureau van {s} telt {fte} fte, verdeeld over {samenstelling}. Voor alle medewerkers geldt de cao {cao}. Het ziekteverzuim lag in 2024 op {verzuim}; dat is lager dan het landelijk gemiddelde in de sector, maar wij blijven alert op werkdruk, zeker in de piekperiode van het voorjaar."),
        P("Wij hanteren een gesprekkencyclus met een planningsgesprek aan het begin van het schooljaar en een ontwikkelgesprek in het voorjaar. Elke medewerker heeft een persoonlijk ontwikkelbudget en besteedt minimaal veertig uur per jaar aan professionalisering. Het lerarentekort in de regio raakt ook ons werk: scholen vragen vaker om handen in de klas, terwijl het samenwerkingsverband geen leraren levert. Wij kiezen ervoor om onze expertise zo in te zetten dat zij het team van de school versterkt en niet vervangt."),
        P("Duurzame inzetbaarheid krijgt de komende jaren extra aandacht. Medewerkers kunnen gebruikmaken van loopbaanbegeleiding, en wij bieden de mogelijkheid om een deel van de werktijd op een school door te brengen, zodat kennis van de praktijk op peil blijft."),
    ]


def f_prof(s, ib="intern begeleiders"):
    return [
        P(f"Kennisdeling is een van de sterkste instrumenten die {s} heeft. In de netwerken voor {ib} ontmoeten collega's van verschillende besturen elkaar zes keer per jaar. De agenda wordt door de deelnemers zelf opgesteld; terugkerende thema's zijn gesprekken met ouders, het opstellen van een ontwikkelingsperspectief en het werken met groepsplannen of juist zonder groepsplannen."),
        P(f"Daarnaast organiseren wij jaarlijks een regionale studiedag voor leraren, {ib} en directeuren, met workshops van eigen mensen en externe sprekers. De evaluaties van die dagen gebruiken wij om het programma voor het volgende jaar samen te stellen. Een leergang voor beginnende {ib}, die wij samen met een hogeschool aanbieden, loopt inmiddels voor de vierde keer."),
    ]


def f_governance(s, rvt):
    return [
        P(f"{s} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het intern toezicht ligt bij een raad van toezicht van {rvt} leden, van wie de meerderheid onafhankelijk is van de aangesloten schoolbesturen. Daarnaast is er een algemene vergadering van aangesloten schoolbesturen, die onder meer de leden van de raad van toezicht benoemt en jaarlijks het gesprek voert over de koers."),
        P("Wij volgen de Code Goed Bestuur in het primair onderwijs. De raad van toezicht evalueert jaarlijks het eigen functioneren, eens in de drie jaar onder externe begeleiding. De statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten besturen; van die regeling is in de afgelopen planperiode geen gebruik gemaakt."),
        P("Het managementstatuut beschrijft de verdeling van taken en bevoegdheden tussen directeur-bestuurder en bureau. De directeur-bestuurder legt periodiek verantwoording af aan de raad van toezicht over de uitvoering van het jaarplan, de financiële positie en de risico's."),
    ]


def f_huisvesting(s, plaats):
    return [
        P(f"Het bureau van {s} is gevestigd in een voormalig schoolgebouw in {plaats}, dat wij delen met een kinderopvangorganisatie en het lokale team jeugd. De ruimte biedt werkplekken, twee spreekkamers en een zaal voor bijeenkomsten. Medewerkers werken hybride; op dinsdag en donderdag is iedereen zoveel mogelijk op kantoor aanwezig. Bij de verlenging van de huurovereenkomst in 2027 beoordelen we opnieuw of de locatie nog past."),
    ]


def f_trends(s, regio):
    return [
        P(f"Het onderwijs in {regio} verandert. Drie ontwikkelingen bepalen de context waarin {s} de komende jaren werkt. De eerste is het lerarentekort. Vooral in de stedelijke wijken staan groepen regelmatig zonder bevoegde leraar, en scholen moeten creatief zijn om de lessen door te laten gaan. Dat heeft gevolgen voor de ruimte die leraren ervaren om tijd en aandacht te geven aan kinderen die net iets anders nodig hebben."),
        P("De tweede ontwikkeling is de toename van vragen rond gedrag, angst en somberheid bij jonge kinderen. Scholen geven aan dat zij vaker handelingsverlegen zijn, en jeugdhulp kampt met wachttijden. De derde ontwikkeling is de landelijke beweging naar inclusiever onderwijs. Het kabinet heeft het perspectief geschetst dat in 2035 meer kinderen met een beperking samen met leeftijdgenoten naar school gaan. Wat dat precies betekent voor de inrichting van het onderwijs in de regio, is nog niet uitgekristalliseerd."),
        P("Daarnaast spelen er ontwikkelingen in wet- en regelgeving, zoals de vereenvoudiging van de bekostiging, de wetgeving over de positie van leerlingen en de aandacht voor basisvaardigheden. Wij volgen die ontwikkelingen nauwgezet en bespreken de gevolgen met de besturen in het directeurenoverleg. Waar nodig passen wij dit plan tussentijds aan, na instemming van de ondersteuningsplanraad."),
    ]


def f_wetgeving(s):
    return [
        P(f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet schrijft voor dat het plan in elk geval ingaat op het samenhangend geheel van ondersteuningsvoorzieningen, de basisondersteuning, de verdeling en besteding van de ondersteuningsmiddelen, de procedure en criteria voor toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing of overplaatsing van leerlingen, de beoogde en bereikte resultaten en de informatie aan ouders over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuning. Deze opsomming geeft aan welke onderwerpen aan bod moeten komen; waar de uitwerking staat, leest u in de leeswijzer en de afzonderlijke hoofdstukken."),
        P(f"Het plan wordt vastgesteld door het bestuur van {s}, nadat de ondersteuningsplanraad heeft ingestemd en nadat het op overeenstemming gericht overleg met de gemeenten is gevoerd. Ook vindt overleg plaats met het samenwerkingsverband voortgezet onderwijs waarvan het gebied overlapt. Het vastgestelde plan wordt vóór 1 mei toegezonden aan de inspectie. De planperiode loopt in schooljaren, van 1 augustus tot en met 31 juli."),
    ]


def f_onderzoek(s):
    return [
        P(f"{s} werkt samen met een hogeschool en een universiteit in de regio aan praktijkgericht onderzoek. Elk jaar formuleren scholen samen met onderzoekers een vraag uit de dagelijkse praktijk, bijvoorbeeld over het voeren van gesprekken met kinderen over hun eigen leerproces of over de samenwerking tussen leraar en onderwijsassistent. Studenten van de masteropleiding voeren het onderzoek uit op de scholen; de uitkomsten worden gedeeld in de netwerken en op de jaarlijkse studiedag. Op die manier ontstaat een kennisbasis die past bij de eigen regio."),
    ]


def f_comm(s):
    return [
        P(f"Voor scholen en professionals publiceert {s} maandelijks een digitale nieuwsbrief met nieuws uit de netwerken, aankondigingen van bijeenkomsten en praktische tips. Op het professionele deel van de website staan handreikingen, formats en de contactgegevens van de medewerkers van het bureau. Eén keer per jaar organiseren wij een conferentie voor directeuren en bestuurders, waar wij terugblikken op het afgelopen jaar en de plannen voor het nieuwe jaar presenteren. De communicatiemedewerker bewaakt de huisstijl en de toegankelijkheid van alle uitingen."),
    ]


def f_planning_org(s):
    return [
        P(f"Naast de inhoudelijke koers werkt {s} de komende jaren aan een aantal organisatorische mijlpalen. Die staan hieronder op een rij; de precieze planning volgt in de jaarplannen."),
        TAB([["Periode", "Organisatorische mijlpaal"],
             ["Najaar 2025", "Vernieuwde website en huisstijl; overgang naar een nieuw documentbeheersysteem"],
             ["Voorjaar 2026", "Actualisatie van het managementstatuut en het reglement van de ondersteuningsplanraad"],
             ["Schooljaar 2026-2027", "Externe evaluatie van de governance; herijking van de samenstelling van de raad van toezicht"],
             ["Schooljaar 2027-2028", "Besluit over de huisvesting van het bureau na afloop van de huurovereenkomst"],
             ["Schooljaar 2028-2029", "Start van de voorbereiding van het volgende ondersteuningsplan"]]),
        P("Bij iedere mijlpaal hoort een eigenaar binnen het bureau. De directeur bewaakt de samenhang en meldt vertraging tijdig aan het bestuur."),
    ]


# ---------------------------------------------------------------- renderers
def _set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(str(text))
    run.bold = bold


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    import datetime as _dt
    cp.author = "Bureau samenwerkingsverband"
    cp.created = _dt.datetime(2025, 3, 1, 12, 0, 0)
    cp.modified = _dt.datetime(2025, 3, 1, 12, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(26 if i == 0 else (16 if i == 1 else 12))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(16)
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci, cell in enumerate(row):
                    _set_cell(t.cell(ri, ci), cell, bold=(ri == 0))
            doc.add_paragraph("")
        elif kind == "br":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the docx zip with fixed timestamps so the output is byte-stable."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".h196tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out.append("")
            for line in val[1:]:
                out.append("**" + line + "**  " if line == val[1] else line + "  ")
            out.append("")
            out.append("---")
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud")
            out.append("")
            for line in val:
                out.append("- " + line)
            out.append("")
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "h3":
            out += ["#### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + it for it in val] + [""]
        elif kind == "ol":
            out += [f"{i}. " + it for i, it in enumerate(val, 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join("---" for _ in val[0]) + "|")
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
        elif kind == "br":
            out += ["---", ""]
    Path(path).write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target):
    work = Path(tempfile.mkdtemp(prefix="holdout196_soffice_"))
    try:
        src = work / Path(docx_path).name
        shutil.copy(docx_path, src)
        profile = work / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(work), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(work / (src.stem + ".pdf")), str(pdf_target))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_label(stem, documents, sector, elements, criteria, advisory, notes, looks=True):
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": looks,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": advisory,
        "notes": notes,
    }
    (OUT / f"{stem}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


CRIT_ORDER = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]


def crit(false_ids):
    return {c: (c not in false_ids) for c in CRIT_ORDER}


def status_from(criteria, touched_partial):
    """Derive element status from core criteria (+ elements touched only by advisory)."""
    els = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien",
               "dekkend-aanbod", "resultaten", "ouders"]:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            els[el] = "present"
        elif any(vals) or el in touched_partial:
            els[el] = "partial"
        else:
            els[el] = "missing"
    return els


# ============================================================================ P1
def plan1():
    s = "SWV Eemvliet"
    b = []
    b.append(TITLE([
        "Ondersteuningsplan 2025–2029",
        "Elk kind een plek in Eemvliet",
        "Samenwerkingsverband Passend Primair Onderwijs Eemvliet (PO 27-19)",
        "Vastgesteld door de directeur-bestuurder op 15 april 2025, na instemming van de ondersteuningsplanraad",
        "Versie 1.0 – planperiode 1 augustus 2025 tot en met 31 juli 2029",
    ]))
    b.append(TOC([
        "1  Voorwoord\t3", "2  Ons samenwerkingsverband in het kort\t4", "3  Visie, missie en koers\t5",
        "4  Basisondersteuning: wat elke school biedt\t7", "5  Het ondersteuningscontinuüm\t9",
        "6  Toelaatbaarheid tot sbo en so\t11", "7  Thuiszitters en witte vlekken\t14",
        "8  Samenwerking met gemeenten en jeugdhulp\t15", "9  Communicatie, ouders en medezeggenschap\t17",
        "10 Resultaten en kwaliteit\t18", "11 Financiën en meerjarenbegroting\t20",
        "12 Organisatie en governance\t22", "13 Personeel en professionalisering\t23",
        "14 ICT en privacy\t24", "15 Planning 2025–2029\t25",
        "Bijlage 1  Begrippenlijst\t26", "Bijlage 2  Oudergids passend onderwijs (apart document)\t–",
    ]))
    b += [H1("1 Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2025–2029 van het Samenwerkingsverband Passend Primair Onderwijs Eemvliet. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. Waar het eerste plan vooral ging over het bouwen van een organisatie, en het tweede over het versterken van de scholen, gaat dit plan over samenhang: tussen scholen, tussen onderwijs en jeugdhulp, en tussen de verschillende plekken waar een kind kan leren."),
          P("Het plan is tot stand gekomen in een jaar vol gesprekken. Wij spraken met directeuren, intern begeleiders, leraren, bestuurders, wethouders en medewerkers van de lokale teams. Wij bezochten alle speciale scholen in de regio en namen deel aan bijeenkomsten van de ondersteuningsplanraad. Die gesprekken hebben ons scherper gemaakt. Een plan is pas iets waard als de mensen in de scholen erin herkennen wat zij elke dag doen, en als het richting geeft aan wat beter moet."),
          P("Wij danken iedereen die heeft meegedacht. In het bijzonder danken wij de leden van de ondersteuningsplanraad, die het concept kritisch hebben gelezen en ons hebben geholpen om taal te kiezen die voor iedereen begrijpelijk is. Wij kijken uit naar vier jaar waarin wij samen met de scholen werken aan onderwijs waarin elk kind zich gezien weet."),
          P("Marijke de Wolf, directeur-bestuurder"),
          H1("2 Ons samenwerkingsverband in het kort"),
          P("Het samenwerkingsverband omvat de gemeenten Eemvliet, Molenwaard-Noord en Lindeloo. Er zijn elf schoolbesturen aangesloten met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Vlinderboom en sbo Het Anker) en drie scholen voor speciaal onderwijs in cluster 3 en 4. Op de teldatum 1 oktober 2024 telde de regio 14.920 leerlingen in het basisonderwijs. Het leerlingenaantal daalt licht, vooral in de kleine kernen van Molenwaard-Noord; in Eemvliet zelf groeit het aantal leerlingen door nieuwbouw aan de oostkant van de stad."),
          P("De regio is divers. Naast de stedelijke wijken van Eemvliet, met een relatief hoog aandeel kinderen die meertalig opgroeien, kent het gebied dorpen waar de basisschool de enige voorziening is die nog over is. Voor die scholen betekent passend onderwijs iets anders dan voor een grote stadsschool met twee intern begeleiders en een eigen gedragsspecialist. Dit plan houdt daar rekening mee."),
          P("Het bureau van het samenwerkingsverband bevindt zich in Eemvliet. Van daaruit werken orthopedagogen en consulenten in de hele regio. Iedere school heeft een vaste consulent, die minimaal zes keer per jaar op school komt."),
          H1("3 Visie, missie en koers"),
          H2("3.1 Visie"),
          P("Wij geloven dat ieder kind het recht heeft om samen met leeftijdgenoten te leren, zo dicht mogelijk bij huis. Kinderen verschillen, en dat is normaal. Het is de opdracht van het onderwijs om met die verschillen om te gaan. Wij werken vanuit de gedachte dat school, ouders en partners samen verantwoordelijk zijn voor de ontwikkeling van kinderen. Niet het etiket van een kind staat centraal, maar de vraag wat dit kind nodig heeft en wat de leraar nodig heeft om dat te bieden."),
          P("Passend onderwijs is geen project, maar een manier van kijken. Een school die goed onderwijs geeft aan alle kinderen, voorkomt veel extra ondersteuning. Daarom investeren wij eerst in de kwaliteit van de basis, en pas daarna in voorzieningen buiten de school."),
          H2("3.2 Missie"),
          P("Het samenwerkingsverband zorgt ervoor dat de aangesloten besturen samen hun zorgplicht kunnen waarmaken. Wij verbinden, adviseren, financieren en besluiten: wij verbinden scholen met elkaar en met jeugdhulp, wij adviseren scholen over kinderen en over de organisatie van hun ondersteuning, wij financieren de extra ondersteuning en wij besluiten over de toelaatbaarheid tot het speciaal (basis)onderwijs."),
          H2("3.3 Koers: vier lijnen"),
          UL(["Sterke basis: iedere school biedt het afgesproken niveau van basisondersteuning.",
              "Dichtbij: extra ondersteuning zoveel mogelijk in of nabij de eigen school.",
              "Samen met jeugdhulp: één plan voor kind en gezin, zonder schotten.",
              "Geen kind thuis: voor ieder kind binnen drie maanden een passende plek."]),
          P("Deze vier lijnen komen in de volgende hoofdstukken terug. In de jaarplannen werken wij ze uit in concrete activiteiten."),
          ]
    b += [H1("4 Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in Eemvliet het niveau van ondersteuning dat iedere vestiging van iedere aangesloten school minimaal biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau in 2024 opnieuw met elkaar afgesproken. Het geldt voor grote en kleine scholen, in de stad en op het platteland. Een school mag meer bieden; minder mag niet."),
          P("Het afgesproken niveau is uitgewerkt in elf standaarden. De tabel hieronder geeft per standaard aan wat een kind en zijn omgeving op iedere school kunnen verwachten."),
          TAB([["Standaard", "Wat iedere school biedt"],
               ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; vaste groepsbesprekingen drie keer per jaar."],
               ["2 Handelingsgericht werken", "Leraren stellen onderwijsbehoeften vast en passen instructie aan in drie niveaus; het handelen wordt vastgelegd in het leerlingvolgsysteem."],
               ["3 Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leesinstructie vanaf groep 2; begeleiding bij vermoeden van ernstige enkelvoudige dyslexie."],
               ["4 Dyscalculie", "Werken volgens het protocol ERWD; signalering op drie momenten per jaar; compenserende middelen."],
               ["5 Sociale veiligheid", "Een bewezen effectief programma voor sociaal-emotioneel leren; jaarlijkse monitoring van veiligheidsbeleving; anti-pestcoördinator."],
               ["6 Gedrag", "Een schoolbreed gedragsprotocol, afspraken over time-out in de school en een aanpak met positieve gedragsondersteuning."],
               ["7 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep."],
               ["8 Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand en voor nieuwkomers na de eerste opvang."],
               ["9 Medisch handelen", "Een protocol medisch handelen; afspraken met de jeugdgezondheidszorg."],
               ["10 Ontwikkelingsperspectief", "Een OPP voor ieder kind dat op een eigen leerlijn werkt, met minstens twee evaluaties per jaar."],
               ["11 Samenwerking", "Vaste contactpersoon van het lokale team; een ondersteuningsteam op school waar de consulent van het SWV aan deelneemt."]]),
          P("Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij deze standaarden invult en wat zij daarbovenop biedt. Eens per twee jaar voert de consulent met de directeur en de intern begeleider een gesprek aan de hand van de kwaliteitskaart basisondersteuning. Als een school op een of meer standaarden onder het afgesproken niveau blijft, maakt het bestuur een verbeterplan met een termijn van maximaal een schooljaar; de directeur-bestuurder bespreekt de voortgang met het bestuur."),
          H1("5 Het ondersteuningscontinuüm"),
          P("Het ondersteuningsaanbod in Eemvliet kent vier niveaus. Ze vormen samen een doorlopende lijn, zodat een kind zonder onderbreking de ondersteuning krijgt die het nodig heeft."),
          TAB([["Niveau", "Wat", "Waar"],
               ["1 Basis", "Basisondersteuning volgens de elf standaarden", "Iedere school"],
               ["2 Extra in de school", "Arrangement op maat: extra begeleiding, specifieke expertise, materialen", "Eigen school, gefinancierd via het schoolbudget of het arrangementenloket"],
               ["3 Bovenschools", "Observatiegroep De Kompasroos, plusklassen, taalklas voor nieuwkomers, ambulante begeleiding vanuit het so", "Vier locaties verspreid over de regio"],
               ["4 Speciaal", "Sbo (2 scholen), so cluster 3 (1 school), so cluster 4 (2 scholen)", "Eemvliet en Lindeloo"]]),
          P("De overgang tussen niveaus loopt via het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de consulent van het samenwerkingsverband en, waar dat nodig is, een medewerker van het lokale team. Het ondersteuningsteam beschrijft wat het kind nodig heeft en welk niveau daarbij past. Voor niveau 2 dient de school een aanvraag in bij het arrangementenloket; voor niveau 3 beslist het loket over plaatsing in een bovenschoolse voorziening; voor niveau 4 is een toelaatbaarheidsverklaring nodig (hoofdstuk 6)."),
          P("Bijzondere aandacht gaat uit naar kinderen die tussen twee niveaus in vallen. Voor hen kunnen wij een combinatie-arrangement inzetten: een kind blijft ingeschreven op de eigen school en volgt een deel van de week onderwijs in de observatiegroep of op een so-school."),
          ]
    b += [H1("6 Toelaatbaarheid tot sbo en so"),
          H2("6.1 De aanvraag"),
          P("Het schoolbestuur van de school waar het kind is ingeschreven vraagt de toelaatbaarheidsverklaring (TLV) aan bij de commissie toelaatbaarheid van het samenwerkingsverband. De aanvraag gaat digitaal, via het groeidocument. Het groeidocument bevat ten minste het ontwikkelingsperspectief, de verslagen van het ondersteuningsteam, een overzicht van de ingezette ondersteuning en de resultaten daarvan, en het advies van het ondersteuningsteam. Bij kinderen die nog niet op school zitten (bijvoorbeeld vanuit een kinderdagcentrum) doet het bestuur van de so-school waar het kind wordt aangemeld de aanvraag."),
          H2("6.2 Stappen en termijnen"),
          OL(["De school bespreekt het kind in het ondersteuningsteam en stelt vast dat de onderwijsbehoeften het aanbod van niveau 1 tot en met 3 overstijgen.",
              "Het schoolbestuur dient de complete aanvraag in. Het secretariaat toetst binnen vijf werkdagen op volledigheid.",
              "Twee deskundigen beoordelen de aanvraag ieder afzonderlijk en brengen een eigen schriftelijk advies uit: een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een kinderarts, maatschappelijk werker of jeugdarts. De deskundigen zijn niet eerder bij het kind betrokken geweest.",
              "De commissie toelaatbaarheid neemt een besluit binnen zes weken na ontvangst van de volledige aanvraag. In complexe situaties kan de termijn eenmaal met vier weken worden verlengd.",
              "Het besluit wordt schriftelijk meegedeeld aan het schoolbestuur dat de aanvraag deed en aan de ontvangende school."]),
          H2("6.3 Wanneer is een kind toelaatbaar?"),
          P("De commissie verklaart een kind toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: (a) de school heeft de basisondersteuning en ten minste één arrangement van niveau 2 planmatig ingezet gedurende minimaal zes maanden; (b) het kind heeft een ontwikkelingsperspectief met een uitstroomniveau dat aantoonbaar niet haalbaar is binnen de reguliere groep; (c) het kind heeft behoefte aan een kleinere groep en een specifieke pedagogische aanpak gedurende de hele schooldag."),
          P("Voor het speciaal onderwijs geldt daarnaast dat de onderwijsbehoeften voortkomen uit een verstandelijke, lichamelijke of langdurige medische beperking (cluster 3) of uit ernstige gedrags- of psychiatrische problematiek (cluster 4), en dat het kind een combinatie van onderwijs en behandeling of verzorging nodig heeft die een sbo-school niet kan bieden. Cluster 1 en 2 vallen buiten het samenwerkingsverband; daarvoor gelden de landelijke procedures van de betreffende instellingen."),
          H2("6.4 Duur en bekostigingscategorie"),
          P("Een TLV voor het sbo geldt in principe tot het einde van de basisschoolperiode. Een TLV voor het so geeft de commissie af voor één, twee of drie schooljaren en loopt altijd tot en met 31 juli. Voor het so stelt de commissie de bekostigingscategorie vast: laag, tenzij het kind vanwege een lichamelijke beperking (midden) of meervoudige beperking (hoog) zwaardere ondersteuning nodig heeft."),
          H2("6.5 Na afloop van de TLV"),
          P("Plaatsing in het speciaal (basis)onderwijs is geen eindstation. Ons beleid is dat ieder kind dat de ondersteuning van een speciale school niet langer nodig heeft, terugkeert naar een reguliere basisschool, bij voorkeur dicht bij huis. Voorwaarde is dat het kind zich volgens het OPP voldoende heeft ontwikkeld op werkhouding en sociaal-emotioneel functioneren om in een grote groep te leren, en dat de ontvangende school de onderwijsbehoeften met een arrangement kan bieden. Kinderen die terugkeren krijgen een terugplaatsingsarrangement: de ontvangende school ontvangt € 4.000 voor extra begeleiding in het eerste jaar, en een leerkracht van de s(b)o-school biedt gedurende twaalf maanden ambulante begeleiding."),
          P("De procedure is als volgt. De s(b)o-school evalueert het OPP van ieder kind jaarlijks. In het laatste jaar van de TLV bespreekt de s(b)o-school uiterlijk in februari in een multidisciplinair overleg, samen met de consulent van het samenwerkingsverband, of terugplaatsing, overplaatsing naar een andere speciale school of verlenging aan de orde is. Bij terugplaatsing zoekt de s(b)o-school samen met de consulent een reguliere school en maakt een overdrachtsplan; de ontvangende school neemt het kind per de eerstvolgende vakantie over. Is verlenging nodig, dan vraagt het bestuur van de s(b)o-school vóór 1 april een nieuwe TLV aan. Zonder nieuwe TLV eindigt de verklaring op 31 juli. Ook tussentijds kan de s(b)o-school een terugplaatsing voorstellen."),
          P("Het aantal terugplaatsingen volgen wij per schooljaar; in 2023–2024 keerden 17 kinderen vanuit het sbo en 4 vanuit het so terug naar een basisschool."),
          ]
    b += [H1("7 Thuiszitters en witte vlekken"),
          P("Geen kind hoort thuis te zitten. Toch kwam het in 2024 nog voor dat kinderen langer dan vier weken geen onderwijs kregen. Bij iedere melding van een (dreigende) thuiszitter komt binnen tien werkdagen het thuiszittersoverleg bijeen: leerplicht, de consulent, de school en het lokale team. Lukt het niet om binnen drie maanden een passende plek te vinden, dan escaleert de directeur-bestuurder naar de bestuurders van de betrokken besturen en de gemeente; wie het eerst aan zet is, is vastgelegd in het regionale thuiszittersprotocol."),
          P("Eens per jaar maken wij een analyse van de witte vlekken in ons aanbod. De analyse van 2024 liet twee tekorten zien: een wachtlijst van 14 kinderen voor so cluster 4 en geen passend aanbod voor jonge kinderen met ernstige taalontwikkelingsproblemen die buiten cluster 2 vallen. Voor de wachtlijst openen wij per 1 augustus 2026 een tweede observatiegroep in Lindeloo; voor de taalgroep starten wij in 2025–2026 een pilot met een so-school en de gemeente Eemvliet."),
          H1("8 Samenwerking met gemeenten en jeugdhulp"),
          P("Op 12 februari 2025 is het op overeenstemming gericht overleg (OOGO) met de drie gemeenten afgerond. De afspraken zijn vastgelegd in de gezamenlijke agenda onderwijs en jeugd 2025–2029. De belangrijkste thema's zijn: jeugdhulp in de school, onderwijs-zorgarrangementen voor kinderen die (tijdelijk) niet volledig naar school kunnen, leerlingenvervoer naar het speciaal onderwijs en de huisvesting van de observatiegroepen."),
          P("Iedere school heeft een vaste contactpersoon van het lokale team. De gemeente Eemvliet financiert een schoolmaatschappelijk werker op alle scholen met meer dan 150 leerlingen; in Molenwaard-Noord en Lindeloo loopt de verbinding via het wijkteam. Voor onderwijs-zorgarrangementen hebben wij met de gemeenten een verdeling van kosten afgesproken: het onderwijsdeel komt ten laste van het samenwerkingsverband, het zorgdeel van de gemeente."),
          P("In de regionale werkgroep leerlingenvervoer zit een beleidsmedewerker van het samenwerkingsverband. Wij adviseren de gemeenten over de reistijd en over de vraag of een kind zelfstandig kan reizen. De beslissing over vervoer blijft bij de gemeente."),
          H1("9 Communicatie, ouders en medezeggenschap"),
          P("Goede communicatie met scholen en besturen is een voorwaarde voor dit plan. Het bureau verstuurt zes keer per jaar een nieuwsbrief voor directeuren en intern begeleiders. De website bevat een afgeschermd deel voor scholen, met formulieren, handreikingen en het groeidocument."),
          P("Ouders zijn voor ons onmisbare partners. Voor de informatie aan ouders verwijzen wij naar de Oudergids passend onderwijs (bijlage 2). Een volledige ouderparagraaf nemen wij, in overleg met de ondersteuningsplanraad, op bij de eerste tussentijdse wijziging van dit plan."),
          P("De ondersteuningsplanraad heeft op 3 april 2025 ingestemd met dit ondersteuningsplan. Het reglement van de OPR is in 2024 geactualiseerd. De directeur-bestuurder overlegt vier keer per jaar met de OPR; de jaarplanning van dat overleg staat op de website."),
          ]
    b += [H1("10 Resultaten en kwaliteit"),
          P("Voor de planperiode 2025–2029 hebben wij de volgende beoogde resultaten vastgesteld voor kinderen die extra ondersteuning nodig hebben:"),
          UL(["Het deelnamepercentage so blijft op of onder 1,9% (1 oktober 2024: 2,1%).",
              "In 2029 is er geen enkel kind dat langer dan drie maanden thuiszit zonder passend aanbod.",
              "Ten minste 90% van de TLV-besluiten wordt binnen zes weken genomen.",
              "Ten minste 85% van de kinderen met een arrangement van niveau 2 bereikt de doelen uit het OPP.",
              "Iedere school voldoet in 2027 aan alle elf standaarden van de basisondersteuning."]),
          P("Hoe wij deze resultaten gaan meten, wie daarover rapporteert en hoe vaak, leggen wij vast in een monitorings- en kwaliteitskader dat in de loop van schooljaar 2025–2026 wordt opgesteld. Tot dat kader is vastgesteld, zijn er geen afspraken over tussentijdse rapportage."),
          H1("11 Financiën en meerjarenbegroting"),
          H2("11.1 Verdeling van de middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks het ondersteuningsbudget voor lichte en zware ondersteuning. Na aftrek van de afdrachten die DUO rechtstreeks inhoudt voor het so en van de overdracht aan het sbo boven de 2%-grens, verdelen wij de middelen als volgt. Elk schoolbestuur ontvangt voor lichte ondersteuning € 142 per leerling op basis van de teldatum 1 oktober van het voorafgaande jaar, plus een vaste voet van € 6.500 per vestiging. Het bedrag wordt in twee termijnen overgemaakt, in september en februari. De middelen voor arrangementen van niveau 2 en 3 blijven bovenschools; het arrangementenloket kent ze toe op aanvraag van de school, op basis van het groeidocument, met een besluit binnen vier weken."),
          H2("11.2 Begroting"),
          P("De meerjarenbegroting maakt geen deel uit van dit plan; het bestuur stelt de begroting jaarlijks in december vast."),
          TAB([["Post", "2025", "2026", "2027", "2028"],
               ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau en commissie", "p.m.", "p.m.", "p.m.", "p.m."]]),
          H2("11.3 Reserves"),
          P("De algemene reserve bedroeg op 31 december 2024 € 1,18 miljoen, boven de signaleringswaarde van de inspectie. Wij bouwen de reserve af tot het niveau van de signaleringswaarde uiterlijk eind 2027. Het weerstandsvermogen blijft daarbij minimaal 5% van de baten."),
          ]
    b += [H1("12 Organisatie en governance")] + f_governance(s, "vijf")
    b += [H1("13 Personeel en professionalisering")] + f_personeel(s, "14,6", "4,3%") + f_prof(s)
    b += [H1("14 ICT en privacy")] + f_ict(s) + f_privacy(s)
    b += [H1("15 Planning 2025–2029"),
          P("Het ondersteuningsplan werken wij elk jaar uit in een jaarplan. De volgende mijlpalen staan vast:"),
          TAB([["Schooljaar", "Mijlpaal"],
               ["2025–2026", "Pilot taalgroep; nieuwe kwaliteitskaart basisondersteuning in gebruik; monitorings- en kwaliteitskader opgesteld"],
               ["2026–2027", "Tweede observatiegroep Lindeloo open; evaluatie verdeelmodel"],
               ["2027–2028", "Reserves op niveau signaleringswaarde; tussentijdse evaluatie van het plan"],
               ["2028–2029", "Voorbereiding ondersteuningsplan 2029–2033"]]),
          ]
    b += f_huisvesting(s, "Eemvliet")
    b += [H1("Bijlage 1 Begrippenlijst"),
          UL(["Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen bieden.",
              "Bekostigingscategorie – laag, midden of hoog; bepaalt de bekostiging van een so-leerling.",
              "Meerjarenbegroting – begroting voor meerdere jaren, met de besteding van de middelen.",
              "OJSP – ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen met vragen en onenigheid.",
              "Onderwijsconsulenten – onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
              "OPR – ondersteuningsplanraad.",
              "Resultaten – beoogde en bereikte resultaten van het samenwerkingsverband.",
              "Terugplaatsing – terugkeer van een leerling uit het s(b)o naar het regulier onderwijs.",
              "TLV – toelaatbaarheidsverklaring."]),
          ]
    crit_false = {"financien.besteding", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"}
    criteria = crit(crit_false)
    advisory = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    }
    notes = {
        "basisondersteuning": "H4: niveau defined as minimum for every vestiging; inhoud only in the 11-standards table; borging via kwaliteitskaart + verbeterplan.",
        "plaatsing": "H6.1-6.4: aanvraag, steps, 6-week term, two separate deskundigen, sbo/so criteria (a)-(c), duration + categorie; no bezwaar route.",
        "terugstroom": "Hidden in H6.5 'Na afloop van de TLV' inside the TLV chapter: policy (conditions, arrangement EUR 4.000, AB) and procedure (Feb MDO, new TLV before 1 April, end 31 July).",
        "financien": "H11.1 verdeling concrete (EUR 142 p.l. + vaste voet); besteding not addressed: begroting excluded and table is all 'p.m.'; reserves paragraph is advisory only.",
        "dekkend-aanbod": "H5 four-level continuum table + H7 thuiszitters escalation and witte-vlekken analysis with actions; H8 OOGO/OZA.",
        "resultaten": "H10 lists measurable beoogde resultaten; monitoring deferred to a kader 'in de loop van 2025-2026'.",
        "ouders": "Missing: H9 'Communicatie, ouders en medezeggenschap' only refers to absent Bijlage 2 Oudergids and defers an ouderparagraaf; OJSP/onderwijsconsulenten only in begrippenlijst; header mentions ouders.",
    }
    return b, criteria, advisory, notes


# ============================================================================ P2
def plan2():
    s = "Samenwerkingsverband Heuvelzoom"
    b = []
    b.append(TITLE([
        "Ondersteuningsplan 2025–2029",
        "Koers op passend onderwijs",
        "Samenwerkingsverband Heuvelzoom PO (PO 26-07) – Brakeloo, Heuvelzoom, Ravenhorst",
        "Instemming ondersteuningsplanraad: 18 maart 2025 – OOGO afgerond: 27 februari 2025",
    ]))
    b.append(TOC([
        "Woord vooraf", "1. Waar we staan", "2. Waar we voor gaan", "3. Wat iedere school biedt",
        "4. Extra ondersteuning en het aanbod in de regio", "5. Van speciaal naar regulier",
        "6. Toelaatbaarheid", "7. Geen kind zonder plek", "8. Communicatie", "9. Financiën",
        "10. Kwaliteit en resultaten", "11. Organisatie", "12. Medewerkers", "13. Informatievoorziening en privacy",
        "Afkortingen",
    ]))
    b += [H1("Woord vooraf"),
          P("Passend onderwijs is in Heuvelzoom inmiddels meer dan tien jaar oud. We hebben veel bereikt, maar we zijn er nog niet. Dit ondersteuningsplan beschrijft de koers voor de komende vier schooljaren. We hebben bewust gekozen voor een compact plan: de uitwerking staat in onze jaarplannen, en de praktische informatie op onze website."),
          P("Het plan is geschreven door een schrijfgroep van directeuren, intern begeleiders en medewerkers van het bureau. Onderweg legden we de teksten voor aan de ondersteuningsplanraad, aan de wethouders onderwijs en jeugd en aan het netwerk van intern begeleiders. We zijn hen dankbaar voor hun scherpe vragen."),
          P("We hopen dat dit plan een levend document wordt: iets waar scholen naar teruggrijpen als ze een keuze moeten maken, en niet alleen iets dat eens in de vier jaar wordt vastgesteld."),
          P("Pieter Hoogland, directeur-bestuurder"),
          H1("1. Waar we staan"),
          H2("Wettelijke opdracht")] + f_wetgeving(s) + [H2("Onze regio"),
          P("Ons samenwerkingsverband omvat de gemeenten Brakeloo, Heuvelzoom en Ravenhorst. Zeven schoolbesturen zijn aangesloten, met 41 basisscholen, één school voor speciaal basisonderwijs (sbo De Regenboog) en twee scholen voor speciaal onderwijs (so De Sterrenberg, cluster 3, en so Het Palet, cluster 4). In totaal gaan er ruim 9.300 kinderen naar school in onze regio."),
          P("De afgelopen planperiode stond in het teken van de fusie van twee kleinere verbanden tot het huidige samenwerkingsverband. Er kwam één bureau, één bestuursmodel en één website. Die fase ligt achter ons. De komende jaren kunnen we ons volledig richten op de inhoud."),
          P("De regio heeft een landelijk karakter met drie kleine kernen. Veel scholen hebben minder dan honderd leerlingen. Dat vraagt om slimme samenwerking: niet iedere school kan alle expertise zelf in huis hebben, maar alle scholen samen wel."),
          H1("2. Waar we voor gaan"),
          P("Wij geloven dat kinderen het beste leren in hun eigen omgeving, samen met kinderen uit hun buurt. Wij geloven dat leraren het verschil maken, en dat zij daarbij steun nodig hebben van collega's, van intern begeleiders en van specialisten. Wij geloven in vertrouwen: scholen weten zelf vaak het best wat een kind nodig heeft, en het samenwerkingsverband helpt waar dat nodig is."),
          P("Drie waarden bepalen ons werk: nabijheid, vertrouwen en samenwerking. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd. Vertrouwen betekent dat we scholen niet belasten met formulieren die niets toevoegen. Samenwerking betekent dat we het samen doen: scholen, jeugdhulp, gemeenten en het samenwerkingsverband."),
          P("De beoogde resultaten voor deze planperiode stellen we vast in het eerste jaarplan, dat in het voorjaar van 2026 verschijnt. Daarin vertalen we deze waarden naar concrete doelen."),
          ]
    b += [H1("3. Wat iedere school biedt"),
          P("In Heuvelzoom hebben de besturen afgesproken welke ondersteuning op iedere school aanwezig is, op elke locatie, hoe klein ook. Dat niveau van basisondersteuning is voor alle scholen gelijk; het is de ondergrens. Wat mag een kind op iedere school in onze regio verwachten?"),
          UL(["Een leraar die onderwijsbehoeften in kaart brengt en de instructie daarop afstemt.",
              "Een intern begeleider die minstens twee dagen per week beschikbaar is (kleine scholen delen een intern begeleider binnen hun bestuur).",
              "Een aanpak voor kinderen met lees- en rekenproblemen, waaronder dyslexie, met extra instructie in kleine groepjes.",
              "Een aanpak voor kinderen die meer aankunnen, met een verrijkingsaanbod in de klas.",
              "Een programma voor sociale veiligheid en een pestprotocol.",
              "Afspraken over medische handelingen, vastgelegd in een protocol.",
              "Een ondersteuningsteam waarin de school, de jeugdverpleegkundige en een adviseur van het samenwerkingsverband samen naar een kind kijken.",
              "Een ontwikkelingsperspectief voor ieder kind dat op een eigen leerlijn werkt."]),
          P("Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning invult en welke extra mogelijkheden zij heeft."),
          H1("4. Extra ondersteuning en het aanbod in de regio"),
          P("Wanneer een kind meer nodig heeft dan de basisondersteuning, zijn er in onze regio verschillende mogelijkheden. Samen vormen ze een samenhangend geheel, van licht naar zwaar:"),
          UL(["Een arrangement in de eigen school: extra begeleiding, expertise of materialen, afgestemd met de adviseur van het samenwerkingsverband.",
              "Ambulante begeleiding door een specialist van sbo De Regenboog of so Het Palet, op de eigen school.",
              "De Overstap: een observatiegroep voor kinderen van vier tot acht jaar bij wie nog onduidelijk is wat ze nodig hebben, voor maximaal twaalf weken.",
              "Denkrijk: een bovenschoolse klas voor hoogbegaafde kinderen, één dag per week.",
              "Taalklas De Brug voor nieuwkomers, het eerste jaar na aankomst in Nederland.",
              "Het speciaal basisonderwijs en het speciaal onderwijs in cluster 3 en 4."]),
          P("Het Ondersteuningsloket is het centrale punt voor scholen. Iedere school heeft daarnaast een vaste adviseur van het samenwerkingsverband. Samen met die adviseur bekijkt de school welke plek in dit aanbod past bij de onderwijsbehoeften van een kind."),
          P("Met de gemeenten hebben we afspraken gemaakt over onderwijs-zorgarrangementen voor kinderen die naast onderwijs ook jeugdhulp nodig hebben. De gemeente betaalt de zorg, het samenwerkingsverband het onderwijsdeel. Een jeugdhulpverlener kan onder schooltijd in de klas werken als dat voor het kind nodig is."),
          H1("5. Van speciaal naar regulier"),
          P("We vinden dat een plek in het speciaal (basis)onderwijs tijdelijk hoort te zijn waar dat kan. Elk kind dat genoeg heeft geleerd om weer in een gewone groep mee te kunnen, hoort terug te gaan naar een basisschool in de eigen woonplaats. Een kind komt in aanmerking als het ontwikkelingsperspectief laat zien dat het kind zelfstandig kan werken in een groep van vijfentwintig kinderen en dat de gedragsdoelen zijn bereikt. De ontvangende school krijgt een half jaar begeleiding van een leerkracht van de speciale school en kan een arrangement bij het Ondersteuningsloket aanvragen zonder wachttijd."),
          P("Het stappenplan voor terugplaatsing werken we in 2026 samen met de sbo- en so-scholen uit. Dan leggen we ook vast wie het initiatief neemt en op welk moment in het schooljaar de overstap wordt besproken."),
          H1("6. Toelaatbaarheid"),
          P("De werkwijze van het samenwerkingsverband rond toelaatbaarheidsverklaringen voor het sbo en het so is beschreven in de Routekaart TLV op onze website. Deze routekaart maakt geen deel uit van dit ondersteuningsplan en wordt jaarlijks geactualiseerd."),
          ]
    b += [H1("7. Geen kind zonder plek"),
          P("Ieder kind hoort op school. In Heuvelzoom komt het helaas voor dat kinderen tijdelijk of langdurig thuiszitten, of dat er geen passende plek is. Daar willen we snel en samen op reageren."),
          P("Bij iedere (dreigende) thuiszitter belt de school binnen vijf schooldagen met de leerplichtambtenaar en met de adviseur van het samenwerkingsverband. Binnen twee weken vindt een overleg plaats met alle betrokkenen, waaronder de gemeente. Als het binnen zes weken niet lukt om een plek te vinden, neemt de directeur-bestuurder de regie: hij kan een school vragen om een kind tijdelijk te plaatsen, en kan een arrangement toekennen zonder de gewone procedure."),
          P("Twee keer per jaar brengen we samen met de leerplichtambtenaren en de gemeenten in beeld waar ons aanbod tekortschiet: voor welke kinderen was geen passende plek, waar waren de wachtlijsten, welke voorziening ontbrak? Op basis daarvan besluit het bestuur over aanpassingen. Zo is De Overstap in 2023 ontstaan, omdat bleek dat er voor jonge kinderen met een onduidelijk ontwikkelingsbeeld geen plek was. Voor 2026 staat een onderzoek gepland naar een voorziening voor kinderen met een combinatie van autisme en angst."),
          H1("8. Communicatie"),
          P("We vinden het belangrijk dat iedereen weet waar hij terecht kan: scholen, leraren, jeugdhulpverleners en ouders."),
          H2("8.1 Informatie voor ouders"),
          P("Ouders vinden op de ouderpagina van onze website uitleg over passend onderwijs, over wat iedere school biedt en over de extra mogelijkheden in de regio, zoals De Overstap en Denkrijk. We geven de brochure ‘Passend onderwijs in Heuvelzoom’ uit, die op iedere school verkrijgbaar is en ook in het Engels, Arabisch en Pools beschikbaar is. Elk najaar organiseren we in iedere gemeente een informatieavond. Daarnaast houden onze adviseurs op woensdagmiddag een telefonisch spreekuur voor ouders die een vraag hebben over de ondersteuning van hun kind."),
          H2("8.2 Onafhankelijke steun voor ouders"),
          P("Soms zijn ouders het niet eens met de school of met het samenwerkingsverband, of weten ze niet meer waar ze heen moeten. Ze kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Heuvelzoom. Het steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband; het is ondergebracht bij een stichting voor cliëntondersteuning en wordt gefinancierd uit een vaste bijdrage. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten, en bij geschillen over toelating, verwijdering of het ontwikkelingsperspectief op de Geschillencommissie Passend Onderwijs."),
          H2("8.3 Ouders in de ondersteuningsplanraad"),
          P("De ondersteuningsplanraad bestaat uit zes ouders en zes personeelsleden, afgevaardigd vanuit de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan. Daarnaast organiseren we eens per jaar een klankbordbijeenkomst voor ouders van kinderen met een arrangement."),
          H2("8.4 Scholen en partners"),
          P("Voor scholen verschijnt er maandelijks een digitale nieuwsbrief. Onze adviseurs zijn het eerste aanspreekpunt. Voor jeugdhulpverleners en gemeenten is er een aparte pagina op de website."),
          H1("9. Financiën"),
          P("Een goede besteding van de ondersteuningsmiddelen is voor ons vanzelfsprekend. De meerjarenbegroting, het verdeelmodel en de financiële verantwoording zijn opgenomen in de afzonderlijke begrotingsdocumenten die het bestuur elk jaar vaststelt. Deze staan op onze website."),
          H1("10. Kwaliteit en resultaten"),
          P("Kwaliteit is voor ons meer dan cijfers. Het kwaliteitshandboek van het samenwerkingsverband, dat in 2026 wordt herzien, beschrijft onze werkwijze. Na vaststelling van het eerste jaarplan werken we deze paragraaf uit."),
          ]
    b += [H2("Ontwikkelingen in de regio")] + f_trends(s, "Heuvelzoom") + f_onderzoek(s)
    b += [H1("11. Organisatie")] + f_governance(s, "vier") + [H2("Organisatorische planning")] + f_planning_org(s)
    b += f_huisvesting(s, "Heuvelzoom")
    b += [H1("12. Medewerkers")] + f_personeel(s, "9,8", "3,6%") + f_prof(s)
    b += [H1("13. Informatievoorziening en privacy")] + f_ict(s) + f_privacy(s)
    b += [H2("Totstandkoming van dit plan"),
          P("De eerste versie van dit plan is in oktober 2024 besproken met de directeuren en intern begeleiders in vier regiobijeenkomsten. In december volgde een tweede versie, die is voorgelegd aan de raad van toezicht en aan de ondersteuningsplanraad. Het op overeenstemming gericht overleg met de gemeenten Brakeloo, Heuvelzoom en Ravenhorst is op 27 februari 2025 afgerond. Met het samenwerkingsverband voortgezet onderwijs in de regio vond op 6 februari 2025 overleg plaats. De ondersteuningsplanraad stemde op 18 maart 2025 in. Het plan is vóór 1 mei 2025 aan de inspectie gezonden."),
          P("Tijdens de planperiode kan het plan worden gewijzigd. Elke wijziging wordt voorgelegd aan de ondersteuningsplanraad. Jaarlijks bespreken we met de OPR het jaarplan en de jaarbegroting."),
          H1("Afkortingen"),
          UL(["BAO – basisonderwijs", "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
              "OPP – ontwikkelingsperspectief", "OPR – ondersteuningsplanraad", "SBO – speciaal basisonderwijs",
              "SO – speciaal onderwijs", "TLV – toelaatbaarheidsverklaring (zie hoofdstuk 6: toelaatbaarheidscriteria en bezwaar)",
              "MJB – meerjarenbegroting"]),
          ]
    crit_false = {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                  "financien.verdeling", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"}
    criteria = crit(crit_false)
    advisory = {
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "H3 'Wat iedere school biedt': minimum for every location plus an 8-item list of concrete provisions; only schoolgids mention, no borging.",
        "plaatsing": "Missing: H6 'Toelaatbaarheid' only refers to the Routekaart TLV on the website, explicitly not part of the plan; abbreviation list claims criteria/bezwaar in H6.",
        "terugstroom": "H5 'Van speciaal naar regulier' gives policy (aim, readiness conditions, support after return); procedure deferred ('werken we in 2026 uit').",
        "financien": "Missing: H9 'Financiën' only refers to separate begrotingsdocumenten on the website; header and TOC mention financiën.",
        "dekkend-aanbod": "H4 continuum from arrangement to sbo/so incl. Overstap/Denkrijk/taalklas + OZA; H7 thuiszitters route and half-yearly gap analysis with example actions.",
        "resultaten": "Missing: beoogde resultaten deferred to jaarplan 2026 (H2), H10 only refers to a handbook to be revised and defers.",
        "ouders": "Inside H8 'Communicatie': ouderpagina, brochure in 4 languages, info evenings, spreekuur; OJSP, Onderwijsconsulenten, Geschillencommissie; OPR composition.",
    }
    return b, criteria, advisory, notes


# ============================================================================ P3 (VO)
def plan3():
    s = "Samenwerkingsverband VO Kust en Polder"
    b = []
    b.append(TITLE([
        "Ondersteuningsplan 2025–2029",
        "Samenwerkingsverband VO Kust en Polder (VO 24-03)",
        "Strandhoven – Polderkerk – Wierum aan Zee",
        "Vastgesteld door het bestuur op 10 april 2025",
    ]))
    b.append(TOC([
        "1 Inleiding", "1.1 Leeswijzer", "1.2 Wettelijk kader", "2 Visie en ambities", "3 Basisondersteuning",
        "4 Het ondersteuningsaanbod", "4.1 Extra ondersteuning in de school", "4.2 OPDC Het Baken",
        "4.3 Lwoo en praktijkonderwijs", "4.4 Voortgezet speciaal onderwijs", "5 Toewijzing en toelaatbaarheid",
        "5.1 Lwoo", "5.2 Praktijkonderwijs", "5.3 Vso", "5.4 Bezwaar", "6 Dekkend netwerk en thuiszitters",
        "7 Ouders en leerlingen", "8 Samenwerking met gemeenten", "9 Kwaliteitszorg en resultaten",
        "10 Financieel beleid", "11 Organisatie en medezeggenschap", "12 Personeel, ICT en privacy",
        "Bijlage A Begrippen",
    ]))
    b += [H1("1 Inleiding"),
          P("Dit is het ondersteuningsplan van het Samenwerkingsverband VO Kust en Polder voor de schooljaren 2025–2026 tot en met 2028–2029. In ons samenwerkingsverband werken acht schoolbesturen samen, met veertien scholen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs. Zij bedienen samen ruim 11.400 leerlingen in de gemeenten Strandhoven, Polderkerk en Wierum aan Zee."),
          H2("1.1 Leeswijzer"),
          P("Hoofdstuk 2 beschrijft visie en ambities. Daarna volgen de hoofdstukken over het ondersteuningsaanbod, de toewijzing van ondersteuning en toelaatbaarheid, en het dekkend netwerk. Hoofdstuk 7 gaat over ouders en leerlingen, hoofdstuk 8 over de samenwerking met gemeenten. De hoofdstukken 9 en 10 beschrijven kwaliteitszorg en financiën. Het plan sluit af met organisatie, personeel en een begrippenlijst."),
          H2("1.2 Wettelijk kader"),
          P("Het ondersteuningsplan is gebaseerd op de Wet voortgezet onderwijs 2020 en de daarop gebaseerde regelgeving. De ondersteuningsplanraad heeft op 2 april 2025 ingestemd. Het op overeenstemming gericht overleg met de drie gemeenten is op 20 maart 2025 gevoerd; het overleg met de twee samenwerkingsverbanden primair onderwijs waarvan het gebied overlapt, vond plaats op 4 maart 2025. Het plan is voor 1 mei 2025 aan de inspectie toegezonden."),
          H1("2 Visie en ambities"),
          P("Iedere jongere in Kust en Polder verdient een ononderbroken schoolloopbaan die leidt naar een diploma, een startkwalificatie of een passende plek op de arbeidsmarkt. Wij willen dat jongeren leren op een school in hun eigen omgeving en dat zij daar de ondersteuning krijgen die zij nodig hebben. Scholen zijn eigenaar van de ondersteuning; het samenwerkingsverband faciliteert, verbindt en bewaakt."),
          P("Onze ambities voor de komende vier jaar zijn: de ondersteuning in de school versterken, de doorstroom van het OPDC naar de reguliere school verbeteren, de samenwerking met jeugdhulp verstevigen en de overgang naar mbo en arbeid soepeler laten verlopen. In hoofdstuk 9 zijn deze ambities vertaald in meetbare doelen."),
          H1("3 Basisondersteuning"),
          P("In april 2025 heeft het kabinet een advies over een landelijke norm voor basisondersteuning ontvangen. Wij vinden het niet verstandig om vooruit te lopen op die norm. Het niveau en de inhoud van de basisondersteuning in ons samenwerkingsverband leggen wij daarom vast zodra de landelijke norm duidelijk is, naar verwachting in de loop van 2026, met een wijziging van dit plan. Tot dat moment zetten de scholen hun huidige werkwijze voort."),
          ]
    b += [H1("4 Het ondersteuningsaanbod"),
          P("Het ondersteuningsaanbod in Kust en Polder is opgebouwd als een continuüm. Iedere stap voegt iets toe aan de vorige; een leerling kan, als dat nodig is, van de ene naar de andere vorm van ondersteuning overstappen en ook weer terug."),
          H2("4.1 Extra ondersteuning in de school"),
          P("Iedere school ontvangt een budget voor extra ondersteuning, waarmee zij arrangementen binnen de school inricht: een trajectvoorziening, een ondersteuningsklas, begeleiding door een gedragsspecialist of faalangstreductietraining. De school legt de extra ondersteuning vast in een ontwikkelingsperspectief en bespreekt de voortgang twee keer per jaar met de leerling en de ouders."),
          H2("4.2 OPDC Het Baken"),
          P("Het orthopedagogisch-didactisch centrum Het Baken in Polderkerk biedt plaats aan 48 leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren. Een plaatsing duurt maximaal een schooljaar; de leerling blijft ingeschreven op de eigen school. Daarnaast biedt Het Baken een reboundtraject van twaalf weken voor leerlingen met ernstige gedragsproblemen."),
          H2("4.3 Lwoo en praktijkonderwijs"),
          P("Zeven scholen bieden leerwegondersteunend onderwijs. Het praktijkonderwijs wordt verzorgd door PrO Strandhoven en PrO De Dijk."),
          H2("4.4 Voortgezet speciaal onderwijs"),
          P("In de regio zijn drie scholen voor vso: één in cluster 3 en twee in cluster 4. Voor leerlingen met een zeer specifieke ondersteuningsbehoefte maken wij gebruik van vso-scholen buiten de regio."),
          H1("5 Toewijzing en toelaatbaarheid"),
          P("Het samenwerkingsverband beslist over de aanwijzing voor lwoo, de toelaatbaarheid tot het praktijkonderwijs en de toelaatbaarheid tot het vso. Deze besluiten neemt de Commissie Toewijzing, die bestaat uit een voorzitter, twee orthopedagogen en een psycholoog."),
          H2("5.1 Lwoo"),
          P("Wij hanteren de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij een IQ tussen 75 en 90 en een leerachterstand van 25% tot 50% op ten minste twee domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen), of bij een IQ tussen 91 en 120 met een dergelijke leerachterstand en sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld vraagt de aanwijzing aan vóór 1 maart van het jaar van instroom. De aanwijzing geldt voor de duur van de opleiding."),
          H2("5.2 Praktijkonderwijs"),
          P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient de aanvraag in; de commissie besluit binnen zes weken."),
          H2("5.3 Vso"),
          P("Een vso-school of de vo-school waar de leerling is ingeschreven vraagt de toelaatbaarheidsverklaring aan. Het dossier bevat het ontwikkelingsperspectief, een beschrijving van de ingezette ondersteuning en de effecten daarvan, en het advies van het ondersteuningsteam van de school. Twee deskundigen – altijd een orthopedagoog of psycholoog en daarnaast, afhankelijk van de leerling, een kinder- en jeugdpsychiater, een arts of een maatschappelijk werker – brengen ieder een eigen schriftelijk advies uit. De commissie besluit binnen zes weken."),
          P("Een leerling is toelaatbaar tot het vso wanneer de school, ook met extra ondersteuning en een OPDC-traject, niet kan bieden wat de leerling nodig heeft, en de leerling een intensieve combinatie van onderwijs en zorg nodig heeft vanwege een verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek. De TLV wordt afgegeven voor één tot drie schooljaren, in bekostigingscategorie laag, midden of hoog."),
          H3("Einde van de TLV"),
          P("In het laatste jaar van de TLV bespreekt de vso-school uiterlijk 1 maart in het multidisciplinair overleg of de leerling kan overstappen naar het regulier voortgezet onderwijs. De vso-school meldt de uitkomst aan de Commissie Toewijzing. Bij een voorgenomen overstap zoekt de consulent van het samenwerkingsverband samen met de vso-school een ontvangende school; de Commissie Toewijzing stelt de datum van overstap vast. Is verlenging nodig, dan vraagt de vso-school vóór 1 mei een nieuwe TLV aan. Zonder nieuwe TLV eindigt de verklaring op 31 juli."),
          P("Het samenwerkingsverband formuleert in 2026 een visie op terugplaatsing en op de ondersteuning die een leerling na terugkeer krijgt."),
          H2("5.4 Bezwaar"),
          P("Tegen een besluit van de Commissie Toewijzing kan binnen zes weken bezwaar worden gemaakt. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het op het bezwaar beslist."),
          ]
    b += [H1("6 Dekkend netwerk en thuiszitters"),
          P("Een dekkend netwerk is een van de belangrijkste opdrachten van het samenwerkingsverband. Wij zijn ons ervan bewust dat het aantal thuiszitters in de regio de afgelopen jaren niet is gedaald. Een analyse van de witte vlekken in ons aanbod en een plan van aanpak voor thuiszitters nemen wij op in de voortgangsparagraaf 2026."),
          H1("7 Ouders en leerlingen"),
          P("Ouders en leerlingen zijn de eerste partners van de school. Wij informeren ouders op verschillende manieren over de ondersteuningsmogelijkheden. Op onze website staat per school wat die school aan ondersteuning biedt, met een link naar de schoolgids. De brochure ‘Ondersteuning in het vo’ krijgt ieder kind in groep 8 mee via de basisschool; deze beschrijft het aanbod van OPDC Het Baken, lwoo, praktijkonderwijs en vso. In oktober organiseren wij in elk van de drie gemeenten een voorlichtingsavond voor ouders van leerlingen in groep 7 en 8. Mentoren en ondersteuningscoördinatoren zijn het eerste aanspreekpunt."),
          P("Leerlingen met extra ondersteuning worden betrokken bij hun ontwikkelingsperspectief en mogen hun mening geven over de doelen en de ondersteuning. In de ondersteuningsplanraad hebben zowel ouders als leerlingen zitting."),
          P("De wettelijke verplichting tot het inrichten van een ouder- en jeugdsteunpunt werken wij uit zodra de wet in werking is getreden; een voorstel volgt."),
          H1("8 Samenwerking met gemeenten"),
          P("Met de gemeenten Strandhoven, Polderkerk en Wierum aan Zee hebben wij een gezamenlijke agenda onderwijs-jeugd. Iedere vo-school heeft een schoolmaatschappelijk werker en een jeugdarts als vaste partners in het ondersteuningsteam. Op Het Baken werken jeugdhulpverleners van de gemeenten mee in een onderwijs-zorgarrangement; de gemeenten dragen bij aan de formatie. De thema's leerlingenvervoer en onderwijshuisvesting worden in het reguliere overleg met de wethouders besproken."),
          P("Voor de overgang van vo naar mbo hebben wij met de twee roc's in de regio afspraken gemaakt over een warme overdracht van leerlingen met een ondersteuningsbehoefte. Leerlingen van het praktijkonderwijs en het vso worden vanaf het voorlaatste jaar begeleid naar arbeid of dagbesteding, in samenwerking met het werkgeversservicepunt."),
          H1("9 Kwaliteitszorg en resultaten"),
          H2("9.1 Beoogde resultaten"),
          TAB([["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
               ["Meer leerlingen bereiken een diploma of startkwalificatie", "Percentage leerlingen met extra ondersteuning dat uitstroomt met diploma", "78%", "85%"],
               ["Snellere terugkeer vanuit OPDC", "Percentage OPDC-leerlingen dat binnen een jaar regulier onderwijs volgt", "61%", "75%"],
               ["Minder vso-deelname", "Deelnamepercentage vso (1 oktober)", "3,9%", "3,5%"],
               ["Tevredenheid", "Tevredenheid ouders over ondersteuning (schaal 1–10)", "6,8", "7,5"]]),
          H2("9.2 Monitoring en verantwoording"),
          P("Het bureau verzamelt de gegevens twee keer per jaar, op 1 oktober en 1 maart, uit de leerlingadministratie, de dossiers van de Commissie Toewijzing en de monitor van DUO. De kwaliteitsmedewerker rapporteert in februari en september aan het bestuur. Eens per twee jaar houden wij een tevredenheidspeiling onder ouders en scholen. De bereikte resultaten staan in het jaarverslag, dat ook met de ondersteuningsplanraad wordt besproken. Bij een afwijking van meer dan vijf procentpunten ten opzichte van het groeipad stelt het bestuur bij."),
          P("In de vorige planperiode daalde het aantal leerlingen dat zonder diploma het vo verliet van 142 naar 118; het deelnamepercentage vso daalde van 4,2% naar 3,9%."),
          ]
    b += [H1("10 Financieel beleid"),
          H2("10.1 Verdeling"),
          P("Het samenwerkingsverband hanteert een schoolmodel. De middelen lichte ondersteuning gaan volledig naar de scholen, naar rato van het aantal leerlingen op 1 oktober. Van de middelen zware ondersteuning ontvangt iedere school € 160 per leerling als budget voor extra ondersteuning. OPDC Het Baken wordt bekostigd met een vast bedrag per plaats (€ 14.200). De bekostiging van lwoo en praktijkonderwijs wordt doorbetaald aan de scholen met een lwoo-aanwijzing of een pro-afdeling op basis van het aantal aangewezen leerlingen. De afdracht voor het vso vindt plaats via DUO."),
          H2("10.2 Meerjarenbegroting"),
          TAB([["x € 1.000", "2025", "2026", "2027", "2028"],
               ["Baten zware ondersteuning", "9.850", "9.720", "9.600", "9.480"],
               ["Baten lichte ondersteuning, lwoo en pro", "8.420", "8.300", "8.210", "8.120"],
               ["Afdracht vso via DUO", "-4.960", "-4.900", "-4.850", "-4.800"],
               ["Budget extra ondersteuning scholen", "1.825", "1.800", "1.790", "1.770"],
               ["Doorbetaling lwoo en pro", "8.420", "8.300", "8.210", "8.120"],
               ["OPDC Het Baken", "682", "682", "682", "682"],
               ["Bureau en Commissie Toewijzing", "1.240", "1.260", "1.270", "1.280"],
               ["Resultaat", "-857", "-922", "-992", "-1.052"]]),
          P("Het negatieve resultaat is bewust: wij bouwen de reserve af, die op 31 december 2024 € 4,1 miljoen bedroeg. Eind 2028 ligt de reserve op het niveau van de signaleringswaarde. De scholen verantwoorden de besteding van hun budget extra ondersteuning jaarlijks vóór 1 juni in een verantwoordingsformat, dat het bureau toetst."),
          H1("11 Organisatie en medezeggenschap"),
          P("Het samenwerkingsverband is een vereniging van acht schoolbesturen. Het bestuur bestaat uit een onafhankelijk voorzitter en de bestuurders van de aangesloten schoolbesturen; het toezicht is belegd bij een toezichthoudend orgaan van drie onafhankelijke leden. De directeur leidt het bureau en de Commissie Toewijzing."),
          P("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen. De OPR komt zes keer per jaar bijeen en heeft instemmingsrecht op het ondersteuningsplan. De ondernemingsraad vertegenwoordigt de medewerkers van het bureau en van OPDC Het Baken."),
          H1("12 Personeel, ICT en privacy")] + f_personeel(s, "22,4", "5,1%", cao="voortgezet onderwijs", samenstelling="een directeur, orthopedagogen, consulenten, het team van OPDC Het Baken, een secretariaat en een controller") + f_ict(s) + f_privacy(s) + f_prof(s, "ondersteuningscoördinatoren")
    b += [H2("12.4 Ontwikkelingen")] + f_trends(s, "Kust en Polder") + f_onderzoek(s) + f_comm(s) + [H2("12.5 Bureau en planning")] + f_huisvesting(s, "Polderkerk") + f_planning_org(s)
    b += [H1("Bijlage A Begrippen"),
          UL(["Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen binnen de ondersteuningsstructuur bieden, onder regie en verantwoordelijkheid van de school.",
              "Dekkend netwerk: het geheel aan voorzieningen waardoor er voor iedere leerling een passende plek is.",
              "OJSP: ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen.",
              "Terugplaatsing: de overstap van het vso naar het regulier voortgezet onderwijs, volgens het terugplaatsingsbeleid van het samenwerkingsverband.",
              "Thuiszitter: een leerplichtige jongere die zonder vrijstelling niet naar school gaat."]),
          ]
    crit_false = {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                  "dekkend-aanbod.lacunes", "ouders.steunpunt"}
    criteria = crit(crit_false)
    advisory = {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Missing: H3 defers niveau and inhoud until the landelijke norm ('in de loop van 2026'); definition only in Bijlage A begrippen.",
        "plaatsing": "H5: Commissie Toewijzing, lwoo and pro (national criteria, who applies, term), vso procedure with two deskundigen, criteria, duur/categorie; 5.4 bezwaar via LBT.",
        "terugstroom": "Procedure only, hidden in H5.3 'Einde van de TLV' (1 March MDO, decision, new TLV before 1 May, end 31 July); beleid deferred to 2026; begrippen claims a terugplaatsingsbeleid.",
        "financien": "H10.1 schoolmodel with per-leerling amounts, OPDC per plaats; H10.2 meerjarenbegroting table with amounts; reserves afbouw and verantwoording by 1 June.",
        "dekkend-aanbod": "Continuum in H4 (school arrangements, OPDC/rebound, lwoo/pro, vso); H6 'Dekkend netwerk en thuiszitters' only defers gap analysis and thuiszitters plan to voortgangsparagraaf 2026; H8 OZA/jeugdhulp.",
        "resultaten": "H9.1 table of goals with nulmeting and streefwaarden; H9.2 data collection twice a year, reports, jaarverslag, bijsturing; achieved figures.",
        "ouders": "H7 informatie via website per school, brochure groep 8, voorlichtingsavonden; steunpunt deferred ('een voorstel volgt'); OJSP only in Bijlage A; hoorrecht/OPR = betrokkenheid.",
    }
    return b, criteria, advisory, notes


# ============================================================================ P4 (markdown)
def plan4():
    s = "Samenwerkingsverband Lindenborg PO"
    b = []
    b.append(TITLE([
        "Ondersteuningsplan Samenwerkingsverband Lindenborg PO 2025-2029",
        "Samen werken aan passend onderwijs in Lindenborg en Aalstede",
        "SWV PO 30-02 · webversie · vastgesteld op 24 april 2025",
        "Trefwoorden: basisondersteuning, toelaatbaarheid, terugplaatsing, dekkend aanbod, financiën, resultaten, ouders",
    ]))
    b.append(TOC([
        "Over dit plan", "Wie we zijn", "Onze bedoeling", "Afspraken over basisondersteuning",
        "Dekkend aanbod", "Toelaatbaarheid: de weg naar sbo en so", "Geld en middelen",
        "Wat we willen bereiken en hoe we dat volgen", "Ouders", "Bestuur en toezicht",
        "Overleg met de gemeenten", "Ons team", "ICT en privacy", "Planning", "Wat de wet vraagt", "Ontwikkelingen", "Woordenlijst",
    ]))
    b += [H1("Over dit plan"),
          P("Dit is de webversie van het ondersteuningsplan van Samenwerkingsverband Lindenborg PO. We publiceren het plan als tekst op onze website, zodat iedereen het kan lezen en doorzoeken. Een pdf-versie met dezelfde inhoud is op aanvraag beschikbaar."),
          P("Het plan beschrijft wat de besturen in Lindenborg en Aalstede met elkaar hebben afgesproken voor de schooljaren 2025-2026 tot en met 2028-2029. We hebben geprobeerd het plan kort en leesbaar te houden. Het plan is ‘op hoofdlijnen’: scholen en besturen geven zelf invulling aan de uitvoering, binnen de afspraken die hier staan."),
          P("Leeswijzer. Na een korte schets van het samenwerkingsverband en onze bedoeling volgen de afspraken over basisondersteuning, het dekkend aanbod en de weg naar het speciaal (basis)onderwijs. Daarna leest u hoe we het geld verdelen, wat we volgen, en wat ouders van ons mogen verwachten. De laatste hoofdstukken gaan over bestuur, het overleg met de gemeenten, ons team, ICT en privacy en de wettelijke opdracht. Achterin staat een woordenlijst met de belangrijkste begrippen. Waar we in de tekst een afkorting gebruiken, schrijven we die de eerste keer voluit. We hebben geprobeerd zo min mogelijk jargon te gebruiken; lukt dat niet, dan staat het woord in de woordenlijst."),
          P("De ondersteuningsplanraad stemde op 9 april 2025 in met dit plan. Het op overeenstemming gericht overleg met de gemeenten Lindenborg en Aalstede vond plaats op 13 maart 2025. Met het samenwerkingsverband voortgezet onderwijs vond op 20 februari 2025 overleg plaats over de overstap naar het vo."),
          H1("Wie we zijn"),
          P("Samenwerkingsverband Lindenborg PO is een stichting waarin vijf schoolbesturen samenwerken. Samen hebben zij 33 basisscholen en één school voor speciaal basisonderwijs, sbo De Linde. In Aalstede staat een so-school voor cluster 4, De Horizon; so-scholen voor cluster 3 liggen buiten onze regio. Op 1 oktober 2024 gingen 7.140 kinderen naar een basisschool in ons gebied."),
          P("Lindenborg is een middelgrote stad met een landelijk ommeland. Aalstede bestaat uit vijf dorpen. De scholen in de stad zijn groot, de scholen in de dorpen klein; de kleinste school heeft 46 leerlingen. De verschillen tussen scholen zijn groot, en dat maakt dat we met elkaar steeds afspraken maken die voor iedereen werkbaar zijn."),
          P("Het bureau is klein: een directeur-bestuurder, twee orthopedagogen, een secretaris van de commissie toewijzing en een officemanager. Veel werk wordt gedaan door mensen van de scholen zelf, bijvoorbeeld in de netwerken van intern begeleiders."),
          H1("Onze bedoeling"),
          P("We willen dat kinderen in Lindenborg en Aalstede naar school kunnen in hun eigen dorp of wijk, en dat ze daar goed onderwijs krijgen. We willen dat leraren zich gesteund voelen. En we willen dat het samenwerkingsverband een organisatie is die dienstbaar is aan de scholen, en niet andersom."),
          P("Daarbij horen drie uitgangspunten. Ten eerste: de school is aan zet. Zij kent het kind en de ouders, en zij weet wat nodig is. Ten tweede: eenvoud. We vragen niet meer informatie dan nodig is, en we maken procedures zo kort mogelijk. Ten derde: vertrouwen en verantwoording gaan samen. Besturen krijgen veel ruimte, en laten zien wat ze ermee doen."),
          ]
    b += [H1("Afspraken over basisondersteuning"),
          P("Alle scholen in Lindenborg en Aalstede bieden ten minste hetzelfde niveau van basisondersteuning. Dat niveau is de ondergrens voor iedere school en iedere locatie, ook voor de kleinste dorpsschool. Het is vastgelegd in twaalf afspraken:"),
          OL(["Iedere school heeft een intern begeleider met ten minste één dag per week per honderd leerlingen.",
              "Iedere school werkt met een leerlingvolgsysteem en bespreekt de resultaten drie keer per jaar per groep.",
              "Leraren geven instructie op drie niveaus en passen de leertijd aan waar dat nodig is.",
              "Iedere school heeft een leesprotocol en een aanpak voor kinderen met (vermoedelijke) dyslexie.",
              "Iedere school heeft een aanpak voor kinderen met rekenproblemen.",
              "Iedere school biedt kinderen die meer aankunnen een verrijkingsaanbod in de groep.",
              "Iedere school heeft een methode voor sociaal-emotionele ontwikkeling en een pestprotocol.",
              "Iedere school heeft afspraken over het omgaan met moeilijk gedrag, inclusief een plek in de school waar een kind even tot rust kan komen.",
              "Iedere school heeft een protocol medisch handelen.",
              "Iedere school werkt met een ontwikkelingsperspectief voor kinderen met een eigen leerlijn.",
              "Iedere school heeft een vaste jeugdverpleegkundige en een contactpersoon van het sociaal team.",
              "Iedere school kan een orthopedagoog van het samenwerkingsverband consulteren."]),
          P("De school beschrijft in de schoolgids hoe zij deze afspraken uitvoert."),
          H1("Dekkend aanbod"),
          P("Hoe ons aanbod tussen basisondersteuning en speciaal onderwijs eruitziet, en waar het nog tekortschiet, brengen we in kaart in de Sociale Kaart Lindenborg. Die verschijnt in het voorjaar van 2026. Het bestuur besluit daarna over eventuele aanvullingen."),
          H1("Toelaatbaarheid: de weg naar sbo en so"),
          P("Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met hulp van buitenaf. Dan kan het schoolbestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aanvragen voor sbo De Linde of voor een so-school."),
          P("Hoe gaat dat? De intern begeleider vult samen met de leerkracht het groeidocument in. Daarin staan het ontwikkelingsperspectief, wat er al is geprobeerd en wat dat heeft opgeleverd. Ouders geven hun zienswijze, die bij de aanvraag wordt gevoegd. Het schoolbestuur dient de aanvraag in bij de commissie toewijzing. De secretaris van de commissie kijkt binnen een week of het dossier compleet is. Daarna geven twee deskundigen ieder apart een schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van het kind een jeugdarts, kinderpsychiater of maatschappelijk werker. De commissie besluit binnen zes weken na ontvangst van de complete aanvraag en stuurt het besluit naar het schoolbestuur; ouders krijgen een afschrift van de adviezen."),
          P("De commissie kijkt naar het totaalbeeld van het kind en weegt elke aanvraag afzonderlijk. Vaste criteria voor toelaatbaarheid hanteren we bewust niet; ieder kind is anders."),
          P("Een TLV voor sbo De Linde geldt tot het einde van het schooljaar waarin het kind twaalf wordt. Een TLV voor het so geldt twee schooljaren en wordt afgegeven in categorie laag, tenzij de deskundigen een hogere categorie adviseren. Tegen een besluit kan het schoolbestuur of kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband vraagt daarover advies aan de Landelijke Bezwaaradviescommissie."),
          ]
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget. Een deel daarvan wordt direct door DUO ingehouden voor kinderen op so-scholen. Wat overblijft verdelen we volgens een eenvoudige verdeelsleutel, die het bestuur ieder jaar in december voor het volgende kalenderjaar vaststelt na advies van de besturen:"),
          UL(["Eerst gaat de afdracht aan sbo De Linde voor kinderen boven de 2%-grens (peildatum 1 februari) van het budget af.",
              "Daarna de kosten van het bureau en de commissie toewijzing, begrensd op 6% van de baten.",
              "Het restant gaat volledig naar de schoolbesturen: een vaste voet van € 5.000 per school en daarnaast een gelijk bedrag per leerling op de teldatum 1 oktober van het jaar daarvoor. Voor 2025 is dat € 218 per leerling."]),
          P("Besturen gebruiken dit geld voor extra ondersteuning op hun scholen. Ze verantwoorden jaarlijks vóór 1 mei aan de hand van een vast format waaraan ze het geld hebben besteed en wat het heeft opgeleverd."),
          H2("Meerjarenbegroting"),
          TAB([["Bedragen in euro", "2025", "2026", "2027", "2028"],
               ["Ondersteuningsbudget (baten)", "4.812.000", "4.760.000", "4.705.000", "4.660.000"],
               ["Inhouding DUO so", "-1.530.000", "-1.545.000", "-1.560.000", "-1.575.000"],
               ["Afdracht sbo boven 2%", "-402.000", "-398.000", "-395.000", "-390.000"],
               ["Bureau en commissie toewijzing", "-286.000", "-284.000", "-280.000", "-278.000"],
               ["Doorbetaling schoolbesturen", "-1.722.000", "-1.706.000", "-1.690.000", "-1.672.000"],
               ["Inzet reserve (tijdelijk extra per leerling)", "-872.000", "-827.000", "-780.000", "-745.000"],
               ["Saldo", "0", "0", "0", "0"]]),
          P("De reserve bedroeg eind 2024 € 3,4 miljoen en daalt door de tijdelijke extra doorbetaling tot ongeveer € 0,2 miljoen eind 2028; dat is het niveau dat het bestuur als minimale buffer aanhoudt."),
          H1("Wat we willen bereiken en hoe we dat volgen"),
          P("De beoogde resultaten per thema leggen we vast in het jaarplan 2026. We volgen wel nu al elk jaar een vaste set gegevens. Het bureau verzamelt deze cijfers in november uit de DUO-monitor en de eigen registratie; in januari bespreekt het bestuur ze, en in februari de ondersteuningsplanraad. We publiceren ze in het jaarverslag. Eens in de twee jaar vragen we scholen en ouders naar hun tevredenheid."),
          TAB([["Gegeven", "1-10-2022", "1-10-2023", "1-10-2024"],
               ["Deelnamepercentage sbo", "2,4%", "2,3%", "2,3%"],
               ["Deelnamepercentage so", "1,6%", "1,7%", "1,8%"],
               ["Aantal afgegeven TLV's", "61", "58", "66"],
               ["Gemiddelde doorlooptijd TLV (weken)", "5,8", "5,1", "4,9"]]),
          ]
    b += [H1("Ouders"),
          P("Ouders kennen hun kind het best. We vinden het belangrijk dat ouders weten wat er mogelijk is en waar ze terecht kunnen."),
          P("Op de ouderpagina van onze website staat in gewone taal uitgelegd wat passend onderwijs is, wat iedere school biedt (de twaalf afspraken) en hoe de weg naar sbo en so verloopt. Iedere school neemt in de schoolgids een vaste tekst van het samenwerkingsverband op over de ondersteuning en over deze ouderpagina. Elk jaar in oktober is er een informatieavond voor ouders in Lindenborg en een in Aalstede. Ouders van een kind dat besproken wordt in het ondersteuningsteam krijgen van de school de folder ‘Uw kind en extra ondersteuning’."),
          P("Soms lopen ouders vast. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Lindenborg, dat onafhankelijk werkt en gehuisvest is bij de stichting MEE. Het steunpunt geeft advies, gaat mee naar gesprekken en bundelt signalen van ouders voor het bestuur van het samenwerkingsverband. Ook de Onderwijsconsulenten zijn beschikbaar. Bij een klacht over het samenwerkingsverband geldt onze klachtenregeling; geschillen over het ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie Passend Onderwijs."),
          P("In de ondersteuningsplanraad zitten vier ouders en vier personeelsleden."),
          H1("Bestuur en toezicht")] + f_governance(s, "drie")
    b += [H1("Overleg met de gemeenten"),
          P("Het op overeenstemming gericht overleg over dit plan is op 13 maart 2025 gevoerd met de wethouders onderwijs van Lindenborg en Aalstede; de gemeenten hebben ingestemd met de tekst. Een verslag van het overleg is bij het bureau op te vragen."),
          H1("Ons team")] + f_personeel(s, "5,2", "2,8%", samenstelling="een directeur-bestuurder, twee orthopedagogen, een secretaris van de commissie toewijzing en een officemanager") + f_prof(s)
    b += [H1("ICT en privacy")] + f_ict(s) + f_privacy(s)
    b += [H1("Planning")] + f_planning_org(s) + f_huisvesting(s, "Lindenborg")
    b += [H1("Wat de wet vraagt")] + f_wetgeving(s) + [H1("Ontwikkelingen")] + f_trends(s, "Lindenborg en Aalstede") + f_comm(s) + f_onderzoek(s)
    b += [H1("Woordenlijst"),
          UL(["Arrangement – een pakket extra ondersteuning voor een kind of groep.",
              "Dekkend aanbod – alle voorzieningen samen, zodat er voor ieder kind een passende plek is.",
              "Terugplaatsing – de overstap van een kind van sbo of so terug naar de basisschool.",
              "Thuiszitter – een leerplichtig kind dat niet naar school gaat.",
              "TLV – toelaatbaarheidsverklaring.",
              "Verdeelsleutel – de manier waarop het samenwerkingsverband het geld verdeelt."]),
          ]
    crit_false = {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"}
    criteria = crit(crit_false)
    advisory = {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "'Afspraken over basisondersteuning': minimum for every school and location + 12 concrete afspraken; no borging (only schoolgids).",
        "plaatsing": "Procedure, deskundigen, duration, bezwaar addressed; criteria explicitly not given ('vaste criteria hanteren we bewust niet').",
        "terugstroom": "Missing: no text on return from sbo/so; only the Woordenlijst and the title-page keyword line mention terugplaatsing.",
        "financien": "Under 'Geld en middelen': verdeelsleutel (vaste voet EUR 5.000 + EUR 218 p.l.), verantwoording by 1 May, meerjarenbegroting table, reserve afbouw.",
        "dekkend-aanbod": "Missing: heading 'Dekkend aanbod' only defers to a Sociale Kaart in spring 2026; no thuiszitters approach; 'Overleg met de gemeenten' is procedural OOGO only (no ketenpartner cooperation); term in Woordenlijst.",
        "resultaten": "Doelen deferred to jaarplan 2026; monitoring addressed (annual data set, bestuur/OPR, jaarverslag) with a figures table.",
        "ouders": "'Ouders': ouderpagina, schoolgids text, info evenings, folder; OJSP Lindenborg, Onderwijsconsulenten, klachtenregeling, GPO; OPR seats.",
    }
    return b, criteria, advisory, notes


# ============================================================================ P5 (pdf)
def plan5():
    s = "SWV Dijkenland"
    b = []
    b.append(TITLE([
        "Ondersteuningsplan 2026–2030",
        "Sterk in de basis, samen waar het moet",
        "Samenwerkingsverband Passend Primair Onderwijs Dijkenland (PO 25-11)",
        "Gemeenten Dijkenland, Oeverwaard en Sluiskerk",
        "Concept voor instemming OPR – vastgesteld 22 april 2026",
    ]))
    b.append(TOC([
        "Voorwoord ........ 2", "1 Terugblik 2022–2026 ........ 3", "2 Missie en visie ........ 5",
        "3 Basisondersteuning ........ 7", "4 Extra ondersteuning en arrangementen ........ 9",
        "5 Toelaatbaarheid ........ 11", "6 Doorgaande lijnen ........ 14", "7 Thuiszitters en het dekkend netwerk ........ 16",
        "8 Samenwerking met ouders ........ 17", "9 Jeugdhulp en gemeenten ........ 18", "10 Ambities en resultaten ........ 19",
        "11 Financiën ........ 21", "12 Organisatie ........ 23", "13 Medewerkers ........ 24", "14 ICT en privacy ........ 25", "15 Ontwikkelingen en kennis ........ 26",
        "Afkortingenlijst ........ 27",
    ]))
    b += [H1("Voorwoord"),
          P("Met trots presenteren wij het ondersteuningsplan 2026–2030 van het Samenwerkingsverband Passend Primair Onderwijs Dijkenland. Het plan bouwt voort op wat de afgelopen vier jaar is bereikt en maakt tegelijk nieuwe keuzes. De titel zegt het al: wij willen sterk zijn in de basis, en samen optrekken waar dat nodig is."),
          P("In de voorbereiding hebben wij veel geleerd van de gesprekken met leraren, intern begeleiders, directeuren en bestuurders, maar ook van de ervaringen van kinderen zelf. Twee leerlingenpanels, één in het sbo en één in het so, hebben ons verteld wat voor hen het verschil maakt. Hun woorden staan op verschillende plekken in dit plan."),
          P("Wij danken de ondersteuningsplanraad voor de constructieve samenwerking, en de gemeenten voor het open overleg. Wij kijken uit naar de komende vier jaar."),
          P("Hanneke Verbeek, directeur-bestuurder"),
          H1("1 Terugblik 2022–2026"),
          P("De vorige planperiode begon in de nasleep van de coronajaren. Scholen hadden te maken met achterstanden, met een toegenomen vraag naar ondersteuning bij gedrag en met een groeiend lerarentekort. Toch zijn er belangrijke stappen gezet. Het aantal kinderen dat langer dan drie maanden thuiszat, daalde van 12 in 2022 naar 4 in 2025. Er kwam een tweede plusklas voor hoogbegaafde kinderen, en de samenwerking met de lokale teams werd vastgelegd in een convenant."),
          P("Niet alles lukte. Het deelnamepercentage so steeg van 1,8% naar 2,0%, terwijl wij een daling hadden beoogd. De evaluatie laat zien dat vooral het aantal jonge kinderen met ernstige gedragsproblematiek toenam. Dat heeft de keuzes in dit plan beïnvloed."),
          H1("2 Missie en visie"),
          P("Het samenwerkingsverband Dijkenland zorgt er samen met de schoolbesturen voor dat ieder kind in de regio een passende onderwijsplek heeft, waar het zich zo goed mogelijk kan ontwikkelen. Wij doen dat vanuit vier overtuigingen: ieder kind hoort erbij; de leraar maakt het verschil; de school is de spil; en onderwijs en jeugdhulp trekken samen op."),
          P("Passend onderwijs vraagt om een lerende organisatie. Wij willen dat scholen van elkaar leren, en dat het samenwerkingsverband leert van wat scholen, ouders en kinderen ons vertellen. Daarom investeren wij in netwerken, in onderzoek en in de dialoog."),
          H1("3 Basisondersteuning"),
          P("Basisondersteuning is in Dijkenland het afgesproken minimum dat iedere vestiging van iedere aangesloten school biedt, ook de kleine dorpsscholen en de nevenvestigingen. Het is ondersteuning die een kind krijgt zonder tussenkomst van het samenwerkingsverband, onder verantwoordelijkheid van de school."),
          P("De concrete standaarden – de ‘kwaliteitskaart basisondersteuning’ – stellen wij in schooljaar 2026–2027 samen met de netwerken van intern begeleiders vast. De huidige afspraken uit het vorige plan vervallen per 1 augustus 2026."),
          P("Iedere school beschrijft haar invulling in de schoolgids. Het samenwerkingsverband bespreekt die invulling jaarlijks in het bestuursgesprek met ieder schoolbestuur; als een school achterblijft, maakt het bestuur afspraken over verbetering met een termijn."),
          H1("4 Extra ondersteuning en arrangementen"),
          P("Wanneer de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Het aanbod in Dijkenland bestaat uit de volgende lagen:"),
          TAB([["Laag", "Aanbod", "Toegang"],
               ["Extra op school", "Arrangement in de eigen groep: extra handen, specialistische begeleiding, hulpmiddelen", "Via de trajectbegeleider"],
               ["Bovenschools", "Plusklassen (2), taalklas nieuwkomers, groep Kompas voor jonge kinderen met gedragsvragen (12 plaatsen)", "Via het Arrangementenpunt"],
               ["Onderwijs-zorg", "Onderwijs-zorgarrangementen met jeugdhulp in de school", "Samen met het lokale team"],
               ["Speciaal", "Sbo De Waaier, so De Kade (cluster 3), so Het Lichtschip (cluster 4)", "Met een TLV"]]),
          P("Het Arrangementenpunt is het loket van het samenwerkingsverband. Iedere school heeft een vaste trajectbegeleider die helpt bij het bepalen van de juiste laag. De lagen sluiten op elkaar aan: een kind kan in een hogere laag instromen en weer terug naar een lagere laag als dat kan."),
          ]
    b += [H1("5 Toelaatbaarheid"),
          P("Het schoolbestuur van de school waar een kind staat ingeschreven vraagt bij de Commissie Toelaatbaarheid een toelaatbaarheidsverklaring aan. Het dossier bestaat uit het groeidocument met ontwikkelingsperspectief, het verslag van het multidisciplinair overleg en de zienswijze van ouders. De commissie laat twee onafhankelijke deskundigen ieder een schriftelijk advies uitbrengen: een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag van het kind (jeugdarts, kinderpsychiater of maatschappelijk werker). De commissie besluit binnen zes weken; in spoedsituaties binnen tien werkdagen."),
          P("De commissie toetst de aanvraag aan de criteria in onderstaande tabel."),
          TAB([["Voorziening", "Criteria toelaatbaarheid (alle voorwaarden moeten zijn vervuld)"],
               ["Sbo", "Ten minste twee arrangementen van laag ‘Extra op school’ of ‘Bovenschools’ ingezet, elk minimaal 16 weken; OPP met uitstroomperspectief dat in het regulier onderwijs niet haalbaar is; behoefte aan een kleine groep (max. 16) gedurende de hele week."],
               ["So cluster 3", "Verstandelijke beperking (IQ < 70) of lichamelijke/langdurig medische beperking met behoefte aan verzorging of behandeling onder schooltijd; onderwijsbehoeften overstijgen het aanbod van het sbo."],
               ["So cluster 4", "Ernstige gedrags- of psychiatrische problematiek die in alle situaties op school optreedt; behoefte aan onderwijs in combinatie met behandeling; eerdere inzet van sbo of groep Kompas onvoldoende of niet passend."]]),
          P("De TLV wordt afgegeven voor twee schooljaren (sbo) of één tot drie schooljaren (so), met bekostigingscategorie laag, midden of hoog. Tegen een besluit kunnen belanghebbenden binnen zes weken bezwaar maken; wij vragen advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H1("6 Doorgaande lijnen"),
          H2("6.1 Van voorschool naar basisschool"),
          P("Kinderen die vanuit een voorschool, een kinderdagverblijf of een medisch kinderdagverblijf instromen, worden warm overgedragen. Bij een ondersteuningsvraag is de trajectbegeleider van het samenwerkingsverband al vóór de vierde verjaardag betrokken."),
          H2("6.2 Van speciaal naar regulier"),
          P("Het samenwerkingsverband streeft ernaar dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. Terugkeer naar een reguliere school is mogelijk als het kind volgens het OPP de doelen op leren en gedrag heeft bereikt en de ontvangende school met een arrangement kan bieden wat het kind nodig heeft. Na terugkeer krijgt de ontvangende school een terugkeerarrangement van maximaal € 5.000 en begeleidt de trajectbegeleider het kind gedurende een schooljaar."),
          P("De sbo- of so-school evalueert jaarlijks in mei het OPP en beoordeelt daarbij of terugkeer mogelijk is. Vindt de school dat het geval, dan meldt zij het kind aan bij het Arrangementenpunt, dat samen met ouders en school binnen zes weken een passende reguliere school zoekt; het bestuur van die school besluit over de inschrijving. In het laatste jaar van de TLV wordt deze bespreking uiterlijk 1 maart gehouden; als het kind langer speciaal onderwijs nodig heeft, vraagt de speciale school vóór 1 mei een nieuwe TLV aan. In 2024–2025 keerden 11 kinderen terug naar het regulier onderwijs."),
          H2("6.3 Van basisschool naar voortgezet onderwijs"),
          P("Met het samenwerkingsverband VO Dijkenland-Rivierzone zijn afspraken gemaakt over de overstap. Voor kinderen met een ondersteuningsbehoefte vindt in groep 8 een warme overdracht plaats, en de vo-school krijgt het OPP mee."),
          H1("7 Thuiszitters en het dekkend netwerk"),
          P("Ons doel is een dekkend netwerk van voorzieningen zodat geen kind thuiszit. Iedere (dreigende) thuiszitter meldt de school binnen vijf dagen bij leerplicht en het Arrangementenpunt. De trajectbegeleider organiseert binnen twee weken een overleg en stelt met de betrokkenen een plan op met een datum waarop het kind weer onderwijs volgt. Elk kwartaal bespreekt het regionale thuiszittersoverleg alle lopende situaties."),
          P("Jaarlijks in juni brengen wij de wachtlijsten en de ontbrekende voorzieningen in beeld. De analyse van 2025 liet een tekort zien aan plaatsen voor jonge kinderen met gedragsvragen. Daarom is groep Kompas per 1 augustus 2026 uitgebreid van 8 naar 12 plaatsen."),
          H1("8 Samenwerking met ouders"),
          P("Ouders zijn partners in de ontwikkeling van hun kind. Zij worden betrokken bij het opstellen van het OPP, zijn aanwezig bij het multidisciplinair overleg en geven hun zienswijze bij een TLV-aanvraag. Ook kinderen zelf worden gehoord over hun OPP."),
          P("Hoe wij ouders informeren over het ondersteuningsaanbod in de regio, leggen wij vast in het communicatieplan 2026–2027, dat in voorbereiding is."),
          P("Ouders die een vraag hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij Ouderpunt Dijkenland, het onafhankelijke ouder- en jeugdsteunpunt van de regio. Daarnaast kunnen zij de Onderwijsconsulenten inschakelen. Voor klachten geldt de klachtenregeling van het samenwerkingsverband; geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie Passend Onderwijs."),
          H1("9 Jeugdhulp en gemeenten"),
          P("Het op overeenstemming gericht overleg met de gemeenten Dijkenland, Oeverwaard en Sluiskerk is op 5 maart 2026 afgerond. Gezamenlijk is afgesproken dat iedere school een vaste medewerker van het lokale team heeft, dat onderwijs-zorgarrangementen gezamenlijk worden gefinancierd en dat leerplicht, gemeenten en samenwerkingsverband samen verantwoordelijk zijn voor de aanpak van thuiszitten."),
          ]
    b += [H1("10 Ambities en resultaten"),
          P("Voor 2030 hebben wij de volgende resultaten voor kinderen met een ondersteuningsbehoefte beoogd:"),
          TAB([["Resultaat", "2025 (stand)", "2030 (doel)"],
               ["Deelnamepercentage so", "2,0%", "1,8%"],
               ["Kinderen langer dan 3 maanden thuis", "4", "0"],
               ["Terugkeer uit sbo/so per jaar", "11", "20"],
               ["Arrangementen waarvan de doelen zijn behaald", "72%", "85%"]]),
          P("Wij meten deze resultaten jaarlijks op 1 oktober. De gegevens komen uit de leerlingtelling, de registratie van het Arrangementenpunt en de evaluaties van de arrangementen die scholen bij afloop indienen. In december rapporteert de directeur-bestuurder aan de raad van toezicht en de OPR; de bereikte resultaten staan in het jaarverslag. Halverwege de planperiode, in 2028, voeren wij een tussenevaluatie uit met een extern bureau."),
          H1("11 Financiën"),
          P("Het huidige verdeelmodel loopt af op 31 juli 2026. Het bestuur werkt aan een nieuw model; de uitgangspunten en de verdeelsleutel worden na advies van de OPR vastgesteld. Tot die tijd blijven de bestaande afspraken met de besturen van kracht."),
          P("De middelen worden besteed aan de arrangementen op de scholen, de bovenschoolse voorzieningen, de afdrachten aan sbo en so en de organisatie. De meerjarenbegroting ziet er als volgt uit."),
          TAB([["x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsbudget", "10.940", "10.860", "10.770", "10.700"],
               ["Afdracht so (DUO)", "3.520", "3.540", "3.560", "3.570"],
               ["Afdracht sbo", "1.210", "1.195", "1.180", "1.170"],
               ["Arrangementen scholen", "3.650", "3.610", "3.560", "3.520"],
               ["Bovenschoolse voorzieningen", "1.140", "1.160", "1.160", "1.160"],
               ["Onderwijs-zorgarrangementen", "260", "270", "280", "280"],
               ["Organisatie en bureau", "1.310", "1.320", "1.330", "1.340"],
               ["Saldo", "-150", "-235", "-300", "-340"]]),
          P("Schoolbesturen verantwoorden de inzet van arrangementen jaarlijks in hun bestuursverslag en in de evaluatie per arrangement. Het negatieve saldo wordt gedekt uit de reserve, die eind 2025 € 2,6 miljoen bedroeg."),
          ]
    b += [H1("12 Organisatie")] + f_governance(s, "vijf")
    b += [H1("13 Medewerkers")] + f_personeel(s, "18,2", "4,7%") + f_prof(s)
    b += [H1("14 ICT en privacy")] + f_ict(s) + f_privacy(s)
    b += f_huisvesting(s, "Oeverwaard")
    b += [H1("15 Ontwikkelingen en kennis")] + f_trends(s, "Dijkenland") + f_onderzoek(s) + f_comm(s) + [H2("15.1 Organisatorische planning")] + f_planning_org(s)
    b += [H1("Afkortingenlijst"),
          UL(["AP – Arrangementenpunt", "GPO – Geschillencommissie Passend Onderwijs", "IB – intern begeleider",
              "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen", "OJSP – ouder- en jeugdsteunpunt",
              "OPP – ontwikkelingsperspectief", "OPR – ondersteuningsplanraad", "SBO – speciaal basisonderwijs",
              "SO – speciaal onderwijs", "TLV – toelaatbaarheidsverklaring", "VVE – voor- en vroegschoolse educatie"]),
          ]
    crit_false = {"basisondersteuning.inhoud", "financien.verdeling", "ouders.informatie"}
    criteria = crit(crit_false)
    advisory = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "H3: niveau defined (minimum for every vestiging) and borging via bestuursgesprek, but the standards are deferred to 2026-2027 and old ones lapse: inhoud not addressed.",
        "plaatsing": "H5: aanvraag, dossier, two deskundigen, 6 weeks; criteria only in a table; duur/categorie and bezwaar (LBT).",
        "terugstroom": "Hidden in H6.2 'Doorgaande lijnen – Van speciaal naar regulier': conditions, terugkeerarrangement, yearly May evaluation, 1 March/1 May steps; 11 returns.",
        "financien": "H11: verdeelmodel expires and new verdeelsleutel not yet set (verdeling not addressed); besteding by category with meerjarenbegroting table; verantwoording and reserve.",
        "dekkend-aanbod": "H4 layered continuum table with Arrangementenpunt; H7 thuiszitters route and yearly gap analysis with action (Kompas 8->12); H9 OZA.",
        "resultaten": "H10 table of beoogde resultaten with stand/doel; measurement on 1 Oct, sources, reporting in December and jaarverslag; H1 terugblik figures.",
        "ouders": "H8 'Samenwerking met ouders': informatie deferred to communicatieplan 'in voorbereiding'; steunpunt present (Ouderpunt Dijkenland OJSP, Onderwijsconsulenten, GPO); OPP role/hoorrecht.",
    }
    return b, criteria, advisory, notes


# ============================================================================ near-miss
def notplan():
    b = []
    b.append(TITLE([
        "Ondersteuningsplan 2025–2026",
        "Openbare basisschool De Wilgenhoek, Oeverwaard",
        "Onderdeel van Stichting Openbaar Onderwijs Oeverwaard – aangesloten bij Samenwerkingsverband PO Dijkenland (PO 25-11)",
        "Vastgesteld door de directie na advies van de medezeggenschapsraad, 1 juli 2025",
    ]))
    b.append(TOC([
        "1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wilgenhoek", "4 De zorgniveaus",
        "5 Groepsbesprekingen en leerlingbesprekingen", "6 Extra ondersteuning en arrangementen",
        "7 Verwijzing naar sbo of so", "8 Terugplaatsing", "9 Ouders", "10 Formatie en middelen", "11 Jaarplanning zorg",
    ]))
    b += [H1("1 Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe wij op obs De Wilgenhoek de ondersteuning aan onze leerlingen organiseren. Het is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen weten hoe de zorg op onze school werkt. Het plan wordt ieder schooljaar door de intern begeleider geactualiseerd en door de directie vastgesteld. Het vervangt het zorgplan 2024–2025."),
          P("De Wilgenhoek is aangesloten bij het samenwerkingsverband Dijkenland. Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken in de regio; dit document beschrijft hoe wij die afspraken op onze school uitvoeren. Ons schoolondersteuningsprofiel staat in de schoolgids."),
          H1("2 Onze leerlingen"),
          P("De Wilgenhoek telt op 1 oktober 2024 212 leerlingen in negen groepen. Ongeveer een op de vijf kinderen groeit meertalig op. Het aantal kinderen met een eigen leerlijn is de laatste jaren gestegen, vooral voor rekenen. In groep 5 en groep 7 zitten relatief veel kinderen met een ondersteuningsbehoefte op het gebied van gedrag."),
          H1("3 Basisondersteuning op De Wilgenhoek"),
          P("Wij bieden de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet betekent dat voor onze school: een intern begeleider voor drie dagen per week, een leesspecialist, een rekencoördinator, een aanpak voor meer- en hoogbegaafde leerlingen (plusgroep op woensdag), het programma Kwink voor sociaal-emotioneel leren en een pestprotocol. Voor kinderen met dyslexie werken wij met het protocol en bieden wij extra leesinstructie in groepjes."),
          H1("4 De zorgniveaus"),
          P("Wij werken met vijf zorgniveaus. Niveau 1 is algemene zorg in de groep door de leerkracht. Niveau 2 is extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3 is speciale zorg na consultatie van de intern begeleider, met een handelingsplan. Niveau 4 is speciale zorg met inschakeling van externen, zoals de orthopedagoog van het samenwerkingsverband of een logopedist. Niveau 5 is verwijzing naar het speciaal (basis)onderwijs."),
          P("Bij de overgang naar een hoger niveau worden ouders altijd geïnformeerd en om toestemming gevraagd voor onderzoek."),
          H1("5 Groepsbesprekingen en leerlingbesprekingen"),
          P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de groep besproken, de onderwijsbehoeften van de kinderen en de aanpak voor de komende periode. Kinderen over wie de leerkracht zich zorgen maakt, komen daarna in een leerlingbespreking."),
          P("Tweemaal per jaar vindt een bespreking plaats in het ondersteuningsteam, waarin de intern begeleider, de directeur, de jeugdverpleegkundige, de schoolmaatschappelijk werker en de trajectbegeleider van het samenwerkingsverband zitting hebben. Ouders worden uitgenodigd wanneer hun kind wordt besproken."),
          P("De resultaten van de groepen bespreken wij ook in het team: twee keer per jaar analyseren wij de tussenopbrengsten en de eindtoetsresultaten van groep 8. In 2024 lag de score op de eindtoets boven het landelijk gemiddelde; 71% van de leerlingen behaalde referentieniveau 1S voor lezen."),
          H1("6 Extra ondersteuning en arrangementen"),
          P("Als de basisondersteuning niet voldoende is, vraagt de intern begeleider een arrangement aan bij het Arrangementenpunt van het samenwerkingsverband. In 2024–2025 had de school vier arrangementen: twee voor gedrag, één voor een leerling met een ernstige spraak-taalstoornis en één voor een leerling met een lichamelijke beperking. De school zet daarnaast eigen middelen in voor een onderwijsassistent in de onderbouw."),
          H1("7 Verwijzing naar sbo of so"),
          P("Als een leerling ondanks arrangementen onvoldoende tot ontwikkeling komt, kan de school een toelaatbaarheidsverklaring aanvragen bij het samenwerkingsverband. De intern begeleider stelt het groeidocument op, de directeur ondertekent namens het schoolbestuur. In 2024–2025 zijn twee leerlingen verwezen naar sbo De Waaier."),
          H1("8 Terugplaatsing"),
          P("Kinderen die van het sbo terugkomen, ontvangen wij graag. De intern begeleider neemt contact op met de school van herkomst en maakt een plan voor de eerste weken."),
          H1("9 Ouders"),
          P("Wij informeren ouders via de schoolgids, de nieuwsbrief en de ouderapp. Twee keer per jaar zijn er oudergesprekken, in groep 8 daarnaast een adviesgesprek. Bij zorgen over hun kind kunnen ouders altijd een afspraak maken met de leerkracht of de intern begeleider. Voor onafhankelijk advies verwijzen wij naar Ouderpunt Dijkenland. Klachten kunnen worden ingediend volgens de klachtenregeling van de stichting."),
          H1("10 Formatie en middelen"),
          P("De school ontvangt via het bestuur middelen uit het samenwerkingsverband voor lichte ondersteuning. Deze middelen zetten wij in voor de uren van de intern begeleider (0,6 fte) en een onderwijsassistent (0,4 fte). Daarnaast zetten wij middelen uit het Nationaal Programma Onderwijs in voor een rekenspecialist tot en met december 2025."),
          H1("11 Jaarplanning zorg"),
          TAB([["Maand", "Activiteit"],
               ["September", "Startgesprekken, overdracht groepen, actualiseren groepsoverzichten"],
               ["Oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
               ["Januari/februari", "Toetsperiode en groepsbesprekingen ronde 2"],
               ["Maart", "Ondersteuningsteam; voorlopig advies groep 7"],
               ["Juni", "Toetsperiode, groepsbesprekingen ronde 3, overdracht naar volgende groep"],
               ["Juli", "Evaluatie ondersteuningsplan en vaststelling nieuw plan"]]),
          P("Dit plan wordt in juni 2026 geëvalueerd met het team en besproken in de medezeggenschapsraad."),
          ]
    return b


# ============================================================================ main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout196_gen_"))
    try:
        # P1 docx
        b, c, a, n = plan1()
        name = "po-eemvliet-ondersteuningsplan-2025-2029"
        render_docx(b, OUT / f"{name}.docx",
                    header_text="SWV Eemvliet · Ondersteuningsplan 2025–2029 · basisondersteuning | toelaatbaarheid | ouders | financiën",
                    footer_text="Samenwerkingsverband Passend Primair Onderwijs Eemvliet – www.swv-eemvliet.example")
        write_label(name, [f"{name}.docx"], "po", status_from(c, set()), c, a, n)

        # P2 docx + pdf
        b, c, a, n = plan2()
        name = "po-heuvelzoom-op-2025-2029"
        render_docx(b, OUT / f"{name}.docx",
                    header_text="Ondersteuningsplan Heuvelzoom · Koers · Ouders · Financiën · Resultaten",
                    footer_text="SWV Heuvelzoom PO 26-07")
        docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(name, [f"{name}.docx", f"{name}.pdf"], "po", status_from(c, set()), c, a, n)

        # P3 pdf only (VO)
        b, c, a, n = plan3()
        name = "vo-kust-en-polder-op-2025-2029"
        src = tmpdir / f"{name}.docx"
        render_docx(b, src, header_text="SWV VO Kust en Polder – Ondersteuningsplan 2025–2029",
                    footer_text="Basisondersteuning · Toewijzing · Terugplaatsing · Resultaten")
        docx_to_pdf(src, OUT / f"{name}.pdf")
        write_label(name, [f"{name}.pdf"], "vo", status_from(c, set()), c, a, n)

        # P4 markdown
        b, c, a, n = plan4()
        name = "po-lindenborg-op-2025-2029"
        render_md(b, OUT / f"{name}.md")
        write_label(name, [f"{name}.md"], "po", status_from(c, set()), c, a, n)

        # P5 pdf only
        b, c, a, n = plan5()
        name = "po-dijkenland-op-2026-2030"
        src = tmpdir / f"{name}.docx"
        render_docx(b, src, header_text="Ondersteuningsplan 2026–2030 SWV Dijkenland",
                    footer_text="Sterk in de basis, samen waar het moet")
        docx_to_pdf(src, OUT / f"{name}.pdf")
        write_label(name, [f"{name}.pdf"], "po", status_from(c, set()), c, a, n)

        # near-miss: school-level ondersteuningsplan
        name = "po-wilgenhoek-school-ondersteuningsplan-2025-2026"
        render_docx(notplan(), OUT / f"{name}.docx",
                    header_text="obs De Wilgenhoek · Ondersteuningsplan 2025–2026")
        write_label(name, [f"{name}.docx"], "po", {}, {}, {},
                    {"document": "School-level ondersteuningsplan (zorgplan) of one basisschool: zorgniveaus, groepsbesprekingen, "
                                 "school formatie; it only refers to the SWV Dijkenland plan. Not an ondersteuningsplan of a samenwerkingsverband "
                                 "despite the title and SWV vocabulary (basisondersteuning, TLV, terugplaatsing, Ouderpunt)."},
                    looks=False)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
