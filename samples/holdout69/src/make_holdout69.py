#!/usr/bin/env python3
"""Generate the holdout69 test set for opcheck.

Five fictional ondersteuningsplannen (four VO, one PO) and one near-miss document
(a school's schoolondersteuningsprofiel). Labels live next to the documents as
<name>.expected.yaml and are written by hand (see LABELS below), not derived from the text.

Deterministic, no network. PDFs are rendered from a temporary .docx with LibreOffice
(soffice --headless --convert-to pdf); only the PDF is kept for those documents.
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------
# Rendering helpers. A document is a dict with "header" (running header text) and
# "blocks": list of tuples (kind, payload).
#   ("title", str) ("subtitle", str) ("toc", [str]) ("h1", str) ("h2", str) ("h3", str)
#   ("p", str) ("ul", [str]) ("ol", [str]) ("table", [[str]]) ("pagebreak", None)
# --------------------------------------------------------------------------------------


def _docx_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = cell
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph("")


def write_docx(spec, path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = spec.get("author", "")
    cp.title = spec.get("doc_title", "")
    fixed = datetime(2025, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = spec.get("author", "")
    cp.revision = 1
    sec = doc.sections[0]
    if spec.get("header"):
        sec.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        sec.footer.paragraphs[0].text = spec["footer"]
    for kind, payload in spec["blocks"]:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(payload)
            r.italic = True
            r.font.size = Pt(13)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in payload:
                doc.add_paragraph(line)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in payload:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _docx_table(doc, payload)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path: Path):
    """Rewrite the zip with fixed timestamps so repeated runs give identical bytes."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def write_pdf(spec, path: Path):
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / (path.stem + ".docx")
        write_docx(spec, src)
        profile = td / "lo-profile"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(td),
            str(src),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        data = (td / (path.stem + ".pdf")).read_bytes()
        path.write_bytes(_normalise_pdf(data, path.name))


def _normalise_pdf(data: bytes, name: str) -> bytes:
    """Replace creation date and document ID by fixed values of the same length
    (keeps xref offsets valid) so repeated runs give identical bytes."""
    import hashlib
    import re

    def fix_date(m):
        old = m.group(1)
        new = b"D:20250301120000Z'"
        return b"/CreationDate(" + new[: len(old)].ljust(len(old), b"0") + b")"

    data = re.sub(rb"/CreationDate\(([^)]*)\)", fix_date, data)
    data = re.sub(rb"/ModDate\(([^)]*)\)", lambda m: b"/ModDate(" + b"D:20250301120000Z'"[: len(m.group(1))].ljust(len(m.group(1)), b"0") + b")", data)
    digest = hashlib.md5(name.encode()).hexdigest().upper().encode()

    def fix_id(m):
        return b"<" + digest[: len(m.group(1))].ljust(len(m.group(1)), b"0") + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]{32})", lambda m: b"/DocChecksum /" + digest[: len(m.group(1))], data)
    return data


def write_html(spec, path: Path):
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(spec.get('doc_title', ''))}</title>",
        "</head>",
        "<body>",
    ]
    if spec.get("header"):
        out.append(f'<header class="site-header"><p>{e(spec["header"])}</p></header>')
    out.append("<main>")
    for kind, payload in spec["blocks"]:
        if kind == "title":
            out.append(f"<h1>{e(payload)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><em>{e(payload)}</em></p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ul>')
            out.extend(f"<li>{e(x)}</li>" for x in payload)
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(payload)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(payload)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>")
            out.extend(f"<li>{e(x)}</li>" for x in payload)
            out.append(f"</{kind}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in payload[0]) + "</tr>")
            for row in payload[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out.append("</main>")
    if spec.get("footer"):
        out.append(f'<footer><p>{e(spec["footer"])}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def word_count(spec) -> int:
    n = 0
    for kind, payload in spec["blocks"]:
        if isinstance(payload, str):
            n += len(payload.split())
        elif isinstance(payload, list):
            for x in payload:
                if isinstance(x, list):
                    n += sum(len(c.split()) for c in x)
                else:
                    n += len(x.split())
    return n


# ======================================================================================
# Plan A - VO Dommelvallei (docx). Strong plan in the classic "niveau 1-4" house style.
# Thin spots: terugstroom procedure deferred (policy sits inside the TLV chapter, 6.4);
# thuiszitters/witte vlekken chapter only refers to an absent bijlage 6.
# ======================================================================================

def plan_a():
    swv = "Samenwerkingsverband VO Dommelvallei"
    b = []
    b += [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", f"{swv} (VO 30-09) - 'Ieder talent een plek'"),
        ("p", "Vastgesteld door het algemeen bestuur op 18 maart 2025, na instemming van de ondersteuningsplanraad op 11 maart 2025 en na op overeenstemming gericht overleg met de gemeenten Dommelen, Valkenhorst, Borkel-Aalst en Heeze-Schaft op 26 februari 2025."),
        ("pagebreak", None),
        ("toc", [
            "1 Voorwoord ............................................................ 3",
            "2 Samenvatting ......................................................... 4",
            "3 Ons samenwerkingsverband in cijfers ................................. 5",
            "4 Missie, visie en koers ............................................... 7",
            "5 Het ondersteuningsaanbod ............................................. 9",
            "   5.1 Niveau 1: basisondersteuning .................................... 9",
            "   5.2 Niveau 2: extra ondersteuning op school ........................ 12",
            "   5.3 Niveau 3: bovenschoolse voorzieningen .......................... 13",
            "   5.4 Niveau 4: voortgezet speciaal onderwijs ........................ 14",
            "6 Toelaatbaarheid vso, pro en lwoo .................................... 15",
            "   6.4 Na de TLV: terugplaatsing en overplaatsing ..................... 19",
            "7 Thuiszitters, zorgplicht en dekkend aanbod .......................... 20",
            "8 Ouders en leerlingen ................................................ 21",
            "9 Samenwerking met gemeenten en jeugdhulp (OOGO) ...................... 23",
            "10 Kwaliteitszorg en resultaten ....................................... 25",
            "11 Financiën en meerjarenbegroting .................................... 28",
            "12 Organisatie en governance .......................................... 31",
            "13 Personeel en professionalisering ................................... 32",
            "14 Privacy en ICT ..................................................... 33",
            "15 Totstandkoming en planning ......................................... 34",
            "Bijlage 1 Begrippenlijst ............................................... 35",
            "Bijlage 6 Thuiszitterspact Dommelvallei 2023-2027 ...................... 38",
        ]),
        ("pagebreak", None),
        ("h1", "1 Voorwoord"),
        ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het vorige plan liep van 2021 tot 2025 en stond in het teken van herstel na de schoolsluitingen, van de opbouw van het OPDC De Overstap en van de invoering van een nieuwe werkwijze voor de toewijzing van arrangementen. Met dit plan bouwen we voort op wat goed ging en pakken we aan wat beter moet. We hebben daarbij veel geleerd van de gesprekken met leerlingen, ouders, mentoren, ondersteuningscoördinatoren, schoolleiders, gemeenten en jeugdhulpaanbieders die we in het najaar van 2024 voerden."),
        ("p", "Passend onderwijs is geen project meer, het is het gewone werk van iedere school. Dat betekent ook dat we scherper willen zijn in wat we van elkaar mogen verwachten. De schoolbesturen in de Dommelvallei hebben afgesproken dat iedere leerling op iedere vestiging kan rekenen op dezelfde stevige basis. Wat die basis inhoudt, beschrijven we in hoofdstuk 5. Waar de basis niet volstaat, zorgen we samen voor extra ondersteuning, zo dicht mogelijk bij huis."),
        ("p", "Ik dank de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, en de wethouders onderwijs en jeugd voor het open overleg. Dit plan is van ons allemaal; de uitvoering ook."),
        ("p", "Drs. M.A. (Marieke) van den Bogaert, directeur-bestuurder"),
        ("h1", "2 Samenvatting"),
        ("p", "Het samenwerkingsverband Dommelvallei verbindt elf schoolbesturen met samen negentien vestigingen voor voortgezet onderwijs, waaronder één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. In de planperiode 2025-2029 richten we ons op vier speerpunten: (1) een stevige en voor iedereen herkenbare basisondersteuning, (2) snellere en lichtere routes naar extra ondersteuning, (3) minder leerlingen die langdurig buiten het regulier onderwijs verblijven en (4) een transparante en doelmatige inzet van middelen. Per speerpunt hebben we beoogde resultaten geformuleerd met streefwaarden, die we jaarlijks rapporteren (hoofdstuk 10)."),
        ("p", "Het plan volgt de opbouw van ons ondersteuningscontinuüm in vier niveaus. Niveau 1 is de basisondersteuning die iedere vestiging biedt. Niveau 2 is extra ondersteuning op de eigen school, met een arrangement. Niveau 3 omvat de bovenschoolse voorzieningen van het samenwerkingsverband, zoals het OPDC. Niveau 4 is het voortgezet speciaal onderwijs. De toelaatbaarheid tot het vso, het praktijkonderwijs en het leerwegondersteunend onderwijs beschrijven we in hoofdstuk 6."),
        ("h1", "3 Ons samenwerkingsverband in cijfers"),
        ("p", "Het werkgebied van het samenwerkingsverband omvat vier gemeenten in het zuidoosten van de provincie. De regio is deels stedelijk en deels landelijk; de reisafstanden naar voorzieningen voor speciaal onderwijs zijn voor leerlingen uit de buitengebieden aanzienlijk. De leerlingaantallen dalen in de planperiode licht door de demografische krimp, met uitzondering van de gemeente Valkenhorst, waar nieuwbouwwijken voor groei zorgen."),
        ("table", [
            ["Kengetal (teldatum 1 oktober)", "2022", "2023", "2024"],
            ["Leerlingen regulier vo (incl. lwoo)", "14.912", "14.806", "14.655"],
            ["waarvan met lwoo-aanwijzing", "1.388", "1.352", "1.319"],
            ["Leerlingen praktijkonderwijs", "402", "411", "397"],
            ["Leerlingen vso (cluster 3 en 4)", "538", "529", "508"],
            ["Deelnamepercentage vso", "3,41%", "3,37%", "3,27%"],
            ["Landelijk deelnamepercentage vso", "3,60%", "3,63%", "3,66%"],
            ["Leerlingen OPDC De Overstap (instroom per jaar)", "71", "84", "79"],
        ]),
        ("p", "De deelname aan het vso ligt onder het landelijk gemiddelde en daalt licht. Dat is in lijn met de ambitie van het vorige plan. De instroom in het OPDC is gestegen, vooral door leerlingen in de onderbouw met problemen op het gebied van gedrag en werkhouding. We merken op dat deze cijfers op zichzelf weinig zeggen over de kwaliteit van de ondersteuning; daarom combineren we ze in hoofdstuk 10 met kwalitatieve gegevens."),
        ("p", "Aangesloten schoolbesturen: Stichting Dommelland College, Stichting Katholiek Onderwijs Valkenhorst, Vereniging Christelijk Voortgezet Onderwijs Aalst, Stichting Openbaar Onderwijs Dommelvallei, Stichting Praktijkschool De Kempen, Stichting Het Keerpunt (vso cluster 3), Stichting De Zuidwal (vso cluster 4), Stichting Montessori Lyceum Zuidoost, Stichting Technisch College Heeze, Stichting Gymnasium Sint-Victor en Stichting Agrarisch Opleidingscentrum Borkel."),
        ("h1", "4 Missie, visie en koers"),
        ("p", "Onze missie is kort: ieder talent een plek. Iedere jongere in de Dommelvallei heeft recht op onderwijs dat past bij wat hij of zij kan en nodig heeft, zo dicht mogelijk bij huis en zo gewoon als mogelijk. Dat vraagt om scholen die zich eigenaar voelen van alle leerlingen in de regio, ook van de leerlingen die (nog) niet bij hen zijn ingeschreven."),
        ("p", "Onze visie rust op drie pijlers. Ten eerste: de leerling staat centraal, niet het systeem. We denken vanuit de ondersteuningsbehoefte, niet vanuit een diagnose of een label. Ten tweede: de school is de eerste plek waar ondersteuning wordt geboden, het samenwerkingsverband faciliteert en vult aan. Ten derde: we werken samen met ouders, jongeren en ketenpartners als gelijkwaardige partners. Resultaten tellen, maar we kijken breder dan cijfers alleen."),
        ("p", "De koers voor de komende vier jaar hebben we samengevat in vier speerpunten (zie samenvatting). Deze speerpunten zijn uitgewerkt in beoogde resultaten in hoofdstuk 10 en vertaald naar de jaarplannen en de meerjarenbegroting. Het algemeen bestuur bespreekt jaarlijks in mei de voortgang en stelt zo nodig de koers bij."),
        ("h1", "5 Het ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod in de Dommelvallei is opgebouwd als een continuüm in vier niveaus. Hoe hoger het niveau, hoe intensiever en specialistischer de ondersteuning, en hoe vaker het samenwerkingsverband zelf betrokken is. Het uitgangspunt is dat een leerling alleen naar een volgend niveau gaat als de mogelijkheden van het vorige niveau zijn benut, en dat de route ook weer terug kan lopen."),
        ("h2", "5.1 Niveau 1: basisondersteuning"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken minimum aan ondersteuning dat iedere vestiging van iedere aangesloten school biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is en zonder aanvullende middelen per leerling. De besturen hebben dit niveau op 14 november 2024 vastgesteld in het document 'Basis op orde VO Dommelvallei'. Het niveau geldt voor alle negentien vestigingen, met uitzondering van de vso-scholen, waar een hoger niveau vanzelfsprekend is. Voor de praktijkschool gelden aanvullende afspraken."),
        ("p", "Concreet betekent dit dat ouders en leerlingen op iedere reguliere vestiging ten minste het volgende mogen verwachten:"),
        ("ul", [
            "een vaste mentor per klas met ten minste één individueel mentorgesprek per leerling per periode en een mentoruur in de onderbouw;",
            "een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die de ondersteuning op de vestiging organiseert en aanspreekpunt is voor ouders;",
            "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de ondersteuningscoördinator, een vertegenwoordiger van de schoolleiding, de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar en de schoolmaatschappelijk werker;",
            "uitvoering van het Protocol Dyslexie VO en het Protocol ERWD (ernstige reken-wiskundeproblemen en dyscalculie), met faciliteiten zoals extra tijd, voorleessoftware en vergrote opgaven;",
            "trainingen in sociale vaardigheden en faalangstreductie, op de eigen vestiging of in samenwerking met een andere vestiging;",
            "coaching op executieve functies (plannen, organiseren, huiswerk) voor leerlingen die daarin vastlopen, ten minste acht begeleidingsmomenten per traject;",
            "een rustige opvangplek (time-out ruimte) onder toezicht, met een afgesproken werkwijze voor terugkeer in de les;",
            "een protocol medisch handelen en afspraken over medicijnverstrekking;",
            "een aanbod voor meer- en hoogbegaafde leerlingen in de vorm van verrijking, versnelling of compacten;",
            "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die meer nodig heeft dan deze basis, opgesteld binnen zes weken na het vaststellen van die behoefte;",
            "een warme overdracht vanuit het primair onderwijs voor alle leerlingen met een ondersteuningsbehoefte.",
        ]),
        ("p", "Iedere school beschrijft in haar schoolgids hoe zij deze basisondersteuning op de eigen vestiging vormgeeft en welke extra ondersteuning zij daarnaast biedt. Het samenwerkingsverband controleert jaarlijks in september of de schoolgidsen de afgesproken onderdelen bevatten. Eens per twee jaar voert een auditteam van het samenwerkingsverband, met een ondersteuningscoördinator van een andere school, een audit uit op iedere vestiging. Blijkt een vestiging onder het afgesproken niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan, dat de directeur-bestuurder met het bestuur bespreekt; bij herhaling agendeert de directeur-bestuurder dit in het algemeen bestuur."),
        ("h2", "5.2 Niveau 2: extra ondersteuning op school"),
        ("p", "Wanneer de basisondersteuning niet volstaat, stelt de school in overleg met ouders en leerling een OPP op en zet zij extra ondersteuning in. Deze extra ondersteuning kan bestaan uit individuele begeleiding, een kleine groep (bijvoorbeeld een 'rebound-light' of een structuurklas), inzet van een ambulant begeleider vanuit het vso of een onderwijszorgarrangement samen met jeugdhulp. Scholen financieren niveau 2 uit hun schoolbudget (zie hoofdstuk 11). Voor intensieve trajecten kan de school een arrangement aanvragen bij het Loket Passend Onderwijs van het samenwerkingsverband."),
        ("p", "Negen vestigingen bieden een structuurklas voor leerlingen met een autismespectrumstoornis; vier vestigingen hebben een tussenvoorziening voor leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren. Deze voorzieningen staan open voor leerlingen van andere scholen in de regio. Het overzicht met contactgegevens staat in de Ondersteuningswijzer op de website."),
        ("h2", "5.3 Niveau 3: bovenschoolse voorzieningen"),
        ("p", "Het samenwerkingsverband heeft twee bovenschoolse voorzieningen. Het orthopedagogisch-didactisch centrum (OPDC) De Overstap biedt 34 plaatsen voor leerlingen die tijdelijk, in de regel ten hoogste dertien weken en in uitzonderingsgevallen twee keer dertien weken, buiten de eigen school onderwijs krijgen. De leerling blijft ingeschreven op de eigen school, die verantwoordelijk blijft. Rebound De Brug biedt korte trajecten van zes tot tien weken voor leerlingen die na een time-out weer moeten leren functioneren in een groep. Beide voorzieningen werken met een plan voor terugkeer naar de eigen school dat bij de start wordt opgesteld."),
        ("p", "Daarnaast kopen wij plaatsen in bij de Plusklas Hoogbegaafdheid Zuidoost en financieren we samen met de gemeenten het onderwijszorgarrangement 'Samen naar School' voor jongeren die naast onderwijs intensieve jeugdhulp ontvangen."),
        ("h2", "5.4 Niveau 4: voortgezet speciaal onderwijs"),
        ("p", "Binnen de regio zijn twee vso-scholen: Het Keerpunt (cluster 3, uitstroomprofielen dagbesteding en arbeidsmarkt) en De Zuidwal (cluster 4, alle drie uitstroomprofielen). Leerlingen met een TLV kunnen ook kiezen voor een vso-school buiten de regio; in 2024 ging het om 41 leerlingen, vooral naar vso-scholen met een havo- of vwo-aanbod. Voor cluster 1 en 2 zijn de landelijke instellingen verantwoordelijk; het samenwerkingsverband geeft daarvoor geen TLV af."),
    ]
    b += [
        ("h1", "6 Toelaatbaarheid vso, pro en lwoo"),
        ("h2", "6.1 Toelaatbaarheid tot het vso"),
        ("p", "Het samenwerkingsverband beslist op verzoek van het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, of een leerling toelaatbaar is tot het vso. Voor leerlingen die van buiten de regio komen en nergens zijn ingeschreven, vraagt de vso-school de TLV aan bij het samenwerkingsverband van de woonplaats van de leerling."),
        ("p", "De procedure verloopt in vijf stappen:"),
        ("ol", [
            "Stap 1 - Voorbereiding: de school bespreekt de leerling in het OT en stelt met ouders en leerling vast dat de ondersteuningsbehoefte de mogelijkheden van niveau 1 tot en met 3 overstijgt. Ouders geven hun zienswijze schriftelijk.",
            "Stap 2 - Aanvraag: de ondersteuningscoördinator dient namens het bevoegd gezag de aanvraag digitaal in bij het Loket Passend Onderwijs, met het OPP inclusief evaluaties, het groeidocument, het onderwijskundig rapport, relevante onderzoeksverslagen en de zienswijze van ouders.",
            "Stap 3 - Deskundigenadvies: het Loket vraagt advies aan twee deskundigen die niet bij de aanvraag betrokken zijn geweest: een orthopedagoog-generalist of GZ-psycholoog en, afhankelijk van de problematiek, een tweede deskundige (kinder- en jeugdpsychiater, maatschappelijk werker, jeugdarts of pedagoog). Ieder brengt een eigen, schriftelijk advies uit. Ouders ontvangen een afschrift van beide adviezen.",
            "Stap 4 - Besluit: de Commissie Toelaatbaarheid neemt namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag een besluit. Bij een positief besluit vermeldt de TLV de bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur.",
            "Stap 5 - Plaatsing: ouders melden hun kind aan bij de vso-school van hun keuze; de vso-school beslist over toelating.",
        ]),
        ("p", "De Commissie Toelaatbaarheid hanteert de volgende criteria. Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte op het gebied van leren, gedrag, sociaal-emotionele ontwikkeling, communicatie, motoriek of medische situatie aantoonbaar groter is dan wat een reguliere school met inzet van niveau 2 en 3 kan bieden; (b) uit het OPP blijkt dat ten minste twee ondersteuningscycli van extra ondersteuning zijn uitgevoerd en geëvalueerd, tenzij de ernst van de situatie dat onmogelijk maakt; (c) de leerling is aangewezen op een onderwijsomgeving met een kleinere groep, een hoge mate van structuur en specialistische expertise gedurende de gehele schooldag; en (d) de deskundigen dit in hun adviezen onderschrijven. Bij een crisissituatie kan de commissie een spoed-TLV afgeven met een geldigheid van ten hoogste zes maanden."),
        ("p", "De bekostigingscategorie hangt af van de ondersteuningsbehoefte: categorie laag is de standaard voor cluster 4 en voor leerlingen met een verstandelijke beperking (voorheen ZML); categorie midden geldt voor leerlingen met een lichamelijke beperking of langdurige ziekte (LG/LZ) met intensieve verzorging; categorie hoog voor leerlingen met meervoudige beperkingen (MG). De TLV wordt afgegeven voor ten minste één en ten hoogste drie schooljaren en eindigt op 31 juli van het laatste schooljaar."),
        ("h2", "6.2 Toelaatbaarheid tot het praktijkonderwijs"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan ten minste één van de eerste twee. De basisschool of de praktijkschool dient de aanvraag vóór 1 maart van groep 8 in bij het Loket, met het onderwijskundig rapport en de testgegevens. Het Loket toetst aan de criteria en besluit binnen vier weken. Voor leerlingen die net buiten de criteria vallen maar naar het oordeel van twee deskundigen aantoonbaar op het praktijkonderwijs zijn aangewezen, kan de commissie een afwijkend besluit nemen."),
        ("h2", "6.3 Leerwegondersteunend onderwijs"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele problematiek die het leren belemmert. De vo-school dient de aanvraag in bij het Loket; het Loket besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding. Het samenwerkingsverband heeft overwogen eigen criteria te hanteren (opting out), maar heeft daar voor deze planperiode van afgezien."),
        ("h2", "6.4 Na de TLV: terugplaatsing en overplaatsing"),
        ("p", "Een TLV is geen eindstation. Ons beleid is dat een leerling uit het vso terugkeert naar het regulier voortgezet onderwijs zodra de ondersteuningsbehoefte dat toelaat en de leerling daarmee een reëel perspectief op een diploma of een passende vervolgstap heeft. Bij voorkeur keert de leerling terug naar een school dicht bij huis. Voorwaarden zijn dat de ontvangende school het ondersteuningsprofiel heeft dat bij de leerling past en dat ouders en leerling de overstap steunen."),
        ("p", "Iedere leerling die terugkeert, krijgt een terugkeerarrangement van twaalf maanden. Dat omvat ambulante begeleiding vanuit de vso-school (gemiddeld twee uur per week in de eerste drie maanden, daarna afbouwend), een vaste contactpersoon op de ontvangende school en een budget van € 3.500 per leerling dat de ontvangende school kan inzetten voor extra begeleiding. Ook overplaatsing naar een andere vso-school of naar het praktijkonderwijs valt onder dit beleid."),
        ("p", "Het werkproces voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie beslist - werken we in het schooljaar 2025-2026 samen met Het Keerpunt en De Zuidwal uit in een stappenplan, dat als aanvulling op dit plan aan de ondersteuningsplanraad wordt voorgelegd."),
        ("h2", "6.5 Bezwaar"),
        ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken na de datum van het besluit bezwaar maken tegen een besluit over toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), ondergebracht bij Stichting Onderwijsgeschillen in Utrecht. De LBT adviseert het bestuur, dat binnen zes weken na ontvangst van het advies beslist op het bezwaar. Daarna staat beroep open bij de rechtbank."),
    ]
    b += [
        ("h1", "7 Thuiszitters, zorgplicht en dekkend aanbod"),
        ("p", "De aanpak van thuiszitters en de afspraken over zorgplicht, verzuim en de inzet van leerplicht zijn vastgelegd in het Thuiszitterspact Dommelvallei 2023-2027, dat wij met de vier gemeenten en de jeugdhulpregio hebben gesloten. Het pact is als bijlage 6 bij dit plan gevoegd; wij herhalen de afspraken hier niet."),
        ("p", "Een actuele analyse van de witte vlekken in het regionale aanbod voeren we uit zodra de nieuwe regionale monitor beschikbaar is. De uitkomsten en de daaruit volgende acties worden opgenomen in het jaarplan."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders kennen hun kind het best. We beschouwen hen als partners in het onderwijs en de ondersteuning. Ouders worden betrokken bij het opstellen en evalueren van het OPP en hebben daarop instemmingsrecht voor het handelingsdeel. Leerlingen worden vanaf de brugklas gehoord over hun eigen ontwikkelingsperspectief; we geven daarmee invulling aan het hoorrecht."),
        ("h2", "8.1 Hoe informeren we ouders?"),
        ("p", "Het samenwerkingsverband informeert ouders langs verschillende wegen over de ondersteuningsmogelijkheden in de regio:"),
        ("ul", [
            "de website www.swv-dommelvallei.nl heeft een aparte ouderpagina met de Ondersteuningswijzer: per vestiging staat daar welke basisondersteuning en welke extra ondersteuning wordt geboden, met contactgegevens van de ondersteuningscoördinator;",
            "de ouderbrochure 'Passend onderwijs in de Dommelvallei' wordt in groep 8 via alle basisscholen verspreid en is beschikbaar in het Nederlands, Engels, Arabisch en Pools;",
            "ieder najaar organiseren we twee informatieavonden voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte, samen met het samenwerkingsverband PO;",
            "de schoolgids van iedere school bevat een hoofdstuk over ondersteuning met een verwijzing naar de Ondersteuningswijzer;",
            "het Loket Passend Onderwijs is op werkdagen van 9.00 tot 16.00 uur telefonisch bereikbaar voor vragen van ouders.",
        ]),
        ("h2", "8.2 Onafhankelijke ondersteuning voor ouders en jongeren"),
        ("p", "Soms hebben ouders behoefte aan iemand die los staat van school en samenwerkingsverband. Sinds 1 januari 2025 is daarvoor het Ouder- en Jeugdsteunpunt Dommelvallei (OJSP) beschikbaar. Het OJSP is ondergebracht bij de stichting MEE Zuidoost en werkt onafhankelijk van de scholen en het samenwerkingsverband. Ouders en jongeren kunnen er terecht met vragen over passend onderwijs, voor een luisterend oor, voor advies bij een verschil van mening met school en voor begeleiding naar een gesprek. Het steunpunt is bereikbaar via een gratis telefoonnummer, per e-mail en via een wekelijks inloopspreekuur in Dommelen en Valkenhorst. Het OJSP rapporteert twee keer per jaar geanonimiseerd aan het bestuur over de signalen die het ontvangt."),
        ("p", "Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten, die kosteloos en onafhankelijk adviseren en bemiddelen bij problemen rond toelating, verwijdering of thuiszitten. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband zelf worden behandeld volgens de klachtenregeling op onze website; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
        ("h1", "9 Samenwerking met gemeenten en jeugdhulp (OOGO)"),
        ("p", "Passend onderwijs en jeugdhulp raken elkaar op veel plaatsen. Het samenwerkingsverband voert twee keer per jaar bestuurlijk overleg met de wethouders onderwijs en jeugd van de vier gemeenten. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 26 februari 2025; de gemeenten hebben ingestemd met de passages over de samenwerking."),
        ("p", "Thema's in het OOGO waren de aansluiting tussen schoolondersteuning en jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor het OPDC, thuiszitters en de overgang van vo naar mbo en arbeid. Afgesproken is dat ieder OT een vaste jeugdhulpverlener uit het lokale team heeft en dat jeugdhulp onder schooltijd op school kan worden geboden zonder aparte beschikking voor de eerste vijf gesprekken. Het onderwijszorgarrangement 'Samen naar School' wordt voor 50% door de gemeenten gefinancierd."),
        ("p", "Met het samenwerkingsverband PO Dommelvallei, waarvan het werkgebied samenvalt met het onze, zijn afspraken gemaakt over de overstap van groep 8 naar de brugklas, over het gebruik van één groeidocument en over de warme overdracht van leerlingen met een TLV in het so."),
    ]
    b += [
        ("h1", "10 Kwaliteitszorg en resultaten"),
        ("h2", "10.1 Terugblik 2021-2025"),
        ("p", "In het vorige ondersteuningsplan hadden we vijf beoogde resultaten geformuleerd. Drie daarvan zijn gehaald. De deelname aan het vso daalde van 3,52% (1 oktober 2020) naar 3,27% (1 oktober 2024), terwijl we 3,40% hadden beoogd. De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 9,1 naar 5,4 weken (doel: ten hoogste 6 weken). Het percentage ouders dat tevreden is over de informatievoorziening steeg van 61% naar 74% (doel: 70%). Niet gehaald werden het doel dat alle vestigingen de audit basisondersteuning met een voldoende zouden afsluiten (15 van de 19 in 2024) en het doel om het aantal leerlingen langer dan drie maanden in het OPDC te halveren (van 22 naar 17, doel 11)."),
        ("h2", "10.2 Beoogde resultaten 2025-2029"),
        ("p", "Voor de nieuwe planperiode formuleren we per speerpunt de volgende beoogde resultaten. Ze gaan over leerlingen die extra ondersteuning nodig hebben en zijn, waar mogelijk, meetbaar gemaakt met een streefwaarde."),
        ("table", [
            ["Speerpunt", "Beoogd resultaat", "Indicator", "Nulmeting", "Streefwaarde 2029"],
            ["Basisondersteuning", "Alle vestigingen bieden aantoonbaar de afgesproken basisondersteuning", "Aantal vestigingen met voldoende audit", "15 van 19 (2024)", "19 van 19"],
            ["Lichte routes", "Leerlingen krijgen sneller passende extra ondersteuning", "Doorlooptijd aanvraag arrangement", "4,8 weken", "≤ 3 weken in 90% van de gevallen"],
            ["Lichte routes", "Leerlingen in het OPDC keren tijdig terug", "Aandeel OPDC-trajecten ≤ 13 weken", "68%", "85%"],
            ["Regulier waar het kan", "Meer leerlingen met extra ondersteuning halen een diploma in het regulier vo", "Diplomaresultaat leerlingen met OPP", "81%", "88%"],
            ["Regulier waar het kan", "Meer vso-leerlingen keren terug naar regulier vo", "Aantal terugplaatsingen per jaar", "14", "25"],
            ["Transparantie", "Ouders weten waar zij terechtkunnen", "Tevredenheid ouders informatie", "74%", "85%"],
        ]),
        ("h2", "10.3 Monitoring en verantwoording"),
        ("p", "We volgen de resultaten met een kwaliteitscyclus volgens het PDCA-principe. Het bureau verzamelt ieder kwartaal de gegevens uit het Loket, de leerlingadministraties en DUO in het dashboard 'Dommelvallei in beeld', dat toegankelijk is voor alle bestuurders en ondersteuningscoördinatoren. Twee keer per jaar (februari en september) bespreekt het algemeen bestuur een voortgangsrapportage waarin de indicatoren uit 10.2 worden afgezet tegen de streefwaarden. Eens per twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en scholen. Het jaarverslag, dat vóór 1 juli wordt gepubliceerd, bevat een hoofdstuk met de bereikte resultaten per speerpunt en de daaraan bestede middelen. Na twee jaar voeren we een tussenevaluatie uit met de OPR; de uitkomsten worden verwerkt in een voortgangsparagraaf bij dit plan."),
        ("h1", "11 Financiën en meerjarenbegroting"),
        ("h2", "11.1 Uitgangspunten en verdeelmodel"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Van de middelen voor zware ondersteuning houdt DUO de afdrachten voor het vso rechtstreeks in. De middelen voor lichte ondersteuning (lwoo en pro) worden, zoals landelijk bepaald, volledig doorbetaald aan de besturen met lwoo- en pro-leerlingen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar."),
        ("p", "De resterende middelen verdelen we volgens het verdeelmodel dat het algemeen bestuur op 14 november 2024 heeft vastgesteld:"),
        ("ul", [
            "Schoolbudget: ieder bestuur ontvangt per vestiging een vaste voet van € 20.000 en daarnaast € 145 per leerling (teldatum 1 oktober van het voorgaande jaar). Het schoolbudget is bedoeld voor de basisondersteuning boven het landelijke basisniveau en voor extra ondersteuning op niveau 2.",
            "Arrangementen: voor intensieve trajecten op niveau 2 kan een school een arrangement aanvragen. Het Loket kent een arrangement toe als de ondersteuningsbehoefte is onderbouwd in het OPP; het bedrag is afhankelijk van de intensiteit (licht € 2.500, middel € 5.000, zwaar € 9.000 per schooljaar).",
            "Bovenschoolse voorzieningen: het OPDC en de rebound worden rechtstreeks door het samenwerkingsverband bekostigd.",
            "Bureau en Loket: ten hoogste 6% van de totale baten.",
        ]),
        ("p", "Besturen verantwoorden de besteding van het schoolbudget en de arrangementen jaarlijks vóór 1 mei via een verantwoordingsformat, waarin per vestiging de inzet in formatie en activiteiten wordt beschreven. De uitkomsten worden besproken in het kwaliteitsgesprek met de directeur-bestuurder."),
        ("h2", "11.2 Meerjarenbegroting"),
        ("table", [
            ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Baten lichte ondersteuning (lwoo/pro)", "9.840", "9.710", "9.590", "9.480"],
            ["Baten zware ondersteuning", "8.210", "8.120", "8.050", "7.990"],
            ["Af: afdrachten vso via DUO", "-5.120", "-5.060", "-4.990", "-4.930"],
            ["Totaal beschikbaar", "12.930", "12.770", "12.650", "12.540"],
            ["Doorbetaling lwoo/pro aan besturen", "9.840", "9.710", "9.590", "9.480"],
            ["Schoolbudgetten", "2.505", "2.485", "2.460", "2.440"],
            ["Arrangementen", "410", "420", "430", "430"],
            ["OPDC De Overstap en Rebound De Brug", "980", "995", "1.010", "1.025"],
            ["Terugkeerarrangementen", "50", "70", "85", "90"],
            ["OJSP en ouderinformatie", "75", "75", "75", "75"],
            ["Bureau en Loket", "690", "700", "705", "710"],
            ["Totaal lasten", "14.550", "14.455", "14.355", "14.250"],
            ["Resultaat (onttrekking reserve)", "-1.620", "-1.685", "-1.705", "-1.710"],
        ]),
        ("p", "Opmerking: de doorbetaling lwoo/pro is zowel in de baten als in de lasten opgenomen. Het negatieve resultaat is bewust begroot en wordt gedekt uit de algemene reserve."),
        ("h2", "11.3 Reserves en risico's"),
        ("p", "Op 31 december 2024 bedroeg de algemene reserve € 7,9 miljoen. De signaleringswaarde voor bovenmatige reserves ligt voor ons samenwerkingsverband op € 2,6 miljoen. Met de begrote onttrekkingen daalt de reserve tot circa € 1,2 miljoen eind 2028; daarmee blijft een weerstandsvermogen van ongeveer 9% over, wat wij gezien de risico's (groei vso-deelname, krimp leerlingaantallen) voldoende achten."),
    ]
    b += [
        ("h1", "12 Organisatie en governance"),
        ("p", "Het samenwerkingsverband is een stichting. De elf aangesloten schoolbesturen vormen samen het algemeen bestuur, dat de toezichthoudende rol vervult. De directeur-bestuurder is belast met het bestuur en de dagelijkse leiding. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en het bestuursreglement. Het algemeen bestuur vergadert ten minste vijf keer per jaar, stelt de begroting, het jaarverslag en dit ondersteuningsplan vast en benoemt de accountant."),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller, het Loket (drie orthopedagogen en een secretaris) en de teams van het OPDC en de rebound. De statuten bevatten een geschillenregeling voor geschillen tussen het samenwerkingsverband en de aangesloten besturen."),
        ("p", "De ondersteuningsplanraad (OPR) telt acht leden: vier personeelsleden en vier ouders of leerlingen, gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen daarvan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau, het OPDC en de rebound."),
        ("h1", "13 Personeel en professionalisering"),
        ("p", "Goede ondersteuning staat of valt met deskundige professionals. Het samenwerkingsverband organiseert jaarlijks een leernetwerk voor ondersteuningscoördinatoren (vijf bijeenkomsten), een scholingsaanbod voor mentoren over gesprekstechnieken en executieve functies, en intervisie voor de orthopedagogen van het Loket. Het bureau telt 14,6 fte, waarvan 9,8 fte in het OPDC en de rebound. De personeelsformatie blijft in de planperiode stabiel; bij een dalende instroom in het OPDC wordt de formatie via natuurlijk verloop aangepast. De personele gevolgen van dit plan zijn besproken met de medezeggenschapsraad van het samenwerkingsverband."),
        ("p", "Het leernetwerk heeft in de vorige planperiode geleid tot gedeelde handreikingen over het OPP, het gesprek met ouders en de overdracht van po naar vo. In de nieuwe periode willen we meer werken met collegiale consultatie tussen vestigingen: een ondersteuningscoördinator kan een collega van een andere school uitnodigen om mee te kijken naar een complexe casus, zonder dat daar een formele aanvraag voor nodig is."),
        ("h1", "14 Privacy en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover dat nodig is voor de toewijzing van middelen en voorzieningen, de beoordeling van toelaatbaarheid en de advisering over de ondersteuningsbehoefte. De gegevens worden bewaard tot drie jaar na het besluit. Het Loket werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen; ouders hebben inzage in het dossier van hun kind. Het privacyreglement en de verwerkingsregisters zijn in 2024 geactualiseerd; een functionaris gegevensbescherming ziet toe op de naleving."),
        ("p", "In 2025 stappen we over op een nieuw registratiesysteem voor het Loket, dat is gekoppeld aan de leerlingadministraties van de scholen. Dat vermindert dubbele invoer en maakt de kwartaalrapportages sneller beschikbaar."),
        ("h1", "15 Totstandkoming en planning"),
        ("p", "Dit plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2024 evalueerden we het vorige plan met schoolleiders, ondersteuningscoördinatoren, de OPR en de gemeenten. In het najaar volgden vier werksessies met ouders, jongeren, professionals en ketenpartners. Het concept is besproken met het samenwerkingsverband PO Dommelvallei en in het OOGO met de gemeenten (26 februari 2025). De OPR stemde in op 11 maart 2025; het algemeen bestuur stelde het plan vast op 18 maart 2025. Het plan is vóór 1 mei 2025 aan de Inspectie van het Onderwijs toegezonden."),
        ("table", [
            ["Planning", "Wanneer", "Wie"],
            ["Stappenplan terugplaatsing aan OPR", "voorjaar 2026", "directeur-bestuurder"],
            ["Tussenevaluatie met OPR", "najaar 2027", "beleidsmedewerker"],
            ["Evaluatie verdeelmodel", "2026-2027", "controller"],
            ["Voorbereiding nieuw plan", "schooljaar 2028-2029", "algemeen bestuur"],
        ]),
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("ul", [
            "Arrangement - een samenhangend geheel van extra ondersteuning voor een leerling of groep leerlingen, met middelen van het samenwerkingsverband.",
            "Basisondersteuning - het door het samenwerkingsverband afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden.",
            "Dekkend aanbod - een aanbod van voorzieningen waarin voor iedere leerling een passende plek beschikbaar is.",
            "Lwoo - leerwegondersteunend onderwijs.",
            "OJSP - ouder- en jeugdsteunpunt.",
            "OPDC - orthopedagogisch-didactisch centrum.",
            "OPP - ontwikkelingsperspectiefplan.",
            "OPR - ondersteuningsplanraad.",
            "Pro - praktijkonderwijs.",
            "Terugplaatsing - de overstap van een leerling uit het vso naar het regulier voortgezet onderwijs.",
            "Thuiszitter - een leerplichtige jongere die zonder geldige reden niet naar school gaat.",
            "TLV - toelaatbaarheidsverklaring.",
            "Zorgplicht - de plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een passende plek te bieden.",
        ]),
    ]
    return {
        "doc_title": f"Ondersteuningsplan 2025-2029 {swv}",
        "author": swv,
        "header": f"Ondersteuningsplan 2025-2029 | {swv}",
        "footer": "www.swv-dommelvallei.nl",
        "blocks": b,
    }


# ======================================================================================
# Plan B - VO De Waterlinie (pdf). Thematic house style with question headings.
# Thin spots: basisondersteuning content only in an absent bijlage B (4-aspect definition);
# meerjarenbegroting is a p.m. table; no monitoring of results yet; terugplaatsing deferred.
# ======================================================================================

def plan_b():
    swv = "Samenwerkingsverband Voortgezet Onderwijs De Waterlinie"
    b = []
    b += [
        ("title", "Ondersteuningsplan 2024-2028"),
        ("subtitle", f"{swv} (VO 26-05) - Samen verder, dichtbij"),
        ("p", "Versie 1.3 - definitief - vastgesteld door het bestuur op 9 april 2024"),
        ("pagebreak", None),
        ("toc", [
            "Voorwoord",
            "Deel A - Wie zijn we en waar staan we voor?",
            "   A1 De regio en de scholen",
            "   A2 Visie: dichtbij waar het kan",
            "   A3 Governance en medezeggenschap",
            "Deel B - Ondersteuning",
            "   B1 Wat mag u van iedere school verwachten? (basisondersteuning)",
            "   B2 Als de basis niet genoeg is: arrangementen en voorzieningen",
            "   B3 Wanneer kan een leerling naar het vso, het pro of lwoo krijgen?",
            "   B4 Geen leerling tussen wal en schip: thuiszitters en witte vlekken",
            "Deel C - Wat willen we bereiken?",
            "Deel D - Financieel beleid",
            "Deel E - Communicatie, ouders en klachten",
            "Deel F - Samenwerking met gemeenten en het PO",
            "Deel G - Personeel, privacy en organisatie van het bureau",
            "Bijlage A - Begrippen en afkortingen",
            "Bijlage B - Standaard Basisondersteuning Waterlinie",
            "Bijlage C - Meerjarenbegroting 2024-2028",
        ]),
        ("pagebreak", None),
        ("h1", "Voorwoord"),
        ("p", "Dit is het ondersteuningsplan van De Waterlinie voor de schooljaren 2024-2025 tot en met 2027-2028. Het vervangt het plan 2020-2024. Het is een kort plan: we beschrijven wat we met elkaar hebben afgesproken en waar we naartoe willen, en laten de uitwerking zoveel mogelijk aan de scholen. Dat past bij onze overtuiging dat passend onderwijs vooral in de klas gebeurt en niet op het kantoor van het samenwerkingsverband."),
        ("p", "De afgelopen jaren zijn we gegroeid als netwerk. Scholen kennen elkaar beter, ondersteuningscoördinatoren weten elkaar te vinden, en het aantal leerlingen dat zonder onderwijs thuis zat is gedaald. Tegelijk zien we nieuwe vragen: meer jongeren met angst- en stemmingsklachten, meer leerlingen die de overstap van het po naar het vo niet goed maken, en grote krapte op de arbeidsmarkt voor leraren en ondersteuners. Deze vragen kleuren dit plan."),
        ("p", "Wij danken iedereen die heeft meegedacht: leerlingen, ouders, leraren, schoolleiders, de ondersteuningsplanraad en onze partners bij de gemeenten. Namens het bestuur, J. (Joost) Verhagen, voorzitter, en A. (Annelies) Koopmans, directeur."),
        ("h1", "Deel A - Wie zijn we en waar staan we voor?"),
        ("h2", "A1 De regio en de scholen"),
        ("p", "De Waterlinie omvat de gemeenten Lingedal, Zuiderbroek, Hoevelaken-West en Tielerwaard. Acht schoolbesturen met vijftien vestigingen zijn aangesloten: twaalf reguliere vestigingen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs (De Linie, cluster 4). Voor cluster 3 maken leerlingen gebruik van vso-scholen in de naburige samenwerkingsverbanden."),
        ("table", [
            ["Leerlingaantallen 1 oktober 2023", "Aantal"],
            ["Vmbo (incl. lwoo)", "4.960"],
            ["Havo en vwo", "5.712"],
            ["Praktijkonderwijs", "318"],
            ["Vso (leerlingen uit de regio, alle clusters 3 en 4)", "376"],
            ["Totaal", "11.366"],
        ]),
        ("p", "De regio kent een groot verschil tussen de stedelijke kern van Lingedal en de dorpen in de Tielerwaard. Voor leerlingen uit de dorpen is de reistijd naar een school met het juiste onderwijsniveau vaak meer dan een half uur. Het leerlingenvervoer is een belangrijk onderwerp in het overleg met de gemeenten."),
        ("h2", "A2 Visie: dichtbij waar het kan"),
        ("p", "Wij geloven dat jongeren het meest leren in een omgeving die hen kent: hun eigen school, met hun eigen mentor, dicht bij huis. Daarom investeren we eerst in de school en pas daarna in aparte voorzieningen. Speciaal onderwijs is waardevol en soms de beste plek, maar het is geen vanzelfsprekend vervolg op problemen in het regulier onderwijs. We kijken naar wat een leerling nodig heeft, niet naar wat er mis is."),
        ("p", "Drie waarden zijn leidend. Dichtbij: ondersteuning zo dicht mogelijk bij de leerling en de klas. Samen: scholen, ouders, jongeren en partners dragen gezamenlijk verantwoordelijkheid. Eenvoudig: regels en procedures zijn zo licht als mogelijk, zodat tijd en geld naar de leerling gaan en niet naar papier."),
        ("h2", "A3 Governance en medezeggenschap"),
        ("p", "De Waterlinie is een vereniging. De leden zijn de acht schoolbesturen. De algemene ledenvergadering (ALV) houdt toezicht op het bestuur, dat bestaat uit een onafhankelijk voorzitter en drie bestuurders van aangesloten schoolbesturen. De directeur voert de dagelijkse leiding en is gemandateerd voor de besluiten over toelaatbaarheid en de toewijzing van arrangementen. Het bestuur stelt jaarlijks de begroting en de jaarrekening vast; de ALV keurt deze goed."),
        ("p", "De ondersteuningsplanraad (OPR) bestaat uit zes leden: drie personeelsleden en drie ouders of leerlingen, afgevaardigd door de medezeggenschapsraden. De OPR heeft op 2 april 2024 met dit plan ingestemd. Een vertegenwoordiging van de OPR heeft in de schrijfgroep gezeten. De OPR spreekt twee keer per jaar met het bestuur over de uitvoering van het plan."),
    ]
    b += [
        ("h1", "Deel B - Ondersteuning"),
        ("h2", "B1 Wat mag u van iedere school verwachten? (basisondersteuning)"),
        ("p", "Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies dat iedere school op iedere vestiging binnen de eigen ondersteuningsstructuur en onder regie van de eigen school biedt, eventueel met hulp van ketenpartners, zonder dat een aanvraag bij het samenwerkingsverband nodig is. De besturen in De Waterlinie hebben afgesproken dat alle vestigingen ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is vastgelegd in de Standaard Basisondersteuning Waterlinie (bijlage B)."),
        ("p", "De Standaard volgt de vier aspecten van het Referentiekader passend onderwijs: basiskwaliteit (het onderwijs voldoet aan de eisen van de Inspectie), preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken volgens de cyclus van handelingsgericht werken. Per aspect zijn in de Standaard drie standaarden uitgewerkt, in totaal twaalf."),
        ("p", "Iedere school neemt de Standaard op in haar schoolgids en beschrijft daar welke extra ondersteuning zij bovenop de basis biedt. In het jaarlijkse gesprek tussen de directeur en de schoolleider komt de basisondersteuning aan de orde."),
        ("h2", "B2 Als de basis niet genoeg is: arrangementen en voorzieningen"),
        ("p", "Ons ondersteuningsaanbod kent vier lagen die op elkaar aansluiten. De eerste laag is de basisondersteuning op iedere school. De tweede laag is de extra ondersteuning die een school zelf organiseert met haar schoolbudget, zoals een rebound-klas op de eigen school, begeleiding door een orthopedagoog of een faalangst- of examentraining. De derde laag zijn de Waterlinie-arrangementen: maatwerk voor een individuele leerling of een groep, toegewezen door het Toewijzingsteam. De vierde laag bestaat uit de bovenschoolse en speciale voorzieningen:"),
        ("ul", [
            "OPDC Het Fort in Lingedal: tijdelijke opvang en onderwijs voor leerlingen van 12 tot 16 jaar die vastlopen in het regulier onderwijs, 40 plaatsen, gemiddelde verblijfsduur zes maanden, met een plan voor de terugkeer naar de eigen school of een andere passende school;",
            "de Schakelklas Nieuwkomers (ISK) in Zuiderbroek voor leerlingen die korter dan twee jaar in Nederland zijn;",
            "de Havo-vwo-Plus-groep voor hoogbegaafde leerlingen die dreigen uit te vallen, op twee vestigingen;",
            "het Onderwijs-Zorgcentrum De Kade, samen met jeugdhulpaanbieder Lijnkracht, voor jongeren die een combinatie van onderwijs en intensieve behandeling nodig hebben;",
            "vso De Linie (cluster 4) en, voor cluster 3, vso-scholen in omliggende regio's;",
            "twee scholen voor praktijkonderwijs, waarvan één met een entreeopleiding in samenwerking met het mbo.",
        ]),
        ("p", "Leerlingen stromen via de ondersteuningscoördinator van hun school naar een volgende laag. Bij twijfel kan de school het Consultatieteam van het samenwerkingsverband inschakelen; de trajectbegeleider van het samenwerkingsverband kijkt dan binnen twee weken mee."),
        ("h2", "B3 Wanneer kan een leerling naar het vso, het pro of lwoo krijgen?"),
        ("h3", "Vso"),
        ("p", "Soms is na alle inspanningen van de school duidelijk dat een leerling beter af is in het voortgezet speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring (TLV) van De Waterlinie nodig. Zo gaat dat in zijn werk. De school waar de leerling staat ingeschreven, bespreekt de situatie met ouders en leerling en vraagt hun zienswijze. Daarna stuurt de school via het digitale portaal Waterlinie Online een verzoek met het ontwikkelingsperspectief en de evaluaties, het verslag van het laatste multidisciplinair overleg en de zienswijze. Het Toewijzingsteam beoordeelt of het dossier compleet is en wint het advies in van twee onafhankelijke deskundigen: altijd een orthopedagoog of psycholoog, en daarnaast, afhankelijk van de vraag, een jeugdarts, kinderpsychiater of maatschappelijk werker. Beiden schrijven een eigen advies. Op basis daarvan neemt de directeur namens het bestuur binnen dertig schooldagen een besluit. Ouders krijgen het besluit en de adviezen thuisgestuurd."),
        ("p", "Wanneer zeggen we ja? Een leerling komt in aanmerking voor het vso als aan alle drie de volgende voorwaarden is voldaan: (1) de leerling heeft een ondersteuningsbehoefte die over de gehele schooldag en over meerdere vakken intensieve specialistische begeleiding vraagt; (2) de school heeft, met inzet van een Waterlinie-arrangement of plaatsing in het OPDC, aantoonbaar en gedurende ten minste een half jaar geprobeerd die ondersteuning te bieden, en dat is onvoldoende gebleken; (3) er is geen reële verwachting dat een andere reguliere school of een combinatie met jeugdhulp binnen afzienbare tijd wel een passend aanbod kan doen. Bij acute veiligheidsrisico's kan van voorwaarde 2 worden afgeweken."),
        ("p", "De TLV wordt afgegeven voor twee schooljaren, of voor de resterende duur van de opleiding als die korter is, en vermeldt de categorie (laag, midden of hoog). Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken. De Waterlinie laat zich adviseren door de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "Afspraken over terugplaatsing naar het regulier onderwijs maken we in de looptijd van dit plan met De Linie en de vso-scholen in de buurregio's; ze komen in de eerste voortgangsparagraaf."),
        ("h3", "Praktijkonderwijs"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke toelatingscriteria, waarvan een samenwerkingsverband niet mag afwijken. De praktijkschool vraagt de TLV aan bij het Toewijzingsteam; het team toetst het dossier aan de landelijke criteria en de directeur besluit binnen vier weken. De TLV pro geldt voor de duur van de opleiding."),
        ("h3", "Lwoo: eigen criteria (opting out)"),
        ("p", "Sinds 1 augustus 2023 hanteert De Waterlinie eigen criteria voor leerwegondersteuning in plaats van de landelijke criteria. Het lwoo is bij ons geen aparte indicatie meer op basis van IQ-grenzen, maar een vorm van ondersteuning in de basisberoepsgerichte en kaderberoepsgerichte leerweg. Een leerling komt in aanmerking voor lwoo als (a) het schooladvies vmbo-basis of vmbo-kader is, (b) de leerling op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spelling, rekenen) een achterstand heeft van ten minste één jaar, gemeten met de doorstroomtoets of een vergelijkbaar instrument, en (c) de basisschool in het onderwijskundig rapport beschrijft welke ondersteuning de leerling in groep 7 en 8 nodig had. De vo-school dient het verzoek in vóór 1 mei; het Toewijzingsteam besluit binnen drie weken. De aanwijzing geldt voor twee schooljaren en wordt daarna op verzoek van de school verlengd tot het einde van de opleiding."),
        ("h2", "B4 Geen leerling tussen wal en schip: thuiszitters en witte vlekken"),
        ("p", "Iedere jongere hoort op school. Toch zijn er leerlingen die zonder onderwijs thuis zitten of alleen een deel van de week naar school gaan. Wij hebben met de vier gemeenten en de leerplichtambtenaren een gezamenlijke aanpak afgesproken. Een leerling die vier weken of langer geheel of gedeeltelijk verzuimt, wordt door de school gemeld bij het Thuiszittersoverleg, dat iedere maand bijeenkomt met de trajectbegeleider van het samenwerkingsverband, de leerplichtambtenaar en een medewerker van het lokale team. Binnen twee weken na melding ligt er een plan met een naam van degene die de regie voert. Als een plan na drie maanden niet tot onderwijs heeft geleid, heeft de directeur van het samenwerkingsverband doorzettingsmacht: hij kan een school of voorziening vragen de leerling tijdelijk op te nemen, en kan daarvoor extra middelen inzetten."),
        ("p", "Voor leerlingen die zijn aangemeld maar nog geen plek hebben, geldt de zorgplicht van het bestuur waar de leerling is aangemeld. Lukt het dat bestuur binnen tien weken niet om een passende plek te vinden, dan brengt het de leerling in bij de Plaatsingstafel van het samenwerkingsverband, waar alle besturen aan deelnemen."),
        ("p", "In 2023 hebben we met de scholen een analyse gemaakt van de witte vlekken in ons aanbod. Twee lacunes springen eruit. Er is geen passend aanbod voor havo- en vwo-leerlingen met ernstige angstklachten die tijdelijk niet naar school kunnen, en de wachttijd voor het OPDC is in het voorjaar opgelopen tot acht weken. We pakken dit als volgt aan: vóór 1 augustus 2025 start op twee vestigingen een kleinschalige 'Herstart'-groep voor havo/vwo-leerlingen met angstklachten, en het OPDC breidt met ingang van januari 2025 uit met tien plaatsen. Wachtlijsten van alle voorzieningen bespreken we ieder kwartaal in het overleg van ondersteuningscoördinatoren."),
    ]
    b += [
        ("h1", "Deel C - Wat willen we bereiken?"),
        ("p", "Het vorige plan bevatte vooral inspanningen. Met dit plan willen we scherper zijn over wat we voor leerlingen willen bereiken. We hebben daarom per ambitie een beoogd resultaat met een streefwaarde voor het einde van de planperiode geformuleerd."),
        ("table", [
            ["Ambitie", "Beoogd resultaat in 2028", "Uitgangssituatie"],
            ["Dichtbij", "Het deelnamepercentage vso daalt van 3,3% naar 3,0%", "3,3% (1-10-2023)"],
            ["Dichtbij", "Ten minste 90% van de leerlingen met een Waterlinie-arrangement blijft op de eigen school", "niet gemeten"],
            ["Samen", "Geen enkele leerling zit langer dan drie maanden thuis zonder passend aanbod", "11 leerlingen (2023)"],
            ["Samen", "De wachttijd voor het OPDC is nooit langer dan vier weken", "tot 8 weken"],
            ["Eenvoudig", "90% van de besluiten over een TLV wordt binnen dertig schooldagen genomen", "76%"],
            ["Eenvoudig", "Ouders beoordelen de informatie over ondersteuning gemiddeld met ten minste een 7", "niet gemeten"],
        ]),
        ("p", "Hoe we de voortgang op deze doelen gaan meten, volgen en rapporteren, leggen we vast in het Kwaliteitskader Waterlinie, dat in de loop van het schooljaar 2024-2025 verschijnt en na instemming van de OPR aan dit plan wordt toegevoegd."),
        ("h1", "Deel D - Financieel beleid"),
        ("p", "De Waterlinie ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. De middelen voor lichte ondersteuning, bestemd voor lwoo en praktijkonderwijs, worden doorbetaald aan de besturen. Van de middelen voor zware ondersteuning worden de bedragen voor het vso door DUO rechtstreeks verrekend."),
        ("p", "Voor de verdeling van de overige middelen hanteren wij een schoolmodel. Ieder bestuur ontvangt jaarlijks een schoolbudget van € 182 per leerling, berekend op het aantal leerlingen op 1 oktober van het voorgaande jaar, uitbetaald in twee termijnen (september en februari). De praktijkscholen ontvangen daarnaast een vast bedrag per vestiging. Het bedrag per leerling wordt ieder jaar door het bestuur vastgesteld bij de begroting en mag met niet meer dan 5% per jaar wijzigen, zodat besturen zekerheid hebben. Middelen voor Waterlinie-arrangementen worden per leerling toegekend door het Toewijzingsteam op basis van het ontwikkelingsperspectief; de directeur besluit. Voor het bureau geldt een plafond van 5% van de totale rijksbijdrage."),
        ("p", "Besturen verantwoorden de inzet van het schoolbudget jaarlijks in een korte rapportage aan het samenwerkingsverband: hoeveel leerlingen ondersteuning kregen, in welke vorm, en hoe de inzet is geëvalueerd."),
        ("p", "De meerjarenbegroting 2024-2028 wordt jaarlijks in december door het bestuur vastgesteld en is als afzonderlijk document (bijlage C) beschikbaar. Hieronder de opbouw van de meerjarenbegroting; de bedragen worden ingevuld zodra de definitieve rijksbijdrage per 1 oktober bekend is."),
        ("table", [
            ["Meerjarenbegroting", "2024", "2025", "2026", "2027"],
            ["Rijksbijdrage lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Rijksbijdrage zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Waterlinie-arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["OPDC Het Fort", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
        ]),
        ("p", "De reserves van De Waterlinie lagen eind 2023 boven de signaleringswaarde van de Inspectie. Het bestuur heeft in 2022 een bestedingsplan vastgesteld; de overschrijding wordt uiterlijk eind 2025 weggewerkt door extra investeringen in de scholen."),
        ("h1", "Deel E - Communicatie, ouders en klachten"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. We communiceren met scholen via de maandelijkse nieuwsbrief voor ondersteuningscoördinatoren en schoolleiders, met besturen via het bestuursoverleg en met de buitenwereld via onze website en LinkedIn."),
        ("p", "Ouders informeren we op deze manieren over de ondersteuning in de regio: de rubriek 'Ouderwijzer' op onze website, met per school een beschrijving van de extra ondersteuning en de naam van de contactpersoon; de folder 'Passend onderwijs in De Waterlinie', die ieder jaar in oktober via de basisscholen wordt uitgereikt aan ouders van groep 8 en ook in het Engels, Arabisch, Turks en Pools verkrijgbaar is; en twee ouderavonden per jaar over de overstap naar het voortgezet onderwijs. Iedere vo-school heeft een vaste contactpersoon passend onderwijs voor ouders."),
        ("p", "Loopt het gesprek tussen ouders en school vast, dan kunnen ouders en jongeren terecht bij het Steunpunt Ouders & Jongeren Waterlinie. Dit steunpunt is onafhankelijk van scholen en samenwerkingsverband: het is ondergebracht bij de stichting Zorgbelang Gelderland-Zuid en de medewerkers adviseren alleen in het belang van de leerling. Het steunpunt is bereikbaar via telefoon, e-mail en WhatsApp en houdt spreekuur in de bibliotheken van Lingedal en Zuiderbroek. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld door de Landelijke Klachtencommissie Onderwijs; geschillen over toelating, verwijdering en het ontwikkelingsperspectief door de Geschillencommissie passend onderwijs."),
        ("h1", "Deel F - Samenwerking met gemeenten en het PO"),
        ("p", "Het samenwerkingsverband en de vier gemeenten voeren twee keer per jaar bestuurlijk overleg. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 14 maart 2024. Gezamenlijke thema's zijn: de aansluiting tussen onderwijs en jeugdhulp, het leerlingenvervoer, de thuiszittersaanpak, de huisvesting van het OPDC en de overgang naar mbo en werk. De gemeenten financieren de inzet van schoolmaatschappelijk werk op alle vestigingen en dragen bij aan de kosten van het Onderwijs-Zorgcentrum De Kade."),
        ("p", "Met het samenwerkingsverband PO Lingedal-Tielerwaard is afgesproken dat alle basisscholen het digitale overdrachtsdossier gebruiken en dat leerlingen met een TLV voor het so vóór 1 februari van groep 8 worden besproken in een overstapoverleg."),
        ("p", "Een derde onderwerp van samenwerking is de overgang van het vo naar het mbo en naar werk. Samen met de twee mbo-instellingen in de regio, de gemeenten en het regionaal meld- en coördinatiepunt (RMC) begeleiden we jongeren die het vo zonder startkwalificatie dreigen te verlaten naar een passende plek in het mbo of naar werk. Voor leerlingen van het praktijkonderwijs en het vso met het uitstroomprofiel arbeidsmarkt werken we met een 'baangarantie-light': de gemeente biedt na de schoolperiode ten minste een jaar begeleiding door een jobcoach. Voor leerlingen met een entreeopleiding op de praktijkschool is afgesproken dat zij zonder nieuwe intake kunnen doorstromen naar niveau 2 van het mbo. De doorlopende leerlijn van po naar vo loopt via het overstapoverleg dat hierboven is beschreven; voor leerlingen die na het eerste leerjaar van niveau wisselen, zorgen de scholen voor een warme overdracht binnen de regio."),
        ("h1", "Deel G - Personeel, privacy en organisatie van het bureau"),
        ("p", "Het bureau van De Waterlinie telt 11,2 fte: de directeur, een beleidsmedewerker, een financieel medewerker, een secretariaat, twee trajectbegeleiders, drie orthopedagogen in het Toewijzingsteam en de medewerkers van het Consultatieteam. Het OPDC Het Fort heeft een eigen team van 12 fte, in dienst van het bestuur van Stichting Lingedal College, dat de voorziening namens het samenwerkingsverband exploiteert."),
        ("p", "We verwerken persoonsgegevens van leerlingen voor zover dat nodig is voor de toewijzing van ondersteuning en de besluiten over toelaatbaarheid. Gegevens worden bewaard tot drie jaar na het laatste besluit. Het privacyreglement is te vinden op de website."),
        ("p", "Professionalisering doen we samen: de academie 'Waterlinie Leert' biedt scholing voor mentoren, ondersteuningscoördinatoren en teamleiders, en we organiseren ieder voorjaar een studiedag voor alle ondersteuners in de regio. In deze planperiode ligt de nadruk op het werken met angstige leerlingen en op het voeren van gesprekken met ouders en jongeren."),
        ("p", "Totstandkoming. Dit plan is voorbereid door een schrijfgroep met schoolleiders, ondersteuningscoördinatoren, twee leden van de OPR en een beleidsmedewerker van de gemeente Lingedal. Het concept is in januari 2024 besproken in vier regionale bijeenkomsten, in februari met het samenwerkingsverband PO en op 14 maart 2024 in het OOGO. De OPR stemde in op 2 april 2024 en het bestuur stelde het plan vast op 9 april 2024, waarna het vóór 1 mei 2024 aan de Inspectie is gezonden. Het plan geldt van 1 augustus 2024 tot en met 31 juli 2028. Het bestuur kan tussentijds wijzigingen voorstellen; iedere wijziging wordt aan de OPR voorgelegd."),
        ("h1", "Bijlage A - Begrippen en afkortingen"),
        ("table", [
            ["Begrip", "Betekenis"],
            ["ALV", "Algemene ledenvergadering"],
            ["Arrangement", "Extra ondersteuning voor een leerling, bekostigd door het samenwerkingsverband"],
            ["Basisondersteuning", "Wat iedere school in De Waterlinie ten minste biedt"],
            ["ISK", "Internationale schakelklas"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPR", "Ondersteuningsplanraad"],
            ["Pro", "Praktijkonderwijs"],
            ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier vo, met begeleiding"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"],
        ]),
        ("p", "Bijlage B (Standaard Basisondersteuning Waterlinie) en bijlage C (Meerjarenbegroting 2024-2028) worden als afzonderlijke documenten gepubliceerd op www.dewaterlinie-vo.nl/ondersteuningsplan."),
    ]
    return {
        "doc_title": f"Ondersteuningsplan 2024-2028 {swv}",
        "author": swv,
        "header": "De Waterlinie | Ondersteuningsplan 2024-2028",
        "footer": "Samen verder, dichtbij",
        "blocks": b,
    }


# ======================================================================================
# Plan C - VO Heuvelrug-Vallei Oost (docx). "Koersdocument" house style with chapters
# "Geld en middelen" and "Communicatie". Basisondersteuning content in a table.
# Thin spots: TLV procedure and criteria only in a separate Reglement Toewijzing (absent);
# arrangementen/voorzieningen overview deferred; streefwaarden deferred; OJSP deferred.
# ======================================================================================

def plan_c():
    swv = "Samenwerkingsverband VO Heuvelrug-Vallei Oost"
    b = []
    b += [
        ("title", "Koers en ondersteuning"),
        ("subtitle", f"Ondersteuningsplan 2024-2028 van het {swv} (VO 24-08)"),
        ("p", "Definitieve versie na instemming OPR (19 maart 2024) en vaststelling door het bestuur (26 maart 2024)."),
        ("pagebreak", None),
        ("toc", [
            "Hoofdstuk 1  Inleiding en leeswijzer",
            "Hoofdstuk 2  Terugblik op de periode 2020-2024",
            "Hoofdstuk 3  Onze koers: visie en thema's",
            "Hoofdstuk 4  De basis op iedere school",
            "Hoofdstuk 5  Extra ondersteuning en toewijzing",
            "Hoofdstuk 6  Van vso naar regulier: terug- en overplaatsing",
            "Hoofdstuk 7  Thuiszitters en zorgplicht",
            "Hoofdstuk 8  Communicatie",
            "Hoofdstuk 9  Kwaliteit en monitoring",
            "Hoofdstuk 10 Geld en middelen",
            "Hoofdstuk 11 Samenwerking met gemeenten",
            "Hoofdstuk 12 Organisatie, medezeggenschap en personeel",
            "Hoofdstuk 13 Jaarplanning",
            "Bijlage      Afkortingen en begrippen",
        ]),
        ("pagebreak", None),
        ("h1", "Hoofdstuk 1  Inleiding en leeswijzer"),
        ("p", "Het samenwerkingsverband Heuvelrug-Vallei Oost is in 2014 opgericht door de schoolbesturen voor voortgezet onderwijs en voortgezet speciaal onderwijs in de gemeenten Amerongen-Leersum, Veenendaal-Oost, Rhenen-Elst en Woudenberg-Scherpenzeel. Het verband telt zeven besturen en dertien vestigingen, met samen ruim 9.400 leerlingen. Dit document is ons ondersteuningsplan voor de schooljaren 2024-2025 tot en met 2027-2028."),
        ("p", "We hebben gekozen voor een compact plan. Hoofdstuk 2 blikt terug op de vorige periode. Hoofdstuk 3 beschrijft onze koers. De hoofdstukken 4 tot en met 7 gaan over de ondersteuning aan leerlingen: wat iedere school biedt, hoe extra ondersteuning wordt toegewezen, hoe leerlingen uit het vso terugkeren en hoe we voorkomen dat leerlingen thuis komen te zitten. De hoofdstukken 8 tot en met 13 gaan over communicatie, kwaliteit, geld, samenwerking en organisatie."),
        ("p", "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, bedoelen we de vestiging waar de leerling onderwijs volgt."),
        ("p", "Wettelijk kader. Artikel 17a van de Wet op het voortgezet onderwijs (thans de overeenkomstige bepalingen van de WVO 2020) schrijft voor dat het ondersteuningsplan onder meer ingaat op de basisondersteuning, het samenhangend geheel van ondersteuningsvoorzieningen, de verdeling en besteding van de middelen, de procedure en criteria voor toelaatbaarheid tot het vso en het praktijkonderwijs, de terugplaatsing en overplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. Het plan wordt ten minste eens per vier jaar vastgesteld, na instemming van de ondersteuningsplanraad en na op overeenstemming gericht overleg met de gemeenten, en wordt vóór 1 mei aan de Inspectie gezonden."),
        ("p", "Totstandkoming. Het plan is in het najaar van 2023 voorbereid door een werkgroep van schoolleiders en ondersteuningscoördinatoren, aangevuld met twee leden van de OPR. In drie regionale bijeenkomsten hebben ruim honderd betrokkenen, onder wie leraren, ouders, jongeren en medewerkers van de lokale teams, gereageerd op een eerste versie. Hun reacties hebben geleid tot een kortere tekst en tot de keuze voor vier thema's. Het concept is besproken met het samenwerkingsverband PO Heuvelrug-Vallei, met wie wij de overstap van groep 8 naar de brugklas voorbereiden, en met de gemeenten in het OOGO."),
        ("h1", "Hoofdstuk 2  Terugblik op de periode 2020-2024"),
        ("p", "De vorige planperiode was turbulent. De schoolsluitingen in 2020 en 2021 hadden grote gevolgen voor jongeren die toch al kwetsbaar waren. Het aantal meldingen van langdurig verzuim verdubbelde in het schooljaar 2021-2022 ten opzichte van het jaar ervoor. Tegelijkertijd zagen we veel veerkracht: scholen richtten binnen enkele weken opvang in voor leerlingen die thuis niet goed konden leren, en ondersteuningscoördinatoren vonden elkaar in een regionaal netwerk dat sindsdien is gebleven."),
        ("table", [
            ["Gegevens (1 oktober)", "2020", "2021", "2022", "2023"],
            ["Leerlingen regulier vo", "9.210", "9.288", "9.342", "9.405"],
            ["Leerlingen vso uit de regio", "281", "296", "302", "309"],
            ["Deelnamepercentage vso", "2,96%", "3,09%", "3,13%", "3,18%"],
            ["Afgegeven TLV's vso (schooljaar)", "88", "97", "101", "96"],
            ["Terugplaatsingen vso naar regulier", "6", "9", "11", "13"],
            ["Thuiszitters langer dan 4 weken (peildatum 1 juni)", "17", "31", "24", "19"],
        ]),
        ("p", "De deelname aan het vso is in de periode gestegen, al blijft die onder het landelijk gemiddelde. Het aantal terugplaatsingen is verdubbeld, mede dankzij het terugplaatsingsarrangement dat in 2021 is ingevoerd. Het aantal thuiszitters is na de piek in 2021 gedaald, maar ligt nog boven het niveau van voor de schoolsluitingen. Uit de tevredenheidspeiling van 2023 bleek dat 68% van de ouders tevreden was over de ondersteuning op school en 57% over de informatie van het samenwerkingsverband."),
        ("h1", "Hoofdstuk 3  Onze koers: visie en thema's"),
        ("p", "Wij willen dat iedere jongere in onze regio zich kan ontwikkelen tot een zelfstandig en gelukkig mens, met een diploma of een andere waardevolle vervolgstap. Dat lukt het best als scholen, ouders en ketenpartners hun krachten bundelen. Het samenwerkingsverband is daarbij geen loket op afstand, maar een partner die meedenkt en verbindt."),
        ("p", "Voor deze planperiode hebben de besturen vier thema's gekozen: (1) versterken van de basis op iedere school, (2) terugkeer uit het vso waar het kan, (3) geen jongere thuis, en (4) betere informatie voor ouders en jongeren. Deze thema's keren terug in de hoofdstukken hierna. In het eerste planjaar formuleren we per thema beoogde resultaten met streefwaarden; die stellen we vast nadat in het schooljaar 2024-2025 een nulmeting is uitgevoerd."),
        ("h1", "Hoofdstuk 4  De basis op iedere school"),
        ("p", "Alle scholen in ons samenwerkingsverband hebben zich verbonden aan één gezamenlijke basis: het niveau van ondersteuning dat iedere vestiging aan iedere leerling biedt, zonder aanvraag bij het samenwerkingsverband. Deze afspraken zijn door het bestuur vastgesteld op 7 december 2023 en gelden voor alle reguliere vestigingen. Het onderstaande overzicht is de kern daarvan."),
        ("table", [
            ["Onderdeel", "Wat iedere school ten minste biedt"],
            ["Mentoraat", "Vaste mentor; mentorles in leerjaar 1 en 2; minimaal drie individuele gesprekken per jaar"],
            ["Ondersteuningsstructuur", "Ondersteuningscoördinator (ten minste 0,5 fte per vestiging), zorg- en adviesteam met jeugdarts, leerplicht en schoolmaatschappelijk werk, minimaal vijf keer per jaar"],
            ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; faciliteiten als extra tijd, digitale hulpmiddelen, auditieve ondersteuning"],
            ["Sociaal-emotioneel", "Training sociale vaardigheden en faalangstreductie; anti-pestprogramma met een anti-pestcoördinator"],
            ["Leren leren", "Begeleiding bij plannen en organiseren; huiswerkklas op ten minste drie middagen per week"],
            ["Gedrag", "Time-out voorziening met begeleiding en herstelgesprek"],
            ["Medisch", "Protocol medisch handelen; aangepaste roosters bij chronische ziekte"],
            ["Planmatig werken", "OPP voor iedere leerling met extra ondersteuning, twee keer per jaar geëvalueerd met ouders en leerling"],
        ]),
        ("p", "Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een gesprek over de basis, met een ondersteuningscoördinator van een andere school als 'critical friend'. De bevindingen worden vastgelegd in een kwaliteitskaart. Als een onderdeel ontbreekt, maken school en samenwerkingsverband afspraken over herstel binnen het lopende schooljaar."),
        ("h1", "Hoofdstuk 5  Extra ondersteuning en toewijzing"),
        ("p", "Voor extra ondersteuning bovenop de basis - op de eigen school, bovenschools of in het speciaal onderwijs - verwijzen we naar de Ondersteuningskaart van het samenwerkingsverband. Deze kaart wordt in het schooljaar 2024-2025 herzien en na vaststelling door het bestuur op de website gepubliceerd."),
        ("p", "De procedures en criteria voor de afgifte van toelaatbaarheidsverklaringen voor het vso en het praktijkonderwijs en voor de aanwijzing lwoo, zijn opgenomen in het Reglement Toewijzing 2024, dat het bestuur afzonderlijk vaststelt. Het reglement maakt geen deel uit van dit plan."),
        ("p", "In de vorige planperiode is de toewijzing van extra ondersteuning grotendeels naar de scholen gebracht. Dat heeft geleid tot kortere lijnen en minder bureaucratie; tegelijk vragen scholen om meer duidelijkheid over wat wel en niet bij het samenwerkingsverband kan worden aangevraagd. De herziene Ondersteuningskaart moet daarin voorzien."),
        ("h1", "Hoofdstuk 6  Van vso naar regulier: terug- en overplaatsing"),
        ("p", "Onze ambitie is dat jongeren niet langer in het vso blijven dan nodig is. Het vso is voor veel leerlingen een plek om tot rust te komen en weer te leren leren; daarna kan een reguliere school, al dan niet met extra ondersteuning, een goede vervolgstap zijn. Ons beleid kent drie uitgangspunten. Ten eerste: bij iedere leerling in het vso wordt jaarlijks bekeken of terugkeer mogelijk is. Ten tweede: terugkeer gebeurt bij voorkeur naar een school in de eigen woonplaats, en naar een niveau dat past bij het uitstroomprofiel in het OPP. Ten derde: geen terugkeer zonder steun; iedere teruggeplaatste leerling krijgt begeleiding."),
        ("p", "De procedure verloopt als volgt."),
        ("ol", [
            "Jaarlijks, uiterlijk in februari, evalueert de vso-school het OPP van iedere leerling met ouders en leerling. In die evaluatie wordt expliciet de vraag gesteld of terugplaatsing of overplaatsing aan de orde is.",
            "In het laatste schooljaar waarvoor de TLV geldt, stelt de vso-school vóór 1 april vast of terugplaatsing haalbaar is. Zij betrekt daarbij de consulent van het samenwerkingsverband.",
            "Is terugkeer haalbaar, dan meldt de vso-school de leerling in overleg met ouders aan bij een reguliere school naar keuze van ouders. De ontvangende school neemt een besluit over toelating binnen zes weken en voert een warme overdracht uit met de vso-school.",
            "De consulent van het samenwerkingsverband stelt samen met beide scholen een terugplaatsingsarrangement op. De directeur van het samenwerkingsverband besluit over het arrangement binnen twee weken.",
            "Is terugkeer niet haalbaar, dan vraagt de vso-school een nieuwe TLV aan volgens het Reglement Toewijzing. Voor leerlingen met een TLV die bij het einde van de looptijd niet wordt verlengd en die niet naar het regulier onderwijs kunnen, organiseert de consulent een overplaatsingsoverleg met een andere vso-school of het praktijkonderwijs.",
            "Na zes en na twaalf maanden evalueren de ontvangende school, de vso-school en de consulent met ouders en leerling hoe het gaat.",
        ]),
        ("p", "Het terugplaatsingsarrangement duurt twaalf maanden en bestaat uit ambulante begeleiding vanuit de vso-school (maximaal drie uur per week), een coach op de ontvangende school en een budget van € 4.000 dat de ontvangende school kan inzetten voor bijvoorbeeld een aangepast rooster of extra begeleiding. De vso-school houdt in die periode een 'terugvaloptie': als de terugkeer niet slaagt, kan de leerling binnen de looptijd van het arrangement zonder nieuwe aanvraag terug naar het vso."),
        ("h1", "Hoofdstuk 7  Thuiszitters en zorgplicht"),
        ("p", "Geen jongere thuis: dat is een gezamenlijke opdracht van scholen, samenwerkingsverband, leerplicht en jeugdhulp. Onze aanpak kent drie onderdelen."),
        ("p", "Signaleren. Scholen melden iedere leerling die langer dan twee weken aaneengesloten of structureel gedeeltelijk verzuimt bij de leerplichtambtenaar én bij de consulent van het samenwerkingsverband. De consulent houdt een actueel overzicht bij van alle thuiszitters en van leerlingen met een vrijstelling."),
        ("p", "Handelen. Binnen vier weken na de melding organiseert de school een overleg met ouders, leerling, leerplicht en de consulent, waarin een plan wordt gemaakt met een tijdpad voor terugkeer naar onderwijs. Als dat plan na acht weken niet tot onderwijs heeft geleid, wordt de leerling besproken in de Regionale Thuiszitterstafel, die maandelijks bijeenkomt. Aan tafel zitten de directeur van het samenwerkingsverband, een vertegenwoordiger van de besturen, de coördinator leerplicht en een medewerker van de jeugdhulpregio. De tafel heeft mandaat om een plek af te dwingen: de besturen hebben afgesproken dat zij een plaatsingsverzoek van de tafel honoreren."),
        ("p", "Zorgplicht. Een leerling die wordt aangemeld en extra ondersteuning nodig heeft, krijgt binnen zes weken (met een mogelijke verlenging van vier weken) een passende plek aangeboden op de eigen school of op een andere school. Lukt dat niet, dan brengt het bestuur de leerling in bij de Plaatsingstafel van het samenwerkingsverband, die binnen twee weken met een concreet aanbod komt. Voor leerlingen die in geen enkele bestaande voorziening passen, is er een maatwerkbudget waarmee de tafel een tijdelijk individueel traject kan inkopen."),
        ("p", "In 2023 hebben we, samen met de gemeenten, geanalyseerd waar in de regio plekken ontbreken. Daaruit kwam naar voren dat er geen voorziening is voor jongeren van 16 jaar en ouder die het vo zijn uitgevallen en (nog) niet naar het mbo kunnen. Samen met het ROC Vallei en de gemeenten starten we in 2025 een pilot 'Tussenjaar' voor maximaal twaalf jongeren."),
    ]
    b += [
        ("h1", "Hoofdstuk 8  Communicatie"),
        ("p", "Communicatie is een van onze vier thema's. Uit de tevredenheidspeiling bleek dat ouders het samenwerkingsverband nauwelijks kennen en dat zij vaak pas over passend onderwijs horen als er al problemen zijn. Dat moet anders."),
        ("p", "Ouders krijgen informatie over de ondersteuningsmogelijkheden via de volgende kanalen:"),
        ("ul", [
            "de ouderpagina op www.swv-hvo.nl met uitleg over de basis op iedere school, over extra ondersteuning en over de weg naar het vso, in eenvoudige taal;",
            "de schoolgids van iedere school, waarin de school beschrijft welke ondersteuning zij biedt; het samenwerkingsverband levert daarvoor een standaardtekst aan;",
            "een informatieavond in november voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte, samen met het samenwerkingsverband PO;",
            "een folder 'Extra ondersteuning op de middelbare school' die de ondersteuningscoördinatoren meegeven bij het eerste gesprek met ouders;",
            "twee keer per jaar een digitale nieuwsbrief voor ouders, die via de scholen wordt verspreid.",
        ]),
        ("p", "Met ingang van de Wet versterking positie ouders en leerlingen moeten alle samenwerkingsverbanden een ouder- en jeugdsteunpunt inrichten. Wij gaan dat doen; hoe het steunpunt eruit komt te zien, werken we in 2025 uit samen met de OPR en het samenwerkingsverband PO."),
        ("p", "Naast ouders willen we ook jongeren zelf beter bereiken. Daarom ontwikkelen we samen met de leerlingenraden een korte video over passend onderwijs, die in het mentoruur van leerjaar 1 wordt getoond."),
        ("h1", "Hoofdstuk 9  Kwaliteit en monitoring"),
        ("p", "Het samenwerkingsverband werkt volgens een jaarlijkse kwaliteitscyclus. Daarin volgen we systematisch hoe de ondersteuning in de regio zich ontwikkelt en wat dat betekent voor leerlingen."),
        ("ul", [
            "Ieder kwartaal actualiseert het bureau het dashboard 'Monitor Passend Onderwijs' met gegevens over deelname aan het vso en pro, aantallen TLV's en arrangementen, terugplaatsingen, thuiszitters en doorlooptijden. Het dashboard wordt besproken in het directeurenoverleg.",
            "Ieder jaar voert de directeur een kwaliteitsgesprek met ieder bestuur, aan de hand van de kwaliteitskaarten (hoofdstuk 4) en de verantwoording van de middelen (hoofdstuk 10).",
            "Eens per twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en ondersteuningscoördinatoren (volgende peiling: voorjaar 2025).",
            "Het jaarverslag, dat vóór 1 juli verschijnt, bevat een hoofdstuk 'Bereikte resultaten' met de ontwikkeling van de kengetallen uit het dashboard, de uitkomsten van de peilingen en een toelichting op de inzet van middelen.",
            "Halverwege de planperiode (najaar 2026) evalueren we het plan met de OPR en de besturen.",
        ]),
        ("h1", "Hoofdstuk 10  Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 11,2 miljoen aan rijksmiddelen. Daarvan gaat ruim € 4,9 miljoen via DUO rechtstreeks naar het vso, en wordt € 3,6 miljoen voor lichte ondersteuning doorbetaald aan de besturen met lwoo- en pro-leerlingen."),
        ("p", "Verdeling. De resterende middelen verdelen we volgens het schoolmodel. Ieder bestuur ontvangt een basisbedrag van € 160 per leerling (teldatum 1 oktober van het voorgaande jaar) voor de versterking van de basis en voor extra ondersteuning op school. Besturen met een vestiging waar meer dan 15% van de leerlingen in de basis- en kaderberoepsgerichte leerweg zit, ontvangen een toeslag van € 40 per leerling op die vestiging. De terugplaatsingsarrangementen en het maatwerkbudget van de Plaatsingstafel beheert het samenwerkingsverband zelf; de directeur besluit over de inzet, binnen de kaders van de begroting."),
        ("p", "Verantwoording. Besturen verantwoorden vóór 1 april hoe zij de middelen in het voorgaande schooljaar hebben ingezet, met een overzicht van de ingezette formatie, de aantallen begeleide leerlingen en de evaluatie daarvan. Niet bestede middelen boven 10% van het bedrag worden verrekend met het volgende jaar."),
        ("table", [
            ["Meerjarenbegroting (bedragen in €)", "2024", "2025", "2026", "2027"],
            ["Rijksbijdrage ondersteuning (netto na DUO)", "6.310.000", "6.270.000", "6.220.000", "6.180.000"],
            ["Doorbetaling lichte ondersteuning lwoo/pro", "3.600.000", "3.580.000", "3.550.000", "3.520.000"],
            ["Basisbedrag schoolbudgetten", "1.505.000", "1.498.000", "1.490.000", "1.482.000"],
            ["Toeslag bb/kb-vestigingen", "96.000", "96.000", "95.000", "94.000"],
            ["Terugplaatsingsarrangementen", "60.000", "72.000", "80.000", "80.000"],
            ["Maatwerkbudget Plaatsingstafel / thuiszitters", "150.000", "150.000", "150.000", "150.000"],
            ["Pilot Tussenjaar", "0", "85.000", "120.000", "120.000"],
            ["Ouderinformatie en ouder- en jeugdsteunpunt", "20.000", "65.000", "65.000", "65.000"],
            ["Bureau, consulenten en huisvesting", "640.000", "650.000", "660.000", "670.000"],
            ["Totaal lasten", "6.071.000", "6.196.000", "6.210.000", "6.181.000"],
            ["Resultaat", "239.000", "74.000", "10.000", "-1.000"],
        ]),
        ("p", "Het weerstandsvermogen bedroeg eind 2023 14%. Het bestuur hanteert een bandbreedte van 5 tot 10% en zet het surplus in de planperiode in voor de pilot Tussenjaar en het ouder- en jeugdsteunpunt."),
        ("h1", "Hoofdstuk 11  Samenwerking met gemeenten"),
        ("p", "De gemeenten in onze regio zijn belangrijke partners. Het OOGO over dit plan vond plaats op 5 maart 2024 met de wethouders van de vier gemeenten. Daarbij is gesproken over de thuiszittersaanpak, de pilot Tussenjaar, het leerlingenvervoer, de inzet van jeugdhulp op school en de huisvesting van de vso-scholen."),
        ("p", "Op iedere vestiging werkt een schoolmaatschappelijk werker, gefinancierd door de gemeenten. Jeugdhulp kan onder schooltijd op school worden geboden. Voor leerlingen die naast onderwijs intensieve zorg nodig hebben, maken school, ouders en zorgaanbieder afspraken in een onderwijszorgarrangement; de gemeente en het samenwerkingsverband delen daarbij de kosten volgens een vaste verdeelsleutel."),
        ("h1", "Hoofdstuk 12  Organisatie, medezeggenschap en personeel"),
        ("p", "Het samenwerkingsverband is een stichting met een bestuur bestaande uit de bestuurders van de zeven aangesloten schoolbesturen en een onafhankelijk voorzitter. Het intern toezicht is belegd bij een toezichtsorgaan van drie onafhankelijke leden. De directeur is verantwoordelijk voor de uitvoering van het beleid en leidt het bureau (7,4 fte), met vier consulenten die scholen adviseren en de Plaatsingstafel voorbereiden."),
        ("p", "De ondersteuningsplanraad bestaat uit acht leden, van wie vier ouders of leerlingen en vier personeelsleden van de aangesloten scholen. De OPR heeft op 19 maart 2024 ingestemd met dit plan. Het samenwerkingsverband heeft daarnaast een medezeggenschapsraad voor het eigen personeel."),
        ("p", "Het bureau investeert in de deskundigheid van de consulenten via intervisie en scholing. Voor de scholen organiseert het samenwerkingsverband drie keer per jaar een netwerkbijeenkomst voor ondersteuningscoördinatoren, met wisselende thema's zoals executieve functies, schoolangst, en gesprekken met ouders."),
        ("p", "Personeel en arbeidsmarkt. Ook in onze regio is het tekort aan leraren, ondersteuners en orthopedagogen voelbaar. Vacatures voor ondersteuningscoördinatoren blijven soms maanden open. Het samenwerkingsverband kan dat niet oplossen, maar wel helpen: we bieden een opleidingstraject voor leraren die willen doorgroeien naar ondersteuningscoördinator, we delen expertise tussen scholen via detachering van consulenten en we zorgen dat administratieve lasten rond aanvragen zo klein mogelijk zijn. Bij het opstellen van dit plan is met de personeelsgeleding van de OPR besproken welke gevolgen de plannen hebben voor de werkdruk op de scholen; de invoering van de herziene Ondersteuningskaart gebeurt daarom gefaseerd."),
        ("p", "Leerlingen aan het woord. Sinds 2023 organiseren we jaarlijks een jongerenpanel met twaalf leerlingen uit het regulier vo, het praktijkonderwijs en het vso. Het panel gaf bij de voorbereiding van dit plan onder meer aan dat leerlingen vaker zelf aanwezig willen zijn bij gesprekken over hun OPP. Scholen hebben afgesproken dat iedere leerling vanaf 12 jaar wordt uitgenodigd voor de bespreking van het eigen OPP."),
        ("p", "Privacy. Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor zijn wettelijke taken. De consulenten werken in een beveiligd dossiersysteem; gegevens worden na drie jaar vernietigd. Het privacyreglement is vastgesteld in 2023."),
        ("p", "ICT en dossiervorming. Scholen dienen verzoeken bij het samenwerkingsverband in via een beveiligd portaal dat is gekoppeld aan de leerlingadministratie. In 2025 vervangen we het huidige portaal, dat niet meer aan de eisen voldoet, door een systeem dat ook door het samenwerkingsverband PO wordt gebruikt. Dat maakt de overdracht van dossiers bij de overstap van groep 8 naar het voortgezet onderwijs eenvoudiger en veiliger. De kosten van de vervanging zijn opgenomen in de post 'Bureau, consulenten en huisvesting'."),
        ("h1", "Hoofdstuk 13  Jaarplanning"),
        ("table", [
            ["Wanneer", "Wat"],
            ["september-oktober", "Evaluatie jaarplan, kwaliteitsgesprekken met besturen"],
            ["november", "Informatieavond ouders groep 8; vaststelling begroting"],
            ["februari", "Evaluatie OPP's in het vso (terugplaatsing)"],
            ["april", "Verantwoording besturen over middelen"],
            ["juni", "Jaarverslag en bereikte resultaten; vaststelling jaarplan"],
            ["schooljaar 2024-2025", "Nulmeting en vaststellen streefwaarden; herziene Ondersteuningskaart"],
            ["2025", "Inrichting ouder- en jeugdsteunpunt"],
        ]),
        ("h1", "Bijlage  Afkortingen en begrippen"),
        ("ul", [
            "Basisondersteuning: wat iedere school ten minste biedt (zie hoofdstuk 4).",
            "Dekkend aanbod: een netwerk van voorzieningen waarin iedere leerling een passende plek vindt.",
            "Lwoo: leerwegondersteunend onderwijs.",
            "OJSP: ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders en jongeren.",
            "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen rond passend onderwijs.",
            "OOGO: op overeenstemming gericht overleg met de gemeenten.",
            "OPDC: orthopedagogisch-didactisch centrum.",
            "OPP: ontwikkelingsperspectiefplan.",
            "Pro: praktijkonderwijs.",
            "TLV: toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of het praktijkonderwijs.",
            "Vso: voortgezet speciaal onderwijs.",
        ]),
    ]
    return {
        "doc_title": f"Koers en ondersteuning - ondersteuningsplan 2024-2028 {swv}",
        "author": swv,
        "header": "Koers en ondersteuning 2024-2028",
        "footer": "SWV VO Heuvelrug-Vallei Oost",
        "blocks": b,
    }


# ======================================================================================
# Plan D - PO Zeestroom (pdf). Only PO plan of the set. Terugplaatsing sits inside the
# TLV chapter (3.6); basisondersteuning in a table. Thin spots: no TLV criteria (afwegingskader
# still to be developed); finance entirely in a separate Financieel Meerjarenplan; results
# chapter deferred to a voortgangsparagraaf; parent information deferred to a communicatieplan.
# ======================================================================================

def plan_d():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Zeestroom"
    b = []
    b += [
        ("title", "Samen sterk voor ieder kind"),
        ("subtitle", f"Ondersteuningsplan 2025-2029 - {swv} (PO 28-04)"),
        ("p", "Vastgesteld door het algemeen bestuur op 15 april 2025"),
        ("pagebreak", None),
        ("toc", [
            "1. Voorwoord en inleiding",
            "   1.1 Over dit plan",
            "   1.2 Onze regio",
            "2. Visie en missie",
            "3. Ondersteuning in Zeestroom",
            "   3.1 Basisondersteuning: wat iedere school biedt",
            "   3.2 Extra ondersteuning en het Expertiseteam",
            "   3.3 Bovenschoolse voorzieningen",
            "   3.4 Speciaal basisonderwijs en speciaal onderwijs",
            "   3.5 Toelaatbaarheid: de weg naar sbo en so",
            "   3.6 Na afloop van de TLV",
            "4. Een passende plek voor ieder kind: dekkend aanbod en thuiszitters",
            "5. Ouders",
            "6. Samenwerking met gemeenten, jeugdhulp en het vo",
            "7. Resultaten en kwaliteit",
            "8. Financiën",
            "9. Organisatie en medezeggenschap",
            "10. Personeel, scholing en ICT",
            "11. Begrippenlijst",
        ]),
        ("pagebreak", None),
        ("h1", "1. Voorwoord en inleiding"),
        ("p", "Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029 van Zeestroom. Dit plan is het resultaat van een jaar lang praten, luisteren en schrijven. Leerkrachten, intern begeleiders, schooldirecteuren, ouders, gemeenten en jeugdhulppartners hebben hun ervaringen en wensen met ons gedeeld. Wat ons opviel: iedereen wil hetzelfde, namelijk dat kinderen in onze regio zo goed mogelijk opgroeien en leren. Over de weg daarnaartoe verschillen we soms van mening, en dat is goed."),
        ("p", "Het vorige plan stond in het teken van 'thuisnabij onderwijs'. Dat begrip is inmiddels stevig verankerd in ons denken en doen. Maar in de gesprekken hoorden we ook de keerzijde: leerkrachten voelen zich soms overvraagd, en niet ieder kind is gebaat bij een plek in een grote groep. In dit plan zoeken we daarom naar een nieuw evenwicht tussen thuisnabij en passend."),
        ("p", "Namens het bestuur, Karin de Vries-Bakker, directeur-bestuurder"),
        ("h2", "1.1 Over dit plan"),
        ("p", "Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan op. Het plan beschrijft hoe de scholen in de regio samen zorgen voor passend onderwijs. Het plan is besproken met de ondersteuningsplanraad, die op 8 april 2025 instemde, en met de gemeenten in het op overeenstemming gericht overleg van 20 maart 2025. Het plan gaat in op 1 augustus 2025 en loopt tot en met 31 juli 2029."),
        ("p", "Het plan is geschreven voor iedereen die met passend onderwijs te maken heeft: bestuurders, schoolleiders, intern begeleiders, leerkrachten, ouders en partners. Daarom hebben we geprobeerd zo min mogelijk vaktaal te gebruiken. Waar dat niet lukt, helpt de begrippenlijst achterin."),
        ("h2", "1.2 Onze regio"),
        ("p", "Zeestroom is het samenwerkingsverband voor het primair onderwijs in de kustgemeenten Zandvoort-Noord, Duinwijk, Polderland en Westerhaven. Er zijn negen schoolbesturen aangesloten, met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties van twee scholen voor speciaal onderwijs. Ruim 13.000 kinderen gaan in onze regio naar school. De regio is divers: van kleine dorpsscholen met minder dan honderd leerlingen tot stadsscholen met meer dan vijfhonderd. In Westerhaven wonen relatief veel gezinnen die kort in Nederland zijn; in de polderdorpen is de bevolking vergrijsd en lopen de leerlingaantallen terug."),
        ("h1", "2. Visie en missie"),
        ("p", "Iedere leerling in Zeestroom krijgt het onderwijs en de ondersteuning die hij of zij nodig heeft, zo dicht mogelijk bij huis. Dat is onze missie. We geloven dat kinderen het beste leren als ze zich veilig en gezien voelen, en als leerkrachten, ouders en hulpverleners samen optrekken. We kijken naar wat een kind nodig heeft, niet naar wat er mis is."),
        ("p", "Vier kernwaarden geven richting aan ons werk: vertrouwen (we gaan uit van de professionaliteit van scholen en de kennis van ouders), nabijheid (ondersteuning zo dicht mogelijk bij het kind), samenwerking (onderwijs en jeugdhulp als één team) en eenvoud (zo weinig mogelijk regels en formulieren). Deze waarden zijn in 2024 opnieuw vastgesteld door het algemeen bestuur, na gesprekken met de OPR en met de directeuren."),
        ("p", "Wat betekent dit voor de dagelijkse praktijk? Voor leerkrachten betekent het dat zij niet alleen staan: de intern begeleider, het ondersteuningsteam en het Expertiseteam denken mee. Voor schoolleiders betekent het dat zij ruimte krijgen om keuzes te maken die bij hun school en hun leerlingen passen. Voor besturen betekent het dat zij samen verantwoordelijk zijn voor alle kinderen in de regio, ook voor de kinderen die (nog) niet op een van hun scholen zitten. En voor kinderen betekent het, hopen we, dat zij zich gezien voelen en met plezier naar school gaan."),
        ("h1", "3. Ondersteuning in Zeestroom"),
        ("p", "Ondersteuning in Zeestroom is opgebouwd uit lagen die in elkaar overlopen: basisondersteuning op iedere school, extra ondersteuning op de eigen school met hulp van het Expertiseteam, bovenschoolse voorzieningen voor kinderen die tijdelijk iets anders nodig hebben, en het speciaal basisonderwijs en speciaal onderwijs. Een kind kan tussen deze lagen bewegen, in beide richtingen."),
        ("h2", "3.1 Basisondersteuning: wat iedere school biedt"),
        ("p", "Alle 58 basisscholen in Zeestroom bieden dezelfde basisondersteuning. Dit is het niveau van ondersteuning dat de schoolbesturen samen hebben afgesproken en dat op iedere vestiging aanwezig is, zonder dat daarvoor een aanvraag nodig is. De afspraken zijn op 12 december 2024 door het algemeen bestuur vastgesteld. In het overzicht hieronder staat wat dat concreet betekent."),
        ("table", [
            ["Thema", "Wat iedere basisschool in Zeestroom biedt"],
            ["Zicht op ontwikkeling", "Leerlingvolgsysteem; twee keer per jaar groepsbespreking en leerlingbespreking met de intern begeleider"],
            ["Intern begeleider", "Iedere school heeft een intern begeleider met ten minste één dag per week per 150 leerlingen"],
            ["Taal en lezen", "Protocol leesproblemen en dyslexie; extra leestijd en voorleessoftware; begeleiding bij vermoeden van dyslexie tot en met de aanmelding voor vergoed onderzoek"],
            ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; extra instructie in kleine groep"],
            ["Gedrag en welbevinden", "Methode voor sociaal-emotioneel leren; pestprotocol; aanpak bij gedragsproblemen met een gedragsplan"],
            ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; verrijkingsaanbod in de eigen groep"],
            ["Nieuwkomers en NT2", "Aanbod Nederlands als tweede taal voor kinderen die na hun vierde in Nederland zijn gekomen, in samenwerking met de Taalklas"],
            ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking; aangepast aanbod bij langdurige ziekte"],
            ["Samenwerking", "Ondersteuningsteam met ouders, intern begeleider, schoolmaatschappelijk werk en jeugdverpleegkundige, op afroep binnen drie weken"],
            ["Planmatig werken", "Een ontwikkelingsperspectief (OPP) voor ieder kind met een eigen leerlijn, twee keer per jaar geëvalueerd"],
        ]),
        ("p", "Iedere school werkt jaarlijks een kwaliteitskaart bij waarin zij laat zien hoe zij de basisondersteuning uitvoert. Het Expertiseteam bespreekt de kaart eens per twee jaar met de directeur en intern begeleider; waar de school onder het afgesproken niveau blijft, maakt het bestuur een verbeterplan."),
        ("h2", "3.2 Extra ondersteuning en het Expertiseteam"),
        ("p", "Wanneer een kind meer nodig heeft dan de basis, kan de school het Expertiseteam van Zeestroom inschakelen. Het Expertiseteam bestaat uit orthopedagogen, gedragsspecialisten, een logopedist en specialisten jonge kind en hoogbegaafdheid. Zij denken mee in het ondersteuningsteam, observeren in de klas, coachen de leerkracht en kunnen een periode van begeleiding bieden aan een kind of groepje kinderen. Ook kan de school, samen met het Expertiseteam, een arrangement op maat inrichten, bijvoorbeeld een aangepaste leerlijn met extra begeleiding of een combinatie van onderwijs en zorg."),
        ("h2", "3.3 Bovenschoolse voorzieningen"),
        ("ul", [
            "De Kiemklas: een dag per week onderwijs voor hoogbegaafde kinderen uit groep 5 tot en met 8, op drie locaties.",
            "De Taalklas in Westerhaven: een jaar intensief Nederlands voor nieuwkomers van 6 tot 12 jaar, daarna doorstroom naar de eigen basisschool.",
            "Observatiegroep De Duinroos: een kleine groep voor jonge kinderen (4 tot 7 jaar) van wie nog niet duidelijk is wat zij nodig hebben; maximaal zes maanden, in samenwerking met een kinderdagcentrum.",
            "Het onderwijs-zorgarrangement De Zeester, samen met jeugdhulpaanbieder Kindkracht, voor kinderen die naast onderwijs dagbehandeling nodig hebben.",
        ]),
        ("h2", "3.4 Speciaal basisonderwijs en speciaal onderwijs"),
        ("p", "In de regio zijn twee scholen voor speciaal basisonderwijs: De Branding in Duinwijk en 't Kompas in Polderland. Het speciaal onderwijs wordt gegeven door De Meeuw (cluster 3) en De Vuurtoren (cluster 4, op twee locaties). De Vuurtoren werkt met kleine groepen en een eigen behandelteam. Voor kinderen met een visuele of auditieve beperking of een taalontwikkelingsstoornis (cluster 1 en 2) zijn landelijke instellingen verantwoordelijk."),
        ("h2", "3.5 Toelaatbaarheid: de weg naar sbo en so"),
        ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van Zeestroom nodig. De aanvraag wordt gedaan door het schoolbestuur van de school waar het kind staat ingeschreven, of, als het kind nog niet op school zit, door het bestuur van de school waar het is aangemeld. De procedure gaat als volgt."),
        ("ol", [
            "De school bespreekt het kind in het ondersteuningsteam, met ouders. Samen vullen zij het groeidocument in: wat is er al gedaan, wat heeft het opgeleverd, wat heeft het kind nodig? Ouders geven hun zienswijze op de aanvraag.",
            "De intern begeleider dient het groeidocument met bijlagen (OPP, verslagen van onderzoek, zienswijze ouders) digitaal in bij het Loket van Zeestroom.",
            "Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is en wijst twee deskundigen aan die niet eerder bij het kind betrokken zijn geweest: een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag een kinderarts, maatschappelijk werker, kinderpsychiater of pedagoog. Beide deskundigen brengen een eigen schriftelijk advies uit; ouders krijgen daarvan een kopie.",
            "De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken na ontvangst van de complete aanvraag. De CvT kan ouders en school uitnodigen voor een gesprek.",
            "Bij een TLV voor het so bepaalt de CvT ook de bekostigingscategorie: laag, midden of hoog.",
        ]),
        ("p", "Een TLV voor het speciaal basisonderwijs geldt tot het einde van de basisschoolperiode. Een TLV voor het speciaal onderwijs wordt afgegeven voor twee schooljaren; voor kinderen met een ernstige meervoudige beperking kan de CvT een TLV afgeven tot het einde van de basisschoolperiode."),
        ("p", "Over de vraag wanneer een kind toelaatbaar is, oordeelt de CvT per situatie, op basis van het groeidocument en de twee deskundigenadviezen. Een afwegingskader met criteria voor het sbo en het so ontwikkelen we in het schooljaar 2025-2026 samen met de sbo- en so-scholen."),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over de TLV. Zeestroom is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. De commissie hoort ouders en school en brengt advies uit aan het bestuur, dat daarna een nieuw besluit neemt."),
        ("h2", "3.6 Na afloop van de TLV"),
        ("p", "Plaatsing in het sbo of so is in Zeestroom nooit bedoeld als eindstation. We vinden dat een kind terug moet kunnen naar een basisschool als het daar, eventueel met extra ondersteuning, weer tot zijn recht komt. Daarbij gaat het om de vraag wat het kind nodig heeft, niet om de vraag of de TLV afloopt. Terugkeer gebeurt bij voorkeur naar een school in de eigen wijk of het eigen dorp; ook overplaatsing van het so naar het sbo behoort tot de mogelijkheden. Een voorwaarde is dat de ontvangende school de ondersteuning kan bieden die in het OPP is beschreven. Ieder kind dat terugkeert, krijgt gedurende een jaar begeleiding van het Expertiseteam en van een leerkracht van de sbo- of so-school die het kind kent."),
        ("p", "Hoe gaat dat in de praktijk? De sbo- of so-school evalueert het OPP ieder jaar in het voorjaar met ouders. Daarbij komt altijd de vraag aan de orde of terugplaatsing mogelijk is. Een half jaar voordat de TLV afloopt, bespreekt de sbo- of so-school met ouders en het Loket of het kind terug kan naar het basisonderwijs, moet overstappen naar een andere vorm van speciaal onderwijs of een nieuwe TLV nodig heeft. Als terugplaatsing aan de orde is, zoekt de school samen met ouders een basisschool; de basisschool en de sbo- of so-school stellen samen een overstapplan op met een proefperiode van ten hoogste acht weken, waarin het kind al een deel van de week op de nieuwe school is. Na de proefperiode besluiten ouders en beide scholen samen over de definitieve overstap. Is een nieuwe TLV nodig, dan vraagt de sbo- of so-school die aan volgens de procedure van 3.5."),
    ]
    b += [
        ("h1", "4. Een passende plek voor ieder kind: dekkend aanbod en thuiszitters"),
        ("p", "Zeestroom wil een dekkend netwerk van voorzieningen, zodat ieder kind een passende plek heeft. In 2024 hebben we met alle besturen en met de gemeenten onderzocht waar het aanbod tekortschiet. Uit die analyse kwamen drie knelpunten naar voren. Er is een wachtlijst voor De Vuurtoren (cluster 4), waardoor kinderen soms maanden moeten wachten op een plek. Er is geen passend aanbod voor jonge kinderen (4-6 jaar) met intensieve zorgbehoeften die niet in het kinderdagcentrum maar ook niet in een reguliere kleutergroep passen. En voor kinderen met ernstige angst- of stemmingsproblemen is het aanbod versnipperd."),
        ("p", "We pakken deze knelpunten zo aan. Samen met De Vuurtoren openen we per 1 augustus 2025 een extra groep op de locatie Westerhaven. De observatiegroep De Duinroos wordt vanaf januari 2026 uitgebreid met een groep voor kinderen van 4 tot 6 jaar met een combinatie van onderwijs en zorg. Voor kinderen met angstproblemen ontwikkelen we met de gemeenten een aanpak waarbij een jeugdhulpverlener op school werkt."),
        ("p", "Geen kind hoort thuis te zitten. Als een kind niet of maar een deel van de week naar school gaat, meldt de school dat direct bij de leerplichtambtenaar en bij het Loket. De consulent van het Loket roept binnen twee weken een overleg bijeen met ouders, school, leerplicht en, als dat nodig is, jeugdhulp, en maakt een plan om het kind zo snel mogelijk weer onderwijs te laten volgen. Als het niet lukt om binnen zes weken een oplossing te vinden, bespreekt de directeur-bestuurder de situatie met de betrokken schoolbesturen. Zij hebben afgesproken dat zij in zo'n geval samen een plek organiseren. Ook aanvragen voor vrijstelling van de leerplicht bespreken we met de leerplichtambtenaar en de ouders, zodat zo'n vrijstelling alleen wordt gegeven als er echt geen onderwijs mogelijk is."),
        ("p", "Bij aanmelding van een kind met een ondersteuningsbehoefte geldt de zorgplicht. De school waar het kind is aangemeld onderzoekt binnen zes weken (met eenmalig vier weken verlenging) of zij het kind kan plaatsen, en zoekt anders samen met ouders een andere school die dat wel kan. Het Loket helpt daarbij als het niet lukt."),
        ("h1", "5. Ouders"),
        ("p", "Ouders zijn de eerste opvoeders en kennen hun kind als geen ander. We vinden het belangrijk dat ouders vanaf het begin worden betrokken bij gesprekken over de ondersteuning van hun kind. Ouders nemen deel aan het ondersteuningsteam, geven hun zienswijze bij een aanvraag voor een TLV en bespreken het OPP met de school. In de OPR zitten zes ouders en zes leerkrachten."),
        ("p", "Hoe we ouders informeren over het ondersteuningsaanbod in de regio, werken we in het eerste planjaar uit in een communicatieplan. Daarin komen onder meer de vernieuwing van de website en een ouderbrochure aan de orde."),
        ("p", "Soms loopt het gesprek tussen ouders en school vast, of hebben ouders behoefte aan iemand die naast hen staat. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Kust en Polder. Het steunpunt is onafhankelijk van de scholen en van Zeestroom; de medewerkers zijn in dienst van MEE Kust en hebben alleen het belang van het kind voor ogen. Ouders kunnen bellen, mailen of langskomen op het inloopspreekuur in de bibliotheek van Duinwijk. Het steunpunt kan meegaan naar gesprekken en helpt bij het op papier zetten van een klacht of bezwaar. Ouders kunnen ook gratis advies vragen bij de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        ("h1", "6. Samenwerking met gemeenten, jeugdhulp en het vo"),
        ("p", "Passend onderwijs en jeugdhulp kunnen niet zonder elkaar. Met de vier gemeenten voeren we twee keer per jaar een bestuurlijk overleg en vier keer per jaar ambtelijk overleg. In het OOGO van 20 maart 2025 zijn afspraken gemaakt over de inzet van schoolmaatschappelijk werk op iedere school, de aanpak van kinderen met angstproblemen, het leerlingenvervoer naar het sbo en so, en de huisvesting van de Taalklas."),
        ("p", "Iedere basisschool heeft een vaste contactpersoon in het lokale wijkteam. Jeugdhulp kan onder schooltijd op school worden geboden. Voor kinderen die naast onderwijs intensieve zorg nodig hebben, werken we met onderwijs-zorgarrangementen zoals De Zeester."),
        ("p", "Met het samenwerkingsverband VO Kust en Polder hebben we afspraken over de overstap naar het voortgezet onderwijs. Kinderen met een ondersteuningsbehoefte worden in groep 8 besproken in een warme overdracht tussen basisschool en vo-school, en voor kinderen in het sbo en so wordt in groep 7 al gestart met de oriëntatie op het vervolgonderwijs."),
        ("h1", "7. Resultaten en kwaliteit"),
        ("p", "Een hoofdstuk over beoogde en bereikte resultaten nemen we op in de eerste voortgangsparagraaf bij dit plan, die in het najaar van 2026 aan de OPR wordt voorgelegd. Daarvoor voeren we eerst een nulmeting uit."),
        ("p", "Kwaliteit is meer dan cijfers. Zeestroom wil een lerende organisatie zijn, waarin we openstaan voor feedback van scholen, ouders en partners. We gaan daarover graag het gesprek aan."),
        ("h1", "8. Financiën"),
        ("p", "De middelen voor passend onderwijs ontvangt Zeestroom van het Rijk. Hoe deze middelen worden verdeeld en besteed, is beschreven in het Financieel Meerjarenplan 2025-2029, dat het algemeen bestuur als afzonderlijk document vaststelt. Het Financieel Meerjarenplan is geen onderdeel van dit ondersteuningsplan."),
        ("h1", "9. Organisatie en medezeggenschap"),
        ("p", "Zeestroom is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de negen aangesloten schoolbesturen en houdt toezicht op de directeur-bestuurder, die verantwoordelijk is voor de uitvoering. De statuten en het bestuursreglement zijn in 2023 aangepast om bestuur en toezicht beter te scheiden. Het algemeen bestuur vergadert zes keer per jaar."),
        ("p", "Het bureau van Zeestroom bestaat uit de directeur-bestuurder, een beleidsmedewerker, een managementassistent, het Loket (twee consulenten en een secretaris) en het Expertiseteam (12 medewerkers). De Commissie van Toelaatbaarheid bestaat uit drie leden: een orthopedagoog, een psycholoog en een ervaren intern begeleider als voorzitter."),
        ("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder. De OPR heeft een eigen budget voor scholing en ondersteuning."),
        ("h1", "10. Personeel, scholing en ICT"),
        ("p", "De medewerkers van het Expertiseteam zijn in dienst van Zeestroom. Zij volgen jaarlijks scholing op hun vakgebied en nemen deel aan intervisie. Voor intern begeleiders organiseert Zeestroom een netwerk dat vier keer per jaar bijeenkomt, en voor leerkrachten een scholingsaanbod over onder meer gedrag, hoogbegaafdheid en het jonge kind. Nieuwe intern begeleiders krijgen in hun eerste jaar een coach uit het Expertiseteam."),
        ("p", "We werken met een digitaal systeem voor aanvragen en dossiers, dat voldoet aan de eisen van de AVG. Gegevens worden bewaard tot drie jaar na het laatste besluit. Ouders hebben via een beveiligde omgeving inzage in het dossier van hun kind."),
        ("p", "Het lerarentekort raakt ook onze regio. Vooral in Westerhaven zijn vacatures moeilijk te vervullen. Zeestroom ondersteunt de besturen met een gezamenlijke invalpool voor intern begeleiders en door het Expertiseteam in te zetten op scholen waar de druk het grootst is."),
        ("h1", "11. Begrippenlijst"),
        ("ul", [
            "Arrangement: extra ondersteuning op maat voor een kind of een groep kinderen.",
            "Basisondersteuning: de ondersteuning die iedere school in Zeestroom biedt.",
            "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een so-school voor een leerling.",
            "Begroting: het financiële plan voor een jaar; de meerjarenbegroting geeft een doorkijk naar volgende jaren.",
            "CvT: Commissie van Toelaatbaarheid.",
            "Groeidocument: document waarin de ontwikkeling en ondersteuning van een kind worden beschreven.",
            "OJSP: ouder- en jeugdsteunpunt.",
            "OPP: ontwikkelingsperspectief.",
            "OPR: ondersteuningsplanraad.",
            "Resultaten: wat we met passend onderwijs bereiken voor kinderen.",
            "Sbo: speciaal basisonderwijs. So: speciaal onderwijs.",
            "TLV: toelaatbaarheidsverklaring.",
            "Verdeelmodel: de afspraken over hoe de middelen over de scholen worden verdeeld.",
        ]),
    ]
    return {
        "doc_title": f"Ondersteuningsplan 2025-2029 {swv}",
        "author": swv,
        "header": "Zeestroom | Ondersteuningsplan 2025-2029 | Samen sterk voor ieder kind",
        "footer": "www.zeestroom-po.nl",
        "blocks": b,
    }


# ======================================================================================
# Plan E - VO Ravenstein-Maasland (html). Web version of a plan "op hoofdlijnen".
# Thin spots: no basisondersteuning (standard still to be set), no dekkend aanbod (deferred
# to jaarplan), nothing on parents; TLV procedure only on the website; terugplaatsing policy
# deferred (procedure given); meerjarenbegroting with amounts but verdeelmodel deferred.
# Results chapter is the strongest part.
# ======================================================================================

def plan_e():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Ravenstein-Maasland"
    b = []
    b += [
        ("title", "Ondersteuningsplan 2025-2029 op hoofdlijnen"),
        ("subtitle", f"{swv} (VO 30-11) - webversie"),
        ("toc", [
            "Voorwoord",
            "1. Een plan op hoofdlijnen",
            "2. Wettelijk kader en planperiode",
            "3. Onze regio in beeld",
            "4. Visie en ambities",
            "5. Basisondersteuning en dekkend aanbod",
            "6. Toewijzing: vso, praktijkonderwijs en lwoo",
            "7. Terugplaatsing en overplaatsing",
            "8. Resultaten: wat willen we bereiken en hoe volgen we dat?",
            "9. Financiën",
            "10. Ouders en leerlingen",
            "11. Bestuur, organisatie en medezeggenschap",
            "12. Personeel, professionalisering en ICT",
            "13. Van plan naar jaarplan",
            "Afkortingen",
        ]),
        ("h1", "Voorwoord"),
        ("p", "Dit is de webversie van het ondersteuningsplan 2025-2029 van het samenwerkingsverband Ravenstein-Maasland. Een pdf-versie kunt u downloaden onderaan deze pagina. Het plan is door het bestuur vastgesteld op 8 april 2025 en gaat in op 1 augustus 2025."),
        ("p", "De afgelopen jaren zijn er in het voortgezet onderwijs veel veranderingen geweest. De coronaperiode, het lerarentekort, de instroom van leerlingen uit Oekraïne en de discussie over de landelijke norm voor basisondersteuning hebben ons werk beïnvloed. Tegelijk is de opdracht van het samenwerkingsverband niet veranderd: zorgen dat jongeren die extra ondersteuning nodig hebben die ook krijgen. Jongeren, ouders en scholen rekenen erop dat we dat goed doen."),
        ("p", "Met dit plan kiezen we voor een andere vorm dan voorheen. Het vorige plan telde ruim honderd pagina's en werd nauwelijks gelezen. Dit plan is korter en richt zich op de hoofdlijnen: wat we willen bereiken, welke afspraken vastliggen en hoe we de voortgang volgen. De uitwerking volgt in de jaarplannen en op onze website. Wij danken de leden van de werkgroep, de OPR en de bestuurders voor hun inzet. Drs. R. (Ruben) Hendriksen, directeur-bestuurder."),
        ("h1", "1. Een plan op hoofdlijnen"),
        ("p", "Een ondersteuningsplan moet houvast bieden, maar ook ruimte laten om in te spelen op nieuwe ontwikkelingen. Daarom beschrijft dit plan vooral het 'wat' en laten we het 'hoe' zoveel mogelijk aan de scholen en aan de jaarplannen van het samenwerkingsverband. Dat past bij de manier waarop de besturen in Ravenstein-Maasland samenwerken: met vertrouwen in elkaars professionaliteit en met korte lijnen."),
        ("p", "Het bestuur heeft bij de start van het traject drie uitgangspunten meegegeven. Het plan moet leesbaar zijn voor iedereen, ook voor mensen die niet dagelijks met passend onderwijs werken. Het plan moet meetbare ambities bevatten, zodat we na vier jaar kunnen laten zien wat het heeft opgeleverd. En het plan moet ruimte bieden om bij te sturen, bijvoorbeeld wanneer de landelijke norm voor basisondersteuning wordt ingevoerd."),
        ("p", "De werkgroep die het plan heeft voorbereid, bestond uit twee bestuurders, drie schoolleiders, twee ondersteuningscoördinatoren, de directeur-bestuurder en een beleidsmedewerker. Tussen september 2024 en februari 2025 kwam de werkgroep tien keer bijeen. Tussentijds zijn conceptteksten voorgelegd aan het directeurenoverleg en het netwerk van ondersteuningscoördinatoren."),
        ("p", "Lessen uit de vorige periode. Bij de evaluatie van het plan 2021-2025 kwamen drie lessen naar voren. De eerste is dat een plan alleen werkt als het wordt gebruikt: teksten die niemand leest, sturen niets. De tweede is dat ambities pas iets betekenen als ze meetbaar zijn en als iemand er eigenaar van is. In het vorige plan stonden veel voornemens zonder concrete afspraak over wie wat wanneer zou doen; een aantal daarvan is niet uitgevoerd. De derde les is dat de samenwerking tussen besturen het sterkst is waar zij samen een concreet probleem oplossen, bijvoorbeeld bij de gezamenlijke aanpak van het lerarentekort in de technische vakken. We hebben deze lessen verwerkt in de opzet van dit plan: minder tekst, meer meetbare ambities en een duidelijke koppeling met het jaarplan."),
        ("h1", "2. Wettelijk kader en planperiode"),
        ("p", "Het ondersteuningsplan is gebaseerd op de Wet op het voortgezet onderwijs 2020 en de daarin opgenomen bepalingen over samenwerkingsverbanden passend onderwijs (voorheen artikel 17a WVO). De wet schrijft voor dat het plan onder meer ingaat op de basisondersteuning, de verdeling en besteding van middelen, de toelaatbaarheid tot het vso en het praktijkonderwijs, terugplaatsing, resultaten en de informatie aan ouders. Het plan wordt ten minste eens in de vier jaar vastgesteld en vóór 1 mei aan de Inspectie van het Onderwijs gezonden."),
        ("p", "De planperiode loopt van 1 augustus 2025 tot en met 31 juli 2029. De OPR heeft op 1 april 2025 ingestemd met het plan. Het bestuur heeft het plan op 8 april 2025 vastgesteld, waarna het op 14 april 2025 via het Internet Schooldossier aan de Inspectie is toegezonden. Wijzigingen gedurende de planperiode worden opnieuw ter instemming aan de OPR voorgelegd."),
        ("h1", "3. Onze regio in beeld"),
        ("p", "Ravenstein-Maasland omvat vijf gemeenten langs de Maas. Zes schoolbesturen zijn aangesloten, met samen elf vestigingen: acht scholen voor vmbo, havo en vwo, een school voor praktijkonderwijs, een brede scholengemeenschap met een afdeling voor nieuwkomers en een school voor voortgezet speciaal onderwijs (De Waaier, cluster 4)."),
        ("table", [
            ["Leerlingen per 1 oktober 2024", "Aantal"],
            ["Regulier voortgezet onderwijs", "8.745"],
            ["waarvan in het vmbo", "3.610"],
            ["Praktijkonderwijs", "263"],
            ["Vso (woonachtig in de regio)", "334"],
        ]),
        ("p", "De leerlingaantallen dalen licht, met ongeveer 1% per jaar, vooral in de kleinere kernen. Twee vestigingen in het oosten van de regio hebben minder dan vierhonderd leerlingen; de besturen onderzoeken samen hoe een breed onderwijsaanbod in dat gebied behouden kan blijven. Dat vraagstuk valt buiten dit plan, maar heeft wel gevolgen voor de ondersteuning die scholen kunnen bieden."),
        ("h1", "4. Visie en ambities"),
        ("p", "Wij willen dat iedere jongere in Ravenstein-Maasland onderwijs volgt op een plek die bij hem of haar past, en dat die plek zo dicht mogelijk bij huis is. Jongeren verdienen het om gezien te worden in wie ze zijn en wat ze kunnen. Scholen zijn daarbij de eerste verantwoordelijke; het samenwerkingsverband ondersteunt, verbindt en maakt afspraken waar dat nodig is."),
        ("p", "Onze ambities voor de komende vier jaar zijn: (1) minder jongeren in een speciale setting wanneer dat niet nodig is; (2) betere uitstroom van jongeren in het praktijkonderwijs en het vso naar vervolgonderwijs en werk; (3) meer jongeren met leerwegondersteuning die een diploma halen; (4) een samenwerkingsverband dat door scholen wordt gezien als een betrouwbare en deskundige partner. In hoofdstuk 8 zijn deze ambities vertaald naar meetbare resultaten."),
        ("p", "Bij deze ambities horen drie waarden die we in de werkgroep en met de bestuurders hebben uitgesproken. Eigenaarschap: ieder bestuur voelt zich verantwoordelijk voor alle jongeren in de regio, niet alleen voor de eigen leerlingen. Transparantie: we maken zichtbaar wat we doen, wat het kost en wat het oplevert, ook als de uitkomsten tegenvallen. En eenvoud: we houden procedures zo licht mogelijk, zodat de tijd van ondersteuningscoördinatoren en mentoren zoveel mogelijk naar jongeren gaat. Deze waarden zijn geen doel op zichzelf, maar een toetssteen voor de keuzes die we de komende jaren maken."),
        ("h1", "5. Basisondersteuning en dekkend aanbod"),
        ("p", "De besturen stellen in het schooljaar 2025-2026 samen een nieuwe, gezamenlijke standaard voor de basisondersteuning vast. We wachten daarbij de uitwerking van de landelijke norm basisondersteuning af, zodat scholen niet twee keer hun werkwijze hoeven aan te passen. De nieuwe standaard wordt na vaststelling als wijziging van dit plan aan de OPR voorgelegd."),
        ("p", "Een analyse van het dekkend aanbod in de regio, inclusief de aanpak van thuiszitters, werken we uit in het jaarplan 2026. Het jaarplan wordt in december 2025 door het bestuur vastgesteld."),
    ]
    b += [
        ("h1", "6. Toewijzing: vso, praktijkonderwijs en lwoo"),
        ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het voortgezet speciaal onderwijs en het praktijkonderwijs, en of een leerling in aanmerking komt voor leerwegondersteunend onderwijs. Hoe een aanvraag verloopt, welke stukken nodig zijn en hoe lang het duurt, leest u op de pagina 'Toewijzing' van onze website."),
        ("h2", "Wanneer is een leerling toelaatbaar tot het vso?"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende criteria wordt voldaan:"),
        ("ul", [
            "de leerling heeft een ondersteuningsbehoefte op het gebied van gedrag, sociaal-emotionele ontwikkeling, leren, communicatie of lichamelijk functioneren die gedurende de hele schooldag een specialistische en intensieve aanpak vraagt;",
            "de reguliere school heeft gedurende ten minste twee perioden van drie maanden extra ondersteuning geboden op basis van een ontwikkelingsperspectiefplan, en de evaluaties laten zien dat de leerling onvoldoende tot ontwikkeling komt;",
            "een plaatsing op een andere reguliere school, al dan niet in combinatie met jeugdhulp, biedt naar verwachting geen passend perspectief;",
            "de problematiek is niet hoofdzakelijk van medische aard waarvoor behandeling buiten het onderwijs de aangewezen weg is.",
        ]),
        ("p", "Bij acute onveiligheid van de leerling of anderen kan van het tweede criterium worden afgeweken."),
        ("h2", "Praktijkonderwijs en lwoo"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 én een leerachterstand van ten minste 50% op twee of meer van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan één inzichtelijk rekenen of begrijpend lezen is. Daarnaast moet er sprake zijn van een ondersteuningsbehoefte die niet in een andere vorm van voortgezet onderwijs kan worden geboden."),
        ("p", "Voor leerwegondersteunend onderwijs hanteert Ravenstein-Maasland de landelijke criteria. Een leerling komt in aanmerking bij een IQ van 75 tot en met 90 en een leerachterstand van 25% tot 50% op ten minste twee van de vier domeinen, of bij een IQ van 91 tot en met 120 met dezelfde leerachterstand en daarnaast sociaal-emotionele problematiek (faalangst, prestatiemotivatie of emotionele instabiliteit) die het leren belemmert."),
        ("h1", "7. Terugplaatsing en overplaatsing"),
        ("p", "Voor leerlingen in het vso volgen we de onderstaande werkwijze wanneer het einde van de TLV in zicht komt."),
        ("ol", [
            "Ieder jaar vóór 1 maart bespreekt de vso-school in de commissie van begeleiding het ontwikkelingsperspectief van iedere leerling. In het laatste jaar van de TLV legt de commissie van begeleiding vast of de leerling kan terugkeren naar het regulier onderwijs, moet worden overgeplaatst of een nieuwe TLV nodig heeft.",
            "De vso-school informeert uiterlijk 15 maart de toewijzingscommissie van het samenwerkingsverband over de uitkomst.",
            "Bij terugplaatsing meldt de vso-school de leerling vóór 1 april aan bij een reguliere vo-school; de vo-school beslist binnen zes weken over toelating.",
            "Bij overplaatsing naar een andere vso-school of naar het praktijkonderwijs stemt de vso-school vóór 1 april af met de ontvangende school.",
            "Is een nieuwe TLV nodig, dan wordt die tijdig aangevraagd, zodat de leerling na de zomer niet zonder geldige TLV zit (zie de pagina 'Toewijzing' op de website).",
        ]),
        ("p", "Het beleid rond terugplaatsing - doelen, voorwaarden en de begeleiding van leerlingen na terugkeer - herijken we in 2026 samen met De Waaier en de vso-scholen buiten de regio. Tot die tijd verwijzen we naar de notitie 'Terug naar regulier' uit 2019, die op de website staat."),
        ("h1", "8. Resultaten: wat willen we bereiken en hoe volgen we dat?"),
        ("h2", "8.1 Terugblik 2021-2025"),
        ("p", "In het vorige plan hadden we vier doelen gesteld. De deelname aan het vso daalde van 4,1% (1 oktober 2020) naar 3,8% (1 oktober 2024); het doel was 3,6%. Het percentage pro-leerlingen dat een jaar na uitstroom werk had of een mbo-opleiding volgde, steeg van 71% naar 78% (doel 80%). Het aantal leerlingen dat uit het vso terugkeerde naar het regulier vo lag tussen 9 en 12 per jaar. Het diplomaresultaat van lwoo-leerlingen in de basis- en kaderberoepsgerichte leerweg bleef stabiel rond 91% (doel 93%). De doelen zijn dus deels gehaald. De analyse daarvan staat in het jaarverslag 2024, hoofdstuk 3."),
        ("h2", "8.2 Beoogde resultaten 2025-2029"),
        ("table", [
            ["Ambitie", "Indicator", "Uitgangswaarde (2024)", "Streefwaarde 2027", "Streefwaarde 2029"],
            ["1. Minder speciaal waar het niet nodig is", "Deelnamepercentage vso (1 oktober)", "3,8%", "3,6%", "3,4%"],
            ["2. Betere uitstroom pro en vso", "Percentage pro-leerlingen met werk of mbo-opleiding een jaar na uitstroom", "78%", "80%", "83%"],
            ["2. Betere uitstroom pro en vso", "Percentage vso-leerlingen dat uitstroomt conform het uitstroomprofiel in het OPP", "82%", "85%", "88%"],
            ["3. Meer diploma's met lwoo", "Diplomaresultaat lwoo-leerlingen bb/kb", "91%", "92%", "94%"],
            ["4. Betrouwbare partner", "Waardering scholen voor het samenwerkingsverband (schaal 1-10)", "6,4", "7,0", "7,5"],
        ]),
        ("h2", "8.3 Hoe volgen we de resultaten?"),
        ("p", "De voortgang op de indicatoren uit 8.2 volgen we in het dashboard 'Ravenstein-Maasland in cijfers', dat twee keer per jaar (februari en september) wordt bijgewerkt met gegevens van DUO, de scholen en de eigen registratie. Het bestuur bespreekt in maart en oktober een halfjaarrapportage waarin de resultaten worden afgezet tegen de streefwaarden, met een analyse van afwijkingen en voorstellen voor bijsturing. De uitstroomgegevens van pro en vso verzamelen we via de jaarlijkse nazorgmonitor van de scholen, één jaar na uitstroom. De waardering van scholen meten we met een korte enquête onder schoolleiders en ondersteuningscoördinatoren, iedere twee jaar."),
        ("p", "In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren we de bereikte resultaten per ambitie, zowel in cijfers als in een kwalitatieve toelichting, en de middelen die daarvoor zijn ingezet. In het najaar van 2027 voeren we een tussenevaluatie uit, waarvan de uitkomsten met de OPR worden besproken."),
    ]
    b += [
        ("h2", "8.4 Resultaten en middelen"),
        ("p", "We willen laten zien wat de inzet van middelen oplevert. Daarom koppelen we in het jaarverslag de bereikte resultaten aan de bestede middelen per ambitie. Voor de ambities 1 en 3 gaat het vooral om de budgetten van de schoolbesturen; voor ambitie 2 om de projecten uit het jaarplan, zoals de samenwerking met het mbo rond de nazorg; en voor ambitie 4 om de kosten van het bureau. We zijn ons ervan bewust dat de relatie tussen geld en resultaat niet altijd eenduidig is: een daling van de vso-deelname kan ook andere oorzaken hebben dan de inzet van het samenwerkingsverband. De halfjaarrapportages bevatten daarom naast cijfers ook een duiding door de directeur-bestuurder."),
        ("h1", "9. Financiën"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor lichte en zware ondersteuning. Een deel van de middelen voor zware ondersteuning wordt door DUO rechtstreeks ingehouden ten behoeve van het vso. De meerjarenbegroting ziet er als volgt uit."),
        ("table", [
            ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Rijksbijdrage lichte ondersteuning", "4.120", "4.080", "4.040", "4.000"],
            ["Rijksbijdrage zware ondersteuning", "6.340", "6.280", "6.220", "6.160"],
            ["Af: inhouding DUO vso", "-3.710", "-3.690", "-3.660", "-3.630"],
            ["Totaal baten", "6.750", "6.670", "6.600", "6.530"],
            ["Lichte ondersteuning lwoo/pro", "4.120", "4.080", "4.040", "4.000"],
            ["Budgetten schoolbesturen", "2.150", "2.110", "2.080", "2.050"],
            ["Bureau en toewijzing", "480", "490", "500", "505"],
            ["Projecten uit het jaarplan", "250", "200", "150", "150"],
            ["Totaal lasten", "7.000", "6.880", "6.770", "6.705"],
            ["Exploitatieresultaat", "-250", "-210", "-170", "-175"],
        ]),
        ("p", "Het huidige verdeelmodel wordt in 2025 geëvalueerd. Op basis daarvan stelt het bestuur vóór 1 januari 2026 een nieuw verdeelmodel vast, waarin wordt vastgelegd volgens welke criteria de middelen over de besturen worden verdeeld. Tot dat moment blijft de bestaande verdeling van kracht."),
        ("p", "De algemene reserve bedroeg eind 2024 € 2,1 miljoen, wat boven de signaleringswaarde ligt. Met de begrote negatieve resultaten daalt de reserve in de planperiode tot ongeveer € 1,3 miljoen. Het bestuur beschouwt een weerstandsvermogen van 10 tot 15% van de jaarlijkse baten als toereikend."),
        ("h1", "10. Ouders en leerlingen"),
        ("p", "Het samenwerkingsverband vindt de stem van ouders en leerlingen belangrijk. Wij zijn ons ervan bewust dat dit hoofdstuk in deze versie van het plan nog beperkt is. Hoe we ouders en leerlingen informeren en ondersteunen, werken we na de inwerkingtreding van de Wet versterking positie ouders en leerlingen uit in een aparte notitie."),
        ("h1", "11. Bestuur, organisatie en medezeggenschap"),
        ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een onafhankelijk voorzitter en de bestuurders van de zes aangesloten schoolbesturen. Sinds 2022 is er een raad van toezicht met drie onafhankelijke leden, die toezicht houdt op de directeur-bestuurder. De directeur-bestuurder is belast met de dagelijkse leiding en vertegenwoordigt het samenwerkingsverband. De verhouding tussen bestuur, directeur-bestuurder en raad van toezicht is vastgelegd in de statuten en het bestuursreglement."),
        ("p", "Het bestuur vergadert acht keer per jaar. Eens per jaar houdt het bestuur een strategische sessie waarin de voortgang van dit plan centraal staat, samen met de raad van toezicht. De raad van toezicht keurt de begroting en het jaarverslag goed, benoemt de accountant en voert jaarlijks een functioneringsgesprek met de directeur-bestuurder. De statuten bevatten een geschillenregeling voor geschillen tussen het samenwerkingsverband en de aangesloten besturen; van die regeling is sinds de oprichting geen gebruik gemaakt."),
        ("p", "Het bureau telt 5,8 fte: de directeur-bestuurder, een beleidsmedewerker, een financieel adviseur (ingehuurd), een secretaresse en twee orthopedagogen die de toewijzingscommissie ondersteunen. Het bureau is gehuisvest in het gebouw van het Maaslandcollege in Ravenstein."),
        ("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar. Het samenwerkingsverband faciliteert de OPR met een ambtelijk secretaris en een scholingsbudget."),
        ("h1", "12. Personeel, professionalisering en ICT"),
        ("p", "Het samenwerkingsverband heeft een klein bureau en werkt voor specialistische taken samen met de scholen. Zo zijn de orthopedagogen van de scholen beschikbaar voor consultatie door collega's van andere scholen. Scholing organiseren we in samenwerking met de scholen: jaarlijks zijn er vier netwerkbijeenkomsten voor ondersteuningscoördinatoren en een studiedag voor mentoren. Thema's voor de komende jaren zijn schoolverzuim, executieve functies en het werken met ontwikkelingsperspectiefplannen."),
        ("p", "Voor de registratie van aanvragen en besluiten gebruikt het samenwerkingsverband een beveiligde digitale omgeving. Persoonsgegevens worden bewaard tot drie jaar na het besluit. In 2025 laten we een audit uitvoeren op de naleving van de AVG. De verwerkingen zijn opgenomen in het register van verwerkingsactiviteiten; de functionaris gegevensbescherming wordt gedeeld met een van de aangesloten besturen."),
        ("p", "Nieuwe ondersteuningscoördinatoren krijgen in hun eerste jaar een collega van een andere school als maatje. Daarnaast stellen we een korte handreiking op voor mentoren over de rol van de mentor bij extra ondersteuning: wat doet de mentor zelf, wanneer schakelt hij de ondersteuningscoördinator in en hoe legt hij afspraken vast. De handreiking wordt in het schooljaar 2025-2026 op alle scholen besproken in een teamvergadering."),
        ("p", "Het lerarentekort is ook in onze regio voelbaar, vooral in de technische vakken en in het praktijkonderwijs. Het samenwerkingsverband kan hier beperkt invloed op uitoefenen. We dragen bij door administratieve lasten voor scholen te beperken en door expertise te delen, zodat ondersteuningscoördinatoren niet allemaal zelf het wiel hoeven uit te vinden."),
        ("p", "Huisvesting en bedrijfsvoering. De bedrijfsvoering van het samenwerkingsverband is zo sober mogelijk ingericht. De salarisadministratie en de financiële administratie zijn uitbesteed aan een administratiekantoor; de accountant controleert jaarlijks de jaarrekening en de rechtmatigheid van de bestedingen. De huur van het bureau wordt betaald aan het bestuur van het Maaslandcollege. In 2026 onderzoeken we of het bureau kan verhuizen naar een centraler gelegen locatie in de regio, zodat scholen uit het oosten minder reistijd hebben voor overleggen."),
        ("h1", "13. Van plan naar jaarplan"),
        ("p", "Dit ondersteuningsplan wordt ieder jaar uitgewerkt in een jaarplan met een jaarbegroting. Het jaarplan bevat de activiteiten voor het komende jaar, de verantwoordelijken en de planning. Het bestuur stelt het jaarplan in december vast, na bespreking in het directeurenoverleg. In het jaarverslag leggen we verantwoording af over de uitvoering."),
        ("table", [
            ["Onderwerp", "Uitwerking in", "Gereed"],
            ["Standaard basisondersteuning", "wijziging ondersteuningsplan", "juli 2026"],
            ["Analyse dekkend aanbod en thuiszittersaanpak", "jaarplan 2026", "december 2025"],
            ["Nieuw verdeelmodel", "bestuursbesluit", "januari 2026"],
            ["Herijking beleid terugplaatsing", "notitie", "2026"],
            ["Informatie en ondersteuning ouders en leerlingen", "notitie", "na inwerkingtreding wet"],
            ["Tussenevaluatie", "rapportage aan bestuur en OPR", "najaar 2027"],
        ]),
        ("h1", "Afkortingen"),
        ("table", [
            ["Afkorting", "Betekenis"],
            ["DUO", "Dienst Uitvoering Onderwijs"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg (met gemeenten)"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["Pro", "Praktijkonderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"],
        ]),
        ("p", "Basisondersteuning: het niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt. Dekkend aanbod: een netwerk van voorzieningen waarin iedere jongere een passende plek kan vinden. Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat."),
    ]
    return {
        "doc_title": f"Ondersteuningsplan 2025-2029 op hoofdlijnen - {swv}",
        "author": swv,
        "header": "SWV VO Ravenstein-Maasland | Home > Over ons > Ondersteuningsplan",
        "footer": "© Samenwerkingsverband VO Ravenstein-Maasland | Privacyverklaring | Contact",
        "blocks": b,
    }


# ======================================================================================
# Near-miss F - schoolondersteuningsprofiel of one VO school (pdf). Same vocabulary
# (basisondersteuning, TLV, vso, lwoo, pro, OPDC, ouders, middelen, resultaten) but a
# school-level document, not the ondersteuningsplan of a samenwerkingsverband.
# ======================================================================================

def nearmiss_f():
    school = "Het Baken College"
    b = []
    b += [
        ("title", "Schoolondersteuningsprofiel 2024-2028"),
        ("subtitle", f"{school} - vmbo (met lwoo), havo, vwo - locatie Oosterpoort, Valkenhorst"),
        ("p", "Vastgesteld door de rector na advies van de medezeggenschapsraad, 3 oktober 2024. Dit profiel is onderdeel van de schoolgids."),
        ("toc", [
            "1 Inleiding",
            "2 Onze school in het kort",
            "3 Basisondersteuning op Het Baken",
            "4 Extra ondersteuning: lwoo, Baken-plus en de structuurklas",
            "5 De ondersteuningsstructuur",
            "6 Grenzen aan onze ondersteuning, OPDC en vso",
            "7 Leerlingen die terugkomen uit het vso",
            "8 Ouders en leerlingen",
            "9 Middelen voor ondersteuning",
            "10 Resultaten en ambities",
        ]),
        ("h1", "1 Inleiding"),
        ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij aan leerlingen kan bieden. Het SOP is de basis voor het ondersteuningsplan van het samenwerkingsverband waarbij onze school is aangesloten: het Samenwerkingsverband VO Dommelvallei (VO 30-09). In het ondersteuningsplan van het samenwerkingsverband staan de afspraken over de basisondersteuning die alle scholen in de regio bieden, over de toewijzing van arrangementen, over toelaatbaarheidsverklaringen voor het vso en over de verdeling van de middelen. Dit profiel beschrijft hoe Het Baken College die afspraken op onze eigen school invult."),
        ("p", "Met de invoering van de Wet versterking positie ouders en leerlingen wordt de informatie uit dit profiel opgenomen in onze schoolgids. Tot die tijd publiceren we het profiel als apart document op onze website en in de schoolgids."),
        ("h1", "2 Onze school in het kort"),
        ("p", "Het Baken College is een brede scholengemeenschap met ongeveer 1.450 leerlingen, verdeeld over de basisberoepsgerichte, kaderberoepsgerichte en gemengde/theoretische leerweg van het vmbo, havo en vwo (atheneum). Ongeveer 240 leerlingen hebben een aanwijzing voor leerwegondersteunend onderwijs. De school heeft een eigen structuurklas voor leerlingen met autisme in de onderbouw van vmbo-t en havo. We werken in kleine teams per leerjaar en afdeling, met een vaste mentor per klas."),
        ("p", "Ons motto is 'Een baken voor iedereen'. We willen een school zijn waar leerlingen zich veilig voelen, waar verschillen mogen bestaan en waar iedere leerling de kans krijgt om het beste uit zichzelf te halen. Dat betekent dat we niet alleen kijken naar cijfers, maar ook naar hoe een leerling zich voelt, hoe hij omgaat met anderen en hoe hij zijn toekomst ziet."),
        ("h1", "3 Basisondersteuning op Het Baken"),
        ("p", "Het Baken biedt de basisondersteuning die in het samenwerkingsverband is afgesproken ('Basis op orde VO Dommelvallei'). Op onze school ziet dat er zo uit:"),
        ("ul", [
            "een mentor per klas, met een mentoruur in leerjaar 1 tot en met 3 en minstens één individueel gesprek per periode;",
            "twee ondersteuningscoördinatoren (samen 1,4 fte), één voor het vmbo en één voor havo/vwo;",
            "een ondersteuningsteam dat iedere drie weken bijeenkomt, met de jeugdverpleegkundige, de leerplichtambtenaar en de schoolmaatschappelijk werker;",
            "dyslexie- en dyscalculiebegeleiding volgens de protocollen, met een dyslexiecoach en voorleessoftware;",
            "faalangstreductietraining en een SOVA-training, ieder jaar in het eerste en derde blok;",
            "het Leerplein: een ruimte waar leerlingen onder begeleiding kunnen werken en tot rust kunnen komen;",
            "huiswerkbegeleiding op maandag tot en met donderdag tot 16.30 uur;",
            "een plusprogramma voor leerlingen die meer uitdaging nodig hebben.",
        ]),
        ("h1", "4 Extra ondersteuning: lwoo, Baken-plus en de structuurklas"),
        ("p", "Leerlingen met een aanwijzing lwoo krijgen les in kleinere klassen (maximaal 18 leerlingen) met extra instructie voor Nederlands en rekenen. Het lwoo wordt aangevraagd door onze school bij het samenwerkingsverband; de basisschool levert daarvoor het onderwijskundig rapport en de toetsgegevens aan."),
        ("p", "Baken-plus is ons arrangement voor leerlingen die tijdelijk meer begeleiding nodig hebben dan de basis, bijvoorbeeld bij ernstige concentratieproblemen, angst of gedragsproblemen. Een leerling in Baken-plus krijgt wekelijks begeleiding van een orthopedagoog of gedragsspecialist, een aangepast rooster waar nodig, en een OPP dat iedere tien weken met ouders en leerling wordt geëvalueerd. Baken-plus wordt bekostigd uit het schoolbudget dat we van het samenwerkingsverband ontvangen. Voor intensievere trajecten kan de ondersteuningscoördinator een arrangement aanvragen bij het Loket van het samenwerkingsverband."),
        ("p", "De structuurklas biedt plaats aan twaalf leerlingen per leerjaar in de onderbouw van vmbo-t en havo. Leerlingen werken met een vast rooster, vaste docenten en een eigen lokaal. Aanmelding voor de structuurklas gaat via de ondersteuningscoördinator; een intakegesprek met ouders en leerling is onderdeel van de procedure."),
        ("h1", "5 De ondersteuningsstructuur"),
        ("p", "Signalen over een leerling komen meestal binnen bij de mentor. De mentor bespreekt de leerling met de teamleider en de ondersteuningscoördinator. Als de basisondersteuning niet voldoende is, bespreekt de ondersteuningscoördinator de leerling in het ondersteuningsteam en wordt, samen met ouders en leerling, een OPP opgesteld. Externe partners, zoals het lokale team van de gemeente of een jeugdhulpaanbieder, sluiten aan als dat nodig is."),
        ("p", "De ondersteuningscoördinatoren nemen deel aan het netwerk van het samenwerkingsverband en aan de kwaliteitsgesprekken die het samenwerkingsverband met onze school voert. Eens per twee jaar bezoekt een auditteam van het samenwerkingsverband onze school; de laatste audit (maart 2024) was positief, met als aandachtspunt de registratie van OPP-evaluaties."),
        ("h1", "6 Grenzen aan onze ondersteuning, OPDC en vso"),
        ("p", "Hoewel we veel kunnen bieden, zijn er grenzen. Die liggen bijvoorbeeld bij leerlingen die de hele dag één-op-één begeleiding nodig hebben, bij leerlingen die een structureel gevaar zijn voor zichzelf of anderen, of bij leerlingen met een verpleegkundige zorgvraag die wij niet kunnen bieden. In zulke situaties zoeken we samen met ouders en het samenwerkingsverband naar een passende plek."),
        ("p", "Soms is een tijdelijke plaatsing in het OPDC De Overstap van het samenwerkingsverband de beste oplossing. De leerling blijft dan bij ons ingeschreven. Als blijkt dat een leerling blijvend meer nodig heeft dan een reguliere school kan bieden, vraagt onze school bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs aan. De procedure en de criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Onze school bereidt het dossier voor; de Commissie Toelaatbaarheid van het samenwerkingsverband beslist."),
        ("p", "Leerlingen die op het praktijkonderwijs zijn aangewezen, verwijzen wij naar de praktijkschool in de regio; de toelaatbaarheid wordt door het samenwerkingsverband vastgesteld."),
        ("h1", "7 Leerlingen die terugkomen uit het vso"),
        ("p", "Het Baken staat open voor leerlingen die uit het vso terugkeren naar het regulier onderwijs. In de afgelopen drie jaar ontvingen we zes van zulke leerlingen. Wij voeren vooraf een gesprek met ouders, leerling en de vso-school, en de leerling start met een aangepast rooster. Het samenwerkingsverband kent daarvoor een terugkeerarrangement; de vso-school biedt in het eerste jaar ambulante begeleiding. Binnen onze school is de ondersteuningscoördinator het vaste aanspreekpunt."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders zijn onze partners. We betrekken ouders bij het opstellen en evalueren van het OPP en nodigen hen uit voor het ondersteuningsteam als hun kind wordt besproken. Leerlingen vanaf 12 jaar zijn zelf aanwezig bij de bespreking van hun OPP."),
        ("p", "Ouders vinden informatie over de ondersteuning op onze school in dit profiel, in de schoolgids en op de ouderpagina van onze website. Bij de kennismaking in groep 8 houden we een aparte informatieavond over de structuurklas en het lwoo. Voor vragen kunnen ouders altijd terecht bij de mentor of de ondersteuningscoördinator."),
        ("p", "Als ouders het niet eens zijn met de school, gaan we eerst met elkaar in gesprek. Komen we er samen niet uit, dan kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Dommelvallei of bij de Onderwijsconsulenten. Ook kunnen zij een klacht indienen volgens de klachtenregeling van onze stichting, die in de schoolgids staat."),
        ("h1", "9 Middelen voor ondersteuning"),
        ("p", "Het Baken ontvangt van het samenwerkingsverband een schoolbudget voor de ondersteuning, berekend op basis van het aantal leerlingen. In het schooljaar 2024-2025 bedraagt dit budget ongeveer € 230.000. Daarnaast ontvangen we de lwoo-middelen voor onze leerlingen met een aanwijzing. We besteden het schoolbudget aan de formatie van de ondersteuningscoördinatoren, de orthopedagoog van Baken-plus, de begeleiding op het Leerplein en de trainingen. Jaarlijks leggen we via ons bestuur verantwoording af aan het samenwerkingsverband over de besteding."),
        ("h1", "10 Resultaten en ambities"),
        ("p", "Van de leerlingen met een OPP haalde in het schooljaar 2023-2024 86% een diploma of stroomde door naar een volgend leerjaar. Van de leerlingen in de structuurklas stroomde 90% door naar de bovenbouw van vmbo-t of havo. Het aantal leerlingen dat naar het vso werd verwezen was vier."),
        ("p", "Onze ambities voor de komende jaren zijn: het Leerplein uitbreiden naar de bovenbouw, de samenwerking met de jeugdhulp versterken door een vaste jeugdhulpverlener op school, en het plusprogramma uitbreiden naar het vmbo. Deze ambities zijn opgenomen in ons schoolplan 2024-2028."),
    ]
    return {
        "doc_title": f"Schoolondersteuningsprofiel 2024-2028 {school}",
        "author": school,
        "header": f"{school} | Schoolondersteuningsprofiel",
        "footer": "Onderdeel van de schoolgids 2024-2025",
        "blocks": b,
    }


# ======================================================================================
# Labels (hand-written, strict reading of domain.md Part A)
# ======================================================================================

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]


def _status(el, crit):
    vals = [crit[f"{el}.{c}"] for (e, c) in CORE if e == el]
    return "present" if all(vals) else ("partial" if any(vals) else None)


LABELS = {
    "vo-dommelvallei-2025": {
        "documents": ["vo-dommelvallei-2025.docx"],
        "sector": "vo",
        "false": ["terugstroom.procedure", "dekkend-aanbod.lacunes"],
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        "notes": {
            "basisondersteuning": "5.1: agreed minimum for all vestigingen ('Basis op orde', 14-11-2024) plus an itemised list; audits every two years with verbeterplan.",
            "plaatsing": "6.1-6.3, 6.5: five-step vso procedure (Loket, two deskundigen, Commissie Toelaatbaarheid, 6 weeks), criteria (a)-(d), categorie/duur, pro and lwoo criteria and procedure, LBT bezwaar.",
            "terugstroom": "Policy sits in the TLV chapter (6.4: aim, conditions, 12-month terugkeerarrangement EUR 3.500); the werkproces (who initiates, evaluation moments, who decides) is deferred to a stappenplan in 2025-2026.",
            "financien": "Ch. 11: verdeelmodel (vaste voet EUR 20.000 + EUR 145 per leerling, arrangement tariffs), meerjarenbegroting 2025-2028 with amounts, reserves vs signaleringswaarde, verantwoording before 1 May.",
            "dekkend-aanbod": "Continuum niveau 1-4 described (ch. 5, OPDC, rebound, vso); ch. 7 'Thuiszitters, zorgplicht en dekkend aanbod' only refers to absent bijlage 6 and defers the witte-vlekken analysis, so lacunes not addressed; OOGO cooperation in ch. 9.",
            "resultaten": "Ch. 10: terugblik with achieved figures, beoogde resultaten table with streefwaarden, PDCA/dashboard/half-year reports/jaarverslag.",
            "ouders": "Ch. 8: channels (website Ondersteuningswijzer, brochure in 4 languages, info evenings, Loket phone) and independent OJSP, Onderwijsconsulenten, klachten/geschillen.",
        },
    },
    "vo-waterlinie-2024": {
        "documents": ["vo-waterlinie-2024.pdf"],
        "sector": "vo",
        "false": ["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding", "resultaten.monitoring"],
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        "notes": {
            "basisondersteuning": "B1 defines the common minimum for every vestiging, but the content is only the 4-aspect Referentiekader definition plus 'twaalf standaarden' in bijlage B, which is not part of the document.",
            "plaatsing": "B3 in question-style wording ('Zo gaat dat in zijn werk', 'Wanneer zeggen we ja?'): portal request, two deskundigen, directeur decides within 30 schooldagen, three conditions; pro procedure; own lwoo criteria (opting out) with duration; LBT bezwaar.",
            "terugstroom": "Only a deferral in B3 ('Afspraken over terugplaatsing ... komen in de eerste voortgangsparagraaf') and a glossary entry; OPDC 'terugkeer naar de eigen school' is not return from vso.",
            "financien": "Deel D: verdeling addressed (schoolmodel EUR 182 per leerling, 1 oktober count, arrangementen via Toewijzingsteam, bureau cap 5%); meerjarenbegroting is a p.m. table and refers to separate bijlage C, so besteding not addressed.",
            "dekkend-aanbod": "B2 four layers with OPDC, ISK, HB group, OZA De Kade, vso, pro; B4 thuiszitters procedure with doorzettingsmacht, zorgplicht/Plaatsingstafel and a witte-vlekken analysis with dated actions.",
            "resultaten": "Deel C gives beoogde resultaten with streefwaarden, but how they will be measured and reported is deferred to a Kwaliteitskader 'in de loop van 2024-2025'.",
            "ouders": "Placed in 'Deel E - Communicatie, ouders en klachten': Ouderwijzer web page, multilingual folder, ouderavonden, contactpersoon; independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, klachten/geschillen.",
        },
    },
    "vo-heuvelrug-vallei-oost-2024": {
        "documents": ["vo-heuvelrug-vallei-oost-2024.docx"],
        "sector": "vo",
        "false": ["plaatsing.procedure", "plaatsing.criteria", "dekkend-aanbod.continuum", "resultaten.doelen", "ouders.steunpunt"],
        "advisory": {
            "basisondersteuning": ["borging"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        "notes": {
            "basisondersteuning": "Ch. 4 'De basis op iedere school': common level for all regular vestigingen (7-12-2023), content in a table; biennial visit with kwaliteitskaart.",
            "plaatsing": "Ch. 5 only refers to the separately adopted 'Reglement Toewijzing 2024' ('maakt geen deel uit van dit plan'); TLV otherwise only in kengetallen, glossary and the terugplaatsing steps.",
            "terugstroom": "Ch. 6: policy (yearly check, thuisnabij, no return without support, 12-month arrangement EUR 4.000 with terugvaloptie) and six-step procedure with dates and decision owner; terugplaatsing figures in ch. 2.",
            "financien": "Ch. 10 'Geld en middelen': schoolmodel EUR 160 per leerling + EUR 40 bb/kb toeslag, meerjarenbegroting 2024-2027 with amounts, verantwoording before 1 April, weerstandsvermogen.",
            "dekkend-aanbod": "Ch. 7 covers thuiszitters, Thuiszitterstafel, zorgplicht/Plaatsingstafel and the 2023 gap analysis (pilot Tussenjaar); the overview of arrangementen and voorzieningen beyond the basis is deferred to a revised Ondersteuningskaart (ch. 5), so continuum not addressed.",
            "resultaten": "Ch. 2 and 9 report achieved figures and describe dashboard, kwaliteitsgesprekken, peilingen and jaarverslag; beoogde resultaten/streefwaarden are explicitly postponed until after the 2024-2025 nulmeting (ch. 3).",
            "ouders": "Ch. 8 'Communicatie' lists information channels; the ouder- en jeugdsteunpunt is only announced ('werken we in 2025 uit'), no independent help or klachten/geschillen route described (Onderwijsconsulenten/OJSP only in the glossary).",
        },
    },
    "po-zeestroom-2025": {
        "documents": ["po-zeestroom-2025.pdf"],
        "sector": "po",
        "false": ["plaatsing.criteria", "financien.verdeling", "financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"],
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        "notes": {
            "basisondersteuning": "3.1: same basisondersteuning on all 58 schools (vastgesteld 12-12-2024) with a thematic table; kwaliteitskaart reviewed every two years.",
            "plaatsing": "3.5: full procedure (bestuur applies, groeidocument, Loket, two deskundigen, CvT within 6 weeks, categorie, duur, LBT bezwaar) but criteria: 'oordeelt de CvT per situatie', afwegingskader to be developed in 2025-2026.",
            "terugstroom": "Hidden in the TLV chapter (3.6 'Na afloop van de TLV'): policy (aim, thuisnabij, conditions, one year of support) and procedure (yearly OPP evaluation, half year before TLV end, proefperiode max 8 weeks, joint decision).",
            "financien": "Ch. 8 only refers to the separate Financieel Meerjarenplan 2025-2029 ('geen onderdeel van dit ondersteuningsplan'); verdeelmodel/begroting appear only in the begrippenlijst.",
            "dekkend-aanbod": "Ch. 3 continuum (basis, Expertiseteam, Kiemklas, Taalklas, Duinroos, OZA, sbo, so) and ch. 4 gap analysis with dated actions, thuiszitters approach, zorgplicht; OOGO/jeugdhulp in ch. 6.",
            "resultaten": "Ch. 7 defers the results chapter to a voortgangsparagraaf in autumn 2026 after a nulmeting; rest is general quality prose.",
            "ouders": "Ch. 5: independent OJSP Kust en Polder, Onderwijsconsulenten and Geschillencommissie described; how parents are informed about the support offer is deferred to a communicatieplan.",
        },
    },
    "vo-ravenstein-maasland-2025": {
        "documents": ["vo-ravenstein-maasland-2025.html"],
        "sector": "vo",
        "false": ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.beleid", "financien.verdeling",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"],
        "advisory": {
            "terugstroom": ["monitoring"],
            "financien": ["reserves"],
            "resultaten": ["meetbaar"],
        },
        "notes": {
            "basisondersteuning": "Ch. 5 only announces a new standard for 2025-2026 awaiting the landelijke norm; otherwise the word appears in the legal summary, TOC and glossary.",
            "plaatsing": "Ch. 6 gives vso criteria plus pro and lwoo criteria, but the procedure ('hoe een aanvraag verloopt ... hoe lang het duurt') is only on the website page 'Toewijzing'.",
            "terugstroom": "Ch. 7 gives a dated five-step procedure around the end of the TLV; the policy (aims, conditions, support after return) is deferred to 2026 and refers to a 2019 notitie on the website.",
            "financien": "Ch. 9 has a meerjarenbegroting 2025-2028 with amounts and reserves, but the verdeelmodel is to be re-set before 1-1-2026 ('bestaande verdeling blijft van kracht', not described).",
            "dekkend-aanbod": "Ch. 5 defers the dekkend-aanbod analysis and thuiszittersaanpak to jaarplan 2026; no inventory of voorzieningen, no gap handling, no cooperation with gemeenten/jeugdhulp described.",
            "resultaten": "Ch. 8: terugblik with achieved figures, beoogde resultaten with streefwaarden 2027/2029, dashboard, half-year reports, nazorgmonitor and jaarverslag.",
            "ouders": "Ch. 10 'Ouders en leerlingen' states the chapter is still limited and defers information and support for parents to a later notitie; OJSP only in the abbreviation list.",
        },
    },
}

NEARMISS_LABEL = {
    "sop-baken-college-2024": {
        "documents": ["sop-baken-college-2024.pdf"],
        "sector": "vo",
        "note": "Schoolondersteuningsprofiel of one VO school (Het Baken College), part of its schoolgids; it describes the school's own basis and extra support and refers to the SWV's ondersteuningsplan for TLV, verdeling etc. It is not an ondersteuningsplan of a samenwerkingsverband.",
    }
}


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(name: str, lab: dict) -> str:
    crit = {f"{e}.{c}": True for (e, c) in CORE}
    for k in lab["false"]:
        assert k in crit, k
        crit[k] = False
    elements = []
    for el in ELEMENTS:
        st = _status(el, crit)
        if st is None:
            st = "partial" if lab["advisory"].get(el) else "missing"
        elements.append(f"{el}: {st}")
    lines = [
        f"documents: [{', '.join(lab['documents'])}]",
        f"sector: {lab['sector']}",
        "looks_like_plan: true",
        "elements: {" + ", ".join(elements) + "}",
        "criteria:",
    ]
    for (e, c) in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[e + '.' + c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [{', '.join(lab['advisory'][el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {_q(lab['notes'][el])}")
    return "\n".join(lines) + "\n"


def nearmiss_yaml(lab: dict) -> str:
    return "\n".join([
        f"documents: [{', '.join(lab['documents'])}]",
        f"sector: {lab['sector']}",
        "looks_like_plan: false",
        "elements: {}",
        "criteria: {}",
        "advisory_addressed: {}",
        "notes:",
        f"  document: {_q(lab['note'])}",
    ]) + "\n"


DOCS = [
    ("vo-dommelvallei-2025.docx", plan_a),
    ("vo-waterlinie-2024.pdf", plan_b),
    ("vo-heuvelrug-vallei-oost-2024.docx", plan_c),
    ("po-zeestroom-2025.pdf", plan_d),
    ("vo-ravenstein-maasland-2025.html", plan_e),
    ("sop-baken-college-2024.pdf", nearmiss_f),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for fname, fn in DOCS:
        spec = fn()
        path = OUT / fname
        suffix = path.suffix.lower()
        if suffix == ".docx":
            write_docx(spec, path)
        elif suffix == ".pdf":
            write_pdf(spec, path)
        elif suffix == ".html":
            write_html(spec, path)
        else:
            raise ValueError(fname)
        print(f"wrote {fname} ({word_count(spec)} words)")
    for name, lab in LABELS.items():
        (OUT / f"{name}.expected.yaml").write_text(label_yaml(name, lab), encoding="utf-8")
        print(f"wrote {name}.expected.yaml")
    for name, lab in NEARMISS_LABEL.items():
        (OUT / f"{name}.expected.yaml").write_text(nearmiss_yaml(lab), encoding="utf-8")
        print(f"wrote {name}.expected.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
