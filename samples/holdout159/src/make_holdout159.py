#!/usr/bin/env python3
"""Generate the holdout159 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc",) ("h1", t) ("h2", t) ("p", t)
# ("ul", [items]) ("table", [[row], ...]) ("pagebreak",)
# ---------------------------------------------------------------------------


def toc_lines(blocks):
    lines, n1, n2 = [], 0, 0
    for b in blocks:
        if b[0] == "h1":
            lines.append(b[1])
        elif b[0] == "h2":
            lines.append("    " + b[1])
    return lines


def normalize_zip(path):
    """Rewrite a zip (docx) with fixed timestamps so output is byte-stable."""
    tmp = path.with_suffix(path.suffix + ".h159tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(blocks, path, header_text, footer_text, title):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "Bureau samenwerkingsverband"
    cp.title = title
    cp.revision = 1
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                if i == 0:
                    doc.add_heading(line, level=0)
                else:
                    doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in toc_lines(blocks):
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalize_zip(path)


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for row in rows[1:]:
        out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend(b[1][1:])
        elif kind == "toc":
            out.append("## Inhoud")
            out.extend("- " + line.strip() for line in toc_lines(blocks))
        elif kind == "h1":
            out.append("## " + b[1])
        elif kind == "h2":
            out.append("### " + b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif kind == "table":
            out.append(md_table(b[1]))
        elif kind == "pagebreak":
            out.append("---")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<header><h1>{e(b[1][0])}</h1>")
            out.extend(f"<p>{e(x)}</p>" for x in b[1][1:])
            out.append("</header>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            out.extend(f"<li>{e(x.strip())}</li>" for x in toc_lines(blocks))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\"><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("<footer><p>OBS De Vlonder · onderdeel van Stichting Openbaar Onderwijs Vlietland</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    work = Path(tempfile.mkdtemp(prefix="holdout159_lo_"))
    try:
        profile = work / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = work / (docx_path.stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul",):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
        elif b[0] == "title":
            n += sum(len(x.split()) for x in b[1])
    return n


# ---------------------------------------------------------------------------
# Shared filler (written so that it does not address core criteria by itself)
# ---------------------------------------------------------------------------


def f_voorwoord(c, variant):
    if variant == 0:
        return [
            ("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan 2026-2030 van {c['name']}. Het is het vierde plan sinds de invoering "
                  "van passend onderwijs in 2014 en het eerste dat we volledig samen met de schoolbesturen, de directeuren en de "
                  "intern begeleiders hebben geschreven. In ruim veertig gesprekken, vier werkconferenties en een reeks "
                  "klankbordsessies hebben we besproken wat goed ging, wat beter kan en waar we de komende vier jaar onze energie "
                  "op willen richten."),
            ("p", "Passend onderwijs is geen project meer, maar een manier van werken. Toch merken we elke dag dat het niet "
                  "vanzelf gaat. Leraren ervaren een hoge werkdruk, de vraag naar ondersteuning neemt toe en het tekort aan "
                  "personeel raakt juist de kinderen die het meest nodig hebben. Tegelijkertijd zien we prachtige voorbeelden van "
                  "scholen die met creativiteit en lef een plek maken voor kinderen die elders vastliepen. Die voorbeelden willen "
                  "we zichtbaar maken en verspreiden."),
            ("p", "Dit plan is bewust compact gehouden waar dat kon en uitgebreid waar dat nodig was. Het is geschreven voor "
                  "schoolleiders, leraren, ouders, gemeenten en iedereen die wil weten hoe wij in deze regio passend onderwijs "
                  "vormgeven. We danken iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, "
                  "die ons met kritische vragen scherp hebben gehouden."),
            ("p", f"Namens het bestuur van {c['short']},"),
            ("p", f"{c['director']}, directeur-bestuurder"),
        ]
    return [
        ("h1", "Voorwoord"),
        ("p", f"Met trots presenteren wij het ondersteuningsplan van {c['name']} voor de periode 2026-2030. Een plan "
              "schrijven is keuzes maken. We hebben de afgelopen maanden veel gesproken over de vraag wat we als verband samen "
              "moeten regelen en wat we beter aan de scholen en hun besturen kunnen overlaten. Het antwoord op die vraag loopt als "
              "een rode draad door dit document."),
        ("p", "De wereld om ons heen verandert snel. De wetgeving rond passend onderwijs is in beweging, het kabinet werkt aan "
              "een landelijke norm voor de basisondersteuning en de positie van ouders en leerlingen wordt wettelijk versterkt. "
              "Ook de samenwerking met gemeenten en jeugdhulp staat onder druk door krappe budgetten aan beide kanten. Dit plan "
              "houdt daar rekening mee en laat ruimte om tussentijds bij te sturen."),
        ("p", "Wij willen een verband zijn dat dicht bij de scholen staat, dat snel en zonder bureaucratie helpt en dat "
              "verantwoording aflegt over wat het met publiek geld doet. Of dat lukt, zullen de komende jaren moeten uitwijzen. "
              "We nodigen iedereen uit ons daarop aan te spreken."),
        ("p", f"{c['director']}, directeur-bestuurder, en {c['chair']}, voorzitter van het bestuur"),
    ]


def f_visie(c, variant):
    kind = "kinderen" if c["sector"] == "po" else "jongeren"
    school = "basisschool" if c["sector"] == "po" else "school voor voortgezet onderwijs"
    blocks = [
        ("h1", "Visie, missie en ambities"),
        ("h2", "Onze missie"),
        ("p", f"Alle {kind} in onze regio gaan naar school, leren daar naar vermogen en voelen zich er thuis. Zo veel mogelijk "
              f"{kind} gaan naar een {school} dicht bij huis, samen met kinderen uit hun buurt. Waar dat niet lukt, zorgen we "
              "samen voor een plek die wel past. Geen kind valt tussen wal en schip: dat is de belofte die de aangesloten "
              "besturen elkaar en de regio doen."),
        ("h2", "Onze visie"),
        ("p", "Wij geloven dat ondersteuning het beste werkt als ze vroeg, licht en dichtbij wordt geboden. Leraren zijn de "
              "belangrijkste factor: zij zien als eersten wat een leerling nodig heeft. Het samenwerkingsverband ondersteunt de "
              "scholen daarbij, maar neemt het werk niet over. We werken handelingsgericht, gaan uit van kansen in plaats van "
              "beperkingen en betrekken alle betrokkenen, ook ouders en de leerling zelf, bij wat er gebeurt."),
        ("p", "Passend onderwijs vraagt om vertrouwen tussen scholen, besturen en partners. Dat vertrouwen bouwen we door "
              "transparant te zijn over keuzes, door afspraken na te komen en door fouten bespreekbaar te maken. Het verband is "
              "daarbij geen loket dat middelen uitdeelt, maar een netwerk waarin scholen van elkaar leren en elkaar helpen."),
        ("h2", "Kernwaarden"),
        ("ul", ["Dichtbij: ondersteuning zo thuisnabij en zo regulier als mogelijk.",
                "Samen: besturen dragen gezamenlijk verantwoordelijkheid voor alle leerlingen in de regio.",
                "Eenvoudig: zo min mogelijk formulieren, zo veel mogelijk gesprek.",
                "Lerend: we evalueren wat we doen en passen aan waar dat nodig is.",
                "Eerlijk: middelen gaan naar waar ze het meeste verschil maken."]),
    ]
    if variant == 1:
        blocks.append(("p", "Deze waarden zijn in 2025 opnieuw vastgesteld tijdens een werkconferentie met directeuren, "
                            "ondersteuningscoördinatoren en vertegenwoordigers van de ondersteuningsplanraad. Zij vormen het "
                            "toetsingskader voor alle keuzes in dit plan."))
    return blocks


def f_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{c['name']} is een stichting waarin {c['n_besturen']} schoolbesturen samenwerken. De stichting kent een "
              "scheiding tussen bestuur en toezicht. Het bestuur wordt gevormd door een onafhankelijke directeur-bestuurder; "
              "het toezicht ligt bij de raad van toezicht, waarin de aangesloten besturen vertegenwoordigd zijn naast twee "
              "onafhankelijke leden. De raad van toezicht keurt onder meer de begroting, het jaarverslag en het "
              "ondersteuningsplan goed. Daarnaast komt de algemene vergadering van aangesloten besturen twee keer per jaar bijeen "
              "om strategische vraagstukken te bespreken."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen. In de "
              "afgelopen planperiode is daar geen gebruik van gemaakt. Het bestuursreglement, het reglement raad van toezicht en "
              "het managementstatuut zijn in 2024 geactualiseerd en aangepast aan de Code Goed Bestuur."),
        ("h2", "Het bureau"),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {c['seat']}. Er werken {c['fte']} fte aan medewerkers: "
              "een directeur-bestuurder, een beleidsmedewerker, een controller, een managementassistent, een "
              "secretariaat, en een team van orthopedagogen, consulenten passend onderwijs en ambulant begeleiders. Het bureau "
              "voert de wettelijke taken uit, ondersteunt de scholen en organiseert de kennisdeling tussen scholen."),
        ("p", "Het bureau werkt met een jaarplan dat aansluit op dit ondersteuningsplan. Het jaarplan bevat de activiteiten "
              "voor het komende schooljaar en wordt in september door de directeur-bestuurder vastgesteld na bespreking in het "
              "directeurenoverleg. Het directeurenoverleg adviseert de directeur-bestuurder gevraagd en ongevraagd over "
              "beleidsvoornemens en is de belangrijkste verbinding tussen het verband en de werkvloer."),
    ]


def f_opr(c, full=True):
    if not full:
        return [
            ("h1", "Medezeggenschap"),
            ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a van de Wet "
                  "medezeggenschap op scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR heeft op "
                  f"{c['opr_date']} met dit plan ingestemd. Het reglement van de OPR is in 2023 herzien. De OPR vergadert vijf "
                  "keer per jaar; de directeur-bestuurder is bij een deel van de vergaderingen aanwezig als gesprekspartner."),
            ("p", "Daarnaast heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau. Deze raad "
                  "bestaat uit drie leden en bespreekt onderwerpen als formatie, werkdruk en huisvesting van het bureau."),
        ]
    lid = "ouders" if c["sector"] == "po" else "ouders of leerlingen"
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
              f"De OPR bestaat uit {c['opr_n']} leden: de helft is personeelslid van een aangesloten school, de andere helft "
              f"bestaat uit {lid}. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
              "Zo klinkt de stem van ouders en personeel rechtstreeks door in het beleid van het verband."),
        ("p", f"De OPR heeft op {c['opr_date']} ingestemd met dit plan. Tijdens de voorbereiding is de OPR drie keer "
              "geconsulteerd over conceptteksten. De opmerkingen van de OPR over de leesbaarheid van het plan en over de "
              "rol van ouders bij de ondersteuningsroute zijn in deze versie verwerkt. De OPR ontvangt jaarlijks een vergoeding "
              "voor scholing en ondersteuning door een externe adviseur."),
        ("p", "Naast de OPR heeft het bureau een eigen medezeggenschapsraad voor het personeel van het samenwerkingsverband. "
              "Deze heeft onder meer adviesrecht op de formatie van het bureau."),
    ]


def f_oogo(c, full=True):
    gem = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    if not full:
        return [
            ("h1", "Overleg met gemeenten en het VO/PO"),
            ("p", f"Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op {c['oogo_date']} met de "
                  f"wethouders onderwijs van de gemeenten {gem}. Het verslag is als bijlage 3 bij het plan gevoegd. Het overleg "
                  "met het samenwerkingsverband voor het aangrenzende onderwijstype vond plaats op dezelfde dag. Beide "
                  "overleggen zijn conform de afgesproken procedure verlopen; er zijn geen geschillen ontstaan."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Het samenwerkingsverband werkt samen met de gemeenten {gem}. Het OOGO over dit plan vond plaats op "
              f"{c['oogo_date']}. De gemeenten hebben ingestemd met het ontwerp; hun opmerkingen over de aansluiting tussen "
              "onderwijs en jeugdhulp zijn verwerkt."),
        ("p", "Met de gemeenten is een gezamenlijke agenda afgesproken. Daarin staan vier thema's: jeugdhulp in en om de "
              "school, onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben, leerlingenvervoer "
              "en de aanpak van verzuim. Elke school heeft een vaste contactpersoon van het lokale jeugdteam die op afroep "
              "aanschuift bij het ondersteuningsteam. Voor onderwijs-zorgarrangementen geldt een gezamenlijke "
              "financieringsafspraak waarin gemeente en verband elk hun deel betalen; een regionale werkgroep beoordeelt de "
              "aanvragen binnen vier weken."),
        ("p", "Onderwerpen als onderwijshuisvesting en leerlingenvervoer zijn primair een gemeentelijke "
              "verantwoordelijkheid; het verband adviseert gemeenten daarover waar het de ondersteuning van leerlingen raakt. "
              "Tweemaal per jaar vindt een bestuurlijk overleg plaats tussen de wethouders en het bestuur van het verband."),
    ]


def f_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het personeelstekort in het onderwijs raakt ook passend onderwijs. Vacatures voor intern begeleiders, "
              "orthopedagogen en gespecialiseerde leraren blijven lang open. Het verband kiest daarom voor drie sporen: "
              "behoud van de mensen die we hebben, slim organiseren van schaarse expertise en investeren in de deskundigheid "
              "van leraren in de klas."),
        ("p", "Het scholingsaanbod van het verband bestaat uit netwerkbijeenkomsten voor intern begeleiders en "
              "ondersteuningscoördinatoren, een leergang gedrag in de klas, studiedagen over taalontwikkeling en "
              "meertaligheid, en intervisie voor startende leraren. Dit aanbod staat open voor alle aangesloten scholen en is "
              "kosteloos. Daarnaast faciliteert het verband lerende netwerken waarin scholen rond een zelfgekozen thema van "
              "elkaar leren."),
        ("p", "Het bureau zelf hecht aan een gezonde werkomgeving. Medewerkers hebben jaarlijks een ontwikkelgesprek en een "
              "persoonlijk scholingsbudget. De orthopedagogen en psychologen van het bureau staan ingeschreven in het "
              "NIP- of NVO-register en nemen deel aan intercollegiale toetsing. Het ziekteverzuim op het bureau lag in 2025 "
              "onder het sectorgemiddelde."),
    ]


def f_ict(c, tlv_line=True):
    extra = (" Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden via deze omgeving ingediend en "
             "afgehandeld, zodat de school altijd kan zien wat de status van een aanvraag is." if tlv_line else
             " Scholen gebruiken de omgeving om dossiers met het bureau te delen.")
    return [
        ("h1", "ICT, privacy en gegevensbeheer"),
        ("p", f"Het verband werkt met een beveiligde digitale omgeving, {c['ict']}, waarin scholen en het bureau "
              "leerlinggegevens uitwisselen." + extra + " De omgeving voldoet aan de eisen van de Algemene verordening "
              "gegevensbescherming en is in 2025 door een externe partij getoetst."),
        ("p", "Het verband heeft een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden. Er is "
              "een privacyreglement dat beschrijft welke gegevens worden verwerkt, met welk doel en hoe lang ze worden "
              "bewaard. Gezondheidsgegevens worden alleen verwerkt voor zover dat noodzakelijk is voor de wettelijke taken. "
              "Dossiers worden uiterlijk drie jaar na het laatste besluit vernietigd. Datalekken worden gemeld bij de "
              "functionaris en zo nodig bij de Autoriteit Persoonsgegevens."),
        ("p", "Voor de bedrijfsvoering gebruikt het bureau een cloudomgeving met tweestapsverificatie. Medewerkers volgen "
              "jaarlijks een korte training informatiebeveiliging. Vervanging van laptops en telefoons gebeurt volgens een "
              "vaste cyclus van vier jaar."),
    ]


def f_planning(c, results_line):
    rows = [["Maand", "Activiteit"],
            ["september", "Vaststelling jaarplan bureau; start netwerken intern begeleiders"],
            ["oktober", "Teldatum 1 oktober; gesprekken met besturen over het lopende schooljaar"],
            ["december", "Vaststelling begroting door het bestuur, goedkeuring raad van toezicht"],
            ["maart", "Bestuurlijk overleg met gemeenten; werkconferentie directeuren"],
            ["juni", "Vaststelling jaarrekening; vooruitblik op het nieuwe schooljaar"]]
    if results_line:
        rows.insert(5, ["mei", "Jaarverslag met verantwoording over het afgelopen kalenderjaar"])
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het wordt uitgewerkt in jaarplannen. "
              + ("Halverwege de planperiode, in het voorjaar van 2028, vindt een tussentijdse evaluatie plaats met de "
                 "besturen en de OPR. " if results_line else "")
              + "Wijzigingen in het plan worden opnieuw aan de OPR voorgelegd."),
        ("p", "De vaste jaarcyclus van het verband ziet er als volgt uit:"),
        ("table", rows),
        ("p", "De planning van de grotere ontwikkelprojecten, zoals de vernieuwing van de digitale omgeving en de herijking "
              "van de samenwerking met gemeenten, wordt in het jaarplan opgenomen."),
    ]


def f_glossary(c, title="Bijlage: Begrippenlijst"):
    rows = [["Begrip", "Betekenis"],
            ["Arrangement", "Een afgesproken pakket van ondersteuning voor een leerling of een groep leerlingen."],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen "
                                   "bieden, binnen de eigen ondersteuningsstructuur en onder regie van de school."],
            ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin de verwachte inkomsten en uitgaven van het "
                                   "samenwerkingsverband staan."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en leerlingen terechtkunnen met vragen "
                     "over ondersteuning en bij onenigheid met school of verband."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs terug naar het reguliere "
                               "onderwijs."],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De afspraken over hoe de ondersteuningsmiddelen over de besturen worden verdeeld."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]]
    if c["sector"] == "po":
        rows += [["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."]]
    else:
        rows += [["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                 ["OPDC", "Orthopedagogisch-didactisch centrum."], ["Vso", "Voortgezet speciaal onderwijs."]]
    return [("h1", title), ("table", rows)]

def f_wetgeving(c):
    return [
        ("h1", "Ontwikkelingen in wet- en regelgeving"),
        ("p", "Passend onderwijs is volop in beweging. Na de eindevaluatie in 2020 heeft het kabinet een verbeteraanpak "
              "ingezet met vijfentwintig maatregelen. Een deel daarvan is inmiddels uitgevoerd, zoals de versterking "
              "van de medezeggenschap en het verplicht stellen van een vast contactpunt voor scholen bij de gemeente. Andere maatregelen "
              "lopen nog. Voor dit plan zijn drie ontwikkelingen van belang."),
        ("p", "In de eerste plaats werkt het kabinet aan een landelijke norm voor de basisondersteuning. Wanneer die norm "
              "wettelijk wordt vastgelegd en wat de inhoud precies wordt, is op het moment van schrijven nog niet bekend. "
              "Zodra er meer duidelijkheid is, bespreken we met de besturen wat dat betekent voor de afspraken in de regio."),
        ("p", "In de tweede plaats is er het wetsvoorstel versterking positie ouders en leerlingen in het passend "
              "onderwijs. Dat voorstel verplicht samenwerkingsverbanden in de toekomst tot het inrichten van een ouder- en "
              "jeugdsteunpunt en verplaatst de beschrijving van de ondersteuning van het schoolondersteuningsprofiel naar de "
              "schoolgids. Wij volgen de behandeling in de Eerste Kamer en passen ons beleid aan wanneer de wet in werking "
              "treedt."),
        ("p", "In de derde plaats wordt de bekostiging van het onderwijs vereenvoudigd. Voor het primair onderwijs is de "
              "vereenvoudiging al ingevoerd; voor het voortgezet onderwijs volgen mogelijk nog aanpassingen. De gevolgen "
              "voor het verband lijken beperkt, maar we houden de ontwikkelingen nauwlettend in de gaten. Ook de "
              "discussie over inclusief onderwijs, aangejaagd door het VN-verdrag inzake de rechten van personen met een "
              "handicap, zal de komende jaren doorwerken in het beleid."),
    ]


def f_bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering, huisvesting en duurzaamheid"),
        ("p", f"Het bureau van het verband is gehuisvest in een gedeeld kantoorgebouw in {c['seat']}, samen met twee "
              "andere onderwijsorganisaties. Vergaderruimtes en de receptie worden gedeeld. Het "
              "huurcontract loopt tot 2028; in 2027 onderzoeken we of de huidige locatie nog past bij de omvang van het "
              "bureau en bij de wens om dichter bij de scholen te werken."),
        ("p", "De salarisadministratie en de financiële administratie zijn uitbesteed aan een administratiekantoor dat "
              "voor meerdere samenwerkingsverbanden werkt. Inkoop gebeurt volgens de inkoopregeling die het bestuur in "
              "2023 heeft vastgesteld; bij opdrachten boven de Europese drempel volgen we de aanbestedingsregels. De "
              "accountant controleert jaarlijks de jaarrekening en rapporteert aan de raad van toezicht."),
        ("p", "Duurzaamheid krijgt ook binnen het bureau aandacht. Medewerkers reizen waar mogelijk met het openbaar "
              "vervoer of de fiets naar scholen, vergaderingen vinden vaker online plaats en bij vervanging van apparatuur "
              "kiezen we voor gerecyclede of refurbished producten. Het verband compenseert de uitstoot van het "
              "resterende autogebruik. Ten slotte werkt het bureau met een risicoinventarisatie en -evaluatie voor de "
              "eigen medewerkers, die in 2025 is geactualiseerd."),
    ]


def f_kennisdeling(c):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Scholen in ons verband weten samen veel meer dan ieder afzonderlijk. Het verband wil die kennis beter "
              "benutten. Daarom organiseren we ieder schooljaar een inspiratiedag voor alle teams, waarop scholen elkaar "
              "laten zien waar zij trots op zijn. Daarnaast is er een innovatiefonds waaruit scholen kleine projecten "
              "kunnen bekostigen die na afloop met andere scholen worden gedeeld. Voorbeelden uit de afgelopen periode zijn "
              "een project met beeldcoaching in de klas, een pilot met co-teaching en een leernetwerk rond executieve "
              "functies."),
        ("p", "Het verband werkt samen met de lerarenopleiding en een hogeschool in de regio. Studenten doen "
              "praktijkonderzoek op onze scholen en onderzoekers van het lectoraat begeleiden twee lerende netwerken. De "
              "uitkomsten van dat onderzoek publiceren we in een jaarlijkse bundel. Ook sluiten we aan bij landelijke "
              "netwerken van samenwerkingsverbanden, om te leren van de aanpak elders in het land."),
        ("p", "Innovatie is geen doel op zich. We kiezen alleen voor vernieuwing als die de leraar in de klas helpt en als "
              "we verwachten dat ze blijvend kan worden ingebed. Projecten die na twee jaar geen draagvlak hebben, "
              "stoppen we."),
    ]


# ---------------------------------------------------------------------------
# Plan A: PO, small verband, .docx
# ---------------------------------------------------------------------------

CA = dict(name="Samenwerkingsverband Passend Primair Onderwijs Linge en Betuwe", short="SWV Linge en Betuwe",
          code="PO 26-11", sector="po", gemeenten=["Lingewaard", "Overbetuwe", "Neder-Betuwe"], n_besturen=7,
          seat="Elst", fte="11,4", director="Marieke van Doorn", chair="Henk Lammers", opr_n=8,
          opr_date="17 maart 2026", oogo_date="26 februari 2026", ict="Kindkompas")


def plan_a():
    c = CA
    b = [("title", ["Ondersteuningsplan 2026-2030", c["name"], f"Samenwerkingsverband {c['code']}",
                    "Samen sterk voor elk kind in de Linge en Betuwe",
                    "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de OPR"]),
         ("toc",)]
    b += f_voorwoord(c, 0)
    b += [
        ("h1", "Samenvatting"),
        ("p", "In dit plan beschrijven we hoe de zeven aangesloten besturen samen zorgen voor passend onderwijs voor de "
              "ruim 6.900 leerlingen in onze regio. De belangrijkste keuzes op een rij: we houden vast aan een sterke "
              "basisondersteuning op elke school, we brengen de extra ondersteuning dichter bij de klas, we vereenvoudigen de "
              "aanvraagroutes en we maken werk van de terugkeer naar het reguliere onderwijs. Ouders, resultaten en middelen "
              "komen in afzonderlijke hoofdstukken aan bod."),
    ]
    b += f_visie(c, 0)
    b += [
        ("h1", "Ons verband in beeld"),
        ("p", f"Het verband omvat de gemeenten {', '.join(c['gemeenten'])}. Er zijn 38 basisscholen, één school voor "
              "speciaal basisonderwijs (sbo De Linde) en een so-locatie voor cluster 3 en 4 (De Regenboog). In totaal gaan "
              "ongeveer 6.900 leerlingen naar een school in ons gebied. De scholen variëren van een dorpsschool met 62 "
              "leerlingen tot een stadsschool met ruim 500 leerlingen."),
        ("table", [["Gemeente", "Aantal scholen", "Leerlingen (1-10-2025)"],
                   ["Lingewaard", "15", "2.840"], ["Overbetuwe", "16", "2.910"], ["Neder-Betuwe", "9", "1.170"],
                   ["Totaal", "40", "6.920"]]),
        ("p", "Het leerlingenaantal daalt licht: de prognose voor 2030 is ongeveer 6.600 leerlingen. Vooral de kleinere "
              "dorpsscholen krijgen te maken met krimp. Dat heeft gevolgen voor de middelen van het verband, die immers per "
              "leerling worden toegekend door het Rijk."),
    ]
    b += [
        ("h1", "Basisondersteuning"),
        ("h2", "Wat verstaan we onder basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband het afgesproken minimum aan ondersteuning dat iedere basisschool en "
              "iedere vestiging van die school biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
              "Alle zeven besturen hebben zich aan dit niveau verbonden. Het niveau is vastgesteld door het bestuur in 2025 en "
              "geldt voor de hele planperiode. Een school mag meer bieden, maar nooit minder."),
        ("h2", "Wat biedt iedere school"),
        ("p", "In de tabel hieronder staat wat ouders op elke school in de Linge en Betuwe mogen verwachten."),
        ("table", [["Onderdeel", "Wat iedere school biedt"],
                   ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een "
                    "ondersteuningsteam dat minstens zes keer per jaar bijeenkomt; een orthopedagoog van het verband die op "
                    "afroep beschikbaar is."],
                   ["Planmatig werken", "Handelingsgericht werken met groepsplannen of een vergelijkbare cyclus; "
                    "leerlingbesprekingen drie keer per jaar; een ontwikkelingsperspectief voor leerlingen met een eigen "
                    "leerlijn."],
                   ["Lezen en rekenen", "Uitvoering van het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige "
                    "Reken-Wiskundeproblemen en Dyscalculie; extra instructie in kleine groepen."],
                   ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren, een anti-pestprotocol, "
                    "een aandachtsfunctionaris kindermishandeling en een aanpak voor kinderen met gedragsvragen in de klas."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken van de stof "
                    "in de eigen groep."],
                   ["Medisch handelen", "Een protocol medisch handelen en afspraken over het toedienen van medicijnen."],
                   ["Taal en nieuwkomers", "Extra taalaanbod voor leerlingen met een taalachterstand en voor "
                    "anderstalige leerlingen die na het eerste jaar in de taalklas terugkeren."]]),
        ("h2", "Hoe we de basisondersteuning bewaken"),
        ("p", "Elke school legt in de schoolgids vast hoe zij de basisondersteuning invult. Het verband bezoekt iedere "
              "school eens per twee jaar met een korte kwaliteitsscan aan de hand van de kwaliteitskaart basisondersteuning. "
              "Blijkt een onderdeel niet op orde, dan maakt het bestuur van de school binnen drie maanden een verbeterplan, "
              "dat de consulent van het verband na een jaar opnieuw bekijkt."),
    ]
    b += [
        ("h1", "Extra ondersteuning en het dekkend aanbod"),
        ("h2", "Van basis naar extra en speciaal"),
        ("p", "Wanneer de basisondersteuning niet voldoende is, volgt extra ondersteuning. We onderscheiden drie lagen. In "
              "de eerste laag zet de school een arrangement in de eigen school in, met begeleiding van de consulent van het "
              "verband: bijvoorbeeld een leerkrachtondersteuner, een aangepaste leerlijn of begeleiding door een "
              "gedragsspecialist. In de tweede laag volgen leerlingen (een deel van de week) een bovenschoolse voorziening: de "
              "observatiegroep De Oversteek in Elst, de plusklas voor meer- en hoogbegaafde leerlingen in Bemmel en Zetten, en "
              "de taalklas voor nieuwkomers in Opheusden. In de derde laag gaat de leerling naar het speciaal "
              "basisonderwijs (De Linde) of het speciaal onderwijs; voor cluster 3 en 4 is dat De Regenboog of, als het "
              "aanbod daar niet past, een so-school in Nijmegen of Arnhem."),
        ("h2", "Witte vlekken en thuiszitters"),
        ("p", "Elk voorjaar maakt het bureau met de besturen een analyse van het aanbod: voor welke leerlingen is er "
              "(nog) geen passende plek, waar ontstaan wachtlijsten en welke leerlingen reizen ver voor hun onderwijs? In 2025 "
              "bleek bijvoorbeeld dat er geen plek was voor jonge kinderen met ernstige gedragsproblemen die nog niet toe zijn "
              "aan een volledige schooldag. Daarvoor start in augustus 2026 een kleinschalige groep op de so-locatie in "
              "samenwerking met de jeugdhulpaanbieder. Voor iedere leerling die dreigt thuis te komen zitten, belegt het bureau "
              "binnen vijf werkdagen een overleg met school, ouders, leerplicht en zo nodig het jeugdteam. De school waar de "
              "leerling is aangemeld houdt de zorgplicht; kan zij geen plek bieden, dan zoekt zij met het verband een andere "
              "school, en het verband bewaakt dat dit binnen zes weken lukt."),
        ("p", "Voor leerlingen die onderwijs en zorg tegelijk nodig hebben, werken we met onderwijs-zorgarrangementen die "
              "samen met de gemeenten worden betaald."),
    ]
    b += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar de leerling "
              "staat ingeschreven of is aangemeld. In de praktijk doet de intern begeleider de aanvraag namens het bestuur. Bij "
              "de aanvraag horen het groeidocument of ontwikkelingsperspectief, een verslag van het multidisciplinair overleg "
              "en de zienswijze van de ouders."),
        ("h2", "Stappen en termijnen"),
        ("ul", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met ouders en de consulent van het verband.",
                "Stap 2: de school dient de aanvraag digitaal in; het bureau controleert binnen vijf werkdagen of het dossier "
                "compleet is.",
                "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
                "afhankelijk van de vraag, een tweede deskundige zoals een maatschappelijk werker, kinderpsychiater of arts. "
                "Geen van beiden is betrokken geweest bij de aanvraag.",
                "Stap 4: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier.",
                "Stap 5: ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."]),
        ("h2", "Criteria"),
        ("p", "De inhoudelijke criteria waarop de Commissie Toelaatbaarheid besluit, worden in het schooljaar 2026-2027 "
              "samen met De Linde en De Regenboog herijkt. Tot die tijd verwijzen we naar de Handreiking TLV 2022 op onze "
              "website."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren, of voor vier jaar als duidelijk is dat de ondersteuningsbehoefte blijvend is. "
              "Bij een TLV so stelt de commissie de bekostigingscategorie laag, midden of hoog vast."),
        ("h2", "Bezwaar"),
        ("p", "Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij het verband. Het "
              "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het "
              "bezwaar adviseert voordat het bestuur opnieuw beslist."),
        ("h2", "Na afloop van de toelaatbaarheidsverklaring"),
        ("p", "Een plaatsing in het sbo of so is bij ons nooit bedoeld als eindstation. Ons beleid is dat een leerling "
              "teruggaat naar een reguliere basisschool zodra het ontwikkelingsperspectief laat zien dat dit haalbaar is en de "
              "ontvangende school met extra ondersteuning kan bieden wat de leerling nodig heeft. Het uitgangspunt is een "
              "school zo dicht mogelijk bij huis."),
        ("p", "De sbo- of so-school evalueert het ontwikkelingsperspectief ieder jaar in het voorjaar met ouders en "
              "bespreekt daarbij uitdrukkelijk de mogelijkheid van terugkeer. In het laatste jaar van de TLV neemt de "
              "speciale school uiterlijk 1 februari het initiatief tot een overleg met ouders, de consulent van het verband en "
              "een mogelijke ontvangende school. Blijkt terugkeer niet mogelijk, dan vraagt de speciale school vóór 1 april een "
              "nieuwe TLV aan. Gaat de leerling terug, dan besluit het ontvangende bestuur over de inschrijving en krijgt de "
              "leerling een terugplaatsingsarrangement: gedurende een half jaar begeleidt een leraar van de speciale school "
              "de leerling en de nieuwe leerkracht, en de ontvangende school krijgt daarvoor een vast bedrag van het verband."),
    ]
    b += [
        ("h1", "Thuiszitters en verzuim"),
        ("p", "Het verband werkt met de leerplichtambtenaren van de drie gemeenten samen in een regionaal "
              "thuiszittersoverleg dat iedere zes weken bijeenkomt. Daarin worden alle leerlingen besproken die langer dan vier "
              "weken niet of gedeeltelijk naar school gaan. Het verband houdt een actuele lijst bij en bespreekt die lijst "
              "ieder kwartaal met de besturen. Vrijstellingen van de leerplicht worden alleen gegeven na een gesprek met de "
              "orthopedagoog van het verband over mogelijke alternatieven."),
    ]
    b += [
        ("h1", "Geld en middelen"),
        ("h2", "Inkomsten"),
        ("p", "Het verband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, gebaseerd op het aantal "
              "leerlingen op 1 oktober. Na aftrek van de afdrachten aan het speciaal onderwijs en de groeibekostiging van het "
              "sbo resteert het bedrag dat het verband zelf verdeelt."),
        ("h2", "Zo verdelen we"),
        ("p", "Het bestuur heeft in 2025 een nieuw verdeelmodel vastgesteld. Iedere school ontvangt een schoolbudget dat "
              "bestaat uit een vaste voet van € 8.500 per vestiging plus € 96 per leerling op de teldatum 1 oktober van het "
              "voorgaande jaar. Het budget wordt per bestuur uitbetaald in twaalf maandelijkse termijnen. Daarnaast houdt het "
              "verband een arrangementenbudget aan. Scholen vragen een arrangement aan bij het ondersteuningsteam van het "
              "verband; het team kent een arrangement toe als de basisondersteuning aantoonbaar is ingezet en de school een "
              "doel en een evaluatiemoment heeft benoemd. Een arrangement duurt maximaal een schooljaar."),
        ("h2", "Begroting"),
        ("p", "De meerjarenbegroting 2026-2029 stelt het bestuur in december 2026 vast. De bedragen in de tabel hieronder "
              "zijn in deze versie van het plan nog niet ingevuld."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]
    b += [
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Het bestuur werkt aan een nieuw kwaliteitskader. De beoogde resultaten voor deze planperiode en de manier "
              "waarop wij die gaan volgen, leggen we vast in het eerste jaarplan voor het schooljaar 2026-2027. Dat jaarplan "
              "wordt na instemming van de OPR op onze website gepubliceerd."),
    ]
    b += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voor een klein verband als het onze essentieel. We willen dat scholen, ouders en "
              "partners weten wat het verband doet en waar zij terechtkunnen."),
        ("h2", "Informatie voor ouders"),
        ("p", "Ouders vinden op de website van het verband een overzicht van de ondersteuning die scholen bieden, de "
              "bovenschoolse voorzieningen en de scholen voor speciaal (basis)onderwijs in de regio. Iedere school neemt in de "
              "schoolgids een paragraaf op over de basisondersteuning en over de extra ondersteuning die de school kan bieden. "
              "Het verband geeft de folder 'Passend onderwijs in de Linge en Betuwe' uit, die scholen meegeven bij de "
              "aanmelding en bij het eerste gesprek over extra ondersteuning. Eens per jaar organiseren we een avond voor "
              "ouders over de ondersteuningsmogelijkheden, afwisselend in een van de drie gemeenten."),
        ("h2", "Onafhankelijke ondersteuning"),
        ("p", "Ouders die onafhankelijk advies zoeken, vinden de contactgegevens van de betreffende organisaties op "
              "www.swvlingebetuwe.nl/ouders. De inrichting van een ouder- en jeugdsteunpunt pakken we op zodra de wet daartoe "
              "verplicht."),
        ("h2", "Communicatie met scholen"),
        ("p", "Het verband verstuurt vijf keer per jaar een nieuwsbrief aan directeuren en intern begeleiders. Op het "
              "besloten deel van de website staan formats, handreikingen en verslagen van netwerkbijeenkomsten."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c, results_line=False)
    b += f_glossary(c)
    labels = dict(
        documents=["po-swv-linge-betuwe-2026-2030.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": [], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H 'Basisondersteuning': minimum for every vestiging + concrete content in a table; "
                                     "borging via kwaliteitskaart.",
               "plaatsing": "H 'Toelaatbaarheid tot sbo en so': steps, deskundigen, Commissie, 6 weken, duur, bezwaar; "
                            "criteria deferred to 2026-2027 herijking and referred to website Handreiking.",
               "terugstroom": "Hidden in TLV chapter, sub 'Na afloop van de toelaatbaarheidsverklaring': policy, "
                              "initiative/dates, new TLV, terugplaatsingsarrangement.",
               "financien": "H 'Geld en middelen': verdeelmodel with amounts and arrangement criteria; meerjarenbegroting "
                            "only p.m. table, vaststelling December 2026.",
               "dekkend-aanbod": "H 'Extra ondersteuning en het dekkend aanbod': three layers + named voorzieningen; "
                                 "yearly gap analysis, thuiszitters, zorgplicht.",
               "resultaten": "H 'Kwaliteit en resultaten' only defers to the first jaarplan; no goals or monitoring "
                             "anywhere.",
               "ouders": "H 'Communicatie': website/schoolgids/folder/ouderavond; independent help only a website link "
                         "and an OJSP deferral (OJSP defined only in glossary)."})
    return c, b, labels


# ---------------------------------------------------------------------------
# Plan B: VO, large verband, .docx
# ---------------------------------------------------------------------------

CB = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost", short="SWV VO Kempenland-Oost",
          code="VO 30-09", sector="vo",
          gemeenten=["Eindhoven", "Geldrop-Mierlo", "Nuenen", "Son en Breugel", "Best", "Oirschot", "Waalre",
                     "Heeze-Leende", "Cranendonck"],
          n_besturen=14, seat="Eindhoven", fte="38,2", director="drs. Anouk Verhagen", chair="Ruud Hendrix", opr_n=16,
          opr_date="2 april 2026", oogo_date="12 maart 2026", ict="Ondersteuningsloket Online")


def plan_b():
    c = CB
    b = [("title", ["Ondersteuningsplan 2026-2030", c["name"], f"Samenwerkingsverband {c['code']}",
                    "Elke jongere een passende plek", "Definitieve versie, vastgesteld 9 april 2026"]),
         ("toc",)]
    b += f_voorwoord(c, 1)
    b += [
        ("h1", "Leeswijzer"),
        ("p", "Hoofdstuk 2 tot en met 4 beschrijven de uitgangspunten en de context. Hoofdstuk 5 tot en met 8 gaan over het "
              "ondersteuningsaanbod, de toewijzing en de toelaatbaarheid. Daarna volgen kwaliteitszorg, financiën en de "
              "hoofdstukken over ouders, organisatie en samenwerking. In de bijlage vindt u een lijst met afkortingen."),
        ("h1", "Terugblik op de planperiode 2022-2026"),
        ("p", "De afgelopen vier jaar stonden in het teken van herstel na de coronaperiode, de afbouw van de bovenmatige "
              "reserve en de vernieuwing van het ondersteuningsloket. Het aantal leerlingen in het vso steeg licht, terwijl het "
              "aantal thuiszitters, na een piek in 2023, weer daalde. We zijn trots op de doorontwikkeling van de "
              "OPDC-voorziening en op de intensievere samenwerking met het mbo. Tegelijk constateerden we dat de "
              "wachttijden voor sommige voorzieningen te lang waren en dat scholen de weg naar het verband niet altijd "
              "gemakkelijk vonden. Die lessen hebben we meegenomen in dit plan."),
    ]
    b += f_visie(c, 1)
    b += [
        ("h1", "Context en kengetallen"),
        ("p", f"Het verband omvat negen gemeenten in Zuidoost-Brabant. Er zijn 31 scholen voor voortgezet onderwijs met "
              "46 vestigingen, vier scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs. Op 1 "
              "oktober 2025 telde het verband 24.180 leerlingen."),
        ("table", [["Kengetal (1 oktober)", "2023", "2024", "2025"],
                   ["Leerlingen regulier vo", "21.430", "21.610", "21.720"],
                   ["Leerlingen praktijkonderwijs", "860", "842", "851"],
                   ["Leerlingen vso", "1.540", "1.588", "1.609"],
                   ["Deelnamepercentage vso", "6,4%", "6,6%", "6,7%"],
                   ["Leerlingen met lwoo", "2.310", "2.280", "2.255"]]),
    ]
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband het afgesproken minimum aan ondersteuning dat iedere vestiging van "
              "iedere aangesloten school biedt, ongeacht het bestuur of de onderwijssoort. Alle 46 vestigingen hebben zich "
              "aan dit niveau gecommitteerd; het is vastgelegd in de Standaard Basisondersteuning VO, die het bestuur in 2024 "
              "heeft vastgesteld. De concrete inhoud van de standaard, uitgewerkt in tien onderdelen, is opgenomen in "
              "bijlage 2 (Kaart Basisondersteuning)."),
        ("p", "Ieder jaar voert het verband bij een derde van de vestigingen een audit uit op de Standaard. De bevindingen "
              "worden met de schoolleiding besproken. Voldoet een vestiging op een onderdeel niet, dan spreken verband en "
              "bestuur een termijn af waarbinnen dat is hersteld; het onderwerp komt terug in het bestuurlijk gesprek."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Ons ondersteuningsaanbod is opgebouwd in vier niveaus die op elkaar aansluiten."),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1", "Basisondersteuning", "Op iedere vestiging"],
                   ["2", "Extra ondersteuning binnen de school: arrangementen zoals een trajectvoorziening, "
                         "steunklas, coaching door een ambulant begeleider, aangepast rooster", "Op de eigen school, "
                         "betaald uit het schoolbudget of een arrangement van het verband"],
                   ["3", "Bovenschoolse voorzieningen: OPDC De Brug (tijdelijke plaatsing tot één jaar), reboundvoorziening "
                         "Route 040 (maximaal 12 weken), tussenvoorziening voor leerlingen met psychische problematiek", "Op "
                         "drie locaties in Eindhoven en Geldrop"],
                   ["4", "Voortgezet speciaal onderwijs (cluster 3 en 4) en praktijkonderwijs", "Drie vso-scholen en "
                         "vier scholen voor praktijkonderwijs"]]),
        ("p", "Leerlingen kunnen tussen niveaus op en af bewegen. Een plaatsing op niveau 3 is altijd tijdelijk; de "
              "leerling blijft ingeschreven op de eigen school, die ook verantwoordelijk blijft voor het vervolg."),
        ("h1", "Thuiszitters"),
        ("p", "Ook in onze regio zijn er jongeren die langere tijd niet naar school gaan. Het thema thuiszitters krijgt "
              "in de komende planperiode een eigen actieplan, dat in het voorjaar van 2027 aan het bestuur wordt voorgelegd. "
              "Hoe we witte vlekken in het aanbod in beeld brengen, maakt onderdeel uit van dat actieplan."),
    ]
    b += [
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij het "
              "Loket van het verband. Het dossier bevat het ontwikkelingsperspectief, een overzicht van de ingezette "
              "ondersteuning met evaluaties, de zienswijze van ouders en, vanaf 16 jaar, van de leerling zelf. Het Loket "
              "toetst het dossier op volledigheid en legt het binnen tien werkdagen voor aan twee deskundigen: een "
              "orthopedagoog of psycholoog van het verband en een tweede deskundige die past bij de vraag. Beide brengen een "
              "eigen schriftelijk advies uit. De Commissie Toewijzing besluit namens het bestuur binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 ingezet en "
                "geëvalueerd, of er is aantoonbaar geen reëel perspectief in het regulier onderwijs;",
                "de ondersteuningsbehoefte ligt op het gebied van cognitie, gedrag, psychiatrie of lichamelijke of "
                "meervoudige beperking en vraagt een combinatie van kleine groepen, specifieke expertise en structuur die "
                "het regulier vo ook met extra middelen niet kan bieden;",
                "beide deskundigen onderschrijven dat het vso op dit moment de best passende plek is."]),
        ("p", "De TLV geldt voor ten hoogste twee schooljaren; voor leerlingen met een blijvende beperking kan de "
              "commissie een TLV tot het einde van de vso-periode afgeven. De commissie bepaalt de bekostigingscategorie "
              "(laag, midden of hoog) op basis van de aard van de beperking."),
        ("h2", "Leerwegondersteunend onderwijs"),
        ("p", "Het verband hanteert de landelijke criteria voor lwoo (leerachterstand op twee of meer domeinen en een "
              "IQ tussen 75 en 90, of sociaal-emotionele problematiek). De vo-school vraagt de aanwijzing voor lwoo aan vóór "
              "1 maart van het jaar van de overstap, op basis van het onderwijskundig rapport van de basisschool en eigen "
              "toetsing. Het Loket beslist binnen vier weken. Een aanwijzing voor lwoo geldt voor de hele schoolloopbaan in "
              "het vmbo."),
        ("h2", "Praktijkonderwijs"),
        ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan; de procedure is verder gelijk aan "
              "die voor het vso, met dien verstande dat één deskundigenadvies van de orthopedagoog volstaat wanneer het "
              "dossier eenduidig is."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid of lwoo kan binnen zes weken bezwaar worden gemaakt bij het bestuur. "
              "Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie voordat het op het bezwaar beslist."),
        ("h1", "Terugkeer uit het vso"),
        ("p", "Het verband wil dat zo veel mogelijk vso-leerlingen die daaraan toe zijn, hun schoolloopbaan in het "
              "reguliere voortgezet onderwijs of het praktijkonderwijs vervolgen. Voorwaarde is dat de leerling zich "
              "stabiel ontwikkelt, dat het uitstroomprofiel aansluit bij een reguliere leerweg en dat ouders en leerling de "
              "overstap steunen. Een leerling die terugkeert, krijgt gedurende het eerste halfjaar een overgangsarrangement: "
              "een ambulant begeleider van de vso-school blijft betrokken en de ontvangende school kan een beroep doen op "
              "een budget voor coaching."),
        ("p", "De precieze stappen, de rolverdeling en de evaluatiemomenten rond het einde van een TLV werken we in "
              "2026-2027 samen met de vso-scholen uit in een protocol terugplaatsing."),
    ]
    b += [
        ("h1", "Kwaliteitszorg"),
        ("h2", "Wat we willen bereiken"),
        ("p", "Voor de planperiode hebben we vijf resultaatafspraken gemaakt voor leerlingen die extra ondersteuning nodig "
              "hebben:"),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Minder leerlingen thuis zonder onderwijs", "Absoluut verzuim langer dan 4 weken", "41", "20"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage vso", "6,7%", "6,0%"],
                   ["Snelle toewijzing", "Doorlooptijd TLV-aanvraag in werkdagen", "34", "25"],
                   ["Terug naar de eigen school", "Leerlingen OPDC die binnen 1 jaar terugkeren", "68%", "80%"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer ouders over de ondersteuning", "6,9", "7,5"]]),
        ("h2", "Hoe we dat volgen"),
        ("p", "De controller en de beleidsmedewerker verzamelen de gegevens ieder kwartaal uit het Ondersteuningsloket "
              "Online, de leerplichtregistratie van de gemeenten en de DUO-telling. Een dashboard met de indicatoren wordt "
              "ieder kwartaal besproken in het bestuur en twee keer per jaar in de OPR. In het jaarverslag rapporteren we per "
              "doel wat is bereikt, wat het heeft gekost en welke bijsturing nodig is. Eens in de twee jaar houden we een "
              "tevredenheidspeiling onder ouders en scholen. Halverwege de planperiode laten we een externe evaluatie "
              "uitvoeren."),
    ]
    b += [
        ("h1", "Financieel beleid"),
        ("h2", "Verdeling"),
        ("p", "Het verband verdeelt de middelen volgens het verdeelmodel 2026. De middelen voor lwoo en praktijkonderwijs "
              "worden doorgegeven aan de besturen naar rato van het aantal leerlingen met een lwoo-aanwijzing of een TLV pro "
              "op 1 oktober. De middelen lichte ondersteuning verdeelt het verband als schoolbudget: € 145 per leerling plus "
              "een vaste voet van € 20.000 per vestiging. Voor arrangementen op niveau 2 en 3 dient de school een aanvraag "
              "in bij het Loket; een arrangement wordt toegekend als de basisondersteuning is ingezet en er een concreet, "
              "geëvalueerd doel is. De afdrachten voor het vso worden door DUO rechtstreeks ingehouden."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "11.840", "11.790", "11.720", "11.650"],
                   ["Baten zware ondersteuning (na afdracht vso)", "6.210", "6.120", "6.050", "5.990"],
                   ["Doorbetaling lwoo en pro aan besturen", "14.930", "14.780", "14.620", "14.500"],
                   ["Schoolbudgetten lichte ondersteuning", "4.430", "4.420", "4.400", "4.380"],
                   ["Arrangementen niveau 2 en 3", "3.900", "3.850", "3.800", "3.750"],
                   ["OPDC, rebound en tussenvoorziening", "3.650", "3.650", "3.600", "3.600"],
                   ["Bureau, loket en deskundigen", "3.180", "3.160", "3.150", "3.140"],
                   ["Resultaat", "-140", "-170", "-200", "-230"]]),
        ("p", "De begroting sluit bewust met een tekort om de resterende reserve af te bouwen. De reserve bedraagt eind "
              "2025 € 2,9 miljoen; de signaleringswaarde van de Inspectie ligt op € 2,1 miljoen. Eind 2029 verwachten we een "
              "reserve van ongeveer € 2,2 miljoen."),
        ("p", "Besturen verantwoorden de besteding van hun schoolbudget jaarlijks voor 1 april in een korte rapportage "
              "per vestiging."),
    ]
    b += [
        ("h1", "Ouders en leerlingen"),
        ("h2", "Informatie"),
        ("p", "Ouders en leerlingen vinden op de website van het verband de ondersteuningswijzer: per vestiging staat "
              "daarin welke ondersteuning de school biedt en welke arrangementen en voorzieningen er in de regio zijn. De "
              "website is beschikbaar in het Nederlands, Engels, Arabisch en Pools. Iedere school verwijst in de schoolgids "
              "naar de ondersteuningswijzer. In het voorjaar organiseert het verband twee informatieavonden voor ouders van "
              "leerlingen in groep 8 over lwoo, praktijkonderwijs en vso."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Ouders en leerlingen die vastlopen of het oneens zijn met school of verband, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Kempenland. Het steunpunt is onafhankelijk van de scholen, wordt bemand door twee "
              "ervaringsdeskundige ouderadviseurs en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur. "
              "Daarnaast wijzen we op de onderwijsconsulenten, die kosteloos bemiddelen, en op de klachtenregeling van het "
              "verband en de Geschillencommissie passend onderwijs."),
        ("h2", "Betrokkenheid"),
        ("p", "Ouders en leerlingen zijn gesprekspartner bij het opstellen van het ontwikkelingsperspectief; leerlingen "
              "hebben hoorrecht op het deel van het plan dat over hun ondersteuning gaat."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c, results_line=True)
    b += f_glossary(c, "Bijlage: Afkortingen en begrippen")
    labels = dict(
        documents=["vo-swv-kempenland-oost-2026-2030.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": [], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H 'Basisondersteuning': minimum for all 46 vestigingen stated; content only in "
                                     "absent bijlage 2 (Kaart Basisondersteuning); audit = borging.",
               "plaatsing": "H 'Toewijzing en toelaatbaarheid': vso procedure + criteria list, lwoo and pro procedure "
                            "and criteria, deskundigen, duur/categorie, bezwaar LBT.",
               "terugstroom": "H 'Terugkeer uit het vso': aim, conditions, overgangsarrangement; steps/roles/evaluation "
                              "deferred to a protocol in 2026-2027 (OPDC-return indicator is not (v)so "
                              "terugstroom).",
               "financien": "H 'Financieel beleid': verdeelmodel with amounts, arrangement criteria, meerjarenbegroting "
                            "table, reserve and verantwoording.",
               "dekkend-aanbod": "H 'Het ondersteuningscontinuüm' four-level table; gaps/thuiszitters only deferred to "
                                 "a 2027 actieplan; the thuiszitter target in the Kwaliteitszorg table is a result, not gap handling; OOGO "
                                 "chapter = ketenpartners.",
               "resultaten": "Under H 'Kwaliteitszorg' (no 'resultaten' heading): goals table with streefwaarden + "
                             "quarterly dashboard, jaarverslag.",
               "ouders": "H 'Ouders en leerlingen': ondersteuningswijzer, multilingual site, avonden; OJSP Kempenland, "
                         "onderwijsconsulenten, klachten."})
    return c, b, labels


# ---------------------------------------------------------------------------
# Plan C: PO, large verband, .docx + .pdf
# ---------------------------------------------------------------------------

CC = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Amstelveenland", short="SWV Amstelveenland",
          code="PO 27-04", sector="po", gemeenten=["Amstelveen", "Aalsmeer", "Uithoorn", "Ouder-Amstel"],
          n_besturen=19, seat="Amstelveen", fte="44,6", director="Jeroen Bakx", chair="Sabine Oudshoorn", opr_n=12,
          opr_date="24 maart 2026", oogo_date="5 maart 2026", ict="Ondersteuningsdossier Amstelveenland")


def plan_c():
    c = CC
    b = [("title", ["Ondersteuningsplan", "2026 – 2030", c["name"], f"Samenwerkingsverband {c['code']}",
                    "Versie voor vaststelling – maart 2026"]),
         ("toc",)]
    b += f_voorwoord(c, 1)
    b += [
        ("h1", "Samenvatting"),
        ("p", "Dit ondersteuningsplan beschrijft de koers van het verband voor de schooljaren 2026-2027 tot en met "
              "2029-2030. Het plan bouwt voort op het vorige plan en kiest voor continuïteit waar dat kan en voor "
              "vernieuwing waar dat nodig is. De belangrijkste veranderingen zijn de uitbreiding van het aanbod voor jonge "
              "kinderen met een onduidelijke ondersteuningsbehoefte, een strakkere regie op leerlingen zonder passende "
              "plek en een vereenvoudigd verdeelmodel. De hoofdstukken over basisondersteuning, toelaatbaarheid, "
              "terugplaatsing, resultaten, ouders en financiën vormen samen het wettelijke deel van het plan; de overige "
              "hoofdstukken beschrijven de organisatie en de samenwerking."),
    ]
    b += f_visie(c, 0)
    b += [
        ("h1", "Kengetallen"),
        ("p", "Het verband telt 92 basisscholen, vier scholen voor speciaal basisonderwijs en vijf so-locaties van cluster "
              "3 en 4. Samen bedienen zij ongeveer 21.500 leerlingen. De kengetallen hieronder zijn ontleend aan de "
              "DUO-telling en de eigen registratie."),
        ("table", [["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
                   ["Leerlingen basisonderwijs", "20.410", "20.380", "20.290"],
                   ["Deelname sbo", "2,1%", "2,0%", "2,0%"],
                   ["Deelname so", "1,6%", "1,7%", "1,7%"],
                   ["Afgegeven TLV's sbo en so", "318", "342", "329"],
                   ["Leerlingen van sbo/so naar regulier basisonderwijs (terugplaatsingen)", "11", "9", "14"],
                   ["Leerlingen met een arrangement", "1.120", "1.205", "1.260"]]),
        ("p", "Het aantal leerlingen is stabiel. Opvallend is de groei van het aantal arrangementen, die vooral in "
              "Amstelveen en Aalsmeer plaatsvindt. Ook terugplaatsing verdient in de komende periode aandacht."),
        ("h1", "Basisondersteuning"),
        ("p", "De afspraken over de basisondersteuning zijn vastgelegd in het Referentiekader Basisondersteuning "
              "Amstelveenland 2024, dat als zelfstandig document op de website van het verband staat. Dit plan herhaalt die "
              "afspraken niet. Het referentiekader wordt aangepast zodra de landelijke norm basisondersteuning wettelijk is "
              "vastgelegd."),
    ]
    b += [
        ("h1", "Ondersteuningsaanbod en dekkend netwerk"),
        ("h2", "Het aanbod op een rij"),
        ("p", "Boven op wat de school zelf biedt, kent het verband een samenhangend aanbod dat van licht naar zwaar "
              "oploopt. Scholen kunnen via het ondersteuningsteam van het verband een groepsarrangement of een individueel "
              "arrangement inzetten, bijvoorbeeld extra begeleiding bij gedrag, een schakelprogramma taal of inzet van een "
              "specialist autisme. Daarnaast zijn er bovenschoolse voorzieningen: de Taalklas Amstelland voor nieuwkomers "
              "(maximaal één jaar, op drie locaties), de Plusklas voor hoogbegaafde leerlingen (één dag per week), en de "
              "observatie- en diagnostiekgroep Kompas voor jonge kinderen van wie de ondersteuningsbehoefte nog onduidelijk is. "
              "Voor leerlingen die meer nodig hebben, zijn er de vier sbo-scholen en de so-locaties. Voor leerlingen met "
              "zowel een onderwijs- als een zorgbehoefte bieden twee so-scholen onderwijs-zorgarrangementen met een "
              "zorgaanbieder op het terrein van de school."),
        ("h2", "Waar het aanbod tekortschiet"),
        ("p", "Het verband monitort maandelijks de wachtlijsten van de so-scholen en de bovenschoolse voorzieningen en "
              "houdt een register bij van leerlingen zonder passende plek. Uit de analyse van 2025 bleek dat er vooral een "
              "tekort is aan plekken voor leerlingen met een combinatie van een autismespectrumstoornis en een "
              "ontwikkelingsperspectief op het niveau van het regulier onderwijs. Daarom opent in augustus 2026 een "
              "tweede groep van de Kompas-voorziening, en maakt het verband met twee besturen afspraken over een "
              "prikkelarme klas in het regulier onderwijs. Als een school haar zorgplicht niet kan waarmaken, schakelt zij "
              "binnen twee weken de trajectbegeleider van het verband in, die regie neemt tot er een plek is."),
    ]
    b += [
        ("h1", "Thuiszitters"),
        ("p", "Samen met de leerplichtambtenaren van de vier gemeenten bespreekt het verband iedere maand de situatie van "
              "leerlingen die (dreigen te) verzuimen. Per leerling wordt een regisseur aangewezen. Doel is dat iedere "
              "leerling binnen drie maanden weer (deels) onderwijs volgt. Voor leerlingen die tijdelijk niet naar school "
              "kunnen, biedt het verband via een online onderwijsaanbod een tussenoplossing."),
    ]
    b += [
        ("h1", "Toelaatbaarheid"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven, dient de aanvraag voor een "
              "toelaatbaarheidsverklaring in via het Ondersteuningsdossier Amstelveenland. Het bureau stuurt het dossier "
              "naar twee deskundigen: een orthopedagoog of psycholoog van het bureau en een tweede deskundige die niet bij de "
              "aanvraag betrokken was. Na hun schriftelijke adviezen besluit de TLV-commissie van het verband binnen zes "
              "weken na ontvangst van de complete aanvraag. De commissie weegt daarbij de criteria uit de tabel hieronder."),
        ("table", [["Toelaatbaar tot", "Criteria (alle van toepassing)"],
                   ["Sbo", "De school heeft twee opeenvolgende periodes een arrangement ingezet en geëvalueerd; de leerling "
                           "heeft een achterstand van meer dan een jaar op ten minste twee leergebieden of een "
                           "ondersteuningsbehoefte in gedrag die een kleine groep en een aangepast programma vraagt; "
                           "regulier onderwijs met arrangement biedt geen perspectief."],
                   ["So cluster 3", "Een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte "
                                    "waardoor de leerling aangewezen is op een specifiek curriculum en intensieve "
                                    "verzorging."],
                   ["So cluster 4", "Ernstige gedrags- of psychiatrische problematiek die ook in het sbo niet kan worden "
                                    "opgevangen, blijkend uit diagnostiek en een geëvalueerd arrangement."]]),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor ten hoogste drie "
              "schooljaren en vermeldt de bekostigingscategorie. Belanghebbenden kunnen binnen zes weken bezwaar maken; "
              "het verband legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ]
    b += [
        ("h1", "Ambities voor 2030"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte formuleert het verband de volgende beoogde resultaten:"),
        ("ul", ["In 2030 gaat ten minste 96 procent van de leerlingen met een arrangement naar een reguliere basisschool in "
                "de eigen gemeente.",
                "Het aantal leerlingen dat langer dan een maand zonder onderwijs thuiszit, daalt van 23 in 2025 naar "
                "hoogstens 10 in 2030.",
                "De wachttijd voor de bovenschoolse voorzieningen is in 2028 korter dan zes weken.",
                "Leerlingen in de Taalklas stromen na maximaal een jaar door naar een reguliere groep."]),
        ("p", "Hoe we de voortgang op deze ambities meten en erover rapporteren, werken we uit in het kwaliteitskader dat "
              "in de loop van 2027 verschijnt."),
    ]
    b += [
        ("h1", "Bekostiging en begroting"),
        ("h2", "Het verdeelmodel"),
        ("p", "De ondersteuningsmiddelen worden verdeeld volgens een bestuursmodel. Ieder bestuur ontvangt € 118 per "
              "leerling op de teldatum 1 oktober voor de lichte ondersteuning in de eigen scholen. Voor arrangementen "
              "reserveert het verband een apart budget; de commissie arrangementen kent aanvragen toe op basis van het "
              "groeidocument en een begroting van de school, tot een maximum van € 12.000 per leerling per schooljaar. De "
              "bovenschoolse voorzieningen worden rechtstreeks door het verband bekostigd. Het bestuur stelt het verdeelmodel "
              "jaarlijks in december vast, na advies van de algemene vergadering."),
        ("h2", "Meerjarenbegroting 2026-2029"),
        ("table", [["Bedragen in euro", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning (na afdrachten)", "13.950.000", "13.880.000", "13.810.000", "13.760.000"],
                   ["Bestuursbudgetten (€ 118 per leerling)", "2.390.000", "2.380.000", "2.370.000", "2.360.000"],
                   ["Arrangementen", "4.800.000", "4.750.000", "4.700.000", "4.650.000"],
                   ["Groeibekostiging en overdracht sbo", "3.050.000", "3.050.000", "3.000.000", "3.000.000"],
                   ["Bovenschoolse voorzieningen", "1.900.000", "1.950.000", "2.000.000", "2.000.000"],
                   ["Bureau en personeel", "1.710.000", "1.720.000", "1.730.000", "1.740.000"],
                   ["Saldo", "100.000", "30.000", "10.000", "10.000"]]),
        ("p", "Besturen leggen in hun jaarverslag verantwoording af over de besteding van de bestuursbudgetten; de "
              "accountant van het verband toetst de besteding van de arrangementen steekproefsgewijs."),
    ]
    b += [
        ("h1", "Ouders"),
        ("p", "Paragraaf in voorbereiding. De tekst over de informatievoorziening aan ouders en over de onafhankelijke "
              "ondersteuning wordt na het gesprek met de OPR op 14 april 2026 toegevoegd."),
    ]
    b += f_governance(c) + f_opr(c, full=False) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_wetgeving(c) + \
        f_kennisdeling(c) + f_bedrijfsvoering(c) + f_planning(c, results_line=False)
    b += f_glossary(c)
    name = "po-swv-amstelveenland-2026-2030"
    labels = dict(
        documents=[name + ".docx", name + ".pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
        notes={"basisondersteuning": "H 'Basisondersteuning' only refers to the separate Referentiekader on the website; "
                                     "term otherwise only in TOC and begrippenlijst.",
               "plaatsing": "H 'Toelaatbaarheid': procedure in prose; criteria only in the table sbo/so cluster 3/4; "
                            "deskundigen, duur, categorie, bezwaar.",
               "terugstroom": "No procedure or policy; only terugplaatsing figures in the Kengetallen table (advisory "
                              "monitoring) plus a passing 'verdient aandacht'.",
               "financien": "H 'Bekostiging en begroting': verdeelmodel with per-leerling amount and arrangement "
                            "criteria; meerjarenbegroting table; verantwoording.",
               "dekkend-aanbod": "H 'Ondersteuningsaanbod en dekkend netwerk': continuum with named voorzieningen, "
                                 "wachtlijst monitoring, register, actions, zorgplicht.",
               "resultaten": "H 'Ambities voor 2030': measurable intended results; monitoring/reporting deferred to "
                             "a kwaliteitskader 'in de loop van 2027'; Kengetallen table gives figures (meetbaar) "
                             "but no monitoring description.",
               "ouders": "H 'Ouders' is a placeholder ('Paragraaf in voorbereiding'); OJSP only in begrippenlijst; "
                         "OPR chapter gives no composition."})
    return c, b, labels


# ---------------------------------------------------------------------------
# Plan D: VO, small verband, .docx + .pdf
# ---------------------------------------------------------------------------

CD = dict(name="Samenwerkingsverband VO Waddenkust", short="SWV Waddenkust", code="VO 20-03", sector="vo",
          gemeenten=["Harlingen", "Waadhoeke", "Terschelling", "Vlieland", "Noardeast-Fryslân"], n_besturen=4,
          seat="Franeker", fte="7,8", director="Sjoerd Hoekstra", chair="Ineke de Vries", opr_n=8,
          opr_date="19 maart 2026", oogo_date="4 maart 2026", ict="Dossierwijzer")


def plan_d():
    c = CD
    b = [("title", ["Ondersteuningsplan 2026-2030", c["name"], f"{c['code']}",
                    "Ruimte voor elke leerling, van wad tot weiland"]),
         ("toc",)]
    b += f_voorwoord(c, 0)
    b += f_visie(c, 1)
    b += [
        ("h1", "Ons gebied"),
        ("p", "Waddenkust is een klein verband met een groot gebied. Vier besturen zijn verantwoordelijk voor zes scholen "
              "voor voortgezet onderwijs met samen negen vestigingen, waaronder twee eilandscholen. Op 1 oktober 2025 gingen "
              "5.210 leerlingen naar een van onze scholen. Voor vso zijn leerlingen aangewezen op scholen in Leeuwarden en "
              "Sneek. De reisafstanden zijn groot; voor eilandleerlingen betekent een plek buiten het eiland vaak een "
              "verblijf op de wal."),
        ("p", "De krimp in het gebied is voelbaar: in 2030 verwachten we ongeveer 4.800 leerlingen. Dat vraagt om "
              "samenwerking tussen de besturen, want kleine vestigingen kunnen niet alle expertise zelf in huis hebben."),
        ("h1", "Het fundament: wat u op elke school mag verwachten"),
        ("p", "Alle vier besturen hebben afgesproken dat iedere vestiging, ook de kleinste eilandschool, hetzelfde "
              "minimum aan ondersteuning biedt. Dat minimum noemen we de basisondersteuning. Een leerling of ouder hoeft "
              "daarvoor niets aan te vragen en hoeft niet te wachten op het verband. Concreet betekent dit dat op iedere "
              "vestiging:"),
        ("ul", ["een ondersteuningscoördinator werkzaam is die het eerste aanspreekpunt is voor leerlingen, ouders en "
                "mentoren;",
                "iedere leerling een mentor heeft die minstens twee keer per jaar een individueel gesprek voert;",
                "dyslexie- en dyscalculiebegeleiding wordt geboden volgens een vastgesteld protocol, met faciliteiten bij "
                "toetsen zoals extra tijd en voorleessoftware;",
                "een aanbod is voor sociale vaardigheden en faalangstreductie, in groepjes of individueel;",
                "een orthopedagoog van het verband wekelijks beschikbaar is voor consultatie;",
                "er een time-outvoorziening met begeleiding is voor leerlingen die tijdelijk niet in de klas kunnen zijn;",
                "afspraken bestaan over medisch handelen en over het ondersteunen van leerlingen met een chronische "
                "ziekte;",
                "een ontwikkelingsperspectief wordt opgesteld zodra een leerling meer nodig heeft dan de reguliere "
                "begeleiding."]),
        ("p", "Een school die deze onderdelen niet volledig kan bieden, schakelt een andere vestiging van het verband in. "
              "Het verband draagt zorg voor de uitwisseling."),
        ("h1", "Passende plekken en thuiszitters"),
        ("p", "Een overzicht van het ondersteuningsaanbod van de scholen en de bovenschoolse voorzieningen is te vinden in "
              "de Ondersteuningswijzer op onze website."),
        ("p", "Omdat ons gebied groot is en de scholen klein, lopen we sneller dan elders tegen grenzen aan. Het verband "
              "houdt daarom een overzicht bij van alle leerlingen die niet of niet volledig naar school gaan of voor wie geen "
              "passende plek beschikbaar is. Dit overzicht wordt iedere maand besproken in het zorgplichtoverleg, waarin de "
              "ondersteuningscoördinatoren van alle vestigingen, de leerplichtconsulenten en de orthopedagoog van het "
              "verband zitting hebben. Voor iedere leerling op het overzicht wordt een casusregisseur benoemd die binnen "
              "twee weken met ouders een plan maakt. Lukt het niet om binnen acht weken een plek te vinden, dan schaalt de "
              "directeur-bestuurder op naar het bestuurlijk overleg. Eenmaal per jaar analyseren we de casussen om te zien "
              "welke leerlingen structureel geen plek vinden. Uit de analyse van 2025 kwam naar voren dat eilandleerlingen "
              "met psychische problemen moeilijk een plek vinden; met de gemeente Terschelling is afgesproken dat de "
              "jeugdhulp in 2026 onderwijs op afstand combineert met begeleiding op het eiland."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Alles over de aanvraag en beoordeling van toelaatbaarheidsverklaringen voor het vso, de aanwijzing voor "
              "lwoo en de toelaatbaarheid tot het praktijkonderwijs, inclusief de terugplaatsing naar het regulier vo, staat "
              "in het Routeboek Toewijzing 2026 (bijlage 5). Het Routeboek maakt integraal onderdeel uit van dit plan en "
              "wordt jaarlijks geactualiseerd."),
    ]
    b += [
        ("h1", "Monitoring en verantwoording"),
        ("p", "Het verband volgt de ontwikkeling van de ondersteuning met een vaste set indicatoren. Twee keer per jaar, "
              "in februari en september, levert iedere vestiging gegevens aan over het aantal leerlingen met een "
              "ontwikkelingsperspectief, de ingezette ondersteuning, verzuim en uitstroom. Het bureau combineert die "
              "gegevens met de DUO-telling en de verzuimcijfers van de gemeenten. De uitkomsten worden besproken in het "
              "bestuur en de OPR, en gepubliceerd in het jaarverslag, waarin we per indicator laten zien wat de stand is en "
              "welke verklaringen er zijn. Ouders en leerlingen vullen eens per twee jaar een korte vragenlijst in over hun "
              "ervaring met de ondersteuning."),
        ("table", [["Indicator", "2023", "2024", "2025"],
                   ["Leerlingen met een ontwikkelingsperspectief", "312", "335", "351"],
                   ["Deelname vso (percentage)", "3,1%", "3,3%", "3,4%"],
                   ["Leerlingen langer dan 4 weken thuis", "14", "11", "12"],
                   ["Tevredenheid ouders (schaal 1-10)", "n.v.t.", "7,1", "n.v.t."]]),
        ("p", "De beoogde resultaten voor 2026-2030 stelt het bestuur vast na de evaluatie in het voorjaar van 2027."),
    ]
    b += [
        ("h1", "Financiën"),
        ("p", "De middelen van het verband bestaan uit de rijksbijdrage voor lichte en zware ondersteuning, de middelen "
              "voor lwoo en praktijkonderwijs, en een kleine bijdrage van de gemeenten voor het eilandarrangement. Hoe de "
              "middelen over de besturen worden verdeeld, is onderwerp van de herijking van het verdeelmodel die in 2026-2027 "
              "plaatsvindt."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Totale baten", "7.420", "7.260", "7.110", "6.980"],
                   ["Afdracht vso via DUO", "1.980", "1.960", "1.940", "1.920"],
                   ["Doorbetaling lwoo en pro", "3.210", "3.120", "3.040", "2.970"],
                   ["Ondersteuning op de vestigingen", "1.300", "1.290", "1.270", "1.250"],
                   ["Orthopedagoog en casusregie", "420", "420", "420", "420"],
                   ["Bureau", "530", "520", "510", "500"],
                   ["Resultaat", "-20", "-50", "-70", "-80"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2025 circa 14 procent van de baten. Het bestuur hanteert een "
              "bandbreedte van 8 tot 12 procent en bouwt het overschot in de planperiode af door een negatief "
              "begrotingssaldo. De risico's zijn vooral de krimp en de stijging van het aantal vso-leerlingen."),
        ("h1", "Communicatie met ouders en leerlingen"),
        ("p", "Ouders worden op drie manieren geïnformeerd over de ondersteuning. Iedere vestiging beschrijft in de "
              "schoolgids welke ondersteuning zij biedt en wie de ondersteuningscoördinator is. Het verband publiceert op de "
              "website de Ondersteuningswijzer en een folder voor ouders in het Nederlands en Fries. Tijdens de "
              "voorlichtingsavonden voor groep 8 in januari is het verband met een eigen stand aanwezig."),
        ("p", "Wie er met de school niet uitkomt, kan terecht bij het Ouder- en Jeugdsteunpunt Fryslân, een onafhankelijk "
              "steunpunt dat het verband samen met drie andere Friese verbanden financiert. De ouderadviseurs van het "
              "steunpunt denken mee, gaan mee naar gesprekken en kunnen bemiddelen. Ook de onderwijsconsulenten zijn "
              "bereikbaar voor ouders die een onafhankelijke bemiddelaar zoeken."),
        ("p", "Ouders zijn vertegenwoordigd in de OPR en worden betrokken bij het opstellen en evalueren van het "
              "ontwikkelingsperspectief van hun kind."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c, tlv_line=False) + f_wetgeving(c) + \
        f_bedrijfsvoering(c) + f_planning(c, results_line=True)
    b += f_glossary(c, "Bijlage: Afkortingenlijst")
    name = "vo-swv-waddenkust-2026-2030"
    labels = dict(
        documents=[name + ".docx", name + ".pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": [], "plaatsing": [], "terugstroom": [],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H 'Het fundament: wat u op elke school mag verwachten': minimum for every "
                                     "vestiging + concrete list (no 'basisondersteuning' heading).",
               "plaatsing": "H 'Toewijzing en toelaatbaarheid' only refers to Routeboek (bijlage 5), which is not part "
                            "of the input.",
               "terugstroom": "Only named inside the Routeboek reference; nothing else (term in begrippenlijst only).",
               "financien": "H 'Financiën': meerjarenbegroting table + weerstandsvermogen; verdeling deferred to "
                            "herijking verdeelmodel 2026-2027.",
               "dekkend-aanbod": "H 'Passende plekken en thuiszitters': register, zorgplichtoverleg, escalation, yearly "
                                 "gap analysis; continuum only referred to website Ondersteuningswijzer.",
               "resultaten": "H 'Monitoring en verantwoording': cycle, sources, jaarverslag, figures; beoogde "
                             "resultaten deferred to spring 2027.",
               "ouders": "H 'Communicatie met ouders en leerlingen': schoolgids/website/folder/stand; OJSP Fryslân and "
                         "onderwijsconsulenten."})
    return c, b, labels


# ---------------------------------------------------------------------------
# Plan E: PO, middle-sized verband, Markdown
# ---------------------------------------------------------------------------

CE = dict(name="Samenwerkingsverband Primair Onderwijs Heuvelrug-Zuid", short="SWV Heuvelrug-Zuid", code="PO 26-08",
          sector="po", gemeenten=["Utrechtse Heuvelrug", "Wijk bij Duurstede", "Rhenen"], n_besturen=9,
          seat="Doorn", fte="16,0", director="Eveline Kramer-Smit", chair="Paul Verweij", opr_n=10,
          opr_date="10 maart 2026", oogo_date="18 februari 2026", ict="Leerlingdossier Heuvelrug")


def plan_e():
    c = CE
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    f"**{c['name']}** ({c['code']})",
                    "_Concept ter instemming aan de OPR, versie 0.9_"]),
         ("toc",)]
    b += f_voorwoord(c, 1)
    b += f_visie(c, 0)
    b += [
        ("h1", "Terugblik op het vorige plan"),
        ("p", "Het vorige ondersteuningsplan liep van 2022 tot 2026. In die periode is veel veranderd. We zijn "
              "overgestapt op een digitaal leerlingdossier, hebben de aanvraagformulieren ingekort en zijn gestart met "
              "vaste consulenten per school. Scholen waarderen vooral dat zij een vast gezicht van het verband hebben. "
              "Minder goed ging de communicatie over wijzigingen: niet alle intern begeleiders wisten tijdig van nieuwe "
              "afspraken. Ook de samenwerking tussen besturen kwam na de coronajaren langzaam weer op gang."),
        ("p", "Een externe evaluatie in 2025 bevestigde dat het verband dicht bij de scholen staat, maar adviseerde om "
              "keuzes scherper te maken en beter uit te leggen. Dat advies hebben we ter harte genomen bij het schrijven "
              "van dit plan. De volledige evaluatie is op te vragen bij het bureau."),
    ]
    b += [
        ("h1", "Context"),
        ("p", "Het verband bestaat uit 47 basisscholen, één sbo-school (De Wegwijzer in Doorn) en twee so-locaties, "
              "verdeeld over drie gemeenten. Ongeveer 9.800 leerlingen gaan naar een van onze scholen. Negen besturen zijn "
              "aangesloten, van een eenpitter tot een bestuur met achttien scholen. De regio is overwegend landelijk, met "
              "enkele kernen waar de vraag naar ondersteuning sneller groeit dan het leerlingenaantal."),
        ("h1", "Ondersteuning op school"),
        ("p", "Op de basisscholen in ons verband vindt u onder meer de volgende ondersteuning:"),
        ("ul", ["een intern begeleider die de ondersteuning in de school coördineert;",
                "leerlingbesprekingen en groepsbesprekingen volgens de cyclus van handelingsgericht werken;",
                "een aanpak voor leesproblemen en dyslexie volgens het landelijk protocol;",
                "verrijkingsstof en een plusgroep voor kinderen die meer aankunnen;",
                "begeleiding bij sociaal-emotionele ontwikkeling met een vaste methode en een pestprotocol;",
                "consultatie van de orthopedagoog van het verband;",
                "afspraken over medisch handelen."]),
        ("p", "Welke van deze voorzieningen iedere school minimaal moet bieden, leggen we in 2026 vast in een "
              "Standaard Basisondersteuning. Vooruitlopend daarop beschrijft iedere school haar eigen aanbod in de "
              "schoolgids."),
    ]
    b += [
        ("h1", "Verwijzing naar sbo en so"),
        ("p", "Een leerling komt in aanmerking voor een toelaatbaarheidsverklaring voor het speciaal basisonderwijs "
              "als de basisschool ten minste een jaar extra ondersteuning heeft geboden en geëvalueerd, de leerling op twee "
              "of meer vakgebieden een achterstand van meer dan anderhalf jaar heeft of in gedrag zo veel structuur nodig "
              "heeft dat dat in een groep van 25 niet haalbaar is, en het ontwikkelingsperspectief laat zien dat een kleine "
              "groep met gespecialiseerde leraren meer oplevert. Voor het speciaal onderwijs komt daarbij dat er sprake is van "
              "een diagnose of beperking (verstandelijk, lichamelijk, langdurig ziek, of ernstige gedrags- of psychiatrische "
              "problemen) waardoor de leerling ook in het sbo onvoldoende tot ontwikkeling komt."),
        ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en hoe lang het duurt, leest u in het stroomschema op "
              "onze website."),
        ("p", "Bent u het als ouder niet eens met een besluit over de toelaatbaarheid, dan kunt u binnen zes weken "
              "bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("h1", "Doorgaande lijnen"),
        ("h2", "Weer naar een gewone basisschool"),
        ("p", "Wij vinden dat een kind dat in het sbo of so tot bloei is gekomen, de kans moet krijgen om weer naar een "
              "gewone basisschool te gaan, het liefst in de eigen woonplaats. Dat doen we alleen als het kind er zelf aan "
              "toe is, als ouders erachter staan en als de nieuwe school ervaring en tijd heeft om het kind goed te "
              "ontvangen. Een kind gaat nooit terug zonder begeleiding: de sbo- of so-school blijft na de overstap een half "
              "jaar betrokken met een ambulant begeleider, en de ontvangende school krijgt een overstaparrangement."),
        ("p", "De speciale school bespreekt ieder jaar in maart, bij de evaluatie van het ontwikkelingsperspectief, of "
              "terugkeer in beeld is. Is dat zo, dan nodigt de intern begeleider van de speciale school ouders, een "
              "consulent van het verband en de beoogde basisschool uit voor een overstapgesprek. Het bestuur van de "
              "ontvangende school besluit over de inschrijving; het verband beslist over het overstaparrangement binnen vier "
              "weken. Loopt de TLV af en is terugkeer nog niet verantwoord, dan vraagt de speciale school uiterlijk drie "
              "maanden voor het einde van de TLV een verlenging aan."),
    ]
    b += [
        ("h1", "Opbrengsten en ambities"),
        ("p", "Wat willen we voor kinderen die extra ondersteuning nodig hebben in 2030 bereikt hebben? We hebben dat "
              "vertaald in vier ambities, met voor elke ambitie een streefcijfer:"),
        ("table", [["Ambitie", "Stand 2025", "Streefcijfer 2030"],
                   ["Kinderen met extra ondersteuning gaan naar school in hun eigen kern", "84%", "90%"],
                   ["Doorlooptijd van aanvraag tot besluit arrangement", "7 weken", "4 weken"],
                   ["Kinderen die vanuit sbo/so weer naar een gewone basisschool gaan", "6 per jaar", "12 per jaar"],
                   ["Ouders die de ondersteuning als goed beoordelen", "71%", "80%"]]),
        ("p", "Het bureau houdt de cijfers per kwartaal bij in een dashboard op basis van het leerlingdossier en de "
              "DUO-gegevens. Het bestuur bespreekt het dashboard elk kwartaal; de OPR ontvangt het halfjaarlijks. In het "
              "jaarverslag beschrijven we per ambitie de bereikte stand en een kwalitatieve toelichting op basis van "
              "gesprekken met scholen en ouders. Een tevredenheidspeiling onder ouders houden we elk jaar in mei."),
    ]
    b += [
        ("h1", "Geld"),
        ("p", "Passend onderwijs kost geld, en de middelen zijn niet onbeperkt. De verdeling en de besteding van de "
              "ondersteuningsmiddelen zijn geregeld in de Financiële Kaderbrief, die het bestuur jaarlijks vaststelt en die "
              "niet tot dit plan behoort. De meerjarenbegroting volgt na vaststelling van de Kaderbrief 2027."),
        ("h1", "Ouders"),
        ("p", "Ouders kennen hun kind het best. We informeren hen daarom op verschillende manieren over de "
              "ondersteuning. De website van het verband heeft een ouderpagina met uitleg over de ondersteuning op school, "
              "het sbo en so, en de route naar extra ondersteuning, met filmpjes waarin ouders hun ervaringen delen. De "
              "intern begeleider van de school is het eerste aanspreekpunt en geeft ouders bij het eerste gesprek over extra "
              "ondersteuning de brochure 'Uw kind, onze zorg'. Twee keer per jaar houdt het verband een digitaal "
              "inloopspreekuur voor ouders."),
        ("p", "Soms lopen gesprekken vast. Ouders kunnen dan terecht bij Steunpunt Ouders Heuvelrug, het "
              "ouder- en jeugdsteunpunt dat onafhankelijk van scholen en verband werkt en kosteloos advies en begeleiding "
              "geeft. Ook kunnen ouders een onderwijsconsulent inschakelen of een klacht indienen bij de landelijke "
              "klachtencommissie waarbij het verband is aangesloten."),
        ("h1", "Thuiszitters"),
        ("p", "Ook in onze regio zijn er kinderen die (tijdelijk) niet naar school gaan. Dit vraagt blijvend aandacht van "
              "alle partners."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c, full=False) + f_personeel(c) + f_ict(c, tlv_line=False) + \
        f_wetgeving(c) + f_kennisdeling(c) + f_bedrijfsvoering(c) + f_planning(c, results_line=True)
    b += f_glossary(c)
    labels = dict(
        documents=["po-swv-heuvelrug-zuid-2026-2030.md"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["bezwaar"], "terugstroom": ["monitoring"],
                            "financien": [], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H 'Ondersteuning op school': concrete list of what schools offer, but the "
                                     "agreed minimum for every school is deferred to a 2026 Standaard.",
               "plaatsing": "H 'Verwijzing naar sbo en so': criteria in prose; procedure only via website stroomschema; "
                            "bezwaar sentence.",
               "terugstroom": "H 'Doorgaande lijnen' > 'Weer naar een gewone basisschool': policy, conditions, support, "
                              "yearly March moment, roles, verlenging; figures in ambities table.",
               "financien": "H 'Geld' only refers to the separate Financiële Kaderbrief and defers the "
                            "meerjarenbegroting.",
               "dekkend-aanbod": "No continuum or gap handling; 'Thuiszitters' is a two-sentence passing mention; "
                                 "OOGO paragraph is procedural only.",
               "resultaten": "H 'Opbrengsten en ambities': streefcijfers table + quarterly dashboard, jaarverslag, "
                             "peiling.",
               "ouders": "H 'Ouders': ouderpagina, brochure, spreekuur; Steunpunt Ouders Heuvelrug (OJSP), "
                         "onderwijsconsulent, klachtencommissie."})
    return c, b, labels


# ---------------------------------------------------------------------------
# Near miss: school-level ondersteuningsplan of one basisschool, HTML
# ---------------------------------------------------------------------------


def near_miss():
    b = [("title", ["Ondersteuningsplan OBS De Vlonder 2025-2026",
                    "Openbare basisschool De Vlonder, Vlaardingen – onderdeel van Stichting Openbaar Onderwijs Vlietland",
                    "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2025"]),
         ("toc",),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Vlonder de ondersteuning van onze 312 leerlingen "
               "organiseren. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het sluit aan "
               "op het ondersteuningsplan van het samenwerkingsverband Passend Primair Onderwijs Waterweg, waarbij onze "
               "school is aangesloten, en op ons schoolondersteuningsprofiel. Het plan wordt ieder jaar door de intern "
               "begeleider en de directeur geëvalueerd."),
         ("h1", "Onze visie op ondersteuning"),
         ("p", "Op De Vlonder werken we handelingsgericht. We kijken naar wat een kind nodig heeft, niet naar wat het "
               "mankeert. Leerkrachten zijn eigenaar van de ondersteuning in hun groep; de intern begeleider coacht en "
               "coördineert. Ouders zijn partner: we betrekken hen vanaf het eerste signaal."),
         ("h1", "De vijf zorgniveaus"),
         ("table", [["Niveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie niveaus", "Leerkracht"],
                    ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
                    ["3", "Speciale zorg na leerlingbespreking: handelingsplan, remedial teaching", "Leerkracht en IB"],
                    ["4", "Speciale zorg na extern onderzoek of advies van het ondersteuningsteam", "IB, orthopedagoog "
                                                                                                   "samenwerkingsverband"],
                    ["5", "Aanvraag arrangement of toelaatbaarheidsverklaring bij het samenwerkingsverband", "Directie "
                                                                                                             "namens bestuur"]]),
         ("h1", "Basisondersteuning op De Vlonder"),
         ("p", "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent "
               "dit voor De Vlonder: een intern begeleider (0,8 fte), een leesspecialist, een rekenspecialist, een "
               "gedragsspecialist, een plusklas op vrijdagochtend, de methode Kwink voor sociaal-emotioneel leren en een "
               "dyslexieprotocol. Kinderen met een ontwikkelingsperspectief krijgen een eigen leerlijn."),
         ("h1", "De ondersteuningscyclus"),
         ("h2", "Groepsbesprekingen"),
         ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de intern begeleider met "
               "iedere leerkracht de groep. We kijken naar de toetsresultaten, de sociaal-emotionele ontwikkeling en de "
               "werkhouding. Het groepsoverzicht wordt bijgewerkt."),
         ("h2", "Leerlingbesprekingen"),
         ("p", "Kinderen over wie zorgen zijn, worden besproken in een leerlingbespreking met leerkracht en intern "
               "begeleider. Ouders worden vooraf geïnformeerd en na afloop uitgenodigd voor een gesprek over de "
               "afspraken."),
         ("h2", "Het ondersteuningsteam"),
         ("p", "Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleider, de orthopedagoog van het "
               "samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige. Ouders zijn bij de "
               "bespreking van hun kind altijd aanwezig."),
         ("h1", "Extra ondersteuning en verwijzing"),
         ("p", "Wanneer wij een kind op De Vlonder niet de ondersteuning kunnen bieden die het nodig heeft, onderzoeken "
               "we met ouders en het samenwerkingsverband of een arrangement in de school mogelijk is. Is dat niet "
               "voldoende, dan vragen wij via ons bestuur een toelaatbaarheidsverklaring aan voor het speciaal "
               "basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband beslist daarover; de criteria en de "
               "procedure staan in het ondersteuningsplan van het samenwerkingsverband. Afgelopen schooljaar zijn twee "
               "leerlingen naar het sbo gegaan en één naar het so."),
         ("p", "Kinderen die vanuit het sbo terugkomen naar De Vlonder, krijgen een warme overdracht en een "
               "startgesprek met ouders. In 2024-2025 is één leerling teruggeplaatst."),
         ("h1", "Middelen"),
         ("p", "De school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband van ongeveer € 31.000 per "
               "jaar. Daarvan betalen wij de uren van de gedragsspecialist en de plusklas. De directie legt in het "
               "jaarverslag van de school verantwoording af over de besteding."),
         ("h1", "Resultaten"),
         ("p", "Onze eindtoetsresultaten lagen in 2025 boven de signaleringswaarde van de Inspectie. 94 procent van onze "
               "leerlingen behaalde het fundamentele niveau 1F voor lezen en rekenen. Van de leerlingen met een "
               "ontwikkelingsperspectief haalden er vijf van de zes de gestelde tussendoelen."),
         ("h1", "Ouders"),
         ("p", "Ouders worden via Parro, de schoolgids en tien-minutengesprekken geïnformeerd. Bij zorgen kunnen ouders "
               "altijd een afspraak maken met de intern begeleider. Voor onafhankelijk advies verwijzen we naar het "
               "ouder- en jeugdsteunpunt van het samenwerkingsverband. Klachten kunnen worden ingediend volgens de "
               "klachtenregeling van het bestuur."),
         ("h1", "Evaluatie en planning 2025-2026"),
         ("ul", ["Scholing van het team in het werken met groepsdoorbraken (oktober-januari).",
                 "Invoering van een nieuw leerlingvolgsysteem (januari).",
                 "Evaluatie van de plusklas met ouders en kinderen (mei).",
                 "Actualisatie van het schoolondersteuningsprofiel (juni)."])]
    labels = dict(
        documents=["obs-de-vlonder-ondersteuningsplan-2025-2026.html"], sector="po", looks_like_plan=False,
        elements={}, criteria={},
        notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB, "
                           "school budget); refers to the SWV's own plan for TLV criteria and procedure. Not an "
                           "ondersteuningsplan of a samenwerkingsverband: no SWV code, OPR, OOGO or planperiode."})
    return b, labels


# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def check_labels(lab):
    if not lab["looks_like_plan"]:
        return
    assert list(lab["criteria"]) == CORE
    for el, st in lab["elements"].items():
        vals = [v for k, v in lab["criteria"].items() if k.startswith(el + ".")]
        adv = lab["advisory_addressed"].get(el, [])
        if all(vals):
            exp = "present"
        elif any(vals) or adv:
            exp = "partial"
        else:
            exp = "missing"
        assert st == exp, (lab["documents"], el, st, exp)


def dump_labels(lab, path):
    """Write the label file in the contract's layout (flow lists/maps where the example uses them)."""
    q = lambda v: json.dumps(v, ensure_ascii=False)
    out = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}",
           f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        out.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in lab["elements"].items()) + "}")
        out.append("criteria:")
        out += [f"  {k}: {'true' if v else 'false'}" for k, v in lab["criteria"].items()]
        adv = {k: v for k, v in lab.get("advisory_addressed", {}).items() if v}
        out.append("advisory_addressed:")
        out += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items()]
    else:
        out += ["elements: {}", "criteria: {}"]
    out.append("notes:")
    out += [f"  {k}: {q(v)}" for k, v in lab["notes"].items()]
    text = "\n".join(out) + "\n"
    assert yaml.safe_load(text)["criteria"] == lab["criteria"]
    path.write_text(text, encoding="utf-8")


def main():
    words = {}
    for fn in (plan_a, plan_b, plan_c, plan_d, plan_e):
        c, blocks, lab = fn()
        check_labels(lab)
        stem = Path(lab["documents"][0]).stem
        words[stem] = word_count(blocks)
        header = f"Ondersteuningsplan 2026-2030 | {c['short']} | {c['code']}"
        footer = "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Dekkend aanbod · Resultaten · Ouders"
        exts = [Path(d).suffix for d in lab["documents"]]
        if ".md" in exts:
            write_md(blocks, OUT / (stem + ".md"))
        else:
            docx_path = OUT / (stem + ".docx")
            write_docx(blocks, docx_path, header, footer, f"Ondersteuningsplan {c['short']}")
            if ".pdf" in exts:
                docx_to_pdf(docx_path, OUT / (stem + ".pdf"))
        dump_labels(lab, OUT / (stem + ".expected.yaml"))
    blocks, lab = near_miss()
    stem = Path(lab["documents"][0]).stem
    words[stem] = word_count(blocks)
    write_html(blocks, OUT / (stem + ".html"), "Ondersteuningsplan OBS De Vlonder 2025-2026")
    dump_labels(lab, OUT / (stem + ".expected.yaml"))
    for k, v in words.items():
        print(f"{k}: ~{v} words")


if __name__ == "__main__":
    sys.exit(main())
