#!/usr/bin/env python3
"""Generate the holdout95 test set: 3 fictional ondersteuningsplannen and 3 near-miss documents.

Deterministic, no network. Output goes to the folder above this script's folder.
Markup used for the document texts below (one block per line):
  "= "  title line          "# " / "## " / "### "  headings
  "> "  table-of-contents entry (rendered as TOC-style text)
  "- "  bullet               "|"   table row (first row of a run is the header)
  "~"   page break           "^ "  small print / subtitle line
  anything else: one paragraph
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


def parse(text):
    blocks = []
    table = None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("= "):
            blocks.append(("title", line[2:]))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("> "):
            blocks.append(("toc", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("^ "):
            blocks.append(("small", line[2:]))
        elif line.strip() == "~":
            blocks.append(("break", ""))
        else:
            blocks.append(("p", line))
    return blocks


def word_count(text):
    return sum(len(l.replace("|", " ").split()) for l in text.split("\n"))


def to_docx(text, path, header=None, footer=None):
    doc = Document()
    doc.core_properties.author = "holdout95 generator"
    doc.core_properties.title = path.stem
    # fixed timestamps keep the output stable between runs
    import datetime
    doc.core_properties.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in parse(text):
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "toc":
            p = doc.add_paragraph(val)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(9)
            r.italic = True
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed member timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_html(text, path, title, header=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    in_ul = in_toc = False
    for kind, val in parse(text):
        if kind != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        if kind != "toc" and in_toc:
            out.append("</ol></nav>")
            in_toc = False
        if kind == "title":
            out.append(f'<h1 class="doc-title">{e(val)}</h1>')
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{e(val)}</h{lvl}>")
        elif kind == "toc":
            if not in_toc:
                out.append('<nav class="toc"><ol>')
                in_toc = True
            out.append(f"<li>{e(val)}</li>")
        elif kind == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{e(val)}</li>")
        elif kind == "small":
            out.append(f'<p class="small"><em>{e(val)}</em></p>')
        elif kind == "break":
            out.append("<hr>")
        elif kind == "table":
            out.append("<table>")
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{e(val)}</p>")
    if in_ul:
        out.append("</ul>")
    if in_toc:
        out.append("</ol></nav>")
    out.append("</main>")
    out.append('<footer><p>&copy; 2025 &middot; Privacyverklaring &middot; Cookies &middot; Contact</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_md(text, path):
    out = []
    prev = None
    for kind, val in parse(text):
        if prev in ("toc", "li") and kind not in ("toc", "li"):
            out.append("")
        prev = kind
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "h3":
            out.append(f"#### {val}\n")
        elif kind == "toc":
            out.append(f"- {val}")
        elif kind == "li":
            out.append(f"- {val}")
        elif kind == "small":
            out.append(f"*{val}*\n")
        elif kind == "break":
            out.append("\n---\n")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            for i, r in enumerate(val):
                r = r + [""] * (ncol - len(r))
                out.append("| " + " | ".join(r) + " |")
                if i == 0:
                    out.append("|" + "---|" * ncol)
            out.append("")
        else:
            out.append(val + "\n")
    md = "\n".join(out)
    # blank line after list runs
    path.write_text(md.replace("\n- ", "\n- ").strip() + "\n", encoding="utf-8")


def to_pdf(text, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout95_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(text, src, header=header, footer=footer)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, label):
    """Write the label in the house format (flow lists/maps where the example uses them)."""
    lines = [f"documents: [{', '.join(label['documents'])}]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label.get("advisory_addressed", {}).items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {_q(v)}")
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == label, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Plan A: PO, .docx
# ---------------------------------------------------------------------------------------------
PLAN_A = r"""
= Ondersteuningsplan 2025–2029
^ Samenwerkingsverband Passend Primair Onderwijs Lingestroom (PO 24-17)
^ "Samen sterk voor elk kind"
^ Vastgesteld door het algemeen bestuur op 8 april 2025, na instemming van de ondersteuningsplanraad op 1 april 2025
~
# Inhoudsopgave
> 1. Voorwoord
> 2. Inleiding en wettelijk kader
> 3. Missie, visie en ambities
> 4. Lingestroom in cijfers
> 5. Basisondersteuning: wat elke school biedt
> 6. Toelaatbaarheid sbo en so
> 6.6 Terugplaatsing en overplaatsing
> 7. Dekkend aanbod en arrangementen
> 8. Geld en middelen
> 9. Kwaliteitszorg en resultaten
> 10. Communicatie
> 11. Organisatie en governance
> 12. Medezeggenschap en OOGO
> 13. Personeel en professionalisering
> 14. ICT, privacy en gegevensbescherming
> 15. Planning 2025–2029
> Bijlage 1. Begrippenlijst
~
# 1. Voorwoord
Voor u ligt het ondersteuningsplan 2025–2029 van Samenwerkingsverband Passend Primair Onderwijs Lingestroom. Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. Veel is in die tien jaar veranderd: het aantal leerlingen in onze regio daalt licht, de vragen van kinderen en ouders worden complexer en de druk op het personeel in het onderwijs is groot. Tegelijk zien we dat de scholen in Lingestroom elkaar steeds beter weten te vinden en dat de samenwerking tussen de besturen sterker is dan ooit.
Dit plan is tot stand gekomen in een zorgvuldig proces. In het najaar van 2024 hebben we met directeuren, intern begeleiders, leerkrachten, ouders en onze partners in de gemeenten gesproken over wat goed gaat en wat beter kan. Die gesprekken hebben ons veel opgeleverd. We danken iedereen die daaraan heeft bijgedragen, en in het bijzonder de leden van de ondersteuningsplanraad, die het concept kritisch en opbouwend hebben gelezen.
Het plan is bewust compact gehouden. Het beschrijft de kaders waarbinnen de besturen en scholen hun werk doen. De uitwerking in activiteiten volgt jaarlijks in het jaarplan, en de verantwoording daarover in het jaarverslag.
Wij wensen u veel leesplezier en kijken uit naar vier jaar waarin we samen blijven bouwen aan goed onderwijs voor elk kind in onze regio.
Drs. M.H. (Marloes) Verhoeven, directeur-bestuurder
# 2. Inleiding en wettelijk kader
Elk schoolbestuur in het primair onderwijs is aangesloten bij een samenwerkingsverband passend onderwijs. Samenwerkingsverband Lingestroom omvat de gemeenten Oosterlinge, Haaftwijk en Bergveld. Aan het samenwerkingsverband nemen elf schoolbesturen deel, met samen 46 basisscholen, twee scholen voor speciaal basisonderwijs (sbo) en drie locaties voor speciaal onderwijs (so) van cluster 3 en 4.
Op grond van artikel 18a van de Wet op het primair onderwijs stelt het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vast. In dat plan beschrijven we hoe we een samenhangend geheel van ondersteuningsvoorzieningen realiseren, hoe de middelen worden verdeeld, welke procedure geldt voor de toelaatbaarheid tot het sbo en so, hoe we omgaan met terugplaatsing, welke resultaten we beogen en hoe ouders worden geïnformeerd.
Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het is voor 1 mei 2025 aan de Inspectie van het Onderwijs toegezonden. De ondersteuningsplanraad heeft op 1 april 2025 ingestemd met het plan. Het op overeenstemming gericht overleg (OOGO) met de drie gemeenten heeft plaatsgevonden op 18 maart 2025.
Leeswijzer. Hoofdstuk 3 beschrijft onze missie en visie. Hoofdstuk 4 geeft een beeld van de regio. In de hoofdstukken 5 tot en met 10 komen de inhoudelijke onderdelen aan bod. De hoofdstukken 11 tot en met 15 gaan over de organisatie. Achterin vindt u een begrippenlijst.
# 3. Missie, visie en ambities
## 3.1 Missie
Samenwerkingsverband Lingestroom zorgt er samen met de besturen voor dat ieder kind in de regio onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis. Wij geloven dat ieder kind zich wil ontwikkelen en dat de school, de ouders en de omgeving daarin samen optrekken.
## 3.2 Visie
Passend onderwijs begint in de klas. De leerkracht is de belangrijkste factor voor het welbevinden en de ontwikkeling van het kind. Daarom investeren wij in de kwaliteit van de leerkracht en in de ondersteuning die de leerkracht daarbij nodig heeft. Wij willen dat scholen met vertrouwen en vakmanschap kunnen handelen, zonder onnodige bureaucratie. Regels en procedures zijn er om kinderen te helpen, niet om formulieren te vullen.
Wij werken vanuit de uitgangspunten van handelingsgericht werken: we kijken naar wat een kind nodig heeft, niet naar wat het kind mankeert. We zoeken naar kansen in plaats van beperkingen. Ouders zijn daarbij onmisbaar, want zij kennen hun kind het best.
## 3.3 Ambities
Voor de planperiode hebben wij vier ambities geformuleerd. Ze geven richting aan ons werk; de concrete uitwerking volgt in de jaarplannen.
- Vakmanschap: we zetten in op de professionele ontwikkeling van leerkrachten en intern begeleiders.
- Vertrouwen: we willen een organisatie zijn die vertrouwt op de professionaliteit van de scholen.
- Verbinding: we zoeken de samenwerking met jeugdhulp, kinderopvang en voortgezet onderwijs.
- Eenvoud: we streven naar zo min mogelijk administratieve lasten voor scholen en ouders.
Deze ambities zijn richtinggevend en niet bedoeld als meetbare doelen. In hoofdstuk 9 lichten we toe hoe we de beoogde resultaten voor deze periode gaan bepalen.
# 4. Lingestroom in cijfers
De regio telt ruim 14.800 leerlingen in het basisonderwijs. Door de daling van het aantal geboorten verwachten we tot 2029 een afname van ongeveer 4 procent. In Haaftwijk wordt een nieuwe woonwijk gebouwd, waardoor de daling daar minder sterk is.
| Gemeente | Basisscholen | Leerlingen bao (1-10-2024) | Verwachting 2029 |
| Oosterlinge | 21 | 6.920 | 6.610 |
| Haaftwijk | 14 | 4.650 | 4.590 |
| Bergveld | 11 | 3.240 | 3.050 |
| Totaal | 46 | 14.810 | 14.250 |
De twee sbo-scholen, De Kade in Oosterlinge en De Regenboog in Bergveld, hebben samen 312 leerlingen. In de drie so-locaties binnen de regio zitten 268 leerlingen uit Lingestroom; daarnaast gaan 41 leerlingen naar een so-school buiten de regio.
De elf besturen verschillen sterk in omvang: het grootste bestuur heeft 17 scholen, vier besturen hebben één school. Ongeveer een derde van de scholen is openbaar, de overige scholen zijn protestants-christelijk, rooms-katholiek of algemeen bijzonder.
# 5. Basisondersteuning: wat elke school biedt
## 5.1 Wat verstaan we onder basisondersteuning
Basisondersteuning is in Lingestroom het afgesproken niveau van ondersteuning dat iedere vestiging van iedere basisschool in het samenwerkingsverband biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft dit niveau op 12 november 2024 opnieuw vastgesteld als ondergrens voor alle 46 basisscholen. Een school mag meer bieden, maar nooit minder. Voor de sbo-scholen en so-locaties gelden eigen afspraken.
Ouders kunnen er dus van uitgaan dat hun kind op elke basisschool in Lingestroom ten minste de ondersteuning krijgt die in paragraaf 5.2 staat beschreven.
## 5.2 De tien standaarden van de basisondersteuning
Iedere basisschool in Lingestroom voldoet aan de volgende tien standaarden:
- 1. De school heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die bevoegd is voor die taak of een opleiding daartoe volgt.
- 2. De school werkt met een leerlingvolgsysteem en bespreekt de ontwikkeling van alle leerlingen minimaal drie keer per jaar in groepsbesprekingen.
- 3. De school heeft een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, de directeur en een orthopedagoog of psycholoog van het expertiseteam van het samenwerkingsverband; ouders worden voor het gesprek over hun kind uitgenodigd.
- 4. De school werkt volgens het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief de signalering in groep 2 tot en met 4 en extra leesinstructie voor zwakke lezers.
- 5. De school gebruikt een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestprogramma, en meet de sociale veiligheid jaarlijks.
- 6. De school biedt een aanbod voor meer- en hoogbegaafde leerlingen in de groep: compacten en verrijken, met een vaste verrijkingsmap of plusopdrachten.
- 7. De school biedt leerlingen met een taalachterstand of een andere thuistaal extra taalondersteuning in de groep, en werkt samen met de vve-partners bij de overgang naar groep 1.
- 8. De school stelt voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen een ontwikkelingsperspectief (OPP) op en bespreekt dat ten minste twee keer per jaar met ouders.
- 9. De school heeft een protocol medisch handelen en kan eenvoudige medische handelingen (zoals het toedienen van medicijnen) verzorgen; het gebouw is rolstoeltoegankelijk of de school heeft een plan voor aanpassing.
- 10. De school kan een time-out of rustige werkplek bieden aan een leerling die tijdelijk niet in de groep kan functioneren, volgens een schoolprotocol gedrag.
Bij de standaarden hoort een kwaliteitskaart met indicatoren per standaard. Scholen nemen in de schoolgids een beschrijving van hun basisondersteuning op, volgens een vaste opzet die het samenwerkingsverband aanlevert.
## 5.3 Borging van de basisondersteuning
Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een gesprek over de basisondersteuning aan de hand van de kwaliteitskaart. Bij het bezoek zijn de directeur, de intern begeleider en een vertegenwoordiger van het bestuur aanwezig. Als een school op een of meer standaarden onder de afgesproken ondergrens blijft, maakt het bestuur binnen drie maanden een verbeterplan. Het samenwerkingsverband kan daarbij ondersteuning bieden vanuit het expertiseteam. Na een jaar volgt een herbezoek. Blijft de school dan nog onder de ondergrens, dan wordt dit besproken in het algemeen bestuur.
# 6. Toelaatbaarheid sbo en so
## 6.1 Inleiding
Sommige kinderen hebben meer nodig dan een basisschool, ook met extra ondersteuning, kan bieden. Zij kunnen worden toegelaten tot een school voor speciaal basisonderwijs of speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. In dit hoofdstuk beschrijven we hoe de aanvraag verloopt.
## 6.2 De aanvraag
De aanvraag voor een TLV wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven, in de praktijk door de intern begeleider namens de directeur. Bij een kind dat nog niet op school zit (bijvoorbeeld een kind dat vanuit een medisch kinderdagverblijf komt), dient het bevoegd gezag van de school waar het kind is aangemeld de aanvraag in. De aanvraag loopt via het digitale Lingeloket van het samenwerkingsverband.
Bij de aanvraag horen in ieder geval:
- het groeidocument met het ontwikkelingsperspectief en de evaluatie van de ondersteuning die tot nu toe is geboden;
- het verslag van de bespreking in het ondersteuningsteam, waarbij de orthopedagoog van het expertiseteam aanwezig was;
- de zienswijze van de ouders, op een vast formulier, en de handtekening van de ouders voor gezien;
- eventuele onderzoeksverslagen en adviezen van jeugdhulp of zorgverleners.
## 6.3 Deskundigenadvies
Na ontvangst van een volledige aanvraag vraagt de Commissie Toelaatbaarheid advies aan twee deskundigen. De eerste deskundige is altijd een orthopedagoog of psycholoog. De tweede deskundige is, afhankelijk van de vraag van het kind, een jeugdarts, een kinderpsychiater, een maatschappelijk werker of een pedagoog. Beide deskundigen geven ieder een eigen schriftelijk advies. Zij zijn niet betrokken geweest bij de begeleiding van het kind of de voorbereiding van de aanvraag. Ouders ontvangen een afschrift van beide adviezen.
## 6.4 Besluit en termijnen
De Commissie Toelaatbaarheid bestaat uit de voorzitter (namens de directeur-bestuurder) en twee leden uit het expertiseteam. De commissie neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. In spoedeisende situaties, bijvoorbeeld als een kind niet meer naar school kan, kan de commissie binnen vijf werkdagen een tijdelijke TLV afgeven voor ten hoogste drie maanden.
De Commissie Toelaatbaarheid toetst de aanvraag aan het Toetsingskader Toelaatbaarheid Lingestroom. Het toetsingskader wordt in het schooljaar 2025–2026 herzien in samenspraak met het sbo en so; tot het nieuwe kader is vastgesteld, blijft de versie van 2021 van kracht, die bij het Lingeloket kan worden opgevraagd.
## 6.5 Duur en bekostigingscategorie
Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, tenzij de commissie een kortere duur bepaalt. Een TLV voor het so wordt afgegeven voor ten hoogste twee schooljaren en loopt altijd tot en met 31 juli. Bij een TLV voor het so bepaalt de commissie ook de bekostigingscategorie: laag, midden of hoog.
Ouders en school kunnen binnen zes weken na de dagtekening van het besluit bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het samenwerkingsverband adviseert over het bezwaar. Het samenwerkingsverband beslist daarna op het bezwaar.
## 6.6 Terugplaatsing en overplaatsing
Voor de terugplaatsing en overplaatsing van leerlingen uit het sbo en so hanteert het samenwerkingsverband het Protocol terug- en doorplaatsing. Het protocol is als bijlage 6 bij dit ondersteuningsplan gevoegd.
# 7. Dekkend aanbod en arrangementen
Wat scholen boven op de basisondersteuning bieden en welke bovenschoolse voorzieningen er in de regio zijn, staat in de Sociale kaart passend onderwijs Lingestroom. De sociale kaart wordt door het bureau actueel gehouden en is te raadplegen op de website. Omdat de sociale kaart vaak verandert, nemen we haar niet in dit plan op.
Het samenwerkingsverband voert in de eerste helft van de planperiode samen met de besturen een verkenning uit naar de vraag of het aanbod in de regio voldoende dekkend is. Over de uitkomsten rapporteren we in het jaarverslag.
# 8. Geld en middelen
## 8.1 Uitgangspunten
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, berekend op basis van het aantal leerlingen op de teldatum. Uit dat budget worden eerst de bedragen afgedragen die het Rijk via DUO rechtstreeks aan het so en sbo betaalt. Het resterende bedrag verdeelt het samenwerkingsverband volgens het verdeelmodel dat in deze paragraaf is beschreven. Uitgangspunt is dat het geld zo dicht mogelijk bij het kind wordt ingezet: zo veel mogelijk naar de scholen, zo weinig mogelijk naar het bureau.
## 8.2 Het verdeelmodel
Na aftrek van de afdrachten aan sbo en so en de kosten van het samenwerkingsverband zelf, wordt het budget verdeeld via drie kanalen:
- Schoolbudget: ieder bestuur ontvangt een bedrag per leerling, gebaseerd op het aantal leerlingen op 1 oktober van het voorgaande jaar. Voor 2025 is dat € 176 per leerling. Het bestuur verdeelt dit budget over zijn scholen en is verantwoordelijk voor de inzet ervan.
- Vaste voet: iedere vestiging ontvangt daarnaast een vast bedrag van € 4.500 per jaar, zodat ook kleine scholen een intern begeleider en ondersteuningsteam kunnen bekostigen.
- Expertiseteam: het samenwerkingsverband betaalt centraal de orthopedagogen en psychologen die aan de ondersteuningsteams van de scholen deelnemen.
Het algemeen bestuur stelt het bedrag per leerling en de vaste voet ieder jaar in november vast bij de begroting voor het volgende kalenderjaar. Wijzigingen in het verdeelmodel vragen instemming van de ondersteuningsplanraad.
## 8.3 Meerjarenbegroting
De meerjarenbegroting hieronder laat zien waaraan de middelen in de planperiode worden besteed. Bedragen in euro's, prijspeil 2025.
| Post | 2025 | 2026 | 2027 | 2028 |
| Baten rijksbijdrage lichte ondersteuning | 3.262.000 | 3.228.000 | 3.190.000 | 3.151.000 |
| Baten rijksbijdrage zware ondersteuning | 9.846.000 | 9.741.000 | 9.630.000 | 9.512.000 |
| Overige baten | 42.000 | 40.000 | 40.000 | 40.000 |
| Totaal baten | 13.150.000 | 13.009.000 | 12.860.000 | 12.703.000 |
| Afdrachten so (DUO) | 6.905.000 | 6.890.000 | 6.850.000 | 6.800.000 |
| Afdrachten sbo (DUO en overdracht) | 2.910.000 | 2.880.000 | 2.850.000 | 2.820.000 |
| Schoolbudgetten besturen | 2.607.000 | 2.560.000 | 2.515.000 | 2.465.000 |
| Vaste voet vestigingen | 207.000 | 207.000 | 202.500 | 198.000 |
| Expertiseteam | 386.000 | 394.000 | 402.000 | 410.000 |
| Bureau en bestuur | 312.000 | 318.000 | 324.000 | 330.000 |
| Totaal lasten | 13.327.000 | 13.249.000 | 13.143.500 | 13.023.000 |
| Resultaat | -177.000 | -240.000 | -283.500 | -320.000 |
## 8.4 Reserves en risico's
Het samenwerkingsverband had op 31 december 2024 een algemene reserve van € 1.640.000. De signaleringswaarde van de Inspectie voor ons verband bedraagt circa € 1.150.000. Met de geplande negatieve resultaten wordt de reserve in de planperiode afgebouwd tot ongeveer 5 procent van de baten, wat wij als voldoende weerstandsvermogen beschouwen. Het belangrijkste risico is een stijging van het aantal leerlingen in het so, waardoor de afdrachten toenemen.
## 8.5 Verantwoording door besturen
Besturen verantwoorden ieder jaar voor 1 juni aan de hand van een vast format hoe zij het schoolbudget hebben ingezet. Het bureau bespreekt de verantwoordingen met de besturen en rapporteert daarover aan het algemeen bestuur.
# 9. Kwaliteitszorg en resultaten
## 9.1 Kwaliteitscyclus
Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus volgens de PDCA-systematiek. Het jaarplan beschrijft de activiteiten voor het komende schooljaar. Ieder kwartaal rapporteert de directeur-bestuurder aan het algemeen bestuur over de voortgang. Het jaarverslag, dat voor 1 juli verschijnt, bevat de verantwoording over het afgelopen jaar.
## 9.2 Wat we volgen
Wij volgen twee keer per jaar, op 1 oktober en 1 februari, de volgende gegevens en leggen die vast in een dashboard dat met het algemeen bestuur en de ondersteuningsplanraad wordt besproken:
- het deelnamepercentage sbo en so op de teldatum, vergeleken met het landelijk gemiddelde;
- het aantal afgegeven TLV's per soort en de gemiddelde doorlooptijd van een aanvraag;
- de uitkomsten van de bezoeken aan de scholen over de basisondersteuning;
- de inzet van het expertiseteam per school in uren;
- de tevredenheid van scholen over het expertiseteam, gemeten met een korte peiling in mei.
Eens per jaar bespreekt het algemeen bestuur een evaluatie van deze gegevens. De uitkomsten worden opgenomen in het jaarverslag en gedeeld met de ondersteuningsplanraad.
## 9.3 Terugblik op de vorige planperiode
| Gegeven | 2020–2021 | 2022–2023 | 2024–2025 |
| Deelname sbo (1 oktober) | 2,35% | 2,21% | 2,10% |
| Deelname so (1 oktober) | 1,62% | 1,71% | 1,81% |
| Afgegeven TLV's | 131 | 142 | 148 |
| Gemiddelde doorlooptijd TLV (weken) | 7,1 | 5,8 | 5,2 |
| Bezochte scholen basisondersteuning | 12 | 23 | 22 |
De deelname aan het sbo is licht gedaald, de deelname aan het so is gestegen. De doorlooptijd van een aanvraag is teruggebracht tot binnen de wettelijke termijn.
## 9.4 Beoogde resultaten 2025–2029
De beoogde resultaten voor de nieuwe planperiode stellen we vast nadat in het voorjaar van 2026 een nulmeting is uitgevoerd. Zij worden opgenomen in het jaarplan 2026–2027 en ter instemming aan de ondersteuningsplanraad voorgelegd.
# 10. Communicatie
## 10.1 Communicatie met scholen
Het bureau informeert de scholen via de maandelijkse nieuwsbrief, het IB-netwerk en de directeurenbijeenkomsten. Voor procedures en formulieren is er een besloten deel van de website.
## 10.2 Informatie voor ouders
Ouders vinden op de ouderpagina van de website www.lingestroom-po.nl wat zij van iedere school mogen verwachten, welke extra ondersteuning er is en hoe een aanvraag voor een TLV verloopt. De brochure 'Wat mag ik van de school verwachten?' (in het Nederlands, Engels, Arabisch en Pools) wordt via alle scholen aan ouders uitgereikt bij de inschrijving. In de schoolgids van iedere school staat een vaste paragraaf over de basisondersteuning en de extra ondersteuning van die school. Twee keer per jaar organiseert het samenwerkingsverband een informatieavond voor ouders, afwisselend in Oosterlinge en Bergveld. Ouders kunnen met vragen over het ondersteuningsaanbod ook terecht bij de ouderconsulent van het samenwerkingsverband, die op werkdagen tussen 9.00 en 15.00 uur telefonisch bereikbaar is.
## 10.3 Onafhankelijke hulp voor ouders
Soms hebben ouders behoefte aan iemand die onafhankelijk van school en samenwerkingsverband met hen meedenkt. Sinds 1 januari 2025 is het Ouder- en Jeugdsteunpunt Lingestroom actief. Het steunpunt is ondergebracht bij de onafhankelijke Stichting Ouderkracht Gelderland en werkt uitsluitend in het belang van het kind. Ouders en jongeren kunnen er gratis terecht met vragen, voor advies bij onenigheid met school en voor hulp bij het voorbereiden van een gesprek. Het steunpunt is bereikbaar via een eigen telefoonnummer en een eigen website. Daarnaast kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt de klachtenregeling van het samenwerkingsverband; het samenwerkingsverband is aangesloten bij de Geschillencommissie passend onderwijs.
## 10.4 Ouders als partner
Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. In het ondersteuningsteam worden ouders altijd uitgenodigd. Het samenwerkingsverband organiseert eens per jaar een klankbordbijeenkomst voor ouders.
# 11. Organisatie en governance
Het samenwerkingsverband is een stichting. De stichting kent een scheiding tussen bestuur en toezicht: de directeur-bestuurder is het bestuur in de zin van de statuten, het algemeen bestuur – waarin alle elf schoolbesturen zijn vertegenwoordigd – vervult de rol van intern toezichthouder. Het algemeen bestuur vergadert zes keer per jaar en heeft een auditcommissie voor de financiën en een commissie kwaliteit.
Het bureau van het samenwerkingsverband is gevestigd in Oosterlinge en bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller (0,4 fte), een managementassistent en de coördinator van het expertiseteam. Het expertiseteam telt negen orthopedagogen en psychologen, samen 6,2 fte.
De statuten bevatten een regeling voor geschillen tussen de deelnemende besturen. Het bestuursreglement en het managementstatuut zijn in 2024 geactualiseerd.
# 12. Medezeggenschap en OOGO
## 12.1 Ondersteuningsplanraad
De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert vijf keer per jaar. De directeur-bestuurder is bij de vergaderingen aanwezig.
## 12.2 Ondernemingsraad
Het personeel van het samenwerkingsverband is vertegenwoordigd in een personeelsvertegenwoordiging van drie leden.
## 12.3 Op overeenstemming gericht overleg
Het concept van dit plan is op 18 maart 2025 besproken met de wethouders onderwijs van Oosterlinge, Haaftwijk en Bergveld in het op overeenstemming gericht overleg. De gemeenten hebben ingestemd met het plan. Het verslag van het OOGO is op te vragen bij het bureau. Met het samenwerkingsverband voortgezet onderwijs in de regio is het plan op 4 maart 2025 besproken.
Het thema thuiszitters is tijdens het OOGO benoemd als gezamenlijk aandachtspunt voor de komende jaren.
# 13. Personeel en professionalisering
Het samenwerkingsverband is werkgever van de medewerkers van het bureau en het expertiseteam. De medewerkers vallen onder de cao primair onderwijs. Iedere medewerker heeft jaarlijks een gesprek over de eigen ontwikkeling en heeft recht op scholing.
Het samenwerkingsverband investeert in de professionalisering van de scholen. Jaarlijks biedt het een scholingsaanbod voor intern begeleiders en leerkrachten, onder meer over gedrag, taalontwikkeling en het opstellen van een ontwikkelingsperspectief. De netwerken voor intern begeleiders komen vijf keer per jaar samen. Nieuwe intern begeleiders krijgen een inwerkprogramma van drie bijeenkomsten.
Het lerarentekort treft ook onze regio. Het samenwerkingsverband neemt deel aan het regionale arbeidsmarktplatform en denkt mee over oplossingen, zoals zij-instroom en de inzet van onderwijsassistenten.
# 14. ICT, privacy en gegevensbescherming
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen bij de aanvraag van een TLV en bij de inzet van het expertiseteam. Dat gebeurt volgens de Algemene verordening gegevensbescherming. De aanvragen lopen via een beveiligde digitale omgeving. Medewerkers hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben. Gegevens over een TLV worden bewaard tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden.
In 2025 wordt het digitale Lingeloket vervangen door een nieuw systeem. De scholen worden daarover tijdig geïnformeerd.
# 15. Planning 2025–2029
| Schooljaar | Belangrijkste activiteiten |
| 2025–2026 | herziening toetsingskader toelaatbaarheid; nieuw digitaal loket; bezoekronde basisondersteuning (23 scholen) |
| 2026–2027 | nulmeting en vaststelling beoogde resultaten; bezoekronde basisondersteuning (23 scholen) |
| 2027–2028 | tussentijdse evaluatie ondersteuningsplan met OPR; p.m. |
| 2028–2029 | voorbereiding ondersteuningsplan 2029–2033 |
~
# Bijlage 1. Begrippenlijst
| Begrip | Betekenis |
| Basisondersteuning | De ondersteuning die alle scholen in het samenwerkingsverband bieden. |
| Dekkend aanbod | Een aanbod van voorzieningen waarbij voor ieder kind een passende plek is. |
| Extra ondersteuning | Ondersteuning die verder gaat dan de basisondersteuning, meestal in de vorm van een arrangement. |
| Ouder- en jeugdsteunpunt | Onafhankelijk steunpunt voor ouders en jongeren. |
| OOGO | Op overeenstemming gericht overleg met de gemeenten. |
| OPP | Ontwikkelingsperspectief. |
| OPR | Ondersteuningsplanraad. |
| Terugplaatsing | Terugkeer van een leerling uit het sbo of so naar het regulier basisonderwijs. |
| Thuiszitter | Leerplichtige leerling die zonder geldige reden niet naar school gaat. |
| TLV | Toelaatbaarheidsverklaring voor het sbo of so. |
| Verdeelmodel | De manier waarop het samenwerkingsverband het geld over de scholen verdeelt. |
"""

LABEL_A = {
    "documents": ["op-po-lingestroom-2025-2029.docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {
        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
        "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present",
    },
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True,
        "plaatsing.criteria": False,
        "terugstroom.procedure": False,
        "terugstroom.beleid": False,
        "financien.verdeling": True,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": False,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False,
        "resultaten.monitoring": True,
        "ouders.informatie": True,
        "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H5.1 defines the level as the floor for all 46 schools; 5.2 lists ten concrete standards; 5.3 borging via two-yearly visits and verbeterplan.",
        "plaatsing": "H6 gives applicant, dossier, two deskundigen, CvT, 6 weeks, duration, category and LBT bezwaar; criteria only by reference to a 'Toetsingskader' being revised and available on request (6.4).",
        "terugstroom": "6.6 (and TOC, glossary) only refers to a 'Protocol terug- en doorplaatsing' as bijlage 6, which is not in the document; no policy or procedure in the body.",
        "financien": "H8 'Geld en middelen': verdeelmodel with EUR 176 per leerling, vaste voet EUR 4.500, decision in November; meerjarenbegroting table 2025-2028 with amounts; reserves and verantwoording.",
        "dekkend-aanbod": "H7 only refers to the Sociale kaart on the website and defers a verkenning of dekkend aanbod; thuiszitters only named as OOGO aandachtspunt (12.3); OOGO text is procedural only.",
        "resultaten": "9.1-9.3 describe monitoring cycle, dashboard, evaluation and achieved figures; 9.4 defers the beoogde resultaten to after a 2026 nulmeting; ambitions in 3.3 are explicitly not goals.",
        "ouders": "Informatie in 'Communicatie' 10.2 (ouderpagina, brochure, schoolgids, info-avonden, ouderconsulent); independent help in 10.3 (OJSP, Onderwijsconsulenten, klachten/GPO).",
    },
}

# ---------------------------------------------------------------------------------------------
# Plan B: VO, .pdf (rendered from .docx with LibreOffice)
# ---------------------------------------------------------------------------------------------
PLAN_B = r"""
= Ondersteuningsplan Samenwerkingsverband VO Hunzedal 2025–2029
^ Samenwerkingsverband passend voortgezet onderwijs Hunzedal, VO 21-04
^ Beleidsplan op hoofdlijnen – definitieve versie na instemming OPR (25 maart 2025) en vaststelling door het bestuur (2 april 2025)
~
# Inhoud
> Voorwoord
> 1. Inleiding
> 2. Het samenwerkingsverband in beeld
> 3. Visie en koers
> 4. Basisondersteuning en extra ondersteuning
> 5. Bovenschoolse voorzieningen
> 6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)
> 7. Samenwerking met gemeenten en jeugdhulp
> 8. Ouders en leerlingen
> 9. Kwaliteit en resultaten
> 10. Financiën
> 11. Organisatie en medezeggenschap
> 12. Personeel, ICT en huisvesting
> 13. Planning
> Afkortingenlijst
~
# Voorwoord
Met trots presenteren wij het ondersteuningsplan 2025–2029 van Samenwerkingsverband VO Hunzedal. In dit plan leggen de besturen van de scholen voor voortgezet onderwijs in Hunzedal vast hoe zij samen zorgen voor passend onderwijs voor alle jongeren in de regio. Het plan is geschreven in een periode waarin veel in beweging is: de wetgeving over de positie van ouders en leerlingen is gewijzigd, er komt een landelijke norm voor de basisondersteuning en het aantal jongeren met complexe vragen neemt toe.
Wij hebben gekozen voor een beleidsplan op hoofdlijnen. Het beschrijft het 'wat'; de scholen en besturen bepalen het 'hoe'. Uitwerkingen staan in afzonderlijke documenten, zoals het Financieel Kader en de jaarplannen, die elk jaar worden geactualiseerd. Zo blijft het ondersteuningsplan een document dat vier jaar meegaat.
Wij danken de ondersteuningsplanraad, de schoolleiders, de ondersteuningscoördinatoren en onze partners bij de gemeenten voor hun bijdragen.
Namens het bestuur, J.A. (Jeroen) Smit, directeur-bestuurder
# 1. Inleiding
## 1.1 Doel van dit plan
Het ondersteuningsplan is het centrale beleidsdocument van het samenwerkingsverband. Artikel 17a van de Wet op het voortgezet onderwijs (thans de overeenkomstige bepalingen van de Wet voortgezet onderwijs 2020) schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Dit plan is van toepassing op de schooljaren 2025–2026 tot en met 2028–2029.
## 1.2 Totstandkoming
Het plan is voorbereid door een werkgroep met schoolleiders en ondersteuningscoördinatoren. In drie werksessies in oktober en november 2024 zijn de hoofdlijnen besproken. Het concept is op 6 februari 2025 besproken in het op overeenstemming gericht overleg met de gemeenten en op 11 februari 2025 met de samenwerkingsverbanden primair onderwijs in de regio. De ondersteuningsplanraad heeft op 25 maart 2025 ingestemd. Het bestuur heeft het plan op 2 april 2025 vastgesteld, waarna het aan de inspectie is toegezonden.
## 1.3 Samenhang met andere documenten
Dit ondersteuningsplan wordt aangevuld met de volgende documenten, die door het bestuur worden vastgesteld en niet in dit plan zijn opgenomen:
- het Financieel Kader 2025–2029 en de jaarlijkse begroting;
- het jaarplan, dat elk schooljaar verschijnt;
- het jaarverslag;
- de schoolondersteuningsprofielen van de scholen.
# 2. Het samenwerkingsverband in beeld
Samenwerkingsverband VO Hunzedal omvat de gemeenten Hunzedal, Westerbroek-Aa en Zuidveen. In het samenwerkingsverband werken zeven schoolbesturen samen. Zij hebben samen zeventien vestigingen: twaalf scholen voor vmbo, havo en vwo (waarvan vier brede scholengemeenschappen), twee scholen voor praktijkonderwijs en drie vestigingen voor voortgezet speciaal onderwijs (twee voor cluster 4 en één voor cluster 3).
Op 1 oktober 2024 volgden 11.640 leerlingen voortgezet onderwijs op een van de scholen in het samenwerkingsverband. Het leerlingaantal zal volgens de prognoses tot 2029 dalen met ongeveer 6 procent. De daling is het sterkst in de kleinere kernen in het oosten van de regio.
| Bestuur | Vestigingen | Schoolsoorten |
| Stichting Hunzecollege | 4 | vmbo, havo, vwo |
| Stichting Christelijk VO Zuidveen | 3 | vmbo, havo, vwo |
| Openbaar VO Westerbroek-Aa | 3 | vmbo, havo, vwo, pro |
| Stichting Praktijkonderwijs Noord | 1 | pro |
| Vereniging Gymnasium Hunzedal | 1 | vwo |
| Stichting De Brug (vso) | 2 | vso cluster 4 |
| Stichting Het Anker (so/vso) | 1 | vso cluster 3 |
# 3. Visie en koers
## 3.1 Onze visie
Iedere jongere in Hunzedal verdient een plek in het onderwijs waar hij of zij zich kan ontwikkelen tot een zelfstandige en betrokken burger. Wij kijken naar de mogelijkheden van jongeren en niet naar hun beperkingen. Het onderwijs is zo regulier als mogelijk en zo speciaal als nodig. De stem van de jongere zelf is daarbij leidend.
## 3.2 Koers 2025–2029
Voor de komende vier jaar kiezen wij vijf koerslijnen:
- Versterken van de basis: scholen zijn toegerust om de ondersteuning te bieden die van hen wordt gevraagd.
- Ontschotten: minder verschil tussen regulier en speciaal onderwijs.
- Samen met jeugdhulp: onderwijs en zorg werken vanzelfsprekend samen.
- Eenvoudige toegang: minder formulieren, snellere besluiten.
- Eigenaarschap: de besturen zijn samen eigenaar van passend onderwijs.
Deze koerslijnen worden elk jaar in het jaarplan vertaald naar concrete activiteiten.
# 4. Basisondersteuning en extra ondersteuning
## 4.1 Basisondersteuning
Basisondersteuning is het door het samenwerkingsverband vastgestelde niveau van ondersteuning dat alle scholen en vestigingen voor regulier voortgezet onderwijs en praktijkonderwijs in Hunzedal ten minste bieden. Het niveau is voor alle scholen gelijk en vormt de ondergrens: geen school biedt minder. Het bestuur heeft dit niveau op 10 december 2024 bevestigd.
In lijn met het landelijke referentiekader onderscheiden wij vier aspecten van basisondersteuning: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de school en de planmatige werkwijze.
Hoe iedere school deze vier aspecten concreet invult, staat in het schoolondersteuningsprofiel (SOP) en de schoolgids van de school. Een gezamenlijke lijst met concrete standaarden voor alle scholen ('Basis op orde 2.0') wordt in het schooljaar 2025–2026 opgesteld, zodra de landelijke norm basisondersteuning bekend is.
## 4.2 Extra ondersteuning op school
Als een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning bieden in de vorm van een arrangement. Het samenwerkingsverband onderscheidt drie vormen:
- Schoolarrangementen: iedere brede scholengemeenschap heeft een ondersteuningsvoorziening binnen de school (bijvoorbeeld een Trajectklas of een Focusgroep) waar leerlingen een deel van de week of tijdelijk extra begeleiding krijgen. Het samenwerkingsverband telt in 2025 negen van deze voorzieningen, met gezamenlijk ongeveer 210 plaatsen.
- Individuele arrangementen: een leerling krijgt voor een afgebakende periode begeleiding van een specialist, bijvoorbeeld een ambulant begeleider uit het vso, een begeleider autisme of een jobcoach in het praktijkonderwijs.
- Onderwijs-zorgarrangementen: voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, bieden school en jeugdhulpaanbieder samen een arrangement op school, bijvoorbeeld dagbehandeling in combinatie met lessen.
Het ondersteuningsteam van de school, met de ondersteuningscoördinator, de mentor en waar nodig de consulent van het samenwerkingsverband, bepaalt welk arrangement nodig is en legt dat vast in het ontwikkelingsperspectiefplan (OPP).
# 5. Bovenschoolse voorzieningen
Naast de ondersteuning binnen de scholen kent het samenwerkingsverband bovenschoolse voorzieningen, die voor leerlingen van alle scholen toegankelijk zijn:
- Orthopedagogisch-didactisch centrum (OPDC) De Overstap in Hunzedal: 24 plaatsen voor leerlingen die tijdelijk (ten hoogste 12 weken, eenmaal te verlengen) niet op hun eigen school kunnen functioneren. De leerling blijft ingeschreven op de eigen school en werkt aan een terugkeerplan.
- Rebound Zuidveen: een kortdurende opvang (maximaal 8 weken) voor leerlingen die na een incident of herhaalde schorsing een time-out nodig hebben.
- Tussenvoorziening Entree+: een combinatie van onderwijs en zorg voor jongeren van 14 tot 18 jaar met complexe psychiatrische problematiek, in samenwerking met twee jeugdhulpaanbieders.
- Internationale schakelklas (ISK) Hunzedal voor nieuwkomers van 12 tot 18 jaar.
- Voortgezet speciaal onderwijs: De Brug (cluster 4, twee vestigingen) en Het Anker (cluster 3). Daarnaast gaan jaarlijks enkele leerlingen naar vso-scholen buiten de regio, vooral voor specialistisch aanbod voor leerlingen met een auditieve of visuele beperking (cluster 1 en 2, die buiten het samenwerkingsverband vallen).
De samenhang tussen de school, de bovenschoolse voorzieningen en het vso noemen wij het ondersteuningscontinuüm: van ondersteuning in de klas, via extra ondersteuning op school en tijdelijke opvang in een bovenschoolse voorziening, naar plaatsing in het vso. Een leerling stapt niet automatisch van de ene naar de volgende vorm: de ondersteuningsbehoefte bepaalt welke vorm passend is.
Of dit aanbod voldoende dekkend is voor alle jongeren in Hunzedal, laten wij in 2026 onderzoeken door een extern bureau. Op basis van die analyse bepaalt het bestuur of aanvullende voorzieningen nodig zijn.
# 6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)
## 6.1 Commissie Toewijzing
De Commissie Toewijzing neemt namens het bestuur van het samenwerkingsverband besluiten over de toelaatbaarheid tot het vso, de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en de toelaatbaarheid tot het praktijkonderwijs (pro). De commissie bestaat uit een voorzitter, een orthopedagoog-generalist, een GZ-psycholoog en een secretaris.
## 6.2 Toelaatbaarheid vso: procedure
- Stap 1. De school waar de leerling is ingeschreven (of, bij een overstap van het primair onderwijs, de vo-school waar de leerling is aangemeld) bespreekt de leerling in het ondersteuningsteam. Ouders en de leerling worden daarbij uitgenodigd.
- Stap 2. De school dient namens het bevoegd gezag een aanvraag in bij de Commissie Toewijzing, met het OPP, een evaluatie van de geboden ondersteuning van minimaal twee ondersteuningscycli, het verslag van het ondersteuningsteam en de zienswijze van ouders en leerling.
- Stap 3. De commissie controleert binnen vijf werkdagen of het dossier compleet is.
- Stap 4. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de vraag, een kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker. De deskundigen zijn niet betrokken geweest bij de aanvraag.
- Stap 5. De commissie besluit binnen zes weken na ontvangst van het complete dossier. Het besluit wordt schriftelijk aan de school en de ouders bekendgemaakt, samen met een afschrift van de deskundigenadviezen.
## 6.3 Toelaatbaarheid vso: criteria
Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:
- de school heeft aantoonbaar de basisondersteuning en passende extra ondersteuning geboden, vastgelegd in het OPP, gedurende ten minste twee ondersteuningscycli, tenzij de ernst van de situatie direct een vso-plaatsing vraagt;
- de ondersteuningsbehoefte van de leerling op het gebied van leren, gedrag, sociaal-emotionele ontwikkeling of lichamelijke of medische zorg gaat aantoonbaar uit boven wat een reguliere school met een arrangement of een bovenschoolse voorziening kan bieden;
- de leerling heeft een onderwijsomgeving nodig met een kleine groep, intensieve begeleiding en een gespecialiseerd pedagogisch klimaat, die alleen het vso kan bieden;
- het vso kan de leerling perspectief bieden op een van de uitstroomprofielen (vervolgonderwijs, arbeidsmarkt of dagbesteding).
Voor een plaatsing in cluster 3 moet daarnaast sprake zijn van een ernstige verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte, waardoor de leerling op het gebied van zelfredzaamheid en leren aangewezen is op de specifieke deskundigheid van het cluster 3-onderwijs.
## 6.4 Duur en categorie
Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren. Voor leerlingen van 16 jaar en ouder kan de commissie een TLV afgeven tot het einde van de schoolloopbaan, als uit het OPP blijkt dat terugkeer naar het regulier onderwijs niet meer realistisch is. De commissie bepaalt de bekostigingscategorie (laag, midden of hoog) op basis van de zorgzwaarte: categorie midden bij een lichamelijke beperking of langdurige ziekte, categorie hoog bij een meervoudige beperking, en categorie laag in alle overige gevallen.
## 6.5 Einde van de TLV en terugkeer naar het regulier onderwijs
Het samenwerkingsverband wil dat een verblijf in het vso niet langer duurt dan nodig. Uitgangspunt is dat iedere leerling in het vso, waar dat past bij zijn ontwikkeling, terugkeert naar een reguliere school of doorstroomt naar het mbo. Terugkeer is mogelijk als het OPP laat zien dat de leerling zich met gerichte begeleiding kan handhaven in een grotere groep en de ontvangende school de benodigde ondersteuning kan bieden.
De procedure is als volgt:
- In januari van het laatste schooljaar van de TLV evalueert de vso-school het OPP met de leerling en de ouders en geeft een advies: terugkeer, doorstroom naar vervolgonderwijs of verlenging.
- Adviseert de vso-school terugkeer, dan zoekt zij samen met de ouders en de consulent van het samenwerkingsverband een passende school. De ontvangende school wordt uitgenodigd voor een overdrachtsgesprek.
- Uiterlijk 1 april besluit de Commissie Toewijzing, op voorstel van de vso-school en na overleg met de ontvangende school, over terugkeer of een nieuwe TLV. Voor een nieuwe TLV geldt de procedure van paragraaf 6.2.
- Na terugkeer krijgt de leerling gedurende zes maanden een terugkeerarrangement: ambulante begeleiding door de vso-school van twee uur per week, een vast aanspreekpunt op de ontvangende school en een evaluatie na drie en na zes maanden.
- Loopt de terugkeer niet goed, dan kan de leerling binnen het eerste jaar zonder nieuwe aanvraag terugkeren naar de vso-school, op basis van de oorspronkelijke TLV-gegevens.
## 6.6 Leerwegondersteunend onderwijs
Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking als hij een IQ heeft tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste twee van de domeinen begrijpend lezen, technisch lezen, spelling en inzichtelijk rekenen, waarvan één begrijpend lezen of inzichtelijk rekenen; of als er sprake is van een IQ tussen 91 en 120 met een leerachterstand op deze domeinen en daarnaast een sociaal-emotionele problematiek die het leren belemmert.
De vo-school waar de leerling is aangemeld, dient de aanvraag in bij de Commissie Toewijzing, uiterlijk 1 april voorafgaand aan het eerste schooljaar. De commissie besluit binnen vier weken. De aanwijzing geldt voor de hele periode waarin de leerling het vmbo volgt.
## 6.7 Praktijkonderwijs
Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent op ten minste twee van de domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient de aanvraag in. De commissie besluit binnen vier weken. De TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs.
# 7. Samenwerking met gemeenten en jeugdhulp
Het samenwerkingsverband en de drie gemeenten werken samen op basis van een gezamenlijke agenda die jaarlijks in het OOGO wordt besproken. Op iedere school voor regulier voortgezet onderwijs is een jeugdprofessional van het gemeentelijke jeugdteam aanwezig, minimaal een dagdeel per week. De gemeenten en het samenwerkingsverband werken samen in de tussenvoorziening Entree+, waar jeugdhulp en onderwijs onder één dak worden geboden.
Thema's voor de komende periode zijn de aansluiting tussen onderwijs en jeugdhulp, het leerlingenvervoer, de huisvesting van de bovenschoolse voorzieningen en de thuiszitters. De gemeenten stellen in 2025 een thuiszittersprotocol op; het samenwerkingsverband denkt daarbij mee.
De samenwerking met het mbo verloopt via het regionale overleg Aansluiting VO-MBO. Voor jongeren in het praktijkonderwijs en het vso is er een gezamenlijk netwerk met werkgevers in de regio.
# 8. Ouders en leerlingen
## 8.1 Informatie voor ouders en leerlingen
Ouders en leerlingen worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden in het samenwerkingsverband:
- Op de website van het samenwerkingsverband staat een overzicht van alle scholen met hun ondersteuningsaanbod, de bovenschoolse voorzieningen en de procedures voor vso, lwoo en pro.
- De brochure 'Extra ondersteuning in het vo' wordt aan alle leerlingen in groep 8 van de basisscholen in de regio meegegeven, in samenwerking met de samenwerkingsverbanden PO.
- Iedere school beschrijft in de schoolgids de basisondersteuning en de extra ondersteuning die de school biedt, en wie de ondersteuningscoördinator is.
- In november organiseert het samenwerkingsverband een informatieavond voor ouders van leerlingen met een ondersteuningsbehoefte in groep 8.
- Bij het samenwerkingsverband is een vast contactpersoon voor ouders, die vragen beantwoordt over het aanbod en de procedures.
## 8.2 Betrokkenheid van ouders en leerlingen
Ouders en leerlingen worden betrokken bij het opstellen van het OPP. Leerlingen hebben hoorrecht: hun mening over het OPP wordt vastgelegd. In de ondersteuningsplanraad zijn ouders en leerlingen vertegenwoordigd.
## 8.3 Onafhankelijke ondersteuning
De inrichting van een onafhankelijk ouder- en jeugdsteunpunt is nog onderwerp van gesprek tussen de besturen. Zodra daarover besloten is, wordt deze paragraaf aangevuld. Voor klachten verwijzen wij naar de klachtenregeling op onze website.
# 9. Kwaliteit en resultaten
Het samenwerkingsverband hecht aan een goede kwaliteitszorg. De wijze waarop wij onze resultaten volgen en verantwoorden, wordt uitgewerkt in een kwaliteitskader dat in het najaar van 2026 verschijnt. De beoogde resultaten per koerslijn worden opgenomen in het jaarplan 2025–2026, dat na vaststelling van dit ondersteuningsplan wordt opgesteld.
# 10. Financiën
Het financieel beleid van het samenwerkingsverband, waaronder de verdeling van de middelen over de besturen, de bekostiging van de bovenschoolse voorzieningen en de meerjarenbegroting, is vastgelegd in het Financieel Kader 2025–2029. Het Financieel Kader is een afzonderlijk document dat jaarlijks met de begroting door het bestuur wordt vastgesteld en ter instemming aan de ondersteuningsplanraad wordt voorgelegd. Dit ondersteuningsplan bevat daarom geen begroting.
# 11. Organisatie en medezeggenschap
## 11.1 Rechtsvorm en bestuur
Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven schoolbesturen. Het bestuur bestaat uit een onafhankelijk voorzitter en vier bestuurders van de aangesloten schoolbesturen. De dagelijkse leiding ligt bij de directeur-bestuurder, die verantwoording aflegt aan het bestuur. In 2026 onderzoekt de ledenvergadering of de overstap naar een model met een raad van toezicht wenselijk is.
## 11.2 Bureau
Het bureau van het samenwerkingsverband is gevestigd in Hunzedal. Het team bestaat uit de directeur-bestuurder, een beleidsadviseur, vier consulenten passend onderwijs, een secretaris van de Commissie Toewijzing en twee administratieve medewerkers.
## 11.3 Ondersteuningsplanraad
De ondersteuningsplanraad heeft acht leden en instemmingsrecht op het ondersteuningsplan. De leden worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert vier keer per jaar.
# 12. Personeel, ICT en huisvesting
## 12.1 Personeel
Het samenwerkingsverband heeft 13 medewerkers in dienst, samen 10,6 fte. Zij vallen onder de cao voortgezet onderwijs. Het samenwerkingsverband stelt jaarlijks een scholingsplan op. Ondersteuningscoördinatoren van de scholen komen zes keer per jaar bij elkaar in een netwerk, waar zij kennis delen en scholing volgen.
De krapte op de arbeidsmarkt raakt ook de ondersteuning in de scholen. Vooral orthopedagogen, ambulant begeleiders en docenten met ervaring in het vso zijn moeilijk te vinden. Het samenwerkingsverband zoekt daarom samen met de besturen naar manieren om schaarse deskundigheid te delen, bijvoorbeeld door een gezamenlijke pool van begeleiders en door detachering tussen scholen. Ook investeren we in de opleiding van leraren in samenwerking met de lerarenopleidingen in de regio, zodat nieuwe docenten al tijdens hun opleiding kennismaken met het werken met jongeren met een ondersteuningsbehoefte.
## 12.2 ICT en privacy
Het samenwerkingsverband werkt met een beveiligd digitaal systeem voor aanvragen bij de Commissie Toewijzing. De privacyregels van de AVG worden nageleefd; het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming.
## 12.3 Huisvesting
De bovenschoolse voorzieningen De Overstap en Rebound Zuidveen zijn gehuisvest in gebouwen van aangesloten besturen. Voor de huisvesting van Entree+ is de gemeente Hunzedal verantwoordelijk.
# 13. Planning
| Periode | Onderwerp |
| 2025–2026 | Basis op orde 2.0; jaarplan met beoogde resultaten; besluit ouder- en jeugdsteunpunt |
| 2026 | Onderzoek dekkend aanbod; kwaliteitskader |
| 2026–2027 | Evaluatie OPDC en Rebound; besluit governance |
| 2027–2028 | Tussentijdse evaluatie ondersteuningsplan |
| 2028–2029 | Nieuw ondersteuningsplan 2029–2033 |
~
# Afkortingenlijst
| Afkorting | Betekenis |
| ISK | Internationale schakelklas |
| LWOO | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt |
| OOGO | Op overeenstemming gericht overleg |
| OPDC | Orthopedagogisch-didactisch centrum |
| OPP | Ontwikkelingsperspectiefplan |
| OPR | Ondersteuningsplanraad |
| PrO | Praktijkonderwijs |
| SOP | Schoolondersteuningsprofiel |
| TLV | Toelaatbaarheidsverklaring |
| VSO | Voortgezet speciaal onderwijs |
"""

LABEL_B = {
    "documents": ["op-vo-hunzedal-2025-2029.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {
        "basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
        "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial",
    },
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True,
        "plaatsing.criteria": True,
        "terugstroom.procedure": True,
        "terugstroom.beleid": True,
        "financien.verdeling": False,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False,
        "resultaten.monitoring": False,
        "ouders.informatie": True,
        "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "4.1 defines basisondersteuning as the floor for all vestigingen (niveau) but gives only the four abstract referentiekader aspects; concrete content is left to the SOPs and deferred to 'Basis op orde 2.0' in 2025-2026.",
        "plaatsing": "H6 'Toewijzing en toelaatbaarheid': vso steps 1-5 with Commissie Toewijzing, two deskundigen, 6 weeks (6.2), explicit vso criteria (6.3), duration/categorie (6.4), lwoo (6.6) and pro (6.7). No bezwaar route.",
        "terugstroom": "Hidden inside the TLV chapter, 6.5 'Einde van de TLV': policy/conditions plus procedure (January evaluation, decision by 1 april, terugkeerarrangement 6 months, evaluations at 3 and 6 months).",
        "financien": "H10 only refers to a separate 'Financieel Kader 2025-2029' and states the plan contains no begroting; no verdeling criteria or amounts anywhere.",
        "dekkend-aanbod": "4.2 and H5 describe the continuum (schoolarrangementen, OPDC, Rebound, Entree+, ISK, vso); the gap analysis is deferred to a 2026 external study and the thuiszittersprotocol is left to the gemeenten (H7).",
        "resultaten": "H9 defers the kwaliteitskader (najaar 2026) and the beoogde resultaten (jaarplan); koerslijnen in 3.2 are direction, not results; no figures on results.",
        "ouders": "8.1 lists channels (website, brochure, schoolgids, info-avond, contactpersoon); 8.3 defers the OJSP and only refers to the klachtenregeling on the website, so no independent help is described.",
    },
}

# ---------------------------------------------------------------------------------------------
# Plan C: PO, .html (web version of the plan)
# ---------------------------------------------------------------------------------------------
PLAN_C = r"""
= Ondersteuningsplan 2025–2029 | Samenwerkingsverband Passend Onderwijs De Waarden (PO 27-05)
^ Webversie van het ondersteuningsplan. Home > Over ons > Ondersteuningsplan. Laatst bijgewerkt: 14 april 2025.
# Inhoud van deze pagina
> 1. Woord vooraf
> 2. Over De Waarden
> 3. Missie en visie
> 4. Basisondersteuning
> 5. Het ondersteuningscontinuüm: een dekkend aanbod
> 6. Thuiszitters en leerlingen zonder passende plek
> 7. Toewijzing en toelaatbaarheid
> 8. Terug naar het regulier onderwijs
> 9. Financiën
> 10. Resultaten en kwaliteitszorg
> 11. Ouders
> 12. Samenwerking met gemeenten (OOGO)
> 13. Organisatie, medezeggenschap en personeel
> 14. Planning en evaluatie
> 15. Begrippenlijst
# 1. Woord vooraf
Dit is de webversie van het ondersteuningsplan 2025–2029 van Samenwerkingsverband Passend Onderwijs De Waarden. Het plan is op 9 april 2025 vastgesteld door het bestuur, na instemming van de ondersteuningsplanraad op 26 maart 2025 en na het op overeenstemming gericht overleg met de gemeenten Waardenburg-Oost, Lexmond-Aa, Hoornaar-Lek en Ameide-Veld op 13 maart 2025. Het plan is op 22 april 2025 aan de inspectie gezonden.
Dit derde ondersteuningsplan bouwt voort op de plannen van 2014 en 2021. Waar het eerste plan vooral ging over het inrichten van de organisatie en het tweede over het versterken van de scholen, staat dit plan in het teken van de samenhang: tussen scholen onderling, tussen onderwijs en jeugdhulp, en tussen het basisonderwijs en het speciaal (basis)onderwijs. In de afgelopen planperiode hebben we veel bereikt. Het aantal thuiszitters is gedaald, de wachtlijst voor het speciaal onderwijs is verdwenen en de scholen werken intensiever samen in hun regioteams. Tegelijk zijn er nieuwe uitdagingen: de vraag naar ondersteuning bij gedrag en sociaal-emotionele ontwikkeling blijft groeien, en het tekort aan leerkrachten en specialisten maakt het moeilijker om die ondersteuning te bieden.
Dit plan beschrijft waar we de komende vier jaar voor staan. We hebben het plan zo geschreven dat het ook voor mensen buiten het onderwijs leesbaar is. Heeft u vragen of opmerkingen, neem dan contact op met het bureau.
Anja de Groot, directeur-bestuurder
# 2. Over De Waarden
Samenwerkingsverband De Waarden is het samenwerkingsverband voor primair onderwijs in vier gemeenten in het rivierengebied. Er nemen negen schoolbesturen deel, met samen 38 basisscholen, één school voor speciaal basisonderwijs (sbo De Uiterwaard) en twee scholen voor speciaal onderwijs (so De Hoeve voor cluster 4 en so Het Veer voor cluster 3). Op 1 oktober 2024 telde De Waarden 9.420 leerlingen in het basisonderwijs, 198 leerlingen in het sbo en 176 leerlingen in het so.
| Gemeente | Basisscholen | Leerlingen 1-10-2024 |
| Waardenburg-Oost | 13 | 3.610 |
| Lexmond-Aa | 9 | 2.150 |
| Hoornaar-Lek | 9 | 2.070 |
| Ameide-Veld | 7 | 1.590 |
Volgens de prognoses van de gemeenten daalt het aantal leerlingen tot 2029 met ongeveer 3 procent. In Waardenburg-Oost blijft het aantal vrijwel gelijk door nieuwbouw; in Ameide-Veld wordt een daling van bijna 8 procent verwacht. Twee kleine scholen in Ameide-Veld onderzoeken een fusie.
De regio is landelijk, met veel kleine dorpsscholen. Elf scholen hebben minder dan 100 leerlingen. Dat betekent dat specialistische kennis niet op iedere school aanwezig kan zijn, en dat samenwerking tussen scholen in de regio noodzakelijk is. De scholen zijn daarom ingedeeld in vier regioteams, die elk een eigen consulent van het samenwerkingsverband hebben.
# 3. Missie en visie
Onze missie is dat ieder kind in De Waarden onderwijs volgt op een plek die bij hem of haar past, zo thuisnabij mogelijk, en dat geen kind tussen wal en schip valt. Het is onze rivier: soms rustig, soms wild, maar altijd in beweging.
Wij geloven in de kracht van de gewone school. De meeste kinderen kunnen, met de juiste ondersteuning, naar de basisschool in hun eigen dorp. Als dat niet lukt, zorgen we samen voor een goed alternatief, en we kijken regelmatig of dat alternatief nog nodig is. We werken vanuit vertrouwen in de professionals en met zo weinig mogelijk bureaucratie.
Drie principes zijn daarbij leidend. Ten eerste: de vraag van het kind staat centraal, niet het etiket of de diagnose. Ten tweede: de ondersteuning komt naar het kind toe, in plaats van dat het kind naar de ondersteuning gaat; daarom investeren we vooral in arrangementen op de eigen school. Ten derde: we zijn samen verantwoordelijk. Geen bestuur en geen school hoeft een ingewikkelde vraag alleen op te lossen, en geen bestuur kan een kind afschuiven. Deze principes zijn in de afgelopen jaren in gesprekken met scholen, besturen en gemeenten steeds opnieuw bevestigd.
# 4. Basisondersteuning
De afspraken over de basisondersteuning worden in deze planperiode herzien. Het samenwerkingsverband wacht daarvoor de landelijke norm basisondersteuning af, die naar verwachting in 2026 wettelijk wordt vastgelegd. Zodra de norm bekend is, stellen de besturen in overleg met de ondersteuningsplanraad nieuwe afspraken vast. Tot die tijd verwijzen wij naar de schoolgidsen van de scholen.
# 5. Het ondersteuningscontinuüm: een dekkend aanbod
## 5.1 Van school tot so
Het ondersteuningsaanbod in De Waarden is opgebouwd als een continuüm met vijf treden. Iedere trede bouwt voort op de vorige; een leerling gaat pas naar een volgende trede als de ondersteuning op de vorige trede aantoonbaar niet voldoende is.
| Trede | Wat | Waar | Wie beslist |
| 1 | Ondersteuning in de groep en op school | eigen basisschool | school |
| 2 | Arrangement op school: extra handen, expertise of materialen voor een leerling of groepje leerlingen, voor ten hoogste één schooljaar | eigen basisschool | consulent samenwerkingsverband, op aanvraag van de school |
| 3 | Bovenschoolse voorziening: plusgroep, taalklas nieuwkomers, observatiegroep De Wissel, zorg-onderwijsgroep De Kikker | bij een van de scholen in de regio | regioteam |
| 4 | Speciaal basisonderwijs | sbo De Uiterwaard | zie hoofdstuk 7 |
| 5 | Speciaal onderwijs | so De Hoeve (cluster 4), so Het Veer (cluster 3) of so buiten de regio | zie hoofdstuk 7 |
## 5.2 Arrangementen op school
Als een school een leerling meer wil bieden dan zij zelf kan organiseren, vraagt zij een arrangement aan bij de consulent van het regioteam. Een arrangement bestaat uit extra formatie (bijvoorbeeld een onderwijsassistent voor een aantal uren per week), de inzet van een specialist (zoals een gedragsspecialist of een logopedist) of specifieke materialen. De consulent beslist binnen vier weken. In 2024 werden 412 arrangementen toegekend.
## 5.3 Bovenschoolse voorzieningen
- Plusgroep: een dag per week voor hoogbegaafde leerlingen uit groep 5 tot en met 8, op drie locaties. Sinds 2024 is er een voltijdgroep hoogbegaafdheid in Waardenburg-Oost voor 14 leerlingen.
- Taalklas nieuwkomers: voor kinderen die korter dan een jaar in Nederland zijn, op twee locaties.
- Observatiegroep De Wissel: maximaal twaalf weken voor leerlingen bij wie nog onduidelijk is wat zij nodig hebben.
- Zorg-onderwijsgroep De Kikker: voor jonge kinderen die naast onderwijs ook behandeling nodig hebben, samen met een jeugdhulpaanbieder.
## 5.4 Doorgaande lijnen
Het continuüm houdt niet op bij de grenzen van het basisonderwijs. Met de voorschoolse voorzieningen is afgesproken dat peuters met een ondersteuningsbehoefte uiterlijk drie maanden voor de vierde verjaardag worden besproken met de basisschool van aanmelding, zodat de school zich kan voorbereiden. Met het samenwerkingsverband voortgezet onderwijs is afgesproken dat leerlingen met een arrangement of uit het sbo of so in groep 8 een warme overdracht krijgen, waarbij de consulent van De Waarden aanwezig is als de school dat wenst. Voor leerlingen van so De Hoeve en so Het Veer die naar het vso gaan, stemmen de scholen de overgang af met de vso-scholen in de regio.
## 5.5 Zorgplicht
Iedere school heeft zorgplicht. Als een school na onderzoek geen passend aanbod kan doen, zoekt zij een andere school die dat wel kan. De consulent van het samenwerkingsverband helpt daarbij. Binnen zes weken na aanmelding (eenmaal te verlengen met vier weken) moet een passende plek zijn gevonden.
## 5.6 Hoe wij gaten in het aanbod vinden en dichten
Jaarlijks in mei maakt het bureau een analyse van het aanbod. Daarvoor gebruiken we de wachtlijsten van de voorzieningen, de meldingen van thuiszitters, de aanvragen die zijn afgewezen omdat er geen passend aanbod was en de signalen uit de regioteams. De uitkomsten bespreken we met de besturen in het directeurenoverleg van juni. Als er een gat in het aanbod is, stelt het bestuur uiterlijk in september een plan van aanpak vast, met een eigenaar en een termijn.
Zo zijn in de vorige planperiode twee gaten gedicht: in 2023 bleek dat er geen passende plek was voor hoogbegaafde leerlingen die vastliepen in de plusgroep; sinds 2024 is er een voltijdgroep. In 2022 was er een wachtlijst van zeven maanden voor so De Hoeve; door een extra groep is de wachtlijst sinds 2023 verdwenen. Voor 2025 is als gat benoemd het aanbod voor kinderen met ernstige gedragsproblemen in de onderbouw; daarvoor wordt in 2025–2026 een tweede observatiegroep ingericht.
# 6. Thuiszitters en leerlingen zonder passende plek
Geen kind mag thuiszitten. Als een leerplichtige leerling langer dan vier weken niet naar school gaat, of als een kind zonder school zit, wordt dit gemeld bij het thuiszittersteam van het samenwerkingsverband en de leerplichtambtenaar. Het thuiszittersteam komt iedere maand bij elkaar en bespreekt iedere leerling die thuiszit. Binnen twee weken na de melding is er een plan met een eigenaar. Lukt het niet om binnen drie maanden een oplossing te vinden, dan neemt de directeur-bestuurder de regie (doorzettingsmacht) en kan zij een plaatsing in een voorziening afdwingen, na overleg met de betrokken besturen.
Het aantal thuiszitters in De Waarden daalde van 19 in 2021 naar 8 in 2024. Voor vrijstellingen op grond van artikel 5 onder a van de Leerplichtwet vragen wij de leerplichtambtenaar ons te informeren, zodat het thuiszittersteam kan nagaan of er toch een onderwijsaanbod mogelijk is.
# 7. Toewijzing en toelaatbaarheid
Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure en de criteria voor een TLV staan in het Reglement Toelaatbaarheid De Waarden, versie 2025. Het reglement is een afzonderlijk document dat via de website kan worden gedownload. In 2025–2026 wordt het reglement geëvalueerd; wijzigingen worden op de website bekendgemaakt.
# 8. Terug naar het regulier onderwijs
## 8.1 Ons uitgangspunt
Het sbo en het so zijn voor veel leerlingen een tijdelijke plek. Wij vinden dat een leerling die zich in het sbo of so zo heeft ontwikkeld dat een reguliere school weer passend is, zo snel mogelijk terugkeert naar een basisschool, bij voorkeur in de eigen woonplaats. Terugplaatsing is geen doel op zich: de leerling moet op de reguliere school een reële kans hebben om het goed te doen.
## 8.2 Voorwaarden
Wij vinden terugkeer passend als aan de volgende voorwaarden is voldaan:
- de ondersteuningsbehoefte van de leerling past binnen wat een basisschool met een arrangement kan bieden;
- de leerling kan zich handhaven in een groep van 25 of meer leerlingen;
- er is een ontvangende school die de leerling kan plaatsen, met een intern begeleider die de overdracht begeleidt.
## 8.3 Ondersteuning na de terugkeer
Iedere leerling die vanuit het sbo of so terugkeert, krijgt automatisch een terugkeerarrangement voor één schooljaar. Het arrangement bestaat uit ambulante begeleiding door een leerkracht van de sbo- of so-school (gemiddeld twee uur per week in de eerste drie maanden, daarna een uur) en extra formatie op de ontvangende school ter waarde van € 3.000. Het arrangement wordt door het samenwerkingsverband betaald, zonder aanvraag.
## 8.4 Werkwijze
Hoe de terugkeer precies verloopt – wie het initiatief neemt, op welke momenten de mogelijkheid van terugkeer wordt beoordeeld en wie daarover beslist – leggen we in het schooljaar 2025–2026 vast in een stappenplan, dat we samen met sbo De Uiterwaard en de so-scholen opstellen.
## 8.5 Cijfers
In het schooljaar 2023–2024 keerden 11 leerlingen terug van het sbo naar het basisonderwijs en 3 leerlingen van het so naar het sbo of basisonderwijs.
# 9. Financiën
## 9.1 Hoe het geld wordt verdeeld
Het samenwerkingsverband ontvangt jaarlijks een rijksbijdrage voor lichte en zware ondersteuning. Na aftrek van de verplichte afdrachten aan het sbo en so wordt het geld verdeeld volgens het verdeelmodel dat hieronder staat. Het verdeelmodel is in 2024 door het bestuur vastgesteld, met instemming van de ondersteuningsplanraad, en geldt voor de hele planperiode.
- 60 procent gaat als schoolbudget naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar. Het bedrag per leerling wordt jaarlijks in de begroting bepaald.
- 25 procent is bestemd voor arrangementen op school (trede 2). Scholen vragen arrangementen aan bij de consulent. De consulent kent een arrangement toe als de school aantoont dat zij de ondersteuning niet uit het schoolbudget kan bieden en de ondersteuningsbehoefte is vastgelegd in een ontwikkelingsperspectief.
- 10 procent is bestemd voor bovenschoolse voorzieningen (trede 3), verdeeld naar het aantal plaatsen per voorziening.
- 5 procent is bestemd voor het thuiszittersteam, de terugkeerarrangementen en innovatie.
Wijzigingen in deze percentages worden alleen doorgevoerd na instemming van de ondersteuningsplanraad.
## 9.2 Begroting
De meerjarenbegroting is geen onderdeel van dit ondersteuningsplan. Het bestuur stelt de meerjarenbegroting ieder jaar in december vast; zij wordt na vaststelling op de website gepubliceerd.
| Onderdeel | Bedrag 2025 |
| Schoolbudgetten | p.m. |
| Arrangementen | p.m. |
| Bovenschoolse voorzieningen | p.m. |
| Thuiszitters, terugkeer en innovatie | p.m. |
## 9.3 Reserves
Het samenwerkingsverband had eind 2024 een reserve die boven de signaleringswaarde van de inspectie lag. Het bestuur heeft in 2023 besloten de reserve tot eind 2026 terug te brengen tot onder de signaleringswaarde, onder meer door de voltijdgroep hoogbegaafdheid en de extra groep van so De Hoeve tijdelijk uit de reserve te bekostigen.
## 9.4 Verantwoording
Besturen verantwoorden de inzet van het schoolbudget jaarlijks in hun bestuursverslag, met een vaste paragraaf passend onderwijs. De consulenten evalueren ieder arrangement aan het eind van het schooljaar met de school.
# 10. Resultaten en kwaliteitszorg
## 10.1 Wat willen we bereiken?
Voor de planperiode 2025–2029 hebben we de volgende beoogde resultaten vastgesteld voor leerlingen die extra ondersteuning nodig hebben:
| Beoogd resultaat | Indicator | Nulmeting 2024 | Streefwaarde 2029 |
| Minder thuiszitters | aantal thuiszitters op 1 oktober | 8 | ten hoogste 3 |
| Snelle hulp op school | doorlooptijd aanvraag arrangement | 5,5 weken | ten hoogste 4 weken |
| Thuisnabij onderwijs | deelname so (1 oktober) | 1,87% | ten hoogste 1,75% |
| Terugkeer waar mogelijk | aantal terugplaatsingen per jaar | 14 | ten minste 18 |
| Effectieve arrangementen | arrangementen waarvan de doelen grotendeels zijn behaald | 71% | ten minste 80% |
| Geen wachtlijsten | wachttijd bovenschoolse voorzieningen | 0 tot 9 weken | nergens langer dan 6 weken |
## 10.2 Hoe volgen we de resultaten?
Het bureau houdt een dashboard bij met de indicatoren uit paragraaf 10.1. Het dashboard wordt ieder kwartaal besproken in het bestuur en twee keer per jaar met de ondersteuningsplanraad. Aan het eind van ieder schooljaar evalueert het bestuur of de streefwaarden binnen bereik liggen en stelt zo nodig de aanpak in het jaarplan bij. In het jaarverslag rapporteren we over de bereikte resultaten en de kosten van de voorzieningen. Halverwege de planperiode, in 2027, laten we een externe evaluatie uitvoeren.
## 10.3 Wat hebben we bereikt in 2021–2025?
In de vorige planperiode wilden we het aantal thuiszitters halveren; dat is gelukt (van 19 naar 8). De doorlooptijd voor een arrangement daalde van 8 naar 5,5 weken. De deelname aan het so steeg licht, van 1,79% naar 1,87%, vooral door een toename van jonge kinderen met complexe gedragsvragen. Het doel om alle wachtlijsten op te heffen is voor het so gehaald, maar nog niet voor de observatiegroep.
# 11. Ouders
Een nieuwe paragraaf over de informatievoorziening aan ouders en over het ouder- en jeugdsteunpunt wordt aan dit plan toegevoegd zodra de Wet versterking positie ouders en leerlingen in werking is getreden. Tot die tijd: p.m.
# 12. Samenwerking met gemeenten (OOGO)
Het samenwerkingsverband werkt nauw samen met de vier gemeenten. In het OOGO zijn afspraken gemaakt over de volgende onderwerpen:
- Jeugdhulp op school: iedere basisschool heeft een vaste contactpersoon van het sociaal team van de gemeente. Bij de zorg-onderwijsgroep De Kikker betalen de gemeenten de behandeling, het samenwerkingsverband het onderwijsdeel.
- Thuiszitters: de leerplichtambtenaren nemen deel aan het thuiszittersteam.
- Leerlingenvervoer: de gemeenten houden bij de beslissing over leerlingenvervoer rekening met de bovenschoolse voorzieningen.
- Onderwijshuisvesting: de gemeenten zoeken samen met het samenwerkingsverband ruimte voor de tweede observatiegroep.
Daarnaast stemmen het samenwerkingsverband en de gemeenten hun beleidsplannen op elkaar af: het jeugdbeleidsplan van de gemeenten en dit ondersteuningsplan zijn in hetzelfde voorjaar in het OOGO besproken. Het OOGO vindt twee keer per jaar plaats. Bij een verschil van mening kunnen de partijen een onafhankelijke voorzitter vragen te bemiddelen.
# 13. Organisatie, medezeggenschap en personeel
Het samenwerkingsverband is een stichting met een raad van toezicht. De directeur-bestuurder vormt het bestuur. De raad van toezicht bestaat uit vijf leden, van wie drie door de aangesloten besturen worden voorgedragen en twee onafhankelijk zijn. Het bureau telt twaalf medewerkers: naast de directeur-bestuurder vier consulenten, twee orthopedagogen, een beleidsmedewerker, een controller, een secretaris van de Commissie Toewijzing en twee ondersteunende medewerkers.
De ondersteuningsplanraad telt tien leden en heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert vijf keer per jaar en heeft een eigen budget voor scholing.
Medewerkers van het samenwerkingsverband volgen jaarlijks scholing. Voor de scholen organiseert het samenwerkingsverband leernetwerken over gedrag, jonge kind en hoogbegaafdheid. De regioteams zijn ook bedoeld om kennis tussen scholen te delen. In het najaar van 2025 start een opleiding gedragsspecialist voor twaalf leerkrachten, in samenwerking met een hogeschool.
Het tekort aan leerkrachten en specialisten is ook in De Waarden voelbaar. Vooral de kleine dorpsscholen hebben moeite om vacatures voor intern begeleiders en gedragsspecialisten te vervullen. Het samenwerkingsverband helpt door de consulenten en orthopedagogen flexibel over de regioteams in te zetten en door samen met de besturen een regionale invalpool voor intern begeleiders te verkennen. Ook stimuleren we dat onderwijsassistenten zich verder scholen, bijvoorbeeld tot leraarondersteuner.
Het samenwerkingsverband werkt met een digitaal dossier voor aanvragen en arrangementen. De AVG wordt nageleefd; het privacyreglement is in 2024 vernieuwd. Alleen medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot het dossier van een leerling. Gegevens worden niet langer bewaard dan nodig en uiterlijk drie jaar na afloop van het arrangement of het besluit verwijderd. De functionaris gegevensbescherming brengt jaarlijks verslag uit aan de raad van toezicht.
# 14. Planning en evaluatie
| Jaar | Activiteit |
| 2025–2026 | tweede observatiegroep; stappenplan terugkeer; nieuwe afspraken basisondersteuning (na landelijke norm) |
| 2026–2027 | uitbreiding plusgroep; ouderparagraaf |
| 2027 | externe tussenevaluatie |
| 2028–2029 | nieuw ondersteuningsplan |
# 15. Begrippenlijst
| Begrip | Uitleg |
| Basisondersteuning | Het niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt, zoals de extra hulp bij lezen en rekenen en de ondersteuning door een intern begeleider. |
| Commissie Toewijzing | Commissie die namens het samenwerkingsverband beslist over een TLV. |
| Ouder- en jeugdsteunpunt | Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en bij onenigheid. |
| TLV | Toelaatbaarheidsverklaring, nodig voor plaatsing in het sbo of so; geldt voor één of meer schooljaren. |
| Terugplaatsing | Terugkeer van een leerling uit sbo of so naar een reguliere school. |
| Verdeelmodel | De regels voor het verdelen van de middelen. |
"""

LABEL_C = {
    "documents": ["op-po-dewaarden-2025-2029.html"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {
        "basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
        "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing",
    },
    "criteria": {
        "basisondersteuning.niveau": False,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False,
        "plaatsing.criteria": False,
        "terugstroom.procedure": False,
        "terugstroom.beleid": True,
        "financien.verdeling": True,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True,
        "resultaten.monitoring": True,
        "ouders.informatie": False,
        "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    "notes": {
        "basisondersteuning": "H4 only defers new agreements until the landelijke norm and refers to the schoolgidsen; the only substantive definition is in the begrippenlijst (15), which does not count; 'trede 1' in the continuum table names no level or content.",
        "plaatsing": "H7 only states that a TLV is needed and refers to a separate 'Reglement Toelaatbaarheid' on the website (no applicant, steps, deciding body or criteria); the continuum table says 'zie hoofdstuk 7'; Commissie Toewijzing and TLV appear only in H13 staffing and the begrippenlijst.",
        "terugstroom": "H8 gives policy (8.1), conditions (8.2), support after return (8.3) and figures (8.5); the procedure (initiative, moments, decision) is deferred to a 2025-2026 stappenplan (8.4).",
        "financien": "9.1 verdeelmodel with percentage shares, teldatum and allocation criteria for arrangementen (verdeling); 9.2 says the meerjarenbegroting is not part of the plan and its table is all p.m., so no begroting with amounts (besteding); reserves 9.3, verantwoording 9.4.",
        "dekkend-aanbod": "H5 five-step continuum table, arrangementen and bovenschoolse voorzieningen; 5.5 yearly gap analysis with plan of approach and examples; H6 thuiszitters team with doorzettingsmacht; OOGO cooperation in H12.",
        "resultaten": "10.1 table of beoogde resultaten with nulmeting and streefwaarden; 10.2 dashboard, quarterly review, jaarverslag, external evaluation; 10.3 achieved results of previous period.",
        "ouders": "H11 'Ouders' is a deferral ending in 'p.m.'; OJSP only appears in the begrippenlijst; OPR mention (H13) does not describe a parental role.",
    },
}

# ---------------------------------------------------------------------------------------------
# Near-miss 1: annual report of a PO verband, .pdf
# ---------------------------------------------------------------------------------------------
NEAR_JV = r"""
= Jaarverslag 2024
^ Stichting Samenwerkingsverband Passend Primair Onderwijs Kempenvelden (PO 30-08)
^ Bestuursverslag en kerngegevens over het kalenderjaar 2024 – vastgesteld door de raad van toezicht op 12 juni 2025
~
# Inhoudsopgave
> 1. Voorwoord
> 2. Het samenwerkingsverband in 2024
> 3. Terugblik op de doelen uit het ondersteuningsplan
> 4. Basisondersteuning
> 5. Toelaatbaarheidsverklaringen en terugplaatsingen
> 6. Dekkend aanbod en thuiszitters
> 7. Ouders
> 8. Governance en medezeggenschap
> 9. Personeel en professionalisering
> 9a. Samenwerking met gemeenten
> 10. Financieel verslag 2024
> 11. Vooruitblik 2025
~
# 1. Voorwoord
Met dit jaarverslag legt Stichting Samenwerkingsverband Passend Primair Onderwijs Kempenvelden verantwoording af over het kalenderjaar 2024. Het verslag is bestemd voor de aangesloten schoolbesturen, de ondersteuningsplanraad, de gemeenten, de inspectie en iedereen die belangstelling heeft voor passend onderwijs in onze regio.
2024 was het derde jaar van ons ondersteuningsplan 2022–2026. Het was een jaar waarin we de vruchten plukten van de investeringen in de ondersteuningsteams op de scholen, maar ook een jaar waarin we geconfronteerd werden met een stijgend aantal aanvragen voor het speciaal onderwijs. In dit verslag leest u wat we hebben gedaan, wat het heeft opgeleverd en wat het heeft gekost.
Ik dank alle medewerkers, intern begeleiders, directeuren en bestuurders voor hun inzet in het afgelopen jaar.
Ir. P. (Petra) Hendriks, directeur-bestuurder
# 2. Het samenwerkingsverband in 2024
Aan het samenwerkingsverband namen in 2024 dertien schoolbesturen deel, met 52 basisscholen, twee scholen voor speciaal basisonderwijs en vier so-locaties. Op 1 oktober 2024 telde het samenwerkingsverband 16.240 leerlingen in het basisonderwijs, een daling van 1,4 procent ten opzichte van een jaar eerder.
In het verslagjaar is één basisschool gesloten (de Mariaschool in Heibergen, 41 leerlingen) en zijn twee scholen gefuseerd. Het aantal vestigingen daalde daardoor van 54 naar 52.
De belangrijkste gebeurtenissen in 2024 waren:
- de start van het Ouder- en Jeugdsteunpunt Kempenvelden op 1 september;
- de evaluatie van de bovenschoolse voorziening voor jonge risicoleerlingen;
- de invoering van het nieuwe digitale aanvraagsysteem voor toelaatbaarheidsverklaringen;
- de afbouw van de bovenmatige reserve volgens het bestedingsplan uit 2022.
# 3. Terugblik op de doelen uit het ondersteuningsplan
In het ondersteuningsplan 2022–2026 zijn vijf doelen geformuleerd. In de tabel hieronder staat per doel de stand van zaken aan het eind van 2024.
| Doel ondersteuningsplan | Indicator | Stand eind 2023 | Stand eind 2024 | Beoordeling |
| Alle scholen voldoen aan de basisondersteuning | scholen met positieve audit | 44 van 54 | 48 van 52 | op koers |
| Minder thuiszitters | thuiszitters op peildatum | 14 | 11 | op koers |
| Snellere besluitvorming TLV | gemiddelde doorlooptijd | 6,4 weken | 4,9 weken | behaald |
| Stabiele deelname so | deelnamepercentage so | 1,92% | 2,04% | niet op koers |
| Meer terugplaatsingen | terugplaatsingen sbo en so | 12 | 15 | op koers |
De stijging van de deelname aan het so baart ons zorgen. Een analyse van de aanvragen laat zien dat het vooral gaat om jonge kinderen (groep 1 tot en met 3) met ernstige gedragsproblemen, vaak in combinatie met een wachtlijst bij de jeugdhulp. In 2025 gaan we met de gemeenten in gesprek over deze groep.
# 4. Basisondersteuning
In 2024 zijn 26 scholen bezocht in het kader van de audit basisondersteuning. De audit wordt uitgevoerd door een team van een orthopedagoog van het samenwerkingsverband en een directeur van een andere school. Bij 22 scholen was het oordeel positief. Vier scholen voldeden op één of twee standaarden nog niet; zij hebben een verbeterplan opgesteld. De meest voorkomende verbeterpunten waren het werken met ontwikkelingsperspectieven en de inrichting van het aanbod voor meer- en hoogbegaafde leerlingen.
Daarnaast zijn in 2024 de tweede en derde bijeenkomst van de leergang 'Basis op orde' georganiseerd, waaraan 38 intern begeleiders deelnamen.
# 5. Toelaatbaarheidsverklaringen en terugplaatsingen
## 5.1 Aantallen
In 2024 ontving de Commissie van Toelaatbaarheid 187 aanvragen. Daarvan zijn er 176 toegekend, 4 afgewezen en 7 ingetrokken.
| Soort TLV | 2023 | 2024 |
| sbo | 84 | 88 |
| so categorie laag | 61 | 69 |
| so categorie midden | 9 | 11 |
| so categorie hoog | 7 | 8 |
| Totaal | 161 | 176 |
Er werden in 2024 twee bezwaren ingediend tegen een besluit over een TLV. Beide bezwaren zijn na advies van de Landelijke Bezwaaradviescommissie ongegrond verklaard.
## 5.2 Terugplaatsingen
In 2024 zijn 15 leerlingen vanuit het sbo of so teruggeplaatst naar het basisonderwijs, tegen 12 in 2023. Elf van hen kregen een terugplaatsingsarrangement. Bij de evaluatie na zes maanden functioneerden dertien van de vijftien leerlingen naar tevredenheid op de nieuwe school.
# 6. Dekkend aanbod en thuiszitters
Het aantal thuiszitters daalde van 14 naar 11. Voor drie van hen is inmiddels een plek gevonden in de nieuwe combinatiegroep onderwijs-zorg, die in augustus 2024 van start ging. Het thuiszittersoverleg met de leerplichtambtenaren is in 2024 tien keer bijeengekomen.
De evaluatie van de bovenschoolse voorziening voor jonge risicoleerlingen (De Opstap) liet zien dat 78 procent van de geplaatste leerlingen na afloop kon terugkeren naar de eigen school. Het bestuur heeft besloten De Opstap voort te zetten.
De wachtlijst bij so-locatie De Linde liep in het najaar op tot 14 leerlingen. Met het bestuur van De Linde is afgesproken dat per 1 februari 2025 een extra groep wordt geopend.
# 7. Ouders
Op 1 september 2024 is het Ouder- en Jeugdsteunpunt Kempenvelden van start gegaan. In de eerste vier maanden namen 143 ouders en 9 jongeren contact op. De meeste vragen gingen over de aanvraag van een TLV, over het ontwikkelingsperspectief en over de overstap naar het voortgezet onderwijs. In 31 gevallen heeft het steunpunt bemiddeld in een verschil van mening tussen ouders en school.
De ouderpagina van de website is in 2024 ruim 11.000 keer bezocht. In maart en oktober zijn informatieavonden voor ouders georganiseerd, met in totaal 160 bezoekers. Er zijn in 2024 twee klachten ontvangen, beide over de communicatie rond een aanvraag; beide zijn in een gesprek naar tevredenheid afgehandeld.
# 8. Governance en medezeggenschap
## 8.1 Bestuur en toezicht
De stichting kent een directeur-bestuurder en een raad van toezicht van vijf leden. De raad van toezicht kwam in 2024 vijf keer bijeen. Belangrijke onderwerpen waren de begroting 2025, de afbouw van de reserve, de evaluatie van De Opstap en de zelfevaluatie van de raad. De auditcommissie kwam drie keer bijeen met de controller en eenmaal met de accountant.
In het verslagjaar is de heer K. Bos afgetreden als lid van de raad van toezicht; in zijn plaats is mevrouw drs. L. Yilmaz benoemd.
## 8.2 Ondersteuningsplanraad
De ondersteuningsplanraad vergaderde in 2024 vijf keer. De OPR heeft ingestemd met de wijziging van de verdeling van de middelen voor de bovenschoolse voorzieningen en met de verlenging van De Opstap. De OPR heeft de ontwikkeling van het ouder- en jeugdsteunpunt nauw gevolgd. Twee nieuwe leden zijn in 2024 toegetreden.
## 8.3 Inspectie
In 2024 heeft geen inspectiebezoek plaatsgevonden. Het laatste vierjaarlijks onderzoek dateert van 2022; toen waren alle standaarden voldoende.
# 9. Personeel
Het samenwerkingsverband had op 31 december 2024 23 medewerkers in dienst, samen 17,8 fte. Het ziekteverzuim bedroeg 4,2 procent. In 2024 zijn twee nieuwe orthopedagogen in dienst getreden en heeft één medewerker het samenwerkingsverband verlaten. Alle medewerkers hebben een gesprekkencyclus doorlopen.
Het scholingsaanbod voor de scholen is in 2024 goed benut. Er waren 412 inschrijvingen voor de 23 scholingsbijeenkomsten, onder meer over het werken met een ontwikkelingsperspectief, over executieve functies en over het begeleiden van leerlingen met angstklachten. De netwerken voor intern begeleiders kwamen in vier regio's ieder vijf keer bijeen. Het netwerk voor directeuren is in 2024 opnieuw opgezet en kwam drie keer bijeen.
# 9a. Samenwerking met gemeenten
Het op overeenstemming gericht overleg met de vier gemeenten vond in 2024 twee keer plaats, in april en november. Belangrijke onderwerpen waren de wachtlijsten in de jeugdhulp, het leerlingenvervoer naar de so-locaties en de huisvesting van de nieuwe combinatiegroep onderwijs-zorg. De gemeenten hebben toegezegd in 2025 een extra jeugdprofessional in te zetten voor de scholen met de meeste zorgvragen. Met de gemeente Heibergen is een convenant gesloten over de inzet van schoolmaatschappelijk werk.
# 10. Financieel verslag 2024
## 10.1 Staat van baten en lasten
| (bedragen x € 1.000) | Begroting 2024 | Realisatie 2024 | Realisatie 2023 |
| Rijksbijdragen | 15.420 | 15.611 | 15.102 |
| Overige baten | 60 | 84 | 71 |
| Totaal baten | 15.480 | 15.695 | 15.173 |
| Afdrachten so en sbo | 9.350 | 9.702 | 9.140 |
| Schoolbudgetten besturen | 3.980 | 3.980 | 3.910 |
| Bovenschoolse voorzieningen | 1.120 | 1.064 | 980 |
| Personeel samenwerkingsverband | 1.410 | 1.388 | 1.302 |
| Overige lasten | 290 | 301 | 277 |
| Totaal lasten | 16.150 | 16.435 | 15.609 |
| Resultaat | -670 | -740 | -436 |
Het negatieve resultaat over 2024 is € 70.000 hoger dan begroot, vooral door hogere afdrachten aan het so als gevolg van de stijging van het aantal leerlingen in het so.
## 10.2 Reserves
Het eigen vermogen bedroeg op 31 december 2024 € 2.310.000 (2023: € 3.050.000). De signaleringswaarde van de inspectie voor het samenwerkingsverband bedraagt € 1.710.000. Volgens het bestedingsplan wordt het eigen vermogen eind 2025 onder de signaleringswaarde gebracht.
## 10.3 Verantwoording besturen
Alle dertien besturen hebben vóór 1 juni 2024 een verantwoording ingediend over de besteding van het schoolbudget in 2023. Het grootste deel van de middelen (82 procent) werd ingezet voor extra personeel in de klas en voor de intern begeleiders.
## 10.4 Continuïteitsparagraaf
De meerjarenbegroting 2025–2027 voorziet in negatieve resultaten van € 520.000 (2025), € 310.000 (2026) en € 90.000 (2027). Daarna is de begroting sluitend. Het belangrijkste risico is een verdere stijging van de deelname aan het so.
# 11. Vooruitblik 2025
In 2025 begint de voorbereiding van het nieuwe ondersteuningsplan 2026–2030. Wij willen daarbij nadrukkelijk ouders, scholen en gemeenten betrekken. Daarnaast staan de opening van een extra so-groep, de evaluatie van de verdeling van de middelen en het gesprek met de gemeenten over jonge kinderen met gedragsproblemen op de agenda.
"""

LABEL_JV = {
    "documents": ["jaarverslag-swv-po-kempenvelden-2024.pdf"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "Annual report (jaarverslag/bestuursverslag) of a PO verband over calendar year 2024: it reports figures and accounts for the ondersteuningsplan 2022-2026, but it is not the plan itself (no planperiode of its own, verslagjaar language, staat van baten en lasten, 'vastgesteld door de raad van toezicht').",
    },
}

# ---------------------------------------------------------------------------------------------
# Near-miss 2: a school's schoolondersteuningsprofiel, .docx
# ---------------------------------------------------------------------------------------------
NEAR_SOP = r"""
= Schoolondersteuningsprofiel 2025–2026
^ Openbare basisschool De Wilgenhoek, Oosterlinge
^ Onderdeel van Stichting Openbaar Primair Onderwijs Lingeland, aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lingestroom (PO 24-17)
^ Vastgesteld door de directeur na advies van het team en de medezeggenschapsraad, 17 juni 2025
~
# Inhoud
> 1. Inleiding
> 2. Onze school
> 3. Basisondersteuning op De Wilgenhoek
> 4. Extra ondersteuning
> 5. Deskundigheid en samenwerking
> 6. Grenzen aan onze ondersteuning
> 7. Ouders en school
> 8. Ambities voor 2025–2026
# 1. Inleiding
Ieder kind is welkom op De Wilgenhoek. In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning wij onze leerlingen kunnen bieden. Het SOP is bedoeld voor ouders die een school zoeken, voor ouders van onze huidige leerlingen en voor het samenwerkingsverband. Het laat zien wat wij als school kunnen en waar onze grenzen liggen.
Volgens de Wet op het primair onderwijs stelt iedere school ten minste eens in de vier jaar een schoolondersteuningsprofiel op. Met de nieuwe wetgeving over de positie van ouders en leerlingen wordt de inhoud van het SOP in de toekomst opgenomen in de schoolgids. Dit is daarom het laatste afzonderlijke SOP van onze school.
Het samenwerkingsverband Lingestroom heeft in het ondersteuningsplan 2025–2029 afgesproken welke basisondersteuning alle scholen in de regio bieden. In dit profiel laten wij zien hoe wij die afspraken op onze school uitvoeren en wat wij daarnaast bieden.
# 2. Onze school
## 2.1 Visie
Op De Wilgenhoek leren kinderen met elkaar en van elkaar. Wij vinden het belangrijk dat kinderen zich veilig voelen, dat zij leren samenwerken en dat zij ontdekken waar hun talenten liggen. Verschillen tussen kinderen zien wij als een kans: een klas waarin kinderen met verschillende achtergronden en mogelijkheden samen leren, bereidt hen goed voor op de maatschappij. Onze kernwaarden zijn vertrouwen, nieuwsgierigheid en respect.
## 2.2 Feiten en cijfers
De Wilgenhoek is een openbare basisschool in de wijk Wilgenhof in Oosterlinge. De school heeft 268 leerlingen in elf groepen. De leerlingen komen uit de wijk en uit de omliggende dorpen. Ongeveer twintig procent van de leerlingen spreekt thuis een andere taal dan Nederlands.
Wij werken met jaargroepen en met een continurooster van 8.30 tot 14.15 uur. In de ochtend werken wij groepsdoorbrekend met de basisvakken. De middagen staan in het teken van wereldoriëntatie, cultuur en bewegen. De school heeft een eigen gymzaal en een groot groen schoolplein, dat na schooltijd openstaat voor de buurt.
Het team bestaat uit 19 leerkrachten, een intern begeleider (0,8 fte), twee onderwijsassistenten, een conciërge en een administratief medewerker. De directeur is tevens directeur van een tweede school van de stichting.
# 3. Basisondersteuning op De Wilgenhoek
## 3.1 Wat bieden wij iedere leerling
Op De Wilgenhoek bieden wij de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet betekent dat voor onze school:
- Onze intern begeleider is vier dagen per week aanwezig en coördineert de ondersteuning.
- Wij volgen alle leerlingen met het leerlingvolgsysteem en bespreken de resultaten drie keer per jaar in groepsbesprekingen.
- Het ondersteuningsteam van de school komt zes keer per jaar bijeen, met de orthopedagoog van het samenwerkingsverband.
- Wij werken met het dyslexieprotocol; zwakke lezers krijgen vanaf groep 2 extra instructie in een klein groepje.
- Wij gebruiken de methode Kwink voor sociaal-emotionele ontwikkeling en hebben een anti-pestcoördinator.
- Voor leerlingen die meer aankunnen is er in iedere groep een verrijkingsaanbod; in groep 5 tot en met 8 werken zij een uur per week in de Denkklas.
- Leerlingen met een taalachterstand krijgen in groep 1 en 2 een extra taalprogramma van twee keer per week een half uur.
- Wij hebben een protocol medisch handelen. Het gebouw is gelijkvloers en toegankelijk voor rolstoelen.
## 3.2 Hoe werken wij
Wij werken handelingsgericht. Dat betekent dat wij kijken naar wat een kind nodig heeft om zich te ontwikkelen, en dat wij de ouders en het kind zelf daarbij betrekken. Iedere leerkracht maakt twee keer per jaar een groepsoverzicht en een groepsplan. Bij zorgen over een leerling bespreekt de leerkracht dit eerst met de ouders en daarna met de intern begeleider.
# 4. Extra ondersteuning
## 4.1 Wat wij extra bieden
Als de basisondersteuning niet voldoende is, kan De Wilgenhoek extra ondersteuning bieden. Op onze school zijn dat:
- een arrangement 'Taal op maat' voor nieuwkomers, in samenwerking met de taalschool van de gemeente;
- begeleiding door een gedragsspecialist (een van onze leerkrachten heeft de opleiding afgerond) voor leerlingen met gedragsvragen, twee ochtenden per week;
- een prikkelarme werkplek in iedere bouw, voor leerlingen die moeite hebben met drukte;
- ondersteuning door een ambulant begeleider van het speciaal onderwijs voor leerlingen met een TLV-indicatie die bij ons blijven.
Voor de meeste vormen van extra ondersteuning stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt met de ouders besproken en door hen ondertekend voor gezien.
## 4.2 Als wij het niet alleen kunnen
Soms heeft een leerling meer nodig dan wij kunnen bieden. Dan bespreken wij samen met de ouders in het ondersteuningsteam wat de mogelijkheden zijn. Soms kan een andere basisschool in de buurt wel de passende ondersteuning bieden. Soms is een school voor speciaal basisonderwijs of speciaal onderwijs passender. Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De intern begeleider bereidt de aanvraag voor; het samenwerkingsverband beslist. Hoe de procedure precies verloopt, leest u in het ondersteuningsplan van het samenwerkingsverband en op de website van Lingestroom.
In de afgelopen drie schooljaren zijn vier leerlingen van onze school naar het sbo gegaan en twee naar het so. Eén leerling is vanuit het sbo teruggekeerd naar De Wilgenhoek; hij kreeg daarbij een jaar lang begeleiding van zijn oude sbo-leerkracht.
# 5. Deskundigheid en samenwerking
## 5.1 Deskundigheid in het team
Alle leerkrachten hebben de scholing 'Handelingsgericht werken' gevolgd. Naast de intern begeleider en de gedragsspecialist hebben wij een taalcoördinator, een rekencoördinator en een specialist jonge kind. In het schooljaar 2025–2026 volgen twee leerkrachten de opleiding specialist meer- en hoogbegaafdheid.
## 5.2 Samenwerking met anderen
Wij werken samen met:
- het expertiseteam van het samenwerkingsverband Lingestroom (orthopedagoog, psycholoog);
- het sociaal wijkteam van de gemeente Oosterlinge, dat iedere twee weken een spreekuur op school heeft;
- de jeugdverpleegkundige van de GGD;
- de logopedist, die op school behandelt;
- de kinderopvang en peuterspeelzaal in hetzelfde gebouw;
- de scholen voor voortgezet onderwijs in de regio, bij de overstap na groep 8.
## 5.3 Overgang naar het voortgezet onderwijs
In groep 7 krijgen alle leerlingen een voorlopig schooladvies, in groep 8 het definitieve advies. Voor leerlingen met een ondersteuningsbehoefte start de intern begeleider al in groep 7 een gesprek met de ouders over de keuze voor een school voor voortgezet onderwijs. Wij zorgen voor een warme overdracht: de leerkracht van groep 8 spreekt de mentor of ondersteuningscoördinator van de nieuwe school. Voor leerlingen die mogelijk in aanmerking komen voor leerwegondersteuning of praktijkonderwijs laten wij in groep 8 de benodigde toetsen afnemen.
## 5.4 Kwaliteit van de ondersteuning
Twee keer per jaar analyseren wij de resultaten van alle groepen. De intern begeleider bespreekt de analyse met het team en met de directeur. Eens in de twee jaar bezoekt het samenwerkingsverband onze school voor een gesprek over de basisondersteuning. Bij het laatste bezoek in maart 2025 voldeden wij aan alle standaarden.
# 6. Grenzen aan onze ondersteuning
Wij willen ieder kind een passende plek bieden, maar wij zijn ook eerlijk over wat wij niet kunnen. Onze grenzen liggen bij:
- leerlingen die intensieve één-op-één begeleiding gedurende de hele dag nodig hebben;
- leerlingen met ernstige gedragsproblemen die de veiligheid van zichzelf of anderen structureel in gevaar brengen;
- leerlingen die verpleegkundige zorg nodig hebben die niet door een ouder of zorgverlener op school kan worden gegeven;
- leerlingen die zo veel prikkels ervaren dat zij in een groep van 25 leerlingen niet tot leren komen, ook niet met een prikkelarme werkplek.
Ook bij deze leerlingen kijken wij altijd eerst samen met ouders en het samenwerkingsverband wat er mogelijk is voordat wij tot de conclusie komen dat een andere school passender is.
# 7. Ouders en school
Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de maandelijkse nieuwsbrief en de ouderapp. Bij de aanmelding heeft de directeur altijd een kennismakingsgesprek met de ouders, waarin ook de ondersteuningsbehoefte van het kind aan bod komt. Ouders van leerlingen met een OPP spreken de leerkracht en de intern begeleider minimaal drie keer per jaar.
Heeft u vragen of zorgen over de ondersteuning van uw kind, dan kunt u altijd terecht bij de leerkracht of de intern begeleider. Komen we er samen niet uit, dan kunt u contact opnemen met de directeur. Ouders kunnen ook terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of bij de onderwijsconsulenten. Onze klachtenregeling vindt u in de schoolgids.
# 8. Ambities voor 2025–2026
Voor het komende schooljaar hebben wij drie ambities:
- Wij willen het aanbod voor meer- en hoogbegaafde leerlingen uitbreiden met een plusgroep voor groep 3 en 4.
- Wij willen het aantal leerlingen dat voor de eindtoets het streefniveau 1F lezen haalt verhogen naar 95 procent.
- Wij willen de samenwerking met de kinderopvang versterken, zodat jonge kinderen met een ondersteuningsbehoefte eerder worden gesignaleerd.
Aan het eind van het schooljaar evalueren wij deze ambities met het team en de medezeggenschapsraad.
"""

LABEL_SOP = {
    "documents": ["sop-obs-de-wilgenhoek-2025-2026.docx"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "Schoolondersteuningsprofiel of one basisschool: describes this school's own basis and extra support, its limits and its ouders contacts; it refers to the verband's ondersteuningsplan for TLV procedures and is adopted by a school director, not by a samenwerkingsverband.",
    },
}

# ---------------------------------------------------------------------------------------------
# Near-miss 3: policy note on one topic (thuiszitters) of a VO verband and municipalities, .md
# ---------------------------------------------------------------------------------------------
NEAR_THUIS = r"""
= Beleidsnotitie Thuiszitters en verzuim 2025–2027
^ Samenwerkingsverband VO Hunzedal (VO 21-04) en de gemeenten Hunzedal, Westerbroek-Aa en Zuidveen
^ Versie 1.2 – besproken in het OOGO van 6 februari 2025; vastgesteld door het bestuur van het samenwerkingsverband en de colleges van B&W in maart 2025
# Inhoud
> 1. Aanleiding
> 2. Begrippen
> 3. De cijfers
> 4. Wat we willen bereiken
> 5. Preventie op school
> 6. Het thuiszittersoverleg
> 7. Onderwijs-zorgarrangementen en vrijstellingen
> 8. Rol van ouders en jongeren
> 9. Middelen
> 10. Zorgplicht en de rol van de scholen
> 11. Gegevensuitwisseling en privacy
> 12. Uitvoeringsagenda
> 13. Monitoring en evaluatie
# 1. Aanleiding
Ieder kind heeft recht op onderwijs. Toch zitten ook in Hunzedal jongeren thuis zonder passend onderwijs. Soms omdat er geen school is die hen kan bieden wat ze nodig hebben, soms omdat ze door angst, somberheid of problemen thuis niet meer naar school durven of kunnen, soms omdat onderwijs en jeugdhulp niet goed op elkaar aansluiten.
In het ondersteuningsplan 2025–2029 van het samenwerkingsverband en in het jeugdbeleidsplan van de gemeenten is afgesproken dat het samenwerkingsverband en de gemeenten samen een aanpak voor thuiszitters en verzuim vaststellen. Deze beleidsnotitie is de uitwerking daarvan. Zij gaat uitsluitend over thuiszitters en verzuim; andere onderwerpen van passend onderwijs, zoals de basisondersteuning, de toelaatbaarheid tot het vso en de verdeling van de middelen, staan in het ondersteuningsplan en het Financieel Kader.
Uit gesprekken met scholen, jeugdteams en leerplichtambtenaren in het najaar van 2024 kwamen drie knelpunten naar voren. Ten eerste worden dreigende thuiszitters vaak te laat gesignaleerd, omdat ziekteverzuim niet altijd als zorgwekkend wordt herkend. Ten tweede ontbreekt het aan een vaste regisseur wanneer een jongere thuis komt te zitten: iedereen voelt zich betrokken, maar niemand neemt de leiding. Ten derde zijn er lange wachttijden bij de jeugd-ggz, waardoor een combinatie van onderwijs en behandeling niet op tijd van de grond komt. Deze notitie geeft op elk van deze knelpunten een antwoord.
Het Thuiszitterspact uit 2016 en de landelijke ambitie 'Ieder kind binnen drie maanden een passend aanbod' vormen het kader voor deze notitie.
# 2. Begrippen
| Begrip | Betekenis in deze notitie |
| Thuiszitter | Een leerplichtige of kwalificatieplichtige jongere die staat ingeschreven op een school en zonder geldige reden vier weken of langer niet naar school gaat (absoluut verzuim valt er ook onder: de jongere staat nergens ingeschreven). |
| Dreigend thuiszitter | Een jongere met langdurig relatief verzuim of een gedeeltelijk rooster zonder perspectief op volledige terugkeer. |
| Vrijstelling | Vrijstelling van de leerplicht op grond van artikel 5 onder a of artikel 15 van de Leerplichtwet. |
| Onderwijs-zorgarrangement | Een combinatie van onderwijs en jeugdhulp of zorg, op school of bij een zorgaanbieder. |
| Doorzettingsmacht | De bevoegdheid om bij een vastgelopen situatie een besluit te nemen dat voor alle partijen bindend is. |
# 3. De cijfers
Op de teldatum 1 oktober 2024 telden de leerplichtambtenaren in de drie gemeenten 27 thuiszitters in het voortgezet onderwijs, van wie 9 langer dan drie maanden thuis zaten. Daarnaast hadden 41 jongeren een vrijstelling op grond van artikel 5 onder a, en waren er 63 jongeren met langdurig relatief verzuim.
| Jaar (1 oktober) | Thuiszitters vo | Waarvan langer dan 3 maanden | Vrijstellingen 5a |
| 2021 | 22 | 8 | 36 |
| 2022 | 25 | 7 | 38 |
| 2023 | 31 | 12 | 40 |
| 2024 | 27 | 9 | 41 |
De meeste thuiszitters zijn tussen 14 en 16 jaar oud. Bij ruim de helft spelen psychische klachten, vaak in combinatie met een autismespectrumstoornis. Een derde van de thuiszitters heeft eerder een plaatsing in het vso gehad of heeft een TLV voor het vso waarvoor geen plek beschikbaar was.
# 4. Wat we willen bereiken
Het samenwerkingsverband en de gemeenten hebben voor de periode 2025–2027 de volgende doelen afgesproken:
- Op 1 oktober 2027 zijn er ten hoogste 15 thuiszitters in het vo in de drie gemeenten.
- Geen enkele jongere zit langer dan drie maanden thuis zonder passend aanbod.
- Het aantal vrijstellingen op grond van artikel 5 onder a daalt met 25 procent ten opzichte van 2024.
- Iedere thuiszitter heeft binnen twee weken na de melding een casusregisseur.
# 5. Preventie op school
De beste aanpak van thuiszitten is voorkomen. Daarom maken de scholen afspraken over het vroegtijdig signaleren van verzuim:
- De mentor neemt bij ongeoorloofd verzuim dezelfde dag contact op met de ouders.
- Bij zorgwekkend ziekteverzuim (meer dan vier keer in twaalf schoolweken of langer dan een week aaneengesloten) meldt de school de leerling bij de jeugdarts volgens de aanpak Medische Advisering Ziekgemelde Leerling (MAZL).
- Bij meer dan 16 uur ongeoorloofd verzuim in vier weken meldt de school de leerling bij de leerplichtambtenaar via het verzuimregister van DUO.
- Iedere school bespreekt leerlingen met zorgwekkend verzuim in het zorgadviesteam, met de leerplichtambtenaar en de jeugdprofessional van het jeugdteam.
Het samenwerkingsverband ondersteunt de scholen met een training 'Verzuim signaleren' voor mentoren en ondersteuningscoördinatoren. In 2025 volgen alle ondersteuningscoördinatoren deze training.
# 6. Het thuiszittersoverleg
Iedere maand komt het thuiszittersoverleg bijeen. Daarin zitten de consulenten van het samenwerkingsverband, de leerplichtambtenaren van de drie gemeenten, een vertegenwoordiger van de jeugdteams en, per casus, de ondersteuningscoördinator van de school. Het overleg bespreekt iedere nieuwe thuiszitter binnen twee weken na de melding en wijst een casusregisseur aan. De casusregisseur maakt samen met de jongere, de ouders en de school binnen vier weken een plan voor de terugkeer naar onderwijs.
Loopt het plan vast, omdat partijen het niet eens worden of omdat er geen passend aanbod is, dan wordt de casus na drie maanden voorgelegd aan de directeur-bestuurder van het samenwerkingsverband en de manager jeugd van de gemeente. Zij nemen samen binnen twee weken een besluit (doorzettingsmacht). Dat besluit is bindend voor de betrokken school en de jeugdhulpaanbieder.
# 7. Onderwijs-zorgarrangementen en vrijstellingen
Voor jongeren die niet volledig naar school kunnen omdat ze ook behandeling of zorg nodig hebben, maken school, jeugdhulpaanbieder en gemeente een onderwijs-zorgarrangement. Het samenwerkingsverband en de gemeenten hebben hiervoor een gezamenlijk arrangeerbudget ingesteld (zie hoofdstuk 9). De tussenvoorziening Entree+ biedt plaats aan 16 jongeren die langdurig niet op school zijn geweest.
Voordat een leerplichtambtenaar een vrijstelling op grond van artikel 5 onder a verleent, vraagt hij het thuiszittersoverleg na te gaan of er toch een vorm van onderwijs mogelijk is. Jongeren met een vrijstelling worden eens per jaar opnieuw besproken.
# 8. Rol van ouders en jongeren
Ouders en jongeren zijn bij ieder plan betrokken. De casusregisseur bespreekt het plan met hen voordat het wordt vastgesteld. Ouders die het niet eens zijn met de aanpak, kunnen terecht bij de onderwijsconsulenten of bij de klachtenregeling van het samenwerkingsverband of de gemeente. De gemeenten zorgen voor onafhankelijke cliëntondersteuning voor gezinnen die dat nodig hebben.
# 9. Middelen
Voor de aanpak van thuiszitters stellen het samenwerkingsverband en de gemeenten in de periode 2025–2027 samen een budget beschikbaar:
| Onderdeel | Samenwerkingsverband | Gemeenten | Totaal per jaar |
| Arrangeerbudget onderwijs-zorg | € 120.000 | € 120.000 | € 240.000 |
| Casusregie (1,5 fte) | € 75.000 | € 75.000 | € 150.000 |
| Tussenvoorziening Entree+ | € 210.000 | € 180.000 | € 390.000 |
| Training scholen | € 15.000 | – | € 15.000 |
| Totaal | € 420.000 | € 375.000 | € 795.000 |
Het arrangeerbudget wordt toegekend door het thuiszittersoverleg, tot een maximum van € 15.000 per jongere per jaar. De toekenning wordt ieder halfjaar geëvalueerd.
# 10. Zorgplicht en de rol van de scholen
De scholen hebben zorgplicht voor leerlingen die bij hen zijn ingeschreven of aangemeld. Dat betekent dat een school een thuiszittende leerling niet kan uitschrijven voordat een andere school de leerling heeft ingeschreven. De besturen hebben afgesproken dat zij de uitschrijving van een leerling met een ondersteuningsbehoefte altijd vooraf melden bij het samenwerkingsverband. Bij een dreigende verwijdering neemt de school contact op met de consulent van het samenwerkingsverband, zodat samen naar een alternatief kan worden gezocht.
Iedere school wijst een vaste contactpersoon thuiszitters aan, meestal de ondersteuningscoördinator. Deze contactpersoon is het aanspreekpunt voor de leerplichtambtenaar en de casusregisseur.
# 11. Gegevensuitwisseling en privacy
Voor de bespreking in het thuiszittersoverleg worden persoonsgegevens van jongeren uitgewisseld tussen school, samenwerkingsverband, gemeente en jeugdhulp. Dat gebeurt op basis van de wettelijke taken van de betrokken partijen en met inachtneming van de AVG. Het samenwerkingsverband en de gemeenten hebben hiervoor een convenant gegevensuitwisseling gesloten. Jongeren en ouders worden vooraf geïnformeerd over de bespreking. Gegevens worden niet langer bewaard dan noodzakelijk.
# 12. Uitvoeringsagenda
| Wanneer | Wat | Wie |
| april 2025 | start maandelijks thuiszittersoverleg nieuwe stijl | samenwerkingsverband en leerplicht |
| juni 2025 | aanstelling casusregisseurs (1,5 fte) | samenwerkingsverband en gemeenten |
| september 2025 | training 'Verzuim signaleren' voor alle ondersteuningscoördinatoren | samenwerkingsverband |
| januari 2026 | eerste halfjaarrapportage monitor | samenwerkingsverband |
| voorjaar 2026 | tussenevaluatie arrangeerbudget | OOGO |
| december 2027 | eindevaluatie notitie | samenwerkingsverband en gemeenten |
# 13. Monitoring en evaluatie
De leerplichtambtenaren leveren iedere drie maanden een overzicht aan van het aantal thuiszitters, het aantal vrijstellingen en de duur van het thuiszitten. Het samenwerkingsverband verwerkt deze gegevens in een monitor, die twee keer per jaar wordt besproken in het OOGO. De monitor laat per school, per gemeente en per leeftijdsgroep zien hoeveel jongeren thuiszitten en hoe lang. Daarnaast houdt het samenwerkingsverband bij hoeveel thuiszitters binnen drie maanden een passend aanbod hebben gekregen en hoe vaak de doorzettingsmacht is ingezet. Eind 2027 wordt de notitie geëvalueerd en, als dat nodig is, bijgesteld. De uitkomsten worden meegenomen in de evaluatie van het ondersteuningsplan en in de volgende versie van het jeugdbeleidsplan van de gemeenten.
"""

LABEL_THUIS = {
    "documents": ["beleidsnotitie-thuiszitters-vo-hunzedal-2025-2027.md"],
    "sector": "vo",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "Single-topic policy note on thuiszitters and verzuim, adopted jointly by a VO verband and three municipalities as an uitwerking of the ondersteuningsplan; it explicitly leaves basisondersteuning, vso-toelaatbaarheid and verdeling of means to the plan itself.",
    },
}

# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------
CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]


def check_label(label):
    """Status rule of Part A: status must follow from the core criteria (+ advisory for partial/missing)."""
    if not label["looks_like_plan"]:
        return
    assert list(label["criteria"]) == CORE
    for el, status in label["elements"].items():
        core = [v for k, v in label["criteria"].items() if k.split(".")[0] == el]
        adv = label.get("advisory_addressed", {}).get(el, [])
        if all(core):
            expected = "present"
        elif any(core) or adv:
            expected = "partial"
        else:
            expected = "missing"
        assert status == expected, (el, status, expected)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # Plan A: PO, docx (running header names element words: a trap, headers do not count)
    to_docx(PLAN_A, OUT / "op-po-lingestroom-2025-2029.docx",
            header="SWV Lingestroom | Ondersteuningsplan 2025–2029 | basisondersteuning · toelaatbaarheid · terugplaatsing · middelen",
            footer="Ondersteuningsplan 2025–2029 – vastgesteld 8 april 2025")
    write_label("op-po-lingestroom-2025-2029", LABEL_A)
    # Plan B: VO, pdf via LibreOffice
    to_pdf(PLAN_B, OUT / "op-vo-hunzedal-2025-2029.pdf",
           header="Samenwerkingsverband VO Hunzedal – Ondersteuningsplan 2025–2029",
           footer="Resultaten, financiën en ouderbetrokkenheid: zie jaarplan en Financieel Kader")
    write_label("op-vo-hunzedal-2025-2029", LABEL_B)
    # Plan C: PO, html web version
    to_html(PLAN_C, OUT / "op-po-dewaarden-2025-2029.html",
            title="Ondersteuningsplan 2025–2029 – SWV De Waarden",
            header="SWV De Waarden | Home | Ouders | Scholen | Ondersteuningsplan | Toelaatbaarheid | Contact")
    write_label("op-po-dewaarden-2025-2029", LABEL_C)
    # Near-misses
    to_pdf(NEAR_JV, OUT / "jaarverslag-swv-po-kempenvelden-2024.pdf",
           header="Jaarverslag 2024 – SWV PO Kempenvelden")
    write_label("jaarverslag-swv-po-kempenvelden-2024", LABEL_JV)
    to_docx(NEAR_SOP, OUT / "sop-obs-de-wilgenhoek-2025-2026.docx",
            header="Schoolondersteuningsprofiel OBS De Wilgenhoek")
    write_label("sop-obs-de-wilgenhoek-2025-2026", LABEL_SOP)
    to_md(NEAR_THUIS, OUT / "beleidsnotitie-thuiszitters-vo-hunzedal-2025-2027.md")
    write_label("beleidsnotitie-thuiszitters-vo-hunzedal-2025-2027", LABEL_THUIS)

    for lab in (LABEL_A, LABEL_B, LABEL_C, LABEL_JV, LABEL_SOP, LABEL_THUIS):
        check_label(lab)
    for name, text in (("A", PLAN_A), ("B", PLAN_B), ("C", PLAN_C)):
        assert word_count(text) >= 3000, (name, word_count(text))
    for name, text in (("JV", NEAR_JV), ("SOP", NEAR_SOP), ("THUIS", NEAR_THUIS)):
        assert word_count(text) >= 1500, (name, word_count(text))
    print("written to", OUT)


if __name__ == "__main__":
    main()
