#!/usr/bin/env python3
"""Build the independent holdout set 'holdout106' for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO) and one near-miss document
(a school's ondersteuningsprofiel) plus their label files into the folder above this
script. Deterministic, no network. PDFs are rendered from temporary .docx files with
LibreOffice (soffice --headless --convert-to pdf).

Usage: python3 src/make_holdout106.py
"""
from __future__ import annotations

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


# --------------------------------------------------------------------------------------
# Minimal document model
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(self, title: str, subtitle: str = "", header: str = "", footer: str = ""):
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.footer = footer
        self.front: list[str] = []      # title-page lines
        self.blocks: list[tuple] = []

    def h(self, level: int, text: str):
        self.blocks.append(("h", level, text))

    def p(self, *texts: str):
        for t in texts:
            self.blocks.append(("p", " ".join(t.split())))

    def ul(self, items):
        self.blocks.append(("ul", [" ".join(i.split()) for i in items]))

    def ol(self, items):
        self.blocks.append(("ol", [" ".join(i.split()) for i in items]))

    def table(self, rows, caption: str = ""):
        self.blocks.append(("table", caption, rows))

    def toc(self, entries, title="Inhoudsopgave"):
        self.blocks.append(("toc", title, entries))

    def br(self):
        self.blocks.append(("br",))

    def words(self) -> int:
        n = 0
        for b in self.blocks:
            if b[0] == "p":
                n += len(b[1].split())
            elif b[0] in ("ul", "ol"):
                n += sum(len(i.split()) for i in b[1])
            elif b[0] == "h":
                n += len(b[2].split())
            elif b[0] == "table":
                n += sum(len(str(c).split()) for r in b[2] for c in r)
            elif b[0] == "toc":
                n += sum(len(e.split()) for e in b[2])
        return n


def to_docx(doc: Doc, path: Path, font="Calibri"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    d.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        d.add_paragraph(doc.subtitle, style="Subtitle")
    for line in doc.front:
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=min(b[1], 4))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif kind == "table":
            cap, rows = b[1], b[2]
            if cap:
                c = d.add_paragraph()
                c.add_run(cap).bold = True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, val in enumerate(r):
                    t.cell(ri, ci).text = str(val)
                    if ri == 0:
                        for run in t.cell(ri, ci).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif kind == "toc":
            d.add_heading(b[1], level=1)
            for e in b[2]:
                d.add_paragraph(e)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # deterministic core properties
    import datetime as _dt
    cp = d.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = doc.title
    cp.created = _dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    d.save(str(path))


def to_html(doc: Doc, path: Path, nav_title="Menu"):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc.title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto;line-height:1.5}"
           "header,footer{color:#555;font-size:.85em}nav{background:#eef4f8;padding:.5em 1em}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}</style>",
           "</head>", "<body>"]
    if doc.header:
        out.append(f'<header class="site-header"><p>{e(doc.header)}</p></header>')
    out.append(f"<main><h1>{e(doc.title)}</h1>")
    if doc.subtitle:
        out.append(f'<p class="subtitle">{e(doc.subtitle)}</p>')
    for line in doc.front:
        out.append(f'<p class="meta">{e(line)}</p>')
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            lvl = min(b[1] + 1, 6)
            out.append(f"<h{lvl}>{e(b[2])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            cap, rows = b[1], b[2]
            s = "<table>"
            if cap:
                s += f"<caption>{e(cap)}</caption>"
            s += "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif kind == "toc":
            out.append(f'<nav aria-label="{e(nav_title)}"><p><strong>{e(b[1])}</strong></p><ul>'
                       + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in b[2]) + "</ul></nav>")
    out.append("</main>")
    if doc.footer:
        out.append(f'<footer><p>{e(doc.footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(doc: Doc, path: Path, font="Calibri"):
    tmp = Path(tempfile.mkdtemp(prefix="holdout106_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(doc, src, font=font)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Plan 1 - PO Rivierenland-West (.docx)
# --------------------------------------------------------------------------------------
def build_p1() -> Doc:
    n = "Rivierenland-West"
    d = Doc("Ondersteuningsplan 2025-2029",
            "Samenwerkingsverband Passend Onderwijs Rivierenland-West (PO 26-07)",
            header="SWV Rivierenland-West | Ondersteuningsplan 2025-2029 | definitieve versie",
            footer="Vastgesteld door het algemeen bestuur op 9 april 2025")
    d.front = ["Samen sterk voor ieder kind",
               "Planperiode 1 augustus 2025 - 31 juli 2029",
               "Instemming ondersteuningsplanraad: 2 april 2025 | OOGO afgerond: 18 maart 2025"]
    d.toc(["Voorwoord .......... 3", "1 Inleiding en leeswijzer .......... 4",
           "2 Ons samenwerkingsverband in cijfers .......... 5", "3 Visie, missie en ambities .......... 7",
           "4 Basisondersteuning .......... 9", "5 Extra ondersteuning en het dekkend aanbod .......... 12",
           "6 Toelaatbaarheid tot sbo en so .......... 16", "7 Thuiszitters en verzuim .......... 20",
           "8 Communicatie en informatievoorziening .......... 22",
           "9 Financien en meerjarenbegroting .......... 25", "10 Resultaten en kwaliteitszorg .......... 26",
           "11 Organisatie, governance en medezeggenschap .......... 29",
           "12 Personeel en professionalisering .......... 31", "13 ICT, privacy en gegevensuitwisseling .......... 32",
           "14 Planning 2025-2029 .......... 33", "Bijlage 1 Begrippenlijst .......... 35",
           "Bijlage 5 Financieel Kader 2025-2029 (separaat)"])

    d.h(1, "Voorwoord")
    d.p(f"Voor u ligt het ondersteuningsplan 2025-2029 van Samenwerkingsverband Passend Onderwijs {n}. "
        "Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In de afgelopen "
        "jaren hebben de veertien aangesloten schoolbesturen, de intern begeleiders, de directeuren en het "
        "bureau van het samenwerkingsverband veel geleerd. We zien dat het merendeel van de kinderen in onze "
        "regio een goede plek heeft op een school in de eigen wijk of het eigen dorp. Tegelijk zien we ook "
        "kinderen voor wie dat nog niet lukt, en ouders die soms lang moeten zoeken naar een passende plek.",
        "Dit plan is tot stand gekomen in een intensief traject. In het voorjaar van 2024 organiseerden we vier "
        "regiobijeenkomsten met schoolleiders en intern begeleiders, twee avonden met ouders en een "
        "werkconferentie met de gemeenten Waaldijk, Lingehof en Beneden-Merwe. Ook de leden van de "
        "ondersteuningsplanraad hebben vanaf het begin meegelezen. We danken iedereen die heeft bijgedragen. "
        "Het plan beschrijft op hoofdlijnen wat we de komende vier jaar willen bereiken en hoe we dat doen. "
        "De jaarlijkse uitwerking volgt in het jaarplan en de jaarbegroting.",
        "Passend onderwijs is geen eindpunt maar een beweging. We blijven leren, bijsturen en verbeteren. "
        "Daarbij staat het kind centraal en werken school, ouders en samenwerkingsverband samen als partners.",
        "Marloes van den Heuvel, directeur-bestuurder")

    d.h(1, "1 Inleiding en leeswijzer")
    d.p("Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
        "(artikel 18a, zevende lid, Wet op het primair onderwijs). Het plan beschrijft hoe het "
        "samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en "
        "tussen de scholen, zodat alle leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en "
        "leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen.",
        "Hoofdstuk 2 schetst de regio en de kengetallen. In hoofdstuk 3 staan onze visie en ambities. De "
        "hoofdstukken 4 tot en met 7 gaan over de ondersteuning zelf: van basisondersteuning tot speciaal "
        "onderwijs en de aanpak van thuiszitters. Hoofdstuk 8 beschrijft hoe we communiceren. De hoofdstukken "
        "9 en 10 gaan over geld en kwaliteit, en de hoofdstukken 11 tot en met 14 over de organisatie, "
        "het personeel, ICT en de planning. Een begrippenlijst is opgenomen als bijlage 1.",
        "Het plan is besproken in het op overeenstemming gericht overleg (OOGO) met de drie gemeenten en met "
        "het samenwerkingsverband voortgezet onderwijs Rivierenland. De ondersteuningsplanraad heeft op "
        "2 april 2025 ingestemd. Het plan is voor 1 mei 2025 aan de Inspectie van het Onderwijs gezonden.")

    d.h(1, "2 Ons samenwerkingsverband in cijfers")
    d.p(f"Samenwerkingsverband {n} omvat het gebied van de gemeenten Waaldijk, Lingehof en Beneden-Merwe. "
        "Het is een stichting waarin veertien schoolbesturen samenwerken. Samen hebben zij 62 basisscholen, "
        "drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en "
        "cluster 4) met in totaal vier locaties. Het gebied is deels landelijk en deels stedelijk; de afstanden "
        "tussen de dorpen zijn soms groot, wat gevolgen heeft voor het leerlingenvervoer.")
    d.table([["Kengetal (teldatum 1 oktober 2024)", "Aantal", "Landelijk"],
             ["Leerlingen basisonderwijs", "11.840", "-"],
             ["Leerlingen sbo", "262 (2,2%)", "2,6%"],
             ["Leerlingen so (cluster 3 en 4)", "171 (1,4%)", "1,8%"],
             ["Aantal scholen basisonderwijs", "62", "-"],
             ["Aantal schoolbesturen", "14", "-"],
             ["Verwachte krimp tot 2029", "circa 6%", "-"]],
            caption="Tabel 1. Kengetallen Rivierenland-West")
    d.p("Het leerlingenaantal daalt de komende jaren licht, vooral in de kleinere kernen. Dat maakt het "
        "lastiger om overal een volledig aanbod te houden. Tegelijk zien we een toename van het aantal "
        "nieuwkomers in de gemeente Lingehof en een groeiende vraag naar ondersteuning bij gedrag en "
        "sociaal-emotionele ontwikkeling. Het deelnamepercentage speciaal onderwijs ligt al jaren onder het "
        "landelijk gemiddelde.")

    d.h(1, "3 Visie, missie en ambities")
    d.p("Onze missie: ieder kind in Rivierenland-West ontwikkelt zich op een school die bij hem of haar past, "
        "zo dicht mogelijk bij huis. Wij geloven dat kinderen het meest leren in een omgeving waar zij zich "
        "veilig en gezien voelen. Leerkrachten maken daarbij het verschil; zij moeten kunnen rekenen op "
        "collega's, intern begeleiders en deskundigen van het samenwerkingsverband.",
        "Onze visie rust op vier pijlers: (1) thuisnabij waar het kan, speciaal waar het moet; (2) eerst "
        "kijken naar wat het kind nodig heeft, niet naar een etiket; (3) ouders zijn volwaardig partner; "
        "(4) samenwerking met jeugdhulp in en om de school. Deze pijlers vormen de rode draad in dit plan.",
        "Voor de planperiode 2025-2029 kiezen we drie ambities: een stevige basisondersteuning op alle "
        "scholen, geen kind langer dan drie maanden zonder passend onderwijsaanbod, en meer onderwijs en "
        "zorg in één arrangement op de eigen school. De concrete doelen die daarbij horen staan in "
        "hoofdstuk 10.")

    d.h(1, "4 Basisondersteuning")
    d.h(2, "4.1 Wat verstaan we onder basisondersteuning?")
    d.p("Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
        "onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau "
        "wordt uitgevoerd. In Rivierenland-West hebben de schoolbesturen afgesproken dat elke vestiging van "
        "elke aangesloten basisschool ten minste de twaalf standaarden uit tabel 2 biedt. Dit is het "
        "gezamenlijk vastgestelde minimumniveau; een school mag meer bieden, maar niet minder. Het algemeen "
        "bestuur heeft dit niveau op 14 november 2024 opnieuw vastgesteld. Voor sbo- en so-scholen gelden "
        "deze standaarden niet, omdat zij per definitie extra ondersteuning bieden.")
    d.table([["Nr.", "Standaard", "Wat ouders op elke school mogen verwachten"],
             ["1", "Intern begeleider", "Een intern begeleider met ten minste 0,2 fte per 100 leerlingen, bereikbaar voor ouders."],
             ["2", "Handelingsgericht werken", "Twee keer per jaar een groepsbespreking en een cyclus van plannen, uitvoeren en evalueren per groep."],
             ["3", "Leerlingvolgsysteem", "Een genormeerd leerlingvolgsysteem voor taal, lezen en rekenen; resultaten worden met ouders besproken."],
             ["4", "Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief signalering vanaf groep 2 en extra leestijd."],
             ["5", "Dyscalculie", "Werken volgens het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie (ERWD)."],
             ["6", "Sociale veiligheid", "Een methode voor sociaal-emotioneel leren, een anti-pestprotocol en een jaarlijkse veiligheidsmonitor."],
             ["7", "Gedrag", "Een gedragsprotocol en de inzet van een gedragsspecialist van het bestuur of het samenwerkingsverband."],
             ["8", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep."],
             ["9", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand en voor nieuwkomers na het eerste jaar."],
             ["10", "Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
             ["11", "Ontwikkelingsperspectief", "Een ontwikkelingsperspectiefplan (OPP) voor elke leerling met een eigen leerlijn, opgesteld met ouders."],
             ["12", "Schoolondersteuningsteam", "Minstens drie keer per jaar een ondersteuningsteam met IB, schoolmaatschappelijk werk en een consulent van het SWV."]],
            caption="Tabel 2. De twaalf standaarden basisondersteuning")
    d.h(2, "4.2 Borging")
    d.p("Iedere school beschrijft in de schoolgids hoe zij de standaarden invult. Het bureau van het "
        "samenwerkingsverband toetst dit jaarlijks aan de hand van de kwaliteitskaart basisondersteuning. "
        "Eens in de twee jaar voert een consulent met de intern begeleider en de directeur een "
        "gesprek over de kaart. Voldoet een school op een of meer standaarden niet, dan maakt het bestuur een "
        "verbeterplan met een termijn van maximaal een schooljaar; het samenwerkingsverband biedt daarbij "
        "begeleiding en bespreekt de voortgang in het bestuurlijk overleg.")

    d.h(1, "5 Extra ondersteuning en het dekkend aanbod")
    d.h(2, "5.1 Het ondersteuningscontinuum")
    d.p("Wanneer de basisondersteuning niet voldoende is, volgt extra ondersteuning. We onderscheiden vijf "
        "niveaus. Niveau 1 en 2 vallen binnen de groep en de school. Op niveau 3 zet de school, met advies "
        "van het ondersteuningsteam, een arrangement in op de eigen school, bijvoorbeeld een "
        "leesbegeleider, een gedragscoach of een aangepast programma. Niveau 4 omvat de bovenschoolse "
        "voorzieningen van het samenwerkingsverband. Niveau 5 is plaatsing in het sbo of so.")
    d.table([["Voorziening", "Voor wie", "Locatie", "Capaciteit"],
             ["Plusklas De Sprong", "Meer- en hoogbegaafde leerlingen groep 5-8, een dag per week", "Waaldijk en Lingehof", "48 plaatsen"],
             ["Taalklas", "Nieuwkomers in het eerste jaar", "Lingehof", "30 plaatsen"],
             ["Observatiegroep De Brug", "Jonge kinderen (4-7 jaar) met een onduidelijke ondersteuningsvraag, maximaal 16 weken", "Beneden-Merwe", "10 plaatsen"],
             ["Ambulante begeleiding gedrag", "Leerlingen met ernstige gedragsproblemen op de eigen school", "alle scholen", "op aanvraag"],
             ["Onderwijs-zorgarrangement De Kade", "Leerlingen die onderwijs en dagbehandeling combineren", "Waaldijk", "12 plaatsen"],
             ["Sbo De Regenboog, De Wissel, Het Anker", "Leerlingen met een TLV sbo", "drie locaties", "-"],
             ["So cluster 3 en 4", "Leerlingen met een TLV so", "vier locaties", "-"]],
            caption="Tabel 3. Bovenschoolse voorzieningen en speciale scholen")
    d.h(2, "5.2 Dekkend netwerk: witte vlekken in beeld")
    d.p("Elk voorjaar maakt het bureau een analyse van het dekkend netwerk. We gebruiken daarvoor de "
        "aanvragen bij het Loket, de wachtlijsten van de speciale scholen, de thuiszittersregistratie van "
        "leerplicht en signalen uit de ondersteuningsteams. De analyse wordt besproken in het bestuurlijk "
        "overleg en in het OOGO. In 2024 bleek dat de wachtlijst voor so cluster 4 opliep tot veertien "
        "weken en dat er voor jonge kinderen met een complexe ontwikkelingsvraag te weinig observatieplaatsen "
        "zijn. We breiden daarom per 1 augustus 2026 de observatiegroep uit naar twee groepen en maken met "
        "de so-scholen afspraken over een maximale wachttijd van acht weken. Kinderen voor wie geen plek "
        "beschikbaar is, krijgen binnen vijf werkdagen een trajectbegeleider die een overbruggingsaanbod regelt.")
    d.h(2, "5.3 Samenwerking met jeugdhulp")
    d.p("Met de drie gemeenten hebben we afgesproken dat op elke school een schoolmaatschappelijk werker "
        "beschikbaar is en dat jeugdhulp op school kan worden geboden zonder aparte beschikking. Voor kinderen "
        "die onderwijs en zorg combineren, zoals bij De Kade, maken we een onderwijs-zorgarrangement waarin "
        "de gemeente de zorg en het samenwerkingsverband het onderwijsdeel regelt.")

    d.h(1, "6 Toelaatbaarheid tot sbo en so")
    d.h(2, "6.1 De aanvraag")
    d.p("Een schoolbestuur kan voor een leerling een toelaatbaarheidsverklaring (TLV) aanvragen bij het "
        "Loket van het samenwerkingsverband. Dat gebeurt altijd na bespreking in het ondersteuningsteam van "
        "de school, waarbij ouders aanwezig zijn. De aanvraag bevat het groeidocument of OPP, een verslag van "
        "de ingezette ondersteuning van ten minste de laatste zes maanden, de zienswijze van ouders en, indien "
        "aanwezig, recente onderzoeksgegevens. Het Loket controleert binnen vijf werkdagen of het dossier "
        "compleet is.")
    d.ol(["Stap 1: bespreking in het ondersteuningsteam en besluit om een TLV aan te vragen.",
          "Stap 2: indienen van het complete dossier bij het Loket.",
          "Stap 3: twee onafhankelijke deskundigen brengen elk een schriftelijk advies uit.",
          "Stap 4: de Commissie Toelaatbaarheid neemt een besluit binnen zes weken na ontvangst van het complete dossier.",
          "Stap 5: ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."])
    d.h(2, "6.2 Criteria")
    d.p("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende "
        "voorwaarden is voldaan: (a) de ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning "
        "en een arrangement op niveau 3 of 4 heeft gedurende ten minste zes maanden onvoldoende effect "
        "gehad; (b) de leerling heeft structureel een kleinere groep en een specifieke pedagogische aanpak "
        "nodig, blijkend uit het OPP; (c) de deskundigen onderschrijven dat het sbo naar verwachting beter "
        "aan de onderwijsbehoefte kan voldoen dan de huidige school.",
        "Een leerling is toelaatbaar tot het speciaal onderwijs als de ondersteuningsbehoefte zo intensief "
        "is dat ook het sbo niet toereikend is, bijvoorbeeld bij een combinatie van ernstige gedrags- of "
        "psychiatrische problematiek en een leerachterstand (cluster 4), of bij een verstandelijke beperking, "
        "langdurige ziekte of lichamelijke beperking die intensieve zorg in onderwijstijd vraagt (cluster 3). "
        "Een diagnose alleen is nooit doorslaggevend; het gaat om de onderwijsbehoefte.")
    d.h(2, "6.3 Deskundigen, duur en bekostigingscategorie")
    d.p("Het samenwerkingsverband vraagt bij elke aanvraag advies aan een orthopedagoog of psycholoog en, "
        "afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een maatschappelijk werker, arts of "
        "kinderpsychiater). Deze deskundigen zijn niet betrokken geweest bij de aanvraag. Een TLV sbo geldt "
        "in de regel tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor een of twee "
        "schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog.")
    d.h(2, "6.4 Bezwaar")
    d.p("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
        "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheids"
        "verklaringen, die het bestuur adviseert over het bezwaar.")
    d.h(2, "6.5 Afloop van de TLV en terugplaatsing")
    d.p("Plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons uitgangspunt is dat "
        "een leerling zo thuisnabij en zo regulier als mogelijk naar school gaat. Wanneer een leerling "
        "voldoende tot ontwikkeling is gekomen, streven we naar terugkeer naar een basisschool in de eigen "
        "woonplaats. Voorwaarden zijn dat de ontvangende school de ondersteuning uit het OPP kan bieden en "
        "dat ouders instemmen. Na terugkeer ontvangt de ontvangende school gedurende maximaal zes maanden "
        "een terugplaatsingsarrangement: begeleiding door een leerkracht van de sbo- of so-school gedurende "
        "een dagdeel per week en een evaluatie na drie maanden.",
        "Hoe en op welke momenten de sbo- en so-scholen de mogelijkheid van terugplaatsing bespreken en wie "
        "daarover beslist, werken we in schooljaar 2025-2026 samen met de speciale scholen uit in een "
        "stappenplan terugplaatsing. Tot die tijd maken de scholen hierover hun eigen afspraken.")

    d.h(1, "7 Thuiszitters en verzuim")
    d.p("Geen kind hoort thuis te zitten. Toch waren er op 1 oktober 2024 veertien leerlingen in onze regio "
        "die langer dan vier weken geen onderwijs kregen. Samen met leerplicht en de gemeenten hebben we "
        "een thuiszitterstafel ingericht die elke maand bijeenkomt. Op deze tafel bespreken leerplicht, "
        "het samenwerkingsverband, de betrokken school en jeugdhulp iedere leerling die dreigt uit te vallen. "
        "Binnen twee weken na melding ligt er een plan, met een eigenaar en een datum waarop het kind weer "
        "(deels) onderwijs volgt. Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht om "
        "een tijdelijke plek of een maatwerkarrangement te regelen.",
        "Daarnaast volgen we de vrijstellingen van de leerplicht (artikel 5 onder a Leerplichtwet). Het "
        "aantal vrijstellingen daalde van 21 in 2021 naar 12 in 2024. We bespreken elke nieuwe vrijstelling "
        "met de GGD-arts en de ouders om te zien of er toch een vorm van onderwijs mogelijk is.")

    d.h(1, "8 Communicatie en informatievoorziening")
    d.h(2, "8.1 Interne communicatie")
    d.p("Het bureau informeert de scholen via een tweewekelijkse nieuwsbrief, het IB-netwerk en de "
        "directeurenbijeenkomsten. Alle formulieren en procedures staan in de kennisbank van het Loket. "
        "Voor schoolleiders organiseren we elk jaar een conferentie.")
    d.h(2, "8.2 Ouders")
    d.p("Ouders moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Op de ouderpagina van "
        "onze website staat per school een link naar de schoolgids met de invulling van de "
        "basisondersteuning, een overzicht van alle bovenschoolse voorzieningen uit tabel 3 en een uitleg "
        "van de TLV-route. Alle scholen reiken bij de aanmelding de brochure 'Wegwijs in passend onderwijs' "
        "uit, die we in het Nederlands, Arabisch, Pools en Turks beschikbaar hebben. Twee keer per jaar "
        "organiseren we in elke gemeente een informatieavond voor ouders, en de consulenten houden "
        "wekelijks een telefonisch spreekuur op dinsdagmiddag.",
        "Soms hebben ouders behoefte aan onafhankelijk advies, bijvoorbeeld als zij het niet eens zijn met "
        "de school. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat losstaat van "
        "de scholen en het samenwerkingsverband en gratis meedenkt en bemiddelt. Ook de Onderwijsconsulenten "
        "zijn kosteloos in te schakelen. Bij een geschil over toelating, verwijdering of het OPP kunnen "
        "ouders zich wenden tot de Geschillencommissie passend onderwijs; klachten over het "
        "samenwerkingsverband zelf behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten.",
        "Ouders zijn bovendien vertegenwoordigd in de ondersteuningsplanraad en worden altijd uitgenodigd "
        "voor het ondersteuningsteam als hun kind wordt besproken.")

    d.h(1, "9 Financien en meerjarenbegroting")
    d.p("Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning. Deze "
        "middelen zetten we in voor de ambities uit dit plan. De wijze van verdelen van de middelen over de "
        "schoolbesturen en voorzieningen en de meerjarenbegroting zijn vastgelegd in het Financieel Kader "
        "2025-2029 (bijlage 5). Het Financieel Kader wordt jaarlijks door het algemeen bestuur vastgesteld "
        "en na instemming van de ondersteuningsplanraad gepubliceerd.")

    d.h(1, "10 Resultaten en kwaliteitszorg")
    d.h(2, "10.1 Beoogde resultaten 2025-2029")
    d.p("Bij onze drie ambities horen de volgende beoogde resultaten voor leerlingen die extra "
        "ondersteuning nodig hebben. Ze zijn in overleg met de schoolbesturen en de ondersteuningsplanraad "
        "geformuleerd.")
    d.table([["Ambitie", "Beoogd resultaat", "Uitgangssituatie", "Streefwaarde 2029"],
             ["Stevige basisondersteuning", "Aandeel scholen dat op alle twaalf standaarden voldoet", "71% (2024)", "95%"],
             ["Geen thuiszitters", "Aantal leerlingen langer dan 3 maanden zonder passend aanbod", "14 (1-10-2024)", "maximaal 3"],
             ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "3,6%", "niet hoger dan 3,6%"],
             ["Onderwijs en zorg", "Aantal onderwijs-zorgarrangementen op de eigen school", "9", "25"],
             ["Tevredenheid", "Gemiddeld rapportcijfer ouders over de ondersteuning", "7,1", "7,5 of hoger"]],
            caption="Tabel 4. Beoogde resultaten")
    d.h(2, "10.2 Monitoring en evaluatie")
    d.p("Het is belangrijk dat we zicht houden op de resultaten. Welke gegevens we daarvoor verzamelen, "
        "hoe vaak we ze bespreken en op welke manier we erover rapporteren, leggen we vast in een "
        "monitoringsplan dat in de loop van schooljaar 2025-2026 aan het bestuur wordt voorgelegd.")

    d.h(1, "11 Organisatie, governance en medezeggenschap")
    d.p(f"Stichting Samenwerkingsverband Passend Onderwijs {n} kent een scheiding tussen bestuur en intern "
        "toezicht. De directeur-bestuurder is eindverantwoordelijk voor de uitvoering. Het algemeen bestuur, "
        "waarin alle veertien schoolbesturen zitting hebben, vervult de rol van intern toezichthouder en "
        "stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast. Een auditcommissie "
        "adviseert het algemeen bestuur over financiele zaken. De governancecode van de PO-Raad is van "
        "toepassing.",
        "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau en "
        "een ondersteuningsplanraad (OPR) van twaalf leden: zes ouders en zes personeelsleden, afgevaardigd "
        "door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
        "ondersteuningsplan en vergadert zes keer per jaar. De OPR ontvangt jaarlijks scholing.",
        "Het OOGO met de gemeenten Waaldijk, Lingehof en Beneden-Merwe vond plaats op 4 februari en 18 maart "
        "2025. Onderwerpen waren onder meer thuiszitters, leerlingenvervoer, onderwijshuisvesting en de "
        "aansluiting tussen onderwijs en jeugdhulp. Met het samenwerkingsverband voortgezet onderwijs is "
        "overlegd over de overstap van groep 8 naar het voortgezet onderwijs.")

    d.h(1, "12 Personeel en professionalisering")
    d.p("Het bureau telt 16,4 fte: de directeur-bestuurder, een beleidsmedewerker, vier orthopedagogen, "
        "zes consulenten, twee ambulant begeleiders gedrag en een secretariaat. Het samenwerkingsverband "
        "investeert in de deskundigheid van leerkrachten via een scholingsaanbod over gedrag, "
        "meer- en hoogbegaafdheid en NT2. Intern begeleiders nemen deel aan lerende netwerken per gemeente.",
        "Het lerarentekort raakt ook onze regio. Voor de bovenschoolse voorzieningen is het soms moeilijk "
        "om gekwalificeerde leerkrachten te vinden. We werken daarom samen met de pabo in de regio aan een "
        "specialisatie passend onderwijs en bieden zij-instromers een begeleidingstraject aan.")

    d.h(1, "13 ICT, privacy en gegevensuitwisseling")
    d.p("Aanvragen voor een TLV of arrangement lopen via een beveiligde digitale omgeving. Het "
        "samenwerkingsverband verwerkt alleen de persoonsgegevens die nodig zijn voor zijn taken en bewaart "
        "dossiers tot drie jaar na het laatste besluit. Er is een functionaris gegevensbescherming aangesteld "
        "en er is een privacyreglement dat in 2024 is geactualiseerd. Met de scholen zijn "
        "verwerkersafspraken gemaakt.")

    d.h(1, "14 Planning 2025-2029")
    d.table([["Schooljaar", "Belangrijkste acties"],
             ["2025-2026", "Stappenplan terugplaatsing opstellen; monitoringsplan vaststellen; kwaliteitskaart basisondersteuning vernieuwen"],
             ["2026-2027", "Tweede observatiegroep open; nieuwe ronde kwaliteitskaart; lerende netwerken IB uitbreiden"],
             ["2027-2028", "Uitbreiding onderwijs-zorgarrangementen; scholingsaanbod evalueren"],
             ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033 met scholen, gemeenten en OPR"]],
            caption="Tabel 5. Planning")
    d.p("Elk jaar werken we de planning uit in een jaarplan met bijbehorende jaarbegroting. Het jaarplan "
        "wordt voor 1 juli vastgesteld en besproken met de OPR.")

    d.h(1, "Bijlage 1 Begrippenlijst")
    d.ul(["Arrangement: een pakket van ondersteuning voor een leerling of groep, afgestemd op de onderwijsbehoefte.",
          "Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.",
          "Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar, met de verdeling van de middelen.",
          "Monitoring: het systematisch volgen en evalueren van de resultaten van het beleid.",
          "OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
          "OPR: ondersteuningsplanraad.",
          "Terugplaatsing: de overstap van een leerling van het sbo of so naar het regulier basisonderwijs, met een procedure die door het samenwerkingsverband is vastgesteld.",
          "TLV: toelaatbaarheidsverklaring voor sbo of so.",
          "Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen over schoolbesturen en voorzieningen."])
    return d


# --------------------------------------------------------------------------------------
# Plan 2 - VO Kempenduin (.docx)
# --------------------------------------------------------------------------------------
def build_p2() -> Doc:
    d = Doc("Koersplan passend onderwijs 2025-2029",
            "Ondersteuningsplan van Samenwerkingsverband Voortgezet Onderwijs Kempenduin (VO 30-11)",
            header="Samenwerkingsverband VO Kempenduin - Ondersteuningsplan 2025-2029",
            footer="Kempenduin | versie 1.0 | maart 2025")
    d.front = ["Vastgesteld door het bestuur op 25 maart 2025",
               "Ondersteuningsplanraad: instemming verleend op 19 maart 2025"]
    d.toc(["1. Voorwoord", "2. Terugblik 2021-2025", "3. Ons samenwerkingsverband", "4. Koers en ambities",
           "5. Basisondersteuning", "6. Het ondersteuningsaanbod: van school tot vso",
           "7. Toewijzing: vso, lwoo en praktijkonderwijs", "8. Thuiszitters en het dekkend netwerk",
           "9. Ouders en leerlingen", "10. Kwaliteit en resultaten", "11. Financieel beleid",
           "12. Organisatie en bestuur", "13. Samenwerking met gemeenten", "14. Personeel en ICT",
           "15. Jaarplanning", "Bijlage 1. Afkortingen", "Bijlage 2. Kwaliteitskaart basisondersteuning",
           "Bijlage 3. Meerjarenbegroting"])

    d.h(1, "1. Voorwoord")
    d.p("Met dit koersplan zet Samenwerkingsverband VO Kempenduin de lijn voort die in 2021 is ingezet: "
        "van regelen naar ondersteunen. Het samenwerkingsverband is er niet om loketten te bemannen, maar "
        "om scholen te helpen elke jongere een passende plek te bieden. De afgelopen vier jaar hebben we "
        "de bureaucratie rond arrangementen fors verminderd en meer geld direct naar de scholen gebracht. "
        "Dat heeft gewerkt: scholen ervaren meer ruimte en het aantal leerlingen dat het voortgezet "
        "onderwijs zonder diploma verlaat, is gedaald.",
        "Tegelijk blijven er zorgen. Het aantal jongeren met psychische problemen is sinds de coronaperiode "
        "toegenomen, de wachtlijsten in de jeugd-GGZ zijn lang en sommige scholen kampen met een "
        "tekort aan docenten. Dit plan beschrijft hoe we daarmee omgaan. We hebben het geschreven met de "
        "zeven schoolbesturen, de ondersteuningscoördinatoren, de gemeenten en de ondersteuningsplanraad.",
        "Jeroen Aertssen, directeur-bestuurder")

    d.h(1, "2. Terugblik 2021-2025")
    d.p("In de vorige planperiode stonden drie speerpunten centraal: meer ondersteuning in de klas, een "
        "sluitende aanpak voor thuiszitters en een betere overgang van het primair naar het voortgezet "
        "onderwijs. Niet alles is gelukt. De overstap van po naar vo verloopt soepeler dankzij het "
        "gezamenlijke overdrachtsformulier, maar de aanpak van thuiszitters vraagt nog steeds veel aandacht. "
        "In 2023 is een externe evaluatie uitgevoerd door een onderzoeksbureau; de aanbevelingen daaruit "
        "zijn verwerkt in dit plan.")
    d.table([["Indicator", "2021", "2024", "Doel 2025"],
             ["Deelnamepercentage vso", "3,9%", "3,6%", "3,5%"],
             ["Thuiszitters (> 4 weken)", "38", "22", "15"],
             ["Voortijdig schoolverlaters vo", "1,4%", "1,1%", "1,0%"],
             ["Terugplaatsingen vso naar vo", "11", "17", "20"]],
            caption="Tabel 1. Bereikte resultaten vorige planperiode")
    d.p("De terugblik laat zien dat we op de meeste indicatoren vooruitgang hebben geboekt, maar de doelen "
        "voor 2025 nog niet overal halen. Dat nemen we mee in de ambities voor 2025-2029.")

    d.h(1, "3. Ons samenwerkingsverband")
    d.p("Kempenduin omvat de gemeenten Duinrand, Kempenhof en Oostveld. In het samenwerkingsverband "
        "werken zeven schoolbesturen samen met in totaal veertien scholen voor voortgezet onderwijs, twee "
        "scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. Op 1 oktober "
        "2024 telden we 15.320 leerlingen in het regulier vo, 612 in het praktijkonderwijs en 571 in het vso. "
        "Het samenwerkingsverband heeft een klein bureau en een Orthopedagogisch-Didactisch Centrum "
        "(OPDC) De Brug in Kempenhof.")
    d.h(2, "3.1 Ontwikkelingen in de regio")
    d.p("De regio kent grote verschillen. Kempenhof is een middelgrote stad met een relatief jonge "
        "bevolking en veel nieuwkomers; Duinrand en Oostveld zijn landelijke gemeenten met een vergrijzende "
        "bevolking. Tot 2030 daalt het aantal leerlingen in het vo volgens de prognoses met ongeveer zeven "
        "procent. Twee scholen in Oostveld hebben daarom een fusie aangekondigd. Voor het samenwerkingsverband "
        "betekent krimp dat we scherper moeten kiezen welke voorzieningen we regionaal organiseren en welke "
        "op iedere school.",
        "Daarnaast zien we maatschappelijke ontwikkelingen die het werk in de scholen raken: de toename van "
        "mentale problemen bij jongeren, de groeiende kansenongelijkheid, het lerarentekort en de "
        "ontwikkeling naar inclusiever onderwijs. De landelijke Verbeteraanpak passend onderwijs en de wet "
        "die de positie van ouders en leerlingen versterkt, vragen ook iets van ons. Dit plan speelt daarop "
        "in, maar laat ruimte om tussentijds bij te sturen.")

    d.h(1, "4. Koers en ambities")
    d.p("Onze koers laat zich samenvatten in drie woorden: dichtbij, samen en wendbaar. Dichtbij betekent "
        "dat een jongere zoveel mogelijk onderwijs volgt op een school in de eigen omgeving. Samen "
        "betekent dat scholen, ouders, jeugdhulp en gemeenten gezamenlijk verantwoordelijkheid nemen. "
        "Wendbaar betekent dat we ons aanbod aanpassen als de vraag verandert.",
        "We hebben de koers vertaald naar vier ambities: (1) elke school biedt een sterke basis; "
        "(2) extra ondersteuning is snel en zonder onnodige papieren beschikbaar; (3) geen jongere zit "
        "thuis zonder onderwijs; (4) jongeren stromen door naar een diploma, vervolgonderwijs of werk. In "
        "hoofdstuk 10 staan de resultaten die we bij deze ambities willen bereiken.")

    d.h(1, "5. Basisondersteuning")
    d.p("Basisondersteuning is het afgesproken niveau van ondersteuning dat alle scholen in Kempenduin "
        "bieden. De schoolbesturen hebben vastgelegd dat dit niveau geldt voor elke vestiging van elke "
        "aangesloten school voor voortgezet onderwijs, inclusief de scholen voor praktijkonderwijs. Het "
        "bestuur van het samenwerkingsverband stelt het niveau vast; scholen kunnen er niet onder gaan "
        "zitten.",
        "Basisondersteuning bestaat volgens het landelijk referentiekader uit vier aspecten: basiskwaliteit "
        "zoals de Inspectie die beoordeelt, preventieve en licht curatieve interventies, een "
        "onderwijsondersteuningsstructuur en planmatig werken. Hoe deze aspecten in Kempenduin concreet "
        "zijn ingevuld, met de standaarden waaraan elke school voldoet, is beschreven in de Kwaliteitskaart "
        "basisondersteuning (bijlage 2). Scholen nemen hun invulling op in de schoolgids.",
        "In 2026 herzien we de kwaliteitskaart, mede in het licht van de landelijke norm voor "
        "basisondersteuning die het ministerie voorbereidt.")

    d.h(1, "6. Het ondersteuningsaanbod: van school tot vso")
    d.p("Het ondersteuningsaanbod in Kempenduin is opgebouwd als een doorlopende lijn. Waar de "
        "basisondersteuning niet volstaat, biedt de school extra ondersteuning in de vorm van een "
        "arrangement. Dat kan binnen de klas, in een ondersteuningsklas of in een trajectvoorziening van "
        "de school. Alle reguliere scholen hebben een trajectvoorziening waar leerlingen tijdelijk een "
        "deel van de week een aangepast programma volgen. Drie scholen hebben daarnaast een "
        "ondersteuningsklas voor leerlingen met autisme (maximaal 12 leerlingen per klas).",
        "Wanneer ook dat niet volstaat, kan een leerling tijdelijk naar het OPDC De Brug. Het OPDC biedt "
        "plaats aan 60 leerlingen voor een periode van maximaal een jaar, met als doel terugkeer naar de "
        "eigen of een andere reguliere school. De Brug heeft ook een rebound-voorziening voor leerlingen "
        "die tijdelijk niet op school kunnen zijn vanwege gedrag (maximaal 12 weken). Voor leerlingen met "
        "een intensieve ondersteuningsbehoefte zijn er twee vso-scholen (cluster 3 en cluster 4) en een "
        "onderwijs-zorgvoorziening in samenwerking met een jeugdhulpaanbieder.")
    d.table([["Niveau", "Aanbod", "Toegang"],
             ["1 Basis", "Basisondersteuning op elke school", "direct"],
             ["2 Extra in school", "Arrangement, trajectvoorziening, ondersteuningsklas", "besluit school na advies zorgadviesteam"],
             ["3 Bovenschools", "OPDC De Brug, rebound", "plaatsingscommissie SWV"],
             ["4 Speciaal", "vso cluster 3 en 4, onderwijs-zorgvoorziening", "toelaatbaarheidsverklaring"]],
            caption="Tabel 2. Het ondersteuningscontinuum")

    d.h(1, "7. Toewijzing: vso, lwoo en praktijkonderwijs")
    d.h(2, "7.1 Toelaatbaarheid tot het vso")
    d.p("Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de TLV aan bij de "
        "Commissie Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het OPP met evaluaties, "
        "een verslag van de ingezette extra ondersteuning, het advies van het zorgadviesteam en de "
        "zienswijze van ouders en leerling. De Commissie Toewijzing vraagt advies aan een orthopedagoog "
        "of GZ-psycholoog en, afhankelijk van de situatie, een tweede deskundige zoals een jeugdarts of "
        "kinder- en jeugdpsychiater. Beide deskundigen geven een eigen schriftelijk advies. De commissie "
        "neemt binnen vier weken een besluit; in spoedsituaties binnen vijf werkdagen.",
        "Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar de mogelijkheden van de "
        "basisondersteuning en extra ondersteuning heeft benut, (b) de leerling langdurig een "
        "onderwijsleeromgeving nodig heeft met kleine groepen en intensieve begeleiding die het regulier "
        "onderwijs ook met een arrangement of OPDC-plaatsing niet kan bieden, en (c) de deskundigen dit "
        "onderschrijven. De commissie bepaalt de bekostigingscategorie (laag, midden of hoog) op basis van "
        "de zorgbehoefte tijdens de lesuren.",
        "Tegen een besluit van de Commissie Toewijzing kan binnen zes weken bezwaar worden gemaakt bij het "
        "bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")
    d.h(2, "7.2 Leerwegondersteunend onderwijs en praktijkonderwijs")
    d.p("Kempenduin hanteert de landelijke criteria voor lwoo en pro. Het samenwerkingsverband heeft niet "
        "gekozen voor opting out. De vo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo of "
        "de TLV pro aan via het digitale aanvraagportaal vóór 1 mei. De Commissie Toewijzing beoordeelt de "
        "aanvraag aan de hand van het IQ, de leerachterstanden op ten minste twee domeinen en, voor lwoo, "
        "de sociaal-emotionele problematiek. Een aanwijzing lwoo geldt voor de duur van de opleiding; een "
        "TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs.")
    d.h(2, "7.3 Looptijd en einde van de TLV")
    d.p("Een TLV vso wordt afgegeven voor maximaal twee schooljaren en eindigt altijd op 31 juli. Wij "
        "vinden dat het vso er is voor jongeren die het nodig hebben, zolang ze het nodig hebben. Het "
        "beleid van Kempenduin is daarom dat bij elke leerling in het vso jaarlijks wordt bekeken of een "
        "overstap naar het regulier onderwijs of het OPDC haalbaar is. Voorwaarden voor terugplaatsing zijn "
        "dat de ontwikkeling zoals beschreven in het OPP een reguliere setting toelaat, dat er een "
        "ontvangende school is gevonden die de benodigde ondersteuning kan bieden en dat de leerling "
        "gemotiveerd is.",
        "Concreet verloopt dit als volgt. In het laatste jaar van de TLV bespreekt de vso-school uiterlijk in "
        "november, tijdens de OPP-evaluatie, met ouders en leerling of terugplaatsing mogelijk is. Een "
        "consulent van het samenwerkingsverband neemt aan dat gesprek deel. Is terugplaatsing mogelijk, dan "
        "zoekt de consulent samen met ouders een ontvangende school en vindt voor 1 april een "
        "overdrachtsgesprek plaats. Is terugplaatsing niet mogelijk, dan vraagt de vso-school voor 1 maart "
        "een nieuwe TLV aan. De Commissie Toewijzing besluit in beide gevallen. Na terugkeer ontvangt de "
        "ontvangende school een terugkeerarrangement: een jaar lang begeleiding door een ambulant "
        "begeleider van de vso-school, bekostigd door het samenwerkingsverband. In 2024 keerden 17 "
        "leerlingen terug naar het regulier vo; we streven naar 25 per jaar in 2029.")

    d.h(1, "8. Thuiszitters en het dekkend netwerk")
    d.p("Het samenwerkingsverband wil een dekkend netwerk van voorzieningen, zodat voor elke jongere een "
        "passende plek beschikbaar is. Twee keer per jaar brengen we met de scholen en leerplicht in beeld "
        "welke jongeren geen passende plek hebben, wie op een wachtlijst staat en waar het aanbod tekort "
        "schiet. In 2024 bleek bijvoorbeeld dat er te weinig plaatsen waren voor jongeren met ernstige "
        "angstklachten. Daarop is in september 2024 de voorziening 'Op Adem' gestart voor 16 leerlingen.",
        "Voor thuiszitters werkt het samenwerkingsverband met de Route Thuiszitters: binnen tien schooldagen "
        "na melding bespreekt het casusoverleg met school, leerplicht, jeugdhulp en een consulent van het "
        "samenwerkingsverband een plan; na zes weken volgt een evaluatie. Schoolbesturen houden hun "
        "zorgplicht; wanneer scholen er samen niet uitkomen, beslist de directeur-bestuurder over een "
        "tijdelijke plaatsing.")

    d.h(1, "9. Ouders en leerlingen")
    d.p("Ouders en leerlingen hebben recht op heldere informatie. De website van Kempenduin heeft een aparte "
        "ouderrubriek met uitleg over de basisondersteuning, de trajectvoorzieningen, het OPDC en de "
        "toewijzingsroutes. Bij de overstap van groep 8 naar het voortgezet onderwijs ontvangen alle ouders "
        "via de basisschool de folder 'Naar het vo met extra ondersteuning', in vier talen. In januari "
        "organiseren we in elke gemeente een informatieavond voor ouders van groep 8. Iedere vo-school "
        "heeft een ondersteuningscoördinator als vast aanspreekpunt voor ouders.",
        "Wie onafhankelijk advies zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Kempenduin. Het "
        "steunpunt is ondergebracht bij een onafhankelijke stichting, informeert en ondersteunt ouders en "
        "jongeren uitsluitend in het belang van de jongere en is bereikbaar via telefoon, mail en een "
        "wekelijks inloopspreekuur. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Bij een "
        "geschil over toelating, verwijdering of het OPP kan de Geschillencommissie passend onderwijs "
        "worden ingeschakeld.",
        "Leerlingen met extra ondersteuning hebben hoorrecht bij het opstellen van hun OPP. In de "
        "ondersteuningsplanraad hebben zowel ouders als leerlingen zitting.")

    d.h(1, "10. Kwaliteit en resultaten")
    d.h(2, "10.1 Beoogde resultaten")
    d.table([["Ambitie", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
             ["Sterke basis", "Scholen die voldoen aan de kwaliteitskaart", "11 van 16", "16 van 16"],
             ["Snelle ondersteuning", "Doorlooptijd aanvraag arrangement tot start", "5 weken", "max. 3 weken"],
             ["Geen thuiszitters", "Thuiszitters langer dan 4 weken", "22", "minder dan 8"],
             ["Doorstroom", "Leerlingen met extra ondersteuning die een diploma of startkwalificatie halen", "78%", "85%"],
             ["Terugplaatsing", "Terugplaatsingen vso naar vo per jaar", "17", "25"]],
            caption="Tabel 3. Beoogde resultaten 2025-2029")
    d.h(2, "10.2 Hoe we de resultaten volgen")
    d.p("We volgen de resultaten met een kwaliteitscyclus volgens PDCA. Twee keer per jaar (peildata 1 "
        "oktober en 1 maart) verzamelt het bureau de gegevens uit DUO, de thuiszittersregistratie van "
        "leerplicht en de eigen registratie van aanvragen. Deze gegevens worden per school en per "
        "indicator weergegeven in een dashboard, dat wordt besproken in het directeurenoverleg en met de "
        "ondersteuningsplanraad. Elk najaar voeren we een tevredenheidsonderzoek uit onder ouders, "
        "leerlingen en ondersteuningscoördinatoren. In het jaarverslag rapporteren we over de bereikte "
        "resultaten ten opzichte van de streefwaarden en over de middelen die per ambitie zijn ingezet. "
        "Halverwege de planperiode, in 2027, vindt een tussentijdse evaluatie plaats door een externe "
        "partij.")

    d.h(1, "11. Financieel beleid")
    d.h(2, "11.1 Verdeling van de middelen")
    d.p("Kempenduin werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
        "schoolbesturen, zodat scholen zelf ondersteuning kunnen organiseren. Het verdeelmodel is als "
        "volgt. De middelen voor lichte ondersteuning worden volledig doorgegeven aan de schoolbesturen op "
        "basis van het aantal leerlingen op 1 oktober van het voorgaande jaar, met een bedrag van € 212 per "
        "leerling en een vaste voet van € 25.000 per vestiging. Van de middelen voor zware ondersteuning "
        "worden eerst de afdrachten aan het vso via DUO en de kosten van het OPDC en het bureau gedekt; het "
        "restant wordt naar rato van het leerlingenaantal aan de besturen toegekend. Het bestuur stelt de "
        "bedragen jaarlijks vast bij de begroting, na advies van de auditcommissie.",
        "Schoolbesturen leggen jaarlijks voor 1 mei verantwoording af over de inzet van de ontvangen "
        "middelen in een verantwoordingsrapportage volgens een vast format.")
    d.h(2, "11.2 Meerjarenbegroting")
    d.table([["Post", "2025", "2026", "2027", "2028"],
             ["Baten ondersteuningsbudget", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Toekenning schoolbesturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["OPDC en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]],
            caption="Tabel 4. Meerjarenbegroting (bedragen x € 1.000)")
    d.p("De bedragen worden ingevuld na vaststelling van de begroting 2026 door het bestuur in december "
        "2025 en als bijlage 3 aan dit plan toegevoegd.")

    d.h(1, "12. Organisatie en bestuur")
    d.p("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven "
        "schoolbesturen. Het bestuur bestaat uit een onafhankelijk voorzitter en vier bestuurders van "
        "schoolbesturen; de dagelijkse leiding ligt bij de directeur-bestuurder. De auditcommissie adviseert "
        "over financien en risicobeheersing. Het directeurenoverleg adviseert de directeur-bestuurder over "
        "de uitvoering. De ondersteuningsplanraad telt tien leden en vergadert vijf keer per jaar.",
        "Het samenwerkingsverband volgt de Code Goed Onderwijsbestuur VO. Het bestuur evalueert jaarlijks "
        "zijn eigen functioneren en legt verantwoording af in het jaarverslag. Tweemaal per jaar is er een "
        "bestuursconferentie waarin bestuurders, directeuren en de ondersteuningsplanraad gezamenlijk de "
        "voortgang van dit plan bespreken en dilemma's agenderen, bijvoorbeeld over de verhouding tussen "
        "zorgplicht en de capaciteit van voorzieningen. Besluiten over wijzigingen van het "
        "ondersteuningsplan worden altijd ter instemming aan de ondersteuningsplanraad voorgelegd.",
        "Het bureau is gevestigd in het onderwijsgebouw aan de Stationslaan in Kempenhof, waar ook het OPDC "
        "is gehuisvest. Medewerkers werken grotendeels op de scholen. Het bureau is op werkdagen van 8.30 "
        "tot 16.30 uur bereikbaar voor scholen.")

    d.h(1, "13. Samenwerking met gemeenten")
    d.p("Het OOGO met de gemeenten Duinrand, Kempenhof en Oostveld vond plaats op 12 februari 2025. "
        "Gemeenten en samenwerkingsverband hebben gezamenlijke thema's afgesproken: een sluitende aanpak "
        "van thuiszitters, jeugdhulp op school, de overgang naar mbo en arbeid en leerlingenvervoer. Op "
        "iedere school werkt een jeugdprofessional van de gemeente. Voor de onderwijs-zorgvoorziening "
        "betalen gemeente en samenwerkingsverband elk hun eigen deel.")

    d.h(2, "13.1 Overgang naar mbo en arbeid")
    d.p("De overgang van het voortgezet onderwijs naar het mbo is voor jongeren met extra ondersteuning "
        "een kwetsbaar moment. Met de twee roc's in de regio is afgesproken dat het OPP en de "
        "ondersteuningsbehoefte in een warme overdracht worden besproken, als de jongere en ouders daar "
        "toestemming voor geven. Voor leerlingen van het praktijkonderwijs en het vso in het uitstroomprofiel "
        "arbeidsmarkt werkt het samenwerkingsverband samen met het werkgeversservicepunt en de gemeentelijke "
        "afdelingen werk en inkomen. Stages worden in de regio zoveel mogelijk gezamenlijk geworven. "
        "Daarnaast is er een regionaal netwerk voor jongeren die dreigen uit te vallen in het eerste jaar "
        "van het mbo; zij kunnen terugvallen op hun oude mentor of ondersteuningscoördinator.")
    d.h(2, "13.2 Nieuwkomers en hoogbegaafde leerlingen")
    d.p("Nieuwkomers tussen 12 en 18 jaar volgen in de regel eerst de internationale schakelklas (ISK) in "
        "Kempenhof. De gemeente Kempenhof is verantwoordelijk voor de huisvesting; het samenwerkingsverband "
        "draagt bij aan de ondersteuning van leerlingen met trauma. Na de ISK stromen leerlingen door naar "
        "een reguliere vo-school of het mbo. Voor meer- en hoogbegaafde leerlingen hebben vier scholen een "
        "verrijkingsprogramma; met subsidie van het ministerie is in 2023 een regionaal expertisepunt "
        "hoogbegaafdheid opgezet, dat scholen adviseert en leerlingen met onderpresteren begeleidt.")
    d.h(2, "13.3 Leerlingenvervoer en huisvesting")
    d.p("Leerlingenvervoer is een taak van de gemeenten. Zij voeren de regeling uit op basis van hun eigen "
        "verordening. In het OOGO is afgesproken dat het samenwerkingsverband signalen over lange reistijden "
        "doorgeeft aan de gemeenten. Voor de onderwijshuisvesting van het OPDC en de vso-scholen stellen de "
        "gemeenten een integraal huisvestingsplan op; het samenwerkingsverband levert daarvoor de "
        "leerlingprognoses aan.")

    d.h(1, "14. Personeel en ICT")
    d.p("Het bureau heeft 11,2 fte, het OPDC 24 fte. De medewerkers van het OPDC zijn in dienst van een van de "
        "schoolbesturen en worden gedetacheerd. We investeren in professionalisering op het gebied van "
        "psychische problematiek bij jongeren en in de rol van de ondersteuningscoördinator. Het digitale "
        "aanvraagportaal wordt in 2026 vervangen; de nieuwe omgeving voldoet aan de AVG en koppelt met "
        "de leerlingadministratie van de scholen.",
        "Goed personeel is de belangrijkste voorwaarde voor passend onderwijs. Docenten geven aan dat zij "
        "zich niet altijd toegerust voelen om leerlingen met complexe problematiek te begeleiden. Daarom "
        "bieden we in deze planperiode ieder jaar een leergang 'Omgaan met verschillen' aan, met "
        "modules over autisme, angst, ADHD en trauma. Ondersteuningscoördinatoren nemen deel aan een "
        "intervisienetwerk onder begeleiding van een orthopedagoog van het bureau. Mentoren kunnen "
        "coaching op de werkplek aanvragen.",
        "Het samenwerkingsverband is zelf ook werkgever. We voeren een actief verzuimbeleid, bieden "
        "medewerkers een persoonlijk ontwikkelbudget en hebben een gesprekscyclus met jaarlijkse "
        "ontwikkelgesprekken. De formatie van het bureau blijft in de planperiode stabiel; uitbreiding vindt "
        "alleen plaats als het leerlingenaantal in het OPDC structureel toeneemt.",
        "Voor de gegevensuitwisseling tussen scholen, het OPDC en het samenwerkingsverband geldt het "
        "privacyreglement van Kempenduin. Dossiers worden niet langer bewaard dan drie jaar na het laatste "
        "besluit. Medewerkers volgen jaarlijks een e-learning over informatiebeveiliging.")

    d.h(1, "15. Jaarplanning")
    d.table([["Periode", "Activiteit"],
             ["September", "Start jaarplan; scholing ondersteuningscoördinatoren"],
             ["Oktober", "Peildatum leerlingtelling; eerste dataverzameling dashboard"],
             ["December", "Vaststelling begroting"],
             ["Maart", "Tweede dataverzameling; analyse dekkend netwerk"],
             ["Mei", "Verantwoording schoolbesturen; jaarverslag"],
             ["Juni", "Evaluatie jaarplan met OPR"]],
            caption="Tabel 5. Jaarplanning")

    d.h(1, "Bijlage 1. Afkortingen")
    d.ul(["GZ: gezondheidszorg(psycholoog)", "lwoo: leerwegondersteunend onderwijs",
          "OJSP: ouder- en jeugdsteunpunt", "OPDC: orthopedagogisch-didactisch centrum",
          "OPP: ontwikkelingsperspectiefplan", "OPR: ondersteuningsplanraad",
          "pro: praktijkonderwijs", "TLV: toelaatbaarheidsverklaring", "vso: voortgezet speciaal onderwijs"])
    return d
