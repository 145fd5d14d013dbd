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
    _normalize_zip(path)


def _normalize_zip(path: Path):
    """Rewrite a .docx with fixed member timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


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
        "Leeswijzer: de hoofdstukken 5 tot en met 9 beschrijven de ondersteuning; de hoofdstukken 10 tot "
        "en met 15 gaan over kwaliteit, geld en organisatie.",
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


# --------------------------------------------------------------------------------------
# Plan 3 - PO Noordkust (.pdf via .docx)
# --------------------------------------------------------------------------------------
def build_p3() -> Doc:
    d = Doc("Ondersteuningsplan Passend Primair Onderwijs Noordkust 2025-2029",
            "Stichting Passend Primair Onderwijs Noordkust - PO 20-04",
            header="Ondersteuningsplan PPO Noordkust 2025-2029",
            footer="PPO Noordkust - Havenweg 12 - Zeestrand")
    d.front = ["Elk kind een passende plek aan de kust",
               "Versie ter instemming aan de OPR, februari 2025; vastgesteld 8 april 2025"]
    d.toc(["1 Inleiding", "2 Waar staan we voor", "3 De regio en de scholen", "4 Basisondersteuning",
           "5 Ondersteuningsroute en arrangementen", "5.4 Toelaatbaarheid sbo en so", "5.5 Terugplaatsing",
           "6 Dekkend aanbod", "7 Samenwerking met gemeenten en jeugdhulp", "8 Geld en middelen",
           "9 Klachten en geschillen", "10 Bestuur en medezeggenschap", "11 Personeel",
           "12 Privacy en ICT", "13 Planning", "Begrippen"])

    d.h(1, "Voorwoord")
    d.p("Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029 van PPO Noordkust. Het "
        "is een compact plan geworden. Bewust, want een plan dat niemand leest helpt geen enkel kind. We "
        "hebben geprobeerd helder op te schrijven waar we staan, wat we van de scholen vragen en wat scholen "
        "van ons mogen verwachten.",
        "De afgelopen jaren waren bewogen. De fusie van twee schoolbesturen, de krapte op de arbeidsmarkt "
        "en de toename van het aantal kinderen met een complexe ondersteuningsvraag hebben veel gevraagd van "
        "iedereen in het onderwijs aan de kust. Leerkrachten en intern begeleiders hebben zich enorm "
        "ingezet, vaak onder lastige omstandigheden. Daarvoor onze grote waardering.",
        "In de komende planperiode willen we vooral bouwen op wat er al staat. Niet alles hoeft nieuw. Wel "
        "zijn er onderwerpen waarvoor we meer tijd nodig hebben dan het schrijven van dit plan toeliet; die "
        "pakken we in het eerste jaar op. We nodigen iedereen uit om mee te denken.",
        "Namens het bestuur, Anneke Zijlstra, directeur-bestuurder")

    d.h(1, "1 Inleiding")
    d.p("Dit ondersteuningsplan beschrijft het beleid van Stichting Passend Primair Onderwijs Noordkust "
        "(PPO Noordkust) voor de periode 1 augustus 2025 tot en met 31 juli 2029. PPO Noordkust is het "
        "samenwerkingsverband passend onderwijs voor het primair onderwijs in de gemeenten Zeestrand, "
        "Wadden-Oost en Polderwijk. In het samenwerkingsverband werken acht schoolbesturen samen.",
        "Het plan is een kaderplan. Het geeft richting, maar laat veel ruimte aan de schoolbesturen om de "
        "ondersteuning in te richten op een manier die past bij hun scholen. Het plan wordt jaarlijks "
        "uitgewerkt in een jaarplan. Het is besproken met de gemeenten in het OOGO op 27 januari 2025 en "
        "met het samenwerkingsverband VO Noordkust. De ondersteuningsplanraad heeft op 1 april 2025 "
        "ingestemd.",
        "Het vorige plan (2021-2025) werd in 2023 tussentijds aangepast vanwege de fusie van twee "
        "schoolbesturen en de overgang van het Loket naar de Commissie Arrangeren en Toelaatbaarheid. "
        "Die wijzigingen zijn in dit plan verwerkt. Het bureau is in 2024 verhuisd naar de Havenweg in "
        "Zeestrand en werkt sindsdien nauwer samen met het samenwerkingsverband VO.")

    d.h(2, "1.1 Wettelijk kader")
    d.p("Het samenwerkingsverband is ingesteld op grond van artikel 18a van de Wet op het primair "
        "onderwijs. Het heeft als doel een samenhangend geheel van ondersteuningsvoorzieningen binnen en "
        "tussen de scholen te realiseren, zodat leerlingen een zo ononderbroken mogelijk "
        "ontwikkelingsproces kunnen doorlopen. Het samenwerkingsverband verdeelt de middelen voor "
        "ondersteuning, beslist over de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal "
        "onderwijs en adviseert schoolbesturen over de ondersteuningsbehoefte van leerlingen.",
        "Schoolbesturen hebben zorgplicht: zij moeten een leerling die extra ondersteuning nodig heeft een "
        "passende plek bieden, op de eigen school of op een andere school. Ook de Wet medezeggenschap op "
        "scholen, de Jeugdwet en de Leerplichtwet zijn van belang voor ons werk.")
    d.h(2, "1.2 Hoe dit plan tot stand kwam")
    d.p("Het plan is geschreven door een werkgroep van intern begeleiders, directeuren en medewerkers van "
        "het bureau. In het najaar van 2024 zijn drie bijeenkomsten gehouden met schoolleiders en intern "
        "begeleiders. Een conceptversie is besproken in het bestuurdersoverleg, in de ondersteuningsplanraad "
        "en met de beleidsmedewerkers onderwijs en jeugd van de drie gemeenten. De opmerkingen zijn "
        "verwerkt in de definitieve versie. Een aantal onderwerpen vroeg meer tijd dan beschikbaar was; die "
        "zijn opgenomen in de planning in hoofdstuk 13.")

    d.h(1, "2 Waar staan we voor")
    d.p("PPO Noordkust wil dat alle kinderen van 4 tot 12 jaar onderwijs krijgen dat bij hen past, zo "
        "dicht mogelijk bij huis. Kinderen verschillen, en dat mag. Een school die met verschillen kan "
        "omgaan, is een school waar alle kinderen beter leren. Wij werken vanuit vier kernwaarden: "
        "vertrouwen, eigenaarschap, verbinding en resultaatgericht werken.",
        "Vertrouwen betekent dat we uitgaan van de professionaliteit van leerkrachten en intern "
        "begeleiders. Eigenaarschap betekent dat de school en het schoolbestuur verantwoordelijk zijn voor "
        "de ondersteuning, en het samenwerkingsverband faciliteert. Verbinding betekent dat we samenwerken "
        "met ouders, jeugdhulp, kinderopvang en het voortgezet onderwijs. Resultaatgericht werken betekent "
        "dat we ons steeds afvragen of wat we doen het kind verder helpt.",
        "De kust kent eigen uitdagingen: kleine scholen in dorpen, seizoensarbeid van ouders, een "
        "toenemend aantal arbeidsmigranten en lange reisafstanden naar gespecialiseerde voorzieningen. "
        "Ons beleid houdt daar rekening mee door zoveel mogelijk expertise naar de scholen te brengen in "
        "plaats van kinderen naar de expertise. Ook kiezen we voor korte lijnen: iedere school heeft een "
        "vaste consulent, en bestuurders en directeuren kennen elkaar. Dat maakt het mogelijk om snel te "
        "schakelen wanneer een kind vastloopt.")

    d.h(1, "3 De regio en de scholen")
    d.p("In het gebied van PPO Noordkust staan 41 basisscholen, twee scholen voor speciaal basisonderwijs "
        "(De Vuurtoren in Zeestrand en De Duinpan in Polderwijk) en een school voor speciaal onderwijs "
        "cluster 4 (De Branding). Leerlingen die zijn aangewezen op so cluster 3 gaan naar scholen buiten "
        "de regio, met name in Havenstad. Op 1 oktober 2024 telden de basisscholen 7.380 leerlingen.")
    d.table([["Bestuur", "Scholen", "Leerlingen 1-10-2024"],
             ["Stichting Kustscholen", "14", "2.610"],
             ["Stichting Katholiek Onderwijs Wadden", "9", "1.540"],
             ["Openbaar Onderwijs Polderwijk", "8", "1.395"],
             ["Vereniging PCO Zeestrand", "5", "1.020"],
             ["Overige besturen (4)", "5", "815"]],
            caption="Tabel 1. Besturen en scholen")
    d.p("Het aantal leerlingen in de regio is de afgelopen tien jaar met ruim twaalf procent gedaald. De "
        "prognose laat een verdere, maar kleinere daling zien. Tegelijk neemt het aantal kinderen van "
        "arbeidsmigranten toe, vooral in Polderwijk. Zeven basisscholen hebben minder dan vijftig leerlingen. "
        "Voor deze kleine scholen is het een uitdaging om alle deskundigheid zelf in huis te hebben; zij "
        "werken daarom samen in clusters van drie of vier scholen met een gezamenlijke intern begeleider.",
        "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Door de grote afstanden "
        "zijn de reistijden naar het speciaal onderwijs soms lang; kinderen voor so cluster 3 reizen tot "
        "vijftig minuten per rit. Het samenwerkingsverband brengt signalen hierover in bij het OOGO. De "
        "gemeenten onderzoeken of een gezamenlijke aanbesteding van het vervoer de reistijden kan verkorten. "
        "Een besluit daarover wordt in 2026 verwacht.")

    d.h(1, "4 Basisondersteuning")
    d.p("Alle scholen in Noordkust bieden dezelfde basisondersteuning. Dat is afgesproken door de acht "
        "schoolbesturen en vastgelegd in de notitie 'Basis op orde' die het bestuur in 2024 heeft "
        "vastgesteld. Het is het minimum dat op elke locatie van elke basisschool aanwezig is, ook op de "
        "kleinste dorpsschool. Wat een ouder overal mag verwachten:",
        )
    d.ul(["een intern begeleider die minimaal twee dagdelen per week op de locatie aanwezig is;",
          "een vaste cyclus van handelingsgericht werken met drie groepsbesprekingen per jaar;",
          "een aanbod voor leerlingen met dyslexie en ernstige leesproblemen volgens het landelijke protocol, "
          "inclusief voorleessoftware vanaf groep 5;",
          "een aanbod voor leerlingen die meer aankunnen (verrijkingsmateriaal en een plusgroep binnen het bestuur);",
          "een methode voor sociaal-emotionele ontwikkeling en een aandachtsfunctionaris kindermishandeling;",
          "een aanpak voor kinderen die de Nederlandse taal nog onvoldoende beheersen, waaronder "
          "kinderen van arbeidsmigranten;",
          "een protocol medisch handelen;",
          "toegang tot de orthopedagoog van het samenwerkingsverband voor consultatie, zonder aanvraag;",
          "een ondersteuningsteam waarin de school, ouders, de jeugdverpleegkundige en zo nodig het "
          "schoolmaatschappelijk werk een kind bespreken."])
    d.p("Elke school beschrijft haar invulling in het schoolplan. Het samenwerkingsverband bespreekt de "
        "basisondersteuning jaarlijks met elk schoolbestuur in het bestuursgesprek.")

    d.h(1, "5 Ondersteuningsroute en arrangementen")
    d.h(2, "5.1 De route")
    d.p("De ondersteuningsroute bestaat uit vijf niveaus. Op niveau 1 en 2 gaat het om het werk van de "
        "leerkracht en de intern begeleider in de groep. Op niveau 3 wordt het ondersteuningsteam "
        "ingeschakeld en kan de school een consulent van het samenwerkingsverband vragen mee te denken. "
        "Op niveau 4 vraagt de school een arrangement aan bij de Commissie Arrangeren en Toelaatbaarheid "
        "(CAT): een individueel arrangement op de eigen school of een plaats in een bovenschoolse "
        "voorziening. Niveau 5 is het speciaal (basis)onderwijs.")
    d.h(2, "5.2 Bovenschoolse voorzieningen")
    d.ul(["Kustklas: een groep voor kinderen met een ontwikkelingsvoorsprong die op een dag per week samen "
          "leren, op twee locaties;",
          "Observatieplaatsen op sbo De Vuurtoren: maximaal acht weken voor kinderen van wie de "
          "ondersteuningsbehoefte onvoldoende duidelijk is;",
          "Ambulante begeleiding vanuit so De Branding op de eigen school, voor kinderen met gedrags- "
          "of psychiatrische problematiek;",
          "Taalcentrum Polderwijk: intensief taalonderwijs voor nieuwkomers tot een jaar."])
    d.h(2, "5.3 Arrangementen op de eigen school")
    d.p("Een arrangement op de eigen school is altijd tijdelijk en gericht op een doel dat in het OPP "
        "staat. Arrangementen worden voor maximaal een schooljaar toegekend. Een arrangement kan bestaan "
        "uit extra handen in de klas, begeleiding door een specialist, materialen of een combinatie "
        "daarvan.")
    d.h(2, "5.4 Toelaatbaarheid sbo en so")
    d.p("Als een kind is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, vraagt het "
        "schoolbestuur een toelaatbaarheidsverklaring (TLV) aan bij de CAT. Dat gaat als volgt. De school "
        "bespreekt de situatie in het ondersteuningsteam, waarbij ouders aanwezig zijn. De intern "
        "begeleider vult het digitale aanvraagformulier in en voegt het OPP, de evaluaties van de "
        "ondersteuning en de zienswijze van ouders toe. De secretaris van de CAT plant de aanvraag in voor "
        "de eerstvolgende vergadering; de CAT vergadert elke twee weken. Binnen vijf weken na ontvangst van "
        "de volledige aanvraag neemt de CAT een besluit namens het bestuur van PPO Noordkust. Ouders en "
        "school krijgen het besluit schriftelijk.",
        "De CAT bestaat uit een orthopedagoog, een GZ-psycholoog en een voorzitter. Bij iedere aanvraag "
        "adviseren twee deskundigen afzonderlijk: de orthopedagoog of GZ-psycholoog en, afhankelijk van de "
        "vraag, een jeugdarts of maatschappelijk werker. De criteria die bepalen of een leerling toelaatbaar "
        "is tot sbo of so zijn uitgewerkt in de Notitie Toelaatbaarheid die op www.ppo-noordkust.nl staat.",
        "Een TLV sbo wordt afgegeven voor twee schooljaren; een TLV so voor een, twee of drie schooljaren, "
        "met vermelding van de bekostigingscategorie (laag, midden of hoog). Ouders die het niet eens zijn "
        "met het besluit kunnen binnen zes weken bezwaar maken. PPO Noordkust is aangesloten bij de "
        "Landelijke Bezwaaradviescommissie.")
    d.h(2, "5.5 Terugplaatsing")
    d.p("Beleid en procedure voor terugplaatsing naar het basisonderwijs worden in de loop van 2026 "
        "opgesteld en daarna als addendum aan dit plan toegevoegd.")

    d.h(2, "5.6 Doorgaande lijn")
    d.p("Een goede start is belangrijk. Met de kinderopvangorganisaties en de voorschoolse educatie "
        "in de drie gemeenten is afgesproken dat jonge kinderen met een ondersteuningsvraag voor hun vierde "
        "verjaardag worden besproken met de basisschool van aanmelding. Voor de overstap naar het "
        "voortgezet onderwijs gebruiken alle scholen het digitale overdrachtsdossier dat met het "
        "samenwerkingsverband VO Noordkust is ontwikkeld. Voor leerlingen van sbo en so vindt een "
        "warme overdracht plaats met de ondersteuningscoordinator van de vo-school.")
    d.h(2, "5.7 Kinderen met een ontwikkelingsvoorsprong")
    d.p("De schoolbesturen vinden het belangrijk dat ook kinderen die meer aankunnen zich blijven "
        "ontwikkelen. Naast het aanbod binnen de basisondersteuning en de Kustklas werken we samen met het "
        "voortgezet onderwijs aan een programma voor leerlingen in groep 8 die extra uitdaging zoeken. In "
        "2024 is een netwerk van specialisten hoogbegaafdheid opgericht, waarin van ieder bestuur ten minste "
        "een specialist deelneemt.")

    d.h(1, "6 Dekkend aanbod")
    d.p("Het samenwerkingsverband heeft de wettelijke taak te zorgen voor een samenhangend geheel van "
        "ondersteuningsvoorzieningen. In hoofdstuk 5 is beschreven welke voorzieningen er zijn. Of dit "
        "aanbod dekkend is voor alle kinderen in de regio, brengen we in het schooljaar 2025-2026 in kaart "
        "met een dekkendheidsanalyse. Op basis daarvan bepalen we welke stappen nodig zijn.")

    d.h(1, "7 Samenwerking met gemeenten en jeugdhulp")
    d.p("Onderwijs en jeugdhulp zijn in Noordkust nauw met elkaar verbonden. Op iedere basisschool is een "
        "schoolmaatschappelijk werker beschikbaar, betaald door de gemeente. De jeugdverpleegkundige van de "
        "GGD sluit aan bij het ondersteuningsteam. Voor kinderen die naast onderwijs zorg nodig hebben, "
        "stemmen school en lokaal team af wie wat doet. In het OOGO komen onder meer thuiszitters, "
        "leerlingenvervoer, huisvesting en de inzet van jeugdhulp in de klas aan de orde.",
        "Gemeenten en samenwerkingsverband hebben in 2024 een gezamenlijke agenda opgesteld met drie "
        "thema's: vroegsignalering bij jonge kinderen, de samenwerking rond kinderen met complexe "
        "problematiek en een betere aansluiting tussen kinderopvang en basisschool. Het OOGO vindt twee "
        "keer per jaar plaats op wethoudersniveau; daarnaast is er viermaal per jaar ambtelijk overleg.")

    d.h(1, "8 Geld en middelen")
    d.h(2, "8.1 Hoe verdelen we het geld?")
    d.p("PPO Noordkust ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de "
        "verplichte afdrachten voor leerlingen in het so en de groeibekostiging sbo wordt het budget als "
        "volgt verdeeld. De schoolbesturen ontvangen een bedrag van € 145 per leerling (teldatum 1 oktober "
        "van het voorgaande schooljaar) voor de basisondersteuning en arrangementen op niveau 3. Het "
        "arrangementenbudget voor niveau 4 houdt het samenwerkingsverband centraal; de CAT kent "
        "arrangementen toe op basis van de aanvraag van de school, tot een maximum van € 12.000 per "
        "leerling per schooljaar. De sbo-scholen ontvangen een aanvullende bijdrage per leerling boven de "
        "2%-grens. Het bestuur van PPO Noordkust stelt de verdeling jaarlijks in december vast.")
    d.table([["Onderdeel", "Verdeelsleutel", "Besluit door"],
             ["Schoolbudget besturen", "€ 145 per leerling, teldatum 1 oktober", "bestuur SWV (begroting)"],
             ["Arrangementen niveau 4", "per aanvraag, max. € 12.000 per leerling", "CAT"],
             ["Bovenschoolse voorzieningen", "vast budget per voorziening", "bestuur SWV"],
             ["Aanvulling sbo", "per leerling boven 2% op 1 februari", "bestuur SWV"]],
            caption="Tabel 2. Verdeelmodel")
    d.h(2, "8.2 Meerjarenbegroting")
    d.table([["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Baten rijksbijdrage ondersteuning", "6.420", "6.310", "6.190", "6.080"],
             ["Afdrachten so en groeibekostiging sbo", "-2.050", "-2.010", "-1.980", "-1.950"],
             ["Schoolbudgetten besturen", "1.070", "1.050", "1.030", "1.010"],
             ["Arrangementen niveau 4", "980", "1.000", "1.000", "1.000"],
             ["Bovenschoolse voorzieningen", "1.240", "1.240", "1.210", "1.190"],
             ["Aanvulling sbo", "610", "590", "570", "560"],
             ["Personeel en bureau", "640", "650", "660", "670"],
             ["Resultaat", "-170", "-230", "-260", "-300"]],
            caption="Tabel 3. Meerjarenbegroting 2025-2028")
    d.p("De begroting laat bewust een negatief resultaat zien: de reserve van PPO Noordkust (€ 1,9 mln "
        "per 31 december 2024) ligt boven de signaleringswaarde en wordt de komende vier jaar gefaseerd "
        "ingezet. Het weerstandsvermogen blijft daarbij boven de ondergrens van 10% van de baten.",
        "Schoolbesturen verantwoorden de inzet van de schoolbudgetten jaarlijks in een korte rapportage "
        "aan het samenwerkingsverband, die in het bestuursgesprek wordt besproken.")

    d.h(1, "9 Klachten en geschillen")
    d.p("Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en "
        "Jeugdsteunpunt Noordkust. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
        "kosteloos en bereikbaar via telefoonnummer 0800-1234567 en via een inloopspreekuur in de bibliotheek "
        "van Zeestrand op woensdagochtend. Een ouderadviseur luistert, geeft advies en kan meegaan naar een "
        "gesprek op school. Ook de Onderwijsconsulenten kunnen kosteloos worden ingeschakeld.",
        "Ouders die een klacht hebben over het samenwerkingsverband kunnen die indienen bij de landelijke "
        "klachtencommissie onderwijs. Geschillen over toelating, verwijdering en het OPP kunnen worden "
        "voorgelegd aan de Geschillencommissie passend onderwijs.")

    d.h(1, "10 Bestuur en medezeggenschap")
    d.p("PPO Noordkust is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het "
        "intern toezicht ligt bij een raad van toezicht van vijf leden, van wie drie afkomstig uit de "
        "schoolbesturen en twee onafhankelijk. De directeur-bestuurder voert de besluiten uit met een klein "
        "bureau. Het overleg met de schoolbesturen vindt plaats in het bestuurdersoverleg, dat vijf keer "
        "per jaar bijeenkomt. De raad van toezicht houdt toezicht op de directeur-bestuurder, keurt de "
        "begroting en het jaarverslag goed en benoemt de accountant. De raad werkt volgens de Code Goed "
        "Bestuur van de PO-Raad en evalueert jaarlijks zijn eigen functioneren.",
        "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR "
        "heeft instemmingsrecht op het ondersteuningsplan. Ouders hebben daarnaast een plek aan tafel in "
        "het ondersteuningsteam van de school wanneer hun kind wordt besproken.")

    d.h(1, "11 Personeel")
    d.p("Het bureau van PPO Noordkust heeft 9,6 fte, waaronder drie orthopedagogen en vier consulenten. "
        "De ambulant begeleiders zijn in dienst van so De Branding. Het samenwerkingsverband faciliteert een "
        "netwerk voor intern begeleiders en een jaarlijkse studiedag voor alle leerkrachten in de regio. "
        "Nieuwe intern begeleiders volgen een inwerkprogramma van drie bijeenkomsten.",
        "Het lerarentekort is in de kustregio merkbaar, vooral in de wintermaanden. De schoolbesturen werken "
        "samen in een regionale vervangingspool, waarvan het samenwerkingsverband geen deel uitmaakt.",
        "Het samenwerkingsverband investeert in de deskundigheid van leerkrachten door een scholingsaanbod "
        "over gedrag, taalontwikkeling en het jonge kind. Scholen kunnen daarnaast een beroep doen op de "
        "orthopedagogen voor coaching van leerkrachten in de klas. De medewerkers van het bureau hebben "
        "elk een persoonlijk ontwikkelplan en nemen deel aan intervisie. Voor de orthopedagogen en "
        "psychologen geldt dat zij hun registratie (NVO of BIG) op peil houden; het samenwerkingsverband "
        "vergoedt de benodigde nascholing. Nieuwe medewerkers lopen in hun eerste maand mee met een "
        "ervaren collega en bezoeken alle scholen in hun werkgebied.")

    d.h(2, "11.1 Communicatie met scholen")
    d.p("Het bureau informeert directeuren en intern begeleiders via een maandelijkse digitale "
        "nieuwsbrief en via het IB-netwerk. Alle formulieren, handreikingen en de actuele "
        "vergaderdata van de CAT staan in het besloten deel van de website. Eens per jaar organiseren "
        "we een regiodag waarop scholen van elkaar leren; in 2024 stond die dag in het teken van het "
        "jonge kind. Schoolbesturen ontvangen daarnaast elk kwartaal een financieel overzicht van de "
        "toegekende arrangementen.")

    d.h(1, "12 Privacy en ICT")
    d.p("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de beoordeling van "
        "aanvragen. Daarbij gelden de regels van de AVG en het privacyreglement van PPO Noordkust. "
        "Gegevens worden uitgewisseld via een beveiligde omgeving. Dossiers worden drie jaar na het laatste "
        "besluit vernietigd. Een functionaris gegevensbescherming, gedeeld met het samenwerkingsverband "
        "VO, ziet toe op de naleving.",
        "In 2025-2026 stapt het samenwerkingsverband over op een nieuw aanvraagportaal. Scholen kunnen "
        "daarin aanvragen voor arrangementen en TLV's indienen, de status volgen en documenten veilig "
        "delen. Ouders geven in het portaal digitaal hun zienswijze. Het oude systeem blijft tot 31 juli "
        "2026 raadpleegbaar voor lopende dossiers. Medewerkers van scholen krijgen een korte training.",
        "Voor het bureau zelf gelden de gebruikelijke maatregelen voor informatiebeveiliging: "
        "tweestapsverificatie, versleutelde laptops en een jaarlijkse controle van de toegangsrechten. "
        "Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit "
        "Persoonsgegevens. In 2024 is een datalek gemeld; naar aanleiding daarvan zijn de werkafspraken "
        "over het versturen van dossiers aangescherpt.")

    d.h(1, "13 Planning")
    d.table([["Wanneer", "Wat"],
             ["2025-2026", "Dekkendheidsanalyse; beleid terugplaatsing opstellen; nieuw aanvraagportaal"],
             ["2026-2027", "Herziening notitie 'Basis op orde'; doorontwikkeling Kustklas"],
             ["2027-2028", "Uitbreiding observatieplaatsen afhankelijk van de analyse"],
             ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]],
            caption="Tabel 4. Planning")

    d.h(1, "Begrippen")
    d.ul(["Arrangement: afspraken over extra ondersteuning voor een leerling, met doel, inzet en duur.",
          "Beoogde en bereikte resultaten: de doelen die het samenwerkingsverband stelt en de mate waarin "
          "die zijn gehaald (artikel 18a WPO).",
          "CAT: Commissie Arrangeren en Toelaatbaarheid.",
          "Informatievoorziening aan ouders: de manier waarop ouders worden geinformeerd over de "
          "ondersteuningsmogelijkheden.",
          "OPP: ontwikkelingsperspectiefplan.",
          "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier basisonderwijs.",
          "Thuiszitter: een leerplichtig kind dat zonder geldige vrijstelling langer dan vier weken geen onderwijs volgt."])
    return d


# --------------------------------------------------------------------------------------
# Plan 4 - VO Heuvelland-Zuid (.pdf via .docx)
# --------------------------------------------------------------------------------------
def build_p4() -> Doc:
    d = Doc("Ondersteuningsplan 2025-2029 'Iedereen doet mee'",
            "Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Zuid (VO 31-05)",
            header="SWV VO Heuvelland-Zuid  |  Ondersteuningsplan 2025-2029",
            footer="Heuvelland-Zuid - concept na instemming OPR - april 2025")
    d.front = ["Planperiode: schooljaren 2025-2026 tot en met 2028-2029",
               "Instemming ondersteuningsplanraad: 8 april 2025",
               "Vastgesteld door het algemeen bestuur: 15 april 2025"]
    d.toc(["Deel A  Koers", "  1 Voorwoord", "  2 Inleiding", "  3 Missie, visie en kernwaarden",
           "  4 Context en kengetallen",
           "Deel B  Ondersteuning", "  5 Basisondersteuning", "  6 Extra ondersteuning en voorzieningen",
           "  7 Toewijzing en toelaatbaarheid vso, lwoo en pro", "  8 Ouders en leerlingen",
           "  9 Thuiszitters en passende plekken", "  10 Van vso terug naar het vo",
           "Deel C  Sturing", "  11 Kwaliteit en resultaten", "  12 Financien", "  13 Governance",
           "  14 Personeel", "  15 Samenwerking met gemeenten (OOGO)", "  16 Planning",
           "Bijlage  Lijst van afkortingen"])

    d.h(1, "Deel A  Koers")
    d.h(2, "1 Voorwoord")
    d.p("'Iedereen doet mee' is de titel van dit ondersteuningsplan, en tegelijk de opdracht die we onszelf "
        "geven. In Heuvelland-Zuid willen we dat iedere jongere tussen 12 en 18 jaar onderwijs volgt dat "
        "bij hem of haar past en een diploma of startkwalificatie haalt waarmee hij of zij verder kan. "
        "Dit plan is geschreven voor schoolleiders, ondersteuningscoordinatoren, docenten, bestuurders, "
        "gemeenten en ouders.",
        "Het plan is het resultaat van een jaar samenwerken. Met alle scholen zijn ronde-tafelgesprekken "
        "gevoerd, de gemeenten hebben meegeschreven aan het hoofdstuk over jeugdhulp en de "
        "ondersteuningsplanraad heeft kritisch meegelezen. Het plan is korter dan het vorige: details over "
        "procedures staan in het Handboek Toewijzing en op onze website, zodat die tussentijds kunnen "
        "worden aangepast.",
        "Wij danken alle betrokkenen voor hun inzet en hun kritische vragen. Dit plan is geen eindpunt: we "
        "blijven het de komende jaren bespreken, toetsen en waar nodig aanpassen.",
        "Drs. Paul Crijns, directeur-bestuurder")
    d.h(2, "2 Inleiding")
    d.p("Samenwerkingsverband VO Heuvelland-Zuid is een vereniging van zes schoolbesturen voor voortgezet "
        "onderwijs in de gemeenten Heerlerberg, Valkendaal, Geulvoort en Mergelrade. Het "
        "samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel van "
        "ondersteuningsvoorzieningen binnen en tussen de scholen. Dit ondersteuningsplan beschrijft hoe we "
        "die opdracht de komende vier schooljaren invullen.",
        "Het plan bestaat uit drie delen. Deel A beschrijft de koers. Deel B gaat over de ondersteuning "
        "zelf. Deel C beschrijft hoe we sturen op kwaliteit en geld en hoe de organisatie is ingericht. Het "
        "plan wordt jaarlijks uitgewerkt in een jaarplan met begroting.")
    d.h(2, "3 Missie, visie en kernwaarden")
    d.p("Onze missie is dat iedere jongere in Heuvelland-Zuid een passende plek heeft in het onderwijs. "
        "We werken vanuit de overtuiging dat jongeren het best tot hun recht komen in een reguliere "
        "omgeving met leeftijdsgenoten, met ondersteuning waar dat nodig is. Speciale voorzieningen zijn "
        "er voor jongeren die ze echt nodig hebben.",
        "Onze kernwaarden zijn: nabijheid (ondersteuning zo dicht mogelijk bij de jongere), "
        "vakmanschap (docenten en ondersteuners zijn deskundig en krijgen de ruimte), eenvoud (geen "
        "onnodige regels en formulieren) en verantwoording (we laten zien wat we doen en wat het oplevert).",
        "De visie is uitgewerkt in vier ambities die terugkomen in hoofdstuk 11: een sterke basis op elke "
        "school, geen thuiszitters, meer leerlingen met een diploma en minder leerlingen in het vso.")
    d.h(3, "3.1 Terugblik op de vorige planperiode")
    d.p("In de periode 2021-2025 heeft het samenwerkingsverband een omslag gemaakt van een organisatie die "
        "vooral aanvragen beoordeelde naar een organisatie die scholen ondersteunt. Het aantal formulieren "
        "is gehalveerd en de doorlooptijd van aanvragen is verkort. Het Meldpunt Passende Plek is in 2022 "
        "opgericht en wordt door de scholen goed gevonden. Minder goed ging de samenwerking met de "
        "jeugd-GGZ: de wachttijden bleven lang en jongeren vielen daardoor soms tussen wal en schip.",
        "De externe evaluatie van 2024 gaf drie aanbevelingen: maak de afspraken over basisondersteuning "
        "toetsbaar, investeer in kleinere leeromgevingen voor kwetsbare jongeren en maak beter zichtbaar "
        "wat het geld oplevert. Alle drie de aanbevelingen zijn in dit plan verwerkt: in hoofdstuk 5 "
        "(audit), hoofdstuk 9 (pilot Tussenstation) en hoofdstuk 11 en 12 (resultaten en financien).")

    d.h(2, "4 Context en kengetallen")
    d.p("Heuvelland-Zuid is een krimpregio. Sinds 2015 is het aantal leerlingen in het voortgezet "
        "onderwijs met 16 procent gedaald en de prognoses voorspellen nog eens 9 procent daling tot 2030. "
        "Dat heeft gevolgen voor het aanbod van scholen: twee vestigingen sluiten in 2026 en leerlingen "
        "reizen verder. Tegelijk is het aandeel jongeren met een ondersteuningsbehoefte hoger dan "
        "landelijk.")
    d.table([["Kengetal (1 oktober 2024)", "Heuvelland-Zuid", "Landelijk"],
             ["Leerlingen regulier vo", "9.870", "-"],
             ["Leerlingen praktijkonderwijs", "488 (4,4%)", "2,8%"],
             ["Leerlingen vso", "402 (3,6%)", "3,7%"],
             ["Leerlingen met lwoo", "1.120", "-"],
             ["Scholen regulier vo / pro / vso", "11 / 2 / 2", "-"]],
            caption="Tabel 1. Kengetallen")
    d.p("Het hoge aandeel praktijkonderwijs is een kenmerk van de regio en hangt samen met de "
        "sociaaleconomische situatie: in delen van Heerlerberg en Geulvoort is het opleidingsniveau van de "
        "bevolking lager dan gemiddeld en is de werkloosheid hoger. De twee scholen voor praktijkonderwijs "
        "hebben een sterke band met het regionale bedrijfsleven en een hoog percentage leerlingen dat na "
        "school aan het werk gaat.",
        "De krimp dwingt scholen om samen te werken. In Mergelrade werken twee scholen van verschillende "
        "besturen sinds 2023 samen in een gezamenlijke onderbouw. Het samenwerkingsverband stimuleert "
        "zulke samenwerking, omdat zij helpt om ook in kleinere kernen een breed aanbod overeind te houden.")

    d.h(1, "Deel B  Ondersteuning")
    d.h(2, "5 Basisondersteuning")
    d.p("De zes schoolbesturen hebben met elkaar afgesproken welke ondersteuning iedere school in "
        "Heuvelland-Zuid minimaal biedt. Deze afspraken gelden voor alle vestigingen van alle aangesloten "
        "scholen voor regulier voortgezet onderwijs en praktijkonderwijs en vormen het gezamenlijke "
        "niveau van basisondersteuning. Een leerling hoeft voor deze ondersteuning niets aan te vragen: het "
        "is er gewoon. Het niveau is in februari 2025 door het algemeen bestuur vastgesteld.")
    d.table([["Domein", "Minimaal aanwezig op iedere vestiging"],
             ["Organisatie", "Een ondersteuningscoordinator (minimaal 0,4 fte per 500 leerlingen); een zorgadviesteam dat minimaal zes keer per jaar bijeenkomt; een mentor per klas met een uur mentortijd per week."],
             ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, vergrote teksten, voorleessoftware); huiswerkbegeleiding; een studievaardigheidstraining in de onderbouw."],
             ["Gedrag en welbevinden", "Een faalangstreductietraining en een sociale vaardigheidstraining; een time-outvoorziening met begeleiding; check-in/check-out voor leerlingen met gedragsproblemen; een anti-pestcoordinator."],
             ["Fysiek en medisch", "Een protocol medisch handelen; een rustruimte; aanpassingen voor leerlingen met een lichamelijke beperking in overleg met de gemeente."],
             ["Samenwerking", "Een schoolmaatschappelijk werker en een jeugdarts die aansluiten bij het zorgadviesteam; een vaste contactpersoon bij leerplicht."]],
            caption="Tabel 2. Basisondersteuning in Heuvelland-Zuid")
    d.p("Het samenwerkingsverband controleert de basisondersteuning met een tweejaarlijkse audit. Twee "
        "auditoren (een ondersteuningscoordinator van een andere school en een medewerker van het bureau) "
        "bezoeken de school en toetsen de afspraken. Waar een school niet voldoet, maakt het bestuur binnen "
        "drie maanden een verbeterplan; na een jaar volgt een nieuwe audit.")

    d.h(2, "6 Extra ondersteuning en voorzieningen")
    d.p("Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning "
        "inzetten. Welke arrangementen en voorzieningen er in de regio zijn, welke scholen wat bieden en "
        "hoe je er terechtkomt, staat in de sociale kaart op www.vo-heuvellandzuid.nl. De sociale kaart "
        "wordt door het bureau actueel gehouden.")

    d.h(2, "7 Toewijzing en toelaatbaarheid vso, lwoo en pro")
    d.p("Voor de toelaatbaarheid tot het vso en het praktijkonderwijs en voor de aanwijzing voor "
        "leerwegondersteunend onderwijs zijn de werkwijze, de criteria en de termijnen beschreven in het "
        "Handboek Toewijzing 2025, dat het algemeen bestuur afzonderlijk vaststelt. Het handboek is te "
        "vinden op de website.")

    d.h(2, "8 Ouders en leerlingen")
    d.p("Dit hoofdstuk wordt aangevuld zodra het nieuwe ouder- en jeugdsteunpunt is ingericht en de "
        "afspraken daarover met de ondersteuningsplanraad zijn besproken (volgt).")

    d.h(2, "9 Thuiszitters en passende plekken")
    d.p("Iedere jongere heeft recht op onderwijs. In Heuvelland-Zuid waren er op 1 oktober 2024 "
        "negentien jongeren die langer dan vier weken thuiszaten, en 31 jongeren met een vrijstelling. "
        "Dat vinden we te veel. De aanpak bestaat uit drie onderdelen.",
        "Ten eerste signaleren scholen verzuim vroeg. Iedere school meldt een leerling die twee weken "
        "niet of nauwelijks op school is bij het Meldpunt Passende Plek van het samenwerkingsverband. "
        "Ten tweede bespreekt het Thuiszittersoverleg, met leerplicht, jeugdhulp, de betrokken school en "
        "een trajectbegeleider van het samenwerkingsverband, elke twee weken alle gemelde jongeren. Binnen "
        "tien schooldagen na melding is er een plan met een eigenaar, een startdatum en afspraken over "
        "onderwijs. Ten derde heeft de directeur-bestuurder doorzettingsmacht: als partijen het niet eens "
        "worden, wijst zij binnen vijf werkdagen een school of voorziening aan die de jongere tijdelijk "
        "opvangt.",
        "Daarnaast maken we elk voorjaar een analyse van de witte vlekken in de regio: groepen jongeren voor "
        "wie geen passend aanbod bestaat of voor wie de wachttijd langer is dan zes weken. Uit de analyse "
        "van 2024 bleek dat er geen aanbod was voor jongeren die vanwege angst- of stemmingsproblemen niet "
        "naar een grote school kunnen. Daarom start in augustus 2025 de pilot 'Tussenstation', een kleine "
        "leeromgeving voor twaalf leerlingen in Valkendaal, samen met de GGZ. De resultaten worden in het "
        "voorjaar van 2027 beoordeeld, waarna het algemeen bestuur besluit over voortzetting.",
        "Bijzondere aandacht gaat naar jongeren met een vrijstelling van de leerplicht. Samen met de "
        "leerplichtambtenaren en de GGD-artsen kijken we bij iedere nieuwe vrijstelling of er toch een vorm "
        "van onderwijs mogelijk is, eventueel in combinatie met dagbesteding of behandeling. Bestaande "
        "vrijstellingen worden jaarlijks opnieuw bekeken. Daarnaast maken we met de gemeenten afspraken over "
        "onderwijs tijdens een opname in een jeugdhulpinstelling, zodat jongeren na de opname kunnen "
        "aansluiten op hun eigen school of een andere school in de regio.")

    d.h(2, "10 Van vso terug naar het vo")
    d.p("Voor elke leerling met een TLV vso bespreekt de vso-school in het laatste schooljaar van de TLV, "
        "uiterlijk in de OPP-evaluatie van januari, of de leerling kan overstappen naar het regulier vo. "
        "Aan dit gesprek neemt een consulent van het samenwerkingsverband deel. De vso-school legt de "
        "uitkomst voor 1 maart vast in het OPP. Bij een positief advies neemt de consulent contact op met "
        "een vo-school en vindt uiterlijk 1 juni een overdrachtsgesprek plaats tussen de vso-school en de "
        "ontvangende school; de TLV loopt af op 31 juli en de leerling start na de zomervakantie op de "
        "nieuwe school. Bij een negatief advies start de vso-school de verlenging volgens het Handboek "
        "Toewijzing. Het besluit over de overstap neemt de directeur van de ontvangende vo-school, na "
        "advies van de consulent.")

    d.h(1, "Deel C  Sturing")
    d.h(2, "11 Kwaliteit en resultaten")
    d.p("We willen laten zien wat passend onderwijs in Heuvelland-Zuid oplevert. Bij de vier ambities "
        "horen de volgende beoogde resultaten voor jongeren met een ondersteuningsbehoefte.")
    d.table([["Ambitie", "Indicator", "2024", "Doel 2027", "Doel 2029"],
             ["Sterke basis", "Vestigingen met positieve audit", "8 van 13", "11 van 13", "13 van 13"],
             ["Geen thuiszitters", "Jongeren > 4 weken thuis", "19", "10", "5"],
             ["Diploma", "Leerlingen met lwoo die een diploma halen binnen de nominale tijd + 1 jaar", "81%", "84%", "87%"],
             ["Minder vso", "Deelnamepercentage vso", "3,6%", "3,4%", "3,2%"],
             ["Tevredenheid", "Tevredenheid scholen over het SWV (1-10)", "6,9", "7,3", "7,5"]],
            caption="Tabel 3. Beoogde resultaten")
    d.p("Het bureau verzamelt de gegevens drie keer per jaar: op 1 oktober (DUO-telling en thuiszitters), "
        "1 februari (audits en verzuim) en 1 juni (diplomaresultaten en tevredenheid). De directeur-"
        "bestuurder rapporteert in een kwartaalrapportage aan het algemeen bestuur en jaarlijks in het "
        "jaarverslag over de bereikte resultaten en de kosten per ambitie. In het voorjaar van 2027 volgt "
        "een tussenevaluatie met alle scholen en de OPR, waarna de doelen zo nodig worden bijgesteld. De "
        "kwaliteitszorg volgt de PDCA-cyclus: het jaarplan (plan), de uitvoering op de scholen (do), de "
        "rapportages (check) en de bijstelling in het volgende jaarplan (act).")

    d.h(2, "12 Financien")
    d.h(3, "12.1 Verdeling")
    d.p("Het samenwerkingsverband ontvangt jaarlijks circa € 11,4 miljoen voor lichte en zware "
        "ondersteuning, inclusief de middelen voor lwoo en pro. De verdeling gebeurt in drie stappen. "
        "Eerst worden de verplichte afdrachten voor vso, lwoo en pro via DUO verrekend. Vervolgens gaat "
        "een vast budget naar de gezamenlijke taken: het bureau, het Meldpunt Passende Plek, de trajectbegeleiding "
        "en de pilot Tussenstation. Het restant wordt verdeeld over de schoolbesturen: 70 procent naar rato "
        "van het aantal leerlingen op 1 oktober, 30 procent naar rato van het aantal leerlingen met een "
        "ondersteuningsbehoefte volgens de jaarlijkse telling van het samenwerkingsverband. Het algemeen "
        "bestuur stelt de verdeling in november vast.")
    d.h(3, "12.2 Meerjarenbegroting")
    d.table([["x € 1.000", "2025", "2026", "2027", "2028"],
             ["Rijksbijdrage lichte en zware ondersteuning", "11.420", "11.150", "10.890", "10.640"],
             ["Afdrachten vso, lwoo, pro (DUO)", "7.310", "7.150", "7.000", "6.860"],
             ["Bureau en gezamenlijke taken", "1.180", "1.190", "1.200", "1.210"],
             ["Pilot Tussenstation", "320", "330", "330", "0"],
             ["Toekenning schoolbesturen", "2.860", "2.760", "2.620", "2.570"],
             ["Saldo", "-250", "-280", "-260", "0"]],
            caption="Tabel 4. Meerjarenbegroting")
    d.p("Het negatieve saldo in de eerste drie jaar wordt gedekt uit de algemene reserve, die op 31 december "
        "2024 € 2,3 miljoen bedroeg. Na afbouw blijft een reserve van ongeveer € 1,5 miljoen over, "
        "voldoende om de risico's uit de risicoparagraaf op te vangen.")

    d.h(3, "12.3 Risico's")
    d.p("De belangrijkste financiele risico's zijn een sterkere daling van het aantal leerlingen dan "
        "verwacht, een stijging van het aantal leerlingen in het vso (waardoor de afdrachten toenemen) en "
        "de onzekerheid over de landelijke bekostiging na de invoering van de landelijke norm voor "
        "basisondersteuning. Het algemeen bestuur bespreekt de risicoparagraaf twee keer per jaar. De "
        "controller stelt jaarlijks de omvang van het benodigde weerstandsvermogen vast op basis van een "
        "risicoanalyse; in 2024 was dat € 1,2 miljoen.")

    d.h(2, "13 Governance")
    d.p("Het samenwerkingsverband is een vereniging met een algemene ledenvergadering en een algemeen "
        "bestuur. De zes schoolbesturen zijn lid. Het algemeen bestuur bestaat uit de bestuurders van de "
        "schoolbesturen en houdt toezicht op de directeur-bestuurder, aan wie de bestuurlijke taken zijn "
        "gemandateerd. Een onafhankelijk voorzitter leidt de vergaderingen. De auditcommissie adviseert "
        "over begroting, jaarrekening en risicomanagement.",
        "De directeur-bestuurder legt verantwoording af over de uitvoering van het ondersteuningsplan aan "
        "het algemeen bestuur. Het overleg van ondersteuningscoordinatoren en het rectorenoverleg adviseren "
        "over de uitvoering. De ondersteuningsplanraad heeft op 8 april 2025 met dit plan ingestemd.",
        "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten schoolbesturen "
        "en het samenwerkingsverband. Het algemeen bestuur werkt volgens de Code Goed Onderwijsbestuur VO en "
        "evalueert jaarlijks zijn eigen functioneren onder begeleiding van een externe deskundige. De "
        "accountant controleert de jaarrekening en brengt jaarlijks een managementletter uit, die in de "
        "auditcommissie wordt besproken. Het samenwerkingsverband publiceert het jaarverslag, de begroting "
        "en de verslagen van het algemeen bestuur op de website. De beloning van de directeur-bestuurder "
        "blijft binnen de grenzen van de Wet normering topinkomens.")
    d.h(2, "14 Personeel")
    d.p("Het bureau heeft 8,8 fte: de directeur-bestuurder, een beleidsadviseur, een controller (0,4 fte), "
        "drie consulenten, twee trajectbegeleiders en een secretariaat. Door de krimp en het lerarentekort "
        "is het moeilijk om vacatures te vervullen. Het samenwerkingsverband investeert daarom in "
        "opleiding: iedere ondersteuningscoordinator volgt in de planperiode de post-hbo-opleiding "
        "passend onderwijs, en docenten kunnen deelnemen aan een leergang over gedrag in de klas. We "
        "werken samen met de lerarenopleiding in de regio aan een minor passend onderwijs.",
        "Voor de medewerkers van het bureau zelf geldt een professionaliseringsbudget per fte. Consulenten "
        "en trajectbegeleiders nemen deel aan intervisie en volgen jaarlijks een training, bijvoorbeeld in "
        "oplossingsgericht werken of het voeren van moeilijke gesprekken. Het verzuim op het bureau was in "
        "2024 laag (3,1 procent). Bij vacatures kijken we nadrukkelijk ook naar kandidaten uit de scholen, "
        "zodat kennis van de praktijk in het bureau aanwezig blijft.",
        "Het samenwerkingsverband heeft geen eigen medezeggenschapsraad omdat het minder dan tien "
        "medewerkers in dienst heeft; de personeelsvertegenwoordiging wordt gevormd door twee medewerkers.")
    d.h(3, "14.1 Kennisdeling")
    d.p("Kennis delen is een van de sterkste instrumenten die een samenwerkingsverband heeft. Daarom "
        "organiseren we vier keer per jaar een netwerkbijeenkomst voor ondersteuningscoordinatoren, "
        "twee keer per jaar een bijeenkomst voor mentoren en een jaarlijkse regiodag voor alle docenten. "
        "Op de regiodag van 2024 stonden executieve functies en angst bij jongeren centraal. Scholen die "
        "iets goeds hebben ontwikkeld, stellen dat via het kennisplatform beschikbaar voor andere scholen.")
    d.h(3, "14.2 ICT en privacy")
    d.p("Het samenwerkingsverband werkt met een digitaal dossier waarin scholen meldingen doen en "
        "aanvragen indienen. Het systeem voldoet aan de eisen van de AVG. Medewerkers hebben alleen "
        "toegang tot de dossiers die zij voor hun werk nodig hebben. Gegevens worden bewaard tot drie jaar "
        "na het laatste besluit. Het samenwerkingsverband heeft een privacyreglement en een functionaris "
        "gegevensbescherming, die wordt gedeeld met het samenwerkingsverband primair onderwijs in de regio.",
        "In 2026 onderzoeken we of het digitale dossier kan worden gekoppeld aan de systemen van de "
        "scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd.")
    d.h(3, "14.3 Communicatie met scholen en partners")
    d.p("Het bureau informeert scholen en partners via een nieuwsbrief die zes keer per jaar verschijnt, "
        "via het kennisplatform en via de jaarlijkse regiodag. Rectoren en bestuurders ontvangen elk "
        "kwartaal een rapportage. Gemeenten worden via de ambtelijke werkgroep op de hoogte gehouden van "
        "ontwikkelingen in het samenwerkingsverband.")

    d.h(2, "15 Samenwerking met gemeenten (OOGO)")
    d.p("Het ontwerp van dit plan is op 20 maart 2025 besproken in het OOGO met de vier gemeenten. De "
        "gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda met vier thema's: een "
        "sluitende aanpak van thuiszitters, jeugdhulp op school, de overgang naar mbo en werk, en "
        "leerlingenvervoer. Op iedere school werkt een schoolmaatschappelijk werker namens de gemeente. "
        "Voor de pilot Tussenstation betalen de gemeenten de inzet van de GGZ; het samenwerkingsverband "
        "betaalt het onderwijsdeel.",
        "De overgang naar het mbo en naar werk krijgt in de planperiode extra aandacht. Samen met het roc "
        "in de regio en de gemeenten organiseren we een doorlopende begeleiding voor jongeren die een "
        "ondersteuningsbehoefte hebben en naar het mbo gaan: hun mentor blijft tot de herfstvakantie van "
        "het eerste mbo-jaar aanspreekbaar. Voor jongeren uit het praktijkonderwijs en het vso die naar werk "
        "uitstromen, werkt het samenwerkingsverband samen met het werkbedrijf van de gemeenten. Jongeren "
        "die zonder startkwalificatie de school verlaten, worden na een jaar nog eens benaderd door het "
        "regionaal meld- en coordinatiepunt.",
        "Leerlingenvervoer en huisvesting zijn gemeentelijke taken. Door de sluiting van twee vestigingen "
        "in 2026 nemen de reisafstanden toe. In het OOGO is afgesproken dat gemeenten bij de herziening van "
        "hun verordening leerlingenvervoer rekening houden met jongeren die door hun beperking niet "
        "zelfstandig kunnen reizen. Over de huisvesting van de pilot Tussenstation is met de gemeente "
        "Valkendaal een huurovereenkomst voor drie jaar gesloten.")
    d.h(2, "16 Planning")
    d.table([["Schooljaar", "Acties"],
             ["2025-2026", "Start pilot Tussenstation; eerste auditronde nieuwe stijl; vernieuwing sociale kaart"],
             ["2026-2027", "Tussenevaluatie; besluit voortzetting Tussenstation; tweede auditronde"],
             ["2027-2028", "Bijstelling doelen; verdere afbouw reserve"],
             ["2028-2029", "Eindevaluatie en nieuw ondersteuningsplan"]],
            caption="Tabel 5. Planning")
    d.p("Ieder jaar wordt de planning uitgewerkt in een jaarplan dat het algemeen bestuur in juni "
        "vaststelt, samen met de begroting voor het volgende kalenderjaar in november. Het jaarplan "
        "bevat per ambitie de activiteiten, de verantwoordelijke en de planning. Tussentijdse wijzigingen "
        "van het ondersteuningsplan worden aan de ondersteuningsplanraad voorgelegd. Het "
        "samenwerkingsverband stuurt het nieuwe ondersteuningsplan 2029-2033 voor 1 mei 2029 naar de "
        "Inspectie van het Onderwijs.")

    d.h(1, "Bijlage  Lijst van afkortingen")
    d.ul(["DUO: Dienst Uitvoering Onderwijs", "GGZ: geestelijke gezondheidszorg",
          "lwoo: leerwegondersteunend onderwijs", "OJSP: ouder- en jeugdsteunpunt, het onafhankelijke "
          "steunpunt waar ouders en jongeren terecht kunnen met vragen en zorgen",
          "OOGO: op overeenstemming gericht overleg", "OPP: ontwikkelingsperspectiefplan",
          "OPR: ondersteuningsplanraad", "pro: praktijkonderwijs",
          "TLV: toelaatbaarheidsverklaring; wordt afgegeven door de Commissie Toewijzing",
          "vso: voortgezet speciaal onderwijs"])
    return d


# --------------------------------------------------------------------------------------
# Plan 5 - PO De Waarden (.html, web version)
# --------------------------------------------------------------------------------------
def build_p5() -> Doc:
    d = Doc("Ondersteuningsplan 2025-2029 (online versie)",
            "Samenwerkingsverband Passend Primair Onderwijs De Waarden - PO 27-02",
            header="SWV De Waarden | Home | Over ons | Ouders | Scholen | Nieuws | Contact | Zoeken",
            footer="© 2025 Samenwerkingsverband De Waarden | Dijkstraat 4, Waardendam | Privacyverklaring | "
                   "Cookiebeleid | Toegankelijkheid | Deze pagina is voor het laatst bijgewerkt op 3 juni 2025")
    d.front = ["U bent hier: Home > Over ons > Ondersteuningsplan",
               "Dit is de online versie van het ondersteuningsplan. De PDF-versie kunt u downloaden onderaan deze pagina."]
    d.toc(["1. Voorwoord", "2. Over De Waarden", "3. Onze koers", "4. Ondersteuning op school en in de regio",
           "   4.1 Basisondersteuning", "   4.2 Arrangementen en dekkend aanbod",
           "5. Toelaatbaarheid sbo en so", "6. Terug naar de basisschool", "7. Financien",
           "8. Kwaliteit en resultaten", "9. Ouders", "10. Organisatie", "11. Personeel en professionalisering",
           "12. Privacy", "13. Begrippenlijst", "Downloads"], title="Op deze pagina")

    d.h(1, "1. Voorwoord")
    d.p("Welkom op de pagina van het ondersteuningsplan 2025-2029 van Samenwerkingsverband De Waarden. We "
        "hebben ervoor gekozen het plan niet alleen als document, maar ook als webpagina te publiceren. Zo "
        "kunnen ouders, leerkrachten en partners snel vinden wat zij zoeken, en kunnen we onderdelen "
        "actueel houden.",
        "De Waarden is een samenwerkingsverband in beweging. In 2024 zijn we gestart met een grondige "
        "herijking van de manier waarop we ondersteuning organiseren. Die herijking is nog niet afgerond. "
        "Daarom zijn sommige onderdelen van dit plan nog in bewerking; we vullen ze aan zodra het algemeen "
        "bestuur de besluiten heeft genomen en de ondersteuningsplanraad heeft ingestemd. Op deze manier "
        "blijft het plan een levend document.",
        "We bedanken de scholen, de ouders in de ondersteuningsplanraad en onze partners voor hun bijdrage. "
        "Heeft u vragen over deze pagina? Neem dan contact op met het bureau.",
        "Tien jaar na de invoering van passend onderwijs is er veel bereikt, maar ook veel geleerd. De "
        "landelijke evaluatie liet zien dat passend onderwijs nog niet voor alle kinderen werkt. Dat geldt "
        "ook voor onze regio. Met dit plan en met de herijking willen we de volgende stap zetten.",
        "Ilse Verbruggen, directeur-bestuurder")

    d.h(1, "2. Over De Waarden")
    d.p("Samenwerkingsverband De Waarden omvat de gemeenten Waardendam, Lekkerzijl en Krimpenhoek. Negen "
        "schoolbesturen zijn aangesloten, met samen 48 basisscholen, twee scholen voor speciaal "
        "basisonderwijs (De Wilg en Het Kompas) en een school voor speciaal onderwijs met een afdeling "
        "cluster 3 en een afdeling cluster 4 (De Meander). In totaal gaan er in onze regio ongeveer 9.600 "
        "kinderen naar de basisschool.",
        "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. "
        "Het bureau is gevestigd in Waardendam en telt twaalf medewerkers.",
        "De regio is divers. Waardendam is een stad met ruim 60.000 inwoners, een oude binnenstad en "
        "enkele naoorlogse wijken waar veel gezinnen met lage inkomens wonen. Lekkerzijl en Krimpenhoek zijn "
        "plattelandsgemeenten met kleine kernen langs de rivier. In sommige dorpen heeft de basisschool "
        "minder dan zestig leerlingen. De verschillen tussen de scholen zijn daardoor groot: van grote "
        "stadsscholen met veel nieuwkomers tot kleine dorpsscholen met combinatiegroepen. Het aantal "
        "leerlingen daalt licht; volgens de prognose gaan er in 2029 ongeveer 9.200 kinderen naar de "
        "basisscholen in de regio.")
    d.table([["Schoolbestuur", "Aantal scholen"],
             ["Stichting Openbaar Onderwijs De Waarden", "13"],
             ["Stichting Katholiek Primair Onderwijs Lek", "11"],
             ["Vereniging Christelijk Onderwijs Krimpenhoek", "9"],
             ["Stichting Dalton en Jenaplan", "5"],
             ["Overige besturen (5)", "10 + sbo/so"]],
            caption="Aangesloten besturen")

    d.h(2, "2.1 De herijking")
    d.p("Waarom een herijking? Na tien jaar passend onderwijs zagen we dat het systeem in De Waarden "
        "ingewikkeld was geworden. Scholen vulden veel formulieren in, de verschillen tussen besturen waren "
        "groot en het was voor buitenstaanders lastig te begrijpen hoe het werkte. Tegelijk kondigde de "
        "landelijke overheid een norm voor basisondersteuning aan en een wet die de positie van ouders en "
        "leerlingen versterkt. Dat was voor het algemeen bestuur aanleiding om in 2024 een herijking te "
        "starten.",
        "De herijking wordt begeleid door een externe adviseur en vindt plaats in werkgroepen met intern "
        "begeleiders, directeuren, bestuurders en ouders uit de ondersteuningsplanraad. Er zijn vier "
        "werkgroepen: basisondersteuning, ondersteuningsmodel, bekostiging en kwaliteit. De werkgroepen "
        "brengen hun advies uit in het najaar van 2025. Het algemeen bestuur neemt daarna besluiten, waarna "
        "de ondersteuningsplanraad om instemming wordt gevraagd voor de aanpassing van dit plan.",
        "Tijdens de herijking gaat het werk op de scholen gewoon door. Lopende afspraken blijven gelden "
        "totdat nieuwe afspraken zijn vastgesteld.")

    d.h(1, "3. Onze koers")
    d.p("Ieder kind telt. Dat is de kern van onze koers. Wij willen dat kinderen in De Waarden naar een "
        "school gaan waar ze zich thuis voelen en waar ze zich kunnen ontwikkelen, het liefst samen met "
        "kinderen uit hun eigen buurt. We geloven in de kracht van de leerkracht, in samenwerking met "
        "ouders en in het vertrouwen dat scholen zelf het best weten wat hun leerlingen nodig hebben.",
        "In de komende planperiode richten we ons op drie thema's: eenvoud (minder regels en "
        "formulieren), nabijheid (ondersteuning in de klas in plaats van erbuiten) en samenhang (onderwijs "
        "en zorg sluiten op elkaar aan). Hoe deze thema's worden vertaald in concrete doelen, leest u in "
        "hoofdstuk 8.",
        "Eenvoud betekent dat we kritisch kijken naar elke regel en elk formulier: is het nodig, en zo ja, "
        "kan het eenvoudiger? Nabijheid betekent dat deskundigheid naar de klas komt, en niet het kind naar "
        "de deskundigheid. Samenhang betekent dat we de samenwerking zoeken met iedereen die betrokken is "
        "bij het kind: ouders, school, huisarts en kinderopvang. Deze drie thema's zijn leidend "
        "bij de herijking en komen terug in alle onderdelen van dit plan.",
        "Onze kernwaarden zijn vertrouwen, openheid en lef. Vertrouwen in de professional, openheid over "
        "wat goed gaat en wat niet, en lef om nieuwe wegen in te slaan als de oude niet meer werken.")

    d.h(1, "4. Ondersteuning op school en in de regio")
    d.h(2, "4.1 Basisondersteuning")
    d.p("Dit onderdeel is in bewerking. De schoolbesturen werken in schooljaar 2025-2026 nieuwe afspraken "
        "over de basisondersteuning uit, in afwachting van de landelijke norm. Zodra het algemeen bestuur "
        "de afspraken heeft vastgesteld, plaatsen we ze hier.")
    d.h(2, "4.2 Arrangementen en dekkend aanbod")
    d.p("Dit onderdeel is in bewerking. Het overzicht van arrangementen en voorzieningen wordt na de "
        "herijking van het ondersteuningsmodel vernieuwd en op deze pagina gepubliceerd.")

    d.h(1, "5. Toelaatbaarheid sbo en so")
    d.p("Sommige kinderen hebben meer ondersteuning nodig dan een basisschool kan bieden. Voor hen is er "
        "het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). Om daar naartoe te gaan, is een "
        "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Hoe u als school een TLV "
        "aanvraagt, welke termijnen gelden en wie de aanvraag beoordeelt, staat in het stroomschema TLV "
        "(zie Downloads).")
    d.h(2, "5.1 Wanneer is een kind toelaatbaar?")
    d.p("Het samenwerkingsverband hanteert de volgende criteria. Een kind is toelaatbaar tot het sbo als:")
    d.ul(["de basisschool gedurende ten minste twee cycli van handelingsgericht werken, samen met een "
          "consulent van het samenwerkingsverband, een passend aanbod heeft geboden en geevalueerd;",
          "uit het OPP blijkt dat het kind op twee of meer gebieden (leren, gedrag, werkhouding, "
          "sociaal-emotionele ontwikkeling) structureel meer nodig heeft dan de basisschool kan organiseren, "
          "ook met extra ondersteuning;",
          "het kind naar verwachting in een kleinere groep met een gespecialiseerde leerkracht tot een "
          "betere ontwikkeling komt; en",
          "het ontwikkelingsperspectief van het kind past bij het uitstroomprofiel van het sbo."])
    d.p("Een kind is toelaatbaar tot het so als het, naast het voorgaande, is aangewezen op intensieve "
        "ondersteuning en zorg die ook het sbo niet kan bieden. Voor cluster 3 gaat het om kinderen met een "
        "verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte die de "
        "onderwijsbehoefte in hoge mate bepaalt. Voor cluster 4 gaat het om kinderen met ernstige gedrags- "
        "of psychiatrische problematiek, waarbij ook met inzet van jeugdhulp onderwijs in een reguliere "
        "setting niet mogelijk is. De TLV so vermeldt de bekostigingscategorie: laag (de meeste kinderen in "
        "cluster 4 en een deel van cluster 3), midden (kinderen met een lichamelijke beperking of "
        "langdurige ziekte) of hoog (kinderen met een meervoudige beperking). Een TLV sbo wordt afgegeven "
        "tot het einde van het schooljaar waarin het kind 12 jaar wordt; een TLV so voor twee schooljaren.")

    d.h(1, "6. Terug naar de basisschool")
    d.p("Het sbo en het so zijn voor veel kinderen een goede plek. Maar we willen niet dat een plaatsing "
        "vanzelfsprekend blijft als het kind zich zo heeft ontwikkeld dat een basisschool weer passend is. "
        "Ons beleid is dan ook dat voor ieder kind in het sbo en so actief wordt bekeken of terugkeer naar "
        "een basisschool mogelijk is, bij voorkeur naar een school in de eigen woonplaats. Terugkeer is "
        "mogelijk als het kind de afgelopen periode stabiel heeft gefunctioneerd, de doelen uit het OPP "
        "grotendeels zijn behaald en een basisschool bereid en in staat is het kind de benodigde "
        "ondersteuning te bieden.")
    d.h(2, "6.1 Zo gaat het in de praktijk")
    d.ol(["Jaarlijks, bij de OPP-bespreking in het najaar, bespreekt de sbo- of so-school met ouders of "
          "terugkeer naar een basisschool in beeld komt.",
          "In het laatste jaar van de TLV evalueert de sbo- of so-school uiterlijk 1 maart met ouders en een "
          "consulent van het samenwerkingsverband of terugplaatsing, verlenging of een andere vorm van "
          "onderwijs het best past.",
          "Kiest men voor terugplaatsing, dan zoekt de consulent met ouders een basisschool en regelt een "
          "kennismaking. De ontvangende school neemt binnen zes weken een besluit over de inschrijving.",
          "De TLV eindigt op 31 juli. Is verlenging nodig, dan start de sbo- of so-school tijdig de "
          "verlenging volgens het stroomschema TLV.",
          "Na terugkeer volgt een evaluatie na drie en na zes maanden met ouders, de ontvangende school en "
          "de consulent."])
    d.h(2, "6.2 Ondersteuning na terugkeer")
    d.p("Een kind dat terugkeert, krijgt een terugplaatsingsarrangement. Gedurende maximaal een schooljaar "
        "kan de ontvangende school een beroep doen op een leerkracht of ambulant begeleider van de sbo- of "
        "so-school, die het kind en de leerkracht begeleidt. Het samenwerkingsverband betaalt dit "
        "arrangement. In schooljaar 2023-2024 keerden 14 kinderen vanuit het sbo en 3 kinderen vanuit het so "
        "terug naar een basisschool; in 2022-2023 waren dat er 9 en 2.")

    d.h(1, "7. Financien")
    d.h(2, "7.1 Verdeling van de middelen")
    d.p("Als onderdeel van de herijking wordt ook het verdeelmodel herzien. Het nieuwe verdeelmodel volgt "
        "na besluitvorming in het algemeen bestuur in december 2025. Tot die tijd blijft de bestaande "
        "praktijk van kracht.")
    d.h(2, "7.2 Meerjarenbegroting")
    d.p("Hieronder staat de meerjarenbegroting zoals die in december 2024 is vastgesteld. De bedragen zijn "
        "in duizenden euro's.")
    d.table([["Post", "2025", "2026", "2027", "2028"],
             ["Baten: ondersteuningsbekostiging Rijk", "8.940", "8.820", "8.700", "8.610"],
             ["Baten: overige (subsidies, detachering)", "210", "150", "150", "150"],
             ["Lasten: afdrachten sbo en so (DUO)", "4.620", "4.580", "4.540", "4.500"],
             ["Lasten: ondersteuningsmiddelen schoolbesturen", "2.580", "2.540", "2.500", "2.480"],
             ["Lasten: arrangementen en terugplaatsingsarrangementen", "1.050", "1.020", "990", "980"],
             ["Lasten: personeel bureau en consulenten", "1.010", "1.030", "1.050", "1.070"],
             ["Lasten: huisvesting, ICT en overig", "240", "240", "245", "250"],
             ["Saldo", "-350", "-440", "-475", "-520"]],
            caption="Meerjarenbegroting 2025-2028 (x € 1.000)")
    d.p("De tekorten worden gedekt uit de reserves. Volgens de landelijke signaleringswaarde had De Waarden "
        "per 1 januari 2024 een bovenmatige reserve van € 1,6 miljoen. Met deze begroting brengen we de "
        "reserve tot 2028 terug naar een verantwoord niveau.")

    d.h(1, "8. Kwaliteit en resultaten")
    d.h(2, "8.1 Zo volgen we de resultaten")
    d.p("Het samenwerkingsverband volgt de ontwikkelingen systematisch. Twee keer per jaar, op de "
        "peildata 1 oktober en 1 maart, verzamelt het bureau gegevens over het aantal leerlingen in sbo en "
        "so, het aantal aangevraagde en toegekende TLV's en arrangementen, de doorlooptijd van aanvragen, "
        "het aantal terugplaatsingen en de inzet van de consulenten. Deze gegevens worden in een "
        "kwaliteitsdashboard per bestuur en per school gepresenteerd en besproken in het bestuurdersoverleg. "
        "Ieder voorjaar houden we een korte peiling onder intern begeleiders en ouders over hun ervaringen "
        "met het samenwerkingsverband. In het jaarverslag, dat voor 1 juli verschijnt, rapporteren we over "
        "de bereikte resultaten en de inzet van de middelen.")
    d.table([["Gegeven", "2021-2022", "2022-2023", "2023-2024"],
             ["Deelname sbo (peildatum 1 oktober)", "2,8%", "2,7%", "2,5%"],
             ["Deelname so", "1,6%", "1,7%", "1,7%"],
             ["Aantal afgegeven TLV's", "112", "104", "97"],
             ["Gemiddelde doorlooptijd TLV-aanvraag", "7,5 weken", "6,8 weken", "6,1 weken"],
             ["Terugplaatsingen sbo/so naar basisonderwijs", "8", "11", "17"],
             ["Waardering intern begeleiders (1-10)", "6,8", "7,2", "7,4"]],
            caption="Bereikte resultaten vorige planperiode")
    d.h(2, "8.2 Doelen 2025-2029")
    d.p("De beoogde resultaten voor de nieuwe planperiode stellen we vast na de evaluatie van de herijking "
        "in het voorjaar van 2026. Ze worden dan met de streefwaarden aan deze pagina toegevoegd.")

    d.h(1, "9. Ouders")
    d.p("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij "
        "goed geinformeerd zijn en weten waar ze terechtkunnen. Het samenwerkingsverband informeert ouders "
        "op verschillende manieren:")
    d.ul(["op deze website, met een aparte rubriek 'Voor ouders' met uitleg over de route naar extra "
          "ondersteuning, het sbo en so en de TLV, en met antwoorden op veelgestelde vragen;",
          "via de schoolgids van iedere school, waarin de school beschrijft welke ondersteuning zij biedt "
          "en hoe ouders daarbij betrokken worden;",
          "met de ouderfolder 'Passend onderwijs in De Waarden', die scholen meegeven bij de aanmelding en "
          "die ook in het Engels, Pools en Arabisch beschikbaar is;",
          "tijdens de jaarlijkse informatieavond voor ouders in oktober, in elke gemeente;",
          "via de contactpersoon ouders van het bureau, die op werkdagen telefonisch bereikbaar is."])
    d.p("Ouders worden altijd uitgenodigd voor de bespreking van hun kind in het ondersteuningsteam en "
        "denken mee over het OPP. In de ondersteuningsplanraad zijn vier van de acht zetels voor ouders.",
        "Soms hebben ouders behoefte aan iemand die naast hen staat. Voor onafhankelijke ondersteuning "
        "verwijzen we naar de pagina 'Hulp voor ouders' op deze website.")

    d.h(1, "10. Organisatie")
    d.p("De Waarden is een stichting. De directeur-bestuurder is het bevoegd gezag en wordt gecontroleerd "
        "door een raad van toezicht van vijf leden. De negen schoolbesturen vormen samen het algemeen "
        "bestuur, dat onder meer het ondersteuningsplan en de begroting vaststelt. In het "
        "bestuurdersoverleg bespreken de bestuurders eens per zes weken de voortgang.",
        "Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg met de gemeenten "
        "Waardendam, Lekkerzijl en Krimpenhoek op 10 maart 2025. Er is ook overleg gevoerd met het "
        "samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad heeft op 25 maart 2025 met "
        "het plan ingestemd. Het plan is op 14 april 2025 naar de Inspectie van het Onderwijs gestuurd.",
        "De raad van toezicht werkt met een auditcommissie en een remuneratiecommissie. De raad van "
        "toezicht keurt de begroting en het jaarverslag goed, benoemt de accountant en is werkgever van de "
        "directeur-bestuurder. De leden worden benoemd op basis van een openbaar profiel; twee leden "
        "hebben een achtergrond in het onderwijs, een in de financien, een in de jeugdzorg en een in het "
        "openbaar bestuur.")

    d.h(2, "10.1 Medezeggenschap")
    d.p("De ondersteuningsplanraad (OPR) bestaat uit acht leden, afgevaardigd door de "
        "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op "
        "wijzigingen daarvan, en vergadert zes keer per jaar. Het bureau ondersteunt de OPR met een "
        "ambtelijk secretaris. De OPR ontvangt jaarlijks een training en kan zich laten adviseren door een "
        "externe deskundige op kosten van het samenwerkingsverband. De vergaderingen zijn openbaar; de "
        "vergaderdata staan op de website.",
        "Het bureau heeft een eigen personeelsvertegenwoordiging. Over zaken die het personeel van het "
        "bureau aangaan, zoals het formatieplan en de werkverdeling, wordt met de "
        "personeelsvertegenwoordiging overlegd.")

    d.h(1, "11. Personeel en professionalisering")
    d.p("Het bureau van De Waarden heeft twaalf medewerkers: de directeur-bestuurder, een "
        "beleidsmedewerker, een controller, vijf consulenten, twee orthopedagogen, een secretaresse en een "
        "contactpersoon ouders. De consulenten zijn elk gekoppeld aan een vaste groep scholen en komen daar "
        "minstens zes keer per jaar.",
        "We investeren in de kwaliteit van leerkrachten en intern begeleiders. Ieder jaar is er een "
        "scholingsaanbod over onderwerpen die scholen zelf aandragen; in 2024-2025 waren dat gedrag, "
        "taalontwikkeling en executieve functies. Intern begeleiders komen vier keer per jaar bij elkaar in "
        "een regionaal netwerk. Nieuwe leerkrachten kunnen deelnemen aan een startersprogramma over "
        "omgaan met verschillen.",
        "Net als elders in het land is het lastig om voldoende leerkrachten te vinden, vooral voor de "
        "speciale scholen. De schoolbesturen werken samen in een regionale aanpak van het lerarentekort, "
        "met onder meer een gezamenlijke vacaturebank en een traject voor zij-instromers. Het "
        "samenwerkingsverband draagt daaraan bij met een module over passend onderwijs in het "
        "zij-instroomtraject. Ook voor het bureau zelf is het soms moeilijk om orthopedagogen te werven; "
        "daarom werken we samen met de universiteit en bieden we stageplaatsen aan.")

    d.h(1, "12. Privacy")
    d.p("Wij gaan zorgvuldig om met de gegevens van kinderen en ouders. Het samenwerkingsverband verwerkt "
        "alleen de gegevens die nodig zijn om een aanvraag te beoordelen of een arrangement toe te kennen. "
        "Gegevens worden uitgewisseld via een beveiligde digitale omgeving en bewaard tot drie jaar na het "
        "laatste besluit. Meer informatie staat in onze privacyverklaring. Vragen over privacy kunt u "
        "stellen aan de functionaris gegevensbescherming.")

    d.h(2, "12.1 ICT")
    d.p("Aanvragen voor TLV's en arrangementen verlopen via het digitale aanvraagsysteem van het "
        "samenwerkingsverband. Scholen hebben daarvoor een eigen account. In 2026 vervangen we het "
        "systeem door een nieuw systeem dat beter aansluit op de leerlingadministratie van de scholen. "
        "Het bureau werkt met een beveiligde cloudomgeving; medewerkers gebruiken tweestapsverificatie.")

    d.h(1, "Veelgestelde vragen")
    d.p("Wat is een TLV? Een toelaatbaarheidsverklaring is een besluit van het samenwerkingsverband dat "
        "een kind kan worden ingeschreven op een school voor sbo of so. Zonder TLV kan een sbo- of so-school "
        "een kind niet inschrijven.",
        "Kan mijn kind na het sbo terug naar de basisschool? Ja, dat kan. In hoofdstuk 6 leest u hoe dat gaat.",
        "Wie regelt het vervoer naar het sbo of so? Het leerlingenvervoer is een taak van de gemeente waar u "
        "woont. U vraagt het vervoer aan bij de gemeente; het samenwerkingsverband heeft daar geen rol in.",
        "Wat doet de ondersteuningsplanraad? De OPR denkt mee over het beleid van het samenwerkingsverband "
        "en moet instemmen met het ondersteuningsplan. Ouders die lid willen worden, kunnen zich melden via "
        "de medezeggenschapsraad van de school van hun kind.",
        "Waar vind ik het jaarverslag? Het jaarverslag staat onder Downloads op deze pagina.")

    d.h(1, "Planning")
    d.table([["Wanneer", "Wat"],
             ["Najaar 2025", "Adviezen werkgroepen herijking; besluit basisondersteuning en verdeelmodel"],
             ["Voorjaar 2026", "Evaluatie herijking; vaststelling doelen 2025-2029; aanpassing ondersteuningsplan"],
             ["2026-2027", "Invoering nieuw ondersteuningsmodel; nieuw aanvraagsysteem"],
             ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]],
            caption="Planning 2025-2029")

    d.h(1, "13. Begrippenlijst")
    d.ul(["Arrangement: extra ondersteuning voor een kind of groep, met een doel, een duur en een budget.",
          "Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband volgens "
          "gezamenlijke afspraken bieden, zoals een intern begeleider, een dyslexieprotocol en een "
          "aanpak voor gedrag.",
          "Dekkend aanbod: het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is.",
          "OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders.",
          "OPP: ontwikkelingsperspectiefplan.",
          "Thuiszitter: een kind dat niet naar school gaat terwijl het leerplichtig is.",
          "TLV: toelaatbaarheidsverklaring.",
          "Verdeelmodel: de manier waarop het samenwerkingsverband de middelen over de besturen verdeelt."])

    d.h(1, "Downloads")
    d.ul(["Ondersteuningsplan 2025-2029 (PDF, 2,1 MB)", "Stroomschema TLV (PDF)",
          "Jaarverslag 2024 (PDF)", "Ouderfolder 'Passend onderwijs in De Waarden' (PDF)"])
    d.h(1, "Contact")
    d.p("Samenwerkingsverband De Waarden, Dijkstraat 4, 1234 AB Waardendam. Het bureau is op werkdagen "
        "bereikbaar van 8.30 tot 17.00 uur. Scholen kunnen voor vragen over aanvragen terecht bij hun vaste "
        "consulent. Voor vragen over deze website of het ondersteuningsplan kunt u mailen naar het "
        "secretariaat. Persvragen lopen via de directeur-bestuurder.",
        "Wilt u op de hoogte blijven van de herijking en van nieuwe versies van dit plan? Meld u dan aan "
        "voor onze nieuwsbrief, die vier keer per jaar verschijnt. U kunt zich op elk moment weer afmelden.")
    return d


# --------------------------------------------------------------------------------------
# Document 6 - near miss: a VO school's schoolondersteuningsprofiel (.docx)
# --------------------------------------------------------------------------------------
def build_p6() -> Doc:
    d = Doc("Schoolondersteuningsprofiel 2025-2026",
            "Christelijk College De Linde - vmbo, havo, vwo - locatie Parklaan",
            header="CC De Linde | Schoolondersteuningsprofiel | schooljaar 2025-2026",
            footer="Vastgesteld door de directie na advies van de medezeggenschapsraad, 2 juni 2025")
    d.front = ["Onderdeel van de schoolgids 2025-2026",
               "De Linde is aangesloten bij het samenwerkingsverband voortgezet onderwijs in onze regio"]
    d.toc(["1 Inleiding", "2 Onze school en onze leerlingen", "3 Basisondersteuning op De Linde",
           "4 Extra ondersteuning en arrangementen", "5 Grenzen aan onze ondersteuning",
           "6 Verwijzing naar het vso en terugkeer", "7 Ouders en de school", "8 Middelen en ambities",
           "9 Contact"])
    d.h(1, "1 Inleiding")
    d.p("In dit schoolondersteuningsprofiel (SOP) beschrijft Christelijk College De Linde welke "
        "ondersteuning de school biedt aan leerlingen. Iedere school voor voortgezet onderwijs stelt zo'n "
        "profiel op. Het samenwerkingsverband waarbij wij zijn aangesloten, heeft in zijn ondersteuningsplan "
        "afgesproken wat alle scholen minimaal bieden; in dit profiel leest u hoe De Linde dat invult en "
        "wat wij daarnaast bieden. Het profiel is onderdeel van onze schoolgids en wordt jaarlijks "
        "geactualiseerd. De medezeggenschapsraad heeft advies uitgebracht.")
    d.h(1, "2 Onze school en onze leerlingen")
    d.p("De Linde is een brede scholengemeenschap met 1.340 leerlingen op de locatie Parklaan: 520 in het "
        "vmbo (basis, kader en gemengde leerweg), 480 in de havo en 340 in het vwo. Ongeveer 140 leerlingen "
        "hebben een aanwijzing voor leerwegondersteunend onderwijs. De school heeft een christelijke "
        "identiteit en staat open voor alle leerlingen die de grondslag respecteren.",
        "Onze leerlingen komen uit de stad en de omliggende dorpen. Het aandeel leerlingen met dyslexie is "
        "de laatste jaren gestegen naar 11 procent. Ook zien we meer leerlingen met angst- en "
        "stemmingsklachten en leerlingen met een diagnose autisme.")
    d.h(1, "3 Basisondersteuning op De Linde")
    d.p("De basisondersteuning is voor alle leerlingen beschikbaar, zonder aanvraag. Op De Linde bestaat "
        "die uit:")
    d.ul(["een mentor voor iedere klas, met een wekelijks mentoruur;",
          "een ondersteuningscoordinator per afdeling en een zorgadviesteam dat zes keer per jaar overlegt;",
          "een dyslexiecoach en faciliteiten zoals extra tijd en voorleessoftware;",
          "faalangstreductietraining en een training sociale vaardigheden (twee keer per jaar);",
          "een time-outruimte met begeleiding en het Rustpunt voor leerlingen die even tot rust moeten komen;",
          "huiswerkbegeleiding vier middagen per week;",
          "een schoolmaatschappelijk werker en een jeugdarts die aansluiten bij het zorgadviesteam."])
    d.h(1, "4 Extra ondersteuning en arrangementen")
    d.p("Als een leerling meer nodig heeft, stelt de ondersteuningscoordinator met de leerling, ouders en "
        "mentor een ontwikkelingsperspectiefplan (OPP) op. De Linde biedt de volgende arrangementen: de "
        "Plusklas voor leerlingen met autisme in de onderbouw (maximaal 14 leerlingen), begeleiding door "
        "een ambulant begeleider van het vso, en een trajectvoorziening waar leerlingen tijdelijk een "
        "aangepast rooster volgen. De arrangementen worden bekostigd uit de middelen die de school van het "
        "samenwerkingsverband ontvangt.")
    d.h(1, "5 Grenzen aan onze ondersteuning")
    d.p("De Linde kan niet iedere leerling de ondersteuning bieden die hij of zij nodig heeft. Onze grenzen "
        "liggen bij leerlingen die voortdurend een-op-een begeleiding nodig hebben, leerlingen met ernstige "
        "agressieproblematiek en leerlingen die intensieve verpleegkundige zorg nodig hebben. In zulke "
        "gevallen zoeken we, vanuit onze zorgplicht, samen met ouders en het samenwerkingsverband een "
        "school die wel passend is.")
    d.h(1, "6 Verwijzing naar het vso en terugkeer")
    d.p("Als de ondersteuning op De Linde onvoldoende blijkt, kan de school bij het samenwerkingsverband een "
        "toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs aanvragen. De school "
        "bespreekt dit altijd eerst met ouders en leerling. De procedure en de criteria staan in het "
        "ondersteuningsplan van het samenwerkingsverband. Leerlingen die vanuit het vso terugkeren naar De "
        "Linde, krijgen het eerste jaar een vaste coach en een aangepast rooster als dat nodig is. Vorig "
        "schooljaar keerden drie leerlingen vanuit het vso terug naar onze school.")
    d.h(1, "7 Ouders en de school")
    d.p("Wij zien ouders als partners. Ouders worden uitgenodigd voor het opstellen en evalueren van het "
        "OPP. Informatie over de ondersteuning op De Linde staat in de schoolgids en op de website. Iedere "
        "leerling en ouder kan terecht bij de mentor en de ondersteuningscoordinator. Heeft u een klacht, "
        "dan kunt u gebruikmaken van de klachtenregeling van de school; voor onafhankelijk advies kunt u "
        "terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband.")
    d.h(1, "8 Middelen en ambities")
    d.p("De Linde ontvangt jaarlijks ongeveer € 390.000 van het samenwerkingsverband voor lichte "
        "ondersteuning. De school besteedt dit aan de ondersteuningscoordinatoren, de Plusklas, de "
        "trajectvoorziening en de dyslexiecoach. Onze ambities voor 2025-2026 zijn: de Plusklas uitbreiden "
        "naar de bovenbouw van het vmbo, alle mentoren scholen in het signaleren van angstklachten en het "
        "aantal leerlingen dat zonder diploma vertrekt verder terugbrengen. De examenresultaten van de school "
        "lagen in 2024 in alle afdelingen boven het landelijk gemiddelde.")
    d.h(1, "9 Contact")
    d.p("Voor vragen over ondersteuning kunt u contact opnemen met de ondersteuningscoordinator van de "
        "afdeling van uw kind via de administratie van de school, Parklaan 20. De medezeggenschapsraad "
        "is bereikbaar via de secretaris.")
    return d


# --------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------
LABELS = {
"po-rivierenland-west.expected.yaml": """\
documents: [po-rivierenland-west.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
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
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: minimum voor elke vestiging vastgesteld door AB + tabel 2 met twaalf standaarden; 4.2 kwaliteitskaart en verbeterplan (borging)."
  plaatsing: "H6: Loket, stappen 1-5, Commissie Toelaatbaarheid binnen 6 weken, criteria sbo (a-c) en so, twee deskundigen, duur/categorie, LBT-bezwaar."
  terugstroom: "Alleen in 6.5 binnen het TLV-hoofdstuk: beleid (thuisnabij, voorwaarden, terugplaatsingsarrangement 6 mnd); procedure uitgesteld naar 'stappenplan' 2025-2026."
  financien: "H9 verwijst verdeling en meerjarenbegroting naar Financieel Kader (bijlage 5, niet bijgevoegd); verder alleen passende vermeldingen van 'middelen'; begrippenlijst definieert verdeelmodel/meerjarenbegroting (telt niet)."
  dekkend-aanbod: "5.1 vijf niveaus + tabel 3 voorzieningen; 5.2 jaarlijkse analyse witte vlekken, wachtlijst so cluster 4, acties per 2026; H7 thuiszitterstafel; 5.3 OZA met gemeenten."
  resultaten: "10.1 tabel beoogde resultaten met streefwaarden; 10.2 monitoring uitgesteld naar monitoringsplan 'in de loop van schooljaar 2025-2026'."
  ouders: "Staat in H8 'Communicatie en informatievoorziening': ouderpagina, brochure in 4 talen, informatieavonden, spreekuur; OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie."
""",
"vo-kempenduin.expected.yaml": """\
documents: [vo-kempenduin.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
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
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H5: niveau geldt voor elke vestiging incl. pro (niveau ja); inhoud alleen de vier generieke aspecten uit het referentiekader, concrete standaarden verwezen naar Kwaliteitskaart bijlage 2 (niet bijgevoegd)."
  plaatsing: "H7: vso-aanvraag door bevoegd gezag bij Commissie Toewijzing, dossier, twee deskundigen, besluit binnen 4 weken, criteria a-c, categorie, LBT; lwoo/pro landelijke criteria, aanvraag voor 1 mei, duur."
  terugstroom: "Verstopt in 7.3 'Looptijd en einde van de TLV': beleid (jaarlijks bekijken, voorwaarden, terugkeerarrangement 1 jaar) en procedure (laatste TLV-jaar, november, consulent, 1 april, Commissie Toewijzing); cijfers 17 -> 25."
  financien: "11.1 verdeelmodel (€ 212 per leerling, vaste voet € 25.000, restant zware middelen naar rato) en verantwoordingsrapportage; 11.2 meerjarenbegroting geheel 'p.m.', bedragen 'worden ingevuld' (bijlage 3)."
  dekkend-aanbod: "H6 continuum + tabel 2 (basis/extra/bovenschools/vso, OPDC, rebound); H8 analyse twee keer per jaar, 'Op Adem', Route Thuiszitters; H13 OOGO-thema's."
  resultaten: "10.1 tabel met nulmeting en streefwaarden; 10.2 PDCA, peildata, dashboard, tevredenheidsonderzoek, jaarverslag, evaluatie 2027; H2 bereikte resultaten vorige periode."
  ouders: "H9: ouderrubriek website, folder in 4 talen, informatieavonden; OJSP Kempenduin, Onderwijsconsulenten, Geschillencommissie; hoorrecht en OPR."
""",
"po-noordkust.expected.yaml": """\
documents: [po-noordkust.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
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
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: minimum op elke locatie van elke basisschool, lijst van negen voorzieningen; jaarlijks bestuursgesprek (borging)."
  plaatsing: "5.4: procedure via CAT (ondersteuningsteam, digitaal formulier, OPP, besluit binnen 5 weken), twee deskundigen, duur, categorie, LBT; criteria alleen verwezen naar 'Notitie Toelaatbaarheid' op de website."
  terugstroom: "5.5 'Terugplaatsing' is pure deferral ('worden in de loop van 2026 opgesteld ... addendum'); verder alleen TOC, begrippenlijst en planning."
  financien: "Onder H8 'Geld en middelen': verdeelmodel (€ 145 per leerling, arrangementen max € 12.000 via CAT) in tekst en tabel 2; meerjarenbegroting tabel 3 met bedragen; reserve/weerstandsvermogen; verantwoording besturen."
  dekkend-aanbod: "H5 vijf niveaus + bovenschoolse voorzieningen (continuum); H6 dekkendheidsanalyse uitgesteld naar 2025-2026; thuiszitters alleen als OOGO-onderwerp genoemd."
  resultaten: "Geen beoogde of bereikte resultaten, geen monitoring; alleen 'resultaatgericht werken' als kernwaarde, financieel 'resultaat' in begroting en begrippenlijst."
  ouders: "H9 'Klachten en geschillen': OJSP Noordkust, Onderwijsconsulenten, klachtencommissie, Geschillencommissie (steunpunt); nergens hoe ouders over voorzieningen worden geinformeerd (alleen begrippenlijst)."
""",
"vo-heuvelland-zuid.expected.yaml": """\
documents: [vo-heuvelland-zuid.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "H5: niveau voor alle vestigingen vo en pro, vastgesteld feb 2025; tabel 2 per domein; tweejaarlijkse audit en verbeterplan."
  plaatsing: "H7 verwijst werkwijze, criteria en termijnen voor vso/lwoo/pro volledig naar het Handboek Toewijzing (apart document/website); TLV verder alleen in H10 en afkortingenlijst."
  terugstroom: "H10: procedure (laatste TLV-jaar, OPP-evaluatie januari, consulent, 1 maart, overdracht 1 juni, TLV eindigt 31 juli, besluit directeur ontvangende school); geen beleid: geen doel, voorwaarden of steun na terugkeer."
  financien: "12.1 verdeling in drie stappen (70/30-sleutel, 1 oktober, AB in november); 12.2 meerjarenbegroting met bedragen; reserve en weerstandsvermogen (12.2/12.3)."
  dekkend-aanbod: "H6 verwijst het overzicht van arrangementen en voorzieningen naar de sociale kaart op de website (continuum niet); H9 thuiszittersaanpak, doorzettingsmacht, analyse witte vlekken, pilot Tussenstation (lacunes ja)."
  resultaten: "H11: tabel 3 beoogde resultaten met doelen 2027/2029; peildata, kwartaalrapportage, jaarverslag, tussenevaluatie 2027, PDCA."
  ouders: "H8 'Ouders en leerlingen' is een lege deferral ('wordt aangevuld ... (volgt)'); OJSP alleen in afkortingenlijst; ouders verder alleen als doelgroep in het voorwoord."
""",
"po-de-waarden.expected.yaml": """\
documents: [po-de-waarden.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 'Dit onderdeel is in bewerking' (deferral); inhoud alleen in de begrippenlijst (telt niet)."
  plaatsing: "5.1 criteria sbo (lijst) en so (cluster 3/4), categorie en duur; aanvraag, termijnen en beoordelaar verwezen naar 'stroomschema TLV (zie Downloads)'."
  terugstroom: "H6: beleid (actief bekijken, voorwaarden, terugplaatsingsarrangement 1 jaar) en 6.1 stappen (najaar, 1 maart, consulent, 6 weken, TLV eindigt 31 juli, evaluaties); aantallen in 6.2 en H8."
  financien: "7.1 verdeelmodel 'wordt herzien ... volgt' (deferral); 7.2 meerjarenbegroting 2025-2028 met bedragen; bovenmatige reserve afbouw."
  dekkend-aanbod: "4.2 'Dit onderdeel is in bewerking'; dekkend aanbod alleen in TOC en begrippenlijst; OOGO alleen procedureel genoemd."
  resultaten: "8.1 monitoring (peildata, dashboard, peiling, jaarverslag) + tabel bereikte resultaten; 8.2 doelen uitgesteld naar voorjaar 2026."
  ouders: "H9: website-rubriek, schoolgids, ouderfolder in 4 talen, informatieavond, contactpersoon; onafhankelijke ondersteuning alleen verwezen naar webpagina 'Hulp voor ouders'; OJSP alleen in begrippenlijst."
""",
"sop-de-linde.expected.yaml": """\
documents: [sop-de-linde.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel (deel van de schoolgids) van een enkele vo-school: beschrijft de eigen basis- en extra ondersteuning, verwijst voor TLV-procedure en criteria naar het ondersteuningsplan van het samenwerkingsverband; geen SWV-plan (geen planperiode, OPR, OOGO, verdeling over besturen)."
""",
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    builders = [
        ("po-rivierenland-west.docx", build_p1, "docx"),
        ("vo-kempenduin.docx", build_p2, "docx"),
        ("po-noordkust.pdf", build_p3, "pdf"),
        ("vo-heuvelland-zuid.pdf", build_p4, "pdf"),
        ("po-de-waarden.html", build_p5, "html"),
        ("sop-de-linde.docx", build_p6, "docx"),
    ]
    for name, fn, kind in builders:
        doc = fn()
        path = OUT / name
        if kind == "docx":
            to_docx(doc, path)
        elif kind == "pdf":
            docx_to_pdf(doc, path, font="Georgia" if "noordkust" in name else "Arial")
        elif kind == "html":
            to_html(doc, path)
        print(f"{name}: {doc.words()} words")
    for name, text in LABELS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{name}: label written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
