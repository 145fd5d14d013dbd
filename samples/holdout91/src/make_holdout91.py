#!/usr/bin/env python3
"""Generate the holdout91 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO, concept / vastgesteld /
actualisatie) plus one near-miss document, each with an .expected.yaml label.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a generated .docx with LibreOffice (soffice --headless).
"""
import html
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Mini markup:
#   !title X      title line            !sub X     subtitle / meta line
#   !header X     running header (docx) !pb        page break
#   # X           heading 1             ## X       heading 2
#   > X           table-of-contents line
#   - X           bullet                | a | b |  table row (first row = header)
#   other lines   paragraph text; a blank line ends a paragraph
# ---------------------------------------------------------------------------

def parse(text):
    blocks, para, table = [], [], []

    def flush_para():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table():
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in text.strip("\n").splitlines():
        line = raw.rstrip()
        s = line.strip()
        if s.startswith("|"):
            flush_para()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        flush_table()
        if not s:
            flush_para()
        elif s.startswith("!title "):
            flush_para(); blocks.append(("title", s[7:]))
        elif s.startswith("!sub "):
            flush_para(); blocks.append(("sub", s[5:]))
        elif s.startswith("!header "):
            flush_para(); blocks.append(("header", s[8:]))
        elif s == "!pb":
            flush_para(); blocks.append(("pb", ""))
        elif s.startswith("## "):
            flush_para(); blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush_para(); blocks.append(("h1", s[2:]))
        elif s.startswith("> "):
            flush_para(); blocks.append(("toc", s[2:]))
        elif s.startswith("- "):
            flush_para(); blocks.append(("li", s[2:]))
        else:
            para.append(s)
    flush_para()
    flush_table()
    return blocks


def word_count(text):
    return sum(len(b[1].split()) if isinstance(b[1], str) else
               sum(len(c.split()) for r in b[1] for c in r)
               for b in parse(text))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and order (determinism)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp91")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(text, path, title_meta):
    doc = Document()
    cp = doc.core_properties
    cp.author = title_meta
    cp.title = title_meta
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = title_meta
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for kind, val in parse(text):
        if kind == "header":
            doc.sections[0].header.paragraphs[0].text = val
        elif kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "toc":
            p = doc.add_paragraph(val)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))
    normalize_zip(path)


def write_pdf(text, path, title_meta):
    work = Path(tempfile.mkdtemp(prefix="holdout91_render_"))
    try:
        src = work / (path.stem + ".docx")
        write_docx(text, src, title_meta)
        profile = work / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(work / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_html(text, path, title_meta):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title_meta)}</title>", "</head>", "<body>"]
    in_list = False
    in_toc = False
    for kind, val in parse(text):
        if kind != "li" and in_list:
            out.append("</ul>"); in_list = False
        if kind != "toc" and in_toc:
            out.append("</ol></nav>"); in_toc = False
        if kind == "header":
            out.append(f'<header class="site"><p>{html.escape(val)}</p></header>')
        elif kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="meta"><em>{html.escape(val)}</em></p>')
        elif kind == "pb":
            out.append("<hr>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "toc":
            if not in_toc:
                out.append('<nav class="toc"><ol>'); in_toc = True
            out.append(f"<li>{html.escape(val)}</li>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append(f"<li>{html.escape(val)}</li>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "table":
            out.append("<table>")
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    if in_toc:
        out.append("</ol></nav>")
    out.append('<footer><p>&copy; 2026 &middot; privacyverklaring &middot; cookies &middot; contact</p></footer>')
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(text, path, title_meta):
    out = []
    for kind, val in parse(text):
        if kind == "title":
            out += [f"# {val}", ""]
        elif kind in ("sub", "header"):
            out += [f"*{val}*", ""]
        elif kind == "pb":
            out += ["---", ""]
        elif kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind in ("toc", "li"):
            out.append(f"- {val}")
        elif kind == "p":
            if out and out[-1].startswith("- "):
                out.append("")
            out += [val, ""]
        elif kind == "table":
            if out and out[-1].startswith("- "):
                out.append("")
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


WRITERS = {"docx": write_docx, "pdf": write_pdf, "html": write_html, "md": write_md}

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory, element):
    vals = [v for k, v in criteria.items() if k.split(".")[0] == element]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(element):
        return "partial"
    return "missing"


def write_label(stem, documents, sector, looks, criteria, advisory, notes, declared):
    if looks:
        assert sorted(criteria) == sorted(CORE), stem
        elements = {e: status_from(criteria, advisory, e) for e in ELEMENTS}
        assert elements == declared, (stem, elements, declared)
    else:
        elements = {}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if criteria[k] else 'false'}")
    else:
        lines += ["elements: {}", "criteria: {}"]
    if advisory:
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if advisory.get(e):
                lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {json.dumps(v, ensure_ascii=False)}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")


DOCS = []  # filled below: dicts with stem, fmt, text, title, label data

# ===========================================================================
# 1. PO, concept version with open points (docx)
# ===========================================================================
P1 = r"""
!header CONCEPT v0.8 – Ondersteuningsplan 2026-2030 SWV PO Rivierenkwartier – niet verder verspreiden
!title Ondersteuningsplan 2026-2030
!sub Samenwerkingsverband Passend Primair Onderwijs Rivierenkwartier (PO 27-14)
!sub CONCEPT versie 0.8 – 3 maart 2026 – ter bespreking in de ondersteuningsplanraad (17 maart 2026) en in het OOGO met de gemeenten (24 maart 2026)
!sub Teksten met [OPEN PUNT] worden nog aangevuld. Deze versie is niet bestemd voor publicatie.

| Versie | Datum | Wijziging |
| 0.5 | 12 januari 2026 | Eerste opzet hoofdstukken 1 t/m 5, besproken in directeurenoverleg |
| 0.7 | 9 februari 2026 | Hoofdstukken 6, 7, 9 en 11 toegevoegd; opmerkingen besturen verwerkt |
| 0.8 | 3 maart 2026 | Hoofdstuk 7 aangepast na advies werkgroep Toewijzing; open punten gemarkeerd |
| 0.9 | april 2026 (gepland) | Terugplaatsing, meerjarenbegroting en resultaten invoegen |

!pb
# Inhoudsopgave
> 1. Voorwoord
> 2. Inleiding en leeswijzer
> 3. Onze regio in beeld
> 4. Visie en ambities
> 5. Basisondersteuning: wat elke school biedt
> 6. Extra ondersteuning en een dekkend aanbod
> 7. Toelaatbaarheid tot sbo en so
> 8. Terugplaatsing en overplaatsing naar het basisonderwijs
> 9. Financiën: verdeling en besteding van middelen, meerjarenbegroting
> 10. Resultaten en kwaliteitszorg
> 11. Communicatie
> 12. Samenwerking met gemeenten (OOGO)
> 13. Organisatie en governance
> 14. Personeel en professionalisering
> 15. Planning en overzicht open punten
> Bijlage 1. Begrippenlijst

!pb
# 1. Voorwoord

Voor u ligt het concept van het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Passend Primair Onderwijs Rivierenkwartier. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In de afgelopen jaren hebben onze scholen, besturen en partners veel geleerd over wat werkt en wat niet. We hebben ervaren dat passend onderwijs niet vraagt om meer formulieren, maar om mensen die elkaar kennen, elkaar vertrouwen en samen met ouders zoeken naar wat een kind nodig heeft.

Dit plan is geschreven in een periode van verandering. Het leerlingaantal in onze regio daalt, het lerarentekort raakt ook onze scholen, en de landelijke politiek heeft nieuwe stappen aangekondigd, zoals een landelijke norm voor basisondersteuning en de wet die de positie van ouders en leerlingen versterkt. Tegelijk zien we dat de vraag naar ondersteuning niet kleiner wordt. Meer kinderen hebben te maken met spanning thuis, met een taalachterstand of met gedrag dat de klas onder druk zet. Dat vraagt iets van leraren, van intern begeleiders en van de middelen die we samen te verdelen hebben.

Het plan is tot stand gekomen in een reeks bijeenkomsten met directeuren, intern begeleiders, bestuurders, ouders uit de ondersteuningsplanraad en de gemeenten. Wij danken iedereen die heeft meegedacht. Omdat dit een conceptversie is, zijn niet alle onderdelen al uitgewerkt. De open punten zijn in de tekst gemarkeerd en staan ook in hoofdstuk 15. Wij nodigen de lezers uit om juist op die punten te reageren.

Marjolein van Dort, directeur-bestuurder

# 2. Inleiding en leeswijzer

Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a Wet op het primair onderwijs). Het plan beschrijft hoe de schoolbesturen samen zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. Het plan heeft een looptijd van 1 augustus 2026 tot en met 31 juli 2030.

Het plan volgt in grote lijnen de wettelijke onderwerpen. Na een schets van de regio en onze visie beschrijven we de basisondersteuning, de extra ondersteuning en het dekkende aanbod, de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, de terugplaatsing, de financiën, de resultaten en de communicatie met ouders en scholen. Daarna volgen de samenwerking met de gemeenten, de organisatie en het personeel van het samenwerkingsverband.

Deze conceptversie is bedoeld voor de bespreking in de ondersteuningsplanraad (OPR) en voor het op overeenstemming gericht overleg (OOGO) met de gemeenten Maasveld, Oeverdal en Wijkerbroek. Na verwerking van de reacties volgt versie 0.9, waarover de OPR in mei 2026 om instemming wordt gevraagd. Het algemeen bestuur stelt het plan daarna vast. Het plan wordt vervolgens aan de inspectie gezonden. Wij realiseren ons dat de inzenddatum van 1 mei krap is; de planning staat in hoofdstuk 15.

# 3. Onze regio in beeld

Het samenwerkingsverband omvat de gemeenten Maasveld, Oeverdal en Wijkerbroek. Het is een gebied met twee kleine steden en een groot landelijk deel met dorpen langs de rivier. Negen schoolbesturen zijn bij het samenwerkingsverband aangesloten: openbare, protestants-christelijke, katholieke en algemeen bijzondere besturen, en één bestuur van een vrije school.

| Soort school | Aantal scholen of locaties | Leerlingen (1 oktober 2025) |
| Basisscholen | 52 (waarvan 6 nevenvestigingen) | 10.870 |
| Speciaal basisonderwijs | 2 (De Zandloper en De Brug) | 318 |
| Speciaal onderwijs cluster 3 en 4 | 3 locaties | 236 |

De prognose laat een teruglopend leerlingaantal zien: tot 2030 verwachten we een daling van ongeveer zes procent, vooral in de dorpen. Drie kleine scholen hebben minder dan vijftig leerlingen. Voor de besturen betekent dit dat formatie en huisvesting onder druk staan. Voor het samenwerkingsverband betekent het dat de ondersteuningsmiddelen mee dalen, omdat die per leerling worden toegekend.

In de kernen rond Oeverdal wonen relatief veel gezinnen met een laag inkomen. In Maasveld en Wijkerbroek is het aantal nieuwkomerskinderen de laatste twee jaar gegroeid. De gemeenten hebben elk een eigen toegang tot jeugdhulp, met lokale teams die in wisselende mate op scholen aanwezig zijn.

# 4. Visie en ambities

Onze visie is samen te vatten in één zin: elk kind hoort erbij en krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Wij geloven dat kinderen zich het best ontwikkelen in hun eigen omgeving, samen met kinderen uit hun buurt. Dat betekent niet dat elk kind op de basisschool om de hoek kan blijven. Soms is een andere plek beter. Maar het betekent wel dat we eerst kijken wat er nodig is om een kind in de eigen school te laten slagen.

Vier waarden zijn leidend. Wij kijken naar mogelijkheden en niet alleen naar beperkingen. Wij werken handelingsgericht: we beschrijven wat een kind nodig heeft, niet alleen wat het heeft. Wij zijn partners van ouders, want ouders kennen hun kind het best. En wij werken samen over de grenzen van scholen, besturen en organisaties heen, omdat geen school alles alleen kan.

Uit deze visie volgen onze ambities voor de komende vier jaar. Wij willen de ondersteuning dichter bij de leraar organiseren, de expertise van het sbo en so beter benutten in de basisscholen en de samenwerking met de jeugdhulp versterken. De uitwerking van deze ambities in concrete doelen volgt in hoofdstuk 10.

# 5. Basisondersteuning: wat elke school biedt

## 5.1 Het niveau van basisondersteuning

Basisondersteuning is de ondersteuning die elke school binnen het samenwerkingsverband zelf biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft op 2 december 2025 het niveau van basisondersteuning voor de periode 2026-2030 vastgesteld. Dit niveau is een ondergrens: het geldt voor alle 52 basisscholen en voor iedere vestiging, dus ook voor de nevenvestigingen in de kleine kernen. Geen school mag daaronder zakken, ongeacht het bestuur waartoe de school behoort. Scholen mogen meer bieden dan dit niveau; wat een school meer biedt, beschrijft zij in haar schoolondersteuningsprofiel.

## 5.2 Wat ouders op iedere school mogen verwachten

Het niveau van basisondersteuning bestaat uit tien afspraken. Ouders mogen op iedere school van ons samenwerkingsverband het volgende verwachten:

- een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die leraren ondersteunt en het aanspreekpunt is voor ouders over ondersteuning;
- handelingsgericht werken in een vaste cyclus, met groepsbesprekingen en leerlingbesprekingen ten minste drie keer per jaar;
- een ondersteuningsteam waarin de intern begeleider, de schoolcontactpersoon van het samenwerkingsverband (orthopedagoog) en zo nodig de jeugdverpleegkundige of het lokale team een kind bespreken, met ouders erbij;
- het landelijke protocol leesproblemen en dyslexie en het protocol ernstige reken-wiskundeproblemen en dyscalculie, inclusief hulpmiddelen zoals voorleessoftware;
- een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep, zoals compacten en verrijken;
- een programma voor sociale veiligheid en sociaal-emotionele ontwikkeling, met een gevalideerd volginstrument en een anti-pestcoördinator;
- ondersteuning bij taalachterstand en Nederlands als tweede taal in de groep, met materiaal en begeleiding van de leraar;
- een protocol medisch handelen, zodat eenvoudige medische handelingen op school kunnen worden uitgevoerd;
- een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt, besproken met ouders;
- een zorgvuldige overdracht bij elke overstap, van voorschoolse voorziening naar groep 1 en van groep 8 naar het voortgezet onderwijs.

## 5.3 Borging

Scholen evalueren jaarlijks met de kwaliteitskaart basisondersteuning of zij aan alle tien afspraken voldoen. Eens in de twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen en een orthopedagoog van het samenwerkingsverband de school. Voldoet een school op een of meer afspraken niet, dan maakt het bestuur binnen drie maanden een verbeterplan, waarvan de uitvoering in het volgende schooljaar door het auditteam wordt gecontroleerd.

# 6. Extra ondersteuning en een dekkend aanbod

## 6.1 Het ondersteuningscontinuüm

Wanneer een kind meer nodig heeft dan de basisondersteuning, is er extra ondersteuning. Wij onderscheiden vijf niveaus, die samen een doorlopend geheel vormen.

| Niveau | Wat | Wie organiseert |
| 1 | Ondersteuning in de groep door de leraar | leraar |
| 2 | Extra ondersteuning in de school binnen de basisondersteuning | leraar en intern begeleider |
| 3 | Schoolarrangement na bespreking in het ondersteuningsteam | school met orthopedagoog SWV |
| 4 | Bovenschools arrangement: taalklas, plusklas De Vonk, observatiegroep De Kade, ambulante begeleiding vanuit sbo of so | samenwerkingsverband |
| 5 | Plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs | samenwerkingsverband (TLV) en sbo/so-school |

De bovenschoolse voorzieningen zijn verspreid over de regio. De taalklassen in Maasveld en Wijkerbroek vangen nieuwkomers op in hun eerste jaar. Plusklas De Vonk is er één dag per week voor leerlingen uit groep 5 tot en met 8 die meer uitdaging nodig hebben dan de eigen school kan bieden. Observatiegroep De Kade biedt maximaal twaalf weken plaats aan jonge kinderen van wie nog onduidelijk is wat zij nodig hebben. De sbo- en so-scholen bieden daarnaast consultatie en ambulante begeleiding aan basisscholen.

## 6.2 Zorgplicht en een passende plek voor ieder kind

Wanneer een school een aangemeld kind niet zelf passend onderwijs kan bieden, zoekt zij binnen zes weken, eventueel verlengd met vier weken, een andere passende school. Lukt dat niet, dan meldt de school het kind bij het ondersteuningsloket van het samenwerkingsverband. Het loket roept binnen twee weken de betrokken besturen bij elkaar en wijst een trajectbegeleider aan die verantwoordelijk is totdat het kind een plek heeft.

## 6.3 Witte vlekken en thuiszitters

Elk voorjaar maken wij een analyse van het dekkende aanbod. Intern begeleiders, de sbo- en so-scholen en de lokale teams geven aan voor welke kinderen geen passende plek beschikbaar was of waar wachtlijsten ontstonden. De uitkomsten bespreken wij in het directeurenoverleg en in het OOGO. Uit de analyse van 2025 bleek dat er geen passend aanbod is voor jonge kinderen met ernstige gedrags- en ontwikkelingsvragen die ook jeugdhulp nodig hebben. Samen met de gemeente Oeverdal starten wij daarom in augustus 2026 een onderwijs-zorgklas in een basisschool, met een leraar en een pedagogisch medewerker van de jeugdhulpaanbieder.

Voor kinderen die thuiszitten of dreigen thuis te zitten bestaat een thuiszittersoverleg met de leerplichtambtenaren van de drie gemeenten. Het overleg komt elke zes weken bijeen. Iedere thuiszitter krijgt binnen tien werkdagen een casusregisseur. Als partijen het niet eens worden over een plek, neemt de directeur-bestuurder een besluit (doorzettingsmacht) na overleg met de betrokken besturen.

# 7. Toelaatbaarheid tot sbo en so

## 7.1 Procedure

Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt gedaan door het bestuur van de school waar de leerling staat ingeschreven of is aangemeld. In de praktijk dient de intern begeleider de aanvraag namens het bestuur in bij het ondersteuningsloket.

De aanvraag bevat het groeidocument of het OPP, de evaluatie van de geboden ondersteuning, een recent onderwijskundig rapport en de zienswijze van de ouders. Het loket controleert binnen vijf werkdagen of het dossier volledig is. Daarna vragen wij twee deskundigen om advies: een orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van het kind, een tweede deskundige, zoals een jeugdarts, een kinderpsychiater of een maatschappelijk werker. Ieder geeft een eigen, schriftelijk advies. Een deskundige die bij de aanvraag betrokken was, adviseert niet.

De Commissie Toelaatbaarheid, bestaande uit twee medewerkers van het samenwerkingsverband en een onafhankelijke voorzitter, besluit binnen zes weken na ontvangst van het volledige dossier. Ouders ontvangen een afschrift van de adviezen en van het besluit.

## 7.2 Duur en bekostigingscategorie

Een TLV voor het speciaal basisonderwijs wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een TLV voor het speciaal onderwijs geldt voor twee schooljaren. Bij een TLV so stelt de commissie ook de bekostigingscategorie vast: laag, midden of hoog.

## 7.3 Criteria

[OPEN PUNT 2] De werkgroep Toewijzing herziet de criteria voor toelaatbaarheid tot het sbo en het so. Het voorstel wordt in mei 2026 aan het algemeen bestuur voorgelegd en daarna in dit hoofdstuk opgenomen. De huidige criteria uit het ondersteuningsplan 2022-2026 blijven tot die tijd in gebruik.

## 7.4 Bezwaar

Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert over het bezwaar. Het bestuur van het samenwerkingsverband neemt daarna een nieuw besluit.

# 8. Terugplaatsing en overplaatsing naar het basisonderwijs

[OPEN PUNT 3] Dit hoofdstuk wordt aangeleverd door de werkgroep S(B)O-regulier. De tekst wordt na bespreking in het directeurenoverleg van 7 april 2026 ingevoegd. Deze conceptversie bevat hierover daarom nog geen inhoud.

# 9. Financiën: verdeling en besteding van middelen

## 9.1 Verdeelmodel

Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de bedragen die DUO rechtstreeks afdraagt aan de so-scholen en de groeibekostiging sbo, verdelen wij de middelen volgens het volgende model, dat het algemeen bestuur op 2 december 2025 heeft vastgesteld:

- iedere vestiging ontvangt een vaste voet van € 6.000 per schooljaar;
- ieder bestuur ontvangt € 118 per leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorafgaande jaar;
- schoolarrangementen (niveau 3) worden op aanvraag toegekend door het ondersteuningsloket, op basis van de bespreking in het ondersteuningsteam; de toekenning geldt voor maximaal één schooljaar;
- bovenschoolse voorzieningen (niveau 4) worden rechtstreeks door het samenwerkingsverband bekostigd.

Besturen verantwoorden de ontvangen middelen jaarlijks vóór 1 mei aan het samenwerkingsverband met het verantwoordingsformat.

## 9.2 Reserves

Het samenwerkingsverband houdt een weerstandsvermogen aan van ten hoogste 5% van de totale baten. Het deel van de reserve dat daarboven uitkomt, is in de afgelopen planperiode afgebouwd.

## 9.3 Meerjarenbegroting

[OPEN PUNT 4] De meerjarenbegroting 2026-2030 wordt opgenomen na vaststelling van de kadernota in juni 2026.

| Post | 2026-2027 | 2027-2028 | 2028-2029 | 2029-2030 |
| Baten | p.m. | p.m. | p.m. | p.m. |
| Afdrachten so en sbo | p.m. | p.m. | p.m. | p.m. |
| Middelen naar besturen | p.m. | p.m. | p.m. | p.m. |
| Arrangementen en voorzieningen | p.m. | p.m. | p.m. | p.m. |
| Organisatie | p.m. | p.m. | p.m. | p.m. |

# 10. Resultaten en kwaliteitszorg

[OPEN PUNT 5] De beoogde resultaten voor 2026-2030 en de manier waarop wij die volgen, worden geformuleerd na de evaluatiesessie met de besturen op 19 maart 2026. Een eerste opzet komt in versie 0.9.

# 11. Communicatie

## 11.1 Communicatie met scholen en besturen

Het samenwerkingsverband communiceert met scholen via een digitale nieuwsbrief die zes keer per jaar verschijnt, via het netwerk van intern begeleiders dat vier keer per jaar bijeenkomt en via het directeurenoverleg. Schoolcontactpersonen bezoeken iedere school ten minste vier keer per jaar.

## 11.2 Informatie voor ouders

Ouders vinden op de website van het samenwerkingsverband een ouderpagina met uitleg over de ondersteuning op school, over de tien afspraken van de basisondersteuning, over de arrangementen en voorzieningen in de regio en over de aanvraag van een TLV. De ouderfolder 'Ondersteuning op de basisschool' is beschikbaar in het Nederlands, Engels, Arabisch en Pools en ligt op iedere school. Iedere school vermeldt in haar schoolgids welke ondersteuning zij biedt en verwijst naar de website van het samenwerkingsverband. Twee keer per jaar organiseren wij een informatieavond voor ouders, in het najaar in Maasveld en in het voorjaar in Oeverdal. Ouders kunnen ook bellen of mailen met de ouderconsulent van het samenwerkingsverband.

## 11.3 Onafhankelijke ondersteuning voor ouders

Ouders die een vraag hebben over de ondersteuning van hun kind of het niet eens zijn met de school of met het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenkwartier. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting en is bereikbaar via telefoon, mail en een spreekuur op woensdagochtend. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt de klachtenregeling; het samenwerkingsverband is aangesloten bij de Geschillencommissie Passend Onderwijs.

## 11.4 Ouders als partner

Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP en nemen deel aan het ondersteuningsteam. In de ondersteuningsplanraad hebben zes ouders en zes personeelsleden zitting.

# 12. Samenwerking met gemeenten (OOGO)

Het samenwerkingsverband voert jaarlijks op overeenstemming gericht overleg met de wethouders onderwijs en jeugd van Maasveld, Oeverdal en Wijkerbroek. Over dit concept vindt het OOGO plaats op 24 maart 2026. De gezamenlijke thema's voor de planperiode zijn de aansluiting tussen onderwijs en jeugdhulp, zorg in onderwijstijd, leerlingenvervoer, onderwijshuisvesting en de thuiszitters. De afspraken worden vastgelegd in een gezamenlijke agenda, die jaarlijks wordt geëvalueerd. Wanneer samenwerkingsverband en gemeenten het niet eens worden, volgt de geschillenregeling die in 2022 is afgesproken.

Het lokale team van elke gemeente heeft een vaste contactpersoon per school. In de komende periode werken wij samen met de gemeenten aan een regionale afspraak over de inzet van jeugdhulp onder schooltijd.

# 13. Organisatie en governance

Het samenwerkingsverband is een stichting. De negen aangesloten schoolbesturen vormen samen het algemeen bestuur, dat het ondersteuningsplan en de begroting vaststelt. Het dagelijks bestuur is in handen van de directeur-bestuurder. Het intern toezicht is belegd bij een raad van toezicht met drie onafhankelijke leden. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten van 2021.

Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel en een ondersteuningsplanraad. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris. De verwerking van persoonsgegevens bij aanvragen gebeurt volgens het privacyreglement; dossiers worden drie jaar na het besluit vernietigd.

# 14. Personeel en professionalisering

Het samenwerkingsverband heeft 14,6 fte in dienst: orthopedagogen en psychologen die als schoolcontactpersoon werken, medewerkers van het ondersteuningsloket, een ouderconsulent, een beleidsmedewerker, een controller en een secretariaat. De schoolcontactpersonen zijn geregistreerd als orthopedagoog-generalist of als GZ-psycholoog.

Wij investeren in de deskundigheid van leraren en intern begeleiders met een jaarlijks scholingsaanbod, netwerkbijeenkomsten en leernetwerken rond gedrag en taal. Daarnaast ondersteunen wij de besturen bij het opleiden van onderwijsassistenten die in de groepen extra handen bieden. Voor de ICT-voorzieningen van het samenwerkingsverband wordt in 2026 een nieuw registratiesysteem voor dossiers ingevoerd.

# 15. Planning en overzicht open punten

| Nr. | Open punt | Hoofdstuk | Verantwoordelijk | Gereed |
| 1 | Datum vaststelling en inzending inspectie afstemmen | 2 | directeur-bestuurder | maart 2026 |
| 2 | Criteria toelaatbaarheid sbo en so | 7 | werkgroep Toewijzing | mei 2026 |
| 3 | Terugplaatsing en overplaatsing | 8 | werkgroep S(B)O-regulier | april 2026 |
| 4 | Meerjarenbegroting 2026-2030 | 9 | controller | juni 2026 |
| 5 | Beoogde resultaten en monitoring | 10 | beleidsmedewerker | april 2026 |

Na verwerking van de open punten wordt versie 0.9 aan de OPR voorgelegd. De vaststelling door het algemeen bestuur is gepland op 10 juni 2026.

# Bijlage 1. Begrippenlijst

- Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.
- Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een passende plek is.
- Meerjarenbegroting: de begroting voor meerdere jaren, in lijn met de planperiode.
- OPP: ontwikkelingsperspectiefplan.
- OJSP: ouder- en jeugdsteunpunt.
- Resultaten: de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.
- Terugplaatsing: de overstap van een leerling van het sbo of so naar het regulier basisonderwijs.
- TLV: toelaatbaarheidsverklaring, het besluit dat een leerling toelaatbaar is tot het sbo of so.
- Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen over de besturen.
"""

DOCS.append(dict(
    stem="po-rivierenkwartier-op-2026-2030-concept", fmt="docx", text=P1,
    title="Ondersteuningsplan 2026-2030 SWV PO Rivierenkwartier (concept)",
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"],
              "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    declared={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
              "ouders": "present"},
    notes={
        "basisondersteuning": "§5.1 sets a binding minimum for all 52 schools and every vestiging; §5.2 lists ten concrete afspraken; §5.3 audit and verbeterplan (borging).",
        "plaatsing": "§7.1 procedure (loket, dossier, two deskundigen, Commissie Toelaatbaarheid, 6 weeks), §7.2 duration/category, §7.4 bezwaar via LBT; §7.3 criteria are an [OPEN PUNT] and refer to the previous plan, so criteria not addressed.",
        "terugstroom": "Chapter 8 is only an [OPEN PUNT] placeholder; terugplaatsing otherwise only in TOC, versiebeheer table, open-points table and begrippenlijst.",
        "financien": "§9.1 verdeelmodel with vaste voet € 6.000 and € 118 per leerling (verdeling), §9.2 reserves; §9.3 meerjarenbegroting is an open point with a p.m. table, so besteding not addressed.",
        "dekkend-aanbod": "§6.1 five-level continuum table and bovenschoolse voorzieningen; §6.2 zorgplicht route; §6.3 yearly gap analysis, onderwijs-zorgklas, thuiszittersoverleg with doorzettingsmacht.",
        "resultaten": "Chapter 10 only defers ([OPEN PUNT 5]); visie (§4) points to chapter 10 for goals; no targets or monitoring anywhere.",
        "ouders": "Found under chapter 11 'Communicatie': §11.2 website/folder/schoolgids/informatieavonden, §11.3 Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling, §11.4 role in OPP and OPR.",
    }))

# ===========================================================================
# 2. VO, final adopted plan (docx)
# ===========================================================================
P2 = r"""
!header Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Heuvelrug-Vallei (VO 26-08)
!title Ondersteuningsplan 2026-2030
!sub Stichting Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Vallei (VO 26-08)
!sub Vastgesteld door het algemeen bestuur op 9 april 2026, na instemming van de ondersteuningsplanraad op 24 maart 2026 en na OOGO met de gemeenten op 3 maart 2026.

!pb
# Inhoud
> 1. Voorwoord
> 2. Samenvatting
> 3. Terugblik op 2022-2026
> 4. Onze regio en onze scholen
> 5. Missie, visie en koers
> 6. Ondersteuning op drie niveaus
> 6.1 Basisondersteuning
> 6.2 Extra ondersteuning op school
> 6.3 Bovenschoolse voorzieningen en speciaal onderwijs
> 7. Toewijzing en toelaatbaarheid
> 7.1 Toelaatbaarheid voortgezet speciaal onderwijs
> 7.2 Praktijkonderwijs
> 7.3 Leerwegondersteunend onderwijs
> 7.4 Na de TLV
> 8. Geld en middelen
> 9. Kwaliteit en resultaten
> 10. Ouders en leerlingen
> 11. Gemeenten en jeugdhulp
> 12. Organisatie, medezeggenschap en personeel
> 13. Begrippen en afkortingen

!pb
# 1. Voorwoord

Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Vallei. Het plan is het resultaat van anderhalf jaar gesprekken met schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, gemeenten en jeugdhulpaanbieders. Wat ons in al die gesprekken opviel, is hoe groot de betrokkenheid is bij leerlingen die het op school niet vanzelf redden. Dat is de kracht van onze regio.

Dit plan bouwt voort op het vorige. Veel van wat we in 2022 hebben afgesproken, werkt. De ondersteuningscoördinatoren vormen een sterk netwerk, de bovenschoolse voorzieningen zijn bekend en de lijnen met de gemeenten zijn kort. Tegelijk is er werk te doen. De vraag naar ondersteuning op het gebied van psychisch welzijn groeit, het aantal leerlingen dat vastloopt in de onderbouw van havo en vwo neemt toe en de middelen zijn niet eindeloos. Daarom maken we in dit plan keuzes.

Het plan is vastgesteld na instemming van de ondersteuningsplanraad. Wij danken de leden van de OPR voor hun kritische vragen, die het plan concreter hebben gemaakt.

Het bestuur van het Samenwerkingsverband VO Heuvelrug-Vallei

# 2. Samenvatting

Het samenwerkingsverband zorgt er samen met zeven schoolbesturen voor dat iedere jongere in de regio een passende plek in het onderwijs heeft. In dit plan beschrijven we wat iedere school minimaal aan ondersteuning biedt, welke extra ondersteuning er is op school en bovenschools, hoe leerlingen toelaatbaar worden verklaard tot het voortgezet speciaal onderwijs en het praktijkonderwijs, hoe het leerwegondersteunend onderwijs wordt toegewezen, hoe het geld wordt verdeeld en besteed, welke resultaten we willen bereiken en hoe we ouders en leerlingen informeren.

De belangrijkste veranderingen ten opzichte van het vorige plan zijn: een vaste terugkeerroute van het vso naar het regulier onderwijs, een nieuw budget voor ondersteuning in de onderbouw havo/vwo, een aangescherpte set streefwaarden en een nieuw verdeelmodel waarin een groter deel van de middelen rechtstreeks naar de scholen gaat.

# 3. Terugblik op 2022-2026

In de afgelopen planperiode hebben we veel bereikt. Het deelnamepercentage vso daalde van 3,6% (1 oktober 2021) naar 3,2% (1 oktober 2025). Het aantal leerlingen in het praktijkonderwijs bleef stabiel rond 3,9%. De gemiddelde doorlooptijd van een TLV-aanvraag daalde van negen naar vijf weken. Uit de tevredenheidspeiling van 2025 bleek dat ouders de ondersteuning op school gemiddeld met een 7,2 waarderen, tegen een 6,8 in 2021.

Niet alles is gelukt. Het aantal leerlingen dat vanuit het vso terugkeerde naar het regulier voortgezet onderwijs bleef laag: gemiddeld zes per jaar. Ook thuiszitten blijft in onze regio een hardnekkig vraagstuk. De evaluatie met de scholen liet zien dat mentoren behoefte hebben aan meer kennis over angst- en stemmingsklachten. Die behoefte is meegenomen in het scholingsaanbod.

# 4. Onze regio en onze scholen

Het samenwerkingsverband omvat de gemeenten Heuvelrode, Valleistad, Oosterbeemd en Bergenlo. Zeven schoolbesturen zijn aangesloten. Samen hebben zij 14 scholen voor regulier voortgezet onderwijs met 19 vestigingen, 2 scholen voor praktijkonderwijs en 2 scholen voor voortgezet speciaal onderwijs (cluster 4 en cluster 3) in de regio.

| Schoolsoort | Vestigingen | Leerlingen 1-10-2025 |
| vmbo (incl. lwoo) | 8 | 4.120 |
| havo/vwo en brede scholengemeenschappen | 11 | 7.640 |
| praktijkonderwijs | 2 | 510 |
| voortgezet speciaal onderwijs | 2 | 420 |
| totaal | 23 | 12.690 |

Het leerlingaantal blijft de komende jaren nagenoeg stabiel. In Valleistad groeit het aantal leerlingen licht door nieuwbouw; in Bergenlo en Oosterbeemd daalt het. Het samenwerkingsverband werkt samen met de PO-samenwerkingsverbanden in de regio aan de overstap van groep 8 naar het voortgezet onderwijs.

# 5. Missie, visie en koers

Onze missie is dat iedere jongere in de regio onderwijs volgt dat past bij zijn of haar mogelijkheden en dat leidt tot een diploma, een startkwalificatie of een passende plek op de arbeidsmarkt. Dat onderwijs is zo regulier als mogelijk en zo speciaal als nodig.

In onze visie is de school de plek waar de ondersteuning begint. Mentoren en docenten zien de leerling dagelijks; de ondersteuningscoördinator coördineert, het samenwerkingsverband faciliteert. Wij geloven in korte lijnen en in vertrouwen: scholen hoeven niet voor elke vorm van ondersteuning toestemming te vragen, maar leggen wel verantwoording af over wat zij doen en bereiken.

Onze koers voor de komende vier jaar rust op drie pijlers: sterke basisondersteuning in elke school, een soepele route naar en uit het speciaal onderwijs, en resultaten die we kunnen laten zien.

# 6. Ondersteuning op drie niveaus

## 6.1 Basisondersteuning

Basisondersteuning is de ondersteuning die iedere vestiging van iedere school in ons samenwerkingsverband biedt, ongeacht schoolsoort of bestuur. Het is het gezamenlijk afgesproken minimum; een school kan meer bieden, niet minder. De besturen hebben de volgende standaarden afgesproken. Iedere vestiging heeft:

- een mentor voor iedere klas, met een wekelijks mentoruur in leerjaar 1 en 2;
- een ondersteuningscoördinator die ten minste 0,5 fte per 500 leerlingen beschikbaar is;
- een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de ondersteuningscoördinator, de jeugdarts, de schoolmaatschappelijk werker en de leerplichtambtenaar als vaste deelnemers;
- faciliteiten bij dyslexie en dyscalculie: verlengde toetstijd, vergrote teksten, voorleessoftware en een dyslexiepas;
- trainingen in faalangstreductie en sociale vaardigheden, ten minste eenmaal per jaar;
- steunlessen Nederlands en rekenen in leerjaar 1 en 2;
- begeleiding bij executieve functies (plannen en organiseren) door een begeleider of coach;
- een time-out- of opvangruimte met toezicht gedurende de hele schooldag;
- een verzuimaanpak volgens de methode M@ZL, in samenwerking met de jeugdarts;
- een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische ziekte.

De scholen nemen deze standaarden op in hun schoolgids. De directeur van het samenwerkingsverband voert jaarlijks met iedere schoolleider een schoolgesprek over de basisondersteuning. Voldoet een vestiging niet aan een standaard, dan worden in het gesprek afspraken gemaakt over herstel binnen een schooljaar; de voortgang wordt in het volgende gesprek besproken.

## 6.2 Extra ondersteuning op school

Sommige leerlingen hebben meer nodig dan de basisondersteuning. Dan stelt de school, na bespreking in het OT en met de leerling en ouders, een ontwikkelingsperspectiefplan (OPP) op en zet extra ondersteuning in. Voorbeelden zijn een individueel begeleidingstraject, een reboundtraject binnen de school, een aangepast rooster of een plek in een trajectklas. Iedere school heeft een eigen budget voor extra ondersteuning (zie hoofdstuk 8). Voor leerlingen in de onderbouw havo/vwo met angst- en stemmingsklachten organiseren de scholen vanaf 2026 een nieuwe groepsvoorziening 'Op adem', in samenwerking met de jeugd-ggz.

## 6.3 Bovenschoolse voorzieningen en speciaal onderwijs

Naast de ondersteuning in de school zijn er bovenschoolse voorzieningen. Samen met de basis- en extra ondersteuning vormen zij één doorlopend aanbod: van ondersteuning in de klas tot een plek in het speciaal onderwijs.

| Voorziening | Voor wie | Capaciteit | Duur |
| OPDC De Overstap | leerlingen die tijdelijk niet in het regulier onderwijs kunnen functioneren | 60 plaatsen | maximaal 2 jaar |
| Rebound Heuvelrug | leerlingen met gedragsproblemen die tijdelijk uit de klas moeten | 16 plaatsen | 12 weken |
| Plusvoorziening HB | hoogbegaafde leerlingen die dreigen vast te lopen | 24 plaatsen | 1 dag per week |
| Internationale schakelklas | nieuwkomers 12-18 jaar | 90 plaatsen | 1 tot 2 jaar |
| Onderwijs-zorgarrangement | leerlingen met gecombineerde onderwijs- en zorgbehoefte | maatwerk | per schooljaar |
| Praktijkonderwijs | leerlingen met een toelaatbaarheidsverklaring pro | 2 scholen | hele opleiding |
| Voortgezet speciaal onderwijs | leerlingen met een TLV vso | 2 scholen | looptijd TLV |

Een school kan een leerling aanmelden voor het OPDC of de Rebound via het aanmeldformulier van het samenwerkingsverband. Het OPDC werkt samen met de school van herkomst aan terugkeer.

# 7. Toewijzing en toelaatbaarheid

## 7.1 Toelaatbaarheid voortgezet speciaal onderwijs

Een leerling kan worden ingeschreven op een school voor voortgezet speciaal onderwijs als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, via het digitale aanvraagformulier bij de Commissie Toewijzing en Advies (CTA) van het samenwerkingsverband.

De procedure kent vier stappen.

- Stap 1. De school bespreekt de leerling in het OT en stelt met ouders en leerling vast dat een TLV nodig is. De ondersteuningscoördinator stelt het dossier samen: het OPP met ten minste twee evaluaties, het groeidocument, de inzet van jeugdhulp en de zienswijze van ouders en leerling.
- Stap 2. De CTA controleert binnen vijf werkdagen of het dossier compleet is.
- Stap 3. Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog, en afhankelijk van de leerling een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. Geen van beiden was betrokken bij de aanvraag.
- Stap 4. De CTA besluit binnen zes weken na ontvangst van het complete dossier. Ouders ontvangen een afschrift van de adviezen en van het besluit.

Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan:

| Nr. | Criterium |
| 1 | De ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en de extra ondersteuning van de reguliere school; dit blijkt uit ten minste twee geëvalueerde OPP-cycli, of uit één cyclus bij een acute crisissituatie. |
| 2 | De leerling heeft structureel en intensief ondersteuning nodig op twee of meer domeinen (leren, gedrag, sociaal-emotioneel functioneren, communicatie, zelfredzaamheid). |
| 3 | De leerling heeft gedurende de hele schooldag een kleine, gestructureerde groep nodig met specialistisch geschoolde begeleiding. |
| 4 | Een bovenschoolse voorziening (OPDC of onderwijs-zorgarrangement) is overwogen en biedt geen passend alternatief. |

De TLV vso wordt afgegeven voor twee schooljaren; bij een eerste TLV na een crisisplaatsing voor één schooljaar. De CTA bepaalt de bekostigingscategorie. Uitgangspunt is categorie laag; categorie midden of hoog wordt toegekend bij een lichamelijke beperking, een langdurige ziekte of een meervoudige beperking, op advies van de tweede deskundige.

## 7.2 Praktijkonderwijs

Voor het praktijkonderwijs gelden de landelijke criteria. Een leerling is toelaatbaar als hij een IQ heeft tussen 55 en 80 en leerachterstanden van ten minste 50% op twee of meer van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan één inzichtelijk rekenen of begrijpend lezen is. De school voor praktijkonderwijs vraagt de TLV pro aan bij de CTA, met het onderwijskundig rapport van de basisschool en de testgegevens. De CTA beslist binnen vier weken. Een TLV pro geldt voor de hele duur van de opleiding.

## 7.3 Leerwegondersteunend onderwijs

Ons samenwerkingsverband hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de mogelijkheid om eigen criteria vast te stellen. De vmbo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo aan bij de CTA, uiterlijk op 1 mei voorafgaand aan het schooljaar. De CTA beslist binnen vier weken. Een aanwijzing lwoo geldt voor de hele vmbo-opleiding.

## 7.4 Na de TLV: terug naar het regulier voortgezet onderwijs

Een plek in het vso is in ons samenwerkingsverband geen eindstation. Het beleid is dat iedere vso-leerling ieder jaar de vraag krijgt of een (gedeeltelijke) terugkeer naar het regulier onderwijs mogelijk is. Een leerling keert terug als uit de evaluatie van het OPP blijkt dat de ondersteuningsbehoefte binnen de basis- en extra ondersteuning van een reguliere school kan worden geboden en als de leerling en ouders dat willen. Na terugkeer krijgt de ontvangende school een terugkeerarrangement: maximaal één schooljaar ambulante begeleiding door een begeleider van de vso-school, bekostigd door het samenwerkingsverband met € 4.500 per leerling. Ook een overstap naar het mbo of een andere vso-school wordt zo begeleid.

De route verloopt zo:

- De vso-school evalueert het OPP jaarlijks vóór 1 februari en bespreekt in dat gesprek met leerling en ouders of terugkeer een optie is.
- In het laatste schooljaar van de TLV organiseert de vso-school uiterlijk 1 februari een perspectiefgesprek met leerling, ouders en de ondersteuningscoördinator van een mogelijke ontvangende school.
- Is terugkeer haalbaar, dan meldt de vso-school de leerling aan bij de reguliere school en vraagt zij het terugkeerarrangement aan bij de CTA. De CTA beslist binnen vier weken. Terugkeer gebeurt bij voorkeur per 1 augustus of na een kerstvakantie.
- Is terugkeer (nog) niet haalbaar, dan vraagt de vso-school vóór 1 mei een nieuwe TLV aan, met een onderbouwing waarom verlenging nodig is. De TLV loopt anders af op 31 juli.

Het aantal terugplaatsingen wordt jaarlijks gerapporteerd in het jaarverslag.

# 8. Geld en middelen

## 8.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte ondersteuning (inclusief lwoo en pro) en een budget voor zware ondersteuning. Via DUO worden de bedragen voor de vso-leerlingen en de pro-leerlingen rechtstreeks afgedragen aan de betreffende scholen.

## 8.2 Verdeling over de scholen

Het algemeen bestuur verdeelt de middelen volgens het verdeelmodel dat op 9 april 2026 is vastgesteld:

- Schoolbudget basis- en extra ondersteuning: ieder bestuur ontvangt € 165 per leerling in het regulier vo, op basis van de teldatum 1 oktober van het jaar ervoor. Het bestuur verdeelt dit over de vestigingen naar leerlingaantal.
- Budget onderbouw havo/vwo: € 40 per leerling in leerjaar 1 tot en met 3 havo/vwo, bestemd voor de nieuwe voorziening 'Op adem'.
- Bovenschoolse voorzieningen (OPDC, Rebound, plusvoorziening, onderwijs-zorgarrangementen): rechtstreeks bekostigd door het samenwerkingsverband op basis van het aantal plaatsen.
- Terugkeerarrangementen: € 4.500 per leerling, op aanvraag.

## 8.3 Meerjarenbegroting

| (bedragen x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbudget | 17.940 | 17.890 | 17.830 | 17.760 |
| Afdrachten vso via DUO | 6.410 | 6.350 | 6.280 | 6.220 |
| Afdrachten pro en lwoo | 5.120 | 5.110 | 5.100 | 5.080 |
| Schoolbudgetten (€ 165 per leerling) | 1.937 | 1.930 | 1.925 | 1.918 |
| Budget onderbouw 'Op adem' | 215 | 215 | 215 | 215 |
| Bovenschoolse voorzieningen | 3.180 | 3.200 | 3.220 | 3.240 |
| Terugkeerarrangementen | 45 | 68 | 90 | 90 |
| Organisatie en CTA | 1.080 | 1.090 | 1.100 | 1.110 |
| Resultaat | -47 | -73 | -100 | -113 |

De negatieve resultaten worden gedekt uit de algemene reserve.

## 8.4 Reserves en verantwoording

Het samenwerkingsverband houdt een weerstandsvermogen aan van 4% van de baten. De algemene reserve boven dat niveau wordt in deze planperiode ingezet voor de bovenstaande tekorten. Besturen verantwoorden jaarlijks vóór 1 april hoe zij het schoolbudget hebben besteed, in een vast format met aantallen leerlingen en soorten ondersteuning.

# 9. Kwaliteit en resultaten

## 9.1 Beoogde resultaten

| Doel | Indicator | Stand 2025 | Streefwaarde 2030 |
| Meer leerlingen in het regulier onderwijs | deelnamepercentage vso (1 oktober) | 3,2% | 2,9% |
| Snelle en zorgvuldige besluiten | TLV-besluiten binnen zes weken | 88% | 98% |
| Terugkeer uit het vso | aantal leerlingen dat per jaar terugkeert naar regulier vo of mbo | 6 | 15 |
| Succesvolle terugkeer | teruggekeerde leerlingen die na één jaar nog op de reguliere school zitten | onbekend | 80% |
| Tevredenheid ouders | gemiddeld cijfer tevredenheidspeiling | 7,2 | 7,5 |
| Welbevinden onderbouw | leerlingen 'Op adem' met verbeterde score welbevinden | nulmeting 2026 | 70% |

## 9.2 Monitoring en verantwoording

Het samenwerkingsverband volgt deze indicatoren met een dashboard dat twee keer per jaar wordt geactualiseerd met gegevens van DUO, de eigen registratie van de CTA en de schoolgesprekken. De directeur rapporteert in februari en september aan het algemeen bestuur en de OPR. In het jaarverslag leggen wij verantwoording af over de bereikte resultaten en de inzet van middelen per doel. Om de twee jaar houden wij een tevredenheidspeiling onder ouders, leerlingen en scholen. Halverwege de planperiode, in 2028, volgt een tussentijdse evaluatie; als de resultaten daartoe aanleiding geven, stellen wij het plan bij.

# 10. Ouders en leerlingen

## 10.1 Informatie

Ouders en leerlingen vinden op de website van het samenwerkingsverband de pagina 'Ouderwijzer', met uitleg over basisondersteuning, extra ondersteuning, de bovenschoolse voorzieningen en de toelaatbaarheidsverklaring. Bij de aanmelding in de brugklas ontvangen alle ouders de brochure 'Ondersteuning in het voortgezet onderwijs'. Iedere school beschrijft in haar schoolgids de ondersteuning die zij biedt. Ieder najaar organiseren wij in Valleistad en in Heuvelrode een informatieavond voor ouders van leerlingen in groep 7 en 8 die extra ondersteuning krijgen, samen met de PO-samenwerkingsverbanden. Het eerste aanspreekpunt op school is de mentor, daarna de ondersteuningscoördinator.

## 10.2 Samenwerking met ouders en leerlingen

Ouders en leerlingen worden betrokken bij het OPP. Leerlingen hebben het recht hun mening te geven over hun OPP (hoorrecht). In de ondersteuningsplanraad hebben ouders en leerlingen samen de helft van de zetels.

## 10.3 Ouder- en jeugdsteunpunt

Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten wij samen met de PO-samenwerkingsverbanden in de regio in. De vormgeving wordt in schooljaar 2026-2027 bepaald en daarna aan dit plan toegevoegd.

Ouders die het niet eens zijn met de school, gaan eerst in gesprek met de mentor of de teamleider.

# 11. Gemeenten en jeugdhulp

Het samenwerkingsverband voert jaarlijks OOGO met de vier gemeenten. Over dit plan is op 3 maart 2026 overeenstemming bereikt. De gezamenlijke agenda omvat vier thema's: de aansluiting tussen onderwijs en jeugdhulp, inclusief jeugdhulp op school; de overgang van vo naar mbo en arbeid; leerlingenvervoer; en onderwijshuisvesting voor de bovenschoolse voorzieningen.

Afspraken over leerplicht, verzuim en thuiszitters zijn vastgelegd in het Regionaal Thuiszitterspact dat het samenwerkingsverband met de gemeenten heeft gesloten. Dat pact maakt geen deel uit van dit ondersteuningsplan.

Met de jeugd-ggz en de gemeenten is afgesproken dat de voorziening 'Op adem' gezamenlijk wordt gefinancierd: de gemeenten betalen de inzet van de jeugdhulpprofessional, het samenwerkingsverband de onderwijskant.

# 12. Organisatie, medezeggenschap en personeel

Het samenwerkingsverband is een stichting met een algemeen bestuur, bestaande uit de bestuurders van de zeven aangesloten schoolbesturen, en een directeur die de dagelijkse leiding heeft. Het algemeen bestuur vervult de toezichthoudende rol; het intern toezicht is geregeld volgens het model 'toezicht in het algemeen bestuur'.

De ondersteuningsplanraad telt twaalf leden: zes personeelsleden en zes ouders en leerlingen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel.

Het bureau van het samenwerkingsverband heeft 11,2 fte: de directeur, de CTA-secretaris, drie orthopedagogen, een beleidsmedewerker kwaliteit, een financieel medewerker en ondersteuning. De orthopedagogen zijn ook de consulenten voor de scholen. Het samenwerkingsverband verwerkt persoonsgegevens volgens de AVG en het privacyreglement; dossiers van aanvragen worden drie jaar na het besluit vernietigd.

Deskundigheidsbevordering van ondersteuningscoördinatoren en mentoren vindt plaats in een jaarlijks leernetwerk en via scholing over angst- en stemmingsklachten, in samenwerking met de jeugd-ggz.

## 12.1 ICT en privacy

Het samenwerkingsverband werkt met een digitaal aanvraagsysteem voor de CTA, waarin scholen dossiers veilig kunnen aanleveren. Toegang is beperkt tot de ondersteuningscoördinator van de aanvragende school, de secretaris van de CTA en de deskundigen. In 2026 wordt het systeem gekoppeld aan de leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd.

## 12.2 Planning van de uitvoering

Het ondersteuningsplan wordt uitgewerkt in een jaarplan met een jaarbegroting. Het jaarplan 2026-2027 wordt in juni 2026 vastgesteld. Iedere wijziging van het ondersteuningsplan wordt aan de OPR voorgelegd.

# 13. Begrippen en afkortingen

- CTA: Commissie Toewijzing en Advies.
- Dekkend aanbod: het geheel van voorzieningen waarmee voor iedere leerling een passende plek is, zonder thuiszitters of wachtlijsten.
- Lwoo: leerwegondersteunend onderwijs.
- OJSP: ouder- en jeugdsteunpunt, onafhankelijke plek waar ouders en jongeren terecht kunnen met vragen en klachten.
- OPDC: orthopedagogisch-didactisch centrum.
- OT: ondersteuningsteam.
- Pro: praktijkonderwijs.
- TLV: toelaatbaarheidsverklaring.
- Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.
- Vso: voortgezet speciaal onderwijs.
- Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling die extra ondersteuning nodig heeft een passende plek te bieden.
"""

DOCS.append(dict(
    stem="vo-heuvelrug-vallei-op-2026-2030", fmt="docx", text=P2,
    title="Ondersteuningsplan 2026-2030 SWV VO Heuvelrug-Vallei",
    sector="vo",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"],
              "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"],
              "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    declared={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
              "ouders": "partial"},
    notes={
        "basisondersteuning": "§6.1: minimum for every vestiging, ten standards, yearly schoolgesprek with herstel (borging).",
        "plaatsing": "§7.1 four-step vso procedure with CTA, two deskundigen, 6 weeks, criteria table, duration and categorie; §7.2 pro (national criteria, procedure), §7.3 lwoo; no bezwaar route described.",
        "terugstroom": "Hidden inside the TLV chapter, §7.4 'Na de TLV': yearly check policy, conditions, terugkeerarrangement (€ 4.500), steps with dates and new-TLV route; monitoring in §9.1 table.",
        "financien": "Under the heading 'Geld en middelen' (ch. 8): verdeelmodel € 165/€ 40 per leerling, meerjarenbegroting table 2026-2029 with amounts, reserves 4%, verantwoording format.",
        "dekkend-aanbod": "§6.2/§6.3 describe the continuum (table of voorzieningen) and ch. 11 jeugdhulp/OOGO; gaps, thuiszitters and zorgplicht are only mentioned in passing (ch. 3 'hardnekkig vraagstuk'), referred to the separate Thuiszitterspact (ch. 11) or defined in the begrippenlijst, so lacunes not addressed.",
        "resultaten": "§9.1 targets table with streefwaarden 2030; §9.2 dashboard twice a year, reporting to AB/OPR, jaarverslag, tussentijdse evaluatie 2028; ch. 3 terugblik figures.",
        "ouders": "§10.1 website 'Ouderwijzer', brochure, schoolgids, informatieavond (informatie); §10.3 OJSP is deferred to 2026-2027 and the only other route is the mentor/teamleider at school, so no independent help (steunpunt) addressed; OJSP appears in begrippenlijst only.",
    }))

# ===========================================================================
# 3. PO, final adopted plan (pdf)
# ===========================================================================
P3 = r"""
!header SWV De Kempenbrug PO 30-06 – Ondersteuningsplan 2026-2030 – definitieve versie
!title Samen sterk voor elk kind
!sub Ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Onderwijs De Kempenbrug (PO 30-06)
!sub Definitieve versie. Vastgesteld door het bestuur op 26 maart 2026. De ondersteuningsplanraad heeft op 12 maart 2026 ingestemd. OOGO gevoerd op 19 februari 2026.

!pb
# Inhoudsopgave
> Voorwoord
> 1. Over De Kempenbrug
> 2. Wat hebben we geleerd? Evaluatie 2022-2026
> 3. Missie, visie en uitgangspunten
> 4. Basisondersteuning
> 5. Het ondersteuningsaanbod in de regio
> 6. Toelaatbaarheid tot het speciaal basisonderwijs en speciaal onderwijs
> 7. Terug naar de basisschool: terugplaatsing en overplaatsing
> 8. Thuiszitters en een dekkend netwerk
> 9. Ouders als partner
> 10. Kwaliteitszorg en resultaten
> 11. Financieel beleid en meerjarenbegroting
> 12. Samenwerking met gemeenten en jeugdhulp
> 13. Organisatie, medezeggenschap en personeel
> Bijlage 1. Afkortingen
> Bijlage 2. Kwaliteitskaart basisondersteuning (afzonderlijk document)

!pb
# Voorwoord

Beste lezer,

Samen sterk voor elk kind: dat is de titel van dit ondersteuningsplan, en het is ook de belofte die de twaalf schoolbesturen van De Kempenbrug elkaar en de ouders in de regio doen. Passend onderwijs is in de afgelopen twaalf jaar volwassen geworden. De grote structuurdiscussies liggen achter ons. Wat overblijft is het echte werk: in iedere klas, voor ieder kind, elke dag.

Dit plan is geen revolutie. Het is een verdieping van wat we in de vorige periode zijn begonnen. We houden vast aan het expertisemodel, waarin de kennis van het speciaal basisonderwijs en het speciaal onderwijs zo dicht mogelijk bij de basisschool wordt gebracht. We werken verder aan een netwerk zonder gaten. En we maken een begin met een ouder- en jeugdsteunpunt, zodat ouders een onafhankelijke plek hebben waar zij terechtkunnen.

In de totstandkoming van het plan hebben veel mensen meegedacht: intern begeleiders, directeuren, leraren uit het sbo en so, ouders en personeelsleden in de ondersteuningsplanraad, en de wethouders en beleidsmedewerkers van de zes gemeenten. Dank daarvoor. Wij kijken ernaar uit om dit plan samen met u uit te voeren.

Namens het bestuur,
Rob Verhagen, voorzitter

# 1. Over De Kempenbrug

Samenwerkingsverband Passend Onderwijs De Kempenbrug is het samenwerkingsverband voor het primair onderwijs in de gemeenten Kempendonk, Aalstervelde, Heiloo-Kempen, Bergeijkhoven, Westerdommel en Reusel-Oost. Twaalf schoolbesturen zijn aangesloten, variërend van een eenpitter tot een bestuur met achttien scholen.

| | Aantal | Leerlingen 1-10-2025 |
| Basisscholen (vestigingen) | 41 | 8.930 |
| Scholen voor speciaal basisonderwijs | 2 | 262 |
| Scholen voor speciaal onderwijs (cluster 3 en 4) | 2, met 3 locaties | 198 |

De regio is overwegend landelijk, met twee middelgrote kernen. Het leerlingaantal daalt licht. In twee gemeenten is het aantal kinderen van arbeidsmigranten sterk gegroeid. Het samenwerkingsverband is gevestigd in Kempendonk en heeft daarnaast een werkplek in Bergeijkhoven.

# 2. Wat hebben we geleerd? Evaluatie 2022-2026

In 2025 hebben we de afgelopen planperiode geëvalueerd. We hebben gesproken met directeuren, intern begeleiders, ouders en gemeenten, en we hebben de cijfers van de afgelopen vier jaar naast elkaar gelegd. De belangrijkste conclusies zijn:

- Het expertisemodel werkt: intern begeleiders waarderen de consultatie door sbo- en so-specialisten met een 8,1.
- De tijd tussen aanvraag en besluit over een TLV is sterk verkort.
- Er zijn nog steeds kinderen die te lang thuiszitten of wachten op een plek, vooral jonge kinderen met een combinatie van gedrags- en ontwikkelingsvragen.
- Ouders weten niet altijd waar zij terechtkunnen als zij het niet eens zijn met de school.
- Terugplaatsing vanuit het sbo en so komt nog weinig voor.

De cijfers staan in hoofdstuk 10.

# 3. Missie, visie en uitgangspunten

De Kempenbrug zorgt ervoor dat ieder kind in de regio onderwijs krijgt dat past bij wat het nodig heeft, zo thuisnabij als mogelijk. Wij werken vanuit vijf uitgangspunten:

- Het kind staat centraal, niet het systeem.
- De leraar doet ertoe; wij versterken de leraar.
- Ouders zijn partner en worden vanaf het begin betrokken.
- Expertise gaat naar het kind toe, en niet andersom.
- Wij werken samen met jeugdhulp, zodat onderwijs en zorg elkaar versterken.

Deze uitgangspunten zijn vertaald in de hoofdstukken die volgen. Waar wij keuzes maken, leggen wij uit waarom.

# 4. Basisondersteuning

In het samenwerkingsverband hebben de besturen afgesproken dat alle 41 basisscholen ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is de ondergrens voor elke vestiging, ook voor de kleine dorpsscholen. Het is door het bestuur vastgesteld op 11 december 2025 en geldt voor de hele planperiode.

Basisondersteuning omvat vier onderdelen, die zijn ontleend aan het landelijke referentiekader: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de school en het planmatig en handelingsgericht werken.

Welke voorzieningen en interventies precies tot de basisondersteuning behoren, is uitgewerkt in de Kwaliteitskaart basisondersteuning (bijlage 2). De kwaliteitskaart wordt als afzonderlijk document aan de scholen verstrekt.

Iedere school beoordeelt jaarlijks zelf in hoeverre zij aan de kwaliteitskaart voldoet. Om de drie jaar voert het samenwerkingsverband op iedere school een audit uit, samen met een directeur van een ander bestuur. Scholen die op een of meer onderdelen onder het niveau scoren, krijgen begeleiding van een adviseur van het samenwerkingsverband. Het bestuur van de school rapporteert binnen zes maanden over de verbetering.

# 5. Het ondersteuningsaanbod in de regio

Het ondersteuningsaanbod van De Kempenbrug is opgebouwd als een doorgaande lijn. Wat een school niet zelf kan bieden, kan zij aanvullen met expertise en arrangementen van het samenwerkingsverband. Wat ook dan niet lukt, kan worden geboden in het speciaal basisonderwijs of het speciaal onderwijs.

## 5.1 Extra ondersteuning in de basisschool

Voor kinderen die meer nodig hebben dan de basisondersteuning, kan de school een arrangement inzetten. Het samenwerkingsverband werkt met het expertisemodel: specialisten van de sbo- en so-scholen (gedragsspecialisten, taal-spraakspecialisten, specialisten jonge kind) komen op de basisschool om leraar en kind te ondersteunen. Een arrangement wordt opgesteld in een multidisciplinair overleg (MDO) met ouders, school, de consulent van het samenwerkingsverband en zo nodig de jeugdhulp.

## 5.2 Bovenschoolse voorzieningen

| Voorziening | Doelgroep | Locatie |
| Kempenklas | kinderen uit groep 5-8 met een ontwikkelingsvoorsprong die op school vastlopen | Kempendonk en Bergeijkhoven |
| Taalschool | nieuwkomers in hun eerste jaar in Nederland | Aalstervelde |
| Kleine Kempen | jonge kinderen (4-7 jaar) met een onduidelijk ontwikkelingsbeeld, observatie maximaal 16 weken | sbo De Vonder |
| Onderwijs-zorggroep | kinderen die onderwijs en dagbehandeling combineren | so De Horizon, samen met jeugdhulpaanbieder |

## 5.3 Speciaal basisonderwijs en speciaal onderwijs

De twee scholen voor speciaal basisonderwijs, De Vonder en Het Anker, bieden onderwijs in kleinere groepen met meer specialistische begeleiding. De so-scholen bieden onderwijs aan kinderen met een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte (cluster 3) en aan kinderen met ernstige gedrags- of psychiatrische problematiek (cluster 4). Voor cluster 1 en 2 werken wij samen met de landelijke instellingen.

## 5.4 Doorgaande lijnen

Een goede ondersteuning begint niet pas in groep 1 en houdt niet op in groep 8. Met de voorschoolse voorzieningen en de jeugdgezondheidszorg is afgesproken dat kinderen met een ondersteuningsbehoefte met een warme overdracht naar de basisschool gaan; de intern begeleider van de ontvangende school wordt uitgenodigd voor het overdrachtsgesprek. Voor de overstap naar het voortgezet onderwijs werkt De Kempenbrug samen met het samenwerkingsverband VO in de regio. Leerlingen uit het sbo en so die naar het voortgezet onderwijs gaan, worden in groep 8 besproken in een gezamenlijk overleg van beide samenwerkingsverbanden, zodat de vo-school tijdig weet wat een leerling nodig heeft.

## 5.5 Nieuwkomers en hoogbegaafde leerlingen

Nieuwkomers volgen in hun eerste jaar onderwijs in de Taalschool in Aalstervelde. Daarna stromen zij door naar een basisschool in hun woonplaats, waar de intern begeleider een overgangsplan opstelt. Voor kinderen die in de dorpen wonen en niet dagelijks naar Aalstervelde kunnen reizen, biedt een ambulante NT2-leerkracht begeleiding op de eigen school. Voor hoogbegaafde kinderen die op hun school vastlopen is er de Kempenklas. Met de middelen van de landelijke subsidie voor hoogbegaafdheid is in de vorige planperiode een netwerk van specialisten opgezet dat scholen adviseert.

# 6. Toelaatbaarheid tot het speciaal basisonderwijs en speciaal onderwijs

## 6.1 Wie vraagt aan en wie beslist?

De aanvraag voor een toelaatbaarheidsverklaring wordt gedaan door het bestuur van de school waar het kind is ingeschreven of aangemeld. Aan de aanvraag gaat altijd een MDO vooraf, waarin ouders, school en consulent samen vaststellen dat een plaatsing in het sbo of so nodig is. De school stuurt daarna het groeidocument met de zienswijze van ouders naar het Loket van De Kempenbrug.

Het Loket legt de aanvraag voor aan twee deskundigen, die ieder afzonderlijk schriftelijk adviseren. De eerste deskundige is een orthopedagoog of psycholoog. De tweede deskundige is, afhankelijk van de hulpvraag, een jeugdarts, een maatschappelijk werker, een kinderpsychiater of een pedagoog. De deskundigen zijn niet eerder bij het kind betrokken geweest. De Commissie van Toelaatbaarheid beslist namens het bestuur binnen vier weken na ontvangst van de volledige aanvraag. Ouders ontvangen een kopie van beide adviezen en van het besluit.

## 6.2 Criteria

De Commissie van Toelaatbaarheid toetst de aanvraag aan de volgende criteria.

| | Speciaal basisonderwijs | Speciaal onderwijs |
| Ondersteuningsbehoefte | het kind heeft langdurig een kleinere groep en intensieve begeleiding nodig op leren en/of gedrag | het kind heeft specialistische ondersteuning nodig vanwege een verstandelijke, lichamelijke of psychiatrische problematiek die de mogelijkheden van het sbo overstijgt |
| Voorafgaande ondersteuning | er is ten minste een half jaar een arrangement in de basisschool ingezet en geëvalueerd | er is een arrangement in de basisschool of het sbo ingezet en geëvalueerd, tenzij de problematiek dat onmogelijk maakt |
| Perspectief | de verwachting is dat het kind in het sbo een ontwikkelingsperspectief kan realiseren dat in de basisschool niet haalbaar is | idem, in het so, met een onderbouwing van de benodigde cluster- en bekostigingscategorie |

## 6.3 Duur, bekostigingscategorie en bezwaar

Een TLV sbo geldt tot het einde van het schooljaar waarin het kind de basisschoolleeftijd verlaat. Een TLV so wordt afgegeven voor ten hoogste drie schooljaren. In de TLV so staat de bekostigingscategorie laag, midden of hoog. Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. De Kempenbrug vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.

# 7. Terug naar de basisschool: terugplaatsing en overplaatsing

Een plaatsing in het sbo of so is voor veel kinderen de juiste plek voor de rest van hun basisschooltijd. Maar voor een deel van de kinderen is het een tussenstap. Ons beleid is dat het sbo en so ook werken aan de terugkeer naar een basisschool, wanneer het kind zich zo heeft ontwikkeld dat het daar met de basisondersteuning en een arrangement verder kan. Wij vinden het belangrijk dat een kind terugkeert naar een school dicht bij huis, zodat het weer met kinderen uit de eigen buurt naar school gaat.

Voorwaarden voor terugplaatsing zijn dat het ontwikkelingsperspectief van het kind in een basisschool haalbaar is, dat ouders de terugplaatsing steunen en dat er een ontvangende school is die de benodigde ondersteuning kan bieden. Het kind krijgt na terugkeer een terugplaatsingsarrangement: gedurende een jaar begeleidt een specialist van de sbo- of so-school de leraar van de ontvangende basisschool. Het samenwerkingsverband bekostigt dit arrangement met € 3.200 per kind. Overplaatsing van het so naar het sbo wordt op dezelfde manier ondersteund.

Hoe de evaluatie, het besluit en de overdracht bij terugplaatsing precies verlopen, leggen wij vast in het Protocol terug- en overplaatsing. De werkgroep sbo-so-basisonderwijs stelt dit protocol in schooljaar 2026-2027 op.

# 8. Thuiszitters en een dekkend netwerk

## 8.1 Zicht op het netwerk

Het samenwerkingsverband wil een netwerk zonder gaten. Twee keer per jaar brengen wij in kaart voor welke kinderen geen passende plek beschikbaar is, waar wachtlijsten bestaan en welke kinderen thuiszitten. Dat doen wij met gegevens van de scholen, het Loket en de leerplichtambtenaren. De uitkomsten bespreken wij met de besturen en in het OOGO met de gemeenten. Wanneer blijkt dat een voorziening ontbreekt, stelt het bestuur een werkgroep in die binnen zes maanden met een voorstel komt. Zo is in 2024 de Kleine Kempen ontstaan, omdat jonge kinderen met een onduidelijk ontwikkelingsbeeld te lang moesten wachten.

## 8.2 Thuiszitters

Wanneer een kind langer dan vier weken niet naar school gaat, meldt de school dit bij de leerplichtambtenaar en bij het Loket. Binnen tien werkdagen komt een thuiszittersoverleg bijeen met school, ouders, leerplicht, de consulent van het samenwerkingsverband en de jeugdhulp. Er wordt een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een oplossing te vinden, dan wordt de casus besproken aan de regionale thuiszitterstafel, waar de directeur van het samenwerkingsverband en de gemeente samen doorzettingsmacht hebben.

## 8.3 Zorgplicht

De besturen hebben afgesproken dat een school die een aangemeld kind niet kan plaatsen, altijd zelf zorgt voor een aanbod op een andere school. Het Loket helpt daarbij. Er is geen kind dat na aanmelding zonder school komt te zitten.

# 9. Ouders als partner

## 9.1 Betrokkenheid

Ouders kennen hun kind het best. Daarom worden ouders uitgenodigd voor elk MDO en tekenen zij voor akkoord op het handelingsdeel van het OPP. Bij de aanvraag van een TLV geven ouders hun zienswijze. In de ondersteuningsplanraad zitten zes ouders.

## 9.2 Onafhankelijke ondersteuning

Vanaf 1 augustus 2026 heeft De Kempenbrug een ouder- en jeugdsteunpunt: Steunpunt Ouder & Kind Kempen. Het steunpunt wordt uitgevoerd door een onafhankelijke organisatie voor cliëntondersteuning, die niet bij het samenwerkingsverband of de scholen in dienst is. Ouders kunnen er terecht met vragen over ondersteuning, bij twijfel over een besluit van de school of het samenwerkingsverband en wanneer het gesprek met de school is vastgelopen. Het steunpunt is bereikbaar via een gratis telefoonnummer, per mail en via een inloopspreekuur in Kempendonk en Bergeijkhoven. Het steunpunt bundelt de signalen van ouders en bespreekt die twee keer per jaar met het bestuur van het samenwerkingsverband.

Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie Passend Onderwijs.

## 9.3 Informatie

In de evaluatie gaven ouders aan dat de informatie over het ondersteuningsaanbod versnipperd is. In 2026-2027 ontwikkelen wij daarom samen met de OPR een nieuwe informatievoorziening voor ouders. Tot die tijd kunnen ouders met hun vragen terecht bij de school van hun kind.

# 10. Kwaliteitszorg en resultaten

## 10.1 Hoe wij de resultaten volgen

De Kempenbrug werkt volgens een vaste kwaliteitscyclus. Twee keer per jaar stellen wij de Monitor Passend Onderwijs op, met gegevens over deelnamepercentages, het aantal TLV's en arrangementen, doorlooptijden, thuiszitters en terugplaatsingen. De gegevens komen uit DUO, het registratiesysteem van het Loket en de leerplichtadministratie. De monitor wordt besproken met de besturen, de OPR en de raad van toezicht. Eens per twee jaar meten wij de tevredenheid van ouders en scholen. In het jaarverslag rapporteren wij over de bereikte resultaten en de kosten van de voorzieningen.

## 10.2 Bereikte resultaten 2022-2025

| Indicator | 2022 | 2023 | 2024 | 2025 |
| Deelname sbo (peildatum 1 oktober) | 3,1% | 3,0% | 2,9% | 2,8% |
| Deelname so | 2,3% | 2,3% | 2,2% | 2,2% |
| Gemiddelde doorlooptijd TLV (weken) | 7,5 | 6,1 | 4,8 | 4,2 |
| Aantal thuiszitters langer dan 3 maanden (peildatum 1 juni) | 14 | 11 | 9 | 8 |
| Aantal terugplaatsingen naar de basisschool | 4 | 6 | 3 | 5 |
| Tevredenheid intern begeleiders over consultatie | 7,6 | - | 8,1 | - |

## 10.3 Beoogde resultaten

De beoogde resultaten voor de periode 2026-2030 worden per schooljaar vastgesteld in het jaarplan van het samenwerkingsverband. Het eerste jaarplan verschijnt in september 2026.

# 11. Financieel beleid en meerjarenbegroting

## 11.1 Verdeling

De Kempenbrug ontvangt de rijksbijdrage voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan het so (via DUO) en de bekostiging van het sbo boven de 2%, verdelen wij de middelen als volgt:

- Basisbudget besturen: € 95 per leerling (teldatum 1 oktober t-1), voor de inzet van intern begeleiding en extra handen in de klas.
- Expertisebudget: rechtstreeks aan de sbo- en so-scholen, op basis van het aantal arrangementen dat zij uitvoeren in de basisscholen (€ 2.800 per arrangement).
- Bovenschoolse voorzieningen: rechtstreeks bekostigd op basis van capaciteit.
- Terugplaatsingsarrangementen: € 3.200 per kind.

Besluiten over de verdeling neemt het bestuur bij de vaststelling van de begroting in december. Besturen leggen in het jaarlijkse bestuursgesprek verantwoording af over hun besteding.

## 11.2 Meerjarenbegroting

| Bedragen in € | 2026 | 2027 | 2028 | 2029 |
| Baten rijksbijdrage | 10.850.000 | 10.790.000 | 10.720.000 | 10.660.000 |
| Afdracht so via DUO | 3.910.000 | 3.880.000 | 3.850.000 | 3.820.000 |
| Bekostiging sbo boven 2% | 1.640.000 | 1.610.000 | 1.590.000 | 1.570.000 |
| Basisbudget besturen | 848.000 | 840.000 | 832.000 | 825.000 |
| Expertisebudget sbo/so | 1.960.000 | 1.960.000 | 1.960.000 | 1.960.000 |
| Bovenschoolse voorzieningen | 1.450.000 | 1.470.000 | 1.490.000 | 1.510.000 |
| Terugplaatsingsarrangementen | 16.000 | 22.000 | 29.000 | 32.000 |
| Ouder- en jeugdsteunpunt | 85.000 | 90.000 | 90.000 | 90.000 |
| Bureau en Loket | 960.000 | 975.000 | 990.000 | 1.005.000 |
| Saldo | -19.000 | -57.000 | -111.000 | -152.000 |

De tekorten worden gedekt uit de reserve, die op 31 december 2025 € 1,4 miljoen bedroeg. Het weerstandsvermogen blijft boven de signaleringswaarde van de inspectie.

# 12. Samenwerking met gemeenten en jeugdhulp

Met de zes gemeenten voert De Kempenbrug tweemaal per jaar bestuurlijk overleg, waarvan eenmaal als OOGO. Over dit ondersteuningsplan is het OOGO gevoerd op 19 februari 2026. Gezamenlijke thema's zijn de onderwijs-zorggroepen, de aanpak van thuiszitters, het leerlingenvervoer naar sbo en so, en de inzet van jeugdhulp in de school. Iedere basisschool heeft een vaste contactpersoon van het lokale team.

# 13. Organisatie, medezeggenschap en personeel

De Kempenbrug is een vereniging met een raad van toezicht en een directeur-bestuurder. De algemene ledenvergadering, waarin alle twaalf besturen zitting hebben, keurt de begroting en het jaarverslag goed. De ondersteuningsplanraad bestaat uit twaalf leden, zes ouders en zes personeelsleden, en heeft instemmingsrecht op het ondersteuningsplan.

Het samenwerkingsverband heeft 12,4 fte in dienst, onder wie zes consulenten (orthopedagoog of psycholoog), twee medewerkers van het Loket, een kwaliteitsmedewerker en een controller. Consulenten volgen jaarlijks scholing in het kader van hun registratie. De ICT-omgeving van het Loket voldoet aan de eisen van de AVG; dossiers worden drie jaar na een besluit vernietigd.

## Planning en uitvoering

Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Ieder jaarplan bevat de activiteiten voor het komende schooljaar, de verantwoordelijke medewerker en de begroting van de activiteit. Het jaarplan wordt in juni vastgesteld door het bestuur, na bespreking met de directeuren en de OPR. Het bestuur evalueert het jaarplan in het jaarverslag. Als de omstandigheden daartoe aanleiding geven, wordt het ondersteuningsplan tussentijds gewijzigd; voor iedere wijziging vraagt het bestuur opnieuw instemming van de OPR.

## Communicatie met scholen

De consulenten bezoeken iedere school ten minste vijf keer per jaar. Directeuren en intern begeleiders ontvangen maandelijks een digitale nieuwsbrief en komen vier keer per jaar bijeen in een regionaal netwerk. Nieuwe intern begeleiders krijgen een introductieprogramma waarin zij kennismaken met het Loket, de arrangementen en de werkwijze van de Commissie van Toelaatbaarheid.

## Medezeggenschap en verantwoording

Het bestuur legt jaarlijks verantwoording af aan de algemene ledenvergadering en de raad van toezicht. De OPR ontvangt de conceptbegroting en het jaarverslag en kan daarover advies uitbrengen. Eens per jaar spreekt de OPR met de raad van toezicht. Het reglement van de OPR is in 2025 herzien; de zittingstermijn van leden is vier jaar, met een mogelijkheid tot herbenoeming.

# Bijlage 1. Afkortingen

- MDO: multidisciplinair overleg
- OJSP: ouder- en jeugdsteunpunt
- OOGO: op overeenstemming gericht overleg
- OPP: ontwikkelingsperspectiefplan
- OPR: ondersteuningsplanraad
- SBO: speciaal basisonderwijs
- SO: speciaal onderwijs
- TLV: toelaatbaarheidsverklaring
"""

DOCS.append(dict(
    stem="po-kempenbrug-op-2026-2030", fmt="pdf", text=P3,
    title="Ondersteuningsplan 2026-2030 SWV De Kempenbrug",
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"],
              "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"],
              "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    declared={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
              "ouders": "partial"},
    notes={
        "basisondersteuning": "Ch. 4 sets the common minimum for all 41 schools and describes audits (borging), but gives only the four referentiekader aspects; the concrete voorzieningen are in bijlage 2 'Kwaliteitskaart', a separate document not included, so inhoud not addressed.",
        "plaatsing": "Ch. 6: procedure via Loket with two deskundigen and Commissie van Toelaatbaarheid (4 weeks), criteria table sbo vs so, duration, categorie and bezwaar via LBT.",
        "terugstroom": "Ch. 7 gives policy (aim, conditions, terugplaatsingsarrangement € 3.200), but the procedure (evaluation, decision, overdracht) is deferred to a protocol to be written in 2026-2027.",
        "financien": "Ch. 11 verdeling (€ 95 per leerling, € 2.800 per arrangement, who decides) and a 2026-2029 meerjarenbegroting table with amounts; reserves and verantwoording.",
        "dekkend-aanbod": "Ch. 5 continuum (expertisemodel, table of bovenschoolse voorzieningen, sbo/so); ch. 8 twice-yearly gap mapping, werkgroep within 6 months, thuiszittersoverleg and thuiszitterstafel, zorgplicht.",
        "resultaten": "§10.1 monitoring cycle and §10.2 achieved figures 2022-2025, but §10.3 defers the beoogde resultaten 2026-2030 to future jaarplannen, so doelen not addressed.",
        "ouders": "§9.2 OJSP 'Steunpunt Ouder & Kind Kempen', Onderwijsconsulenten, klachten/GPO (steunpunt); §9.3 says information on the support offer is still to be developed in 2026-2027 and parents should ask the school, so informatie not addressed.",
    }))

# ===========================================================================
# 4. VO, mid-term update (actualisatie) restating only part (pdf)
# ===========================================================================
P4 = r"""
!header SWV VO Meerwaarde (VO 21-03) – Actualisatie ondersteuningsplan 2024-2028 – februari 2026
!title Actualisatie ondersteuningsplan 2024-2028
!sub Tussentijdse bijstelling 2026 – Samenwerkingsverband Voortgezet Onderwijs Meerwaarde (VO 21-03)
!sub Vastgesteld door het bestuur op 19 maart 2026 na instemming van de ondersteuningsplanraad op 10 maart 2026. Geldig vanaf 1 augustus 2026 tot en met 31 juli 2028.

!pb
# Inhoud
> 1. Inleiding: waarom een actualisatie?
> 2. Wat verandert er en wat blijft hetzelfde?
> 3. Ontwikkelingen sinds 2024
> 4. Tussentijdse evaluatie: waar staan we?
> 5. Bijgestelde doelen en monitoring 2026-2028
> 6. Terugplaatsing en overplaatsing: nieuwe werkwijze
> 7. Financiën: nieuw verdeelmodel en meerjarenbegroting 2026-2029
> 8. Organisatie, bestuur en personeel
> 9. Totstandkoming van deze actualisatie
> Bijlage. Begrippen

!pb
# Voorwoord

Twee jaar geleden stelden wij het ondersteuningsplan 2024-2028 vast. Wij beloofden toen dat het plan geen papieren tijger zou worden, maar een werkdocument dat wij halverwege kritisch tegen het licht zouden houden. Dat hebben wij gedaan. De tussentijdse evaluatie was openhartig: er is veel goed gegaan, maar een aantal afspraken was te vaag om op te kunnen sturen, en de terugkeer van leerlingen uit het voortgezet speciaal onderwijs is achtergebleven.

Deze actualisatie is daarom kort en gericht. Wij beschrijven alleen wat verandert. Wij danken de ondersteuningscoördinatoren, de docenten van het vso, de leden van de ondersteuningsplanraad en de gemeenten voor hun bijdragen. In het bijzonder danken wij de werkgroep terugplaatsing, die in korte tijd een nieuwe werkwijze heeft ontwikkeld die breed wordt gedragen.

Hanneke Postma, directeur-bestuurder

# 1. Inleiding: waarom een actualisatie?

In het voorjaar van 2024 heeft het Samenwerkingsverband VO Meerwaarde het ondersteuningsplan 2024-2028 vastgesteld. Daarin hebben wij afgesproken dat wij halverwege de planperiode de balans opmaken en het plan waar nodig bijstellen. Dit document is die tussentijdse bijstelling. Het is geen nieuw ondersteuningsplan.

Drie redenen maken een bijstelling nodig. In de eerste plaats liet de tussentijdse evaluatie zien dat een aantal doelen uit het plan te weinig concreet was om er goed op te kunnen sturen. In de tweede plaats heeft de inspectie bij haar bezoek in oktober 2025 geconstateerd dat de werkwijze bij terugplaatsing vanuit het voortgezet speciaal onderwijs onvoldoende was vastgelegd. In de derde plaats dalen de baten van het samenwerkingsverband door de krimp van het aantal leerlingen en de afbouw van de reserves, waardoor een nieuw verdeelmodel nodig is.

Deze actualisatie vervangt daarom drie onderdelen van het ondersteuningsplan 2024-2028: paragraaf 2.3 (doelen), hoofdstuk 6 (terugplaatsing) en hoofdstuk 8 (financiën). Alle andere hoofdstukken van het ondersteuningsplan 2024-2028 blijven ongewijzigd van kracht en worden in dit document niet herhaald. Het ondersteuningsplan 2024-2028 en deze actualisatie moeten dus samen worden gelezen.

# 2. Wat verandert er en wat blijft hetzelfde?

| Onderdeel ondersteuningsplan 2024-2028 | Status na actualisatie |
| H1 Missie en visie | ongewijzigd |
| H2 Doelen (par. 2.3) | vervangen door hoofdstuk 4 en 5 van deze actualisatie |
| H3 Basisondersteuning | ongewijzigd |
| H4 Ondersteuningscontinuüm en dekkend aanbod | ongewijzigd |
| H5 Toelaatbaarheid vso, pro en lwoo | ongewijzigd |
| H6 Terugplaatsing en overplaatsing | vervangen door hoofdstuk 6 van deze actualisatie |
| H7 Ouders en leerlingen | ongewijzigd |
| H8 Financiën en meerjarenbegroting | vervangen door hoofdstuk 7 van deze actualisatie |
| H9 Samenwerking met gemeenten, thuiszittersaanpak | ongewijzigd |
| H10 Organisatie | gewijzigd, zie hoofdstuk 8 |

# 3. Ontwikkelingen sinds 2024

## 3.1 Landelijke ontwikkelingen

Sinds de vaststelling van het ondersteuningsplan is er landelijk veel in beweging. Het kabinet heeft in april 2025 een volgende stap aangekondigd in de verbetering van passend onderwijs. Een belangrijk onderdeel is de landelijke norm voor basisondersteuning. Wanneer die norm wettelijk wordt vastgelegd, zullen de afspraken over basisondersteuning in ons samenwerkingsverband daarop worden aangepast. Zolang dat niet het geval is, blijven de afspraken in hoofdstuk 3 van het ondersteuningsplan 2024-2028 van kracht.

Daarnaast verplicht de wet die de positie van ouders en leerlingen in het passend onderwijs versterkt, samenwerkingsverbanden tot het inrichten van een ouder- en jeugdsteunpunt. Hoe wij daaraan invulling geven, beschrijven wij in het nieuwe ondersteuningsplan 2028-2032. Tot die tijd verandert er voor ouders niets ten opzichte van hoofdstuk 7 van het ondersteuningsplan.

Ook de aanpak van bovenmatige reserves heeft gevolgen voor ons samenwerkingsverband. Eind 2023 hadden wij een reserve die ruim boven de signaleringswaarde lag. Die reserve is in 2024 en 2025 grotendeels ingezet; de rest wordt in 2026 en 2027 besteed (zie hoofdstuk 7).

## 3.2 Regionale ontwikkelingen

Het aantal leerlingen in het regulier voortgezet onderwijs in onze regio daalt sneller dan in 2024 werd verwacht. Op 1 oktober 2025 telden de aangesloten scholen 9.840 leerlingen, 3,1% minder dan twee jaar eerder. De prognose voor 2028 is 9.400 leerlingen. Vooral de vmbo-afdelingen in de kleinere kernen krimpen. Twee besturen onderzoeken een fusie van hun vmbo-locaties in Drachtwoude.

Het lerarentekort is in onze regio minder groot dan in de Randstad, maar voor specifieke functies, zoals orthopedagogen en docenten in het voortgezet speciaal onderwijs, is het moeilijk om vacatures te vervullen. Het samenwerkingsverband heeft in 2025 samen met de besturen een regionale opleidingsroute voor ondersteuningscoördinatoren opgezet.

## 3.3 Kengetallen

| Bestuur | Vestigingen | Leerlingen 1-10-2023 | Leerlingen 1-10-2025 |
| Stichting Christelijk VO Drachtwoude | 4 | 3.410 | 3.300 |
| Openbaar VO Oosterhaule | 3 | 2.620 | 2.540 |
| Stichting Katholiek en Interconfessioneel VO | 2 | 1.880 | 1.820 |
| Scholengroep Tijnjeveen | 3 | 2.250 | 2.180 |
| Totaal regulier vo | 12 | 10.160 | 9.840 |

Naast de reguliere scholen maken twee scholen voor praktijkonderwijs en een school voor voortgezet speciaal onderwijs cluster 4 deel uit van het samenwerkingsverband. Leerlingen met een TLV voor cluster 3 volgen onderwijs op vso-scholen buiten de regio.

## 3.4 Wat betekent dit voor het samenwerkingsverband?

De daling van het aantal leerlingen heeft directe gevolgen voor de baten van het samenwerkingsverband, die grotendeels per leerling worden berekend. Tegelijk daalt de vraag naar ondersteuning niet evenredig: het aandeel leerlingen met een OPP is in twee jaar gestegen van 6,1% naar 6,8%. Dat betekent dat er per leerling met een ondersteuningsbehoefte minder geld beschikbaar is. In hoofdstuk 7 beschrijven wij hoe het nieuwe verdeelmodel daarmee omgaat.

# 4. Tussentijdse evaluatie: waar staan we?

## 4.1 Aanpak van de evaluatie

In de periode september tot en met december 2025 hebben wij de eerste twee jaar van het ondersteuningsplan geëvalueerd. Wij hebben daarvoor de gegevens uit ons registratiesysteem en van DUO geanalyseerd, een vragenlijst uitgezet onder alle ondersteuningscoördinatoren en schoolleiders (respons 81%), en groepsgesprekken gevoerd met ondersteuningscoördinatoren, met docenten uit het vso en met de leden van de ondersteuningsplanraad.

## 4.2 Bereikte resultaten

De doelen uit paragraaf 2.3 van het ondersteuningsplan 2024-2028 en de stand van zaken eind 2025 zijn samengevat in de volgende tabel.

| Doel uit OP 2024-2028 | Indicator | Nulmeting 2023 | Stand 2025 | Beoordeling |
| Meer leerlingen in het regulier onderwijs | deelname vso (1 oktober) | 4,1% | 3,8% | op koers |
| Meer leerlingen in het regulier onderwijs | deelname pro (1 oktober) | 4,6% | 4,7% | niet op koers |
| Goede overgang po-vo | aandeel leerlingen met warme overdracht | 72% | 91% | behaald |
| Terugkeer uit het vso | aantal leerlingen dat terugkeert naar regulier vo | 3 | 4 | niet op koers |
| Tevreden scholen | tevredenheid ondersteuningscoördinatoren over het SWV | 6,9 | 7,4 | op koers |
| Tevreden docenten vso | waardering samenwerking met regulier vo | geen meting | 6,2 | nulmeting |

De daling van het deelnamepercentage vso is vooral het gevolg van een strengere beoordeling van herhaalaanvragen en van de inzet van bovenschoolse trajecten. Het deelnamepercentage pro is niet gedaald. Uit de gesprekken bleek dat scholen de doelen uit 2024 te algemeen vonden: doelen als 'meer leerlingen in het regulier onderwijs' gaven weinig richting. De terugkeer uit het vso bleef achter bij wat wij wilden. Docenten uit het vso gaven aan dat zij niet wisten wie het initiatief moest nemen en wanneer.

## 4.3 Kwalitatieve bevindingen

Naast de cijfers leverde de evaluatie een aantal kwalitatieve bevindingen op. Ondersteuningscoördinatoren waarderen de korte lijnen met de consulenten van het samenwerkingsverband en de snelheid waarmee vragen worden beantwoord. Zij vinden het administratieve werk rond aanvragen te zwaar. Schoolleiders vragen om meer zekerheid over de middelen, zodat zij personeel langer kunnen aanstellen. De leden van de OPR vroegen om een duidelijker verband tussen de middelen en de resultaten. Die punten zijn verwerkt in de hoofdstukken 5 en 7.

# 5. Bijgestelde doelen en monitoring 2026-2028

## 5.1 Doelen

Op basis van de evaluatie stellen wij de doelen voor de rest van de planperiode als volgt vast. Iedere doelstelling heeft een indicator en een streefwaarde voor 31 juli 2028.

| Nr. | Doel | Indicator | Streefwaarde 2028 |
| D1 | Leerlingen die extra ondersteuning nodig hebben, volgen vaker regulier onderwijs | deelnamepercentage vso op 1 oktober 2027 | 3,5% of lager |
| D2 | Leerlingen in het pro krijgen een passende plek | deelnamepercentage pro op 1 oktober 2027 | 4,5% of lager |
| D3 | Meer vso-leerlingen keren terug naar het regulier vo of stromen door naar het mbo | aantal terugplaatsingen per schooljaar | ten minste 10 |
| D4 | Terugkeer is duurzaam | teruggeplaatste leerlingen die na een jaar nog op de reguliere school zitten | ten minste 75% |
| D5 | Leerlingen met een OPP halen een diploma of startkwalificatie | aandeel leerlingen met een OPP dat uitstroomt met diploma | ten minste 80% |
| D6 | Scholen zijn tevreden over de ondersteuning door het SWV | gemiddeld cijfer vragenlijst scholen | 7,5 of hoger |

Aan ieder doel is in de begroting een budget gekoppeld (zie paragraaf 7.4).

## 5.2 Monitoring

Het samenwerkingsverband volgt de doelen met een kwartaalrapportage aan het bestuur. Daarin staan de actuele cijfers uit het registratiesysteem, DUO en de schoolgegevens over uitstroom. Twee keer per jaar, in november en juni, worden de resultaten besproken met de ondersteuningscoördinatoren en met de ondersteuningsplanraad. De vragenlijst onder scholen wordt jaarlijks in november afgenomen. Over de bereikte resultaten rapporteren wij in het jaarverslag, met per doel de bereikte waarde, een toelichting en de bestede middelen. In het voorjaar van 2028 evalueren wij de hele planperiode als basis voor het nieuwe ondersteuningsplan.

# 6. Terugplaatsing en overplaatsing: nieuwe werkwijze

Dit hoofdstuk vervangt hoofdstuk 6 van het ondersteuningsplan 2024-2028. Het beschrijft de stappen bij de terugplaatsing of overplaatsing van leerlingen uit het voortgezet speciaal onderwijs naar het regulier voortgezet onderwijs.

## 6.1 Stappen

| Stap | Wat | Wie | Wanneer |
| 1 | Bespreking perspectief in de jaarlijkse OPP-evaluatie | vso-school met de leerling en zijn ouders of verzorgers | jaarlijks vóór 1 december |
| 2 | Signaal aan het SWV wanneer terugkeer een reële optie is | vso-school (commissie van begeleiding) | uiterlijk 15 januari |
| 3 | Overdrachtsoverleg met een mogelijke ontvangende school | consulent SWV (voorzitter), vso-school, ontvangende school | februari-maart |
| 4 | Besluit over terugplaatsing | commissie van begeleiding vso-school, na advies van het overdrachtsoverleg | uiterlijk 1 april |
| 5 | Aanmelding bij de ontvangende school | ouders, met ondersteuning van de vso-school | vóór 1 mei |
| 6 | Evaluatie na terugplaatsing | consulent SWV met ontvangende school | na 3 en na 10 maanden |

## 6.2 Toelichting

In het laatste jaar van de TLV is de vso-school wettelijk verplicht om de terugplaatsing of overplaatsing voor te bereiden. In de nieuwe werkwijze gebeurt dat voortaan ieder jaar, en niet pas in het laatste jaar. Wanneer in stap 4 wordt besloten dat terugkeer (nog) niet verantwoord is, vraagt de vso-school een nieuwe TLV aan volgens de procedure in hoofdstuk 5 van het ondersteuningsplan 2024-2028. De TLV loopt in dat geval niet af voordat er een besluit is genomen.

De consulent van het samenwerkingsverband is verantwoordelijk voor het bewaken van de termijnen. Na iedere stap legt de consulent de uitkomst vast in het registratiesysteem. In het jaarverslag rapporteren wij over het aantal leerlingen dat in stap 1 is besproken, het aantal signalen in stap 2 en het aantal daadwerkelijke terugplaatsingen.

## 6.3 Een voorbeeld

Sem (15) zit sinds twee jaar op de vso-locatie in Drachtwoude. In de OPP-evaluatie van november bespreekt de mentor met Sem en zijn moeder hoe het gaat: Sem heeft zijn gedrag beter onder controle, haalt voldoendes voor de meeste vakken en wil graag een vmbo-diploma halen op een gewone school. De commissie van begeleiding stuurt in januari een signaal aan het samenwerkingsverband. De consulent organiseert in februari een overdrachtsoverleg met de ondersteuningscoördinator van een vmbo-school in Oosterhaule. In maart besluit de commissie van begeleiding dat Sem na de zomer kan overstappen; zijn moeder meldt hem in april aan. Na drie maanden en na tien maanden evalueert de consulent met de school hoe het gaat.

In de oude situatie was dit gesprek pas gevoerd in het laatste jaar van de TLV, en had niemand de regie gehad over het contact met de vmbo-school. De werkgroep heeft bewust gekozen voor een vaste jaarlijkse bespreking, zodat de vraag naar terugkeer een normaal onderdeel wordt van de begeleiding in het vso.

# 7. Financiën: nieuw verdeelmodel en meerjarenbegroting 2026-2029

## 7.1 Uitgangspunten

Dit hoofdstuk vervangt hoofdstuk 8 van het ondersteuningsplan 2024-2028. Het nieuwe verdeelmodel gaat in per 1 januari 2027. Uitgangspunten zijn: zekerheid voor scholen over meerdere jaren, eenvoud in de administratie en een duidelijk verband tussen middelen en doelen.

Tot nu toe werkte het samenwerkingsverband met een model waarin scholen ieder jaar opnieuw budgetten aanvroegen op basis van het aantal leerlingen met een OPP. Dat leidde tot veel administratie, tot onzekerheid bij de scholen over de hoogte van hun budget en tot het risico dat scholen leerlingen vooral een OPP gaven om budget te krijgen. Schoolleiders gaven in de evaluatie aan dat zij daardoor personeel alleen met tijdelijke contracten konden aanstellen. Het nieuwe model gaat uit van een vast bedrag per leerling dat voor drie jaar wordt toegezegd. Daarnaast is een deel van de middelen direct gekoppeld aan de doelen van hoofdstuk 5, zodat zichtbaar wordt welke middelen voor welk resultaat worden ingezet.

## 7.2 Verdeelmodel

Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning, na aftrek van de afdrachten voor lwoo en pro, en de middelen voor zware ondersteuning, na aftrek van de afdrachten aan het vso, als volgt:

- Schoolbudget: ieder bestuur ontvangt € 210 per leerling in het regulier vo op de teldatum 1 oktober van het voorafgaande jaar, met een vaste voet van € 25.000 per vestiging. Het schoolbudget wordt voor drie jaar toegezegd op basis van de leerlingprognose; afwijkingen van meer dan 5% worden achteraf verrekend.
- Doelbudget: € 180.000 per jaar voor terugplaatsing (doel D3 en D4), waaruit per teruggeplaatste leerling € 6.000 wordt vergoed aan de ontvangende school, voor extra begeleiding van de leerling in het eerste jaar na terugkeer.
- Voorzieningenbudget: rechtstreekse bekostiging van de bovenschoolse voorzieningen, op basis van een vast aantal plaatsen per jaar, vastgesteld bij de begroting.
- Bureau en consulenten: maximaal 8% van de baten.

Het bestuur stelt het verdeelmodel jaarlijks bij de begroting in december vast, na advies van het directeurenoverleg.

## 7.3 Verantwoording

Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 mei, in een format waarin zij aangeven hoeveel leerlingen ondersteuning hebben ontvangen en welke soort ondersteuning is ingezet.

## 7.4 Meerjarenbegroting 2026-2029

| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning | 6.820 | 6.690 | 6.570 | 6.460 |
| Baten zware ondersteuning | 8.940 | 8.760 | 8.600 | 8.450 |
| Afdracht lwoo en pro | 5.610 | 5.520 | 5.440 | 5.360 |
| Afdracht vso | 5.730 | 5.590 | 5.470 | 5.360 |
| Schoolbudgetten | 2.420 | 2.470 | 2.380 | 2.300 |
| Doelbudget terugplaatsing | 60 | 180 | 180 | 180 |
| Voorzieningenbudget | 1.510 | 1.480 | 1.440 | 1.410 |
| Bureau en consulenten | 1.080 | 1.060 | 1.040 | 1.020 |
| Resultaat | -650 | -810 | -780 | -620 |
| Algemene reserve ultimo | 2.950 | 2.140 | 1.360 | 740 |

## 7.5 Reserves en risico's

De negatieve resultaten in 2026-2029 zijn bewust gekozen om de bovenmatige reserve af te bouwen. Eind 2029 ligt de reserve naar verwachting op het niveau van het benodigde weerstandsvermogen van ongeveer 5% van de baten. Het grootste financiële risico is een stijging van het aantal vso-leerlingen; een stijging van 0,1 procentpunt kost het samenwerkingsverband ongeveer € 160.000 per jaar.

## 7.6 Financiële sturing

Het bestuur ontvangt ieder kwartaal een financiële rapportage, gelijktijdig met de rapportage over de doelen. Daarin staan de realisatie ten opzichte van de begroting, een prognose voor het hele jaar en een toelichting op afwijkingen groter dan € 25.000. De accountant controleert jaarlijks de jaarrekening en de rechtmatigheid van de bestedingen. De raad van toezicht keurt de begroting en de jaarrekening goed en bespreekt twee keer per jaar de risico's met de directeur-bestuurder.

# 8. Organisatie, bestuur en personeel

Per 1 januari 2026 is de bestuursstructuur gewijzigd. Het samenwerkingsverband heeft nu een directeur-bestuurder en een raad van toezicht met vijf leden, van wie drie onafhankelijk. De schoolbesturen vormen samen de algemene vergadering, die de begroting, het jaarverslag en wijzigingen van het ondersteuningsplan goedkeurt. De statuten zijn in december 2025 aangepast.

Het bureau van het samenwerkingsverband telt 9,6 fte. De functie van kwaliteitsmedewerker is nieuw; deze medewerker is verantwoordelijk voor de kwartaalrapportages en het jaarverslag. Het aantal consulenten blijft vier. Het samenwerkingsverband heeft in 2025 een nieuw registratiesysteem in gebruik genomen, dat ook de monitoring ondersteunt. De verwerking van persoonsgegevens is getoetst door de functionaris gegevensbescherming.

## 8.1 Professionalisering

De regionale opleidingsroute voor ondersteuningscoördinatoren bestaat uit zes bijeenkomsten per jaar en wordt verzorgd door de consulenten van het samenwerkingsverband, samen met een hogeschool. In 2025-2026 nemen veertien ondersteuningscoördinatoren deel. Daarnaast organiseert het samenwerkingsverband twee keer per jaar een studiemiddag voor mentoren en docenten over een actueel thema, zoals executieve functies of schoolverzuim. De kosten van de opleidingsroute zijn opgenomen in de post Bureau en consulenten.

## 8.2 Registratiesysteem en privacy

Het nieuwe registratiesysteem maakt het mogelijk om de voortgang van de doelen in hoofdstuk 5 per kwartaal te rapporteren zonder extra uitvraag bij de scholen. Scholen hebben via een beveiligde omgeving toegang tot de gegevens van hun eigen leerlingen. Het samenwerkingsverband heeft met alle besturen een verwerkersovereenkomst gesloten. De bewaartermijn van dossiers is drie jaar na het laatste besluit.

## 8.3 Communicatie met scholen

Over de wijzigingen in deze actualisatie informeren wij de scholen via de nieuwsbrief van april 2026 en via twee regionale bijeenkomsten voor schoolleiders en ondersteuningscoördinatoren in mei 2026. De consulenten bespreken de nieuwe werkwijze bij terugplaatsing in de zomer met iedere vso-locatie en met de ondersteuningscoördinatoren van de reguliere scholen.

# 9. Totstandkoming van deze actualisatie

De concepttekst van deze actualisatie is in januari 2026 besproken in het directeurenoverleg en in de algemene vergadering. Op 3 februari 2026 is de tekst besproken in het op overeenstemming gericht overleg met de gemeenten Drachtwoude, Oosterhaule en Tijnjeveen; de gemeenten hebben ingestemd. De ondersteuningsplanraad heeft op 10 maart 2026 ingestemd. Het bestuur heeft de actualisatie op 19 maart 2026 vastgesteld. Het document is op 24 maart 2026 aan de inspectie gezonden en op de website gepubliceerd, samen met het ondersteuningsplan 2024-2028.

De ondersteuningsplanraad heeft bij zijn instemming twee aandachtspunten meegegeven: de OPR wil in de kwartaalrapportage ook zien hoeveel leerlingen in stap 1 van de nieuwe werkwijze zijn besproken, en de OPR vraagt het bestuur om in het voorjaar van 2027 te evalueren of het vaste bedrag per leerling toereikend is voor de kleinere vestigingen. Het bestuur heeft beide punten overgenomen.

## 9.1 Op weg naar het ondersteuningsplan 2028-2032

In schooljaar 2027-2028 start de voorbereiding van het nieuwe ondersteuningsplan. De evaluatie van deze planperiode, voorzien in het voorjaar van 2028, vormt daarvoor de basis. Het bestuur legt in september 2027 een procesplan voor aan de ondersteuningsplanraad, waarin staat hoe scholen, leerlingen, ouders en gemeenten bij de totstandkoming worden betrokken. Het nieuwe plan wordt vóór 1 mei 2028 aan de inspectie gezonden.

# Bijlage. Begrippen

- Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband bieden (zie OP 2024-2028, hoofdstuk 3).
- Dekkend aanbod: voor iedere leerling is er een passende plek.
- Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.
- Pro: praktijkonderwijs.
- Terugplaatsing: de overstap van het vso naar het regulier voortgezet onderwijs.
- TLV: toelaatbaarheidsverklaring voor het vso of pro.
- Vso: voortgezet speciaal onderwijs.
"""

DOCS.append(dict(
    stem="vo-meerwaarde-actualisatie-2026", fmt="pdf", text=P4,
    title="Actualisatie ondersteuningsplan 2024-2028 SWV VO Meerwaarde",
    sector="vo",
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"terugstroom": ["monitoring"],
              "financien": ["reserves", "verantwoording"],
              "resultaten": ["meetbaar"]},
    declared={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present",
              "ouders": "missing"},
    notes={
        "basisondersteuning": "Mid-term update: ch. 2 table says H3 'ongewijzigd', §3.1 refers to hoofdstuk 3 of the (absent) OP 2024-2028 and to a future landelijke norm; begrippenlijst only. Nothing addressed.",
        "plaatsing": "Only 'H5 Toelaatbaarheid ... ongewijzigd' in the ch. 2 table and a reference to 'hoofdstuk 5 van het ondersteuningsplan 2024-2028' in §6.2; TLV counts/vso percentages are results, not procedure or criteria.",
        "terugstroom": "Ch. 6 step table (who, what, when, decision by commissie van begeleiding, evaluation after 3 and 10 months) and §6.2 (yearly instead of last TLV year, new TLV if not) give the procedure; the policy is spread outside ch. 6: aims as goals D3/D4 (§5.1: at least 10 returns a year, 75% durable) and support after return as the doelbudget (§7.2: € 6.000 per pupil for extra begeleiding in the first year). Monitoring via §5.1 and §6.2.",
        "financien": "Ch. 7: verdeelmodel (€ 210 per leerling, vaste voet € 25.000, doelbudget), meerjarenbegroting 2026-2029 with amounts, reserves afbouw, verantwoording.",
        "dekkend-aanbod": "Only 'H4 ... ongewijzigd' and 'H9 ... thuiszittersaanpak ongewijzigd' in the ch. 2 table, a budget line 'Voorzieningenbudget' and the begrippenlijst; no continuum or gap handling described.",
        "resultaten": "§4.2 achieved results table, §5.1 goals D1-D6 with streefwaarden 2028, §5.2 quarterly monitoring, reporting to OPR and jaarverslag.",
        "ouders": "§3.1 defers the OJSP to the next plan and refers to hoofdstuk 7 of the absent OP; 'ouders' otherwise only as participants in a procedure step (§6.1) and in the begrippenlijst. Nothing addressed.",
    }))

# ===========================================================================
# 5. PO, final plan as web version (html)
# ===========================================================================
P5 = r"""
!header Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Nieuws | Contact
!title Ondersteuningsplan 2026-2030
!sub Samenwerkingsverband Passend Onderwijs Havenzoom PO (PO 28-05) – webversie van het vastgestelde plan (bestuur 2 april 2026, instemming OPR 26 maart 2026). De pdf-versie kunt u downloaden onderaan deze pagina.

# Op deze pagina
> 1. Woord vooraf
> 2. Havenzoom in het kort
> 3. Waar staan we voor?
> 4. Basisondersteuning: wat elke school biedt
> 5. Extra ondersteuning en het aanbod in de regio
> 6. Toelaatbaarheid tot sbo en so
> 7. Na het sbo of so: terug naar de basisschool
> 8. Geen kind tussen wal en schip
> 9. Geld
> 10. Wat willen we bereiken?
> 11. Ouders
> 12. Samen met gemeenten
> 13. Organisatie en medezeggenschap
> 14. Woordenlijst

# 1. Woord vooraf

Dit is de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Onderwijs Havenzoom. Wij hebben ervoor gekozen het plan op onze website te publiceren in gewone taal, zodat ouders, leraren en andere belangstellenden het gemakkelijk kunnen lezen. Het plan is vastgesteld door het bestuur op 2 april 2026, nadat de ondersteuningsplanraad had ingestemd en het op overeenstemming gericht overleg met de gemeenten Havenstad, Zoomdijk en Molenvliet was afgerond.

Het plan is bewust een plan op hoofdlijnen. Wij beschrijven wat wij met elkaar hebben afgesproken en wat u als ouder of school mag verwachten. De uitwerking per jaar staat in het jaarplan en de begroting, die wij afzonderlijk publiceren. Zo blijft het plan leesbaar en kunnen we elk jaar bijsturen.

Havenzoom bestaat in 2026 twaalf jaar. In die jaren hebben we geleerd dat passend onderwijs vooral mensenwerk is. Een goed plan helpt, maar het verschil wordt gemaakt door de leraar die net even langer naar een kind kijkt, door de intern begeleider die de juiste mensen om tafel krijgt en door ouders die meedenken. Dit plan is voor hen geschreven.

## Wat is er nieuw in dit plan?

Ten opzichte van het vorige plan is er een aantal dingen veranderd. De besturen hebben voor het eerst een gezamenlijke ondergrens voor de basisondersteuning afgesproken, het Havenzoom-niveau. Er is een observatiegroep voor jonge kinderen bijgekomen, De Aanloop. Ouders kunnen terecht bij een onafhankelijk Ouder- en Jeugdsteunpunt. De aanpak van thuiszitters is aangescherpt, met vaste termijnen. En de route na het sbo of so is nu voor iedereen hetzelfde, met vaste momenten. Tot slot hebben wij voor het eerst doelen geformuleerd die wij in cijfers kunnen uitdrukken.

# 2. Havenzoom in het kort

Havenzoom is het samenwerkingsverband voor het primair onderwijs in de gemeenten Havenstad, Zoomdijk en Molenvliet. Er zijn zeven schoolbesturen aangesloten met samen 46 basisscholen, twee scholen voor speciaal basisonderwijs (De Steiger en De Kaap) en één school voor speciaal onderwijs cluster 4 (De Vuurtoren). Daarnaast hebben kinderen uit onze regio een plek op so-scholen voor cluster 3 buiten de regio. In totaal gaan er ruim 11.000 kinderen naar school in ons samenwerkingsverband.

De regio is divers. Havenstad is een stad met een haven, industrie en wijken waar veel gezinnen het financieel moeilijk hebben. Zoomdijk en Molenvliet zijn landelijker, met veel kleine dorpsscholen. Het aantal leerlingen in de stad is stabiel; in de dorpen daalt het. Veel scholen hebben te maken met personeelstekort, en het aantal kinderen met een taalachterstand is in de stad hoger dan gemiddeld.

# 3. Waar staan we voor?

Wij willen dat ieder kind in de regio naar een school kan die bij hem of haar past, het liefst in de eigen buurt en samen met vriendjes en vriendinnetjes uit de straat. Wij geloven dat kinderen zich het best ontwikkelen als zij erbij horen. Daarom investeren wij in de kracht van de gewone basisschool, en zorgen wij dat speciale expertise naar de school komt in plaats van het kind naar de expertise.

Drie woorden geven aan hoe we willen werken: dichtbij, samen en duidelijk. Dichtbij: ondersteuning zo veel mogelijk in de eigen klas en de eigen school. Samen: met ouders, met de jeugdhulp en met elkaar. Duidelijk: iedereen moet kunnen weten wat er mogelijk is, wie wat doet en wie beslist.

# 4. Basisondersteuning: wat elke school biedt

Basisondersteuning is de ondersteuning die iedere basisschool van Havenzoom biedt aan alle kinderen, zonder dat daarvoor iets hoeft te worden aangevraagd. De zeven besturen hebben met elkaar een gezamenlijke ondergrens afgesproken: het Havenzoom-niveau. Iedere school en iedere locatie moet dit niveau halen, en scholen spreken elkaar daarop aan. Een school mag meer bieden; wat zij meer biedt, staat in haar schoolgids.

Op iedere basisschool in Havenzoom kunt u rekenen op:

- een intern begeleider die u kunt spreken over de ontwikkeling van uw kind;
- een vaste werkwijze om de ontwikkeling van kinderen te volgen, met toetsen en observaties, en om tijdig te signaleren dat een kind vastloopt;
- hulp bij lezen en spelling volgens het dyslexieprotocol, en begeleiding bij rekenproblemen;
- uitdaging voor kinderen die meer aankunnen dan het gewone lesprogramma, zoals verrijkingswerk en een plusgroep binnen de school of het bestuur;
- een aanpak voor sociale veiligheid en pesten, met een aanspreekpunt voor kinderen en ouders;
- ondersteuning van kinderen die Nederlands als tweede taal leren;
- een schoolmaatschappelijk werker of een contactpersoon van het wijkteam die op vaste momenten op school is;
- afspraken over medisch handelen, zodat kinderen met bijvoorbeeld diabetes of epilepsie naar school kunnen;
- een ondersteuningsteam waarin school, ouders en een orthopedagoog van Havenzoom samen kijken naar wat een kind nodig heeft;
- een warme overdracht bij de overstap naar een andere school en naar het voortgezet onderwijs.

Elk jaar vullen de scholen een korte zelfevaluatie in. Iedere vier jaar bezoekt een team van Havenzoom de school voor een kwaliteitsgesprek over de basisondersteuning.

# 5. Extra ondersteuning en het aanbod in de regio

Soms heeft een kind meer nodig dan de basisondersteuning. Dan kijkt de school samen met ouders en het ondersteuningsteam wat er nodig is. Dat kan extra ondersteuning in de eigen school zijn, bijvoorbeeld een aangepast programma, begeleiding door een specialist of een korte training. Het kan ook een plek in een van de voorzieningen van Havenzoom zijn.

- De Taalhaven: een taalklas voor nieuwkomers in hun eerste jaar in Nederland, op twee locaties in Havenstad.
- Het Kompas: een dagdeel per week voor kinderen die veel meer uitdaging nodig hebben.
- De Aanloop: een kleine observatiegroep voor kinderen uit groep 1 tot en met 4, voor maximaal een half jaar, om uit te zoeken wat een kind nodig heeft.
- Ambulante begeleiding: specialisten van het sbo en so begeleiden leraren op de basisschool.
- Onderwijs-zorgarrangementen: voor kinderen die naast onderwijs ook zorg nodig hebben, samen met de jeugdhulp.
- Speciaal basisonderwijs en speciaal onderwijs: voor kinderen die een specialistische school nodig hebben.

Samen vormen de basisondersteuning, de extra ondersteuning op school, de voorzieningen en het speciaal (basis)onderwijs één doorlopende lijn.

## Jonge kinderen

Voor de allerjongsten werken wij samen met de kinderopvang, de peuteropvang en de jeugdgezondheidszorg. Als er op de peuteropvang zorgen zijn over de ontwikkeling van een kind, bespreekt de pedagogisch medewerker dit met de ouders en, met hun toestemming, met de intern begeleider van de basisschool waar het kind naartoe gaat. Zo kan de school zich voorbereiden en hoeft een kind niet eerst vast te lopen voordat er hulp komt.

# 6. Toelaatbaarheid tot sbo en so

## Hoe werkt het?

Wanneer een kind een plek nodig heeft in het speciaal basisonderwijs of speciaal onderwijs, is een toelaatbaarheidsverklaring (TLV) nodig. Die wordt aangevraagd door het schoolbestuur van de school waar het kind staat ingeschreven, meestal via de intern begeleider. Ouders worden hierover altijd vooraf betrokken en geven hun mening in een zienswijze, die bij de aanvraag hoort.

- De school bespreekt het kind in het ondersteuningsteam en vult het groeidocument in.
- De school dient de aanvraag in bij de Commissie Toelaatbaarheid van Havenzoom.
- Twee deskundigen geven ieder schriftelijk advies: een orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag van het kind, zoals een jeugdarts of een kinderpsychiater.
- De Commissie Toelaatbaarheid beslist binnen zes weken. U krijgt een kopie van de adviezen en van het besluit.

## Wanneer is een kind toelaatbaar?

De commissie geeft een TLV voor het sbo af als het kind voor langere tijd onderwijs nodig heeft in een kleinere groep met meer structuur en specialistische begeleiding, en als de basisschool met extra ondersteuning van Havenzoom gedurende ten minste een half jaar onvoldoende heeft kunnen bieden. Voor het so geldt daarnaast dat het kind ernstige gedrags- of psychiatrische problemen heeft (cluster 4) of een verstandelijke of lichamelijke beperking of langdurige ziekte (cluster 3) waardoor het op de hele schooldag specialistische zorg en onderwijs nodig heeft die het sbo niet kan bieden. Bij jonge kinderen zonder eerdere schoolervaring kan de commissie afwijken van de termijn van een half jaar.

## Hoe lang geldt een TLV en wat als u het niet eens bent?

Een TLV sbo geldt voor twee schooljaren. Een TLV so geldt ook voor twee schooljaren en vermeldt een bekostigingscategorie (laag, midden of hoog). Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken bij Havenzoom. Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie.

# 7. Na het sbo of so: terug naar de basisschool

Hoe gaat het als een kind in het sbo of so zit en de TLV bijna afloopt?

- Ieder jaar bespreekt de commissie van begeleiding van de sbo- of so-school het ontwikkelingsperspectief van het kind, samen met ouders.
- In het laatste jaar van de TLV neemt de commissie van begeleiding uiterlijk 1 maart een besluit: het kind blijft (en de school vraagt een nieuwe TLV aan), of het kind gaat naar een basisschool of een andere school.
- Gaat het kind naar een basisschool, dan organiseert de sbo- of so-school vóór 1 mei een overdrachtsgesprek met ouders en de nieuwe school. Een consulent van Havenzoom sluit aan.
- De TLV eindigt op 31 juli. Het kind start na de zomervakantie op de nieuwe school.
- Na drie maanden is er een evaluatiegesprek op de nieuwe school.

# 8. Geen kind tussen wal en schip

## Zicht op het netwerk

Ieder kind moet een passende plek hebben. Om te weten waar dat niet lukt, houden wij bij welke kinderen thuiszitten, welke kinderen op een wachtlijst staan en voor welke kinderen geen passend aanbod beschikbaar is. Deze gegevens verzamelen wij samen met leerplicht en de jeugdhulp. Eens per jaar bespreken wij ze met de besturen en met de gemeenten. Blijkt er een gat in het aanbod te zijn, dan spreken wij af wie het oppakt en wanneer. Zo is De Aanloop ontstaan: jonge kinderen wachtten te lang op duidelijkheid.

## Thuiszitters

Als een kind niet naar school gaat, of maar een deel van de week, meldt de school dat binnen een week bij leerplicht en bij Havenzoom. Een consulent van Havenzoom roept binnen twee weken iedereen bij elkaar: ouders, school, leerplicht en waar nodig de jeugdhulp. Samen maken zij een plan om het kind zo snel mogelijk weer naar school te laten gaan. Lukt het niet om het eens te worden, dan neemt de directeur van Havenzoom een besluit.

## Zorgplicht

Als u uw kind aanmeldt bij een school, moet die school een passende plek bieden: op de eigen school of op een andere school die het kind kan toelaten. Scholen in Havenzoom helpen elkaar daarbij. Lukt het niet, dan schakelt de school een consulent van Havenzoom in.

# 9. Geld

Havenzoom ontvangt geld van de overheid voor de ondersteuning van leerlingen. Hoe dat geld over de besturen, de voorzieningen en het sbo en so wordt verdeeld en waaraan het wordt besteed, leest u in de Begroting 2026 en de Meerjarenraming 2026-2029. Die documenten vindt u op de pagina Financiën van deze website.

# 10. Wat willen we bereiken?

Voor de komende vier jaar hebben wij de volgende doelen voor kinderen die extra ondersteuning nodig hebben. Bij ieder doel staat wat wij in 2030 willen bereiken.

| Doel | Wat willen we in 2030 bereiken? |
| Meer kinderen krijgen de ondersteuning die ze nodig hebben in de eigen school | deelnamepercentage sbo en so samen 3,8% of lager (peildatum 1 oktober) |
| Geen enkel kind zit langer dan drie maanden thuis | 0 kinderen langer dan drie maanden thuis |
| Jonge kinderen krijgen snel duidelijkheid | 90% van de kinderen in De Aanloop heeft binnen een half jaar een passende vervolgplek |
| Nieuwkomers sluiten goed aan | 80% van de kinderen uit De Taalhaven gaat na een jaar naar een gewone groep |
| Ouders voelen zich gehoord | ouders waarderen de samenwerking met school en Havenzoom met een 7,5 of hoger |

Hoe wij deze resultaten gaan meten en erover rapporteren, werken wij uit in een nieuw kwaliteitskader. Dat is naar verwachting in het voorjaar van 2027 klaar.

# 11. Ouders

## Informatie

Deze website is de belangrijkste informatiebron voor ouders. Op de pagina Ouders vindt u uitleg over basisondersteuning, extra ondersteuning, de voorzieningen van Havenzoom en de TLV, met filmpjes en veelgestelde vragen. De folder 'Ondersteuning voor uw kind' ligt op iedere school en is er ook in het Engels, Turks en Arabisch. Iedere school vermeldt in haar schoolgids welke ondersteuning zij biedt. Twee keer per jaar houden wij een ouderavond over een actueel thema. Heeft u een vraag, dan kunt u op werkdagen bellen met het Ouderloket van Havenzoom.

## Onafhankelijk advies

Soms wilt u met iemand praten die niet bij de school of bij Havenzoom hoort. Dat kan bij het Ouder- en Jeugdsteunpunt Havenzoom. Het steunpunt is onafhankelijk en wordt uitgevoerd door MEE Zuidwest. U kunt er terecht met vragen over de ondersteuning van uw kind, als u het niet eens bent met een besluit of als het gesprek met school is vastgelopen. Het steunpunt kan ook met u meegaan naar een gesprek. Daarnaast kunt u contact opnemen met de Onderwijsconsulenten, een landelijke en gratis dienst. Klachten over Havenzoom kunt u indienen volgens onze klachtenregeling.

## Meedoen

Ouders zijn altijd welkom bij het ondersteuningsteam en bij het opstellen van het ontwikkelingsperspectief van hun kind. In de ondersteuningsplanraad praten zes ouders mee over het beleid van Havenzoom.

# 12. Samen met gemeenten

Havenzoom werkt nauw samen met de gemeenten Havenstad, Zoomdijk en Molenvliet. Twee keer per jaar is er bestuurlijk overleg en eens per jaar OOGO. Belangrijke onderwerpen zijn de onderwijs-zorgarrangementen, jeugdhulp in de school, het leerlingenvervoer naar sbo en so, en de aanpak van thuiszitters. In Havenstad werkt op iedere school een contactpersoon van het wijkteam. In Zoomdijk en Molenvliet is dat nog niet overal zo; daarover maken wij in 2026 nieuwe afspraken.

## Leerlingenvervoer

Kinderen die naar een school voor sbo of so gaan, wonen vaak verder van school. Ouders kunnen dan bij hun gemeente leerlingenvervoer aanvragen. De gemeenten beslissen daarover, niet Havenzoom. Wij spreken met de gemeenten af dat de reistijd voor jonge kinderen zo kort mogelijk blijft en dat vervoer geregeld is vóór de eerste schooldag.

## Samen met het voortgezet onderwijs

Elk jaar gaan ruim 1.100 kinderen van de basisschool naar het voortgezet onderwijs. Havenzoom werkt samen met het samenwerkingsverband voor het voortgezet onderwijs in de regio, zodat de overstap goed verloopt. Voor kinderen die extra ondersteuning krijgen, is er in groep 8 een warme overdracht: de basisschool, de ouders en de nieuwe school bespreken samen wat het kind nodig heeft. Voor kinderen uit het sbo en so is er een apart overstapoverleg in februari.

# 13. Organisatie en medezeggenschap

Havenzoom is een stichting. Het bestuur bestaat uit een directeur-bestuurder; de raad van toezicht, met vijf leden, houdt toezicht. De zeven schoolbesturen vormen samen de raad van aangeslotenen, die adviseert over het ondersteuningsplan en de begroting. Het bureau van Havenzoom telt 16 medewerkers: consulenten (orthopedagogen en psychologen), medewerkers van de Commissie Toelaatbaarheid en het Ouderloket, en ondersteuning.

De ondersteuningsplanraad bestaat uit zes ouders en zes personeelsleden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Havenzoom heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. Havenzoom gaat zorgvuldig om met persoonsgegevens; dossiers worden drie jaar na een besluit vernietigd.

# Veelgestelde vragen

## Wat is het verschil tussen sbo en so?

Het speciaal basisonderwijs (sbo) is een basisschool met kleinere groepen en meer begeleiding, voor kinderen die langere tijd meer ondersteuning nodig hebben dan een gewone basisschool kan bieden. Het speciaal onderwijs (so) is er voor kinderen met een beperking, een chronische ziekte of ernstige gedrags- of psychiatrische problemen. In beide gevallen is een TLV nodig.

## Wat doet de intern begeleider?

De intern begeleider (IB'er) coördineert de ondersteuning op school. Hij of zij helpt leraren bij het afstemmen van het onderwijs, volgt de ontwikkeling van kinderen die extra ondersteuning krijgen en is voor u het aanspreekpunt als u zich zorgen maakt. De intern begeleider nodigt u ook uit voor het ondersteuningsteam.

## Wat is een ontwikkelingsperspectief?

Voor kinderen die extra ondersteuning krijgen, stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat wat de school verwacht dat uw kind kan bereiken, en welke ondersteuning daarvoor nodig is. De school bespreekt het OPP met u en vraagt uw instemming met het handelingsdeel. Het OPP wordt ten minste eens per jaar geëvalueerd.

## Mijn kind is net in Nederland. Waar kan het naar school?

Kinderen die net in Nederland zijn, kunnen het eerste jaar naar De Taalhaven. Daar leren zij in een kleine groep Nederlands, naast rekenen en andere vakken. U kunt uw kind aanmelden bij een basisschool in de buurt; die school regelt de aanmelding bij De Taalhaven.

# Hoe dit plan tot stand kwam

Aan dit plan is anderhalf jaar gewerkt. In het voorjaar van 2025 hebben wij het vorige plan geëvalueerd in gesprekken met directeuren, intern begeleiders en ouders. In het najaar van 2025 hebben werkgroepen de hoofdstukken geschreven. In januari 2026 is het concept besproken met de directeuren en de besturen, in februari met de gemeenten in het OOGO, en in maart met de ondersteuningsplanraad. De OPR heeft op 26 maart 2026 ingestemd. Het bestuur heeft het plan op 2 april 2026 vastgesteld, waarna het aan de inspectie is gezonden. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030.

# Personeel en deskundigheid

De kwaliteit van de ondersteuning staat of valt met de mensen die haar bieden. Havenzoom organiseert daarom ieder jaar een leernetwerk voor intern begeleiders, met thema's als gedrag, taal en het jonge kind. Leraren kunnen deelnemen aan korte trainingen over bijvoorbeeld het werken met meertalige kinderen of het begeleiden van kinderen met angstklachten. Specialisten van het sbo en so geven gastlessen en coachen leraren in de klas. Nieuwe leraren in de regio krijgen in hun eerste jaar een introductiebijeenkomst over passend onderwijs in Havenzoom.

# 14. Woordenlijst

- Basisondersteuning: wat elke school in Havenzoom minimaal biedt.
- Commissie Toelaatbaarheid: de commissie van Havenzoom die beslist over een TLV.
- Meerjarenraming: overzicht van de verwachte inkomsten en uitgaven voor de komende jaren.
- Ouder- en Jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en kinderen.
- Sbo: speciaal basisonderwijs.
- So: speciaal onderwijs.
- Terugplaatsing: de overstap van het sbo of so naar een basisschool.
- TLV: toelaatbaarheidsverklaring.
- Verdeelmodel: de afspraken over hoe het geld over de scholen wordt verdeeld.

Download: Ondersteuningsplan 2026-2030 Havenzoom (pdf, 1,2 MB) | Begroting 2026 en Meerjarenraming 2026-2029 (pdf) | Jaarplan 2026-2027 (pdf)
"""

DOCS.append(dict(
    stem="po-havenzoom-op-2026-2030", fmt="html", text=P5,
    title="Ondersteuningsplan 2026-2030 | Samenwerkingsverband Havenzoom PO",
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"],
              "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    declared={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
              "ouders": "present"},
    notes={
        "basisondersteuning": "Ch. 4: common 'Havenzoom-niveau' as ondergrens for every school and location, ten items a parent can count on, self-evaluation and four-yearly kwaliteitsgesprek.",
        "plaatsing": "Ch. 6: request by school board via Commissie Toelaatbaarheid, two deskundigen, six weeks; criteria for sbo and so in plain language; duration two years, categorie, bezwaar via LBC.",
        "terugstroom": "Ch. 7 gives only the steps (commissie van begeleiding, decision by 1 March, overdracht before 1 May, TLV ends 31 July, evaluation after 3 months); no aims, conditions or support after return, so beleid not addressed.",
        "financien": "Ch. 9 'Geld' only refers to the Begroting/Meerjarenraming on the website, not part of the input; verdeelmodel/meerjarenraming appear only in the woordenlijst and download links.",
        "dekkend-aanbod": "Ch. 5 list of voorzieningen forming one doorlopende lijn; ch. 8 'Geen kind tussen wal en schip': yearly gap overview with leerplicht/jeugdhulp, thuiszitters route with decision by director, zorgplicht.",
        "resultaten": "Ch. 10 goals table with 2030 targets (doelen, meetbaar), but measuring and reporting is deferred to a kwaliteitskader expected spring 2027, so monitoring not addressed.",
        "ouders": "Ch. 11: website page, folder in four languages, schoolgids, ouderavond, Ouderloket (informatie); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling (steunpunt); role in OT/OPP and OPR.",
    }))

# ===========================================================================
# 6. Near miss: a school-level "ondersteuningsplan" of one basisschool (md)
# ===========================================================================
N6 = r"""
!title Ondersteuningsplan 2025-2026 OBS De Wilgenhoek
!sub Openbare basisschool De Wilgenhoek, Havenstad – onderdeel van Stichting Openbaar Onderwijs Zoomland – aangesloten bij Samenwerkingsverband Havenzoom PO (PO 28-05)
!sub Vastgesteld door de directie op 1 oktober 2025, besproken met het team en de medezeggenschapsraad.

# Inhoud
> 1. Inleiding
> 2. Onze school en onze leerlingen
> 3. Visie op ondersteuning
> 4. De basisondersteuning van De Wilgenhoek
> 5. De zorgniveaus in onze school
> 6. De ondersteuningscyclus: groepsbesprekingen en leerlingbesprekingen
> 7. Extra ondersteuning via het samenwerkingsverband
> 8. Verwijzing naar sbo of so en terugplaatsing
> 9. Ouders
> 10. Middelen en formatie voor ondersteuning
> 11. Opbrengsten en evaluatie
> 12. Jaarplanning ondersteuning 2025-2026

# 1. Inleiding

Dit ondersteuningsplan beschrijft hoe de leerlingondersteuning op OBS De Wilgenhoek is georganiseerd in schooljaar 2025-2026. Het plan is bedoeld voor het team, voor nieuwe collega's en voor de medezeggenschapsraad. Het is een uitwerking van ons schoolondersteuningsprofiel (SOP) en van het schoolplan 2023-2027. Het ondersteuningsplan van het samenwerkingsverband Havenzoom vormt het kader; dit plan beschrijft hoe wij dat op onze eigen school doen.

Het plan wordt jaarlijks in september bijgesteld door de intern begeleider en de directeur.

# 2. Onze school en onze leerlingen

De Wilgenhoek is een openbare basisschool in de wijk Noorderhaven in Havenstad, met 312 leerlingen in 13 groepen. Ongeveer een derde van de leerlingen heeft een meertalige achtergrond. Het schoolgewicht ligt boven het landelijk gemiddelde. In de groepen 1 tot en met 3 zitten relatief veel kinderen met een taalachterstand. In 2024-2025 hadden 21 leerlingen een ontwikkelingsperspectiefplan (OPP); vier leerlingen hadden een arrangement van het samenwerkingsverband.

# 3. Visie op ondersteuning

Wij werken handelingsgericht. Dat betekent dat wij uitgaan van wat een kind nodig heeft, en niet van een diagnose. Wij zien ouders als partners: zij kennen hun kind het best. Wij willen dat kinderen zo lang mogelijk op onze school kunnen blijven, in hun eigen groep, met kinderen uit hun buurt. Dat lukt niet altijd. Als wij een kind niet meer kunnen bieden wat het nodig heeft, zoeken wij samen met ouders en het samenwerkingsverband naar een betere plek.

# 4. De basisondersteuning van De Wilgenhoek

Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband Havenzoom. Concreet betekent dit op onze school:

- een intern begeleider (0,8 fte) en een taalspecialist (0,4 fte);
- dagelijks extra instructie aan de instructietafel voor kinderen die dat nodig hebben;
- het dyslexieprotocol, met extra leesbegeleiding in groep 2 tot en met 4;
- de Kanjertraining in alle groepen;
- een plusgroep voor groep 5 tot en met 8 op vrijdagochtend;
- een schoolmaatschappelijk werker op dinsdag;
- een NT2-programma voor kinderen in hun eerste twee jaar in Nederland.

# 5. De zorgniveaus in onze school

| Zorgniveau | Wat | Wie |
| 1 | Goed onderwijs in de groep, basisaanbod | leerkracht |
| 2 | Extra zorg in de groep, verlengde of verkorte instructie | leerkracht |
| 3 | Speciale zorg na bespreking met de intern begeleider, eigen leerlijn of extern onderzoek | leerkracht en IB'er |
| 4 | Zorg met een arrangement van het samenwerkingsverband of externe hulp | IB'er, ondersteuningsteam |
| 5 | Verwijzing naar speciaal basisonderwijs of speciaal onderwijs | directie, IB'er, samenwerkingsverband |

# 6. De ondersteuningscyclus: groepsbesprekingen en leerlingbesprekingen

Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de toetsen, de observaties en het groepsoverzicht besproken. De leerkracht stelt daarna het groepsplan bij. Leerlingen die opvallen, worden besproken in de leerlingbespreking. Als het nodig is, wordt een kind ingebracht in het ondersteuningsteam, waarin ook de orthopedagoog van het samenwerkingsverband en de ouders zitten.

De toetskalender en de data van de groepsbesprekingen staan in de jaarplanning in hoofdstuk 12.

# 7. Extra ondersteuning via het samenwerkingsverband

Als een kind meer nodig heeft dan wij zelf kunnen bieden, vraagt de intern begeleider na bespreking in het ondersteuningsteam een arrangement aan bij Havenzoom. De school vult daarvoor het groeidocument in. Ouders tekenen het groeidocument voor gezien. Arrangementen die onze school het afgelopen jaar kreeg, waren ambulante begeleiding door De Steiger, een plek in De Taalhaven en een onderwijs-zorgarrangement samen met de jeugdhulp.

# 8. Verwijzing naar sbo of so en terugplaatsing

Als blijkt dat een kind beter op zijn plek is in het speciaal basisonderwijs of speciaal onderwijs, vraagt de directeur namens het bestuur een toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toelaatbaarheid van Havenzoom. De intern begeleider stelt het dossier samen. Voor de procedure en de criteria volgen wij het ondersteuningsplan van Havenzoom.

Kinderen die vanuit het sbo of so terugkomen naar onze school, krijgen een warm welkom. De intern begeleider voert vooraf een overdrachtsgesprek met de school van herkomst en de ouders. In de eerste maanden volgt de leerkracht het kind extra nauwkeurig.

# 9. Ouders

Ouders worden door de leerkracht op de hoogte gehouden van de ontwikkeling van hun kind, in de tien-minutengesprekken en wanneer dat nodig is tussendoor. Bij zorgniveau 3 en hoger wordt altijd een gesprek met ouders en de intern begeleider gepland. Ouders worden uitgenodigd voor het ondersteuningsteam. Informatie over de ondersteuning op onze school staat in de schoolgids en op de website van de school. Voor vragen over passend onderwijs kunnen ouders ook terecht bij het Ouder- en Jeugdsteunpunt van Havenzoom.

# 10. Middelen en formatie voor ondersteuning

De school ontvangt van het bestuur een deel van de middelen die het bestuur van het samenwerkingsverband krijgt, plus de middelen uit de eigen lumpsum en de NPO-middelen. In 2025-2026 zetten wij deze middelen in voor:

| Inzet | Fte | Bron |
| Intern begeleider | 0,8 | lumpsum en middelen SWV |
| Taalspecialist | 0,4 | middelen onderwijsachterstanden |
| Onderwijsassistenten groep 1-4 | 1,6 | NPO-middelen en middelen SWV |
| Plusgroep | 0,2 | lumpsum |

# 11. Opbrengsten en evaluatie

Wij evalueren de ondersteuning twee keer per jaar in het team, na de groepsbesprekingen van februari en juni. De schoolresultaten (doorstroomtoets groep 8 en tussentijdse toetsen) worden besproken met de medezeggenschapsraad en het bestuur. In 2024-2025 behaalde 68% van de leerlingen in groep 8 het streefniveau 1F voor lezen en rekenen. Ons doel voor 2025-2026 is 72%.

# 12. Jaarplanning ondersteuning 2025-2026

| Maand | Activiteit |
| september | startgesprekken met ouders, bijstellen OPP's |
| oktober | groepsbesprekingen ronde 1 |
| november | ondersteuningsteam |
| januari | midden-toetsen |
| februari | groepsbesprekingen ronde 2, teamevaluatie |
| maart | ondersteuningsteam |
| juni | eind-toetsen, groepsbesprekingen ronde 3, teamevaluatie |
| juli | overdracht naar nieuwe groep |
"""

DOCS.append(dict(
    stem="obs-de-wilgenhoek-ondersteuningsplan-2025-2026", fmt="md", text=N6,
    title="Ondersteuningsplan 2025-2026 OBS De Wilgenhoek",
    sector="po", near_miss=True,
    notes={
        "document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, own formatie, jaarplanning) that only refers to the samenwerkingsverband's plan; not an ondersteuningsplan of a samenwerkingsverband (no planperiode of the verband, no OPR/OOGO, no verdeling over besturen).",
    }))


# ===========================================================================
def main():
    for d in DOCS:
        fname = f"{d['stem']}.{d['fmt']}"
        WRITERS[d["fmt"]](d["text"], OUT / fname, d["title"])
        if d.get("near_miss"):
            write_label(d["stem"], [fname], d["sector"], False, {}, {}, d["notes"], None)
        else:
            write_label(d["stem"], [fname], d["sector"], True, d["criteria"], d["advisory"],
                        d["notes"], d["declared"])
        print(f"{fname}: {word_count(d['text'])} words")


if __name__ == "__main__":
    main()
